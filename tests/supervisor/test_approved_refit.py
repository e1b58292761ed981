"""A call a person approved is fitted to the budgets as they are when the answer comes.

Its permit was computed when the person was asked. Before, while they decided another agent
spent most of the session's budget, and the approved call was then reserved at its old worst
case: the store refused it and the agent got "Approved, but the budget was spent while the
person decided", with no fallback, although the policy said to lower ``max_tokens`` when short
(or had a fallback for a shortfall). Now the approved call gets what ``on_shortfall`` allows
within what the person approved (a lower ``max_tokens`` on the same model), or a budget refusal
with the policy's fallback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest
from tests.supervisor.test_governor_support import Harness, Play, agent_class, make_policy

from policies import CallContext, Decision, Escalate, Rule
from supervisor import Agent, ApprovalRequest, BudgetExceeded, LLMResult

if TYPE_CHECKING:
    from supervisor._providers import LLMRequest

pytestmark = pytest.mark.anyio

ASKED_MAX_TOKENS = 10_000  # $0.10 of output at $10 per million: fits the $0.15 session alone


class AskAboutTheAsker(Rule):
    name = "ask-about-asker"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        if ctx.agent == "asker":
            return Escalate(
                rule=self.name, reason="The asker needs a person.", question="Let it call?"
            )
        return None


class WaitsForTheSpender:
    """Approves, once the other agent has spent (a person who took a while)."""

    def __init__(self, spent: anyio.Event) -> None:
        self.spent = spent
        self.requests: list[ApprovalRequest] = []

    async def decide(self, request: ApprovalRequest) -> str:
        self.requests.append(request)
        await self.spent.wait()
        return "approve"


def agents(spent: anyio.Event, asked: anyio.Event, seen: list[Any]) -> list[type[Agent]]:
    class Asker(Agent):
        model = "fast:big"

        async def run(self) -> None:
            asked.set()
            try:
                seen.append(await self.llm("a question", max_tokens=ASKED_MAX_TOKENS))
            except BudgetExceeded as exc:
                seen.append(exc)

    class Spender(Agent):
        model = "fast:big"

        async def run(self) -> None:
            await asked.wait()
            await self.llm("spend", max_tokens=ASKED_MAX_TOKENS)
            spent.set()

    return [agent_class("asker", Asker), agent_class("spender", Spender)]


def plays(request: LLMRequest) -> Play:
    if "spend" in str(request.messages):
        return Play(chunks=("y" * 32_000,))  # 8,000 output tokens: $0.08
    return Play(chunks=("answer",))


async def run(shortfall: dict[str, Any]) -> tuple[Harness, Any, list[Any], WaitsForTheSpender]:
    harness = Harness()
    harness.provider.plan = plays
    spent, asked = anyio.Event(), anyio.Event()
    seen: list[Any] = []
    approver = WaitsForTheSpender(spent)
    policy = make_policy({"on_shortfall": shortfall}, budget="0.15")
    result = await harness.run(
        agents(spent, asked, seen), policy, approver=approver, rules=[AskAboutTheAsker()]
    )
    return harness, result, seen, approver


async def test_an_approved_call_the_budget_no_longer_fits_gets_a_lower_max_tokens() -> None:
    harness, result, seen, approver = await run({"steps": ["lower_max_tokens", "refuse"]})
    (request,) = approver.requests
    assert f"max_tokens={ASKED_MAX_TOKENS}" in request.action  # what the person approved
    (answer,) = seen
    assert isinstance(answer, LLMResult), answer
    (sent,) = [r for r in harness.provider.requests if "a question" in str(r.messages)]
    assert 256 <= sent.max_tokens < ASKED_MAX_TOKENS  # lowered to what is left, not above
    audit = await result.store.read_audit()
    lowered = [
        r.data["reason"]
        for r in audit
        if r.event == "decision" and "max_tokens lowered" in r.data.get("reason", "")
    ]
    assert lowered, [r.data for r in audit]
    assert "while the person decided" in lowered[0]
    (summary,) = await result.store.list_sessions()
    assert summary.spent.cost <= 150_000_000  # $0.15: the budget held


async def test_an_approved_call_that_cannot_fit_gets_the_shortfall_fallback() -> None:
    _, _, seen, approver = await run({"steps": ["refuse"], "fallback": "Out of budget."})
    assert approver.requests
    (answer,) = seen  # a refusal with a fallback answers with the fallback
    assert isinstance(answer, LLMResult), answer
    assert answer.text == "Out of budget."
    (refused,) = answer.decisions
    assert refused.rule == "budgets.session.cost"
    assert "while the person decided" in refused.reason
