"""The live terminal view of a run: a view model fed by run events, and a rich renderer.

- :class:`RunView` is an :class:`~supervisor._events.EventSink`: each event updates plain data
  (one :class:`AgentRow` per agent, totals per session, a log of decisions, the pending approvals).
  An agent is its ``(session, name)``: a name is unique within a session (a run), and a view fed
  by several runs keeps their namesakes apart; where there are several sessions the screen says
  which one a row, a log line or a question belongs to.
  It does no I/O, so ``emit`` is cheap, never blocks and never raises.
- :func:`render_run` turns a view into one rich renderable (header, agents table with cost bars,
  the approval prompt, the decision log); :func:`render_summary` builds the end-of-run table.
- :class:`LiveDisplay` owns ``rich.live.Live`` and redraws from an anyio task at a steady rate.
  Redrawing happens on the event loop, not on rich's refresh thread, so the view is never read
  while an event is half-applied.

With many agents the table stays readable: rows are grouped by session, the busiest agents come
first (waiting for a person, streaming, running, then the rest, by spend), and each group shows at
most its share of the screen followed by ``+N more``.
"""

from __future__ import annotations

import contextlib
import math
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import anyio
from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.live import Live
from rich.measure import Measurement
from rich.panel import Panel
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from policies import format_usd, redact_text

from ._approvals import keep_mode, set_unechoed, unechoed
from ._events import (
    AgentStateChanged,
    ApprovalAnswered,
    ApprovalRequested,
    BudgetSet,
    CallSettled,
    CallStarted,
    DecisionMade,
    Notice,
    RunFinished,
    RunStarted,
    SemanticStatus,
    StreamProgress,
)
from ._names import visible

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from anyio.abc import TaskStatus
    from rich.console import ConsoleOptions, RenderableType

    from ._events import AgentState, RunEvent

__all__ = [
    "AgentRow",
    "LiveDisplay",
    "LogLine",
    "RunView",
    "SessionTotals",
    "cost_bar",
    "render_run",
    "render_summary",
]

# Busiest first: what needs a person, then what is spending right now, then the rest.
_STATE_RANK: Final[Mapping[str, int]] = {
    "waiting_approval": 0,
    "waiting_model": 1,
    "waiting_rate": 1,
    "running": 2,
    "restarting": 3,
    "starting": 4,
    "tripped": 5,
    "stopped": 6,
    "done": 7,
}
_STATE_STYLE: Final[Mapping[str, str]] = {
    "starting": "dim",
    "running": "green",
    "waiting_model": "cyan",
    "waiting_rate": "yellow",
    "waiting_approval": "bold magenta",
    "restarting": "yellow",
    "tripped": "bold red",
    "stopped": "red",
    "done": "dim green",
}
_STATE_LABEL: Final[Mapping[str, str]] = {
    "waiting_model": "waiting model",
    "waiting_rate": "rate limited",
    "waiting_approval": "NEEDS APPROVAL",
}
_ACTIVE: Final = frozenset(
    {"running", "waiting_model", "waiting_rate", "waiting_approval", "restarting", "starting"}
)
_DECISION_STYLE: Final[Mapping[str, str]] = {
    "allow": "dim",
    "warn": "yellow",
    "reroute": "cyan",
    "interrupt": "bold yellow",
    "escalate": "bold magenta",
    "restartagent": "bold yellow",
    "stopagent": "bold red",
    "stopsession": "bold red",
}
# Keys in a decision's numbers that hold nano-dollars and are shown as money.
_MONEY_WORDS: Final = ("cost", "spent", "budget", "reserved", "price")
# Keys that hold an amount of the decision's "dimension": money only where that is "cost" (a
# call limit's "limit" is a count of calls, a token budget's "remaining" a count of tokens).
_AMOUNT_KEYS: Final = frozenset({"limit", "remaining", "needed", "used", "worst_case"})


# Names, reasons, questions and model output are untrusted text: shown as they are, never read as
# rich markup (a "[/x]" must not crash the screen, nor "[bold]" restyle it) and never passed raw
# to the terminal (an escape sequence or a line break could redraw or fake part of the screen).
# Control characters, invisible ones (zero-width spaces and joiners, the byte order mark) and
# the bidirectional controls are shown as visible escapes instead (see ``_names``): in a
# question ("approve the tool X for Y?") they would let text pass for other text.
def _safe(text: object, *, lines: bool = False) -> str:
    """``text`` as one line of inert characters (see ``_names.visible``); with ``lines``, line
    breaks stay (for text printed once, below the live view, where a line cannot fake another)."""
    return visible(text, lines=lines)


def _plain(text: object, style: str = "") -> Text:
    """Untrusted ``text`` as a :class:`Text`: no markup, no control characters."""
    return Text(_safe(text), style=style)


def _decision_key(decision: str) -> str:
    return decision.replace("_", "").replace("-", "").replace(" ", "").lower()


@dataclass
class AgentRow:
    """What the table shows for one agent. Money is nano-dollars."""

    agent: str
    path: str = ""
    session: str = ""
    state: AgentState = "starting"
    restart_count: int = 0
    model: str = ""
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost: int = 0
    """Settled spend."""
    budget: int | None = None
    last_decision: str = ""
    interruptions: int = 0
    escalations: int = 0
    last_activity: float = 0.0
    # Calls in flight: call_id -> (output tokens so far, cost so far, tokens/s). Removed on settle.
    live: dict[str, tuple[int, int, float]] = field(default_factory=dict)

    @property
    def spend(self) -> int:
        """Settled spend plus what calls in flight have spent so far."""
        return self.cost + sum(c for _, c, _ in self.live.values())

    @property
    def tokens_out_live(self) -> int:
        """Output tokens including those still streaming."""
        return self.tokens_out + sum(t for t, _, _ in self.live.values())

    @property
    def tokens_per_second(self) -> float | None:
        """Streaming rate while a call streams, else ``None``."""
        rates = [r for _, _, r in self.live.values() if r > 0]
        return sum(rates) if rates else None


@dataclass
class SessionTotals:
    """Totals over one session's agents (plus a session budget, if one was set)."""

    session: str
    cost: int = 0
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    budget: int | None = None
    agents: int = 0
    active: int = 0


@dataclass(frozen=True, slots=True)
class LogLine:
    """One line of the decision log."""

    time: float
    agent: str
    kind: str
    text: str
    style: str = ""
    session: str = ""


class RunView:
    """Everything the screen shows, updated by run events (an :class:`EventSink`).

    Args:
        log_size: How many log lines are kept (the screen shows the latest few).
    """

    def __init__(self, *, log_size: int = 200) -> None:
        # Keyed by (session, agent name): a name is unique only within its session.
        self.agents: dict[tuple[str, str], AgentRow] = {}
        self.session_budgets: dict[str, int] = {}
        self.log: deque[LogLine] = deque(maxlen=log_size)
        # Invariant: arrival order, an entry leaves when its ApprovalAnswered arrives.
        self.pending_approvals: list[ApprovalRequested] = []
        self.semantic: str = ""
        self.semantic_detail: str = ""
        self.started: RunStarted | None = None
        self.finished: RunFinished | None = None
        self.started_at: float = time.time()
        self._call_agent: dict[str, tuple[str, str]] = {}  # call id -> the key of its row
        self.events_seen: int = 0
        self.logged: int = 0
        """Lines ever added to the log (the log itself keeps the latest ``log_size``)."""

    def row_of(self, agent: str, session: str | None = None) -> AgentRow:
        """The row of ``agent`` in ``session``; without ``session``, the one agent so named.

        Raises:
            KeyError: No such agent, or (without ``session``) agents of that name in several
                sessions.
        """
        if session is not None:
            return self.agents[(session, agent)]
        rows = [row for (_, name), row in self.agents.items() if name == agent]
        if len(rows) != 1:
            raise KeyError(
                f"{len(rows)} agents are named {agent!r}; give the session too." if rows else agent
            )
        return rows[0]

    def _row(self, agent: str, session: str) -> AgentRow:
        key = (session, agent)
        row = self.agents.get(key)
        if row is None:
            row = self.agents[key] = AgentRow(agent=agent, path=agent, session=session)
        return row

    def _say(
        self, when: float, agent: str, kind: str, text: str, style: str = "", session: str = ""
    ) -> None:
        # Every line of the log pane comes here (decisions, notices, approvals; never a
        # streamed chunk): an agent's report or an error's text may quote a credential.
        self.log.append(LogLine(when, agent, kind, redact_text(text), style, session))
        self.logged += 1

    def emit(self, event: RunEvent) -> None:
        """Apply one event. Never raises: a malformed event is logged, not propagated."""
        self.events_seen += 1
        try:
            self._apply(event)
        except Exception as exc:  # the view must never take the run down
            self._say(time.time(), "", "error", f"Could not show {event!r}: {exc}", "red")

    def _apply(self, event: RunEvent) -> None:
        if isinstance(event, StreamProgress):  # the hottest event first
            # It carries no session: its call's CallStarted said whose call it is.
            key = self._call_agent.get(event.call_id)
            row = self.agents.get(key) if key is not None else None
            if row is None:
                try:
                    row = self.row_of(event.agent)
                except KeyError:
                    return  # a call the view never saw start: nothing to add it to
            row.live[event.call_id] = (event.output_tokens, event.cost, event.tokens_per_second)
            row.last_activity = event.time
        elif isinstance(event, AgentStateChanged):
            row = self._row(event.agent, event.session)
            row.path = event.path or row.path
            row.session = event.session or row.session
            if event.state == "restarting" and event.restart_count > row.restart_count:
                self._say(
                    event.time,
                    event.agent,
                    "restart",
                    f"restarting (restart {event.restart_count})",
                    "yellow",
                    event.session,
                )
            row.restart_count = max(row.restart_count, event.restart_count)
            if event.state in ("running", "waiting_model", "waiting_rate") and any(
                p.agent == event.agent and p.session == event.session
                for p in self.pending_approvals
            ):
                # One of its tasks goes on (its other question was answered, or it streams
                # meanwhile), but a question of its is still up: what the person must see.
                row.state = "waiting_approval"
            else:
                row.state = event.state
            row.last_activity = event.time
            if event.state in ("stopped", "done", "tripped", "restarting"):
                row.live.clear()  # a stopped agent streams nothing
        elif isinstance(event, CallStarted):
            row = self._row(event.agent, event.session)
            self._call_agent[event.call_id] = (event.session, event.agent)
            if event.kind == "llm":
                row.model = event.model
            row.live[event.call_id] = (0, 0, 0.0)
            row.last_activity = event.time
        elif isinstance(event, CallSettled):
            row = self._row(event.agent, event.session)
            self._call_agent.pop(event.call_id, None)
            row.live.pop(event.call_id, None)
            if not event.model.startswith("tool:"):
                row.calls += 1  # LLM calls, as the policy's limits and `supervise ledger` count
            row.tokens_in += event.input_tokens
            row.tokens_out += event.output_tokens
            row.cost += event.cost
            if event.model and not event.model.startswith("tool:"):
                row.model = event.model  # the model column shows models, never tools
            row.last_activity = event.time
        elif isinstance(event, DecisionMade):
            self._decision(event)
        elif isinstance(event, BudgetSet):
            if event.agent is None:
                self.session_budgets[event.session] = event.limit
            else:
                row = self._row(event.agent, event.session)
                row.budget = event.limit
                row.cost = max(row.cost, event.spent)
        elif isinstance(event, ApprovalRequested):
            self.pending_approvals.append(event)
            row = self._row(event.agent, event.session)
            row.escalations += 1
            row.state = "waiting_approval"
            self._say(
                event.time,
                event.agent,
                "approval",
                f"asks for approval: {event.action} ({event.rule}: {event.reason})",
                "magenta",
                event.session,
            )
        elif isinstance(event, ApprovalAnswered):
            self.pending_approvals = [
                p for p in self.pending_approvals if p.request_id != event.request_id
            ]
            row = self._row(event.agent, event.session)
            if row.state == "waiting_approval" and not any(
                p.agent == event.agent and p.session == event.session
                for p in self.pending_approvals
            ):
                row.state = "stopped" if event.answer == "stop" else "running"
            if event.by == "cancelled":
                # Nobody answered: the agent stopped or its call ended while the question was
                # up. The event carries 'deny' (what the call got), but nobody denied anything.
                why = event.note.removeprefix("The request was withdrawn").lstrip(":. ")
                text = (
                    f"approval request withdrawn after {event.waited:.1f}s, unanswered: "
                    f"{why.rstrip('.') or 'the agent stopped or its call ended first'}"
                )
            else:
                how = "at the keyboard" if event.by == "keyboard" else f"by {event.by}"
                text = f"approval answered '{event.answer}' {how} after {event.waited:.1f}s"
                if event.note and event.by != "keyboard":
                    text += f" - {event.note}"
            self._say(event.time, event.agent, "approval", text, "magenta", event.session)
        elif isinstance(event, SemanticStatus):
            self.semantic = event.state
            self.semantic_detail = event.detail
            if event.state == "failed":
                self._say(
                    event.time, "", "semantic", f"semantic detector failed: {event.detail}", "red"
                )
        elif isinstance(event, Notice):
            style = {"warning": "yellow", "error": "red"}.get(event.level, "")
            session = ""
            if event.agent:  # it names no session: that of the one agent so named, if one
                with contextlib.suppress(KeyError):
                    session = self.row_of(event.agent).session
            self._say(event.time, event.agent or "", event.level, event.message, style, session)
        elif isinstance(event, RunStarted):
            self.started = event
            self.started_at = event.time
        elif isinstance(event, RunFinished):
            self.finished = event
            self._say(
                event.time, "", "finished", f"run finished ({event.exit_code}): {event.reason}"
            )

    def _decision(self, event: DecisionMade) -> None:
        row = self._row(event.agent, event.session)
        key = _decision_key(event.decision)
        shadow = event.mode == "shadow"
        label = f"{event.decision} (shadow)" if shadow else event.decision
        row.last_decision = label
        if not shadow and key == "interrupt":
            row.interruptions += 1
        numbers = format_numbers(event.numbers)
        text = f"{label} by {event.rule}: {event.reason}"
        if numbers:
            text += f" [{numbers}]"
        self._say(
            event.time,
            event.agent,
            key,
            text,
            "dim" if shadow else _DECISION_STYLE.get(key, ""),
            event.session,
        )

    # Reading the view -------------------------------------------------------------------------

    def sessions(self) -> list[SessionTotals]:
        """Totals per session, in first-seen order."""
        totals: dict[str, SessionTotals] = {}
        for row in self.agents.values():
            t = totals.get(row.session)
            if t is None:
                t = totals[row.session] = SessionTotals(
                    row.session, budget=self.session_budgets.get(row.session)
                )
            t.cost += row.spend
            t.calls += row.calls
            t.tokens_in += row.tokens_in
            t.tokens_out += row.tokens_out_live
            t.agents += 1
            t.active += row.state in _ACTIVE
        for session, budget in self.session_budgets.items():
            totals.setdefault(session, SessionTotals(session, budget=budget))
        return list(totals.values())

    def several_sessions(self) -> bool:
        """Whether the view shows agents of more than one session (names may then repeat)."""
        sessions = {session for session, _ in self.agents}
        return len(sessions | self.session_budgets.keys()) > 1

    def overall(self) -> SessionTotals:
        """Totals over the whole run; the budget is the sum of session budgets, if any."""
        total = SessionTotals("all")
        budgets = list(self.session_budgets.values())
        total.budget = sum(budgets) if budgets else None
        for s in self.sessions():
            total.cost += s.cost
            total.calls += s.calls
            total.tokens_in += s.tokens_in
            total.tokens_out += s.tokens_out
            total.agents += s.agents
            total.active += s.active
        return total

    def busiest_first(self, rows: Iterable[AgentRow]) -> list[AgentRow]:
        """``rows`` ordered as the table shows them: most in need of attention first.

        Agents waiting for a person come in the order their questions are asked, so the one
        whose question is on screen heads the table.
        """
        asked: dict[tuple[str, str], int] = {}
        for index, request in enumerate(self.pending_approvals):
            asked.setdefault((request.session, request.agent), index)
        return sorted(
            rows,
            key=lambda r: (
                _STATE_RANK.get(r.state, 9),
                asked.get((r.session, r.agent), 0) if r.state == "waiting_approval" else 0,
                -r.spend,
                -r.last_activity,
                r.path,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"<RunView agents={len(self.agents)} pending_approvals={len(self.pending_approvals)} "
            f"events={self.events_seen}>"
        )


def format_numbers(numbers: Mapping[str, float | int | str]) -> str:
    """``similarity=0.93, reserved_cost=$1.00``: money in dollars, floats to 3 digits.

    Money is a key that says so (``cost``, ``spent``, ``budget``, ``reserved``, ``price``),
    or ``limit``, ``remaining``, ``needed`` or ``used`` where the numbers' ``dimension`` is
    ``"cost"``; a count (``limit=50`` calls, ``remaining=800`` tokens) is shown as it is.
    """
    parts: list[str] = []
    money_amounts = numbers.get("dimension") == "cost"
    for key, value in numbers.items():
        if isinstance(value, bool):
            shown = str(value)
        elif isinstance(value, int) and (
            (money_amounts and key.lower() in _AMOUNT_KEYS)
            or any(word in key.lower() for word in _MONEY_WORDS)
        ):
            shown = format_usd(value)
        elif isinstance(value, int) and key.lower() in _AMOUNT_KEYS:
            shown = f"{value:,}"
        elif isinstance(value, float):
            shown = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
        else:
            shown = str(value)
        parts.append(f"{key}={shown}")
    return ", ".join(parts)


def cost_bar(spent: int, limit: int | None, width: int = 10) -> Text:
    """A bar of spend against a limit: ``█████░░░░░ $0.50/$1.00``; no limit, just the spend."""
    money = format_usd(spent)
    if not limit or limit <= 0:
        return Text(money)
    ratio = spent / limit
    filled = min(width, math.ceil(ratio * width)) if spent else 0
    style = "green" if ratio < 0.75 else "yellow" if ratio < 0.95 else "bold red"
    bar = Text("█" * filled, style=style)
    bar.append("░" * (width - filled), style="dim")
    bar.append(f" {money}/{format_usd(limit)}")
    return bar


def _state_text(row: AgentRow) -> Text:
    label = _STATE_LABEL.get(row.state, row.state)
    if row.state == "restarting":
        label = f"restarting ({row.restart_count})"
    elif row.restart_count:
        label = f"{label} ↻{row.restart_count}"
    return Text(label, style=_STATE_STYLE.get(row.state, ""))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _tokens(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    if n >= 10_000:
        return f"{n / 1000:.0f}k"
    return str(n)


_WIDE: Final = 110  # below this many columns the table drops model and token columns
_WIDEST: Final = 140  # from this many columns models show their provider ("openai:gpt-4o")


class _AgentsTable:
    """The agents table, laid out for the width it is given (compact under ``_WIDE``)."""

    def __init__(self, view: RunView, max_rows: int) -> None:
        self.view = view
        self.max_rows = max_rows

    def __rich_console__(
        self, console: Console, options: ConsoleOptions
    ) -> Iterator[RenderableType]:
        width = options.max_width
        yield _agents_table(
            self.view, self.max_rows, compact=width < _WIDE, provider=width >= _WIDEST
        )


def _agents_table(
    view: RunView, max_rows: int, *, compact: bool = False, provider: bool = True
) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, expand=True, pad_edge=False, header_style="bold", collapse_padding=True
    )
    table.add_column("agent", min_width=12, ratio=3, no_wrap=True, overflow="ellipsis")
    table.add_column("state", no_wrap=True, overflow="ellipsis")
    if not compact:
        table.add_column("model", ratio=3, no_wrap=True, overflow="ellipsis")
    table.add_column("calls", justify="right", no_wrap=True)
    if not compact:
        table.add_column("tok in/out", justify="right", no_wrap=True)
        table.add_column("tok/s", justify="right", no_wrap=True)
    table.add_column("cost / budget", no_wrap=True, overflow="ellipsis")
    table.add_column("decision", ratio=2, no_wrap=True, overflow="ellipsis")

    groups: dict[str, list[AgentRow]] = {}
    for row in view.agents.values():
        groups.setdefault(row.session, []).append(row)
    several = len(groups) > 1
    sessions = {s.session: s for s in view.sessions()}
    # Groups with agents needing attention first, then by spend.
    ordered = sorted(
        groups.items(),
        key=lambda kv: (min(_STATE_RANK.get(r.state, 9) for r in kv[1]), -sessions[kv[0]].cost),
    )
    more: list[AgentRow] = []  # the agents of sessions that get no room at all
    if several:
        # A session shown takes at least four lines (its header, two rows, the rule under it):
        # with more sessions than that allows, the rest are summed up on one line.
        fit = max(1, max_rows // 4)
        if len(ordered) > fit:
            fit = max(1, (max_rows - 1) // 4)
            more = [row for _, rows in ordered[fit:] for row in rows]
            ordered = ordered[:fit]
    total = sum(len(rows) for _, rows in ordered)
    # Rows for agents once every group's header and rule are drawn; each gets its share.
    budget = max(1, max_rows - (2 * len(ordered) if several else 0) - (1 if more else 0))
    room = budget

    def _cells(
        agent: RenderableType,
        state: RenderableType,
        model: RenderableType,
        calls: str,
        tokens: str,
        rate: str,
        cost: RenderableType,
        decision: RenderableType,
    ) -> list[RenderableType]:
        if compact:
            return [agent, state, calls, cost, decision]
        return [agent, state, model, calls, tokens, rate, cost, decision]

    for index, (session, rows) in enumerate(ordered):
        if several:
            s = sessions[session]
            table.add_row(
                *_cells(
                    _plain(f"session {session or '-'}", "bold"),
                    Text(f"{s.active}/{s.agents} active", style="dim"),
                    "",
                    str(s.calls),
                    f"{_tokens(s.tokens_in)}/{_tokens(s.tokens_out)}",
                    "",
                    cost_bar(s.cost, s.budget, width=8),
                    "",
                )
            )
        share = budget
        if several:
            later = len(ordered) - index - 1
            share = max(2, (room * len(rows)) // total)
            share = max(2, min(share, budget - 2 * later))
        shown = view.busiest_first(rows)
        visible = shown if len(shown) <= share else shown[: max(1, share - 1)]
        for row in visible:
            rate = row.tokens_per_second
            table.add_row(
                *_cells(
                    # Narrow, the path's start ("root/team/...") would take the whole column
                    # and every row would read alike: the agent's own (unique) name instead.
                    _plain(row.agent if compact else row.path or row.agent),
                    _state_text(row),
                    _plain(row.model if provider else row.model.partition(":")[2] or row.model),
                    str(row.calls),
                    f"{_tokens(row.tokens_in)}/{_tokens(row.tokens_out_live)}",
                    f"{rate:.0f}" if rate is not None else "",
                    cost_bar(row.spend, row.budget, width=8),
                    _plain(
                        row.last_decision,
                        _DECISION_STYLE.get(_decision_key(row.last_decision), ""),
                    ),
                )
            )
        hidden = shown[len(visible) :]
        if hidden:
            counts: dict[str, int] = {}
            for row in hidden:
                label = _STATE_LABEL.get(row.state, row.state)
                counts[label] = counts.get(label, 0) + 1
            busiest = max(counts, key=lambda k: counts[k])
            detail = ", ".join(f"{n} {label}" for label, n in counts.items())
            table.add_row(
                *_cells(
                    Text(f"+{len(hidden)} more", style="dim italic"),
                    Text(f"{counts[busiest]} {busiest}", style="dim"),
                    "",
                    str(sum(r.calls for r in hidden)),
                    "",
                    "",
                    Text(format_usd(sum(r.spend for r in hidden)), style="dim"),
                    Text(detail, style="dim"),
                )
            )
        budget -= len(visible) + (1 if hidden else 0)
        if several:
            table.add_section()
    if more:
        sessions_left = len({row.session for row in more})
        table.add_row(
            *_cells(
                Text(f"+{_plural(sessions_left, 'session')}", style="dim italic"),
                Text(f"{_plural(len(more), 'agent')}", style="dim"),
                "",
                str(sum(r.calls for r in more)),
                "",
                "",
                Text(format_usd(sum(r.spend for r in more)), style="dim"),
                Text(f"{sum(r.state in _ACTIVE for r in more)} active", style="dim"),
            )
        )
    return table


def _header(view: RunView) -> Text:
    total = view.overall()
    text = Text()
    if view.started is not None:
        text.append(_safe(view.started.target), style="bold")
        text.append(f"  session {_safe(view.started.session)}", style="dim")
        if view.started.policy:
            text.append(f"  policy {_safe(view.started.policy)}", style="dim")
        text.append("\n")
    elapsed = (
        (view.finished.time if view.finished else time.time()) - view.started_at
        if view.started
        else 0.0
    )
    text.append(f"{_plural(total.agents, 'agent')} ({total.active} active)  ")
    text.append(f"{_plural(total.calls, 'call')}  ")
    text.append(f"tokens {_tokens(total.tokens_in)}/{_tokens(total.tokens_out)}  ")
    text.append("spend ")
    text.append(cost_bar(total.cost, total.budget))
    if elapsed:
        text.append(f"  {elapsed:.0f}s", style="dim")
    if view.semantic:
        style = {"loading": "yellow", "ready": "green", "failed": "red"}.get(view.semantic, "")
        text.append("  semantic detector: ")
        text.append("loading…" if view.semantic == "loading" else _safe(view.semantic), style=style)
    if view.pending_approvals:
        text.append(f"\n{len(view.pending_approvals)} awaiting approval", style="bold magenta")
    return text


class _Clipped:
    """Untrusted text wrapped to at most ``lines`` lines; a cut says how long the text was."""

    def __init__(self, text: str, lines: int) -> None:
        self.text = text
        self.lines = max(1, lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        text = _plain(self.text)
        wrapped = text.wrap(console, options.max_width)
        if len(wrapped) > self.lines:
            suffix = f" … ({len(text.plain)} characters in all)"
            last = wrapped[self.lines - 1]
            last.truncate(max(0, options.max_width - cell_len(suffix)))
            last.append(suffix, style="dim italic")
            yield from wrapped[: self.lines]
            return
        yield from wrapped

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, _plain(self.text))


def _approval_panel(view: RunView, field_lines: int = 6, *, keys: bool = True) -> Panel:
    """The question on screen; each field at most ``field_lines`` lines, so that a long tool
    argument (a whole file to write) cannot push the keys off the screen. Without ``keys``
    (nothing reads the keyboard) it says that the default answer will apply instead."""
    head = view.pending_approvals[0]
    body = Table.grid(padding=(0, 1))
    body.add_column(style="bold", no_wrap=True)
    body.add_column()
    body.add_row(
        "agent",
        _Clipped(head.agent + (f"  (session {head.session})" if head.session else ""), 2),
    )
    body.add_row("wants", _Clipped(head.action, field_lines))
    body.add_row("why", _Clipped(f"{head.rule}: {head.reason}", field_lines))
    if head.evidence:
        body.add_row("evidence", _Clipped(head.evidence, field_lines))
    if keys:
        how = Text.assemble(
            ("[a]", "bold green"),
            " approve   ",
            ("[d]", "bold yellow"),
            " deny   ",
            ("[s]", "bold red"),
            " stop this agent",
        )
    else:
        how = Text(
            "No keys are read here (standard input is not a terminal): the run's default "
            "answer applies when its approval timeout ends.",
            style="yellow",
        )
    more = len(view.pending_approvals) - 1
    title = "Approval needed" + (f" (1 of {more + 1}, {more} queued)" if more else "")
    return Panel(Group(body, how), title=title, border_style="magenta", box=box.HEAVY)


def _log_text(line: LogLine, *, sessions: bool = False) -> Text:
    """One log line; with ``sessions`` (the view has several), the agent's session too."""
    text = Text(time.strftime("%H:%M:%S ", time.localtime(line.time)), style="dim")
    if line.agent:
        text.append(f"{_safe(line.agent)} ", style="bold")
        if sessions and line.session:
            text.append(f"({_safe(line.session)}) ", style="dim")
    text.append(_safe(line.text), style=line.style)
    return text


def _log_panel(view: RunView, lines: int) -> Panel:
    text = Text()
    latest = list(view.log)[-lines:] if lines > 0 else []
    sessions = view.several_sessions()
    for index, line in enumerate(latest):
        if index:
            text.append("\n")
        text.append(_log_text(line, sessions=sessions))
    if not latest:
        text.append("no decisions yet", style="dim")
    return Panel(text, title="decisions", title_align="left", box=box.ROUNDED)


def render_run(
    view: RunView,
    *,
    max_rows: int = 30,
    log_lines: int = 8,
    title: str = "supervise",
    keys: bool = True,
) -> RenderableType:
    """Build the live screen from ``view``.

    Args:
        view: The run's view model.
        max_rows: The most agent rows shown; the rest are summarised as ``+N more``.
        log_lines: How many of the latest log lines are shown.
        title: The panel title.
        keys: Whether a person can answer approvals with keys here (else the question says
            that the default answer will apply).
    """
    parts: list[RenderableType] = [_header(view)]
    # The question comes before the table: on a short terminal what is cut is the table's end.
    if view.pending_approvals:
        parts.append(_approval_panel(view, keys=keys))
    parts += [_AgentsTable(view, max_rows), _log_panel(view, log_lines)]
    return Panel(Group(*parts), title=title, title_align="left", box=box.ROUNDED)


def render_summary(view: RunView) -> RenderableType:
    """The end-of-run table: per agent spend, calls, interruptions, restarts and escalations.

    Numbers never truncate. On a terminal too narrow for the whole table, the three counters
    take short headers (explained under the table) before an agent's path is folded; the
    agent (and session, shown only when there are several) columns give way last.
    """
    parts: list[RenderableType] = [_Summary(view)]
    if view.finished is not None:
        style = "green" if view.finished.exit_code == 0 else "bold red"
        parts.append(
            Text(
                f"exit {view.finished.exit_code}: {_safe(redact_text(view.finished.reason), lines=True)}",
                style=style,
            )
        )
    return Group(*parts)


#: The counters' headers, and the short ones a narrow terminal gets (with a legend).
_COUNTERS: Final = (("interrupts", "int."), ("restarts", "rst."), ("escalations", "esc."))


_AGENT_MIN: Final = 8
_SESSION_MIN: Final = 7


class _Summary:
    """The summary table, laid out for the width it is drawn at (see render_summary)."""

    def __init__(self, view: RunView) -> None:
        self.view = view

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Any]:
        unbounded = options.update_width(10_000)  # what each layout needs, not what it gets
        for short in (False, True):
            table = self._table(short, fold=False)
            needed = Measurement.get(console, unbounded, table).maximum
            if needed <= options.max_width:
                break
        else:
            # Folded, the agent (and session) columns can narrow to their minimum widths.
            rows = self.view.agents.values()
            paths = max(
                [len("agent"), len("total"), *(cell_len(_safe(r.path or r.agent)) for r in rows)]
            )
            room = needed - max(paths - _AGENT_MIN, 0)
            if len({r.session for r in rows}) > 1:
                sessions = max([len("session"), *(cell_len(_safe(r.session)) for r in rows)])
                room -= max(sessions - _SESSION_MIN, 0)
            if room > options.max_width:
                yield from self._lines()  # not even a folded table fits: one line per agent
                return
            table = self._table(short=True, fold=True)
        yield table
        if short:
            yield Text(" " + " · ".join(f"{abbr} {name}" for name, abbr in _COUNTERS), style="dim")

    def _rows(self) -> list[AgentRow]:
        return sorted(self.view.agents.values(), key=lambda r: (-r.spend, r.path))

    def _lines(self) -> Iterator[Text]:
        rows = self._rows()
        several = len({r.session for r in rows}) > 1
        yield Text("Run summary", style="bold")
        for row in rows:
            state = "interrupted" if row.state in _ACTIVE else _state_text(row).plain
            where = f" ({_safe(row.session)})" if several else ""
            counts = ", ".join(
                _plural(n, what)
                for n, what in (
                    (row.calls, "call"),
                    (row.interruptions, "interrupt"),
                    (row.restart_count, "restart"),
                    (row.escalations, "escalation"),
                )
            )
            yield Text(
                f"{_safe(row.path or row.agent)}{where}: {state}, {format_usd(row.spend)}, {counts}"
            )
        spend = format_usd(sum(r.spend for r in rows))
        yield Text(f"total: {spend}, {_plural(sum(r.calls for r in rows), 'call')}")

    def _table(self, short: bool, fold: bool) -> Table:
        rows = self._rows()
        several = len({r.session for r in rows}) > 1
        table = Table(
            title="Run summary",
            box=box.SIMPLE_HEAVY,
            show_footer=True,
            header_style="bold",
            pad_edge=False,
        )
        # Text columns fold only as a last resort (rich shrinks wrappable columns first);
        # numbers never do.
        table.add_column(
            "agent", footer="total", min_width=_AGENT_MIN, overflow="fold", no_wrap=not fold
        )
        if several:
            table.add_column("session", min_width=_SESSION_MIN, overflow="fold", no_wrap=not fold)
        table.add_column("final state", min_width=5)

        def number(header: str, footer: str) -> None:
            table.add_column(
                header, justify="right", no_wrap=True, footer=footer, min_width=len(header)
            )

        number("spend", format_usd(sum(r.spend for r in rows)))
        number("calls", str(sum(r.calls for r in rows)))
        totals = (
            sum(r.interruptions for r in rows),
            sum(r.restart_count for r in rows),
            sum(r.escalations for r in rows),
        )
        for (name, abbr), total in zip(_COUNTERS, totals, strict=True):
            number(abbr if short else name, str(total))
        for row in rows:
            cells: list[RenderableType] = [_plain(row.path or row.agent)]
            if several:
                cells.append(_plain(row.session))
            cells += [
                # The run is over: an agent still shown as busy was cut short (Ctrl-C, a crash).
                Text("interrupted", style="yellow") if row.state in _ACTIVE else _state_text(row),
                format_usd(row.spend),
                str(row.calls),
                str(row.interruptions),
                str(row.restart_count),
                str(row.escalations),
            ]
            table.add_row(*cells)
        return table


class _Drawn:
    """Lines already drawn, drawn again as they are (see :meth:`LiveDisplay.render`)."""

    def __init__(self, lines: list[list[Segment]]) -> None:
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        newline = Segment.line()
        for line in self.lines:
            yield from line
            yield newline


class LiveDisplay:
    """Draws a :class:`RunView` live on a terminal at a steady rate.

    Start it in the run's task group with ``await tg.start(display.run)``; cancel the group to stop
    it. The live frame is cleared on exit (``transient``) so that :meth:`print_summary` leaves a
    clean summary on screen.

    Args:
        view: The view model to draw (also the run's event sink).
        console: Where to draw; a new stdout console by default.
        fps: Redraws per second.
        max_rows: Agent rows shown; by default whatever fits the terminal's height.
        keys: Whether approval keys are read (by a ``TerminalApprover``); by default, whether
            standard input is a terminal, as ``supervise run`` decides. Without keys the
            question says that the default answer will apply instead of offering keys.
    """

    def __init__(
        self,
        view: RunView,
        console: Console | None = None,
        *,
        fps: float = 8.0,
        max_rows: int | None = None,
        keys: bool | None = None,
    ) -> None:
        if fps <= 0:
            raise ValueError(f"fps must be positive, not {fps}.")
        self.view = view
        self.console = console if console is not None else Console()
        self._interval = 1.0 / fps
        self._max_rows = max_rows
        self.keys = sys.stdin is not None and sys.stdin.isatty() if keys is None else keys
        self.frames = 0

    def render(self) -> RenderableType:
        """One frame that fits the console: never taller than the terminal.

        A frame taller than the terminal is cut at the bottom by rich. The header and the
        question waiting for a person come first and are always whole (as far as the terminal
        allows); the agents table and then the log get what height is left, and give way.
        """
        console = self.console
        width, height = console.size
        inner = console.options.update(width=max(1, width - 4), height=None)  # inside the frame

        def drawn(renderable: RenderableType) -> _Drawn:
            # Each part is drawn once, measured, and the frame reuses what was drawn.
            return _Drawn(console.render_lines(renderable, inner, pad=False))

        view = self.view
        parts: list[_Drawn] = [drawn(_header(view))]
        left = height - 2 - len(parts[0])  # 2: the frame's top and bottom
        if view.pending_approvals:
            # Each of its three long fields gets a share of the height left (its frame, the
            # agent and the keys take four lines), so that the keys stay on screen.
            question = drawn(_approval_panel(view, min(8, max(1, (left - 4) // 3)), keys=self.keys))
            left -= len(question)
            if left < 0:  # too short for both: the question matters, the totals can wait
                left += len(parts.pop())
            parts.append(question)
        # The log: its latest lines, as many as fit beside at least a few agent rows.
        log_lines = min(8 if height >= 30 else 4, left - 2 - 5 - 4)
        log: _Drawn | None = None
        while log_lines > 0:
            log = drawn(_log_panel(view, log_lines))
            if len(log) <= max(left - 4 - 5, 3):
                left -= len(log)
                break
            log, log_lines = None, log_lines - 1
        # The table: a blank line, its header and a rule, the rows (they never wrap), a blank
        # line, and a rule between sessions when there are several.
        max_rows = left - 4 if self._max_rows is None else min(self._max_rows, left - 4)
        while max_rows >= 1:
            table = drawn(_AgentsTable(view, max_rows))
            if len(table) <= left:
                parts.append(table)
                break
            max_rows -= len(table) - left
        if log is not None:
            parts.append(log)
        return Panel(Group(*parts), title="supervise", title_align="left", box=box.ROUNDED)

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Redraw until cancelled.

        On a terminal that cannot redraw in place (``TERM=dumb``, or output that is not a
        terminal) rich's live view draws nothing until the end, which would hide a question
        an agent waits on: there, log lines are printed as they come instead, and each
        approval question once, when it comes up.
        """
        if not self.console.is_terminal or self.console.is_dumb_terminal:
            task_status.started()
            await self._print_as_lines()
            return
        # auto_refresh is off: rich's refresh thread would read the view while the event loop
        # mutates it. Redrawing from this task keeps reads and writes on one thread.
        # What agents print (print() in an agent, a tool in a worker thread) is printed above
        # the frame; written straight to the terminal it tore the frame and was drawn over.
        # Redrawing for such a print reuses the frame already drawn (render() returns drawn
        # lines), so no thread but this one reads the view.
        with self._keys_unechoed() as fd:
            async with anyio.create_task_group() as tg:
                if fd is not None:
                    tg.start_soon(keep_mode, fd, set_unechoed)
                await self._draw_live(task_status)

    @contextlib.contextmanager
    def _keys_unechoed(self) -> Iterator[int | None]:
        """Without keys (nothing reads the terminal's keys: standard input is not the
        terminal), the terminal's echo is off while the frame is drawn, or each key pressed
        (a person answering a question with ``a``) is echoed over the frame and tears it; see
        ``_approvals.unechoed``. Yields the terminal's descriptor, if its echo was turned off.
        With keys, the key reader's cbreak mode does this already."""
        fd: int | None = None
        if not self.keys:
            try:
                fd = self.console.file.fileno()
            except (AttributeError, OSError, ValueError):  # not a real file (a StringIO)
                fd = None
        if fd is None:
            yield None
            return
        with unechoed(fd) as changed:
            yield fd if changed else None

    async def _draw_live(self, task_status: TaskStatus[None]) -> None:
        live = Live(
            self.render(),
            console=self.console,
            auto_refresh=False,
            transient=True,
            redirect_stdout=True,
            # Only when stderr is this terminal too: "2> errors.log" keeps what it asked for.
            redirect_stderr=sys.stderr is not None and sys.stderr.isatty(),
        )
        with live:
            task_status.started()
            while True:
                live.update(self.render(), refresh=True)
                self.frames += 1
                await anyio.sleep(self._interval)

    async def _print_as_lines(self) -> None:
        printed = 0  # of view.logged
        asked: str | None = None  # the request whose question was printed last

        def flush() -> None:
            nonlocal printed, asked
            view = self.view
            new = min(view.logged - printed, len(view.log))
            printed = view.logged
            for line in list(view.log)[len(view.log) - new :] if new else ():
                self.console.print(
                    _log_text(line, sessions=view.several_sessions()), soft_wrap=True
                )
            if view.pending_approvals and view.pending_approvals[0].request_id != asked:
                asked = view.pending_approvals[0].request_id
                self.console.print(_approval_panel(view, 20, keys=self.keys))

        try:
            while True:
                flush()
                self.frames += 1
                await anyio.sleep(self._interval)
        finally:
            flush()  # what came after the last tick

    def print_summary(self) -> None:
        """Print the end-of-run summary and the latest log lines; they stay on screen."""
        self.console.print(render_summary(self.view))
        if self.view.log:
            self.console.print(_log_panel(self.view, 12))

    def __repr__(self) -> str:
        return f"<LiveDisplay frames={self.frames} view={self.view!r}>"
