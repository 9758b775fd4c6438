"""The database: feedback and (when opted in) unanswered questions, shared by every replica.

SQLAlchemy over an SQLite file by default, or PostgreSQL when ``FAQBOT_DATABASE_URL`` says
``postgresql+psycopg://``. The schema is Alembic's (``bot/migrations``), brought up to date when the server
starts. A database that is down costs a request at most a few seconds once: after a failure the database is
left alone for ``COOL_DOWN_SECONDS`` and callers get ``StorageUnavailable`` at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from bot.errors import StorageUnavailable

log = logging.getLogger("faqbot")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
COOL_DOWN_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 3
MIGRATION_LOCK_ID = 7_280_013  # PostgreSQL advisory lock: one replica migrates, the others wait for it

metadata = MetaData()

# Every reply given: the id feedback refers to. No question text here; only the status and quoted section.
answers = Table(
    "answers",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("section", String(300)),
    Column("client", String(64)),
)
# One rating per answer (a later rating of the same answer replaces it); the comment is redacted.
feedback = Table(
    "feedback",
    metadata,
    Column("answer_id", String(32), ForeignKey("answers.id", ondelete="CASCADE"), primary_key=True),
    Column("rating", String(8), nullable=False),
    Column("comment", Text),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("client", String(64)),
)
# Questions the bot could not answer, redacted before they are written; only with FAQBOT_RECORD_QUESTIONS=true.
questions = Table(
    "questions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("answer_id", String(32), ForeignKey("answers.id", ondelete="CASCADE"), unique=True),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("client", String(64)),
)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # replicas read while one writes
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


class Database:
    """An engine with a cool-down after failures; ``begin()`` is the one way in."""

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.engine: Engine
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                folder = Path(parsed.database).parent
                if not folder.is_dir():
                    # a mistyped path made its folders and an empty database without a word (fourteenth outside
                    # trial): feedback could end up split across files
                    log.warning(
                        "%s did not exist: it is made now, for a new, empty feedback database (check "
                        "FAQBOT_DATABASE_URL if the records should be elsewhere)",
                        folder,
                    )
                folder.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(url, connect_args={"timeout": CONNECT_TIMEOUT_SECONDS})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(
                url,
                pool_pre_ping=True,
                pool_size=5,
                max_overflow=15,  # the server answers up to 40 requests at once (its thread pool)
                pool_timeout=CONNECT_TIMEOUT_SECONDS,
                connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "options": "-c statement_timeout=5000"},
            )
        self._down_until = 0.0
        self._lock = threading.Lock()
        self.migrated = False

    @property
    def available(self) -> bool:
        """False while cooling down after a failure (as last seen; no query is made)."""
        return time.monotonic() >= self._down_until

    @contextlib.contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection in a transaction; ``StorageUnavailable`` when the database cannot be used.

        The schema is brought up to date first if that has not succeeded yet (the database may have been down
        when the server started)."""
        if time.monotonic() < self._down_until:
            raise StorageUnavailable("The feedback database is unavailable; please try again in a moment.")
        if not self.migrated:
            self.migrate()
        try:
            with self.engine.begin() as connection:
                yield connection
        except PoolTimeout as exc:  # busy, not down: no cool-down
            raise StorageUnavailable("The feedback database is busy; please try again in a moment.") from exc
        except SQLAlchemyError as exc:
            if _is_connection_problem(exc):
                with self._lock:
                    self._down_until = time.monotonic() + COOL_DOWN_SECONDS
                log.error("database %s unavailable: %s", describe(self.url), " ".join(str(exc).split())[:300])
                raise StorageUnavailable("The feedback database is unavailable; please try again in a moment.") from exc
            raise

    def migrate(self) -> None:
        """Bring the schema up to date (Alembic ``upgrade head``); safe when several replicas start at once."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self._migration_lock(), self.engine.begin() as connection:
                if not self.is_sqlite:
                    connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            self.migrated = True
        except SQLAlchemyError as exc:
            with self._lock:
                self._down_until = time.monotonic() + COOL_DOWN_SECONDS
            raise StorageUnavailable(
                f"Cannot prepare the database {describe(self.url)}: {' '.join(str(exc).split())[:300]}. "
                "Check FAQBOT_DATABASE_URL and that the database server is running."
            ) from exc

    @contextlib.contextmanager
    def _migration_lock(self) -> Iterator[None]:
        """For an SQLite file, a lock file beside it (PostgreSQL uses an advisory lock instead)."""
        database = make_url(self.url).database
        if not self.is_sqlite or not database or database == ":memory:":
            yield
            return
        with open(f"{database}.lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def dispose(self) -> None:
        self.engine.dispose()


def _is_connection_problem(exc: SQLAlchemyError) -> bool:
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)
