"""Trying to break what a host remembers of its Redis ledgers, and the periodic reconciliation,
the way a fleet would: processes opening while others close, a process killed before its next
write to the file, odd files, a Redis that refuses writes, an owner that comes back.

The shared Redis is never flushed: deleting every key under the test's prefix is what FLUSHDB
does to this store.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import anyio
import pytest

from policies._ledger import Reservation
from policies._scopes import Amounts, Scope
from supervisor._store import RedisStore, StoreUnavailable, _redis
from supervisor._store._resp import RespError

from .conftest import cleanup_prefix

if TYPE_CHECKING:
    from pathlib import Path

SESSION = Scope("session", "s")


def _redis_client():  # type: ignore[no-untyped-def]
    import redis

    return redis.Redis(host="127.0.0.1", port=6379)


def _key(prefix: str) -> str:
    return f"redis://127.0.0.1:6379/0?prefix={prefix}"


def _entry(memory: Path, prefix: str) -> dict[str, object]:
    entry = json.loads(memory.read_text())["ledgers"][_key(prefix)]
    assert isinstance(entry, dict)
    return entry


async def _spend(store: RedisStore, call_id: str, cost: float) -> None:
    assert isinstance(await store.reserve(call_id, [SESSION], Amounts(cost=cost)), Reservation)
    await store.settle(call_id, Amounts(cost=cost))


# -- the heartbeat never dies ------------------------------------------------------------------


async def test_the_heartbeat_survives_a_redis_that_refuses_writes(
    prefix: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A full Redis under `noeviction` (what the store asks for) answers SET with -OOM, a
    replica after a failover with -READONLY: errors, not outages. The beat must go on, and
    the run inside the store must not be cancelled by it."""
    monkeypatch.setattr(_redis, "_HEARTBEAT_EVERY", 0.02)
    refusals = 0
    try:
        async with RedisStore(prefix=prefix, memory=tmp_path / "m.json") as store:
            real = store._heartbeat_once

            async def refusing() -> None:
                nonlocal refusals
                if refusals < 3:
                    refusals += 1
                    raise RespError("OOM command not allowed when used memory > 'maxmemory'.")
                await real()

            monkeypatch.setattr(store, "_heartbeat_once", refusing)
            with anyio.fail_after(5):
                await anyio.sleep(0.3)  # the body is not cancelled
            assert refusals == 3
            client = _redis_client()
            try:
                client.delete(f"{prefix}:owner:{store.owner}")
                with anyio.fail_after(5):  # and the beat came back after the refusals
                    while not client.exists(f"{prefix}:owner:{store.owner}"):
                        await anyio.sleep(0.02)
            finally:
                client.close()
            await _spend(store, "c1", 1)
    finally:
        await cleanup_prefix(prefix)


async def test_the_heartbeat_survives_whatever_the_housekeeping_raises(
    prefix: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(_redis, "_HEARTBEAT_EVERY", 0.02)
    monkeypatch.setattr(_redis, "_REMEMBER_EVERY", 0.02)
    memory = tmp_path / "m.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory, reconcile_every=0.02) as store:
            broken = 0

            async def reconcile() -> list[object]:
                nonlocal broken
                broken += 1
                raise RespError("READONLY You can't write against a read only replica.")

            monkeypatch.setattr(store, "reconcile_orphans", reconcile)
            # Something else writes the file meanwhile, and not as UTF-8 (or not JSON at all).
            memory.write_bytes(b"\xff\xfe not utf-8")
            with anyio.fail_after(5):
                await anyio.sleep(0.3)
            assert broken > 3
            memory.write_bytes(b"[" * 100_000)
            with anyio.fail_after(5):
                await anyio.sleep(0.2)
            await _spend(store, "c1", 1)
        # A damaged file is left for the person to look at, not silently replaced (it may
        # remember other ledgers).
        assert memory.read_bytes() == b"[" * 100_000
    finally:
        await cleanup_prefix(prefix)


# -- odd memory files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content", [b"\xff\xfe{}", b"[" * 100_000], ids=["not-utf-8", "nested-too-deep"]
)
async def test_an_unreadable_memory_file_is_a_clear_refusal_not_a_crash(
    prefix: str, tmp_path: Path, content: bytes
) -> None:
    memory = tmp_path / "m.json"
    memory.write_bytes(content)
    try:
        with pytest.raises(StoreUnavailable, match="damaged") as caught:
            async with RedisStore(prefix=prefix, memory=memory):
                pass
        assert "Remove it" in str(caught.value)
        assert memory.read_bytes() == content
    finally:
        await cleanup_prefix(prefix)


async def test_a_memory_file_that_is_a_folder_is_a_clear_refusal(
    prefix: str, tmp_path: Path
) -> None:
    memory = tmp_path / "m.json"
    memory.mkdir()
    try:
        with pytest.raises(StoreUnavailable, match="cannot be read") as caught:
            async with RedisStore(prefix=prefix, memory=memory):
                pass
        assert str(memory) in str(caught.value)
    finally:
        await cleanup_prefix(prefix)


async def test_a_symlinked_memory_file_stays_a_symlink(prefix: str, tmp_path: Path) -> None:
    """Pointing several working directories' .supervisor/redis-ledgers.json at one file
    shares the memory between them; writing by rename must not replace the link."""
    shared = tmp_path / "shared" / "ledgers.json"
    shared.parent.mkdir()
    link = tmp_path / "work" / ".supervisor" / "redis-ledgers.json"
    link.parent.mkdir(parents=True)
    link.symlink_to(shared)
    try:
        async with RedisStore(prefix=prefix, memory=link) as store:
            await _spend(store, "c1", 1)
        assert link.is_symlink()
        assert _entry(shared, prefix)["gen"] == 2
    finally:
        await cleanup_prefix(prefix)


async def test_the_memory_file_stays_where_it_was_when_the_process_changes_directory(
    prefix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    monkeypatch.chdir(first)
    try:
        async with RedisStore(prefix=prefix, memory="m.json") as store:
            await _spend(store, "c1", 1)
            os.chdir(second)  # a tool run by an agent, in this process
        assert _entry(first / "m.json", prefix)["gen"] == 2
        assert not (second / "m.json").exists()
    finally:
        await cleanup_prefix(prefix)


# -- several processes on one host -------------------------------------------------------------


async def test_a_process_closing_while_another_opens_is_no_false_refusal(
    prefix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process writes and closes (remembering more writes) between the moment an
    opening store reads Redis and the moment it reads the file: Redis held all of them, so
    the ledger is intact and must open."""
    memory = tmp_path / "m.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await _spend(store, "c1", 1)
        epoch = str(_entry(memory, prefix)["epoch"])
        real_recall = _redis._recall

        def recall_after_another_process_wrote(path: Path, key: str) -> object:
            client = _redis_client()
            try:
                gen = int(client.incrby(f"{prefix}:gen", 5))
            finally:
                client.close()
            _redis._remember(path, key, epoch, gen, _redis.time.time())
            return real_recall(path, key)

        monkeypatch.setattr(_redis, "_recall", recall_after_another_process_wrote)
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await _spend(store, "c2", 1)
    finally:
        await cleanup_prefix(prefix)


async def test_a_process_killed_soon_after_its_first_spend_is_remembered(
    prefix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh ledger is remembered at 0 writes when the store opens, and a ledger this host
    never wrote to may be lost; a process killed -9 before its next write to the file (up to
    30 s later) must not leave it looking that way once it has spent."""
    monkeypatch.setattr(_redis, "_HEARTBEAT_EVERY", 0.02)
    memory = tmp_path / "m.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory) as store:
            assert _entry(memory, prefix)["gen"] == 0
            await store.set_limit(SESSION, Amounts(cost=100))
            await _spend(store, "c1", 90)
            with anyio.fail_after(5):
                while _entry(memory, prefix)["gen"] == 0:
                    await anyio.sleep(0.02)
            left_by_kill = memory.read_bytes()  # what `kill -9` would leave from here on
        memory.write_bytes(left_by_kill)
        await cleanup_prefix(prefix)  # Redis restarted without persistence
        with pytest.raises(StoreUnavailable, match="holds no ledger"):
            async with RedisStore(prefix=prefix, memory=memory):
                pass
    finally:
        await cleanup_prefix(prefix)


# -- reconciliation ----------------------------------------------------------------------------


async def test_two_stores_reconciling_one_dead_owner_charge_and_audit_it_once(
    prefix: str,
) -> None:
    try:
        async with RedisStore(prefix=prefix, reconcile_on_open=False) as dying:
            for n in range(5):
                await dying.reserve(f"c{n}", [SESSION], Amounts(cost=3))
        async with (
            RedisStore(prefix=prefix, reconcile_on_open=False, reconcile_every=None) as a,
            RedisStore(prefix=prefix, reconcile_on_open=False, reconcile_every=None) as b,
        ):
            done: list[int] = []

            async def reconcile(store: RedisStore) -> None:
                done.append(len(await store.reconcile_orphans()))

            async with anyio.create_task_group() as tg:
                tg.start_soon(reconcile, a)
                tg.start_soon(reconcile, b)
            assert sum(done) == 5
            bal = await a.balance(SESSION)
            assert bal.spent == Amounts(cost=15)
            assert bal.reserved == Amounts()
            events = [r.event for r in await a.read_audit()]
            assert events == ["reservation_orphaned"] * 5
            assert (await a.verify_audit()).ok
    finally:
        await cleanup_prefix(prefix)


async def test_an_owner_that_comes_back_during_a_reconcile_keeps_its_new_call(
    prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reconciler finds the owner's heartbeat gone; before it reads the owner's open
    calls, the owner (only stalled) beats again and reserves a new call. That call is in
    flight under a live owner: it must not be settled as an orphan."""
    try:
        async with (
            RedisStore(prefix=prefix, reconcile_every=None) as owner,
            RedisStore(prefix=prefix, reconcile_on_open=False, reconcile_every=None) as watcher,
        ):
            await _spend(owner, "early", 1)  # listed among the owners, holding nothing open
            client = _redis_client()
            try:
                client.delete(f"{prefix}:owner:{owner.owner}")  # stalled past its heartbeat
            finally:
                client.close()
            real = watcher._open_reservations

            async def owner_came_back(calls: list[str]) -> object:
                await owner._heartbeat_once()
                await owner.reserve("late", [SESSION], Amounts(cost=4))
                return await real([*calls, "late"])

            monkeypatch.setattr(watcher, "_open_reservations", owner_came_back)
            assert await watcher.reconcile_orphans() == []
            assert (await watcher.balance(SESSION)).reserved == Amounts(cost=4)
            assert await watcher.read_audit() == []
            settled = await owner.settle("late", Amounts(cost=1))
            assert settled.actual == Amounts(cost=1)
    finally:
        await cleanup_prefix(prefix)


def test_one_process_writing_the_file_never_puts_back_less_than_another_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes remember the same ledger at once: the one that read the file first
    and writes last must not overwrite the other's higher count with its own lower one."""
    import threading
    import time

    memory = tmp_path / "m.json"
    _redis._remember(memory, "k", "e1", 10, time.time())
    real_read = _redis._read_memory
    other: list[threading.Thread] = []

    def read_then_let_another_process_write(path: Path) -> dict[str, object]:
        ledgers = real_read(path)
        if not other:  # the first reader: another process writes while it merges
            other.append(
                threading.Thread(target=_redis._remember, args=(memory, "k", "e1", 20, time.time()))
            )
            other[0].start()
            time.sleep(0.3)
        return ledgers

    monkeypatch.setattr(_redis, "_read_memory", read_then_let_another_process_write)
    _redis._remember(memory, "k", "e1", 12, time.time())
    other[0].join(5)
    assert json.loads(memory.read_text())["ledgers"]["k"]["gen"] == 20


def test_a_store_of_a_lost_ledger_never_writes_it_back_over_the_new_one(tmp_path: Path) -> None:
    """A running store read Redis (its old epoch) just before Redis lost the ledger; the loss
    was accepted and a store opened on the new epoch and wrote it to the file; then the old
    store writes. Putting the old epoch back would refuse every later open of the new one."""
    import time

    memory = tmp_path / "m.json"
    _redis._remember(memory, "k", "new", 3, time.time(), opening=True)
    assert _redis._remember(memory, "k", "old", 50, time.time()) is None
    assert _redis._recall(memory, "k")[:2] == ("new", 3)  # type: ignore[index]
    # A store opening (it has just checked the entry against Redis) replaces it.
    assert _redis._remember(memory, "k", "newer", 0, time.time(), opening=True) == 0


async def test_accepting_a_loss_while_a_process_of_the_lost_ledger_still_runs(
    prefix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_redis, "_HEARTBEAT_EVERY", 0.02)
    monkeypatch.setattr(_redis, "_REMEMBER_EVERY", 0.02)
    memory = tmp_path / "m.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory) as old:
            await old.set_limit(SESSION, Amounts(cost=100))
            await _spend(old, "c1", 90)
            await cleanup_prefix(prefix)  # Redis restarted without persistence
            with pytest.raises(StoreUnavailable, match="lost"):
                await old.reserve("c2", [SESSION], Amounts(cost=1))
            await anyio.sleep(0.2)
            with pytest.raises(StoreUnavailable, match="holds no ledger"):
                async with RedisStore(prefix=prefix, memory=memory):
                    pass
            memory.unlink()  # the loss accepted, as the message says
            async with RedisStore(prefix=prefix, memory=memory) as new:
                await new.set_limit(SESSION, Amounts(cost=100))
                await _spend(new, "n1", 1)
                await anyio.sleep(0.2)  # both remember, again and again
            with pytest.raises(StoreUnavailable, match="lost"):
                await old.reserve("c3", [SESSION], Amounts(cost=1))
        # `old` closed last; the file still remembers the new ledger, which opens.
        async with RedisStore(prefix=prefix, memory=memory) as again:
            await _spend(again, "n2", 1)
    finally:
        await cleanup_prefix(prefix)


async def test_redis_restarted_under_a_run_soon_after_its_first_spend_refuses_the_next_run(
    prefix: str, tmp_path: Path
) -> None:
    """The file says 0 writes until the run's first periodic write; Redis restarts before it.
    The running store refuses ('lost'), and what it saw must reach the file, or the next run
    takes the ledger for one never written to and starts the budgets again from zero."""
    memory = tmp_path / "m.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await store.set_limit(SESSION, Amounts(cost=100))
            await _spend(store, "c1", 90)
            await cleanup_prefix(prefix)  # Redis restarted without persistence
            with pytest.raises(StoreUnavailable, match="lost"):
                await store.reserve("c2", [SESSION], Amounts(cost=90))
        assert _entry(memory, prefix)["gen"] == 2
        with pytest.raises(StoreUnavailable, match="holds no ledger"):
            async with RedisStore(prefix=prefix, memory=memory):
                pass
    finally:
        await cleanup_prefix(prefix)


async def test_the_entry_to_remove_reads_in_the_file_as_the_message_names_it(
    tmp_path: Path,
) -> None:
    prefix = f"équipe-{os.urandom(4).hex()}"
    memory = tmp_path / "m.json"
    try:
        async with RedisStore(prefix=prefix, memory=memory) as store:
            await _spend(store, "c1", 1)
        await cleanup_prefix(prefix)
        with pytest.raises(StoreUnavailable) as caught:
            async with RedisStore(prefix=prefix, memory=memory):
                pass
        assert repr(_key(prefix)) in str(caught.value)
        assert f'"{_key(prefix)}"' in memory.read_text(encoding="utf-8")
    finally:
        await cleanup_prefix(prefix)


async def test_a_late_settle_of_an_orphaned_call_that_overran_charges_the_overrun(
    prefix: str,
) -> None:
    """An owner cut off past its heartbeat has its call settled as an orphan, at what it
    reserved; the call used more, and the owner settles it late. The ledger over-counts
    rather than under-counts: the overrun is charged (once, however often it settles)."""
    try:
        async with (
            RedisStore(prefix=prefix, reconcile_every=None) as owner,
            RedisStore(prefix=prefix, reconcile_on_open=False, reconcile_every=None) as watcher,
        ):
            await owner.reserve("c1", [SESSION], Amounts(cost=10, tokens=100))
            client = _redis_client()
            try:
                client.delete(f"{prefix}:owner:{owner.owner}")  # cut off past its heartbeat
            finally:
                client.close()
            assert len(await watcher.reconcile_orphans()) == 1
            assert (await watcher.balance(SESSION)).spent == Amounts(cost=10, tokens=100)
            for _ in range(2):  # a retried settle charges nothing more
                settled = await owner.settle("c1", Amounts(cost=14, tokens=60))
                assert settled.actual == Amounts(cost=14, tokens=100)
                assert (await watcher.balance(SESSION)).spent == Amounts(cost=14, tokens=100)
            summary = (await watcher.list_sessions())[0]
            assert summary.spent == Amounts(cost=14, tokens=100)
            # Used less than reserved: the orphan settlement stands (over-counted).
            await owner.reserve("c2", [SESSION], Amounts(cost=5))
            client = _redis_client()
            try:
                client.delete(f"{prefix}:owner:{owner.owner}")
            finally:
                client.close()
            assert len(await watcher.reconcile_orphans()) == 1
            assert (await owner.settle("c2", Amounts(cost=1))).actual == Amounts(cost=5)
            assert (await watcher.balance(SESSION)).spent == Amounts(cost=19, tokens=100)
    finally:
        await cleanup_prefix(prefix)


async def test_a_slow_reconcile_does_not_stop_the_heartbeat(
    prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reconciling many orphans (a round trip and an audit record each) can take longer than
    the heartbeat lives; the store's own heartbeat must not wait for it, or the others take
    this live store for dead and settle its calls in flight as orphans."""
    monkeypatch.setattr(_redis, "_HEARTBEAT_EVERY", 0.02)
    monkeypatch.setattr(_redis, "_HEARTBEAT_MS", 200)
    try:
        async with RedisStore(prefix=prefix, reconcile_every=0.02) as store:
            slow = anyio.Event()

            async def reconcile() -> list[object]:
                slow.set()
                await anyio.sleep(1.0)
                return []

            monkeypatch.setattr(store, "reconcile_orphans", reconcile)
            with anyio.fail_after(5):
                await slow.wait()
            client = _redis_client()
            try:
                for _ in range(30):
                    assert client.exists(f"{prefix}:owner:{store.owner}")
                    await anyio.sleep(0.03)
            finally:
                client.close()
    finally:
        await cleanup_prefix(prefix)


async def test_a_stop_still_reaches_a_run_whose_ledger_was_lost(prefix: str) -> None:
    """The kill switch after a loss: the run's calls are refused, but `supervise stop` (a
    store opened without memory: a new, empty stop log) must still reach it, though the new
    log's indexes restart below what the run had already seen."""
    from supervisor._store import StopSignal

    try:
        async with RedisStore(prefix=prefix) as run:
            await _spend(run, "c1", 1)
            async with run.stops() as stops:
                async with RedisStore(prefix=prefix) as before:
                    for n in range(2):
                        await before.publish_stop(StopSignal("session", f"old{n}", "test"))
                with anyio.fail_after(5):
                    assert [(await anext(stops)).id for _ in range(2)] == ["old0", "old1"]
                await cleanup_prefix(prefix)  # Redis restarted without persistence
                with pytest.raises(StoreUnavailable, match="lost"):
                    await run.reserve("c2", [SESSION], Amounts(cost=1))
                async with RedisStore(prefix=prefix) as operator:  # `supervise stop --all`
                    await operator.publish_stop(StopSignal("all", "", "Redis lost the ledger"))
                with anyio.fail_after(5):
                    got = await anext(stops)
                assert (got.target, got.reason) == ("all", "Redis lost the ledger")
            # Reading what is there still works (the ledger view, the audit log).
            await run.balance(SESSION)
            await run.read_audit()
    finally:
        await cleanup_prefix(prefix)


async def test_settles_left_from_an_outage_that_ended_in_a_loss_do_not_fail_every_read(
    prefix: str,
) -> None:
    """Redis restarted without persistence during an outage: the settles and doubtful
    reserves kept for its end can never be written. Raised once (the ledger is lost), they
    must not be retried before every later request, failing reads and stops too."""
    from supervisor._store import LedgerLost

    try:
        async with RedisStore(prefix=prefix) as store:
            await store.reserve("c1", [SESSION], Amounts(cost=5))
            await store.reserve("c2", [SESSION], Amounts(cost=5))
            # What the outage left: a settle and a reserve whose outcomes were not known.
            store._unsettled["c1"] = Amounts(cost=5)
            store._doubtful.add("c2")
            await cleanup_prefix(prefix)
            with pytest.raises(LedgerLost):
                await store.balance(SESSION)
            assert store.statistics()["pending_settles"] == 0
            await store.balance(SESSION)
            await store.read_audit()
            with pytest.raises(LedgerLost):
                await store.reserve("c3", [SESSION], Amounts(cost=1))
            with pytest.raises(LedgerLost):
                await store.settle("c1", Amounts(cost=5))
            await store.balance(SESSION)  # a refused reserve or settle is no doubt either
    finally:
        await cleanup_prefix(prefix)
