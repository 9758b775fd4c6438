"""The encoder thread: answers for every caller, batches what queues up, and hands model errors back."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from bot.batcher import EncodeBatcher
from tests.fakes import HashEmbedder


class CountingEmbedder(HashEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.threads: set[str] = set()
        self.gate = threading.Event()

    def encode(self, texts: list[str]) -> np.ndarray:
        self.gate.wait(5)
        self.threads.add(threading.current_thread().name)
        return super().encode(texts)


def test_every_caller_gets_its_own_vector_from_one_thread() -> None:
    embedder = CountingEmbedder()
    batcher = EncodeBatcher(embedder)
    texts = [f"question number {i}" for i in range(40)]
    with ThreadPoolExecutor(max_workers=40) as pool:
        futures = [pool.submit(batcher.encode_one, t) for t in texts]
        embedder.gate.set()
        vectors = [f.result() for f in futures]
    for text, vector in zip(texts, vectors):
        assert np.allclose(vector, HashEmbedder().encode([text])[0])
    assert embedder.threads == {"faqbot-encoder"}
    assert (
        sum(embedder.calls) == 40 and max(embedder.calls) > 1
    )  # (HashEmbedder records each call's size)  # what queued up was encoded together


def test_a_model_error_reaches_the_caller() -> None:
    class Broken(HashEmbedder):
        def encode(self, texts: list[str]) -> np.ndarray:
            raise RuntimeError("model broke")

    batcher = EncodeBatcher(Broken())
    with pytest.raises(RuntimeError, match="model broke"):
        batcher.encode_one("anything")
    with pytest.raises(RuntimeError):  # and the worker is still there for the next one
        batcher.encode_one("again")


def test_a_cancelled_question_is_not_encoded() -> None:
    embedder = CountingEmbedder()
    batcher = EncodeBatcher(embedder)
    first = batcher.submit("the model is busy with this one")  # the worker takes it and waits at the gate
    while not first.running():
        threading.Event().wait(0.01)
    dropped = batcher.submit("not needed after all")
    kept = batcher.submit("still wanted")
    assert dropped.cancel()
    embedder.gate.set()
    assert np.allclose(kept.result(timeout=5), HashEmbedder().encode(["still wanted"])[0])
    assert first.result(timeout=5) is not None and dropped.cancelled()
    assert sum(embedder.calls) == 2  # the cancelled text never reached the model


def test_a_process_that_exits_while_the_model_encodes_exits_cleanly() -> None:
    """The real ONNX model inside the encoder thread when the interpreter shuts down aborted the process (exit
    status 134, "terminate called without an active exception"); `faqbot eval` did so when its last question was
    refused while that question was being encoded. The worker is now let finish and stopped at exit."""
    import subprocess
    import sys

    script = (
        "from bot.batcher import EncodeBatcher\n"
        "from bot.embedder import question_embedder, BUNDLED_MODEL\n"
        "b = EncodeBatcher(question_embedder(BUNDLED_MODEL, 'onnx'))\n"
        "b.encode_one('warm up')\n"
        "for _ in range(200):\n"
        "    b.submit('a long question about the side effects of stem cell therapy ' * 20)\n"
        "junk = [{i: str(i)} for i in range(2_000_000)]  # a shutdown long enough for an encode to end during it\n"
    )
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "terminate called" not in done.stderr
