"""Parsing knowledge files: verbatim passages at their spans, sections, and errors that name the line."""

from __future__ import annotations

import os
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
        ("---\ntitle: T\npublisher: Acme Clinic\n---\n## A\n\ntext\n", 3, "is not named in the article"),
        ("---\npublisher: --\n---\n## A\n\ntext\n", 2, "names no one"),
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


# -- files that cannot be read as text ---------------------------------------------------------------------

LISTS = ("concepts.txt", "out_of_scope.yaml", "conditions.txt", "calibration.jsonl")


def _load_problems(knowledge: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(knowledge)
    return err.value.problems


def _latin1_on_line_3(path: Path) -> None:
    lines = path.read_bytes().split(b"\n")
    lines[2] = lines[2] + " caf\xe9".encode("latin-1")
    path.write_bytes(b"\n".join(lines))


@pytest.mark.parametrize("name", (ARTICLE.name, *LISTS))
def test_not_utf8_on_line_3_of_any_knowledge_file_names_line_3(knowledge_copy: Path, name: str) -> None:
    path = knowledge_copy / name
    _latin1_on_line_3(path)
    problems = _load_problems(knowledge_copy)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:3: not valid UTF-8"), problems


@pytest.mark.parametrize("name", (ARTICLE.name, *LISTS))
def test_nul_bytes_name_the_file_and_line(knowledge_copy: Path, name: str) -> None:
    path = knowledge_copy / name
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3] + b"\x00\x00"
    path.write_bytes(b"\n".join(lines))
    problems = _load_problems(knowledge_copy)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:4:") and "NUL" in problems[0], problems


def test_a_list_with_a_byte_order_mark_is_reported(knowledge_copy: Path) -> None:
    path = knowledge_copy / "concepts.txt"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert any(p.startswith(f"{path}:1:") and "byte-order mark" in p for p in _load_problems(knowledge_copy))


def test_dangling_symlink_is_reported(knowledge_copy: Path) -> None:
    link = knowledge_copy / "moved.md"
    link.symlink_to(knowledge_copy / "nowhere.md")
    problems = _load_problems(knowledge_copy)
    assert len(problems) == 1 and problems[0].startswith(f"{link}:") and "nowhere.md" in problems[0], problems


def test_folder_named_like_an_article_is_reported(knowledge_copy: Path) -> None:
    (knowledge_copy / "drafts.md").mkdir()
    problems = _load_problems(knowledge_copy)
    assert len(problems) == 1 and problems[0].startswith(f"{knowledge_copy / 'drafts.md'}:") and "folder" in problems[0]


def test_a_bad_folder_entry_does_not_hide_the_problems_inside_other_files(knowledge_copy: Path) -> None:
    """Trial 6, D9: a dangling link was the only problem reported until it was fixed; then the next rebuild
    found the other article's three problems. All are listed at once."""
    link = knowledge_copy / "dangling.md"
    link.symlink_to(knowledge_copy / "nowhere.md")
    second = knowledge_copy / "second.md"
    second.write_text("## Twice\n\nText.\n\n## Twice\n\nMore.\n\n## Empty\n", encoding="utf-8")
    problems = _load_problems(knowledge_copy)
    assert problems[0].startswith(f"{link}:"), problems
    assert [p.split(":")[1] for p in problems[1:]] == ["5", "9"], problems
    assert all(p.startswith(f"{second}:") for p in problems[1:]), problems


def test_a_paragraph_too_long_to_quote_is_a_problem_naming_its_line(knowledge_copy: Path) -> None:
    """Trial 6, D10: a 330 KB paragraph was quoted whole, a 660 KB reply. A passage is quoted whole, so a
    paragraph over MAX_PARAGRAPH characters is refused with its line and what to do."""
    from bot.knowledge import MAX_PARAGRAPH

    path = knowledge_copy / "long.md"
    fine = "word " * (MAX_PARAGRAPH // 5)
    path.write_text(f"## Long\n\n{fine.strip()}\n\n{fine}more text\n", encoding="utf-8")
    problems = _load_problems(knowledge_copy)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:5:"), problems
    assert f"{MAX_PARAGRAPH + 9:,} characters" in problems[0] and "split it" in problems[0], problems


def test_symlink_to_a_real_article_is_read(knowledge_copy: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text("## Elsewhere\n\nKept outside the folder.\n", encoding="utf-8")
    (knowledge_copy / "linked.md").symlink_to(elsewhere)
    assert "linked" in {d.stem for d in load_knowledge(knowledge_copy)}


def _refuse_reading(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    """Reading ``refused`` fails as it does for a file chmod 000 when not running as root."""
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


@pytest.mark.parametrize("name", (ARTICLE.name, "concepts.txt"))
def test_unreadable_file_is_one_problem_naming_it(
    knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = knowledge_copy / name
    _refuse_reading(monkeypatch, path)
    problems = _load_problems(knowledge_copy)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:") and "Permission denied" in problems[0], problems
    with pytest.raises(KnowledgeError, match="Permission denied"):
        fingerprint(knowledge_copy)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_chmod_000(knowledge_copy: Path) -> None:
    path = knowledge_copy / "conditions.txt"
    path.chmod(0)
    try:
        problems = _load_problems(knowledge_copy)
    finally:
        path.chmod(0o644)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:") and "Permission denied" in problems[0]


def test_unclosed_front_matter_is_one_message_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from bot.errors import KnowledgeError
    from bot.knowledge import parse_text

    text = "---\ntitle: T\n\n## One\n\nSome text: here.\n\n## Two\n\nMore text.\n"
    with pytest.raises(KnowledgeError) as err:
        parse_text(text, "a")
    assert err.value.problems[0] == "a.md:1: front matter opened with '---' is never closed; add a '---' line after it."
    assert len(err.value.problems) == 1


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "ftp://x.org/a", "//x.org", "x.org"])
def test_source_url_must_be_a_web_address(url: str) -> None:
    from bot.errors import KnowledgeError
    from bot.knowledge import parse_text

    with pytest.raises(KnowledgeError) as err:
        parse_text(f"---\ntitle: T\nsource_url: {url}\n---\n\n## One\n\nText.\n", "a")
    assert err.value.problems == [
        f"a.md:3: source_url {url!r} is not a web address; write one starting with https:// or http://, or leave "
        "the line out."
    ]


def test_web_source_urls_pass() -> None:
    from bot.knowledge import parse_text

    doc = parse_text("---\ntitle: T\nsource_url: https://example.org/a_b?x=1\n---\n\n## One\n\nText.\n", "a")
    assert doc.passages[0].source_url == "https://example.org/a_b?x=1"
