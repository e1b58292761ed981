"""Policy semantics over the real OpenAI client and a real socket speaking its wire format:
the per-minute windows corrected by the usage the server reports, and a Python text rule
answering on every streamed chunk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from policies import CallContext, Decision, Rule, StopSession
from providers.sse_server import Scenario
from supervisor import AgentStateChanged, CallDenied, LLMResult

from .conftest import agent_class, make_policy
from .test_streams import openai_stream

if TYPE_CHECKING:
    from providers.sse_server import SSEServer
    from supervisor import Agent

    from .conftest import Run


async def three_calls(agent: Agent, seen: dict[str, Any]) -> None:
    results: list[Any] = []
    for i in range(3):
        try:
            results.append(await agent.llm(f"call {i}", max_tokens=1_000))
        except CallDenied as exc:
            results.append(exc)
    seen["results"] = results


async def test_tokens_per_minute_counts_what_the_server_reports(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """tokens_per_minute = 2,500 and three calls of max_tokens = 1,000: each is counted at
    its worst case while it streams and corrected to the usage the server reports (9 tokens)
    when it settles, so all three fit. A fourth worst case on top of three in flight would
    not, which the engine tests show; here the window is what the wire said."""
    for _ in range(3):
        sse_server.enqueue(Scenario(events=openai_stream(["short", " answer"], usage=(5, 4))))
    policy = make_policy(sse_server, limits={"tokens_per_minute": 2_500})
    run: Run = await run_agents(policy, agent_class(three_calls))
    results = run.seen["results"]
    assert all(isinstance(r, LLMResult) for r in results), results
    assert [r.usage.input_tokens + r.usage.output_tokens for r in results] == [9, 9, 9]
    await run.assert_all_settled()


async def one_slow_call(agent: Agent, seen: dict[str, Any]) -> None:
    try:
        seen[agent.name] = await agent.llm("Hi", max_tokens=1_000)
    except CallDenied as exc:
        seen[agent.name] = exc


async def three_calls_under_tokens_per_minute(
    run_agents: Any, sse_server: SSEServer, *, delay: float
) -> Run:
    """Three agents calling at once under tokens_per_minute = 2,500 (two worst cases fit) with
    rate_wait_seconds = 5, each answered ``delay`` s a chunk and settled at 9 tokens."""
    for _ in range(3):
        sse_server.enqueue(
            Scenario(events=openai_stream(["short", " answer"], usage=(5, 4)), delay=delay)
        )
    policy = make_policy(sse_server, limits={"tokens_per_minute": 2_500, "rate_wait_seconds": 5})
    return await run_agents(
        policy,
        agent_class(one_slow_call, name="first"),
        agent_class(one_slow_call, name="second"),
        agent_class(one_slow_call, name="third"),
    )


async def test_a_call_over_tokens_per_minute_waits_for_calls_in_flight_to_settle(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """Three agents call at once under tokens_per_minute = 2,500 with rate_wait_seconds = 5:
    two worst cases (about 1,008 tokens each) fit, the third only once one of them has
    settled at the 9 tokens the server reports. The third was refused at once ("would use
    more than 2,500 tokens per minute"): the window was to free a minute later by the clock,
    past rate_wait_seconds, though the settles freed it some 100 ms later. It now waits."""
    run = await three_calls_under_tokens_per_minute(run_agents, sse_server, delay=0.02)
    results = [run.seen[name] for name in ("first", "second", "third")]
    assert all(isinstance(r, LLMResult) for r in results), results
    assert len(sse_server.observed) == 3
    await run.assert_all_settled()


async def test_a_call_waiting_for_calls_in_flight_is_shown_rate_limited_once(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """Asked about again every 0.25 s while the first two calls stream (about 0.8 s here),
    the third agent went "rate limited", "running", "rate limited", ... on every recheck:
    a line of events each time, and a row flickering in the TUI. It is rate limited once,
    until it is answered."""
    run = await three_calls_under_tokens_per_minute(run_agents, sse_server, delay=0.2)
    assert all(isinstance(run.seen[name], LLMResult) for name in ("first", "second", "third"))
    waiting = [e.agent for e in run.events(AgentStateChanged) if e.state == "waiting_rate"]
    assert len(waiting) == 1, waiting
    states = [e.state for e in run.events(AgentStateChanged) if e.agent == waiting[0]]
    after = states[states.index("waiting_rate") + 1 :]
    assert after[:2] == ["running", "waiting_model"], states


class ShadowStopsOnLongText(Rule):
    name = "shadow-stop-long"
    mode = "shadow"

    def on_text(self, ctx: CallContext, text_so_far: str) -> Decision | None:
        if len(text_so_far) > 5:
            return StopSession(rule=self.name, reason="Would stop: the answer is long.")
        return None


async def one_call(agent: Agent, seen: dict[str, Any]) -> None:
    seen["result"] = await agent.llm("Hi", max_tokens=1_000)


async def test_a_shadow_text_rule_changes_nothing_and_is_recorded_once(
    run_agents: Any, sse_server: SSEServer
) -> None:
    """A shadow on_text rule whose condition holds from the second of 30 chunks on: the
    stream runs to its end over the socket, and the audit log records it once."""
    pieces = ["word"] + [" more"] * 29
    sse_server.enqueue(Scenario(events=openai_stream(pieces, usage=(5, 30))))
    run: Run = await run_agents(
        make_policy(sse_server), agent_class(one_call), rules=(ShadowStopsOnLongText(),)
    )
    result: LLMResult = run.seen["result"]
    assert result.text == "".join(pieces)
    assert not result.interrupted
    records = [e.data for e in await run.store.read_audit(session="s") if e.event == "decision"]
    assert [(r["rule"], r["mode"]) for r in records] == [("shadow-stop-long", "shadow")]
    await run.assert_all_settled()
