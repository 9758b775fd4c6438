"""Redaction: personal details removed from free text before anything is written to the database.

The kinds, patterns, word lists and examples are data (``bot/data/redaction.yaml``, reviewed by people);
this module compiles them. Phone numbers are found by the ``phonenumbers`` library (Google's libphonenumber)
as well as by pattern, and first names come from the US census list shipped by the ``names`` package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.errors import FaqbotError
from bot.word_frequency import at_least

RULES_FILE = Path(__file__).resolve().parent / "data" / "redaction.yaml"
KINDS = ("email", "url", "phone", "record", "date", "age", "address", "name")
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# A capitalised word after a name is a surname when it is rarer than this in English (wordfreq's Zipf scale): "Raman",
# "Adeyemi", not "From" or "Said"
RARE_NAME = 3.5
ABBREVIATED_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "st"})


@dataclass(frozen=True)
class Example:
    kind: str
    text: str
    redact: bool  # True: must be changed by this kind; False: must come through unchanged


@dataclass(frozen=True)
class Redactor:
    """Compiled rules; ``redact(text)`` returns the text with each personal detail replaced by ``[KIND]``."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    phone_regions: tuple[str, ...]
    placeholder: str
    titles: frozenset[str]
    intros: tuple[str, ...]
    relatives: frozenset[str]
    also_words: frozenset[str]
    first_names: frozenset[str]
    last_names: frozenset[str]
    examples: tuple[Example, ...]

    def redact(self, text: str) -> str:
        for kind in KINDS:
            text = self.redact_kind(kind, text)
        return text

    def redact_kind(self, kind: str, text: str) -> str:
        mark = self.placeholder.format(kind=kind.upper())
        if kind == "phone":
            text = self._phones(text, mark)
        if kind == "name":
            return self._names(text, mark)
        for k, pattern in self.patterns:
            if k == kind:
                text = pattern.sub(mark, text)
        return text

    def _phones(self, text: str, mark: str) -> str:
        import phonenumbers

        spans: list[tuple[int, int]] = []
        for region in self.phone_regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
                spans.append((match.start, match.end))
        return _replace(text, spans, mark)

    def _names(self, text: str, mark: str) -> str:
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        lowered = text.lower()
        # A title in Title Case ("Will Blood Clots Go Away on Their Own?") capitalises every word, so a capital is
        # no sign of a name there: an ordinary word ("Will") is then a name only after a cue, whatever follows it.
        long_words = [w for _s, _e, w in words if len(w) > 3]
        title_case = len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)
        spans: list[tuple[int, int]] = []
        for i, (start, end, word) in enumerate(words):
            if text[max(0, start - 1) : start] == "[":  # a placeholder left by an earlier kind
                continue
            low = word.lower().strip("'")
            before = lowered[max(0, start - 24) : start].rstrip()
            previous = words[i - 1][2].lower().rstrip(".") if i else ""
            listed = low.upper() in self.first_names and low not in self.also_words
            gap = text[words[i - 1][1] : start] if i else ""
            # a title right before the word ("Dr Patel", "Dr. Patel"), not across a sentence ("a doctor. He"), and
            # not an abbreviation in capitals that a title is written like ("a Controversial MS Therapy": multiple
            # sclerosis; real_questions10)
            shouted = i > 0 and len(words[i - 1][2]) > 1 and words[i - 1][2].isupper() and not text.isupper()
            titled = not shouted and (
                (previous in self.titles and gap.strip() == "")
                or (previous in ABBREVIATED_TITLES and gap.strip() == ".")
            )
            cue = (
                titled
                and word[0].isupper()
                and low not in self.also_words
                or previous in self.relatives
                and listed
                or any(before.endswith(intro) for intro in self.intros)
                # a common English word in capitals after the intro is shouting, not a name: "I am ALLERGIC TO
                # PENICILLIN" (real_questions11: the allergy was stored as a name). Written "I'm River" or "I'm
                # Blessing Okafor", a common word may be a name, and goes (review30)
                and (word[0].isupper() and low not in self.also_words and not _shouted_word(word, low) or listed)
            )
            capitalised_name = word[0].isupper() and word[1:].islower() and word.upper() in self.first_names
            next_word = words[i + 1][2] if i + 1 < len(words) else ""
            surname_follows = (
                bool(next_word)
                and next_word[0].isupper()
                # a surname the census lacks, after a name a cue gave: not an ordinary word ("Raman", "Adeyemi",
                # "O'Sullivan"; fourteenth outside trial: they were kept)
                and (
                    next_word.upper() in self.last_names
                    or bool(cue or capitalised_name)
                    and not at_least(next_word.lower(), RARE_NAME)
                )
                and next_word.lower() not in self.also_words
                and text[end : words[i + 1][0]].strip() == ""
            )
            if cue or (capitalised_name and (low not in self.also_words or (surname_follows and not title_case))):
                stop = end
                if surname_follows:
                    stop = words[i + 1][1]
                spans.append((start, stop))
        return _replace(text, spans, mark)

    def check(self) -> list[str]:
        """Every example that does not behave as the file says: ``kind: text -> result``."""
        problems = []
        for example in self.examples:
            result = self.redact_kind(example.kind, example.text)
            changed = result != example.text
            if changed != example.redact:
                want = "redacted" if example.redact else "kept"
                problems.append(f"{example.kind}: {example.text!r} should be {want}, got {result!r}")
        return problems


def _shouted_word(word: str, low: str) -> bool:
    """A common English word written in capitals ("ALLERGIC"): shouting, not a name."""
    return len(word) > 1 and word.isupper() and at_least(low, RARE_NAME)


def _replace(text: str, spans: list[tuple[int, int]], mark: str) -> str:
    if not spans:
        return text
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out, last = [], 0
    for start, end in merged:
        out += [text[last:start], mark]
        last = end
    return "".join(out + [text[last:]])


def _census_names(file: str) -> frozenset[str]:
    """Names from the census lists of the ``names`` package (one upper-case name per line, then figures)."""
    import names

    path = Path(names.__file__).resolve().parent / file
    return frozenset(line.split()[0] for line in path.read_text().splitlines() if line.strip())


def _alternation(words: list[Any]) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))


def load_redactor(path: Path = RULES_FILE) -> Redactor:
    """Compile the rules file; a mistake in it is a FaqbotError naming the kind and pattern."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FaqbotError(f"{path}: cannot read the redaction rules: {exc}") from exc
    months = _alternation(data["date"]["months"])
    street_types = _alternation(data["address"]["street_types"])
    patterns: list[tuple[str, re.Pattern[str]]] = []
    examples: list[Example] = []
    for kind in KINDS:
        section = data.get(kind) or {}
        for raw in section.get("patterns", []):
            source = str(raw).replace("{month}", f"(?:{months})").replace("{street_type}", f"(?:{street_types})")
            try:
                patterns.append((kind, re.compile(source)))
            except re.error as exc:
                raise FaqbotError(f"{path}: {kind}: pattern {raw!r} is not a valid regex: {exc}") from exc
        examples += [Example(kind, t, True) for t in section.get("must_redact", [])]
        examples += [Example(kind, t, False) for t in section.get("must_keep", [])]
    names = data["name"]
    return Redactor(
        patterns=tuple(patterns),
        phone_regions=tuple(data["phone"].get("regions", [])),
        placeholder=str(data.get("placeholder", "[{kind}]")),
        titles=frozenset(str(t).lower() for t in names["titles"]),
        intros=tuple(str(t).lower() for t in names["intros"]),
        relatives=frozenset(str(t).lower() for t in names["relatives"]),
        also_words=frozenset(str(t).lower() for t in names["also_words"]),
        first_names=_census_names("dist.male.first") | _census_names("dist.female.first"),
        last_names=_census_names("dist.all.last"),
        examples=tuple(examples),
    )


@cache
def default_redactor() -> Redactor:
    return load_redactor()


def redact(text: str) -> str:
    """``text`` with names, e-mail addresses, phone numbers, addresses, dates, ages and record numbers replaced."""
    return default_redactor().redact(text)
