"""Redis losing the ledger's keys while processes run (FLUSHDB, a restart without persistence,
eviction): a running store must fail closed, never start the budget again from zero.

The shared Redis is never flushed: deleting every key under the test's prefix is what FLUSHDB
does to this store.
"""

from __future__ import annotations

import pytest

from policies._ledger import Reservation
from policies._scopes import Amounts, Scope
from supervisor._store import RedisStore, StoreUnavailable

from .conftest import cleanup_prefix

SESSION = Scope("session", "s")


async def test_keys_lost_mid_run_refuse_instead_of_resetting_the_budget(prefix: str) -> None:
    try:
        async with RedisStore(prefix=prefix) as store:
            await store.set_limit(SESSION, Amounts(cost=100))
            first = await store.reserve("c1", [SESSION], Amounts(cost=60))
            assert isinstance(first, Reservation)
            await store.settle("c1", Amounts(cost=60))
            held = await store.reserve("c2", [SESSION], Amounts(cost=30))
            assert isinstance(held, Reservation)

            await cleanup_prefix(prefix)  # what FLUSHDB does to this store's keys
            # The limit and the 60 already spent are gone from Redis; had the set_limit run
            # again (a restarted governor), 100 more would be let through. Refuse instead.
            await store.set_limit(SESSION, Amounts(cost=100))
            with pytest.raises(StoreUnavailable, match="lost"):
                await store.reserve("c3", [SESSION], Amounts(cost=90))
            # The settle of the call that was running cannot be recorded: it is not dropped
            # as an unknown call (money lost), it fails closed.
            with pytest.raises(StoreUnavailable, match="lost"):
                await store.settle("c2", Amounts(cost=30))
            with pytest.raises(StoreUnavailable, match="lost"):
                await store.reserve("c4", [SESSION], Amounts(cost=1))
    finally:
        await cleanup_prefix(prefix)


async def test_redis_rolled_back_to_an_older_snapshot_is_refused(prefix: str) -> None:
    import redis

    try:
        async with RedisStore(prefix=prefix) as store:
            await store.set_limit(SESSION, Amounts(cost=100))
            for n in range(3):
                assert isinstance(
                    await store.reserve(f"c{n}", [SESSION], Amounts(cost=30)), Reservation
                )
                await store.settle(f"c{n}", Amounts(cost=30))
            # A restore of a snapshot taken after the first call: the counter says 30 spent,
            # this process has seen 90 spent; going on would let 60 too many through.
            client = redis.Redis(host="127.0.0.1", port=6379)
            try:
                client.hset(f"{prefix}:ctr:session:s|total", mapping={"sc": 30, "sn": 0})
                client.set(f"{prefix}:gen", 2)
            finally:
                client.close()
            with pytest.raises(StoreUnavailable, match="lost"):
                await store.reserve("c9", [SESSION], Amounts(cost=60))
        # A store opened afterwards starts from what Redis holds (it cannot know better).
        async with RedisStore(prefix=prefix) as later:
            assert isinstance(await later.reserve("c10", [SESSION], Amounts(cost=1)), Reservation)
    finally:
        await cleanup_prefix(prefix)


async def test_keys_lost_then_rewritten_by_a_new_process_are_still_noticed(prefix: str) -> None:
    try:
        async with RedisStore(prefix=prefix) as old:
            await old.set_limit(SESSION, Amounts(cost=100))
            assert isinstance(await old.reserve("c1", [SESSION], Amounts(cost=90)), Reservation)
            await old.settle("c1", Amounts(cost=90))

            await cleanup_prefix(prefix)  # FLUSHDB
            # A process started afterwards cannot know, and writes more than `old` ever saw.
            async with RedisStore(prefix=prefix) as new:
                await new.set_limit(SESSION, Amounts(cost=100))
                for n in range(5):
                    await new.reserve(f"n{n}", [SESSION], Amounts(cost=1))
                    await new.settle(f"n{n}", Amounts(cost=1))
            # `old` knows 90 was spent; it must not take the new, nearly empty counters for
            # the truth.
            with pytest.raises(StoreUnavailable, match="lost"):
                await old.reserve("c2", [SESSION], Amounts(cost=90))
    finally:
        await cleanup_prefix(prefix)
