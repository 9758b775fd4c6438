"""Accessibility and layout in Debian's chromium: axe-core finds nothing serious, everything works by keyboard,
suggestions are buttons, a long refused question fits a phone, bold text uses one font, the footer leads to
/api/docs.

axe-core comes from the npm registry (package.json, package-lock.json; `make axe`, part of `make test`) into
node_modules/, and each test injects it into the page itself: the bot never serves it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.test_browser import docs_shot

pytestmark = [pytest.mark.browser, pytest.mark.integration]

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"]
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map(v => ({id: v.id, impact: v.impact,
    nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary)}));
}"""
QUESTION = "Can stem cells cause cancer?"
TUMOR_START = "A significant concern surrounding stem cell therapy is the possibility of tumor formation"
NEAR_MISS = "What about reactions?"  # "Did you mean …?" the immune system reactions section
BOX = "#question textarea"


def axe_violations(frame: Any) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.0/2.1 A and AA violations in a page or frame (critical and serious first)."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make axe` (or `make test`), which installs it with npm.")
    if not frame.evaluate("() => typeof window.axe === 'object'"):
        frame.add_script_tag(path=str(AXE))
    violations: list[dict[str, Any]] = frame.evaluate(RUN_AXE, AXE_TAGS)
    return violations


def assert_no_serious(frame: Any, where: str) -> None:
    violations = axe_violations(frame)
    counts = Counter(v["impact"] for v in violations)
    serious = [v for v in violations if v["impact"] in ("critical", "serious")]
    assert not serious, f"{where}: {dict(counts)}\n" + "\n".join(f"{v['id']}: {v['nodes']}" for v in serious)


def open_chat(browser: Any, url: str, width: int = 1100, height: int = 900, phone: bool = False) -> tuple[Any, Any]:
    extra = {"is_mobile": True, "has_touch": True} if phone else {}
    context = browser.new_context(viewport={"width": width, "height": height}, **extra)
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.locator(BOX).first.wait_for(timeout=30_000)
    return context, page


def replies(scope: Any) -> Any:
    return scope.locator("#chatbot [data-testid='bot']")


def wait_for_reply(scope: Any, count: int, text: str = "not medical advice") -> Any:
    from playwright.sync_api import expect

    expect(replies(scope)).to_have_count(count + 1, timeout=30_000)
    reply = replies(scope).last
    expect(reply).to_contain_text(text, timeout=30_000)
    return reply


def focused(frame: Any) -> str:
    """What has the focus in a page or frame: 'textbox', or the element's tag, id and text."""
    return str(
        frame.evaluate(
            """() => { const a = document.activeElement; if (!a) return "none";
            if (a.matches("#question textarea")) return "textbox";
            return a.tagName.toLowerCase() + "#" + a.id + " " + (a.textContent || "").trim().slice(0, 60); }"""
        )
    )


def tab_to(page: Any, frame: Any, target: str, limit: int = 40) -> int:
    """Press Tab until `frame`'s focus matches the CSS selector `target`; returns how many presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if frame.evaluate("(sel) => !!document.activeElement && document.activeElement.matches(sel)", target):
            return presses
    raise AssertionError(f"Tab never reached {target}; focus is on {focused(frame)}")


def expect_box_focused(frame: Any) -> None:
    """The question box has the focus again (chat.js puts it back a moment after a reply)."""
    for _ in range(30):
        if focused(frame) == "textbox":
            return
        frame.wait_for_timeout(100) if hasattr(frame, "wait_for_timeout") else frame.page.wait_for_timeout(100)
    raise AssertionError(f"focus is on {focused(frame)}, not the question box")


# --- axe-core --------------------------------------------------------------------------------------


@pytest.mark.parametrize("width,height", [(1280, 900), (375, 667)])
def test_axe_finds_nothing_serious_in_the_chat(browser, server_url: str, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Fresh (the example questions), after an answer with suggestions, after "did you mean", after Clear."""
    context, page = open_chat(browser, server_url + "/", width, height, phone=width < 500)
    try:
        page.wait_for_timeout(500)
        assert_no_serious(page, f"fresh chat at {width}px")
        box = page.locator(BOX).first
        box.fill(QUESTION)
        box.press("Enter")
        wait_for_reply(page, 0, TUMOR_START)
        page.wait_for_timeout(500)
        assert page.locator("#chatbot a[role=button][href^='#ask=']").count() >= 1
        assert_no_serious(page, f"answered at {width}px")
        box.fill(NEAR_MISS)
        box.press("Enter")
        wait_for_reply(page, 1, "Did you mean")
        page.wait_for_timeout(500)
        assert_no_serious(page, f"did you mean at {width}px")
        page.locator("#clear").click()
        from playwright.sync_api import expect

        expect(page.locator("#chatbot .example").first).to_be_visible(timeout=30_000)
        assert_no_serious(page, f"after Clear at {width}px")
    finally:
        context.close()


@pytest.mark.parametrize("width,height", [(1280, 800), (375, 667)])
@pytest.mark.parametrize("path", ["/embed", "/api/docs"])
def test_axe_finds_nothing_serious_on_the_pages_for_developers(browser, server_url: str, path: str, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Their code blocks scroll sideways on a phone: each is a named region reached with Tab (axe's
    scrollable-region-focusable was serious on both pages, eighth outside trial)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(server_url + path)
        page.locator("pre").first.wait_for()
        assert_no_serious(page, f"{path} at {width}px")
        assert all(pre.get_attribute("tabindex") == "0" for pre in page.locator("pre").all())
    finally:
        context.close()


def test_axe_finds_nothing_serious_on_embed_and_in_the_widget(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(server_url + "/embed")
        expect(page.locator("#faqbot-launcher")).to_be_visible()
        assert_no_serious(page, "/embed")
        docs_shot(page, "embed.png", full_page=True)
        page.locator("#faqbot-launcher").click()
        handle = page.locator("#faqbot-frame").element_handle(timeout=30_000)
        assert handle is not None
        frame = handle.content_frame()
        assert frame is not None
        frame.locator(BOX).first.wait_for(timeout=30_000)
        page.wait_for_timeout(500)
        assert_no_serious(page, "/embed with the widget open")
        assert_no_serious(frame, "the widget's iframe")
        frame.locator(BOX).first.fill(QUESTION)
        frame.locator(BOX).first.press("Enter")
        wait_for_reply(frame, 0, TUMOR_START)
        page.wait_for_timeout(500)
        assert_no_serious(frame, "the widget's iframe after an answer")
        docs_shot(page, "widget.png")
    finally:
        context.close()


# --- names and keyboard ----------------------------------------------------------------------------


def test_every_control_has_a_name_and_the_title_is_the_h1(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context, page = open_chat(browser, server_url + "/")
    try:
        expect(page.locator("#question [data-testid=submit-button]")).to_have_accessible_name("Send question")
        expect(page.locator(BOX)).to_have_accessible_name(re.compile(r"\S"))
        examples = page.locator("#chatbot .examples")
        expect(examples).to_have_attribute("role", "group")
        expect(examples).to_have_accessible_name("Example questions")
        expect(page.locator("#clear")).to_have_accessible_name("Clear chat")
        # one level-one heading, the title, looking like the bold start of the notice line it always was
        h1 = page.locator("h1")
        expect(h1).to_have_count(1)
        expect(h1).to_contain_text("Stem cell therapy: side effects FAQ")
        look = h1.evaluate(
            "h => { const s = getComputedStyle(h), p = getComputedStyle(h.nextElementSibling);"
            " return [s.display, s.fontSize === p.fontSize, s.fontWeight, s.marginTop]; }"
        )
        assert look == ["inline", True, "700", "0px"], look
        # no control without a name, anywhere in the page
        unnamed = page.evaluate(
            """() => [...document.querySelectorAll('button, a[href], textarea, input, select, [role=button]')]
              .filter(e => e.offsetParent !== null)
              .filter(e => !(e.getAttribute('aria-label') || e.textContent.trim() || e.getAttribute('title')
                             || (e.labels && e.labels.length) || e.getAttribute('aria-labelledby')))
              .map(e => e.outerHTML.slice(0, 120))"""
        )
        assert unnamed == []
    finally:
        context.close()


def test_keyboard_only_ask_examples_and_suggestions(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    """Tab reaches the box, Enter sends, and after every reply (typed, example, suggestion) focus is in the box."""
    from playwright.sync_api import expect

    context, page = open_chat(browser, server_url + "/")
    try:
        expect_box_focused(page)  # on a page of its own, the cursor starts in the box (chat.js; no autofocus)
        page.evaluate("() => document.activeElement && document.activeElement.blur()")
        # An example question, chosen by keyboard: it asks, and focus comes back to the box (not <body>).
        tab_to(page, page, "#chatbot .example")
        page.keyboard.press("Enter")
        wait_for_reply(page, 0)
        expect_box_focused(page)

        # Tab order from the top of the page reaches the question box; typing and Enter send the question.
        page.evaluate("() => document.activeElement && document.activeElement.blur()")
        tab_to(page, page, BOX)
        # ...and shows it has the focus: a visible ring (WCAG 2.4.7; a keyboard trial found none)
        ring = page.locator(BOX).first.evaluate("b => [getComputedStyle(b).outlineStyle, getComputedStyle(b).outlineWidth]")
        assert ring[0] != "none" and float(ring[1].rstrip("px")) >= 2, ring
        page.keyboard.type(QUESTION)
        page.keyboard.press("Enter")
        reply = wait_for_reply(page, 1, TUMOR_START)
        expect_box_focused(page)

        # "You could also ask": buttons that ask their question, by Enter and by Space.
        suggestion = reply.locator("a[role=button][href^='#ask=']").first
        expect(suggestion).to_be_visible()
        asked = suggestion.inner_text().strip()
        assert asked.startswith("Tell me about")
        expect(suggestion).to_have_accessible_name(asked)
        suggestion.focus()
        page.keyboard.press("Enter")
        wait_for_reply(page, 2)
        expect(page.locator("#chatbot [data-testid='user']").last).to_have_text(asked)
        expect_box_focused(page)
        expect(page.locator(BOX)).to_have_value("")

        page.locator(BOX).fill(NEAR_MISS)
        page.keyboard.press("Enter")
        reply = wait_for_reply(page, 3, "Did you mean")
        choice = reply.locator("li a[role=button]").first  # a "did you mean" choice
        expect(choice).to_have_text("Immune System Reactions")
        choice.focus()
        page.keyboard.press(" ")
        wait_for_reply(page, 4, "Immune System Reactions")
        expect(page.locator("#chatbot [data-testid='user']").last).to_have_text("Tell me about immune system reactions")
        assert replies(page).last.locator("blockquote").count() >= 1  # the choice was answered with quotes
        expect_box_focused(page)
    finally:
        context.close()


def test_suggestions_work_in_the_widgets_iframe(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1100, "height": 800})
    try:
        page = context.new_page()
        page.goto(server_url + "/embed")
        page.locator("#faqbot-launcher").focus()
        page.keyboard.press("Enter")
        frame = page.frame_locator("#faqbot-frame")
        box = frame.locator(BOX)
        expect(box).to_be_focused(timeout=30_000)
        page.keyboard.type(QUESTION)
        page.keyboard.press("Enter")
        reply = wait_for_reply(frame, 0, TUMOR_START)
        suggestion = reply.locator("a[role=button][href^='#ask=']").first
        asked = suggestion.inner_text().strip()
        suggestion.focus()
        page.keyboard.press("Enter")
        wait_for_reply(frame, 1)
        expect(frame.locator("#chatbot [data-testid='user']").last).to_have_text(asked)
        expect(box).to_be_focused()
        assert page.url == server_url + "/embed"  # the host page did not navigate to "#ask=…"
    finally:
        context.close()


def test_focus_moved_to_a_suggestion_as_the_reply_arrives_stays_there(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    """The box takes the focus back after a reply (0, 100 and 400 ms after it appears), but never from where the
    reader has put it meanwhile: a suggestion focused at once used to lose the focus to the empty box, and the
    reader's Enter then sent an empty question (seen as a flaky failure of the widget test above)."""
    from playwright.sync_api import expect

    context, page = open_chat(browser, server_url + "/")
    try:
        box = page.locator(BOX)
        box.fill(QUESTION)
        box.press("Enter")
        reply = wait_for_reply(page, 0, TUMOR_START)
        suggestion = reply.locator("a[role=button][href^='#ask=']").first
        suggestion.focus()
        page.wait_for_timeout(800)  # past the last of the box's refocus attempts
        assert focused(page).startswith("a#"), focused(page)
        asked = suggestion.inner_text().strip()
        page.keyboard.press("Enter")
        wait_for_reply(page, 1)
        expect(page.locator("#chatbot [data-testid='user']").last).to_have_text(asked)
    finally:
        context.close()


def test_enter_or_send_in_an_empty_box_sends_nothing(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context, page = open_chat(browser, server_url + "/")
    try:
        box = page.locator(BOX)
        box.fill("   ")
        box.press("Enter")
        page.locator("#question [data-testid='submit-button']").click()
        page.wait_for_timeout(1500)
        expect(page.locator("#chatbot [data-testid='user']")).to_have_count(0)
        box.fill(QUESTION)
        box.press("Enter")
        wait_for_reply(page, 0, TUMOR_START)
    finally:
        context.close()


# --- layout ----------------------------------------------------------------------------------------


def _long_question_on_a_phone(page, question: str, marker: str):  # type: ignore[no-untyped-def]
    """Send a question over 1,000 characters; the reply, once ``marker`` is in it. The box keeps the text and
    the marker is inside the 667-pixel viewport."""
    from playwright.sync_api import expect

    assert len(question) > 1000
    box = page.locator(BOX)
    box.fill(question)
    box.press("Enter")
    reply = wait_for_reply(page, 0, marker)
    page.wait_for_timeout(700)  # chat.js realigns the reply at 0, 100 and 400 ms
    expect(box).to_have_value(question)  # kept, to be shortened
    seen = reply.get_by_text(marker).bounding_box()
    assert seen and seen["y"] >= 0 and seen["y"] + seen["height"] <= 667, seen
    return reply


def test_long_refused_question_on_a_phone(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    """Over 1,000 characters: the refusal is in view, and the box (which keeps the text) stays small."""
    context, page = open_chat(browser, server_url + "/", 375, 667, phone=True)
    try:
        question = "Is it normal that my knee is still swollen two weeks after the injection? " * 16
        _long_question_on_a_phone(page, question, "please shorten it")
        b = page.locator(BOX).bounding_box()
        assert b and b["height"] <= 667 / 2 and b["y"] + b["height"] <= 667, b
        docs_shot(page, "refused-phone.png")
    finally:
        context.close()


def test_a_long_crisis_message_on_a_phone_shows_the_alert_and_keeps_the_text(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    """People in crisis write long posts: over 1,000 characters the alert and helplines still come first."""
    from playwright.sync_api import expect

    context, page = open_chat(browser, server_url + "/", 375, 667, phone=True)
    try:
        story = "I have been struggling for a long time with school, work and my family and nothing helps. " * 11
        question = story + "I have decided to kill myself tonight and I wrote my note already."
        reply = _long_question_on_a_phone(page, question, "face this alone")
        expect(reply.locator("a[href='tel:988']")).to_have_count(1)
        expect(reply.get_by_text("please shorten it")).to_have_count(1)
    finally:
        context.close()


GLYPHS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,:;?!()-’"
FONT_CHECK = """async ([family, weight, glyphs]) => {
  await document.fonts.load(`${weight} 20px ${family}`, glyphs);
  const c = document.createElement("canvas").getContext("2d"); const missing = [];
  for (const ch of glyphs) {  // a glyph the face lacks falls back, and then the fallback's width shows
    c.font = `${weight} 20px ${family}, monospace`; const a = c.measureText(ch).width;
    c.font = `${weight} 20px ${family}, serif`; const b = c.measureText(ch).width;
    if (a !== b) missing.push(ch);
  }
  return missing.join("");
}"""


def test_bold_text_uses_one_face_and_nothing_covers_the_chat(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    context, page = open_chat(browser, server_url + "/")
    try:
        box = page.locator(BOX)
        box.fill("What are all the risks of stem cell therapy?")
        box.press("Enter")
        reply = wait_for_reply(page, 0)
        page.wait_for_timeout(500)
        strong = reply.locator("strong").first
        family = strong.evaluate("s => getComputedStyle(s).fontFamily")
        assert family.startswith('"FAQ Sans"'), family
        weight = strong.evaluate("s => getComputedStyle(s).fontWeight")
        for w in ("400", weight, "700"):
            assert page.evaluate(FONT_CHECK, ["'FAQ Sans'", w, GLYPHS]) == "", w
        assert page.evaluate("() => document.fonts.check(`700 16px 'FAQ Sans'`, 'FAQ Ask Blood')")
        # Gradio's "Chat" label is not drawn over the conversation
        labels = page.locator("#chatbot [data-testid='block-label']")
        assert labels.count() == 0 or not labels.first.is_visible()
        log = page.locator("#chatbot [role=log]").first
        top_hit = log.evaluate(
            "l => { const r = l.getBoundingClientRect(); const e = document.elementFromPoint(r.left + 30, r.top + 8);"
            " return !!e && l.contains(e); }"
        )
        assert top_hit
        # the highlighter marks at most two sentences in any quoted passage
        for quote in reply.locator("blockquote").all():
            assert quote.locator("strong").count() <= 2
    finally:
        context.close()


def test_footer_links_to_the_json_api_page(browser, server_url: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context, page = open_chat(browser, server_url + "/")
    try:
        expect(page.locator(".show-api")).to_have_count(0)  # Gradio's own "Use via API" page is not offered
        link = page.locator("#footer a")
        expect(link).to_have_attribute("href", server_url + "/api/docs")
        expect(link).to_have_accessible_name(re.compile("JSON API"))
        if link.get_attribute("target") == "_blank":  # Gradio opens Markdown links in a new tab
            with context.expect_page() as opened:
                link.click()
            docs = opened.value
        else:
            link.click()
            docs = page
        docs.wait_for_url(re.compile(r"/api/docs$"), timeout=10_000)
        expect(docs.locator("body")).to_contain_text("/api/ask")
    finally:
        context.close()


# --- clear one-line messages (issue 12, point 6) ---------------------------------------------------


def test_a_port_in_use_is_one_line_naming_the_port_and_faqbot_port(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Checked before the index and the model load: one line on stderr and exit 1, not a uvicorn traceback. (The
    index folder is missing and may not be rebuilt: checked after it, the message would be about the index.)"""
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {
            **os.environ,
            "FAQBOT_PORT": str(port),
            "FAQBOT_HOST": "127.0.0.1",
            "HF_HUB_OFFLINE": "1",
            "FAQBOT_INDEX_DIR": str(tmp_path / "no-index"),
            "FAQBOT_AUTO_INDEX": "false",
        }
        run = subprocess.run([sys.executable, "app.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert f"port {port}" in lines[0] and "FAQBOT_PORT" in lines[0] and "already in use" in lines[0]


def test_the_package_builds_without_warnings_and_ships_its_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """pyproject lists bot/static and bot/data so setuptools stays quiet and installs red_flags.yaml too."""
    import shutil
    import subprocess
    import sys
    import zipfile

    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "bot", source / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v", "-w", str(tmp_path), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "absent from the `packages` configuration" not in run.stdout + run.stderr
    assert "Warning" not in run.stdout + run.stderr
    (wheel,) = tmp_path.glob("faqbot-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"bot/data/red_flags.yaml", "bot/static/chat.js", "bot/static/embed.js", "bot/cli.py"} <= names
