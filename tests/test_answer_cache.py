"""Answers to repeated questions: computed once per index build, bounded, and never stale after a rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer import Answer
from bot.answer_cache import AnswerCache
from bot.answerer import Answerer
from bot.indexer import build_index
from bot.settings import Settings
from tests.fakes import HashEmbedder

ARTICLE = "stem-cell-therapy-side-effects.md"


@pytest.fixture
def bot(knowledge_copy: Path, tmp_path: Path) -> tuple[Answerer, HashEmbedder]:
    embedder = HashEmbedder()
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=tmp_path / "index", model=embedder.name)
    build_index(knowledge_copy, settings.index_dir, embedder)
    return Answerer(settings, embedder=embedder).prepare(), embedder


def test_a_repeated_question_is_answered_the_same_without_the_model(bot: tuple[Answerer, HashEmbedder]) -> None:
    answerer, embedder = bot
    first = answerer.ask("Can stem cells cause cancer?")
    calls = len(embedder.calls)
    again = answerer.ask("  Can stem cells cause cancer?  ")  # the same question once trimmed
    assert again == first and again.as_dict() == first.as_dict()
    assert len(embedder.calls) == calls


def test_a_rebuilt_index_answers_afresh(bot: tuple[Answerer, HashEmbedder], knowledge_copy: Path) -> None:
    answerer, embedder = bot
    question = "How long does the swelling at the injection site last?"
    before = answerer.ask(question)
    path = knowledge_copy / ARTICLE
    quoted = before.quotes[0].text
    path.write_text(path.read_text(encoding="utf-8").replace(quoted, quoted + " Edited."), encoding="utf-8")
    build_index(knowledge_copy, answerer.settings.index_dir, embedder)
    assert answerer.reload_if_changed()
    after = answerer.ask(question)
    assert after.quotes[0].text.endswith("Edited.") and after != before


def test_the_cache_keeps_only_its_capacity_most_recent_first() -> None:
    cache = AnswerCache(capacity=2)
    answers = {q: Answer(status="answered", question=q) for q in "abc"}
    cache.put(("b1", "a"), answers["a"])
    cache.put(("b1", "b"), answers["b"])
    assert cache.get(("b1", "a")) is answers["a"]  # a is now the most recent
    cache.put(("b1", "c"), answers["c"])
    assert len(cache) == 2 and cache.get(("b1", "b")) is None
    assert cache.get(("b1", "a")) is answers["a"] and cache.get(("b2", "a")) is None
    with pytest.raises(ValueError, match="capacity"):
        AnswerCache(capacity=-1)


def test_refused_questions_do_not_wait_for_the_model(bot: tuple[Answerer, HashEmbedder]) -> None:
    answerer, _ = bot
    answer = answerer.ask("How much does the treatment cost?")
    assert answer.status == "no_match" and not answer.quotes
