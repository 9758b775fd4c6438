"""Dedupe: load every question in tests/data/**/*.jsonl except this folder; print counts only."""
import json, re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
def words(t): return re.findall(r"[a-z0-9']+", t.lower())
def grams(ws, n=12): return {tuple(ws[i:i+n]) for i in range(len(ws)-n+1)}
existing_g, existing_txt = set(), []
for f in glob.glob(os.path.join(HERE, '..', '**', '*.jsonl'), recursive=True):
    if os.path.abspath(f).startswith(HERE): continue
    for line in open(f, encoding='utf-8'):
        line=line.strip()
        if not line: continue
        try: q=json.loads(line).get('question','')
        except Exception: continue
        if not isinstance(q,str): continue
        ws=words(q); existing_g |= grams(ws); existing_txt.append(' '.join(ws))
def check(records):
    keep, drop = [], []
    seen_g=set(); seen_txt=[]
    for r in records:
        ws=words(r['question']); g=grams(ws); j=' '.join(ws)
        bad = bool(g & existing_g) or bool(g & seen_g)
        if not bad and len(ws)<12:
            bad = any(j in e for e in existing_txt) or any(j in e or e in j for e in seen_txt)
        (drop if bad else keep).append(r)
        if not bad: seen_g|=g; seen_txt.append(j)
    return keep, drop
