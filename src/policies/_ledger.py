"""In-memory budget ledger arithmetic: reserve, settle, release, balances.

The invariant it keeps, per scope and per dimension (cost, tokens, calls) that has a limit::

    spent + reserved <= limit        (checked by every reserve, all or nothing)

so that as long as every call settles at most what it reserved, ``spent`` never exceeds the
limit, however calls interleave. A call that settles above its reservation (the provider
reported more than the worst case, which should not happen) is still recorded in full as spent,
never dropped, and flagged in its :class:`Settlement` and in :meth:`Ledger.statistics`.

Idempotence (documented choice): ``settle`` and ``release`` of a call that already finished are
**no-ops** that return the first outcome (a retried message after a crash cannot double-charge).
A call id the ledger never reserved (or finished so long ago it left the bounded memory of
recently finished calls, :attr:`Ledger.FINISHED_MEMORY` ids) raises :class:`UnknownCall`.

Windows: a limit may carry a :data:`~policies.Window`; its spend then counts only within the
window containing the ``now`` (epoch seconds) given to :meth:`Ledger.reserve`. A reservation
settles into the window it was made in.

Grants: a person may approve a call whose worst case does not fit, granting the short scopes
the room it lacks (``reserve(..., grant=...)``). What is granted is kept per scope and window,
apart from the policy's limit (``set_limit`` does not wipe it), and the invariant becomes::

    spent + reserved <= limit + granted

A grant raises a windowed limit in the current window only.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ._errors import DuplicateCall, UnknownCall
from ._frozen import fast_init
from ._money import format_usd
from ._scopes import Amounts, Scope
from ._windows import Window, window_id

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "Balance",
    "Dimension",
    "Ledger",
    "LedgerStatistics",
    "Limits",
    "Reservation",
    "Settlement",
    "Shortfall",
]

Dimension = Literal["cost", "tokens", "calls"]


@fast_init
@dataclass(frozen=True, slots=True)
class Limits:
    """A budget: each dimension's limit, ``None`` for no limit on it.

    Attributes:
        cost: Nano-dollars.
        tokens: Input plus output tokens.
        calls: Number of calls.
        window: ``None`` for a budget over the scope's whole life, else the window it resets on.
    """

    cost: int | None = None
    tokens: int | None = None
    calls: int | None = None
    window: Window | None = None

    @classmethod
    def from_amounts(cls, amounts: Amounts, window: Window | None = None) -> Limits:
        """Limits from :class:`Amounts`, where a **zero** field means *no limit* on it."""
        return cls(amounts.cost or None, amounts.tokens or None, amounts.calls or None, window)

    def is_unlimited(self) -> bool:
        """True when no dimension is limited."""
        return self.cost is None and self.tokens is None and self.calls is None


_UNLIMITED = Limits()
#: A balance's ``granted`` where nothing was (shared: ``Amounts`` is frozen).
_NONE_GRANTED = Amounts()


@fast_init
@dataclass(frozen=True, slots=True)
class Balance:
    """Where a scope stands in its current window.

    Attributes:
        limit: The scope's limits (all ``None`` if it has none), **including** what people
            granted in this window (``granted``).
        spent: Settled amounts.
        reserved: Amounts held by calls in flight.
        remaining: ``limit - spent - reserved`` per dimension, floored at 0; ``None`` where
            unlimited.
        granted: How much people raised the limit by in this window, approving calls that
            did not fit (zero normally); the policy's own limit is ``limit - granted``.
    """

    limit: Limits
    spent: Amounts
    reserved: Amounts
    remaining: Limits
    granted: Amounts = _NONE_GRANTED

    @classmethod
    def of(
        cls, limit: Limits, spent: Amounts, reserved: Amounts, granted: Amounts | None = None
    ) -> Balance:
        """The balance of a scope with the policy's ``limit`` that has ``spent`` and
        ``reserved``, and whose limit people raised by ``granted`` (see :attr:`granted`)."""
        if granted is not None and not granted.is_zero():
            limit = raised_limits(limit, granted)
        else:
            granted = _NONE_GRANTED
        cost, tokens, calls = limit.cost, limit.tokens, limit.calls
        remaining = Limits(
            None if cost is None else max(cost - spent.cost - reserved.cost, 0),
            None if tokens is None else max(tokens - spent.tokens - reserved.tokens, 0),
            None if calls is None else max(calls - spent.calls - reserved.calls, 0),
            limit.window,
        )
        return cls(limit, spent, reserved, remaining, granted)

    @property
    def policy_limit(self) -> Limits:
        """The limit the policy set, without what people granted."""
        if self.granted.is_zero():
            return self.limit
        g = self.granted
        lim = self.limit
        return Limits(
            None if lim.cost is None else lim.cost - g.cost,
            None if lim.tokens is None else lim.tokens - g.tokens,
            None if lim.calls is None else lim.calls - g.calls,
            lim.window,
        )


def raised_limits(limit: Limits, granted: Amounts) -> Limits:
    """``limit`` raised by ``granted`` in each dimension it limits (an unlimited one stays so)."""
    return Limits(
        None if limit.cost is None else limit.cost + granted.cost,
        None if limit.tokens is None else limit.tokens + granted.tokens,
        None if limit.calls is None else limit.calls + granted.calls,
        limit.window,
    )


def grant_needed(limit: Limits, granted: Amounts, used: Amounts, amounts: Amounts) -> Amounts:
    """How much each limited dimension of ``limit``, already raised by ``granted``, must rise
    for ``amounts`` to fit on top of ``used`` (spent plus reserved): zero where it fits or is
    unlimited. The one rule for what a grant must cover, shared by the ledger's reserve (which
    raises by it) and the engine (which asks a person for it)."""
    return Amounts(
        0 if limit.cost is None else max(used.cost + amounts.cost - limit.cost - granted.cost, 0),
        0
        if limit.tokens is None
        else max(used.tokens + amounts.tokens - limit.tokens - granted.tokens, 0),
        0
        if limit.calls is None
        else max(used.calls + amounts.calls - limit.calls - granted.calls, 0),
    )


def grant_covers(allowed: Amounts, need: Amounts) -> bool:
    """Whether ``allowed`` (what a person approved) covers ``need`` in every dimension."""
    return (
        need.cost <= allowed.cost and need.tokens <= allowed.tokens and need.calls <= allowed.calls
    )


@fast_init
@dataclass(frozen=True, slots=True)
class Reservation:
    """A successful reservation: ``amounts`` held on every scope in ``scopes``.

    ``granted``: for a reserve with a grant, how much each scope's limit was raised by to fit
    it (only the scopes raised; ``None`` when none was).

    ``balances``: where each of ``scopes`` that has a limit stands right after this
    reservation, in the same atomic step (this call's ``amounts`` are in its ``reserved``, a
    grant in its ``granted``): what a budget's fit reads, so that a caller that reserved
    first needs no balance read to learn it (``None`` from a store that does not say). Not
    part of the reservation's identity (equality, repr).
    """

    call_id: str
    scopes: tuple[Scope, ...]
    amounts: Amounts
    granted: Mapping[Scope, Amounts] | None = None
    balances: Mapping[Scope, Balance] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A reservation that does not fit: nothing was reserved.

    Attributes:
        scope: The first scope (innermost first, as given) that lacks room.
        dimension: Which of its limits: ``"cost"``, ``"tokens"`` or ``"calls"``.
        requested: What the call asked for in that dimension.
        remaining: What is left in that dimension (``limit - spent - reserved``, at least 0).
        limit: The limit in that dimension.
    """

    scope: Scope
    dimension: Dimension
    requested: int
    remaining: int
    limit: int

    def describe(self) -> str:
        """A sentence for a person."""
        if self.dimension == "cost":
            req, rem, lim = (format_usd(v) for v in (self.requested, self.remaining, self.limit))
        else:
            req, rem, lim = str(self.requested), str(self.remaining), str(self.limit)
        return (
            f"The {self.scope.kind} budget {self.scope.key()!r} has {rem} of {lim} {self.dimension} "
            f"left, and this call needs up to {req}."
        )


@fast_init
@dataclass(frozen=True, slots=True)
class Settlement:
    """The outcome of settling (or releasing) a call.

    Attributes:
        call_id: The call.
        reserved: What it had reserved.
        actual: What it was charged (zero for a release).
        released: What went back to the budgets (``reserved - actual``, floored at 0 per field).
        overrun: How much ``actual`` exceeded ``reserved`` (zero normally); recorded as spent.
    """

    call_id: str
    reserved: Amounts
    actual: Amounts
    released: Amounts
    overrun: Amounts

    @property
    def flagged(self) -> bool:
        """True when the call settled above its reservation."""
        return not self.overrun.is_zero()


@dataclass(frozen=True, slots=True)
class LedgerStatistics:
    """Counters for inspection (``repr``, the TUI, benchmarks)."""

    scopes: int
    open_reservations: int
    reservations: int
    shortfalls: int
    settlements: int
    releases: int
    overruns: int


class _Account:
    """Spent, reserved and granted of one scope in one window, as plain ints (hot path).

    ``g_*``: what people granted on top of the scope's limit in this window (it goes with
    the window, and is kept apart from the limit so that ``set_limit`` leaves it)."""

    __slots__ = (
        "g_calls",
        "g_cost",
        "g_tokens",
        "r_calls",
        "r_cost",
        "r_tokens",
        "s_calls",
        "s_cost",
        "s_tokens",
    )

    def __init__(self) -> None:
        self.s_cost = self.s_tokens = self.s_calls = 0
        self.r_cost = self.r_tokens = self.r_calls = 0
        self.g_cost = self.g_tokens = self.g_calls = 0


@dataclass(slots=True)
class _Open:
    reservation: Reservation
    accounts: tuple[_Account, ...]


_ZERO = Amounts()


def _clip(a: Amounts) -> Amounts:
    if a.cost >= 0 and a.tokens >= 0 and a.calls >= 0:
        return a  # frozen: no copy needed
    return Amounts(max(a.cost, 0), max(a.tokens, 0), max(a.calls, 0))


def _excess(a: Amounts, b: Amounts) -> Amounts:
    """``a - b`` floored at 0 per field (``_clip(a - b)``, without the intermediate)."""
    cost, tokens, calls = a.cost - b.cost, a.tokens - b.tokens, a.calls - b.calls
    if cost <= 0 and tokens <= 0 and calls <= 0:
        return _ZERO
    return Amounts(max(cost, 0), max(tokens, 0), max(calls, 0))


class Ledger:
    """Budget arithmetic over nested scopes, in memory. Not thread-safe; synchronous.

    Example::

        ledger = Ledger()
        ledger.set_limit(Scope("session", "s1"), Limits(cost=usd(1)))
        r = ledger.reserve("c1", [Scope("agent", "a"), Scope("session", "s1")], Amounts(cost=usd(0.1)))
        ledger.settle("c1", Amounts(cost=usd(0.02)))
    """

    #: How many finished call ids are remembered for idempotent settle/release.
    FINISHED_MEMORY = 65_536

    def __init__(self) -> None:
        self._limits: dict[Scope, Limits] = {}
        # (scope, window id) -> account. Invariant: r_* equals the sum of open reservations on it.
        self._accounts: dict[tuple[Scope, str], _Account] = {}
        self._current_window: dict[Scope, str] = {}
        self._open: dict[str, _Open] = {}
        self._finished: OrderedDict[str, Settlement] = OrderedDict()
        self._n_reservations = self._n_shortfalls = self._n_settlements = 0
        self._n_releases = self._n_overruns = 0

    def __repr__(self) -> str:
        s = self.statistics()
        return f"<Ledger scopes={s.scopes} open={s.open_reservations} overruns={s.overruns}>"

    # -- limits ---------------------------------------------------------------------------

    def set_limit(
        self, scope: Scope, limit: Limits | Amounts, window: Window | None = None
    ) -> None:
        """Set (or replace) a scope's limits.

        Args:
            scope: The scope.
            limit: :class:`Limits` (``None`` = unlimited per dimension), or :class:`Amounts`
                where a zero field means unlimited.
            window: For :class:`Amounts` only: the window the budget resets on.

        Lowering a limit below what is already spent or reserved is allowed: later reserves on
        that scope fail until the window resets; nothing already admitted is revoked.
        """
        self._limits[scope] = (
            limit if isinstance(limit, Limits) else Limits.from_amounts(limit, window)
        )

    def limit(self, scope: Scope) -> Limits:
        """The scope's limits (unlimited if none was set)."""
        return self._limits.get(scope, _UNLIMITED)

    def _account(self, scope: Scope, limits: Limits, now: float | None) -> _Account:
        wid = window_id(limits.window, now) if limits.window is not None else ""
        key = (scope, wid)
        account = self._accounts.get(key)
        if account is None:
            account = self._accounts[key] = _Account()
            previous = self._current_window.get(scope)
            self._current_window[scope] = wid
            if previous is not None and previous != wid:
                old = self._accounts.get((scope, previous))
                # Forget a finished window once nothing is in flight against it.
                if old is not None and old.r_cost == old.r_tokens == old.r_calls == 0:
                    del self._accounts[(scope, previous)]
        return account

    # -- reserve / settle / release ---------------------------------------------------------

    def check(
        self, scopes: Iterable[Scope], amounts: Amounts, *, now: float | None = None
    ) -> Shortfall | None:
        """What :meth:`reserve` would answer, without reserving: a :class:`Shortfall` or None."""
        for scope in scopes:
            limits = self._limits.get(scope)
            if limits is None or limits.is_unlimited():
                continue
            shortfall = self._shortfall(scope, limits, self._account(scope, limits, now), amounts)
            if shortfall is not None:
                return shortfall
        return None

    @staticmethod
    def _shortfall(scope: Scope, lim: Limits, acc: _Account, amounts: Amounts) -> Shortfall | None:
        if lim.cost is not None and acc.s_cost + acc.r_cost + amounts.cost > lim.cost + acc.g_cost:
            cap = lim.cost + acc.g_cost
            return Shortfall(
                scope, "cost", amounts.cost, max(cap - acc.s_cost - acc.r_cost, 0), cap
            )
        if (
            lim.tokens is not None
            and acc.s_tokens + acc.r_tokens + amounts.tokens > lim.tokens + acc.g_tokens
        ):
            cap = lim.tokens + acc.g_tokens
            left = max(cap - acc.s_tokens - acc.r_tokens, 0)
            return Shortfall(scope, "tokens", amounts.tokens, left, cap)
        if (
            lim.calls is not None
            and acc.s_calls + acc.r_calls + amounts.calls > lim.calls + acc.g_calls
        ):
            cap = lim.calls + acc.g_calls
            left = max(cap - acc.s_calls - acc.r_calls, 0)
            return Shortfall(scope, "calls", amounts.calls, left, cap)
        return None

    @staticmethod
    def _raise(lim: Limits, acc: _Account, amounts: Amounts) -> Amounts:
        """How much each limited dimension of ``lim`` (plus what is granted already) must rise
        for ``amounts`` to fit ``acc`` (zero where it fits or is unlimited): ``grant_needed``."""
        return grant_needed(
            lim,
            Amounts(acc.g_cost, acc.g_tokens, acc.g_calls),
            Amounts(
                acc.s_cost + acc.r_cost, acc.s_tokens + acc.r_tokens, acc.s_calls + acc.r_calls
            ),
            amounts,
        )

    def reserve(
        self,
        call_id: str,
        scopes: Sequence[Scope],
        amounts: Amounts,
        *,
        now: float | None = None,
        grant: Mapping[Scope, Amounts] | None = None,
    ) -> Reservation | Shortfall:
        """Reserve ``amounts`` on every scope, or on none.

        Args:
            call_id: Unique id of the call; it names the reservation for settle/release.
            scopes: Every enclosing scope (innermost first, by convention); duplicates ignored.
            amounts: Worst-case amounts (negative fields are treated as zero).
            now: Epoch seconds; required when a scope's limit has a window.
            grant: What a person approved raising each short scope's limit by, at most, for
                this call to fit. Each scope in it is raised by only what the call needs now
                (never above the approved amount in any dimension), in the same step as the
                reservation; if even that does not make it fit, nothing is raised or reserved.

        Returns:
            A :class:`Reservation` (its ``granted`` says what each scope was raised by), or a
            :class:`Shortfall` naming the first scope that lacks room (nothing reserved then;
            for a scope in ``grant``, its figures are those without this call's grant).

        Raises:
            DuplicateCall: ``call_id`` already holds an open reservation or finished recently.
            ValueError: A scope has a windowed limit and ``now`` is None.
        """
        if call_id in self._open or call_id in self._finished:
            raise DuplicateCall(
                f"Call id {call_id!r} was already reserved; give every call a unique id."
            )
        if amounts.cost < 0 or amounts.tokens < 0 or amounts.calls < 0:
            amounts = _clip(amounts)
        unique = tuple(dict.fromkeys(scopes))
        accounts: list[_Account] = []
        raises: dict[Scope, tuple[_Account, Amounts]] | None = None
        # The scopes with a limit, to say where each stands after (Reservation.balances).
        limited: list[tuple[Scope, Limits, _Account]] = []
        all_limits = self._limits
        for scope in unique:
            limits = all_limits.get(scope, _UNLIMITED)
            # (Every reserve, on every scope: a scope with no windowed limit and an account
            # already open is one lookup, without _account's call.)
            account = None if limits.window is not None else self._accounts.get((scope, ""))
            if account is None:
                account = self._account(scope, limits, now)
            if limits.cost is not None or limits.tokens is not None or limits.calls is not None:
                shortfall = self._shortfall(scope, limits, account, amounts)
                if shortfall is not None:
                    allowed = grant.get(scope) if grant else None
                    need = None if allowed is None else self._raise(limits, account, amounts)
                    if allowed is None or need is None or not grant_covers(allowed, need):
                        self._n_shortfalls += 1
                        return shortfall
                    if raises is None:
                        raises = {}
                    raises[scope] = (account, need)
                limited.append((scope, limits, account))
            accounts.append(account)
        if raises is not None:
            for account, need in raises.values():
                account.g_cost += need.cost
                account.g_tokens += need.tokens
                account.g_calls += need.calls
        for account in accounts:
            account.r_cost += amounts.cost
            account.r_tokens += amounts.tokens
            account.r_calls += amounts.calls
        reservation = Reservation(
            call_id,
            unique,
            amounts,
            None if raises is None else {scope: need for scope, (_, need) in raises.items()},
            {scope: _balance_of(limits, account) for scope, limits, account in limited},
        )
        self._open[call_id] = _Open(reservation, tuple(accounts))
        self._n_reservations += 1
        return reservation

    def settle(self, call_id: str, actual: Amounts) -> Settlement:
        """Charge a call what it actually consumed and release the rest of its reservation.

        ``actual`` above the reservation is charged in full and flagged (``overrun``): spend is
        never lost, even when it breaks a limit.

        Returns:
            The :class:`Settlement`; for a call that already finished, the first outcome
            (no-op).

        Raises:
            UnknownCall: The ledger never reserved ``call_id`` (or has forgotten it).
        """
        return self._finish(call_id, _clip(actual), release=False)

    def release(self, call_id: str) -> Settlement:
        """Give a call's whole reservation back (the call never ran, or consumed nothing).

        Same idempotence as :meth:`settle`: a finished call is a no-op returning its outcome.

        Raises:
            UnknownCall: The ledger never reserved ``call_id`` (or has forgotten it).
        """
        return self._finish(call_id, _ZERO, release=True)

    def _finish(self, call_id: str, actual: Amounts, *, release: bool) -> Settlement:
        entry = self._open.pop(call_id, None)
        if entry is None:
            done = self._finished.get(call_id)
            if done is None:
                raise UnknownCall(
                    f"Call id {call_id!r} has no reservation in this ledger (never reserved, or "
                    "finished too long ago to remember); settle only calls you reserved."
                )
            return done
        reserved = entry.reservation.amounts
        for scope, account in zip(entry.reservation.scopes, entry.accounts, strict=True):
            account.r_cost -= reserved.cost
            account.r_tokens -= reserved.tokens
            account.r_calls -= reserved.calls
            account.s_cost += actual.cost
            account.s_tokens += actual.tokens
            account.s_calls += actual.calls
            if scope.kind == "call" and not (account.r_cost or account.r_tokens or account.r_calls):
                # A call's own scope ends with it: without this, every call ever made would
                # keep an account (and its limit) for as long as the ledger lives.
                self._accounts.pop((scope, self._current_window.pop(scope, "")), None)
                self._limits.pop(scope, None)
        overrun = _excess(actual, reserved)
        settlement = Settlement(call_id, reserved, actual, _excess(reserved, actual), overrun)
        if release:
            self._n_releases += 1
        else:
            self._n_settlements += 1
        if overrun is not _ZERO:  # settlement.flagged: _excess gives _ZERO for no excess
            self._n_overruns += 1
        self._finished[call_id] = settlement
        if len(self._finished) > self.FINISHED_MEMORY:
            self._finished.popitem(last=False)
        return settlement

    def record_spent(
        self, scopes: Iterable[Scope], amounts: Amounts, *, now: float | None = None
    ) -> None:
        """Charge ``amounts`` directly, with no reservation (restoring state from a store).

        Used when rebuilding a ledger from durable records; it may exceed a limit (the money
        was spent), which only makes later reserves fail.
        """
        amounts = _clip(amounts)
        for scope in dict.fromkeys(scopes):
            account = self._account(scope, self._limits.get(scope, _UNLIMITED), now)
            account.s_cost += amounts.cost
            account.s_tokens += amounts.tokens
            account.s_calls += amounts.calls

    # -- inspection -------------------------------------------------------------------------

    def reservation(self, call_id: str) -> Reservation | None:
        """The open reservation of ``call_id``, or ``None``."""
        entry = self._open.get(call_id)
        return entry.reservation if entry is not None else None

    def open_calls(self) -> list[str]:
        """Ids of calls holding a reservation."""
        return list(self._open)

    def balance(self, scope: Scope, *, now: float | None = None) -> Balance:
        """Where ``scope`` stands in the window containing ``now`` (windowed limits need it)."""
        limits = self._limits.get(scope, _UNLIMITED)
        if limits.window is None:
            account = self._accounts.get((scope, "")) or _Account()
        elif now is None:
            wid = self._current_window.get(scope, "")
            account = self._accounts.get((scope, wid)) or _Account()
        else:
            account = self._accounts.get((scope, window_id(limits.window, now))) or _Account()
        return _balance_of(limits, account)

    def statistics(self) -> LedgerStatistics:
        """Counters: scopes with limits, open reservations, totals by outcome, overruns."""
        return LedgerStatistics(
            scopes=len(self._limits),
            open_reservations=len(self._open),
            reservations=self._n_reservations,
            shortfalls=self._n_shortfalls,
            settlements=self._n_settlements,
            releases=self._n_releases,
            overruns=self._n_overruns,
        )


def _balance_of(limits: Limits, account: _Account) -> Balance:
    """The balance of an account under ``limits``."""
    spent = Amounts(account.s_cost, account.s_tokens, account.s_calls)
    reserved = Amounts(account.r_cost, account.r_tokens, account.r_calls)
    if account.g_cost or account.g_tokens or account.g_calls:
        granted = Amounts(account.g_cost, account.g_tokens, account.g_calls)
        return Balance.of(limits, spent, reserved, granted)
    return Balance.of(limits, spent, reserved)
