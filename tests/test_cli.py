"""The faqbot command as a user runs it: exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import FaqbotError
from tests.conftest import ROOT

pytestmark = pytest.mark.integration


def faqbot(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=600
    )


def test_shipped_index_matches_shipped_knowledge() -> None:
    result = faqbot("index", "--check")
    assert result.returncode == 0, result.stderr


def test_index_json_check_and_ask(knowledge_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    paths = ["--knowledge", str(knowledge_copy), "--index", str(index)]
    assert faqbot("index", "--check", *paths).returncode == 1
    built = faqbot("index", "--json", *paths)
    assert built.returncode == 0, built.stderr
    counts = json.loads(built.stdout)
    assert counts["passages"] == 15 and counts["embedded"] == 15 and counts["reused"] == 0 and counts["seconds"] >= 0
    assert faqbot("index", "--check", *paths).returncode == 0

    asked = faqbot("ask", "--json", *paths, "Can stem cells cause cancer?")
    assert asked.returncode == 0, asked.stderr
    body = json.loads(asked.stdout)
    assert body["status"] == "answered" and body["notice"] in body["markdown"]

    # an edit makes the index stale; the next build embeds only the edited passage
    article = knowledge_copy / "stem-cell-therapy-side-effects.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace("In rare cases", "In uncommon cases"), encoding="utf-8"
    )
    stale = faqbot("index", "--check", *paths)
    assert stale.returncode == 1 and "faqbot index" in stale.stderr
    again = json.loads(faqbot("index", "--json", *paths).stdout)
    assert again["embedded"] == 1 and again["reused"] == 14
    edited = json.loads(faqbot("ask", "--json", *paths, "Can stem cell therapy cause blood clots?").stdout)
    assert edited["quotes"][0]["text"].startswith("In uncommon cases")


def test_broken_knowledge_is_reported_with_file_and_line(knowledge_copy: Path, tmp_path: Path) -> None:
    (knowledge_copy / "broken.md").write_text("## Dup\n\ntext\n\n## Dup\n\nmore\n", encoding="utf-8")
    result = faqbot("index", "--knowledge", str(knowledge_copy), "--index", str(tmp_path / "i"))
    assert result.returncode == 1
    assert "broken.md:5:" in result.stderr and "used twice" in result.stderr
    assert not (tmp_path / "i" / "manifest.json").exists()


def test_ask_refuses_empty_question_with_exit_2() -> None:
    result = faqbot("ask", "--json", " ")
    assert result.returncode == 2 and json.loads(result.stdout)["status"] == "invalid"


def test_eval_prints_bot_and_baselines_side_by_side_with_the_curve() -> None:
    from tests.conftest import DEV_SET

    result = faqbot("eval", str(DEV_SET), "--misses")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    header = next(line for line in out.splitlines() if line.startswith("system"))
    for column in ("hit@1", "hit@3", "abstain", "false-abst", "urgent", "p50 ms"):
        assert column in header
    rows = {line.split("  ")[0] for line in out.splitlines()}
    assert {"faqbot", "dense top-1 (oracle t)", "BM25 (oracle t)"} <= rows
    assert "Calibration curve" in out and "<- in use" in out
    assert "Misses of faqbot" in out
    figures = json.loads(faqbot("eval", str(DEV_SET), "--json", "--no-curve").stdout)
    assert [r["system"] for r in figures] == ["faqbot", "dense top-1 (oracle t)", "BM25 (oracle t)"]
    assert figures[0]["hit@1"] >= 0.95


# -- damaged index and unreadable knowledge ----------------------------------------------------------------


def _bundled_named_index(knowledge: Path, index: Path) -> None:
    """A quick index the CLI takes for the bundled model's (fake vectors of its name and size)."""
    from bot.indexer import build_index
    from bot.settings import BUNDLED_MODEL
    from tests.fakes import HashEmbedder

    build_index(knowledge, index, HashEmbedder(name=BUNDLED_MODEL, dimension=384))


@pytest.mark.parametrize("role", ["vectors", "passages"])
def test_check_fails_with_one_line_on_a_damaged_index(knowledge_copy: Path, tmp_path: Path, role: str) -> None:
    from tests.test_damage import damage, data_file

    index = tmp_path / "index"
    paths = ["--knowledge", str(knowledge_copy), "--index", str(index)]
    for how in ("truncated", "random", "deleted"):
        _bundled_named_index(knowledge_copy, index)
        assert faqbot("index", "--check", *paths).returncode == 0
        path = data_file(index, role)
        damage(path, how)
        check = faqbot("index", "--check", *paths)
        assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
        assert check.stderr.strip().count("\n") == 0 and str(path) in check.stderr
        assert "faqbot index --full" in check.stderr
        strict = faqbot("ask", *paths, "Can stem cells cause cancer?", env={"FAQBOT_AUTO_INDEX": "false"})
        assert strict.returncode == 1 and "Traceback" not in strict.stderr, strict.stderr
        assert strict.stderr.startswith("error: ") and strict.stderr.strip().count("\n") == 0
        assert str(path) in strict.stderr and "faqbot index --full" in strict.stderr


def test_index_rebuilds_a_damaged_index_cleanly(knowledge_copy: Path, tmp_path: Path) -> None:
    from tests.test_damage import damage, data_file

    index = tmp_path / "index"
    paths = ["--knowledge", str(knowledge_copy), "--index", str(index)]
    _bundled_named_index(knowledge_copy, index)
    damage(data_file(index, "vectors"), "truncated")
    built = faqbot("index", "--json", *paths)
    assert built.returncode == 0 and "Traceback" not in built.stderr, built.stderr
    assert json.loads(built.stdout)["embedded"] == 15
    assert faqbot("index", "--check", *paths).returncode == 0


def test_not_utf8_in_a_word_list_names_its_line(knowledge_copy: Path, tmp_path: Path) -> None:
    concepts = knowledge_copy / "concepts.txt"
    lines = concepts.read_bytes().split(b"\n")
    lines[2] += " caf\xe9".encode("latin-1")
    concepts.write_bytes(b"\n".join(lines))
    for command in (["index"], ["index", "--check"]):
        result = faqbot(*command, "--knowledge", str(knowledge_copy), "--index", str(tmp_path / "i"))
        assert result.returncode == 1 and f"{concepts}:3: not valid UTF-8" in result.stderr, result.stderr


def test_unreadable_knowledge_file_is_one_line_from_index_and_check(
    knowledge_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    refused = knowledge_copy / "out_of_scope.yaml"
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # what chmod 000 does to anyone but root
        if self == refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    paths = ["--knowledge", str(knowledge_copy), "--index", str(tmp_path / "index")]
    for command in (["index"], ["index", "--check"]):
        assert main([*command, *paths]) == 1
        problems = [line for line in capsys.readouterr().err.splitlines() if line.startswith("  - ")]
        assert len(problems) == 1 and str(refused) in problems[0] and "Permission denied" in problems[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_knowledge_file_chmod_000(knowledge_copy: Path, tmp_path: Path) -> None:
    refused = knowledge_copy / "out_of_scope.yaml"
    refused.chmod(0)
    try:
        result = faqbot("index", "--check", "--knowledge", str(knowledge_copy), "--index", str(tmp_path / "i"))
    finally:
        refused.chmod(0o644)
    assert result.returncode == 1 and "Traceback" not in result.stderr and str(refused) in result.stderr


def test_eval_names_the_lines_of_a_bad_question_file(tmp_path: Path) -> None:
    """A question file's mistakes are its own (not 'knowledge is invalid'), each with its line."""
    bad = tmp_path / "questions.jsonl"
    bad.write_text(
        '{"question": "x?", "label": "ANSWERABLE"}\n{"question": "y?", "label": "MAYBE"}\nnot json\n',
        encoding="utf-8",
    )
    result = faqbot("eval", str(bad))
    assert result.returncode == 1
    assert "The question file has problems" in result.stderr and "Knowledge is invalid" not in result.stderr
    assert f"{bad}:1: an ANSWERABLE question needs expected_sections" in result.stderr
    assert f"{bad}:2: not a question line" in result.stderr and f"{bad}:3: not a question line" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_eval_of_a_file_with_no_questions_is_an_error(tmp_path: Path, content: str) -> None:
    """It printed a table of dashes and exited 0 (eighth outside trial)."""
    empty = tmp_path / "empty.jsonl"
    empty.write_text(content, encoding="utf-8")
    result = faqbot("eval", str(empty))
    assert result.returncode == 1 and f"{empty}: no questions in the file" in result.stderr
    assert "Traceback" not in result.stderr


def test_eval_refuses_an_unknown_section_and_lists_the_known_ones(tmp_path: Path) -> None:
    bad = tmp_path / "questions.jsonl"
    bad.write_text('{"question": "y?", "label": "ANSWERABLE", "expected_sections": ["5. Blood clots"]}\n')
    result = faqbot("eval", str(bad), "--no-curve")
    assert result.returncode == 1
    assert f"{bad}:1: unknown section '5. Blood clots'" in result.stderr
    assert "5. Blood Clots and Pulmonary Embolism" in result.stderr and "(introduction)" in result.stderr


def test_eval_misses_say_status_sections_and_reason(tmp_path: Path) -> None:
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        '{"question": "How much does stem cell therapy cost?", "label": "ANSWERABLE", '
        '"expected_sections": ["(introduction)"]}\n'
        '{"question": "my chest hurts and I cannot breathe", "label": "NOT_URGENT", "expected_sections": []}\n',
        encoding="utf-8",
    )
    result = faqbot("eval", str(questions), "--no-curve", "--misses")
    assert result.returncode == 0, result.stderr
    assert "false abstention: 'How much does stem cell therapy cost?'" in result.stdout
    assert "status no_match" in result.stdout and "doesn't cover costs" in result.stdout
    assert "false alarm (emergency): 'my chest hurts and I cannot breathe'" in result.stdout


def test_a_large_build_off_a_terminal_logs_its_progress_by_tenths(capsys: pytest.CaptureFixture[str]) -> None:
    """Trial 6, D10: a large article built for ten minutes with no word when stderr was a log, not a terminal."""
    from bot.cli import _progress_lines

    small = _progress_lines()
    for done in range(64, 999, 64):
        small(min(done, 999), 999)
    assert capsys.readouterr().err == ""  # a small build says nothing
    large = _progress_lines()
    for done in range(64, 5064, 64):
        large(min(done, 5000), 5000)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 11, lines
    assert lines[1].startswith("Embedding: ") and lines[1].endswith("of 5,000 units (10%)"), lines
    assert lines[-1] == "Embedding: 5,000 of 5,000 units (100%)"
    # the build reports article by article: the next large article gets its own tenths, even of the same size
    for total in (2500, 2500):
        for done in range(64, total + 64, 64):
            large(min(done, total), total)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 22 and lines[10] == lines[21] == "Embedding: 2,500 of 2,500 units (100%)", lines


def test_make_run_checks_the_settings_before_blaming_the_knowledge() -> None:
    """A bad FAQBOT_RATE_LIMIT made `make run` say "the knowledge has the problems above" (seventh outside trial):
    the Makefile's index target runs `python -m bot.settings` first, which names the setting and stops."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "FAQBOT_RATE_LIMIT": "30"}
    bad = subprocess.run([sys.executable, "-m", "bot.settings"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert bad.returncode == 1 and "FAQBOT_RATE_LIMIT='30' is not a rate" in bad.stderr and "knowledge" not in bad.stderr
    env["FAQBOT_RATE_LIMIT"] = "60/minute"
    good = subprocess.run([sys.executable, "-m", "bot.settings"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert good.returncode == 0 and good.stderr == ""
    recipe = (ROOT / "Makefile").read_text().split("\nindex: install\n", 1)[1].splitlines()
    assert recipe[0].strip().startswith("@$(PY) -m bot.settings")


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("FAQBOT_RECORD_QUESTIONS", "ture", "use true or false"),  # had quietly meant "no"
        ("FAQBOT_AUTO_INDEX", "maybe", "use true or false"),
        ("FAQBOT_RETENTION_DAYS", "abc", "use a whole number"),
    ],
)
def test_a_setting_that_is_no_value_of_its_kind_says_what_it_should_be(variable: str, value: str, says: str) -> None:
    """Fourteenth outside trial: a misspelt yes/no setting was read as "no" without a word."""
    from bot.settings import Settings

    with pytest.raises(FaqbotError) as err:
        Settings.from_env({variable: value})
    assert f"{variable}={value!r} is not valid: {says}." == str(err.value)
    assert Settings.from_env({"FAQBOT_RECORD_QUESTIONS": "off", "FAQBOT_AUTO_INDEX": "Yes"}).auto_index is True
