"""Screening: unusable input is refused with a clear message; red flags are caught, negations are not."""

from __future__ import annotations

import pytest

from bot.errors import InvalidQuestion
from bot.screen import CRISIS, EMERGENCY, SOON, clean_question, find_urgency


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", "type a question"),
        ("   \n\t ", "type a question"),
        ("x" * 1001, "1,001 characters"),
        ("cancer\x00?", "control characters"),
        ("bad\u202eorder", "control characters"),
        ("<script>alert(1)</script>", "HTML tags"),
        ("?!?! 123", "any words"),
        (None, "as text"),
        (42, "as text"),
    ],
)
def test_unusable_questions_are_refused_with_a_reason(raw: object, words: str) -> None:
    with pytest.raises(InvalidQuestion) as err:
        clean_question(raw, 1000)
    assert words in str(err.value)


@pytest.mark.parametrize(
    "raw",
    [
        "  Can stem cells cause cancer?  ",
        "x" * 999 + "?",
        "Is **swelling** normal?",
        "¿Células madre y cáncer?",
        "pain < 3 days?",
    ],
)
def test_ordinary_questions_pass_trimmed(raw: str) -> None:
    assert clean_question(raw, 1000) == raw.strip()


@pytest.mark.parametrize(
    ("question", "tier"),
    [
        ("I got stem cells yesterday and now I have chest pain and can't breathe", EMERGENCY),
        ("chest pian and shortnes of breath", EMERGENCY),
        ("my calf is swollen and hot and I'm suddenly short of breath", EMERGENCY),
        ("high fever and the injection site is oozing pus", EMERGENCY),
        ("sudden weakness on one side of my body and slurred speech", EMERGENCY),
        ("her face is drooping since the infusion", EMERGENCY),
        ("my throat is swelling up after the shot", EMERGENCY),
        ("I passed out after the procedure", EMERGENCY),
        ("worst headache of my life after the spinal injection", EMERGENCY),
        ("I don't want to live anymore", CRISIS),
        ("thinking about killing myself", CRISIS),
        ("I have been hurting myself", CRISIS),
        ("I have a mild fever after the injection", SOON),
        ("my leg is swollen and painful since the treatment", SOON),
    ],
)
def test_red_flags_are_caught_with_their_tier(question: str, tier: str) -> None:
    found = find_urgency(question)
    assert found is not None and found.tier == tier, (question, found)
    assert found.message


@pytest.mark.parametrize(
    "question",
    [
        "no chest pain, just a bit sore",
        "I don't have a fever or any trouble breathing",
        "I'm not suicidal, just worried about tumors",
        "Can stem cell therapy cause blood clots?",
        "Is there a risk of pulmonary embolism?",
        "Will the injection hurt?",
        "my knee is swollen after the injection",
        "brain fog after treatment",
    ],
)
def test_look_alikes_and_negations_are_not_emergencies(question: str) -> None:
    found = find_urgency(question)
    assert found is None or found.tier == SOON, (question, found)


def test_negation_does_not_cross_a_clause() -> None:
    found = find_urgency("no fever, but now I have chest pain")
    assert found is not None and found.tier == EMERGENCY
