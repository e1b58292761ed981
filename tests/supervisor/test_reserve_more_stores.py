"""What a stream that runs on past its reservation reserves is held and given back in every store.

A provider that ignores ``max_tokens`` and reports no usage reaches its reservation on the
estimate before anything shows it passed ``max_tokens``. The governor reserves more for it
(``ReserveMore``, under the call's id plus ``+more``), as much as the budgets hold; the stream is
cut before the chunk that would pass that, the call is charged, and the extra reservation is
given back after the charge. In SQLite and Redis as in memory: the session's settled total stays
within its budget and nothing is left held, also when the governor that reserved it was killed
mid-stream and a restarted one settles the call.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, ClassVar

import anyio
import pytest
from test_governor_support import Harness, Play, agent_class, make_policy
from tests.store.conftest import cleanup_prefix

from policies import Scope, usd
from supervisor import Agent, BudgetExceeded, CallSettled, CallStarted, ExitCode, MemoryStore
from supervisor._store import RedisStore, SQLiteStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from pathlib import Path

    from supervisor import LedgerStore

BUDGET = "0.0125"  # the call reserves about $0.01 (max_tokens 1,000 at $10/M): room for ~250 more
RUNAWAY = ["y" * 16] * 1_000  # 4 tokens a chunk on the estimate, 4,000 if nothing cut it


class Runaway(Agent):
    model = "fast:big"
    seen: ClassVar[list[Any]]
    kill_governor: ClassVar[bool] = False

    async def run(self) -> None:
        try:
            self.seen.append(await self.llm("Write it all.", max_tokens=1_000))
        except BudgetExceeded as exc:
            self.seen.append(exc)


@pytest.fixture(params=["memory", "sqlite", "redis"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[LedgerStore]:
    """A fresh real store of the kind; the real Redis is shared, so its keys are deleted."""
    if request.param == "memory":
        yield MemoryStore()
    elif request.param == "sqlite":
        yield SQLiteStore(tmp_path / "ledger.db")
    else:
        prefix = f"test-more-{uuid.uuid4().hex[:12]}"
        yield RedisStore(prefix=prefix)
        await cleanup_prefix(prefix)


@pytest.mark.parametrize("kill", [False, True], ids=["governor kept", "governor killed"])
async def test_the_extra_reservation_is_held_and_given_back(store: LedgerStore, kill: bool) -> None:
    harness = Harness()
    resume = anyio.Event()
    play = Play(chunks=RUNAWAY, report_usage=False, honours_max_tokens=False)
    if kill:
        # Past the reservation and the extra one made: 1,100 tokens on the estimate.
        play.hang_after, play.reached, play.resume = 275, anyio.Event(), resume
    harness.provider.plan = lambda _request: play
    cls = agent_class("a1", Runaway, seen=[])
    async with store:
        runtime = harness.runtime(store, make_policy(budget=BUDGET))  # type: ignore[arg-type]

        async def kill_when_reached() -> None:
            assert play.reached is not None
            await play.reached.wait()
            governor = runtime.governor
            assert governor is not None
            assert governor.statistics()["active_calls"] == 1
            # The call's reservation and the extra one are both held while it hangs.
            (started,) = [e for e in harness.sink.events if isinstance(e, CallStarted)]
            held = await store.balance(Scope("session", "s1"))
            assert held.reserved.cost > started.reserved
            governor.ref.kill("a test kills the governor mid-stream", by="test")
            with anyio.fail_after(5):
                while runtime.governor in (governor, None) or runtime.link.ref is None:
                    await anyio.sleep(0.01)
            resume.set()

        with anyio.fail_after(10):
            async with anyio.create_task_group() as tg:
                if kill:
                    tg.start_soon(kill_when_reached)
                outcome = await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
        (error,) = cls.seen  # type: ignore[attr-defined]
        assert isinstance(error, BudgetExceeded), error
        (started,) = [e for e in harness.sink.events if isinstance(e, CallStarted)]
        (settled,) = [e for e in harness.sink.events if isinstance(e, CallSettled)]
        assert settled.outcome == "cut"
        # It ran on past its reservation, as far as the budget held room for.
        assert started.reserved < settled.cost <= usd(BUDGET)
        assert settled.output_tokens > 1_000
        session = await store.balance(Scope("session", "s1"))
        assert session.spent.cost == settled.cost
        assert session.reserved.cost == 0
        assert session.reserved.tokens == 0
        assert outcome.exit_code == ExitCode.OK, outcome


class SlowToReserveMore(SQLiteStore):
    """Holds the extra reservation's write until ``go``: the agent is cancelled meanwhile."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.started, self.go = anyio.Event(), anyio.Event()

    async def reserve(self, call_id: str, *args: Any, **kwargs: Any) -> Any:
        if call_id.endswith("+more"):
            self.started.set()
            await self.go.wait()
        return await super().reserve(call_id, *args, **kwargs)


class CancelledWhileItAsks(Agent):
    model = "fast:big"
    store: ClassVar[SlowToReserveMore]

    async def run(self) -> None:
        with anyio.CancelScope() as scope:
            async with anyio.create_task_group() as tg:

                async def cancel() -> None:
                    await self.store.started.wait()
                    scope.cancel()

                tg.start_soon(cancel)
                await self.llm("Write it all.", max_tokens=1_000)
        # The call is settled by now; the extra reservation is still being written.
        self.store.go.set()


async def test_more_reserved_after_the_call_was_settled_is_given_back(tmp_path: Path) -> None:
    """The agent is cancelled while it waits for more to be reserved, and its settle runs on
    another of the governor's workers while the store writes the extra reservation: the call is
    gone when the write ends, so the governor gives it back at once instead of leaving it held
    (counted as spent) for the rest of the run."""
    harness = Harness()
    harness.provider.plan = lambda _request: Play(
        chunks=RUNAWAY, report_usage=False, honours_max_tokens=False
    )
    store = SlowToReserveMore(tmp_path / "ledger.db")
    cls = agent_class("a1", CancelledWhileItAsks, store=store)
    async with store:
        runtime = harness.runtime(store, make_policy(budget="5.00"))  # type: ignore[arg-type]
        with anyio.fail_after(10):
            await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
        (settled,) = [e for e in harness.sink.events if isinstance(e, CallSettled)]
        assert settled.outcome == "cancelled"
        session = await store.balance(Scope("session", "s1"))
        assert session.reserved.cost == 0
        assert session.spent.cost == settled.cost
