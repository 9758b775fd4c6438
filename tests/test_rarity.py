"""Rare words no article mentions: refused by name, without a hand list; ordinary words and typos are not."""

from __future__ import annotations

import pytest

from bot.lexicon import Lexicon
from bot.rarity import plain_words
from tests.conftest import KNOWLEDGE


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    from bot.knowledge import load_knowledge, vocabulary

    return Lexicon.read(KNOWLEDGE, vocabulary([p for d in load_knowledge(KNOWLEDGE) for p in d.passages]))


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Can a birth control called Ocella cause DVT?", "ocella"),
        ("What to Expect After a Cortisone Shot in the Knee?", "cortisone"),
        ("Is it safe to travel to Cancún for this?", "cancun"),
    ],
)
def test_a_rare_word_no_article_uses_is_named(shipped: Lexicon, question: str, word: str) -> None:
    assert shipped.unknown_term(question) == word


@pytest.mark.parametrize(
    "question",
    [
        "Are embryonic stem cells riskier than MSCs?",  # another form of an article word
        "what source of stem cells is safest",  # ordinary English
        "Can Stem Cell Transplants Cause Cancer?",
        "is an infecton likely after the injection",  # a typing slip of an article word
        "What is Wharton's jelly?",
        "I had stem cell injections in my knee for osteoarthritis and now it's swollen, is that normal?",  # context
        "Why Aren’t Stem Cells Rejected by Your Body?",
    ],
)
def test_ordinary_words_typos_and_context_are_not_refused(shipped: Lexicon, question: str) -> None:
    assert shipped.unknown_term(question) is None


def test_words_lose_accents_and_contractions() -> None:
    assert plain_words("Cancún isn’t far") == ["cancun", "far"]


def test_an_empty_lexicon_refuses_nothing() -> None:
    assert Lexicon().unknown_term("lidocaine") is None
