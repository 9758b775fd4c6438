"""A real server for the tools: `python app.py` on a free loopback port, started as `make run` starts it.

Shared by `tools/bench.py` and `tools/soak.py`: start it, wait until it answers, read its memory, stop it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@dataclass
class RunningServer:
    process: subprocess.Popen[bytes]
    base: str
    started: float  # time.perf_counter() just before the process was started
    ready: float  # seconds from start until it first answered
    chat_ready: float  # seconds from start until /healthz said the chat is ready too (its routes answer)

    @property
    def pid(self) -> int:
        return self.process.pid

    def rss_mb(self) -> float:
        return rss_mb(self.process.pid)


def _chat_ready(base: str) -> bool:
    """Whether the chat is started (the server answers the JSON API first and builds the chat meanwhile)."""
    try:
        reply = httpx.get(base + "/healthz", timeout=30)
    except httpx.HTTPError:
        return False
    return reply.status_code == 200 and reply.json().get("chat") == "ready"


def _first_answer(base: str) -> bool:
    """Whether the server answers a question now (not only /healthz: the first real answer is what counts)."""
    try:
        reply = httpx.post(base + "/api/ask", json={"question": "Can stem cells cause cancer?"}, timeout=30)
    except httpx.HTTPError:
        return False
    return reply.status_code == 200


@contextmanager
def running_server(env: dict[str, str] | None = None, timeout: float = 300.0) -> Iterator[RunningServer]:
    """`python app.py` on a free loopback port (rate limit off unless ``env`` sets one), stopped on exit.

    ``ready`` is the time from process start to the first answer to POST /api/ask; the server is handed over
    once its chat is ready too (``chat_ready``), so that every figure measured on it sees the whole server.
    """
    port = free_port()
    full_env = {**os.environ, **OFFLINE, "FAQBOT_PORT": str(port), "FAQBOT_RATE_LIMIT": "0", **(env or {})}
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "app.py"], cwd=ROOT, env=full_env, stdout=subprocess.DEVNULL, stderr=errors
        )
        try:
            ready = 0.0
            for check in (_first_answer, _chat_ready):
                while not check(base):
                    if process.poll() is not None or time.perf_counter() - started > timeout:
                        errors.seek(0)
                        tail = errors.read().decode(errors="replace")[-2000:]
                        raise RuntimeError(f"the server did not start (exit code {process.poll()}):\n{tail}")
                    time.sleep(0.02)
                ready = ready or time.perf_counter() - started
            yield RunningServer(process, base, started, ready, time.perf_counter() - started)
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
