"""Highlights answer the question: a sentence that advertises the publisher is never the highlighted one."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.indexer import build_index
from bot.knowledge import parse_text
from bot.promotion import promotes
from bot.retriever import Retriever
from bot.store import load_index
from tests.conftest import KNOWLEDGE
from tests.fakes import HashEmbedder

PUBLISHER = "Regenamex"


@pytest.mark.parametrize(
    "sentence",
    [
        "Choosing a reputable provider like Regenamex, which follows strict ethical and medical standards, is crucial.",
        "Clinics like Regenamex prioritize patient safety by employing highly trained professionals.",
        "If you are considering stem cell therapy, contact Regenamex today.",
        "Our team of dedicated medical professionals will provide personalized guidance.",
        "At our clinic we use only lab-tested cells.",
    ],
)
def test_sentences_that_advertise_the_publisher(sentence: str) -> None:
    assert promotes(sentence, PUBLISHER)


@pytest.mark.parametrize(
    "sentence",
    [
        "In this blog, we will explore the possible complications associated with stem cell treatments.",
        "Patients should seek providers that utilize ethically sourced, lab-tested cells.",
        "A clinic’s reputation and the credentials of its doctors all play a role in minimizing side effects.",
        "Patients with pre-existing cardiovascular conditions should discuss the risks with their healthcare provider.",
    ],
)
def test_sentences_that_inform(sentence: str) -> None:
    assert not promotes(sentence, PUBLISHER)


def test_the_publisher_comes_from_front_matter() -> None:
    doc = parse_text("---\ntitle: T\npublisher: Acme Clinic\n---\n\n## Risks\n\nAt Acme Clinic, risks are low.\n", "a")
    assert doc.passages[0].publisher == "Acme Clinic"
    assert promotes("Book now with ACME  clinic!", "Acme Clinic") and not promotes("Acme was here.", "Acme Clinic")


ARTICLE = """---
title: Choosing a clinic
publisher: Acme Clinic
---

## Choosing a clinic

Choose a clinic with good hygiene. Choosing a reputable clinic like Acme Clinic keeps you safe. Ask about the source of the cells.

## Advertising

Contact Acme Clinic today. Our team will help you choose.
"""


def test_retriever_never_highlights_advertising(tmp_path: Path) -> None:
    """With a fake embedder the advertising sentence is the closest one, and still is not highlighted."""
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "clinics.md").write_text(ARTICLE, encoding="utf-8")
    embedder = HashEmbedder()
    build_index(knowledge, tmp_path / "index", embedder)
    retriever = Retriever(load_index(tmp_path / "index"))
    question = "Choosing a reputable clinic like Acme Clinic keeps you safe"
    retrieval = retriever.search(question, embedder.encode([question])[0], k=2)
    texts = {
        h.passage.section: [h.passage.text[s - h.passage.start : e - h.passage.start] for s, e in h.highlights]
        for h in retrieval.hits
    }
    assert texts["Choosing a clinic"] and not any("Acme" in t for t in texts["Choosing a clinic"]), texts
    assert texts["Advertising"] == []  # nothing in it informs


def _highlighted(markdown: str) -> list[str]:
    return [m for m in re.findall(r"\*\*(.+?)\*\*", markdown, re.DOTALL) if len(m) > 40]


@pytest.mark.integration
def test_recommend_a_clinic_over_the_api_highlights_no_advertising(server_url: str) -> None:
    import httpx

    body = httpx.post(f"{server_url}/api/ask", json={"question": "Can you recommend a clinic?"}, timeout=60).json()
    assert body["status"] == "no_match" and body["quotes"] == []
    assert "can't recommend" in body["markdown"] and PUBLISHER not in body["markdown"]
    assert set(body) >= {"status", "quotes", "notice", "suggestions", "markdown"}


@pytest.mark.integration
def test_recommend_a_clinic_without_scope_lists_still_highlights_no_advertising(tmp_path: Path) -> None:
    """Even when no list refuses it, the bot quotes the clinic passages without highlighting the advertising."""
    from bot.answerer import Answerer
    from bot.settings import Settings

    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    (knowledge / "out_of_scope.yaml").unlink()
    (knowledge / "out_of_scope_examples.txt").unlink()
    answerer = Answerer(Settings(knowledge_dir=knowledge, index_dir=tmp_path / "index", rate_limit="0")).prepare()
    for question in ["Can you recommend a clinic?", "is regenamex a good clinic", "Which clinic should I choose?"]:
        answer = answerer.ask(question)
        assert answer.quotes, question
        assert not any(PUBLISHER in h or "Our team" in h for h in _highlighted(answer.markdown)), answer.markdown


@pytest.mark.integration
@pytest.mark.parametrize(
    "question",
    ["Should I contact Regenamex?", "who is regenamex", "tell me about REGENAMEX", "how do i get in touch with regenamex"],
)
def test_a_question_about_the_publisher_itself_quotes_no_advert(answerer, question: str) -> None:  # type: ignore[no-untyped-def]
    """Ninth outside trial: these quoted "contact Regenamex today" as the answer. The publisher, named in the front
    matter, gets no opinion and no quote, whatever the question's wording."""
    answer = answerer.ask(question)
    assert answer.status == "no_match" and not answer.quotes, answer.markdown
    assert "Regenamex publishes the article I quote" in answer.markdown and answer.notice in answer.markdown


@pytest.mark.integration
def test_a_question_naming_the_publisher_and_a_side_effect_is_answered(answerer) -> None:  # type: ignore[no-untyped-def]
    answer = answerer.ask("Does Regenamex mention blood clots?")
    assert answer.status == "answered" and answer.quotes[0].section == "5. Blood Clots and Pulmonary Embolism"
