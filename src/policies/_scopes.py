"""Budget scopes and amounts: the shared vocabulary of ledgers and stores."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    # Ledgers and stores key dicts by scope, several lookups per scope per call: the hash is
    # computed once (the generated __hash__ builds and hashes a tuple on every lookup).
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.kind, self.id)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[Scope], tuple[str, str]]:
        # Rebuilt (and rehashed) on unpickling: str hashes differ between processes.
        return (Scope, (self.kind, self.id))

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
