"""`make bench`: speed and memory as ratios to floors measured in the same run, never absolute times.

1. Answer latency: median ``Answerer.ask`` / median bare ``model.encode`` of the same questions (target <= 1.3).
2. Cold start: process start to first answer / process start to model loaded (target <= 1.2).
3. Server memory: resident size after 1,000 questions through the HTTP API, and its growth (target <= 700 MB).
4. Rebuilds of a generated 1,000-passage knowledge base: full, then after editing one paragraph (passages
   embedded in each, and the one-paragraph rebuild as a fraction of the full one).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUESTIONS = [
    "Can stem cells cause cancer?",
    "Is it normal to have swelling after the injection?",
    "What are the signs of an infection?",
    "Will my body reject donor cells?",
    "Can stem cell therapy cause blood clots?",
    "Are spinal injections of stem cells risky?",
    "Can it make my lupus worse?",
    "How do I pick a safe clinic?",
    "Where do the cells come from?",
    "How much does it cost?",
    "I have chest pain after my treatment",
    "What are the most common side effects?",
]

FLOOR_SNIPPET = """
import time, sys
t0 = float(sys.argv[1])
from bot.embedder import SentenceTransformerEmbedder
e = SentenceTransformerEmbedder().load()
print(time.time() - t0)
"""
COLD_SNIPPET = """
import time, sys
t0 = float(sys.argv[1])
from bot.answerer import Answerer
from bot.settings import Settings
a = Answerer(Settings(auto_index=False)).prepare()
a.ask("Can stem cells cause cancer?")
print(time.time() - t0)
"""


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def latency() -> tuple[float, float, float]:
    from bot.answerer import Answerer
    from bot.settings import Settings

    answerer = Answerer(Settings(auto_index=False)).prepare()
    answerer.warm_up()
    model = answerer.embedder._load()  # type: ignore[attr-defined]
    ask_times: list[float] = []
    encode_times: list[float] = []
    for _round in range(15):
        for q in QUESTIONS:  # interleaved, so machine noise hits both alike
            t = time.perf_counter()
            model.encode([q], normalize_embeddings=True, show_progress_bar=False)
            encode_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            answerer.ask(q)
            ask_times.append(time.perf_counter() - t)
    a, e = statistics.median(ask_times), statistics.median(encode_times)
    return a / e, a * 1000, e * 1000


def _timed_child(snippet: str) -> float:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    out = subprocess.run(
        [sys.executable, "-c", snippet, repr(time.time())], capture_output=True, text=True, env=env, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def cold_start(runs: int = 3) -> tuple[float, float, float]:
    floors, colds = [], []
    for _ in range(runs):
        floors.append(_timed_child(FLOOR_SNIPPET))
        colds.append(_timed_child(COLD_SNIPPET))
    f, c = statistics.median(floors), statistics.median(colds)
    return c / f, c, f


def server_memory(total: int = 1000) -> tuple[float, float, float]:
    import socket

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    env = {**os.environ, "FAQBOT_PORT": str(port), "FAQBOT_AUTO_INDEX": "false", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "app.py"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        with httpx.Client(base_url=base, timeout=30) as client:
            halfway = 0.0
            for i in range(total):
                client.post("/api/ask", json={"question": f"{QUESTIONS[i % len(QUESTIONS)]} ({i})"})
                if i == total // 2 - 1:
                    halfway = _rss_mb(proc.pid)
            final = _rss_mb(proc.pid)
        return final, halfway, final - halfway
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def generated_article(passages: int, sections: int = 50, seed: int = 0) -> str:
    """A valid Markdown article with ``passages`` distinct paragraphs over ``sections`` headings.

    Paragraph n ends with the marker "p{n}x.", so a one-paragraph edit is easy to make.
    """
    import random

    rng = random.Random(seed)
    words = (
        "cell therapy injection swelling infection immune tumor clot nerve clinic donor dose site fever "
        "pain risk patient doctor safety sterile tissue growth reaction blood spinal regulation source"
    ).split()
    per = max(1, passages // sections)
    out = ["---", f"title: Generated article {seed}", "---", ""]
    n = 0
    for s in range(sections):
        out += [f"## Section {s + 1} of the generated guide", ""]
        for _ in range(per if s < sections - 1 else passages - n):
            sentence = " ".join(rng.choice(words) for _ in range(18))
            out += [f"Paragraph {n} says that {sentence}. It ends here with marker p{n}x.", ""]
            n += 1
    return "\n".join(out)


def rebuilds(passages: int = 1000) -> tuple[float, int, float, int]:
    import tempfile

    from bot.embedder import SentenceTransformerEmbedder
    from bot.indexer import build_index

    embedder = SentenceTransformerEmbedder().load()  # the model load is not part of a rebuild
    with tempfile.TemporaryDirectory() as tmp:
        knowledge, index = Path(tmp) / "knowledge", Path(tmp) / "index"
        knowledge.mkdir()
        article = knowledge / "generated.md"
        article.write_text(generated_article(passages), encoding="utf-8")
        full = build_index(knowledge, index, embedder)
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("marker p500x.", "marker p500x, edited."), encoding="utf-8")
        one = build_index(knowledge, index, embedder)
    return full.seconds, full.embedded, one.seconds, one.embedded


def main() -> int:
    print("faqbot bench: ratios to floors measured in this run (targets in brackets)")
    ratio, ask_ms, enc_ms = latency()
    print(f"answer latency / bare model.encode : {ratio:5.2f}x  [<= 1.3]   ({ask_ms:.2f} ms vs {enc_ms:.2f} ms)")
    ratio, cold, floor = cold_start()
    print(f"cold start / import + model load   : {ratio:5.2f}x  [<= 1.2]   ({cold:.2f} s vs {floor:.2f} s)")
    final, halfway, growth = server_memory()
    print(
        f"server memory after 1,000 questions: {final:5.0f} MB [<= 700]   "
        f"(after 500: {halfway:.0f} MB, growth over the last 500: {growth:+.0f} MB)"
    )
    full_s, full_n, one_s, one_n = rebuilds()
    print(
        f"1,000-passage rebuild, one paragraph: {one_s / full_s:5.2f}x of a full build   "
        f"(full: {full_s:.1f} s, {full_n} passages embedded; one paragraph: {one_s:.1f} s, {one_n} embedded)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
