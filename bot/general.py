"""General health questions: about a condition in general, not about the treatment the articles discuss.

"Who is most likely to get a DVT?" shares its words with the section on blood clots, and retrieval would quote
it as the answer; but the article names DVT only as a possible side effect of stem cell therapy. Such a question
gets "The article covers blood clots and pulmonary embolism only as a possible side effect of stem cell therapy",
status no_match, with that section offered as a suggestion. So does a message that names no treatment at all and
is nearest to a numbered side effect ("Is tingling normal?", a cough told without the treatment): the article says
nothing about the symptom apart from the treatment. The words are data (``bot/data/general_health.yaml``); what
makes a question general is explained there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from bot.word_pattern import fold, word_count, word_pattern

DATA = "general_health.yaml"
KEYS = ("about_treatment", "other_causes", "treatment_in_passing", "asks_in_general", "about_the_risks")
OPTIONAL = (
    "risk_factors",
    "conditions",
    "asks_about_me",
    "refers_back",
    "asks_the_article",
    "known_after_effects",
    "in_other_senses",
    "about_someone",
    "any_injection",
)
# A question in one sentence: no sentence ends before its last words
_ONE_SENTENCE = re.compile(r"^[^.!?;\n]*[.!?;]*\s*$")


def _pattern(words: list[str]) -> re.Pattern[str]:
    return word_pattern(words) or re.compile(r"(?!)")  # an emptied list matches nothing


def _opening(words: list[str]) -> re.Pattern[str]:
    """The words at the very start of the message."""
    found = word_pattern(words)
    return re.compile(r"^\s*(?:" + found.pattern + ")") if found else re.compile(r"(?!)")


@dataclass(frozen=True)
class GeneralHealth:
    about_treatment: re.Pattern[str]
    other_causes: re.Pattern[str]
    treatment_in_passing: re.Pattern[str]
    asks_in_general: re.Pattern[str]
    about_the_risks: re.Pattern[str]
    risk_factors: re.Pattern[str]
    conditions: re.Pattern[str]
    asks_about_me: re.Pattern[str]
    refers_back: re.Pattern[str]
    asks_the_article: re.Pattern[str]
    in_other_senses: re.Pattern[str]
    any_injection: re.Pattern[str]
    about_someone: re.Pattern[str]
    known_after_effects: re.Pattern[str]
    examples: dict[str, list[str]]
    short_question_words: int = 0
    opens_asking_if: re.Pattern[str] = re.compile(r"(?!)")  # asks_if_possible.opens_with, at the very start
    asks_if: re.Pattern[str] = re.compile(r"(?!)")  # asks_if_possible.asks
    asks_if_unless: re.Pattern[str] = re.compile(r"(?!)")  # asks_if_possible.unless
    asks_if_of_me: re.Pattern[str] = re.compile(r"(?!)")  # asks_if_possible.of_me.opens_with, at the very start
    of_me_person: re.Pattern[str] = re.compile(r"(?!)")  # asks_if_possible.of_me.person
    after_unnamed: re.Pattern[str] = re.compile(r"(?!)")  # "2 days after," : a time after something not named

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> GeneralHealth:
        missing = [k for k in KEYS if not data.get(k)]
        if missing:
            raise ValueError(f"{DATA}: missing {', '.join(missing)}")
        patterns = {k: _pattern(list(data[k])) for k in KEYS}
        optional = {k: _pattern(list(data.get(k) or [])) for k in OPTIONAL}
        short = data.get("short_question_words") or 0
        if not isinstance(short, int) or isinstance(short, bool) or short < 0:
            raise ValueError(f"{DATA}: short_question_words must be a whole number of words, not {short!r}")
        asks_if = data.get("asks_if_possible") or {}
        if not isinstance(asks_if, dict) or set(asks_if) - {"opens_with", "asks", "unless", "of_me"}:
            raise ValueError(
                f"{DATA}: asks_if_possible takes 'opens_with', 'asks' and 'unless' (lists of words) and 'of_me'"
            )
        of_me = asks_if.get("of_me") or {}
        if not isinstance(of_me, dict) or set(of_me) - {"opens_with", "person"}:
            raise ValueError(f"{DATA}: asks_if_possible.of_me takes 'opens_with' and 'person' (lists of words)")
        times = word_pattern(list(data.get("after_unnamed") or []))
        return cls(
            **patterns,
            **optional,
            examples=dict(data.get("examples") or {}),
            short_question_words=short,
            opens_asking_if=_opening(list(asks_if.get("opens_with") or [])),
            asks_if=_pattern(list(asks_if.get("asks") or [])),
            asks_if_unless=_pattern(list(asks_if.get("unless") or [])),
            asks_if_of_me=_opening(list(of_me.get("opens_with") or [])),
            of_me_person=_pattern(list(of_me.get("person") or [])),
            after_unnamed=re.compile(times.pattern + r"\s+after\s*(?:[,.;:!?)]|$)") if times else re.compile(r"(?!)"),
        )

    def is_general(self, question: str, any_injection: bool = True) -> bool:
        """True when the question asks about a condition in general, not about the treatment.

        ``any_injection``: whether a procedure named with "a" or "an" ("after an injection") makes it general. It
        does for the reply; it does not for lowering a "see a doctor today" sign ("fever after an injection" tells
        of someone's fever, whoever's injection it was)."""
        text = fold(question)
        if self.about_treatment.search(text):
            return False
        if self._another_cause(text, any_injection):
            return True
        if self.treatment_in_passing.search(text) or self.refers_back.search(text) or self.after_unnamed.search(text):
            return False
        if self.risk_factors.search(text):
            return True
        if self.about_the_risks.search(text) or self.asks_about_me.search(text):
            return False
        return bool(self.asks_in_general.search(text) or self.conditions.search(text))

    def names_another_cause(self, question: str) -> bool:
        """True when the question names another cause or treatment, or a procedure of any kind ("a shot"), and not
        stem cells or the treatment: "Are there any side effects of PRP therapy?" asks about PRP."""
        text = fold(question)
        return not self.about_treatment.search(text) and self._another_cause(text)

    def _another_cause(self, text: str, any_injection: bool = True) -> bool:
        return bool(self.other_causes.search(text) or (any_injection and self.any_injection.search(text)))

    def asks_of_no_one(self, question: str) -> bool:
        """True for a general question that names no one ("How common is DVT?"): a "see a doctor today" sign would
        be said to no one."""
        return self.is_general(question, any_injection=False) and not self.about_someone.search(fold(question))

    def asks_if_possible(self, question: str) -> bool:
        """True for a yes/no question, in one sentence naming no one, whether something can happen ("Can stem cell
        injections cause paralysis?"): a warning sign in it is asked about, not told of."""
        text = fold(question)
        if not _ONE_SENTENCE.match(text) or self.asks_if_unless.search(text):
            return False
        if self.opens_asking_if.search(text) and self.asks_if.search(text) and not self.about_someone.search(text):
            return True
        # "Could stem cells paralyze me?": what the treatment might do to the writer, who tells of nothing else
        return bool(
            self.asks_if_of_me.search(text)
            and self.of_me_person.search(text)
            and (self.about_treatment.search(text) or self.treatment_in_passing.search(text))
            and not self.about_someone.search(self.of_me_person.sub(" ", text))
        )

    def names_no_treatment(self, question: str) -> bool:
        """True when the message names no treatment at all and does not ask for the article itself ("Tell me about
        ..."), unless it is a short question (at most ``short_question_words`` words) that points back to the
        treatment ("Who should avoid it?"), asks about risks or the reader's own chances, or speaks of an after-effect
        as already known ("Will the puffiness go away?"). In a longer message those words belong to what the writer
        tells of ("the pain will stop", "I didn't get a chance"): a symptom asked about in general, or the writer's
        own illness told without the treatment."""
        text = self.in_other_senses.sub(" ", fold(question))
        if any(
            words.search(text)
            for words in (self.about_treatment, self.treatment_in_passing, self.asks_the_article, self.after_unnamed)
        ):
            return False
        if word_count(text) > self.short_question_words:
            return True
        return not any(
            words.search(text)
            for words in (self.refers_back, self.about_the_risks, self.asks_about_me, self.known_after_effects)
        )


@lru_cache(maxsize=1)
def general_health() -> GeneralHealth:
    text = resources.files("bot.data").joinpath(DATA).read_text(encoding="utf-8")
    return GeneralHealth.from_data(yaml.safe_load(text))


def reply(section_topic: str) -> str:
    """What the bot says to a general question whose nearest section is ``section_topic`` (no list number)."""
    words = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in section_topic.split())
    return (
        f"The article covers {words} only as a possible side effect of stem cell therapy, not in general: "
        "ask your doctor about this."
    )


# What the bot says when a broad question about side effects names another treatment ("Are there any side effects
# of PRP therapy?"): the article's list is of stem cell therapy's.
OTHER_TREATMENT = (
    "The article lists the side effects of stem cell therapy, not of other treatments: ask your doctor, or whoever "
    "offers the treatment, about its side effects."
)
