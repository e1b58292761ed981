"""Round 27's rules, each with a loop it catches and a look-alike of progress it spares.

One fact found again: calls that differ in tool or wording, each answered with the same
figure and nothing else the agent had not seen or said, change nothing it knows. Read on the
agent's side (each response to a call restates the figure, "$52,940" / "52,940" / "three"
alike, or says the result is the same) or on the results' side (each short result holds the
figure, and the agent says it once more). Sources that each add a fact, pages read on through
a cursor the last result gave, records of a batch each named in its own result, and a status
that moves are progress.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

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
