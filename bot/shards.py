"""Shards: what one knowledge file contributes to the index, stored under names its content decides.

A shard holds one article's passages, the units cut from them (passage indices local to the shard, group
headings first) and one vector per unit, in two files::

    passages-<key>.json    passages (verbatim text + span) and units
    vectors-<key>.npy      float32, one unit-length row per unit

``key`` hashes the shard format, the model and its token limit, the file's name and its SHA-256: an unchanged
file under the same model has the same shard, which the next build reuses as it is, without reading the
article again. A name always stands for the same content, so a file the current manifest names is only ever
replaced when it was damaged.

Files a build has already checked against their SHA-256 are remembered in ``.checked.json`` beside them by
(name, size, inode, modification and change times): a rebuild trusts a reused shard whose file was not touched
since, instead of reading all of them again. Anything that writes the file changes its times, so damage is
still found; a copied or checked-out index is checked in full once.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np

from bot.knowledge import Passage

SHARD_FORMAT = 1
CHECKED = ".checked.json"


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
class Shard:
    """One knowledge file's passages, units (local passage indices, group headings first) and vectors."""

    source: str  # the knowledge file's name
    passages: list[Passage]
    units: list[Unit]
    vectors: np.ndarray


def shard_key(model: str, max_tokens: int, source: str, file_sha256: str) -> str:
    """The name a shard of ``source`` (whose bytes hash to ``file_sha256``) gets under ``model`` (which cuts
    passages longer than ``max_tokens`` into windows)."""
    text = f"{SHARD_FORMAT}\n{model}\n{max_tokens}\n{source}\n{file_sha256}"
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def shard_names(key: str) -> tuple[str, str]:
    """The passages file and the vectors file of shard ``key``."""
    return f"passages-{key}.json", f"vectors-{key}.npy"


def passage_record(p: Passage) -> dict[str, Any]:
    # The fields one level deep, as asdict would give them (it deep-copies, a third of writing 100,000 passages).
    record = {f.name: getattr(p, f.name) for f in fields(p)}
    record["sentences"] = [list(s) for s in p.sentences]
    record["id"] = p.id
    record["hash"] = p.content_hash
    return record


def passage_from(record: dict[str, Any]) -> Passage:
    values = {k: v for k, v in record.items() if k not in {"id", "hash"}}
    values["sentences"] = tuple(tuple(s) for s in values.get("sentences", []))
    return Passage(**values)


def encode(shard: Shard) -> tuple[bytes, bytes]:
    """The bytes of a shard's passages file and vectors file (equal shards give equal bytes)."""
    payload = {
        "source": shard.source,
        "passages": [passage_record(p) for p in shard.passages],
        "units": [asdict(u) for u in shard.units],
    }
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(shard.vectors, dtype=np.float32), allow_pickle=False)
    return json.dumps(payload, ensure_ascii=False, indent=1).encode(), buffer.getvalue()


def decode_passages(raw: bytes) -> tuple[list[Passage], list[Unit]]:
    """Passages and units (local passage indices) of a shard's passages file; raises whatever JSON and the
    records raise, and the caller names the file."""
    payload = json.loads(raw.decode("utf-8"))
    return [passage_from(r) for r in payload["passages"]], [Unit(**u) for u in payload["units"]]


def decode_vectors(raw: bytes) -> np.ndarray:
    """The vectors of a shard's .npy bytes; raises what numpy raises for anything else."""
    vectors = np.load(io.BytesIO(raw), allow_pickle=False)
    if vectors.ndim != 2:
        raise ValueError(f"expected a matrix, found {vectors.ndim} dimensions")
    return np.asarray(vectors, dtype=np.float32)


# -- files checked against their SHA-256 ---------------------------------------------------------------------


def _stamp(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns]


class Checked:
    """The SHA-256 of index files this machine has read or written, by name and stat (``.checked.json``)."""

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / CHECKED
        self.entries: dict[str, Any] = {}
        self.changed = False
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.entries = loaded
        except (OSError, ValueError):
            pass

    def sha256(self, path: Path) -> str:
        """The file's SHA-256: remembered when the file was not touched since, else read (FileNotFoundError
        and other OSErrors are the caller's)."""
        stamp = _stamp(path)
        entry = self.entries.get(path.name)
        if isinstance(entry, list) and len(entry) == 2 and entry[0] == stamp:
            return str(entry[1])
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        self.remember(path, digest)
        return digest

    def remember(self, path: Path, digest: str) -> None:
        """Record that ``path`` as it is now holds bytes whose SHA-256 is ``digest``."""
        entry = [_stamp(path), digest]
        if self.entries.get(path.name) != entry:
            self.entries[path.name] = entry
            self.changed = True

    def save(self, keep: set[str], mode: int) -> None:
        """Write the record (only names in ``keep``) when it changed; a failure only costs checking again."""
        kept = {k: v for k, v in self.entries.items() if k in keep}
        if not self.changed and kept == self.entries:
            return
        tmp = self.path.parent / f".{self.path.name}.{os.getpid()}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, mode)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(kept, handle)
            os.replace(tmp, self.path)
        except OSError:
            tmp.unlink(missing_ok=True)
