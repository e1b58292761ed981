"""The live view: what a person sees, rendered into a string console."""

from __future__ import annotations

import io
import sys

import anyio
import pytest
from rich.console import Console

from policies import format_usd
from supervisor._approvals import ApprovalRequest
from supervisor._events import (
    AgentStateChanged,
    ApprovalAnswered,
    ApprovalRequested,
    BudgetSet,
    CallSettled,
    CallStarted,
    DecisionMade,
    RunEvent,
    RunFinished,
    RunStarted,
    SemanticStatus,
    StreamProgress,
)
from supervisor._tui import (
    LiveDisplay,
    RunView,
    cost_bar,
    format_numbers,
    render_run,
    render_summary,
)

USD = 1_000_000_000


def _screen(renderable: object, width: int = 120) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def _line_with(screen: str, needle: str) -> str:
    lines = [line for line in screen.splitlines() if needle in line]
    assert lines, f"{needle!r} not on screen:\n{screen}"
    return lines[0]


def _view(events: list[RunEvent]) -> RunView:
    view = RunView()
    for event in events:
        view.emit(event)
    return view


def _demo_events() -> list[RunEvent]:
    request = ApprovalRequest(
        agent="coder",
        session="demo",
        rule="tools.delete_files",
        reason="delete_files needs a person's approval.",
        evidence={"tool": "delete_files"},
        action="delete_files(path='build/')",
    )
    return [
        RunStarted("examples/agents", "demo", "policy.toml", "trio"),
        SemanticStatus("loading"),
        BudgetSet("demo", None, 5 * USD),
        AgentStateChanged("researcher", "root/researcher", "demo", "running"),
        AgentStateChanged("writer", "root/writer", "demo", "running"),
        AgentStateChanged("coder", "root/coder", "demo", "running"),
        BudgetSet("demo", "writer", 1 * USD),
        CallStarted("writer", "demo", "w1", "anthropic:claude-opus-4", "llm", USD // 2),
        StreamProgress("writer", "w1", 640, 48.7, USD // 4),
        CallSettled("researcher", "demo", "r1", "openai:gpt-4o-mini", 1200, 300, 2_000_000, "ok"),
        DecisionMade(
            "researcher",
            "demo",
            "r2",
            "RestartAgent",
            "loop.semantic",
            "enforce",
            "The last 3 answers are paraphrases of each other.",
            {"similarity": 0.934, "threshold": 0.9},
        ),
        AgentStateChanged("researcher", "root/researcher", "demo", "restarting", restart_count=2),
        request.to_event(),
    ]


def test_rows_states_and_columns() -> None:
    view = RunView()
    for event in _demo_events():
        view.emit(event)
    screen = _screen(render_run(view))
    writer = _line_with(screen, "root/writer")
    assert "running" in writer
    assert "claude-opus-4" in writer
    assert "0/640" in writer  # tokens in/out so far
    assert "49" in writer  # tokens per second while streaming
    assert "$0.25/$1.00" in writer  # cost against budget
    assert "██" in writer  # the bar
    researcher = _line_with(screen, "root/researcher")
    assert "restarting (2)" in researcher
    assert "1200/300" in researcher
    assert "RestartAgent" in researcher
    assert "NEEDS APPROVAL" in _line_with(screen, "root/coder")
    # Header: totals and detector status.
    assert "3 agents" in screen
    assert "semantic detector: loading" in screen
    assert "$5.00" in screen  # the session budget
    # The approval prompt: which agent, what it wants, why, the keys.
    assert "Approval needed" in screen
    assert "delete_files(path='build/')" in screen
    assert "tools.delete_files: delete_files needs a person's approval." in screen
    assert "evidence tool=delete_files" in screen
    assert "[a] approve   [d] deny   [s] stop this agent" in screen
    # The log: the loop with its similarity score.
    assert "RestartAgent by loop.semantic" in screen
    assert "similarity=0.934" in screen


def test_wide_and_narrow_terminals() -> None:
    view = RunView()
    for event in _demo_events():
        view.emit(event)
    wide = _screen(render_run(view), width=160)
    assert "anthropic:claude-opus-4" in _line_with(wide, "root/writer")
    narrow = _screen(render_run(view), width=80)
    writer = _line_with(narrow, " writer ")  # narrow: the agent's name, not its path
    assert "running" in writer
    assert "$0.25/$1.00" in writer
    assert all(len(line) <= 80 for line in narrow.splitlines())


def test_budget_cut_is_logged_with_its_numbers() -> None:
    view = RunView()
    view.emit(
        DecisionMade(
            "writer",
            "demo",
            "w1",
            "Interrupt",
            "budget.agent",
            "enforce",
            "The writer's budget ran out mid-answer.",
            {"dimension": "cost", "limit": USD, "spent": USD, "output_tokens": 20000},
        )
    )
    screen = _screen(render_run(view), width=200)
    assert "Interrupt by budget.agent" in screen
    assert "limit=$1.00, spent=$1.00, output_tokens=20000" in screen
    assert view.row_of("writer").interruptions == 1


def test_a_limit_that_counts_calls_or_tokens_is_not_shown_as_money() -> None:
    """Before, every "limit" and "remaining" was read as nano-dollars: the call limit of 50
    showed as "limit=$0.00", a token budget's 800 tokens left as "remaining=$0.000001"."""
    assert format_numbers({"count": 51, "limit": 50}) == "count=51, limit=50"
    assert format_numbers({"tokens_last_minute": 900, "needed": 200, "limit": 10_000}) == (
        "tokens_last_minute=900, needed=200, limit=10,000"
    )
    tokens = {"scope": "session:s", "dimension": "tokens", "needed": 1200, "remaining": 800}
    assert format_numbers(tokens) == (
        "scope=session:s, dimension=tokens, needed=1,200, remaining=800"
    )
    cost = {"dimension": "cost", "needed": 7_882_500, "remaining": 6_000_000, "max_tokens": 600}
    assert format_numbers(cost) == (
        "dimension=cost, needed=$0.007882, remaining=$0.006, max_tokens=600"
    )
    assert format_numbers({"reserved_cost": USD, "output_tokens": 20}) == (
        "reserved_cost=$1.00, output_tokens=20"
    )


def test_shadow_decisions_are_marked_and_not_counted() -> None:
    view = RunView()
    view.emit(DecisionMade("w", "s", None, "Interrupt", "r", "shadow", "would cut", {}))
    assert view.row_of("w").interruptions == 0
    assert "Interrupt (shadow) by r" in _screen(render_run(view))


def test_settling_moves_live_spend_to_settled() -> None:
    view = RunView()
    view.emit(CallStarted("w", "s", "c1", "m", "llm", 100))
    view.emit(StreamProgress("w", "c1", 10, 5.0, 40))
    assert view.row_of("w").spend == 40
    assert view.row_of("w").tokens_per_second == 5.0
    view.emit(CallSettled("w", "s", "c1", "m", 3, 12, 50, "ok"))
    row = view.row_of("w")
    assert (row.spend, row.calls, row.tokens_out_live, row.tokens_per_second) == (50, 1, 12, None)


def test_calls_are_llm_calls_as_the_ledger_counts_them() -> None:
    """A tool call's settle costs what it costs but is no call: `supervise ledger` and the
    policy's `[limits]` count LLM calls (a tool call is a step), and the TUI said 28 where the
    ledger said 24 for the same demo run."""
    view = RunView()
    view.emit(CallStarted("w", "s", "c1", "m", "llm", 100))
    view.emit(CallSettled("w", "s", "c1", "m", 3, 12, 50, "ok"))
    view.emit(CallStarted("w", "s", "t1", "tool:search", "tool", 0))
    view.emit(CallSettled("w", "s", "t1", "tool:search", 0, 0, 7, "ok"))
    row = view.row_of("w")
    assert (row.calls, row.spend) == (1, 57)


def test_answered_approval_leaves_the_screen() -> None:
    view = RunView()
    events = _demo_events()
    for event in events:
        view.emit(event)
    request = events[-1]
    assert view.pending_approvals
    view.emit(
        ApprovalAnswered(
            request.request_id,  # type: ignore[union-attr]
            "coder",
            "demo",
            "approve",
            "keyboard",
            waited=2.5,
        )
    )
    screen = _screen(render_run(view))
    assert "Approval needed" not in screen
    assert "approval answered 'approve' at the keyboard after 2.5s" in screen
    assert "NEEDS APPROVAL" not in screen


def test_queued_approvals_show_the_count() -> None:
    view = RunView()
    for agent in ("a", "b", "c"):
        view.emit(ApprovalRequest(agent, "s", "r", "why", "", f"tool_{agent}()").to_event())
    screen = _screen(render_run(view))
    assert "Approval needed (1 of 3, 2 queued)" in screen
    assert "tool_a()" in _line_with(screen, "wants")


def test_semantic_ready_and_failed() -> None:
    view = RunView()
    view.emit(SemanticStatus("ready"))
    assert "semantic detector: ready" in _screen(render_run(view))
    view.emit(SemanticStatus("failed", "the model files are missing"))
    screen = _screen(render_run(view))
    assert "semantic detector: failed" in screen
    assert "the model files are missing" in screen


def test_two_hundred_agents_stay_readable() -> None:
    view = RunView()
    for i in range(200):
        session = f"team{i % 4}"
        view.emit(AgentStateChanged(f"a{i:03}", f"root/{session}/a{i:03}", session, "done"))
    view.emit(AgentStateChanged("a150", "root/team2/a150", "team2", "waiting_approval"))
    view.emit(CallSettled("a007", "team3", "c", "m", 1, 1, 9 * USD, "ok"))
    view.emit(AgentStateChanged("a007", "root/team3/a007", "team3", "running"))
    screen = _screen(render_run(view, max_rows=30))
    lines = screen.splitlines()
    assert len(lines) < 60
    assert "200 agents" in screen
    more = [line for line in lines if " more " in line and "+" in line]
    assert len(more) == 4  # one "+N more" per session group, with what they are doing
    assert all("done" in line for line in more)
    for team in range(4):
        assert f"session team{team}" in screen
    # The busiest are visible: the one waiting for a person, and the one spending.
    assert "root/team2/a150" in screen
    assert "root/team3/a007" in screen
    # The group needing a person comes first.
    assert screen.index("session team2") < screen.index("session team0")


def test_summary_table_per_agent() -> None:
    view = RunView()
    for event in _demo_events():
        view.emit(event)
    view.emit(DecisionMade("writer", "demo", "w1", "Interrupt", "budget", "enforce", "cut", {}))
    view.emit(RunFinished(3, "The policy stopped the session."))
    screen = _screen(render_summary(view))
    assert "Run summary" in screen
    header = _line_with(screen, "interrupts")
    for column in ("spend", "calls", "restarts", "escalations"):
        assert column in header
    writer = _line_with(screen, "root/writer").split()
    assert writer[-4:] == ["0", "1", "0", "0"]  # calls, interruptions, restarts, escalations
    researcher = _line_with(screen, "root/researcher").split()
    assert researcher[-4:] == ["1", "0", "2", "0"]
    coder = _line_with(screen, "root/coder").split()
    assert coder[-1] == "1"
    assert "total" in screen
    assert "exit 3: The policy stopped the session." in screen
    # At 80 columns the counters take short headers, explained under the table, so that no
    # agent's path is folded.
    narrow = _screen(render_summary(view), width=80)
    assert _line_with(narrow, "calls").split()[-3:] == ["int.", "rst.", "esc."]
    assert "int. interrupts · rst. restarts · esc. escalations" in narrow
    assert _line_with(narrow, "root/researcher").split()[-4:] == ["1", "0", "2", "0"]
    assert _line_with(narrow, "root/coder").split()[-1] == "1"


def test_summary_on_a_narrow_terminal_never_cuts_a_number() -> None:
    """Several sessions and long paths: the text columns fold before any number is cut; on
    a terminal too narrow for any table, one line per agent says the same."""
    view = RunView()
    for event in _demo_events():
        view.emit(event)
    view.emit(RunFinished(4, "escalated"))
    for n, row in enumerate(view.agents.values()):
        row.session = f"run-20261127-2214{n:02d}"
        row.path = f"examples/agents/{row.path}/{row.agent}"
    total = format_usd(sum(r.spend for r in view.agents.values()))
    for width in (100, 80):
        screen = _screen(render_summary(view), width=width)
        assert _line_with(screen, "total").split()[-5:] == [total, "1", "0", "2", "1"]
        assert "examples/agents/root/researcher/researcher" not in screen  # folded
        assert "run-2026112" in screen  # the session column folds too
    lines = _screen(render_summary(view), width=50)
    assert "researcher/researcher (run-20261127-2214" in lines.replace("\n", "")
    assert "2 restarts" in lines
    assert f"total: {total}, 1 call" in lines
    wide = _screen(render_summary(view), width=160)
    assert "examples/agents/root/researcher/researcher" in wide  # nothing folded
    assert "escalations" in _line_with(wide, "interrupts")


def test_summary_after_an_interrupted_run_says_which_agents_were_cut_short() -> None:
    view = RunView()
    for event in _demo_events():
        view.emit(event)
    busy = [row.path for row in view.agents.values() if row.state in ("running", "waiting_model")]
    assert busy  # the demo events leave some agents working
    screen = _screen(render_summary(view))  # no RunFinished: Ctrl-C ended it
    for path in busy:
        assert "interrupted" in _line_with(screen, path)
    assert "running" not in screen


@pytest.mark.parametrize(
    ("spent", "limit", "expected"),
    [
        (0, None, "$0.00"),
        (USD // 2, USD, "█████░░░░░ $0.50/$1.00"),
        (2 * USD, USD, "██████████ $2.00/$1.00"),
        (USD // 100, USD, "█░░░░░░░░░ $0.01/$1.00"),
    ],
)
def test_cost_bar(spent: int, limit: int | None, expected: str) -> None:
    assert cost_bar(spent, limit).plain == expected


def test_a_bad_event_does_not_raise() -> None:
    view = RunView()
    view.emit(DecisionMade("w", "s", None, "Warn", "r", "enforce", "x", None))  # type: ignore[arg-type]
    assert "Could not show" in view.log[-1].text


async def test_live_display_redraws_steadily_and_leaves_the_summary() -> None:
    out = io.StringIO()
    console = Console(file=out, width=100, height=40, force_terminal=True, color_system=None)
    view = RunView()
    display = LiveDisplay(view, console, fps=50, keys=True)
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            await tg.start(display.run)
            view.emit(AgentStateChanged("w", "root/w", "s", "running"))
            while display.frames < 3:
                await anyio.sleep(0.01)
            tg.cancel_scope.cancel()
    view.emit(CallSettled("w", "s", "c", "m", 1, 2, 3, "ok"))
    display.print_summary()
    text = out.getvalue()
    assert "root/w" in text
    assert "Run summary" in text


def test_live_display_rejects_a_bad_rate() -> None:
    with pytest.raises(ValueError, match="fps"):
        LiveDisplay(RunView(), fps=0)


def test_untrusted_text_is_shown_literally_never_as_markup_or_escapes() -> None:
    # Names, reasons and tool arguments come from agents and models: "[/x]" once crashed the
    # screen (rich read it as a closing tag), "[bold]" restyled it, and an escape sequence or a
    # line break went to the terminal as is, able to clear it or fake a line of the log.
    agent = "a[bold]gent[/]"
    request = ApprovalRequest(
        agent=agent,
        session="s[red]1",
        rule="tools[/x]",
        reason="the model said \x1b[2J\x1b[31mAPPROVED\x1b[0m\n12:00:00 coder approval answered",
        evidence={"arg": "[link=http://x]y[/link]"},
        action="delete_files(path='[/x]')",
    )
    events: list[RunEvent] = [
        RunStarted("t[/]", "s[red]1", None, "trio"),
        AgentStateChanged(agent, agent, "s[red]1", "running"),
        AgentStateChanged("b\u202eevil", "b\u202eevil", "other", "running"),
        CallStarted(agent, "s[red]1", "c1", "openai:[blink]gpt[/]", "llm", 0),
        DecisionMade(agent, "s[red]1", "c1", "warn", "r", "enforce", "x\rfake\nline"),
        request.to_event(),
        RunFinished(4, "escalated [/]\nadd a price:\x1b[2J"),
    ]
    view = _view(events)
    for width in (140, 100, 60):
        for renderable in (render_run(view), render_summary(view)):
            screen = _screen(renderable, width=width)
            assert "\x1b" not in screen
            assert "\u202e" not in screen
            assert "\r" not in screen
        live = _screen(render_run(view), width=width)
        assert "a[bold]" in live
        assert "\\x1b[2J" in live
    screen = _screen(render_run(view), width=200)
    assert "delete_files(path='[/x]')" in _line_with(screen, "wants")
    assert "APPROVED\\x1b[0m\\n12:00:00 coder" in _line_with(screen, "why")
    assert "[link=http://x]y[/link]" in _line_with(screen, "evidence")
    assert "[blink]gpt[/]" in _line_with(screen, "NEEDS APPROVAL")
    assert "x\\rfake\\nline" in _line_with(screen, "warn by r")
    assert "b\\u202eevil" in screen
    summary = _screen(render_summary(view), width=120)
    assert "a[bold]gent[/]" in summary
    # The exit reason is printed once, under the live view: its lines stay lines.
    assert "exit 4: escalated [/]" in summary.splitlines()
    assert "add a price:\\x1b[2J" in summary.splitlines()


@pytest.mark.parametrize(("width", "height"), [(80, 24), (60, 16), (60, 12), (120, 30), (200, 50)])
def test_the_live_frame_fits_the_terminal_and_keeps_the_question_whole(
    width: int, height: int
) -> None:
    # The frame used to be a few lines taller than the terminal at every size (27 lines on an
    # 80x24 terminal), so rich cut its bottom; on a short terminal that was the approval panel
    # with its keys. The frame now fits, the question first, and the table and log give way.
    events = _demo_events()
    for i in range(40):
        events.append(AgentStateChanged(f"worker{i}", f"root/worker{i}", "demo", "running"))
        events.append(DecisionMade(f"worker{i}", "demo", None, "warn", "r", "enforce", "x " * 30))
    view = _view(events)
    console = Console(
        file=io.StringIO(), width=width, height=height, force_terminal=False, color_system=None
    )
    frame = LiveDisplay(view, console, keys=True).render()
    console.print(frame)
    screen = console.file.getvalue()  # type: ignore[attr-defined]
    assert len(screen.splitlines()) <= height, screen
    assert "delete_files(path='build/')" in screen
    assert "[a] approve" in screen
    assert "[s] stop this agent" in screen
    if height >= 24:
        assert "NEEDS APPROVAL" in screen  # the agent's row is still shown
        assert "+" in _line_with(screen, "more")
    # Without a question the table takes the room.
    (asked,) = view.pending_approvals
    view.emit(ApprovalAnswered(asked.request_id, "coder", "demo", "approve", "keyboard", 1.0, ""))
    assert not view.pending_approvals
    console = Console(
        file=io.StringIO(), width=width, height=height, force_terminal=False, color_system=None
    )
    console.print(LiveDisplay(view, console, keys=True).render())
    screen = console.file.getvalue()  # type: ignore[attr-defined]
    assert len(screen.splitlines()) <= height, screen
    assert "running" in screen  # the agents' rows


def test_a_narrow_table_names_each_agent_not_the_start_of_its_path() -> None:
    # At 60 columns every row read "root/w…": the path's start filled the agent column.
    view = _view(
        [
            AgentStateChanged(f"worker{i}", f"root/pool/workers/worker{i}", "s", "running")
            for i in range(3)
        ]
    )
    screen = _screen(render_run(view), width=60)
    for i in range(3):
        assert "running" in _line_with(screen, f"worker{i} ")
    wide = _screen(render_run(view), width=160)
    assert "root/pool/workers/worker2" in wide


def test_a_withdrawn_approval_is_not_logged_as_a_denial() -> None:
    # The log said "approval answered 'deny' by cancelled - The request was withdrawn." when an
    # agent stopped (Ctrl-C, a budget) with its question up: as if someone had denied it.
    events = _demo_events()
    view = _view(events)
    (asked,) = view.pending_approvals
    view.emit(ApprovalAnswered(asked.request_id, "coder", "demo", "deny", "cancelled", 0.8, "x"))
    screen = _screen(render_run(view), width=160)
    line = _line_with(screen, "withdrawn")
    assert "approval request withdrawn after 0.8s, unanswered" in line
    assert "answered 'deny'" not in screen
    assert "Approval needed" not in screen


def test_a_withdrawn_approval_says_why_in_the_log() -> None:
    # The log said "the agent stopped or its call ended first" whatever withdrew the question:
    # a stop, the session's deadline or the team's supervisor giving up.
    view = _view(_demo_events())
    (asked,) = view.pending_approvals
    why = "The request was withdrawn: the session's time ran out: limit reached."
    view.emit(ApprovalAnswered(asked.request_id, "coder", "demo", "deny", "cancelled", 0.8, why))
    line = _line_with(_screen(render_run(view), width=200), "withdrawn")
    assert "unanswered: the session's time ran out: limit reached" in line


@pytest.mark.parametrize("environ", [{"TERM": "dumb"}, {"TERM": "unknown"}])
async def test_a_terminal_that_cannot_redraw_still_shows_the_log_and_the_question(
    environ: dict[str, str],
) -> None:
    # With TERM=dumb rich's live view draws nothing until it stops (and, transient, not even
    # then): the screen stayed blank while an agent waited, forever, for a key nobody knew to
    # press. The log now comes line by line and each question once, with its keys.
    out = io.StringIO()
    console = Console(
        file=out, width=100, height=40, force_terminal=True, color_system=None, _environ=environ
    )
    assert console.is_dumb_terminal
    view = RunView()
    display = LiveDisplay(view, console, fps=50, keys=True)
    first, second = (
        ApprovalRequest(agent, "s", "tools.x", "needs a person", "", f"{agent}_tool()")
        for agent in ("coder", "writer")
    )
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            await tg.start(display.run)
            view.emit(DecisionMade("w", "s", None, "warn", "loops.x", "enforce", "looping"))
            view.emit(first.to_event())
            view.emit(second.to_event())
            while "[a] approve" not in out.getvalue():
                await anyio.sleep(0.01)
            view.emit(ApprovalAnswered(first.request_id, "coder", "s", "deny", "keyboard", 1.0))
            while out.getvalue().count("[a] approve") < 2:
                await anyio.sleep(0.01)
            frames = display.frames
            while display.frames < frames + 3:
                await anyio.sleep(0.01)
            tg.cancel_scope.cancel()
    text = out.getvalue()
    assert "warn by loops.x: looping" in text
    assert "coder_tool()" in _line_with(text, "wants")
    assert "writer_tool()" in text
    assert text.count("Approval needed") == 2  # each question once, not once a tick
    assert text.count("warn by loops.x") == 1
    assert "approval answered 'deny' at the keyboard" in text


def test_a_hundred_sessions_keep_to_the_rows_the_screen_has() -> None:
    # Each session got at least two rows whatever max_rows said: 100 sessions drew a table of
    # 400 lines, and the live frame lost everything below it, the approval question included.
    events: list[RunEvent] = [
        AgentStateChanged(f"agent{i}", f"root/agent{i}", f"s{i % 100}", "running")
        for i in range(200)
    ]
    events.append(ApprovalRequest("agent7", "s7", "r", "why", "", "rm_rf()").to_event())
    view = _view(events)
    for max_rows in (5, 12, 30):
        screen = _screen(render_run(view, max_rows=max_rows, log_lines=2))
        # the frame's border 2, header 3, question 7, table 4 + rows, log 4
        assert len(screen.splitlines()) <= 20 + max_rows, screen
        assert "rm_rf()" in _line_with(screen, "wants")
        assert "agents" in _line_with(screen, "sessions ")  # "+99 sessions  198 agents"
    assert "agent7 " in _line_with(screen, "NEEDS APPROVAL")  # its session comes first
    console = Console(file=io.StringIO(), width=80, height=24, color_system=None)
    console.print(LiveDisplay(view, console, keys=True).render())
    assert len(console.file.getvalue().splitlines()) <= 24  # type: ignore[attr-defined]


@pytest.mark.parametrize(("width", "height"), [(80, 24), (60, 16), (120, 40)])
def test_a_long_question_is_clipped_so_that_its_keys_stay_on_screen(
    width: int, height: int
) -> None:
    # A tool argument holding a whole file made the question hundreds of lines long: the
    # keys to answer it (and most of it) fell off the bottom of the screen.
    content = "lorem ipsum dolor " * 600
    request = ApprovalRequest(
        agent="coder",
        session="demo",
        rule="tools.write_file",
        reason="write_file needs approval. " * 40,
        evidence={"bytes": len(content)},
        action=f"write_file(path='notes.md', content={content!r})",
    )
    view = _view([AgentStateChanged("coder", "root/coder", "demo", "running"), request.to_event()])
    console = Console(
        file=io.StringIO(), width=width, height=height, force_terminal=False, color_system=None
    )
    console.print(LiveDisplay(view, console, keys=True).render())
    screen = console.file.getvalue()  # type: ignore[attr-defined]
    assert len(screen.splitlines()) <= height, screen
    assert "[a] approve" in screen
    assert "write_file(path" in _line_with(screen, "wants")
    assert f"({len(request.action)} characters in all)" in screen
    assert "bytes=10800" in _line_with(screen, "evidence")
    # Short fields are shown whole, with no note.
    short = _screen(render_run(_view(_demo_events())))
    assert "characters in all" not in short


def test_without_a_keyboard_the_question_offers_no_keys() -> None:
    # `supervise run ... < /dev/null` at a terminal: the question offered [a] [d] [s], but no
    # key was read (the unattended approver answers); the person pressed keys that did
    # nothing, and the default answered after the timeout.
    view = _view(_demo_events())
    for renderable in (
        render_run(view, keys=False),
        LiveDisplay(view, Console(file=io.StringIO(), width=120, height=40), keys=False).render(),
    ):
        screen = _screen(renderable, width=120)
        assert "[a] approve" not in screen
        assert "No keys are read here" in screen
        assert "delete_files(path='build/')" in _line_with(screen, "wants")
    assert "[a] approve" in _screen(render_run(view))
    assert "[a] approve" in _screen(LiveDisplay(view, keys=True).render())


class _TerminalStderr(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stderr_is_the_terminal", [True, False])
async def test_what_agents_print_goes_above_the_live_frame(
    stderr_is_the_terminal: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An agent's print() (the Agent docstring's own example) went straight to the terminal,
    # between two frames: the frame tore, and the next one was drawn over the printed line.
    # stderr goes above the frame too when it is the terminal; redirected, it stays where it
    # was sent ("2> errors.log").
    elsewhere = _TerminalStderr() if stderr_is_the_terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", elsewhere)
    out = io.StringIO()
    console = Console(file=out, width=100, height=30, force_terminal=True, color_system=None)
    view = RunView()
    display = LiveDisplay(view, console, fps=50, keys=True)
    stdout, stderr = sys.stdout, sys.stderr
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            await tg.start(display.run)
            print("hello from an agent")
            print("a warning from a tool", file=sys.stderr)
            frames = display.frames
            while display.frames < frames + 2:
                await anyio.sleep(0.01)
            tg.cancel_scope.cancel()
    assert (sys.stdout, sys.stderr) == (stdout, stderr)  # given back
    text = out.getvalue()
    assert text.count("hello from an agent") == 1
    if stderr_is_the_terminal:
        assert text.count("a warning from a tool") == 1
        assert elsewhere.getvalue() == ""
    else:
        assert "a warning from a tool" not in text
        assert elsewhere.getvalue() == "a warning from a tool\n"


def test_a_short_question_on_a_small_terminal_is_shown_whole() -> None:
    # On a 70x20 terminal a two-line reason was clipped to make room for a table that did not
    # fit anyway: each field got (height - 12) // 3 lines, whatever the header left.
    reason = (
        "Agent 'coder' wants to call the tool 'delete_files' with {'path': 'build'}, which "
        "removes the build folder and everything in it. Allow it?"
    )
    request = ApprovalRequest("coder", "run-20261128-031942-eb7b27", "tools.x", reason, "", "rm()")
    view = _view([AgentStateChanged("coder", "coder", "s", "running"), request.to_event()])
    console = Console(file=io.StringIO(), width=70, height=20, color_system=None)
    console.print(LiveDisplay(view, console, keys=True).render())
    screen = console.file.getvalue()  # type: ignore[attr-defined]
    assert "characters in all" not in screen
    assert "Allow it?" in screen
    assert "[a] approve" in screen


def test_agents_waiting_for_a_person_are_listed_in_the_order_they_are_asked() -> None:
    # Three questions at once: the one on screen (alpha's, asked first) was listed last of the
    # three NEEDS APPROVAL rows, since the most recently active came first.
    events: list[RunEvent] = []
    for when, agent in enumerate(("alpha", "beta", "gamma")):
        events.append(AgentStateChanged(agent, agent, "s", "running", time=100.0 + when))
        events.append(
            ApprovalRequested(
                f"r-{agent}", agent, "s", "tools.x", "why", "", f"{agent}_tool()", time=110.0 + when
            )
        )
    view = _view(events)
    screen = _screen(render_run(view), width=160)
    rows = [line for line in screen.splitlines() if "NEEDS APPROVAL" in line]
    assert [row.split()[1] for row in rows] == ["alpha", "beta", "gamma"]
    assert "alpha_tool()" in _line_with(screen, "wants")
    # alpha answered: beta's question is on screen, and beta's row comes first.
    view.emit(
        ApprovalAnswered(view.pending_approvals[0].request_id, "alpha", "s", "deny", "keyboard", 1)
    )
    screen = _screen(render_run(view), width=160)
    rows = [line for line in screen.splitlines() if "NEEDS APPROVAL" in line]
    assert [row.split()[1] for row in rows] == ["beta", "gamma"]
