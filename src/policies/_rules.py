"""Policies written in Python: subclass :class:`Rule` and override the hooks you need.

Example::

    class NoFridays(Rule):
        name = "no-expensive-models-on-friday"

        def pre_call(self, ctx: CallContext) -> Decision | None:
            if ctx.model_ref == "openai:gpt-4o":
                return Reroute(rule=self.name, model="openai:gpt-4o-mini", reason="It is Friday.")
            return None

Hooks return a :class:`~policies.Decision` or ``None`` (no opinion). They must be synchronous,
quick and free of I/O: they run inside the governor on every call (``on_text`` on every
streamed chunk, and only for rules that override it). A rule whose ``mode`` is ``"shadow"`` has
its decisions recorded only, whatever mode the decision itself carries.
"""

from __future__ import annotations

import difflib
import inspect
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._decisions import Decision, Mode
    from ._engine import CallContext, CallOutcome, ToolContext

__all__ = ["Rule", "rule_problem"]


class Rule:
    """Base class of Python policies; every hook defaults to "no opinion".

    Override the hooks you need: :meth:`pre_call` (before an LLM call is admitted),
    :meth:`on_text` (on each streamed chunk), :meth:`post_call` (after a call finished or was
    cut) and :meth:`pre_tool` (before a tool call runs). Each returns a
    :class:`~policies.Decision` (``Warn``, ``Reroute``, ``Interrupt``...) or ``None`` for no
    opinion; it decides alongside the policy file's rules, and the most severe decision wins.
    Hooks are synchronous, quick and free of I/O: they run inside the governor. A hook that
    raises, or returns anything but a ``Decision`` or ``None``, refuses the call it was asked
    about (fail closed), with a reason naming the rule and the error.

    Pass instances as ``Runtime(rules=[...])``; under ``supervise run``, list them in the
    target file as ``rules = [NoWireTransfers()]``.

    Example::

        class NoWireTransfers(Rule):
            name = "no-wire-transfers"

            def pre_call(self, ctx: CallContext) -> Decision | None:
                if "wire" in ctx.messages[-1]["content"]:
                    return Interrupt(rule=self.name, reason="Money moves need a person.",
                                     fallback="I cannot move money.")
                return None
    """

    #: Shown in decisions and the audit log.
    name: ClassVar[str] = "python-rule"
    #: ``"shadow"`` records this rule's decisions without acting on them.
    mode: ClassVar[Mode] = "enforce"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        """Before an LLM call is admitted."""
        return None

    def on_text(self, ctx: CallContext, text_so_far: str) -> Decision | None:
        """On each streamed chunk, with the whole text so far (joined only if you override).

        A stream cannot wait for a person's answer: an ``Escalate`` returned here cuts the
        stream as an ``Interrupt`` without a fallback would (the agent gets ``StreamCut``), and
        nobody is asked. A decision repeated on later chunks is recorded once per stream.
        """
        return None

    def post_call(self, ctx: CallContext, outcome: CallOutcome) -> Decision | None:
        """After an LLM call finished (or was cut).

        ``RestartAgent``, ``StopAgent`` and ``StopSession`` are carried out (the agent gets
        this call's result, and its next call meets the stop); anything less severe concerns a
        call that has already finished, so it is recorded only.
        """
        return None

    def pre_tool(self, ctx: ToolContext, name: str, args: Mapping[str, Any]) -> Decision | None:
        """Before a tool call runs."""
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} mode={self.mode}>"


def rule_problem(rule: Rule) -> str | None:
    """What is wrong with a Python rule's settings, as a sentence ending in the fix, or None.

    A ``mode`` other than ``"enforce"`` or ``"shadow"`` (a typo: ``"shadwo"``) would make a
    rule meant to record only act for real, so it is bad input, reported before anything runs.
    So are hooks the governor cannot call (``async def``, a signature that cannot take its
    arguments), a method named like a hook that is none (``pretool``), and a rule that
    overrides no hook at all: each would refuse every call, or silently decide nothing.
    """
    kind = type(rule).__qualname__
    mode: object = rule.mode
    if mode != "enforce" and mode != "shadow":
        return (
            f"the rule {kind} has mode = {mode!r}; a rule's mode is 'enforce' or 'shadow' "
            "(to record its decisions only)"
        )
    name: object = rule.name
    if not isinstance(name, str) or not name.strip():
        return f"the rule {kind} has name = {name!r}; give it a name (name = 'my-rule')"
    return _hooks_problem(rule, kind)


#: Each hook and the arguments the governor passes it (positionally, after ``self``).
_HOOKS = {
    "pre_call": "ctx",
    "on_text": "ctx, text_so_far",
    "post_call": "ctx, outcome",
    "pre_tool": "ctx, name, args",
}


def _hooks_problem(rule: Rule, kind: str) -> str | None:
    """A rule whose hooks the governor cannot call, or would never call: it would refuse
    every call it is asked about (fail closed) or, worse, silently decide nothing."""
    cls = type(rule)
    overridden = [hook for hook in _HOOKS if getattr(cls, hook, None) is not getattr(Rule, hook)]
    for hook in overridden:
        method = getattr(rule, hook)
        if inspect.iscoroutinefunction(method) or inspect.isasyncgenfunction(method):
            return (
                f"the rule {kind} defines {hook} with 'async def'; hooks run inside the "
                f"governor and must be synchronous, quick and free of I/O: write "
                f"'def {hook}(self, {_HOOKS[hook]})'"
            )
        if not callable(method):
            return f"the rule {kind} sets {hook} to {method!r:.40}; define it as a method"
        try:
            signature = inspect.signature(method)
        except (TypeError, ValueError):  # a builtin or C callable: nothing to check
            continue
        try:
            signature.bind(*[None] * len(_HOOKS[hook].split(",")))
        except TypeError:
            return (
                f"the rule {kind} defines {hook}{signature}, which cannot take what the "
                f"governor passes it; write 'def {hook}(self, {_HOOKS[hook]})'"
            )
    # A method named like a hook but not one (``pretool``, ``pre_calls``) is never called.
    own = {
        attr
        for klass in cls.__mro__
        if klass is not Rule and klass is not object
        for attr, value in vars(klass).items()
        if callable(value) and not attr.startswith("__") and attr not in _HOOKS
    }
    for attr in sorted(own):
        close = difflib.get_close_matches(attr.lower(), list(_HOOKS), n=1, cutoff=0.85)
        if close:
            return (
                f"the rule {kind} defines {attr}(), which is no hook, so the governor never "
                f"calls it; did you mean {close[0]}? Rename it "
                f"'def {close[0]}(self, {_HOOKS[close[0]]})'"
            )
    if not overridden:
        return (
            f"the rule {kind} overrides none of the hooks ({', '.join(_HOOKS)}), so it never "
            "decides anything; define the hook it is for, e.g. "
            f"'def pre_call(self, {_HOOKS['pre_call']})'"
        )
    return None
