"""A real PostgreSQL server for tests: Debian's initdb + pg_ctl on a unix socket in a temporary folder.

PostgreSQL refuses to run as root, so when the tests run as root the server runs as the ``postgres`` user
(created by Debian's package) through ``runuser``. ``make test`` installs the package when it is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def _bin(name: str) -> str:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"PostgreSQL's {name} is missing: run `make test`, which installs Debian's postgresql.")
    return found


class PostgresServer:
    """Start with ``start()``, stop with ``stop()``; ``url`` is the SQLAlchemy URL of its ``postgres`` database."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="faqbot-pg-"))
        self.data = self.folder / "data"
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.folder, 0o700)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://faqbot@/postgres?host={self.folder}"

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> PostgresServer:
        if not self.data.exists():
            self._run(_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "faqbot", "--no-sync", "-E", "UTF8")
        options = f"-k {self.folder} -c listen_addresses='' -F -c max_connections=100"
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        return self

    def stop(self) -> None:
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
