"""How the red-flag engine reads a message's words and numbers, before any flag is matched.

- Words: Unicode folded, lower case, straight apostrophes; stems from the Snowball stemmer (PyStemmer), so
  "hurts", "hurting" and "hurt" read alike; typos of the list's own words put right, but only for words that
  are not ordinary English (wordfreq), so "brething" reads "breathing" while "fitting" stays "fitting".
- Numbers: a temperature of 38 °C / 100.4 °F and up reads "fever", 39.4 °C / 103 °F and up "high fever"; vital
  signs beyond the reviewed limits of bot/data/vital_signs.yaml read as words ("very low oxygen", by
  bot/vital_signs.py); a dose five or more times the one meant reads "five times the dose", ten or more tablets
  taken at once "too many tablets", a pain score of 7/10 or more "severe pain", and a pregnancy of 20 to 36 weeks
  "preterm pregnancy".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from bot.vital_signs import read_vital_signs, vital_signs
from bot.word_frequency import at_least

_TEMPERATURE = re.compile(
    r"\b(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|degrees?|deg)?\s*(c|f|celsius|centigrade|fahrenheit)?\b(?!\s*(?:%|mg|ml|kg|lb|mmhg|years?|yrs?|days?|hours?|minutes?|mins?|weeks?|months?|times?|x)\b)"
)
_VITAL_LABEL = re.compile(
    r"\b(?:rr|hr|bp|spo2|sats?|pulse|resp\w*|heart rate|breathing rate|blood pressure|o2)\)?\s*(?:of|is|was|at|:|=)?\s*$"
)
_TEMPERATURE_CONTEXT = re.compile(r"\b(temp\w*|fever\w*|thermometer|degrees?|°|º|celsius|fahrenheit)")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


# Words the Snowball stemmer reads wrongly for the red flags: irregular plurals it leaves apart from their singular
# ("calves" is "calv", never "calf"), and a word it folds into another ("several" is "sever", as "severe" is:
# "several stomach aches this week" read as a severe stomach ache).
_OWN_STEM = {"calves": "calf", "feet": "foot", "teeth": "tooth", "children": "child", "several": "several"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if word.endswith("*"):
        return word  # a prefix is matched as written
    if word in _OWN_STEM:
        return _OWN_STEM[word]
    if word.endswith("'ll"):
        return word  # "i'll" is what will come, not "i'm" (both were "i"): "scared i'll have a stroke" is a fear
    word = word.replace("'", "") if word.endswith(("n't", "'t")) else word.split("'")[0]
    if word in _OWN_STEM:  # "children's" as "children"
        return _OWN_STEM[word]
    return str(_stemmer().stemWord(word))


_GLUED_SENTENCE = re.compile(r"(?<=[a-z])([.!?])(?=[A-Z][a-z])")
_GLUED_TITLE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z'’])")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def normalise(text: str) -> str:
    """Lower case, plain apostrophes, no invisible characters; words glued at a sentence or title boundary are
    pulled apart ("illusion.Ive", "blow my brains outIt's": a title pasted onto its post)."""
    text = unicodedata.normalize("NFKC", text)
    text = _GLUED_SENTENCE.sub(r"\1 ", text)
    text = _GLUED_TITLE.sub(". ", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").replace("´", "'")
    text = _INVISIBLE.sub("", text)
    text = _LOST_NOT.sub(r"\1't", text)
    text = _LOST_HAVE.sub(r"\1'\2", text)
    text = _LOST_IS.sub(r"\1's", text)
    return _SPACES.sub(" ", text)


# Contractions whose apostrophe was lost on the way, as in scraped posts: "i don t want to live", "i m a burden",
# "i ve had enough", "it s over". Only a pronoun or a negative verb before a lone letter pair: nothing else reads so.
_LOST_NOT = re.compile(
    r"\b(can|don|won|isn|wasn|didn|doesn|haven|hasn|hadn|wouldn|couldn|shouldn|aren|weren|ain|mustn)\s+t\b"
)
_LOST_HAVE = re.compile(r"\b(i|you|we|they)\s+(m|ve|ll|re|d)\b")
_LOST_IS = re.compile(r"\b(it|that|there|he|she|what|who|everything|nothing)\s+s\b")


_UNIT = r"(?:mg|mcg|µg|g|ml|units?|iu|tablets?|pills?|capsules?|doses?|puffs?|patches)"
_WHO = r"(?:i|he|she|they|we|you|mum|mom|dad)"
_DOSE = re.compile(
    rf"\b(\d+(?:\.\d+)?)\s*({_UNIT})?(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:instead of|rather than|not)\s+"
    rf"(?:the\s+|my\s+|his\s+|her\s+)?(\d+(?:\.\d+)?)\s*({_UNIT})?\b"
)
# "took 40 units when I should have taken 4", "injected 50 units, I was supposed to inject 5"
_DOSE_MEANT = re.compile(
    rf"\b(\d+(?:\.\d+)?)\s*({_UNIT})?(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?,?\s+(?:when|but|and|while)?\s*{_WHO}?\s*"
    rf"(?:should have|should've|was supposed to|were supposed to|was meant to|were meant to|meant to|only needed|needed)"
    rf"\s+(?:take|taken|inject|injected|give|given|have|had|use|used)?\s*(?:only\s+)?(\d+(?:\.\d+)?)\s*({_UNIT})?\b"
)
# "meant to take 4 units but took 40"
_DOSE_MEANT_FIRST = re.compile(
    rf"\b(?:meant to|supposed to|should have|should've|prescribed)\s+(?:take|taken|inject|injected|give|given|have|use)?\s*"
    rf"(\d+(?:\.\d+)?)\s*({_UNIT})?(?:\s+of\s+[a-z]+)?,?\s+(?:but|and)\s+(?:{_WHO}\s+)?(?:accidentally\s+)?"
    rf"(?:took|take|injected|inject|gave|give|used|had|swallowed)\s+(\d+(?:\.\d+)?)\s*({_UNIT})?\b"
)
_NUMBER_WORDS = {
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "hundred": 100,
}
# "ten times the intended dose", "10x my usual amount", "20 times what the doctor prescribed"
_TIMES = re.compile(
    r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s*(?:x|times|-fold|fold)\s+"
    r"(?:(?:the|my|his|her|their|your)\s+(?:(?:intended|prescribed|normal|usual|recommended|right|correct|daily|regular|"
    r"insulin|[a-z]+'s)\s+){0,2}(?:dose|doses|dosage|amount)\b|what\s+(?:the doctor|the pharmacist|the label|"
    r"i was|he was|she was|they were|was)\s+(?:prescribed|told|recommended|says|said))"
)


# "I took 20 paracetamol", "she swallowed about 30 of her sleeping pills": more tablets at once than a whole day's
# dose reads "too many tablets". NHS, Paracetamol for adults: at most 8 x 500 mg tablets in 24 hours, and "Go to
# A&E if you've taken more than the maximum daily dose ... even if you feel well"
# (https://www.nhs.uk/medicines/paracetamol-for-adults/); NHS, Ibuprofen for adults: at most 6 x 200 mg tablets a
# day over the counter (https://www.nhs.uk/medicines/ibuprofen-for-adults/). So ten or more tablets at one time,
# not a count over a day, a week or a course ("12 tablets a day", "10 tablets so far").
TABLETS_AT_ONCE = 10
_COUNT_WORDS = {
    **_NUMBER_WORDS,
    "eleven": 11,
    "fourteen": 14,
    "sixteen": 16,
    "eighteen": 18,
    "forty": 40,
    "sixty": 60,
    "dozen": 12,
    "a dozen": 12,
}
_TABLETS = re.compile(
    r"\b(?:took|taken|swallowed|downed|ate|eaten|popped|necked|gave (?:him|her|them|me)|given (?:him|her|them|me))\s+"
    r"(?:about |around |like |maybe |over |at least |almost |nearly |roughly |approx |approximately )?"
    r"(\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")\s+"
    r"(?:(?:of|my|his|her|their|the|extra|more)\s+){0,2}(?:[a-z-]+\s+)?"  # "of her", "sleeping"
    r"(?:pills?|tablets?|capsules?|caps|paracetamols?|acetaminophen|tylenol|panadol|ibuprofen|advil|"
    r"nurofen|motrin|aspirin|co-codamol|codeine|tramadol|naproxen|diazepam|valium|xanax|benadryl|antidepressants?|"
    r"painkillers?|sleeping pills?|sleeping tablets?)\b"
    r"(?!(?:\s+of(?:\s+(?:my|his|her|their|the))?\s+[a-z-]+)?\s+(?:a day|per day|each day|every day|daily|a week|per week|over|so far|in total|this week|for the course))"
)


# "my pain is 8/10", "8 out of 10": on the 0-10 numeric rating scale, 7 to 10 is severe pain (Boonstra et al.,
# Cut-off points for mild, moderate, and severe pain on the numeric rating scale, Pain 2014;155:2545;
# https://doi.org/10.1016/j.pain.2014.09.014); read as the words "severe pain".
SEVERE_PAIN_SCORE = 7
_PAIN_SCORE = re.compile(r"\b(10|[0-9])\s*(?:/|out of|outta)\s*10\b")
# "I'm 28 weeks pregnant", "34 weeks and my waters broke": a pregnancy of 20 to 36 weeks is preterm (NHS, Premature
# labour and birth: 'before 37 weeks'; https://www.nhs.uk/pregnancy/labour-and-birth/signs-of-labour/premature-labour-and-birth/)
# The pregnancy may also be named first, in the same sentence: "my waters broke and I'm only 30 weeks".
_GESTATION = re.compile(
    r"\b([1-4]?[0-9])\s*(?:weeks?|wks?)\b(?=[^.!?\n]{0,60}\b(?:pregnan\w*|waters?|contractions?|bump|baby)\b|\s+pregnan)"
    r"|\b(?:pregnant|waters|contractions)\b[^.!?\n]{0,60}?\b(?P<weeks>[1-4]?[0-9])\s*(?:weeks?|wks?)\b(?!\s+old)"
)
PRETERM = range(20, 37)  # weeks


def _pain_scores(text: str) -> str:
    """A pain score of 7/10 or more reads "severe pain" (see ``SEVERE_PAIN_SCORE``)."""

    def reading(match: re.Match[str]) -> str:
        return f"{match.group(0)} severe pain " if int(match.group(1)) >= SEVERE_PAIN_SCORE else match.group(0)

    return _PAIN_SCORE.sub(reading, text)


def _gestation(text: str) -> str:
    """A pregnancy of 20 to 36 weeks reads "preterm pregnancy" (see ``PRETERM``)."""

    def reading(match: re.Match[str]) -> str:
        weeks = match.group(1) or match.group("weeks")
        return f"{match.group(0)} preterm pregnancy " if int(weeks) in PRETERM else match.group(0)

    return _GESTATION.sub(reading, text)


def _tablet_counts(text: str) -> str:
    """Ten or more tablets taken at once read "too many tablets" (see ``TABLETS_AT_ONCE``)."""

    def reading(match: re.Match[str]) -> str:
        word = match.group(1)
        count = int(word) if word.isdigit() else _COUNT_WORDS.get(word, 0)
        return f"{match.group(0)} too many tablets " if count >= TABLETS_AT_ONCE else match.group(0)

    return _TABLETS.sub(reading, text)


def _doses(text: str) -> str:
    """A dose taken instead of another (or "when I should have taken" another), five or more times as much, reads
    "five times the dose"; so does a multiple of five or more of the dose meant ("ten times my usual dose")."""

    def reading(match: re.Match[str]) -> str:
        taken, meant = float(match.group(1)), float(match.group(3))
        if meant > 0 and taken / meant >= 5 and (match.group(2) or match.group(4)):
            return f"{match.group(0)} five times the dose "
        return match.group(0)

    def meant_first(match: re.Match[str]) -> str:
        meant, taken = float(match.group(1)), float(match.group(3))
        if meant > 0 and taken / meant >= 5 and (match.group(2) or match.group(4)):
            return f"{match.group(0)} five times the dose "
        return match.group(0)

    def times(match: re.Match[str]) -> str:
        word = match.group(1)
        factor = _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        return f"{match.group(0)} five times the dose " if factor >= 5 else match.group(0)

    text = _DOSE.sub(reading, text)
    text = _DOSE_MEANT.sub(reading, text)
    text = _DOSE_MEANT_FIRST.sub(meant_first, text)
    return _TIMES.sub(times, text)


# An age, not a temperature: "I'm 41", "aged 40", "40 years old", "a 39 yo"
_AGE_BEFORE = re.compile(r"\b(?:i'm|im|i am|he's|she's|he is|she is|aged|age|turned|turning)\s*$")
_AGE_AFTER = re.compile(r"\s*(?:-?\s*(?:years?|yrs?)\b|\s*(?:y/?o)\b)")


def _temperatures(text: str, points: dict[str, int]) -> str:
    """Readings of a fever as words: 38 °C / 100.4 °F and up is "fever", 39.5 °C / 103 °F and up "high fever", and
    37.5 to 38 °C is kept with "subfebrile" after it (the clinical word for it, which no other flag uses).
    The temperature's NEWS2 points go into ``points``."""

    def reading(match: re.Match[str]) -> str:
        value = float(match.group(1).replace(",", "."))
        unit = (match.group(2) or "")[:1]
        # 60 characters back: "temperature has gone from 36.9 this morning to 37.8"
        context = text[max(0, match.start() - 60) : match.end() + 15]
        if not unit and not _TEMPERATURE_CONTEXT.search(context):
            return match.group(0)
        if not unit and _VITAL_LABEL.search(text[max(0, match.start() - 14) : match.start()]):
            return match.group(0)  # "RR 40" next to "T 98°F" is a breathing rate, not a temperature
        if not unit and (
            _AGE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) or _AGE_AFTER.match(text, match.end())
        ):
            return match.group(0)  # "I'm 41, no fever": an age
        celsius = value if unit == "c" or (not unit and 34 <= value <= 43) else (value - 32) * 5 / 9
        if not 34 <= celsius <= 44:
            return match.group(0)
        points["temperature"] = max(points.get("temperature", 0), vital_signs().points("temperature", celsius))
        if celsius >= 39.4:  # 103 °F
            return " high fever "
        if celsius >= 38:
            return " fever "
        if celsius >= 37.5:
            # kept as written, with a word a flag can read beside it: 37.5 °C is the threshold of cancer centres'
            # hotlines for a patient on chemotherapy (The Christie NHS), not a fever for anyone else
            return f"{match.group(0)} subfebrile "
        return match.group(0)

    return _TEMPERATURE.sub(reading, text)


def within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _is_english(word: str) -> bool:
    return at_least(word, 1.5)


def _is_common(word: str) -> bool:
    return at_least(word, 2.5)


def corrected(word: str, vocabulary: frozenset[str]) -> str:
    """A misspelt list word put right: not ordinary English, and one edit from a list word of 5+ letters (or two
    letters swapped in a 4-letter one: "pian"; or a letter left out of a 5-letter one, the first kept: "chst",
    "fevr"); or its final g dropped, as said aloud: "breathin", "bleedin")."""
    if word.endswith("in") and word + "g" in vocabulary:
        return word + "g"
    if len(word) == 4 and word.isalpha() and word not in vocabulary and not _is_common(word):
        for candidate in sorted(vocabulary):
            if len(candidate) == 4 and sorted(candidate) == sorted(word) and within_one_edit(word, candidate):
                return candidate
        for candidate in sorted(vocabulary):
            if len(candidate) == 5 and candidate[0] == word[0] and within_one_edit(word, candidate):
                return candidate
        return word
    if len(word) < 5 or word in vocabulary or not word.isalpha() or _is_english(word):
        return word
    for candidate in sorted(vocabulary):
        if candidate[0] == word[0] and within_one_edit(word, candidate):
            return candidate
    return word


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_PAST = re.compile(
    r"\b(?<!born )(?<!born back )(?:(?:in|since|back in|during|around)\s+(?P<year>(?:19|20)\d\d)"
    rf"|back in\s+(?:{_MONTHS}|the spring|the summer|the autumn|the fall|the winter|the day|school|college|university)"
    r"|last\s+(?:spring|summer|autumn|fall|winter)"
    r"|when\s+(?:i|he|she|they|we)\s+(?:was|were)\s+(?:\d{1,2}|a teenager|a teen|a student|at school|in school|"
    r"at university|in college|at uni|little|small|young|younger))\b"
)


def _past(text: str) -> str:
    """A time in the past read as "years ago", the list's history cue: "I had a stroke in 2019", "back in March",
    "last summer", "when I was 19" (a year only when it is before this one)."""

    def reading(match: re.Match[str]) -> str:
        year = match.group("year")
        if year is not None and int(year) >= _this_year():
            return match.group(0)
        return f"{match.group(0)} years ago"

    return _PAST.sub(reading, text)


@lru_cache(maxsize=1)
def _this_year() -> int:
    import datetime

    return datetime.date.today().year


def read_measurements(text: str) -> str:
    """Temperatures, doses, vital signs and past times in a normalised text, read as the words the list uses."""
    points: dict[str, int] = {}  # NEWS2 points of the temperature, added to the other vital signs' points
    text = _temperatures(text, points)
    for reading in (_doses, _tablet_counts, _pain_scores, _gestation):
        text = reading(text)
    return _past(read_vital_signs(text, points))
