"""The server log's flood guard: each warning once a minute, errors always, wrong advice never."""

from __future__ import annotations

import logging

from bot.log_filter import RepeatFilter


def _record(message: str, level: int = logging.WARNING) -> logging.LogRecord:
    return logging.LogRecord("uvicorn.error", level, __file__, 1, message, None, None)


def test_the_same_warning_passes_once_a_window_with_a_count_of_those_held_back(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = [1000.0]
    monkeypatch.setattr("bot.log_filter.time.monotonic", lambda: clock[0])
    repeat = RepeatFilter(window=60)
    assert repeat.filter(_record("Invalid HTTP request received."))
    assert not any(repeat.filter(_record("Invalid HTTP request received.")) for _ in range(99))
    assert repeat.filter(_record("Unsupported upgrade request."))  # another kind is its own
    clock[0] += 61
    again = _record("Invalid HTTP request received.")
    assert repeat.filter(again) and "99 more like this" in str(again.msg)


def test_errors_always_pass_and_wrong_advice_never() -> None:
    repeat = RepeatFilter()
    assert all(repeat.filter(_record("Exception in ASGI application", logging.ERROR)) for _ in range(3))
    assert not repeat.filter(_record("No supported WebSocket library detected. Please use \"pip install ...\""))
