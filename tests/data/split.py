"""Split a labelled question file once into a tuning half and a held-out half (run once per set; kept for the record).

Stratified by source and label: within each group the lines are ordered by the SHA-256 of their text and dealt
alternately, so the split depends on nothing but the data.

`--carry` (used from triage10 and real_questions6 on) carries the alternation from one group to the next. Without
it every group starts with the tuning half, so a set made of many one-line sources puts nearly all of them in tuning
(triage10 was first dealt 58 / 10 that way, before anything was measured on it). The sets split before keep the
split they were given.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path


def group_of(record: dict) -> tuple[str, str]:
    source = re.split(r"[,:(]", record.get("source", ""))[0].strip().lower()
    return source, record["label"]


def split(path: Path, carry: bool = False) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in records:
        groups[group_of(r)].append(r)
    tuning, heldout = [], []
    dealt = 0
    for key in sorted(groups):
        ordered = sorted(groups[key], key=lambda r: hashlib.sha256(r["question"].encode()).hexdigest())
        for i, r in enumerate(ordered):
            (tuning if (dealt + i if carry else i) % 2 == 0 else heldout).append(r)
        dealt += len(ordered)
    for name, part in (("tuning", tuning), ("heldout", heldout)):
        out = path.with_name(f"{name}.jsonl")
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
        print(f"{out}: {len(part)}")


if __name__ == "__main__":
    carry = "--carry" in sys.argv[1:]
    for arg in sys.argv[1:]:
        if arg != "--carry":
            split(Path(arg), carry=carry)
