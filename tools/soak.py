"""Soak a real server: N concurrent clients for a while, the server's resident memory sampled throughout.

    python -m tools.soak [--clients 64] [--seconds 600] [--chat-share 0.25]

Starts `python app.py` on a free loopback port (rate limit off; tools/serving.py, shared with the bench), then runs the clients: most ask through
POST /api/ask, a share asks through the Gradio chat queue as a browser does. Prints errors by kind and the
server's RSS at the start, middle and end, and the growth over the second half.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import threading
import time
import uuid
from collections import Counter

import httpx

from tools.serving import running_server

QUESTIONS = [
    "Can stem cells cause cancer?",
    "How long does swelling at the injection site last?",
    "What are the most common side effects?",
    "Can stem cell therapy cause blood clots?",
    "How do I choose a safe clinic?",
    "How much does it cost?",
    "Is it normal to feel tired after the injection?",
    "chest pain and I can't breathe after my injection",
]


def chat_once(client: httpx.Client, base: str, question: str) -> str:
    session = uuid.uuid4().hex[:10]
    joined = client.post(
        f"{base}/gradio_api/queue/join", json={"data": [question, None], "fn_index": 0, "session_hash": session}
    )
    if joined.status_code != 200:
        return f"join {joined.status_code}"
    with client.stream("GET", f"{base}/gradio_api/queue/data", params={"session_hash": session}) as r:
        for line in r.iter_lines():
            if "process_completed" in line:
                done = json.loads(line[6:])
                if not done.get("success"):
                    return "chat failed"
                content = done["output"]["data"][1][-1]["content"]
                text = content if isinstance(content, str) else "".join(p.get("text", "") for p in content)
                return "busy" if "busy right now" in text else "ok"
    return "chat no reply"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--chat-share", type=float, default=0.25)
    args = parser.parse_args()
    with running_server() as server:
        base = server.base
        results: Counter[str] = Counter()
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds
        n_chat = int(args.clients * args.chat_share)

        def client_loop(index: int) -> None:
            questions = itertools.cycle(QUESTIONS[index % len(QUESTIONS) :] + QUESTIONS[: index % len(QUESTIONS)])
            # every client from its own loopback address, as separate users would be (per-client limits apply)
            transport = httpx.HTTPTransport(local_address=f"127.0.{index // 250}.{index % 250 + 2}")
            with httpx.Client(timeout=60, transport=transport) as client:
                while time.monotonic() < stop:
                    question = next(questions)
                    try:
                        if index < n_chat:
                            outcome = chat_once(client, base, question)
                        else:
                            code = client.post(base + "/api/ask", json={"question": question}).status_code
                            outcome = "ok" if code == 200 else f"http {code}"
                    except httpx.HTTPError as exc:
                        outcome = type(exc).__name__
                    with lock:
                        results[outcome] += 1

        threads = [threading.Thread(target=client_loop, args=(i,), daemon=True) for i in range(args.clients)]
        start = time.monotonic()
        samples: list[tuple[float, float]] = [(0.0, server.rss_mb())]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            time.sleep(min(10, max(0.5, args.seconds / 60)))
            samples.append((time.monotonic() - start, server.rss_mb()))
        for t in threads:
            t.join()
        total = sum(results.values())
        mid = min(samples, key=lambda s: abs(s[0] - args.seconds / 2))
        print(
            f"clients {args.clients} ({n_chat} through the chat queue) for {args.seconds:.0f}s: {total} answers, "
            f"{total / args.seconds:.1f}/s; outcomes {dict(results)}"
        )
        print(
            f"server RSS: start {samples[0][1]:.0f} MB, middle {mid[1]:.0f} MB, end {samples[-1][1]:.0f} MB, "
            f"peak {max(s[1] for s in samples):.0f} MB; growth over the second half {samples[-1][1] - mid[1]:+.0f} MB"
        )
        return 0 if set(results) <= {"ok", "busy"} else 1


if __name__ == "__main__":
    sys.exit(main())
