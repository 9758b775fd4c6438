"""Answers from the real model and FAISS index: every status, verbatim quotes, the notice every time."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import NOTICE

pytestmark = pytest.mark.integration

TUMOR = "4. Tumor Formation and Uncontrolled Cell Growth"


def assert_verbatim(answer, answerer) -> None:  # type: ignore[no-untyped-def]
    for q in answer.quotes:
        raw = (answerer.settings.knowledge_dir / f"{q.document}.md").read_text(encoding="utf-8")
        assert raw[q.start : q.end] == q.text
        for s, e in q.highlights:
            assert q.start <= s < e <= q.end


def test_cancer_question_quotes_the_tumor_section(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("Can stem cells cause cancer?")
    assert answer.status == "answered"
    assert TUMOR in [q.section for q in answer.quotes]
    assert_verbatim(answer, answerer)
    assert answer.notice == NOTICE and NOTICE in answer.markdown
    assert "Tumor Formation and Uncontrolled Cell Growth" in answer.markdown


@pytest.mark.parametrize(
    "question",
    ["Any side effects?", "What are the side effects of stem cell therapy?", "Are there any adverse effects?"],
)
def test_a_broad_side_effects_question_lists_the_common_and_the_serious_ones(answerer, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(question)
    assert answer.status == "answered"
    for heading in ("Common Side Effects of Stem Cell Therapy", "Less Common but Serious Side Effects"):
        assert f"“{heading}”" in answer.markdown
    for section in ("1\\. Pain and Swelling", "5\\. Blood Clots", "6\\. Neurological", "8\\. Unregulated"):
        assert f"- {section}" in answer.markdown
    groups = {q.section[0] for q in answer.quotes[:2]}
    assert groups & set("12345") and groups & set("678")  # the first two quotes: one of each kind
    assert_verbatim(answer, answerer)


def test_the_words_of_a_heading_choose_its_side_effects(answerer) -> None:  # type: ignore[no-untyped-def]
    common = answerer.ask("What are the most common side effects?")
    assert "“Common Side Effects of Stem Cell Therapy”" in common.markdown and "“Less Common" not in common.markdown
    serious = answerer.ask("Which side effects are serious?")
    assert "“Less Common but Serious Side Effects”" in serious.markdown
    assert "“Common Side Effects" not in serious.markdown


@pytest.mark.parametrize(
    ("question", "chosen", "left_out"),
    [
        ("What are the typical side effects of stem cell therapy?", "“Common Side Effects", "“Less Common"),
        ("Which side effects are rare?", "“Less Common but Serious Side Effects”", "“Common Side Effects"),
    ],
)
def test_everyday_words_for_how_often_choose_a_group(answerer, question: str, chosen: str, left_out: str) -> None:  # type: ignore[no-untyped-def]
    # knowledge/concepts.txt: typical => common, rare => less common; the overview reads the expansion too
    answer = answerer.ask(question)
    assert chosen in answer.markdown and left_out not in answer.markdown
    assert_verbatim(answer, answerer)


@pytest.mark.parametrize(
    "question",
    [
        "What are the downsides of stem cell injections?",
        "Is it risky?",
        "Any dangers?",
        "What could go wrong?",
        "What are the drawbacks?",
        "Is it harmful?",
    ],
)
def test_everyday_words_for_risk_are_answered(answerer, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(question)
    assert answer.status == "answered" and answer.quotes, answer.markdown[:200]
    assert "only as a possible side effect" not in answer.markdown
    assert_verbatim(answer, answerer)


def test_out_of_scope_question_says_so_and_lists_topics(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("How much does it cost?")
    assert answer.status == "no_match" and answer.quotes == ()
    assert "doesn't cover costs" in answer.markdown
    assert "Blood Clots and Pulmonary Embolism" in answer.markdown
    assert NOTICE in answer.markdown and answer.suggestions
    unrelated = answerer.ask("What is the capital of France?")
    assert unrelated.status == "no_match" and "couldn't find" in unrelated.markdown


def test_emergency_comes_first(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("chest pain and I can't breathe after my injection")
    assert answer.status == "urgent" and answer.urgent["tier"] == "emergency"
    first_block = answer.markdown.split("\n\n")[:2]
    assert first_block[0] == "#### ⚠️ This may be a medical emergency" and "emergency number" in first_block[1]
    assert NOTICE in answer.markdown
    assert_verbatim(answer, answerer)


def test_crisis_gets_the_crisis_line_and_no_quotes(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("I don't want to live anymore")
    assert answer.status == "urgent" and answer.urgent["tier"] == "crisis"
    assert "988" in answer.markdown and answer.quotes == ()


def test_mild_symptom_is_answered_with_a_see_your_doctor_flag(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("I have a mild fever after the injection, is that an infection?")
    assert answer.status == "answered" and answer.urgent["tier"] == "soon"
    assert answer.markdown.index("contact your doctor") < answer.markdown.index("Here is what")


@pytest.mark.parametrize("bad", ["", "   ", "a" * 1001, "what\x07 is this", "<img src=x onerror=alert(1)>", "🙂🙂"])
def test_bad_input_is_invalid_with_a_message_and_the_notice(answerer, bad: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(bad)
    assert answer.status == "invalid" and answer.quotes == ()
    assert NOTICE in answer.markdown and "<img" not in answer.markdown


def test_markdown_in_a_question_is_answered_not_rendered(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("can stem cells cause **cancer** [click](javascript:x)?")
    assert answer.status in {"answered", "no_match"}
    assert "javascript" not in answer.markdown


_ASKED = [
    "Can stem cell therapy cause seizures?",
    "Can stem cells cause cancer?",
    "is the injection painful",
    "How much does it cost?",
    "what are the risks of going abroad for treatment",
    "can I get a blood clot from the treatment",
]
_ADDRESSES = [
    "![x](http://evil.example/a.png)",
    '![](https://evil.example/a.png "title")',
    "http://evil.example/a.png",
    "(https://www.example.org/page?id=3)",
    "<https://example.org/x>",
    "www.example.com/stem-cells",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=st.sampled_from(_ASKED), address=st.sampled_from(_ADDRESSES), at=st.integers(min_value=0, max_value=12))
def test_a_web_address_or_markdown_image_in_a_question_does_not_change_the_answer(
    answerer, question: str, address: str, at: int
) -> None:  # type: ignore[no-untyped-def]
    """ "cause ![x](http://evil.example/a.png) seizures?" was answered with the introduction, where "cause seizures?"
    gets "doesn't mention seizures" (seventh outside trial): an address's words are not the question's."""
    words = question.split()
    at = min(at, len(words))
    decorated = " ".join([*words[:at], address, *words[at:]])
    plain, asked = answerer.ask(question), answerer.ask(decorated)
    assert (asked.status, asked.urgent) == (plain.status, plain.urgent), decorated
    assert [q.section for q in asked.quotes][:1] == [q.section for q in plain.quotes][:1], decorated
    assert "evil.example" not in asked.markdown


def test_a_markdown_link_is_read_as_its_text(answerer) -> None:  # type: ignore[no-untyped-def]
    linked = answerer.ask("Can stem cells cause [cancer](http://evil.example/x)?")
    assert linked.status == "answered" and "Tumor" in linked.quotes[0].section and "evil" not in linked.markdown
    assert answerer.ask("http://evil.example/a.png").status == "invalid"  # nothing left to read
    # a target with parentheses, as CommonMark allows (twelfth outside trial: the question came back whole)
    scripted = answerer.ask("Can stem cells cause [cancer](javascript:alert(1))?")
    assert scripted.question == "Can stem cells cause cancer?" and "javascript" not in scripted.markdown


def test_asking_whether_clinics_abroad_are_safe_is_answered_from_the_clinics_section(answerer) -> None:  # type: ignore[no-untyped-def]
    """ "are clinics in mexico safe?" was refused as "laws, regulation and approval" by the example "Are clinics in
    Mexico regulated?" (seventh outside trial); section 8 answers it. A question about who regulates them is still
    out of scope."""
    for question in (
        "are clinics in mexico safe?",
        "Are clinics in Mexico safe?",
        "is it safe to get stem cells in mexico",
    ):
        answer = answerer.ask(question)
        assert answer.status == "answered" and answer.quotes[0].section.startswith("8."), question
    assert answerer.ask("Which agency regulates stem cell clinics in Mexico?").status == "no_match"


def test_suggestions_are_questions_the_bot_answers(answerer) -> None:  # type: ignore[no-untyped-def]
    for suggestion in answerer.ask("Will the injection hurt?").suggestions:
        assert answerer.ask(suggestion).status == "answered", suggestion


def test_every_status_has_the_contract_fields(answerer) -> None:  # type: ignore[no-untyped-def]
    for question in ["Can stem cells cause cancer?", "capital of France?", "chest pain now", ""]:
        body = answerer.ask(question).as_dict()
        assert set(body) == {"id", "status", "question", "quotes", "notice", "urgent", "suggestions", "markdown"}
        assert isinstance(body["id"], str) and body["id"]
        assert body["notice"] and body["notice"] in body["markdown"]
        for q in body["quotes"]:
            assert {"document", "title", "section", "text", "score", "start", "end", "source_url"} <= set(q)


def test_broad_question_gets_an_overview_of_its_group(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("Which side effects are the serious ones?")
    assert answer.status == "answered"
    assert "Less Common but Serious Side Effects" in answer.markdown
    for heading in (
        "6. Neurological Complications",
        "7. Autoimmune Reactions",
        "8. Unregulated Clinics and Safety Concerns",
    ):
        assert heading.replace(".", "\\.", 1) in answer.markdown
    assert {q.section for q in answer.quotes} <= {
        "6. Neurological Complications",
        "7. Autoimmune Reactions",
        "8. Unregulated Clinics and Safety Concerns",
    }


def test_highlights_are_whole_sentences_inside_the_quote(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("Can stem cell therapy cause nerve damage?")
    quote = answer.quotes[0]
    assert quote.section == "6. Neurological Complications"
    assert quote.highlights and len(quote.highlights) < 2  # the answering sentence, not the whole passage
    ((start, end),) = quote.highlights
    sentence = quote.text[start - quote.start : end - quote.start]
    assert "nerve damage" in sentence and sentence.endswith(".")
    assert f"**{sentence}**" in answer.markdown.replace("\\", "")
    body = answer.as_dict()["quotes"][0]
    assert body["highlights"] == [{"start": start, "end": end}]


def test_questions_the_article_does_not_cover_say_what_is_missing(answerer) -> None:  # type: ignore[no-untyped-def]
    assert (
        "doesn't mention hair loss"
        in answerer.ask("can stem cell therapy make my hair fall out, like hair loss?").markdown
    )
    answer = answerer.ask("Will insurance pay for it?")
    assert answer.status == "no_match" and "insurance" in answer.markdown


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # tenth outside trial: the blood-clot passage (which never names a stroke), the introduction's "has gained"
        # with the publisher's advert, and immune rejection for graft-versus-host disease were quoted
        ("can stem cell therapy cause a stroke?", "stroke"),
        ("can stem cell therapy make me gain weight", "weight gain"),
        ("can stem cell transplant cause graft versus host disease", "graft versus host disease"),
    ],
)
def test_an_effect_the_article_never_names_is_said_to_be_missing(answerer, question: str, missing: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(question)
    assert answer.status == "no_match" and not answer.quotes, question
    assert "doesn't mention" in answer.markdown and missing in answer.markdown, answer.markdown[:200]


@pytest.mark.parametrize(
    ("question", "section"),
    [
        (
            "I had stem cell injections in my knee for osteoarthritis and now it's swollen, is that normal?",
            "1. Pain and Swelling at the Injection Site",
        ),
        ("I was diagnosed with lupus last year, is stem cell therapy risky for me?", "7. Autoimmune Reactions"),
        ("I'm scheduled for stem cell therapy next week, what is the infection risk?", "2. Risk of Infection"),
        ("I got the injection for back pain and now I have a headache and feel dizzy", "6. Neurological Complications"),
        ("I take blood thinners, can stem cells cause clots?", "5. Blood Clots and Pulmonary Embolism"),
    ],
)
def test_questions_with_context_are_answered_from_the_right_section(answerer, question: str, section: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(question)
    assert answer.status == "answered" and answer.quotes[0].section == section, (question, answer.status)


def test_a_lump_where_the_needle_went_in_is_swelling_first_and_a_growth_second(answerer) -> None:  # type: ignore[no-untyped-def]
    # knowledge/concepts.txt: lump => swelling, tumor formation; the question's other words order the two
    at_site = answerer.ask("I have a lump where they injected the stem cells, is that normal?")
    assert [q.section for q in at_site.quotes[:2]] == [
        "1. Pain and Swelling at the Injection Site",
        "4. Tumor Formation and Uncontrolled Cell Growth",
    ]
    growth = answerer.ask("Could a lump months after stem cell treatment be a tumor?")
    assert growth.quotes[0].section == "4. Tumor Formation and Uncontrolled Cell Growth"
    after_a_shot = answerer.ask("Is it normal to have a lump after you get a shot?")
    assert (
        after_a_shot.status == "no_match"
        and "covers pain and swelling at the injection site only" in after_a_shot.markdown
    )


def test_an_effect_the_article_never_names_is_refused_and_a_misspelt_one_is_found(answerer) -> None:  # type: ignore[no-untyped-def]
    seizures = answerer.ask("can stem cell therapy cause seizures")
    assert seizures.status == "no_match" and "The article doesn't mention “seizures”." in seizures.markdown
    tumours = answerer.ask("do stem cells cause tumers")
    assert (
        tumours.status == "answered" and tumours.quotes[0].section == "4. Tumor Formation and Uncontrolled Cell Growth"
    )
    death = answerer.ask("can stem cell therapy cause death")
    assert death.quotes[0].section == "5. Blood Clots and Pulmonary Embolism"  # "life-threatening"


def test_worth_it_is_refused_and_the_worst_that_can_happen_gets_the_serious_ones(answerer) -> None:  # type: ignore[no-untyped-def]
    worth = answerer.ask("is it worth it")
    assert worth.status == "no_match" and "whether it works" in worth.markdown  # not the clinic's closing pitch
    assert answerer.ask("is stem cell therapy worth it despite the risks?").status == "answered"
    worst = answerer.ask("Whats the worst that can happen")
    assert worst.status == "answered" and "“Less Common but Serious Side Effects”" in worst.markdown


def test_another_treatments_side_effects_and_a_misspelt_short_word(answerer) -> None:  # type: ignore[no-untyped-def]
    prp = answerer.ask("what are the side effects of PRP injections")
    assert prp.status == "no_match" and "not of other treatments" in prp.markdown
    cels = answerer.ask("can stem cels cause tumers")  # "cels": a letter left out of "cells"
    assert cels.status == "answered" and cels.quotes[0].section == "4. Tumor Formation and Uncontrolled Cell Growth"


def test_a_how_long_question_highlights_the_sentence_that_says_how_long(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("how long does the soreness last after the shot")
    quote = answer.quotes[0]
    assert quote.section == "1. Pain and Swelling at the Injection Site"
    assert any("lasting a few days" in quote.text[s - quote.start : e - quote.start] for s, e in quote.highlights)
    assert_verbatim(answer, answerer)


@pytest.mark.integration
def test_every_suggestion_the_bot_offers_quotes_its_section_and_alarms_nobody(answerer) -> None:  # type: ignore[no-untyped-def]
    """The chat offers "Tell me about <section>" after answers and refusals; pressing one must quote that section
    (a fifth outside trial found "Tell me about final thoughts" raising the crisis box, and "...blood clots and
    pulmonary embolism" refused as a general question)."""
    from bot.composer import suggestion_for

    sections = dict.fromkeys(p.section for p in answerer.data.passages if p.level > 0)  # the sections it offers
    assert len(sections) >= 10
    for section in sections:
        asked = suggestion_for(section)
        answer = answerer.ask(asked)
        assert answer.status == "answered" and answer.urgent is None, (asked, answer.status, answer.markdown[:200])
        assert answer.quotes[0].section == section, (asked, [q.section for q in answer.quotes])
        # ...whatever the case or a full stop
        assert answerer.ask(asked.upper() + ".").quotes[0].section == section, asked


@pytest.mark.parametrize(
    ("typed", "section"),
    [
        ("Blood Clots and Pulmonary Embolism", "5. Blood Clots and Pulmonary Embolism"),
        ("immune system reactions", "3. Immune System Reactions"),
        ("Tell me about immune system reactions.", "3. Immune System Reactions"),
    ],
)
def test_a_topic_typed_as_the_bot_lists_it_gets_its_section(answerer, typed: str, section: str) -> None:  # type: ignore[no-untyped-def]
    """Every refusal lists the topics; one typed or pasted from that list ("Blood Clots and Pulmonary Embolism") had
    raised "call 911", and "Immune System Reactions" was refused (eighth outside trial)."""
    answer = answerer.ask(typed)
    assert answer.status == "answered" and answer.urgent is None and answer.quotes[0].section == section


@pytest.mark.parametrize(
    "question", ["should I go to Regenamex", "is regenamex good", "Regenamex reviews", "is regenamex safe"]
)
def test_an_opinion_of_the_publisher_is_a_recommendation_the_bot_does_not_give(answerer, question: str) -> None:  # type: ignore[no-untyped-def]
    """ "should I go to Regenamex" quoted the article's advert as the answer (eighth outside trial)."""
    answer = answerer.ask(question)
    assert answer.status == "no_match" and answer.quotes == () and "can't recommend" in answer.markdown


def test_what_the_publisher_says_is_still_quoted(answerer) -> None:  # type: ignore[no-untyped-def]
    assert answerer.ask("what does regenamex say about the risks").status == "answered"


def test_a_question_for_the_signs_highlights_the_sentence_that_lists_them(answerer) -> None:  # type: ignore[no-untyped-def]
    # tenth outside trial: only "Any medical procedure … carries a risk of infection" was highlighted
    answer = answerer.ask("how do I know if the injection site is infected")
    quote = answer.quotes[0]
    sentences = [quote.text[s - quote.start : e - quote.start] for s, e in quote.highlights]
    assert quote.section == "2. Risk of Infection" and any("fever, chills" in s for s in sentences), sentences


def test_the_publishers_advert_is_never_quoted_as_an_answer(answerer) -> None:  # type: ignore[no-untyped-def]
    # eleventh outside trial: a frightened carer was quoted "contact Regenamex today … Don't leave your future to chance"
    answer = answerer.ask("my mum is not well after stem cells what do i do")
    assert not any("contact Regenamex today" in q.text for q in answer.quotes), [q.section for q in answer.quotes]


def test_a_word_of_the_readers_own_language_is_no_missing_term(answerer) -> None:  # type: ignore[no-untyped-def]
    # eleventh outside trial: "The article doesn't mention “hijo”"
    answer = answerer.ask("mi hijo has a little bit of swelling on his hip where they took the bone marrow, normal?")
    assert "hijo" not in answer.markdown.split("I can answer")[0], answer.markdown[:200]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # fifteenth outside trial: under "contact your doctor today" the first quote said the reaction is "typically
        # mild and temporary", and a swollen leg's quotes left out the blood-clot section
        ("my knee is really swollen hot and red 4 days after the injection and it hurts more not less",
         "2. Risk of Infection"),
        ("My injection site is getting redder and more swollen every day", "2. Risk of Infection"),
        ("one leg is a bit swollen and achy since the treatment, no breathing problems",
         "5. Blood Clots and Pulmonary Embolism"),
    ],
)
def test_under_an_amber_alert_the_section_its_sign_belongs_to_is_quoted_first(answerer, question: str, first: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(question)
    assert answer.status == "answered" and answer.urgent is not None and answer.urgent["tier"] == "soon"
    assert answer.quotes[0].section == first
    assert_verbatim(answer, answerer)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # fifteenth outside trial: refused, but for an odd reason ("who can have the treatment" for a poem about a
        # cat; "covers pain and swelling at the injection site only as a possible side effect" for a football game)
        ("write me a poem about my cat lol", "I don't write poems"),
        ("who won the game last nite", "I couldn't find an answer to that in the article"),
    ],
)
def test_an_off_topic_request_is_refused_for_its_own_reason(answerer, question: str, reply: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(question)
    assert answer.status == "no_match" and answer.markdown.startswith(reply), answer.markdown[:120]
    assert "only as a possible side effect" not in answer.markdown
