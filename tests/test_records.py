"""The records, against both databases: an SQLite file and a real PostgreSQL server (Debian's, via pg_ctl).

The same tests run on each; the schema is Alembic's, applied as the server applies it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text, update

from bot.answer import ANSWERED, NO_MATCH, URGENT, Answer, Quote
from bot.database import Database, answers
from bot.errors import StorageUnavailable, UnknownAnswer
from bot.records import Records, client_network, now
from tests.postgres import PostgresServer


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    yield server
    server.remove()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'data' / 'faqbot.sqlite3'}"
    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        url = server.url
    db = Database(url)
    db.migrate()
    yield db
    if request.param == "postgresql":  # the server is shared by the module's tests: leave it empty
        with db.engine.begin() as c:
            c.execute(text("DROP TABLE IF EXISTS questions, feedback, answers, alembic_version CASCADE"))
    db.dispose()


def unanswered(question: str, markdown: str = "I couldn't find an answer to that in the article.") -> Answer:
    return Answer(status=NO_MATCH, question=question, markdown=markdown)


def quoted(section: str = "5. Blood Clots and Pulmonary Embolism") -> Answer:
    quote = Quote(document="d", title="t", section=section, text="x", score=0.9, start=0, end=1)
    return Answer(status=ANSWERED, question="Can it cause clots?", quotes=(quote,), markdown="...")


def test_schema_comes_from_the_migrations(database: Database) -> None:
    database.migrate()  # a second time (another replica starting) changes nothing
    with database.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"


def test_replicas_starting_together_migrate_once(database: Database) -> None:
    url = database.url
    errors: list[BaseException] = []

    def start() -> None:
        try:
            Database(url).migrate()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_a_rating_names_a_reply_and_a_later_one_replaces_it(database: Database) -> None:
    records = Records(database)
    answer = quoted()
    records.note(answer, "203.0.113.7")
    records.rate(answer.id, "up")
    records.rate(answer.id, "down", "Didn't say how long it lasts. Call me on 07700 900123")
    assert records.counts() == {"answers": 1, "feedback": 1, "questions": 0}
    [rated] = records.rated()
    assert (rated.section, rated.down, rated.up) == ("5. Blood Clots and Pulmonary Embolism", 1, 0)
    assert rated.comments == ("Didn't say how long it lasts. Call me on [PHONE]",)


def test_unknown_answer_and_bad_rating_are_refused(database: Database) -> None:
    records = Records(database)
    with pytest.raises(UnknownAnswer, match="No answer with id"):
        records.rate("0" * 32, "up")
    answer = quoted()
    records.note(answer)
    with pytest.raises(ValueError):
        records.rate(answer.id, "meh")


def test_questions_are_recorded_only_when_opted_in(database: Database) -> None:
    Records(database, record_questions=False).note(unanswered("how much does it cost in Leeds?"))
    assert Records(database).unanswered() == []


def test_unanswered_questions_are_stored_redacted(database: Database) -> None:
    records = Records(database, record_questions=True)
    records.note(
        unanswered("Hi I'm 67, my name is Maria Gonzalez, email maria.g@example.com: is it covered by insurance?")
    )
    records.note(
        unanswered(
            "what about the knee?", markdown="I'm not sure the article answers that. Did you mean one of these?"
        ),
        "198.51.100.23",
    )
    records.note(quoted())  # answered: not a gap
    records.note(Answer(status=URGENT, question="my chest hurts, Dr Jones", urgent={"tier": "emergency"}))
    records.note(Answer(status=NO_MATCH, question="feverish, John Smith", urgent={"tier": "soon", "message": ""}))
    stored = records.unanswered()
    assert [q.text for q in stored] == [
        "Hi [AGE], my name is [NAME], email [EMAIL]: is it covered by insurance?",
        "what about the knee?",
    ]
    assert [q.kind for q in stored] == ["no_match", "did_you_mean"]
    assert stored[1].client == "198.51.100.0/24"
    with database.engine.connect() as c:  # nothing of the urgent messages anywhere
        dump = " ".join(
            str(row) for t in ("answers", "questions", "feedback") for row in c.execute(text(f"SELECT * FROM {t}"))
        )
    assert "Jones" not in dump and "Smith" not in dump and "chest" not in dump


def test_records_past_the_retention_limit_are_deleted(database: Database) -> None:
    records = Records(database, retention_days=30, record_questions=True)
    old, recent = unanswered("an old question"), unanswered("a recent question")
    records.note(old)
    records.rate(old.id, "down")
    records.note(recent)
    with database.begin() as c:
        c.execute(update(answers).where(answers.c.id == old.id).values(created_at=now() - timedelta(days=31)))
        c.execute(
            text("UPDATE questions SET created_at = :t WHERE answer_id = :id"),
            {"t": now() - timedelta(days=31), "id": old.id},
        )
    assert records.purge() == 1
    assert [q.text for q in records.unanswered()] == ["a recent question"]
    assert records.counts() == {"answers": 1, "feedback": 0, "questions": 1}


def test_since_limits_what_is_read(database: Database) -> None:
    records = Records(database, record_questions=True)
    records.note(unanswered("first"))
    assert [q.text for q in records.unanswered(since=now() - timedelta(hours=1))] == ["first"]
    assert records.unanswered(since=now() + timedelta(hours=1)) == []


def test_storable_text_whatever_the_reader_typed(database: Database) -> None:
    records = Records(database, record_questions=True)
    answer = unanswered("nul\x00 and \ud800 surrogate")
    records.note(answer)
    records.rate(answer.id, "down", "bad\x00\udfff")
    assert records.unanswered()[0].text == "nul and \ufffd surrogate"


def test_a_comment_loses_its_bidirectional_overrides(database: Database) -> None:
    """Shown in a terminal by `faqbot gaps`, U+202E would display the comment reversed (eighth outside trial)."""
    records = Records(database)
    answer = unanswered("anything")
    records.note(answer)
    records.rate(answer.id, "down", "fine \u202etxt.exe\u202c and \u2066isolated\u2069")
    (rated,) = records.rated()
    assert rated.comments == ("fine txt.exe and isolated",)


def test_client_networks() -> None:
    assert client_network("203.0.113.77") == "203.0.113.0/24"
    assert client_network("2001:db8:1:2::5") == "2001:db8:1::/48"
    assert client_network("testclient") is None and client_network(None) is None


def test_a_database_that_is_down_is_a_clear_error_then_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.sqlite3"
    folder.mkdir()  # SQLite cannot open a folder
    db = Database(f"sqlite:///{folder}")
    records = Records(db)
    with pytest.raises(StorageUnavailable, match="unavailable|Cannot prepare"):
        records.note(quoted())
    with pytest.raises(StorageUnavailable, match="try again in a moment"):  # cooling down: not tried again
        records.note(quoted())


def test_a_stopped_postgresql_server_gives_storage_unavailable_and_comes_back() -> None:
    server = PostgresServer().start()
    try:
        db = Database(server.url)
        records = Records(db)
        records.note(quoted())
        server.stop()
        with pytest.raises(StorageUnavailable):
            records.note(quoted())
        server.start()
        db._down_until = 0.0  # skip the cool-down rather than wait for it
        records.note(quoted())
        assert records.counts()["answers"] == 2
        db.dispose()
    finally:
        server.remove()


@pytest.mark.integration
def test_a_question_an_out_of_scope_entry_refuses_is_recorded_as_out_of_scope(answerer) -> None:  # type: ignore[no-untyped-def]
    """Whatever the entry's own reply says ("I can't recommend clinics…"), the kind comes from the refusal itself."""
    from bot.records import unanswered_kind

    provider = answerer.ask("Can you recommend a stem cell clinic near me?")
    assert provider.status == NO_MATCH and "doesn't cover" not in provider.markdown
    assert unanswered_kind(provider) == "out_of_scope"
    assert unanswered_kind(answerer.ask("How much does it cost?")) == "out_of_scope"
    assert unanswered_kind(answerer.ask("Is zygomycosis a side effect?")) == "no_match"  # a rare word, not a kind
    assert "refused_as" not in provider.as_dict()  # not part of the answer contract


def test_a_sqlite_path_whose_folders_do_not_exist_is_made_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Fourteenth outside trial: a mistyped path quietly made new folders and an empty database."""
    import logging

    caplog.set_level(logging.WARNING, logger="faqbot")
    database = Database(f"sqlite:///{tmp_path}/nonexistent/dir/x.db")
    assert (tmp_path / "nonexistent" / "dir").is_dir()
    assert any("did not exist" in r.getMessage() and "FAQBOT_DATABASE_URL" in r.getMessage() for r in caplog.records)
    caplog.clear()
    Database(f"sqlite:///{tmp_path}/nonexistent/dir/x.db").dispose()  # the folder is there now: nothing to say
    assert not caplog.records
    database.dispose()
