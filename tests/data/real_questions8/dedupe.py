import json, glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DATA))
def norm(s): return re.sub(r'\s+', ' ', s.casefold()).strip()
def load_existing():
    qs=set(); pre=set()
    files=glob.glob(os.path.join(DATA,'*','*.jsonl'))+glob.glob(os.path.join(DATA,'*.jsonl'))+[os.path.join(ROOT,'knowledge','calibration.jsonl')]
    for f in files:
        for line in open(f, encoding='utf-8'):
            line=line.strip()
            if not line: continue
            try: o=json.loads(line)
            except Exception: continue
            if isinstance(o,dict) and isinstance(o.get('question'),str):
                n=norm(o['question']); qs.add(n); pre.add(n[:60])
    for line in open(os.path.join(ROOT,'knowledge','out_of_scope_examples.txt'), encoding='utf-8'):
        line=line.strip()
        if not line or line.startswith('#'): continue
        n=norm(line); qs.add(n); pre.add(n[:60])
    return qs, pre
QS, PRE = load_existing()
def is_dup(q):
    n=norm(q); return n in QS or n[:60] in PRE
if __name__=='__main__':
    # usage: python3 dedupe.py cand.txt  (one question per line) -> prints DUP/new + the candidate line (own text only)
    seen=set()
    for line in open(sys.argv[1], encoding='utf-8'):
        q=line.rstrip('\n')
        if not q.strip(): continue
        tag='DUP' if is_dup(q) else ('SELF' if norm(q)[:60] in seen else 'new')
        seen.add(norm(q)[:60])
        print(tag, '|', q)
