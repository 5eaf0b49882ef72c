"""A real `diplograph serve` (or `diplograph ingest`) in a child process, to kill with SIGKILL."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def store_env(store: GraphStore, data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment that makes `diplograph` use the same store as the `store` fixture."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOGRAPH_")}
    env.update(
        DIPLOGRAPH_STORE="neo4j" if store.name == "neo4j" else "embedded",
        DIPLOGRAPH_DATA_DIR=str(data_dir),
        DIPLOGRAPH_WRITE_RATE_PER_MINUTE="0",
        PYTHONPATH=str(ROOT),
        **extra,
    )
    return env


def diplograph(args: list[str], env: dict[str, str], **popen: Any) -> subprocess.Popen[bytes]:
    code = "from app.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, cwd=ROOT, start_new_session=True, **popen
    )


class Server:
    """`diplograph serve` on a free loopback port."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> Server:
        self.process = diplograph(
            ["serve", "--port", str(self.port)],
            self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"diplograph serve exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError("diplograph serve did not answer /health in time")

    def kill(self) -> None:
        """SIGKILL: no shutdown handler, no flush, as a crash or the OOM killer would."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process = None
