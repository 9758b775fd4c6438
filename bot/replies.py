"""Replies: each answer given gets its own id and is noted in the records, so readers can rate it.

The one place the chat and the API ask through. Answering never waits on a broken database: a failure to
note a reply is logged (once a minute at most) and the answer goes out all the same; feedback on that reply
is then refused as unknown.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections import deque
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
        self.note_many([(answer, client, None)])

    def note_many(self, notes: list[tuple[Answer, str | None, datetime | None]]) -> None:
        if not self._open.is_set():
            with self._lock:
                if not self._open.is_set():
                    for answer, client, at in notes:
                        if len(self._waiting) < MAX_WAITING_NOTES:
                            self._waiting.append((answer, client, at or datetime.now(UTC).replace(tzinfo=None)))
                        else:
                            self._dropped += 1
                    return
        records = self._records
        if records is None:
            raise StorageUnavailable("The feedback database could not be opened.")
        records.note_many(notes)

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


class NoteWriter:
    """One thread notes the API's replies in the records, all that queued up meanwhile in one transaction.

    ``note`` is called in the event loop and returns an asyncio future that is done once the reply is written
    (or failed to be: that is logged, never raised), so a reply is in the records before it is sent, as with
    ``Replies.ask``. It replaced a thread-pool hop per reply (anyio's queue and condition variable, in the
    event loop's thread) and a commit per reply.
    """

    MAX_BATCH = 256

    def __init__(self, replies: Replies) -> None:
        self._replies = replies
        self._queue: queue.SimpleQueue[tuple[Answer, str | None, asyncio.Future[None]]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def note(self, answer: Answer, client: str | None) -> asyncio.Future[None]:
        done = asyncio.get_running_loop().create_future()
        if self._thread is None or not self._thread.is_alive():
            with self._start_lock:
                if self._thread is None or not self._thread.is_alive():
                    self._thread = threading.Thread(target=self._run, name="faqbot-notes", daemon=True)
                    self._thread.start()
        self._queue.put((answer, client, done))
        return done

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < self.MAX_BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                self._replies._note_many([(answer, client, None) for answer, client, _ in batch])
            finally:  # whatever happened to the note, the replies waiting for it go out
                waiting: dict[asyncio.AbstractEventLoop, list[asyncio.Future[None]]] = {}
                for _, _, done in batch:
                    waiting.setdefault(done.get_loop(), []).append(done)
                for loop, futures in waiting.items():
                    try:
                        loop.call_soon_threadsafe(_finish, futures)
                    except RuntimeError:  # that loop is closed: the server stopped, nobody waits
                        pass


def _finish(futures: list[asyncio.Future[None]]) -> None:
    for done in futures:
        if not done.done():
            done.set_result(None)


class Replies:
    # Replies given while the database could not be reached, kept to be written once it can (fourteenth outside
    # trial: feedback on such a reply, sent after the database came back, got "No answer with id ..."): at most this
    # many, the oldest dropped first.
    KEPT_WHILE_DOWN = 10_000

    def __init__(self, answerer: Answerer, records: Records | StartingRecords | None) -> None:
        self.answerer = answerer
        self.records = records
        self._warned_at = -60.0
        self._writer = NoteWriter(self)
        self._unwritten: deque[tuple[Answer, str | None, datetime | None]] = deque(maxlen=self.KEPT_WHILE_DOWN)
        self._unwritten_lock = threading.Lock()

    def ask(self, question: object, client: str | None = None) -> Answer:
        """The answer, with a fresh id, noted in the records when they can be reached."""
        answer = replace(self.answerer.ask(question), id=new_id())  # fresh even when the answer was cached
        self._note(answer, client)
        return answer

    async def ask_async(self, question: object, client: str | None = None) -> Answer:
        """``ask`` from the event loop: the answer is computed there (``Answerer.ask_async``), and the reply is
        noted by the note writer's thread (the database may block), before it is returned, as ``ask`` does."""
        answer = replace(await self.answerer.ask_async(question), id=new_id())
        if self.records is not None:
            await self._writer.note(answer, client)
        return answer

    def _note(self, answer: Answer, client: str | None) -> None:
        self._note_many([(answer, client, None)])

    def _note_many(self, notes: list[tuple[Answer, str | None, datetime | None]]) -> None:
        if self.records is not None:
            stamped: list[tuple[Answer, str | None, datetime | None]] = [
                (answer, client, at or datetime.now(UTC)) for answer, client, at in notes
            ]
            try:
                self._write_unwritten()
                self.records.note_many(stamped)
            except StorageUnavailable as exc:
                self._warn(exc)
                with self._unwritten_lock:
                    self._unwritten.extend(stamped)  # written when the database can be reached again
            except Exception:  # nothing about the records may cost the reader an answer
                log.exception("could not record a reply")

    def _write_unwritten(self) -> None:
        """Write the replies kept while the database was down (``StorageUnavailable`` while it still is)."""
        if self.records is None or not self._unwritten:
            return
        with self._unwritten_lock:
            kept = list(self._unwritten)
            if not kept:
                return
            self.records.note_many(kept)
            self._unwritten.clear()
        log.warning("the records can be reached again: wrote %d replies given meanwhile", len(kept))

    def rate(self, answer_id: str, rating: str, comment: str | None = None, client: str | None = None) -> None:
        """Store a rating; ``UnknownAnswer`` or ``StorageUnavailable`` say why it could not be."""
        if self.records is None:
            raise StorageUnavailable("Feedback is not stored on this server.")
        self._write_unwritten()  # a reply given while the database was down can be rated once it is back
        self.records.rate(answer_id, rating, comment, client)

    def _warn(self, exc: Exception) -> None:
        if time.monotonic() - self._warned_at >= 60:
            self._warned_at = time.monotonic()
            log.warning("answering without recording: %s", exc)
