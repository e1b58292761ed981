"""Reserve, settle and release mean the same thing in every store (and in policies.Ledger)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest

from policies._errors import DuplicateCall, UnknownCall
from policies._ledger import Limits, Reservation, Shortfall
from policies._scopes import Amounts, Scope
from supervisor._store._memory import MemoryStore

if TYPE_CHECKING:
    from tests.store.conftest import FakeClock

SESSION = Scope("session", "s1")
AGENT = Scope("agent", "a1")
SCOPES = [Scope("call", "c"), AGENT, SESSION, Scope("global", "all")]


async def test_reserve_settle_release(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=1000, tokens=500))
    r = await store.reserve(
        "c1", [AGENT, SESSION], Amounts(cost=400, tokens=100, calls=1), model="m"
    )
    assert isinstance(r, Reservation)
    assert r.scopes == (AGENT, SESSION)
    b = await store.balance(SESSION)
    assert (b.spent, b.reserved) == (Amounts(), Amounts(400, 100, 1))
    assert b.remaining == Limits(600, 400, None)

    s = await store.settle("c1", Amounts(cost=150, tokens=60, calls=1))
    assert s.released == Amounts(250, 40, 0)
    assert s.overrun == Amounts()
    assert not s.flagged
    b = await store.balance(SESSION)
    assert (b.spent, b.reserved) == (Amounts(150, 60, 1), Amounts())
    assert (await store.balance(AGENT)).spent == Amounts(150, 60, 1)

    # Idempotent: the first outcome, nothing charged twice.
    again = await store.settle("c1", Amounts(cost=999))
    assert again == s
    assert (await store.balance(SESSION)).spent == Amounts(150, 60, 1)

    r2 = await store.reserve("c2", [AGENT, SESSION], Amounts(cost=100, calls=1))
    assert isinstance(r2, Reservation)
    rel = await store.release("c2")
    assert rel.actual == Amounts()
    assert rel.released == Amounts(100, 0, 1)
    assert await store.release("c2") == rel
    assert (await store.balance(SESSION)).reserved == Amounts()


async def test_shortfall_is_all_or_nothing(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=1000))
    await store.set_limit(AGENT, Limits(tokens=50))
    ok = await store.reserve("c1", SCOPES, Amounts(cost=900, tokens=10))
    assert isinstance(ok, Reservation)
    short = await store.reserve("c2", SCOPES, Amounts(cost=200, tokens=10))
    assert isinstance(short, Shortfall)
    assert (short.scope, short.dimension, short.requested, short.remaining, short.limit) == (
        SESSION,
        "cost",
        200,
        100,
        1000,
    )
    # Nothing was reserved on the scopes before the one that lacked room.
    assert (await store.balance(AGENT)).reserved == Amounts(900, 10, 0)
    short2 = await store.reserve("c3", SCOPES, Amounts(cost=1, tokens=41))
    assert isinstance(short2, Shortfall)
    assert (short2.scope, short2.dimension, short2.remaining) == (AGENT, "tokens", 40)
    # A shortfall does not burn the call id.
    assert isinstance(await store.reserve("c2", SCOPES, Amounts(cost=100)), Reservation)


async def test_overrun_is_charged_and_flagged(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=100))
    await store.reserve("c1", [SESSION], Amounts(cost=50))
    s = await store.settle("c1", Amounts(cost=120))
    assert s.flagged
    assert s.overrun == Amounts(cost=70)
    b = await store.balance(SESSION)
    assert b.spent.cost == 120
    assert b.remaining.cost == 0
    assert isinstance(await store.reserve("c2", [SESSION], Amounts(cost=1)), Shortfall)


async def test_misuse_errors(store: Any) -> None:
    await store.reserve("c1", [SESSION], Amounts(cost=1))
    with pytest.raises(DuplicateCall):
        await store.reserve("c1", [SESSION], Amounts(cost=1))
    with pytest.raises(UnknownCall):
        await store.settle("nope", Amounts())
    with pytest.raises(UnknownCall):
        await store.release("nope")


async def test_amounts_limit_zero_means_unlimited(store: Any) -> None:
    await store.set_limit(SESSION, Amounts(cost=10))
    assert isinstance(
        await store.reserve("c1", [SESSION], Amounts(cost=10, tokens=10**9)), Reservation
    )
    assert isinstance(await store.reserve("c2", [SESSION], Amounts(cost=1)), Shortfall)


async def test_window_resets(store: Any, clock: FakeClock) -> None:
    await store.set_limit(SESSION, Limits(calls=2, window="minute"))
    for i in range(2):
        r = await store.reserve(f"c{i}", [SESSION], Amounts(calls=1))
        assert isinstance(r, Reservation)
        await store.settle(f"c{i}", Amounts(calls=1))
    assert isinstance(await store.reserve("c2", [SESSION], Amounts(calls=1)), Shortfall)
    assert (await store.balance(SESSION)).spent.calls == 2
    clock.now += 60  # the next minute
    assert (await store.balance(SESSION)).spent.calls == 0
    r = await store.reserve("c3", [SESSION], Amounts(calls=1))
    assert isinstance(r, Reservation)
    # A reservation made in one window settles into it, even after the window ends.
    clock.now += 60
    await store.settle("c3", Amounts(calls=1))
    assert (await store.balance(SESSION)).spent.calls == 0
    clock.now -= 60
    assert (await store.balance(SESSION)).spent.calls == 1


async def test_day_and_month_windows(store: Any, clock: FakeClock) -> None:
    await store.set_limit(SESSION, Limits(cost=10, window="day"))
    await store.set_limit(AGENT, Limits(cost=15, window="month"))
    assert isinstance(await store.reserve("c0", [AGENT, SESSION], Amounts(cost=6)), Reservation)
    await store.settle("c0", Amounts(cost=6))
    short = await store.reserve("c1", [AGENT, SESSION], Amounts(cost=6))
    assert isinstance(short, Shortfall)
    assert short.scope == SESSION
    clock.now += 86_400  # next day, same month
    assert isinstance(await store.reserve("c1", [AGENT, SESSION], Amounts(cost=6)), Reservation)
    await store.settle("c1", Amounts(cost=6))
    clock.now += 86_400
    short = await store.reserve("c2", [AGENT, SESSION], Amounts(cost=6))
    assert isinstance(short, Shortfall)
    assert (short.scope, short.remaining) == (AGENT, 3)
    clock.now += 31 * 86_400  # next month
    assert isinstance(await store.reserve("c2", [AGENT, SESSION], Amounts(cost=6)), Reservation)


async def test_concurrent_reserves_never_overshoot(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=1000))
    admitted: list[str] = []

    async def agent(i: int) -> None:
        for j in range(5):
            call = f"c{i}-{j}"
            r = await store.reserve(call, [Scope("agent", f"a{i}"), SESSION], Amounts(cost=37))
            if isinstance(r, Reservation):
                admitted.append(call)
                await store.settle(call, Amounts(cost=37 - (j % 3)))

    with anyio.fail_after(20):
        async with anyio.create_task_group() as tg:
            for i in range(40):
                tg.start_soon(agent, i)
    b = await store.balance(SESSION)
    assert b.reserved == Amounts()
    assert b.spent.cost <= 1000
    assert b.spent.cost == sum(37 - (int(c.split("-")[1]) % 3) for c in admitted)
    assert len(admitted) >= 1000 // 37


async def test_sessions_and_load(store: Any) -> None:
    s1 = [Scope("agent", "writer"), Scope("session", "s1")]
    s1b = [Scope("agent", "critic"), Scope("session", "s1")]
    await store.reserve("a", s1, Amounts(100, 10, 1), model="openai:gpt-4o")
    await store.settle("a", Amounts(80, 8, 1))
    await store.reserve("b", s1b, Amounts(100, 10, 1), model="openai:gpt-4o-mini")
    await store.settle("b", Amounts(20, 5, 1))
    await store.reserve("c", s1, Amounts(300, 30, 1), model="openai:gpt-4o")
    await store.reserve("d", [Scope("session", "s2")], Amounts(5, 5, 1), model="x")
    await store.release("d")
    sessions = {s.session: s for s in await store.list_sessions()}
    assert set(sessions) == {"s1", "s2"}
    s = sessions["s1"]
    assert (s.spent, s.reserved, s.calls, s.open_reservations) == (
        Amounts(100, 13, 2),
        Amounts(300, 30, 1),
        2,
        1,
    )
    assert dict(s.by_agent) == {"writer": Amounts(80, 8, 1), "critic": Amounts(20, 5, 1)}
    assert dict(s.by_model) == {
        "openai:gpt-4o": Amounts(80, 8, 1),
        "openai:gpt-4o-mini": Amounts(20, 5, 1),
    }
    assert sessions["s2"].spent == Amounts()
    state = await store.load_session("s1")
    assert state.balances[Scope("session", "s1")].spent == Amounts(100, 13, 2)
    assert state.balances[Scope("session", "s1")].reserved == Amounts(300, 30, 1)
    assert state.balances[Scope("agent", "writer")].spent == Amounts(80, 8, 1)
    assert dict(state.calls) == {"writer": 1, "critic": 1}
    assert [r.call_id for r in state.open_reservations] == ["c"]
    held = state.open_reservations[0]
    assert (held.agent, held.model, held.amounts, held.owner) == (
        "writer",
        "openai:gpt-4o",
        Amounts(300, 30, 1),
        store.owner,
    )
    empty = await store.load_session("nobody")
    assert empty.summary.spent == Amounts()
    assert empty.open_reservations == ()


async def test_sqlite_one_failing_operation_in_a_batch_undoes_only_itself(tmp_path: Any) -> None:
    """Operations queued together commit together; a duplicate call id among them fails alone,
    and every other reservation of that batch is in the file afterwards."""
    import sqlite3

    from supervisor._store import SQLiteStore

    path = tmp_path / "ledger.db"
    async with SQLiteStore(path) as store:
        await store.set_limit(SESSION, Limits(cost=10_000))
        assert isinstance(await store.reserve("dup", [SESSION], Amounts(cost=1)), Reservation)
        # Hold the file's write lock so that the writer thread stalls on its first operation
        # and everything queued meanwhile forms one batch.
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        results: dict[str, Any] = {}

        async def reserve(call_id: str) -> None:
            try:
                results[call_id] = await store.reserve(call_id, [SESSION], Amounts(cost=10))
            except DuplicateCall as exc:
                results[call_id] = exc

        before = store.statistics()["batches"]
        async with anyio.create_task_group() as tg:
            for i in range(10):
                tg.start_soon(reserve, f"c{i}")
            tg.start_soon(reserve, "dup")
            for i in range(10, 20):
                tg.start_soon(reserve, f"c{i}")
            await anyio.wait_all_tasks_blocked()
            await anyio.sleep(0.05)
            blocker.execute("COMMIT")
            blocker.close()
        assert store.statistics()["batches"] - before < 21  # some of them shared a commit
        assert isinstance(results.pop("dup"), DuplicateCall)
        assert all(isinstance(r, Reservation) for r in results.values()), results
        assert (await store.balance(SESSION)).reserved == Amounts(cost=201)
    async with SQLiteStore(path, reconcile_on_open=False) as reopened:
        assert (await reopened.balance(SESSION)).reserved == Amounts(cost=201)


async def test_memory_store_keeps_totals_not_a_record_per_finished_call() -> None:
    async with MemoryStore() as store:
        scopes = [Scope("agent", "w"), Scope("session", "long")]
        for i in range(300):
            await store.reserve(f"c{i}", [Scope("call", f"c{i}"), *scopes], Amounts(10, 2, 1))
            await store.settle(f"c{i}", Amounts(4, 1, 1))
        await store.reserve("open", scopes, Amounts(10, 2, 1), model="m")
        assert list(store._calls) == ["open"]  # finished calls only add to the totals
        [summary] = await store.list_sessions()
        assert (summary.spent, summary.calls, summary.open_reservations) == (
            Amounts(1200, 300, 300),
            300,
            1,
        )
        state = await store.load_session("long")
        assert dict(state.calls) == {"w": 300}
        assert [r.call_id for r in state.open_reservations] == ["open"]
