"""Asks an actor answers in the asker's task (``Actor.answers_inline``) keep the actor rules:
one message at a time, in order, an exception ends the actor (and its supervisor restarts
it), ``stop_self`` and ``reply_later`` work. Both backends."""

from __future__ import annotations

import contextlib
import math
from typing import TYPE_CHECKING, Any

import anyio
import pytest
from anyio import wait_all_tasks_blocked

from actors import Actor, ActorDeadError, ActorSystem, AskTimeout, ChildSpec, Supervisor
from actors._ref import INLINE_STREAK

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from anyio.abc import TaskGroup, TaskStatus


class Inline(Actor):
    """Answers ("where",) with the task it runs in, ("sleep", s), ("raise",), ("stop",) and
    ("later", event); ("mailbox",) is never offered inline."""

    def __init__(self) -> None:
        self.running = 0
        self.most = 0
        self.seen: list[str] = []
        self.slept = 0
        self.tg: TaskGroup | None = None

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tg:
            self.tg = tg
            yield

    def answers_inline(self, message: Any) -> bool:
        return bool(message[0] != "mailbox")

    async def receive(self, message: Any) -> Any:
        self.running += 1
        self.most = max(self.most, self.running)
        self.seen.append(message[0])
        try:
            kind = message[0]
            if kind in ("where", "mailbox"):
                return anyio.get_current_task().id
            if kind == "sleep":
                await anyio.sleep(message[1])
                self.slept += 1
                return "slept"
            if kind == "scoped":  # waits inside a cancel scope it entered itself
                with anyio.move_on_after(5):
                    await anyio.sleep(message[1])
                return "scoped"
            if kind == "raise":
                raise ValueError("bad input")
            if kind == "self":
                return await self.ref.ask(("where",))
            if kind == "stop":
                self.context.stop_self()
                return "stopping"
            assert kind == "later"
            reply = self.context.reply_later()

            async def answer() -> None:
                await message[1].wait()
                reply.send("later")

            assert self.tg is not None
            self.tg.start_soon(answer)
            return "ignored: the reply was taken"
        finally:
            self.running -= 1


async def test_after_a_mailbox_answer_the_actor_parks_so_the_next_ask_is_inline() -> None:
    # The asker woken by an answer runs before the actor's loop gets back to its mailbox; an
    # actor that answers inline parks at once instead of yielding between messages.
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="i")
            me = anyio.get_current_task().id
            for _ in range(3):
                assert await ref.ask(("mailbox",)) != me
                assert await ref.ask(("where",)) == me
            assert ref.statistics().processed == 6


async def test_an_idle_actor_answers_in_the_askers_task() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="i")
            me = anyio.get_current_task().id
            assert await ref.ask(("where",)) == me
            assert await ref.ask(("where",), timeout=30) == me
            assert await ref.ask(("mailbox",)) != me  # not offered: the actor's own task
            assert ref.statistics().processed == 3


async def test_messages_sent_during_an_inline_handler_wait_their_turn_in_order() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="i")
            actor = ref._actor
            me = anyio.get_current_task().id
            results: list[Any] = []

            async def first() -> None:
                results.append(await ref.ask(("sleep", 0.05)))

            async with anyio.create_task_group() as tg:
                tg.start_soon(first)
                await wait_all_tasks_blocked()  # the inline handler sleeps in first()'s task
                await ref.tell(("mailbox",))
                where = await ref.ask(("where",))  # busy: through the mailbox
            assert results == ["slept"]
            assert where != me
            assert actor.seen == ["sleep", "mailbox", "where"]
            assert actor.most == 1  # never two handlers at once
            assert await ref.ask(("where",)) == me  # idle again: inline again


async def test_a_sender_blocked_on_a_zero_size_mailbox_during_an_inline_handler_gets_in() -> None:
    """A zero-size mailbox takes a message only from a waiting loop, so a tell made while an
    inline handler ran waited among the blocked senders; the handler's end woke the loop
    only for a queued message, not for those, and the tell waited for good."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="i", mailbox_size=0)
            actor = ref._actor
            async with anyio.create_task_group() as tg:
                tg.start_soon(ref.ask, ("sleep", 0.05))
                await wait_all_tasks_blocked()  # the inline handler sleeps in that task
                await ref.tell(("mailbox",))
            await ref.ask(("mailbox",))
            assert actor.seen == ["sleep", "mailbox", "mailbox"]


async def test_an_inline_handler_that_raises_ends_the_actor_and_it_is_restarted() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            sup = await system.start_supervisor(Supervisor([ChildSpec("i", Inline)]), name="root")
            [info] = await sup.which_children()
            first = info.ref
            assert first is not None
            with pytest.raises(ValueError, match="bad input"):
                await first.ask(("raise",))
            await first.wait_stopped()
            assert first.exit_reason is not None
            assert first.exit_reason.kind == "error"
            with pytest.raises(ActorDeadError):
                await first.ask(("where",))
            [info] = await sup.which_children()
            while info.ref is None or info.ref is first:
                await anyio.sleep(0.01)
                [info] = await sup.which_children()
            assert await info.ref.ask(("where",)) == anyio.get_current_task().id


async def test_stop_self_and_reply_later_in_an_inline_handler() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="i")
            go = anyio.Event()
            answers: list[Any] = []

            async def later() -> None:
                answers.append(await ref.ask(("later", go), timeout=5))

            async with anyio.create_task_group() as tg:
                tg.start_soon(later)
                await wait_all_tasks_blocked()
                assert await ref.ask(("where",)) == anyio.get_current_task().id
                go.set()
            assert answers == ["later"]
            assert await ref.ask(("stop",)) == "stopping"
            await ref.wait_stopped()
            assert ref.exit_reason is not None
            assert ref.exit_reason.kind == "normal"


async def test_a_shielded_ask_is_answered_though_its_asker_is_cancelled() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="inline")
            # Through the mailbox: cancelled before it asks, the shielded ask still waits for
            # its answer; the unshielded one gives up.
            got: list[Any] = []
            with anyio.CancelScope() as scope:
                scope.cancel()
                got.append(await ref.ask(("mailbox",), shield=True))
            assert got
            assert not scope.cancelled_caught
            with anyio.CancelScope() as scope:
                scope.cancel()
                got.append(await ref.ask(("mailbox",)))
            assert scope.cancelled_caught
            assert len(got) == 1

            # Inline, with the reply taken for later: the wait for it is shielded too.
            release = anyio.Event()
            answers: list[Any] = []

            async def asker(task_status: TaskStatus[anyio.CancelScope]) -> None:
                with anyio.CancelScope() as mine:
                    task_status.started(mine)
                    answers.append(await ref.ask(("later", release), shield=True))

            async with anyio.create_task_group() as tg:
                mine = await tg.start(asker)
                await wait_all_tasks_blocked()
                mine.cancel()  # the asker is cancelled while it waits for the later reply
                await wait_all_tasks_blocked()
                assert answers == []
                release.set()
            assert answers == ["later"]


class AtOnce(Inline):
    """The same handlers, declared never to wait: those that do not are answered with no
    shielding scope; those that do (("sleep", s)) fail at their wait."""

    inline_never_waits = True


async def test_an_inline_handler_that_waits_is_not_cut_short_by_its_askers_cancellation() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="inline")
            actor = ref._actor
            me = anyio.get_current_task().id
            with anyio.CancelScope() as scope:

                async def cancel_soon() -> None:
                    await wait_all_tasks_blocked()  # the handler sleeps in this task
                    scope.cancel()

                async with anyio.create_task_group() as tg:
                    tg.start_soon(cancel_soon)
                    assert await ref.ask(("sleep", 0.05)) == "slept"
                    await anyio.sleep_forever()  # the cancellation lands here, not before
            assert scope.cancelled_caught
            assert actor.slept == 1  # the handler's wait ran to its end
            assert await ref.ask(("scoped", 0.01)) == "scoped"  # a wait in its own scope
            assert await ref.ask(("where",)) == me  # idle again, answering inline
            assert ref.exit_reason is None


async def test_an_actor_whose_inline_handlers_never_wait_answers_them_unshielded() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(AtOnce, name="at_once")
            me = anyio.get_current_task().id
            with anyio.CancelScope() as scope:
                scope.cancel()
                # No wait, so nothing can interrupt it: answered though the asker is cancelled.
                assert await ref.ask(("where",)) == me
            assert not scope.cancelled_caught
            assert await ref.ask(("mailbox",)) != me  # not offered inline: the mailbox
            assert await ref.ask(("where",)) == me


async def test_an_inline_handler_that_waits_though_declared_never_to_fails_clearly() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(AtOnce, name="at_once")
            actor = ref._actor
            with pytest.raises(RuntimeError, match="inline_never_waits, but its handler waited"):
                await ref.ask(("sleep", 0.01))
            await ref.wait_stopped()
            assert ref.exit_reason is not None
            assert ref.exit_reason.kind == "error"
            assert actor.slept == 0  # unwound at its wait, never resumed
            assert actor.running == 0  # its finally ran


class StopsItself(Actor):
    """Answers ("stop",) inline by ``await self.ref.stop()``; ("wait", event) waits first."""

    def __init__(self, never_waits: bool = False) -> None:
        self.inline_never_waits = never_waits

    def answers_inline(self, message: Any) -> bool:
        return True

    async def receive(self, message: Any) -> Any:
        if message[0] == "wait":
            await message[1].wait()
            return "waited"
        await self.ref.stop()
        return "stopping"


@pytest.mark.parametrize("never_waits", [False, True])
async def test_stop_from_an_inline_handler_only_requests_the_stop(never_waits: bool) -> None:
    """``stop()`` from the actor's own handler only requests the stop, as documented; an
    inline handler runs in the asker's task, and waiting there for the actor to end would
    wait for the handler itself (shielded: forever)."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(lambda: StopsItself(never_waits), name="s")
            with anyio.move_on_after(2) as bound:
                assert await ref.ask(("stop",)) == "stopping"
            assert not bound.cancel_called, "the handler waited for its own actor to end"
            reason = await ref.wait_stopped()
            assert reason.kind == "shutdown"
            assert ref.statistics().processed == 1


async def test_stop_from_another_task_waits_for_a_running_inline_handler() -> None:
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(StopsItself, name="s")
            gate = anyio.Event()
            answers: list[Any] = []

            async def ask() -> None:
                answers.append(await ref.ask(("wait", gate)))

            async with anyio.create_task_group() as tg:
                tg.start_soon(ask)
                await wait_all_tasks_blocked()  # the inline handler waits on the gate
                tg.start_soon(ref.stop)
                await wait_all_tasks_blocked()
                assert ref.exit_reason is None  # stop() still waits for the handler
                gate.set()
            assert answers == ["waited"]
            assert ref.exit_reason is not None
            assert ref.exit_reason.kind == "shutdown"


async def test_an_inline_handler_that_asks_its_own_actor_fails_at_once() -> None:
    """The handler runs in the asker's task, so the actor's own task is not the one asking;
    it waits for the actor all the same (which waits for it to return): it used to hang."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="inline")
            with pytest.raises(RuntimeError, match="'inline' asked itself"):
                await ref.ask(("self",))
            assert (await ref.wait_stopped()).kind == "error"


@pytest.mark.parametrize("actor", [Inline, AtOnce])
async def test_a_loop_of_inline_asks_lets_other_tasks_run_and_is_cancellable(
    actor: type[Inline],
) -> None:
    """An ask answered inline passes through no wait, so a loop of them never let the event
    loop run: no other task, no timeout, no cancellation (300,000 asks ran on under a 50 ms
    timeout). One ask in every ``INLINE_STREAK`` that could be answered inline now goes
    through the mailbox, a pass through the event loop."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(actor, name="inline")
            ran = anyio.Event()
            asks = 0

            async def other_task() -> None:
                ran.set()

            async with anyio.create_task_group() as tg:
                tg.start_soon(other_task)
                while not ran.is_set() and asks < 10_000:
                    await ref.ask(("where",))
                    asks += 1
            assert ran.is_set()
            assert asks <= INLINE_STREAK
            with anyio.CancelScope() as scope:
                scope.cancel()
                for _ in range(10_000):
                    await ref.ask(("where",))
            assert scope.cancelled_caught
            assert ref.exit_reason is None


async def test_an_inline_ask_answered_later_with_no_time_to_wait_times_out() -> None:
    """As through the mailbox, a timeout of 0 leaves no time for a deferred answer: AskTimeout
    on both backends (on asyncio an answer sent in the same loop turn used to get in), and
    a NaN timeout is a clear error."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(Inline, name="inline")
            at_once = anyio.Event()
            at_once.set()  # the lifespan task sends the answer as soon as it runs
            with pytest.raises(AskTimeout):
                await ref.ask(("later", at_once), timeout=0)
            with pytest.raises(ValueError, match="timeout must be a number of seconds"):
                await ref.ask(("later", at_once), timeout=math.nan)
            assert await ref.ask(("later", at_once), timeout=1) == "later"


class Fatal(BaseException):
    """Not an Exception, as KeyboardInterrupt (which asyncio would raise out of its event loop
    at once, past anything a test could check)."""


class FatalInline(Actor):
    inline_never_waits = True

    def answers_inline(self, message: Any) -> bool:
        return True

    async def receive(self, message: Any) -> Any:
        raise Fatal("the program must end")


async def test_a_base_exception_in_an_inline_handler_ends_the_actor_too() -> None:
    """Through the mailbox a BaseException that is no cancellation ends the actor (and goes
    on up); answered inline it went on up the asker's task and left the actor running."""
    with anyio.fail_after(5):
        async with ActorSystem() as system:
            ref = await system.spawn(FatalInline, name="fatal")
            with pytest.raises(Fatal):
                await ref.ask("go")
            reason = await ref.wait_stopped()
            assert reason.kind == "error"
            assert isinstance(reason.error, Fatal)
            assert "not an Exception" in reason.detail
