"""Dedupe helper. Loads reference questions (never prints them).
Rule (brief): casefold + whitespace-collapse; drop if equal, first 80 chars equal,
or shares a 12-word shingle with any reference question; also drop candidate repeats."""
import glob, json, re, sys, os

MAIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")  # the repository

def norm(s):
    return re.sub(r"\s+", " ", s.casefold()).strip()

def norm_p(s):
    # stricter extra rule (beyond the brief): also ignore punctuation
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s.casefold())).strip()

def words(s):
    # words for shingles: casefolded, punctuation stripped
    return re.findall(r"[^\W_]+(?:'[^\W_]+)?", s.casefold())

def shingles(s, n=12):
    w = words(s)
    return {tuple(w[i:i+n]) for i in range(len(w) - n + 1)}

def ref_files():
    fs = set(glob.glob(f"{MAIN}/tests/data/*/*.jsonl")) | set(glob.glob(f"{MAIN}/tests/data/*.jsonl"))
    fs |= set(glob.glob(f"{MAIN}/tests/data/**/*.jsonl", recursive=True))
    fs.add(f"{MAIN}/knowledge/calibration.jsonl")
    return sorted(f for f in fs if os.path.exists(f))

def load_refs():
    full, pre, sh = set(), set(), set()
    fullp = set()
    nq = 0
    for f in ref_files():
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    o = json.loads(line)
                except Exception:
                    continue
                q = o.get("question") if isinstance(o, dict) else None
                if not isinstance(q, str):
                    continue
                nq += 1
                n = norm(q)
                full.add(n); pre.add(n[:80]); sh |= shingles(q)
                fullp.add(norm_p(q))
    return full, pre, sh, nq, fullp

class Deduper:
    def __init__(self):
        self.full, self.pre, self.sh, self.nref, self.fullp = load_refs()
        self.cfull, self.cpre, self.csh, self.cfullp = set(), set(), set(), set()
    def check(self, q):
        n = norm(q); s = shingles(q)
        if n in self.full: return "DUP-ref-exact"
        if n[:80] in self.pre: return "DUP-ref-prefix80"
        if s & self.sh: return "DUP-ref-shingle12"
        if norm_p(q) in self.fullp: return "DUP-ref-nopunct"
        if n in self.cfull: return "DUP-cand-exact"
        if n[:80] in self.cpre: return "DUP-cand-prefix80"
        if s & self.csh: return "DUP-cand-shingle12"
        if norm_p(q) in self.cfullp: return "DUP-cand-nopunct"
        return "new"
    def add(self, q):
        n = norm(q); self.cfull.add(n); self.cpre.add(n[:80]); self.csh |= shingles(q)
        self.cfullp.add(norm_p(q))

if __name__ == "__main__":
    d = Deduper()
    print(f"# reference files: {len(ref_files())}, questions: {d.nref}", file=sys.stderr)
    qs = sys.argv[1:] or [l.rstrip("\n") for l in sys.stdin if l.strip()]
    for q in qs:
        r = d.check(q)
        print(f"{r}\t{q}")
        if r == "new": d.add(q)
