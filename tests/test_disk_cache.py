"""The disk cache of slow-to-derive values: same values as deriving them, and never trusted blindly."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from bot import disk_cache
from bot.disk_cache import cache_dir, cached


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("FAQBOT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def derive() -> object:
        calls.append(1)
        return value

    return calls, derive


def test_a_value_is_derived_once_then_read_back(folder: Path) -> None:
    calls, derive = counting({"a": [1, 2]})
    assert cached("thing", ["v1"], derive) == {"a": [1, 2]}
    assert cached("thing", ["v1"], derive) == {"a": [1, 2]}
    assert len(calls) == 1
    (path,) = folder.glob("thing-*.pickle")
    assert oct(path.stat().st_mode & 0o777) == oct(0o600) and oct(folder.stat().st_mode & 0o777) == oct(0o700)


def test_other_inputs_derive_again_and_only_the_latest_versions_are_kept(folder: Path) -> None:
    calls, derive = counting(1)
    for version in ["v1", "v2", "v3", "v4", "v5"]:
        cached("thing", [version], derive)
    assert len(calls) == 5
    assert len(list(folder.glob("thing-*.pickle"))) == disk_cache.KEEP  # the oldest versions' files are gone
    cached("thing-two", ["v1"], derive)  # a value whose name starts with another's: neither deletes the other
    cached("thing", ["v6"], derive)
    assert len(list(folder.glob("thing-two-*.pickle"))) == 1
    assert len(list(folder.glob("thing-????????????????????????????????.pickle"))) == disk_cache.KEEP


def test_two_checkouts_sharing_the_folder_do_not_derive_again_and_again(folder: Path) -> None:
    """Two versions of the code alternating (two worktrees, two virtual environments) each keep their file."""
    calls, derive = counting(1)
    for _ in range(3):
        cached("thing", ["checkout A"], derive)
        cached("thing", ["checkout B"], derive)
    assert len(calls) == 2


def test_an_edit_to_any_code_or_data_file_changes_the_fingerprint(tmp_path: Path) -> None:
    package = tmp_path / "bot"
    (package / "data").mkdir(parents=True)
    (package / "flags.py").write_text("A = 1\n")
    (package / "data" / "red_flags.yaml").write_text("flags: []\n")
    first = disk_cache.fingerprint(package)
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "flags.cpython-311.pyc").write_bytes(b"byte-code")
    assert disk_cache.fingerprint(package) == first
    (package / "data" / "red_flags.yaml").write_text("flags: [x]\n")
    second = disk_cache.fingerprint(package)
    assert second != first
    (package / "flags.py").write_text("A = 2\n")
    assert disk_cache.fingerprint(package) != second
    assert disk_cache.package_fingerprint() == disk_cache.fingerprint(disk_cache.PACKAGE)


def test_an_edit_to_the_package_changes_every_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = disk_cache.key_of(["v1"])
    monkeypatch.setattr(disk_cache, "package_fingerprint", lambda: "edited")
    assert disk_cache.key_of(["v1"]) != before


def test_a_folder_made_under_a_loose_umask_is_made_private(folder: Path) -> None:
    """Under a umask of 002 (user-private groups) a folder someone else made for us is group-writable: it is
    tightened, not left so that nothing is ever cached."""
    old = os.umask(0o002)
    try:
        folder.mkdir()
    finally:
        os.umask(old)
    os.chmod(folder, 0o775)
    calls, derive = counting(1)
    cached("thing", ["v1"], derive)
    cached("thing", ["v1"], derive)
    assert len(calls) == 1
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700)


def test_a_link_in_place_of_the_file_is_not_followed(folder: Path, tmp_path: Path) -> None:
    calls, derive = counting("derived")
    cached("thing", ["v1"], derive)
    (path,) = folder.glob("thing-*.pickle")
    elsewhere = tmp_path / "planted.pickle"
    elsewhere.write_bytes(pickle.dumps("planted"))
    os.chmod(elsewhere, 0o600)
    path.unlink()
    path.symlink_to(elsewhere)
    assert cached("thing", ["v1"], derive) == "derived"


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps({"a": 1})[:-3]])
def test_a_damaged_file_is_derived_again_and_mended(folder: Path, damage: bytes) -> None:
    calls, derive = counting({"a": 1})
    cached("thing", ["v1"], derive)
    (path,) = folder.glob("thing-*.pickle")
    path.write_bytes(damage)
    assert cached("thing", ["v1"], derive) == {"a": 1}
    assert cached("thing", ["v1"], derive) == {"a": 1}
    assert len(calls) == 2


def test_a_file_others_could_have_written_is_never_unpickled(folder: Path) -> None:
    """A pickle runs code when it is read: a planted file in a folder others can write is not read."""
    calls, derive = counting("derived")
    cached("thing", ["v1"], derive)
    (path,) = folder.glob("thing-*.pickle")
    planted = pickle.dumps("planted")
    path.write_bytes(planted)
    os.chmod(path, 0o666)
    assert cached("thing", ["v1"], derive) == "derived"  # and the file is rewritten privately
    path.write_bytes(planted)
    os.chmod(path, 0o600)
    os.chmod(folder, 0o777)  # a folder others can write: tightened first (the file in it is still read as ours)
    assert cached("thing", ["v1"], derive) == "planted"
    assert len(calls) == 2


def test_a_folder_that_cannot_be_written_only_costs_speed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("FAQBOT_CACHE_DIR", str(blocker / "cache"))
    calls, derive = counting(5)
    assert cached("thing", ["v1"], derive) == 5
    assert cached("thing", ["v1"], derive) == 5
    assert len(calls) == 2


def test_the_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FAQBOT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "faqbot"
    monkeypatch.setenv("FAQBOT_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_the_red_flag_list_read_back_finds_what_the_yaml_finds(folder: Path) -> None:
    """The list as `faqbot ask` reads it from the cache raises the same flags as the list read from its YAML, on
    every question of every set in tests/data."""
    import json

    import bot.flag_list
    from bot.flag_list import RULES, load_rules, rules

    rules.cache_clear()
    try:
        rules()  # derived and written
        rules.cache_clear()
        with pytest.MonkeyPatch.context() as patch:  # read back, so not loaded again
            patch.setattr(bot.flag_list, "load_rules", lambda path: pytest.fail("loaded again"))
            read_back = rules()
        assert list(folder.glob("red-flags-*.pickle"))
    finally:
        rules.cache_clear()
    fresh = load_rules(RULES)
    questions = []
    for path in sorted((Path(__file__).resolve().parent / "data").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                question = json.loads(line).get("question")
            except (ValueError, AttributeError):
                continue
            if isinstance(question, str):
                questions.append(question)
    assert len(questions) > 2000

    def seen(found: object) -> object:
        return found and (found.flag.id, found.flag.tier, found.words, found.lasting)  # type: ignore[attr-defined]

    assert [seen(read_back.find(q)) for q in questions] == [seen(fresh.find(q)) for q in questions]
