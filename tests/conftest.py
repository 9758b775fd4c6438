"""Shared fixtures: a copy of the shipped knowledge, a real answerer, a live server, a real browser."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
DATA = ROOT / "tests" / "data"
# Copies kept in the repository (a clone has nothing beside it): the original article and the team's dev set.
SOURCE = DATA / "source" / "stem-cell-therapy-side-effects.txt"
DEV_SET = DATA / "dev" / "dev_questions.jsonl"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge folder."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings over the shipped knowledge with a fresh index built by the real model."""
    base = tmp_path_factory.mktemp("real")
    shutil.copytree(KNOWLEDGE, base / "knowledge")
    return Settings(
        knowledge_dir=base / "knowledge",
        index_dir=base / "index",
        rate_limit="0",
        database_url=f"sqlite:///{base / 'records.sqlite3'}",
    )


@pytest.fixture(scope="session")
def answerer(real_settings: Settings):  # type: ignore[no-untyped-def]
    """The real Answerer: bundled model, real FAISS index built from the shipped knowledge."""
    from bot.answerer import Answerer

    return Answerer(real_settings).prepare()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(app, port: int) -> tuple[threading.Thread, object]:  # type: ignore[no-untyped-def]
    import uvicorn

    # proxy_headers=False as in bot.server.serve: uvicorn would otherwise believe X-Forwarded-For from 127.0.0.1.
    # The protocol and event loop of bot.server.serve too (httptools and uvloop, writing whole responses).
    from bot.transport import server_protocol

    http, loop = server_protocol()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", proxy_headers=False, http=http, loop=loop
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    return thread, server


@pytest.fixture(scope="session")
def server_url(answerer, real_settings: Settings) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The real app (API + Gradio chat) served on a loopback port."""
    from bot.server import create_app

    port = free_port()
    thread, server = start_server(create_app(answerer, real_settings), port)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True  # type: ignore[attr-defined]
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Debian's chromium driven by Playwright (no Playwright browser download)."""
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield b
        b.close()
