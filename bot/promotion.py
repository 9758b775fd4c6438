"""Advertising in an article: sentences that promote a provider instead of answering a question.

An article may be published by a clinic that advertises itself in its text ("Choosing a reputable provider like
<publisher>…", "contact <publisher> today", "Our team will…"). Such a sentence is never chosen as the highlight of
a quote: it does not answer anyone's question. The publisher comes from the article's front matter
(``publisher:``); without one, only a provider speaking of itself ("our team", "contact us") is recognised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.readings import normalise

# A provider speaking of itself or asking to be contacted: no article about side effects says this to inform.
_SELF = re.compile(
    r"\b(?:contact us|call us|email us|visit us|our (?:team|clinics?|doctors|physicians|specialists|experts|staff|"
    r"cent(?:er|re)s?|facility|facilities|patients|services?|treatments?|programs?|programmes?)|at our|with us|"
    r"book (?:a|your) (?:consultation|appointment)|schedule (?:a|your) (?:consultation|appointment))\b"
)


@lru_cache(maxsize=64)
def _name(publisher: str) -> re.Pattern[str] | None:
    words = re.findall(r"\w+", normalise(publisher))
    return re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)") if words else None


def promotes(sentence: str, publisher: str = "") -> bool:
    """Whether the sentence names the article's publisher or is a provider speaking of itself."""
    return bool(_SELF.search(normalise(sentence))) or names_publisher(sentence, publisher)


def names_publisher(text: str, publisher: str) -> bool:
    """Whether the text names the publisher (its words in order, whole words, any case)."""
    name = _name(publisher)
    return name is not None and name.search(normalise(text)) is not None


PUBLISHER_REPLY = (
    "{publisher} publishes the article I quote, and I don't give opinions of it, nor recommend clinics, doctors, other "
    "providers or clinical trials. Ask your doctor about any provider you consider."
)
