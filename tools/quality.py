"""Quality of the two ways of embedding questions, side by side: `faqbot eval`'s figures on every question set.

    python -m tools.quality

Both answerers serve the same index; "torch" is sentence-transformers, "onnx" the ONNX Runtime export
(bot/onnx_embedder.py). The export is used only while every figure stays within 0.01 of torch's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.serving import ROOT

SETS = [
    "tests/data/dev/dev_questions.jsonl",
    "tests/data/heldout.jsonl",
    "tests/data/real_questions/tuning.jsonl",
    "tests/data/real_questions/heldout.jsonl",
    "tests/data/triage/tuning.jsonl",
    "tests/data/triage/tuning_extra.jsonl",
    "tests/data/triage/heldout.jsonl",
    "tests/data/real_questions2/tuning.jsonl",
    "tests/data/real_questions2/heldout.jsonl",
    "tests/data/triage2/tuning.jsonl",
    "tests/data/triage2/heldout.jsonl",
]
FIGURES = ("hit@1", "hit@3", "abstention", "false_abstention", "urgent_recall", "false_alarm")


def main() -> int:
    from bot.answerer import Answerer
    from bot.calibration import read_questions
    from bot.evaluation import evaluate
    from bot.settings import Settings

    settings = Settings(knowledge_dir=ROOT / "knowledge", index_dir=ROOT / "index", auto_index=False)
    answerers = {engine: Answerer(settings.with_(engine=engine)).prepare() for engine in ("torch", "onnx")}
    print(f"{'set':<42} {'figure':<17} {'torch':>7} {'onnx':>7} {'diff':>7}")
    worst = 0.0
    for name in SETS:
        questions = read_questions(ROOT / name, sections=answerers["torch"].section_names())
        reports = {e: evaluate(e, a.ask, questions).as_dict() for e, a in answerers.items()}
        for figure in FIGURES:
            t, o = reports["torch"][figure], reports["onnx"][figure]
            worst = max(worst, abs(o - t))
            print(f"{Path(name).as_posix()[11:]:<42} {figure:<17} {t:7.3f} {o:7.3f} {o - t:+7.3f}")
    print(f"largest difference: {worst:.3f} (allowed: 0.010)")
    return 0 if worst <= 0.01 else 1


if __name__ == "__main__":
    sys.exit(main())
