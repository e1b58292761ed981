"""A rerun of a session continues its ``[limits]``: call and step counts, and its wall clock.

Before, a second run with the same session id on the same SQLite file or Redis prefix carried
the session's budgets over (they live in the ledger) but started ``max_calls_per_agent``,
``max_steps_per_session`` and ``max_session_seconds`` again from zero: restarting the process
reset every hard limit. Each test runs a real ``Runtime`` twice on a real store (a SQLite file in
``tmp_path``; the shared Redis at 127.0.0.1:6379 under a unique prefix), with a new store object
and a new ``Runtime`` for the rerun, as a second ``supervise run`` would.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import anyio
import pytest
from tests.store._runtime_worker import MODEL, RecordingProvider, make_runtime

from policies import parse_policy
from supervisor import Agent, CallDenied, tool
from supervisor._exit_codes import ExitCode
from supervisor._store import SessionProgress, SQLiteStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("clean_prefix")]

SESSION = "rerun"


def policy(**limits: Any) -> Any:
    return parse_policy(
        {
            "prices": {MODEL: {"input_per_mtok": 1.0, "output_per_mtok": 1.0}},
            "loops": {"semantic": {"enabled": False}, "structural": {"enabled": False}},
            "limits": limits,
        }
    )


class Outcome:
    def __init__(self) -> None:
        self.made: list[str] = []
        self.refused: list[CallDenied] = []


def worker(seen: Outcome, calls: int, tools: int = 0, sleep: float = 0.0) -> type[Agent]:
    class Worker(Agent):
        name = "worker"
        model = MODEL
        max_tokens = 10

        @tool
        def lookup(self, key: str) -> str:
            return key.upper()

        async def run(self) -> None:
            for i in range(tools):
                await self.tool("lookup", {"key": f"k{i}"})
                seen.made.append(f"tool {i}")
            for i in range(calls):
                try:
                    await self.llm(f"call {i}")
                except CallDenied as exc:
                    seen.refused.append(exc)
                    return
                seen.made.append(f"llm {i}")
            await anyio.sleep(sleep)

    return Worker


async def run_once(open_ledger: Any, limits: dict[str, Any], agent: type[Agent]) -> Any:
    provider = RecordingProvider(seed=1, chunk_delay=0.0, min_out=3)
    try:
        async with open_ledger() as store:
            runtime = make_runtime(policy(**limits), store, provider, session=SESSION)
            with anyio.fail_after(30):
                outcome = await runtime.run(TargetSpec("t", (AgentSpec("worker", agent),)))
            progress = await store.load_progress(SESSION)
    finally:
        await provider.aclose()
    return outcome, progress


async def test_call_and_step_limits_carry_over_to_a_rerun(ledger: Any) -> None:
    limits = {"max_calls_per_agent": 4, "max_steps_per_session": 7}
    first = Outcome()
    outcome, saved = await run_once(ledger, limits, worker(first, calls=3, tools=2))
    assert outcome.exit_code == ExitCode.OK, outcome
    assert first.made == ["tool 0", "tool 1", "llm 0", "llm 1", "llm 2"]
    assert saved == SessionProgress(
        calls=3,
        steps=5,
        elapsed=saved.elapsed,
        agent_calls={"worker": 3},
        agent_steps={"worker": 5},
    )

    # The rerun may make one more LLM call (4 per agent), then the limit refuses.
    again = Outcome()
    outcome, saved = await run_once(ledger, limits, worker(again, calls=3))
    assert again.made == ["llm 0"], (again.made, again.refused)
    (refused,) = again.refused
    assert refused.rule == "limits.max_calls_per_agent"
    assert saved.agent_calls == {"worker": 4}
    assert saved.steps == 6

    # And the session's steps: 6 made of 7, so one tool call, then refused.
    third = Outcome()
    await run_once(ledger, {"max_steps_per_session": 7}, worker(third, calls=2))
    assert third.made == ["llm 0"]
    assert third.refused[0].rule == "limits.max_steps_per_session"


async def test_the_wall_clock_carries_over_but_not_the_time_between_runs(ledger: Any) -> None:
    limits = {"max_session_seconds": 3.0, "action": "refuse"}
    first = Outcome()
    # The session runs about 1.2 s (a call, then 1.2 s of work).
    outcome, saved = await run_once(ledger, limits, worker(first, calls=1, sleep=1.2))
    assert outcome.exit_code == ExitCode.OK, outcome
    assert 1.1 < saved.elapsed < 2.9, saved
    await anyio.sleep(2.0)  # time between the runs: not the session's (1.2 + 2.0 > 3)

    # The rerun's first call is within the 3 s (not refused as if the gap counted); after
    # 1.9 s more the session is past its 3 s (before: the clock started again at 0).
    again = Outcome()

    class Later(worker(again, calls=1)):  # type: ignore[misc]
        async def run(self) -> None:
            await super().run()
            await anyio.sleep(1.9)
            try:
                await self.llm("late")
            except CallDenied as exc:
                again.refused.append(exc)
            else:
                again.made.append("late")

    started = time.monotonic()
    outcome, saved = await run_once(ledger, limits, Later)
    assert again.made == ["llm 0"], again.made
    (refused,) = again.refused
    assert refused.rule == "limits.max_session_seconds"
    assert time.monotonic() - started < 8
    assert saved.elapsed >= 3.0


async def test_a_rerun_after_a_kill_counts_the_calls_the_ledger_holds(ledger: Any) -> None:
    """A run killed between two saves of its progress: its LLM calls are in the ledger, and
    the rerun counts them (as calls and as steps) even though no save recorded them."""
    provider = RecordingProvider(seed=1, chunk_delay=0.0, min_out=3)
    try:
        async with ledger() as store:
            runtime = make_runtime(policy(), store, provider, session=SESSION)
            await runtime.run(TargetSpec("t", (AgentSpec("worker", worker(Outcome(), 3)),)))
        # What the save of a run killed early would have left: nothing of the three calls.
        async with ledger() as store:
            if isinstance(store, SQLiteStore):
                await store._run(lambda conn: conn.execute("DELETE FROM meta WHERE key LIKE 'p%'"))
            else:
                await store._call("DEL", store._k("progress", SESSION))
            assert await store.load_progress(SESSION) is None
    finally:
        await provider.aclose()
    again = Outcome()
    await run_once(ledger, {"max_calls_per_agent": 4}, worker(again, calls=3))
    assert again.made == ["llm 0"]
    assert again.refused[0].rule == "limits.max_calls_per_agent"


async def test_a_damaged_saved_progress_is_said_and_nothing_runs(
    ledger: Any, tmp_path: Path, prefix: str
) -> None:
    """The session's saved progress changed by hand or damaged (not JSON in SQLite's meta row,
    a field that is not a number in Redis's hash). Before, the rerun ended with "unexpected
    error: JSONDecodeError" or "ValueError: could not convert string to float" (exit 1). Now
    it does not start, exit 5, naming the record and how to start the counts afresh."""
    import sqlite3

    import redis

    seen = Outcome()
    first, _ = await run_once(ledger, {"max_calls_per_agent": 5}, worker(seen, calls=2))
    assert first.exit_code == ExitCode.OK, first
    path = tmp_path / "ledger.db"
    if path.exists():
        conn = sqlite3.connect(path)
        with conn:
            conn.execute(
                "UPDATE meta SET value = 'not json' WHERE key = ?", (f"progress:{SESSION}",)
            )
        conn.close()
        fix = f"DELETE FROM meta WHERE key = 'progress:{SESSION}'"
    else:
        client = redis.Redis(host="127.0.0.1", port=6379)
        client.hset(f"{prefix}:progress:{SESSION}", "calls", "not-a-number")
        client.close()
        fix = f"DEL {prefix}:progress:{SESSION}"
    again = Outcome()
    provider = RecordingProvider(seed=1, chunk_delay=0.0, min_out=3)
    try:
        async with ledger() as store:
            runtime = make_runtime(policy(max_calls_per_agent=5), store, provider, session=SESSION)
            with anyio.fail_after(30):
                agent = worker(again, calls=2)
                second = await runtime.run(TargetSpec("t", (AgentSpec("worker", agent),)))
    finally:
        await provider.aclose()
    assert second.exit_code == ExitCode.STORE_UNAVAILABLE, second
    assert again.made == []
    assert f"The saved progress of session '{SESSION}'" in second.reason
    assert "cannot be read" in second.reason
    assert fix in second.reason
