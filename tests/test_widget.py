"""Putting the chat on other sites: widget, inline iframe, web component, /embed, and who may embed.

The browser tests use a stand-in for someone else's site: static pages served from another loopback port (so
another origin), embedding the real bot served by the real app, in Debian's chromium.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.errors import FaqbotError
from bot.settings import Settings
from bot.widget import FRAME_SCRIPT, allowed_origins, snippets
from tests.conftest import ARTIFACTS, free_port, start_server

pytestmark = pytest.mark.integration

QUESTION = "Can stem cells cause cancer?"
TUMOR_START = "A significant concern surrounding stem cell therapy is the possibility of tumor formation"
NOTICE_WORDS = "not medical advice"
ACCENT_DEFAULT = "rgb(15, 118, 110)"  # #0f766e

HOST_CSS = """
body { font-family: Georgia, serif; color: rgb(51, 51, 51); background: rgb(255, 250, 240); margin: 8px 24px; }
h1 { color: rgb(128, 0, 0); font-size: 30px; }
p { line-height: 1.6; }
"""
# What a careless site stylesheet might do; none of it may reach the floating widget.
HOSTILE_CSS = """
* { letter-spacing: 2px; }
button { background: rgb(255, 0, 0) !important; font-size: 20px !important; border: 4px solid rgb(0, 255, 0) !important; }
iframe { border: 6px solid rgb(128, 0, 128) !important; width: 50px !important; }
faqbot-widget, #faqbot-widget, div { display: none !important; transform: scale(0.2); }
h2 { font-size: 60px !important; }
"""
HOST_ELEMENTS = ("body", "#host-title", "#host-text", "#host-link", "#host-button")
STYLE_PROPS = (
    "font-family",
    "font-size",
    "font-weight",
    "line-height",
    "letter-spacing",
    "color",
    "background-color",
    "margin",
    "padding",
    "border",
    "display",
    "position",
    "box-sizing",
    "text-decoration-line",
)
SNAPSHOT_JS = """([selectors, props]) => Object.fromEntries(selectors.map(sel => {
  const el = document.querySelector(sel);
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const box = sel === 'body' ? [r.x, r.y, r.width] : [r.x, r.y, r.width, r.height];
  return [sel, {box: box.map(Math.round), ...Object.fromEntries(props.map(p => [p, cs.getPropertyValue(p)]))}];
}))"""


# --- a stand-in for someone else's web site ---------------------------------------------------------


class HostSite:
    """Static HTML pages served on their own loopback port: another origin than the bot's."""

    def __init__(self) -> None:
        pages: dict[str, bytes] = {}
        self.pages = pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                body = pages.get(self.path.split("?")[0])
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def page(self, name: str, snippet: str = "", css: str = "") -> str:
        """Publish a clinic-blog page with `snippet` at the end of its body; returns its URL."""
        html = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>Clinic blog</title><link rel="icon" href="data:,"><style>{HOST_CSS}{css}</style></head><body>'
            '<h1 id="host-title">Our clinic blog</h1>'
            '<p id="host-text">Questions about your treatment? <a id="host-link" href="#contact">Contact us</a>.</p>'
            '<button id="host-button" type="button">Book a visit</button>'
            f"\n{snippet}\n</body></html>"
        )
        self.pages[f"/{name}.html"] = html.encode("utf-8")
        return f"{self.origin}/{name}.html"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def host_site() -> Iterator[HostSite]:
    site = HostSite()
    yield site
    site.close()


@pytest.fixture(scope="module")
def other_site() -> Iterator[HostSite]:
    """A second site, for the refused-origin tests."""
    site = HostSite()
    yield site
    site.close()


@pytest.fixture(scope="module")
def restricted_url(answerer, real_settings: Settings, host_site: HostSite) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The bot served with FAQBOT_EMBED_ORIGINS set to host_site's origin only."""
    from bot.server import create_app

    port = free_port()
    app = create_app(answerer, real_settings.with_(embed_origins=(host_site.origin,)))
    thread, server = start_server(app, port)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True  # type: ignore[attr-defined]
    thread.join(timeout=10)


@pytest.fixture
def context(browser):  # type: ignore[no-untyped-def]
    """A desktop browser context."""
    ctx = browser.new_context(viewport={"width": 1100, "height": 800})
    yield ctx
    ctx.close()


def recorded_page(context: Any) -> tuple[Any, list[str]]:
    """A new page, and the list of every URL it (or any frame in it) requests."""
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    return page, requested


def host_snapshot(page: Any) -> dict[str, Any]:
    return page.evaluate(SNAPSHOT_JS, [list(HOST_ELEMENTS), list(STYLE_PROPS)])


def plain_snapshot(context: Any, site: HostSite, css: str = "") -> dict[str, Any]:
    """How the host page looks without any snippet."""
    page = context.new_page()
    page.goto(site.page("plain-hostile" if css else "plain", css=css))
    snapshot = host_snapshot(page)
    page.close()
    return snapshot


def elsewhere(requested: list[str], base: str, page_url: str) -> list[str]:
    """Requests that went anywhere but the bot (BASE) or the host page itself: should be none."""
    return [u for u in requested if not u.startswith(base) and u != page_url and not u.startswith("data:")]


def expect_answer(scope: Any) -> Any:
    """Ask QUESTION in a chat found in `scope` (page, frame locator or element); returns the reply."""
    from playwright.sync_api import expect

    box = scope.get_by_test_id("textbox").first
    expect(box).to_be_editable(timeout=30_000)
    box.fill(QUESTION)
    box.press("Enter")
    reply = scope.locator("[data-testid='bot']").last
    expect(reply).to_contain_text(NOTICE_WORDS, timeout=30_000)
    expect(reply).to_contain_text(TUMOR_START)
    return reply


def shadow_focus(page: Any) -> str | None:
    """The id of the focused element inside the widget's shadow root, if focus is there."""
    return page.evaluate(
        "() => { const a = document.activeElement; return a && a.shadowRoot && a.shadowRoot.activeElement"
        " ? a.shadowRoot.activeElement.id : null; }"
    )


def shot(page: Any, name: str, **kwargs: Any) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), **kwargs)


# --- policy and routes, in process ------------------------------------------------------------------


def test_embed_origins_are_normalised_and_typos_refused() -> None:
    assert allowed_origins(()) is None
    assert allowed_origins(("*",)) is None
    assert allowed_origins(("https://WWW.Example.org:443/", "http://127.0.0.1:8000", "https://www.example.org")) == (
        "https://www.example.org",
        "http://127.0.0.1:8000",
    )
    for bad in ("www.example.org", "https://example.org/blog", "ftp://example.org", "https://x.org; script-src *"):
        with pytest.raises(FaqbotError, match="FAQBOT_EMBED_ORIGINS"):
            allowed_origins((bad,))


def test_a_typo_in_embed_origins_stops_the_app(answerer, real_settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    with pytest.raises(FaqbotError, match="is not an origin"):
        create_app(answerer, real_settings.with_(embed_origins=("example.org",)))


@pytest.fixture(scope="module")
def client(answerer, real_settings: Settings) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    with TestClient(create_app(answerer, real_settings)) as c:
        yield c


def test_the_bot_serves_every_script_itself(client: TestClient) -> None:
    embed = client.get("/embed.js")
    assert embed.status_code == 200 and embed.headers["content-type"].startswith("text/javascript")
    assert "faqbot-launcher" in embed.text and "faqbot-frame" in embed.text
    assert re.findall(r"https?://", embed.text) == []  # no address of its own: everything comes from BASE

    resizer = client.get("/iframeResizer.min.js")
    assert resizer.status_code == 200 and resizer.headers["content-type"].startswith("text/javascript")
    assert resizer.text.startswith("/*! iFrame Resizer") and "v4.3.11" in resizer.text[:200]
    assert "License: MIT" in resizer.text[:400]

    shim = client.get("/gradio.js")
    assert shim.status_code == 200 and shim.headers["content-type"].startswith("text/javascript")
    assert shim.headers["cache-control"] == "no-cache"
    bundle = re.search(r'import\("\./assets/([\w.-]+\.js)"\)', shim.text)
    assert bundle, shim.text
    target = client.get(f"/assets/{bundle.group(1)}")
    assert target.status_code == 200 and "javascript" in target.headers["content-type"]
    assert client.head("/embed.js").status_code == 200


def test_embed_page_fills_in_this_servers_address(client: TestClient) -> None:
    page = client.get("/embed")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    for snippet in snippets("http://testserver/").values():
        assert snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") in text
    assert "&lt;gradio-app src=&quot;http://testserver/&quot;&gt;" in text  # absolute: Gradio needs it
    assert re.search(r'<script nonce="[\w-]+" src="http://testserver/embed\.js" defer></script>', text)  # live preview

    # From a client that is not a trusted proxy, X-Forwarded-Host and -Proto are dropped (bot/guard.py)
    forged = client.get("/embed", headers={"X-Forwarded-Proto": "https", "X-Forwarded-Host": "chat.example.org"})
    assert "chat.example.org" not in forged.text and "http://testserver/embed.js" in forged.text


def test_embed_page_believes_the_address_a_trusted_proxy_forwards(answerer, real_settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    app = create_app(answerer, real_settings.with_(trusted_proxies=("10.0.0.0/8",)))
    with TestClient(app, client=("10.0.0.5", 40000)) as proxy:
        proxied = proxy.get("/embed", headers={"X-Forwarded-Proto": "https", "X-Forwarded-Host": "chat.example.org"})
        assert "https://chat.example.org/gradio.js" in proxied.text and "testserver" not in proxied.text
        forged = proxy.get("/embed", headers={"X-Forwarded-Host": 'evil"><script>alert(1)</script>'})
        assert "alert(1)" not in forged.text and "http://testserver/embed.js" in forged.text


def test_chat_page_carries_the_widgets_escape_and_focus_script(client: TestClient) -> None:
    """Gradio adds the mount's `head` to the chat page from its config (the browser tests check it runs)."""
    assert client.get("/").status_code == 200
    assert FRAME_SCRIPT in client.get("/config").json()["head"]


def test_by_default_any_site_may_frame_but_none_may_call(client: TestClient) -> None:
    """The widget and the iframe work anywhere out of the box; cross-site calls need FAQBOT_EMBED_ORIGINS."""
    csp = client.get("/").headers["content-security-policy"]
    assert "img-src 'self' data: blob:" in csp and "frame-ancestors" not in csp
    assert "default-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-eval" not in csp
    preflight = client.options(
        "/api/ask",
        headers={
            "Origin": "https://blog.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert "access-control-allow-origin" not in preflight.headers
    config = client.get("/config", headers={"Origin": "https://blog.example"})
    assert "access-control-allow-origin" not in config.headers
    answer = client.post("/api/ask", json={"question": "Is it safe?"}, headers={"Origin": "https://blog.example"})
    assert "access-control-allow-origin" not in answer.headers


def test_an_explicit_star_lets_every_site_call(answerer, real_settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    with TestClient(create_app(answerer, real_settings.with_(embed_origins=("*",)), watch_interval=None)) as c:
        config = c.get("/config", headers={"Origin": "https://blog.example"})
        assert config.headers["access-control-allow-origin"] == "*"
        assert "frame-ancestors" not in c.get("/").headers["content-security-policy"]


def test_embed_origins_limit_framing_and_cross_site_calls(answerer, real_settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    settings = real_settings.with_(embed_origins=("https://www.example.org",))
    with TestClient(create_app(answerer, settings)) as c:
        for path in ("/", "/embed", "/api/docs"):
            csp = c.get(path).headers["content-security-policy"]
            assert "frame-ancestors 'self' https://www.example.org" in csp and "img-src 'self' data: blob:" in csp
        ask = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
        allowed = c.options("/api/ask", headers={"Origin": "https://www.example.org", **ask})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "https://www.example.org"
        refused = c.options("/api/ask", headers={"Origin": "https://evil.example", **ask})
        assert refused.status_code == 400 and "access-control-allow-origin" not in refused.headers
        # Gradio's own routes follow the same list (its own CORS handling steps aside).
        refused_config = c.get("/config", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in refused_config.headers
        refused_join = c.options("/gradio_api/queue/join", headers={"Origin": "https://evil.example", **ask})
        assert refused_join.status_code == 400
        assert (
            c.get("/config", headers={"Origin": "https://www.example.org"}).headers["access-control-allow-origin"]
            == "https://www.example.org"
        )


# --- in a real browser -------------------------------------------------------------------------------


@pytest.mark.browser
def test_floating_widget_on_another_site(context, host_site: HostSite, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    base = server_url + "/"
    before = plain_snapshot(context, host_site, HOSTILE_CSS)
    url = host_site.page("widget", snippets(base)["widget"], css=HOSTILE_CSS)
    page, requested = recorded_page(context)
    page.goto(url)

    launcher = page.locator("#faqbot-launcher")
    panel = page.get_by_role("dialog")
    expect(launcher).to_be_visible()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    expect(launcher).to_have_accessible_name(re.compile("Open chat"))
    expect(panel).to_be_hidden()
    # The site's heavy-handed CSS does not reach the launcher, and the launcher changes nothing on the site.
    box = launcher.bounding_box()
    assert box and box["width"] == 56 and box["x"] > 1000 and box["y"] > 700  # bottom-right corner
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") == ACCENT_DEFAULT
    assert launcher.evaluate("b => getComputedStyle(b).borderTopWidth") == "0px"
    assert host_snapshot(page) == before
    assert [u for u in requested if u.startswith(base)] == [base + "embed.js"]  # chat loads on demand

    # By keyboard: Enter on the launcher opens the dialog and moves focus into it.
    launcher.focus()
    page.keyboard.press("Enter")
    expect(panel).to_be_visible()
    expect(panel).to_have_attribute("aria-modal", "true")
    expect(panel).to_have_accessible_name("Stem cell therapy: side effects FAQ")
    expect(launcher).to_have_attribute("aria-expanded", "true")
    assert shadow_focus(page) in ("faqbot-close", "faqbot-frame")
    expect(page.locator("#faqbot-close")).to_have_accessible_name("Close chat")
    frame = page.frame_locator("#faqbot-frame")
    expect(frame.get_by_test_id("textbox").first).to_be_focused(timeout=30_000)  # ready to type
    expect(frame.locator("[role=log]")).to_have_attribute("aria-live", "polite")
    assert page.locator("#faqbot-frame").evaluate("f => getComputedStyle(f).borderTopWidth") == "0px"

    reply = expect_answer(frame)
    expect(reply).to_contain_text("4. Tumor Formation and Uncontrolled Cell Growth")
    expect(frame.locator("#notice")).to_be_visible()
    expect(frame.locator("#notice")).to_contain_text(NOTICE_WORDS)
    shot(page, "widget-desktop.png")

    # Escape while typing in the chat closes it, and focus goes back to the launcher.
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    assert shadow_focus(page) == "faqbot-launcher"
    page.keyboard.press("Enter")  # reopening keeps the conversation
    expect(panel).to_be_visible()
    expect(frame.locator("[data-testid='bot']").last).to_contain_text(TUMOR_START)
    page.locator("#faqbot-close").focus()
    page.keyboard.press("Escape")  # Escape on the panel's own controls too
    expect(panel).to_be_hidden()
    assert shadow_focus(page) == "faqbot-launcher"

    assert host_snapshot(page) == before
    assert elsewhere(requested, base, url) == []


@pytest.mark.browser
@pytest.mark.parametrize("body_css", ["transform: translateZ(0)", "will-change: transform", "filter: blur(0)"])
def test_the_widget_floats_on_a_page_that_transforms_its_body(browser, host_site: HostSite, server_url: str, body_css: str) -> None:  # type: ignore[no-untyped-def]
    """With a transformed body, "fixed" was relative to the body: the launcher sat at the foot of a 3,000 px page and
    the opened panel's header was off the screen (eighth outside trial). The widget hangs from <html> now."""
    from playwright.sync_api import expect

    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = ctx.new_page()
        css = f"body {{ {body_css}; }} * {{ position: relative; z-index: 2147483647 !important; }}"
        tall = '<div style="height:3000px">Our services</div>'
        page.goto(host_site.page(f"transformed-{body_css.split(':')[0]}", tall + snippets(server_url + "/")["widget"], css=css))
        launcher = page.locator("#faqbot-launcher")
        expect(launcher).to_be_visible()
        box = launcher.bounding_box()
        assert box and 700 < box["y"] < 800 and box["x"] > 1100, box  # in the window's corner, not the page's foot
        launcher.click()  # nothing of the page's lies on top of it
        title = page.locator("#faqbot-title")
        expect(title).to_be_visible()
        top = title.bounding_box()
        assert top and 0 <= top["y"] < 800, top
    finally:
        ctx.close()


@pytest.mark.browser
def test_widget_options_position_title_accent_and_open(context, host_site: HostSite, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    base = server_url + "/"
    tag = (
        f'<script src="{base}embed.js" defer data-position="bottom-left" data-title="Ask Dr. Bot"'
        ' data-accent="#fde68a" data-open="true"></script>'
    )
    page = context.new_page()
    page.goto(host_site.page("options", tag + "\n" + snippets(base)["widget"]))  # a second tag adds nothing
    expect(page.locator("#faqbot-launcher")).to_have_count(1)
    panel = page.get_by_role("dialog", name="Ask Dr. Bot")
    expect(panel).to_be_visible()  # open on load, without stealing the page's focus
    assert shadow_focus(page) is None
    launcher = page.locator("#faqbot-launcher")
    expect(launcher).to_have_accessible_name("Close chat: Ask Dr. Bot")
    box = launcher.bounding_box()
    assert box and box["x"] < 100
    panel_box = panel.bounding_box()
    assert panel_box and panel_box["x"] < 100
    header = page.locator("#faqbot-title")
    expect(header).to_have_text("Ask Dr. Bot")
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(253, 230, 138)"
    # a light accent gets dark text, so the title stays readable
    assert header.evaluate("h => getComputedStyle(h).color") == "rgb(17, 24, 39)"
    expect(page.frame_locator("#faqbot-frame").get_by_test_id("textbox").first).to_be_visible(timeout=30_000)
    # ...nor once the chat has loaded in it: the chat page's autofocus used to take the focus into the frame
    # (CI, on a machine where the frame loaded before the first check)
    page.wait_for_timeout(500)
    assert shadow_focus(page) is None
    assert page.evaluate("() => document.activeElement === document.body")
    page.locator("#faqbot-close").click()
    expect(panel).to_be_hidden()
    assert shadow_focus(page) == "faqbot-launcher"
    expect(launcher).to_have_accessible_name("Open chat: Ask Dr. Bot")
    page.evaluate("window.faqbotWidget.toggle()")  # the page's own "chat with us" link can open it
    expect(panel).to_be_visible()


@pytest.mark.browser
def test_widget_fits_a_phone_and_keeps_the_notice_in_view(browser, host_site: HostSite, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    ctx = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        page.goto(host_site.page("phone", snippets(server_url + "/")["widget"]))
        page.locator("#faqbot-launcher").click()
        panel = page.get_by_role("dialog")
        assert panel.bounding_box() == {"x": 0, "y": 0, "width": 375, "height": 667}  # the whole screen
        frame = page.frame_locator("#faqbot-frame")
        notice = frame.locator("#notice")
        for _ in range(2):  # a long answer, then another one under it
            expect_answer(frame)
            for part in (notice, frame.get_by_test_id("textbox").first):
                expect(part).to_be_visible()
                box = part.bounding_box()
                assert box and box["y"] >= 0 and box["y"] + box["height"] <= 667, box
                assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
            expect(notice).to_contain_text(NOTICE_WORDS)
        # nothing wider than the phone: no sideways scrolling inside the chat
        content = page.locator("#faqbot-frame").content_frame
        assert content.locator("html").evaluate("h => h.scrollWidth <= h.clientWidth")
        shot(page, "widget-phone.png")
    finally:
        ctx.close()


@pytest.mark.browser
@pytest.mark.parametrize("width,height", [(375, 667), (667, 375)])  # upright and held sideways
def test_urgent_reply_in_the_widget_is_in_view_on_a_phone(browser, host_site: HostSite, server_url: str, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    from tests.test_browser import URGENT_QUESTION, _check_urgent_reply

    ctx = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        page.goto(host_site.page("phone-urgent", snippets(server_url + "/")["widget"]))
        page.locator("#faqbot-launcher").click()
        frame = page.frame_locator("#faqbot-frame")
        box = frame.get_by_test_id("textbox").first
        expect(box).to_be_visible(timeout=30_000)
        expect_answer(frame)  # a long answer first
        count = frame.locator("[data-testid='bot']").count()
        box.fill(URGENT_QUESTION)
        box.press("Enter")
        expect(frame.locator("[data-testid='bot']")).to_have_count(count + 1, timeout=30_000)
        _check_urgent_reply(page, frame, height)
        shot(page, "widget-urgent-phone.png" if width < height else f"widget-urgent-phone-{width}x{height}.png")
    finally:
        ctx.close()


@pytest.mark.browser
def test_urgent_reply_in_the_inline_iframe_is_in_view_on_a_phone(browser, host_site: HostSite, server_url: str) -> None:  # type: ignore[no-untyped-def]
    """A phone scrolls the host page to bring the question box up, taking the frame's top off the screen: when
    the reply arrives, the host page is scrolled back so the notice and the alert both show (trial 6, D8)."""
    from playwright.sync_api import expect

    from tests.test_browser import URGENT_QUESTION, _check_urgent_reply, _inside_viewport

    ctx = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        tall = '<div style="height:700px">Our services</div>'
        page.goto(host_site.page("phone-iframe", tall + snippets(server_url + "/")["iframe"] + tall))
        frame = page.frame_locator("#faqbot-inline")
        box = frame.get_by_test_id("textbox").first
        expect(box).to_be_visible(timeout=30_000)
        expect_answer(frame)
        count = frame.locator("[data-testid='bot']").count()
        # where a phone leaves the page when the reader taps the box: the frame's top 161 px above the screen. Not
        # before chat.js's last realignment after the first answer (at 0, 100 and 400 ms), which scrolled the host page
        # back in one clean clone's run; and scrolled again until it holds, should the frame still grow.
        page.wait_for_timeout(700)
        page.wait_for_function(
            "() => { const f = document.querySelector('#faqbot-inline');"
            " scrollBy(0, f.getBoundingClientRect().top + 161); return f.getBoundingClientRect().top < -100; }",
            polling=200,
        )
        assert page.locator("#faqbot-inline").bounding_box()["y"] < -100  # type: ignore[index]
        box.fill(URGENT_QUESTION)
        box.press("Enter")
        expect(frame.locator("[data-testid='bot']")).to_have_count(count + 1, timeout=30_000)
        # the host page is scrolled once the frame has measured what is on screen (an IntersectionObserver reports
        # a moment after the reply's layout): waited for, not timed
        page.wait_for_function("() => document.querySelector('#faqbot-inline').getBoundingClientRect().top > -10")
        _check_urgent_reply(page, frame, 667)
        _inside_viewport(page, frame.locator("#notice"), 667)
        shot(page, "iframe-urgent-phone.png")
    finally:
        ctx.close()


@pytest.mark.browser
def test_crisis_lines_in_the_inline_iframe_are_in_view_on_a_phone(browser, host_site: HostSite, server_url: str) -> None:  # type: ignore[no-untyped-def]
    """Twelfth outside trial: the iframe's chat log is about 300 px tall on a phone, and only the emergency numbers of
    a crisis reply showed in it; 988, 116 123 and findahelpline.com were below its fold."""
    from playwright.sync_api import expect

    from tests.test_browser import CRISIS_QUESTION, _check_crisis_lines_in_view

    ctx = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        page.goto(host_site.page("phone-iframe-crisis", snippets(server_url + "/")["iframe"]))
        frame = page.frame_locator("#faqbot-inline")
        box = frame.get_by_test_id("textbox").first
        expect(box).to_be_visible(timeout=30_000)
        expect_answer(frame)
        count = frame.locator("[data-testid='bot']").count()
        box.fill(CRISIS_QUESTION)
        box.press("Enter")
        expect(frame.locator("[data-testid='bot']")).to_have_count(count + 1, timeout=30_000)
        page.wait_for_function("() => document.querySelector('#faqbot-inline').getBoundingClientRect().top > -10")
        _check_crisis_lines_in_view(page, frame, 667)
        shot(page, "iframe-crisis-phone.png")
    finally:
        ctx.close()


@pytest.mark.browser
def test_every_reply_in_a_frame_taller_than_the_window_starts_on_screen(browser, host_site: HostSite, server_url: str) -> None:  # type: ignore[no-untyped-def]
    """A desktop window shorter than the frame, scrolled so the question box is at its bottom (where a reader types):
    after each reply the reply's first line is on screen, whether the host page had to scroll or not."""
    from playwright.sync_api import expect

    ctx = browser.new_context(viewport={"width": 1280, "height": 500})
    try:
        page = ctx.new_page()
        tall = '<div style="height:700px">Our services</div>'
        page.goto(host_site.page("desktop-iframe", tall + snippets(server_url + "/")["iframe"] + tall))
        frame = page.frame_locator("#faqbot-inline")
        box = frame.get_by_test_id("textbox").first
        expect(box).to_be_visible(timeout=30_000)
        page.wait_for_function("() => document.querySelector('#faqbot-inline').getBoundingClientRect().height > 500")
        for count, question in enumerate(["What are the side effects?", "Can stem cells cause cancer?", "Is there a risk of infection?"]):
            page.evaluate(
                "() => { const f = document.querySelector('#faqbot-inline').getBoundingClientRect();"
                " scrollTo(0, f.top + scrollY + f.height - innerHeight); }"
            )
            box.fill(question)
            box.press("Enter")
            expect(frame.locator("[data-testid='bot']")).to_have_count(count + 1, timeout=30_000)
            first = frame.locator("[data-testid='bot']").last.locator("p, h4, h5").first
            # the host page scrolls once the frame has measured what is on screen: waited for, not timed. (Playwright's
            # to_be_in_viewport reads the frame's own viewport, which the whole tall frame is, so it passed before the
            # host page had scrolled: a clean clone once read the reply 1,899 px down.)
            top = first.bounding_box()["y"]  # type: ignore[index]
            for _ in range(100):
                if 0 <= top < 500 - 20:
                    break
                page.wait_for_timeout(100)
                top = first.bounding_box()["y"]  # type: ignore[index]
            assert 0 <= top < 500 - 20, (question, top)
    finally:
        ctx.close()


@pytest.mark.browser
def test_inline_iframe_sizes_itself_to_the_chat(context, host_site: HostSite, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    base = server_url + "/"
    before = plain_snapshot(context, host_site)
    url = host_site.page("iframe", snippets(base)["iframe"])
    page, requested = recorded_page(context)
    page.goto(url)
    frame = page.frame_locator("#faqbot-inline")
    expect(frame.get_by_test_id("textbox").first).to_be_visible(timeout=30_000)
    page.wait_for_timeout(500)
    assert page.evaluate("() => document.activeElement === document.body")  # the chat took no focus as it loaded
    # iframe-resizer (served by the bot) grows the frame from its 560px minimum to the chat's full height.
    page.wait_for_function("() => document.querySelector('#faqbot-inline').getBoundingClientRect().height > 600")
    reply = expect_answer(frame)
    expect(frame.locator("#notice")).to_contain_text(NOTICE_WORDS)
    expect(reply).to_contain_text("4. Tumor Formation and Uncontrolled Cell Growth")
    height = page.locator("#faqbot-inline").evaluate("f => f.getBoundingClientRect().height")
    content = frame.locator("html").evaluate("h => h.scrollHeight")
    assert content <= height + 1, (content, height)  # the whole chat shows: no scroll bar inside the frame
    assert host_snapshot(page) == before
    assert elsewhere(requested, base, url) == []
    shot(page, "inline-iframe.png", full_page=True)


@pytest.mark.browser
def test_web_component_served_by_the_bot(context, host_site: HostSite, restricted_url: str) -> None:  # type: ignore[no-untyped-def]
    """The web component calls the bot from the host page, so the host's origin is in FAQBOT_EMBED_ORIGINS."""
    from playwright.sync_api import expect

    base = restricted_url + "/"
    before = plain_snapshot(context, host_site)
    url = host_site.page("component", snippets(base)["component"])
    page, requested = recorded_page(context)
    page.goto(url)
    app = page.locator("gradio-app")
    reply = expect_answer(app)
    expect(reply).to_contain_text("4. Tumor Formation and Uncontrolled Cell Growth")
    expect(app.locator("#notice")).to_contain_text(NOTICE_WORDS)
    expect(app.locator("#notice")).to_be_visible()
    assert host_snapshot(page) == before  # Gradio's `body { margin: 0 }` is undone by /gradio.js
    assert elsewhere(requested, base, url) == []
    assert base + "gradio.js" in requested
    shot(page, "web-component.png", full_page=True)


@pytest.mark.browser
def test_a_site_not_on_the_list_cannot_frame_or_call_the_bot(  # type: ignore[no-untyped-def]
    context, host_site: HostSite, other_site: HostSite, restricted_url: str
) -> None:
    from playwright.sync_api import expect

    base = restricted_url + "/"
    ask = (
        "(url) => fetch(url, {method: 'POST', headers: {'content-type': 'application/json'},"
        " body: JSON.stringify({question: 'Can stem cells cause cancer?'})})"
        ".then(r => r.json()).then(b => b.status, e => 'blocked: ' + e.message)"
    )
    both = snippets(base)["iframe"] + "\n" + snippets(base)["widget"]

    # The site on the list: everything works.
    page = context.new_page()
    page.goto(host_site.page("allowed", both))
    expect(page.frame_locator("#faqbot-inline").get_by_test_id("textbox").first).to_be_visible(timeout=30_000)
    assert page.evaluate(ask, base + "api/ask") == "answered"

    # Any other site: the browser refuses to frame the chat and to hand it the API's answers.
    refused = context.new_page()
    with refused.expect_console_message(lambda m: "frame-ancestors" in m.text, timeout=30_000):
        refused.goto(other_site.page("refused", both))
    frame_urls = [f.url for f in refused.frames if f != refused.main_frame]
    assert frame_urls and all(u.startswith("chrome-error://") for u in frame_urls), frame_urls
    assert refused.evaluate(ask, base + "api/ask").startswith("blocked: ")
    # The widget knows the list (the server writes it into embed.js): instead of an empty, broken frame (eighth
    # outside trial) its panel says the chat can't be shown here, with a link that opens it in a tab of its own.
    with refused.expect_console_message(lambda m: "not in FAQBOT_EMBED_ORIGINS" in m.text, timeout=30_000):
        refused.locator("#faqbot-launcher").click()
    said = refused.locator("#faqbot-refused")
    expect(said).to_be_visible()
    expect(said).to_contain_text("can't be shown on this page")
    expect(said.locator("a")).to_have_attribute("href", base)
    expect(said).to_be_focused()
    expect(refused.locator("#faqbot-frame")).to_have_count(0)  # no frame is even tried
    shot(refused, "refused-origin.png")
    # ...while on the site on the list the widget's panel holds the chat
    page.locator("#faqbot-launcher").click()
    expect(page.frame_locator("#faqbot-frame").get_by_test_id("textbox").first).to_be_visible(timeout=30_000)
    expect(page.locator("#faqbot-refused")).to_have_count(0)

    component = context.new_page()
    with component.expect_console_message(lambda m: "CORS" in m.text and "gradio.js" in m.text, timeout=30_000):
        component.goto(other_site.page("refused-component", snippets(base)["component"]))
    expect(component.locator("gradio-app [data-testid=textbox]")).to_have_count(0)


@pytest.mark.browser
def test_embed_page_offers_the_snippets_and_a_live_preview(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    base = server_url + "/"
    ctx = browser.new_context(viewport={"width": 1100, "height": 900})
    ctx.grant_permissions(["clipboard-read", "clipboard-write"])
    try:
        page = ctx.new_page()
        page.goto(base + "embed")
        expected = snippets(base)
        for name in ("widget", "iframe", "component"):
            expect(page.locator(f"#snippet-{name}")).to_have_text(expected[name])
        page.locator("button[data-copy=snippet-component]").click()
        expect(page.get_by_role("status")).to_have_text("Copied to the clipboard.")
        assert page.evaluate("navigator.clipboard.readText()") == expected["component"]
        expect(page.locator("#who")).to_contain_text("Any site may embed")
        shot(page, "embed-page.png", full_page=True)
        page.locator("#faqbot-launcher").click()  # the live preview is the real widget
        expect_answer(page.frame_locator("#faqbot-frame"))
        shot(page, "embed-page-preview.png")
    finally:
        ctx.close()


@pytest.mark.browser
def test_embed_page_fits_a_phone_and_its_preview_button_can_be_tapped(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    ctx = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        page.goto(server_url + "/embed")
        expect(page.locator("#faqbot-launcher")).to_be_visible()
        # nothing widens the page past the screen (a long address, the options table): no sideways scrolling
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        box = page.locator("#faqbot-launcher").bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375 and box["y"] + box["height"] <= 667
        page.locator("#faqbot-launcher").tap()
        expect(page.locator("#faqbot-frame")).to_be_visible()
    finally:
        ctx.close()
