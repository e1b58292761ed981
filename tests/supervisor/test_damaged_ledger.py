"""A SQLite ledger file found damaged, or on a full disk, while a run uses it.

A disk error, a copy taken mid-write or another program writing into the file can leave pages
SQLite cannot read: every commit that touches them fails with "database disk image is
malformed" (SQLITE_CORRUPT), for good. Before, the store called that an outage ("check whether
another process holds the lock"): every call waited the whole ``fail_closed.wait_timeout`` for
a store that would never come back, was refused, its agent restarted and did it again, and the
run never ended. Now the run ends at once with exit status 5 and a message that says the file is
damaged and what to do; no call is sent unaccounted. A full disk (SQLITE_FULL, which makes
SQLite roll the whole transaction back by itself) is reported as a full disk. Real SQLite
files, the real Runtime; the in-process provider of ``test_governor_support``; asyncio and trio.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import TYPE_CHECKING

import pytest
from test_governor_support import Harness, agent_class, make_policy

from supervisor import Agent, ExitCode, GovernorUnavailable, LLMResult, SQLiteStore
from supervisor._store import LedgerLost, StoreUnavailable

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.anyio


class _Caller(Agent):
    model = "fast:big"

    async def run(self) -> None:
        await self.llm("question", max_tokens=10)


def _damage(db: Path, table: str) -> None:
    """Overwrite ``table``'s root page with bytes that are no b-tree page."""
    with closing(sqlite3.connect(db)) as conn, conn:
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


class _FullDisk(SQLiteStore):
    """A real SQLite ledger whose file may grow by two pages only: SQLITE_FULL, as on a full
    disk (``PRAGMA max_page_count`` on the store's own connection)."""

    def _connect(self) -> sqlite3.Connection:
        conn = super()._connect()
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn


class _Writer(Agent):
    """Makes calls with long prompts (each reservation row grows the file) until refused."""

    model = "fast:big"
    seen: list[object]

    async def run(self) -> None:
        for i in range(40):
            try:
                self.seen.append(await self.llm(f"question {i} " + "words " * 400, max_tokens=10))
            except GovernorUnavailable as exc:
                self.seen.append(exc)
                return


async def test_a_full_disk_says_so_and_loses_no_settled_charge(
    harness: Harness, tmp_path: Path
) -> None:
    """SQLite rolls the whole transaction back by itself on SQLITE_FULL. Before, the store then
    tried its own ROLLBACK and reported that failure instead: "could not commit (cannot
    rollback - no transaction is active)", hiding that the disk was full."""
    cls = agent_class("a1", _Writer, seen=[])
    policy = make_policy({"fail_closed": {"behaviour": "refuse"}})
    async with _FullDisk(tmp_path / "ledger.db") as store:
        run = await harness.run([cls], policy, store=store, timeout=30)  # type: ignore[arg-type]
    seen = cls.seen  # type: ignore[attr-defined]
    assert run.outcome is not None
    refused = seen[-1]
    assert isinstance(refused, GovernorUnavailable), seen
    assert "database or disk is full" in str(refused)
    assert "no transaction is active" not in str(refused)
    results = [s for s in seen if isinstance(s, LLMResult)]
    assert len(harness.provider.requests) == len(results)  # nothing sent unaccounted
    async with SQLiteStore(tmp_path / "ledger.db") as reopened:  # room again: no page limit
        (summary,) = await reopened.list_sessions()
        orphaned = [
            r.data for r in await reopened.read_audit() if r.event == "reservation_orphaned"
        ]
    # No charge lost: each call is settled at its cost, or (its settle met the full disk) its
    # reservation, counted as spent, was reconciled at its whole worst case.
    at_worst = {o["call_id"]: o["charged"]["cost"] for o in orphaned}
    settled = sum(r.cost for r in results if r.call_id not in at_worst)
    assert all(at_worst[c] >= r.cost for r in results for c in [r.call_id] if c in at_worst)
    assert summary.spent.cost == settled + sum(at_worst.values())
    assert summary.spent.calls == len(results)
    assert summary.open_reservations == 0


class _ReadOnly(SQLiteStore):
    """A real SQLite ledger opened read-only (``mode=ro``): what SQLite falls back to for a
    file it may not write (a read-only mount, an immutable file), whoever the user is."""

    def _connect(self) -> sqlite3.Connection:
        super()._connect().close()  # the store's own checks of the file
        return sqlite3.connect(
            f"file:{self.path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )


async def test_a_ledger_it_may_not_write_is_unavailable_and_says_what_to_check(
    tmp_path: Path,
) -> None:
    """Before, SQLite's own error left the store as it was (``sqlite3.OperationalError:
    attempt to write a readonly database``), and ``supervise run``, ``ledger`` and ``logs``
    ended with "unexpected error", exit 1. Now it is StoreUnavailable (exit 5) saying what
    to check."""
    db = tmp_path / "ledger.db"
    async with SQLiteStore(db):
        pass  # a ledger, made while it could be written
    with pytest.raises(StoreUnavailable, match="could not be written") as caught:
        async with _ReadOnly(db):
            pass
    assert "readonly" in str(caught.value)
    assert "may write the file and its folder" in str(caught.value)
