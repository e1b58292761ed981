"""Deferred replies (``ActorContext.reply_later``) and ``Actor.lifespan``. Both backends."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any, cast

import anyio
import anyio.lowlevel
import pytest
from actor_probes import wait_for

from actors import (
    Actor,
    ActorDeadError,
    ActorSystem,
    AskTimeout,
    ChildSpec,
    Reply,
    StartError,
    Supervisor,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from anyio.abc import TaskGroup


class SlowEcho(Actor):
    """Answers ``(delay, value)`` after ``delay`` seconds from a background task, and keeps
    taking messages meanwhile (the handler returns at once)."""

    def __init__(self) -> None:
        self.handled: list[Any] = []
        self.tg: TaskGroup | None = None
        self.lifespan_closed = False

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tg:
            self.tg = tg
            yield
        self.lifespan_closed = True

    async def receive(self, message: Any) -> Any:
        self.handled.append(message)
        if message == "now":
            return "now"
        if message == "raise-after-defer":
            self.context.reply_later()
            raise ValueError("broken handler")
        delay, value = message
        reply = self.context.reply_later()
        assert self.tg is not None
        self.tg.start_soon(self._answer, reply, delay, value)
        return "ignored: the reply was taken"

    async def _answer(self, reply: Reply, delay: float, value: Any) -> None:
        await anyio.sleep(delay)
        if isinstance(value, BaseException):
            reply.fail(value)
        else:
            reply.send(value)


async def test_a_deferred_reply_reaches_the_asker_and_later_asks_overtake_it() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(SlowEcho, name="echo")
            answers: list[Any] = []
            release = anyio.Event()

            async def slow() -> None:
                answers.append(await ref.ask((0.2, "slow")))
                release.set()

            async with anyio.create_task_group() as tg:
                tg.start_soon(slow)
                await anyio.wait_all_tasks_blocked()
                # The actor is free while the slow answer is pending.
                answers.append(await ref.ask((0, "fast")))
                answers.append(await ref.ask("now"))
                await release.wait()
            assert answers == ["fast", "now", "slow"]
            assert ref.statistics().processed == 3


async def test_a_deferred_failure_is_raised_in_the_asker_and_the_actor_lives_on() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(SlowEcho, name="echo")
            with pytest.raises(KeyError, match="nope"):
                await ref.ask((0, KeyError("nope")))
            assert ref.is_alive
            assert await ref.ask("now") == "now"


async def test_a_handler_that_raises_after_taking_the_reply_still_answers_the_asker() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(SlowEcho, name="echo")
            with pytest.raises(ValueError, match="broken handler"):
                await ref.ask("raise-after-defer")
            assert not ref.is_alive


async def test_stopping_waits_for_the_lifespan_work_which_still_answers() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(SlowEcho, name="echo")
            actor = ref._actor
            got: list[Any] = []

            async def ask() -> None:
                got.append(await ref.ask((0.1, "late")))

            async with anyio.create_task_group() as tg:
                tg.start_soon(ask)
                await anyio.wait_all_tasks_blocked()
                await ref.stop()
            assert got == ["late"]
            assert actor.lifespan_closed


async def test_a_reply_never_sent_fails_with_actor_dead_when_the_actor_is_killed() -> None:
    class Forgetful(Actor):
        async def receive(self, message: Any) -> Any:
            self.context.reply_later()  # and never sends it
            return None

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Forgetful, name="f")
            async with anyio.create_task_group() as tg:

                async def ask() -> None:
                    with pytest.raises(ActorDeadError):
                        await ref.ask("hello")

                tg.start_soon(ask)
                await anyio.wait_all_tasks_blocked()
                ref.kill("test")


async def test_reply_later_while_handling_a_tell_goes_nowhere() -> None:
    replies: list[Reply] = []

    class Teller(Actor):
        async def receive(self, message: Any) -> Any:
            reply = self.context.reply_later()
            reply.send("nobody hears this")
            replies.append(reply)
            return None

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Teller, name="t")
            await ref.tell("x")
            await ref.ask("y")  # its reply was taken and sent at once
            assert [r.sent for r in replies] == [True, True]
            assert "sent" in repr(replies[0])


class Lender(Actor):
    """Hands out a lease per ask, from a background task (``("later", n)``) or as the
    handler's own answer after a pause (``("now", delay)``); records every answer nobody got."""

    def __init__(self) -> None:
        self.tg: TaskGroup | None = None
        self.sent: list[tuple[str, bool]] = []
        self.unclaimed: list[tuple[Any, Any]] = []

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tg:
            self.tg = tg
            yield

    async def receive(self, message: Any) -> Any:
        how, arg = message
        if how == "now":
            await anyio.sleep(arg)
            return f"lease-{arg}"
        reply = self.context.reply_later()
        assert self.tg is not None
        self.tg.start_soon(self._answer, reply, arg)
        return None

    async def _answer(self, reply: Reply, delay: float) -> None:
        await anyio.sleep(delay)
        self.sent.append((f"lease-{delay}", reply.send(f"lease-{delay}")))

    async def on_unclaimed(self, message: Any, answer: Any) -> None:
        self.unclaimed.append((message, answer))


async def test_an_answer_that_finds_its_asker_gone_is_reported_to_the_actor() -> None:
    """An asker that timed out, or was cancelled, gets nothing more: a reply sent later says
    so (``Reply.send`` is False) and a handler's own late answer goes to ``on_unclaimed``,
    so that an actor can take back what it handed out (a lease, a reservation)."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Lender, name="lender")
            lender = cast("Lender", ref._actor)  # the instance, to read what it recorded
            # A deferred reply: in time, then after the asker's timeout.
            assert await ref.ask(("later", 0.0), timeout=2) == "lease-0.0"
            with pytest.raises(AskTimeout):
                await ref.ask(("later", 0.3), timeout=0.05)
            # A deferred reply to an asker that was cancelled.
            with anyio.move_on_after(0.05):
                await ref.ask(("later", 0.2))
            await anyio.sleep(0.5)
            assert sorted(lender.sent) == [
                ("lease-0.0", True),
                ("lease-0.2", False),
                ("lease-0.3", False),
            ]
            # A handler's own answer, to an asker that left while the handler ran (timed out)
            # or while its message waited in the mailbox behind a slow one (cancelled).
            async with anyio.create_task_group() as tg:

                async def impatient(message: Any, timeout: float) -> None:  # noqa: ASYNC109
                    with contextlib.suppress(AskTimeout):
                        await ref.ask(message, timeout=timeout)

                tg.start_soon(impatient, ("now", 0.2), 0.05)
                await anyio.wait_all_tasks_blocked()
                with anyio.move_on_after(0.05):
                    await ref.ask(("now", 0.01))
            await anyio.sleep(0.4)
            assert lender.unclaimed == [(("now", 0.2), "lease-0.2"), (("now", 0.01), "lease-0.01")]
            assert await ref.ask(("now", 0.0), timeout=2) == "lease-0.0"  # and it lives on
            assert len(lender.unclaimed) == 2


class Sender(Actor):
    """Answers ``("send-then-cancel", cancel)`` by a deferred reply sent and then, in the same
    loop turn, ``cancel()``: the asker is woken with the answer and cancelled before it runs
    again."""

    def __init__(self) -> None:
        self.sent: list[bool] = []
        self.unclaimed: list[tuple[Any, Any]] = []

    async def receive(self, message: Any) -> Any:
        if message == "ping":
            return "pong"
        _how, cancel = message
        reply = self.context.reply_later()
        self.sent.append(reply.send("lease"))
        cancel()
        return None

    async def on_unclaimed(self, message: Any, answer: Any) -> None:
        self.unclaimed.append((message, answer))


async def test_an_answer_sent_just_before_its_asker_is_cancelled_is_never_lost(
    anyio_backend_name: str,
) -> None:
    """The answer reaches the asker or comes back to ``on_unclaimed``, exactly once.

    On asyncio the asker is cancelled natively (``Task.cancel()``, as ``asyncio.timeout()``
    in an agent's own code does): a task woken with the answer and cancelled before it runs
    again gets ``CancelledError`` instead of the value, so the answer must come back. anyio's
    own scopes (and trio) let a woken task take its value first; both kinds are tried."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Sender, name="sender")
            sender = cast("Sender", ref._actor)
            got: list[Any] = []
            cancelled = 0

            async def native_asker() -> None:
                nonlocal cancelled
                task = asyncio.current_task()
                assert task is not None
                try:
                    got.append(await ref.ask(("send-then-cancel", task.cancel)))
                except asyncio.CancelledError:
                    task.uncancel()
                    cancelled += 1

            for _ in range(3):
                with anyio.CancelScope() as scope:
                    got.append(await ref.ask(("send-then-cancel", scope.cancel)))
                    await anyio.lowlevel.checkpoint()
            if anyio_backend_name == "asyncio":
                for _ in range(3):
                    async with anyio.create_task_group() as tg:
                        tg.start_soon(native_asker)
                assert cancelled == 3  # the race happened: each answer came back
            assert await ref.ask("ping", timeout=2) == "pong"  # the loop took what came back
            tries = 6 if anyio_backend_name == "asyncio" else 3
            assert sender.sent == [True] * tries
            assert len(got) + len(sender.unclaimed) == tries
            assert len(sender.unclaimed) == cancelled
            assert all(answer == "lease" for _message, answer in sender.unclaimed)
            assert got == ["lease"] * len(got)


async def test_on_unclaimed_that_raises_ends_only_the_actor() -> None:
    """``on_unclaimed`` for a late answer runs as a handler does: its exception ends the
    actor with an ``error`` exit (its supervisor restarts it). It must not escape the actor's
    task, which would tear down the task group of its supervisor or of the whole system."""

    class Stubborn(Actor):
        async def receive(self, message: Any) -> Any:
            await message.wait()
            return "lease"

        async def on_unclaimed(self, message: Any, answer: Any) -> None:
            raise ValueError(f"cannot take back {answer}")

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Stubborn, name="stubborn")
            gate = anyio.Event()
            with pytest.raises(AskTimeout):
                await ref.ask(gate, timeout=0.01)  # the asker leaves while the handler waits
            gate.set()  # the answer now finds nobody: on_unclaimed raises
            reason = await ref.wait_stopped()
            assert reason.kind == "error"
            assert isinstance(reason.error, ValueError)
            assert reason.detail == "raised in on_unclaimed"
            assert ref.statistics().failures == 1
            assert system.failures == [(ref, reason)]
            other = await system.spawn(SlowEcho, name="other")  # the system lives on
            assert await other.ask("now") == "now"


class Heartbeat(Actor):
    """Runs a background task in its lifespan; ``"fail"`` makes that task raise."""

    def __init__(self, fail_on_entry: bool = False) -> None:
        self.fail_on_entry = fail_on_entry
        self.tg: TaskGroup | None = None
        self.stopped = False

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        if self.fail_on_entry:
            raise OSError("no connection")
        async with anyio.create_task_group() as tg:
            self.tg = tg
            yield

    async def receive(self, message: Any) -> Any:
        assert self.tg is not None
        if message == "fail":
            self.tg.start_soon(self._beat)
        return message

    async def _beat(self) -> None:
        await anyio.lowlevel.checkpoint()
        raise ValueError("heartbeat lost")

    async def on_stop(self, reason: Any) -> None:
        self.stopped = True


async def test_a_failing_lifespan_task_ends_the_actor_and_its_supervisor_restarts_it() -> None:
    """A task in the lifespan's task group that raises ends the actor with an ``error`` exit
    (its loop is cancelled, so ``on_stop`` does not run); the exception never escapes into
    the supervisor's task group, which would take down the supervisor and its siblings."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor([ChildSpec("beat", Heartbeat), ChildSpec("sibling", SlowEcho)]),
                name="root",
            )
            first = {c.id: c.ref for c in await sup.which_children()}
            beat, sibling = first["beat"], first["sibling"]
            assert beat is not None
            assert sibling is not None
            instance = cast("Heartbeat", beat._actor)
            with system.events.subscribe() as sub:
                assert await beat.ask("fail") == "fail"
                reason = await beat.wait_stopped()
                await wait_for(sub, "restarted", "root/beat")
            assert reason.kind == "error"
            assert reason.detail == "its lifespan failed"
            assert isinstance(reason.error, ExceptionGroup)
            assert [type(e) for e in reason.error.exceptions] == [ValueError]
            assert not instance.stopped
            assert sup.is_alive
            assert sibling.is_alive
            assert await sibling.ask("now") == "now"
            assert system.failures == []


async def test_a_lifespan_that_fails_on_entry_is_a_start_error() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            with pytest.raises(StartError, match="'hb' failed to start: OSError") as info:
                await system.spawn(lambda: Heartbeat(fail_on_entry=True), name="hb")
            assert isinstance(info.value.__cause__, OSError)
            assert system.actors() == []
            assert await (await system.spawn(SlowEcho, name="other")).ask("now") == "now"


class Lingering(Actor):
    """Its lifespan's task group runs a task that never ends by itself (a poller)."""

    def __init__(self) -> None:
        self.poller_cancelled = anyio.Event()

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._poll)
            yield

    async def _poll(self) -> None:
        try:
            await anyio.sleep_forever()
        finally:
            self.poller_cancelled.set()


async def test_a_shutdown_timeout_kills_an_actor_whose_lifespan_does_not_end() -> None:
    """Leaving the lifespan waits for its tasks; when they do not end, the stop's timeout
    kills the actor there as anywhere else, instead of waiting forever."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Lingering, name="lingering")
            actor = cast("Lingering", ref._actor)
            # Without the kill, stop() waits (shielded) until fail_after cancels the actor.
            with anyio.move_on_after(2) as bound:
                await ref.stop(timeout=0.05)
            assert not bound.cancel_called, "stop() waited for the lifespan's tasks"
            reason = ref.exit_reason
            assert reason is not None
            assert reason.kind == "killed"
            assert reason.detail == "did not stop within 0.05 s (while stopping after shutdown)"
            assert actor.poller_cancelled.is_set()


async def test_brutal_kill_cancels_the_lifespans_tasks() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(
                Supervisor(
                    [
                        ChildSpec("brutal", Lingering, shutdown="brutal_kill"),
                        ChildSpec("graceful", Lingering, shutdown=0.05),
                    ]
                ),
                name="root",
            )
            children = {c.id: c.ref for c in await sup.which_children()}
            await sup.terminate_child("brutal")
            await sup.terminate_child("graceful")
            for child in children.values():
                assert child is not None
                assert (await child.wait_stopped()).kind == "killed"
                assert cast("Lingering", child._actor).poller_cancelled.is_set()
            assert [c.status for c in await sup.which_children()] == ["stopped", "stopped"]


async def test_a_failed_start_does_not_wait_for_the_lifespans_tasks() -> None:
    """An actor whose ``on_start`` fails never started: nobody holds its ref to stop it, and
    its starter waits for the outcome until the lifespan is left. So leaving it cancels its
    tasks instead of waiting for them, and the starter gets its StartError."""

    class FailsToStart(Lingering):
        async def on_start(self) -> None:
            raise ValueError("cannot start")

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            with anyio.move_on_after(2) as bound, pytest.raises(StartError, match="cannot start"):
                await system.spawn(FailsToStart, name="direct")
            assert not bound.cancel_called, "the start waited for the lifespan's tasks"
            sup = await system.start_supervisor(Supervisor(), name="root")
            with pytest.raises(StartError, match="'root/child' failed to start"):
                await sup.start_child(ChildSpec("child", FailsToStart))
            assert await sup.which_children() == []


async def test_stop_from_a_lifespan_task_ends_the_actor_when_its_timeout_runs_out() -> None:
    """A task of the actor's own lifespan that awaits ``ref.stop()`` cannot see the actor end
    (leaving the lifespan waits for that task). The stop's timeout kills the actor, and that
    kill must cancel the waiting task too, instead of both waiting for each other forever."""

    class Watchdog(Lingering):
        def __init__(self) -> None:
            super().__init__()
            self.tg: TaskGroup | None = None

        @contextlib.asynccontextmanager
        async def lifespan(self) -> AsyncIterator[None]:
            async with anyio.create_task_group() as tg:
                self.tg = tg
                yield

        async def receive(self, message: Any) -> Any:
            assert self.tg is not None
            self.tg.start_soon(self._poll)  # the watchdog: stops its own actor
            return message

        async def _poll(self) -> None:
            try:
                await self.ref.stop(timeout=0.05)
            finally:
                self.poller_cancelled.set()

    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Watchdog, name="w")
            assert await ref.ask("go") == "go"
            with anyio.move_on_after(2) as bound:
                reason = await ref.wait_stopped()
            if bound.cancel_called:
                # The deadlock: the watchdog waits, shielded, for the actor to end. No cancel
                # reaches it, so break it by hand, to fail here instead of hanging the exit.
                assert ref._done is not None
                ref._done.set()
                pytest.fail("the actor and its watchdog waited for each other")
            assert reason.kind == "killed"
            assert cast("Watchdog", ref._actor).poller_cancelled.is_set()
