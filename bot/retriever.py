"""Rank passages for a question with FAISS and say how well the best one matches.

Returns small frozen ``Hit`` records; callers never see FAISS arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.knowledge import Passage
from bot.store import IndexData


@dataclass(frozen=True)
class Hit:
    """A passage, how well it answers the question, and the sentence spans that answer it best."""

    passage: Passage
    score: float
    highlights: tuple[tuple[int, int], ...] = ()


class Retriever:
    """Exact inner-product search over an index's unit vectors, aggregated per passage."""

    def __init__(self, data: IndexData) -> None:
        import faiss

        self.data = data
        self.passages = data.passages
        kinds = np.array([u.kind for u in data.units])
        self._unit_passage = np.array([u.passage for u in data.units], dtype=np.int64)
        self._is_passage = np.isin(kinds, ["passage", "window"])
        self._is_sentence = kinds == "sentence"
        dim = int(data.manifest["dimension"]) or 1
        self._faiss = faiss.IndexFlatIP(dim)
        rows = np.flatnonzero(self._is_passage)
        self._rows = rows
        if len(rows):
            self._faiss.add(np.ascontiguousarray(data.vectors[rows]))
        self._vectors = data.vectors

    def passage_scores(self, query: np.ndarray) -> np.ndarray:
        """Best cosine of any window of each passage (searched with FAISS)."""
        scores = np.full(len(self.passages), -1.0, dtype=np.float32)
        if not len(self._rows):
            return scores
        k = min(len(self._rows), 256)
        sims, ids = self._faiss.search(query.reshape(1, -1).astype(np.float32), k)
        for sim, idx in zip(sims[0], ids[0]):
            if idx < 0:
                continue
            p = self._unit_passage[self._rows[idx]]
            if sim > scores[p]:
                scores[p] = sim
        return scores

    def highlights(self, query: np.ndarray, passage_index: int, keep: float = 0.9) -> tuple[tuple[int, int], ...]:
        """Sentence spans of a passage whose similarity is within ``keep`` of its best sentence."""
        rows = np.flatnonzero(self._is_sentence & (self._unit_passage == passage_index))
        if not len(rows):
            return ()
        sims = self._vectors[rows] @ query
        best = float(sims.max())
        chosen = [i for i, s in zip(rows, sims) if s >= best * keep if best > 0] or [rows[int(sims.argmax())]]
        return tuple((self.data.units[i].start, self.data.units[i].end) for i in sorted(chosen))

    def search(self, query: np.ndarray, k: int = 3) -> list[Hit]:
        """The k best passages, best first."""
        scores = self.passage_scores(query)
        order = np.argsort(-scores, kind="stable")[:k]
        return [
            Hit(passage=self.passages[i], score=float(scores[i]), highlights=self.highlights(query, int(i)))
            for i in order
            if scores[i] > -1
        ]
