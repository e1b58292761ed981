"""``Runtime.interrupt``: what ``supervise run`` calls at the first Ctrl-C or SIGTERM."""

from __future__ import annotations

import anyio

from policies import load_policy_text
from supervisor import Agent, MemoryStore, ModelRouter, Runtime, UnattendedApprover
from supervisor._events import NullSink
from supervisor._target import AgentSpec, TargetSpec


class Forever(Agent):
    model = "scripted:x"
    script = ["hi"]

    async def run(self) -> None:
        await anyio.sleep_forever()


def _runtime(store: MemoryStore) -> Runtime:
    """A runtime for ``scripted:x`` agents on ``store``, with no output and no embedder."""
    sink = NullSink()
    policy = load_policy_text('[prices."scripted:x"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n')
    return Runtime(
        policy=policy,
        store=store,
        router=ModelRouter({}),
        approver=UnattendedApprover(sink, timeout=0),
        sink=sink,
        embedder=None,
    )


async def test_an_interrupt_during_set_up_stops_the_run_once_it_has_started() -> None:
    """One that came while the run was still being set up (checks, reconciling the store) must
    not be lost: the signal handler is gone by then, so before, the person had to press Ctrl-C
    again (and got the backend's abrupt stop)."""
    async with MemoryStore() as store:
        runtime = _runtime(store)
        runtime.interrupt("SIGINT (Ctrl-C)")
        with anyio.fail_after(10):
            outcome = await runtime.run(TargetSpec("agents.py", (AgentSpec("f", Forever),)))
    assert (outcome.exit_code, outcome.reason) == (130, "interrupted: SIGINT (Ctrl-C)")


async def test_a_stopped_part_waits_for_every_agents_shutdown_not_a_flat_ten_seconds() -> None:
    """A part (a team) stops its agents one after another, each within its 5 s shutdown. The
    runtime capped the whole part's stop at 10 s, so a third agent still in a slow on_stop
    (flushing what it holds: here 3.5 s each) was killed in the middle of it. The part's stop
    is now bounded by its agents' shutdowns, as a supervisor's is in OTP."""
    stopped: list[str] = []

    class Slow(Agent):
        model = "scripted:x"
        script = ["hi"]

        async def run(self) -> None:
            await anyio.sleep_forever()

        async def on_stop(self, reason: object) -> None:
            await anyio.sleep(3.5)
            stopped.append(self.binding.name)
            await super().on_stop(reason)  # type: ignore[arg-type]

    classes = [type(f"Slow{i}", (Slow,), {}) for i in range(3)]
    async with MemoryStore() as store:
        runtime = _runtime(store)
        target = TargetSpec(
            "agents.py", tuple(AgentSpec(f"s{i}", c) for i, c in enumerate(classes))
        )
        outcome = None

        async def run() -> None:
            nonlocal outcome
            outcome = await runtime.run(target)

        with anyio.fail_after(30):
            async with anyio.create_task_group() as tg:
                tg.start_soon(run)
                await anyio.sleep(0.5)
                runtime.interrupt("SIGTERM")
    assert outcome is not None
    assert outcome.exit_code == 130
    assert sorted(stopped) == ["s0", "s1", "s2"]
