#!/usr/bin/env python3
"""Rebuild all.jsonl from raw/*.py and apply the mechanical dedupe.
Reference texts under /work/main are read by script only and never printed; only counts are reported.
(Built in /work/scratch/triage17, then copied into tests/data/triage17: paths are now found from this file's place
in the repository, and this set's own files, and precedents that are this set's own lines, are not references.)"""
import glob, importlib.util, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))

def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

def norm(s): return re.sub(r"[^a-z0-9]", "", s.lower())
def toks(s): return set(re.findall(r"[a-z0-9]+", s.lower()))
def jacc(a, b): return len(a & b) / len(a | b) if a and b else 0.0

def refs():
    out = []
    data = os.path.dirname(HERE)  # tests/data
    repo = os.path.dirname(os.path.dirname(data))
    own = set()
    for name in ("all.jsonl", "tuning.jsonl", "heldout.jsonl"):
        if os.path.exists(os.path.join(HERE, name)):
            with open(os.path.join(HERE, name), encoding="utf-8") as fh:
                own.update(json.loads(l)["question"] for l in fh if l.strip())
    files = [f for f in glob.glob(os.path.join(data, "*", "*.jsonl")) + glob.glob(os.path.join(data, "*.jsonl"))
             if os.path.dirname(os.path.abspath(f)) != HERE]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line: continue
                try: q = json.loads(line).get("question")
                except Exception: continue
                if isinstance(q, str): out.append(q)
    p = os.path.join(repo, "bot", "data", "precedents.jsonl")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line: continue
                try: t = json.loads(line).get("text")
                except Exception: continue
                if isinstance(t, str) and t not in own: out.append(t)
    return out, len(files)

def main():
    cands = []
    for path in sorted(glob.glob(os.path.join(HERE, "raw", "*.py"))):
        m = load(path)
        for it in m.ITEMS:
            q = " ".join(it["text"].split())
            src = f'{m.REPO} item {it["id"]} (read_file offset {it["offset"]}); expert: {it["quote"]}'
            cands.append(dict(question=q, label=it["label"], triage=it["triage"], source=src, _id=it["id"]))
    ref, nfiles = refs()
    rn = set(norm(r) for r in ref); rt = [toks(r) for r in ref]
    kept, drops = [], {"exact": [], "jaccard": [], "internal": []}
    for c in cands:
        n, t = norm(c["question"]), toks(c["question"])
        if n in rn: drops["exact"].append(c["_id"]); continue
        if any(jacc(t, r) >= 0.8 for r in rt): drops["jaccard"].append(c["_id"]); continue
        if any(norm(k["question"]) == n or jacc(t, toks(k["question"])) >= 0.8 for k in kept):
            drops["internal"].append(c["_id"]); continue
        kept.append(c)
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as fh:
        for k in kept:
            fh.write(json.dumps({x: k[x] for x in ("question", "label", "triage", "source")}, ensure_ascii=False) + "\n")
    rep = dict(reference_files=nfiles, reference_texts=len(ref), candidates=len(cands), kept=len(kept),
               dropped={k: len(v) for k, v in drops.items()}, dropped_ids=drops)
    from collections import Counter
    rep["totals"] = Counter(f'{k["label"]}/{k["triage"]}' for k in kept)
    with open(os.path.join(HERE, "dedupe_report.json"), "w") as fh: json.dump(rep, fh, indent=1)
    print(json.dumps(rep, indent=1))

if __name__ == "__main__": main()
