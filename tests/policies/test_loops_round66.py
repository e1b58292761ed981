"""Round 66's rules (studied on the seventy-eighth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A validation that counts what is still wrong ("4 issues remain; first: ...") and counts fewer
after each fix converges: its errors read as one error with its numbers masked, but the count
falls call by call (``_failures_count_down``, in ``reworded_repeat``'s "one error whatever the
call"). A count that stands is still one error.

Stamps that differ between the repeats of one result: a log line's bracketed worker after the
level before its ``seq=`` (``_LOG_WORKER``), a table footer's bare host after its row count and
time (``_COUNTED_FOOTER_BARE_HOST``), and a line-per-field record's clock age
(``cache_age_s=154``, ``_age_masked`` on each line). The same stamps around another answer
still tell the answers apart.

A value set, set back and set again where the response before the second write is the first
one with the two values swapped ("Setting it to 7; 5 looks wrong." / "Setting it to 5; 7
looks wrong."): the agent calls wrong in turn what it called right (``_reason_mirrored``, in
``flip_flop``'s ``_set_back_for_same_reason``). A reason that brings a new fact is spared.

A response right after a warned cycle of the same reads that says itself that nothing has
moved ("State has not moved from X; comparing with the record.") confirms the cycle
(``_CYCLE_SAID_UNMOVED``, in ``LoopTracker._cycle_held_over``); one that asks, or reads
states that moved, is spared.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import (
    LoopConfig,
    Step,
    _failures_count_down,
    _reason_mirrored,
)


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


def _validations(counts: list[int], values: list[str]) -> list[Step]:
    steps = [
        Step.llm(
            "I'll validate the planting plan.",
            observation="Get greenhouse plan GH-310 through validation today.",
        )
    ]
    for n, value in zip(counts, values, strict=True):
        steps.append(
            Step.tool_call(
                "plans.validate",
                {"plan": "GH-310", "soil_mix": value},
                observation=f"FAIL ref=a{n}9f31c2: {n} problems left; first: soil_mix {value} "
                "not accepted",
                error=True,
            )
        )
        steps.append(Step.llm(f"The validator rejected {value}; trying another soil_mix."))
    return steps


def test_falling_count_of_problems_left_is_spared() -> None:
    steps = _validations([6, 4, 3, 1], ["peat", "loam", "coir", "bark"])
    assert "act" not in _levels(steps)
    assert "reworded_repeat" not in _fired(steps)


def test_standing_count_is_still_one_error() -> None:
    steps = _validations([3, 3, 3, 3], ["peat", "loam", "coir", "bark"])
    assert "reworded_repeat" in _fired(steps)


def test_failures_count_down_unit() -> None:
    def tail(texts: list[str]) -> list[tuple[int, Step]]:
        return [
            (i, Step.tool_call("check", {"v": i}, observation=t, error=True))
            for i, t in enumerate(texts)
        ]

    assert _failures_count_down(tail(["5 errors remain", "3 errors remain", "1 error remains"]))
    assert _failures_count_down(tail(["remaining: 4", "remaining: 2", "remaining: 1"]))
    assert not _failures_count_down(tail(["2 errors remain", "3 errors remain", "1 remain"]))
    assert not _failures_count_down(tail(["bad value", "bad value", "bad value"]))


def test_log_worker_before_seq_is_masked() -> None:
    a = Step.tool_call(
        "kilnctl get",
        {"kiln": "K-4"},
        observation="2026-03-02T08:00:01Z INFO [kiln-7] seq=3381 kiln=K-4 state=firing temp=880",
    )
    b = Step.tool_call(
        "kilnctl get",
        {"kiln": "K-4"},
        observation="2026-03-02T08:05:44Z INFO [ctl-12] seq=9150 kiln=K-4 state=firing temp=880",
    )
    c = Step.tool_call(
        "kilnctl get",
        {"kiln": "K-4"},
        observation="2026-03-02T08:09:12Z INFO [ctl-12] seq=9201 kiln=K-4 state=cooling temp=640",
    )
    assert a.observation_key == b.observation_key
    assert b.observation_key != c.observation_key


def test_repeat_under_changing_log_workers_is_caught() -> None:
    steps = [Step.llm("Checking the kiln.", observation="Is kiln K-4 done firing?")]
    steps += [
        Step.tool_call(
            "kilnctl get",
            {"kiln": "K-4"},
            observation=f"2026-03-02T08:0{n}:01Z INFO [ctl-{n + 2}] seq={4000 + 37 * n} "
            "kiln=K-4 state=firing temp=880",
        )
        for n in range(5)
    ]
    assert "act" in _levels(steps)


def test_table_footer_bare_host_is_masked() -> None:
    a = Step.tool_call(
        "shelf:get",
        {"shelf": "S-12"},
        observation="shelf | S-12\nstate | full\n(1 row, 318 ms, db-4)",
    )
    b = Step.tool_call(
        "shelf:get",
        {"shelf": "S-12"},
        observation="shelf | S-12\nstate | full\n(1 row, 42 ms, replica-19)",
    )
    c = Step.tool_call(
        "shelf:get",
        {"shelf": "S-12"},
        observation="shelf | S-12\nstate | empty\n(1 row, 42 ms, replica-19)",
    )
    assert a.observation_key == b.observation_key
    assert b.observation_key != c.observation_key


def test_line_record_clock_age_is_masked() -> None:
    def found(age: int, hits: int) -> Step:
        return Step.tool_call(
            "find-sample",
            {"query": "moisture 31"},
            observation=f"hits={hits}\nquery=moisture 31\ncache_age_s={age}",
        )

    assert found(12, 0).observation_key == found(408, 0).observation_key
    assert found(12, 0).observation_key != found(12, 2).observation_key


def _flips(reasons: list[str], values: list[str]) -> list[Step]:
    steps = [
        Step.llm(
            "I'll fix the shelf label.", observation="Label shelf S-12 correctly, it is wrong."
        )
    ]
    for reason, value in zip(reasons, values, strict=True):
        steps.append(Step.llm(reason))
        steps.append(
            Step.tool_call(
                "shelf.update",
                {"shelf": "S-12", "aisle": value},
                observation=f'{{"shelf": "S-12", "aisle": "{value}", "saved": true}}',
            )
        )
    return steps


def test_value_set_back_with_its_reason_mirrored_is_caught() -> None:
    a = "Putting aisle to North; South looks like the wrong aisle for this shelf."
    b = "Putting aisle to South; North looks like the wrong aisle for this shelf."
    steps = _flips([a, b, a], ["North", "South", "North"])
    assert "flip_flop" in _fired(steps)
    assert "act" in _levels(steps)


def test_value_set_back_for_a_new_fact_is_spared() -> None:
    steps = _flips(
        [
            "Putting aisle to North; South looks like the wrong aisle for this shelf.",
            "The floor map puts shelf S-12 beside the loading door, so South it is.",
            "The map was last year's; the new plan keeps S-12 in North, setting it back.",
        ],
        ["North", "South", "North"],
    )
    assert "flip_flop" not in _fired(steps)


def test_reason_mirrored_unit() -> None:
    x = Step.tool_call("set", {"id": "A-1", "tier": "gold"})
    y = Step.tool_call("set", {"id": "A-1", "tier": "silver"})
    first = Step.llm("Tier gold it is; silver looks wrong here.")
    assert _reason_mirrored(first, Step.llm("Tier silver it is; gold looks wrong here."), x, y)
    assert not _reason_mirrored(first, Step.llm("Tier silver: the contract says so."), x, y)


def _rounds(states: list[str], then: str) -> list[Step]:
    steps = [Step.llm("Opening the permit.", observation="Sort out permit PM-5521 for me.")]
    for state in states:
        steps.append(
            Step.tool_call(
                "permit/get",
                {"permit": "PM-5521"},
                observation=f'{{"permit": "PM-5521", "state": "{state}", "zone": "R2"}}',
            )
        )
        steps.append(
            Step.tool_call(
                "permit/status", {"permit": "PM-5521"}, observation=f'{{"state": "{state}"}}'
            )
        )
    steps.append(Step.llm(then))
    return steps


def test_response_saying_nothing_moved_after_a_cycle_is_caught() -> None:
    steps = _rounds(["lodged", "lodged"], "The state has not changed from lodged; rechecking.")
    assert "act" in _levels(steps)


def test_states_moving_between_rounds_are_spared() -> None:
    steps = _rounds(["lodged", "assessed"], "The state has not changed from lodged; rechecking.")
    assert "act" not in _levels(steps)
