"""A reasoning model's answer that runs to its ``max_tokens`` reaches the agent whole, as a
plain one does (test_answer_at_max_tokens).

Found by using budgets as a production user of a reasoning model would: a server that honours
``max_tokens=100`` reasoned for 50 tokens and answered in 50 more, one token a delta of English
prose (4.5 characters a token), and the agent got ``BudgetExceeded`` ("The stream's live cost
reached what was reserved for this call") after about 70 tokens, with a budget of $5. The
interim count of the reasoning (a token per 4 characters of it and of the text after it, since
the provider's own count comes only at the end) was taken as the provider's count, and so as
evidence that the stream had passed ``max_tokens``; it is the supervisor's own estimate, with
the estimate's error, and the stream now runs on, on more reserved for it, as a plain one does.
A provider that reasons past ``max_tokens`` is still cut (test_reasoning_live).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import BudgetExceeded, CallSettled, LLMResult

from .conftest import agent_class, make_policy
from .test_answer_at_max_tokens import ANSWER
from .test_streams import call_and_record, openai_delta_chunk

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run


def _chunk(delta: dict[str, Any], finish: str | None = None) -> str:
    return openai_delta_chunk(delta, finish, model="deepseek-reasoner")


def reasoned(thought: list[str], answer: list[str], usage: tuple[int, int] | None) -> list[str]:
    """A DeepSeek reasoner stream: ``thought`` as reasoning_content, then ``answer``."""
    events = [_chunk({"role": "assistant", "content": None, "reasoning_content": ""})]
    events += [_chunk({"content": None, "reasoning_content": t}) for t in thought]
    events += [_chunk({"content": a, "reasoning_content": None}) for a in answer]
    final = json.loads(_chunk({}, "stop")[6:])
    if usage is not None:
        final["usage"] = {
            "prompt_tokens": usage[0],
            "completion_tokens": usage[1],
            "total_tokens": sum(usage),
        }
    events += [f"data: {json.dumps(final)}\n\n", "data: [DONE]\n\n"]
    return events


@pytest.mark.parametrize("usage", [True, False], ids=["usage reported", "no usage"])
async def test_a_reasoned_answer_that_stops_at_max_tokens_is_not_cut(
    run_agents: Any, sse_server: SSEServer, usage: bool
) -> None:
    thought, answer = ANSWER[:50], ANSWER[50:]
    sse_server.enqueue(Scenario(events=reasoned(thought, answer, (5, 100) if usage else None)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "5.00"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    assert "error" not in run.seen, run.seen.get("error")
    result: LLMResult = run.seen["result"]
    assert not result.interrupted
    assert result.text == "".join(answer)
    (settled,) = run.events(CallSettled)
    assert settled.outcome == "ok"
    if usage:
        assert settled.output_tokens == 100
    await run.assert_all_settled()


async def test_a_provider_reasoning_far_past_max_tokens_is_still_cut(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=reasoned(ANSWER * 4, ANSWER, None)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "5.00"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    assert isinstance(run.seen.get("error"), BudgetExceeded), run.seen
    (settled,) = run.settled
    assert settled.outcome == "cut"
    assert 100 < settled.output_tokens <= 155
    await run.assert_all_settled()
