"""Supervisor: OTP supervision semantics on anyio.

A supervisor is an actor whose children are actors (or supervisors, so trees nest). It starts them
in spec order and, when one exits, applies its strategy and the child's restart type; too many
restarts in a window make it stop everything and fail to its own parent.

Everything a supervisor does to its children happens in its own task, one message at a time: child
exits arrive as messages, and the administrative calls on :class:`SupervisorRef` are asks.
"""

from __future__ import annotations

import contextlib
import math
import random
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, cast

import anyio
import structlog
from anyio import CancelScope

from ._actor import Actor
from ._events import ExitReason, LifecycleEvent
from ._exceptions import (
    ActorError,
    AlreadyPresent,
    AlreadyStarted,
    ChildNotFound,
    ChildRunning,
    StartError,
    SupervisorGaveUp,
    UnsupportedOperation,
)
from ._ref import _DEAD, ActorRef, _start_actor

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Sequence

    from anyio.abc import TaskGroup

logger = structlog.get_logger("actors")

Strategy = Literal["one_for_one", "one_for_all", "rest_for_one", "simple_one_for_one"]
RestartType = Literal["permanent", "transient", "temporary"]
AutoShutdown = Literal["never", "any_significant", "all_significant"]

#: How long a worker child gets to stop when its spec sets no ``shutdown`` (see ChildSpec).
WORKER_SHUTDOWN = 5.0


@dataclass(frozen=True)
class ChildSpec:
    """How a supervisor starts, restarts and stops one child.

    Attributes:
        id: unique among the supervisor's children; the last part of the child's path.
        factory: returns a fresh actor for every (re)start, so a restart begins with fresh
            state. For ``simple_one_for_one`` it is called with ``start_child``'s arguments.
        restart: ``permanent`` (always restarted), ``transient`` (only after an abnormal exit)
            or ``temporary`` (never; its spec is dropped when it ends). A child that raises
            :class:`~actors.Unrecoverable` or stops itself with ``stop_self(final=True)`` is not
            restarted, whatever its type.
        shutdown: seconds the child gets to stop after being asked, before it is cancelled;
            ``"brutal_kill"`` to cancel it at once; ``"infinity"`` to wait as long as it takes.
            By default (None) a worker gets :data:`WORKER_SHUTDOWN` seconds and a supervisor
            ``"infinity"``, as in OTP: a supervisor stops its own children each within its own
            shutdown, so its stop is bounded by theirs, and a timeout of its own would kill
            the children it had not yet stopped without their ``on_stop``. A top-level
            supervisor gets the same when the system closes (see :class:`ActorSystem`).
        significant: with the supervisor's ``auto_shutdown``, this child ending by itself may end
            the supervisor. A ``permanent`` child ends only for good (OTP does not let it be
            significant, as it has no such end): ``stop_self(final=True)`` or
            :class:`~actors.Unrecoverable`.
        mailbox_size: the child's mailbox bound.
    """

    id: str
    factory: Callable[..., Actor]
    restart: RestartType = "permanent"
    shutdown: float | Literal["brutal_kill", "infinity"] | None = None
    significant: bool = False
    mailbox_size: int = 64

    def __post_init__(self) -> None:
        if not self.id or "/" in self.id:
            raise ValueError(f"ChildSpec id {self.id!r} must be non-empty and contain no '/'.")
        if self.restart not in ("permanent", "transient", "temporary"):
            raise ValueError(
                f"ChildSpec {self.id!r}: restart must be 'permanent', 'transient' or "
                f"'temporary', not {self.restart!r}."
            )
        if self.shutdown not in (None, "brutal_kill", "infinity") and (
            not isinstance(self.shutdown, int | float)
            or isinstance(self.shutdown, bool)
            or not self.shutdown >= 0  # NaN too
        ):
            raise ValueError(
                f"ChildSpec {self.id!r}: shutdown must be seconds >= 0, 'brutal_kill' or "
                f"'infinity', not {self.shutdown!r}."
            )
        if (
            not isinstance(self.mailbox_size, int)
            or isinstance(self.mailbox_size, bool)
            or self.mailbox_size < 0
        ):
            raise ValueError(
                f"ChildSpec {self.id!r}: mailbox_size must be a whole number >= 0, not "
                f"{self.mailbox_size!r}."
            )


@dataclass(frozen=True)
class Backoff:
    """Delay before restarts, growing while a child keeps failing (as Akka Typed has).

    The n-th consecutive restart of a child waits ``min(max, min * 2**n)`` seconds, stretched by
    up to ``jitter`` (a fraction). A child that ran for ``reset_after`` seconds before failing
    starts again from ``min``. Restarts still count against restart intensity.
    """

    min: float = 0.1
    max: float = 10.0
    jitter: float = 0.2
    reset_after: float = 30.0

    def __post_init__(self) -> None:
        if not 0 <= self.min <= self.max:
            raise ValueError(f"Backoff needs 0 <= min <= max, got min={self.min} max={self.max}.")
        if not (self.jitter >= 0 and self.reset_after >= 0):  # NaN too
            raise ValueError(
                "Backoff jitter and reset_after must be >= 0, got "
                f"jitter={self.jitter} reset_after={self.reset_after}."
            )

    def delay(self, attempt: int, rand: float = 0.0) -> float:
        """Return the delay for the ``attempt``-th consecutive restart (0-based).

        Args:
            attempt: how many restarts of this child came just before, without a quiet period.
            rand: a number in [0, 1) scaling the jitter.
        """
        base = min(self.max, self.min * (2.0 ** min(attempt, 62)))
        return base * (1.0 + self.jitter * rand)


@dataclass(frozen=True)
class ChildInfo:
    """One row of :meth:`SupervisorRef.which_children`.

    Attributes:
        status: ``running``, ``restarting`` (waiting out a backoff) or ``stopped`` (spec kept,
            not running: a transient child that ended normally, or a terminated child).
    """

    id: str
    ref: ActorRef[Any] | None
    kind: Literal["worker", "supervisor"]
    restart: RestartType
    restart_count: int
    status: Literal["running", "restarting", "stopped"]


@dataclass(frozen=True)
class ChildCounts:
    """The answer of :meth:`SupervisorRef.count_children` (OTP's ``count_children``)."""

    specs: int
    active: int
    supervisors: int
    workers: int


class _Child:
    __slots__ = (
        "args",
        "backoff_attempt",
        "id",
        "is_supervisor",
        "pending",
        "ref",
        "restart_count",
        "spec",
        "started_at",
    )

    def __init__(self, spec: ChildSpec, child_id: str, args: tuple[Any, ...] = ()) -> None:
        self.spec = spec
        self.id = child_id
        self.args = args
        self.ref: ActorRef[Any] | None = None
        self.restart_count = 0
        self.started_at = 0.0
        self.backoff_attempt = 0
        # The token of the _RestartDue that will restart it (its backoff timer's scope, or
        # the retry of a failed restart), or None. Only the _RestartDue carrying this token
        # may: terminate_child clears it, and a later failure replaces it with a new one.
        self.pending: object | None = None
        self.is_supervisor = False

    @property
    def running(self) -> bool:
        return self.ref is not None and self.ref._phase != _DEAD


@dataclass(frozen=True)
class _ChildExited:
    ref: ActorRef[Any]
    reason: ExitReason


@dataclass(frozen=True)
class _RestartDue:
    group: tuple[_Child, ...]
    failed: _Child
    token: object  # a child whose pending is another token is left alone


@dataclass(frozen=True)
class _Cmd:
    op: str
    arg: Any = None


@dataclass(frozen=True)
class _Failed:
    error: BaseException


class SupervisorRef(ActorRef["Supervisor"]):
    """The ref of a supervisor, with OTP's administrative calls.

    Each call is an ask processed by the supervisor between child exits, so it never races a
    restart. Refusals raise a :class:`ChildError` subclass; the supervisor keeps running.
    """

    __slots__ = ()

    async def stop(self, *, timeout: float | None = None) -> None:  # noqa: ASYNC109
        """Ask the supervisor to stop, and wait until it has: it stops its children in reverse
        start order (a ``simple_one_for_one`` pool all at once), each within its
        ``ChildSpec.shutdown``, then runs its own ``on_stop``.

        Args:
            timeout: seconds before it is cancelled, which kills the children it has not yet
                stopped, without their ``on_stop``. None (the default) gives it what OTP
                does: as long as its running children's shutdowns take (a child supervisor
                left at the default or ``"infinity"``: as long as its own children's), plus
                :data:`WORKER_SHUTDOWN` seconds for its own ``on_stop``. That is unbounded
                only if a worker in its tree has ``shutdown="infinity"``.

        Raises:
            ValueError: ``timeout`` is NaN (the supervisor is left alone).
        """
        if timeout is None:
            timeout = self._shutdown_time(WORKER_SHUTDOWN)
        await super().stop(timeout=timeout)

    def _shutdown_time(self, grace: float) -> float:
        supervisor = cast("Supervisor", self._actor)
        # Rounded: a sum of seconds such as 0.1 + 0.05 reads as 0.15 in the exit reason.
        return round(supervisor._children_shutdown() + grace, 9)

    async def _call(self, op: str, arg: Any = None) -> Any:
        result = await self.ask(_Cmd(op, arg))
        if type(result) is _Failed:
            raise result.error
        return result

    async def start_child(self, spec_or_args: ChildSpec | Sequence[Any] = ()) -> ActorRef[Any]:
        """Add and start a child; return its ref once it is ready.

        Args:
            spec_or_args: a :class:`ChildSpec`; for ``simple_one_for_one``, the arguments the
                template's factory is called with.

        Raises:
            AlreadyStarted: a child with this id runs (``.ref`` is it).
            AlreadyPresent: a spec with this id exists but is not running.
            StartError: the child's ``on_start`` failed; the spec is not kept.
        """
        result: ActorRef[Any] = await self._call("start_child", spec_or_args)
        return result

    async def terminate_child(self, child_id: str | ActorRef[Any]) -> None:
        """Stop a child (per its ``shutdown``) without restarting it.

        The spec is kept (``restart_child`` starts it again) except for temporary children and
        ``simple_one_for_one`` children, which are removed. Terminating a stopped child is fine.

        Raises:
            ChildNotFound: no such child.
        """
        await self._call("terminate_child", child_id)

    async def restart_child(self, child_id: str) -> ActorRef[Any]:
        """Start a stopped child again from its kept spec.

        Raises:
            ChildNotFound: no such child.
            ChildRunning: it is running (or waiting to restart).
            StartError: it failed to start.
            UnsupportedOperation: on a ``simple_one_for_one`` supervisor.
        """
        result: ActorRef[Any] = await self._call("restart_child", child_id)
        return result

    async def delete_child(self, child_id: str) -> None:
        """Remove a stopped child's spec.

        Raises:
            ChildNotFound: no such child.
            ChildRunning: terminate it first.
            UnsupportedOperation: on a ``simple_one_for_one`` supervisor.
        """
        await self._call("delete_child", child_id)

    async def which_children(self) -> list[ChildInfo]:
        """Return every child, in start order."""
        result: list[ChildInfo] = await self._call("which_children")
        return result

    async def count_children(self) -> ChildCounts:
        """Return how many specs, running children, supervisors and workers there are."""
        result: ChildCounts = await self._call("count_children")
        return result


class Supervisor(Actor):
    """An actor that starts, watches and restarts child actors, with OTP's rules.

    Args:
        children: the child specs, in start order. ``simple_one_for_one`` takes exactly one,
            the template, and starts no child until ``start_child``.
        strategy: which children restart when one fails: ``one_for_one`` (just it),
            ``one_for_all`` (all: the others are stopped in reverse order, then all started in
            order), ``rest_for_one`` (it and those started after it) or ``simple_one_for_one``
            (a dynamic pool of one template, restarted one for one; as in OTP, its
            children are stopped all at once when it ends, not one after another).
        max_restarts: restarts allowed within ``max_seconds``; the one beyond makes the
            supervisor stop its children in reverse start order and exit with
            :class:`SupervisorGaveUp` (abnormal), so its parent applies its own rules. A restart
            whose start fails counts again, and is tried again once the messages that came
            meanwhile are handled (OTP's ``try_again_restart``).
        max_seconds: the sliding window for ``max_restarts``.
        backoff: optional delay before restarts.
        auto_shutdown: ``any_significant`` ends the supervisor (exit ``normal``) when any
            significant child ends by itself without being restarted; ``all_significant`` when
            all of them have.
        clock: monotonic seconds for the intensity window and backoff; defaults to
            ``anyio.current_time``.

    Raises:
        ValueError: inconsistent arguments (duplicate ids, a significant child with
            ``auto_shutdown="never"`` is fine, but a template count other than one for
            ``simple_one_for_one`` is not).
    """

    _actor_ref_class = SupervisorRef
    _actor_unbounded_mailbox = True  # child exits must never be refused or block
    _actor_has_lifespan = True  # the task group its children run in

    ref: SupervisorRef

    def __init__(
        self,
        children: Sequence[ChildSpec] = (),
        *,
        strategy: Strategy = "one_for_one",
        max_restarts: int = 3,
        max_seconds: float = 5.0,
        backoff: Backoff | None = None,
        auto_shutdown: AutoShutdown = "never",
        clock: Callable[[], float] | None = None,
    ) -> None:
        if strategy not in ("one_for_one", "one_for_all", "rest_for_one", "simple_one_for_one"):
            raise ValueError(f"Unknown supervisor strategy {strategy!r}.")
        if auto_shutdown not in ("never", "any_significant", "all_significant"):
            raise ValueError(f"Unknown auto_shutdown {auto_shutdown!r}.")
        if (
            isinstance(max_restarts, bool)
            or not isinstance(max_restarts, int)
            or max_restarts < 0
            or isinstance(max_seconds, bool)
            or not isinstance(max_seconds, int | float)
            or not max_seconds > 0  # NaN too: it would keep every restart in the window
        ):
            raise ValueError(
                "max_restarts must be >= 0 and max_seconds > 0. max_restarts is a whole number "
                f"of restarts and max_seconds a number of seconds; got {max_restarts!r} and "
                f"{max_seconds!r}."
            )
        specs = tuple(children)
        ids = [spec.id for spec in specs]
        if len(set(ids)) != len(ids):
            raise ValueError(f"Child ids must be unique; got {ids}.")
        if strategy == "simple_one_for_one" and len(specs) != 1:
            raise ValueError(
                "A simple_one_for_one supervisor takes exactly one ChildSpec, the template for "
                f"every child; got {len(specs)}."
            )
        self.strategy: Strategy = strategy
        self.max_restarts = max_restarts
        self.max_seconds = max_seconds
        self.backoff = backoff
        self.auto_shutdown: AutoShutdown = auto_shutdown
        self._specs = specs
        self._clock = clock or anyio.current_time
        self._children: list[_Child] = []
        self._restarts: deque[float] = deque()
        self._tg: TaskGroup | None = None
        self._timers: set[CancelScope] = set()
        self._serial = 0

    def __repr__(self) -> str:
        ref = getattr(self, "ref", None)
        where = f" {ref.path!r}" if ref is not None else ""
        running = sum(1 for c in self._children if c.running)
        return (
            f"<Supervisor{where} {self.strategy} children={len(self._children)} "
            f"running={running} restarts_in_window={len(self._restarts)}>"
        )

    def _children_shutdown(self) -> float:
        """The longest stopping the running children may take as this supervisor ends: each
        child's shutdown in turn (a pool's: the longest, as they stop at once). A child
        supervisor at the default or ``"infinity"`` waits only for its own children, so its
        time is theirs; a worker with ``"infinity"`` makes it unbounded (the user asked)."""
        times = [_shutdown_of(c) for c in self._children if c.running]
        if not times:
            return 0.0
        return max(times) if self.strategy == "simple_one_for_one" else sum(times)

    # -- lifecycle ---------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _actor_lifespan(self) -> AsyncIterator[None]:
        # A subclass's own lifespan (Actor.lifespan) holds around the children's task group:
        # what it provides is there before the first child starts and until the last stops.
        async with self.lifespan(), anyio.create_task_group() as tg:
            self._tg = tg
            try:
                yield
            finally:
                # Normally the children are already stopped (_actor_before_stop). When the
                # supervisor itself is cancelled, cancel what is left, still in reverse order.
                with CancelScope(shield=True):
                    for timer in self._timers:
                        timer.cancel()
                    for child in reversed(self._children):
                        ref, child.ref = child.ref, None
                        if ref is not None:
                            ref.kill("its supervisor ended", by=self.context.path)
                            await ref._wait_done()

    async def on_start(self) -> None:
        """Start the children in spec order; stop them in reverse if one fails.

        Subclasses that override this must call ``await super().on_start()``.
        """
        if self.strategy == "simple_one_for_one":
            return
        for spec in self._specs:
            child = _Child(spec, spec.id)
            try:
                await self._start(child)
            except StartError:
                for started in reversed(self._children):
                    await self._stop_child(started)
                self._children.clear()
                raise
            self._children.append(child)

    async def _actor_before_stop(self, reason: ExitReason) -> None:
        for timer in self._timers:
            timer.cancel()
        await self._stop_children()

    async def receive(self, message: Any) -> Any:
        """Handle child exits, backoff timers and administrative calls."""
        kind = type(message)
        if kind is _ChildExited:
            await self._handle_exit(message.ref, message.reason)
            return None
        if kind is _RestartDue:
            token = message.token
            group = [
                c
                for c in message.group
                if c.pending is token and c in self._children and not c.running
            ]
            for child in message.group:
                if child.pending is token:
                    child.pending = None
            await self._start_group(group, message.failed)
            return None
        if kind is _Cmd:
            try:
                return await getattr(self, "_cmd_" + message.op)(message.arg)
            except (ActorError, ValueError, TypeError) as exc:
                return _Failed(exc)
        logger.warning(
            "supervisor.unhandled_message",
            path=self.context.path,
            message_type=kind.__name__,
        )
        return None

    # -- starting and stopping children -------------------------------------------------------

    def _exit_callback(self, ref: ActorRef[Any], reason: ExitReason) -> None:
        # Dropped if the supervisor has ended: nobody is left to apply rules.
        self.ref._post(_ChildExited(ref, reason))

    async def _start(self, child: _Child) -> ActorRef[Any]:
        assert self._tg is not None
        path = f"{self.context.path}/{child.id}"
        try:
            actor = child.spec.factory(*child.args)
        except Exception as exc:
            raise StartError(
                f"{path!r} failed to start: its factory raised {type(exc).__name__}: {exc}",
                path=path,
            ) from exc
        child.is_supervisor = isinstance(actor, Supervisor)
        ref = await _start_actor(
            self._tg,
            self.context.system,
            actor,
            name=child.id,
            path=path,
            mailbox_size=child.spec.mailbox_size,
            on_exit=self._exit_callback,
            restart_count=child.restart_count,
            parent=self.ref,
        )
        child.ref = ref
        child.started_at = self._clock()
        return ref

    async def _stop_children(self) -> None:
        """Stop every child as the supervisor ends: in reverse start order, each within its
        own shutdown; a ``simple_one_for_one`` pool all at once, as OTP stops one (its
        children are many and alike, so they clean up in parallel and the pool stops within
        one shutdown, not one per child)."""
        children = list(reversed(self._children))
        if self.strategy != "simple_one_for_one" or len(children) < 2:
            for child in children:
                await self._stop_child(child)
            return
        async with anyio.create_task_group() as tg:
            for child in children:
                tg.start_soon(self._stop_child, child)

    async def _stop_child(self, child: _Child) -> None:
        """Stop a child on the supervisor's initiative (its exit is then not acted on)."""
        ref, child.ref = child.ref, None
        child.pending = None
        if ref is not None and ref._phase != _DEAD:
            shutdown = child.spec.shutdown
            if shutdown is None:
                shutdown = "infinity" if isinstance(ref._actor, Supervisor) else WORKER_SHUTDOWN
            if shutdown == "brutal_kill":
                ref.kill("brutal_kill", by=self.context.path)
                await ref._wait_done()
            else:
                try:
                    await ref.stop(timeout=math.inf if shutdown == "infinity" else shutdown)
                except BaseException:
                    # This supervisor was cancelled (or killed) while it waited: the child is no
                    # longer in _children's refs, so nothing else would end it. Kill it, so it
                    # cannot outlive its supervisor, and let the cancellation go on.
                    ref.kill("its supervisor ended while stopping it", by=self.context.path)
                    raise
        if (
            child.spec.restart == "temporary" or self.strategy == "simple_one_for_one"
        ) and child in self._children:
            self._children.remove(child)

    # -- applying the rules ------------------------------------------------------------------

    def _find(self, ref: ActorRef[Any]) -> _Child | None:
        for child in self._children:
            if child.ref is ref:
                return child
        return None

    async def _handle_exit(self, ref: ActorRef[Any], reason: ExitReason) -> None:
        child = self._find(ref)
        if child is None:
            return  # we stopped it ourselves, or it was already replaced
        child.ref = None
        restart = child.spec.restart
        if reason.for_good:
            # Done for good, or a fresh instance would fail the same way: left stopped,
            # whatever its restart type.
            if reason.unrecoverable:
                logger.error(
                    "supervisor.child_unrecoverable",
                    path=self.context.path,
                    child=child.id,
                    reason=str(reason),
                )
            else:
                logger.info("supervisor.child_final", path=self.context.path, child=child.id)
        elif restart == "permanent" or (restart == "transient" and reason.abnormal):
            await self._restart_after(child, reason)
            return
        if restart == "temporary" or self.strategy == "simple_one_for_one":
            self._children.remove(child)
        if child.spec.significant:
            self._maybe_auto_shutdown(child)

    def _maybe_auto_shutdown(self, child: _Child) -> None:
        mode = self.auto_shutdown
        if mode == "never":
            return
        if mode == "all_significant" and any(
            c.spec.significant and (c.running or c.pending is not None) for c in self._children
        ):
            return
        detail = f"auto_shutdown ({mode}): significant child {child.id!r} ended"
        logger.info("supervisor.auto_shutdown", path=self.context.path, child=child.id, mode=mode)
        self.ref._request_stop(ExitReason("normal", detail=detail))

    async def _restart_after(self, child: _Child, reason: ExitReason) -> None:
        await self._count_restart(child, reason)
        if self.strategy == "one_for_all":
            group = list(self._children)
        elif self.strategy == "rest_for_one":
            group = self._children[self._children.index(child) :]
        else:
            group = [child]
        for other in reversed(group):
            if other is not child:
                await self._stop_child(other)
        group = [c for c in group if c in self._children]
        if self.backoff is not None:
            self._schedule(group, child, reason)
        else:
            await self._start_group(group, child, reason)

    async def _count_restart(self, child: _Child, reason: ExitReason) -> None:
        now = self._clock()
        window = self._restarts
        window.append(now)
        while window and window[0] <= now - self.max_seconds:
            window.popleft()
        if len(window) > self.max_restarts:
            await self._give_up(child, reason)

    def _schedule(self, group: list[_Child], failed: _Child, reason: ExitReason) -> None:
        assert self.backoff is not None
        assert self._tg is not None
        now = self._clock()
        if now - failed.started_at >= self.backoff.reset_after:
            failed.backoff_attempt = 0
        delay = self.backoff.delay(failed.backoff_attempt, random.random())
        failed.backoff_attempt += 1
        scope = CancelScope()
        for c in group:
            c.pending = scope
        logger.info(
            "supervisor.restart_scheduled",
            path=self.context.path,
            child=failed.id,
            delay=round(delay, 6),
            reason=str(reason),
        )
        self._timers.add(scope)
        self._tg.start_soon(self._timer, scope, delay, _RestartDue(tuple(group), failed, scope))

    async def _timer(self, scope: CancelScope, delay: float, message: _RestartDue) -> None:
        try:
            with scope:
                await anyio.sleep(delay)
                self.ref._post(message)  # dropped if the supervisor has ended
        finally:
            self._timers.discard(scope)

    async def _start_group(
        self, group: list[_Child], failed: _Child, reason: ExitReason | None = None
    ) -> None:
        started: list[_Child] = []
        try:
            for c in group:
                if c.running:
                    continue
                c.restart_count += 1
                await self._start(c)
                started.append(c)
        except StartError as exc:
            logger.warning(
                "supervisor.restart_failed",
                path=self.context.path,
                child=failed.id,
                error=str(exc),
            )
            for c in reversed(started):
                await self._stop_child(c)
            failure = ExitReason("error", exc, "restart failed")
            await self._count_restart(failed, failure)
            group = [c for c in group if c in self._children]
            if self.backoff is not None:
                self._schedule(group, failed, failure)
                return
            # Try again through the mailbox, as OTP's try_again_restart does, not in a loop
            # here: what came meanwhile (a stop request, terminate_child, another exit) is
            # handled first. Meanwhile the group shows as restarting.
            token = object()
            for c in group:
                c.pending = token
            self.ref._post(_RestartDue(tuple(group), failed, token))
            return
        for c in started:
            assert c.ref is not None
            text = str(reason) if reason is not None else ""
            self.context.system.events.publish(
                LifecycleEvent("restarted", c.ref.path, c.id, _now(), text, c.restart_count, reason)
            )
            logger.info(
                "actor.restarted",
                path=c.ref.path,
                restart_count=c.restart_count,
                reason=text,
                after=failed.id,
            )

    async def _give_up(self, child: _Child, reason: ExitReason) -> None:
        path = self.context.path
        logger.error(
            "supervisor.gave_up",
            path=path,
            child=child.id,
            max_restarts=self.max_restarts,
            max_seconds=self.max_seconds,
            reason=str(reason),
        )
        events = self.context.system.events
        name = self.context.name
        events.publish(LifecycleEvent("gave_up", path, name, _now(), str(reason)))
        for timer in self._timers:
            timer.cancel()
        await self._stop_children()
        parent = self.context.parent
        target = parent.path if parent is not None else "nobody (top level: see wait_stopped())"
        logger.error("supervisor.escalated", path=path, to=target)
        events.publish(LifecycleEvent("escalated", path, name, _now(), f"to {target}"))
        raise SupervisorGaveUp(
            f"Supervisor {path!r} gave up: child {child.id!r} needed more than "
            f"{self.max_restarts} restarts within {self.max_seconds} s (last exit: {reason}). "
            "Its parent applies its own rules; fix the child, or raise max_restarts/max_seconds.",
            path=path,
            child_id=child.id,
            max_restarts=self.max_restarts,
            max_seconds=self.max_seconds,
        )

    # -- administrative calls (OTP's answers for edge cases) ------------------------------------

    def _by_id(self, child_id: str | ActorRef[Any]) -> _Child:
        for c in self._children:
            if c.id == child_id or (c.ref is not None and c.ref is child_id):
                return c
        raise ChildNotFound(f"Supervisor {self.context.path!r} has no child {child_id!r}.")

    def _no_simple(self, op: str) -> None:
        if self.strategy == "simple_one_for_one":
            raise UnsupportedOperation(
                f"{op} is not supported by the simple_one_for_one supervisor "
                f"{self.context.path!r}; use terminate_child and start_child."
            )

    async def _cmd_start_child(self, arg: ChildSpec | Sequence[Any]) -> ActorRef[Any]:
        if self.strategy == "simple_one_for_one":
            if isinstance(arg, ChildSpec):
                raise TypeError(
                    "A simple_one_for_one supervisor starts children from its template; pass "
                    "the factory's arguments (a tuple), not a ChildSpec."
                )
            template = self._specs[0]
            self._serial += 1
            child = _Child(template, f"{template.id}-{self._serial}", tuple(arg))
        else:
            if not isinstance(arg, ChildSpec):
                raise TypeError("start_child takes a ChildSpec for this supervisor.")
            for existing in self._children:
                if existing.id == arg.id:
                    if existing.running:
                        assert existing.ref is not None
                        raise AlreadyStarted(
                            f"Child {arg.id!r} of {self.context.path!r} is already running.",
                            ref=existing.ref,
                        )
                    raise AlreadyPresent(
                        f"Child {arg.id!r} of {self.context.path!r} exists but is not running; "
                        "use restart_child, or delete_child first."
                    )
            child = _Child(arg, arg.id)
        ref = await self._start(child)
        self._children.append(child)
        return ref

    async def _cmd_terminate_child(self, arg: str | ActorRef[Any]) -> None:
        child = self._by_id(arg)
        await self._stop_child(child)

    async def _cmd_restart_child(self, arg: str) -> ActorRef[Any]:
        self._no_simple("restart_child")
        child = self._by_id(arg)
        if child.running or child.pending is not None:
            raise ChildRunning(
                f"Child {child.id!r} of {self.context.path!r} is running; terminate it first."
            )
        return await self._start(child)

    async def _cmd_delete_child(self, arg: str) -> None:
        self._no_simple("delete_child")
        child = self._by_id(arg)
        if child.running or child.pending is not None:
            raise ChildRunning(
                f"Child {child.id!r} of {self.context.path!r} is running; terminate it first."
            )
        self._children.remove(child)

    async def _cmd_which_children(self, arg: None) -> list[ChildInfo]:
        rows = []
        for c in self._children:
            status: Literal["running", "restarting", "stopped"] = (
                "running" if c.running else "restarting" if c.pending is not None else "stopped"
            )
            rows.append(
                ChildInfo(
                    id=c.id,
                    ref=c.ref if c.running else None,
                    kind="supervisor" if c.is_supervisor else "worker",
                    restart=c.spec.restart,
                    restart_count=c.restart_count,
                    status=status,
                )
            )
        return rows

    async def _cmd_count_children(self, arg: None) -> ChildCounts:
        sups = sum(1 for c in self._children if c.is_supervisor)
        return ChildCounts(
            specs=len(self._children),
            active=sum(1 for c in self._children if c.running),
            supervisors=sups,
            workers=len(self._children) - sups,
        )


def _shutdown_of(child: _Child) -> float:
    """The longest ``child``, running, may take to stop when its supervisor stops it."""
    shutdown = child.spec.shutdown
    if shutdown == "brutal_kill":
        return 0.0
    actor = child.ref._actor if child.ref is not None else None
    if isinstance(actor, Supervisor) and shutdown in (None, "infinity"):
        return actor._children_shutdown()
    if shutdown is None:
        return WORKER_SHUTDOWN
    if shutdown == "infinity":
        return math.inf
    return float(shutdown)


def _now() -> float:
    return time.monotonic()
