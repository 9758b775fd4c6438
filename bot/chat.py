"""The Gradio chat: a notice that is always visible, example questions, and replies from the Answerer."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from bot.answer import NOTICE  # noqa: E402
from bot.answerer import Answerer  # noqa: E402
from bot.composer import printable  # noqa: E402
from bot.errors import FaqbotError  # noqa: E402
from bot.render import alert_markdown, escape  # noqa: E402
from bot.replies import Replies, client_host  # noqa: E402
from bot.screen import urgency_of_refused  # noqa: E402
from bot.widget import TITLE  # noqa: E402

if TYPE_CHECKING:
    from limits import RateLimitItem

log = logging.getLogger("faqbot")

EXAMPLES = (
    "Can stem cells cause cancer?",
    "What are the most common side effects?",
    "Can stem cell therapy cause blood clots?",
    "How do I choose a safe clinic?",
)
PLACEHOLDER = (
    "**Ask about the risks and side effects of stem cell therapy.**\n\n"
    "Answers are quoted word for word from the article, with the section they come from."
)
# Gradio adds top-level rules twice (as written, and prefixed with `.gradio-container-<version> .contain`) but
# rules inside @media only prefixed. With the <gradio-app> web component all of it lands in the host page, so
# top-level rules start at .gradio-container (a bare `#notice` or `footer` would restyle the site's own
# elements), and @media rules name only elements inside the app's `.contain`.
CSS = """
.gradio-container #notice { border-left: 4px solid #b45309; background: #fffbeb; color: #1f2937; padding: 6px 12px;
  border-radius: 6px; }
.gradio-container #notice p { margin: 0; font-size: 0.95rem; }
/* The page's title is its level-one heading, shown as before: bold text running into the notice. */
.gradio-container #notice h1 { display: inline; margin: 0; padding: 0; font-size: 0.95rem; font-weight: 700;
  line-height: inherit; color: inherit; letter-spacing: normal; }
.gradio-container #notice h1 + p { display: inline; }
/* One face per word: Gradio's theme loads Source Sans Pro at 400 and 600, and its SemiBold woff2 (5 KB) holds
   only a few capitals, so every other letter of bold text came from a fallback font. "FAQ Sans" is Source
   Sans Pro Regular and Bold (full files), added by bot/static/chat.js from the app's own static/fonts; until it
   loads (or where the script cannot run) the system font is used for all weights. */
.gradio-container { --font: 'FAQ Sans', ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
/* Our footer: a link to the JSON API's page (/api/docs), instead of Gradio's "Use via API" footer (whose
   grey text was 1.9:1 on white). */
.gradio-container #footer { text-align: center; }
/* Like Gradio's own footer, not in the <gradio-app> web component (no `.main.app`): it is part of another site's
   page there, and would lengthen it. */
.gradio-container .main:not(.app) #footer { display: none !important; }
.gradio-container #footer p { margin: 0; font-size: 0.85rem; color: #52525b; }
.gradio-container #footer a { color: #0f766e; }
/* Questions to ask with one click ("You could also ask", "Did you mean"): links bot/static/chat.js turns into
   buttons that send the question. */
.gradio-container #chatbot a[href^="#ask="] { display: inline-block; margin: 2px 6px 2px 0; padding: 2px 10px;
  border: 1px solid #0f766e; border-radius: 999px; background: #f0fdfa; color: #115e59; font-weight: 600;
  text-decoration: none; line-height: 1.5; cursor: pointer; }
.gradio-container #chatbot a[href^="#ask="]:hover { background: #ccfbf1; }
.gradio-container #chatbot a[href^="#ask="]:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
/* Where the keyboard is (WCAG 2.4.7): the question box and the send button show focus plainly (a keyboard trial found
   no ring on the box and a 1 px one on the button). */
.gradio-container #question textarea:focus-visible, .gradio-container #question textarea:focus {
  outline: 3px solid #b45309 !important; outline-offset: 1px; }
.gradio-container #question button:focus-visible { outline: 3px solid #b45309 !important; outline-offset: 2px; }
/* The question box grows with a long question, but never past a few lines (a phone keeps the reply in view). */
.gradio-container #question textarea { max-height: min(7.5em, 25vh); overflow-y: auto !important; }
/* The sentence that answers the question, inside a quoted passage: a highlighter mark, not heavy bold. */
.gradio-container #chatbot blockquote strong { font-weight: 600; background: #fef08a; color: inherit;
  border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; padding: 0 1px; }
/* Urgent replies open with an alert, not an ordinary bubble line: red for an emergency or a crisis (h4),
   amber for "see a doctor today" (h5). The body paragraph right after the heading belongs to the alert. */
.gradio-container #chatbot h4, .gradio-container #chatbot h5 { margin: 0 !important; padding: 8px 12px;
  border-radius: 8px 8px 0 0; font-size: 1.05rem; font-weight: 700; line-height: 1.3; }
.gradio-container #chatbot h4 { background: #b91c1c; color: #ffffff; }
.gradio-container #chatbot h5 { background: #fde68a; color: #1f2937; }
.gradio-container #chatbot h4 + p, .gradio-container #chatbot h5 + p { margin-top: 0 !important; padding: 8px 12px;
  border-radius: 0 0 8px 8px; }
.gradio-container #chatbot h4 + p { background: #fef2f2; color: #1f2937; border: 2px solid #b91c1c; border-top: 0; }
.gradio-container #chatbot h5 + p { background: #fffbeb; color: #1f2937; border: 2px solid #f59e0b; border-top: 0; }
.gradio-container #chatbot h4 + p a, .gradio-container #chatbot h5 + p a { color: #991b1b; font-weight: 700;
  text-decoration: underline; }
/* The numbers and helplines are targets a thumb can hit (WCAG 2.2, 2.5.8: at least 24 by 24 CSS px; a trial on a
   phone measured 25 by 22). */
.gradio-container #chatbot h4 + p a, .gradio-container #chatbot h5 + p a { display: inline-block; min-width: 32px;
  min-height: 32px; padding: 4px 4px; line-height: 24px; text-align: center; box-sizing: border-box; }
/* Gradio's round "scroll to the end" button sits in the middle of the log's bottom edge, over a reply's text on a
   phone (eleventh outside trial: it covered "findahelpline.com"); in the corner it covers the least. */
.gradio-container #chatbot .scroll-down-button-container { left: auto; right: 6px; bottom: 6px; transform: none; }
/* On the chat's own page (and in an iframe) the notice sticks to the top if the page ever scrolls; `clip`,
   unlike Gradio's `hidden`, lets it. The web component (no `.app`) leaves the host page's scrolling alone. */
.gradio-container:has(.main.app) { overflow: clip !important; }
.gradio-container .main.app #notice { position: sticky; top: 0; z-index: 20; }
/* Narrow screens (phones, the floating widget's panel): less padding around the app and the footer. */
.gradio-container .main.app { padding: clamp(6px, 2.5vw, 16px) clamp(8px, 6vw - 14px, 32px); }
/* ...and a shorter chat log (fill_height still stretches it over a taller screen), so that the notice, the
   log and the question box fit on one phone screen. */
@media (max-width: 480px) {
  .column:has(> #notice) { gap: 8px; }
  #notice { padding: 4px 8px; border-left-width: 3px; }
  #notice p { font-size: 0.8rem; line-height: 1.35; }
  #chatbot { height: 240px !important; min-height: 160px !important; }
  #chatbot .placeholder-content { height: auto; min-height: 100%; padding: 0 12px; }
  #chatbot .examples { padding: 8px 12px; gap: 8px; }
  #chatbot .example { padding: 10px 14px; }
}
"""


# The page's own script (bot/static/chat.js), inlined into <head>: Gradio rebuilds head scripts from their text.
CHAT_SCRIPT = (
    "<script>" + (Path(__file__).resolve().parent / "static" / "chat.js").read_text(encoding="utf-8") + "</script>"
)


def text_of(content: Any) -> str:
    """Message text from either history form Gradio uses (plain string or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


# Shown instead of an answer when something unexpected fails: nothing about the server's internals.
FAILURE = (
    "Sorry, something went wrong on our side while answering. Please try again in a moment, or rephrase your question."
)

# Opens a paragraph of every reply that is no answer (busy, over the rate limit): bot/static/chat.js hides the rating
# buttons under such a reply, which has no answer to rate.
WAITING = "⏳"

BUSY_REPLY = (
    f"{WAITING} **The assistant is busy right now; please try again in a moment.** Your question is still in the box: "
    f"press Enter to send it again.\n\n_ℹ️ {NOTICE}_"
)


def _window(rate: RateLimitItem) -> tuple[str, str]:
    """The rate's window in words: how long to wait ("a minute", "5 minutes") and how often ("a minute", "every 5
    minutes")."""
    unit = rate.GRANULARITY.name
    if rate.multiples == 1:
        one = f"{'an' if unit == 'hour' else 'a'} {unit}"
        return one, one
    return f"{rate.multiples} {unit}s", f"every {rate.multiples} {unit}s"


def limited_text(rate: RateLimitItem | None) -> str:
    """The reply when this reader is over the rate limit: how long to wait, not "busy" (seventh outside trial: pressing
    Enter at once fails again until the window has passed). The chat, the API and feedback share the one budget."""
    if rate is None:
        return BUSY_REPLY
    wait, often = _window(rate)
    questions = "question" if rate.amount == 1 else "questions"
    return (
        f"{WAITING} **You have sent many questions in a short time.** This site answers up to {rate.amount} {questions} "
        f"{often} from one address; please wait up to {wait}, then press Enter to send it again. Your question is "
        f"still in the box.\n\n_ℹ️ {NOTICE}_"
    )


# Each turn as the Chatbot shows it, and for a reply also the id of its answer (kept on the server, never sent).
Turns = list[dict[str, str]]
SESSION_TTL_SECONDS = 3600
SESSION_CAPACITY = 500  # sessions whose state is kept in memory; the oldest go first
MAX_TURNS = 40
ANALYTICS_EVENTS = 500


def shown(turns: Turns) -> Turns:
    """The turns as the Chatbot gets them: role and content only."""
    return [{"role": t["role"], "content": t["content"]} for t in turns]


def busy_reply(message: object, turns: Turns | None, why: str = BUSY_REPLY) -> tuple[str, Turns, Turns]:
    """The reply when the server is too busy, or (``why``) this client asks too fast: the question stays in the box.

    Busy or not, an emergency or a crisis gets its alert and helplines first: the screen needs no model."""
    text = printable(message) if isinstance(message, str) else ""
    history = list(turns or [])
    question = escape(text.strip()) if text.strip() else "_(empty question)_"
    urgency = urgency_of_refused(text)
    reply = why
    if urgency is not None:
        reply = f"{alert_markdown(urgency.tier, urgency.title, urgency.body)}\n\n{why}"
    history += [{"role": "user", "content": question}, {"role": "assistant", "content": reply}]
    return text, shown(history), history  # no answer id: a busy reply cannot be rated


def picked(evt: gr.SelectData) -> str:
    """The text of the example question a reader picked (nothing else of the event is read)."""
    value = evt.value
    question = value.get("text", "") if isinstance(value, dict) else ""
    return question if isinstance(question, str) else ""


def twins(why: str) -> tuple[Callable[..., tuple[str, Turns, Turns]], Callable[..., tuple[str, Turns, Turns]]]:
    """The replies of an asking event's twin and of the example event's twin, answering ``why`` (busy, or over the
    rate limit) with the question left in the box."""

    def ask(message: object, turns: Turns | None) -> tuple[str, Turns, Turns]:
        return busy_reply(message, turns, why)

    def pick(turns: Turns | None, evt: gr.SelectData) -> tuple[str, Turns, Turns]:
        return busy_reply(picked(evt), turns, why)

    return ask, pick


def build_chat(
    answerer: Answerer, concurrency: int = 8, replies: Replies | None = None, rate: RateLimitItem | None = None
) -> gr.Blocks:
    """The chat page. Every reply is the answer's own Markdown; user text is escaped, never rendered.

    The conversation lives on the server (``gr.State``): the Chatbot is only an output, so nothing a client
    sends as "history" is ever read, echoed or treated as a file. Thumbs up/down on a reply (the Chatbot's
    like event) take only the message's index and the choice from the browser; the answer id comes from the
    server's own turns.
    """
    replies = replies or Replies(answerer, None)

    def respond(message: object, turns: Turns | None, request: gr.Request) -> tuple[str, Turns, Turns]:
        history = list(turns or [])
        raw = message if isinstance(message, str) else ""
        text = printable(raw)  # shown and kept: lone surrogates cannot be sent back to the browser
        answer_id = ""
        try:
            answer = replies.ask(raw, client_host(request))
            # ``message`` says why a question was refused (also when the refusal comes with an alert)
            reply, refused, answer_id = answer.markdown, bool(answer.message), answer.id
        except Exception:  # an answer must always come back; the details go to the log, not the reader
            log.exception("answering failed")
            reply, refused = f"⚠️ {FAILURE}\n\n_ℹ️ {NOTICE}_", True
        question = escape(text.strip()) if text.strip() else "_(empty question)_"
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": reply, "answer_id": answer_id},
        ]
        history = history[-MAX_TURNS:]
        keep = text if refused else ""  # let the user fix what was refused
        return keep, shown(history), history

    def ask_example(turns: Turns | None, evt: gr.SelectData, request: gr.Request) -> tuple[str, Turns, Turns]:
        return respond(picked(evt), turns, request)

    def rate_reply(turns: Turns | None, evt: gr.LikeData, request: gr.Request) -> None:
        """Thumbs up or down on a reply: the index picks one of this session's own replies, nothing else is used."""
        history = list(turns or [])
        index = evt.index
        liked = evt.liked
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(history):
            return
        answer_id = history[index].get("answer_id", "")
        if liked not in (True, False):  # un-selecting a choice keeps the rating given
            return
        if not answer_id:  # "something went wrong" has no answer; the busy replies' buttons are hidden (chat.js)
            gr.Info("Only answers can be rated, and this reply is not one. Thank you all the same.")
            return
        try:
            replies.rate(answer_id, "up" if liked is True else "down", None, client_host(request))
        except FaqbotError as exc:
            log.warning("rating not stored: %s", exc)
            gr.Warning("Your rating could not be saved just now; thank you all the same.")

    def clear() -> tuple[str, Turns, Turns]:
        return "", [], []

    with gr.Blocks(title=TITLE, fill_height=True) as demo:
        # The title is the page's h1 (styled as the bold start of the notice line).
        gr.Markdown(f"# ⚕️ {TITLE}\n\n— {NOTICE}", elem_id="notice")
        # Server-side history, per browser session: dropped an hour after its last change (Gradio also drops it
        # when the tab closes), and at most MAX_TURNS messages kept.
        turns = gr.State([], time_to_live=SESSION_TTL_SECONDS)
        chatbot = gr.Chatbot(
            elem_id="chatbot",
            label="Chat",
            show_label=False,  # its floating "Chat" label covered the first line of a scrolled conversation
            placeholder=PLACEHOLDER,
            examples=[{"text": q} for q in EXAMPLES],
            sanitize_html=True,
            allow_tags=False,
            render_markdown=True,
            latex_delimiters=[],
            buttons=["copy"],
            scale=1,
            min_height=300,
            autoscroll=False,  # bot/static/chat.js shows each new reply from its start instead
        )
        box = gr.Textbox(
            elem_id="question",
            placeholder="Type your question and press Enter",
            label="Your question",  # the box's accessible name (not shown)
            show_label=False,
            lines=1,
            max_lines=4,  # a long (refused) question scrolls inside the box instead of filling a phone's screen
            submit_btn=True,
            # No autofocus: in the widget's or an iframe's frame it took the host page's focus as the chat loaded
            # (a widget opened on load, CI of the fifteenth stop); chat.js puts the cursor in the box on a page of
            # its own at once, and in a frame once the frame has the focus (the widget gives it on opening).
        )
        ask_event = box.submit(
            respond, [box, turns], [box, chatbot, turns], api_name="ask", concurrency_limit=concurrency
        )
        example_event = chatbot.example_select(
            ask_example, [turns], [box, chatbot, turns], api_visibility="private", concurrency_limit=concurrency
        )
        # 👍/👎 under every reply; the ratings go to the records (bot/records.py).
        chatbot.like(rate_reply, [turns], None, api_visibility="private", concurrency_limit=concurrency)
        # A plain button cleared on the server: gr.ClearButton runs client-side js=, which needs 'unsafe-eval'.
        gr.Button("Clear chat", size="sm", elem_id="clear").click(
            clear, None, [box, chatbot, turns], api_visibility="private"
        )
        # "api/docs" is relative to the chat's own address; bot/static/chat.js makes it absolute from the
        # bot's address, so it also leads there from the web component on another site.
        gr.Markdown("[JSON API: ask from your own programs](api/docs)", elem_id="footer")
        # Twins of the two asking events with the same inputs and outputs, never waiting in line: the chat gate
        # (bot/gate.py) sends a join here when the queue is full or one client holds too much of it, so the reader
        # sees "busy" as a reply instead of Gradio's error badges; or, when the client is over the rate limit, to
        # the limited twins, whose reply says how long to wait.
        # They hang off a button that is never rendered, so no click in the page ever starts them.
        hidden = gr.Button(visible=False, elem_id="busy-twins")
        twin_events: dict[str, tuple[Any, Any]] = {}
        for kind, why in (("busy", BUSY_REPLY), ("limited", limited_text(rate))):
            ask_twin, pick_twin = twins(why)
            twin_events[kind] = (
                hidden.click(
                    ask_twin, [box, turns], [box, chatbot, turns], api_visibility="private", concurrency_limit=None
                ),
                hidden.click(
                    pick_twin, [turns], [box, chatbot, turns], api_visibility="private", concurrency_limit=None
                ),
            )
    # api_open=False: /gradio_api/run/* would bypass the queue and its limits. The gate bounds the queue itself.
    demo.queue(default_concurrency_limit=concurrency, max_size=None, api_open=False)
    demo.state_session_capacity = SESSION_CAPACITY  # launch() would set it; a mounted app reads it here
    queue = getattr(demo, "_queue", None)
    if queue is not None:  # Gradio keeps its last 10,000 events for its own analytics page, which we never show
        queue.ANALYTICS_MAX_EVENTS = ANALYTICS_EVENTS
    # For the gate: each asking event's busy twin and limited twin, by the fn_index the browser sends.
    demo.faqbot_twins = {  # type: ignore[attr-defined]
        kind: {_fn_index(demo, ask_event): _fn_index(demo, ask), _fn_index(demo, example_event): _fn_index(demo, pick)}
        for kind, (ask, pick) in twin_events.items()
    }
    return demo


def _fn_index(demo: gr.Blocks, event: Any) -> int:
    """The fn_index the browser sends for an event listener."""
    return int(event["id"])
