"""The gate in front of every route: what an anonymous client may not do, before any handler runs.

A pure ASGI middleware (no buffering of bodies), so it can refuse a request by its headers or while its body
is still arriving:

- Routes closed to everyone are refused (``CLOSED_ROUTES``): Gradio's uploads, its REST call/run routes and the
  routes the chat does not use.
- Request bodies are limited per route *while they stream in* (``Content-Length`` first, then counted), so a
  huge POST costs the server nothing beyond the limit.
- The JSON API's routes take only JSON (``JSON_ROUTES``): refused before the rate limit counts the request.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

API_BODY_LIMIT = 64 * 1024  # /api/*: a question is at most a few KB of JSON
CHAT_BODY_LIMIT = 256 * 1024  # Gradio's queue: one question plus event metadata
# Routes closed to everyone, told by their path however spelt (case, doubled slashes): each with what it says.
# - Gradio's upload routes: the chat takes no files, and an open upload lets anyone store data.
# - Gradio's REST "call" routes (POST /gradio_api/call/<api>, then GET for the result) run an event outside the
#   queue join that the chat gate (bot/gate.py) bounds and rate-limits: a client could ask 150 questions in 2 s while
#   /api/ask answered 429, and /call/v2/<api> with an unexpected body gave a 500 (sixth outside trial). Its /run/<api>
#   and /api/<api> routes too: the chat's events are private to the queue, and a POST naming an unknown one answered
#   500 with a traceback (seventh outside trial). The page and the widget use the queue; programs use /api/ask.
# - Routes the chat does not use: the monitoring dashboard and its summary (per-event counts and latencies), open to
#   anyone although the dashboard says it is disabled (sixth outside trial; the operator has /healthz and the server
#   log), and the component server, for components with server functions (the chat has none), where an unknown
#   component id gave a 500 and a traceback in the log (seventh stop's review).
# - Gradio's own OpenAPI document at /openapi.json (eighth outside trial): the bot's is /api/openapi.json.
UPLOADS_REFUSED = {"detail": "Uploads are not accepted: the chat takes questions as text."}
CALL_REFUSED = {"detail": "This route is closed: ask with POST /api/ask (see /api/docs), or use the chat."}
NOT_AVAILABLE = {"detail": "Not available: the chat does not use this route (see /healthz for the server's state)."}
# Gradio's own OpenAPI document lists its 70-odd internal routes (a map for an attacker, and a wrong one for a client).
API_ELSEWHERE = {"detail": "Not available: the bot's JSON API is described at /api/openapi.json (and /api/docs)."}
CLOSED_ROUTES: tuple[tuple[Callable[[str], bool], dict[str, Any]], ...] = (
    (lambda folded: folded.endswith(("/upload/", "/upload_progress/")), UPLOADS_REFUSED),
    (
        lambda folded: any(p in folded for p in ("/gradio_api/call/", "/gradio_api/run/", "/gradio_api/api/")),
        CALL_REFUSED,
    ),
    (lambda folded: folded.startswith(("/monitoring/", "/gradio_api/component_server/")), NOT_AVAILABLE),
    (lambda folded: folded in ("/openapi.json/", "/gradio_api/openapi.json/"), API_ELSEWHERE),
)

# POST routes whose body is JSON: any other Content-Type gets 415 before the route (and its rate limit) runs. A
# "simple" cross-site request (text/plain, a form) needs no CORS preflight, so without this any web page could make
# its visitors' browsers ask questions and use up their rate limit, which also blocks their chat (seventh outside
# trial). Browsers preflight a JSON POST, and CORS answers only FAQBOT_EMBED_ORIGINS.
JSON_ROUTES = ("/api/ask", "/api/feedback")  # as routed: exact paths (a trailing slash gets 405)


def is_json(content_type: bytes | None) -> bool:
    """Whether a Content-Type names JSON: application/json or application/<something>+json, any parameters."""
    media = (content_type or b"").split(b";")[0].strip().lower()
    return media == b"application/json" or (media.startswith(b"application/") and media.endswith(b"+json"))


# Headers that name the address the browser reached: Gradio builds the page's "root" (where the chat sends its
# questions) and /embed its snippets from them. Believed only from a proxy in FAQBOT_TRUSTED_PROXIES; from anyone
# else a request could point the page it gets back, or a cache's copy of it, at another site (sixth outside trial).
FORWARDED_HEADERS = (
    b"x-forwarded-host",
    b"x-forwarded-proto",
    b"x-forwarded-prefix",
    b"x-forwarded-port",
    b"forwarded",
)
# Gradio's own override of that address, which no browser sends: dropped from every request.
DROPPED_HEADERS = (b"x-gradio-server",)


class ForwardedHeaders:
    """ASGI middleware, outermost: drops ``DROPPED_HEADERS`` from every request, and ``FORWARDED_HEADERS`` unless
    the connection comes from one of the ``trusted`` proxies (addresses or networks)."""

    def __init__(self, app: ASGIApp, trusted: tuple[str, ...] = ()) -> None:
        self.app = app
        self.networks = [ipaddress.ip_network(t, strict=False) for t in trusted]

    def _trusted(self, scope: Scope) -> bool:
        client = scope.get("client")
        if not client or not self.networks:
            return False
        try:
            address = ipaddress.ip_address(client[0])
        except ValueError:
            return False
        return any(address in network for network in self.networks)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            dropped = DROPPED_HEADERS if self._trusted(scope) else DROPPED_HEADERS + FORWARDED_HEADERS
            headers = scope.get("headers") or []
            kept = [(name, value) for name, value in headers if name.lower() not in dropped]
            if len(kept) != len(headers):
                scope = {**scope, "headers": kept}
        await self.app(scope, receive, send)


class BodyTooLarge(Exception):
    """Raised inside ``receive`` once a body passes its route's limit."""


def body_limit(path: str) -> int:
    return API_BODY_LIMIT if path.startswith("/api/") else CHAT_BODY_LIMIT


def _folded(path: str) -> str:
    """The path lower-cased, its slashes single, ending in one slash: how a route is told whatever its spelling."""
    return "/" + "/".join(part for part in path.lower().split("/") if part) + "/"


def closed(path: str) -> dict[str, Any] | None:
    """What a route closed to everyone (``CLOSED_ROUTES``) answers, or None when the route is open."""
    folded = _folded(path)
    return next((body for matches, body in CLOSED_ROUTES if matches(folded)), None)


async def send_json(send: Send, status: int, body: dict[str, Any], headers: list[tuple[bytes, bytes]] = ()) -> None:  # type: ignore[assignment]
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                (b"x-content-type-options", b"nosniff"),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


class Guard:
    """ASGI middleware: refuse closed routes, bodies that are not JSON where JSON is due (415), and cut off bodies
    over the route's limit with a 413."""

    def __init__(
        self,
        app: ASGIApp,
        too_large: Callable[[str], dict[str, Any]],
        not_json: Callable[[bytes], dict[str, Any]] = lambda _body: {"detail": "Send application/json."},
    ) -> None:
        self.app = app
        self.too_large = too_large  # the body to send for a 413 on a path (the API's answer shape)
        self.not_json = not_json  # and for a 415, given the body as sent (an emergency in it still gets its alert)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        refusal = closed(path)
        if refusal is not None:
            await send_json(send, 403, refusal)
            return
        limit = body_limit(path)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = limit + 1
            if size > limit:
                await send_json(send, 413, self.too_large(path))
                return
        if scope.get("method") == "POST" and path in JSON_ROUTES and not is_json(headers.get(b"content-type")):
            body = await read_body(receive, limit)
            if body is None:
                await send_json(send, 413, self.too_large(path))
            else:
                await send_json(send, 415, self.not_json(body), [(b"accept-post", b"application/json")])
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BaseException as exc:  # noqa: B036  (task groups wrap it in an ExceptionGroup)
            if not _is_too_large(exc):
                raise
            if not started:
                await send_json(send, 413, self.too_large(path))


async def read_body(receive: Receive, limit: int | None = None) -> bytes | None:
    """The whole request body, or None once it passes ``limit`` bytes (the rest is not read)."""
    chunks: list[bytes] = []
    seen = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        seen += len(chunk)
        if limit is not None and seen > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _is_too_large(exc: BaseException) -> bool:
    if isinstance(exc, BodyTooLarge):
        return True
    if isinstance(exc, BaseExceptionGroup):
        return any(_is_too_large(e) for e in exc.exceptions)
    return False
