"""ActorRef: the handle to a running actor, and the actor's own run loop.

One ``ActorRef`` exists per actor incarnation (a restarted child gets a new ref, as a restarted
Erlang process gets a new pid). The ref owns the mailbox and runs the loop that hands messages to
the actor one at a time.

The mailbox is a deque plus one :class:`anyio.Event` that the loop parks on, not a pair of anyio
memory object streams: an idle actor is mostly what it holds while parked, and tens of thousands
of them must stay small (see ``benchmarks/bench_actors.py``). Nothing is allocated per idle actor
that can be made on demand: the deque exists while messages wait, the queue of blocked senders
while the mailbox is full, the cancel scope while a handler runs.
"""

from __future__ import annotations

import contextlib
import math
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

import anyio
import structlog
from anyio import CancelScope
from anyio.lowlevel import checkpoint

from ._deadlines import MIN_TIMEOUT
from ._events import ExitReason, LifecycleEvent
from ._exceptions import (
    ActorDeadError,
    AskTimeout,
    HandlerCancelled,
    MailboxFull,
    StartError,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from contextlib import AbstractAsyncContextManager
    from types import FrameType

    from anyio.abc import TaskGroup, TaskStatus

    from ._actor import Actor
    from ._system import ActorSystem

A = TypeVar("A", bound="Actor", covariant=True)

logger = structlog.get_logger("actors")

_TOKEN: Final = object()

# Phases of one incarnation. Only ever move forward.
_STARTING: Final = 0  # on_start running; messages are queued
_IDLE: Final = 1  # waiting in the mailbox (or between two messages)
_BUSY: Final = 2  # a handler is running
_STOPPING: Final = 3  # loop left; on_stop running
_DEAD: Final = 4

_PHASE_NAMES: Final = ("starting", "idle", "busy", "stopping", "dead")

#: One ask in every INLINE_STREAK that an idle actor could answer in the asker's task
#: (``Actor.answers_inline``) goes through its mailbox instead. An inline answer passes
#: through no wait, so a loop of them would never let the event loop run: no other task,
#: no timeout, no cancellation. This bounds that, at a small fraction of the round trip
#: that inline answers save.
INLINE_STREAK = 256

#: Seconds a helper started with ``ActorContext.spawn`` gets to stop when its spawner ends
#: (a worker child's default shutdown), before it is killed.
HELPER_SHUTDOWN: Final = 5.0

ExitCallback = Callable[["ActorRef[Any]", ExitReason], None]

# Plain actors have no lifespan; one shared no-op context stands in, so the loop needs no extra
# coroutine frame (each suspended frame is a few hundred bytes on every idle actor).
_NO_LIFESPAN: AbstractAsyncContextManager[None] = contextlib.nullcontext()


@dataclass(frozen=True)
class MailboxStatistics:
    """A snapshot of one actor's mailbox.

    Attributes:
        queued: messages waiting in the mailbox.
        max_size: the mailbox bound (``math.inf`` for supervisors).
        waiting_senders: tasks blocked in ``tell``/``ask`` because the mailbox is full.
        processed: messages handled without an exception.
        failures: handlers that raised (each one ended the actor).
        cancelled: handlers cut short by ``cancel_current``.
        dropped: messages discarded because the actor stopped first.
    """

    queued: int
    max_size: float
    waiting_senders: int
    processed: int
    failures: int
    cancelled: int
    dropped: int


class _Ask:
    """The reply slot an ``ask`` puts in the mailbox instead of a whole reply stream.

    Its event is made only when someone waits: an ask answered inline never needs one.
    """

    __slots__ = ("_event", "deferred", "done", "error", "expired", "message", "value")

    def __init__(self, message: object) -> None:
        self.message = message
        self._event: anyio.Event | None = None
        self.done = False
        self.deferred = False  # the handler took the reply with ActorContext.reply_later()
        self.expired = False  # its deadline passed first (see _deadlines)
        self.value: Any = None
        self.error: BaseException | None = None

    async def wait(self) -> None:
        """Wait until the slot is done (a checkpoint even when it already is)."""
        if self.done:
            await checkpoint()
            return
        event = self._event
        if event is None:
            event = self._event = anyio.Event()
        await event.wait()

    def _finish(self) -> None:
        self.done = True
        if self._event is not None:
            self._event.set()

    def expire(self) -> None:
        if not self.done:
            self.expired = True
            self._finish()

    def resolve(self, value: object) -> bool:
        """Answer with ``value``; False if the asker had already left (nothing delivered)."""
        if self.done:
            return False
        self.value = value
        self._finish()
        return True

    def fail(self, error: BaseException) -> bool:
        """Answer with ``error``; False if the asker had already left."""
        if self.done:
            return False
        self.error = error
        self._finish()
        return True


class _Unclaimed:
    """An answer whose asker left after it came but before taking it (cancelled in the same
    loop turn): queued back to the actor, whose loop hands it to ``Actor.on_unclaimed``."""

    __slots__ = ("message", "value")

    def __init__(self, message: object, value: object) -> None:
        self.message = message
        self.value = value


class _Sender:
    """A sender blocked on a full mailbox. The loop moves ``item`` in and sets ``event``."""

    __slots__ = ("delivered", "event", "item")

    def __init__(self, item: object) -> None:
        self.item = item
        self.event = anyio.Event()
        self.delivered = False


class ActorRef(Generic[A]):
    """The handle to one running actor. Hashable; compares by identity.

    Refs are made by the runtime (``ActorSystem.spawn``, a supervisor); there is no public
    constructor. A restarted child gets a new ref; the old one stays dead.

    Attributes:
        name: the actor's name (a child's id).
        path: the actor's tree path, e.g. ``"root/team/writer"``.
    """

    __slots__ = (
        "__weakref__",
        "_actor",
        "_asks",
        "_buffer",
        "_cancel_reason",
        "_cancelled",
        "_crash",
        "_current",
        "_done",
        "_dropped",
        "_exit",
        "_failures",
        "_kill_reason",
        "_max_size",
        "_on_exit",
        "_phase",
        "_processed",
        "_scope",
        "_senders",
        "_stop_reason",
        "_system",
        "_task_id",
        "_waiter",
        "name",
        "path",
    )

    def __init__(
        self,
        token: object,
        system: ActorSystem,
        actor: Actor,
        *,
        name: str,
        path: str,
        mailbox_size: float,
        on_exit: ExitCallback | None,
    ) -> None:
        if token is not _TOKEN:
            raise TypeError(
                f"{type(self).__name__} has no public constructor; get refs from "
                "ActorSystem.spawn() or a supervisor."
            )
        self._system = system
        self._actor: Actor = actor
        self.name = name
        self.path = path
        self._on_exit = on_exit
        self._phase = _STARTING
        # The mailbox. Invariants: _buffer is None whenever it would be empty and the loop is
        # parked; _waiter is the event the loop is parked on (None while it runs); _senders holds
        # the senders blocked on a full mailbox, oldest first (None when there are none).
        self._max_size = mailbox_size
        self._buffer: deque[object] | None = None
        self._waiter: anyio.Event | None = None
        self._senders: deque[_Sender] | None = None
        self._asks: set[_Ask] | None = None  # made on the first ask: idle actors stay small
        self._current: object = None
        # The cancel scope of what runs now (on_start, a run of handlers, on_stop, leaving the
        # lifespan); None while idle, so kill() and stop() wake an idle loop through _waiter
        # instead.
        self._scope: CancelScope | None = None
        self._stop_reason: ExitReason | None = None
        self._kill_reason: ExitReason | None = None
        self._crash: ExitReason | None = None  # an inline handler raised: the loop ends with it
        self._cancel_reason = ""
        self._exit: ExitReason | None = None
        self._done: anyio.Event | None = None
        self._task_id: int | None = None
        self._processed = 0
        self._failures = 0
        self._cancelled = 0
        self._dropped = 0

    # -- public API --------------------------------------------------------------------------

    @property
    def is_alive(self) -> bool:
        """True until the actor has stopped or been asked to stop."""
        return self._phase < _STOPPING and self._stop_reason is None

    @property
    def exit_reason(self) -> ExitReason | None:
        """Why the actor ended, or None while it runs."""
        return self._exit

    async def tell(self, message: object) -> None:
        """Put ``message`` in the mailbox, waiting while it is full (backpressure).

        Raises:
            ActorDeadError: the actor has stopped or is stopping.
            MailboxFull: the actor told itself, from its handler or ``on_start``, with its
                mailbox full: waiting for room would wait forever.
        """
        await checkpoint()  # a send is a checkpoint even when there is room, as in anyio
        # Checked after it, as anyio's send() does: the actor may have ended meanwhile, and
        # a message queued on an ended actor would be lost without a word.
        if self._phase >= _STOPPING or self._stop_reason is not None:
            raise ActorDeadError(self._dead_sentence())
        await self._put(message)

    def tell_nowait(self, message: object) -> None:
        """Put ``message`` in the mailbox without waiting.

        Raises:
            MailboxFull: the mailbox is full; use ``await tell()`` to wait for room.
            ActorDeadError: the actor has stopped or is stopping.
        """
        if self._phase >= _STOPPING or self._stop_reason is not None:
            raise ActorDeadError(self._dead_sentence())
        if not self._offer(message):
            raise MailboxFull(
                f"The mailbox of {self.path!r} is full ({self._max_size} messages); await "
                "tell() to wait for room, or give it a larger mailbox_size."
            )

    async def ask(
        self,
        message: object,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
        shield: bool = False,
    ) -> Any:
        """Send ``message`` and wait for the value ``receive`` returns for it.

        Args:
            message: anything the actor's ``receive`` understands.
            timeout: seconds to wait for room in the mailbox and for the answer; None waits
                until the actor answers or stops. A timeout of 1 s or more is kept by the
                system's deadline task and may fail up to 50 ms late (never early); a shorter
                one is exact. With 0 or less the ask times out at once, unless it is
                answered inline; the message is still sent if the mailbox has room.
            shield: the asker's cancellation does not interrupt the ask (as if it were
                inside ``CancelScope(shield=True)``, without a scope of its own when the
                answer comes inline: its handler is shielded, or never waits); the timeout still
                applies. For an answer that must not be lost, such as a settlement.

        Raises:
            AskTimeout: no answer within ``timeout``.
            ActorDeadError: the actor stopped (or was stopping) before it answered.
            HandlerCancelled: the handler was cut short by ``cancel_current``.
            RuntimeError: the actor asked itself, from its handler or ``on_start``, which
                would wait forever (OTP's ``calling_self``).
            ValueError: ``timeout`` is NaN.
            Exception: whatever the handler raised (that exception also ended the actor).
        """
        if self._phase >= _STOPPING or self._stop_reason is not None:
            raise ActorDeadError(self._dead_sentence())
        if (
            self._waiter is not None  # parked on an empty mailbox, not woken yet
            and self._actor._actor_inline
            and not self._buffer
            and not self._senders
            and self._crash is None
            and self._actor.answers_inline(message)
        ):
            system = self._system
            if system._inline_left:
                system._inline_left -= 1
                return await self._ask_inline(message, timeout, shield)
            # The mailbox this time: a pass through the event loop (see INLINE_STREAK).
            system._inline_left = INLINE_STREAK - 1
        if self._phase != _IDLE and self._waits_for_itself():
            raise RuntimeError(
                f"{self.path!r} asked itself ({type(message).__name__}) from its own handler "
                "or on_start: it would wait forever for its own answer. Call the code "
                "directly, or tell() itself the message instead."
            )
        if shield:
            with self._system._scope_class(shield=True):
                return await self._ask_mailbox(message, timeout)
        return await self._ask_mailbox(message, timeout)

    async def _ask_mailbox(self, message: object, timeout: float | None) -> Any:  # noqa: ASYNC109
        slot = _Ask(message)
        asks = self._asks
        if asks is None:
            asks = self._asks = set()
        asks.add(slot)
        try:
            # No checkpoint before the put: waiting for the answer is one. An infinite
            # timeout is none (the deadline buckets cannot number it).
            if timeout is None or timeout == math.inf:
                await self._put(slot)
                await slot.wait()
            else:
                deadlines = self._system._ask_deadlines() if timeout >= MIN_TIMEOUT else None
                if deadlines is not None and self._offer(slot):
                    # The common case, a long timeout and room in the mailbox: the system's
                    # deadline task keeps the timeout, not a cancel scope and timer of its own.
                    number = deadlines.add(slot, time.monotonic() + timeout)
                    try:
                        await slot.wait()
                    finally:
                        deadlines.discard(slot, number)
                elif timeout > 0:
                    with anyio.move_on_after(timeout):
                        await self._put(slot)
                        await slot.wait()
                else:
                    # No time to wait: the message goes in if there is room (OTP's call with
                    # timeout 0 sends it too) and the ask times out. Not through an expired
                    # cancel scope, which on asyncio lets in an answer made in the same loop
                    # turn, and on trio not.
                    _check_timeout(timeout)
                    self._offer(slot)
                    slot.expire()
                    await checkpoint()
                if not slot.done or slot.expired:
                    raise self._ask_timeout(message, timeout)
        except BaseException:
            self._unclaimed(slot)
            raise
        finally:
            asks.discard(slot)
            slot.expire()  # left without an answer (timed out, cancelled): none can come now
        if slot.error is not None:
            raise slot.error
        return slot.value

    def _unclaimed(self, slot: _Ask) -> None:
        """The asker is leaving by an exception (cancelled). If the answer had already come
        (in the same loop turn: the task was woken, then cancelled before it ran), nobody
        takes it now: queue it back so the actor's loop hands it to ``on_unclaimed``, past the
        mailbox bound (it is the actor's own answer, not new work). Dropped once the actor
        is stopping: its ``on_stop`` and whatever rebuilds its state see to what is held."""
        if not slot.done or slot.expired or slot.error is not None:
            return
        if self._phase >= _STOPPING or self._stop_reason is not None:
            return
        buffer = self._buffer
        if buffer is None:
            buffer = self._buffer = deque()
        buffer.append(_Unclaimed(slot.message, slot.value))
        self._wake()

    def _ask_timeout(self, message: object, timeout: float | None) -> AskTimeout:
        return AskTimeout(
            f"{self.path!r} did not answer {type(message).__name__} within "
            f"{timeout} s; raise the timeout or check what the actor is waiting for."
        )

    async def _ask_inline(
        self,
        message: object,
        timeout: float | None,  # noqa: ASYNC109
        shield: bool = False,
    ) -> Any:
        """Run the handler in the asker's task; see ``Actor.answers_inline``.

        The actor's own loop stays parked meanwhile: its waiter is taken, so a message sent in
        the meantime only queues, and the loop is woken afterwards if one did (or if the
        handler stopped the actor, raised, or someone asked it to stop).
        """
        waiter, self._waiter = self._waiter, None
        assert waiter is not None
        slot = _Ask(message)
        self._phase = _BUSY
        self._current = slot
        try:
            try:
                if self._actor.inline_never_waits:
                    value = self._receive_at_once(message)
                else:
                    with self._system._scope_class(shield=True):
                        value = await self._actor.receive(message)
            except Exception as exc:
                self._failures += 1
                slot.fail(exc)
                self._crash = ExitReason("error", exc, "raised while answering an ask")
            except BaseException as exc:
                # KeyboardInterrupt and the like go on up in the asker's task; the actor ends
                # with it, as it does when its own task runs the handler.
                fatal = _not_cancelled(exc)
                if fatal is not None:
                    self._failures += 1
                    self._crash = ExitReason("error", fatal, _fatal_detail(fatal))
                raise
            else:
                self._processed += 1
                if not slot.deferred:
                    slot.resolve(value)
        finally:
            self._current = None
            self._phase = _IDLE
            if (
                self._buffer
                or self._senders  # blocked on a zero-size mailbox: the loop takes from them
                or self._crash
                or self._stop_reason
                or self._kill_reason
            ):
                waiter.set()
            else:
                self._waiter = waiter
        if not slot.done:  # the handler took the reply with reply_later()
            asks = self._asks
            if asks is None:
                asks = self._asks = set()
            asks.add(slot)
            try:
                if timeout is None or timeout > 0:
                    with (
                        self._system._scope_class(shield=shield),
                        anyio.move_on_after(math.inf if timeout is None else timeout),
                    ):
                        await slot.wait()
                else:  # no time to wait, on either backend (see _ask_mailbox)
                    _check_timeout(timeout)
                    slot.expire()
            except BaseException:
                self._unclaimed(slot)
                raise
            finally:
                asks.discard(slot)
                slot.expire()  # left without an answer (timed out, cancelled): none can come now
            if slot.expired:
                raise self._ask_timeout(message, timeout)
        if slot.error is not None:
            raise slot.error
        return slot.value

    def _receive_at_once(self, message: object) -> Any:
        """``receive(message)`` run by hand, for an actor whose inline handlers never wait.

        A plain function, not a coroutine: it never waits itself, so awaiting it would only
        add a coroutine to every ask answered inline.

        With no wait the asker's cancellation cannot reach the handler, so it needs no
        shielding scope. A handler that waits all the same is failed at that wait (the
        error unwinds it there, its own scopes in order) and ends the actor, as any error
        does: a shield entered then would sit inside scopes the wait already entered.
        """
        handler = self._actor.receive(message)
        try:
            handler.send(None)
        except StopIteration as done:
            return done.value
        error = RuntimeError(
            f"{type(self._actor).__name__} sets inline_never_waits, but its handler waited "
            f"while answering {type(message).__name__} inline. Make the handler return without "
            "waiting, or leave inline_never_waits False."
        )
        try:
            handler.throw(error)
        except StopIteration:
            pass
        finally:
            handler.close()
        raise error

    async def stop(self, *, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Ask the actor to stop after its current handler, and wait until it has.

        Queued messages are dropped (pending asks fail with :class:`ActorDeadError`). If it has
        not stopped within ``timeout`` seconds it is cancelled (exit kind ``killed``). Idempotent;
        called from the actor's own handler (or ``on_start``, or a handler answering inline in
        the asker's task) it only requests the stop. Called from a task in the actor's
        :meth:`~Actor.lifespan` it cannot wait (leaving the lifespan waits for that task), so
        the timeout kills the actor; use :meth:`ActorContext.stop_self` there instead.

        Raises:
            ValueError: ``timeout`` is NaN (the actor is left alone).
        """
        _check_timeout(timeout)
        if self._phase == _DEAD:
            return
        self._request_stop(ExitReason("shutdown", detail="stop requested"))
        if self._task_id is not None and anyio.get_current_task().id == self._task_id:
            return
        if self._phase == _BUSY and self._scope is None and self._called_inline():
            return  # from a handler answering inline: waiting here would wait for itself
        with anyio.move_on_after(timeout):
            await self._wait_done()
        if self._phase != _DEAD:
            self.kill(f"did not stop within {timeout} s")
            # Not shielded: a caller that is a task of the actor's own lifespan (which the
            # actor waits for while leaving it) is cancelled by this very kill, and must let
            # that cancellation end it. Any caller cancelled here leaves, as in the wait above.
            await self._wait_done()

    def _shutdown_time(self, grace: float) -> float:
        """How long a stop that gives this actor ``grace`` seconds for its own ``on_stop``
        waits before killing it: ``grace`` (a supervisor adds its children's shutdowns)."""
        return grace

    def _waits_for_itself(self) -> bool:
        """Whether the caller is this actor's own on_start or handler (the task its loop runs
        in, or an asker's task answering inline), which waiting for its loop would deadlock.
        The caller has seen the actor starting or busy: idle, it runs nothing of its own."""
        if self._phase == _BUSY and self._scope is None:
            return self._called_inline()
        return self._system._current_task_id() == self._task_id

    def _called_inline(self) -> bool:
        """Whether the caller runs inside this actor's handler answering an ask inline.

        That handler runs in the asker's task, not the actor's, so the task check in
        :meth:`stop` misses it. Found by walking the caller's frames (an awaiting coroutine's
        frame is the awaited one's ``f_back`` while it runs) rather than by recording the
        asker's task on every inline ask: this costs nothing on that hot path, and runs only
        when ``stop()`` finds an inline handler running.
        """
        code = ActorRef._ask_inline.__code__
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            if frame.f_code is code and frame.f_locals.get("self") is self:
                return True
            frame = frame.f_back
        return False

    def kill(self, detail: str, *, by: str = "") -> None:
        """End the actor now: cancel whatever it is doing; ``on_stop`` is not called.

        The exit is abnormal (kind ``killed``), so a supervisor restarts a permanent or transient
        child with a fresh instance, counted against its restart intensity. From the call on
        it takes no new messages (``is_alive`` is False; they fail with ``ActorDeadError``),
        though a shielded handler may still run for a while. No-op once dead.

        Args:
            detail: why, recorded in the exit reason and the log.
            by: who asked, for the log.
        """
        if self._phase == _DEAD:
            return
        if self._kill_reason is None:
            self._kill_reason = ExitReason("killed", detail=detail)
            if self._stop_reason is None:
                # Refuse new messages from now on, as stop() does: one sent now would only
                # wait for the dying actor (in a shielded wait, for as long as that lasts).
                self._stop_reason = self._kill_reason
        logger.info("actor.killed", path=self.path, detail=detail, by=by)
        if self._scope is not None:
            self._scope.cancel()
        else:
            self._wake()

    def cancel_current(self, reason: str, *, by: str = "") -> bool:
        """Cancel the handler that is running right now; the actor lives on.

        A pending ``ask`` for that message fails with :class:`HandlerCancelled`. The actor then
        takes its next message.

        Args:
            reason: why, given to the asker and the log.
            by: who asked, for the log.

        Returns:
            True if a handler was running and is now cancelled; False if the actor was idle,
            starting, stopping or dead.
        """
        scope = self._scope
        if self._phase != _BUSY or scope is None:
            return False
        if not scope.cancel_called:
            self._cancel_reason = reason
            logger.info(
                "actor.handler_cancelled",
                path=self.path,
                reason=reason,
                by=by,
                message_type=type(_unwrap(self._current)).__name__,
            )
            scope.cancel()
        return True

    def statistics(self) -> MailboxStatistics:
        """Return a snapshot of the mailbox and the handler counters."""
        return MailboxStatistics(
            queued=len(self._buffer) if self._buffer else 0,
            max_size=self._max_size,
            waiting_senders=len(self._senders) if self._senders else 0,
            processed=self._processed,
            failures=self._failures,
            cancelled=self._cancelled,
            dropped=self._dropped,
        )

    async def wait_stopped(self) -> ExitReason:
        """Wait until the actor has ended and return why.

        A top-level supervisor that gave up returns an abnormal reason whose ``error`` is a
        :class:`SupervisorGaveUp`.
        """
        await self._wait_done()
        assert self._exit is not None
        return self._exit

    def __repr__(self) -> str:
        state = _PHASE_NAMES[self._phase]
        if self._exit is not None:
            state = f"dead ({self._exit})"
        elif self._stop_reason is not None:
            state = "stopping"
        return (
            f"<{type(self).__name__} {self.path!r} {type(self._actor).__name__} {state} "
            f"queued={len(self._buffer) if self._buffer else 0}>"
        )

    # -- runtime side --------------------------------------------------------------------------

    def _dead_sentence(self) -> str:
        if self._exit is not None:
            return f"{self.path!r} has stopped ({self._exit}); the message was not delivered."
        return f"{self.path!r} is stopping; the message was not delivered."

    async def _wait_done(self) -> None:
        if self._phase == _DEAD:
            return
        if self._done is None:
            self._done = anyio.Event()
        await self._done.wait()

    def _request_stop(self, reason: ExitReason) -> None:
        """Make the loop end after the current handler (at once when idle)."""
        if self._phase >= _STOPPING or self._stop_reason is not None:
            return
        self._stop_reason = reason
        self._wake()  # queued messages stay queued and are dropped (and counted) in _finalize
        if self._phase == _BUSY:
            try:
                self._actor.on_stop_requested(reason)
            except Exception as exc:
                logger.error("actor.on_stop_requested_failed", path=self.path, error=repr(exc))

    # -- the mailbox ----------------------------------------------------------------------------

    def _wake(self) -> None:
        """Wake the loop if it is parked on an empty mailbox."""
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            waiter.set()

    def _offer(self, item: object) -> bool:
        """Queue ``item`` if there is room (or the loop waits for it); False when full."""
        buffer = self._buffer
        if buffer is None:
            if self._max_size <= 0 and self._waiter is None:
                return False  # a zero-size mailbox takes a message only from a waiting loop
            buffer = self._buffer = deque()
        elif len(buffer) >= self._max_size or self._senders:
            return False  # full, or others wait for room first (first come, first served)
        buffer.append(item)
        self._wake()
        return True

    async def _put(self, item: object) -> None:
        """Queue ``item``, waiting while the mailbox is full. The caller checked it is alive.

        Raises:
            ActorDeadError: the actor stopped before the message found room.
        """
        if self._offer(item):
            return
        if self._phase != _IDLE and self._waits_for_itself():
            raise MailboxFull(
                f"{self.path!r} sent {type(_unwrap(item)).__name__} to its own full mailbox "
                "from its own handler or on_start: it would wait forever for itself to make "
                "room. Give it a larger mailbox_size, or keep the work in the handler."
            )
        sender = _Sender(item)
        senders = self._senders
        if senders is None:
            senders = self._senders = deque()
        senders.append(sender)
        self._wake()  # a zero-size mailbox: the parked loop takes from the senders
        try:
            await sender.event.wait()
        except BaseException:
            if not sender.delivered:
                senders.remove(sender)
                if not senders and self._senders is senders:
                    self._senders = None
            raise
        if not sender.delivered:
            raise ActorDeadError(self._dead_sentence())

    def _take(self) -> object:
        """Pop the oldest message; move the first blocked sender's message into the room."""
        buffer = self._buffer
        assert buffer
        item = buffer.popleft()
        senders = self._senders
        if senders and len(buffer) < self._max_size:
            sender = senders.popleft()
            if not senders:
                self._senders = None
            buffer.append(sender.item)
            sender.delivered = True
            sender.event.set()
        return item

    def _has_mail(self) -> bool:
        """True if a message waits; takes one from a blocked sender for a zero-size mailbox."""
        if self._buffer:
            return True
        senders = self._senders
        if senders:  # only when the bound is 0: otherwise _take refilled the buffer
            sender = senders.popleft()
            if not senders:
                self._senders = None
            self._buffer = deque((sender.item,))
            sender.delivered = True
            sender.event.set()
            return True
        self._buffer = None  # an idle actor holds no deque
        return False

    def _post(self, item: object) -> bool:
        """Queue a runtime message (a child exit, a backoff timer) without waiting.

        Returns:
            False if the actor has ended or its mailbox is full; the message is then dropped.
        """
        if self._phase == _DEAD:
            return False
        return self._offer(item)

    # -- the run loop ---------------------------------------------------------------------------

    async def _run(self, *, task_status: TaskStatus[BaseException | None]) -> None:
        """The actor's task: on_start, the message loop, on_stop, then _finalize.

        The loop runs in this frame rather than in helpers so that an idle actor, parked on its
        mailbox, holds one coroutine frame. kill() cancels ``self._scope`` while something runs
        and wakes the parked loop otherwise; either way it ends without on_stop.
        """
        actor = self._actor
        self._task_id = anyio.get_current_task().id
        # Dropped once "started" is reported: on asyncio it holds a future and the task status.
        status: TaskStatus[BaseException | None] | None = task_status
        del task_status
        reason: ExitReason | None = None
        failure: BaseException | None = None
        ended = False  # the loop and on_stop are over with no exception going on up
        try:
            lifespan = (
                self._killable(actor._actor_lifespan())
                if actor._actor_has_lifespan
                else _NO_LIFESPAN
            )
            async with lifespan:
                failure = await self._guarded(actor.on_start)
                if failure is not None:
                    reason = ExitReason("error", failure, "on_start failed")
                elif self._kill_reason is None:
                    self._phase = _IDLE
                    self._event("started", "")
                    logger.debug("actor.started", path=self.path, actor=type(actor).__name__)
                    assert status is not None
                    status.started(None)
                    status = None
                    while self._stop_reason is None and self._kill_reason is None:
                        if not self._has_mail():
                            waiter = self._waiter = anyio.Event()
                            await waiter.wait()  # idle: no cancel scope, one event, one frame
                            if self._crash is not None:  # an inline handler raised
                                reason = self._crash
                                break
                            continue
                        reason = await self._handle_mail()
                        if reason is not None:
                            break
                    if self._kill_reason is None:
                        reason = reason or self._stop_reason
                        assert reason is not None
                        await self._stop_actor(reason)
            ended = True
        except Exception as exc:
            # The lifespan raised: on entry (a start failure), or on leaving it, typically a
            # task in its task group that failed (which also cancelled the loop, so on_stop
            # did not run). The actor ends with that error, as if a handler raised: an
            # exception out of this task would tear down the task group of the supervisor
            # (or system) that owns it. An on_start failure, already the reason, stays it.
            if failure is None:
                failure = exc
                reason = ExitReason("error", exc, "its lifespan failed")
            ended = True
        except BaseException as exc:
            # KeyboardInterrupt (which trio raises in whatever task runs), SystemExit, or a
            # BaseException of the user's: not the actor's to handle, so it goes on up to
            # whoever runs the system. The exit reason says what it was, not "cancelled".
            fatal = _not_cancelled(exc)
            if fatal is not None:
                failure = fatal
                reason = ExitReason("error", fatal, _fatal_detail(fatal))
            raise
        finally:
            started = self._phase > _STARTING
            try:
                helpers = self._system._helpers.get(self) if self._system._helpers else None
                if helpers:  # started with ActorContext.spawn: they end before this exit shows
                    await self._end_helpers(helpers, graceful=ended)
            finally:
                if self._system._helpers:
                    self._system._helpers.pop(self, None)
                kill = self._kill_reason
                if kill is not None and reason is not None and failure is None:
                    reason = ExitReason(
                        "killed",
                        reason.error,
                        f"{kill.detail} (while stopping after {reason.kind})",
                    )
                elif reason is None:
                    reason = kill or ExitReason("killed", detail="cancelled")
                self._finalize(reason, started)
        if not started:
            if failure is None:
                failure = ActorDeadError(f"{self.path!r} was stopped while starting ({reason}).")
            assert status is not None
            status.started(failure)

    async def _end_helpers(self, helpers: list[ActorRef[Any]], *, graceful: bool) -> None:
        """End the helpers this actor started with ``ActorContext.spawn``, newest first,
        before its own exit is reported (so a restart finds their names free).

        An actor that ends by itself or is stopped stops them gracefully, each within
        :data:`HELPER_SHUTDOWN` seconds, after its own ``on_stop``; this counts against its
        own stop's timeout, and a kill meanwhile (that timeout running out) kills the rest.
        A killed (or cancelled) actor kills them: ``on_stop`` is skipped, as its own was.
        """
        try:
            if graceful and self._kill_reason is None:
                with CancelScope() as self._scope:  # kill() cancels it
                    try:
                        while helpers:
                            helper = helpers[-1]
                            await helper.stop(timeout=HELPER_SHUTDOWN)
                            if helpers and helpers[-1] is helper:  # ended, but still listed
                                helpers.pop()
                    finally:
                        self._scope = None
        finally:
            # Killed, or cancelled from outside (its task group's end) while stopping them.
            with CancelScope(shield=True):
                detail = f"its spawner {self.path!r} ended"
                while helpers:
                    for helper in reversed(helpers):
                        self._system._ended_by_spawner.add(helper)
                        helper.kill(detail, by=self.path)
                    helper = helpers[-1]
                    await helper._wait_done()
                    if helpers and helpers[-1] is helper:
                        helpers.pop()

    @contextlib.asynccontextmanager
    async def _killable(self, lifespan: AbstractAsyncContextManager[None]) -> AsyncIterator[None]:
        """``lifespan``, left in a cancel scope that kill() cancels.

        Leaving a lifespan may wait (its task group waits for its tasks), and nothing else
        would interrupt that wait: a shutdown timeout or ``brutal_kill`` would then wait
        forever for an actor that never ends. While it is being left the scope is
        ``self._scope``, so kill() cancels it; after a kill it is cancelled at once, and so it
        is when the actor never started (``on_start`` failed): nobody holds its ref to stop
        it, and whoever starts it waits for the start's outcome until the lifespan is left.
        """
        scope = CancelScope()
        try:
            with scope:
                async with lifespan:
                    try:
                        yield
                    finally:
                        self._scope = scope
                        if self._kill_reason is not None or self._phase == _STARTING:
                            scope.cancel()
        finally:
            self._scope = None

    async def _guarded(self, on_start: Callable[[], Any]) -> BaseException | None:
        """Run on_start in its own cancel scope; return what it raised."""
        with CancelScope() as self._scope:
            try:
                await on_start()
            except Exception as exc:
                return exc
            finally:
                self._scope = None
        return None

    async def _handle_mail(self) -> ExitReason | None:
        """Handle queued messages until the mailbox is empty or the actor must stop.

        One cancel scope covers the run (``cancel_current`` and ``kill`` cancel it). Returns the
        exit reason when a handler raised, else None.
        """
        actor = self._actor
        scope = self._scope = CancelScope()
        try:
            with scope:
                while True:
                    item = self._take()
                    self._phase = _BUSY
                    self._current = item
                    if type(item) is _Ask:
                        try:
                            value = await actor.receive(item.message)
                        except Exception as exc:
                            self._failures += 1
                            item.fail(exc)
                            return ExitReason("error", exc, "raised while answering an ask")
                        self._processed += 1
                        if not item.deferred and not item.resolve(value):
                            try:
                                await actor.on_unclaimed(item.message, value)
                            except Exception as exc:
                                self._failures += 1
                                return ExitReason("error", exc, "raised in on_unclaimed")
                    elif type(item) is _Unclaimed:
                        try:
                            await actor.on_unclaimed(item.message, item.value)
                        except Exception as exc:
                            self._failures += 1
                            return ExitReason("error", exc, "raised in on_unclaimed")
                    else:
                        try:
                            await actor.receive(item)
                        except Exception as exc:
                            self._failures += 1
                            return ExitReason("error", exc, "raised while handling a message")
                        self._processed += 1
                    self._current = None
                    self._phase = _IDLE
                    if self._stop_reason is not None:
                        return None
                    if actor._actor_inline and not self._buffer:
                        # Park at once: the asker woken by this answer usually asks again, and
                        # a parked actor can answer that ask in the asker's task.
                        return None
                    # Let others run before the next message, as a stream receive would. A
                    # sender (or an asker woken by the answer) usually refills the mailbox
                    # meanwhile, which saves parking and a new cancel scope per message.
                    await checkpoint()
                    if (
                        not self._buffer
                        or self._stop_reason is not None
                        or self._kill_reason is not None
                    ):
                        return None
            return None  # the scope was cancelled: cancel_current() or kill()
        finally:
            self._scope = None
            self._phase = _IDLE
            item = self._current
            self._current = None
            if item is not None and self._kill_reason is None and scope.cancel_called:
                # cancel_current() cut the handler short; the actor lives on.
                self._cancelled += 1
                if type(item) is _Ask and not item.deferred:
                    item.fail(
                        HandlerCancelled(
                            f"{self.path!r} was cancelled while answering "
                            f"{type(item.message).__name__}: {self._cancel_reason}",
                            reason=self._cancel_reason,
                        )
                    )

    async def _stop_actor(self, reason: ExitReason) -> None:
        """on_stop (and a supervisor's child shutdown), in a scope kill() can cancel."""
        self._phase = _STOPPING
        actor = self._actor
        with CancelScope() as self._scope:
            try:
                await actor._actor_before_stop(reason)
                try:
                    await actor.on_stop(reason)
                except Exception as exc:
                    logger.warning("actor.on_stop_failed", path=self.path, error=repr(exc))
            finally:
                self._scope = None

    def _finalize(self, reason: ExitReason, started: bool) -> None:
        """Synchronous teardown: runs even when the task is being cancelled."""
        self._phase = _DEAD
        self._exit = reason
        self._waiter = None
        if self._buffer:
            self._dropped += len(self._buffer)
        self._buffer = None
        senders, self._senders = self._senders, None
        if senders:
            for sender in senders:  # each raises ActorDeadError: delivered is False
                sender.event.set()
        if self._asks:
            for slot in self._asks:
                slot.fail(ActorDeadError(self._dead_sentence()))
            self._asks.clear()
        if self._done is not None:
            self._done.set()
        requested = reason.kind == "shutdown"
        kind = "stopped" if requested else "exited"
        self._event(kind, str(reason), reason)
        log = logger.warning if reason.abnormal else logger.debug
        log(f"actor.{kind}", path=self.path, reason=str(reason), kind=reason.kind)
        if started and self._on_exit is not None:
            self._on_exit(self, reason)

    def _event(self, kind: Any, reason: str, exit_reason: ExitReason | None = None) -> None:
        ctx = getattr(self._actor, "context", None)
        count = ctx.restart_count if ctx is not None else 0
        self._system.events.publish(
            LifecycleEvent(kind, self.path, self.name, time.monotonic(), reason, count, exit_reason)
        )


def _not_cancelled(exc: BaseException) -> BaseException | None:
    """What in ``exc`` is not the backend's cancellation: None if nothing, the exception
    itself when it is alone (a task group's exception groups, nested, unwrapped), else the
    group of what is left."""
    cancelled = anyio.get_cancelled_exc_class()
    if not isinstance(exc, BaseExceptionGroup):
        return None if isinstance(exc, cancelled) else exc
    rest: BaseExceptionGroup[BaseException] | None = exc.split(cancelled)[1]
    while rest is not None and len(rest.exceptions) == 1:
        inner: BaseException = rest.exceptions[0]
        if not isinstance(inner, BaseExceptionGroup):
            return inner
        rest = inner
    return rest


def _fatal_detail(fatal: BaseException) -> str:
    return (
        f"raised {type(fatal).__name__}, which is not an Exception: it goes on up to the "
        "actor system's owner"
    )


def _check_timeout(timeout: float) -> None:
    if timeout != timeout:  # NaN: anyio's own error would not say which argument
        raise ValueError(
            f"timeout must be a number of seconds (or None to wait for good), not {timeout}."
        )


def _unwrap(item: object) -> object:
    return item.message if type(item) is _Ask else item


async def _start_actor(
    tg: TaskGroup,
    system: ActorSystem,
    actor: Actor,
    *,
    name: str,
    path: str,
    mailbox_size: float,
    on_exit: ExitCallback | None,
    restart_count: int = 0,
    parent: ActorRef[Any] | None = None,
) -> ActorRef[Any]:
    """Start ``actor`` as a task in ``tg``; return once ``on_start`` has finished.

    Raises:
        StartError: ``on_start`` raised (the cause is chained), the actor was killed first, or
            ``actor`` is not an :class:`Actor` (a factory that returned something else).
    """
    from ._actor import Actor, ActorContext

    if not isinstance(actor, Actor):
        raise StartError(
            f"{path!r} failed to start: its factory returned {type(actor).__name__}, not an "
            "Actor; pass the actor class, or a function that returns a new instance.",
            path=path,
        )
    if actor._actor_unbounded_mailbox:
        mailbox_size = math.inf
    elif mailbox_size < 0:
        raise ValueError(f"mailbox_size must be 0 or more, not {mailbox_size}.")
    ref = actor._actor_ref_class(
        _TOKEN, system, actor, name=name, path=path, mailbox_size=mailbox_size, on_exit=on_exit
    )
    actor.ref = ref
    actor.context = ActorContext(
        _TOKEN, system, ref, path=path, restart_count=restart_count, parent=parent
    )
    failure: BaseException | None = await tg.start(ref._run)
    if failure is not None:
        if isinstance(failure, StartError):
            message = f"{path!r} failed to start because {failure}"
        else:
            message = f"{path!r} failed to start: {type(failure).__name__}: {failure}"
        raise StartError(message, path=getattr(failure, "path", path)) from failure
    return ref
