"""Governed calls per second through ``supervisor.Runtime`` on the memory, SQLite and Redis stores.

Run: ``.venv/bin/python benchmarks/bench_store_governor.py [--backend asyncio|trio]
[--calls N] [--repeats R] [--stores memory,sqlite,redis]``

Each governed call is the whole path an agent's ``self.llm`` takes: ask the governor (one actor)
for a grant (``balance`` of every limited scope, the policy's pre-call, ``reserve`` of the worst
case), stream from a zero-latency fake provider (one text piece, a usage report, done), then
``settle`` through the governor. The policy puts cost budgets on the session and on each agent, so
every call reads two balances. With 1 and 100 concurrent agents it reports calls per second (calls
over the time from the first call's start to the last call's end: runtime startup excluded), p50 and p99 of one ``self.llm`` round trip, the medians
over ``--repeats`` runs, and the memory/SQLite and memory/Redis throughput ratios (the target is
SQLite within 2x of memory). SQLite is a fresh temporary file per run (WAL, synchronous=NORMAL);
Redis is the shared one on 127.0.0.1:6379 under a unique key prefix, deleted afterwards.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import structlog

from policies import parse_policy
from supervisor import Agent, ModelRouter, Runtime, UnattendedApprover
from supervisor._events import NullSink
from supervisor._providers import Finished, TextDelta, UsageReport
from supervisor._store import MemoryStore, RedisStore, SQLiteStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from supervisor._providers import LLMRequest, StreamEvent

MODEL = "zero:m"


class ZeroProvider:
    """A model that answers at once: one piece of text, its usage, finished."""

    name = "zero"

    @asynccontextmanager
    async def stream(self, request: LLMRequest) -> AsyncIterator[AsyncIterator[StreamEvent]]:
        async def events() -> AsyncIterator[StreamEvent]:
            yield TextDelta("ok")
            yield UsageReport(5, 1, 0, True)
            yield Finished("stop")

        yield events()

    async def aclose(self) -> None:
        return None


def _policy() -> Any:
    return parse_policy(
        {
            "budgets": {"session": {"cost": "1000000"}, "agent": {"cost": "100000"}},
            "prices": {MODEL: {"input_per_mtok": 1.0, "output_per_mtok": 1.0}},
            "loops": {"semantic": {"enabled": False}, "structural": {"enabled": False}},
        }
    )


def _target(agents: int, per_agent: int, latencies: list[float], span: list[float]) -> TargetSpec:
    specs = []
    for i in range(agents):

        class Worker(Agent):
            name = f"a{i}"
            model = MODEL
            max_tokens = 8

            async def run(self) -> None:
                for n in range(per_agent):
                    t0 = time.perf_counter()
                    await self.llm(f"call {n}")
                    t1 = time.perf_counter()
                    latencies.append(t1 - t0)
                    span[0] = min(span[0], t0)
                    span[1] = max(span[1], t1)

        Worker.__name__ = Worker.__qualname__ = f"Worker_a{i}"
        specs.append(AgentSpec(f"a{i}", Worker))
    return TargetSpec("bench", tuple(specs))


async def _once(store: Any, agents: int, calls: int) -> dict[str, float]:
    per_agent = max(1, calls // agents)
    latencies: list[float] = []
    sink = NullSink()
    runtime = Runtime(
        policy=_policy(),
        store=store,
        router=ModelRouter(providers={"zero": ZeroProvider()}),
        approver=UnattendedApprover(sink, timeout=0.1, default="deny"),
        sink=sink,
        session=f"bench-{uuid.uuid4().hex[:8]}",
        embedder=None,
    )
    span = [float("inf"), 0.0]  # first call's start, last call's end (startup excluded)
    outcome = await runtime.run(_target(agents, per_agent, latencies, span))
    elapsed = span[1] - span[0]
    if len(latencies) != agents * per_agent:
        raise SystemExit(f"only {len(latencies)} of {agents * per_agent} calls ran: {outcome}")
    ordered = sorted(latencies)
    return {
        "calls_per_s": len(latencies) / elapsed,
        "p50": statistics.median(ordered) * 1e3,
        "p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1e3,
    }


async def _measure(name: str, tmp: Path, agents: int, calls: int, repeats: int) -> dict[str, float]:
    runs: list[dict[str, float]] = []
    for r in range(repeats + 1):  # the first run warms up (imports, caches) and is dropped
        prefix = f"benchgov-{uuid.uuid4().hex[:8]}"
        store: Any
        if name == "memory":
            store = MemoryStore()
        elif name == "sqlite":
            store = SQLiteStore(tmp / f"gov-{agents}-{r}.db")
        else:
            store = RedisStore(prefix=prefix)
        try:
            async with store:
                result = await _once(store, agents, calls if r else max(agents, calls // 4))
        finally:
            if name == "redis":
                await _cleanup(prefix)
        if r:
            runs.append(result)
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


async def main(calls: int, repeats: int, stores: list[str]) -> None:
    results: dict[tuple[str, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for agents in (1, 100):
            for name in stores:
                results[(name, agents)] = await _measure(name, Path(tmp), agents, calls, repeats)
    print(f"governed calls, median of {repeats} runs of {calls} calls each")
    print(f"{'store':8} {'agents':>6} {'calls/s':>10} {'p50 ms':>8} {'p99 ms':>8}")
    for (name, agents), r in results.items():
        print(f"{name:8} {agents:6d} {r['calls_per_s']:10.0f} {r['p50']:8.3f} {r['p99']:8.3f}")
    for agents in (1, 100):
        base = results.get(("memory", agents))
        if base is None:
            continue
        parts = [
            f"memory/{name} = {base['calls_per_s'] / results[(name, agents)]['calls_per_s']:.2f}x"
            for name in stores
            if name != "memory"
        ]
        print(f"{agents:3d} agents: " + ", ".join(parts))


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
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stores", default="memory,sqlite,redis")
    args = parser.parse_args()
    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
    )
    anyio.run(main, args.calls, args.repeats, args.stores.split(","), backend=args.backend)
