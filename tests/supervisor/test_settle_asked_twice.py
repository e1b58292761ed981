"""A settle the governor answers late is asked again: it must count once.

The agent asks the governor to settle a call with a timeout of ``[fail_closed] wait_timeout``
(at least 1 s) and, when that passes, asks again. With the SQLite ledger locked by another
process, the first settle waits for the lock (``busy_timeout``) longer than that, so both
reach the governor. Before, both were handled in full: the run's events said the call was
settled twice (the TUI counted its cost and call twice, and a JSON-lines consumer summing
``CallSettled`` over-counted the run), and the loop detectors were handed the one response
twice. Real SQLite file, locked by a real second connection; asyncio and trio.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

import anyio
import pytest
from test_governor_support import Harness, Play, agent_class, make_policy

from supervisor import Agent, CallSettled, LLMResult, SQLiteStore

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.anyio


async def test_a_settle_asked_again_while_the_ledger_is_locked_counts_once(
    harness: Harness, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.db"
    reached, resume = anyio.Event(), anyio.Event()
    calls = 0

    def plan(_request: Any) -> Play:
        nonlocal calls
        calls += 1
        if calls == 1:
            return Play(chunks=["fact "] * 8, hang_after=4, reached=reached, resume=resume)
        return Play(chunks=["other words "] * 3)

    harness.provider.plan = plan
    seen: list[Any] = []

    class Caller(Agent):
        model = "fast:big"

        async def run(self) -> None:
            seen.append(await self.llm("question 0", max_tokens=50))
            seen.append(await self.llm("question 1", max_tokens=50))

    locker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    async def lock_while_settling() -> None:
        await reached.wait()
        locker.execute("BEGIN IMMEDIATE")  # another process's write transaction
        resume.set()
        await anyio.sleep(3)  # past the settle's ask timeout (1 s) and busy_timeout (1.5 s)
        locker.execute("COMMIT")

    policy = make_policy({"fail_closed": {"behaviour": "wait", "wait_timeout": 1}})
    try:
        async with SQLiteStore(path, busy_timeout=1.5) as store, anyio.create_task_group() as tg:
            tg.start_soon(lock_while_settling)
            run = await harness.run([agent_class("a1", Caller)], policy, store=store, timeout=30)
            (summary,) = await store.list_sessions()
    finally:
        locker.close()
    assert run.outcome is not None
    assert run.outcome.exit_code == 0, run.outcome
    assert [type(s) for s in seen] == [LLMResult, LLMResult]
    settled = [e for e in harness.sink.events if isinstance(e, CallSettled)]
    assert sorted(e.call_id for e in settled) == sorted(s.call_id for s in seen)
    assert sum(e.cost for e in settled) == sum(s.cost for s in seen) == summary.spent.cost
    assert summary.calls == 2
    assert summary.open_reservations == 0
