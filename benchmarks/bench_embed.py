"""Embedding latency per response at 1, 8 and 32 texts per batch, on this machine.

Usage::

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_embed.py [--rounds N] [--threads T]

Goes through the real ``Embedder`` (worker thread, no cache, no batching window), so the
numbers include the thread hop the governor pays. Every text is distinct, about the length of
an agent's response (20-90 words). Reports, per batch size, p50 and p99 of the batch latency
and of the latency per response (batch latency / batch size).
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


async def bench(rounds: dict[int, int], threads: int | None) -> None:
    rng = random.Random(7)
    async with Embedder(batch_window=0, cache_size=0, threads=threads) as embedder:
        await embedder.wait_ready()
        await embedder.embed(texts(rng, 8))  # warm-up
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--rounds", type=int, default=100, help="rounds at batch 1 (fewer for larger)"
    )
    parser.add_argument(
        "--threads", type=int, default=None, help="torch threads (default: embedder's)"
    )
    args = parser.parse_args()
    r = args.rounds
    anyio.run(bench, {1: r, 8: max(10, r // 2), 32: max(10, r // 4)}, args.threads)


if __name__ == "__main__":
    main()
