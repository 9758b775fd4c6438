"""Precedents: reviewed messages with an outside urgency label, and the reading of a message by its nearest ones.

The red flags (``bot/data/red_flags.yaml``) recognise warning signs said in words someone wrote down. Many real
emergencies are told as a story with no such phrase ("when I pulled into the car park she had no idea why we were
there"). The second reader compares the whole message, as the model embeds it, with ``bot/data/precedents.jsonl``:
messages written by people outside this project, each with the label its source gave (an answering physician, the
stated outcome, a published triage) and the source itself. When the ``NEAREST`` closest precedents are **all**
emergencies or crises, and close enough to say something of it, the message is read as one too. It only ever adds
an alert the red flags missed; it never lowers one. It is deterministic (the same message and file give the same
reading) and explainable: the finding names the precedents it rests on.

Chosen on the tuning halves of the outside sets by cross-validation (leave one set out): five neighbours, all
urgent. ``tests/data/precedents.py`` writes the file from tuning halves only.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from bot.errors import KnowledgeError

if TYPE_CHECKING:
    from bot.embedder import Embedder

DATA = "precedents.jsonl"
VECTORS = "precedents.npz"  # their vectors, written with the file by tests/data/precedents.py
log = logging.getLogger("faqbot")
NEAREST = 5
# The farthest of the five must be at least this close (cosine). Requests unrelated to health ("write me a poem
# about the sea") have no near precedents (about 0.2), and whatever is nearest says nothing of them; on the tuning
# halves no message read as urgent had its fifth precedent below 0.39.
CLOSE_ENOUGH = 0.35
CRISIS = "crisis"
EMERGENCY = "emergency"


@dataclass(frozen=True)
class Precedent:
    text: str
    urgent: bool
    triage: str
    source: str


@dataclass(frozen=True)
class Reading:
    """What the nearest precedents say: the tier (emergency or crisis) and the precedents it rests on."""

    tier: str
    nearest: tuple[Precedent, ...]

    def explain(self) -> str:
        sources = "; ".join(dict.fromkeys(p.source.split(" (")[0] for p in self.nearest))
        return f"reads like {len(self.nearest)} reviewed {self.tier} messages ({sources})"


def parse(text: str, where: str = DATA) -> tuple[Precedent, ...]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            out.append(
                Precedent(
                    text=str(record["text"]),
                    urgent=bool(record["urgent"]),
                    triage=str(record["triage"]),
                    source=str(record.get("source", "")),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise KnowledgeError([f"{where}, line {number}: not a precedent ({exc})."]) from exc
    return tuple(out)


def _text() -> str:
    return resources.files("bot.data").joinpath(DATA).read_text(encoding="utf-8")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def precedents() -> tuple[Precedent, ...]:
    return parse(_text())


def stored_vectors(model: str) -> np.ndarray | None:
    """The vectors kept beside the file, if they were made by ``model`` from the file as it is now."""
    try:
        data = np.load(io.BytesIO(resources.files("bot.data").joinpath(VECTORS).read_bytes()))
        if str(data["model"]) != model or str(data["digest"]) != digest(_text()):
            return None
        return np.asarray(data["vectors"], dtype=np.float32)
    except (OSError, KeyError, ValueError):
        return None


def encode_texts(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """The texts' vectors, embedded in the index builder's batches."""
    from bot.indexer import embed  # here: the indexer is not needed to read a message

    return embed(embedder, texts, {})


class Precedents:
    """The precedents with their vectors (as the question embedder reads them), ready to be compared with."""

    @classmethod
    def load(cls, embedder: Embedder) -> Precedents:
        """The reviewed precedents with the vectors kept beside them, or embedded now if those were made by
        another model or from an older file (a few seconds a thousand; ``tests/data/precedents.py`` keeps them)."""
        items = precedents()
        vectors = stored_vectors(embedder.name)
        if vectors is None or len(vectors) != len(items):
            log.warning("Embedding the %d urgency precedents: their stored vectors are missing or stale.", len(items))
            vectors = encode_texts(embedder, [p.text for p in items])
        return cls(items, vectors)

    def __init__(self, items: tuple[Precedent, ...], vectors: np.ndarray) -> None:
        import faiss  # here, not at the top: the screen imports this module for its types only

        if len(items) != len(vectors):
            raise ValueError("one vector per precedent")
        self.items = items
        norms = np.linalg.norm(vectors, axis=1, keepdims=True) if len(vectors) else np.ones((0, 1))
        unit = np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)
        self.urgent = np.array([p.urgent for p in items], dtype=bool)
        # Exact search by FAISS rather than numpy's matrix product: OpenBLAS would start threads for a product this
        # size, and on two cores their spinning halved the server's answers a second (make bench, 16 clients).
        self.index = faiss.IndexFlatIP(unit.shape[1] if unit.ndim == 2 and len(unit) else 1)
        if len(unit):
            self.index.add(unit)

    def read(self, vector: np.ndarray) -> Reading | None:
        """The reading of a message whose vector is ``vector``, or None unless its nearest precedents all agree
        that it is urgent."""
        if len(self.items) < NEAREST:
            return None
        v = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        v = v / max(float(np.linalg.norm(v)), 1e-12)
        scores, found = self.index.search(v, NEAREST)
        nearest = [int(i) for i in found[0]]
        if not self.urgent[nearest].all() or float(scores[0][-1]) < CLOSE_ENOUGH:
            return None
        precedents = tuple(self.items[i] for i in nearest)
        crises = sum(p.triage == CRISIS for p in precedents)
        return Reading(tier=CRISIS if crises * 2 > len(precedents) else EMERGENCY, nearest=precedents)
