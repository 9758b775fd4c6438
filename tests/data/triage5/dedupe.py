"""Counts-only overlap check of triage5/all.jsonl against earlier question sets (prints indices, not texts)."""
import glob, json, re
from pathlib import Path

DATA = str(Path(__file__).resolve().parents[1])  # tests/data, sys
from difflib import SequenceMatcher

def norm(t):
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]+", " ", t.lower())).strip()

earlier = []
for pat in [DATA + "/triage*/*.jsonl", DATA + "/dev/*.jsonl"]:
    for f in glob.glob(pat):
        if f.startswith(DATA + "/triage5/"):
            continue
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            try:
                earlier.append(norm(json.loads(line).get("question", "")))
            except Exception:
                pass
earlier = [e for e in earlier if e]
mine = [norm(json.loads(l)["question"]) for l in open(DATA + "/triage5/all.jsonl", encoding="utf-8")]
exact, contain, near = [], [], []
eset = set(earlier)
for i, q in enumerate(mine):
    if q in eset:
        exact.append(i); continue
    if any((q in e or e in q) for e in earlier if len(e) > 30 and len(q) > 30):
        contain.append(i); continue
    qs = q[:200]
    if any(SequenceMatcher(None, qs, e[:200]).quick_ratio() > 0.9 and SequenceMatcher(None, qs, e[:200]).ratio() > 0.85 for e in earlier):
        near.append(i)
print("earlier questions:", len(earlier))
print("exact:", exact)
print("contained/containing:", contain)
print("near (ratio>0.85 on first 200 chars):", near)
