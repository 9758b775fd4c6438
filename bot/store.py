"""The index folder: FAISS vectors, passages and a manifest that says what built them.

Layout of ``index/``::

    manifest.json              format version, model, dimension, metric, knowledge fingerprint,
                               per-file hashes, build stamp, and the names of the two data files
    vectors-<build>.faiss      exact inner-product index over unit-length vectors (one row per unit)
    passages-<build>.json      passages (verbatim text + span) and the units that were embedded
    questions-<build>.npz      vectors of the calibration questions, reused by the next build

A build writes its data files under new names, then replaces ``manifest.json`` in one atomic rename,
then deletes data files no manifest names. A crash or kill at any point leaves the previous manifest
pointing at the previous, intact files.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot import __version__
from bot.errors import IndexProblem
from bot.knowledge import Passage, fingerprint, tracked_files

FORMAT_VERSION = 1
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Unit:
    """A piece of text that was embedded: a passage, a window of a long one, a sentence, or a group heading."""

    passage: int  # index into the passages; -1 for a group heading
    kind: str  # "passage" | "window" | "sentence" | "group"
    start: int
    end: int
    hash: str
    label: str = ""  # the heading text, for kind "group"


@dataclass
class IndexData:
    """Everything loaded from an index folder."""

    manifest: dict[str, Any]
    passages: list[Passage]
    units: list[Unit]
    vectors: np.ndarray  # float32, one unit-length row per unit

    @property
    def model(self) -> str:
        return str(self.manifest["model"])

    @property
    def build_id(self) -> str:
        return str(self.manifest["build"]["id"])


def unit_hash(model: str, text: str) -> str:
    """Key for reusing a vector: the same text under the same model embeds the same."""
    return hashlib.sha256(f"{model}\n{text}".encode()).hexdigest()


def file_hashes(knowledge_dir: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tracked_files(knowledge_dir)}


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _passage_record(p: Passage) -> dict[str, Any]:
    record = asdict(p)
    record["sentences"] = [list(s) for s in p.sentences]
    record["id"] = p.id
    record["hash"] = p.content_hash
    return record


def _passage_from(record: dict[str, Any]) -> Passage:
    fields = {k: v for k, v in record.items() if k not in {"id", "hash"}}
    fields["sentences"] = tuple(tuple(s) for s in fields.get("sentences", []))
    return Passage(**fields)


def write_index(
    index_dir: Path,
    *,
    model: str,
    passages: list[Passage],
    units: list[Unit],
    vectors: np.ndarray,
    knowledge_dir: Path,
    extra: dict[str, Any] | None = None,
    questions: dict[str, np.ndarray] | None = None,
) -> dict[str, Any]:
    """Write a new build into ``index_dir`` atomically and return its manifest.

    ``questions`` are calibration question vectors by hash, kept so the next build need not embed them again.
    """
    import faiss

    if len(units) != len(vectors):
        raise ValueError("one vector per unit is required")
    index_dir.mkdir(parents=True, exist_ok=True)
    build_id = hashlib.sha256(f"{time.time_ns()}-{os.getpid()}".encode()).hexdigest()[:12]
    vectors_name, passages_name = f"vectors-{build_id}.faiss", f"passages-{build_id}.json"
    dimension = int(vectors.shape[1]) if len(vectors) else 0

    flat = faiss.IndexFlatIP(dimension)
    if len(vectors):
        flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
    _atomic_write(index_dir / vectors_name, faiss.serialize_index(flat).tobytes())
    payload = {"passages": [_passage_record(p) for p in passages], "units": [asdict(u) for u in units]}
    _atomic_write(index_dir / passages_name, json.dumps(payload, ensure_ascii=False, indent=1).encode())
    names = {"vectors": vectors_name, "passages": passages_name}
    if questions:
        names["questions"] = f"questions-{build_id}.npz"
        buffer = io.BytesIO()
        keys = sorted(questions)
        np.savez(buffer, keys=np.array(keys), vectors=np.stack([questions[k] for k in keys]).astype(np.float32))
        _atomic_write(index_dir / names["questions"], buffer.getvalue())

    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "model": model,
        "dimension": dimension,
        "metric": "inner_product",
        "normalized": True,
        "count": {"passages": len(passages), "units": len(units)},
        "knowledge": {"fingerprint": fingerprint(knowledge_dir), "files": file_hashes(knowledge_dir)},
        "files": names,
        "build": {
            "id": build_id,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "versions": _versions(),
        },
        **(extra or {}),
    }
    _atomic_write(index_dir / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode() + b"\n")
    _remove_unreferenced(index_dir, set(names.values()))
    return manifest


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"faqbot": __version__}
    for name in ("faiss-cpu", "sentence-transformers", "torch"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out


def _remove_unreferenced(index_dir: Path, keep: set[str]) -> None:
    for path in index_dir.iterdir():
        if path.name.startswith(("vectors-", "passages-", "questions-")) and path.name not in keep:
            path.unlink(missing_ok=True)
        elif path.name.startswith(".") and path.name.endswith(".tmp"):
            # leftovers of a build that was killed; a live build's temp file is younger than a minute
            if time.time() - path.stat().st_mtime > 60:
                path.unlink(missing_ok=True)


def read_manifest(index_dir: Path) -> dict[str, Any]:
    """The manifest of an index folder, or IndexProblem saying how to make one."""
    path = index_dir / MANIFEST
    if not path.exists():
        raise IndexProblem(f"No index in {index_dir}/; build it with `faqbot index`.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexProblem(f"{path} is unreadable ({exc}); rebuild it with `faqbot index --full`.") from None
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        raise IndexProblem(f"{path} is from another version of faqbot; rebuild it with `faqbot index --full`.")
    return manifest


def load_index(index_dir: Path) -> IndexData:
    """Load an index folder, checking that its parts agree with the manifest."""
    import faiss

    for _attempt in range(3):  # a concurrent build may replace the files between our reads
        manifest = read_manifest(index_dir)
        files = manifest.get("files", {})
        try:
            raw = (index_dir / files["vectors"]).read_bytes()
            payload = json.loads((index_dir / files["passages"]).read_text(encoding="utf-8"))
        except FileNotFoundError:
            time.sleep(0.05)
            continue
        except (KeyError, OSError, ValueError) as exc:
            raise IndexProblem(f"{index_dir}/ is damaged ({exc}); rebuild it with `faqbot index --full`.") from None
        flat = faiss.deserialize_index(np.frombuffer(raw, dtype=np.uint8))
        vectors = flat.reconstruct_n(0, flat.ntotal) if flat.ntotal else np.zeros((0, flat.d), np.float32)
        passages = [_passage_from(r) for r in payload["passages"]]
        units = [Unit(**u) for u in payload["units"]]
        if flat.d != manifest["dimension"] or flat.ntotal != len(units):
            raise IndexProblem(f"{index_dir}/ does not match its manifest; rebuild it with `faqbot index --full`.")
        return IndexData(manifest=manifest, passages=passages, units=units, vectors=vectors)
    raise IndexProblem(f"{index_dir}/ kept changing while being read; try again.")


def staleness(index_dir: Path, knowledge_dir: Path, model: str | None = None) -> str | None:
    """Why ``index_dir`` does not serve ``knowledge_dir`` (and ``model``), or None when it does."""
    try:
        manifest = read_manifest(index_dir)
    except IndexProblem as exc:
        return str(exc)
    if model is not None and manifest.get("model") != model:
        return (
            f"{index_dir}/ was built with model {manifest.get('model')!r}, not {model!r}; "
            "rebuild it with `faqbot index`."
        )
    current = file_hashes(knowledge_dir)
    recorded: dict[str, str] = manifest.get("knowledge", {}).get("files", {})
    if current != recorded:
        changed = sorted(
            set(current) ^ set(recorded) | {n for n in current if n in recorded and current[n] != recorded[n]}
        )
        return (
            f"{index_dir}/ is out of date with {knowledge_dir}/ ({', '.join(changed)}); rebuild it with `faqbot index`."
        )
    return None
