"""Round 31's rules (studied on the forty-first set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A clock time may carry any zone letter ("08:14:24L", local), not only UTC's "Z". A setting
flipped back and forth twice (X, Y, X, Y on one target), each write taking effect and
nothing new coming between, is back where it was two writes ago. Short messages cut from one
template, one per record the agent read, each naming a record no message had named and
stating its figures, are a report written out item by item, not talk that goes nowhere. A
question that offers choices nobody had named ("Harbour Point or Quay West?") narrows an
answer down. And a question asked again after it was answered confirms itself even when it
is asked word for word (which is a monologue too).
"""

from __future__ import annotations

import json

import numpy as np
from loop_replay import STRUCTURAL, replay

from policies._loops import LoopConfig, Step, normalize_text

TASK = "Plan Thursday's roasts: check which green lots are fit and assign the profiles."


def _levels(steps: list[Step], config: LoopConfig = STRUCTURAL) -> list[str]:
    return [level for level, _ in replay(steps, config)]


# -- clock times with a zone letter ------------------------------------------------------------


def test_a_clock_time_with_any_zone_letter_is_a_clock_time() -> None:
    assert normalize_text("-- dc/c1b755 | 14Mar 08:14:24L") == normalize_text(
        "-- dc/c1b755 | 14Mar 08:16:42L"
    )
    assert normalize_text("at 08:14:24Z") == normalize_text("at 09:01:00A")
    # Only a single letter: "08:14:24pm" is not masked as a zoned time.
    assert "pm" in normalize_text("08:14:24pm")


def _diver(tool: str, stamp: str) -> Step:
    body = (
        "diver_id: D-3301\nname: Ingrid Solberg\ncert: PADI AOW\nboat: unassigned"
        if tool == "diver_record_get"
        else "diver_id: D-3301\nbcd: M\nregulator: R-17\nwetsuit: 5mm M"
    )
    return Step.tool_call(
        tool, {"diver_id": "D-3301"}, observation=f"{body}\n-- dc/a1b2c3 | 14Mar {stamp}L"
    )


def test_reads_taking_turns_stamped_with_a_local_clock_are_a_loop() -> None:
    steps = [Step.llm("Building the manifests.", observation="Put everyone on a boat.")]
    for k in range(7):
        tool = "diver_record_get" if k % 2 == 0 else "gear_rental_get"
        steps.append(_diver(tool, f"08:{10 + k:02d}:{(k * 7) % 60:02d}"))
    assert "act" in _levels(steps)


def test_a_zoned_stamp_masks_only_the_time() -> None:
    # What the result says beside the stamp still tells two results apart.
    assert normalize_text("bcd: M -- 08:14:24L") != normalize_text("bcd: L -- 08:15:00L")


# -- a setting flipped back and forth ----------------------------------------------------------

REASON_X = "GL-2256 is a dense natural, so Espresso-M5 suits it for the blend."
REASON_Y = "On reflection its notes are delicate fruit, so Filter-L3 keeps them; switching back."


def _assign(profile: str, previous: str, rid: str) -> Step:
    result = {
        "request_id": f"rq-{rid}",
        "status": "updated",
        "lot_id": "GL-2256",
        "profile": profile,
        "previous": previous,
        "latency_ms": 700,
    }
    return Step.tool_call(
        "roast_profile_assign",
        {"lot_id": "GL-2256", "profile": profile},
        observation=json.dumps(result),
    )


def _opening() -> list[Step]:
    return [
        Step.llm("Pulling the lot records first.", observation=TASK),
        Step.tool_call(
            "green_lot_get", {"lot_id": "GL-2256"}, observation='{"lot_id": "GL-2256", "bags": 22}'
        ),
    ]


def _flips(count: int, between: list[Step] | None = None) -> list[Step]:
    steps = _opening()
    values = ["Espresso-M5", "Filter-L3"]
    previous = "unassigned"
    for k in range(count):
        value = values[k % 2]
        steps.append(Step.llm(REASON_X if k % 2 == 0 else REASON_Y))
        steps.append(_assign(value, previous, f"{k:02d}e9a{k}"))
        previous = value
        if between is not None and k < count - 1:
            steps.append(between[k])
    return steps


def test_a_setting_flipped_back_twice_acts_at_once() -> None:
    levels = replay(_flips(4))
    assert levels[-1][0] == "act", levels
    assert any(f["detector"] == "flip_flop" and f.get("redone") for f in levels[-1][1])
    assert all(level == "none" for level, _ in levels[:-1])


def test_one_revert_is_an_undo_not_a_loop() -> None:
    assert all(level == "none" for level in _levels(_flips(3)))


def test_a_trial_that_measures_each_setting_learns_something() -> None:
    # A/B: each setting is measured, and the measurement changes: the flips gather data.
    readings = [
        Step.tool_call(
            "roast_trial_read",
            {"lot_id": "GL-2256"},
            observation=json.dumps(
                {"batch": f"T-{k}", "score": score, "notes": notes, "development_s": dev}
            ),
        )
        for k, (score, notes, dev) in enumerate(
            [(84.5, "heavy body, muted", 95), (86.0, "jasmine, bright", 70), (84.75, "flat", 98)]
        )
    ]
    assert all(level == "none" for level in _levels(_flips(4, readings)))


def test_a_switch_a_person_asks_for_is_followed() -> None:
    steps = _flips(3)
    steps.append(Step.llm("Switching it.", observation="Put it back on Filter-L3 after all."))
    steps.append(_assign("Filter-L3", "Espresso-M5", "99aa00"))
    assert all(level == "none" for level in _levels(steps))


# -- short reports, one per record read --------------------------------------------------------

LOTS = [
    ("GL-2260", "Honduras Marcala", "washed", 11.4),
    ("GL-2240", "Brazil Cerrado", "natural", 11.8),
    ("GL-2244", "Kenya Kirinyaga", "washed", 10.9),
    ("GL-2256", "Ethiopia Guji", "natural", 10.2),
]
LISTING = json.dumps(
    {"rows": [{"lot_id": c, "origin": o, "process": p, "moisture_pct": m} for c, o, p, m in LOTS]}
)


def _reports(codes: list[str]) -> list[Step]:
    steps = [
        Step.llm("I'll pull the lots in the warehouse.", observation=TASK),
        Step.tool_call("lot_search", {"status": "in_warehouse"}, observation=LISTING),
    ]
    for code, (_, origin, process, moisture) in zip(codes, LOTS, strict=True):
        steps.append(
            Step.llm(
                f"Lot check: {code}: origin {origin}, process {process}, moisture pct "
                f"{moisture}. Fine for the blend."
            )
        )
    return steps


def test_a_report_written_item_by_item_is_progress() -> None:
    assert all(level == "none" for level in _levels(_reports([c for c, *_ in LOTS])))


def test_a_report_of_one_record_again_and_again_is_still_a_loop() -> None:
    # The same template about the same lot each time: nothing reported that was not.
    steps = _reports(["GL-2260"] * 4)
    for k, step in enumerate(steps[2:], 2):
        steps[k] = Step.llm(step.text.split(",")[0] + ": still pending. Fine for the blend.")
    assert "act" in _levels(steps)


def test_the_semantic_detector_spares_item_reports_too() -> None:
    config = LoopConfig()  # the default: semantic on
    same = np.ones(384, dtype=np.float32)  # every report embeds alike: the template

    def embedded(steps: list[Step]) -> list[Step]:
        return [
            s.with_embedding(same) if s.kind == "llm" and k >= 2 else s for k, s in enumerate(steps)
        ]

    spared = replay(embedded(_reports([c for c, *_ in LOTS])), config)
    assert all(f["detector"] != "semantic_responses" for _, fs in spared for f in fs), spared
    # Announcing one lot after another, with no figures, is no report: the detector fires.
    steps = _reports([c for c, *_ in LOTS])
    for k, step in enumerate(steps[2:], 2):
        steps[k] = Step.llm(f"Next I will look at {step.text.split(': ')[1]}.")
    found = replay(embedded(steps), config)
    assert any(f["detector"] == "semantic_responses" for _, fs in found for f in fs), found


# -- questions: choices offered, and a question asked again word for word ------------------------


def test_a_question_offering_choices_nobody_named_narrows_the_answer() -> None:
    # Short "Which ...?" questions embed alike (here: one vector for the first three), so the
    # follow-up that offers two towers by name read as the first question asked again.
    alike = np.ones(384, dtype=np.float32)
    other = [np.eye(384, dtype=np.float32)[k] for k in range(2)]
    steps = [
        Step.llm(
            "Which building is the survey for?",
            observation="We manage a residential tower and need a facade survey.",
        ),
        Step.llm(
            "There are two towers on the quay, Harbour Point and Quay West; which one?",
            observation="The tower on the quay.",
        ),
        Step.llm("Which elevations?", observation="Harbour Point, 14 storeys."),
        Step.llm("Do you have an anchor certificate?", observation="All four."),
        Step.llm("Target completion date?", observation="Yes, tested in May."),
    ]
    vectors = [alike, alike, alike, *other]
    steps = [s.with_embedding(v) for s, v in zip(steps, vectors, strict=True)]
    assert all(level == "none" for level in _levels(steps))
    # Choices the person had named already offer nothing new: the same steps then ask again.
    steps[0] = Step.llm(
        "Which building is the survey for?",
        observation="We manage the towers on the quay, Harbour Point and Quay West; we need a "
        "facade survey.",
    ).with_embedding(alike)
    assert "act" in _levels(steps)


def test_the_same_question_answered_each_time_acts_on_its_third_asking() -> None:
    question = "Which blend should I plan Thursday's roasts for?"
    steps = [
        Step.llm("Reading the lots.", observation=TASK),
        Step.tool_call("green_lot_get", {"lot_id": "GL-2231"}, observation='{"bags": 31}'),
        Step.llm(question),
        Step.llm(question, observation="House Espresso, 120 kg finished."),
        Step.llm(question, observation="As I said, House Espresso. 120 kg."),
    ]
    levels = replay(steps)
    assert levels[-1][0] == "act", levels
    assert any(f.get("reasked") for f in levels[-1][1])
