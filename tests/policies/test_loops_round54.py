"""Round 54's rules (studied on the sixty-sixth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A check run again and again with the same result, other calls between, is ``cycle``'s
"done again" (``_reread``). Bisecting runs the same check after each new change (switch one
setting off, check; restore it, switch the next off, check): the check answers alike until
the culprit is found, yet each run tests a state not tested before. A check with a change
between each two runs that the agent had not made before (a call whose name says it writes,
an action new among the kept calls: ``_probes_changes``) is no longer read as done again.
The same change redone between the checks (one switch flipped back and forth) is.

A poll of one job whose status word walks on (REQUESTED, ALLOCATED, ALLOCATED, PRINTING)
embeds alike call after call, and a status word changed brings too little novelty for
``semantic_tool_calls`` to let it be. One call whose results moved at least twice to a plain
word no earlier result held, the last call one of those moves, and never back to words it
had left (``_walks_states``), is a job followed through its states, when the agent said in
the window that it moved on ("It's progressed", ``_says_moved``): it read the change as
news. A status that stands still, or flips between two, is still a stalled poll, and a walk
the agent passes over in silence stays alike calls (``test_loops.py``'s unrelayed checks).

A result's envelope that says a cache served it ("x-cache": "HIT" or "MISS") beside a
payload, with a bare whole number beside both (the seconds the cache held the answer, as
HTTP's ``Age`` header says), made the same answer served again read as another: the number
differs at every call. Beside a cache's state and a payload, a bare whole number is now read
as the serving's measure and dropped (``_cached_beside``, in ``_canonical_value``). A
number inside the payload, or beside a payload with no cache's state, is kept.

One record read back again and again after the write that set it is re-verifying work
done; yet a read whose argument named a handle that an earlier write's result held was
taken for a poll of a job that write set going (``_polls_something_that_moves``), and the
repeat was never confirmed. A handle the write was itself given, echoed in its receipt
("H-2077 saved"), is no job it set going; a handle it returned unasked ("job EXP-5521
queued") still is. Each record written and read back once stays progress.

A comment line above a JSON body ("# node=app-5 req=40790 generated 30/11/2026 16:52:05") is
a note on the serving, written above the answer: a rotating host name in it made the same
body served again read as another. ``_canonical_json`` now reads the body alone when a
single line starting with "#" stands before it; new bodies still differ.
"""

from __future__ import annotations

import json

import numpy as np
from loop_replay import replay

from policies._loops import (
    LoopTracker,
    Step,
    _polls_something_that_moves,
    _probes_changes,
    _walks_states,
)


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _opening(ask: str) -> list[Step]:
    return [Step.llm("On it.", observation=ask)]


# -- a check rerun after each new change: bisecting --------------------------------------------


def _toggle(flag: str, on: bool, n: int) -> Step:
    return Step.tool_call(
        "setPrinterFlag",
        {"flag": flag, "enabled": on},
        observation=json.dumps({"ok": True, "flag": flag, "enabled": on, "seq": 700 + n}),
    )


def _check(n: int, layers: int = 0) -> Step:
    return Step.tool_call(
        "sliceTestCube",
        {"model": "cube-20mm"},
        observation=json.dumps({"ok": True, "warped_layers": layers, "ts": 1780000000 + 60 * n}),
    )


def _bisect(flags: list[str]) -> list[Step]:
    steps = _opening("The test cube warps on the farm's printers. Which slicer flag does it?")
    for n, flag in enumerate(flags):
        steps += [_toggle(flag, False, n), _check(n, 3), _toggle(flag, True, n)]
    return steps


def test_a_check_after_each_new_change_is_bisecting() -> None:
    assert "act" not in _levels(_bisect(["ironing", "z-hop", "coasting", "wipe"]))


def test_the_same_switch_flipped_between_checks_is_still_done_again() -> None:
    steps = _opening("The test cube warps on the farm's printers. Which slicer flag does it?")
    for n in range(6):
        steps += [_toggle("ironing", n % 2 == 0, 0), _check(n, 3)]
    assert "act" in _levels(steps)


def test_only_new_writes_between_each_check_probe_changes() -> None:
    fresh = list(enumerate([_toggle("a", False, 0), _check(0), _toggle("b", False, 1), _check(1)]))
    assert _probes_changes(fresh, [1, 3])
    redone = list(enumerate([_toggle("a", False, 0), _check(0), _toggle("a", False, 0), _check(1)]))
    assert not _probes_changes(redone, [1, 3])
    read = Step.tool_call("getPrinterFlags", {"printer": "P-2"}, observation="{}")
    looked = list(enumerate([_toggle("a", False, 0), _check(0), read, _check(1)]))
    assert not _probes_changes(looked, [1, 3])


# -- a status that walks through new states ----------------------------------------------------


def _unit(k: int) -> np.ndarray:
    vector = np.zeros(16, dtype=np.float32)
    vector[k] = 1.0
    return vector


def _kiln(states: list[str], said: str = "It's moved on; checking again shortly.") -> list[Step]:
    """A pottery kiln's firing polled; every poll embeds alike (one vector)."""
    steps = [
        Step.llm("Starting.", observation="Tell me when the glaze firing of batch K-88 is done.")
    ]
    for n, state in enumerate(states):
        steps.append(
            Step.tool_call(
                "Kiln.FiringStatus",
                {"batch": "K-88"},
                observation=(
                    f"# node=kiln-ctl-{max(3, 5 - n)} req={5100 + 7 * n} generated 02/03/2026 "
                    f"10:{10 + n:02d}:0{n}\nK-88 PROG-6 state={state} opened=-"
                ),
            ).with_embedding(_unit(0))
        )
        if n in (2, 3):
            steps.append(Step.llm(said).with_embedding(_unit(1)))
    return steps


def _semantic_levels(steps: list[Step]) -> list[str]:
    tracker = LoopTracker()
    return [tracker.observe(s).escalation_level for s in steps]


def test_a_status_walking_through_new_states_is_progress() -> None:
    assert "act" not in _semantic_levels(_kiln(["LOADED", "HEATING", "HEATING", "SOAKING"]))


def test_a_status_walk_passed_over_in_silence_stays_alike_calls() -> None:
    walk = ["LOADED", "HEATING", "HEATING", "SOAKING"]
    assert "act" in _semantic_levels(_kiln(walk, "Checking again shortly."))


def test_a_status_that_stands_still_is_still_a_stalled_poll() -> None:
    assert "act" in _semantic_levels(_kiln(["HEATING"] * 5))


def test_a_status_that_flips_back_does_not_walk() -> None:
    def polls(states: list[str]) -> list[tuple[int, Step]]:
        return [
            (n, Step.tool_call("Kiln.FiringStatus", {"batch": "K-88"}, observation=f"state={s}"))
            for n, s in enumerate(states)
        ]

    walked = polls(["LOADED", "HEATING", "HEATING", "SOAKING"])
    assert _walks_states(walked, walked[-3:])
    flipped = polls(["HEATING", "SOAKING", "HEATING", "SOAKING"])
    assert not _walks_states(flipped, flipped[-3:])
    once = polls(["HEATING", "HEATING", "SOAKING"])
    assert not _walks_states(once, once)  # one move: not yet a walk


# -- a cache's age beside its state and the payload --------------------------------------------


def _cached(body: object, n: int) -> str:
    return json.dumps(
        {
            "requestId": f"{0x3C11A0 + 7919 * n:x}-{0xB2 + n:x}",
            "timestamp": f"2026-03-0{1 + n % 9}T10:{10 + n:02d}:00Z",
            "x-cache": "HIT" if n % 2 else "MISS",
            "age": (7 * n + 3) % 31,
            "result": body,
        }
    )


def _greenhouse(bodies: list[object]) -> list[Step]:
    steps = _opening("Is bench B-4's misting schedule set for the orchids?")
    for n, body in enumerate(bodies):
        steps.append(Step.llm("Checking the bench schedule."))
        steps.append(
            Step.tool_call("greenhouse:benches.get", {"bench": "B-4"}, observation=_cached(body, n))
        )
    return steps


def test_the_same_record_at_another_cache_age_is_a_repeat() -> None:
    body = {"bench": "B-4", "misting": "every 40 min", "plants": "phalaenopsis"}
    assert "act" in _levels(_greenhouse([body] * 5))


def test_new_records_under_a_cache_envelope_are_progress() -> None:
    bodies = [{"bench": f"B-{k}", "misting": "every 40 min"} for k in (4, 5, 6, 7, 8)]
    steps = _opening("List the misting schedule of each bench.")
    for n, body in enumerate(bodies):
        steps.append(
            Step.tool_call(
                "greenhouse:benches.get", {"bench": body["bench"]}, observation=_cached(body, n)
            )
        )
    assert "act" not in _levels(steps)


def test_a_bare_number_is_dropped_only_beside_a_cache_state_and_a_payload() -> None:
    a = Step.tool_call("b.get", observation=_cached({"bench": "B-4"}, 1)).observation_key
    b = Step.tool_call("b.get", observation=_cached({"bench": "B-4"}, 2)).observation_key
    assert a == b
    plain = [json.dumps({"count": c, "result": {"bench": "B-4"}}) for c in (3, 4)]
    keys = {Step.tool_call("b.get", observation=o).observation_key for o in plain}
    assert len(keys) == 2  # no cache's state: the number may be the answer's
    inside = [json.dumps({"x-cache": "HIT", "result": {"plants": c}}) for c in (3, 4)]
    keys = {Step.tool_call("b.get", observation=o).observation_key for o in inside}
    assert len(keys) == 2  # in the payload: the answer's


# -- a record read back again and again after its write ------------------------------------------


def _stamped(body: object, n: int) -> str:
    return json.dumps(
        {
            "data": body,
            "request": {"id": f"lb-{0x7A11C0 + 7919 * n:x}", "duration_ms": 60 + 31 * n % 90},
        }
    )


def _log_visit(hive: str, note: str, n: int) -> Step:
    return Step.tool_call(
        "apiary.record_visit",
        {"hive": hive, "value": note},
        observation=_stamped({"hive": hive, "saved": True}, n),
    )


def _read_hive(hive: str, note: str, n: int) -> Step:
    return Step.tool_call(
        "apiary.get_hive", {"hive": hive}, observation=_stamped({"hive": hive, "latest": note}, n)
    ).with_embedding(_unit(0))


def test_one_record_read_back_again_and_again_after_its_write_is_a_loop() -> None:
    steps = [Step.llm("On it.", observation="Log today's visits for hives H-2041 and H-2077.")]
    steps += [_log_visit("H-2041", "queen seen, 6 frames brood", 0)]
    steps += [_read_hive("H-2041", "queen seen, 6 frames brood", 1)]
    steps += [_log_visit("H-2077", "no queen seen, requeen", 2)]
    steps += [_read_hive("H-2077", "no queen seen, requeen", n) for n in (3, 4, 5)]
    assert "act" in _semantic_levels(steps)


def test_each_record_read_back_once_after_its_write_is_progress() -> None:
    steps = [Step.llm("On it.", observation="Log today's visits for four hives.")]
    for k, hive in enumerate(("H-2041", "H-2077", "H-2103", "H-2110")):
        note = f"{4 + k} frames brood, calm"
        steps += [_log_visit(hive, note, 2 * k), _read_hive(hive, note, 2 * k + 1)]
    assert "act" not in _semantic_levels(steps)


def test_a_handle_the_write_minted_is_still_polled_not_read_back() -> None:
    started = Step.tool_call(
        "apiary.start_export", {"apiary": "east"}, observation='{"job": "EXP-5521", "queued": true}'
    )
    poll = Step.tool_call("apiary.export_status", {"job": "EXP-5521"}, observation="{}")
    assert _polls_something_that_moves(poll, [(0, started), (1, poll)])
    saved = _log_visit("H-2077", "requeen", 0)
    read = _read_hive("H-2077", "requeen", 1)
    assert not _polls_something_that_moves(read, [(0, saved), (1, read)])


# -- a comment line above a JSON body --------------------------------------------------------------


def _noted(body: object, n: int) -> str:
    note = f"# node=ferry-api-{(5 * n) % 7} req={40700 + 13 * n} generated 04/05/2026 09:1{n}:00"
    return note + "\n" + json.dumps(body)


def test_the_same_body_under_another_comment_line_is_a_repeat() -> None:
    steps = _opening("Has the car deck booking for FR-881 gone through?")
    for n in range(5):
        steps.append(
            Step.tool_call(
                "Ferry.GetBooking",
                {"booking": "FR-881"},
                observation=_noted({"booking": "FR-881", "deck": "car", "state": "held"}, n),
            )
        )
    assert "act" in _levels(steps)


def test_new_bodies_under_comment_lines_are_progress() -> None:
    steps = _opening("List the car deck bookings for the 09:40 sailing.")
    for n, ref in enumerate(("FR-881", "FR-884", "FR-890", "FR-902", "FR-915")):
        steps.append(
            Step.tool_call(
                "Ferry.GetBooking",
                {"booking": ref},
                observation=_noted({"booking": ref, "deck": "car", "state": "held"}, n),
            )
        )
    assert "act" not in _levels(steps)
