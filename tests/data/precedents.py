"""Write ``bot/data/precedents.jsonl``: the labelled messages the urgency reader compares a message with.

Run once after a new outside set is split (``.venv/bin/python tests/data/precedents.py``); it also writes their
vectors (``precedents.npz``), as the bundled model reads them, so the server need not embed them at start. It copies the **tuning halves
only** of the outside sets (every ``tests/data/triage*/tuning*.jsonl`` and ``real_questions*/tuning.jsonl``), so
the held-out halves stay unseen: a held-out line is never its own nearest precedent. Each line keeps its text, its
outside label, the triage the source gave and the source itself, so a clinician can review it like the red flags.
Questions about the article (``real_questions*``) are precedents of "not urgent": people asking about treatments,
not telling symptoms.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "bot" / "data" / "precedents.jsonl"


def precedents() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    files = sorted(HERE.glob("triage*/tuning*.jsonl")) + sorted(HERE.glob("real_questions*/tuning.jsonl"))
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["question"].strip()
            if not text or text.casefold() in seen:
                continue
            seen.add(text.casefold())
            urgent = record["label"] == "URGENT"
            triage = record.get("triage") or ("emergency" if urgent else "question")
            if urgent and triage not in ("emergency", "crisis"):
                triage = "emergency"
            out.append(
                {
                    "text": text,
                    "urgent": urgent,
                    "triage": triage,
                    "source": record.get("source", "") or path.parent.name,
                    "set": f"{path.parent.name}/{path.name}",
                }
            )
    return out


def main() -> None:
    import numpy as np

    from bot.embedder import BUNDLED_MODEL, question_embedder
    from bot.precedents import digest, encode_texts, parse

    rows = precedents()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(text, encoding="utf-8")
    embedder = question_embedder(BUNDLED_MODEL)  # as questions are read when served
    vectors = encode_texts(embedder, [p.text for p in parse(text)])
    np.savez_compressed(
        OUT.with_suffix(".npz"), vectors=vectors.astype(np.float32), model=embedder.name, digest=digest(text)
    )
    print(f"{len(rows)} precedents ({sum(r['urgent'] for r in rows)} urgent) -> {OUT} and its vectors")


if __name__ == "__main__":
    main()
