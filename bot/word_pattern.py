"""Editor-written word lists as one regular expression: whole words, any case, plural -s/-es (not after a word of
one or two letters: "it" must not match "its"), and a trailing ``*`` for any ending ("vaccinat*"). Used by the lists
in bot/data/ that are plain words (general_health.yaml, answer_kinds.yaml); text is folded with ``fold`` before
matching."""

from __future__ import annotations

import re
from collections.abc import Sequence


def fold(text: str) -> str:
    return text.lower().replace("’", "'")


def word_count(folded: str) -> int:
    """How many words a folded text has ("don't" is one)."""
    return len(re.findall(r"[a-z0-9']+", folded))


def word_pattern(words: Sequence[str], between: str = r"[\s-]+") -> re.Pattern[str] | None:
    """One pattern matching any of ``words`` (None for no words); ``between`` joins the words of a phrase."""
    parts = []
    for w in words:
        w = fold(w)
        star = w.endswith("*")
        body = between.join(re.escape(x) for x in w.rstrip("*").split())
        plural = r"(?:e?s)?" if len(w) > 2 else ""
        parts.append(body + (r"[a-z'-]*" if star else plural))
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + r")(?![a-z0-9])") if parts else None
