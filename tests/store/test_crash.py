"""kill -9 a process spending from the SQLite ledger, many times: no settled spend is lost.

After each kill and a recovery (opening the store reconciles the dead process's reservations):

* every settle the process reported done is in the ledger, charged exactly what was served;
* every call the fake provider served is charged: exactly what was served when its settle
  committed, or its full reservation (never less than served) when the process died between
  serving and settling (the orphan rule);
* no reservation is left open, and the ledger's session counters equal the sum of the charges,
  to the token.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import anyio
import pytest

from policies._scopes import Scope
from supervisor._store import SQLiteStore

WORKER = Path(__file__).with_name("_crash_worker.py")
KILLS = 15


def _read_log(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit():
                out[parts[0]] = int(parts[1])
    return out


async def _recover(db: Path) -> tuple[int, int]:
    async with SQLiteStore(db) as store:
        bal = await store.balance(Scope("session", "crash"))
        assert bal.reserved.tokens == 0
        assert (await store.verify_audit()).ok
        return bal.spent.tokens, bal.spent.calls


@pytest.mark.slow
def test_sigkill_loses_no_settled_spend(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    served_log, done_log = tmp_path / "served.log", tmp_path / "done.log"
    rng = random.Random(7)
    orphans_seen = 0
    for kill in range(KILLS):
        backend = "asyncio" if kill % 2 == 0 else "trio"
        proc = subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                str(db),
                str(served_log),
                str(done_log),
                backend,
                str(kill),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert proc.stdout is not None
            ready = proc.stdout.readline()
            assert ready.strip() == b"ready", proc.stderr.read() if proc.stderr else b""
            time.sleep(rng.uniform(0.02, 0.2))
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=10)
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        assert proc.returncode == -signal.SIGKILL

        spent_tokens, spent_calls = anyio.run(_recover, db)
        served, done = _read_log(served_log), _read_log(done_log)
        with closing(sqlite3.connect(db)) as conn, conn:
            rows = {
                call: (status, tokens, actual)
                for call, status, tokens, actual in conn.execute(
                    "SELECT call_id, status, tokens, actual_tokens FROM reservations"
                )
            }
        conn.close()
        for call, tokens in done.items():
            assert rows[call] == ("settled", rows[call][1], tokens), call
        for call, tokens in served.items():
            status, reserved, actual = rows[call]
            if status == "settled":
                assert actual == tokens, call
            else:
                assert status == "orphaned", (call, status)
                assert actual == reserved >= tokens, call
        assert {c for c, r in rows.items() if r[0] == "settled"} <= set(served)
        assert all(r[0] in ("settled", "orphaned") for r in rows.values())
        orphans_seen = sum(1 for r in rows.values() if r[0] == "orphaned")
        assert spent_tokens == sum(r[2] for r in rows.values())
        assert spent_calls == len(rows)
        assert spent_tokens >= sum(served.values())
    assert len(_read_log(done_log)) > KILLS  # the loop made real progress
    assert orphans_seen > 0  # some kills landed between reserve and settle
