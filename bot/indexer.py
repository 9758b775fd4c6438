"""Build the index from the knowledge folder: parse, cut into units, embed what is new, calibrate, store."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.calibration import (
    CALIBRATION_FILE,
    LabelledQuestion,
    Scored,
    choose_threshold,
    read_questions,
    section_label,
    summary,
)
from bot.embedder import Embedder
from bot.errors import IndexProblem, KnowledgeError
from bot.knowledge import Passage, load_knowledge, vocabulary
from bot.lexicon import Lexicon
from bot.retriever import Retriever
from bot.scope import read_examples
from bot.scoring import settings as scoring_settings
from bot.store import IndexData, Unit, load_index, load_question_vectors, read_manifest, unit_hash, write_index

Progress = Callable[[int, int], None]
log = logging.getLogger("faqbot")


@dataclass(frozen=True)
class BuildReport:
    passages: int
    embedded: int
    reused: int
    seconds: float
    threshold: float
    warnings: tuple[str, ...] = ()  # out-of-scope entries that match an article's heading or text

    def as_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "embedded": self.embedded,
            "reused": self.reused,
            "seconds": round(self.seconds, 3),
        }


def _windows(p: Passage, embedder: Embedder) -> list[tuple[int, int]]:
    """Spans of the passage to embed: the whole of it, or sentence windows that fit the model's limit."""
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


def make_units(passages: list[Passage], embedder: Embedder) -> list[tuple[Unit, str]]:
    """Every unit to embed with its text: passage (or its windows), each sentence, and group headings."""
    out: list[tuple[Unit, str]] = []
    for group in dict.fromkeys(p.group for p in passages if p.group):
        out.append((Unit(-1, "group", -1, -1, unit_hash(embedder.name, group), label=group), group))
    for i, p in enumerate(passages):
        spans = _windows(p, embedder)
        kind = "passage" if len(spans) == 1 else "window"
        for s, e in spans:
            text = p.text[s - p.start : e - p.start]
            out.append((Unit(i, kind, s, e, unit_hash(embedder.name, text)), text))
        for s, e in p.sentences if len(p.sentences) > 1 else ():
            text = p.text[s - p.start : e - p.start]
            out.append((Unit(i, "sentence", s, e, unit_hash(embedder.name, text)), text))
    return out


def _previous_vectors(index_dir: Path, model: str) -> dict[str, np.ndarray]:
    """Every vector the previous build (same model) embedded, units and calibration questions, by hash.

    Only files whose SHA-256 still matches their manifest are reused: from a damaged or missing file
    nothing is taken, and what it held is embedded again.
    """
    try:
        manifest = read_manifest(index_dir)
    except IndexProblem:
        return {}  # no index yet, or one from another version: everything is embedded
    if manifest.get("model") != model:
        return {}
    cache: dict[str, np.ndarray] = {}
    try:
        old = load_index(index_dir)
        cache.update((u.hash, old.vectors[i]) for i, u in enumerate(old.units))
        cache.update(load_question_vectors(index_dir, old.manifest))
    except IndexProblem as exc:
        log.warning("Embedding again what the previous build held: %s", exc)
    return cache


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
    for q, v, text in zip(kept, vectors, texts):
        retrieval = retriever.search(q.question, v, k=1, expanded=text)
        correct = bool(retrieval.hits) and section_label(retrieval.hits[0].passage) in q.expected_sections
        scored.append(Scored(q.label, retrieval.best, correct))
    keys = [unit_hash(embedder.name, t) for t in texts]
    return Scoring(scored=scored, refused=refused, vectors={k: cache[k] for k in keys})


def calibrate(retriever: Retriever, embedder: Embedder, knowledge_dir: Path, cache: dict[str, np.ndarray]) -> Scoring:
    """Score the editor's labelled questions (``knowledge/calibration.jsonl``) on this index.

    Questions the word lists refuse never reach the threshold, so they do not move it.
    """
    path = knowledge_dir / CALIBRATION_FILE
    return score_questions(
        retriever, embedder, read_questions(path, error=KnowledgeError) if path.exists() else [], cache
    )


def build_index(
    knowledge_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    full: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Rebuild ``index_dir`` from ``knowledge_dir``; only new or changed units are embedded unless ``full``."""
    started = time.perf_counter()
    documents = load_knowledge(knowledge_dir)  # raises KnowledgeError before anything is written
    passages = [p for d in documents for p in d.passages]
    lexicon = Lexicon.read(knowledge_dir, vocabulary(passages))
    warnings = tuple(lexicon.scope_rules.overlaps(documents))
    for warning in warnings:
        log.warning(warning)
    units_texts = make_units(passages, embedder)
    units = [u for u, _t in units_texts]
    cache = {} if full else _previous_vectors(index_dir, embedder.name)

    new_units = [u for u in units if u.hash not in cache]
    embedded_passages = len({u.passage for u in new_units if u.passage >= 0})
    vectors = embed(embedder, [t for _u, t in units_texts], cache, progress)

    draft = IndexData(manifest={"dimension": int(vectors.shape[1])}, passages=passages, units=units, vectors=vectors)
    retriever = Retriever(draft, lexicon)
    scoring = calibrate(retriever, embedder, knowledge_dir, cache)
    calibration = summary(scoring.scored, choose_threshold(scoring.scored))
    scope_texts = [retriever.query_text(e.question) for e in read_examples(knowledge_dir)]
    embed(embedder, scope_texts, cache)  # kept with the calibration questions' vectors for the server
    write_index(
        index_dir,
        model=embedder.name,
        passages=passages,
        units=units,
        vectors=vectors,
        knowledge_dir=knowledge_dir,
        extra={
            "calibration": calibration,
            "scoring": scoring_settings(),
            "lexicon": lexicon.as_dict(),
            "embedded": {"units": len(new_units), "passages": embedded_passages},
        },
        questions={**scoring.vectors, **{k: cache[k] for k in (unit_hash(embedder.name, t) for t in scope_texts)}},
    )
    return BuildReport(
        passages=len(passages),
        embedded=embedded_passages,
        reused=len(passages) - embedded_passages,
        seconds=time.perf_counter() - started,
        threshold=float(calibration["threshold"]),
        warnings=warnings,
    )
