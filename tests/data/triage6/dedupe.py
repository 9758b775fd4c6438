"""Counts-only overlap check of triage6/all.jsonl against earlier question sets (prints indices, not texts).
Also checks whether any source URL of this set was already used by an earlier set."""
import glob, json, re
from pathlib import Path

DATA = str(Path(__file__).resolve().parents[1])  # tests/data
from difflib import SequenceMatcher

def norm(t):
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]+", " ", t.lower())).strip()

files = sorted(set(glob.glob(DATA + "/triage*/*.jsonl") + glob.glob(DATA + "/dev/*.jsonl")
                   + glob.glob(DATA + "/triage5/*.jsonl")))
files = [f for f in files if "/triage6/" not in f]  # this set itself
earlier, esrc = [], []
for f in files:
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        try:
            d = json.loads(line)
        except Exception:
            continue
        earlier.append(norm(d.get("question", "")))
        esrc.append(d.get("source", ""))
earlier = [e for e in earlier if e]
mine = [json.loads(l) for l in open(DATA + "/triage6/all.jsonl", encoding="utf-8")]
exact, contain, near, url_reuse = [], [], [], []
eset = set(earlier)
for i, r in enumerate(mine):
    q = norm(r["question"])
    url = r["source"].split(" ")[0]
    if any(url and url in s for s in esrc):
        url_reuse.append(i)
    if q in eset:
        exact.append(i); continue
    if any((q in e or e in q) for e in earlier if len(e) > 30 and len(q) > 30):
        contain.append(i); continue
    qs = q[:200]
    if any(SequenceMatcher(None, qs, e[:200]).quick_ratio() > 0.9 and SequenceMatcher(None, qs, e[:200]).ratio() > 0.85 for e in earlier):
        near.append(i)
print("files:", len(files), "earlier questions:", len(earlier))
print("exact:", exact)
print("contained/containing:", contain)
print("near (ratio>0.85 on first 200 chars):", near)
print("source URL already used by an earlier set:", url_reuse)
