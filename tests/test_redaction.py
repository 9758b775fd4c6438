"""Redaction: the reviewed examples in bot/data/redaction.yaml, and figures on examples written by others.

Outside examples (tests/data/redaction/outside.jsonl) come from the test suites of Microsoft Presidio and of
scrubadub, each line naming its source; the secrets listed must not survive. The project's own question sets
(written by other people, with no personal details in the answerable and out-of-scope ones) measure what is
redacted that should not be.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.redaction import default_redactor, load_redactor, redact
from tests.conftest import DATA

OUTSIDE = DATA / "redaction" / "outside.jsonl"


@pytest.mark.parametrize("example", default_redactor().examples, ids=lambda e: f"{e.kind}:{e.text[:30]}")
def test_every_reviewed_example(example) -> None:  # type: ignore[no-untyped-def]
    result = default_redactor().redact_kind(example.kind, example.text)
    assert (result != example.text) == example.redact, result


def test_outside_examples_lose_their_secrets() -> None:
    rows = [json.loads(line) for line in OUTSIDE.read_text().splitlines() if line.strip()]
    found, total, misses = Counter(), Counter(), []
    for row in rows:
        assert row["source"]
        out = redact(row["text"])
        for secret in row["secrets"]:
            total[row["kind"]] += 1
            if secret in out:
                misses.append((row["text"], out))
            else:
                found[row["kind"]] += 1
    print("\nredaction of outside examples:", {k: f"{found[k]}/{total[k]}" for k in total}, "misses:", misses)
    assert sum(total.values()) >= 60
    assert sum(found.values()) / sum(total.values()) >= 0.95  # 66 of 68 when written
    for kind in ("email", "phone", "date", "address"):
        assert found[kind] == total[kind], kind


def test_ordinary_questions_come_through_unchanged() -> None:
    questions = []
    for path in sorted(DATA.rglob("*.jsonl")):
        if path.parent.name == "redaction":
            continue
        for line in path.read_text().splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("label") in {"ANSWERABLE", "OUT_OF_SCOPE"}:
                questions.append(row["question"])
    assert len(questions) >= 250
    # Two questions of real_questions4 name real people (a researcher, an entrepreneur): their names go, nothing else.
    # One of real_questions5 gives a child's age ("4 y/o vaccinated two days ago"), and two of real_questions9 a
    # father's and a boy's ("my 85-year-old father", "a 4-year-old boy"): the age goes, nothing else.
    # real_questions11: a boy named in a question ("would Michael have had to have had some kind of treatment"), a
    # clinic named after a person ("Kami Aesthetics"), a dog's age ("Our 10-year-old dog"), and a kit whose name is a
    # census first name ("my Cheek Swab Kit": a word too many goes, which a record can spare; "my son Kit" must go).
    real_people = {"Aubrey", "Bryan Johnson", "Michael", "Kami", "Kit"}
    # Two of real_questions10 give the writer's own ("I am 53 years old", "I am 69 year old").
    ages = {"4 y/o", "85-year-old", "4-year-old", "53 years old", "69 year old", "10-year-old"}
    changed = [(q, redact(q)) for q in questions if redact(q) != q]
    assert all(
        any(q.replace(n, "[NAME]") == out for n in real_people) or any(q.replace(a, "[AGE]") == out for a in ages)
        for q, out in changed
    ), changed
    # 0 of 280 when written; the two named people and the child's age, in two files each; real_questions9's two ages
    # in three files each (all.jsonl, its half, and the raw file the collector kept); real_questions10's two ages in
    # two files each; real_questions11's four in two files each
    assert len(changed) <= 24


def test_a_worked_example() -> None:
    text = (
        "Hi, my name is John Smith, I'm 67 (born 3/4/1957) and live at 12 Oak Road, Leeds LS1 4AB. "
        "Call 0113 496 0000 or john.smith@example.com, MRN 5512345. Can the swelling last a year?"
    )
    assert redact(text) == (
        "Hi, my name is [NAME], [AGE] (born [DATE]) and live at [ADDRESS], Leeds [ADDRESS]. "
        "Call [PHONE] or [EMAIL], [RECORD]. Can the swelling last a year?"
    )


def test_a_broken_rules_file_names_the_problem(tmp_path: Path) -> None:
    from bot.errors import FaqbotError

    rules = tmp_path / "redaction.yaml"
    text = (Path(__file__).resolve().parent.parent / "bot" / "data" / "redaction.yaml").read_text()
    assert "url:\n  patterns:\n" in text
    rules.write_text(text.replace("url:\n  patterns:\n", "url:\n  patterns:\n    - '([unclosed'\n", 1))
    with pytest.raises(FaqbotError, match="url: pattern"):
        load_redactor(rules)
