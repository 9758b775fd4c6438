"""Whole responses (bot/transport.py): a response with a Content-Length reaches the socket in one write."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from bot.transport import WholeResponseTransport


class Recorder:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str) -> str:
        return f"info:{name}"


def run(head: bool, *writes: bytes) -> list[bytes]:
    async def main() -> list[bytes]:
        recorder = Recorder()
        transport = WholeResponseTransport(recorder, lambda: head)  # type: ignore[arg-type]
        for data in writes:
            transport.write(data)
            await asyncio.sleep(0)  # the event loop runs between the writes, as with a busy server
        transport.close()
        assert transport.get_extra_info("peername") == "info:peername"
        return recorder.writes

    # In a thread of its own: Playwright's sync API (the browser tests) leaves an event loop running in this one.
    out: list[list[bytes]] = []
    thread = threading.Thread(target=lambda: out.append(asyncio.run(main())))
    thread.start()
    thread.join(timeout=30)
    return out[0]


HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\n\r\n"


def test_headers_and_body_are_written_at_once() -> None:
    assert run(False, HEAD, b'{"a": ', b'"bc"}') == [HEAD + b'{"a": "bc"}']
    assert run(False, HEAD + b'{"a": "bc"}') == [HEAD + b'{"a": "bc"}']


def test_two_responses_on_one_connection() -> None:
    assert run(False, HEAD, b'{"a": "bc"}', HEAD, b'{"d": "ef"}') == [HEAD + b'{"a": "bc"}', HEAD + b'{"d": "ef"}']


@pytest.mark.parametrize(
    "start",
    [
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n",
        b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\n\r\n",
    ],
)
def test_streams_go_through_as_written(start: bytes) -> None:
    assert run(False, start, b"data: 1\n\n", b"data: 2\n\n") == [start, b"data: 1\n\n", b"data: 2\n\n"]


def test_head_responses_are_not_held() -> None:
    assert run(True, HEAD) == [HEAD]


def test_a_body_that_never_comes_is_not_waited_for_past_close() -> None:
    assert run(False, HEAD, b"{") == [HEAD + b"{"]


@pytest.mark.integration
def test_the_server_writes_whole_responses(answerer, real_settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Over real HTTP: API answers are written whole; HEAD and the chat page still work."""
    from bot.server import create_app
    from tests.conftest import free_port, start_server

    whole: list[int] = []
    original = WholeResponseTransport.flush

    def counting_flush(self: WholeResponseTransport) -> None:
        whole.append(self._held_bytes)
        original(self)

    monkeypatch.setattr(WholeResponseTransport, "flush", counting_flush)
    port = free_port()
    thread, server = start_server(create_app(answerer, real_settings, watch_interval=None), port)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(timeout=30) as client:
            assert client.head(base + "/api/docs").status_code == 200
            before = len([n for n in whole if n])
            response = client.post(base + "/api/ask", json={"question": "Can stem cells cause cancer?"})
            assert response.status_code == 200 and response.json()["status"] == "answered"
            assert len([n for n in whole if n]) == before + 1  # the answer: held, then written at once
            assert client.get(base + "/").status_code == 200
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        thread.join(timeout=10)
