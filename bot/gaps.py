"""Gaps: what readers asked that the article could not answer, grouped by meaning, and the answers they rated down.

The recorded questions (already redacted) are embedded with the bot's own model and grouped by agglomerative
clustering on cosine distance (average linkage, a distance threshold rather than a number of groups). Each
group shows its size, a few typical questions (nearest the group's centre), and the section the bot came
closest to, by the same retrieval that answers questions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from bot.answerer import Answerer
from bot.records import RatedAnswer, Records, UnansweredQuestion, now

# Cosine distance within which questions count as the same need: on tests/data/gaps/questions.txt 0.4 merged
# the cost and insurance questions, 0.3 split the cost questions in three.
DISTANCE = 0.35
MAX_QUESTIONS = 5000  # the newest ones, when there are more: clustering needs memory for all pairs
EXAMPLES = 3


@dataclass(frozen=True)
class Gap:
    size: int
    examples: tuple[str, ...]
    nearest_section: str | None
    kinds: dict[str, int]
    clients: int  # distinct client networks that asked

    def as_dict(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "examples": list(self.examples),
            "nearest_section": self.nearest_section,
            "kinds": self.kinds,
            "clients": self.clients,
        }


@dataclass(frozen=True)
class GapReport:
    since: datetime | None
    questions: int
    gaps: tuple[Gap, ...]
    rated_down: tuple[RatedAnswer, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "questions": self.questions,
            "gaps": [g.as_dict() for g in self.gaps],
            "rated_down": [
                {"section": r.section, "status": r.status, "down": r.down, "up": r.up, "comments": list(r.comments)}
                for r in self.rated_down
            ],
        }

    def text(self, limit: int = 20) -> str:
        """The report for a terminal: what readers wrote is shown with its control characters as "�" (fourteenth
        outside trial: a comment's escape codes recoloured the operator's terminal and printed a fake line)."""
        since = f" since {self.since:%Y-%m-%d %H:%M} UTC" if self.since else ""
        if not self.questions:
            lines = [
                f"No unanswered questions recorded{since} (servers record them with FAQBOT_RECORD_QUESTIONS=true)."
            ]
        else:
            lines = [f"{self.questions} unanswered questions{since}, in {len(self.gaps)} groups (largest first):"]
        for n, gap in enumerate(self.gaps[:limit], 1):
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(gap.kinds.items()))
            networks = f"{gap.clients} network" + ("s" if gap.clients != 1 else "")
            lines.append(f"\n{n}. {gap.size} questions from {networks} ({kinds})")
            lines.append(f"   closest section: {gap.nearest_section or '(none)'}")
            lines += [f"   - {printable(e)}" for e in gap.examples]
        if len(self.gaps) > limit:
            lines.append(f"\n... and {len(self.gaps) - limit} smaller groups (--json lists them all).")
        lines.append("\nAnswers rated down most:" if self.rated_down else "\nNo answer has been rated down.")
        for r in self.rated_down:
            lines.append(f"  {r.down} down, {r.up} up: {r.section or '(no quote: ' + r.status + ')'}")
            lines += [f"     “{printable(c)}”" for c in r.comments]
        return "\n".join(lines)


# Control characters (escape, bell, carriage return, C1) and the bidirectional overrides that make a line display
# as something else: a reader's text in an operator's terminal shows them as "�".
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    return _UNPRINTABLE.sub("\ufffd", text)


def parse_since(value: str) -> datetime:
    """``7d``, ``12h``, ``30m`` (that long ago) or an ISO date or time (UTC)."""
    match = re.fullmatch(r"\s*(\d+)\s*([dhm])\s*", value)
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        return now() - timedelta(**{{"d": "days", "h": "hours", "m": "minutes"}[unit]: amount})
    try:
        stamp = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"--since {value!r}: write a span like 7d, 12h or 30m, or a date like 2026-11-01") from None
    return stamp.replace(tzinfo=None) if stamp.tzinfo is None else stamp.astimezone().replace(tzinfo=None)


def group(vectors: np.ndarray, distance: float = DISTANCE) -> list[list[int]]:
    """Indices of ``vectors`` (unit length) grouped by meaning, largest group first."""
    n = len(vectors)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from sklearn.cluster import AgglomerativeClustering

    labels = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance
    ).fit_predict(vectors)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _typical(members: list[int], vectors: np.ndarray, texts: list[str]) -> tuple[str, ...]:
    centre = vectors[members].mean(axis=0)
    ranked = sorted(members, key=lambda i: -float(vectors[i] @ centre))
    return tuple(dict.fromkeys(texts[i] for i in ranked))[:EXAMPLES]


def find_gaps(
    records: Records, answerer: Answerer, since: datetime | None = None, distance: float = DISTANCE
) -> GapReport:
    """Group the recorded unanswered questions and read the answers rated down, from the records."""
    recorded: list[UnansweredQuestion] = records.unanswered(since)[-MAX_QUESTIONS:]
    texts = [q.text for q in recorded]
    gaps: list[Gap] = []
    if texts:
        vectors = np.asarray(answerer.embedder.encode(texts), dtype=np.float32)
        retriever = answerer.retriever
        expanded = [retriever.query_text(t) for t in texts]
        search_vectors = np.asarray(answerer.embedder.encode(expanded), dtype=np.float32)
        nearest = []
        for text, query, vector in zip(texts, expanded, search_vectors):
            hits = retriever.search(text, vector, k=1, expanded=query).hits
            nearest.append(hits[0].passage.section if hits else None)
        for members in group(vectors, distance):
            sections = Counter(nearest[i] for i in members if nearest[i])
            gaps.append(
                Gap(
                    size=len(members),
                    examples=_typical(members, vectors, texts),
                    nearest_section=sections.most_common(1)[0][0] if sections else None,
                    kinds=dict(Counter(recorded[i].kind for i in members)),
                    clients=len({recorded[i].client for i in members if recorded[i].client} or {None}),
                )
            )
    rated_down = tuple(r for r in records.rated(since) if r.down)
    return GapReport(since=since, questions=len(texts), gaps=tuple(gaps), rated_down=rated_down)
