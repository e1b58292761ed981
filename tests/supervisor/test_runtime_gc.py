"""``Runtime(tune_gc=True)`` freezes the start-up heap for the run and only for the run."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any, ClassVar

import anyio
import pytest
from test_governor_support import Harness, agent_class, make_policy

from supervisor import Agent, MemoryStore, ModelRouter, Runtime, UnattendedApprover
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from collections.abc import Iterator


class Looks(Agent):
    model = "fast:big"
    seen: ClassVar[list[Any]]
    wait_for_freeze = True

    async def run(self) -> None:
        result = await self.llm("hello", max_tokens=10)
        # The freeze comes once every part has started, which may be just after this agent.
        with anyio.move_on_after(2):
            while self.wait_for_freeze and not gc.get_freeze_count():
                await anyio.sleep(0.01)
        self.seen.append(gc.get_freeze_count())
        self.seen.append(result)


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """No object frozen to start with (CPython 3.12.1 starts with a few hundred frozen)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


async def _run_tuned(harness: Harness, cls: type[Agent]) -> None:
    async with MemoryStore() as store:
        runtime = Runtime(
            policy=make_policy(),
            store=store,
            router=ModelRouter({}, providers={"fast": harness.provider}),  # type: ignore[dict-item]
            approver=UnattendedApprover(harness.sink, timeout=0),
            sink=harness.sink,
            session="s1",
            embedder=None,
            tune_gc=True,
        )
        outcome = await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
    assert outcome.exit_code == 0


async def test_tune_gc_freezes_the_heap_while_the_run_lasts(
    harness: Harness, unfrozen: None
) -> None:
    cls = agent_class("a1", Looks, seen=[])
    await _run_tuned(harness, cls)
    frozen, result = cls.seen  # type: ignore[attr-defined]
    assert frozen > 1000  # every module, class and object made before the agents started
    assert result.text
    assert gc.get_freeze_count() == 0  # given back when the run ended


async def test_a_heap_the_application_froze_stays_frozen_after_the_run(
    harness: Harness, unfrozen: None
) -> None:
    """An application that froze its own heap (a pre-fork server does, before forking) keeps
    it frozen: before, the run's gc.unfreeze() thawed the application's objects too."""
    gc.freeze()
    before = gc.get_freeze_count()
    assert before > 0
    cls = agent_class("a1", Looks, seen=[])
    await _run_tuned(harness, cls)
    assert cls.seen[0] >= before  # type: ignore[attr-defined]
    assert gc.get_freeze_count() >= before


async def test_without_tune_gc_the_collector_is_left_alone(
    harness: Harness, unfrozen: None
) -> None:
    cls = agent_class("a1", Looks, seen=[], wait_for_freeze=False)
    await harness.run([cls], make_policy())
    assert cls.seen[0] == 0  # type: ignore[attr-defined]
