"""Start the web app: `python app.py` (what `make run` does) or `uvicorn app:app`.

`app` is built lazily for uvicorn; `python app.py` prepares the index, warms the model and serves.
"""

from __future__ import annotations

import sys
from typing import Any

from bot.errors import FaqbotError
from bot.settings import Settings


def create() -> Any:
    """The ASGI app for `uvicorn app:app` (settings from FAQBOT_* variables)."""
    from bot.answerer import Answerer
    from bot.server import create_app

    settings = Settings.from_env()
    answerer = Answerer(settings).prepare()
    answerer.warm_up()
    return create_app(answerer, settings)


def __getattr__(name: str) -> Any:
    if name == "app":
        return create()
    raise AttributeError(name)


if __name__ == "__main__":
    from bot.server import serve

    try:
        serve(Settings.from_env())
    except FaqbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
