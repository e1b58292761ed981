"""Limits and budgets across a governor restart.

Agents say who they are (their tenant, their ref) once, when they start; the limits count calls
and steps in the governor. A governor that crashes and is restarted by its supervisor must
carry on from what its predecessor knew: the tenant budget still charged, the call limits still
counted. (Stop flags are carried over the same way; no test here stops an agent first.)
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, ClassVar

import anyio
import pytest
from test_governor_support import Harness, agent_class, make_policy
from tests.store.conftest import cleanup_prefix

from policies import Scope
from supervisor import (
    Agent,
    BudgetExceeded,
    CallDenied,
    LLMResult,
    MemoryStore,
    ModelRouter,
    Runtime,
    UnattendedApprover,
)
from supervisor._store import RedisStore, SQLiteStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from pathlib import Path

    from policies import PolicyConfig
    from supervisor import LedgerStore


class KillsTheGovernorAfterItsFirstCall(Agent):
    """Calls three times; after the first, kills the governor and waits for the next one."""

    model = "fast:big"
    seen: ClassVar[list[Any]]
    runtime: ClassVar[Runtime]

    async def run(self) -> None:
        for i in range(3):
            try:
                self.seen.append(await self.llm(f"call {i}", max_tokens=100))
            except (BudgetExceeded, CallDenied) as exc:
                self.seen.append(exc)
            if i == 0:
                governor = self.runtime.governor
                assert governor is not None
                governor.ref.kill("a test kills the governor", by="test")
                with anyio.fail_after(5):
                    while (
                        self.runtime.governor in (governor, None) or self.runtime.link.ref is None
                    ):
                        await anyio.sleep(0.01)


async def _run(
    harness: Harness, store: LedgerStore, policy: PolicyConfig
) -> tuple[Runtime, list[Any]]:
    router = ModelRouter({}, providers={"fast": harness.provider})  # type: ignore[dict-item]
    runtime = Runtime(
        policy=policy,
        store=store,
        router=router,
        approver=UnattendedApprover(harness.sink, timeout=0, default="deny"),
        sink=harness.sink,
        session="s1",
        embedder=None,
        tenant="acme",
    )
    cls = agent_class("a1", KillsTheGovernorAfterItsFirstCall, seen=[], runtime=runtime)
    with anyio.fail_after(10):
        await runtime.run(TargetSpec("t", (AgentSpec("a1", cls),)))
    return runtime, cls.seen  # type: ignore[attr-defined]


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def ledger(store_kind: str, tmp_path: Path) -> AsyncIterator[LedgerStore]:
    """A fresh real store of the kind; the real Redis is shared, so its keys are deleted."""
    if store_kind == "memory":
        yield MemoryStore()
    elif store_kind == "sqlite":
        yield SQLiteStore(tmp_path / "ledger.db")
    else:
        prefix = f"test-restart-{uuid.uuid4().hex[:12]}"
        yield RedisStore(prefix=prefix)
        await cleanup_prefix(prefix)


async def test_the_tenant_budget_is_still_charged_after_a_governor_restart(
    harness: Harness, ledger: LedgerStore
) -> None:
    """The tenant budget allows two calls. The governor is killed after the first; the
    restarted one used to know the agent without its tenant (it is told only at the agent's
    start), so later calls reserved on no tenant scope and the third call ran. Now the second
    is charged to the tenant and the third refused by it."""
    policy = make_policy({"budgets": {"session": {"cost": "1.00"}, "tenant": {"calls": 2}}})
    async with ledger as store:
        _, seen = await _run(harness, store, policy)
        first, second, third = seen
        assert isinstance(first, LLMResult)
        assert isinstance(second, LLMResult)
        assert isinstance(third, BudgetExceeded), third
        assert third.rule == "budgets.tenant.calls"
        tenant = await store.balance(Scope("tenant", "acme"))
        assert tenant.spent.calls == 2
        session = await store.balance(Scope("session", "s1"))
        assert session.spent.calls == 2
        assert len(harness.provider.requests) == 2


async def test_call_limits_keep_counting_after_a_governor_restart(
    harness: Harness, ledger: LedgerStore
) -> None:
    """max_calls_per_agent = 2: the restarted governor used to count from zero, so the third
    call ran. It carries its predecessor's counts on."""
    policy = make_policy({"limits": {"max_calls_per_agent": 2}})
    async with ledger as store:
        _, seen = await _run(harness, store, policy)
    first, second, third = seen
    assert isinstance(first, LLMResult)
    assert isinstance(second, LLMResult)
    assert isinstance(third, CallDenied), third
    assert third.rule == "limits.max_calls_per_agent"
    assert len(harness.provider.requests) == 2
