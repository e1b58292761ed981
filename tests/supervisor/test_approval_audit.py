"""The audit log says what a person approved, not only that they approved something.

Every approval record (answered or withdrawn) carries the question's ``request_id`` (linking it
to the ``ApprovalRequested`` event) and the ``action`` the person was shown, with the tool's
arguments redacted as on screen: "approve" alone, under a call id, cannot tell an auditor
whether the person let the agent delete /tmp/x or /srv/data.
"""

from __future__ import annotations

import pytest
from test_governor import audit, caller, seen
from test_governor_support import Harness, make_policy

from supervisor import ApprovalRequested, UnattendedApprover

pytestmark = pytest.mark.filterwarnings("error")

APPROVAL = {"tools": {"require_approval": ["delete_*"]}}
KEY = "sk-proj-" + "Zx9" * 16


async def test_an_approval_record_names_what_was_approved(harness: Harness) -> None:
    approver = UnattendedApprover(harness.sink, timeout=0, default="approve")
    cls = caller([{"tool": "delete_files", "args": {"path": "/srv/data"}}])
    run = await harness.run([cls], make_policy(APPROVAL), approver=approver)
    (result,) = seen(cls)
    assert result.value == "deleted /srv/data"
    (asked,) = [e for e in harness.sink.events if isinstance(e, ApprovalRequested)]
    (answered,) = [r for r in await audit(run) if r["event"] == "approval.answered"]
    assert answered["request_id"] == asked.request_id
    assert answered["action"] == asked.action
    assert "/srv/data" in answered["action"]
    assert "delete_files" in answered["action"]


async def test_an_approval_record_keeps_secrets_out_as_the_screen_does(
    harness: Harness,
) -> None:
    approver = UnattendedApprover(harness.sink, timeout=0, default="deny")
    cls = caller([{"tool": "delete_files", "args": {"path": f"/tmp/x?api_key={KEY}"}}])
    run = await harness.run([cls], make_policy(APPROVAL), approver=approver)
    (answered,) = [r for r in await audit(run) if r["event"] == "approval.answered"]
    assert "delete_files" in answered["action"]
    assert KEY not in str(answered)
