"""A damaged index on disk: detected by checksum, named with the command that fixes it, rebuilt when allowed,
and never the end of a running server's index watcher."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.answerer import Answerer
from bot.errors import IndexProblem
from bot.indexer import build_index
from bot.settings import Settings
from bot.store import MANIFEST, load_index, read_manifest, staleness
from tests.fakes import HashEmbedder

MODEL = "test:hash-64"
HOW = ("truncated", "random", "deleted")
ROLES = ("vectors", "passages")


def damage(path: Path, how: str) -> None:
    """Damage a data file the way disks and people do: cut short, overwritten with noise, or deleted."""
    if how == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    elif how == "random":
        path.write_bytes(os.urandom(path.stat().st_size))
    else:
        path.unlink()


def data_file(index: Path, role: str) -> Path:
    """The ``role`` file ("questions"), or that file of the first article's shard ("passages", "vectors")."""
    files = read_manifest(index)["files"]
    return index / next(name for r, name in files.items() if r == role or r.startswith(f"{role}:"))


@pytest.fixture
def index(knowledge_copy: Path, tmp_path: Path) -> Path:
    """A good index of the shipped knowledge, built with the hashing embedder."""
    target = tmp_path / "index"
    build_index(knowledge_copy, target, HashEmbedder())
    return target


# -- detection ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("role", ROLES)
def test_staleness_names_the_damaged_file_and_the_command(
    index: Path, knowledge_copy: Path, role: str, how: str
) -> None:
    path = data_file(index, role)
    assert staleness(index, knowledge_copy, MODEL) is None
    damage(path, how)
    reason = staleness(index, knowledge_copy, MODEL)
    assert reason is not None and "\n" not in reason
    assert str(path) in reason and "faqbot index --full" in reason
    assert ("missing" if how == "deleted" else "damaged") in reason


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("role", ROLES)
def test_load_index_raises_index_problem_naming_the_file(index: Path, role: str, how: str) -> None:
    path = data_file(index, role)
    damage(path, how)
    with pytest.raises(IndexProblem) as err:
        load_index(index)
    message = str(err.value)
    assert str(path) in message and "faqbot index --full" in message and "\n" not in message
    assert "kept changing" not in message
    assert ("missing" if how == "deleted" else "damaged") in message


def test_damaged_questions_file_is_reported_too(index: Path, knowledge_copy: Path) -> None:
    path = data_file(index, "questions")
    damage(path, "truncated")
    reason = staleness(index, knowledge_copy, MODEL) or ""
    assert str(path) in reason and "damaged" in reason


def _forge_checksum(index: Path, role: str) -> None:
    """Make the manifest vouch for whatever the data file now holds, so only parsing can find the damage."""
    manifest = read_manifest(index)
    path = data_file(index, role)
    (entry,) = [r for r, name in manifest["files"].items() if name == path.name]
    manifest["sha256"][entry] = hashlib.sha256(path.read_bytes()).hexdigest()
    (index / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


@pytest.mark.parametrize("how", ["truncated", "random"])
@pytest.mark.parametrize("role", ROLES)
def test_unparseable_files_that_match_their_checksum_are_index_problems(index: Path, role: str, how: str) -> None:
    path = data_file(index, role)
    damage(path, how)
    _forge_checksum(index, role)
    with pytest.raises(IndexProblem) as err:  # never faiss's RuntimeError, a JSON or a numpy error
        load_index(index)
    assert str(path) in str(err.value) and "faqbot index --full" in str(err.value)


def test_a_file_swapped_by_a_concurrent_build_is_not_reported_missing(index: Path, knowledge_copy: Path) -> None:
    old = data_file(index, "vectors")
    # An edit, so that the build writes new files (a rebuild with nothing changed now writes nothing at all).
    article = knowledge_copy / "stem-cell-therapy-side-effects.md"
    article.write_text(article.read_text(encoding="utf-8").replace("rare cases", "some cases"), encoding="utf-8")
    build_index(knowledge_copy, index, HashEmbedder())  # replaces the manifest and deletes the old files
    assert not old.exists()
    assert staleness(index, knowledge_copy, MODEL) is None
    assert len(load_index(index).passages) == 15


# -- start-up ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("role", ROLES)
def test_start_up_without_auto_index_stops_with_one_line(
    index: Path, knowledge_copy: Path, role: str, how: str
) -> None:
    path = data_file(index, role)
    damage(path, how)
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=index, auto_index=False)
    with pytest.raises(IndexProblem) as err:
        Answerer(settings, HashEmbedder()).prepare()
    message = str(err.value)
    assert "\n" not in message and str(path) in message and "faqbot index --full" in message


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("role", ROLES)
def test_start_up_with_auto_index_rebuilds_by_embedding_everything(
    index: Path, knowledge_copy: Path, role: str, how: str
) -> None:
    damage(data_file(index, role), how)
    settings = Settings(knowledge_dir=knowledge_copy, index_dir=index)
    bot = Answerer(settings, HashEmbedder()).prepare()
    assert len(bot.data.passages) == 15
    assert read_manifest(index)["embedded"]["passages"] == 15  # nothing reused from the damaged build
    assert staleness(index, knowledge_copy, MODEL) is None
    assert bot.ask("Can stem cells cause cancer?").status in {"answered", "no_match"}


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("role", ROLES)
def test_rebuilding_over_a_damaged_index_embeds_afresh_and_cleans_up(
    index: Path, knowledge_copy: Path, role: str, how: str
) -> None:
    path = data_file(index, role)
    damage(path, how)
    report = build_index(knowledge_copy, index, HashEmbedder())
    assert (report.passages, report.embedded, report.reused) == (15, 15, 0)
    assert staleness(index, knowledge_copy, MODEL) is None  # the shard's files are whole again, under their names


def test_damaged_questions_file_only_costs_the_questions(index: Path, knowledge_copy: Path) -> None:
    damage(data_file(index, "questions"), "random")
    embedder = HashEmbedder()
    report = build_index(knowledge_copy, index, embedder)
    assert (report.embedded, report.reused) == (0, 15)  # the passages' vectors were intact and are reused
    assert sum(embedder.calls) > 0  # the calibration questions were embedded again
    assert staleness(index, knowledge_copy, MODEL) is None


# -- the watcher -------------------------------------------------------------------------------------------


def publish_damaged(index: Path, knowledge: Path, staging: Path, role: str, how: str) -> str:
    """Swap in a new build whose ``role`` file is damaged, the way a build would: data first, manifest last."""
    shutil.rmtree(staging, ignore_errors=True)
    build_index(knowledge, staging, HashEmbedder())
    damaged = data_file(staging, role)
    damage(damaged, how)
    for path in staging.iterdir():
        if path.name != MANIFEST:
            shutil.copy2(path, index / path.name)
    # Shards are named by their content, so the served build names the same file: gone for both.
    if how == "deleted":
        (index / damaged.name).unlink(missing_ok=True)
    shutil.copy2(staging / MANIFEST, index / ".manifest.json.next")
    os.replace(index / ".manifest.json.next", index / MANIFEST)
    return str(read_manifest(index)["build"]["id"])


def wait_for(condition: Callable[[], bool], seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def watched(index: Path, knowledge_copy: Path) -> Iterator[tuple[Answerer, threading.Thread]]:
    """A prepared answerer whose index watcher polls every 20 ms, and that watcher's thread."""
    bot = Answerer(Settings(knowledge_dir=knowledge_copy, index_dir=index), HashEmbedder()).prepare()
    before = set(threading.enumerate())
    stop = bot.watch(0.02)
    (thread,) = [t for t in threading.enumerate() if t not in before and t.name == "faqbot-index-watch"]
    yield bot, thread
    stop.set()
    thread.join(timeout=5)


@pytest.mark.parametrize("how", ["truncated", "random", "deleted"])
@pytest.mark.parametrize("role", ROLES)
def test_watcher_survives_a_damaged_build_and_loads_the_next_good_one(
    watched: tuple[Answerer, threading.Thread],
    index: Path,
    knowledge_copy: Path,
    tmp_path: Path,
    role: str,
    how: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot, thread = watched
    served = bot.data.build_id
    caplog.set_level(logging.ERROR, logger="faqbot")
    bad = publish_damaged(index, knowledge_copy, tmp_path / "staging", role, how)
    assert wait_for(lambda: bot.index_status().newest == bad and bot.index_status().problem is not None)
    time.sleep(0.3)  # ~15 more polls of the same damaged build
    status = bot.index_status()
    assert thread.is_alive() and status.served == served == bot.data.build_id
    assert data_file(index, role).name in (status.problem or "")
    assert bot.ask("Can stem cells cause cancer?").status in {"answered", "no_match"}
    assert len([r for r in caplog.records if bad in r.getMessage()]) == 1  # logged once, not every poll

    build_index(knowledge_copy, index, HashEmbedder())
    good = str(read_manifest(index)["build"]["id"])
    assert wait_for(lambda: bot.data.build_id == good)
    assert thread.is_alive() and bot.index_status().problem is None and bot.index_status().newest == good


def test_watcher_survives_an_unreadable_manifest_and_any_exception(
    watched: tuple[Answerer, threading.Thread],
    index: Path,
    knowledge_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bot, thread = watched
    served = bot.data.build_id
    (index / ".m").write_bytes(os.urandom(300))
    os.replace(index / ".m", index / MANIFEST)
    assert wait_for(lambda: bot.index_status().problem is not None)
    assert bot.index_status().newest is None and str(index / MANIFEST) in (bot.index_status().problem or "")

    import bot.answerer as answerer_module

    def exploding(index_dir: Path) -> object:
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(answerer_module, "load_index", exploding)
    build_index(knowledge_copy, index, HashEmbedder())
    assert wait_for(lambda: "something nobody foresaw" in (bot.index_status().problem or ""))
    assert thread.is_alive() and bot.data.build_id == served

    monkeypatch.undo()
    assert wait_for(lambda: bot.data.build_id == read_manifest(index)["build"]["id"])
    assert bot.index_status().problem is None


def test_healthz_tells_served_newest_and_why(
    watched: tuple[Answerer, threading.Thread], index: Path, knowledge_copy: Path, tmp_path: Path
) -> None:
    from bot.server import create_app

    bot, _thread = watched
    served = bot.data.build_id
    with TestClient(create_app(bot, bot.settings, watch_interval=None)) as client:
        body = client.get("/healthz").json()
        assert body["pid"] == os.getpid() and body["status"] == "ok" and body["passages"] == 15
        assert body["index"]["served"] == body["index"]["newest"] == body["index"]["build"] == served
        assert body["index"]["load_error"] is None and body["index"]["matches_knowledge"] is True
        for key in ("built_at", "fingerprint", "problem"):
            assert key in body["index"]
        assert "model" in body and "threshold" in body
        assert body["red_flags"]["flags"] > 100 and body["red_flags"]["matches_file"] is True

        bad = publish_damaged(index, knowledge_copy, tmp_path / "staging", "vectors", "truncated")
        assert wait_for(lambda: bot.index_status().problem is not None)
        body = client.get("/healthz").json()
        assert body["index"]["build"] == body["index"]["served"] == served
        assert body["index"]["newest"] == bad
        assert data_file(index, "vectors").name in body["index"]["load_error"]
        assert "damaged" in body["index"]["load_error"]
        assert body["index"]["matches_knowledge"] is False and "damaged" in body["index"]["problem"]
        # /healthz answers anyone: it names the folders, never where they are on the server
        text = client.get("/healthz").text
        assert str(tmp_path) not in text and str(index.resolve()) not in text and str(knowledge_copy) not in text
        assert index.name in body["index"]["load_error"]

        build_index(knowledge_copy, index, HashEmbedder())
        assert wait_for(lambda: bot.data.build_id != served)
        body = client.get("/healthz").json()
        assert body["index"]["served"] == body["index"]["newest"] == bot.data.build_id
        assert body["index"]["load_error"] is None and body["index"]["matches_knowledge"] is True
