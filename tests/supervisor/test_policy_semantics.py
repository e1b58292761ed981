"""Policy semantics a production user leans on, attacked over the real Runtime.

Python rules and file rules deciding one call together (most severe wins, a rule answering
garbage), escalations a person answers (approved calls stay inside the rate and step limits,
a budget escalation's fallback) and shadow remedies (recorded, nobody asked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from test_governor import audit, caller, seen
from test_governor_support import Harness, Play, make_policy

from policies import (
    CallContext,
    Decision,
    Escalate,
    Interrupt,
    Reroute,
    Rule,
    Scope,
    StopAgent,
    StopSession,
    ToolContext,
    Warn,
    usd,
)
from supervisor import (
    ApprovalRequest,
    CallDenied,
    ConfigurationError,
    EscalationDenied,
    ExitCode,
    LLMResult,
    MemoryStore,
)
from supervisor._store import SQLiteStore

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

SESSION = Scope("session", "s1")


class Approves:
    """An approver that approves everything and remembers what it was asked."""

    def __init__(self, answer: str = "approve") -> None:
        self.answer = answer
        self.asked: list[ApprovalRequest] = []

    async def decide(self, request: ApprovalRequest) -> str:
        self.asked.append(request)
        return self.answer


class AsksEveryCall(Rule):
    name = "ask-every-call"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Escalate(rule=self.name, reason="Every call needs a person.", question="Go on?")


# -- a Python rule answering garbage ------------------------------------------------------------


class BadReroute(Rule):
    """Reroutes to something that is not a model reference, or with a negative max_tokens."""

    name = "bad-reroute"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        if "negative" in str(ctx.messages[-1]["content"]):
            return Reroute(rule=self.name, model="fast:small", max_tokens=-500)
        return Reroute(rule=self.name, model="small-model-without-provider")


async def test_a_rule_rerouting_to_garbage_refuses_the_call_and_names_the_rule(
    harness: Harness,
) -> None:
    """A Reroute to a malformed model used to escape the engine as InvalidModelRef (the
    governor crashed and was restarted, the agent got the raw error); a negative max_tokens
    would reserve a negative worst case. Both are a rule's garbage answer: refused, fail
    closed, naming the rule; nothing is sent or charged."""
    cls = caller([{"prompt": "hello"}, {"prompt": "negative please"}])
    run = await harness.run([cls], make_policy(), rules=[BadReroute()])
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    malformed, negative = seen(cls)
    assert isinstance(malformed, CallDenied), malformed
    assert "'bad-reroute'" in str(malformed)
    assert "'small-model-without-provider'" in str(malformed)
    assert '"provider:model"' in str(malformed)
    assert isinstance(negative, CallDenied), negative
    assert "max_tokens=-500" in str(negative)
    assert not harness.provider.requests
    balance = await run.store.balance(SESSION)
    assert balance.spent.cost == 0
    assert balance.reserved.cost == 0
    assert [r["rule"] for r in await audit(run) if r["event"] == "decision"] == [
        "bad-reroute",
        "bad-reroute",
    ]
    # The governor decided both calls: it was never restarted over the rule.
    assert not [e for e in harness.sink.events if getattr(e, "state", None) == "restarting"]


# -- most severe wins, across Python and file rules ---------------------------------------------


class RefusesBlocked(Rule):
    name = "refuses-blocked"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        if "blocked" in str(ctx.messages[-1]["content"]):
            return Interrupt(rule=self.name, reason="Not this one.", fallback="(refused)")
        return None

    def pre_tool(self, ctx: ToolContext, name: str, args: Mapping[str, Any]) -> Decision | None:
        if args.get("q") == "blocked":
            return Interrupt(rule=self.name, reason="Not this one.", fallback="(refused)")
        return None


async def test_a_limit_that_stops_the_agent_outranks_a_python_rules_refusal(
    harness: Harness,
) -> None:
    """The agent's call limit is reached and its action stops the agent; a Python rule also
    refuses the call (Interrupt, with a fallback). StopAgent is the more severe: the agent is
    stopped. (The Python refusal used to return before the limits were looked at, so the agent
    got the rule's fallback and went on calling.)"""
    cls = caller([{"prompt": "fine"}, {"prompt": "blocked"}, {"prompt": "fine again"}])
    policy = make_policy({"limits": {"max_calls_per_agent": 1, "action": "stop_agent"}})
    run = await harness.run([cls], policy, rules=[RefusesBlocked()])
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    first, second = seen(cls)
    assert isinstance(first, LLMResult)
    assert second == "stopped"  # AgentStopped, and the agent ended: no third call
    assert len(harness.provider.requests) == 1
    records = [r for r in await audit(run) if r["event"] == "decision"]
    by_rule = {r["rule"]: r["decision"] for r in records}
    assert by_rule["limits.max_calls_per_agent"] == "StopAgent"


async def test_a_step_limit_that_stops_the_agent_outranks_a_python_tool_refusal(
    harness: Harness,
) -> None:
    """The same for a tool call: the step limit (action stop_agent) beats the rule's refusal."""
    cls = caller(
        [{"tool": "search", "args": {"q": "x"}}, {"tool": "search", "args": {"q": "blocked"}}]
    )
    policy = make_policy({"limits": {"max_steps_per_agent": 1, "action": "stop_agent"}})
    run = await harness.run([cls], policy, rules=[RefusesBlocked()])
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    first, second = seen(cls)
    assert first.value == "nothing about x"
    assert second == "stopped"


async def test_a_python_refusal_ties_with_a_refusing_limit_and_keeps_its_fallback(
    harness: Harness,
) -> None:
    """A tie (the limit refuses too, Interrupt against Interrupt) goes to the earliest decision,
    the rule's: its fallback is the answer, and the limit is recorded beside it."""
    cls = caller([{"prompt": "fine"}, {"prompt": "blocked"}])
    policy = make_policy({"limits": {"max_calls_per_agent": 1, "fallback": "(limit)"}})
    run = await harness.run([cls], policy, rules=[RefusesBlocked()])
    _, second = seen(cls)
    assert isinstance(second, LLMResult)
    assert second.fallback == "(refused)"
    rules = [r["rule"] for r in await audit(run) if r["event"] == "decision"]
    assert "refuses-blocked" in rules
    assert "limits.max_calls_per_agent" in rules


# -- approved calls stay inside the limits ------------------------------------------------------


async def test_approved_calls_count_against_calls_per_minute(
    harness: Harness, tmp_path: Path
) -> None:
    """Every call escalates and the person approves each: the third call in the minute is still
    refused by calls_per_minute = 2. (An approved call used to be admitted without being counted
    in the rate windows, so all four ran.) On a real SQLite ledger."""
    cls = caller([{"prompt": f"call {i}"} for i in range(4)])
    policy = make_policy({"limits": {"calls_per_minute": 2}})
    approver = Approves()
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        await harness.run(
            [cls],
            policy,
            store=store,  # type: ignore[arg-type]
            approver=approver,
            rules=[AsksEveryCall()],
        )
        results = seen(cls)
        assert [type(r).__name__ for r in results] == [
            "LLMResult",
            "LLMResult",
            "CallDenied",
            "CallDenied",
        ]
        assert "calls in the last minute (limit 2)" in str(results[2])
        assert len(harness.provider.requests) == 2
        assert len(approver.asked) == 2  # the third call meets the limit before anyone is asked
        balance = await store.balance(SESSION)
        assert balance.spent.calls == 2


async def test_approved_calls_count_against_tokens_per_minute(harness: Harness) -> None:
    """The same for tokens_per_minute: each call uses its whole max_tokens of 1,000 and the
    session may use 2,500 tokens a minute; approved calls are counted (and corrected to what
    they used), so the third is refused."""
    harness.provider.plan = lambda _r: Play(chunks=["word "] * 600)  # cut at max_tokens
    cls = caller([{"prompt": f"call {i}", "max_tokens": 1_000} for i in range(3)])
    policy = make_policy({"limits": {"tokens_per_minute": 2_500}})
    await harness.run([cls], policy, approver=Approves(), rules=[AsksEveryCall()])
    first, second, third = seen(cls)
    assert isinstance(first, LLMResult)
    assert first.usage.output_tokens == 1_000
    assert isinstance(second, LLMResult)
    assert isinstance(third, CallDenied), third
    assert "tokens per minute" in str(third)
    assert len(harness.provider.requests) == 2


async def test_approved_tool_calls_count_against_their_rate_limit(harness: Harness) -> None:
    """A tool that needs approval, limited to 2 calls a minute: the person approves all four,
    and the third and fourth are refused by the rate limit. (Approved tool calls used to run
    without being counted in the tool's window.)"""
    cls = caller([{"tool": "delete_files", "args": {"path": f"/tmp/{i}"}} for i in range(4)])
    policy = make_policy(
        {
            "tools": {
                "require_approval": ["delete_*"],
                "rate_limits": [{"pattern": "delete_*", "per_minute": 2}],
            }
        }
    )
    approver = Approves()
    await harness.run([cls], policy, approver=approver)
    results = seen(cls)
    assert [getattr(r, "value", None) for r in results[:2]] == ["deleted /tmp/0", "deleted /tmp/1"]
    assert all(isinstance(r, CallDenied) for r in results[2:]), results
    assert "(limit 2)" in str(results[2])


# -- a budget escalation's fallback, and shadow remedies ----------------------------------------

SHORT = {"budgets": {"session": {"cost": "0.0001"}}}


async def test_a_denied_budget_escalation_answers_with_the_shortfall_fallback(
    harness: Harness,
) -> None:
    """on_shortfall = escalate with a fallback: the person denies, the agent gets the fallback
    (a result whose ``fallback`` is set), as a refused call over budget does."""
    cls = caller([{"max_tokens": 10_000}])
    policy = make_policy(
        {**SHORT, "on_shortfall": {"steps": ["escalate"], "fallback": "Out of budget."}}
    )
    await harness.run([cls], policy, approver=Approves("deny"))
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert result.fallback == "Out of budget."
    assert result.text == "Out of budget."
    assert result.finish_reason == "refused"
    assert not harness.provider.requests


async def test_an_approved_budget_escalation_grants_the_room_and_runs(
    harness: Harness,
) -> None:
    """Approving a shortfall escalation grants the session exactly the room the call lacks,
    and the call runs (issue 4). It used to be refused whatever the answer: approve gave the
    fallback, or BudgetExceeded without one. The call's worst case fits the raised budget, so
    nothing is admitted that does not fit."""
    cls = caller([{"max_tokens": 10_000}])
    policy = make_policy(
        {**SHORT, "on_shortfall": {"steps": ["escalate"], "fallback": "Out of budget."}}
    )
    run = await harness.run([cls], policy, approver=Approves())
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert result.fallback is None
    assert len(harness.provider.requests) == 1
    balance = await run.store.balance(SESSION)
    assert balance.granted.cost > 0
    assert balance.spent.cost <= balance.limit.cost == usd("0.0001") + balance.granted.cost

    cls = caller([{"max_tokens": 10_000}])
    policy = make_policy({**SHORT, "on_shortfall": {"steps": ["escalate"]}})
    await Harness().run([cls], policy, approver=Approves())
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result


async def test_a_budget_escalation_tells_the_person_what_an_approval_does(
    harness: Harness,
) -> None:
    """The question's action says what an approval grants, plainly: which budget rises, by
    how much, from what limit, and for what call (it used to say no answer lets it run)."""
    cls = caller([{"max_tokens": 10_000}])
    approver = Approves("deny")
    await harness.run(
        [cls], make_policy({**SHORT, "on_shortfall": {"steps": ["escalate"]}}), approver=approver
    )
    (request,) = approver.asked
    assert request.action == (
        "grant session 's1' $0.0999225 more (limit $0.0001) so this call (fast:big, "
        "max_tokens=10000, worst case $0.100022) can run"
    )
    assert "session 's1' $0.0999225 more (limit $0.0001)" in request.reason
    assert "fallback" in request.reason
    (error,) = seen(cls)
    assert isinstance(error, EscalationDenied), error  # deny refuses, as before
    assert "A person denied it" in str(error)


async def test_a_shadow_escalate_remedy_asks_nobody(harness: Harness) -> None:
    """on_shortfall in shadow mode records what it would have done and changes nothing: the
    escalate step is recorded as a shadow Escalate, nobody is asked, and the call meets the
    refusal it would have met with no remedy (with the fallback). It used to ask a person."""
    cls = caller([{"max_tokens": 10_000}])
    policy = make_policy(
        {
            **SHORT,
            "on_shortfall": {"steps": ["escalate"], "fallback": "Out of budget.", "mode": "shadow"},
        }
    )
    approver = Approves()
    run = await harness.run([cls], policy, approver=approver)
    assert not approver.asked
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert result.fallback == "Out of budget."
    assert not harness.provider.requests
    records = [r for r in await audit(run) if r["rule"] == "budgets.session.cost"]
    assert {(r["decision"], r["mode"]) for r in records} == {
        ("Escalate", "shadow"),
        ("Interrupt", "enforce"),
    }


# -- a reroute target that cannot be budgeted ---------------------------------------------------


async def test_a_shortfall_reroute_to_an_unpriced_model_is_reported_before_the_run(
    harness: Harness,
) -> None:
    """A shortfall reroute whose target has no price was skipped on every call: the calls meant
    to go to the cheaper model were refused, with no word about the reroute. It is bad input,
    reported before any agent starts, naming the agent, both models and the fix."""
    cls = caller([{"max_tokens": 10_000}])
    policy = make_policy(
        {
            **SHORT,
            "on_shortfall": {"steps": ["reroute", "refuse"]},
            "reroute": [{"from": "fast:big", "to": "fast:typo", "when": "shortfall"}],
        }
    )
    with pytest.raises(ConfigurationError) as raised:
        await harness.run([cls], policy)
    message = str(raised.value)
    assert "'fast:big'" in message
    assert "'fast:typo'" in message
    assert "'a1'" in message
    assert '[prices."fast:typo"]' in message
    assert not harness.provider.requests


async def test_a_call_over_tokens_per_minute_on_its_own_does_not_wait_for_nothing(
    harness: Harness,
) -> None:
    """rate_wait_seconds = 120 lets a call wait for its minute to free up; one whose worst
    case alone exceeds tokens_per_minute never fits, so it is refused at once (it used to be
    throttled for a minute, asked again, and refused then)."""
    cls = caller([{"max_tokens": 1_000}])
    policy = make_policy({"limits": {"tokens_per_minute": 500, "rate_wait_seconds": 120}})
    await harness.run([cls], policy, timeout=5)
    (refused,) = seen(cls)
    assert isinstance(refused, CallDenied), refused
    assert "can never fit" in str(refused)
    assert not [e for e in harness.sink.events if getattr(e, "state", None) == "waiting_rate"]
    assert not harness.provider.requests


@pytest.mark.parametrize(("action", "mode"), [("warn", "enforce"), ("refuse", "shadow")])
async def test_a_tokens_per_minute_warning_or_shadow_decision_is_recorded(
    harness: Harness, action: str, mode: str
) -> None:
    """limits.action = "warn", or the limits in shadow mode: the call over tokens_per_minute
    goes on, and what the limit said is recorded (audit log, the result's decisions). It used
    to be dropped: the permit's decisions were taken before the tokens were checked."""
    cls = caller([{"max_tokens": 1_000}])
    policy = make_policy({"limits": {"tokens_per_minute": 500, "action": action, "mode": mode}})
    run = await harness.run([cls], policy)
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert len(harness.provider.requests) == 1
    (record,) = [r for r in await audit(run) if r["rule"] == "limits.tokens_per_minute"]
    assert record["mode"] == mode
    assert record["decision"] == ("Warn" if action == "warn" else "Interrupt")
    assert [d.rule for d in result.decisions] == ["limits.tokens_per_minute"]


# -- a Python text rule that answers on every chunk ---------------------------------------------


class FlagsLongAnswers(Rule):
    """Once the text is long, says so on every later chunk (its condition stays true)."""

    name = "long-answer"

    def __init__(self, decision: type[Decision]) -> None:
        self.decision = decision

    def on_text(self, ctx: CallContext, text_so_far: str) -> Decision | None:
        if len(text_so_far) > 10:
            return self.decision(rule=self.name, reason="The answer is long.")
        return None


@pytest.mark.parametrize("mode", ["enforce", "shadow"])
async def test_a_text_rule_saying_the_same_on_every_chunk_is_recorded_once(
    harness: Harness, mode: str
) -> None:
    """A Warn (or, in shadow mode, a StopSession that changes nothing) from on_text, repeated on
    each of 40 chunks: the stream runs to the end and the audit log has it once per call, not
    once per chunk (it had 38 hash-chained records for one call)."""
    harness.provider.plan = lambda _r: Play(chunks=["word "] * 40)
    rule = FlagsLongAnswers(Warn if mode == "enforce" else StopSession)
    rule.mode = mode  # type: ignore[assignment]
    cls = caller([{"max_tokens": 1_000}, {"prompt": "again", "max_tokens": 1_000}])
    run = await harness.run([cls], make_policy(), rules=[rule])
    first, second = seen(cls)
    assert isinstance(first, LLMResult)
    assert first.text == "word " * 40
    assert isinstance(second, LLMResult)
    records = [r for r in await audit(run) if r["rule"] == "long-answer"]
    assert len(records) == 2  # one per call
    assert {r["mode"] for r in records} == {mode}


# -- a fallback refusal's result ----------------------------------------------------------------


class NotesEveryCall(Rule):
    name = "notes-every-call"
    mode = "shadow"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Warn(rule=self.name, reason="Seen.")


async def test_a_refused_calls_fallback_result_carries_every_decision(harness: Harness) -> None:
    """A call over budget refused with a fallback: the result is the fallback (nothing spent,
    nothing generated, its call id the audit log's) and its decisions are those the audit log
    has for the call, the refusal last, named by decision (Interrupt) as on any other result.
    It used to carry one record named after the exception and drop the rest (here the shadow
    rule's note)."""
    cls = caller([{"max_tokens": 10_000}])
    policy = make_policy(
        {**SHORT, "on_shortfall": {"steps": ["refuse"], "fallback": "Out of budget."}}
    )
    run = await harness.run([cls], policy, rules=[NotesEveryCall()])
    (result,) = seen(cls)
    assert isinstance(result, LLMResult), result
    assert (result.text, result.fallback) == ("Out of budget.", "Out of budget.")
    assert (result.cost, result.usage.input_tokens, result.usage.output_tokens) == (0, 0, 0)
    assert result.finish_reason == "refused"
    assert result.model == "fast:big"
    assert [(d.action, d.rule, d.mode) for d in result.decisions] == [
        ("Warn", "notes-every-call", "shadow"),
        ("Interrupt", "budgets.session.cost", "enforce"),
    ]
    records = [r for r in await audit(run) if r["event"] == "decision"]
    assert {r["call_id"] for r in records} == {result.call_id}
    assert [r["rule"] for r in records] == [d.rule for d in result.decisions]


# -- a Python rule's decision that cannot be acted on ------------------------------------------


class StopsWithATypo(Rule):
    """Means to stop the session, but its decision's mode is misspelt."""

    name = "stops-with-a-typo"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        if "interrupt" in str(ctx.messages[-1]["content"]):
            return Interrupt(rule=self.name, reason="No.", fallback=42)  # type: ignore[arg-type]
        return StopSession(rule=self.name, reason="Stop everything.", mode="Enforce")  # type: ignore[arg-type]


async def test_a_decision_with_a_misspelt_mode_or_a_non_text_fallback_refuses_the_call(
    harness: Harness,
) -> None:
    """StopSession(mode="Enforce") was neither enforced nor shadowed: most_severe skipped it
    and the call ran (fail open). Interrupt(fallback=42) handed the agent 42 as its answer's
    text. Both are a rule's garbage answer: the call is refused, naming the rule and the fix."""
    cls = caller([{"prompt": "hello"}, {"prompt": "interrupt me"}])
    run = await harness.run([cls], make_policy(), rules=[StopsWithATypo()])
    misspelt, not_text = seen(cls)
    assert isinstance(misspelt, CallDenied), misspelt
    assert "mode='Enforce'" in str(misspelt)
    assert "'enforce' or 'shadow'" in str(misspelt)
    assert isinstance(not_text, CallDenied), not_text
    assert "fallback=42" in str(not_text)
    assert not harness.provider.requests
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK


def test_runtime_refuses_a_rule_whose_mode_is_misspelt() -> None:
    """In a program, Runtime(rules=...) says so before anything runs."""

    class Typo(Rule):
        name = "typo"
        mode = "shadwo"  # type: ignore[assignment]

    with pytest.raises(ConfigurationError, match=r"rule .*Typo has mode = 'shadwo'"):
        Harness().runtime(MemoryStore(), make_policy(), rules=[Typo()])


# -- a Python rule's post_call ------------------------------------------------------------------


class StopsAfterTheFirstAnswer(Rule):
    name = "stops-after-the-first-answer"

    def __init__(self, decision: type[Decision], mode: str = "enforce") -> None:
        self.decision = decision
        self.mode = mode  # type: ignore[assignment]

    def post_call(self, ctx: CallContext, outcome: Any) -> Decision | None:
        return self.decision(rule=self.name, reason="Seen enough.")


@pytest.mark.parametrize("decision", [StopAgent, StopSession])
async def test_a_post_call_stop_is_carried_out(harness: Harness, decision: type[Decision]) -> None:
    """A Python rule's post_call stop was recorded and ignored: the agent made all its calls
    and the run ended OK. The agent now gets this call's answer and is stopped."""
    cls = caller([{"prompt": "a"}, {"prompt": "b"}, {"prompt": "c"}])
    run = await harness.run([cls], make_policy(), rules=[StopsAfterTheFirstAnswer(decision)])
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    first, second = seen(cls)
    assert isinstance(first, LLMResult)
    assert second == "stopped"
    assert len(harness.provider.requests) == 1


async def test_a_shadow_post_call_stop_changes_nothing(harness: Harness) -> None:
    cls = caller([{"prompt": "a"}, {"prompt": "b"}])
    rule = StopsAfterTheFirstAnswer(StopAgent, mode="shadow")
    run = await harness.run([cls], make_policy(), rules=[rule])
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    assert len(harness.provider.requests) == 2
    records = [r for r in await audit(run) if r["rule"] == rule.name]
    assert [(r["decision"], r["mode"]) for r in records] == [("StopAgent", "shadow")] * 2


# -- a reroute to a model with no price ---------------------------------------------------------


class ReroutesToAnUnpricedModel(Rule):
    name = "to-the-new-model"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Reroute(rule=self.name, model="fast:brand-new")


async def test_a_rule_rerouting_to_an_unpriced_model_is_named_in_the_refusal(
    harness: Harness,
) -> None:
    """The agent's own model is priced; a Python rule reroutes to one that is not. The call
    is refused (never admitted unbudgeted), and the reason says where the call was sent from
    and by which rule, beside the price to add; it used to name only the unpriced model."""
    cls = caller([{}])
    await harness.run([cls], make_policy(), rules=[ReroutesToAnUnpricedModel()])
    (refused,) = seen(cls)
    assert isinstance(refused, CallDenied), refused
    message = str(refused)
    assert "No price is known for 'fast:brand-new'" in message
    assert "rerouted to it from fast:big by the rule 'to-the-new-model'" in message
    assert refused.numbers["rerouted_from"] == "fast:big"
    assert not harness.provider.requests


async def test_a_call_waiting_for_its_rate_window_stops_waiting_at_the_session_deadline(
    harness: Harness,
) -> None:
    """calls_per_minute = 1 with rate_wait_seconds = 120: the second call would wait about a
    minute for room, but the session ends after a second. The wait ends at the deadline and
    the call meets the wall-clock limit then (it used to sleep its minute past the end)."""
    cls = caller([{"prompt": "first"}, {"prompt": "second"}])
    policy = make_policy(
        {
            "limits": {
                "max_session_seconds": 1.0,
                "calls_per_minute": 1,
                "rate_wait_seconds": 120,
            }
        }
    )
    await harness.run([cls], policy, timeout=10)
    first, second = seen(cls)
    assert isinstance(first, LLMResult)
    assert isinstance(second, CallDenied), second
    assert second.rule == "limits.max_session_seconds"
    waiting = [e for e in harness.sink.events if getattr(e, "state", None) == "waiting_rate"]
    assert waiting  # it did wait for its window, until the deadline
    assert len(harness.provider.requests) == 1


# -- per-minute limits with many calls decided together -----------------------------------------


async def test_calls_per_minute_holds_when_many_calls_are_decided_together(
    harness: Harness, tmp_path: Path
) -> None:
    """Twenty agents call at once on a real SQLite ledger, whose reserves overlap (each call's
    handler awaits its write while the governor decides the next): calls_per_minute = 5 lets
    exactly five through, because each admitted call is counted before its reserve is awaited,
    and the ledger has exactly those five."""
    classes = [caller([{"prompt": f"agent {i}"}], name=f"a{i}") for i in range(20)]
    policy = make_policy({"limits": {"calls_per_minute": 5}})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        await harness.run(classes, policy, store=store)  # type: ignore[arg-type]
        results = [r for cls in classes for r in seen(cls)]
        assert sum(isinstance(r, LLMResult) for r in results) == 5
        refused = [r for r in results if not isinstance(r, LLMResult)]
        assert len(refused) == 15
        assert all(
            isinstance(r, CallDenied) and r.rule == "limits.calls_per_minute" for r in refused
        )
        assert len(harness.provider.requests) == 5
        assert (await store.balance(SESSION)).spent.calls == 5
