"""The web app: JSON API (/api/ask, /healthz) with the Gradio chat mounted at /.

Start-up order (``serve``): the JSON API answers as soon as the index and the model are ready; Gradio, the
heaviest import by far, is imported and the chat built in a background thread while the API already answers.
Until the chat is started every route of it (the page, its assets, its queue) answers 503 "starting" with
Retry-After, and ``/healthz`` says ``"chat": "starting"``: no Gradio route is reachable before it is fully
set up (``has_launched`` included, see ``ChatSlot``).
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
import secrets
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from slowapi import Limiter
from slowapi.errors import RateLimitExceeded
from slowapi.util import get_remote_address
from starlette.concurrency import run_in_threadpool

from bot.answer import INVALID, MAX_COMMENT_CHARS, RATINGS, URGENT, Answer
from bot.answerer import Answerer
from bot.api_schema import ANSWER_RESPONSES, FEEDBACK_RESPONSES, Feedback, Question, json_body
from bot.composer import invalid, urgent_refusal
from bot.errors import FaqbotError, StorageUnavailable, UnknownAnswer
from bot.flag_list import list_status
from bot.gate import RATE_SCOPE, ChatGate
from bot.guard import API_BODY_LIMIT, TIMED_OUT, ForwardedHeaders, Guard, Receive, Scope, Send, send_json
from bot.log_filter import limit_repeats
from bot.memory import limit_malloc_arenas, release_free_memory
from bot.replies import Replies, StartingRecords, client_host
from bot.screen import urgency_of_refused
from bot.settings import Settings
from bot.store import staleness
from bot.widget import (
    FRAME_SCRIPT,
    add_widget_routes,
    content_security_policy,
    install_embed_policy,
    own_meta,
    page_policy,
    public_base,
)

if TYPE_CHECKING:
    from bot.records import Records

log = logging.getLogger("faqbot")
API_PAGE = (Path(__file__).resolve().parent / "static" / "api.html").read_text(encoding="utf-8")


def _too_large(path: str) -> dict[str, Any]:
    if path.startswith("/api/"):
        return invalid("", f"The request is too large; send at most {API_BODY_LIMIT // 1024} KB of JSON.").as_dict()
    return {"detail": "The request is too large."}


def _timed_out(path: str) -> dict[str, Any]:
    if path.startswith("/api/"):
        return invalid("", "The request body stopped arriving; send the question again, whole.").as_dict()
    return TIMED_OUT


def _refusal(raw: bytes, message: str) -> Answer:
    """A refused request's reply in the answer shape: ``message``, the question as sent, and, when the body tells of an
    emergency or a crisis, its alert and helplines first (the screen needs no model). Whatever the body is, its text
    is screened (``sent_text``): a form post, plain text, JSON cut short, a bare string, another key or another
    encoding still tell of the emergency (ninth outside trial: none of these was screened)."""
    sent = _json_body(raw)
    question = sent.get("question") if isinstance(sent, dict) else None
    urgency = urgency_of_refused(question if isinstance(question, str) else sent_text(raw, sent))
    return urgent_refusal(question, urgency, message) if urgency else invalid(question, message)


def sent_text(raw: bytes, sent: object) -> str:
    """The words of a body that is not ``{"question": ...}``: a JSON value's strings, a form's values, or the body as
    text (UTF-8, or Windows-1252 as older clients send it)."""
    if sent is not None:
        return " ".join(_strings_of(sent))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if "=" in text and not text.lstrip().startswith(("{", "[", '"')):
        form = parse_qs(text, keep_blank_values=False)
        if form:
            return " ".join(v for values in form.values() for v in values)
    return text


def _strings_of(value: object, depth: int = 0) -> list[str]:
    """The strings of a JSON value, keys' values in order (a few levels deep: a body is at most 64 KiB)."""
    if isinstance(value, str):
        return [value]
    if depth > 8:
        return []
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings_of(v, depth + 1)]
    if isinstance(value, list):
        return [s for v in value for s in _strings_of(v, depth + 1)]
    return []


def _what_to_send(raw: bytes, body: object) -> str:
    """What to change in a body /api/ask cannot read: its encoding, or its shape."""
    if body is None:
        try:
            raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return 'Send the body as JSON in UTF-8, like {"question": "Can stem cells cause cancer?"}.'
    return 'Send JSON like {"question": "Can stem cells cause cancer?"}.'


def _not_json(raw: bytes) -> dict[str, Any]:
    return _refusal(raw, "Send the body as JSON, with the header Content-Type: application/json.").as_dict()


def _invalid_response(message: str, question: object = "", status_code: int = 400) -> JSONResponse:
    return JSONResponse(invalid(question, message).as_dict(), status_code=status_code)


WRONG_METHODS = ("GET", "HEAD", "PUT", "PATCH", "DELETE")


def _wrong_method(how: str) -> Callable[[], Awaitable[JSONResponse]]:
    """A handler answering 405 (``Allow: POST``) in the answer shape, with ``how`` to use the route."""

    async def wrong_method() -> JSONResponse:
        response = _invalid_response(how, status_code=405)
        response.headers["Allow"] = "POST"
        return response

    return wrong_method


def _json_body(raw: bytes) -> object:
    """A request body as JSON, or None when it is not JSON in UTF-8."""
    try:
        # utf-8-sig: a body that starts with a byte order mark is still JSON (RFC 8259 lets a parser ignore it).
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


FEEDBACK_EXAMPLE = (
    'Send JSON like {"answer_id": "<the id of an answer>", "rating": "up" or "down", "comment": "optional"}.'
)


def _is_database_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLAlchemy's (without importing it: no database, no SQLAlchemy error)."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, errors.SQLAlchemyError)


def read_feedback(body: object) -> tuple[str, str, str | None]:
    """``(answer_id, rating, comment)`` from a feedback body, or ValueError saying what to send instead."""
    if not isinstance(body, dict):
        raise ValueError(FEEDBACK_EXAMPLE)
    answer_id, rating, comment = body.get("answer_id"), body.get("rating"), body.get("comment")
    if not isinstance(answer_id, str) or not 1 <= len(answer_id) <= 64:
        raise ValueError("answer_id must be the id string of an answer you received. " + FEEDBACK_EXAMPLE)
    if rating not in RATINGS:
        raise ValueError('rating must be "up" or "down". ' + FEEDBACK_EXAMPLE)
    if comment is not None and not isinstance(comment, str):
        raise ValueError("comment must be text, or left out. " + FEEDBACK_EXAMPLE)
    if comment is not None and len(comment) > MAX_COMMENT_CHARS:
        raise ValueError(f"The comment is too long: keep it under {MAX_COMMENT_CHARS} characters.")
    return answer_id, str(rating), comment


def open_records(settings: Settings) -> Records:
    """The records in the configured database, its schema brought up to date when it can be reached now."""
    from bot.database import Database, describe
    from bot.records import Records

    database = Database(settings.database_url)
    records = Records(database, settings.retention_days, settings.record_questions)
    try:
        database.migrate()
        records.purge_now_and_then()  # what passed the retention limit while the server was stopped
    except StorageUnavailable as exc:  # answering goes on; the records are tried again on the next reply
        log.error("%s", exc)
    else:
        log.info("records in %s", describe(settings.database_url))
    return records


STARTING = "starting"
READY = "ready"
FAILED = "failed"
STARTING_RETRY_SECONDS = 2


class ChatSlot:
    """The ASGI app mounted at /: the Gradio chat once it is built *and* started, a 503 until then.

    The chat is built (``build``, any thread: Gradio is imported there) and then started in the server's event
    loop (Gradio's own lifespan and queue, which need the running loop). Only after both, with
    ``demo.has_launched`` already set, does a request reach Gradio: a half-started server answers every chat
    route with 503 "starting" and Retry-After (the JSON API is routed before this mount and answers meanwhile).
    """

    def __init__(self) -> None:
        self.app: Any = None  # Gradio's ASGI app, once started
        self.demo: Any = None  # the Blocks, once started (the chat gate reads its queue)
        self.state = STARTING
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._built: tuple[Any, Any] | None = None
        self._stack: AsyncExitStack | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = self.app
        if app is not None:
            await app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1013})  # try again later
            return
        if scope["type"] != "http":
            return
        if self.state == FAILED:
            await send_json(
                send, 503, {"detail": "The chat is unavailable on this server; the JSON API still answers."}
            )
            return
        await send_json(
            send,
            503,
            {"detail": "The chat is starting; please try again in a moment."},
            [(b"retry-after", str(STARTING_RETRY_SECONDS).encode())],
        )

    # -- building (any thread) -------------------------------------------------------------------
    def build(self, app: FastAPI, answerer: Answerer, settings: Settings, replies: Replies) -> Any:
        """Import Gradio, build the chat and its ASGI app, and start it as soon as the server runs; the Blocks."""
        try:
            demo, gradio_app = _build_chat_app(app, answerer, settings, replies)
        except BaseException:
            self.state = FAILED
            log.exception("the chat could not be built; the JSON API still answers")
            raise
        with self._lock:
            self._built = (demo, gradio_app)
            loop = self._loop
        if loop is not None:  # the server is already serving: start the chat in its loop
            try:
                asyncio.run_coroutine_threadsafe(self._start(), loop)
            except RuntimeError:  # the loop closed meanwhile: the server is stopping
                pass
        return demo

    def build_in_background(self, app: FastAPI, answerer: Answerer, settings: Settings, replies: Replies) -> None:
        def run() -> None:
            try:
                self.build(app, answerer, settings, replies)
            except BaseException:  # noqa: BLE001  (logged in build; the API keeps answering)
                pass

        threading.Thread(target=run, name="faqbot-chat-build", daemon=True).start()

    # -- the server's lifespan (event loop) ----------------------------------------------------------
    async def serving(self) -> None:
        """The server has started: start a chat built before it (or when ``build`` hands one over)."""
        with self._lock:
            self._loop = asyncio.get_running_loop()
            built = self._built
        if built is not None:
            await self._start()

    async def _start(self) -> None:
        with self._lock:
            built, self._built = self._built, None
        if built is None or self.app is not None:
            return
        demo, gradio_app = built
        try:
            stack = AsyncExitStack()
            await stack.enter_async_context(gradio_app.router.lifespan_context(gradio_app))
            demo.run_startup_events()  # what mount_gradio_app's lifespan does: the queue, in this loop
            await demo.run_extra_startup_events()
        except BaseException:
            self.state = FAILED
            log.exception("the chat could not be started; the JSON API still answers")
            raise
        self._stack = stack
        self.demo = demo
        self.app = gradio_app
        self.state = READY
        log.info("chat ready")
        release_free_memory()  # what importing Gradio and building the chat in another thread freed

    async def stopping(self) -> None:
        """The server stops: stop Gradio's lifespan; a later start of the same app starts the chat again."""
        with self._lock:
            self._loop = None
        if self._stack is None:
            return
        stack, self._stack = self._stack, None
        built = (self.demo, self.app)
        self.app, self.demo, self.state = None, None, STARTING
        await stack.aclose()
        with self._lock:
            self._built = built


class SecurityHeaders:
    """ASGI middleware: every response gets the Content-Security-Policy and ``nosniff`` unless it set its own.

    Remote images in Markdown could track readers; nothing on the page needs them. frame-ancestors: only the
    sites in FAQBOT_EMBED_ORIGINS may frame the chat (bot/widget.py). An HTML page is held until its end, each of its
    ``<script`` tags gets a fresh nonce, and its policy runs only those (``page_policy``): before, the policy let
    any inline script run, so markup slipped into a page would have run. A plain ASGI middleware that edits the
    response's messages: Starlette's ``@app.middleware("http")`` ran every request through a task group and
    memory streams for the same headers.
    """

    # Gradio's page, its config (/config, /config/) and other JSON (/gradio_api/runs) name the address the request was
    # sent to (its "root"): a shared cache must not keep one reader's copy for another, whatever Host that request
    # carried. So every HTML or JSON response that does not say how to cache itself is private.
    PER_REQUEST = (b"cache-control", b"private, no-cache")
    PER_REQUEST_TYPES = (b"text/html", b"application/json")
    SCRIPT_TAG = re.compile(rb"<script\b", re.IGNORECASE)

    def __init__(self, app: Any, csp: str, rewrite: Callable[[bytes], bytes] | None = None) -> None:
        self.app = app
        self.csp = csp
        self.rewrite = rewrite  # what else changes in an HTML page (the chat's link preview: bot/widget.py)
        self.policy = csp.encode("latin-1")

    @staticmethod
    def _secured(headers: list[tuple[bytes, bytes]], policy: bytes) -> list[tuple[bytes, bytes]]:
        """``headers`` with the policy and ``nosniff`` added, unless the response set its own."""
        present = {name.lower() for name, _ in headers}
        ours = [(b"content-security-policy", policy), (b"x-content-type-options", b"nosniff")]
        return headers + [header for header in ours if header[0] not in present]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        page: dict[str, Any] | None = None  # an HTML page's start, held until its body is complete
        body: list[bytes] = []

        async def send_with_headers(message: Any) -> None:
            nonlocal page
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or ())
                present = {name.lower() for name, _ in headers}
                kind = next((value.lower() for name, value in headers if name.lower() == b"content-type"), b"")
                if b"cache-control" not in present and kind.startswith(self.PER_REQUEST_TYPES):
                    headers.append(self.PER_REQUEST)
                if (
                    kind.startswith(b"text/html")
                    and b"content-security-policy" not in present
                    and b"content-encoding" not in present
                ):
                    page = {**message, "headers": headers}
                    return
                await send({**message, "headers": self._secured(headers, self.policy)})
                return
            if page is None or message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            await self._send_page(page, b"".join(body), scope.get("method") == "HEAD", send)

        await self.app(scope, receive, send_with_headers)

    async def _send_page(self, start: dict[str, Any], content: bytes, head: bool, send: Send) -> None:
        """The page with a fresh nonce on each script tag, and the policy that runs only those."""
        nonce = secrets.token_urlsafe(18)
        if self.rewrite is not None and not head:
            content = self.rewrite(content)
        content = self.SCRIPT_TAG.sub(b'<script nonce="' + nonce.encode("ascii") + b'"', content)
        headers = [(name, value) for name, value in start["headers"] if head or name.lower() != b"content-length"]
        if not head:  # a HEAD response has no body to count: it keeps the length Starlette gave it
            headers.append((b"content-length", str(len(content)).encode("ascii")))
        policy = page_policy(self.csp, nonce).encode("latin-1")
        await send({**start, "headers": self._secured(headers, policy)})
        await send({"type": "http.response.body", "body": content})


def _build_chat_app(app: FastAPI, answerer: Answerer, settings: Settings, replies: Replies) -> tuple[Any, Any]:
    """The chat's Blocks and Gradio's ASGI app for it, configured as mounted at / of ``app``, not started."""
    import gradio as gr

    from bot.chat import CHAT_SCRIPT, CSS, build_chat

    demo = build_chat(answerer, concurrency=settings.concurrency, replies=replies, rate=settings.rate)
    # mount_gradio_app mounts onto a stand-in parent that is never served: the ChatSlot of ``app`` serves the
    # result once it is started. It shares the parent's middleware list, where Gradio (6.25+) looks for a
    # CORSMiddleware to skip its own CORS handling (bot/widget.py sets the one policy).
    holder = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    holder.user_middleware = app.user_middleware
    gr.mount_gradio_app(
        holder,
        demo,
        path="/",
        css=CSS,
        head=FRAME_SCRIPT + CHAT_SCRIPT,
        footer_links=[],  # no Gradio footer: the chat's own footer links to /api/docs (bot/chat.py)
        show_error=False,  # exception text never reaches the browser; respond() answers with a safe message
        max_file_size=1,  # the chat takes no files (uploads are refused by the Guard before this)
    )
    # mount_gradio_app never marks the app launched, and Gradio skips its allowed-path check on inputs until
    # it is: any FileData dict in an event's input would be copied from anywhere on disk into the cache and
    # served. Launched, inputs may name only files uploaded to Gradio's folder, and uploads are refused.
    # Set here, before the ChatSlot can let any request through to Gradio.
    demo.has_launched = True
    mount: Any = holder.router.routes[-1]  # the Mount mount_gradio_app added
    return demo, mount.app


def create_app(
    answerer: Answerer,
    settings: Settings,
    watch_interval: float | None = 1.0,
    records: Records | StartingRecords | None = None,
    chat_in_background: bool = False,
) -> FastAPI:
    """Assemble the app around a prepared Answerer.

    With ``watch_interval`` (seconds), a rebuilt index is picked up between requests without a restart.
    ``records`` defaults to the database ``settings.database_url`` names.
    ``chat_in_background``: return at once and build the chat in a thread once the server starts (the chat's
    routes answer 503 "starting" until it is ready); otherwise it is built now and starts with the server.
    """
    replies = Replies(answerer, records if records is not None else open_records(settings))
    chat = ChatSlot()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await chat.serving()
        if chat_in_background:
            chat.build_in_background(app, answerer, settings, replies)
        try:
            yield
        finally:
            await chat.stopping()

    # No Swagger UI: it loads its page from a CDN. /api/docs is a short page of our own (bot/static/api.html).
    app = FastAPI(
        title="Stem cell therapy side effects FAQ bot",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    csp = content_security_policy(settings)

    app.add_middleware(SecurityHeaders, csp=csp, rewrite=own_meta)

    # One budget per client address for /api/ask, /api/feedback and the chat (RATE_SCOPE; the chat gate counts with
    # this limiter too), over a moving window like the gate's: before, each had its own, so one address got three
    # times the limit (seventh outside trial).
    limiter = Limiter(
        key_func=get_remote_address,
        headers_enabled=True,
        enabled=settings.rate is not None,
        strategy="moving-window",
    )
    app.state.limiter = limiter

    @app.exception_handler(RateLimitExceeded)
    async def too_many(request: Request, exc: RateLimitExceeded) -> Response:
        message = "Too many questions from your address in a short time; please wait a moment and ask again."
        # Still 429, but a question about an emergency or a crisis gets its alert and helplines in the body (the
        # Guard has already cut the body to API_BODY_LIMIT).
        response = JSONResponse(_refusal(await request.body(), message).as_dict(), status_code=429)
        return limiter._inject_headers(response, request.state.view_rate_limit)  # Retry-After, X-RateLimit-*

    per_client = settings.rate_limit if settings.rate is not None else "1000000/second"

    @app.post("/api/ask", openapi_extra=json_body(Question), responses=ANSWER_RESPONSES, response_model=None)
    @limiter.shared_limit(per_client, scope=RATE_SCOPE)
    async def ask(request: Request) -> JSONResponse:
        raw = await request.body()  # the Guard has already cut off anything over API_BODY_LIMIT
        body = _json_body(raw)
        if not isinstance(body, dict) or "question" not in body:
            refused = _refusal(raw, _what_to_send(raw, body))
            return JSONResponse(refused.as_dict(), status_code=200 if refused.status == URGENT else 400)
        # Answered in the event loop, awaiting the encoder thread: no thread-pool hop per question (bot/replies.py).
        answer = await replies.ask_async(body["question"], client_host(request))
        return JSONResponse(answer.as_dict(), status_code=400 if answer.status == INVALID else 200)

    # Another method, or a trailing slash, on either route: 405 in the contract's shape, saying how to use it (not
    # FastAPI's bare 404, which on /api/feedback would read as "unknown answer").
    for route, how in (
        ("/api/ask", 'Ask with POST /api/ask and a JSON body like {"question": "Can stem cells cause cancer?"}.'),
        ("/api/feedback", "Rate an answer with POST /api/feedback. " + FEEDBACK_EXAMPLE),
    ):
        app.add_api_route(route, _wrong_method(how), methods=list(WRONG_METHODS), include_in_schema=False)
        app.add_api_route(route + "/", _wrong_method(how), methods=[*WRONG_METHODS, "POST"], include_in_schema=False)

    @app.post("/api/feedback", openapi_extra=json_body(Feedback), responses=FEEDBACK_RESPONSES, response_model=None)
    @limiter.shared_limit(per_client, scope=RATE_SCOPE)
    async def rate(request: Request) -> JSONResponse:
        """A reader's thumbs up or down (and optional comment) on one answer, named by its ``id``."""
        raw = await request.body()
        try:
            answer_id, rating, comment = read_feedback(_json_body(raw))
        except ValueError as exc:
            return JSONResponse(_refusal(raw, str(exc)).as_dict(), status_code=400)
        try:
            await run_in_threadpool(replies.rate, answer_id, rating, comment, client_host(request))
        except UnknownAnswer as exc:
            return _invalid_response(str(exc), status_code=404)
        except StorageUnavailable as exc:
            return _invalid_response(str(exc), status_code=503)
        except Exception as exc:
            if not _is_database_error(exc):
                raise
            log.exception("storing feedback failed")
            return _invalid_response("Your feedback could not be stored; please try again later.", status_code=503)
        # A comment is read for red flags as a question is: "useless, my dad just collapsed" gets the alert too.
        urgency = urgency_of_refused(comment) if comment else None
        recorded = {"status": "recorded", "answer_id": answer_id, "rating": rating}
        return JSONResponse({**recorded, "urgent": urgency.as_dict() if urgency else None})

    def _folders_named(problem: str | None) -> str | None:
        """A problem of the index as the operator reads it, each data folder by its name alone: /healthz answers
        anyone, and the server's own paths are none of their business (thirteenth outside trial: "/srv/…/index/ is
        out of date with /srv/…/knowledge/")."""
        if problem is None:
            return None
        for folder in (settings.index_dir, settings.knowledge_dir):
            for form in sorted({str(folder.resolve()), str(folder.absolute()), str(folder)}, key=len, reverse=True):
                if form not in (".", ""):
                    problem = problem.replace(form, folder.resolve().name)
        return problem

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        """What is served, and the truth about index/: the newest build there, and why it is not served."""
        import os

        data = answerer.data
        reason = _folders_named(staleness(settings.index_dir, settings.knowledge_dir, answerer.embedder.name))
        status = answerer.index_status()
        return {
            "status": "ok",
            "pid": os.getpid(),
            "model": data.model,
            "passages": len(data.passages),
            "index": {
                "build": data.build_id,
                "built_at": data.manifest["build"]["built_at"],
                "fingerprint": data.manifest["knowledge"]["fingerprint"],
                "matches_knowledge": reason is None,
                "problem": reason,
                "served": data.build_id,
                "newest": status.newest,
                "load_error": _folders_named(status.problem),
            },
            "threshold": answerer.threshold,
            "red_flags": list_status(),  # read at start-up: an edit is served after a restart
            "records": replies.records.status() if replies.records else None,
            # "starting" while Gradio is imported and the chat built (its routes answer 503), then "ready"
            "chat": chat.state,
        }

    @app.exception_handler(FaqbotError)
    async def faqbot_error(request: Request, exc: FaqbotError) -> JSONResponse:
        return JSONResponse({"status": "error", "error": str(exc)}, status_code=503)

    @app.api_route("/api/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        page = Template(API_PAGE).safe_substitute(base=html.escape(public_base(request)))
        return HTMLResponse(page)  # private to caches (SecurityHeaders): it names the Host it was sent

    add_widget_routes(app, settings)  # /embed.js, /embed, /gradio.js, /iframeResizer.min.js
    install_embed_policy(app, settings)  # CORS for the allowed sites (Gradio then skips its own)

    if watch_interval:
        answerer.watch(watch_interval)
    app.mount("/", chat)  # after every route above: the chat gets what they do not match
    if not chat_in_background:
        app.state.chat = chat.build(app, answerer, settings, replies)
    app.state.chat_slot = chat
    app.add_middleware(ChatGate, chat=chat, rate=settings.rate, limiter=limiter.limiter)
    app.add_middleware(Guard, too_large=_too_large, not_json=_not_json, timed_out=_timed_out)
    if settings.allowed_hosts:
        # A Host outside FAQBOT_ALLOWED_HOSTS gets 400 before anything reads it (Starlette's own check).
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    if settings.trusted_proxies:
        # The Guard, the rate limits, the chat gate and the records all see the client the proxy names, but only
        # when the request comes from a proxy in FAQBOT_TRUSTED_PROXIES; anyone else's X-Forwarded-For is ignored
        # (serve() turns uvicorn's own, which trusts 127.0.0.1, off).
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))
    # Outermost, while the connection's own address is still in the scope: X-Forwarded-Host and -Proto only from
    # those proxies, X-Gradio-Server from no one.
    app.add_middleware(ForwardedHeaders, trusted=settings.trusted_proxies)
    app.state.replies = replies
    return app


def build_app(settings: Settings, chat_in_background: bool = False) -> FastAPI:
    """The app ready to serve: index checked (and rebuilt if stale), model loaded and warmed.

    ``chat_in_background`` (``serve``): the records' database is opened, and the chat built, in background
    threads, so the JSON API answers without waiting for SQLAlchemy, Alembic or Gradio.
    """
    limit_malloc_arenas()
    records: Records | StartingRecords | None = None
    if chat_in_background:
        records = StartingRecords(lambda: open_records(settings), settings)
    answerer = Answerer(settings).prepare()
    answerer.warm_up()
    if isinstance(records, StartingRecords):
        records.open_in_background()
    return create_app(answerer, settings, records=records, chat_in_background=chat_in_background)


def listening_socket(host: str, port: int) -> Any:
    """A socket bound to ``host:port`` for the server, or a one-line FaqbotError naming the port and FAQBOT_PORT.

    Bound before the model is loaded, so a port in use is reported at once (not after the start-up work, as a
    uvicorn traceback), and handed to uvicorn, so no other program can take the port in between.
    """
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise FaqbotError(f"FAQBOT_HOST {host!r} is not an address this machine has ({exc.strerror}).") from exc
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a just-stopped server's port
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise FaqbotError(
                f"port {port} on {host} is already in use (is the bot already running?); stop that program, "
                f"or choose another port with FAQBOT_PORT, e.g. FAQBOT_PORT={port + 1 if port < 65535 else 8000} make run"
            ) from exc
        if exc.errno == errno.EACCES:
            raise FaqbotError(
                f"not allowed to listen on port {port}; choose a port above 1023 with FAQBOT_PORT, e.g. FAQBOT_PORT=7860"
            ) from exc
        raise FaqbotError(
            f"cannot listen on {host}:{port} ({exc.strerror}); check FAQBOT_HOST and FAQBOT_PORT."
        ) from exc
    return sock


def serve(settings: Settings) -> None:
    """Check the port, prepare the index, warm the model, and serve until interrupted (Ctrl-C)."""
    import uvicorn

    logging.getLogger("faqbot").setLevel(logging.INFO)
    sock = listening_socket(settings.host, settings.port)
    try:
        app = build_app(settings, chat_in_background=True)
        print(f"faqbot: serving the chat on http://{settings.host}:{settings.port}/ (Ctrl-C stops it)", flush=True)
        # proxy_headers=False: uvicorn would believe X-Forwarded-For from 127.0.0.1 by default; create_app
        # believes it only from FAQBOT_TRUSTED_PROXIES.
        # http: a replica killed mid-response never leaves nginx with headers but no body, which it could not
        # retry elsewhere (bot/transport.py). httptools' parser and uvloop's event loop (C) where installed:
        # they took about 0.9 ms of the server's CPU per answer off the pure-Python h11 and asyncio ones.
        from bot.transport import server_protocol

        http, loop = server_protocol()
        # ws="none": the chat streams over HTTP (server-sent events), so an upgrade request gets a plain refusal, not
        # uvicorn's advice to "pip install" a WebSocket library; and the same warning is logged at most once a minute.
        config = uvicorn.Config(
            app,
            host=settings.host,
            port=settings.port,
            log_level="warning",
            proxy_headers=False,
            http=http,
            loop=loop,
            ws="none",
        )
        limit_repeats("uvicorn.error")
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
