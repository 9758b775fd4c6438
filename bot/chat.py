"""The Gradio chat: a notice that is always visible, example questions, and replies from the Answerer."""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from bot.answer import NOTICE  # noqa: E402
from bot.answerer import Answerer  # noqa: E402
from bot.render import escape  # noqa: E402

TITLE = "Stem cell therapy: side effects FAQ"
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
/* The sentence that answers the question, inside a quoted passage: a highlighter mark, not heavy bold. */
.gradio-container #chatbot blockquote strong { font-weight: 600; background: #fef08a; color: inherit;
  border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; padding: 0 1px; }
/* On the chat's own page (and in an iframe) the notice sticks to the top if the page ever scrolls; `clip`,
   unlike Gradio's `hidden`, lets it. The web component (no `.app`) leaves the host page's scrolling alone. */
.gradio-container:has(.main.app) { overflow: clip !important; }
.gradio-container .main.app #notice { position: sticky; top: 0; z-index: 20; }
/* Narrow screens (phones, the floating widget's panel): less padding around the app and the footer. */
.gradio-container .main.app { padding: clamp(6px, 2.5vw, 16px) clamp(8px, 6vw - 14px, 32px); }
.gradio-container footer { margin-top: clamp(4px, 4vw - 10px, 16px); }
.gradio-container footer .divider { display: none; }  /* a stray "·" once the footer has only the API link */
/* ...and a shorter chat log (fill_height still stretches it over a taller screen), so that the notice, the
   log and the question box fit on one phone screen. */
@media (max-width: 480px) {
  .column:has(> #notice) { gap: 8px; }
  #notice { padding: 4px 8px; border-left-width: 3px; }
  #notice p { font-size: 0.8rem; line-height: 1.35; }
  #chatbot { height: 240px !important; min-height: 160px !important; }
  #chatbot [data-testid="block-label"] { display: none; }
  #chatbot .placeholder-content { height: auto; min-height: 100%; padding: 0 12px; }
  #chatbot .examples { padding: 8px 12px; gap: 8px; }
  #chatbot .example { padding: 10px 14px; }
}
"""


def text_of(content: Any) -> str:
    """Message text from either history form Gradio uses (plain string or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


def build_chat(answerer: Answerer, concurrency: int = 8) -> gr.Blocks:
    """The chat page. Every reply is the answer's own Markdown; user text is escaped, never rendered."""

    def respond(message: str, history: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
        answer = answerer.ask(message)
        shown = escape(message.strip()) if message and message.strip() else "_(empty question)_"
        turns = list(history) + [
            {"role": "user", "content": shown},
            {"role": "assistant", "content": answer.markdown},
        ]
        keep = message if answer.status == "invalid" else ""  # let the user fix what was refused
        return keep, turns

    def ask_example(history: list[dict[str, Any]], evt: gr.SelectData) -> tuple[str, list[dict[str, Any]]]:
        value = evt.value
        question = value.get("text", "") if isinstance(value, dict) else str(value)
        return respond(question, history)

    with gr.Blocks(title=TITLE, fill_height=True) as demo:
        gr.Markdown(f"**⚕️ {TITLE}** — {NOTICE}", elem_id="notice")
        chatbot = gr.Chatbot(
            elem_id="chatbot",
            label="Chat",
            placeholder=PLACEHOLDER,
            examples=[{"text": q} for q in EXAMPLES],
            sanitize_html=True,
            allow_tags=False,
            render_markdown=True,
            latex_delimiters=[],
            buttons=["copy"],
            scale=1,
            min_height=300,
        )
        box = gr.Textbox(
            elem_id="question",
            placeholder="Type your question and press Enter",
            show_label=False,
            lines=1,
            submit_btn=True,
            autofocus=True,
        )
        box.submit(respond, [box, chatbot], [box, chatbot], api_name="ask", concurrency_limit=concurrency)
        chatbot.example_select(
            ask_example, [chatbot], [box, chatbot], api_visibility="private", concurrency_limit=concurrency
        )
        gr.ClearButton([box, chatbot], value="Clear chat", size="sm")
    demo.queue(default_concurrency_limit=concurrency, max_size=256)
    return demo
