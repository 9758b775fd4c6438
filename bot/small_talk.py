"""Greetings and thanks: a message that is only that is answered in kind, not searched in the article.

The words and replies are data (``bot/data/small_talk.yaml``); here is the engine. A message is small talk when,
once the kinds' words and phrases and the filler words are taken out, no word is left ("Thank you so much!",
"hi there 👋"); the first kind whose words it says gives the reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from bot.word_pattern import fold, word_pattern

DATA = "small_talk.yaml"
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class SmallTalk:
    kinds: tuple[tuple[re.Pattern[str], str], ...]  # each kind's words, and its reply
    filler: frozenset[str]
    examples: dict[str, list[str]]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> SmallTalk:
        kinds = []
        for raw in data.get("kinds") or []:
            said = word_pattern([str(w) for w in raw.get("said") or []])
            if said is None or not str(raw.get("reply", "")).strip():
                raise ValueError(f"{DATA}: each kind needs 'said' (words) and a 'reply'")
            kinds.append((said, str(raw["reply"]).strip()))
        filler = frozenset(fold(str(w)) for w in data.get("filler") or [])
        return cls(tuple(kinds), filler, dict(data.get("examples") or {}))

    def reply(self, message: str) -> str | None:
        """The reply to a message that is only a greeting or thanks, or None."""
        text = fold(message)
        for said, reply in self.kinds:
            if said.search(text):
                rest = said.sub(" ", text)
                for pattern, _ in self.kinds:
                    rest = pattern.sub(" ", rest)
                if all(word in self.filler for word in _WORD.findall(rest)):
                    return reply
                return None
        return None


@lru_cache(maxsize=1)
def small_talk() -> SmallTalk:
    text = resources.files("bot.data").joinpath(DATA).read_text(encoding="utf-8")
    return SmallTalk.from_data(yaml.safe_load(text) or {})
