from __future__ import annotations

import shutil
import socket
import subprocess
import time
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path


@pytest.fixture(
    params=[
        pytest.param("asyncio", id="asyncio"),
        pytest.param("trio", id="trio"),
    ]
)
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Every async test runs on both backends."""
    return str(request.param)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[Callable[..., int]]:
    """Starts private ``redis-server`` processes (never the shared one on 6379): each call, with
    extra server arguments (``"--requirepass", "pw"``), returns the port of a server that takes
    connections, on a free port, keeping nothing on disk. All are killed at teardown."""
    if shutil.which("redis-server") is None:
        pytest.skip("needs redis-server")
    servers: list[subprocess.Popen[bytes]] = []

    def start(*extra: str) -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        args = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path)]
        args += ["--save", "", "--appendonly", "no", *extra]
        servers.append(subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        for _ in range(200):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.1):
                    return port
            except OSError:
                time.sleep(0.02)
        raise RuntimeError(f"the private redis-server on port {port} did not start")

    try:
        yield start
    finally:
        for server in servers:
            server.kill()
            server.wait()
