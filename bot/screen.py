"""Screen a question before retrieval: is it usable, and does it describe an emergency?

The urgency check is deliberately deterministic: the reviewed list of red flags in ``bot/data/red_flags.yaml``,
applied by ``bot/flags.py`` and ``bot/flag_list.py`` (typos, word forms, negation, "not now" context, precedence by the list's order).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from bot.errors import InvalidQuestion, NotEnglish
from bot.flag_list import rules
from bot.general import general_health
from bot.language import OTHER_SCRIPT_REPLY, foreign_language, not_english_reply, other_script
from bot.precedents import Precedents

EMERGENCY = "emergency"
CRISIS = "crisis"
SOON = "soon"
log = logging.getLogger("faqbot")
PRECEDENTS = "precedents"  # the flag of an urgency read from the nearest precedents, not from a red flag

# What each tier says first, as (title, body) Markdown. Numbers and helplines are links a phone can tap.
ALERTS = {
    EMERGENCY: (
        "This may be a medical emergency",
        "Call your local emergency number now: [911](tel:911) in the US and Canada, [112](tel:112) in the EU, "
        "[999](tel:999) in the UK, [000](tel:000) in Australia; or go to the nearest emergency department. "
        "Do not wait for an answer here, and do not drive yourself.",
    ),
    CRISIS: (
        "You don't have to face this alone",
        # every number in the first lines: in a chat log 300 px tall (the inline iframe on a phone) the crisis lines
        # had been below the fold, after the emergency numbers and two sentences (twelfth outside trial)
        "Crisis lines: [988](tel:988) (US, call or text), [116 123](tel:116123) (UK and Ireland), "
        "[findahelpline.com](https://findahelpline.com) (elsewhere). Emergency: [911](tel:911), [112](tel:112), "
        "[999](tel:999), [000](tel:000). "
        "If you have taken an overdose or hurt yourself, or might act on these thoughts, call your local emergency "
        "number now; if it is someone else, stay with them if it is safe and call. You can talk to a crisis line any "
        "time, also about someone you are worried about.",
    ),
    SOON: (
        "Please contact your doctor or the clinic that treated you today",
        "If these symptoms get worse, or you develop chest pain, trouble breathing or a high fever, call your "
        "local emergency number.",
    ),
}
# An emergency sign told of someone already in a hospital's care ("writing from my hospital bed, just got sudden
# crushing chest pain"): not "contact your doctor today" but the staff there, now (third independent review of the
# fifteenth session; worded for a relative too, "my mum is in hospital, she is weak on the left": the fourth). Its tier
# stays "soon": no ambulance is needed to reach a ward; IN_CARE names its alert, not a tier.
IN_CARE = "in care"
ALERTS[IN_CARE] = (
    "Tell the nurses or doctors on the ward about this now",
    "Use the call button or speak to the staff caring for the patient straight away; do not wait for an answer here. "
    "If no one is in a hospital, call your local emergency number: [911](tel:911), [112](tel:112), [999](tel:999), "
    "[000](tel:000).",
)
MESSAGES = {alert: f"**{title}.** {body}" for alert, (title, body) in ALERTS.items()}


def alert_of(tier: str, in_care: bool = False) -> str:
    """The key of ``ALERTS`` (and ``MESSAGES``) a sign of this tier is shown with: the ward's for one in care."""
    return IN_CARE if in_care else tier


# The numbers again, for a message the red flags cannot read (another language): tappable, whatever it says.
HELP_LINKS = (
    "Emergency: [911](tel:911) · [112](tel:112) · [999](tel:999) · [000](tel:000) — "
    "crisis lines: [988](tel:988) · [116 123](tel:116123) · [findahelpline.com](https://findahelpline.com)"
)

# Characters refused in a question: control characters (tab and newlines aside) and the bidirectional overrides
# that make text display differently from what it says. Zero-width joiners, variation selectors and marks
# that emoji sequences and right-to-left scripts need are accepted.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Invisible characters that split a word they stand in: zero-width space, word joiner, byte-order mark, soft hyphen.
# The zero-width joiners stay: they make emoji sequences ("👨\u200d⚕️") and some scripts' letters.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?\s*>")  # also read by bot/markup.py
_FULLWIDTH = re.compile(r"[\uff01-\uff5e]")  # fullwidth forms of ASCII, as typed with an East Asian keyboard
# Markdown links and images, read as their text, and web addresses, left out: "cause ![x](http://a/b.png)
# seizures?" was answered with the introduction, where "cause seizures?" gets "doesn't mention seizures" (seventh
# outside trial). The words of an address are not the question's.
# (a target may hold one level of parentheses, as CommonMark allows: "[x](javascript:alert(1))" was left whole; twelfth
# outside trial)
_MARKDOWN_LINK = re.compile(r'!?\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)')
_WEB_ADDRESS = re.compile(r"<?\b(?:https?://|www\.)[^\s<>()]+>?", re.IGNORECASE)


@dataclass(frozen=True)
class Urgency:
    """A red flag found in the question: its tier, what was recognised, and what to tell the user."""

    tier: str
    flag: str
    message: str
    because: str = ""  # for the log: which precedents an urgency read from them rests on
    about: str = ""  # the red flag's class of signs ("infection and fever"): the section named by it is quoted first
    lowered: bool = False  # an emergency sign the list itself lowered (in a hospital's care, gone on for weeks)
    in_care: bool = False  # lowered because the person is in a hospital's care: tell the staff there now

    @property
    def title(self) -> str:
        return ALERTS[self._alert][0]

    @property
    def body(self) -> str:
        return ALERTS[self._alert][1]

    @property
    def _alert(self) -> str:
        return alert_of(self.tier, self.in_care)

    def as_dict(self) -> dict[str, str]:
        return {"tier": self.tier, "message": self.message}


def clean_question(raw: object, max_chars: int) -> str:
    """The question trimmed, or InvalidQuestion with a message the user can act on."""
    if not isinstance(raw, str):
        raise InvalidQuestion("Please send your question as text.")
    # "can\u200bcer" is "cancer" (tenth outside trial: "The article doesn't mention “cer”")
    question = _INVISIBLE.sub("", raw).strip()
    if not question:
        raise InvalidQuestion("Please type a question, for example: “Can stem cells cause cancer?”")
    if len(question) > max_chars:
        raise InvalidQuestion(
            f"Your question is {len(question):,} characters long; please shorten it to {max_chars:,} characters or "
            "fewer and ask about one thing at a time."
        )
    if _SURROGATE.search(question):
        raise InvalidQuestion(
            "Your question contains broken characters (an incomplete emoji or symbol, perhaps from copying and "
            "pasting). Please retype it."
        )
    if _CONTROL.search(question):
        raise InvalidQuestion(
            "Your question contains invisible control characters (perhaps from copying and pasting). "
            "Please retype it as plain text."
        )
    if HTML_TAG.search(question):
        raise InvalidQuestion("Please ask in plain words: HTML tags such as <b> or <script> are not accepted.")
    question = read_as_text(question)
    if not has_words(question):
        raise InvalidQuestion("I couldn't find any words in your question. Please ask it in words.")
    if other_script(question):
        raise NotEnglish(OTHER_SCRIPT_REPLY)
    if _FULLWIDTH.search(question):
        question = unicodedata.normalize("NFKC", question)  # "Ｃａｎ ｓｔｅｍ ｃｅｌｌｓ…" is "Can stem cells…"
    language = foreign_language(question)
    if language:
        raise NotEnglish(not_english_reply(language))
    return question


def read_as_text(question: str) -> str:
    """The question with its Markdown links and images read as their text and web addresses left out."""
    if "](" not in question and "www." not in question.lower() and "://" not in question:
        return question
    text = _WEB_ADDRESS.sub(" ", _MARKDOWN_LINK.sub(r"\1", question))
    text = re.sub(r"\(\s*\)", " ", text)  # the brackets an address was in
    return re.sub(r"[ \t]{2,}", " ", text).strip()


SCREEN_LIMIT = 20_000  # characters of a refused message that are still read for red flags


def urgency_of_refused(raw: object) -> Urgency | None:
    """An emergency or crisis in a message refused as too long or malformed.

    People in crisis write long messages (a post of 1,000–1,200 characters is common) and paste text with odd
    characters; the refusal must not hide the crisis line or the emergency number. The first ``SCREEN_LIMIT``
    characters are read, with broken and control characters read as spaces. A "see a doctor today" flag is
    left for the shortened question: it does not need an answer before the user can act on the refusal."""
    text = readable_part(raw)
    if not text:
        return None
    if foreign_language(text):  # the English flags misread its words ("cellules"); those written in it may not
        return urgency_in_other_language(text)
    found = find_urgency(text)
    return found if found is not None and found.tier != SOON else None


def urgency_in_other_language(raw: object) -> Urgency | None:
    """An emergency or crisis in a message refused as not English, read by the flags written in other languages
    only (``other_languages``: "no puedo respirar", "ich will mich umbringen"); the English flags misread such words.
    Tenth outside trial: a Spanish or German emergency got the English-only reply, not the alert."""
    text = readable_part(raw)
    found = rules().in_other_languages.find(text) if text else None
    if found is None or found.flag.tier == SOON:
        return None
    return Urgency(tier=found.flag.tier, flag=found.flag.id, message=MESSAGES[found.flag.tier])


def readable_part(raw: object) -> str:
    """What of a refused message can still be read: its first ``SCREEN_LIMIT`` characters, broken and control
    characters as spaces."""
    if not isinstance(raw, str):
        return ""
    return _CONTROL.sub(" ", _SURROGATE.sub(" ", raw[:SCREEN_LIMIT])).strip()


def has_words(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def find_urgency(question: str) -> Urgency | None:
    """The most serious red flag of the reviewed list (bot/data/red_flags.yaml) that the question raises; a "see a
    doctor today" flag in a general question that names no one, and any flag but a crisis in a one-sentence question
    whether something can happen (bot/data/general_health.yaml), raise nothing."""
    finding = rules().find(question)
    if finding is None:
        return None
    if finding.flag.tier == SOON and general_health().asks_of_no_one(question):
        return None  # "How common is DVT?": a general question names no one to send to a doctor today
    if finding.flag.tier != CRISIS and general_health().asks_if_possible(question):
        return None  # "Can stem cell injections cause paralysis?" asks whether it can happen; nothing is happening
    log.info("urgent %s: red flag %s", finding.flag.tier, finding.flag.id)  # never the reader's words: logs are kept
    return Urgency(
        tier=finding.flag.tier,
        flag=finding.flag.id,
        message=MESSAGES[alert_of(finding.flag.tier, finding.in_care)],
        about=finding.flag.cls,
        lowered=finding.lasting,
        in_care=finding.in_care,
    )


def urgency_of_precedents(known: Precedents, vector: np.ndarray) -> Urgency | None:
    """The alert for a message that the red flags let through but whose nearest reviewed precedents were all
    emergencies or crises (``bot/precedents.py``); None when they were not. The log says what it rests on."""
    reading = known.read(vector)
    if reading is None:
        return None
    urgency = Urgency(tier=reading.tier, flag=PRECEDENTS, message=MESSAGES[reading.tier], because=reading.explain())
    log.info("urgent %s: %s", urgency.tier, urgency.because)
    return urgency
