"""An approver that fails, answers nonsense, or is asked across a governor restart.

The approval flow is the person's lever on a running agent; when the part that asks the person
breaks (a chat approver whose service is down, a restarted governor that no longer holds the
question), the call must be refused (fail closed) with a reason a person can act on, never
crash the agent into a restart loop or the governor into its restart intensity.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from test_governor import audit, caller, seen
from test_governor_support import Harness, make_policy

from supervisor import ApprovalRequest, EscalationDenied, MemoryStore, Notice, Runtime
from supervisor._target import AgentSpec, TargetSpec

pytestmark = pytest.mark.filterwarnings("error")

APPROVAL = {"tools": {"require_approval": ["delete_*"]}}


class Broken:
    """An approver whose backing service is down."""

    def __init__(self) -> None:
        self.asked = 0

    async def decide(self, request: ApprovalRequest) -> Any:
        self.asked += 1
        await anyio.lowlevel.checkpoint()
        raise ConnectionError("chat service unreachable")


class Nonsense:
    """An approver that answers something that is not an answer."""

    async def decide(self, request: ApprovalRequest) -> Any:
        return "yes please"


@pytest.mark.parametrize("approver", [Broken(), Nonsense()], ids=["raises", "nonsense"])
async def test_an_approver_that_fails_denies_the_call_and_says_why(
    harness: Harness, approver: Any
) -> None:
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}, {}])
    run = await harness.run([cls], make_policy(APPROVAL), approver=approver)
    assert run.outcome is not None
    assert run.outcome.exit_code == 0  # the agent went on: no crash, no restart
    denied, after = seen(cls)
    assert isinstance(denied, EscalationDenied)
    assert "approver" in str(denied).lower()
    assert after.text  # its next call ran
    (answered,) = [r for r in await audit(run) if r["event"] == "approval.answered"]
    assert (answered["answer"], answered["by"]) == ("deny", "failed")
    notices = [e for e in harness.sink.events if isinstance(e, Notice)]
    assert any("approver" in n.message and "denied" in n.message for n in notices), notices
    assert not [e for e in harness.sink.events if getattr(e, "state", None) == "restarting"]


async def test_a_failed_approver_on_an_llm_escalation_is_an_escalation_denied(
    harness: Harness,
) -> None:
    """A call over its budget escalated (on_shortfall = escalate): the approver's failure is
    the escalation's denial, whatever rule escalated."""
    policy = make_policy(
        {"on_shortfall": {"steps": ["escalate"], "question": "Spend more?"}}, budget="0.0001"
    )
    cls = caller([{"max_tokens": 10_000}])
    run = await harness.run([cls], policy, approver=Broken())
    assert run.outcome is not None
    (denied,) = seen(cls)
    assert isinstance(denied, EscalationDenied), denied
    assert "ConnectionError" in str(denied)
    assert not harness.provider.requests  # nothing was sent


class KillsTheGovernor:
    """A person who answers after the governor crashed and was restarted meanwhile."""

    def __init__(self, answer: str) -> None:
        self.runtime: Runtime | None = None
        self.answer = answer
        self.requests: list[ApprovalRequest] = []

    async def decide(self, request: ApprovalRequest) -> Any:
        self.requests.append(request)
        if len(self.requests) == 1:
            assert self.runtime is not None
            governor = self.runtime.governor
            assert governor is not None
            governor.ref.kill("a test kills the governor", by="test")
            with anyio.fail_after(5):
                while self.runtime.governor in (governor, None):
                    await anyio.sleep(0.01)
        return self.answer


@pytest.mark.parametrize("answer", ["approve", "deny"])
async def test_a_question_answered_after_a_governor_restart_is_asked_again(
    harness: Harness, answer: str
) -> None:
    """The restarted governor rebuilt its state from the store, which holds no questions: the
    call is decided afresh (and the person asked again), not answered into the void."""
    approver = KillsTheGovernor(answer)
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}, {}])
    async with MemoryStore() as store:
        runtime = harness.runtime(store, make_policy(APPROVAL), approver=approver)
        approver.runtime = runtime
        with anyio.fail_after(10):
            outcome = await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
        records = [r.data | {"event": r.event} for r in await store.read_audit()]
    assert outcome.exit_code == 0
    assert len(approver.requests) == 2  # asked again by the restarted governor
    first, after = seen(cls)
    if answer == "approve":
        assert first.value == "deleted /tmp/x"
    else:
        assert isinstance(first, EscalationDenied)
    assert after.text
    answered = [r for r in records if r["event"] == "approval.answered"]
    assert [r["answer"] for r in answered] == [answer]  # the one the restarted governor held
    (unheld,) = [r for r in records if r["event"] == "approval.answer_unheld"]
    assert unheld["answer"] == answer  # the first answer is on record too, not lost
    assert unheld["call_id"] == approver.requests[0].call_id
    assert not [e for e in harness.sink.events if getattr(e, "state", None) == "restarting"]
