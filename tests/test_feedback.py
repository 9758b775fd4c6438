"""POST /api/feedback from outside: ratings of real answers land in the database; bad input gets a clear 4xx
(or 503 when the database is down) in the answer shape, never a 500; and answering never depends on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def client(answerer, real_settings, tmp_path_factory):  # type: ignore[no-untyped-def]
    from bot.server import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('feedback') / 'records.sqlite3'}"  # this module's own records
    app = create_app(answerer, real_settings.with_(record_questions=True, database_url=url), watch_interval=None)
    with TestClient(app) as c:
        c.app_state = app.state  # type: ignore[attr-defined]
        yield c


def _invalid(response, code: int) -> dict:  # type: ignore[no-untyped-def,type-arg]
    assert response.status_code == code, response.text
    body = response.json()
    assert body["status"] == "invalid" and body["notice"] and body["notice"] in body["markdown"]
    assert body["id"] and isinstance(body["id"], str)
    return body  # type: ignore[no-any-return]


def test_healthz_says_where_records_go(client: TestClient) -> None:
    assert client.get("/healthz").json()["records"] == {
        "database": "sqlite",
        "available": True,
        "record_questions": True,
        "retention_days": 30,
    }


def test_every_answer_has_its_own_id(client: TestClient) -> None:
    ids = {client.post("/api/ask", json={"question": "Can stem cells cause cancer?"}).json()["id"] for _ in range(3)}
    assert len(ids) == 3 and all(len(i) == 32 for i in ids)
    assert isinstance(client.post("/api/ask", json={"question": ""}).json()["id"], str)


def test_answers_asked_at_once_are_each_recorded_before_they_are_sent(client: TestClient) -> None:
    """The API's replies are noted by one writer thread, many in one transaction; each request waits for its own."""
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import select

    from bot.database import answers

    def ask(n: int) -> str:
        body = client.post("/api/ask", json={"question": f"Can stem cells cause cancer? ({n})"}).json()
        records = client.app_state.replies.records  # type: ignore[attr-defined]
        with records.database.begin() as db:  # already written when the answer arrives
            assert db.execute(select(answers.c.id).where(answers.c.id == body["id"])).first() is not None
        return str(body["id"])

    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(ask, range(24)))
    assert len(set(ids)) == 24


def test_a_rating_of_an_answer_is_stored(client: TestClient) -> None:
    answer = client.post("/api/ask", json={"question": "Can stem cell therapy cause blood clots?"}).json()
    response = client.post("/api/feedback", json={"answer_id": answer["id"], "rating": "down", "comment": "too long"})
    assert response.status_code == 200
    assert response.json() == {"status": "recorded", "answer_id": answer["id"], "rating": "down", "urgent": None}
    assert client.post("/api/feedback", json={"answer_id": answer["id"], "rating": "up"}).status_code == 200
    records = client.app_state.replies.records  # type: ignore[attr-defined]
    rated = {(r.section, r.up, r.down) for r in records.rated()}
    assert ("5. Blood Clots and Pulmonary Embolism", 1, 0) in rated


def test_unanswered_questions_are_recorded_redacted(client: TestClient) -> None:
    question = "my husband Robert is 71, how much does the treatment cost? email rob@example.org"
    assert client.post("/api/ask", json={"question": question}).json()["status"] == "no_match"
    records = client.app_state.replies.records  # type: ignore[attr-defined]
    texts = [q.text for q in records.unanswered()]
    assert "my husband [NAME] [AGE], how much does the treatment cost? email [EMAIL]" in texts
    crisis = client.post("/api/ask", json={"question": "I want to kill myself after this treatment"}).json()
    assert crisis["status"] == "urgent"
    assert not any("kill" in t for t in (q.text for q in records.unanswered()))


@pytest.mark.parametrize(
    ("payload", "code", "words"),
    [
        ({"answer_id": "0" * 32, "rating": "up"}, 404, "No answer with id"),
        ({"answer_id": "nope", "rating": "down"}, 404, "No answer with id"),
        ({"rating": "up"}, 400, "answer_id"),
        ({"answer_id": 5, "rating": "up"}, 400, "answer_id"),
        ({"answer_id": "x" * 65, "rating": "up"}, 400, "answer_id"),
        ({"answer_id": "abc", "rating": "meh"}, 400, "rating"),
        ({"answer_id": "abc", "rating": True}, 400, "rating"),
        ({"answer_id": "abc", "rating": "up", "comment": 3}, 400, "comment"),
        ({"answer_id": "abc", "rating": "up", "comment": "x" * 1001}, 400, "too long"),
        ([1, 2], 400, "Send JSON like"),
        ("just a string", 400, "Send JSON like"),
    ],
)
def test_bad_feedback_gets_a_clear_4xx(client: TestClient, payload: object, code: int, words: str) -> None:
    body = _invalid(client.post("/api/feedback", json=payload), code)
    assert words in body["markdown"].replace("\\", "")


def test_malformed_and_oversized_feedback(client: TestClient) -> None:
    _invalid(client.post("/api/feedback", content=b"{broken", headers={"content-type": "application/json"}), 400)
    _invalid(client.post("/api/feedback", content=b"\xff\xfe", headers={"content-type": "application/json"}), 400)
    _invalid(client.post("/api/feedback", content=b'{"answer_id": "a", "rating": "up"}'), 415)  # not sent as JSON
    _invalid(client.post("/api/feedback", content=b'{"comment": "' + b"a" * 200_000 + b'"}'), 413)
    assert client.get("/api/feedback").status_code in {404, 405}


def test_a_database_that_is_down_costs_no_answer(answerer, real_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    broken = tmp_path / "folder.sqlite3"
    broken.mkdir()  # SQLite cannot open a folder: the database is "down"
    app = create_app(answerer, real_settings.with_(database_url=f"sqlite:///{broken}"), watch_interval=None)
    with TestClient(app) as c:
        answer = c.post("/api/ask", json={"question": "Can stem cells cause cancer?"})
        assert answer.status_code == 200 and answer.json()["status"] == "answered"
        body = _invalid(c.post("/api/feedback", json={"answer_id": answer.json()["id"], "rating": "up"}), 503)
        assert "unavailable" in body["markdown"]
        health = c.get("/healthz")
        assert health.status_code == 200 and health.json()["records"]["available"] is False


def test_the_api_rate_limit_covers_feedback(answerer, real_settings) -> None:  # type: ignore[no-untyped-def]
    from bot.server import create_app

    app = create_app(answerer, real_settings.with_(rate_limit="3/minute"), watch_interval=None)
    with TestClient(app) as c:
        codes = [c.post("/api/feedback", json={"answer_id": "x", "rating": "up"}).status_code for _ in range(4)]
    assert codes == [404, 404, 404, 429]


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40))
json_value = st.recursive(
    json_leaf,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=3),
    max_leaves=12,
)
bodies = st.one_of(
    json_value,
    st.fixed_dictionaries(
        {
            "answer_id": json_value | st.text(max_size=70),
            "rating": json_value | st.sampled_from(["up", "down", "UP", ""]),
        },
        optional={"comment": json_value | st.text(max_size=1200)},
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=bodies)
def test_any_json_body_gets_the_contract_never_a_500(client: TestClient, body: object) -> None:
    raw = json.dumps(body, allow_nan=True).encode()
    response = client.post("/api/feedback", content=raw, headers={"content-type": "application/json"})
    assert response.status_code in {200, 400, 404}
    if response.status_code != 200:
        _invalid(response, response.status_code)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(comment=st.text(max_size=1000))
def test_any_comment_on_a_real_answer_is_stored(client: TestClient, comment: str) -> None:
    answer_id = client.post("/api/ask", json={"question": "Is swelling normal?"}).json()["id"]
    response = client.post("/api/feedback", json={"answer_id": answer_id, "rating": "down", "comment": comment})
    assert response.status_code == 200, response.text


def test_a_comment_that_tells_of_an_emergency_gets_the_alert(client: TestClient) -> None:
    """A comment is read for red flags as a question is (ninth outside trial, D12): the rating is stored and the
    reply carries the alert for the client to show at once; a bad body with such a comment gets it too."""
    answer = client.post("/api/ask", json={"question": "Can stem cell therapy cause blood clots?"}).json()
    comment = "useless, my dad just collapsed and isn't breathing"
    response = client.post("/api/feedback", json={"answer_id": answer["id"], "rating": "down", "comment": comment})
    assert response.status_code == 200 and response.json()["status"] == "recorded"
    assert response.json()["urgent"]["tier"] == "emergency" and "tel:911" in response.json()["urgent"]["message"]
    bad = client.post("/api/feedback", json={"answer_id": answer["id"], "rating": "sideways", "comment": comment})
    assert bad.status_code == 400 and bad.json()["status"] == "urgent" and "tel:911" in bad.json()["markdown"]


def test_a_reply_given_while_the_database_was_down_can_be_rated_once_it_is_back(answerer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Fourteenth outside trial: rating such a reply after the database came back got "No answer with id ...", and
    the feedback was lost. The reply is kept and written once the database can be reached."""
    from bot.database import Database
    from bot.errors import StorageUnavailable
    from bot.records import Records
    from bot.replies import Replies

    path = tmp_path / "faqbot.sqlite3"
    path.mkdir()  # SQLite cannot open a folder: the database is "down"
    database = Database(f"sqlite:///{path}")
    replies = Replies(answerer, Records(database))
    answer = replies.ask("Can stem cells cause cancer?")
    assert answer.status == "answered"
    with pytest.raises(StorageUnavailable):
        replies.rate(answer.id, "up")
    path.rmdir()  # the database is back
    database._down_until = 0.0  # skip the cool-down rather than wait for it
    replies.rate(answer.id, "down", "it did not say how rare")
    counts = replies.records.counts()  # type: ignore[union-attr]
    assert counts["answers"] == 1 and counts["feedback"] == 1, counts
    database.dispose()
