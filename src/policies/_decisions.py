"""Decisions the governor acts on, and the verdicts a pre-call or pre-tool check returns.

Decisions are ordered by severity, most severe wins::

    Allow < Warn < Reroute < Interrupt < Escalate < RestartAgent < StopAgent < StopSession

A decision made by a rule in ``shadow`` mode is recorded (audit log, TUI) but never acted on:
:func:`most_severe` ignores it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, ClassVar, Literal

from ._frozen import fast_init

if TYPE_CHECKING:
    from ._scopes import Amounts, Scope

__all__ = [
    "Allow",
    "Decision",
    "Escalate",
    "Escalation",
    "Interrupt",
    "Mode",
    "Numbers",
    "Permit",
    "RefusalKind",
    "Refuse",
    "Reroute",
    "RestartAgent",
    "StopAgent",
    "StopSession",
    "Verdict",
    "Warn",
    "most_severe",
]

Mode = Literal["enforce", "shadow"]
Numbers = Mapping[str, float | int | str]


@dataclass(frozen=True, kw_only=True)
class Decision:
    """What a rule decided, with why and the numbers it saw.

    Attributes:
        rule: The rule's name (``"budgets.session.cost"``, ``"tools.deny"``, a Python rule's name).
        mode: ``"enforce"`` to act, ``"shadow"`` to record only.
        reason: One sentence a person can read in the audit log.
        numbers: What the rule saw (amounts, counts, thresholds), for the audit log.
    """

    #: Position in the severity order; higher wins.
    severity: ClassVar[int] = 0
    #: Short name for logs and events: ``"allow"``, ``"warn"``, ``"reroute"``...
    kind: ClassVar[str] = "decision"

    rule: str
    mode: Mode = "enforce"
    reason: str = ""
    numbers: Numbers = field(default_factory=dict, hash=False)

    @property
    def enforced(self) -> bool:
        """True when the governor must act on this decision (its mode is ``enforce``)."""
        return self.mode == "enforce"

    def as_shadow(self) -> Decision:
        """Return a copy in ``shadow`` mode (recorded, never acted on)."""
        return replace(self, mode="shadow")

    def describe(self) -> str:
        """One line for a person: ``"warn by tools.deny (shadow): ..."``."""
        shadow = " (shadow)" if self.mode == "shadow" else ""
        return f"{self.kind} by {self.rule}{shadow}: {self.reason}"


@dataclass(frozen=True, kw_only=True)
class Allow(Decision):
    """Nothing to do."""

    severity: ClassVar[int] = 0
    kind: ClassVar[str] = "allow"


@dataclass(frozen=True, kw_only=True)
class Warn(Decision):
    """Let the call go on, but record a warning (and show it to the person)."""

    severity: ClassVar[int] = 1
    kind: ClassVar[str] = "warn"


@dataclass(frozen=True, kw_only=True)
class Reroute(Decision):
    """Run the call on another model (e.g. a cheaper one), optionally with fewer output tokens.

    Attributes:
        model: The ``"provider:model"`` reference to use instead.
        max_tokens: A lowered ``max_tokens``, or ``None`` to keep the caller's.
    """

    severity: ClassVar[int] = 2
    kind: ClassVar[str] = "reroute"

    model: str
    max_tokens: int | None = None


@dataclass(frozen=True, kw_only=True)
class Interrupt(Decision):
    """Cut the current call (or refuse it) and give the agent a fallback answer.

    Attributes:
        fallback: Text handed to the agent instead of (or after) the model's answer; ``None``
            means the agent gets a typed exception instead.
    """

    severity: ClassVar[int] = 3
    kind: ClassVar[str] = "interrupt"

    fallback: str | None = None


@dataclass(frozen=True, kw_only=True)
class Escalate(Decision):
    """Hold the call and ask a person.

    Attributes:
        question: What the person is asked.
        evidence: What triggered it (shown to the person).
    """

    severity: ClassVar[int] = 4
    kind: ClassVar[str] = "escalate"

    question: str
    evidence: Numbers = field(default_factory=dict, hash=False)


@dataclass(frozen=True, kw_only=True)
class RestartAgent(Decision):
    """Restart the agent with fresh context (counted against its supervisor's intensity)."""

    severity: ClassVar[int] = 5
    kind: ClassVar[str] = "restart_agent"


@dataclass(frozen=True, kw_only=True)
class StopAgent(Decision):
    """Stop the agent for good."""

    severity: ClassVar[int] = 6
    kind: ClassVar[str] = "stop_agent"


@dataclass(frozen=True, kw_only=True)
class StopSession(Decision):
    """Stop every agent of the session."""

    severity: ClassVar[int] = 7
    kind: ClassVar[str] = "stop_session"


_ALLOW = Allow(rule="default", reason="No rule objected.")


def most_severe(decisions: Iterable[Decision]) -> Decision:
    """Return the most severe enforced decision, ignoring shadow ones.

    Ties go to the earliest decision. With no enforced decision the result is an
    ``Allow(rule="default")``.
    """
    best: Decision = _ALLOW
    for decision in decisions:
        if decision.mode == "enforce" and decision.severity > best.severity:
            best = decision
    return best


# --- verdicts -------------------------------------------------------------------------------

RefusalKind = Literal[
    "budget", "denied", "loop", "rate", "limit", "unknown_price", "content", "rule", "stopped"
]


@fast_init
@dataclass(frozen=True, kw_only=True)
class Permit:
    """The call may run, as described here.

    The governor must reserve ``reservation`` on every enclosing scope before starting the call
    (the engine checked it fits the balances it was given; a store may still answer a shortfall
    when another process spent in between: then ask the engine again with fresh balances).

    Attributes:
        model_ref: The model to call (the caller's, or a rerouted one).
        max_tokens: The ``max_tokens`` to send (the caller's, or lowered to fit the budget).
        reservation: Worst-case amounts to reserve: cost in nano-dollars, tokens, calls (1).
        input_tokens: The prompt estimate the reservation was computed from.
        decisions: Every decision taken on the way (warnings, a reroute, shadow decisions), for
            the audit log.
        rerouted_from: The caller's model when the call was rerouted, else ``None``.
    """

    model_ref: str
    max_tokens: int
    reservation: Amounts
    input_tokens: int = 0
    decisions: tuple[Decision, ...] = ()
    rerouted_from: str | None = None

    ok: ClassVar[bool] = True


@dataclass(frozen=True, kw_only=True)
class Refuse:
    """The call must not run; the agent gets ``fallback`` (if any) or a typed exception.

    Attributes:
        kind: Why, typed: ``"budget"``, ``"denied"``, ``"loop"``, ``"rate"``, ``"limit"``
            (steps, calls, wall clock), ``"unknown_price"``, ``"content"``, ``"rule"``,
            ``"stopped"``.
        decision: The decision that refused (its rule, reason and numbers).
        fallback: Text handed to the agent instead of an answer, or ``None`` for an exception.
        decisions: Every decision taken, including the refusing one and shadow ones.
        retry_after: For ``"rate"``: seconds until the call would fit, else ``None``.
    """

    kind: RefusalKind
    decision: Decision
    fallback: str | None = None
    decisions: tuple[Decision, ...] = ()
    retry_after: float | None = None

    ok: ClassVar[bool] = False

    @property
    def reason(self) -> str:
        """The refusing decision's reason."""
        return self.decision.reason


@dataclass(frozen=True, kw_only=True)
class Escalation:
    """Hold the call and ask a person; on approval, run it as ``permit`` says.

    Attributes:
        question: What to ask.
        evidence: What triggered it.
        decision: The escalating decision.
        permit: What to run if the person approves (``None`` when approval cannot make the call
            fit: then approval means "allow the fallback").
        decisions: Every decision taken.
        fallback: What the agent gets instead of an exception when the call is not run after
            all (denied, or approved but unable to fit): the budget remedy's
            ``on_shortfall.fallback``; ``None`` for a typed exception.
        grant: For a call whose worst case does not fit (``on_shortfall``'s ``escalate``): by
            how much each short scope's limit must rise, per dimension (cost in nano-dollars,
            tokens, calls), for ``permit`` to fit. Approving grants it (at most this, only what
            the call still needs when it is admitted); ``None`` for any other escalation.
    """

    question: str
    evidence: Numbers
    decision: Decision
    permit: Permit | None = None
    decisions: tuple[Decision, ...] = ()
    fallback: str | None = None
    grant: Mapping[Scope, Amounts] | None = None

    ok: ClassVar[bool] = False


Verdict = Permit | Refuse | Escalation
