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


@pytest.mark.parametrize("message", TALK.examples["follow_up"])
def test_short_messages_pointing_back_are_follow_ups(message: str) -> None:
    assert TALK.follows_up(message)


@pytest.mark.parametrize("message", TALK.examples["not_follow_up"])
def test_full_questions_are_not_follow_ups(message: str) -> None:
    assert not TALK.follows_up(message)


def test_a_message_naming_a_topic_is_a_follow_up_only_by_an_always_word() -> None:
    assert not TALK.follows_up("chest pain that comes and goes", names_a_topic=True)
    assert TALK.follows_up("and the rare ones?", names_a_topic=True)


@pytest.mark.integration
def test_a_follow_up_read_on_its_own_asks_for_the_question_in_full(answerer) -> None:  # type: ignore[no-untyped-def]
    for message in ("what about the serious ones?", "is that dangerous?", "and the rare ones?"):
        answer = answerer.ask(message)
        assert answer.status == "no_match" and "I read each question on its own" in answer.markdown, message
        assert "only as a possible side effect" not in answer.markdown and "Did you mean" not in answer.markdown
    assert "doesn't cover costs" in answerer.ask("and how much does it cost?").markdown  # a refusal that says why
    assert answerer.ask("what about infection?").status == "answered"
