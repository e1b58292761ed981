"""Round 26's rules, each with a loop it catches and a look-alike of progress it spares.

An epoch stamp is a whole number: ten digits from 15 or 19 on, standing alone. The same
digits at the tail of a longer number (a phone number "+441615550100", an account number)
are part of what names the entity, so a sweep over consecutive numbers sets each its own
thing; a client stamp on a call made again still masks as before.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

TASK = (
    "Halden Dental's port of 42 numbers was rejected. Set the emergency address on each "
    "number, fix the LOA and resubmit."
)


def _e911(args: dict[str, object]) -> Step:
    return Step.tool_call("e911", args, observation="ok")


def _run(calls: list[Step]) -> list[Step]:
    return [Step.llm("On the Halden port.", observation=TASK), *calls]


def test_one_number_set_again_with_a_new_epoch_stamp_acts() -> None:
    # The same number each time; only the client's epoch stamp moves: one call made again.
    calls = [
        _e911({"number": "+441615550100", "address": "4 Kings Rd", "ts": 1764300000 + 7 * k})
        for k in range(5)
    ]
    results = replay(_run(calls))
    assert results[-1][0] == "act"


def test_consecutive_numbers_each_set_once_is_no_loop() -> None:
    # "...0100", "...0101": the tail of each looks like an epoch stamp, but it is part of
    # a longer number, and each call sets another one.
    calls = [
        _e911({"number": f"+44161555010{k}", "address": "Halden Dental, 4 Kings Rd"})
        for k in range(5)
    ]
    results = replay(_run(calls))
    assert all(level != "act" for level, _ in results)
