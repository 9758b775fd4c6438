"""General health questions (bot/general.py, bot/data/general_health.yaml): a condition asked about in general
is not answered with the section that names it as a side effect; that section is offered instead."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.composer import compose
from bot.general import GeneralHealth, general_health, reply
from bot.knowledge import parse_text
from bot.retriever import Retrieval
from bot.screen import find_urgency

LIST = general_health()


@pytest.mark.parametrize("question", LIST.examples["general"])
def test_general_examples_are_recognised(question: str) -> None:
    assert LIST.is_general(question)


@pytest.mark.parametrize("question", LIST.examples["about_treatment"])
def test_questions_about_the_treatment_are_not(question: str) -> None:
    assert not LIST.is_general(question)


def test_a_question_naming_stem_cells_is_never_general_even_with_another_cause() -> None:
    assert LIST.is_general("Why do long flights give people clots?")
    assert not LIST.is_general("Can I fly after stem cell therapy, or will I get a clot?")


def test_missing_word_list_is_reported() -> None:
    with pytest.raises(ValueError, match="other_causes"):
        GeneralHealth.from_data({"about_treatment": ["stem"]})


def test_reply_names_the_section_in_lower_case_and_keeps_acronyms() -> None:
    assert reply("Blood Clots and Pulmonary Embolism").startswith(
        "The article covers blood clots and pulmonary embolism only as a possible side effect"
    )
    assert "DVT" in reply("DVT Risks")


def test_composer_offers_the_section_first_with_a_refusal() -> None:
    doc = parse_text("---\ntitle: Guide\n---\nIntro.\n\n## Alpha\n\nA.\n\n## Beta\n\nB.\n\n## Gamma\n\nG.\n", "guide")
    answer = compose(
        "who gets gamma?",
        retrieval=Retrieval(hits=()),
        threshold=0.3,
        urgency=None,
        refusal=reply("Gamma"),
        offer="Gamma",
        sections=doc.sections,
        passages=doc.passages,
    )
    assert answer.status == "no_match" and not answer.quotes
    assert answer.suggestions[0] == "Tell me about gamma"
    assert set(answer.as_dict()) == {
        "id",
        "status",
        "question",
        "quotes",
        "notice",
        "urgent",
        "suggestions",
        "markdown",
    }


@pytest.mark.integration
def test_answerer_offers_the_side_effect_section(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("Who tends to get deep vein thrombosis?")
    assert answer.status == "no_match" and not answer.quotes and answer.refused_as == "out_of_scope"
    assert "only as a possible side effect" in answer.markdown
    assert answer.suggestions[0] == "Tell me about blood clots and pulmonary embolism"
    assert answerer.ask("Can stem cell therapy cause blood clots?").status == "answered"


def test_it_is_not_its() -> None:
    """'on its own' names no treatment: a word of one or two letters takes no plural ending."""
    assert LIST.is_general("Can a blood clot heal on its own?")
    assert not LIST.is_general("Will it hurt?")


def test_an_intensifier_inside_a_general_question() -> None:
    assert LIST.is_general("What exactly are hives?")


@pytest.mark.parametrize("question", LIST.examples["no_treatment"])
def test_messages_naming_no_treatment_are_recognised(question: str) -> None:
    assert LIST.names_no_treatment(question)


@pytest.mark.parametrize("question", LIST.examples["about_treatment_briefly"] + LIST.examples["about_treatment"])
def test_messages_naming_the_treatment_or_its_known_after_effects_are_not(question: str) -> None:
    assert not LIST.names_no_treatment(question)


def test_a_word_pointing_back_stands_for_the_treatment_only_in_a_short_question() -> None:
    assert not LIST.names_no_treatment("Does it hurt?")
    assert LIST.names_no_treatment("I have a sore throat and a cough, it gets worse at night and I feel hot and tired")


def test_risk_words_and_known_after_effects_tie_only_a_short_question() -> None:
    assert not LIST.names_no_treatment("Is it safe?")
    assert not LIST.names_no_treatment("How long will the pain last?")
    story = "Since Sunday my back has ached and I feel sick, I thought the pain would go but it is worse and I worry"
    assert LIST.names_no_treatment(story)


def test_pins_and_needles_is_not_a_needle() -> None:
    assert LIST.names_no_treatment("I have pins and needles in my feet every morning, why?")
    assert not LIST.names_no_treatment("Will the needle hurt?")


def test_short_question_words_must_be_a_whole_number() -> None:
    data = {k: ["x"] for k in ("about_treatment", "other_causes", "treatment_in_passing", "asks_in_general")}
    data["about_the_risks"] = ["risk"]
    with pytest.raises(ValueError, match="short_question_words"):
        GeneralHealth.from_data({**data, "short_question_words": "ten"})


@pytest.mark.integration
def test_a_symptom_told_without_the_treatment_is_offered_its_section_not_quoted(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("I have had a bad cough for a week and feel lightheaded. Should I see a doctor?")
    assert answer.status == "no_match" and not answer.quotes and answer.refused_as == "out_of_scope"
    assert "only as a possible side effect" in answer.markdown and answer.suggestions
    told = answerer.ask("I had a stem cell injection last week and now feel lightheaded, should I see a doctor?")
    assert told.status == "answered" and told.quotes
    assert answerer.ask("Will the puffiness go away on its own?").status == "answered"


@pytest.mark.parametrize("question", LIST.examples["of_no_one"])
def test_general_questions_naming_no_one_are_recognised(question: str) -> None:
    assert LIST.asks_of_no_one(question)


@pytest.mark.parametrize("question", LIST.examples["of_someone"])
def test_questions_naming_someone_are_not(question: str) -> None:
    assert not LIST.asks_of_no_one(question)


@pytest.mark.integration
def test_a_general_question_gets_no_see_a_doctor_today_sign_but_an_emergency_keeps_its_alert(answerer) -> None:  # type: ignore[no-untyped-def]
    assert answerer.ask("How common is DVT?").urgent is None
    assert answerer.ask("My calf is swollen, how common is DVT?").urgent is not None
    assert answerer.ask("What is the first thing to do for a pulmonary embolism?").status == "urgent"


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_naming_stem_cells_or_the_treatment_always_ties_a_message_to_it(text: str) -> None:
    """Whatever else a message says, once it names stem cells or a treatment it is not 'names no treatment', and
    asking about no one never holds for a message that says 'my'."""
    assert not LIST.names_no_treatment(f"{text} stem cell therapy")
    assert not LIST.names_no_treatment(f"after the injection {text}")
    assert not LIST.asks_of_no_one(f"my {text}")


def test_a_procedure_named_with_a_or_an_is_any_procedure_of_that_kind() -> None:
    g = general_health()
    for question in ("Can an injection hit a nerve?", "Why do lumps form after an injection?", "fever after a shot"):
        assert g.is_general(question), question
    for question in (
        "Can the injection hit a nerve?",
        "Why do lumps form after my injection?",
        "Can a stem cell injection hit a nerve?",
    ):
        assert not g.is_general(question), question


def test_fever_after_an_injection_keeps_its_see_a_doctor_today_sign() -> None:
    # general for the reply, but it tells of someone's fever: the sign is said to them
    assert general_health().is_general("fever after an injection")
    assert not general_health().asks_of_no_one("fever after an injection")
    urgency = find_urgency("fever after an injection")
    assert urgency is not None and urgency.tier == "soon"


def test_another_cause_is_named_only_when_the_treatment_is_not() -> None:
    g = general_health()
    assert g.names_another_cause("What are the side effects of PRP injections?")
    assert g.names_another_cause("Is it normal to feel sore after a shot?")
    assert not g.names_another_cause("What are the side effects of stem cell and PRP injections?")
    assert not g.names_another_cause("What are the side effects?")


def test_an_overview_of_side_effects_is_not_given_for_another_treatment(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("What are the side effects of PRP injections?")
    assert answer.status == "no_match" and answer.quotes == ()
    assert answer.markdown.startswith(
        "The article lists the side effects of stem cell therapy, not of other treatments"
    )
    assert answerer.ask("What are the side effects of stem cell injections?").status == "answered"


@pytest.mark.parametrize("question", LIST.examples["asks_if_possible"])
def test_questions_whether_something_can_happen_are_recognised(question: str) -> None:
    assert LIST.asks_if_possible(question)


@pytest.mark.parametrize("question", LIST.examples["tells_of_someone"])
def test_messages_telling_of_someone_or_asking_if_it_is_expected_are_not(question: str) -> None:
    assert not LIST.asks_if_possible(question)


@pytest.mark.integration
def test_asking_whether_the_treatment_can_cause_a_warning_sign_gets_the_answer_without_an_alarm(answerer) -> None:  # type: ignore[no-untyped-def]
    for question in ("Can stem cell injections cause paralysis?", "Could stem cell treatment lead to a heart attack?"):
        answer = answerer.ask(question)
        assert answer.status == "answered" and answer.urgent is None, question
    assert answerer.ask("Could the injection cause my chest pain?").status == "urgent"
    assert answerer.ask("Can stem cells cause a stroke? His face is drooping.").status == "urgent"
    assert answerer.ask("Can stem cell therapy make me want to kill myself?").urgent["tier"] == "crisis"


@pytest.mark.integration
def test_a_general_question_nearest_no_side_effect_gets_the_plain_refusal(answerer) -> None:  # type: ignore[no-untyped-def]
    # "The article covers understanding stem cell therapy only as a possible side effect" made no sense
    answer = answerer.ask("What is a teratoma?")
    assert answer.status == "no_match" and "only as a possible side effect" not in answer.markdown
    assert "I couldn't find an answer to that in the article" in answer.markdown
    # ("how common is that?" now asks for the question in full: tests/test_small_talk.py)
    assert "only as a possible side effect" not in answerer.ask("how common is that?").markdown
