import json, pprint
L=[json.loads(l) for l in open('/work/scratch/rq10/cands.jsonl')]
rows=[]
for d in L:
    r={"question":d["question"],"label":d["label"],"expected_sections":d["expected_sections"],"source":d["source"]}
    if d.get("unsure"): r["unsure"]=True
    if d.get("note"): r["note"]=d["note"]
    rows.append(r)
body="[\n"+"".join("    "+json.dumps(r,ensure_ascii=False)+",\n" for r in rows)+"]"
body=body.replace(": true",": True")
t=open('/work/scratch/rq10/build_template.py').read().replace("__CANDIDATES__",body)
open('/work/scratch/rq10/build.py','w').write(t)
