"""(Kept for the record: run before this set was added to tests/data; rerun now, it would find every line a duplicate of itself.)
Writes all.jsonl from cands.py, dropping candidates that duplicate existing test/knowledge questions
(casefolded, whitespace-collapsed text equal, or first 60 chars equal) or an earlier candidate."""
import json, collections, dedupe, cands
seen=set(); out=[]; dropped=0
for c in cands.C_:
    n=dedupe.norm(c['question'])
    if dedupe.is_dup(c['question']) or n[:60] in seen: dropped+=1; continue
    seen.add(n[:60]); out.append({k:v for k,v in c.items() if not k.startswith('_')})
with open('all.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print('candidates',len(cands.C_),'dropped',dropped,'written',len(out))
print(collections.Counter(o['label'] for o in out), 'unsure', sum(1 for o in out if o.get('unsure')))
