"""Round 48's rules (studied on the fifty-ninth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

``regenerate`` tells a call that produces something (a draft, a plan) from one that reads
state by the tool's name: after a producer the agent needs no "again" to be asking for one
more, after a read it does. Tools offered by a server come under its namespace
("fleet.get_position", "billing/list_invoices"), and the name's first word was then the
namespace, so every namespaced read counted as a producer, and a status polled until it
changed, each reading passed on in a short line ("3 of 14 done.", "Wash 1."), was taken for
outputs rejected one after another. The tool's own name, after the last "." or "/", now says
whether it reads. An agent that asks again after each read is still told.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _crane_opening() -> list[Step]:
    return [
        Step.llm(
            "Checking the crane lift permit first.",
            observation="Lift L-77 at pier 4 needs its rigging inspection signed off. Watch it.",
        ),
    ]


def _inspection(state: str, signed: int) -> str:
    return json.dumps({"lift": "L-77", "state": state, "items_signed": signed, "items": 9})


def test_a_namespaced_read_polled_and_reported_as_it_moves_is_progress() -> None:
    readings = [("open", 2), ("open", 5), ("open", 8), ("signed", 9)]
    steps = _crane_opening()
    for state, signed in readings:
        steps += [
            Step.tool_call(
                "yard.get_inspection", {"lift": "L-77"}, observation=_inspection(state, signed)
            ),
            Step.llm(f"{signed} of 9 items signed."),
        ]
    assert set(_levels(steps)) == {"none"}


def test_a_namespaced_read_asked_again_after_each_result_is_still_caught() -> None:
    steps = _crane_opening()
    for state, signed in [("open", 2), ("open", 5), ("open", 3), ("open", 6)]:
        steps += [
            Step.tool_call(
                "yard.get_inspection", {"lift": "L-77"}, observation=_inspection(state, signed)
            ),
            Step.llm("That can't be right, let me try that again."),
        ]
    assert "act" in _levels(steps)
