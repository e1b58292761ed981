"""Helpers for the governor tests (imported by them; holds no tests): an in-process provider and a one-call way to run agents.

``FastProvider`` is a real :class:`~supervisor.Provider` (not a mock of the governor): it streams
token-sized chunks with no latency beyond a scheduling checkpoint per chunk and reports usage the
way OpenAI does (a final usage chunk: prompt tokens by the chars/4 rule, output tokens = chunks
sent). What each call does is chosen by a callable ``plan(request) -> Play``, so a test can mix
call sizes, cancellations and provider faults deterministically.
"""

from __future__ import annotations

import math
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio

from policies import PolicyConfig, Rule, parse_policy
from supervisor import (
    Agent,
    Approver,
    MemoryStore,
    ModelRouter,
    RecordingSink,
    RunOutcome,
    Runtime,
    Team,
    UnattendedApprover,
)
from supervisor._governor import Governor
from supervisor._providers import (
    Finished,
    LLMRequest,
    ProviderStreamError,
    StreamEvent,
    TextDelta,
    UsageReport,
)
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Sequence

    import pytest

#: Prices used throughout: $2.50 in / $10 out per million tokens (exact in nano-dollars).
PRICES = {
    "fast:big": {"input_per_mtok": 2.5, "output_per_mtok": 10.0},
    "fast:small": {"input_per_mtok": 0.15, "output_per_mtok": 0.6},
}


@dataclass
class Play:
    """What one call does.

    Attributes:
        chunks: Text chunks to send, each ``ceil(len / 4)`` tokens (at least 1); the stream stops
            (finish ``length``) before a chunk that would pass ``max_tokens``.
        fail_after: Raise a ``ProviderStreamError`` after this many chunks (no usage sent).
        hang_after: Stop after this many chunks and wait for ``resume`` (forever if None, i.e.
            until cancelled); ``reached`` is set when the stream gets there.
        report_usage: Send the final usage chunk.
        honours_max_tokens: Stop before a chunk that would pass ``max_tokens`` (False: a
            provider that ignores it and sends every chunk).
        checkpoint: Let other tasks run before each chunk, as a network read does (False: a
            stream that never waits, as an in-process model's).
    """

    chunks: Sequence[str] = ("ok",)
    fail_after: int | None = None
    hang_after: int | None = None
    report_usage: bool = True
    honours_max_tokens: bool = True
    checkpoint: bool = True
    reached: anyio.Event | None = None
    resume: anyio.Event | None = None
    #: Output tokens actually delivered so far (filled in by the provider).
    sent: int = 0
    #: Prompt tokens the provider charges for this call (filled in by the provider).
    input_tokens: int = 0
    #: What the agent got back (the test's agents fill this in).
    outcome: Any = None


def prompt_tokens(request: LLMRequest) -> int:
    """What a real tokenizer charges for the prompt, about: chars/4 of the text."""
    chars = sum(len(str(m.get("content", ""))) for m in request.messages)
    return max(1, math.ceil(chars / 4)) + 3 * len(request.messages)


@dataclass
class FastProvider:
    """A zero-latency in-process provider (see the module docstring)."""

    plan: Callable[[LLMRequest], Play] = field(default=lambda _r: Play())
    name: str = "fast"
    requests: list[LLMRequest] = field(default_factory=list)
    delivered: int = 0

    @asynccontextmanager
    async def stream(self, request: LLMRequest) -> AsyncIterator[AsyncIterator[StreamEvent]]:
        self.requests.append(request)
        play = self.plan(request)
        play.input_tokens = prompt_tokens(request)
        events = self._play(request, play)
        try:
            yield events
        finally:
            await events.aclose()  # type: ignore[attr-defined]

    async def _play(self, request: LLMRequest, play: Play) -> AsyncIterator[StreamEvent]:
        sent = 0
        truncated = False
        for i, chunk in enumerate(play.chunks):
            if play.fail_after is not None and i == play.fail_after:
                raise ProviderStreamError(
                    "injected fault", error_type="api_error", retryable=False, provider=self.name
                )
            if play.hang_after is not None and i == play.hang_after:
                if play.reached is not None:
                    play.reached.set()
                if play.resume is None:
                    await anyio.sleep_forever()
                else:
                    await play.resume.wait()
            tokens = max(1, math.ceil(len(chunk) / 4))
            if sent + tokens > request.max_tokens and play.honours_max_tokens:
                truncated = True
                break
            if play.checkpoint:
                await anyio.lowlevel.checkpoint()
            sent += tokens
            self.delivered += 1
            play.sent = sent
            yield TextDelta(chunk)
        if play.fail_after is not None and play.fail_after >= len(play.chunks):
            raise ProviderStreamError(
                "injected fault", error_type="api_error", retryable=False, provider=self.name
            )
        if play.report_usage:
            yield UsageReport(prompt_tokens(request), sent, 0, final=True)
        yield Finished("length" if truncated else "stop")

    async def aclose(self) -> None:
        return None


def make_policy(
    extra: dict[str, Any] | None = None, *, budget: str | None = "1.00"
) -> PolicyConfig:
    """A policy with the test prices, no semantic loop detector, and ``extra`` merged in."""
    data: dict[str, Any] = {
        "prices": dict(PRICES),
        "loops": {"semantic": {"enabled": False}},
        "retries": {"max_attempts": 1},
    }
    if budget is not None:
        data["budgets"] = {"session": {"cost": budget}}
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return parse_policy(data)


def record_where(
    monkeypatch: pytest.MonkeyPatch,
    inner: str,
    outer: str,
    labels: tuple[str, str],
    keep: Callable[[Any], bool] | None = None,
) -> list[str]:
    """Spy on the governor's sync method ``inner``: each call appends ``labels[0]`` when it
    runs inside its async method ``outer``, ``labels[1]`` otherwise (only calls whose first
    argument passes ``keep``, if given). Returns the list, filled as the run goes."""
    where: list[str] = []
    inside = False
    original_inner, original_outer = getattr(Governor, inner), getattr(Governor, outer)

    def spy_inner(self: Governor, first: Any, *args: Any) -> Any:
        if keep is None or keep(first):
            where.append(labels[0] if inside else labels[1])
        return original_inner(self, first, *args)

    async def spy_outer(self: Governor, *args: Any) -> Any:
        nonlocal inside
        inside = True
        try:
            return await original_outer(self, *args)
        finally:
            inside = False

    monkeypatch.setattr(Governor, inner, spy_inner)
    monkeypatch.setattr(Governor, outer, spy_outer)
    return where


def agent_class(name: str, base: type[Agent], **attrs: Any) -> type[Agent]:
    """A distinct subclass of ``base`` named ``name`` (one class per agent id)."""
    return type(f"Agent_{name}", (base,), {"name": name, **attrs})


@dataclass
class Run:
    """A finished (or running) test run and what it left behind."""

    runtime: Runtime
    store: MemoryStore
    sink: RecordingSink
    provider: FastProvider
    outcome: RunOutcome | None = None


class Harness:
    """Builds a Runtime over a MemoryStore and a FastProvider; one per test."""

    def __init__(self) -> None:
        self.provider = FastProvider()
        self.sink = RecordingSink()

    def runtime(
        self,
        store: MemoryStore,
        policy: PolicyConfig,
        *,
        approver: Approver | None = None,
        rules: Sequence[Rule] = (),
        session: str = "s1",
    ) -> Runtime:
        router = ModelRouter({}, providers={"fast": self.provider})  # type: ignore[dict-item]
        return Runtime(
            policy=policy,
            store=store,
            router=router,
            approver=approver or UnattendedApprover(self.sink, timeout=0, default="deny"),
            sink=self.sink,
            session=session,
            rules=rules,
            embedder=None,
        )

    async def run(
        self,
        agents: Sequence[type[Agent]] | Team,
        policy: PolicyConfig,
        *,
        store: MemoryStore | None = None,
        approver: Approver | None = None,
        rules: Sequence[Rule] = (),
        timeout: float = 10.0,  # noqa: ASYNC109 (the bound every test run needs)
    ) -> Run:
        """Run ``agents`` (a flat list, or a Team as the target's tree) to the end."""
        own = store is None
        store = store or MemoryStore()
        if own:
            await store.__aenter__()
        runtime = self.runtime(store, policy, approver=approver, rules=rules)
        if isinstance(agents, Team):
            classes = list(_team_agents(agents))
            team = agents
            spec = TargetSpec("t", tuple(AgentSpec(c.name or "", c) for c in classes), lambda: team)
        else:
            spec = TargetSpec("t", tuple(AgentSpec(c.name or "", c) for c in agents))
        run = Run(runtime, store, self.sink, self.provider)
        with anyio.fail_after(timeout):
            run.outcome = await runtime.run(spec)
        return run


def _team_agents(team: Team) -> list[type[Agent]]:
    out: list[type[Agent]] = []
    for member in team.members:
        if isinstance(member, Team):
            out.extend(_team_agents(member))
        else:
            out.append(member)
    return out
