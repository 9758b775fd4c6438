"""Build the index from the knowledge folder: parse, cut into units, embed what is new, calibrate, store.

A rebuild costs what changed, not the size of the knowledge: each article is one shard of the index
(``bot/shards.py``) named by the article's bytes, so an unchanged article's shard is reused as it is (not
read, parsed, cut or written again); only changed articles are parsed, only their new units embedded, and
only their shards written. What still reads every article or shard: hashing the knowledge files (to know
what changed), and calibration when ``knowledge/calibration.jsonl`` holds questions and the previous build's
calibration cannot be carried over (``bot/carryover.py``): then they are scored on the whole index (see
``calibrate``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from bot.calibration import (
    CALIBRATION_FILE,
    DEFAULT_THRESHOLD,
    LabelledQuestion,
    Scored,
    choose_threshold,
    read_questions,
    section_label,
    summary,
)
from bot.carryover import Carried, basis_name, basis_settings, carry, encode_basis, gather
from bot.embedder import Embedder
from bot.errors import IndexProblem, KnowledgeError
from bot.knowledge import Document, Passage, parse_sources, read_sources, vocabulary
from bot.lexicon import Lexicon
from bot.markup import ignored_files, markup_warnings
from bot.retriever import Retrieval, Retriever
from bot.scope import EXAMPLES_FILE, conflicting_examples, read_examples
from bot.scope_rules import SCOPE_RULES_FILE
from bot.scoring import settings as scoring_settings
from bot.shards import Checked, Shard, Unit, shard_key
from bot.store import (
    IndexData,
    StoredShard,
    assemble,
    load_basis,
    load_question_vectors,
    read_manifest,
    read_shard,
    unit_hash,
    write_index,
)

Progress = Callable[[int, int], None]
log = logging.getLogger("faqbot")


@dataclass(frozen=True)
class BuildReport:
    passages: int
    embedded: int
    reused: int
    seconds: float
    threshold: float
    written: bool = True  # False when the index already held exactly this build (nothing was written)
    warnings: tuple[str, ...] = ()  # out-of-scope entries that match an article's heading or text
    parsed: tuple[str, ...] = ()  # the articles read and parsed (the others' shards were reused as they were)

    def as_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "embedded": self.embedded,
            "reused": self.reused,
            "seconds": round(self.seconds, 3),
        }


Known = dict[str, list[tuple[int, int]]]  # passage content hash -> its windows, relative to the passage start


def known_windows(shards: list[Shard]) -> Known:
    """The windows earlier shards (same model) cut each passage into, by the passage's content hash."""
    known: Known = {}
    for shard in shards:
        for u in shard.units:
            if u.kind in ("passage", "window") and 0 <= u.passage < len(shard.passages):
                p = shard.passages[u.passage]
                known.setdefault(p.content_hash, []).append((u.start - p.start, u.end - p.start))
    return known


def _windows(p: Passage, embedder: Embedder, known: Known | None = None) -> list[tuple[int, int]]:
    """Spans of the passage to embed: the whole of it, or sentence windows that fit the model's limit.

    A passage the previous build already cut (same text, same model) is cut the same way without counting
    its tokens again: on a large knowledge base counting was most of a one-paragraph rebuild.
    """
    reused = (known or {}).get(p.content_hash)
    if reused:
        return [(p.start + s, p.start + e) for s, e in reused]
    limit = embedder.max_tokens
    if embedder.count_tokens(p.text) <= limit:
        return [(p.start, p.end)]
    spans: list[tuple[int, int]] = []
    pieces: list[tuple[int, int]] = []
    for s, e in p.sentences or ((p.start, p.end),):
        if embedder.count_tokens(p.text[s - p.start : e - p.start]) <= limit:
            pieces.append((s, e))
            continue
        # A sentence longer than the limit: cut it at word boundaries.
        words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", p.text[s - p.start : e - p.start])]
        step = max(1, limit // 2)
        for i in range(0, len(words), step):
            chunk = words[i : i + step]
            pieces.append((chunk[0][0], chunk[-1][1]))
    start, end = pieces[0]
    for s, e in pieces[1:]:
        if embedder.count_tokens(p.text[start - p.start : e - p.start]) <= limit:
            end = e
        else:
            spans.append((start, end))
            start, end = s, e
    spans.append((start, end))
    return spans


def make_units(passages: list[Passage], embedder: Embedder, known: Known | None = None) -> list[tuple[Unit, str]]:
    """Every unit to embed with its text: passage (or its windows), each sentence, and group headings."""
    out: list[tuple[Unit, str]] = []
    for group in dict.fromkeys(p.group for p in passages if p.group):
        out.append((Unit(-1, "group", -1, -1, unit_hash(embedder.name, group), label=group), group))
    for i, p in enumerate(passages):
        spans = _windows(p, embedder, known)
        kind = "passage" if len(spans) == 1 else "window"
        for s, e in spans:
            text = p.text[s - p.start : e - p.start]
            out.append((Unit(i, kind, s, e, unit_hash(embedder.name, text)), text))
        for s, e in p.sentences if len(p.sentences) > 1 else ():
            text = p.text[s - p.start : e - p.start]
            out.append((Unit(i, "sentence", s, e, unit_hash(embedder.name, text)), text))
    return out


def _previous_manifest(index_dir: Path, model: str) -> dict[str, Any] | None:
    """The manifest of the build in ``index_dir`` when it is of this format and model, else None."""
    try:
        manifest = read_manifest(index_dir)
    except IndexProblem:
        return None  # no index yet, or one from another version: everything is embedded
    return manifest if manifest.get("model") == model else None


def _old_shards(index_dir: Path, manifest: dict[str, Any] | None, sources: list[str]) -> list[Shard]:
    """The previous build's shards of ``sources`` that are still whole (a damaged one gives nothing)."""
    out: list[Shard] = []
    for source in sources:
        if manifest is None or source not in manifest["shards"]:
            continue
        try:
            out.append(read_shard(index_dir, manifest, source))
        except (IndexProblem, OSError) as exc:
            log.warning("Embedding again what the previous build held for %s: %s", source, exc)
    return out


def _question_cache(index_dir: Path, manifest: dict[str, Any] | None) -> dict[str, np.ndarray]:
    if manifest is None:
        return {}
    try:
        return load_question_vectors(index_dir, manifest)
    except IndexProblem as exc:
        log.warning("Embedding the calibration questions again: %s", exc)
        return {}


def embed(
    embedder: Embedder, texts: list[str], cache: dict[str, np.ndarray], progress: Progress | None = None
) -> np.ndarray:
    """Vectors for ``texts``: from ``cache`` (keyed by model and text) or embedded in batches, then cached."""
    keys = [unit_hash(embedder.name, t) for t in texts]
    todo = list(dict.fromkeys(k for k in keys if k not in cache))
    text_of = dict(zip(keys, texts))
    batch = 64
    for b in range(0, len(todo), batch):
        chunk = todo[b : b + batch]
        cache.update(zip(chunk, embedder.encode([text_of[k] for k in chunk])))
        if progress:
            progress(min(b + batch, len(todo)), len(todo))
    if not keys:
        return np.zeros((0, embedder.dimension), np.float32)
    return np.stack([cache[k] for k in keys]).astype(np.float32, copy=False)


@dataclass(frozen=True)
class Scoring:
    """Labelled questions scored the way they would be answered; those the word lists refuse are counted apart."""

    scored: list[Scored]
    refused: dict[str, int]
    vectors: dict[str, np.ndarray]  # the questions' vectors by hash, kept for the next build
    # each scored question with its expanded text, vector and retrieval (what ``carryover.gather`` records)
    kept: list[tuple[LabelledQuestion, str, np.ndarray, Retrieval]] = field(default_factory=list)


def score_questions(
    retriever: Retriever, embedder: Embedder, questions: list[LabelledQuestion], cache: dict[str, np.ndarray]
) -> Scoring:
    """Best score of each answerable or out-of-scope question, and whether its top passage was expected."""
    refused = {"ANSWERABLE": 0, "OUT_OF_SCOPE": 0}
    kept: list[LabelledQuestion] = []
    for q in questions:
        if q.label not in refused:
            continue
        if retriever.refusal(q.question) is not None:
            refused[q.label] += 1
        else:
            kept.append(q)
    texts = [retriever.query_text(q.question) for q in kept]
    vectors = embed(embedder, texts, cache)
    scored: list[Scored] = []
    details = []
    for q, v, text in zip(kept, vectors, texts):
        retrieval = retriever.search(q.question, v, k=1, expanded=text)
        correct = bool(retrieval.hits) and section_label(retrieval.hits[0].passage) in q.expected_sections
        scored.append(Scored(q.label, retrieval.best, correct))
        details.append((q, text, v, retrieval))
    keys = [unit_hash(embedder.name, t) for t in texts]
    return Scoring(scored=scored, refused=refused, vectors={k: cache[k] for k in keys}, kept=details)


@dataclass(frozen=True)
class Previous:
    """What the previous build offers calibration: its basis, and the articles this build changed."""

    basis: dict[str, Any] | None
    source: dict[str, Any] | None  # the previous manifest's calibration["source"]
    summary: dict[str, Any] | None  # the previous manifest's calibration
    build_id: str
    keys: dict[str, str]  # every article's shard key in this build
    edits: dict[str, tuple[Shard | None, Shard | None]]  # changed articles: previous shard, new shard
    current_shard: Callable[[str], Shard]  # an unchanged article's shard


@dataclass(frozen=True)
class Calibration:
    scoring: Scoring
    basis: dict[str, Any] | None  # what the next build needs to carry this calibration over
    source: dict[str, Any] | None  # how the scores were had: scored on the whole index, or carried over, and why
    summary: dict[str, Any] | None = None  # the calibration as it is, when the previous build's holds word for word
    questions: tuple[LabelledQuestion, ...] = ()  # calibration.jsonl as read, for the scope examples' check


def calibrate(
    lexicon: Lexicon,
    embedder: Embedder,
    knowledge_dir: Path,
    cache: dict[str, np.ndarray],
    index: Callable[[], tuple[IndexData, list[tuple[str, int]]]],
    previous: Previous | None = None,
    why: str = "",
) -> Calibration:
    """Score the editor's labelled questions (``knowledge/calibration.jsonl``) on this index.

    Questions the word lists refuse never reach the threshold, so they do not move it. Scoring needs the whole
    index (``index`` loads it, with each article's passage count) and a retriever over it, so it is as slow as
    the knowledge is large. So when ``previous`` holds the basis of a calibration that this build provably
    leaves as it was (``bot/carryover.py``: same questions, settings and model, and bounds on how far the
    edit can move each score), that calibration is carried over instead. Without questions, nothing is built.
    """
    path = knowledge_dir / CALIBRATION_FILE
    present = path.exists()
    raw = path.read_bytes() if present else b""
    questions = read_questions(path, error=KnowledgeError) if present else []
    calibrating = any(q.label in ("ANSWERABLE", "OUT_OF_SCOPE") for q in questions)
    if present and not calibrating:
        # Ninth outside trial: an emptied file (a bad merge, a failed save) built with the threshold at 0, and
        # ordinary questions were refused while follow-ups were answered. Without the file, say so and go on.
        raise KnowledgeError(
            [
                f"{path}:1: holds no ANSWERABLE or OUT_OF_SCOPE questions, so the abstention threshold cannot be "
                "calibrated; restore its questions (git checkout the file), or delete it to build without calibration"
            ]
        )
    if not present:
        log.warning(
            "%s is missing: without labelled questions the abstention threshold is %.3f (the bot answers whatever "
            "scores highest); add questions the articles answer and some they do not (see README, question file format)",
            path,
            DEFAULT_THRESHOLD,
        )
    if not calibrating:
        empty = Scoring(scored=[], refused={"ANSWERABLE": 0, "OUT_OF_SCOPE": 0}, vectors={})
        return Calibration(empty, None, None, questions=tuple(questions))
    settings = basis_settings(embedder.name, hashlib.sha256(raw).hexdigest(), lexicon.as_dict())
    if previous is not None and previous.basis is not None:
        texts = [lexicon.expand(q.question) for q in questions]
        hashes = [unit_hash(embedder.name, t) for t in texts]
        result = carry(
            previous.basis,
            settings,
            previous.keys,
            previous.edits,
            previous.current_shard,
            [(q, t, cache.get(h)) for q, t, h in zip(questions, texts, hashes)],
        )
        if isinstance(result, Carried) and not result.why and previous.summary is None:
            result = "the previous build recorded no calibration"
        if isinstance(result, Carried):
            labelled = [h for q, h in zip(questions, hashes) if q.label in ("ANSWERABLE", "OUT_OF_SCOPE")]
            kept = [h for h, e in zip(labelled, result.basis["questions"], strict=True) if not e["refused"]]
            scoring = Scoring(scored=result.scored, refused=result.refused, vectors={h: cache[h] for h in kept})
            if not result.why:  # nothing changed: the previous build's calibration, word for word
                return Calibration(scoring, result.basis, previous.source, previous.summary, tuple(questions))
            origin = (previous.source or {}).get("carried_over_from", previous.build_id)
            carried = {"carried_over_from": origin, "why": result.why}
            return Calibration(scoring, result.basis, carried, questions=tuple(questions))
        why = result
    data, articles = index()
    # Exact search whatever the size: on a large index the server searches IVF and BM25 candidates, which an
    # edit can retrain; exact scores can be bounded after an edit, and their best is the server's whenever
    # its candidates hold the best passage (README "Knowledge that grows").
    retriever = Retriever(data, Lexicon.read(knowledge_dir, vocabulary(data.passages)), exact=True)
    scoring = score_questions(retriever, embedder, questions, cache)
    keys = previous.keys if previous is not None else {}
    basis = gather(retriever, articles, questions, scoring.kept, scoring.scored, settings, keys)
    return Calibration(scoring, basis, {"scored_on": "the whole index", "why": why}, questions=tuple(questions))


@dataclass
class Plan:
    """Which articles keep their shard and which are parsed (changed, new, damaged, or for new scope warnings)."""

    hashes: dict[str, str]  # SHA-256 of every knowledge file by name
    keys: dict[str, str]  # shard key of every article
    reused: dict[str, StoredShard]  # article -> its shard in the previous build, whole
    parse: set[str]  # articles to read and parse
    warnings: dict[str, list[str]]  # scope warnings of the reused articles, from the previous build


def plan(
    sources: dict[Path, bytes], index_dir: Path, embedder: Embedder, old: dict[str, Any] | None, checked: Checked
) -> Plan:
    """Which articles' shards the previous build ``old`` holds whole; the others are to be parsed."""
    hashes = {p.name: hashlib.sha256(data).hexdigest() for p, data in sources.items()}
    articles = [p.name for p in sources if p.suffix == ".md"]
    keys = {a: shard_key(embedder.name, embedder.max_tokens, a, hashes[a]) for a in articles}
    reused: dict[str, StoredShard] = {}
    for a in articles:
        listed = StoredShard.listed(old, a) if old is not None else None
        if listed is not None and listed.key == keys[a] and _whole(index_dir, old, a, checked):
            reused[a] = listed
    old_warnings = old.get("warnings", {}) if old is not None else {}
    warnings = {a: list(old_warnings[a]) for a in reused if old_warnings.get(a)}
    return Plan(hashes, keys, reused, {a for a in articles if a not in reused}, warnings)


def _whole(index_dir: Path, manifest: dict[str, Any] | None, source: str, checked: Checked) -> bool:
    """Whether both files of ``source``'s shard in ``manifest`` are there with the SHA-256 it recorded."""
    if manifest is None:
        return False
    for role in ("passages", "vectors"):
        name, digest = manifest["files"].get(f"{role}:{source}"), manifest["sha256"].get(f"{role}:{source}")
        if not isinstance(name, str) or "/" in name:
            return False
        try:
            if checked.sha256(index_dir / name) != digest:
                return False
        except OSError:
            return False
    return True


def _shard(
    document: Document, embedder: Embedder, cache: dict[str, np.ndarray], known: Known, progress: Progress | None
) -> tuple[Shard, int, int]:
    """A changed article's shard, and how many of its units and passages were embedded (not in ``cache``)."""
    passages = list(document.passages)
    units_texts = make_units(passages, embedder, known)
    units = [u for u, _t in units_texts]
    new_units = [u for u in units if u.hash not in cache]
    vectors = embed(embedder, [t for _u, t in units_texts], cache, progress)
    embedded = len({u.passage for u in new_units if u.passage >= 0})
    return Shard(document.path.name, passages, units, vectors), len(new_units), embedded


def build_index(
    knowledge_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    full: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Rebuild ``index_dir`` from ``knowledge_dir``: only changed articles are parsed and only new or changed
    units embedded, unless ``full``."""
    started = time.perf_counter()
    sources = read_sources(knowledge_dir)  # raises KnowledgeError before anything is written
    checked = Checked(index_dir)
    old = None if full else _previous_manifest(index_dir, embedder.name)
    try:
        before: str | None = str(read_manifest(index_dir)["build"]["id"])
    except IndexProblem:
        before = None
    work = plan(sources, index_dir, embedder, old, checked)
    # Every problem of the changed articles and the other files at once, before anything is written.
    documents = {d.path.name: d for d in parse_sources(sources, work.parse)}
    lexicon = Lexicon.read(knowledge_dir, "")  # the articles' words matter only to calibration, which reads them
    if not lexicon.scope_rules.rules:  # ninth outside trial: an emptied or deleted file was built without a word
        log.warning(
            "%s has no entries (the file is missing or empty): questions of kinds no article answers (costs, clinics, "
            "cures) will be answered from the nearest passage; restore it (git checkout %s) unless that is meant",
            knowledge_dir / SCOPE_RULES_FILE,
            knowledge_dir / SCOPE_RULES_FILE,
        )
    if old is None or old.get("lexicon", {}).get("scope") != json.loads(json.dumps(lexicon.as_dict()["scope"])):
        # Other out-of-scope entries: every article's warnings are found again (shards are still reused).
        rest = set(work.keys) - set(documents)
        documents.update((d.path.name, d) for d in parse_sources(sources, rest) if rest)
        work.warnings.clear()
    changed = [a for a in work.keys if a not in work.reused]

    warnings = dict(work.warnings)
    for name, document in documents.items():
        found = lexicon.scope_rules.overlaps([replace(document, path=Path(name))]) + markup_warnings(document)
        if found:
            warnings[name] = found
    for warning in (w for a in work.keys for w in warnings.get(a, ())):
        log.warning(warning)
    for warning in ignored_files(knowledge_dir):
        log.warning(warning)

    gone = [a for a in (old or {}).get("shards", {}) if a not in work.keys]
    previous = _old_shards(index_dir, old, [a for a in changed if a in (old or {}).get("shards", {})] + gone)
    cache: dict[str, np.ndarray] = _question_cache(index_dir, old)
    for shard in previous:
        cache.update((u.hash, shard.vectors[i]) for i, u in enumerate(shard.units))
    known = known_windows(previous)
    before_edit = {shard.source: shard for shard in previous}  # for carrying the calibration over
    del previous
    built: dict[str, Shard] = {}
    new_units = embedded_passages = 0
    for a in changed:
        built[a], units, passages = _shard(documents[a], embedder, cache, known, progress)
        new_units, embedded_passages = new_units + units, embedded_passages + passages
    stored = [work.reused[a] if a in work.reused else StoredShard.of(built[a], work.keys[a]) for a in work.keys]

    def whole_index() -> tuple[IndexData, list[tuple[str, int]]]:
        shards = [built[a] if a in built else read_shard(index_dir, old or {}, a) for a in work.keys]
        passages, units, vectors = assemble(shards, embedder.dimension)
        articles = [(s.source, len(s.passages)) for s in shards]
        return IndexData({"dimension": embedder.dimension}, passages, units, vectors), articles

    # The previous calibration may be carried over only when every changed article's previous shard was read.
    old_sources = (old or {}).get("shards", {})
    whole = all(a in before_edit for a in [*changed, *gone] if a in old_sources)
    previous_basis = load_basis(index_dir, old) if old is not None and whole else None
    edits = {a: (before_edit.get(a), built.get(a)) for a in [*changed, *gone]}
    prior = Previous(
        basis=previous_basis,
        source=(old or {}).get("calibration", {}).get("source"),
        summary=(old or {}).get("calibration"),
        build_id=str((old or {}).get("build", {}).get("id", "")),
        keys=dict(work.keys),
        edits=edits,
        current_shard=lambda a: read_shard(index_dir, old or {}, a),
    )
    why = (
        "faqbot index --full"
        if full
        else ("" if previous_basis is not None else "no earlier calibration to carry over")
    )
    result = calibrate(lexicon, embedder, knowledge_dir, cache, whole_index, prior, why)
    scoring = result.scoring
    calibration = result.summary or summary(scoring.scored, choose_threshold(scoring.scored))
    if result.source is not None:
        calibration["source"] = result.source
    basis = (basis_name(data := encode_basis(result.basis)), data) if result.basis is not None else None
    examples = read_examples(knowledge_dir)
    scope_texts = [lexicon.expand(e.question) for e in examples]
    example_vectors = embed(embedder, scope_texts, cache)  # kept with the calibration questions' vectors
    answerable = [q.question for q in result.questions if q.label == "ANSWERABLE"]
    conflicts = conflicting_examples(
        examples,
        example_vectors,
        answerable,
        embed(embedder, [lexicon.expand(q) for q in answerable], cache),
        knowledge_dir / EXAMPLES_FILE,
    )
    for warning in conflicts:
        log.warning(warning)
    moved = threshold_moved((old or {}).get("calibration", {}).get("threshold"), float(calibration["threshold"]))
    if moved:
        log.warning(moved)
    manifest = write_index(
        index_dir,
        model=embedder.name,
        dimension=embedder.dimension,
        shards=stored,
        knowledge=work.hashes,
        checked=checked,
        extra={
            "calibration": calibration,
            "scoring": scoring_settings(),
            "lexicon": lexicon.as_dict(),
            "warnings": {a: warnings[a] for a in work.keys if warnings.get(a)},
            "embedded": {"units": new_units, "passages": embedded_passages},
        },
        questions={**scoring.vectors, **{k: cache[k] for k in (unit_hash(embedder.name, t) for t in scope_texts)}},
        basis=basis,
    )
    total = sum(s.passages for s in stored)
    return BuildReport(
        passages=total,
        embedded=embedded_passages,
        reused=total - embedded_passages,
        seconds=time.perf_counter() - started,
        threshold=float(calibration["threshold"]),
        written=manifest["build"]["id"] != before,
        warnings=(*(w for a in work.keys for w in warnings.get(a, ())), *conflicts, *([moved] if moved else [])),
        parsed=tuple(sorted(documents)),
    )


# A rebuild that moves the abstention threshold by more than this changes which questions are answered, also
# questions about text nobody edited (sixth outside trial: adding one section moved it from 0.145 to 0.297, and
# "What is Wharton's jelly?" was refused from then on). The editor is told, with how to check.
THRESHOLD_MOVE = 0.05


def threshold_moved(before: object, after: float) -> str | None:
    """The warning for a threshold that moved by more than ``THRESHOLD_MOVE`` since the last build, or None."""
    if not isinstance(before, int | float) or isinstance(before, bool) or abs(after - float(before)) <= THRESHOLD_MOVE:
        return None
    direction = "fewer" if after > before else "more"
    return (
        f"the abstention threshold moved from {float(before):.3f} to {after:.3f}: {direction} questions will be "
        "answered, also about text you did not edit. Check with `faqbot eval tests/data/dev/dev_questions.jsonl` "
        "(and your own questions), and add questions the new text answers to knowledge/calibration.jsonl."
    )
