"""Redis losing the ledger under a running Runtime (FLUSHDB, a restart without persistence):
the person is told the ledger was lost, not that the store is unreachable and will be back.

The shared Redis is never flushed: deleting every key under the test's prefix is what FLUSHDB
does to this store.
"""

from __future__ import annotations

import anyio
from tests.store._runtime_worker import (
    AgentPlan,
    RecordingProvider,
    make_policy,
    make_runtime,
    make_target,
)

from supervisor._events import Notice
from supervisor._store import RedisStore

from .conftest import cleanup_prefix


async def test_a_ledger_lost_under_a_running_runtime_is_reported_as_lost(prefix: str) -> None:
    provider = RecordingProvider(seed=3, chunk_delay=0.002, min_out=5)
    plan = AgentPlan(calls=None, max_tokens=20, think=0.02, retry_after=0.05)
    policy = make_policy(session_tokens=10**9, fail_closed="refuse")
    target, _tally = make_target(2, plan)
    notices: list[Notice] = []

    class Notices:
        def emit(self, event: object) -> None:
            if isinstance(event, Notice):
                notices.append(event)

    try:
        async with RedisStore(prefix=prefix) as store:
            runtime = make_runtime(policy, store, provider, session="lost", sink=Notices())

            async def lose() -> None:
                while len(provider.served) < 4:
                    await anyio.sleep(0.01)
                await cleanup_prefix(prefix)  # Redis restarted without persistence

            # Every later call would be refused: the run ends by itself, exit status 5.
            with anyio.fail_after(15):
                async with anyio.create_task_group() as tg:
                    tg.start_soon(lose)
                    outcome = await runtime.run(target)
        await provider.aclose()
    finally:
        await cleanup_prefix(prefix)
    [told] = [n for n in notices if n.level == "error"]
    assert told.message.startswith("The ledger store lost its data: Redis"), told.message
    assert "unreachable" not in told.message
    assert "when it is back" not in told.message
    assert outcome.exit_code == 5, outcome
    assert "lost this ledger's data" in outcome.reason
