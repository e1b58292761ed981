"""A run that ends while another process holds its SQLite ledger's write lock shuts down in a
bounded time, says what it could not write and where that is kept, and loses nothing
acknowledged.

Before, each write left at shutdown (the last settle, the audit records, the owner's close)
waited the store's whole ``busy_timeout`` (10 s) for the lock, one after the other, each
shielded from the governor's own 5 s bounds: about 40 s before the process could exit.
Real SQLite file; the lock is held by a second process (``BEGIN EXCLUSIVE``); asyncio and trio.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

import anyio
import pytest
import structlog
from test_governor_support import Harness, Play, agent_class, make_policy

from supervisor import Agent, ExitCode, SQLiteStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from pathlib import Path

    from anyio.abc import Process

pytestmark = pytest.mark.anyio

LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # until the test closes our stdin
db.execute("ROLLBACK")
"""


async def test_a_run_ending_on_a_locked_ledger_shuts_down_in_bounded_time(
    harness: Harness, tmp_path: Path
) -> None:
    db = tmp_path / "ledger.db"
    lock_taken = anyio.Event()
    reached = anyio.Event()
    plays = iter(
        [Play(chunks=["word "] * 5), Play(chunks=["word "] * 20, hang_after=3, reached=reached)]
    )
    harness.provider.plan = lambda _r: next(plays)
    first: list[int] = []

    class Caller(Agent):
        model = "fast:big"

        async def run(self) -> None:
            answer = await self.llm("a short answer, please", max_tokens=100)
            first.append(answer.cost)  # settled: acknowledged to the agent
            await self.llm("a long answer, please", max_tokens=100)

    locker: Process | None = None
    started = 0.0
    try:
        store = SQLiteStore(db)  # the default busy_timeout (10 s)
        async with store:
            runtime = harness.runtime(store, make_policy())  # type: ignore[arg-type]

            async def lock_the_file() -> None:
                nonlocal locker
                await reached.wait()  # a call streams
                locker = await anyio.open_process([sys.executable, "-c", LOCKER, str(db)])
                assert locker.stdout is not None
                assert (await locker.stdout.receive()).strip() == b"locked"
                nonlocal started
                started = time.monotonic()
                lock_taken.set()
                runtime.interrupt("SIGTERM (terminated)")  # a deploy stops the run

            with structlog.testing.capture_logs() as logs:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(lock_the_file)
                    with anyio.fail_after(120):
                        outcome = await runtime.run(
                            TargetSpec("t", (AgentSpec("a1", agent_class("a1", Caller)),))
                        )
                        ended = time.monotonic()
        closed = time.monotonic()
    finally:
        if locker is not None:  # the other process lets go
            assert locker.stdin is not None
            await locker.stdin.aclose()
            await locker.wait()
    # Bounded: one busy_timeout (the first write that finds the lock), not one per write left
    # (measured before: 60 s for the run to end, 70 s until the store was closed).
    assert ended - started < 10 + 3, ended - started
    assert closed - ended < 2, closed - ended
    assert outcome.exit_code == ExitCode.INTERRUPTED
    # It says what it could not write and where that is kept.
    assert outcome.reason == (
        "interrupted: SIGTERM (terminated); and the ledger store was unavailable: 1 call could "
        "not be settled (each counted as spent at its worst case until `supervise ledger` "
        "reconciles it); 1 audit record could not be written (each is in the structured log, "
        "whole, as governor.audit_deferred)"
    )
    deferred = [e for e in logs if e["event"] == "governor.audit_deferred"]
    assert [e["audit_event"] for e in deferred] == ["decision"], deferred  # the interrupt
    assert "SIGTERM" in str(deferred[0]["data"])
    assert "locked by another process" in deferred[0]["error"]
    # Nothing acknowledged is lost: the settled call is in the ledger, and the cut one's
    # reservation is still there, counted as spent until it is reconciled.
    async with SQLiteStore(db, reconcile_on_open=False) as reopened:
        (summary,) = await reopened.list_sessions()
    assert summary.spent.calls == 1
    assert summary.spent.cost == first[0] > 0
    assert summary.open_reservations == 1
