"""Greetings, thanks and follow-ups: a message that is only a greeting or thanks is answered in kind, not searched
in the article; a short one that points back to an earlier message is told that each question is read on its own.

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
    follow_up_says: re.Pattern[str] | None = None  # follow_up.says
    follow_up_always: re.Pattern[str] | None = None  # follow_up.always
    follow_up_words: int = 0  # follow_up.most_words
    follow_up_reply: str = ""

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> SmallTalk:
        kinds = []
        for raw in data.get("kinds") or []:
            said = word_pattern([str(w) for w in raw.get("said") or []])
            if said is None or not str(raw.get("reply", "")).strip():
                raise ValueError(f"{DATA}: each kind needs 'said' (words) and a 'reply'")
            kinds.append((said, str(raw["reply"]).strip()))
        filler = frozenset(fold(str(w)) for w in data.get("filler") or [])
        follow = data.get("follow_up") or {}
        if follow and (not isinstance(follow.get("most_words"), int) or not str(follow.get("reply", "")).strip()):
            raise ValueError(f"{DATA}: follow_up needs 'most_words' (a number), 'says' and a 'reply'")
        return cls(
            tuple(kinds),
            filler,
            dict(data.get("examples") or {}),
            follow_up_says=word_pattern([str(w) for w in follow.get("says") or []]),
            follow_up_always=word_pattern([str(w) for w in follow.get("always") or []]),
            follow_up_words=int(follow.get("most_words") or 0),
            follow_up_reply=" ".join(str(follow.get("reply", "")).split()),
        )

    def follows_up(self, message: str, names_a_topic: bool = False) -> bool:
        """Whether a short message points back to an earlier one ("what about the serious ones?").
        ``names_a_topic``: it names something a concept covers, so only an ``always`` word makes it a follow-up."""
        text = fold(message)
        if len(_WORD.findall(text)) > self.follow_up_words:
            return False
        if self.follow_up_always is not None and self.follow_up_always.search(text):
            return True
        return not names_a_topic and self.follow_up_says is not None and bool(self.follow_up_says.search(text))

    def reply(self, message: str) -> str | None:
        """The reply to a message that is only a greeting or thanks, or None."""
        text = fold(message)
        said = next((reply for pattern, reply in self.kinds if pattern.search(text)), None)
        if said is None:
            return None
        rest = text
        for pattern, _ in self.kinds:  # "hi, thanks!" is small talk too: every kind's words are taken out
            rest = pattern.sub(" ", rest)
        return said if all(word in self.filler for word in _WORD.findall(rest)) else None


@lru_cache(maxsize=1)
def small_talk() -> SmallTalk:
    text = resources.files("bot.data").joinpath(DATA).read_text(encoding="utf-8")
    return SmallTalk.from_data(yaml.safe_load(text) or {})
