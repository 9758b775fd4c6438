"""The chat in Debian's chromium: a question gets a verbatim quote and the notice; bad input shows as text."""

from __future__ import annotations

import pytest

from tests.conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.integration]

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
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat-answer.png"), full_page=True)


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
