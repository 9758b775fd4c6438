"""A greeting or thanks is answered in kind; anything more is a question."""

from __future__ import annotations

import pytest

from bot.records import unanswered_kind
from bot.small_talk import SmallTalk, small_talk

TALK = small_talk()


@pytest.mark.parametrize("message", TALK.examples["small_talk"])
def test_greetings_and_thanks_are_answered_in_kind(message: str) -> None:
    assert TALK.reply(message)


@pytest.mark.parametrize("message", TALK.examples["question"])
def test_a_message_with_anything_more_is_a_question(message: str) -> None:
    assert TALK.reply(message) is None


def test_a_kind_without_a_reply_is_reported() -> None:
    with pytest.raises(ValueError, match="needs 'said'"):
        SmallTalk.from_data({"kinds": [{"said": ["hi"]}]})


@pytest.mark.integration
def test_hi_gets_a_greeting_and_the_topics_and_is_not_recorded_as_unanswered(answerer) -> None:  # type: ignore[no-untyped-def]
    hello = answerer.ask("hi")
    assert hello.status == "no_match" and hello.markdown.startswith("Hello")
    assert "Understanding Stem Cell Therapy" in hello.markdown and unanswered_kind(hello) is None
    assert answerer.ask("hi my chest is crushing and I can't breathe").status == "urgent"
