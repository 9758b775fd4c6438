"""The index folder: self-describing manifest, staleness, reuse of unchanged vectors, atomic swaps."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np
import pytest

from bot import scoring
from bot.errors import IndexProblem, KnowledgeError
from bot.indexer import build_index
from bot.store import MANIFEST, load_index, read_manifest, staleness
from tests.fakes import HashEmbedder

ARTICLE = "stem-cell-therapy-side-effects.md"


def test_manifest_records_what_built_the_index(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    report = build_index(knowledge_copy, index, HashEmbedder())
    manifest = read_manifest(index)
    assert manifest["model"] == "test:hash-64" and manifest["dimension"] == 64
    assert manifest["metric"] == "inner_product" and manifest["format_version"] == 3
    assert manifest["count"]["passages"] == report.passages == 15
    assert set(manifest["knowledge"]["files"]) == {
        ARTICLE,
        "calibration.jsonl",
        "concepts.txt",
        "conditions.txt",
        "out_of_scope_examples.txt",
        "out_of_scope.yaml",
    }
    assert manifest["lexicon"]["concepts"] and manifest["lexicon"]["scope"]
    assert "threshold" in manifest["calibration"] and manifest["build"]["versions"]["faqbot"]
    for role, name in manifest["files"].items():
        assert manifest["sha256"][role] == hashlib.sha256((index / name).read_bytes()).hexdigest()
    data = load_index(index)
    assert len(data.passages) == 15 and data.vectors.shape == (len(data.units), 64)
    assert np.allclose(np.linalg.norm(data.vectors, axis=1), 1.0, atol=1e-5)
    raw = (knowledge_copy / ARTICLE).read_text(encoding="utf-8")
    assert all(raw[p.start : p.end] == p.text for p in data.passages)


def test_staleness_after_an_edit_and_for_another_model(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())
    assert staleness(index, knowledge_copy, "test:hash-64") is None
    assert "model" in (staleness(index, knowledge_copy, "other-model") or "")
    path = knowledge_copy / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace("rare cases", "some cases"), encoding="utf-8")
    reason = staleness(index, knowledge_copy, "test:hash-64")
    assert reason and ARTICLE in reason and "faqbot index" in reason


def test_an_index_calibrated_with_other_scoring_settings_is_stale(
    knowledge_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())
    assert read_manifest(index)["scoring"]["centring"] == scoring.CENTRING
    monkeypatch.setattr(scoring, "CENTRING", scoring.CENTRING + 0.1)
    reason = staleness(index, knowledge_copy, "test:hash-64") or ""
    assert "scoring settings" in reason and "centring" in reason and "faqbot index" in reason
    build_index(knowledge_copy, index, HashEmbedder())
    assert staleness(index, knowledge_copy, "test:hash-64") is None


def test_missing_or_damaged_index_says_which_command_to_run(tmp_path: Path, knowledge_copy: Path) -> None:
    with pytest.raises(IndexProblem, match="faqbot index"):
        load_index(tmp_path / "nothing")
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())
    (index / MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexProblem, match="faqbot index --full"):
        load_index(index)


def test_rebuild_reuses_unchanged_passages(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    first = build_index(knowledge_copy, index, HashEmbedder())
    assert first.embedded == 15 and first.reused == 0
    path = knowledge_copy / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace("In rare cases", "In very rare cases"), encoding="utf-8")
    second = build_index(knowledge_copy, index, HashEmbedder())
    assert second.embedded == 1 and second.reused == 14
    assert build_index(knowledge_copy, index, HashEmbedder(), full=True).embedded == 15


def test_invalid_knowledge_leaves_the_previous_index_untouched(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())
    before = {p.name: p.read_bytes() for p in index.iterdir()}
    (knowledge_copy / "broken.md").write_text("no headings at all\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="broken.md:1"):
        build_index(knowledge_copy, index, HashEmbedder())
    assert {p.name: p.read_bytes() for p in index.iterdir()} == before


def test_a_build_that_dies_before_the_manifest_leaves_the_old_index_served(
    knowledge_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())
    old = read_manifest(index)
    import bot.store as store

    real_write = store._atomic_write

    def dying_write(path: Path, data: bytes) -> None:
        if path.name == MANIFEST:
            raise KeyboardInterrupt("killed mid-build")
        real_write(path, data)

    monkeypatch.setattr(store, "_atomic_write", dying_write)
    path = knowledge_copy / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace("In rare cases", "Rarely"), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        build_index(knowledge_copy, index, HashEmbedder())
    assert read_manifest(index) == old
    data = load_index(index)
    assert any(p.text.startswith("In rare cases") for p in data.passages)
    assert json.loads((index / MANIFEST).read_text())["build"]["id"] == old["build"]["id"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_index_files_are_readable_as_the_umask_allows(
    knowledge_copy: Path, tmp_path: Path, umask: int, mode: int
) -> None:
    index = tmp_path / "index"
    previous = os.umask(umask)
    try:
        build_index(knowledge_copy, index, HashEmbedder())
    finally:
        os.umask(previous)
    names = [MANIFEST, *read_manifest(index)["files"].values()]
    assert {name: (index / name).stat().st_mode & 0o777 for name in names} == dict.fromkeys(names, mode)


def test_unreadable_knowledge_makes_staleness_one_line(
    knowledge_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())
    refused = knowledge_copy / "concepts.txt"
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    reason = staleness(index, knowledge_copy, "test:hash-64") or ""
    assert str(refused) in reason and "Permission denied" in reason and "\n" not in reason


def test_a_rebuild_with_nothing_changed_writes_nothing(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())

    def snapshot() -> dict[str, tuple[bytes, int]]:
        return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in index.iterdir()}

    before = snapshot()
    again = build_index(knowledge_copy, index, HashEmbedder())
    assert snapshot() == before  # same names, same bytes, not even touched
    assert (again.embedded, again.reused, again.written) == (0, 15, False)
    assert staleness(index, knowledge_copy, "test:hash-64") is None

    path = knowledge_copy / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace("rare cases", "some cases"), encoding="utf-8")
    edited = build_index(knowledge_copy, index, HashEmbedder())
    assert edited.written and edited.embedded == 1 and set(snapshot()) != set(before)


def test_a_damaged_index_is_rewritten_even_when_nothing_changed(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build_index(knowledge_copy, index, HashEmbedder())
    passages = index / read_manifest(index)["files"][f"passages:{ARTICLE}"]
    passages.write_bytes(passages.read_bytes()[:100])
    assert build_index(knowledge_copy, index, HashEmbedder()).written
    assert staleness(index, knowledge_copy, "test:hash-64") is None
