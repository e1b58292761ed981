"""Long ask timeouts are kept by one task per actor system (``actors._deadlines``), not by a
cancel scope per ask; short ones keep their exact cancel scope."""

from __future__ import annotations

import math
import time

import anyio
import pytest
from actor_probes import Probe
from anyio import wait_all_tasks_blocked

from actors import ActorSystem, AskTimeout
from actors import _ref as ref_module
from actors._deadlines import GRAIN, Deadlines


class _Item:
    def __init__(self) -> None:
        self.expired_at: float | None = None

    def expire(self) -> None:
        self.expired_at = time.monotonic()


async def test_a_long_timeout_is_kept_by_the_systems_deadline_task(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ref_module, "MIN_TIMEOUT", 0.0)  # route this short timeout there too
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            started = anyio.current_time()
            with pytest.raises(AskTimeout, match=r"did not answer tuple within 0\.1 s"):
                await ref.ask(("forever",), timeout=0.1)
            assert anyio.current_time() - started >= 0.1  # never early; late by < GRAIN
            assert system._deadlines is not None
            assert ref.is_alive
            assert ref.cancel_current("the timed-out handler is still running")
            # Answered asks leave nothing behind to expire.
            for n in range(50):
                assert await ref.ask(("echo", n), timeout=30) == n
            assert repr(system._deadlines).startswith("<Deadlines waiting=0 ")


async def test_without_a_running_system_the_exact_timeout_is_used() -> None:
    system = ActorSystem()
    assert system._ask_deadlines() is None  # not open yet
    async with system:
        ref = await system.spawn(Probe, name="p")
        with pytest.raises(AskTimeout):
            await ref.ask(("forever",), timeout=0.05)  # below MIN_TIMEOUT: a cancel scope
        assert system._deadlines is None
        assert ref.cancel_current("test over")
        assert system._ask_deadlines() is not None
    assert system._ask_deadlines() is None  # closed


async def test_an_earlier_deadline_wakes_the_sleeping_task() -> None:
    deadlines = Deadlines()
    late, soon, answered = _Item(), _Item(), _Item()
    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            await tg.start(deadlines.run)
            now = time.monotonic()
            deadlines.add(late, now + 60)
            await wait_all_tasks_blocked()  # the task now sleeps until the late bucket
            number = deadlines.add(answered, now + 0.1)
            deadlines.add(soon, now + 0.1)
            deadlines.discard(answered, number)
            while soon.expired_at is None:
                await anyio.sleep(0.01)
            assert now + 0.1 <= soon.expired_at < now + 0.1 + GRAIN + 1.0
            assert late.expired_at is None
            assert answered.expired_at is None
            tg.cancel_scope.cancel()


async def test_an_infinite_timeout_waits_like_none() -> None:
    """``timeout=math.inf`` means no timeout. It used to reach the deadline buckets, which
    cannot number it: the ask raised OverflowError after its message was already queued
    (so the actor handled a message whose asker had failed)."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            assert await ref.ask(("echo", 1), timeout=math.inf) == 1
            assert ref.statistics().processed == 1
