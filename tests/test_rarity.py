"""Rare words no article mentions: refused by name, without a hand list; ordinary words and typos are not."""

from __future__ import annotations

import pytest

from bot.lexicon import Lexicon
from bot.rarity import compared_from, everyday_word_near, plain_words
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
        # a three-letter abbreviation of a drug or supplement (real_questions9)
        ("what are the side effects of dnp?", "dnp"),
        ("is hgh safe to take with stem cells", "hgh"),
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
        # two letters of a short word swapped, and chat shorthand (knowledge/concepts.txt)
        "what are the side effects adn risks of stem cells",
        "what are the risks of hte injection",
        "rly worried about infection risk",
        "2 wks after my stem cell injection my knee is swollen, is that normal?",
        # another treatment named by its abbreviation has a reply of its own
        "What are the side effects of PRP injections?",
        # a common word compared (thirteenth outside trial: "The article doesn't mention “redder”")
        "the injection site on my hip is getting redder and warmer each day and now there's a bit of pus coming out",
        "my knee looks puffier than yesterday",
    ],
)
def test_ordinary_words_typos_and_context_are_not_refused(shipped: Lexicon, question: str) -> None:
    assert shipped.unknown_term(question) is None


def test_words_lose_accents_and_contractions() -> None:
    assert plain_words("Cancún isn’t far") == ["cancun", "far"]


def test_an_empty_lexicon_refuses_nothing() -> None:
    assert Lexicon().unknown_term("lidocaine") is None


def test_a_known_stem_the_word_starts_with_is_found_by_the_words_prefixes() -> None:
    """``unknown_rare_word`` looks up the word's own prefixes instead of scanning every known stem: same answer."""
    import random

    from bot.rarity import MIN_LENGTH, unknown_rare_word

    rng = random.Random(5)
    hits = 0
    letters = "aeiourstlnzqxk"
    for _ in range(300):
        stems = frozenset("".join(rng.choices(letters, k=rng.randint(2, 8))) for _ in range(40))
        word = "".join(rng.choices(letters, k=rng.randint(0, 6)))  # rare: not an English word
        word = (rng.choice(sorted(stems)) if rng.random() < 0.7 else "") + word  # often after a known stem
        if len(word) < MIN_LENGTH:
            continue
        found = unknown_rare_word(word, frozenset(), stems, lambda w: w) is None
        scanned = word in stems or any(word.startswith(s) for s in stems if len(s) >= MIN_LENGTH)
        assert found == scanned
        hits += scanned
    assert hits > 50


def test_a_short_word_is_known_only_as_itself() -> None:
    from bot.lexicon import stem
    from bot.rarity import is_known

    words, stems = frozenset({"hives", "tumors"}), frozenset({"hive", "hiv", "tumor"})
    assert not is_known("hiv", words, stems, stem)  # not a form of "hives"
    assert is_known("ivh", frozenset({"hiv"}), stems, stem)  # two letters swapped
    assert is_known("tumers", words, stems, stem)  # a typing slip of a longer word


def test_a_comparative_is_read_from_the_word_it_compares() -> None:
    assert "red" in compared_from("redder") and "large" in compared_from("larger")
    assert "puffy" in compared_from("puffiest") and "warm" in compared_from("warmer")
    assert compared_from("lidocaine") == []


def test_a_word_almost_never_written_one_slip_from_an_everyday_word_is_taken_for_a_slip() -> None:
    # fifteenth outside trial: "whats the diffrence between autologus and allogenic" got "doesn't mention 'diffrence'"
    # with nothing to do about it; the refusal now offers the word it was probably meant to be
    assert everyday_word_near("diffrence") == "difference"
    assert everyday_word_near("pateint") == "patient"
    # a name in real use is its own word, and a rare word with no everyday neighbour is left alone
    assert everyday_word_near("statins") is None and everyday_word_near("lidocaine") is None


def test_the_refusal_of_a_slip_says_what_to_do(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("whats the diffrence between autologus and allogenic stem cells risk wise")
    assert answer.status == "no_match"
    assert "if you meant “difference”, please check the spelling" in answer.markdown
    assert "if you meant" not in answerer.ask("can I take statins after the injection").markdown
