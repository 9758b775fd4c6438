"""The editor's word lists: concepts expand questions, out-of-scope kinds and unknown conditions refuse."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer_kinds import named_effect
from bot.errors import KnowledgeError
from bot.lexicon import Lexicon
from tests.conftest import KNOWLEDGE

VOCABULARY = "Tumor formation and blood clots after an injection. Autoimmune conditions may worsen. Sports injuries."


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    from bot.indexer import vocabulary
    from bot.knowledge import load_knowledge

    passages = [p for d in load_knowledge(KNOWLEDGE) for p in d.passages]
    return Lexicon.read(KNOWLEDGE, vocabulary(passages))


def test_concepts_expand_with_new_words_only(shipped: Lexicon) -> None:
    assert shipped.expand("Can stem cells cause cancer?").startswith("Can stem cells cause cancer? (tumor")
    assert "autoimmune" in shipped.expand("is it safe with Hashimoto’s?")
    assert "Wharton’s Jelly" in shipped.expand("are umbilical cord cells safe?")
    assert shipped.expand("What is Wharton's jelly?") == "What is Wharton's jelly?"  # nothing new to add
    assert shipped.expand("plain words only") == "plain words only"


def test_a_word_inside_a_longer_concept_phrase_belongs_to_that_phrase(shipped: Lexicon) -> None:
    heart = shipped.expand("Can stem cells cause a heart attack?")
    assert "cardiovascular" in heart and "foreign" not in heart  # not the immune system attacking the cells
    assert "foreign" in shipped.expand("Could my immune system attack the cells?")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("How much would the treatment set me back in fees?", "costs"),
        ("will my insurer reimburse it", "insurance"),
        ("what percentage of patients improve", "statistics"),
        ("when can I go back to work", "recovery"),
        ("how many injections do people usually need", "sessions"),
        ("can it cure my MS", "cures"),
        ("can I have a glass of wine after the jab", "food, drink"),
        ("how do I book a consultation", "booking"),
        ("is this FDA approved", "legal"),
        ("is it better than PRP", "comparisons"),
        ("how is a blood clot diagnosed", "diagnosing"),
    ],
)
def test_out_of_scope_kinds(shipped: Lexicon, question: str, topic: str) -> None:
    found = shipped.out_of_scope_topic(question)
    assert found is not None and topic in found, (question, found)


@pytest.mark.parametrize(
    "question",
    [
        "How long does the soreness last?",
        "Does the injection hurt much?",
        "Are donor cells riskier than my own?",
        "mesenchymal vs embryonic stem cells: which form tumors?",
        "things to consider before getting treatment",
        "stem cells for sports injuries: what are the risks?",
        "I feel feverish and tired after the infusion",
    ],
)
def test_answerable_questions_are_not_refused(shipped: Lexicon, question: str) -> None:
    assert shipped.out_of_scope_topic(question) is None
    assert shipped.unknown_condition(question) is None
    assert shipped.shares_words(question)


def test_unknown_conditions_are_named_covered_ones_are_not(shipped: Lexicon) -> None:
    assert shipped.unknown_condition("does it cause hair loss?") == "hair loss"
    assert shipped.unknown_condition("stem cells and long covid") == "long covid"
    assert shipped.unknown_condition("I have rheumatoid arthritis, is it risky?") is None  # a concept covers it
    assert shipped.unknown_condition("will my lupus flare") is None
    assert shipped.unknown_condition("knee osteoarthritis and stem cells") == "osteoarthritis"


def test_off_topic_questions_share_no_words(shipped: Lexicon) -> None:
    assert not shipped.shares_words("write me a haiku about autumn leaves")
    assert not shipped.shares_words("who won the football match")
    assert shipped.shares_words("can stem cells cause tumors")


def test_broken_lists_name_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "concepts.txt").write_text("# fine\ncancer => tumor\nno arrow here\n", encoding="utf-8")
    (tmp_path / "out_of_scope.yaml").write_text("rules:\n  - topic: costs\n    phrases: cost\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        Lexicon.read(tmp_path, VOCABULARY)
    problems = err.value.problems
    assert any("concepts.txt:3:" in p and "=>" in p for p in problems)
    assert any("out_of_scope.yaml:2: costs: phrases: expected a list" in p for p in problems)


def test_lists_round_trip_through_the_manifest(shipped: Lexicon) -> None:
    again = Lexicon.from_dict(shipped.as_dict(), shipped.vocabulary)
    for q in ["cancer risk?", "how much does it cost", "hair loss?"]:
        assert again.expand(q) == shipped.expand(q)
        assert again.out_of_scope_topic(q) == shipped.out_of_scope_topic(q)
        assert again.unknown_condition(q) == shipped.unknown_condition(q)


@pytest.mark.parametrize(
    "question",
    [
        "I had stem cell injections in my knee for osteoarthritis and now it's swollen, is that normal?",
        "I was diagnosed with lupus last year, is stem cell therapy risky for me?",
        "I'm scheduled for stem cell therapy next week, what is the infection risk?",
        "I got the injection for back pain and now I have a headache and feel dizzy",
        "at my appointment the doctor mentioned blood clots, how likely are they?",
        "I'm doing physical therapy after the injection, is the swelling normal?",
        "How do clinics address contamination risks?",
        "Is there a risk of infection if I have diabetes?",
        "I take blood thinners, can stem cells cause clots?",
    ],
)
def test_context_in_a_question_does_not_get_it_refused(shipped: Lexicon, question: str) -> None:
    """Patients say why they had treatment; what they ask about is still covered."""
    assert shipped.out_of_scope_topic(question) is None, question
    assert shipped.unknown_condition(question) is None, question


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("nausea and vomiting after a stem cell injection, common?", "vomiting"),
        ("Can a stem cell shot help my son's autism?", "autism"),
        ("Can stem cells repair my torn ACL?", "torn acl"),
        ("is it good for hair growth", None),
        ("I have back pain, will stem cell therapy help?", None),
        ("which antibiotics treat an infection after the injection", None),
        ("do i need to stop my blood thinners before the procedure", None),
    ],
)
def test_what_the_question_asks_about_is_not_covered(shipped: Lexicon, question: str, missing: str | None) -> None:
    refused_by_kind = shipped.out_of_scope_topic(question)
    condition = shipped.unknown_condition(question)
    assert refused_by_kind or condition, question
    if missing and not refused_by_kind:
        assert condition == missing


@pytest.mark.parametrize("question", named_effect().unknown)
def test_an_effect_no_article_names_is_named_in_the_refusal(shipped: Lexicon, question: str) -> None:
    effect = shipped.unknown_effect(question)
    assert effect and effect.lower() in question.lower()


@pytest.mark.parametrize("question", named_effect().known)
def test_an_effect_the_article_names_or_a_common_word_is_not_refused(shipped: Lexicon, question: str) -> None:
    assert shipped.unknown_effect(question) is None


def test_the_effect_is_named_as_the_question_words_it(shipped: Lexicon) -> None:
    assert shipped.unknown_effect("Can I get hepatitis or HIV from donor stem cells?") == "hepatitis or HIV"
    assert named_effect().named("Is it safe?") == ("", [])


def test_misspelt_article_words_are_searched_as_spelt_right(shipped: Lexicon) -> None:
    assert shipped.corrections("do stem cells cause tumers or canser") == ["tumors", "cancer"]
    assert "tumor formation" in shipped.expand("can stem cells cause canser")  # the concept of the corrected word
    assert shipped.corrections("seizures and hepatitis") == []  # English words are not put right
    assert shipped.shares_words("tumers?")


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # denied symptoms are not searched for (fourth outside trial: this one quoted blood clots first)
        ("no chest pain, no shortness of breath, just a sore knee after the injection", ", just a sore knee after the injection"),
        ("I have a sore knee but no fever.", "I have a sore knee but ."),
        ("didn't have any chest pain or shortness of breath, only swelling", ", only swelling"),
        # ... and where what is said instead begins (fifteenth outside trial: "breathing problems" is no concept)
        ("no chest pain or breathing problems just a sore knee", " just a sore knee"),
        ("no fever but my knee is swollen", " but my knee is swollen"),
        ("no pain relief yet but the swelling is down", "no pain relief yet but the swelling is down"),
        # an item that goes on is not a denied symptom: "no pain relief" is kept
        ("no pain relief after the shot, is that normal?", "no pain relief after the shot, is that normal?"),
        ("no idea why my knee is swollen", "no idea why my knee is swollen"),
        ("no fever", "no fever"),  # nothing would be left
    ],
)
def test_symptoms_the_question_denies_are_left_out_of_the_search(shipped: Lexicon, question: str, kept: str) -> None:
    assert shipped.without_denials(question) == kept
    assert shipped.expand(question).startswith(kept)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(["no", "without", "didn't have", "any", "chest pain", "fever", "or", "and", ",", ".", "pain",
                         "relief", "swelling", "just", "a sore knee", "after the shot", "shortness of breath", "é", "!"]),
        max_size=14,
    ).map(" ".join)
)
def test_leaving_out_denied_symptoms_only_deletes_and_never_fails(shipped: Lexicon, question: str) -> None:
    kept = shipped.without_denials(question)
    # what is kept is the question with whole stretches taken out, in order: a subsequence of its characters
    rest = iter(question)
    assert all(ch in rest for ch in kept)
    assert kept == question or len(kept) < len(question)


def test_a_condition_line_can_name_what_the_reply_says() -> None:
    # conditions.txt: "gain weight => weight gain" (tenth outside trial: "The article doesn't mention gain weight")
    lexicon = Lexicon.build([], [], ["gain weight => weight gain", "hair loss"], "stem cell therapy risks")
    assert lexicon.unknown_condition("can stem cells make me gain weight") == "weight gain"
    assert lexicon.unknown_condition("will I get hair loss") == "hair loss"
