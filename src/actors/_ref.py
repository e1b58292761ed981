"""ActorRef: the handle to a running actor, and the actor's own run loop.

One ``ActorRef`` exists per actor incarnation (a restarted child gets a new ref, as a restarted
Erlang process gets a new pid). The ref owns the mailbox (a bounded anyio memory object stream) and
runs the loop that hands messages to the actor one at a time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

import anyio
import structlog
from anyio import (
    BrokenResourceError,
    CancelScope,
    ClosedResourceError,
    EndOfStream,
    WouldBlock,
)

from ._events import ExitReason, LifecycleEvent
from ._exceptions import (
    ActorDeadError,
    AskTimeout,
    HandlerCancelled,
    MailboxFull,
    StartError,
)

if TYPE_CHECKING:
    from anyio.abc import TaskGroup, TaskStatus
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

    from ._actor import Actor
    from ._system import ActorSystem

A = TypeVar("A", bound="Actor", covariant=True)

logger = structlog.get_logger("actors")

_TOKEN: Final = object()

# Phases of one incarnation. Only ever move forward.
_STARTING: Final = 0  # on_start running; messages are queued
_IDLE: Final = 1  # waiting in the mailbox
_BUSY: Final = 2  # a handler is running
_STOPPING: Final = 3  # loop left; on_stop running
_DEAD: Final = 4

_PHASE_NAMES: Final = ("starting", "idle", "busy", "stopping", "dead")

ExitCallback = Callable[["ActorRef[Any]", ExitReason], None]


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
    """The reply slot an ``ask`` puts in the mailbox instead of a whole reply stream."""

    __slots__ = ("done", "error", "event", "message", "value")

    def __init__(self, message: object) -> None:
        self.message = message
        self.event = anyio.Event()
        self.done = False
        self.value: Any = None
        self.error: BaseException | None = None

    def resolve(self, value: object) -> None:
        if not self.done:
            self.done = True
            self.value = value
            self.event.set()

    def fail(self, error: BaseException) -> None:
        if not self.done:
            self.done = True
            self.error = error
            self.event.set()


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
        "_cancel_reason",
        "_cancelled",
        "_current",
        "_done",
        "_dropped",
        "_exit",
        "_failures",
        "_kill_reason",
        "_on_exit",
        "_phase",
        "_processed",
        "_recv",
        "_scope",
        "_send",
        "_stop_reason",
        "_system",
        "_task_id",
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
        # Not subscripted: calling a generic alias pins an __orig_class__ on each stream.
        streams: tuple[MemoryObjectSendStream[object], MemoryObjectReceiveStream[object]] = (
            anyio.create_memory_object_stream(max_buffer_size=mailbox_size)
        )
        self._send, self._recv = streams
        self._on_exit = on_exit
        self._phase = _STARTING
        self._asks: set[_Ask] | None = None  # made on the first ask: idle actors stay small
        self._current: object = None
        # The one cancel scope guarding the current phase (on_start, the loop, on_stop).
        self._scope: CancelScope | None = None
        self._stop_reason: ExitReason | None = None
        self._kill_reason: ExitReason | None = None
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
        """
        if self._phase >= _STOPPING or self._stop_reason is not None:
            raise ActorDeadError(self._dead_sentence())
        try:
            await self._send.send(message)
        except (BrokenResourceError, ClosedResourceError):
            raise ActorDeadError(self._dead_sentence()) from None

    def tell_nowait(self, message: object) -> None:
        """Put ``message`` in the mailbox without waiting.

        Raises:
            MailboxFull: the mailbox is full; use ``await tell()`` to wait for room.
            ActorDeadError: the actor has stopped or is stopping.
        """
        if self._phase >= _STOPPING or self._stop_reason is not None:
            raise ActorDeadError(self._dead_sentence())
        try:
            self._send.send_nowait(message)
        except WouldBlock:
            raise MailboxFull(
                f"The mailbox of {self.path!r} is full ({self._send.statistics().max_buffer_size} "
                "messages); await tell() to wait for room, or give it a larger mailbox_size."
            ) from None
        except (BrokenResourceError, ClosedResourceError):
            raise ActorDeadError(self._dead_sentence()) from None

    async def ask(self, message: object, *, timeout: float | None = None) -> Any:  # noqa: ASYNC109
        """Send ``message`` and wait for the value ``receive`` returns for it.

        Args:
            message: anything the actor's ``receive`` understands.
            timeout: seconds to wait for room in the mailbox and for the answer; None waits
                until the actor answers or stops.

        Raises:
            AskTimeout: no answer within ``timeout``.
            ActorDeadError: the actor stopped (or was stopping) before it answered.
            HandlerCancelled: the handler was cut short by ``cancel_current``.
            Exception: whatever the handler raised (that exception also ended the actor).
        """
        if self._phase >= _STOPPING or self._stop_reason is not None:
            raise ActorDeadError(self._dead_sentence())
        slot = _Ask(message)
        asks = self._asks
        if asks is None:
            asks = self._asks = set()
        asks.add(slot)
        try:
            if timeout is None:
                await self._send.send(slot)
                await slot.event.wait()
            else:
                with anyio.move_on_after(timeout):
                    await self._send.send(slot)
                    await slot.event.wait()
                if not slot.done:
                    raise AskTimeout(
                        f"{self.path!r} did not answer {type(message).__name__} within "
                        f"{timeout} s; raise the timeout or check what the actor is waiting for."
                    )
        except (BrokenResourceError, ClosedResourceError):
            raise ActorDeadError(self._dead_sentence()) from None
        finally:
            asks.discard(slot)
        if slot.error is not None:
            raise slot.error
        return slot.value

    async def stop(self, *, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Ask the actor to stop after its current handler, and wait until it has.

        Queued messages are dropped (pending asks fail with :class:`ActorDeadError`). If it has
        not stopped within ``timeout`` seconds it is cancelled (exit kind ``killed``). Idempotent;
        called from the actor's own handler it only requests the stop.
        """
        if self._phase == _DEAD:
            return
        self._request_stop(ExitReason("shutdown", detail="stop requested"))
        if self._task_id is not None and anyio.get_current_task().id == self._task_id:
            return
        with anyio.move_on_after(timeout):
            await self._wait_done()
        if self._phase != _DEAD:
            self.kill(f"did not stop within {timeout} s")
            with CancelScope(shield=True):
                await self._wait_done()

    def kill(self, detail: str, *, by: str = "") -> None:
        """End the actor now: cancel whatever it is doing; ``on_stop`` is not called.

        The exit is abnormal (kind ``killed``), so a supervisor restarts a permanent or transient
        child with a fresh instance, counted against its restart intensity. No-op once dead.

        Args:
            detail: why, recorded in the exit reason and the log.
            by: who asked, for the log.
        """
        if self._phase == _DEAD:
            return
        if self._kill_reason is None:
            self._kill_reason = ExitReason("killed", detail=detail)
        logger.info("actor.killed", path=self.path, detail=detail, by=by)
        if self._scope is not None:
            self._scope.cancel()

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
        s = self._send.statistics()
        return MailboxStatistics(
            queued=s.current_buffer_used,
            max_size=s.max_buffer_size,
            waiting_senders=s.tasks_waiting_send,
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
            f"queued={self._send.statistics().current_buffer_used}>"
        )

    # -- runtime side --------------------------------------------------------------------------

    def _dead_sentence(self) -> str:
        if self._exit is not None:
            return f"{self.path!r} has stopped ({self._exit}); the message was not delivered."
        return f"{self.path!r} is stopping; the message was not delivered."

    def _stopping(self) -> bool:
        return self._stop_reason is not None

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
        if self._phase == _IDLE and self._scope is not None:
            # Wakes the loop out of its mailbox wait; a message handed over in that instant is
            # dropped, and an ask for it fails in _finalize because it is still in self._asks.
            self._scope.cancel()

    async def _run(self, *, task_status: TaskStatus[BaseException | None]) -> None:
        actor = self._actor
        self._task_id = anyio.get_current_task().id
        reason: ExitReason | None = None
        failure: BaseException | None = None
        try:
            if actor._actor_has_lifespan:
                async with actor._actor_lifespan():
                    reason, failure = await self._body(task_status)
            else:
                reason, failure = await self._body(task_status)
        finally:
            kill = self._kill_reason
            if kill is not None and reason is not None and failure is None:
                reason = ExitReason(
                    "killed", reason.error, f"{kill.detail} (while stopping after {reason.kind})"
                )
            elif reason is None:
                reason = kill or ExitReason("killed", detail="cancelled")
            started = self._phase > _STARTING
            self._finalize(reason, started)
        if not started:
            if failure is None:
                failure = ActorDeadError(f"{self.path!r} was stopped while starting ({reason}).")
            task_status.started(failure)

    async def _body(
        self, task_status: TaskStatus[BaseException | None]
    ) -> tuple[ExitReason | None, BaseException | None]:
        """on_start, the loop, on_stop. Returns (None, None) when killed.

        Only one cancel scope exists at a time (``self._scope``): kill() cancels it, whichever
        phase it guards. An idle actor so holds one scope, which keeps actors small.
        """
        actor = self._actor
        scope = self._scope = CancelScope()
        with scope:
            try:
                await actor.on_start()
            except Exception as exc:
                return ExitReason("error", exc, "on_start failed"), exc
        if self._kill_reason is not None:
            return None, None
        self._phase = _IDLE
        self._event("started", "")
        logger.debug("actor.started", path=self.path, actor=type(actor).__name__)
        task_status.started(None)
        reason = await self._loop()
        if reason is None:
            return None, None
        self._phase = _STOPPING
        scope = self._scope = CancelScope()
        with scope:
            await actor._actor_before_stop(reason)
            try:
                await actor.on_stop(reason)
            except Exception as exc:
                logger.warning("actor.on_stop_failed", path=self.path, error=repr(exc))
        return reason, None

    async def _loop(self) -> ExitReason | None:
        actor = self._actor
        receive = self._recv.receive
        while True:
            scope = self._scope = CancelScope()
            with scope:
                while self._stop_reason is None:
                    self._phase = _IDLE
                    item = await receive()
                    if self._stopping():  # asked to stop while we waited
                        self._dropped += 1
                        break
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
                        item.resolve(value)
                    else:
                        try:
                            await actor.receive(item)
                        except Exception as exc:
                            self._failures += 1
                            return ExitReason("error", exc, "raised while handling a message")
                        self._processed += 1
                    self._current = None
            if self._kill_reason is not None:
                return None
            if self._stop_reason is not None:
                return self._stop_reason
            # cancel_current() cut the handler short; the actor lives on.
            item = self._current
            self._current = None
            self._cancelled += 1
            if type(item) is _Ask:
                item.fail(
                    HandlerCancelled(
                        f"{self.path!r} was cancelled while answering "
                        f"{type(item.message).__name__}: {self._cancel_reason}",
                        reason=self._cancel_reason,
                    )
                )

    def _finalize(self, reason: ExitReason, started: bool) -> None:
        """Synchronous teardown: runs even when the task is being cancelled."""
        self._phase = _DEAD
        self._exit = reason
        recv = self._recv
        try:
            while True:
                recv.receive_nowait()
                self._dropped += 1
        except (WouldBlock, EndOfStream, ClosedResourceError):
            pass
        recv.close()
        self._send.close()
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
        StartError: ``on_start`` raised (the cause is chained) or the actor was killed first.
    """
    from ._actor import ActorContext

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
