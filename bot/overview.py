"""The groups a broad question gets an overview of.

An article may split one kind of thing over several group headings: "Common Side Effects of Stem Cell Therapy"
and "Less Common but Serious Side Effects" are both side effects. The embedding picks one of them for "Any side
effects?" (it cannot tell "common" from "less common" by meaning), and a reader shown only the serious ones, or only
the common ones, is told half the answer. So a broad question gets every group of that kind, unless its words choose
among them: "What are the most common side effects?" says "common", "Which side effects are serious?" says
"serious", and each then gets its own group.

Nothing here is a word list: which groups are of one kind, and which words choose one, are read off the headings.
- Two groups of one article are of one kind when their headings share a word (not a stop word): "side effects".
- A heading's own words are those no other heading of its kind has, leaving out the article title's words (they
  name what the whole article is about, not one group): "common" for the first, "serious" and "less common" for
  the second. "Less common", "uncommon", "not common" and "non-serious" read as the negation of the word, so "less
  common" and "common" choose different groups.
- A question chooses the groups whose own words it says (in its own words or its concepts' expansion); when it
  says none, it gets them all, in article order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.knowledge import Passage
from bot.lexicon import stem

# "less common", "not common", "non-serious": the word, negated (and not the word itself)
_NEGATED = re.compile(r"\b(?:less\s+|not\s+|non-?)([a-z]{3,})\b")
# "uncommon": also the word, negated; the whole word stays too, since "understanding" and "units" start with "un"
_UN = re.compile(r"\bun([a-z]{4,})\b")
_STOP = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been it its this that these those "
    "what which who how why when where can could would should will do does did have has had not no so than about "
    "into after before any some".split()
)


def words_of(text: str) -> frozenset[str]:
    """The content words of a heading or question, stemmed; a negated word as ``not:<stem>``."""
    folded = text.lower().replace("’", "'")
    negated = {f"not:{stem(w)}" for w in (*_NEGATED.findall(folded), *_UN.findall(folded))}
    plain = _NEGATED.sub(" ", folded)
    return frozenset({stem(w) for w in re.findall(r"[a-z0-9]+", plain) if w not in _STOP and len(w) > 1} | negated)


@dataclass(frozen=True)
class Groups:
    """The group headings of the articles, read once when an index is loaded: for each group, its kind (itself and
    the groups of its article whose headings share a word with it, in article order) and each one's own words."""

    kinds: dict[str, tuple[tuple[str, frozenset[str]], ...]]  # group -> (kindred group, its own words), in order

    @classmethod
    def of(cls, passages: Sequence[Passage]) -> Groups:
        article: dict[str, str] = {}
        title: dict[str, frozenset[str]] = {}
        for p in passages:
            if p.group and p.group not in article:
                article[p.group], title[p.group] = p.document, words_of(p.title)
        words = {g: words_of(g) for g in article}
        kinds = {}
        for chosen in article:
            kin = [g for g in article if article[g] == article[chosen] and (g == chosen or words[g] & words[chosen])]
            heading = {g: words[g] - title[chosen] for g in kin}
            kinds[chosen] = tuple(
                (g, heading[g] - frozenset().union(*(heading[o] for o in kin if o != g))) for g in kin
            )
        return cls(kinds)

    def family(self, chosen: str) -> tuple[str, ...]:
        """``chosen`` and the other groups of its kind, in article order."""
        return tuple(g for g, _ in self.kinds.get(chosen, ())) or (chosen,)

    def asked(self, chosen: str, question: str) -> tuple[str, ...]:
        """The groups a broad question gets an overview of: ``chosen`` (the heading nearest in meaning) and the
        other groups of its kind, or only those whose own words the question says."""
        kin = self.kinds.get(chosen, ())
        if len(kin) < 2:
            return (chosen,)
        said = words_of(question)
        return tuple(g for g, own in kin if own & said) or tuple(g for g, _ in kin)
