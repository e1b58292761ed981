"""A process killed with reservations open is found dead even when its pid or hostname says
otherwise: a restarted container's process gets the dead one's pid again (often 1), and a
container made anew on the same volume has another hostname.

The killed process is real (``kill -9``); its row in ``owners`` is then given this process's pid,
or another hostname, as those containers would show it (this machine's pids and hostname cannot
be chosen).
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
from typing import TYPE_CHECKING

import anyio
import pytest

from policies._scopes import Amounts, Scope
from supervisor._store import SQLiteStore

if TYPE_CHECKING:
    from pathlib import Path

SESSION = Scope("session", "s")

HOLDER = textwrap.dedent(
    """
    import sys, anyio
    from policies._scopes import Amounts, Scope
    from supervisor._store import SQLiteStore

    async def main() -> None:
        async with SQLiteStore(sys.argv[1]) as store:
            await store.reserve("held", [Scope("session", "s")], Amounts(cost=70, calls=1))
            print("held", flush=True)
            await anyio.sleep(3600)

    anyio.run(main)
    """
)


def _kill_holder(db: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == b"held"
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()


@pytest.mark.parametrize("disguise", ["same pid", "other host"])
async def test_dead_owner_reconciled_despite_reused_pid_or_new_hostname(
    tmp_path: Path, disguise: str
) -> None:
    db = tmp_path / "ledger.db"
    with anyio.fail_after(30):
        await anyio.to_thread.run_sync(_kill_holder, db)
    conn = sqlite3.connect(db)
    try:
        with conn:
            if disguise == "same pid":
                conn.execute("UPDATE owners SET pid = ?", (os.getpid(),))
            else:
                conn.execute("UPDATE owners SET host = ?", (socket.gethostname() + "-old",))
    finally:
        conn.close()

    async with SQLiteStore(db) as store:
        bal = await store.balance(SESSION)
        assert (bal.spent.cost, bal.reserved.cost) == (70, 0)
        records = await store.read_audit()
        assert [r.event for r in records] == ["reservation_orphaned"]
        assert records[0].data["call_id"] == "held"
    # Reconciled once: a later store finds nothing more to do.
    async with SQLiteStore(db) as again:
        assert await again.reconcile_orphans() == []
        assert (await again.balance(SESSION)).spent.cost == 70


async def test_live_owner_holding_its_lock_is_not_reconciled(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    async with SQLiteStore(db) as live:
        conn = sqlite3.connect(db)
        try:
            with conn:  # even with a pid that does not exist and another hostname
                conn.execute("UPDATE owners SET pid = 0, host = 'elsewhere'")
        finally:
            conn.close()
        await live.reserve("c1", [SESSION], Amounts(cost=5))
        async with SQLiteStore(db) as other:
            assert await other.reconcile_orphans() == []
        await live.settle("c1", Amounts(cost=3))
        assert (await live.balance(SESSION)).spent.cost == 3
