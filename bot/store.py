"""The index folder: one shard per article, question vectors, and a manifest that says what built them.

Layout of ``index/``::

    manifest.json              format version, model, dimension, metric, knowledge fingerprint, per-file
                               hashes, build stamp, the shards (by article) and the names and SHA-256 of
                               every data file
    passages-<key>.json        one article's passages and units (``bot/shards.py``)
    vectors-<key>.npy          the vectors of those units
    questions-<build>.npz      vectors of the calibration questions, reused by the next build
    .checked.json              which files this machine already checked (``bot/shards.py``; not in git)

A shard's key is decided by its article's bytes, its name and the model, so a build writes only the shards
of articles that changed, and reuses the others as they are. A build writes its new files first, then
replaces ``manifest.json`` in one atomic rename, then deletes data files no manifest names. A crash or kill
at any point leaves the previous manifest pointing at the previous, intact files. Files are written readable
by everyone the umask allows, so a server running as another user can read an index built by the editor.

A data file that was cut short, overwritten or deleted after its build is found by its SHA-256:
``staleness`` reports it and ``load_index`` raises IndexProblem naming it, never a JSON or numpy error.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bot import __version__
from bot.errors import IndexProblem, KnowledgeError
from bot.knowledge import Passage, file_hashes, fingerprint_of
from bot.scoring import settings as scoring_settings
from bot.shards import Checked, Shard, Unit, decode_passages, decode_vectors, encode, shard_names

__all__ = ["IndexData", "Unit", "load_index", "read_manifest", "staleness", "write_index"]

FORMAT_VERSION = 3  # 2: the manifest records the SHA-256 of each data file; 3: one shard per article
MANIFEST = "manifest.json"
FILE_MODE = 0o644  # before the umask: the index is not secret, and the server may run as another user
REBUILD = "rebuild it with `faqbot index --full`"


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


def assemble(shards: list[Shard], dimension: int) -> tuple[list[Passage], list[Unit], np.ndarray]:
    """All shards as one index: group headings first (each label once, in article order), then every
    article's units with passage indices counted over all passages, and their vectors in the same order."""
    passages: list[Passage] = []
    units: list[Unit] = []
    groups: dict[str, tuple[Unit, np.ndarray]] = {}
    blocks: list[np.ndarray] = []
    for shard in shards:
        offset = len(passages)
        passages.extend(shard.passages)
        rows = []
        for i, u in enumerate(shard.units):
            if u.kind == "group":
                groups.setdefault(u.label, (u, shard.vectors[i]))
            else:
                rows.append(i)
                units.append(replace(u, passage=u.passage + offset) if offset else u)
        blocks.append(shard.vectors[rows] if len(rows) != len(shard.units) else shard.vectors)
    head = [np.stack([v for _u, v in groups.values()])] if groups else []
    vectors = np.concatenate([*head, *blocks]) if head or blocks else np.zeros((0, dimension), np.float32)
    return passages, [u for u, _v in groups.values()] + units, np.asarray(vectors, dtype=np.float32)


@dataclass(frozen=True)
class StoredShard:
    """A shard as the manifest lists it; ``contents`` are its two files' bytes when they are to be written
    (None: the shard is reused, already in the folder and checked)."""

    source: str
    key: str
    passages: int
    units: int
    sha256: tuple[str, str]  # of the passages file and the vectors file
    contents: tuple[bytes, bytes] | None = None

    @classmethod
    def of(cls, shard: Shard, key: str) -> StoredShard:
        contents = encode(shard)
        return cls(
            shard.source,
            key,
            len(shard.passages),
            len(shard.units),
            (_sha256(contents[0]), _sha256(contents[1])),
            contents,
        )

    @classmethod
    def listed(cls, manifest: dict[str, Any], source: str) -> StoredShard | None:
        """The shard of ``source`` that ``manifest`` lists, or None."""
        entry = manifest.get("shards", {}).get(source)
        shas = [manifest["sha256"].get(f"{role}:{source}") for role in ("passages", "vectors")]
        if not isinstance(entry, dict) or not all(isinstance(s, str) for s in shas):
            return None
        return cls(source, str(entry["key"]), int(entry["passages"]), int(entry["units"]), (shas[0], shas[1]))


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


def write_index(
    index_dir: Path,
    *,
    model: str,
    dimension: int,
    shards: list[StoredShard],
    knowledge: dict[str, str],
    checked: Checked,
    extra: dict[str, Any] | None = None,
    questions: dict[str, np.ndarray] | None = None,
    basis: tuple[str, bytes] | None = None,
) -> dict[str, Any]:
    """Write a new build into ``index_dir`` atomically and return its manifest.

    ``shards`` in article order; ``knowledge`` is the SHA-256 of every tracked knowledge file by name.
    ``questions`` are calibration question vectors by hash, kept so the next build need not embed them again;
    ``basis`` (file name, bytes) what the next build needs to carry the calibration over (``bot/carryover.py``).
    Only the files of new shards are written; when the folder already holds exactly this build, nothing is.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    build_id = hashlib.sha256(f"{time.time_ns()}-{os.getpid()}".encode()).hexdigest()[:12]
    names: dict[str, str] = {}
    digests: dict[str, str] = {}
    for s in shards:
        for role, name, digest in zip(("passages", "vectors"), shard_names(s.key), s.sha256):
            names[f"{role}:{s.source}"], digests[f"{role}:{s.source}"] = name, digest
    question_bytes = b""
    if questions:
        names["questions"] = f"questions-{build_id}.npz"
        buffer = io.BytesIO()
        keys = sorted(questions)
        np.savez(buffer, keys=np.array(keys), vectors=np.stack([questions[k] for k in keys]).astype(np.float32))
        question_bytes = buffer.getvalue()
        digests["questions"] = _sha256(question_bytes)
    if basis:
        names["calibration"], digests["calibration"] = basis[0], _sha256(basis[1])
    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "model": model,
        "dimension": dimension,
        "metric": "inner_product",
        "normalized": True,
        "count": {"passages": sum(s.passages for s in shards), "units": sum(s.units for s in shards)},
        "knowledge": {"fingerprint": fingerprint_of(knowledge), "files": knowledge},
        "shards": {s.source: {"key": s.key, "passages": s.passages, "units": s.units} for s in shards},
        "files": names,
        "sha256": digests,
        "build": {
            "id": build_id,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "versions": _versions(),
        },
        **(extra or {}),
    }
    keep = set(names.values())
    current = _same_build(index_dir, manifest, questions or {}, checked)
    if current is not None:
        checked.save(keep | set(current["files"].values()), FILE_MODE)
        return current  # nothing changed: no new files, no new manifest, nothing for git to see
    for s in shards:
        for name, data, digest in zip(shard_names(s.key), s.contents or (), s.sha256):
            path = index_dir / name
            if _holds(checked, path, digest):
                continue  # the same bytes are already there (a full rebuild of an unchanged article)
            _atomic_write(path, data)
            checked.remember(path, digest)
    if questions:
        _atomic_write(index_dir / names["questions"], question_bytes)
    if basis and not _holds(checked, index_dir / basis[0], digests["calibration"]):
        _atomic_write(index_dir / basis[0], basis[1])
        checked.remember(index_dir / basis[0], digests["calibration"])
    _atomic_write(index_dir / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode() + b"\n")
    _remove_unreferenced(index_dir, keep)
    checked.save(keep, FILE_MODE)
    return manifest


def _holds(checked: Checked, path: Path, digest: str) -> bool:
    """Whether ``path`` exists and its bytes hash to ``digest``."""
    try:
        return checked.sha256(path) == digest
    except OSError:
        return False


# Manifest keys that describe the act of building rather than what was built.
_BUILD_ONLY = frozenset({"files", "sha256", "build", "embedded"})


def _same_build(
    index_dir: Path, manifest: dict[str, Any], questions: dict[str, np.ndarray], checked: Checked
) -> dict[str, Any] | None:
    """The manifest in ``index_dir`` when it already holds exactly this build (intact), else None.

    Shard files are compared by name and SHA-256 (and checked on disk); the question vectors by value
    (np.savez stamps the time into its zip, so equal vectors do not give equal bytes); the rest of the
    manifest key by key.
    """
    try:
        old = read_manifest(index_dir)
    except IndexProblem:
        return None
    roles = [r for r in manifest["files"] if r != "questions"]
    same = (
        {k: v for k, v in old.items() if k not in _BUILD_ONLY}
        == {k: v for k, v in manifest.items() if k not in _BUILD_ONLY}
        and set(old["files"]) == set(manifest["files"])
        and all(old["files"].get(r) == manifest["files"][r] for r in roles)
        and all(old["sha256"].get(r) == manifest["sha256"][r] for r in roles)
        and old.get("build", {}).get("versions") == manifest["build"]["versions"]
    )
    if not same or not all(_holds(checked, index_dir / manifest["files"][r], manifest["sha256"][r]) for r in roles):
        return None
    try:
        kept = load_question_vectors(index_dir, old)
    except IndexProblem:
        return None
    if kept.keys() != questions.keys() or any(not np.array_equal(kept[k], questions[k]) for k in kept):
        return None
    return old


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
    """Delete data files ``keep`` does not name (call it after the manifest naming ``keep`` is in place)."""
    for path in index_dir.iterdir():
        if path.name.startswith(("vectors-", "passages-", "questions-", "calibration-")) and path.name not in keep:
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
        and isinstance(manifest.get("shards"), dict)
        and isinstance(build, dict)
        and isinstance(build.get("id"), str)
    ):
        raise IndexProblem(_damaged(path, "it lacks the files, their SHA-256, the shards or the build"))
    return manifest


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _missing(path: Path) -> str:
    return f"{path} is missing; {REBUILD}."


def _damaged(path: Path, why: str = "its SHA-256 is not the one in the manifest") -> str:
    return f"{path} is damaged ({why}); {REBUILD}."


def _data_path(index_dir: Path, manifest: dict[str, Any], role: str) -> Path:
    """Where the manifest says the ``role`` file ("passages:<article>", "vectors:<article>", "questions") is."""
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
    """The unit vectors stored in a shard's .npy file; IndexProblem naming ``path`` when they do not parse."""
    try:
        vectors = decode_vectors(raw)
    except Exception as exc:  # numpy raises ValueError, EOFError and others for anything it cannot read
        raise IndexProblem(_damaged(path, _brief(exc))) from None
    if vectors.shape[1] != dimension:
        raise IndexProblem(
            f"{path} does not match its manifest ({vectors.shape[1]} dimensions, not {dimension}); {REBUILD}."
        )
    return vectors


def _parse_passages(path: Path, raw: bytes) -> tuple[list[Passage], list[Unit]]:
    """The passages and units stored as JSON; IndexProblem naming ``path`` when they do not parse."""
    try:
        return decode_passages(raw)
    except Exception as exc:  # bad UTF-8 or JSON, missing keys, records of the wrong shape
        raise IndexProblem(_damaged(path, _brief(exc))) from None


def _unchanged(index_dir: Path, manifest: dict[str, Any]) -> bool:
    """Whether ``manifest`` is still the one in ``index_dir`` (no build swapped in since it was read)."""
    try:
        return read_manifest(index_dir) == manifest
    except IndexProblem:
        return False


def read_shard(index_dir: Path, manifest: dict[str, Any], source: str) -> Shard:
    """The shard of article ``source`` that ``manifest`` lists, checked against its SHA-256 and parsed.

    IndexProblem naming the file for anything wrong; FileNotFoundError is left to the caller, which knows
    whether a concurrent build may have removed it.
    """
    files = [_data_path(index_dir, manifest, f"{role}:{source}") for role in ("passages", "vectors")]
    raw_passages = _read_data(index_dir, manifest, f"passages:{source}")
    raw_vectors = _read_data(index_dir, manifest, f"vectors:{source}")
    passages, units = _parse_passages(files[0], raw_passages)
    vectors = _parse_vectors(files[1], raw_vectors, manifest.get("dimension"))
    if len(vectors) != len(units):
        raise IndexProblem(f"{files[1]} does not match its passages ({len(vectors)} vectors); {REBUILD}.")
    return Shard(source, passages, units, vectors)


def load_index(index_dir: Path) -> IndexData:
    """Load an index folder, checking its files against the manifest's SHA-256 and each other.

    Every problem is an IndexProblem naming the file and the command that fixes it.
    """
    for _attempt in range(3):  # a concurrent build may replace the files between our reads
        manifest = read_manifest(index_dir)
        try:
            shards = [read_shard(index_dir, manifest, source) for source in manifest["shards"]]
        except FileNotFoundError as exc:
            if _unchanged(index_dir, manifest):  # not a build swapping files: the file is gone
                raise IndexProblem(_missing(Path(exc.filename))) from None
            time.sleep(0.05)
            continue
        passages, units, vectors = assemble(shards, int(manifest.get("dimension") or 0))
        return IndexData(manifest=manifest, passages=passages, units=units, vectors=vectors)
    raise IndexProblem(f"{index_dir}/ kept changing while being read; try again.")


def load_basis(index_dir: Path, manifest: dict[str, Any]) -> dict[str, Any] | None:
    """The calibration basis a build kept (``bot/carryover.py``), or None when it kept none or it is damaged."""
    if "calibration" not in manifest["files"]:
        return None
    try:
        basis = json.loads(_read_data(index_dir, manifest, "calibration"))
    except (OSError, IndexProblem, ValueError):
        return None
    return basis if isinstance(basis, dict) else None


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


def file_sha256(path: Path) -> str:
    info = path.stat()
    key = (str(path), info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    digest = _digests.get(key)
    if digest is None:
        digest = _sha256(path.read_bytes())
        if len(_digests) > 8192:
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
            digest = file_sha256(path)
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
