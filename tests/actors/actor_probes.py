"""Test actors shared by the actor-kernel tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import anyio

from actors import Actor, ExitReason, LifecycleEvent, Subscription, Unrecoverable


@dataclass
class Journal:
    """What the probes did, in order, across restarts."""

    entries: list[tuple[str, str]] = field(default_factory=list)

    def of(self, what: str) -> list[str]:
        return [name for event, name in self.entries if event == what]


class Boom(Exception):
    """The failure the tests inject."""


class Probe(Actor):
    """An actor driven by its messages; it records on_start/on_stop in a journal.

    Messages: ``("echo", x)`` answers x; ``("raise", text)`` raises Boom;
    ``("unrecoverable", text)`` raises Unrecoverable (from a Boom); ``("wait", event)``
    waits for the event; ``("forever",)`` sleeps forever; ``("stop_self",)``; ``("stop_for_good",)``.
    """

    def __init__(
        self,
        journal: Journal | None = None,
        *,
        fail_start: bool = False,
        hang_on_stop: bool = False,
        tag: str = "",
    ) -> None:
        self.journal = journal if journal is not None else Journal()
        self.fail_start = fail_start
        self.hang_on_stop = hang_on_stop
        self.tag = tag
        self.active = 0
        self.max_active = 0

    @property
    def name(self) -> str:
        return self.tag or self.context.name

    async def on_start(self) -> None:
        if self.fail_start:
            self.journal.entries.append(("start_failed", self.name))
            raise Boom(f"{self.name} cannot start")
        self.journal.entries.append(("start", self.name))

    async def receive(self, message: Any) -> Any:
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            kind = message[0]
            if kind == "echo":
                await anyio.lowlevel.checkpoint()
                return message[1]
            if kind == "raise":
                raise Boom(message[1])
            if kind == "unrecoverable":
                raise Unrecoverable(message[1]) from Boom("the cause")
            if kind == "wait":
                await message[1].wait()
                return "waited"
            if kind == "forever":
                await anyio.sleep_forever()
            if kind == "stop_self":
                self.context.stop_self()
                return "stopping"
            if kind == "stop_for_good":
                self.context.stop_self(final=True)
                return "stopping"
            raise AssertionError(f"unknown message {message!r}")
        finally:
            self.active -= 1

    async def on_stop(self, reason: ExitReason) -> None:
        self.journal.entries.append(("stop", self.name))
        if self.hang_on_stop:
            await anyio.sleep_forever()


async def wait_for(sub: Subscription, kind: str, path: str | None = None) -> LifecycleEvent:
    """Receive events until one of ``kind`` (and ``path``) arrives."""
    while True:
        event = await sub.receive()
        if event.kind == kind and (path is None or event.path == path):
            return event


class ManualClock:
    """An injectable monotonic clock for restart-intensity windows."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now
