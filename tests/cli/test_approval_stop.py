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
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SUPERVISE_")},
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": CODE,
        "NO_COLOR": "1",
    }
    out = tmp_path / "events.jsonl"
    with out.open("w") as stdout:
        run = subprocess.Popen(
            [
                str(SUPERVISE),
                "run",
                "agents.py",
                "--policy",
                "policy.toml",
                "--headless",
                "--backend",
                backend,
            ],
            cwd=tmp_path,
            env=env,
            stdout=stdout,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while '"asleep"' not in out.read_text():
                assert run.poll() is None, "the run ended before the sleeper slept"
                assert time.monotonic() < deadline, "the sleeper never slept"
                time.sleep(0.1)
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
