"""The kind of answer a question asks for, checked against what a passage can give.

"What percentage of patients get an infection?" asks for a figure: a passage with no number in it cannot
answer it, however many words it shares with the question. "What are the risks of stem cell therapy?" asks
for the risks: an introduction that only announces the article will discuss them is not the answer. The kinds,
their cue words and what a passage needs are data (``bot/data/answer_kinds.yaml``); here is the engine:

- ``refuse`` kinds: when no passage of the articles can give the kind, the question gets "The article gives
  no <kind>" (no_match) instead of the passage that shares its words.
- ``rank`` kinds: passages that can give the kind are put before those that cannot (order kept otherwise).
- ``highlight`` kinds: the order is kept, and in each quoted passage a sentence that gives the kind is the one
  highlighted ("How long does the soreness last?": "... lasting a few days ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from bot.knowledge import Passage
from bot.word_pattern import fold, word_count, word_pattern

DATA = "answer_kinds.yaml"
REFUSE, RANK, HIGHLIGHT = "refuse", "rank", "highlight"
# A figure: digits, a percentage, or a rate in words ("one in ten", "half of patients"). Not a bare "one"
# ("one of the most common side effects" gives no figure).
_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|a thousand)"
_NUMBER = re.compile(
    rf"\d|%|\bper\s?cent\b|\b{_WORD}\s+(?:in|out of)\s+(?:every\s+)?{_WORD}\b|\b(?:half|a third|a quarter) of\b",
    re.IGNORECASE,
)


def _pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    return word_pattern(words, between=r"[\s,-]+")


@dataclass(frozen=True)
class AnswerKind:
    kind: str
    cues: re.Pattern[str]
    unless: re.Pattern[str] | None
    needs_words: re.Pattern[str] | None
    needs_number: bool
    when_none: str
    ask: tuple[str, ...] = ()
    other: tuple[str, ...] = ()
    overview: bool = False  # asked in general, it is answered with the overview of the article's groups

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> AnswerKind:
        needs = data.get("passage_needs") or {}
        cues = _pattern(data.get("cues") or [])
        if not data.get("kind") or cues is None or data.get("when_none") not in (REFUSE, RANK, HIGHLIGHT):
            raise ValueError(
                f"{DATA}: each kind needs 'kind', 'cues' and 'when_none' (refuse, rank or highlight): {data!r}"
            )
        if not needs.get("words") and not needs.get("number"):
            raise ValueError(f"{DATA}: {data['kind']}: passage_needs needs 'words' or 'number: true'")
        examples = data.get("examples") or {}
        if not isinstance(data.get("overview", False), bool):
            raise ValueError(f"{DATA}: {data['kind']}: overview must be true or false, not {data['overview']!r}")
        return cls(
            kind=str(data["kind"]),
            cues=cues,
            unless=_pattern(data.get("unless") or []),
            needs_words=_pattern(needs.get("words") or []),
            needs_number=bool(needs.get("number")),
            when_none=str(data["when_none"]),
            ask=tuple(examples.get("ask") or ()),
            other=tuple(examples.get("other") or ()),
            overview=bool(data.get("overview", False)),
        )

    def asked_by(self, question: str) -> bool:
        text = fold(question)
        return bool(self.cues.search(text)) and not (self.unless and self.unless.search(text))

    def given_by(self, passage: Passage) -> bool:
        return self.gives(passage.text)

    def gives(self, text: str) -> bool:
        """Whether the text (a passage, a sentence) has what this kind of answer needs."""
        text = fold(text)
        if self.needs_number and _NUMBER.search(text):
            return True
        return bool(self.needs_words and self.needs_words.search(text))


@dataclass(frozen=True)
class AnswerKinds:
    kinds: tuple[AnswerKind, ...]

    def asked(self, question: str) -> AnswerKind | None:
        """The first kind the question asks for, or None."""
        return next((k for k in self.kinds if k.asked_by(question)), None)


@dataclass(frozen=True)
class NamedEffect:
    """Where a question names the effect it asks the treatment might cause (``named_effect`` in the data)."""

    cues: re.Pattern[str]
    ends: frozenset[str]
    skip: frozenset[str]
    common_zipf: float
    most_words: int = 0  # longer questions name no effect (0: any length)
    unknown: tuple[str, ...] = ()
    known: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> NamedEffect:
        cues = word_pattern(data.get("cues") or [], between=r"\s+")
        if cues is None or not isinstance(data.get("common_zipf"), int | float):
            raise ValueError(f"{DATA}: named_effect needs 'cues' and 'common_zipf'")
        examples = data.get("examples") or {}
        return cls(
            cues=cues,
            ends=frozenset(fold(str(w)) for w in data.get("ends") or ()),
            skip=frozenset(fold(str(w)) for w in data.get("skip") or ()),
            common_zipf=float(data["common_zipf"]),
            most_words=int(data.get("most_words") or 0),
            unknown=tuple(examples.get("unknown") or ()),
            known=tuple(examples.get("known") or ()),
        )

    def named(self, question: str) -> tuple[str, list[str]]:
        """The effect as the question words it, and its words without the ``skip`` ones and numbers: what follows the first cue,
        up to an end word or the clause's end (("", []) when no cue, or the question is longer than ``most_words``). "Can I get hepatitis or HIV from donor
        cells?" names "hepatitis or HIV", whose words are ["hepatitis", "hiv"]."""
        text = fold(question)
        if self.most_words and word_count(text) > self.most_words:
            return "", []
        cue = self.cues.search(text)
        if cue is None:
            return "", []
        words: list[str] = []
        first = last = -1
        for token in re.finditer(r"[a-z0-9']+|[.?!,;:()]", text[cue.end() :]):
            word = token.group()
            if not word[0].isalnum() or word in self.ends:
                break
            if word not in self.skip and not any(c.isdigit() for c in word):  # a number is no word ("fever of 38")
                words.append(word)
                first = token.start() if first < 0 else first
                last = token.end()
        if not words:
            return "", []
        as_written = question if len(question) == len(text) else text  # folding kept every offset
        return as_written[cue.end() + first : cue.end() + last], words


@lru_cache(maxsize=1)
def named_effect() -> NamedEffect:
    data = yaml.safe_load(resources.files("bot.data").joinpath(DATA).read_text(encoding="utf-8")) or {}
    return NamedEffect.from_data(data.get("named_effect") or {})


@lru_cache(maxsize=1)
def answer_kinds() -> AnswerKinds:
    data = yaml.safe_load(resources.files("bot.data").joinpath(DATA).read_text(encoding="utf-8")) or {}
    return AnswerKinds(tuple(AnswerKind.from_data(k) for k in data.get("kinds") or ()))


def refusal(kind: AnswerKind) -> str:
    return f"The article gives no {kind.kind}."
