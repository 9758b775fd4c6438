"""Answer kinds (bot/answer_kinds.py, bot/data/answer_kinds.yaml): the kind of answer a question asks for,
checked against what a passage can give."""

from __future__ import annotations

import pytest

from bot.answer_kinds import AnswerKind, AnswerKinds, answer_kinds, refusal
from bot.knowledge import parse_text

KINDS = answer_kinds().kinds
DOC = parse_text(
    "---\ntitle: Guide\n---\nThis guide explores the possible complications.\n\n"
    "## Infection\n\nAn infection can follow the injection.\n\n## Figures\n\nOne in ten patients had a fever.\n",
    "guide",
)
P = {p.section: p for p in DOC.passages}


@pytest.mark.parametrize(("kind", "question"), [(k, q) for k in KINDS for q in k.ask])
def test_each_kind_is_asked_by_its_examples(kind: AnswerKind, question: str) -> None:
    assert answer_kinds().asked(question) is kind


@pytest.mark.parametrize(("kind", "question"), [(k, q) for k in KINDS for q in k.other])
def test_other_examples_do_not_ask_for_it(kind: AnswerKind, question: str) -> None:
    assert not kind.asked_by(question)


FIGURES = AnswerKind.from_data(
    {
        "kind": "figures",
        "cues": ["what proportion", "how many patients"],
        "passage_needs": {"number": True},
        "when_none": "refuse",
    }
)


def test_a_figure_needs_a_number_in_the_passage() -> None:
    assert FIGURES.asked_by("What proportion of patients get an infection?")
    assert FIGURES.given_by(P["Figures"]) and not FIGURES.given_by(P["Infection"])
    assert refusal(FIGURES) == "The article gives no figures."


def test_the_risks_need_a_named_risk_not_an_announcement() -> None:
    risks = next(k for k in KINDS if k.when_none == "rank")
    intro = next(p for p in DOC.passages if p.is_introduction)
    assert risks.given_by(P["Infection"]) and not risks.given_by(intro)


def test_a_kind_without_what_a_passage_needs_is_reported() -> None:
    with pytest.raises(ValueError, match="passage_needs"):
        AnswerKind.from_data({"kind": "x", "cues": ["how many"], "when_none": "refuse"})
    with pytest.raises(ValueError, match="when_none"):
        AnswerKind.from_data(
            {"kind": "x", "cues": ["how many"], "when_none": "maybe", "passage_needs": {"number": True}}
        )


@pytest.mark.integration
def test_answerer_puts_a_passage_naming_risks_first(answerer) -> None:  # type: ignore[no-untyped-def]
    # asked in general, the risks get the article's lists of side effects, and quotes that name one
    risks = answerer.ask("What are the risks of stem cell therapy?")
    assert risks.status == "answered" and risks.quotes[0].section[0].isdigit()
    assert "“Common Side Effects of Stem Cell Therapy”" in risks.markdown
    assert "“Less Common but Serious Side Effects”" in risks.markdown
    # asked of one thing, they do not: its own section comes first
    spine = answerer.ask("What are the risks of injecting stem cells into the spine?")
    assert spine.quotes[0].section == "6. Neurological Complications" and "The article lists" not in spine.markdown
    assert answerer.ask("How likely is an infection after the injection?").status == "answered"


def test_overview_must_be_true_or_false() -> None:
    with pytest.raises(ValueError, match="overview must be true or false"):
        AnswerKind.from_data(
            {"kind": "x", "cues": ["risks"], "when_none": "rank", "passage_needs": {"words": ["x"]}, "overview": "yes"}
        )
    assert next(k for k in KINDS if k.when_none == "rank").overview


def test_refuse_kind_refuses_only_when_no_passage_has_it(answerer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import bot.answerer

    monkeypatch.setattr(bot.answerer, "answer_kinds", lambda: AnswerKinds((FIGURES,)))
    answer = answerer.ask("What proportion of patients get an infection, roughly?")
    assert answer.status == "no_match" and "The article gives no figures." in answer.markdown
