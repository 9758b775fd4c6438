"""Attacks an anonymous client can make on a running server, performed for real over HTTP.

Every route the app exposes is tried with file references (Gradio's FileData dicts) in every input of every
event, through the queue, the `run` and `call` routes and the upload route. A canary file outside the app and
the repository's own files must never come back.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def canary(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    secret = f"CANARY-{uuid.uuid4().hex}"
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text(secret + "\n")
    return path, secret


def _file_dict(path: Path | str) -> dict[str, Any]:
    return {"path": str(path), "meta": {"_type": "gradio.FileData"}, "orig_name": Path(path).name}


def _secrets(canary: tuple[Path, str]) -> list[str]:
    """Strings that would prove a leak: the canary and distinctive lines of server files."""
    return [canary[1], "root:x:0:0", "[build-system]", "def __getattr__(name: str)", "[core]"]


def _targets(canary: tuple[Path, str]) -> list[Path]:
    return [canary[0], Path("/etc/passwd"), ROOT / "pyproject.toml", ROOT / "app.py", ROOT / ".git" / "config"]


def _assert_no_leak(text: str, canary: tuple[Path, str]) -> None:
    for secret in _secrets(canary):
        assert secret not in text, f"server file content leaked: {secret!r}"


def _follow_file_urls(client: httpx.Client, base: str, text: str, canary: tuple[Path, str]) -> None:
    """Fetch every Gradio file URL mentioned in a response: none may serve a server file."""
    for token in text.replace('"', " ").replace("\\/", "/").split():
        if "/file=" in token:
            url = token if token.startswith("http") else base + token
            body = client.get(url).text
            _assert_no_leak(body, canary)


def _stream(client: httpx.Client, base: str, session: str) -> str:
    """Everything the queue sends to a session until its job ends (or a few seconds pass)."""
    out: list[str] = []
    try:
        with client.stream("GET", f"{base}/gradio_api/queue/data", params={"session_hash": session}, timeout=10) as r:
            for line in r.iter_lines():
                out.append(line)
                if "process_completed" in line or "close_stream" in line:
                    break
    except httpx.HTTPError:
        pass
    return "\n".join(out)


def _config(client: httpx.Client, base: str) -> dict[str, Any]:
    return client.get(f"{base}/config").json()


def _payloads(deps: list[dict[str, Any]], target: Path) -> Iterator[tuple[int, list[Any]]]:
    """For every event: the file dict as each input, and inside a chat history message."""
    history = [{"role": "user", "content": [{"type": "file", "file": _file_dict(target)}]}]
    history_plain = [{"role": "user", "content": _file_dict(target)}]
    for index, dep in enumerate(deps):
        n = len(dep.get("inputs", []))
        for slot in range(max(n, 1)):
            for value in (_file_dict(target), history, history_plain, [_file_dict(target)]):
                data: list[Any] = ["hi"] * n
                if n:
                    data[slot] = value
                yield dep.get("id", index), data


def test_no_event_input_can_read_a_server_file(server_url: str, canary: tuple[Path, str]) -> None:
    """The reported reproduction and its variants, through /queue/join for every event and input."""
    with httpx.Client(timeout=15) as client:
        deps = _config(client, server_url)["dependencies"]
        assert deps, "the chat has events to attack"
        tried = 0
        for target in _targets(canary):
            for fn_index, data in _payloads(deps, target):
                session = uuid.uuid4().hex[:10]
                body = {
                    "data": data,
                    "fn_index": fn_index,
                    "session_hash": session,
                    "event_data": {"index": 0, "value": {"text": "hi"}},
                    "trigger_id": None,
                }
                joined = client.post(f"{server_url}/gradio_api/queue/join", json=body)
                assert joined.status_code != 500
                stream = _stream(client, server_url, session) if joined.status_code == 200 else joined.text
                _assert_no_leak(stream, canary)
                _follow_file_urls(client, server_url, stream, canary)
                assert str(target) not in stream or "not uploaded" in stream or "Cannot move" in stream
                tried += 1
        assert tried >= 20


def test_malformed_queue_joins_are_refused_before_gradio(server_url: str, canary: tuple[Path, str]) -> None:
    """Each of these made Gradio write a full traceback to the server log, so anyone could flood it (sixth outside
    trial, D7): they are answered 422 by the chat gate, and never queued. A well-formed join still goes through."""
    with httpx.Client(timeout=15) as client:
        deps = {d["api_name"]: d["id"] for d in _config(client, server_url)["dependencies"] if d.get("api_name")}
        session = uuid.uuid4().hex[:10]
        join = f"{server_url}/gradio_api/queue/join"
        for event_data in (None, "x", [1]):  # the like event reads what was clicked
            body = {"data": [None], "fn_index": deps["rate_reply"], "event_data": event_data, "session_hash": session}
            refused = client.post(join, json=body)
            assert refused.status_code == 422 and "event data" in refused.json()["detail"], refused.text
        nested = {"a": [{"b": _file_dict(canary[0])}]}
        for value in (_file_dict(canary[0]), [_file_dict("/etc/passwd")], nested):
            body = {"data": [value, []], "fn_index": deps["ask"], "event_data": None, "session_hash": session}
            refused = client.post(join, json=body)
            assert refused.status_code == 422 and "file" in refused.json()["detail"], refused.text
            _assert_no_leak(refused.text, canary)
        for event_data in ({}, {"index": "x"}, {"index": 0, "value": {"path": "/etc/passwd"}, "liked": True}):
            body = {"data": [[]], "fn_index": deps["rate_reply"], "event_data": event_data, "session_hash": session}
            refused = client.post(join, json=body)
            assert refused.status_code == 422, (event_data, refused.text)
        for fn_index in ("2", 2.0, "99", 99999, "x", [2]):  # as Gradio reads it ("2" is event 2), and unknown events
            body = {"data": [None], "fn_index": fn_index, "event_data": None, "session_hash": session}
            refused = client.post(join, json=body)
            assert refused.status_code == 422, (fn_index, refused.text)
        short = {"data": [], "fn_index": deps["ask"], "trigger_id": 4, "event_data": None, "session_hash": session}
        assert client.post(join, json=short).status_code == 422  # Gradio: "didn't receive enough input values"
        # a stream for a session the queue does not hold: 404 from the gate (Gradio logged two tracebacks)
        stream = client.get(f"{server_url}/gradio_api/queue/data", params={"session_hash": "x"})
        assert stream.status_code == 404 and "session" in stream.json()["detail"]
        ok = {"data": ["Can stem cells cause cancer?", []], "fn_index": deps["ask"], "event_data": None,
              "session_hash": session}
        assert client.post(join, json=ok).status_code == 200
        assert "process_completed" in _stream(client, server_url, session)
        liked = {"data": [[]], "fn_index": deps["rate_reply"], "event_data": {"index": 0, "value": "x", "liked": True},
                 "session_hash": session}
        assert client.post(join, json=liked).status_code == 200


def test_run_and_call_routes_cannot_read_files(server_url: str, canary: tuple[Path, str]) -> None:
    with httpx.Client(timeout=15) as client:
        for target in _targets(canary):
            payload = {"data": [_file_dict(target), []]}
            run = client.post(f"{server_url}/gradio_api/run/ask", json=payload)
            assert run.status_code in {403, 404, 405, 422}, run.text[:200]
            _assert_no_leak(run.text, canary)
            call = client.post(f"{server_url}/gradio_api/call/ask", json=payload)
            assert call.status_code == 403, call.text[:200]  # closed: see test_the_call_routes_are_closed
            _assert_no_leak(call.text, canary)


@pytest.mark.parametrize(
    "path",
    ["/gradio_api/call/ask", "/gradio_api/call/v2/ask", "/GRADIO_API/call/ask", "//gradio_api//call/ask",
     "/gradio_api/call/ask/some-event-id", "/gradio_api/run/chat", "/gradio_api/run/ask", "/gradio_api/api/chat",
     "/gradio_api/api/x"],
)
def test_the_call_routes_are_closed(server_url: str, path: str) -> None:
    """Gradio's REST call routes ran questions outside the chat gate's rate limit and per-client cap (150 answers in
    2 s while /api/ask answered 429), and /call/v2/ask with an unexpected body gave a 500 (sixth outside trial)."""
    with httpx.Client(timeout=15) as client:
        for body in ({"data": ["Is tingling normal?"]}, {}, {"question": "hi"}):
            response = client.post(server_url + path, json=body)
            assert response.status_code == 403 and "/api/ask" in response.json()["detail"], (path, response.text)
        assert client.get(server_url + path).status_code == 403


@pytest.mark.parametrize("path", ["/openapi.json", "/gradio_api/openapi.json", "/OpenAPI.json", "//openapi.json"])
def test_gradios_own_route_list_is_not_served(server_url: str, path: str) -> None:
    """/openapi.json was Gradio's own document: 70-odd internal routes such as /gradio_api/vibe-edit and /login
    (eighth outside trial). The bot's API has its own at /api/openapi.json."""
    with httpx.Client(timeout=15) as client:
        response = client.get(server_url + path)
        assert response.status_code == 403 and "/api/openapi.json" in response.json()["detail"], (path, response.text)
        assert "vibe" not in response.text
        assert client.get(server_url + "/api/openapi.json").json()["info"]["title"].startswith("Stem cell")


@pytest.mark.parametrize(
    "path",
    ["/monitoring", "/monitoring/summary", "/Monitoring//summary", "/monitoring/", "/gradio_api/component_server",
     "/gradio_api/component_server/"],
)
def test_gradio_routes_the_chat_does_not_use_are_closed(server_url: str, path: str) -> None:
    """/monitoring/summary was open to anyone (sixth outside trial, D15) while /monitoring said it was disabled; the
    component server answered an unknown component id with a 500 and a traceback in the log (seventh review)."""
    body = {"session_hash": "abcdefghij", "component_id": 99999, "fn_name": "a", "data": None}
    with httpx.Client(timeout=15) as client:
        for response in (client.get(server_url + path), client.post(server_url + path, json=body)):
            assert response.status_code == 403 and "/healthz" in response.json()["detail"], (path, response.text)


def test_file_routes_serve_no_server_file(server_url: str, canary: tuple[Path, str]) -> None:
    with httpx.Client(timeout=15) as client:
        for target in _targets(canary):
            for route in ("/gradio_api/file=", "/file=", "/gradio_api/file/", "/gradio_api/proxy="):
                for form in (str(target), "../../../../../.." + str(target), str(target).replace("/", "%2F")):
                    response = client.get(server_url + route + form)
                    assert response.status_code != 200 or not any(s in response.text for s in _secrets(canary))


def test_anonymous_upload_is_refused(server_url: str) -> None:
    with httpx.Client(timeout=30) as client:
        for route in ("/gradio_api/upload", "/upload", "/gradio_api/upload?upload_id=x"):
            response = client.post(server_url + route, files={"files": ("big.bin", b"\0" * 2_000_000)})
            assert response.status_code in {403, 404, 405, 413}, (route, response.status_code)
            assert "/tmp" not in response.text


def test_gradio_errors_do_not_show_internals(server_url: str) -> None:
    """A job that fails says nothing about the server's paths or code."""
    with httpx.Client(timeout=15) as client:
        session = uuid.uuid4().hex[:10]
        body = {"data": [{"bad": "value"}, "not a history"], "fn_index": 0, "session_hash": session}
        client.post(f"{server_url}/gradio_api/queue/join", json=body)
        stream = _stream(client, server_url, session)
        for marker in ("Traceback", "site-packages", ".py", "Error:"):
            assert marker not in stream, stream[:500]


def test_every_route_is_known(server_url: str) -> None:
    """The list of routes is what the attacks above cover: a new route must be added here and attacked."""
    from bot.server import create_app  # noqa: F401  (import check only)

    with httpx.Client(timeout=15) as client:
        openapi = client.get(f"{server_url}/api/openapi.json").json()
    assert set(openapi["paths"]) <= {"/api/ask", "/healthz", "/api/feedback"}, json.dumps(list(openapi["paths"]))


def test_headers_on_every_page(server_url: str) -> None:
    """A CSP that allows only the bot's own resources, nosniff, and no CORS for sites nobody configured."""
    with httpx.Client(timeout=15) as client:
        for path in ("/", "/embed", "/api/docs", "/healthz", "/embed.js", "/config"):
            response = client.get(server_url + path, headers={"Origin": "https://evil.example"})
            assert response.status_code == 200, path
            csp = response.headers["content-security-policy"]
            assert "default-src 'self'" in csp and "object-src 'none'" in csp and "base-uri 'self'" in csp
            assert "unsafe-eval" not in csp
            assert response.headers["x-content-type-options"] == "nosniff"
            assert "access-control-allow-origin" not in response.headers, path


def test_pages_run_only_their_own_scripts(server_url: str) -> None:
    """Each HTML page's scripts carry a nonce fresh for that response, and its policy runs no other inline script:
    'unsafe-inline' once let any script slipped into a page run (eighth session's leftovers)."""
    with httpx.Client(timeout=15) as client:
        for path in ("/", "/embed", "/api/docs"):
            nonces = []
            for _ in range(2):
                response = client.get(server_url + path)
                script_src = next(
                    d for d in response.headers["content-security-policy"].split(";") if d.strip().startswith("script-src")
                )
                assert "unsafe-inline" not in script_src and "'strict-dynamic'" in script_src, script_src
                nonce = re.search(r"'nonce-([\w-]+)'", script_src)
                assert nonce, script_src
                tags = re.findall(r"<script\b[^>]*>", response.text, re.IGNORECASE)
                assert all(f'nonce="{nonce.group(1)}"' in tag for tag in tags), (path, tags)
                nonces.append(nonce.group(1))
            assert nonces[0] != nonces[1], path
        head = client.head(server_url + "/")
        assert head.status_code == 200 and "'nonce-" in head.headers["content-security-policy"]


@pytest.mark.browser
def test_a_script_slipped_into_the_page_does_not_run(browser, server_url: str) -> None:
    """The attack the nonce stops: the chat page arrives with an extra inline script and an inline handler (as
    markup injected on the way or by a bug would be). Neither runs; the page's own scripts still do."""
    from playwright.sync_api import expect

    def inject(route) -> None:  # type: ignore[no-untyped-def]
        response = route.fetch()
        body = response.text().replace(
            "</head>", "<script>window.__injected = 1</script><img src=x onerror='window.__handler = 1'></head>", 1
        )
        route.fulfill(response=response, body=body)

    context = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        page = context.new_page()
        page.route(server_url + "/", inject)
        page.goto(server_url + "/", wait_until="domcontentloaded")
        box = page.get_by_test_id("textbox").first
        box.wait_for(timeout=30_000)
        box.fill("Can stem cells cause cancer?")
        box.press("Enter")
        expect(page.locator("[data-testid='bot']").last).to_contain_text("not medical advice", timeout=30_000)
        assert page.evaluate("[window.__injected, window.__handler]") == [None, None]
        assert page.locator("#question [data-testid='submit-button'][aria-label]").count() == 1  # chat.js ran
    finally:
        context.close()


def test_a_client_cannot_point_the_chat_page_at_another_site(server_url: str) -> None:
    """Gradio builds the page's "root" (where the chat sends questions) and /embed its snippets from the request's
    forwarding headers: sent by anyone but a trusted proxy, they are dropped, and X-Gradio-Server by everyone
    (sixth outside trial, D14). The pages that name an address are never stored for others by a shared cache."""
    forged = {
        "X-Forwarded-Host": "evil.example",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Prefix": "/evil",
        "Forwarded": "host=evil.example;proto=https",
        "X-Gradio-Server": "http://evil2.example",
    }
    with httpx.Client(timeout=15) as client:
        for path in ("/", "/config", "/embed", "/api/docs", "/gradio_api/info"):
            response = client.get(server_url + path, headers=forged)
            assert response.status_code == 200, path
            assert "evil" not in response.text, path
        for path in ("/", "/config", "/config/", "/gradio_api/runs", "/gradio_api/info", "/embed", "/api/docs"):
            assert client.get(server_url + path).headers["cache-control"] == "private, no-cache", path
        # Host itself: with FAQBOT_ALLOWED_HOSTS unset (as here) any host is answered, but never cached for others
        spoofed = client.get(server_url + "/", headers={"Host": "evil.example"})
        assert spoofed.headers["cache-control"] == "private, no-cache"


def test_a_host_outside_the_allowed_hosts_is_refused(answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app
    from tests.conftest import free_port, start_server

    port = free_port()
    app = create_app(answerer, real_settings.with_(allowed_hosts=("127.0.0.1", "faq.example.org")), watch_interval=None)
    thread, server = start_server(app, port)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(timeout=15) as client:
            assert client.get(base + "/healthz").status_code == 200
            assert client.get(base + "/", headers={"Host": "faq.example.org"}).status_code == 200
            for path in ("/", "/config", "/embed", "/api/ask"):
                refused = client.get(base + path, headers={"Host": "evil.example"})
                assert refused.status_code == 400 and "evil" not in refused.text, path
            asked = client.post(base + "/api/ask", json={"question": "hi"}, headers={"Host": "evil.example"})
            assert asked.status_code == 400
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)


def test_allowed_hosts_are_read_from_the_environment_and_checked() -> None:
    from bot.errors import FaqbotError
    from bot.settings import Settings

    settings = Settings.from_env({"FAQBOT_ALLOWED_HOSTS": "FAQ.example.org, *.example.net"})
    assert settings.allowed_hosts == ("faq.example.org", "*.example.net")
    for wrong in ("https://faq.example.org", "faq.example.org:443", "faq example"):
        with pytest.raises(FaqbotError, match="FAQBOT_ALLOWED_HOSTS"):
            Settings.from_env({"FAQBOT_ALLOWED_HOSTS": wrong})


def test_api_docs_load_nothing_from_elsewhere(server_url: str) -> None:
    import re

    with httpx.Client(timeout=15) as client:
        page = client.get(server_url + "/api/docs").text
    assert "POST" in page and "/api/ask" in page and "Retry-After" in page
    sources = re.findall(r"""(?:src|href)=["']([^"']+)""", page)
    assert all(not s.startswith(("http:", "https:", "//")) or s.startswith(server_url) for s in sources), sources


@pytest.mark.browser
def test_pages_run_under_the_csp_without_violations(browser, server_url: str) -> None:
    """Chat, example, clear and the other pages work with no CSP violation reported by the browser."""
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        page = context.new_page()
        page.add_init_script(
            "window.__violations = []; document.addEventListener('securitypolicyviolation',"
            " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
        )
        page.goto(server_url + "/", wait_until="domcontentloaded")
        box = page.get_by_test_id("textbox").first
        box.wait_for(timeout=30_000)
        page.get_by_role("button", name="Can stem cells cause cancer?").click()
        expect(page.locator("[data-testid='bot']").last).to_contain_text("not medical advice", timeout=30_000)
        box.fill("How long does the swelling last?")
        box.press("Enter")
        expect(page.locator("[data-testid='bot']")).to_have_count(2, timeout=30_000)
        page.get_by_role("button", name="Clear chat").click()
        expect(page.locator("[data-testid='bot']")).to_have_count(0, timeout=30_000)
        assert page.evaluate("window.__violations") == []
        for path in ("/embed", "/api/docs"):
            page.goto(server_url + path, wait_until="load")
            page.wait_for_timeout(500)
            assert page.evaluate("window.__violations") == [], path
    finally:
        context.close()


def _like_fn_index(client: httpx.Client, base: str) -> int:
    config = _config(client, base)
    chatbot = next(c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == "chatbot")
    return next(
        dep.get("id", i)
        for i, dep in enumerate(config["dependencies"])
        if any(t[0] == chatbot and t[1] == "like" for t in dep.get("targets", []))
    )


def _rating_count(real_settings) -> int:  # type: ignore[no-untyped-def]
    from bot.database import Database
    from bot.records import Records

    return Records(Database(real_settings.database_url)).counts()["feedback"]


def test_the_like_event_rates_only_the_sessions_own_replies(server_url: str, real_settings, canary) -> None:  # type: ignore[no-untyped-def]
    """A like names a message by index in the session's own server-side history; whatever else the client sends
    (other indices, file references as value, odd `liked` values, another session's messages) stores nothing."""
    with httpx.Client(timeout=30) as client:
        like = _like_fn_index(client, server_url)
        before = _rating_count(real_settings)
        hostile = [
            {"index": 1, "value": [_file_dict(canary[0])], "liked": False},  # a fresh session has no reply 1
            {"index": -1, "value": None, "liked": True},
            {"index": [1, 0], "value": None, "liked": True},
            {"index": True, "value": None, "liked": True},
            {"index": "1", "value": None, "liked": True},
            {"index": 10**12, "value": None, "liked": False},
            {"index": 1, "value": None, "liked": "'; DROP TABLE feedback; --"},
            {"value": None},
        ]
        for event_data in hostile:
            session = uuid.uuid4().hex[:10]
            body = {"data": [None], "fn_index": like, "session_hash": session, "event_data": event_data}
            joined = client.post(f"{server_url}/gradio_api/queue/join", json=body)
            assert joined.status_code != 500
            stream = _stream(client, server_url, session) if joined.status_code == 200 else joined.text
            _assert_no_leak(stream, canary)
            for marker in ("Traceback", "site-packages", '.py"'):
                assert marker not in stream
        assert _rating_count(real_settings) == before
        # the control: the same like in a session that has a reply at index 1 is stored
        session = uuid.uuid4().hex[:10]
        ask = {"data": ["Can stem cells cause cancer?", None], "fn_index": 0, "session_hash": session}
        assert client.post(f"{server_url}/gradio_api/queue/join", json=ask).status_code == 200
        assert "process_completed" in _stream(client, server_url, session)
        body = {
            "data": [None],
            "fn_index": like,
            "session_hash": session,
            "event_data": {"index": 1, "value": None, "liked": False},
        }
        assert client.post(f"{server_url}/gradio_api/queue/join", json=body).status_code == 200
        _stream(client, server_url, session)
        assert _rating_count(real_settings) == before + 1


def test_feedback_route_attacks(server_url: str, canary) -> None:  # type: ignore[no-untyped-def]
    """Anonymous attacks on POST /api/feedback over HTTP: injection, file references, floods of size."""
    with httpx.Client(timeout=30) as client:
        bodies = [
            {"answer_id": "' OR '1'='1", "rating": "down"},
            {"answer_id": "x'); DROP TABLE answers; --", "rating": "up"},
            {"answer_id": _file_dict(canary[0]), "rating": "up"},
            {"answer_id": "a", "rating": "up", "comment": _file_dict(canary[0])},
            {"answer_id": "a" * 64, "rating": "down", "comment": "\x00" * 900},
            {"answer_id": "a", "rating": {"$ne": None}},
        ]
        for body in bodies:
            response = client.post(f"{server_url}/api/feedback", json=body)
            assert response.status_code in {400, 404}, (body, response.status_code)
            assert response.json()["status"] == "invalid"
            _assert_no_leak(response.text, canary)
        big = client.post(f"{server_url}/api/feedback", content=b'{"comment":"' + b"x" * 5_000_000 + b'"}')
        assert big.status_code == 413
        ok = client.post(f"{server_url}/api/ask", json={"question": "Can stem cells cause cancer?"})
        assert (
            client.post(f"{server_url}/api/feedback", json={"answer_id": ok.json()["id"], "rating": "up"}).status_code
            == 200
        )


def test_anonymous_requests_cannot_flood_the_server_log(real_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """100 upgrade requests and lines that are not HTTP wrote 150 warnings, some telling the operator to "pip
    install" a WebSocket library (eighth outside trial). Performed on `python app.py`: each kind is logged once."""
    import os
    import socket
    import subprocess
    import sys
    import time

    from tests.conftest import free_port

    port = free_port()
    env = {
        **os.environ,
        "FAQBOT_PORT": str(port),
        "FAQBOT_KNOWLEDGE_DIR": str(real_settings.knowledge_dir),
        "FAQBOT_INDEX_DIR": str(real_settings.index_dir),
        "FAQBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'records.sqlite3'}",
    }
    log = tmp_path / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        upgrade = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
                   "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}
        with httpx.Client(timeout=10) as client:
            for _ in range(40):
                client.get(base + "/", headers=upgrade)
        for _ in range(40):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
                raw.sendall(b"GARBAGE\x00 / HTTP/1.1\r\n\r\n")
                raw.recv(100)
        # Twelfth outside trial: a client that sends its headers and part of its body, then leaves, made the server
        # log a 71-line ClientDisconnect traceback, and 60 of them used up the sender's rate limit (60 a minute).
        for path in ("/api/ask", "/api/feedback", "/gradio_api/queue/join"):
            for _ in range(25):
                with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
                    raw.sendall(
                        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Content-Length: 1000\r\n\r\n{\"question\": \"Can".encode()
                    )
        ok = httpx.post(base + "/api/ask", json={"question": "Can stem cells cause cancer?"}, timeout=30)
        assert ok.status_code == 200, ok.text  # the unfinished ones were not counted
        assert httpx.get(base + "/healthz", timeout=10).status_code == 200  # still serving
    finally:
        server.terminate()
        server.wait(timeout=60)
    text = log.read_text()
    assert text.count("Unsupported upgrade request") <= 1, text[-2000:]
    assert text.count("Invalid HTTP request received") <= 1, text[-2000:]
    assert "pip install" not in text and "Traceback" not in text, text[-3000:]
    assert "ClientDisconnect" not in text and "Exception in ASGI application" not in text, text[-3000:]


def _run_guard(path: str, chunks: list[bytes], seconds: float = 0.2) -> list[dict[str, Any]]:
    """The Guard in front of an app that reads the whole body and answers 200, fed ``chunks`` then nothing (a client
    that stopped sending): what it sent back."""
    import asyncio

    from bot.guard import Guard

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"read"})

    sent: list[dict[str, Any]] = []

    async def run() -> None:
        queue = [{"type": "http.request", "body": c, "more_body": True} for c in chunks]

        async def receive():  # type: ignore[no-untyped-def]
            if queue:
                return queue.pop(0)
            await asyncio.sleep(3600)  # the client sends nothing more

        async def send(message):  # type: ignore[no-untyped-def]
            sent.append(message)

        headers = [(b"content-type", b"application/json"), (b"content-length", b"1000")]
        scope = {"type": "http", "method": "POST", "path": path, "headers": headers}
        await asyncio.wait_for(Guard(app, too_large=lambda _p: {}, body_seconds=seconds)(scope, receive, send), 10)

    # in a thread of its own: the browser tests leave an event loop running in this one
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result()
    return sent


@pytest.mark.parametrize("path", ["/api/ask", "/api/feedback", "/gradio_api/queue/join"])
def test_a_body_that_stops_arriving_gets_408_and_frees_the_connection(path: str) -> None:
    """Twelfth outside trial: a request declaring 1,000 bytes and sending 16 was held open for good."""
    sent = _run_guard(path, [b'{"question": "Can'])
    assert sent and sent[0]["type"] == "http.response.start" and sent[0]["status"] == 408, sent
    assert b"stopped arriving" in sent[-1]["body"]
