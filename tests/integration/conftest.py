"""Governed calls end to end: Agent + Governor + the real provider clients + the local SSE server.

Every test builds a real :class:`supervisor.Runtime` (MemoryStore, unattended approver, no
embedder) whose policy's ``[providers.NAME]`` sections point ``base_url`` at the fault-injecting
server of ``tests/providers/sse_server.py``, runs one or more agents, and then checks what the
agent got, what the server saw of the connection, and what the ledger and audit log hold.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
import pytest

from policies import PolicyConfig, Rule, parse_policy
from providers.sse_server import SSEServer
from supervisor import (
    Agent,
    CallSettled,
    CallStarted,
    DecisionMade,
    MemoryStore,
    ModelRouter,
    RecordingSink,
    Runtime,
    TargetSpec,
    UnattendedApprover,
)
from supervisor._target import AgentSpec

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from supervisor import RunOutcome

#: Dollars per million tokens; large round numbers so costs are exact integers of nano-dollars:
#: $1000/Mtok is 1_000_000 nano-dollars a token.
PRICES = {
    "oai:big": {"input_per_mtok": 1000, "output_per_mtok": 2000},
    "oai:small": {"input_per_mtok": 100, "output_per_mtok": 200},
    "ant:claude": {"input_per_mtok": 3000, "output_per_mtok": 15000},
    "resp:big": {"input_per_mtok": 1000, "output_per_mtok": 2000},
}
NANO_PER_TOKEN = {  # (input, output) nano-dollars per token
    "oai:big": (1_000_000, 2_000_000),
    "oai:small": (100_000, 200_000),
    "ant:claude": (3_000_000, 15_000_000),
    "resp:big": (1_000_000, 2_000_000),
}

#: Fast retries so the suite stays quick; tests that need backoff say so.
FAST_RETRIES = {
    "max_attempts": 3,
    "backoff_initial": 0.01,
    "backoff_max": 0.5,
    "backoff_multiplier": 2.0,
    "jitter": False,
}


def cost_of(model: str, input_tokens: int, output_tokens: int) -> int:
    inp, out = NANO_PER_TOKEN[model]
    return input_tokens * inp + output_tokens * out


def make_policy(server: SSEServer, **sections: Any) -> PolicyConfig:
    """A policy routing ``oai:``, ``ant:`` and ``resp:`` refs to the local server."""
    data: dict[str, Any] = {
        "providers": {
            "oai": {"kind": "openai", "base_url": server.base_url, "api_key_env": "IT_OAI_KEY"},
            "ant": {
                "kind": "anthropic",
                "base_url": server.root_url,
                "api_key_env": "IT_ANT_KEY",
            },
            "resp": {
                "kind": "openai-responses",
                "base_url": server.base_url,
                "api_key_env": "IT_OAI_KEY",
            },
        },
        "prices": PRICES,
        "loops": {"semantic": {"enabled": False}, "structural": {"enabled": False}},
        "retries": FAST_RETRIES,
    }
    for key, value in sections.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return parse_policy(data)


def router_for(policy: PolicyConfig) -> ModelRouter:
    """The router for the policy's ``[providers.NAME]`` sections.

    The runtime's own fields of a section (``timeout``, ``chunk_timeout``) are left out: the
    router's ``ProviderConfig`` does not take them (see the report on ``_cli._build_router``).
    """
    config = {
        name: entry.model_dump(
            exclude_none=True, include={"kind", "base_url", "api_key_env", "api_key"}
        )
        for name, entry in policy.providers.items()
    }
    return ModelRouter(config)


@dataclass
class Run:
    """What one governed run left behind."""

    runtime: Runtime
    store: MemoryStore
    sink: RecordingSink
    outcome: RunOutcome | None = None
    seen: dict[str, Any] = field(default_factory=dict)

    def events(self, kind: type[Any]) -> list[Any]:
        return [e for e in self.sink.events if isinstance(e, kind)]

    @property
    def settled(self) -> list[CallSettled]:
        return self.events(CallSettled)

    @property
    def started(self) -> list[CallStarted]:
        return self.events(CallStarted)

    @property
    def decisions(self) -> list[DecisionMade]:
        return self.events(DecisionMade)

    async def spent(self, session: str = "s") -> Any:
        sessions = {s.session: s for s in await self.store.list_sessions()}
        return sessions[session]

    async def assert_all_settled(self) -> None:
        """No spend unaccounted: every reservation is closed and spend equals settled costs."""
        stats = self.store.ledger.statistics()
        assert stats.open_reservations == 0, stats
        summary = await self.spent()
        assert summary.open_reservations == 0
        assert summary.reserved.cost == 0
        assert summary.spent.cost == sum(e.cost for e in self.settled)
        assert summary.spent.calls == len(self.settled) == len(self.started)
        assert self.runtime.governor is not None
        assert self.runtime.governor.statistics()["active_calls"] == 0


Body = Callable[[Agent, dict[str, Any]], Awaitable[None]]


def agent_class(
    body: Body, *, model: str = "oai:big", name: str = "worker", **attrs: Any
) -> type[Agent]:
    """An agent whose ``run()`` is ``body(self, seen)``; ``seen`` is the test's record."""

    async def run(self: Agent) -> None:
        await body(self, self._seen)  # type: ignore[attr-defined]

    return type(name.title(), (Agent,), {"model": model, "name": name, "run": run, **attrs})


@pytest.fixture
async def sse_server() -> AsyncIterator[SSEServer]:
    async with SSEServer.running() as server:
        yield server


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys come from the environment, as in production; never a real one."""
    monkeypatch.setenv("IT_OAI_KEY", "sk-it-openai-0123456789")
    monkeypatch.setenv("IT_ANT_KEY", "sk-ant-it-0123456789")


@pytest.fixture
def run_agents(
    sse_server: SSEServer,
) -> Callable[..., Awaitable[Run]]:
    """Run agent classes under a governed runtime; ``during(run)`` runs beside them."""

    async def go(
        policy: PolicyConfig,
        *classes: type[Agent],
        during: Callable[[Run], Awaitable[None]] | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
        store: MemoryStore | None = None,
        rules: tuple[Rule, ...] = (),
    ) -> Run:
        seen: dict[str, Any] = {}
        for cls in classes:
            cls._seen = seen  # type: ignore[attr-defined]
        sink = RecordingSink()
        router = router_for(policy)
        own_store = store is None
        the_store = store or MemoryStore()
        if own_store:
            await the_store.__aenter__()
        runtime = Runtime(
            policy=policy,
            store=the_store,
            router=router,
            approver=UnattendedApprover(sink, timeout=0.1, default="deny"),
            sink=sink,
            session="s",
            embedder=None,
            rules=rules,
        )
        run = Run(runtime, the_store, sink, seen=seen)
        spec = TargetSpec("it", tuple(AgentSpec(cls.name or "worker", cls) for cls in classes))
        try:
            with anyio.fail_after(timeout):
                async with anyio.create_task_group() as tg:
                    if during is not None:
                        tg.start_soon(during, run)
                    run.outcome = await runtime.run(spec)
        finally:
            await router.aclose()
        return run

    return go


async def wait_until(predicate: Callable[[], bool], *, timeout: float = 5.0) -> None:  # noqa: ASYNC109
    """Poll a condition set by another task (the server or the runtime), bounded."""
    with anyio.fail_after(timeout):
        while not predicate():
            await anyio.sleep(0.002)
