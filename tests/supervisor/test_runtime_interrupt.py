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


async def test_an_interrupt_during_set_up_stops_the_run_once_it_has_started() -> None:
    """One that came while the run was still being set up (checks, reconciling the store) must
    not be lost: the signal handler is gone by then, so before, the person had to press Ctrl-C
    again (and got the backend's abrupt stop)."""
    sink = NullSink()
    policy = load_policy_text('[prices."scripted:x"]\ninput_per_mtok = 1\noutput_per_mtok = 1\n')
    async with MemoryStore() as store:
        runtime = Runtime(
            policy=policy,
            store=store,
            router=ModelRouter({}),
            approver=UnattendedApprover(sink, timeout=0),
            sink=sink,
            embedder=None,
        )
        runtime.interrupt("SIGINT (Ctrl-C)")
        with anyio.fail_after(10):
            outcome = await runtime.run(TargetSpec("agents.py", (AgentSpec("f", Forever),)))
    assert (outcome.exit_code, outcome.reason) == (130, "interrupted: SIGINT (Ctrl-C)")
