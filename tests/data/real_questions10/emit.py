import json,sys
def O(q,s,**k): print(json.dumps(dict(question=q,label="OUT_OF_SCOPE",expected_sections=[],source=s,**k),ensure_ascii=False))
def A(q,secs,s,**k): print(json.dumps(dict(question=q,label="ANSWERABLE",expected_sections=list(secs),source=s,**k),ensure_ascii=False))
