"""What a host remembers of the Redis ledgers it used, so that a store opened after Redis lost
one (a restart without persistence, FLUSHDB, an older snapshot restored) refuses to start the
budgets again from zero; and orphans reconciled while a store stays open.

The shared Redis is never flushed: deleting every key under the test's prefix is what FLUSHDB
does to this store.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import anyio
import pytest

from policies._ledger import Reservation
from policies._scopes import Amounts, Scope
from supervisor._store import DEFAULT_REDIS_MEMORY, RedisStore, StoreUnavailable, _redis, open_store

from .conftest import cleanup_prefix

if TYPE_CHECKING:
    from pathlib import Path

SESSION = Scope("session", "s")


def _redis_client():  # type: ignore[no-untyped-def]
    import redis

    return redis.Redis(host="127.0.0.1", port=6379)


async def _spend(store: RedisStore, call_id: str, cost: float) -> None:
    assert isinstance(await store.reserve(call_id, [SESSION], Amounts(cost=cost)), Reservation)
    await store.settle(call_id, Amounts(cost=cost))


def _entry(memory: Path, prefix: str) -> dict[str, object]:
    ledgers = json.loads(memory.read_text())["ledgers"]
    entry = ledgers[f"redis://127.0.0.1:6379/0?prefix={prefix}"]
    assert isinstance(entry, dict)
    return entry


async def test_a_ledger_lost_between_runs_is_refused_until_the_loss_is_accepted(
    prefix: str, tmp_path: Path
) -> None:
    memory = tmp_path / "redis-ledgers.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await store.set_limit(SESSION, Amounts(cost=100))
            await _spend(store, "c1", 90)
        seen = _entry(memory, prefix)
        assert isinstance(seen["gen"], int)
        assert seen["gen"] >= 2

        # The run ends; Redis restarts without persistence before the next one.
        await cleanup_prefix(prefix)
        with pytest.raises(StoreUnavailable) as caught:
            async with RedisStore(prefix=prefix, memory=memory):
                pass
        message = str(caught.value)
        assert "holds no ledger under prefix" in message
        assert "the money already spent is not known" in message
        assert str(memory) in message
        assert "remove the entry" in message
        # Nothing was written: the next open still sees the loss.
        with pytest.raises(StoreUnavailable, match="holds no ledger"):
            async with RedisStore(prefix=prefix, memory=memory):
                pass
        client = _redis_client()
        try:
            assert client.get(f"{prefix}:epoch") is None
        finally:
            client.close()

        # Accepting the loss, as the message says: the budgets start afresh.
        data = json.loads(memory.read_text())
        del data["ledgers"][f"redis://127.0.0.1:6379/0?prefix={prefix}"]
        memory.write_text(json.dumps(data))
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await store.set_limit(SESSION, Amounts(cost=100))
            await _spend(store, "c2", 90)
    finally:
        await cleanup_prefix(prefix)


async def test_a_ledger_started_again_by_a_host_that_never_saw_it_is_refused(
    prefix: str, tmp_path: Path
) -> None:
    here, elsewhere = tmp_path / "here.json", tmp_path / "elsewhere.json"
    try:
        async with RedisStore(prefix=prefix, memory=here) as store:
            await store.set_limit(SESSION, Amounts(cost=100))
            await _spend(store, "c1", 90)
        await cleanup_prefix(prefix)  # FLUSHDB
        # Another host opens first and writes a new ledger (it cannot know), more writes than
        # this host ever saw.
        async with RedisStore(prefix=prefix, memory=elsewhere) as other:
            await other.set_limit(SESSION, Amounts(cost=100))
            for n in range(4):
                await _spend(other, f"n{n}", 1)
        with pytest.raises(StoreUnavailable, match="holds another ledger"):
            async with RedisStore(prefix=prefix, memory=here):
                pass
        # The other host's own memory agrees with Redis: it opens.
        async with RedisStore(prefix=prefix, memory=elsewhere):
            pass
    finally:
        await cleanup_prefix(prefix)


async def test_an_older_snapshot_restored_between_runs_is_refused(
    prefix: str, tmp_path: Path
) -> None:
    memory = tmp_path / "m.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await store.set_limit(SESSION, Amounts(cost=100))
            for n in range(3):
                await _spend(store, f"c{n}", 30)
        # A snapshot from after the first call: 30 spent where 90 were.
        client = _redis_client()
        try:
            client.hset(f"{prefix}:ctr:session:s|total", mapping={"sc": 30, "sn": 0})
            client.set(f"{prefix}:gen", 2)
        finally:
            client.close()
        with pytest.raises(StoreUnavailable, match="holds 2 writes of the ledger"):
            async with RedisStore(prefix=prefix, memory=memory):
                pass
    finally:
        await cleanup_prefix(prefix)


async def test_reopening_an_intact_ledger_keeps_the_most_writes_seen(
    prefix: str, tmp_path: Path
) -> None:
    memory = tmp_path / "nested" / "m.json"  # the folder is made
    try:
        async with RedisStore(prefix=prefix, memory=memory) as a:
            await a.set_limit(SESSION, Amounts(cost=100))
            await _spend(a, "c1", 1)
            async with RedisStore(prefix=prefix, memory=memory) as b:
                await _spend(b, "c2", 1)
                await _spend(b, "c3", 1)
            after_b = _entry(memory, prefix)["gen"]
        # `a` closed last, having seen fewer of its own writes: the file keeps the most.
        assert _entry(memory, prefix)["gen"] == after_b
        for _ in range(2):
            async with RedisStore(prefix=prefix, memory=memory) as again:
                await _spend(again, "c4" if _ == 0 else "c5", 1)
        assert isinstance(after_b, int)
        assert _entry(memory, prefix)["gen"] == after_b + 4
        assert not list(memory.parent.glob("*.tmp"))  # written by rename, nothing left over
    finally:
        await cleanup_prefix(prefix)


async def test_without_a_memory_file_a_lost_ledger_starts_from_what_redis_holds(
    prefix: str, tmp_path: Path
) -> None:
    try:
        async with RedisStore(prefix=prefix) as store:
            assert store.memory is None
            await _spend(store, "c1", 5)
        await cleanup_prefix(prefix)
        async with RedisStore(prefix=prefix) as store:
            await _spend(store, "c2", 5)
    finally:
        await cleanup_prefix(prefix)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "damaged"),
        ('{"version": 2, "ledgers": {}}', "damaged"),
        (
            '{"version": 1, "ledgers": {"redis://x": {"epoch": 3, "gen": 1, "seen": 1}}}',
            "malformed",
        ),
    ],
)
async def test_a_damaged_memory_file_is_a_clear_error_not_a_silent_reset(
    prefix: str, tmp_path: Path, content: str, says: str
) -> None:
    memory = tmp_path / "m.json"
    memory.write_text(content)
    try:
        with pytest.raises(StoreUnavailable, match=says) as caught:
            async with RedisStore(prefix=prefix, memory=memory):
                pass
        assert "Remove it" in str(caught.value)
        assert memory.read_text() == content  # left for the person to look at
    finally:
        await cleanup_prefix(prefix)


async def test_a_memory_file_that_cannot_be_written_only_costs_its_protection(
    prefix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    memory = blocker / "m.json"  # its folder is a file: cannot be made
    try:
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await _spend(store, "c1", 1)
        assert "redis.memory_unwritable" in capsys.readouterr().out
    finally:
        await cleanup_prefix(prefix)


async def test_a_ledger_this_host_never_wrote_to_may_be_lost(prefix: str, tmp_path: Path) -> None:
    memory = tmp_path / "m.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory):
            pass  # a run that failed before its first call
        assert _entry(memory, prefix)["gen"] == 0
        await cleanup_prefix(prefix)
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await _spend(store, "c1", 1)
    finally:
        await cleanup_prefix(prefix)


def test_open_store_remembers_redis_ledgers_under_the_working_directory() -> None:
    store = open_store("redis://127.0.0.1:6379/0?prefix=team")
    assert isinstance(store, RedisStore)
    assert store.memory == DEFAULT_REDIS_MEMORY
    assert str(DEFAULT_REDIS_MEMORY) == ".supervisor/redis-ledgers.json"
    assert open_store("redis://127.0.0.1:6379/0", memory=None).memory is None  # type: ignore[union-attr]


def test_reconcile_every_must_be_a_positive_number_of_seconds() -> None:
    with pytest.raises(ValueError, match="reconcile_every=0"):
        RedisStore(reconcile_every=0)


async def test_orphans_are_reconciled_while_the_store_stays_open(
    prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_redis, "_HEARTBEAT_EVERY", 0.05)
    try:
        async with RedisStore(prefix=prefix, reconcile_every=0.1) as watcher:
            async with RedisStore(prefix=prefix, reconcile_every=None) as dying:
                await dying.reserve("c1", [SESSION], Amounts(cost=7))
                bal = await watcher.balance(SESSION)
                assert bal.reserved == Amounts(cost=7)
                await anyio.sleep(0.3)  # alive: its heartbeat is there, nothing is touched
                assert (await watcher.balance(SESSION)).reserved == Amounts(cost=7)
            # `dying` closed with its reservation open (a killed process's looks the same once
            # its heartbeat expires). The watcher, open all along, settles it without a reopen.
            with anyio.fail_after(5):
                while (await watcher.balance(SESSION)).reserved != Amounts():
                    await anyio.sleep(0.05)
            bal = await watcher.balance(SESSION)
            assert bal.spent == Amounts(cost=7)
            assert [r.event for r in await watcher.read_audit()] == ["reservation_orphaned"]
    finally:
        await cleanup_prefix(prefix)
