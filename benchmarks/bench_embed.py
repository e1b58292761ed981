"""Embedding latency per response at 1, 8 and 32 texts per batch, on this machine, and what
one governed call pays on the event loop for it.

Usage::

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_embed.py [--rounds N] [--threads T]
        [--backend asyncio|trio|both]

Goes through the real ``Embedder`` (worker thread, no cache, no batching window), so the
numbers include the thread hop the governor pays. Every text is distinct, about the length of
an agent's response (20-90 words). Reports, per batch size, p50 and p99 of the batch latency
and of the latency per response (batch latency / batch size).

Then the event-loop cost of one call: ``submit()`` of its response and, once embedded,
``result()`` of the handle, each after the loop has idled 20 ms, as it does between an agent's
calls (on an idle core the first instructions after a sleep run far slower than in a tight
loop, which is what a governed call meets; a tight-loop figure would flatter).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from pathlib import Path

import anyio
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from supervisor._embedder import Embedder  # noqa: E402

WORDS = [
    "the",
    "agent",
    "searched",
    "for",
    "revenue",
    "figures",
    "again",
    "and",
    "found",
    "the",
    "quarterly",
    "report",
    "page",
    "listing",
    "orders",
    "customers",
    "shipped",
    "delivered",
    "error",
    "timeout",
    "retry",
    "config",
    "deploy",
    "service",
    "latency",
    "budget",
    "tests",
    "failed",
    "parser",
    "fixed",
    "summary",
    "document",
    "section",
    "next",
    "results",
    "query",
    "ticket",
    "password",
    "reset",
    "email",
    "flight",
    "hotel",
    "price",
    "candidate",
    "kubernetes",
    "database",
    "rows",
]


def texts(rng: random.Random, n: int) -> list[str]:
    return [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 90))) + f" #{rng.random()}"
        for _ in range(n)
    ]


async def loop_cost(embedder: Embedder, rng: random.Random, rounds: int) -> tuple[float, float]:
    """p50 microseconds of submit() and of result() on the event loop, each after 20 ms idle."""
    submitted: list[float] = []
    resulted: list[float] = []
    for _ in range(rounds):
        text = texts(rng, 1)[0]
        await anyio.sleep(0.02)
        start = time.perf_counter()
        handle = embedder.submit([text])
        submitted.append((time.perf_counter() - start) * 1e6)
        await handle.wait()
        await anyio.sleep(0.02)
        start = time.perf_counter()
        handle.result()
        resulted.append((time.perf_counter() - start) * 1e6)
    return float(np.percentile(submitted, 50)), float(np.percentile(resulted, 50))


async def bench(rounds: dict[int, int], threads: int | None) -> None:
    import sniffio

    rng = random.Random(7)
    async with Embedder(batch_window=0, cache_size=0, threads=threads) as embedder:
        await embedder.wait_ready()
        await embedder.embed(texts(rng, 8))  # warm-up
        print(f"== {sniffio.current_async_library()} ==")
        print(f"model: {embedder.source.kind}:{embedder.source.location}")
        print(
            f"torch threads: {embedder.threads}, cpu count: {os.cpu_count()}, {platform.processor() or platform.machine()}"
        )
        print(
            f"{'batch':>5} {'rounds':>6} {'p50 batch ms':>13} {'p99 batch ms':>13} {'p50 /resp ms':>13} {'p99 /resp ms':>13}"
        )
        for size, count in rounds.items():
            samples = []
            for _ in range(count):
                batch = texts(rng, size)
                start = time.perf_counter()
                await embedder.embed(batch)
                samples.append((time.perf_counter() - start) * 1000)
            arr = np.asarray(samples)
            p50, p99 = np.percentile(arr, 50), np.percentile(arr, 99)
            print(
                f"{size:>5} {count:>6} {p50:>13.2f} {p99:>13.2f} {p50 / size:>13.2f} {p99 / size:>13.2f}"
            )
        sub, res = await loop_cost(embedder, rng, max(20, rounds[1] // 2))
        print(
            f"on the event loop per call, after 20 ms idle: submit() p50 {sub:.1f} us, "
            f"result() p50 {res:.1f} us"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--rounds", type=int, default=100, help="rounds at batch 1 (fewer for larger)"
    )
    parser.add_argument(
        "--threads", type=int, default=None, help="torch threads (default: embedder's)"
    )
    parser.add_argument("--backend", choices=["asyncio", "trio", "both"], default="asyncio")
    args = parser.parse_args()
    r = args.rounds
    for backend in ("asyncio", "trio") if args.backend == "both" else (args.backend,):
        rounds = {1: r, 8: max(10, r // 2), 32: max(10, r // 4)}
        anyio.run(bench, rounds, args.threads, backend=backend)


if __name__ == "__main__":
    main()
