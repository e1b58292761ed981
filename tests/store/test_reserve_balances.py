"""Every store's reserve says where each limited scope stands right after it
(``Reservation.balances``), in the same atomic step: the governor reserves first and reads no
balance, so what the budgets' warnings need comes from this answer, and it must be the balance
a ``balance()`` read would give just after."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from policies import Amounts, Limits, Reservation, Scope, usd

if TYPE_CHECKING:
    from .conftest import FakeClock

SESSION = Scope("session", "s1")
AGENT = Scope("agent", "a1")
GLOBAL = Scope("global", "")


async def test_a_reserve_reports_each_limited_scope_as_a_read_after_it(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=usd(1), tokens=10_000))
    await store.set_limit(AGENT, Limits(cost=usd("0.50"), calls=5))
    scopes = [AGENT, SESSION, GLOBAL]  # global: no limit, so not reported
    first = await store.reserve("c1", scopes, Amounts(usd("0.10"), 500, 1), model="m")
    assert isinstance(first, Reservation)
    assert first.balances is not None
    assert set(first.balances) == {AGENT, SESSION}
    for scope in (AGENT, SESSION):
        assert first.balances[scope] == await store.balance(scope)
    session = first.balances[SESSION]
    assert session.spent == Amounts()
    assert session.reserved == Amounts(usd("0.10"), 500, 1)
    assert session.limit == Limits(cost=usd(1), tokens=10_000)
    assert session.remaining == Limits(usd("0.90"), 9_500, None)

    await store.settle("c1", Amounts(usd("0.04"), 200, 1))
    second = await store.reserve("c2", scopes, Amounts(usd("0.20"), 700, 1), model="m")
    assert isinstance(second, Reservation)
    assert second.balances is not None
    agent = second.balances[AGENT]
    assert agent.spent == Amounts(usd("0.04"), 200, 1)
    assert agent.reserved == Amounts(usd("0.20"), 700, 1)
    assert agent.remaining == Limits(usd("0.26"), None, 3)
    for scope in (AGENT, SESSION):
        assert second.balances[scope] == await store.balance(scope)
    # Not part of the reservation's identity.
    assert second == Reservation("c2", second.scopes, second.amounts)


async def test_a_shortfall_reports_nothing_and_a_grant_is_in_the_balance(store: Any) -> None:
    await store.set_limit(SESSION, Limits(cost=usd(1)))
    held = await store.reserve("c1", [SESSION], Amounts(cost=usd("0.90")), model="m")
    assert isinstance(held, Reservation)
    short = await store.reserve("c2", [SESSION], Amounts(cost=usd("0.20")), model="m")
    assert not isinstance(short, Reservation)
    granted = await store.reserve(
        "c3",
        [SESSION],
        Amounts(cost=usd("0.20")),
        model="m",
        grant={SESSION: Amounts(cost=usd("0.50"))},
    )
    assert isinstance(granted, Reservation)
    assert granted.granted == {SESSION: Amounts(cost=usd("0.10"))}
    assert granted.balances is not None
    after = granted.balances[SESSION]
    assert after == await store.balance(SESSION)
    assert after.granted == Amounts(cost=usd("0.10"))
    assert after.limit.cost == usd("1.10")
    assert after.reserved.cost == usd("1.10")


async def test_a_windowed_limit_reports_its_current_window(store: Any, clock: FakeClock) -> None:
    await store.set_limit(SESSION, Limits(cost=usd(1), window="hour"))
    first = await store.reserve("c1", [SESSION], Amounts(cost=usd("0.30")), model="m")
    assert isinstance(first, Reservation)
    await store.settle("c1", Amounts(cost=usd("0.30")))
    clock.now += 3600  # a new hour: the window starts at zero
    second = await store.reserve("c2", [SESSION], Amounts(cost=usd("0.20")), model="m")
    assert isinstance(second, Reservation)
    assert second.balances is not None
    after = second.balances[SESSION]
    assert after == await store.balance(SESSION)
    assert after.spent == Amounts()
    assert after.reserved.cost == usd("0.20")
    assert after.limit.window == "hour"
