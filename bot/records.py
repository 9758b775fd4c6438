"""Records: the replies given, readers' ratings of them, and (when opted in) the questions left unanswered.

Everything written is redacted first (``bot/redaction.py``); client addresses are kept only as their network
(/24 for IPv4, /48 for IPv6), enough to tell one reader asking twenty times from twenty readers.
Records older than the retention limit are deleted.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import case, delete, func, insert, select

from bot.answer import NO_MATCH, RATINGS, SMALL_TALK, Answer
from bot.composer import printable
from bot.database import Database, answers, feedback, questions
from bot.errors import UnknownAnswer
from bot.redaction import redact

log = logging.getLogger("faqbot")
PURGE_EVERY_SECONDS = 3600


def now() -> datetime:
    """The time records are stamped with: UTC, without a zone (both databases store it the same way)."""
    return datetime.now(UTC).replace(tzinfo=None)


# Bidirectional overrides and isolates: a comment shown in a terminal (`faqbot gaps`) could display differently from
# what it says (eighth outside trial); questions refuse them (bot/screen.py), a comment loses only them.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def storable(text: str) -> str:
    """Text any database takes and any terminal shows as it is: no lone surrogates, no NUL characters (PostgreSQL
    refuses both), no bidirectional overrides."""
    return _BIDI_CONTROLS.sub("", printable(text).replace("\x00", ""))


def client_network(address: str | None) -> str | None:
    """The network a client address belongs to (/24 or /48), or None for a name that is not an address."""
    if not address:
        return None
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def unanswered_kind(answer: Answer) -> str | None:
    """``did_you_mean``, ``out_of_scope`` or ``no_match`` for an answer that quotes nothing; None otherwise.

    Never a kind for a reply that carries an urgent message of any tier: those questions are never stored.
    """
    if answer.status != NO_MATCH or answer.urgent is not None or answer.refused_as == SMALL_TALK:
        return None  # ("hi" and "thanks" asked nothing the articles miss)
    if "Did you mean" in answer.markdown:
        return "did_you_mean"
    if answer.refused_as:
        return answer.refused_as
    return "no_match"


@dataclass(frozen=True)
class UnansweredQuestion:
    text: str  # redacted
    kind: str
    created_at: datetime
    client: str | None


@dataclass(frozen=True)
class RatedAnswer:
    """The ratings of every reply that quoted one section (or, with no quote, that had one status)."""

    section: str | None
    status: str
    down: int
    up: int
    comments: tuple[str, ...]  # redacted, newest first


class Records:
    """Reads and writes the records; every call may raise ``StorageUnavailable``."""

    def __init__(self, database: Database, retention_days: int = 30, record_questions: bool = False) -> None:
        self.database = database
        self.retention = timedelta(days=retention_days)
        self.record_questions = record_questions
        self._purged_at = 0.0
        self._lock = threading.Lock()

    def note(self, answer: Answer, client: str | None = None, at: datetime | None = None) -> None:
        """Remember a reply (so feedback can name it), and its question when it went unanswered and
        recording is on. The question is redacted before it is written. ``at``: when the reply was given
        (default now)."""
        self.note_many([(answer, client, at)])

    def note_many(self, notes: list[tuple[Answer, str | None, datetime | None]]) -> None:
        """``note`` for several replies ``(answer, client, at)`` at once, in one transaction (the server's note
        writer hands over what queued up meanwhile: one commit for many replies)."""
        rows: list[dict[str, object]] = []
        asked: list[dict[str, object]] = []
        for answer, client, at in notes:
            network = client_network(client)
            kind = unanswered_kind(answer) if self.record_questions else None
            stamp = at or now()
            section = answer.quotes[0].section if answer.quotes else None
            rows.append(
                {"id": answer.id, "created_at": stamp, "status": answer.status, "section": section, "client": network}
            )
            if kind and answer.question.strip():
                text = redact(storable(answer.question))
                asked.append(
                    {"answer_id": answer.id, "created_at": stamp, "kind": kind, "text": text, "client": network}
                )
        if not rows:
            return
        with self.database.begin() as db:
            db.execute(insert(answers), rows)
            if asked:
                db.execute(insert(questions), asked)
        self.purge_now_and_then()

    def rate(self, answer_id: str, rating: str, comment: str | None = None, client: str | None = None) -> None:
        """Store a reader's rating of a reply; a later rating of the same reply replaces it."""
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS}, got {rating!r}")
        text = redact(storable(comment.strip())) if comment and comment.strip() else None
        values = {"rating": rating, "comment": text, "created_at": now(), "client": client_network(client)}
        with self.database.begin() as db:
            known = db.execute(select(answers.c.id).where(answers.c.id == answer_id)).first()
            if known is None:
                raise UnknownAnswer(f"No answer with id {answer_id[:64]!r}: send the id of an answer you received.")
            if self.database.is_sqlite:
                from sqlalchemy.dialects.sqlite import insert as upsert
            else:
                from sqlalchemy.dialects.postgresql import insert as upsert  # type: ignore[assignment]
            statement = upsert(feedback).values(answer_id=answer_id, **values)
            db.execute(statement.on_conflict_do_update(index_elements=[feedback.c.answer_id], set_=values))

    def purge(self) -> int:
        """Delete the records older than the retention limit; how many replies went."""
        cutoff = now() - self.retention
        with self.database.begin() as db:
            db.execute(delete(questions).where(questions.c.created_at < cutoff))
            db.execute(
                delete(feedback).where(
                    feedback.c.answer_id.in_(select(answers.c.id).where(answers.c.created_at < cutoff))
                )
            )
            db.execute(delete(feedback).where(feedback.c.created_at < cutoff))
            gone = db.execute(delete(answers).where(answers.c.created_at < cutoff)).rowcount
        return int(gone or 0)

    def purge_now_and_then(self) -> None:
        with self._lock:
            due = time.monotonic() - self._purged_at >= PURGE_EVERY_SECONDS
            if due:
                self._purged_at = time.monotonic()
        if due:
            gone = self.purge()
            if gone:
                log.info("deleted %d records older than %d days", gone, self.retention.days)

    def unanswered(self, since: datetime | None = None) -> list[UnansweredQuestion]:
        """The recorded unanswered questions, oldest first."""
        query = select(questions.c.text, questions.c.kind, questions.c.created_at, questions.c.client)
        if since is not None:
            query = query.where(questions.c.created_at >= since)
        with self.database.begin() as db:
            rows = db.execute(query.order_by(questions.c.created_at, questions.c.id)).all()
        return [UnansweredQuestion(r.text, r.kind, r.created_at, r.client) for r in rows]

    def rated(self, since: datetime | None = None, limit: int = 10) -> list[RatedAnswer]:
        """Replies grouped by the section they quoted, most thumbs down first."""
        down = func.sum(case((feedback.c.rating == "down", 1), else_=0))
        up = func.sum(case((feedback.c.rating == "up", 1), else_=0))
        query = (
            select(answers.c.section, answers.c.status, down.label("down"), up.label("up"))
            .join(feedback, feedback.c.answer_id == answers.c.id)
            .group_by(answers.c.section, answers.c.status)
        )
        if since is not None:
            query = query.where(feedback.c.created_at >= since)
        with self.database.begin() as db:
            groups = db.execute(query.order_by(down.desc(), up).limit(limit)).all()
            result = []
            for g in groups:
                comments = db.execute(
                    select(feedback.c.comment)
                    .join(answers, feedback.c.answer_id == answers.c.id)
                    .where(
                        answers.c.section.is_(None) if g.section is None else answers.c.section == g.section,
                        answers.c.status == g.status,
                        feedback.c.rating == "down",
                        feedback.c.comment.is_not(None),
                    )
                    .order_by(feedback.c.created_at.desc())
                    .limit(3)
                ).scalars()
                result.append(RatedAnswer(g.section, g.status, int(g.down), int(g.up), tuple(comments)))
        return result

    def status(self) -> dict[str, object]:
        """What /healthz shows: where the records go and whether questions are recorded (no database query)."""
        return {
            "database": "sqlite" if self.database.is_sqlite else "postgresql",
            "available": self.database.available,
            "record_questions": self.record_questions,
            "retention_days": self.retention.days,
        }

    def counts(self) -> dict[str, int]:
        """How many replies, ratings and unanswered questions are stored."""
        with self.database.begin() as db:
            return {
                name: int(db.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in (("answers", answers), ("feedback", feedback), ("questions", questions))
            }
