"""Round 70's rules (studied on the eighty-second set after its one unseen measurement), each
with the look-alike of progress it spares or the noise it masks, and the near miss kept.

False trips: two sources read of one record, then both of the next, a cross-check moving on
(``_cross_reads_move_on``); a poll whose state, written in snake case ("in_transit"), walks on
(``_PLAIN_WORD`` takes such a state as one word) while the agent heads its reports "Moving:"
(``_MOVED``). Noise: a gauge of the server's pool in brackets right after a log line's latency
("done in 40ms (pool 7/16)", ``_LATENCY_GAUGE``).
"""

from __future__ import annotations

from policies._loops import (
    Step,
    _cross_reads_move_on,
    _says_moved,
    _walks_states,
)

# -- Two sources read of one record, then of the next: a cross-check ------------------------


def _read(tool: str, item: str, body: str) -> Step:
    return Step.tool_call(tool, {"item": item}, observation=f"item={item} {body}")


def test_two_sources_read_per_record_moving_on_are_a_cross_check() -> None:
    history = [
        (0, Step.llm("I'll compare the ledger and the shelf count, item by item.")),
        (1, _read("get_ledger_count", "BX-11", "qty=4")),
        (2, _read("get_shelf_count", "BX-11", "qty=3")),
        (3, Step.llm("BX-11 is one short on the shelf.")),
        (4, _read("get_ledger_count", "BX-19", "qty=8")),
    ]
    assert _cross_reads_move_on(history, [history[1], history[2], history[4]])


def test_two_sources_read_of_one_record_again_stay_alike() -> None:
    history = [
        (0, Step.llm("I'll compare the ledger and the shelf count.")),
        (1, _read("get_ledger_count", "BX-11", "qty=4")),
        (2, _read("get_shelf_count", "BX-11", "qty=3")),
        (3, _read("get_ledger_count", "BX-11", "qty=4")),
    ]
    assert not _cross_reads_move_on(history, history[1:])


def test_a_pass_that_goes_back_to_a_record_it_read_stays_alike() -> None:
    history = [
        (0, _read("get_ledger_count", "BX-19", "qty=8")),
        (1, _read("get_shelf_count", "BX-19", "qty=8")),
        (2, _read("get_ledger_count", "BX-11", "qty=4")),
        (3, _read("get_shelf_count", "BX-11", "qty=3")),
        (4, _read("get_ledger_count", "BX-19", "qty=8")),
    ]
    assert not _cross_reads_move_on(history, history[2:])


def test_a_write_among_the_calls_is_not_this_rule() -> None:
    history = [
        (0, _read("get_ledger_count", "BX-11", "qty=4")),
        (1, Step.tool_call("set_shelf_count", {"item": "BX-11"}, observation="ok")),
        (2, _read("get_ledger_count", "BX-19", "qty=8")),
    ]
    assert not _cross_reads_move_on(history, history)


# -- A poll whose snake-case state walks on, reported under "Moving:" -----------------------


def _poll(state: str, extra: str = "") -> Step:
    return Step.tool_call(
        "shipment:status", {"shipment": "SH-7"}, observation=f"code=200 state={state}{extra}"
    )


def test_a_state_in_snake_case_walking_on_is_a_job_advancing() -> None:
    steps = [
        _poll("booked"),
        _poll("in_transit", " legs_done=1"),
        _poll("in_transit", " legs_done=2"),
        _poll("unloading", " legs_done=2 pallets=6"),
        _poll("delivered", " legs_done=2 pallets=6 signed=1"),
    ]
    history = list(enumerate(steps))
    assert _walks_states(history, history[2:])


def test_a_snake_case_state_that_goes_back_is_no_walk() -> None:
    steps = [
        _poll("booked"),
        _poll("in_transit"),
        _poll("on_hold"),
        _poll("in_transit"),
        _poll("on_hold"),
    ]
    history = list(enumerate(steps))
    assert not _walks_states(history, history[2:])


def test_a_report_headed_moving_says_it_moved() -> None:
    history = [(0, Step.llm("Moving: state=in_transit, legs_done=2. Next check soon."))]
    assert _says_moved(history, 0)
    idle = [(0, Step.llm("Moving the note to the shipment file."))]
    assert not _says_moved(idle, 0)


# -- A gauge of the server's pool after a log line's latency is the serving's ---------------


def _log(gauge: str, rows: str = "rows=3") -> Step:
    return Step.tool_call(
        "get_bin",
        {"bin": "B-4"},
        observation=(
            "2026-03-02T08:10:11.120Z INFO  bins-api[311]: req=9a1f0c fn=get_bin bin=B-4 "
            f"{rows} state=full\n"
            f"2026-03-02T08:10:11.121Z DEBUG bins-api[311]: req=9a1f0c done in 40ms {gauge}"
        ),
    )


def test_a_pool_gauge_after_the_latency_is_the_servings() -> None:
    assert _log("(pool 7/16)").observation_key == _log("(pool 9/16)").observation_key
    assert _log("[conns: 2/8]").observation_key == _log("[conns: 5/8]").observation_key


def test_a_count_of_k_of_n_elsewhere_is_kept() -> None:
    assert _log("", "rows=3/16").observation_key != _log("", "rows=4/16").observation_key
    assert _log("(7/16 done)").observation_key != _log("(9/16 done)").observation_key
