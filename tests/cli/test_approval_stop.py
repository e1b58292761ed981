"""``supervise run --headless`` with a question waiting, and ``supervise stop --agent`` from
another process: the question is withdrawn at once, the tool never runs, the run exits 3.

Before, the headless run kept waiting for its approval timeout, then applied the default
(here 'approve'), and ran ``delete_files`` on an agent the operator had stopped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import supervisor

SUPERVISE = Path(sys.executable).parent / "supervise"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "agents"
#: The code under test, for the subprocesses wherever they run.
CODE = str(Path(supervisor.__file__).resolve().parents[1])

pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)


def test_an_operator_stop_withdraws_a_headless_question_and_nothing_runs(
    tmp_path: Path,
) -> None:
    for name in ("coder.py", "policy.toml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SUPERVISE_")},
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": CODE,
        "NO_COLOR": "1",
    }
    env.pop("CODER_MODEL", None)
    out = tmp_path / "events.jsonl"
    with out.open("w") as stdout:
        run = subprocess.Popen(
            [
                str(SUPERVISE),
                "run",
                "coder.py",
                "--headless",
                "--approve-timeout",
                "20",
                "--approve-default",
                "approve",
            ],
            cwd=tmp_path,
            env=env,
            stdout=stdout,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while "ApprovalRequested" not in out.read_text():
                assert run.poll() is None, "the run ended before it asked"
                assert time.monotonic() < deadline, "no approval was asked"
                time.sleep(0.1)
            asked = time.monotonic()
            subprocess.run(
                [str(SUPERVISE), "stop", "--agent", "coder", "--reason", "ops says no"],
                cwd=tmp_path,
                env=env,
                check=True,
                capture_output=True,
                timeout=60,
            )
            rc = run.wait(timeout=60)
            took = time.monotonic() - asked
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
    events = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    assert rc == 3
    assert took < 15  # not the 20 s approval timeout
    (answered,) = [e for e in events if e["event"] == "ApprovalAnswered"]
    assert answered["by"] == "cancelled"
    ran = [e for e in events if e["event"] == "CallSettled" and e["model"] == "tool:delete_files"]
    assert not [e for e in ran if e["outcome"] == "ok"]
    logs = subprocess.run(
        [str(SUPERVISE), "logs"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert "approval.withdrawn" in logs.stdout
