"""Calls waiting for room under ``tokens_per_minute`` are served in the order they came.

Several agents share a session's ``tokens_per_minute = 3,000`` (``rate_wait_seconds = 100``):
one call fills two thirds of the minute, four agents make small calls back to back, and a large
call comes a second after the small ones began to wait. Each time room came, the small calls,
which need less of it, took it first (they asked again as soon as room for them came, or
before the large one did), and the large call waited past its ``rate_wait_seconds`` and was
refused: starved. It is now served before the small calls that came after it, on its first ask
again. Time is virtual: the governor's clock and the agents' waits run on a clock that moves
to the next wake-up once every task is blocked, so a run of several minutes takes a moment and
the order of events is fixed.
"""

from __future__ import annotations

import heapq
import itertools
from typing import TYPE_CHECKING, Any

import anyio
import pytest
from test_governor_support import Harness, Play, make_policy

import supervisor._agent as agent_module
from supervisor import Agent, CallDenied, LLMResult
from supervisor._governor import Governor

if TYPE_CHECKING:
    from supervisor._providers import LLMRequest


class VirtualTime:
    """A clock that stands still while anything can run, then jumps to the next wake-up."""

    def __init__(self) -> None:
        self.now = 1000.0
        self._sleepers: list[tuple[float, int, anyio.Event]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        wake = anyio.Event()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), wake))
        await wake.wait()

    async def drive(self) -> None:
        while True:
            await anyio.wait_all_tasks_blocked()
            if not self._sleepers:
                await anyio.sleep(0.001)  # real work elsewhere (a thread): let it finish
                continue
            when, _, wake = heapq.heappop(self._sleepers)
            self.now = max(self.now, when)
            wake.set()


@pytest.fixture
def virtual_time(monkeypatch: pytest.MonkeyPatch) -> VirtualTime:
    clock = VirtualTime()
    original = Governor.__init__

    def init(self: Governor, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **{**kwargs, "clock": clock})

    monkeypatch.setattr(Governor, "__init__", init)
    monkeypatch.setattr(agent_module, "_throttle_sleep", clock.sleep)
    return clock


def uses_all(request: LLMRequest) -> Play:
    """Every call writes its whole max_tokens (25 tokens a chunk): settled at its worst case,
    it frees nothing in the window before the window's clock does."""
    return Play(chunks=["x" * 100] * (request.max_tokens // 25))


def calling(name: str, start: float, max_tokens: int, calls: int, clock: VirtualTime) -> type:
    """An agent that waits ``start`` virtual seconds, then makes ``calls`` calls back to back
    (until one is refused)."""

    class Calling(Agent):
        model = "fast:big"
        got: list[Any] = []  # (one per class, set below)

        async def run(self) -> None:
            await clock.sleep(start)
            for i in range(calls):
                try:
                    result = await self.llm(f"{name} {i}", max_tokens=max_tokens)
                except CallDenied as exc:
                    self.got.append(exc)
                    return
                self.got.append((clock.now, result))

    return type(name.title(), (Calling,), {"name": name, "got": []})


async def test_a_large_call_waiting_is_not_starved_by_later_small_ones(
    harness: Harness, virtual_time: VirtualTime
) -> None:
    harness.provider.plan = uses_all
    filler = calling("filler", 0.0, 2000, 1, virtual_time)
    smalls = [calling(f"small{i}", 2.0, 100, 20, virtual_time) for i in range(4)]
    big = calling("big", 3.0, 1400, 1, virtual_time)
    policy = make_policy(
        {"limits": {"tokens_per_minute": 3000, "rate_wait_seconds": 100}}, budget=None
    )
    async with anyio.create_task_group() as tg:
        tg.start_soon(virtual_time.drive)
        await harness.run([filler, *smalls, big], policy, timeout=60)
        tg.cancel_scope.cancel()
    (answer,) = big.got  # type: ignore[attr-defined]
    assert not isinstance(answer, CallDenied), f"starved: {answer}"
    when, result = answer
    assert isinstance(result, LLMResult)
    # Served when the filler's tokens left the window (a minute after it), not later.
    assert when - 1000.0 == pytest.approx(60.01, abs=0.1)
    # The small calls were served too, before it (while it could not fit) and after it.
    served = [r[0] for cls in smalls for r in cls.got if not isinstance(r, CallDenied)]  # type: ignore[attr-defined]
    assert min(served) < when < max(served)
