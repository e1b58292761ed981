"""Processes whose clocks disagree share one Redis budget window.

A real process runs with its wall clock a day ahead (``time.time`` replaced before anything is
imported: the machine's clock cannot be changed here). It reserves on a ``day`` budget; this
process, on the true clock, must see that spend in the same window, not a window of its own.
"""

from __future__ import annotations

import sys
import textwrap

import anyio

from policies._ledger import Limits, Reservation, Shortfall
from policies._scopes import Amounts, Scope
from supervisor._store import RedisStore

from .conftest import cleanup_prefix

SESSION = Scope("session", "skew")

AHEAD = textwrap.dedent(
    """
    import sys, time
    real = time.time
    time.time = lambda: real() + float(sys.argv[2])  # this host's clock is wrong
    import anyio
    from policies._scopes import Amounts, Scope
    from supervisor._store import RedisStore

    async def main() -> None:
        async with RedisStore(prefix=sys.argv[1]) as store:
            call = "skewed" + sys.argv[2]
            got = await store.reserve(call, [Scope("session", "skew")], Amounts(cost=60))
            if type(got).__name__ == "Reservation":
                await store.settle(call, Amounts(cost=60))
            print(type(got).__name__, flush=True)

    anyio.run(main)
    """
)


async def _run_skewed(prefix: str, skew: float) -> str:
    result = await anyio.run_process([sys.executable, "-c", AHEAD, prefix, str(skew)], check=True)
    return result.stdout.decode().strip()


async def test_a_process_with_its_clock_a_day_off_shares_the_day_window(prefix: str) -> None:
    try:
        async with RedisStore(prefix=prefix) as store:
            await store.set_limit(SESSION, Limits(cost=100, window="day"))
            with anyio.fail_after(30):
                assert await _run_skewed(prefix, 86_400.0) == "Reservation"
                assert await _run_skewed(prefix, -86_400.0) == "Shortfall"
            # 60 was spent today (by the process a day ahead): 60 more would overshoot.
            got = await store.reserve("here-1", [SESSION], Amounts(cost=60))
            assert isinstance(got, Shortfall)
            assert (got.remaining, got.limit) == (40, 100)
            balance = await store.balance(SESSION)
            assert (balance.spent.cost, balance.reserved.cost) == (60, 0)
            assert isinstance(
                await store.reserve("here-2", [SESSION], Amounts(cost=40)), Reservation
            )
    finally:
        await cleanup_prefix(prefix)
