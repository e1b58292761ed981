"""An owner that looked dead (its heartbeat lapsed: cut off from Redis, or paused) comes back
and reserves while another process reconciles it: that new reservation must still be found and
reconciled once the owner really dies, not left open for good.

The interleaving is made, not waited for: the reconciling store's read of the owner's open
reservations is wrapped so that the owner reserves right after it (real Redis, real stores).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import redis

from policies._ledger import Reservation
from policies._scopes import Amounts, Scope
from supervisor._store import RedisStore, _redis

from .conftest import cleanup_prefix

if TYPE_CHECKING:
    import pytest

SESSION = Scope("session", "s")


async def test_owner_that_reserves_during_its_reconciliation_stays_known(
    prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The heartbeat is what the test takes away by hand; it must not come back on its own.
    monkeypatch.setattr(_redis, "_HEARTBEAT_EVERY", 3600.0)
    client = redis.Redis(host="127.0.0.1", port=6379)
    try:
        async with RedisStore(prefix=prefix) as owner:
            assert isinstance(await owner.reserve("c1", [SESSION], Amounts(cost=10)), Reservation)
            client.delete(f"{prefix}:owner:{owner.owner}")  # its heartbeat lapsed

            async with RedisStore(prefix=prefix, reconcile_on_open=False) as reconciler:
                read = reconciler._open_reservations

                async def read_then_owner_reserves(calls: list[str]) -> Any:
                    found = await read(calls)
                    if calls:  # the stale owner is back and reserves meanwhile
                        got = await owner.reserve("c2", [SESSION], Amounts(cost=20))
                        assert isinstance(got, Reservation)
                    return found

                reconciler._open_reservations = read_then_owner_reserves  # type: ignore[method-assign]
                done = await reconciler.reconcile_orphans()
                assert [r.call_id for r in done] == ["c1"]
            assert client.sismember(f"{prefix}:owners", owner.owner)
            client.delete(f"{prefix}:owner:{owner.owner}")  # now it really dies

        async with RedisStore(prefix=prefix) as later:  # reconciles on open
            bal = await later.balance(SESSION)
            assert (bal.spent.cost, bal.reserved.cost) == (30, 0)
            events = [r.data["call_id"] for r in await later.read_audit()]
            assert sorted(events) == ["c1", "c2"]
    finally:
        client.close()
        await cleanup_prefix(prefix)
