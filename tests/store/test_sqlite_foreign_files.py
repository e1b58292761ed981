"""A SQLite file that is not this version's ledger is refused at open, and left unchanged.

Before, ``CREATE TABLE IF NOT EXISTS`` kept a table of the same name as it was: a ledger of an
older layout opened, and then every reserve failed with ``no such column: model`` (the agents
were restarted over it until the run escalated, exit 4; ``supervise ledger`` was an
"unexpected error"); another program's database silently got the ledger's tables and WAL mode.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from policies import Scope
from supervisor._cli import explain_error
from supervisor._exit_codes import ExitCode
from supervisor._store import SQLiteStore, StoreCorrupted, StoreUnavailable

if TYPE_CHECKING:
    from pathlib import Path


def _make(path: Path, *statements: str) -> bytes:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


async def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    before = _make(path, "CREATE TABLE users (id INTEGER, name TEXT)")
    with pytest.raises(StoreCorrupted) as caught:
        await SQLiteStore(path).open()
    message = str(caught.value)
    assert f"{path} holds another program's tables (users), not a ledger" in message
    assert "give the ledger a file of its own (--store sqlite:///other.db)" in message
    assert path.read_bytes() == before
    assert not (tmp_path / "app.db-wal").exists()
    assert explain_error(caught.value)[1] == ExitCode.STORE_UNAVAILABLE


async def test_a_ledger_of_an_older_layout_is_refused_naming_what_it_lacks(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    before = _make(
        path,
        "CREATE TABLE reservations (call_id TEXT PRIMARY KEY, owner TEXT NOT NULL, "
        "session TEXT NOT NULL, agent TEXT NOT NULL, scopes TEXT NOT NULL, "
        "buckets TEXT NOT NULL, cost INTEGER NOT NULL, tokens INTEGER NOT NULL, "
        "calls INTEGER NOT NULL, status TEXT NOT NULL, created REAL NOT NULL, finished REAL)",
    )
    with pytest.raises(StoreCorrupted) as caught:
        await SQLiteStore(path).open()
    message = str(caught.value)
    assert "holds a ledger of another layout (no column reservations.actual_calls," in message
    assert "reservations.model)" in message
    assert f"move {path} away to start a new ledger here" in message
    assert path.read_bytes() == before


async def test_a_table_named_like_a_ledger_table_is_not_taken_for_one(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    _make(path, "CREATE TABLE audit (id INTEGER, who TEXT)")
    with pytest.raises(StoreCorrupted, match=r"no column audit\.agent, audit\.data"):
        await SQLiteStore(path).open()


async def test_a_file_that_is_not_sqlite_says_how_to_go_on(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my notes\n" * 200)
    with pytest.raises(StoreCorrupted) as caught:
        await SQLiteStore(path).open()
    assert "is not a ledger database this version can use (file is not a database)" in str(
        caught.value
    )
    assert "--store sqlite:///other.db" in str(caught.value)
    assert path.read_text() == "my notes\n" * 200


async def test_an_empty_file_and_a_ledger_with_a_table_missing_open(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    async with SQLiteStore(empty) as store:
        assert await store.balance(Scope("session", "s")) is not None
    partial = tmp_path / "partial.db"
    async with SQLiteStore(partial):
        pass
    conn = sqlite3.connect(partial)
    conn.execute("DROP TABLE stops")
    conn.commit()
    conn.close()
    async with SQLiteStore(partial):  # a table added by a newer version is made
        pass
    conn = sqlite3.connect(partial)
    assert conn.execute("SELECT count(*) FROM stops").fetchone() == (0,)
    conn.close()


async def test_a_ledger_it_cannot_lock_is_unavailable_not_foreign(tmp_path: Path) -> None:
    """Before, a file SQLite could not open, lock or write (another process holding it, a
    read-only folder where WAL needs its -wal and -shm files) was "not a ledger database this
    version can use", with advice to move the file away: wrong, for a good ledger."""
    path = tmp_path / "ledger.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE held (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreUnavailable) as caught:
            await SQLiteStore(path, busy_timeout=0.05).open()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(caught.value)
    assert f"The ledger database {path} could not be used (database is locked)" in message
    # Locked is not a permission or a full disk, which it was said to be checked for.
    assert "another process holds it locked" in message
    assert "may write" not in message
    assert "disk" not in message
    assert "move" not in message
    assert explain_error(caught.value)[1] == ExitCode.STORE_UNAVAILABLE
