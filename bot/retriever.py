"""Rank passages for a question and say how well the best one matches.

Score of a passage = centred dense similarity + ``LEXICAL_WEIGHT`` x normalised BM25, both computed on the
question expanded with the editor's concepts (cancer -> tumor).

- Dense: every passage (or window of a long one) is a unit vector in an exact FAISS inner-product index.
  Part of the mean passage vector is removed first (``CENTRING``): all passages share their topic ("stem
  cell therapy"), and damping that shared direction lets what differs between passages decide.
- Lexical: BM25 over each passage with its heading, on lightly stemmed words, catches rare exact terms
  (DVT, intrathecal, Wharton's) that a small embedding model blurs.
- Size: up to ``EXACT_LIMIT`` passage vectors every passage is scored, with an exact FAISS index. Above it
  (a knowledge base of tens of thousands of passages) an inverted-file FAISS index (IVF, ``nprobe`` lists
  searched) finds the closest units, BM25 its best passages, and only those candidates are scored, exactly
  as above; ``tools/bench.py`` measures its recall against exact search.
- Overview: a broad question ("what are the serious side effects?") that matches a group heading clearly
  better than any passage is answered with that group.

Returns small frozen records; callers never see FAISS arrays.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import numpy as np

from bot.knowledge import Passage
from bot.lexicon import Lexicon, stem, word_stems
from bot.overview import Groups
from bot.promotion import PUBLISHER_REPLY, names_publisher, promotes
from bot.rarity import everyday_word_near
from bot.scope_rules import Match
from bot.scoring import CENTRING, LEXICAL_WEIGHT, OVERVIEW_FLOOR, OVERVIEW_MARGIN
from bot.store import IndexData
from bot.word_frequency import at_least

NO_SHARED_WORDS = "I couldn't find any of your question's words in the article, so I won't guess."
HIGHLIGHT_MARGIN = 0.04  # sentences this close to the best one are highlighted too
EXACT_LIMIT = 20_000  # passage vectors up to which search is exact and scores every passage
CANDIDATES = 200  # above it: units from the dense index, and as many passages from BM25, scored exactly
NPROBE = 32  # inverted lists searched per question, of 4 x sqrt(units); recall against exact search: README
_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being it its this that these "
    "those i me my we our you your he she they them their what which who whom how why when where can could would "
    "should will do does did have has had not no so than then there here about into after before any some".split()
)


def tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return [stem(w) for w in words if w not in _STOPWORDS and len(w) > 1]


def passage_tokens(p: Passage) -> list[str]:
    """The words BM25 indexes for a passage: its heading and text (one placeholder when there are none)."""
    return tokens(f"{p.section} {p.text}") or ["_"]


def best_first(scores: np.ndarray, k: int) -> np.ndarray:
    """The first ``k`` of ``np.argsort(-scores, kind="stable")`` (best first, ties in index order), without
    sorting every score: on a large index calibration asks for one passage of 100,000."""
    n = len(scores)
    if k >= n:
        return np.argsort(-scores, kind="stable")[:k]
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    kth = scores[np.argpartition(-scores, k - 1)[k - 1]]  # the k-th best score
    if np.isnan(kth):
        return np.argsort(-scores, kind="stable")[:k]
    chosen = np.flatnonzero(scores >= kth)  # every score at least as good, in index order
    return chosen[np.argsort(-scores[chosen], kind="stable")][:k]


def _normalise(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=-1, keepdims=True)
    return np.ascontiguousarray(rows / np.where(norms == 0, 1, norms), dtype=np.float32)


def _dense_index(vectors: np.ndarray, dim: int, exact: bool) -> Any:
    """FAISS over the (centred, unit) passage vectors, chosen by size: exact up to EXACT_LIMIT, then IVF.

    IVF rather than HNSW: this index is built whenever an index is loaded, and IVF trains and fills much
    faster than HNSW builds its graph (measured for 100,000 vectors on 2 cores: see README "Speed and
    memory"), and keeps no graph beside the vectors.
    """
    import faiss

    index: Any
    if exact:
        index = faiss.IndexFlatIP(dim)
    else:
        lists = int(4 * np.sqrt(len(vectors)))
        index = faiss.index_factory(dim, f"IVF{lists},Flat", faiss.METRIC_INNER_PRODUCT)
        sample = vectors[np.random.default_rng(0).choice(len(vectors), min(len(vectors), 64 * lists), replace=False)]
        index.train(sample)
        faiss.extract_index_ivf(index).nprobe = NPROBE
    if len(vectors):
        index.add(vectors)
    return index


@dataclass(frozen=True)
class Hit:
    """A passage, how well it answers the question, and the sentence spans that answer it best."""

    passage: Passage
    score: float
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Retrieval:
    """Ranked hits, and the group to give an overview of when the question is broad."""

    hits: tuple[Hit, ...]
    overview: str | None = None
    top: float | None = None  # the best score of any passage, whether or not it is among the hits
    also: tuple[str, ...] = ()  # other groups of the overview's kind that the question does not choose between
    asked: str | None = None  # a section asked for by name ("Tell me about final thoughts"): its passages are quoted

    @property
    def overview_groups(self) -> tuple[str, ...]:
        """Every group the overview lists, in article order."""
        return (self.overview, *self.also) if self.overview else ()

    @property
    def best(self) -> float:
        """The best passage score of the whole index: the same however many hits were asked for, so the
        threshold calibrated at build time compares the score the server compares."""
        if self.top is not None:
            return self.top
        return max((h.score for h in self.hits), default=-1.0)


class Retriever:
    """Search over one loaded index."""

    def __init__(self, data: IndexData, lexicon: Lexicon | None = None, exact: bool | None = None) -> None:
        """``exact``: score every passage whatever the size (calibration does); by default, up to EXACT_LIMIT."""
        self.data = data
        self.passages = data.passages
        self.sections = tuple(dict.fromkeys(p.section for p in data.passages if p.level > 0))  # article order
        self.lexicon = lexicon or Lexicon()
        units = data.units
        kinds = np.array([u.kind for u in units]) if units else np.array([], dtype=str)
        self._unit_passage = np.array([u.passage for u in units], dtype=np.int64)
        self._dim = int(data.manifest.get("dimension") or (data.vectors.shape[1] if data.vectors.size else 1))

        self._rows = np.flatnonzero(np.isin(kinds, ["passage", "window"]))
        raw = data.vectors[self._rows] if len(self._rows) else np.zeros((0, self._dim), np.float32)
        self._mean = CENTRING * raw.mean(axis=0) if len(raw) else np.zeros(self._dim, np.float32)
        self.exact = len(raw) <= EXACT_LIMIT if exact is None else exact
        self._raw_passages = raw if self.exact else np.zeros((0, self._dim), np.float32)  # large: not kept twice
        del raw

        # Sentences that advertise the publisher never answer a question, so they are never highlighted.
        self._sentence_rows = np.array(
            [
                i
                for i in np.flatnonzero(kinds == "sentence")
                if not self._promotes(units[i].passage, units[i].start, units[i].end)
            ],
            dtype=np.int64,
        )
        self._groups = [(units[i].label, data.vectors[i]) for i in np.flatnonzero(kinds == "group")]
        self._kinds = Groups.of(self.passages)  # which group headings name one kind of thing (bot/overview.py)
        self._has_lexical = bool(self.passages)
        # The FAISS and BM25 indexes are built on first use (``prepare`` builds both): a build that only
        # needs the word lists (no calibration questions) never pays for them on a large knowledge base.
        self._built_lock = threading.Lock()
        self._faiss_index: Any = None
        self._bm25_index: Any = None
        self._centred: np.ndarray | None = None  # exact search above EXACT_LIMIT: the centred passage vectors
        self.lexical_length = 0

    def prepare(self) -> Retriever:
        """Build the search indexes now, so the first question does not wait for them."""
        _ = self._faiss, self._bm25
        return self

    @property
    def _faiss(self) -> Any:
        if self._faiss_index is None:
            with self._built_lock:
                if self._faiss_index is None:
                    # An exact index kept its passage vectors (overview_group uses them); a large one reads them again.
                    raw = self._raw_passages if self.exact else self.data.vectors[self._rows]
                    centred = _normalise(raw - self._mean) if len(raw) else raw
                    self._faiss_index = _dense_index(centred, self._dim, self.exact)
        return self._faiss_index

    @property
    def _bm25(self) -> Any:
        if self._bm25_index is None:
            with self._built_lock:
                if self._bm25_index is None:
                    import bm25s

                    logging.getLogger("bm25s").setLevel(logging.WARNING)
                    bm25 = bm25s.BM25()
                    corpus = [passage_tokens(p) for p in self.passages]
                    if corpus:
                        bm25.index(corpus, show_progress=False)
                    self.lexical_length = sum(len(c) for c in corpus)  # BM25's total document length
                    self._bm25_index = bm25
        return self._bm25_index

    def refusal(self, question: str) -> str | None:
        """Why the articles cannot answer this kind of question (from the editor's lists), or None."""
        return self.scope_refusal(question) or self.vocabulary_refusal(question)

    def scope_refusal(self, question: str) -> str | None:
        """The reply of the out-of-scope entry (``knowledge/out_of_scope.yaml``) the question is a kind of, or None."""
        return self.refused_by(self.scope_match(question))

    def scope_match(self, question: str) -> Match | None:
        """The out-of-scope entry the question is a kind of, and the words that matched, or None."""
        return self.lexicon.scope_rules.find(question)

    def refused_by(self, match: Match | None, new_sections: frozenset[str] = frozenset()) -> str | None:
        """The reply of the entry matched, unless a section heading or a passage's text of the loaded articles
        matches it too: the articles may now cover its topic (``faqbot index`` warns about it), and
        ``covered_refusal`` decides once the question's best passage is known. Sixth outside trial: after an editor
        added "Recovery Time and Aftercare", the bot said "The article doesn't cover recovery time" and listed that
        very section as a topic. The same when a passage of a new section (``new_sections``: no calibration question
        expects it) has the topic words the entry matched in the question (thirteenth outside trial: a new aftercare
        section that says "avoid strenuous exercise for two weeks" did not answer "when can I exercise again after the
        injection", refused as life after the treatment)."""
        if match is None or match.rule.topic in self._covering or self._new_passages_say(match, new_sections):
            return None
        return match.rule.message

    def covered_refusal(
        self, match: Match | None, retrieval: Retrieval, new_sections: frozenset[str] = frozenset()
    ) -> str | None:
        """The reply of an entry that a heading or a passage's text matches, unless the question's best passage is in
        such a section and has the topic words the entry matched (``_says``): a new "Showering and Bathing" section
        answers showers, not "can I drink alcohol after the injection?" (ninth outside trial: one word in a heading
        switched the whole entry off). An entry left for a new section (``refused_by``) is answered only from it."""
        if match is None:
            return None
        covering = self._covering.get(match.rule.topic, frozenset())
        if not covering and not self._new_passages_say(match, new_sections):
            return None
        best = retrieval.hits[0].passage if retrieval.hits else None
        if best is not None and best.section in covering | new_sections and _says(best, match.words):
            return None
        return match.rule.message

    def _new_passages_say(self, match: Match, new_sections: frozenset[str]) -> bool:
        """Whether a passage of a new section has every topic word the entry matched in the question; read once per
        set of topic words (a rule's few words recur), not over every passage for every question it refuses."""
        if not new_sections:
            return False
        key = (new_sections, _topic_words(match.words))
        said = self._said_by_new.get(key)
        if said is None:
            said = any(p.section in new_sections and _says(p, match.words) for p in self.passages)
            self._said_by_new[key] = said
        return said

    @cached_property
    def _rows_of_section(self) -> dict[str, tuple[int, ...]]:
        """Each section's passages, by position: a section asked for or named by an alert is looked up, not searched
        for among every passage on each question."""
        rows: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            rows.setdefault(p.section, []).append(i)
        return {section: tuple(found) for section, found in rows.items()}

    @cached_property
    def _said_by_new(self) -> dict[tuple[frozenset[str], tuple[str, ...]], bool]:
        return {}

    @cached_property
    def _covering(self) -> dict[str, frozenset[str]]:
        """For each out-of-scope entry that a section heading or a passage's text of the loaded articles matches,
        those sections: an editor's new "Medicines After the Injection" ("avoid ibuprofen for two weeks") answers
        "can I take ibuprofen after the injection?" (ninth outside trial, D7: it was still refused)."""
        rules = self.lexicon.scope_rules
        covering: dict[str, set[str]] = {}
        texts = [(heading, heading) for heading in self.sections] + [(p.section, p.text) for p in self.passages]
        for section, text in texts:
            found = rules.find(text)
            if found:
                covering.setdefault(found.rule.topic, set()).add(section)
        return {topic: frozenset(sections) for topic, sections in covering.items()}

    def publisher_refusal(self, question: str, retrieval: Retrieval) -> str | None:
        """The reply to a question about an article's publisher itself ("Should I contact Regenamex?", "who is
        Regenamex"), or None: it names the publisher and nothing the articles cover, and its best passage names the
        publisher (its advert, which was quoted as the answer; ninth outside trial). One that also names what the
        articles cover ("what does Regenamex say about infections?") is answered."""
        best = retrieval.hits[0].passage.text if retrieval.hits else ""
        for publisher in self._publishers:
            if names_publisher(question, publisher) and names_publisher(best, publisher):
                rest = re.sub(re.escape(publisher), " ", question, flags=re.IGNORECASE)
                if not self.lexicon.names_a_concept(rest) and not self._names_a_section_word(rest):
                    return PUBLISHER_REPLY.format(publisher=publisher)
        return None

    @cached_property
    def _adverts(self) -> frozenset[int]:
        """The passages whose every sentence promotes their publisher (``promotes``): never quoted as an answer."""
        return frozenset(
            i
            for i, p in enumerate(self.passages)
            if p.publisher and p.sentences and all(self._promotes(i, s, e) for s, e in p.sentences)
        )

    @cached_property
    def _publishers(self) -> tuple[str, ...]:
        return tuple(sorted({p.publisher for p in self.passages if p.publisher}))

    def _names_a_section_word(self, text: str) -> bool:
        """Whether the text names a word of a section heading ("infection", "clots", "risks", "side effects")."""
        return bool(word_stems(text) & self._section_words)

    @cached_property
    def _section_words(self) -> frozenset[str]:
        """The headings' words, less those that name the treatment or no topic ("stem", "final", "thoughts")."""
        plain = "stem cell cells therapy treatment understanding final thoughts less common serious ensuring".split()
        return frozenset(
            stem(w)
            for section in self.sections
            for w in re.findall(r"[a-z]+", section.lower())
            if len(w) > 3 and w not in plain
        )

    def vocabulary_refusal(self, question: str) -> str | None:
        """Why the question's words are not the articles' (a condition, a rare term, no shared word), or None."""
        condition = self.lexicon.unknown_condition(question)
        if condition:
            return f"The article doesn't mention {condition}."
        effect = self.lexicon.unknown_effect(question)
        if effect:
            return f"The article doesn't mention “{effect}”."  # the question's own words, marked as such
        term = self.lexicon.unknown_term(question)
        if term:
            near = everyday_word_near(term)
            if near:  # "diffrence": probably a slip, so say what to do
                return f"The article doesn't mention “{term}”; if you meant “{near}”, please check the spelling and ask again."
            return f"The article doesn't mention “{term}”."  # the question's own word, marked as such
        if self.lexicon.vocabulary and not self.lexicon.shares_words(question):
            return NO_SHARED_WORDS
        return None

    def query_text(self, question: str) -> str:
        """The text to embed for a question: expanded with the concepts it mentions."""
        return self.lexicon.expand(question)

    # -- scores -------------------------------------------------------------------------------------
    def dense_scores(self, vector: np.ndarray) -> np.ndarray:
        """Centred cosine of the best unit of each passage, searched with FAISS."""
        scores = np.full(len(self.passages), -1.0, dtype=np.float32)
        if not len(self._rows):
            return scores
        query = _normalise((vector - self._mean).reshape(1, -1))
        if len(self._rows) > EXACT_LIMIT:  # exact on a large index (calibration): one product, no FAISS sort
            if self._centred is None:
                self._centred = _normalise(self._raw_passages - self._mean)
            np.maximum.at(scores, self._unit_passage[self._rows], self._centred @ query[0])
            return scores
        sims, ids = self._faiss.search(query, len(self._rows))
        found = ids[0] >= 0
        np.maximum.at(scores, self._unit_passage[self._rows[ids[0][found]]], sims[0][found])
        return scores

    def raw_lexical_scores(self, question: str) -> np.ndarray:
        """BM25 of each passage as it is (``lexical_scores`` divides it by the best one)."""
        words = tokens(question)
        if not self._has_lexical or not words:
            return np.zeros(len(self.passages), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(words), dtype=np.float32)

    def document_frequency(self, token: str) -> int:
        """How many passages BM25 found ``token`` in (0 for a word no passage has)."""
        if not self._has_lexical:
            return 0
        bm25 = self._bm25
        i = bm25.vocab_dict.get(token)
        return 0 if i is None else int(bm25.scores["indptr"][i + 1] - bm25.scores["indptr"][i])

    def lexical_scores(self, question: str) -> np.ndarray:
        """BM25 of each passage, divided by the best one (0 when nothing matches)."""
        words = tokens(question)
        if not self._has_lexical or not words:
            return np.zeros(len(self.passages), dtype=np.float32)
        scores = np.asarray(self._bm25.get_scores(words), dtype=np.float32)
        top = float(scores.max()) if len(scores) else 0.0
        return scores / top if top > 0 else scores

    def overview_group(
        self, vector: np.ndarray, question: str, best_passage: float | None = None, broad: bool = False
    ) -> str | None:
        """The group heading a broad question asks about, if it fits clearly better than any passage, or if the
        question is ``broad`` (it asks for what the groups give, and its best passage is in no group).

        ``best_passage``: the best raw cosine of a passage, when the caller has it (a large index needs it)."""
        if not self._groups or not len(self._rows):
            return None
        if best_passage is None:  # a large index keeps no second copy of the passage vectors: search passes it
            best_passage = float((self._raw_passages @ vector).max()) if len(self._raw_passages) else -1.0
        best = self.best_group(vector, question)
        if best and best[0] >= OVERVIEW_FLOOR and (broad or best[0] - best_passage >= OVERVIEW_MARGIN):
            return best[1]
        return None

    def best_group(self, vector: np.ndarray, question: str) -> tuple[float, str] | None:
        """The group heading closest to the question and its score (raw cosine, less any negation penalty)."""
        folded = question.lower()
        best: tuple[float, str] | None = None
        for label, group_vector in self._groups:
            score = float(group_vector @ vector)
            # Embeddings blur "less common" and "common": a heading that negates a word of the question
            # ("Less Common ...", "Uncommon ...") is not what the question asks for.
            for negated in re.findall(r"\b(?:less|un|non-?|not )\s*(\w+)", label.lower()):
                if re.search(rf"\b{re.escape(negated)}\b", folded) and not re.search(
                    rf"\b(less|un|non-?|not )\s*{re.escape(negated)}\b", folded
                ):
                    score -= 0.2
            if best is None or score > best[0]:
                best = (score, label)
        return best

    def _promotes(self, passage_index: int, start: int, end: int) -> bool:
        p = self.passages[passage_index]
        return promotes(p.text[start - p.start : end - p.start], p.publisher)

    def highlights(
        self, vector: np.ndarray, passage_index: int, gives: Callable[[str], bool] | None = None
    ) -> tuple[tuple[int, int], ...]:
        """The passage's sentence(s) most similar to the question: the best one, and any within a hair of it.
        ``gives``: whether a sentence gives the kind of answer asked for ("how long": "lasting a few days"); the
        most similar of those is highlighted first, beside the most similar of all.

        Sentences that promote the publisher are never chosen; a passage made only of them has no highlight.
        """
        rows = self._sentence_rows[self._unit_passage[self._sentence_rows] == passage_index]
        if not len(rows):
            p = self.passages[passage_index]
            if len(p.sentences) != 1 or self._promotes(passage_index, *p.sentences[0]):
                return ()
            return ((p.sentences[0][0], p.sentences[0][1]),)
        sims = self.data.vectors[rows] @ vector
        best = float(sims.max())
        pairs = sorted(zip(rows, sims), key=lambda r: -r[1])
        ranked = [int(i) for i, _s in pairs]
        close = [int(i) for i, s in pairs if s >= best - HIGHLIGHT_MARGIN]
        if gives is not None:
            p = self.passages[passage_index]
            giving = [
                i
                for i in ranked
                if gives(p.text[self.data.units[i].start - p.start : self.data.units[i].end - p.start])
            ]
            if giving:
                close = list(dict.fromkeys([giving[0], ranked[0]]))
        chosen = sorted(close[: max(1, min(2, len(rows) - 1))])  # never the whole passage
        return tuple((self.data.units[i].start, self.data.units[i].end) for i in chosen)

    def candidate_scores(self, vector: np.ndarray, expanded: str) -> tuple[np.ndarray, float]:
        """Scores of a large index: the candidates' scores computed as in ``search``, -inf for the rest; and
        the best raw cosine among the candidates (what ``overview_group`` compares a heading with)."""
        query = _normalise((vector - self._mean).reshape(1, -1))
        _sims, ids = self._faiss.search(query, min(CANDIDATES, len(self._rows)))
        units = self._rows[ids[0][ids[0] >= 0]]
        lexical = self.lexical_scores(expanded)
        top = min(CANDIDATES, len(lexical))
        chosen = np.union1d(self._unit_passage[units], np.argpartition(-lexical, top - 1)[:top])
        # Every passage or window row of the chosen passages, scored exactly (centred cosine, best unit).
        rows = self._rows[np.isin(self._unit_passage[self._rows], chosen)]
        sims = _normalise(self.data.vectors[rows] - self._mean) @ query[0]
        dense = np.full(len(self.passages), -1.0, dtype=np.float32)
        np.maximum.at(dense, self._unit_passage[rows], sims)
        scores = np.full(len(self.passages), -np.inf, dtype=np.float32)
        scores[chosen] = dense[chosen] + LEXICAL_WEIGHT * lexical[chosen]
        best_raw = float((self.data.vectors[rows] @ vector).max()) if len(rows) else -1.0
        return scores, best_raw

    # -- search -------------------------------------------------------------------------------------
    def search(
        self,
        question: str,
        vector: np.ndarray,
        k: int = 4,
        expanded: str | None = None,
        broad: bool = False,
        gives: Callable[[str], bool] | None = None,
        section: str | None = None,
        include: str | None = None,
    ) -> Retrieval:
        """The k best passages for a question, best first.

        ``vector`` embeds ``query_text(question)``; pass that text as ``expanded`` when you have it. ``broad``: the
        question asks for a kind of answer the groups give (bot/answer_kinds.py, ``overview: true``); when its best
        passage is in no group (the introduction, a summary), it gets the overview of the nearest group. ``gives``:
        whether a sentence gives the kind of answer asked for (a ``highlight`` kind), for the highlights.
        ``section``: a section the question asks for by name (one of the bot's own suggestions): its passages come
        first, best first, then the rest, and no overview is given. ``include``: a section whose best passage is
        among the hits, with its own score, in place of the last one if it was not (the section an amber alert
        names).
        """
        if not self.passages:
            return Retrieval(hits=())
        expanded = expanded if expanded is not None else self.query_text(question)
        best_raw: float | None = None
        if self.exact:
            scores = self.dense_scores(vector) + LEXICAL_WEIGHT * self.lexical_scores(expanded)
        else:
            scores, best_raw = self.candidate_scores(vector, expanded)
        hidden = self._adverts
        if hidden and any(names_publisher(question, p) for p in self._publishers):
            hidden = frozenset()  # a question about the publisher may be answered by its advert
        if hidden:
            # A passage made only of the publisher's advert answers nothing but a question about the publisher
            # (eleventh outside trial: "my mum is not well after stem cells what do i do" quoted "contact Regenamex
            # today … Don't leave your future to chance" first): it never ranks, and is never a hit.
            scores[list(hidden)] = -np.inf
        broad = broad and not self.passages[int(np.argmax(scores))].group
        overview = self.overview_group(vector, question, best_raw, broad=broad)
        groups = self._kinds.asked(overview, expanded) if overview is not None else ()
        overview = groups[0] if groups else None
        if section is not None:
            overview, groups = None, ()
        if self.exact and overview is None:
            order = best_first(scores, k)
        elif self.exact:
            order = np.argsort(-scores, kind="stable")
        else:
            finite = np.flatnonzero(np.isfinite(scores))
            order = finite[np.argsort(-scores[finite], kind="stable")]
        if groups:
            # The groups' own passages first: the best of each group in article order, then the second best of
            # each, and so on; then the rest.
            rank = {g: n for n, g in enumerate(groups)}
            seen: dict[str, int] = {}
            in_groups = []
            for i in order:
                group = self.passages[i].group
                if group in rank:
                    seen[group] = seen.get(group, 0) + 1
                    in_groups.append((seen[group], rank[group], int(i)))
            chosen = [i for *_, i in sorted(in_groups)]
            order = np.array(chosen + [i for i in order if self.passages[i].group not in rank])
        if section is not None:
            named = list(self._rows_of_section.get(section, ()))
            named.sort(key=lambda i: -float(scores[i]) if np.isfinite(scores[i]) else 0.0)
            order = np.array(named + [int(i) for i in order if self.passages[int(i)].section != section], dtype=int)
        shown = [int(i) for i in order if int(i) not in hidden]
        if include is not None and k > 0 and not any(self.passages[i].section == include for i in shown[:k]):
            named = [i for i in self._rows_of_section.get(include, ()) if i not in hidden and np.isfinite(scores[i])]
            if named:  # (``order`` may hold only the k best: the section's best is looked for in all the scores)
                shown = [*shown[: k - 1], max(named, key=lambda i: float(scores[i]))]
        hits = tuple(
            Hit(passage=self.passages[i], score=float(scores[i]), highlights=self.highlights(vector, i, gives))
            for i in shown[:k]
        )
        return Retrieval(hits=hits, overview=overview, top=float(scores.max()), also=groups[1:], asked=section)


# Words at least this common in English ("take", "after", "can") say nothing of a topic: only the rarer words of an
# out-of-scope entry's match must be in a passage for that passage to answer the question.
TOPIC_ZIPF = 5.5
# Pronouns rarer than that name no topic either: "drive myself home" is answered by "do not drive yourself home".
_PRONOUNS = frozenset(
    "myself yourself himself herself itself ourselves yourselves themselves mine yours ours theirs".split()
)


def _says(passage: Passage, matched: str) -> bool:
    """Whether the passage (its heading or text) has every topic word of what an out-of-scope entry matched in the
    question: "can I take ibuprofen" is answered by a passage on ibuprofen, "can I drink alcohol after the
    injection" not by one on medicines after the injection, however close its best score (ninth outside trial, D7)."""
    said = _stems_of(f"{passage.section} {passage.text}")
    return all(w in said for w in _topic_words(matched))


def _topic_words(matched: str) -> tuple[str, ...]:
    """The stems of what an entry matched that name its topic: not pronouns, not everyday words."""
    return tuple(
        stem(w)
        for w in re.findall(r"[a-z]+", matched.lower())
        if len(w) > 2 and w not in _PRONOUNS and not at_least(w, TOPIC_ZIPF)
    )


@lru_cache(maxsize=256)
def _stems_of(text: str) -> frozenset[str]:
    """The stems of a passage's words, made once per passage rather than for every question it is asked about."""
    return frozenset(stem(w) for w in re.findall(r"[a-z]+", text.lower()))
