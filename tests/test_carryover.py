"""Calibration carried over from the previous build: only when it is the calibration a full recompute gives.

A series of one-paragraph edits on a generated base with the shipped calibration questions: after each, the
incremental build's threshold and curve must equal those of ``faqbot index --full`` on the same knowledge,
whether it carried the calibration over or scored the questions again. Small bases move scores more than large
ones (the centring mean and BM25's statistics are over fewer passages), so most word edits here are scored
again; edits that change no word (punctuation) move nothing and are carried over.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from bot import retriever as retriever_module
from bot.calibration import Scored, choose_threshold, curve, settled
from bot.indexer import build_index
from bot.store import read_manifest
from tests.conftest import ROOT
from tests.fakes import HashEmbedder
from tools.corpus import write_split_knowledge


def _edit(path: Path, rng: random.Random) -> None:
    text = path.read_text(encoding="utf-8")
    first = int(text.split("(ref p", 2)[1].split("x)", 1)[0])
    n = first + rng.randrange(150)
    change = rng.choice([";", "!", " edited", " swelling", " and more", "?"])
    old = f"(ref p{n}x)."
    assert old in text
    path.write_text(text.replace(old, f"(ref p{n}x){change}.", 1), encoding="utf-8")


@pytest.mark.parametrize("approximate", [False, True])
def test_a_carried_over_calibration_is_the_full_recomputes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, approximate: bool
) -> None:
    if approximate:  # search as a large base does (IVF and BM25 candidates), on a small one
        monkeypatch.setattr(retriever_module, "EXACT_LIMIT", 500)
    knowledge = tmp_path / "knowledge"
    paths = write_split_knowledge(knowledge, 1_200, per_file=200)
    for name in ("concepts.txt", "conditions.txt"):
        shutil.copy(ROOT / "knowledge" / name, knowledge / name)
    index, full = tmp_path / "index", tmp_path / "full"
    embedder = HashEmbedder()
    build_index(knowledge, index, embedder)
    assert read_manifest(index)["calibration"]["source"]["scored_on"] == "the whole index"
    rng = random.Random(7)
    carried = 0
    for _ in range(8):
        _edit(rng.choice(paths), rng)
        report = build_index(knowledge, index, embedder)
        assert report.embedded <= 1
        build_index(knowledge, full, embedder, full=True)
        got, want = read_manifest(index)["calibration"], read_manifest(full)["calibration"]
        assert (got["threshold"], got["curve"], got["questions"]) == (
            want["threshold"],
            want["curve"],
            want["questions"],
        )
        assert report.threshold == want["threshold"]
        source = got["source"]
        assert ("carried_over_from" in source) != ("scored_on" in source) and source["why"]
        carried += "carried_over_from" in source
    assert want["source"]["why"] == "faqbot index --full"
    if not approximate:  # with IVF a small base rarely proves its best passages are candidates: nothing to show
        assert carried >= 1  # the test shows something: edits that move nothing are carried over


def test_nothing_changed_keeps_the_calibration_word_for_word(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    paths = write_split_knowledge(knowledge, 400, per_file=200)
    index = tmp_path / "index"
    build_index(knowledge, index, HashEmbedder())
    _edit(paths[0], random.Random(1))
    build_index(knowledge, index, HashEmbedder())
    before = read_manifest(index)
    again = build_index(knowledge, index, HashEmbedder())
    assert not again.written and read_manifest(index) == before


def test_settled_is_never_wrong_about_the_threshold_or_the_curve() -> None:
    rng = random.Random(3)
    proved = 0
    for i in range(3_000):
        n = rng.randint(3, 60)
        if i % 2:  # on a grid: midpoints often sit on a rounding boundary
            values = [round(rng.uniform(0, 1), 3) for _ in range(n)]
        else:  # near one: within a few 1e-6 of where the 4th decimal rounds the other way
            values = [round(rng.uniform(0.6, 0.8), 4) + rng.choice([0.0, 5e-5, -4e-5, 1e-5, 3e-6]) for _ in range(n)]
        scored = [
            Scored(rng.choice(["ANSWERABLE", "ANSWERABLE", "OUT_OF_SCOPE"]), v, rng.random() < 0.8) for v in values
        ]
        margins = [rng.choice([0.0, 1e-6, 5e-6, 1e-5, 1.2e-5, 3e-5]) for _ in range(n)]
        if not settled(scored, margins):
            continue
        proved += 1
        for _ in range(10):
            moved = [
                Scored(s.label, s.score + rng.choice([-1, 1, rng.uniform(-1, 1)]) * m, s.correct)
                for s, m in zip(scored, margins)
            ]
            assert choose_threshold(moved) == choose_threshold(scored)
            assert curve(moved, 20) == curve(scored, 20)
    assert proved > 1_000


def test_settled_when_only_the_highest_allowed_threshold_is_uncertain() -> None:
    """The highest threshold the false-abstention limit allows may round two ways within the margins; that
    matters only to a candidate between those two values (at 100,000 passages, every rebuild fell back to a
    full scoring for this)."""
    answerable = [0.700055, 0.81, 0.86, 0.91]  # the highest: 0.700055 - 0.01 = 0.690055, so 0.6900 or 0.6901
    scored = [Scored("ANSWERABLE", s, True) for s in answerable]
    scored += [Scored("OUT_OF_SCOPE", s, False) for s in (0.31, 0.36, 0.41)]
    margins = [1e-5] * len(scored)
    assert settled(scored, margins)
    for sign in (-1, 1):
        moved = [Scored(s.label, s.score + sign * m, s.correct) for s, m in zip(scored, margins)]
        assert choose_threshold(moved) == choose_threshold(scored) == 0.5550
    # A candidate between the two values of the highest, as good as the best: which is chosen depends on it.
    near = [*scored[:4], Scored("OUT_OF_SCOPE", 0.31, False), Scored("OUT_OF_SCOPE", 0.68015, False)]
    assert not settled(near, [1e-5] * len(near))
    # Without out-of-scope questions the threshold is the highest one itself: it must not round two ways.
    assert not settled(scored[:4], margins[:4])


def _punctuate(path: Path, n: int, mark: str) -> None:
    """Paragraph n of a generated article ends with ``mark`` before its full stop: no word changes."""
    text = path.read_text(encoding="utf-8")
    old = f"(ref p{n}x)."
    assert old in text
    path.write_text(text.replace(old, f"(ref p{n}x){mark}.", 1), encoding="utf-8")


def test_an_uncertain_rounding_of_the_highest_threshold_alone_is_carried_over(tmp_path: Path) -> None:
    """On this base the highest threshold the false-abstention limit allows sits 1.8e-6 from where its 4th
    decimal rounds the other way, closer than the float noise every carried-over score is known within, while no
    candidate threshold lies between its two values. Carried over (it used to be scored again), and equal to a
    full scoring's; an edit that adds a word of the questions is still scored again."""
    knowledge = tmp_path / "knowledge"
    paths = write_split_knowledge(knowledge, 400, per_file=200, seed=1)
    for name in ("concepts.txt", "conditions.txt"):
        shutil.copy(ROOT / "knowledge" / name, knowledge / name)
    index, full = tmp_path / "index", tmp_path / "full"
    embedder = HashEmbedder()
    build_index(knowledge, index, embedder)
    for n, mark in ((5, ";"), (250, "!")):
        _punctuate(paths[n // 200], n, mark)
        build_index(knowledge, index, embedder)
        build_index(knowledge, full, embedder, full=True)
        got, want = read_manifest(index)["calibration"], read_manifest(full)["calibration"]
        assert "carried_over_from" in got["source"], got["source"]
        assert (got["threshold"], got["curve"], got["questions"]) == (
            want["threshold"],
            want["curve"],
            want["questions"],
        )
    _punctuate(paths[0], 7, " swelling")  # a word some questions use: their refusal may change, so scored again
    build_index(knowledge, index, embedder)
    build_index(knowledge, full, embedder, full=True)
    got, want = read_manifest(index)["calibration"], read_manifest(full)["calibration"]
    assert "scored_on" in got["source"], got["source"]
    assert got["threshold"] == want["threshold"] and got["curve"] == want["curve"]
