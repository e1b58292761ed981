"""The runtime: builds the supervision tree for a run and wires the governor into it.

The tree::

    governance (supervisor, one_for_one)      restarts a crashed governor; agents wait meanwhile
    └── governor
    <part> (supervisor, per file or team)     one per target file: its agents, or its ``tree``
    ├── agent ...                              significant: the part ends when its agents are done
    └── <team> (supervisor) ...

Each part is a top-level supervisor, so a part whose restart intensity is exceeded escalates to
the root (the run) without taking the other parts down; the run then exits with
``ExitCode.ESCALATED``.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

import anyio
import structlog

from actors import (
    ActorDeadError,
    ActorSystem,
    Backoff,
    ChildSpec,
    ExitReason,
    LifecycleEvent,
    MailboxFull,
    Supervisor,
)
from policies import (
    PolicyConfig,
    PolicyEngine,
    UnknownPrice,
    agent_name_of,
    redact,
    redact_text,
    unmatched_tool_patterns,
)
from policies._rules import rule_problem

from ._agent import Agent, AgentBinding, check_agent_class, misspelt_attributes
from ._events import AgentStateChanged, EventSink, Notice, NullSink, SemanticStatus
from ._exceptions import ConfigurationError, error_site
from ._exit_codes import ExitCode
from ._governor import Governor, GovernorLink
from ._messages import Supervised
from ._names import name_problem
from ._store import LedgerLost, SessionProgress, StoreError, StoreUnavailable

if TYPE_CHECKING:
    from typing import TextIO

    from actors import SupervisorRef
    from policies import Rule

    from ._approvals import Approver
    from ._embedder import Embedder
    from ._events import RunEvent
    from ._providers import ModelRouter
    from ._store import LedgerStore, StopSignal
    from ._target import TargetSpec

__all__ = ["RunOutcome", "Runtime", "Team"]

logger = structlog.get_logger("supervisor.runtime")

#: Seconds between two saves of a session's progress against its limits (a run killed with
#: kill -9 loses at most this much of its tool steps and wall clock; its LLM calls are in the
#: ledger).
PROGRESS_SAVE_INTERVAL = 1.0


@dataclass(frozen=True)
class Team:
    """A supervision subtree of agents (and nested teams), for a target's ``tree``.

    Example::

        def tree() -> Team:
            return Team([Planner, Coder, Reviewer], strategy="one_for_all", max_restarts=2)

    Attributes:
        members: Agent classes and nested teams, in start order.
        strategy: OTP restart strategy.
        max_restarts: Restart intensity: at most this many restarts within ``max_seconds``;
            beyond it the team stops its members and escalates to its parent.
        max_seconds: The intensity window.
        backoff: Optional restart backoff.
        name: The subtree's name (default ``team``).
    """

    members: Sequence[type[Agent] | Team]
    strategy: Literal["one_for_one", "one_for_all", "rest_for_one"] = "one_for_one"
    max_restarts: int = 3
    max_seconds: float = 5.0
    backoff: Backoff | None = None
    name: str = "team"


@dataclass(frozen=True)
class RunOutcome:
    """How a run ended: the process exit status, why, and each agent's last state.

    Attributes:
        exit_code: The process exit status (``ExitCode``).
        reason: Why the run ended, in one sentence.
        agents: Agent name to its last state (``done``, ``stopped``, ``tripped``...); an agent
            that never started is absent.
    """

    exit_code: int
    reason: str
    agents: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The reason quotes the failure that ended the run (an agent's exception, a store's
        # error): shown on stderr, in RunFinished, to a program; never with a credential.
        object.__setattr__(self, "reason", redact_text(self.reason))


class _StateRecorder:
    """Passes every event on, keeping each agent's last ``AgentStateChanged`` state."""

    __slots__ = ("_sink", "_states")

    def __init__(self, sink: EventSink, states: dict[str, str]) -> None:
        self._sink = sink
        self._states = states

    def emit(self, event: RunEvent) -> None:
        if type(event) is AgentStateChanged:
            self._states[event.agent] = event.state
        self._sink.emit(event)


class Runtime:
    """Runs a target's agents under supervision and governance.

    Args:
        policy: The validated policy.
        store: An open ledger store.
        router: Model refs to providers.
        approver: Who answers escalations.
        sink: Where run events go.
        session: The session id (a unit of budget and history; reuse it to resume).
        rules: Python policy rules, mixed with the file's.
        embedder: The embedding service for the semantic loop detector; ``"auto"`` starts the
            default model when the policy enables the detector, ``None`` turns it off.
        tenant: The tenant id for tenant budgets.
        tune_gc: Move the heap built while starting out of the garbage collector's sight
            (``gc.freeze()`` once every part has started; ``gc.unfreeze()`` at the end, unless
            something was frozen before the run, which then stays frozen with it). A full
            collection then walks only what the run allocated since, instead of every module,
            price table and agent: with 1,000 agents it otherwise stops the event loop, and every
            call waiting on the governor, for 50-250 ms on a small machine (p99 of a governed
            call 18-30 ms instead of about 1.4). Process-wide, so off by default; ``supervise
            run``, which owns its process, turns it on.
    """

    def __init__(
        self,
        *,
        policy: PolicyConfig,
        store: LedgerStore,
        router: ModelRouter,
        approver: Approver,
        sink: EventSink | None = None,
        session: str = "default",
        rules: Sequence[Rule] = (),
        embedder: Embedder | Literal["auto"] | None = "auto",
        tenant: str | None = None,
        tune_gc: bool = False,
    ) -> None:
        for what, name in (("session", session), ("tenant", tenant)):
            unfit = name_problem(name) if name is not None else None
            if unfit is not None:
                raise ConfigurationError(
                    f"The {what} {name!r} cannot be used: {unfit}. Give it another name."
                )
        self.policy = policy
        self.tune_gc = tune_gc
        self.store = store
        self.router = router
        self.approver = approver
        #: Each agent's last state (from the run's own state events), for ``RunOutcome.agents``.
        self._states: dict[str, str] = {}
        self.sink: EventSink = _StateRecorder(sink or NullSink(), self._states)
        self.session = session
        for rule in rules:
            problem = rule_problem(rule)
            if problem is not None:
                raise ConfigurationError(f"Runtime(rules=...) cannot use a rule: {problem}.")
        self.rules = tuple(rules)
        self.tenant = tenant
        self._embedder_option = embedder
        self.embedder: Embedder | None = None
        self.link = GovernorLink()
        self.governor: Governor | None = None
        self._stopped_by_policy = ""
        #: Why the run was interrupted (``interrupt``: Ctrl-C, SIGTERM), or "" (it exits 130).
        self._interrupted = ""
        #: The store's message when it found the ledger lost, or "" (the run then exits 5).
        self._ledger_lost = ""
        #: The governor's last failure when its supervisor gave up on it, or "": no call can
        #: be governed any more, so the run ends (exit 4).
        self._governor_gave_up = ""
        #: Agents a policy, a person or an operator stopped, with why (the run then exits 3).
        self._agents_stopped: dict[str, str] = {}
        #: Agents whose call waited [fail_closed] wait_timeout for the store in vain and that
        #: stopped for it, with the error (the run then exits 5).
        self._store_waits_ran_out: dict[str, str] = {}
        #: Agents stopped, not restarted, on an error no restart can cure (a rejected key, an
        #: unknown model, an invalid request), with what is wrong (the run then exits 4).
        self._unrecoverable: dict[str, str] = {}
        #: The last save of the session's progress failed (its warning is logged once).
        self._progress_unsaved = False
        self._parts: list[SupervisorRef] = []
        self._stop_requested: anyio.Event | None = None
        #: Part name -> the last failure when its supervisor gave up (for the exit reason).
        self._gave_up: dict[str, str] = {}
        #: Temporary agents that ended on an error (not restarted): name -> the error.
        self._failed_unrestarted: dict[str, str] = {}
        #: Each part's last crash site in the user's code (`` (at FILE, line N)``), or "".
        self._crash_sites: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"<Runtime session={self.session!r} parts={len(self._parts)}>"

    # -- building ----------------------------------------------------------------------------

    def _binding(self, name: str) -> AgentBinding:
        return AgentBinding(
            name=name,
            session=self.session,
            link=self.link,
            router=self.router,
            approver=self.approver,
            sink=self.sink,
            policy=self.policy,
            tenant=self.tenant,
            on_store_wait_ran_out=self._store_wait_ran_out,
            on_unrecoverable=self._agent_unrecoverable,
            on_failed_unrestarted=self._agent_failed_unrestarted,
            on_budget_spent=self._agent_stopped,
        )

    def _agent_factory(self, cls: type[Agent], name: str) -> Callable[[], Agent]:
        def make() -> Agent:
            agent = cls()
            agent._binding = self._binding(name)
            return agent

        return make

    def _agent_spec(self, cls: type[Agent], name: str) -> ChildSpec:
        return ChildSpec(
            id=name,
            factory=self._agent_factory(cls, name),
            restart=cls.restart,
            # Its on_stop is bounded by the same seconds (see Agent.shutdown).
            shutdown=float(cls.shutdown),
            # The part ends when its agents are done: a permanent one only when it stops for
            # good (a stop, a store wait run out, an error no restart cures), since it is
            # restarted after it finished.
            significant=True,
        )

    def _team(self, team: Team, names: Mapping[type[Agent], str]) -> Supervisor:
        children: list[ChildSpec] = []
        for member in team.members:
            if isinstance(member, Team):
                sub = member
                children.append(
                    ChildSpec(
                        id=sub.name,
                        factory=functools.partial(self._team, sub, names),
                        restart="transient",
                        significant=True,  # its shutdown: as long as its agents' take
                    )
                )
            elif isinstance(member, type) and issubclass(member, Agent):
                children.append(self._agent_spec(member, names.get(member, _agent_name(member))))
            else:
                raise ConfigurationError(
                    f"A Team member must be an Agent subclass or a Team, got {member!r}."
                )
        return Supervisor(
            children,
            strategy=team.strategy,
            max_restarts=team.max_restarts,
            max_seconds=team.max_seconds,
            backoff=team.backoff,
            auto_shutdown="all_significant",
        )

    def _parts_of(self, target: TargetSpec) -> list[tuple[str, Team, dict[type[Agent], str]]]:
        parts = list(target.parts) or [target]
        out: list[tuple[str, Team, dict[type[Agent], str]]] = []
        for part in parts:
            names = {spec.cls: spec.name for spec in part.agents}
            tree: Any = None
            if part.tree is not None:
                try:
                    tree = part.tree()
                except Exception as exc:
                    raise ConfigurationError(
                        f"{part.name}: its tree() raised {type(exc).__name__}: {exc}"
                        f"{error_site(exc)}. Fix it, or remove 'tree' to run the file's agents side "
                        "by side."
                    ) from exc
                if tree is None:
                    # A tree() that forgot its `return`: running the file's agents under a
                    # default Team would drop its strategy and restart limits without a word.
                    raise ConfigurationError(
                        f"{part.name}: its tree() returned None, not a supervisor.Team; did you "
                        "forget `return Team(...)`? Return the Team, or remove 'tree' to run "
                        "the file's agents side by side."
                    )
            else:
                tree = Team([spec.cls for spec in part.agents])
            if isinstance(tree, Supervisor):
                raise ConfigurationError(
                    f"{part.name}: 'tree' returned an actors.Supervisor; return a "
                    "supervisor.Team of Agent classes instead, so the runtime can bind them."
                )
            if not isinstance(tree, Team):
                raise ConfigurationError(
                    f"{part.name}: 'tree' must return a supervisor.Team, got {type(tree).__name__}."
                )
            what = "the Team its tree() returned" if part.tree is not None else "its agents"
            self._check_team(tree, names, f"{part.name}: {what}")
            if part.tree is not None:
                self._say_left_out(part.name, tree, [spec.cls for spec in part.agents])
            label = _part_name(part.name)
            out.append((label, tree, names))
        _check_unique_names(out)
        return out

    def _say_left_out(self, where: str, tree: Team, defined: Sequence[type[Agent]]) -> None:
        """A file whose tree() leaves out an agent class it defines runs without it, which a
        user who added the class and forgot the tree would not know: a warning says so. A
        class that a member subclasses (a shared base) is not left out."""
        members: list[type[Agent]] = []
        teams = [tree]
        while teams:
            for member in teams.pop().members:
                if isinstance(member, Team):
                    teams.append(member)
                else:
                    members.append(member)
        left = [
            cls.__name__
            for cls in defined
            if not any(isinstance(m, type) and issubclass(m, cls) for m in members)
        ]
        if left:
            self.sink.emit(
                Notice(
                    f"{where} defines {', '.join(left)}, which its tree() leaves out, so "
                    f"{'they do' if len(left) > 1 else 'it does'} not run. Add "
                    f"{'them' if len(left) > 1 else 'it'} to the Team, or leave tree() out "
                    "to run every agent of the file.",
                    "warning",
                )
            )

    def _check_team(self, team: Team, names: Mapping[type[Agent], str], where: str) -> None:
        """The supervisor ``team`` makes can start: members, strategy, intensity, unique ids
        (checked before any agent starts; a sub-team is otherwise built only when started)."""
        unfit = name_problem(team.name)
        if unfit is not None:
            raise ConfigurationError(
                f"{where} cannot run: the Team name {team.name!r} cannot be used: {unfit}. "
                "Give the Team another name."
            )
        if "/" in team.name:
            # A team's name is a step of its agents' paths (agents/TEAM/NAME).
            raise ConfigurationError(
                f"{where} cannot run: the Team name {team.name!r} holds '/', which separates "
                "the steps of an agent's path. Give the Team a name without it ('-' or '_')."
            )
        if not team.members:
            # An empty supervisor never ends: the run would wait forever.
            raise ConfigurationError(
                f"{where} has no members; list the agent classes it supervises, e.g. "
                "Team([Planner, Coder])."
            )
        for member in team.members:
            if isinstance(member, Team):
                self._check_team(member, names, f"{where}, in its member Team {member.name!r}")
        named: dict[str, list[type[Agent]]] = {}
        for member in team.members:
            if isinstance(member, type) and issubclass(member, Agent):
                name = names.get(member, _agent_name(member))
                if "/" in name:
                    # The kernel would say "ChildSpec id ... must contain no '/'", naming
                    # neither the class nor the attribute that set it.
                    raise ConfigurationError(
                        f"{where} cannot run: the agent class {member.__qualname__} is named "
                        f"{name!r}, which holds '/', the separator of an agent's path "
                        f"(agents/NAME). Set `name = ...` on the class to a name without it "
                        "('-' or '_')."
                    )
                named.setdefault(name, []).append(member)
        for name, classes in named.items():
            if len(classes) < 2:
                continue
            if len(set(classes)) == 1:
                raise ConfigurationError(
                    f"{where} cannot run: it lists {classes[0].__qualname__} "
                    f"{len(classes)} times; list each agent class once (for several "
                    "agents of one kind, subclass it with another `name`)."
                )
            listed = ", ".join(c.__qualname__ for c in classes)
            raise ConfigurationError(
                f"{where} cannot run: {listed} are all named {name!r} under one supervisor; "
                "give each its own `name = ...` class attribute."
            )
        try:
            self._team(team, names)
        except (ValueError, TypeError, ConfigurationError) as exc:
            raise ConfigurationError(
                f"{where} cannot run: {str(exc).rstrip('.')}. Fix "
                f"{'the Team(...) in tree()' if 'tree()' in where else 'the agent classes'}."
            ) from exc

    def _register_scripts(self, target: TargetSpec) -> None:
        """Give agents that carry a ``script`` an offline scripted provider."""
        from ._providers import ScriptedProvider

        scripts: dict[str, Any] = {}
        specs = [spec for part in (list(target.parts) or [target]) for spec in part.agents]
        for spec in specs:
            cls = spec.cls
            script = getattr(cls, "script", None)
            if script is None:
                continue
            if isinstance(script, Mapping):
                scripts.update(script)
                continue
            provider, _, model = str(cls.model).partition(":")
            if provider != "scripted" or not model:
                continue
            scripts[model] = script
        if scripts:
            self.router.add_provider(
                "scripted", ScriptedProvider(scripts, tokens_per_second=40.0), replace=False
            )

    def _check_agents(
        self, target: TargetSpec, parts: list[tuple[str, Team, dict[type[Agent], str]]]
    ) -> None:
        """Every agent class the run may start (the target's, and those its trees name) has
        class attributes that can work, before any agent starts (see ``check_agent_class``)."""
        classes: dict[type[Agent], bool] = {}  # each class: whether it runs
        for part in list(target.parts) or [target]:
            classes.update(dict.fromkeys((spec.cls for spec in part.agents), False))

        def walk(team: Team) -> None:
            for member in team.members:
                if isinstance(member, Team):
                    walk(member)
                elif isinstance(member, type) and issubclass(member, Agent):
                    classes[member] = True

        for _label, team, _names in parts:
            walk(team)
        for cls, runs in classes.items():
            check_agent_class(cls, self.policy.limits.default_max_tokens, runs=runs)
            for attribute, meant in misspelt_attributes(cls):
                self.sink.emit(
                    Notice(
                        f"The agent class {cls.__qualname__} sets {attribute}, which the "
                        f"agent does not read: did you mean {meant}? As it is, {attribute} "
                        "changes nothing.",
                        "warning",
                    )
                )
        self._check_tool_rules(list(classes))

    def _check_tool_rules(self, classes: Sequence[type[Agent]]) -> None:
        """Each ``[tools]`` pattern against the tools of this run's agents, before any starts.

        A pattern that names a tool but for case or separators (``Delete_Files``,
        ``delete-*``) is a misspelt rule that guards nothing: the tool would run unapproved,
        undenied or unlimited without a word, so the run is refused. One spelt much like a
        tool (``delete_file`` for ``delete_files``) is likely misspelt too, but may be meant
        for another run's tool (a policy shared by several): a warning says so. So does an
        ``allow`` or ``require_approval`` pattern that matches none of the tools (a ``deny``
        or rate limit for a tool this run lacks is the usual blanket rule: silent).
        """
        owners: dict[str, list[str]] = {}
        for cls in classes:
            for tool_name in cls._tools:
                owners.setdefault(tool_name, []).append(cls.__qualname__)
        if not owners:
            return  # agents without tools: the policy's tool rules are for other runs

        def tools(names: Sequence[str]) -> str:
            return " or ".join(f"{n!r} (a tool of {', '.join(owners[n])})" for n in names)

        unmatched = unmatched_tool_patterns(self.policy.tools, owners)
        for miss in unmatched:
            if miss.same:
                raise ConfigurationError(
                    f"The policy's {miss.field} = {miss.pattern!r} matches none of this run's "
                    f"tools, but names {tools(miss.same)} in another case or with other "
                    "separators: tool patterns are matched exactly, so as written the rule "
                    "applies to nothing and that tool runs without it. Correct the pattern in "
                    "the policy file."
                )
        for miss in unmatched:
            if miss.near:
                message = (
                    f"The policy's {miss.field} = {miss.pattern!r} matches none of this run's "
                    f"tools; did you mean {tools(miss.near)}? As written it applies to "
                    "nothing here, and that tool runs without it."
                )
            elif miss.field.startswith(("tools.allow", "tools.require_approval")):
                message = (
                    f"The policy's {miss.field} = {miss.pattern!r} matches none of this "
                    f"run's tools ({', '.join(sorted(owners))}), so it applies to nothing here."
                )
            else:
                continue
            logger.warning("runtime.tool_rule_unmatched", field=miss.field, pattern=miss.pattern)
            self.sink.emit(Notice(message, "warning"))

    def _check_models(self, target: TargetSpec, engine: PolicyEngine) -> None:
        """Every agent's default model resolves to a provider that can be built, before any
        agent starts: a missing API key or an unknown provider is the same for every call,
        so it is bad input to report once, not a crash to restart the agent over."""
        from ._providers import ProviderConfigError

        specs = [spec for part in (list(target.parts) or [target]) for spec in part.agents]
        for spec in specs:
            model = getattr(spec.cls, "model", None)
            if not isinstance(model, str) or not model:
                continue
            try:
                self.router.resolve(model)
            except ProviderConfigError as exc:
                if model == Agent.model:
                    raise ConfigurationError(
                        f"The agent {spec.name!r} ({spec.cls.__qualname__}) names no model. Set "
                        'one on the class, e.g. model = "openai:gpt-4o-mini" or '
                        '"anthropic:claude-haiku-4-5", or give it a script = [...] to answer '
                        "from offline."
                    ) from exc
                if model.partition(":")[0] == "scripted":
                    # The scripted provider exists once an agent carries a script.
                    raise ConfigurationError(
                        f"The agent {spec.name!r} ({spec.cls.__qualname__}) uses the offline "
                        f"model {model!r} but has no script to answer from. Give the class "
                        "`script = [...]` (the answers, in turn) or `script = {model: [...]}`, "
                        "or use a real provider's model."
                    ) from exc
                raise ConfigurationError(
                    f"The agent {spec.name!r} ({spec.cls.__qualname__}) uses the model "
                    f"{model!r}, which cannot run: {exc}"
                ) from exc
            for rule in self.policy.reroute:
                # Found on the first rerouted call otherwise: the agent is restarted over the
                # same error until its supervisor gives up (exit 4).
                if rule.from_model != model or rule.mode != "enforce":
                    continue
                try:
                    self.router.resolve(rule.to)
                except ProviderConfigError as exc:
                    raise ConfigurationError(
                        f"The policy reroutes {model!r}, the model of the agent {spec.name!r} "
                        f"({spec.cls.__qualname__}), to {rule.to!r} ([[reroute]] when = "
                        f"{rule.when!r}), which cannot run: {exc}"
                    ) from exc
                if rule.when == "shortfall" and "reroute" in self.policy.on_shortfall.steps:
                    # A shortfall target without a price can never be budgeted: the step
                    # would skip it on every call, and the calls meant to go there would be
                    # refused with no word about the reroute.
                    try:
                        engine.prices.price(rule.to)
                    except UnknownPrice as exc:
                        raise ConfigurationError(
                            f"The policy reroutes {model!r}, the model of the agent "
                            f"{spec.name!r} ({spec.cls.__qualname__}), to {rule.to!r} when "
                            f"the budget is short, but that model cannot be budgeted: {exc}"
                        ) from exc
            unpriced = engine.unpriced(model)
            if unpriced is not None:
                # Every call would be refused and the agent restarted over it: a typo in the
                # model's name, or a model the price table does not know yet.
                raise ConfigurationError(
                    f"The agent {spec.name!r} ({spec.cls.__qualname__}) uses the model "
                    f"{model!r}: {unpriced}"
                )

    # -- running -----------------------------------------------------------------------------

    async def run(self, target: TargetSpec) -> RunOutcome:
        """Run every agent of ``target`` until all are done, a policy stops the run, or a part
        escalates to the root. Returns the outcome; never raises for an agent's failure.

        Raises:
            ConfigurationError: The target's tree is malformed or the embedding model is missing.
        """
        engine = PolicyEngine(
            self.policy,
            PolicyEngine.prices_for(self.policy),
            self.rules,
            clock=time.perf_counter,  # to name a slow Python rule (PolicyEngine.slow_rules)
        )
        parts = self._parts_of(target)
        self._check_agents(target, parts)
        self._register_scripts(target)
        self._check_models(target, engine)
        self.embedder = self._make_embedder()
        self._stop_requested = anyio.Event()
        if self._interrupted:  # interrupt() came while the run was being set up
            self._stop_requested.set()
        governor_factory = self._governor_factory(engine)
        # What the governors of an earlier run of this Runtime held is not this run's.
        self.link.agents.clear()
        self.link.sessions.clear()
        self.link.held.clear()
        try:
            await self.store.reconcile_orphans()
        except Exception as exc:
            logger.warning("runtime.reconcile_failed", error=str(exc))
        unreadable = await self._resume_progress()
        if unreadable is not None:
            return unreadable
        outcomes: dict[str, ExitReason] = {}
        with _unawaited_calls_noticed(self.sink):
            async with ActorSystem(name="supervise") as system, anyio.create_task_group() as tg:
                await tg.start(self._keep_progress)
                if self.embedder is not None:
                    await tg.start(self.embedder.serve)
                    tg.start_soon(self._watch_embedder, self.embedder)
                await tg.start(self._watch_lifecycle, system)
                await system.start_supervisor(
                    Supervisor(
                        [
                            ChildSpec(
                                "governor", governor_factory, restart="permanent", shutdown=5.0
                            )
                        ],
                        max_restarts=10,
                        max_seconds=10.0,
                    ),
                    name="governance",
                )
                await tg.start(self._forward_stops)
                for label, team, names in parts:
                    ref = await system.start_supervisor(self._team(team, names), name=label)
                    self._parts.append(ref)
                frozen = self.tune_gc
                # What was frozen before the run (an application that froze its own heap, as a
                # pre-fork server does; CPython 3.12.1 starts with a few hundred objects frozen)
                # stays frozen after it: gc.unfreeze() cannot give back only the run's part.
                thaw = frozen and gc.get_freeze_count() == 0
                if frozen:
                    gc.freeze()

                async def wait_part(ref: SupervisorRef) -> None:
                    outcomes[ref.name] = await ref.wait_stopped()

                try:
                    async with anyio.create_task_group() as stopper:
                        stopper.start_soon(self._stop_on_request)
                        async with anyio.create_task_group() as waiters:
                            for ref in self._parts:
                                waiters.start_soon(wait_part, ref)
                        stopper.cancel_scope.cancel("every part has stopped")
                except BaseException:
                    # Interrupted (Ctrl-C, or whoever runs us was cancelled): a person wants it to
                    # stop now, not after every agent's graceful shutdown period. Cut every call in
                    # flight (each still settles what it consumed) and end every agent's work.
                    if self.governor is not None:
                        self.governor.interrupt_all("the run was interrupted")
                    raise
                finally:
                    if thaw:
                        gc.unfreeze()
                tg.cancel_scope.cancel("run finished")
        return replace(self._outcome(outcomes), agents=dict(self._states))

    async def _resume_progress(self) -> RunOutcome | None:
        """Continue this session's ``[limits]`` counts and wall clock from its earlier runs.

        A rerun of a session (the same id on the same SQLite or Redis ledger) would otherwise
        start its call and step counts, and its wall clock, from zero: a limit a restart
        resets is no limit. The progress saved by earlier runs is read, and each agent's LLM
        calls are taken from the ledger too (a run killed before its last save loses none).
        The store is waited for as ``[fail_closed]`` says; if it cannot be read the run does
        not start (exit 5) rather than start every count again from zero.
        """
        fail_closed = self.policy.fail_closed
        wait = fail_closed.wait_timeout if fail_closed.behaviour == "wait" else 0.0
        deadline = time.monotonic() + wait
        while True:
            try:
                saved = await self.store.load_progress(self.session)
                ledger = await self.store.load_session(self.session)
                break
            except StoreError as exc:
                # Only an outage may end; a lost or damaged ledger stays so.
                outage = isinstance(exc, StoreUnavailable) and not isinstance(exc, LedgerLost)
                if not outage or time.monotonic() >= deadline:
                    return RunOutcome(
                        ExitCode.STORE_UNAVAILABLE,
                        "the ledger store could not be read, so the session's progress "
                        "against its [limits] (calls, steps, wall clock) is not known and "
                        f"nothing was run: {str(exc).rstrip('.')}",
                    )
                await anyio.sleep(0.5)
        saved = saved or SessionProgress()
        charged: dict[str, int] = {}
        for scope_id, n in ledger.calls.items():  # keyed by agent scope id ("session/agent")
            if scope_id:
                name = agent_name_of(scope_id)
                charged[name] = charged.get(name, 0) + n
        if not charged and saved == SessionProgress():
            return None  # a new session
        # LLM calls the ledger holds beyond the last save (a run killed between two saves)
        # count as calls and as steps.
        extra = {a: max(0, n - saved.agent_calls.get(a, 0)) for a, n in charged.items()}
        agents = {*saved.agent_calls, *saved.agent_steps, *charged}
        progress = SessionProgress(
            calls=saved.calls + sum(extra.values()),
            steps=saved.steps + sum(extra.values()),
            elapsed=saved.elapsed,
            agent_calls={a: saved.agent_calls.get(a, 0) + extra.get(a, 0) for a in agents},
            agent_steps={a: saved.agent_steps.get(a, 0) + extra.get(a, 0) for a in agents},
        )
        self.link.resume(self.session, progress, time.monotonic())
        logger.info(
            "runtime.session_resumed",
            session=self.session,
            calls=progress.calls,
            steps=progress.steps,
            elapsed=round(progress.elapsed, 3),
        )
        return None

    async def _keep_progress(self, *, task_status: Any = anyio.TASK_STATUS_IGNORED) -> None:
        """Save the session's progress against its limits every second and when the run
        ends, for a rerun of the session to continue from."""
        task_status.started()
        try:
            while True:
                await anyio.sleep(PROGRESS_SAVE_INTERVAL)
                await self._save_progress()
        finally:
            with anyio.CancelScope(shield=True), anyio.move_on_after(5.0):
                await self._save_progress()

    async def _save_progress(self) -> None:
        progress = self.link.progress(self.session, time.monotonic())
        if progress is None:
            return
        try:
            await self.store.save_progress(self.session, progress)
        except StoreError as exc:
            # Saved again within a second; a run that ends while the store is down keeps
            # what it saved last (its LLM calls are in the ledger either way). Said once per
            # outage, not every second of it.
            log = logger.debug if self._progress_unsaved else logger.warning
            self._progress_unsaved = True
            log("runtime.progress_unsaved", session=self.session, error=str(exc))
        else:
            self._progress_unsaved = False

    def interrupt(self, reason: str) -> None:
        """Stop the run now, as a person's Ctrl-C: cut every call in flight (each still settles
        what it used, with the governor alive to record it), end every agent's work, and stop
        the parts; :meth:`run` then returns an ``INTERRUPTED`` outcome. Idempotent; before
        :meth:`run` has started its agents it is remembered, and the run stops as soon as
        they have started.

        Cancelling :meth:`run` instead (what asyncio does on Ctrl-C) also ends the governor,
        at the same moment as the agents, so a cut call's settle can find it gone and its
        reservation stays open until the next run charges it at its worst case.
        """
        if self._interrupted:
            return
        self._interrupted = reason
        if self.governor is not None:
            self.governor.interrupt_all(reason)
        if self._stop_requested is not None:
            self._stop_requested.set()

    async def _stop_on_request(self) -> None:
        assert self._stop_requested is not None
        await self._stop_requested.wait()
        governor = self.governor
        if governor is not None:
            # Without this, an agent busy in run() between calls (sleeping, computing) holds
            # its part's graceful stop for its whole shutdown timeout (5 s), not < 1 s.
            why = (
                self._interrupted
                or (self._ledger_lost and "the ledger store lost its data")
                or (self._governor_gave_up and "the governor failed too often")
                or f"session stopped: {self._stopped_by_policy}"
            )
            governor.cancel_agents(self.session, why)
        for ref in reversed(self._parts):
            # Bounded by its agents' shutdowns (each in turn, 5 s apiece) plus its own, as an
            # OTP supervisor's stop is: a flat cap killed the last of a team's slow on_stops.
            await ref.stop()

    def _governor_factory(self, engine: PolicyEngine) -> Callable[[], Governor]:
        def make() -> Governor:
            governor = Governor(
                engine,
                self.store,
                self.link,
                sink=self.sink,
                embedder=self.embedder,
                on_session_stopped=self._session_stopped,
                on_agent_stopped=self._agent_stopped,
                on_ledger_lost=self._on_ledger_lost,
            )
            self.governor = governor
            return governor

        return make

    def _make_embedder(self) -> Embedder | None:
        option = self._embedder_option
        if option is None or not self.policy.loops.semantic.enabled:
            return None
        if option != "auto":
            return option
        from ._embedder import Embedder, EmbedderUnavailable

        try:
            return Embedder()
        except EmbedderUnavailable as exc:
            raise ConfigurationError(str(exc)) from exc

    async def _watch_embedder(self, embedder: Embedder) -> None:
        self.sink.emit(SemanticStatus("loading", "all-MiniLM-L6-v2"))
        try:
            await embedder.wait_ready()
        except Exception as exc:
            self.sink.emit(SemanticStatus("failed", str(exc)))
            logger.error("runtime.embedder_failed", error=str(exc))
            return
        self.sink.emit(SemanticStatus("ready", f"{embedder.dimension} dimensions"))

    async def _watch_lifecycle(
        self,
        system: ActorSystem,
        *,
        task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED,
    ) -> None:
        async with system.events.subscribe(max_buffer=1024) as events:
            task_status.started()
            async for event in events:
                record = self._on_lifecycle(event)
                if record is not None:
                    await self._audit_supervision(record)

    async def _audit_supervision(self, record: Supervised) -> None:
        """Hand the supervision tree's act to the governor for the audit log (it keeps the
        record while the store is down, as it keeps its own). With no governor to take it,
        the structured log has it whole."""
        ref = self.link.ref
        if ref is not None:
            try:
                try:
                    ref.tell_nowait(record)  # no checkpoint: the restart goes on at once
                except MailboxFull:
                    await ref.tell(record)
                return
            except ActorDeadError:
                pass
        logger.error(
            "runtime.audit_unsent",
            audit_event=record.event,
            session=record.session,
            agent=record.agent,
            data=redact(dict(record.data)),
            note="no governor to write it to the audit log; this log record is its only copy",
        )

    def _on_lifecycle(self, event: LifecycleEvent) -> Supervised | None:
        """Show what the supervision tree did; the audit record to write for it, if any."""
        if (
            event.kind == "restarted"
            and "/" in event.path
            and not event.path.startswith("governance")
        ):
            self.sink.emit(
                AgentStateChanged(
                    event.name, event.path, self.session, "restarting", event.restart_count
                )
            )
            return Supervised(
                "agent.restarted",
                self.session,
                event.name,
                {
                    "path": event.path,
                    "restart_count": event.restart_count,
                    "reason": event.reason,
                    "by": "supervisor",
                },
            )
        if (
            event.kind == "exited"
            and event.exit is not None
            and event.exit.kind == "error"
            and event.exit.error is not None
            and not event.path.startswith("governance")
        ):
            # Where in the user's code the error was raised: the supervisor's giving up names
            # the error, and this says where to look (a tool, a helper, a line of run()).
            self._crash_sites[event.path.split("/", 1)[0]] = error_site(event.exit.error)
        if event.kind in ("gave_up", "escalated"):
            logger.error("runtime.escalated", path=event.path, reason=event.reason)
            if event.kind == "gave_up" and event.path == "governance":
                # The governor kept crashing: the agents' calls would wait for one in vain
                # (fail closed) until each gave up. End the run now.
                if not self._governor_gave_up:
                    self._governor_gave_up = event.reason
                if self._stop_requested is not None:
                    self._stop_requested.set()
            if event.kind == "gave_up":
                site = self._crash_sites.get(event.path.split("/", 1)[0], "")
                self._gave_up.setdefault(event.path.split("/", 1)[0], event.reason + site)
                # The person watching must see why a part ended: it is the run's exit status.
                self.sink.emit(
                    Notice(
                        f"{event.path}: restart limit reached, so its supervisor gave up and "
                        f"escalated (last failure: {event.reason}){site}",
                        "error",
                    )
                )
                return Supervised(
                    "supervisor.gave_up",
                    self.session,
                    "",
                    {"path": event.path, "reason": event.reason, "by": "supervisor"},
                )
        return None

    async def _forward_stops(
        self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED
    ) -> None:
        """An operator's stop published on the store reaches the governor.

        Reports started once subscribed, so the run's agents start only when a stop published
        from then on cannot be missed. The subscription is reopened after a failure (with a
        pause), so a store hiccup never leaves the run deaf to its kill switch.
        """
        started = False
        failures = 0
        while True:
            try:
                async with self.store.stops() as signals:
                    if not started:
                        started = True
                        task_status.started()
                    async for signal in signals:
                        await self._on_stop_signal(signal)
                return
            except Exception as exc:
                failures += 1
                logger.error("runtime.stop_subscription_failed", error=str(exc), attempt=failures)
                if not started and failures >= 5:
                    # A store that keeps failing fails every call closed anyway; do not hold
                    # the run back any longer for its kill switch.
                    started = True
                    task_status.started()
                await anyio.sleep(0.2 if not started else 1.0)

    async def _on_stop_signal(self, signal: StopSignal) -> None:
        ref = self.link.ref
        if ref is not None:
            # Asked, not told: the governor cuts the matching calls before the session's parts
            # are stopped, so their agents see AgentStopped with their partial text.
            try:
                await ref.ask(signal, timeout=5.0)
            except Exception as exc:
                logger.error("runtime.stop_forward_failed", error=str(exc))
        if signal.target == "all" or (signal.target == "session" and signal.id == self.session):
            self._session_stopped(self.session, signal.reason or "operator stop")

    def _on_ledger_lost(self, reason: str) -> None:
        # Every later call would be refused for the rest of the run (agents retrying them
        # forever, a run that never ends): end it, saying why.
        if not self._ledger_lost:
            self._ledger_lost = reason
        if self._stop_requested is not None:
            self._stop_requested.set()

    def _store_wait_ran_out(self, agent: str, error: str) -> None:
        self._store_waits_ran_out.setdefault(agent, error)

    def _agent_unrecoverable(self, agent: str, error: str) -> None:
        self._unrecoverable.setdefault(agent, error)

    def _agent_failed_unrestarted(self, agent: str, error: str) -> None:
        if agent not in self._failed_unrestarted:
            self._failed_unrestarted[agent] = error
            self.sink.emit(
                Notice(
                    f"{agent} failed and is not restarted (restart = 'temporary'): {error}",
                    "error",
                    agent,
                )
            )

    def _agent_stopped(self, agent: str, reason: str) -> None:
        self._agents_stopped.setdefault(agent, reason)

    def _session_stopped(self, session: str, reason: str) -> None:
        if session != self.session or self._stopped_by_policy:
            return
        self._stopped_by_policy = reason
        if self._stop_requested is not None:
            self._stop_requested.set()

    def _outcome(self, outcomes: Mapping[str, ExitReason]) -> RunOutcome:
        outcome = self._ending(outcomes)
        calls, records = self.governor.unwritten() if self.governor is not None else (0, 0)
        if not (calls or records):
            return outcome
        # What the store did not take is said whatever else ended the run: a run that
        # escalated or was stopped may have lost audit records too, and the person (or the
        # script) reading its reason must not have to dig through the log to learn it.
        lost = "; ".join(
            part
            for part in (
                f"{calls} call{'s' if calls != 1 else ''} could not be settled (each counted "
                "as spent at its worst case until `supervise ledger` reconciles it)"
                if calls
                else "",
                f"{records} audit record{'s' if records != 1 else ''} could not be written "
                "(each is in the structured log, whole, as governor.audit_deferred)"
                if records
                else "",
            )
            if part
        )
        if outcome.exit_code == ExitCode.OK:
            # Every agent finished, but the ledger is not exact: say so to scripts and CI.
            return RunOutcome(
                ExitCode.STORE_UNAVAILABLE,
                "every agent finished, but the ledger store was unavailable at the end: " + lost,
            )
        return RunOutcome(
            outcome.exit_code, f"{outcome.reason}; and the ledger store was unavailable: {lost}"
        )

    def _ending(self, outcomes: Mapping[str, ExitReason]) -> RunOutcome:
        """How the run ended, before what the store could not take is added."""
        if self._interrupted:
            return RunOutcome(ExitCode.INTERRUPTED, f"interrupted: {self._interrupted}")
        if self._ledger_lost:
            return RunOutcome(ExitCode.STORE_UNAVAILABLE, self._ledger_lost.rstrip("."))
        if self._governor_gave_up:
            return RunOutcome(
                ExitCode.ESCALATED,
                "the governor failed too often and its supervisor gave up, so no call could "
                f"be governed and the run stopped (last failure: {self._governor_gave_up})",
            )
        if self._store_waits_ran_out:
            who, error = _first_of(self._store_waits_ran_out)
            return RunOutcome(
                ExitCode.STORE_UNAVAILABLE,
                f"{who} stopped, not restarted, because the ledger store stayed "
                f"unreachable: {error}",
            )
        if self._unrecoverable:
            who, error = _first_of(self._unrecoverable)
            return RunOutcome(ExitCode.ESCALATED, f"{who} stopped, not restarted: {error}")
        if self._failed_unrestarted:
            who, error = _first_of(self._failed_unrestarted)
            return RunOutcome(
                ExitCode.ESCALATED,
                f"{who} failed and was not restarted (restart = 'temporary'): {error}",
            )
        failed = {name: reason for name, reason in outcomes.items() if reason.abnormal}
        if failed:
            name, reason = next(iter(failed.items()))
            return RunOutcome(
                ExitCode.ESCALATED,
                f"{name} gave up after too many restarts and escalated to the root: "
                f"{self._gave_up.get(name) or reason.detail or reason.error or reason.kind}",
            )
        if self._stopped_by_policy:
            return RunOutcome(ExitCode.STOPPED_BY_POLICY, f"stopped: {self._stopped_by_policy}")
        if self._agents_stopped:
            # The run did not do all it was asked: say which agents the policy stopped and why.
            stopped = "; ".join(f"{name}: {why}" for name, why in self._agents_stopped.items())
            return RunOutcome(ExitCode.STOPPED_BY_POLICY, f"agents stopped by policy: {stopped}")
        return RunOutcome(ExitCode.OK, "every agent finished")


def _check_unique_names(parts: Sequence[tuple[str, Team, Mapping[type[Agent], str]]]) -> None:
    """No two agents of the run share a name, wherever they are in the tree.

    The name is the agent's identity in its session: the governor's state (its loop history,
    its restarts), its budget, its rows in the ledger and the audit log, the live view, and
    ``supervise stop --agent`` all go by it. Two agents of one name in two files of a folder,
    or in two teams, would share all of these and be mixed up. (Under one supervisor,
    ``_check_team`` has said so already.)
    """
    paths: dict[str, list[str]] = {}

    def walk(team: Team, at: str, names: Mapping[type[Agent], str]) -> None:
        for member in team.members:
            if isinstance(member, Team):
                walk(member, f"{at}/{member.name}", names)
            elif isinstance(member, type):
                name = names.get(member, _agent_name(member))
                paths.setdefault(name, []).append(f"{at}/{name}")

    for label, team, names in parts:
        walk(team, label, names)
    for name, where in paths.items():
        if len(where) > 1:
            raise ConfigurationError(
                f"Two agents of this run are named {name!r} ({', '.join(where)}). An agent's "
                "name is its identity in the session (its budget, its loop history, its rows "
                "in the ledger and the audit log, `supervise stop --agent`), so the two would "
                "be mixed up. Give each its own `name = ...` class attribute."
            )


def _agent_name(cls: type[Agent]) -> str:
    explicit = getattr(cls, "name", None)
    if isinstance(explicit, str) and explicit:
        return explicit
    out = []
    for i, ch in enumerate(cls.__name__):
        if ch.isupper() and i and not cls.__name__[i - 1].isupper():
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def _part_name(name: str) -> str:
    stem = name.rsplit("/", 1)[-1]
    if stem.endswith(".py"):
        stem = stem[:-3]
    return stem.replace(":", ".") or "agents"


def _first_of(stopped: Mapping[str, str]) -> tuple[str, str]:
    """The first agent of ``stopped`` (agent -> why), named with how many others there are
    ("coder (and 2 other agents)"), and its reason."""
    name, why = next(iter(stopped.items()))
    others = len(stopped) - 1
    more = f" (and {others} other agent{'s' if others != 1 else ''})" if others else ""
    return f"{name}{more}", why


_UNAWAITED = re.compile(r"coroutine 'Agent\.(llm|tool|call_tools)' was never awaited")


@contextlib.contextmanager
def _unawaited_calls_noticed(sink: EventSink) -> Iterator[None]:
    """While a run lasts, a governed call made without ``await`` is said in the run's log pane
    and log, with what to do, not left to Python's raw warning on stderr (which the TUI's
    display owns, and which does not say that the call was never made). Other warnings go
    where they went."""
    previous = warnings.showwarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        found = _UNAWAITED.search(str(message))
        if found is None or not issubclass(category, RuntimeWarning):
            previous(message, category, filename, lineno, file, line)
            return
        method = found.group(1)
        logger.warning("agent.call_not_awaited", call=f"self.{method}", at=f"{filename}:{lineno}")
        sink.emit(
            Notice(
                f"self.{method}(...) at {filename}, line {lineno} was called without await, "
                f"so the call was never made: write `await self.{method}(...)`.",
                "warning",
            )
        )

    warnings.showwarning = show
    try:
        yield
    finally:
        if warnings.showwarning is show:
            warnings.showwarning = previous
