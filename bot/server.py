"""The web app: JSON API (/api/ask, /healthz) with the Gradio chat mounted at /."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from bot.answer import INVALID
from bot.answerer import Answerer
from bot.composer import invalid
from bot.errors import FaqbotError
from bot.settings import Settings
from bot.store import staleness
from bot.widget import FRAME_SCRIPT, add_widget_routes, content_security_policy, install_embed_policy

log = logging.getLogger("faqbot")
MAX_BODY_BYTES = 64 * 1024


def _invalid_response(message: str, question: object = "", status_code: int = 400) -> JSONResponse:
    return JSONResponse(invalid(question, message).as_dict(), status_code=status_code)


def create_app(answerer: Answerer, settings: Settings, watch_interval: float | None = 1.0) -> FastAPI:
    """Assemble the app around a prepared Answerer.

    With ``watch_interval`` (seconds), a rebuilt index is picked up between requests without a restart.
    """
    app = FastAPI(title="Stem cell therapy side effects FAQ bot", docs_url="/api/docs", openapi_url="/api/openapi.json")
    csp = content_security_policy(settings)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        # Remote images in Markdown could track readers; nothing on the page needs them.
        # frame-ancestors: only the sites in FAQBOT_EMBED_ORIGINS may frame the chat (bot/widget.py).
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    @app.post("/api/ask")
    async def ask(request: Request) -> JSONResponse:
        raw = await request.body()
        if len(raw) > MAX_BODY_BYTES:
            return _invalid_response(
                "The request is too large; send a question of at most 1,000 characters.", status_code=413
            )
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return _invalid_response('Send JSON like {"question": "Can stem cells cause cancer?"}.')
        if not isinstance(body, dict) or "question" not in body:
            return _invalid_response('Send JSON like {"question": "Can stem cells cause cancer?"}.')
        answer = await run_in_threadpool(answerer.ask, body["question"])
        return JSONResponse(answer.as_dict(), status_code=400 if answer.status == INVALID else 200)

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        data = answerer.data
        reason = staleness(settings.index_dir, settings.knowledge_dir, answerer.embedder.name)
        return {
            "status": "ok",
            "model": data.model,
            "passages": len(data.passages),
            "index": {
                "build": data.build_id,
                "built_at": data.manifest["build"]["built_at"],
                "fingerprint": data.manifest["knowledge"]["fingerprint"],
                "matches_knowledge": reason is None,
                "problem": reason,
            },
            "threshold": answerer.threshold,
        }

    @app.exception_handler(FaqbotError)
    async def faqbot_error(request: Request, exc: FaqbotError) -> JSONResponse:
        return JSONResponse({"status": "error", "error": str(exc)}, status_code=503)

    add_widget_routes(app, settings)  # /embed.js, /embed, /gradio.js, /iframeResizer.min.js
    install_embed_policy(app, settings)  # CORS for the allowed sites (Gradio then skips its own)

    import gradio as gr

    from bot.chat import CSS, build_chat

    demo = build_chat(answerer, concurrency=settings.concurrency)
    if watch_interval:
        answerer.watch(watch_interval)
    return gr.mount_gradio_app(app, demo, path="/", css=CSS, head=FRAME_SCRIPT, footer_links=["api"])


def build_app(settings: Settings) -> FastAPI:
    """The app ready to serve: index checked (and rebuilt if stale), model loaded and warmed."""
    answerer = Answerer(settings).prepare()
    answerer.warm_up()
    return create_app(answerer, settings)


def serve(settings: Settings) -> None:
    """Prepare the index, warm the model, and serve until interrupted."""
    import uvicorn

    logging.getLogger("faqbot").setLevel(logging.INFO)
    app = build_app(settings)
    print(f"faqbot: serving the chat on http://{settings.host}:{settings.port}/", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
