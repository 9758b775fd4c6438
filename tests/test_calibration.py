"""The abstention threshold: chosen with out-of-scope questions that reach it, on the score the server compares."""

from __future__ import annotations

import pytest

from bot.calibration import Scored, choose_threshold


def _scored(answerable: list[float], negatives: list[float]) -> list[Scored]:
    return [Scored("ANSWERABLE", s, True) for s in answerable] + [Scored("OUT_OF_SCOPE", s, False) for s in negatives]


def test_without_negatives_the_threshold_is_the_highest_within_the_false_abstention_limit() -> None:
    answerable = [0.30 + i / 100 for i in range(100)]
    t = choose_threshold(_scored(answerable, []))
    assert sum(s < t for s in answerable) == 2  # 2% of 100 may be refused


def test_negatives_below_the_answerable_scores_are_all_refused_and_no_answerable_one_is() -> None:
    answerable = [0.5 + i / 100 for i in range(40)]
    negatives = [0.1, 0.2, 0.3]
    t = choose_threshold(_scored(answerable, negatives))
    assert all(n < t for n in negatives) and all(a >= t for a in answerable)
    assert t == pytest.approx(0.4)  # the middle of the gap between the two kinds


def test_a_threshold_refuses_no_answerable_question_when_that_buys_no_negative() -> None:
    answerable = [0.2] + [0.5 + i / 100 for i in range(99)]
    negatives = [0.8, 0.9]  # nothing separates them: raising the threshold would only refuse answerable ones
    t = choose_threshold(_scored(answerable, negatives))
    assert t <= 0.2


@pytest.mark.integration
@pytest.mark.parametrize("question", ["What are the serious side effects?", "Can stem cells cause cancer?", "cost"])
def test_the_best_score_does_not_depend_on_how_many_passages_are_asked_for(answerer, question: str) -> None:  # type: ignore[no-untyped-def]
    retriever = answerer.retriever
    text = retriever.query_text(question)
    vector = answerer.embedder.encode([text])[0]
    bests = {retriever.search(question, vector, k=k, expanded=text).best for k in (1, 3, 4, 10)}
    assert len(bests) == 1
