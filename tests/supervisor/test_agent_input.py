"""What an agent passes to ``self.llm`` is checked before anything is asked or sent: a
mistake in the agent's code gets an error that says what is wrong and how to write it."""

from __future__ import annotations

import json
from typing import Annotated, Any, ClassVar

import anyio
import pytest
from pydantic import BaseModel, Field
from test_governor_support import Harness, agent_class, make_policy

from supervisor import (
    Agent,
    ApprovalRequest,
    CallDenied,
    ConfigurationError,
    LLMResult,
    ToolArgumentsError,
    tool,
)
from supervisor._results import ToolCall as ResultToolCall
from supervisor._results import Usage

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


class AsksFor(Agent):
    model = "fast:big"
    max_tokens_asked: ClassVar[Any]
    seen: ClassVar[list[Any]]

    async def run(self) -> None:
        try:
            self.seen.append(await self.llm("hello", max_tokens=self.max_tokens_asked))
        except ValueError as exc:
            self.seen.append(exc)


@pytest.mark.parametrize("max_tokens", [0, -5, 2.5, True])
async def test_a_max_tokens_that_asks_for_no_output_is_refused_before_anything_is_sent(
    harness: Harness, max_tokens: Any
) -> None:
    """Before, ``self.llm(..., max_tokens=-5)`` was sent, answered with nothing, and charged."""
    cls = agent_class("a1", AsksFor, max_tokens_asked=max_tokens, seen=[])
    await harness.run([cls], make_policy())
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, ValueError)
    wrong = "asks for no output" if max_tokens in (0, -5) else "is not a whole number of tokens"
    assert f"self.llm(max_tokens={max_tokens!r}) {wrong}" in str(error)
    assert harness.provider.requests == []


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
                # The call is checked so: an argument the model invents is refused.
                "additionalProperties": False,
            },
        },
    }
    assert remove["function"]["name"] == "remove"
    assert remove["function"]["parameters"]["required"] == ["path"]
    assert "description" not in remove["function"]  # no docstring
    assert Toolbox.tool_definitions("remove") == [remove]
    with pytest.raises(ConfigurationError, match="no tool named 'nope'; its tools are"):
        Toolbox.tool_definitions("nope")


class Region(BaseModel):
    name: str


class Documented(Agent):
    model = "fast:big"

    @tool
    async def search(
        self,
        query: str,
        limit: Annotated[int, Field(description="At most this many results.")] = 5,
        region: Region | None = None,
        **headers: str,
    ) -> str:
        """Search the web for pages.

        Slow: prefer the cache.

        Args:
            query: What to look for, in
                plain words.
            limit (int, optional): How many (the annotation says it first).
            region: Where the pages are from.
            **headers: Sent with the request.
            unknown: Not a parameter.

        Returns:
            The pages found.

        Raises:
            RuntimeError: The index is down.

        Example:
            search("revenue 2024")
        """
        return query

    @tool(description="Delete one folder.")
    def remove(self, path: str) -> str:
        """Delete things.

        Args:
            path: The folder to delete.
        """
        return path


def test_a_tools_docstring_describes_it_and_its_parameters() -> None:
    search, remove = Documented.tool_definitions()
    function = search["function"]
    # The text without the sections the schema holds or the model never sees.
    assert function["description"] == (
        'Search the web for pages.\n\nSlow: prefer the cache.\n\nExample:\n    search("revenue 2024")'
    )
    properties = function["parameters"]["properties"]
    assert properties["query"]["description"] == "What to look for, in plain words."
    assert properties["limit"]["description"] == "At most this many results."
    assert properties["region"]["description"] == "Where the pages are from."
    assert set(properties) == {"query", "limit", "region"}
    assert remove["function"]["description"] == "Delete one folder."  # given: as it is
    assert remove["function"]["parameters"]["properties"]["path"] == {
        "type": "string",
        "description": "The folder to delete.",
    }


class Prose(Agent):
    model = "fast:big"

    @tool
    async def titles(self, query: str) -> str:
        """Search the catalogue. Unlike search, this one
        returns: titles only, never the full records,
        so ask for a record by its id afterwards.

        Args:
            query: What to look for.
        """
        return query


def test_a_line_of_prose_that_starts_with_a_section_word_stays() -> None:
    """Google-style headers are capitalised: a wrapped sentence whose line starts with
    "returns:" is prose. Before, that line went missing from the description."""
    (titles,) = Prose.tool_definitions()
    assert titles["function"]["description"] == (
        "Search the catalogue. Unlike search, this one\n"
        "returns: titles only, never the full records,\n"
        "so ask for a record by its id afterwards."
    )
    query = titles["function"]["parameters"]["properties"]["query"]
    assert query["description"] == "What to look for."


# -- a tool's arguments are checked against its signature ------------------------------------


class Filters(BaseModel):
    region: str
    year: int


class Checked(Agent):
    model = "fast:big"
    calls: ClassVar[list[dict[str, Any]]]
    seen: ClassVar[list[Any]]

    @tool
    async def search(self, query: str, limit: int = 5, filters: Filters | None = None) -> Any:
        return (query, limit, filters)

    @tool
    def fetch(self, url: str, json: bool = False, **headers: str) -> Any:  # a plain tool
        return (url, json, headers)

    async def run(self) -> None:
        for call in self.calls:
            name, args = call["tool"], call["args"]
            try:
                self.seen.append((await self.tool(name, args)).value)
            except ToolArgumentsError as exc:
                self.seen.append(exc)


async def test_a_tool_gets_its_arguments_as_its_signature_types_them(harness: Harness) -> None:
    cls = agent_class(
        "a1",
        Checked,
        seen=[],
        calls=[
            # A model's slips that mean one thing: "7" for an int, 2024 for a str.
            {"tool": "search", "args": {"query": 2024, "limit": "7"}},
            # A mapping for a pydantic model parameter is that model.
            {"tool": "search", "args": {"query": "q", "filters": {"region": "EU", "year": "2023"}}},
            # **kwargs take what the signature does not name; a parameter may be named "json".
            {"tool": "fetch", "args": {"url": "https://x", "json": "true", "Accept": "text/csv"}},
        ],
    )
    await harness.run([cls], make_policy())
    assert cls.seen == [  # type: ignore[attr-defined]
        ("2024", 7, None),
        ("q", 5, Filters(region="EU", year=2023)),
        ("https://x", True, {"Accept": "text/csv"}),
    ]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ({"query": "q", "limit": "ten"}, "limit: Input should be a valid integer"),
        ({"qeury": "q"}, "it has no argument 'qeury' (did you mean 'query'?)"),
        ({"limit": 3}, "the required argument 'query' is missing"),
        (
            {"query": "q", "filters": {"region": "EU"}},
            "the required argument 'filters.year' is missing",
        ),
    ],
)
async def test_arguments_that_do_not_fit_the_tool_are_refused_in_words_a_model_can_use(
    harness: Harness, args: dict[str, Any], says: str
) -> None:
    cls = agent_class("a1", Checked, seen=[], calls=[{"tool": "search", "args": args}])
    run = await harness.run([cls], make_policy())
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, ToolArgumentsError)
    assert isinstance(error, TypeError)  # what calling the function would have raised
    assert error.tool == "search"
    assert says in str(error)
    assert str(error).endswith(
        "It takes query: str, limit: int = 5, filters: Filters | None = None."
    )
    # The governor saw a call that failed (what the loop detectors count), not a success.
    (done,) = [e for e in harness.sink.events if type(e).__name__ == "CallSettled"]
    assert done.outcome == "error"  # type: ignore[attr-defined]
    assert run.outcome is not None


async def test_the_same_wrong_arguments_again_and_again_are_a_loop(harness: Harness) -> None:
    wrong = {"tool": "search", "args": {"query": "revenue", "limit": "all of them"}}
    cls = agent_class("a1", Checked, seen=[], calls=[wrong] * 6)
    run = await harness.run([cls], make_policy())
    rules = [r.data["rule"] for r in await run.store.read_audit() if r.event == "decision"]
    assert "loops.structural.action_error" in rules


# -- a call that cannot run is never put to a person ------------------------------------------


class RecordingApprover:
    """Approves every request, recording each (a person stands in)."""

    def __init__(self) -> None:
        self.requests: list[ApprovalRequest] = []

    async def decide(self, request: ApprovalRequest) -> str:
        self.requests.append(request)
        await anyio.lowlevel.checkpoint()
        return "approve"


class Governed(Checked):
    """Records what each call returned or raised, governed refusals included."""

    async def run(self) -> None:
        for call in self.calls:
            try:
                self.seen.append((await self.tool(call["tool"], call["args"])).value)
            except (ToolArgumentsError, CallDenied) as exc:
                self.seen.append(exc)


APPROVAL = {"tools": {"require_approval": ["search"]}}


async def test_a_call_whose_arguments_do_not_fit_is_not_put_to_a_person(
    harness: Harness,
) -> None:
    """Before, the person was asked to approve it, and the call failed once approved."""
    approver = RecordingApprover()
    calls = [
        {"tool": "search", "args": {"qeury": "revenue"}},
        {"tool": "search", "args": {"query": "revenue"}},
    ]
    cls = agent_class("a1", Governed, seen=[], calls=calls)
    run = await harness.run([cls], make_policy(APPROVAL), approver=approver)
    error, value = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, ToolArgumentsError)
    assert "it has no argument 'qeury' (did you mean 'query'?)" in str(error)
    assert value == ("revenue", 5, None)
    # Only the call that can run was put to the person.
    (request,) = approver.requests
    assert request.rule == "tools.require_approval"
    assert "query='revenue'" in request.action
    # The other went through the governor as a call that failed, and the audit log says
    # why nobody was asked.
    audit = await run.store.read_audit()
    decisions = [(r.data["decision"], r.data["rule"]) for r in audit if r.event == "decision"]
    assert decisions == [
        ("Warn", "tools.require_approval"),
        ("Escalate", "tools.require_approval"),
    ]
    (warned,) = [r for r in audit if r.data.get("decision") == "Warn"]
    assert "Nobody was asked: the call's arguments do not fit" in warned.data["reason"]
    assert [r.event for r in audit].count("approval.answered") == 1
    events = [type(e).__name__ for e in harness.sink.events]
    assert events.count("CallStarted") == 2
    settled = [e for e in harness.sink.events if type(e).__name__ == "CallSettled"]
    assert [e.outcome for e in settled] == ["error", "ok"]  # type: ignore[attr-defined]


async def test_a_denied_tool_is_denied_whatever_its_arguments(harness: Harness) -> None:
    approver = RecordingApprover()
    calls = [{"tool": "search", "args": {"qeury": "revenue"}}]
    cls = agent_class("a1", Governed, seen=[], calls=calls)
    policy = make_policy({"tools": {"deny": ["search"], "require_approval": ["search"]}})
    run = await harness.run([cls], policy, approver=approver)
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, CallDenied)
    assert error.rule == "tools.deny"
    assert approver.requests == []
    # A refused call, as any: its decision, and no call started or settled.
    rules = [r.data["rule"] for r in await run.store.read_audit() if r.event == "decision"]
    assert rules == ["tools.deny"]
    names = [type(e).__name__ for e in harness.sink.events]
    assert "CallStarted" not in names
    assert "CallSettled" not in names


async def test_the_same_wrong_arguments_to_a_tool_needing_approval_are_a_loop(
    harness: Harness,
) -> None:
    approver = RecordingApprover()
    wrong = {"tool": "search", "args": {"query": "revenue", "limit": "all of them"}}
    cls = agent_class("a1", Governed, seen=[], calls=[wrong] * 6)
    run = await harness.run([cls], make_policy(APPROVAL), approver=approver)
    rules = [r.data["rule"] for r in await run.store.read_audit() if r.event == "decision"]
    assert "loops.structural.action_error" in rules
    assert approver.requests == []


LOOP_ESCALATES = {"loops": {"structural": {"action": "escalate"}, "semantic": {"enabled": False}}}


async def test_a_loop_of_calls_that_cannot_run_is_not_put_to_a_person(harness: Harness) -> None:
    """A loop rule whose action is ``escalate`` asked a person whether the agent might call the
    tool again with arguments that do not fit it: a question about a call that would fail
    whatever the answer. Now nobody is asked; each call fails and the model hears why, and the
    loop is recorded, saying nobody was asked."""
    approver = RecordingApprover()
    wrong = {"tool": "search", "args": {"query": "revenue", "limit": "all of them"}}
    cls = agent_class("a1", Governed, seen=[], calls=[wrong] * 6)
    run = await harness.run([cls], make_policy(LOOP_ESCALATES), approver=approver)
    assert approver.requests == []
    assert all(isinstance(e, ToolArgumentsError) for e in cls.seen)  # type: ignore[attr-defined]
    assert len(cls.seen) == 6  # type: ignore[attr-defined]
    audit = await run.store.read_audit()
    loops = [r.data for r in audit if r.event == "decision" and "loops." in r.data["rule"]]
    acted = [d for d in loops if "Nobody was asked" in d["reason"]]
    assert acted, loops
    assert {d["decision"] for d in acted} == {"Warn"}
    assert "approval.answered" not in [r.event for r in audit]


async def test_a_loop_of_calls_that_can_run_is_still_put_to_a_person(harness: Harness) -> None:
    approver = RecordingApprover()
    same = {"tool": "search", "args": {"query": "revenue"}}
    cls = agent_class("a1", Governed, seen=[], calls=[same] * 6)
    await harness.run([cls], make_policy(LOOP_ESCALATES), approver=approver)
    assert approver.requests, "the loop was not put to the person"
    assert all(r.rule.startswith("loops.structural.") for r in approver.requests)
    assert all(r.action.startswith("go on looping") for r in approver.requests)


class Bounded(Governed):
    @tool
    async def top(self, n: Annotated[int, Field(ge=1, description="How many.")]) -> int:
        return n


async def test_a_bound_in_a_parameters_annotation_is_checked(harness: Harness) -> None:
    calls = [{"tool": "top", "args": {"n": 0}}, {"tool": "top", "args": {"n": "2"}}]
    cls = agent_class("a1", Bounded, seen=[], calls=calls)
    await harness.run([cls], make_policy())
    error, value = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, ToolArgumentsError)
    assert "n: Input should be greater than or equal to 1 (got 0)" in str(error)
    assert str(error).endswith("It takes n: int.")
    assert value == 2


class DefaultInAnnotation(Governed):
    @tool
    async def top(self, query: str, n: Annotated[int, Field(default=3, ge=1)]) -> Any:
        return (query, n)


async def test_a_default_given_in_a_parameters_annotation_reaches_the_tool(
    harness: Harness,
) -> None:
    """The schema tells the model ``n`` may be left out (default 3): before, a call leaving it
    out failed with TypeError, the function having no default of its own."""
    definition = DefaultInAnnotation.tool_definitions("top")[0]["function"]["parameters"]
    assert definition["required"] == ["query"]
    assert definition["properties"]["n"]["default"] == 3
    calls = [
        {"tool": "top", "args": {"query": "x"}},
        {"tool": "top", "args": {"query": "x", "n": 0}},
    ]
    cls = agent_class("a1", DefaultInAnnotation, seen=[], calls=calls)
    await harness.run([cls], make_policy())
    value, error = cls.seen  # type: ignore[attr-defined]
    assert value == ("x", 3)
    assert isinstance(error, ToolArgumentsError)
    assert "It takes query: str, n: int = 3." in str(error)


# -- the tool turns of an answer ---------------------------------------------------------------


class Loops(Agent):
    """Hands call_tools an answer with the tool calls listed in ``asked``."""

    model = "fast:big"
    asked: ClassVar[list[ResultToolCall]]
    seen: ClassVar[list[Any]]

    @tool
    async def search(self, query: str, limit: int = 5) -> str:
        return f"3 results for {query}"

    @tool
    def stats(self, query: str) -> dict[str, int]:
        return {"hits": len(query)}

    @tool
    async def broken(self) -> str:
        raise RuntimeError("the index is down")

    @tool
    async def wipe(self) -> str:
        return "wiped"

    async def run(self) -> None:
        answer = LLMResult(
            "Let me look.", "fast:big", Usage(), 0, "tool_calls", "c1", tuple(self.asked)
        )
        self.seen.append(answer.as_message())
        self.seen.extend(await self.call_tools(answer))


async def test_call_tools_answers_each_call_and_tells_the_model_what_went_wrong(
    harness: Harness,
) -> None:
    asked = [
        ResultToolCall("t1", "search", {"query": "revenue"}),
        ResultToolCall("t2", "stats", {"query": "abc"}),
        ResultToolCall("t3", "serach", {"query": "x"}),  # no such tool
        ResultToolCall("t4", "search", {"query": "x", "limit": "many"}),
        ResultToolCall("t5", "search", {"_raw": '{"query": "x'}),  # the model's broken JSON
        ResultToolCall("t6", "broken", {}),
        ResultToolCall("t7", "wipe", {}),  # denied by the policy
    ]
    cls = agent_class("a1", Loops, asked=asked, seen=[])
    policy = make_policy({"tools": {"deny": ["wipe"]}})
    run = await harness.run([cls], policy)
    message, *turns = cls.seen  # type: ignore[attr-defined]
    assert message == {
        "role": "assistant",
        "content": "Let me look.",
        "tool_calls": [
            {
                "id": c.id,
                "type": "function",
                "function": {"name": c.name, "arguments": json.dumps(c.arguments)},
            }
            for c in asked
        ],
    }
    assert [t["tool_call_id"] for t in turns] == [c.id for c in asked]
    assert all(t["role"] == "tool" for t in turns)
    said = [t["content"] for t in turns]
    assert said[0] == "3 results for revenue"
    assert json.loads(said[1]) == {"hits": 3}
    assert said[2] == "There is no tool named 'serach'; the tools are broken, search, stats, wipe."
    assert said[3].startswith("Not done: The tool 'search' was called with arguments that do")
    assert "limit: Input should be a valid integer" in said[3]
    assert said[4] == (
        "Not done: the arguments for 'search' are not valid JSON ('{\"query\": \"x'); send "
        "them again as a JSON object."
    )
    assert said[5] == "The tool 'broken' failed: RuntimeError: the index is down"
    assert said[6].startswith("Not done: ")
    assert "wipe" in said[6]
    # Every call the agent made went through the governor (the unknown one made none).
    settled = [e for e in harness.sink.events if type(e).__name__ == "CallSettled"]
    assert [e.model for e in settled] == [  # type: ignore[attr-defined]
        "tool:search",
        "tool:stats",
        "tool:search",
        "tool:search",
        "tool:broken",
    ]
    assert run.outcome is not None


async def test_call_tools_tells_the_model_the_policys_tool_fallback(harness: Harness) -> None:
    """A [tools] fallback ("That tool is not available to you.") reached no one: self.tool
    raises (the fallback rides on the exception) and call_tools told the model the rule's
    reason instead. The policy's text is what the model is told now."""
    asked = [ResultToolCall("t1", "wipe", {}), ResultToolCall("t2", "search", {"query": "q"})]
    cls = agent_class("a1", Loops, asked=asked, seen=[])
    policy = make_policy({"tools": {"deny": ["wipe"], "fallback": "Ask a person to wipe it."}})
    await harness.run([cls], policy)
    _message, *turns = cls.seen  # type: ignore[attr-defined]
    assert [t["content"] for t in turns] == [
        "Not done: Ask a person to wipe it.",
        "3 results for q",
    ]


class Notifies(Loops):
    """A tool taking any keyword: broken JSON from the model (``_raw``) binds to it."""

    ran: ClassVar[list[dict[str, Any]]]

    @tool
    async def notify(self, **fields: Any) -> str:
        self.ran.append(fields)
        return "sent"


async def test_broken_json_for_a_tool_taking_any_keyword_is_neither_asked_about_nor_run(
    harness: Harness,
) -> None:
    """Before, ``{"_raw": ...}`` fit ``**fields``: a person was asked to approve the model's
    broken text, and the tool then ran with ``_raw=`` as an argument."""
    approver = RecordingApprover()
    asked = [
        ResultToolCall("t1", "notify", {"_raw": '{"to": "ops'}),
        ResultToolCall("t2", "notify", {"to": "ops"}),
    ]
    cls = agent_class("a1", Notifies, asked=asked, seen=[], ran=[])
    policy = make_policy({"tools": {"require_approval": ["notify"]}})
    run = await harness.run([cls], policy, approver=approver)
    _, broken, fine = cls.seen  # type: ignore[attr-defined]
    assert broken["content"] == (
        "Not done: the arguments for 'notify' are not valid JSON ('{\"to\": \"ops'); send "
        "them again as a JSON object."
    )
    assert fine["content"] == "sent"
    assert cls.ran == [{"to": "ops"}]  # type: ignore[attr-defined]
    (request,) = approver.requests  # only the call that could run
    assert "to='ops'" in request.action
    audit = await run.store.read_audit()
    (warned,) = [r for r in audit if r.data.get("decision") == "Warn"]
    assert "Nobody was asked" in warned.data["reason"]
    settled = [e for e in harness.sink.events if type(e).__name__ == "CallSettled"]
    assert [e.outcome for e in settled] == ["error", "ok"]  # type: ignore[attr-defined]


class Stopped(Loops):
    async def run(self) -> None:
        answer = LLMResult("", "fast:big", Usage(), 0, "tool_calls", "c1", tuple(self.asked))
        try:
            await self.call_tools(answer)
        except CallDenied as exc:
            self.seen.append(exc)


async def test_call_tools_raises_what_concerns_the_agent_itself(harness: Harness) -> None:
    asked = [ResultToolCall(f"t{n}", "search", {"query": "x"}) for n in range(3)]
    cls = agent_class("a1", Stopped, asked=asked, seen=[])
    await harness.run([cls], make_policy({"limits": {"max_steps_per_agent": 2}}))
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, CallDenied)  # a step limit is the agent's, not the tool's
    assert error.rule == "limits.max_steps_per_agent"


@pytest.mark.parametrize(
    ("error_type", "retryable", "kind"),
    [
        ("rate_limit_error", True, "rate_limited"),  # Anthropic
        ("rate_limit_exceeded", True, "rate_limited"),  # OpenAI
        ("InternalServerError", True, "unavailable"),  # vLLM
        ("overloaded_error", True, "unavailable"),
        ("some_new_error", True, "unavailable"),  # a 429/5xx code the provider saw
        ("invalid_request_error", False, "other"),
    ],
)
def test_an_error_event_before_any_output_is_retried_by_what_it_says(
    error_type: str, retryable: bool, kind: str
) -> None:
    """OpenAI's and vLLM's mid-stream error names fell under "other", which the policy's
    retry_on never lists, so a rate limit or a server error as an event was never retried."""
    from supervisor._agent import _retry_kind
    from supervisor._providers import ProviderStreamError

    error = ProviderStreamError("x", error_type=error_type, retryable=retryable, provider="p")
    assert _retry_kind(error) == kind


def test_the_search_for_the_cause_of_a_crash_is_cycle_safe_and_bounded() -> None:
    """What ended run() is searched for a refusal through causes, contexts and groups; a
    chain that loops on itself, or one built in a loop, ends the search (a crash is then
    restarted as any other), never hangs it."""
    from supervisor._agent import _CAUSES_SEARCHED, _incurable
    from supervisor._providers import AuthenticationFailed, ProviderUnavailable

    refused = AuthenticationFailed("401", status_code=401)
    first, second = ValueError("a"), ValueError("b")
    first.__context__, second.__context__ = second, first
    assert _incurable(first) is None
    second.__cause__ = refused
    assert _incurable(first) is refused
    nested = ExceptionGroup("outer", [ValueError("c"), ExceptionGroup("inner", [first])])
    assert _incurable(nested) is refused
    # The nearest provider error on a path decides: a 503 raised while handling the refusal.
    passing = ProviderUnavailable("503", status_code=503)
    passing.__context__ = refused
    assert _incurable(passing) is None
    # A chain longer than the search: the refusal at its end is not reached.
    chain: BaseException = refused
    for n in range(_CAUSES_SEARCHED + 5):
        outer = RuntimeError(str(n))
        outer.__cause__ = chain
        chain = outer
    assert _incurable(chain) is None
