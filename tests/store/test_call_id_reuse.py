"""The same call id used by two processes on one store: the second one's reserve is refused as
a duplicate, and nothing it does afterwards (a release or settle in its error path) may end the
first one's reservation, which would leave the first one's call unaccounted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from policies import DuplicateCall, UnknownCall
from policies._ledger import Reservation
from policies._scopes import Amounts, Scope

from .conftest import cleanup_prefix, make_factory

if TYPE_CHECKING:
    from pathlib import Path

SESSION = Scope("session", "s")


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
async def test_reused_call_id_cannot_finish_the_holders_reservation(
    kind: str, tmp_path: Path, prefix: str
) -> None:
    factory = make_factory(kind, tmp_path, prefix)
    try:
        async with factory() as holder, factory() as other:  # type: ignore[attr-defined]
            await holder.set_limit(SESSION, Amounts(cost=100))
            assert isinstance(await holder.reserve("c1", [SESSION], Amounts(cost=50)), Reservation)
            with pytest.raises(DuplicateCall):
                await other.reserve("c1", [SESSION], Amounts(cost=10))
            with pytest.raises(UnknownCall, match="another process"):
                await other.release("c1")
            with pytest.raises(UnknownCall, match="another process"):
                await other.settle("c1", Amounts(cost=1))
            # The holder's call is still held in full and is charged what it really cost.
            assert (await other.balance(SESSION)).reserved.cost == 50
            settled = await holder.settle("c1", Amounts(cost=45))
            assert settled.actual.cost == 45
            bal = await holder.balance(SESSION)
            assert (bal.spent.cost, bal.reserved.cost) == (45, 0)
            # Once finished, every store answers the first outcome (idempotent).
            assert (await other.settle("c1", Amounts(cost=1))).actual.cost == 45
    finally:
        if kind == "redis":
            await cleanup_prefix(prefix)
