"""The chat in Debian's chromium: a question gets a verbatim quote and the notice; bad input shows as text."""

from __future__ import annotations

import os
import shutil
from typing import Any

import pytest

from tests.conftest import ARTIFACTS, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.integration]

DOCS = ROOT / "docs"


def docs_shot(page: Any, name: str, **kwargs: Any) -> None:
    """A screenshot in test-artifacts/, and in docs/ (the README's pictures) with FAQBOT_SCREENSHOTS=docs."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), **kwargs)
    if os.environ.get("FAQBOT_SCREENSHOTS") == "docs":
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(ARTIFACTS / name, DOCS / name)


TUMOR_START = "A significant concern surrounding stem cell therapy is the possibility of tumor formation"


@pytest.fixture
def page(browser, server_url):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.goto(server_url + "/", wait_until="domcontentloaded")
    page.get_by_test_id("textbox").first.wait_for(timeout=30_000)
    yield page
    context.close()


def ask(page, question: str):  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    count = page.locator("[data-testid='bot']").count()
    box = page.get_by_test_id("textbox").first
    box.fill(question)
    box.press("Enter")
    expect(page.locator("[data-testid='bot']")).to_have_count(count + 1, timeout=30_000)
    reply = page.locator("[data-testid='bot']").last
    expect(reply).to_contain_text("not medical advice", timeout=30_000)
    return reply


def test_question_gets_verbatim_quote_citation_and_notice(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    expect(page.locator("#notice")).to_contain_text("not medical advice")
    reply = ask(page, "Can stem cells cause cancer?")
    expect(reply).to_contain_text(TUMOR_START)
    expect(reply).to_contain_text("4. Tumor Formation and Uncontrolled Cell Growth")
    expect(page.locator("#notice")).to_be_visible()
    page.wait_for_timeout(500)  # chat.js shows the reply from its start
    docs_shot(page, "chat.png")


def test_empty_chat_offers_examples_that_answer(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.get_by_role("button", name="Can stem cell therapy cause blood clots?").click()
    reply = page.locator("[data-testid='bot']").last
    expect(reply).to_contain_text(
        "In rare cases, stem cell therapy has been linked to blood clot formation", timeout=30_000
    )


def test_html_question_is_shown_as_text_and_refused(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.evaluate("window.__pwned = 0")
    reply = ask(page, '<img src=x onerror="window.__pwned=1"> **bold**')
    expect(reply).to_contain_text("HTML tags")
    user = page.locator("[data-testid='user']").last
    expect(user).to_contain_text('<img src=x onerror="window.__pwned=1"> **bold**')
    assert page.evaluate("window.__pwned") == 0
    # the refused text stays in the box so the user can fix it
    expect(page.get_by_test_id("textbox").first).to_have_value('<img src=x onerror="window.__pwned=1"> **bold**')


def test_emergency_message_comes_first(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    reply = ask(page, "I have chest pain and can't breathe after my injection")
    expect(reply).to_contain_text("This may be a medical emergency")
    text = reply.inner_text()
    assert text.index("emergency") < text.index("not medical advice")


URGENT_QUESTION = (
    "I had my stem cell injection in my knee last week. How long does the swelling usually last, and is it normal "
    "that the knee feels warm? Also, since an hour ago I have crushing chest pain and I can't breathe properly."
)


def _inside_viewport(page, locator, height: int) -> None:  # type: ignore[no-untyped-def]
    box = locator.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= height, box


def _uncovered(locator) -> None:  # type: ignore[no-untyped-def]
    """Nothing lies on top of the element's first line: the topmost element there is it or inside it (the sticky notice
    had covered the alert's heading and its "911" line on a phone held sideways, eighth outside trial)."""
    on_top = locator.evaluate(
        "el => { const r = el.getBoundingClientRect(); const hit = document.elementFromPoint(r.left + Math.min(r.width,"
        " 60) / 2, r.top + Math.min(r.height, 20) / 2); return el.contains(hit) ? '' : (hit ? hit.outerHTML.slice(0, 80) : 'nothing'); }"
    )
    assert on_top == "", on_top


def _check_urgent_reply(page, frame, height: int) -> None:  # type: ignore[no-untyped-def]
    """The reply's alert is inside the viewport, uncovered, looks like an alert, links its numbers and is announced."""
    from playwright.sync_api import expect

    reply = frame.locator("[data-testid='bot']").last
    alert = reply.locator("h4").first
    expect(alert).to_contain_text("This may be a medical emergency", timeout=30_000)
    page.wait_for_timeout(700)  # chat.js realigns at 0, 100 and 400 ms after the reply arrives
    _inside_viewport(page, alert, height)
    _inside_viewport(page, reply.locator("h4 + p").first, height)
    _uncovered(alert)
    _uncovered(reply.locator("h4 + p").first)
    # not the ordinary bubble: a red heading with white text
    assert alert.evaluate("h => getComputedStyle(h).backgroundColor") == "rgb(185, 28, 28)"
    assert alert.evaluate("h => getComputedStyle(h).color") == "rgb(255, 255, 255)"
    # tappable emergency numbers
    expect(reply.locator("a[href='tel:911']")).to_have_count(1)
    expect(reply.locator("a[href='tel:999']")).to_have_count(1)
    # ...each a target a thumb can hit (WCAG 2.2, 2.5.8: at least 24 by 24 CSS px)
    for link in reply.locator("h4 + p a").all():
        box = link.bounding_box()
        assert box is not None and box["width"] >= 24 and box["height"] >= 24, (link.inner_text(), box)
    # announced to screen readers through a live region
    announcer = frame.locator("#faqbot-announcer")
    expect(announcer).to_have_attribute("role", "alert")
    expect(announcer).to_contain_text("This may be a medical emergency")


CRISIS_QUESTION = "been looking up how many of my tablets it would take to not wake up"


def _check_crisis_lines_in_view(page, frame, height: int) -> None:  # type: ignore[no-untyped-def]
    """The crisis reply's helplines and emergency numbers show without scrolling the page or the chat log (twelfth
    outside trial: in the inline iframe on a phone, 988 and 116 123 were below the log's fold)."""
    from playwright.sync_api import expect

    reply = frame.locator("[data-testid='bot']").last
    expect(reply.locator("h4").first).to_contain_text("You don't have to face this alone", timeout=30_000)
    page.wait_for_timeout(700)  # chat.js realigns at 0, 100 and 400 ms after the reply arrives
    for href in ("tel:988", "tel:116123", "https://findahelpline.com", "tel:911", "tel:999"):
        link = reply.locator(f"a[href='{href}']").first
        _inside_viewport(page, link, height)
        _uncovered(link)  # not clipped by the log's own scrolling either


def test_crisis_lines_are_in_view_on_a_phone(browser, server_url) -> None:  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        page.goto(server_url + "/", wait_until="domcontentloaded")
        page.get_by_test_id("textbox").first.wait_for(timeout=30_000)
        ask(page, "How long does swelling at the injection site last?")
        ask(page, CRISIS_QUESTION)
        _check_crisis_lines_in_view(page, page, 667)
        docs_shot(page, "crisis-phone.png")
    finally:
        ctx.close()


# upright, held sideways, and upright with the keyboard open
@pytest.mark.parametrize("width,height", [(375, 667), (667, 375), (812, 375), (375, 360)])
@pytest.mark.parametrize("first", [True, False], ids=["first-message", "after-a-long-reply"])
def test_urgent_reply_is_in_view_on_a_phone(browser, server_url, width: int, height: int, first: bool) -> None:  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        page.goto(server_url + "/", wait_until="domcontentloaded")
        page.get_by_test_id("textbox").first.wait_for(timeout=30_000)
        if not first:
            ask(page, "How long does swelling at the injection site last?")  # a long reply first, then the urgent one
        ask(page, URGENT_QUESTION)
        _check_urgent_reply(page, page, height)
        upright_after_a_reply = width < height and not first  # the README's picture
        docs_shot(page, "urgent-phone.png" if upright_after_a_reply else f"urgent-phone-{width}x{height}-{first=}.png")
    finally:
        ctx.close()


def test_suggestions_on_a_phone_leave_no_stray_separator(browser, server_url) -> None:  # type: ignore[no-untyped-def]
    """Ninth and tenth outside trials: on a phone, the "·" between two full-width suggestion buttons sat on a line of
    its own. The line holds its lead and its buttons only, each button inside the reply's width."""
    ctx = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    try:
        page = ctx.new_page()
        page.goto(server_url + "/", wait_until="domcontentloaded")
        page.get_by_test_id("textbox").first.wait_for(timeout=30_000)
        reply = ask(page, "how much does it cost")
        line = reply.locator("p", has_text="You could also ask").first
        texts = line.evaluate(
            "p => Array.from(p.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent.trim()).filter(Boolean)"
        )
        assert texts == ["You could also ask:"], texts
        buttons = line.locator('a[href^="#ask="]')
        assert buttons.count() >= 2
        right = line.evaluate("p => p.getBoundingClientRect().right")
        for i in range(buttons.count()):
            assert buttons.nth(i).evaluate("b => b.getBoundingClientRect().right") <= right + 1
        line.scroll_into_view_if_needed()
        docs_shot(page, "suggestions-phone.png")
    finally:
        ctx.close()


def test_the_live_region_is_emptied_by_a_reply_that_is_no_alert(page) -> None:  # type: ignore[no-untyped-def]
    """Tenth outside trial: after a crisis reply, the next, ordinary reply left the crisis text in the hidden
    role="alert" region, where a screen reader's user finds it as if it were this reply's."""
    from playwright.sync_api import expect

    ask(page, URGENT_QUESTION)
    announcer = page.locator("#faqbot-announcer")
    expect(announcer).to_contain_text("This may be a medical emergency", timeout=30_000)
    ask(page, "How long does swelling at the injection site last?")
    expect(announcer).to_have_text("", timeout=30_000)


def test_every_reply_is_shown_from_its_start(page) -> None:  # type: ignore[no-untyped-def]
    """A long reply is read from the top: its first line is in view, not its end."""
    page.set_viewport_size({"width": 1100, "height": 700})  # a chat log shorter than the reply
    ask(page, "What are the most common side effects?")
    reply = ask(page, "What are all the risks of stem cell therapy?")
    page.wait_for_timeout(700)
    scroller = page.locator("#chatbot .bubble-wrap").first
    top = reply.evaluate("(r) => r.getBoundingClientRect().top - r.closest('.bubble-wrap').getBoundingClientRect().top")
    assert abs(top) < 30, top
    assert scroller.evaluate("s => s.scrollHeight > s.clientHeight")  # it really is longer than the log
    assert reply.evaluate("r => r.getBoundingClientRect().height") > scroller.evaluate("s => s.clientHeight")
    # Gradio's "scroll to the end" button, shown now, sits in the log's corner, not over the middle of a reply's text
    button = page.locator("#chatbot .scroll-down-button-container").first
    button.wait_for(timeout=10_000)
    gap = button.evaluate(
        "b => b.closest('#chatbot').getBoundingClientRect().right - b.getBoundingClientRect().right"
    )
    assert 0 <= gap < 24, gap


LINK_ARTICLE = """---
title: Links guide
source_url: https://example.org/guide
---

## Where to read more

Read more about injection_site care at https://example.org/side_effects?lang=en_GB&x=1 or www.example.org/a_b, and write to info_desk@example.org with questions about ~tilde~ *stars* and `ticks`.
"""


@pytest.fixture
def link_server(tmp_path, browser):  # type: ignore[no-untyped-def]
    from bot.answerer import Answerer
    from bot.server import create_app
    from bot.settings import Settings
    from tests.conftest import free_port, start_server

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "links.md").write_text(LINK_ARTICLE, encoding="utf-8")
    settings = Settings(knowledge_dir=knowledge, index_dir=tmp_path / "index", rate_limit="0")
    answerer = Answerer(settings).prepare()
    port = free_port()
    thread, server = start_server(create_app(answerer, settings, watch_interval=None), port)
    yield f"http://127.0.0.1:{port}", answerer
    server.should_exit = True
    thread.join(timeout=10)


def test_quotes_with_links_and_markdown_characters_show_byte_exact(browser, link_server) -> None:  # type: ignore[no-untyped-def]
    url, answerer = link_server
    expected = LINK_ARTICLE.split("\n\n")[-1].strip()
    answer = answerer.ask("Where can I read more about injection site care?")
    assert answer.quotes and answer.quotes[0].text == expected
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.goto(url + "/", wait_until="domcontentloaded")
        page.get_by_test_id("textbox").first.wait_for(timeout=30_000)
        reply = ask(page, "Where can I read more about injection site care?")
        shown = reply.locator("blockquote").first.inner_text().strip()
        assert shown == expected
        assert reply.locator("a[href^='javascript']").count() == 0
    finally:
        context.close()


def test_thumbs_down_under_a_reply_lands_in_the_records(page, real_settings) -> None:  # type: ignore[no-untyped-def]
    """The Chatbot's like event: Dislike under the reply is stored against that reply's answer id."""
    import time

    from bot.database import Database
    from bot.records import Records

    records = Records(Database(real_settings.database_url))
    before = {(r.section, r.down) for r in records.rated()}
    ask(page, "Can stem cell therapy cause blood clots?")
    reply = page.locator("[data-testid='bot']").last
    reply.hover()
    page.locator(".message-buttons-bot button[aria-label='Dislike'], button[aria-label='Dislike']").last.click()
    for _ in range(100):
        after = {(r.section, r.down) for r in records.rated()}
        if after != before:
            break
        time.sleep(0.1)
    down = {section: n for section, n in after}
    assert (
        down.get("5. Blood Clots and Pulmonary Embolism", 0)
        == dict(before).get("5. Blood Clots and Pulmonary Embolism", 0) + 1
    )
    docs_shot(page, "feedback.png")


def test_a_reply_over_the_rate_limit_has_no_rating_buttons(browser, answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    """A busy or over-the-limit reply answers nothing, so nothing can be rated under it (its 👍/👎 stored nothing);
    the answer before it keeps its buttons (eighth session's leftovers)."""
    import time

    from playwright.sync_api import expect

    from bot.chat import WAITING
    from bot.server import create_app
    from tests.conftest import free_port, start_server

    port = free_port()
    thread, server = start_server(create_app(answerer, real_settings.with_(rate_limit="1/minute"), watch_interval=None), port)
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
        page.get_by_test_id("textbox").first.wait_for(timeout=30_000)
        ask(page, "Can stem cells cause cancer?")
        box = page.get_by_test_id("textbox").first
        box.fill("Is it safe?")
        box.press("Enter")
        bots = page.locator("[data-testid='bot']")
        expect(bots).to_have_count(2, timeout=30_000)
        expect(bots.last).to_contain_text(f"{WAITING} You have sent many questions", timeout=30_000)
        rows = page.locator("#chatbot .message-row:has([data-testid='bot'])")
        ratings = [rows.nth(i).locator("xpath=following-sibling::*[1]") for i in range(2)]
        expect(ratings[0].locator("button[aria-label='Dislike']")).to_be_visible()
        time.sleep(0.5)  # the page's script runs on the reply's mutations
        expect(ratings[1].locator("button[aria-label='Dislike']")).to_have_count(1)
        expect(ratings[1].locator("button[aria-label='Dislike']")).to_be_hidden()
    finally:
        context.close()
        server.should_exit = True
        thread.join(timeout=10)
