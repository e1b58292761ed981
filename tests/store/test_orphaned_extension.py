"""An extension of a call's reservation (``<call_id>+more``) is never counted as a call.

A stream that runs on past its reservation gets more reserved for it under the call's id plus
``+more`` (``ReserveMore``: cost and tokens, no call). When the process dies mid-stream, both
the call's reservation and its extension are left held, and the next store to open the ledger
settles each as an orphan at what it reserved. Found by reading what a restarted run rebuilds:
SQLite counted every settled or orphaned row as a call (``COUNT(*)``), and Redis's finish
script added one to the session's and the agent's call counts for every reservation it
finished as an orphan. The orphaned extension was then a second call: ``supervise ledger``
showed one call too many, and a rerun of the session started ``max_calls_per_agent`` and
``max_steps_per_session`` one call further on, refusing a call the limit allowed. The call
counts (``load_session().calls``, the summary's ``calls``) now count calls only; the money and
tokens the extension held stay charged. Each test runs on a real SQLite file and the real
Redis; MemoryStore, which has no orphans, is checked for the same counts while it is held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from tests.store._runtime_worker import MODEL, RecordingProvider, make_runtime
from tests.store.test_session_rerun import Outcome, policy, worker

from policies import Amounts, Reservation, agent_scope_id, outer_scopes
from supervisor._exit_codes import ExitCode
from supervisor._messages import more_id
from supervisor._store import MemoryStore
from supervisor._target import AgentSpec, TargetSpec

if TYPE_CHECKING:
    from supervisor import LedgerStore

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("clean_prefix")]

SESSION = "extended"
AGENT = agent_scope_id(SESSION, "worker")
SCOPES = outer_scopes("worker", SESSION, None)
CALL = Amounts(cost=10_000, tokens=1_000, calls=1)  # a call's worst case
MORE = Amounts(cost=5_000, tokens=500, calls=0)  # what ReserveMore holds beside it
SETTLED = Amounts(cost=3_000, tokens=300, calls=1)


async def _run_that_died(store: LedgerStore) -> None:
    """What a run leaves when it dies mid-stream after an extension: one call settled, and
    the next one held with its extension (the governor's scopes and amounts)."""
    assert isinstance(await store.reserve("c0", SCOPES, CALL, model=MODEL), Reservation)
    await store.settle("c0", SETTLED)
    assert isinstance(await store.reserve("c1", SCOPES, CALL, model=MODEL), Reservation)
    assert isinstance(await store.reserve(more_id("c1"), SCOPES, MORE, model=MODEL), Reservation)


async def test_an_orphaned_extension_is_not_counted_as_a_call(ledger: Any) -> None:
    async with ledger() as store:
        await _run_that_died(store)
        held = await store.load_session(SESSION)
        assert held.calls == {AGENT: 1}
        assert held.summary.calls == 1
        assert {r.call_id for r in held.open_reservations} == {"c1", more_id("c1")}
    # (Closed with its reservations held: to the next store, a dead owner's.)
    async with ledger() as store:
        await store.reconcile_orphans()  # (done on open already)
        orphaned = await store.read_audit(session=SESSION)
        assert sorted(r.data["call_id"] for r in orphaned) == ["c1", more_id("c1")]
        state = await store.load_session(SESSION)
        assert state.calls == {AGENT: 2}  # c0 and c1; not c1+more
        assert not state.open_reservations
        (summary,) = [s for s in await store.list_sessions() if s.session == SESSION]
        assert summary == state.summary
        # What `supervise ledger` shows: two calls, charged all that was reserved for them.
        assert summary.calls == 2
        assert summary.spent == SETTLED + CALL + MORE
        assert summary.by_agent == {AGENT: SETTLED + CALL + MORE}
        assert summary.open_reservations == 0


async def test_a_rerun_after_an_orphaned_extension_may_make_the_calls_left(ledger: Any) -> None:
    """max_calls_per_agent = 3 and two calls made before the crash: the rerun makes one more
    call, and is refused the next (it was refused the first, an orphaned extension counted as
    a third call)."""
    async with ledger() as store:
        await _run_that_died(store)
    seen = Outcome()
    provider = RecordingProvider(seed=1, chunk_delay=0.0, min_out=3)
    try:
        async with ledger() as store:
            runtime = make_runtime(policy(max_calls_per_agent=3), store, provider, session=SESSION)
            outcome = await runtime.run(
                TargetSpec("t", (AgentSpec("worker", worker(seen, calls=2)),))
            )
            assert outcome.exit_code == ExitCode.OK, outcome
            progress = await store.load_progress(SESSION)
    finally:
        await provider.aclose()
    assert seen.made == ["llm 0"]
    (refused,) = seen.refused
    assert refused.rule == "limits.max_calls_per_agent"
    assert progress is not None
    assert (progress.calls, progress.agent_calls) == (3, {"worker": 3})


async def test_a_held_extension_is_not_a_call_in_memory() -> None:
    """MemoryStore has no orphans (nothing outlives its process): while the extension is held
    and once it is given back, the counts are of calls only."""
    async with MemoryStore() as store:
        await _run_that_died(store)
        state = await store.load_session(SESSION)
        assert state.calls == {AGENT: 1}
        assert state.summary.calls == 1
        await store.settle("c1", SETTLED)
        await store.release(more_id("c1"))
        state = await store.load_session(SESSION)
        assert state.calls == {AGENT: 2}
        assert state.summary.calls == 2
        assert state.summary.spent == SETTLED + SETTLED


async def test_redis_finish_script_knows_the_extension_suffix() -> None:
    """The Lua script spells the suffix out; it must be the one more_id makes."""
    from supervisor._store import _redis
    from supervisor._store._base import EXTENSION_SUFFIX

    assert more_id("c1").endswith(EXTENSION_SUFFIX)
    spelt = f"string.sub(call, -{len(EXTENSION_SUFFIX)}) == '{EXTENSION_SUFFIX}'"
    assert spelt in _redis._FINISH
