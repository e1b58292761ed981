"""A token budget holds for a model priced at 0 (a local model) when its server ignores
``max_tokens``.

Found by using budgets as a production user with a local model would: the README says a local
model's price may be 0, and a token budget then limits it. The live check that cuts a stream
past its reservation compared costs only, and a call to a free model reserves no cost, so it
never cut: a server that ignored ``max_tokens=100`` streamed 1,200 tokens and its own count
settled 1,205 tokens against a session budget of 500. A free call's stream is now checked
against its reserved tokens, as a priced one is against its reserved cost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from structlog.testing import capture_logs

from providers.sse_server import Scenario
from supervisor import BudgetExceeded, LLMResult

from .conftest import PRICES, agent_class, make_policy
from .test_answer_at_max_tokens import ANSWER
from .test_provider_past_max_tokens import RUNAWAY
from .test_streams import call_and_record, openai_stream

if TYPE_CHECKING:
    from providers.sse_server import SSEServer

    from .conftest import Run

FREE = {**PRICES, "oai:local": {"input_per_mtok": 0, "output_per_mtok": 0}}


@pytest.mark.parametrize("usage", [True, False], ids=["usage reported", "no usage"])
async def test_a_free_model_ignoring_max_tokens_never_passes_a_token_budget(
    run_agents: Any, sse_server: SSEServer, usage: bool
) -> None:
    sse_server.enqueue(Scenario(events=openai_stream(RUNAWAY, usage=(5, 1200) if usage else None)))
    with capture_logs() as logs:
        run: Run = await run_agents(
            make_policy(sse_server, prices=FREE, budgets={"session": {"tokens": 500}}),
            agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:local"),
        )
    # Charged within what was reserved for it, the extra reservation included: no overrun.
    assert not [e for e in logs if e["event"] == "governor.settled_above_reservation"]
    assert isinstance(run.seen.get("error"), BudgetExceeded), run.seen
    (settled,) = run.settled
    assert settled.outcome == "cut"
    summary = await run.spent()
    assert summary.spent.tokens == settled.input_tokens + settled.output_tokens <= 500
    # Cut as a priced call is: past max_tokens on the estimate, within what was reserved more.
    assert 100 < settled.output_tokens <= 154
    await run.assert_all_settled()


async def test_a_free_model_answer_at_max_tokens_is_not_cut(
    run_agents: Any, sse_server: SSEServer
) -> None:
    sse_server.enqueue(Scenario(events=openai_stream(ANSWER, usage=(5, 100))))
    run: Run = await run_agents(
        make_policy(sse_server, prices=FREE, budgets={"session": {"tokens": 500}}),
        agent_class(lambda a, s: call_and_record(a, s, max_tokens=100), model="oai:local"),
    )
    assert "error" not in run.seen, run.seen.get("error")
    result: LLMResult = run.seen["result"]
    assert result.text == "".join(ANSWER)
    (settled,) = run.settled
    assert (settled.outcome, settled.output_tokens) == ("ok", 100)
    await run.assert_all_settled()
