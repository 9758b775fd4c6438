#!/usr/bin/env python3
"""Build the rq10 outside test set for knowledge/stem-cell-therapy-side-effects.md.

Holds every candidate (CANDIDATES below), checks each expected section against the
article's headings, dedupes against the reference question files and within the set,
splits ONCE with random.Random(10) (stratified by label; each label shuffled; first
ceil(n/2) -> tuning.jsonl, rest -> heldout.jsonl), writes all/tuning/heldout.jsonl and
validates the fields. Run from anywhere: python3 /work/scratch/rq10/build.py
"""
import glob, json, math, os, random, re, string, sys, unicodedata
from collections import Counter, defaultdict
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = "/work/main/knowledge/stem-cell-therapy-side-effects.md"
REF_GLOBS = ["/work/main/tests/data/*.jsonl", "/work/main/tests/data/*/*.jsonl",
             "/work/main/tests/data/*/*/*.jsonl", "/work/main/knowledge/calibration.jsonl"]
MAX_PER_SOURCE = 20

# short codes used in CANDIDATES -> exact article headings
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

# ---- dedupe rules (same as dedupe.py) ----
def norm(s):
    return re.sub(r"\s+", " ", s.casefold()).strip()

def nopunct(s):
    s = norm(s)
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P")
                and ch not in string.punctuation)
    return re.sub(r"\s+", " ", s).strip()

def shingles(s, k=12):
    w = nopunct(s).split()
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}

class Index:
    def __init__(self):
        self.exact, self.np, self.p80, self.sh = set(), set(), set(), set()
    def add(self, q):
        n = norm(q)
        self.exact.add(n); self.np.add(nopunct(q)); self.p80.add(n[:80]); self.sh |= shingles(q)
    def check(self, q):
        n = norm(q)
        if n in self.exact: return "exact"
        if nopunct(q) in self.np: return "no-punct"
        if n[:80] in self.p80: return "first-80"
        if shingles(q) & self.sh: return "12-word-shingle"
        return None

def article_headings():
    heads = []
    with open(ARTICLE, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                heads.append(line.lstrip("#").strip())
    return heads

def source_key(src):
    """Group lines by original source for the per-source cap."""
    if src.startswith("http"):
        host = urlparse(src).netloc.lower()
        return host[4:] if host.startswith("www.") else host
    m = re.match(r"GitHub file, index id (\d+)", src)
    if m: return "github-id-" + m.group(1)
    m = re.match(r"([\w.-]+/[\w.-]+):", src)   # owner/repo:path@commit
    if m: return m.group(1)
    return src

CANDIDATES = __CANDIDATES__

def main():
    heads = article_headings()
    headset = set(heads)
    # 1. expand codes, check headings
    cands = []
    for c in CANDIDATES:
        secs = [CODES.get(s, s) for s in c["expected_sections"]]
        for s in secs:
            assert s in headset, f"not a heading of the article: {s!r} ({c['question'][:50]})"
        assert c["label"] in ("ANSWERABLE", "OUT_OF_SCOPE"), c
        assert (c["label"] == "ANSWERABLE") == bool(secs), f"label/sections mismatch: {c['question'][:60]}"
        d = {"question": c["question"], "label": c["label"], "expected_sections": secs, "source": c["source"]}
        if c.get("unsure"): d["unsure"] = True
        cands.append(d)

    # 2. dedupe against references
    ref = Index(); nfiles = 0; nref = 0
    files = sorted({f for g in REF_GLOBS for f in glob.glob(g)})
    for f in files:
        nfiles += 1
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line: continue
                try: d = json.loads(line)
                except Exception: continue
                if isinstance(d, dict) and isinstance(d.get("question"), str):
                    ref.add(d["question"]); nref += 1
    kept, drop_ref, drop_self = [], Counter(), Counter()
    own = Index()
    for d in cands:
        r = ref.check(d["question"])
        if r: drop_ref[r] += 1; continue
        r = own.check(d["question"])
        if r: drop_self[r] += 1; continue
        own.add(d["question"]); kept.append(d)

    # 3. per-source cap
    per_src = Counter(source_key(d["source"]) for d in kept)
    over = {k: v for k, v in per_src.items() if v > MAX_PER_SOURCE}
    assert not over, f"sources over {MAX_PER_SOURCE}: {over}"

    # 4. split once, stratified by label
    rng = random.Random(10)
    by_label = defaultdict(list)
    for d in kept: by_label[d["label"]].append(d)
    tuning, heldout = [], []
    for label in sorted(by_label):
        items = list(by_label[label])
        rng.shuffle(items)
        k = math.ceil(len(items) / 2)
        tuning += items[:k]; heldout += items[k:]

    # 5. validate and write
    allowed = {"question", "label", "expected_sections", "source", "unsure"}
    for d in kept:
        assert set(d) <= allowed and {"question", "label", "expected_sections", "source"} <= set(d), d
        assert isinstance(d["question"], str) and d["question"].strip()
        assert isinstance(d["expected_sections"], list)
        assert isinstance(d["source"], str) and d["source"].strip()
        if "unsure" in d: assert d["unsure"] is True
        if d["label"] == "OUT_OF_SCOPE": assert d["expected_sections"] == []
        else: assert d["expected_sections"] and all(s in headset for s in d["expected_sections"])
    assert len(tuning) + len(heldout) == len(kept)
    for name, rows in (("all.jsonl", kept), ("tuning.jsonl", tuning), ("heldout.jsonl", heldout)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
            for d in rows: out.write(json.dumps(d, ensure_ascii=False) + "\n")
        # re-read check
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            assert sum(1 for _ in fh) == len(rows)

    lab = lambda rows: dict(sorted(Counter(d["label"] for d in rows).items()))
    print(f"reference files: {nfiles}, reference questions: {nref}")
    print(f"candidates: {len(cands)}; dropped vs references: {sum(drop_ref.values())} {dict(drop_ref)}; "
          f"dropped within set: {sum(drop_self.values())} {dict(drop_self)}; kept: {len(kept)}")
    print("all:", len(kept), lab(kept), "unsure:", sum(1 for d in kept if d.get("unsure")))
    print("tuning:", len(tuning), lab(tuning))
    print("heldout:", len(heldout), lab(heldout))
    print("distinct sources:", len(per_src))
    for k, v in per_src.most_common():
        a = sum(1 for d in kept if source_key(d["source"]) == k and d["label"] == "ANSWERABLE")
        print(f"  {v:3d} (A {a}) {k}")

if __name__ == "__main__":
    main()
