"""Keys in a tool's arguments, through the governor: the approval question (what a custom
approver, say a chat channel, receives), the run's events as the TUI gets them, the TUI's
screen and the audit log hold none of them."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import anyio
from rich.console import Console

from supervisor import (
    ApprovalRequest,
    MemoryStore,
    Notice,
    RecordingSink,
    Runtime,
    TargetSpec,
)
from supervisor._target import AgentSpec
from supervisor._tui import RunView, render_run

from .conftest import agent_class, make_policy, router_for

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent, ApprovalAnswer

SECRETS = {
    "aws_id": "AKIAIOSFODNN7GOVERN1",
    "aws_secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYGOVERNKEY",
    "url_password": "hunter2-govern-pw",
    "bearer": "govern-bearer-token-0123456789",
    "opaque": "opaque-govern-value-55",
}


class RecordingApprover:
    """A custom approver (a chat channel in production): keeps what it was asked, denies."""

    def __init__(self) -> None:
        self.asked: list[ApprovalRequest] = []

    async def decide(self, request: ApprovalRequest) -> ApprovalAnswer:
        self.asked.append(request)
        return "deny"


async def body(agent: Agent, seen: dict[str, Any]) -> None:
    for name, args in (
        (
            "delete_bucket",
            {
                "bucket": SECRETS["aws_id"],
                "aws_secret_access_key": SECRETS["aws_secret"],
                "mirror": f"https://ops:{SECRETS['url_password']}@backup.example.com/b",
            },
        ),
        ("shell", {"cmd": f"curl -H 'Authorization: Bearer {SECRETS['bearer']}' x"}),
        ("delete_bucket", {"bucket": "b", "options": {"client_secret": SECRETS["opaque"]}}),
    ):
        try:
            await agent.tool(name, **args)
        except Exception as exc:
            seen.setdefault("errors", []).append(exc)
    agent.report(f"done; my AWS key is {SECRETS['aws_id']}")


async def test_keys_in_tool_arguments_reach_no_question_event_screen_or_audit(
    sse_server: SSEServer,
) -> None:
    from supervisor import tool

    @tool
    async def shell(self: Agent, cmd: str) -> str:
        return "ran"

    @tool
    async def delete_bucket(
        self: Agent,
        bucket: str,
        aws_secret_access_key: str = "",
        mirror: str = "",
        options: dict[str, str] | None = None,
    ) -> str:
        return "deleted"

    cls = agent_class(body, delete_bucket=delete_bucket, shell=shell)
    policy = make_policy(sse_server, tools={"deny": ["shell"], "require_approval": ["delete_*"]})
    sink = RecordingSink()
    approver = RecordingApprover()
    router = router_for(policy)
    seen: dict[str, Any] = {}
    cls._seen = seen  # type: ignore[attr-defined]
    async with MemoryStore() as store:
        runtime = Runtime(
            policy=policy,
            store=store,
            router=router,
            approver=approver,
            sink=sink,
            session="s",
            embedder=None,
        )
        try:
            with anyio.fail_after(20):
                await runtime.run(TargetSpec("it", (AgentSpec("worker", cls),)))
        finally:
            await router.aclose()
        audit = await store.read_audit()

    assert len(approver.asked) == 2  # both delete_bucket calls were asked about, and denied
    assert len(seen["errors"]) == 3
    assert "delete_bucket" in approver.asked[0].action
    assert any(isinstance(e, Notice) and "done" in e.message for e in sink.events)
    view = RunView()
    for event in sink.events:
        view.emit(event)
    console = Console(file=io.StringIO(), width=200, force_terminal=False, color_system=None)
    console.print(render_run(view))
    screen = console.file.getvalue()  # type: ignore[attr-defined]
    outputs = {
        "questions": repr(approver.asked),
        "events": repr(sink.events),
        "screen": screen,
        "log pane": repr(list(view.log)),
        "audit": repr(audit),
    }
    assert "decision" in outputs["audit"]
    leaks = {
        where: [name for name, secret in SECRETS.items() if secret in text]
        for where, text in outputs.items()
    }
    assert leaks == {where: [] for where in outputs}, leaks
