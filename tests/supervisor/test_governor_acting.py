"""The governor acting while calls run: cuts, stops, restarts, audit, and failing closed."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import anyio
from structlog.testing import capture_logs
from test_governor_support import Harness, Play, agent_class, make_policy

from policies import CallContext, Decision, Interrupt, Rule, Scope, StopSession, Warn
from supervisor import (
    Agent,
    CallDenied,
    CallSettled,
    CallStarted,
    ExitCode,
    LLMResult,
    MemoryStore,
    StoreUnavailable,
    StreamCut,
    Team,
    tool,
)
from supervisor._target import AgentSpec, TargetSpec

SECRET_RULE = {"name": "secret", "pattern": r"sk-[A-Za-z0-9]{20,}"}
SECRET_CHUNKS = ["Here ", "is the key sk-abc", "defghijklmnopqrstuvwxyz123 ", "and more ", "text "]


class Once(Agent):
    model = "fast:big"
    seen: ClassVar[list[Any]]

    async def run(self) -> None:
        try:
            self.seen.append(await self.llm("hello", max_tokens=1_000))
        except Exception as exc:
            self.seen.append(exc)


# -- mid-stream --------------------------------------------------------------------------------


async def test_secret_spanning_two_chunks_is_cut_with_fallback(harness: Harness) -> None:
    harness.provider.plan = lambda _r: Play(chunks=SECRET_CHUNKS)
    policy = make_policy({"stream_rules": [{**SECRET_RULE, "fallback": "[withheld]"}]})
    cls = agent_class("a1", Once, seen=[])
    run = await harness.run([cls], policy)
    (result,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(result, LLMResult)
    assert result.interrupted
    assert result.text == "Here is the key "  # cut before the secret
    assert result.fallback == "[withheld]"
    # The completing chunk was the last one delivered.
    assert harness.provider.delivered == 3
    # Settled at what was generated, not at the reservation.
    (started,) = [e for e in run.sink.events if isinstance(e, CallStarted)]
    (settled,) = [e for e in run.sink.events if isinstance(e, CallSettled)]
    assert settled.outcome == "cut"
    assert 0 < settled.cost < started.reserved / 10
    balance = await run.store.balance(Scope("session", "s1"))
    assert balance.spent.cost == settled.cost
    assert balance.reserved.cost == 0
    records = [r.data for r in await run.store.read_audit()]
    assert any(r.get("rule") == "stream_rules.secret" for r in records)
    assert "abcdefghijklmnopqrstuvwxyz" not in json.dumps(records)


async def test_secret_cut_without_fallback_raises_stream_cut(harness: Harness) -> None:
    harness.provider.plan = lambda _r: Play(chunks=SECRET_CHUNKS)
    cls = agent_class("a1", Once, seen=[])
    await harness.run([cls], make_policy({"stream_rules": [SECRET_RULE]}))
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, StreamCut)
    assert error.rule == "stream_rules.secret"
    assert error.partial is not None
    assert error.partial.text == "Here is the key "


async def test_governor_cut_cancels_a_running_stream_at_once(harness: Harness) -> None:
    reached = anyio.Event()
    harness.provider.plan = lambda _r: Play(chunks=["a "] * 10, hang_after=3, reached=reached)
    cls = agent_class("a1", Once, seen=[])
    store = MemoryStore()
    async with store, anyio.create_task_group() as tg:
        runtime = harness.runtime(store, make_policy())

        async def cut_when_streaming() -> None:
            await reached.wait()
            (started,) = [e for e in harness.sink.events if isinstance(e, CallStarted)]
            assert runtime.governor is not None
            cut = Interrupt(rule="operator", reason="Cut by the test.")
            assert runtime.governor.cut(started.call_id, cut)

        tg.start_soon(cut_when_streaming)
        with anyio.fail_after(5):
            outcome = await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
    assert outcome.exit_code == ExitCode.OK
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, StreamCut)
    assert error.rule == "operator"
    assert error.partial is not None
    assert error.partial.text == "a a a "
    assert harness.provider.delivered == 3


class StopOnText(Rule):
    name = "stop-word"

    def on_text(self, ctx: CallContext, text_so_far: str) -> Decision | None:
        if "STOP" in text_so_far:
            return StopSession(rule=self.name, reason="The model said STOP.")
        return None


async def test_stop_session_mid_stream_ends_the_run_and_cuts_the_others(harness: Harness) -> None:
    hanging = anyio.Event()

    def plan(request: Any) -> Play:
        if "stopper" in str(request.messages[-1]["content"]):
            return Play(chunks=["one ", "two ", "STOP ", "never "])
        return Play(chunks=["x "] * 5, hang_after=2, reached=hanging)

    harness.provider.plan = plan

    class Stopper(Once):
        async def run(self) -> None:
            await hanging.wait()  # the other agent's stream is running by now
            try:
                self.seen.append(await self.llm("stopper", max_tokens=1_000))
            except Exception as exc:
                self.seen.append(exc)
                raise

    stopper = agent_class("stopper", Stopper, seen=[])
    other = agent_class("other", Once, seen=[])
    run = await harness.run([stopper, other], make_policy(), rules=[StopOnText()], timeout=5)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY
    assert "STOP" in run.outcome.reason
    # The other agent's hanging stream was cut, not left running.
    settled = {e.agent: e for e in run.sink.events if isinstance(e, CallSettled)}
    assert settled["other"].outcome in ("cut", "cancelled")
    assert settled["stopper"].outcome == "cut"
    assert harness.provider.delivered == 3 + 2


# -- loops: restart, stop ----------------------------------------------------------------------

LOOP_POLICY = {
    "loops": {
        "semantic": {"enabled": False},
        "structural": {"threshold": 2, "warn_first": False, "action": "restart_agent"},
    }
}


class Looper(Agent):
    """Searches for the same thing forever, getting the same answer."""

    model = "fast:big"
    starts: ClassVar[list[int]]

    async def run(self) -> None:
        self.starts.append(self.context.restart_count)
        while True:
            await self.tool("search", {"q": "same"})

    @tool
    async def search(self, q: str) -> str:
        return "no results"


async def test_loop_restarts_the_agent_until_the_team_escalates(harness: Harness) -> None:
    cls = agent_class("looper", Looper, starts=[])
    team = Team([cls], max_restarts=2, max_seconds=30)
    run = await harness.run(team, make_policy(LOOP_POLICY))
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED, run.outcome
    # A fresh instance each time, counted by the supervisor: 0, 1, 2, then intensity exceeded.
    assert cls.starts == [0, 1, 2]  # type: ignore[attr-defined]
    records = await run.store.read_audit()
    restarts = [r for r in records if r.data.get("decision") == "RestartAgent"]
    assert len(restarts) == 3
    assert all(r.data["rule"].startswith("loops.structural.") for r in restarts)


async def test_loop_with_stop_agent_stops_it(harness: Harness) -> None:
    policy = make_policy(
        {
            "loops": {
                **LOOP_POLICY["loops"],
                "structural": {"threshold": 2, "warn_first": False, "action": "stop_agent"},
            }
        }
    )
    cls = agent_class("looper", Looper, starts=[])
    run = await harness.run([cls], policy)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY, run.outcome
    assert "looper" in run.outcome.reason
    assert cls.starts == [0]  # type: ignore[attr-defined]


# -- audit -------------------------------------------------------------------------------------

KEY = "sk-live" + "A1b2C3d4E5f6G7h8I9j0K1l2"


class LeakyRule(Rule):
    """Puts an API key in what it reports, as a careless rule might."""

    name = "leaky"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        return Warn(
            rule=self.name,
            reason=f"Saw Authorization: Bearer {KEY} in the headers.",
            numbers={"api_key": KEY, "header": f"Bearer {KEY}", "count": 1},
        )


async def test_every_decision_is_audited_and_secrets_never_reach_the_log(
    harness: Harness,
) -> None:
    cls = agent_class("a1", Once, seen=[])
    with capture_logs() as logs:
        run = await harness.run([cls], make_policy(budget="0.005"), rules=[LeakyRule()])
    records = await run.store.read_audit()
    decisions = [r.data for r in records if r.event == "decision"]
    by_rule = {d["rule"]: d for d in decisions}
    assert {"leaky", "budgets.session.cost"} <= set(by_rule)
    for data in decisions:
        assert {"decision", "rule", "mode", "reason", "numbers", "call_id"} <= set(data)
    assert by_rule["leaky"]["numbers"]["count"] == 1
    assert by_rule["budgets.session.cost"]["numbers"]["lowered_max_tokens"] > 0
    # Every non-Allow decision the sink saw is in the audit log.
    from supervisor import DecisionMade

    made = [(e.rule, e.call_id) for e in run.sink.events if isinstance(e, DecisionMade)]
    assert sorted(made) == sorted((d["rule"], d["call_id"]) for d in decisions)
    assert KEY not in json.dumps([dict(r.data) for r in records])
    assert KEY not in repr(logs)
    assert any(log["event"] == "governor.decision" for log in logs)


# -- fail closed -------------------------------------------------------------------------------


class Several(Agent):
    model = "fast:big"
    seen: ClassVar[list[Any]]
    count: ClassVar[int] = 6

    async def run(self) -> None:
        # A new question each time: the same prompt sent again and again, answered in a few
        # words that repeat, is what the idle_talk loop detector is for.
        for i in range(self.count):
            self.seen.append(await self.llm(f"Question {i}: what is {i} squared?", max_tokens=100))


async def test_governor_killed_mid_run_calls_wait_and_nothing_is_lost(harness: Harness) -> None:
    reached, resume = anyio.Event(), anyio.Event()
    calls = 0

    def plan(_r: Any) -> Play:
        nonlocal calls
        calls += 1
        chunks = [f"answer {calls} "] * 4
        if calls == 3:
            return Play(chunks=chunks, hang_after=2, reached=reached, resume=resume)
        return Play(chunks=chunks)

    harness.provider.plan = plan
    cls = agent_class("a1", Several, seen=[])
    other = agent_class("a2", Several, seen=[])
    store = MemoryStore()
    async with store, anyio.create_task_group() as tg:
        runtime = harness.runtime(store, make_policy())
        governors: list[Any] = []

        async def kill_governor() -> None:
            await reached.wait()
            ref = runtime.link.ref
            assert ref is not None
            governors.append(runtime.governor)
            ref.kill("test")
            with anyio.fail_after(5):  # its supervisor restarts it; agents wait meanwhile
                while runtime.link.ref in (None, ref):
                    await anyio.sleep(0.001)
            governors.append(runtime.governor)
            resume.set()  # the stream in flight finishes and settles with the new governor

        tg.start_soon(kill_governor)
        with anyio.fail_after(10):
            outcome = await runtime.run(
                TargetSpec("t", (AgentSpec("a1", cls), AgentSpec("a2", other)))
            )
    assert outcome.exit_code == ExitCode.OK, outcome
    assert runtime.link.ref is None  # the run is over
    # Every call completed under a governor, and the ledger has every settled call.
    assert len(cls.seen) == len(other.seen) == 6  # type: ignore[attr-defined]
    assert len(harness.provider.requests) == 12
    assert governors[0] is not governors[1]  # a fresh governor took over
    # Nothing ran ungoverned: every request the provider saw was granted by a governor.
    started = [e for e in harness.sink.events if isinstance(e, CallStarted)]
    assert len(started) == len(harness.provider.requests)
    balance = store.ledger.balance(Scope("session", "s1"))
    total = sum(r.cost for r in cls.seen + other.seen)  # type: ignore[attr-defined]
    assert balance.spent.cost == total
    assert balance.reserved.cost == 0
    assert store.ledger.statistics().open_reservations == 0


class DownStore(MemoryStore):
    """A store whose backend is down for reserve (stands in for an unreachable Redis/SQLite)."""

    down = True

    async def reserve(self, *args: Any, **kwargs: Any) -> Any:
        if self.down:
            raise StoreUnavailable("The test store is down.")
        return await super().reserve(*args, **kwargs)


async def test_store_unavailable_refuses_when_policy_says_refuse(harness: Harness) -> None:
    from supervisor import GovernorUnavailable

    cls = agent_class("a1", Once, seen=[])
    async with DownStore() as store:
        await harness.run([cls], make_policy({"fail_closed": {"behaviour": "refuse"}}), store=store)
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, GovernorUnavailable)
    assert "not sent" in str(error)
    assert harness.provider.requests == []


async def test_store_unavailable_waits_then_goes_on(harness: Harness) -> None:
    cls = agent_class("a1", Once, seen=[])
    async with DownStore() as store, anyio.create_task_group() as tg:

        async def come_back() -> None:
            await anyio.sleep(0.7)
            assert harness.provider.requests == []  # nothing ran while the store was down
            store.down = False

        tg.start_soon(come_back)
        await harness.run(
            [cls],
            make_policy({"fail_closed": {"behaviour": "wait", "wait_timeout": 5}}),
            store=store,
        )
    (result,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(result, LLMResult)
    assert len(harness.provider.requests) == 1


class AuditDownStore(MemoryStore):
    """A store whose audit log cannot be written while ``down`` (the ledger still works)."""

    down = False

    async def append_audit(self, *args: Any, **kwargs: Any) -> Any:
        if self.down:
            raise StoreUnavailable("The test store is down.")
        return await super().append_audit(*args, **kwargs)


class Denied(Agent):
    """Asks for tools the policy denies, one per entry of ``plan``; an entry that is a
    callable is run first (it takes the store down or brings it back)."""

    model = "fast:big"
    plan: ClassVar[list[Any]]
    seen: ClassVar[list[Any]]

    @tool
    async def wipe(self, n: int = 0) -> str:
        return "wiped"

    async def run(self) -> None:
        for step in self.plan:
            if callable(step):
                step()
                continue
            try:
                await self.tool("wipe", n=step)
            except CallDenied:
                self.seen.append(step)


async def test_audit_records_the_store_could_not_take_are_written_when_it_is_back(
    harness: Harness,
) -> None:
    """Before, a decision made while the store was down was logged and lost: the audit log
    had a gap exactly where an outage happened."""
    async with AuditDownStore() as store:

        def down() -> None:
            store.down = True

        def up() -> None:
            store.down = False

        # 1 is written; 2 and 3 are kept while it is down; 4 writes them first; 5 and 6 are
        # kept again and written at the governor's stop, after the store is back.
        cls = agent_class("a1", Denied, plan=[1, down, 2, 3, up, 4, down, 5, 6, up], seen=[])
        policy = make_policy({"tools": {"deny": ["wipe"]}})
        await harness.run([cls], policy, store=store)
        records = [r for r in await store.read_audit() if r.event == "decision"]
        chain = await store.verify_audit()
    assert chain.ok
    assert cls.seen == [1, 2, 3, 4, 5, 6]  # type: ignore[attr-defined]
    assert len(records) == 6
    late = [r.data.get("written_late", False) for r in records]
    assert late == [False, True, True, False, True, True]
    for record in records:
        if record.data.get("written_late"):
            assert record.data["happened_at"] <= record.time


class SettleDownStore(MemoryStore):
    """Reserves, but cannot settle (the store went away during the run)."""

    async def settle(self, *args: Any, **kwargs: Any) -> Any:
        raise StoreUnavailable("The test store is down.")


async def test_a_run_whose_charges_could_not_be_written_does_not_exit_ok(
    harness: Harness,
) -> None:
    """Before, every agent finishing was exit 0 even when the store never took the charges:
    a script or CI job could not tell that the ledger was not exact."""
    cls = agent_class("a1", Once, seen=[])
    async with SettleDownStore() as store:
        run = await harness.run([cls], make_policy(), store=store)
    assert isinstance(cls.seen[0], LLMResult)  # type: ignore[attr-defined]
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STORE_UNAVAILABLE
    assert "1 call could not be settled" in run.outcome.reason
