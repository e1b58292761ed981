"""The governor end to end: pre-call decisions, mid-stream cuts, acting, audit, fail-closed.

Every test drives a real Runtime (actor system, supervisors, Governor, Agent, MemoryStore) with
the in-process ``FastProvider`` from ``test_governor_support`` and runs on asyncio and trio.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar

import anyio
import pytest
import structlog.testing
from test_governor_support import Harness, Play, agent_class, make_policy, record_where

from policies import CallContext, Decision, Interrupt, Rule, Scope, parse_policy
from policies._loops import LoopConfig
from supervisor import (
    Agent,
    AgentStopped,
    ApprovalRequest,
    BudgetExceeded,
    CallDenied,
    EscalationDenied,
    LLMResult,
    MemoryStore,
    tool,
)
from supervisor._governor import Governor, loop_config_from_policy, new_call_id

pytestmark = pytest.mark.filterwarnings("error")


class Caller(Agent):
    """Makes the calls listed in ``calls`` in order and records what each returned or raised."""

    model = "fast:big"
    calls: ClassVar[list[dict[str, Any]]] = [{}]
    seen: ClassVar[list[Any]]
    # Seconds to sleep between calls (0: only let the others run); None: straight on.
    pause: ClassVar[float | None] = None

    async def run(self) -> None:
        for call in self.calls:
            try:
                if "tool" in call:
                    result: Any = await self.tool(call["tool"], call.get("args", {}))
                else:
                    result = await self.llm(
                        call.get("prompt", "hello"),
                        model=call.get("model"),
                        max_tokens=call.get("max_tokens", 100),
                    )
            except AgentStopped:
                self.seen.append("stopped")
                raise
            except Exception as exc:
                result = exc
            self.seen.append(result)
            if self.pause is not None:
                await anyio.sleep(self.pause)

    @tool
    async def search(self, q: str = "") -> str:
        return f"nothing about {q}"

    @tool
    async def delete_files(self, path: str = "") -> str:
        return f"deleted {path}"


def caller(calls: list[dict[str, Any]], name: str = "a1", **attrs: Any) -> type[Agent]:
    return agent_class(name, Caller, calls=calls, seen=[], **attrs)


def seen(cls: type[Agent]) -> list[Any]:
    return cls.seen  # type: ignore[attr-defined, no-any-return]


async def audit(run: Any) -> list[dict[str, Any]]:
    return [dict(r.data, event=r.event, agent=r.agent) for r in await run.store.read_audit()]


# -- pre-call decisions ------------------------------------------------------------------------


async def test_max_tokens_is_lowered_to_fit(harness: Harness) -> None:
    harness.provider.plan = lambda _r: Play(chunks=["word"] * 5)
    cls = caller([{"max_tokens": 10_000}])  # worst case $0.10 against $0.01
    run = await harness.run([cls], make_policy(budget="0.01"))
    (result,) = seen(cls)
    assert isinstance(result, LLMResult)
    sent = harness.provider.requests[0].max_tokens
    assert 256 <= sent < 10_000
    assert any("lowered" in d.reason for d in result.decisions)
    (record,) = [r for r in await audit(run) if r["rule"] == "budgets.session.cost"]
    assert record["numbers"]["lowered_max_tokens"] == sent
    assert record["mode"] == "enforce"
    assert record["decision"] == "Warn"


async def test_reroute_to_a_cheaper_model_on_shortfall(harness: Harness) -> None:
    harness.provider.plan = lambda _r: Play(chunks=["word"] * 5)
    policy = make_policy(
        {
            "reroute": [{"from": "fast:big", "to": "fast:small", "when": "shortfall"}],
            "on_shortfall": {"steps": ["reroute", "refuse"]},
        },
        budget="0.03",
    )
    # $0.02 fits on big; $0.05 does not, but on small it is $0.003.
    cls = caller([{"max_tokens": 2_000}, {"max_tokens": 5_000}])
    run = await harness.run([cls], policy)
    first, second = seen(cls)
    assert isinstance(first, LLMResult)
    assert first.model == "fast:big"
    assert isinstance(second, LLMResult)
    assert second.model == "fast:small"
    assert [r.model for r in harness.provider.requests] == ["big", "small"]
    # Both calls are accounted, each at its own model's price.
    (summary,) = await run.store.list_sessions()
    assert set(summary.by_model) == {"fast:big", "fast:small"}
    assert summary.spent.cost == first.cost + second.cost
    assert any(r["decision"] == "Reroute" for r in await audit(run))


async def test_refusal_gives_the_fallback_when_the_policy_has_one(harness: Harness) -> None:
    policy = make_policy(
        {"on_shortfall": {"steps": ["refuse"], "fallback": "Out of budget."}}, budget="0.001"
    )
    cls = caller([{"max_tokens": 10_000}])
    await harness.run([cls], policy)
    (result,) = seen(cls)
    assert isinstance(result, LLMResult)
    assert result.text == result.fallback == "Out of budget."
    assert result.interrupted
    assert result.cost == 0
    assert harness.provider.requests == []


async def test_refusal_raises_budget_exceeded_without_a_fallback(harness: Harness) -> None:
    policy = make_policy({"on_shortfall": {"steps": ["refuse"]}}, budget="0.001")
    cls = caller([{"max_tokens": 10_000}])
    run = await harness.run([cls], policy)
    (result,) = seen(cls)
    assert isinstance(result, BudgetExceeded)
    assert result.rule == "budgets.session.cost"
    assert result.numbers["needed"] > result.numbers["remaining"]
    assert harness.provider.requests == []
    balance = await run.store.balance(Scope("session", "s1"))
    assert balance.spent.cost == balance.reserved.cost == 0


async def test_a_model_with_no_price_is_refused_clearly(harness: Harness) -> None:
    cls = caller([{"model": "fast:unpriced"}])
    await harness.run([cls], make_policy())
    (result,) = seen(cls)
    assert isinstance(result, CallDenied)
    assert result.rule == "prices"
    assert "fast:unpriced" in result.reason
    assert harness.provider.requests == []


async def test_calls_per_minute(harness: Harness) -> None:
    cls = caller([{}, {}, {}])
    run = await harness.run([cls], make_policy({"limits": {"calls_per_minute": 2}}))
    ok1, ok2, third = seen(cls)
    assert isinstance(ok1, LLMResult)
    assert isinstance(ok2, LLMResult)
    assert isinstance(third, CallDenied)
    assert third.rule == "limits.calls_per_minute"
    assert third.numbers["limit"] == 2
    assert len(harness.provider.requests) == 2
    assert any(r["rule"] == "limits.calls_per_minute" for r in await audit(run))


async def test_step_limits_count_llm_and_tool_calls(harness: Harness) -> None:
    cls = caller([{}, {"tool": "search", "args": {"q": "x"}}, {}])
    await harness.run([cls], make_policy({"limits": {"max_steps_per_agent": 2}}))
    first, second, third = seen(cls)
    assert isinstance(first, LLMResult)
    assert second.value == "nothing about x"
    assert isinstance(third, CallDenied)
    assert third.rule == "limits.max_steps_per_agent"


async def test_tool_deny_and_allow_lists(harness: Harness) -> None:
    cls = caller([{"tool": "delete_files"}, {"tool": "search"}])
    await harness.run([cls], make_policy({"tools": {"deny": ["delete_*"], "allow": ["search"]}}))
    denied, allowed = seen(cls)
    assert isinstance(denied, CallDenied)
    assert denied.rule == "tools.deny"
    assert allowed.value == "nothing about "
    cls2 = caller([{"tool": "delete_files"}], name="a2")
    await Harness().run([cls2], make_policy({"tools": {"allow": ["search"]}}))
    (not_allowed,) = seen(cls2)
    assert isinstance(not_allowed, CallDenied)
    assert not_allowed.rule == "tools.allow"


class ScriptedApprover:
    """Answers approval requests from a list, recording each request (a person stands in)."""

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.requests: list[ApprovalRequest] = []

    async def decide(self, request: ApprovalRequest) -> Any:
        self.requests.append(request)
        await anyio.lowlevel.checkpoint()
        return self.answers.pop(0)


@pytest.mark.parametrize("answer", ["approve", "deny", "stop"])
async def test_tool_needing_approval(harness: Harness, answer: str) -> None:
    approver = ScriptedApprover(answer)
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}])
    run = await harness.run(
        [cls], make_policy({"tools": {"require_approval": ["delete_*"]}}), approver=approver
    )
    (request,) = approver.requests
    assert request.rule == "tools.require_approval"
    assert "delete_files" in request.action
    assert "/tmp/x" in request.action
    (result,) = seen(cls)
    if answer == "approve":
        assert result.value == "deleted /tmp/x"
    elif answer == "deny":
        assert isinstance(result, EscalationDenied)
    else:
        assert result == "stopped"
    (answered,) = [r for r in await audit(run) if r["event"] == "approval.answered"]
    assert answered["answer"] == answer
    assert answered["by"] == "approver"  # an approver with only decide() cannot say who
    assert answered["rule"] == "tools.require_approval"
    assert answered["time"] > 0
    assert answered["waited_s"] >= 0


class NeverAnswers:
    """A person who never answers."""

    async def decide(self, request: ApprovalRequest) -> Any:
        await anyio.sleep_forever()


class GivesUpWaiting(Agent):
    model = "fast:big"
    name = "impatient"

    @tool
    async def delete_files(self, path: str) -> str:
        return f"deleted {path}"

    async def run(self) -> None:
        with anyio.move_on_after(0.05):
            await self.tool("delete_files", {"path": "/tmp/x"})


async def test_a_question_left_by_an_agent_that_stopped_is_forgotten(harness: Harness) -> None:
    """The governor holds each escalated call until its answer; an agent that stops while
    a person is asked (the approver withdraws the question) leaves nothing held."""
    run = await harness.run(
        [GivesUpWaiting],
        make_policy({"tools": {"require_approval": ["delete_*"]}}),
        approver=NeverAnswers(),
    )
    assert run.outcome is not None
    assert run.outcome.exit_code == 0
    governor = run.runtime.governor
    assert governor is not None
    assert governor.statistics()["held_for_approval"] == 0


async def test_unattended_default_denies(harness: Harness) -> None:
    """And the audit log says the default answered, not a person."""
    cls = caller([{"tool": "delete_files"}])
    run = await harness.run([cls], make_policy({"tools": {"require_approval": ["delete_*"]}}))
    (result,) = seen(cls)
    assert isinstance(result, EscalationDenied)
    (answered,) = [r for r in await audit(run) if r["event"] == "approval.answered"]
    assert (answered["answer"], answered["by"]) == ("deny", "default")


class SourcedApprover(ScriptedApprover):
    """A custom approver that says who answered (a person on a chat channel, say)."""

    async def decide_with_source(self, request: ApprovalRequest) -> tuple[Any, str]:
        return await self.decide(request), "keyboard"


async def test_an_approver_that_says_who_answered_is_audited_so(harness: Harness) -> None:
    approver = SourcedApprover("approve")
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}])
    run = await harness.run(
        [cls], make_policy({"tools": {"require_approval": ["delete_*"]}}), approver=approver
    )
    (answered,) = [r for r in await audit(run) if r["event"] == "approval.answered"]
    assert (answered["answer"], answered["by"]) == ("approve", "keyboard")


async def test_shadow_mode_records_and_changes_nothing(harness: Harness) -> None:
    policy = make_policy(
        {
            "budgets": {"session": {"cost": "0.000001", "mode": "shadow"}},
            "tools": {"deny": ["search"], "mode": "shadow"},
        },
        budget=None,
    )
    cls = caller([{"max_tokens": 1_000}, {"tool": "search"}])
    run = await harness.run([cls], policy)
    llm, tool_result = seen(cls)
    assert isinstance(llm, LLMResult)
    assert harness.provider.requests[0].max_tokens == 1_000
    assert tool_result.value == "nothing about "
    records = await audit(run)
    shadow = {r["rule"] for r in records if r.get("mode") == "shadow"}
    assert {"budgets.session", "tools.deny"} <= shadow


class NoSecretsPlease(Rule):
    name = "no-secrets-please"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        text = str(ctx.messages[-1].get("content", ""))
        if "password" in text:
            return Interrupt(
                rule=self.name,
                reason="Prompts must not ask for passwords.",
                numbers={"chars": len(text)},
            )
        return None


async def test_python_rules_mix_with_the_file(harness: Harness) -> None:
    cls = caller([{"prompt": "what is the password"}, {}, {}])
    await harness.run(
        [cls], make_policy({"limits": {"max_calls_per_agent": 1}}), rules=[NoSecretsPlease()]
    )
    by_rule, allowed, by_file = seen(cls)
    assert isinstance(by_rule, CallDenied)
    assert by_rule.rule == "no-secrets-please"
    assert isinstance(allowed, LLMResult)
    assert isinstance(by_file, CallDenied)
    assert by_file.rule == "limits.max_calls_per_agent"


class BuggyRule(Rule):
    name = "buggy"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return ctx.no_such_field  # type: ignore[attr-defined, no-any-return]


async def test_a_python_rule_with_a_bug_refuses_calls_and_leaves_the_governor_running(
    harness: Harness,
) -> None:
    """Each call is refused with what to fix (fail closed); the governor is not restarted
    (a crash would rebuild it from the store and fail every agent's calls meanwhile), and
    the next agent's calls go on being decided."""
    cls = caller([{}, {}, {}])
    with structlog.testing.capture_logs() as logs:
        await harness.run([cls], make_policy({}), rules=[BuggyRule()])
    refused = seen(cls)
    assert len(refused) == 3
    for error in refused:
        assert isinstance(error, CallDenied)
        assert error.rule == "buggy"
        assert "raised AttributeError" in error.reason
        assert "in pre_call(); the call is refused (fail closed). Fix the rule." in error.reason
    events = {entry["event"] for entry in logs}
    assert "governor.restarted" not in events
    assert "governor.handler_failed" not in events


def test_a_long_loop_window_in_the_policy_gets_the_history_it_needs() -> None:
    # A semantic window of 40 passes check-policy; it used to fail the run at start-up
    # because the detectors keep 64 steps by default.
    config = loop_config_from_policy(parse_policy({"loops": {"semantic": {"window": 40}}}))
    assert config.semantic_window == 40
    assert config.history == config.history_needed() == 80
    assert loop_config_from_policy(parse_policy({})).history == 64


def test_no_loops_table_runs_the_measured_detectors_as_an_empty_table_does() -> None:
    # The accuracy benchmark measures the detectors' own defaults. A policy without a
    # [loops.semantic] table used to run another, unmeasured setting (0.92 over responses,
    # pairwise) than one with an empty table (0.75 over responses and tool calls).
    none = loop_config_from_policy(parse_policy({}))
    empty = loop_config_from_policy(parse_policy({"loops": {"semantic": {}, "structural": {}}}))
    assert none == empty
    measured = LoopConfig()
    assert (none.semantic_threshold, none.semantic_compare, none.semantic_mode) == (
        measured.semantic_threshold,
        measured.semantic_compare,
        measured.semantic_mode,
    )


class TaskSpy(Rule):
    """Records which task the governor decides each call in (a test probe, not a policy)."""

    name = "task-spy"

    def __init__(self) -> None:
        self.tasks: list[int] = []

    def pre_call(self, ctx: CallContext) -> Decision | None:
        self.tasks.append(anyio.get_current_task().id)
        return None


class WhereAmI(Agent):
    model = "fast:big"
    tasks: ClassVar[list[int]] = []

    async def run(self) -> None:
        for _ in range(3):
            type(self).tasks.append(anyio.get_current_task().id)
            await self.llm("hello")


async def test_with_a_memory_store_the_governor_decides_in_the_agents_task(
    harness: Harness,
) -> None:
    # MemoryStore never waits, so an idle governor answers the pre-call and the settle in the
    # agent's task (Actor.answers_inline): no mailbox round trip, same decisions.
    spy = TaskSpy()
    cls = type("WhereAmI1", (WhereAmI,), {"name": "w", "tasks": []})
    run = await harness.run([cls], make_policy({}), rules=[spy])
    assert run.outcome.exit_code == 0
    assert len(spy.tasks) == 3
    # The first call may still find the governor busy with the agent's hello (the mailbox
    # then answers it); the later ones find it idle.
    assert spy.tasks[1:] == cls.tasks[1:]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_call_ids_are_unique_in_a_process_and_differ_in_a_forked_child() -> None:
    ids = {new_call_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(i.startswith(f"c-{os.getpid()}-") for i in ids)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the parent's next id would be the same counter value
        os.write(write, new_call_id().encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 200).decode()
    os.close(read)
    mine = new_call_id()
    assert child.startswith(f"c-{pid}-")
    assert child.rsplit("-", 1)[1] == mine.rsplit("-", 1)[1]  # the same counter value...
    assert child != mine  # ...and still a different id


# -- what the loop detectors see of an LLM call ----------------------------------------------


async def test_a_prompt_sent_again_is_no_new_input_for_the_loop_detectors(
    harness: Harness,
) -> None:
    # Short answers that say the same thing: a loop when the agent sends the same prompt each
    # time (nothing new came in), progress when each call asks something new.
    answers = iter(f"I will check the invoice status now, attempt {i}." for i in range(20))
    harness.provider.plan = lambda _r: Play(chunks=[next(answers)])
    same = caller([{"prompt": "Please check the invoice."}] * 4, name="same")
    run = await harness.run([same], make_policy())
    findings = [r for r in await audit(run) if r.get("rule", "").startswith("loops.")]
    assert findings, "the same prompt sent again and again should trip a loop detector"
    assert "idle_talk" in findings[0]["rule"]

    harness.provider.plan = lambda _r: Play(chunks=[next(answers)])
    fresh = caller(
        [
            {"prompt": f"Please check invoice {n}, from {who}."}
            for n, who in enumerate(("Acme", "Globex", "Initech", "Umbrella"))
        ],
        name="fresh",
    )
    run = await harness.run([fresh], make_policy())
    assert not [r for r in await audit(run) if r.get("rule", "").startswith("loops.")]
    assert all(isinstance(r, LLMResult) for r in seen(fresh))


async def test_a_step_is_observed_while_the_governor_idles_with_the_same_findings(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The loop tracker observes a call's step after the call has returned, while the loop is
    # idle, instead of at the start of the agent's next call; what it finds is still acted on
    # at that next call. Back to back, the next call comes first and observes it itself.
    where = record_where(
        monkeypatch, "_observe", "_observe_pending", ("in the next call", "while idle")
    )

    async def loops(pause: float | None) -> tuple[list[str], list[tuple[str, str]]]:
        where.clear()
        answers = iter(f"I will check the invoice status now, attempt {i}." for i in range(20))
        harness.provider.plan = lambda _r: Play(chunks=[next(answers)])
        cls = caller([{"prompt": "Please check the invoice."}] * 6, name="same", pause=pause)
        run = await harness.run([cls], make_policy())
        found = [
            (r["rule"], r["decision"])
            for r in await audit(run)
            if r.get("rule", "").startswith("loops.")
        ]
        return [type(r).__name__ for r in seen(cls)], found

    paced = await loops(0.005)
    assert where
    assert set(where) == {"while idle"}
    back_to_back = await loops(None)
    assert where
    assert set(where) == {"in the next call"}
    assert paced == back_to_back
    results, found = paced
    assert "idle_talk" in found[0][0]
    # Warned after the third answer, acted on (a restart) at the fifth call, each time.
    assert results[:5] == ["LLMResult"] * 4 + ["LoopDetected"]
    assert [d for _, d in found[:2]] == ["Warn", "RestartAgent"]


async def test_a_settle_is_written_behind_the_call_and_before_the_next_decision(
    harness: Harness,
) -> None:
    # With MemoryStore the call returns once its cost is known; the store write follows in the
    # observer task. The reservation (at least the cost) is held until then, and the next
    # call's decision, straight after, sees the settled amount, not the reservation: $0.03
    # holds one worst case ($0.02) beside a settled call, not two.
    harness.provider.plan = lambda _r: Play(chunks=["word"] * 5)
    store = MemoryStore()
    held: list[tuple[int, int]] = []  # (open reservations, settled calls) after each call

    class Writer(Agent):
        model = "fast:big"

        async def run(self) -> None:
            for _ in range(2):
                results.append(await self.llm("hello", max_tokens=2_000))
                (summary,) = await store.list_sessions()
                held.append((summary.open_reservations, summary.calls))
            await anyio.sleep(0.05)  # the observer task's turn
            (summary,) = await store.list_sessions()
            held.append((summary.open_reservations, summary.calls))

    results: list[LLMResult] = []
    async with store:
        await harness.run([agent_class("w", Writer)], make_policy(budget="0.03"), store=store)
        (summary,) = await store.list_sessions()
    first, second = results
    # The second call was neither lowered nor refused: the first was settled before it.
    assert [r.max_tokens for r in harness.provider.requests] == [2_000, 2_000]
    assert not second.decisions
    # Each call returned before its write (its reservation still open), the next decision
    # wrote it, and the idle loop wrote the last.
    assert held == [(1, 0), (1, 1), (0, 2)]
    assert summary.spent.cost == first.cost + second.cost
    assert summary.reserved.cost == 0


async def test_settles_written_behind_reach_the_store_when_the_governor_is_killed(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A governor killed (restarted by its supervisor) with settles not yet written writes them
    # as it goes: the calls' reservations do not stay open, counted as spent. (Its observer
    # task never gets a turn here, so the killed governor holds the first call's settle.)
    async def never(self: Governor) -> None:
        await anyio.sleep_forever()

    monkeypatch.setattr(Governor, "_observe_queued", never)
    harness.provider.plan = lambda _r: Play(chunks=["word"] * 5)
    store = MemoryStore()
    results: list[LLMResult] = []

    class Killer(Agent):
        model = "fast:big"

        async def run(self) -> None:
            results.append(await self.llm("hello", max_tokens=100))
            ref = self.binding.link.ref
            assert ref is not None
            ref.kill("a test kills the governor", by="test")
            results.append(await self.llm("hello again", max_tokens=100))

    async with store:
        run = await harness.run([agent_class("k", Killer)], make_policy(), store=store)
        (summary,) = await store.list_sessions()
    assert run.outcome.exit_code == 0
    assert len(results) == 2
    assert summary.open_reservations == 0
    assert summary.calls == 2
    assert summary.spent.cost == results[0].cost + results[1].cost


async def test_the_observer_queue_holds_each_agent_once_when_the_loop_is_never_idle(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Agents calling back to back (letting the others run between calls, but never waiting
    # within one) keep the loop busy: the observer task gets a turn per round while every
    # agent adds a step. Its queue must not grow with the calls made.
    longest = 0
    observe_later = Governor._observe_later

    def spy(self: Governor, agent: Any) -> bool:
        nonlocal longest
        queued = observe_later(self, agent)
        longest = max(longest, len(self._to_observe))
        return queued

    monkeypatch.setattr(Governor, "_observe_later", spy)
    counter = iter(range(10_000))
    harness.provider.plan = lambda _r: Play(
        chunks=[f"Figure {next(counter)} is in."], checkpoint=False
    )
    gate = anyio.Event()
    ready: list[str] = []
    results: list[Any] = []

    class Busy(Agent):
        model = "fast:big"

        async def run(self) -> None:
            ready.append(self.name or "")
            if len(ready) == 20:
                gate.set()
            await gate.wait()  # all at once, as a busy fleet
            for n in range(12):
                results.append(await self.llm(f"Report figure {n}.", max_tokens=100))
                await anyio.lowlevel.checkpoint()

    await harness.run([agent_class(f"a{i}", Busy) for i in range(20)], make_policy())
    assert len(results) == 240
    assert all(isinstance(r, LLMResult) for r in results)
    assert 0 < longest <= 20, longest


# -- a rate limit that throttles instead of refusing -----------------------------------------


@pytest.fixture
def fake_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The governor's clock, moved on by a throttled call's wait (not by real time), so a
    minute's window frees up at once. Returns the waits."""
    import supervisor._agent as agent_module

    now = [1000.0]
    waits: list[float] = []
    original = Governor.__init__

    def init(self: Governor, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **{**kwargs, "clock": lambda: now[0]})

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds
        await anyio.lowlevel.checkpoint()

    monkeypatch.setattr(Governor, "__init__", init)
    monkeypatch.setattr(agent_module, "_throttle_sleep", sleep)
    return waits


async def test_a_rate_limit_with_a_wait_throttles_calls_instead_of_refusing(
    harness: Harness, fake_clock: list[float]
) -> None:
    cls = caller([{}, {}, {}, {"tool": "search", "args": {"q": "x"}}, {"tool": "search"}])
    limits = {"calls_per_minute": 2, "rate_wait_seconds": 120}
    tools = {"rate_limits": [{"pattern": "search", "per_minute": 1}]}
    run = await harness.run([cls], make_policy({"limits": limits, "tools": tools}))
    first, second, third, found, again = seen(cls)
    assert all(isinstance(r, LLMResult) for r in (first, second, third))
    assert (found.value, again.value) == ("nothing about x", "nothing about ")
    assert len(harness.provider.requests) == 3
    # The third call waited for the first's minute to pass, the second search for the first's.
    assert len(fake_clock) == 2
    assert all(59 < w <= 60.1 for w in fake_clock)
    # Nothing was refused, so nothing is audited as a refusal; the agent showed it waited.
    assert not [r for r in await audit(run) if "per_minute" in r.get("rule", "")]
    states = [e.state for e in harness.sink.events if type(e).__name__ == "AgentStateChanged"]
    assert states.count("waiting_rate") == 2


async def test_a_throttled_call_is_refused_once_its_wait_is_spent(
    harness: Harness, fake_clock: list[float]
) -> None:
    cls = caller([{}, {}])
    limits = {"calls_per_minute": 1, "rate_wait_seconds": 30}  # less than the window needs
    run = await harness.run([cls], make_policy({"limits": limits}))
    ok, refused = seen(cls)
    assert isinstance(ok, LLMResult)
    assert isinstance(refused, CallDenied)
    assert refused.rule == "limits.calls_per_minute"
    assert fake_clock == []  # it could not wait long enough, so it did not wait at all
    assert any(r.get("rule") == "limits.calls_per_minute" for r in await audit(run))
