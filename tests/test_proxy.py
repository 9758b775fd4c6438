"""Client addresses through a proxy, over real HTTP: X-Forwarded-For is believed only from FAQBOT_TRUSTED_PROXIES.

The server trusts 127.0.0.2 (the "proxy"); requests come from 127.0.0.1 (anyone) or 127.0.0.2 (the proxy),
both loopback addresses this machine has.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from bot.database import Database
from bot.records import Records
from tests.conftest import free_port, start_server

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def proxied(answerer, real_settings, tmp_path_factory) -> Iterator[tuple[str, Records]]:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('proxy') / 'records.sqlite3'}"
    settings = real_settings.with_(rate_limit="2/minute", trusted_proxies=("127.0.0.2",), database_url=url)
    port = free_port()
    thread, server = start_server(create_app(answerer, settings, watch_interval=None), port)
    yield f"http://127.0.0.1:{port}", Records(Database(url))
    server.should_exit = True  # type: ignore[attr-defined]
    thread.join(timeout=10)


def _ask(base: str, source: str, forwarded: str | None) -> httpx.Response:
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    with httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=60) as c:
        return c.post(f"{base}/api/ask", json={"question": "Is swelling normal?"}, headers=headers)


def test_a_spoofed_forwarded_for_from_anyone_else_is_ignored(proxied: tuple[str, Records]) -> None:
    base, _ = proxied
    codes = [_ask(base, "127.0.0.1", f"198.51.100.{n}").status_code for n in range(3)]
    assert codes == [200, 200, 429]  # one client (127.0.0.1) whatever it claims to be


def test_the_trusted_proxy_names_the_real_client(proxied: tuple[str, Records]) -> None:
    base, records = proxied
    codes = [_ask(base, "127.0.0.2", f"203.0.113.{n}").status_code for n in range(4)]
    assert codes == [200, 200, 200, 200]  # four clients behind the proxy, each under its own limit
    assert [_ask(base, "127.0.0.2", "203.0.113.0").status_code for _ in range(2)] == [200, 429]
    from sqlalchemy import select

    from bot.database import answers

    with records.database.begin() as db:
        networks = set(db.execute(select(answers.c.client)).scalars())
    assert "203.0.113.0/24" in networks and "127.0.0.0/24" in networks


def test_a_bad_trusted_proxy_setting_is_a_clear_error() -> None:
    from bot.errors import FaqbotError
    from bot.settings import Settings

    with pytest.raises(FaqbotError, match="FAQBOT_TRUSTED_PROXIES"):
        Settings.from_env({"FAQBOT_TRUSTED_PROXIES": "127.0.0.1, nginx.local"})
    assert Settings.from_env({"FAQBOT_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8"}).trusted_proxies == (
        "127.0.0.1",
        "10.0.0.0/8",
    )


def _chat(base: str, source: str, forwarded: str) -> str:
    """One chat question as a browser behind the given address would ask it; the bot's reply."""
    import json
    import uuid

    session = uuid.uuid4().hex[:10]
    headers = {"X-Forwarded-For": forwarded}
    with httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=60, headers=headers) as c:
        body = {"data": ["Is swelling normal?", None], "fn_index": 0, "session_hash": session}
        assert c.post(f"{base}/gradio_api/queue/join", json=body).status_code == 200
        with c.stream("GET", f"{base}/gradio_api/queue/data", params={"session_hash": session}) as r:
            for line in r.iter_lines():
                if "process_completed" in line:
                    content = json.loads(line[len("data: ") :])["output"]["data"][1][-1]["content"]
                    return content if isinstance(content, str) else "".join(p["text"] for p in content)
    return ""


def test_the_chat_gate_sees_the_client_the_proxy_names(proxied: tuple[str, Records]) -> None:
    from limits import parse

    from bot.chat import limited_text

    over = limited_text(parse("2/minute"))
    base, _ = proxied
    spoofed = [_chat(base, "127.0.0.3", f"192.0.2.{n}") for n in range(3)]
    assert over not in spoofed[:2] and spoofed[2] == over  # one client (127.0.0.3, not a proxy), over its limit
    behind = [_chat(base, "127.0.0.2", f"192.0.2.{n}") for n in range(10, 14)]
    assert over not in behind  # four readers behind the proxy, each under its own limit
