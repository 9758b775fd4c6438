"""The editor's out-of-scope rules: question kinds no article answers, written as words, not regular expressions.

The file is ``knowledge/out_of_scope.yaml``; each entry names a ``topic`` ("The article doesn't cover <topic>.")
and how a question of that kind reads, in the words of the red-flag list (``bot/data/red_flags.yaml``):

- ``phrases``: words in this order; each word also matches its other forms (cost, costs, costing), filler words
  ("my", "the", "a") are skipped, and a word ending in ``*`` matches any word starting with it (``reimburs*``);
- ``together``: one word or phrase from each list within ``within`` words of each other, in any order;
- ``unless``: phrases that cancel a match they stand within five words of ("how much does it hurt");
- ``reply`` (optional): what the bot says instead of "The article doesn't cover <topic>.";
- ``examples``: ``refuse`` (questions the entry must refuse) and ``answer`` (questions no entry may refuse).

Matching is the red-flag engine's (``bot/flags.py``: stems, typos of the list's own words, the first matching
entry wins), without negation: "why doesn't insurance cover it?" is still about insurance. The examples are
checked whenever the file is read, so a rule that stops refusing what it was written for, or starts refusing a
question the articles answer, fails ``faqbot index`` with the entry's line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.errors import KnowledgeError
from bot.flag_list import strict_loader, terms  # the red-flag list's reader: same words, same problems
from bot.flags import WORD, Flag, RuleSet, Term
from bot.knowledge import Document
from bot.readings import normalise

SCOPE_RULES_FILE = "out_of_scope.yaml"
RULE_KEYS = {"topic", "phrases", "together", "unless", "reply", "examples", "note"}
_TIER = "scope"  # not an urgency tier: the engine lowers only "emergency" flags for past or general sentences


@dataclass(frozen=True)
class ScopeRule:
    """One entry of the file, as plain data (it is stored in the index manifest and rebuilt from there)."""

    topic: str
    line: int
    phrases: tuple[str, ...] = ()
    together: tuple[tuple[int, tuple[tuple[str, ...], ...]], ...] = ()  # (within, word lists)
    unless: tuple[str, ...] = ()
    reply: str = ""
    refuse: tuple[str, ...] = ()
    answer: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """What the bot says to a question of this kind."""
        return self.reply or f"The article doesn't cover {self.topic}."

    def as_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "line": self.line,
            "phrases": list(self.phrases),
            "together": [{"within": w, "words": [list(g) for g in groups]} for w, groups in self.together],
            "unless": list(self.unless),
            "reply": self.reply,
            "examples": {"refuse": list(self.refuse), "answer": list(self.answer)},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScopeRule:
        examples = data.get("examples") or {}
        return cls(
            topic=str(data["topic"]),
            line=int(data.get("line", 0)),
            phrases=tuple(data.get("phrases") or ()),
            together=tuple((int(t["within"]), tuple(tuple(g) for g in t["words"])) for t in data.get("together") or ()),
            unless=tuple(data.get("unless") or ()),
            reply=str(data.get("reply") or ""),
            refuse=tuple(examples.get("refuse") or ()),
            answer=tuple(examples.get("answer") or ()),
        )


@dataclass(frozen=True)
class Match:
    """The rule a text matched, and the words that matched it."""

    rule: ScopeRule
    words: str


class ScopeRules:
    """The rules compiled for the red-flag engine: one engine flag per ``phrases`` list and per ``together``."""

    def __init__(self, rules: Iterable[ScopeRule], source: str = SCOPE_RULES_FILE) -> None:
        self.rules = tuple(rules)
        self.source = source
        problems: list[str] = []
        flags: list[Flag] = []
        vocabulary: set[str] = set()
        for number, rule in enumerate(self.rules):
            where = f"{source}:{rule.line}: {rule.topic}"
            phrases = terms(list(rule.phrases), f"{where}: phrases", problems)
            unless = terms(list(rule.unless), f"{where}: unless", problems)
            parts: list[tuple[tuple[Term, ...], tuple[tuple[Term, ...], ...], int]] = []
            if phrases:
                parts.append((phrases, (), 4))
            for within, groups in rule.together:
                parts.append(((), tuple(terms(list(g), f"{where}: together", problems) for g in groups), within))
            for phrase_terms, group_terms, within in parts:
                flags.append(
                    Flag(
                        id=str(number),
                        tier=_TIER,
                        cls=rule.topic,
                        source=source,
                        line=rule.line,
                        phrases=phrase_terms,
                        groups=group_terms,
                        within=within,
                        unless=unless,
                    )
                )
            for text in (*rule.phrases, *(w for _, groups in rule.together for g in groups for w in g)):
                vocabulary.update(w for w in WORD.findall(normalise(text)) if len(w) >= 4 and w.isalpha())
        if problems:
            raise KnowledgeError(problems)
        self._engine = RuleSet(flags=tuple(flags), negation=(), window=0, not_now=(), vocabulary=frozenset(vocabulary))

    def find(self, text: str) -> Match | None:
        """The first rule of the file that ``text`` matches, or None."""
        found = self._engine.find(text)
        return Match(self.rules[int(found.flag.id)], found.words) if found else None

    def check(self) -> list[str]:
        """Every example that does not do what it says, as 'file:line: ...' problems."""
        problems: list[str] = []
        for rule in self.rules:
            where = f"{self.source}:{rule.line}: {rule.topic}"
            for question in rule.refuse:
                found = self.find(question)
                if found is None or found.rule is not rule:
                    got = f"refused as {found.rule.topic!r} (line {found.rule.line})" if found else "not refused"
                    problems.append(
                        f"{where}: the example {question!r} should be refused by this entry but is {got}; "
                        "add the words it uses to 'phrases' or 'together', or move the entry up"
                    )
            for question in rule.answer:
                found = self.find(question)
                if found is not None:
                    problems.append(
                        f"{where}: the example {question!r} should be answered but is refused as "
                        f"{found.rule.topic!r} (line {found.rule.line}, words {found.words!r}); add an 'unless'"
                    )
        return problems

    def overlaps(self, documents: Iterable[Document]) -> list[str]:
        """Warnings for entries that match an article's heading or text: questions about what the article covers
        would be refused (a rule about alcohol and exercise against an article about alcohol and exercise)."""
        warnings: list[str] = []
        for doc in documents:
            headings = dict.fromkeys([doc.title, *doc.groups, *doc.sections])
            for heading in headings:
                found = self.find(heading)
                if found:
                    warnings.append(
                        f"{self.source}:{found.rule.line}: the entry {found.rule.topic!r} matches the heading "
                        f"{heading!r} of {doc.path} (words {found.words!r}), so it no longer refuses questions whose "
                        "best passage is under that heading (the article covers them now), only the others; narrow the "
                        "entry with 'unless' or remove it"
                    )
            for passage in doc.passages:
                found = self.find(passage.text)
                if found:
                    warnings.append(
                        f"{self.source}:{found.rule.line}: the entry {found.rule.topic!r} matches the text of "
                        f"{passage.section!r} in {doc.path}:{passage.line} (words {found.words!r}), so it no longer "
                        "refuses questions whose best passage is that section's and has the question's topic words "
                        "(the article answers them there), only the others; narrow the entry with 'unless' or remove it"
                    )
        return warnings

    def as_data(self) -> list[dict[str, Any]]:
        return [r.as_dict() for r in self.rules]

    @classmethod
    def from_data(cls, data: Iterable[Any], source: str = SCOPE_RULES_FILE) -> ScopeRules:
        """Rules stored by ``as_data``; entries of another shape (an older manifest) are left out."""
        return cls((ScopeRule.from_dict(d) for d in data if isinstance(d, dict) and "topic" in d), source)


# -- reading the file ----------------------------------------------------------------------------------------


def _strings(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        problems.append(f'{where}: expected a list like [word, "a phrase"], got {value!r}')
        return ()
    return tuple(str(v) for v in value)


def _together(value: Any, where: str, problems: list[str]) -> tuple[tuple[int, tuple[tuple[str, ...], ...]], ...]:
    items = value if isinstance(value, list) else [value]
    out: list[tuple[int, tuple[tuple[str, ...], ...]]] = []
    for item in items:
        words = item.get("words") if isinstance(item, dict) else None
        within = item.get("within", 4) if isinstance(item, dict) else None
        if not isinstance(words, list) or len(words) < 2 or not isinstance(within, int) or within < 1:
            problems.append(
                f"{where}: together needs 'within' (a number of words) and 'words' (two or more word lists), "
                f"like {{within: 4, words: [[how much], [cost, price]]}}; got {item!r}"
            )
            continue
        out.append((within, tuple(_strings(g, f"{where}: together", problems) for g in words)))
    return tuple(out)


def _rule(raw: Any, line: int, path: Path, problems: list[str]) -> ScopeRule | None:
    where = f"{path}:{line}"
    if not isinstance(raw, dict) or not str(raw.get("topic") or "").strip():
        problems.append(f"{where}: each entry needs a 'topic' (what the reply names: \"The article doesn't cover …\")")
        return None
    topic = str(raw["topic"]).strip()
    where = f"{where}: {topic}"
    unknown = set(raw) - RULE_KEYS
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}")
    phrases = _strings(raw.get("phrases"), f"{where}: phrases", problems)
    together = _together(raw["together"], where, problems) if raw.get("together") else ()
    if not phrases and not together:
        problems.append(f"{where}: give 'phrases' or 'together' (or both)")
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"refuse", "answer"}:
        problems.append(f"{where}: examples has two lists: 'refuse' and 'answer'")
        examples = {}
    refuse = _strings(examples.get("refuse"), f"{where}: examples.refuse", problems)
    if not refuse:
        problems.append(f"{where}: add examples.refuse (questions this entry must refuse)")
    return ScopeRule(
        topic=topic,
        line=line,
        phrases=phrases,
        together=together,
        unless=_strings(raw.get("unless"), f"{where}: unless", problems),
        reply=str(raw.get("reply") or "").strip(),
        refuse=refuse,
        answer=_strings(examples.get("answer"), f"{where}: examples.answer", problems),
    )


def read_scope_rules(knowledge_dir: Path) -> ScopeRules:
    """Read and check ``out_of_scope.yaml``; every problem is reported at once as 'file:line: problem'."""
    import yaml

    from bot.knowledge import read_text

    path = knowledge_dir / SCOPE_RULES_FILE
    old = knowledge_dir / "out_of_scope.txt"
    if old.is_file():
        raise KnowledgeError(
            [f"{old}:1: regular-expression scope rules are no longer read; move each topic to {path.name} as words"]
        )
    if not path.is_file():
        return ScopeRules((), str(path))
    text = read_text(path)
    loader = strict_loader()(text)  # one parse: the node tree (for line numbers) and the data built from it
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise KnowledgeError([f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', None) or exc})"]) from None
    finally:
        loader.dispose()
    if data is None:
        return ScopeRules((), str(path))
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or set(data) != {"rules"}:
        raise KnowledgeError([f"{path}:1: expected one key, 'rules', holding a list of entries ('- topic: ...')"])
    nodes = next(v for k, v in root.value if k.value == "rules").value
    problems: list[str] = []
    rules = [_rule(raw, node.start_mark.line + 1, path, problems) for raw, node in zip(data["rules"], nodes)]
    seen: dict[str, int] = {}
    for rule in rules:
        if rule is not None and rule.topic in seen:
            problems.append(
                f"{path}:{rule.line}: the topic {rule.topic!r} is used twice (also line {seen[rule.topic]})"
            )
        elif rule is not None:
            seen[rule.topic] = rule.line
    if problems:
        raise KnowledgeError(problems)
    compiled = ScopeRules((r for r in rules if r is not None), str(path))
    problems = compiled.check()
    if problems:
        raise KnowledgeError(problems)
    return compiled
