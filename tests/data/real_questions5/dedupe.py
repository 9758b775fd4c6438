"""Check candidate questions against every earlier question set under tests/data.

Prints only this set's own candidates' status (never texts from other files).
Rule: lowercase, punctuation -> space, whitespace collapsed. A candidate is a duplicate if
its normalised text equals an existing one, or their token sets overlap >= 0.9
(|A&B|/max(|A|,|B|)), or (both >= 15 chars) one contains the other.
Usage: python3 dedupe.py check  "question" ...   -> prints DUP/ok per question
       imported by build.py
"""
import glob, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # tests/data

def norm(t):
    return " ".join(re.sub(r"[^\w\s]|_", " ", t.lower()).split())

def overlap(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))

def load_existing():
    texts = set()
    files = [f for f in glob.glob(str(ROOT / "**" / "*.jsonl"), recursive=True) if "/real_questions5/" not in f]
    for f in sorted(files):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except Exception:
                continue
            q = rec.get("question") or rec.get("text") or ""
            if q:
                texts.add(norm(q))
    return texts, len(files)

EXISTING, NFILES = load_existing()
EXISTING_SETS = [(t, set(t.split())) for t in EXISTING]

def status(q):
    n = norm(q)
    if n in EXISTING:
        return "exact"
    toks = set(n.split())
    for t, s in EXISTING_SETS:
        if overlap(toks, s) >= 0.9:
            return "near"
        if len(n) >= 15 and len(t) >= 15 and (n in t or t in n):
            return "contain"
    return "ok"

if __name__ == "__main__":
    print(f"existing files {NFILES}, distinct questions {len(EXISTING)}")
    for q in sys.argv[2:]:
        print(status(q), "|", q)
