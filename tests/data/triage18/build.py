"""Build all.jsonl from texts_*.py, apply the dedupe rule, print counts only."""
import json, glob, importlib.util, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import dedupe
recs = []
for f in sorted(glob.glob(os.path.join(HERE, 'texts_*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for site, url, label, triage, q, ev in m.T:
        assert label in ('URGENT', 'NOT_URGENT') and triage in ('emergency', 'crisis', 'doctor', 'self-care'), (site, label, triage)
        assert (label == 'URGENT') == (triage in ('emergency', 'crisis'))
        recs.append({"question": q, "label": label, "triage": triage, "source": f"{site}, {url}; evidence: \"{ev}\"", "_f": os.path.basename(f), "_site": site})
keep, drop = dedupe.check(recs)
print('written', len(recs), 'kept', len(keep), 'dropped', len(drop))
for r in drop: print('  DROPPED:', r['_f'], r['_site'])
pages = Counter(r['source'].split(';')[0].split(' (')[0] for r in keep)
over = {k: v for k, v in pages.items() if v > 5}
print('distinct pages', len(pages), 'over5', over, 'distinct sites', len({r['_site'] for r in keep}))
print(Counter(r['label'] for r in keep), Counter(r['triage'] for r in keep))
with open(os.path.join(HERE, 'all.jsonl'), 'w', encoding='utf-8') as fh:
    for r in keep:
        fh.write(json.dumps({k: v for k, v in r.items() if not k.startswith('_')}, ensure_ascii=False) + '\n')
