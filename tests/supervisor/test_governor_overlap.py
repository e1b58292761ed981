"""The governor with a store whose operations overlap (SQLite, Redis): it decides the next call
while another call's reserve or settle is still being written, and the rules stay those of one
call at a time. A gated in-memory store makes the slow writes deterministic; the real SQLite
store runs the same mix end to end. Both backends."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import anyio
from test_governor_support import Harness, agent_class, make_policy

from policies import Scope
from supervisor import (
    Agent,
    AgentStopped,
    CallSettled,
    CallStarted,
    GovernorUnavailable,
    LLMResult,
    MemoryStore,
)
from supervisor._messages import NeedsApproval, PreTool
from supervisor._store import SQLiteStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from pathlib import Path

SESSION = Scope("session", "s1")
# The test provider answers the same text every time: not a loop here.
NO_LOOPS = {"loops": {"semantic": {"enabled": False}, "structural": {"enabled": False}}}


class GatedStore(MemoryStore):
    """Overlapping like SQLite; a reserve for a call of agent ``slow`` waits for ``gate``."""

    concurrent = True

    def __init__(self) -> None:
        super().__init__()
        self.gate = anyio.Event()
        self.waiting = anyio.Event()
        self.released: list[str] = []

    async def reserve(self, call_id: str, scopes: Any, amounts: Any, **kw: Any) -> Any:
        if any(s.kind == "agent" and s.id.endswith("slow") for s in scopes):
            self.waiting.set()
            await self.gate.wait()
        return await super().reserve(call_id, scopes, amounts, **kw)

    async def release(self, call_id: str) -> Any:
        self.released.append(call_id)
        return await super().release(call_id)


class Calls(Agent):
    model = "fast:big"
    calls = 1
    seen: ClassVar[list[Any]]

    async def run(self) -> None:
        for _ in range(self.calls):
            try:
                self.seen.append(await self.llm("hello", max_tokens=100))
            except Exception as exc:
                self.seen.append(exc)
                return


async def test_other_calls_go_on_while_one_reserve_is_being_written(harness: Harness) -> None:
    slow = agent_class("slow", Calls, seen=[])
    fast = agent_class("fast", Calls, seen=[], calls=5)
    async with GatedStore() as store, anyio.create_task_group() as tg:

        async def open_gate_when_fast_is_done() -> None:
            await store.waiting.wait()
            with anyio.fail_after(5):
                while len(fast.seen) < 5:  # type: ignore[attr-defined]
                    await anyio.sleep(0.01)
            assert slow.seen == []  # type: ignore[attr-defined]
            store.gate.set()

        tg.start_soon(open_gate_when_fast_is_done)
        await harness.run([slow, fast], make_policy(NO_LOOPS), store=store)
    assert [type(r) for r in fast.seen] == [LLMResult] * 5  # type: ignore[attr-defined]
    (result,) = slow.seen  # type: ignore[attr-defined]
    assert isinstance(result, LLMResult)
    balance = store.ledger.balance(SESSION)
    assert balance.spent.cost == sum(r.cost for r in [*fast.seen, result])  # type: ignore[attr-defined]
    assert balance.reserved.cost == 0


async def test_a_stop_while_the_reserve_is_written_releases_it_and_nothing_is_sent(
    harness: Harness,
) -> None:
    slow = agent_class("slow", Calls, seen=[])
    async with GatedStore() as store, anyio.create_task_group() as tg:
        runtime = harness.runtime(store, make_policy(NO_LOOPS))

        async def stop_then_open_gate() -> None:
            await store.waiting.wait()
            assert runtime.governor is not None
            from policies import StopSession

            runtime.governor._stop_session(
                "s1", StopSession(rule="operator", reason="Stopped by the test.")
            )
            store.gate.set()

        tg.start_soon(stop_then_open_gate)
        with anyio.fail_after(10):
            await runtime.run(TargetSpec("t", (AgentSpec("slow", slow),)))
    # The stopped session also cancelled the waiting agent; if it heard back first, it was
    # told it is stopped.
    assert all(isinstance(e, AgentStopped) for e in slow.seen)  # type: ignore[attr-defined]
    assert harness.provider.requests == []  # never sent
    assert len(store.released) == 1  # the reserve that finished after the stop was given back
    assert store.ledger.balance(SESSION).reserved.cost == 0
    assert not [e for e in harness.sink.events if isinstance(e, CallStarted)]


async def test_a_grant_whose_agent_has_left_gives_its_reservation_back(
    harness: Harness,
) -> None:
    """The agent's ask times out while its reserve is being written (a slow store, as Redis
    coming back from an outage is): the grant that comes after finds nobody, so the call is
    never sent and its reservation is released, not held until the run ends."""
    slow = agent_class("slow", Calls, seen=[])
    policy = make_policy({"fail_closed": {"behaviour": "refuse", "wait_timeout": 0.2}, **NO_LOOPS})
    async with GatedStore() as store, anyio.create_task_group() as tg:

        async def open_gate_once_the_agent_gave_up() -> None:
            await store.waiting.wait()
            with anyio.fail_after(5):
                while not slow.seen:  # type: ignore[attr-defined]
                    await anyio.sleep(0.01)
            store.gate.set()

        tg.start_soon(open_gate_once_the_agent_gave_up)
        await harness.run([slow], policy, store=store)
    (error,) = slow.seen  # type: ignore[attr-defined]
    assert isinstance(error, GovernorUnavailable)
    assert harness.provider.requests == []  # never sent
    assert len(store.released) == 1
    assert store.ledger.balance(SESSION).reserved.cost == 0
    (started,) = [e for e in harness.sink.events if isinstance(e, CallStarted)]
    (settled,) = [e for e in harness.sink.events if isinstance(e, CallSettled)]
    assert (settled.call_id, settled.outcome, settled.cost) == (started.call_id, "cancelled", 0)


async def test_a_call_held_for_approval_whose_agent_has_left_is_dropped(
    harness: Harness,
) -> None:
    """An approval hold answered to an agent that has left: nobody will ask the person, so
    the governor drops the held call instead of keeping it for the rest of the run."""
    done = anyio.Event()

    class Waits(Agent):
        model = "fast:big"

        async def run(self) -> None:
            await done.wait()

    waits = agent_class("w", Waits)
    policy = make_policy({"tools": {"require_approval": ["delete_*"]}, **NO_LOOPS})
    async with MemoryStore() as store, anyio.create_task_group() as tg:
        runtime = harness.runtime(store, policy)

        async def hold_then_leave() -> None:
            with anyio.fail_after(5):
                while runtime.governor is None:
                    await anyio.sleep(0.01)
            governor = runtime.governor
            message = PreTool("w", "s1", "t-1", "delete_files", {"path": "build"})
            answer = await governor._pre_tool(message)
            assert isinstance(answer, NeedsApproval)
            assert governor.statistics()["held_for_approval"] == 1
            await governor.on_unclaimed(message, answer)  # as when its asker has gone
            assert governor.statistics()["held_for_approval"] == 0
            done.set()

        tg.start_soon(hold_then_leave)
        with anyio.fail_after(10):
            await runtime.run(TargetSpec("t", (AgentSpec("w", waits),)))
    assert done.is_set()


async def test_call_limits_hold_when_many_calls_are_decided_together(
    harness: Harness, tmp_path: Path
) -> None:
    """Counters are claimed before the reserve is awaited: 20 agents calling at once on SQLite
    never get more than the session's 25 calls, and the ledger has exactly the calls made."""
    classes = [agent_class(f"a{i}", Calls, seen=[], calls=3) for i in range(20)]
    policy = make_policy({"limits": {"max_calls_per_session": 25}, **NO_LOOPS}, budget="100.00")
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        await harness.run(classes, policy, store=store)  # type: ignore[arg-type]
        results = [r for c in classes for r in c.seen if isinstance(r, LLMResult)]  # type: ignore[attr-defined]
        assert len(results) == 25
        assert len(harness.provider.requests) == 25
        balance = await store.balance(SESSION)
        assert balance.spent.calls == 25
        assert balance.reserved == type(balance.reserved)()
        assert balance.spent.cost == sum(r.cost for r in results)
