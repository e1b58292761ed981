from __future__ import annotations

import pytest

from policies import InvalidModelRef, ModelPrice, PriceTable, UnknownPrice, split_model_ref, usd


def test_table_prices_known_models_offline() -> None:
    table = PriceTable()
    price = table.price("openai:gpt-4o-mini")
    assert price.source == "genai-prices"
    assert price.input_per_mtok > 0
    assert price.output_per_mtok > price.input_per_mtok
    # 1M input + 1M output tokens cost exactly the two per-million prices.
    assert table.cost("openai:gpt-4o-mini", 1_000_000, 1_000_000) == (
        price.input_per_mtok + price.output_per_mtok
    )


def test_cost_rounds_up() -> None:
    price = ModelPrice.from_usd("0.15", "0.60")
    assert price.cost(1, 0) == 150  # 0.15 $/M = 150 nano-dollars per token
    three = ModelPrice.from_usd("0.000001", "0")  # 1 nano per million tokens
    assert three.cost(1, 0) == 1  # a millionth of a nano-dollar is charged as one


def test_cached_input_is_cheaper() -> None:
    price = ModelPrice.from_usd(2, 8, cached_input_per_mtok=1)
    assert price.cost(1000, 0, cached_input_tokens=1000) == usd("0.001")
    assert price.cost(1000, 0) == usd("0.002")


def test_overrides_win_and_local_needs_a_price() -> None:
    table = PriceTable({"openai:gpt-4o": ModelPrice.from_usd(1, 2)})
    assert table.price("openai:gpt-4o").output_per_mtok == usd(2)
    with pytest.raises(UnknownPrice, match=r'\[prices\."local:llama3"\]') as info:
        table.price("local:llama3")
    assert "priced only by the policy" in str(info.value)
    zero = PriceTable({"local:llama3": ModelPrice.from_usd(0, 0)})
    assert zero.cost("local:llama3", 10_000, 10_000) == 0


def test_unknown_model_is_refused_with_a_clear_message() -> None:
    table = PriceTable()
    with pytest.raises(UnknownPrice, match="No price is known for 'openai:no-such-model'"):
        table.cost("openai:no-such-model", 1, 1)
    assert not table.known("openai:no-such-model")
    # The miss is cached too, and still raises every time.
    with pytest.raises(UnknownPrice):
        table.price("openai:no-such-model")


def test_configured_provider_uses_its_kind() -> None:
    table = PriceTable(provider_kinds={"azure-east": "openai"})
    assert table.price("azure-east:gpt-4o") == PriceTable().price("openai:gpt-4o")


def test_policy_only_table() -> None:
    with pytest.raises(UnknownPrice, match="only the policy"):
        PriceTable(use_table=False).price("openai:gpt-4o")


def test_tiers_apply_by_input_size() -> None:
    price = PriceTable().price("anthropic:claude-sonnet-4-5")
    assert price.tiers, "genai-prices lists a 200k-token tier for this model"
    small = price.cost(1000, 0)
    big = price.cost(300_000, 0)
    assert big > small * 300


def test_max_output_tokens_fits_the_budget() -> None:
    price = ModelPrice.from_usd(1, 10)
    budget = usd("0.01")
    n = price.max_output_tokens(budget, input_tokens=1000)
    assert price.cost(1000, n) <= budget < price.cost(1000, n + 1)
    assert price.max_output_tokens(1, input_tokens=1000) == 0


@pytest.mark.parametrize("bad", ["gpt-4o", ":gpt-4o", "openai:", ""])
def test_bad_model_ref(bad: str) -> None:
    with pytest.raises(InvalidModelRef, match="provider:model"):
        split_model_ref(bad)


def test_lookup_is_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table is consulted once per model; later calls (one per governed call) hit the cache.

    Speed itself is measured by benchmarks/bench_governor.py, not asserted here.
    """
    table = PriceTable()
    lookups: list[str] = []
    real = table._lookup

    def counting(ref: str) -> object:
        lookups.append(ref)
        return real(ref)

    monkeypatch.setattr(table, "_lookup", counting)
    first = table.cost("openai:gpt-4o", 1000, 500)
    for _ in range(100):
        assert table.cost("openai:gpt-4o", 1000, 500) == first
    assert lookups == ["openai:gpt-4o"]


# -- the provider's prompt cache: reads are cheaper, writes dearer -------------------------------


def test_cache_reads_and_writes_each_have_their_price() -> None:
    """Anthropic's sonnet, from the table: input $3, cache read $0.30, 5-minute write $3.75,
    1-hour write $6 per million tokens. A 100,000-token prompt and 1,000 output tokens."""
    price = PriceTable().price("anthropic:claude-sonnet-4-5")
    out = 1_000 * 15_000  # $15 per million output tokens, in nano-dollars
    assert price.cost(100_000, 1_000) == 100_000 * 3_000 + out
    assert price.cost(100_000, 1_000, 90_000) == 10_000 * 3_000 + 90_000 * 300 + out
    written = price.cost(100_000, 1_000, cache_write_tokens=90_000)
    assert written == 10_000 * 3_000 + 90_000 * 3_750 + out
    long = price.cost(100_000, 1_000, cache_write_long_tokens=90_000)
    assert long == 10_000 * 3_000 + 90_000 * 6_000 + out
    # Read and written parts never exceed the prompt.
    assert price.cost(100, 0, 80, 80, 80) == 80 * 300 + 20 * 6_000


def test_a_model_without_cache_write_prices_writes_at_the_input_price() -> None:
    price = PriceTable().price("openai:gpt-4o-mini")  # its cache is automatic and free to fill
    assert price.cost(1_000, 0, cache_write_tokens=1_000) == price.cost(1_000, 0)
    assert price.writing_cache(long=True) == price


def test_policy_prices_cache_writes() -> None:
    price = ModelPrice.from_usd(1, 2, 0.1, 1.25, 2)
    assert price.cost(1_000_000, 0, cache_write_tokens=1_000_000) == usd("1.25")
    assert price.cost(1_000_000, 0, cache_write_long_tokens=1_000_000) == usd(2)
    assert price.writing_cache().input_per_mtok == usd("1.25")
    assert price.writing_cache(long=True).input_per_mtok == usd(2)


def test_writing_the_cache_raises_the_worst_case_in_every_tier() -> None:
    price = PriceTable().price("anthropic:claude-sonnet-4-5")
    worst = price.writing_cache()
    assert worst.cost(100_000, 0) == price.cost(100_000, 0, cache_write_tokens=100_000)
    assert worst.cost(300_000, 0) == price.cost(300_000, 0, cache_write_tokens=300_000)  # tier
    assert worst.writing_cache().cost(1, 1) == worst.cost(1, 1)


def test_a_misspelt_model_is_told_the_close_names() -> None:
    with pytest.raises(UnknownPrice, match=r"Did you mean 'openai:gpt-4o-mini'"):
        PriceTable().price("openai:gpt-4o-mni")
    with pytest.raises(UnknownPrice) as raised:
        PriceTable().price("openai:an-entirely-new-model")
    assert "Did you mean" not in str(raised.value)


def test_a_gateways_provider_prefix_is_pointed_out() -> None:
    """LiteLLM and OpenRouter write 'openai/gpt-4o'. Written after our own prefix, or instead
    of it, the error names the reference that works; a local model whose own name has a slash
    ('meta-llama/...') is told nothing of the kind."""
    with pytest.raises(UnknownPrice, match=r"Did you mean 'openai:gpt-4o' \(without the 'openai/'"):
        PriceTable().price("openai:openai/gpt-4o")
    with pytest.raises(InvalidModelRef, match=r"for example, 'openai:gpt-4o' \(a provider section"):
        split_model_ref("openai/gpt-4o")
    with pytest.raises(UnknownPrice) as raised:
        PriceTable().price("local:meta-llama/Llama-3-8B")
    assert "Did you mean" not in str(raised.value)
    with pytest.raises(InvalidModelRef, match=r"for example, 'openai:gpt-4o-mini'"):
        split_model_ref("gpt-4o")


def test_a_tier_applies_above_its_start_not_at_it() -> None:
    """Anthropic bills the long-context rate to requests that *exceed* 200K input tokens (and
    genai-prices' own arithmetic says ``> start``): a prompt of exactly 200,000 tokens is at
    the base rate. Charged at the tier, it cost $0.60 more input, and its output half again."""
    price = PriceTable().price("anthropic:claude-sonnet-4-5")
    assert price.tiers[0].start == 200_000
    assert price.cost(200_000, 1_000) == 200_000 * 3_000 + 1_000 * 15_000
    assert price.cost(200_001, 1_000) == 200_001 * 6_000 + 1_000 * 22_500
    written = price.cost(200_000, 0, cache_write_tokens=200_000)
    assert written == 200_000 * 3_750
    # The worst case and the charge agree on the boundary.
    assert price.max_output_tokens(200_000 * 3_000 + 1_000 * 15_000, 200_000) == 1_000
