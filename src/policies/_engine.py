"""The governor's brain: every pre-call, pre-tool, per-chunk and post-call policy check.

:class:`PolicyEngine` is synchronous and holds only the policy, the prices and rate-window state
keyed by session and agent. Everything else a decision needs (the session's counters and the
balances of the enclosing scopes, read from the ledger store) comes in the context objects, so
the engine can be replayed against recorded sessions.

A pre-call check, in order:

1. Python rules' ``pre_call`` (a Reroute switches the model; a worse decision ends the check).
2. ``[[reroute]]`` rules with ``when = "always"``.
3. Limits: wall clock, calls and steps per agent and session, calls per minute.
4. Price: a model without a price is refused (``unknown_price``).
5. Budgets: the worst case (prompt estimate at the input price plus ``max_tokens`` at the
   output price; tokens = prompt + ``max_tokens``; one call) must fit what every enclosing
   scope has left (``limit - spent - reserved``). If it does not, ``on_shortfall.steps`` are
   tried in order: lower ``max_tokens`` to what fits (never below ``min_max_tokens``, nor to
   a reasoning call's thinking budget, which counts inside it), reroute along the
   ``when = "shortfall"`` rules, refuse, escalate. A call whose worst case does not fit is
   never permitted: ``escalate`` asks a person to grant the short scopes the room the call
   lacks (:attr:`Escalation.grant`); approved, the budget is the policy's limit plus that
   grant, and the call fits it. A scope's budget here is always the policy's limit plus what
   people granted on it before (``Balance.granted``).
6. Tokens per minute, on the worst case.

Then the governor reserves :attr:`Permit.reservation` on its store (which enforces the same
limits atomically) and runs the call.

Reserving first: where the store holds every enforced budget, the governor asks
:meth:`PolicyEngine.pre_call_unfitted` instead, with no balances (steps 1-4 and 6, the worst
case as asked, the shadow budgets), reserves that worst case at once (the store's atomic check
is step 5's fit) and gives :meth:`PolicyEngine.fitted` the balances the reserve reports, for the
``warn_at`` warnings. A shortfall, or a call it cannot decide so, goes through
:meth:`PolicyEngine.pre_call` with the balances, as above.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._decisions import (
    Allow,
    Decision,
    Escalate,
    Escalation,
    Interrupt,
    Mode,
    Numbers,
    Permit,
    RefusalKind,
    Refuse,
    Reroute,
    RestartAgent,
    StopAgent,
    StopSession,
    Warn,
    most_severe,
)
from ._errors import InvalidModelRef, UnknownPrice, UnknownSearchPrice
from ._frozen import fast_init
from ._ledger import Limits, grant_covers, grant_needed, raised_limits
from ._money import format_usd, format_usd_exact
from ._prices import ModelPrice, PriceOverride, PriceTable
from ._rates import SlidingWindow
from ._scopes import Amounts, Scope
from ._streamrules import StreamMatcher, TextRule, TextRuleSet
from ._tokens import (
    STREAM_ESTIMATE_MARGIN,
    cache_writes,
    estimate_prompt_tokens,
    estimate_stream_tokens,
    image_tokens,
    stream_chars,
    web_searches,
)
from ._tools import ToolMatcher

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from ._config import BudgetConfig, PolicyConfig, ToolRateLimit
    from ._ledger import Balance
    from ._rules import Rule

__all__ = [
    "CallContext",
    "CallOutcome",
    "Counters",
    "PolicyEngine",
    "StreamMonitor",
    "ToolContext",
    "ToolPermit",
    "ToolVerdict",
]

_NO_BALANCES: Mapping[Scope, Balance] = {}
_NOTHING = Amounts()


def _policy_limits(budget: BudgetConfig) -> Limits:
    """A budget's limits as the policy file sets them (no window, nothing granted)."""
    return Limits(budget.cost, budget.tokens, budget.calls)


@fast_init
@dataclass(frozen=True, slots=True)
class Counters:
    """What a session has done so far (the governor keeps these, restored from its store).

    Attributes:
        agent_calls: LLM calls by this agent in this session.
        session_calls: LLM calls in the session.
        agent_steps: LLM plus tool calls by this agent.
        session_steps: LLM plus tool calls in the session.
        session_started: ``now`` (monotonic seconds) when the session began, or ``None``.
    """

    agent_calls: int = 0
    session_calls: int = 0
    agent_steps: int = 0
    session_steps: int = 0
    session_started: float | None = None


_NO_COUNTERS = Counters()


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class CallContext:
    """One LLM call the governor asks about.

    Attributes:
        session: Session id (a unit of budget and history).
        agent: Agent id (unique within the runtime; its budget scope is ``agent:<agent>``).
        call_id: Unique call id (its budget scope is ``call:<call_id>``).
        model_ref: ``"provider:model"`` the agent asked for.
        messages: Chat messages (OpenAI or Anthropic shape).
        max_tokens: The agent's ``max_tokens``; ``None`` takes ``limits.default_max_tokens``.
        tools: Tool definitions offered to the model (counted in the prompt estimate).
        now: Monotonic seconds (rates, wall clock).
        tenant: Tenant id, if any (its scope is ``tenant:<tenant>``).
        counters: The session's counters before this call.
        balances: Balances of the enclosing scopes (from the store); a missing scope counts as
            nothing spent. The governor gives those the policy budgets and, when a Python
            rule overrides ``pre_call``, every enclosing scope's (spend is kept on each).
        input_tokens: A prompt estimate computed earlier, to skip re-estimating.
        reasoning_tokens: The thinking budget the call asks for (0: none). Thinking counts
            inside ``max_tokens``, so a shortfall never lowers ``max_tokens`` to it or below:
            such a call is rerouted, escalated or refused instead.
        first_call_id: The id the call first asked under, when it asks again (under a new
            ``call_id``) after waiting for room under a per-minute limit; ``""`` on its first
            ask. Its place in line for ``tokens_per_minute`` (see
            :meth:`PolicyEngine.waiting`).
    """

    session: str
    agent: str
    call_id: str
    model_ref: str
    messages: Sequence[Mapping[str, Any]] = ()
    max_tokens: int | None = None
    tools: Sequence[Mapping[str, Any]] | None = None
    now: float = 0.0
    tenant: str | None = None
    counters: Counters = _NO_COUNTERS
    balances: Mapping[Scope, Balance] = field(default_factory=lambda: _NO_BALANCES)
    input_tokens: int | None = None
    reasoning_tokens: int = 0
    first_call_id: str = ""
    # The scopes, made on first use (the engine and the governor ask several times per call).
    _scopes: tuple[Scope, ...] | None = field(default=None, init=False, compare=False, repr=False)

    def scopes(self) -> tuple[Scope, ...]:
        """Every enclosing scope, innermost first: call, agent, session, tenant, global."""
        scopes = self._scopes
        if scopes is None:
            scopes = call_scopes(self.call_id, self.agent, self.session, self.tenant)
            object.__setattr__(self, "_scopes", scopes)
        return scopes


def agent_scope_id(session: str, agent: str) -> str:
    """The id of an agent's budget scope: the agent *within its session*, ``"session/agent"``.

    An agent's budget belongs to one session, so a resumed session keeps its agents' spend while a
    new session starts its agents afresh; ``agent_name_of`` gives the agent's name back.
    """
    return f"{session}/{agent}"


def agent_name_of(scope_id: str) -> str:
    """The agent's name in an agent scope id made by :func:`agent_scope_id`."""
    return scope_id.rpartition("/")[2]


def call_scopes(call_id: str, agent: str, session: str, tenant: str | None) -> tuple[Scope, ...]:
    """The enclosing scopes of a call, innermost first: call, agent (within its session),
    session, [tenant], global."""
    return (Scope("call", call_id), *outer_scopes(agent, session, tenant))


def outer_scopes(agent: str, session: str, tenant: str | None) -> tuple[Scope, ...]:
    """The scopes around every call of an agent, innermost first: :func:`call_scopes` without
    the call's own (the same tuple each time)."""
    key = (agent, session, tenant)
    outer = _OUTER_SCOPES.get(key)
    if outer is None:
        if len(_OUTER_SCOPES) >= 4096:  # a memo, not a registry: bounded, rebuilt on demand
            _OUTER_SCOPES.clear()
        agent_scope = Scope("agent", agent_scope_id(session, agent))
        if tenant is None:
            outer = (agent_scope, Scope("session", session), _GLOBAL)
        else:
            outer = (agent_scope, Scope("session", session), Scope("tenant", tenant), _GLOBAL)
        _OUTER_SCOPES[key] = outer
    return outer


_GLOBAL = Scope("global", "global")
#: The scopes around a call (all but the call's own) per (agent, session, tenant): every call
#: of an agent has the same ones.
_OUTER_SCOPES: dict[tuple[str, str, str | None], tuple[Scope, ...]] = {}


@dataclass(frozen=True, slots=True, kw_only=True)
class ToolContext:
    """One tool call the governor asks about (see :class:`CallContext` for shared fields).

    Attributes:
        args_fit: False when ``args`` do not fit the tool's signature (a missing, unknown or
            mistyped argument): the call will fail without running. It still goes through
            every check (deny and allow lists, rates, steps, Python rules) and counts as a
            step, but nobody is asked to approve it: an escalation is recorded as a ``Warn``
            and the call is let through to fail, so the model hears what is wrong.
        balances: What each enclosing scope (agent, session, tenant, global) has spent and
            reserved, for Python rules (``ctx.balances``): the governor reads them when a
            rule overrides ``pre_tool``; empty otherwise (the file's tool rules need none).
    """

    session: str
    agent: str
    call_id: str
    name: str
    args: Mapping[str, Any] = field(default_factory=dict)
    now: float = 0.0
    tenant: str | None = None
    counters: Counters = _NO_COUNTERS
    args_fit: bool = True
    balances: Mapping[Scope, Balance] = field(default_factory=lambda: _NO_BALANCES)


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class CallOutcome:
    """How an LLM call ended, for :meth:`PolicyEngine.post_call`.

    Attributes:
        model_ref: The model that ran.
        input_tokens: Reported (or estimated) input tokens.
        output_tokens: Reported (or counted) output tokens.
        cost: Nano-dollars charged.
        text: The answer's text (possibly partial).
        tool_calls: Tool calls the model asked for (name, args), for Python rules.
        finish_reason: The provider's, or ``"cut"``/``"error"``.
    """

    model_ref: str
    input_tokens: int
    output_tokens: int
    cost: int = 0
    text: str = ""
    tool_calls: Sequence[Mapping[str, Any]] = ()
    finish_reason: str = "stop"


@dataclass(frozen=True, slots=True, kw_only=True)
class ToolPermit:
    """A tool call may run. ``decisions`` holds warnings and shadow decisions taken."""

    name: str
    decisions: tuple[Decision, ...] = ()

    ok = True


ToolVerdict = ToolPermit | Refuse | Escalation

_ACTIONS: dict[str, type[Decision]] = {
    "warn": Warn,
    "refuse": Interrupt,
    "interrupt": Interrupt,
    "restart_agent": RestartAgent,
    "stop_agent": StopAgent,
    "stop_session": StopSession,
}


def _decide(
    action: str,
    *,
    rule: str,
    mode: Mode,
    reason: str,
    numbers: Numbers,
    fallback: str | None = None,
    question: str | None = None,
) -> Decision:
    if action == "escalate":
        return Escalate(
            rule=rule,
            mode=mode,
            reason=reason,
            numbers=numbers,
            question=question or f"{reason} Allow it?",
            evidence=numbers,
        )
    if action in ("refuse", "interrupt"):
        return Interrupt(rule=rule, mode=mode, reason=reason, numbers=numbers, fallback=fallback)
    return _ACTIONS[action](rule=rule, mode=mode, reason=reason, numbers=numbers)


def not_asked(escalate: Decision) -> Warn:
    """``escalate`` as recorded for a tool call whose arguments do not fit: nobody is asked.

    Used by the engine for its own escalations and by the governor for a loop's.
    """
    return Warn(
        rule=escalate.rule,
        reason=f"{escalate.reason} Nobody was asked: the call's arguments do not fit the "
        "tool's signature, so it fails without running.",
        numbers=escalate.numbers,
    )


def _shadowed(rule: Rule, decision: Decision | None) -> Decision | None:
    if decision is not None and rule.mode == "shadow" and decision.mode != "shadow":
        return decision.as_shadow()
    return decision


def _about(decision: Decision, about: Numbers) -> Decision:
    """``decision`` with what it was about (``{"tool": name}``, ``{"model": ref}``) among its
    numbers, unless the rule gave those keys itself: a Python rule's decision otherwise
    reaches the audit log naming no tool or model, only a call id."""
    missing = {key: value for key, value in about.items() if key not in decision.numbers}
    if not missing:
        return decision
    return replace(decision, numbers={**missing, **decision.numbers})


#: Seconds past which a Python rule's hook is slow: it runs inside the governor, so every
#: agent's calls wait for it. Noted in :attr:`PolicyEngine.slow_rules` for the governor to say.
SLOW_RULE_S = 0.1

#: Seconds after which a call over tokens_per_minute only for the worst cases of calls still
#: in flight is asked about again: a settle corrects a worst case to the tokens used, so room
#: may come at any moment, not only when the window's oldest entry leaves it.
IN_FLIGHT_RECHECK_S = 0.25

#: Seconds a call waiting for room under tokens_per_minute keeps its place in line past the
#: time it was told to ask again (:meth:`PolicyEngine.waiting`): an agent that stopped waiting
#: (cancelled, stopped) gives its place up then, and the calls behind it move up.
WAIT_PLACE_KEPT_S = 5.0


def _consult(
    rule: Rule,
    hook: str,
    ask: Callable[..., Any],
    *args: Any,
    about: Numbers,
    slow: dict[tuple[str, str], float] | None = None,
    clock: Callable[[], float] | None = None,
) -> Decision | None:
    """``ask(*args)`` (one of ``rule``'s hooks), shadowed as the rule's mode says, with what
    it was ``about`` (the tool's name or the model) added to its numbers.

    A Python rule is user code: one that raises, or answers something other than a Decision
    or None, must not take the governor (and every agent's calls) down with it. Its call is
    refused instead (fail closed: the rule could not say the call was fine), with a reason
    that names the rule, the hook, what went wrong and where, so the audit log and the TUI
    say what to fix. A shadow rule's failure is recorded the same way and changes nothing.
    """
    began = clock() if clock is not None else 0.0
    try:
        decision = ask(*args)
    except Exception as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
        problem = f"raised {exc!r}{where}"
    else:
        took = clock() - began if clock is not None else 0.0
        if took > SLOW_RULE_S and slow is not None:
            key = (rule.name, hook)
            slow[key] = max(took, slow.get(key, 0.0))
        if decision is None:
            return None
        if isinstance(decision, Decision):
            found = _decision_problem(decision)
            if found is None and hook == "pre_tool" and isinstance(decision, Reroute):
                # Nothing to reroute: the call would run as asked while the audit log said
                # it was rerouted.
                found = (
                    f"returned Reroute(model={decision.model!r}) for a tool call, which has no "
                    "model to reroute; return Interrupt to refuse it, Escalate to ask a "
                    "person, or Warn"
                )
            if found is None:
                return _shadowed(rule, _about(decision, about))
            problem = found
        else:
            problem = (
                f"returned {decision!r} ({type(decision).__name__}); a rule returns a Decision "
                "(Allow, Warn, Reroute, Interrupt, Escalate, ...) or None"
            )
    # What failing closed does depends on when the hook ran: after a call has finished
    # (post_call) there is nothing left to refuse, and the audit log must not say there was.
    done = {
        "on_text": "the stream is cut (fail closed)",
        "post_call": "the call had already run, so this is recorded only",
    }.get(hook, "the call is refused (fail closed)")
    broken = Interrupt(
        rule=rule.name,
        reason=(
            f"The Python rule {rule.name!r} ({type(rule).__qualname__}) {problem} in {hook}(); "
            f"{done}. Fix the rule."
        ),
        numbers={**about, "rule_error": problem[:200], "hook": hook},
    )
    return _shadowed(rule, broken)


def _decision_problem(decision: Decision) -> str | None:
    """What makes a Python rule's Decision one the governor cannot act on, or None.

    A mode other than ``"enforce"`` or ``"shadow"`` (``"Enforce"``, ``"off"``) would be
    neither acted on nor shadowed as such: a stop with a typo in its mode would do nothing.
    """
    mode: object = decision.mode
    if mode != "enforce" and mode != "shadow":
        return (
            f"returned {type(decision).__name__}(mode={mode!r}); a decision's mode is "
            "'enforce' or 'shadow' (leave it out: the rule's own mode, Rule.mode, applies)"
        )
    rule: object = decision.rule
    if not isinstance(rule, str) or not rule:
        return f"returned {type(decision).__name__}(rule={rule!r}); give it rule=self.name"
    kind = type(decision).__name__
    reason: object = decision.reason
    if not isinstance(reason, str):
        return f"returned {kind}(reason={reason!r:.60}); a reason is a sentence (a str)"
    # The audit log, the events and the governor read these as mappings: anything else
    # would fail the governor itself (restarted, the call unanswered), not only this call.
    fields: list[tuple[str, object]] = [("numbers", decision.numbers)]
    if isinstance(decision, Escalate):
        fields.append(("evidence", decision.evidence))
        question: object = decision.question
        if not isinstance(question, str):
            return f"returned Escalate(question={question!r:.60}); a question is a str"
    for field_name, value in fields:
        if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
            return (
                f"returned {kind}({field_name}={value!r:.60}); {field_name} is a mapping of "
                'names to what the rule saw, e.g. {"amount": 500}'
            )
    if isinstance(decision, Reroute):
        return _reroute_problem(decision)
    if isinstance(decision, Interrupt):
        fallback: object = decision.fallback
        if fallback is not None and not isinstance(fallback, str):
            return (
                f"returned Interrupt(fallback={fallback!r}); a fallback is the text the "
                "agent gets instead (a str), or None for an exception"
            )
    return None


def _reroute_problem(decision: Reroute) -> str | None:
    """What is wrong with a Python rule's ``Reroute``, or None when it can be carried out.

    A model that is not a ``"provider:model"`` reference would fail the governor's price lookup,
    and a ``max_tokens`` below 1 would reserve nothing (or a negative amount, crediting the
    budgets) for a call that still runs: both are the rule's mistake, refused like a raise.
    """
    model: object = decision.model
    provider, sep, name = model.partition(":") if isinstance(model, str) else ("", "", "")
    if not (provider and sep and name):
        return (
            f"returned Reroute(model={model!r}), which is not a model reference; "
            'give Reroute a "provider:model" reference such as "openai:gpt-4o-mini"'
        )
    tokens: object = decision.max_tokens
    if tokens is not None and (
        isinstance(tokens, bool) or not isinstance(tokens, int) or tokens < 1
    ):
        return (
            f"returned Reroute(max_tokens={tokens!r}); give Reroute a whole number of output "
            "tokens of 1 or more, or None to keep the call's"
        )
    return None


@dataclass(slots=True)
class _Fit:
    """What the binding scopes have left (``None`` = unlimited) and which scope binds."""

    cost: int | None = None
    tokens: int | None = None
    calls: int | None = None
    cost_scope: Scope | None = None
    tokens_scope: Scope | None = None
    calls_scope: Scope | None = None
    #: Scopes whose warn_at this call's original worst case crosses: (scope, warn_at, cost
    #: limit, used), decided against what is admitted (see PolicyEngine._warn_at).
    warn: list[tuple[Scope, float, int, int]] | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Unfitted:
    """A permit decided without the budgets' balances (:meth:`PolicyEngine.pre_call_unfitted`):
    its fit was not checked.

    Reserve ``permit.reservation`` on a store, whose atomic check is the fit; with the
    balances after it (:attr:`~policies.Reservation.balances`), :meth:`PolicyEngine.fitted`
    gives the permit to run (the budgets' ``warn_at`` warnings added). On a shortfall, decide
    again with the balances (:meth:`PolicyEngine.pre_call`).

    Attributes:
        permit: The permit, for the call's worst case as asked (never lowered).
        at: Where the budgets' warnings go among ``permit.decisions`` (where
            :meth:`PolicyEngine.pre_call` puts them).
    """

    permit: Permit
    at: int


class PolicyEngine:
    """The governor's synchronous policy brain.

    Args:
        config: The validated policy.
        prices: Prices (build with :meth:`PolicyEngine.prices_for` to honour the policy's
            overrides).
        rules: Python rules, run alongside the file's.

    Not thread-safe: the governor calls it from its single actor task.
    """

    def __init__(
        self,
        config: PolicyConfig,
        prices: PriceTable,
        rules: Iterable[Rule] = (),
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.config = config
        self.prices = prices
        self.rules = tuple(rules)
        # Seconds, for timing Python rules' hooks (slow_rules); given by the caller, so the
        # engine reads no clock of its own. None: hooks are not timed.
        self._clock = clock
        from ._rules import Rule as _Base

        def overrides(hook: str) -> tuple[Rule, ...]:
            return tuple(
                r for r in self.rules if getattr(type(r), hook) is not getattr(_Base, hook)
            )

        self._pre_call_rules = overrides("pre_call")
        self._text_rules_py = overrides("on_text")
        self._post_call_rules = overrides("post_call")
        self._pre_tool_rules = overrides("pre_tool")
        self._tools = ToolMatcher(
            config.tools.allow, config.tools.deny, config.tools.require_approval
        )
        # Each entry keeps its own window, keyed by its place in the list: two entries on one
        # pattern (a warning beside a refusal) sharing one would count each call twice.
        self._tool_rates = [
            (rate, ToolMatcher(allow=[rate.pattern]), f"{index}:{rate.pattern}")
            for index, rate in enumerate(config.tools.rate_limits)
        ]
        self._text_rules = tuple(
            TextRule(rule.name, rule.compile(), rule.max_match_chars)
            for rule in config.stream_rules
        )
        self._text_rule_set = TextRuleSet(self._text_rules)  # prepared once for every stream
        self._text_rule_config = {rule.name: rule for rule in config.stream_rules}
        self._always: dict[str, tuple[str, Mode]] = {
            r.from_model: (r.to, r.mode) for r in config.reroute if r.when == "always"
        }
        self._on_shortfall: dict[str, str] = {
            r.from_model: r.to
            for r in config.reroute
            if r.when == "shortfall" and r.mode == "enforce"
        }
        self._budgets = tuple((kind, budget) for kind, budget in config.budgets.items())
        # Reserving first (pre_call_unfitted): the shadow budgets, decided before the reserve
        # (no balance of theirs is read: they are not on the store), and the enforced budgets
        # with a warning mark, decided after it on the balances it reports (fitted).
        self._shadow_budgets = any(b.mode == "shadow" for b in config.budgets.values())
        self._warn_budgets = {
            kind: budget
            for kind, budget in config.budgets.items()
            if budget.mode == "enforce" and budget.cost is not None and budget.warn_at
        }
        # The count limits that are set, in the order _check_limits reports them (counter
        # field, cap): most policies set none, and every call would build and walk them.
        limits = config.limits
        self._count_caps = tuple(
            (name, attr, cap, what)
            for name, attr, cap, what in (
                (
                    "max_calls_per_agent",
                    "agent_calls",
                    limits.max_calls_per_agent,
                    "LLM calls by this agent",
                ),
                (
                    "max_calls_per_session",
                    "session_calls",
                    limits.max_calls_per_session,
                    "LLM calls in this session",
                ),
                (
                    "max_steps_per_agent",
                    "agent_steps",
                    limits.max_steps_per_agent,
                    "steps by this agent",
                ),
                (
                    "max_steps_per_session",
                    "session_steps",
                    limits.max_steps_per_session,
                    "steps in this session",
                ),
            )
            if cap is not None
        )
        # Whether _check_limits has anything to check at all.
        self._any_limit = bool(self._count_caps) or any(
            value is not None
            for value in (
                limits.max_session_seconds,
                limits.calls_per_minute,
                limits.agent_calls_per_minute,
            )
        )
        self._windows: dict[tuple[str, ...], SlidingWindow] = {}
        # Whether any per-minute LLM limit is set: admitted calls are counted (_claim).
        self._rated = any(
            value is not None
            for value in (
                limits.calls_per_minute,
                limits.agent_calls_per_minute,
                limits.tokens_per_minute,
            )
        )
        # Each counted call's window entries, until it settles (post_call) or is taken back
        # (unclaim): its tokens-per-minute entry, corrected to the tokens used, and the rest.
        self._claims: dict[
            str,
            tuple[
                tuple[SlidingWindow, list[float | int]] | None,
                list[tuple[SlidingWindow, list[float | int]]],
            ],
        ] = {}
        # Calls waiting for room under tokens_per_minute, per session, first come first:
        # place (the call's first id) -> [its worst-case tokens, the time it keeps its place
        # until]. Invariant: no session maps to an empty line (a test of `_lines` is enough
        # to know that nobody waits).
        self._lines: dict[str, dict[str, list[float]]] = {}
        self._warned: set[tuple[str, str]] = set()
        #: Python rules' hooks that took longer than SLOW_RULE_S: (rule name, hook) -> the
        #: longest seconds seen. The governor takes them out and says so (rules run inside
        #: it, so every agent's calls waited); the decisions do not depend on it.
        self.slow_rules: dict[tuple[str, str], float] = {}

    @staticmethod
    def prices_for(config: PolicyConfig, *, use_table: bool = True) -> PriceTable:
        """A :class:`PriceTable` with the policy's ``[prices]`` overrides and provider kinds."""
        overrides = {
            ref: PriceOverride.from_usd(
                p.input_per_mtok,
                p.output_per_mtok,
                p.cached_input_per_mtok,
                p.cache_write_per_mtok,
                p.cache_write_long_per_mtok,
                p.web_search_per_k,
            )
            for ref, p in config.prices.items()
        }
        return PriceTable(overrides, provider_kinds=config.provider_kinds(), use_table=use_table)

    def __repr__(self) -> str:
        return (
            f"<PolicyEngine budgets={len(self._budgets)} stream_rules={len(self._text_rules)} "
            f"python_rules={len(self.rules)} windows={len(self._windows)}>"
        )

    # -- budget limits for the store ---------------------------------------------------------

    def limits_for(self, scope: Scope) -> Amounts | None:
        """The enforced budget of a scope's kind, for ``Ledger.set_limit``/stores; else None.

        Zero fields mean *no limit* (the :class:`Amounts` convention of ``set_limit``); a budget
        of zero in the file is returned as ``Limits`` by :meth:`budget_limits` instead.
        """
        limits = self.budget_limits(scope)
        if limits is None:
            return None
        return Amounts(limits.cost or 0, limits.tokens or 0, limits.calls or 0)

    def budget_limits(self, scope: Scope) -> Limits | None:
        """The enforced budget of a scope as :class:`~policies.Limits` (with window), or None."""
        budget = self.config.budgets.get(scope.kind)
        if budget is None or budget.mode != "enforce":
            return None
        return Limits(budget.cost, budget.tokens, budget.calls, budget.window)

    # -- rate windows ----------------------------------------------------------------------------

    def _window(self, *key: str) -> SlidingWindow:
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = SlidingWindow(60.0)
        return window

    def forget_session(self, session: str) -> None:
        """Drop the rate-window state of a finished session."""
        for key in [k for k in self._windows if k[1] == session]:
            del self._windows[key]

    # -- pre-call --------------------------------------------------------------------------------

    def pre_call(self, ctx: CallContext) -> Permit | Refuse | Escalation:
        """Decide whether an LLM call may run, on which model, with which ``max_tokens``.

        Returns:
            A :class:`Permit` (reserve its ``reservation`` then run), a :class:`Refuse` (typed
            ``kind``, fallback) or an :class:`Escalation` (ask a person; ``permit`` is what
            runs on approval; for a call that does not fit its budgets, ``grant`` is the room
            an approval grants it).
        """
        return self._pre_call(ctx, True)  # type: ignore[return-value]

    def pre_call_unfitted(self, ctx: CallContext) -> Unfitted | Refuse | None:
        """:meth:`pre_call` without the budgets' fit, for a caller that reserves first:
        everything that needs no balance (rules, reroutes, limits, price, prompt estimate,
        the worst case, shadow budgets, tokens per minute), ``ctx.balances`` unread.

        Valid only when the store the worst case is reserved on holds every enforced budget
        of the call's scopes (its atomic check is then the fit), and no Python rule has a
        ``pre_call`` (it may read ``ctx.balances``).

        Returns:
            An :class:`Unfitted` (reserve it; then :meth:`fitted`; counted in the per-minute
            windows as an admitted call, see :meth:`unclaim`), a :class:`Refuse` decided
            before the budgets (as :meth:`pre_call` would), or None when the answer may
            depend on the balances (an escalation, a per-minute limit on the worst case):
            then ask :meth:`pre_call` with them.
        """
        return self._pre_call(ctx, False)  # type: ignore[return-value]

    def fitted(
        self, ctx: CallContext, unfitted: Unfitted, balances: Mapping[Scope, Balance]
    ) -> Permit:
        """The permit of an :class:`Unfitted` call whose worst case the store reserved, given
        ``balances``, the scopes' balances right after that reservation (which holds it):
        with the budgets' ``warn_at`` warnings (each once per scope) that :meth:`pre_call`
        would have given on the balances just before it."""
        permit = unfitted.permit
        warn_budgets = self._warn_budgets
        if not warn_budgets:
            return permit
        cost = permit.reservation.cost
        warned = self._warned
        decisions: list[Decision] = []
        for scope in ctx.scopes():
            budget = warn_budgets.get(scope.kind)
            if budget is None or (scope.kind, scope.id) in warned:
                continue
            balance = balances.get(scope)
            # Used before this call, as _fit counts it: its own reservation taken off.
            used = (
                0
                if balance is None
                else balance.spent.cost + balance.reserved.cost - balance.granted.cost - cost
            )
            limit = budget.cost
            assert limit is not None
            self._warn(scope, budget.warn_at, limit, used, cost, decisions)
        if not decisions:
            return permit
        at = unfitted.at
        return Permit(
            model_ref=permit.model_ref,
            max_tokens=permit.max_tokens,
            reservation=permit.reservation,
            input_tokens=permit.input_tokens,
            decisions=(*permit.decisions[:at], *decisions, *permit.decisions[at:]),
            rerouted_from=permit.rerouted_from,
        )

    def _pre_call(
        self, ctx: CallContext, fit: bool
    ) -> Permit | Refuse | Escalation | Unfitted | None:
        """:meth:`pre_call` (``fit``) or :meth:`pre_call_unfitted` (not ``fit``)."""
        decisions: list[Decision] = []
        model = ctx.model_ref
        max_tokens = (
            ctx.max_tokens
            if ctx.max_tokens is not None
            else (self.config.limits.default_max_tokens)
        )
        rerouted_from: str | None = None
        rerouted_by = ""  # who rerouted it, for a refusal to name
        held: Decision | None = None  # an Escalate to ask about once the permit is known

        for rule in self._pre_call_rules:
            decision = _consult(
                rule,
                "pre_call",
                rule.pre_call,
                ctx,
                about={"model": ctx.model_ref},
                slow=self.slow_rules,
                clock=self._clock,
            )
            if decision is not None:
                decisions.append(decision)
        if decisions:
            worst = most_severe(decisions)
            if isinstance(worst, Reroute):
                rerouted_from, model = model, worst.model
                rerouted_by = f"the rule {worst.rule!r}"
                if worst.max_tokens is not None:
                    if ctx.reasoning_tokens and worst.max_tokens <= ctx.reasoning_tokens:
                        # Thinking counts inside max_tokens: the call could not run as asked.
                        refused = Interrupt(
                            rule=worst.rule,
                            reason=f"The rule {worst.rule!r} reroutes the call to {worst.model} "
                            f"with max_tokens={worst.max_tokens}, which leaves no room for its "
                            f"thinking budget of {ctx.reasoning_tokens} tokens (thinking counts "
                            "inside max_tokens). Give the Reroute a max_tokens above the budget "
                            "(ctx.reasoning_tokens) or none, or ask for less reasoning.",
                            numbers={
                                "to": worst.model,
                                "max_tokens": worst.max_tokens,
                                "reasoning_tokens": ctx.reasoning_tokens,
                            },
                        )
                        decisions.append(refused)
                        return self._refuse("rule", refused, decisions)
                    max_tokens = worst.max_tokens
            elif isinstance(worst, Escalate):
                held = worst
            elif worst.severity >= Interrupt.severity:
                # Most severe wins across Python and file rules: a limit whose action stops
                # the agent or the session outranks a rule's refusal (a tie goes to the rule).
                limit = self._check_limits(ctx, decisions) if self._any_limit else None
                if limit is not None and limit.severity > worst.severity:
                    return self._refuse_limit(limit, decisions)
                return self._refuse("rule", worst, decisions)

        always = self._always.get(model)
        if always is not None:
            target, mode = always
            decision = Reroute(
                rule="reroute",
                mode=mode,
                model=target,
                reason=f"The policy routes {model} to {target}.",
                numbers={"from": model, "to": target},
            )
            decisions.append(decision)
            if mode == "enforce":
                rerouted_from, model = rerouted_from or model, target
                rerouted_by = "a [[reroute]] rule (when = 'always')"

        limit = self._check_limits(ctx, decisions) if self._any_limit else None
        if limit is not None:
            if isinstance(limit, Escalate):
                held = held or limit
            else:
                return self._refuse_limit(limit, decisions)

        try:
            price = self._call_price(model, ctx)
        except UnknownPrice as exc:
            reason = exc.summary
            numbers: Numbers = {"model": model}
            if rerouted_from is not None:
                # Say who sent the call there: the model the agent asked for may be priced.
                reason += f" The call was rerouted to it from {rerouted_from} by {rerouted_by}."
                numbers = {"model": model, "rerouted_from": rerouted_from}
            decision = Interrupt(rule="prices", reason=reason, numbers=numbers)
            decisions.append(decision)
            return Refuse(kind="unknown_price", decision=decision, decisions=tuple(decisions))

        input_tokens = ctx.input_tokens
        if input_tokens is None:
            input_tokens = estimate_prompt_tokens(ctx.messages, ctx.tools, model=model)

        verdict = self._budget(ctx, model, price, input_tokens, max_tokens, decisions, fit)
        at = len(decisions)  # where the budgets' decisions end (see Unfitted.at)
        if not isinstance(verdict, Permit):
            if (
                isinstance(verdict, Escalation)
                and verdict.permit is not None
                and rerouted_from is not None
            ):
                # The call a grant would run was rerouted before the budget: it says so.
                permit = replace(verdict.permit, rerouted_from=rerouted_from)
                return replace(verdict, permit=permit)
            return verdict
        if rerouted_from is not None and verdict.rerouted_from is None:
            verdict = Permit(
                model_ref=verdict.model_ref,
                max_tokens=verdict.max_tokens,
                reservation=verdict.reservation,
                input_tokens=verdict.input_tokens,
                decisions=verdict.decisions,
                rerouted_from=rerouted_from,
            )

        if self.config.limits.tokens_per_minute is not None:
            over = self._tokens_per_minute(ctx, verdict.reservation.tokens, decisions)
            if over is not None:
                if not fit:
                    return None  # with the balances, the worst case may be lowered first
                decision, retry_after = over
                if isinstance(decision, Escalate):
                    held = held or decision
                else:
                    return self._refuse("rate", decision, decisions, retry_after)
            if len(decisions) > len(verdict.decisions):
                # A warning or a shadow decision on the tokens per minute: it goes with the
                # permit to be recorded (the permit's decisions were taken before it).
                verdict = Permit(
                    model_ref=verdict.model_ref,
                    max_tokens=verdict.max_tokens,
                    reservation=verdict.reservation,
                    input_tokens=verdict.input_tokens,
                    decisions=tuple(decisions),
                    rerouted_from=verdict.rerouted_from,
                )

        if held is not None:
            if not fit:
                return None  # the permit asked about is the one fitted to the balances
            return Escalation(
                question=held.question if isinstance(held, Escalate) else held.reason,
                evidence=held.numbers,
                decision=held,
                permit=verdict,
                decisions=verdict.decisions,
            )
        if self._rated:
            self._claim(ctx, verdict.reservation.tokens)
            if self._lines:
                self.stop_waiting(ctx)
        if not fit:
            return Unfitted(verdict, at)
        return verdict

    def _claim(self, ctx: CallContext, tokens: int) -> None:
        """Count an admitted call in the per-minute windows (its worst-case tokens; post_call
        corrects them), remembering the entries so that :meth:`unclaim` can take them back."""
        limits = self.config.limits
        calls: list[tuple[SlidingWindow, list[float | int]]] = []
        if limits.calls_per_minute is not None:
            window = self._window("calls", ctx.session)
            calls.append((window, window.add(ctx.now, 1)))
        if limits.agent_calls_per_minute is not None:
            window = self._window("agent_calls", ctx.session, ctx.agent)
            calls.append((window, window.add(ctx.now, 1)))
        tokens_entry: tuple[SlidingWindow, list[float | int]] | None = None
        if limits.tokens_per_minute is not None:
            window = self._window("tokens", ctx.session)
            tokens_entry = (window, window.add(ctx.now, tokens))
        self._claims[ctx.call_id] = (tokens_entry, calls)

    def unclaim(self, call_id: str) -> None:
        """Take an admitted call back out of the per-minute windows: it was never sent (the
        store refused or failed its reserve, or its agent was stopped meanwhile), so it must
        not hold a place a later call needs. A no-op for a call not counted."""
        claim = self._claims.pop(call_id, None)
        if claim is not None:
            tokens_entry, calls = claim
            if tokens_entry is not None:
                tokens_entry[0].adjust(tokens_entry[1], 0)
            for window, entry in calls:
                window.adjust(entry, 0)

    def refit(self, ctx: CallContext, permit: Permit) -> Permit | Refuse:
        """Fit the permit of an escalated LLM call a person approved to the budgets as they
        are now (``ctx.balances``), before :meth:`approved` and the reservation.

        The permit was computed when the person was asked; other calls may have spent the
        room since. A call that still fits keeps its permit. One that no longer does gets what
        ``on_shortfall`` allows without going beyond what the person approved: a lower
        ``max_tokens`` on the same model (``lower_max_tokens``), never a reroute to another
        model nor a second question. Otherwise it is refused as a budget refusal, with the
        policy's shortfall fallback, saying the room went while the person decided.
        """
        if not self._budgets:
            return permit
        decisions: list[Decision] = []
        fit = self._fit(ctx, decisions, permit.reservation)
        if self._fits(fit, permit.reservation):
            return permit
        scope, dimension, shown_needed, shown_left, numbers = self._shortfall_terms(
            fit, permit.reservation, permit.model_ref, permit.max_tokens, permit.input_tokens
        )
        reason = (
            f"Approved, but while the person decided the {scope.kind} budget {scope.key()!r} "
            f"came down to {shown_left} left, and this call's worst case is {shown_needed}."
        )
        rule = f"budgets.{scope.kind}.{dimension}"
        shortfall = self.config.on_shortfall
        if "lower_max_tokens" in shortfall.steps and shortfall.mode == "enforce":
            try:
                price = self._call_price(permit.model_ref, ctx)
            except UnknownPrice:  # priced when the permit was made; cannot happen
                price = None
            lowered = (
                None
                if price is None
                else self._lowered(
                    fit, price, permit.input_tokens, permit.max_tokens, ctx.reasoning_tokens
                )
            )
            if price is not None and lowered is not None:
                decisions.append(
                    Warn(
                        rule=rule,
                        reason=f"{reason} max_tokens lowered from {permit.max_tokens} to "
                        f"{lowered}.",
                        numbers={**numbers, "lowered_max_tokens": lowered},
                    )
                )
                reservation = self._worst(price, permit.input_tokens, lowered)
                return Permit(
                    model_ref=permit.model_ref,
                    max_tokens=lowered,
                    reservation=reservation,
                    input_tokens=permit.input_tokens,
                    decisions=(*permit.decisions, *decisions),
                    rerouted_from=permit.rerouted_from,
                )
        decision = Interrupt(rule=rule, reason=reason, numbers=numbers, fallback=shortfall.fallback)
        decisions.append(decision)
        return Refuse(
            kind="budget",
            decision=decision,
            fallback=shortfall.fallback,
            decisions=tuple(decisions),
        )

    def approved(self, ctx: CallContext, permit: Permit) -> Refuse | None:
        """Re-check an escalated LLM call a person approved, just before it is admitted, and
        count it in the per-minute windows as :meth:`pre_call` counts the calls it admits.

        The person approved what they were asked, not a way around every other limit: a call
        count, step or per-minute limit reached while they decided (other calls ran, or the
        same agent's calls were held together) refuses the call. A limit whose action is
        ``escalate`` counts as approved. ``ctx`` carries the current counters and time.

        Returns:
            The refusal, or None when the call may be admitted (then it is counted; see
            :meth:`unclaim` for a call that is not sent after all).
        """
        decisions: list[Decision] = []
        limit = self._check_limits(ctx, decisions) if self._any_limit else None
        if limit is not None and not isinstance(limit, Escalate):
            return self._refuse_limit(limit, decisions)
        if self.config.limits.tokens_per_minute is not None:
            over = self._tokens_per_minute(ctx, permit.reservation.tokens, decisions)
            if over is not None and not isinstance(over[0], Escalate):
                return self._refuse("rate", over[0], decisions, over[1])
        if self._rated:
            self._claim(ctx, permit.reservation.tokens)
            if self._lines:
                self.stop_waiting(ctx)
        return None

    def waiting(self, ctx: CallContext, refusal: Refuse, retry_after: float) -> None:
        """The governor lets the call ``refusal`` refused wait for room, to ask again (as
        ``ctx.first_call_id``) after ``retry_after`` seconds.

        Refused by ``tokens_per_minute``, the call takes (or keeps) its place in the
        session's line: later calls are then admitted only where they leave the room every
        call before them needs, so a large call is not passed over by smaller ones forever.
        It keeps its place until ``retry_after`` plus :data:`WAIT_PLACE_KEPT_S` seconds from
        ``ctx.now``, each ask again renewing it. Refused by another per-minute limit (its
        agent's calls per minute, say), it waits for that, not for the session's tokens, and
        holds no room meanwhile: it leaves the line, so that one agent's limit does not stop
        every other agent's calls.
        """
        if refusal.decision.rule != "limits.tokens_per_minute":
            if self._lines:
                self.stop_waiting(ctx)
            return
        tokens = refusal.decision.numbers.get("needed")
        if not isinstance(tokens, int):
            return
        until = ctx.now + retry_after + WAIT_PLACE_KEPT_S
        line = self._lines.setdefault(ctx.session, {})
        place = line.get(ctx.first_call_id or ctx.call_id)
        if place is None:
            line[ctx.first_call_id or ctx.call_id] = [tokens, until]
        else:  # its place kept, for what it needs now (a reroute may have changed it)
            place[0], place[1] = tokens, until

    def stop_waiting(self, ctx: CallContext) -> None:
        """The call ``ctx`` is no longer waiting (admitted, or refused for good): it gives up
        its place in line. A no-op for a call that held none."""
        line = self._lines.get(ctx.session)
        if line is None:
            return
        line.pop(ctx.first_call_id or ctx.call_id, None)
        if not line:
            del self._lines[ctx.session]

    def _ahead(self, ctx: CallContext) -> int:
        """The tokens the calls waiting in line before ``ctx``'s (all, for a call not in line)
        need; places not renewed in time are given up here."""
        line = self._lines.get(ctx.session)
        if line is None:
            return 0
        me = ctx.first_call_id or ctx.call_id
        now = ctx.now
        ahead = 0.0
        lapsed: list[str] | None = None
        for place, (tokens, until) in line.items():
            if place == me:
                break
            if until < now:
                lapsed = lapsed or []
                lapsed.append(place)
            else:
                ahead += tokens
        if lapsed:
            for place in lapsed:
                del line[place]
            if not line:
                del self._lines[ctx.session]
        return int(ahead)

    def _tokens_per_minute(
        self, ctx: CallContext, tokens: int, decisions: list[Decision]
    ) -> tuple[Decision, float | None] | None:
        """``limits.tokens_per_minute`` for a call whose worst case is ``tokens``: the decision
        (added to ``decisions``) and when to retry, if it blocks (an escalation included).

        A call whose worst case alone is over the limit can never fit, however long it waits:
        it gets no retry time (``rate_wait_seconds`` does not make it wait a minute for
        nothing), and the reason says to lower its ``max_tokens``.
        """
        tpm = self.config.limits.tokens_per_minute
        assert tpm is not None
        window = self._window("tokens", ctx.session)
        # First come, first served: the room the calls waiting before this one need is not
        # this one's to take (see waiting()).
        ahead = self._ahead(ctx) if self._lines else 0
        limited = window.check(ctx.now, tokens + ahead, tpm)
        if limited is None:
            return None
        retry_after: float | None = limited.retry_after
        alone = window.check(ctx.now, tokens, tpm) if ahead else limited
        behind = alone is None  # it would fit now, but for the calls waiting before it
        if ahead and tokens <= tpm and tokens + ahead > tpm:
            # Room for it and all of them never comes at once; it comes for it once they are
            # admitted: asked again when room for it alone may come, and soon if there is some.
            retry_after = max(alone.retry_after if alone else 0.0, IN_FLIGHT_RECHECK_S)
        elif tokens <= tpm and limited.retry_after > IN_FLIGHT_RECHECK_S:
            # Calls in flight count at their worst case until they settle; if settling them
            # could make room, room may come sooner than the window's clock says.
            in_flight = self._in_flight_tokens(window, ctx.now)
            if in_flight and limited.current - in_flight + tokens + ahead <= tpm:
                retry_after = IN_FLIGHT_RECHECK_S
        if tokens > tpm:
            retry_after = None
            reason = (
                f"This call alone may use {tokens:,} tokens (its prompt and max_tokens), more "
                f"than the session's {tpm:,} tokens per minute, so it can never fit; lower its "
                "max_tokens or raise limits.tokens_per_minute."
            )
        elif behind:
            reason = (
                f"Calls that asked earlier are waiting for room under the session's {tpm:,} "
                "tokens per minute; this one is served after them."
            )
        else:
            reason = f"The session would use more than {tpm:,} tokens per minute."
        numbers: dict[str, float | int | str] = {
            "tokens_last_minute": limited.current,
            "needed": tokens,
            "limit": tpm,
        }
        if ahead:
            numbers["waiting_before"] = ahead
        decision = self._limit_decision("limits.tokens_per_minute", reason, numbers)
        decisions.append(decision)
        if decision.enforced and not isinstance(decision, Warn):
            return decision, retry_after
        return None

    def _in_flight_tokens(self, window: SlidingWindow, now: float) -> int:
        """The worst-case tokens that calls not settled yet hold in ``window`` (the part a
        settle may give back)."""
        cutoff = now - window.period
        held = 0
        for tokens_entry, _calls in self._claims.values():
            if tokens_entry is not None and tokens_entry[0] is window:
                entry = tokens_entry[1]
                if entry[0] > cutoff:
                    held += int(entry[1])
        return held

    def unpriced(self, model: str) -> UnknownPrice | None:
        """Why every call to ``model`` would be refused for want of a price; None when it is
        priced, when an enforced reroute always sends it to a model that is, or when a Python
        rule may reroute it (what a rule does is known only per call)."""
        if self._pre_call_rules:
            return None
        always = self._always.get(model)
        if always is not None and always[1] == "enforce":
            model = always[0]
        try:
            self.prices.price(model)
        except UnknownPrice as exc:
            return exc
        except InvalidModelRef:  # not a model reference: the router says so
            return None
        return None

    def _call_price(self, model: str, ctx: CallContext) -> ModelPrice:
        """``model``'s price for this call's worst case: a prompt the request asks to write to
        the provider's cache is priced at the cache write price where that is higher, and the
        fees of the server-side web searches its tools allow are added.

        Raises:
            UnknownPrice: The request offers a web search tool and the price of a search is
                unknown.
        """
        price = self.prices.price(model)
        writes = cache_writes(ctx.messages, ctx.tools)
        if writes is not None:
            price = price.writing_cache(long=writes == "1h")
        if ctx.tools:
            searches = web_searches(ctx.tools)
            if searches and price.web_search is None:
                raise UnknownSearchPrice(model, searches)
            price = price.searching(searches)
        return price

    def _limit_decision(self, rule: str, reason: str, numbers: Numbers) -> Decision:
        limits = self.config.limits
        return _decide(
            limits.action,
            rule=rule,
            mode=limits.mode,
            reason=reason,
            numbers=numbers,
            fallback=limits.fallback,
        )

    def session_time_up(self, started: float | None, now: float) -> Decision | None:
        """The ``limits.max_session_seconds`` decision for a session that started at
        ``started`` (on the clock of ``now``), or None while it has time left (or no limit)."""
        found = self._out_of_time(started, now)
        return None if found is None else self._limit_decision(*found)

    def _out_of_time(self, started: float | None, now: float) -> tuple[str, str, Numbers] | None:
        limit = self.config.limits.max_session_seconds
        if limit is None or started is None or now - started < limit:
            return None
        return (
            "limits.max_session_seconds",
            f"The session has run {now - started:.1f}s of its {limit:g}s.",
            {"elapsed_s": round(now - started, 3), "limit_s": limit},
        )

    def _check_limits(self, ctx: CallContext, decisions: list[Decision]) -> Decision | None:
        """Wall clock, call and step counts, calls per minute. Returns a blocking decision."""
        if not self._any_limit:
            return None
        limits = self.config.limits
        c = ctx.counters
        found: list[tuple[str, str, Numbers]] = []
        out_of_time = self._out_of_time(c.session_started, ctx.now)
        if out_of_time is not None:
            found.append(out_of_time)
        for name, attr, cap, what in self._count_caps:
            value = getattr(c, attr)
            if value >= cap:
                found.append(
                    (
                        f"limits.{name}",
                        f"The limit of {cap} {what} is reached.",
                        {"count": value, "limit": cap},
                    )
                )
        cpm = limits.calls_per_minute
        if cpm is not None:
            limited = self._window("calls", ctx.session).check(ctx.now, 1, cpm)
            if limited is not None:
                found.append(
                    (
                        "limits.calls_per_minute",
                        f"The session has made {limited.current} calls in the last minute (limit {cpm}).",
                        {
                            "calls_last_minute": limited.current,
                            "limit": cpm,
                            "retry_after_s": round(limited.retry_after, 3),
                        },
                    )
                )
        apm = limits.agent_calls_per_minute
        if apm is not None:
            limited = self._window("agent_calls", ctx.session, ctx.agent).check(ctx.now, 1, apm)
            if limited is not None:
                found.append(
                    (
                        "limits.agent_calls_per_minute",
                        f"The agent has made {limited.current} calls in the last minute (limit {apm}).",
                        {
                            "calls_last_minute": limited.current,
                            "limit": apm,
                            "retry_after_s": round(limited.retry_after, 3),
                        },
                    )
                )
        blocking: Decision | None = None
        for rule, reason, numbers in found:
            decision = self._limit_decision(rule, reason, numbers)
            decisions.append(decision)
            if decision.mode == "enforce" and not isinstance(decision, Warn) and blocking is None:
                blocking = decision
        return blocking

    def _fit(self, ctx: CallContext, decisions: list[Decision], worst: Amounts) -> _Fit:
        """Remaining room per dimension over the enforced budgets; shadow budgets record."""
        fit = _Fit()
        balances = ctx.balances
        for scope in ctx.scopes():
            budget = self.config.budgets.get(scope.kind)
            if budget is None:
                continue
            balance = balances.get(scope)
            if balance is None:
                s_cost = s_tokens = s_calls = 0
            else:
                s_cost = balance.spent.cost + balance.reserved.cost
                s_tokens = balance.spent.tokens + balance.reserved.tokens
                s_calls = balance.spent.calls + balance.reserved.calls
                granted = balance.granted
                if granted.cost or granted.tokens or granted.calls:
                    # Room people granted counts as the budget's: take it off what is used.
                    s_cost -= granted.cost
                    s_tokens -= granted.tokens
                    s_calls -= granted.calls
            if budget.mode == "shadow":
                if (
                    (budget.cost is not None and s_cost + worst.cost > budget.cost)
                    or (budget.tokens is not None and s_tokens + worst.tokens > budget.tokens)
                    or (budget.calls is not None and s_calls + worst.calls > budget.calls)
                ):
                    decisions.append(
                        Interrupt(
                            rule=f"budgets.{scope.kind}",
                            mode="shadow",
                            reason=f"The {scope.kind} budget {scope.key()!r} would not fit this call.",
                            numbers={
                                "scope": scope.key(),
                                "needed_cost": worst.cost,
                                "used_cost": s_cost,
                            },
                        )
                    )
                continue
            if budget.cost is not None:
                left = budget.cost - s_cost
                if fit.cost is None or left < fit.cost:
                    fit.cost, fit.cost_scope = left, scope
                if (
                    budget.warn_at
                    and (scope.kind, scope.id) not in self._warned
                    and (s_cost + worst.cost > budget.warn_at * budget.cost)
                ):
                    # Decided once the call's admitted worst case is known (_warn_at): a call
                    # refused, or lowered to fit, must not use the one warning up early.
                    if fit.warn is None:
                        fit.warn = []
                    fit.warn.append((scope, budget.warn_at, budget.cost, s_cost))
            if budget.tokens is not None:
                left = budget.tokens - s_tokens
                if fit.tokens is None or left < fit.tokens:
                    fit.tokens, fit.tokens_scope = left, scope
            if budget.calls is not None:
                left = budget.calls - s_calls
                if fit.calls is None or left < fit.calls:
                    fit.calls, fit.calls_scope = left, scope
        return fit

    def _warn_at(self, fit: _Fit, cost: int, decisions: list[Decision]) -> None:
        """The budgets' ``warn_at`` warnings for a call admitted with a worst case of ``cost``
        (each once per scope): only a call that is admitted, at the cost it is admitted with,
        moves a budget past its mark."""
        if fit.warn is None:
            return
        for scope, warn_at, limit, used in fit.warn:
            self._warn(scope, warn_at, limit, used, cost, decisions)

    def _warn(
        self,
        scope: Scope,
        warn_at: float,
        limit: int,
        used: int,
        cost: int,
        decisions: list[Decision],
    ) -> None:
        """The warning that ``scope``'s budget (a cost ``limit``) is past its mark ``warn_at``
        once a call of worst case ``cost`` is admitted on ``used``, if it is and the scope
        was not warned yet."""
        key = (scope.kind, scope.id)
        if key in self._warned or used + cost <= warn_at * limit:
            return
        self._warned.add(key)
        # The share used, rounded down: never shown as past the mark when it is not.
        share = (used + cost) * 100 // limit if limit else 100
        decisions.append(
            Warn(
                rule=f"budgets.{scope.kind}.warn_at",
                reason=f"The {scope.kind} budget {scope.key()!r} is {share}% used "
                f"(counting this call's worst case), past its warning mark of {warn_at:.0%}.",
                numbers={
                    "scope": scope.key(),
                    "dimension": "cost",
                    "used": used,
                    "worst_case": cost,
                    "limit": limit,
                },
            )
        )

    @staticmethod
    def _worst(price: ModelPrice, input_tokens: int, max_tokens: int) -> Amounts:
        return Amounts(price.cost(input_tokens, max_tokens), input_tokens + max_tokens, 1)

    @staticmethod
    def _fits(fit: _Fit, worst: Amounts) -> bool:
        return (
            (fit.cost is None or worst.cost <= fit.cost)
            and (fit.tokens is None or worst.tokens <= fit.tokens)
            and (fit.calls is None or worst.calls <= fit.calls)
        )

    def _lowered(
        self, fit: _Fit, price: ModelPrice, input_tokens: int, max_tokens: int, thinking: int = 0
    ) -> int | None:
        """The largest ``max_tokens`` that fits, if at least the configured minimum and above
        the call's thinking budget ``thinking`` (which counts inside it)."""
        best = self._fitting_max_tokens(fit, price, input_tokens, max_tokens)
        if best is None:
            return None
        floor = min(self.config.on_shortfall.min_max_tokens, max_tokens)
        if best < max(floor, 1, thinking + 1):
            return None
        return best

    @staticmethod
    def _fitting_max_tokens(
        fit: _Fit, price: ModelPrice, input_tokens: int, max_tokens: int
    ) -> int | None:
        """The largest ``max_tokens`` the budgets hold (at most ``max_tokens``; below 1 when
        not even the prompt fits), whatever the minimum; None when no call is left."""
        if fit.calls is not None and fit.calls < 1:
            return None
        best = max_tokens
        if fit.cost is not None:
            best = min(best, price.max_output_tokens(max(fit.cost, 0), input_tokens))
        if fit.tokens is not None:
            best = min(best, fit.tokens - input_tokens)
        return best

    def _budget(
        self,
        ctx: CallContext,
        model: str,
        price: ModelPrice,
        input_tokens: int,
        max_tokens: int,
        decisions: list[Decision],
        fit_now: bool = True,
    ) -> Permit | Refuse | Escalation:
        # (_worst, without the call)
        worst = Amounts(price.cost(input_tokens, max_tokens), input_tokens + max_tokens, 1)
        if not self._budgets or not fit_now:
            if self._shadow_budgets and not fit_now:
                # Reserving first: the shadow budgets' records, as _fit gives them (no balance
                # of a shadow budget's scope is read: none is on the store); the enforced
                # budgets' fit is the store's reserve, their warnings come after (fitted).
                self._fit(ctx, decisions, worst)
            return Permit(
                model_ref=model,
                max_tokens=max_tokens,
                reservation=worst,
                input_tokens=input_tokens,
                decisions=tuple(decisions),
            )
        fit = self._fit(ctx, decisions, worst)
        if self._fits(fit, worst):
            self._warn_at(fit, worst.cost, decisions)
            return Permit(
                model_ref=model,
                max_tokens=max_tokens,
                reservation=worst,
                input_tokens=input_tokens,
                decisions=tuple(decisions),
            )

        # It does not fit: name the binding scope and try the remedies in order.
        scope, dimension, shown_needed, shown_left, numbers = self._shortfall_terms(
            fit, worst, model, max_tokens, input_tokens
        )
        reason = (
            f"The {scope.kind} budget {scope.key()!r} has {shown_left} left and this call's worst "
            f"case is {shown_needed}."
        )
        shortfall = self.config.on_shortfall
        tried: list[str] = []  # shortfall reroute targets passed over (see _reroute)
        rule = f"budgets.{scope.kind}.{dimension}"
        remedy_mode: Mode = shortfall.mode
        for step in shortfall.steps:
            if step == "lower_max_tokens":
                lowered = self._lowered(fit, price, input_tokens, max_tokens, ctx.reasoning_tokens)
                if (
                    lowered is None
                    and ctx.reasoning_tokens
                    and self._lowered(fit, price, input_tokens, max_tokens) is not None
                ):
                    reason += (
                        " max_tokens cannot be lowered to fit: the call's thinking budget of "
                        f"{ctx.reasoning_tokens} tokens counts inside it."
                    )
                    numbers["reasoning_tokens"] = ctx.reasoning_tokens
                elif lowered is None:
                    fitting = self._fitting_max_tokens(fit, price, input_tokens, max_tokens)
                    floor = min(shortfall.min_max_tokens, max_tokens)
                    if fitting is not None and 1 <= fitting < floor:
                        # Say why the remedy the policy names did not apply.
                        reason += (
                            f" max_tokens could be lowered only to {fitting}, below "
                            f"on_shortfall.min_max_tokens ({shortfall.min_max_tokens})."
                        )
                        numbers["fitting_max_tokens"] = fitting
                if lowered is not None:
                    decision: Decision = Warn(
                        rule=rule,
                        mode=remedy_mode,
                        reason=f"{reason} max_tokens lowered from {max_tokens} to {lowered}.",
                        numbers={**numbers, "lowered_max_tokens": lowered},
                    )
                    decisions.append(decision)
                    if remedy_mode == "enforce":
                        reservation = self._worst(price, input_tokens, lowered)
                        self._warn_at(fit, reservation.cost, decisions)
                        return Permit(
                            model_ref=model,
                            max_tokens=lowered,
                            reservation=reservation,
                            input_tokens=input_tokens,
                            decisions=tuple(decisions),
                        )
            elif step == "reroute":
                permit = self._reroute(
                    ctx,
                    model,
                    input_tokens,
                    max_tokens,
                    fit,
                    rule,
                    reason,
                    numbers,
                    decisions,
                    remedy_mode,
                    "lower_max_tokens" in shortfall.steps,
                    tried,
                )
                if permit is not None:
                    return permit
            elif step == "escalate":
                grant = self._grant_needed(ctx, worst)
                lacks = max((a.cost for a in grant.values()), default=0)
                cap = shortfall.max_grant_usd
                if cap is not None and lacks > cap:
                    # Too much to ask for: the next step applies, and the reason says why.
                    reason += (
                        f" Nobody was asked to grant the {format_usd(lacks)} it lacks: that is "
                        f"above on_shortfall.max_grant_usd ({format_usd(cap)})."
                    )
                    numbers["max_grant_usd"] = cap
                    continue
                text = describe_grant(grant, self._granted_limits(ctx, grant))
                asked = {
                    **numbers,
                    "grant": text,
                    "worst_case_cost": worst.cost,
                }
                question = (
                    f"{shortfall.question} Approving grants {text} so this call "
                    f"({model}, max_tokens={max_tokens}, worst case {format_usd(worst.cost)}) "
                    "can run."
                )
                decision = Escalate(
                    rule=rule,
                    mode=remedy_mode,
                    reason=reason,
                    numbers=asked,
                    question=question,
                    evidence=asked,
                )
                decisions.append(decision)
                if remedy_mode != "enforce":
                    continue  # recorded only: nobody is asked, the next step applies
                return Escalation(
                    question=question,
                    evidence=asked,
                    decision=decision,
                    permit=Permit(
                        model_ref=model,
                        max_tokens=max_tokens,
                        reservation=worst,
                        input_tokens=input_tokens,
                        decisions=tuple(decisions),
                    ),
                    decisions=tuple(decisions),
                    fallback=shortfall.fallback,
                    grant=grant,
                )
            else:
                break
        if tried:
            # Which cheaper models were passed over, and why: otherwise a refusal under a
            # policy that reroutes reads as if the reroute had never been looked at.
            reason += f" Rerouting was tried: {'; '.join(tried)}."
            numbers["reroute_tried"] = "; ".join(tried)
        decision = Interrupt(rule=rule, reason=reason, numbers=numbers, fallback=shortfall.fallback)
        decisions.append(decision)
        return Refuse(
            kind="budget",
            decision=decision,
            fallback=shortfall.fallback,
            decisions=tuple(decisions),
        )

    def _grant_needed(self, ctx: CallContext, worst: Amounts) -> dict[Scope, Amounts]:
        """By how much each enforced budget that ``worst`` does not fit must rise, per
        dimension (a dimension without a limit never needs to), for the call to fit it: the
        ledger's own rule (``grant_needed``) on the balances the call was decided on."""
        needs: dict[Scope, Amounts] = {}
        for scope in ctx.scopes():
            budget = self.config.budgets.get(scope.kind)
            if budget is None or budget.mode == "shadow":
                continue
            balance = ctx.balances.get(scope)
            if balance is None:
                used = granted = _NOTHING
            else:
                used = balance.spent + balance.reserved
                granted = balance.granted
            need = grant_needed(_policy_limits(budget), granted, used, worst)
            if not need.is_zero():
                needs[scope] = need
        return needs

    def _granted_limits(
        self, ctx: CallContext, grant: Mapping[Scope, Amounts]
    ) -> dict[Scope, Limits]:
        """The limits now (the policy's plus what was granted before) of the scopes in
        ``grant``, for a person to read."""
        limits: dict[Scope, Limits] = {}
        for scope in grant:
            balance = ctx.balances.get(scope)
            limits[scope] = raised_limits(
                _policy_limits(self.config.budgets[scope.kind]),
                balance.granted if balance is not None else _NOTHING,
            )
        return limits

    def regrant(
        self, ctx: CallContext, permit: Permit, grant: Mapping[Scope, Amounts]
    ) -> Refuse | None:
        """Check an escalated call a person approved granting ``grant`` against the budgets
        as they are now (``ctx.balances``), before it is reserved with that grant.

        Others may have spent while the person decided: the call may now need more than
        they approved, and nobody may grant more than that. Returns None when it fits within
        the approved grant (or without any), else a budget refusal with the policy's shortfall
        fallback saying the approved grant no longer covers what the call lacks.
        """
        if not self._budgets:
            return None
        needs = self._grant_needed(ctx, permit.reservation)
        over = {
            scope: need
            for scope, need in needs.items()
            if (approved := grant.get(scope)) is None or not grant_covers(approved, need)
        }
        if not over:
            return None
        scope = next(iter(over))
        approved_text = describe_grant(
            {s: grant[s] for s in over if s in grant}, self._granted_limits(ctx, over)
        )
        needed_text = describe_grant(over, self._granted_limits(ctx, over))
        need = over[scope]
        dimension = "cost" if need.cost else "tokens" if need.tokens else "calls"
        shortfall = self.config.on_shortfall
        decision = Interrupt(
            rule=f"budgets.{scope.kind}.{dimension}",
            reason=(
                "Approved, but others spent while the person decided: the approved grant of "
                f"{approved_text or 'nothing on ' + scope.kind + ' ' + repr(scope.id)} no "
                f"longer covers it, as the call now lacks {needed_text}. Nothing was granted; "
                "the call is refused."
            ),
            numbers={
                "scope": scope.key(),
                "dimension": dimension,
                "approved": approved_text,
                "needed": needed_text,
                "model": permit.model_ref,
                "worst_case_cost": permit.reservation.cost,
            },
            fallback=shortfall.fallback,
        )
        return Refuse(
            kind="budget",
            decision=decision,
            fallback=shortfall.fallback,
            decisions=(decision,),
        )

    def _reroute(
        self,
        ctx: CallContext,
        model: str,
        input_tokens: int,
        max_tokens: int,
        fit: _Fit,
        rule: str,
        reason: str,
        numbers: Numbers,
        decisions: list[Decision],
        mode: Mode,
        may_lower: bool,
        tried: list[str],
    ) -> Permit | None:
        """The shortfall reroute chain from ``model``: the first target that fits (lowering
        its ``max_tokens`` if ``may_lower``); each target passed over goes into ``tried``
        with why, for the refusal to say."""
        seen = {model}
        target = self._on_shortfall.get(model)
        asked = input_tokens
        while target is not None and target not in seen:
            seen.add(target)
            try:
                price = self._call_price(target, ctx)
            except UnknownPrice:
                tried.append(f"{target} has no price")
                target = self._on_shortfall.get(target)
                continue
            input_tokens = asked
            if ctx.input_tokens is None and image_tokens(target) != image_tokens(model):
                # The target counts images otherwise (see image_tokens): its own estimate.
                input_tokens = estimate_prompt_tokens(ctx.messages, ctx.tools, model=target)
            tokens = max_tokens
            worst = self._worst(price, input_tokens, tokens)
            if not self._fits(fit, worst):
                lowered = (
                    self._lowered(fit, price, input_tokens, max_tokens, ctx.reasoning_tokens)
                    if may_lower
                    else None
                )
                if lowered is None:
                    tried.append(f"{target} does not fit either")
                    target = self._on_shortfall.get(target)
                    continue
                tokens, worst = lowered, self._worst(price, input_tokens, lowered)
            decision = Reroute(
                rule=rule,
                mode=mode,
                model=target,
                max_tokens=tokens if tokens != max_tokens else None,
                reason=f"{reason} Rerouted from {model} to {target}"
                + (
                    f", max_tokens lowered from {max_tokens} to {tokens}."
                    if tokens != max_tokens
                    else "."
                ),
                numbers={**numbers, "to": target, "rerouted_max_tokens": tokens},
            )
            decisions.append(decision)
            if mode != "enforce":
                return None
            self._warn_at(fit, worst.cost, decisions)
            return Permit(
                model_ref=target,
                max_tokens=tokens,
                reservation=worst,
                input_tokens=input_tokens,
                decisions=tuple(decisions),
                rerouted_from=model,
            )
        return None

    def _shortfall_terms(
        self, fit: _Fit, worst: Amounts, model: str, max_tokens: int, input_tokens: int
    ) -> tuple[Scope, str, str, str, dict[str, float | int | str]]:
        """The binding scope of a call that does not fit, its dimension, the worst case and
        what is left as a reason shows them, and the decision's numbers."""
        scope, dimension, needed, left = self._binding(fit, worst)
        shown_needed = format_usd(needed) if dimension == "cost" else _count(needed, dimension)
        shown_left = (
            format_usd(max(left, 0)) if dimension == "cost" else _count(max(left, 0), dimension)
        )
        if shown_needed == shown_left:
            # Rounded alike ($1.00 left, a worst case of $1.000007): to the nano-dollar.
            shown_needed, shown_left = format_usd_exact(needed), format_usd_exact(max(left, 0))
        numbers: dict[str, float | int | str] = {
            "scope": scope.key(),
            "dimension": dimension,
            "needed": needed,
            "remaining": max(left, 0),
            "model": model,
            "max_tokens": max_tokens,
            "input_tokens": input_tokens,
        }
        return scope, dimension, shown_needed, shown_left, numbers

    @staticmethod
    def _binding(fit: _Fit, worst: Amounts) -> tuple[Scope, str, int, int]:
        if fit.calls is not None and fit.calls_scope is not None and worst.calls > fit.calls:
            return fit.calls_scope, "calls", worst.calls, fit.calls
        if fit.cost is not None and fit.cost_scope is not None and worst.cost > fit.cost:
            return fit.cost_scope, "cost", worst.cost, fit.cost
        assert fit.tokens is not None
        assert fit.tokens_scope is not None
        return fit.tokens_scope, "tokens", worst.tokens, fit.tokens

    def _refuse_limit(self, limit: Decision, decisions: list[Decision]) -> Refuse:
        """The refusal for a blocking decision of :meth:`_check_limits`."""
        kind: RefusalKind = "rate" if "per_minute" in limit.rule else "limit"
        retry = limit.numbers.get("retry_after_s")
        return self._refuse(kind, limit, decisions, float(retry) if retry is not None else None)

    @staticmethod
    def _refuse(
        kind: RefusalKind,
        decision: Decision,
        decisions: list[Decision],
        retry_after: float | None = None,
    ) -> Refuse:
        fallback = decision.fallback if isinstance(decision, Interrupt) else None
        return Refuse(
            kind=kind,
            decision=decision,
            fallback=fallback,
            decisions=tuple(decisions),
            retry_after=retry_after,
        )

    # -- streaming -------------------------------------------------------------------------------

    def open_stream(self, ctx: CallContext, permit: Permit) -> StreamMonitor:
        """Start watching one permitted call's stream (see :class:`StreamMonitor`)."""
        return StreamMonitor(self, ctx, permit)

    def on_stream(
        self, monitor: StreamMonitor, chunk: str, output_tokens: int | None = None
    ) -> Decision | None:
        """Feed one chunk to ``monitor``; same as :meth:`StreamMonitor.feed`."""
        return monitor.feed(chunk, output_tokens)

    # -- post-call -------------------------------------------------------------------------------

    def needs_post_call(self, ctx: CallContext) -> bool:
        """Whether :meth:`post_call` has anything to do for this call (a tokens-per-minute
        count to correct, or Python rules with ``post_call``); when not, it returns ``[]``.

        Asked once per settled call. A call counted only in the per-minute call windows has
        nothing to correct: it was sent and stays counted, and its entries, kept for
        :meth:`unclaim`, are forgotten here (no post_call runs to do it).
        """
        if self._post_call_rules:
            return True
        claims = self._claims
        if not claims:
            return False
        claim = claims.get(ctx.call_id)
        if claim is None:
            return False
        if claim[0] is not None:
            return True
        del claims[ctx.call_id]
        return False

    def post_call(self, ctx: CallContext, outcome: CallOutcome) -> list[Decision]:
        """After a call: correct the tokens-per-minute window and run Python rules' post_call.

        Returns every decision (shadow ones included); act on ``most_severe(...)``. Loop
        detection runs in the governor with the detectors of ``policies._loops``.
        """
        claim = self._claims.pop(ctx.call_id, None)
        if claim is not None and claim[0] is not None:
            window, entry = claim[0]
            window.adjust(entry, outcome.input_tokens + outcome.output_tokens)
        decisions: list[Decision] = []
        for rule in self._post_call_rules:
            decision = _consult(
                rule,
                "post_call",
                rule.post_call,
                ctx,
                outcome,
                about={"model": outcome.model_ref},
                slow=self.slow_rules,
                clock=self._clock,
            )
            if decision is not None:
                decisions.append(decision)
        return decisions

    # -- tools -----------------------------------------------------------------------------------

    def pre_tool(self, ctx: ToolContext) -> ToolVerdict:
        """Decide whether a tool call may run: Python rules, deny/allow, rates, steps, approval."""
        decisions: list[Decision] = []
        held: Escalate | None = None
        for rule in self._pre_tool_rules:
            decision = _consult(
                rule,
                "pre_tool",
                rule.pre_tool,
                ctx,
                ctx.name,
                ctx.args,
                about={"tool": ctx.name},
                slow=self.slow_rules,
                clock=self._clock,
            )
            if decision is not None:
                decisions.append(decision)
        worst = most_severe(decisions)
        if isinstance(worst, Escalate):
            held = worst
        elif worst.severity >= Interrupt.severity:
            # Most severe wins: a step limit that stops the agent or the session outranks a
            # rule's refusal (see pre_call).
            steps = self._step_limits(ctx, decisions)
            if steps is not None and steps.severity > worst.severity:
                return self._refuse("limit", steps, decisions)
            return self._refuse("rule", worst, decisions)

        tools = self.config.tools
        ruling = self._tools.ruling(ctx.name)
        if ruling in ("deny", "not_allowed"):
            why = "is on the deny list" if ruling == "deny" else "is not on the allow list"
            decision = Interrupt(
                rule=f"tools.{'deny' if ruling == 'deny' else 'allow'}",
                mode=tools.mode,
                reason=f"The tool {ctx.name!r} {why}.",
                numbers={"tool": ctx.name},
                fallback=tools.fallback,
            )
            decisions.append(decision)
            if decision.mode == "enforce":
                return self._refuse("denied", decision, decisions)

        for rate, matcher, key in self._tool_rates:
            if matcher.ruling(ctx.name) != "allow":
                continue
            window = self._window("tool", ctx.session, key)
            limited = window.check(ctx.now, 1, rate.per_minute)
            if limited is None:
                continue
            decision = self._tool_rate_decision(rate, ctx.name, limited.current)
            decisions.append(decision)
            if decision.mode == "enforce":
                if isinstance(decision, Escalate):
                    held = held or decision
                elif not isinstance(decision, Warn):
                    return self._refuse("rate", decision, decisions, limited.retry_after)

        steps = self._step_limits(ctx, decisions)
        if steps is not None:
            if isinstance(steps, Escalate):
                held = held or steps
            else:
                return self._refuse("limit", steps, decisions)

        if ruling == "approval":
            question = f"Agent {ctx.agent!r} wants to call the tool {ctx.name!r} with {dict(ctx.args)!r}. Allow it?"
            decision = Escalate(
                rule="tools.require_approval",
                mode=tools.mode,
                reason=f"The tool {ctx.name!r} needs a person's approval.",
                numbers={"tool": ctx.name},
                question=question,
                evidence={"tool": ctx.name},
            )
            decisions.append(decision)
            if decision.mode == "enforce":
                held = held or decision

        if held is not None and not ctx.args_fit:
            # Nothing will run (the arguments do not fit the tool), so there is nothing for a
            # person to approve: the call goes on to fail, the model hears why, and the loop
            # detectors count it. What would have asked is recorded, saying nobody was asked.
            decisions = [
                not_asked(d) if d.enforced and isinstance(d, Escalate) else d for d in decisions
            ]
            held = None
        permit = ToolPermit(name=ctx.name, decisions=tuple(decisions))
        if held is not None:
            return Escalation(
                question=held.question,
                evidence=held.evidence,
                decision=held,
                permit=None,
                decisions=tuple(decisions),
            )
        self._claim_tool(ctx)
        return permit

    def _claim_tool(self, ctx: ToolContext) -> None:
        for _, matcher, key in self._tool_rates:
            if matcher.ruling(ctx.name) == "allow":
                self._window("tool", ctx.session, key).add(ctx.now, 1)

    def approved_tool(self, ctx: ToolContext) -> Refuse | None:
        """Re-check a tool call a person approved, just before it runs, and count it in its
        tools' per-minute windows as :meth:`pre_tool` counts the calls it permits.

        As for :meth:`approved`: a step limit or a tool rate limit reached while the person
        decided refuses the call; one whose action is ``escalate`` counts as approved.
        ``ctx`` carries the current counters and time.
        """
        decisions: list[Decision] = []
        steps = self._step_limits(ctx, decisions)
        if steps is not None and not isinstance(steps, Escalate):
            return self._refuse("limit", steps, decisions)
        for rate, matcher, key in self._tool_rates:
            if matcher.ruling(ctx.name) != "allow":
                continue
            limited = self._window("tool", ctx.session, key).check(ctx.now, 1, rate.per_minute)
            if limited is None or rate.mode != "enforce" or rate.action != "refuse":
                continue
            decision = self._tool_rate_decision(rate, ctx.name, limited.current)
            decisions.append(decision)
            return self._refuse("rate", decision, decisions, limited.retry_after)
        self._claim_tool(ctx)
        return None

    def _tool_rate_decision(self, rate: ToolRateLimit, tool: str, calls: int) -> Decision:
        """What a tool rate limit decides for ``tool`` at ``calls`` in its last minute."""
        return _decide(
            rate.action,
            rule=f"tools.rate_limits[{rate.pattern}]",
            mode=rate.mode,
            reason=f"Tools matching {rate.pattern!r} were called {calls} times in the last "
            f"minute (limit {rate.per_minute}).",
            numbers={"tool": tool, "calls_last_minute": calls, "limit": rate.per_minute},
            fallback=self.config.tools.fallback,
        )

    def _step_limits(self, ctx: ToolContext, decisions: list[Decision]) -> Decision | None:
        """A tool call's limits: the session's wall clock (``max_session_seconds`` refuses
        later calls, tools too, as it does LLM calls) and the step limits. Each reached one
        is added to ``decisions``; returns the first that blocks (enforced, not a warning),
        an escalation included."""
        limits = self.config.limits
        c = ctx.counters
        blocking: Decision | None = None
        found: list[tuple[str, str, Numbers]] = []
        out_of_time = self._out_of_time(c.session_started, ctx.now)
        if out_of_time is not None:
            found.append(out_of_time)
        for name, value, cap in (
            ("max_steps_per_agent", c.agent_steps, limits.max_steps_per_agent),
            ("max_steps_per_session", c.session_steps, limits.max_steps_per_session),
        ):
            if cap is not None and value >= cap:
                found.append(
                    (
                        f"limits.{name}",
                        f"The limit of {cap} steps is reached.",
                        {"count": value, "limit": cap},
                    )
                )
        for rule, reason, numbers in found:
            decision = self._limit_decision(rule, reason, numbers)
            decisions.append(decision)
            if blocking is None and decision.mode == "enforce" and not isinstance(decision, Warn):
                blocking = decision
        return blocking


def _count(amount: int, plural: str) -> str:
    """``1 call``, ``3 calls``, ``1,200 tokens``."""
    return f"{amount:,} {plural[:-1] if amount == 1 else plural}"


def describe_grant(
    grant: Mapping[Scope, Amounts], limits: Mapping[Scope, Limits] | None = None
) -> str:
    """A grant as a person reads it: ``session 'abc' $0.42 more (limit $1.00)``, scopes joined
    by "and"; ``limits`` (each scope's limit before the grant) adds the ``(limit ...)``."""
    parts = []
    for scope, amounts in grant.items():
        limit = limits.get(scope) if limits is not None else None
        more = []
        for value, dimension in (
            (amounts.cost, "cost"),
            (amounts.tokens, "tokens"),
            (amounts.calls, "calls"),
        ):
            if not value:
                continue
            # To the nano-dollar: a grant is never shown smaller than it is.
            shown = format_usd_exact(value) if dimension == "cost" else _count(value, dimension)
            cap = None if limit is None else getattr(limit, dimension)
            if cap is not None:
                cap_shown = format_usd(cap) if dimension == "cost" else _count(cap, dimension)
                more.append(f"{shown} more (limit {cap_shown})")
            else:
                more.append(f"{shown} more")
        parts.append(f"{scope.kind} {scope.id!r} " + ", ".join(more))
    return " and ".join(parts)


class StreamMonitor:
    """Watches one call's stream: text rules and live cost, cheaply, per chunk.

    Live output tokens are the provider's reported count when given, else
    :func:`~policies.estimate_stream_tokens` over the chunks so far. When the live cost passes
    the call's reservation, :meth:`feed` returns an :class:`Interrupt` (the provider's
    ``max_tokens`` normally stops it first; this guards a provider that does not). Once more
    was reserved for the stream to run on (:meth:`extend`), the cut comes before the chunk
    that would pass the new total, taking the next chunk to be as large as the largest so far:
    the provider bills a chunk it has sent whether it is used or not.
    """

    __slots__ = (
        "_ahead",
        "_chars",
        "_chunks",
        "_ctx",
        "_cut",
        "_engine",
        "_extended",
        "_fixed",
        "_floor",
        "_floor_counted",
        "_in_cost",
        "_in_tokens",
        "_out_rate",
        "_parts",
        "_reported",
        "_reserved_cost",
        "_reserved_tokens",
        "_said",
        "decisions",
        "matcher",
        "permit",
    )

    def __init__(self, engine: PolicyEngine, ctx: CallContext, permit: Permit) -> None:
        self._engine = engine
        self._ctx = ctx
        self.permit = permit
        self.matcher = StreamMatcher(engine._text_rule_set)
        #: Every decision taken on this stream (shadow ones too), for the audit log.
        self.decisions: list[Decision] = []
        price = engine.prices.price(permit.model_ref)
        inp, out, _ = price.rates(permit.input_tokens)
        self._in_cost = permit.input_tokens * inp  # in nano-dollars * 1e6
        self._out_rate = out
        self._reserved_cost = permit.reservation.cost * 1_000_000
        # What the reservation holds besides the output: the prompt (at the cache write price
        # when the call writes it), its searches' fees and their results' allowance. None of
        # it is room for output: the stream is held to max_tokens' worth, and what is reserved
        # more (extend), whatever the prompt's plain price (_in_cost, the live cost's) leaves.
        self._fixed = max(self._in_cost, self._reserved_cost - permit.max_tokens * out)
        # Where output costs nothing (a local model priced at 0), its cost says nothing of it:
        # the tokens reserved are what a token budget counts, and what the stream is held to.
        self._in_tokens = permit.input_tokens
        self._reserved_tokens = permit.reservation.tokens
        self._chunks = 0
        self._chars = 0
        self._ahead = 0  # the largest chunk so far, in estimated tokens: the next may be as large
        self._extended = False
        self._reported: int | None = None
        self._floor = 0  # the provider's interim count: the live count never goes below it
        self._floor_counted = 0  # of those, the provider's own (not an estimate of reasoning)
        self._cut = False
        self._parts: list[str] | None = [] if engine._text_rules_py else None
        # What the Python text rules said on this stream already, (rule, kind, mode): a rule
        # sees the whole text so far on every chunk, so a condition once true answers the
        # same on each later chunk. Said once, it is recorded once, not once per chunk.
        self._said: set[tuple[str, str, str]] | None = None

    @property
    def output_tokens(self) -> int:
        """Reported output tokens, else the live estimate."""
        if self._reported is not None:
            return self._reported
        return max(estimate_stream_tokens(self._chunks, self._chars), self._floor)

    def passed(self, max_tokens: int) -> bool:
        """Whether the stream has passed ``max_tokens`` on evidence, not on the estimate alone.

        A provider that honours ``max_tokens`` stops there by itself, so an estimate over it is
        no reason to cut: a token per 4 characters counts prose of long words up to half as
        much again. The evidence is the provider's own count (final, or an interim one), more
        deltas than ``max_tokens`` (each carries a token at least: a stream of one token a
        delta, as OpenAI's and most local servers' are, is caught on the first token past it),
        or the text's estimate past ``max_tokens`` by more than that margin
        (:data:`~policies.STREAM_ESTIMATE_MARGIN`).
        """
        if self._reported is not None:
            return self._reported > max_tokens
        if self._floor_counted > max_tokens or self._chunks > max_tokens:
            return True
        # An interim count that is an estimate of reasoning (a token per 4 characters of it)
        # has the estimate's error: evidence only past the same margin.
        estimate = max(-(-self._chars // 4), self._floor)
        return estimate > max_tokens + int(max_tokens * STREAM_ESTIMATE_MARGIN)

    @property
    def ahead(self) -> int:
        """The largest chunk so far, in estimated tokens: the next one may be as large."""
        return self._ahead

    def output_cost(self, tokens: int) -> int:
        """What ``tokens`` more output tokens cost at this call's price, nano-dollars (rounded
        up): what to reserve for a stream allowed to run on (:meth:`extend`)."""
        return -(-tokens * self._out_rate // 1_000_000)

    def output_tokens_for(self, cost: int) -> int:
        """How many output tokens ``cost`` nano-dollars pay for at this call's price."""
        return cost * 1_000_000 // self._out_rate if self._out_rate else 0

    def extend(self, cost: int, tokens: int = 0) -> None:
        """``cost`` more nano-dollars (``tokens`` more output tokens) were reserved for this
        call: the live cost may run on to the new total, where the stream is cut again."""
        self._reserved_cost += cost * 1_000_000
        self._reserved_tokens += tokens
        self._extended = True
        self._cut = False

    @property
    def cost(self) -> int:
        """Live cost of the call so far, nano-dollars (rounded up)."""
        return -(-(self._in_cost + self.output_tokens * self._out_rate) // 1_000_000)

    def floor(self, output_tokens: int, estimated: bool = False) -> Decision | None:
        """Account the provider's interim count of the output generated so far (a reasoning
        model's thinking, which streams no text, included): the live count never goes below
        it, and, unlike a final count, it does not freeze the estimate of the text still to
        come. Returns what :meth:`feed` returns for the new count. ``estimated``: the count is
        the supervisor's estimate of reasoning the provider has not counted yet, not the
        provider's count, so it is evidence that the stream passed ``max_tokens`` only as the
        text's estimate is (:meth:`passed`).
        """
        if output_tokens <= self._floor:
            return None
        self._floor = output_tokens
        if not estimated:
            self._floor_counted = output_tokens
        return self.feed("")

    def feed(self, chunk: str, output_tokens: int | None = None) -> Decision | None:
        """Account one chunk; return the most severe enforced decision it triggers, or None.

        Args:
            chunk: The new text (may be empty, e.g. a usage-only event).
            output_tokens: The provider's cumulative output-token count, when it reports one.
        """
        if chunk:
            self._account(chunk)
        if output_tokens is not None:
            self._reported = output_tokens
        found: list[Decision] | None = None
        if self.matcher._rules and chunk:
            for match in self.matcher.feed(chunk):
                config = self._engine._text_rule_config[match.rule.name]
                found = found or []
                found.append(
                    _decide(
                        config.action,
                        rule=f"stream_rules.{config.name}",
                        mode=config.mode,
                        reason=f"The streamed text matched the rule {config.name!r}.",
                        numbers={
                            "rule": config.name,
                            "offset": match.start,
                            "excerpt": match.excerpt,
                        },
                        fallback=config.fallback,
                    )
                )
        if self._parts is not None and chunk:
            self._parts.append(chunk)
            text = "".join(self._parts)
            self._parts = [text]
            for rule in self._engine._text_rules_py:
                decision = _consult(
                    rule,
                    "on_text",
                    rule.on_text,
                    self._ctx,
                    text,
                    about={"model": self.permit.model_ref},
                )
                if decision is not None:
                    said = self._said
                    if said is None:
                        said = self._said = set()
                    key = (decision.rule, decision.kind, decision.mode)
                    if key in said:
                        continue
                    said.add(key)
                    found = found or []
                    found.append(decision)
        if not self._cut:
            cut = self._over()
            if cut is not None:
                found = found or []
                found.append(cut)
        if found is None:
            return None
        self.decisions.extend(found)
        worst = most_severe(found)
        return None if isinstance(worst, Allow) else worst

    def feed_arguments(self, chunk: str) -> Decision | None:
        """Account one fragment of a tool call's arguments: output the provider bills as it
        bills text, so it counts in the live cost (a delta, and a token per 4 characters) and
        passes the reservation as text would; no text rule reads it. Returns the reservation's
        :class:`Interrupt` when it passes, else None."""
        if not chunk:
            return None
        self._account(chunk)
        if self._cut:
            return None
        cut = self._over()
        if cut is not None:
            self.decisions.append(cut)
        return cut

    def _account(self, chunk: str) -> None:
        """Count one chunk of output, text or a tool call's arguments: a delta, its characters
        (a CJK character 4, a token: ``stream_chars``; ASCII, the most, costs no call) and the
        largest chunk so far; output after a count given as final unfreezes it."""
        self._chunks += 1
        size = len(chunk) if chunk.isascii() else stream_chars(chunk)
        self._chars += size
        if size > 4 * self._ahead:
            self._ahead = -(-size // 4)
        if self._reported is not None:
            self._unfreeze()

    def _unfreeze(self) -> None:
        """Output came after a count given as the final one (a server that sends a usage chunk
        before its answer ends): it was not the last, so it is a floor under the live count,
        as a running count is, and no longer stands for the whole stream."""
        if self._reported is not None and self._reported > self._floor:
            self._floor = self._floor_counted = self._reported
        self._reported = None

    def _over(self) -> Interrupt | None:
        """The reservation's cut when the live cost (and the next chunk, once more was
        reserved) passes what was reserved; it is then taken (``_cut``) until :meth:`extend`."""
        if self._reported is not None:
            tokens = self._reported
            ahead = 0  # the final count: nothing more comes
        else:
            tokens = max(self._chunks, -(-self._chars // 4), self._floor)
            ahead = self._ahead if self._extended else 0
        if self._out_rate:
            over = self._fixed + (tokens + ahead) * self._out_rate > self._reserved_cost
        else:
            # Free output: held to the tokens reserved, which a token budget counts.
            over = self._in_tokens + tokens + ahead > self._reserved_tokens
        if not over or not (self._reserved_cost or self._reserved_tokens):
            return None
        self._cut = True
        return Interrupt(
            rule="budgets.reservation",
            reason="The stream's live cost reached what was reserved for this call.",
            numbers={
                "output_tokens": tokens,
                "reserved_cost": self.permit.reservation.cost,
                "max_tokens": self.permit.max_tokens,
            },
        )
