"""The editor's out-of-scope rules (knowledge/out_of_scope.yaml): words and examples, no regular expressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.indexer import build_index
from bot.scope_rules import SCOPE_RULES_FILE, ScopeRules, read_scope_rules
from tests.conftest import KNOWLEDGE
from tests.fakes import HashEmbedder

SHIPPED = read_scope_rules(KNOWLEDGE)


@pytest.mark.parametrize(
    ("topic", "question"), [(r.topic, q) for r in SHIPPED.rules for q in r.refuse], ids=lambda v: str(v)[:40]
)
def test_every_refuse_example_is_refused_by_its_entry(topic: str, question: str) -> None:
    found = SHIPPED.find(question)
    assert found is not None and found.rule.topic == topic, (question, found)


@pytest.mark.parametrize("question", [q for r in SHIPPED.rules for q in r.answer], ids=lambda v: str(v)[:40])
def test_every_answer_example_is_refused_by_no_entry(question: str) -> None:
    assert SHIPPED.find(question) is None


def test_every_entry_carries_examples_to_refuse() -> None:
    assert SHIPPED.rules and all(r.refuse for r in SHIPPED.rules)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("will my insurence pay for it", "insurance"),  # a typo of a listed word
        ("Why doesn't Medicare cover stem cells?", "insurance"),  # no negation: it is still about insurance
        ("How much are the fees at the clinic?", "costs and prices"),
        ("what are the chances of success for my knee", "whether it works, success rates and statistics"),
    ],
)
def test_other_wordings_of_a_kind(question: str, topic: str) -> None:
    found = SHIPPED.find(question)
    assert found is not None and found.rule.topic == topic, found


def _write(folder: Path, text: str) -> Path:
    path = folder / SCOPE_RULES_FILE
    path.write_text(text, encoding="utf-8")
    return path


def _problems(folder: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as err:
        read_scope_rules(folder)
    return err.value.problems


def test_a_failing_example_names_the_line_of_its_entry(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "rules:\n"
        "  - topic: costs\n"
        "    phrases: [cost, price]\n"
        "    examples:\n"
        "      refuse: ['How much are the fees?']\n"
        "  - topic: insurance\n"
        "    phrases: [insurance, cover]\n"
        "    examples:\n"
        "      refuse: [does insurance pay]\n"
        "      answer: ['Does a bandage cover the wound?']\n",
    )
    problems = _problems(tmp_path)
    assert any(p.startswith(f"{path}:2: costs: the example 'How much are the fees?'") for p in problems), problems
    assert any(p.startswith(f"{path}:6: insurance: the example 'Does a bandage cover the wound?'") for p in problems)
    assert any("unless" in p for p in problems)


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("rules:\n  - topic: costs\n    phrases: [cost\n", 4, "not valid YAML"),
        ("rules:\n  - topic: costs\n    phrases: [cost]\n    phrases: [fee]\n", 4, "given twice"),
        ("rules:\n  - phrases: [cost]\n", 2, "needs a 'topic'"),
        ("rules:\n  - topic: costs\n    phrase: [cost]\n    examples: {refuse: ['cost?']}\n", 2, "unknown keys"),
        ("rules:\n  - topic: costs\n    examples: {refuse: ['cost?']}\n", 2, "give 'phrases' or 'together'"),
        ("rules:\n  - topic: costs\n    phrases: [cost]\n", 2, "add examples.refuse"),
        (
            "rules:\n  - topic: a\n    phrases: [x1]\n    examples: {refuse: [x1]}\n"
            "  - topic: a\n    phrases: [x2]\n    examples: {refuse: [x2]}\n",
            5,
            "used twice",
        ),
        ("rules:\n  - topic: c\n    together: {within: 3, words: [[a]]}\n    examples: {refuse: [a]}\n", 2, "together"),
        ("- topic: costs\n", 1, "expected one key, 'rules'"),
    ],
)
def test_mistakes_in_the_file_name_their_line(tmp_path: Path, text: str, line: int, says: str) -> None:
    path = _write(tmp_path, text)
    problems = _problems(tmp_path)
    assert any(p.startswith(f"{path}:{line}:") and says in p for p in problems), problems


def test_the_old_regular_expression_file_is_named_not_silently_ignored(tmp_path: Path) -> None:
    (tmp_path / "out_of_scope.txt").write_text("costs: \\bcost\\b\n", encoding="utf-8")
    problems = _problems(tmp_path)
    assert len(problems) == 1 and "out_of_scope.txt:1:" in problems[0] and SCOPE_RULES_FILE in problems[0]


def test_no_file_means_no_rules(tmp_path: Path) -> None:
    assert read_scope_rules(tmp_path).find("how much does it cost") is None


def test_rules_round_trip_as_data() -> None:
    again = ScopeRules.from_data(SHIPPED.as_data())
    for question in ["how much does it cost", "Can you recommend a clinic?", "can stem cells cause tumors"]:
        a, b = SHIPPED.find(question), again.find(question)
        assert (a and a.rule.topic) == (b and b.rule.topic)
    assert ScopeRules.from_data([["costs", "\\bcost\\b"]]).find("cost") is None  # an older manifest's entries


def test_providers_get_a_reply_saying_the_bot_does_not_recommend_them() -> None:
    found = SHIPPED.find("Can you recommend a clinic?")
    assert found is not None and "can't recommend" in found.rule.message
    costs = SHIPPED.find("how much does it cost")
    assert costs is not None and costs.rule.message == "The article doesn't cover costs and prices."


SECOND_ARTICLE = """---
title: Life after a stem cell injection
---

## Alcohol and Exercise After Treatment

Most clinics advise avoiding alcohol for a few days after the injection, and starting gentle exercise after a week.

## Going Home

Keep the bandage dry for a day.
"""


def test_index_warns_when_an_entry_matches_a_second_articles_heading(
    knowledge_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A rule about alcohol and exercise would refuse the questions of an article about exactly that: say so."""
    from bot.indexer import build_index
    from tests.fakes import HashEmbedder

    (knowledge_copy / "life-after-treatment.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    with caplog.at_level("WARNING", logger="faqbot"):
        report = build_index(knowledge_copy, tmp_path / "index", HashEmbedder())
    line = next(r.line for r in read_scope_rules(knowledge_copy).rules if r.topic.startswith("life after"))
    heading = [w for w in report.warnings if "'Alcohol and Exercise After Treatment'" in w]
    assert heading and heading[0].startswith(f"{knowledge_copy / SCOPE_RULES_FILE}:{line}: the entry 'life after")
    assert "life-after-treatment.md" in heading[0] and "unless" in heading[0]
    assert any("life-after-treatment.md:7" in w for w in report.warnings)  # its text, with the line
    assert not any("stem-cell-therapy-side-effects.md" in w for w in report.warnings)  # the shipped article: none
    assert heading[0] in caplog.text


def test_faqbot_index_prints_the_warning(knowledge_copy: Path, tmp_path: Path) -> None:
    from tests.test_cli import faqbot

    (knowledge_copy / "life-after-treatment.md").write_text(SECOND_ARTICLE, encoding="utf-8")
    result = faqbot("index", "--knowledge", str(knowledge_copy), "--index", str(tmp_path / "index"))
    assert result.returncode == 0, result.stderr
    assert "WARNING:" in result.stderr and "'Alcohol and Exercise After Treatment'" in result.stderr


def test_the_scope_rules_read_the_same_whether_or_not_the_red_flags_were_loaded_first() -> None:
    # Both lists read their words with one reader; the red-flag list's lay words ("threw up" as "vomiting") and
    # skipped words ("fucking") apply to it alone, whatever was loaded before.
    from bot.flag_list import load_rules
    from bot.scope_rules import ScopeRule

    rule = ScopeRule(topic="hangovers", line=1, phrases=("threw up after drinking", "fucking hangover"))

    def read() -> list[object]:
        return [(f.phrases, f.groups, f.unless) for f in ScopeRules([*SHIPPED.rules, rule])._engine.flags]

    before = read()
    load_rules()
    assert read() == before
    assert ScopeRules([rule]).find("I threw up after drinking last night") is not None


def test_an_emptied_calibration_file_stops_the_build_and_a_missing_one_is_told(
    knowledge_copy: Path, tmp_path: Path, caplog
) -> None:  # type: ignore[no-untyped-def]
    """Ninth outside trial, D8: an empty calibration.jsonl (a bad merge, a failed save) built with the threshold at 0
    and refused ordinary questions. It is now a problem naming the file; a missing file builds with a warning."""
    from bot.errors import KnowledgeError

    (knowledge_copy / "calibration.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as refused:
        build_index(knowledge_copy, tmp_path / "index", HashEmbedder())
    assert "calibration.jsonl:1: holds no ANSWERABLE or OUT_OF_SCOPE questions" in str(refused.value)
    (knowledge_copy / "calibration.jsonl").unlink()
    with caplog.at_level("WARNING", logger="faqbot"):
        build_index(knowledge_copy, tmp_path / "index", HashEmbedder())
    assert any("calibration.jsonl is missing" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("emptied", [True, False])
def test_an_empty_or_missing_out_of_scope_file_is_told_at_build(
    knowledge_copy: Path, tmp_path: Path, caplog, emptied: bool
) -> None:  # type: ignore[no-untyped-def]
    path = knowledge_copy / SCOPE_RULES_FILE
    if emptied:
        path.write_text("", encoding="utf-8")
    else:
        path.unlink()
    with caplog.at_level("WARNING", logger="faqbot"):
        build_index(knowledge_copy, tmp_path / "index", HashEmbedder())
    assert any(f"{path} has no entries" in r.getMessage() for r in caplog.records)
