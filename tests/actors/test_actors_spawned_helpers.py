"""Helpers started with ``ActorContext.spawn`` end with their spawner, on both backends."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from actor_probes import Boom, Journal, Probe

from actors import ActorDeadError, ActorRef, ActorSystem, ChildSpec, ExitReason, Supervisor


class Spawner(Probe):
    """A Probe that starts a helper Probe named ``helper`` in its ``on_start``."""

    helper: ActorRef[Probe]

    async def on_start(self) -> None:
        await super().on_start()
        self.helper = await self.context.spawn(
            lambda: Probe(self.journal, tag=f"helper{self.context.restart_count}"),
            name="helper",
        )


def spawner_of(journal: Journal) -> ChildSpec:
    return ChildSpec("worker", lambda: Spawner(journal, tag="worker"), shutdown=1.0)


async def running(sup: Any) -> Spawner:
    (child,) = await sup.which_children()
    assert child.ref is not None
    spawner: Spawner = child.ref._actor
    return spawner


@pytest.mark.parametrize("how", ["kill", "error", "stop_self"])
async def test_a_helper_ends_with_its_spawner_before_the_restart(how: str) -> None:
    """However the spawner ends, its helper has ended before the restart starts a new one
    (whose helper takes the same name), and only a killed spawner's helper skips on_stop."""
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Supervisor([spawner_of(journal)]), name="root")
            first = await running(sup)
            helper = first.helper
            assert helper.path == "root/worker/helper"
            if how == "kill":
                first.ref.kill("injected")
            elif how == "error":
                with pytest.raises(Boom):
                    await first.ref.ask(("raise", "injected"))
            else:
                await first.ref.tell(("stop_self",))
            reason = await helper.wait_stopped()
            await first.ref.wait_stopped()
            # The restart found the name free: the supervisor did not give up.
            second = await running(sup)
            assert second is not first
            assert second.helper.is_alive
            assert await second.helper.ask(("echo", 1)) == 1
            assert (await sup.count_children()).active == 1
            assert system.failures == []
        if how == "kill":
            assert reason.kind == "killed"
            assert journal.entries[:4] == [
                ("start", "worker"),
                ("start", "helper0"),
                ("start", "worker"),
                ("start", "helper1"),
            ]
        else:
            assert reason.kind == "shutdown"
            # The spawner's on_stop runs first (it may still use its helper), then the
            # helper's, both before the new incarnation starts.
            assert journal.entries[:6] == [
                ("start", "worker"),
                ("start", "helper0"),
                ("stop", "worker"),
                ("stop", "helper0"),
                ("start", "worker"),
                ("start", "helper1"),
            ]


async def test_a_top_level_spawners_helper_ends_when_it_is_stopped() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(lambda: Spawner(journal, tag="worker"), name="top")
            helper = ref._actor.helper
            await ref.stop()
            assert helper.exit_reason is not None
            assert helper.exit_reason.kind == "shutdown"
            assert system.actors() == []
        assert journal.entries == [
            ("start", "worker"),
            ("start", "helper0"),
            ("stop", "worker"),
            ("stop", "helper0"),
        ]


async def test_the_system_stops_a_helper_after_its_spawner() -> None:
    """At the system's end a helper is stopped by its spawner, not before it: the spawner's
    on_stop may still use it."""
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Supervisor([spawner_of(journal)]), name="root")
            # Spawned after the supervisor started: later in the system's start order.
            worker = await running(sup)
            await worker.context.spawn(lambda: Probe(journal, tag="late"), name="late")
    assert journal.entries == [
        ("start", "worker"),
        ("start", "helper0"),
        ("start", "late"),
        ("stop", "worker"),
        ("stop", "late"),
        ("stop", "helper0"),
    ]


async def test_a_helper_that_does_not_stop_in_time_is_killed() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(lambda: Spawner(journal, tag="worker"), name="top")
            helper = ref._actor.helper
            helper._actor.hang_on_stop = True
            await ref.stop(timeout=0.1)  # the spawner's own timeout bounds its helpers' stops
            assert (await helper.wait_stopped()).kind == "killed"
            reason = await ref.wait_stopped()
            assert reason.kind == "killed"
            assert reason.detail == "did not stop within 0.1 s (while stopping after shutdown)"


async def test_a_helper_that_ends_first_is_unlinked() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(lambda: Spawner(journal, tag="worker"), name="top")
            helper = ref._actor.helper
            await helper.stop()
            # Its name is free again: the spawner may start another.
            again = await ref._actor.context.spawn(
                lambda: Probe(journal, tag="again"), name="helper"
            )
            await ref.stop()
            assert again.exit_reason == ExitReason("shutdown", detail="stop requested")
            assert ("stop", "again") in journal.entries


async def test_a_dead_actor_cannot_spawn() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="gone")
            context = ref._actor.context
            await ref.stop()
            with pytest.raises(ActorDeadError, match="'gone' has stopped"):
                await context.spawn(Probe, name="helper")
            assert system.actors() == []


class Chain(Probe):
    """Spawns a Chain helper of its own until ``depth`` is 0."""

    def __init__(self, journal: Journal, depth: int) -> None:
        super().__init__(journal, tag=f"chain{depth}")
        self.depth = depth

    async def on_start(self) -> None:
        await super().on_start()
        if self.depth:
            await self.context.spawn(lambda: Chain(self.journal, self.depth - 1), name="next")


@pytest.mark.parametrize("how", ["stop", "kill"])
async def test_a_helpers_own_helpers_end_with_it(how: str) -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(lambda: Chain(journal, 2), name="top")
            assert sorted(r.path for r in system.actors()) == ["top", "top/next", "top/next/next"]
            if how == "stop":
                await ref.stop()
            else:
                ref.kill("injected")
                await ref.wait_stopped()
            assert system.actors() == []
            assert system.failures == [(ref, ExitReason("killed", detail="injected"))] * (
                how == "kill"
            )
    expected = ["chain2", "chain1", "chain0"] if how == "stop" else []
    assert journal.of("stop") == expected
