"""Four processes with 25 agents each share one Redis budget: never overshot, stopped in < 1 s."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import anyio
import pytest
from tests.store.conftest import cleanup_prefix

from policies._ledger import Limits
from policies._scopes import Scope
from supervisor._store import RedisStore, StopSignal

WORKER = Path(__file__).with_name("_fleet_worker.py")
BUDGET = 3_000_000  # nano-dollars; ~120 calls' worst case, far less than 100 agents want


@pytest.mark.slow
def test_fleet_shares_one_budget(prefix: str) -> None:
    session = Scope("session", "fleet")

    async def setup() -> None:
        async with RedisStore(prefix=prefix) as store:
            await store.set_limit(session, Limits(cost=BUDGET))

    async def stop_and_check() -> tuple[float, int, int, int]:
        async with RedisStore(prefix=prefix) as store:
            sent = time.time()
            await store.publish_stop(StopSignal("session", "fleet", "fleet test", by="test"))
            return sent, 0, 0, 0

    async def final() -> tuple[int, int, int]:
        async with RedisStore(prefix=prefix) as store:
            bal = await store.balance(session)
            return bal.spent.cost, bal.reserved.cost, bal.spent.calls

    anyio.run(setup)
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), prefix, "asyncio" if i % 2 == 0 else "trio", str(i)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(4)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
        time.sleep(0.8)  # let 100 agents contend for the budget
        sent = anyio.run(stop_and_check)[0]
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=15)
            assert proc.returncode == 0, err
            word, received, settled, calls = out.split()
            assert word == "stopped"
            results.append((float(received), int(settled), int(calls)))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    try:
        spent, reserved, calls = anyio.run(final)
        for received, _, _ in results:
            assert received - sent < 1.0
        assert reserved == 0
        assert spent <= BUDGET
        assert spent == sum(r[1] for r in results)
        assert calls == sum(r[2] for r in results)
        assert spent > BUDGET // 2  # the budget was really contended
    finally:
        anyio.run(cleanup_prefix, prefix)
