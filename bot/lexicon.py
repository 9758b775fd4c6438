"""The editor's word lists beside the articles: concepts, out-of-scope question kinds, and conditions.

- ``knowledge/concepts.txt``: ``words people use => words the article uses``. Expands questions before
  search (cancer -> tumor) and marks conditions as covered (lupus -> autoimmune).
- ``knowledge/out_of_scope.yaml``: question kinds no article answers, as words and example questions (read and
  matched by ``bot/scope_rules.py``).
- ``knowledge/conditions.txt``: one symptom or condition a line. Named in a question but mentioned by no
  article nor concept, it means the question is not covered.

All three are read when the index is built and stored in its manifest, so a running server always uses
the lists that match its index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from bot.answer_kinds import named_effect
from bot.errors import KnowledgeError
from bot.general import general_health
from bot.language import foreign_word
from bot.rarity import MIN_LENGTH, is_known, plain_words, unknown_rare_word
from bot.readings import corrected
from bot.scope_rules import ScopeRule, ScopeRules, read_scope_rules
from bot.word_frequency import at_least

CONCEPTS_FILE = "concepts.txt"
CONDITIONS_FILE = "conditions.txt"


def _lines(path: Path) -> list[tuple[int, str]]:
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeError(
            [f"{path}:1: not valid UTF-8 (byte {exc.start}); save the file with UTF-8 encoding."]
        ) from None
    return [
        (n, line.strip())
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a case-insensitive pattern: word boundaries, flexible spaces, straight or curly apostrophes."""
    words = [re.escape(w).replace("'", "['’]?") for w in phrase.lower().split()]
    return r"(?<![a-z0-9])" + r"[\s-]+".join(words) + r"(?:e?s)?(?![a-z0-9])"


# A denial right before a symptom: "no chest pain", "without any swelling", "didn't have a fever"
_DENIAL = re.compile(
    r"\b(?:no|without|never had|don't have|dont have|didn't have|didnt have|haven't had|havent had|hasn't had|"
    r"not any|no sign of|no signs of)\s+(?:(?:any|a|an|real|more|further)\s+)?",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:or|nor|and|,)\s+(?:(?:no|any|a|an)\s+)?", re.IGNORECASE)
_ITEM_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
# ... or ends where what is left is said instead, after "just", "only" or "but", with at most one more item of a few
# words joined before it: "no chest pain or breathing problems just a sore knee" (fifteenth outside trial: the denied
# chest pain found blood clots)
_UNTIL_INSTEAD = re.compile(
    r"(?:\s+(?:or|nor|and)\s+[a-z'-]+(?:\s+[a-z'-]+){0,2})?(?=\s+(?:just|only|but)\b)", re.IGNORECASE
)


def _fold(text: str) -> str:
    return text.lower().replace("’", "'")


def _first_literal(phrase: str) -> str | None:
    """The text every match of ``_phrase_pattern(phrase)`` in lower-case ASCII text starts with: its first word up
    to any apostrophe (which the pattern makes optional). None when there is no such text, or the phrase is not
    ASCII (then, case-insensitively, it may match ASCII letters it does not contain: 'ſ' matches 's')."""
    words = phrase.lower().split()
    if not words or not phrase.isascii():
        return None
    return words[0].split("'")[0] or None


# At most this many questions' concept matches are remembered (bot/lexicon.py's question steps share them).
_MEMO_SIZE = 256


# The right-hand side of a concept that names only the procedure, not a symptom or a risk.
_PROCEDURE = re.compile(r"injections?|infusions?|procedures?|treatments?", re.IGNORECASE)
# Words that say a question is about the treatment itself.
_TREATMENT = re.compile(r"\b(?:stem[\s-]*cells?|injections?|infusions?|procedures?|treatments?|therapy)\b")

# Words so common that sharing them with an article says nothing about the topic.
_COMMON = frozenset(
    "the and for are was were with from that this these those what which when where who whom why how does did "
    "can could would should will may might must have has had get got not any some all about into after before "
    "than then there here you your yours they them their its our out just also very really much many more most "
    "other such only own same too well like make made know tell want need said says one two use used way ways".split()
)


def word_stems(text: str) -> set[str]:
    """The stems of a text's words of four letters or more: what a heading or a class of signs names."""
    return {stem(w) for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}


@lru_cache(maxsize=65536)  # BM25 and the word lists stem every word of every passage; most words recur
def stem(word: str) -> str:
    """A light English stemmer: enough to match tumor/tumors, clot/clotting, infect/infection."""
    for suffix in ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "es", "ed", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


@dataclass(frozen=True)
class Lexicon:
    """Concepts, out-of-scope kinds and conditions, compiled once."""

    concepts: tuple[tuple[tuple[str, ...], str], ...] = ()
    scope: tuple[ScopeRule, ...] = ()
    conditions: tuple[str, ...] = ()
    vocabulary: str = ""  # lower-cased text of every article, for "does any article mention X?"
    _concept_res: tuple[tuple[re.Pattern[str], str], ...] = field(default=(), compare=False, repr=False)
    # per concept: the text each of its phrases starts with (``_first_literal``), or None when one has none
    _concept_firsts: tuple[tuple[str, ...] | None, ...] = field(default=(), compare=False, repr=False)
    _memo: dict[str, tuple[tuple[tuple[int, int], ...], ...]] = field(default_factory=dict, compare=False, repr=False)
    _scope_rules: ScopeRules = field(default_factory=lambda: ScopeRules(()), compare=False, repr=False)
    _condition_res: tuple[tuple[re.Pattern[str], str], ...] = field(default=(), compare=False, repr=False)
    _vocabulary_stems: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    _vocabulary_words: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    @classmethod
    def build(
        cls,
        concepts: list[tuple[list[str], str]] | tuple[tuple[tuple[str, ...], str], ...],
        scope: list[ScopeRule] | tuple[ScopeRule, ...] | ScopeRules,
        conditions: list[str] | tuple[str, ...],
        vocabulary: str,
    ) -> Lexicon:
        concept_items = tuple((tuple(left), right) for left, right in concepts)
        concept_res = tuple(
            (re.compile("|".join(_phrase_pattern(p) for p in left), re.IGNORECASE), right)
            for left, right in concept_items
        )
        concept_firsts: tuple[tuple[str, ...] | None, ...] = tuple(
            _distinct_firsts([_first_literal(p) for p in left]) for left, _ in concept_items
        )
        scope_rules = scope if isinstance(scope, ScopeRules) else ScopeRules(scope)
        # Longest first, so "long covid" is named rather than "covid".
        ordered = sorted(dict.fromkeys(c.lower() for c in conditions), key=len, reverse=True)
        folded = _fold(vocabulary)
        said_named = [_said_and_name(c) for c in ordered]
        condition_res = tuple(
            (pattern, name)
            for said, name in said_named
            if said
            for pattern in [re.compile(_phrase_pattern(said), re.IGNORECASE)]
            if not pattern.search(folded)  # a condition some article mentions is covered
        )
        return cls(
            concepts=concept_items,
            scope=scope_rules.rules,
            conditions=tuple(ordered),
            vocabulary=folded,
            _concept_res=concept_res,
            _concept_firsts=concept_firsts,
            _scope_rules=scope_rules,
            _condition_res=condition_res,
            _vocabulary_words=frozenset(
                plain_words(folded + " " + " ".join(" ".join(left) + " " + right for left, right in concept_items))
            ),
            _vocabulary_stems=frozenset(
                stem(w)
                for w in set(
                    re.findall(
                        r"[a-z0-9]+", folded + " " + " ".join(" ".join(left) for left, _ in concept_items).lower()
                    )
                )
                if len(w) > 2 and w not in _COMMON
            ),
        )

    # -- reading and storing ------------------------------------------------------------------
    @classmethod
    def read(cls, knowledge_dir: Path, vocabulary: str) -> Lexicon:
        """Read the three lists; problems name the file and line."""
        problems: list[str] = []
        concepts: list[tuple[list[str], str]] = []
        for n, line in _lines(knowledge_dir / CONCEPTS_FILE):
            left, sep, right = line.partition("=>")
            terms = [t.strip() for t in left.split(",") if t.strip()]
            if not sep or not terms or not right.strip():
                problems.append(
                    f"{knowledge_dir / CONCEPTS_FILE}:{n}: write 'words people use => words the article uses', got {line!r}."
                )
                continue
            concepts.append((terms, right.strip()))
        scope = ScopeRules(())
        try:
            scope = read_scope_rules(knowledge_dir)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
        conditions = [line for _n, line in _lines(knowledge_dir / CONDITIONS_FILE)]
        if problems:
            raise KnowledgeError(problems)
        return cls.build(concepts, scope, conditions, vocabulary)

    def as_dict(self) -> dict[str, Any]:
        return {
            "concepts": [[list(left), right] for left, right in self.concepts],
            "scope": self._scope_rules.as_data(),
            "conditions": list(self.conditions),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None, vocabulary: str) -> Lexicon:
        data = data or {}
        return cls.build(
            [(list(left), right) for left, right in data.get("concepts", [])],
            ScopeRules.from_data(data.get("scope", [])),
            list(data.get("conditions", [])),
            vocabulary,
        )

    # -- using ------------------------------------------------------------------------------------
    def _ascii_concepts(self, folded: str) -> tuple[tuple[tuple[int, int], ...], ...]:
        """Where each concept matches ``folded``, a question folded by ``_fold`` that is all ASCII, concept by
        concept (the spans of ``finditer``). In such text the case-insensitive patterns match exactly what they
        match in the text as given, and a concept none of whose phrases' first words occurs cannot match, so its
        pattern is not run. Computed once per question: the search text, the condition check and the rare-word
        check all ask it."""
        found = self._memo.get(folded)
        if found is None:
            found = tuple(
                ()
                if firsts is not None and not any(f in folded for f in firsts)
                else tuple(m.span() for m in pattern.finditer(folded))
                for (pattern, _), firsts in zip(self._concept_res, self._concept_firsts)
            )
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[folded] = found
        return found

    def _spans(self, text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
        """Where each concept matches ``text``, concept by concept (the spans of ``finditer``)."""
        if text.isascii():  # IGNORECASE on ASCII text finds what it finds in the text lower-cased
            return self._ascii_concepts(text.lower())
        return tuple(tuple(m.span() for m in pattern.finditer(text)) for pattern, _ in self._concept_res)

    def _concepts_in(self, question: str) -> list[str]:
        """The right-hand side of every concept the question mentions, in the file's order. Words that are part of a
        longer phrase of another concept are that phrase's only: "heart attack" is cardiovascular, and its "attack"
        is not the immune system attacking the cells (the longest match wins, as a tokenizer's does)."""
        spans = self._spans(question)
        every = [span for found in spans for span in found]

        def inside_longer(span: tuple[int, int]) -> bool:
            return any(s <= span[0] and span[1] <= e and e - s > span[1] - span[0] for s, e in every)

        return [
            right for (_, right), found in zip(self._concept_res, spans) if any(not inside_longer(f) for f in found)
        ]

    def names_a_concept(self, question: str) -> bool:
        """Whether the question names anything a concept covers (a symptom, a risk, a procedure)."""
        return bool(self._concepts_in(question))

    def corrections(self, question: str) -> list[str]:
        """The articles' or concepts' words that the question's misspelt words stand for ("tumers" -> "tumors",
        "canser" -> "cancer"): a word that is no English word and one edit from one of theirs
        (``bot/readings.py``'s ``corrected``, the red flags' corrector, on this vocabulary)."""
        fixed = (self._corrected(w) for w in re.findall(r"[a-z]+", _fold(question)) if w not in self._vocabulary_words)
        return list(dict.fromkeys(c for c in fixed if c))

    def _corrected(self, word: str) -> str | None:
        """The vocabulary's word that ``word`` misspells, or None."""
        near = self._words_by_start
        candidates = frozenset().union(
            *(near.get((word[:1], n), ()) for n in (len(word) - 1, len(word), len(word) + 1))
        )
        fixed = corrected(word, candidates)  # "cels" -> "cells" too: a letter left out of a 5-letter word
        return fixed if fixed != word else None

    @cached_property  # a frozen dataclass keeps it in its __dict__
    def _words_by_start(self) -> dict[tuple[str, int], frozenset[str]]:
        """The vocabulary by first letter and length: a word one edit away has the same first letter (``corrected``
        asks so) and a length at most one apart, so only those are compared (the vocabulary of 100,000 passages
        is long)."""
        groups: dict[tuple[str, int], set[str]] = {}
        for word in self._vocabulary_words:
            groups.setdefault((word[:1], len(word)), set()).add(word)
        return {key: frozenset(words) for key, words in groups.items()}

    def without_denials(self, question: str) -> str:
        """The question without the symptoms it denies: "no chest pain, no shortness of breath, just a sore knee"
        is about the knee, and searching for the chest pain found blood clots. A denial word ("no", "without",
        "didn't have") right before a concept, and the concepts listed after it with "or", "and" or commas, are
        left out when the list ends there (a comma, a full stop, the end): "no pain relief" is kept. A question
        that would keep fewer than two words is kept whole."""
        spans = [span for found in self._spans(question) for span in found]
        if not spans:
            return question
        starts: dict[int, int] = {}
        for start, end in spans:
            starts[start] = max(end, starts.get(start, 0))
        cut: list[tuple[int, int]] = []
        for denial in _DENIAL.finditer(question):
            at, until = denial.end(), 0
            while at in starts:
                end = starts[at]
                joined = _LIST_JOIN.match(question, end)
                if joined and joined.end() in starts:
                    until, at = end, joined.end()
                    continue
                if _ITEM_END.match(question, end):
                    until = end
                elif instead := _UNTIL_INSTEAD.match(question, end):
                    until = instead.end()
                break
            if until and not (cut and denial.start() < cut[-1][1]):  # not inside a list already cut
                cut.append((denial.start(), until))
        if not cut:
            return question
        kept = question
        for start, end in reversed(cut):
            kept = kept[:start] + kept[end:]
        return kept if len(re.findall(r"[a-z0-9]+", _fold(kept))) >= 2 else question

    def expand(self, question: str) -> str:
        """The question followed by the words its misspellings stand for and the article's words for every concept
        it mentions or its corrected words mention (new words only). Symptoms it denies are left out
        (``without_denials``)."""
        question = self.without_denials(question)
        seen = {stem(w) for w in re.findall(r"[a-z0-9']+", _fold(question))}
        extra: list[str] = []
        fixed = self.corrections(question)
        for word in fixed:
            seen.add(stem(word))
            extra.append(word)
        for right in self._concepts_in(f"{question} {' '.join(fixed)}" if fixed else question):
            for word in re.findall(r"[\w'’-]+", right):
                key = stem(_fold(word))
                if key not in seen:
                    seen.add(key)
                    extra.append(word)
        return f"{question} ({' '.join(extra)})" if extra else question

    def out_of_scope_topic(self, question: str) -> str | None:
        """The out-of-scope kind the question belongs to, if any."""
        found = self._scope_rules.find(question)
        return found.rule.topic if found else None

    def reply_for(self, topic: str) -> str:
        """What the bot says about ``topic``: the entry's own reply when a rule of that topic has one."""
        return next((r.message for r in self.scope if r.topic == topic), f"The article doesn't cover {topic}.")

    @property
    def scope_rules(self) -> ScopeRules:
        return self._scope_rules

    def shares_words(self, question: str) -> bool:
        """Whether any content word of the question (stemmed) appears in an article or a concept."""
        words = [w for w in re.findall(r"[a-z0-9]+", _fold(question)) if len(w) > 2 and w not in _COMMON]
        return any(stem(w) in self._vocabulary_stems for w in words) or bool(self.corrections(question))

    def unknown_term(self, question: str) -> str | None:
        """A rare word (``bot/rarity.py``) that no article or concept uses, unless the question is about the treatment
        and a symptom a concept covers (then the rare word is context: "I had stem cells for my osteoarthritis and
        now my knee is swollen"). "Can a pill called Ocella cause DVT?" names a symptom, but not the treatment."""
        if not self._vocabulary_words or self._about_treatment_and_symptom(question):
            return None
        # a word of the reader's own language is no term the articles lack (eleventh outside trial: "mi hijo has a
        # little swelling on his hip" got "The article doesn't mention “hijo”")
        term = unknown_rare_word(question, self._vocabulary_words, self._vocabulary_stems, stem, skip=foreign_word)
        if term is not None and len(term) < MIN_LENGTH and general_health().names_another_cause(question):
            return None  # "side effects of PRP injections": another treatment, which has a reply of its own
        return term

    def unknown_effect(self, question: str) -> str | None:
        """The effect a question asks the treatment might cause, as the question words it, when one of its words that
        is neither the articles' nor a concept's is not a common English word ("Can stem cell therapy cause
        seizures?" names "seizures"; "graft versus host disease" is not the article's "disease"); None otherwise
        (``named_effect`` in bot/data/answer_kinds.yaml)."""
        effect = named_effect()
        phrase, words = effect.named(question)
        if not words or not self._vocabulary_words:
            return None
        unknown = [w for w in words if not is_known(w, self._vocabulary_words, self._vocabulary_stems, stem)]
        return phrase if any(not at_least(w, effect.common_zipf) for w in unknown) else None

    def _about_treatment_and_symptom(self, question: str) -> bool:
        folded = _fold(question)
        found = self._concepts_in(folded)
        treatment = _TREATMENT.search(folded) or any(_PROCEDURE.fullmatch(r) for r in found)
        return bool(treatment) and any(not _PROCEDURE.fullmatch(r) for r in found)

    def unknown_condition(self, question: str) -> str | None:
        """A condition the question asks about that no article and no concept mentions.

        A condition named only as context ("I had injections for my back pain and now I'm dizzy") is not
        refused: when the question also names something a concept covers (a symptom, a risk), that is what
        it asks about. Concepts that only name the procedure itself (a shot, an infusion) do not count.
        """
        folded = _fold(question)
        spans = self._spans(folded)
        matches = [(span, right) for (_, right), found in zip(self._concept_res, spans) for span in found]
        covered = [span for span, _ in matches]
        if any(not _PROCEDURE.fullmatch(right) for _, right in matches):
            return None
        for pattern, name in self._condition_res:
            for match in pattern.finditer(folded):
                s, e = match.span()
                if not any(cs <= s and e <= ce for cs, ce in covered):
                    return name
        return None


def _said_and_name(line: str) -> tuple[str, str]:
    """A conditions.txt line as (what people type, the name the reply gives): "gain weight => weight gain" gives
    "The article doesn't mention weight gain", not "gain weight"; a line without "=>" is both."""
    said, arrow, name = line.partition("=>")
    return said.strip(), (name if arrow else line).strip()


def _distinct_firsts(firsts: list[str | None]) -> tuple[str, ...] | None:
    """A concept's first literal words, without any that contains another (None when a phrase has none)."""
    known = [f for f in firsts if f is not None]
    if len(known) < len(firsts):
        return None
    return tuple(f for f in dict.fromkeys(known) if not any(g != f and g in f for g in known))
