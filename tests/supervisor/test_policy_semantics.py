"""Policy semantics a production user leans on, attacked over the real Runtime.

Python rules and file rules deciding one call together (most severe wins, a rule answering
garbage), escalations a person answers (approved calls stay inside the rate and step limits,
a budget escalation's fallback) and shadow remedies (recorded, nobody asked).
"""

from __future__ import annotations

from test_governor import audit, caller, seen
from test_governor_support import Harness, make_policy

from policies import (
    CallContext,
    Decision,
    Escalate,
    Reroute,
    Rule,
    Scope,
)
from supervisor import (
    ApprovalRequest,
    CallDenied,
    ExitCode,
)

SESSION = Scope("session", "s1")


class Approves:
    """An approver that approves everything and remembers what it was asked."""

    def __init__(self, answer: str = "approve") -> None:
        self.answer = answer
        self.asked: list[ApprovalRequest] = []

    async def decide(self, request: ApprovalRequest) -> str:
        self.asked.append(request)
        return self.answer


class AsksEveryCall(Rule):
    name = "ask-every-call"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Escalate(rule=self.name, reason="Every call needs a person.", question="Go on?")


# -- a Python rule answering garbage ------------------------------------------------------------


class BadReroute(Rule):
    """Reroutes to something that is not a model reference, or with a negative max_tokens."""

    name = "bad-reroute"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        if "negative" in str(ctx.messages[-1]["content"]):
            return Reroute(rule=self.name, model="fast:small", max_tokens=-500)
        return Reroute(rule=self.name, model="small-model-without-provider")


async def test_a_rule_rerouting_to_garbage_refuses_the_call_and_names_the_rule(
    harness: Harness,
) -> None:
    """A Reroute to a malformed model used to escape the engine as InvalidModelRef (the
    governor crashed and was restarted, the agent got the raw error); a negative max_tokens
    would reserve a negative worst case. Both are a rule's garbage answer: refused, fail
    closed, naming the rule; nothing is sent or charged."""
    cls = caller([{"prompt": "hello"}, {"prompt": "negative please"}])
    run = await harness.run([cls], make_policy(), rules=[BadReroute()])
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    malformed, negative = seen(cls)
    assert isinstance(malformed, CallDenied), malformed
    assert "'bad-reroute'" in str(malformed)
    assert "'small-model-without-provider'" in str(malformed)
    assert '"provider:model"' in str(malformed)
    assert isinstance(negative, CallDenied), negative
    assert "max_tokens=-500" in str(negative)
    assert not harness.provider.requests
    balance = await run.store.balance(SESSION)
    assert balance.spent.cost == 0
    assert balance.reserved.cost == 0
    assert [r["rule"] for r in await audit(run) if r["event"] == "decision"] == [
        "bad-reroute",
        "bad-reroute",
    ]
    # The governor decided both calls: it was never restarted over the rule.
    assert not [e for e in harness.sink.events if getattr(e, "state", None) == "restarting"]
