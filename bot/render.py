"""Render an answer as the Markdown the chat shows.

Text from users and from knowledge files is escaped so that it is shown exactly as written, never
interpreted as HTML or Markdown. Highlights add markup around sentences; they never change the text.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from bot.answer import Quote

# Before an urgent message. A sign every system font has (emoji fonts are missing on many Linux desktops).
URGENT_MARK = "⚠️"
# Urgent replies open with a heading the chat styles as an alert: level 4 for an emergency or a crisis (red),
# level 5 for "see a doctor today" (amber). bot/static/chat.js also announces them to screen readers.
ALERT_HEADING = {"emergency": "####", "crisis": "####", "soon": "#####"}

# ASCII punctuation that can start Markdown or HTML constructs; CommonMark lets us backslash-escape it.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!$])")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([-+=])(\s|$)", re.MULTILINE)


# Web addresses and e-mail addresses that Markdown would turn into links by itself (GFM autolinks). Left as text,
# the backslashes that escape() puts before "_" or "~" would show inside the link, so they become explicit links
# whose text is escaped like any other text and displays exactly as written.
_AUTOLINK = re.compile(
    r"(?:https?://|www\.)[^\s<>\"`]+[^\s<>\"`.,;:!?)\]'*_~]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\w]",
    re.IGNORECASE,
)


def escape(text: str) -> str:
    """Markdown that displays ``text`` literally (web and e-mail addresses become links showing the same text)."""
    pieces: list[str] = []
    cursor = 0
    for match in _AUTOLINK.finditer(text):
        pieces.append(_escape_plain(text[cursor : match.start()]))
        pieces.append(_link(match.group(0)))
        cursor = match.end()
    pieces.append(_escape_plain(text[cursor:]))
    return "".join(pieces)


def _link(address: str) -> str:
    if "@" in address and "://" not in address and not address.lower().startswith("www."):
        target = "mailto:" + address
    else:
        target = address if "://" in address else "http://" + address
    target = quote(target, safe=":/?#[]@!$&'*+,;=%~-._")
    return f"[{_escape_plain(address)}]({target})"


def _escape_plain(text: str) -> str:
    out = text.replace("&", "&amp;")
    out = _SPECIAL.sub(r"\\\1", out)
    out = _LINE_START.sub(
        lambda m: (
            f"{m.group(1)}{m.group(2)}\\{m.group(3)}{m.group(4)}"
            if m.group(2)
            else f"{m.group(5)}\\{m.group(6)}{m.group(7)}"
        ),
        out,
    )
    return out


# A question the reader can ask with one click: a link to "#ask=<question>". The chat's script
# (bot/static/chat.js) turns these links into buttons that put the question in the box and send it; anywhere
# else (the JSON's markdown rendered by another client) it is a harmless link to a fragment of the same page.
ASK_PREFIX = "#ask="


def ask_link(text: str, question: str | None = None) -> str:
    """A Markdown link showing ``text`` literally that asks ``question`` (``text`` itself by default)."""
    target = ASK_PREFIX + quote(question if question is not None else text, safe="")
    return f"[{_escape_plain(text)}]({target})"


def bullet_list(items: tuple[str, ...], questions: tuple[str, ...] = ()) -> str:
    """A Markdown list of literal texts; with ``questions``, each item is a link asking its question."""
    if questions:
        return "\n".join(f"- {ask_link(item, q)}" for item, q in zip(items, questions))
    return "\n".join(f"- {escape(item)}" for item in items)


def quote_markdown(quote: Quote) -> str:
    """A blockquote of the verbatim text, highlighted sentences in bold, cited by section and article."""
    pieces: list[str] = []
    cursor = quote.start
    for start, end in quote.highlights:
        if start < cursor or end > quote.end or start >= end:
            continue
        pieces.append(escape(quote.text[cursor - quote.start : start - quote.start]))
        pieces.append("**" + escape(quote.text[start - quote.start : end - quote.start]) + "**")
        cursor = end
    pieces.append(escape(quote.text[cursor - quote.start :]))
    body = "".join(pieces)
    cited = "\n".join("> " + line if line else ">" for line in body.split("\n"))
    heading = f"**{escape(quote.section)}**"
    if quote.section != quote.title:
        heading += f" · _{escape(quote.title)}_"
    return f"{heading}\n\n{cited}"


def alert_markdown(tier: str, title: str, body: str) -> str:
    """The alert that opens an urgent reply (a heading the chat styles as an alert, then what to do)."""
    return f"{ALERT_HEADING[tier]} {URGENT_MARK} {title}\n\n{body}"


def answer_markdown(
    *,
    lead: str,
    quotes: tuple[Quote, ...] = (),
    urgent: tuple[str, str, str] | None = None,
    bullets: tuple[str, ...] = (),
    bullet_questions: tuple[str, ...] = (),
    suggestions: tuple[str, ...] = (),
    notice: str,
) -> str:
    """The whole chat reply. ``lead``, ``urgent`` (tier, title, body) and ``notice`` are trusted Markdown.

    ``bullet_questions`` (one per bullet) make the bullets choices that ask them ("Did you mean …?");
    ``suggestions`` become choices too ("You could also ask: …").
    """
    parts: list[str] = []
    if urgent:
        parts.append(alert_markdown(*urgent))
    if lead:
        parts.append(lead)
    if bullets:
        parts.append(bullet_list(bullets, bullet_questions))
    parts.extend(quote_markdown(q) for q in quotes)
    if suggestions:
        # choices separated by a space only (the chat shows each as a button with a gap after it): a browser may wrap
        # before or after a button whatever follows it, so a "·" between two full-width buttons on a phone sat on a
        # line of its own (ninth and tenth outside trials)
        parts.append("You could also ask: " + " ".join(ask_link(s) for s in suggestions))
    parts.append(f"_ℹ️ {notice}_")
    return "\n\n".join(parts)
