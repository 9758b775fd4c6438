"""The JSON API's contract as OpenAPI: request bodies, the answer object and every status code, for
``/api/openapi.json`` (sixth outside trial: it had no schemas at all).

The handlers read their bodies themselves (a malformed body gets the answer shape, not FastAPI's 422), so the
request schemas are given to FastAPI as ``openapi_extra`` and the answers as ``responses``; nothing here parses a
request. The models follow ``Answer.as_dict`` (bot/answer.py), which tests check against this schema.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from bot.answer import MAX_COMMENT_CHARS


class Question(BaseModel):
    question: str = Field(
        description="The reader's question, at most FAQBOT_MAX_QUESTION_CHARS characters (1,000 by default).",
        examples=["Can stem cells cause cancer?"],
    )


class Highlight(BaseModel):
    start: int = Field(description="Offset in the knowledge file where the sentence that answers begins.")
    end: int


class Quote(BaseModel):
    document: str
    title: str
    section: str
    text: str = Field(
        description="The passage exactly as in the knowledge file: its text[start:end], start and end counted in "
        "characters (Unicode code points) of the UTF-8 text, not in bytes."
    )
    score: float
    start: int
    end: int
    source_url: str
    highlights: list[Highlight]


class Urgency(BaseModel):
    tier: Literal["emergency", "crisis", "soon"]
    message: str = Field(description="What to do now, in Markdown, with the numbers as tel: links.")


class Answer(BaseModel):
    id: str = Field(description="Names this reply in POST /api/feedback.")
    status: Literal["answered", "no_match", "urgent", "invalid"]
    question: str
    quotes: list[Quote]
    notice: str = Field(description="The notice to see a doctor: in every answer.")
    urgent: Urgency | None
    suggestions: list[str]
    markdown: str = Field(description="The whole reply as the chat shows it.")


class Feedback(BaseModel):
    answer_id: str = Field(min_length=1, max_length=64)
    rating: Literal["up", "down"]
    comment: str | None = Field(default=None, max_length=MAX_COMMENT_CHARS)


class Recorded(BaseModel):
    status: Literal["recorded"]
    answer_id: str
    rating: Literal["up", "down"]
    urgent: Urgency | None = Field(
        description="A comment that tells of an emergency or a crisis: what to do now, to show the reader at once."
    )


def json_body(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` describing a required JSON body of ``model`` (flat models only: no $defs to resolve)."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": model.model_json_schema()}}}}


RETRY = {"Retry-After": {"description": "Seconds to wait before asking again.", "schema": {"type": "integer"}}}

ANSWER_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": Answer, "description": "Answered, not found in the article (no_match), or urgent."},
    400: {
        "model": Answer,
        "description": "Invalid question (status invalid). One refused as too long or malformed that tells of an "
        "emergency or a crisis comes back 200 with status urgent and its alert instead.",
    },
    405: {"model": Answer, "description": "Another method, or a trailing slash."},
    413: {"model": Answer, "description": "Body over 64 KiB."},
    415: {"model": Answer, "description": "Body not sent as JSON (Content-Type must be application/json)."},
    429: {
        "model": Answer,
        "description": "Over FAQBOT_RATE_LIMIT; Retry-After says when to ask again.",
        "headers": RETRY,
    },
}

FEEDBACK_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": Recorded, "description": "The rating is stored."},
    400: {"model": Answer, "description": "A body that is not a rating (status invalid, and what to send)."},
    404: {"model": Answer, "description": "No answer with that id."},
    413: {"model": Answer, "description": "Body over 64 KiB."},
    415: {"model": Answer, "description": "Body not sent as JSON (Content-Type must be application/json)."},
    429: {"model": Answer, "description": "Over FAQBOT_RATE_LIMIT (one budget with the questions).", "headers": RETRY},
    503: {"model": Answer, "description": "The database cannot be reached; try again later."},
}
