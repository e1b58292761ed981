"""A class attribute spelt much like one the agent reads is warned about before it starts.

Found following the README: ``max_token = 40`` on an agent class (for ``max_tokens``) was
ignored without a word, so every call reserved, and could spend, the policy's
``default_max_tokens`` (1024) instead of the 40 its author meant. Now the run warns, naming
the class, the attribute and the one it resembles; an attribute of the user's own that
resembles none (``files``) is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supervisor import Agent, ExitCode, Notice
from supervisor._agent import misspelt_attributes

from .conftest import agent_class, make_policy

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run


async def does_nothing(agent: Agent, seen: dict[str, Any]) -> None:
    return None


def test_misspelt_attributes_names_each_with_the_one_it_resembles() -> None:
    class Base(Agent):
        sytem = "You are terse."

    class Writer(Base):
        model = "scripted:writer"
        max_token = 40
        chunk_timout = 5.0
        files = ("a.txt",)  # the user's own: resembles nothing the agent reads
        timeouts = {"search": 3}  # the user's own, close to timeout: still worth a word

        async def run(self) -> None:
            return None

    assert misspelt_attributes(Writer) == [
        ("max_token", "max_tokens"),
        ("chunk_timout", "chunk_timeout"),
        ("timeouts", "timeout"),
        ("sytem", "system"),
    ]


async def test_the_run_warns_about_a_misspelt_attribute_and_runs(
    run_agents: Any, sse_server: SSEServer
) -> None:
    cls = agent_class(does_nothing, max_token=40)
    run: Run = await run_agents(make_policy(sse_server), cls)
    assert run.outcome is not None
    assert run.outcome.exit_code == ExitCode.OK
    (warning,) = [n for n in run.events(Notice) if "max_token" in n.message]
    assert warning.level == "warning"
    assert warning.message == (
        "The agent class Worker sets max_token, which the agent does not read: did you mean "
        "max_tokens? As it is, max_token changes nothing."
    )
