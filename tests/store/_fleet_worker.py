"""One supervisor process of the fleet test: 25 agents spending from a shared Redis budget.

Usage: python _fleet_worker.py PREFIX BACKEND SEED

Prints ``ready`` once subscribed to stops, then spends until a stop arrives; prints
``stopped <epoch seconds when the stop was received> <settled cost> <calls>`` and exits.
"""

from __future__ import annotations

import random
import sys
import time

import anyio

from policies._ledger import Reservation
from policies._scopes import Amounts, Scope
from supervisor._store import RedisStore

AGENTS = 25


async def main(prefix: str, seed: int) -> None:
    rng = random.Random(seed)
    session = Scope("session", "fleet")
    settled = calls = 0
    async with RedisStore(prefix=prefix, timeout=5.0) as store, store.stops() as stops:

        async def agent(n: int) -> None:
            nonlocal settled, calls
            i = 0
            while True:
                i += 1
                call_id = f"{seed}-{n}-{i}"
                worst = rng.randint(1, 50) * 1000
                r = await store.reserve(
                    call_id, [Scope("agent", f"{seed}-{n}"), session], Amounts(cost=worst, calls=1)
                )
                if not isinstance(r, Reservation):
                    await anyio.sleep(0.01)
                    continue
                try:
                    await anyio.sleep(rng.random() * 0.005)
                    actual = rng.randint(worst // 2, worst)
                except BaseException:
                    with anyio.CancelScope(shield=True):
                        await store.release(call_id)
                    raise
                await store.settle(call_id, Amounts(cost=actual, calls=1))
                settled += actual
                calls += 1

        async with anyio.create_task_group() as tg:
            for n in range(AGENTS):
                tg.start_soon(agent, n)
            print("ready", flush=True)
            async for stop in stops:
                if stop.matches(session="fleet"):
                    received = time.time()
                    tg.cancel_scope.cancel()
                    break
    print(f"stopped {received!r} {settled} {calls}", flush=True)


if __name__ == "__main__":
    prefix, backend, seed = sys.argv[1:4]
    anyio.run(main, prefix, int(seed), backend=backend)
