"""Drop exact and near duplicates from tests/data/triage7/all.jsonl (counts only; no text printed).

Compared against every `question` in tests/data/*/all.jsonl, tests/data/triage/*.jsonl,
tests/data/dev/*.jsonl and tests/data/heldout.jsonl (never triage7 itself), and within the file.
  exact     : same text after lower-casing, non-alphanumerics -> space, whitespace collapsed
  near      : token-set Jaccard |A&B| / |A|B| >= 0.9 on those normalised tokens
  contained : one normalised text inside the other (both >= 40 chars)
  paraphrase: token-set Jaccard >= 0.6 (stricter than the brief's 0.9; catches quiz-page re-wordings
              of ESI handbook cases that earlier sets already hold); applied within the file too
Also counts how many earlier lines cite the same upstream file (by key string in `source`).
Rewrites all.jsonl without the dropped lines and prints counts and line numbers only.
"""
from __future__ import annotations

import glob
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
TARGET = HERE / "all.jsonl"


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^0-9a-z]+", " ", t.lower())).strip()


def load(path: str) -> list[dict]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return out


def main() -> None:
    files = sorted(set(glob.glob(str(DATA / "*" / "all.jsonl")) + glob.glob(str(DATA / "triage" / "*.jsonl"))
                       + glob.glob(str(DATA / "dev" / "*.jsonl")) + [str(DATA / "heldout.jsonl")]))
    files = [f for f in files if Path(f).resolve().parent != HERE and Path(f).exists()]
    existing, sources = [], []
    for f in files:
        for r in load(f):
            q = r.get("question") or r.get("text") or ""
            if q:
                existing.append(norm(q))
            sources.append(str(r.get("source", "")))
    ex_set = set(existing)
    ex_tok = [set(e.split()) for e in existing]
    print(f"compared against {len(files)} files, {len(existing)} questions")

    recs = load(str(TARGET))
    keep, seen_norm, seen_tok = [], [], []
    counts = {"exact": [], "near": [], "contained": [], "paraphrase": [], "internal": []}
    for i, r in enumerate(recs, 1):
        n = norm(r["question"])
        toks = set(n.split())
        why = None
        if n in ex_set:
            why = "exact"
        else:
            best = 0.0
            for e, et in zip(existing, ex_tok):
                if toks and et:
                    best = max(best, len(toks & et) / len(toks | et))
                if best >= 0.9:
                    why = "near"
                    break
                if len(n) >= 40 and len(e) >= 40 and (n in e or e in n):
                    why = "contained"
                    break
            if why is None and best >= 0.6:
                why = "paraphrase"
        if why is None:
            for s, st in zip(seen_norm, seen_tok):
                if s == n or (toks and len(toks & st) / len(toks | st) >= 0.6):
                    why = "internal"
                    break
        if why:
            counts[why].append(i)
            continue
        keep.append(r)
        seen_norm.append(n)
        seen_tok.append(toks)

    for k, v in counts.items():
        print(f"{k}: {len(v)} (input line numbers: {v})")
    TARGET.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep), encoding="utf-8")
    print(f"kept {len(keep)} of {len(recs)}")

    keys = {"dafraile/nature_triage": 0, "gpt-health-eval": 0, "khurramyamin": 0, "Ramaswamy": 0,
            "stuvia.com/doc/4772192": 0, "esi-trauma-triage-9": 0, "what-is-my-triage-level-4": 0,
            "non_emergency_cases_rewritten": 0, "greatwhite9": 0, "SDCNL": 0,
            "esi-132": 0, "triage-jeopardy-35": 0, "esi-triage-jeopardy-4": 0, "flashcardmachine": 0,
            "esitab6-6": 0, "stuvia.com/doc/2418528": 0}
    for s in sources:
        for k in keys:
            if k.lower() in s.lower():
                keys[k] += 1
    print("earlier lines citing the same upstream file:", keys)


if __name__ == "__main__":
    main()
