"""Answers to questions already asked, kept per index build: a repeated question skips the model.

The cache holds the computed ``Answer`` (frozen), never a serialized response, so each response can still be
given its own identity (an answer id) on the way out. Keys carry the index build id: once a rebuilt index is
served, its answers are computed afresh and the old build's entries age out. Bounded (least recently used
first), so a stream of distinct questions cannot grow the server's memory.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from bot.answer import Answer

Key = tuple[str, str]  # (index build id, cleaned question)


class AnswerCache:
    """A thread-safe LRU map from (build, question) to Answer."""

    def __init__(self, capacity: int = 2048) -> None:
        if capacity < 0:
            raise ValueError(f"capacity must be 0 or more, got {capacity}")
        self.capacity = capacity
        self._items: OrderedDict[Key, Answer] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key) -> Answer | None:
        with self._lock:
            answer = self._items.get(key)
            if answer is not None:
                self._items.move_to_end(key)
            return answer

    def put(self, key: Key, answer: Answer) -> None:
        if not self.capacity:
            return
        with self._lock:
            self._items[key] = answer
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
