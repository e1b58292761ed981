from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies import (
    Amounts,
    DuplicateCall,
    Ledger,
    Limits,
    Reservation,
    Scope,
    Shortfall,
    UnknownCall,
    usd,
)

SESSION = Scope("session", "s1")
AGENT_A = Scope("agent", "a")
AGENT_B = Scope("agent", "b")
GLOBAL = Scope("global", "all")


def make() -> Ledger:
    ledger = Ledger()
    ledger.set_limit(SESSION, Limits(cost=usd(1)))
    ledger.set_limit(AGENT_A, Limits(cost=usd("0.6"), calls=3))
    return ledger


def test_reserve_settle_releases_the_rest() -> None:
    ledger = make()
    reservation = ledger.reserve("c1", [AGENT_A, SESSION], Amounts(cost=usd("0.5"), calls=1))
    assert isinstance(reservation, Reservation)
    assert ledger.balance(SESSION).reserved.cost == usd("0.5")
    settlement = ledger.settle("c1", Amounts(cost=usd("0.1"), calls=1))
    assert settlement.released == Amounts(cost=usd("0.4"))
    assert not settlement.flagged
    balance = ledger.balance(SESSION)
    assert balance.spent.cost == usd("0.1")
    assert balance.reserved.cost == 0
    assert balance.remaining.cost == usd("0.9")
    assert balance.remaining.tokens is None


def test_reserve_is_all_or_nothing() -> None:
    ledger = make()
    assert isinstance(
        ledger.reserve("c1", [AGENT_B, SESSION], Amounts(cost=usd("0.7"))), Reservation
    )
    # Fits agent a (0.6) but not the session (0.3 left): nothing may be held on agent a.
    shortfall = ledger.reserve("c2", [AGENT_A, SESSION], Amounts(cost=usd("0.5")))
    assert isinstance(shortfall, Shortfall)
    assert shortfall.scope == SESSION
    assert shortfall.dimension == "cost"
    assert shortfall.remaining == usd("0.3")
    assert shortfall.limit == usd(1)
    assert "session budget 'session:s1' has $0.30 of $1.00 cost left" in shortfall.describe()
    assert ledger.balance(AGENT_A).reserved == Amounts()
    assert ledger.statistics().shortfalls == 1


def test_calls_and_tokens_are_limited_too() -> None:
    ledger = make()
    for i in range(3):
        assert isinstance(ledger.reserve(f"c{i}", [AGENT_A], Amounts(calls=1)), Reservation)
    shortfall = ledger.reserve("c4", [AGENT_A], Amounts(calls=1))
    assert isinstance(shortfall, Shortfall)
    assert shortfall.dimension == "calls"


def test_overrun_is_recorded_and_flagged_never_lost() -> None:
    ledger = make()
    ledger.reserve("c1", [SESSION], Amounts(cost=usd("0.9")))
    settlement = ledger.settle("c1", Amounts(cost=usd("1.2")))
    assert settlement.flagged
    assert settlement.overrun == Amounts(cost=usd("0.3"))
    assert ledger.balance(SESSION).spent.cost == usd("1.2")
    assert ledger.balance(SESSION).remaining.cost == 0
    assert ledger.statistics().overruns == 1
    assert isinstance(ledger.reserve("c2", [SESSION], Amounts(cost=1)), Shortfall)


def test_finished_calls_are_idempotent_noops() -> None:
    ledger = make()
    ledger.reserve("c1", [SESSION], Amounts(cost=100))
    first = ledger.settle("c1", Amounts(cost=40))
    assert ledger.settle("c1", Amounts(cost=99)) is first
    assert ledger.release("c1") is first
    assert ledger.balance(SESSION).spent.cost == 40


def test_unknown_call_raises() -> None:
    ledger = make()
    with pytest.raises(UnknownCall, match="no reservation"):
        ledger.settle("never", Amounts())
    with pytest.raises(UnknownCall):
        ledger.release("never")


def test_duplicate_call_id_raises() -> None:
    ledger = make()
    ledger.reserve("c1", [SESSION], Amounts(cost=1))
    with pytest.raises(DuplicateCall, match="unique id"):
        ledger.reserve("c1", [SESSION], Amounts(cost=1))


def test_release_gives_everything_back() -> None:
    ledger = make()
    ledger.reserve("c1", [SESSION, GLOBAL], Amounts(cost=usd(1)))
    assert ledger.release("c1").released == Amounts(cost=usd(1))
    assert ledger.balance(SESSION).remaining.cost == usd(1)
    assert ledger.statistics().releases == 1


def test_amounts_as_limits_treat_zero_as_unlimited() -> None:
    ledger = Ledger()
    ledger.set_limit(SESSION, Amounts(cost=usd(1)))
    assert ledger.limit(SESSION) == Limits(cost=usd(1))
    assert isinstance(ledger.reserve("c", [SESSION], Amounts(tokens=10**9)), Reservation)


def test_windowed_budget_resets_with_the_window() -> None:
    ledger = Ledger()
    ledger.set_limit(SESSION, Limits(calls=2, window="minute"))
    t0 = 1_700_000_000.0 - (1_700_000_000.0 % 60)
    for i in range(2):
        ledger.reserve(f"c{i}", [SESSION], Amounts(calls=1), now=t0 + i)
        ledger.settle(f"c{i}", Amounts(calls=1))
    assert isinstance(ledger.reserve("c2", [SESSION], Amounts(calls=1), now=t0 + 30), Shortfall)
    assert isinstance(ledger.reserve("c3", [SESSION], Amounts(calls=1), now=t0 + 61), Reservation)
    assert ledger.balance(SESSION, now=t0 + 61).reserved.calls == 1


def test_windowed_budget_needs_now() -> None:
    ledger = Ledger()
    ledger.set_limit(SESSION, Limits(calls=2, window="day"))
    with pytest.raises(ValueError, match="pass now="):
        ledger.reserve("c", [SESSION], Amounts(calls=1))


def test_record_spent_restores_state() -> None:
    ledger = make()
    ledger.record_spent([SESSION], Amounts(cost=usd("0.95")))
    assert isinstance(ledger.reserve("c", [SESSION], Amounts(cost=usd("0.1"))), Shortfall)
    assert "open=0" in repr(ledger)


# --- the property: spent never exceeds a limit ---------------------------------------------

SCOPES = [Scope("session", "s"), Scope("agent", "a"), Scope("agent", "b"), Scope("tenant", "t")]
LIMITS = {
    SCOPES[0]: Limits(cost=1000, tokens=500),
    SCOPES[1]: Limits(cost=600, calls=5),
    SCOPES[2]: Limits(cost=700),
    SCOPES[3]: Limits(cost=900),
}

operation = st.one_of(
    st.tuples(
        st.just("reserve"),
        st.sampled_from([(0, 1), (0, 2), (0, 1, 3), (0, 2, 3), (3,)]),
        st.integers(0, 400),
        st.integers(0, 200),
    ),
    st.tuples(st.just("settle"), st.integers(0, 50), st.floats(0, 1), st.floats(0, 1)),
    st.tuples(st.just("release"), st.integers(0, 50), st.just(0.0), st.just(0.0)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(operation, max_size=80))
def test_spent_never_exceeds_any_limit(ops: list[tuple[object, ...]]) -> None:
    ledger = Ledger()
    for scope, limit in LIMITS.items():
        ledger.set_limit(scope, limit)
    opened: list[str] = []
    for n, op in enumerate(ops):
        if op[0] == "reserve":
            _, idx, cost, tokens = op
            assert isinstance(idx, tuple)
            assert isinstance(cost, int)
            assert isinstance(tokens, int)
            result = ledger.reserve(
                f"c{n}", [SCOPES[i] for i in idx], Amounts(cost=cost, tokens=tokens, calls=1)
            )
            if isinstance(result, Reservation):
                opened.append(result.call_id)
        elif opened:
            call_id = opened.pop(int(op[1]) % len(opened))  # type: ignore[call-overload]
            if op[0] == "settle":
                reservation = ledger.reservation(call_id)
                assert reservation is not None
                cost_frac, tok_frac = float(op[2]), float(op[3])  # type: ignore[arg-type]
                actual = Amounts(
                    cost=int(reservation.amounts.cost * cost_frac),
                    tokens=int(reservation.amounts.tokens * tok_frac),
                    calls=1,
                )
                assert not ledger.settle(call_id, actual).flagged
            else:
                ledger.release(call_id)
        for scope, limit in LIMITS.items():
            balance = ledger.balance(scope)
            for dim in ("cost", "tokens", "calls"):
                cap = getattr(limit, dim)
                if cap is not None:
                    used = getattr(balance.spent, dim) + getattr(balance.reserved, dim)
                    assert used <= cap, (scope, dim)
                    assert getattr(balance.spent, dim) <= cap
    assert ledger.statistics().open_reservations == len(opened)


def test_a_calls_own_scope_is_forgotten_when_it_finishes() -> None:
    # Every call has a scope of its own; keeping its account after the call would make the
    # ledger grow with every call ever made.
    ledger = make()
    for i in range(200):
        call = Scope("call", f"c{i}")
        ledger.set_limit(call, Limits(cost=usd("0.01")))
        ledger.reserve(f"c{i}", [call, SESSION], Amounts(cost=usd("0.001")))
        if i % 2:
            ledger.settle(f"c{i}", Amounts(cost=usd("0.0005")))
        else:
            ledger.release(f"c{i}")
    assert ledger.statistics().scopes == 2  # the session's and agent a's limits only
    assert {scope.kind for scope, _ in ledger._accounts} == {"session"}
    assert ledger.balance(SESSION).spent.cost == 100 * usd("0.0005")
    assert ledger.settle("c1", Amounts(cost=1)).actual == Amounts(cost=usd("0.0005"))  # idempotent


def test_a_call_scope_shared_by_open_reservations_is_kept_until_the_last_one_ends() -> None:
    ledger = Ledger()
    shared = Scope("call", "batch")
    ledger.reserve("r1", [shared, SESSION], Amounts(cost=10))
    ledger.reserve("r2", [shared, SESSION], Amounts(cost=20))
    ledger.settle("r1", Amounts(cost=5))
    assert ledger.balance(shared).reserved == Amounts(cost=20)
    ledger.settle("r2", Amounts(cost=7))
    assert ledger.balance(SESSION).spent == Amounts(cost=12)
    assert all(scope != shared for scope, _ in ledger._accounts)
