"""Comparison systems for `faqbot eval`: plain dense top-1 and BM25, and the calibration curve.

The baselines get the best abstention threshold for the file being evaluated (an oracle the bot
itself does not get), so the comparison flatters them, not us.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from bot.answer import ANSWERED, NO_MATCH, Answer, Quote
from bot.answerer import Answerer
from bot.calibration import LabelledQuestion, curve
from bot.evaluation import Report, evaluate
from bot.indexer import score_questions
from bot.knowledge import Passage
from bot.screen import find_urgency

Scorer = Callable[[str], np.ndarray]


def _oracle_threshold(scorer: Scorer, passages: list[Passage], questions: list[LabelledQuestion]) -> float:
    """The threshold that maximises abstention minus twice false abstention on this very file."""
    answerable = [float(scorer(q.question).max()) for q in questions if q.label == "ANSWERABLE"]
    out_of_scope = [float(scorer(q.question).max()) for q in questions if q.label == "OUT_OF_SCOPE"]
    if not answerable or not out_of_scope:
        return float("-inf")
    candidates = sorted(set(answerable + out_of_scope))
    best, best_gain = float("-inf"), -1.0
    for t in candidates + [max(candidates) + 1e-6]:
        gain = np.mean([s < t for s in out_of_scope]) - 2 * np.mean([s < t for s in answerable])
        if gain > best_gain:
            best, best_gain = t, float(gain)
    return best


def _ask_with(scorer: Scorer, passages: list[Passage], threshold: float) -> Callable[[str], Answer]:
    def ask(question: str) -> Answer:
        scores = scorer(question)
        order = np.argsort(-scores)[:3]
        urgency = find_urgency(question)
        status = "urgent" if urgency and urgency.tier != "soon" else ANSWERED
        if scores[order[0]] < threshold and status != "urgent":
            return Answer(status=NO_MATCH, question=question)
        quotes = tuple(
            Quote(p.document, p.title, p.section, p.text, float(scores[i]), p.start, p.end)
            for i in order
            for p in [passages[i]]
        )
        return Answer(status=status, question=question, quotes=quotes)

    return ask


def dense_scorer(answerer: Answerer) -> Scorer:
    data = answerer.data
    rows = [i for i, u in enumerate(data.units) if u.kind == "passage"]
    matrix = data.vectors[rows]
    owner = [data.units[i].passage for i in rows]

    def score(question: str) -> np.ndarray:
        sims = matrix @ answerer.embedder.encode([question])[0]
        out = np.full(len(data.passages), -1.0)
        for p, s in zip(owner, sims):
            out[p] = max(out[p], s)
        return out

    return score


def bm25_scorer(answerer: Answerer) -> Scorer:
    import bm25s

    passages = answerer.data.passages
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize([p.text for p in passages], stopwords="en", show_progress=False), show_progress=False
    )

    def score(question: str) -> np.ndarray:
        words = bm25s.tokenize([question], stopwords="en", return_ids=False, show_progress=False)[0]
        return np.asarray(retriever.get_scores(words), dtype=float)

    return score


def baseline_reports(answerer: Answerer, questions: list[LabelledQuestion]) -> list[Report]:
    passages = answerer.data.passages
    reports = []
    for name, scorer in (
        ("dense top-1 (oracle t)", dense_scorer(answerer)),
        ("BM25 (oracle t)", bm25_scorer(answerer)),
    ):
        threshold = _oracle_threshold(scorer, passages, questions)
        reports.append(evaluate(name, _ask_with(scorer, passages, threshold), questions))
    return reports


def calibration_curve(answerer: Answerer, questions: list[LabelledQuestion]) -> str:
    """Coverage and precision of the bot's own top score at each threshold, marking the one in use.

    Questions the word lists refuse are counted apart: no threshold changes what happens to them.
    """
    scoring = score_questions(answerer.retriever, answerer.embedder, questions, cache={})
    scored, refused = scoring.scored, scoring.refused
    has_oos = any(s.label == "OUT_OF_SCOPE" for s in scored)
    lines = [
        "Calibration curve of the abstention threshold on this file (answered when top score >= threshold):",
        f"  refused by the word lists before any threshold: {refused['OUT_OF_SCOPE']} out-of-scope, "
        f"{refused['ANSWERABLE']} answerable; the curve covers the other {len(scored)} questions.",
        f"{'threshold':>10}{'coverage':>10}{'precision':>11}{'abstention':>12}",
    ]
    marked = False
    for row in curve(scored, steps=20):
        mark = ""
        if not marked and row["threshold"] >= answerer.threshold:
            mark, marked = f"  <- in use: {answerer.threshold:.3f}", True
        abstention = f"{row['abstention']:>12.3f}" if has_oos else f"{'-':>12}"
        lines.append(f"{row['threshold']:>10.2f}{row['coverage']:>10.3f}{row['precision']:>11.3f}{abstention}{mark}")
    return "\n".join(lines)
