"""Build the index from the knowledge folder: parse, cut into units, embed what is new, calibrate, store."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.calibration import CALIBRATION_FILE, Scored, choose_threshold, read_questions, summary
from bot.embedder import Embedder
from bot.errors import IndexProblem
from bot.knowledge import Passage, load_knowledge
from bot.lexicon import Lexicon
from bot.retriever import Retriever
from bot.store import IndexData, Unit, load_index, read_manifest, unit_hash, write_index

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    passages: int
    embedded: int
    reused: int
    seconds: float
    threshold: float

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
    try:
        if read_manifest(index_dir).get("model") != model:
            return {}
        old = load_index(index_dir)
    except IndexProblem:
        return {}
    return {u.hash: old.vectors[i] for i, u in enumerate(old.units)}


def vocabulary(passages: list[Passage]) -> str:
    """All the words the articles use: titles, headings and text."""
    return "\n".join(dict.fromkeys(t for p in passages for t in (p.title, p.group, p.section, p.text)))


def _previous_questions(index_dir: Path, model: str) -> dict[str, np.ndarray]:
    """Calibration question vectors saved by the previous build (same model), keyed by their hash."""
    try:
        manifest = read_manifest(index_dir)
        if manifest.get("model") != model or "questions" not in manifest.get("files", {}):
            return {}
        with np.load(index_dir / manifest["files"]["questions"]) as saved:
            return {str(k): v for k, v in zip(saved["keys"], saved["vectors"])}
    except (IndexProblem, OSError, KeyError, ValueError):
        return {}


def calibrate(
    retriever: Retriever, embedder: Embedder, knowledge_dir: Path, cache: dict[str, np.ndarray] | None = None
) -> dict[str, Any]:
    """Score the editor's labelled questions on this index and pick the abstention threshold.

    Questions the word lists already refuse (out of scope, unknown condition) never reach the threshold,
    so only the others are scored: exactly the path a question takes when it is asked.
    """
    path = knowledge_dir / CALIBRATION_FILE
    questions = read_questions(path) if path.exists() else []
    questions = [
        q for q in questions if q.label in ("ANSWERABLE", "OUT_OF_SCOPE") and retriever.refusal(q.question) is None
    ]
    if not questions:
        return summary([], 0.0)
    texts = [retriever.query_text(q.question) for q in questions]
    vectors = _encode_cached(embedder, texts, {} if cache is None else cache)
    scored: list[Scored] = []
    for q, v, text in zip(questions, vectors, texts):
        retrieval = retriever.search(q.question, v, k=1, expanded=text)
        top = retrieval.hits[0] if retrieval.hits else None
        section = "(introduction)" if top and top.passage.is_introduction else (top.passage.section if top else "")
        scored.append(Scored(q.label, retrieval.best, section in q.expected_sections))
    return summary(scored, choose_threshold(scored))


def _encode_cached(embedder: Embedder, texts: list[str], cache: dict[str, np.ndarray]) -> np.ndarray:
    """Embed texts, reusing (and filling) ``cache``, keyed by model and text."""
    keys = [unit_hash(embedder.name, t) for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in cache]
    if missing:
        for i, v in zip(missing, embedder.encode([texts[i] for i in missing])):
            cache[keys[i]] = v
    return np.stack([cache[k] for k in keys]) if keys else np.zeros((0, embedder.dimension), np.float32)


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
    units_texts = make_units(passages, embedder)
    cache = {} if full else _previous_vectors(index_dir, embedder.name)

    todo = [i for i, (u, _t) in enumerate(units_texts) if u.hash not in cache]
    dim = embedder.dimension
    vectors = np.zeros((len(units_texts), dim), dtype=np.float32)
    for i, (u, _t) in enumerate(units_texts):
        if u.hash in cache:
            vectors[i] = cache[u.hash]
    batch = 64
    for b in range(0, len(todo), batch):
        chunk = todo[b : b + batch]
        vectors[chunk] = embedder.encode([units_texts[i][1] for i in chunk])
        if progress:
            progress(min(b + batch, len(todo)), len(todo))

    units = [u for u, _t in units_texts]
    embedded_passages = len({units[i].passage for i in todo if units[i].passage >= 0})
    draft = IndexData(manifest={"dimension": dim}, passages=passages, units=units, vectors=vectors)
    question_cache = _previous_questions(index_dir, embedder.name) if not full else {}
    calibration = calibrate(Retriever(draft, lexicon), embedder, knowledge_dir, question_cache)
    write_index(
        index_dir,
        model=embedder.name,
        passages=passages,
        units=units,
        vectors=vectors,
        knowledge_dir=knowledge_dir,
        extra={
            "calibration": calibration,
            "lexicon": lexicon.as_dict(),
            "embedded": {"units": len(todo), "passages": embedded_passages},
        },
        questions=question_cache,
    )
    return BuildReport(
        passages=len(passages),
        embedded=embedded_passages,
        reused=len(passages) - embedded_passages,
        seconds=time.perf_counter() - started,
        threshold=float(calibration["threshold"]),
    )
