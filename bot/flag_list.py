"""The reviewed red-flag list as a file: read it, check it, report every mistake as file:line.

The file is ``bot/data/red_flags.yaml`` (clinical content; see its header). ``load_rules`` turns it into the
``RuleSet`` of ``bot/flags.py``; ``RuleSet.check`` then runs every example it carries.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.errors import KnowledgeError, RedFlagsError
from bot.flags import (
    FILLERS,
    RULES,
    TIERS,
    WORD,
    Explained,
    Flag,
    InCare,
    Lasting,
    LayVocabulary,
    RuleSet,
    Seeking,
    Term,
    Topic,
)
from bot.readings import normalise, stem


@dataclass(frozen=True)
class Reading:
    """How a list's words and phrases are read into terms: its lay words ("threw up" read as "vomiting") and the
    words skipped between a phrase's words. The red-flag list reads with its own; other lists (the scope rules,
    ``bot/scope_rules.py``) read plainly."""

    lay: LayVocabulary = LayVocabulary(())
    skipped: frozenset[str] = FILLERS

    def term(self, text: Any, where: str, problems: list[str]) -> Term | None:
        if not isinstance(text, str | int | float) or not str(text).strip():
            problems.append(f"{where}: expected a word or phrase, got {text!r}")
            return None
        words = [w for w in WORD.findall(self.lay.read(normalise(str(text)))) if w not in self.skipped]
        if not words:
            problems.append(f"{where}: {text!r} has no words to match")
            return None
        return Term(str(text), tuple(stem(w) for w in words))

    def terms(self, value: Any, where: str, problems: list[str]) -> tuple[Term, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            problems.append(f'{where}: expected a list like [word, "a phrase"], got {type(value).__name__}')
            return ()
        return tuple(t for t in (self.term(v, where, problems) for v in value) if t is not None)


terms = Reading().terms  # the plain reading, for lists other than the red flags


def _lines(path: Path) -> dict[str, int]:
    """The line of each flag id in the file, for messages; an id given twice names its second line, the one just
    added (fourteenth outside trial: the reviewed flag's line was named)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = re.match(r"\s*-\s*id:\s*['\"]?([\w-]+)", line)
        if m:
            lines[m.group(1)] = number
    return lines


def strict_loader() -> type:
    import yaml

    # libyaml's parser when PyYAML has it (the wheels do): the same data, node tree and error lines as the pure
    # Python one, four times as fast (the red-flag list is read before the first answer: 0.72 s -> 0.17 s).
    safe: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(safe):  # type: ignore[misc,valid-type]
        """A safe loader that refuses a key given twice in one mapping (YAML would keep the last silently)."""

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _value in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key {key!r} is given twice here; merge the two", key_node.start_mark
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return StrictLoader


LAY_KEYS = {"means", "said", "source", "not_after", "only_after"}


def lay_vocabulary(raw: Any, path: Path, problems: list[str]) -> LayVocabulary:
    """The `lay_terms` section: each entry's plain phrases (`said`) read as its clinical phrase (`means`)."""
    if raw is None:
        return LayVocabulary(())
    if not isinstance(raw, list):
        problems.append(f"{path}: lay_terms: expected a list of {{means, said, source}}")
        return LayVocabulary(())
    pairs: dict[str, str] = {}
    guards: dict[str, frozenset[str]] = {}
    needs: dict[str, frozenset[str]] = {}
    for i, entry in enumerate(raw):
        where = f"{path}: lay_terms #{i + 1}"
        if not isinstance(entry, dict) or set(entry) - LAY_KEYS:
            problems.append(f"{where}: expected the keys {sorted(LAY_KEYS)}")
            continue
        means = " ".join(WORD.findall(normalise(str(entry.get("means", "")))))
        said = entry.get("said")
        if not means or not isinstance(said, list) or not said:
            problems.append(f"{where}: needs 'means' (the clinical word) and 'said' (a list of plain phrases)")
            continue
        if not str(entry.get("source", "")).strip():
            problems.append(f"{where} ({means}): every lay term needs the 'source' it comes from")
        not_after = _single_words(entry, "not_after", f"{where} ({means})", problems)
        only_after = _single_words(entry, "only_after", f"{where} ({means})", problems)
        for phrase in said:
            plain = " ".join(WORD.findall(normalise(str(phrase))))
            if not plain:
                problems.append(f"{where} ({means}): {phrase!r} has no words")
            elif plain in pairs and pairs[plain] != means:
                problems.append(f"{where}: {phrase!r} already means {pairs[plain]!r}")
            else:
                pairs[plain] = means
                if not_after:
                    guards[plain] = frozenset(normalise(w) for w in not_after)
                if only_after:
                    needs[plain] = frozenset(normalise(w) for w in only_after)
    return LayVocabulary(tuple(sorted(pairs.items())), tuple(sorted(guards.items())), tuple(sorted(needs.items())))


def _single_words(entry: dict[str, Any], key: str, where: str, problems: list[str]) -> list[str]:
    """A lay term's list of single words (``not_after``, ``only_after``); a problem named, and none, if it is not one."""
    words = entry.get(key) or []
    if not isinstance(words, list) or not all(isinstance(w, str) and WORD.fullmatch(w.lower()) for w in words):
        problems.append(f"{where}: {key}: expected a list of single words")
        return []
    return words


FLAG_KEYS = {
    "id",
    "tier",
    "class",
    "source",
    "phrases",
    "together",
    "also_needs",
    "unless",
    "examples",
    "note",
    "pointed",
    "other_languages",
}


def load_rules(path: Path = RULES) -> RuleSet:
    """Read and check the list; every problem is reported at once as 'file:line: problem'."""
    import yaml

    _StrictLoader = strict_loader()
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506 (a SafeLoader)
    except OSError as exc:
        raise RedFlagsError([f"{path}: cannot be read ({exc.strerror or exc})"]) from None
    except UnicodeDecodeError as exc:
        raise RedFlagsError([f"{path}: not UTF-8 text ({exc.reason})"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise RedFlagsError([f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', exc)})"]) from None
    problems: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("flags"), list):
        raise RedFlagsError([f"{path}:1: expected 'negation', 'not_now' and a list of 'flags'"])
    lines = _lines(path)
    skipped = data.get("skipped_words") or []
    if not isinstance(skipped, list) or not all(isinstance(w, str) and WORD.fullmatch(w.lower()) for w in skipped):
        problems.append(f"{path}: skipped_words: expected a list of single words")
        skipped = []
    reading = Reading(lay_vocabulary(data.get("lay_terms"), path, problems), FILLERS | {w.lower() for w in skipped})
    terms = reading.terms
    # Terms as written, without the lay reading: an `unless` phrase cancels in either vocabulary ("fainted at the
    # sight" is read "passed out at the sight", and must still cancel "faint at the sight", whose 'faint' is no lay
    # term).
    as_written = Reading(skipped=reading.skipped).terms
    negation = data.get("negation") or {}
    not_now = data.get("not_now") or {}
    flags: list[Flag] = []
    seen: set[str] = set()
    vocabulary: set[str] = set()
    for i, raw in enumerate(data["flags"]):
        fid = str(raw.get("id", "")) if isinstance(raw, dict) else ""
        where = f"{path}:{lines.get(fid, 1)}"
        if not isinstance(raw, dict) or not fid:
            problems.append(f"{where}: flag #{i + 1} needs an 'id'")
            continue
        unknown = set(raw) - FLAG_KEYS
        if unknown:
            problems.append(f"{where}: {fid}: unknown keys {sorted(unknown)}; allowed: {sorted(FLAG_KEYS)}")
        if fid in seen:
            problems.append(f"{where}: {fid}: the id is used twice")
        seen.add(fid)
        tier = raw.get("tier")
        if tier not in TIERS:
            problems.append(f"{where}: {fid}: tier must be one of {', '.join(TIERS)}, got {tier!r}")
        if not isinstance(raw.get("source"), str) or not raw["source"].strip():
            # (an empty "source:" is None in YAML, which str() had made the text "None"; fourteenth outside trial)
            problems.append(f"{where}: {fid}: every flag needs the 'source' it comes from")
        together = raw.get("together") or {}
        groups: tuple[tuple[Term, ...], ...] = ()
        within = 4
        if together:
            if not isinstance(together, dict) or not isinstance(together.get("words"), list):
                problems.append(f"{where}: {fid}: 'together' needs 'words' (a list of word lists) and 'within'")
            else:
                if set(together) - {"words", "within"}:
                    # a key indented one level too far ("unless" under "together") was silently ignored
                    problems.append(
                        f"{where}: {fid}: 'together' holds only 'words' and 'within', not "
                        f"{sorted(set(together) - {'words', 'within'})}; is a key indented one level too far?"
                    )
                groups = tuple(terms(g, f"{where}: {fid}: together", problems) for g in together["words"])
                within = whole_number(together.get("within", 4), f"{where}: {fid}: together within", problems)
                if len(groups) < 2:
                    problems.append(f"{where}: {fid}: 'together' needs at least two word lists")
        phrases = terms(raw.get("phrases"), f"{where}: {fid}: phrases", problems)
        for read, written in zip(phrases, as_written(raw.get("phrases"), where, []), strict=False):
            if len(written.stems) >= 3 and len(read.stems) == 1:
                problems.append(
                    f"{where}: {fid}: the phrase {written.text!r} reads as the bare word {read.stems[0]!r} after "
                    "lay_terms, so the flag would raise on that word alone; take the phrase out of lay_terms"
                )
        if not phrases and not groups:
            problems.append(f"{where}: {fid}: give 'phrases' or 'together' (or both)")
        unless = terms(raw.get("unless"), f"{where}: {fid}: unless", problems)
        unless += tuple(t for t in as_written(raw.get("unless"), where, problems) if t not in unless)
        key_words = {w for t in phrases for w in t.stems} | {w for g in groups for t in g for w in t.stems}
        for term in unless:
            if len(term.stems) == 1 and term.stems[0] in key_words:
                problems.append(
                    f"{where}: {fid}: unless {term.text!r} has the same word stem as one of the flag's own words, so "
                    "it would cancel every match; make it a longer phrase"
                )
        examples = raw.get("examples") or {}
        if isinstance(examples, dict) and set(examples) - {"flag", "ok"}:
            problems.append(
                f"{where}: {fid}: 'examples' holds only 'flag' and 'ok', not {sorted(set(examples) - {'flag', 'ok'})}"
            )
        must_flag = tuple(str(e) for e in (examples.get("flag") or [])) if isinstance(examples, dict) else ()
        must_not = tuple(str(e) for e in (examples.get("ok") or [])) if isinstance(examples, dict) else ()
        if not must_flag:
            problems.append(f"{where}: {fid}: add examples.flag (messages that must raise it)")
        flag = Flag(
            id=fid,
            tier=str(tier),
            cls=str(raw.get("class", "")),
            source=str(raw.get("source", "")),
            line=lines.get(fid, 1),
            phrases=phrases,
            groups=groups,
            within=within,
            also_needs=terms(raw.get("also_needs"), f"{where}: {fid}: also_needs", problems),
            unless=unless,
            must_flag=must_flag,
            must_not_flag=must_not,
            pointed=raw.get("pointed") is True,
            other_languages=raw.get("other_languages") is True,
        )
        flags.append(flag)
        for term in (*phrases, *(t for g in groups for t in g)):
            vocabulary.update(w for w in WORD.findall(normalise(term.text)) if len(w) >= 4 and w.isalpha())
    lasting = _lasting(not_now.get("lasting"), f"{path}: not_now lasting", problems, terms)
    follows = _keys(not_now.get("of_what_follows"), {"cues", "reach"}, f"{path}: not_now of_what_follows", problems)
    recent = _keys(not_now.get("recent_after"), {"units", "counts"}, f"{path}: not_now recent_after", problems)
    explained = _explained(not_now.get("explained_by"), f"{path}: not_now explained_by", problems, terms)
    seeking = _seeking(not_now.get("seeking"), f"{path}: not_now seeking", problems, terms)
    in_care = _in_care(not_now.get("in_care"), f"{path}: not_now in_care", problems, terms)
    topic = _topic(data.get("named_as_a_topic"), f"{path}: named_as_a_topic", problems, terms)
    window = whole_number(negation.get("window", 4), f"{path}: negation window", problems)
    reach = whole_number(follows.get("reach", 3), f"{path}: not_now of_what_follows reach", problems)
    if problems:
        raise RedFlagsError(problems)
    order = {t: i for i, t in enumerate(TIERS)}
    flags.sort(key=lambda f: order[f.tier])  # stable: within a tier, the file's order
    ruleset = RuleSet(
        flags=tuple(flags),
        negation=terms(negation.get("cues"), f"{path}: negation", problems),
        window=window,
        negation_stops=terms(negation.get("stops_at"), f"{path}: negation stops_at", problems),
        not_denials=terms(negation.get("not_denials"), f"{path}: negation not_denials", problems),
        not_cues=terms(negation.get("not_cues"), f"{path}: negation not_cues", problems),
        negation_carriers=terms(negation.get("carried_by"), f"{path}: negation carried_by", problems),
        restrictors=terms(negation.get("restricted_by"), f"{path}: negation restricted_by", problems),
        reassurances=terms(negation.get("reassured_by"), f"{path}: negation reassured_by", problems),
        not_now=terms(not_now.get("cues"), f"{path}: not_now", problems),
        defining=terms(not_now.get("defining"), f"{path}: not_now defining", problems),
        feared=terms(not_now.get("feared"), f"{path}: not_now feared", problems),
        present=terms(not_now.get("present"), f"{path}: not_now present", problems),
        continuing=terms(not_now.get("continuing"), f"{path}: not_now continuing", problems),
        forward=terms(follows.get("cues"), f"{path}: not_now of_what_follows", problems),
        forward_reach=reach,
        recent_units=terms(recent.get("units"), f"{path}: not_now recent_after", problems),
        recent_counts=terms(recent.get("counts"), f"{path}: not_now recent_after", problems),
        lasting=lasting,
        explained=explained,
        seeking=seeking,
        in_care=in_care,
        topic=topic,
        skipped=reading.skipped,
        vocabulary=frozenset(vocabulary),
        calm_examples=tuple(str(e) for e in (data.get("not_urgent_examples") or [])),
        lay=reading.lay,
    )
    if problems:  # the negation and not_now lists, read just above (their problems had been dropped)
        raise RedFlagsError(problems)
    return ruleset


def _lasting(raw: object, where: str, problems: list[str], terms: Callable[..., tuple[Term, ...]]) -> Lasting | None:
    """``not_now.lasting``: ``words`` (two word lists, in that order), ``within``, ``unless`` and ``recurring``."""
    if raw is None:
        return None
    words = raw.get("words") if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or not isinstance(words, list) or len(words) != 2:
        problems.append(f"{where}: needs 'words' (two word lists: 'for', then 'weeks'), 'within' and 'unless'")
        return None
    recurring = raw.get("recurring") or {}
    if not isinstance(recurring, dict) or set(recurring) - {"said", "classes", "not_with"}:
        problems.append(
            f"{where} recurring: expected 'said' (phrases), 'classes' (the classes of flag it lowers) and optionally"
            " 'not_with' (signs that keep it an emergency)"
        )
        recurring = {}
    return Lasting(
        first=terms(words[0], where, problems),
        second=terms(words[1], where, problems),
        within=whole_number(raw.get("within", 4), f"{where} within", problems),
        unless=terms(raw.get("unless"), f"{where} unless", problems),
        recurring=terms(recurring.get("said"), f"{where} recurring", problems),
        recurring_classes=frozenset(str(c) for c in recurring.get("classes") or ()),
        recurring_not_with=terms(recurring.get("not_with"), f"{where} recurring not_with", problems),
    )


def whole_number(raw: object, where: str, problems: list[str]) -> int:
    """A count of words written as a whole number ("within: 6"), or 4 and a problem when it is not ("within: ten" had
    stopped the server with a traceback; fourteenth outside trial)."""
    if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw <= 100:
        return raw
    problems.append(f"{where}: expected a whole number of words from 0 to 100, got {raw!r}")
    return 4


def _keys(raw: object, keys: set[str], where: str, problems: list[str]) -> dict[str, Any]:
    """A part of the list written as ``key: value`` lines with only ``keys``, or {} (and a problem) when it is not."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - keys:
        problems.append(f"{where}: expected only {', '.join(sorted(keys))}")
        return {}
    return raw


def _explained(
    raw: object, where: str, problems: list[str], terms: Callable[..., tuple[Term, ...]]
) -> Explained | None:
    """``not_now.explained_by``: ``conditions`` (names of long-term conditions), ``classes`` (the classes of flag whose
    signs they explain) and ``new`` (words that say a sign is new all the same)."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"conditions", "classes", "new"}:
        problems.append(f"{where}: expected 'conditions', 'classes' and 'new' (three lists)")
        return None
    return Explained(
        conditions=terms(raw["conditions"], f"{where} conditions", problems),
        classes=frozenset(str(c) for c in raw["classes"] or ()),
        new=terms(raw["new"], f"{where} new", problems),
    )


def _seeking(raw: object, where: str, problems: list[str], terms: Callable[..., tuple[Term, ...]]) -> Seeking | None:
    """``not_now.seeking``: ``said`` (words asking whether stem cells would help), ``classes`` (the classes of flag it
    lowers to "soon"), ``new`` (words that say a sign is new all the same) and ``habitual`` (words that tell the sign
    as a pattern, one of which its sentence must hold)."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"said", "classes", "new", "habitual"}:
        problems.append(f"{where}: expected 'said', 'classes', 'new' and 'habitual' (four lists)")
        return None
    return Seeking(
        said=terms(raw["said"], f"{where} said", problems),
        classes=frozenset(str(c) for c in raw["classes"] or ()),
        new=terms(raw["new"], f"{where} new", problems),
        habitual=terms(raw["habitual"], f"{where} habitual", problems),
    )


def _in_care(raw: object, where: str, problems: list[str], terms: Callable[..., tuple[Term, ...]]) -> InCare | None:
    """``not_now.in_care``: ``said`` (words saying the person is in a hospital's care now) and ``unless`` (waiting to be
    seen there)."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or "said" not in raw or set(raw) - {"said", "unless"}:
        problems.append(f"{where}: expected 'said' and, optionally, 'unless' (word lists)")
        return None
    return InCare(
        said=terms(raw["said"], f"{where} said", problems), unless=terms(raw.get("unless"), f"{where} unless", problems)
    )


def _topic(raw: object, where: str, problems: list[str], terms: Callable[..., tuple[Term, ...]]) -> Topic | None:
    """``named_as_a_topic``: ``names`` (illnesses), ``asking`` (single words that ask about one as a topic, one of which
    must stand in the message) and ``words`` (other single words such a question may have)."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not {"names", "asking", "words", "source"} <= set(raw) <= {
        "names",
        "asking",
        "words",
        "pointing",
        "source",
    }:
        problems.append(
            f"{where}: expected 'names', 'asking' and 'words' (three lists), perhaps 'pointing' (a list), and a 'source'"
        )
        return None

    def stems(key: str) -> frozenset[str]:
        words = [str(w).lower() for w in raw[key] or ()]  # type: ignore[index]
        for word in words:
            if not WORD.fullmatch(word):
                problems.append(f"{where} {key}: {word!r} is not a single word")
        # stemmed as the message's words are, articles and "my" included
        return frozenset(stem(w) for w in words)

    asking, words = stems("asking"), stems("words")
    names = terms(raw["names"], f"{where} names", problems)
    for name in names:
        if len(WORD.findall(normalise(name.text))) != len(name.stems):
            problems.append(
                f"{where} names: {name.text!r} has a word that phrases skip ('the', 'my'), so it never matches"
            )
    pointing = stems("pointing") if raw.get("pointing") else frozenset()
    return Topic(names=names, asking=asking, words=words | asking, pointing=pointing)


_LOADED: list[str] = []  # the SHA-256 of the list this process serves, kept when rules() first reads it


def list_status() -> dict[str, Any]:
    """What /healthz says of the red-flag list: how many flags are served, whether the file on disk is still the one
    read at start-up, and, when it is not, whether the edited file would load (fourteenth outside trial: an edit was
    never served by a running server, and a broken one would have stopped its next restart without a word)."""
    from bot.store import file_sha256  # cached by the file's inode, size and times, as for the index's data files

    served = rules()
    on_disk = file_sha256(RULES)
    same = on_disk == _LOADED[0] if _LOADED else True
    return {
        "flags": len(served.flags),
        "matches_file": same,
        "edited_file_problem": None if same else _problem_of(on_disk),
    }


@lru_cache(maxsize=8)
def _problem_of(digest: str) -> str | None:
    """Why the edited list would not load (its lines named relative to bot/data), or None; read once per edit."""
    try:
        load_rules(RULES)
    except KnowledgeError as exc:
        return "; ".join(exc.problems).replace(str(RULES.parent), "bot/data")
    return None


@lru_cache(maxsize=1)
def rules() -> RuleSet:
    """The shipped list, loaded once per process, and read back from the disk cache (``bot/disk_cache.py``) when
    neither the list nor the package's code has changed since it was last read (8 ms instead of about 0.15 s)."""
    from importlib.metadata import version

    from bot.disk_cache import cached

    # What reading the list depends on beyond the package's own code and data: its text, the stemmer that
    # stems its terms and the YAML parser (an upgraded stemmer stems differently: the questions would then be
    # read with other stems than the list's).
    libraries = [f"{name} {version(name)}" for name in ("PyStemmer", "PyYAML", "wordfreq")]
    text = RULES.read_bytes()
    _LOADED[:] = [hashlib.sha256(text).hexdigest()]
    return cached("red-flags", [text, *libraries], lambda: load_rules(RULES))
