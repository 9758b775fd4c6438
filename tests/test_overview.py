"""The groups a broad question gets an overview of: every group of one kind, unless its words choose among them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.knowledge import parse_text
from bot.overview import Groups, words_of

DOC = parse_text(
    "---\ntitle: Negative Side Effects of Stem Cell Therapy\n---\nIntro.\n\n"
    "## Common Side Effects of Stem Cell Therapy\n\n### 1. Pain\n\nPain text.\n\n### 2. Infection\n\nInfection text.\n\n"
    "## Less Common but Serious Side Effects\n\n### 3. Nerve Damage\n\nNerve text.\n\n### 4. Autoimmune\n\nText.\n\n"
    "## Choosing a Clinic\n\n### 5. Credentials\n\nCredentials text.\n\n### 6. Cost\n\nCost text.\n",
    "guide",
)
P = DOC.passages
G = Groups.of(P)
COMMON = "Common Side Effects of Stem Cell Therapy"
SERIOUS = "Less Common but Serious Side Effects"
CLINIC = "Choosing a Clinic"


def test_negated_words_read_as_their_negation() -> None:
    assert "not:common" in words_of("Less Common but Serious") and "common" not in words_of("Less Common")
    assert "not:common" in words_of("uncommon side effects") and "not:seriou" in words_of("non-serious")
    assert "common" in words_of("the most common ones")
    # a word that only starts with "un" keeps its meaning: headings that share it are one kind
    assert "understand" in words_of("Understanding Stem Cell Therapy") and "unit" in words_of("units of insulin")


def test_groups_that_share_a_heading_word_are_one_kind_and_others_are_not() -> None:
    assert G.family(COMMON) == (COMMON, SERIOUS)
    assert G.family(SERIOUS) == (COMMON, SERIOUS)
    assert G.family(CLINIC) == (CLINIC,)


def test_a_broad_question_gets_every_group_of_the_kind_in_article_order() -> None:
    for question in ("Any side effects?", "What are the side effects of stem cell therapy?", "What could go wrong?"):
        assert G.asked(SERIOUS, question) == (COMMON, SERIOUS)
        assert G.asked(COMMON, question) == (COMMON, SERIOUS)


def test_the_words_of_a_heading_choose_its_group() -> None:
    assert G.asked(SERIOUS, "What are the most common side effects?") == (COMMON,)
    for question in ("Which side effects are serious?", "What are the less common side effects?", "any uncommon ones?"):
        assert G.asked(COMMON, question) == (SERIOUS,)
    # both named: both listed
    assert G.asked(COMMON, "Which are common and which are serious?") == (COMMON, SERIOUS)


def test_the_title_words_choose_nothing_and_an_unrelated_group_stays_alone() -> None:
    # "stem cell therapy" is in the title and one heading: it names the article, not the group
    assert G.asked(SERIOUS, "stem cell therapy side effects") == (COMMON, SERIOUS)
    assert G.asked(CLINIC, "Any side effects?") == (CLINIC,)


@given(st.text(max_size=200))
def test_any_question_gets_a_non_empty_part_of_the_kind(question: str) -> None:
    for chosen in (COMMON, SERIOUS, CLINIC):
        groups = G.asked(chosen, question)
        assert groups and set(groups) <= set(G.family(chosen))
