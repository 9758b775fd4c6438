"""Build all.jsonl for triage14 from (a) RMHD r/SuicideWatch posts shipped in construct-tracker 1.0.16
and (b) pages_texts.py. Then drop lines that duplicate earlier project test data (mechanical, counts only).
Kept for the record (the set was collected 2026-12-05 and is not rebuilt by the tests). To rebuild, put the CSV
from the construct-tracker 1.0.16 wheel (construct_tracker/data/reddit_mental_health_srl_counts.csv) in data/ here."""
import csv, glob, json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages_texts import P
csv.field_size_limit(10**9)

CRISIS_IDS = ("3121 3130 3138 3142 3155 3190 3238 3264 3298 3305 3313 3328 3346 3363 3375 3416 3426 3460 "
              "3479 3510 3618 3685 3687 3706 3707 3726 3727 3733 3933 3993 3994 4049 4102 4115 4124").split()
SRC = ("PyPI construct-tracker==1.0.16, construct_tracker/data/reddit_mental_health_srl_counts.csv "
       "(RMHD, Low et al. 2020 JMIR; also at GitHub pypi-data/pypi-mirror-346 "
       "packages/construct-tracker/construct_tracker-1.0.16-py3-none-any.whl), subreddit=suicidewatch, document_id=")

def norm(t):
    return " ".join(t.split())

def trim(t, n=1200):
    if len(t) <= n:
        return t
    cut = max(t.rfind(". ", 0, n), t.rfind("? ", 0, n), t.rfind("! ", 0, n))
    return t[:cut + 1] if cut > 0 else t[:n]

out = []
rows = {r["document_id"]: r for r in csv.DictReader(open(os.path.join(HERE, "data", "reddit_mental_health_srl_counts.csv"), encoding="utf-8"))
        if r["subreddit"] == "suicidewatch"}
for i in CRISIS_IDS:
    t = norm(rows[i]["document"])
    assert not re.search(r"\[[a-z ]+\]", t), i
    out.append({"question": trim(t), "label": "URGENT", "triage": "crisis", "source": SRC + i})
for q, lab, tri, src in P:
    out.append({"question": norm(q), "label": lab, "triage": tri, "source": src})

# ---- mechanical dedupe against earlier test data (nothing of it is printed) ----
def key(t):
    return " ".join(t.casefold().split())
def words(t):
    return re.findall(r"\w+", t.casefold())
def shingles(t, k=12):
    w = words(t)
    return {" ".join(w[j:j + k]) for j in range(len(w) - k + 1)}

exist_full, exist_80, exist_sh = set(), set(), set()
files = sorted(set(glob.glob(os.path.join(DATA, "*", "*.jsonl")) + glob.glob(os.path.join(DATA, "*.jsonl"))))
n_ref = 0
for f in files:
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        try:
            q = json.loads(line).get("question")
        except Exception:
            continue
        if not isinstance(q, str):
            continue
        n_ref += 1
        k = key(q)
        exist_full.add(k); exist_80.add(k[:80]); exist_sh |= shingles(q)

kept, dropped = [], collections.Counter()
seen = set()
for o in out:
    k = key(o["question"])
    why = None
    if k in exist_full: why = "exact"
    elif k[:80] in exist_80: why = "first80"
    elif shingles(o["question"]) & exist_sh: why = "shingle12"
    elif k in seen: why = "internal-dup"
    if why:
        dropped[(why, o["source"].split(" [")[0][:60])] += 1
        continue
    seen.add(k)
    kept.append(o)

with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
    for o in kept:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("reference files", len(files), "reference questions", n_ref)
print("candidates", len(out), "kept", len(kept))
for k, v in sorted(dropped.items()):
    print("dropped", v, k)
print(collections.Counter((o["label"], o["triage"]) for o in kept))
