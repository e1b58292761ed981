"""Round 37's rules (studied on the forty-seventh set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

The same call made again unchanged, answered each time with the next page of a server-side
cursor (a page number that goes up by one, records no earlier page listed), is iteration, not
an output regenerated; an output made again lists the same things over.

An HTTP status line of success ("HTTP/1.1 200 OK") says only that the call went through: its
code is no figure that calls through other tools keep finding.

A write answered with an empty field for what it changed ('"updated": null') changed nothing,
as "already up to date" says: made again and again, it is work done again.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _result_key

TASK = "Please reconcile yesterday's inbound pallets at dock 3 and tell me what's missing."


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _detectors(steps: list[Step]) -> set[str]:
    return {str(f["detector"]) for _, found in replay(steps) for f in found}


def _page(number: int, pallets: list[tuple[str, str, int]], more: bool) -> str:
    body = {
        "page": number,
        "pallets": [{"sscc": s, "supplier": p, "cases": c} for s, p, c in pallets],
        "more": more,
    }
    return f"HTTP/1.1 200 OK\nx-request-id: 9f1c2e7a-41b{number}\n\n{json.dumps(body, indent=2)}"


PAGES = [
    [("376104250000123451", "Brindle Foods", 48), ("376104250000123468", "Ostara Dairy", 36)],
    [("376104250000123475", "Brindle Foods", 48), ("376104250000123482", "Kell & Sons", 20)],
    [("376104250000123499", "Ostara Dairy", 36)],
]


def _cursor_reads(results: list[str], remarks: list[str]) -> list[Step]:
    steps = [
        Step.llm(
            "I'll pull the dock 3 receipts and page through the inbound scans.", observation=TASK
        ),
        Step.tool_call("dock_receipts_get", {"dock": 3}, observation="expected pallets: 5"),
    ]
    for result, remark in zip(results, remarks, strict=True):
        steps.append(
            Step.tool_call("inbound_scans_next", {"scan_session": "dk3-0412"}, observation=result)
        )
        steps.append(Step.llm(remark))
    return steps


REMARKS = [
    "Page 1: two pallets. The scan session moves on by itself, one more page.",
    "Page 2 brings a Kell & Sons pallet. One more.",
    "That is every scanned pallet: 5, matching the receipt.",
]


def test_the_next_page_of_a_cursor_read_each_time_is_iteration() -> None:
    pages = [_page(n + 1, rows, n < 2) for n, rows in enumerate(PAGES)]
    steps = _cursor_reads(pages, REMARKS)
    assert "regenerate" not in _detectors(steps)
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


def test_an_output_made_again_listing_the_same_things_is_still_regenerated() -> None:
    # A plan asked for again and again: its version goes up by one each time, but each
    # version lists slots the one before had listed.
    slots = [
        [("D1", "Brindle Foods", "06:00"), ("D2", "Ostara Dairy", "06:30")],
        [("D1", "Brindle Foods", "06:00"), ("D2", "Kell & Sons", "07:00")],
        [("D2", "Kell & Sons", "07:00"), ("D1", "Ostara Dairy", "06:15")],
    ]
    plans = [
        json.dumps(
            {"version": n + 1, "slots": [{"door": d, "carrier": c, "at": t} for d, c, t in rows]}
        )
        for n, rows in enumerate(slots)
    ]
    steps = [
        Step.llm("I'll get a door plan for tomorrow's inbound.", observation=TASK),
        Step.tool_call("plan_doors", {"dock": 3}, observation=plans[0]),
        Step.llm("Not good enough, regenerating the plan."),
        Step.tool_call("plan_doors", {"dock": 3}, observation=plans[1]),
        Step.llm("Still not right. Trying again."),
        Step.tool_call("plan_doors", {"dock": 3}, observation=plans[2]),
        Step.llm("No, once more."),
    ]
    assert "regenerate" in _detectors(steps)
    assert "act" in _levels(steps)


def test_pages_whose_number_does_not_move_are_not_spared() -> None:
    # Records never seen, but nothing says the listing moved on: one output made three
    # times, as far as anything in it shows.
    pages = [_page(1, rows, True) for rows in PAGES]
    assert "regenerate" in _detectors(_cursor_reads(pages, REMARKS))


def test_a_success_status_line_is_no_figure_of_the_answer() -> None:
    body = '{"recorded": true, "disposition": "clear"}'
    date = "date: Tue, 14 Apr 2026 10:02:11 GMT"
    assert _result_key(f"HTTP/1.1 200 OK\n{date}\n\n{body}") == (
        _result_key(f"HTTP/2 200\n{date}\n\n{body}")
    )
    assert "200" not in _result_key(f"HTTP/1.1 201 Created\n{date}\n\n{body}")
    assert _result_key(f"HTTP/1.1 404 Not Found\n\n{body}") != _result_key(f"HTTP/2 200\n\n{body}")


def _http(body: dict[str, object]) -> str:
    return f"HTTP/1.1 200 OK\nx-request-id: 5d0e-{len(body)}\n\n{json.dumps(body, indent=2)}"


CARRIERS = ("Brindle Foods", "Ostara Dairy", "Kell & Sons")


def test_a_check_and_a_record_per_item_over_http_are_progress() -> None:
    steps = [
        Step.llm("I'll check each supplier's certificate and record the result.", observation=TASK)
    ]
    for name in CARRIERS:
        steps.append(
            Step.tool_call(
                "cert_check",
                {"supplier": name},
                observation=_http({"supplier": name, "expired": 0}),
            )
        )
        steps.append(
            Step.tool_call(
                "cert_record",
                {"supplier": name, "result": "valid"},
                observation=_http({"recorded": True, "result": "valid"}),
            )
        )
    steps.append(Step.llm("All three certificates are valid and recorded."))
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


def test_one_figure_found_again_through_other_calls_over_http_is_still_a_loop() -> None:
    # The body's own figure, not the status code, is found again and again.
    calls = [
        ("pallet_count", {"dock": 3}),
        ("pallet_count", {"dock": "3", "day": "yesterday"}),
        ("inbound_summary", {"dock_id": 3}),
        ("scan_totals", {"location": "dock 3"}),
    ]
    steps = [Step.llm("I'll count the pallets at dock 3.", observation=TASK)]
    for tool, args in calls:
        steps.append(Step.tool_call(tool, args, observation=_http({"pallets": 37})))
        steps.append(Step.llm("37 pallets. Let me count them another way to be sure."))
    assert "act" in _levels(steps)


def _write_again(answers: list[str]) -> list[Step]:
    complaints = (
        "The gate says the trailer can't leave the yard.",
        "Still can't leave the yard, the gate just checked again.",
        "The gate STILL won't let TR-5521 leave the yard.",
    )
    steps = [Step.llm("I'll close the manifest for trailer TR-5521.", observation=TASK)]
    for n, answer in enumerate(answers):
        if n:
            steps.append(Step.llm("Sorry, closing it again.", observation=complaints[n - 1]))
        steps.append(
            Step.tool_call(
                "manifest_set", {"manifest": "MF-77310", "state": "closed"}, observation=answer
            )
        )
        steps.append(Step.llm("Done, the manifest is closed, so the trailer can leave the yard."))
    return steps


def test_a_write_answered_that_it_changed_nothing_made_again_is_a_loop() -> None:
    answers = ['{"manifest": "MF-77310", "updated": "state", "sealed": false}'] + [
        '{"manifest": "MF-77310", "updated": null, "sealed": false}'
    ] * 3
    steps = _write_again(answers)
    # Acted on when the write is made again, whatever the agent then claims.
    last_write = max(i for i, s in enumerate(steps) if s.kind == "tool")
    assert _levels(steps)[last_write] == "act"


def test_a_write_that_changes_something_each_time_is_not_this() -> None:
    # A field that only names when, or a count above zero, says nothing of a change left
    # undone.
    answers = [
        f'{{"manifest": "MF-77310", "updated": {n}, "last_updated": null, "lines": {40 + n}}}'
        for n in range(1, 5)
    ]
    steps = _write_again(answers)
    assert "cycle" not in _detectors(steps)
