"""The answer: what the bot says to one question, as typed data that the chat and the API render."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

ANSWERED = "answered"
NO_MATCH = "no_match"
URGENT = "urgent"
OUT_OF_SCOPE = "out_of_scope"  # how a no_match refused by an out-of-scope entry or example is recorded
SMALL_TALK = "small_talk"  # a greeting or thanks, answered in kind (bot/small_talk.py); not an unanswered question
INVALID = "invalid"
RATINGS = ("up", "down")  # a reader's rating of an answer (bot/records.py stores it)
MAX_COMMENT_CHARS = 1000

NOTICE = (
    "This assistant quotes an article for general information only; it is not medical advice and cannot "
    "examine you. Talk to your doctor about your own situation, before and after any treatment."
)


@dataclass(frozen=True)
class Quote:
    """A verbatim passage: ``text`` is exactly ``file_text[start:end]`` of its knowledge file."""

    document: str
    title: str
    section: str
    text: str
    score: float
    start: int
    end: int
    source_url: str = ""
    highlights: tuple[tuple[int, int], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "title": self.title,
            "section": self.section,
            "text": self.text,
            "score": round(self.score, 4),
            "start": self.start,
            "end": self.end,
            "source_url": self.source_url,
            "highlights": [{"start": s, "end": e} for s, e in self.highlights],
        }


def new_id() -> str:
    """A fresh answer id: 32 hex digits, unguessable, so feedback cannot be aimed at other readers' answers."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Answer:
    """The answer object of the API contract (see DESIGN.md)."""

    status: str
    question: str
    quotes: tuple[Quote, ...] = ()
    notice: str = NOTICE
    urgent: dict[str, str] | None = None
    suggestions: tuple[str, ...] = ()
    markdown: str = ""
    message: str = field(default="", compare=False)
    # "out_of_scope" when an out-of-scope entry or example refused the question (records and gaps use it; not in JSON).
    refused_as: str = field(default="", compare=False)
    # Which reply this is (POST /api/feedback names it); new for every reply, so it takes no part in equality.
    id: str = field(default_factory=new_id, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "question": self.question,
            "quotes": [q.as_dict() for q in self.quotes],
            "notice": self.notice,
            "urgent": self.urgent,
            "suggestions": list(self.suggestions),
            "markdown": self.markdown,
        }
