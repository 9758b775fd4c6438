"""Load reference questions from /work/main/tests/data mechanically (never printed)."""
import glob, os, json, re
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")  # tests/data

def norm(t):
    return re.sub(r"\s+", " ", t.casefold()).strip()

def words(t):
    return re.findall(r"\w+", t.casefold())

def load_refs():
    files = sorted(set(glob.glob(os.path.join(DATA, "*", "*.jsonl")) + glob.glob(os.path.join(DATA, "*.jsonl"))))
    qs = []
    for f in files:
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
                if isinstance(q, str) and q.strip():
                    qs.append(q)
    return files, qs

def shingles(t, n=12):
    w = words(t)
    return {tuple(w[i:i+n]) for i in range(len(w) - n + 1)}

class RefIndex:
    def __init__(self, qs):
        self.full = {norm(q) for q in qs}
        self.first80 = {norm(q)[:80] for q in qs}
        self.sh = set()
        for q in qs:
            self.sh |= shingles(q)
    def why(self, t):
        n = norm(t)
        if n in self.full: return "exact"
        if n[:80] in self.first80: return "first80"
        if shingles(t) & self.sh: return "shingle12"
        return None
