"""Model prices: the ``genai-prices`` table (offline, bundled with the package) plus overrides.

Prices are held as integer **nano-dollars per million tokens**, so a cost is exact integer
arithmetic, rounded up::

    cost = ceil((input_tokens * input_per_mtok + output_tokens * output_per_mtok) / 1_000_000)

Model references are ``"provider:model"``: ``openai:gpt-4o-mini``, ``anthropic:claude-sonnet-5``,
``local:llama3``, ``scripted:demo``. Overrides (from the policy file's ``[prices]``) win over the
table, field by field (:class:`PriceOverride`): the prices a policy entry names replace the
table's, and those it leaves out (cache reads and writes, web searches, long-context tiers) stay
the table's, so restating or discounting a model's input price does not make its cache writes or
long prompts cheaper than the provider bills them. ``local`` and ``scripted`` models, and models
the table does not know, have **no** price unless an override gives both token prices (zero
only when the policy says ``0``): a call to a model without a price raises
:class:`UnknownPrice`. A provider configured in the policy with
``kind = "openai"`` (say a gateway named ``azure-east``) is looked up in the table under its
kind.

When the table has several prices for a model (dated changes, off-peak hours), the **highest**
is used unless the table was built with ``at=`` (biased up: never under-count). Tiered prices
(e.g. above 200k input tokens) are honoured: the tier is chosen by the call's input tokens.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._errors import InvalidModelRef, UnknownPrice
from ._money import NANO_PER_USD

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import datetime

__all__ = ["ModelPrice", "PriceOverride", "PriceTable", "PriceTier", "split_model_ref"]

#: Providers whose models are never looked up in the public table.
_SELF_PRICED = frozenset({"local", "scripted"})


def split_model_ref(model_ref: str) -> tuple[str, str]:
    """Split ``"provider:model"`` into its parts.

    Raises:
        InvalidModelRef: No ``:``, or an empty part.
    """
    provider, sep, model = model_ref.partition(":")
    if not sep or not provider or not model:
        raise InvalidModelRef(model_ref)
    return provider, model


def _nano_per_mtok(value: Decimal | float | str) -> int:
    return math.ceil(Decimal(str(value)) * NANO_PER_USD)


def _nano_per_search(per_thousand: Decimal | float | str | None) -> int | None:
    """Nano-dollars per search from dollars per thousand searches (rounded up)."""
    if per_thousand is None:
        return None
    return math.ceil(Decimal(str(per_thousand)) * NANO_PER_USD / 1000)


@dataclass(frozen=True, slots=True)
class PriceTier:
    """Prices that apply to a whole call whose input is more than ``start`` tokens (the
    providers bill a long-context rate to prompts that *exceed* 200K tokens)."""

    start: int
    input_per_mtok: int
    output_per_mtok: int
    cached_input_per_mtok: int
    cache_write_per_mtok: int | None = None
    cache_write_long_per_mtok: int | None = None


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """A model's prices, in nano-dollars per million tokens.

    Attributes:
        input_per_mtok: Per million input (prompt) tokens.
        output_per_mtok: Per million output tokens.
        cached_input_per_mtok: Per million input tokens read from the provider's prompt cache
            (equals input when unknown).
        tiers: Higher prices from a number of input tokens on, ascending by ``start``.
        source: ``"genai-prices"`` or ``"policy"``.
        cache_write_per_mtok: Per million input tokens written to the prompt cache (Anthropic's
            5-minute cache: 1.25x input); None: the input price.
        cache_write_long_per_mtok: The same for the long-lived cache (Anthropic's 1-hour
            cache: 2x input); None: ``cache_write_per_mtok``.
        web_search: Per server-side web search the provider runs in a call (Anthropic's
            ``web_search`` tool: $10 per thousand); None: unknown.
        call_fee: Added to every call's cost: the fees a call's worst case must hold beyond
            its tokens (see :meth:`searching`); 0 in the table's prices.
    """

    input_per_mtok: int
    output_per_mtok: int
    cached_input_per_mtok: int
    tiers: tuple[PriceTier, ...] = ()
    source: str = "policy"
    cache_write_per_mtok: int | None = None
    cache_write_long_per_mtok: int | None = None
    web_search: int | None = None
    call_fee: int = 0

    @classmethod
    def from_usd(
        cls,
        input_per_mtok: Decimal | float | str,
        output_per_mtok: Decimal | float | str,
        cached_input_per_mtok: Decimal | float | str | None = None,
        cache_write_per_mtok: Decimal | float | str | None = None,
        cache_write_long_per_mtok: Decimal | float | str | None = None,
        web_search_per_k: Decimal | float | str | None = None,
    ) -> ModelPrice:
        """Build from dollars per million tokens, and per thousand web searches (rounded up
        to whole nano-dollars)."""
        inp = _nano_per_mtok(input_per_mtok)
        cached = inp if cached_input_per_mtok is None else _nano_per_mtok(cached_input_per_mtok)
        return cls(
            inp,
            _nano_per_mtok(output_per_mtok),
            cached,
            cache_write_per_mtok=_nano_or_none(cache_write_per_mtok),
            cache_write_long_per_mtok=_nano_or_none(cache_write_long_per_mtok),
            web_search=_nano_per_search(web_search_per_k),
        )

    def rates(self, input_tokens: int) -> tuple[int, int, int]:
        """``(input, output, cached_input)`` per million tokens for a call of that input size."""
        rates = (self.input_per_mtok, self.output_per_mtok, self.cached_input_per_mtok)
        for tier in self.tiers:
            if input_tokens > tier.start:
                rates = (tier.input_per_mtok, tier.output_per_mtok, tier.cached_input_per_mtok)
        return rates

    def write_rates(self, input_tokens: int) -> tuple[int, int]:
        """``(cache write, long cache write)`` per million tokens for a call of that size."""
        inp, short, long = (
            self.input_per_mtok,
            self.cache_write_per_mtok,
            self.cache_write_long_per_mtok,
        )
        for tier in self.tiers:
            if input_tokens > tier.start:
                inp, short, long = (
                    tier.input_per_mtok,
                    tier.cache_write_per_mtok,
                    tier.cache_write_long_per_mtok,
                )
        short = inp if short is None else short
        return short, short if long is None else long

    def cost(
        self,
        input_tokens: int,
        output_tokens: int,
        cached_input_tokens: int = 0,
        cache_write_tokens: int = 0,
        cache_write_long_tokens: int = 0,
        web_searches: int = 0,
    ) -> int:
        """Nano-dollars for a call, rounded up. ``input_tokens`` is the whole prompt: the
        tokens read from the prompt cache and those written to it are part of it, each at
        its own price. ``web_searches`` are the server-side searches the call ran (at
        ``web_search`` each; 0 when it is unknown), and ``call_fee`` is added."""
        # Twice per call (its worst case, its charge): the common case, no tiers and nothing
        # cached, without the calls (same arithmetic).
        if self.tiers:
            inp, out, cached = self.rates(input_tokens)
        else:
            inp, out, cached = self.input_per_mtok, self.output_per_mtok, self.cached_input_per_mtok
        fresh = input_tokens if input_tokens > 0 else 0
        numer = (output_tokens if output_tokens > 0 else 0) * out
        if cached_input_tokens > 0:
            cached_n = min(cached_input_tokens, fresh)
            fresh -= cached_n
            numer += cached_n * cached
        if cache_write_tokens > 0 or cache_write_long_tokens > 0:
            short, long = self.write_rates(input_tokens)
            long_n = min(max(cache_write_long_tokens, 0), fresh)
            short_n = min(max(cache_write_tokens, 0), fresh - long_n)
            fresh -= long_n + short_n
            numer += short_n * short + long_n * long
        numer += fresh * inp
        fees = self.call_fee
        if web_searches > 0 and self.web_search:
            fees += web_searches * self.web_search
        return -(-numer // 1_000_000) + fees

    def searching(self, searches: int) -> ModelPrice:
        """This price for a call that may run up to ``searches`` server-side web searches:
        their fees are added to its cost (the worst case holds them).

        Raises:
            ValueError: The price of a search is unknown.
        """
        if searches <= 0:
            return self
        if self.web_search is None:
            raise ValueError("no price per web search")
        return dataclasses.replace(self, call_fee=self.call_fee + searches * self.web_search)

    def writing_cache(self, long: bool = False) -> ModelPrice:
        """This price with every input token at the cache write price where that is higher:
        what a request that writes its prompt to the cache may cost at worst (``long``: to
        the long-lived cache)."""

        def raised(inp: int, short: int | None, long_rate: int | None) -> int:
            short = inp if short is None else short
            write = (short if long_rate is None else long_rate) if long else short
            return max(inp, write)

        tiers = tuple(
            dataclasses.replace(
                t,
                input_per_mtok=raised(
                    t.input_per_mtok, t.cache_write_per_mtok, t.cache_write_long_per_mtok
                ),
            )
            for t in self.tiers
        )
        inp = raised(self.input_per_mtok, self.cache_write_per_mtok, self.cache_write_long_per_mtok)
        return dataclasses.replace(self, input_per_mtok=inp, tiers=tiers)

    def max_output_tokens(self, budget: int, input_tokens: int) -> int:
        """The most output tokens whose worst-case cost, with the input, fits ``budget``."""
        inp, out, _ = self.rates(input_tokens)
        room = (budget - self.call_fee) * 1_000_000 - input_tokens * inp
        if room < 0:
            return 0
        if out == 0:
            return 2**62
        return room // out


@dataclass(frozen=True, slots=True)
class PriceOverride:
    """A policy's prices for one model, any of them left out (None), in nano-dollars per
    million tokens (``web_search`` per search).

    Laid over the table's price for the model (:meth:`over`), the fields given replace the
    table's and the others stay; where the table has no price, ``input_per_mtok`` and
    ``output_per_mtok`` are needed and the others default as :class:`ModelPrice` says.
    """

    input_per_mtok: int | None = None
    output_per_mtok: int | None = None
    cached_input_per_mtok: int | None = None
    cache_write_per_mtok: int | None = None
    cache_write_long_per_mtok: int | None = None
    web_search: int | None = None

    @classmethod
    def from_usd(
        cls,
        input_per_mtok: Decimal | float | str | None = None,
        output_per_mtok: Decimal | float | str | None = None,
        cached_input_per_mtok: Decimal | float | str | None = None,
        cache_write_per_mtok: Decimal | float | str | None = None,
        cache_write_long_per_mtok: Decimal | float | str | None = None,
        web_search_per_k: Decimal | float | str | None = None,
    ) -> PriceOverride:
        """Build from dollars per million tokens, and per thousand web searches (rounded up
        to whole nano-dollars); None leaves a price to the table."""
        return cls(
            _nano_or_none(input_per_mtok),
            _nano_or_none(output_per_mtok),
            _nano_or_none(cached_input_per_mtok),
            _nano_or_none(cache_write_per_mtok),
            _nano_or_none(cache_write_long_per_mtok),
            _nano_per_search(web_search_per_k),
        )

    def missing(self) -> tuple[str, ...]:
        """The token prices a model without a table price needs and this leaves out."""
        return tuple(
            name
            for name, value in (
                ("input_per_mtok", self.input_per_mtok),
                ("output_per_mtok", self.output_per_mtok),
            )
            if value is None
        )

    def alone(self) -> ModelPrice:
        """The price for a model the table does not know.

        Raises:
            ValueError: The input or output price is left out (:meth:`missing`).
        """
        if self.input_per_mtok is None or self.output_per_mtok is None:
            raise ValueError(f"no {' or '.join(self.missing())}")
        return ModelPrice(
            self.input_per_mtok,
            self.output_per_mtok,
            self.input_per_mtok
            if self.cached_input_per_mtok is None
            else self.cached_input_per_mtok,
            cache_write_per_mtok=self.cache_write_per_mtok,
            cache_write_long_per_mtok=self.cache_write_long_per_mtok,
            web_search=self.web_search,
        )

    def over(self, table: ModelPrice) -> ModelPrice:
        """``table``'s price with the fields given here in its place.

        The table's long-context tiers stay, each rate at least the one given here: a long
        prompt is never priced below a short one, nor below the provider's listed tier.
        """

        def given(mine: int | None, theirs: int) -> int:
            return theirs if mine is None else mine

        def given_opt(mine: int | None, theirs: int | None) -> int | None:
            return theirs if mine is None else mine

        def floor(rate: int, mine: int | None) -> int:
            return rate if mine is None else max(rate, mine)

        def floor_opt(rate: int | None, mine: int | None, inp: int) -> int | None:
            if mine is None:
                return rate
            return max(inp if rate is None else rate, mine)

        tiers = []
        for tier in table.tiers:
            inp = floor(tier.input_per_mtok, self.input_per_mtok)
            tiers.append(
                PriceTier(
                    tier.start,
                    inp,
                    floor(tier.output_per_mtok, self.output_per_mtok),
                    floor(tier.cached_input_per_mtok, self.cached_input_per_mtok),
                    floor_opt(tier.cache_write_per_mtok, self.cache_write_per_mtok, inp),
                    floor_opt(tier.cache_write_long_per_mtok, self.cache_write_long_per_mtok, inp),
                )
            )
        cached = table.cached_input_per_mtok
        if cached == table.input_per_mtok and self.input_per_mtok is not None:
            cached = self.input_per_mtok  # the table has no cache price: it follows the input
        return ModelPrice(
            given(self.input_per_mtok, table.input_per_mtok),
            given(self.output_per_mtok, table.output_per_mtok),
            given(self.cached_input_per_mtok, cached),
            tuple(tiers),
            source="policy",
            cache_write_per_mtok=given_opt(self.cache_write_per_mtok, table.cache_write_per_mtok),
            cache_write_long_per_mtok=given_opt(
                self.cache_write_long_per_mtok, table.cache_write_long_per_mtok
            ),
            web_search=given_opt(self.web_search, table.web_search),
            call_fee=table.call_fee,
        )


def _close_names(provider_id: str, model: str, prefix: str) -> str:
    """Did you mean ...? with the table's model names closest to ``model`` (written with the
    reference's own ``prefix``), or nothing."""
    import difflib

    try:
        from genai_prices import data_snapshot

        snapshot = data_snapshot.get_snapshot()
        provider = next((p for p in snapshot.providers if p.id == provider_id), None)
        names = [m.id for m in provider.models] if provider is not None else []
    except Exception:  # a suggestion is a courtesy: never the reason a lookup fails
        return ""
    # 'openai:openai/gpt-4o': a gateway's provider prefix left on the model's name.
    head, slash, bare = model.partition("/")
    if slash and bare in names and head.lower() in (provider_id.lower(), prefix.lower()):
        return f" Did you mean '{prefix}:{bare}' (without the {head + '/'!r} prefix)?"
    close = difflib.get_close_matches(model, names, n=3, cutoff=0.75)
    if not close:
        return ""
    return " Did you mean " + " or ".join(f"'{prefix}:{name}'" for name in close) + "?"


def _nano_or_none(value: Decimal | float | str | None) -> int | None:
    return None if value is None else _nano_per_mtok(value)


def _decimal(value: Any) -> Decimal | None:
    """The base price of a genai-prices value (a Decimal or TieredPrices), or None."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    base = getattr(value, "base", None)
    return base if isinstance(base, Decimal) else None


def _tiers(value: Any) -> list[tuple[int, Decimal]]:
    tiers = getattr(value, "tiers", None) or []
    return [(int(t.start), Decimal(t.price)) for t in tiers]


class PriceTable:
    """Prices for ``"provider:model"`` references, cached per reference.

    Args:
        overrides: ``model_ref -> ModelPrice`` (replaces the table's price whole) or
            ``PriceOverride`` (the policy's: replaces the prices it gives, see
            :class:`PriceOverride`).
        provider_kinds: Configured provider name -> kind (``openai``, ``anthropic``...): a
            configured provider's models are looked up in the table under its kind.
        use_table: Set ``False`` to price only from overrides (tests, air-gapped policies).
        at: Price the table as at this time; ``None`` takes the highest listed price.
    """

    def __init__(
        self,
        overrides: Mapping[str, ModelPrice | PriceOverride] | None = None,
        *,
        provider_kinds: Mapping[str, str] | None = None,
        use_table: bool = True,
        at: datetime | None = None,
    ) -> None:
        self._overrides = dict(overrides or {})
        self._kinds = dict(provider_kinds or {})
        self._use_table = use_table
        self._at = at
        self._cache: dict[str, ModelPrice | UnknownPrice] = {}

    def __repr__(self) -> str:
        return f"<PriceTable overrides={len(self._overrides)} cached={len(self._cache)}>"

    def known(self, model_ref: str) -> bool:
        """True when ``model_ref`` has a price."""
        try:
            self.price(model_ref)
        except UnknownPrice:
            return False
        return True

    def price(self, model_ref: str) -> ModelPrice:
        """The model's :class:`ModelPrice` (cached after the first lookup).

        Raises:
            UnknownPrice: Neither the policy nor the table prices it.
            InvalidModelRef: ``model_ref`` is not ``"provider:model"``.
        """
        hit = self._cache.get(model_ref)
        if hit is None:
            hit = self._cache[model_ref] = self._lookup(model_ref)
        if isinstance(hit, UnknownPrice):
            raise UnknownPrice(hit.model_ref, hit.detail)
        return hit

    def cost(
        self,
        model_ref: str,
        input_tokens: int,
        output_tokens: int,
        cached_input_tokens: int = 0,
        cache_write_tokens: int = 0,
        cache_write_long_tokens: int = 0,
        web_searches: int = 0,
    ) -> int:
        """Nano-dollars for a call, rounded up (see :meth:`ModelPrice.cost`).

        Raises:
            UnknownPrice: The model has no price.
        """
        return self.price(model_ref).cost(
            input_tokens,
            output_tokens,
            cached_input_tokens,
            cache_write_tokens,
            cache_write_long_tokens,
            web_searches,
        )

    def refs(self) -> Iterable[str]:
        """The overridden references (the table's own are too many to list)."""
        return self._overrides.keys()

    def _lookup(self, model_ref: str) -> ModelPrice | UnknownPrice:
        override = self._overrides.get(model_ref)
        if isinstance(override, ModelPrice):
            return override
        provider, model = split_model_ref(model_ref)
        kind = self._kinds.get(provider, provider)
        listed: ModelPrice | UnknownPrice
        if provider in _SELF_PRICED or kind in _SELF_PRICED:
            listed = UnknownPrice(
                model_ref, f"Models of the {provider!r} provider are priced only by the policy."
            )
        elif not self._use_table:
            listed = UnknownPrice(model_ref, "This price table uses only the policy's prices.")
        else:
            listed = self._from_table(model_ref, kind, model)
        if override is None:
            return listed
        if isinstance(listed, ModelPrice):
            return override.over(listed)
        missing = override.missing()
        if missing:
            return UnknownPrice(
                model_ref,
                f'{listed.detail} The policy\'s [prices."{model_ref}"] leaves out '
                f"{' and '.join(missing)}, which a model without a table price needs.",
            )
        return override.alone()

    def _from_table(
        self, model_ref: str, provider_id: str, model: str
    ) -> ModelPrice | UnknownPrice:
        try:
            from genai_prices import data_snapshot

            snapshot = data_snapshot.get_snapshot()
            _, info = snapshot.find_provider_model(model, None, provider_id, None)
        except LookupError as exc:
            return UnknownPrice(
                model_ref,
                f"The genai-prices table has no match ({exc})."
                + _close_names(provider_id, model, model_ref.partition(":")[0]),
            )
        if self._at is not None:
            candidates = [info.get_prices(self._at)]
        elif isinstance(info.prices, list):
            candidates = [conditional.prices for conditional in info.prices]
        else:
            candidates = [info.prices]
        inputs = [_decimal(getattr(p, "input_mtok", None)) for p in candidates]
        outputs = [_decimal(getattr(p, "output_mtok", None)) for p in candidates]
        if any(v is None for v in inputs) or any(v is None for v in outputs):
            return UnknownPrice(model_ref, "The genai-prices table lists it without token prices.")
        inp = max(v for v in inputs if v is not None)
        out = max(v for v in outputs if v is not None)

        def highest(key: str) -> Decimal | None:
            known = [v for p in candidates if (v := _decimal(getattr(p, key, None))) is not None]
            return max(known) if known else None

        cache_read = highest("cache_read_mtok") or inp
        write, write_long = highest("cache_write_mtok"), highest("cache_write_1h_mtok")
        # Where a price's conditions differ (a price change on a date, say), each rate is the
        # highest that may apply: never charged below what the provider bills.
        keys = (
            "input_mtok",
            "output_mtok",
            "cache_read_mtok",
            "cache_write_mtok",
            "cache_write_1h_mtok",
        )
        tier_starts: dict[int, list[Decimal | None]] = {}
        for p in candidates:
            for slot, key in enumerate(keys):
                for start, price in _tiers(getattr(p, key, None)):
                    values = tier_starts.setdefault(
                        start, [inp, out, cache_read, write, write_long]
                    )
                    now = values[slot]
                    values[slot] = price if now is None else max(now, price)
        tiers = tuple(
            PriceTier(
                start,
                _nano_per_mtok(t_inp or inp),
                _nano_per_mtok(t_out or out),
                _nano_per_mtok(t_read or cache_read),
                _nano_or_none(t_write),
                _nano_or_none(t_long),
            )
            for start, (t_inp, t_out, t_read, t_write, t_long) in sorted(tier_starts.items())
        )
        return ModelPrice(
            _nano_per_mtok(inp),
            _nano_per_mtok(out),
            _nano_per_mtok(cache_read),
            tiers,
            source="genai-prices",
            cache_write_per_mtok=_nano_or_none(write),
            cache_write_long_per_mtok=_nano_or_none(write_long),
            web_search=_nano_per_search(highest("web_searches_kcount")),
        )
