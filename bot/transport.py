"""Whole responses: each response with a Content-Length reaches the socket in one write.

uvicorn writes a response's headers and its body separately, and the server's threads can hold the GIL for
milliseconds in between. A replica killed in that gap leaves nginx with the headers already forwarded to the
client and no body, which no ``proxy_next_upstream`` can retry. Written whole, a response is either all in the
kernel's buffer (and delivered even if the process dies) or not started (and nginx retries it elsewhere).
Streams (Gradio's server-sent events, chunked bodies) and HEAD responses go through as they are written.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)\r\n", re.IGNORECASE)
CHUNKED = re.compile(rb"\r\ntransfer-encoding:", re.IGNORECASE)
MAX_HELD = 1 << 20  # larger responses are written as they come
HOLD_SECONDS = 1.0  # a body that has not come by then is not waited for


class WholeResponseTransport:
    """Wraps an asyncio transport: holds a response's writes until its last byte, then writes them at once."""

    def __init__(self, transport: asyncio.Transport, is_head: Callable[[], bool]) -> None:
        self._transport = transport
        self._is_head = is_head
        self._held: list[bytes] = []
        self._held_bytes = 0
        self._expected = 0
        self._timer: asyncio.TimerHandle | None = None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        data = bytes(data)
        if self._held:
            self._held.append(data)
            self._held_bytes += len(data)
            if self._held_bytes >= self._expected:
                self.flush()
            return
        expected = self._whole_length(data)
        if expected is None or len(data) >= expected:
            self._transport.write(data)
            return
        self._held, self._held_bytes, self._expected = [data], len(data), expected
        self._timer = asyncio.get_running_loop().call_later(HOLD_SECONDS, self.flush)

    def _whole_length(self, data: bytes) -> int | None:
        """Headers plus body, for the start of a response with a Content-Length that is worth holding."""
        if not data.startswith(b"HTTP/1.1 ") or data[9:10] == b"1" or self._is_head():
            return None
        end = data.find(b"\r\n\r\n")
        if end < 0:
            return None
        head = data[: end + 2]
        match = CONTENT_LENGTH.search(head)
        if match is None or CHUNKED.search(head):
            return None
        total = end + 4 + int(match.group(1))
        return total if total <= MAX_HELD else None

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._held:
            data = b"".join(self._held)
            self._held, self._held_bytes, self._expected = [], 0, 0
            if not self._transport.is_closing():
                self._transport.write(data)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def abort(self) -> None:
        self._held = []
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:  # get_extra_info, is_closing, pause_reading, ...
        return getattr(self._transport, name)


class WholeResponseH11Protocol(H11Protocol):
    """uvicorn's h11 protocol writing through a ``WholeResponseTransport`` (``uvicorn.Config(http=...)``)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        def is_head() -> bool:
            cycle = getattr(self, "cycle", None)
            return bool(cycle is not None and cycle.scope.get("method") == "HEAD")

        super().connection_made(WholeResponseTransport(transport, is_head))  # type: ignore[arg-type]


def server_protocol() -> tuple[type, str]:
    """The HTTP protocol class and event loop for ``uvicorn.Config(http=..., loop=...)``: httptools' C parser
    and uvloop where both are installed (they are dependencies), else h11 and asyncio; writes go through a
    ``WholeResponseTransport`` either way."""
    try:
        import httptools  # noqa: F401
        import uvloop  # noqa: F401
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return WholeResponseH11Protocol, "asyncio"

    class WholeResponseHttpToolsProtocol(HttpToolsProtocol):
        """uvicorn's httptools protocol writing through a ``WholeResponseTransport``, as the h11 one above."""

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            def is_head() -> bool:
                cycle = getattr(self, "cycle", None)
                return bool(cycle is not None and cycle.scope.get("method") == "HEAD")

            super().connection_made(WholeResponseTransport(transport, is_head))  # type: ignore[arg-type]

    return WholeResponseHttpToolsProtocol, "uvloop"
