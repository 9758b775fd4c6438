"""At start-up the app never serves a stale or missing index silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answerer import Answerer
from bot.errors import IndexProblem
from bot.indexer import build_index
from bot.settings import Settings
from tests.fakes import HashEmbedder

ARTICLE = "stem-cell-therapy-side-effects.md"


def test_missing_index_is_built_at_start_up(knowledge_copy: Path, tmp_path: Path) -> None:
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    answerer = Answerer(settings, HashEmbedder()).prepare()
    assert (tmp_path / "index" / "manifest.json").exists() and len(answerer.data.passages) == 15


def test_stale_index_is_rebuilt_and_serves_the_edit(knowledge_copy: Path, tmp_path: Path) -> None:
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    build_index(knowledge_copy, settings.index_dir, HashEmbedder())
    path = knowledge_copy / ARTICLE
    path.write_text(
        path.read_text(encoding="utf-8") + "\n## Added section\n\nZebra crossings are new here.\n", encoding="utf-8"
    )
    answerer = Answerer(settings, HashEmbedder()).prepare()
    assert "Added section" in answerer.sections


def test_without_auto_index_a_stale_index_stops_with_the_command(knowledge_copy: Path, tmp_path: Path) -> None:
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index", auto_index=False)
    with pytest.raises(IndexProblem, match="faqbot index"):
        Answerer(settings, HashEmbedder()).prepare()


def test_broken_edit_keeps_serving_the_last_good_index_and_says_so(
    knowledge_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    build_index(knowledge_copy, settings.index_dir, HashEmbedder())
    (knowledge_copy / "broken.md").write_text("", encoding="utf-8")
    answerer = Answerer(settings, HashEmbedder()).prepare()
    assert len(answerer.data.passages) == 15
    assert "broken.md:1" in caplog.text and "last good index" in caplog.text


def test_broken_knowledge_and_no_index_stops_with_file_and_line(knowledge_copy: Path, tmp_path: Path) -> None:
    (knowledge_copy / "broken.md").write_text("", encoding="utf-8")
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index")
    with pytest.raises(Exception, match="broken.md:1"):
        Answerer(settings, HashEmbedder()).prepare()
