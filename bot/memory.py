"""The server process's memory on glibc: fewer malloc arenas, and freed memory handed back to the system.

Under many concurrent clients each thread would grow a malloc arena of its own and resident memory crept up
(731 MB after a 10-minute, 64-client soak). ``python app.py`` caps them first thing, while it is the only
thread (``mallopt(M_ARENA_MAX)``: the same setting ``MALLOC_ARENA_MAX=2`` makes, without restarting the
interpreter to set it); ``build_app`` calls it again for the other ways of starting the app. Both are no-ops
without glibc.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any

M_ARENA_MAX = -8  # glibc's mallopt parameter


@cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def limit_malloc_arenas(arenas: int = 2) -> bool:
    """Cap glibc's malloc arenas (as MALLOC_ARENA_MAX would) before the server starts its threads."""
    libc = _libc()
    try:
        return libc is not None and bool(libc.mallopt(M_ARENA_MAX, arenas))
    except AttributeError:
        return False


def release_free_memory() -> bool:
    """Hand memory Python freed back to the system (malloc_trim), so what the server holds tracks what it uses."""
    libc = _libc()
    try:
        return libc is not None and libc.malloc_trim(0) >= 0
    except AttributeError:
        return False
