"""nginx in front of the replicas (deploy/nginx.conf.template) when no replica can answer: a client of the JSON API
still gets the answer's shape, with the notice to see a doctor and an id of its own, not nginx's HTML error page.

Real nginx (Debian's, as `make cluster` runs it) with every replica's port closed, as while they start or restart.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.answer import NOTICE
from bot.composer import invalid
from tests.conftest import free_port
from tools.cluster import find_nginx, nginx_config

pytestmark = [pytest.mark.integration, pytest.mark.cluster]


@pytest.fixture(scope="module")
def nginx_alone() -> Iterator[str]:
    prefix = Path(tempfile.mkdtemp(prefix="faqbot-nginx-test-"))
    prefix.chmod(0o755)
    port = free_port()
    replicas = [free_port(), free_port()]  # nothing listens there
    config = prefix / "nginx.conf"
    config.write_text(nginx_config(f"127.0.0.1:{port}", replicas, prefix))
    nginx = find_nginx()
    process = subprocess.Popen(
        [nginx, "-p", str(prefix), "-c", str(config), "-g", "daemon off;"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(prefix, ignore_errors=True)


def _is_answer_shape(response: httpx.Response, words: str) -> dict[str, object]:
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    expected = invalid("", "x").as_dict()
    assert set(body) == set(expected)
    assert body["status"] == "invalid" and body["notice"] == NOTICE and body["quotes"] == []
    assert re.fullmatch(r"[0-9a-f]{32}", str(body["id"]))
    assert words in str(body["markdown"]) and NOTICE in str(body["markdown"])
    return body


def test_the_template_says_what_the_api_says() -> None:
    """The literal JSON in the template is bot/composer.py's `invalid` for the same message, id aside."""
    import json

    text = (Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf.template").read_text()
    bodies = re.findall(r"return (\d+) '(.*)';", text)
    assert {code for code, _ in bodies} == {"503", "413"}
    for _, raw in bodies:
        body = json.loads(raw.replace("\\\\", "\\").replace("$request_id", "0" * 32))
        message = str(body["markdown"]).split("\n\n")[0].removeprefix("⚠️ ")
        assert body == {**invalid("", message).as_dict(), "id": "0" * 32}


def test_asking_while_no_replica_answers_gets_the_answer_shape(nginx_alone: str) -> None:
    first = httpx.post(nginx_alone + "/api/ask", json={"question": "Can stem cells cause cancer?"}, timeout=30)
    second = httpx.post(nginx_alone + "/api/ask", json={"question": "Can stem cells cause cancer?"}, timeout=30)
    assert first.status_code == 503 and first.headers["retry-after"] == "5"
    one = _is_answer_shape(first, "try again in a few seconds")
    two = _is_answer_shape(second, "try again in a few seconds")
    assert one["id"] != two["id"]


def test_health_and_feedback_while_no_replica_answers(nginx_alone: str) -> None:
    health = httpx.get(nginx_alone + "/healthz", timeout=30)
    assert health.status_code == 503
    _is_answer_shape(health, "starting or restarting")
    rating = httpx.post(nginx_alone + "/api/feedback", json={"answer_id": "x", "rating": "up"}, timeout=30)
    assert rating.status_code == 503
    _is_answer_shape(rating, "try again")


def test_a_body_past_nginx_limit_gets_the_answer_shape(nginx_alone: str) -> None:
    response = httpx.post(
        nginx_alone + "/api/ask",
        content=b'{"question": "' + b"a" * (2 * 1024 * 1024) + b'"}',
        headers={"content-type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 413
    _is_answer_shape(response, "too large")
    chat = httpx.post(nginx_alone + "/gradio_api/queue/join", content=b"x" * (2 * 1024 * 1024), timeout=30)
    assert chat.status_code == 413 and chat.headers.get("server") == "nginx"  # no version (server_tokens off)
    assert "nginx/" not in chat.text
