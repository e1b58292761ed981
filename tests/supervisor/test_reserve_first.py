"""Reserve first: a governed call's worst case is reserved without reading a balance (the
store's atomic check is the budgets' fit), and the decisions that need the balances (the
``warn_at`` warning) come from those the reserve reports. A shortfall falls back to the path
that reads them, so every decision is the one that path gives.

Each test runs the same calls twice: as the governor runs them, and on the fallback path alone
(``PolicyEngine.pre_call_unfitted`` answering None: "cannot decide without the balances"), and
compares what the agent, the audit log and the event sink got.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from test_governor_support import Harness, Play, agent_class, make_policy

from policies import Amounts, PolicyEngine, Reservation, Scope, usd
from supervisor import Agent, LLMResult, MemoryStore
from supervisor._governor import Governor

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pytest

    from policies import Shortfall

SESSION = Scope("session", "s1")
#: Audit fields that differ from run to run (ids, times).
_VARY = frozenset({"call_id", "time", "elapsed_s", "duration_s"})
#: 1,000 output tokens per chunk ($0.01 at the test price of $10 per million).
CHUNK = "x" * 4000


class CountingStore(MemoryStore):
    """A MemoryStore that counts the balance reads made deciding a call (``deciding``, set
    while the governor handles one) and, once, lets another spender reserve ``steal`` on the
    session just before the governor's reserve of call number ``steal_at``."""

    def __init__(self, steal: int = 0, steal_at: int = -1) -> None:
        super().__init__()
        self.reads: list[Scope] = []
        self.deciding = False
        self.reserves = 0
        self.steal, self.steal_at = steal, steal_at

    async def balance(self, scope: Scope) -> Any:
        if self.deciding:
            self.reads.append(scope)
        return await super().balance(scope)

    async def reserve(
        self, call_id: str, scopes: Sequence[Scope], amounts: Amounts, **kw: Any
    ) -> Reservation | Shortfall:
        if self.reserves == self.steal_at:
            # Another process takes the room between the decision and this reserve.
            taken = await super().reserve("other", [SESSION], Amounts(cost=self.steal))
            assert isinstance(taken, Reservation)
        self.reserves += 1
        return await super().reserve(call_id, scopes, amounts, **kw)


class Caller(Agent):
    """Makes its calls one after another, noting the balance reads each one made."""

    model = "fast:big"
    asks: ClassVar[list[int]] = []
    results: ClassVar[list[LLMResult]] = []
    reads: ClassVar[list[int]] = []
    spy: ClassVar[CountingStore]

    async def run(self) -> None:
        for max_tokens in self.asks:
            before = len(self.spy.reads)
            self.results.append(await self.llm("hello", max_tokens=max_tokens))
            self.reads.append(len(self.spy.reads) - before)


def _seen(decisions: Any) -> list[tuple[str, str, str, str]]:
    return [(d.action, d.rule, d.mode, d.reason) for d in decisions]


async def _run(
    monkeypatch: pytest.MonkeyPatch,
    policy_extra: dict[str, Any],
    max_tokens: list[int],
    *,
    reserve_first: bool,
    chunks: int = 10,
    steal: int = 0,
    steal_at: int = -1,
) -> tuple[type[Agent], CountingStore, list[Any], list[Any], list[int]]:
    store = CountingStore(steal, steal_at)
    pre_call = Governor._pre_call

    async def deciding(self: Governor, msg: Any) -> Any:
        store.deciding = True
        try:
            return await pre_call(self, msg)
        finally:
            store.deciding = False

    with monkeypatch.context() as patch:
        if not reserve_first:
            patch.setattr(PolicyEngine, "pre_call_unfitted", lambda _self, _ctx: None)
        patch.setattr(Governor, "_pre_call", deciding)
        harness = Harness()
        harness.provider.plan = lambda _r: Play(chunks=[CHUNK] * chunks)
        await store.__aenter__()
        cls = agent_class("a1", Caller, asks=max_tokens, results=[], reads=[], spy=store)
        # No loop detection: the calls are alike on purpose.
        policy = make_policy({"loops": {"structural": {"enabled": False}}, **policy_extra})
        run = await harness.run([cls], policy, store=store)
        assert run.outcome is not None
        audit = [
            (r.event, {k: v for k, v in r.data.items() if k not in _VARY})
            for r in await store.read_audit()
        ]
        events = [
            (type(e).__name__, getattr(e, "rule", None), getattr(e, "reason", None))
            for e in harness.sink.events
        ]
        requested = [r.max_tokens for r in harness.provider.requests]
    return cls, store, audit, events, requested


async def test_a_call_that_fits_reads_no_balance(monkeypatch: pytest.MonkeyPatch) -> None:
    budgets = {"budgets": {"session": {"cost": "5.00"}, "agent": {"cost": "4.00"}}}
    cls, *_ = await _run(monkeypatch, budgets, [2_000] * 5, reserve_first=True)
    assert [type(r) for r in cls.results] == [LLMResult] * 5  # type: ignore[attr-defined]
    assert cls.reads == [0] * 5  # type: ignore[attr-defined]
    # On the path that reads them: one read per budgeted scope and call.
    old, _, *_ = await _run(monkeypatch, budgets, [2_000] * 5, reserve_first=False)
    assert old.reads == [2] * 5  # type: ignore[attr-defined]


async def test_warn_at_is_given_once_at_the_same_call(monkeypatch: pytest.MonkeyPatch) -> None:
    # $1.00 warned at 75%: each call spends $0.10 with a worst case of $0.20, so the seventh
    # (0.60 spent + 0.20) is the first past the mark; it is warned there, and never again.
    budgets = {"budgets": {"session": {"cost": "1.00", "warn_at": 0.75}}}
    calls = [20_000] * 8
    new, _, new_audit, new_events, _ = await _run(monkeypatch, budgets, calls, reserve_first=True)
    old, _, old_audit, old_events, _ = await _run(monkeypatch, budgets, calls, reserve_first=False)
    warned = [
        [d.rule for d in r.decisions]
        for r in new.results  # type: ignore[attr-defined]
    ]
    assert warned == [[]] * 6 + [["budgets.session.warn_at"], []]
    assert new.reads == [0] * 8  # type: ignore[attr-defined]
    for got, want in zip(new.results, old.results, strict=True):  # type: ignore[attr-defined]
        assert _seen(got.decisions) == _seen(want.decisions)
    assert new_audit == old_audit
    assert new_events == old_events


async def test_a_shadow_budget_is_still_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    # The agent's shadow budget of $0.15 does not hold a worst case of $0.20: recorded, the
    # call runs; the session's warning mark is crossed on the same call, after it.
    budgets = {
        "budgets": {
            "session": {"cost": "0.30", "warn_at": 0.5},
            "agent": {"cost": "0.15", "mode": "shadow"},
        }
    }
    new, _, new_audit, new_events, _ = await _run(
        monkeypatch, budgets, [20_000], reserve_first=True
    )
    old, _, old_audit, old_events, _ = await _run(
        monkeypatch, budgets, [20_000], reserve_first=False
    )
    (result,) = new.results  # type: ignore[attr-defined]
    assert [(d.rule, d.mode) for d in result.decisions] == [
        ("budgets.agent", "shadow"),
        ("budgets.session.warn_at", "enforce"),
    ]
    # A shadow budget is judged on its scope's spend, which no reserve reports: the call
    # reads the balances (the session's and the shadow agent budget's), as the other path does.
    assert new.reads == [2]  # type: ignore[attr-defined]
    assert _seen(result.decisions) == _seen(old.results[0].decisions)  # type: ignore[attr-defined]
    assert new_audit == old_audit
    assert new_events == old_events


async def test_a_spender_taking_the_room_falls_back_to_the_remedy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another process reserves $0.90 of the $1.00 between the decision and the second call's
    # reserve: the reserve falls short, the balances are read, and max_tokens is lowered to
    # what fits, as on the path that read them first (its reserve falls short alike).
    budgets = {"budgets": {"session": {"cost": "1.00"}}}
    calls = [2_000, 20_000]
    new, store, new_audit, new_events, new_asked = await _run(
        monkeypatch, budgets, calls, reserve_first=True, chunks=1, steal=usd("0.90"), steal_at=1
    )
    old, _, old_audit, old_events, old_asked = await _run(
        monkeypatch, budgets, calls, reserve_first=False, chunks=1, steal=usd("0.90"), steal_at=1
    )
    _, second = new.results  # type: ignore[attr-defined]
    assert isinstance(second, LLMResult)
    # (The $0.80 mark of the $1.00 is crossed on the same call, after the remedy.)
    assert [d.rule for d in second.decisions] == [
        "budgets.session.cost",
        "budgets.session.warn_at",
    ]
    assert "max_tokens lowered from 20000" in second.decisions[0].reason
    assert new_asked[0] == 2_000
    assert 256 <= new_asked[1] < 10_000
    # The first call read nothing; the second read the session's balance once, after the
    # shortfall.
    assert new.reads == [0, 1]  # type: ignore[attr-defined]
    assert store.reserves == 3  # the first call's, the one that fell short, the lowered one
    assert old.reads == [1, 2]  # type: ignore[attr-defined]
    assert new_asked == old_asked
    for got, want in zip(new.results, old.results, strict=True):  # type: ignore[attr-defined]
        assert _seen(got.decisions) == _seen(want.decisions)
    assert new_audit == old_audit
    assert new_events == old_events


async def test_a_shadow_budget_is_judged_on_what_its_scope_spent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before: a shadow budget's scope was never read (only enforced budgets' were), so its
    "would not fit" was judged on nothing spent: a shadow session budget of $0.15 recorded
    nothing however much the session spent, unless one call's worst case alone passed it.
    Now its spend counts: each call spends $0.05 with a worst case of about $0.06, so the third
    (0.10 spent + 0.06) is the first that would not fit, and the fourth again; every call runs."""
    budgets = {"budgets": {"session": {"cost": "0.15", "mode": "shadow"}}}
    for reserve_first in (True, False):  # the same: shadow budgets take the path that reads
        cls, *_ = await _run(
            monkeypatch, budgets, [6_000] * 4, reserve_first=reserve_first, chunks=5
        )
        assert [type(r) for r in cls.results] == [LLMResult] * 4  # type: ignore[attr-defined]
        recorded = [
            [(d.rule, d.mode) for d in r.decisions]
            for r in cls.results  # type: ignore[attr-defined]
        ]
        assert recorded == [
            [],
            [],
            [("budgets.session", "shadow")],
            [("budgets.session", "shadow")],
        ]
        assert cls.reads == [1] * 4  # type: ignore[attr-defined]
