"""A person's approval of a budget shortfall grants exactly that shortfall (issue 4), over the
real Runtime, governor and agents, on the memory store and a real SQLite file.

Approve: the call runs as asked and settles, and the session's budget is the policy's limit
plus what was granted, recorded in the audit log. Deny: the fallback, as before. A default
answer (unattended, or after a timeout) grants nothing. A shortfall that grew past what the
person approved while they decided: refused, nothing granted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from test_governor import audit, caller, seen
from test_governor_support import Harness, Play, make_policy

from policies import Amounts, Scope, usd
from supervisor import (
    ApprovalRequest,
    BudgetSet,
    DecisionMade,
    EscalationDenied,
    LLMResult,
    MemoryStore,
    UnattendedApprover,
)
from supervisor._store import SQLiteStore

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from pathlib import Path

SESSION = Scope("session", "s1")
LIMIT = "0.0001"
POLICY = {
    "budgets": {"session": {"cost": LIMIT}},
    "on_shortfall": {"steps": ["escalate"], "fallback": "Out of budget."},
}


class Answers:
    """An approver that answers ``answer`` (as ``by``, when given) and remembers the question;
    ``before`` runs first (to spend while the person decides)."""

    def __init__(self, answer: str = "approve", by: str | None = None, before: Any = None) -> None:
        self.answer = answer
        self.by = by
        self.before = before
        self.asked: list[ApprovalRequest] = []

    async def decide(self, request: ApprovalRequest) -> str:
        self.asked.append(request)
        if self.before is not None:
            await self.before()
        return self.answer

    async def decide_with_source(self, request: ApprovalRequest) -> tuple[str, str]:
        return await self.decide(request), self.by or "approver"


@pytest.fixture(params=["memory", "sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    made = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "ledger.db")
    async with made:
        yield made


def granted_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["event"] == "budget.granted"]


@pytest.mark.parametrize("by", ["approver", "keyboard"])
async def test_approved_shortfall_grants_the_room_and_the_call_runs(
    harness: Harness, store: Any, by: str
) -> None:
    harness.provider.plan = lambda _r: Play(chunks=["word"] * 5)
    cls = caller([{"max_tokens": 10_000}])
    approver = Answers(by=by)
    run = await harness.run([cls], make_policy(POLICY), store=store, approver=approver)
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert result.fallback is None
    assert result.text
    assert len(harness.provider.requests) == 1
    assert harness.provider.requests[0].max_tokens == 10_000  # as asked, not lowered

    balance = await store.balance(SESSION)
    assert balance.reserved == Amounts()
    # Exactly the room it lacked: the limit now holds its worst case to the nano-dollar.
    worst = 100_022_500  # 9 tokens in at $2.50/M, 10,000 out at $10/M
    assert balance.granted == Amounts(cost=worst - usd(LIMIT))
    assert balance.limit.cost == worst
    assert 0 < balance.spent.cost <= usd(LIMIT) + balance.granted.cost

    records = await audit(run)
    (grant,) = granted_records(records)
    assert grant["granted"] == {"session:s1": {"cost": worst - usd(LIMIT), "tokens": 0, "calls": 0}}
    assert grant["approved"] == grant["granted"]
    assert grant["by"] == by
    assert grant["model"] == "fast:big"
    assert grant["call_id"] == approver.asked[0].call_id
    assert grant["agent"] == "a1"
    decisions = [e for e in harness.sink.events if isinstance(e, DecisionMade)]
    (shown,) = [e for e in decisions if e.rule == "budgets.granted"]
    assert shown.reason.startswith(
        "Approved by "
        + ("a person at the terminal" if by == "keyboard" else "the approver")
        + ": granted session 's1' $0.0999225 more so this call (fast:big, worst case "
        "$0.100022) could run"
    )
    # The screen draws the session's spend against the raised budget.
    budgets = [e for e in harness.sink.events if isinstance(e, BudgetSet) and e.agent is None]
    assert [e.limit for e in budgets] == [usd(LIMIT), worst]
    # The grant is a decision in the audit log too (what supervise logs shows).
    assert [r["rule"] for r in records if r["event"] == "decision"] == [
        "budgets.session.cost",
        "budgets.granted",
    ]


async def test_denied_shortfall_gets_the_fallback_and_grants_nothing(
    harness: Harness, store: Any
) -> None:
    cls = caller([{"max_tokens": 10_000}])
    run = await harness.run([cls], make_policy(POLICY), store=store, approver=Answers("deny"))
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert result.fallback == "Out of budget."
    assert not harness.provider.requests
    assert (await store.balance(SESSION)).granted == Amounts()
    assert not granted_records(await audit(run))


async def test_a_denial_without_a_fallback_raises(harness: Harness, store: Any) -> None:
    cls = caller([{"max_tokens": 10_000}])
    policy = make_policy({**POLICY, "on_shortfall": {"steps": ["escalate"]}})
    await harness.run([cls], policy, store=store, approver=Answers("deny"))
    (error,) = seen(cls)
    assert isinstance(error, EscalationDenied), error


async def test_a_default_approval_grants_nothing(harness: Harness, store: Any) -> None:
    """An unattended run's default answer (or --approve-default after a timeout) is nobody's
    decision to spend past a budget: the call is refused as before, and the log says why."""
    cls = caller([{"max_tokens": 10_000}])
    approver = UnattendedApprover(harness.sink, timeout=0, default="approve")
    run = await harness.run([cls], make_policy(POLICY), store=store, approver=approver)
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert result.fallback == "Out of budget."
    assert not harness.provider.requests
    balance = await store.balance(SESSION)
    assert (balance.granted, balance.spent, balance.reserved) == (Amounts(), Amounts(), Amounts())
    records = await audit(run)
    assert not granted_records(records)
    (answered,) = [r for r in records if r["event"] == "approval.answered"]
    assert (answered["answer"], answered["by"]) == ("approve", "default")
    (refused,) = [r for r in records if r["event"] == "decision" and r["decision"] == "Interrupt"]
    assert "a default answer grants no budget" in refused["reason"]


async def test_a_shortfall_that_grew_past_the_grant_is_refused(
    harness: Harness, store: Any
) -> None:
    """While the person decided, another call spent on the session: the call now lacks more
    than they approved. It is refused with the fallback, and nothing is granted (never more
    than approved)."""

    async def others_spend() -> None:
        await store.reserve("other", [SESSION], Amounts(cost=usd("0.00005")))
        await store.settle("other", Amounts(cost=usd("0.00005")))

    cls = caller([{"max_tokens": 10_000}])
    approver = Answers(before=others_spend)
    run = await harness.run([cls], make_policy(POLICY), store=store, approver=approver)
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert result.fallback == "Out of budget."
    assert not harness.provider.requests
    balance = await store.balance(SESSION)
    assert balance.granted == Amounts()
    assert balance.spent.cost == usd("0.00005")
    records = await audit(run)
    assert not granted_records(records)
    (refused,) = [r for r in records if r["event"] == "decision" and r["decision"] == "Interrupt"]
    assert "the approved grant of session 's1' $0.0999225 more" in refused["reason"]
    assert "no longer covers it" in refused["reason"]
    assert "Nothing was granted" in refused["reason"]


async def test_a_grant_is_room_for_later_calls_and_a_rerun(
    harness: Harness, tmp_path: Path
) -> None:
    """What was granted stays on the session's budget (the policy's limit plus the grant): a
    rerun of the session on the same ledger continues with it, asking nobody again for room
    the person already granted and the first call left unspent."""
    harness.provider.plan = lambda _r: Play(chunks=["word"] * 5)
    path = tmp_path / "ledger.db"
    async with SQLiteStore(path) as first:
        cls = caller([{"max_tokens": 10_000}])
        await harness.run([cls], make_policy(POLICY), store=first, approver=Answers())
        granted = (await first.balance(SESSION)).granted.cost
        spent = (await first.balance(SESSION)).spent.cost
    assert granted > 0
    assert spent < usd(LIMIT) + granted
    async with SQLiteStore(path) as again:
        cls = caller([{"max_tokens": 5}])  # fits the room left: nobody is asked
        approver = Answers()
        rerun = Harness()
        await rerun.run([cls], make_policy(POLICY), store=again, approver=approver)
        (budget,) = [e for e in rerun.sink.events if isinstance(e, BudgetSet)]
        assert (budget.limit, budget.spent) == (usd(LIMIT) + granted, spent)
        (result,) = seen(cls)
        assert isinstance(result, LLMResult), result
        assert not approver.asked
        balance = await again.balance(SESSION)
        assert balance.granted.cost == granted
        assert balance.spent.cost <= balance.limit.cost == usd(LIMIT) + granted
