"""The chat's gate: one client cannot take over Gradio's queue, and a full queue answers "busy" in the chat.

Gradio's queue has only a global ``max_size``, and a full queue shows the browser red error badges. This ASGI
middleware looks at each ``/queue/join`` before Gradio does. When the queue already holds ``max_waiting``
jobs, when this client already has ``per_client`` jobs waiting, or when this client is over the rate limit,
the join is sent to the asking event's *busy twin* (``bot/chat.py``): same inputs and outputs, no waiting,
and its reply says "busy, try again in a moment" with the question left in the box; over the rate limit, to its
*limited twin*, whose reply says how long to wait.

The rate limit is one budget per client address (``RATE_SCOPE``), shared with the JSON API's routes: the server
hands the gate slowapi's own limiter, so a question asked in the chat counts against /api/ask and the other way round.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any
from urllib.parse import parse_qs

from limits import RateLimitItem
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter, RateLimiter
from pydantic import TypeAdapter, ValidationError

from bot.guard import ASGIApp, Message, Receive, Scope, Send, read_body, send_json
from bot.memory import release_free_memory

log = logging.getLogger("faqbot")
PRUNE_EVERY_SECONDS = 30
RATE_SCOPE = "questions"  # the one rate-limit budget of a client address: the chat, /api/ask and /api/feedback
OVER_RATE = "client over the rate limit"


NO_FILES = {"detail": "The chat takes questions as text: file references are not accepted."}
NO_EVENT = {"detail": "This event needs its event data (what was clicked); the join was malformed."}
BAD_INDEX = {"detail": "fn_index must be the number of one of the chat's events."}
WRONG_INPUTS = {"detail": "The event got the wrong number of inputs; the join was malformed."}
NO_SESSION = {"detail": "No such chat session: join the queue first."}
_INDEX = TypeAdapter(int)  # how Gradio reads fn_index (pydantic, lax): "2" and 2.0 are event 2 to it, so to the gate


def holds_file(value: Any, depth: int = 0, loose: bool = False) -> bool:
    """Whether a join names a file, however deep: in the inputs, Gradio's FileData (a dict whose meta says so); in
    the event data (``loose``), any dict with a string ``path``, as Gradio reads it there."""
    if depth > 20:
        return True  # nothing the chat sends is nested this deep
    if isinstance(value, dict):
        meta = value.get("meta")
        if isinstance(meta, dict) and meta.get("_type") == "gradio.FileData":
            return True
        if loose and isinstance(value.get("path"), str):
            return True
        return any(holds_file(v, depth + 1, loose) for v in value.values())
    if isinstance(value, list):
        return any(holds_file(v, depth + 1, loose) for v in value)
    return False


def event_index(value: Any) -> int | None:
    """``fn_index`` as Gradio will read it, or None when it reads none."""
    try:
        return _INDEX.validate_python(value)
    except ValidationError:
        return None


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _with_length(scope: Scope, length: int) -> Scope:
    """The scope with its Content-Length set to a rewritten body's."""
    headers = [(k, v) for k, v in scope.get("headers", []) if k != b"content-length"]
    return {**scope, "headers": headers + [(b"content-length", str(length).encode())]}


class ChatGate:
    """ASGI middleware in front of the mounted Gradio app."""

    def __init__(
        self,
        app: ASGIApp,
        rate: RateLimitItem | None,
        demo: Any = None,
        chat: Any = None,
        max_waiting: int = 256,
        per_client: int = 4,
        limiter: RateLimiter | None = None,
    ) -> None:
        """``demo``: the chat's Blocks; or ``chat``, whose ``demo`` is the Blocks once the chat is started (None
        before: joins then pass through to it, and it answers "starting"). ``limiter``: the one the API's routes
        count with (their budget is shared), else one of the gate's own."""
        self.app = app
        self._demo = demo
        self._chat = chat
        self._twins: dict[str, dict[int, int]] = {}
        self.rate = rate
        self.limiter = limiter or MovingWindowRateLimiter(MemoryStorage())
        self.max_waiting = max_waiting
        self.per_client = per_client
        self.joining: dict[str, int] = {}  # joins let through whose event Gradio has not queued yet
        self.reported: dict[tuple[str, str], float] = {}
        self.pruned_at = time.monotonic()

    @property
    def demo(self) -> Any:
        return self._demo if self._demo is not None else getattr(self._chat, "demo", None)

    def _twins_of(self, kind: str) -> dict[int, int]:
        """Each asking event's ``kind`` twin, "busy" or "limited" (empty until the chat is started)."""
        if not self._twins:
            demo = self.demo
            if demo is None:
                return {}
            self._twins = {k: dict(v) for k, v in getattr(demo, "faqbot_twins", {}).items()}
        return self._twins.get(kind, {})

    @property
    def twins(self) -> dict[int, int]:
        """Each asking event's busy twin (empty until the chat is started)."""
        return self._twins_of("busy")

    def waiting(self, client: str) -> tuple[int, int]:
        """Jobs waiting in Gradio's queue, or let through and not in it yet: in all, and from this client."""
        queue = getattr(self.demo, "_queue", None)
        total, mine = sum(self.joining.values()), self.joining.get(client, 0)
        for event_queue in list(getattr(queue, "event_queue_per_concurrency_id", {}).values()):
            for event in list(event_queue.queue):
                total += 1
                request = getattr(event, "request", None)
                host = getattr(getattr(request, "client", None), "host", None)
                mine += host == client
        return total, mine

    def prune(self) -> int:
        """Drop Gradio's bookkeeping for sessions with nothing pending (it keeps one entry per session forever).

        A session with no pending event has no open stream left to feed (Gradio closes it once the last event
        is done), and a later join from it creates the entries again. Returns how many were dropped.
        """
        queue = getattr(self.demo, "_queue", None)
        messages = getattr(queue, "pending_messages_per_session", None)
        pending = getattr(queue, "pending_event_ids_session", None)
        if not isinstance(messages, dict) or not isinstance(pending, dict):
            return 0
        idle = [
            session
            for session, inbox in list(messages.items())
            if not pending.get(session) and getattr(inbox, "qsize", lambda: 0)() == 0
        ]
        for session in idle:
            messages.pop(session, None)
            pending.pop(session, None)
        return len(idle)

    def report(self, client: str, reason: str) -> None:
        """Log a busy reply, at most once a minute per client and reason (a flood must not flood the log)."""
        now = time.monotonic()
        key = (client, reason)
        if now - self.reported.get(key, -60.0) >= 60:
            self.reported[key] = now
            log.warning("chat busy for %s (%s): answering with the busy reply", client, reason)
        if len(self.reported) > 10_000:
            self.reported.clear()

    def too_busy(self, client: str) -> str | None:
        total, mine = self.waiting(client)
        if total >= self.max_waiting:
            return "queue full"
        if mine >= self.per_client:
            return "client holds too much of the queue"
        if self.rate is not None and not self.limiter.hit(self.rate, client, RATE_SCOPE):
            return OVER_RATE
        return None

    def malformed(self, data: Any) -> dict[str, str] | None:
        """Why a join must not reach Gradio, or None: a file reference in its inputs, or no event data for an
        event that reads it (the chat's like)."""
        if not isinstance(data, dict):
            return None  # Gradio answers a body that is not a join itself, without a traceback
        if holds_file(data.get("data")) or holds_file(data.get("event_data"), loose=True):
            return NO_FILES
        if data.get("fn_index") is None:
            return None  # Gradio answers "No function index provided" itself
        if type(data["fn_index"]) is not int:
            return BAD_INDEX  # __call__ has already made any number Gradio would read an int
        fns = getattr(self.demo, "fns", None)
        if not isinstance(fns, dict):
            return None  # the chat is not started: the join is answered "starting"
        fn = fns.get(data["fn_index"])
        if fn is None:
            return BAD_INDEX  # Gradio would look it up and log a KeyError
        inputs = data.get("data")
        if isinstance(inputs, list) and len(inputs) != len(getattr(fn, "inputs", inputs)):
            return WRONG_INPUTS  # Gradio would log "didn't receive enough input values"
        if getattr(fn, "collects_event_data", False):
            event = data.get("event_data")
            if not isinstance(event, dict) or not {"index", "value"} <= set(event):
                return NO_EVENT
        return None

    def unknown_session(self, scope: Scope) -> bool:
        """A queue/data stream for a session Gradio's queue does not hold: Gradio raises 404 inside its stream,
        which writes two tracebacks to the log (seventh outside trial); the gate answers the 404 itself."""
        sessions = getattr(getattr(self.demo, "_queue", None), "pending_messages_per_session", None)
        if not isinstance(sessions, dict):
            return False
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        return query.get("session_hash", [""])[0] not in sessions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope.get("method") == "GET"
            and scope.get("path", "").endswith("/queue/data")
            and self.unknown_session(scope)
        ):
            await send_json(send, 404, NO_SESSION)
            return
        if (
            scope["type"] != "http"
            or scope.get("method") != "POST"
            or not scope.get("path", "").endswith("/queue/join")
        ):
            await self.app(scope, receive, send)
            return
        body = await read_body(receive) or b""  # the Guard in front has already limited its size
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict) and "fn_index" in data and type(data["fn_index"]) is not int:
            # The limits below look events up by number: "0" or 0.0 would pass them by, yet Gradio runs event 0.
            index = event_index(data["fn_index"])
            if index is not None:
                data["fn_index"] = index
                body = json.dumps(data).encode()
                scope = _with_length(scope, len(body))
        refusal = self.malformed(data)
        if refusal is not None:
            # Refused here, before Gradio, which would log a traceback for each (sixth outside trial, D7): the chat
            # takes no files (Gradio refuses them too, once launched), and its like event needs what was clicked.
            await send_json(send, 422, refusal)
            return
        client = ""
        if isinstance(data, dict) and data.get("fn_index") in self.twins:
            now = time.monotonic()
            if now - self.pruned_at >= PRUNE_EVERY_SECONDS:
                self.pruned_at = now
                self.prune()
                release_free_memory()
            address = client_address(scope)
            reason = self.too_busy(address)
            if not reason:
                client = address
                self.joining[client] = self.joining.get(client, 0) + 1
            else:
                self.report(address, reason)
                twins = self._twins_of("limited") if reason == OVER_RATE else self.twins
                data["fn_index"] = twins.get(data["fn_index"], self.twins[data["fn_index"]])
                body = json.dumps(data).encode()
                scope = _with_length(scope, len(body))
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        try:
            await self.app(scope, replay, send)  # the event is in Gradio's queue once the join is answered
        finally:
            if client:
                self.joining[client] -= 1
                if not self.joining[client]:
                    del self.joining[client]
