"""The server log's guard against floods: the same warning from the HTTP server at most once a minute.

Anyone can make uvicorn warn: an upgrade request it does not serve ("Unsupported upgrade request."), a line that is
not HTTP ("Invalid HTTP request received."). 100 such requests wrote 150 lines (eighth outside trial). The first of
each kind is logged, with a count of those held back when it is logged again.
"""

from __future__ import annotations

import logging
import time

WINDOW_SECONDS = 60.0
# Advice that is wrong for this server, never logged: the chat streams over HTTP and needs no WebSocket library.
WRONG_ADVICE = ("No supported WebSocket library detected",)
MAX_KINDS = 1000  # distinct messages remembered; beyond it the memory is cleared, never grown


class RepeatFilter(logging.Filter):
    """Lets a record through once per ``window`` seconds for each distinct message (its format string)."""

    def __init__(self, window: float = WINDOW_SECONDS) -> None:
        super().__init__()
        self.window = window
        self.seen: dict[str, tuple[float, int]] = {}  # message -> (when last let through, how many held back since)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            return True  # errors are never held back
        key = str(record.msg)
        if key.startswith(WRONG_ADVICE):
            return False
        now = time.monotonic()
        last, held = self.seen.get(key, (-self.window, 0))
        if now - last < self.window:
            self.seen[key] = (last, held + 1)
            return False
        if len(self.seen) >= MAX_KINDS:
            self.seen.clear()
        self.seen[key] = (now, 0)
        if held:
            record.msg = f"{record.msg} ({held} more like this in the last minute were not logged)"
        return True


def limit_repeats(*names: str) -> RepeatFilter:
    """Put one RepeatFilter on each named logger (uvicorn's own: "uvicorn.error")."""
    repeat = RepeatFilter()
    for name in names:
        logging.getLogger(name).addFilter(repeat)
    return repeat
