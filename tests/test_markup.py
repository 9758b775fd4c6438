"""Markdown that readers would see with its marks, and files never read: `faqbot index` warns, with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import parse_sources, read_sources
from bot.markup import ignored_files, markup_warnings

ARTICLE = """---
title: Vertigo After Stem Cell Therapy
---

## Warning Signs of Vertigo

Vertigo after stem cell therapy is rare.

- spinning vertigo lasting more than a day
- ringing in the ears
- *double vision* after the **injection**

See [the NHS page](https://www.nhs.uk/conditions/vertigo/) for more &amp; details, or <b>ask</b> your doctor.

Setext heading
--------------

Text under a setext heading about tinnitus after stem cell therapy.

| Day | What to do |
|-----|------------|
| 1-2 | Rest and ice |
"""


@pytest.fixture()
def edited(knowledge_copy: Path) -> Path:
    (knowledge_copy / "vertigo.md").write_text(ARTICLE, encoding="utf-8")
    return knowledge_copy


def test_each_kind_of_mark_is_named_once_with_its_first_line(edited: Path) -> None:
    documents = {d.path.name: d for d in parse_sources(read_sources(edited))}
    warnings = markup_warnings(documents["vertigo.md"])
    said = "\n".join(warnings)
    for what, line in [("a list item", 9), ("*emphasis* or **bold**", 11), ("a link", 13), ("HTML entity", 13),
                       ("an HTML tag", 13), ("a heading underlined", 16), ("a table row", 20)]:
        assert any(what in w and f"vertigo.md:{line}:" in w for w in warnings), (what, said)
    assert "(3 lines in the file)" in said  # the list's three items, named once
    assert markup_warnings(documents["stem-cell-therapy-side-effects.md"]) == []  # the shipped article: none


def test_files_that_look_like_articles_but_are_never_read(knowledge_copy: Path) -> None:
    (knowledge_copy / "SHOUTING.MD").write_text("# x\n\ntext\n", encoding="utf-8")
    (knowledge_copy / "more").mkdir()
    (knowledge_copy / "more" / "nested.md").write_text("# x\n\ntext\n", encoding="utf-8")
    said = "\n".join(ignored_files(knowledge_copy))
    assert "SHOUTING.MD: not read" in said and "rename it to SHOUTING.md" in said
    assert "more: not read" in said and "sub-folder" in said
    assert ignored_files(Path(__file__).parent.parent / "knowledge") == []


def test_faqbot_index_prints_them_and_still_builds(edited: Path, tmp_path: Path) -> None:
    from tests.test_cli import faqbot

    (edited / "Notes.MD").write_text("# x\n\ntext\n", encoding="utf-8")
    result = faqbot("index", "--knowledge", str(edited), "--index", str(tmp_path / "index"))
    assert result.returncode == 0, result.stderr
    assert "vertigo.md:16: a heading underlined" in result.stderr and "vertigo.md:9: a list item" in result.stderr
    assert "Notes.MD: not read" in result.stderr


def test_a_bidirectional_override_in_an_article_is_warned_about(knowledge_copy: Path) -> None:
    """Ninth outside trial, D11: a heading with U+202E showed reversed; questions with it are refused, the article
    built without a word."""
    (knowledge_copy / "spoof.md").write_text("# Spoof\n\n## Heading \u202ereversed\u202c\n\nText.\n", encoding="utf-8")
    documents = {d.path.name: d for d in parse_sources(read_sources(knowledge_copy))}
    warnings = markup_warnings(documents["spoof.md"])
    assert len(warnings) == 1 and warnings[0].endswith("refused).") and "spoof.md:3: a bidirectional override" in warnings[0]
    assert markup_warnings(documents["stem-cell-therapy-side-effects.md"]) == []
