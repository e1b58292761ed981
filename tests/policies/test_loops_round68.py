"""Round 68's rules (studied on the eightieth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

False trips: records checked and fixed one after another, each response naming the record
the call just before it took (``_reports_items`` now counts a call's arguments between the
responses); a short word on a job said over polls whose share done rose each time
(``_polls_ran_on``); a read and a write of one record, then of the next
(``_each_tool_moves_on``); a program's release in a banner, no figure of the work
(``_DOTTED_RELEASE`` in ``_runs_on``). Noise: a log's worker tag on every line, where the
request stamp's line names it (``_log_worker_masked``); a record's field that times the call
("elapsed_ms=462", ``_call_timing_masked``); the program's release in a comment note above
the result. Input: a go-ahead to begin ("Please start.") lets the agent go on.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import (
    LoopConfig,
    Step,
    _each_tool_moves_on,
    _polls_ran_on,
    _reports_items,
    _result_key,
    _runs_on,
    is_acknowledgement,
)


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


# -- A log's worker tag on every line, named by the request stamp's line ---------------------


def _log(worker: str, stamp: str, state: str = "open") -> str:
    return (
        f"2026-05-01T10:00:01.101Z INFO [{worker}] id=PX-40\n"
        f"2026-05-01T10:00:01.122Z INFO [{worker}] state={state}\n"
        f"2026-05-01T10:00:01.140Z DEBUG [{worker}] req={stamp} dur=88ms"
    )


def test_worker_tag_on_every_line_is_masked() -> None:
    assert _result_key(_log("sched-3", "a1b2c3d4")) == _result_key(_log("sched-1", "9f8e7d6c"))


def test_worker_tag_keeps_the_state_and_a_tag_no_stamp_names() -> None:
    assert _result_key(_log("sched-3", "a1b2c3d4")) != _result_key(
        _log("sched-1", "9f8e7d6c", "closed")
    )
    # No request stamp's line: the tag may name what the log is about, and is kept.
    one = "2026-05-01T10:00:01Z INFO [sched-3] id=PX-40\n2026-05-01T10:00:02Z INFO [sched-3] ok"
    assert _result_key(one) != _result_key(one.replace("sched-3", "sched-1"))


def test_same_read_logged_by_other_workers_is_caught() -> None:
    steps = [Step.llm("Opening the pallet record.", observation="Where is pallet PX-40?")]
    for k, worker in enumerate(("sched-3", "sched-1", "sched-4", "sched-2", "sched-3")):
        steps.append(
            Step.tool_call("pallet:show", {"id": "PX-40"}, observation=_log(worker, f"{k}a0b1c2d"))
        )
    assert _levels(steps)[-1] == "act"


# -- A record's field that times the call -----------------------------------------------------


def _record(elapsed: str, seq: int, share: int = 40) -> str:
    return (
        f"status=OK\ncall_id=7f3a{seq:06d}\nseq={seq}\njob=J-51\nstate=running\n"
        f"share={share}\nelapsed_ms={elapsed}"
    )


def test_call_timing_in_a_record_is_masked() -> None:
    assert _result_key(_record("462", 70510)) == _result_key(_record("98", 70514))
    one_line = "rc=OK job=J-51 state=running took=38ms"
    assert _result_key(one_line) == _result_key(one_line.replace("38ms", "410ms"))


def test_the_work_and_its_own_duration_are_kept() -> None:
    assert _result_key(_record("462", 70510)) != _result_key(_record("462", 70514, 55))
    run = "job=J-51\nstate=running\nruntime_s=40"
    assert _result_key(run) != _result_key(run.replace("40", "95"))


def test_poll_standing_under_a_timed_record_is_caught() -> None:
    steps = [Step.llm("Starting the sort job.", observation="Sort the returns.")]
    for k in range(6):
        elapsed = ("462", "98", "301", "77", "512", "230")[k]
        steps.append(
            Step.tool_call("Sorter.Get", {"job": "J-51"}, observation=_record(elapsed, 70520 + k))
        )
    assert "act" in _levels(steps)


# -- A program's release in a banner --------------------------------------------------------


def _banner(release: str, body: str) -> str:
    return f"# palctl {release} host=yard-2 at=2026-05-01T10:00:01Z\nfield,value\n{body}\n# 80 ms"


def test_release_in_a_comment_note_is_masked() -> None:
    body = "handoff,ho_1\nteam,dock\noutcome,returned"
    assert _result_key(_banner("3.1.4", body)) == _result_key(_banner("3.1.9", body))
    assert _result_key(_banner("3.1.4", body)) != _result_key(
        _banner("3.1.9", body.replace("returned", "accepted"))
    )


def test_share_done_under_a_banner_with_a_release_runs_on() -> None:
    def poll(n: int, release: str, share: int) -> tuple[int, Step]:
        body = f"job,J-2\nstate,running\nshare,{share}"
        return n, Step.tool_call("palctl status", ["J-2"], observation=_banner(release, body))

    assert _runs_on([poll(0, "3.1.4", 20), poll(1, "3.1.9", 45), poll(2, "3.1.2", 55)])
    assert not _runs_on([poll(0, "3.1.4", 45), poll(1, "3.1.9", 45), poll(2, "3.1.2", 45)])


# -- Records checked and fixed one after another ----------------------------------------------


def _checked(ids: list[str]) -> list[tuple[int, Step]]:
    history: list[tuple[int, Step]] = [
        (0, Step.llm("Running the checks.", observation="Sign off the pallets."))
    ]
    for rid in ids:
        n = len(history)
        history.append(
            (n, Step.tool_call("check", {"id": rid}, observation='{"ok": false, "why": "LABEL"}'))
        )
        history.append((n + 1, Step.llm(f"{rid} fails LABEL; relabelled it to 4 x 6 in.")))
    return history


def test_records_each_reported_after_its_call_are_reported_items() -> None:
    history = _checked(["PX-401", "PX-402", "PX-403"])
    assert _reports_items(history, [2, 4, 6])


def test_one_record_reported_over_and_over_is_not() -> None:
    history = _checked(["PX-401", "PX-401", "PX-401"])
    assert not _reports_items(history, [2, 4, 6])


# -- A short word on a job over polls whose share rose ----------------------------------------


def _polled(shares: list[int]) -> list[tuple[int, Step]]:
    history: list[tuple[int, Step]] = [(0, Step.llm("Starting the job.", observation="Go."))]
    for share in shares:
        n = len(history)
        result = f"<job><id>J-7</id><state>running</state><pct>{share}</pct></job>"
        history.append((n, Step.tool_call("job.get", {"id": "J-7"}, observation=result)))
        history.append((n + 1, Step.llm("Checking the job.")))
    return history


def test_short_word_over_a_rising_poll_is_spared() -> None:
    assert _polls_ran_on(_polled([20, 45, 55]), [2, 4, 6])


def test_short_word_over_a_standing_poll_is_not() -> None:
    assert not _polls_ran_on(_polled([45, 45, 45]), [2, 4, 6])
    # A response with no call since the one before it.
    history = _polled([20, 45])
    history.append((5, Step.llm("Checking the job.")))
    assert not _polls_ran_on(history, [2, 4, 5])


# -- A read and a write of one record, then of the next -----------------------------------------


def _show(rid: str) -> Step:
    return Step.tool_call("lot show", [rid], observation=f"lot,{rid}\nfill,9.0")


def _set(rid: str, fill: str) -> Step:
    return Step.tool_call("lot set", [rid, f"fill={fill}"], observation=f"lot,{rid}\nfill,{fill}")


def test_fetch_and_apply_over_records_moves_on() -> None:
    assert _each_tool_moves_on(list(enumerate([_show("L-11"), _set("L-11", "8.5"), _show("L-12")])))
    assert _each_tool_moves_on(
        list(enumerate([_set("L-11", "8.5"), _show("L-12"), _set("L-12", "9.5")]))
    )


def test_fetch_and_apply_of_one_record_does_not() -> None:
    assert not _each_tool_moves_on(
        list(enumerate([_show("L-11"), _set("L-11", "8.5"), _show("L-11")]))
    )
    # Two reads, no write: a search and a look-up, the search reworded, stays alike calls.
    find = Step.tool_call("lot find", {"q": "low fill"}, observation="L-11")
    find2 = Step.tool_call("lot find", {"q": "fill low"}, observation="L-11")
    assert not _each_tool_moves_on(list(enumerate([find, _show("L-11"), find2])))


# -- A go-ahead to begin ------------------------------------------------------------------------


def test_go_ahead_to_begin_is_an_acknowledgement() -> None:
    assert is_acknowledgement("Please start.")
    assert is_acknowledgement("Yes, begin now.")


def test_input_that_names_where_to_begin_is_new() -> None:
    assert not is_acknowledgement("Start with the north yard.")
