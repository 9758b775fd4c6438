"""Carry a build's calibration over to the next build when the edit provably cannot change it.

Calibration (``bot/indexer.py`` ``calibrate``) scores every question of ``knowledge/calibration.jsonl`` on the
whole index: it loads every shard, builds BM25 and searches every passage (exact search, whatever the size).
On 100,000 passages that was most of a one-paragraph rebuild. An edit of one article moves every score a little
(the centring mean and BM25's statistics are over all passages), so the old threshold cannot simply be kept;
but how far it moves them can be bounded from what changed:

- dense: the centring mean moves by ``delta`` (known from the running sum of passage vectors), and a centred
  cosine's gradient has norm at most 1/|v - m| in each argument, so it moves by at most
  ``delta/(|v - m| - delta) + delta/(|q - m| - delta)``;
- BM25: a question's words' document frequencies, the passage count and the mean passage length (kept up to
  date from the changed articles) bound how much any unchanged passage's BM25 can move relative to itself;
  the changed articles' passages are scored exactly, so the best BM25 (the normaliser) is bounded too;
- the passages of every article changed since the scoring are scored exactly against every question.

A full scoring records a *basis* (``calibration-<sha>.json`` in the index): per question its best passages
with their articles and scores, the BM25 figures above, and the statistics of the whole index. The next build
carries the calibration over only if, for every question, its best passage is clearly known (the best one of an
unchanged article beats every changed passage and the next one by more than the bounds, or a changed passage
beats every other), its refusal by the word lists cannot change (no word that came or went is one of its
words), and ``bot.calibration.settled`` shows that no scores within the bounds give another threshold or curve.
Otherwise, and always with ``faqbot index --full``, the questions are scored on the whole index again. Bounds
are computed in float64 and widened by ``FLOAT_NOISE`` for the float32 arithmetic of the retriever. The
manifest's ``calibration.source`` says which happened and why.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from bot.calibration import MAX_FALSE_ABSTENTION, LabelledQuestion, Scored, settled
from bot.knowledge import Passage
from bot.lexicon import _COMMON, _fold, _phrase_pattern, stem
from bot.rarity import MIN_LENGTH, is_rare, plain_words
from bot.readings import within_one_edit
from bot.retriever import Retrieval, Retriever, best_first, passage_tokens, tokens
from bot.scoring import CENTRING, LEXICAL_WEIGHT, OVERVIEW_FLOOR, OVERVIEW_MARGIN
from bot.scoring import settings as scoring_settings
from bot.shards import Shard

BASIS_FORMAT = 1
FLOAT_NOISE = 5e-6  # allowance for float32 rounding in the retriever's scores, before and after the edit


def basis_settings(model: str, calibration_sha256: str, lexicon: dict[str, Any]) -> dict[str, Any]:
    """Everything besides the passages that the scores depend on: any difference means scoring again."""
    bm25 = _bm25_defaults()
    return {
        "format": BASIS_FORMAT,
        "model": model,
        "calibration": calibration_sha256,
        "scoring": scoring_settings(),
        "lexicon": json.loads(json.dumps(lexicon)),
        "retriever": {"bm25": bm25},
        "max_false_abstention": MAX_FALSE_ABSTENTION,
    }


def _bm25_defaults() -> dict[str, Any]:
    import bm25s

    b = bm25s.BM25()
    return {"k1": b.k1, "b": b.b, "method": b.method}


# -- statistics of the whole index, kept up to date from the changed articles -----------------------------


@dataclass
class Stats:
    passages: int
    rows: int  # passage and window vectors (what the centring mean is over)
    total: np.ndarray  # float64 sum of those vectors
    length: int  # BM25's total document length
    df: dict[str, int]  # passages containing each word of a question

    def as_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "rows": self.rows,
            "total": [float(x) for x in self.total],
            "length": self.length,
            "df": dict(sorted(self.df.items())),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stats:
        return cls(
            int(d["passages"]), int(d["rows"]), np.array(d["total"], np.float64), int(d["length"]), dict(d["df"])
        )

    def mean(self) -> np.ndarray:
        return CENTRING * self.total / max(self.rows, 1)

    def apply(self, shard: Shard, sign: int) -> None:
        """Add (sign 1) or remove (sign -1) an article's contribution."""
        rows = _rows(shard)
        self.passages += sign * len(shard.passages)
        self.rows += sign * len(rows)
        if len(rows):
            self.total = self.total + sign * shard.vectors[rows].astype(np.float64).sum(axis=0)
        for p in shard.passages:
            words = passage_tokens(p)
            self.length += sign * len(words)
            for w in set(words) & self.df.keys():
                self.df[w] += sign


def _rows(shard: Shard) -> np.ndarray:
    return np.array([i for i, u in enumerate(shard.units) if u.kind in ("passage", "window")], dtype=np.int64)


def _idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def word_forms(texts: list[str]) -> set[str]:
    """Every form under which the word lists may look a word up: folded words, plain words and their stems."""
    out: set[str] = set()
    for text in texts:
        folded = _fold(text)
        words = re.findall(r"[a-z0-9]+", folded) + re.findall(r"[\w'’-]+", folded) + plain_words(text)
        out.update(words)
        out.update(stem(w) for w in words)
    return out


def _texts(p: Passage) -> list[str]:
    return [t for t in (p.title, p.group, p.section, p.text) if t]


def changed_forms(old: Shard | None, new: Shard | None, phrases: list[str]) -> set[str]:
    """Word forms whose presence in the articles' vocabulary (``bot.knowledge.vocabulary``: the distinct
    titles, headings and texts joined by newlines) one article's edit may have changed: the forms of the texts
    it removed or added; and, of the words of ``phrases`` (the conditions, which are looked up as phrases and
    so may join two texts), the first and last words of those texts and of the texts beside them."""
    sequences = [list(dict.fromkeys(t for p in (s.passages if s else []) for t in _texts(p))) for s in (old, new)]
    sides = [set(seq) for seq in sequences]
    gone_or_new = sides[0] ^ sides[1]
    forms = word_forms(sorted(sides[0] - sides[1])) ^ word_forms(sorted(sides[1] - sides[0]))
    phrase_forms = word_forms([p for p in phrases if len(p.split()) > 1])
    for seq in sequences:
        for i, text in enumerate(seq):
            if text in gone_or_new:
                for neighbour in seq[max(0, i - 1) : i + 2]:
                    words = re.findall(r"\S+", neighbour)
                    if words:
                        forms |= word_forms([words[0], words[-1]]) & phrase_forms
    return forms


def touched_by(question: str, forms: set[str], conditions: list[str]) -> bool:
    """Whether the word lists' refusal of ``question`` (``Retriever.vocabulary_refusal``) may depend on whether
    the articles use one of ``forms``: a content word it shares with them (``Lexicon.shares_words``), a rare
    word of it, or a word one slip or a prefix away (``bot.rarity.unknown_rare_word``), or a word of a
    condition it names (``Lexicon.unknown_condition``). Conservative: any doubt answers True."""
    if not forms:
        return False
    folded = _fold(question)
    content = {stem(w) for w in re.findall(r"[a-z0-9]+", folded) if len(w) > 2 and w not in _COMMON}
    if content & forms:
        return True
    for word in plain_words(question):
        if len(word) < MIN_LENGTH or not is_rare(word):
            continue
        if word in forms or stem(word) in forms:
            return True
        if any(
            (len(f) >= MIN_LENGTH and word.startswith(f)) or (abs(len(f) - len(word)) <= 1 and within_one_edit(word, f))
            for f in forms
        ):
            return True
    for condition in conditions:
        if re.search(_phrase_pattern(condition), folded, re.IGNORECASE):
            words = condition.lower().split()
            if word_forms(words + [w + "s" for w in words] + [w + "es" for w in words]) & forms:
                return True
    return False


# -- the basis a full scoring records ------------------------------------------------------------------------

TOP = 4  # passages recorded per question, best first: an edit of one of their articles need not rescore


def gather(
    retriever: Retriever,
    articles: list[tuple[str, int]],
    questions: list[LabelledQuestion],
    kept: list[tuple[LabelledQuestion, str, np.ndarray, Retrieval]],
    scored: list[Scored],
    settings: dict[str, Any],
    keys: dict[str, str],
) -> dict[str, Any]:
    """What the next build needs to decide whether this calibration still holds (see the module docstring).

    ``articles``: (name, passage count) in index order; ``kept``: each question that reached the threshold with
    its expanded text, vector and retrieval, in the order of ``scored``; ``keys``: every article's shard key.
    """
    from bot.calibration import section_label

    data = retriever.data
    owner = np.repeat(np.arange(len(articles)), [n for _a, n in articles]).astype(np.int64)
    names = [a for a, _n in articles]
    rows = retriever._rows
    unit_passage = retriever._unit_passage
    vectors = data.vectors
    total = vectors[rows].astype(np.float64).sum(axis=0) if len(rows) else np.zeros(retriever._dim)
    words = sorted({w for _q, text, _v, _r in kept for w in tokens(text)})
    stats = Stats(len(data.passages), len(rows), total, 0, {})
    if kept:
        retriever.document_frequency("_")  # builds BM25, which counts its documents' length
        stats.length = retriever.lexical_length
        stats.df = {w: retriever.document_frequency(w) for w in words}
    mean = stats.mean()
    rmin = float("inf")
    n = len(data.passages)
    dense = np.full((n, len(kept)), -1.0, dtype=np.float32)
    if kept and len(rows):
        centred_q = np.stack([v - mean for _q, _t, v, _r in kept])
        centred_q /= np.linalg.norm(centred_q, axis=1, keepdims=True)
        for start in range(0, len(rows), 20_000):
            chunk = rows[start : start + 20_000]
            x = vectors[chunk].astype(np.float64) - mean
            norms = np.linalg.norm(x, axis=1, keepdims=True)
            rmin = min(rmin, float(norms.min()))
            np.maximum.at(dense, unit_passage[chunk], ((x / norms) @ centred_q.T).astype(np.float32))
    entries: list[dict[str, Any]] = []
    for i, ((question, text, v, retrieval), s) in enumerate(zip(kept, scored, strict=True)):
        lexical = retriever.raw_lexical_scores(text).astype(np.float64)
        top = float(lexical.max()) if n else 0.0
        total_scores = dense[:, i].astype(np.float64) + (LEXICAL_WEIGHT * lexical / top if top > 0 else 0.0)
        order = best_first(total_scores, TOP + 1)
        lexical_order = best_first(lexical, TOP + 1)
        best = int(order[0]) if n else -1
        group = retriever.best_group(v, question.question)
        provable = (
            n > 0
            and retrieval.overview is None
            and bool(retrieval.hits)
            and retrieval.hits[0].passage is data.passages[best]
            and abs(retrieval.best - float(total_scores[best])) <= FLOAT_NOISE / 2
        )
        listed = []
        for j in order[:TOP]:
            own = rows[unit_passage[rows] == j]
            b = float(lexical[j])
            listed.append(
                {
                    "article": names[owner[j]],
                    "score": float(total_scores[j]),
                    "correct": section_label(data.passages[j]) in question.expected_sections,
                    "raw": float((vectors[own].astype(np.float64) @ v).max()) if len(own) else -1.0,
                    "lexical": b,
                }
            )
        entries.append(
            {
                "label": s.label,
                "score": s.score,
                "correct": s.correct,
                "provable": provable,
                "top": listed,
                "beyond": float(total_scores[order[TOP]]) if len(order) > TOP else -2.0,
                "group": group[0] if group else None,
                "lexical_max": top,
                "lexical_top": [[names[owner[j]], float(lexical[j])] for j in lexical_order[:TOP]],
                "lexical_beyond": float(lexical[lexical_order[TOP]]) if len(lexical_order) > TOP else 0.0,
                "query_norm": float(np.linalg.norm(v - mean)),
            }
        )
    status = {q.question: "kept" for q, _t, _v, _r in kept}
    return {
        "settings": settings,
        "reference": {
            "articles": dict(keys),
            "stats": stats.as_dict(),
            "rmin": rmin if math.isfinite(rmin) else 0.0,
            "exact": retriever.exact,
        },
        "current": stats.as_dict(),
        "forms": [],
        "questions": [
            {"label": q.label, "refused": status.get(q.question) != "kept"}
            for q in questions
            if q.label in ("ANSWERABLE", "OUT_OF_SCOPE")
        ],
        "scored": entries,
    }


def encode_basis(basis: dict[str, Any]) -> bytes:
    return json.dumps(basis, sort_keys=True, separators=(",", ":")).encode()


def basis_name(data: bytes) -> str:
    return f"calibration-{hashlib.sha256(data).hexdigest()[:16]}.json"


# -- carrying it over ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Carried:
    scored: list[Scored]  # each question's score as the bounds place it (within its margin of a full scoring's)
    refused: dict[str, int]
    basis: dict[str, Any]
    why: str  # "" when nothing changed: the previous build's calibration holds word for word


def carry(
    basis: dict[str, Any],
    settings: dict[str, Any],
    keys: dict[str, str],
    edits: dict[str, tuple[Shard | None, Shard | None]],
    current_shard: Callable[[str], Shard],
    questions: list[tuple[LabelledQuestion, str, np.ndarray | None]],
) -> Carried | str:
    """The calibration this build would get from a full scoring, when the bounds prove it; else why not.

    ``keys``: every article's shard key now; ``edits``: for each article changed by this build, its shard in
    the previous build and now (None when absent); ``current_shard(name)``: an unchanged article's shard;
    ``questions``: every labelled question with its expanded text and vector (None when not cached).
    """
    from bot.calibration import section_label

    if basis.get("settings") != settings:
        return "the calibration questions, the word lists, the scoring settings or the model changed"
    reference = basis["reference"]
    labelled = [(q, t, v) for q, t, v in questions if q.label in ("ANSWERABLE", "OUT_OF_SCOPE")]
    if [q.label for q, _t, _v in labelled] != [e["label"] for e in basis["questions"]]:
        return "the calibration questions changed"
    kept = [(q, t, v) for (q, t, v), e in zip(labelled, basis["questions"]) if not e["refused"]]
    if len(kept) != len(basis["scored"]) or any(v is None for _q, _t, v in kept):
        return "the questions' vectors are not all at hand"
    if not edits:
        return Carried([], _refused(basis), basis, "")
    if set(keys) != set(reference["articles"]):
        return "an article was added or removed since the calibration was scored"
    current = Stats.from_dict(basis["current"])
    forms = set(basis["forms"])
    conditions = list(settings["lexicon"].get("conditions", []))
    for old, new in edits.values():
        if old is not None:
            current.apply(old, -1)
        if new is not None:
            current.apply(new, 1)
        forms |= changed_forms(old, new, conditions)
    new_basis = {**basis, "current": current.as_dict(), "forms": sorted(forms)}
    since = {a for a, k in keys.items() if reference["articles"].get(a) != k}
    ref = Stats.from_dict(reference["stats"])
    if not reference["exact"]:
        return "the questions were not scored by exact search"
    shards = [edits[a][1] if a in edits else current_shard(a) for a in sorted(since)]
    changed = [s for s in shards if s is not None]
    bm25 = settings["retriever"]["bm25"]
    if bm25["method"] != "lucene":
        return "BM25 is not the variant the bounds are worked out for"
    k1, b = float(bm25["k1"]), float(bm25["b"])
    touched = changed + [old for old, _new in edits.values() if old is not None]
    if any(u.kind == "group" for s in touched for u in s.units):
        return "a changed article has group headings"
    for q, _text, _v in labelled:
        if touched_by(q.question, forms, conditions):
            return f"a word of the question {q.question!r} came into or left the articles"
    # The passages of the articles changed since the scoring, scored exactly with today's statistics.
    mean, mean0 = current.mean(), ref.mean()
    delta = float(np.linalg.norm(mean - mean0))
    passages = [p for s in changed for p in s.passages]
    counted = [Counter(passage_tokens(p)) for p in passages]
    avg, avg0 = current.length / max(current.passages, 1), ref.length / max(ref.passages, 1)
    gamma = avg / avg0 if avg0 else 1.0
    row_vectors, row_passage, offset = [], [], 0
    for s in changed:
        rows = _rows(s)
        row_vectors.append(s.vectors[rows].astype(np.float64))
        row_passage.append(np.array([s.units[r].passage for r in rows], dtype=np.int64) + offset)
        offset += len(s.passages)
    raw_rows = np.concatenate(row_vectors) if row_vectors else np.zeros((0, len(mean)))
    x = raw_rows - mean
    if len(x):
        x /= np.linalg.norm(x, axis=1, keepdims=True)
    owners = np.concatenate(row_passage) if row_passage else np.zeros(0, np.int64)
    scored: list[Scored] = []
    margins: list[float] = []
    for (q, text, v), e in zip(kept, basis["scored"], strict=True):
        assert v is not None
        if not e["provable"]:
            return f"the question {q.question!r} was not scored in a way that can be carried over"
        qwords = tokens(text)
        ratios = []
        for w in qwords:
            df0, df = ref.df.get(w, 0), current.df.get(w, 0)
            if df0 >= 1 and df >= 1:
                r = _idf(df, current.passages) / _idf(df0, ref.passages)
                ratios += [r * min(1.0, gamma), r * max(1.0, gamma)]
        lo, hi = (min(ratios), max(ratios)) if ratios else (1.0, 1.0)
        lexical = np.zeros(len(passages))
        for j, counts in enumerate(counted):
            for w in qwords:
                tf, df = counts.get(w, 0), current.df.get(w, 0)
                if tf and df:
                    lexical[j] += _idf(df, current.passages) * tf / (tf + k1 * (1 - b + b * counts.total() / avg))
        # The best BM25 of the unchanged passages, then of all: the normaliser, within [top_lo, top_hi].
        unchanged_lexical = next((bm for a, bm in e["lexical_top"] if a not in since), None)
        if unchanged_lexical is None:
            m_lo, m_hi = 0.0, e["lexical_beyond"] * hi
        else:
            m_lo, m_hi = unchanged_lexical * lo, unchanged_lexical * hi
        changed_top = float(lexical.max()) if len(lexical) else 0.0
        top_lo, top_hi = max(m_lo, changed_top), max(m_hi, changed_top)
        top0 = e["lexical_max"]
        if top0 > 0 and top_lo <= 0:
            return f"the best BM25 for {q.question!r} cannot be bounded"
        moved = max(abs(lo * top0 / top_hi - 1), abs(hi * top0 / top_lo - 1)) if top0 > 0 else 0.0
        # The centred cosine's gradient has norm <= 1/|a| in each argument, so moving both by delta moves it
        # by at most delta/(|v - m| - delta) + delta/(|q - m| - delta).
        eps = delta / max(reference["rmin"] - delta, 1e-9) + delta / max(e["query_norm"] - delta, 1e-9)
        eps += LEXICAL_WEIGHT * moved + FLOAT_NOISE
        # Unchanged passages: the recorded best ones still in unchanged articles, each moved by at most eps.
        unchanged = [t for t in e["top"] if t["article"] not in since]
        first = unchanged[0] if unchanged else None
        runner = unchanged[1]["score"] if len(unchanged) > 1 else e["beyond"]
        a_hi = (first["score"] if first else e["beyond"]) + eps
        # Changed passages: exact, but for the normaliser's range and float noise.
        c_lo = c_hi = np.zeros(0)
        if len(passages):
            qc = v.astype(np.float64) - mean
            dense = np.full(len(passages), -1.0)
            np.maximum.at(dense, owners, x @ (qc / np.linalg.norm(qc)))
            c_lo = dense + (LEXICAL_WEIGHT * lexical / top_hi if top_hi > 0 else 0.0) - FLOAT_NOISE
            c_hi = dense + (LEXICAL_WEIGHT * lexical / top_lo if top_lo > 0 else 0.0) + FLOAT_NOISE
        best_c = int(np.argmax(c_lo)) if len(c_lo) else -1
        others_c = float(np.max(np.delete(c_hi, best_c))) if len(c_hi) > 1 else -math.inf
        if first is not None and (not len(c_hi) or c_hi.max() < first["score"] - eps):
            # Whichever unchanged passage ends up best, the best score is first's within eps. Which one it is
            # matters only for whether it comes from an expected section and for the overview check, so passages
            # close enough to swap places are fine when they agree on both (the least raw similarity is checked).
            floor = first["score"] - eps
            contenders = [t for t in unchanged if t["score"] + eps >= floor]
            if len(contenders) > 1 and (
                e["beyond"] + eps >= floor or len({bool(t["correct"]) for t in contenders}) > 1
            ):
                return f"the best passage of {q.question!r} could change places with the next one"
            if len(contenders) == 1 and runner + eps >= floor:
                return f"the best passage of {q.question!r} could change places with the next one"
            estimate, margin, correct = first["score"], eps, first["correct"]
            raw = min(t["raw"] for t in contenders)
        elif best_c >= 0 and c_lo[best_c] > max(a_hi, others_c):
            estimate, margin = float(c_lo[best_c] + c_hi[best_c]) / 2, float(c_hi[best_c] - c_lo[best_c]) / 2
            correct = section_label(passages[best_c]) in q.expected_sections
            raw = float((raw_rows[owners == best_c] @ v.astype(np.float64)).max())
        else:
            return f"a changed passage is about as good as the best unchanged one for {q.question!r}"
        if e["group"] is not None and not (
            e["group"] < OVERVIEW_FLOOR - FLOAT_NOISE or e["group"] - raw < OVERVIEW_MARGIN - FLOAT_NOISE
        ):
            return f"{q.question!r} is close to being answered with a group overview"
        scored.append(Scored(e["label"], estimate, correct))
        margins.append(margin)
    if not settled(scored, margins, [t for _q, t, _v in kept]):
        return f"a score within its bound (up to {max(margins, default=0):.1e}) could move the threshold or the curve"
    return Carried(
        scored,
        _refused(basis),
        new_basis,
        f"{len(since)} article(s) changed since the questions were scored; each question's best score is known "
        f"within {max(margins, default=0):.1e}, and no scores within that give another threshold or curve",
    )


def _refused(basis: dict[str, Any]) -> dict[str, int]:
    out = {"ANSWERABLE": 0, "OUT_OF_SCOPE": 0}
    for e in basis["questions"]:
        out[e["label"]] += e["refused"]
    return out
