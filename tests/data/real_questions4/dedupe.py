"""Drop exact and near duplicates of candidate questions against existing question sets.

Prints counts only (plus the line numbers of this set's own dropped candidates); never prints
texts from the other files.

Rule: texts are lowercased, punctuation replaced by spaces, whitespace collapsed.
A candidate is dropped if its normalised text equals an existing one, or if its token set and an
existing token set overlap by >= 0.9 (|A & B| / max(|A|, |B|)), or if it duplicates an earlier
candidate in this file by the same rule.

Usage: python3 dedupe.py candidates.jsonl all.jsonl
"""
from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # tests/data
OTHER_GLOBS = [
    "*/all.jsonl",
    "real_questions/*.jsonl",
    "dev/*.jsonl",
    "heldout.jsonl",
]


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]|_", " ", text.lower()).split())


def overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def load_existing() -> tuple[set[str], list[set[str]], int]:
    files = set()
    for g in OTHER_GLOBS:
        for f in glob.glob(str(ROOT / g)):
            if "real_questions4" in f:
                continue
            files.add(f)
    texts = set()
    for f in sorted(files):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            q = rec.get("question") or rec.get("text") or ""
            if q:
                texts.add(norm(q))
    return texts, [set(t.split()) for t in texts], len(files)


def main(src: str, dst: str) -> None:
    existing, existing_sets, nfiles = load_existing()
    print(f"existing files: {nfiles}, distinct existing questions: {len(existing)}")
    kept, seen, seen_sets = [], set(), []
    n_exact = n_near = n_internal = 0
    dropped_lines = []
    for i, line in enumerate(Path(src).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        n = norm(rec["question"])
        toks = set(n.split())
        if n in seen or any(overlap(toks, s) >= 0.9 for s in seen_sets):
            n_internal += 1
            dropped_lines.append((i, "internal", rec["label"]))
            continue
        if n in existing:
            n_exact += 1
            dropped_lines.append((i, "exact", rec["label"]))
            continue
        if any(overlap(toks, s) >= 0.9 for s in existing_sets):
            n_near += 1
            dropped_lines.append((i, "near", rec["label"]))
            continue
        seen.add(n)
        seen_sets.append(toks)
        kept.append(rec)
    Path(dst).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
    total = len(kept) + n_exact + n_near + n_internal
    print(f"candidates: {total}")
    print(f"dropped exact vs existing: {n_exact}")
    print(f"dropped near (>=0.9 token overlap) vs existing: {n_near}")
    print(f"dropped internal duplicates: {n_internal}")
    print(f"kept: {len(kept)} (ANSWERABLE {sum(r['label']=='ANSWERABLE' for r in kept)}, "
          f"OUT_OF_SCOPE {sum(r['label']=='OUT_OF_SCOPE' for r in kept)})")
    print("dropped candidate line numbers:", dropped_lines)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
