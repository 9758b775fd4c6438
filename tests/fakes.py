"""A tiny deterministic embedder for fast unit tests: hashed bag of words, unit length."""

from __future__ import annotations

import hashlib
import re

import numpy as np


class HashEmbedder:
    """Same interface as SentenceTransformerEmbedder, no model: words hashed into a small vector."""

    def __init__(self, name: str = "test:hash-64", dimension: int = 64, max_tokens: int = 256) -> None:
        self.name = name
        self._dimension = dimension
        self._max_tokens = max_tokens
        self.calls: list[int] = []  # how many texts each encode() call embedded

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 2

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(len(texts))
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self._dimension] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
        return out


class StallingEmbedder(HashEmbedder):
    """Embeds the first batch, writes ``marker``, then hangs: lets a test kill a build mid-way for real."""

    def __init__(self, marker: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.marker = marker

    def encode(self, texts: list[str]) -> np.ndarray:
        out = super().encode(texts)
        if len(self.calls) == 1:
            with open(self.marker, "w", encoding="utf-8") as handle:
                handle.write("first batch embedded\n")
        else:
            import time

            time.sleep(3600)
        return out
