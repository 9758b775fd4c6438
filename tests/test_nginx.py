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


def test_the_cluster_restarts_a_replica_that_exits_but_not_one_that_keeps_dying(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """`make cluster`'s watch, on real processes: a replica that exits is started again on its port; one that exits
    RESTARTS + 1 times within the window is left down and said to be; nginx exiting ends the cluster."""
    import sys
    import threading

    import tools.cluster as cluster_module
    from tools.cluster import Cluster

    monkeypatch.setattr(cluster_module, "RESTARTS", 2)
    cluster = Cluster(replicas=2, port=free_port())
    started: list[int] = []

    def start_replica(port: int) -> None:  # the second replica dies at once, every time
        started.append(port)
        code = "import time; time.sleep(60)" if port == cluster.ports[0] else "raise SystemExit(3)"
        cluster.processes[f"replica :{port}"] = subprocess.Popen([sys.executable, "-c", code])

    monkeypatch.setattr(cluster, "start_replica", start_replica)
    for port in cluster.ports:
        cluster.start_replica(port)
    cluster.processes["nginx"] = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    result: list[int] = []
    watcher = threading.Thread(target=lambda: result.append(cluster.watch()))
    watcher.start()
    try:
        deadline = time.monotonic() + 60
        while started.count(cluster.ports[1]) < 3:
            assert time.monotonic() < deadline, started
            time.sleep(0.2)
        time.sleep(2)  # it would have been restarted again by now
        assert started.count(cluster.ports[1]) == 3  # started once, restarted twice, then left down
        assert started.count(cluster.ports[0]) == 1  # the healthy one is left alone
        first = cluster.processes[f"replica :{cluster.ports[0]}"]
        first.kill()
        deadline = time.monotonic() + 30
        while started.count(cluster.ports[0]) < 2:  # killed: started again
            assert time.monotonic() < deadline, started
            time.sleep(0.2)
        cluster.processes["nginx"].kill()
        watcher.join(timeout=30)
        assert result == [1]
        out = capsys.readouterr().out
        assert f"replica :{cluster.ports[1]} exited (3); restarting it." in out
        assert f"replica :{cluster.ports[1]} exited (3) 3 times within" in out and "left down" in out
        assert f"replica :{cluster.ports[0]} exited (-9); restarting it." in out
        assert "nginx exited" in out
    finally:
        cluster.stopping = True
        watcher.join(timeout=30)
        cluster.stop()
