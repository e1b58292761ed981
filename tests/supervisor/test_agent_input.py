"""What an agent passes to ``self.llm`` is checked before anything is asked or sent: a
mistake in the agent's code gets an error that says what is wrong and how to write it."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from test_governor_support import Harness, agent_class, make_policy

from supervisor import Agent, ConfigurationError, tool

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


class Toolbox(Agent):
    model = "fast:big"

    @tool
    async def search(self, query: str, limit: int = 5, model_id: str | None = None) -> str:
        """Search the web."""
        return query

    @tool(name="remove")
    def delete_files(self, path: str, *, force: bool = False) -> str:
        return path


def test_tool_definitions_are_made_from_the_tools_signatures() -> None:
    search, remove = Toolbox.tool_definitions()
    assert search == {
        "type": "function",
        "function": {
            "name": "search",
            "description": "Search the web.",
            "parameters": {
                "type": "object",
                "properties": {
                    "query": {"type": "string"},
                    "limit": {"type": "integer", "default": 5},
                    "model_id": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None},
                },
                "required": ["query"],
            },
        },
    }
    assert remove["function"]["name"] == "remove"
    assert remove["function"]["parameters"]["required"] == ["path"]
    assert "description" not in remove["function"]  # no docstring
    assert Toolbox.tool_definitions("remove") == [remove]
    with pytest.raises(ConfigurationError, match="no tool named 'nope'; its tools are"):
        Toolbox.tool_definitions("nope")
