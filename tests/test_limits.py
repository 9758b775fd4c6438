"""Limits, performed over HTTP: a per-client API rate limit, and a chat queue that one client cannot take over."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fastapi.testclient import TestClient
from limits import parse

from bot.chat import BUSY_REPLY, limited_text
from tests.conftest import free_port, start_server

pytestmark = pytest.mark.integration


def test_api_rate_limit_answers_429_in_the_answer_shape(answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    app = create_app(answerer, real_settings.with_(rate_limit="5/minute"), watch_interval=None)
    with TestClient(app) as client:
        codes = [
            client.post("/api/ask", json={"question": "Can stem cells cause cancer?"}).status_code for _ in range(5)
        ]
        assert codes == [200] * 5
        refused = client.post("/api/ask", json={"question": "Can stem cells cause cancer?"})
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    body = refused.json()
    assert body["status"] == "invalid" and body["notice"] in body["markdown"] and "wait" in body["markdown"]
    assert body["question"] == "Can stem cells cause cancer?"  # the question as received (seventh outside trial)


def test_a_client_over_its_rate_limit_still_gets_the_alert_for_a_crisis(answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    app = create_app(answerer, real_settings.with_(rate_limit="2/minute"), watch_interval=None)
    with TestClient(app) as client:
        for _ in range(2):
            client.post("/api/ask", json={"question": "Is it safe?"})
        crisis = client.post("/api/ask", json={"question": "I want to kill myself tonight"})
        # in another language, read by the flags written in it (tenth outside trial)
        foreign = client.post("/api/ask", json={"question": "mi padre no puede respirar despues de la inyeccion"})
        plain = client.post("/api/ask", json={"question": "Is it safe?"})
        broken = client.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert crisis.status_code == 429 and int(crisis.headers["Retry-After"]) > 0
    body = crisis.json()
    assert body["status"] == "urgent" and body["urgent"]["tier"] == "crisis" and "tel:988" in body["markdown"]
    assert "wait" in body["markdown"] and body["notice"] in body["markdown"]
    assert foreign.status_code == 429 and foreign.json()["urgent"]["tier"] == "emergency"
    assert plain.status_code == 429 and plain.json()["status"] == "invalid"
    assert broken.status_code == 429 and broken.json()["status"] == "invalid"


def test_the_busy_chat_reply_still_opens_with_the_alert_for_an_emergency() -> None:
    from bot.chat import busy_reply

    box, shown_turns, _ = busy_reply("my dad collapsed and isn't breathing", [])
    reply = shown_turns[-1]["content"]
    assert box == "my dad collapsed and isn't breathing"  # the question stays in the box
    assert reply.index("tel:") < reply.index("busy") and reply.endswith(BUSY_REPLY)
    assert busy_reply("Is it safe?", [])[1][-1]["content"] == BUSY_REPLY


def test_the_chat_over_its_rate_limit_says_how_long_to_wait() -> None:
    """Not "busy, try again in a moment": pressing Enter at once would fail again until the window has passed
    (seventh outside trial)."""
    from bot.chat import busy_reply

    reply = limited_text(parse("20/minute"))
    assert "20 questions a minute" in reply and "wait up to a minute" in reply and "busy" not in reply
    assert "every 10 seconds" in limited_text(parse("5 per 10 seconds")) and "up to an hour" in limited_text(
        parse("9/hour")
    )
    assert "1 question a day" in limited_text(parse("1/day"))
    box, shown_turns, _ = busy_reply("my dad collapsed and isn't breathing", [], reply)
    assert box == "my dad collapsed and isn't breathing" and shown_turns[-1]["content"].endswith(reply)
    assert shown_turns[-1]["content"].index("tel:") < shown_turns[-1]["content"].index("wait up to")


def test_one_budget_per_address_for_the_chat_the_api_and_feedback(answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    """FAQBOT_RATE_LIMIT is one budget per address, whichever way the questions come: each route once counted its
    own, so an address got three times the limit (seventh outside trial). Performed over HTTP on a real server."""
    from bot.server import create_app

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = create_app(answerer, real_settings.with_(rate_limit="4/minute"), watch_interval=None)
    thread, server = start_server(app, port)
    over = limited_text(parse("4/minute"))
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            first = c.post("/api/ask", json={"question": "Can stem cells cause cancer?"})
            assert first.status_code == 200
            assert c.post("/api/ask", json={"question": "Is it safe?"}).status_code == 200
            assert _ask_chat(base, "Can stem cells cause cancer?") != (200, over)  # the third question
            rated = c.post("/api/feedback", json={"answer_id": first.json()["id"], "rating": "up"})
            assert rated.status_code == 200  # the fourth request
            assert _ask_chat(base, "Can stem cells cause cancer?") == (200, over)  # the budget is spent
            refused = c.post("/api/ask", json={"question": "Is it safe?"})
            assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
            assert c.post("/api/feedback", json={"answer_id": first.json()["id"], "rating": "down"}).status_code == 429
        other = _ask_chat(base, "Can stem cells cause cancer?", local_address="127.0.0.2")
        assert other[0] == 200 and other[1] != over and "Tumor" in other[1]  # another address has its own budget
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)


def test_a_cross_site_simple_post_cannot_spend_a_readers_budget(answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    """A page on another site may make its visitors' browsers POST text/plain or a form with no CORS preflight; they
    were answered, and counted against the reader's limit, which also blocked their chat (seventh outside trial).
    Performed over HTTP: such requests get 415 and leave the budget whole."""
    from bot.server import create_app

    port = free_port()
    app = create_app(answerer, real_settings.with_(rate_limit="2/minute"), watch_interval=None)
    thread, server = start_server(app, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
            simple = {"Origin": "https://evil.example", "Content-Type": "text/plain;charset=UTF-8"}
            body = b'{"question": "Can stem cells cause cancer?"}'
            assert {c.post("/api/ask", content=body, headers=simple).status_code for _ in range(5)} == {415}
            form = {"Origin": "https://evil.example", "Content-Type": "application/x-www-form-urlencoded"}
            assert c.post("/api/feedback", content=b"answer_id=a&rating=up", headers=form).status_code == 415
            codes = [c.post("/api/ask", json={"question": "Is it safe?"}).status_code for _ in range(3)]
            assert codes == [200, 200, 429]
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)


def test_rate_limit_zero_turns_it_off(answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    with TestClient(create_app(answerer, real_settings.with_(rate_limit="0"), watch_interval=None)) as client:
        codes = {client.post("/api/ask", json={"question": "Is it safe?"}).status_code for _ in range(80)}
    assert codes == {200}


def test_bad_rate_limit_setting_is_a_clear_error() -> None:
    from bot.errors import FaqbotError
    from bot.settings import Settings

    with pytest.raises(FaqbotError, match="FAQBOT_RATE_LIMIT"):
        Settings.from_env({"FAQBOT_RATE_LIMIT": "lots"})


@pytest.fixture(scope="module")
def slow_queue_url(answerer, real_settings) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A server answering one chat question at a time, so a flood from one client queues up."""
    from bot.server import create_app

    port = free_port()
    thread, server = start_server(
        create_app(answerer, real_settings.with_(concurrency=1, rate_limit="0"), watch_interval=None), port
    )
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True  # type: ignore[attr-defined]
    thread.join(timeout=10)


def _ask_chat(base: str, question: str, local_address: str = "127.0.0.1", fn_index: object = 0) -> tuple[int, str]:
    """Join the queue as one browser would; the join's status and the bot's last reply."""
    session = uuid.uuid4().hex[:10]
    transport = httpx.HTTPTransport(local_address=local_address)
    with httpx.Client(timeout=60, transport=transport) as c:
        joined = c.post(
            f"{base}/gradio_api/queue/join",
            json={"data": [question, None], "fn_index": fn_index, "session_hash": session},
        )
        if joined.status_code != 200:
            return joined.status_code, joined.text
        with c.stream("GET", f"{base}/gradio_api/queue/data", params={"session_hash": session}) as r:
            for line in r.iter_lines():
                if "process_completed" in line:
                    done = json.loads(line[len("data: ") :])
                    content = done["output"]["data"][1][-1]["content"]
                    return 200, content if isinstance(content, str) else "".join(p["text"] for p in content)
    return 0, ""


def test_one_client_cannot_take_over_the_chat_queue(slow_queue_url: str) -> None:
    question = "What are the most common side effects of stem cell therapy?"
    with ThreadPoolExecutor(max_workers=32) as pool:
        flood = [pool.submit(_ask_chat, slow_queue_url, question) for _ in range(32)]
        other = _ask_chat(slow_queue_url, "Can stem cells cause cancer?", local_address="127.0.0.2")
        results = [f.result() for f in flood]
    assert all(code == 200 for code, _ in results), "no join is refused: the busy reply comes in the chat"
    busy = [reply for _, reply in results if reply == BUSY_REPLY]
    answered = [reply for _, reply in results if reply != BUSY_REPLY]
    assert busy, "the flooding client is told the chat is busy"
    assert answered, "and still gets some answers"
    assert other[0] == 200 and other[1] != BUSY_REPLY and "Tumor" in other[1], "another client is served meanwhile"


@pytest.mark.parametrize("fn_index", [0, "0", 0.0])
def test_the_chat_rate_limit_holds_however_the_event_is_numbered(answerer, real_settings, fn_index: object) -> None:  # type: ignore[no-untyped-def]
    """Gradio reads fn_index "0" and 0.0 as event 0; the gate once knew only the int, so a string passed by the rate
    limit and the per-client cap (seventh stop's review: 8 of 8 answered at 3/minute)."""
    from bot.server import create_app

    port = free_port()
    app = create_app(answerer, real_settings.with_(rate_limit="3/minute"), watch_interval=None)
    thread, server = start_server(app, port)
    try:
        replies = [
            _ask_chat(f"http://127.0.0.1:{port}", "Can stem cells cause cancer?", fn_index=fn_index) for _ in range(5)
        ]
        assert all(code == 200 for code, _ in replies), replies
        over = limited_text(parse("3/minute"))
        assert [reply == over for _, reply in replies] == [False, False, False, True, True], replies
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)


def test_gradio_session_bookkeeping_does_not_grow_without_bound(answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    """Gradio keeps an inbox per chat session forever; the gate drops the idle ones (memory stays flat)."""
    import bot.gate
    from bot.server import create_app

    app = create_app(answerer, real_settings.with_(rate_limit="0"), watch_interval=None)
    port = free_port()
    thread, server = start_server(app, port)
    old = bot.gate.PRUNE_EVERY_SECONDS
    bot.gate.PRUNE_EVERY_SECONDS = 0
    try:
        for _ in range(30):
            assert _ask_chat(f"http://127.0.0.1:{port}", "Can stem cells cause cancer?")[0] == 200
        assert len(app.state.chat._queue.pending_messages_per_session) <= 2
    finally:
        bot.gate.PRUNE_EVERY_SECONDS = old
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)


def test_malloc_arenas_are_capped_on_glibc() -> None:
    """The server caps glibc's arenas before its threads start (memory stays flat under many clients)."""
    import platform

    from bot.server import limit_malloc_arenas

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("not glibc")
    assert limit_malloc_arenas() is True


def test_freed_memory_goes_back_to_the_system_on_glibc() -> None:
    import platform

    from bot.gate import release_free_memory

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("not glibc")
    assert release_free_memory() is True
