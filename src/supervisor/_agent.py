"""``Agent``: the actor class users write agents with.

An agent's work is its ``run()`` coroutine. Everything it asks of the world goes through
``await self.llm(...)`` and ``await self.tool(...)``, which are messages to the governor: the
governor answers with a permit, a refusal or a question for a person, and a permitted call then
runs in the agent's own task inside a cancel scope the governor holds, so it can be cut at any
chunk. When ``run()`` returns the agent is done (a normal exit: its supervisor does not restart
it); when it raises, the agent failed and its supervisor applies its rules, restarting it with a
fresh instance (fresh context) while the restart intensity allows.
"""

from __future__ import annotations

import contextvars
import copy
import dataclasses
import difflib
import functools
import inspect
import json
import random
import re
import threading
import time
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

import anyio
import structlog
from anyio.lowlevel import EventLoopToken, RunVar

from actors import Actor, ActorDeadError, AskTimeout, ExitReason, Unrecoverable
from policies import (
    STREAM_ESTIMATE_MARGIN,
    Decision,
    Interrupt,
    Refuse,
    StopAgent,
    StopSession,
    redact_text,
)

from ._approvals import NotAnAnswer, decide_with_source
from ._events import AgentStateChanged, EventSink, Notice, NullSink, StreamProgress
from ._exceptions import (
    AgentStopped,
    BudgetExceeded,
    CallDenied,
    ConfigurationError,
    EscalationDenied,
    EventLoopHeld,
    GovernedCallError,
    GovernorUnavailable,
    LoopDetected,
    StreamCut,
    ToolArgumentsError,
    ToolTimeout,
    error_site,
)
from ._governor import new_call_id
from ._messages import (
    Answered,
    AskAgain,
    CallGrant,
    Goodbye,
    Hello,
    NeedsApproval,
    PendingEmbedding,
    PreCall,
    PreTool,
    Refusal,
    ReserveMore,
    Settle,
    Settled,
    StopNow,
    Throttled,
    ToolDone,
    Unavailable,
)
from ._names import name_problem
from ._providers import (
    Finished,
    LLMRequest,
    MalformedResponse,
    ProviderError,
    ProviderStreamError,
    Reasoning,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    UsageReport,
)
from ._providers._base import reasoning_budget, reasoning_problem
from ._providers._common import MAX_TOKEN_COUNT
from ._results import DecisionRecord, LLMResult, ToolResult, Usage
from ._results import ToolCall as ResultToolCall

if TYPE_CHECKING:
    from policies import PolicyConfig

    from ._approvals import AnsweredBy, ApprovalAnswer, ApprovalRequest, Approver
    from ._governor import GovernorLink
    from ._providers import ModelRouter

__all__ = ["Agent", "AgentBinding", "check_agent_class", "misspelt_attributes", "tool"]

logger = structlog.get_logger("supervisor.agent")

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

#: How long a cancelled call (the run is shutting down) tries to settle before leaving its
#: reservation open in the store, where it counts as fully spent until reconciled.
SETTLE_WHEN_CANCELLED_S = 2.0

#: Output-token margin added to a cut stream's estimate when the provider never reported usage.
CUT_ESTIMATE_MARGIN = 0.10


def tool(func: F | None = None, *, name: str | None = None, description: str = "") -> Any:
    """Mark an agent method as a tool the model and ``self.tool(...)`` may call.

    Example::

        class Coder(Agent):
            @tool
            async def run_tests(self, path: str) -> str: ...

    The tool's name is the method name unless ``name`` is given. Calls go through the
    governor: tool rules (allow, deny, approval), rate limits and loop detection apply.

    The docstring describes the tool to the model (see ``Agent.tool_definitions``): its text
    without the ``Args:``, ``Returns:`` and ``Raises:`` sections is the tool's description
    (unless ``description`` is given), and each parameter's entry under ``Args:`` is that
    parameter's description.

    An ``async def`` tool runs in the agent's task; a plain ``def`` tool runs in a worker
    thread (as FastAPI runs plain endpoints), so a blocking client in it stops neither the
    other agents nor the governor, and the governor's cut returns at once (the thread is left
    to finish). A plain tool must therefore not touch the event loop; ``self.report`` is safe.
    """

    if name is not None and (unfit := _tool_name_problem(name)) is not None:
        # Raised where the class is written (its file and line), not as an internal error
        # when the run checks the tools against the policy ("'int' object has no attribute
        # 'casefold'").
        raise TypeError(f"@tool(name={name!r:.60}): {unfit}")
    if not isinstance(description, str):
        raise TypeError(
            f"@tool(description={description!r:.60}): a description is the text the model "
            "reads about the tool (a str), or leave it out for the docstring"
        )

    def mark(f: F) -> F:
        f.__supervisor_tool__ = name or f.__name__  # type: ignore[attr-defined]
        f.__supervisor_tool_description__ = description  # type: ignore[attr-defined]
        return f

    if func is not None:
        return mark(func)
    return mark


#: What OpenAI and Anthropic take as a tool's name; a provider refuses a request offering
#: another (a 400, after the call was admitted).
_TOOL_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _tool_name_problem(name: object) -> str | None:
    """What makes ``name`` no tool name a provider takes, as a phrase with the fix, or None."""
    if not isinstance(name, str):
        return (
            f"a tool's name is a str, not {type(name).__name__}: the name the model calls it by, "
            "e.g. 'search_web'"
        )
    if not _TOOL_NAME.fullmatch(name):
        return (
            f"the tool name {name!r:.80} is not 1 to 64 letters (a-z, A-Z), digits, '_' or '-', "
            "which is all the providers take as a tool's name: rename it, e.g. "
            f"{re.sub(r'[^A-Za-z0-9_-]+', '_', name)[:64] or 'search_web'!r}"
        )
    return None


@dataclass(slots=True)
class AgentBinding:
    """What the runtime hands each agent instance: where its governor, providers and person are.

    Made by the runtime; users never construct it.
    """

    name: str
    session: str
    link: GovernorLink
    router: ModelRouter
    approver: Approver
    sink: EventSink = field(default_factory=NullSink)
    policy: PolicyConfig | None = None
    tenant: str | None = None
    progress_interval: float = 0.25
    #: Called with the agent's name and the error when a call's ``[fail_closed]`` wait ran
    #: out and ended the agent's ``run()`` (the agent stops instead of being restarted).
    on_store_wait_ran_out: Callable[[str, str], None] | None = None
    #: Called with the agent's name and what is wrong when ``run()`` ended on an error that
    #: no restart can cure (a rejected key, an unknown model): the agent is not restarted.
    on_unrecoverable: Callable[[str, str], None] | None = None
    #: Called with the agent's name and the error when a ``temporary`` agent ended on an
    #: error: its supervisor does not restart it (OTP), so nothing else would say it failed.
    on_failed_unrestarted: Callable[[str, str], None] | None = None
    #: Called with the agent's name and why when ``run()`` ended on a ``BudgetExceeded`` it
    #: did not catch: the agent stops, not restarted (a fresh one would pay again and be
    #: refused the same).
    on_budget_spent: Callable[[str, str], None] | None = None


class _Running:
    """``with agent._call_running():`` counts the call in the agent's ``_calls_running``."""

    __slots__ = ("_agent",)

    def __init__(self, agent: Agent) -> None:
        self._agent = agent

    def __enter__(self) -> None:
        self._agent._calls_running += 1

    def __exit__(self, *exc: object) -> None:
        self._agent._calls_running -= 1


class Agent(Actor):
    """Base class of supervised, governed LLM agents.

    Override :meth:`run`. Class attributes configure the agent:

    Attributes:
        name: The agent's id in the run (default: the class name in snake_case).
        model: The default ``"provider:model"`` for ``self.llm`` (e.g. ``"openai:gpt-4o-mini"``).
        max_tokens: The default ``max_tokens`` (None: the policy's ``default_max_tokens``).
        reasoning: The default ``reasoning`` of ``self.llm`` (None: the model's default; see
            :meth:`llm`).
        system: An optional system prompt prepended to every ``self.llm`` call.
        script: Turns for the offline ``scripted`` provider, keyed by model name or a list for
            this agent's own scripted model (see ``ScriptedProvider``); ignored by real providers.
        restart: The agent's restart type under its supervisor (default ``transient``: restarted
            after a crash, not after it finished or was stopped). ``permanent``: restarted after
            it finished too (a service that runs for as long as its part does: a part ends when
            its other agents are done), never after a stop (a policy, an operator, a store wait
            that ran out) nor an error no restart can cure. ``temporary``: never restarted.
        timeout: Seconds one call may take; ``chunk_timeout``: seconds between two chunks. When
            the class leaves them ``None``, the policy's ``[providers.NAME]`` values apply
            (600 s and 60 s by default).
        shutdown: Seconds the agent gets to stop once asked (its team restarts or the run
            ends), its own ``on_stop`` included, before it is cancelled (default 5; OTP's
            ``shutdown`` of a worker). An ``on_stop`` still running then is cut and reported.

    Example (the policy must price ``scripted:greeter``, as it must any model it has no list
    price for; see ``supervise check-policy``)::

        class Greeter(Agent):
            model = "scripted:greeter"
            script = ["Hello! How can I help?"]

            async def run(self) -> None:
                answer = await self.llm([{"role": "user", "content": "Say hello."}])
                self.report(answer.text)  # not print: headless, stdout is JSON lines
    """

    name: ClassVar[str | None] = None
    model: ClassVar[str] = "scripted:default"
    max_tokens: ClassVar[int | None] = None
    reasoning: ClassVar[Reasoning | None] = None
    system: ClassVar[str | None] = None
    script: ClassVar[Any] = None
    restart: ClassVar[Literal["permanent", "transient", "temporary"]] = "transient"
    timeout: ClassVar[float | None] = None
    chunk_timeout: ClassVar[float | None] = None
    shutdown: ClassVar[float] = 5.0

    _tools: ClassVar[dict[str, str]] = {}
    _binding: AgentBinding
    _pending_embedding: PendingEmbedding | None = None
    _last_input: str = ""  # the last user message of the previous call, for the loop detectors
    _loop_thread: int | None = None  # the event loop's thread (plain tools run in others)
    _loop_token: EventLoopToken | None = None  # how those threads reach it
    #: The scopes this agent's tasks wait for a person's answer in (None: none yet).
    _asking: dict[anyio.CancelScope, ApprovalRequest] | None = None
    #: Why the agent is being stopped ("" until a graceful stop is asked for).
    _stopping: str = ""
    #: Its Goodbye is said (it ends on an error it has reported itself).
    _farewell: bool = False
    #: Its self.llm() and self.tool() calls under way (see _run_own_code).
    _calls_running: int = 0
    _running: _Running | None = None
    #: Agent's own on_start (the handshake) and on_stop have run (see __init_subclass__).
    _started_up: bool = False
    _stop_said: bool = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        tools: dict[str, str] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                tool_name = getattr(value, "__supervisor_tool__", None)
                if tool_name is not None:
                    tools[tool_name] = attr
        cls._tools = tools
        # The runtime's own start and stop run whether or not a class's on_start / on_stop
        # calls super(): without the start handshake an agent was never run (the run hung,
        # without a word), and without the stop's an ended agent's failure went unsaid.
        own = vars(cls)
        if inspect.iscoroutinefunction(own.get("on_start")):
            setattr(cls, "on_start", _with_start_handshake(own["on_start"]))  # noqa: B010
        if inspect.iscoroutinefunction(own.get("on_stop")):
            setattr(cls, "on_stop", _with_stop_bookkeeping(own["on_stop"]))  # noqa: B010

    @classmethod
    def tool_definitions(cls, *names: str) -> list[dict[str, Any]]:
        """This agent's tools (all, or those ``names``) as OpenAI function-tool definitions,
        made from each tool's signature and docstring: offer them with
        ``self.llm(..., tools=self.tool_definitions())``.

        A tool's description is its docstring without the ``Args:``, ``Returns:`` and
        ``Raises:`` sections (Google style), or the ``description`` given to ``@tool``; each
        parameter's description is its entry under ``Args:``, unless its annotation gives one
        (``Annotated[str, pydantic.Field(description=...)]``).

        Raises:
            ConfigurationError: A name is not one of this agent's tools, or a parameter's type
                has no JSON schema.
        """
        unknown = [n for n in names if n not in cls._tools]
        if unknown:
            raise ConfigurationError(
                f"{cls.__name__} has no tool named {', '.join(map(repr, unknown))}; its tools "
                f"are {sorted(cls._tools)}."
            )
        # Made once per tool (pydantic builds a model: about a millisecond on the event loop)
        # and copied out, so an agent may change what it gets.
        return [copy.deepcopy(_tool_definition(cls, name)) for name in (names or tuple(cls._tools))]

    # -- what users override ---------------------------------------------------------------------

    async def run(self) -> None:
        """The agent's work. Returning ends the agent normally (it is done)."""
        raise NotImplementedError(
            f"{type(self).__name__} must define 'async def run(self) -> None'."
        )

    def report(self, message: str, level: Literal["info", "warning", "error"] = "info") -> None:
        """Tell the person watching the run something: a line in the TUI's log pane, a
        ``Notice`` JSON line headless, and a structured log record. Never blocks.
        Credentials in ``message`` (a key, a URL's password) are redacted, for every sink.

        Args:
            message: The line; anything else is reported as ``str()`` makes it (as ``print``).
            level: ``info``, ``warning`` or ``error``.

        Raises:
            ValueError: ``level`` is none of those (nothing is reported).
        """
        if level not in _REPORT_LEVELS:
            raise ValueError(
                f"self.report() level must be 'info', 'warning' or 'error', not {level!r}."
            )
        binding = self.binding
        message = redact_text(message if isinstance(message, str) else str(message))
        notice = Notice(message, level, binding.name)
        if self._loop_thread in (None, threading.get_ident()):
            binding.sink.emit(notice)
        else:  # a plain tool, in its worker thread: the sink belongs to the event loop
            try:
                anyio.from_thread.run_sync(binding.sink.emit, notice, token=self._loop_token)
            except Exception:  # the run ended meanwhile: the log still has it
                logger.warning("agent.report_after_the_run", agent=binding.name)
        logger.info("agent.report", agent=binding.name, message=message)

    # -- lifecycle (runtime) ---------------------------------------------------------------------

    @property
    def binding(self) -> AgentBinding:
        # Read some nine times per call: a plain read (a try costs nothing when it succeeds)
        # rather than getattr with a default.
        try:
            binding: AgentBinding | None = self._binding
        except AttributeError:
            binding = None
        if binding is None:
            raise ConfigurationError(
                f"{type(self).__name__} is not bound to a runtime; run agents with "
                "`supervise run` or supervisor.Runtime, not by instantiating them yourself."
            )
        return binding

    def _call_running(self) -> _Running:
        """Counts a self.llm()/self.tool() call in ``_calls_running`` while it runs (a
        ``with`` block; a plain class, not a generator's context manager, which costs a
        governed call about 1.5 us more)."""
        running = self._running
        if running is None:
            running = self._running = _Running(self)
        return running

    async def _run_own_code(self) -> None:
        """:meth:`run`, with ``sys.exit()`` in it (or in a tool it called) made an error of
        this agent's.

        Left as it is, SystemExit passes every ``except Exception`` on its way up and ends the
        whole process: the other agents, the governor settling their calls, with a traceback
        and the exit status the agent chose (``sys.exit(0)`` read as a success).
        """
        try:
            # run() is declared to return None; what a subclass returns anyway is looked at.
            returned: object = await cast("Any", self.run)()
        except SystemExit as exc:
            error = RuntimeError(
                f"run() called sys.exit({exc.code!r}), which would end the whole run (every "
                "agent, and the governor settling their calls): return from run() to end this "
                "agent, or raise an exception to fail it"
            )
            raise error.with_traceback(exc.__traceback__) from None
        if self._calls_running:
            # A task run() started and did not wait for (asyncio.create_task, a task group of
            # the agent's own outside run()) still calls the governor: the call is cut as the
            # agent ends, cannot settle, and stays reserved at its worst case until the
            # ledger reconciles it; nothing but a log line said so.
            many = self._calls_running > 1
            self.report(
                f"run() returned while {self._calls_running} of its self.llm()/self.tool() "
                f"call{'s were' if many else ' was'} still running, in a task run() did not "
                f"wait for: {'they are' if many else 'it is'} cut as the agent ends, and what "
                f"{'they' if many else 'it'} reserved stays counted as spent (at the worst "
                "case) until the ledger reconciles it. Await every call before run() returns "
                "(start tasks in a task group inside run()).",
                "warning",
            )
        if returned is not None:
            # Nobody reads what run() returns: an agent that returns its answer instead of
            # reporting it would finish "fine" and its work be seen nowhere.
            shown = redact_text(repr(returned))
            self.report(
                f"run() returned {shown:.200} ({type(returned).__name__}), which nobody reads: "
                "the value is dropped. Show a result with self.report(...), or keep it with "
                "the agent's own storage; run() returns None.",
                "warning",
            )

    async def on_start(self) -> None:
        if self._started_up:
            return  # a subclass's on_start called super() (see __init_subclass__)
        self._started_up = True
        binding = self.binding
        self._loop_thread = threading.get_ident()
        self._loop_token = anyio.lowlevel.current_token()
        self._emit_state("starting")
        ref = await binding.link.wait(_fail_closed_timeout(binding))
        if ref is None:
            raise GovernorUnavailable(
                "No governor is running, so this agent cannot start (fail closed)."
            )
        await ref.tell(
            Hello(
                binding.name,
                binding.session,
                self.context.path,
                self.ref,
                self.context.restart_count,
                binding.tenant,
            )
        )
        self.ref.tell_nowait(_Run())

    async def _stopped_for_good(self, reason: str) -> None:
        """End this agent as stopped (not failed), for good: its supervisor does not restart it."""
        logger.info("agent.stopped", agent=self.binding.name, reason=reason)
        await self._goodbye("stopped", reason)
        self.context.stop_self(final=True)

    async def receive(self, message: Any) -> Any:
        if isinstance(message, StopNow):
            # The governor stopped this agent between calls and cancelled its run().
            return await self._stopped_for_good(message.reason)
        if not isinstance(message, _Run):
            return await super().receive(message)
        try:
            await self._run_own_code()
        except AgentStopped as exc:
            return await self._stopped_for_good(exc.reason)
        except EventLoopHeld as exc:
            # A person's Ctrl-C found run() holding the event loop and stopped it there (see
            # supervisor._watchdog): a fresh instance would hold it again, past the stop.
            return await self._stopped_for_good(str(exc))
        except GovernorUnavailable as exc:
            if exc.waited is None:
                raise
            # [fail_closed] wait ran out (or "refuse" refused at once, waited 0): the store has
            # been down for wait_timeout. Restarting the agent (a crash) would only start it
            # afresh, losing its context, to wait again while the store is still down: one
            # restart per wait_timeout for as long as the outage lasts. It stops for good instead (a permanent agent too, which a
            # plain stop would see restarted), and the run says why (exit 5).
            binding = self.binding
            logger.error("agent.store_wait_ran_out", agent=binding.name, waited=exc.waited)
            if binding.on_store_wait_ran_out is not None:
                binding.on_store_wait_ran_out(binding.name, str(exc))
            await self._goodbye("failed", str(exc))
            self.context.stop_self(final=True)
            return None
        except Exception as exc:
            stopped = _stop_behind(exc)
            if stopped is not None:
                # A stop (a policy's, a person's) that run() caught and then ended on an error
                # of its own, raised while handling it or naming it as its cause: the agent is
                # stopped for good all the same. Restarted, each fresh instance met the same
                # stop on its first call, until its supervisor gave up (exit 4, the stop unsaid).
                said = redact_text(str(exc).strip())[:300] or "(no message)"
                return await self._stopped_for_good(
                    f"{stopped.reason} (run() then raised {type(exc).__name__}: {said})"
                )
            spent = _budget_refusal(exc)
            if spent is not None:
                # A budget refused a call (or cut its stream) and run() let it end: a fresh
                # instance would pay again for the calls it made before this one, and meet the
                # same budget (an agent's, a session's, a tenant's budget outlives a restart;
                # a window's does not pass in the milliseconds a restart takes). It stops for
                # good instead, as a policy's stop does, and the run says why (exit 3).
                binding = self.binding
                why = (
                    f"its budget refused a call ({spent.rule}: {spent.reason.rstrip('.')}) and "
                    "run() did not catch BudgetExceeded; it was stopped, not restarted, since a "
                    "fresh instance would pay again for its calls before that one and be refused "
                    "the same"
                )
                logger.warning("agent.budget_spent", agent=binding.name, rule=spent.rule)
                if binding.on_budget_spent is not None:
                    binding.on_budget_spent(binding.name, why)
                await self._goodbye("stopped", why)
                self.context.stop_self(final=True)
                return None
            refused = _incurable(exc)
            if refused is None:
                raise  # a 429, a 5xx, a timeout, a bug: a fresh instance may well get through
            # The provider refused the key, the model or the request itself, and that ended
            # run(), as it is or wrapped in the agent's own error: a fresh instance would be
            # refused the same, after paying again for the calls before this one.
            # Unrecoverable tells the supervisor not to restart it, whatever its restart type.
            binding = self.binding
            why = f"{type(refused).__name__}: {str(refused).rstrip()}"
            if refused is not exc:
                said = redact_text(str(exc).strip())[:300] or "(no message)"
                why = f"{type(exc).__name__}: {said}, caused by {why}"
            why += " No restart can cure it: fix that and run again."
            logger.error("agent.unrecoverable", agent=binding.name, error=why)
            if binding.on_unrecoverable is not None:
                binding.on_unrecoverable(binding.name, why)
            self._farewell = True
            await self._goodbye("failed", why)
            raise Unrecoverable(why) from exc
        await self._goodbye("done")
        self.context.stop_self()  # a permanent agent is restarted even after it finished (OTP)
        return None

    def on_stop_requested(self, reason: ExitReason) -> None:
        """Stopped (its supervisor restarts or shuts down its team) while a question of its
        is up: a person's answer cannot be waited for in the stop's grace period, and must
        not run the call in an instance that is going away. The questions are withdrawn."""
        self._stopping = str(reason)
        for scope, request in (self._asking or {}).items():
            request.withdraw(
                "its supervisor is stopping the agent (its team restarts or shuts down)"
            )
            scope.cancel(reason=f"agent stopping: {reason}")

    async def on_stop(self, reason: ExitReason) -> None:
        if self._stop_said:
            return  # a subclass's on_stop called super() (see __init_subclass__)
        self._stop_said = True
        if reason.abnormal and not self._farewell:
            await self._goodbye("failed", reason.detail or str(reason.error or ""))
        if (
            reason.kind == "error"
            and not reason.for_good
            and type(self).restart == "temporary"
            and not self._stopping
        ):
            # A temporary child is not restarted after an error (OTP), and its supervisor says
            # nothing of it: without this the run would end "every agent finished", exit 0.
            binding = self.binding
            if binding.on_failed_unrestarted is not None:
                error = reason.error
                said = f"{type(error).__name__}: {error}" if error is not None else str(reason)
                site = error_site(error) if error is not None else ""
                binding.on_failed_unrestarted(binding.name, redact_text(said.strip()) + site)

    async def _goodbye(self, state: Literal["done", "stopped", "failed"], detail: str = "") -> None:
        ref = self.binding.link.ref
        if ref is not None:
            # Asked, not told: the agent ends once the governor has taken its goodbye in. Told,
            # it could still be queued behind this agent's hello (the governor awaiting the
            # store for its budgets) when the run ended, and was dropped with the governor's
            # mailbox: the agent stayed "running" and the TUI's summary said "interrupted".
            try:
                with anyio.move_on_after(_GOODBYE_WAIT):
                    await ref.ask(Goodbye(self.binding.name, state, detail), timeout=_GOODBYE_WAIT)
            except Exception:
                pass  # the governor is gone or restarting: nothing holds this agent's state

    def _emit_state(self, state: Any) -> None:
        binding = self.binding
        context = getattr(self, "context", None)
        binding.sink.emit(
            AgentStateChanged(
                binding.name,
                context.path if context is not None else binding.name,
                binding.session,
                state,
                context.restart_count if context is not None else 0,
            )
        )

    # -- talking to the governor ----------------------------------------------------------------

    async def _ask_governor(self, message: Any) -> Any:
        """Ask the current governor; wait for one (fail closed) while it is down."""
        binding = self.binding
        wait = _fail_closed_timeout(binding)
        deadline: float | None = None  # set when the governor is first found down
        while True:
            ref = binding.link.ref
            if ref is None:
                if deadline is None:
                    deadline = time.monotonic() + wait
                ref = await binding.link.wait(max(0.0, deadline - time.monotonic()))
                if ref is None:
                    raise GovernorUnavailable(
                        f"The governor has been unreachable for {wait:g} s, so the call was "
                        "not sent (fail closed). Check the run's log for why it stopped."
                    )
            try:
                return await ref.ask(message, timeout=max(1.0, wait))
            except ActorDeadError:
                if deadline is None:
                    deadline = time.monotonic() + wait
                if time.monotonic() >= deadline:
                    raise GovernorUnavailable(
                        "The governor stopped while answering, so the call was not sent "
                        "(fail closed)."
                    ) from None
                await anyio.sleep(0.01)
            except AskTimeout as exc:
                raise GovernorUnavailable(
                    f"The governor did not answer within {wait:g} s; the call was not sent."
                ) from exc
            except (GovernedCallError, GovernorUnavailable):
                raise
            except Exception as exc:
                # The governor's handler failed (a store of one's own raising its backend's
                # error, a bug): the governor is restarted, and this call fails closed with
                # the error the agent's code expects, not a foreign one that would crash it.
                raise GovernorUnavailable(
                    f"The governor failed while answering ({exc!r}) and was restarted; "
                    "nothing was sent for this request (fail closed)."
                ) from exc

    async def _await_previous_embedding(self) -> None:
        """The pre-call loop check needs the previous response's embedding: wait if not done."""
        handle, self._pending_embedding = self._pending_embedding, None
        if handle is not None and not handle.done():
            try:
                with anyio.move_on_after(5.0):
                    await handle.wait()
            except Exception:
                pass  # the semantic check is skipped for this step; structural ones still run

    async def _admission(self, request: PreCall | PreTool) -> CallGrant:
        """Get a grant for ``request``: permit, or a person's approval, or an exception."""
        binding = self.binding
        if self._pending_embedding is not None:
            await self._await_previous_embedding()
        answer = await self._ask_governor(request)
        unavailable_since: float | None = None
        asked = False  # a person (or the approver) answered: a refusal now is their "no"
        rate_limited = False  # shown as waiting for its rate window until answered otherwise
        while True:
            if rate_limited and not isinstance(answer, Throttled):
                rate_limited = False
                self._emit_state("running")
            if isinstance(answer, CallGrant):
                return answer
            if isinstance(answer, Refusal):
                raise _refusal_error(answer, asked=asked)
            if isinstance(answer, Unavailable):
                # [fail_closed] wait: ask again until the store is back, for wait_timeout at
                # most; then the call is refused like behaviour = "refuse" (never sent).
                now = time.monotonic()
                if unavailable_since is None:
                    unavailable_since = now
                limit = _fail_closed_timeout(binding)
                if _fail_closed_behaviour(binding) != "wait":
                    # waited=0: like a wait that ran out, it stops the agent that lets it end
                    # run(); a fresh instance would be refused again at once, and the restarts
                    # would use up its team's restart limit in milliseconds (exit 4, as if
                    # the agent were at fault, not the store).
                    raise GovernorUnavailable(
                        f'{answer.reason} ([fail_closed] behaviour = "refuse": refused at '
                        "once.) Catch GovernorUnavailable in the agent to go on without this "
                        'call, or set behaviour = "wait" to wait for the store.',
                        waited=0.0,
                    )
                if now - unavailable_since < limit:
                    await anyio.sleep(0.5)
                    # A fresh call id: the store may hold the failed attempt's reserve (its
                    # outcome unknown, released when the store is back); reusing the id would
                    # be refused as a duplicate.
                    request = dataclasses.replace(request, call_id=_new_call_id(request.call_id[0]))
                    answer = await self._ask_governor(request)
                    continue
                raise GovernorUnavailable(
                    f"The call waited {limit:g} s ([fail_closed] wait_timeout) for the ledger "
                    f"store and it is still unreachable, so it was not sent (fail closed). "
                    f"{answer.reason} Raise wait_timeout to wait longer, or catch "
                    "GovernorUnavailable in the agent to go on without this call.",
                    waited=limit,
                )
            if isinstance(answer, NeedsApproval):
                started = time.monotonic()
                verdict: ApprovalAnswer = "deny"
                by: AnsweredBy = "cancelled"
                # The governor cancels the scope to withdraw the question (the agent or its
                # session was stopped meanwhile), and so does on_stop_requested: the answer
                # it gets back then refuses the call.
                scope = answer.scope or anyio.CancelScope()
                if self._stopping:
                    scope.cancel()  # already stopping: nobody is asked
                if not scope.cancel_called:
                    # (Withdrawn before it was asked: the stop is what the governor showed.)
                    self._emit_state("waiting_approval")
                asking = self._asking = self._asking or {}
                asking[scope] = answer.request
                try:
                    with scope:
                        verdict, by, detail = await self._ask_approver(answer.request)
                finally:
                    asking.pop(scope, None)
                # Withdrawn by on_stop_requested: this instance is going away (restarted or
                # shut down with its team), and its successor asks again.
                stopping = scope.cancelled_caught and bool(self._stopping)
                if scope.cancelled_caught:
                    detail = (
                        f"the agent is stopping ({self._stopping})"
                        if stopping
                        else answer.request.withdrawn or "the governor withdrew the question"
                    )
                asked = True
                if not scope.cancelled_caught:
                    # (Withdrawn: the agent or its session is stopping, which the governor
                    # has shown; 'running' now would overwrite it.)
                    self._emit_state("running")
                answer = await self._ask_governor(
                    Answered(
                        request.call_id,
                        verdict,
                        time.monotonic() - started,
                        by,
                        detail,
                        binding.name,
                        binding.session,
                    )
                )
                if stopping and not (isinstance(answer, Refusal) and answer.stop_agent):
                    raise AgentStopped(
                        f"The agent is stopping ({self._stopping}), so its question was "
                        "withdrawn unanswered.",
                        rule="approval.withdrawn",
                    )
                continue
            if isinstance(answer, Throttled):
                # Over a per-minute limit, and the policy lets the call wait for room: ask
                # again (a new id, as below) once the window has freed up.
                if not rate_limited:  # once: a wait may be asked about again many times
                    rate_limited = True
                    self._emit_state("waiting_rate")
                await _throttle_sleep(answer.retry_after + _THROTTLE_SLACK)
                waited = request.waited + answer.retry_after + _THROTTLE_SLACK
                if isinstance(request, PreCall):
                    # Under its first id: its place in line for the session's tokens per minute.
                    request = dataclasses.replace(
                        request,
                        call_id=_new_call_id(request.call_id[0]),
                        waited=waited,
                        first_call_id=request.first_call_id or request.call_id,
                    )
                else:
                    request = dataclasses.replace(
                        request, call_id=_new_call_id(request.call_id[0]), waited=waited
                    )
                answer = await self._ask_governor(request)
                continue
            if isinstance(answer, AskAgain):
                asked = False
                logger.warning("agent.asked_again", agent=binding.name, reason=answer.reason)
                # A fresh call id, as above: the one asked about may be held in the store.
                request = dataclasses.replace(request, call_id=_new_call_id(request.call_id[0]))
                answer = await self._ask_governor(request)
                continue
            raise TypeError(f"Unexpected governor answer {answer!r}")

    async def _ask_approver(
        self, request: ApprovalRequest
    ) -> tuple[ApprovalAnswer, AnsweredBy, str]:
        """The approver's answer to ``request``, who gave it, and what went wrong if nobody
        could: an approver that raises or answers nonsense denies the call (fail closed), and
        the person watching is told, instead of the agent crashing into a restart."""
        approver = self.binding.approver
        try:
            verdict, by = await decide_with_source(approver, request)
        except Exception as exc:
            if isinstance(exc, NotAnAnswer):
                detail = str(exc)
            else:
                detail = f"{type(approver).__name__} raised {type(exc).__name__}: {exc}"
            logger.error(
                "agent.approver_failed",
                agent=self.binding.name,
                call_id=request.call_id,
                error=repr(exc),
            )
            self.report(
                f"The approver failed on '{request.action}' ({detail}), so the call is denied "
                "(fail closed). Fix the approver; the agent goes on.",
                "error",
            )
            return "deny", "failed", detail
        return verdict, by, ""

    # -- LLM calls -------------------------------------------------------------------------------

    async def llm(
        self,
        messages: Sequence[Mapping[str, Any]] | str,
        *,
        model: str | None = None,
        max_tokens: int | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        temperature: float | None = None,
        reasoning: Reasoning | None = None,
    ) -> LLMResult:
        """Make a governed LLM call and return its result.

        Args:
            messages: Chat messages (``{"role", "content"}``), or a string for one user message.
                A role is ``system``, ``developer``, ``user``, ``assistant``, ``tool`` or
                ``function`` (the roles some provider takes).
            model: ``"provider:model"``; the class's ``model`` by default.
            max_tokens: The most output tokens; the class's or the policy's default otherwise.
                Thinking counts inside it.
            tools: Tool definitions (OpenAI function form) offered to the model.
            temperature: Sampling temperature; not with ``reasoning``.
            reasoning: How much the model may think first (the class's ``reasoning`` by
                default): ``"minimal"``, ``"low"``, ``"medium"`` or ``"high"`` (OpenAI's
                ``reasoning_effort``; Anthropic thinking budgets of 1024, 1024, 2048 and 4096
                tokens), or a thinking budget in tokens, 1024 or more (Anthropic's
                ``budget_tokens``; for OpenAI the largest effort whose budget it reaches);
                ``0`` asks for none. ``max_tokens`` must be above the budget, and the governor
                never lowers it to the budget or below.

        Returns:
            The result; ``interrupted`` with partial ``text`` and ``fallback`` when the policy
            cut the stream and gave a fallback.

        Raises:
            BudgetExceeded, CallDenied, LoopDetected, EscalationDenied, StreamCut, AgentStopped:
                as the policy says (each carries the decision and any partial result).
            GovernorUnavailable: The governor or its store is unreachable (fail closed).
            ProviderError: The provider failed and the policy allows no (more) retries.
            UnknownProvider: ``model`` is not ``provider:model`` or names a provider that is
                not configured (nothing is sent).
            TypeError: ``messages``, ``model`` or ``tools`` is not of the form above (nothing is
                sent; the message names the argument and the form to use).
            ValueError: ``max_tokens`` is not a whole number of 1 to 1,000,000,000, ``temperature``
                is not a number from 0 to 2, a message's role is not one above, ``reasoning``
                is not a valid value, comes with a ``temperature``, or its budget does not fit
                below ``max_tokens`` (nothing is sent).
        """
        binding = self.binding
        if max_tokens is not None and (
            not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1
        ):
            # 0 or less would be sent, answered with nothing, and charged for its prompt.
            wrong = (
                "asks for no output"
                if isinstance(max_tokens, int | float) and max_tokens < 1
                else "is not a whole number of tokens"
            )
            raise ValueError(
                f"self.llm(max_tokens={max_tokens!r:.60}) {wrong}: give a whole number "
                "of tokens, 1 or more, or leave it out for the class's or the policy's default."
            )
        if temperature is not None and (
            not isinstance(temperature, int | float)
            or isinstance(temperature, bool)
            or not 0 <= temperature <= 2
        ):
            # The scripted provider took anything, so an offline test passed; a provider
            # refuses it (a 400, after the call was admitted), NaN included.
            raise ValueError(
                f"self.llm(temperature={temperature!r:.60}) is not a sampling temperature: give "
                "a number from 0 to 2 (Anthropic takes up to 1), or leave it out for the "
                "model's default."
            )
        if max_tokens is not None and max_tokens > MAX_TOKEN_COUNT:
            # Its worst case would overflow the ledger's 64-bit integers and fail the
            # governor on every call, restarting the agent until its supervisor gave up.
            raise ValueError(
                f"self.llm(max_tokens={max_tokens!r}) asks for more output than any model "
                f"writes: give at most {MAX_TOKEN_COUNT:,} tokens, or leave it out for the "
                "class's or the policy's default."
            )
        from_class = reasoning is None
        if reasoning is None:
            reasoning = self.reasoning
        thinking = 0  # the thinking budget, in tokens
        if reasoning is not None:
            thinking = _check_reasoning(self, reasoning, max_tokens, temperature, from_class)
            if not thinking:
                reasoning = None  # 0: none asked
        if model is not None and not isinstance(model, str):
            # It would reach the router and fail there on Python's words ("argument of type
            # 'int' is not iterable"), naming neither the argument nor the fix.
            raise TypeError(
                f"self.llm(model={model!r:.60}) takes a 'provider:model' string (e.g. "
                f"'openai:gpt-4o-mini'), not {type(model).__name__}; or leave it out for the "
                "class's model."
            )
        _check_tools(tools)
        msgs = _normalise_messages(messages, self.system)
        model_ref = model or self.model
        if model is not None:
            # A provider nobody configured: say so, before the governor refuses the call for
            # the model's unknown price (the fix would be a [providers.NAME] section).
            binding.router.check(model)
        retries = binding.policy.retries if binding.policy is not None else None
        attempts = retries.max_attempts if retries is not None else 1
        attempt = 0
        with self._call_running():
            while True:
                attempt += 1
                call_id = _new_call_id()
                try:
                    grant = await self._admission(
                        PreCall(
                            binding.name,
                            binding.session,
                            call_id,
                            model_ref,
                            msgs,
                            max_tokens if max_tokens is not None else self.max_tokens,
                            tools,
                            attempt,
                            0.0,
                            thinking,
                        )
                    )
                except GovernedCallError as exc:
                    if exc.fallback is None or isinstance(exc, AgentStopped):
                        raise
                    # The policy hands the agent a fallback answer instead of an exception.
                    return LLMResult(
                        text=exc.fallback,
                        model=model_ref,
                        usage=Usage(),
                        cost=0,
                        finish_reason="refused",
                        call_id=call_id,
                        interrupted=True,
                        fallback=exc.fallback,
                        decisions=exc.decisions
                        or (DecisionRecord(type(exc).__name__, exc.rule, "enforce", exc.reason),),
                    )
                try:
                    return await self._stream(grant, msgs, tools, temperature, reasoning)
                except ProviderError as exc:
                    # A failure after output was generated is retried only when the policy lists
                    # "interrupted": the retry sends the prompt again and pays for the answer again.
                    generated = getattr(exc, "_supervisor_output", False)
                    kind = "interrupted" if generated else _retry_kind(exc)
                    if (
                        retries is None
                        or attempt >= attempts
                        or not exc.retryable
                        or kind not in retries.retry_on
                    ):
                        raise
                    delay = min(
                        retries.backoff_max,
                        retries.backoff_initial * retries.backoff_multiplier ** (attempt - 1),
                    )
                    if exc.retry_after is not None:
                        delay = max(delay, min(exc.retry_after, retries.backoff_max))
                    if retries.jitter:
                        delay *= random.uniform(0.8, 1.2)
                    logger.info(
                        "agent.retry",
                        agent=binding.name,
                        error=type(exc).__name__,
                        attempt=attempt,
                        delay_s=round(delay, 3),
                    )
                    await anyio.sleep(delay)

    async def _cut_or_run_on(
        self, decision: Decision | None, reached: Decision | None, grant: CallGrant
    ) -> tuple[Decision | None, Decision | None]:
        """``(cut, reached)`` after a chunk of the stream (text, tool-call arguments or an
        interim count) was accounted and ``decision`` taken on it: a cut, unless it is the
        reservation passed on the estimate alone and more was reserved for the stream to run on
        (``_run_on``, once: it is then ``reached``); after that, the stream is cut when it
        passes ``max_tokens`` on evidence or where what was reserved more ends."""
        if decision is not None and _cuts(decision):
            if reached is None and await self._run_on(decision, grant):
                return None, decision
            return decision, reached
        monitor = grant.monitor
        if reached is not None and monitor is not None and monitor.passed(grant.max_tokens):
            return reached, reached
        return None, reached

    async def _run_on(self, decision: Decision, grant: CallGrant) -> bool:
        """Whether a stream whose estimate passed its reservation may run on: it has not passed
        ``max_tokens`` on evidence (``_within_max_tokens``), and the governor reserved more for
        it (:class:`ReserveMore`: up to where ``StreamMonitor.passed`` takes the estimate as
        evidence, half of ``max_tokens`` again, and a chunk, or what the budgets hold). A hard
        budget is never overshot for the wait: where nothing more fits, the stream is cut
        before it overshoots, even if the provider would have stopped in time."""
        monitor = grant.monitor
        if monitor is None or not _within_max_tokens(decision, monitor, grant):
            return False
        binding = self.binding
        tokens = int(grant.max_tokens * STREAM_ESTIMATE_MARGIN) + max(1, monitor.ahead)
        try:
            more = await self._ask_governor(
                ReserveMore(binding.name, binding.session, grant.call_id, tokens)
            )
        except GovernorUnavailable:
            return False  # fail closed: nothing more is reserved, so the stream stops here
        # What was reserved may be too little for the next chunk: then it stops here all the same.
        return bool(more) and monitor.feed("") is None

    async def _stream(
        self,
        grant: CallGrant,
        messages: list[dict[str, Any]],
        tools: Sequence[Mapping[str, Any]] | None,
        temperature: float | None,
        reasoning: Reasoning | None = None,
    ) -> LLMResult:
        binding = self.binding
        monitor = grant.monitor
        parts: list[str] = []
        tool_calls: list[ToolCall] = []
        usage: UsageReport | None = None
        finish = ""
        thinking_blocks: tuple[dict[str, Any], ...] = ()
        cut: Decision | None = None
        cut_at: int | None = None
        # The reservation passed on the estimate alone: a provider honouring max_tokens stops
        # by itself, so the stream runs on, on more reserved for it (_run_on), and is cut when
        # the count passes max_tokens on evidence, or where that reservation ends.
        reached: Decision | None = None
        tool_chars = 0  # tool-call argument text streamed, for the estimate of a cut call
        first_out = 0  # the output the first usage report counted (see _supervisor_output)
        error: BaseException | None = None
        outcome: Literal["ok", "cut", "error", "cancelled"] = "ok"
        opened = False  # the provider answered (a status line): the request is being served
        started = time.monotonic()
        next_progress = started + binding.progress_interval
        self._emit_state("waiting_model")
        first = True
        try:
            provider, model_name = binding.router.resolve(grant.model_ref)
            call_timeout, chunk_timeout = self._timeouts(grant.model_ref)
            request = LLMRequest(  # model, messages, max_tokens, tools, temperature, timeouts
                model_name,
                messages,
                grant.max_tokens,
                [dict(t) for t in tools] if tools else None,
                temperature,
                call_timeout,
                chunk_timeout,
                reasoning,
            )
            with grant.scope:
                async with provider.stream(request) as events:
                    opened = True
                    async for event in events:
                        if isinstance(event, TextDelta):
                            if first:
                                self._emit_state("running")
                                first = False
                            parts.append(event.text)
                            if usage is not None and usage.final:
                                usage = _not_final(usage)
                            if monitor is not None:
                                decision = monitor.feed(event.text)
                                # (Most chunks decide nothing: one test, no calls, for them.)
                                if decision is not None or reached is not None:
                                    cut, reached = await self._cut_or_run_on(
                                        decision, reached, grant
                                    )
                                if cut is not None:
                                    cut_at = _cut_offset(cut, parts)
                                    break
                            now = time.monotonic()
                            if now >= next_progress and monitor is not None:
                                next_progress = now + binding.progress_interval
                                _progress(binding, grant.call_id, monitor, now - started)
                        elif isinstance(event, ToolCallDelta):
                            tool_chars += len(event.arguments)
                            if usage is not None and usage.final and event.arguments:
                                usage = _not_final(usage)
                            if monitor is not None and event.arguments:
                                # Arguments are billed output like text: they count in the live
                                # cost, and run on or are cut as text is (above).
                                decision = monitor.feed_arguments(event.arguments)
                                if decision is not None or reached is not None:
                                    cut, reached = await self._cut_or_run_on(
                                        decision, reached, grant
                                    )
                                if cut is not None:
                                    break
                        elif isinstance(event, ToolCall):
                            tool_calls.append(event)
                        elif isinstance(event, UsageReport):
                            if usage is None:
                                first_out = event.output_tokens
                            usage = event
                            if monitor is None:
                                continue
                            if event.final:
                                # The final count replaces the estimate. The answer is complete,
                                # so nothing is cut here, and the decision is not needed: with
                                # no text no stream rule runs, so it can only say the count
                                # reached the reservation, and the governor's settlement
                                # compares the real cost (the prompt's too) with the
                                # reservation and records an overrun (_settle).
                                monitor.feed("", event.output_tokens)
                            elif event.output_tokens > monitor.output_tokens:
                                # An interim count (a reasoning model thinking, which streams
                                # no text): a floor under the live count, never a freeze of it
                                # (Anthropic's message_start says 1 token), so the live cost
                                # and the budget's cut see the thinking too.
                                decision = monitor.floor(event.output_tokens, event.estimated)
                                if decision is not None or reached is not None:
                                    cut, reached = await self._cut_or_run_on(
                                        decision, reached, grant
                                    )
                                if cut is not None:
                                    break
                                now = time.monotonic()
                                if now >= next_progress:
                                    next_progress = now + binding.progress_interval
                                    _progress(binding, grant.call_id, monitor, now - started)
                        elif isinstance(event, Finished):
                            finish = event.reason
                            thinking_blocks = event.thinking
            if grant.scope.cancelled_caught:
                cut = grant.cut or Interrupt(rule="governor", reason="The governor cut the call.")
            if cut is not None:
                outcome = "cut"
                finish = "cut"
                if grant.cut is None:
                    grant.cut = cut  # the governor records it with the settlement
        except ProviderError as exc:
            outcome = "error"
            error = exc
            raise
        except BaseException as exc:
            outcome = "cancelled" if isinstance(exc, anyio.get_cancelled_exc_class()) else "error"
            error = exc
            raise
        finally:
            # A cut before a matched pattern hands on (and reports) only the text before it.
            text = "".join(parts)[:cut_at]
            input_tokens, output_tokens, estimated = _consumed(
                grant,
                usage,
                monitor,
                text,
                outcome,
                tool_chars,
                opened,
                _refused_at_once(error),
                first_out,
            )
            cached, cache_write, cache_write_long = _cache_use(usage, input_tokens)
            # Every field by position: a call with **kwargs builds a dict of them all.
            settle = Settle(
                binding.name,
                binding.session,
                grant.call_id,
                grant.model_ref,
                input_tokens,
                output_tokens,
                estimated,
                outcome,
                finish or ("error" if error is not None else "stop"),
                text,
                tuple({"name": c.name, "arguments": c.arguments, "id": c.id} for c in tool_calls)
                if tool_calls
                else (),
                self._take_new_input(messages),
                type(error).__name__ if error is not None else "",
                cached,
                cache_write,
                cache_write_long,
                # Searches run are billed whether or not the stream finished.
                usage.web_searches if usage is not None else 0,
                grant.more_cost,
                grant.more_tokens,
            )
            receipt = await self._settle(settle, hurry=outcome == "cancelled")
            used = Usage(
                input_tokens,
                output_tokens,
                estimated,
                settle.cached_input_tokens,
                settle.cache_write_tokens + settle.cache_write_long_tokens,
                settle.web_searches,
            )
            if isinstance(error, ProviderError):
                # What the failed call generated (and cost), for an agent that catches the error.
                error.partial = LLMResult(  # type: ignore[attr-defined]
                    text=text,
                    model=grant.model_ref,
                    usage=used,
                    cost=receipt.cost if receipt is not None else 0,
                    finish_reason="error",
                    call_id=grant.call_id,
                    tool_calls=tuple(
                        ResultToolCall(c.id, c.name, _arguments(c)) for c in tool_calls
                    ),
                    interrupted=True,
                )
                # Output counts as generated (and charged) when text or tool-call text streamed,
                # or when the count grew past the first one (a model that only reasoned:
                # Anthropic's message_start already says a few tokens before anything is made).
                error._supervisor_output = bool(  # type: ignore[attr-defined]
                    parts or tool_chars or (usage is not None and usage.output_tokens > first_out)
                )
        assert receipt is not None
        self._pending_embedding = receipt.embedding
        if first:  # no text arrived (a tool-call-only answer): still shown as waiting_model
            self._emit_state("running")
        # (Most calls decide nothing: no generator, no tuple, on the call's path.)
        made = (*grant.decisions, *receipt.decisions)
        decisions = tuple(_record(d) for d in made) if made else ()
        result = LLMResult(  # every field, by position
            text,
            grant.model_ref,
            used,
            receipt.cost,
            finish or "stop",
            grant.call_id,
            (
                tuple(ResultToolCall(c.id, c.name, _arguments(c)) for c in tool_calls)
                if tool_calls
                else ()
            ),
            cut is not None,
            getattr(cut, "fallback", None) if cut is not None else None,
            decisions,
            thinking_blocks,
        )
        if cut is not None:
            _raise_for_cut(cut, result)
        return result

    def _take_new_input(self, messages: list[dict[str, Any]]) -> str:
        """What came in before this response, for the loop detectors: the prompt's last user
        message, unless the previous call ended with the same one (the prompt sent again)."""
        last = _user_text(messages[-1]) if messages else ""
        new = "" if last == self._last_input else last
        self._last_input = last
        return new

    def _timeouts(self, model_ref: str) -> tuple[float, float]:
        """The call and chunk timeouts: the class's, else its provider's policy section's."""
        policy = self.binding.policy
        section = None
        if policy is not None:
            section = policy.providers.get(model_ref.partition(":")[0])
        call = self.timeout if self.timeout is not None else (section.timeout if section else 600.0)
        chunk = (
            self.chunk_timeout
            if self.chunk_timeout is not None
            else (section.chunk_timeout if section else 60.0)
        )
        return float(call), float(chunk)

    async def _settle(self, settle: Settle, *, hurry: bool = False) -> Settled | None:
        """Settle with the governor; never lose the charge (it is retried while it is down).

        With ``hurry`` (the call was cancelled: the run is shutting down, the governor may be
        gone) one short attempt is made. A charge that cannot be settled is never lost: its
        reservation stays open in the store and counts as fully spent until reconciled.
        """
        receipt: Settled | None = None
        attempts = 3
        binding = self.binding
        ref = binding.link.ref
        if not hurry and ref is not None:
            # The common case, the governor up: one ask its own cancellation cannot interrupt
            # (answered inline, it enters no cancel scope beyond the handler's shield).
            try:
                receipt = await ref.ask(
                    settle, timeout=max(1.0, _fail_closed_timeout(binding)), shield=True
                )
            except (ActorDeadError, AskTimeout):
                attempts = 2  # the governor went away or did not answer: the careful way
        if receipt is None:
            # Shielded: a call cut short, or a run shutting down, still settles what it spent.
            with self.context.system.cancel_scope(shield=True):
                if hurry:
                    with anyio.move_on_after(SETTLE_WHEN_CANCELLED_S):
                        receipt = await self._settle_attempts(settle, 1)
                else:
                    receipt = await self._settle_attempts(settle, attempts)
        if receipt is not None:
            assert isinstance(receipt, Settled)
            return receipt
        logger.error(
            "agent.settle_failed",
            call_id=settle.call_id,
            note="the reservation stays open in the store and counts as spent until reconciled",
        )
        return Settled(cost=0, durable=False)

    async def _settle_attempts(self, settle: Settle, attempts: int) -> Settled | None:
        for _ in range(attempts):
            try:
                receipt = await self._ask_governor(settle)
            except GovernorUnavailable:
                continue
            assert isinstance(receipt, Settled)
            return receipt
        return None

    # -- tools -----------------------------------------------------------------------------------

    async def tool(
        self, name: str, args: Mapping[str, Any] | None = None, /, **kwargs: Any
    ) -> ToolResult:
        """Run one of this agent's tools through the governor.

        Args:
            name: The tool's name (a method marked with ``@tool``).
            args: Its arguments (or pass them as keyword arguments).

        Returns:
            The tool's return value and the decisions taken.

        Raises:
            CallDenied, EscalationDenied, LoopDetected, AgentStopped: as the policy says.
            GovernorUnavailable: The governor or its store is unreachable (fail closed).
            ConfigurationError: The agent has no tool of that name.
            TypeError: ``args`` is not a mapping (pass a dict, or keyword arguments).
            ToolArgumentsError: The arguments do not fit the tool's signature (a missing or
                unknown argument, a value of the wrong type); its message is written for the
                model to read and call again. Arguments that pydantic converts ("5" for an
                ``int``, a mapping for a pydantic model parameter) reach the tool converted.
            ToolTimeout: The tool ran past the policy's ``[tools] timeout`` and was cancelled.
            Exception: Whatever the tool itself raised (reported to the governor first).
        """
        if args is not None and not isinstance(args, Mapping):
            raise TypeError(
                f"self.tool({name!r}, ...) takes the tool's arguments as a mapping or as keywords, "
                f"not {type(args).__name__}: self.tool({name!r}, {{'query': ...}}) or "
                f"self.tool({name!r}, query=...)."
            )
        with self._call_running():
            return await self._tool(name, dict(args or {}, **kwargs))

    async def _tool(
        self, name: str, arguments: dict[str, Any], invalid_json: str | None = None
    ) -> ToolResult:
        """:meth:`tool`, for ``arguments`` already joined; ``invalid_json`` is the model's
        argument text when it was not JSON (``arguments`` then holds it as ``_raw``), which
        no signature fits, not even one taking ``**kwargs``."""
        binding = self.binding
        attr = self._tools.get(name)
        if attr is None:
            raise ConfigurationError(
                f"{type(self).__name__} has no tool named {name!r}; its tools are "
                f"{sorted(self._tools)}. Mark a method with @tool to add one."
            )
        # Checked before the governor is asked, so that it asks no person to approve a call
        # that cannot run (args_fit). Such a call is still admitted like any other (rules,
        # limits, steps) and then reported failed without running: a model that sends the same
        # wrong arguments again and again is a failing call repeated, a loop, which the
        # governor sees only this way.
        unfit: Exception | None = None
        kwargs: dict[str, Any] = {}
        try:
            signature = _tool_signature(type(self), name)
            if invalid_json is not None:
                raise ToolArgumentsError(
                    name,
                    [f"its arguments are not valid JSON ({invalid_json[:200]!r})"],
                    signature.text,
                )
            kwargs = signature.bind(arguments)
        except Exception as exc:
            unfit = exc
        # What the governor, the rules, loop detection and the audit log see: JSON values only
        # (the tool itself gets the arguments as they were given). Agent code may pass what a
        # model cannot (bytes, a set, an object): such a call used to run, and the governor
        # then failed on every later call of the agent (its loop history could not be
        # serialised) and was restarted, each refused with GovernorUnavailable.
        recorded = _recordable(arguments)
        grant = await self._admission(
            PreTool(
                binding.name,
                binding.session,
                _new_call_id("t"),
                name,
                recorded,
                args_fit=unfit is None,
            )
        )
        # The grant's id: a call asked again (after a rate limit's wait, or a governor restart
        # while a person decided) was asked under a fresh one, which the governor tracks.
        call_id = grant.call_id
        func = getattr(self, attr)
        observation = ""
        failed = False
        try:
            if unfit is not None:
                raise unfit
            limit = binding.policy.tools.timeout if binding.policy is not None else None
            with grant.scope, anyio.move_on_after(limit) as clock:
                if inspect.iscoroutinefunction(func):
                    value = await func(**kwargs)
                else:
                    # A plain function may block (a sync HTTP client, a driver): in a worker
                    # thread it stops neither the other agents nor the governor, and a cut
                    # returns at once (the thread is left to finish on its own).
                    value = await _in_daemon_thread(functools.partial(func, **kwargs))
                    if inspect.isawaitable(value):
                        value = await value
            if clock.cancelled_caught and not grant.scope.cancelled_caught:
                # A tool stuck on a service that never answers would hold the agent (and,
                # without max_session_seconds, the run) for ever.
                assert limit is not None
                raise ToolTimeout(name, limit)
            if grant.scope.cancelled_caught:
                failed = True
                observation = "cut by the governor"
                raise _refusal_error(
                    Refusal(
                        Refuse(
                            kind="rule",
                            decision=grant.cut
                            or Interrupt(rule="governor", reason="The governor cut the tool call."),
                        )
                    )
                )
            observation = _observation(value)
        except GovernedCallError:
            raise
        except Exception as exc:
            failed = True
            observation = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            handle = None
            # Reporting the result feeds loop detection only (a tool reserves nothing), so a
            # shutting-down run does not wait long for it.
            with anyio.CancelScope(shield=True), anyio.move_on_after(SETTLE_WHEN_CANCELLED_S):
                try:
                    handle = await self._ask_governor(
                        ToolDone(
                            binding.name,
                            binding.session,
                            call_id,
                            name,
                            recorded,
                            observation,
                            failed,
                        )
                    )
                except GovernorUnavailable:
                    handle = None
            self._pending_embedding = handle
        return ToolResult(
            name=name,
            arguments=arguments,
            value=value,
            call_id=call_id,
            decisions=tuple(_record(d) for d in grant.decisions),
        )

    async def call_tools(self, answer: LLMResult) -> list[dict[str, Any]]:
        """Run the tool calls ``answer`` asks for, in order, each through :meth:`tool`, and
        return the tool turns to append after ``answer.as_message()``::

            answer = await self.llm(messages, tools=self.tool_definitions())
            messages += [answer.as_message(), *await self.call_tools(answer)]

        Each turn's content is the tool's value (a string as it is, anything else as JSON).
        What the model asked wrongly is answered in words, for it to try otherwise: an unknown
        tool, arguments that do not fit (:class:`ToolArgumentsError`), a tool the policy's
        tool rules deny or a person refused (``CallDenied``, ``EscalationDenied``), a tool
        that raised. What concerns the agent itself is raised: its step and rate limits
        (``CallDenied`` with a ``limits.`` rule), ``BudgetExceeded``, ``LoopDetected``,
        ``AgentStopped``, ``StreamCut``, ``GovernorUnavailable``, and cancellation.

        Raises:
            TypeError: ``answer`` is not what ``self.llm()`` returned.
        """
        if not isinstance(answer, LLMResult):
            # Python's words would be "'str' object has no attribute 'tool_calls'".
            raise TypeError(
                f"self.call_tools() takes the result self.llm() returned (an LLMResult), not "
                f"{type(answer).__name__} {answer!r:.60}: answer = await self.llm(...); "
                "turns = await self.call_tools(answer)."
            )
        turns: list[dict[str, Any]] = []
        for call in answer.tool_calls:
            if call.name not in self._tools:
                content = (
                    f"There is no tool named {call.name!r}; the tools are "
                    f"{', '.join(sorted(self._tools)) or 'none'}."
                )
            else:
                raw = call.arguments.get("_raw") if len(call.arguments) == 1 else None
                try:
                    with self._call_running():
                        result = await self._tool(
                            call.name, dict(call.arguments), raw if isinstance(raw, str) else None
                        )
                except ToolArgumentsError as exc:
                    content = (
                        f"Not done: the arguments for {call.name!r} are not valid JSON "
                        f"({str(raw)[:200]!r}); send them again as a JSON object."
                        if isinstance(raw, str)
                        else f"Not done: {exc}"
                    )
                except (CallDenied, EscalationDenied) as exc:
                    if exc.rule.startswith("limits."):
                        raise  # the agent's own step or rate limit, not this tool's
                    # The policy's [tools] fallback is what the model is told, when it gives one.
                    content = f"Not done: {exc if exc.fallback is None else exc.fallback}"
                except (GovernedCallError, GovernorUnavailable):
                    raise
                except Exception as exc:
                    content = f"The tool {call.name!r} failed: {type(exc).__name__}: {exc}"
                else:
                    value = result.value
                    content = value if isinstance(value, str) else _observation(value, 100_000)
            turns.append({"role": "tool", "tool_call_id": call.id, "content": content})
        return turns


#: Added to a throttled call's wait, so that it asks again once its window has surely freed
#: up (the clocks' rounding), not a hair before.
_THROTTLE_SLACK = 0.01
#: How a throttled call waits (a test runs it on a fake clock).
_throttle_sleep = anyio.sleep

_RESTART_TYPES = ("permanent", "transient", "temporary")
_REPORT_LEVELS = frozenset({"info", "warning", "error"})

#: Seconds an ending agent waits for the governor to take its goodbye in (a store slow to
#: answer holds the governor): past it the agent ends all the same.
_GOODBYE_WAIT = 2.0


def check_agent_class(
    cls: type[Agent], default_max_tokens: int | None = None, *, runs: bool = True
) -> None:
    """Check the class attributes ``cls`` sets (``name``, ``model``, ``max_tokens``,
    ``reasoning``, ``system``, ``script``, ``restart``, ``timeout``, ``chunk_timeout``) and its
    ``run``, before it starts.

    A wrong one (``max_tokens = "lots"``, ``timeout = -1``, ``run`` not ``async``) fails the
    same way on every call, so it is bad input to report once, not a crash to restart the agent
    over until its supervisor gives up.

    Args:
        cls: The agent class.
        default_max_tokens: The policy's ``limits.default_max_tokens``, the cap of a class that
            sets no ``max_tokens`` (checked against its ``reasoning``); None: not known.
        runs: Whether it will run (a member of the tree), not only a base that a file's
            ``tree()`` leaves out and others subclass, which may leave ``run`` to them.

    Raises:
        ConfigurationError: Naming the class, its file, every wrong attribute, what it holds and
            what it should hold.
    """
    problems: list[str] = []

    def bad(attribute: str, should: str) -> None:
        value = getattr(cls, attribute, None)
        problems.append(f"{attribute} = {value!r:.60} ({type(value).__name__}) {should}")

    name = getattr(cls, "name", None)
    if name is not None and (not isinstance(name, str) or not name.strip()):
        bad("name", "must be a non-empty string, or be left out (the class name is used)")
    elif name is not None and (unfit := name_problem(name)) is not None:
        bad("name", f"cannot name an agent: {unfit}")
    elif name is not None and "/" in name:
        # The name is a step of the agent's path in the supervision tree (agents/NAME).
        bad("name", "cannot hold '/', which separates the steps of an agent's path: use '-' or '_'")
    elif name is None and (unfit := name_problem(cls.__name__)) is not None:
        problems.append(
            f"the class name {cls.__name__!r} cannot name an agent: {unfit}; rename the "
            "class or set `name = ...` on it"
        )
    model = getattr(cls, "model", None)
    if not isinstance(model, str) or not model.strip():
        bad("model", 'must be a "provider:model" string, e.g. "openai:gpt-4o-mini"')
    max_tokens = getattr(cls, "max_tokens", None)
    if max_tokens is not None and (
        not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1
    ):
        bad(
            "max_tokens",
            "must be a whole number of tokens, 1 or more, or None for the policy's "
            "limits.default_max_tokens",
        )
    elif isinstance(max_tokens, int) and max_tokens > MAX_TOKEN_COUNT:
        # Its worst case would overflow the ledger's 64-bit integers (see Agent.llm).
        bad(
            "max_tokens",
            f"is more output than any model writes: give at most {MAX_TOKEN_COUNT:,} tokens, "
            "or None for the policy's limits.default_max_tokens",
        )
    reasoning = getattr(cls, "reasoning", None)
    reasoning_wrong = reasoning_problem(reasoning)
    if reasoning_wrong is not None:
        bad("reasoning", f"is wrong: {reasoning_wrong}; or None for the model's default")
    else:
        # Every call that gives no max_tokens and no reasoning of its own would be refused.
        thinking = reasoning_budget(cast("Reasoning | None", reasoning))
        own = (
            max_tokens if isinstance(max_tokens, int) and not isinstance(max_tokens, bool) else None
        )
        cap = own if own is not None else default_max_tokens
        if thinking and cap is not None and 1 <= cap <= thinking:
            whose = (
                f"max_tokens = {cap}"
                if own is not None
                else f"the policy's limits.default_max_tokens ({cap})"
            )
            bad(
                "reasoning",
                f"asks for a thinking budget of {thinking} tokens, which counts inside "
                f"max_tokens and must be below {whose}: set max_tokens above {thinking}, or "
                "ask for less reasoning",
            )
    system = getattr(cls, "system", None)
    if system is not None and not isinstance(system, str):
        bad("system", "must be the system prompt as a string, or None")
    script = getattr(cls, "script", None)
    if script is not None and not _valid_script(script):
        bad(
            "script",
            'must be a list of answers (["first answer", "second"]), a mapping of model name '
            'to such a list ({"writer": [...]}), or a function (request, turn) -> answer',
        )
    restart = getattr(cls, "restart", None)
    if restart not in _RESTART_TYPES:
        bad("restart", "must be 'permanent', 'transient' or 'temporary'")
    shutdown = getattr(cls, "shutdown", None)
    if (
        not isinstance(shutdown, int | float)
        or isinstance(shutdown, bool)
        or not 0 < shutdown < float("inf")
    ):
        bad(
            "shutdown",
            "must be the seconds the agent gets to stop (its on_stop included), a number "
            f"above 0 (default {ON_STOP_SECONDS:g})",
        )
    for attribute in ("timeout", "chunk_timeout"):
        seconds = getattr(cls, attribute, None)
        if seconds is not None and (
            not isinstance(seconds, int | float)
            or isinstance(seconds, bool)
            or not 0 < seconds < float("inf")
        ):
            bad(
                attribute,
                "must be a number of seconds above 0, or None for the policy's provider timeout",
            )
    for tool_name, attribute in cls._tools.items():
        wrong = _tool_without_self(tool_name, getattr(cls, attribute, None))
        if wrong is not None:
            problems.append(wrong)
        named = _tool_name_problem(tool_name)
        if named is not None:
            problems.append(f"{attribute}: {named}")
        func = getattr(cls, attribute, None)
        if inspect.isasyncgenfunction(func) or inspect.isgeneratorfunction(func):
            # Its generator object would be the tool's value, never iterated: the model
            # would be told "<async_generator object ...>" and the work never done.
            problems.append(
                f"the tool {tool_name!r} is a generator (it yields), whose values nobody "
                "reads: return the result instead (a list of them, or a string)"
            )
    problems.extend(_tool_name_clashes(cls))
    run = getattr(cls, "run", None)
    if run is Agent.run and runs:
        # Agent's own run() only raises NotImplementedError: the agent would be started,
        # fail and be restarted until its supervisor gave up, on an error no restart cures.
        problems.append("it defines no run(): add 'async def run(self) -> None' to it")
    elif inspect.isasyncgenfunction(run):
        problems.append(
            "run is an async generator (it yields), which is never run to its end: define "
            "it as 'async def run(self) -> None' without yield (report results with "
            "self.report(...))"
        )
    elif not inspect.iscoroutinefunction(run):
        problems.append(
            f"run is {type(run).__name__}, not a coroutine function: define it as "
            "'async def run(self) -> None'"
        )
    needed = _init_arguments(cls) if runs else []
    if needed:
        problems.append(
            f"its __init__ needs {', '.join(needed)}, but the runtime makes each instance "
            "(a fresh one at every restart) with no arguments: give them defaults, or set "
            "them up in 'async def on_start(self)' or as class attributes"
        )
    if problems:
        try:
            where = f" ({inspect.getsourcefile(cls)})"
        except (TypeError, OSError):
            where = ""
        listed = "; ".join(problems)
        raise ConfigurationError(
            f"The agent class {cls.__qualname__}{where} cannot run: {listed}. Fix "
            f"{'it' if len(problems) == 1 else 'them'} on the class and run again."
        )


#: Seconds an agent class's own on_stop may take before it is cut, unless the class sets
#: ``shutdown`` (a worker's shutdown, as its supervisor gives one it stops): an agent that stops
#: itself (its run() returned) has no such bound from the kernel, and a hung on_stop held the
#: whole run for ever.
ON_STOP_SECONDS = 5.0


def _with_start_handshake(on_start: Callable[[Agent], Any]) -> Callable[[Agent], Any]:
    """``on_start`` after :meth:`Agent.on_start` (the governor's handshake, which starts
    ``run()``), whether it calls ``super().on_start()`` or not."""

    @functools.wraps(on_start)
    async def start(self: Agent) -> None:
        await Agent.on_start(self)
        await on_start(self)

    return start


def _with_stop_bookkeeping(
    on_stop: Callable[[Agent, ExitReason], Any],
) -> Callable[[Agent, ExitReason], Any]:
    """``on_stop`` bounded by the class's ``shutdown`` (:data:`ON_STOP_SECONDS` by default),
    its error or overrun reported, and :meth:`Agent.on_stop` run after it whether it calls
    ``super().on_stop()`` or not."""

    @functools.wraps(on_stop)
    async def stop(self: Agent, reason: ExitReason) -> None:
        where = f"{type(self).__qualname__}.on_stop"
        limit = type(self).shutdown
        try:
            with anyio.move_on_after(limit) as clock:
                await on_stop(self, reason)
            if clock.cancelled_caught:
                self.report(
                    f"{where} ran past {limit:g} s (the class's shutdown) and was cut, so that "
                    "the run could end: keep it short, bound what it waits for "
                    "(anyio.fail_after), or give the class a longer `shutdown`.",
                    "warning",
                )
        except Exception as exc:
            said = redact_text(str(exc).strip())[:300]
            self.report(
                f"{where} raised {type(exc).__name__}: {said}{error_site(exc)}; what it did "
                "not do was left undone. Fix the error.",
                "warning",
            )
        finally:
            await Agent.on_stop(self, reason)

    return stop


def _tool_name_clashes(cls: type[Agent]) -> list[str]:
    """Two tools of one class body given one name (``@tool(name="search")`` twice): only the
    later is called, and the earlier is never offered, without a word. (A subclass's tool of
    its base's tool's name replaces it: that is an override.)"""
    found: list[str] = []
    for klass in cls.__mro__:
        by_name: dict[str, list[str]] = {}
        for attr, value in vars(klass).items():
            tool_name = getattr(value, "__supervisor_tool__", None)
            if isinstance(tool_name, str):
                by_name.setdefault(tool_name, []).append(attr)
        for tool_name, attrs in by_name.items():
            if len(attrs) > 1:
                found.append(
                    f"the tools {', '.join(attrs)} of {klass.__qualname__} are all named "
                    f"{tool_name!r}, so only {attrs[-1]} could be called: give each its own name"
                )
    return found


def _init_arguments(cls: type[Agent]) -> list[str]:
    """The arguments ``cls()`` lacks: its ``__init__``'s parameters that have no default."""
    try:
        parameters = inspect.signature(cls).parameters.values()
    except (TypeError, ValueError):
        return []
    return [
        p.name
        for p in parameters
        if p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]


def _tool_without_self(name: str, func: object) -> str | None:
    """What is wrong with a tool method whose first parameter is annotated: a parameter of
    the tool's own that took the place of ``self`` (``async def search(query: str)``), so the
    tool takes one argument fewer than it was written to; None when there is no such."""
    try:
        parameters = list(inspect.signature(func).parameters.values())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not parameters or parameters[0].kind not in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    ):
        return None
    first = parameters[0]
    if first.name == "self" or first.annotation is inspect.Parameter.empty:
        return None  # self, annotated or not, or by another name (``this``, ``agent``)
    annotation = first.annotation
    shown = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", None)
    shown = shown or repr(annotation)
    define = "async def" if inspect.iscoroutinefunction(func) else "def"
    return (
        f"the tool {name!r} takes '{first.name}: {shown}' first, where a method takes self: "
        f"write '{define} {name}(self, {first.name}: {shown}, ...)'"
    )


#: The class attributes an agent reads (see the Attributes of ``Agent``).
_CLASS_SETTINGS = (
    "name",
    "model",
    "max_tokens",
    "reasoning",
    "system",
    "script",
    "restart",
    "timeout",
    "chunk_timeout",
)


def misspelt_attributes(cls: type[Agent]) -> list[tuple[str, str]]:
    """The class attributes of ``cls`` (and of its bases below ``Agent``) spelt much like
    one the agent reads but not it: ``(attribute, the setting it resembles)`` pairs.

    Such an attribute (``max_token = 40``) changes nothing, without a word: the run warns
    about it. Methods, private names and the names ``Agent`` itself has are left alone.
    """
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for klass in cls.__mro__:
        if klass is Agent or not issubclass(klass, Agent):
            break
        for attribute, value in vars(klass).items():
            if (
                attribute in seen
                or attribute.startswith("_")
                or hasattr(Agent, attribute)
                or callable(value)
                or isinstance(value, staticmethod | classmethod | property)
            ):
                continue
            seen.add(attribute)
            close = difflib.get_close_matches(attribute, _CLASS_SETTINGS, n=1, cutoff=0.8)
            if close:
                found.append((attribute, close[0]))
    return found


def _valid_script(script: object) -> bool:
    """A class's ``script``: answers (strings or ``Turn``s), per-model answers, or a function."""
    from ._providers import Turn

    def answers(value: object) -> bool:
        if callable(value):
            return True
        if not isinstance(value, Sequence) or isinstance(value, str | bytes):
            return False
        return all(isinstance(item, str | Turn) for item in value)

    if isinstance(script, Mapping):
        return all(isinstance(k, str) and answers(v) for k, v in script.items())
    return answers(script)


#: How many plain tools may run at once (each in a thread of its own): apart from anyio's
#: default pool, so tools blocked on a slow service never hold the threads that load the
#: embedding model or open the store.
_TOOL_THREADS: RunVar[anyio.CapacityLimiter] = RunVar("supervisor_tool_threads")
TOOL_THREADS = 40


def _tool_threads() -> anyio.CapacityLimiter:
    try:
        return _TOOL_THREADS.get()
    except LookupError:
        limiter = anyio.CapacityLimiter(TOOL_THREADS)
        _TOOL_THREADS.set(limiter)
        return limiter


async def _in_daemon_thread(func: Callable[[], T]) -> T:
    """``func()`` in a daemon thread of its own; cancelling the caller abandons the thread.

    Not anyio's worker pool: on asyncio its threads are not daemons, so a tool the governor cut
    while it blocked (a hung request) would hold the process at exit until it returned.
    """
    token = anyio.lowlevel.current_token()
    context = contextvars.copy_context()
    done = anyio.Event()
    outcome: list[tuple[bool, Any]] = []

    def work() -> None:
        try:
            outcome.append((True, context.run(func)))
        except BaseException as exc:  # handed to the caller, as a call in its task would raise
            outcome.append((False, exc))
        try:
            anyio.from_thread.run_sync(done.set, token=token)
        except Exception:  # the run ended meanwhile: nobody waits for this answer
            pass

    async with _tool_threads():
        threading.Thread(target=work, name="supervisor tool", daemon=True).start()
        await done.wait()
    ok, value = outcome[0]
    if not ok:
        raise value
    return cast("T", value)


#: Each agent class's tool definitions, by tool name, once made (see tool_definitions).
_DEFINITIONS: dict[tuple[type[Agent], str], dict[str, Any]] = {}
#: Each agent class's tool signatures, by tool name, once made (see _ToolSignature).
_SIGNATURES: dict[tuple[type[Agent], str], _ToolSignature] = {}


def _tool_definition(cls: type[Agent], name: str) -> dict[str, Any]:
    """The OpenAI function-tool definition of ``cls``'s tool ``name`` (made once)."""
    made = _DEFINITIONS.get((cls, name))
    if made is None:
        made = _DEFINITIONS[(cls, name)] = _make_tool_definition(cls, name)
    return made


def _tool_signature(cls: type[Agent], name: str) -> _ToolSignature:
    made = _SIGNATURES.get((cls, name))
    if made is None:
        made = _SIGNATURES[(cls, name)] = _ToolSignature.of(getattr(cls, cls._tools[name]), name)
    return made


@dataclass(frozen=True, slots=True)
class _ToolSignature:
    """A tool's parameters as a pydantic model: its JSON schema for the model, and the check
    of the arguments a call brings (a model's type slips and invented arguments).

    The model's fields are named ``p0``, ``p1``... with the parameters' names as aliases, so a
    parameter may be called anything (``json``, ``schema``, ``_private``) without clashing with
    pydantic's own attributes.
    """

    tool: str
    model: Any  # type[pydantic.BaseModel] | None: None when pydantic cannot take its types
    fields: dict[str, str]  # parameter name -> field name
    takes_more: bool  # the function takes **kwargs: other arguments pass unchecked
    text: str  # "query: str, limit: int = 5", for messages
    error: str  # why there is no model
    # Parameters without a default of their own, whose annotation may give one
    # (``Annotated[int, Field(default=3)]``): always passed, pydantic's default when left out.
    required: frozenset[str] = frozenset()

    @classmethod
    def of(cls, func: Callable[..., Any], tool: str) -> _ToolSignature:
        import pydantic

        try:
            # With Annotated's extras: a pydantic Field there (a description, a bound) counts.
            hints = typing.get_type_hints(func, include_extras=True)
        except Exception:  # an annotation that does not resolve here: described as any value
            hints = {}
        fields: dict[str, Any] = {}
        names: dict[str, str] = {}
        shown: list[str] = []
        takes_more = False
        for param in list(inspect.signature(func).parameters.values())[1:]:  # after self
            if param.kind is param.VAR_KEYWORD:
                takes_more = True
                continue
            if param.kind in (param.VAR_POSITIONAL, param.POSITIONAL_ONLY):
                continue  # a tool is called with keywords only
            hint = hints.get(param.name, Any)
            field_name = names[param.name] = f"p{len(names)}"
            if param.default is param.empty:
                fields[field_name] = (hint, pydantic.Field(alias=param.name))
                given = _annotated_default(hint)
                shown.append(
                    f"{param.name}: {_type_text(hint)}"
                    + (f" = {given[0]!r}" if given is not None else "")
                )
            else:
                fields[field_name] = (hint, pydantic.Field(param.default, alias=param.name))
                shown.append(f"{param.name}: {_type_text(hint)} = {param.default!r}")
        text = ", ".join(shown) + (", and any other keyword" if takes_more else "")
        try:
            model = pydantic.create_model(
                f"{func.__qualname__.replace('.', '_')}",
                __config__=pydantic.ConfigDict(
                    arbitrary_types_allowed=True,  # checked with isinstance (no JSON schema)
                    coerce_numbers_to_str=True,  # 5 for a str parameter is "5", as a person means
                    extra="allow" if takes_more else "forbid",
                ),
                **fields,
            )
        except Exception as exc:
            return cls(tool, None, names, takes_more, text or "no arguments", str(exc))
        required = frozenset(
            p.name
            for p in list(inspect.signature(func).parameters.values())[1:]
            if p.name in names and p.default is p.empty
        )
        return cls(tool, model, names, takes_more, text or "no arguments", "", required)

    def bind(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The keyword arguments to call the tool with: ``arguments`` checked against the
        parameters' types and converted where pydantic converts ("5" for an ``int`` is 5, a
        mapping for a pydantic model parameter is that model).

        Raises:
            ToolArgumentsError: An argument is missing, unknown, or of the wrong type.
        """
        if self.model is None:
            return arguments
        import pydantic

        try:
            checked = self.model.model_validate(arguments)
        except pydantic.ValidationError as exc:
            problems = [self._problem(e) for e in exc.errors(include_url=False)]
            raise ToolArgumentsError(self.tool, problems, self.text) from None
        out = {
            name: getattr(checked, field)
            for name, field in self.fields.items()
            if name in arguments or name in self.required
        }
        if self.takes_more:
            out.update((k, v) for k, v in arguments.items() if k not in self.fields)
        return out

    def _problem(self, error: Any) -> str:
        loc = ".".join(str(part) for part in error.get("loc", ())) or "the arguments"
        kind = error.get("type", "")
        if kind == "missing":
            return f"the required argument {loc!r} is missing"
        if kind == "extra_forbidden":
            near = difflib.get_close_matches(loc, list(self.fields), n=1)
            return f"it has no argument {loc!r}" + (f" (did you mean {near[0]!r}?)" if near else "")
        given = repr(error.get("input"))
        if len(given) > 60:
            given = given[:57] + "..."
        return f"{loc}: {error.get('msg', 'invalid')} (got {given})"


def _annotated_default(hint: Any) -> tuple[Any] | None:
    """The default a parameter's ``Annotated[..., Field(default=...)]`` gives, if any."""
    if typing.get_origin(hint) is not typing.Annotated:
        return None
    from pydantic.fields import FieldInfo
    from pydantic_core import PydanticUndefined

    for extra in typing.get_args(hint)[1:]:
        if isinstance(extra, FieldInfo) and extra.default is not PydanticUndefined:
            return (extra.default,)
    return None


def _type_text(hint: Any) -> str:
    """``hint`` as a person writes it: ``Filters | None``, ``list[str]``."""
    if hint is Any:
        return "any value"
    if hint is type(None):
        return "None"
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return _type_text(args[0])
    if origin is typing.Union or origin is types.UnionType:
        return " | ".join(_type_text(a) for a in args)
    if origin is typing.Literal:
        return " | ".join(repr(a) for a in args)
    if origin is not None and args:
        return f"{getattr(origin, '__name__', origin)}[{', '.join(_type_text(a) for a in args)}]"
    if isinstance(hint, type):
        return hint.__name__
    return str(hint).replace("typing.", "")


def _make_tool_definition(cls: type[Agent], name: str) -> dict[str, Any]:
    """The definition of ``cls``'s tool ``name``: its parameters' JSON schema by pydantic."""
    func = getattr(cls, cls._tools[name])
    signature = _tool_signature(cls, name)
    try:
        if signature.model is None:
            raise ValueError(signature.error)
        schema = signature.model.model_json_schema()
    except Exception as exc:
        raise ConfigurationError(
            f"The tool {name!r} of {cls.__name__} has a parameter whose type has no JSON "
            f"schema ({exc}); annotate it with a plain type (str, int, list[str], a pydantic "
            "model...), or write its definition by hand."
        ) from None
    schema.pop("title", None)
    properties = schema.get("properties", {})
    for prop in properties.values():
        prop.pop("title", None)
    summary, described = _parse_docstring(inspect.getdoc(func) or "")
    for param, text in described.items():
        prop = properties.get(param)
        if prop is not None:
            prop.setdefault("description", text)  # one its annotation gives comes first
    function: dict[str, Any] = {"name": name, "parameters": schema}
    description = getattr(func, "__supervisor_tool_description__", "") or summary
    if description:
        function["description"] = description
    return {"type": "function", "function": function}


#: Google-style docstring sections that describe parameters.
_ARGS_SECTIONS = frozenset(
    {
        "args",
        "arguments",
        "parameters",
        "params",
        "keyword args",
        "keyword arguments",
        "other parameters",
    }
)
#: The sections left out of a tool's description: what the schema says, or the model never
#: sees (what it returns or raises).
_DROPPED_SECTIONS = _ARGS_SECTIONS | {"returns", "return", "yields", "yield", "raises", "raise"}
#: A section's header: ``Args:`` (Google style puts nothing after the colon, but
#: ``Returns: the text`` is written too).
_SECTION = re.compile(r"(\w+(?: \w+)?)\s*:(?:\s.*)?")
#: A parameter's entry: ``name: text``, ``name (int, optional): text``, ``**headers: text``.
_ARG_ENTRY = re.compile(r"\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:(?:\s+(.*))?")


def _parse_docstring(doc: str) -> tuple[str, dict[str, str]]:
    """A Google-style docstring (``inspect.getdoc``'s cleaned text) split into its text
    without the ``Args:``, ``Returns:`` and ``Raises:`` sections, and each parameter's
    description under ``Args:`` (continuation lines joined with spaces).

    A section runs until a line indented no more than its header; other sections
    (``Example:``, ``Note:``) stay in the text.
    """
    body: list[str] = []
    params: dict[str, list[str]] = {}
    section: str | None = None  # the dropped section being read
    header_indent = 0
    entry_indent: int | None = None  # the indentation of the section's entries
    entry: list[str] | None = None  # the lines of the parameter being read
    for line in doc.splitlines():
        text = line.strip()
        indent = len(line) - len(line.lstrip())
        if section is not None:
            if not text or indent > header_indent:
                if text and section in _ARGS_SECTIONS:
                    if entry_indent is None:
                        entry_indent = indent
                    found = _ARG_ENTRY.fullmatch(text) if indent <= entry_indent else None
                    if found is not None:
                        entry = params.setdefault(found[1], [])
                        if found[2]:
                            entry.append(found[2])
                    elif entry is not None:
                        entry.append(text)
                continue
            section = None
        header = _SECTION.fullmatch(text)
        if (
            header is not None
            and header[1][0].isupper()  # "Returns:"; "returns: ..." is a wrapped sentence
            and header[1].lower() in _DROPPED_SECTIONS
        ):
            section, header_indent, entry_indent, entry = header[1].lower(), indent, None, None
            continue
        body.append(line.rstrip())
    description = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()
    return description, {name: " ".join(lines) for name, lines in params.items() if lines}


class _Run:
    """Self-message: start ``run()`` once ``on_start`` has finished (the start handshake)."""

    __slots__ = ()


def _new_call_id(prefix: str = "c") -> str:
    return new_call_id(prefix)


def _fail_closed_timeout(binding: AgentBinding) -> float:
    if binding.policy is None:
        return 30.0
    return float(binding.policy.fail_closed.wait_timeout)


def _fail_closed_behaviour(binding: AgentBinding) -> str:
    if binding.policy is None:
        return "wait"
    return str(binding.policy.fail_closed.behaviour)


#: The chat roles a message may have: those some provider takes or translates. Chat
#: Completions takes all of them ("developer" for its reasoning models; "function" is its older
#: form of "tool"); the Responses API is given "tool" as function_call_output items; Anthropic
#: joins "system" messages into its system prompt and turns "tool" into tool_result blocks.
_MESSAGE_ROLES = ("system", "developer", "user", "assistant", "tool", "function")


def _normalise_messages(
    messages: Sequence[Mapping[str, Any]] | str, system: str | None
) -> list[dict[str, Any]]:
    if isinstance(messages, str):
        out = [{"role": "user", "content": messages}]
    else:
        if not isinstance(messages, Sequence):
            raise TypeError(
                f"self.llm() takes a string (one user message) or a list of chat messages, "
                f"not {type(messages).__name__}."
            )
        out = []
        for index, message in enumerate(messages):
            if not isinstance(message, Mapping) or not isinstance(message.get("role"), str):
                raise TypeError(
                    f"self.llm() message {index} is {message!r:.80}; each message is a mapping "
                    "with a 'role' and its 'content', e.g. {'role': 'user', 'content': 'hello'} "
                    "(or pass one string for one user message)."
                )
            role = message["role"]
            if role not in _MESSAGE_ROLES:
                # A provider refuses it (a 400, after the call was admitted and reserved); the
                # scripted one took it without a word, so an offline test passed.
                raise ValueError(
                    f"self.llm() message {index} has the role {role!r:.40}, which no provider "
                    f"takes; use one of {', '.join(repr(r) for r in _MESSAGE_ROLES)} (roles "
                    "are lower case)."
                )
            content = message.get("content")
            if content is not None and not isinstance(content, str | list):
                # A provider rejects it (a 400, after the call was admitted and counted); the
                # scripted one took it without a word, so an offline test passed.
                raise TypeError(
                    f"self.llm() message {index} has 'content' {content!r:.60} "
                    f"({type(content).__name__}); give the text as a string (or a list of "
                    "content parts, e.g. [{'type': 'text', 'text': 'hello'}])."
                )
            out.append(dict(message))
        if not out and not system:
            raise TypeError("self.llm() was given no messages; give it at least one.")
    if system and not (out and out[0].get("role") == "system"):
        out.insert(0, {"role": "system", "content": system})
    return out


def _check_tools(tools: object) -> None:
    """Raise TypeError, saying what is wrong and the form to use, unless ``tools`` is None or
    a list of tool definitions (mappings; a function tool's ``function`` names it).

    A wrong shape (``tools=5``, a list of names) used to reach the governor, whose estimate of
    the prompt failed on it: the governor crashed and was restarted for every such call, the
    agent saw ``GovernorUnavailable`` naming neither the argument nor the fix, and every other
    agent's calls waited for the restart.
    """
    if tools is None:
        return
    form = (
        "give a list of tool definitions, e.g. tools=self.tool_definitions(), each "
        "{'type': 'function', 'function': {'name': ..., 'parameters': {...}}}, or leave it out"
    )
    if isinstance(tools, str | bytes | Mapping) or not isinstance(tools, Sequence):
        raise TypeError(f"self.llm(tools=...) got {type(tools).__name__} {tools!r:.60}: {form}.")
    for index, definition in enumerate(tools):
        if not isinstance(definition, Mapping):
            raise TypeError(
                f"self.llm(tools=...) item {index} is {type(definition).__name__} "
                f"{definition!r:.60}, not a tool definition: {form}."
            )
        if definition.get("type") == "function":
            function = definition.get("function")
            name = function.get("name") if isinstance(function, Mapping) else None
            if not isinstance(name, str) or not name:
                raise TypeError(
                    f"self.llm(tools=...) item {index} is a function tool with no name "
                    f"({definition!r:.80}): its 'function' must be a mapping with the tool's "
                    f"'name'; {form}."
                )


def _user_text(message: Mapping[str, Any], limit: int = 2000) -> str:
    """A user message's text (its text parts, for content given as a list of parts)."""
    if message.get("role") != "user":
        return ""  # a tool result is the tool step's observation, not new input from a person
    content = message.get("content")
    if isinstance(content, str):
        return content[:limit]
    if isinstance(content, list):
        parts = [p.get("text", "") for p in content if isinstance(p, Mapping)]
        return " ".join(p for p in parts if isinstance(p, str))[:limit]
    return ""


def cannot_pass(exc: ProviderError) -> bool:
    """Whether ``exc`` is an error no retry or restart can cure: the provider rejected the key
    (401/403), the model or the request (400/404/413/422), or no provider can be built for it.
    Sent again unchanged, by this instance or a fresh one, it fails the same way. An error
    event inside a stream is judged as the status its type or code stands for (an
    ``authentication_error`` as a 401, an ``invalid_request_error`` as a 400; see
    ``ProviderStreamError.status_code``). Rate limits, 5xx, timeouts, dropped connections,
    broken streams, and error events that say the provider is overloaded or failed (or whose
    type names no refusal) pass with time. A request that outgrew the model's context window
    (413, or a 400 saying so) is cured by a restart: the fresh instance starts from a short
    conversation."""
    from ._providers import (
        AuthenticationFailed,
        InvalidRequest,
        ProviderConfigError,
        ProviderStreamError,
    )
    from ._providers._common import _REFUSED_STATUSES

    if isinstance(exc, ProviderStreamError):
        refused = not exc.retryable and exc.status_code in _REFUSED_STATUSES
        return refused and not _too_long(exc)  # (a fresh instance: a short conversation)
    if isinstance(exc, InvalidRequest) and _too_long(exc):
        return False  # a fresh instance starts with a fresh, short conversation
    return isinstance(exc, AuthenticationFailed | InvalidRequest | ProviderConfigError)


def _incurable(exc: BaseException) -> ProviderError | None:
    """The provider error no restart can cure (``cannot_pass``) behind ``exc``, the error
    that ended an agent's ``run()``, or None.

    An agent may wrap the provider's error in its own (``raise ToolFailed(...) from exc``),
    raise while handling it (its ``__context__``, even under ``from None``: a fresh instance
    would meet the same refusal and handle it the same way), or gather it in an exception
    group. The search follows causes, contexts and group members (:func:`_behind`); on each
    path the nearest provider error decides: a rate limit raised while falling back from a
    refused model passes with time, and the refusal before it was handled.
    """
    for error in _behind(exc, ProviderError):
        if isinstance(error, ProviderError) and cannot_pass(error):
            return error
    return None


def _stop_behind(exc: BaseException) -> AgentStopped | None:
    """The ``AgentStopped`` behind ``exc``, the agent's own error that ended its ``run()``
    (:func:`_behind`: its cause, its context, an exception group's member), or None."""
    for error in _behind(exc, AgentStopped):
        if isinstance(error, AgentStopped):
            return error
    return None


def _budget_refusal(exc: BaseException) -> BudgetExceeded | None:
    """The ``BudgetExceeded`` that ended an agent's ``run()``, as it is or behind the agent's own
    error (:func:`_behind`), or None. A refusal because the budget changed under the call three
    times in a row (rule ``budgets``: other processes spending at once) is not the budget
    spent, and is left to a restart."""
    for error in _behind(exc, BudgetExceeded):
        if isinstance(error, BudgetExceeded):
            return error if error.rule != "budgets" else None
    return None


def _behind(exc: BaseException, nearest: type[BaseException]) -> Iterator[BaseException]:
    """``exc`` and the errors behind it: causes first (what the agent named as the cause), then
    contexts and exception groups' members, each once, at most ``_CAUSES_SEARCHED`` of them
    (a chain or a group built in a loop, a cycle); what is behind an error of type ``nearest``
    is not searched (on each path, the nearest one decides)."""
    todo: list[BaseException] = [exc]
    seen: set[int] = set()
    while todo and len(seen) < _CAUSES_SEARCHED:
        error = todo.pop()
        if id(error) in seen:
            continue  # a cycle (an error that is its own context's context)
        seen.add(id(error))
        yield error
        if isinstance(error, nearest):
            continue
        if isinstance(error, BaseExceptionGroup):
            todo.extend(reversed(error.exceptions))
        if error.__context__ is not None and error.__context__ is not error.__cause__:
            todo.append(error.__context__)
        if error.__cause__ is not None:
            todo.append(error.__cause__)  # searched first


#: How many exceptions ``_behind`` yields, at most (a chain or a group built in a loop).
_CAUSES_SEARCHED = 200


#: How providers say a request outgrew the model's context window (OpenAI's
#: ``context_length_exceeded``, Anthropic's "prompt is too long", vLLM's and Ollama's
#: "maximum context length", llama.cpp's "exceeds the available context size"), which a
#: restart with fresh context does cure.
_TOO_LONG = re.compile(
    r"context[_ ]length|context[_ ]size|context window|maximum context|prompt is too long"
    r"|too many tokens"
    r"|input is too long|reduce the length",
    re.IGNORECASE,
)


def _too_long(exc: ProviderError) -> bool:
    return exc.status_code == 413 or _TOO_LONG.search(str(exc)) is not None


def _retry_kind(exc: ProviderError) -> str:
    from ._providers import (
        ProviderConnectError,
        ProviderStreamError,
        ProviderTimeout,
        ProviderUnavailable,
        RateLimited,
        StreamInterrupted,
    )

    if isinstance(exc, RateLimited):
        return "rate_limited"
    if isinstance(exc, ProviderUnavailable):
        return "unavailable"
    if isinstance(exc, ProviderConnectError):
        return "connect"
    if isinstance(exc, StreamInterrupted):
        return "interrupted"
    if isinstance(exc, ProviderTimeout):
        return "timeout"
    if isinstance(exc, ProviderStreamError):
        # An error event before any output: classed by the provider's error type; one that
        # no name matches is classed by the code it carries, as that HTTP status would be:
        # a 429 a rate limit, a 5xx the server's trouble.
        kind = _STREAM_ERROR_KINDS.get(exc.error_type)
        if kind is None and exc.retryable:
            kind = "rate_limited" if exc.status_code == 429 else "unavailable"
        # A refusal (an invalid_request_error, an authentication_error, a 4xx code) is not
        # retryable, so no retry_on sends it again, as with its HTTP status.
        return kind or "other"
    return "other"


_STREAM_ERROR_KINDS = {
    "overloaded_error": "unavailable",
    "api_error": "unavailable",
    "server_error": "unavailable",
    "InternalServerError": "unavailable",  # vLLM
    "rate_limit_error": "rate_limited",
    "rate_limit_exceeded": "rate_limited",  # OpenAI
    "timeout_error": "timeout",
}


def _check_reasoning(
    agent: Agent,
    reasoning: object,
    max_tokens: int | None,
    temperature: float | None,
    from_class: bool = False,
) -> int:
    """The thinking budget ``self.llm(reasoning=...)`` asks for (0: none), once its arguments
    are known to make a call the providers take and the budget covers; ``from_class``: the
    call gave none, the class's ``reasoning`` applies.

    Raises:
        ValueError: Not a valid value; a temperature beside it (Claude with thinking and
            OpenAI's reasoning models reject one); or a budget not below ``max_tokens``, the
            call's own, the class's or the policy's default (thinking counts inside it).
    """
    problem = reasoning_problem(reasoning)
    if problem is not None:
        raise ValueError(f"self.llm(reasoning={reasoning!r}): {problem}.")
    budget = reasoning_budget(cast("Reasoning", reasoning))
    if not budget:
        return 0
    if temperature is not None:
        asked = (
            f"self.llm(temperature={temperature!r}) with {type(agent).__name__}.reasoning = "
            f"{reasoning!r}"
            if from_class
            else f"self.llm(reasoning={reasoning!r}, temperature={temperature!r})"
        )
        raise ValueError(
            f"{asked}: a model that "
            "reasons takes no temperature (Claude with extended thinking and OpenAI's reasoning "
            "models reject one). Leave temperature out, or pass reasoning=0 for no reasoning."
        )
    # Where the max_tokens came from, and how to raise it there.
    where, how = "", f"raise max_tokens above {budget}"
    if max_tokens is None:
        max_tokens = agent.max_tokens
        cls = type(agent).__name__
        where = f", {cls}.max_tokens"
        how = f"raise {cls}.max_tokens above {budget} or pass max_tokens= above it"
    policy = agent.binding.policy
    if max_tokens is None and policy is not None:
        max_tokens = policy.limits.default_max_tokens
        where = (
            ", the policy's limits.default_max_tokens, as neither the call nor its class set one"
        )
        how = (
            f"pass max_tokens= above {budget}, set the class's max_tokens, or raise "
            "default_max_tokens in the policy's [limits]"
        )
    if max_tokens is not None and budget >= max_tokens:
        asked = (
            f"{type(agent).__name__}.reasoning = {reasoning!r}"
            if from_class
            else f"self.llm(reasoning={reasoning!r})"
        )
        raise ValueError(
            f"{asked} asks for a thinking budget of {budget} tokens, "
            f"which counts inside max_tokens ({max_tokens}{where}) and must be below it: "
            f"{how} (the budget plus room for the answer), or ask for less reasoning."
        )
    return budget


def _refused_at_once(error: BaseException | None) -> bool:
    """Whether a call that answered 200 failed before the provider started on it: its stream
    began with an error event, or it was a whole body with no event (a proxy's page, a
    gateway's error). Nothing was generated; see ``_consumed``."""
    if isinstance(error, ProviderStreamError):
        return error.first_event
    return isinstance(error, MalformedResponse) and error.whole_body


def _consumed(
    grant: CallGrant,
    usage: UsageReport | None,
    monitor: Any,
    text: str,
    outcome: str,
    tool_chars: int = 0,
    opened: bool = False,
    refused_at_once: bool = False,
    first_out: int = 0,
) -> tuple[int, int, bool]:
    """Tokens to charge: the provider's final usage, else the estimate plus a margin.

    The estimate is the monitor's live count of the streamed text plus the streamed tool-call
    arguments (about four characters a token); a failure before the provider answered (a
    refused connection, an HTTP error status) charges nothing (the call is still counted). A
    call cut, cancelled or failed after the provider answered (``opened``) but before anything
    was counted is charged its ``max_tokens``: OpenAI's reasoning models stream nothing while
    they reason and bill that reasoning as output, and nothing on the wire tells how much of
    it there was, whether the call then ends by a cut or by an error (a dropped connection, a
    chunk timeout). The exceptions (``refused_at_once``) are an error event that is the
    stream's very first, and a whole body with no event in it (a proxy's HTML page, a
    gateway's JSON error with status 200): see below. Silence is nothing streamed and no
    count grown past the first one the provider reported (``first_out``): Anthropic's
    ``message_start`` says a token or two before any work, and a ``redacted_thinking`` block
    streams nothing while Claude thinks.
    """
    if usage is not None and usage.final:
        return usage.input_tokens, usage.output_tokens, False
    counted = monitor.output_tokens if monitor is not None else 0
    # (The monitor's count takes interim reports as a floor: message_start's is in it.)
    silent = not text and not tool_chars and counted <= first_out
    if monitor is None:
        counted = -(-tool_chars // 4)  # (the monitor counts the arguments with the text)
    if grant.max_tokens and monitor is not None and not monitor.passed(grant.max_tokens):
        # Nothing shows the stream passed max_tokens (the estimate counts prose of long words
        # high): the provider stopped where it was told to, or was stopped before, unless more
        # was reserved for it to run on (_run_on). Then it may not have, and it is charged what
        # it counted, which that reservation holds: a budget is never charged less than a
        # provider that ignored max_tokens may bill, nor more than was reserved for it.
        counted = min(counted, grant.max_tokens + grant.more_tokens)
    if usage is not None:
        # Interim usage (Anthropic's cumulative counts): trust it, never go below our count.
        counted = max(counted, usage.output_tokens)
    given_up = outcome in ("cut", "cancelled", "error") and not refused_at_once
    if silent and opened and given_up and grant.max_tokens:
        # Given up in silence, or failed in it (the connection dropped or a chunk timed out
        # after minutes of unseen, billed reasoning): the worst case the call reserved, so the
        # budget never admits calls with that money spent.
        input_tokens = (
            usage.input_tokens if usage is not None and usage.input_tokens else grant.input_tokens
        )
        return input_tokens, grant.max_tokens, True
    if not text and counted == 0 and outcome == "error":
        # Nothing was generated: the provider never answered (a refused connection, an HTTP
        # error status such as a 429, a proxy's page or a gateway's error in place of a
        # stream), or its stream began with an error event. Such an event comes before
        # message_start (Anthropic), the role chunk (OpenAI's chat) or response.created
        # (OpenAI's responses), which each provider sends as it starts on a request: it was
        # refused before any work on it (Anthropic bills no overloaded_error sent first). An
        # error after any of them, or after a keep-alive comment, is not "first": the silence
        # before it is charged as above (after Anthropic's message_start, which counts a
        # token, at what was counted). The prompt may not have been processed either, which
        # an error before the first event cannot disprove.
        return 0, 0, True
    output = counted + int(counted * CUT_ESTIMATE_MARGIN + 0.999)
    output = min(output, grant.max_tokens) if grant.max_tokens else output
    input_tokens = (
        usage.input_tokens if usage is not None and usage.input_tokens else grant.input_tokens
    )
    if usage is not None and usage.web_searches:
        # The searches' results are billed as input, and an interim count may predate them:
        # the estimate, which holds an allowance for each search, unless the count is higher.
        input_tokens = max(input_tokens, grant.input_tokens)
    return input_tokens, max(output, counted), True


_NO_CACHE = (0, 0, 0)


def _cache_use(usage: UsageReport | None, input_tokens: int) -> tuple[int, int, int]:
    """What of the prompt the provider read from or wrote to its prompt cache, when the
    prompt charged is the one it reported (an estimated prompt is charged at the input price):
    ``(cached_input_tokens, cache_write_tokens, cache_write_long_tokens)`` of the settle."""
    if (
        usage is None
        or usage.input_tokens != input_tokens
        or not (
            usage.cached_input_tokens or usage.cache_write_tokens or usage.cache_write_long_tokens
        )
    ):
        return _NO_CACHE
    return (usage.cached_input_tokens, usage.cache_write_tokens, usage.cache_write_long_tokens)


def _not_final(usage: UsageReport) -> UsageReport:
    """A count given as final before more output came: it was not the last (a server that
    sends a usage chunk before its answer ends), so the call is not settled at it unless
    another comes; the live count keeps it as a floor (``StreamMonitor``)."""
    return dataclasses.replace(usage, final=False)


def _cuts(decision: Decision | None) -> bool:
    """Whether a stream decision stops the stream: enforced and at least an interrupt (a warning
    is recorded, never a cut)."""
    return (
        decision is not None
        and decision.mode == "enforce"
        and decision.severity >= Interrupt.severity
    )


def _progress(binding: AgentBinding, call_id: str, monitor: Any, elapsed: float) -> None:
    """Tell the person a streaming call's running totals (at most every progress_interval)."""
    out = monitor.output_tokens
    binding.sink.emit(
        StreamProgress(binding.name, call_id, out, out / max(elapsed, 1e-6), monitor.cost)
    )


def _within_max_tokens(decision: Decision, monitor: Any, grant: CallGrant) -> bool:
    """A reservation cut while the stream has only reached ``max_tokens``, not passed it (on
    evidence: ``StreamMonitor.passed``): a provider that honours it stops there by itself."""
    return (
        decision.rule == "budgets.reservation"
        and bool(grant.max_tokens)
        and not monitor.passed(grant.max_tokens)
    )


def _cut_offset(decision: Decision, parts: list[str]) -> int | None:
    """Where to cut the partial text: before a matched pattern (a leaked secret is not handed on)."""
    offset = decision.numbers.get("offset")
    if decision.rule.startswith("stream_rules.") and isinstance(offset, int):
        return offset
    return None


def _raise_for_cut(cut: Decision, result: LLMResult) -> None:
    fallback = getattr(cut, "fallback", None)
    if isinstance(cut, (StopAgent, StopSession)):
        raise AgentStopped(cut.reason, rule=cut.rule, numbers=dict(cut.numbers), partial=result)
    if fallback is not None:
        return  # the agent gets the partial text plus the fallback
    if cut.rule.startswith("budgets"):
        raise BudgetExceeded(cut.reason, rule=cut.rule, numbers=dict(cut.numbers), partial=result)
    raise StreamCut(cut.reason, rule=cut.rule, numbers=dict(cut.numbers), partial=result)


def _refusal_error(refusal: Refusal, *, asked: bool = False) -> GovernedCallError:
    """The exception for ``refusal``; ``asked``: it answers an escalation a person (or the
    approver, failing) answered, so a rule's refusal is their denial."""
    refuse = refusal.refusal
    decision = refuse.decision
    kwargs: dict[str, Any] = {
        "rule": decision.rule,
        "numbers": dict(decision.numbers),
        "fallback": refuse.fallback,
    }
    error: GovernedCallError
    if refusal.stop_agent or refuse.kind == "stopped":
        error = AgentStopped(decision.reason, **kwargs)
    elif refuse.kind == "budget":
        error = BudgetExceeded(decision.reason, **kwargs)
    elif refuse.kind == "loop":
        error = LoopDetected(decision.reason, **kwargs)
    elif decision.rule.startswith(("tools.require_approval", "loops.")) or (
        asked and refuse.kind == "rule"
    ):
        error = EscalationDenied(decision.reason, **kwargs)
    else:
        error = CallDenied(decision.reason, **kwargs)
    if refuse.fallback is not None:
        # What a result with the fallback says was decided: every decision, the deciding
        # one last, as the audit log has them (only when a fallback result will be made).
        taken = [d for d in refuse.decisions if d is not decision]
        error.decisions = tuple(_record(d) for d in (*taken, decision))
    return error


def _record(decision: Decision) -> DecisionRecord:
    return DecisionRecord(type(decision).__name__, decision.rule, decision.mode, decision.reason)


def _arguments(call: ToolCall) -> dict[str, Any]:
    try:
        return call.parsed_arguments()
    except ProviderError:
        return {"_raw": call.arguments}


def _recordable(value: Any) -> Any:
    """``value`` as JSON values (what a model's arguments are): mappings with string keys,
    lists, strings, numbers, booleans and None stay as they are; a pydantic model becomes its
    JSON form, a tuple or a set a list, and anything else (bytes, an object) its ``str``."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Mapping):
        return {
            key if isinstance(key, str) else str(key): _recordable(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_recordable(item) for item in value]
    if isinstance(value, set | frozenset):
        return sorted((_recordable(item) for item in value), key=repr)
    dump = getattr(value, "model_dump", None)
    if callable(dump) and not isinstance(value, type):
        try:
            return _recordable(dump(mode="json"))
        except Exception:  # not a pydantic model after all: shown as text
            pass
    return str(value)


def _observation(value: Any, limit: int = 2000) -> str:
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, sort_keys=True, default=str)
        except (TypeError, ValueError):
            text = repr(value)
    return text[:limit]
