"""What an agent's own code does to the whole run (ends it, or keeps it from stopping), through
the real ``supervise`` entry point, found by the agent-code audit.

Each case is what a person saw before and sees now; none may show a traceback.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from typing import TYPE_CHECKING

import pytest
from test_cli import CODE, SUPERVISE, _run

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(
    not SUPERVISE.exists(), reason="the console script is not installed"
)

_PRICES = '[prices."scripted:a"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60\n'

#: Holds the event loop: a loop of pure computation, never awaiting.
_SPINS = """\
from pathlib import Path

from supervisor import Agent


class Spinner(Agent):
    model = "scripted:a"
    script = ["x"]

    async def run(self) -> None:
        Path("spinning").touch()
        n = 0
        while True:
            n += 1
"""

#: Catches the cancellation a stop sends, and goes on.
_WILL_NOT_STOP = """\
from pathlib import Path

import anyio

from supervisor import Agent


class Stubborn(Agent):
    model = "scripted:a"
    script = ["x"]

    async def run(self) -> None:
        Path("waiting").touch()
        while True:
            try:
                await anyio.sleep(0.5)
            except BaseException:
                pass
"""


def _start(tmp_path: Path, source: str, backend: str) -> subprocess.Popen[str]:
    (tmp_path / "agents.py").write_text(source)
    (tmp_path / "policy.toml").write_text(_PRICES)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NO_COLOR": "1", "PYTHONPATH": CODE}
    env.pop("SUPERVISE_STORE", None)
    command = ["run", "agents.py", "--policy", "policy.toml", "--headless"]
    return subprocess.Popen(
        [str(SUPERVISE), *command, "--store", "memory://", "--backend", backend],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A run in a terminal: the stop signals at their defaults, whatever the tests were
        # started with (a background job of a script ignores SIGINT, which a run respects).
        preexec_fn=_signals_default,
    )


def _signals_default() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def _wait_for(path: Path, run: subprocess.Popen[str]) -> None:
    for _ in range(300):
        if path.exists():
            return
        assert run.poll() is None, run.communicate()
        time.sleep(0.05)
    run.kill()
    pytest.fail(f"the agent never wrote {path.name}: {run.communicate()}")


def _end(run: subprocess.Popen[str], within: float) -> tuple[str, str, float]:
    started = time.monotonic()
    try:
        out, err = run.communicate(timeout=within)
    except subprocess.TimeoutExpired:
        run.kill()
        out, err = run.communicate()
        pytest.fail(f"no exit {within} s after the signal; stderr:\n{err[-4000:]}")
    return out, err, time.monotonic() - started


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_ctrl_c_stops_an_agent_that_holds_the_event_loop(tmp_path: Path, backend: str) -> None:
    """Before: an agent in a loop that never awaits held the event loop, so Ctrl-C, SIGTERM and
    a second Ctrl-C were queued for a loop that never read them: the run went on until
    ``kill -9``. Now a stop signal that finds the loop held for 3 s stops the code holding it
    where it is, naming its file and line; the run stops as for any Ctrl-C (exit 130, the JSON
    lines ending with RunFinished) and the agent is not restarted into its loop again."""
    run = _start(tmp_path, _SPINS, backend)
    _wait_for(tmp_path / "spinning", run)
    time.sleep(3.5)  # the loop has been held past StopWatch.held_s
    run.send_signal(signal.SIGINT)
    out, err, took = _end(run, within=30)
    assert run.returncode == 130, err
    assert "Traceback" not in err
    assert "SIGINT (Ctrl-C) found the event loop held for" in err
    site = f"by code that does not await at {tmp_path / 'agents.py'}, line "
    assert f"{site}13" in err or f"{site}14" in err, err  # in the loop, whichever line
    assert "await anyio.sleep(0)" in err
    last = json.loads(out.splitlines()[-1])
    assert (last["event"], last["reason"]) == ("RunFinished", "interrupted: SIGINT (Ctrl-C)")
    assert took < 15, f"the stop took {took:.1f} s"


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_second_ctrl_c_ends_a_run_whose_agent_will_not_stop(tmp_path: Path, backend: str) -> None:
    """Before: an agent that caught the cancellation a stop sends (``except BaseException``)
    and went on held the run after Ctrl-C for ever; more Ctrl-Cs ended it the backend's way,
    with a traceback (asyncio, on the fourth) or "TrioInternalError: internal error in Trio"
    (trio, on the third). Now the second Ctrl-C ends the process at once (exit 130), saying
    so and what is left: the calls in flight stay reserved in the ledger."""
    run = _start(tmp_path, _WILL_NOT_STOP, backend)
    _wait_for(tmp_path / "waiting", run)
    run.send_signal(signal.SIGINT)
    time.sleep(1.5)
    assert run.poll() is None  # it does hold the stop
    run.send_signal(signal.SIGINT)
    _out, err, took = _end(run, within=10)
    assert run.returncode == 130, err
    assert "Traceback" not in err
    assert "TrioInternalError" not in err
    assert "SIGINT (Ctrl-C) again while stopping (on SIGINT (Ctrl-C)): exiting now" in err
    assert "Calls still in flight stay reserved in the ledger" in err
    assert took < 5, f"the second Ctrl-C took {took:.1f} s"


_EXITS = """\
import sys

from supervisor import Agent


class Quitter(Agent):
    model = "scripted:a"
    script = ["x"]
    restart = "temporary"

    async def run(self) -> None:
        await self.llm("hi")
        sys.exit(3)
"""


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_sys_exit_in_an_agent_fails_that_agent_with_its_line(tmp_path: Path, backend: str) -> None:
    """Before: ``sys.exit(3)`` in ``run()`` ended the whole run with status 3 and a traceback
    ("unhandled exception during asyncio.run() shutdown"), the JSON lines saying
    "interrupted.". Now the agent fails (exit 4), named with the call, its line and what to
    do instead."""
    (tmp_path / "agents.py").write_text(_EXITS)
    (tmp_path / "policy.toml").write_text(_PRICES)
    result = _run(
        "run",
        "agents.py",
        "--policy",
        "policy.toml",
        "--headless",
        "--store",
        "memory://",
        "--backend",
        backend,
        cwd=tmp_path,
    )
    assert result.returncode == 4, result.stderr
    last = json.loads(result.stdout.splitlines()[-1])
    assert last["event"] == "RunFinished"
    assert "run() called sys.exit(3), which would end the whole run" in last["reason"]
    assert f"(at {tmp_path / 'agents.py'}, line 13)" in last["reason"]


_ABSTRACT_ONLY = """\
import abc

from supervisor import Agent


class Researcher(Agent, abc.ABC):
    model = "scripted:a"
    script = ["x"]

    @abc.abstractmethod
    async def run(self) -> None: ...
"""


def test_a_file_whose_agents_are_all_abstract_says_so(tmp_path: Path) -> None:
    """Before: a file whose only agent class was abstract (an ``abc.ABC`` with ``run`` left
    ``@abstractmethod``) was said to define no agents at all, "Define a class that subclasses
    supervisor.Agent in it", though it did. Now it names the class and what it leaves
    abstract (exit 2)."""
    (tmp_path / "agents.py").write_text(_ABSTRACT_ONLY)
    (tmp_path / "policy.toml").write_text(_PRICES)
    result = _run("run", "agents.py", "--policy", "policy.toml", "--headless", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "agents.py defines no agents that can run: Researcher leaves run abstract" in (
        result.stderr
    )
    assert "'async def run(self) -> None'" in result.stderr


_TWO_RULES_OF_ONE_NAME = """\
from policies import Rule
from supervisor import Agent


class Writer(Agent):
    model = "scripted:a"
    script = ["x"]

    async def run(self) -> None:
        await self.llm("hi")


class NoWire(Rule):
    name = "guard"

    def pre_call(self, ctx):
        return None


class NoSecrets(Rule):
    name = "guard"

    def pre_call(self, ctx):
        return None


rules = [NoWire(), NoSecrets()]
"""


def test_two_rules_of_one_name_in_a_file_are_refused(tmp_path: Path) -> None:
    """Before: two rules of one file sharing a name ran, and the audit log, the events and the
    slow-rule warnings, which name a rule by its name, could not tell which of them decided
    (two rules of one name from different files were refused already). Now the file is
    refused, naming both classes (exit 2)."""
    (tmp_path / "agents.py").write_text(_TWO_RULES_OF_ONE_NAME)
    (tmp_path / "policy.toml").write_text(_PRICES)
    result = _run("run", "agents.py", "--policy", "policy.toml", "--headless", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "agents.py lists the rule 'guard' twice (NoWire and NoSecrets)" in result.stderr
    assert "give each its own name" in result.stderr


def test_one_rule_listed_twice_is_refused(tmp_path: Path) -> None:
    """Before: ``rules = [guard, guard]`` judged every call twice (a counting rule counting
    each call twice, each decision recorded twice). Now it is refused, naming the rule."""
    from supervisor._target import TargetError, load_target

    source = _TWO_RULES_OF_ONE_NAME.replace(
        "rules = [NoWire(), NoSecrets()]", "guard = NoWire()\nrules = [guard, guard]"
    )
    (tmp_path / "agents.py").write_text(source)
    with pytest.raises(TargetError) as caught:
        load_target(str(tmp_path / "agents.py"))
    assert "lists the rule 'guard' twice: the audit log names a rule by its name" in str(
        caught.value
    )
