"""Agent classes found by the bad-input audit: ``max_tokens`` past what the ledger counts.

``max_tokens = 10**18`` on a class used to pass the class check; its first call's worst case
then overflowed the SQLite ledger's 64-bit integers and the run ended (exit 4) on an
OverflowError after the governor had failed on every call. It is now refused before the run
starts, saying the most it takes.
"""

from __future__ import annotations

import pytest

from supervisor import Agent, ConfigurationError
from supervisor._agent import check_agent_class


def test_a_class_max_tokens_past_what_the_ledger_counts_is_refused() -> None:
    class Writer(Agent):
        model = "openai:gpt-4o"
        max_tokens = 10**18

        async def run(self) -> None:
            pass

    with pytest.raises(ConfigurationError) as caught:
        check_agent_class(Writer)
    assert "max_tokens = 1000000000000000000 (int) is more output than any model writes: " in (
        str(caught.value)
    )
    assert "give at most 1,000,000,000 tokens" in str(caught.value)
    Writer.max_tokens = 1_000_000_000
    check_agent_class(Writer)
