"""Errors raised to agents and to the people running them.

The tree::

    SupervisorError                  root of everything this package raises on purpose
    ├── GovernedCallError            a governed call did not run, or did not finish as asked
    │   ├── BudgetExceeded           the worst case does not fit, or a stream was cut at its budget
    │   ├── CallDenied               a rule denied the call (a tool rule, a rate limit, an unpriced model)
    │   ├── LoopDetected             a loop detector tripped and the policy says interrupt
    │   ├── EscalationDenied         a person (or the unattended default) denied an escalated call
    │   ├── StreamCut                a streamed-text rule or the governor cut the stream mid-answer
    │   └── AgentStopped             the policy or an operator stopped this agent or its session
    ├── GovernorUnavailable          the governor (or its store) cannot be reached: fail closed
    ├── ConfigurationError           bad configuration given by a person (target, store URL, ...)
    ├── ToolArgumentsError           a tool was called with arguments its signature does not take
    ├── ToolTimeout                  a tool call ran past the policy's [tools] timeout
    └── ProviderError                (in ``supervisor._providers``) a provider failed

Every governed-call error carries the decision that caused it and whatever partial result exists,
so an agent can fall back gracefully instead of losing the text it already paid for.
"""

from __future__ import annotations

import os
import sysconfig
import traceback
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._results import LLMResult

_SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: Frames in these are not the user's code: this product's packages, the standard library,
#: installed packages. An error's site is the innermost frame outside them.
_NOT_THE_USERS = tuple(
    {os.path.join(_SRC, package) + os.sep for package in ("actors", "policies", "supervisor")}
    | {
        os.path.join(path, "")
        for key in ("stdlib", "platstdlib")
        if (path := sysconfig.get_paths().get(key))
    }
)


def error_site(exc: BaseException) -> str:
    """`` (at FILE, line N)``: where ``exc`` was raised in the user's own code.

    The innermost frame of its traceback that is neither this product's nor the standard
    library's nor an installed package's; ``""`` when there is none (an error raised by the
    product itself, or one never raised).

    An error that comes of a forgotten ``await`` ("'coroutine' object has no attribute
    'text'") adds what to do, since Python's own words do not say it.
    """
    notes: list[str] = []
    at = user_frame(traceback.extract_tb(exc.__traceback__))
    if at:
        notes.append(f"at {at}")
    if isinstance(exc, AttributeError | TypeError) and "'coroutine' object" in str(exc):
        notes.append(
            "a coroutine was used where its result was meant: put await before the call, as "
            "in `await self.llm(...)` or `await self.tool(...)`"
        )
    return f" ({'; '.join(notes)})" if notes else ""


def user_frame(frames: traceback.StackSummary) -> str:
    """``FILE, line N`` of the innermost of ``frames`` (outermost first, as ``traceback``
    lists them) in the user's own code (see :func:`error_site`); ``""`` when none is."""
    for frame in reversed(frames):
        name = frame.filename
        if name.startswith(_NOT_THE_USERS) or "site-packages" in name or name.startswith("<"):
            continue
        return f"{name}, line {frame.lineno}"
    return ""


class SupervisorError(Exception):
    """Root of the errors this package raises on purpose."""


class ConfigurationError(SupervisorError):
    """A person gave configuration that cannot work; the message says how to fix it."""


class GovernorUnavailable(SupervisorError):
    """The governor or its ledger store is unreachable, so the call was not sent (fail closed).

    Attributes:
        waited: Seconds the call waited for the store under ``[fail_closed] behaviour =
            "wait"`` before giving up (its ``wait_timeout``), 0 when ``behaviour =
            "refuse"`` refused it at once, or None when the store was not the cause (the
            governor itself did not answer). An agent that lets an error with ``waited`` set
            end its ``run()`` is not restarted (a fresh instance would only wait again, or
            be refused again, while the store is down): it stops, and the run exits 5 (the
            store is unavailable).
    """

    def __init__(self, message: str, *, waited: float | None = None) -> None:
        super().__init__(message)
        self.waited = waited


class EventLoopHeld(SupervisorError, RuntimeError):
    """A stop signal (Ctrl-C) came while this code held the event loop without awaiting, so
    nothing else could run, the run's stop included: it was raised here, in that code, so that
    the run could stop (``supervise run``'s watchdog). The agent whose ``run()`` it ends is
    stopped, not restarted: a person asked the run to stop."""


class ToolTimeout(SupervisorError, TimeoutError):
    """A tool call ran past the policy's ``[tools] timeout`` and was cancelled (a plain
    ``def`` tool's worker thread is left to finish on its own; its result is dropped).

    Not a governed-call refusal: like any tool that failed, it is told to the model by
    ``call_tools``, and an agent that lets it end ``run()`` is restarted (the service the
    tool waited on may answer a fresh instance). Also a ``TimeoutError``.

    Attributes:
        tool: The tool's name.
        timeout: The limit it ran past, in seconds.
    """

    def __init__(self, tool: str, timeout: float) -> None:
        super().__init__(
            f"The tool {tool!r} was still running after {timeout:g}s (the policy's [tools] "
            "timeout), so it was cancelled."
        )
        self.tool = tool
        self.timeout = timeout


class ToolArgumentsError(SupervisorError, TypeError):
    """A tool was called with arguments that do not fit its signature (a model's slip, as a
    rule): a missing or unknown argument, or a value of the wrong type. The message says what is
    wrong in words a model can act on; hand it back to the model as the tool's result.

    Also a ``TypeError``, as calling the function with those arguments would have raised.

    Attributes:
        tool: The tool's name.
        problems: One sentence per wrong argument.
    """

    def __init__(self, tool: str, problems: list[str], signature: str) -> None:
        super().__init__(
            f"The tool {tool!r} was called with arguments that do not fit it: "
            f"{'; '.join(problems)}. It takes {signature}."
        )
        self.tool = tool
        self.problems = problems


class GovernedCallError(SupervisorError):
    """A governed call was refused, cut or stopped.

    Attributes:
        rule: The policy rule that decided.
        reason: A sentence saying why.
        numbers: What the rule saw (budgets, scores, counts).
        partial: The partial result of a cut stream, if any (text already generated and paid for,
            and the tool calls whose arguments were complete before the cut).
        fallback: The policy's fallback text, if it gave one.
        decisions: Every decision the governor took about the call, the deciding one last
            (as ``DecisionRecord``); a refused call's result with a fallback carries them.
    """

    def __init__(
        self,
        reason: str,
        *,
        rule: str = "",
        numbers: dict[str, Any] | None = None,
        partial: LLMResult | None = None,
        fallback: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.rule = rule
        self.numbers = dict(numbers or {})
        self.partial = partial
        self.fallback = fallback
        self.decisions: tuple[Any, ...] = ()


class BudgetExceeded(GovernedCallError):
    """The call's worst case does not fit a budget, or its stream was cut at the budget."""


class CallDenied(GovernedCallError):
    """A rule denied the call: a tool rule, a rate or step limit, a model with no known price."""


class LoopDetected(GovernedCallError):
    """A loop detector tripped and the policy interrupts the agent."""


class EscalationDenied(GovernedCallError):
    """The call needed a person's approval, and the answer was no."""


class StreamCut(GovernedCallError):
    """The stream was cut mid-answer by a streamed-text rule or by the governor."""


class AgentStopped(GovernedCallError):
    """The policy, a person or an operator stopped this agent (or its whole session)."""
