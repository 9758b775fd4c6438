"""Parsing knowledge files: verbatim passages at their spans, sections, and errors that name the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.knowledge import fingerprint, load_knowledge, parse_text, read_document
from tests.conftest import KNOWLEDGE, SOURCE

ARTICLE = KNOWLEDGE / "stem-cell-therapy-side-effects.md"


def test_every_passage_is_the_exact_substring_at_its_span() -> None:
    doc = read_document(ARTICLE)
    raw = ARTICLE.read_text(encoding="utf-8")
    assert doc.passages
    for p in doc.passages:
        assert raw[p.start : p.end] == p.text
        assert raw.encode("utf-8").count(p.text.encode("utf-8")) >= 1
        for s, e in p.sentences:
            assert p.start <= s < e <= p.end


def test_shipped_article_keeps_every_sentence_of_the_source_byte_for_byte() -> None:
    source_lines = [line for line in SOURCE.read_text(encoding="utf-8").split("\n") if line.strip()]
    md_lines = ARTICLE.read_text(encoding="utf-8").split("\n")
    body = [line.lstrip("#").lstrip() if line.startswith("#") else line for line in md_lines]
    for line in source_lines:
        assert line in body, f"source line changed or missing: {line[:60]!r}"
    # curly apostrophes survive as they are
    assert "patient’s own body" in ARTICLE.read_text(encoding="utf-8")


def test_sections_groups_and_introduction() -> None:
    doc = read_document(ARTICLE)
    assert doc.title == "Negative Side Effects of Stem Cell Therapy"
    assert doc.sections[0] == "Understanding Stem Cell Therapy"
    assert doc.sections[-1] == "Final Thoughts"
    assert "4. Tumor Formation and Uncontrolled Cell Growth" in doc.sections
    assert len(doc.sections) == 11
    assert doc.groups["Common Side Effects of Stem Cell Therapy"][0] == "1. Pain and Swelling at the Injection Site"
    assert doc.groups["Less Common but Serious Side Effects"] == (
        "6. Neurological Complications",
        "7. Autoimmune Reactions",
        "8. Unregulated Clinics and Safety Concerns",
    )
    intro = doc.passages[0]
    assert intro.is_introduction and intro.section == doc.title
    assert intro.text.startswith("Stem cell therapy has gained immense popularity")


def test_html_and_markdown_in_knowledge_are_kept_verbatim() -> None:
    text = "## Risks\n\nSome *risks* <b>are</b> [linked](http://x) & `coded`.\n"
    doc = parse_text(text, "odd")
    assert doc.passages[0].text == "Some *risks* <b>are</b> [linked](http://x) & `coded`."


def test_crlf_files_keep_exact_spans() -> None:
    text = "---\r\ntitle: T\r\n---\r\n## A\r\n\r\nLine one.\r\nLine two.\r\n"
    doc = parse_text(text, "crlf")
    p = doc.passages[0]
    assert text[p.start : p.end] == p.text == "Line one.\r\nLine two."


def _problems(text: str) -> list[str]:
    with pytest.raises(KnowledgeError) as err:
        parse_text(text, "bad", Path("knowledge/bad.md"))
    return err.value.problems


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "empty"),
        ("Just text, no headings.\n", 1, "no section headings"),
        ("## A\n\ntext\n\n## A\n\nmore\n", 5, "used twice"),
        ("---\ntitle T\n---\n## A\n\ntext\n", 2, "not 'key: value'"),
        ("---\ntitle: T\n## A\n\ntext\n", 1, "never closed"),
        ("## A\n\ntext\n\n## B\n\n## C\n\nmore\n", 5, "nothing under it"),
        ("---\ncolour: red\n---\n## A\n\ntext\n", 2, "unknown front matter key"),
    ],
)
def test_invalid_files_name_file_line_and_fix(text: str, line: int, words: str) -> None:
    problems = _problems(text)
    assert any(p.startswith(f"knowledge/bad.md:{line}:") and words in p for p in problems), problems


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes("## A\n\nfine\n\ncaf\xe9\n".encode("latin-1"))
    with pytest.raises(KnowledgeError) as err:
        read_document(path)
    assert f"{path}:5:" in err.value.problems[0] and "UTF-8" in err.value.problems[0]


def test_all_files_errors_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("", encoding="utf-8")
    (tmp_path / "b.md").write_text("no headings here\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("## Fine\n\ntext\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(tmp_path)
    assert len(err.value.problems) == 2
    assert "a.md:1" in err.value.problems[0] and "b.md:1" in err.value.problems[1]


def test_fingerprint_changes_with_any_edit(knowledge_copy: Path) -> None:
    before = fingerprint(knowledge_copy)
    article = knowledge_copy / ARTICLE.name
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert fingerprint(knowledge_copy) != before
