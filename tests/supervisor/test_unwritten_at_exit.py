"""What a run could not write to its store is said in its final message, whatever ended it.

A run interrupted (Ctrl-C, SIGTERM on a deploy) or stopped while its SQLite ledger is locked by
another process: the cut call's settle and the audit record of the interrupt cannot be written.
The reservation stays counted as spent at its worst case until the ledger is next opened, and
the audit log will lack the record. Before, the message said only "interrupted: ..." (exit
130), so the person never learnt it; only a run where every agent finished said so (exit 5).
The exit status stays what ended the run. Real SQLite file, locked by a second connection; the
in-process provider of ``test_governor_support``; asyncio and trio.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import anyio
import pytest
from test_governor_support import Harness, Play, agent_class, make_policy

from supervisor import Agent, ExitCode, SQLiteStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.anyio


class _Caller(Agent):
    model = "fast:big"

    async def run(self) -> None:
        await self.llm("a long answer, please", max_tokens=100)


async def test_an_interrupted_run_says_what_its_locked_store_did_not_take(
    harness: Harness, tmp_path: Path
) -> None:
    db = tmp_path / "ledger.db"
    reached = anyio.Event()
    harness.provider.plan = lambda _r: Play(chunks=["word "] * 20, hang_after=3, reached=reached)
    locker: sqlite3.Connection | None = None
    async with SQLiteStore(db, busy_timeout=0.05) as store:
        runtime = harness.runtime(store, make_policy())  # type: ignore[arg-type]

        async def interrupt_with_the_file_locked() -> None:
            nonlocal locker
            await reached.wait()
            locker = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
            locker.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
            runtime.interrupt("SIGTERM (terminated)")

        async with anyio.create_task_group() as tg:
            tg.start_soon(interrupt_with_the_file_locked)
            with anyio.fail_after(60):
                outcome = await runtime.run(
                    TargetSpec("t", (AgentSpec("a1", agent_class("a1", _Caller)),))
                )
        assert locker is not None
        locker.execute("ROLLBACK")
        locker.close()
        (summary,) = await store.list_sessions()
    assert outcome.exit_code == ExitCode.INTERRUPTED
    assert outcome.reason.startswith("interrupted: SIGTERM (terminated)")
    assert "1 call could not be settled" in outcome.reason
    assert "audit record" in outcome.reason
    # And what the message says is so: the call's reservation was left open, counted as spent.
    assert summary.open_reservations == 1
