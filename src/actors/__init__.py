"""The actor kernel: actors, refs, mailboxes and OTP-style supervision trees on anyio.

It knows nothing of LLMs; ``supervisor`` builds the product on it. Runs unchanged on asyncio and
trio.
"""

from __future__ import annotations

from ._actor import Actor as Actor
from ._actor import ActorContext as ActorContext
from ._actor import Reply as Reply
from ._events import EventBus as EventBus
from ._events import EventBusStatistics as EventBusStatistics
from ._events import ExitReason as ExitReason
from ._events import LifecycleEvent as LifecycleEvent
from ._events import Subscription as Subscription
from ._exceptions import ActorDeadError as ActorDeadError
from ._exceptions import ActorError as ActorError
from ._exceptions import AlreadyPresent as AlreadyPresent
from ._exceptions import AlreadyStarted as AlreadyStarted
from ._exceptions import AskTimeout as AskTimeout
from ._exceptions import ChildError as ChildError
from ._exceptions import ChildNotFound as ChildNotFound
from ._exceptions import ChildRunning as ChildRunning
from ._exceptions import Escalation as Escalation
from ._exceptions import HandlerCancelled as HandlerCancelled
from ._exceptions import MailboxFull as MailboxFull
from ._exceptions import StartError as StartError
from ._exceptions import SupervisorGaveUp as SupervisorGaveUp
from ._exceptions import UnhandledMessage as UnhandledMessage
from ._exceptions import Unrecoverable as Unrecoverable
from ._exceptions import UnsupportedOperation as UnsupportedOperation
from ._ref import ActorRef as ActorRef
from ._ref import MailboxStatistics as MailboxStatistics
from ._supervisor import Backoff as Backoff
from ._supervisor import ChildCounts as ChildCounts
from ._supervisor import ChildInfo as ChildInfo
from ._supervisor import ChildSpec as ChildSpec
from ._supervisor import Supervisor as Supervisor
from ._supervisor import SupervisorRef as SupervisorRef
from ._system import ActorSystem as ActorSystem

__all__ = [
    "Actor",
    "ActorContext",
    "ActorDeadError",
    "ActorError",
    "ActorRef",
    "ActorSystem",
    "AlreadyPresent",
    "AlreadyStarted",
    "AskTimeout",
    "Backoff",
    "ChildCounts",
    "ChildError",
    "ChildInfo",
    "ChildNotFound",
    "ChildRunning",
    "ChildSpec",
    "Escalation",
    "EventBus",
    "EventBusStatistics",
    "ExitReason",
    "HandlerCancelled",
    "LifecycleEvent",
    "MailboxFull",
    "MailboxStatistics",
    "Reply",
    "StartError",
    "Subscription",
    "Supervisor",
    "SupervisorGaveUp",
    "SupervisorRef",
    "UnhandledMessage",
    "Unrecoverable",
    "UnsupportedOperation",
]
