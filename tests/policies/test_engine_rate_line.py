"""Calls waiting for room under ``tokens_per_minute`` are served first come, first served.

Found by reading ``_tokens_per_minute``: each ask was decided against the window alone, so a
small call that came after a large one already waiting took the room as soon as there was room
for it, and the large call, which needs more room to come free at once, could be passed over
for as long as small calls kept coming (it was then refused once its ``rate_wait_seconds``
ran out). Now the governor tells the engine which refused calls wait (:meth:`waiting`), and a
later call is admitted only where it leaves the room the calls waiting before it need.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_engine import ctx, engine

from policies import CallContext, CallOutcome, Permit, PolicyEngine, Refuse

TPM = 3000
LIMITS = {"tokens_per_minute": TPM, "rate_wait_seconds": 120}
# Worst cases with the 107-token prompt of MESSAGES: 2,000, 1,507 and 207 tokens.
FILLER, BIG, SMALL = 1893, 1400, 100


class Governor:
    """What the governor does with the engine's answers: a call refused by a per-minute
    limit with a retry time waits (and asks again under its first id); admitted calls settle
    at once at their worst case, so only the window's clock frees room."""

    def __init__(self, eng: PolicyEngine) -> None:
        self.eng = eng
        self.n = 0

    def ask(self, now: float, max_tokens: int, first: str = "") -> tuple[bool, float, str]:
        """One ask: (admitted, when to ask again, the first id to ask again under)."""
        self.n += 1
        call = ctx(call_id=f"c{self.n}", now=now, max_tokens=max_tokens, first_call_id=first)
        verdict = self.eng.pre_call(call)
        if isinstance(verdict, Permit):
            self._settle(call, verdict)
            return True, 0.0, ""
        assert isinstance(verdict, Refuse), verdict
        assert verdict.kind == "rate", verdict
        assert verdict.retry_after is not None, verdict
        self.eng.waiting(call, verdict, verdict.retry_after)
        return False, now + verdict.retry_after + 0.01, first or call.call_id

    def _settle(self, call: CallContext, permit: Permit) -> None:
        used = CallOutcome(
            model_ref=permit.model_ref,
            input_tokens=permit.input_tokens,
            output_tokens=permit.max_tokens,
        )
        self.eng.post_call(call, used)


def test_a_large_call_waiting_is_not_passed_over_by_later_small_ones() -> None:
    """A large call waits for room; every time before it asks again, small calls ask as many
    times as the engine admits them. It used to be passed over for good: each time room
    came, the small calls took it first. Now it is admitted on its first ask again."""
    eng = engine({"limits": LIMITS})
    gov = Governor(eng)
    assert gov.ask(0.0, FILLER)[0]
    admitted, again, first = gov.ask(1.0, BIG)
    assert not admitted
    assert again == pytest.approx(60.01)
    waited = 0.0
    for _round in range(5):
        # Just before the large call asks again, small calls ask until one is refused.
        smalls = 0
        while gov.ask(again - 0.005, SMALL)[0]:
            smalls += 1
            assert smalls < 100
        admitted, later, first = gov.ask(again, BIG, first)
        if admitted:
            break
        waited, again = waited + later - again, later
    assert admitted, "the large call was passed over every time room came"
    assert waited == 0.0
    assert not eng._lines or all(first not in line for line in eng._lines.values())


def test_a_later_call_may_take_room_that_is_left_over() -> None:
    """Not strict FIFO: a later call is held back only from the room the earlier waiting ones
    need; one that fits beside them is admitted at once (holding it back would waste room)."""
    eng = engine({"limits": LIMITS})
    gov = Governor(eng)
    assert gov.ask(0.0, 893)[0]  # 1,000 tokens in the window until t=60
    admitted, again, first = gov.ask(1.0, 1993)  # 2,100 more do not fit: it waits
    assert not admitted
    assert again == pytest.approx(60.01)
    # It would fit alone (1,207), but not beside the call waiting before it.
    held = eng.pre_call(ctx(call_id="x", now=1.5, max_tokens=SMALL))
    assert isinstance(held, Refuse)
    assert held.kind == "rate"
    assert held.decision.numbers["waiting_before"] == 2100
    assert "asked earlier" in held.reason
    assert held.retry_after == pytest.approx(58.5)  # when room for both comes
    # Room came (t=60) before the waiting call asked again: a small call fits beside it.
    assert gov.ask(60.005, SMALL)[0]
    assert gov.ask(again, 1993, first)[0]
    assert not eng._lines


def test_a_place_not_renewed_in_time_is_given_up() -> None:
    """An agent that stops waiting (cancelled, stopped) never asks again: its place lapses a
    few seconds after it was due to ask, and the calls behind it move up."""
    eng = engine({"limits": LIMITS})
    gov = Governor(eng)
    assert gov.ask(0.0, FILLER)[0]
    admitted, again, _ = gov.ask(1.0, BIG)  # waits, then never asks again
    assert not admitted
    # While its place is kept, a small call that would fit alone is held back.
    assert not gov.ask(again - 1.0, SMALL)[0]
    # Lapsed: the same small call is admitted.
    assert gov.ask(again + 6.0, SMALL)[0]


def test_a_call_waiting_for_another_limit_holds_no_room() -> None:
    """A call refused by its agent's calls per minute waits for that limit, not for the
    session's tokens: it holds no place in line, so other agents' calls are not held up."""
    eng = engine({"limits": {**LIMITS, "agent_calls_per_minute": 1}})
    first = ctx(call_id="a1", agent="a", now=0.0, max_tokens=SMALL)
    assert isinstance(eng.pre_call(first), Permit)
    again = ctx(call_id="a2", agent="a", now=1.0, max_tokens=BIG)
    refused = eng.pre_call(again)
    assert isinstance(refused, Refuse)
    assert refused.decision.rule == "limits.agent_calls_per_minute"
    assert refused.retry_after is not None
    eng.waiting(again, refused, refused.retry_after)
    assert not eng._lines
    other: Any = ctx(call_id="b1", agent="b", now=2.0, max_tokens=BIG)
    assert isinstance(eng.pre_call(other), Permit)
