#!/usr/bin/env python3
"""Rebuild tests/data/triage12/all.jsonl from the texts_*.py files in this folder.

Each texts_X.py holds ITEMS = [(question, label, triage, kind, source), ...] with texts copied
verbatim from stored public pages. This script drops any text that duplicates an earlier test set
under tests/data (lowercased/whitespace-collapsed equal, contains, contained, or shares a 12-word
run), prints DUP/new per candidate, and writes all.jsonl.
"""
import glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)

def ws(t):
    return " ".join(t.lower().split())

def words(t):
    return re.findall(r"[a-z0-9']+", t.lower())

def grams(t, n=12):
    w = words(t)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

def load_existing():
    qs = []
    for p in glob.glob(os.path.join(DATA, "**", "*.jsonl"), recursive=True):
        if os.path.abspath(p).startswith(HERE + os.sep):
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    q = json.loads(line).get("question")
                except Exception:
                    continue
                if isinstance(q, str) and q.strip():
                    qs.append(q)
    return qs

def main():
    existing = load_existing()
    ex_ws = [ws(q) for q in existing]
    ex_norm = [" ".join(words(q)) for q in existing]
    ex_grams = set()
    for q in existing:
        ex_grams |= grams(q)
    items = []
    for p in sorted(glob.glob(os.path.join(HERE, "texts_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        items += m.ITEMS
    out = []
    seen_ws, seen_grams = [], set()
    for q, label, triage, kind, src in items:
        assert label in ("URGENT", "NOT_URGENT") and triage in ("emergency", "crisis", "soon", "self-care")
        assert kind in ("vignette", "lay", "crisis")
        assert (label == "URGENT") == (triage in ("emergency", "crisis"))
        low, norm, g = ws(q), " ".join(words(q)), grams(q)
        dup = any(low == e or low in e or e in low for e in ex_ws) or \
              any(norm and e and (norm in e or e in norm) for e in ex_norm) or bool(g & ex_grams)
        within = any(low in s or s in low for s in seen_ws) or bool(g & seen_grams)
        tag = "DUP" if dup else ("DUP-within" if within else "new")
        print(f"{tag:10s} {label:10s} {q[:60]!r}")
        if dup or within:
            continue
        seen_ws.append(low)
        seen_grams |= g
        out.append({"question": q, "label": label, "expected_sections": [],
                    "triage": triage, "source": src, "kind": kind})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    print(f"wrote {len(out)} lines;", dict(Counter(o['label'] for o in out)), dict(Counter(o['triage'] for o in out)))

if __name__ == "__main__":
    main()
