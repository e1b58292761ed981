"""Run events: what the governor and the approval flow tell the person watching a run.

The governor emits one of these frozen records for every change a person should see (an agent's
state, a call starting, streaming and settling, a policy decision, an approval asked and answered).
They travel through an :class:`EventSink`, whose ``emit`` never blocks and never raises, so emitting
is safe from inside the governor's hot path. The live TUI (``_tui.RunView``) and the ``--headless``
JSON-lines writer (:class:`JsonLinesSink`) are both sinks; :class:`FanOutSink` feeds several.

Identity: ``agent`` is the agent's name, unique within its session (a run has one session, and
the runtime refuses to start one where two agents share a name); ``session`` is the ledger
session the agent spends from. ``(session, agent)`` tells apart the agents of a sink fed by
several runs (the live view keys its rows so). :class:`StreamProgress` carries no session: its
``call_id`` is that of a :class:`CallStarted` that does. Money is nano-dollars (``int``), as
everywhere in the project; ``time`` is wall-clock seconds since the epoch (``time.time()``), so a
JSON line and an audit entry can be read side by side.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import threading
import time as _time
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, runtime_checkable

import anyio
import anyio.lowlevel

from policies import REDACTED, is_secret_key, redact, redact_text
from policies._frozen import fast_init

if TYPE_CHECKING:
    from anyio.abc import TaskStatus

__all__ = [
    "AgentState",
    "AgentStateChanged",
    "ApprovalAnswered",
    "ApprovalRequested",
    "BudgetSet",
    "CallSettled",
    "CallStarted",
    "DecisionMade",
    "EventSink",
    "FanOutSink",
    "JsonLinesSink",
    "Notice",
    "NullSink",
    "RecordingSink",
    "RunEvent",
    "RunFinished",
    "RunStarted",
    "SemanticStatus",
    "StreamProgress",
    "event_to_dict",
]

AgentState = Literal[
    "starting",
    "running",
    "waiting_model",
    "waiting_approval",
    "waiting_rate",
    "restarting",
    "tripped",
    "stopped",
    "done",
]
"""Where an agent is in its life, as the TUI shows it."""

Numbers: TypeAlias = Mapping[str, float | int | str]


#: When an event happened (epoch seconds): ``time.time`` itself, so that each event's
#: default_factory call is no Python call of its own (four events per governed call).
_now = _time.time


@dataclass(frozen=True, slots=True)
class RunStarted:
    """A run began: which target, which session, which policy file (if any)."""

    target: str
    session: str
    policy: str | None = None
    backend: str = ""
    time: float = field(default_factory=_now, kw_only=True)


@fast_init
@dataclass(frozen=True, slots=True)
class AgentStateChanged:
    """An agent moved to ``state``; ``restart_count`` counts restarts of this agent so far."""

    agent: str
    path: str
    session: str
    state: AgentState
    restart_count: int = 0
    time: float = field(default_factory=_now, kw_only=True)


@dataclass(frozen=True, slots=True)
class BudgetSet:
    """The cost limit of an agent (``agent`` set) or of a whole session (``agent`` is ``None``).

    The TUI draws spend against this limit as a bar. ``spent`` carries money already spent in a
    resumed session.
    """

    session: str
    agent: str | None
    limit: int
    spent: int = 0
    time: float = field(default_factory=_now, kw_only=True)


@fast_init
@dataclass(frozen=True, slots=True)
class CallStarted:
    """A governed call got its permit; ``reserved`` is the worst-case cost held for it."""

    agent: str
    session: str
    call_id: str
    model: str
    kind: Literal["llm", "tool"]
    reserved: int
    time: float = field(default_factory=_now, kw_only=True)


@dataclass(frozen=True, slots=True)
class StreamProgress:
    """A streaming call's running totals (batched by the governor, never one per chunk)."""

    agent: str
    call_id: str
    output_tokens: int
    tokens_per_second: float
    cost: int
    time: float = field(default_factory=_now, kw_only=True)


@fast_init
@dataclass(frozen=True, slots=True)
class CallSettled:
    """A call ended and was settled; ``outcome`` is e.g. ``"ok"``, ``"cut"``, ``"error"``."""

    agent: str
    session: str
    call_id: str
    model: str
    input_tokens: int
    output_tokens: int
    cost: int
    outcome: str
    time: float = field(default_factory=_now, kw_only=True)


@dataclass(frozen=True, slots=True)
class DecisionMade:
    """A policy decided something about a call or an agent.

    ``decision`` is the decision's type name (``"Warn"``, ``"Reroute"``, ``"Interrupt"``,
    ``"Escalate"``, ``"RestartAgent"``, ``"StopAgent"``, ``"StopSession"``); ``numbers`` are what the
    rule saw (a similarity score, a budget's limit and spend).
    """

    agent: str
    session: str
    call_id: str | None
    decision: str
    rule: str
    mode: Literal["enforce", "shadow"]
    reason: str
    numbers: Numbers = field(default_factory=dict)
    time: float = field(default_factory=_now, kw_only=True)


@dataclass(frozen=True, slots=True)
class ApprovalRequested:
    """An agent's call is held until a person (or the unattended default) answers.

    ``action`` says what the agent wants to do: the tool and its arguments, or the model and cost.
    """

    request_id: str
    agent: str
    session: str
    rule: str
    reason: str
    evidence: str
    action: str
    call_id: str | None = None
    time: float = field(default_factory=_now, kw_only=True)


@dataclass(frozen=True, slots=True)
class ApprovalAnswered:
    """The answer to an :class:`ApprovalRequested`, with who gave it.

    ``by`` is ``"keyboard"`` when a person pressed a key, ``"default"`` when the unattended default
    was applied after the timeout, ``"cancelled"`` when the request was withdrawn (the agent stopped
    first). ``note`` is a sentence for the log.
    """

    request_id: str
    agent: str
    session: str
    answer: Literal["approve", "deny", "stop"]
    by: Literal["keyboard", "default", "cancelled"]
    waited: float = 0.0
    note: str = ""
    time: float = field(default_factory=_now, kw_only=True)


@dataclass(frozen=True, slots=True)
class SemanticStatus:
    """The semantic loop detector's embedding model: loading, ready, or failed (with why)."""

    state: Literal["loading", "ready", "failed"]
    detail: str = ""
    time: float = field(default_factory=_now, kw_only=True)


@dataclass(frozen=True, slots=True)
class Notice:
    """A sentence for the log pane that belongs to no other event."""

    message: str
    level: Literal["info", "warning", "error"] = "info"
    agent: str | None = None
    time: float = field(default_factory=_now, kw_only=True)

    def __post_init__(self) -> None:
        # Free text from anywhere (a report, an error's words): redacted once, here, so no
        # sink (the TUI, the JSON lines, a user's own) ever holds a credential. Rare events.
        object.__setattr__(self, "message", redact_text(self.message))


@dataclass(frozen=True, slots=True)
class RunFinished:
    """The run ended with ``exit_code`` (see ``_exit_codes.ExitCode``) for ``reason``."""

    exit_code: int
    reason: str
    time: float = field(default_factory=_now, kw_only=True)

    def __post_init__(self) -> None:
        # The reason quotes the failure that ended the run (an agent's exception): redacted.
        object.__setattr__(self, "reason", redact_text(self.reason))


RunEvent: TypeAlias = (
    RunStarted
    | AgentStateChanged
    | BudgetSet
    | CallStarted
    | StreamProgress
    | CallSettled
    | DecisionMade
    | ApprovalRequested
    | ApprovalAnswered
    | SemanticStatus
    | Notice
    | RunFinished
)


@runtime_checkable
class EventSink(Protocol):
    """Receives run events. ``emit`` must never block and never raise."""

    def emit(self, event: RunEvent) -> None:
        """Take one event; return at once."""
        ...


class NullSink:
    """Drops every event."""

    def emit(self, event: RunEvent) -> None:
        """Drop ``event``."""


class RecordingSink:
    """Keeps every event in :attr:`events`, in order (for tests and replays)."""

    def __init__(self) -> None:
        self.events: list[RunEvent] = []

    def emit(self, event: RunEvent) -> None:
        """Append ``event``."""
        self.events.append(event)

    def __repr__(self) -> str:
        return f"<RecordingSink events={len(self.events)}>"


class FanOutSink:
    """Emits each event to several sinks in order.

    A sink that raises is reported once on stderr and then skipped for the rest of the run, so one
    broken sink can never take the governor down or starve the others.
    """

    def __init__(self, *sinks: EventSink) -> None:
        self._sinks: list[EventSink] = list(sinks)
        self._broken: set[int] = set()

    def add(self, sink: EventSink) -> None:
        """Add ``sink`` after the existing ones."""
        self._sinks.append(sink)

    def emit(self, event: RunEvent) -> None:
        """Give ``event`` to every working sink."""
        for index, sink in enumerate(self._sinks):
            if index in self._broken:
                continue
            try:
                sink.emit(event)
            except Exception as exc:
                self._broken.add(index)
                try:
                    print(
                        f"supervise: event sink {sink!r} failed and was switched off: {exc}",
                        file=sys.stderr,
                    )
                except Exception:
                    pass

    def __repr__(self) -> str:
        return f"<FanOutSink sinks={len(self._sinks)} broken={len(self._broken)}>"


def _scrub(value: Any, key: str) -> Any:
    # Events carry no secrets by design; this is the second lock on the door for free-form
    # fields (reasons, numbers, evidence, a tool's arguments in an approval's action), with the
    # one redactor every output uses.
    if value is None or isinstance(value, bool | int | float):
        return value
    if is_secret_key(key):
        return REDACTED
    return redact(value)


def redact_secrets(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> dict[str, Any]:
    """A structlog processor: every field of a log record with its credentials redacted.

    ``supervise run`` puts it last before its renderer (after ``format_exc_info``, so a
    traceback that quotes a key is covered too); a program that runs :class:`Runtime` with its
    own structlog configuration should do the same, as the runtime logs error texts (a provider
    quoting what it was sent, an agent's exception) as they are. Runs per record written, never
    per streamed chunk.
    """
    return {key: _scrub(value, key) for key, value in event_dict.items()}


def event_to_dict(event: RunEvent) -> dict[str, Any]:
    """Turn an event into a JSON-ready dict: ``{"event": "CallSettled", "time": ..., ...}``.

    Values under secret-looking keys and credential-looking strings are replaced by
    ``"[redacted]"``.
    """
    out: dict[str, Any] = {"event": type(event).__name__}
    for f in dataclasses.fields(event):
        out[f.name] = _scrub(getattr(event, f.name), f.name)
    return out


class JsonLinesSink:
    """Writes one JSON object per line (the ``--headless`` output), flushing after each batch.

    Run :meth:`run` in a task (``supervise run --headless`` does) and the lines are written
    behind the calls that emit them: ``emit`` only keeps the event, and the writer task
    encodes what came since its last turn and writes it in one go, once the event loop is
    free. A governed call emits five events; encoded and flushed one by one, in the call,
    they cost 10-17 µs each. Without the task (or once it has ended) each event is written
    as it comes. Either way the lines come in the order the events were emitted, and every
    event is written: the task writes what it holds when it ends. Emit from the event loop's
    thread; an event from another thread waits for the next one's turn.

    If the stream goes away (a closed pipe), the sink goes quiet instead of raising.
    """

    def __init__(self, stream: IO[str] | None = None) -> None:
        self._stream: IO[str] = stream if stream is not None else sys.stdout
        self._closed = False
        self._held: list[RunEvent] = []  # emitted, for the writer task to write
        self._writing = False  # the writer task is running
        self._wake: anyio.Event | None = None  # set while the writer task waits for events
        self._thread = 0  # the event loop's thread, where the writer task runs

    def emit(self, event: RunEvent) -> None:
        """Write ``event`` as one line (kept for the writer task while it runs)."""
        if self._closed:
            return
        if not self._writing:
            self._write((event,))
            return
        self._held.append(event)
        wake = self._wake
        if wake is not None and threading.get_ident() == self._thread:
            self._wake = None
            wake.set()

    async def run(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Write the emitted events behind the calls, until cancelled (see the class)."""
        self._thread = threading.get_ident()
        self._writing = True
        task_status.started()
        try:
            while True:
                if not self._held:
                    self._wake = wake = anyio.Event()
                    await wake.wait()
                    continue
                held, self._held = self._held, []
                self._write(held)
                # The events emitted meanwhile (the calls that ran while this one wrote) wait
                # for the next turn, after the tasks ready now.
                await anyio.lowlevel.checkpoint()
        finally:
            self._writing = False
            self._wake = None
            held, self._held = self._held, []
            self._write(held)

    def _write(self, events: Sequence[RunEvent]) -> None:
        if self._closed or not events:
            return
        try:
            self._stream.write(
                "".join(
                    json.dumps(event_to_dict(e), separators=(",", ":"), default=str) + "\n"
                    for e in events
                )
            )
            self._stream.flush()
        except (OSError, ValueError):
            # BrokenPipeError (reader gone) or ValueError (stream closed): stop writing.
            self._closed = True

    def __repr__(self) -> str:
        return f"<JsonLinesSink closed={self._closed}>"
