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

    Amounts of a dollar or more show cents; smaller ones show up to six decimals (at least two),
    or up to nine for an amount that six would show as zero (a valid budget of ``"0.0000001"``
    is not shown as ``$0.00``).
    """
    dollars = Decimal(nanos) / NANO_PER_USD
    if abs(dollars) >= 1 or nanos == 0:
        return f"${dollars:,.2f}"
    text = f"{dollars:.6f}".rstrip("0")
    if Decimal(text) == 0:
        text = f"{dollars:.9f}".rstrip("0")
    whole, _, frac = text.partition(".")
    return f"${whole}.{frac.ljust(2, '0')}"


def format_usd_exact(nanos: int) -> str:
    """Render nano-dollars to the nano-dollar: ``$1.000007``, ``$1.00``, ``$0.0031``."""
    dollars = Decimal(nanos) / NANO_PER_USD
    whole, _, frac = f"{dollars:,.9f}".partition(".")
    return f"${whole}.{frac.rstrip('0').ljust(2, '0')}"
