"""The actor kernel: messages, mailboxes, stopping, cancelling, the system. Both backends."""

from __future__ import annotations

import gc
import math
import subprocess
import sys
import tracemalloc
from typing import Any

import anyio
import pytest
from actor_probes import Boom, Journal, Probe
from anyio import wait_all_tasks_blocked
from structlog.testing import capture_logs

from actors import (
    Actor,
    ActorDeadError,
    ActorRef,
    ActorSystem,
    AlreadyStarted,
    AskTimeout,
    ChildSpec,
    ExitReason,
    HandlerCancelled,
    MailboxFull,
    StartError,
    Subscription,
    Supervisor,
    UnhandledMessage,
)


async def test_ask_answers_and_tell_delivers_in_order() -> None:
    seen: list[int] = []

    class Recorder(Actor):
        async def receive(self, message: int) -> list[int]:
            seen.append(message)
            return list(seen)

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Recorder, name="rec")
            for i in range(5):
                await ref.tell(i)
            assert await ref.ask(5) == [0, 1, 2, 3, 4, 5]
            stats = ref.statistics()
            assert stats.processed == 6
            assert stats.queued == 0
            assert stats.max_size == 64


async def test_one_message_at_a_time_even_when_handlers_await() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            async with anyio.create_task_group() as tg:
                for i in range(20):
                    tg.start_soon(ref.ask, ("echo", i))
            assert ref._actor.max_active == 1  # type: ignore[attr-defined]
            assert ref.statistics().processed == 20


async def test_exception_while_answering_reaches_asker_and_ends_actor() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            with pytest.raises(Boom, match="bad"):
                await ref.ask(("raise", "bad"))
            reason = await ref.wait_stopped()
            assert reason.kind == "error"
            assert reason.abnormal
            assert isinstance(reason.error, Boom)
            assert ref.statistics().failures == 1
            assert system.failures == [(ref, reason)]


async def test_message_to_dead_actor_raises_at_once() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            await ref.stop()
            assert not ref.is_alive
            with pytest.raises(ActorDeadError, match="has stopped"):
                await ref.tell(("echo", 1))
            with pytest.raises(ActorDeadError):
                ref.tell_nowait(("echo", 1))
            with pytest.raises(ActorDeadError):
                await ref.ask(("echo", 1))


@pytest.mark.parametrize("how", ["stop", "kill", "crash"])
async def test_pending_asks_fail_at_once_when_the_actor_stops(how: str) -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p", mailbox_size=2)
            gate = anyio.Event()
            errors: list[BaseException] = []

            async def ask(message: object) -> None:
                try:
                    await ref.ask(message)
                except BaseException as exc:
                    errors.append(exc)

            async with anyio.create_task_group() as tg:
                tg.start_soon(ask, ("wait", gate))  # running
                await wait_all_tasks_blocked()
                for i in range(4):  # 2 queued, 2 blocked on the full mailbox
                    tg.start_soon(ask, ("echo", i))
                await wait_all_tasks_blocked()
                assert ref.statistics().queued == 2
                assert ref.statistics().waiting_senders == 2
                if how == "stop":
                    tg.start_soon(ref.stop)
                    await wait_all_tasks_blocked()
                    gate.set()
                elif how == "kill":
                    ref.kill("test")
                else:
                    ref._actor.receive = _raiser  # type: ignore[method-assign]
                    gate.set()
            dead = [e for e in errors if isinstance(e, ActorDeadError)]
            if how == "crash":  # the first queued ask gets the crash, the rest fail as dead
                assert sorted(type(e).__name__ for e in errors) == ["ActorDeadError"] * 3 + ["Boom"]
            else:
                assert len(dead) == 5 if how == "kill" else 4
            assert not ref.is_alive


async def _raiser(message: object) -> object:
    raise Boom("crash")


class WaitsForItself(Actor):
    """Asks itself ("ask"), or tells itself more than its mailbox holds ("flood"), from its
    handler; with ``in_start``, asks itself in on_start."""

    def __init__(self, *, in_start: bool = False) -> None:
        self.in_start = in_start

    async def on_start(self) -> None:
        if self.in_start:
            await self.ref.ask("anything")

    async def receive(self, message: Any) -> Any:
        if message == "ask":
            return await self.ref.ask("anything")
        if message == "flood":
            for i in range(3):
                await self.ref.tell(i)
        return message


async def test_an_actor_that_waits_for_itself_fails_at_once() -> None:
    """OTP's gen_server:call to itself fails at once (``calling_self``). An ask an actor made
    of itself, or a tell to its own full mailbox, waited for its own loop, which was running
    that very code: it hung for good (or until the ask's timeout)."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(WaitsForItself, name="a")
            with pytest.raises(RuntimeError, match=r"'a' asked itself \(str\) from its own"):
                await ref.ask("ask")
            assert (await ref.wait_stopped()).kind == "error"
            flooder = await system.spawn(WaitsForItself, name="f", mailbox_size=2)
            with pytest.raises(MailboxFull, match="'f' sent int to its own full mailbox"):
                await flooder.ask("flood")
            with pytest.raises(StartError, match="asked itself"):
                await system.spawn(lambda: WaitsForItself(in_start=True), name="s")
            # Others may still ask it while it is busy, and wait for room in its mailbox.
            other = await system.spawn(Probe, name="p", mailbox_size=1)
            gate = anyio.Event()
            async with anyio.create_task_group() as tg:
                tg.start_soon(other.ask, ("wait", gate))
                await wait_all_tasks_blocked()
                tg.start_soon(other.ask, ("echo", 1))
                tg.start_soon(other.tell, ("echo", 2))
                await wait_all_tasks_blocked()
                assert other.statistics().waiting_senders == 1
                gate.set()
            assert await other.ask(("echo", 3)) == 3
            assert other.statistics().processed == 4


async def test_backpressure_and_tell_nowait() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p", mailbox_size=1)
            gate = anyio.Event()
            ref.tell_nowait(("wait", gate))
            await wait_all_tasks_blocked()  # the actor took it and waits
            ref.tell_nowait(("echo", 1))
            with pytest.raises(MailboxFull, match="mailbox of 'p' is full"):
                ref.tell_nowait(("echo", 2))
            async with anyio.create_task_group() as tg:
                tg.start_soon(ref.tell, ("echo", 3))
                await wait_all_tasks_blocked()
                assert ref.statistics().waiting_senders == 1
                gate.set()
            assert await ref.ask(("echo", "done")) == "done"
            assert ref.statistics().processed == 4


async def test_ask_timeout() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            with pytest.raises(AskTimeout, match="did not answer") as info:
                await ref.ask(("forever",), timeout=0.01)
            assert isinstance(info.value, TimeoutError)
            assert ref.is_alive
            assert ref.cancel_current("test over")


@pytest.mark.parametrize("seconds", [0.0, -1.0])
async def test_an_ask_with_no_time_to_wait_times_out_on_both_backends(seconds: float) -> None:
    """A timeout of 0 (or less) leaves no time for an answer, and the ask fails with
    AskTimeout; the message is still delivered, as OTP's gen_server:call with timeout 0
    sends it, and its answer goes to on_unclaimed. On asyncio the answer used to get in
    when the actor ran in the same loop turn, while trio timed out: two outcomes."""
    unclaimed: list[Any] = []

    class Echo(Actor):
        async def receive(self, message: Any) -> Any:
            return message

        async def on_unclaimed(self, message: Any, answer: Any) -> None:
            unclaimed.append(answer)

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Echo, name="e")
            with pytest.raises(AskTimeout, match=f"within {seconds} s"):
                await ref.ask("late", timeout=seconds)
            assert await ref.ask("next", timeout=1) == "next"
            assert unclaimed == ["late"]
            with pytest.raises(ValueError, match="timeout must be a number of seconds"):
                await ref.ask("x", timeout=math.nan)
            with pytest.raises(ValueError, match="timeout must be a number of seconds"):
                await ref.stop(timeout=math.nan)
            assert ref.is_alive


async def test_cancel_current_cancels_only_the_handler() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            assert ref.cancel_current("nothing running") is False
            result: list[BaseException] = []

            async def ask() -> None:
                try:
                    await ref.ask(("forever",))
                except HandlerCancelled as exc:
                    result.append(exc)

            with capture_logs() as logs:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(ask)
                    await wait_all_tasks_blocked()
                    assert ref.cancel_current("budget exceeded", by="governor") is True
            assert len(result) == 1
            assert isinstance(result[0], HandlerCancelled)
            assert result[0].reason == "budget exceeded"
            assert ref.is_alive
            assert await ref.ask(("echo", 7)) == 7
            assert ref.statistics().cancelled == 1
            assert {
                "event": "actor.handler_cancelled",
                "path": "p",
                "reason": "budget exceeded",
                "by": "governor",
                "message_type": "tuple",
                "log_level": "info",
            } in logs


async def test_kill_is_abnormal_and_skips_on_stop() -> None:
    with anyio.fail_after(5):
        journal = Journal()
        async with ActorSystem() as system:
            ref = await system.spawn(lambda: Probe(journal), name="p")
            with capture_logs() as logs:
                ref.kill("loop detected", by="governor")
                reason = await ref.wait_stopped()
            assert reason == ExitReason("killed", detail="loop detected")
            assert reason.abnormal
            assert journal.of("stop") == []
            assert any(e["event"] == "actor.killed" and e["by"] == "governor" for e in logs)
            ref.kill("again")  # no-op once dead


async def test_stop_is_graceful_idempotent_and_bounded() -> None:
    with anyio.fail_after(5):
        journal = Journal()
        async with ActorSystem() as system:
            ref = await system.spawn(lambda: Probe(journal), name="p")
            await ref.stop()
            await ref.stop()
            assert journal.of("stop") == ["p"]
            assert (await ref.wait_stopped()).kind == "shutdown"

            slow = await system.spawn(lambda: Probe(journal, hang_on_stop=True), name="slow")
            await slow.stop(timeout=0.01)
            reason = await slow.wait_stopped()
            assert reason.kind == "killed"
            assert "did not stop within" in reason.detail


async def test_stop_self_exits_normally_after_the_handler() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            assert await ref.ask(("stop_self",)) == "stopping"
            reason = await ref.wait_stopped()
            assert reason.kind == "normal"
            assert not reason.abnormal
            assert system.failures == []


async def test_stop_from_own_handler_does_not_deadlock() -> None:
    class SelfStopper(Actor):
        async def receive(self, message: object) -> str:
            await self.ref.stop()
            return "ok"

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(SelfStopper, name="s")
            assert await ref.ask("go") == "ok"
            assert (await ref.wait_stopped()).kind == "shutdown"


async def test_unhandled_message_is_a_failure() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Actor, name="plain")
            with pytest.raises(UnhandledMessage, match="override receive"):
                await ref.ask("hello")


async def test_start_failure_is_raised_to_the_spawner() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            with pytest.raises(StartError, match="'p' failed to start: Boom") as info:
                await system.spawn(lambda: Probe(fail_start=True), name="p")
            assert info.value.path == "p"
            assert isinstance(info.value.__cause__, Boom)
            assert system.actors() == []


async def test_system_stops_everything_in_reverse_start_order() -> None:
    journal = Journal()
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            refs = [await system.spawn(lambda: Probe(journal), name=n) for n in "abc"]
            with pytest.raises(AlreadyStarted):
                await system.spawn(Probe, name="a")
            assert system.actors() == refs
            blocked = await system.spawn(lambda: Probe(journal), name="d")
            blocked.tell_nowait(("forever",))
        assert journal.of("stop") == ["d", "c", "b", "a"]
        assert all(not r.is_alive for r in [*refs, blocked])
        with pytest.raises(RuntimeError, match="can be entered once"):
            await system.__aenter__()
        with pytest.raises(RuntimeError, match="closed"):
            await system.spawn(Probe, name="late")


async def test_system_exit_on_body_error_still_stops_actors() -> None:
    journal = Journal()

    async def body() -> None:
        async with ActorSystem() as system:
            await system.spawn(lambda: Probe(journal), name="a")
            raise Boom("body failed")

    with anyio.fail_after(5), pytest.raises(Boom):
        await body()
    assert journal.of("stop") == ["a"]


class Fatal(BaseException):
    """Not an Exception: it ends the program, as KeyboardInterrupt does (which trio may raise
    in any task, an actor's included; asyncio would raise it out of its event loop at once,
    past anything a test could check, so the tests raise this one instead)."""


class RaisesFatal(Actor):
    async def receive(self, message: Any) -> Any:
        raise Fatal("the program must end")


@pytest.mark.parametrize("supervised", [False, True])
async def test_a_base_exception_in_a_handler_ends_the_system_with_that_exception(
    supervised: bool,
) -> None:
    """A BaseException that is no cancellation goes on up and out of the system's block as
    itself, not in (nested) exception groups that ``except KeyboardInterrupt`` would miss;
    the actor's exit reason names it. It used to say ``killed: cancelled``."""
    refs: list[ActorRef[Any]] = []

    async def body() -> None:
        async with ActorSystem() as system:
            if supervised:
                sup = await system.start_supervisor(
                    Supervisor([ChildSpec("f", RaisesFatal)]), name="root"
                )
                refs.append(sup)
                (child,) = await sup.which_children()
                assert child.ref is not None
                refs.append(child.ref)
            else:
                refs.append(await system.spawn(RaisesFatal, name="f"))
            refs[-1].tell_nowait("go")
            await anyio.sleep_forever()

    with anyio.fail_after(5), pytest.raises(Fatal, match="the program must end"):
        await body()
    for ref in refs:
        reason = ref.exit_reason
        assert reason is not None
        assert reason.kind == "error", reason
        assert isinstance(reason.error, Fatal)
        assert "not an Exception" in reason.detail


async def test_event_bus_publishes_and_never_blocks() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            with system.events.subscribe(max_buffer=1) as small, system.events.subscribe() as sub:
                ref = await system.spawn(Probe, name="p")
                await ref.stop()
                assert small.dropped == 1
                kinds = [sub.receive_nowait().kind for _ in range(2)]
                assert kinds == ["started", "stopped"]
                stats = system.events.statistics()
                assert stats.subscribers == 2
                assert stats.dropped == 1
                assert "dropped=1" in repr(small)


async def test_subscription_ends_when_system_closes() -> None:
    got: list[str] = []

    async def consume(sub: Subscription) -> None:
        async with sub:
            got.extend([f"{event.kind}:{event.path}" async for event in sub])

    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg, ActorSystem() as system:
            tg.start_soon(consume, system.events.subscribe())
            await system.spawn(Probe, name="p")
    assert got == ["started:p", "stopped:p"]


def test_refs_have_no_public_constructor_and_a_useful_repr() -> None:
    with pytest.raises(TypeError, match="no public constructor"):
        ActorRef(object(), None, Actor(), name="x", path="x", mailbox_size=1, on_exit=None)  # type: ignore[arg-type]

    async def main() -> None:
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            assert repr(ref) == "<ActorRef 'p' Probe idle queued=0>"
            assert hash(ref) == hash(ref)
            assert ref.statistics().max_size == 64
            await ref.stop()
            assert "dead (shutdown" in repr(ref)
            assert "ActorSystem 'system' open" in repr(system)

    anyio.run(main)


def test_exit_reason_str_and_unbounded_mailbox_value() -> None:
    assert str(ExitReason("error", Boom("x"), "oops")) == "error: Boom('x'): oops"
    assert not ExitReason("shutdown").abnormal
    assert math.isinf(math.inf)


def test_actors_never_imports_policies_or_supervisor() -> None:
    code = (
        "import sys, actors; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('policies', 'supervisor')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


async def test_zero_size_mailbox_hands_messages_over_one_at_a_time() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p", mailbox_size=0)
            gate = anyio.Event()
            ref.tell_nowait(("wait", gate))  # the idle actor takes it at once
            await wait_all_tasks_blocked()
            with pytest.raises(MailboxFull):
                ref.tell_nowait(("echo", 1))  # busy: nothing waits to take it
            async with anyio.create_task_group() as tg:
                tg.start_soon(ref.tell, ("echo", 2))
                await wait_all_tasks_blocked()
                assert ref.statistics().waiting_senders == 1
                assert ref.statistics().queued == 0
                gate.set()
            assert await ref.ask(("echo", "done")) == "done"
            assert ref.statistics().processed == 3


async def test_a_cancelled_blocked_sender_leaves_the_queue_and_sends_nothing() -> None:
    seen: list[object] = []

    class Recorder(Probe):
        async def receive(self, message: Any) -> Any:
            seen.append(message)
            return await super().receive(message)

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Recorder, name="p", mailbox_size=1)
            gate = anyio.Event()
            ref.tell_nowait(("wait", gate))
            await wait_all_tasks_blocked()
            ref.tell_nowait(("echo", 1))
            with anyio.move_on_after(0.01):
                await ref.tell(("echo", "never"))
            assert ref.statistics().waiting_senders == 0
            gate.set()
            assert await ref.ask(("echo", 2)) == 2
            assert ("echo", "never") not in seen


async def test_idle_actors_stay_small() -> None:
    """An idle actor holds its task, one parked event, its ref and context: under 10 KB.

    Memory is deterministic enough to assert on (no timing); the bound has room for anyio and
    Python versions to differ. The benchmark measures 10,000 actors.
    """
    n = 300
    with anyio.fail_after(20):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([ChildSpec("idle", Probe)], strategy="simple_one_for_one"),
                name="pool",
            )
            await sup.start_child(())  # first-use allocations out of the way
            gc.collect()
            tracemalloc.start()
            try:
                before = tracemalloc.get_traced_memory()[0]
                for _ in range(n):
                    await sup.start_child(())
                gc.collect()
                per_actor = (tracemalloc.get_traced_memory()[0] - before) / n
            finally:
                tracemalloc.stop()
            # The bound; coverage tracing alone adds ~2.5 KB per actor here.
            assert per_actor < 10_000, f"{per_actor:.0f} bytes per idle actor"


async def test_the_systems_cancel_scope_cancels_and_shields_as_anyios_does(
    anyio_backend: str,
) -> None:
    async with ActorSystem() as system:
        with system.cancel_scope() as scope:
            scope.cancel(reason="test")
            await anyio.sleep(5)
        assert scope.cancel_called
        assert scope.cancelled_caught

        finished = False
        with anyio.CancelScope() as outer:
            outer.cancel()
            with system.cancel_scope(shield=True) as shielded:
                await anyio.sleep(0.01)  # the outer cancel does not reach in here
                finished = True
            assert shielded.shield
            await anyio.sleep(5)  # and does once outside the shield
        assert finished
        assert outer.cancelled_caught

        if anyio_backend == "trio":
            import trio

            # trio's own scope: anyio's trio scope is a wrapper around it.
            assert type(system.cancel_scope()) is trio.CancelScope


async def test_a_killed_actor_refuses_messages_at_once_while_it_winds_down() -> None:
    """kill() takes effect at the actor's next checkpoint, or later when it is inside a
    shielded section; until then it must already count as gone: ``is_alive`` is False and
    a message fails at once with ActorDeadError instead of waiting for it to end."""
    gate = anyio.Event()

    class Shielded(Actor):
        async def receive(self, message: Any) -> Any:
            with anyio.CancelScope(shield=True):
                await gate.wait()
            return "done"

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Shielded, name="s")
            ref.tell_nowait("work")
            await wait_all_tasks_blocked()  # the handler waits, shielded
            try:
                ref.kill("governor says so")
                assert not ref.is_alive
                with pytest.raises(ActorDeadError, match="'s' is stopping"):
                    ref.tell_nowait("more")
                with pytest.raises(ActorDeadError):
                    await ref.ask("more")
                assert ref.exit_reason is None  # still winding down
            finally:
                gate.set()  # else a failure here would leave the system's exit waiting
            reason = await ref.wait_stopped()
            assert reason == ExitReason("killed", detail="governor says so")
            assert ref.statistics().dropped == 0


async def test_a_tell_to_an_actor_that_ends_during_its_checkpoint_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``tell`` is a checkpoint before it queues; an actor that ended meanwhile must make it
    fail with ActorDeadError, not take the message into a mailbox nobody reads."""
    from actors import _ref as ref_module

    plain_checkpoint = ref_module.checkpoint
    resume = anyio.Event()

    async def held_checkpoint() -> None:
        await resume.wait()

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Probe, name="p")
            outcome: list[str] = []

            async def teller() -> None:
                try:
                    await ref.tell(("echo", 1))
                    outcome.append("delivered")
                except ActorDeadError:
                    outcome.append("refused")

            async with anyio.create_task_group() as tg:
                monkeypatch.setattr(ref_module, "checkpoint", held_checkpoint)
                tg.start_soon(teller)
                await wait_all_tasks_blocked()  # the tell waits in its checkpoint
                monkeypatch.setattr(ref_module, "checkpoint", plain_checkpoint)
                await ref.stop()
                resume.set()
            assert outcome == ["refused"]
            assert ref.statistics().queued == 0


async def test_two_spawns_of_one_name_at_once_start_one_actor() -> None:
    """The name check must hold while the first start is still running ``on_start``: the
    second spawn waits for it, then gets AlreadyStarted (or goes ahead if it failed)."""
    gate = anyio.Event()

    class SlowStart(Actor):
        def __init__(self, fail: bool = False) -> None:
            self.fail = fail

        async def on_start(self) -> None:
            await gate.wait()
            if self.fail:
                raise Boom("no")

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            outcomes: list[Any] = []

            async def spawn(fail: bool, name: str) -> None:
                try:
                    outcomes.append(await system.spawn(lambda: SlowStart(fail), name=name))
                except (AlreadyStarted, StartError) as exc:
                    outcomes.append(exc)

            async with anyio.create_task_group() as tg:
                tg.start_soon(spawn, False, "x")
                await wait_all_tasks_blocked()  # the first is in on_start
                tg.start_soon(spawn, False, "x")
                await wait_all_tasks_blocked()
                gate.set()
            first, second = outcomes
            assert isinstance(first, ActorRef)
            assert isinstance(second, AlreadyStarted)
            assert second.ref is first
            assert system.actors() == [first]

            gate = anyio.Event()
            outcomes.clear()
            async with anyio.create_task_group() as tg:
                tg.start_soon(spawn, True, "y")
                await wait_all_tasks_blocked()
                tg.start_soon(spawn, False, "y")
                await wait_all_tasks_blocked()
                gate.set()
            failed, started = outcomes
            assert isinstance(failed, StartError)  # its name is free again: the second starts
            assert isinstance(started, ActorRef)
            assert started.path == "y"


async def test_an_actor_starting_while_the_system_closes_is_stopped_with_its_on_stop() -> None:
    """A spawn still in ``on_start`` when the system's block ends (made by a task outside
    the system) finishes starting, then is stopped like the others, ``on_stop`` included.
    It used to be cancelled once started (asyncio) or handed over already dead (trio):
    its ``on_start`` had run, its ``on_stop`` never did."""
    journal = Journal()
    entered = anyio.Event()
    release = anyio.Event()

    class SlowStart(Probe):
        async def on_start(self) -> None:
            entered.set()
            await release.wait()
            await super().on_start()

    spawned: list[ActorRef[Any]] = []
    with anyio.fail_after(5):
        async with anyio.create_task_group() as outer, ActorSystem() as system:

            async def spawner() -> None:
                spawned.append(await system.spawn(lambda: SlowStart(journal), name="late"))

            async def releaser() -> None:
                await entered.wait()
                await wait_all_tasks_blocked()  # the system is closing, waiting for it
                release.set()

            outer.start_soon(spawner)
            outer.start_soon(releaser)
            await entered.wait()
    assert journal.of("start") == ["late"]
    assert journal.of("stop") == ["late"]
    (ref,) = spawned
    assert ref.exit_reason is not None
    assert ref.exit_reason.kind == "shutdown"
