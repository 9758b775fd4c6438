#!/usr/bin/env python3
"""Rebuild all.jsonl from the saved raw texts in raw/*.py, then dedupe.

Dedupe (mechanical; reference questions are read but never printed):
  reference = every `question` in /work/main/tests/data/*/*.jsonl and /work/main/tests/data/*.jsonl
  drop a candidate if its casefolded, whitespace-collapsed text equals a reference question,
  or its first 80 chars (same normalisation) equal a reference's first 80 chars,
  or it shares a 12-word shingle (casefolded \\w+ tokens) with a reference;
  then drop later candidates that collide the same way with an earlier kept candidate.
Writes all.jsonl and dedupe_report.txt (counts and candidate ids only).
"""
import json, re, sys, collections
sys.path.insert(0, "raw")
from refs import load_refs, RefIndex, norm, shingles

def ws(t):
    return re.sub(r"\s+", " ", t).strip()

LABEL = {"emergency": "URGENT", "crisis": "URGENT", "doctor": "NOT_URGENT", "self-care": "NOT_URGENT"}

def candidates():
    out = []
    import lostbench_seeds as m
    for path, sid, tri, text in m.ITEMS:
        out.append(("lostbench_seeds", text, tri,
            f"{m.REPO}:{path}@{m.COMMIT} id {sid}, field initial; label: file's own 'corpus: emergency'"))
    for path, sid, tri, commit, text in m.ITEMS_EXTRA:
        out.append(("lostbench_seeds", text, tri,
            f"{m.REPO}:{path}@{commit} id {sid}, field initial; label: file's own 'esi_level: 1', 'urgency: extreme_4h'"))
    import helpmed as m
    for sid, cond, disp, text in m.ITEMS:
        tri = {"A&E": "emergency", "Ambulance": "emergency", "Urgent Primary Care": "doctor",
               "Routine GP": "doctor", "Self-care": "self-care"}[disp]
        out.append(("helpmed", text, tri,
            f"am-bean/HELPMed:data/main/scenarios.jsonl scenario_id {sid} ({cond}), 'Specific Case Details'; gold disposition '{disp}' (Bean et al. 2025); text via stored verbatim copy, index file id 52473764601"))
    import counselchat as m
    for (repo, path, commit), qid, url, tri, ev, text in m.ITEMS:
        out.append(("counselchat", text, tri, f"{repo}:{path}@{commit} {qid} ({url}); therapists' {ev}"))
    import askdocs as m
    for rid, tri, ev, text in m.ITEMS:
        out.append(("askdocs", text, tri, f"{m.REPO}:{m.PATH}@{m.COMMIT} id {rid} (r/AskDocs), field question; physician {ev}"))
    import schmitt_thompson as m
    for url, head, tri, text in m.ITEMS:
        out.append(("schmitt_thompson", text, tri, f"{url} [heading: {head}]"))
    import official_crisis as m
    for url, head, tri, text in m.ITEMS:
        out.append(("official_crisis", text, tri, f"{url} [heading: {head}]"))
    import official_symptoms as m
    for url, head, tri, text in m.ITEMS:
        out.append(("official_symptoms", text, tri, f"{url} [heading: {head}]"))
    return out

def main():
    _, refqs = load_refs()
    ref = RefIndex(refqs)
    kept, report = [], collections.Counter()
    seen_full, seen80, seen_sh = set(), set(), set()
    dropped = []
    for grp, text, tri, src in candidates():
        q = ws(text)
        why = ref.why(q)
        if not why:
            n = norm(q); sh = shingles(q)
            if n in seen_full: why = "internal-exact"
            elif n[:80] in seen80: why = "internal-first80"
            elif sh & seen_sh: why = "internal-shingle12"
        if why:
            report[(grp, why)] += 1
            dropped.append((grp, why, src.split(" [")[0][:160]))
            continue
        n = norm(q); seen_full.add(n); seen80.add(n[:80]); seen_sh |= shingles(q)
        kept.append({"question": q, "label": LABEL[tri], "triage": tri, "source": src, "_grp": grp})
    with open("all.jsonl", "w", encoding="utf-8") as f:
        for o in kept:
            f.write(json.dumps({k: o[k] for k in ("question", "label", "triage", "source")}, ensure_ascii=False) + "\n")
    with open("dedupe_report.txt", "w") as f:
        f.write(f"reference questions: {len(refqs)}\ncandidates: {len(kept)+len(dropped)}\nkept: {len(kept)}\ndropped: {len(dropped)}\n")
        for (g, w), c in sorted(report.items()):
            f.write(f"  {g}: {w} x{c}\n")
        for g, w, s in dropped:
            f.write(f"  dropped [{g}/{w}] {s}\n")
    c = collections.Counter((o["label"], o["triage"]) for o in kept)
    g = collections.Counter((o["_grp"], o["label"]) for o in kept)
    print("kept", len(kept), "dropped", len(dropped))
    for k, v in sorted(c.items()): print(" ", k, v)
    for k, v in sorted(g.items()): print(" ", k, v)

if __name__ == "__main__":
    main()
