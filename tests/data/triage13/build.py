#!/usr/bin/env python3
"""Rebuild tests/data/triage13/all.jsonl from the texts_*.py files in this folder.

Each texts_X.py holds ITEMS = [(question, label, triage, kind, source, person), ...] with texts
copied verbatim from stored public copies (person = "first"/"third", kept only for SOURCES.md
counts). This script trims only the site's surrounding whitespace (and turns non-breaking spaces
and runs of spaces/tabs into one space), drops any text that duplicates or is contained in an
earlier test set's question under tests/data (lowercased, whitespace-collapsed; also a shared
12-word run), and writes all.jsonl. For each candidate it prints only "DUP" or "new".
Modelled on tests/data/triage11/build.py.
"""
import collections, glob, importlib.util, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)


def clean(t):
    t = t.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    t = re.sub(r"[ \t]+", " ", t)
    t = re.sub(r" *\n *", "\n", t)
    return t.strip()


def norm(t):
    return " ".join(t.lower().split())


def words(t):
    return re.findall(r"[a-z0-9']+", t.lower())


def grams(t, n=12):
    w = words(t)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def load_existing():
    qs = []
    for p in glob.glob(os.path.join(DATA, "**", "*.jsonl"), recursive=True):
        if os.path.abspath(p).startswith(HERE + os.sep):
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    q = json.loads(line).get("question")
                except Exception:
                    continue
                if isinstance(q, str) and q.strip():
                    qs.append(q)
    return qs


def main():
    existing = load_existing()
    ex_norm = [norm(q) for q in existing]
    ex_grams = set()
    for q in existing:
        ex_grams |= grams(q)
    items = []
    for p in sorted(glob.glob(os.path.join(HERE, "texts_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        items += m.ITEMS
    out, kept_meta, seen_norm, seen_grams = [], [], [], set()
    for i, (q, label, triage, kind, src, person) in enumerate(items, 1):
        assert label in ("URGENT", "NOT_URGENT") and triage in ("emergency", "crisis", "soon", "self-care")
        assert kind in ("lay", "crisis") and person in ("first", "third")
        assert (label == "URGENT") == (triage in ("emergency", "crisis"))
        q = clean(q)
        n, g = norm(q), grams(q)
        dup = (any(n == e or n in e or e in n for e in ex_norm) or bool(g & ex_grams)
               or any(n in s or s in n for s in seen_norm) or bool(g & seen_grams))
        group = re.split(r"[,:(]", src)[0].strip()
        print(f"{i:3d} {'DUP' if dup else 'new'}  [{group}]")
        if dup:
            continue
        seen_norm.append(n)
        seen_grams |= g
        out.append({"question": q, "label": label, "expected_sections": [],
                    "triage": triage, "source": src, "kind": kind})
        kept_meta.append((label, triage, kind, person, group))
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines (of {len(items)} candidates)")
    for k, name in ((0, "label"), (1, "triage"), (2, "kind"), (3, "person"), (4, "source group")):
        print(name + ":", dict(collections.Counter(m[k] for m in kept_meta)))
    print("label x person:", dict(collections.Counter((m[0], m[3]) for m in kept_meta)))


if __name__ == "__main__":
    main()
