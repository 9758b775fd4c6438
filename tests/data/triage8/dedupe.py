"""Counts-only duplicate check of tests/data/triage8/all.jsonl against earlier sets.

Drops a line from all.jsonl if, after normalisation (lowercase, punctuation -> space,
whitespace collapsed), it equals / contains / is contained in an earlier text, or its
token-set overlap with an earlier text is >= 0.9 (|A & B| / min(|A|,|B|)); also drops
internal duplicates. Prints counts and line numbers of the new file only; never prints
the texts of the reference files.
"""
import glob, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]          # tests/data
HERE = Path(__file__).resolve().parent

def norm(t):
    t = re.sub(r"[^\w\s]", " ", t.lower())
    return re.sub(r"\s+", " ", t).strip()

refs = []
files = [p for p in glob.glob(str(ROOT / "*" / "all.jsonl")) if "/triage8/" not in p]
files += glob.glob(str(ROOT / "triage" / "*.jsonl")) + glob.glob(str(ROOT / "dev" / "*.jsonl"))
files += [str(ROOT / "heldout.jsonl")]
for f in sorted(set(files)):
    for line in Path(f).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception:
            continue
        q = r.get("question") or r.get("text") or ""
        if q:
            refs.append(norm(q))
ref_tok = [set(r.split()) for r in refs]
print(f"reference files: {len(set(files))}, reference lines: {len(refs)}")

def near(a, ta, pool, pool_tok):
    for b, tb in zip(pool, pool_tok):
        if not b:
            continue
        if a == b or (len(a) > 30 and a in b) or (len(b) > 30 and b in a):
            return "exact/contained"
        if ta and tb and len(ta & tb) / min(len(ta), len(tb)) >= 0.9 and min(len(ta), len(tb)) >= 5:
            return "token-overlap"
    return None

path = HERE / "all.jsonl"
rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
kept, kept_n, kept_t, dropped = [], [], [], []
for i, r in enumerate(rows, 1):
    a = norm(r["question"]); ta = set(a.split())
    why = near(a, ta, refs, ref_tok) or (near(a, ta, kept_n, kept_t) and "internal")
    if why:
        dropped.append((i, why))
    else:
        kept.append(r); kept_n.append(a); kept_t.append(ta)
print(f"candidates: {len(rows)}, dropped: {len(dropped)}, kept: {len(kept)}")
for i, why in dropped:
    print(f"  dropped line {i}: {why}")
if "--write" in sys.argv:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
    print("all.jsonl rewritten")
