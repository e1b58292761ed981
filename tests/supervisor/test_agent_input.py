"""What an agent passes to ``self.llm`` is checked before anything is asked or sent: a
mistake in the agent's code gets an error that says what is wrong and how to write it."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from test_governor_support import Harness, agent_class, make_policy

from supervisor import Agent, tool

pytestmark = pytest.mark.filterwarnings("error")


class Sends(Agent):
    model = "fast:big"
    messages: ClassVar[Any]
    seen: ClassVar[list[Any]]

    async def run(self) -> None:
        try:
            self.seen.append(await self.llm(self.messages, max_tokens=10))
        except TypeError as exc:
            self.seen.append(exc)


@pytest.mark.parametrize(
    ("messages", "says"),
    [
        (["hello"], "message 0 is 'hello'; each message is a mapping with a 'role'"),
        ([{"content": "hi"}], "message 0 is {'content': 'hi'}"),
        ([], "no messages"),
        (42, "takes a string (one user message) or a list of chat messages, not int"),
    ],
)
async def test_malformed_messages_are_refused_before_anything_is_sent(
    harness: Harness, messages: Any, says: str
) -> None:
    cls = agent_class("a1", Sends, messages=messages, seen=[])
    run = await harness.run([cls], make_policy())
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, TypeError)
    assert says in str(error)
    assert harness.provider.requests == []
    assert [r for r in await run.store.read_audit() if r.event == "decision"] == []


class CallsATool(Agent):
    model = "fast:big"
    seen: ClassVar[list[Any]]

    @tool
    async def search(self, query: str) -> str:
        return f"found {query}"

    async def run(self) -> None:
        try:
            await self.tool("search", "revenue")  # type: ignore[arg-type]
        except TypeError as exc:
            self.seen.append(exc)
        self.seen.append((await self.tool("search", query="revenue")).value)


async def test_tool_arguments_that_are_not_a_mapping_are_refused(harness: Harness) -> None:
    cls = agent_class("a1", CallsATool, seen=[])
    await harness.run([cls], make_policy())
    error, value = cls.seen  # type: ignore[attr-defined]
    assert "takes the tool's arguments as a mapping or as keywords, not str" in str(error)
    assert value == "found revenue"
