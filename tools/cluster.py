"""`make cluster`: nginx on FAQBOT_PORT in front of REPLICAS app processes on FAQBOT_PORT+1 ... +N.

Runs in the foreground and stops everything it started (the replicas and nginx) on Ctrl-C or SIGTERM. The
replicas share only the index folder and the database (FAQBOT_DATABASE_URL: the SQLite file by default, or
PostgreSQL). nginx's configuration is deploy/nginx.conf.template with the ports filled in.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
STOP_SECONDS = 20
# A replica that exits is started again, but one that exits this many times within the window is left down: a broken
# index or configuration would otherwise restart it forever.
RESTARTS = 5
RESTART_WINDOW = 300


def nginx_config(listen: str, replicas: list[int], prefix: Path, host: str = "127.0.0.1") -> str:
    servers = "\n".join(f"        server {host}:{port} max_fails=1 fail_timeout=10s;" for port in replicas)
    text = TEMPLATE.read_text()
    return text.replace("@SERVERS@", servers).replace("@LISTEN@", listen).replace("@PREFIX@", str(prefix))


def die_with_parent() -> None:
    """In a child, before exec: get SIGTERM when the cluster process dies, even by SIGKILL (Linux)."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def find_nginx() -> str:
    for candidate in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if candidate and Path(candidate).exists():
            return candidate
    sys.exit("nginx is not installed: run `make cluster`, which installs Debian's nginx, or apt-get install nginx.")


class Cluster:
    def __init__(self, replicas: int, port: int, host: str = "127.0.0.1") -> None:
        self.replicas = replicas
        self.port = port
        self.host = host
        self.ports = [port + i for i in range(1, replicas + 1)]
        self.prefix = Path(tempfile.mkdtemp(prefix="faqbot-nginx-"))
        os.chmod(self.prefix, 0o755)  # nginx's workers (another user when started as root) read below it
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.stopping = False

    def prepare(self) -> None:
        """Build the index once (the replicas only read it) and bring the database's schema up to date."""
        env = os.environ.copy()
        check = subprocess.run(
            [sys.executable, "-m", "bot.cli", "index", "--check"], cwd=ROOT, env=env, capture_output=True
        )
        if check.returncode != 0:
            subprocess.run([sys.executable, "-m", "bot.cli", "index"], cwd=ROOT, env=env, check=True)
        from bot.database import Database
        from bot.settings import Settings

        Database(Settings.from_env().database_url).migrate()

    def start(self) -> None:
        for port in self.ports:
            self.start_replica(port)
        config = self.prefix / "nginx.conf"
        config.write_text(nginx_config(f"{self.host}:{self.port}", self.ports, self.prefix, self.host))
        nginx = find_nginx()
        test = subprocess.run(
            [nginx, "-t", "-q", "-p", str(self.prefix), "-c", str(config)], capture_output=True, text=True
        )
        if test.returncode != 0:
            raise SystemExit(f"nginx refused its configuration:\n{test.stderr}")
        self.processes["nginx"] = subprocess.Popen(
            [nginx, "-p", str(self.prefix), "-c", str(config), "-g", "daemon off;"], preexec_fn=die_with_parent
        )

    def start_replica(self, port: int) -> None:
        trusted = ",".join(p for p in [os.environ.get("FAQBOT_TRUSTED_PROXIES", ""), "127.0.0.1"] if p)
        env = {
            **os.environ,
            "FAQBOT_HOST": self.host,
            "FAQBOT_PORT": str(port),
            "FAQBOT_TRUSTED_PROXIES": trusted,  # nginx connects from 127.0.0.1
            "FAQBOT_AUTO_INDEX": "false",  # prepare() built it; N replicas must not rebuild it at once
            "MALLOC_ARENA_MAX": os.environ.get("MALLOC_ARENA_MAX", "2"),
        }
        self.processes[f"replica :{port}"] = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, preexec_fn=die_with_parent
        )

    def wait_ready(self, timeout: float = 600) -> bool:
        deadline = time.monotonic() + timeout
        waiting = set(self.ports)
        while waiting and time.monotonic() < deadline and not self.stopping:
            for port in list(waiting):
                try:
                    health = httpx.get(f"http://{self.host}:{port}/healthz", timeout=2)
                    # answering the API is not enough: the chat (built after) must be ready too
                    if health.status_code == 200 and health.json().get("chat") == "ready":
                        waiting.discard(port)
                except httpx.HTTPError:
                    pass
            if any(p.poll() is not None for p in self.processes.values()):
                return False
            time.sleep(0.5)
        return not waiting

    def stop(self) -> None:
        """SIGTERM to every process started, then SIGKILL to any still running after STOP_SECONDS."""
        self.stopping = True
        for name, process in self.processes.items():
            if process.poll() is None:
                process.send_signal(signal.SIGQUIT if name == "nginx" else signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        for process in self.processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.prefix, ignore_errors=True)

    def watch(self) -> int:
        """Until stopped: restart a replica that exits (nginx sends its clients to the others meanwhile), unless it
        keeps dying (RESTARTS within RESTART_WINDOW seconds: left down, and said so); nginx exiting ends the
        cluster."""
        restarts: dict[int, list[float]] = {port: [] for port in self.ports}
        given_up: set[int] = set()
        while not self.stopping:
            if (code := self.processes["nginx"].poll()) is not None:
                print(f"faqbot cluster: nginx exited ({code}); stopping.", flush=True)
                return 1
            for port in self.ports:
                code = self.processes[f"replica :{port}"].poll()
                if code is None or port in given_up or self.stopping:
                    continue
                now = time.monotonic()
                recent = restarts[port] = [t for t in restarts[port] if now - t < RESTART_WINDOW]
                if len(recent) >= RESTARTS:
                    given_up.add(port)
                    print(
                        f"faqbot cluster: replica :{port} exited ({code}) {RESTARTS + 1} times within "
                        f"{RESTART_WINDOW} s; left down (see its log above). nginx sends its clients to the others.",
                        flush=True,
                    )
                    continue
                recent.append(now)
                print(f"faqbot cluster: replica :{port} exited ({code}); restarting it.", flush=True)
                self.start_replica(port)
            time.sleep(0.5)
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make cluster", description=__doc__)
    parser.add_argument("--replicas", type=int, default=int(os.environ.get("REPLICAS", "3")))
    parser.add_argument("--port", type=int, default=int(os.environ.get("FAQBOT_PORT", "7860")))
    parser.add_argument("--host", default=os.environ.get("FAQBOT_HOST", "127.0.0.1"))
    args = parser.parse_args(argv)
    if not 1 <= args.replicas <= 32 or not 1 <= args.port <= 65535 - args.replicas:
        parser.error("REPLICAS must be 1..32 and FAQBOT_PORT + REPLICAS at most 65535")
    cluster = Cluster(args.replicas, args.port, args.host)

    def on_signal(signum: int, _frame: object) -> None:
        cluster.stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        cluster.prepare()
        cluster.start()
        if cluster.wait_ready():
            pids = ", ".join(str(p.pid) for n, p in cluster.processes.items() if n != "nginx")
            print(
                f"faqbot cluster: http://{args.host}:{args.port}/ (nginx) in front of {args.replicas} replicas on "
                f"ports {cluster.ports[0]}-{cluster.ports[-1]} (pids {pids}); Ctrl-C stops everything.",
                flush=True,
            )
            return cluster.watch()
        return 0 if cluster.stopping else 1
    finally:
        cluster.stop()
        print("faqbot cluster: stopped.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
