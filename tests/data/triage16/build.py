#!/usr/bin/env python3
"""Rebuild all.jsonl from raw/*.py (saved verbatim texts) and drop duplicates of earlier project data.

Dedupe (mechanical, prints counts only, never the reference texts):
  norm(t)   = lowercase, keep [a-z0-9] only (no spaces)
  tokens(t) = set of lowercase alphanumeric runs
  drop a candidate if norm equals a reference norm, or token-set Jaccard >= 0.8 with a reference,
  or (same tests) with an earlier-kept candidate.
References: every `question` in tests/data/*/*.jsonl (this set's own folder excepted), tests/data/*.jsonl,
bot/data/*.jsonl (if present), found from this file's place in the repository. Those files are read by this
script only. (Built in /work/scratch/triage16 before it was copied here; paths made repository-relative.)
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "ThatPham2000/medscore-lms:data/AskDocs.jsonl@df1057d53a82f0758f2acef5cb1bdbab4bb5289e"

def norm(t): return re.sub(r"[^a-z0-9]", "", t.lower())
def toks(t): return frozenset(re.findall(r"[a-z0-9]+", t.lower()))
def jac(a, b): return len(a & b) / len(a | b) if (a or b) else 1.0
def collapse(t): return re.sub(r"\s+", " ", t).strip()

def load_raw():
    items = []
    for path in sorted(glob.glob(os.path.join(HERE, "raw", "*.py"))):
        ns = {}
        exec(open(path, encoding="utf-8").read(), ns)
        for pid, off, label, triage, quote, text in ns["ITEMS"]:
            items.append(dict(question=collapse(text), label=label, triage=triage,
                              source=f"{SRC} id={pid} (read at file offset {off}); physician reply: \"{quote}\"",
                              _file=os.path.basename(path), _id=pid))
    return items

def load_refs():
    data = os.path.dirname(HERE)  # tests/data
    repo = os.path.dirname(os.path.dirname(data))
    pats = [os.path.join(data, "*", "*.jsonl"), os.path.join(data, "*.jsonl"), os.path.join(repo, "bot", "data", "*.jsonl")]
    files = sorted({f for p in pats for f in glob.glob(p) if os.path.dirname(os.path.abspath(f)) != HERE})
    refs = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line: continue
                try: q = json.loads(line).get("question")
                except Exception: continue
                if isinstance(q, str): refs.append((norm(q), toks(q)))
    return files, refs

def main():
    items = load_raw()
    files, refs = load_refs()
    ref_norms = {n for n, _ in refs}
    kept, report = [], {"candidates": len(items), "reference_files": len(files), "reference_questions": len(refs),
                        "dropped_exact": [], "dropped_jaccard": [], "dropped_internal": []}
    for it in items:
        n, tk = norm(it["question"]), toks(it["question"])
        if n in ref_norms:
            report["dropped_exact"].append(it["_id"]); continue
        if any(jac(tk, rt) >= 0.8 for _, rt in refs):
            report["dropped_jaccard"].append(it["_id"]); continue
        if any(norm(k["question"]) == n or jac(tk, toks(k["question"])) >= 0.8 for k in kept):
            report["dropped_internal"].append(it["_id"]); continue
        kept.append(it)
    for k in ("label", "triage"):
        assert all(it[k] for it in kept)
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as out:
        for it in kept:
            out.write(json.dumps({k: it[k] for k in ("question", "label", "triage", "source")}, ensure_ascii=False) + "\n")
    report["kept"] = len(kept)
    from collections import Counter
    report["by_label_triage"] = dict(Counter(f'{i["label"]}/{i["triage"]}' for i in kept))
    with open(os.path.join(HERE, "dedupe_report.json"), "w") as fh:
        json.dump(report, fh, indent=1)
    print(json.dumps({k: (len(v) if isinstance(v, list) else v) for k, v in report.items()}, indent=1))

if __name__ == "__main__":
    main()
