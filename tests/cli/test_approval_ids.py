"""An approval question's ``request_id`` is unique across processes, not only within one.

Before, the ids were ``approval-1``, ``approval-2``... counted from 1 in each process: two runs
on one ledger (or a run restarted after a crash) wrote the same id for different questions into
the audit log, and an approver that answers by id (a chat channel's button) could answer a
question of the new run with an answer meant for the old one. Two real ``supervise run``
processes on one SQLite ledger, then ``supervise logs --json``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from test_approval_stop import EXAMPLES, SUPERVISE, _env

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [
    pytest.mark.skipif(not SUPERVISE.exists(), reason="the console script is not installed"),
    pytest.mark.slow,
]


def _supervise(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = _env()
    env.pop("CODER_MODEL", None)
    return subprocess.run(
        [str(SUPERVISE), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_two_runs_on_one_ledger_never_share_an_approval_id(tmp_path: Path) -> None:
    for name in ("coder.py", "policy.toml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    asked: list[list[str]] = []
    for _ in range(2):  # two processes, one after the other, on the default SQLite ledger
        run = _supervise(
            "run", "coder.py", "--headless", "--approve-timeout", "0.1", "--approve-default",
            "deny", cwd=tmp_path,
        )  # fmt: skip
        events = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
        asked.append([e["request_id"] for e in events if e["event"] == "ApprovalRequested"])
        answered = [e["request_id"] for e in events if e["event"] == "ApprovalAnswered"]
        assert asked[-1], run.stderr
        assert answered == asked[-1]
    first, second = asked
    assert not set(first) & set(second), asked
    logs = _supervise("logs", "--json", cwd=tmp_path)
    assert logs.returncode == 0, logs.stderr
    records = [json.loads(line) for line in logs.stdout.splitlines() if line.startswith("{")]
    audited = [r["data"]["request_id"] for r in records if r["event"] == "approval.answered"]
    assert audited == first + second
    assert len(set(audited)) == len(audited)


def test_approval_ids_differ_between_processes_that_start_alike() -> None:
    """The id names its process (as call ids do), so two processes asking their first
    question (each counting from 1) still make different ids; a fork gets its own."""
    code = "from supervisor import ApprovalRequest as R; print(R('a', 's', 'r', 'why', '', 'x').request_id)"
    ids = [
        subprocess.run(
            [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert ids[0] != ids[1], ids
    assert all(i.startswith("approval-") and i.endswith("-1") for i in ids), ids
