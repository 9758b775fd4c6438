"""Search over a knowledge base too large for exact search: IVF plus BM25 candidates, scored as exact search."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from bot import retriever as retriever_module
from bot.indexer import build_index
from bot.lexicon import Lexicon
from bot.store import load_index
from tests.fakes import HashEmbedder
from tools.corpus import DOMAIN, generated_article


@pytest.fixture(scope="module")
def generated_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("generated")
    (base / "knowledge").mkdir()
    (base / "knowledge" / "big.md").write_text(generated_article(3000), encoding="utf-8")
    build_index(base / "knowledge", base / "index", HashEmbedder())
    return base / "index"


def test_small_indexes_are_searched_exactly(generated_index: Path) -> None:
    retriever = retriever_module.Retriever(load_index(generated_index), Lexicon())
    assert retriever.exact and isinstance(retriever._faiss, faiss.IndexFlatIP)


def test_a_large_index_finds_what_exact_search_finds(generated_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = load_index(generated_index)
    exact = retriever_module.Retriever(data, Lexicon())
    monkeypatch.setattr(retriever_module, "EXACT_LIMIT", 500)  # 3,000 passages count as large now
    large = retriever_module.Retriever(data, Lexicon())
    assert not large.exact and faiss.extract_index_ivf(large._faiss).nprobe == retriever_module.NPROBE
    embedder = HashEmbedder()
    found = total = same_first = 0
    questions = [" ".join(DOMAIN[i : i + 4]) + f" marker p{i * 97}x" for i in range(len(DOMAIN) - 4)]
    for q in questions:
        vector = embedder.encode([q])[0]
        want, got = exact.search(q, vector, k=4), large.search(q, vector, k=4)
        found += len({h.passage.id for h in want.hits} & {h.passage.id for h in got.hits})
        total += len(want.hits)
        first, other = want.hits[0], got.hits[0]  # same passage and highlights, same score (to float rounding)
        same_first += (first.passage, first.highlights) == (other.passage, other.highlights) and first.score == (
            pytest.approx(other.score, abs=1e-5)
        )
    assert found / total >= 0.9 and same_first / len(questions) >= 0.9


def test_best_first_is_the_start_of_a_stable_sort() -> None:
    rng = np.random.default_rng(0)
    for _ in range(2_000):
        n, k = int(rng.integers(1, 40)), int(rng.integers(0, 45))
        scores = (rng.integers(0, 6, n) / 4).astype(rng.choice([np.float32, np.float64]))  # many ties
        if rng.random() < 0.3:
            scores[rng.integers(0, n)] = -np.inf
        assert retriever_module.best_first(scores, k).tolist() == np.argsort(-scores, kind="stable")[:k].tolist()
