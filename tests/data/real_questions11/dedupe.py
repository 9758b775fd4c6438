#!/usr/bin/env python3
"""Check candidate questions (one per line on stdin, or args) against the reference files.
Prints only the candidate and the rule hit; reference texts are never printed."""
import glob, json, os, re, string, sys, unicodedata
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
REF_GLOBS = [REPO + "/tests/data/*.jsonl", REPO + "/tests/data/*/*.jsonl",
             REPO + "/tests/data/*/*/*.jsonl", REPO + "/knowledge/calibration.jsonl"]
def norm(s): return re.sub(r"\s+", " ", s.casefold()).strip()
def nopunct(s):
    s = norm(s)
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P") and ch not in string.punctuation)
    return re.sub(r"\s+", " ", s).strip()
def shingles(s, k=12):
    w = nopunct(s).split(); return {tuple(w[i:i+k]) for i in range(len(w)-k+1)}
ex, np_, p80, sh = set(), set(), set(), set()
for f in sorted({f for g in REF_GLOBS for f in glob.glob(g) if "/real_questions11/" not in f}):
    for line in open(f, encoding="utf-8"):
        try: d = json.loads(line)
        except Exception: continue
        if isinstance(d, dict) and isinstance(d.get("question"), str):
            q = d["question"]; ex.add(norm(q)); np_.add(nopunct(q)); p80.add(norm(q)[:80]); sh.update(shingles(q))
qs = sys.argv[1:] or [l.strip() for l in sys.stdin if l.strip()]
for q in qs:
    n = norm(q)
    r = ("exact" if n in ex else "no-punct" if nopunct(q) in np_ else "first-80" if n[:80] in p80
         else "shingle" if shingles(q) & sh else None)
    print(("DUP:" + r) if r else "new", "|", q)
