"""The governor: one actor that decides every LLM and tool call of every agent in a run.

It holds each session's state (counters, loop trackers, who is stopped), asks the pure
``policies.PolicyEngine`` what to do, reserves the worst case in the ledger store before a call
may start, settles what the call really consumed, and carries decisions out: it cancels a call's
scope, refuses with a fallback, asks a person, restarts an agent (``ref.kill``: the agent's
supervisor restarts it with a fresh instance, counted against its restart intensity) or stops
it. Every decision goes to the audit log and to the run's event sink.

The governor never waits on anything slow inside a handler: calls stream in the agents' own
tasks; escalations are answered in the asking agent's task; embeddings run in the embedder's
worker thread and an agent awaits its previous response's embedding before its next pre-call,
so the governor only ever sees finished vectors. With a store whose writes overlap well
(``store.concurrent``: SQLite's group commit, Redis pipelining) the calls' handlers run on a
pool of worker tasks and answer with ``ActorContext.reply_later``, so the governor decides the
next call while earlier reserves and settles are being committed; each handler claims its
counters before its first await and re-checks stops after its reserve, so every rule still
holds as if calls were decided one at a time, and the store's atomic reserve keeps budgets
hard.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import itertools
import os
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

import anyio
import structlog

from actors import Actor, Reply
from policies import (
    Allow,
    Amounts,
    Balance,
    CallContext,
    CallOutcome,
    Counters,
    Decision,
    DuplicateCall,
    Escalate,
    Escalation,
    Interrupt,
    Permit,
    PolicyEngine,
    Refuse,
    Reservation,
    RestartAgent,
    Rule,
    Scope,
    Settlement,
    Shortfall,
    StopAgent,
    StopSession,
    ToolContext,
    ToolPermit,
    UnknownCall,
    UnknownPrice,
    Warn,
    describe_grant,
    format_usd,
    most_severe,
    outer_scopes,
)
from policies._engine import Unfitted, not_asked
from policies._loops import (
    LoopConfig,
    LoopResult,
    LoopTracker,
    SemanticJob,
    SemanticVerdict,
    Step,
    input_text,
    semantic_text,
)

from ._approvals import ApprovalRequest
from ._events import (
    AgentStateChanged,
    BudgetSet,
    CallSettled,
    CallStarted,
    DecisionMade,
    EventSink,
    Notice,
    NullSink,
)
from ._messages import (
    Answered,
    AskAgain,
    CallGrant,
    Goodbye,
    Hello,
    NeedsApproval,
    PreCall,
    PreTool,
    Refusal,
    ReserveMore,
    Settle,
    Settled,
    StopNow,
    Supervised,
    Throttled,
    ToolDone,
    Unavailable,
    more_id,
)
from ._store import LedgerLost, LedgerStore, SessionProgress, StopSignal, StoreError
from ._store._audit import redact

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping, Sequence

    from anyio.abc import TaskGroup

    from actors import ActorRef
    from policies import LoopConfig as LoopRuleConfig
    from policies import PolicyConfig

    from ._embedder import Embedder, EmbeddingHandle

__all__ = ["Governor", "GovernorLink", "loop_config_from_policy"]

logger = structlog.get_logger("supervisor.governor")

_ids = itertools.count(1)


def _process_tag() -> str:
    # The pid and when this process (or fork) began: a later process that reuses the pid
    # (a restarted run on the same store) still makes different ids.
    return f"{os.getpid()}-{time.time_ns() % 1_000_000_000:09d}"


_tag = _process_tag()


def _forked() -> None:
    global _tag
    _tag = _process_tag()  # a process forked after import (a pre-forking server) gets its own


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_forked)


def new_call_id(kind: str = "c") -> str:
    """A call id unique across processes sharing a store: ``kind-pid-start-n``."""
    return f"{kind}-{_tag}-{next(_ids)}"


def process_tag() -> str:
    """``pid-start``: this process (or fork) among those sharing a store, for ids."""
    return _tag


class GovernorLink:
    """Where agents find the current governor, across governor restarts.

    The governor attaches itself when it starts and detaches when it stops; an agent asking while
    no governor is attached waits (fail closed) until one is, or until ``wait_timeout``.
    """

    def __init__(self) -> None:
        self._ref: ActorRef[Any] | None = None
        self._attached = anyio.Event()
        #: When each session was first seen, on the governors' clock: a restarted governor
        #: keeps the session's wall clock (``limits.max_session_seconds``) running.
        self.session_started: dict[str, float] = {}
        #: The agents and sessions the governor holds, handed from each governor to the next:
        #: agents say hello once, when they start, so a governor restarted after a crash learns
        #: nothing from them. It keeps each one's ref (to restart, stop or cancel it), tenant
        #: (its budget scope), call and step counts, stop and loop history. Governor-only.
        self.agents: dict[str, _AgentState] = {}
        self.sessions: dict[str, _SessionState] = {}
        #: The calls held for a person's answer, by call id: a restarted governor does not act
        #: on an answer to a question it did not ask (the call is decided afresh), but it must
        #: still withdraw the question when the agent or its session is stopped, and audit
        #: its withdrawal. Governor-only.
        self.held: dict[str, _Held] = {}

    @property
    def ref(self) -> ActorRef[Any] | None:
        """The live governor's ref, or None while it is down."""
        ref = self._ref
        return ref if ref is not None and ref.is_alive else None

    def attach(self, ref: ActorRef[Any]) -> None:
        self._ref = ref
        self._attached.set()

    def detach(self, ref: ActorRef[Any]) -> None:
        if self._ref is ref:
            self._ref = None
            self._attached = anyio.Event()

    async def wait(self, timeout: float) -> ActorRef[Any] | None:  # noqa: ASYNC109
        """The live governor, waiting up to ``timeout`` seconds for one to attach."""
        ref = self.ref
        if ref is not None:
            return ref
        with anyio.move_on_after(timeout):
            while True:
                await self._attached.wait()
                ref = self.ref
                if ref is not None:
                    return ref
                await anyio.sleep(0.01)
        return None

    def resume(self, session: str, progress: SessionProgress, now: float) -> None:
        """Continue ``session`` from an earlier run's progress against its ``[limits]``: its
        and its agents' call and step counts, and its wall clock (started ``elapsed`` seconds
        before ``now``, on the governors' clock). Call before the governor starts."""
        started = now - progress.elapsed
        self.session_started[session] = started
        state = self.sessions[session] = _SessionState(
            session, started, progress.calls, progress.steps
        )
        for agent in sorted({*progress.agent_calls, *progress.agent_steps}):
            self.agents[agent] = _AgentState(
                agent,
                session,
                agent,
                None,
                None,
                calls=progress.agent_calls.get(agent, 0),
                steps=progress.agent_steps.get(agent, 0),
            )
            state.agents.add(agent)

    def progress(self, session: str, now: float) -> SessionProgress | None:
        """``session``'s progress against its ``[limits]`` so far, or None if it has not begun."""
        state = self.sessions.get(session)
        if state is None:
            return None
        agents = [a for a in self.agents.values() if a.session == session]
        return SessionProgress(
            calls=state.calls,
            steps=state.steps,
            elapsed=max(0.0, now - state.started),
            agent_calls={a.name: a.calls for a in agents},
            agent_steps={a.name: a.steps for a in agents},
        )

    def __repr__(self) -> str:
        return f"<GovernorLink {'attached' if self.ref is not None else 'down'}>"


def loop_config_from_policy(config: PolicyConfig) -> LoopConfig:
    """The detectors' settings from the policy file's ``[loops]`` tables.

    Only what the file sets explicitly overrides the detectors' own (measured) defaults.
    """
    semantic = config.loops.semantic
    structural = config.loops.structural
    kwargs: dict[str, Any] = {}
    set_sem = semantic.model_fields_set
    if "threshold" in set_sem:
        kwargs["semantic_threshold"] = float(semantic.threshold)
    if "window" in set_sem:
        kwargs["semantic_window"] = int(semantic.window)
    if "compare" in set_sem:
        kwargs["semantic_compare"] = semantic.compare
    if "method" in set_sem:
        kwargs["semantic_mode"] = semantic.method
    kwargs["semantic_enabled"] = semantic.enabled
    if "threshold" in structural.model_fields_set:
        repeats = max(2, int(structural.threshold))
        kwargs["action_error_repeats"] = repeats
        kwargs["monologue_repeats"] = repeats
        kwargs["action_observation_repeats"] = max(repeats, 2)
    names = set(LoopConfig().enabled)
    if not structural.enabled:
        names = {n for n in names if n.startswith("semantic")}
    if not semantic.enabled:
        names = {n for n in names if not n.startswith("semantic")}
    kwargs["enabled"] = frozenset(names)
    # Windows longer than the default history would keep (a semantic window of 40) get the
    # history they need, instead of failing the run at start-up.
    probe = LoopConfig(**kwargs, history=1 << 30)
    return LoopConfig(**kwargs, history=max(LoopConfig().history, probe.history_needed()))


def _run_with_input(
    job: SemanticJob,
    row: Any,
    unit: Any,
    similarities: Sequence[float] | None,
    rest: Sequence[Any] = (None,),
) -> SemanticVerdict:
    """``job.run`` in the embedder's worker thread with the step's input embedding: the
    submit's second row (None when that text is not embedded yet: judged without it)."""
    return job.run(row, unit, similarities, input_row=rest[0])


def _response_step(msg: Settle | None) -> Step:
    """The loop detectors' step for a settled response: its text, or its first tool call
    when it has no text."""
    assert msg is not None
    if msg.tool_calls and not msg.text:
        first = msg.tool_calls[0]
        return Step(kind="llm", text=f"{first.get('name')}({first.get('arguments')})")
    return Step.llm(msg.text, observation=msg.observation)


@dataclass(slots=True, eq=False)
class _PendingStep:
    """An agent's last step, not yet observed by its loop tracker; and, as ``Settled.embedding``,
    what the agent's next call waits for: the step submitted for embedding and embedded.

    Submitting it (the text to embed, the tracker snapshot the worker thread judges it on, the
    partners' vectors) is the observer task's work once the loop is idle, not the call's.
    """

    made: Step | None
    # The settled response the step is made from, on first use: by the observer task, off
    # the call's path (an llm step; a tool step is made by ToolDone's handler).
    response: Settle | None = None
    submitted: bool = False
    handle: EmbeddingHandle | None = None
    # The earlier steps the embedder compares it with (LoopTracker.semantic_partners).
    partners: list[Step] = field(default_factory=list)
    # What the handle's rows are: the step's own text (semantic_text) first, if it has one,
    # then its new input (input_text), if it has one.
    texts: int = 0
    inputs: bool = False
    event: anyio.Event | None = None  # set once submitted, for an agent waiting on it

    @property
    def step(self) -> Step:
        step = self.made
        if step is None:
            step = self.made = _response_step(self.response)
        return step

    def done(self) -> bool:
        """Whether submitted, and embedded (or failed) if there was anything to embed."""
        return self.submitted and (self.handle is None or self.handle.done())

    async def wait(self) -> None:
        """Wait until :meth:`done` (returns at once if it is)."""
        if not self.submitted:
            if self.event is None:
                self.event = anyio.Event()
            await self.event.wait()
        if self.handle is not None:
            await self.handle.wait()

    def mark_submitted(self) -> None:
        self.submitted = True
        if self.event is not None:
            self.event.set()


#: The balances of a call reserved first: none read.
_UNREAD: Mapping[Scope, Any] = {}


def _llm_context(
    msg: PreCall,
    agent: _AgentState,
    session: _SessionState,
    now: float,
    balances: Mapping[Scope, Any] = _UNREAD,
) -> CallContext:
    """What the engine sees of the LLM call ``msg``: the request, the counts as they stand
    (read after the handler's last await, so that the engine and _admit's claim see the same
    counts) and ``balances`` (none read when it is reserved first)."""
    return CallContext(
        session=msg.session,
        agent=msg.agent,
        call_id=msg.call_id,
        model_ref=msg.model_ref,
        messages=msg.messages,
        max_tokens=msg.max_tokens,
        tools=msg.tools,
        now=now,
        tenant=agent.tenant,
        counters=Counters(agent.calls, session.calls, agent.steps, session.steps, session.started),
        balances=balances,
        reasoning_tokens=msg.reasoning_tokens,
        first_call_id=msg.first_call_id,
    )


class _Worker:
    """A background task of the governor's that parks while it has nothing to do: started on
    the first :meth:`wake`, woken by the next ones (cheaply: only a parked task is signalled)."""

    __slots__ = ("_idle", "_run", "_started")

    def __init__(self, run: Callable[[], Coroutine[Any, Any, None]]) -> None:
        self._run = run
        self._idle: anyio.Event | None = None
        self._started = False

    def wake(self, tg: TaskGroup) -> None:
        idle = self._idle
        if idle is not None:
            self._idle = None
            idle.set()
        elif not self._started:
            self._started = True
            tg.start_soon(self._run)

    async def park(self, new_event: Callable[[], anyio.Event]) -> None:
        """Wait for the next :meth:`wake`; ``new_event`` makes the event to wait on (the actor
        system's ``event``: the observer parks once per call)."""
        idle = self._idle = new_event()
        await idle.wait()


#: _AgentState.on_store before the agent's budgets were found on the store (no tenant is it).
_NOT_YET: Any = object()


@dataclass(slots=True)
class _AgentState:
    name: str
    session: str
    path: str
    ref: ActorRef[Any] | None
    tenant: str | None
    restart_count: int = 0
    calls: int = 0
    steps: int = 0
    stopped: str = ""
    tracker: LoopTracker | None = None
    # The last step, not yet observed (with its embedding, once submitted).
    pending: _PendingStep | None = None
    # What observing it found, observed while the governor was idle: acted on at the agent's
    # next call, exactly where it would have been found then.
    found: LoopResult | None = None
    # In the observer task's queue (once at most: the queue holds each agent once).
    queued: bool = False
    # The tenant under which every enforced budget of the agent's scopes was found on the
    # store (so its calls may reserve first, see Governor._on_store); _NOT_YET until then.
    on_store: object = _NOT_YET


@dataclass(slots=True)
class _SessionState:
    id: str
    started: float
    calls: int = 0
    steps: int = 0
    stopped: str = ""
    agents: set[str] = field(default_factory=set)
    limits_set: bool = False


@dataclass(slots=True)
class _Active:
    call_id: str
    agent: str
    session: str
    kind: Literal["llm", "tool"]
    model_ref: str
    grant: CallGrant | None
    ctx: CallContext | None
    started: float
    #: Where the call's reservation is held (for ReserveMore).
    scopes: tuple[Scope, ...] = ()


@dataclass(slots=True)
class _Held:
    """An escalated call waiting for a person's answer."""

    call_id: str
    agent: str
    session: str
    kind: Literal["llm", "tool", "loop"]
    escalation: Escalation
    ctx: CallContext | ToolContext | None
    asked: float
    #: For a loop escalation: the request to go on with on approval.
    request: PreCall | PreTool | None = None
    #: The scope the agent waits for the answer in: cancelled to withdraw the question.
    scope: anyio.CancelScope = field(default_factory=anyio.CancelScope)
    #: Asked by a governor that has since died: its answer is not acted on (AskAgain).
    carried: bool = False
    #: Why the question was withdrawn ("" while it stands): whatever answer comes is not
    #: acted on, and the agent is told to stop.
    withdrawn: str = ""
    #: What refuses the call once withdrawn (None: the agent is stopped).
    verdict: Decision | None = None
    #: What the person is asked: its request id and action go with the answer to the audit
    #: log, which otherwise could not say what a person approved.
    question: ApprovalRequest | None = None

    def asked_about(self) -> dict[str, Any]:
        """The question's request id and action, for the audit record of its answer."""
        question = self.question
        if question is None:
            return {}
        return {"request_id": question.request_id, "action": question.action}


#: How many settles the governor remembers by call id (to answer one asked again once). An
#: ask is repeated when the first waited past its timeout (at least 1 s) on a stalled store,
#: when few settles complete: the newest 1024 cover that, and what they hold (a pending step
#: keeps its response's text) stays small.
_SETTLES_KEPT = 1024


class _SettleOnce:
    """One call's settle: ``done`` once handled; ``receipt`` is None if its handler failed.
    ``waiting``: the event a second ask made while the first was still being handled (a
    governor handling messages concurrently); made only then, not on every settle."""

    __slots__ = ("done", "receipt", "waiting")

    def __init__(self) -> None:
        self.done = False
        self.receipt: Settled | None = None
        self.waiting: Any = None


class Governor(Actor):
    """The actor every governed call goes through; see the module docstring.

    Args:
        engine: The policy brain.
        store: The ledger store (reservations, spend, audit log).
        link: Where agents find this governor.
        sink: Where run events go (the TUI, JSON lines).
        embedder: The embedding service for the semantic loop detector, or None.
        on_session_stopped: Called with the session id and reason when a policy or an operator
            stops a whole session.
        on_agent_stopped: Called with the agent's name and the reason when a policy, a person
            or an operator stops one agent (once per agent).
        on_ledger_lost: Called with the store's message when it finds the ledger's data lost
            (:class:`LedgerLost`): every later call would be refused, so the run should end.
        clock: Monotonic seconds (injected for tests).
    """

    def __init__(
        self,
        engine: PolicyEngine,
        store: LedgerStore,
        link: GovernorLink,
        *,
        sink: EventSink | None = None,
        embedder: Embedder | None = None,
        on_session_stopped: Callable[[str, str], None] | None = None,
        on_agent_stopped: Callable[[str, str], None] | None = None,
        on_ledger_lost: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.store = store
        self.link = link
        self.sink: EventSink = sink or NullSink()
        self.embedder = embedder
        self.on_session_stopped = on_session_stopped
        self.on_agent_stopped = on_agent_stopped
        self.on_ledger_lost = on_ledger_lost
        self.clock = clock
        self.loop_config = loop_config_from_policy(engine.config)
        # Shared with the governors before and after this one (GovernorLink.agents).
        self._agents = link.agents
        self._sessions = link.sessions
        for carried in self._agents.values():
            # The last step a dead governor's observer held is not observed: its loop history
            # goes on from the step before.
            carried.pending = None
            carried.found = None
            carried.queued = False
        self._active: dict[str, _Active] = {}
        self._held = link.held
        for held in self._held.values():
            held.carried = True
        self._unsettled: list[Settle] = []
        # The settles handled, by call id (the newest _SETTLES_KEPT): an agent whose settle
        # ask timed out (the store slow or locked) asks again while the first is still being
        # written or after it was; the call is settled, reported and handed to the loop
        # detectors once, and the second ask gets the first one's receipt.
        self._settles: dict[str, _SettleOnce] = {}
        # Their call ids, oldest first, to forget the oldest in O(1) (a dict whose first keys
        # are deleted again and again scans past their holes to find the next first one).
        self._settle_order: deque[str] = deque()
        #: Audit records the store could not take (it was down), oldest first: written before
        #: the next record, and at stop, so the log has no gap (see _audit).
        self._audit_backlog: deque[tuple[str, dict[str, Any], str, str, float]] = deque()
        self._audit_dropped = 0
        # When the store was first found unreachable in this outage (clock seconds), or None
        # while it answers: the person is told once when it goes and once when it is back.
        self._store_down_since: float | None = None
        self._limited_kinds = {
            kind
            for kind in ("call", "agent", "session", "tenant", "global")
            if engine.budget_limits(Scope(kind, "x")) is not None
        }
        self._limits_seen: set[Scope] = set()
        #: (rule, hook) of the slow Python rules already said (see _say_slow).
        self._slow_said: set[tuple[str, str]] = set()
        # A Python rule's pre_call may read the spend of any enclosing scope in ctx.balances,
        # not only of those the policy file budgets: with such a rule, each one is read.
        self._rules_read_spend = any(
            getattr(type(rule), "pre_call", None) is not Rule.pre_call for rule in engine.rules
        )
        self._tool_rules_read_spend = any(
            getattr(type(rule), "pre_tool", None) is not Rule.pre_tool for rule in engine.rules
        )
        # Reserve first: with budgets on enclosing scopes (a call's own scope has none to
        # read) and no Python rule that may read the balances, a call's worst case is reserved
        # without reading them, the store's atomic check being the fit; only a shortfall (or a
        # call the engine cannot decide without them) reads them (_pre_call).
        # A shadow budget's "would not fit" is judged on its scope's spend, which no reserve
        # reports (it is on no store): its scopes are read (_balances), and calls take the
        # path that reads them.
        self._shadow_kinds = frozenset(
            kind
            for kind, budget in engine.config.budgets.items()
            if budget.mode == "shadow" and kind != "call"
        )
        self._read_kinds = frozenset(self._limited_kinds) | self._shadow_kinds
        self._reserve_first = (
            bool(self._limited_kinds - {"call"})
            and not self._rules_read_spend
            and not self._shadow_kinds
        )
        # With a store whose operations overlap well (SQLite's group commit, Redis pipelining),
        # the calls' handlers run in the lifespan task group: the governor decides the next
        # call while this one's reserve or settle is being written. Each handler claims what it
        # decides (counters, the active call) before its first await, and a reserve that
        # finishes after a stop is released, so the rules stay those of one call at a time.
        self._concurrent = bool(getattr(store, "concurrent", False))
        # A store that says its operations never wait (MemoryStore) makes every inline handler
        # one that never waits: it then runs with no shielding scope (Actor.inline_never_waits).
        self.inline_never_waits = not self._concurrent and bool(
            getattr(store, "never_waits", False)
        )
        self._tg: TaskGroup | None = None
        self._in_flight = 0
        # Reserves sent to the store and not answered yet, per scope: added to the balances the
        # engine plans with, so overlapping calls plan around each other (not on a Shortfall).
        self._reserving: dict[Scope, Amounts] = {}
        self._drained: anyio.Event | None = None
        # Handlers run on a pool of worker tasks (started as needed, parked when idle): waking
        # a parked task costs a few microseconds, starting a task per message about 25.
        self._work: deque[tuple[Callable[[Any], Awaitable[Any]], Any, Reply]] = deque()
        self._parked: list[anyio.Event] = []
        self._workers = 0
        # Agents whose last step waits to be observed by the loop tracker (each at most once,
        # so the queue stays within the number of agents even when the loop is never idle).
        # The observer task does it while the loop is idle, after the call has returned; a
        # next call that comes first observes it itself (_observe_pending), so the findings
        # and where they are acted on do not change, only who pays for observing.
        self._to_observe: deque[_AgentState] = deque()
        self._observer = _Worker(self._observe_queued)
        # Settles whose store write waits for the observer task (with a store whose writes never
        # wait, MemoryStore): the agent has its receipt (cost, decisions) at once, and the
        # reservation, which is at least the cost, stays held until the write. Nothing may
        # read the store first: every other message, and every stop, writes them before it
        # is handled (receive, on_stop, lifespan), so each decision sees what it saw before.
        self._to_settle: deque[tuple[Settle, Amounts]] = deque()
        # Steps the observer submitted for embedding, waiting for it in the judge task (at
        # most one per agent in practice: an agent's next step waits for this one's).
        self._to_judge: deque[tuple[_AgentState, _PendingStep]] = deque()
        self._judge = _Worker(self._judge_embedded)
        self._handlers: dict[type[Any], Callable[[Any], Any]] = {
            PreCall: self._pre_call,
            Settle: self._settle,
            ReserveMore: self._reserve_more,
            PreTool: self._pre_tool,
            ToolDone: self._tool_done,
            Answered: self._answered,
            Hello: self._hello,
            Goodbye: self._goodbye,
            StopSignal: self._stop_signal,
            Supervised: self._supervised,
        }

    # -- lifecycle -------------------------------------------------------------------------------

    async def on_start(self) -> None:
        self.link.attach(self.ref)
        if self.context.restart_count:
            logger.warning("governor.restarted", restart_count=self.context.restart_count)

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tg:
            self._tg = tg
            if self._sessions and self.engine.config.limits.max_session_seconds is not None:
                for session in self._sessions.values():  # a restarted governor's: their clocks
                    tg.start_soon(self._out_of_time, session)
            try:
                yield
            finally:
                # Settles written behind their calls: a governor that is killed writes them too.
                if self._to_settle:
                    with anyio.CancelScope(shield=True):
                        await self._write_settles()
                # A normal stop has let the calls in flight finish (on_stop). Killed (a
                # restart), they end now: their askers see the governor gone and ask the next
                # one; a reserve the store had already made stays open and counts as spent
                # until reconciled. Either way the parked workers go.
                self._tg = None
                tg.cancel_scope.cancel()
                # Steps the observer had not submitted yet: their agents' next calls (asking
                # the next governor) must not wait for them.
                for agent in self._agents.values():
                    if agent.pending is not None and not agent.pending.submitted:
                        agent.pending.mark_submitted()

    async def on_stop(self, reason: Any) -> None:
        self.link.detach(self.ref)
        if self._to_settle:
            with anyio.CancelScope(shield=True):
                await self._write_settles()
        if self._in_flight:
            # Let the calls being decided or settled finish: their answers and their settles
            # are what the agents wait for.
            self._drained = anyio.Event()
            with anyio.CancelScope(shield=True), anyio.move_on_after(5):
                await self._drained.wait()
        if self._unsettled:
            with anyio.CancelScope(shield=True), anyio.move_on_after(5):
                await self._flush_unsettled()
        if self._held and not getattr(reason, "abnormal", False):
            # The run is ending with questions still held (their agents were cancelled with
            # their session, and a cancelled agent says no goodbye): each escalation in the
            # audit log gets its withdrawal. (Killed, the governor's successor is asked again.)
            with anyio.CancelScope(shield=True), anyio.move_on_after(5):
                for held in list(self._held.values()):
                    session = self._sessions.get(held.session)
                    await self._audit_withdrawn(
                        held,
                        f"the session was stopped: {session.stopped}"
                        if session is not None and session.stopped
                        else "the run ended while a person decided",
                    )
            self._held.clear()
        if self._audit_backlog or self._audit_dropped:
            with anyio.CancelScope(shield=True), anyio.move_on_after(5):
                await self._flush_audit()
            if self._audit_backlog:
                logger.error(
                    "governor.audit_unwritten_at_stop",
                    records=len(self._audit_backlog),
                    events=[r[0] for r in itertools.islice(self._audit_backlog, 20)],
                    note="each is in this log whole, as governor.audit_deferred",
                )
        if self._unsettled:
            logger.error(
                "governor.unsettled_at_stop",
                calls=[s.call_id for s in self._unsettled],
                note="their reservations stay open in the store and count as spent",
            )

    def unwritten(self) -> tuple[int, int]:
        """What this governor could not write to its store before it stopped: ``(calls whose
        charge is unsettled, audit records)``. An unsettled call's reservation stays open in
        the store and counts as spent at its worst case until it is reconciled."""
        return len(self._unsettled), len(self._audit_backlog) + self._audit_dropped

    def answers_inline(self, message: Any) -> bool:
        # With a store whose operations never wait (MemoryStore), a call's pre-call and settle
        # run in the agent's task when the governor is idle: the same one-at-a-time decisions,
        # without the two task switches of a mailbox round trip. Other stores overlap their
        # writes on worker tasks instead (see receive).
        return not self._concurrent and type(message) in _INLINE

    async def receive(self, message: Any) -> Any:
        handler = self._handlers.get(type(message))
        if handler is None:
            return await super().receive(message)
        if self._to_settle and type(message) is not Settle:
            await self._write_settles()
        if self._unsettled and not isinstance(message, Settle):
            await self._flush_unsettled()
        tg = self._tg
        if self._concurrent and tg is not None and type(message) in _OVERLAPPING:
            self._work.append((handler, message, self.context.reply_later()))
            self._in_flight += 1
            if self._parked:
                self._parked.pop().set()
            elif self._workers < _MAX_WORKERS:
                self._workers += 1
                tg.start_soon(self._worker)
            return None
        return await handler(message)

    async def _worker(self) -> None:
        work = self._work
        while True:
            if not work:
                parked = anyio.Event()
                self._parked.append(parked)
                await parked.wait()
                continue
            await self._answer(*work.popleft())

    async def _answer(
        self, handler: Callable[[Any], Awaitable[Any]], message: Any, reply: Reply
    ) -> None:
        """Run one call's handler outside the mailbox loop and send its answer."""
        try:
            value = await handler(message)
        except Exception as exc:
            # As a handler raising in receive() would: the asker gets the error (the agent
            # raises GovernorUnavailable for it) and the governor is restarted by its
            # supervisor, taking over its agents and sessions (GovernorLink.agents) and the
            # balances in the store.
            reply.fail(exc)
            logger.error("governor.handler_failed", message=type(message).__name__, error=repr(exc))
            self.ref.kill(f"a handler failed: {exc!r}", by="governor")
        else:
            if not reply.send(value):
                await self.on_unclaimed(message, value)
        finally:
            self._in_flight -= 1
            if not self._in_flight and self._drained is not None:
                self._drained.set()

    async def on_unclaimed(self, message: Any, answer: Any) -> None:
        """The agent left before its grant came (its ask timed out while the store was slow,
        or it was cancelled): the call never runs, so its reservation is given back now
        instead of counting as spent until the run ends (or, in SQLite or Redis, until it is
        reconciled as an orphan). A call held for a person's approval is dropped: nobody will
        ask the person now."""
        if isinstance(answer, NeedsApproval):
            call_id = answer.request.call_id
            held = self._held.pop(call_id, None) if call_id is not None else None
            if held is not None:
                await self._audit_withdrawn(
                    held, "the agent left before the question reached a person"
                )
            return
        if not isinstance(answer, CallGrant):
            return  # a refusal, a settlement (already written): nothing held
        active = self._active.pop(answer.call_id, None)
        logger.warning(
            "governor.grant_unclaimed",
            call_id=answer.call_id,
            reserved=answer.reserved_cost,
            note="the agent left before its grant came; the call was not sent",
        )
        if active is None:
            return
        if active.kind == "llm":
            self.engine.unclaim(answer.call_id)  # not sent: out of the rate windows too
            with anyio.CancelScope(shield=True):
                try:
                    await self.store.release(answer.call_id)
                except StoreError as exc:  # Redis retries it on reconnect; SQLite reconciles it
                    logger.error("governor.release_failed", call_id=answer.call_id, error=str(exc))
        self.sink.emit(
            CallSettled(
                active.agent, active.session, answer.call_id, answer.model_ref, 0, 0, 0, "cancelled"
            )
        )

    def statistics(self) -> dict[str, int]:
        """Counts of what the governor holds now."""
        return {
            "agents": len(self._agents),
            "sessions": len(self._sessions),
            "active_calls": len(self._active),
            "held_for_approval": len(self._held),
            "unsettled": len(self._unsettled),
        }

    def cancel_agents(self, session: str, reason: str) -> int:
        """Cut short what every live agent of ``session`` is doing in ``run()`` (the session is
        stopping): an agent sleeping or working between calls would otherwise hold a graceful
        stop for its whole shutdown timeout. Calls in flight settle first (shielded). Returns
        how many agents were cancelled.
        """
        busy = {active.agent for active in self._active.values()}
        cancelled = 0
        for agent in self._agents.values():
            ref = agent.ref
            if agent.session != session or ref is None or not ref.is_alive:
                continue
            if agent.name in busy:
                # Its call was cut with the stop decision: the agent gets AgentStopped with the
                # partial text and ends by itself; cancelling it too would hide that.
                continue
            cancelled += ref.cancel_current(reason, by="governor")
        return cancelled

    def interrupt_all(self, reason: str) -> None:
        """The run is being interrupted: cut every call in flight and end every agent's work now.

        Cut calls still settle what they consumed (shielded, briefly); agents end without their
        graceful shutdown period. Synchronous, so it can run from a cancelled task.
        """
        decision = StopSession(rule="interrupted", reason=reason, numbers={})
        self._cancel_calls(lambda _active: True, decision)
        for agent in self._agents.values():
            ref = agent.ref
            if ref is not None and ref.is_alive:
                ref.cancel_current(reason, by="governor")

    def __repr__(self) -> str:
        return f"<Governor agents={len(self._agents)} active={len(self._active)}>"

    # -- sessions and agents ---------------------------------------------------------------------

    def _session(self, session: str) -> _SessionState:
        state = self._sessions.get(session)
        if state is None:
            started = self.link.session_started.setdefault(session, self.clock())
            state = self._sessions[session] = _SessionState(session, started)
            tg = self._tg
            if tg is not None and self.engine.config.limits.max_session_seconds is not None:
                tg.start_soon(self._out_of_time, state)
        return state

    def _agent(self, agent: str, session: str) -> _AgentState:
        state = self._agents.get(agent)
        if state is None:
            state = self._agents[agent] = _AgentState(agent, session, agent, None, None)
            self._session(session).agents.add(agent)
        if state.tracker is None:
            state.tracker = LoopTracker(self.loop_config)
        return state

    async def _hello(self, msg: Hello) -> None:
        state = self._agent(msg.agent, msg.session)
        state.ref = msg.ref
        state.path = msg.path
        state.tenant = msg.tenant
        if msg.restart_count != state.restart_count:
            # A fresh instance: fresh context, fresh loop history.
            state.restart_count = msg.restart_count
            state.pending = None
            state.found = None
            if state.tracker is not None:
                state.tracker.reset()
            # The old instance's question: nobody waits for it now.
            await self._drop_held(state, "the agent was restarted while a person decided")
        await self._ensure_limits(msg.session, msg.agent, msg.tenant)
        # An agent that starts in a stopped session (it started as the stop came) does
        # nothing more: showing it running would outlast the stop on screen and in the outcome.
        stopped = state.stopped or self._session(msg.session).stopped
        self._emit_state(state, "stopped" if stopped else "running")

    async def _goodbye(self, msg: Goodbye) -> None:
        state = self._agents.get(msg.agent)
        if state is None:
            return
        state.ref = None
        await self._drop_held(state, f"the agent ended ({msg.state}) while a person decided")
        self._emit_state(state, msg.state if msg.state != "failed" else "stopped")

    async def _drop_held(self, state: _AgentState, why: str) -> None:
        """Forget the calls ``state``'s agent left waiting for approval (it stopped, or was
        restarted, while a person was asked: the approver withdrew the question), and say
        so in the audit log: each escalation there has its answer or its withdrawal."""
        if self._held:
            for call_id in [
                c
                for c, h in self._held.items()
                if h.agent == state.name and h.session == state.session
            ]:
                await self._audit_withdrawn(self._held.pop(call_id), why)

    def _withdraw(
        self, which: Callable[[_Held], bool], why: str, verdict: Decision | None = None
    ) -> None:
        """Withdraw the questions of the matching held calls: each agent waiting for an
        answer stops waiting (its scope is cancelled, the approver withdraws the question,
        and the person is told) and sends the withdrawal back, which refuses the call with
        ``verdict`` (None: AgentStopped). An answer the person gave meanwhile is not acted
        on (``_answered``)."""
        for held in self._held.values():
            if which(held) and not held.withdrawn:
                held.withdrawn = why
                held.verdict = verdict
                if held.question is not None:
                    held.question.withdraw(why)  # the approver tells the person why
                held.scope.cancel(reason=f"governor: the question was withdrawn: {why}")

    async def _audit_withdrawn(self, held: _Held, why: str, waited: float | None = None) -> None:
        """The audit record of a question nobody answered: it was withdrawn, and why."""
        if waited is None:
            waited = self.clock() - held.asked
        await self._audit_as(
            "approval.withdrawn",
            {
                "call_id": held.call_id,
                **held.asked_about(),
                "rule": held.escalation.decision.rule,
                "answer": "deny",
                "by": "cancelled",
                "waited_s": round(max(0.0, waited), 3),
                "time": time.time(),
                "reason": why,
            },
            held.session,
            held.agent,
        )

    def _emit_state(self, state: _AgentState, value: Any) -> None:
        self.sink.emit(
            AgentStateChanged(state.name, state.path, state.session, value, state.restart_count)
        )

    async def _ensure_limits(self, session: str, agent: str, tenant: str | None) -> None:
        """Put the policy's budgets on the store's scopes the first time each is seen."""
        for scope in outer_scopes(agent, session, tenant):
            if scope in self._limits_seen or scope.kind not in self._limited_kinds:
                continue
            limits = self.engine.budget_limits(scope)
            if limits is None:
                continue
            try:
                await self.store.set_limit(scope, limits, limits.window)
                balance = await self.store.balance(scope)
            except StoreError as exc:
                logger.warning("governor.set_limit_failed", scope=str(scope), error=str(exc))
                continue
            self._limits_seen.add(scope)
            if limits.cost is not None and scope.kind in ("session", "agent"):
                self.sink.emit(
                    BudgetSet(
                        session,
                        agent if scope.kind == "agent" else None,
                        # What people granted earlier (a rerun of the session) counts.
                        balance.limit.cost if balance.limit.cost is not None else limits.cost,
                        balance.spent.cost,
                    )
                )

    # -- LLM calls -------------------------------------------------------------------------------

    async def _pre_call(
        self, msg: PreCall
    ) -> CallGrant | Refusal | NeedsApproval | Unavailable | Throttled:
        # (Every call: the lookups _agent and _session make, without their calls when the
        # agent and its session are known.)
        agent = self._agents.get(msg.agent)
        if agent is None or agent.tracker is None:
            agent = self._agent(msg.agent, msg.session)
        session = self._sessions.get(msg.session)
        if session is None:
            session = self._session(msg.session)
        if agent.stopped or session.stopped:
            stopped = self._stopped(agent, session, msg.call_id)
            if stopped is not None:
                return stopped
        if agent.pending is not None or agent.found is not None:
            loop = await self._observe_pending(agent, msg.call_id, msg)
            if loop is not None:
                return loop
        now = self.clock()
        if self._reserve_first and (agent.on_store is agent.tenant or self._on_store(agent)):
            # (Every call.) Reserve first; the balances are read only if that falls short.
            first = await self._pre_call_first(msg, agent, session, now)
            if first is not None:
                return first
        # The balances the engine needs are the enclosing scopes' (see _balances).
        scopes = outer_scopes(msg.agent, msg.session, agent.tenant)
        for _attempt in range(3):
            try:
                balances = await self._balances(scopes, self._rules_read_spend)
            except StoreError as exc:
                return self._unavailable(msg, exc)
            if agent.stopped or session.stopped:
                stopped = self._stopped(agent, session, msg.call_id)
                if stopped is not None:
                    return stopped
            ctx = _llm_context(msg, agent, session, now, balances)
            verdict = self.engine.pre_call(ctx)
            if self.engine.slow_rules:
                self._say_slow()
            if type(verdict) is Permit:  # the common case, ahead of the isinstance tests
                result = await self._admit(verdict, ctx, agent)
                if result is not None:
                    return result
                continue  # a shortfall from the store, as below
            if isinstance(verdict, Refuse):
                return await self._refuse_call(verdict, ctx, msg, agent, session)
            if isinstance(verdict, Escalation):
                return await self._hold(verdict, agent, msg.call_id, "llm", ctx)
            result = await self._admit(verdict, ctx, agent)
            if result is not None:
                return result
            # A shortfall from the store: another process spent in between. Ask again.
        refuse = Refuse(
            kind="budget",
            decision=Interrupt(
                rule="budgets",
                reason="The budget changed under this call three times in a row; refused.",
                numbers={"model": msg.model_ref},
            ),
        )
        return await self._refused(refuse, agent, msg.call_id)

    def _on_store(self, agent: _AgentState) -> bool:
        """Whether every enforced budget of ``agent``'s enclosing scopes is on the store (put
        there by _ensure_limits): only then is the store's reserve the budgets' whole fit.
        Remembered per agent (and tenant) once true: a limit put on the store stays."""
        limited = self._limited_kinds
        seen = self._limits_seen
        for scope in outer_scopes(agent.name, agent.session, agent.tenant):
            if scope.kind in limited and scope not in seen:
                return False
        agent.on_store = agent.tenant
        return True

    async def _pre_call_first(
        self, msg: PreCall, agent: _AgentState, session: _SessionState, now: float
    ) -> CallGrant | Refusal | NeedsApproval | Unavailable | Throttled | None:
        """The call decided without reading a balance: the engine decides what needs none
        and the worst case is reserved at once (the store's atomic check is the fit), the
        warnings that need the balances taken from those the reserve reports. None when that
        cannot answer (a shortfall, or the engine needs the balances): then _pre_call reads
        them and decides as ever."""
        if agent.stopped or session.stopped:  # (stopped while a loop step was observed)
            stopped = self._stopped(agent, session, msg.call_id)
            if stopped is not None:
                return stopped
        ctx = _llm_context(msg, agent, session, now)
        verdict = self.engine.pre_call_unfitted(ctx)
        if self.engine.slow_rules:
            self._say_slow()
        if type(verdict) is Unfitted:  # the common case
            return await self._admit(verdict.permit, ctx, agent, unfitted=verdict)
        if verdict is None:
            return None
        assert isinstance(verdict, Refuse)
        return await self._refuse_call(verdict, ctx, msg, agent, session)

    async def _refuse_call(
        self,
        verdict: Refuse,
        ctx: CallContext,
        msg: PreCall,
        agent: _AgentState,
        session: _SessionState,
    ) -> Refusal | Throttled:
        """A refused LLM call: it waits for room under a per-minute limit while the policy
        lets it (Throttled), or it is refused."""
        throttled = self._throttled(verdict, msg.waited, session)
        if throttled is not None:
            # It waits: for the session's tokens per minute, in line (first come, first
            # served); the engine keeps the line.
            self.engine.waiting(ctx, verdict, throttled.retry_after)
            return throttled
        self.engine.stop_waiting(ctx)
        return await self._refused(verdict, agent, msg.call_id)

    async def _admit(
        self,
        permit: Permit,
        ctx: CallContext,
        agent: _AgentState,
        recorded: tuple[Decision, ...] = (),
        approved: _Approved | None = None,
        unfitted: Unfitted | None = None,
    ) -> CallGrant | Refusal | Unavailable | None:
        """Reserve ``permit``'s worst case and hand out the grant; None on a store shortfall.

        ``recorded``: decisions of the permit already recorded (when the call was held for a
        person), not recorded again. ``approved``: what a person approved raising the short
        scopes by for this call; the store raises them by what it needs, at most that, with
        the reservation, and each raise is recorded (``budget.granted``). ``unfitted``: the
        engine decided ``permit`` without the balances; once reserved, the permit that runs
        is the one it gives with the balances the reserve reports (PolicyEngine.fitted)."""
        scopes = ctx.scopes()
        session = self._sessions.get(ctx.session)
        if session is None:
            session = self._session(ctx.session)
        # Claimed before the first await, so that calls decided meanwhile count this one.
        agent.calls += 1
        agent.steps += 1
        session.calls += 1
        session.steps += 1
        admitted = False
        try:
            if "call" in self._limited_kinds:
                limits = self.engine.budget_limits(scopes[0])
                if limits is not None:
                    try:
                        await self.store.set_limit(scopes[0], limits)
                    except StoreError as exc:
                        return self._unavailable(ctx, exc)
            else:
                # No budget limits a call by itself: its own scope would be an account opened
                # and dropped on every call that nothing reads. The enclosing ones are charged.
                scopes = scopes[1:]
            try:
                reserved = await self._reserve(
                    ctx.call_id,
                    scopes,
                    permit.reservation,
                    permit.model_ref,
                    None if approved is None else approved.amounts,
                )
            except StoreError as exc:
                return self._unavailable(ctx, exc)
            except DuplicateCall as exc:
                return await self._reserved_before(permit, ctx, agent, exc, approved, unfitted)
            else:
                if self._store_down_since is not None:
                    self._store_back()
            if isinstance(reserved, Shortfall):
                if unfitted is not None:
                    return None  # reserved first: the budgets are read and fitted now
                logger.info(
                    "governor.store_shortfall",
                    call_id=ctx.call_id,
                    scope=str(reserved.scope),
                    remaining=reserved.remaining,
                )
                return None
            stopped = (
                self._stopped(agent, session, ctx.call_id)
                if agent.stopped or session.stopped
                else None
            )
            if stopped is not None:
                # Stopped while the reserve was being written: nothing was sent, give it back.
                with contextlib.suppress(StoreError):
                    await self.store.release(ctx.call_id)
                return stopped
            if unfitted is not None:
                after = reserved.balances
                if after is None:
                    # A store that does not report them: read now, they hold this reserve.
                    try:
                        after = await self._balances(ctx.scopes())
                    except StoreError as exc:
                        with contextlib.suppress(StoreError):
                            await self.store.release(ctx.call_id)
                        return self._unavailable(ctx, exc)
                permit = self.engine.fitted(ctx, unfitted, after)
            admitted = True
        finally:
            if not admitted:
                self.engine.unclaim(ctx.call_id)  # never sent: not in the rate windows
                agent.calls -= 1
                agent.steps -= 1
                session.calls -= 1
                session.steps -= 1
        monitor = self.engine.open_stream(ctx, permit)
        grant = CallGrant(  # every field but cut, by position
            ctx.call_id,
            permit.model_ref,
            permit.max_tokens,
            permit.input_tokens,
            permit.reservation.cost,
            self.context.system.cancel_scope(),
            monitor,
            permit.decisions,
            permit.rerouted_from,
        )
        self._active[ctx.call_id] = _Active(
            ctx.call_id,
            agent.name,
            ctx.session,
            "llm",
            permit.model_ref,
            grant,
            ctx,
            self.clock(),
            tuple(scopes),
        )
        if permit.decisions:
            for decision in permit.decisions:
                if not any(decision is done for done in recorded):
                    await self._record(decision, agent, ctx.call_id)
        if approved is not None and reserved.granted:
            await self._granted(reserved, approved, permit, ctx, agent)
        self.sink.emit(
            CallStarted(
                agent.name,
                ctx.session,
                ctx.call_id,
                permit.model_ref,
                "llm",
                permit.reservation.cost,
            )
        )
        return grant

    async def _granted(
        self,
        reserved: Reservation,
        grant: _Approved,
        permit: Permit,
        ctx: CallContext,
        agent: _AgentState,
    ) -> None:
        """Record what a person's approval raised each scope's budget by: an audit record
        (``budget.granted``) and a decision the TUI and ``supervise logs`` show."""
        raised = reserved.granted or {}
        text = describe_grant(raised)
        approved = describe_grant(grant.amounts)
        who = "a person at the terminal" if grant.by == "keyboard" else "the approver"
        await self._audit(
            "budget.granted",
            {
                "call_id": ctx.call_id,
                "model": permit.model_ref,
                "max_tokens": permit.max_tokens,
                "worst_case": _amounts_data(permit.reservation),
                "granted": {scope.key(): _amounts_data(a) for scope, a in raised.items()},
                "approved": {scope.key(): _amounts_data(a) for scope, a in grant.amounts.items()},
                "by": grant.by,
                "waited_s": round(grant.waited, 3),
            },
            agent,
        )
        note = Warn(
            rule="budgets.granted",
            reason=(
                f"Approved by {who}: granted {text} so this call ({permit.model_ref}, worst "
                f"case {format_usd(permit.reservation.cost)}) could run (approved at most "
                f"{approved})."
            ),
            numbers={
                "granted": text,
                "approved": approved,
                "by": grant.by,
                "worst_case_cost": permit.reservation.cost,
            },
        )
        await self._record(note, agent, ctx.call_id)
        for scope, amounts in raised.items():
            if amounts.cost and scope.kind in ("session", "agent"):
                # The screen draws spend against the budget: against the raised one now.
                try:
                    balance = await self.store.balance(scope)
                except StoreError:
                    continue  # only the bar is late; the grant is recorded
                if balance.limit.cost is not None:
                    self.sink.emit(
                        BudgetSet(
                            ctx.session,
                            agent.name if scope.kind == "agent" else None,
                            balance.limit.cost,
                            balance.spent.cost,
                        )
                    )

    async def _reserved_before(
        self,
        permit: Permit,
        ctx: CallContext,
        agent: _AgentState,
        exc: DuplicateCall,
        grant: _Approved | None = None,
        unfitted: Unfitted | None = None,
    ) -> CallGrant | Refusal | Unavailable | None:
        """The store already holds a reservation under this call's id. An agent asks again
        with the same id only when the governor it asked was killed before answering (see
        ``Agent._ask_governor``): that governor's reserve was written and its grant never came,
        so nothing was sent under the id. Give that reservation back and admit the call under
        a fresh id (the grant carries it). One the store will not give back (finished, or
        another process's) refuses the call."""
        try:
            await self.store.release(ctx.call_id)
        except StoreError as error:
            return self._unavailable(ctx, error)
        except UnknownCall as error:
            refuse = Refuse(
                kind="rule",
                decision=Interrupt(
                    rule="governor",
                    reason=f"{exc} It could not be given back ({error}); the call was not sent.",
                    numbers={"call_id": ctx.call_id},
                ),
            )
            return await self._refused(refuse, agent, ctx.call_id)
        fresh = dataclasses.replace(ctx, call_id=new_call_id(ctx.call_id[0]))
        logger.warning(
            "governor.reserved_before",
            call_id=ctx.call_id,
            new_call_id=fresh.call_id,
            note="a governor killed before answering had reserved this call; given back",
        )
        return await self._admit(permit, fresh, agent, approved=grant, unfitted=unfitted)

    async def _reserve(
        self,
        call_id: str,
        scopes: Sequence[Scope],
        amounts: Amounts,
        model: str,
        grant: Mapping[Scope, Amounts] | None = None,
    ) -> Reservation | Shortfall:
        """The store's reserve, counted meanwhile in ``_reserving`` (with a store whose writes
        overlap), so that calls decided while it is written see it (``_balances``)."""
        pending = self._reserving if self._concurrent else None
        if pending is None:
            return await self._store_reserve(call_id, scopes, amounts, model, grant)
        for scope in scopes:
            pending[scope] = pending.get(scope, _NOTHING) + amounts
        try:
            return await self._store_reserve(call_id, scopes, amounts, model, grant)
        finally:
            for scope in scopes:
                left = pending[scope] - amounts
                if left.is_zero():
                    del pending[scope]
                else:
                    pending[scope] = left

    def _store_reserve(
        self,
        call_id: str,
        scopes: Sequence[Scope],
        amounts: Amounts,
        model: str,
        grant: Mapping[Scope, Amounts] | None,
    ) -> Awaitable[Reservation | Shortfall]:
        """The store's reserve; ``grant`` is passed only when there is one, so that a store of
        one's own written before grants (its ``reserve`` without the argument) still works."""
        if grant is None:  # (every call)
            return self.store.reserve(call_id, scopes, amounts, model=model)
        return self.store.reserve(call_id, scopes, amounts, model=model, grant=grant)

    async def _reserve_more(self, msg: ReserveMore) -> int:
        """Reserve up to ``msg.tokens`` more output for a stream that passed its reservation
        on the estimate alone, on every scope its reservation holds, as much as fits; the output
        tokens reserved (0: nothing fits, the store failed, or the call is not known here, and
        the agent cuts the stream; not the cost, which is 0 for a model priced at 0). The grant
        and its monitor then allow for it."""
        active = self._active.get(msg.call_id)
        grant = active.grant if active is not None else None
        monitor = grant.monitor if grant is not None else None
        if active is None or grant is None or monitor is None or grant.more_tokens:
            return 0
        tokens = msg.tokens
        for _ in range(3):  # a shortfall names one scope; the next try may meet another's
            if tokens <= 0:
                break
            amounts = Amounts(monitor.output_cost(tokens), tokens, 0)
            try:
                reserved = await self._reserve(
                    more_id(msg.call_id), active.scopes, amounts, active.model_ref
                )
            except (StoreError, DuplicateCall) as exc:
                logger.warning("governor.reserve_more_failed", call_id=msg.call_id, error=str(exc))
                return 0
            if not isinstance(reserved, Shortfall):
                if msg.call_id not in self._active:
                    # Settled while the store wrote it (the agent was cancelled meanwhile and
                    # its settle ran on another worker): nothing will give it back but this.
                    with contextlib.suppress(StoreError, UnknownCall):
                        await self.store.release(more_id(msg.call_id))
                    return 0
                grant.more_cost, grant.more_tokens = amounts.cost, tokens
                grant.reserved_cost += amounts.cost
                monitor.extend(amounts.cost, tokens)
                logger.info(
                    "governor.reserved_more",
                    call_id=msg.call_id,
                    output_tokens=tokens,
                    asked=msg.tokens,
                    cost=amounts.cost,
                )
                return tokens
            if reserved.dimension == "cost":
                tokens = min(tokens - 1, monitor.output_tokens_for(reserved.remaining))
            elif reserved.dimension == "tokens":
                tokens = min(tokens - 1, reserved.remaining)
            else:
                tokens = 0
        logger.info(
            "governor.reserve_more_refused",
            call_id=msg.call_id,
            asked=msg.tokens,
            note="no budget holds more for it: the stream is cut before it passes its reservation",
        )
        return 0

    async def _settle(self, msg: Settle) -> Settled:
        settles = self._settles
        call_id = msg.call_id
        once = settles.get(call_id)
        if once is not None:
            if not once.done:
                if once.waiting is None:
                    once.waiting = self.context.system.event()
                await once.waiting.wait()
            if once.receipt is not None:
                logger.info("governor.settle_asked_again", call_id=call_id)
                return once.receipt
        once = settles[call_id] = _SettleOnce()
        order = self._settle_order
        order.append(call_id)
        if len(order) > _SETTLES_KEPT:
            settles.pop(order.popleft(), None)
        try:
            once.receipt = await self._settle_call(msg)
        finally:
            once.done = True
            if once.waiting is not None:
                once.waiting.set()
        return once.receipt

    async def _settle_call(self, msg: Settle) -> Settled:
        active = self._active.pop(msg.call_id, None)
        grant = active.grant if active is not None else None
        if grant is not None and grant.more_tokens and not msg.more_tokens:
            # Reserved after the agent wrote its settle (it was cancelled while it asked).
            msg = replace(msg, reserved_more=grant.more_cost, more_tokens=grant.more_tokens)
        agent = self._agents.get(msg.agent)
        if agent is None or agent.tracker is None:
            agent = self._agent(msg.agent, msg.session)
        try:
            cost = _settled_cost(self.engine, msg)
        except UnknownPrice:
            cost = active.grant.reserved_cost if active and active.grant else 0
        actual = Amounts(cost, msg.input_tokens + msg.output_tokens, 1)
        tg = self._tg
        if tg is not None and not self._concurrent:
            # Written behind the call (see _to_settle): the agent does not wait for it.
            self._to_settle.append((msg, actual))
            self._observer.wake(tg)
            durable = True
        else:
            durable = await self._write_settle(msg, actual)
        self.sink.emit(
            CallSettled(
                msg.agent,
                msg.session,
                msg.call_id,
                msg.model_ref,
                msg.input_tokens,
                msg.output_tokens,
                cost,
                msg.outcome,
            )
        )
        decisions: list[Decision] = []
        stream_cut: Decision | None = None
        if active is not None and active.grant is not None:
            monitor = active.grant.monitor
            if monitor is not None and monitor.decisions:
                # Shadow decisions and warnings changed nothing in the stream: record them here.
                decisions.extend(
                    d for d in monitor.decisions if d.mode == "shadow" or isinstance(d, Warn)
                )
            cut = active.grant.cut
            if cut is not None and cut not in decisions:
                decisions.append(cut)
                if monitor is not None and cut in monitor.decisions:
                    stream_cut = cut  # the agent cut on a stream rule: carry out what it says
            # Used more than reserved (the final count; too late to cut): never silent.
            if cost > active.grant.reserved_cost or (
                msg.input_tokens + msg.output_tokens
                > active.grant.input_tokens + active.grant.max_tokens + active.grant.more_tokens
            ):
                decisions.append(_over_reservation(active.grant, cost, msg))
        if (
            active is not None
            and active.ctx is not None
            and self.engine.needs_post_call(active.ctx)
        ):
            outcome = CallOutcome(
                model_ref=msg.model_ref,
                input_tokens=msg.input_tokens,
                output_tokens=msg.output_tokens,
                cost=cost,
                text=msg.text,
                tool_calls=msg.tool_calls,
                finish_reason=msg.finish_reason,
            )
            after = self.engine.post_call(active.ctx, outcome)
            if self.engine.slow_rules:
                self._say_slow()
            if after:
                decisions.extend(after)
                # A Python rule's post_call may restart or stop the agent, or stop the session:
                # carried out as a stream rule's cut would be (most severe wins). What is less
                # severe concerns a call that has already finished: it is recorded.
                worst = most_severe(after)
                if worst.severity >= RestartAgent.severity and (
                    stream_cut is None
                    or stream_cut.mode != "enforce"
                    or worst.severity > stream_cut.severity
                ):
                    stream_cut = worst
        for decision in decisions:
            await self._record(decision, agent, msg.call_id)
        if stream_cut is not None and stream_cut.mode == "enforce":
            if isinstance(stream_cut, RestartAgent):
                self._restart(agent, stream_cut, msg.call_id)
            elif isinstance(stream_cut, StopSession):
                self._stop_session(agent.session, stream_cut)
            elif isinstance(stream_cut, StopAgent):
                self._stop_agent(agent, stream_cut)
        handle = None
        if msg.outcome in ("ok", "cut") and (msg.text or msg.tool_calls):
            handle = self._new_pending(_PendingStep(None, msg), agent)
        return Settled(cost, durable, handle, tuple(decisions))

    async def _write_settle(self, msg: Settle, actual: Amounts) -> bool:
        """Charge ``actual`` in the store; False (kept for a retry) if the store is down."""
        try:
            settlement = await self._charge(msg, actual)
        except StoreError as exc:
            self._unsettled.append(msg)
            log = logger.error if self._store_gone(exc) else logger.warning
            log(
                "governor.settle_deferred",
                call_id=msg.call_id,
                error=str(exc),
                note="the reservation stays held (counted as spent) until the store is back",
            )
            return False
        if self._store_down_since is not None:
            self._store_back()
        if getattr(settlement, "flagged", False) and (
            # Past the call's reservation, but within what was reserved more for it, is not
            # over (in cost, or in tokens: a model priced at 0 reserves only tokens more).
            not msg.more_tokens
            or settlement.overrun.cost > msg.reserved_more
            or settlement.overrun.tokens > msg.more_tokens
        ):
            logger.warning(
                "governor.settled_above_reservation",
                call_id=msg.call_id,
                cost=actual.cost,
                overrun=getattr(settlement, "overrun", None),
            )
        return True

    async def _charge(self, msg: Settle, actual: Amounts) -> Settlement:
        """Charge ``actual`` to the call's reservation, then give back what ReserveMore held
        for it, in that order: in between, the charge and the extra reservation both count,
        so no other call can take the room the charge needs."""
        settlement = await self.store.settle(msg.call_id, actual)
        if msg.more_tokens:  # (a free model's extra reservation holds tokens, no cost)
            try:
                await self.store.release(more_id(msg.call_id))
            except UnknownCall:
                pass  # given back already (a settle asked again)
        return settlement

    async def _write_settles(self) -> None:
        """Write the settles left behind by the calls (see _to_settle), oldest first."""
        queue = self._to_settle
        while queue:
            msg, actual = queue.popleft()
            await self._write_settle(msg, actual)

    async def _flush_unsettled(self) -> None:
        pending, self._unsettled = self._unsettled, []
        for msg in pending:
            try:
                cost = _settled_cost(self.engine, msg)
            except UnknownPrice:
                cost = 0
            try:
                await self._charge(
                    msg,
                    Amounts(cost=cost, tokens=msg.input_tokens + msg.output_tokens, calls=1),
                )
            except StoreError:
                self._unsettled.append(msg)
            else:
                logger.info("governor.settle_recovered", call_id=msg.call_id, cost=cost)
                self._store_back()

    # -- tools -----------------------------------------------------------------------------------

    async def _pre_tool(
        self, msg: PreTool
    ) -> CallGrant | Refusal | NeedsApproval | Throttled | Unavailable:
        agent = self._agent(msg.agent, msg.session)
        session = self._session(msg.session)
        stopped = self._stopped(agent, session, msg.call_id)
        if stopped is not None:
            return stopped
        loop = await self._observe_pending(agent, msg.call_id, msg)
        if loop is not None:
            return loop
        balances: Mapping[Scope, Any] = {}
        if self._tool_rules_read_spend:
            try:
                balances = await self._balances(
                    outer_scopes(msg.agent, msg.session, agent.tenant), every=True
                )
            except StoreError as exc:
                return self._unavailable(msg, exc)
            stopped = self._stopped(agent, session, msg.call_id)  # stopped while it read
            if stopped is not None:
                return stopped
        ctx = ToolContext(
            session=msg.session,
            agent=msg.agent,
            call_id=msg.call_id,
            name=msg.name,
            args=msg.args,
            now=self.clock(),
            tenant=agent.tenant,
            counters=self._counters(agent, session),
            args_fit=msg.args_fit,
            balances=balances,
        )
        verdict = self.engine.pre_tool(ctx)
        if self.engine.slow_rules:
            self._say_slow()
        if isinstance(verdict, Refuse):
            return self._throttled(verdict, msg.waited, session) or await self._refused(
                verdict, agent, msg.call_id
            )
        if isinstance(verdict, Escalation):
            return await self._hold(verdict, agent, msg.call_id, "tool", ctx)
        return await self._grant_tool(verdict, ctx, agent)

    def _throttled(self, refuse: Refuse, waited: float, session: _SessionState) -> Throttled | None:
        """A call over a per-minute limit waits for room instead, while the policy's
        ``rate_wait_seconds`` allows: the agent asks again after ``retry_after``. Nothing is
        audited for it (the call was not refused); a refusal once the wait is spent is.

        The wait ends at the session's wall-clock deadline (``max_session_seconds``) if that
        comes first and the limit refuses or stops there: the call then meets that limit
        instead of sleeping past the session's end.
        """
        retry = refuse.retry_after
        limits = self.engine.config.limits
        if refuse.kind != "rate" or retry is None:
            return None
        if waited + retry > limits.rate_wait_seconds:
            return None
        if limits.max_session_seconds is not None:
            deadline = session.started + limits.max_session_seconds
            left = deadline - self.clock()
            if left < retry:
                late = self.engine.session_time_up(session.started, deadline)
                if (
                    late is not None
                    and late.mode == "enforce"
                    and not isinstance(late, (Allow, Warn, Escalate))
                ):
                    retry = max(0.0, left)
        return Throttled(retry, refuse.decision.rule, refuse.decision.reason)

    async def _grant_tool(
        self,
        permit: ToolPermit,
        ctx: ToolContext,
        agent: _AgentState,
        recorded: tuple[Decision, ...] = (),
    ) -> CallGrant:
        session = self._session(ctx.session)
        agent.steps += 1
        session.steps += 1
        grant = CallGrant(
            call_id=ctx.call_id,
            model_ref=f"tool:{ctx.name}",
            max_tokens=0,
            input_tokens=0,
            reserved_cost=0,
            scope=self.context.system.cancel_scope(),
            monitor=None,
            decisions=permit.decisions,
        )
        self._active[ctx.call_id] = _Active(
            ctx.call_id, agent.name, ctx.session, "tool", ctx.name, grant, None, self.clock()
        )
        if permit.decisions:
            for decision in permit.decisions:
                if not any(decision is done for done in recorded):
                    await self._record(decision, agent, ctx.call_id)
        self.sink.emit(
            CallStarted(agent.name, ctx.session, ctx.call_id, f"tool:{ctx.name}", "tool", 0)
        )
        return grant

    async def _tool_done(self, msg: ToolDone) -> _PendingStep | None:
        self._active.pop(msg.call_id, None)
        agent = self._agent(msg.agent, msg.session)
        step = Step.tool_call(
            msg.name, dict(msg.args), observation=msg.observation, error=msg.error
        )
        handle = self._new_pending(_PendingStep(step), agent)
        self.sink.emit(
            CallSettled(
                msg.agent,
                msg.session,
                msg.call_id,
                f"tool:{msg.name}",
                0,
                0,
                0,
                "error" if msg.error else "ok",
            )
        )
        return handle

    # -- escalation ------------------------------------------------------------------------------

    async def _hold(
        self,
        escalation: Escalation,
        agent: _AgentState,
        call_id: str,
        kind: Literal["llm", "tool"],
        ctx: CallContext | ToolContext,
    ) -> NeedsApproval:
        held = self._held[call_id] = _Held(
            call_id, agent.name, agent.session, kind, escalation, ctx, self.clock()
        )
        decision = escalation.decision
        self._emit_decision(decision, agent, call_id)
        await self._record_audit(decision, agent, call_id)
        # What else was decided on this call (a shadow rule's finding, a warning) is recorded
        # now, whatever the person answers: a call denied, stopped or refused after the
        # answer never reaches the grant that would record it. The grant skips these.
        for other in escalation.decisions:
            if other is not decision:
                await self._record(other, agent, call_id)
        if isinstance(ctx, ToolContext):
            action = f"call the tool {ctx.name}({_short_args(ctx.args)})"
        else:
            permit = escalation.permit
            if permit is not None and escalation.grant:
                granting = escalation.evidence.get("grant") or describe_grant(escalation.grant)
                action = (
                    f"grant {granting} so this call ({permit.model_ref}, max_tokens="
                    f"{permit.max_tokens}, worst case {format_usd(permit.reservation.cost)}) "
                    "can run"
                )
            elif permit is not None:
                action = (
                    f"call {permit.model_ref} with max_tokens={permit.max_tokens} "
                    f"(worst case {format_usd(permit.reservation.cost)})"
                )
            else:
                outcome = (
                    "it is refused"
                    if escalation.fallback is None
                    else "the agent gets the fallback"
                )
                action = (
                    f"call {ctx.model_ref} beyond its budget (no answer lets it run: {outcome})"
                )
        # The question goes to a person, a chat channel, the TUI and the run's events: a tool's
        # arguments (a token, a URL with its password) are shown redacted, as in the audit log.
        request = ApprovalRequest(
            agent=agent.name,
            session=agent.session,
            rule=decision.rule,
            reason=redact(escalation.question or decision.reason),
            evidence=redact(dict(escalation.evidence)),
            action=redact(action),
            call_id=call_id,
        )
        held.question = request
        self._emit_state(agent, "waiting_approval")
        return NeedsApproval(request, escalation.decisions, held.scope)

    async def _answered(self, msg: Answered) -> CallGrant | Refusal | Unavailable | AskAgain:
        held = self._held.pop(msg.call_id, None)
        if held is not None and held.carried:
            agent = self._agent(held.agent, held.session)
            if not (held.withdrawn or agent.stopped or self._session(held.session).stopped):
                held = None  # asked by a governor that died meanwhile: decided afresh
        answer: dict[str, Any] = {
            "call_id": msg.call_id,
            "answer": msg.answer,
            "by": msg.by,
            "waited_s": round(msg.waited, 3),
            "time": time.time(),
        }
        if msg.detail:
            answer["detail"] = msg.detail
        if held is None:
            # This governor never asked (it was restarted while the person decided, and the
            # store keeps no questions): the answer is recorded, and the call is sent again
            # to be decided afresh, never run on an answer nobody here can check.
            reason = (
                "The governor was restarted while a person decided, so it holds no question "
                "for this answer; the call is decided afresh."
            )
            logger.warning("governor.answer_unheld", call_id=msg.call_id, answer=msg.answer)
            if msg.agent:
                await self._audit(
                    "approval.answer_unheld",
                    {**answer, "note": reason},
                    self._agent(msg.agent, msg.session),
                )
            return AskAgain(reason)
        agent = self._agent(held.agent, held.session)
        session = self._session(held.session)
        decision = held.escalation.decision
        why_stopped = (
            held.withdrawn
            or (agent.stopped and f"the agent was stopped: {agent.stopped}")
            or (session.stopped and f"the session was stopped: {session.stopped}")
        )
        if msg.by == "cancelled":
            await self._audit_withdrawn(
                held, why_stopped or msg.detail or "the approver withdrew it", msg.waited
            )
        else:
            if why_stopped:
                answer["note"] = (
                    "The question was withdrawn while the person decided, so the answer is "
                    f"not acted on: {why_stopped}"
                )
            await self._audit(
                "approval.answered",
                {**answer, **held.asked_about(), "rule": decision.rule},
                agent,
            )
        if why_stopped:
            # Withdrawn while the person decided (an operator, a limit, another agent's
            # StopSession, the agent's supervisor giving up): an answer that crossed the
            # withdrawal must not run the call after it, and the agent ends.
            stopped = self._stopped(agent, session, msg.call_id)
            if stopped is not None:
                return stopped
            if held.verdict is not None:  # the session's deadline: the call is refused
                verdict = held.verdict
                return await self._refused(
                    Refuse(kind="limit", decision=verdict, decisions=(verdict,)),
                    agent,
                    msg.call_id,
                )
            # Its supervisor gave up: the agent is being shut down.
            end = StopAgent(rule="supervisor", reason=why_stopped, numbers={})
            return Refusal(Refuse(kind="stopped", decision=end), stop_agent=True)
        self._emit_state(agent, "running")
        if msg.answer == "stop":
            stop = StopAgent(
                rule=decision.rule,
                reason=(
                    f"{_nobody_answered(msg)}, so the agent is stopped: {decision.reason}"
                    if msg.by == "default"
                    else f"A person chose to stop the agent when asked: {decision.reason}"
                ),
                numbers=dict(decision.numbers),
            )
            return await self._refused(
                Refuse(kind="stopped", decision=stop, decisions=(stop,)), agent, msg.call_id
            )
        if msg.answer == "deny":
            if msg.by == "failed":
                why = f"The approver failed, so the call is denied (fail closed): {msg.detail}."
            elif msg.by == "default":
                # Nobody denied anything: the agent (and the model reading the refusal) must
                # not be told a person refused, nor the operator reading the log.
                why = f"{_nobody_answered(msg)}:"
            elif msg.by == "cancelled":
                why = "The question was withdrawn before anyone answered it:"
            else:
                why = "A person denied it:"
            fallback = held.escalation.fallback
            deny = Interrupt(
                rule=decision.rule,
                reason=f"{why} {decision.reason}",
                numbers=dict(decision.numbers),
                fallback=fallback,
            )
            return Refusal(Refuse(kind="rule", decision=deny, fallback=fallback, decisions=(deny,)))
        # Approved.
        if held.request is not None:
            # A loop the person lets go on: the call proceeds through the usual checks.
            if isinstance(held.request, PreCall):
                return await self._pre_call(held.request)  # type: ignore[return-value]
            return await self._pre_tool(held.request)  # type: ignore[return-value]
        late = self.engine.session_time_up(session.started, self.clock())
        if (
            late is not None
            and late.mode == "enforce"
            and not isinstance(late, (Allow, Warn, Escalate))
            and late.rule != decision.rule
        ):
            # The session's time ran out while the person decided: what the deadline cut
            # for the calls that were running applies to this one too.
            return await self._refused(
                Refuse(kind="limit", decision=late, decisions=(late,)), agent, msg.call_id
            )
        if isinstance(held.ctx, ToolContext):
            tool_ctx = replace(held.ctx, now=self.clock(), counters=self._counters(agent, session))
            refused = self.engine.approved_tool(tool_ctx)
            if refused is not None:
                # A limit reached while the person decided: their answer does not lift it.
                return await self._refused(refused, agent, msg.call_id)
            return await self._grant_tool(
                ToolPermit(
                    name=held.ctx.name,
                    decisions=tuple(
                        d for d in held.escalation.decisions if d is not held.escalation.decision
                    ),
                ),
                tool_ctx,
                agent,
                recorded=held.escalation.decisions,
            )
        permit = held.escalation.permit
        if permit is None:
            fallback = held.escalation.fallback
            refuse = Interrupt(
                rule=decision.rule,
                reason="Approved, but the call cannot fit its budget; "
                + ("the fallback applies." if fallback is not None else "it is refused."),
                numbers=dict(decision.numbers),
                fallback=fallback,
            )
            return Refusal(
                Refuse(kind="budget", decision=refuse, fallback=fallback, decisions=(refuse,))
            )
        grant = held.escalation.grant
        if grant and msg.by not in _PEOPLE:
            # Only an answer someone gave may spend money past a budget: a default applied
            # after a timeout (unattended_default, --approve-default) grants nothing.
            fallback = held.escalation.fallback
            reason = (
                f"{_nobody_answered(msg)}, but a default answer grants no budget, so the call "
                f"is refused: {decision.reason}"
            )
            logger.warning(
                "governor.default_grants_nothing",
                call_id=msg.call_id,
                agent=agent.name,
                session=agent.session,
                by=msg.by,
                grant=describe_grant(grant),
            )
            refuse = Interrupt(
                rule=decision.rule,
                reason=reason,
                numbers={**decision.numbers, "answered_by": msg.by},
                fallback=fallback,
            )
            return await self._refused(
                Refuse(kind="budget", decision=refuse, fallback=fallback, decisions=(refuse,)),
                agent,
                msg.call_id,
            )
        ctx = held.ctx
        assert isinstance(ctx, CallContext)
        scopes = ctx.scopes()
        try:
            balances = await self._balances(scopes, self._rules_read_spend)
        except StoreError as exc:
            return self._unavailable(ctx, exc)
        fresh = CallContext(
            session=ctx.session,
            agent=ctx.agent,
            call_id=ctx.call_id,
            model_ref=permit.model_ref,
            messages=ctx.messages,
            max_tokens=permit.max_tokens,
            tools=ctx.tools,
            now=self.clock(),
            tenant=ctx.tenant,
            counters=self._counters(agent, self._session(ctx.session)),
            balances=balances,
            input_tokens=permit.input_tokens,
            reasoning_tokens=ctx.reasoning_tokens,
        )
        # The permit was made when the person was asked: fit it to the budgets as they are
        # now (others may have spent meanwhile), within what the person approved.
        if grant:
            # The person granted the room the call lacked: it runs as asked if that grant
            # (or less: others may have released room) still covers it, never on more.
            regrant = self.engine.regrant(fresh, permit, grant)
            if regrant is not None:
                return await self._refused(regrant, agent, msg.call_id)
        else:
            refit = self.engine.refit(fresh, permit)
            if isinstance(refit, Refuse):
                return await self._refused(refit, agent, msg.call_id)
            if refit is not permit:
                permit = refit
                fresh = replace(fresh, max_tokens=permit.max_tokens)
        refused = self.engine.approved(fresh, permit)
        if refused is not None:
            # A limit reached while the person decided: their answer does not lift it.
            return await self._refused(refused, agent, msg.call_id)
        result = await self._admit(
            permit,
            fresh,
            agent,
            recorded=(decision, *held.escalation.decisions),
            approved=_Approved(grant, msg.by, msg.waited) if grant else None,
        )
        if result is None and grant:
            # The store found the call short by more than was approved (spent between the
            # read above and the reserve, perhaps by another process): nothing was granted.
            fallback = held.escalation.fallback
            refuse = Interrupt(
                rule=decision.rule,
                reason=(
                    f"Approved, but the approved grant of {describe_grant(grant)} no longer "
                    "covers this call: the budget was spent further while the person decided. "
                    "Nothing was granted; the call is refused."
                ),
                numbers={**decision.numbers, "model": permit.model_ref},
                fallback=fallback,
            )
            return await self._refused(
                Refuse(kind="budget", decision=refuse, fallback=fallback, decisions=(refuse,)),
                agent,
                msg.call_id,
            )
        if result is None:
            refuse = Interrupt(
                rule="budgets",
                reason="Approved, but the budget was spent while the person decided.",
                numbers={"model": permit.model_ref},
            )
            return Refusal(Refuse(kind="budget", decision=refuse, decisions=(refuse,)))
        return result

    # -- loops -----------------------------------------------------------------------------------

    def _new_pending(self, pending: _PendingStep, agent: _AgentState) -> _PendingStep | None:
        """Make ``pending`` the agent's pending step and queue it for the observer task.

        Returns what the agent's next call waits for (None: nothing to wait for, the semantic
        detector being off or its model not loaded yet).
        """
        agent.pending = pending
        embedder = self.embedder
        if (
            embedder is None
            or not self.loop_config.semantic_enabled
            or embedder.state.value != "ready"  # structural detectors still run
        ):
            pending.submitted = True
            self._observe_later(agent)
            return None
        if not self._observe_later(agent):
            self._submit(pending, agent)  # no observer task (not running): submit it here
        return pending

    def _submit(self, pending: _PendingStep, agent: _AgentState) -> None:
        """Submit ``pending``'s step for embedding, with the unit vectors of the steps the
        semantic detector will compare it with, so that the worker thread computes those
        similarities (and the detector's whole check: SemanticJob)."""
        try:
            embedder = self.embedder
            if embedder is None or embedder.state.value != "ready":
                return
            step = pending.step
            text = semantic_text(step)
            # The response's new input too, when it says something: the detectors take input
            # that restates a recent one in other words as nothing new said.
            given = input_text(step)
            if not text:
                if given:
                    try:
                        pending.handle = embedder.submit([given])
                    except Exception as exc:
                        logger.warning("governor.embed_failed", error=str(exc))
                        return
                    pending.inputs = True
                return
            # The semantic detector's whole check on this step runs in the embedder's worker
            # thread too, on a snapshot of the tracker (SemanticJob): the loop only picks the
            # verdict up when the step is observed. The tracker has not changed since the
            # step was made: it changes only by observing this agent's steps, in order.
            job = agent.tracker.semantic_job(step) if agent.tracker is not None else None
            partners = list(job.partners) if job is not None else []
            then: Callable[..., SemanticVerdict] | None = None
            if job is not None:
                then = job.run if not given else functools.partial(_run_with_input, job)
            try:
                pending.handle = embedder.submit(
                    [text, given] if given else [text],
                    compare=[p.unit_vector() for p in partners],
                    then=then,
                )
            except Exception as exc:  # a failed embedder must never fail a call
                logger.warning("governor.embed_failed", error=str(exc))
                return
            pending.partners = partners
            pending.texts = 1
            pending.inputs = bool(given)
        finally:
            pending.mark_submitted()

    def _observe_later(self, agent: _AgentState) -> bool:
        """Have the observer task take ``agent``'s pending step once the loop is idle; False
        when there is no observer task (the agent's next call observes it)."""
        tg = self._tg
        if tg is None or agent.tracker is None:
            return False
        if agent.queued:
            return True
        agent.queued = True
        self._to_observe.append(agent)
        self._observer.wake(tg)
        return True

    async def _observe_queued(self) -> None:
        """The observer task: writes the settles left behind (first: the store's balances are
        exact again), then observes (or submits for embedding) the queued agents' steps."""
        queue = self._to_observe
        clock = time.perf_counter
        turn = clock()
        while True:
            if self._to_settle:
                await self._write_settles()
            if not queue:
                await self._observer.park(self.context.system.event)
                turn = clock()
                continue
            agent = queue.popleft()
            agent.queued = False
            pending = agent.pending
            if pending is None:
                continue  # its next call observed it already: nothing to do, nothing to yield
            if not pending.submitted:
                self._submit(pending, agent)
            handle = pending.handle
            if handle is not None and not handle.done():
                # Its embedding is being computed in the worker thread: the judge task waits
                # for it, so that submitting the next agents' steps does not wait too.
                self._to_judge.append((agent, pending))
                assert self._tg is not None
                self._judge.wake(self._tg)
            else:
                self._observe(agent)
            if queue and clock() - turn > _OBSERVER_TURN_S:
                # Calls that became ready meanwhile go first: no caller waits for this. (A
                # turn takes several steps when it can: each switch costs as much as one.)
                await anyio.lowlevel.checkpoint()
                turn = clock()

    async def _judge_embedded(self) -> None:
        """The judge task: observes the steps whose embeddings were pending, as they are done."""
        queue = self._to_judge
        while True:
            if not queue:
                await self._judge.park(self.context.system.event)
                continue
            agent, pending = queue.popleft()
            handle = pending.handle
            assert handle is not None
            if not handle.done() and agent.pending is pending:
                # The worker thread embeds in the order the steps came, so the ones queued
                # behind this are about done too. Wait as the agent's next call would.
                with anyio.move_on_after(_EMBEDDING_WAIT_S), contextlib.suppress(Exception):
                    await handle.wait()
            # The next call may have come meanwhile and observed it (or a newer step) itself.
            if handle.done() and agent.pending is pending:
                self._observe(agent)
                if queue:
                    await anyio.lowlevel.checkpoint()

    def _observe(self, agent: _AgentState) -> None:
        """Feed the agent's pending step to its loop tracker; keep what it finds."""
        pending, agent.pending = agent.pending, None
        if pending is None or agent.tracker is None:
            return
        if not pending.submitted:
            # The observer task has not reached it and the agent did not wait (its wait timed
            # out): submitted now, it is judged with its embedding only if the cache has it.
            self._submit(pending, agent)
        step, handle, partners = pending.step, pending.handle, pending.partners
        verdict: SemanticVerdict | None = None
        if handle is not None and handle.done():
            try:
                verdict = handle.then_result()
                if verdict is not None:
                    step = verdict.step  # embedded and judged in the worker thread
                else:
                    failed = handle.then_error()
                    if failed is not None:  # judged here instead: slower, same findings
                        logger.warning("governor.semantic_job_failed", error=repr(failed))
                    found = handle.similarities()
                    rows = handle.result()
                    step = step.with_embedding(
                        rows[0] if pending.texts else None,
                        unit=handle.unit(),
                        similarities=tuple(zip(partners, found, strict=True)) if found else (),
                        input_embedding=rows[pending.texts] if pending.inputs else None,
                    )
            except Exception:
                pass
        result = agent.tracker.observe(step, semantic=verdict)
        if result.escalation_level != "none":
            agent.found = result

    async def _observe_pending(
        self, agent: _AgentState, call_id: str, request: PreCall | PreTool
    ) -> Refusal | NeedsApproval | None:
        """Observe the agent's previous step (unless the observer task has) and act on what
        the loop tracker found."""
        if agent.pending is not None:
            self._observe(agent)
        result, agent.found = agent.found, None
        if result is None or agent.tracker is None:
            return None
        decision = self._loop_decision(result)
        if (
            isinstance(decision, Escalate)
            and decision.mode == "enforce"
            and isinstance(request, PreTool)
            and not request.args_fit
        ):
            # The call cannot run (its arguments do not fit the tool): asking a person whether
            # the agent may call it again asks about nothing that would happen. As for a tool
            # that needs approval, nobody is asked; the call goes on to fail, the model hears
            # what is wrong with its arguments (the way out of this loop), and the loop is
            # recorded, saying nobody was asked. A loop of calls that can run is still asked.
            decision = not_asked(decision)
        refused = decision.mode == "enforce" and not isinstance(decision, (Allow, Warn, Escalate))
        if not refused:  # a refusal is emitted and audited by _refused, once
            self._emit_decision(decision, agent, call_id)
            await self._record_audit(decision, agent, call_id)
        if decision.mode != "enforce" or isinstance(decision, (Allow, Warn)):
            return None
        if isinstance(decision, Escalate):
            return await self._hold_loop(decision, agent, call_id, request)
        agent.tracker.reset()
        return await self._refused(
            Refuse(
                kind="loop",
                decision=decision,
                decisions=(decision,),
                fallback=getattr(decision, "fallback", None),
            ),
            agent,
            call_id,
        )

    async def _hold_loop(
        self, decision: Escalate, agent: _AgentState, call_id: str, request: PreCall | PreTool
    ) -> NeedsApproval:
        """A loop escalation: hold the call and ask whether the agent may go on."""
        escalation = Escalation(
            question=decision.question,
            evidence=decision.evidence,
            decision=decision,
            permit=None,
            decisions=(decision,),
        )
        held = self._held[call_id] = _Held(
            call_id, agent.name, agent.session, "loop", escalation, None, self.clock(), request
        )
        what = (
            f"call {request.model_ref}"
            if isinstance(request, PreCall)
            else f"call the tool {request.name}"
        )
        ask = ApprovalRequest(
            agent=agent.name,
            session=agent.session,
            rule=decision.rule,
            # A detector may quote what the agent said or was told (a key pasted into a
            # prompt): shown redacted, as the other questions and the audit log are.
            reason=redact(decision.question or decision.reason),
            evidence=redact(dict(decision.evidence)),
            action=f"go on looping: {what} again",
            call_id=call_id,
        )
        held.question = ask
        self._emit_state(agent, "waiting_approval")
        return NeedsApproval(ask, (decision,), held.scope)

    def _loop_decision(self, result: LoopResult) -> Decision:
        finding = result.finding
        assert finding is not None
        semantic = finding.detector.startswith("semantic")
        rule_config: LoopRuleConfig = (
            self.engine.config.loops.semantic if semantic else self.engine.config.loops.structural
        )
        rule = f"loops.{'semantic' if semantic else 'structural'}.{finding.detector}"
        numbers: dict[str, float | int | str] = dict(finding.numbers())
        numbers["level"] = result.escalation_level
        # The decision is named after the strongest finding; the others at this step (e.g. the
        # semantic detector agreeing with a structural one) are recorded with it.
        others = [f for f in result.findings if f is not finding]
        if others:
            numbers["also"] = "; ".join(
                f"{f.detector} score {f.score:.2f}"
                + (
                    f" min_similarity {f.numbers()['min_similarity']}"
                    if f.evidence.similarities and f.detector.startswith("semantic")
                    else ""
                )
                for f in others
            )
        acting = result.escalation_level == "act" or not rule_config.warn_first
        if not acting:
            return Warn(
                rule=rule,
                mode=rule_config.mode,
                reason=f"{result.reason} Warning first; a second confirmation acts.",
                numbers=numbers,
            )
        action = rule_config.action
        reason = result.reason
        mode = rule_config.mode
        if action == "restart_agent":
            return RestartAgent(rule=rule, mode=mode, reason=reason, numbers=numbers)
        if action == "stop_agent":
            return StopAgent(rule=rule, mode=mode, reason=reason, numbers=numbers)
        if action == "stop_session":
            return StopSession(rule=rule, mode=mode, reason=reason, numbers=numbers)
        if action == "escalate":
            return Escalate(
                rule=rule,
                mode=mode,
                reason=reason,
                numbers=numbers,
                question=f"{reason} Let the agent go on?",
                evidence=numbers,
            )
        if action == "warn":
            return Warn(rule=rule, mode=mode, reason=reason, numbers=numbers)
        return Interrupt(
            rule=rule, mode=mode, reason=reason, numbers=numbers, fallback=rule_config.fallback
        )

    # -- stops -----------------------------------------------------------------------------------

    def _stopped(self, agent: _AgentState, session: _SessionState, call_id: str) -> Refusal | None:
        why = agent.stopped or session.stopped
        if not why:
            return None
        decision = StopAgent(rule="stopped", reason=why, numbers={"agent": agent.name})
        return Refusal(Refuse(kind="stopped", decision=decision, decisions=()), stop_agent=True)

    async def _stop_signal(self, signal: StopSignal) -> int:
        """An operator's stop (published on the store): stop the matching agents now."""
        reason = signal.reason or f"stopped by an operator ({signal.by or 'unknown'})"
        hit = 0
        for agent in list(self._agents.values()):
            if signal.matches(session=agent.session, agent=agent.name):
                hit += 1
                decision = StopAgent(
                    rule="operator.stop",
                    reason=f"{reason}.",
                    numbers={"target": signal.target, "id": signal.id, "by": signal.by},
                )
                busy = any(a.agent == agent.name for a in self._active.values()) or any(
                    h.agent == agent.name and h.session == agent.session
                    for h in self._held.values()
                )
                await self._carry_out(decision, agent, None)
                if not busy and signal.target == "agent":  # a session's stop ends the run
                    self._end_between_calls(agent)
        if signal.target in ("session", "all"):
            for session in self._sessions.values():
                if signal.matches(session=session.id) and not session.stopped:
                    session.stopped = reason
                    if self.on_session_stopped is not None:
                        self.on_session_stopped(session.id, reason)
        return hit

    def _end_between_calls(self, agent: _AgentState) -> None:
        """An operator stopped ``agent`` while it was in its own code (a sleep, its own slow
        client), with no call to cut and no question to withdraw: it would run on until its
        next call. Its run() is cancelled now, and it ends as stopped (not restarted)."""
        ref = agent.ref
        reason = agent.stopped or "stopped by an operator"
        if ref is not None and ref.is_alive and ref.cancel_current(reason, by="governor"):
            with contextlib.suppress(Exception):
                ref.tell_nowait(StopNow(reason))

    # -- carrying decisions out ------------------------------------------------------------------

    async def _refused(self, refuse: Refuse, agent: _AgentState, call_id: str) -> Refusal:
        """Record a refusal and carry out what it implies (restart, stop)."""
        decision = refuse.decision
        for other in refuse.decisions:
            if other is not decision:
                self._emit_decision(other, agent, call_id)
                await self._record_audit(other, agent, call_id)
        self._emit_decision(decision, agent, call_id)
        await self._record_audit(decision, agent, call_id)
        stop = False
        if decision.mode == "enforce":
            if isinstance(decision, RestartAgent):
                self._restart(agent, decision, call_id)
            elif isinstance(decision, StopSession):
                self._stop_session(agent.session, decision)
                stop = True
            elif isinstance(decision, StopAgent) or refuse.kind == "stopped":
                self._stop_agent(agent, decision)
                stop = True
        return Refusal(refuse, stop_agent=stop)

    async def _carry_out(self, decision: Decision, agent: _AgentState, call_id: str | None) -> None:
        self._emit_decision(decision, agent, call_id)
        await self._record_audit(decision, agent, call_id)
        if isinstance(decision, RestartAgent):
            self._restart(agent, decision, call_id)
        elif isinstance(decision, StopSession):
            self._stop_session(agent.session, decision)
        elif isinstance(decision, StopAgent):
            self._stop_agent(agent, decision)

    def _restart(self, agent: _AgentState, decision: Decision, call_id: str | None) -> None:
        self._cancel_calls(lambda a: a.agent == agent.name, decision)
        self._emit_state(agent, "tripped")
        ref = agent.ref
        if ref is not None and ref.is_alive:
            logger.warning(
                "governor.restart_agent",
                agent=agent.name,
                rule=decision.rule,
                reason=redact(decision.reason),
            )
            ref.kill(f"restarted by the governor: {redact(decision.reason)}", by="governor")

    def _stop_agent(self, agent: _AgentState, decision: Decision) -> None:
        first = not agent.stopped
        agent.stopped = agent.stopped or decision.reason or "stopped by policy"
        self._cancel_calls(lambda a: a.agent == agent.name, decision)
        self._withdraw(
            lambda h: h.agent == agent.name and h.session == agent.session,
            f"the agent was stopped: {agent.stopped}",
        )
        self._emit_state(agent, "stopped")
        if first and self.on_agent_stopped is not None:
            self.on_agent_stopped(agent.name, agent.stopped)

    def _stop_session(self, session_id: str, decision: Decision) -> None:
        session = self._session(session_id)
        if session.stopped:
            return
        session.stopped = decision.reason or "session stopped by policy"
        self._cancel_calls(lambda a: a.session == session_id, decision)
        self._withdraw(
            lambda h: h.session == session_id, f"the session was stopped: {session.stopped}"
        )
        for agent in self._agents.values():
            if agent.session == session_id:
                self._emit_state(agent, "stopped")
        if self.on_session_stopped is not None:
            self.on_session_stopped(session_id, session.stopped)

    async def _out_of_time(self, session: _SessionState) -> None:
        """At the session's wall-clock deadline, carry out ``limits.max_session_seconds`` on
        what is running: the calls of the session are cut (``refuse``), its agents stopped
        (``stop_agent``) or the session stopped (``stop_session``). A warning, an escalation or
        a shadow rule cuts nothing: each next call meets the limit in the pre-call check."""
        limit = self.engine.config.limits.max_session_seconds
        assert limit is not None
        await anyio.sleep(max(0.0, session.started + limit - self.clock()))
        decision = self.engine.session_time_up(session.started, self.clock())
        if (
            decision is None
            or session.stopped
            or decision.mode != "enforce"
            or isinstance(decision, (Allow, Warn, Escalate))
        ):
            return
        agents = [a for a in self._agents.values() if a.session == session.id]
        if isinstance(decision, StopSession):
            if agents:
                await self._carry_out(decision, agents[0], None)
        elif isinstance(decision, StopAgent):
            for agent in agents:
                if not agent.stopped:
                    await self._carry_out(decision, agent, None)
        else:
            # A call held for a person is refused too: whatever they answered, the deadline
            # would refuse it, so their question is withdrawn rather than left waiting.
            self._withdraw(
                lambda h: h.session == session.id,
                f"the session's time ran out: {decision.reason}",
                decision,
            )
            for active in [a for a in self._active.values() if a.session == session.id]:
                self.cut(active.call_id, decision)
                if active.kind == "tool":  # an LLM call's cut is recorded when it settles
                    await self._record(
                        decision, self._agent(active.agent, active.session), active.call_id
                    )

    def _cancel_calls(self, which: Callable[[_Active], bool], decision: Decision) -> int:
        """Cut every matching call now: its stream's scope is cancelled, its HTTP response closed."""
        cut = 0
        for active in list(self._active.values()):
            if which(active) and active.grant is not None:
                if active.grant.cut is None:
                    active.grant.cut = decision
                active.grant.scope.cancel(reason=f"governor: {decision.rule}: {decision.reason}")
                cut += 1
        return cut

    def cut(self, call_id: str, decision: Decision) -> bool:
        """Cut one running call (used by tests and operators). True if it was running."""
        return self._cancel_calls(lambda a: a.call_id == call_id, decision) > 0

    # -- records ---------------------------------------------------------------------------------

    def _counters(self, agent: _AgentState, session: _SessionState) -> Counters:
        return Counters(
            agent_calls=agent.calls,
            session_calls=session.calls,
            agent_steps=agent.steps,
            session_steps=session.steps,
            session_started=session.started,
        )

    async def _balances(
        self, scopes: tuple[Scope, ...], every: bool = False
    ) -> Mapping[Scope, Any]:
        """The store's balances of the scopes with a budget, enforced or shadow (one read
        each); the engine needs no other (the call's own scope is new, so nothing is spent on
        it). ``every``: each scope's, budget or not (spend is kept on all of them), for the
        Python rules, which may read any (``ctx.balances``)."""
        limited = self._read_kinds
        if not limited and not every:
            return {}
        store = self.store
        # A plain loop, not a comprehension: an async comprehension is a coroutine of its own.
        balances = {}
        for scope in scopes:
            kind = scope.kind
            if (every or kind in limited) and kind != "call":
                balances[scope] = await store.balance(scope)
        pending = self._reserving
        if pending:
            for scope, balance in balances.items():
                extra = pending.get(scope)
                if extra is not None:
                    balances[scope] = Balance.of(
                        balance.policy_limit,
                        balance.spent,
                        balance.reserved + extra,
                        balance.granted,
                    )
        return balances

    def _unavailable(self, ctx: Any, exc: BaseException) -> Unavailable:
        # An error once per outage; each call refused or kept waiting meanwhile (agents ask
        # again every half second) is a warning, which a headless run does not echo to stderr.
        log = logger.error if self._store_gone(exc) else logger.warning
        log("governor.store_unavailable", call_id=getattr(ctx, "call_id", ""), error=str(exc))
        return Unavailable(f"The ledger store is unreachable ({exc}); the call was not sent.")

    def _store_gone(self, exc: BaseException) -> bool:
        """Note that the store failed; True (and the person told) if it had been answering."""
        if self._store_down_since is not None:
            return False
        self._store_down_since = self.clock()
        if isinstance(exc, LedgerLost):
            # Not an outage: the store refuses for the rest of the run (the message says why
            # and what to do), nothing is "written when it is back".
            self.sink.emit(Notice(f"The ledger store lost its data: {exc}", "error"))
            if self.on_ledger_lost is not None:
                self.on_ledger_lost(str(exc))
            return True
        behaviour = self.engine.config.fail_closed
        waits = (
            f"wait up to {behaviour.wait_timeout:g} s for it, then are refused"
            if behaviour.behaviour == "wait"
            else "are refused"
        )
        self.sink.emit(
            Notice(
                f"The ledger store is unreachable: {str(exc).rstrip('.')}. New calls {waits} "
                "(fail closed); "
                "what was already spent stays counted and is written when it is back.",
                "error",
            )
        )
        return True

    def _store_back(self) -> None:
        """The store answered: if it had been unreachable, tell the person it is back."""
        since = self._store_down_since
        if since is None:
            return
        self._store_down_since = None
        seconds = max(0.0, self.clock() - since)
        logger.info("governor.store_back", after_seconds=round(seconds, 1))
        self.sink.emit(
            Notice(f"The ledger store is back after {seconds:.0f} s; calls go on.", "info")
        )

    def _emit_decision(self, decision: Decision, agent: _AgentState, call_id: str | None) -> None:
        # A rule may quote what it saw (a header, a key): credentials never leave redacted.
        reason = redact(decision.reason)
        numbers = redact(dict(decision.numbers))
        self.sink.emit(
            DecisionMade(
                agent.name,
                agent.session,
                call_id,
                type(decision).__name__,
                decision.rule,
                decision.mode,
                reason,
                numbers,
            )
        )
        log = logger.warning if decision.severity >= Interrupt.severity else logger.info
        log(
            "governor.decision",
            decision=type(decision).__name__,
            rule=decision.rule,
            mode=decision.mode,
            reason=reason,
            agent=agent.name,
            session=agent.session,
            call_id=call_id,
            numbers=numbers,
        )

    def _say_slow(self) -> None:
        """Say, once per rule and hook, that a Python rule was slow: it runs inside the
        governor, so every agent's calls waited for it (nothing else shows why they stalled)."""
        slow = self.engine.slow_rules
        for (rule, hook), took in slow.items():
            if (rule, hook) in self._slow_said:
                continue
            self._slow_said.add((rule, hook))
            logger.warning("governor.slow_rule", rule=rule, hook=hook, seconds=round(took, 3))
            self.sink.emit(
                Notice(
                    f"The Python rule {rule!r} took {took:.2f}s in {hook}(): rules run inside "
                    "the governor, so every agent's calls waited for it. Keep hooks quick and "
                    "free of I/O (fetch what a rule needs ahead, in the agent or a tool).",
                    "warning",
                )
            )
        slow.clear()

    async def _record(self, decision: Decision, agent: _AgentState, call_id: str | None) -> None:
        if isinstance(decision, Allow):
            return
        self._emit_decision(decision, agent, call_id)
        await self._record_audit(decision, agent, call_id)

    async def _record_audit(
        self, decision: Decision, agent: _AgentState, call_id: str | None
    ) -> None:
        await self._audit(
            "decision",
            {
                "decision": type(decision).__name__,
                "rule": decision.rule,
                "mode": decision.mode,
                "reason": decision.reason,
                "numbers": dict(decision.numbers),
                "call_id": call_id,
            },
            agent,
        )

    async def _supervised(self, msg: Supervised) -> None:
        """The supervision tree restarted an agent or gave up: audited like a decision."""
        await self._audit_as(msg.event, msg.data, msg.session, msg.agent)
        path = msg.data.get("path")
        if msg.event == "supervisor.gave_up" and isinstance(path, str) and path:
            self._withdraw_under(path)

    def _withdraw_under(self, path: str) -> None:
        """The supervisor at ``path`` gave up and shuts its agents down: a question one of
        them waits on cannot be answered in time, and must not be (the answer would run the
        call in a team that gave up). Each is withdrawn: its agent hears AgentStopped and
        ends now, instead of holding the shutdown for its whole grace period."""
        under = path + "/"

        def in_team(held: _Held) -> bool:
            state = self._agents.get(held.agent)
            return (
                state is not None and state.session == held.session and state.path.startswith(under)
            )

        self._withdraw(in_team, f"its supervisor {path!r} reached its restart limit and gave up")

    async def _audit(self, event: str, data: Mapping[str, Any], agent: _AgentState) -> None:
        """Append a record to the audit log; while the store is down, keep it (in order) and
        write it once the store is back, marked with when it happened."""
        await self._audit_as(event, data, agent.session, agent.name)

    async def _audit_as(self, event: str, data: Mapping[str, Any], session: str, name: str) -> None:
        if self._audit_backlog and not await self._flush_audit():
            self._keep_audit(event, data, session, name, "the records before it are not written")
            return
        try:
            await self.store.append_audit(event, data, session=session, agent=name)
        except StoreError as exc:
            self._keep_audit(event, data, session, name, str(exc))

    def _keep_audit(
        self, event: str, data: Mapping[str, Any], session: str, name: str, error: str
    ) -> None:
        # Every record the store does not take is written to the log whole (redacted) as it
        # happens: if the process dies, or the store never comes back, the log still has it.
        happened = time.time()
        record = {
            "audit_event": event,
            "session": session,
            "agent": name,
            "happened_at": happened,
            "data": redact(dict(data)),
            "error": error,
        }
        if len(self._audit_backlog) >= AUDIT_BACKLOG:
            self._audit_dropped += 1  # said in the log, and by a record once the store is back
            logger.error(
                "governor.audit_dropped",
                **record,
                dropped=self._audit_dropped,
                note="not kept (the backlog is full); this log record is its only copy",
            )
            return
        logger.error(
            "governor.audit_deferred", **record, note="kept, and written when the store is back"
        )
        self._audit_backlog.append((event, dict(data), session, name, happened))

    async def _flush_audit(self) -> bool:
        """Write the kept audit records, oldest first; False if the store is still down."""
        backlog = self._audit_backlog
        while backlog:
            event, data, session, name, happened = backlog[0]
            late = {**data, "happened_at": happened, "written_late": True}
            try:
                await self.store.append_audit(event, late, session=session, agent=name)
            except StoreError:
                return False
            backlog.popleft()
        if self._audit_dropped:
            dropped = self._audit_dropped
            try:
                await self.store.append_audit(
                    "audit_gap",
                    {
                        "dropped": dropped,
                        "reason": f"the store was down for more than {AUDIT_BACKLOG:,} records",
                    },
                )
            except StoreError:
                return False
            self._audit_dropped -= dropped
        return True


_NOTHING = Amounts()

#: Audit records kept while the store is down; past it they are counted, not kept.
AUDIT_BACKLOG = 10_000


def _settled_cost(engine: PolicyEngine, msg: Settle) -> int:
    """What ``msg``'s call cost: its prompt's cached and cache-written parts at their prices,
    and the server-side web searches it ran."""
    return engine.prices.cost(
        msg.model_ref,
        msg.input_tokens,
        msg.output_tokens,
        msg.cached_input_tokens,
        msg.cache_write_tokens,
        msg.cache_write_long_tokens,
        msg.web_searches,
    )


def _over_reservation(grant: CallGrant, cost: int, msg: Settle) -> Warn:
    """The warning for a call whose real use (the provider's final count) is above what it
    reserved. Nothing can be cut any more, and the store charges it in full; this records it
    (the audit log, the run's events, the call's result), and the next call's reservation sees
    the spend: one that no longer fits a budget is refused as any other."""
    if cost > grant.reserved_cost:
        reason = (
            f"The call used more than it reserved ({format_usd(cost)} against "
            f"{format_usd(grant.reserved_cost)}): more output than max_tokens, or a longer "
            "prompt than estimated. It is charged in full, so a budget may be over its limit; "
            "calls that do not fit what is left are refused."
        )
    else:
        # Over in tokens only (a prompt read from the provider's cache is long but cheap):
        # the cost numbers alone would say the opposite of "used more".
        used = msg.input_tokens + msg.output_tokens
        reserved = grant.input_tokens + grant.max_tokens + grant.more_tokens
        reason = (
            f"The call used more tokens than it reserved ({used:,} against {reserved:,}): "
            "more output than max_tokens, or a longer prompt than estimated; its cost, "
            f"{format_usd(cost)}, was within what it reserved ({format_usd(grant.reserved_cost)}). "
            "The tokens are charged in full, so a token budget may be over its limit; calls "
            "that do not fit what is left are refused."
        )
    return Warn(
        rule="budgets.reservation",
        reason=reason,
        numbers={
            "cost": cost,
            "reserved_cost": grant.reserved_cost,
            "input_tokens": msg.input_tokens,
            "estimated_input_tokens": grant.input_tokens,
            "output_tokens": msg.output_tokens,
            "max_tokens": grant.max_tokens,
            "counted_by": "estimate" if msg.estimated else "provider",
        },
    )


#: The most handlers that run at once; more wait their turn in order.
_MAX_WORKERS = 256

#: The messages whose handlers may overlap (with a concurrent store): the calls' own.
_OVERLAPPING = frozenset({PreCall, Settle, ReserveMore, PreTool, ToolDone, Answered})
_INLINE = frozenset({PreCall, Settle, ReserveMore, PreTool, ToolDone})

#: How long the observer task goes on observing before it lets ready calls run.
_OBSERVER_TURN_S = 100e-6

#: The longest the observer task waits for a step's embedding (the agent's next call waits as
#: long); after it the step is left to that call.
_EMBEDDING_WAIT_S = 5.0


#: Who may grant budget by approving (see ``AnsweredBy``): a person at the keyboard, or an
#: approver (a chat channel, a custom one). A default applied after a timeout never does.
_PEOPLE = frozenset({"keyboard", "approver"})


@dataclass(frozen=True, slots=True)
class _Approved:
    """A grant a person approved: at most ``amounts`` per scope, answered ``by`` after
    ``waited`` seconds."""

    amounts: Mapping[Scope, Amounts]
    by: str
    waited: float


def _amounts_data(a: Amounts) -> dict[str, int]:
    return {"cost": a.cost, "tokens": a.tokens, "calls": a.calls}


def _nobody_answered(msg: Answered) -> str:
    """Why a default answer applied, as the start of the reason the agent gets."""
    return (
        f"Nobody answered the approval question within {msg.waited:.1f}s, so the default "
        f"answer '{msg.answer}' applied (--approve-default, or unattended_default in the "
        "policy's [escalation])"
    )


def _short_args(args: Mapping[str, Any], limit: int = 160) -> str:
    # Redacted by structure before it is text: a value under a key naming a credential is
    # hidden whatever it looks like (and the text is redacted again by the caller).
    text = ", ".join(f"{k}={v!r}" for k, v in redact(dict(args)).items())
    return text if len(text) <= limit else text[: limit - 1] + "…"
