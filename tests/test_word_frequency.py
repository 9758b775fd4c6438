"""The cached English word frequencies answer exactly as wordfreq does, at every level a caller compares with."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import zipf_frequency

from bot.word_frequency import FLOOR, at_least, zipf

LEVELS = [FLOOR, 2.5, 3.0]


@pytest.fixture(autouse=True, scope="module")
def own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Derived into a folder of this module's own (not the user's cache), then read back from it."""
    import os

    from bot import word_frequency

    saved = os.environ.get("FAQBOT_CACHE_DIR")
    os.environ["FAQBOT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    word_frequency._english.cache_clear()
    word_frequency.zipf.cache_clear()
    word_frequency._english()
    word_frequency._english.cache_clear()  # so the tests read what was written
    yield
    word_frequency._english.cache_clear()
    word_frequency.zipf.cache_clear()
    if saved is None:
        del os.environ["FAQBOT_CACHE_DIR"]
    else:
        os.environ["FAQBOT_CACHE_DIR"] = saved  # readings (English, common) and rarity (rare words)


DATA = Path(__file__).resolve().parent / "data"


def question_words() -> list[str]:
    words: set[str] = set()
    for path in sorted(DATA.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                question = json.loads(line).get("question", "")
            except (ValueError, AttributeError):
                continue
            if isinstance(question, str):
                words.update(w.strip('.,;:!?"()[]').lower() for w in question.split())
    return sorted(w for w in words if w)


def agrees(word: str) -> bool:
    return all(at_least(word, level) == (zipf_frequency(word, "en") >= level) for level in LEVELS)


def test_every_word_of_every_question_set_reads_as_wordfreq_reads_it() -> None:
    words = question_words()
    assert len(words) > 5000
    assert [w for w in words if not agrees(w)] == []


@pytest.mark.parametrize("word", ["the", "fever", "brething", "lidocaine", "cancún", "don't", "covid19", "Fever"])
def test_words_of_every_shape(word: str) -> None:
    assert agrees(word)
    if zipf_frequency(word, "en") >= FLOOR:
        assert zipf(word) == zipf_frequency(word, "en")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.from_regex(r"[a-z]{1,10}", fullmatch=True))
def test_any_text(word: str) -> None:
    assert agrees(word)


def test_levels_below_the_kept_floor_are_refused() -> None:
    with pytest.raises(ValueError):
        at_least("word", FLOOR - 0.5)
