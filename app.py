"""Start the web app: `python app.py` (what `make run` does) or `uvicorn app:app`.

`app` is built lazily for uvicorn; `python app.py` prepares the index, warms the model and serves.
"""

from __future__ import annotations

import sys
from typing import Any

from bot.errors import FaqbotError
from bot.settings import Settings


def __getattr__(name: str) -> Any:
    """`app`, the ASGI app for `uvicorn app:app` (settings from FAQBOT_* variables), built on first access."""
    if name == "app":
        from bot.server import build_app

        return build_app(Settings.from_env())
    raise AttributeError(name)


if __name__ == "__main__":
    from bot.memory import limit_malloc_arenas

    # Two malloc arenas keep the server's memory flat under many concurrent clients (each thread would otherwise
    # grow an arena of its own). Set now, while this is the only thread, it has the effect MALLOC_ARENA_MAX=2
    # has (checked with malloc_info: 16 busy threads, 2 arenas either way, 12 without), without restarting the
    # interpreter to set the variable (a second start: about 0.1 s).
    limit_malloc_arenas(2)

    from bot.server import serve

    try:
        serve(Settings.from_env())
    except FaqbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:  # Ctrl-C while the model loads: stop quietly (uvicorn handles it once serving)
        sys.exit(130)
