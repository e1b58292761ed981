"""Keys in a tool's arguments, through the governor: the approval question (what a custom
approver, say a chat channel, receives), the run's events as the TUI gets them, the TUI's
screen and the audit log hold none of them."""

from __future__ import annotations

import io
import json
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


async def test_every_kind_of_decision_is_audited_with_every_field(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """A shadow reroute, a stream cut, a refusal, an escalation answered by the unattended
    default: each is in the audit log, with when, whose, which call, the rule, its mode, the
    numbers it saw and the action; and every decision the run's events showed is there."""
    from providers.sse_server import Scenario
    from supervisor import DecisionMade, tool

    from .conftest import Run

    pieces = ["The", " key", " is", " sk-", "abcdefghij0123456789WXYZ", " ok"]
    events = [
        "data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": piece}}]}) + "\n\n"
        for piece in pieces
    ]
    sse_server.enqueue(Scenario(events=events))

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        seen["answer"] = await agent.llm("Hi")
        for name in ("shell", "delete_bucket"):
            try:
                await agent.tool(name, x="1")
            except Exception as exc:
                seen[name] = exc

    @tool
    async def shell(self: Agent, x: str) -> str:
        return x

    @tool
    async def delete_bucket(self: Agent, x: str) -> str:
        return x

    policy = make_policy(
        sse_server,
        tools={"deny": ["shell"], "require_approval": ["delete_*"]},
        reroute=[{"from": "oai:big", "to": "oai:small", "when": "always", "mode": "shadow"}],
        stream_rules=[
            {"name": "key", "pattern": r"sk-[A-Za-z0-9]{24}", "fallback": "[cut]"},
        ],
    )
    run: Run = await run_agents(policy, agent_class(body, shell=shell, delete_bucket=delete_bucket))
    assert run.seen["answer"].fallback == "[cut]"
    records = await run.store.read_audit(session="s")
    decisions = [r for r in records if r.event == "decision"]
    kinds = {(r.data["decision"], r.data["rule"], r.data["mode"]) for r in decisions}
    assert {
        ("Reroute", "reroute", "shadow"),
        ("Interrupt", "stream_rules.key", "enforce"),
        ("Interrupt", "tools.deny", "enforce"),
        ("Escalate", "tools.require_approval", "enforce"),
    } <= kinds, kinds
    for record in decisions:
        assert record.time > 0
        assert (record.session, record.agent) == ("s", "worker")
        assert {"decision", "rule", "mode", "reason", "numbers", "call_id"} <= set(record.data)
        assert record.data["call_id"]
        assert isinstance(record.data["numbers"], dict)
    (answered,) = [r for r in records if r.event == "approval.answered"]
    assert answered.data["by"] == "default"
    assert answered.data["answer"] == "deny"
    assert answered.data["rule"] == "tools.require_approval"
    made = sorted((e.rule, e.call_id) for e in run.sink.events if isinstance(e, DecisionMade))
    assert made == sorted((r.data["rule"], r.data["call_id"]) for r in decisions)


async def test_a_crash_that_quotes_a_key_reaches_no_sink_and_no_outcome(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """An agent whose exception quotes a credential, until its supervisor gives up: the
    notice that says so (to every sink, a user's own too) and the run's reason are redacted."""

    async def body(agent: Agent, seen: dict[str, Any]) -> None:
        raise RuntimeError(
            f"cannot reach https://ops:{SECRETS['url_password']}@db.example.com "
            f"with aws_secret_access_key={SECRETS['aws_secret']}"
        )

    from .conftest import Run

    run: Run = await run_agents(make_policy(sse_server), agent_class(body))
    assert run.outcome is not None
    assert run.outcome.exit_code == 4  # escalated
    assert "db.example.com" in run.outcome.reason  # what failed is still said
    notices = [e for e in run.sink.events if isinstance(e, Notice)]
    assert any("gave up" in n.message for n in notices)
    # The supervision tree's acts are audited as the governor's decisions are: each restart
    # and the giving up, with why, redacted.
    records = await run.store.read_audit(session="s")
    restarts = [r for r in records if r.event == "agent.restarted"]
    (gave_up,) = [r for r in records if r.event == "supervisor.gave_up"]
    assert restarts
    assert [r.data["restart_count"] for r in restarts] == list(range(1, len(restarts) + 1))
    for record in restarts:
        assert record.agent == "worker"
        assert record.data["by"] == "supervisor"
        assert "RuntimeError" in record.data["reason"]
    assert "RuntimeError" in gave_up.data["reason"]
    shown = repr(run.sink.events) + run.outcome.reason + repr(records)
    assert [name for name, secret in SECRETS.items() if secret in shown] == []
