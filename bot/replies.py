"""Replies: each answer given gets its own id and is noted in the records, so readers can rate it.

The one place the chat and the API ask through. Answering never waits on a broken database: a failure to
note a reply is logged (once a minute at most) and the answer goes out all the same; feedback on that reply
is then refused as unknown.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.answer import Answer, new_id
from bot.answerer import Answerer
from bot.errors import StorageUnavailable

if TYPE_CHECKING:
    from bot.records import Records
    from bot.settings import Settings

log = logging.getLogger("faqbot")
MAX_WAITING_NOTES = 10_000  # replies noted while the database is opened, kept to be written once it is
OPEN_WAIT_SECONDS = 30.0  # a rating made meanwhile waits this long for the database at most


def client_host(request: object) -> str | None:
    """The client's address of a Starlette or Gradio request: with FAQBOT_TRUSTED_PROXIES, the one the proxy
    names (bot/server.py's create_app); None when the request carries none."""
    client = getattr(request, "client", None)
    host = getattr(client, "host", None)
    return host if isinstance(host, str) else None


class StartingRecords:
    """The records while the server starts: the database (SQLAlchemy, Alembic, the migration) is opened in a
    background thread, so the first answers do not wait for it.

    Replies noted meanwhile are kept, with the time they were given, and written in order as soon as the
    database is open, before any later reply; a rating made meanwhile waits for that (it must find its reply).
    Once open, every call goes straight to the ``Records``. A database that cannot be reached is handled as
    ``Records`` handles it: the notes kept are tried then, and a failure is logged as any failed note is.
    """

    def __init__(self, opener: Callable[[], Records], settings: Settings) -> None:
        self._opener = opener
        self._url = settings.database_url
        self._retention_days = settings.retention_days
        self._record_questions = settings.record_questions
        self._records: Records | None = None
        self._waiting: list[tuple[Answer, str | None, datetime]] = []
        self._dropped = 0
        self._lock = threading.Lock()
        self._open = threading.Event()

    def open_in_background(self) -> None:
        threading.Thread(target=self.open_now, name="faqbot-records-open", daemon=True).start()

    def open_now(self) -> None:
        """Open the database and write the replies noted meanwhile (in the calling thread)."""
        try:
            records: Records | None = self._opener()
        except Exception:  # noqa: BLE001  (open_records reports an unreachable database itself)
            log.exception("could not open the records")
            records = None
        while True:
            with self._lock:
                waiting, self._waiting = self._waiting, []
                if not waiting or records is None:
                    self._records = records
                    dropped, self._dropped = self._dropped + (len(waiting) if records is None else 0), 0
                    self._open.set()
                    break
            for answer, client, at in waiting:
                try:
                    records.note(answer, client, at=at)
                except Exception as exc:  # noqa: BLE001  (as Replies.ask: never fatal, logged)
                    log.warning("a reply given while starting was not recorded: %s", exc)
        if dropped:
            log.warning("%d replies given while starting were not recorded", dropped)

    @property
    def records(self) -> Records | None:
        """The open records, waiting for them if they are being opened (None if they could not be)."""
        if not self._open.wait(OPEN_WAIT_SECONDS):
            raise StorageUnavailable("The feedback database is still being opened; please try again in a moment.")
        return self._records

    def note(self, answer: Answer, client: str | None = None) -> None:
        if not self._open.is_set():
            with self._lock:
                if not self._open.is_set():
                    if len(self._waiting) < MAX_WAITING_NOTES:
                        self._waiting.append((answer, client, datetime.now(UTC).replace(tzinfo=None)))
                    else:
                        self._dropped += 1
                    return
        records = self._records
        if records is None:
            raise StorageUnavailable("The feedback database could not be opened.")
        records.note(answer, client)

    def rate(self, answer_id: str, rating: str, comment: str | None = None, client: str | None = None) -> None:
        records = self.records
        if records is None:
            raise StorageUnavailable("The feedback database could not be opened.")
        records.rate(answer_id, rating, comment, client)

    def status(self) -> dict[str, object]:
        """As ``Records.status``; while opening, from the settings (no failure seen yet: available)."""
        if self._open.is_set() and self._records is not None:
            return self._records.status()
        return {
            "database": "sqlite" if self._url.startswith("sqlite") else "postgresql",
            "available": not self._open.is_set(),  # opening: no failure seen; opened without records: False
            "record_questions": self._record_questions,
            "retention_days": self._retention_days,
        }

    def __getattr__(self, name: str) -> Any:  # unanswered(), rated(), counts(), database: the open records'
        records = self.records
        if records is None:
            raise StorageUnavailable("The feedback database could not be opened.")
        return getattr(records, name)


class Replies:
    def __init__(self, answerer: Answerer, records: Records | StartingRecords | None) -> None:
        self.answerer = answerer
        self.records = records
        self._warned_at = -60.0

    def ask(self, question: object, client: str | None = None) -> Answer:
        """The answer, with a fresh id, noted in the records when they can be reached."""
        answer = replace(self.answerer.ask(question), id=new_id())  # fresh even when the answer was cached
        self._note(answer, client)
        return answer

    async def ask_async(self, question: object, client: str | None = None) -> Answer:
        """``ask`` from the event loop: the answer is computed there (``Answerer.ask_async``), and the reply is
        noted in a worker thread (the database may block), before it is returned, as ``ask`` does."""
        answer = replace(await self.answerer.ask_async(question), id=new_id())
        if self.records is not None:
            from starlette.concurrency import run_in_threadpool

            await run_in_threadpool(self._note, answer, client)
        return answer

    def _note(self, answer: Answer, client: str | None) -> None:
        if self.records is not None:
            try:
                self.records.note(answer, client)
            except StorageUnavailable as exc:
                self._warn(exc)
            except Exception:  # nothing about the records may cost the reader an answer
                log.exception("could not record a reply")

    def rate(self, answer_id: str, rating: str, comment: str | None = None, client: str | None = None) -> None:
        """Store a rating; ``UnknownAnswer`` or ``StorageUnavailable`` say why it could not be."""
        if self.records is None:
            raise StorageUnavailable("Feedback is not stored on this server.")
        self.records.rate(answer_id, rating, comment, client)

    def _warn(self, exc: Exception) -> None:
        if time.monotonic() - self._warned_at >= 60:
            self._warned_at = time.monotonic()
            log.warning("answering without recording: %s", exc)
