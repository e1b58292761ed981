"""A SQLite ledger file found damaged while a run uses it.

A disk error, a copy taken mid-write or another program writing into the file can leave pages
SQLite cannot read: every commit that touches them fails with "database disk image is
malformed" (SQLITE_CORRUPT), for good. Before, the store called that an outage ("check whether
another process holds the lock"): every call waited the whole ``fail_closed.wait_timeout`` for
a store that would never come back, was refused, its agent restarted and did it again, and the
run never ended. Now the run ends at once with exit status 5 and a message that says the file is
damaged and what to do; no call is sent unaccounted. Real SQLite files, the real Runtime; the
in-process provider of ``test_governor_support``; asyncio and trio.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest
from test_governor_support import Harness, agent_class, make_policy

from supervisor import Agent, ExitCode, LLMResult, SQLiteStore
from supervisor._store import LedgerLost

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.anyio


class _Caller(Agent):
    model = "fast:big"

    async def run(self) -> None:
        await self.llm("question", max_tokens=10)


def _damage(db: Path, table: str) -> None:
    """Overwrite ``table``'s root page with bytes that are no b-tree page."""
    with sqlite3.connect(db) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xde\xad" * (page_size // 2))


async def test_a_ledger_damaged_under_a_run_ends_it_with_what_to_do(
    harness: Harness, tmp_path: Path
) -> None:
    db = tmp_path / "ledger.db"
    policy = make_policy({"fail_closed": {"behaviour": "wait", "wait_timeout": 600}})
    async with SQLiteStore(db) as store:
        first = await harness.run([agent_class("a1", _Caller)], policy, store=store)  # type: ignore[arg-type]
    assert first.outcome is not None
    assert first.outcome.exit_code == ExitCode.OK
    assert len(harness.provider.requests) == 1
    _damage(db, "counters")

    again = Harness()
    async with SQLiteStore(db) as store:
        run = await again.run([agent_class("a1", _Caller)], policy, store=store, timeout=30)  # type: ignore[arg-type]
        with pytest.raises(LedgerLost, match="damaged"):
            await store.balance(__import__("policies").Scope("session", "s1"))
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.STORE_UNAVAILABLE, run.outcome
    assert "damaged" in run.outcome.reason
    assert str(db) in run.outcome.reason
    assert not again.provider.requests  # nothing was sent unaccounted
    assert not any(isinstance(e, LLMResult) for e in again.sink.events)
