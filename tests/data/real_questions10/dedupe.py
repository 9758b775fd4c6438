import glob, json, re, string, sys, unicodedata
REPO = __import__("os").path.abspath(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "..", ".."))  # the repository
def norm(s):
    return re.sub(r'\s+', ' ', s.casefold()).strip()
def nopunct(s):
    s = norm(s)
    s = ''.join(ch for ch in s if not unicodedata.category(ch).startswith('P') and ch not in string.punctuation)
    return re.sub(r'\s+', ' ', s).strip()
def shingles(s, k=12):
    w = nopunct(s).split()
    return {tuple(w[i:i+k]) for i in range(len(w)-k+1)}
def ref_files():
    pats = [REPO + '/tests/data/*.jsonl', REPO + '/tests/data/*/*.jsonl',
            REPO + '/tests/data/*/*/*.jsonl', REPO + '/knowledge/calibration.jsonl']
    fs = []
    for p in pats: fs += glob.glob(p)
    return sorted({f for f in fs if "/real_questions10/" not in f})  # (not this set)
class Index:
    def __init__(self):
        self.exact=set(); self.np=set(); self.p80=set(); self.sh=set()
    def add(self, q):
        n=norm(q); self.exact.add(n); self.np.add(nopunct(q)); self.p80.add(n[:80]); self.sh |= shingles(q)
    def check(self, q):
        n=norm(q)
        if n in self.exact: return 'exact'
        if nopunct(q) in self.np: return 'nopunct'
        if n[:80] in self.p80: return 'first80'
        if shingles(q) & self.sh: return 'shingle12'
        return None
def load_ref():
    idx=Index(); nq=0; files=ref_files()
    for f in files:
        with open(f, encoding='utf-8') as fh:
            for line in fh:
                line=line.strip()
                if not line: continue
                try: d=json.loads(line)
                except Exception: continue
                if isinstance(d, dict) and isinstance(d.get('question'), str):
                    idx.add(d['question']); nq+=1
    return idx, len(files), nq
if __name__=='__main__':
    idx,nf,nq=load_ref()
    for q in sys.argv[1:]:
        r=idx.check(q); print('DUP('+r+')' if r else 'new', '|', q[:60])
