"""One inference thread owns the model: questions from every request thread are encoded there, in batches.

Requests arrive on many threads (anyio's pool for the API, Gradio's workers for the chat). Calling torch from
each of them makes every thread build its own intra-op state, and resident memory grows with the number of
threads that ever asked. Here callers hand their text to a single worker and wait; the worker takes whatever
has queued up meanwhile (up to ``max_batch``) and encodes it in one call, the way model servers micro-batch.

``submit`` returns at once, so a caller can do its other work (the urgency screen, the word lists) while its
question is being encoded, and cancel it if the answer turns out not to need the model.
"""

from __future__ import annotations

import atexit
import queue
import threading
import weakref
from concurrent.futures import Future

import numpy as np

from bot.embedder import Embedder


class EncodeBatcher:
    """``encode_one(text)`` or ``submit(text)`` from any thread; one daemon thread does the encoding."""

    def __init__(self, embedder: Embedder, max_batch: int = 32) -> None:
        self.embedder = embedder
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[tuple[str, Future[np.ndarray]]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        _BATCHERS.add(self)

    def submit(self, text: str) -> Future[np.ndarray]:
        """A future for the unit vector of ``text``; ``cancel()`` it if the vector is no longer wanted."""
        self._ensure_worker()
        future: Future[np.ndarray] = Future()
        self._queue.put((text, future))
        return future

    def encode_one(self, text: str) -> np.ndarray:
        """The unit vector of ``text``; errors of the model are raised in the caller's thread."""
        return self.submit(text).result()

    def _ensure_worker(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            with self._start_lock:
                if self._thread is None or not self._thread.is_alive():
                    self._thread = threading.Thread(target=self._run, name="faqbot-encoder", daemon=True)
                    self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Let the worker finish the batch it is encoding and end. A daemon thread still inside the model when the
        interpreter shuts down is killed there, and ONNX Runtime then aborts the whole process (exit status 134,
        "terminate called without an active exception"): `faqbot eval` did so when its last question was refused
        while that question's encode was running."""
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        while True:  # questions still waiting are not encoded: nobody is left to read their answers
            try:
                _text, future = self._queue.get_nowait()
            except queue.Empty:
                break
            future.cancel()
        self._queue.put((_STOP, Future()))
        thread.join(timeout)

    def _run(self) -> None:
        # The model's own settings for the thread that serves it (SentenceTransformerEmbedder: one torch thread).
        setup = getattr(self.embedder, "setup_serving_thread", None)
        if setup is not None:
            setup()
        while True:
            batch = [self._queue.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            if any(text is _STOP for text, _ in batch):
                for text, future in batch:
                    if text is not _STOP and future.set_running_or_notify_cancel():
                        future.set_exception(RuntimeError("The encoder has stopped."))
                return
            batch = [(text, future) for text, future in batch if future.set_running_or_notify_cancel()]
            if not batch:
                continue
            texts = [text for text, _ in batch]
            try:
                vectors = self.embedder.encode(texts)
            except BaseException as exc:  # noqa: BLE001  (handed to every waiting caller)
                for _, future in batch:
                    future.set_exception(exc)
                continue
            for (_, future), vector in zip(batch, vectors):
                future.set_result(vector)


_STOP = "\x00stop"  # put on the queue by stop(); compared by identity, so no question can be mistaken for it
_BATCHERS: weakref.WeakSet[EncodeBatcher] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    for batcher in list(_BATCHERS):
        batcher.stop()
