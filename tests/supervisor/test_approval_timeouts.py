"""What the agent hears when nobody answers an approval question: the unattended default
(``supervise run --headless``, ``UnattendedApprover``) or the terminal's timeout applied.

The agent's exception is what its code (and the model, through ``call_tools``) reads: it must
say that nobody answered and that the configured default applied, never that a person denied
the call or chose to stop the agent.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from test_governor import audit, caller, seen
from test_governor_support import Harness, make_policy

from supervisor import (
    EscalationDenied,
    MemoryStore,
    TerminalApprover,
    UnattendedApprover,
)
from supervisor._target import AgentSpec, TargetSpec

pytestmark = pytest.mark.filterwarnings("error")

APPROVAL = {"tools": {"require_approval": ["delete_*"]}}


@pytest.mark.parametrize("kind", ["unattended", "terminal"])
async def test_a_default_denial_says_nobody_answered(harness: Harness, kind: str) -> None:
    approver = (
        UnattendedApprover(harness.sink, timeout=0.05, default="deny")
        if kind == "unattended"
        else TerminalApprover(harness.sink, timeout=0.05, default="deny")
    )
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}, {}])
    run = await harness.run([cls], make_policy(APPROVAL), approver=approver)
    denied, after = seen(cls)
    assert isinstance(denied, EscalationDenied)
    message = str(denied)
    assert "person denied" not in message.lower()
    assert "nobody answered" in message.lower()
    assert "'deny'" in message  # the default that applied
    assert "delete_files" in message  # what was asked
    assert after.text  # the agent went on
    (answered,) = [r for r in await audit(run) if r["event"] == "approval.answered"]
    assert (answered["answer"], answered["by"]) == ("deny", "default")


async def test_a_default_stop_says_nobody_answered(harness: Harness) -> None:
    approver = UnattendedApprover(harness.sink, timeout=0.05, default="stop")
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}, {}])
    async with MemoryStore() as store:
        runtime = harness.runtime(store, make_policy(APPROVAL), approver=approver)
        with anyio.fail_after(10):
            outcome = await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
    assert seen(cls) == ["stopped"]
    assert outcome.exit_code == 3
    assert "person chose" not in outcome.reason.lower()
    assert "nobody answered" in outcome.reason.lower()


async def test_a_person_who_denies_is_still_named(harness: Harness) -> None:
    """The keyboard's answer keeps saying a person denied it."""
    approver = TerminalApprover(harness.sink, guard=0)

    async def press() -> None:
        with anyio.fail_after(5):
            while not approver.pending:
                await anyio.sleep(0.01)
        approver.press("d")

    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}])
    async with anyio.create_task_group() as tg:
        tg.start_soon(press)
        await harness.run([cls], make_policy(APPROVAL), approver=approver)
    (denied,) = seen(cls)
    assert isinstance(denied, EscalationDenied)
    assert "a person denied it" in str(denied).lower()


class WithdrawsIt:
    """A chat approver whose message was deleted before anyone answered: it says the request
    was withdrawn."""

    async def decide_with_source(self, request: Any) -> tuple[str, str]:
        return "deny", "cancelled"

    async def decide(self, request: Any) -> str:
        return "deny"


async def test_a_request_an_approver_withdrew_is_refused_as_withdrawn(harness: Harness) -> None:
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}, {}])
    run = await harness.run([cls], make_policy(APPROVAL), approver=WithdrawsIt())  # type: ignore[arg-type]
    denied, after = seen(cls)
    assert isinstance(denied, EscalationDenied)  # refused, not the agent stopped
    assert "withdrawn" in str(denied)
    assert "person denied" not in str(denied).lower()
    assert after.text
    (withdrawn,) = [r for r in await audit(run) if r["event"] == "approval.withdrawn"]
    assert withdrawn["by"] == "cancelled"
