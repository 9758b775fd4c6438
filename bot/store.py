"""The index folder: FAISS vectors, passages and a manifest that says what built them.

Layout of ``index/``::

    manifest.json              format version, model, dimension, metric, knowledge fingerprint,
                               per-file hashes, build stamp, and the names and SHA-256 of the data files
    vectors-<build>.faiss      exact inner-product index over unit-length vectors (one row per unit)
    passages-<build>.json      passages (verbatim text + span) and the units that were embedded
    questions-<build>.npz      vectors of the calibration questions, reused by the next build

A build writes its data files under new names, then replaces ``manifest.json`` in one atomic rename,
then deletes data files no manifest names. A crash or kill at any point leaves the previous manifest
pointing at the previous, intact files. Files are written readable by everyone the umask allows, so a
server running as another user can read an index built by the editor.

A data file that was cut short, overwritten or deleted after its build is found by its SHA-256:
``staleness`` reports it and ``load_index`` raises IndexProblem naming it, never a FAISS or JSON error.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot import __version__
from bot.errors import IndexProblem, KnowledgeError
from bot.knowledge import Passage, fingerprint, read_bytes, tracked_files
from bot.scoring import settings as scoring_settings

FORMAT_VERSION = 2  # 2: the manifest records the SHA-256 of each data file
MANIFEST = "manifest.json"
FILE_MODE = 0o644  # before the umask: the index is not secret, and the server may run as another user
REBUILD = "rebuild it with `faqbot index --full`"


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
    """SHA-256 of every tracked knowledge file by name; KnowledgeError naming a file that cannot be read."""
    return {p.name: hashlib.sha256(read_bytes(p)).hexdigest() for p in tracked_files(knowledge_dir)}


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: a temporary file beside it, then one rename.

    The temporary file is created with FILE_MODE, which the kernel narrows by the umask (mkstemp would
    make it 0600, readable by its owner only).
    """
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
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
    payload = {"passages": [_passage_record(p) for p in passages], "units": [asdict(u) for u in units]}
    contents = {
        "vectors": faiss.serialize_index(flat).tobytes(),
        "passages": json.dumps(payload, ensure_ascii=False, indent=1).encode(),
    }
    names = {"vectors": vectors_name, "passages": passages_name}
    if questions:
        names["questions"] = f"questions-{build_id}.npz"
        buffer = io.BytesIO()
        keys = sorted(questions)
        np.savez(buffer, keys=np.array(keys), vectors=np.stack([questions[k] for k in keys]).astype(np.float32))
        contents["questions"] = buffer.getvalue()
    for role, data in contents.items():
        _atomic_write(index_dir / names[role], data)

    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "model": model,
        "dimension": dimension,
        "metric": "inner_product",
        "normalized": True,
        "count": {"passages": len(passages), "units": len(units)},
        "knowledge": {"fingerprint": fingerprint(knowledge_dir), "files": file_hashes(knowledge_dir)},
        "files": names,
        "sha256": {role: _sha256(data) for role, data in contents.items()},
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
    build = manifest.get("build")
    if not (
        isinstance(manifest.get("files"), dict)
        and isinstance(manifest.get("sha256"), dict)
        and isinstance(build, dict)
        and isinstance(build.get("id"), str)
    ):
        raise IndexProblem(_damaged(path, "it lacks the files, their SHA-256 or the build"))
    return manifest


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _missing(path: Path) -> str:
    return f"{path} is missing; {REBUILD}."


def _damaged(path: Path, why: str = "its SHA-256 is not the one in the manifest") -> str:
    return f"{path} is damaged ({why}); {REBUILD}."


def _data_path(index_dir: Path, manifest: dict[str, Any], role: str) -> Path:
    """Where the manifest says the ``role`` file ("vectors", "passages", "questions") is."""
    name = manifest["files"].get(role)
    if not isinstance(name, str) or not name or "/" in name:
        raise IndexProblem(f"{index_dir / MANIFEST} names no {role} file; {REBUILD}.")
    return index_dir / name


def _read_data(index_dir: Path, manifest: dict[str, Any], role: str) -> bytes:
    """A data file's bytes, checked against the SHA-256 the manifest recorded.

    FileNotFoundError is left to the caller, which knows whether a concurrent build may have removed it.
    """
    path = _data_path(index_dir, manifest, role)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise IndexProblem(f"{path} is unreadable ({exc.strerror or exc}); {REBUILD}.") from None
    if _sha256(data) != manifest["sha256"].get(role):
        raise IndexProblem(_damaged(path))
    return data


def _brief(exc: Exception) -> str:
    """An exception from FAISS, JSON or numpy as a short phrase: its first line, at most 160 characters."""
    text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return text if len(text) <= 160 else text[:157] + "..."


def _parse_vectors(path: Path, raw: bytes, dimension: Any) -> np.ndarray:
    """The unit vectors stored in a serialized FAISS index; IndexProblem naming ``path`` when it does not parse."""
    import faiss

    try:
        flat = faiss.deserialize_index(np.frombuffer(raw, dtype=np.uint8))
        vectors = flat.reconstruct_n(0, flat.ntotal) if flat.ntotal else np.zeros((0, flat.d), np.float32)
    except Exception as exc:  # FAISS raises RuntimeError (and others) for anything it cannot read
        raise IndexProblem(_damaged(path, _brief(exc))) from None
    if flat.d != dimension:
        raise IndexProblem(f"{path} does not match its manifest ({flat.d} dimensions, not {dimension}); {REBUILD}.")
    return np.asarray(vectors, dtype=np.float32)


def _parse_passages(path: Path, raw: bytes) -> tuple[list[Passage], list[Unit]]:
    """The passages and units stored as JSON; IndexProblem naming ``path`` when they do not parse."""
    try:
        payload = json.loads(raw.decode("utf-8"))
        return [_passage_from(r) for r in payload["passages"]], [Unit(**u) for u in payload["units"]]
    except Exception as exc:  # bad UTF-8 or JSON, missing keys, records of the wrong shape
        raise IndexProblem(_damaged(path, _brief(exc))) from None


def _unchanged(index_dir: Path, manifest: dict[str, Any]) -> bool:
    """Whether ``manifest`` is still the one in ``index_dir`` (no build swapped in since it was read)."""
    try:
        return read_manifest(index_dir) == manifest
    except IndexProblem:
        return False


def load_index(index_dir: Path) -> IndexData:
    """Load an index folder, checking its files against the manifest's SHA-256 and each other.

    Every problem is an IndexProblem naming the file and the command that fixes it.
    """
    for _attempt in range(3):  # a concurrent build may replace the files between our reads
        manifest = read_manifest(index_dir)
        vectors_path, passages_path = (_data_path(index_dir, manifest, role) for role in ("vectors", "passages"))
        try:
            raw_vectors = _read_data(index_dir, manifest, "vectors")
            raw_passages = _read_data(index_dir, manifest, "passages")
        except FileNotFoundError as exc:
            if _unchanged(index_dir, manifest):  # not a build swapping files: the file is gone
                raise IndexProblem(_missing(Path(exc.filename))) from None
            time.sleep(0.05)
            continue
        vectors = _parse_vectors(vectors_path, raw_vectors, manifest.get("dimension"))
        passages, units = _parse_passages(passages_path, raw_passages)
        if len(vectors) != len(units):
            raise IndexProblem(f"{vectors_path} does not match its passages ({len(vectors)} vectors); {REBUILD}.")
        return IndexData(manifest=manifest, passages=passages, units=units, vectors=vectors)
    raise IndexProblem(f"{index_dir}/ kept changing while being read; try again.")


def load_question_vectors(index_dir: Path, manifest: dict[str, Any]) -> dict[str, np.ndarray]:
    """The calibration question vectors a build kept, by hash ({} when it kept none)."""
    if "questions" not in manifest["files"]:
        return {}
    path = _data_path(index_dir, manifest, "questions")
    try:
        raw = _read_data(index_dir, manifest, "questions")
    except FileNotFoundError:
        raise IndexProblem(_missing(path)) from None
    try:
        with np.load(io.BytesIO(raw)) as saved:
            return {str(k): v for k, v in zip(saved["keys"], saved["vectors"], strict=True)}
    except Exception as exc:  # numpy and zipfile errors of many kinds
        raise IndexProblem(_damaged(path, _brief(exc))) from None


# The SHA-256 of data files by (path, inode, size, mtime, ctime): /healthz checks them on every call.
_digests: dict[tuple[str, int, int, int, int], str] = {}


def _file_sha256(path: Path) -> str:
    info = path.stat()
    key = (str(path), info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    digest = _digests.get(key)
    if digest is None:
        digest = _sha256(path.read_bytes())
        if len(_digests) > 64:
            _digests.clear()
        _digests[key] = digest
    return digest


def data_problem(index_dir: Path, manifest: dict[str, Any]) -> str | None:
    """Why a data file the manifest names is missing or damaged, or None when all are whole."""
    for role in manifest["files"]:
        try:
            path = _data_path(index_dir, manifest, role)
        except IndexProblem as exc:
            return str(exc)
        try:
            digest = _file_sha256(path)
        except FileNotFoundError:
            return _missing(path)
        except OSError as exc:
            return f"{path} is unreadable ({exc.strerror or exc}); {REBUILD}."
        if digest != manifest["sha256"].get(role):
            return _damaged(path)
    return None


def _settled_manifest(index_dir: Path) -> tuple[dict[str, Any], str | None]:
    """The manifest and why its data files are not whole, read again if a build swapped them meanwhile."""
    for _attempt in range(3):
        manifest = read_manifest(index_dir)
        problem = data_problem(index_dir, manifest)
        if problem is None or _unchanged(index_dir, manifest):
            break
    return manifest, problem


def _changes(recorded: object, current: dict[str, float]) -> str:
    """What differs between the recorded scoring settings and the current ones, for a one-line message."""
    if not isinstance(recorded, dict):
        return "none recorded"
    names = sorted(set(recorded) | set(current))
    return ", ".join(f"{n} {recorded.get(n)} -> {current.get(n)}" for n in names if recorded.get(n) != current.get(n))


def staleness(index_dir: Path, knowledge_dir: Path, model: str | None = None) -> str | None:
    """Why ``index_dir`` does not serve ``knowledge_dir`` (and ``model``), or None when it does.

    One line naming what is wrong (a missing manifest, a missing or damaged data file, another model,
    edited knowledge) and the command that fixes it.
    """
    try:
        manifest, problem = _settled_manifest(index_dir)
    except IndexProblem as exc:
        return str(exc)
    if problem:
        return problem
    if model is not None and manifest.get("model") != model:
        return (
            f"{index_dir}/ was built with model {manifest.get('model')!r}, not {model!r}; "
            "rebuild it with `faqbot index`."
        )
    recorded_scoring = manifest.get("scoring")
    if recorded_scoring != scoring_settings():
        return (
            f"{index_dir}/ was calibrated with other scoring settings ({_changes(recorded_scoring, scoring_settings())}); "
            "rebuild it with `faqbot index`."
        )
    try:
        current = file_hashes(knowledge_dir)
    except KnowledgeError as exc:
        return "; ".join(exc.problems)
    recorded: dict[str, str] = manifest.get("knowledge", {}).get("files", {})
    if current != recorded:
        changed = sorted(
            set(current) ^ set(recorded) | {n for n in current if n in recorded and current[n] != recorded[n]}
        )
        return (
            f"{index_dir}/ is out of date with {knowledge_dir}/ ({', '.join(changed)}); rebuild it with `faqbot index`."
        )
    return None
