"""Governor overhead, per-chunk accounting cost and interrupt latency, on asyncio and trio.

Run: ``.venv/bin/python benchmarks/bench_governor.py`` (about a minute; ``--quick`` for less).

Every figure is a comparison measured in the same run on the same machine:

1. **Overhead per call**: N agents (1, 100, 1,000) each make calls back to back through the full
   Runtime (actor system, Governor, MemoryStore, a $1,000 session budget, structural loop
   detection on) against a zero-latency in-process provider, versus N plain tasks calling the
   same provider directly. Added p50/p99 = governed percentile - ungoverned percentile.
   Targets (issue 4): added p50 < 100 us and p99 < 1 ms at 1,000 agents.
2. **Per-chunk accounting**: one governed call streaming many chunks (a stream rule and the live
   budget check active) versus iterating the provider alone. Target < 10 us per chunk.
3. **Interrupt latency**: from the provider yielding the chunk that completes a secret (a stream
   rule cuts) to the provider's stream being closed, and from ``Governor.cut()`` to the same;
   plus how many chunks reached the agent after the crossing one (target: none).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import structlog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import anyio.lowlevel

from policies import Interrupt, parse_policy
from supervisor import (
    Agent,
    CallStarted,
    MemoryStore,
    ModelRouter,
    NullSink,
    RecordingSink,
    Runtime,
    StreamCut,
    UnattendedApprover,
)
from supervisor._providers import Finished, LLMRequest, TextDelta, UsageReport
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

PRICES = {"fast:m": {"input_per_mtok": 2.5, "output_per_mtok": 10.0}}


class ZeroProvider:
    """Streams ``chunks`` text deltas and a usage report with no latency at all."""

    name = "fast"

    def __init__(self) -> None:
        self.chunks = 1
        self.counter = 0
        self.secret_at: int | None = None
        self.crossed_at = 0.0
        self.closed_at = 0.0
        self.after_crossing = 0
        self.hang_at: int | None = None
        self.hanging = anyio.Event()

    @asynccontextmanager
    async def stream(self, request: LLMRequest) -> AsyncIterator[AsyncIterator[Any]]:
        events = self._play(request)
        try:
            yield events
        finally:
            await events.aclose()  # type: ignore[attr-defined]

    async def _play(self, request: LLMRequest) -> AsyncIterator[Any]:
        self.counter += 1
        text = f"answer{self.counter} "
        try:
            for i in range(self.chunks):
                if self.hang_at is not None and i == self.hang_at:
                    self.hanging.set()
                    await anyio.sleep_forever()
                if self.secret_at is not None and i == self.secret_at:
                    self.crossed_at = time.perf_counter()
                    yield TextDelta("defghijklmnopqrstuvwxyz0123 ")
                    continue
                if self.secret_at is not None and i == self.secret_at - 1:
                    yield TextDelta("key sk-abc")
                    continue
                if self.crossed_at:
                    self.after_crossing += 1
                yield TextDelta(text)
            yield UsageReport(10, self.chunks, 0, final=True)
            yield Finished("stop")
        finally:
            self.closed_at = time.perf_counter()

    async def aclose(self) -> None:
        return None


def policy(**extra: Any) -> Any:
    data: dict[str, Any] = {
        "prices": PRICES,
        "budgets": {"session": {"cost": "1000.00"}},
        "loops": {"semantic": {"enabled": False}},
        "retries": {"max_attempts": 1},
    }
    data.update(extra)
    return parse_policy(data)


def runtime(provider: ZeroProvider, pol: Any, store: MemoryStore, sink: Any = None) -> Runtime:
    router = ModelRouter({}, providers={"fast": provider})  # type: ignore[dict-item]
    sink = sink or NullSink()
    return Runtime(
        policy=pol,
        store=store,
        router=router,
        approver=UnattendedApprover(sink, timeout=0),
        sink=sink,
        embedder=None,
    )


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# -- 1. overhead -----------------------------------------------------------------------------


async def ungoverned(provider: ZeroProvider, agents: int, calls: int) -> list[float]:
    times: list[float] = []
    request = LLMRequest(model="m", messages=[{"role": "user", "content": "hi"}], max_tokens=100)
    gate = anyio.Event()

    async def one() -> None:
        await gate.wait()
        for _ in range(calls):
            t0 = time.perf_counter()
            async with provider.stream(request) as events:
                async for _event in events:
                    pass
            times.append(time.perf_counter() - t0)

    async with anyio.create_task_group() as tg:
        for _ in range(agents):
            tg.start_soon(one)
        await anyio.lowlevel.checkpoint()
        gate.set()
    return times


async def governed(provider: ZeroProvider, agents: int, calls: int) -> list[float]:
    times: list[float] = []
    gate = anyio.Event()
    ready = 0

    class Bench(Agent):
        model = "fast:m"

        async def run(self) -> None:
            nonlocal ready
            ready += 1
            if ready == agents:
                gate.set()
            await gate.wait()
            for _ in range(calls):
                t0 = time.perf_counter()
                await self.llm("hi", max_tokens=100)
                times.append(time.perf_counter() - t0)

    classes = [type(f"B{i}", (Bench,), {"name": f"b{i}"}) for i in range(agents)]
    async with MemoryStore() as store:
        rt = runtime(provider, policy(), store)
        await rt.run(TargetSpec("bench", tuple(AgentSpec(c.name, c) for c in classes)))
    return times


# -- 2. per-chunk ------------------------------------------------------------------------------

STREAM_RULES = [{"name": "secret", "pattern": r"sk-[A-Za-z0-9]{20,}"}]


async def per_chunk(chunks: int) -> tuple[float, float]:
    provider = ZeroProvider()
    provider.chunks = chunks
    request = LLMRequest(model="m", messages=[{"role": "user", "content": "hi"}], max_tokens=10**9)
    t0 = time.perf_counter()
    async with provider.stream(request) as events:
        async for _event in events:
            pass
    raw = time.perf_counter() - t0
    took: list[float] = []

    class Streamer(Agent):
        model = "fast:m"
        name = "streamer"

        async def run(self) -> None:
            t0 = time.perf_counter()
            await self.llm("hi", max_tokens=chunks * 4)
            took.append(time.perf_counter() - t0)

    async with MemoryStore() as store:
        rt = runtime(provider, policy(stream_rules=STREAM_RULES), store)
        await rt.run(TargetSpec("bench", (AgentSpec("streamer", Streamer),)))
    return raw, took[0]


# -- 3. interrupt latency ----------------------------------------------------------------------


async def interrupt_by_rule() -> tuple[float, int, str]:
    provider = ZeroProvider()
    provider.chunks = 200
    provider.secret_at = 100
    got: list[str] = []

    class Leaker(Agent):
        model = "fast:m"
        name = "leaker"

        async def run(self) -> None:
            try:
                await self.llm("hi", max_tokens=1000)
            except StreamCut as exc:
                got.append(exc.partial.text if exc.partial else "")

    async with MemoryStore() as store:
        rt = runtime(provider, policy(stream_rules=STREAM_RULES), store)
        await rt.run(TargetSpec("bench", (AgentSpec("leaker", Leaker),)))
    return provider.closed_at - provider.crossed_at, provider.after_crossing, got[0][-12:]


async def interrupt_by_cut() -> float:
    provider = ZeroProvider()
    provider.chunks = 10
    provider.hang_at = 5
    sink = RecordingSink()
    cut_at: list[float] = []

    class Hanger(Agent):
        model = "fast:m"
        name = "hanger"

        async def run(self) -> None:
            try:
                await self.llm("hi", max_tokens=1000)
            except StreamCut:
                pass

    async with MemoryStore() as store, anyio.create_task_group() as tg:
        rt = runtime(provider, policy(), store, sink)

        async def cut() -> None:
            await provider.hanging.wait()
            (started,) = [e for e in sink.events if isinstance(e, CallStarted)]
            assert rt.governor is not None
            cut_at.append(time.perf_counter())
            rt.governor.cut(started.call_id, Interrupt(rule="bench", reason="Benchmark cut."))

        tg.start_soon(cut)
        await rt.run(TargetSpec("bench", (AgentSpec("hanger", Hanger),)))
    return provider.closed_at - cut_at[0]


# -- main --------------------------------------------------------------------------------------


async def main(quick: bool) -> None:
    import sniffio

    backend = sniffio.current_async_library()
    print(f"\n== {backend} ==")
    print(
        f"{'agents':>7} {'calls':>7} {'plain p50':>10} {'plain p99':>10} {'gov p50':>10} "
        f"{'gov p99':>10} {'added p50':>10} {'added p99':>10}  calls/s governed"
    )
    for agents, calls in ((1, 2000), (100, 40), (1000, 8 if quick else 15)):
        if quick:
            calls = max(4, calls // 4)
        plain = await ungoverned(ZeroProvider(), agents, calls)
        t0 = time.perf_counter()
        gov = await governed(ZeroProvider(), agents, calls)
        wall = time.perf_counter() - t0
        us = 1e6
        p50, p99 = pct(plain, 0.5) * us, pct(plain, 0.99) * us
        g50, g99 = pct(gov, 0.5) * us, pct(gov, 0.99) * us
        print(
            f"{agents:>7} {len(gov):>7} {p50:>9.1f}u {p99:>9.1f}u {g50:>9.1f}u {g99:>9.1f}u "
            f"{g50 - p50:>9.1f}u {g99 - p99:>9.1f}u  {len(gov) / wall:,.0f} (incl. start/stop)"
        )
    chunks = 5_000 if quick else 20_000
    raw, gov_total = await per_chunk(chunks)
    print(
        f"per-chunk: provider alone {raw / chunks * 1e6:.2f} us/chunk, governed "
        f"{gov_total / chunks * 1e6:.2f} us/chunk, accounting adds "
        f"{(gov_total - raw) / chunks * 1e6:.2f} us/chunk (target < 10; includes the call's "
        f"fixed cost spread over {chunks:,} chunks)"
    )
    latencies: list[float] = []
    after = 0
    tail = ""
    for _ in range(5 if quick else 20):
        latency, extra, tail = await interrupt_by_rule()
        latencies.append(latency)
        after += extra
    print(
        f"interrupt (stream rule): crossing chunk -> stream closed p50 "
        f"{statistics.median(latencies) * 1e6:.1f} us, max {max(latencies) * 1e6:.1f} us; "
        f"chunks after the crossing one: {after}; partial text ends {tail!r}"
    )
    cuts = [await interrupt_by_cut() for _ in range(5 if quick else 20)]
    print(
        f"interrupt (Governor.cut): cut() -> stream closed p50 "
        f"{statistics.median(cuts) * 1e6:.1f} us, max {max(cuts) * 1e6:.1f} us"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="fewer calls (a smoke run)")
    parser.add_argument("--backend", choices=["asyncio", "trio", "both"], default="both")
    args = parser.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR))
    for name in ("asyncio", "trio") if args.backend == "both" else (args.backend,):
        anyio.run(main, args.quick, backend=name)
