"""Money as integer nano-dollars, so budget arithmetic is exact and never under-counts."""

from __future__ import annotations

import math
from decimal import Decimal

NANO_PER_USD = 1_000_000_000


def usd(amount: float | str | Decimal) -> int:
    """Convert dollars to nano-dollars, rounding up so a charge is never under-counted.

    >>> usd(1.25)
    1250000000
    """
    return math.ceil(Decimal(str(amount)) * NANO_PER_USD)


def format_usd(nanos: int) -> str:
    """Render nano-dollars for a person: ``$1.25``, ``$0.30``, ``$0.00015``.

    Amounts of a dollar or more show cents; smaller ones show up to six decimals (at least two).
    """
    dollars = Decimal(nanos) / NANO_PER_USD
    if abs(dollars) >= 1 or nanos == 0:
        return f"${dollars:,.2f}"
    text = f"{dollars:.6f}".rstrip("0")
    whole, _, frac = text.partition(".")
    return f"${whole}.{frac.ljust(2, '0')}"
