"""Build tests/data/triage6/all.jsonl from the texts copied into texts_urgent.py and texts_not_urgent.py.

Editing rules (the only changes made to the copied texts):
  * whitespace collapsed (newlines and runs of spaces -> one space), ends stripped;
  * typographic quotes and apostrophes (‘ ’ “ ”) replaced by ASCII ' and " (the stored copies mix both);
  * texts longer than 1200 characters cut at the last sentence end ('.', '?', '!' followed by a space)
    at or before 1200 characters (no text needed it);
  * each text is one contiguous span of the stored page; where a span starts or ends mid-sentence,
    or a leading greeting ('Hello,', 'Hello doctor,') was dropped, or a title was joined to the first
    paragraph, or the store's mojibake apostrophes were restored, the `source` field says so.
No paraphrase, no spelling fixes. Labels come from the source (see SOURCES.md).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import texts_not_urgent  # noqa: E402
import texts_urgent  # noqa: E402

CAP = 1200
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.translate(QUOTES)).strip()
    if len(text) <= CAP:
        return text
    head = text[: CAP + 1]
    ends = [m.end() for m in re.finditer(r"[.?!](?=\s)", head)]
    if not ends:
        raise ValueError("no sentence end before cap: " + text[:80])
    return head[: ends[-1]].strip()


def records() -> list[dict]:
    out = []
    for label, rows in (("URGENT", texts_urgent.U), ("NOT_URGENT", texts_not_urgent.N)):
        for text, triage, kind, source in rows:
            assert label != "URGENT" or triage in ("emergency", "crisis"), source
            assert label != "NOT_URGENT" or triage in ("soon", "self-care"), source
            assert kind in ("lay", "story", "call", "quiz", "vignette"), source
            out.append({
                "question": clean(text),
                "label": label,
                "expected_sections": [],
                "triage": triage,
                "source": source,
                "kind": kind,
            })
    return out


def main() -> None:
    recs = records()
    seen = set()
    for r in recs:
        key = r["question"].lower()
        assert key not in seen, "internal duplicate: " + r["question"][:60]
        seen.add(key)
    path = HERE / "all.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    from collections import Counter
    print(path, len(recs))
    print(Counter((r["label"], r["triage"]) for r in recs))
    print(Counter((r["label"], r["kind"]) for r in recs))


if __name__ == "__main__":
    main()
