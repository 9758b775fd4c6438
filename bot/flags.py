"""Red flags: the engine that finds the reviewed list's flags in a message, deterministically.

The list is data a clinician reads and edits (``bot/data/red_flags.yaml``, read by ``bot/flag_list.py``); the
message's words and numbers are read by ``bot/readings.py``. Here:

1. The message is cut into sentences and clauses; plain phrases are read as the list's clinical words (its
   ``lay_terms``: "threw up" as "vomiting"); each word becomes its stem (typos of list words put right).
2. A flag matches on one of its ``phrases`` (words in order; filler words such as "my" and "the" skipped), or on
   ``together``: one entry of each word list within ``within`` words (across sentences too). ``also_needs`` asks for
   one more phrase, not denied, anywhere in the message; an ``unless`` phrase within five words of the match
   cancels it.
3. A match is dropped when a negation cue stands up to ``window`` words before it in its clause ("no chest
   pain") or it is an item of a denied list closed by "or"/"nor" ("no fever, stiff neck, or rash"), and an
   emergency or "soon" flag is dropped when its sentence is about the past or asks in general ("what are the signs
   of a stroke"), unless a ``present`` word puts it now ("today"), or asks what the flagged thing is ("what is a
   pulmonary embolism").
4. The first flag of the list that matches wins: the list's order is its precedence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path

from bot.readings import corrected, normalise, read_measurements, stem

RULES = Path(__file__).resolve().parent / "data" / "red_flags.yaml"
TIERS = ("crisis", "emergency", "soon")
UNLESS_REACH = 5  # an `unless` phrase cancels a match it overlaps or stands within this many words of (same statement)
# a reassurance ("are fine") denies a word it follows within this many words ("face and throat are")
REASSURED_REACH = 3
FILLERS = frozenset("my the a an his her their your our its this that some".split())
_SENTENCE = re.compile(r"[.!?;\n]+(?:\s|$)|\s+-\s+|\s*…\s*")
_DOTS = re.compile(r"(\.{2,}|…)")
_LAST_SENTENCE = re.compile(r"[.!?;\n]")


def _halting_joined(text: str) -> str:
    """Speech broken by dots into pieces of one or two words is one sentence: "can't... breathe... help" is "can't
    breathe help" (independent review of the twelfth session: each piece was read alone and nothing was found). Longer
    pieces keep their dots as a sentence's end."""
    pieces = _DOTS.split(text)
    out = [pieces[0]]
    for dots, after in zip(pieces[1::2], pieces[2::2]):
        before = _LAST_SENTENCE.split(out[-1])[-1]
        if len(before.split()) <= 2 and after[:1].isspace() and after.strip()[:1].isalpha():
            out[-1] = out[-1] + " " + after.lstrip()
        else:
            out.extend([dots, after])
    return "".join(out)


# Clause boundaries: a comma, a contrasting word, and "and" that starts a new statement ("... years ago and my face
# is drooping", "he doesn't eat and his lips are blue", "... 5 years ago and has chest pain"): the past and a
# negation stay in their clause. "Now" in "every now and then" and "now and again" is no boundary: it says how often.
_CLAUSE = re.compile(
    r"(,|\b(?:but|however|although|though|yet|except|whereas|(?<!every )now(?! and (?:then|again)\b))\b"
    r"|\band(?= (?:i|i'm|i've|my|he|he's|she|she's|his|her|we|they|their|it's|now|has|is|also)\b))"
)
# A negation stops at "and" followed by a new statement whose subject is one or two words with no "my" before its
# verb ("she didn't eat and lips were blue", "milk wasn't staying down and diapers were bone dry": triage27's tuning
# half). Only the negation: "my mouth and throat are fine" is one statement with two subjects.
_NEW_STATEMENT_VERBS = frozenset(
    {"is", "are", "was", "were", "looks", "looked", "seems", "seemed", "turned", "went", "became"}
)
_ARTICLES = frozenset({"the", "a", "an", "this", "that"})
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?\*?")


def _starts_statement(words: list[str], at: int) -> bool:
    """Whether the "and" at ``at`` starts a new statement: an article at most, one or two words, then a verb."""
    i = at + 1
    if i < len(words) and words[i] in _ARTICLES:
        i += 1
    return any(j < len(words) and words[j] in _NEW_STATEMENT_VERBS for j in (i + 1, i + 2))


@dataclass(frozen=True)
class LayVocabulary:
    """Plain words and their clinical word, read before any flag is matched, so that every flag written with the
    clinical word also hears the plain one ("threw up blood" is read "vomiting blood"; "fainted" "passed out").
    Flag terms are read the same way when the list is loaded, so a flag may be written in either vocabulary."""

    pairs: tuple[tuple[str, str], ...]  # (plain phrase, clinical phrase), as normalised words
    # (plain phrase, words that stop it being read so when right before it): "I sob every night" is crying
    not_after: tuple[tuple[str, frozenset[str]], ...] = ()
    # (plain phrase, the only words it may follow to be read so): "she is week on one side" is weak, "a bruise for a
    # week on my left arm" is not
    only_after: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def pattern(self) -> re.Pattern[str] | None:
        return _lay_pattern(self.pairs)

    def read(self, text: str) -> str:
        pattern = self.pattern
        if pattern is None:
            return text
        table = dict(self.pairs)
        guards = dict(self.not_after)
        needs = dict(self.only_after)

        def reading(m: re.Match[str]) -> str:
            plain = re.sub(r"[\s-]+", " ", m.group(0))
            found = _WORD_BEFORE.search(text, 0, m.start())
            before = found.group(1) if found is not None else None
            if plain in guards and before in guards[plain]:
                return m.group(0)
            if plain in needs and before not in needs[plain]:
                return m.group(0)
            return table[plain]

        return pattern.sub(reading, text)


_WORD_BEFORE = re.compile(r"([\w']+)[^\w']*$")


@cache
def _lay_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    if not pairs:
        return None
    plain = sorted({p for p, _ in pairs}, key=len, reverse=True)
    return re.compile(
        r"(?<![\w'])(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in plain) + r")(?![\w'])"
    )


@dataclass(frozen=True)
class Term:
    """A word or phrase of the list, as stems; a stem ending in '*' matches any word starting with it."""

    text: str
    stems: tuple[str, ...]

    @cached_property  # computed once per term (a frozen dataclass keeps it in its __dict__), not on every match
    def needs(self) -> frozenset[str]:
        """The stems that must all be in a sentence for the term to occur (prefixes aside)."""
        return _needs(self.stems)

    @cached_property
    def wants(self) -> frozenset[str]:
        """Its stems and prefixes ("kill*"), as a set: what a message must hold for the term to occur in it."""
        return frozenset(self.stems)


@dataclass(frozen=True)
class Flag:
    id: str
    tier: str
    cls: str
    source: str
    line: int
    phrases: tuple[Term, ...] = ()
    groups: tuple[tuple[Term, ...], ...] = ()
    within: int = 4
    also_needs: tuple[Term, ...] = ()
    unless: tuple[Term, ...] = ()
    must_flag: tuple[str, ...] = ()
    must_not_flag: tuple[str, ...] = ()
    # The match must take in a word that a pointing word ("this", "that") stood before, after an asking verb: "is
    # this a stroke" reads "is stroke", as "is stroke common" does, and only the first points at something here.
    pointed: bool = False
    # Written in other languages ("no puedo respirar"): also read in a message refused as not English, whose words
    # the English flags would misread.
    other_languages: bool = False

    @cached_property
    def phrase_wants(self) -> frozenset[frozenset[str]]:
        """What each of the phrases wants (``Term.wants``)."""
        return frozenset(t.wants for t in self.phrases)

    @cached_property
    def group_wants(self) -> tuple[frozenset[frozenset[str]], ...]:
        """What each term of each ``together`` list wants, list by list."""
        return tuple(frozenset(t.wants for t in group) for group in self.groups)

    def could_match(self, possible: set[frozenset[str]]) -> bool:
        """Whether the flag can match a message in which the terms wanting ``possible`` can occur: one of its
        phrases can, or a term of each ``together`` list can. Otherwise no sentence (nor the whole message)
        holds a span of it, so it need not be tried."""
        if not self.phrase_wants.isdisjoint(possible):
            return True
        return bool(self.groups) and all(not wants.isdisjoint(possible) for wants in self.group_wants)


@dataclass(frozen=True)
class Finding:
    """Which flag matched, and the words that matched it (for explanations and logs)."""

    flag: Flag
    words: str
    lasting: bool = False  # an emergency flag lowered to "soon" (gone on for weeks, weighing a treatment, in care)
    in_care: bool = False  # lowered because the person is in a hospital's care: the staff there, now


@dataclass(frozen=True)
class Lasting:
    """Words saying a symptom has gone on for a week or more: one of ``first`` (for, over) then one of ``second``
    (weeks, months) at most ``within`` words later, in the clause of the flag's match, not part of an ``unless``
    phrase ("weeks pregnant"); or, for some classes of flag, one of the ``recurring`` phrases there ("it comes and
    goes")."""

    first: tuple[Term, ...]
    second: tuple[Term, ...]
    within: int
    unless: tuple[Term, ...] = ()
    recurring: tuple[Term, ...] = ()  # "comes and goes", "from time to time": a symptom that keeps coming back
    recurring_classes: frozenset[str] = frozenset()  # the classes of flag that ``recurring`` lowers
    # signs that keep a ``recurring`` pattern an emergency when said with it ("subsides with rest, but I'm sweating")
    recurring_not_with: tuple[Term, ...] = ()

    def said_of(
        self,
        sentence: Sentence,
        span: tuple[int, int],
        cls: str = "",
        denied: Callable[[Sentence, int], bool] | None = None,
    ) -> bool:
        """Whether the cue stands in a clause of the matched words ``span``, or in a clause of the same list of
        symptoms ("sick for the last two weeks with sinus pain, hot flashes and a tight chest"). A ``recurring``
        phrase counts only for a flag of ``recurring_classes`` (``cls``), and not when ``denied`` ("no better with
        rest", "doesn't subside with rest": an independent review of the fourteenth session)."""
        clauses = set(sentence.clause_of[span[0] : span[1]])
        stems = sentence.stems

        def of_the_match(word: int) -> bool:
            return any(_listed_with(sentence, sentence.clause_of[word], c) for c in clauses)

        recurring = self.recurring if cls in self.recurring_classes else ()
        if recurring and any(_occurrences(t, stems) for t in self.recurring_not_with):
            recurring = ()  # a pattern that stops with rest, told with a heart attack's other signs (a second review)
        if any(
            of_the_match(s) and not (denied and denied(sentence, s))
            for t in recurring
            for s, _e in _occurrences(t, stems)
        ):
            return True
        blocked = [o for t in self.unless for o in _occurrences(t, stems)]
        for a_start, _a_end in (o for t in self.first for o in _occurrences(t, stems)):
            if not of_the_match(a_start):
                continue
            for b_start, b_end in (o for t in self.second for o in _occurrences(t, stems)):
                if 0 < b_start - a_start <= self.within and sentence.clause_of[b_start] == sentence.clause_of[a_start]:
                    if not any(_overlaps(o, (a_start, b_end)) for o in blocked):
                        return True
        return False


@dataclass(frozen=True)
class Explained:
    """A long-term condition named in the message (``conditions``: "ALS", "multiple sclerosis") that explains the
    signs of some classes of flag (``classes``): told without a word that they are ``new`` ("suddenly", "since the
    injection") or a ``present`` word ("today"), such a sign is the condition's, not an emergency ("my dad has ALS
    and slurred speech, can stem cells help?")."""

    conditions: tuple[Term, ...]
    classes: frozenset[str]
    new: tuple[Term, ...]

    def explains(self, stems: Tokens, cls: str) -> bool:
        """Whether the words ``stems`` of a message name one of the conditions, for a flag of class ``cls``, and no
        ``new`` word says the sign is new."""
        return (
            cls in self.classes
            and any(_occurrences(t, stems) for t in self.conditions)
            and not any(_occurrences(t, stems) for t in self.new)
        )


@dataclass(frozen=True)
class Seeking:
    """Words asking whether stem cells could help or treat what the message tells (``said``: "would stem cells help",
    "is stem cell therapy worth it"): such a reader lives with a long-standing problem and is weighing a treatment for
    it. An emergency sign of the ``classes`` listed, told without a ``present`` or a ``new`` word ("today",
    "suddenly", "since the injection"), asks for a doctor today rather than an ambulance ("my son has cerebral palsy
    and struggles to breathe at night, would stem cells help?")."""

    said: tuple[Term, ...]
    classes: frozenset[str]
    new: tuple[Term, ...]
    habitual: tuple[Term, ...] = ()  # "gets", "sometimes", "at night": the sign is told as a pattern, not an event

    def asks(self, stems: Tokens) -> bool:
        """Whether the words ``stems`` of a message ask so, and none says a sign is new (once per message)."""
        return any(_occurrences(t, stems) for t in self.said) and not any(_occurrences(t, stems) for t in self.new)

    def lowers(self, sentence: Tokens, cls: str) -> bool:
        """Whether a flag of class ``cls`` is lowered, in a message that ``asks``, because the sign's own sentence
        (``sentence``) tells it as a pattern: "she has had crushing chest pain for the last 30 minutes" is an event,
        whoever asks about stem cells (independent review of the twelfth session)."""
        return cls in self.classes and any(_occurrences(t, sentence) for t in self.habitual)


@dataclass(frozen=True)
class InCare:
    """Words saying the message's person is in a hospital's care now (``said``: "is in the ICU", "back in the
    hospital"), unless they wait to be seen there (``unless``: "waiting room"): an emergency sign of theirs asks for the
    doctors there, a doctor today, not an ambulance."""

    said: tuple[Term, ...]
    unless: tuple[Term, ...] = ()

    def holds(self, stems: Tokens) -> bool:
        return any(_occurrences(t, stems) for t in self.said) and not any(_occurrences(t, stems) for t in self.unless)


@dataclass(frozen=True)
class Topic:
    """Illnesses named as a topic (``names``): a message whose every word is one of the names or one of the ``words``
    of a question about it, with at least one word that ``asking`` about it ("pulmonary embolism risk", "how common is
    sepsis after the treatment"), describes no one and nothing happening, so it raises no flag. A name alone, or told
    with the treatment ("anaphylaxis after the injection"), is left to the flags."""

    names: tuple[Term, ...]
    asking: frozenset[str]  # stems of the words that ask about a topic ("risk", "how", "prevention")
    words: frozenset[str]  # stems of every word such a question may have, the asking ones included
    pointing: frozenset[str] = frozenset()  # "is it a stroke?": before the name, they point at something happening

    def asked_of(self, stems: Tokens) -> bool:
        named = [False] * len(stems)
        for term in self.names:
            for start, end in _occurrences(term, stems):
                named[start:end] = [True] * (end - start)
        if not any(named):
            return False
        before = [token.partition("\0")[0] for token in stems[: named.index(True)]]
        if any(w in self.pointing for w in before):
            return False
        others = [token.partition("\0")[0] for n, token in zip(named, stems) if not n]
        return all(w in self.words for w in others) and any(w in self.asking for w in others)


@dataclass
class Sentence:
    stems: Tokens  # each entry "stem" plus, for prefix matching, the word as written after a NUL
    words: list[str]
    clause_of: list[int]
    sentence_of: list[int] = field(default_factory=list)  # for a whole message: which sentence each word is in
    comma_clauses: frozenset[int] = frozenset()  # clauses that a comma opened (a list goes on), not "but"/"however"
    new_statements: frozenset[int] = frozenset()  # clauses that open a new statement (", my dad has ...", "and I ...")
    asked: frozenset[int] = frozenset()  # words after a dropped "this"/"that" that asks ("is that normal")
    # clauses a comma and a question word opened (", can stem cells cause this?")
    questions: frozenset[int] = frozenset()

    def asked_after(self, said: int, cue: int) -> bool:
        """Whether a question opened after clause ``said`` and by clause ``cue``: a general question there ("I have
        crushing chest pain, can stem cells cause this?") speaks of what it asks, not of what was said before it."""
        return any(c in self.questions for c in range(said + 1, cue + 1))


def joined(sentences: list[Sentence]) -> Sentence:
    """The message's sentences as one run of words: symptoms described across sentences ("She is dizzy. Her
    arm is weak.") still stand ``within`` words of each other. Clauses stay apart, so negation does not cross."""
    stems: list[str] = []
    words: list[str] = []
    clause_of: list[int] = []
    sentence_of: list[int] = []
    by_comma: set[int] = set()
    statements: set[int] = set()
    asked: set[int] = set()
    questions: set[int] = set()
    base = 0
    for number, sentence in enumerate(sentences):
        asked.update(len(words) + i for i in sentence.asked)
        questions.update(base + c for c in sentence.questions)
        stems.extend(sentence.stems)
        words.extend(sentence.words)
        clause_of.extend(base + c for c in sentence.clause_of)
        by_comma.update(base + c for c in sentence.comma_clauses)
        statements.update(base + c for c in sentence.new_statements)
        sentence_of.extend([number] * len(sentence.words))
        base += max(sentence.clause_of, default=0) + 1
    return Sentence(
        Tokens(stems),
        words,
        clause_of,
        sentence_of,
        frozenset(by_comma),
        frozenset(statements),
        frozenset(asked),
        frozenset(questions),
    )


@dataclass(frozen=True)
class RuleSet:
    flags: tuple[Flag, ...]
    negation: tuple[Term, ...]
    window: int
    not_now: tuple[Term, ...]
    negation_carriers: tuple[Term, ...] = ()  # "don't think", "don't believe": the negation reaches the next clause
    restrictors: tuple[Term, ...] = ()  # "just", "only": after a carried negation, what follows them is denied
    reassurances: tuple[Term, ...] = ()  # "is fine", "look normal": said right after a word, they deny it
    not_cues: tuple[Term, ...] = ()  # "oh no", "no joke": phrases whose negation word is no negation
    not_denials: tuple[Term, ...] = ()  # "never ... like this before": in their clause, a negation denies nothing
    # "why", "if", "I": a new clause starts; a negation before it denies nothing after
    negation_stops: tuple[Term, ...] = ()
    defining: tuple[Term, ...] = ()
    feared: tuple[Term, ...] = ()  # "scared I'll have", "told to watch for": a sign that may come, in a quiet message
    present: tuple[Term, ...] = ()  # "today", "this morning": the symptom is happening now, whatever the history cue
    continuing: tuple[Term, ...] = ()  # "still", "ever since": a later clause carries on the past of an earlier one
    recent_units: tuple[Term, ...] = ()  # "hour", "days": right after a cue ("in the past hour") a recent span
    recent_counts: tuple[Term, ...] = ()  # "few", "couple of": counts that may stand between the cue and the unit
    forward: tuple[Term, ...] = ()  # "history of": cues that speak only of the words right after them
    forward_reach: int = 3  # how many words after such a cue the flagged words may start
    vocabulary: frozenset[str] = field(default_factory=frozenset)
    calm_examples: tuple[str, ...] = ()  # everyday complaints that must raise no flag at all
    lay: LayVocabulary | None = None  # plain words read as the list's clinical word ("threw up" as "vomited")
    lasting: Lasting | None = None  # "for the past two weeks": an emergency in that clause asks for a doctor today
    explained: Explained | None = None  # "has ALS and slurred speech": a long-term condition's own signs
    seeking: Seeking | None = None  # "... would stem cells help?": a long-standing problem, a doctor today
    in_care: InCare | None = None  # "she's back in the hospital": already under a hospital's care, a doctor today
    topic: Topic | None = None  # "pulmonary embolism risk": an illness named as a topic, of no one
    skipped: frozenset[str] = FILLERS  # words skipped between a phrase's words ("my", "the", swearing)

    @cached_property
    def in_other_languages(self) -> RuleSet:
        """The same list with only its flags written in other languages (``other_languages``)."""
        return replace(self, flags=tuple(f for f in self.flags if f.other_languages))

    # -- matching -----------------------------------------------------------------------------------
    def find(self, message: str) -> Finding | None:
        """The first flag of the list that the message raises, or None.

        An emergency described as lasting weeks or longer ("a tight chest for the past two weeks") is lowered to
        "see a doctor today" (``lasting``), unless the message says it is happening now ("today", "currently");
        the search then goes on for an emergency that is not lowered."""
        sentences = self.sentences(message)
        # The message's words as one list, and whether a `present` word stands in it: read once, when first needed
        every_word = cache(lambda: self._all_words(message))
        if self.topic is not None and self.topic.asked_of(every_word()):
            return None
        present = {stem for sentence in sentences for stem in sentence.stems.at}
        # Which terms can occur at all (every stem they need is in the message): most flags share a word with
        # most questions ("can", "pain"), but few have a whole phrase there, and only those are tried.
        possible = self._possible(sentences, present)
        joined_once = cache(lambda: joined(sentences))  # the sentences as one, made once for the flags that reach it
        flags_of = self._flags_by_want
        candidates = sorted({i for want in possible for i in flags_of.get(want, ())})  # in the list's order
        lowered: Finding | None = None
        # the same without the words skipped inside a phrase ("my", "the"), as the sentences are read: a cue written
        # "since the injection" is a term "since injection", and "since the injection" never matched every word
        plain = cache(lambda: Tokens([w for w in every_word() if w.partition("\0")[2] not in self.skipped]))
        now = cache(lambda: self._said_now(plain()))
        # what the whole message says, read once: its person is in a hospital's care; it weighs stem cells for a sign
        in_care = cache(lambda: self.in_care is not None and self.in_care.holds(plain()))
        weighing = cache(lambda: self.seeking is not None and self.seeking.asks(plain()) and not now())
        for i in candidates:
            flag = self.flags[i]
            if lowered is not None and flag.tier != "emergency":
                return lowered  # a lowered emergency comes first among the "soon" findings
            if not flag.could_match(possible):
                continue
            if flag.also_needs and not self._mentions(flag.also_needs, sentences):
                continue
            for sentence, parts in self._places(flag, sentences, joined_once):
                span = self._match(flag, sentence, parts, quiet=len(sentences) == 1 and not now())
                if span is None:
                    continue
                found = Finding(flag, " ".join(sentence.words[span[0] : span[1]]))
                if flag.tier == "emergency" and in_care():
                    lowered = lowered or Finding(replace(flag, tier="soon"), found.words, lasting=True, in_care=True)
                    continue  # already in a hospital's care: the doctors there, not an ambulance
                if (
                    flag.tier == "emergency"
                    and self.explained is not None
                    and self.explained.explains(plain(), flag.cls)
                    and not now()
                ):
                    continue  # the named long-term condition's own sign, not said to be new
                if (
                    flag.tier == "emergency"
                    and self.seeking is not None
                    and weighing()
                    and self.seeking.lowers(sentence.stems, flag.cls)
                ):
                    lowered = lowered or Finding(replace(flag, tier="soon"), found.words, lasting=True)
                    continue  # weighing a treatment for it: a doctor today; another flag may still be an emergency
                if (
                    flag.tier == "emergency"
                    and self.lasting is not None
                    and self.lasting.said_of(sentence, span, flag.cls, denied=self._negated)
                ):
                    if not now():  # lowered here; another sentence may still say it without "for weeks"
                        lowered = lowered or Finding(replace(flag, tier="soon"), found.words, lasting=True)
                        continue
                return found
        return lowered

    def _said_now(self, words: Tokens) -> bool:
        """Whether a ``present`` word stands anywhere in the message, read from all its words (``_all_words``, less
        the skipped ones): the sentences drop the words that split clauses, "now" among them, so "right now" is not
        in them."""
        return any(_occurrences(t, words) for t in self.present)

    def _all_words(self, message: str) -> Tokens:
        """Every word of the message, in order, as one list of tokens."""
        return Tokens([self._token(w) for w in WORD.findall(self._text(message))])

    @staticmethod
    def _places(
        flag: Flag, sentences: list[Sentence], whole: Callable[[], Sentence]
    ) -> Iterator[tuple[Sentence, list[Sentence] | None]]:
        """Where a flag is looked for: each sentence, then (for ``together`` lists) the whole message, joined only
        when no sentence matched."""
        for sentence in sentences:
            yield sentence, None
        if flag.groups and len(sentences) > 1:
            yield whole(), sentences

    @cached_property  # computed once per list (a frozen dataclass keeps it in its __dict__)
    def _flags_by_want(self) -> dict[frozenset[str], tuple[int, ...]]:
        """For each thing a term wants, the flags (by position in the list) with such a term: a flag that
        ``could_match`` has one among what the message allows, so only those flags are looked at."""
        index: dict[frozenset[str], list[int]] = {}
        for i, flag in enumerate(self.flags):
            for want in {*flag.phrase_wants, *(w for g in flag.group_wants for w in g)}:
                index.setdefault(want, []).append(i)
        return {w: tuple(v) for w, v in index.items()}

    @cached_property
    def _wants_index(self) -> tuple[dict[str, tuple[_Want, ...]], tuple[_Want, ...]]:
        """What the flags' terms want (``Term.wants``) as (wants, stems needed, prefixes): those that need a stem
        filed under the one of their stems that the fewest need, and those made only of prefixes."""
        wants = {t.wants for f in self.flags for t in (*f.phrases, *(t for g in f.groups for t in g))}
        count: dict[str, int] = {}
        for w in wants:
            for s in _needs(tuple(w)):
                count[s] = count.get(s, 0) + 1
        by_stem: dict[str, list[_Want]] = {}
        prefix_only: list[_Want] = []
        for w in wants:
            needs = _needs(tuple(w))
            entry = (w, needs, tuple(sorted(s[:-1] for s in w if s.endswith("*"))))
            if needs:
                by_stem.setdefault(min(needs, key=lambda s: (count[s], s)), []).append(entry)
            else:
                prefix_only.append(entry)
        return {s: tuple(v) for s, v in by_stem.items()}, tuple(prefix_only)

    def _possible(self, sentences: list[Sentence], present: set[str]) -> set[frozenset[str]]:
        """What the terms that can occur in the message want: every stem they need is ``present``, and each of
        their prefixes starts a word of it (as ``_same`` compares a prefix: with the word as written)."""
        by_stem, prefix_only = self._wants_index
        words = " " + " ".join(
            written or stemmed
            for sentence in sentences
            for stemmed, _, written in (token.partition("\0") for token in sentence.stems)
        )
        possible: set[frozenset[str]] = set()
        for w, _, prefixes in prefix_only:
            if all(" " + p in words for p in prefixes):
                possible.add(w)
        for s in present:
            for w, needs, prefixes in by_stem.get(s, ()):
                if needs <= present and all(" " + p in words for p in prefixes):
                    possible.add(w)
        return possible

    def _mentions(self, terms: tuple[Term, ...], sentences: list[Sentence]) -> bool:
        """Whether any of ``terms`` is said, not denied, anywhere in the message."""
        return any(
            not self._negated(sentence, start)
            for sentence in sentences
            for term in terms
            for start, _end in _occurrences(term, sentence.stems)
        )

    def _match(
        self, flag: Flag, sentence: Sentence, parts: list[Sentence] | None = None, quiet: bool = False
    ) -> tuple[int, int] | None:
        """The first span of ``sentence`` that raises ``flag``; ``parts`` are its sentences when it is a whole
        message (negation then applies to every word of a group, and "not now" to every sentence the span touches)."""
        spans = self._spans(flag, sentence.stems, whole=parts is not None)
        for start, end, anchors in spans:
            if flag.pointed and not any(start <= i < end for i in sentence.asked):
                continue
            if self._cancelled(flag, sentence, start, end):
                continue
            if any(self._negated(sentence, a) for a in anchors) and not (
                flag.tier == "crisis" and _not_yet(sentence, end)
            ):
                continue
            if flag.tier != "crisis" and any(self._reassured(sentence, a) for a in anchors):
                continue  # "blisters on my arms ... my face and throat are completely fine"
            touched = [sentence] if parts is None else [parts[i] for i in sorted(set(sentence.sentence_of[start:end]))]
            if flag.tier != "crisis" and (
                (
                    self._about_then(sentence, start, end, touched)
                    and not any(_occurrences(t, part.stems) for part in touched for t in self.present)
                )
                or self._defined(sentence, start, anchors)
                or (quiet and self._feared(sentence, start, end, anchors))
            ):
                continue
            return start, end
        return None

    def _spans(self, flag: Flag, stems: Tokens, whole: bool = False) -> list[tuple[int, int, tuple[int, ...]]]:
        """Where the flag's phrases and ``together`` groups occur: (start, end, the start of each matched part)."""
        spans: list[tuple[int, int, tuple[int, ...]]] = (
            [] if whole else [(s, e, (s,)) for term in flag.phrases for s, e in _occurrences(term, stems)]
        )
        if flag.groups:
            per_group = [[o for t in group for o in _occurrences(t, stems)] for group in flag.groups]
            if all(per_group):
                for anchor in per_group[0]:
                    chosen = [anchor]
                    for others in per_group[1:]:
                        near = [o for o in others if abs(o[0] - anchor[0]) <= flag.within]
                        if not near:
                            break
                        chosen.append(min(near, key=lambda o: abs(o[0] - anchor[0])))
                    else:
                        start, end = min(s for s, _ in chosen), max(e for _, e in chosen)
                        spans.append((start, end, tuple(s for s, _ in chosen)))
        return sorted(spans)

    def _about_then(self, sentence: Sentence, start: int, end: int, touched: list[Sentence]) -> bool:
        """Whether a ``not_now`` cue (the past, a general question) speaks of the matched words: in their sentence,
        and for a match within one sentence in their clause or its list; "I was ill for a week last year, but now
        my chest is crushing" is about now."""
        if len(touched) == 1 and touched[0] is sentence:
            clauses = set(sentence.clause_of[start:end])
            # "... 3 years ago and my arm is still weak": a later clause that says the past goes on belongs to it
            going_on = {sentence.clause_of[s] for t in self.continuing for s, _e in _occurrences(t, sentence.stems)}
            return any(
                any(
                    (_listed_with(sentence, cue, c, statements=True) and not sentence.asked_after(c, cue))
                    or (c in going_on and cue < c)
                    for c in clauses
                )
                for cue in {sentence.clause_of[s] for s, _e in self._cues(sentence.stems)}
            ) or self._history_of(sentence, start)
        return any(self._cues(part.stems) for part in touched) or self._history_of(sentence, start)

    def _history_of(self, sentence: Sentence, start: int) -> bool:
        """Whether a ``forward`` cue ("history of", "family history of") stands right before the flagged words, in
        their clause: "a history of DVT" is the past, but in "crushing chest pain and a family history of heart
        disease" the history is of the heart disease, not of the pain."""
        return any(
            0 <= start - e <= self.forward_reach and sentence.clause_of[s] == sentence.clause_of[start]
            for t in self.forward
            for s, e in _occurrences(t, sentence.stems)
        )

    def _cues(self, stems: Tokens) -> list[tuple[int, int]]:
        """Where the ``not_now`` cues stand, less those right before a span of time that runs up to now: "in the
        past" is history, but "in the past hour" and "in the past 24 hours" are now (``recent_units``, with only
        numbers or ``recent_counts`` between)."""
        return [o for t in self.not_now for o in _occurrences(t, stems) if not self._opens_span(stems, o[1])]

    def _opens_span(self, stems: Tokens, at: int) -> bool:
        """Whether the words from ``at`` are a span of time: counts (a number, "few") and then a unit ("hours")."""
        for i in range(at, min(at + 4, len(stems))):
            word = stems[i].partition("\0")[0]
            if any(_same(u.stems[0], stems[i]) for u in self.recent_units if len(u.stems) == 1):
                return True
            if not (
                word.isdigit() or any(_same(c.stems[0], stems[i]) for c in self.recent_counts if len(c.stems) == 1)
            ):
                return False
        return False

    def _defined(
        self, sentence: Sentence, start: int, anchors: tuple[int, ...] = (), cues: tuple[Term, ...] | None = None
    ) -> bool:
        """A question asking what the flagged thing is ("what is a pulmonary embolism?"): a cue right before the
        match (``defining``, or ``cues``), in the clause of every matched word. "told us to watch for a cold blue foot
        and now his foot is cold and blue" says the sign again in a clause of its own, so a match that reaches that
        clause is not lowered; the items of one list ("watch for a cold, blue foot") are one clause here."""
        clause = sentence.clause_of[start] if start < len(sentence.clause_of) else -1
        if any(
            a >= len(sentence.clause_of) or not _listed_with(sentence, clause, sentence.clause_of[a], statements=True)
            for a in anchors
        ):
            return False
        return any(
            (end == start or end == start - 1 and sentence.words[end] not in _POINTING)
            and sentence.clause_of[s] == clause
            for t in (self.defining if cues is None else cues)
            for s, end in _occurrences(t, sentence.stems)
        )

    def _feared(self, sentence: Sentence, start: int, end: int, anchors: tuple[int, ...]) -> bool:
        """A fear or advice of a sign that may come ("I'm scared I'll have a stroke after the injection", "told to
        watch for a cold, blue foot"): a ``feared`` cue right before the match, as for ``_defined``, and nothing after
        the match that leaves its clause or comma list ("… and I think he is having one right now", "…, he has both"
        tell it is happening). The caller asks it only of a message of one sentence with no ``present`` word."""
        clause = sentence.clause_of[start] if start < len(sentence.clause_of) else -1
        if any(not _listed_with(sentence, clause, c, statements=True) for c in sentence.clause_of[end:]):
            return False
        return self._defined(sentence, start, anchors, self.feared)

    def _negated(self, sentence: Sentence, start: int) -> bool:
        clause = sentence.clause_of[start] if start < len(sentence.clause_of) else -1
        lo = self._window_start(sentence, start)
        if any(sentence.clause_of[s] == clause for t in self.not_denials for s, _e in _occurrences(t, sentence.stems)):
            return False  # "never had chest pain like this before": the words are said, not denied
        idioms = [o for t in self.not_cues for o in _occurrences(t, sentence.stems)]
        for term in self.negation:
            for s, e in _occurrences(term, sentence.stems):
                if any(a <= s and e <= b for a, b in idioms):
                    continue  # "oh no", "no joke", "without warning": the negation word denies nothing
                if lo < e <= start and sentence.clause_of[s] == clause:
                    carried = self._carried(sentence, e)
                    if carried and self._restricted(sentence, start):
                        continue  # "I don't think this chest pain is just anxiety": "just anxiety" is denied
                    if carried or not self._stopped(sentence, e, start):
                        return True
                if e <= start and _listed_after(sentence, s, e, start):
                    return True
        return False

    def _window_start(self, sentence: Sentence, start: int) -> int:
        """Where a denial before ``start`` may begin: ``window`` words back, not counting the words that join a
        denied list ("didn't have any trouble breathing or chest pain" denies the chest pain too)."""
        counted, i = 0, start
        while i > 0 and counted < self.window:
            i -= 1
            if sentence.words[i] not in _LIST_WORDS:
                counted += 1
        return max(0, i) if counted == self.window else 0

    def _cancelled(self, flag: Flag, sentence: Sentence, start: int, end: int) -> bool:
        """Whether an ``unless`` phrase cancels the match: near it, in a clause it spans, and not itself denied
        ("it's not heartburn, I have chest pain" and "not mild at all" cancel nothing)."""
        near = (start - UNLESS_REACH, end + UNLESS_REACH)
        of = sentence.clause_of

        def cancels(o: tuple[int, int]) -> bool:
            if _overlaps(o, (start, end)):
                return True  # part of the matched words ("isn't responding to the cream")
            nearest = end - 1 if o[0] >= end else start  # the match's word nearest the phrase
            lo, hi = sorted((of[o[0]], of[nearest]))
            if any(c in sentence.new_statements for c in range(lo + 1, hi + 1)):
                return False  # "in the kitchen and I want to cut myself": another statement
            if self._thought_restricted(sentence, start, o[0]):
                return False  # "I don't think this chest pain is just heartburn": the heartburn is denied
            # "it's not heartburn, I have chest pain", "not mild at all": the phrase itself is denied, by a
            # negation outside the matched words ("isn't responding to the cream" is not a denied cream)
            return not any(
                o[0] - self.window < e <= o[0] and of[s] == of[o[0]] and (e <= start or s >= end)
                for t in self.negation
                for s, e in _occurrences(t, sentence.stems)
            )

        return any(_overlaps(o, near) and cancels(o) for t in flag.unless for o in _occurrences(t, sentence.stems))

    def _carried(self, sentence: Sentence, after: int) -> bool:
        """Whether the negation cue ending at ``after`` is followed by a verb that carries it into the next clause:
        "I don't think I'm having a stroke" denies the stroke."""
        return any(s == after for t in self.negation_carriers for s, _e in _occurrences(t, sentence.stems))

    def _reassured(self, sentence: Sentence, start: int) -> bool:
        """Whether the word at ``start`` is said to be fine: a reassurance follows it within ``REASSURED_REACH``
        words of its clause, with no negation between ("my face and throat are completely fine", not "my breathing
        isn't normal")."""
        clause = sentence.clause_of[start]
        for t in self.reassurances:
            for s, e in _occurrences(t, sentence.stems):
                if any(i in sentence.asked for i in range(s + 1, e)):
                    continue  # "is that normal" asks, it does not reassure
                if (
                    start < s <= start + REASSURED_REACH
                    and sentence.clause_of[s] == clause
                    and not any(start < c < s for n in self.negation for c, _ in _occurrences(n, sentence.stems))
                ):
                    return True
        return False

    def _restricted(self, sentence: Sentence, start: int, until: int | None = None) -> bool:
        """Whether a restricting word ("just", "only") follows the words at ``start`` in their clause (up to
        ``until``): a thought denied of them ("I don't think this chest pain is just anxiety") is denied of what
        that word introduces."""
        clause = sentence.clause_of[start]
        last = len(sentence.stems) if until is None else until
        return any(
            start < s <= last and sentence.clause_of[s] == clause
            for t in self.restrictors
            for s, _e in _occurrences(t, sentence.stems)
        )

    def _thought_restricted(self, sentence: Sentence, start: int, phrase: int) -> bool:
        """Whether the phrase at ``phrase`` is what a carried negation denies: a restricting word stands between the
        match at ``start`` and it, and a negation carried by a verb stands before the match, in the same clause."""
        clause = sentence.clause_of[start]
        return self._restricted(sentence, start, phrase) and any(
            e <= start and sentence.clause_of[s] == clause and self._carried(sentence, e)
            for t in self.negation
            for s, e in _occurrences(t, sentence.stems)
        )

    def _stopped(self, sentence: Sentence, after: int, before: int) -> bool:
        """Whether a ``negation_stops`` word stands between a negation cue and the words it would deny ("I don't
        know why I want to die" denies the knowing, not the wish), or an "and" that starts a new statement ("she
        didn't eat and lips were blue": ``_starts_statement``)."""
        if any(after <= s and e <= before for t in self.negation_stops for s, e in _occurrences(t, sentence.stems)):
            return True
        return any(_starts_statement(sentence.words, i) for i in range(after, before) if sentence.words[i] == "and")

    # -- text -------------------------------------------------------------------------------------------
    def _text(self, message: str) -> str:
        """The message as the list reads it: normalised, readings in words, plain words as the clinical ones."""
        text = _measured(message)
        return self.lay.read(text) if self.lay is not None else text

    def _token(self, word: str) -> str:
        """A word as a token, "stem\0word", its typo put right first."""
        fixed = self.correct(word)
        return f"{stem(fixed)}\0{fixed}"

    def sentences(self, message: str) -> list[Sentence]:
        out: list[Sentence] = []
        for raw in _SENTENCE.split(_halting_joined(self._text(message))):
            stems: list[str] = []
            words: list[str] = []
            clause_of: list[int] = []
            by_comma: set[int] = set()
            statements: set[int] = set()
            asked: set[int] = set()
            questions: set[int] = set()
            clause = 0
            pos = 0
            pieces = _CLAUSE.split(raw)
            opening = ""
            for n, piece in enumerate(pieces):
                if piece == "and":  # split off by _CLAUSE only before a new statement, which starts after it
                    statements.add(clause + 1)
                if piece == "yet" and words:  # "haven't ... yet" ends its clause but still belongs to it
                    words.append(piece)
                    stems.append(f"{piece}\0{piece}")
                    clause_of.append(clause - 1)
                    continue
                if _CLAUSE.fullmatch(piece):
                    if piece == ",":
                        by_comma.add(clause)
                        if opening not in _ADVERBIAL_STARTS and _new_statement(
                            pieces[n + 1] if n + 1 < len(pieces) else ""
                        ):
                            # ", my dad has chest pain" after a statement is a new statement, where the past of the
                            # one before does not reach; a time said first ("Last year, I ...") still does
                            statements.add(clause)
                        if _opens_question(pieces[n + 1] if n + 1 < len(pieces) else ""):
                            questions.add(clause)
                    continue
                opening = ""  # the clause's first word ("For the past month, ..." opens with a time)
                for word in WORD.findall(piece):
                    if word in self.skipped and not (word in _POINTING and _asks_what(words)):
                        if word in _POINTING and words and words[-1] in _ASKING_VERBS:
                            asked.add(len(words))  # "is that normal": what follows is asked, not said
                        continue  # ("what's this purple rash": "this" is kept, the rash is here, not asked about)
                    opening = opening or word
                    words.append(word)
                    stems.append(self._token(word))
                    clause_of.append(clause)
                clause += 1
            pos += 1
            if stems:
                out.append(
                    Sentence(
                        Tokens(stems),
                        words,
                        clause_of,
                        comma_clauses=frozenset(by_comma),
                        new_statements=frozenset(statements),
                        asked=frozenset(asked),
                        questions=frozenset(questions),
                    )
                )
        return out

    def correct(self, word: str) -> str:
        return corrected(word, self.vocabulary)

    # -- review ------------------------------------------------------------------------------------------
    def check_flag(self, flag: Flag) -> list[str]:
        """The examples of one flag that do not do what they say, as 'file:line: id: ...' problems."""
        problems: list[str] = []
        for text in flag.must_flag:
            found = self.find(text)
            if found is None or found.flag.tier != flag.tier:
                got = f"{found.flag.id} ({found.flag.tier})" if found else "nothing"
                problems.append(f"{RULES.name}:{flag.line}: {flag.id}: {text!r} should be {flag.tier}, got {got}")
        for text in flag.must_not_flag:  # "ok": must not be this urgent (a milder tier is fine)
            found = self.find(text)
            if found is not None and TIERS.index(found.flag.tier) <= TIERS.index(flag.tier):
                problems.append(f"{RULES.name}:{flag.line}: {flag.id}: {text!r} must not raise it ({found.flag.id})")
        return problems

    def check(self) -> list[str]:
        """Every example of the list that does not do what it says, as 'file:line: ...' problems."""
        problems = [problem for flag in self.flags for problem in self.check_flag(flag)]
        for text in self.calm_examples:
            found = self.find(text)
            if found is not None:
                problems.append(
                    f"{RULES.name}: not_urgent_examples: {text!r} raised {found.flag.id} ({found.flag.tier})"
                )
        return problems


LIST_ITEM = 4  # words an item of a denied list may have ("no fever, stiff neck, or rash")
_LIST_WORDS = frozenset({"or", "nor", "any"})
# Words that make a clause a statement of its own, not an item of a denied list: "no cough, can't breathe or speak"
_STATEMENT_WORDS = frozenset(
    "can't cant cannot won't wont isn't isnt is are was were has have had can will keeps keep".split()
)
# Words that open a new statement about someone after a comma: "I have a history of asthma, I can't breathe"
_SUBJECTS = frozenset("i i'm im i've my he he's she she's his her we they their our your".split())
# Words that open a question: after a comma, a general question there ("can stem cells cause this?", "is he at risk of
# a heart attack?") speaks of what it asks and does not lower what the clause before it says ("I have crushing chest
# pain, can stem cells cause this?" had no alert; found while mending the eighth outside trial). The past said first
# still reaches a question after it ("I had a stroke five years ago, can stem cells help my weak arm?").
_QUESTION_OPENERS = frozenset(
    "can could is are does do did will would should what what's whats how why when where which who am may might".split()
)


# Words that open a clause of time or circumstance, not a statement: "For the past month, I ..."
_ADVERBIAL_STARTS = frozenset(
    "for over since during in after before last about around yesterday recently lately ever".split()
)


# "what's this rash?", "what is that lump?": something pointed at is here, so it is not a question of definition
_POINTING = frozenset({"this", "that", "these", "those"})
_ASKING_VERBS = frozenset({"is", "are", "was", "were"})  # "is that normal?", "are these fine?"


def _asks_what(words: list[str]) -> bool:
    """Whether the words so far end with "what's" or "what is/are" (the pointing word that follows is kept)."""
    return bool(words) and (
        words[-1] in ("what's", "whats") or len(words) > 1 and words[-2] == "what" and words[-1] in ("is", "are")
    )


def _opens_question(piece: str) -> bool:
    """Whether the text after a comma starts with a question word ("can", "is", "what")."""
    first = WORD.match(piece.strip())
    return bool(first) and first.group() in _QUESTION_OPENERS  # type: ignore[union-attr]


def _new_statement(piece: str) -> bool:
    """Whether the text after a comma starts with a subject, so it is a statement and not an item of a list."""
    first = WORD.match(piece.strip())
    return bool(first) and first.group() in _SUBJECTS  # type: ignore[union-attr]


def _listed_after(sentence: Sentence, cue_start: int, cue_end: int, start: int) -> bool:
    """A denial that runs on through a list: "I haven't had headaches, dizziness, or confusion" denies "dizziness"
    and "confusion" too. The match must stand in a later clause of the same sentence, every clause from the cue's on
    must have been opened by a comma (not "but", "however"), the cue's clause, each item between and the match's
    own clause must be short, and the list must close with "or"/"nor" ("I don't have a fever, vomiting blood since
    noon" stays a finding)."""
    of = sentence.clause_of
    if start >= len(of) or cue_start >= len(of):
        return False
    first, clause = of[cue_start], of[start]
    if clause <= first or any(c not in sentence.comma_clauses for c in range(first + 1, clause + 1)):
        return False
    if sum(1 for i, x in enumerate(of) if x == clause and sentence.words[i] not in _LIST_WORDS) > LIST_ITEM:
        return False  # the match's clause is a statement, not a list item
    if any(sentence.words[i] in _STATEMENT_WORDS for i, x in enumerate(of) if x == clause):
        return False  # "can't breathe or speak": its own verb
    if sum(1 for i in range(cue_end, len(of)) if of[i] == first) > LIST_ITEM:
        return False
    for c in range(first + 1, clause):
        if sum(1 for x in of if x == c) > LIST_ITEM:
            return False
    # a list closes with "or"/"nor" before its last item ("..., or episodes of confusion", "confusion or rash");
    # without one, a comma after a denial starts a finding ("I don't have a fever, vomiting blood since noon")
    c = clause
    while c in sentence.comma_clauses or c == clause:
        items = [sentence.words[i] for i, x in enumerate(of) if x == c]
        if not items:
            return False
        if "or" in items or "nor" in items:
            return True
        c += 1
    return False


def _not_yet(sentence: Sentence, end: int) -> bool:
    """ "I haven't killed myself yet": a denial that only says "not so far" is no denial of a crisis."""
    clause = sentence.clause_of[end - 1] if 0 < end <= len(sentence.clause_of) else -1
    return any(
        sentence.words[i] == "yet" and sentence.clause_of[i] == clause
        for i in range(end, min(end + 3, len(sentence.words)))
    )


def _listed_with(sentence: Sentence, one: int, other: int, statements: bool = False) -> bool:
    """Whether two clauses of a sentence are the same clause or items of one list (only commas between them);
    with ``statements``, a comma that opens a new statement ("..., my baby is floppy") ends the list."""
    lo, hi = min(one, other), max(one, other)
    return all(
        c in sentence.comma_clauses and not (statements and c in sentence.new_statements) for c in range(lo + 1, hi + 1)
    )


@lru_cache(maxsize=256)
def _measured(message: str) -> str:
    """The message normalised, its readings in words: the same for every list, so the red flags and the scope
    rules (``bot/scope_rules.py``), which both read each question, read it once."""
    return read_measurements(normalise(message))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Tokens(list[str]):
    """A sentence's tokens ("stem\\0word"), indexed by stem so that a term whose words are absent costs nothing."""

    def __init__(self, items: list[str]) -> None:
        super().__init__(items)
        self.at: dict[str, list[int]] = {}
        for i, item in enumerate(items):
            self.at.setdefault(item.partition("\0")[0], []).append(i)


_Want = tuple[frozenset[str], frozenset[str], tuple[str, ...]]  # a term's wants, the stems it needs, its prefixes


@cache
def _needs(stems: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in stems if not w.endswith("*"))


def _occurrences(term: Term, stems: Tokens) -> list[tuple[int, int]]:
    if not term.needs.issubset(stems.at):
        return []
    n = len(term.stems)
    first = term.stems[0]
    starts: list[int] | range = range(len(stems) - n + 1) if first.endswith("*") else stems.at[first]
    found = []
    for i in starts:
        if i + n <= len(stems) and all(_same(want, stems[i + k]) for k, want in enumerate(term.stems)):
            found.append((i, i + n))
    return found


def _same(want: str, got: str) -> bool:
    stemmed, _, written = got.partition("\0")
    if want.endswith("*"):
        return (written or stemmed).startswith(want[:-1])
    return want == stemmed
