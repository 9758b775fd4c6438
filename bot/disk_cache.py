"""Values that take a while to derive from files that rarely change, kept on disk between runs.

`faqbot ask` is a one-shot command: reading the red-flag list (YAML, then ~7,000 terms normalised and stemmed)
and wordfreq's English list cost it about a third of a second on every run. Each such value is kept here as a
pickle named after a hash of everything it was derived from (the package's own code and data, the Python
version, the versions of the libraries it reads), so an edit to any of them gives a new name and the value is
derived again. The cache is a speed-up only: a file that is missing, unreadable, damaged, not the user's own or
writable by others is ignored and the value derived as before; a directory that cannot be written is skipped.

Where: ``$FAQBOT_CACHE_DIR``, else ``$XDG_CACHE_HOME/faqbot``, else ``~/.cache/faqbot`` (the ONNX copy of the
model, ``bot/onnx_embedder.py``, is kept there too).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar, cast

log = logging.getLogger(__name__)

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
SUFFIX = ".pickle"


def cache_dir() -> Path:
    """The folder the values are kept in."""
    chosen = os.environ.get("FAQBOT_CACHE_DIR", "").strip()
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "faqbot"


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """A hash of the bot package's code and data files: any edit to them changes it."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(p for p in PACKAGE.rglob("*") if p.suffix in {".py", ".yaml", ".yml", ".txt", ".json"}):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def key_of(parts: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256(package_fingerprint().encode())
    for part in parts:
        digest.update(b"\0" + (part.encode() if isinstance(part, str) else part))
    return digest.hexdigest()[:32]


def cached(name: str, parts: Iterable[str | bytes], derive: Callable[[], T]) -> T:
    """The value ``derive()`` gives, read from the cache when it was derived from the same inputs before.

    ``parts`` are whatever else the value depends on beyond the package itself (a file's bytes, a library's
    version). ``name`` is a plain word naming the value (the file is ``<name>-<hash>.pickle``).
    """
    path = cache_dir() / f"{name}-{key_of(parts)}{SUFFIX}"
    value = _read(path)
    if value is not None:
        return cast(T, value)
    derived = derive()
    _write(path, derived, name)
    return derived


def drop_others(kept: Path, pattern: str) -> None:
    """Delete the files of ``kept``'s folder matching ``pattern`` but ``kept``: older versions of one value."""
    for old in kept.parent.glob(pattern):
        if old != kept:
            old.unlink(missing_ok=True)


def _private(path: Path, kind: Callable[[int], bool]) -> bool:
    """This user's own file or folder, of the expected kind, that nobody else can write (a pickle runs code when
    read, so a file someone else could have put there is never read)."""
    try:
        info = path.lstat()
    except OSError:
        return False
    if not kind(info.st_mode) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _read(path: Path) -> object | None:
    if not _private(path.parent, stat.S_ISDIR) or not _private(path, stat.S_ISREG):
        return None
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 (our own file: owner and permissions checked above)
    except Exception as exc:  # a damaged or truncated file, a class renamed since: derive it again
        log.info("Ignoring the cached %s (%s: %s)", path.name, type(exc).__name__, exc)
        return None


def _write(path: Path, value: object, name: str) -> None:
    """Write atomically (a reader never sees half a file) and drop this value's older files."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(path.parent, stat.S_ISDIR):
            return
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=SUFFIX)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        drop_others(path, f"{name}-*{SUFFIX}")
    except (OSError, pickle.PicklingError) as exc:
        log.info("Not caching %s in %s (%s)", name, path.parent, exc)
