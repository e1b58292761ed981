"""A provider that ignores ``max_tokens`` while it answers in Chinese or Japanese is cut where
one answering in English is, not four times later.

Found by using budgets as a production user with a Chinese-speaking agent would: the live count
of a stream without the provider's count is a token per 4 characters (or a token a delta), and a
CJK character is about a token (the prompt estimate says so, and so does every tokenizer), so a
server that ignored ``max_tokens=100`` and sent 4 characters a delta was counted a token a delta,
and cut only on its 101st delta (more deltas than ``max_tokens``): 404 characters, about 400
tokens billed against a reservation of 100 and an extra one of 54. A CJK character now counts a
token in the stream's estimate, as in the prompt's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from providers.sse_server import Scenario
from supervisor import BudgetExceeded, LLMResult

from .conftest import agent_class, make_policy
from .test_streams import call_and_record, openai_stream

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run

#: Four characters a delta, about a token each ("budget control"), far past max_tokens.
RUNAWAY = ["预算控制"] * 300


async def test_a_provider_ignoring_max_tokens_in_chinese_is_cut_near_it(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=openai_stream(RUNAWAY)))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "5.00"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    error = run.seen.get("error")
    assert isinstance(error, BudgetExceeded), run.seen
    assert error.partial is not None
    # Half of max_tokens again and a chunk, no more: about 154 characters, not 616.
    assert 100 < len(error.partial.text) <= 154
    (settled,) = run.settled
    assert settled.outcome == "cut"
    assert settled.output_tokens >= len(error.partial.text)
    await run.assert_all_settled()


@pytest.mark.parametrize("per_delta", [1, 2])
async def test_an_honest_chinese_answer_at_max_tokens_is_not_cut(
    run_agents: Any, sse_server: SSEServer, per_delta: int
) -> None:
    text = ("预算控制让每个代理的花费保持在限额之内。" * 5)[:100]  # 100 characters, ~100 tokens
    pieces = [text[i : i + per_delta] for i in range(0, len(text), per_delta)]
    sse_server.enqueue(Scenario(events=openai_stream(pieces, usage=(5, 100))))
    run: Run = await run_agents(
        make_policy(sse_server, budgets={"session": {"cost": "5.00"}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:big"),
    )
    assert "error" not in run.seen, run.seen.get("error")
    result: LLMResult = run.seen["result"]
    assert result.text == text
    (settled,) = run.settled
    assert (settled.outcome, settled.output_tokens) == ("ok", 100)
    await run.assert_all_settled()
