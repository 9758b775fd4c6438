"""The JSON API in process: the answer contract, 4xx for bad input (never a 500), health."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def client(answerer, real_settings):  # type: ignore[no-untyped-def]
    from bot.server import create_app

    with TestClient(create_app(answerer, real_settings)) as c:
        yield c


def test_healthz_reports_the_index(client: TestClient) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["passages"] == 15
    assert body["index"]["matches_knowledge"] is True and body["index"]["fingerprint"]


def test_ask_returns_the_answer_object(client: TestClient) -> None:
    response = client.post("/api/ask", json={"question": "  Can stem cell therapy cause blood clots?  "})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "answered" and body["question"] == "Can stem cell therapy cause blood clots?"
    assert body["quotes"][0]["section"] == "5. Blood Clots and Pulmonary Embolism"
    assert body["notice"] in body["markdown"]


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"question": ""}, 400),
        ({"question": "x" * 5000}, 400),
        ({"question": None}, 400),
        ({"question": ["list"]}, 400),
        ({"nothing": "here"}, 400),
        ([1, 2], 400),
        ({"question": "¿Cuáles son los efectos secundarios de las células madre?"}, 400),  # English only
    ],
)
def test_bad_requests_get_4xx_with_the_same_body(client: TestClient, payload: object, code: int) -> None:
    response = client.post("/api/ask", json=payload)
    assert response.status_code == code
    body = response.json()
    assert body["status"] == "invalid" and body["notice"] and body["notice"] in body["markdown"]


@pytest.mark.parametrize(
    ("opening", "tier"),
    [
        ("I can't go on. I've decided to kill myself this weekend and I have written my note. ", "crisis"),
        ("My husband collapsed and is not breathing, what do I do? ", "emergency"),
    ],
)
def test_a_message_too_long_or_malformed_still_gets_its_alert(client: TestClient, opening: str, tier: str) -> None:
    # A person in crisis often writes a long post; the refusal must not hide the crisis line or the ambulance.
    story = "I have been struggling for a long time with school, work and my family. " * 20
    for text in (opening + story, story + opening, opening + " pasted <b>text</b>"):
        response = client.post("/api/ask", json={"question": text})
        assert response.status_code == 200
        body = response.json()
        assert body["status"] == "urgent" and body["urgent"]["tier"] == tier, text[:80]
        assert body["notice"] in body["markdown"] and "tel:" in body["markdown"]
        markdown = body["markdown"]
        assert not body["quotes"] and any(w in markdown for w in ("shorten", "retype", "plain words")), markdown
        assert markdown.index("tel:") < markdown.index("ℹ️")  # the alert first, then what to change
    plain = client.post("/api/ask", json={"question": story})
    assert plain.status_code == 400 and plain.json()["status"] == "invalid"


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/api/ask"), ("PUT", "/api/ask"), ("DELETE", "/api/ask"), ("POST", "/api/ask/"), ("GET", "/api/ask/")],
)
def test_another_method_or_a_trailing_slash_gets_405_in_the_answer_shape(
    client: TestClient, method: str, path: str
) -> None:
    """It was FastAPI's bare {"detail": "Not Found"} (sixth outside trial)."""
    response = client.request(method, path, json={"question": "Can stem cells cause cancer?"})
    assert response.status_code == 405 and response.headers["allow"] == "POST"
    body = response.json()
    assert body["status"] == "invalid" and "POST /api/ask" in body["markdown"] and body["notice"]


def test_malformed_and_oversized_bodies(client: TestClient) -> None:
    assert client.post("/api/ask", content=b"{broken", headers={"content-type": "application/json"}).status_code == 400
    assert client.post("/api/ask", content=b"\xff\xfe", headers={"content-type": "application/json"}).status_code == 400
    big = client.post("/api/ask", content=b'{"question": "' + b"a" * 200_000 + b'"}')
    assert big.status_code == 413 and big.json()["status"] == "invalid"


def test_a_body_with_a_byte_order_mark_is_read() -> None:
    """RFC 8259 lets a parser ignore a BOM; the API refused such a body with 400 (seventh outside trial)."""
    from bot.server import _json_body

    assert _json_body(b"\xef\xbb\xbf" + b'{"question": "Can stem cells cause cancer?"}') == {
        "question": "Can stem cells cause cancer?"
    }


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/plain",
        "text/plain;charset=UTF-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ],
)
def test_a_body_not_sent_as_json_gets_415_in_the_answer_shape(client: TestClient, content_type: str | None) -> None:
    """The three types a page on another site may POST without a CORS preflight (and none at all) are refused."""
    headers = {"content-type": content_type} if content_type else {}
    body = b'{"question": "Can stem cells cause cancer?"}'
    response = client.post("/api/ask", content=body, headers=headers)
    assert response.status_code == 415 and response.headers["accept-post"] == "application/json"
    answer = response.json()
    assert answer["status"] == "invalid" and "application/json" in answer["markdown"] and answer["notice"]
    assert answer["question"] == "Can stem cells cause cancer?"
    urgent = client.post("/api/ask", content=b'{"question": "my dad collapsed and is not breathing"}', headers=headers)
    assert urgent.status_code == 415 and urgent.json()["status"] == "urgent" and "tel:" in urgent.json()["markdown"]


SHAPES = {
    # each refused, and before the ninth outside trial none of them was screened
    "windows-1252 text": (lambda q: q.encode("cp1252"), "application/json; charset=windows-1252", 200),
    "windows-1252 json": (
        lambda q: json.dumps({"question": q}, ensure_ascii=False).encode("cp1252"),
        "application/json",
        200,
    ),
    "form": (lambda q: urlencode({"question": q}).encode(), "application/x-www-form-urlencoded", 415),
    "plain text": (lambda q: q.encode(), "text/plain", 415),
    "cut short": (lambda q: b'{"question":"' + q.encode(), "application/json", 200),
    "bare string": (lambda q: json.dumps(q).encode(), "application/json", 200),
    "another key": (lambda q: json.dumps({"Question": q}).encode(), "application/json", 200),
    "nested": (lambda q: json.dumps({"q": [{"text": q}]}).encode(), "application/json", 200),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_any_refused_body_is_screened_for_an_emergency(client: TestClient, shape: str) -> None:
    """Whatever shape or encoding a body has, its words are read for red flags before it is refused."""
    make, content_type, status_code = SHAPES[shape]
    response = client.post(
        "/api/ask", content=make("my husband can’t breathe, his lips are blue"), headers={"content-type": content_type}
    )
    answer = response.json()
    assert response.status_code == status_code and answer["status"] == "urgent", answer
    assert answer["urgent"]["tier"] == "emergency" and "tel:911" in answer["markdown"] and answer["notice"]
    calm = client.post(
        "/api/ask", content=make("my husband can’t sleep, his lips are dry"), headers={"content-type": content_type}
    )
    assert calm.json()["status"] == "invalid" and calm.status_code in (400, 415), calm.json()


def test_a_body_in_another_encoding_is_told_to_send_utf8(client: TestClient) -> None:
    response = client.post(
        "/api/ask",
        content='{"question": "Is it safe? Caf\xe9"}'.encode("cp1252"),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400 and "UTF-8" in response.json()["markdown"]


@pytest.mark.parametrize(
    "content_type", ["application/json", "Application/JSON; charset=utf-8", "application/merge+json"]
)
def test_json_content_types_are_accepted(client: TestClient, content_type: str) -> None:
    response = client.post(
        "/api/ask", content=b'{"question": "Can stem cells cause cancer?"}', headers={"content-type": content_type}
    )
    assert response.status_code == 200 and response.json()["status"] == "answered"


def test_chat_page_is_served_with_a_csp(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and "gradio" in response.text.lower()
    assert "img-src" in response.headers["content-security-policy"]


def test_openapi_describes_the_contract_and_the_answers_follow_it(client) -> None:  # type: ignore[no-untyped-def]
    """/api/openapi.json had no schemas (sixth outside trial, D13): it now gives the bodies, the answer object and
    every status code, and real answers of each status validate against it."""
    from bot.api_schema import Answer, Recorded

    spec = client.get("/api/openapi.json").json()
    ask = spec["paths"]["/api/ask"]["post"]
    assert ask["requestBody"]["content"]["application/json"]["schema"]["required"] == ["question"]
    assert set(ask["responses"]) == {"200", "400", "405", "413", "415", "429"}
    assert ask["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Answer"}
    assert "Retry-After" in ask["responses"]["429"]["headers"]
    quote = spec["components"]["schemas"]["Quote"]["properties"]["text"]["description"]
    assert "characters" in quote and "byte for byte" not in quote  # offsets are code points (eighth outside trial)
    feedback = spec["paths"]["/api/feedback"]["post"]
    assert set(feedback["requestBody"]["content"]["application/json"]["schema"]["required"]) == {"answer_id", "rating"}
    assert {"200", "400", "404", "415", "429", "503"} <= set(feedback["responses"])
    answer = spec["components"]["schemas"]["Answer"]
    assert set(answer["required"]) == {
        "id",
        "status",
        "question",
        "quotes",
        "notice",
        "urgent",
        "suggestions",
        "markdown",
    }

    seen = set()
    for question in ("Can stem cells cause cancer?", "What is the capital of France?", "crushing chest pain now", ""):
        response = client.post("/api/ask", json={"question": question})
        Answer.model_validate(response.json(), strict=True)
        seen.add(response.json()["status"])
    assert seen == {"answered", "no_match", "urgent", "invalid"}
    Answer.model_validate(client.get("/api/ask").json(), strict=True)  # 405
    answered = client.post("/api/ask", json={"question": "Can stem cells cause cancer?"}).json()
    rated = client.post("/api/feedback", json={"answer_id": answered["id"], "rating": "up"})
    assert rated.status_code == 200
    Recorded.model_validate(rated.json(), strict=True)
    Answer.model_validate(client.post("/api/feedback", json={"rating": "sideways"}).json(), strict=True)


def test_other_methods_on_feedback_get_405_in_the_answer_shape(client) -> None:  # type: ignore[no-untyped-def]
    """A 404 on /api/feedback means "no answer with that id" (seventh outside trial: GET and DELETE got 404)."""
    from bot.api_schema import Answer

    for method, path in (("GET", "/api/feedback"), ("DELETE", "/api/feedback"), ("POST", "/api/feedback/")):
        response = client.request(method, path)
        assert response.status_code == 405 and response.headers["allow"] == "POST", (method, path)
        Answer.model_validate(response.json(), strict=True)
        assert "POST /api/feedback" in response.json()["markdown"]


def test_a_link_to_the_chat_previews_as_the_chat_not_as_gradio(client: TestClient) -> None:
    """Ninth outside trial, D13: Gradio's own og: and twitter: tags came first, so a shared link previewed as "Gradio –
    Click to try out the app!"."""
    import re

    from bot.widget import TITLE

    page = client.get("/").text
    titles = re.findall(r'<meta property="og:title" content="([^"]*)"', page)
    assert titles == [TITLE], titles
    assert "Click to try out the app!" not in page and 'content="Gradio"' not in page
    assert 'name="description"' in page and "<script" in page  # the page itself is whole
