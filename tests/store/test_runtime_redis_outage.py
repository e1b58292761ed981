"""Redis stopped and restarted under a running Runtime: nothing runs unaccounted, the run recovers.

Four real agents make 25 governed calls each through a ``Runtime`` on a ``RedisStore`` backed by
a private ``redis-server`` (its own free port and directory, append-only file fsynced always; the
shared Redis on 6379 is never touched). Once calls are flowing the test SIGKILLs the server,
keeps it down for a second, and starts it again on the same port and files. Then:

* fail closed: no stream starts while Redis is known to be down (from one store timeout after the
  kill until the restart): a call needs its reservation first. With ``[fail_closed] behaviour =
  "wait"`` the calls wait and go on by themselves; with ``"refuse"`` the agents get
  ``GovernorUnavailable`` (and retry later, as an agent may); with "wait" and a
  ``wait_timeout`` shorter than the outage, calls wait that long and are then refused;
* the run recovers: every agent makes all its calls and the run ends normally;
* the ledger is consistent: no open reservation, and the session's spent tokens and calls equal
  exactly what the provider served (settles made during the outage are replayed, not lost);
* the person is told: one error notice (the TUI's log pane, a headless JSON line) when the store
  goes, one when it is back, and one error in the log per outage, not one per call asked again
  every half second (which a headless run echoed to stderr).
"""

from __future__ import annotations

import shutil
import time
from typing import TYPE_CHECKING, Literal

import anyio
import pytest
import structlog
from tests.store._runtime_worker import (
    MODEL,
    AgentPlan,
    RecordingProvider,
    make_policy,
    make_runtime,
    make_target,
)
from tests.store.test_redis_outage import PrivateRedis

from policies import Scope
from supervisor import Agent, GovernorUnavailable
from supervisor._events import Notice
from supervisor._exit_codes import ExitCode
from supervisor._store import RedisStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
    pytest.mark.slow,
]

AGENTS = 4
CALLS = 25
TIMEOUT = 0.3  # the store's request timeout
# Connecting to a server that is down is refused at once, so a long connect timeout slows no
# outage here; a short one failed the store's first open once, on a loaded CI machine, against
# a private redis-server that had already answered PING.
CONNECT_TIMEOUT = 3.0
DOWN = 1.0


@pytest.mark.parametrize(
    ("behaviour", "wait_timeout"),
    [("wait", 20.0), ("wait", 0.4), ("refuse", 20.0)],
    ids=["wait", "wait-then-refuse", "refuse"],
)
async def test_redis_restart_under_a_running_runtime(
    tmp_path: Path, behaviour: str, wait_timeout: float
) -> None:
    server = PrivateRedis(tmp_path)
    await anyio.to_thread.run_sync(server.start)
    try:
        provider = RecordingProvider(seed=3, chunk_delay=0.002, min_out=5)
        plan = AgentPlan(calls=CALLS, max_tokens=20, think=0.03, retry_after=0.1)
        policy = make_policy(session_tokens=10**9, fail_closed=behaviour, wait_timeout=wait_timeout)
        target, tally = make_target(AGENTS, plan)
        window: list[float] = []
        async with RedisStore(
            port=server.port, connect_timeout=CONNECT_TIMEOUT, timeout=TIMEOUT, prefix="outage"
        ) as store:
            notices: list[Notice] = []

            class Notices:
                def emit(self, event: object) -> None:
                    if isinstance(event, Notice):
                        notices.append(event)

            runtime = make_runtime(policy, store, provider, session="outage", sink=Notices())

            async def outage() -> None:
                while len(provider.served) < 2 * AGENTS:
                    await anyio.sleep(0.01)
                await anyio.to_thread.run_sync(server.kill)
                killed = time.monotonic()
                await anyio.sleep(DOWN)
                window.extend((killed + TIMEOUT + 0.05, time.monotonic()))
                await anyio.to_thread.run_sync(server.start)

            with anyio.fail_after(25), structlog.testing.capture_logs() as logs:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(outage)
                    outcome = await runtime.run(target)
            assert outcome.exit_code == 0, outcome
            bal = await store.balance(Scope("session", "outage"))
            [summary] = [s for s in await store.list_sessions() if s.session == "outage"]
            statistics = store.statistics()
        await provider.aclose()
    finally:
        await anyio.to_thread.run_sync(server.kill)

    # The outage happened in the middle of the run.
    assert len(window) == 2
    during = [c for c, t in provider.started.items() if window[0] < t < window[1]]
    assert during == []  # fail closed: nothing was sent while the store was down
    assert any(t > window[1] for t in provider.started.values())
    if behaviour == "refuse" or wait_timeout < DOWN:
        assert tally.unavailable > 0  # refused at once, or after waiting wait_timeout
    else:
        assert tally.unavailable == 0  # every call waited out the outage
    # Recovered: every agent made every call.
    assert tally.calls == AGENTS * CALLS
    assert sorted(tally.finished) == [f"a{i}" for i in range(AGENTS)]
    # Consistent: nothing open, spend equals what was served, to the token.
    assert not provider.partial
    assert bal.reserved.tokens == 0
    assert summary.open_reservations == 0
    assert bal.spent.tokens == sum(provider.served.values())
    assert bal.spent.calls == len(provider.served) == AGENTS * CALLS
    assert statistics["reconnects"] >= 2, statistics
    # Told once when it went and once when it was back (an outage may flap while Redis starts).
    gone = [n for n in notices if n.message.startswith("The ledger store is unreachable: Redis")]
    back = [n for n in notices if n.message.startswith("The ledger store is back after")]
    assert gone, notices
    assert len(back) == len(gone), notices
    assert all(n.level == "error" for n in gone)
    assert notices.index(back[-1]) > notices.index(gone[-1])
    waits = "wait up to" if behaviour == "wait" else "are refused (fail closed)"
    assert waits in gone[0].message
    errors = [
        e
        for e in logs
        if e["event"] in ("governor.store_unavailable", "governor.settle_deferred")
        and e["log_level"] == "error"
    ]
    assert len(errors) == len(gone), errors


@pytest.mark.parametrize("restart", ["transient", "permanent"])
async def test_a_wait_that_runs_out_stops_the_agent_instead_of_restarting_it(
    tmp_path: Path, restart: Literal["transient", "permanent"]
) -> None:
    """``[fail_closed] behaviour = "wait"``: a call waits for the store for ``wait_timeout``,
    then fails with ``GovernorUnavailable``. An agent that did not catch it used to crash and be
    restarted with fresh context, only to wait again: one restart per ``wait_timeout`` (30 s by
    default, too slow to trip the restart limit) for as long as the store was down, the work
    begun lost each time. Now the call holds for ``wait_timeout``, the agent stops (once, not
    restarted), and the run ends with exit 5 saying why; nothing is sent while Redis is down."""
    server = PrivateRedis(tmp_path)
    await anyio.to_thread.run_sync(server.start)
    wait_timeout = 1.0
    starts: list[float] = []
    errors: list[tuple[float, GovernorUnavailable]] = []
    try:
        provider = RecordingProvider(seed=3, chunk_delay=0.002, min_out=5)
        policy = make_policy(session_tokens=10**9, fail_closed="wait", wait_timeout=wait_timeout)

        class Uncaught(Agent):
            name = "uncaught"
            model = MODEL
            max_tokens = 20

            async def run(self) -> None:
                starts.append(time.monotonic())
                for i in range(5):
                    asked = time.monotonic()
                    try:
                        await self.llm(f"call {i}")
                    except GovernorUnavailable as exc:
                        errors.append((time.monotonic() - asked, exc))
                        raise  # the agent's code does not handle it
                    await anyio.sleep(0.2)

        # A permanent agent too: its supervisor restarts it even after it stopped itself.
        Uncaught.restart = restart
        killed: list[float] = []
        async with RedisStore(
            port=server.port, connect_timeout=CONNECT_TIMEOUT, timeout=TIMEOUT, prefix="ranout"
        ) as store:
            runtime = make_runtime(policy, store, provider, session="ranout")

            async def outage() -> None:
                while len(provider.served) < 1:
                    await anyio.sleep(0.01)
                await anyio.to_thread.run_sync(server.kill)
                killed.append(time.monotonic())

            with anyio.fail_after(20), structlog.testing.capture_logs() as logs:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(outage)
                    outcome = await runtime.run(TargetSpec("t", (AgentSpec("uncaught", Uncaught),)))
        await provider.aclose()
    finally:
        await anyio.to_thread.run_sync(server.kill)

    assert len(starts) == 1, "the agent was restarted while the store was down"
    assert not [e for e in logs if e["event"] in ("actor.restarted", "supervisor.gave_up")]
    (waited, error), *_ = errors
    assert len(errors) == 1
    assert wait_timeout <= waited < wait_timeout + 1.5  # held for the wait, and no longer
    assert error.waited == wait_timeout
    assert "waited 1 s ([fail_closed] wait_timeout)" in str(error)
    assert outcome.exit_code == ExitCode.STORE_UNAVAILABLE, outcome
    assert "uncaught stopped, not restarted, because the ledger store stayed unreachable" in (
        outcome.reason
    )
    assert outcome.agents == {"uncaught": "stopped"}
    assert not [t for t in provider.started.values() if t > killed[0]]  # nothing sent after
    assert [e for e in logs if e["event"] == "agent.store_wait_ran_out"]


async def test_a_refused_call_stops_the_agent_instead_of_restarting_it(tmp_path: Path) -> None:
    """``[fail_closed] behaviour = "refuse"``: a call meets the store down and is refused at
    once with ``GovernorUnavailable``. An agent that did not catch it used to crash and be
    restarted, refused again at once, and so on: its team's restart limit (3 in 5 s) went in
    a few milliseconds and the run ended "escalated to the root" (exit 4), as if the agent
    had a bug, not the store an outage. Now it stops as when a wait runs out: not restarted,
    exit 5 saying the store is unreachable."""
    server = PrivateRedis(tmp_path)
    await anyio.to_thread.run_sync(server.start)
    starts: list[float] = []
    errors: list[GovernorUnavailable] = []
    try:
        provider = RecordingProvider(seed=3, chunk_delay=0.002, min_out=5)
        policy = make_policy(session_tokens=10**9, fail_closed="refuse", wait_timeout=30)

        class Uncaught(Agent):
            name = "uncaught"
            model = MODEL
            max_tokens = 20

            async def run(self) -> None:
                starts.append(time.monotonic())
                for i in range(5):
                    try:
                        await self.llm(f"call {i}")
                    except GovernorUnavailable as exc:
                        errors.append(exc)
                        raise  # the agent's code does not handle it
                    await anyio.sleep(0.2)

        async with RedisStore(
            port=server.port, connect_timeout=CONNECT_TIMEOUT, timeout=TIMEOUT, prefix="refused"
        ) as store:
            runtime = make_runtime(policy, store, provider, session="refused")

            async def outage() -> None:
                while len(provider.served) < 1:
                    await anyio.sleep(0.01)
                await anyio.to_thread.run_sync(server.kill)

            with anyio.fail_after(20), structlog.testing.capture_logs() as logs:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(outage)
                    outcome = await runtime.run(TargetSpec("t", (AgentSpec("uncaught", Uncaught),)))
        await provider.aclose()
    finally:
        await anyio.to_thread.run_sync(server.kill)

    assert len(starts) == 1, "the agent was restarted while the store was down"
    assert not [e for e in logs if e["event"] in ("actor.restarted", "supervisor.gave_up")]
    assert len(errors) == 1
    assert "The ledger store is unreachable" in str(errors[0])
    assert outcome.exit_code == ExitCode.STORE_UNAVAILABLE, outcome
    assert "uncaught stopped, not restarted, because the ledger store" in outcome.reason
    assert '[fail_closed] behaviour = "refuse": refused at once' in outcome.reason
    assert outcome.agents == {"uncaught": "stopped"}
