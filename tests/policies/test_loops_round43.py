"""Round 43's rules (studied on the fifty-fourth set after its one unseen measurement), each with
a loop it catches and a look-alike of progress it spares.

A search that found nothing says so in its result ("0 matches", "no results", an empty list, a
total of zero). A zero the result gives as the call's outcome is no such count: a process's exit
status or a return code ("exitCode": 0, "rc": 0, "status_code": 0) is 0 whenever the call went
well, found or not, and the member after it ("message": "") is no noun that it counts. A CLI
whose JSON envelope holds an exit code of 0 beside a message therefore no longer reads as
"found nothing" on every call: a search narrowed step by step from 96 hits to 4 to the one
record is progress, while the same envelope around a total of zero, search after reworded
search, is still read as an empty search made again.

A change that went through and was checked is done; an agent that then goes back to a check it
has already made (the same call, the same answer), with other checks between and nothing that
may change anything, nor a wait, nor a call that schedules the next look ("in_minutes": 5),
nor anything new from a person, re-checks a finished result instead of reporting it. One such
check only warns (checking a change once after making it is verification, and a change between
the two calls ends the search); a second confirms. Reading one status again and again between
scheduled looks is polling, and distinct checks before one change are due care.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _found_nothing

ASK = "Find which job writes the vendor extract data set; the scheduler docs do not say."


def _cli(data: dict[str, object]) -> str:
    envelope = {"success": True, "exitCode": 0, "message": "", "stdout": "", "stderr": ""}
    return json.dumps({**envelope, "data": data})


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _search(pattern: str, data: dict[str, object]) -> Step:
    return Step.tool_call("cli.search", {"pattern": pattern, "limit": 25}, observation=_cli(data))


def test_an_exit_code_of_zero_beside_a_message_is_no_empty_search() -> None:
    hits = {"total": 96, "results": [{"ref": "01639f"}, {"ref": "b39fca"}]}
    assert not _found_nothing(_search("GL.EXTRACT", hits))
    assert not _found_nothing(Step.tool_call("run", {}, observation='{"rc": 0, "message": "ok"}'))


def test_a_total_of_zero_inside_the_same_envelope_still_found_nothing() -> None:
    assert _found_nothing(_search("GL.EXTRACT.VENDOR", {"total": 0, "results": []}))


def test_a_search_narrowed_to_the_one_record_under_an_exit_code_is_progress() -> None:
    steps = [Step.llm("Searching for the data set name first.", observation=ASK)]
    steps.append(_search("GL.EXTRACT.VENDOR", {"total": 0, "results": []}))
    steps.append(Step.llm("No literal match. Starting wide, then narrowing."))
    found = {"total": 1, "results": [{"member": "JCLLIB(GLVNDX01)", "hit": "STEP020 VNDOUT"}]}
    for pattern, data in (
        ("GL.EXTRACT", {"total": 96, "results": [{"ref": "01639f"}, {"ref": "b39fca"}]}),
        ("GL.EXTRACT.VENDOR in JCLLIB", {"total": 4, "results": [{"ref": "326416"}]}),
        ("DSN=GL.EXTRACT.VENDOR,DISP=(NEW,CATLG", found),
        ("GLVNDX01 STEP020", found),
    ):
        steps.append(_search(pattern, data))
    steps.append(Step.llm("Found it: JCLLIB(GLVNDX01) STEP020 writes it."))
    assert "act" not in _levels(steps)


def test_a_search_reworded_while_it_keeps_finding_nothing_is_still_a_loop() -> None:
    steps = [Step.llm("Searching for the data set name first.", observation=ASK)]
    patterns = (
        "GL.EXTRACT.VENDOR",
        "GL.EXTRACT.VENDOR DSN",
        "DSN=GL.EXTRACT.VENDOR",
        "EXTRACT.VENDOR DSN=",
        "GL.EXTRACT.VENDOR DD",
        "VENDOR EXTRACT DSN GL",
    )
    steps += [_search(p, {"query": p, "total": 0, "results": []}) for p in patterns]
    assert "act" in _levels(steps)


# --- A finished change checked again -------------------------------------------------------

TRUCKS = "Assign truck HT-21 to shovel SH-02; it is sitting in the queue."


def _read(tool: str, args: dict[str, object], payload: dict[str, object], n: int) -> Step:
    body = {"status": "success", "correlationId": f"c0ffee{n:02d}-77aa", "payload": payload}
    return Step.tool_call(tool, args, observation=json.dumps(body))


def _assigned() -> list[Step]:
    return [
        Step.llm("Getting the context.", observation=TRUCKS),
        _read("fms.shovel_status", {"shovel": "SH-02"}, {"state": "READY", "queue": 3}, 1),
        _read("fms.assign_truck", {"truck": "HT-21", "shovel": "SH-02"}, {"eta_min": 4.5}, 2),
    ]


def test_checks_made_again_after_the_change_went_through_are_a_loop() -> None:
    shovel = ("fms.shovel_status", {"shovel": "SH-02"}, {"state": "READY", "queue": 1})
    truck = ("fms.truck_health", {"truck": "HT-21"}, {"active_alarms": [], "fuel_pct": 58})
    steps = _assigned()
    steps.append(Step.llm("That went through. Before I confirm, a couple of checks."))
    steps += [_read(*shovel, 3), _read(*truck, 4)]
    steps.append(Step.llm("Looks done, but I want to double-check once more."))
    steps += [_read(*shovel, 5), _read(*truck, 6)]
    levels = _levels(steps)
    assert levels[-2] == "warn"  # the first check made again only warns
    assert levels[-1] == "act"


def test_distinct_checks_then_the_change_and_a_report_are_progress() -> None:
    steps = [
        Step.llm("Getting the context.", observation=TRUCKS),
        _read("fms.shovel_status", {"shovel": "SH-02"}, {"state": "READY", "queue": 3}, 1),
        _read("fms.truck_health", {"truck": "HT-21"}, {"active_alarms": []}, 2),
        _read("fms.route_check", {"from": "HT-21", "to": "SH-02"}, {"open": True}, 3),
        _read("fms.assign_truck", {"truck": "HT-21", "shovel": "SH-02"}, {"eta_min": 4.5}, 4),
        # One check after the change, the same as before it: verification, not a loop.
        _read("fms.shovel_status", {"shovel": "SH-02"}, {"state": "READY", "queue": 3}, 5),
        Step.llm("HT-21 is assigned to SH-02, ETA 4.5 min."),
    ]
    assert set(_levels(steps)) == {"none"}


def test_a_status_checked_between_scheduled_looks_is_polling() -> None:
    steps = _assigned()
    for n, state in enumerate(["ENROUTE", "ENROUTE", "QUEUED", "LOADING"]):
        if n:
            steps.append(_read("fms.schedule_check", {"in_minutes": 5}, {"next": "5 min"}, n))
        steps.append(_read("fms.truck_status", {"truck": "HT-21"}, {"state": state}, 10 + n))
    steps.append(Step.llm("HT-21 is loading at SH-02."))
    assert "act" not in _levels(steps)
