"""Replies: each answer given gets its own id and is noted in the records, so readers can rate it.

The one place the chat and the API ask through. Answering never waits on a broken database: a failure to
note a reply is logged (once a minute at most) and the answer goes out all the same; feedback on that reply
is then refused as unknown.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from bot.answer import Answer, new_id
from bot.answerer import Answerer
from bot.errors import StorageUnavailable
from bot.records import Records

log = logging.getLogger("faqbot")


def client_host(request: object) -> str | None:
    """The client's address of a Starlette or Gradio request: with FAQBOT_TRUSTED_PROXIES, the one the proxy
    names (bot/server.py's create_app); None when the request carries none."""
    client = getattr(request, "client", None)
    host = getattr(client, "host", None)
    return host if isinstance(host, str) else None


class Replies:
    def __init__(self, answerer: Answerer, records: Records | None) -> None:
        self.answerer = answerer
        self.records = records
        self._warned_at = -60.0

    def ask(self, question: object, client: str | None = None) -> Answer:
        """The answer, with a fresh id, noted in the records when they can be reached."""
        answer = replace(self.answerer.ask(question), id=new_id())  # fresh even when the answer was cached
        if self.records is not None:
            try:
                self.records.note(answer, client)
            except StorageUnavailable as exc:
                self._warn(exc)
            except Exception:  # nothing about the records may cost the reader an answer
                log.exception("could not record a reply")
        return answer

    def rate(self, answer_id: str, rating: str, comment: str | None = None, client: str | None = None) -> None:
        """Store a rating; ``UnknownAnswer`` or ``StorageUnavailable`` say why it could not be."""
        if self.records is None:
            raise StorageUnavailable("Feedback is not stored on this server.")
        self.records.rate(answer_id, rating, comment, client)

    def _warn(self, exc: Exception) -> None:
        if time.monotonic() - self._warned_at >= 60:
            self._warned_at = time.monotonic()
            log.warning("answering without recording: %s", exc)
