"""ActorSystem: the async context manager that owns the root task group."""

from __future__ import annotations

import enum
from asyncio import current_task as _current_task  # for _native_task_id only
from asyncio import get_running_loop as _get_running_loop  # for _AsyncioEvent only
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import anyio
import structlog
from anyio import CancelScope

from ._deadlines import Deadlines
from ._events import EventBus, ExitReason
from ._exceptions import ActorDeadError, AlreadyStarted
from ._ref import _DEAD, INLINE_STREAK, ActorRef, _not_cancelled, _start_actor

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from anyio.abc import TaskGroup

    from ._actor import Actor
    from ._supervisor import Supervisor, SupervisorRef

A = TypeVar("A", bound="Actor")

logger = structlog.get_logger("actors")


class _State(enum.Enum):
    UNOPENED = "unopened"
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


class ActorSystem:
    """Owns every actor's task; leaving the ``async with`` block stops them all.

    Top-level actors and supervisors are stopped in reverse start order, then cancelled if
    they have not stopped in time: an actor gets ``shutdown_timeout`` seconds; a supervisor,
    as in OTP, as long as its children's shutdowns take (each ``ChildSpec.shutdown``, a child
    supervisor's being its own children's), plus ``shutdown_timeout`` seconds for its own
    ``on_stop``; so only a worker with ``shutdown="infinity"`` can make it wait for good. One
    still starting when the block ends is given ``shutdown_timeout`` seconds to finish
    starting, then stopped the same way. A
    helper started with ``ActorContext.spawn`` is stopped by its spawner, after the spawner's
    ``on_stop``. No task outlives the block. An actor that
    fails at the top level is not restarted and does not crash the block: its exit is recorded in
    :attr:`failures` and returned by its ref's ``wait_stopped()``.

    Example::

        async with ActorSystem() as system:
            ref = await system.spawn(Counter, name="counter")
            assert await ref.ask(2) == 2

    Attributes:
        events: lifecycle events of every actor in this system.
        failures: ``(ref, reason)`` of each top-level actor that ended abnormally, including a
            top-level supervisor that gave up.
    """

    def __init__(self, *, name: str = "system", shutdown_timeout: float = 5.0) -> None:
        self.name = name
        self.shutdown_timeout = shutdown_timeout
        self.events = EventBus()
        self.failures: list[tuple[ActorRef[Any], ExitReason]] = []
        self._top: list[ActorRef[Any]] = []
        # Paths being started (set when their start ends): a second spawn of the same path
        # waits for the first's outcome instead of starting a namesake alongside it.
        self._starting: dict[str, anyio.Event] = {}
        # Helpers started with ActorContext.spawn, linked to their spawner: each spawner's
        # running helpers in spawn order, and each helper's spawner. A spawner ends its
        # helpers before its own exit is reported (ActorRef._end_helpers).
        self._helpers: dict[ActorRef[Any], list[ActorRef[Any]]] = {}
        self._spawners: dict[ActorRef[Any], ActorRef[Any]] = {}
        # Helpers being killed because their spawner was: not failures of their own.
        self._ended_by_spawner: set[ActorRef[Any]] = set()
        self._tg: TaskGroup | None = None
        self._state = _State.UNOPENED
        self._deadlines: Deadlines | None = None  # ask timeouts, started on the first one
        # The running backend's own cancel scope class, found once on entry (cancel_scope()).
        self._scope_class: Callable[..., CancelScope] = anyio.CancelScope
        # The running backend's own event class, found once on entry (event()).
        self._event_class: Callable[[], anyio.Event] = anyio.Event
        # The id of the running task (anyio's TaskInfo.id), read the backend's own way, found
        # once on entry: an ask to a busy actor checks it is not the actor asking itself.
        self._current_task_id: Callable[[], int] = _anyio_task_id
        # Asks that may still be answered inline before one goes through a mailbox.
        self._inline_left = INLINE_STREAK - 1

    async def __aenter__(self) -> Self:
        if self._state is not _State.UNOPENED:
            raise RuntimeError(
                f"ActorSystem {self.name!r} is {self._state.value}; an actor system can be "
                "entered once. Create a new ActorSystem."
            )
        self._scope_class = _native_cancel_scope()
        self._event_class = _native_event()
        self._current_task_id = _native_task_id()
        tg = anyio.create_task_group()
        await tg.__aenter__()
        self._tg = tg
        self._state = _State.OPEN
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._tg is not None
        self._state = _State.CLOSING
        try:
            with anyio.CancelScope(shield=True):
                await self._stop_all()
        finally:
            self._tg.cancel_scope.cancel()
        try:
            # Actor tasks raise no Exception (failures become exit reasons), so the body's
            # own exception, if any, propagates unwrapped from here.
            await self._tg.__aexit__(None, None, None)
        except BaseExceptionGroup as group:
            # One did raise a BaseException (KeyboardInterrupt, SystemExit, ...): raise it as
            # itself, not wrapped in a group per task group it crossed, which an `except
            # KeyboardInterrupt:` around the system would miss.
            fatal = _not_cancelled(group)
            if fatal is None or isinstance(fatal, BaseExceptionGroup):
                raise
            raise fatal from None
        finally:
            self._state = _State.CLOSED
            self.events.close()
        return None

    async def _stop_all(self) -> None:
        while True:
            # A helper whose spawner runs is left to it: the spawner stops it after its own
            # on_stop, which may still use it. What is left after that is stopped anyway.
            for ref in reversed(list(self._top)):
                spawner = self._spawners.get(ref)
                if spawner is None or spawner._phase == _DEAD:
                    await ref.stop(timeout=ref._shutdown_time(self.shutdown_timeout))
            for ref in reversed(list(self._top)):
                await ref.stop(timeout=ref._shutdown_time(self.shutdown_timeout))
            # Spawns still in on_start (made by tasks outside the system, or before the
            # block ended): let them finish starting, within the shutdown timeout, then stop
            # them as the others. Cancelled instead, they would end with their on_start run
            # and their on_stop not. No new spawn begins now (the system is closing).
            starting = list(self._starting.values())
            if not starting:
                break
            with anyio.move_on_after(self.shutdown_timeout) as waited:
                for done in starting:
                    await done.wait()
            if waited.cancelled_caught:
                break  # left to the task group's cancellation
        logger.debug("actor_system.stopped", system=self.name)

    def cancel_scope(self, *, shield: bool = False) -> CancelScope:
        """A cancel scope that behaves as ``anyio.CancelScope(shield=shield)``, made cheaper.

        ``anyio.CancelScope()`` looks the running backend up each time it is made; this one
        was looked up when the system was entered. On trio it is trio's own scope (anyio wraps
        it otherwise), with the same ``cancel()``, ``cancel_called``, ``cancelled_caught``
        and ``shield``. For scopes on a hot path (every ask answered inline enters one).
        Use it only in tasks of the backend the system runs on.
        """
        return self._scope_class(shield=shield)

    def event(self) -> anyio.Event:
        """An event that behaves as ``anyio.Event()``, made cheaper.

        ``anyio.Event()`` looks the running backend up each time it is made; this one was
        looked up when the system was entered: trio's own event on trio, on asyncio one with
        ``asyncio.Event``'s behaviour on bare futures; the same ``set()``, ``is_set()`` and
        ``wait()``, for a fresh event that is waited on before it is set. For events on a hot path (a worker task parked between calls).
        Use it only in tasks of the backend the system runs on.
        """
        return self._event_class()

    def _ask_deadlines(self) -> Deadlines | None:
        """The task keeping long ask timeouts (started on first use), or None when it cannot
        run: before the system opens, and once its tasks are being cancelled."""
        tg = self._tg
        if tg is None or tg.cancel_scope.cancel_called or self._state is _State.CLOSED:
            return None
        deadlines = self._deadlines
        if deadlines is None:
            if self._state is not _State.OPEN:
                return None
            deadlines = self._deadlines = Deadlines()
            tg.start_soon(deadlines.run, name=f"{self.name}.ask-deadlines")
        return deadlines

    def _check_open(self) -> TaskGroup:
        if self._state is not _State.OPEN or self._tg is None:
            raise RuntimeError(
                f"ActorSystem {self.name!r} is {self._state.value}; spawn actors inside its "
                "'async with' block."
            )
        return self._tg

    async def spawn(
        self, factory: Callable[[], A], *, name: str, mailbox_size: int = 64
    ) -> ActorRef[A]:
        """Start a top-level, unsupervised actor; return once its ``on_start`` has finished.

        Args:
            factory: makes the actor instance (a class works).
            name: unique among running top-level actors; also its path.
            mailbox_size: the mailbox bound (``tell`` waits while it is full).

        Raises:
            StartError: ``on_start`` raised (chained as the cause).
            AlreadyStarted: a top-level actor with this name is running. One that is still
                starting is waited for first: if its start fails, this one goes ahead.
            RuntimeError: the system is not open.
        """
        return await self._spawn_at(factory, name=name, path=name, mailbox_size=mailbox_size)

    async def start_supervisor(self, supervisor: Supervisor, *, name: str) -> SupervisorRef:
        """Start a top-level supervisor; return once all its children are ready.

        If it later gives up (restart intensity exceeded), it stops its children and ends with
        an abnormal reason: ``await ref.wait_stopped()`` returns it and it is appended to
        :attr:`failures`. The system itself keeps running.

        Raises:
            StartError: a child failed to start (the error names it; the started ones were
                stopped in reverse order).
        """
        ref = await self._spawn_at(lambda: supervisor, name=name, path=name, mailbox_size=0)
        return cast("SupervisorRef", ref)

    async def _spawn_at(
        self,
        factory: Callable[[], A],
        *,
        name: str,
        path: str,
        mailbox_size: float,
        spawner: ActorRef[Any] | None = None,
    ) -> ActorRef[A]:
        while True:
            tg = self._check_open()
            if spawner is not None and spawner._phase == _DEAD:
                raise ActorDeadError(
                    f"{spawner.path!r} has stopped ({spawner.exit_reason}), so it cannot spawn "
                    f"{name!r}: a helper ends with its spawner."
                )
            for ref in self._top:
                if ref.path == path:
                    raise AlreadyStarted(
                        f"A top-level actor named {path!r} is already running; pick another name.",
                        ref=ref,
                    )
            starting = self._starting.get(path)
            if starting is None:
                break
            await starting.wait()
        done = self._starting[path] = anyio.Event()
        try:
            actor = factory()
            ref = await _start_actor(
                tg,
                self,
                actor,
                name=name,
                path=path,
                mailbox_size=mailbox_size,
                on_exit=self._top_exited,
            )
            if ref.exit_reason is None:  # it may already have ended on its own
                self._top.append(ref)
                if spawner is not None:
                    self._link(spawner, ref)
        finally:
            del self._starting[path]
            done.set()
        if spawner is not None and spawner._phase == _DEAD:
            # The spawner ended while its helper started (it ends the helpers it has, and
            # this one was not yet among them): the helper goes with it.
            await ref.stop(timeout=self.shutdown_timeout)
            raise ActorDeadError(
                f"{spawner.path!r} stopped ({spawner.exit_reason}) while {path!r} started, so "
                "the helper was stopped too: a helper ends with its spawner."
            )
        return cast("ActorRef[A]", ref)

    def _link(self, spawner: ActorRef[Any], helper: ActorRef[Any]) -> None:
        if spawner._phase == _DEAD:
            return  # checked by the caller once the start is over
        helpers = self._helpers.get(spawner)
        if helpers is None:
            helpers = self._helpers[spawner] = []
        helpers.append(helper)
        self._spawners[helper] = spawner

    def _top_exited(self, ref: ActorRef[Any], reason: ExitReason) -> None:
        try:
            self._top.remove(ref)
        except ValueError:
            pass
        spawner = self._spawners.pop(ref, None)
        if spawner is not None:
            helpers = self._helpers.get(spawner)
            if helpers is not None and ref in helpers:
                helpers.remove(ref)
        if ref in self._ended_by_spawner:
            self._ended_by_spawner.discard(ref)
            return  # killed because its spawner was: the spawner's exit says why
        if reason.abnormal:
            self.failures.append((ref, reason))
            logger.warning("actor_system.top_level_failed", path=ref.path, reason=str(reason))

    def actors(self) -> list[ActorRef[Any]]:
        """Return the running top-level actors and supervisors, in start order."""
        return list(self._top)

    def __repr__(self) -> str:
        return (
            f"<ActorSystem {self.name!r} {self._state.value} top_level={len(self._top)} "
            f"failures={len(self.failures)}>"
        )


class _AsyncioEvent:
    """``asyncio.Event``'s ``set``, ``is_set`` and ``wait``, on bare futures (one per waiter,
    as asyncio's): without its loop check and waiter deque, for an event made and waited on
    once per governed call (asyncio-only: made by :func:`_native_event` on asyncio)."""

    __slots__ = ("_set", "_waiters")

    def __init__(self) -> None:
        self._set = False
        self._waiters: list[Any] | None = None

    def is_set(self) -> bool:
        return self._set

    def set(self) -> None:
        if self._set:
            return
        self._set = True
        if self._waiters:
            for future in self._waiters:
                if not future.done():
                    future.set_result(None)

    async def wait(self) -> None:
        if self._set:
            return
        future = _get_running_loop().create_future()
        waiters = self._waiters
        if waiters is None:
            waiters = self._waiters = []
        waiters.append(future)
        try:
            await future
        finally:
            waiters.remove(future)


def _anyio_task_id() -> int:
    return anyio.get_current_task().id


def _asyncio_task_id() -> int:
    return id(_current_task())


def _native_task_id() -> Callable[[], int]:
    """How to read the running task's id (``anyio.get_current_task().id``, which is the id of
    the backend's task object) without anyio building a TaskInfo each time: a tenth of the
    cost. Any other backend gets anyio's way: never wrong."""
    module = type(anyio.Event()).__module__
    if module == "anyio._backends._asyncio":
        return _asyncio_task_id
    if module == "anyio._backends._trio":
        import trio

        current = trio.lowlevel.current_task
        return lambda: id(current())
    return _anyio_task_id


def _native_event() -> Callable[[], anyio.Event]:
    """The running backend's own event class, as ``_native_cancel_scope`` finds its scope:
    asyncio's on asyncio, trio's on trio (anyio's wraps either, and finds the backend on
    every event made). Any other backend gets anyio's class: never wrong."""
    module = type(anyio.Event()).__module__
    if module == "anyio._backends._asyncio":
        return cast("Callable[[], anyio.Event]", _AsyncioEvent)
    if module == "anyio._backends._trio":
        import trio

        return cast("Callable[[], anyio.Event]", trio.Event)
    return anyio.Event


def _native_cancel_scope() -> Callable[..., CancelScope]:
    """The running backend's cancel scope class: anyio's own on asyncio, trio's own on trio
    (anyio's trio scope wraps it and costs about 40% more to enter and leave). Any other
    backend, or a future anyio that moves its modules, gets anyio's class: never wrong."""
    scope_class = type(anyio.CancelScope())
    if scope_class.__module__ == "anyio._backends._trio":
        import trio

        return cast("Callable[..., CancelScope]", trio.CancelScope)
    return scope_class
