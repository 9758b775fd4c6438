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


KEY_LENGTH = 32  # hex digits of a value's key in its file name
KEEP = 3  # versions of one value kept: checkouts that share the folder do not keep deleting each other's


def cache_dir() -> Path:
    """The folder the values are kept in."""
    chosen = os.environ.get("FAQBOT_CACHE_DIR", "").strip()
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "faqbot"


def private_dir() -> Path | None:
    """The cache folder, made if missing, only this user's (0o700: a folder made under a umask of 002 is
    tightened), or None when it cannot be made so."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = folder.lstat()
        if stat.S_ISDIR(info.st_mode) and _owned(info) and info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            folder.chmod(0o700)
    except OSError as exc:
        log.info("No cache folder at %s (%s)", folder, exc)
        return None
    return folder


def fingerprint(folder: Path) -> str:
    """A hash of a package's code and data files under ``folder`` (not its byte-code): any edit changes it."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(p for p in folder.rglob("*") if p.suffix in {".py", ".yaml", ".yml", ".txt", ".json"}):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """The bot package's fingerprint, taken once per process."""
    return fingerprint(PACKAGE)


def key_of(parts: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256(package_fingerprint().encode())
    for part in parts:
        digest.update(b"\0" + (part.encode() if isinstance(part, str) else part))
    return digest.hexdigest()[:KEY_LENGTH]


def cached(name: str, parts: Iterable[str | bytes], derive: Callable[[], T]) -> T:
    """The value ``derive()`` gives, read from the cache when it was derived from the same inputs before.

    ``parts`` are whatever else the value depends on beyond the package itself (a file's bytes, the versions of
    the libraries that derive it). ``name`` names the value (the file is ``<name>-<hash>.pickle``).
    """
    file_name = f"{name}-{key_of(parts)}{SUFFIX}"
    folder = private_dir()
    value = _read(folder, file_name) if folder is not None else None
    if value is not None:
        return cast(T, value)
    derived = derive()
    if folder is not None:
        _write(folder / file_name, derived, name)
    return derived


def versions_of(path: Path) -> str:
    """The glob pattern of every version of the value or export ``path`` is one version of."""
    stem, _, _key = path.stem.rpartition("-")
    return f"{stem}-{'?' * len(_key)}{path.suffix}"


def drop_others(kept: Path, keep: int = KEEP) -> None:
    """Delete the older versions of ``kept``'s value, all but the ``keep`` most recently used (``kept`` stays)."""
    try:
        others = [p for p in kept.parent.glob(versions_of(kept)) if p != kept]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[keep - 1 :]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # someone else's file, or one deleted meanwhile: only disk space is at stake
        log.info("Could not tidy %s (%s)", kept.parent, exc)


def used(path: Path) -> None:
    """Mark a version as just used, so that ``drop_others`` keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass


def private_file(path: Path) -> bool:
    """A regular file (not a link) of this user's that nobody else can write."""
    try:
        return _private(path.lstat(), stat.S_ISREG)
    except OSError:
        return False


def _owned(info: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _private(info: os.stat_result, kind: Callable[[int], bool]) -> bool:
    """This user's own file or folder, of the expected kind, that nobody else can write."""
    return kind(info.st_mode) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and _owned(info)


def _read(folder: Path, file_name: str) -> object | None:
    """The value in the file, if the folder and the file are this user's own and nobody else can write them (a
    pickle runs code when read). Both are opened without following links and checked on the open handles, so
    nothing can be swapped in between the check and the read."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        folder_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | nofollow)
    except OSError:
        return None
    try:
        if not _private(os.fstat(folder_fd), stat.S_ISDIR):
            return None
        try:
            fd = os.open(file_name, os.O_RDONLY | nofollow, dir_fd=folder_fd)
        except OSError:
            return None
        with os.fdopen(fd, "rb") as handle:
            if not _private(os.fstat(fd), stat.S_ISREG):
                return None
            value = pickle.load(handle)  # noqa: S301 (our own file: owner and permissions checked above)
        used(folder / file_name)
        return value
    except Exception as exc:  # a damaged or truncated file, a class renamed since: derive it again
        log.info("Ignoring the cached %s (%s: %s)", file_name, type(exc).__name__, exc)
        return None
    finally:
        os.close(folder_fd)


def _write(path: Path, value: object, name: str) -> None:
    """Write atomically (a reader never sees half a file) and drop this value's older files."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=SUFFIX)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        drop_others(path)
    except (OSError, pickle.PicklingError) as exc:
        log.info("Not caching %s in %s (%s)", name, path.parent, exc)
