"""Reserve + settle round trip on the memory, SQLite and Redis stores.

Run: ``.venv/bin/python benchmarks/bench_store.py [--backend asyncio|trio] [--calls N]
[--repeats R]``

For each store and for 1 and 100 concurrent agents it reports p50 and p99 of one
reserve + settle round trip, p50 of the reserve alone, and calls per second (each the median over
``--repeats`` runs after a warm-up), then the ratio of memory to SQLite and Redis throughput.
``benchmarks/bench_store_governor.py`` measures the same stores under the whole governor. Redis is the shared one on 127.0.0.1:6379 (a unique key prefix,
deleted afterwards); SQLite is a temporary file (WAL, synchronous=NORMAL).
"""

from __future__ import annotations

import argparse
import functools
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from policies._ledger import Limits
from policies._scopes import Amounts, Scope
from supervisor._store import MemoryStore, RedisStore, SQLiteStore

if TYPE_CHECKING:
    from collections.abc import Callable


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _run(store: Any, agents: int, calls: int) -> dict[str, float]:
    session = Scope("session", "bench")
    await store.set_limit(session, Limits(cost=10**18))
    round_trips: list[float] = []
    reserves: list[float] = []
    per_agent = max(1, calls // agents)

    async def agent(n: int) -> None:
        scopes = [Scope("agent", f"a{n}"), session, Scope("global", "all")]
        for i in range(per_agent):
            call = f"{n}-{i}-{uuid.uuid4().hex[:6]}"
            t0 = time.perf_counter()
            await store.reserve(call, scopes, Amounts(cost=1000, tokens=100, calls=1), model="m")
            t1 = time.perf_counter()
            await store.settle(call, Amounts(cost=600, tokens=60, calls=1))
            t2 = time.perf_counter()
            reserves.append(t1 - t0)
            round_trips.append(t2 - t0)

    start = time.perf_counter()
    async with anyio.create_task_group() as tg:
        for n in range(agents):
            tg.start_soon(agent, n)
    elapsed = time.perf_counter() - start
    return {
        "p50": statistics.median(round_trips) * 1e3,
        "p99": _pct(round_trips, 0.99) * 1e3,
        "reserve_p50": statistics.median(reserves) * 1e3,
        "calls_per_s": len(round_trips) / elapsed,
    }


async def main(calls: int, repeats: int) -> None:
    results: dict[tuple[str, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for agents in (1, 100):
            factories: dict[str, Callable[[], Any]] = {
                "memory": lambda: MemoryStore(),
                "sqlite": functools.partial(SQLiteStore, Path(tmp) / f"bench-{agents}.db"),
                "redis": lambda: RedisStore(prefix=f"bench-{uuid.uuid4().hex[:8]}"),
            }
            for name, factory in factories.items():
                store = factory()
                async with store:
                    n = calls if name != "memory" else calls * 5
                    await _run(store, agents, max(agents, n // 10))  # warm up
                    runs = [await _run(store, agents, n) for _ in range(repeats)]
                    results[(name, agents)] = {
                        key: statistics.median(run[key] for run in runs) for key in runs[0]
                    }
                if isinstance(store, RedisStore):
                    await _cleanup(store.prefix)
    print(
        f"{'store':8} {'agents':>6} {'p50 ms':>8} {'p99 ms':>8} {'reserve p50':>12} {'calls/s':>10}"
    )
    for (name, agents), r in results.items():
        print(
            f"{name:8} {agents:6d} {r['p50']:8.3f} {r['p99']:8.3f} {r['reserve_p50']:12.3f} "
            f"{r['calls_per_s']:10.0f}"
        )
    for agents in (1, 100):
        ratio = (
            results[("memory", agents)]["calls_per_s"] / results[("sqlite", agents)]["calls_per_s"]
        )
        rratio = (
            results[("memory", agents)]["calls_per_s"] / results[("redis", agents)]["calls_per_s"]
        )
        print(
            f"{agents:3d} agents: memory/sqlite throughput = {ratio:.1f}x, "
            f"memory/redis = {rratio:.1f}x"
        )


async def _cleanup(prefix: str) -> None:
    import redis

    client = redis.Redis()
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", default="asyncio", choices=["asyncio", "trio"])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    anyio.run(main, args.calls, args.repeats, backend=args.backend)
