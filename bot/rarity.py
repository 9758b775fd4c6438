"""Rare words no article mentions: a question about something the articles never name is not answered.

A hand list of conditions (``knowledge/conditions.txt``) only knows the names someone wrote down. Here any word
of a question counts when it is rare in English (wordfreq's Zipf scale: below ``RARE_ZIPF``, i.e. fewer than about
one use in a million words: "lidocaine", "sciatica", "cortisone", a brand of pill) and no article or concept uses
it, its stem, a word it starts with, or a word one typing slip away. Ordinary words ("safest", "risky") are never
rare enough to count, and misspellings of the articles' own words are forgiven.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from bot.readings import within_one_edit
from bot.word_frequency import at_least, zipf

# Measured on the tuning half of tests/data/real_questions with dev and calibration: 3.0 refuses 5 more
# out-of-scope tuning questions and no answerable one; 3.5 also refuses "stem cell transplants".
RARE_ZIPF = 3.0
MIN_LENGTH = 4
# The shortest word that counts: three letters, so that the name of a drug or supplement given as an abbreviation
# ("side effects of dnp", "hgh") is a name the articles lack. A short word is known only when written as the articles
# write it (its stem is too often another word's: "hiv" and "hives").
SHORTEST = 3


def is_rare(word: str) -> bool:
    """Rarer in English than ``RARE_ZIPF``."""
    return not at_least(word, RARE_ZIPF)


def plain_words(text: str) -> list[str]:
    """Lower-case words without accents or contractions ("Cancún" -> "cancun"; "aren't" is left out)."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    if not folded.isascii():  # only accented letters leave combining marks (skipped: a whole vocabulary is long)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in re.findall(r"[a-z]+(?:'[a-z]+)?", folded) if "'" not in w]


def unknown_rare_word(
    question: str,
    known_words: frozenset[str],
    known_stems: frozenset[str],
    stem: Callable[[str], str],
    skip: Callable[[str], bool] = lambda _word: False,
) -> str | None:
    """The first rare word of the question that no article or concept knows and ``skip`` does not pass over (a word
    of another language in an English question: "mi madre has chest pain"), or None."""
    for word in plain_words(question):
        if len(word) < SHORTEST or not is_rare(word) or is_known(word, known_words, known_stems, stem) or skip(word):
            continue
        if any(not is_rare(base) for base in compared_from(word)):
            continue  # "redder", "puffier": a common word compared, no term the articles lack (thirteenth trial)
        return word
    return None


# A word almost never written (below ``SLIP_ZIPF``) one typing slip from a word this common is probably that word
# misspelt ("diffrence", 1.6, "difference" 5.0): the refusal says so, so that the reader can ask again (fifteenth
# outside trial). A name in real use is not ("statins", 2.6, is no slip of "stations").
EVERYDAY_ZIPF = 4.5
SLIP_ZIPF = 2.0
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def everyday_word_near(word: str) -> str | None:
    """The commonest everyday word (Zipf ``EVERYDAY_ZIPF`` or more) one typing slip from ``word`` (a letter left
    out, added, changed, or two swapped), or None; None also for a word written often enough to be a word of its
    own."""
    if at_least(word, SLIP_ZIPF):
        return None
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    near = {a + b[1:] for a, b in splits if b}
    near |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    near |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    near |= {a + c + b for a, b in splits for c in _LETTERS}
    near.discard(word)
    common = [w for w in near if at_least(w, EVERYDAY_ZIPF)]
    return max(common, key=lambda w: (zipf(w), w)) if common else None


def compared_from(word: str) -> list[str]:
    """The words a comparative or superlative may be made from: "redder" red, "larger" large, "puffier" puffy,
    "warmest" warm; none for a word without those endings."""
    for suffix in ("est", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: -len(suffix)]
            forms = [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                forms.append(base[:-1])  # redder, bigger, hotter
            if base.endswith("i"):
                forms.append(base[:-1] + "y")  # puffier, itchier
            return forms
    return []


def is_known(word: str, known_words: frozenset[str], known_stems: frozenset[str], stem: Callable[[str], str]) -> bool:
    """Whether the articles or concepts use the word, another form of it, or a word one typing slip away."""
    if word in known_words:
        return True
    if len(word) < MIN_LENGTH:
        # a short word's stem is too often another word's ("hiv" and "hives"); but two letters swapped is a typing
        # slip of a word the articles use ("hte" for "the", "adn" for "and")
        return _letters(word) in _short_letters(known_words)
    # a known stem of MIN_LENGTH letters or more that the word starts with: one of the word's own prefixes
    if stem(word) in known_stems or any(word[:i] in known_stems for i in range(MIN_LENGTH, len(word) + 1)):
        return True  # another form of a word the articles use ("riskier")
    return any(abs(len(k) - len(word)) <= 1 and within_one_edit(word, k) for k in known_words)  # a typing slip


def _letters(word: str) -> str:
    """The word's letters in order: the same for a word and its anagrams."""
    return "".join(sorted(word))


@lru_cache(maxsize=4)
def _short_letters(known_words: frozenset[str]) -> frozenset[str]:
    """The letters of every known word shorter than ``MIN_LENGTH``: made once per vocabulary, not per question."""
    return frozenset(_letters(k) for k in known_words if len(k) < MIN_LENGTH)
