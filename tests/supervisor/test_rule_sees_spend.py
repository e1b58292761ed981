"""A Python rule's ``pre_call`` and ``pre_tool`` see each enclosing scope's spend in
``ctx.balances``.

Before, the governor read only the scopes the policy file budgets: with no ``[budgets.session]``
a rule such as "stop this session after $2" found no session balance in ``ctx.balances``, took
it for nothing spent (as the docstring says a missing scope counts), and never stopped it.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from test_governor import caller, seen
from test_governor_support import Harness, make_policy

from policies import CallContext, Decision, Interrupt, Rule, Scope, ToolContext
from supervisor import CallDenied, MemoryStore

pytestmark = pytest.mark.filterwarnings("error")


class SessionSpend(Rule):
    name = "session-spend"
    seen: ClassVar[list[dict[str, int]]] = []

    def pre_call(self, ctx: CallContext) -> Decision | None:
        self.seen.append(
            {
                scope.kind: balance.spent.cost
                for scope, balance in ctx.balances.items()
                if isinstance(scope, Scope)
            }
        )
        return None


@pytest.mark.parametrize("budget", [None, "1.00"])
async def test_a_rule_reads_the_sessions_spend_budgeted_or_not(
    harness: Harness, budget: str | None
) -> None:
    SessionSpend.seen = []
    cls = caller([{"prompt": "one"}, {"prompt": "two"}])
    async with MemoryStore() as store:
        await harness.run([cls], make_policy(budget=budget), store=store, rules=[SessionSpend()])
    first, second = SessionSpend.seen
    assert first["session"] == 0
    assert second["session"] > 0, second
    assert second["agent"] == second["session"]  # one agent: all the session's spend is its


class NoToolsOnceSpent(Rule):
    """Refuses a tool call once the session has spent anything (a stand-in for a rule such
    as "no wire transfers once this session has spent $5")."""

    name = "no-tools-once-spent"

    def pre_tool(self, ctx: ToolContext, name: str, args: Any) -> Decision | None:
        spent = sum(b.spent.cost for s, b in ctx.balances.items() if s.kind == "session")
        if spent > 0:
            return Interrupt(rule=self.name, reason=f"The session has spent {spent}.")
        return None


async def test_a_tool_rule_reads_the_sessions_spend(harness: Harness) -> None:
    """A ``pre_tool`` hook had no spend at all to read: ToolContext carried none."""
    cls = caller([{"tool": "search", "args": {"q": "a"}}, {"prompt": "one"}, {"tool": "search"}])
    await harness.run([cls], make_policy(budget=None), rules=[NoToolsOnceSpent()])
    before, _answer, after = seen(cls)
    assert before.value == "nothing about a"
    assert isinstance(after, CallDenied)
    assert after.rule == "no-tools-once-spent"
    assert "The session has spent" in str(after)
