"""Round 27's rules, each with a loop it catches and a look-alike of progress it spares.

One fact found again: calls that differ in tool or wording, each answered with the same
figure and nothing else the agent had not seen or said, change nothing it knows. Read on the
agent's side (each response to a call restates the figure, "$52,940" / "52,940" / "three"
alike, or says the result is the same) or on the results' side (each short result holds the
figure, and the agent says it once more). Sources that each add a fact, pages read on through
a cursor the last result gave, records of a batch each named in its own result, and a status
that moves are progress. And a write carried out again after each new request, its
arguments taking up the request's words, follows the requests, however alike the calls embed.
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import LoopConfig, Step

TASK = (
    "Jess, tour accountant. Denver's merch isn't settled: the venue's sheet says $48,210 "
    "gross, our counts say something else. Reconcile it and send our balance."
)


def _pairs(calls: list[tuple[str, dict[str, object], str, str]]) -> list[Step]:
    steps = [Step.llm("First, our counts for Denver.", observation=TASK)]
    for tool, args, result, said in calls:
        steps += [Step.tool_call(tool, args, observation=result), Step.llm(said)]
    return steps


def _fact_findings(results: list[tuple[str, list[dict[str, object]]]]) -> list[str]:
    return [str(f["fact"]) for _, fs in results for f in fs if "fact" in f]


def test_one_total_restated_from_four_tools_acts() -> None:
    steps = _pairs(
        [
            (
                "inventory",
                {"show": "DEN", "report": "gross"},
                "gross (computed) $52,940",
                "Inventory gross: $52,940.",
            ),
            (
                "settlement",
                {"show": "DEN-1206", "view": "our_gross"},
                "our gross $52,940",
                "Settlement tool shows $52,940 for our side.",
            ),
            (
                "spreadsheet",
                {"file": "Merch.xlsx", "cell": "H40"},
                "H40 = 52,940.00",
                "The workbook has 52,940 too.",
            ),
            (
                "calculator",
                {"expr": "479*45 + 248*80"},
                "= 52940",
                "Worked by hand it's 52,940 as well. Square next.",
            ),
        ]
    )
    results = replay(steps)
    assert results[-1][0] == "act"
    assert "52940" in _fact_findings(results)


def test_a_response_that_says_the_source_agrees_keeps_the_run() -> None:
    # "The tour workbook agrees." restates no figure but says the result is the same.
    steps = _pairs(
        [
            (
                "inventory",
                {"show": "DEN", "report": "gross"},
                "gross (computed) $52,940",
                "Inventory gross: $52,940.",
            ),
            ("settlement", {"show": "DEN-1206"}, "our gross $52,940", "Settlement: $52,940."),
            (
                "spreadsheet",
                {"file": "Merch.xlsx", "cell": "H40"},
                "H40 = 52,940.00",
                "The tour workbook agrees.",
            ),
            ("calculator", {"expr": "479*45 + 248*80"}, "= 52940", "By hand: 52,940."),
        ]
    )
    assert replay(steps)[-1][0] == "act"


def test_sources_that_each_add_a_fact_are_progress() -> None:
    # Each check confirms the total and brings something new (a fee, a count, a split):
    # the agent learns as it goes.
    steps = _pairs(
        [
            (
                "inventory",
                {"show": "DEN", "report": "gross"},
                "gross $52,940, 1,124 items",
                "Inventory gross $52,940 over 1,124 items.",
            ),
            (
                "settlement",
                {"show": "DEN-1206"},
                "our gross $52,940, venue fee 20% = $10,588",
                "Settlement: $52,940; the venue's fee is $10,588.",
            ),
            (
                "spreadsheet",
                {"file": "Merch.xlsx", "cell": "H40"},
                "H40 = 52,940.00; H41 = 4,230",
                "Workbook: 52,940, and 4,230 in media.",
            ),
            ("calculator", {"expr": "52940 - 10588"}, "= 42352", "Our balance is $42,352."),
        ]
    )
    results = replay(steps)
    assert all(level != "act" for level, _ in results)
    assert not _fact_findings(results)


def test_pages_read_on_through_a_cursor_are_progress() -> None:
    # Every page says "items 30, total 97"; each call takes up the cursor the page before
    # gave it: it reads on.
    calls = []
    for start, after in ((None, "r30"), ("r30", "r60"), ("r60", "r90"), ("r90", "r120")):
        calls.append(
            (
                "licensing_db",
                {"query": "renewals expiring December", "after": start},
                f'{{"items": 30, "total": 97, "after": "{after}"}}',
                "Another 30 of the 97, no stalls.",
            )
        )
    results = replay(_pairs(calls))
    assert all(level != "act" for level, _ in results)
    assert not _fact_findings(results)


def _counted(calls: list[tuple[str, dict[str, object], str]], said: list[str]) -> list[Step]:
    steps = [Step.llm("Counting the subscribers first.", observation=TASK)]
    for (tool, args, result), text in zip(calls, said, strict=True):
        steps += [Step.tool_call(tool, args, observation=result), Step.llm(text)]
    return steps


def test_one_count_returned_by_four_calls_and_said_again_acts() -> None:
    # The responses restate nothing until the last; the results alone hold the count.
    calls = [
        ("python", {"code": "count subscribed rows in members_export.csv"}, "15167"),
        (
            "mailchimp_api",
            {"path": "/3.0/lists/4b2e/members", "status": "subscribed"},
            '{"total_items": 15167}\nX-Request-Id: 00fe6aa0',
        ),
        ("shell", {"cmd": "grep -c subscribed exports/members_export.csv"}, "15167"),
        (
            "mailchimp_api",
            {"path": "/3.0/lists/4b2e/segments/all-subscribed"},
            '{"member_count": 15167}\nX-Request-Id: b480fd4a',
        ),
    ]
    said = [
        "Cross-checking with Mailchimp's member filter.",
        "And a plain grep of the file.",
        "And the saved segment of all subscribed people.",
        "15,167 from all four. I'll check the dashboard too.",
    ]
    results = replay(_counted(calls, said))
    assert results[-1][0] == "act"
    assert "15167" in _fact_findings(results)


def test_a_batch_whose_results_name_each_record_is_progress() -> None:
    # Five replays, each answered "200 OK" and naming the event it replayed: a batch.
    calls = [
        (
            "sh",
            {"run": f"./bin/replay --event-id {n} --from hubspot-dlq"},
            f"replayed {n}: 200 OK (contact upserted)",
        )
        for n in (88120400, 88120377, 88120351, 88120322, 88120298)
    ]
    said = ["Next one."] * 4 + ["All five replayed OK."]
    results = replay(_counted(calls, said))
    assert all(level != "act" for level, _ in results)
    assert not _fact_findings(results)


def test_a_status_that_moves_under_a_figure_is_progress() -> None:
    # The year 2025 is in every result, but the same call's status moves: polling.
    status = ("Submitted", "Submitted", "Processing", "Available")
    calls = [("read_form", {"form": "1099-INT"}, "Form 1099-INT (2025): box 1 $1,212.86")]
    calls += [
        ("transcript_status", {"request_id": 240838}, f"Request 240838 (2025): {s}") for s in status
    ]
    said = ["Box 1 is $1,212.86."] + ["Checking the 2025 transcript again."] * 4
    results = replay(_counted(calls, said))
    assert all(level != "act" for level, _ in results)
    assert not _fact_findings(results)


# A write carried out again after each new request, taking up the request's words, follows
# the requests: alike calls (by their embeddings) that each do what the agent was just told
# are no loop. The same write redone after input it does not take up still is.

SEMANTIC = LoopConfig(semantic_threshold=0.9)


def unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return (v / np.linalg.norm(v)).astype(np.float32)


DMS_TASK = (
    "Rosa, title clerk. The 2019 RAV4 (stock S41102) shows a lien with Liberty Federal; "
    "sort out what happens to it."
)


def _writes(told: list[str], sets: list[dict[str, object]]) -> list[Step]:
    steps = [Step.llm("On the RAV4.", observation=DMS_TASK)]
    for k, (said, values) in enumerate(zip(["", *told], sets, strict=True)):
        if said:
            steps.append(Step.llm("Changing it.", observation=said))
        call = Step.tool_call("dms", {"stock": "S41102", "set": values}, observation="updated")
        steps += [call.with_embedding(unit(1, 0.01 * k, 0)), Step.llm(f"Done ({k + 1}).")]
    return steps


def test_a_write_redone_for_each_new_request_is_no_loop() -> None:
    told = [
        "Rosa: sales wants it moved to wholesale instead - back to auction.",
        "Rosa: GM overruled - keep it for retail, hold till the lien clears.",
    ]
    sets: list[dict[str, object]] = [
        {"retail_hold": True, "reason": "lien"},
        {"retail_hold": False, "disposition": "wholesale"},
        {"disposition": "retail", "retail_hold": True, "reason": "lien"},
    ]
    results = replay(_writes(told, sets), SEMANTIC)
    assert all(level != "act" for level, _ in results)
    assert not [f for _, fs in results for f in fs if f["detector"] == "semantic_tool_calls"]


def test_a_write_redone_after_input_it_does_not_take_up_stays_alike() -> None:
    # Each time it is told the car still shows wrong, and it sets the same thing again.
    told = ["Rosa: the lot still shows it wrong.", "Rosa: it's still wrong on the lot screen."]
    sets: list[dict[str, object]] = [
        {"retail_hold": True, "reason": "lien"},
        {"retail_hold": True, "reason": "lien", "note": "re-applied"},
        {"retail_hold": True, "reason": "lien", "note": "re-applied again"},
    ]
    results = replay(_writes(told, sets), SEMANTIC)
    level, found = results[-2]  # the third write
    assert level == "warn"
    assert [f["detector"] for f in found] == ["semantic_tool_calls"]
