"""A person's grant: ``reserve(..., grant=...)`` raises a short scope's limit by what the call
needs, never more than approved, atomically with the reservation, in every store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest

from policies._ledger import Ledger, Limits, Reservation, Shortfall
from policies._scopes import Amounts, Scope

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.store.conftest import FakeClock

SESSION = Scope("session", "s1")
AGENT = Scope("agent", "s1/a1")
TENANT = Scope("tenant", "t1")
SCOPES = [AGENT, SESSION]


async def test_grant_raises_exactly_what_is_needed(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=1000, calls=10))
    first = await store.reserve("c1", SCOPES, Amounts(cost=700, calls=1))
    assert isinstance(first, Reservation)
    assert first.granted is None
    # 700 of 1000 held: a call of 500 is 200 short; the person approved up to 250.
    approved = {SESSION: Amounts(cost=250)}
    short = await store.reserve("c2", SCOPES, Amounts(cost=500, calls=1))
    assert isinstance(short, Shortfall)
    r = await store.reserve("c3", SCOPES, Amounts(cost=500, calls=1), grant=approved)
    assert isinstance(r, Reservation)
    assert r.granted == {SESSION: Amounts(cost=200)}
    b = await store.balance(SESSION)
    assert b.granted == Amounts(cost=200)
    assert b.limit.cost == 1200
    assert b.policy_limit.cost == 1000
    assert b.remaining.cost == 0
    assert b.limit.calls == 10  # a dimension that was not short is not raised
    # A scope not short is never raised, even when it is in the grant.
    assert (await store.balance(AGENT)).granted == Amounts()


async def test_grant_below_the_need_raises_nothing(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=1000))
    await store.set_limit(AGENT, Limits(tokens=100))
    assert isinstance(await store.reserve("c1", SCOPES, Amounts(cost=900, tokens=50)), Reservation)
    # Short 400 on the session; 399 approved: nothing raised, nothing reserved.
    r = await store.reserve("c2", SCOPES, Amounts(cost=500), grant={SESSION: Amounts(cost=399)})
    assert isinstance(r, Shortfall)
    assert (r.scope, r.dimension, r.remaining, r.limit) == (SESSION, "cost", 100, 1000)
    b = await store.balance(SESSION)
    assert (b.granted, b.reserved) == (Amounts(), Amounts(900, 50, 0))
    # The session fits with the grant, but the agent (not granted) does not: nothing raised.
    r = await store.reserve(
        "c3", SCOPES, Amounts(cost=500, tokens=60), grant={SESSION: Amounts(cost=400)}
    )
    assert isinstance(r, Shortfall)
    assert r.scope == AGENT
    assert (await store.balance(SESSION)).granted == Amounts()
    # Granted on both in every dimension short: both raised, each by its own need.
    r = await store.reserve(
        "c4",
        SCOPES,
        Amounts(cost=500, tokens=60),
        grant={SESSION: Amounts(cost=1000), AGENT: Amounts(tokens=10)},
    )
    assert isinstance(r, Reservation)
    assert r.granted == {SESSION: Amounts(cost=400), AGENT: Amounts(tokens=10)}


async def test_later_calls_fit_what_was_granted(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=1000))
    await store.reserve("c1", SCOPES, Amounts(cost=800))
    r = await store.reserve("c2", SCOPES, Amounts(cost=500), grant={SESSION: Amounts(cost=300)})
    assert isinstance(r, Reservation)
    assert r.granted == {SESSION: Amounts(cost=300)}
    await store.settle("c2", Amounts(cost=100))  # 400 of the new 1300 free again
    assert isinstance(await store.reserve("c3", SCOPES, Amounts(cost=400)), Reservation)
    assert isinstance(await store.reserve("c4", SCOPES, Amounts(cost=1)), Shortfall)


async def test_concurrent_grants_raise_only_each_calls_need(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=1000))
    await store.reserve("c0", SCOPES, Amounts(cost=1000))
    approved = {SESSION: Amounts(cost=500)}
    results: dict[str, Any] = {}

    async def reserve(call_id: str) -> None:
        results[call_id] = await store.reserve(call_id, SCOPES, Amounts(cost=300), grant=approved)

    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            for i in range(8):
                tg.start_soon(reserve, f"g{i}")
    granted = [r.granted[SESSION].cost for r in results.values()]
    assert granted == [300] * 8  # each call raised its own need, not the approved 500
    b = await store.balance(SESSION)
    assert b.granted.cost == 2400
    assert b.limit.cost == 3400
    assert b.spent.cost + b.reserved.cost == b.limit.cost


async def test_grant_survives_set_limit(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=1000))
    await store.reserve("c1", SCOPES, Amounts(cost=900))
    await store.reserve("c2", SCOPES, Amounts(cost=300), grant={SESSION: Amounts(cost=200)})
    await store.set_limit(SESSION, Limits(cost=1000))  # a rerun sets the policy's numbers
    b = await store.balance(SESSION)
    assert (b.granted.cost, b.limit.cost, b.policy_limit.cost) == (200, 1200, 1000)
    await store.set_limit(SESSION, Limits(cost=2000))  # the policy raised: the grant adds to it
    assert (await store.balance(SESSION)).limit.cost == 2200


async def test_grant_survives_reopening(ledger: Callable[[], Any]) -> None:
    async with ledger() as first:
        await first.set_limit(SESSION, Limits(cost=1000))
        await first.reserve("c1", SCOPES, Amounts(cost=900))
        await first.settle("c1", Amounts(cost=900))
        r = await first.reserve("c2", SCOPES, Amounts(cost=300), grant={SESSION: Amounts(cost=200)})
        assert isinstance(r, Reservation)
        await first.settle("c2", Amounts(cost=300))
    async with ledger() as again:
        await again.set_limit(SESSION, Limits(cost=1000))
        b = await again.balance(SESSION)
        assert (b.spent.cost, b.granted.cost, b.limit.cost) == (1200, 200, 1200)
        state = await again.load_session("s1")
        assert state.balances[SESSION].granted.cost == 200
        assert isinstance(await again.reserve("c3", SCOPES, Amounts(cost=1)), Shortfall)


async def test_windowed_grant_is_gone_in_the_next_window(store: Any, clock: FakeClock) -> None:
    scopes = [SESSION, TENANT]
    await store.set_limit(TENANT, Limits(cost=1000, window="day"))
    await store.reserve("c1", scopes, Amounts(cost=900))
    await store.settle("c1", Amounts(cost=900))
    r = await store.reserve("c2", scopes, Amounts(cost=300), grant={TENANT: Amounts(cost=200)})
    assert isinstance(r, Reservation)
    assert r.granted == {TENANT: Amounts(cost=200)}
    assert (await store.balance(TENANT)).limit.cost == 1200
    await store.settle("c2", Amounts(cost=300))
    clock.now += 86_400  # the next day: that day's window only was raised
    b = await store.balance(TENANT)
    assert (b.granted, b.limit.cost, b.spent.cost) == (Amounts(), 1000, 0)
    assert isinstance(await store.reserve("c3", scopes, Amounts(cost=1001)), Shortfall)


def test_ledger_grant_in_memory() -> None:
    """``policies.Ledger`` (what the memory store wraps) on its own, with no limit in a
    dimension: never short there, so never raised."""
    ledger = Ledger()
    ledger.set_limit(SESSION, Limits(cost=100))
    assert isinstance(ledger.reserve("a", [SESSION], Amounts(100, 10**9, 1)), Reservation)
    grant = {SESSION: Amounts(cost=50, tokens=10**9, calls=9)}
    r = ledger.reserve("b", [SESSION], Amounts(40, 10**9, 1), grant=grant)
    assert isinstance(r, Reservation)
    assert r.granted == {SESSION: Amounts(cost=40)}
    assert ledger.check([SESSION], Amounts(cost=1)) is not None
    ledger.release("b")  # the raise stays: it was granted, not reserved
    assert ledger.balance(SESSION).limit == Limits(cost=140)


@pytest.mark.parametrize("dimension", ["tokens", "calls"])
async def test_grant_in_other_dimensions(store: Any, dimension: str) -> None:
    await store.set_limit(SESSION, Limits(**{dimension: 10}))
    await store.reserve("c1", SCOPES, Amounts(**{dimension: 8}))
    r = await store.reserve(
        "c2", SCOPES, Amounts(**{dimension: 5}), grant={SESSION: Amounts(**{dimension: 3})}
    )
    assert isinstance(r, Reservation)
    assert r.granted == {SESSION: Amounts(**{dimension: 3})}
    assert getattr((await store.balance(SESSION)).limit, dimension) == 13


async def test_grants_from_two_store_objects_on_one_ledger(ledger: Callable[[], Any]) -> None:
    """Two processes' stores (two SQLite connections, two Redis connections) granting at once:
    each raise is decided under the ledger's lock, so together they raise exactly what the
    calls need, never the approved maximum twice."""
    approved = {SESSION: Amounts(cost=1000)}
    async with ledger() as one, ledger() as two:
        await one.set_limit(SESSION, Limits(cost=1000))
        await one.reserve("c0", SCOPES, Amounts(cost=1000))
        results: list[Any] = []

        async def reserve(store: Any, call_id: str) -> None:
            results.append(await store.reserve(call_id, SCOPES, Amounts(cost=300), grant=approved))

        with anyio.fail_after(20):
            async with anyio.create_task_group() as tg:
                for i in range(6):
                    tg.start_soon(reserve, one if i % 2 else two, f"p{i}")
        assert [r.granted for r in results] == [{SESSION: Amounts(cost=300)}] * 6
    # (Read afresh: a SQLite store may answer a balance from what it saw last, see there.)
    async with ledger() as three:
        b = await three.balance(SESSION)
        # (Closed, the two stores' reservations may be reconciled as spent by now.)
        assert (b.granted.cost, b.limit.cost, b.spent.cost + b.reserved.cost) == (1800, 2800, 2800)
