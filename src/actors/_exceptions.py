"""Errors raised by the actor kernel.

Every error the kernel raises on purpose derives from :class:`ActorError`::

    ActorError
    ├── ActorDeadError          the actor has stopped (or is stopping); the message was not handled
    ├── AskTimeout              also a TimeoutError: no answer within the ask's timeout
    ├── MailboxFull             tell_nowait() found the bounded mailbox full
    ├── HandlerCancelled        the handler answering an ask was cancelled with cancel_current()
    ├── UnhandledMessage        the actor's receive() did not handle the message
    ├── StartError              an actor's on_start() failed; names the actor (or child) by path
    ├── SupervisorGaveUp        restart intensity exceeded; the supervisor's exit reason
    ├── Unrecoverable           raised by an actor: a failure no restart can cure (not restarted)
    └── ChildError              an administrative call on a supervisor was refused
        ├── ChildNotFound       no child with that id
        ├── AlreadyStarted      a child with that id is running (carries its ref)
        ├── AlreadyPresent      a child spec with that id exists but is not running
        ├── ChildRunning        the child must be terminated first
        └── UnsupportedOperation  not allowed for this strategy (simple_one_for_one)

Misuse of a lifecycle (reopening a closed :class:`~actors.ActorSystem`) raises ``RuntimeError``;
bad arguments raise ``ValueError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._ref import ActorRef


class ActorError(Exception):
    """Root of every error the actor kernel raises on purpose."""


class ActorDeadError(ActorError):
    """The actor has stopped or is stopping, so it cannot take or answer this message."""


class AskTimeout(ActorError, TimeoutError):
    """No answer arrived within the ``timeout`` given to :meth:`ActorRef.ask`.

    The message may still be handled later; its answer is then discarded.
    """


class MailboxFull(ActorError):
    """:meth:`ActorRef.tell_nowait` found the actor's bounded mailbox full."""


class HandlerCancelled(ActorError):
    """The handler that was answering this ask was cancelled by :meth:`ActorRef.cancel_current`.

    The actor itself lives on and takes its next message.

    Attributes:
        reason: the reason given to ``cancel_current``.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class UnhandledMessage(ActorError):
    """An actor's ``receive`` does not handle this kind of message."""


class StartError(ActorError):
    """An actor (or a supervisor's child) failed to start.

    Attributes:
        path: the tree path of the actor that failed, for example ``"root/db"``.
        child_id: the failing child's id (the last part of ``path``).
    """

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path
        self.child_id = path.rsplit("/", 1)[-1]


class SupervisorGaveUp(ActorError):
    """A supervisor exceeded its restart intensity and stopped (the exit escalates to its parent).

    Attributes:
        path: the supervisor's tree path.
        child_id: the child whose failure exceeded the intensity.
        max_restarts: the configured intensity.
        max_seconds: the configured window.
    """

    def __init__(
        self, message: str, *, path: str, child_id: str, max_restarts: int, max_seconds: float
    ) -> None:
        super().__init__(message)
        self.path = path
        self.child_id = child_id
        self.max_restarts = max_restarts
        self.max_seconds = max_seconds


class Unrecoverable(ActorError):
    """Raised by an actor to end with a failure that no restart can cure.

    Raise it from a handler (``receive``), chaining the cause (``raise Unrecoverable(why)
    from exc``). The actor ends with an ``error`` exit as for any exception, but its supervisor
    does not restart it, whatever its restart type (``permanent`` included), and does not count
    it against restart intensity: a fresh instance would fail the same way, each time redoing
    the work before the failure, until the intensity gave up and escalated with the cause
    buried. The child is left stopped (a ``temporary`` child's spec is dropped, as when it ends
    by itself), a significant child's end applies ``auto_shutdown``, and its siblings go on.
    ``ExitReason.unrecoverable`` tells such an exit apart.
    """


Escalation = SupervisorGaveUp
"""Alias: a supervisor that gave up escalates its failure to its parent."""


class ChildError(ActorError):
    """A supervisor refused an administrative call (OTP's ``{error, ...}`` answers)."""


class ChildNotFound(ChildError, LookupError):
    """The supervisor has no child with this id (OTP ``not_found``)."""


class AlreadyStarted(ChildError):
    """A child with this id is already running (OTP ``{already_started, Pid}``).

    Attributes:
        ref: the running child's ref.
    """

    def __init__(self, message: str, *, ref: ActorRef[Any]) -> None:
        super().__init__(message)
        self.ref = ref


class AlreadyPresent(ChildError):
    """A child spec with this id exists but is not running (OTP ``already_present``).

    Use ``restart_child`` to start it, or ``delete_child`` first.
    """


class ChildRunning(ChildError):
    """The child is running; terminate it first (OTP ``running``)."""


class UnsupportedOperation(ChildError):
    """The call is not supported by this supervisor's strategy (OTP ``simple_one_for_one``)."""
