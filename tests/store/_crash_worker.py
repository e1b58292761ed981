"""A process that spends from a SQLite ledger until it is killed (run by test_crash.py).

Usage: python _crash_worker.py DB SERVED_LOG DONE_LOG BACKEND SEED

The fake provider serves a random number of tokens per call and appends ``call_id tokens`` to
SERVED_LOG (fsynced) before the agent settles: once a line is there, those tokens were served.
After ``settle`` returns, the agent appends the same line to DONE_LOG (fsynced): once a line is
there, the settle was reported done and must survive anything.
"""

from __future__ import annotations

import os
import random
import sys

import anyio

from policies._ledger import Limits, Reservation
from policies._scopes import Amounts, Scope
from supervisor._store import SQLiteStore

AGENTS = 5


def _append(fd: int, line: str) -> None:
    os.write(fd, line.encode())
    os.fsync(fd)


async def main(db: str, served_path: str, done_path: str, seed: int) -> None:
    rng = random.Random(seed)
    served_fd = os.open(served_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    done_fd = os.open(done_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    session = Scope("session", "crash")
    async with SQLiteStore(db) as store:
        await store.set_limit(session, Limits(tokens=10**12))
        print("ready", flush=True)

        async def agent(n: int) -> None:
            i = 0
            while True:
                i += 1
                call_id = f"{os.getpid()}-{n}-{i}"
                worst = rng.randint(50, 500)
                r = await store.reserve(
                    call_id,
                    [Scope("agent", f"a{n}"), session],
                    Amounts(cost=worst * 10, tokens=worst, calls=1),
                    model="fake:model",
                )
                assert isinstance(r, Reservation)
                await anyio.sleep(rng.random() * 0.002)
                served = rng.randint(0, worst)
                _append(served_fd, f"{call_id} {served}\n")
                await store.settle(call_id, Amounts(cost=served * 10, tokens=served, calls=1))
                _append(done_fd, f"{call_id} {served}\n")

        async with anyio.create_task_group() as tg:
            for n in range(AGENTS):
                tg.start_soon(agent, n)


if __name__ == "__main__":
    db, served, done, backend, seed = sys.argv[1:6]
    anyio.run(main, db, served, done, int(seed), backend=backend)
