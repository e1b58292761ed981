"""A crashed governor is restarted by its supervisor: what the next one must still know.

The governor holds each session's and agent's call and step counts, its stops, its tenant,
its ref (to restart, stop or cancel the agent) and its loop history. Agents say hello once, at
their start, so a governor that came after them learns none of it from them: each test kills
the governor mid-run (as a handler that raised does) and checks that its successor governs
the same way. Real Runtime, real SQLite ledger file, the in-process provider of
``test_governor_support``; asyncio and trio.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest
from test_governor_support import Harness, agent_class, make_policy

from policies import CallContext, Decision, RestartAgent, Rule, Scope
from supervisor import (
    Agent,
    CallDenied,
    ExitCode,
    GovernedCallError,
    LLMResult,
    ModelRouter,
    Runtime,
    SQLiteStore,
    UnattendedApprover,
    tool,
)
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.anyio


async def _kill_governor(agent: Agent) -> None:
    """Kill the governor from inside ``agent`` and wait until its successor is attached."""
    link = agent.binding.link
    ref = link.ref
    assert ref is not None
    ref.kill("a test kills the governor", by="test")
    with anyio.fail_after(10):
        while link.ref is None or link.ref is ref:
            await anyio.sleep(0.001)


async def test_a_restarted_governor_keeps_the_call_and_step_counts(
    harness: Harness, tmp_path: Path
) -> None:
    """Before, the counts started again at 0: a session limited to 3 calls made 5."""
    seen: list[Any] = []

    class Caller(Agent):
        model = "fast:big"

        async def run(self) -> None:
            seen.append(await self.llm("question 0", max_tokens=10))
            seen.append(await self.llm("question 1", max_tokens=10))
            await _kill_governor(self)
            for i in range(3):
                try:
                    seen.append(await self.llm(f"again {i}", max_tokens=10))
                except GovernedCallError as exc:
                    seen.append(exc)

    policy = make_policy({"limits": {"max_calls_per_session": 3, "max_steps_per_agent": 4}})
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run = await harness.run([agent_class("a1", Caller)], policy, store=store)  # type: ignore[arg-type]
        spent = await store.balance(Scope("session", "s1"))
    assert run.outcome is not None
    assert [type(s) for s in seen] == [LLMResult] * 3 + [CallDenied] * 2
    assert seen[3].rule == "limits.max_calls_per_session"
    assert len(harness.provider.requests) == 3
    assert spent.spent.calls == 3


async def test_a_restarted_governor_still_charges_the_tenant_budget(
    harness: Harness, tmp_path: Path
) -> None:
    """Before, the next governor knew no agent's tenant: its calls skipped the tenant scope, so
    a hard tenant budget was neither charged nor checked after a governor crash."""
    seen: list[Any] = []

    class Caller(Agent):
        model = "fast:big"

        async def run(self) -> None:
            seen.append(await self.llm("question", max_tokens=10))
            await _kill_governor(self)
            seen.append(await self.llm("again", max_tokens=10))

    policy = make_policy({"budgets": {"session": {"cost": "1.00"}, "tenant": {"cost": "1.00"}}})
    router = ModelRouter({}, providers={"fast": harness.provider})  # type: ignore[dict-item]
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        runtime = Runtime(
            policy=policy,
            store=store,
            router=router,
            approver=UnattendedApprover(harness.sink, timeout=0, default="deny"),
            sink=harness.sink,
            session="s1",
            tenant="acme",
            embedder=None,
        )
        with anyio.fail_after(10):
            await runtime.run(TargetSpec("t", (AgentSpec("a1", agent_class("a1", Caller)),)))
        session = await store.balance(Scope("session", "s1"))
        tenant = await store.balance(Scope("tenant", "acme"))
    assert [type(s) for s in seen] == [LLMResult, LLMResult]
    assert session.spent.calls == 2
    assert tenant.spent.calls == 2
    assert tenant.spent.cost == session.spent.cost == sum(s.cost for s in seen)


class _RestartOnCue(Rule):
    name = "restart-on-cue"

    def pre_call(self, ctx: CallContext) -> Decision | None:
        if ctx.messages[-1]["content"] == "restart me":
            return RestartAgent(rule=self.name, reason="The test asks for a restart.")
        return None


async def test_a_restarted_governor_can_still_restart_the_agent(
    harness: Harness, tmp_path: Path
) -> None:
    """Before, the next governor held no ref of an agent started before it: a restart (or a
    stop, or Ctrl-C's cancel) it decided was never carried out, and the agent went on."""
    starts: list[int] = []

    class Caller(Agent):
        model = "fast:big"

        async def run(self) -> None:
            starts.append(len(starts))
            if len(starts) > 1:
                return  # the fresh instance after the restart: done
            await self.llm("question", max_tokens=10)
            await _kill_governor(self)
            try:
                await self.llm("restart me", max_tokens=10)
            except GovernedCallError:
                pass
            await anyio.sleep_forever()  # the restart ends this instance

    async with SQLiteStore(tmp_path / "ledger.db") as store:
        run = await harness.run(
            [agent_class("a1", Caller)],
            make_policy(),
            store=store,  # type: ignore[arg-type]
            rules=[_RestartOnCue()],
        )
    assert run.outcome is not None
    assert run.outcome.exit_code == 0, run.outcome
    assert starts == [0, 1]


class _Searcher(Agent):
    """Searches for the same thing, getting the same answer; kills the governor after
    ``kill_after`` searches (never if None)."""

    model = "fast:big"
    kill_after: int | None = None
    runs: list[str]

    async def run(self) -> None:
        for i in range(10):
            if i == self.kill_after:
                await _kill_governor(self)
            await self.tool("search", {"q": "same"})

    @tool
    async def search(self, q: str) -> str:
        self.runs.append(q)
        return "no results"


async def test_a_restarted_governor_keeps_the_loop_history(
    harness: Harness, tmp_path: Path
) -> None:
    """Before, the next governor started each agent's loop history afresh: a crash let a loop
    run as many more steps as the detector needs before it acts. Now the same loop is stopped
    at the same step as with no crash, give or take the one step the dead governor had not
    observed yet."""
    policy = make_policy(
        {
            "loops": {
                "semantic": {"enabled": False},
                "structural": {"threshold": 3, "warn_first": False, "action": "stop_agent"},
            }
        }
    )
    plain = agent_class("plain", _Searcher, runs=[])
    crashed = agent_class("crashed", _Searcher, runs=[], kill_after=2)
    async with SQLiteStore(tmp_path / "plain.db") as store:
        first = await harness.run([plain], policy, store=store)  # type: ignore[arg-type]
    async with SQLiteStore(tmp_path / "crashed.db") as store:
        second = await Harness().run([crashed], policy, store=store)  # type: ignore[arg-type]
    for run in (first, second):
        assert run.outcome is not None
        assert run.outcome.exit_code == ExitCode.STOPPED_BY_POLICY, run.outcome
    stopped_at = len(plain.runs)  # type: ignore[attr-defined]
    assert stopped_at < 10
    assert stopped_at <= len(crashed.runs) <= stopped_at + 1  # type: ignore[attr-defined]


def _killing_on_first_reserve(base: type[Any]) -> type[Any]:
    """``base`` (a real store class) whose first reserve, once written, kills the governor
    before the grant can reach the agent: what a crash of the governor (a handler failing on
    another worker) does while a reserve is being written."""

    class Killing(base):  # type: ignore[misc, valid-type]
        link: Any = None
        killed = False

        async def reserve(self, *args: Any, **kwargs: Any) -> Any:
            reserved = await super().reserve(*args, **kwargs)
            if not self.killed and self.link is not None and self.link.ref is not None:
                self.killed = True
                self.link.ref.kill("the governor crashed while a reserve was written", by="test")
                await anyio.lowlevel.checkpoint()  # the kill cancels this handler here
            return reserved

    return Killing


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
async def test_a_call_whose_governor_died_after_its_reserve_is_decided_again(
    harness: Harness, tmp_path: Path, kind: str
) -> None:
    """The agent asks the next governor again with the same call id. Before, on SQLite, the
    store refused that id as a duplicate: the next governor crashed too, the agent's call raised
    a bare ``DuplicateCall``, and the first reservation stayed open (later charged in full for
    a call never sent). Now the next governor gives that reservation back and admits the call
    under a fresh id. (On Redis this did not happen here; it is run there as well.)"""
    import uuid

    from supervisor._store import RedisStore

    seen: list[Any] = []

    class Caller(Agent):
        model = "fast:big"

        async def run(self) -> None:
            store.link = self.binding.link
            for i in range(3):
                try:
                    seen.append(await self.llm(f"question {i}", max_tokens=10))
                except Exception as exc:
                    seen.append(exc)

    prefix = f"test-{uuid.uuid4().hex[:12]}"
    if kind == "sqlite":
        store = _killing_on_first_reserve(SQLiteStore)(tmp_path / "ledger.db")
    else:
        store = _killing_on_first_reserve(RedisStore)(prefix=prefix)
    try:
        async with store:
            run = await harness.run([agent_class("a1", Caller)], make_policy(), store=store)
            (summary,) = await store.list_sessions()
    finally:
        if kind == "redis":
            from tests.store.conftest import cleanup_prefix

            await cleanup_prefix(prefix)
    assert store.killed
    assert run.outcome is not None
    assert run.outcome.exit_code == 0, run.outcome
    assert [type(s) for s in seen] == [LLMResult] * 3, seen
    assert len(harness.provider.requests) == 3
    assert summary.open_reservations == 0
    assert summary.calls == 3
    assert summary.spent.cost == sum(s.cost for s in seen)


async def test_a_tool_asked_again_after_a_governor_restart_ends_under_its_own_id(
    harness: Harness, tmp_path: Path
) -> None:
    """A tool call that needs approval, whose governor was restarted while the person decided,
    is asked again under a fresh call id (so is one that waited for a rate limit). Before, the
    agent reported the tool done under the first id: the governor's record of the running
    call (CallStarted, under the fresh id) never ended, so the TUI showed it running for good
    and the governor counted the agent busy (a session stop then waited for its shutdown
    timeout instead of cancelling it)."""
    from test_approval_faults import APPROVAL, KillsTheGovernor
    from test_governor import caller, seen

    from supervisor import CallSettled, CallStarted

    approver = KillsTheGovernor("approve")
    cls = caller([{"tool": "delete_files", "args": {"path": "/tmp/x"}}])
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        runtime = harness.runtime(store, make_policy(APPROVAL), approver=approver)  # type: ignore[arg-type]
        approver.runtime = runtime
        with anyio.fail_after(10):
            outcome = await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
    assert outcome.exit_code == 0, outcome
    assert len(approver.requests) == 2
    (result,) = seen(cls)
    assert result.value == "deleted /tmp/x"
    started = [e.call_id for e in harness.sink.events if isinstance(e, CallStarted)]
    settled = [e.call_id for e in harness.sink.events if isinstance(e, CallSettled)]
    assert started == settled == [result.call_id]
    assert runtime.governor is not None
    assert runtime.governor.statistics()["active_calls"] == 0


class _ForeignFaultOnce(SQLiteStore):
    """A store whose first reserve fails with an error that is not a ``StoreError`` (what a
    store of one's own, written to the ``LedgerStore`` protocol, may raise from its backend)."""

    failed = False

    async def reserve(self, *args: Any, **kwargs: Any) -> Any:
        if not self.failed:
            self.failed = True
            raise ConnectionResetError("the backend reset the connection")
        return await super().reserve(*args, **kwargs)


async def test_a_governor_that_fails_on_a_call_refuses_it_with_a_typed_error(
    harness: Harness, tmp_path: Path
) -> None:
    """Before, the handler's exception reached the agent as it was (here a bare
    ``ConnectionResetError`` out of ``self.llm``), which an agent catching the documented
    errors does not expect: it crashed and was restarted. Now the call fails
    closed with ``GovernorUnavailable`` naming the error; the governor is restarted and the
    next call goes through."""
    from supervisor import GovernorUnavailable

    seen: list[Any] = []

    class Caller(Agent):
        model = "fast:big"

        async def run(self) -> None:
            for i in range(2):
                try:
                    seen.append(await self.llm(f"question {i}", max_tokens=10))
                except (GovernedCallError, GovernorUnavailable) as exc:
                    seen.append(exc)

    async with _ForeignFaultOnce(tmp_path / "ledger.db") as store:
        run = await harness.run([agent_class("a1", Caller)], make_policy(), store=store)
        (summary,) = await store.list_sessions()
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK, run.outcome
    assert [type(s) for s in seen] == [GovernorUnavailable, LLMResult], seen
    assert "ConnectionResetError" in str(seen[0])
    assert len(harness.provider.requests) == 1
    assert (summary.calls, summary.open_reservations) == (1, 0)


class _ForeignFaultAlways(SQLiteStore):
    """A store whose every reserve fails with its backend's own error (a store of one's own
    whose backend is gone, not translated to ``StoreUnavailable``): each call crashes the
    governor."""

    async def reserve(self, *args: Any, **kwargs: Any) -> Any:
        raise ConnectionResetError("the backend reset the connection")


async def test_a_governor_that_keeps_crashing_ends_the_run(
    harness: Harness, tmp_path: Path
) -> None:
    """Its supervisor gives up after 10 restarts in 10 s. Before, the run went on with no
    governor: every call waited the whole fail_closed.wait_timeout (30 s) for one that would
    never come, and the run ended only when the agents gave up by themselves. Now it ends at
    once with exit 4 (escalated), saying the governor failed; nothing ran ungoverned."""
    from supervisor import GovernorUnavailable

    class Caller(Agent):
        model = "fast:big"

        async def run(self) -> None:
            for i in range(1000):
                try:
                    await self.llm(f"question {i}", max_tokens=10)
                except GovernorUnavailable:
                    pass

    async with _ForeignFaultAlways(tmp_path / "ledger.db") as store:
        run = await harness.run([agent_class("a1", Caller)], make_policy(), store=store, timeout=60)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.ESCALATED, run.outcome
    assert "governor" in run.outcome.reason
    assert "ConnectionResetError" in run.outcome.reason
    assert not harness.provider.requests  # nothing was sent ungoverned
