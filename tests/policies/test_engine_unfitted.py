"""``PolicyEngine.pre_call_unfitted`` and ``fitted``: a call decided without the balances, its
worst case reserved first, gives the decisions ``pre_call`` gives on the balances just before
that reserve, whenever the worst case fits; and says it cannot decide (None) wherever the
answer may depend on the balances."""

from __future__ import annotations

from typing import Any

import pytest

from policies import (
    Amounts,
    Balance,
    CallContext,
    Limits,
    ModelPrice,
    Permit,
    PolicyEngine,
    PriceTable,
    Refuse,
    Scope,
    parse_policy,
    usd,
)
from policies._engine import Unfitted

PRICES = PriceTable({"openai:big": ModelPrice.from_usd(1, 10)}, use_table=False)
MESSAGES = [{"role": "user", "content": "x" * 300}]  # 107 tokens with the overhead
SESSION, AGENT = Scope("session", "s"), Scope("agent", "a")


def engine(policy: dict[str, Any]) -> PolicyEngine:
    return PolicyEngine(parse_policy(policy), PRICES)


def ctx(**kw: Any) -> CallContext:
    base: dict[str, Any] = {
        "session": "s",
        "agent": "a",
        "call_id": "c1",
        "model_ref": "openai:big",
        "messages": MESSAGES,
        "max_tokens": 1000,
        "now": 100.0,
    }
    base.update(kw)
    return CallContext(**base)


def balance(limit: int, used: int, granted: int = 0) -> Balance:
    return Balance.of(Limits(cost=limit), Amounts(cost=used), Amounts(), Amounts(cost=granted))


def after(before: Balance, worst: Amounts) -> Balance:
    """``before`` once ``worst`` is reserved on it, as a store's reserve reports it."""
    return Balance.of(
        before.policy_limit, before.spent, before.reserved + worst, before.granted or None
    )


@pytest.mark.parametrize(
    ("used", "granted"),
    [(0, 0), (usd("0.004"), 0), (usd("0.0095"), 0), (usd("0.0098"), usd("0.001")), (0, 9)],
)
def test_fitted_gives_the_decisions_pre_call_gives(used: int, granted: int) -> None:
    policy = {
        "budgets": {
            "session": {"cost": "0.02", "warn_at": 0.5},
            "agent": {"cost": "0.001", "mode": "shadow"},
        },
        "limits": {"tokens_per_minute": 100, "mode": "shadow"},
    }
    before = {SESSION: balance(usd("0.02"), used, granted)}
    old, new = engine(policy), engine(policy)
    want = old.pre_call(ctx(balances=before))
    unfitted = new.pre_call_unfitted(ctx())
    assert isinstance(want, Permit)
    assert isinstance(unfitted, Unfitted)
    got = new.fitted(ctx(), unfitted, {SESSION: after(before[SESSION], want.reservation)})
    assert got == want
    rules = [d.rule for d in got.decisions]
    # The warning ($0.010107 alone passes the $0.01 mark) goes where pre_call puts it: after
    # the shadow budget, before the rate.
    assert rules == ["budgets.agent", "budgets.session.warn_at", "limits.tokens_per_minute"]
    # Once per scope, on either path.
    again = new.pre_call_unfitted(ctx(call_id="c2"))
    assert isinstance(again, Unfitted)
    assert new.fitted(ctx(call_id="c2"), again, {SESSION: after(before[SESSION], want.reservation)})
    assert old._warned == new._warned


def test_what_needs_the_balances_is_not_decided() -> None:
    # An escalating limit: the permit asked about must be the fitted one.
    escalating = engine(
        {
            "budgets": {"session": {"cost": "1.00"}},
            "limits": {"max_calls_per_agent": 1, "action": "escalate"},
        }
    )
    assert escalating.pre_call_unfitted(ctx(counters=_counted(1))) is None
    # Over the tokens per minute on the worst case as asked: a lowered one might not be.
    tpm = engine({"budgets": {"session": {"cost": "1.00"}}, "limits": {"tokens_per_minute": 1000}})
    assert tpm.pre_call_unfitted(ctx()) is None


def test_a_refusal_before_the_budgets_is_the_same() -> None:
    policy = {"budgets": {"session": {"cost": "1.00"}}, "limits": {"max_calls_per_agent": 1}}
    want = engine(policy).pre_call(ctx(counters=_counted(1)))
    got = engine(policy).pre_call_unfitted(ctx(counters=_counted(1)))
    assert isinstance(want, Refuse)
    assert got == want


def _counted(calls: int) -> Any:
    from policies import Counters

    return Counters(agent_calls=calls, session_calls=calls, agent_steps=calls, session_steps=calls)


@pytest.mark.parametrize("used", [0, usd("0.0059"), usd("0.006"), usd("0.0061")])
def test_the_warning_mark_is_met_where_pre_call_meets_it(used: int) -> None:
    # $0.02 warned at 80%: a worst case of $0.010107 passes $0.016 from $0.005893 used.
    policy = {"budgets": {"session": {"cost": "0.02", "warn_at": 0.8}}}
    before = balance(usd("0.02"), used)
    old, new = engine(policy), engine(policy)
    want = old.pre_call(ctx(balances={SESSION: before}))
    unfitted = new.pre_call_unfitted(ctx())
    assert isinstance(want, Permit)
    assert isinstance(unfitted, Unfitted)
    got = new.fitted(ctx(), unfitted, {SESSION: after(before, want.reservation)})
    assert got == want
    assert bool(got.decisions) == (used > usd("0.016") - want.reservation.cost)
