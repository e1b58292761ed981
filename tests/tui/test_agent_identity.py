"""One row per agent: two agents of the same name in two sessions are two rows.

An agent's name is unique only within its session (one run, one session); a view fed by
several runtimes (two sessions of one target, in one process) kept one row per name, so the
two agents' calls, tokens and costs were added up in one row, the latest decision of either
overwrote the other's, and answering one agent's question set the other's row running.
"""

from __future__ import annotations

import io

from rich.console import Console

from supervisor._events import (
    AgentStateChanged,
    ApprovalAnswered,
    ApprovalRequested,
    BudgetSet,
    CallSettled,
    CallStarted,
    DecisionMade,
    RunEvent,
    StreamProgress,
)
from supervisor._tui import LiveDisplay, RunView, render_run, render_summary

USD = 1_000_000_000


def _screen(renderable: object, width: int = 160) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def _view(events: list[RunEvent]) -> RunView:
    view = RunView()
    for event in events:
        view.emit(event)
    return view


def _two_sessions() -> list[RunEvent]:
    events: list[RunEvent] = []
    for session, cost, tokens in (
        ("nightly", 3 * USD // 100, 300),
        ("hourly", 1 * USD // 100, 100),
    ):
        events += [
            AgentStateChanged("worker", "agents/worker", session, "running"),
            BudgetSet(session, "worker", USD),
            CallStarted("worker", session, f"{session}-1", "openai:gpt-4o", "llm", cost),
            StreamProgress("worker", f"{session}-1", tokens // 2, 10.0, cost // 2),
        ]
    for session, cost, tokens in (
        ("nightly", 3 * USD // 100, 300),
        ("hourly", 1 * USD // 100, 100),
    ):
        events += [
            CallSettled("worker", session, f"{session}-1", "openai:gpt-4o", 10, tokens, cost, "ok"),
            DecisionMade("worker", session, None, f"Warn-{session}", "budget", "enforce", "why"),
        ]
    return events


def test_two_agents_of_one_name_in_two_sessions_get_two_rows() -> None:
    view = _view(_two_sessions())
    rows = sorted(view.agents.values(), key=lambda r: r.session)
    assert [(r.session, r.agent) for r in rows] == [("hourly", "worker"), ("nightly", "worker")]
    hourly, nightly = rows
    assert (hourly.calls, hourly.tokens_out, hourly.cost) == (1, 100, USD // 100)
    assert (nightly.calls, nightly.tokens_out, nightly.cost) == (1, 300, 3 * USD // 100)
    assert hourly.last_decision == "Warn-hourly"
    assert nightly.last_decision == "Warn-nightly"
    assert {s.session: s.cost for s in view.sessions()} == {
        "nightly": 3 * USD // 100,
        "hourly": USD // 100,
    }
    # The session is shown where it tells the two apart: a group per session in the table,
    # a session column in the summary.
    screen = _screen(render_run(view))
    assert "session nightly" in screen
    assert "session hourly" in screen
    summary = _screen(render_summary(view))
    lines = [line for line in summary.splitlines() if "agents/worker" in line]
    assert len(lines) == 2
    assert any("nightly" in line and "$0.03" in line for line in lines), summary
    assert any("hourly" in line and "$0.01" in line for line in lines), summary


def test_streaming_goes_to_the_row_of_the_call_not_of_the_name() -> None:
    events = _two_sessions()[:8]  # both calls started and streaming, none settled
    view = _view(events)
    rows = {r.session: r for r in view.agents.values()}
    assert rows["nightly"].tokens_out_live == 150
    assert rows["hourly"].tokens_out_live == 50


def test_answering_one_agents_question_leaves_the_namesakes_waiting() -> None:
    events: list[RunEvent] = [
        AgentStateChanged("worker", "agents/worker", "nightly", "running"),
        AgentStateChanged("worker", "agents/worker", "hourly", "running"),
        ApprovalRequested("r-1", "worker", "nightly", "tools.x", "why", "", "rm(1)"),
        ApprovalRequested("r-2", "worker", "hourly", "tools.x", "why", "", "rm(2)"),
    ]
    view = _view(events)
    rows = {r.session: r for r in view.agents.values()}
    assert rows["nightly"].state == rows["hourly"].state == "waiting_approval"
    assert rows["nightly"].escalations == rows["hourly"].escalations == 1
    view.emit(ApprovalAnswered("r-1", "worker", "nightly", "approve", "keyboard", 1.0))
    assert rows["nightly"].state == "running"
    assert rows["hourly"].state == "waiting_approval"  # its question is still up
    # The question on screen names the session of the agent that asks.
    screen = _screen(LiveDisplay(view, Console(file=io.StringIO(), width=120, height=40)).render())
    assert "(session hourly)" in screen
    assert "rm(2)" in screen


def test_a_restart_counts_for_the_agent_that_restarted() -> None:
    view = _view(
        [
            AgentStateChanged("worker", "agents/worker", "nightly", "running"),
            AgentStateChanged("worker", "agents/worker", "hourly", "running"),
            AgentStateChanged("worker", "agents/worker", "hourly", "restarting", 1),
        ]
    )
    rows = {r.session: r for r in view.agents.values()}
    assert (rows["hourly"].restart_count, rows["hourly"].state) == (1, "restarting")
    assert (rows["nightly"].restart_count, rows["nightly"].state) == (0, "running")


def test_the_log_says_which_session_a_line_is_from_when_there_are_several() -> None:
    view = _view(_two_sessions())
    log = _screen(render_run(view, log_lines=8))
    assert "worker (nightly)" in log
    assert "worker (hourly)" in log
    # With one session, nothing to tell apart: the name alone.
    one = _view([e for e in _two_sessions() if getattr(e, "session", "") != "hourly"])
    assert "worker (" not in _screen(render_run(one, log_lines=8))
