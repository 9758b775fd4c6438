"""Choose the abstention threshold from labelled questions, and show why it sits where it does.

The editor keeps labelled questions in ``knowledge/calibration.jsonl`` (the eval format). At build
time every question that reaches the threshold (not refused by the word lists first) is scored on the very
score the server compares; the threshold refuses as many out-of-scope questions as it can while false
abstention on answerable questions stays within ``MAX_FALSE_ABSTENTION``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.errors import FaqbotError, QuestionFileError
from bot.knowledge import Passage

CALIBRATION_FILE = "calibration.jsonl"
LABELS = ("ANSWERABLE", "OUT_OF_SCOPE", "URGENT", "NOT_URGENT")
MAX_FALSE_ABSTENTION = 0.02
DEFAULT_THRESHOLD = 0.0  # with no calibration questions the bot never abstains on score alone


INTRODUCTION = "(introduction)"  # how question files name the text before an article's first heading


def section_label(passage: Passage) -> str:
    """A passage's section as question files name it."""
    return INTRODUCTION if passage.is_introduction else passage.section


@dataclass(frozen=True)
class LabelledQuestion:
    question: str
    label: str
    expected_sections: tuple[str, ...]


@dataclass(frozen=True)
class Scored:
    """One labelled question: its best score and whether the best passage's section was expected."""

    label: str
    score: float
    correct: bool


def read_questions(
    path: Path, sections: Mapping[str, tuple[str, ...]] | None = None, error: type[FaqbotError] = QuestionFileError
) -> list[LabelledQuestion]:
    """Read an eval-format JSONL file; every problem names its line.

    With ``sections`` (each name the knowledge has, ``(introduction)`` and group headings included, with the
    sections it stands for), an ANSWERABLE line may name only those, and a group heading counts as its sections. ``error`` is the exception to raise: a question file given to
    `faqbot eval` is not knowledge, while ``knowledge/calibration.jsonl`` is.
    """
    out: list[LabelledQuestion] = []
    problems: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise error([f"{path}: cannot read ({exc})."]) from None
    known = sorted(sections) if sections is not None else None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("expected a JSON object")
            label = item["label"]
            if label not in LABELS or not isinstance(item["question"], str):
                raise ValueError(f"label must be one of {', '.join(LABELS)}")
            expected = item.get("expected_sections", [])
            if not isinstance(expected, list) or not all(isinstance(e, str) for e in expected):
                raise ValueError("expected_sections must be a list of section names")
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            problems.append(f"{path}:{n}: not a question line ({exc}); see the question file format in README.")
            continue
        if label == "ANSWERABLE" and not expected:
            problems.append(
                f"{path}:{n}: an ANSWERABLE question needs expected_sections (the sections that answer it)."
            )
        elif label == "ANSWERABLE" and known is not None:
            unknown = [e for e in expected if e not in known]
            if unknown:
                problems.append(
                    f"{path}:{n}: unknown section {unknown[0]!r}; the knowledge has: " + "; ".join(known) + "."
                )
        if sections is not None:
            expected = list(dict.fromkeys(member for name in expected for member in sections.get(name, (name,))))
        out.append(LabelledQuestion(item["question"], label, tuple(expected)))
    if problems:
        raise error(problems)
    return out


def curve(scored: list[Scored], steps: int = 100) -> list[dict[str, float]]:
    """For thresholds 0..1: coverage of answerable questions, precision of what is answered, abstention."""
    answerable = [s for s in scored if s.label == "ANSWERABLE"]
    out_of_scope = [s for s in scored if s.label == "OUT_OF_SCOPE"]
    rows = []
    for i in range(steps + 1):
        t = i / steps
        answered_a = [s for s in answerable if s.score >= t]
        answered_o = [s for s in out_of_scope if s.score >= t]
        answered = len(answered_a) + len(answered_o)
        rows.append(
            {
                "threshold": round(t, 2),
                "coverage": len(answered_a) / len(answerable) if answerable else 0.0,
                "precision": sum(s.correct for s in answered_a) / answered if answered else 1.0,
                "abstention": 1 - len(answered_o) / len(out_of_scope) if out_of_scope else 0.0,
            }
        )
    return rows


def choose_threshold(scored: list[Scored], max_false_abstention: float = MAX_FALSE_ABSTENTION) -> float:
    """The threshold that refuses the most out-of-scope questions for the fewest answerable ones.

    Among thresholds that keep false abstention within the limit, those with the largest (abstention - false
    abstention), and of those the middle one; with no out-of-scope question reaching the scores, the highest
    such threshold (the bot then says "not in the article" as often as the limit allows).
    """
    answerable = sorted(s.score for s in scored if s.label == "ANSWERABLE")
    negatives = sorted(s.score for s in scored if s.label == "OUT_OF_SCOPE")
    if not answerable:
        return DEFAULT_THRESHOLD
    allowed = int(max_false_abstention * len(answerable))  # how many answerable questions may fall below
    kept = answerable[allowed]
    below = answerable[allowed - 1] if allowed > 0 else kept - 0.02
    highest = round((below + kept) / 2, 4)
    if not negatives:
        return highest
    points = sorted({*answerable, *negatives})
    candidates = [round((a + b) / 2, 4) for a, b in zip(points, points[1:])] + [round(points[0] - 0.01, 4)]

    def gain(t: float) -> float:
        refused = sum(s < t for s in negatives) / len(negatives)
        false = sum(s < t for s in answerable) / len(answerable)
        return round(refused - false, 9)

    allowed_ts = sorted(t for t in candidates if t <= highest) or [highest]
    best = max(gain(t) for t in allowed_ts)
    tied = [t for t in allowed_ts if gain(t) == best]
    # Equally good thresholds span a stretch of scores with no labelled question in it: take its middle, the
    # threshold farthest from the questions on either side.
    return round((tied[0] + tied[-1]) / 2, 4)


def summary(scored: list[Scored], threshold: float) -> dict[str, Any]:
    return {
        "threshold": threshold,
        "questions": len(scored),
        "max_false_abstention": MAX_FALSE_ABSTENTION,
        "curve": curve(scored, steps=20),
    }


CURVE_STEPS = 20  # the curve the manifest records (``summary``)


def settled(scored: list[Scored], margins: list[float], keys: list[str] | None = None) -> bool:
    """Whether every set of scores within ``margins`` of ``scored`` (question i's score anywhere in
    ``score ± margins[i]``) gives the same ``summary`` (threshold and curve) as ``scored`` does.

    A sufficient test, not an exact one: it answers False whenever it cannot tell. Questions with the same
    ``keys`` entry (the same text to embed) always score alike and move together. Used to carry a build's
    calibration over to the next when an edit can move each score by at most its margin (``bot/carryover.py``).
    """
    eps = max(margins, default=0.0)
    if eps >= 4e-5:  # a rounded candidate could take more than two values: not worth reasoning about
        return False
    lows = [s.score - m for s, m in zip(scored, margins)]
    highs = [s.score + m for s, m in zip(scored, margins)]
    for i in range(CURVE_STEPS + 1):
        t = i / CURVE_STEPS
        if any(lo < t <= hi for lo, hi in zip(lows, highs)):
            return False  # a score could cross a step of the curve
    answerable = sorted(s.score for s in scored if s.label == "ANSWERABLE")
    if not answerable:
        return True
    allowed = int(MAX_FALSE_ABSTENTION * len(answerable))
    kept = answerable[allowed]
    below = answerable[allowed - 1] if allowed > 0 else kept - 0.02
    # An order statistic moves no more than the scores do, so the highest threshold's middle moves by <= eps:
    # the highest allowed threshold is one of these two (the same one, or two next to each other).
    highest_lo, highest_hi = round((below + kept) / 2 - eps, 4), round((below + kept) / 2 + eps, 4)
    labels = [s.label for s in scored]
    if "OUT_OF_SCOPE" not in labels:
        return highest_lo == highest_hi  # the threshold is that highest one
    n_neg = labels.count("OUT_OF_SCOPE")
    n_ans = len(answerable)

    def gains(t: float) -> tuple[float, float]:
        """The least and the most ``choose_threshold``'s gain(t) can be."""
        neg_sure = sum(hi < t for hi, lab in zip(highs, labels) if lab == "OUT_OF_SCOPE")
        neg_maybe = sum(lo < t for lo, lab in zip(lows, labels) if lab == "OUT_OF_SCOPE")
        ans_sure = sum(hi < t for hi, lab in zip(highs, labels) if lab == "ANSWERABLE")
        ans_maybe = sum(lo < t for lo, lab in zip(lows, labels) if lab == "ANSWERABLE")
        return round(neg_sure / n_neg - ans_maybe / n_ans, 9), round(neg_maybe / n_neg - ans_sure / n_ans, 9)

    points = sorted({s.score for s in scored if s.label in ("ANSWERABLE", "OUT_OF_SCOPE")})
    # (value before rounding, whether it is a candidate whatever the scores do within their margins)
    raw = [((a + b) / 2, b - a > 2 * eps) for a, b in zip(points, points[1:])] + [(points[0] - 0.01, True)]
    keys = keys or [str(i) for i in range(len(scored))]
    by_score: dict[float, set[str]] = {}
    for s, k in zip(scored, keys):
        by_score.setdefault(s.score, set()).add(k)
    raw += [(v, False) for v, ks in by_score.items() if len(ks) > 1]  # equal scores that could come apart
    sure: list[tuple[float, float]] = []  # (candidate, its gain), both certain
    unsure: list[float] = []  # every value an uncertain candidate could take
    for value, exists in raw:
        values = {round(value - eps, 4), round(value + eps, 4)}
        if exists and len(values) == 1:
            t = values.pop()
            low, high = gains(t)
            if low == high:
                sure.append((t, low))
                continue
            unsure.append(t)
        else:
            unsure.extend(values)
    # Candidates at or below highest_lo are allowed whatever the scores; one between the two values of the highest
    # (when they differ) may be allowed or not, so it is treated as an uncertain candidate.
    allowed_sure = [(t, g) for t, g in sure if t <= highest_lo]
    maybe = [t for t, _g in sure if highest_lo < t <= highest_hi] + [t for t in unsure if t <= highest_hi]
    if not allowed_sure:  # then the threshold is the highest one itself, when no candidate can be allowed
        return highest_lo == highest_hi and not maybe
    best = max(g for _t, g in allowed_sure)
    # An uncertain candidate never ties with the best certain one: the threshold is the certain ones' choice.
    return all(gains(t)[1] < best for t in maybe)
