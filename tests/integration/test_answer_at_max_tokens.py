"""An answer that runs to its ``max_tokens`` reaches the agent whole, over the real OpenAI client.

Found by using budgets as a production user would: a server that honours ``max_tokens=100``
streamed a 100-token English answer, one token a delta (as OpenAI's and most local servers'
streams are), and the agent got ``BudgetExceeded`` ("The stream's live cost reached what was
reserved for this call") after about 90 tokens, with or without any budget: the live count was
a token per 4 characters, and English runs about 4.5. A provider stops at ``max_tokens`` by
itself; the stream is now cut only on evidence that it went past it (more deltas than
``max_tokens``, the provider's own count, or an estimate past it by more than its error), and
the governor reserves more for it to run on (test_provider_past_max_tokens).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import CallSettled, DecisionMade, LLMResult

from .conftest import agent_class, cost_of, make_policy
from .test_streams import call_and_record, openai_stream

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run

# One token a delta, as a tokenizer splits prose: 4.5 characters a token on average.
PIECES = [" The", " company", " reported", " higher", " margins", ",", " and", " sales", " grew"]
PIECES += [" steadily", " across", " regions", "."]
ANSWER = [PIECES[i % len(PIECES)] for i in range(100)]


@pytest.mark.parametrize("usage", [True, False], ids=["usage reported", "no usage"])
async def test_an_answer_that_stops_at_max_tokens_is_not_cut(
    run_agents: Any, sse_server: SSEServer, usage: bool
) -> None:
    assert sum(map(len, ANSWER)) / len(ANSWER) > 4.2
    sse_server.enqueue(Scenario(events=openai_stream(ANSWER, usage=(5, 100) if usage else None)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "5.00"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    assert "error" not in run.seen, run.seen.get("error")
    result: LLMResult = run.seen["result"]
    assert not result.interrupted
    assert result.text == "".join(ANSWER)
    # The provider's count when it gives one; else the estimate, which ran past max_tokens
    # (148 tokens for 591 characters): nothing shows this provider kept to max_tokens, so it is
    # charged what it may have billed, which the governor reserved before letting it run on
    # (test_provider_past_max_tokens).
    expected = 100 if usage else 148
    assert result.usage.output_tokens == expected
    (settled,) = run.events(CallSettled)
    assert settled.outcome == "ok"
    assert settled.cost == cost_of("oai:big", settled.input_tokens, expected)
    # Charged what was reserved at most: no "used more than it reserved" warning either.
    assert not [d for d in run.events(DecisionMade) if d.rule == "budgets.reservation"]
    await run.assert_all_settled()
