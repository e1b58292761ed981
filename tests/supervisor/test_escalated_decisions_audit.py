"""What else was decided on a call held for a person is in the audit log, whatever the answer.

Before, the other decisions taken on a call that needed approval (a shadow rule's finding, a
warning) were recorded only when the call was approved and ran: denied, stopped or refused
after the answer, they reached neither the audit log nor the events, so a shadow rule being
tuned on live traffic missed exactly the calls a person had to look at.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_governor import audit, caller
from test_governor_support import Harness, make_policy

from policies import CallContext, Decision, Escalate, Rule, StopAgent, ToolContext
from supervisor import UnattendedApprover

pytestmark = pytest.mark.filterwarnings("error")


class WouldStop(Rule):
    name = "would-stop"
    mode = "shadow"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return StopAgent(rule=self.name, reason="Would stop this call.")

    def pre_tool(self, ctx: ToolContext, name: str, args: Any) -> Decision | None:
        return StopAgent(rule=self.name, reason="Would stop this tool call.")


class AskFirst(Rule):
    name = "ask-first"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Escalate(rule=self.name, reason="Check the prompt.", question="Send it?")


def decisions(records: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(r["decision"], r["rule"], r["mode"]) for r in records if r["event"] == "decision"]


@pytest.mark.parametrize("answer", ["deny", "stop", "approve"])
async def test_a_held_tool_calls_other_decisions_are_recorded_once(
    harness: Harness, answer: str
) -> None:
    approver = UnattendedApprover(harness.sink, timeout=0, default=answer)  # type: ignore[arg-type]
    cls = caller([{"tool": "delete_files", "args": {"path": "/srv/data"}}])
    run = await harness.run(
        [cls],
        make_policy({"tools": {"require_approval": ["delete_*"]}}),
        approver=approver,
        rules=[WouldStop()],
    )
    recorded = decisions(await audit(run))
    assert recorded.count(("StopAgent", "would-stop", "shadow")) == 1
    assert recorded.count(("Escalate", "tools.require_approval", "enforce")) == 1


@pytest.mark.parametrize("answer", ["deny", "approve"])
async def test_a_held_llm_calls_other_decisions_are_recorded_once(
    harness: Harness, answer: str
) -> None:
    approver = UnattendedApprover(harness.sink, timeout=0, default=answer)  # type: ignore[arg-type]
    cls = caller([{"prompt": "hello"}])
    run = await harness.run(
        [cls], make_policy(), approver=approver, rules=[AskFirst(), WouldStop()]
    )
    recorded = decisions(await audit(run))
    assert recorded.count(("StopAgent", "would-stop", "shadow")) == 1
    assert recorded.count(("Escalate", "ask-first", "enforce")) == 1
