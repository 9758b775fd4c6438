"""Markdown in an article that readers would see as typed, and files in the knowledge folder that are never read.

Quotes are the article's text byte for byte (the chat escapes them), so list marks, emphasis, links, HTML entities
and tags show with their marks, and a heading underlined with ``---`` is read as text: its paragraph is credited to
the heading above. ``faqbot index`` warns about each (eighth outside trial), once per kind and file, naming the
first line; the build goes on, as the text is still quoted exactly.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.knowledge import Document
from bot.screen import HTML_TAG

# (what, pattern on a line of body text, advice)
MARKS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("a list item", re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S"), "write the items as sentences"),
    (
        "*emphasis* or **bold**",
        re.compile(r"(\*\*|__)\S(?:.*?\S)?\1|(?<![\w*])\*(?!\s)[^*\n]+(?<!\s)\*(?![\w*])"),
        "leave the marks out",
    ),
    (
        "a link [text](address)",
        re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),
        "write the text alone, and the article's address as source_url in its front matter",
    ),
    (
        "an HTML entity such as &amp;",
        re.compile(r"&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,6});", re.IGNORECASE),
        "write the character itself (&, <, a non-breaking space)",
    ),
    ("an HTML tag", HTML_TAG, "leave the tag out"),  # the pattern that refuses a tag in a question
    # a table row: quoted as its raw "| Day | What to do |" lines (thirteenth outside trial)
    ("a table row | … |", re.compile(r"^\s{0,3}\|.*\|\s*$"), "write the table's content as sentences"),
)
_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def markup_warnings(document: Document) -> list[str]:
    """Warnings for Markdown in ``document`` that readers would see with its marks, one per kind, as 'file:line:'."""
    lines = document.text.splitlines()
    body = _body_start(lines)
    first: dict[str, tuple[int, int, str]] = {}  # what -> (first line, how many lines, advice)
    bidi: list[int] = []
    previous = ""
    for number, line in enumerate(lines[body:], start=body + 1):
        if _BIDI.search(line):  # ninth outside trial: a heading shown reversed, refused in questions, built silently
            bidi.append(number)
        if line.lstrip().startswith("#"):
            previous = line
            continue
        if (
            _UNDERLINE.match(line)
            and len(line.strip()) >= 3
            and previous.strip()
            and not previous.lstrip().startswith("#")
        ):
            _count(first, "a heading underlined with === or ---", number, "write it as '## Heading' on one line")
        for what, pattern, advice in MARKS:
            if pattern.search(line):
                _count(first, what, number, advice)
        previous = line
    return [
        f"{document.path}:{line}: {what} ({count} line{'s' if count > 1 else ''} in the file) shows to readers with "
        f"its marks, or is read as text: quotes are the article's text exactly, not rendered Markdown; {advice}."
        for what, (line, count, advice) in first.items()
    ] + (
        [
            f"{document.path}:{bidi[0]}: a bidirectional override character (U+202A-202E, U+2066-2069; {len(bidi)} "
            f"line{'s' if len(bidi) > 1 else ''} in the file) shows the text around it reversed or reordered, in "
            "headings and quotes alike; delete it (questions with it are refused)."
        ]
        if bidi
        else []
    )


def ignored_files(knowledge_dir: Path) -> list[str]:
    """Files that look like articles but are never read: another case of .md, .markdown, or in a sub-folder."""
    warnings: list[str] = []
    try:
        names = sorted(knowledge_dir.iterdir())
    except OSError:
        return warnings
    for path in names:
        if path.name.startswith("."):
            continue
        if path.is_file() and path.suffix.lower() in (".md", ".markdown") and path.suffix != ".md":
            warnings.append(
                f"{path}: not read: articles are files ending in .md (lower case); rename it to {path.stem}.md."
            )
        elif path.is_dir() and any(p.suffix.lower() == ".md" for p in path.rglob("*") if p.is_file()):
            warnings.append(
                f"{path}: not read: articles are the .md files directly in {knowledge_dir}, not in a sub-folder."
            )
    return warnings


def _body_start(lines: list[str]) -> int:
    """The index of the first line after the front matter (0 when there is none)."""
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                return i + 1
    return 0


def _count(first: dict[str, tuple[int, int, str]], what: str, number: int, advice: str) -> None:
    line, count, _ = first.get(what, (number, 0, advice))
    first[what] = (line, count + 1, advice)
