"""OTP supervision semantics, one test per rule, on both backends."""

from __future__ import annotations

import contextlib
import math
from typing import TYPE_CHECKING, Any

import anyio
import pytest
from actor_probes import Boom, Journal, ManualClock, Probe, wait_for
from anyio import wait_all_tasks_blocked
from structlog.testing import capture_logs

from actors import (
    Actor,
    ActorRef,
    ActorSystem,
    AlreadyPresent,
    AlreadyStarted,
    Backoff,
    ChildCounts,
    ChildNotFound,
    ChildRunning,
    ChildSpec,
    ExitReason,
    StartError,
    Supervisor,
    SupervisorGaveUp,
    SupervisorRef,
    Unrecoverable,
    UnsupportedOperation,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator


def specs(journal: Journal, *ids: str, **kwargs: Any) -> list[ChildSpec]:
    return [ChildSpec(i, lambda: Probe(journal), **kwargs) for i in ids]


async def refs(sup: SupervisorRef) -> dict[str, ActorRef[Any]]:
    return {c.id: c.ref for c in await sup.which_children() if c.ref is not None}


async def crash(ref: ActorRef[Any]) -> None:
    with pytest.raises(Boom):
        await ref.ask(("raise", "injected"))


async def test_children_start_in_order_and_start_returns_when_ready() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(specs(journal, "a", "b", "c")), name="root"
            )
            assert journal.of("start") == ["a", "b", "c"]
            infos = await sup.which_children()
            assert [(c.id, c.status, c.kind) for c in infos] == [
                ("a", "running", "worker"),
                ("b", "running", "worker"),
                ("c", "running", "worker"),
            ]
            assert infos[0].ref is not None
            assert infos[0].ref.path == "root/a"
            assert await sup.count_children() == ChildCounts(
                specs=3, active=3, supervisors=0, workers=3
            )
        assert journal.of("stop") == ["c", "b", "a"]


async def test_failed_child_start_stops_the_started_ones_in_reverse_and_names_the_child() -> None:
    journal = Journal()
    children = [
        *specs(journal, "a", "b"),
        ChildSpec("c", lambda: Probe(journal, fail_start=True)),
        *specs(journal, "d"),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            with pytest.raises(StartError, match="'root/c' failed to start") as info:
                await system.start_supervisor(Supervisor(children), name="root")
            assert info.value.child_id == "c"
            assert info.value.path == "root/c"
            assert journal.of("start") == ["a", "b"]
            assert journal.of("stop") == ["b", "a"]
            assert system.actors() == []


async def test_one_for_one_restarts_only_the_failed_child() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(specs(journal, "a", "b", "c")), name="root"
            )
            before = await refs(sup)
            with system.events.subscribe() as sub:
                await crash(before["b"])
                event = await wait_for(sub, "restarted", "root/b")
            assert event.restart_count == 1
            after = await refs(sup)
            assert after["a"] is before["a"]
            assert after["c"] is before["c"]
            assert after["b"] is not before["b"]
            assert await after["b"].ask(("echo", 1)) == 1
            assert journal.of("start") == ["a", "b", "c", "b"]
            assert journal.of("stop") == ["b"]  # on_stop runs after a failure too


async def test_one_for_all_stops_the_others_in_reverse_then_restarts_all_in_order() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(specs(journal, "a", "b", "c"), strategy="one_for_all"), name="root"
            )
            before = await refs(sup)
            with system.events.subscribe() as sub:
                await crash(before["b"])
                await wait_for(sub, "restarted", "root/c")
            assert journal.of("stop") == ["b", "c", "a"]
            assert journal.of("start") == ["a", "b", "c", "a", "b", "c"]
            after = await refs(sup)
            assert all(after[i] is not before[i] for i in "abc")


async def test_rest_for_one_restarts_the_failed_child_and_those_after_it() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(specs(journal, "a", "b", "c", "d"), strategy="rest_for_one"), name="root"
            )
            before = await refs(sup)
            with system.events.subscribe() as sub:
                await crash(before["b"])
                await wait_for(sub, "restarted", "root/d")
            assert journal.of("stop") == ["b", "d", "c"]
            assert journal.of("start") == ["a", "b", "c", "d", "b", "c", "d"]
            after = await refs(sup)
            assert after["a"] is before["a"]


async def test_simple_one_for_one_is_a_dynamic_pool_of_one_template() -> None:
    journal = Journal()
    template = ChildSpec("worker", lambda tag: Probe(journal, tag=tag), restart="transient")
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([template], strategy="simple_one_for_one"), name="pool"
            )
            assert await sup.which_children() == []
            one = await sup.start_child(("one",))
            two = await sup.start_child(("two",))
            assert (one.path, two.path) == ("pool/worker-1", "pool/worker-2")
            with system.events.subscribe() as sub:
                await crash(one)
                await wait_for(sub, "restarted", "pool/worker-1")
            assert journal.of("start") == ["one", "two", "one"]  # same arguments again
            await sup.terminate_child(two)
            assert [c.id for c in await sup.which_children()] == ["worker-1"]
            with pytest.raises(UnsupportedOperation):
                await sup.restart_child("worker-1")
            with pytest.raises(UnsupportedOperation):
                await sup.delete_child("worker-1")
            with pytest.raises(TypeError, match="template"):
                await sup.start_child(template)
            with pytest.raises(ValueError, match="exactly one"):
                Supervisor([template, ChildSpec("other", Probe)], strategy="simple_one_for_one")
            # A transient pool child that ends normally is removed, not restarted.
            (current,) = (await refs(sup)).values()
            await current.ask(("stop_self",))
            await current.wait_stopped()
            assert await sup.count_children() == ChildCounts(0, 0, 0, 0)


@pytest.mark.parametrize("how", ["stop", "give_up"])
async def test_a_simple_one_for_one_pool_stops_its_children_all_at_once(how: str) -> None:
    """As OTP's simple_one_for_one does, a pool stops its children concurrently, so it stops
    within one shutdown however many there are: one after another, a pool of agents each
    given 5 s took 5 s per stuck agent. Here each child's on_stop waits until every one of
    them has begun stopping, which never happens when they are stopped one by one."""
    size = 3
    asked_to_stop = size if how == "stop" else size - 1  # giving up: one crashed first
    stopping: list[str] = []
    all_stopping = anyio.Event()

    class Worker(Actor):
        async def on_stop(self, reason: ExitReason) -> None:
            if reason.kind != "shutdown":
                return
            stopping.append(self.context.name)
            if len(stopping) == asked_to_stop:
                all_stopping.set()
            await all_stopping.wait()

        async def receive(self, message: Any) -> Any:
            raise Boom("crash")

    template = ChildSpec("worker", Worker, shutdown="infinity")
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([template], strategy="simple_one_for_one", max_restarts=0),
                name="pool",
            )
            workers = [await sup.start_child(()) for _ in range(size)]
            if how == "stop":
                await sup.stop(timeout=math.inf)
            else:
                workers[0].tell_nowait("crash")
                reason = await sup.wait_stopped()
                assert isinstance(reason.error, SupervisorGaveUp)
    expected = ["worker-1", "worker-2", "worker-3"] if how == "stop" else ["worker-2", "worker-3"]
    assert sorted(stopping) == expected


@pytest.mark.parametrize(
    ("restart", "how", "restarted"),
    [
        ("permanent", "normal", True),
        ("permanent", "crash", True),
        ("transient", "normal", False),
        ("transient", "crash", True),
        ("transient", "kill", True),
        ("temporary", "crash", False),
        ("temporary", "normal", False),
    ],
)
async def test_restart_types(restart: Any, how: str, restarted: bool) -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([*specs(journal, "x", restart=restart), *specs(journal, "keep")]),
                name="root",
            )
            ref = (await refs(sup))["x"]
            if how == "crash":
                await crash(ref)
            elif how == "kill":
                ref.kill("governor says so")
            else:
                await ref.ask(("stop_self",))
            await ref.wait_stopped()
            infos = {c.id: c for c in await sup.which_children()}  # processed after the exit
            if restarted:
                assert infos["x"].status == "running"
                assert infos["x"].restart_count == 1
            elif restart == "temporary":
                assert "x" not in infos  # spec dropped
            else:
                assert infos["x"].status == "stopped"


@pytest.mark.parametrize("restart", ["permanent", "transient", "temporary"])
@pytest.mark.parametrize("strategy", ["one_for_one", "one_for_all"])
async def test_an_unrecoverable_failure_is_not_restarted_whatever_the_restart_type(
    restart: Any, strategy: Any
) -> None:
    """A child that raises Unrecoverable stays stopped (its spec dropped if temporary), is not
    counted against intensity (max_restarts=0 would give up otherwise), and its siblings go on
    untouched, even under one_for_all."""
    journal = Journal()
    children = [*specs(journal, "x", restart=restart), *specs(journal, "keep")]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(children, strategy=strategy, max_restarts=0), name="root"
            )
            ref = (await refs(sup))["x"]
            with capture_logs() as logs:
                with pytest.raises(Unrecoverable, match="bad key"):
                    await ref.ask(("unrecoverable", "bad key"))
                reason = await ref.wait_stopped()
                infos = {c.id: c for c in await sup.which_children()}  # processed after the exit
            assert reason.kind == "error"
            assert reason.abnormal
            assert reason.unrecoverable
            assert isinstance(reason.error, Unrecoverable)
            assert isinstance(reason.error.__cause__, Boom)
            if restart == "temporary":
                assert "x" not in infos
            else:
                assert (infos["x"].status, infos["x"].restart_count) == ("stopped", 0)
            assert (infos["keep"].status, infos["keep"].restart_count) == ("running", 0)
            assert sup.is_alive
            assert journal.of("start") == ["x", "keep"]
            assert [e["child"] for e in logs if e["event"] == "supervisor.child_unrecoverable"] == [
                "x"
            ]
        assert system.failures == []


async def test_an_unrecoverable_significant_child_ends_like_one_that_finished() -> None:
    journal = Journal()
    children = [
        ChildSpec("task", lambda: Probe(journal), restart="transient", significant=True),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(children, auto_shutdown="all_significant"), name="root"
            )
            with pytest.raises(Unrecoverable):
                await (await refs(sup))["task"].ask(("unrecoverable", "invalid request"))
            reason = await sup.wait_stopped()
            assert reason.kind == "normal"
            assert "auto_shutdown" in reason.detail
            assert journal.of("start") == ["task"]


async def test_temporary_bystander_is_dropped_not_restarted() -> None:
    journal = Journal()
    children = [
        *specs(journal, "a"),
        *specs(journal, "tmp", restart="temporary"),
        *specs(journal, "c"),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(children, strategy="one_for_all"), name="root"
            )
            with system.events.subscribe() as sub:
                await crash((await refs(sup))["a"])
                await wait_for(sub, "restarted", "root/c")
            assert [c.id for c in await sup.which_children()] == ["a", "c"]
            assert journal.of("stop") == ["a", "c", "tmp"]
            assert journal.of("start") == ["a", "tmp", "c", "a", "c"]


async def test_intensity_exceeded_stops_children_in_reverse_and_fails_the_supervisor() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(specs(journal, "a", "b", "c"), max_restarts=2, max_seconds=60),
                name="root",
            )
            with system.events.subscribe() as sub, capture_logs() as logs:
                for _ in range(2):
                    await crash((await refs(sup))["b"])
                    await wait_for(sub, "restarted", "root/b")
                await crash((await refs(sup))["b"])
                reason = await sup.wait_stopped()
                gave_up = await wait_for(sub, "gave_up", "root")
                escalated = await wait_for(sub, "escalated", "root")
            assert reason.kind == "error"
            assert isinstance(reason.error, SupervisorGaveUp)
            assert reason.error.child_id == "b"
            assert "more than 2 restarts within 60" in str(reason.error)
            assert "top level" in escalated.reason
            assert gave_up.path == "root"
            assert journal.of("stop") == ["b", "b", "b", "c", "a"]
            assert system.failures == [(sup, reason)]
            events = [e["event"] for e in logs]
            assert events.index("supervisor.gave_up") < events.index("supervisor.escalated")
            # the system itself keeps working
            assert await (await system.spawn(Probe, name="after")).ask(("echo", 1)) == 1


async def test_intensity_window_slides() -> None:
    clock = ManualClock()
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(specs(journal, "a"), max_restarts=1, max_seconds=5, clock=clock),
                name="root",
            )
            with system.events.subscribe() as sub:
                for _ in range(3):  # each restart falls in its own window
                    await crash((await refs(sup))["a"])
                    await wait_for(sub, "restarted", "root/a")
                    clock.now += 5.0
                clock.now += 1.0
                await crash((await refs(sup))["a"])
                await wait_for(sub, "restarted", "root/a")
                await crash((await refs(sup))["a"])  # second within 5 s: gives up
                await wait_for(sub, "gave_up", "root")
            assert (await sup.wait_stopped()).abnormal


async def test_escalation_goes_to_the_parent_which_applies_its_own_rules() -> None:
    journal = Journal()

    def team() -> Supervisor:
        return Supervisor(specs(journal, "w"), max_restarts=0)

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            root = await system.start_supervisor(
                Supervisor([ChildSpec("team", team), *specs(journal, "side")]), name="root"
            )
            info = {c.id: c for c in await root.which_children()}
            assert info["team"].kind == "supervisor"
            team_ref = info["team"].ref
            assert isinstance(team_ref, SupervisorRef)
            worker = (await refs(team_ref))["w"]
            with system.events.subscribe() as sub:
                await crash(worker)
                escalated = await wait_for(sub, "escalated", "root/team")
                restarted = await wait_for(sub, "restarted", "root/team")
            assert "to root" in escalated.reason
            assert restarted.restart_count == 1
            new_team = (await refs(root))["team"]
            assert isinstance(new_team, SupervisorRef)
            assert new_team is not team_ref
            assert await (await refs(new_team))["w"].ask(("echo", 2)) == 2
            assert journal.of("start") == ["w", "side", "w"]


async def test_a_restart_whose_start_fails_counts_again_and_escalates() -> None:
    journal = Journal()
    starts = 0

    def flaky() -> Probe:
        nonlocal starts
        starts += 1
        return Probe(journal, fail_start=starts > 1)

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([ChildSpec("f", flaky)], max_restarts=3, max_seconds=60), name="root"
            )
            await crash((await refs(sup))["f"])
            reason = await sup.wait_stopped()
            assert isinstance(reason.error, SupervisorGaveUp)
            assert starts == 4  # the first start plus three failing restarts, then it gives up


async def test_shutdown_grace_then_cancel_and_brutal_kill() -> None:
    journal = Journal()
    children = [
        ChildSpec("slow", lambda: Probe(journal, hang_on_stop=True), shutdown=0.01),
        ChildSpec("brutal", lambda: Probe(journal), shutdown="brutal_kill"),
        ChildSpec("polite", lambda: Probe(journal)),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Supervisor(children), name="root")
            r = await refs(sup)
            await sup.stop()
            assert (await r["polite"].wait_stopped()).kind == "shutdown"
            assert (await r["brutal"].wait_stopped()).detail == "brutal_kill"
            slow = await r["slow"].wait_stopped()
            assert slow.kind == "killed"
            assert "did not stop within 0.01 s" in slow.detail
            assert journal.of("stop") == ["polite", "slow"]  # reverse order; brutal skips on_stop


async def test_by_default_a_worker_gets_five_seconds_to_stop_and_a_supervisor_all_it_needs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As in OTP: a supervisor child stops its own children each within its own shutdown, so
    its stop is bounded by theirs; a timeout of its own would kill the children it had not
    yet stopped without their on_stop."""
    asked: dict[str, float] = {}
    original = ActorRef.stop

    async def stop(self: ActorRef[Any], *, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        asked[self.path.rsplit("/", 1)[-1]] = timeout
        await original(self, timeout=timeout)

    monkeypatch.setattr(ActorRef, "stop", stop)
    journal = Journal()
    team = [
        ChildSpec("worker", lambda: Probe(journal)),
        ChildSpec("patient", lambda: Probe(journal), shutdown="infinity"),
        ChildSpec("sub", lambda: Supervisor(specs(journal, "inner"))),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Supervisor(team), name="root")
            await sup.stop()
    assert asked["worker"] == 5.0
    assert asked["patient"] == math.inf
    assert asked["sub"] == math.inf
    assert asked["inner"] == 5.0
    assert journal.of("stop") == ["inner", "patient", "worker"]
    for bad in (-1, math.nan, "forever", True):
        with pytest.raises(ValueError, match="shutdown must be seconds >= 0, 'brutal_kill' or"):
            ChildSpec("x", lambda: Probe(journal), shutdown=bad)  # type: ignore[arg-type]


class SlowStop(Probe):
    """A Probe whose on_stop takes 0.1 s."""

    async def on_stop(self, reason: ExitReason) -> None:
        await anyio.sleep(0.1)
        await super().on_stop(reason)


async def test_a_top_level_supervisor_gets_its_childrens_shutdowns_when_the_system_stops() -> None:
    """The system's shutdown_timeout is what an actor gets for its own on_stop; a top-level
    supervisor, like a child one, also gets what its children's shutdowns allow them."""
    journal = Journal()
    children = [ChildSpec("worker", lambda: SlowStop(journal), shutdown=1.0)]
    with anyio.fail_after(5):
        async with ActorSystem(shutdown_timeout=0.05) as system:
            sup = await system.start_supervisor(Supervisor(children), name="root")
            worker = (await refs(sup))["worker"]
    assert journal.of("stop") == ["worker"]
    assert worker.exit_reason == ExitReason("shutdown", detail="stop requested")
    assert sup.exit_reason == ExitReason("shutdown", detail="stop requested")
    assert system.failures == []


async def test_a_supervisors_own_stop_is_bounded_by_its_childrens_shutdowns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stopped by the system, or with stop() and no timeout, a supervisor gets its running
    children's shutdowns in turn (a pool's at once; a child supervisor's, its own children's),
    plus the system's shutdown_timeout (or 5 s) for its own on_stop. Only a worker with
    shutdown="infinity" makes that unbounded; an explicit timeout is kept."""
    asked: dict[str, float] = {}
    original = ActorRef.stop

    async def stop(self: ActorRef[Any], *, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        asked[self.path] = timeout
        await original(self, timeout=timeout)

    monkeypatch.setattr(ActorRef, "stop", stop)
    journal = Journal()
    pool = Supervisor(
        [ChildSpec("w", lambda: Probe(journal), shutdown=0.5)], strategy="simple_one_for_one"
    )
    team = [
        ChildSpec("worker", lambda: Probe(journal), shutdown=1.0),
        ChildSpec("brutal", lambda: Probe(journal), shutdown="brutal_kill"),
        ChildSpec("default", lambda: Probe(journal)),
        ChildSpec("sub", lambda: Supervisor(specs(journal, "inner", shutdown=2.0))),
        ChildSpec("pool", lambda: pool, shutdown="infinity"),
        ChildSpec("capped", lambda: Supervisor(specs(journal, "x", "y")), shutdown=0.25),
        ChildSpec("gone", lambda: Probe(journal), restart="transient"),
    ]
    with anyio.fail_after(5):
        async with ActorSystem(shutdown_timeout=0.05) as system:
            root = await system.start_supervisor(Supervisor(team), name="root")
            other = await system.start_supervisor(Supervisor(team[:1]), name="other")
            patient = await system.start_supervisor(
                Supervisor([ChildSpec("patient", lambda: Probe(journal), shutdown="infinity")]),
                name="patient",
            )
            for _ in range(3):
                await pool.ref.start_child(())
            await root.terminate_child("gone")  # not running: takes no time to stop
            await other.stop()
            await patient.stop()
            await other.wait_stopped()
    # 1 + 0 + 5 + 2 (sub's inner) + 0.5 (the pool's children, at once) + 0.25, then 0.05 s
    assert asked["root"] == pytest.approx(8.8)
    assert asked["other"] == pytest.approx(6.0)  # 1, and 5 s for the supervisor's on_stop
    assert asked["patient"] == math.inf  # a worker that asked to be waited for
    assert asked["root/sub"] == math.inf  # a child supervisor: OTP's infinity
    assert asked["root/capped"] == 0.25


class HangingSupervisor(Supervisor):
    async def on_stop(self, reason: ExitReason) -> None:
        await anyio.sleep_forever()


async def test_a_supervisor_that_does_not_stop_in_time_is_killed_when_the_system_stops() -> None:
    journal = Journal()
    children = [ChildSpec("worker", lambda: Probe(journal, hang_on_stop=True), shutdown=0.1)]
    with anyio.fail_after(5):
        async with ActorSystem(shutdown_timeout=0.05) as system:
            sup = await system.start_supervisor(HangingSupervisor(children), name="root")
            worker = (await refs(sup))["worker"]
    assert (await worker.wait_stopped()).detail.startswith("did not stop within 0.1 s")
    reason = await sup.wait_stopped()
    assert reason.kind == "killed"
    assert reason.detail == "did not stop within 0.15 s (while stopping after shutdown)"


async def test_a_supervisor_killed_while_stopping_a_busy_child_takes_it_down() -> None:
    """A child whose handler runs on (it is busy) is still killed when its supervisor is cut
    short while gracefully stopping it: no child outlives its supervisor."""
    journal = Journal()
    children = [ChildSpec("busy", lambda: Probe(journal), shutdown=30.0)]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Supervisor(children), name="root")
            busy = (await refs(sup))["busy"]
            busy.tell_nowait(("forever",))
            await wait_all_tasks_blocked()
            async with anyio.create_task_group() as tg:
                tg.start_soon(sup.stop)  # graceful: would wait up to 30 s for the busy child
                await wait_all_tasks_blocked()
                sup.kill("cut short")
            assert (await busy.wait_stopped()).kind == "killed"
            assert (await sup.wait_stopped()).kind == "killed"


async def test_kill_restarts_with_a_fresh_instance_and_counts_against_intensity() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([ChildSpec("agent", Probe)], max_restarts=1, max_seconds=60), name="root"
            )
            first = (await refs(sup))["agent"]
            with system.events.subscribe() as sub:
                first.kill("loop detected")
                await wait_for(sub, "restarted", "root/agent")
                second = (await refs(sup))["agent"]
                assert second._actor is not first._actor
                assert second._actor.context.restart_count == 1
                second.kill("loop detected again")
                await wait_for(sub, "gave_up", "root")


async def test_administration_answers_like_otp() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Supervisor(specs(journal, "a")), name="root")
            extra = ChildSpec("x", lambda: Probe(journal))
            x = await sup.start_child(extra)
            assert x.path == "root/x"
            with pytest.raises(AlreadyStarted) as started:
                await sup.start_child(extra)
            assert started.value.ref is x
            with pytest.raises(ChildRunning):
                await sup.restart_child("x")
            with pytest.raises(ChildRunning):
                await sup.delete_child("x")
            await sup.terminate_child("x")
            await sup.terminate_child("x")  # terminating a stopped child is fine
            assert not x.is_alive
            assert [c.status for c in await sup.which_children()] == ["running", "stopped"]
            with pytest.raises(AlreadyPresent):
                await sup.start_child(extra)
            x2 = await sup.restart_child("x")
            assert x2.is_alive
            await sup.terminate_child("x")
            await sup.delete_child("x")
            for call in (sup.terminate_child, sup.restart_child, sup.delete_child):
                with pytest.raises(ChildNotFound, match="has no child 'x'"):
                    await call("x")
            bad = ChildSpec("bad", lambda: Probe(journal, fail_start=True))
            with pytest.raises(StartError, match="root/bad"):
                await sup.start_child(bad)
            assert [c.id for c in await sup.which_children()] == ["a"]  # failed spec not kept
            tmp = await sup.start_child(ChildSpec("tmp", Probe, restart="temporary"))
            await sup.terminate_child(tmp)
            assert [c.id for c in await sup.which_children()] == ["a"]  # temporary spec dropped
            assert sup.is_alive
            assert "Supervisor 'root' one_for_one children=1" in repr(sup._actor)


async def test_any_significant_child_ending_ends_the_supervisor() -> None:
    journal = Journal()
    children = [
        *specs(journal, "helper"),
        ChildSpec("task", lambda: Probe(journal), restart="transient", significant=True),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(children, auto_shutdown="any_significant"), name="root"
            )
            with capture_logs() as logs:
                await (await refs(sup))["task"].ask(("stop_self",))
                reason = await sup.wait_stopped()
            assert reason.kind == "normal"
            assert "auto_shutdown" in reason.detail
            assert journal.of("stop") == ["task", "helper"]
            assert any(e["event"] == "supervisor.auto_shutdown" for e in logs)
            assert system.failures == []


async def test_all_significant_waits_for_every_significant_child() -> None:
    journal = Journal()
    children = [
        ChildSpec("one", lambda: Probe(journal), restart="temporary", significant=True),
        ChildSpec("two", lambda: Probe(journal), restart="transient", significant=True),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(children, auto_shutdown="all_significant"), name="root"
            )
            r = await refs(sup)
            await crash(r["one"])  # temporary: not restarted, counts as ended
            await r["one"].wait_stopped()
            assert (await sup.count_children()).active == 1
            assert sup.is_alive
            await r["two"].ask(("stop_self",))
            assert (await sup.wait_stopped()).kind == "normal"


async def test_a_permanent_child_stopped_for_good_stays_stopped_and_ends_as_significant() -> None:
    """stop_self(final=True): done for good. A permanent child stopped so is left stopped (a
    plain stop_self restarts it, as OTP does), and, being significant, ends its supervisor:
    a permanent child can only end that way, so it may be significant."""
    journal = Journal()
    children = [
        ChildSpec("service", lambda: Probe(journal), significant=True),
        ChildSpec("task", lambda: Probe(journal), restart="transient", significant=True),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(children, auto_shutdown="all_significant"), name="root"
            )
            r = await refs(sup)
            await r["service"].ask(("stop_self",))  # finished: restarted (permanent)
            assert (await r["service"].wait_stopped()).final is False
            r = await refs(sup)
            assert (await sup.which_children())[0].restart_count == 1
            await r["task"].ask(("stop_self",))  # done; the permanent service still runs
            await r["task"].wait_stopped()
            assert sup.is_alive
            await r["service"].ask(("stop_for_good",))
            reason = await r["service"].wait_stopped()
            assert (reason.kind, reason.final, reason.abnormal) == ("normal", True, False)
            assert (await sup.wait_stopped()).kind == "normal"
            assert journal.of("start") == ["service", "task", "service"]
        assert system.failures == []


@pytest.mark.parametrize("size", [-1, 2.5, True, "64"])
def test_a_child_specs_mailbox_size_is_checked_when_it_is_made(size: Any) -> None:
    """A bad mailbox_size used to pass, then fail each start of the child with a ValueError
    inside the supervisor: in its first start that bypassed stopping the children already
    started (they were killed, their on_stop skipped)."""
    with pytest.raises(ValueError, match="mailbox_size must be a whole number >= 0"):
        ChildSpec("p", Probe, mailbox_size=size)
    assert ChildSpec("p", Probe, mailbox_size=0).mailbox_size == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_restarts": math.nan},
        {"max_restarts": "3"},
        {"max_restarts": True},
        {"max_restarts": 2.5},
        {"max_seconds": math.nan},
        {"max_seconds": "5"},
    ],
)
def test_a_bad_restart_intensity_is_refused_when_the_supervisor_is_made(
    kwargs: dict[str, Any],
) -> None:
    """A NaN max_seconds used to pass and keep every restart in the window for good (the
    supervisor gave up after max_restarts restarts, however far apart); a NaN max_restarts
    made it never give up; a string failed with a TypeError from a comparison."""
    with pytest.raises(ValueError, match="max_restarts must be >= 0 and max_seconds > 0"):
        Supervisor([ChildSpec("p", Probe)], **kwargs)
    assert Supervisor(max_restarts=0, max_seconds=math.inf).max_seconds == math.inf


@pytest.mark.parametrize("kwargs", [{"jitter": math.nan}, {"reset_after": math.nan}])
def test_a_backoff_with_nan_is_refused_when_it_is_made(kwargs: dict[str, Any]) -> None:
    """A NaN jitter made every delay NaN, and the restart timer's sleep raised in the
    supervisor's task group, which ended the supervisor instead of restarting the child."""
    with pytest.raises(ValueError, match="jitter and reset_after must be >= 0"):
        Backoff(**kwargs)


async def test_backoff_delays_restarts() -> None:
    assert Backoff(min=0.1, max=1.0, jitter=0).delay(0) == 0.1
    assert Backoff(min=0.1, max=1.0, jitter=0).delay(3) == 0.8
    assert Backoff(min=0.1, max=1.0, jitter=0).delay(10) == 1.0
    assert Backoff(min=0.1, max=1.0, jitter=0.5).delay(0, rand=1.0) == pytest.approx(0.15)
    with pytest.raises(ValueError, match="min <= max"):
        Backoff(min=2, max=1)
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([ChildSpec("a", Probe)], backoff=Backoff(min=0.2, max=0.2, jitter=0)),
                name="root",
            )
            with system.events.subscribe() as sub:
                start = anyio.current_time()
                await crash((await refs(sup))["a"])
                await wait_all_tasks_blocked()
                assert [c.status for c in await sup.which_children()] == ["restarting"]
                with pytest.raises(ChildRunning):
                    await sup.restart_child("a")
                await wait_for(sub, "restarted", "root/a")
                assert anyio.current_time() - start >= 0.2
            assert [c.status for c in await sup.which_children()] == ["running"]


async def test_lifecycle_events_are_logged_and_published() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            with system.events.subscribe() as sub, capture_logs() as logs:
                sup = await system.start_supervisor(
                    Supervisor([ChildSpec("a", Probe)]), name="root"
                )
                await crash((await refs(sup))["a"])
                await wait_for(sub, "restarted", "root/a")
                await sup.stop()
        names = [(e["event"], e.get("path")) for e in logs]
        assert ("actor.started", "root/a") in names
        assert ("actor.exited", "root/a") in names
        assert ("actor.restarted", "root/a") in names
        assert ("actor.stopped", "root/a") in names
        assert ("actor.stopped", "root") in names


async def test_stray_message_to_a_supervisor_is_ignored() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Supervisor(), name="root")
            with capture_logs() as logs:
                assert await sup.ask("hello") is None
            assert logs[0]["event"] == "supervisor.unhandled_message"
            assert sup.is_alive


async def test_a_child_terminated_while_it_waits_out_its_backoff_stays_stopped() -> None:
    """terminate_child on a child waiting to be restarted (OTP's ``restarting``) ends that
    restart: the backoff timer that fires later must not start it again."""
    gate = anyio.Event()

    class SlowToStop(Actor):
        async def on_stop(self, reason: ExitReason) -> None:
            await gate.wait()

    journal = Journal()
    children = [
        ChildSpec("a", lambda: Probe(journal)),
        ChildSpec("slow", SlowToStop, shutdown=30.0),
    ]
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(children, backoff=Backoff(min=0, max=0, jitter=0)), name="root"
            )
            a = (await refs(sup))["a"]
            async with anyio.create_task_group() as tg:
                # Keep the supervisor busy, so that a's exit and then the terminate_child
                # call wait in its mailbox in that order; the restart timer it sets (no delay)
                # fires only after both.
                tg.start_soon(sup.terminate_child, "slow")
                await wait_all_tasks_blocked()
                await crash(a)
                await a.wait_stopped()
                tg.start_soon(sup.terminate_child, "a")
                await wait_all_tasks_blocked()
                gate.set()
            await wait_all_tasks_blocked()  # the timer has fired and its message is handled
            infos = {c.id: c for c in await sup.which_children()}
            assert infos["a"].status == "stopped"
            assert journal.of("start") == ["a"]
            again = await sup.restart_child("a")  # and it can be started by hand
            assert await again.ask(("echo", 1)) == 1


async def test_a_stop_request_is_handled_between_failing_restart_attempts() -> None:
    """A restart whose start fails is tried again through the supervisor's mailbox (OTP's
    ``try_again_restart``), not in a loop that ignores it: a stop requested meanwhile ends
    the supervisor cleanly (``shutdown``) instead of after all its retries, as a failure."""
    attempts = 0
    failing = anyio.Event()
    proceed = anyio.Event()

    class FailsToRestart(Actor):
        async def on_start(self) -> None:
            nonlocal attempts
            attempts += 1
            if attempts == 2:
                failing.set()
                await proceed.wait()
            if attempts >= 2:
                raise Boom("cannot start again")

        async def receive(self, message: Any) -> Any:
            raise Boom("crash")

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([ChildSpec("f", FailsToRestart)], max_restarts=100, max_seconds=60),
                name="root",
            )
            (await refs(sup))["f"].tell_nowait("crash")
            await failing.wait()  # the supervisor waits for the first restart attempt
            async with anyio.create_task_group() as tg:
                tg.start_soon(sup.stop)
                await wait_all_tasks_blocked()
                proceed.set()
            reason = await sup.wait_stopped()
            assert reason.kind == "shutdown"
            assert attempts == 2
            assert system.failures == []


async def test_a_factory_that_returns_no_actor_is_a_start_error_not_a_crash() -> None:
    """A child factory that returns something other than an Actor (a function that forgot
    to return) is refused like any failed start: ``start_child`` raises StartError and the
    supervisor lives on; in a restart it counts against the intensity. It used to raise
    AttributeError inside the supervisor, which ended it."""
    made = 0

    def forgetful() -> Any:
        nonlocal made
        made += 1
        return Probe() if made == 1 else None

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([ChildSpec("f", forgetful)], max_restarts=2, max_seconds=60),
                name="root",
            )
            with pytest.raises(StartError, match="factory returned NoneType, not an Actor"):
                await sup.start_child(ChildSpec("bad", lambda: None))
            assert sup.is_alive
            assert [c.id for c in await sup.which_children()] == ["f"]
            with pytest.raises(StartError, match="not an Actor"):
                await system.spawn(lambda: None, name="top")  # type: ignore[arg-type, return-value]
            await crash((await refs(sup))["f"])
            reason = await sup.wait_stopped()
            assert isinstance(reason.error, SupervisorGaveUp)
            assert made == 3  # the first start, then two restarts that made no actor


async def test_a_supervisor_subclass_lifespan_holds_around_its_children() -> None:
    """``Actor.lifespan`` is honoured on a Supervisor subclass too: entered before its
    children start, left after they have stopped. The supervisor's own task group (where its
    children run) used to replace it, so the override was silently never entered."""
    journal = Journal()

    class Team(Supervisor):
        @contextlib.asynccontextmanager
        async def lifespan(self) -> AsyncIterator[None]:
            journal.entries.append(("lifespan", "enter"))
            try:
                yield
            finally:
                journal.entries.append(("lifespan", "exit"))

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Team(specs(journal, "a", "b")), name="root")
            await sup.stop()
    assert journal.entries == [
        ("lifespan", "enter"),
        ("start", "a"),
        ("start", "b"),
        ("stop", "b"),
        ("stop", "a"),
        ("lifespan", "exit"),
    ]
