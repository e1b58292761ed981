"""What an agent's own Python code hands the runtime, found by the agent-code audit.

Each case is what a person saw before and sees now: a clear error naming the argument, the
attribute or the line, never a crash of the governor (which every agent shares) nor of the
whole process.
"""

from __future__ import annotations

from typing import Any, ClassVar

import anyio
import anyio.lowlevel
import pytest
from test_governor_support import Harness, agent_class, make_policy

from policies import Decision, Rule, StopAgent
from supervisor import (
    Agent,
    AgentStopped,
    ConfigurationError,
    DecisionMade,
    GovernorUnavailable,
    Notice,
    tool,
)
from supervisor._agent import check_agent_class

pytestmark = pytest.mark.filterwarnings("error")


class _Caller(Agent):
    """Makes the calls ``calls(self)`` makes, keeping each one's error (or result)."""

    model = "fast:big"
    restart = "temporary"
    seen: ClassVar[list[Any]]
    calls: ClassVar[Any]

    @tool
    async def store(self, value: Any) -> str:
        """Keeps anything."""
        return "stored"

    async def run(self) -> None:
        for call in type(self).calls(self):
            try:
                self.seen.append(await call)
            except Exception as exc:
                self.seen.append(exc)


def _caller(calls: Any) -> type[Agent]:
    return agent_class("caller", _Caller, seen=[], calls=staticmethod(calls))


@pytest.mark.parametrize(
    ("tools", "said"),
    [
        (5, "self.llm(tools=...) got int 5: give a list of tool definitions"),
        (["search"], "self.llm(tools=...) item 0 is str 'search', not a tool definition"),
        ({"type": "function"}, "self.llm(tools=...) got dict"),
        ([{"type": "function"}], "item 0 is a function tool with no name"),
    ],
)
async def test_tools_of_a_wrong_shape_are_a_type_error_not_a_governor_crash(
    harness: Harness, tools: object, said: str
) -> None:
    """Before: ``self.llm("hi", tools=5)`` (or a list of names) reached the governor, whose
    prompt estimate failed on it: the governor crashed and was restarted, and the agent got
    "GovernorUnavailable: The governor failed while answering (TypeError('Value after * must
    be an iterable, not int'))", naming neither the argument nor the fix. Now: a TypeError
    naming ``tools=`` and the form it takes; nothing reaches the governor, and the agent's
    next call goes through."""
    cls = _caller(lambda self: [self.llm("hi", tools=tools), self.llm("hi")])
    await harness.run([cls], make_policy())
    error, answer = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, TypeError), error
    assert not isinstance(error, GovernorUnavailable)
    assert said in str(error)
    assert "tools=self.tool_definitions()" in str(error)
    assert answer.text


async def test_a_model_that_is_not_a_string_is_a_type_error_naming_it(harness: Harness) -> None:
    """Before: ``self.llm("hi", model=5)`` failed with Python's "TypeError: argument of type
    'int' is not iterable", from inside the router. Now it names ``model=`` and its form."""
    cls = _caller(lambda self: [self.llm("hi", model=5)])
    await harness.run([cls], make_policy())
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, TypeError)
    assert "self.llm(model=5) takes a 'provider:model' string" in str(error)


async def test_message_content_that_is_not_text_is_a_type_error(harness: Harness) -> None:
    """Before: ``{"role": "user", "content": 5}`` was admitted, counted and sent; the scripted
    provider answered it (an offline test passed) and a real one rejected it with a 400. Now
    it is a TypeError naming the message and its content, before anything is sent."""
    cls = _caller(lambda self: [self.llm([{"role": "user", "content": 5}])])
    await harness.run([cls], make_policy())
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, TypeError)
    assert "self.llm() message 0 has 'content' 5 (int); give the text as a string" in str(error)


@pytest.mark.parametrize("role", ["bogus", "User", "human", ""])
async def test_a_message_role_no_provider_takes_is_refused_before_anything_is_sent(
    harness: Harness, role: str
) -> None:
    """Before: ``{"role": "bogus", ...}`` was admitted, reserved and sent; the scripted
    provider answered it (an offline test passed) and a real one refused it with a 400. Now
    it is a ValueError naming the message's position, its role and the roles taken, before
    anything is sent; the agent's next call, with every role a provider takes, goes
    through."""
    good = [
        {"role": "system", "content": "Be brief."},
        {"role": "developer", "content": "Answer in English."},
        {"role": "user", "content": "Look it up."},
        {"role": "assistant", "content": "Looking.", "tool_calls": []},
        {"role": "tool", "tool_call_id": "call_1", "content": "found"},
        {"role": "function", "name": "search", "content": "found"},
        {"role": "user", "content": "And?"},
    ]
    bad = [{"role": "user", "content": "hi"}, {"role": role, "content": "hi"}]
    cls = _caller(lambda self: [self.llm(bad), self.llm(good)])
    await harness.run([cls], make_policy())
    error, answer = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, ValueError), error
    assert f"self.llm() message 1 has the role {role!r}, which no provider takes" in str(error)
    assert "'system', 'developer', 'user', 'assistant', 'tool', 'function'" in str(error)
    assert answer.text
    assert len(harness.provider.requests) == 1  # only the good call was sent


@pytest.mark.parametrize(
    "value",
    [b"\xff\x00", {1, 2}, object(), {(1, 2): "tuple key"}],
    ids=["bytes", "set", "object", "tuple-key"],
)
async def test_tool_arguments_a_model_could_not_send_do_not_fail_the_governor(
    harness: Harness, value: object
) -> None:
    """Before: ``self.tool("store", value=b"...")`` (or a set, or an object) ran, and the
    governor then failed on every later call of the agent, its loop history not being JSON:
    each was refused with "GovernorUnavailable: The governor failed while answering
    (TypeError('Object of type bytes is not JSON serializable'))". Now the governor, the
    rules and the audit log see the arguments as JSON (the value's text), the tool gets them
    as given, and later calls go through."""
    cls = _caller(
        lambda self: [
            self.tool("store", value=value),
            self.tool("store", value="second"),
            self.llm("hi"),
        ]
    )
    await harness.run([cls], make_policy())
    first, second, answer = cls.seen  # type: ignore[attr-defined]
    assert first.value == "stored", first
    assert first.arguments == {"value": value}  # the agent's own, unchanged
    assert second.value == "stored", second
    assert answer.text


class _Exits(Agent):
    model = "fast:big"
    restart = "temporary"

    async def run(self) -> None:
        import sys

        sys.exit(3)


async def test_sys_exit_in_run_fails_the_agent_not_the_process(harness: Harness) -> None:
    """Before: ``sys.exit(3)`` in ``run()`` passed every ``except Exception`` and ended the
    whole process with status 3 and a traceback ("unhandled exception during asyncio.run()
    shutdown"), the other agents and their calls' settlement with it. Now the agent fails
    with an error that names it and says what to do, and the run ends as for any failure."""
    cls = agent_class("exits", _Exits)
    run = await harness.run([cls], make_policy())
    assert run.outcome is not None
    assert run.outcome.exit_code == 4
    assert "run() called sys.exit(3), which would end the whole run" in run.outcome.reason
    assert "return from run() to end this agent" in run.outcome.reason
    assert "test_agent_code_audit.py, line" in run.outcome.reason


class _Returns(Agent):
    model = "fast:big"

    async def run(self) -> Any:
        return {"answer": 42}


async def test_a_value_run_returns_is_warned_about(harness: Harness) -> None:
    """Before: ``return answer`` at the end of ``run()`` finished the agent without a word,
    its answer seen nowhere. Now a warning says the value is dropped and to report it."""
    cls = agent_class("returns", _Returns)
    run = await harness.run([cls], make_policy())
    assert run.outcome is not None
    assert run.outcome.exit_code == 0
    (notice,) = [e for e in harness.sink.events if isinstance(e, Notice) and "run()" in e.message]
    assert notice.level == "warning"
    assert "run() returned {'answer': 42} (dict), which nobody reads" in notice.message
    assert "self.report(...)" in notice.message


def test_a_class_without_run_is_refused_before_it_starts() -> None:
    """Before: a class that forgot ``run`` started, raised NotImplementedError and was
    restarted until its supervisor gave up (exit 4, after three tries). Now it is refused
    before any agent starts, saying to add ``async def run``."""

    class Forgot(Agent):
        model = "openai:gpt-4o"

    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(Forgot)
    assert "it defines no run(): add 'async def run(self) -> None' to it" in str(caught.value)


def test_an_init_that_needs_arguments_is_refused_before_it_starts() -> None:
    """Before: ``def __init__(self, foo)`` failed at the start with "its on_start raised
    TypeError: A.__init__() missing 1 required positional argument: 'foo'", blaming an
    on_start the class does not have. Now the class is refused before any agent starts,
    naming the arguments and where to set them up instead."""

    class NeedsFoo(Agent):
        model = "openai:gpt-4o"

        def __init__(self, foo: str, bar: int = 1) -> None:
            super().__init__()
            self.foo = foo

        async def run(self) -> None:
            pass

    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(NeedsFoo)
    assert "its __init__ needs foo, but the runtime makes each instance" in str(caught.value)
    assert "on_start" in str(caught.value)


def test_a_name_with_a_slash_is_refused_naming_the_attribute() -> None:
    """Before: ``name = "research/web"`` was refused by the kernel as "ChildSpec id
    'research/web' must be non-empty and contain no '/'", naming neither the class nor the
    attribute. Now the class check names both."""

    class Slashed(Agent):
        model = "openai:gpt-4o"
        name = "research/web"

        async def run(self) -> None:
            pass

    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(Slashed)
    assert "name = 'research/web' (str) cannot hold '/'" in str(caught.value)


class _StopFirst(Rule):
    name = "stop-first"

    def pre_call(self, ctx: Any) -> Decision | None:
        return StopAgent(rule=self.name, reason="enough for today")


class _FailsAfterItsStop(Agent):
    model = "fast:big"
    started: ClassVar[list[int]]

    async def run(self) -> None:
        self.started.append(1)
        try:
            await self.llm("hi")
        except AgentStopped as exc:
            raise RuntimeError("could not finish the report") from exc


async def test_an_agent_that_fails_after_catching_its_stop_stays_stopped(
    harness: Harness,
) -> None:
    """Before: an agent that caught ``AgentStopped`` and then raised its own error was taken
    for a crash and restarted; each fresh instance met the same stop on its first call, until
    its supervisor gave up: exit 4, "gave up after too many restarts", the stop unsaid. Now
    the stop behind the error stops it for good, once, and the run says it was stopped
    (exit 3)."""
    cls = agent_class("reporter", _FailsAfterItsStop, started=[])
    run = await harness.run([cls], make_policy(), rules=[_StopFirst()])
    assert run.outcome is not None
    assert run.outcome.exit_code == 3, run.outcome.reason
    assert "enough for today" in run.outcome.reason
    assert cls.started == [1]  # type: ignore[attr-defined]


class _BrokenAfter(Rule):
    name = "broken-after"

    def post_call(self, ctx: Any, outcome: Any) -> Decision | None:
        raise KeyError("usage")


class _Asks(Agent):
    model = "fast:big"
    seen: ClassVar[list[Any]]

    async def run(self) -> None:
        self.seen.append((await self.llm("hi")).text)


async def test_a_post_call_rule_that_raises_does_not_claim_the_call_was_refused(
    harness: Harness,
) -> None:
    """Before: a ``post_call`` hook that raised was recorded as "...raised KeyError('usage') in
    post_call(); the call is refused (fail closed)", while the call had run and its answer
    reached the agent: the audit log said a paid call was refused. Now it says the call had
    already run and the failure is recorded only."""
    cls = agent_class("asker", _Asks, seen=[])
    await harness.run([cls], make_policy(), rules=[_BrokenAfter()])
    assert len(cls.seen) == 1  # type: ignore[attr-defined]
    (made,) = [
        e for e in harness.sink.events if isinstance(e, DecisionMade) and e.rule == "broken-after"
    ]
    assert "raised KeyError('usage')" in made.reason
    assert "in post_call(); the call had already run, so this is recorded only." in made.reason
    assert "refused" not in made.reason


class _Leaks(Agent):
    """Starts a call in a task it does not wait for, and returns while the call runs."""

    model = "fast:big"
    tasks: ClassVar[Any]

    @tool
    async def fetch(self) -> str:
        """Waits for a slow service."""
        await anyio.sleep(30)
        return "fetched"

    async def run(self) -> None:
        started = anyio.Event()

        async def fetch_in_the_background() -> None:
            started.set()
            await self.tool("fetch")

        type(self).tasks.start_soon(fetch_in_the_background)  # a task group outliving run()
        await started.wait()
        for _ in range(3):
            await anyio.lowlevel.checkpoint()


async def test_a_call_left_running_when_run_returns_is_warned_about(harness: Harness) -> None:
    """Before: a call started in a task run() did not wait for (``asyncio.create_task``, a
    task group outside run()) was cut as the agent ended and could not settle: the run said
    "every agent finished" (exit 0), and only a log line said the reservation "stays open in
    the store and counts as spent until reconciled". Now a warning names run() returning with
    a call still running, what that costs and what to do."""
    async with anyio.create_task_group() as tasks:
        cls = agent_class("leaker", _Leaks, tasks=tasks)
        await harness.run([cls], make_policy())
        tasks.cancel_scope.cancel()
    (notice,) = [
        e for e in harness.sink.events if isinstance(e, Notice) and "still running" in e.message
    ]
    assert notice.level == "warning"
    assert "run() returned while 1 of its self.llm()/self.tool() call was still running" in (
        notice.message
    )
    assert "Await every call before run() returns" in notice.message


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (5, "@tool(name=5): a tool's name is a str, not int"),
        ("web search", "@tool(name='web search'): the tool name 'web search' is not 1 to 64"),
    ],
)
def test_a_tool_name_no_provider_takes_is_refused_where_it_is_written(
    name: object, said: str
) -> None:
    """Before: ``@tool(name=5)`` ended ``supervise run`` with "unexpected error:
    AttributeError: 'int' object has no attribute 'casefold'" (exit 1), and ``@tool(name="web
    search")`` ran offline but would be refused by a provider (a 400) on the first call that
    offered it. Now the decorator refuses either where the class is written, with the fix."""
    with pytest.raises(TypeError) as caught:
        tool(name=name)  # type: ignore[arg-type]
    assert said in str(caught.value)


def test_two_tools_of_one_name_are_refused_before_the_run_starts() -> None:
    """Before: two methods given one ``@tool(name=...)`` ran without a word; only the later
    could ever be called, and the earlier was never offered to the model. Now the class is
    refused, naming both."""

    class Searcher(Agent):
        model = "openai:gpt-4o"

        @tool(name="search")  # type: ignore[untyped-decorator]
        async def search_web(self, query: str) -> str:
            return query

        @tool(name="search")  # type: ignore[untyped-decorator]
        async def search_files(self, query: str) -> str:
            return query

        async def run(self) -> None:
            pass

    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(Searcher)
    assert "the tools search_web, search_files of " in str(caught.value)
    assert "are all named 'search', so only search_files could be called" in str(caught.value)


async def test_call_tools_given_something_else_than_an_answer_says_what_it_takes(
    harness: Harness,
) -> None:
    """Before: ``self.call_tools(answer.text)`` (or the messages) failed on Python's words,
    "AttributeError: 'str' object has no attribute 'tool_calls'". Now a TypeError says it
    takes what ``self.llm()`` returned."""
    cls = _caller(lambda self: [self.call_tools("the answer's text")])
    await harness.run([cls], make_policy())
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, TypeError)
    assert "self.call_tools() takes the result self.llm() returned (an LLMResult), not str" in (
        str(error)
    )


@pytest.mark.parametrize("temperature", ["hot", float("nan"), -1, 50, True], ids=repr)
async def test_a_temperature_no_provider_takes_is_refused_before_anything_is_sent(
    harness: Harness, temperature: object
) -> None:
    """Before: ``self.llm("hi", temperature="hot")`` (or NaN, or 50) was admitted and sent:
    the scripted provider answered it, so an offline test passed, and a real provider
    refused it with a 400. Now it is a ValueError saying what a temperature is, and nothing
    is sent."""
    cls = _caller(lambda self: [self.llm("hi", temperature=temperature)])
    await harness.run([cls], make_policy())
    (error,) = cls.seen  # type: ignore[attr-defined]
    assert isinstance(error, ValueError)
    assert f"self.llm(temperature={temperature!r}) is not a sampling temperature" in str(error)
    assert harness.provider.requests == []


class _SetsUp(Agent):
    """Sets things up in on_start without calling super().on_start()."""

    model = "fast:big"
    seen: ClassVar[list[Any]]

    async def on_start(self) -> None:
        self.notes = ["set up"]

    async def run(self) -> None:
        self.seen.append((self.notes, (await self.llm("hi")).text))


async def test_an_on_start_without_super_still_starts_run(harness: Harness) -> None:
    """Before: an agent class whose ``on_start`` did not call ``super().on_start()`` (its
    handshake with the governor) never had its ``run()`` started: the run waited for ever,
    without a word. Now the runtime's start runs either way, before the class's own."""
    cls = agent_class("setter", _SetsUp, seen=[])
    run = await harness.run([cls], make_policy(), timeout=5)
    assert run.outcome is not None
    assert run.outcome.exit_code == 0
    assert cls.seen == [(["set up"], "ok")]  # type: ignore[attr-defined]


class _StopRaises(Agent):
    model = "fast:big"

    async def run(self) -> None:
        await self.llm("hi")

    async def on_stop(self, reason: Any) -> None:
        raise ValueError("could not flush the notes")


class _StopHangs(Agent):
    model = "fast:big"

    async def run(self) -> None:
        await self.llm("hi")

    async def on_stop(self, reason: Any) -> None:
        await anyio.sleep(3600)


async def test_an_on_stop_that_raises_is_said(harness: Harness) -> None:
    """Before: an ``on_stop`` that raised was a warning in the log file only; the run said
    "every agent finished" and the cleanup that failed went unsaid. Now a warning names the
    error and its line."""
    cls = agent_class("flusher", _StopRaises)
    await harness.run([cls], make_policy())
    (notice,) = [e for e in harness.sink.events if isinstance(e, Notice) and "on_stop" in e.message]
    assert notice.level == "warning"
    assert "on_stop raised ValueError: could not flush the notes (at " in notice.message
    assert "test_agent_code_audit.py, line" in notice.message


async def test_an_on_stop_that_hangs_is_cut_and_the_run_ends(harness: Harness) -> None:
    """Before: an agent that finished and whose ``on_stop`` waited on something that never
    came held the whole run for ever (an agent stopping itself gets no shutdown bound from
    its supervisor). Now it is cut after the class's ``shutdown`` with a warning, and the
    run ends."""
    cls = agent_class("hanger", _StopHangs, shutdown=0.2)
    run = await harness.run([cls], make_policy(), timeout=5)
    assert run.outcome is not None
    assert run.outcome.exit_code == 0
    (notice,) = [e for e in harness.sink.events if isinstance(e, Notice) and "on_stop" in e.message]
    assert (
        "on_stop ran past 0.2 s (the class's shutdown) and was cut, so that the run could end"
        in notice.message
    )
    assert "give the class a longer `shutdown`" in notice.message


def test_the_class_shutdown_bounds_its_stop_under_its_supervisor() -> None:
    """An agent's stop was bounded by a fixed 5 s, its ``on_stop`` too, whatever it had to
    flush. The class's ``shutdown`` is now its child spec's (OTP's ``shutdown`` of a worker),
    5 s by default."""
    from supervisor import MemoryStore, ModelRouter, NullSink, Runtime, UnattendedApprover

    slow = agent_class("slow_flush", _StopHangs, shutdown=30)
    runtime = Runtime(
        policy=make_policy(),
        store=MemoryStore(),
        router=ModelRouter({}),
        approver=UnattendedApprover(NullSink(), timeout=0),
        embedder=None,
    )
    assert runtime._agent_spec(slow, "slow_flush").shutdown == 30.0
    assert runtime._agent_spec(_StopHangs, "hangs").shutdown == 5.0


@pytest.mark.parametrize("value", [0, -1, "5", True, float("inf"), float("nan"), None])
def test_a_wrong_shutdown_is_refused_before_the_run_starts(value: object) -> None:
    cls = agent_class("bad_shutdown", _StopHangs, shutdown=value)
    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(cls)
    assert "shutdown = " in str(caught.value)
    assert "must be the seconds the agent gets to stop (its on_stop included)" in str(caught.value)


def test_generator_run_and_tools_are_refused_before_the_run_starts() -> None:
    """Before: a tool that yields (``async def`` or plain) ran and handed the model
    "<async_generator object ...>", its work never done; a ``run`` that yields was said to be
    "function, not a coroutine function". Now each is refused, saying to return instead."""

    class Lister(Agent):
        model = "openai:gpt-4o"

        @tool
        async def pages(self, site: str) -> Any:
            yield site

        @tool
        def rows(self, table: str) -> Any:
            yield table

        async def run(self) -> Any:
            yield None

    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(Lister)
    said = str(caught.value)
    assert "run is an async generator (it yields), which is never run to its end" in said
    assert "the tool 'pages' is a generator (it yields), whose values nobody reads" in said
    assert "the tool 'rows' is a generator (it yields)" in said
