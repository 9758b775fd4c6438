# usage: python3 add.py < lines of JSON objects (question,label,sections,source[,unsure,note])
import json, sys, dedupe
idx,_,_=dedupe.load_ref()
have=[json.loads(l) for l in open('cands.jsonl')] if __import__('os').path.exists('cands.jsonl') else []
local=dedupe.Index()
for h in have: local.add(h['question'])
with open('cands.jsonl','a') as out:
    for l in sys.stdin:
        l=l.strip()
        if not l: continue
        d=json.loads(l)
        r=idx.check(d['question']) or (('self-'+local.check(d['question'])) if local.check(d['question']) else None)
        print(('DUP '+r) if r else 'ok ', d['label'][:3], '|', d['question'][:70])
        out.write(json.dumps(d, ensure_ascii=False)+'\n')
        if not r: local.add(d['question'])
