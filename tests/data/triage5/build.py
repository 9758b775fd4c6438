"""Build tests/data/triage5/all.jsonl from the texts copied into texts_crisis.py and texts_medical.py.

Editing rules (the only changes made to the copied texts):
  * whitespace collapsed (newlines and runs of spaces -> one space), ends stripped;
  * texts longer than 1200 characters cut at the last sentence end ('.', '?', '!' followed by a space)
    at or before 1200 characters;
  * SDCNL posts: title and body joined as title + '. ' + body, or title + ' ' + body when the title already
    ends in . ? ! or the body starts with '...'; a title-only post (body 'emptypost') is the title alone;
  * leading greetings dropped where the `note` says so (done by hand when copying; recorded in `source`).
No paraphrase, no spelling fixes. Labels come from the source (see SOURCES.md).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import texts_crisis  # noqa: E402
import texts_medical  # noqa: E402

CAP = 1200


def clean(text: str) -> tuple[str, bool]:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= CAP:
        return text, False
    head = text[: CAP + 1]
    ends = [m.end() for m in re.finditer(r"[.?!](?=\s)", head)]
    if not ends:
        raise ValueError("no sentence end before cap: " + text[:80])
    return head[: ends[-1]].strip(), True


def join_post(title: str, body: str) -> str:
    title = title.strip()
    body = body.strip()
    if not body:
        return title
    if title.endswith((".", "?", "!")) or body.startswith("..."):
        return title + " " + body
    return title + ". " + body


def records() -> list[dict]:
    out = []
    for src, rowid, title, body, why in texts_crisis.CRISIS:
        text, cut = clean(join_post(title, body))
        label = "r/SuicideWatch (is_suicide=1)"
        out.append({
            "question": text,
            "label": "URGENT",
            "expected_sections": [],
            "triage": "crisis",
            "source": f"{src} row id={rowid} ({label}; "
                      + ("title-only post" if not body.strip() else "title joined to body")
                      + f"; post states: {why}"
                      + ("; cut at a sentence end at <=1200 chars" if cut else "") + ")",
            "kind": "crisis-post",
        })
    for src, loc, raw, triage, reply, note in texts_medical.MEDICAL:
        text, cut = clean(raw)
        label = "URGENT" if triage == "emergency" else "NOT_URGENT"
        extra = []
        if note:
            extra.append(note)
        if cut:
            extra.append("cut at a sentence end at <=1200 chars")
        out.append({
            "question": text,
            "label": label,
            "expected_sections": [],
            "triage": triage,
            "source": f"{src}, {loc}; doctor reply: '{reply}'" + (f" [{'; '.join(extra)}]" if extra else ""),
            "kind": "lay",
        })
    return out


def main() -> None:
    recs = records()
    seen = set()
    for r in recs:
        key = r["question"].lower()
        if key in seen:
            raise SystemExit("internal duplicate: " + r["question"][:80])
        seen.add(key)
    path = HERE / "all.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    print(f"{path}: {len(recs)} lines")


if __name__ == "__main__":
    main()
