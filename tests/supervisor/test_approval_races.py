"""Escalations racing with stops: a question held for a person while the agent or its session
is stopped.

A call held for approval is not running, so cutting the calls in flight does not reach it: the
question must be withdrawn (the person told, the audit log saying so), and an answer that
crosses the stop must never run the call after it.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any, ClassVar

import anyio
import pytest
from test_governor import caller, seen
from test_governor_support import Harness, make_policy

from supervisor import (
    Agent,
    AgentStateChanged,
    ApprovalAnswered,
    ApprovalRequest,
    ApprovalRequested,
    CallDenied,
    MemoryStore,
    SQLiteStore,
    Team,
    TerminalApprover,
)
from supervisor._store import StopSignal
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from pathlib import Path

    from supervisor import LedgerStore, RunOutcome

pytestmark = pytest.mark.filterwarnings("error")

APPROVAL = {"tools": {"require_approval": ["delete_*"]}}


class Gate:
    """A person who answers when the test says so; ``shielded``: one whose answer was already
    on its way when the stop came (it cannot be withdrawn)."""

    def __init__(self, answer: str = "approve", *, shielded: bool = False) -> None:
        self.answer = answer
        self.shielded = shielded
        self.requests: list[ApprovalRequest] = []
        self.asked = anyio.Event()
        self.go = anyio.Event()
        self.withdrawn = False

    async def decide(self, request: ApprovalRequest) -> Any:
        self.requests.append(request)
        self.asked.set()
        try:
            with anyio.CancelScope(shield=self.shielded):
                await self.go.wait()
        except anyio.get_cancelled_exc_class():
            self.withdrawn = True
            raise
        return self.answer


async def run_with(
    harness: Harness,
    store: LedgerStore,
    classes: list[type[Agent]],
    approver: Any,
    operator: Any,
) -> RunOutcome:
    runtime = harness.runtime(store, make_policy(APPROVAL), approver=approver)  # type: ignore[arg-type]
    spec = TargetSpec("t", tuple(AgentSpec(c.name or "", c) for c in classes))
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            tg.start_soon(operator, store)
            outcome = await runtime.run(spec)
    governor = runtime.governor
    assert governor is not None
    assert governor.statistics()["held_for_approval"] == 0
    return outcome


async def records(store: LedgerStore, event: str) -> list[dict[str, Any]]:
    return [dict(r.data, agent=r.agent) for r in await store.read_audit() if r.event == event]


async def _kill_the_governor_once_asked(approver: Any, holder: list[Any]) -> tuple[Any, Any]:
    """Wait until a person is asked, then kill the governor; the runtime and the dead one."""
    while not approver.pending:
        await anyio.sleep(0.01)
    (runtime,) = holder
    governor = runtime.governor
    governor.ref.kill("a test kills the governor", by="test")
    return runtime, governor


async def test_an_agent_stopped_while_a_person_decides_has_its_question_withdrawn(
    harness: Harness,
) -> None:
    """An operator stops the agent while its `delete_files` waits for a person: the question
    is withdrawn at once, the tool never runs, and the audit log says why."""
    gate = Gate("approve")
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}, {}])

    async def operator(store: LedgerStore) -> None:
        await gate.asked.wait()
        await store.publish_stop(StopSignal("agent", "a1", reason="runaway", by="ops"))

    async with MemoryStore() as store:
        outcome = await run_with(harness, store, [cls], gate, operator)
        (withdrawn,) = await records(store, "approval.withdrawn")
        assert not await records(store, "approval.answered")
    assert gate.withdrawn  # the person is no longer asked
    assert seen(cls) == ["stopped"]  # AgentStopped; the tool did not run
    assert outcome.exit_code == 3
    assert withdrawn["call_id"] == gate.requests[0].call_id
    assert withdrawn["request_id"] == gate.requests[0].request_id
    assert withdrawn["action"] == gate.requests[0].action  # what the person was asked
    assert (withdrawn["answer"], withdrawn["by"]) == ("deny", "cancelled")
    assert withdrawn["rule"] == "tools.require_approval"
    assert "stopped" in withdrawn["reason"]
    assert "runaway" in withdrawn["reason"]


@pytest.mark.parametrize("answer", ["approve", "deny"])
async def test_an_answer_that_crosses_the_stop_is_not_acted_on(
    harness: Harness, answer: str
) -> None:
    """The person's "approve" was already on its way when the operator stopped the agent:
    the stop wins, and the audit log keeps the answer with a note saying it was not used."""
    gate = Gate(answer, shielded=True)
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}, {}])

    async def operator(store: LedgerStore) -> None:
        await gate.asked.wait()
        await store.publish_stop(StopSignal("agent", "a1", reason="runaway", by="ops"))
        with anyio.fail_after(5):
            while not any(
                isinstance(e, AgentStateChanged) and e.state == "stopped"
                for e in harness.sink.events
            ):
                await anyio.sleep(0.01)
        gate.go.set()  # the answer comes after the governor stopped the agent

    async with MemoryStore() as store:
        outcome = await run_with(harness, store, [cls], gate, operator)
        (answered,) = await records(store, "approval.answered")
    assert seen(cls) == ["stopped"]
    assert outcome.exit_code == 3
    assert answered["answer"] == answer
    assert "not acted on" in answered["note"]


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
async def test_a_stopped_session_withdraws_every_pending_question_and_audits_each(
    harness: Harness, tmp_path: Path, backend: str
) -> None:
    """Five agents wait at the terminal's approval prompt when an operator stops the
    session: every question leaves the prompt, the run exits 3, and each has its
    withdrawal in the audit log next to its escalation."""
    approver = TerminalApprover(harness.sink)
    classes = [
        caller([{"tool": "delete_files", "args": {"path": f"/tmp/{i}"}}], name=f"a{i}")
        for i in range(5)
    ]

    async def operator(store: LedgerStore) -> None:
        with anyio.fail_after(5):
            while len(approver.pending) < 5:
                await anyio.sleep(0.01)
        await store.publish_stop(StopSignal("session", "s1", reason="runaway", by="ops"))

    store: LedgerStore = (
        MemoryStore() if backend == "memory" else SQLiteStore(tmp_path / "ledger.db")
    )
    async with store:
        outcome = await run_with(harness, store, classes, approver, operator)
        escalated = [r for r in await records(store, "decision") if r["decision"] == "Escalate"]
        withdrawn = await records(store, "approval.withdrawn")
    assert outcome.exit_code == 3
    assert approver.pending == ()
    asked = [e for e in harness.sink.events if isinstance(e, ApprovalRequested)]
    told = [e for e in harness.sink.events if isinstance(e, ApprovalAnswered)]
    assert sorted(e.request_id for e in told) == sorted(e.request_id for e in asked)
    assert {e.by for e in told} == {"cancelled"}
    # The person is told why each question left the prompt (before: "The request was
    # withdrawn.", with no word of the stop).
    for note in {e.note for e in told}:
        assert note in (
            "The request was withdrawn: the agent was stopped: runaway.",
            "The request was withdrawn: the session was stopped: runaway.",
        ), note
    assert len(asked) == len(escalated) == 5
    assert sorted((r["agent"], r["call_id"]) for r in withdrawn) == sorted(
        (r["agent"], r["call_id"]) for r in escalated
    )
    assert all("runaway" in r["reason"] or "ended" in r["reason"] for r in withdrawn)
    assert all(c.seen == [] or c.seen == ["stopped"] for c in classes)  # type: ignore[attr-defined]


async def test_a_question_asked_before_a_governor_restart_is_still_withdrawn_by_a_stop(
    harness: Harness,
) -> None:
    """The governor crashed and was restarted while a person was asked, and then an
    operator stopped the agent: the question asked by the dead governor must still be
    withdrawn, or the run waits for a person to answer a stopped agent's question."""
    approver = TerminalApprover(harness.sink)
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}, {}])
    holder: list[Any] = []

    async def operator(store: LedgerStore) -> None:
        with anyio.fail_after(5):
            runtime, governor = await _kill_the_governor_once_asked(approver, holder)
            while runtime.governor in (governor, None) or runtime.link.ref is None:
                await anyio.sleep(0.01)
        await store.publish_stop(StopSignal("agent", "a1", reason="runaway", by="ops"))

    async with MemoryStore() as store:
        runtime = harness.runtime(store, make_policy(APPROVAL), approver=approver)
        holder.append(runtime)
        spec = TargetSpec("t", (AgentSpec("a1", cls),))
        with anyio.fail_after(10):
            async with anyio.create_task_group() as tg:
                tg.start_soon(operator, store)
                outcome = await runtime.run(spec)
        (withdrawn,) = await records(store, "approval.withdrawn")
        assert not await records(store, "approval.answered")
    assert outcome.exit_code == 3
    assert approver.pending == ()
    assert seen(cls) == ["stopped"]
    assert "runaway" in withdrawn["reason"]


class Crasher(Agent):
    """Crashes soon after it starts, every time: its supervisor soon gives up."""

    model = "fast:big"
    name = "crasher"
    restart = "transient"

    async def run(self) -> None:
        await anyio.sleep(0.1)
        raise RuntimeError("boom")


async def test_a_supervisor_that_gives_up_withdraws_its_agents_questions(
    harness: Harness,
) -> None:
    """A sibling crashes past the team's restart limit while an agent waits for a person: the
    team is shut down and the run escalates (exit 4) at once, its question withdrawn with
    why. Before, the waiting agent held the shutdown for its whole grace period (5 s), its
    question still answerable: an 'approve' would run the tool in a team that had
    given up."""
    approver = TerminalApprover(harness.sink)
    waiting = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}], name="a1")
    team = Team([waiting, Crasher], max_restarts=1, max_seconds=10)
    started = anyio.current_time()
    run = await harness.run(team, make_policy(APPROVAL), approver=approver)
    took = anyio.current_time() - started
    assert run.outcome is not None
    assert run.outcome.exit_code == 4
    assert took < 3.0  # not the 5 s shutdown grace period
    assert approver.pending == ()
    (withdrawn,) = await records(run.store, "approval.withdrawn")
    assert withdrawn["agent"] == "a1"
    # Why: the governor's word (the supervisor gave up) or the agent's own (it is being
    # stopped), whichever reached the governor first.
    assert "gave up" in withdrawn["reason"] or "stopping" in withdrawn["reason"]
    told = [e for e in harness.sink.events if isinstance(e, ApprovalAnswered)]
    assert [e.by for e in told] == ["cancelled"]
    (note,) = [e.note for e in told]
    assert note in (
        "The request was withdrawn: its supervisor 't' reached its restart limit and gave up.",
        "The request was withdrawn: its supervisor is stopping the agent (its team restarts "
        "or shuts down).",
    ), note
    assert seen(waiting) == ["stopped"]  # AgentStopped: the tool never ran


async def test_the_session_deadline_withdraws_a_question_its_answer_could_not_change(
    harness: Harness,
) -> None:
    """``max_session_seconds`` with ``action = "refuse"``: at the deadline the running calls
    are cut, and a call held for a person is refused too (whatever the person answered, the
    deadline would refuse it). Before, its question stayed up after the deadline and, at a
    terminal with no timeout, the run waited for a person to answer it."""
    approver = TerminalApprover(harness.sink)
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}], name="a1")
    policy = make_policy({**APPROVAL, "limits": {"max_session_seconds": 0.5}})
    async with MemoryStore() as store:
        runtime = harness.runtime(store, policy, approver=approver)
        with anyio.fail_after(10):
            outcome = await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
        (withdrawn,) = await records(store, "approval.withdrawn")
    assert approver.pending == ()
    (refused,) = seen(cls)
    assert isinstance(refused, CallDenied)
    assert refused.rule == "limits.max_session_seconds"
    assert "max_session_seconds" in withdrawn["reason"] or "0.5s" in withdrawn["reason"]
    assert outcome.exit_code == 0  # the agent heard the refusal and finished
    (told,) = [e for e in harness.sink.events if isinstance(e, ApprovalAnswered)]
    assert told.note.startswith("The request was withdrawn: the session's time ran out: "), (
        told.note
    )


class CrashOnce(Agent):
    """Crashes once, soon after it starts; a one_for_all team restarts its siblings too."""

    model = "fast:big"
    name = "crash_once"
    restart = "transient"
    crashed: ClassVar[list[bool]] = []

    async def run(self) -> None:
        await anyio.sleep(0.1)
        if not self.crashed:
            self.crashed.append(True)
            raise RuntimeError("boom")


async def test_an_agent_restarted_with_its_team_withdraws_its_question_at_once(
    harness: Harness,
) -> None:
    """A sibling crashes in a one_for_all team while an agent waits for a person: the waiting
    agent is stopped to be restarted, and its question goes at once. Before, the stop waited
    for the person (or the 5 s grace period), with the question answerable: an 'approve' ran
    the tool in the instance being restarted, and the team's restart waited for it."""
    CrashOnce.crashed = []
    gate = Gate("approve")
    waiting = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}], name="a1")
    team = Team([waiting, CrashOnce], strategy="one_for_all", max_restarts=3, max_seconds=10)

    async def approve_the_second_question() -> None:
        with anyio.fail_after(5):
            while len(gate.requests) < 2:
                await anyio.sleep(0.01)
        gate.go.set()

    started = anyio.current_time()
    async with anyio.create_task_group() as tg:
        tg.start_soon(approve_the_second_question)
        run = await harness.run(team, make_policy(APPROVAL), approver=gate)
    assert run.outcome is not None
    assert run.outcome.exit_code == 0
    assert anyio.current_time() - started < 3.0  # not the 5 s grace period
    assert gate.withdrawn  # the first instance's question was withdrawn
    # The first instance never ran the tool; the restarted one asked again and ran it once.
    first, second = seen(waiting)
    assert first == "stopped"
    assert second.value == "deleted /tmp/x"
    withdrawn = await records(run.store, "approval.withdrawn")
    assert [r["request_id"] for r in withdrawn] == [gate.requests[0].request_id]
    (answered,) = await records(run.store, "approval.answered")
    assert answered["request_id"] == gate.requests[1].request_id


async def test_many_agents_answered_at_random_then_stopped_leave_a_complete_record(
    harness: Harness,
) -> None:
    """Forty agents each ask twice; a person answers 30 questions at random (approve, deny,
    stop), then an operator stops the session with questions still up. Every escalation in
    the audit log has exactly one answer or withdrawal, every question on screen its answer
    event, nothing is left pending, and no stopped agent is left shown as running."""
    approver = TerminalApprover(harness.sink, guard=0)
    classes = [
        caller(
            [
                {"tool": "delete_files", "args": {"path": f"/tmp/{i}"}},
                {"tool": "delete_files", "args": {"path": f"/tmp/{i}b"}},
            ],
            name=f"a{i}",
        )
        for i in range(40)
    ]
    rng = random.Random(7)

    async def person(store: LedgerStore) -> None:
        answered = 0
        while answered < 30:
            if approver.pending:
                approver.press(rng.choice("ads"))
                answered += 1
            await anyio.sleep(0.001)
        await store.publish_stop(StopSignal("session", "s1", reason="enough", by="ops"))

    async with MemoryStore() as store:
        outcome = await run_with(harness, store, classes, approver, person)
        audit = [(r.event, r.agent, dict(r.data)) for r in await store.read_audit()]
    escalated = sorted(
        (agent, data["call_id"])
        for event, agent, data in audit
        if event == "decision" and data["decision"] == "Escalate"
    )
    closed = sorted(
        (agent, data["call_id"])
        for event, agent, data in audit
        if event in ("approval.answered", "approval.withdrawn")
    )
    assert escalated == closed
    asked = sorted(e.request_id for e in harness.sink.events if isinstance(e, ApprovalRequested))
    told = sorted(e.request_id for e in harness.sink.events if isinstance(e, ApprovalAnswered))
    assert asked == told
    assert approver.pending == ()
    assert outcome.exit_code == 3
    assert "running" not in outcome.agents.values(), outcome.agents
    assert "waiting_approval" not in outcome.agents.values(), outcome.agents


async def test_a_question_withdrawn_by_a_restarted_governor_is_not_asked_again(
    harness: Harness,
) -> None:
    """The governor is restarted while a person is asked, and then the session's deadline
    (``action = "refuse"``) withdraws the question: the agent hears the limit's refusal and
    the audit log the withdrawal, rather than the call being sent again as if the restarted
    governor had merely lost the question."""
    approver = TerminalApprover(harness.sink)
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}], name="a1")
    policy = make_policy({**APPROVAL, "limits": {"max_session_seconds": 0.6}})
    holder: list[Any] = []

    async def kill_the_governor(store: LedgerStore) -> None:
        with anyio.fail_after(5):
            await _kill_the_governor_once_asked(approver, holder)

    async with MemoryStore() as store:
        runtime = harness.runtime(store, policy, approver=approver)
        holder.append(runtime)
        with anyio.fail_after(10):
            async with anyio.create_task_group() as tg:
                tg.start_soon(kill_the_governor, store)
                await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
        (withdrawn,) = await records(store, "approval.withdrawn")
        assert not await records(store, "approval.answer_unheld")
    (refused,) = seen(cls)
    assert isinstance(refused, CallDenied)
    assert refused.rule == "limits.max_session_seconds"
    assert "time ran out" in withdrawn["reason"]
    assert len([e for e in harness.sink.events if isinstance(e, ApprovalRequested)]) == 1


async def test_after_the_session_deadline_a_tool_is_refused_without_asking_anyone(
    harness: Harness,
) -> None:
    """``max_session_seconds`` (``action = "refuse"``) refuses later calls: tool calls too.
    Before, a tool call after the deadline ran, and one needing approval asked a person
    first, only to be refused whatever they answered."""
    approver = Gate("approve")
    approver.go.set()
    cls = caller(
        [
            {},
            {"tool": "delete_files", "args": {"path": "/tmp/x"}},
            {"tool": "search", "args": {"q": "x"}},
        ],
        pause=0.4,
    )
    policy = make_policy({**APPROVAL, "limits": {"max_session_seconds": 0.2}})
    run = await harness.run([cls], policy, approver=approver)
    first, deleting, searching = seen(cls)
    assert first.text  # before the deadline
    for refused in (deleting, searching):
        assert isinstance(refused, CallDenied)
        assert refused.rule == "limits.max_session_seconds"
    assert approver.requests == []  # nobody was asked
    assert run.outcome is not None
    assert run.outcome.exit_code == 0
