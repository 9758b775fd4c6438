"""The gate in front of every route: what an anonymous client may not do, before any handler runs.

A pure ASGI middleware (no buffering of bodies), so it can refuse a request by its headers or while its body
is still arriving:

- Routes closed to everyone are refused (``CLOSED_ROUTES``): Gradio's uploads, its REST call/run routes and the
  routes the chat does not use.
- Request bodies are limited per route *while they stream in* (``Content-Length`` first, then counted), so a
  huge POST costs the server nothing beyond the limit.
- The JSON API's routes take only JSON (``JSON_ROUTES``): refused before the rate limit counts the request. Their
  body is read whole here, before the rate limit counts the request: a body that stops arriving for ``BODY_SECONDS``
  gets 408, and a client that leaves mid-body is let go without a word in the log (twelfth outside trial: each such
  request wrote a 71-line traceback, and 60 unfinished ones used up the sender's rate limit).
- On every other route a body that stalls is timed out too, and a client gone before its body ended is no error.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.requests import ClientDisconnect

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("faqbot")

API_BODY_LIMIT = 64 * 1024  # /api/*: a question is at most a few KB of JSON
# A request body that sends nothing for this long is dropped with 408 (nginx's client_body_timeout is 60 s): a client
# declaring 1,000 bytes and sending 16 had held its connection open for good.
BODY_SECONDS = 30.0
TIMED_OUT = {"detail": "The request body stopped arriving; send it again, whole."}
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


class ClientGone(Exception):
    """The client closed the connection before its request body ended."""


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
        timed_out: Callable[[str], dict[str, Any]] = lambda _path: TIMED_OUT,
        body_seconds: float = BODY_SECONDS,
    ) -> None:
        self.app = app
        self.too_large = too_large  # the body to send for a 413 on a path (the API's answer shape)
        self.not_json = not_json  # and for a 415, given the body as sent (an emergency in it still gets its alert)
        self.timed_out = timed_out  # and for a 408 (a body that stopped arriving)
        self.body_seconds = body_seconds

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
        if scope.get("method") == "POST" and path in JSON_ROUTES:
            try:
                body = await read_body(receive, limit, self.body_seconds)
            except ClientGone:
                log.debug("client left before its request body ended: %s", path)
                return
            except TimeoutError:
                await send_json(send, 408, self.timed_out(path))
                return
            if body is None:
                await send_json(send, 413, self.too_large(path))
            elif not is_json(headers.get(b"content-type")):
                await send_json(send, 415, self.not_json(body), [(b"accept-post", b"application/json")])
            else:
                await self.app(scope, _replay(body, receive), send)
            return
        seen = 0
        started = False
        ended = False  # the whole body has arrived: from then on ``receive`` waits for a disconnect, untimed

        async def limited_receive() -> Message:
            nonlocal seen, ended
            message = await (receive() if ended else asyncio.wait_for(receive(), self.body_seconds))
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
                ended = not message.get("more_body")
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BaseException as exc:  # noqa: B036  (task groups wrap it in an ExceptionGroup)
            if _is_a(exc, BodyTooLarge):
                if not started:
                    await send_json(send, 413, self.too_large(path))
            elif _is_a(exc, TimeoutError):
                if not started:
                    await send_json(send, 408, self.timed_out(path))
            elif _is_a(exc, ClientDisconnect):  # raised by a route reading a body whose client has gone
                log.debug("client left before its request body ended: %s", path)
            else:
                raise


async def read_body(receive: Receive, limit: int | None = None, seconds: float | None = None) -> bytes | None:
    """The whole request body, or None once it passes ``limit`` bytes (the rest is not read). With ``seconds``, a body
    that sends nothing for that long raises TimeoutError, and a client that leaves before it ends raises ClientGone."""
    chunks: list[bytes] = []
    seen = 0
    while True:
        message = await (receive() if seconds is None else asyncio.wait_for(receive(), seconds))
        if message["type"] != "http.request":
            if seconds is not None:
                raise ClientGone
            return b"".join(chunks)
        chunk = message.get("body", b"")
        seen += len(chunk)
        if limit is not None and seen > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the body already read, whole, then hands over to the connection's (a disconnect)."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


def _is_a(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether ``exc`` is of ``kind``, or an exception group holding one (task groups wrap what they raise)."""
    if isinstance(exc, kind):
        return True
    if isinstance(exc, BaseExceptionGroup):
        return any(_is_a(e, kind) for e in exc.exceptions)
    return False
