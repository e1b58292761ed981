"""The SQLite ledger's file deleted, moved away or replaced while a store has it open.

SQLite would go on writing into the file it holds, which nobody can open once the process
ends: every charge and audit record from then on would be lost without a word. The store
notices before its next batch and refuses from then on (``LedgerLost``), so the run ends with
exit status 5 and says why, and what it could not write is in its log.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from supervisor import SQLiteStore
from supervisor._store import LedgerLost

if TYPE_CHECKING:
    from pathlib import Path


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        (path.parent / (path.name + suffix)).unlink(missing_ok=True)


@pytest.mark.parametrize("how", ["deleted", "moved", "replaced"])
async def test_a_ledger_file_gone_from_under_the_store_refuses_every_write(
    tmp_path: Path, how: str
) -> None:
    path = tmp_path / "ledger.db"
    async with SQLiteStore(path) as store:
        await store.append_audit("decision", {"rule": "r1"}, session="s")
        if how == "deleted":
            _remove(path)
        elif how == "moved":
            os.rename(path, tmp_path / "ledger.db.1")
        else:
            os.rename(path, tmp_path / "old.db")
            path.write_bytes(b"")  # another file now has the name
        for _ in range(2):  # and stays refused
            with pytest.raises(LedgerLost, match="deleted, moved or replaced"):
                await store.append_audit("decision", {"rule": "r2"}, session="s")
        if how == "moved":  # put back: still refused, the run's figures have a hole
            os.rename(tmp_path / "ledger.db.1", path)
            with pytest.raises(LedgerLost):
                await store.append_audit("decision", {"rule": "r3"}, session="s")


async def test_an_untouched_ledger_file_is_used_as_before(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    async with SQLiteStore(path) as store:
        for n in range(3):
            await store.append_audit("decision", {"rule": f"r{n}"}, session="s")
        assert [r.data["rule"] for r in await store.read_audit()] == ["r0", "r1", "r2"]
        assert (await store.verify_audit()).ok
