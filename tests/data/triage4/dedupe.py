"""Compare triage4/all.jsonl with earlier sets; print only counts and indices of OUR lines that match."""
import glob, json, re, string
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()
base = "/work/main/tests/data/"
others = []
for pat in ["triage/*.jsonl", "triage2/*.jsonl", "triage3/*.jsonl", "dev/*.jsonl"]:
    for f in glob.glob(base + pat):
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            try:
                o = json.loads(line)
            except Exception:
                continue
            q = o.get("question") or o.get("text") or ""
            if q:
                others.append(norm(q))
mine = [norm(json.loads(l)["question"]) for l in open(base + "triage4/all.jsonl", encoding="utf-8") if l.strip()]
oset = set(others)
exact = [i for i, q in enumerate(mine) if q in oset]
contain = [i for i, q in enumerate(mine) if i not in exact and any((q in o or o in q) for o in others if len(o) > 20 and len(q) > 20)]
internal = [i for i, q in enumerate(mine) if any(j != i and (q == p or q in p) for j, p in enumerate(mine))]
print("other lines:", len(others), "mine:", len(mine))
print("exact:", len(exact), exact)
print("contained/containing:", len(contain), contain)
print("internal dup/contained:", len(internal), internal)
