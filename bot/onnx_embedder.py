"""The bundled model through ONNX Runtime: the same vectors as sentence-transformers, without torch at run time.

Importing torch and sentence-transformers and loading the model takes seconds before a first answer; ONNX
Runtime and the tokenizers library load in a fraction of that, and on 2 cores run a question about twice as
fast as torch. The model is exported once from the installed sentence-transformers model (never downloaded)
to a cache folder, with the mean pooling and unit-length normalisation of the sentence-transformers pipeline
inside the graph, and checked against it before use: an export whose vectors differ is never used.

Quality (``faqbot eval`` on every question set, before and after) is in the README; vectors agree with the
torch model to about 1e-7.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import warnings
from importlib.metadata import Distribution, PackageNotFoundError, version
from pathlib import Path
from typing import Any

import numpy as np

from bot.disk_cache import drop_others, private_dir, private_file, used
from bot.embedder import resolve_model_path

log = logging.getLogger("faqbot")
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
CHECK_TEXTS = ["Can stem cells cause cancer?", "A longer sentence, so that the batch is padded: swelling at the site."]


def export_path(model_dir: Path, folder: Path) -> Path:
    """Where the export of the model in ``model_dir`` is kept: named by the model files' contents, the code that
    exports it and the versions of torch and onnx. Not by the files' times: each install of the same model
    would export it again (90 MB each; 23 copies had piled up). The contents are the sha256 values pip recorded
    when it installed the model's package (its RECORD: nothing to read), or, for files it did not record, the
    files' own sha256."""
    recorded = _recorded_hashes(model_dir)
    stamp = hashlib.sha256(Path(__file__).read_bytes())
    for library in ("torch", "onnx"):
        stamp.update(f"\0{library} {_version(library)}".encode())
    for path in sorted(model_dir.rglob("*")):
        if path.is_file():
            relative = path.relative_to(model_dir).as_posix()
            content = recorded.get(relative) or hashlib.sha256(path.read_bytes()).hexdigest()
            stamp.update(f"\0{relative}\0{content}".encode())
    return folder / f"{model_dir.parent.name}-{stamp.hexdigest()[:16]}.onnx"


def _version(library: str) -> str:
    try:
        return version(library)
    except PackageNotFoundError:
        return "none"


def _recorded_hashes(model_dir: Path) -> dict[str, str]:
    """The hashes pip recorded for the files under ``model_dir`` (relative to it), from the RECORD of the
    installed package the folder belongs to; empty when there is none."""
    package = model_dir.parent
    out: dict[str, str] = {}
    for info in package.parent.glob(f"{package.name}-*.dist-info"):
        for file in Distribution.at(info).files or []:
            where = Path(package.parent, file).resolve()
            if file.hash is not None and where.is_relative_to(model_dir):
                out[where.relative_to(model_dir).as_posix()] = f"{file.hash.mode}={file.hash.value}"
    return out


def export(model_dir: Path, target: Path) -> Path:
    """Export the sentence-transformers model in ``model_dir`` (transformer, mean pooling, normalisation) to
    ``target``; the file appears whole or not at all. Needs torch, sentence-transformers and onnx."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu")
    transformer = model[0].auto_model

    class Pipeline(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            run: Any = self.transformer
            tokens = run(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    sample = model.tokenizer(CHECK_TEXTS, padding=True, return_tensors="pt")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    with warnings.catch_warnings():  # tracer notes about branches that do not apply to this pipeline's inputs
        warnings.simplefilter("ignore")
        _export(torch, Pipeline().eval(), sample, partial)
    expected = model.encode(CHECK_TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    got = OnnxEmbedder(str(model_dir), partial).encode(CHECK_TEXTS)
    if not np.allclose(got, expected, atol=1e-4):
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"the ONNX export differs from the model by {np.abs(got - expected).max():.2g}")
    partial.chmod(0o600)  # only this user's, whatever the umask: onnx_embedder loads no file others could write
    os.replace(partial, target)
    drop_others(target)  # the exports of this model's earlier versions, but the most recently used
    return target


def _export(torch: Any, pipeline: Any, sample: Any, path: Path) -> None:
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    torch.onnx.export(
        pipeline,
        tuple(sample[name] for name in INPUTS),
        str(path),
        input_names=list(INPUTS),
        output_names=["embedding"],
        dynamic_axes={**axes, "embedding": {0: "batch"}},
        opset_version=17,
        dynamo=False,  # the TorchScript exporter: needs only onnx (the dynamo one needs onnxscript too)
    )


def serving_threads() -> int:
    """Intra-op threads for the one thread that encodes questions (bot/batcher.py): two, or one on one core.

    Measured with `make bench` on 2 cores (2026-12-04, alternating runs): with two non-spinning threads, 16
    clients got 174-187 answers/s against 136-145 with one, and `/api/ask` p50 was 0.81-0.83x a bare encode
    against 0.87-0.92x. Two spinning threads (ONNX Runtime's default) gained nothing. More than two was not
    measured: this machine has two cores."""
    return max(1, min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


class OnnxEmbedder:
    """An exported sentence-transformers model under ONNX Runtime: the Embedder interface of bot/embedder.py."""

    def __init__(self, name: str, onnx_file: Path, threads: int | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.name = name
        model_dir = Path(resolve_model_path(name))
        config = json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self._max_tokens = int(config.get("max_seq_length", 256))
        self._counter = Tokenizer.from_file(str(model_dir / "tokenizer.json"))  # whole texts: no cut, no padding
        self._counter.no_truncation()
        self._counter.no_padding()
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(self._max_tokens)
        self._tokenizer.enable_padding(pad_id=self._tokenizer.token_to_id("[PAD]") or 0)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or serving_threads()
        options.inter_op_num_threads = 1
        # Threads that wait for work sleep instead of spinning: a spinning thread holds a core the web server
        # needs between questions (with spinning, two threads were no faster than one; see serving_threads).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])
        self._dimension = int(self.encode(["x"]).shape[1])

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def count_tokens(self, text: str) -> int:
        return len(self._counter.encode(text, add_special_tokens=True).ids)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, getattr(self, "_dimension", 0)), np.float32)
        batch = self._tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in batch], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in batch], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in batch], dtype=np.int64),
        }
        (vectors,) = self._session.run(None, feeds)
        return np.ascontiguousarray(vectors, dtype=np.float32)


def onnx_embedder(name: str) -> OnnxEmbedder | None:
    """The model ``name`` under ONNX Runtime, exporting it first if needed; None when that cannot be done
    (onnxruntime not installed, an export that fails its check): the caller then uses the torch model."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return None
    folder = private_dir()
    if folder is None:
        log.warning("Using the torch model: no cache folder of this user's to keep the ONNX copy in.")
        return None
    model_dir = Path(resolve_model_path(name))
    try:
        target = export_path(model_dir, folder)
        if not target.exists():
            log.warning("Exporting the model to ONNX once, into %s (a few seconds)...", target)
            export(model_dir, target)
        elif not private_file(target):
            raise RuntimeError(f"{target} is not this user's own file, or others can write it")
        used(target)
        return OnnxEmbedder(name, target)
    except Exception as exc:  # any failure here only costs speed: the torch model answers the same
        log.warning("Using the torch model: the ONNX copy is not usable (%s: %s).", type(exc).__name__, exc)
        return None
