"""``Actor.on_stop_requested``: a busy actor hears that a graceful stop was asked for, so a
handler waiting on something that cannot finish in the grace period (a person's answer) can
end early instead of holding the stop until the kill. Both backends."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from anyio import wait_all_tasks_blocked
from structlog.testing import capture_logs

from actors import Actor, ActorSystem, ExitReason

pytestmark = pytest.mark.anyio


class Waiter(Actor):
    """Waits in its handler until told to stop; records what it heard."""

    def __init__(self) -> None:
        self.heard: list[str] = []
        self.scope: anyio.CancelScope | None = None

    async def receive(self, message: Any) -> Any:
        with anyio.CancelScope() as self.scope:
            await anyio.sleep_forever()
        return None

    def on_stop_requested(self, reason: ExitReason) -> None:
        self.heard.append(reason.kind)
        if self.scope is not None:
            self.scope.cancel()


async def test_a_busy_actor_hears_the_stop_and_can_end_its_wait() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            actor = Waiter()
            ref = await system.spawn(lambda: actor, name="w")
            await ref.tell("wait")
            await wait_all_tasks_blocked()
            started = anyio.current_time()
            await ref.stop(timeout=3.0)
            assert anyio.current_time() - started < 1.0  # not the 3 s timeout
            assert actor.heard == ["shutdown"]
            assert not ref.is_alive


async def test_an_idle_actor_is_not_told() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            actor = Waiter()
            ref = await system.spawn(lambda: actor, name="w")
            await ref.stop()
            assert actor.heard == []


class Broken(Waiter):
    def on_stop_requested(self, reason: ExitReason) -> None:
        raise ValueError("bug in the hook")


async def test_a_hook_that_raises_is_logged_and_the_stop_goes_on() -> None:
    with anyio.fail_after(5), capture_logs() as logs:
        async with ActorSystem() as system:
            ref = await system.spawn(Broken, name="b")
            await ref.tell("wait")
            await wait_all_tasks_blocked()
            await ref.stop(timeout=0.2)  # killed after the timeout, as without a hook
            assert not ref.is_alive
    failed = [e for e in logs if e["event"] == "actor.on_stop_requested_failed"]
    assert len(failed) == 1
    assert "bug in the hook" in failed[0]["error"]
