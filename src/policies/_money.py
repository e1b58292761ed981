"""Money as integer nano-dollars, so budget arithmetic is exact and never under-counts."""

from __future__ import annotations

import math
from decimal import Decimal

NANO_PER_USD = 1_000_000_000


def usd(amount: float | int | str | Decimal) -> int:
    """Convert dollars to nano-dollars, rounding up so a charge is never under-counted.

    >>> usd(1.25)
    1250000000
    """
    return math.ceil(Decimal(str(amount)) * NANO_PER_USD)


def format_usd(nanos: int) -> str:
    """Render nano-dollars for a person: ``$1.25``, ``$0.000150``."""
    dollars = Decimal(nanos) / NANO_PER_USD
    if abs(dollars) >= 1 or nanos == 0:
        return f"${dollars:,.2f}"
    return f"${dollars:.6f}".rstrip("0").rstrip(".") if dollars else "$0.00"
