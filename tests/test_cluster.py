"""`make cluster` for real: nginx in front of 3 replicas sharing one PostgreSQL database, under load, with one
replica killed (SIGKILL) midway.

32 API clients ask (and rate a quarter of the answers) through nginx for 60 s; chat sessions from 9 client
addresses keep asking through nginx, each in one Gradio session. The figures are printed (pytest -s shows them).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from bot.chat import MAX_TURNS
from tests.conftest import ROOT, free_port
from tests.postgres import PostgresServer

pytestmark = [pytest.mark.integration, pytest.mark.cluster]

CLIENTS = 32
SECONDS = 60
KILL_AFTER = 25
CHAT_ADDRESSES = [f"127.0.0.{n}" for n in range(11, 20)]
# The API goes to one replica per client address (as the chat does): each API client asks from its own address
API_ADDRESSES = [f"127.0.0.{n}" for n in range(30, 30 + CLIENTS)]
QUESTIONS = [
    "Can stem cells cause cancer?",
    "What are the most common side effects?",
    "Can stem cell therapy cause blood clots?",
    "How do I choose a safe clinic?",
    "Is swelling normal after the injection?",
    "How much does it cost?",
    "Can my immune system reject the cells?",
    "What is the risk of infection?",
]


@dataclass
class Tally:
    answers: int = 0
    failures: list[str] = field(default_factory=list)
    ratings: Counter[str] = field(default_factory=Counter)  # replica -> ratings stored through it
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture(scope="module")
def cluster(real_settings, answerer) -> Iterator[tuple[str, subprocess.Popen[bytes], list[int], PostgresServer]]:  # type: ignore[no-untyped-def]
    postgres = PostgresServer().start()
    port = free_port()
    while any(_listening(port + i) for i in range(4)):
        port = free_port()
    env = {
        **os.environ,
        "FAQBOT_DATABASE_URL": postgres.url,
        "FAQBOT_KNOWLEDGE_DIR": str(real_settings.knowledge_dir),
        "FAQBOT_INDEX_DIR": str(real_settings.index_dir),  # built by the answerer fixture
        "FAQBOT_RATE_LIMIT": "0",
        "FAQBOT_RECORD_QUESTIONS": "true",
        "FAQBOT_CONCURRENCY": "4",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "tools.cluster", "--replicas", "3", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:  # the database and the cluster go, whether the cluster started or not
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(line.decode() for line in process.stdout), daemon=True)  # type: ignore[union-attr]
        reader.start()
        deadline = time.monotonic() + 600
        while not any("Ctrl-C stops everything" in line for line in lines):
            assert process.poll() is None, "".join(lines)
            assert time.monotonic() < deadline, "".join(lines)
            time.sleep(0.5)
        replicas = [port + i for i in (1, 2, 3)]
        yield f"http://127.0.0.1:{port}", process, replicas, postgres
    finally:
        if process.poll() is None:  # the test failed before stopping it: stop it as Ctrl-C would
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()  # its replicas and nginx still get SIGTERM (PR_SET_PDEATHSIG)
        postgres.remove()


def _listening(port: int) -> bool:
    try:
        httpx.get(f"http://127.0.0.1:{port}/", timeout=0.5)
        return True
    except httpx.HTTPError:
        return False


def _api_client(base: str, tally: Tally, stop: threading.Event, seed: int) -> None:
    rng = random.Random(seed)
    transport = httpx.HTTPTransport(local_address=API_ADDRESSES[seed % len(API_ADDRESSES)])
    with httpx.Client(timeout=60, transport=transport) as client:
        while not stop.is_set():
            try:
                response = client.post(f"{base}/api/ask", json={"question": rng.choice(QUESTIONS)})
                ok = response.status_code == 200 and response.json()["status"] in {"answered", "no_match"}
            except (httpx.HTTPError, ValueError) as exc:
                ok, response = False, None
                with tally.lock:
                    tally.failures.append(f"ask: {type(exc).__name__}: {exc}")
            if response is not None and not ok:
                with tally.lock:
                    tally.failures.append(f"ask: {response.status_code} {response.text[:200]}")
            if not ok:
                continue
            with tally.lock:
                tally.answers += 1
            if rng.random() < 0.25:
                rating = client.post(
                    f"{base}/api/feedback",
                    json={"answer_id": response.json()["id"], "rating": rng.choice(["up", "down"])},
                )
                with tally.lock:
                    if rating.status_code == 200:
                        tally.ratings[rating.headers.get("x-faqbot-replica", "?").split(",")[-1].strip()] += 1
                    else:
                        tally.failures.append(f"feedback: {rating.status_code} {rating.text[:200]}")


@dataclass
class ChatSession:
    address: str
    session: str = field(default_factory=lambda: uuid.uuid4().hex[:10])
    replica: str = ""
    replies: int = 0
    broken: str = ""

    def ask(self, base: str, question: str) -> None:
        """One question in this session; the history the server returns must hold every earlier turn."""
        transport = httpx.HTTPTransport(local_address=self.address)
        with httpx.Client(timeout=60, transport=transport) as c:
            joined = c.post(
                f"{base}/gradio_api/queue/join",
                json={"data": [question, None], "fn_index": 0, "session_hash": self.session},
            )
            replica = joined.headers.get("x-faqbot-replica", "")
            if joined.status_code != 200:
                self.broken = f"join {joined.status_code} via {replica}"
                return
            with c.stream("GET", f"{base}/gradio_api/queue/data", params={"session_hash": self.session}) as r:
                for line in r.iter_lines():
                    if "process_completed" in line:
                        done = json.loads(line[len("data: ") :])
                        history = (done.get("output") or {}).get("data", [None, []])[1] or []
                        if len(history) != min(2 * (self.replies + 1), MAX_TURNS):
                            self.broken = (
                                f"history of {len(history)} messages after {self.replies} replies via {replica}"
                            )
                            return
                        self.replies += 1
                        self.replica = self.replica or replica
                        return
            self.broken = f"no reply via {replica}"


def _chat_client(base: str, chat: ChatSession, stop: threading.Event) -> None:
    rng = random.Random(chat.address)
    while not stop.is_set() and not chat.broken:
        try:
            chat.ask(base, rng.choice(QUESTIONS))
        except httpx.HTTPError as exc:
            chat.broken = f"{type(exc).__name__}"
        stop.wait(2)


def _pid(port: int) -> int:
    return int(httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=10).json()["pid"])


def test_a_clients_forwarding_headers_do_not_pass_nginx(cluster) -> None:  # type: ignore[no-untyped-def]
    """nginx is a trusted proxy, so a replica believes the X-Forwarded-Host it sends: every location of the template
    sets it from the Host the reader reached, and drops the other forwarding headers (seventh stop's review: a
    client's own header reached /api/docs through the /api/ location)."""
    base = cluster[0]
    forged = {"X-Forwarded-Host": "evil.example", "Forwarded": "host=evil.example", "X-Forwarded-Prefix": "/evil"}
    with httpx.Client(timeout=30) as client:
        for path in ("/api/docs", "/embed", "/config", "/"):
            response = client.get(base + path, headers=forged)
            assert response.status_code == 200 and "evil" not in response.text, path
        proxied = client.get(base + "/api/docs", headers={"Host": "faq.example.org"})
        assert "http://faq.example.org/api/ask" in proxied.text  # the public address still comes through


def test_each_address_asks_one_replica_so_its_rate_limit_holds_for_the_cluster(cluster) -> None:  # type: ignore[no-untyped-def]
    """A replica counts one rate-limit budget per address for the chat, /api/ask and /api/feedback. When the API was
    balanced over every replica, one address could ask REPLICAS times its limit (eighth outside trial, D6). Now the
    API, feedback and the chat of one address all reach the same replica, and different addresses still spread."""
    base = cluster[0]
    seen: dict[str, set[str]] = {}
    for n in range(12):
        address = f"127.0.0.{100 + n}"
        with httpx.Client(timeout=30, transport=httpx.HTTPTransport(local_address=address)) as client:
            replicas = set()
            for question in QUESTIONS[:3]:
                asked = client.post(f"{base}/api/ask", json={"question": question})
                assert asked.status_code == 200
                replicas.add(asked.headers["x-faqbot-replica"])
                rated = client.post(f"{base}/api/feedback", json={"answer_id": asked.json()["id"], "rating": "up"})
                assert rated.status_code == 200
                replicas.add(rated.headers["x-faqbot-replica"])
            session = uuid.uuid4().hex[:10]
            joined = client.post(
                f"{base}/gradio_api/queue/join",
                json={"data": ["Is it safe?", None], "fn_index": 0, "session_hash": session},
            )
            assert joined.status_code == 200
            replicas.add(joined.headers["x-faqbot-replica"])
            with client.stream("GET", f"{base}/gradio_api/queue/data", params={"session_hash": session}) as r:
                for line in r.iter_lines():
                    if "process_completed" in line:
                        break
        seen[address] = replicas
    assert all(len(replicas) == 1 for replicas in seen.values()), seen
    assert len(set.union(*seen.values())) >= 2, seen  # the addresses still spread over the replicas


@pytest.mark.browser
def test_the_chat_works_in_a_browser_through_nginx(cluster, browser) -> None:  # type: ignore[no-untyped-def]
    """The page, its assets and Gradio's queue through the proxy; a 👎 lands in the shared database."""
    from playwright.sync_api import expect

    from bot.database import Database
    from bot.records import Records

    base, _, _, postgres = cluster
    records = Records(Database(postgres.url))
    before = records.counts()["feedback"]
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.goto(base + "/", wait_until="domcontentloaded")
        box = page.get_by_test_id("textbox").first
        box.wait_for(timeout=60_000)
        box.fill("Can stem cell therapy cause blood clots?")
        box.press("Enter")
        reply = page.locator("[data-testid='bot']").last
        expect(reply).to_contain_text("blood clot formation", timeout=60_000)
        box.fill("And infections?")
        box.press("Enter")
        expect(page.locator("[data-testid='bot']")).to_have_count(2, timeout=60_000)  # the same session
        page.locator("[data-testid='bot']").last.hover()
        page.locator("button[aria-label='Dislike']").last.click()
        for _ in range(100):
            if records.counts()["feedback"] > before:
                break
            time.sleep(0.1)
        assert records.counts()["feedback"] == before + 1
    finally:
        context.close()


def test_three_replicas_lose_no_answer_when_one_is_killed(cluster) -> None:  # type: ignore[no-untyped-def]
    base, process, replicas, postgres = cluster
    pids = {port: _pid(port) for port in replicas}
    assert len(set(pids.values())) == 3
    from bot.database import Database
    from bot.records import Records

    earlier = Records(Database(postgres.url)).counts()  # (the browser test's rating)
    tally, stop = Tally(), threading.Event()
    chats = [ChatSession(address) for address in CHAT_ADDRESSES]
    threads = [threading.Thread(target=_api_client, args=(base, tally, stop, n)) for n in range(CLIENTS)]
    threads += [threading.Thread(target=_chat_client, args=(base, chat, stop)) for chat in chats]
    for t in threads:
        t.start()
    time.sleep(KILL_AFTER)
    # the replica holding the most chat sessions is the one killed
    held = Counter(chat.replica for chat in chats if chat.replica)
    victim_address = held.most_common(1)[0][0] if held else f"127.0.0.1:{replicas[1]}"
    victim = int(victim_address.rsplit(":", 1)[1])
    os.kill(pids[victim], signal.SIGKILL)
    killed_at = {chat.address: chat.replies for chat in chats}
    time.sleep(SECONDS - KILL_AFTER)
    stop.set()
    for t in threads:
        t.join(timeout=120)

    survivors = [c for c in chats if c.replica and c.replica != victim_address]
    on_victim = [c for c in chats if c.replica == victim_address]
    counts = Records(Database(postgres.url)).counts()
    report = {
        "answers": tally.answers,
        "failed_api_answers": len(tally.failures),
        "killed": f"{victim_address} (pid {pids[victim]}) after {KILL_AFTER}s",
        "ratings_by_replica": dict(tally.ratings),
        "database": counts,
        "chat_sessions": {c.address: (c.replica, c.replies, c.broken or "ok") for c in chats},
    }
    print("\ncluster test:", json.dumps(report, indent=2))
    assert tally.failures == [], tally.failures[:5]
    assert tally.answers > CLIENTS
    # feedback from every replica landed in the one database
    assert {f"127.0.0.1:{p}" for p in replicas} <= set(tally.ratings), tally.ratings
    assert counts["feedback"] - earlier["feedback"] == sum(tally.ratings.values())
    assert counts["answers"] - earlier["answers"] >= tally.answers
    # chat sessions on the other replicas carried on after the kill, in the same session
    assert survivors, report["chat_sessions"]
    for chat in survivors:
        assert not chat.broken, (chat.address, chat.broken)
        assert chat.replies > killed_at[chat.address], chat.address
    assert all(c.replies >= 1 for c in on_victim)

    # the killed replica is started again, on its port, and serves the chat
    deadline = time.monotonic() + 600
    while True:
        try:
            health = httpx.get(f"http://127.0.0.1:{victim}/healthz", timeout=5).json()
            if health["pid"] != pids[victim] and health.get("chat") == "ready":
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "the killed replica was not restarted"
        time.sleep(1)
    restarted = int(health["pid"])
    page = httpx.get(f"http://127.0.0.1:{victim}/", timeout=30)
    assert page.status_code == 200 and "gradio" in page.text.lower()

    # SIGTERM stops everything: nginx and the replicas
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0
    for port in [int(base.rsplit(":", 1)[1]), *replicas]:
        assert not _listening(port), port
    for pid in [*pids.values(), restarted]:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()
