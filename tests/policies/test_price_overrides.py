"""A policy's ``[prices."provider:model"]`` for a model the genai-prices table knows changes
the prices it names and keeps the table's others.

Before, an override replaced the table's whole price: a policy that only restated Claude
Sonnet 4.5's list prices (input $3, output $15) lost the table's cache read price ($0.30), its
cache write prices ($3.75 and $6) and its long-context tier (above 200,000 input tokens: $6 and
$22.50). Cache reads were then charged at ten times their price, and, worse for a hard budget,
cache writes and long prompts far below what Anthropic bills: a 300,000-token call writing
250,000 of them to the 1-hour cache, with 10,000 output tokens, was charged $1.05 where
Anthropic bills $3.52. And an entry naming one field only (the ``web_search_per_k`` that the
runtime's own refusal tells the user to add) was not a valid policy file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from policies import PolicyEngine, PolicyFileError, UnknownPrice, load_policy_text, usd
from policies._errors import UnknownSearchPrice

if TYPE_CHECKING:
    from policies import PriceTable

SONNET = "anthropic:claude-sonnet-4-5"


def prices(text: str) -> PriceTable:
    return PolicyEngine.prices_for(load_policy_text(text, source="policy.toml"))


TABLE = PolicyEngine.prices_for(load_policy_text(""))

#: (input, output, cached read, 5-minute write, 1-hour write) tokens, and what Anthropic bills
#: for them at Sonnet 4.5's documented prices, in dollars.
CALLS = [
    ((300_000, 10_000, 0, 0, 250_000), usd("0.3") + usd("3.0") + usd("0.225")),
    ((100_000, 1_000, 90_000, 0, 0), usd("0.03") + usd("0.027") + usd("0.015")),
    ((100_000, 1_000, 0, 100_000, 0), usd("0.375") + usd("0.015")),
    ((400_000, 32_000, 0, 0, 0), usd("2.4") + usd("0.72")),
]


@pytest.mark.parametrize(("usage", "billed"), CALLS)
def test_restating_the_list_price_charges_what_the_provider_bills(
    usage: tuple[int, int, int, int, int], billed: int
) -> None:
    table = prices(f'[prices."{SONNET}"]\ninput_per_mtok = 3\noutput_per_mtok = 15\n')
    assert table.cost(SONNET, *usage) == billed
    assert TABLE.cost(SONNET, *usage) == billed


def test_one_field_overrides_that_field_only() -> None:
    table = prices(f'[prices."{SONNET}"]\ncached_input_per_mtok = 0.25\n')
    price, listed = table.price(SONNET), TABLE.price(SONNET)
    assert price.cached_input_per_mtok == usd("0.25")
    assert (price.input_per_mtok, price.output_per_mtok) == (usd(3), usd(15))
    assert price.cache_write_long_per_mtok == listed.cache_write_long_per_mtok
    assert price.web_search == listed.web_search
    assert price.tiers == listed.tiers


def test_the_entry_a_search_refusal_suggests_is_a_valid_policy() -> None:
    message = str(UnknownSearchPrice("openai:gpt-4o", 5))
    entry = message[message.index("[prices.") :]
    table = prices(entry)
    assert table.price("openai:gpt-4o").web_search == usd(10) // 1000
    assert (
        table.price("openai:gpt-4o").input_per_mtok == TABLE.price("openai:gpt-4o").input_per_mtok
    )


def test_a_tier_is_never_below_the_policy_price() -> None:
    # A gateway's mark-up above the table's long-context tier: the tier cannot make a long
    # prompt cheaper than a short one.
    table = prices(f'[prices."{SONNET}"]\ninput_per_mtok = 10\noutput_per_mtok = 40\n')
    assert table.cost(SONNET, 300_000, 1_000) == 300_000 * 10_000 + 1_000 * 40_000
    # A discount below it: the table's tier still applies above 200,000 tokens (never less
    # than the provider's list price there: a budget is not overshot).
    discount = prices(f'[prices."{SONNET}"]\ninput_per_mtok = 2.7\n')
    assert discount.cost(SONNET, 100_000, 0) == 100_000 * 2_700
    assert discount.cost(SONNET, 300_000, 0) == 300_000 * 6_000


def test_a_model_the_table_does_not_know_needs_both_token_prices() -> None:
    table = prices('[prices."openai:my-finetune"]\ncached_input_per_mtok = 0.1\n')
    with pytest.raises(UnknownPrice, match="input_per_mtok") as info:
        table.price("openai:my-finetune")
    assert "output_per_mtok" in str(info.value)
    # The whole price where the table has none: as before.
    full = prices('[prices."openai:my-finetune"]\ninput_per_mtok = 1\noutput_per_mtok = 2\n')
    assert full.cost("openai:my-finetune", 1_000, 1_000) == 3_000_000


def test_a_self_priced_model_without_token_prices_is_bad_input() -> None:
    with pytest.raises(PolicyFileError) as info:
        load_policy_text('[prices."local:llama3"]\ncached_input_per_mtok = 0\n', source="p.toml")
    message = str(info.value)
    assert "p.toml" in message
    assert 'prices."local:llama3"' in message or "prices.local:llama3" in message
    assert "input_per_mtok" in message
    assert "output_per_mtok" in message


def test_a_discount_carries_to_cache_reads_the_table_does_not_price() -> None:
    # The table prices gpt-4o-search-preview's cache reads as its input (it lists none): a
    # discounted input price is then its cache price too, not the list price above it.
    ref = "openai:gpt-4o-search-preview"
    assert TABLE.price(ref).cached_input_per_mtok == TABLE.price(ref).input_per_mtok
    table = prices(f'[prices."{ref}"]\ninput_per_mtok = 2\n')
    assert table.cost(ref, 1_000, 0, cached_input_tokens=1_000) == 1_000 * 2_000
