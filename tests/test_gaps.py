"""`faqbot gaps`: unanswered questions grouped by meaning with the real model, largest first, redacted."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from bot.answer import ANSWERED, NO_MATCH, Answer, Quote
from bot.database import Database
from bot.gaps import find_gaps, group, parse_since
from bot.records import Records, now
from tests.conftest import DATA

QUESTIONS = DATA / "gaps" / "questions.txt"
PEOPLE = ["I'm 64 and ", "my name is Maria Lopez, ", "", "my wife Susan asked: ", "(call me on 07700 900123) "]


def topics() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    current = ""
    for line in QUESTIONS.read_text().splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif line.strip() and not line.startswith("#"):
            groups.setdefault(current, []).append(line.strip())
    return groups


def test_parse_since() -> None:
    assert abs((now() - parse_since("7d")) - timedelta(days=7)) < timedelta(minutes=1)
    assert parse_since("2026-11-01").isoformat() == "2026-11-01T00:00:00"
    with pytest.raises(ValueError, match="7d"):
        parse_since("last week")


def test_group_puts_near_vectors_together_largest_first() -> None:
    a, b = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    vectors = np.stack([a, b, a * 0.99 + b * 0.01, a, b * 1.0]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    assert group(vectors) == [[0, 2, 3], [1, 4]]
    assert group(vectors[:1]) == [[0]] and group(vectors[:0]) == []


@pytest.fixture
def recorded(tmp_path: Path) -> tuple[Records, str]:
    url = f"sqlite:///{tmp_path / 'faqbot.sqlite3'}"
    records = Records(Database(url), record_questions=True)
    n = 0
    for questions in topics().values():
        for q in questions:
            records.note(Answer(status=NO_MATCH, question=PEOPLE[n % len(PEOPLE)] + q), f"203.0.113.{n % 7}")
            n += 1
    quote = Quote(document="d", title="t", section="2. Risk of Infection", text="x", score=0.9, start=0, end=1)
    for rating in ("down", "down", "up"):
        answer = Answer(status=ANSWERED, question="infection?", quotes=(quote,))
        records.note(answer)
        records.rate(answer.id, rating, "did not say what to do, ask Dr. Patel" if rating == "down" else None)
    return records, url


@pytest.mark.integration
def test_gaps_groups_questions_by_meaning(recorded: tuple[Records, str], answerer) -> None:  # type: ignore[no-untyped-def]
    records, _ = recorded
    report = find_gaps(records, answerer)
    assert report.questions == sum(len(q) for q in topics().values())
    sizes = [g.size for g in report.gaps]
    assert sizes == sorted(sizes, reverse=True)
    expected = {topic: set(qs) for topic, qs in topics().items()}

    def topic_of(example: str) -> str:
        return next(t for t, qs in expected.items() if any(example.endswith(q) for q in qs))

    # every group's examples are about one topic, and each topic is mostly in one group
    for gap in report.gaps:
        assert len({topic_of(e) for e in gap.examples}) == 1, gap.examples
    biggest = {t: max((g.size for g in report.gaps if topic_of(g.examples[0]) == t), default=0) for t in expected}
    for t, qs in expected.items():
        assert biggest[t] >= len(qs) // 2, (t, biggest, [g.examples for g in report.gaps])
    text = " ".join(e for g in report.gaps for e in g.examples)
    assert "Maria" not in text and "Susan" not in text and "64" not in text and "07700" not in text
    assert all(g.nearest_section for g in report.gaps)
    [down] = report.rated_down
    assert (down.section, down.down, down.up) == ("2. Risk of Infection", 2, 1)
    assert down.comments[0] == "did not say what to do, ask Dr. [NAME]"


@pytest.mark.integration
def test_faqbot_gaps_json_and_text(recorded: tuple[Records, str], real_settings, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from bot.cli import main

    _, url = recorded
    monkeypatch.setenv("FAQBOT_DATABASE_URL", url)
    where = ["--knowledge", str(real_settings.knowledge_dir), "--index", str(real_settings.index_dir)]
    assert main(["gaps", "--json", *where]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["questions"] == 19 and body["gaps"][0]["size"] >= 4 and body["rated_down"][0]["down"] == 2
    assert main(["gaps", "--since", "1d", *where]) == 0
    out = capsys.readouterr().out
    assert "19 unanswered questions since" in out and "closest section:" in out and "2 down, 1 up" in out
    assert main(["gaps", "--since", "yesterday", *where]) == 1
    assert "--since" in capsys.readouterr().err


def test_faqbot_gaps_with_the_database_down(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from bot.cli import main

    folder = tmp_path / "db"
    folder.mkdir()
    monkeypatch.setenv("FAQBOT_DATABASE_URL", f"sqlite:///{folder}")
    assert main(["gaps"]) == 1
    assert "FAQBOT_DATABASE_URL" in capsys.readouterr().err


@pytest.mark.integration
def test_faqbot_gaps_with_nothing_recorded(tmp_path: Path, real_settings, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from bot.cli import main

    monkeypatch.setenv("FAQBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    where = ["--knowledge", str(real_settings.knowledge_dir), "--index", str(real_settings.index_dir)]
    assert main(["gaps", *where]) == 0
    assert "FAQBOT_RECORD_QUESTIONS=true" in capsys.readouterr().out


def test_what_readers_wrote_cannot_drive_the_operators_terminal() -> None:
    """Fourteenth outside trial: a feedback comment's escape codes recoloured `faqbot gaps` and printed a fake line."""
    from bot.gaps import Gap, GapReport
    from bot.records import RatedAnswer

    hostile = "fine\x1b[2K\r\x1b[32mAll answers rated up\x07\u202e"
    report = GapReport(
        since=None,
        questions=1,
        gaps=(Gap(size=1, examples=(hostile,), nearest_section=None, kinds={"no_match": 1}, clients=1),),
        rated_down=(RatedAnswer(section=None, status="no_match", down=1, up=0, comments=(hostile,)),),
    )
    text = report.text()
    assert not any(ch in text for ch in "\x1b\x07\r\u202e") and "All answers rated up" in text
    assert report.as_dict()["rated_down"][0]["comments"] == [hostile]  # --json keeps what was written (escaped)
