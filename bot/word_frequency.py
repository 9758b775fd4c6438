"""How common an English word is, on wordfreq's Zipf scale (about 3 is one use in a million words).

Two checks read it: a word not ordinary English may be a misspelt red-flag word (``bot/readings.py``), and a
word rare in English that no article names means a question the articles do not cover (``bot/rarity.py``).
Importing wordfreq and reading its English list takes about 0.2 s, which every `faqbot ask` paid; the words of
that list at ``FLOOR`` or above, with their Zipf values as wordfreq gives them, are kept in the disk cache
(``bot/disk_cache.py``, keyed by wordfreq's version) and read back in about 40 ms. A word of plain lower-case
letters is looked up there (wordfreq reads such a word as one token, so the value is wordfreq's own); anything
else (accents, digits, apostrophes) is asked of wordfreq itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.metadata import version

FLOOR = 1.5  # the lowest Zipf value any caller compares with; below it a word reads "rarer than FLOOR"
_PLAIN = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _english() -> dict[str, float]:
    from bot.disk_cache import cached

    return cached("wordfreq-en", [version("wordfreq"), str(FLOOR)], _from_wordfreq)


def _from_wordfreq() -> dict[str, float]:
    from wordfreq import get_frequency_dict, zipf_frequency

    words = (w for w in get_frequency_dict("en", wordlist="large") if _PLAIN.fullmatch(w))
    return {w: z for w in words if (z := float(zipf_frequency(w, "en"))) >= FLOOR}


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "en")``, exact at ``FLOOR`` and above; below it, some value under FLOOR."""
    if _PLAIN.fullmatch(word):
        return _english().get(word, 0.0)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def at_least(word: str, level: float) -> bool:
    """Whether the word is at least this common in English (``level`` >= ``FLOOR``)."""
    if level < FLOOR:
        raise ValueError(f"only Zipf levels of {FLOOR} or more are kept, not {level}")
    return zipf(word) >= level
