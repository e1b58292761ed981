"""A Python rule's ``pre_call`` sees the spend of every enclosing scope in ``ctx.balances``.

Before, the governor read only the scopes the policy file budgets: with no ``[budgets.session]``
a rule such as "stop this session after $2" found no session balance in ``ctx.balances``, took
it for nothing spent (as the docstring says a missing scope counts), and never stopped it.
"""

from __future__ import annotations

from typing import ClassVar

import pytest
from test_governor import caller
from test_governor_support import Harness, make_policy

from policies import CallContext, Decision, Rule, Scope
from supervisor import MemoryStore

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
