"""The second urgency reader: a message read against its nearest reviewed precedents (bot/precedents.py)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import KnowledgeError
from bot.precedents import CLOSE_ENOUGH, NEAREST, Precedent, Precedents, parse, precedents, stored_vectors
from bot.screen import find_urgency
from bot.settings import BUNDLED_MODEL

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _bank(labels: list[tuple[bool, str]], vectors: np.ndarray) -> Precedents:
    items = tuple(Precedent(text=f"p{i}", urgent=u, triage=t, source=f"source {i}") for i, (u, t) in enumerate(labels))
    return Precedents(items, vectors)


def _axis(i: int, dim: int = 8) -> np.ndarray:
    v = np.zeros(dim, np.float32)
    v[i] = 1.0
    return v


def _near(i: int, j: int, weight: float = 0.2, dim: int = 8) -> np.ndarray:
    return _axis(i, dim) + weight * _axis(j, dim)


def test_a_message_whose_five_nearest_precedents_are_all_emergencies_is_read_as_one() -> None:
    vectors = np.stack([_near(0, k + 1) for k in range(5)] + [_axis(7)] * 3)
    bank = _bank([(True, "emergency")] * 5 + [(False, "soon")] * 3, vectors)
    reading = bank.read(_axis(0))
    assert reading is not None and reading.tier == "emergency"
    assert len(reading.nearest) == NEAREST
    assert "reads like 5 reviewed emergency messages" in reading.explain() and "source 0" in reading.explain()


def test_one_calm_precedent_among_the_five_nearest_means_no_reading() -> None:
    vectors = np.stack([_near(0, k + 1) for k in range(5)] + [_axis(7)] * 3)
    bank = _bank([(True, "emergency")] * 4 + [(False, "self-care")] + [(False, "soon")] * 3, vectors)
    assert bank.read(_axis(0)) is None


def test_precedents_too_far_away_say_nothing() -> None:
    """'write me a poem about the sea' has no near precedent: whatever is nearest says nothing of it."""
    far = np.stack([_near(1, k + 2, 0.1) for k in range(5)] + [_axis(7)] * 3)
    bank = _bank([(True, "emergency")] * 5 + [(False, "soon")] * 3, far)
    message = _axis(0) + 0.3 * _axis(1)  # cosine to each precedent about 0.29, below CLOSE_ENOUGH
    assert float(far[0] @ message / np.linalg.norm(far[0]) / np.linalg.norm(message)) < CLOSE_ENOUGH
    assert bank.read(message) is None


def test_crisis_precedents_give_the_crisis_line() -> None:
    vectors = np.stack([_near(0, k + 1) for k in range(5)] + [_axis(7)] * 3)
    bank = _bank([(True, "crisis")] * 3 + [(True, "emergency")] * 2 + [(False, "soon")] * 3, vectors)
    reading = bank.read(_axis(0))
    assert reading is not None and reading.tier == "crisis"


def test_too_few_precedents_read_nothing() -> None:
    bank = _bank([(True, "emergency")] * 4, np.stack([_axis(0)] * 4))
    assert bank.read(_axis(0)) is None


@settings(max_examples=200, deadline=None)
@given(
    labels=st.lists(st.booleans(), min_size=NEAREST, max_size=20),
    seed=st.integers(min_value=0, max_value=2**31 - 1),
)
def test_a_reading_always_rests_on_urgent_precedents_and_is_the_same_every_time(labels: list[bool], seed: int) -> None:
    rng = np.random.default_rng(seed)
    vectors = rng.normal(size=(len(labels), 6)).astype(np.float32)
    bank = _bank([(u, "emergency" if u else "soon") for u in labels], vectors)
    message = rng.normal(size=6).astype(np.float32)
    reading = bank.read(message)
    assert reading == bank.read(message)  # deterministic
    if reading is not None:
        assert all(p.urgent for p in reading.nearest) and len(reading.nearest) == NEAREST


def test_a_broken_precedents_line_names_its_line() -> None:
    good = json.dumps({"text": "a", "urgent": True, "triage": "emergency", "source": "s"})
    with pytest.raises(KnowledgeError, match="line 2"):
        parse(good + "\n{not json\n")
    with pytest.raises(KnowledgeError, match="line 1"):
        parse(json.dumps({"text": "no label"}))


def test_every_precedent_has_its_source_and_an_urgent_tier() -> None:
    items = precedents()
    assert len(items) > 1000
    assert all(p.source.strip() and p.text.strip() for p in items)
    assert {p.triage for p in items if p.urgent} <= {"emergency", "crisis"}
    assert sum(p.urgent for p in items) > 300


def test_no_held_out_line_is_a_precedent() -> None:
    """The precedents come from tuning halves only: a held-out line is never read against itself."""
    texts = {p.text.strip().casefold() for p in precedents()}
    held = [
        json.loads(line)["question"].strip().casefold()
        for path in DATA.glob("*/heldout.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert held and not texts.intersection(held)


def test_the_stored_vectors_are_those_of_the_file_as_it_is() -> None:
    """Edit bot/data/precedents.jsonl and this fails until `python tests/data/precedents.py` is run again."""
    vectors = stored_vectors(BUNDLED_MODEL)
    assert vectors is not None and vectors.shape == (len(precedents()), 384)
    assert stored_vectors("another-model") is None


@pytest.mark.parametrize(
    "message",
    [
        # Written for this test, with no phrase of the red flags: a story of rigors, pain and confusion, and intent
        # said with a pronoun ("tonight it all ends for me"; "make it all stop", the first wording here, is a red flag
        # since 2026-12-05).
        "Woke up at 4am shaking with cold, stomach pain coming in waves, and now I feel really confused",
        "Nothing matters anymore and tonight it all ends for me",
    ],
)
def test_the_real_model_reads_a_story_the_red_flags_miss(answerer, message: str) -> None:  # type: ignore[no-untyped-def]
    assert find_urgency(message) is None  # the red flags alone raise nothing
    answer = answerer.ask(message)
    assert answer.status == "urgent" and answer.urgent["tier"] in ("emergency", "crisis")


@pytest.mark.parametrize(
    "message",
    [
        "write me a poem about the sea",
        "What are the side effects of stem cell therapy?",
        "My knee is sore after the injection",
        "I have a mild headache after my stem cell injection",
        "hello",
    ],
)
def test_the_real_model_raises_nothing_for_calm_messages(answerer, message: str) -> None:  # type: ignore[no-untyped-def]
    assert answerer.ask(message).status != "urgent"


def test_a_red_flag_emergency_is_never_lowered(answerer) -> None:  # type: ignore[no-untyped-def]
    message = "I have crushing chest pain spreading to my left arm"
    assert find_urgency(message) is not None
    assert answerer.ask(message).urgent["tier"] == "emergency"


def test_a_long_message_refused_as_too_long_is_still_read_against_the_precedents(answerer) -> None:  # type: ignore[no-untyped-def]
    """Crisis posts are often longer than a question may be; the refusal must not hide the crisis line."""
    message = (  # written for this test: no phrase of the red flags
        "I don't really know why I'm writing this. Everything has been falling apart for months. I lost my "
        "job in the spring, and then my partner left, and I've been living on my sister's sofa since. I "
        "stopped answering my friends a long time ago because I have nothing to say to them. Every morning I "
        "wake up and I feel heavier than the day before. I have tried the things people tell you to try, the "
        "walks, the journaling, the doctor who gave me pills that made me feel like cotton wool. None of it "
        "touches the emptiness. Tonight I feel strangely calm, calmer than I have felt in a long time, "
        "because I have decided that I'm done. I've written a note for my sister and put my things in order. "
        "I just wanted someone to know that I tried for a really long time. I'm so tired of being a burden on "
        "everyone around me and I think they will be better off once I'm gone. I'm sorry for anyone who has "
        "to read this and I'm sorry that I couldn't be stronger. Nothing matters anymore and tonight I'm "
        "going to make it all stop."
    )
    # Its words of a burden and of being better off gone are red flags since 2026-12-05 (Samaritans, 988).
    assert len(message) > answerer.settings.max_question_chars and find_urgency(message) is not None
    answer = answerer.ask(message)
    assert answer.status == "urgent" and answer.urgent["tier"] == "crisis"
    assert "shorter" in (answer.message or "") or "long" in (answer.message or "")


def test_a_long_crisis_post_with_no_red_flag_is_read_against_the_precedents(answerer) -> None:  # type: ignore[no-untyped-def]
    """The same path when no red flag names the crisis: a reviewed crisis precedent that the flags miss (an outside
    post, "i ve got exactly 23 days of life left ..."), sent twice over so that it is too long to be a question."""
    post = next(p.text for p in precedents() if p.text.startswith("i ve got exactly 23 days of life left"))
    message = " ".join([post] * (1 + answerer.settings.max_question_chars // len(post)))
    assert len(message) > answerer.settings.max_question_chars and find_urgency(message) is None
    answer = answerer.ask(message)
    assert answer.status == "urgent" and answer.urgent["tier"] == "crisis"


def test_a_long_calm_message_is_only_refused(answerer) -> None:  # type: ignore[no-untyped-def]
    message = "What are the side effects of stem cell therapy for my knee? " * 30
    assert answerer.ask(message).status == "invalid"


def test_a_sign_the_red_flags_lowered_is_not_raised_again_by_the_precedents(answerer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The list lowers an emergency sign told of someone already in a hospital's care, or gone on for weeks, to "see a
    doctor today" by a published criterion; precedents all of emergencies must not undo that (triage21's tuning
    half: "Dad is in the hospital today ... He suddenly couldn't move his right arm" got 911). A message the flags
    raise nothing for is still read against them."""
    from bot.precedents import Reading

    class AlwaysEmergencies:
        def read(self, vector):  # type: ignore[no-untyped-def]
            return Reading(tier="emergency", nearest=precedents()[:5])

    from bot.answer_cache import AnswerCache

    monkeypatch.setattr(answerer, "precedents", AlwaysEmergencies())
    monkeypatch.setattr(answerer, "answers", AnswerCache())  # nothing answered before this test is reused
    lowered = "Dad is in the hospital today. He suddenly couldn't move his right arm."
    found = find_urgency(lowered)
    assert found is not None and found.tier == "soon" and found.lowered
    assert answerer.ask(lowered).urgent["tier"] == "soon"
    # a "soon" flag the list did not lower, and a message with no flag, are still read against the precedents
    assert answerer.ask("I've had new numbness in my right hand for a few days").urgent["tier"] == "emergency"
    assert answerer.ask("something feels very wrong with my father tonight").urgent["tier"] == "emergency"
