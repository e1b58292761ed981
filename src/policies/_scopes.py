"""Budget scopes and amounts: the shared vocabulary of ledgers and stores."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ._frozen import fast_init

ScopeKind = Literal["call", "agent", "session", "tenant", "global"]

#: Enclosing order, innermost first. A charge counts against every enclosing scope.
SCOPE_ORDER: tuple[ScopeKind, ...] = ("call", "agent", "session", "tenant", "global")


@fast_init
@dataclass(frozen=True, slots=True)
class Scope:
    """One budget scope, e.g. ``Scope("session", "s-42")``."""

    kind: ScopeKind
    id: str

    def key(self) -> str:
        """A stable string key, ``"session:s-42"``, used by stores."""
        return f"{self.kind}:{self.id}"

    def __str__(self) -> str:
        return self.key()


@fast_init
@dataclass(frozen=True, slots=True)
class Amounts:
    """What a budget limits or a reservation holds: cost in nano-dollars, tokens, calls."""

    cost: int = 0
    tokens: int = 0
    calls: int = 0

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(self.cost + other.cost, self.tokens + other.tokens, self.calls + other.calls)

    def __sub__(self, other: Amounts) -> Amounts:
        return Amounts(self.cost - other.cost, self.tokens - other.tokens, self.calls - other.calls)

    def is_zero(self) -> bool:
        return self.cost == 0 and self.tokens == 0 and self.calls == 0
