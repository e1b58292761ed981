"""A stop published while a process is starting, or while its subscription is being reopened,
reaches that process: a subscription starts where the store's last one stopped (at open for the
first), not at the moment it is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio
import pytest

from supervisor._store import StopSignal

from .conftest import cleanup_prefix, make_factory

if TYPE_CHECKING:
    from pathlib import Path


async def _next(signals: Any) -> StopSignal:
    with anyio.fail_after(5):
        signal: StopSignal = await signals.__anext__()
        return signal


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
async def test_stop_published_between_open_and_subscribe_is_delivered(
    kind: str, tmp_path: Path, prefix: str
) -> None:
    factory = make_factory(kind, tmp_path, prefix)
    try:
        async with factory() as starting, factory() as operator:  # type: ignore[attr-defined]
            # `supervise run` has opened its store and is still loading its session when the
            # operator stops everything.
            await operator.publish_stop(StopSignal("all", reason="kill switch", by="ops"))
            async with starting.stops() as signals:
                first = await _next(signals)
            assert (first.target, first.reason) == ("all", "kill switch")

            # The subscription failed and is reopened: what was published in between comes
            # once, and what was delivered already does not come again.
            await operator.publish_stop(StopSignal("session", "s1", "runaway", by="ops"))
            async with starting.stops() as signals:
                second = await _next(signals)
                assert (second.target, second.id) == ("session", "s1")
                await operator.publish_stop(StopSignal("agent", "a1", "loop", by="ops"))
                third = await _next(signals)
                assert (third.target, third.id) == ("agent", "a1")

        # A store opened later does not act on stops published before it opened.
        async with factory() as later, later.stops() as signals:  # type: ignore[attr-defined]
            async with factory() as operator:  # type: ignore[attr-defined]
                await operator.publish_stop(StopSignal("session", "s2", "new", by="ops"))
            fresh = await _next(signals)
            assert (fresh.target, fresh.id) == ("session", "s2")
    finally:
        if kind == "redis":
            await cleanup_prefix(prefix)
