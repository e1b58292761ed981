"""The password in a Redis store URL never reaches what ``supervise`` prints.

Before, ``supervise ledger`` on a store with no sessions printed "The store
redis://:PASSWORD@host... holds no sessions yet." on stdout, and ``supervise stop`` printed
"stop published for ... on redis://:PASSWORD@host..." on stderr, the password in clear (errors
were redacted, these two lines were not). Runs ``supervise`` in a subprocess against a private
``redis-server`` that needs the password (the shared Redis is left alone).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import supervisor

if TYPE_CHECKING:
    from collections.abc import Callable

SUPERVISE = Path(sys.executable).parent / "supervise"
CODE = str(Path(supervisor.__file__).resolve().parents[1])
PASSWORD = "hunter2-store-pw"

pytestmark = [
    pytest.mark.skipif(not SUPERVISE.exists(), reason="the console script is not installed"),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
    pytest.mark.slow,
]


@pytest.fixture
def redis_port(redis_server: Callable[..., int]) -> int:
    return redis_server("--requirepass", PASSWORD)


def _supervise(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": CODE}
    env.pop("SUPERVISE_STORE", None)
    return subprocess.run(
        [str(SUPERVISE), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_store_urls_password_is_not_printed(tmp_path: Path, redis_port: int) -> None:
    url = f"redis://:{PASSWORD}@127.0.0.1:{redis_port}/0?prefix=pwtest"
    empty = _supervise(tmp_path, "ledger", "--store", url)
    assert empty.returncode == 0, empty.stderr
    assert "holds no sessions yet" in " ".join(empty.stdout.split())
    stop = _supervise(tmp_path, "stop", "--all", "--store", url)
    assert stop.returncode == 0, stop.stderr
    assert "stop published for every agent" in stop.stderr
    missing = _supervise(tmp_path, "ledger", "--session", "nope", "--store", url)
    assert missing.returncode == 2
    for result in (empty, stop, missing):
        assert PASSWORD not in result.stdout + result.stderr
    assert "redis://:[redacted]@127.0.0.1" in empty.stdout
    assert "redis://:[redacted]@127.0.0.1" in stop.stderr


def test_a_store_url_without_the_password_redis_needs_is_a_clear_error(
    tmp_path: Path, redis_port: int
) -> None:
    """Before: "unexpected error: RespError: NOAUTH Authentication required." and exit 1."""
    result = _supervise(tmp_path, "ledger", "--store", f"redis://127.0.0.1:{redis_port}/0")
    assert result.returncode == 5, result.stderr
    assert "unexpected error" not in result.stderr
    assert f"Redis at 127.0.0.1:{redis_port} needs a password" in result.stderr
