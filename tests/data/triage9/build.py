"""Build tests/data/triage9/all.jsonl from the copied texts in texts_*.py.

Run from anywhere:  python3 tests/data/triage9/build.py
It drops any candidate whose normalised text equals, contains or is contained in
(both > 30 chars) a question of an earlier set, or whose token set is near one
(Jaccard >= 0.6, or overlap >= 0.9 of the smaller set when the sets are of similar
size), then writes all.jsonl. It prints counts only, never the earlier texts.
"""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import texts_lostbench as TL, texts_lay as TY, texts_crisis as TC

def ws(s): return re.sub(r"\s+", " ", s).strip()
def norm(s): return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]+", " ", s.lower())).strip()

rows = []
LBREPO = "GitHub GOATnote-Inc/lostbench"
for i, path, commit, urg, esi, text in TL.LB:
    urgent = esi <= 2
    rows.append(dict(
        question=ws(text),
        label="URGENT" if urgent else "NOT_URGENT",
        triage="emergency" if urgent else ("soon" if esi == 4 else "self-care"),
        source=f"{LBREPO}: {path}@{commit}, {i}, field `initial` (turn 1); source label: urgency: {urg}, esi_level: {esi}",
        kind="vignette"))
CD = "GitHub file, index id 62643420001 (benchmark script embedding ChatDoctor HealthCareMagic-100k Q&A, list LONG_PROMPT_PAIRS)"
for key, q, tri, reply in TY.CHATDOCTOR:
    rows.append(dict(question=ws(q), label="NOT_URGENT", triage=tri,
                     source=f"{CD}, item '{key}'; doctor reply: '{reply}'", kind="lay"))
CV = "COVID-Dialogue (UCSD-AI4H MedDialog), GitHub smeyerhot/CS685:COVID-Dialogue-Dataset-English.txt@cf4f107c222e"
for i, q, tri, reply in TY.COVID:
    rows.append(dict(question=ws(q), label="NOT_URGENT", triage=tri,
                     source=f"{CV}, id={i} (HealthTap); doctor reply: '{reply}'", kind="lay"))
IC = "iCliniq Q&A, GitHub LasseRegin/medical-question-answer-data:icliniqQAs.json@55da1617c14d"
for url, q, tri, reply in TY.ICLINIQ:
    rows.append(dict(question=ws(q), label="NOT_URGENT", triage=tri,
                     source=f"{IC}, {url}, field question_text; doctor answer: '{reply}'", kind="lay"))
EH = "eHealthForum Q&A, GitHub LasseRegin/medical-question-answer-data:ehealthforumQAs.json@55da1617c14d"
for url, q, tri, reply in TY.EHEALTH:
    rows.append(dict(question=ws(q), label="NOT_URGENT", triage=tri,
                     source=f"{EH}, {url}; doctor answer: '{reply}'", kind="lay"))
RM = ("Reddit Mental Health Dataset (Low et al. 2020), PyPI construct-tracker==1.0.16: "
      "construct_tracker/data/datasets/reddit_27_subreddits/rmhd_27subreddits_260posts_test.csv")
for rid, date, text in TC.CRISIS:
    rows.append(dict(question=ws(text), label="URGENT", triage="crisis",
                     source=f"{RM}, row {rid} ({date}); source label: subreddit 'suicidewatch' + post states intent/plan/attempt (collector's filter)",
                     kind="crisis"))

# ---- dedupe against every earlier set (counts only) ----
refs = []
for f in glob.glob(os.path.join(DATA, "*", "*.jsonl")) + [os.path.join(DATA, "heldout.jsonl")]:
    if os.path.abspath(os.path.dirname(f)) == HERE:
        continue
    for line in open(f, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            n = norm(d.get("question") or "")
            if n:
                refs.append((n, set(n.split())))

def dup(n, t, pool):
    for r, rt in pool:
        if n == r: return "exact"
        if len(n) > 30 and len(r) > 30 and (n in r or r in n): return "contained"
        inter = len(t & rt)
        if inter and inter / len(t | rt) >= 0.6: return "near"
        small, big = sorted((len(t), len(rt)))
        if small >= 5 and small / big >= 0.5 and inter / small >= 0.9: return "near"
    return None

kept, drops, seen = [], {}, []
for r in rows:
    n = norm(r["question"]); t = set(n.split())
    why = dup(n, t, refs) or (dup(n, t, seen) and "internal")
    if why:
        drops[why] = drops.get(why, 0) + 1
        continue
    seen.append((n, t))
    r["expected_sections"] = []
    kept.append({k: r[k] for k in ("question", "label", "expected_sections", "triage", "source", "kind")})

with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
    for r in kept:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"reference questions: {len(refs)}; candidates: {len(rows)}; dropped: {drops}; kept: {len(kept)}")
from collections import Counter
print("label", dict(Counter(r["label"] for r in kept)))
print("triage", dict(Counter(r["triage"] for r in kept)))
print("kind", dict(Counter(r["kind"] for r in kept)))
