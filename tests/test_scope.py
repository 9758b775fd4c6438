"""Out-of-scope kinds described by example questions: the editor's file, and refusals by meaning."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.errors import KnowledgeError
from bot.scope import EXAMPLES_FILE, Scope, read_examples


def test_examples_file_is_read_with_topics(tmp_path: Path) -> None:
    (tmp_path / EXAMPLES_FILE).write_text(
        "# comment\n[costs]\nHow much is it?\nIs it expensive?\n\n[evidence]\nDoes it work?\n"
    )
    examples = read_examples(tmp_path)
    assert [(e.topic, e.question, e.line) for e in examples] == [
        ("costs", "How much is it?", 3),
        ("costs", "Is it expensive?", 4),
        ("evidence", "Does it work?", 7),
    ]


def test_mistakes_in_the_examples_file_name_their_line(tmp_path: Path) -> None:
    (tmp_path / EXAMPLES_FILE).write_text("How much is it?\n[empty]\n[costs]\nIs it expensive?\n")
    with pytest.raises(KnowledgeError) as err:
        read_examples(tmp_path)
    assert err.value.problems == [
        f"{tmp_path / EXAMPLES_FILE}:1: an example question before any [topic] line; add the topic above it.",
        f"{tmp_path / EXAMPLES_FILE}:2: [empty] has no example questions under it.",
    ]


def test_no_file_means_no_scope_refusals(tmp_path: Path) -> None:
    assert read_examples(tmp_path) == []
    assert Scope().topic(np.ones(4, np.float32) / 2, 0.0) is None


def test_refuses_only_what_is_closer_to_an_example_than_to_an_answerable_question() -> None:
    e1, e2, e3 = np.eye(3, dtype=np.float32)
    scope = Scope(topics=("costs",), examples=np.stack([e1]), answerable=np.stack([e2]))
    assert scope.topic(e1, best_passage=0.1) == "costs"
    assert scope.topic(e2, best_passage=0.1) is None  # an answerable kind of question
    assert scope.topic(e3, best_passage=0.1) is None  # like nothing at all
    assert scope.topic(e1, best_passage=0.9) is None  # a passage answers it clearly: never refused


@pytest.mark.integration
@pytest.mark.parametrize(
    "question",
    ["Can you recommend a good stem cell clinic near Dallas?", "What is an autoimmune disease?"],
)
def test_real_model_refuses_kinds_the_article_does_not_answer(answerer, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask(question)
    assert answer.status == "no_match" and answer.quotes == ()
    # A request for a provider is told the bot does not recommend providers (issue 10); a general health question
    # is told the article covers its condition only as a side effect (bot/general.py); other kinds are named.
    said = (
        "can't recommend"
        if "recommend" in question
        else "only as a possible side effect"
        if "autoimmune" in question
        else "doesn't cover"
    )
    assert said in answer.markdown and answer.notice in answer.markdown


@pytest.mark.integration
@pytest.mark.parametrize(
    "question",
    ["Can stem cell therapy cause blood clots?", "Is swelling at the injection site normal?"],
)
def test_real_model_still_answers_what_the_article_answers(answerer, question: str) -> None:  # type: ignore[no-untyped-def]
    assert answerer.ask(question).status == "answered"


def test_an_example_that_means_an_answerable_calibration_question_is_reported(
    knowledge_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Two labels that contradict each other: the example can never refuse, and `faqbot index` names its line."""
    from bot.calibration import CALIBRATION_FILE
    from bot.indexer import build_index
    from tests.fakes import HashEmbedder

    answerable = next(
        line.split('"question": "')[1].split('"')[0]
        for line in (knowledge_copy / CALIBRATION_FILE).read_text(encoding="utf-8").splitlines()
        if '"ANSWERABLE"' in line
    )
    path = knowledge_copy / EXAMPLES_FILE
    path.write_text(path.read_text(encoding="utf-8") + f"\n[a contradiction]\n{answerable}\n", encoding="utf-8")
    line = len(path.read_text(encoding="utf-8").splitlines())
    with caplog.at_level("WARNING", logger="faqbot"):
        report = build_index(knowledge_copy, tmp_path / "index", HashEmbedder())
    found = [w for w in report.warnings if w.startswith(f"{path}:{line}: the out-of-scope example")]
    assert found and "calls answerable" in found[0] and found[0] in caplog.text
    assert len([w for w in report.warnings if "out-of-scope example" in w]) == 1  # the shipped files: none


def test_the_shipped_examples_contradict_no_answerable_question(answerer) -> None:  # type: ignore[no-untyped-def]
    from bot.scope import SAME_MEANING

    scope = answerer._scope_of
    assert len(scope.topics) > 50
    assert float((scope.examples @ scope.answerable.T).max()) < SAME_MEANING


def test_headings_no_answerable_question_expects_stand_for_questions() -> None:
    from types import SimpleNamespace

    from bot.scope import uncovered_headings

    named = ("Risk of Infection", "Aftercare", "Aftercare", "", "The Article's Title")
    passages = [SimpleNamespace(section=s, level=0 if s.startswith("The") else 2) for s in named]
    asked = [SimpleNamespace(expected_sections=("Risk of Infection",))]
    assert uncovered_headings(passages, asked) == ["Aftercare"]  # not the introduction under the title
