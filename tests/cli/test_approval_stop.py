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
from typing import Any

import pytest

import supervisor

SUPERVISE = Path(sys.executable).parent / "supervise"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "agents"
#: The code under test, for the subprocesses wherever they run.
CODE = str(Path(supervisor.__file__).resolve().parents[1])

pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)


def _env() -> dict[str, str]:
    """The environment of a `supervise` subprocess: this tree's code, no model overrides."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("SUPERVISE_")},
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": CODE,
        "NO_COLOR": "1",
    }


def _run_headless(args: list[str], cwd: Path, env: dict[str, str], stdout: Any) -> Any:
    """`supervise run ARGS --headless`, its events written to ``stdout``."""
    return subprocess.Popen(
        [str(SUPERVISE), "run", *args, "--headless"],
        cwd=cwd,
        env=env,
        stdout=stdout,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )


def _wait_for(run: Any, out: Path, marker: str, what: str) -> None:
    """Wait (60 s at most) until the run's events hold ``marker``: ``what`` has happened."""
    deadline = time.monotonic() + 60
    while marker not in out.read_text():
        assert run.poll() is None, f"the run ended before {what}"
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.1)


def test_an_operator_stop_withdraws_a_headless_question_and_nothing_runs(
    tmp_path: Path,
) -> None:
    for name in ("coder.py", "policy.toml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    env = _env()
    env.pop("CODER_MODEL", None)
    out = tmp_path / "events.jsonl"
    with out.open("w") as stdout:
        args = ["coder.py", "--approve-timeout", "20", "--approve-default", "approve"]
        run = _run_headless(args, tmp_path, env, stdout)
        try:
            _wait_for(run, out, "ApprovalRequested", "an approval was asked")
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


_BETWEEN_CALLS = """\
import anyio
from supervisor import Agent


class Sleeper(Agent):
    model = "scripted:sleeper"
    script = ["checked"]

    async def run(self) -> None:
        await self.llm("check once")
        self.report("asleep")
        await anyio.sleep(60)  # its own work between calls: no governed call to cut
        self.report("woke up")


class Worker(Agent):
    model = "scripted:worker"
    script = ["working"] * 50

    async def run(self) -> None:
        for i in range(50):
            await self.llm(f"step {i}")
            await anyio.sleep(0.2)
        self.report("worker finished")
"""

_BETWEEN_CALLS_POLICY = """\
version = 1
[loops.structural]
enabled = false
[loops.semantic]
enabled = false
[prices."scripted:sleeper"]
input_per_mtok = 0
output_per_mtok = 0
[prices."scripted:worker"]
input_per_mtok = 0
output_per_mtok = 0
"""


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_supervise_stop_agent_stops_an_agent_between_calls_and_only_it(
    tmp_path: Path, backend: str
) -> None:
    """`supervise stop --agent NAME` on an agent busy in its own code (a sleep, a slow
    client) marked it stopped and then let it run on: the agent went on for as long as it
    liked, and the run with it. It now ends within a second, as the README says, while the
    other agent of the run keeps running."""
    (tmp_path / "agents.py").write_text(_BETWEEN_CALLS)
    (tmp_path / "policy.toml").write_text(_BETWEEN_CALLS_POLICY)
    env = _env()
    out = tmp_path / "events.jsonl"
    with out.open("w") as stdout:
        args = ["agents.py", "--policy", "policy.toml", "--backend", backend]
        run = _run_headless(args, tmp_path, env, stdout)
        try:
            _wait_for(run, out, '"asleep"', "the sleeper slept")
            time.sleep(1.0)  # the run's stop subscription is open by now
            subprocess.run(
                [str(SUPERVISE), "stop", "--agent", "sleeper", "--reason", "ops"],
                cwd=tmp_path,
                env=env,
                check=True,
                capture_output=True,
                timeout=60,
            )
            stopped = time.monotonic()
            while True:
                events = [json.loads(x) for x in out.read_text().splitlines() if x.strip()]
                gone = [
                    e
                    for e in events
                    if e["event"] == "AgentStateChanged"
                    and e["agent"] == "sleeper"
                    and e["state"] in ("stopped", "done", "failed")
                ]
                if any(e["state"] == "stopped" for e in gone):
                    break
                assert time.monotonic() - stopped < 10, "the stop never reached the sleeper"
                time.sleep(0.1)
            rc = run.wait(timeout=30)
            took = time.monotonic() - stopped
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
    events = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    notices = [e["message"] for e in events if e["event"] == "Notice"]
    assert "woke up" not in notices
    assert "worker finished" in notices  # the other agent was not stopped
    assert rc == 3
    assert took < 15  # the worker's own ten seconds, not the sleeper's sixty
    sleeper = [
        e["state"] for e in events if e["event"] == "AgentStateChanged" and e["agent"] == "sleeper"
    ]
    assert "failed" not in sleeper
    assert sleeper.count("starting") == 1  # stopped, not restarted
    (last,) = [e for e in events if e["event"] == "RunFinished"]
    assert "sleeper" in last["reason"]
