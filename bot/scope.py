"""Out-of-scope kinds described by example questions, matched by meaning (negative examples, as Rasa and
Dialogflow do).

The editor writes ``knowledge/out_of_scope_examples.txt``: a topic in square brackets, then example questions
of that kind, one a line. A question is refused as that topic when it is closer in meaning to one of the
examples than ``SIMILAR`` (cosine of the embedded questions), closer to it by ``MARGIN`` than to any answerable
question of ``calibration.jsonl``, and no passage scored ``PASSAGE_CEILING`` or more. The word lists of
``bot/lexicon.py`` still run first; this catches the wordings they were never written for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bot.errors import KnowledgeError

EXAMPLES_FILE = "out_of_scope_examples.txt"
# Chosen on the tuning half of tests/data/real_questions with the dev set and the team's held-out set kept at
# their false-abstention floors (see README, "How good are the answers").
SIMILAR = 0.5
MARGIN = 0.15
PASSAGE_CEILING = 0.6
SAME_MEANING = 0.95  # an example this close to an answerable calibration question contradicts it


@dataclass(frozen=True)
class Example:
    topic: str
    question: str
    line: int


def conflicting_examples(
    examples: list[Example], vectors: np.ndarray, answerable: list[str], answerable_vectors: np.ndarray, path: Path
) -> list[str]:
    """Examples that mean the same as a question calibration.jsonl calls answerable, each as 'file:line: why'.
    One of the two labels is wrong, and such an example refuses nothing: a question must be closer to an example
    than to every answerable question by ``MARGIN``."""
    if not examples or not answerable:
        return []
    sims = np.asarray(vectors, np.float32) @ np.asarray(answerable_vectors, np.float32).T
    found = []
    for example, row in zip(examples, sims):
        best = int(np.argmax(row))
        if float(row[best]) >= SAME_MEANING:
            found.append(
                f"{path}:{example.line}: the out-of-scope example {example.question!r} means the same as "
                f"{answerable[best]!r}, which calibration.jsonl calls answerable (similarity {float(row[best]):.2f}), "
                "so it refuses nothing. Remove the example, or relabel that question."
            )
    return found


def read_examples(knowledge_dir: Path) -> list[Example]:
    """The editor's examples; every problem is reported at once as 'file:line: problem'."""
    path = knowledge_dir / EXAMPLES_FILE
    if not path.is_file():
        return []
    from bot.knowledge import read_text

    examples: list[Example] = []
    problems: list[str] = []
    topic = ""
    topic_line = 0
    counted = 0
    for number, raw in enumerate(read_text(path).splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        heading = re.fullmatch(r"\[(.+)\]", line)
        if heading:
            if topic and not counted:
                problems.append(f"{path}:{topic_line}: [{topic}] has no example questions under it.")
            topic, topic_line, counted = heading.group(1).strip(), number, 0
            continue
        if not topic:
            problems.append(f"{path}:{number}: an example question before any [topic] line; add the topic above it.")
            continue
        examples.append(Example(topic, line, number))
        counted += 1
    if topic and not counted:
        problems.append(f"{path}:{topic_line}: [{topic}] has no example questions under it.")
    if problems:
        raise KnowledgeError(problems)
    return examples


def uncovered_headings(passages: Iterable[Any], answerable: Iterable[Any]) -> list[str]:
    """The headings of the sections no answerable calibration question expects, read as questions the article
    answers: a section an editor has just added ("Aftercare Tips After Your Injection") is what its heading says, and
    an example of a kind the article did not cover ("the procedure, preparation, recovery") must not refuse questions
    about it (thirteenth outside trial: "what aftercare tips are there after the injection?" was refused)."""
    covered = {section for q in answerable for section in q.expected_sections}
    # (not an article's introduction, under its title: level 0; it is no section anyone added)
    return sorted({p.section for p in passages if p.section and p.level > 0 and p.section not in covered})


@dataclass
class Scope:
    """Example vectors by topic, and the answerable questions' vectors they must be closer than."""

    topics: tuple[str, ...] = ()
    examples: np.ndarray = field(default_factory=lambda: np.zeros((0, 1), np.float32))
    answerable: np.ndarray = field(default_factory=lambda: np.zeros((0, 1), np.float32))
    # sections no answerable calibration question expects (``uncovered_headings``): most likely just added
    new_sections: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        examples: Iterable[Example],
        vectors: np.ndarray,
        answerable: np.ndarray,
        new_sections: Iterable[str] = (),
    ) -> Scope:
        return cls(
            tuple(e.topic for e in examples),
            np.asarray(vectors, np.float32),
            np.asarray(answerable, np.float32),
            frozenset(new_sections),
        )

    def topic(self, vector: np.ndarray, best_passage: float) -> str | None:
        """The out-of-scope topic a question (its unit vector) belongs to, or None."""
        if not len(self.topics) or best_passage >= PASSAGE_CEILING:
            return None
        sims = self.examples @ vector
        best = int(np.argmax(sims))
        nearest_answerable = float((self.answerable @ vector).max()) if len(self.answerable) else -1.0
        if sims[best] >= SIMILAR and sims[best] - nearest_answerable >= MARGIN:
            return self.topics[best]
        return None
