"""Parse knowledge files (Markdown articles) into passages that keep their exact text and span.

A knowledge file is UTF-8 Markdown: optional front matter between two ``---`` lines (``title``,
``source_url``, ``reviewed``, ``publisher``: who publishes the article, so that sentences advertising it are never
highlighted as an answer), then ATX headings (``## Heading``) that mark sections, and paragraphs
(runs of non-blank lines). Each paragraph is one passage. A passage's ``text`` is exactly
``file_text[start:end]``: nothing is normalised, so quotes are byte-exact.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import KnowledgeError

FRONT_MATTER_KEYS = ("title", "source_url", "reviewed", "publisher")
KNOWLEDGE_SUFFIXES = (".md", ".txt", ".yaml", ".jsonl")  # articles, word lists, scope rules, calibration questions
# A passage is quoted whole: a paragraph longer than this would be a wall of text as an answer (and a reply of
# hundreds of kilobytes). The article's longest paragraph is under 700 characters.
MAX_PARAGRAPH = 5_000
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*(?:[ \t]#+[ \t]*)?$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before white space.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+")


@dataclass(frozen=True)
class Passage:
    """One paragraph of an article, with where it stands in its file."""

    document: str
    title: str
    section: str
    group: str
    level: int
    text: str
    start: int
    end: int
    line: int
    source_url: str = ""
    sentences: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    publisher: str = ""  # the article's publisher (front matter), whose advertising is never highlighted

    @property
    def id(self) -> str:
        """Stable id: the document plus a hash of the section and text."""
        digest = hashlib.sha256(f"{self.section}\n{self.text}".encode()).hexdigest()[:12]
        return f"{self.document}:{digest}"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(f"{self.title}\n{self.section}\n{self.text}".encode()).hexdigest()

    @property
    def is_introduction(self) -> bool:
        """True for text that stands before the article's first section heading."""
        return self.level == 0


@dataclass(frozen=True)
class Document:
    """One article: its metadata, full text and passages."""

    stem: str
    path: Path
    title: str
    source_url: str
    reviewed: str
    text: str
    passages: tuple[Passage, ...]
    sections: tuple[str, ...]
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)


def sentence_spans(text: str, offset: int = 0) -> tuple[tuple[int, int], ...]:
    """Split a paragraph into sentence spans (relative to the file when ``offset`` is its start)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        if text[begin:end].strip():
            spans.append((offset + begin, offset + end))
        begin = match.end()
    if text[begin:].strip():
        spans.append((offset + begin, offset + len(text.rstrip())))
    return tuple(spans)


def _split_lines(text: str) -> list[tuple[int, str]]:
    """Lines with their start offsets, line endings removed (LF or CRLF)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _front_matter(lines: list[tuple[int, str]], name: str, problems: list[str]) -> tuple[dict[str, str], int]:
    """Parse ``key: value`` front matter; return it and the index of the first body line."""
    if not lines or lines[0][1].strip() != "---":
        return {}, 0
    meta: dict[str, str] = {}
    found: list[str] = []
    for i in range(1, len(lines)):
        raw = lines[i][1]
        if raw.strip() == "---":
            problems.extend(found)
            return meta, i + 1
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        key, sep, value = raw.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            found.append(f"{name}:{i + 1}: front matter line {raw.strip()!r} is not 'key: value'.")
        elif key not in FRONT_MATTER_KEYS:
            found.append(
                f"{name}:{i + 1}: unknown front matter key {key!r}; use one of {', '.join(FRONT_MATTER_KEYS)}."
            )
        else:
            meta[key] = value.strip().strip("'\"")
            if key == "source_url" and not _web_address(meta[key]):
                found.append(
                    f"{name}:{i + 1}: source_url {meta[key]!r} is not a web address; write one starting with "
                    "https:// or http://, or leave the line out."
                )
            if key == "publisher" and not re.search(r"\w{2}", meta[key]):
                found.append(
                    f"{name}:{i + 1}: publisher {meta[key]!r} names no one; write the name the article uses for its "
                    "publisher (like 'Example Clinic'), or leave the line out."
                )
    # Never closed: every line after it looked like front matter, so only this one message says anything useful.
    problems.insert(0, f"{name}:1: front matter opened with '---' is never closed; add a '---' line after it.")
    return meta, len(lines)


def _web_address(value: str) -> bool:
    """Only http(s) links are shown to readers (a javascript: or data: link would run in their browser)."""
    from urllib.parse import urlsplit

    if not value:
        return True
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc) and not any(c.isspace() for c in value)


def parse_text(text: str, stem: str, path: Path | None = None) -> Document:
    """Parse one article's text. Raises KnowledgeError listing every problem with its line."""
    name = str(path) if path is not None else f"{stem}.md"
    problems: list[str] = []
    if not text.strip():
        raise KnowledgeError([f"{name}:1: the file is empty; write an article with '## Section' headings."])
    lines = _split_lines(text)
    meta, body = _front_matter(lines, name, problems)
    if problems and "never closed" in problems[0]:
        raise KnowledgeError(problems[:1])  # everything else would follow from it
    title = meta.get("title", "")

    # Pass 1: blocks (headings and paragraphs) outside code fences.
    headings: list[tuple[int, int, str, int]] = []  # (line index, level, text, offset)
    paragraphs: list[tuple[int, int, int]] = []  # (first line index, start offset, end offset)
    in_fence = False
    para_first: int | None = None
    para_start = para_end = 0

    def close_paragraph() -> None:
        nonlocal para_first
        if para_first is not None:
            paragraphs.append((para_first, para_start, para_end))
            para_first = None

    for i in range(body, len(lines)):
        offset, raw = lines[i]
        if _FENCE.match(raw):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(raw)
        if heading and not raw.startswith(" " * 4):
            close_paragraph()
            level = len(heading.group(1))
            heading_text = heading.group(2).strip()
            if not heading_text:
                problems.append(f"{name}:{i + 1}: heading has no text; write the section title after the '#'.")
                continue
            if level == 1 and not title and not headings and not paragraphs:
                title = heading_text
                continue
            headings.append((i, level, heading_text, offset))
        elif raw.strip():
            if para_first is None:
                para_first, para_start = i, offset + (len(raw) - len(raw.lstrip()))
            para_end = offset + len(raw.rstrip())
        else:
            close_paragraph()
    close_paragraph()

    publisher = meta.get("publisher", "")
    if publisher and publisher.casefold() not in text[lines[body][0] if body < len(lines) else len(text) :].casefold():
        line = next(
            (i + 1 for i, (_o, raw) in enumerate(lines[:body]) if raw.strip().lower().startswith("publisher")), 1
        )
        problems.append(
            f"{name}:{line}: publisher {publisher!r} is not named in the article's text; write the name as the article "
            "spells it, or leave the line out."
        )
    if not title:
        title = stem.replace("-", " ").replace("_", " ").strip().capitalize() or stem
    if not headings:
        problems.append(f"{name}:1: no section headings; mark each section with a line like '## Section title'.")
    for first_line, start, end in paragraphs:
        if end - start > MAX_PARAGRAPH:
            problems.append(
                f"{name}:{first_line + 1}: paragraph of {end - start:,} characters; the bot quotes a paragraph "
                f"whole, so split it into paragraphs of at most {MAX_PARAGRAPH:,} characters (a blank line between)."
            )

    # Pass 2: check headings (duplicates, empty sections) and assign paragraphs to sections.
    seen: dict[str, int] = {}
    for idx, (line_i, level, heading_text, _) in enumerate(headings):
        if heading_text in seen:
            problems.append(
                f"{name}:{line_i + 1}: heading {heading_text!r} is used twice (first on line {seen[heading_text]}); "
                "give each section a distinct heading."
            )
        else:
            seen[heading_text] = line_i + 1
        next_line = headings[idx + 1][0] if idx + 1 < len(headings) else len(lines)
        has_text = any(line_i < p[0] < next_line for p in paragraphs)
        has_children = idx + 1 < len(headings) and headings[idx + 1][1] > level
        if not has_text and not has_children:
            problems.append(
                f"{name}:{line_i + 1}: heading {heading_text!r} has nothing under it; add its text or remove the heading."
            )
    if problems:
        raise KnowledgeError(problems)

    passages: list[Passage] = []
    groups: dict[str, list[str]] = {}
    for first_line, start, end in paragraphs:
        section, level, group = title, 0, ""
        parents: list[tuple[int, str]] = []
        for line_i, h_level, heading_text, _ in headings:
            if line_i > first_line:
                break
            parents = [p for p in parents if p[0] < h_level] + [(h_level, heading_text)]
        if parents:
            level, section = parents[-1]
            group = parents[-2][1] if len(parents) > 1 else ""
        chunk = text[start:end]
        passages.append(
            Passage(
                document=stem,
                title=title,
                section=section,
                group=group,
                level=level,
                text=chunk,
                start=start,
                end=end,
                line=first_line + 1,
                source_url=meta.get("source_url", ""),
                sentences=sentence_spans(chunk, start),
                publisher=meta.get("publisher", ""),
            )
        )
        if group and section not in groups.setdefault(group, []):
            groups[group].append(section)
    sections = tuple(dict.fromkeys(p.section for p in passages if p.level > 0))
    return Document(
        stem=stem,
        path=path or Path(name),
        title=title,
        source_url=meta.get("source_url", ""),
        reviewed=meta.get("reviewed", ""),
        text=text,
        passages=tuple(passages),
        sections=sections,
        groups={g: tuple(s) for g, s in groups.items()},
    )


def _entry_problem(path: Path) -> str | None:
    """Why a name in the knowledge folder that looks like a knowledge file is not one, or None when it is."""
    if path.is_file():
        return None
    if path.is_symlink():
        target = os.readlink(path)
        return f"{path}: is a link to {target}, which does not exist; point it at a file or delete the link."
    if path.is_dir():
        return f"{path}: is a folder, not a file; rename it (knowledge files end in .md, .txt, .yaml or .jsonl) or move it."
    return f"{path}: is not a regular file; replace it with a text file or delete it."


def read_bytes(path: Path) -> bytes:
    """A knowledge file's bytes; KnowledgeError naming the file when it cannot be read."""
    problem = _entry_problem(path)
    if problem:
        raise KnowledgeError([problem])
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise KnowledgeError(
            [f"{path}: cannot be read ({exc.strerror}); let the user running faqbot read it (chmod a+r)."]
        ) from None
    except OSError as exc:
        raise KnowledgeError([f"{path}: cannot be read ({exc.strerror or exc}); check the file."]) from None


def read_text(path: Path) -> str:
    """A knowledge file's text, checked: readable, UTF-8 without a byte-order mark, no NUL bytes.

    Problems name the file and the line they are on.
    """
    return decode_text(path, read_bytes(path))


def decode_text(path: Path, data: bytes) -> str:
    """The text of a knowledge file's bytes, checked as ``read_text`` checks it."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise KnowledgeError(
            [f"{path}:{line}: not valid UTF-8 (byte {exc.start}); save the file with UTF-8 encoding."]
        ) from None
    if text.startswith("\ufeff"):
        raise KnowledgeError([f"{path}:1: starts with a byte-order mark; save the file as UTF-8 without BOM."])
    nul = text.find("\0")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise KnowledgeError(
            [
                f"{path}:{line}: contains NUL bytes ({text.count(chr(0))} in the file); "
                "delete them, or save the file as UTF-8 plain text if it was saved as UTF-16."
            ]
        )
    return text


def read_document(path: Path) -> Document:
    """Read and parse one knowledge file."""
    return parse_text(read_text(path), path.stem, path)


def _candidates(knowledge_dir: Path) -> list[Path]:
    """Every name in the folder that a knowledge file could have, whatever it turns out to be."""
    if not knowledge_dir.is_dir():
        raise KnowledgeError([f"{knowledge_dir}: knowledge folder not found; create it and add Markdown articles."])
    try:
        names = sorted(knowledge_dir.iterdir())
    except OSError as exc:
        raise KnowledgeError([f"{knowledge_dir}: cannot list the folder ({exc.strerror or exc}); check it."]) from None
    return [p for p in names if not p.name.startswith(".") and p.suffix in KNOWLEDGE_SUFFIXES]


def knowledge_files(knowledge_dir: Path) -> list[Path]:
    """The article files in a knowledge folder, sorted by name."""
    return [p for p in _candidates(knowledge_dir) if p.suffix == ".md" and p.is_file()]


def read_sources(knowledge_dir: Path) -> dict[Path, bytes]:
    """The bytes of every knowledge file, by path in name order.

    One KnowledgeError lists every problem: names that are not files (a folder called ``x.md``, a dangling
    link), files that cannot be read, and a folder without any article. When there are such problems, the
    files that could be read are checked too, so their own problems are in the same list, not found one
    rebuild later.
    """
    candidates = _candidates(knowledge_dir)
    if not any(p.suffix == ".md" for p in candidates):
        raise KnowledgeError([f"{knowledge_dir}: no .md articles found; add at least one."])
    sources: dict[Path, bytes] = {}
    problems: list[str] = []
    for path in candidates:
        try:
            sources[path] = read_bytes(path)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
    if problems:
        try:
            parse_sources(sources)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
        raise KnowledgeError(problems)
    return sources


def parse_sources(sources: dict[Path, bytes], articles: set[str] | None = None) -> list[Document]:
    """Parse the articles among ``sources`` (only those named in ``articles``, when given) and check every
    other file reads as text; one KnowledgeError lists every problem, each naming its file and line."""
    documents: list[Document] = []
    problems: list[str] = []
    for path, data in sources.items():
        try:
            if path.suffix != ".md":
                decode_text(path, data)  # the word lists and calibration questions are parsed by the index build
            elif articles is None or path.name in articles:
                documents.append(parse_text(decode_text(path, data), path.stem, path))
        except KnowledgeError as exc:
            problems.extend(exc.problems)
    if problems:
        raise KnowledgeError(problems)
    return documents


def load_knowledge(knowledge_dir: Path) -> list[Document]:
    """Parse every article and check every other knowledge file reads as text.

    All files' problems are reported together in one KnowledgeError: names that are not files (a folder
    called ``x.md``, a dangling link), files that cannot be read, are not UTF-8 or hold NUL bytes, and
    articles that do not parse.
    """
    return parse_sources(read_sources(knowledge_dir))


def vocabulary(passages: list[Passage]) -> str:
    """All the words the articles use: titles, group headings, headings and text."""
    return "\n".join(dict.fromkeys(t for p in passages for t in (p.title, p.group, p.section, p.text)))


def tracked_files(knowledge_dir: Path) -> list[Path]:
    """Every file the index depends on: the articles and the editor's lists beside them."""
    if not knowledge_dir.is_dir():
        return []
    return [p for p in _candidates(knowledge_dir) if p.is_file()]


def file_hashes(knowledge_dir: Path) -> dict[str, str]:
    """SHA-256 of every tracked knowledge file by name; KnowledgeError naming a file that cannot be read."""
    return {p.name: hashlib.sha256(read_bytes(p)).hexdigest() for p in tracked_files(knowledge_dir)}


def fingerprint_of(hashes: dict[str, str]) -> str:
    """A hash of every tracked file's name and SHA-256 (``file_hashes``): changes whenever the knowledge does."""
    digest = hashlib.sha256()
    for name, sha in hashes.items():
        digest.update(name.encode() + b"\0")
        digest.update(bytes.fromhex(sha))
    return digest.hexdigest()


def fingerprint(knowledge_dir: Path) -> str:
    """A hash of every tracked file's name and bytes: changes whenever the knowledge does."""
    return fingerprint_of(file_hashes(knowledge_dir))
