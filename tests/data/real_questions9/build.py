#!/usr/bin/env python3
"""Rebuild all.jsonl from the saved raw candidates in raw/*.jsonl.

Each raw line: {"question", "label", "sections": [codes], "source", "unsure"?, "note"?}
Section codes -> exact headings of knowledge/stem-cell-therapy-side-effects.md:
  U Understanding Stem Cell Therapy        C Common Side Effects of Stem Cell Therapy
  1..8 the numbered sections               L Less Common but Serious Side Effects
  M Mitigating Risks and Ensuring Safe Treatment   F Final Thoughts
Dedupe (dedupe.py): drop a candidate whose casefolded, whitespace-collapsed text
equals a reference question, whose first 80 chars equal one's, or that shares a
12-word shingle with one (references: tests/data/*/*.jsonl, tests/data/*.jsonl,
any deeper tests/data/**/*.jsonl, knowledge/calibration.jsonl); extra stricter
rule: also equal after removing punctuation. Then drop repeats among candidates
(same rules, first one kept). Only counts and this set's own texts are printed.
"""
import glob, json, os, re, sys
from collections import Counter, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dedupe import Deduper, ref_files

ARTICLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "knowledge", "stem-cell-therapy-side-effects.md")
CODES = {
    "U": "Understanding Stem Cell Therapy",
    "C": "Common Side Effects of Stem Cell Therapy",
    "1": "1. Pain and Swelling at the Injection Site",
    "2": "2. Risk of Infection",
    "3": "3. Immune System Reactions",
    "4": "4. Tumor Formation and Uncontrolled Cell Growth",
    "5": "5. Blood Clots and Pulmonary Embolism",
    "L": "Less Common but Serious Side Effects",
    "6": "6. Neurological Complications",
    "7": "7. Autoimmune Reactions",
    "8": "8. Unregulated Clinics and Safety Concerns",
    "M": "Mitigating Risks and Ensuring Safe Treatment",
    "F": "Final Thoughts",
}
ORDER = list(CODES)

def headings():
    hs = set()
    for line in open(ARTICLE, encoding="utf-8"):
        m = re.match(r"^#{1,6}\s+(.*\S)\s*$", line)
        if m:
            hs.add(m.group(1))
    return hs

def main():
    hs = headings()
    for c, h in CODES.items():
        assert h in hs, f"heading not in article: {h}"
    d = Deduper()
    out, dropped = [], Counter()
    per_file = OrderedDict()
    for f in sorted(glob.glob(os.path.join(HERE, "raw", "*.jsonl"))):
        name = os.path.basename(f)
        per_file.setdefault(name, Counter())
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            r = json.loads(line)
            q = r["question"]
            assert q == q.strip() and q, f"bad question text in {name}: {q!r}"
            lab = r["label"]
            assert lab in ("ANSWERABLE", "OUT_OF_SCOPE")
            codes = r.get("sections", [])
            if lab == "OUT_OF_SCOPE":
                assert not codes, q
            else:
                assert codes, q
            v = d.check(q)
            per_file[name][v] += 1
            if v != "new":
                dropped[v] += 1
                continue
            d.add(q)
            secs = [CODES[c] for c in sorted(set(codes), key=ORDER.index)]
            rec = {"question": q, "label": lab, "expected_sections": secs, "source": r["source"]}
            if r.get("unsure"):
                rec["unsure"] = True
            out.append(rec)
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labs = Counter(r["label"] for r in out)
    print(f"reference files: {len(ref_files())}, reference questions: {d.nref}")
    print(f"candidates: {sum(sum(c.values()) for c in per_file.values())}, written: {len(out)}, dropped: {sum(dropped.values())} {dict(dropped)}")
    print(f"labels: {dict(labs)}; unsure: {sum(1 for r in out if r.get('unsure'))}")
    for name, c in per_file.items():
        print(f"  {name}: kept {c['new']}, dropped {sum(c.values()) - c['new']}")

if __name__ == "__main__":
    main()
