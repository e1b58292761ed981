"""Real agents under the Runtime, on a SQLite ledger: kill -9 at random points, and resume.

Crash safety. A child process runs 5 agents under ``Runtime`` (asyncio and trio in turn) with a
``SQLiteStore``; every agent makes LLM calls in a loop through the governor, served by a fake
provider that records what it served. The child is killed with SIGKILL at a random moment, many
times, each time a fresh child on the same ledger file. After each kill the ledger is reopened,
which reconciles the dead owner's reservations (the orphan rule: an open reservation of a dead
process is settled at its full reserved amount, status ``orphaned``). Then, with

* SERVED[c]: tokens (input + output) the provider served for call ``c``, logged and fsynced by the
  provider before its stream ended;
* DONE: calls whose ``self.llm`` returned in the agent (so their settle finished), logged and
  fsynced by the agent after the call;
* the ledger's rows ``c -> (status, reserved tokens, charged tokens)`` and its session balance,

the invariant is:

1. no settled charge is missing: every ``c`` in DONE is ``settled`` and charged exactly SERVED[c];
2. every served call is charged: ``settled`` at exactly SERVED[c], or (the process died between
   serving and settling) ``orphaned`` at its full reservation, which is >= SERVED[c];
3. nothing is settled that was not served (settled calls are a subset of SERVED);
4. every other row is ``orphaned`` at its full reservation: a call in flight at the kill (reserved,
   maybe partly streamed) is counted at its worst case, never under-counted; its reservation covers
   the most the provider could have served (max_tokens + the reported prompt tokens);
5. no reservation is left open, and the session's spent tokens and calls equal the sum of the
   rows' charges, to the token; so spent >= sum(SERVED), and
   spent == sum(SERVED over settled calls) + sum(reservations of orphaned calls).

Resume: a session run twice with the same session name keeps its spend; the second run's
budget check sees the first run's spend and stops it at the session limit.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from typing import TYPE_CHECKING

import anyio
import pytest
from tests.store._runtime_worker import (
    INPUT_TOKENS,
    AgentPlan,
    RecordingProvider,
    Zygote,
    make_policy,
    make_runtime,
    make_target,
)

from policies import Scope
from supervisor._store import SQLiteStore

if TYPE_CHECKING:
    from pathlib import Path

KILLS = 12
AGENTS = 5
MAX_TOKENS = 40
SESSION = "crash"


def _read_log(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            parts = line.split()
            assert len(parts) != 3, f"a stream was cut or cancelled: {line}"  # not in this test
            if len(parts) == 2 and parts[1].isdigit():  # a torn last line is ignored
                out[parts[0]] = int(parts[1])
    return out


async def _reopen(db: Path) -> tuple[int, int, int]:
    """Open the ledger as a restarted process would (reconciling orphans); session totals."""
    async with SQLiteStore(db) as store:
        bal = await store.balance(Scope("session", SESSION))
        verification = await store.verify_audit()
        assert verification.ok, verification.reason
        return bal.spent.tokens, bal.spent.calls, bal.reserved.tokens


def _rows(db: Path) -> dict[str, tuple[str, int, int]]:
    conn = sqlite3.connect(db)
    try:
        return {
            call: (status, tokens, actual)
            for call, status, tokens, actual in conn.execute(
                "SELECT call_id, status, tokens, actual_tokens FROM reservations WHERE session = ?",
                (SESSION,),
            )
        }
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_under_runtime_loses_no_spend(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    served_log, done_log = tmp_path / "served.log", tmp_path / "done.log"
    rng = random.Random(11)
    zygote = Zygote()
    orphans = kills = 0
    started = time.monotonic()
    try:
        for kill in range(KILLS):
            pid = zygote.spawn(
                {
                    "tag": f"k{kill}",
                    "backend": "asyncio" if kill % 2 == 0 else "trio",
                    "store": f"sqlite:///{db}",
                    "session": SESSION,
                    "agents": AGENTS,
                    "seed": kill,
                    "served_log": str(served_log),
                    "chunk_delay": 0.0005,
                    "policy": {"session_tokens": 10**12},
                    "plan": {"max_tokens": MAX_TOKENS, "done_log": str(done_log), "seed": kill},
                }
            )
            zygote.expect(f"k{kill} ready", timeout=20)
            time.sleep(rng.uniform(0.05, 0.4))
            os.kill(pid, signal.SIGKILL)
            status = zygote.wait(pid)
            assert os.WIFSIGNALED(status), status
            assert os.WTERMSIG(status) == signal.SIGKILL, status
            kills += 1

            spent_tokens, spent_calls, reserved = anyio.run(_reopen, db)
            served, done, rows = _read_log(served_log), _read_log(done_log), _rows(db)
            # 1. no settled charge is missing
            for call, tokens in done.items():
                assert rows[call][0] == "settled", (call, rows[call])
                assert rows[call][2] == tokens, (call, rows[call])
            # 2. every served call is charged, exactly or at its full reservation
            for call, tokens in served.items():
                status_, reserved_tokens, actual = rows[call]
                if status_ == "settled":
                    assert actual == tokens, (call, rows[call], tokens)
                else:
                    assert status_ == "orphaned", (call, rows[call])
                    assert actual == reserved_tokens >= tokens, (call, rows[call], tokens)
            # 3. nothing settled that was not served; 4. the rest were in flight: worst case
            for call, (status_, reserved_tokens, actual) in rows.items():
                if status_ == "settled":
                    assert call in served, (call, rows[call])
                else:
                    assert status_ == "orphaned", (call, rows[call])
                    assert actual == reserved_tokens >= MAX_TOKENS + INPUT_TOKENS, rows[call]
            # 5. nothing open; the balance is the sum of the rows, to the token
            assert reserved == 0
            assert spent_tokens == sum(r[2] for r in rows.values())
            assert spent_calls == len(rows)
            settled_served = sum(served[c] for c, r in rows.items() if r[0] == "settled")
            orphaned = sum(r[1] for r in rows.values() if r[0] == "orphaned")
            assert spent_tokens == settled_served + orphaned >= sum(served.values())
            orphans = sum(1 for r in rows.values() if r[0] == "orphaned")
    finally:
        zygote.close()
    elapsed = time.monotonic() - started
    done = _read_log(done_log)
    print(f"kills={kills} settled_calls={len(done)} orphans={orphans} elapsed={elapsed:.1f}s")
    assert kills == KILLS
    assert len(done) > KILLS * AGENTS  # the agents made real progress between kills
    assert orphans > 0  # some kills landed with calls in flight


async def test_resumed_session_keeps_its_spend(tmp_path: Path) -> None:
    """Run a session, then run it again under the same name: the spend carries over."""
    db = tmp_path / "ledger.db"
    limit = 3_000  # tokens; one call reserves 7 prompt-estimate... + 40, settles ~25-47
    policy = make_policy(session_tokens=limit)
    session = Scope("session", "nightly")

    async def run_once(calls: int | None) -> tuple[int, list[str], int]:
        provider = RecordingProvider(seed=calls or 0, chunk_delay=0.0, min_out=MAX_TOKENS // 2)
        plan = AgentPlan(calls=calls, max_tokens=MAX_TOKENS, on_budget="stop")
        target, tally = make_target(3, plan)
        async with SQLiteStore(db) as store:
            runtime = make_runtime(policy, store, provider, session="nightly")
            with anyio.fail_after(20):
                await runtime.run(target)
            spent = (await store.balance(session)).spent.tokens
        return spent, tally.finished, sum(provider.served.values())

    first, finished, served_first = await run_once(calls=10)
    assert sorted(finished) == ["a0", "a1", "a2"]  # 30 calls, well inside the budget
    assert first == served_first
    assert 0 < first < limit // 2

    second, finished, served_second = await run_once(calls=None)  # until the budget refuses
    assert sorted(finished) == ["a0", "a1", "a2"]
    assert second == first + served_second  # the second run added to the first's spend
    assert second <= limit
    # The second run was limited by what the first had spent: it could only use the rest.
    assert served_second <= limit - first
    assert limit - second < 3 * (MAX_TOKENS + 50)  # it stopped because the budget ran out

    async with SQLiteStore(db) as store:
        [summary] = [s for s in await store.list_sessions() if s.session == "nightly"]
        assert summary.spent.tokens == second
        assert summary.open_reservations == 0
