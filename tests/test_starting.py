"""Start-up in stages (``python app.py``): the JSON API answers first, the chat (Gradio) is built meanwhile.

A half-started server answers every chat route with a clear 503 "starting", never a 500 and never Gradio
itself; /healthz says whether the chat is ready; replies given before the records' database is open are not
lost. No wall-clock time is asserted: each stage is held open by the test until it says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.settings import Settings
from tests.conftest import ROOT

pytestmark = pytest.mark.integration

CHAT_ROUTES = ("/", "/config", "/gradio_api/info", "/theme.css", "/gradio_api/queue/data?session_hash=x")


def _wait_for_chat(client: TestClient, state: str) -> dict[str, Any]:
    for _ in range(600):  # the build runs in a thread of its own; a bounded number of looks, no timing
        body = client.get("/healthz").json()
        if body["chat"] == state:
            return dict(body)
        time.sleep(0.05)
    raise AssertionError(f"the chat never became {state!r}: {body['chat']!r}")


@pytest.fixture
def held_build(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The chat's build waits until the test sets the event (as if importing Gradio took that long)."""
    import bot.server

    release = threading.Event()
    build = bot.server._build_chat_app

    def slow_build(*args: Any) -> Any:
        assert release.wait(60), "the test never released the chat's build"
        return build(*args)

    monkeypatch.setattr(bot.server, "_build_chat_app", slow_build)
    yield release
    release.set()


def test_the_api_answers_while_the_chat_starts_and_chat_routes_say_503_starting(
    answerer, real_settings: Settings, held_build: threading.Event
) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    app = create_app(answerer, real_settings, watch_interval=None, chat_in_background=True)
    with TestClient(app) as client:
        health = client.get("/healthz")
        assert health.status_code == 200 and health.json()["chat"] == "starting" and health.json()["pid"] == os.getpid()
        asked = client.post("/api/ask", json={"question": "Can stem cells cause cancer?"})
        assert asked.status_code == 200 and asked.json()["status"] == "answered"
        for path in CHAT_ROUTES:
            reply = client.get(path)
            assert reply.status_code == 503, path
            assert reply.headers["retry-after"] and "starting" in reply.json()["detail"], path
            assert reply.headers["content-security-policy"] and reply.headers["x-content-type-options"] == "nosniff"
        join = client.post("/gradio_api/queue/join", json={"data": ["hi", []], "fn_index": 0, "session_hash": "x"})
        assert join.status_code == 503 and "starting" in join.json()["detail"]
        # what the Guard refuses is refused before the chat exists too
        assert client.post("/gradio_api/upload", files={"files": ("a.txt", b"x")}).status_code == 403
        assert client.get("/api/docs").status_code == 200 and client.get("/embed.js").status_code == 200

        held_build.set()
        _wait_for_chat(client, "ready")
        assert app.state.chat_slot.demo.has_launched is True  # Gradio's input path check was on before any route
        page = client.get("/")
        assert page.status_code == 200 and "gradio_config" in page.text
        assert client.get("/config").status_code == 200


def test_a_chat_that_cannot_be_built_leaves_the_api_answering(
    answerer, real_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import bot.server

    def broken(*_args: Any) -> Any:
        raise RuntimeError("no Gradio today")

    monkeypatch.setattr(bot.server, "_build_chat_app", broken)
    app = bot.server.create_app(answerer, real_settings, watch_interval=None, chat_in_background=True)
    with TestClient(app) as client:
        _wait_for_chat(client, "failed")
        assert client.post("/api/ask", json={"question": "Can stem cells cause cancer?"}).status_code == 200
        reply = client.get("/")
        assert reply.status_code == 503 and "unavailable" in reply.json()["detail"]


def test_a_chat_built_before_the_server_starts_is_ready_with_it(answerer, real_settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    with TestClient(create_app(answerer, real_settings, watch_interval=None)) as client:
        assert client.get("/healthz").json()["chat"] == "ready"
        assert client.get("/").status_code == 200


def test_replies_given_before_the_records_open_are_written_and_can_be_rated(
    answerer, real_settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from bot.replies import Replies, StartingRecords
    from bot.server import open_records

    settings = real_settings.with_(database_url=f"sqlite:///{tmp_path / 'records.sqlite3'}", record_questions=True)
    opening = threading.Event()
    starting = StartingRecords(lambda: (opening.wait(60), open_records(settings))[1], settings)
    replies = Replies(answerer, starting)
    early = [replies.ask(q, "10.1.2.3") for q in ("Can stem cells cause cancer?", "How do I bake bread?")]
    assert starting.status()["database"] == "sqlite" and starting.status()["available"] is True

    rated: list[str] = []
    rater = threading.Thread(target=lambda: (replies.rate(early[0].id, "down", "too short"), rated.append("ok")))
    rater.start()  # a rating made meanwhile waits for the database instead of failing as unknown
    starting.open_in_background()
    opening.set()
    rater.join(60)
    assert rated == ["ok"]
    later = replies.ask("What are the most common side effects?", "10.1.2.3")

    counts = starting.counts()
    assert counts == {"answers": 3, "feedback": 1, "questions": 1}, counts
    assert len(starting.unanswered()) == 1  # the bread question, recorded though asked before the open
    from sqlalchemy import select

    from bot.database import answers

    with starting.database.begin() as db:
        ids = [row.id for row in db.execute(select(answers.c.id).order_by(answers.c.created_at))]
    assert ids == [early[0].id, early[1].id, later.id]  # in the order given, stamped when given


def test_the_api_is_served_without_importing_gradio_or_the_database(tmp_path: Path, knowledge_copy: Path) -> None:
    """The heavy imports stay off the way to the first answer (a fresh process: other tests import them)."""
    code = f"""
import sys
from pathlib import Path
from fastapi.testclient import TestClient
from bot.answerer import Answerer
from bot.replies import StartingRecords
from bot.server import create_app, open_records
from bot.settings import Settings
from tests.fakes import HashEmbedder

settings = Settings(knowledge_dir=Path({str(knowledge_copy)!r}), index_dir=Path({str(tmp_path / "index")!r}),
                    database_url="sqlite:///{tmp_path / "r.sqlite3"}", rate_limit="0")
answerer = Answerer(settings, HashEmbedder()).prepare()
records = StartingRecords(lambda: open_records(settings), settings)
app = create_app(answerer, settings, watch_interval=None, records=records, chat_in_background=True)
client = TestClient(app)
assert client.post("/api/ask", json={{"question": "Can stem cells cause cancer?"}}).status_code == 200
assert client.get("/healthz").json()["chat"] == "starting"
print(sorted(m for m in ("gradio", "sqlalchemy", "alembic", "torch") if m in sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout


def test_the_same_app_served_twice_starts_its_chat_each_time(answerer, real_settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    app = create_app(answerer, real_settings, watch_interval=None)
    for _ in range(2):
        with TestClient(app) as client:
            assert client.get("/healthz").json()["chat"] == "ready"
            assert client.get("/config").status_code == 200
        assert app.state.chat_slot.state == "starting"  # stopped with the server
