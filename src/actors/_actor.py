"""Actor, the class users subclass, and ActorContext, its view of the runtime."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypeVar

from ._events import ExitReason
from ._exceptions import UnhandledMessage
from ._ref import _TOKEN, ActorRef, _Ask

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable

    from ._system import ActorSystem

A = TypeVar("A", bound="Actor")


class Actor:
    """Base class of every actor.

    Subclass it and override :meth:`receive` (and, if needed, :meth:`on_start` and
    :meth:`on_stop`). The runtime hands the actor one message at a time; a handler may await.
    ``ref`` and ``context`` are set by the runtime before ``on_start`` runs.

    Example::

        class Counter(Actor):
            def __init__(self) -> None:
                self.total = 0

            async def receive(self, message: Any) -> Any:
                self.total += message
                return self.total
    """

    ref: ActorRef[Self]
    context: ActorContext

    # Runtime hooks, overridden by Supervisor.
    _actor_ref_class: ClassVar[type[ActorRef[Any]]] = ActorRef
    _actor_unbounded_mailbox: ClassVar[bool] = False
    _actor_has_lifespan: ClassVar[bool] = False  # plain actors skip the context manager
    _actor_inline: ClassVar[bool] = False  # set when a subclass overrides answers_inline
    #: Set True when no handler ``answers_inline`` accepts ever waits (no I/O, no lock, no
    #: sleep). Such a handler runs inline with no shielding scope at all, since with no wait
    #: nothing can interrupt it: a cancel scope fewer per answer. One that waits all the same
    #: fails at that wait with RuntimeError, which ends the actor like any handler error.
    inline_never_waits: bool = False  # a class attribute, or set in __init__

    async def on_start(self) -> None:
        """Run before the first message; the start handshake waits for it.

        An exception here fails the start (``StartError`` for the caller or supervisor).
        """

    async def receive(self, message: Any) -> Any:
        """Handle one message; the return value answers an ``ask``.

        An exception ends the actor (its supervisor applies its rules) and, for an ``ask``, is
        also raised to the asker.
        """
        raise UnhandledMessage(
            f"{type(self).__name__} does not handle {type(message).__name__} messages; "
            "override receive()."
        )

    async def on_unclaimed(self, message: Any, answer: Any) -> None:
        """Called with an ``ask``'s ``message`` and the ``answer`` :meth:`receive` returned
        when the asker left before it came (its timeout passed, or it was cancelled while the
        message waited in the mailbox or was handled), or was cancelled after it came but
        before it took it. Override it to take back what the
        answer handed over; the default drops it. Runs in the actor's task, as a handler
        does (an exception ends the actor). A reply sent with :meth:`ActorContext.reply_later`
        says the same through :meth:`Reply.send` returning False instead.
        """

    def on_stop_requested(self, reason: ExitReason) -> None:
        """Called when a graceful stop is asked for while a handler runs.

        The handler is let finish, for up to the stop's timeout, before the actor is killed.
        Override it to end early a wait that cannot finish in time (a person's answer, say);
        the default does nothing. Synchronous, in the task that asked for the stop: it must
        not block. An exception is logged and otherwise ignored.
        """

    async def on_stop(self, reason: ExitReason) -> None:
        """Run once after the last message, unless the actor was killed (cancelled).

        Exceptions are logged and otherwise ignored.
        """

    def lifespan(self) -> contextlib.AbstractAsyncContextManager[None]:
        """Override to hold resources for the actor's whole life, around ``on_start`` ..
        ``on_stop``: typically a task group for work that outlives one handler (a store write
        whose answer is sent with :meth:`ActorContext.reply_later`).

        The actor's task leaves it after ``on_stop`` (or after a kill) and before pending asks
        fail with ``ActorDeadError``, so work started here may still answer them; leaving a task
        group waits for its tasks, except after a kill (``kill()``, ``brutal_kill``, or a
        shutdown timeout that runs out while it waits) or a failed ``on_start``, which cancel
        them. An exception out of it (one of those tasks failed, which
        also cancels the loop, so ``on_stop`` does not run) ends the actor with an ``error``
        exit, as a handler's would; on entry it fails the start (``StartError``). The default
        does nothing (and costs nothing).

        Example::

            @contextlib.asynccontextmanager
            async def lifespan(self):
                async with anyio.create_task_group() as self.tg:
                    yield
        """
        return _NOTHING

    @contextlib.asynccontextmanager
    async def _actor_lifespan(self) -> AsyncIterator[None]:
        async with self.lifespan():
            yield

    def answers_inline(self, message: Any) -> bool:
        """Whether an ``ask`` of ``message`` may run :meth:`receive` in the asker's task.

        Only consulted when the actor is idle with an empty mailbox. The answer is then the
        same as through the mailbox -- one message at a time, in order, an exception ends the
        actor -- without two task switches. Say yes only for messages whose handler is quick:
        the asker's cancellation never reaches it, ``kill()`` takes effect only once it
        returns, and ``cancel_current()`` does not reach it at all (it returns False, as for
        an idle actor). It also runs in the asker's context, so context
        variables the asker bound (structlog's, for one) are visible to it. An inline
        answer passes through no wait, so one ask in every 256 that could be answered inline
        goes through the mailbox instead: a loop of asks still lets other tasks, timeouts and
        cancellation in. Default: never.
        """
        return False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.lifespan is not Actor.lifespan:
            cls._actor_has_lifespan = True
        if cls.answers_inline is not Actor.answers_inline:
            cls._actor_inline = True

    async def _actor_before_stop(self, reason: ExitReason) -> None:
        pass

    def __repr__(self) -> str:
        ref = getattr(self, "ref", None)
        where = f" {ref.path!r}" if ref is not None else ""
        return f"<{type(self).__name__}{where}>"


_NOTHING: contextlib.AbstractAsyncContextManager[None] = contextlib.nullcontext()


class Reply:
    """The answer to one ``ask``, to be sent later: see :meth:`ActorContext.reply_later`.

    Only the first :meth:`send` or :meth:`fail` counts; later ones, any after the actor ended
    (the asker then got ``ActorDeadError``) and any after the asker left (its timeout passed,
    or it was cancelled) are ignored, and return False: an answer that hands something over
    (a lease, a reservation) must then be taken back by the actor. An asker cancelled after
    a successful :meth:`send` but before it ran again gives the value back instead: the
    actor's :meth:`Actor.on_unclaimed` gets it, in the actor's task.
    """

    __slots__ = ("_slot",)

    def __init__(self, slot: _Ask | None) -> None:
        self._slot = slot

    @property
    def sent(self) -> bool:
        """True once the asker has its answer (or there is no asker: the message was told)."""
        return self._slot is None or self._slot.done

    def send(self, value: object) -> bool:
        """Answer the asker with ``value``; False if nobody got it (see the class)."""
        return self._slot is not None and self._slot.resolve(value)

    def fail(self, error: BaseException) -> bool:
        """Raise ``error`` in the asker; False if nobody got it."""
        return self._slot is not None and self._slot.fail(error)

    def __repr__(self) -> str:
        return f"<Reply {'sent' if self.sent else 'pending'}>"


class ActorContext:
    """What an actor knows about its place in the runtime. Made by the runtime.

    Attributes:
        system: the actor system the actor runs in.
        ref: the actor's own ref.
        path: the tree position, e.g. ``"root/team/writer"``.
        restart_count: how many times this child id has been restarted (0 for the first start).
        parent: the supervisor's ref, or None for a top-level actor.
    """

    __slots__ = ("parent", "path", "ref", "restart_count", "system")

    def __init__(
        self,
        token: object,
        system: ActorSystem,
        ref: ActorRef[Any],
        *,
        path: str,
        restart_count: int,
        parent: ActorRef[Any] | None,
    ) -> None:
        if token is not _TOKEN:
            raise TypeError("ActorContext has no public constructor; the runtime makes it.")
        self.system = system
        self.ref = ref
        self.path = path
        self.restart_count = restart_count
        self.parent = parent

    @property
    def name(self) -> str:
        """The last part of :attr:`path`."""
        return self.ref.name

    def reply_later(self) -> Reply:
        """Take over the answer to the ask being handled (OTP's ``noreply`` and ``reply/2``).

        The handler's return value is then ignored and the actor goes on with its next message;
        the asker waits until the returned :class:`Reply` is sent, e.g. by a task in the
        actor's :meth:`Actor.lifespan` task group once slow I/O is done. If the actor ends
        before that, the asker gets ``ActorDeadError``. Called while handling a ``tell`` (or
        outside a handler) it returns a :class:`Reply` that goes nowhere.
        """
        item = self.ref._current
        if type(item) is not _Ask:
            return Reply(None)
        item.deferred = True
        return Reply(item)

    def stop_self(self, reason: Literal["normal"] = "normal", *, final: bool = False) -> None:
        """End this actor after the current handler returns, with a ``normal`` exit.

        A ``transient`` or ``temporary`` child stopped this way is not restarted; a
        ``permanent`` one is (OTP), unless ``final``: the actor is done for good (stopped by
        an operator, say), so its supervisor leaves it stopped whatever its restart type.
        Idempotent.
        """
        detail = "stopped itself for good" if final else "stopped itself"
        self.ref._request_stop(ExitReason(reason, detail=detail, final=final))

    async def spawn(
        self, factory: Callable[[], A], *, name: str, mailbox_size: int = 64
    ) -> ActorRef[A]:
        """Start a helper actor linked to this one; return once its ``on_start`` has finished.

        The helper is not supervised (it is not restarted), but it ends with this actor, as a
        process started under its spawner does in OTP, however this actor ends, and before its
        exit is reported, so a supervisor's restart of this actor finds the name free: after
        this actor's ``on_stop`` (which may still use it) it is stopped, within
        ``HELPER_SHUTDOWN`` (5) seconds, newest helper first; a killed actor's helpers are
        killed. Their stop counts against this actor's own stop timeout (its ``shutdown``).
        A helper that ends first is simply unlinked. Its path is ``"<this path>/<name>"``,
        unique among running top-level actors and helpers.

        Raises:
            ActorDeadError: this actor has stopped (or stopped while the helper started,
                which is then stopped too).
            AlreadyStarted: a helper (or top-level actor) with this path is running.
            StartError: the helper's ``on_start`` raised.
        """
        return await self.system._spawn_at(
            factory,
            name=name,
            path=f"{self.path}/{name}",
            mailbox_size=mailbox_size,
            spawner=self.ref,
        )

    def __repr__(self) -> str:
        return f"<ActorContext {self.path!r} restart_count={self.restart_count}>"
