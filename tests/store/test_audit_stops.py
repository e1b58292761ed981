"""Audit chain, redaction, orphan reconciliation and stops, on every store."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from typing import TYPE_CHECKING, Any

import anyio
import pytest
import redis
from tests.store.conftest import cleanup_prefix, make_factory

from policies._scopes import Amounts, Scope
from supervisor._store import REDACTED_TEXT, MemoryStore, SQLiteStore, StopSignal

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


async def _fill(store: Any) -> None:
    await store.append_audit("decision", {"rule": "budget", "n": 1}, session="s1", agent="a1")
    await store.append_audit("decision", {"rule": "loop", "n": 2}, session="s1", agent="a2")
    await store.append_audit("decision", {"rule": "tool", "n": 3}, session="s2", agent="a1")
    await store.append_audit("note", {"n": 4})


def _tamper(store: Any, kind: str, prefix: str, tmp_path: Path, how: str, seq: int) -> None:
    """Edit or delete one stored record behind the store's back."""
    if kind == "memory":
        records = store._audit
        if how == "delete":
            del records[seq - 1]
        else:
            old = records[seq - 1]
            records[seq - 1] = type(old)(
                old.seq,
                old.time,
                old.event,
                old.session,
                old.agent,
                {"rule": "x"},
                old.prev,
                old.hash,
            )
        return
    if kind == "sqlite":
        with closing(sqlite3.connect(tmp_path / "ledger.db")) as conn, conn:
            if how == "delete":
                conn.execute("DELETE FROM audit WHERE seq = ?", (seq,))
            else:
                conn.execute('UPDATE audit SET data = \'{"rule":"x"}\' WHERE seq = ?', (seq,))
        return
    client = redis.Redis()
    try:
        key = f"{prefix}:audit"
        if how == "delete":
            client.lset(key, seq - 1, "__deleted__")
            client.lrem(key, 1, "__deleted__")
        else:
            body = json.loads(client.lindex(key, seq - 1))  # type: ignore[arg-type]
            body["data"] = {"rule": "x"}
            client.lset(key, seq - 1, json.dumps(body))
    finally:
        client.close()


async def test_audit_read_filter_and_redact(store: Any) -> None:
    await _fill(store)
    rec = await store.append_audit(
        "call",
        {
            "api_key": "abc",
            "headers": {"Authorization": "Bearer abcdefghijkl", "X-Api-Key": "k"},
            "note": "used sk-abcdefghijklmnopqrstuvwx here",
            "tokens": 12,
        },
        session="s3",
    )
    assert rec.data["api_key"] == REDACTED_TEXT
    assert rec.data["headers"] == {"Authorization": REDACTED_TEXT, "X-Api-Key": REDACTED_TEXT}
    assert "sk-abc" not in rec.data["note"]
    assert rec.data["tokens"] == 12
    everything = await store.read_audit()
    assert [r.seq for r in everything] == [1, 2, 3, 4, 5]
    assert [r.data["n"] for r in await store.read_audit(session="s1")] == [1, 2]
    assert [r.data["n"] for r in await store.read_audit(agent="a1")] == [1, 3]
    assert [r.data["n"] for r in await store.read_audit(session="s1", agent="a2")] == [2]
    assert [r.seq for r in await store.read_audit(limit=2)] == [4, 5]
    assert everything[1].prev == everything[0].hash
    assert (await store.verify_audit()).ok
    stored = await store.read_audit(session="s3")
    assert "abc" not in json.dumps(stored[0].data).replace(REDACTED_TEXT, "")


@pytest.mark.parametrize(
    ("how", "seq", "broken_at"),
    [("edit", 2, 2), ("delete", 2, 2), ("delete", 4, 4), ("edit", 1, 1)],
)
async def test_audit_tamper_detected(
    store: Any, store_kind: str, prefix: str, tmp_path: Path, how: str, seq: int, broken_at: int
) -> None:
    await _fill(store)
    assert (await store.verify_audit()).ok
    _tamper(store, store_kind, prefix, tmp_path, how, seq)
    result = await store.verify_audit()
    assert not result.ok
    assert result.broken_at == broken_at
    assert result.reason


async def test_stop_reaches_subscribers(store: Any) -> None:
    got: list[list[StopSignal]] = [[], []]
    with anyio.fail_after(5):
        async with store.stops() as first, store.stops() as second:

            async def drain(i: int, signals: Any) -> None:
                async for signal in signals:
                    got[i].append(signal)
                    if len(got[i]) == 2:
                        return

            async with anyio.create_task_group() as tg:
                tg.start_soon(drain, 0, first)
                tg.start_soon(drain, 1, second)
                await anyio.sleep(0.05)
                start = anyio.current_time()
                await store.publish_stop(StopSignal("session", "s1", "runaway", by="ops"))
                await store.publish_stop(StopSignal("all", reason="kill switch"))
            assert anyio.current_time() - start < 1.0
    for signals in got:
        assert [(s.target, s.id) for s in signals] == [("session", "s1"), ("all", "")]
        assert signals[0].matches(session="s1")
        assert not signals[0].matches(session="s2")
        assert signals[1].matches(agent="anyone")
    records = await store.read_audit()
    assert [r.event for r in records] == ["stop_published", "stop_published"]
    assert records[0].session == "s1"


async def test_sqlite_orphan_reconciled_on_open(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    scopes = [Scope("agent", "a"), Scope("session", "s")]
    async with SQLiteStore(path) as first:
        await first.reserve("c1", scopes, Amounts(100, 10, 1), model="m")
        await first.reserve("c2", scopes, Amounts(50, 5, 1), model="m")
        await first.settle("c2", Amounts(20, 2, 1))
    async with SQLiteStore(path) as second:
        bal = await second.balance(Scope("session", "s"))
        assert (bal.spent, bal.reserved) == (Amounts(120, 12, 2), Amounts())
        records = await second.read_audit()
        assert [r.event for r in records] == ["reservation_orphaned"]
        assert records[0].data["call_id"] == "c1"
        assert records[0].data["owner"] == first.owner
        assert (await second.settle("c1", Amounts(1, 1, 1))).actual == Amounts(100, 10, 1)
        assert await second.reconcile_orphans() == []
        assert (await second.verify_audit()).ok


async def test_sqlite_live_owner_not_reconciled(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    async with SQLiteStore(path) as first, SQLiteStore(path) as second:
        await first.reserve("c1", [Scope("session", "s")], Amounts(100))
        assert await second.reconcile_orphans() == []
        assert (await second.balance(Scope("session", "s"))).reserved == Amounts(100)


async def test_redis_orphan_reconciled(prefix: str, tmp_path: Path) -> None:
    store_factory: Callable[..., Any] = make_factory("redis", tmp_path, prefix)
    scopes = [Scope("agent", "a"), Scope("session", "s")]
    try:
        async with store_factory() as first, store_factory() as watcher:
            await first.reserve("c1", scopes, Amounts(100, 10, 1), model="m")
            # A live owner (heartbeat present) is left alone.
            assert await watcher.reconcile_orphans() == []
        async with store_factory() as second:  # first closed: its heartbeat is gone
            bal = await second.balance(Scope("session", "s"))
            assert (bal.spent, bal.reserved) == (Amounts(100, 10, 1), Amounts())
            assert [r.event for r in await second.read_audit()] == ["reservation_orphaned"]
            state = await second.load_session("s")
            assert state.open_reservations == ()
            assert state.summary.spent == Amounts(100, 10, 1)
    finally:
        await cleanup_prefix(prefix)


def test_redacted_marker_and_memory_has_no_orphans() -> None:
    assert REDACTED_TEXT == "[redacted]"
    assert isinstance(MemoryStore(), MemoryStore)


async def test_a_sqlite_audit_record_whose_data_is_not_json_is_a_broken_chain(
    tmp_path: Path,
) -> None:
    """An audit record edited by hand into something that is not JSON. Before, ``supervise
    logs`` and ``supervise logs --verify`` (the command meant to find such an edit) ended with
    "unexpected error: JSONDecodeError" (exit 1). Now the records are shown, that one with
    what it holds, and the check says the chain is broken there (exit 6 in the CLI)."""
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        await _fill(store)
    with closing(sqlite3.connect(tmp_path / "ledger.db")) as conn, conn:
        conn.execute("UPDATE audit SET data = 'garbage' WHERE seq = 2")
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        records = await store.read_audit()
        result = await store.verify_audit()
    assert [r.seq for r in records] == [1, 2, 3, 4]
    assert records[1].data == {"unreadable": "garbage"}
    assert not result.ok
    assert result.broken_at == 2
    assert "Audit record 2 was edited" in result.reason


async def test_a_sqlite_audit_head_that_cannot_be_read_is_a_broken_chain(tmp_path: Path) -> None:
    """Before: "unexpected error: ValueError: not enough values to unpack" (exit 1)."""
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        await _fill(store)
    with closing(sqlite3.connect(tmp_path / "ledger.db")) as conn, conn:
        conn.execute("UPDATE meta SET value = 'garbage' WHERE key = 'audit_head'")
    async with SQLiteStore(tmp_path / "ledger.db") as store:
        result = await store.verify_audit()
    assert not result.ok
    assert "head" in result.reason
    assert "'garbage'" in result.reason


async def _filled_then_damaged(
    prefix: str, tmp_path: Path, damage: Callable[[redis.Redis], object]
) -> Callable[..., Any]:
    """A Redis store under ``prefix`` filled by ``_fill``, then ``damage``d behind its back."""
    store_factory: Callable[..., Any] = make_factory("redis", tmp_path, prefix)
    async with store_factory() as store:
        await _fill(store)
    client = redis.Redis()
    try:
        damage(client)
    finally:
        client.close()
    return store_factory


async def test_a_redis_audit_record_that_is_not_json_is_a_broken_chain(
    prefix: str, tmp_path: Path
) -> None:
    """The Redis twin of the SQLite case above. Before, one record edited into something that
    is not a record made every read of the log fail with StoreCorrupted: ``supervise logs``
    showed nothing and ``supervise logs --verify``, the command meant to find the edit, ended
    as if the store were broken (exit 5), not the chain (exit 6). Now the records are shown,
    that one with what it holds, and the check says the chain is broken there."""
    try:
        store_factory = await _filled_then_damaged(
            prefix, tmp_path, lambda client: client.lset(f"{prefix}:audit", 1, "garbage")
        )
        async with store_factory() as store:
            records = await store.read_audit()
            only_s2 = await store.read_audit(session="s2")
            result = await store.verify_audit()
        assert [r.seq for r in records] == [1, 2, 3, 4]
        assert records[1].data == {"unreadable": "garbage"}
        assert [r.seq for r in only_s2] == [3]
        assert not result.ok
        assert result.broken_at == 2
        assert "Audit record 2" in result.reason
    finally:
        await cleanup_prefix(prefix)


async def test_a_redis_audit_head_that_cannot_be_read_is_a_broken_chain(
    prefix: str, tmp_path: Path
) -> None:
    """Before: "unexpected error: ValueError: not enough values to unpack" (exit 1)."""
    try:
        store_factory = await _filled_then_damaged(
            prefix, tmp_path, lambda client: client.set(f"{prefix}:audit:head", "garbage")
        )
        async with store_factory() as store:
            records = await store.read_audit()
            result = await store.verify_audit()
        assert len(records) == 4
        assert not result.ok
        assert "head" in result.reason
        assert "'garbage'" in result.reason
    finally:
        await cleanup_prefix(prefix)
