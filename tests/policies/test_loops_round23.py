"""Round 23's rules, each with a loop it catches and a look-alike of progress it spares.

Evidence of another kind than likeness: whether what came back was new. The same content
read again adds nothing, whatever window it is read through: lines 1-5, then 3-7, then 1-7
of one file; 20 rows of a listing, then 40, then 80, from the top each time. Paging on
through a listing brings new rows. No embeddings.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

TASK = (
    "HubSpot webhooks to crm-sync fail since yesterday. Find out why and fix it. Do not turn "
    "off signature verification."
)

FILE = [
    '"""Verify HubSpot v3 webhook signatures."""',
    "import base64, hashlib, hmac, time",
    "from crm_sync.secrets import get_secret",
    "MAX_SKEW_MS = 5 * 60 * 1000",
    "def _expected(method, uri, body, ts, secret):",
    '    msg = f"{method}{uri}{body}{ts}"',
    "    digest = hmac.new(secret.encode(), msg.encode(), hashlib.sha256).digest()",
    "    return base64.b64encode(digest).decode()",
    "def verify(headers, body):",
    "    ts = int(headers['X-HubSpot-Request-Timestamp'])",
]


def _read(start: int, end: int) -> Step:
    lines = "\n".join(f"{n:>4}  {FILE[n - 1]}" for n in range(start, end + 1))
    return Step.tool_call(
        "fs_read", {"file": "src/crm_sync/verify.py", "from": start, "to": end}, observation=lines
    )


def _reads(windows: list[tuple[int, int]]) -> list[Step]:
    steps = [Step.llm("Let me read verify.py.", observation=TASK)]
    for k, (start, end) in enumerate(windows):
        if k:
            steps.append(Step.llm("Let me look at the signature code."))
        steps.append(_read(start, end))
    return steps


def test_overlapping_reads_of_one_file_warn_then_act() -> None:
    # Lines 1-4, 3-6, 1-6, 4-8: each read after the first mostly shows lines already shown.
    results = replay(_reads([(1, 4), (3, 6), (1, 6), (4, 8)]))
    assert [level for level, _ in results[-3:]] == ["warn", "none", "act"]
    assert any(f.get("overlap") == 1 for f in results[-3][1])
    assert all(level == "none" for level, _ in results[:-3])


def test_reading_a_file_on_in_windows_that_barely_overlap_is_no_loop() -> None:
    # Lines 1-4, 4-7, 7-10: each read brings mostly lines not shown before.
    results = replay(_reads([(1, 4), (4, 7), (7, 10)]))
    assert all(level == "none" for level, _ in results)


def test_overlapping_reads_around_an_edit_are_no_loop() -> None:
    # A change made between the reads: what was read may have moved.
    steps = _reads([(1, 4), (3, 6)])
    steps.append(
        Step.tool_call(
            "edit_file",
            {"file": "src/crm_sync/verify.py", "line": 4, "text": "MAX_SKEW_MS = 10 * 60 * 1000"},
            observation="Edited line 4.",
        )
    )
    steps += _reads([(1, 6), (4, 8)])[1:]
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


ROWS = [
    "2026-12-01 04:12  DRAFT  $64.99  APPROVED",
    "2026-11-18 07:17  CHECKIN  Northside  door 2",
    "2026-11-16 08:34  CHECKIN  Northside  door 1",
]


def _page(offset: int, limit: int, rows: list[str], trace: str) -> Step:
    head = f"activity for M-40871 (rows {offset + 1}-{offset + limit} of 311) [trace={trace}]"
    more = f"... {limit - len(rows)} more rows"
    return Step.tool_call(
        "clubos",
        {"op": "member.activity", "member_id": "M-40871", "offset": offset, "limit": limit},
        observation="\n".join([head, *rows, more]),
    )


def test_a_page_fetched_again_bigger_from_the_top_warns_then_acts() -> None:
    traces = ("248a6be2bd", "3dd064b717", "8dd3315968", "0ff2609dcd")
    steps = [Step.llm("I'll look at her activity history.", observation=TASK)]
    for k, (limit, trace) in enumerate(zip((20, 40, 80, 160), traces, strict=True)):
        if k:
            steps.append(Step.llm(f"Still just recent rows. Asking for {limit}."))
        steps.append(_page(0, limit, ROWS, trace))
    results = replay(steps)
    assert [level for level, _ in results[-3:]] == ["warn", "none", "act"]
    assert all(level == "none" for level, _ in results[:-3])


def test_paging_on_through_a_listing_is_no_loop() -> None:
    # The same page size, the offset moving on: each page brings rows not seen before.
    steps = [Step.llm("I'll page through her activity history.", observation=TASK)]
    for k in range(4):
        rows = [f"2026-{11 - k:02d}-{d:02d} 07:17  CHECKIN  Northside  door {d}" for d in (3, 2, 1)]
        if k:
            steps.append(Step.llm(f"Page {k}: check-ins only. Next page."))
        steps.append(_page(20 * k, 20, rows, f"{k}48a6be2bd"))
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def _plan(items: list[str]) -> Step:
    todos = [{"content": item, "status": "pending"} for item in items]
    return Step.tool_call(
        "todo_write",
        {"todos": todos},
        observation=f"Todo list updated: {len(items)} items, 0 completed.",
    )


PLANS = [
    ["Check the webhook logs", "Read verify.py", "Fix the signature check", "Replay the DLQ"],
    ["Read verify.py", "Check the webhook logs", "Fix the signature check", "Replay the DLQ"],
    ["Read verify.py and the logs", "Fix the signature check", "Replay the DLQ"],
    ["Read the signature code", "Check webhook logs", "Fix the check", "Replay failed events"],
]


def test_a_plan_rewritten_again_and_again_with_nothing_done_warns_then_acts() -> None:
    steps = [Step.llm("Let me lay out a plan.", observation=TASK)]
    for k, items in enumerate(PLANS):
        if k:
            steps.append(Step.llm("Reordering the plan."))
        steps.append(_plan(items))
    results = replay(steps)
    assert [level for level, _ in results[-3:]] == ["warn", "none", "act"]
    assert any(f.get("rewritten") == 1 for f in results[-3][1])
    assert all(level == "none" for level, _ in results[:-3])


def test_a_plan_updated_between_pieces_of_work_is_no_loop() -> None:
    steps = [Step.llm("Let me lay out a plan.", observation=TASK)]
    for k, items in enumerate(PLANS):
        steps.append(_plan(items))
        steps.append(_read(1 + 2 * k, 2 + 2 * k))
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def test_a_batch_of_writes_answered_alike_is_no_loop() -> None:
    # One acknowledgement for each of several records: each write names its own record.
    steps = [Step.llm("Replaying the failed events.", observation=TASK)]
    steps += [
        Step.tool_call(
            "replay_event",
            {"event_id": event, "queue": "hubspot-dlq", "items": [{"mode": "upsert"}]},
            observation="Replayed: 200 OK (contact upserted).",
        )
        for event in ("88120400", "88120377", "88120351", "88120322")
    ]
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def _draft(body: str) -> Step:
    return Step.tool_call(
        "secure_message",
        {"account": "9921-4407-318", "draft": "SM-541320", "body": body},
        observation="Draft SM-541320 saved",
    )


BODIES = [
    "Hello, my spouse's tax return is under her maiden name. Please match it.",
    "Hello, my spouse Alicia Reid filed her return as Alicia Moreno. Please match it.",
    "Hello, my spouse Alicia Reid filed as Alicia Moreno. Please match it and recalculate "
    "the December bill.",
]


def test_a_draft_rewritten_to_each_new_request_is_no_loop() -> None:
    # The user changes what the draft must say before each rewrite: the same "saved" each
    # time, but the agent writes what it was asked.
    asks = ["Mention both her names explicitly.", "Also ask them to recalculate the bill."]
    steps = [Step.llm("I'll draft a secure message.", observation=TASK), _draft(BODIES[0])]
    for ask, body in zip(asks, BODIES[1:], strict=True):
        steps.append(Step.llm("Updating the draft.", observation=ask))
        steps.append(_draft(body))
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def test_a_draft_rewritten_with_nothing_new_said_still_warns() -> None:
    steps = [Step.llm("I'll draft a secure message.", observation=TASK), _draft(BODIES[0])]
    for body in BODIES[1:]:
        steps.append(Step.llm("Rewording the draft."))
        steps.append(_draft(body))
    results = replay(steps)
    assert results[-1][0] == "warn"
    assert any(f["detector"] == "reworded_repeat" for f in results[-1][1])


def test_leave_asked_again_after_each_yes_acts() -> None:
    steps = [
        Step.llm("Let me read verify.py.", observation=TASK),
        _read(1, 4),
        Step.llm("The skew window is too short. Is it okay to change MAX_SKEW_MS?"),
        Step.llm("Just to double-check, I can edit verify.py, right?", observation="Yes, go."),
        Step.llm("Sorry, you're fine with a longer window?", observation="Yes, as I said."),
        Step.llm("One last check: may I push this change?", observation="YES. Push it."),
    ]
    results = replay(steps)
    assert results[-1][0] == "act"
    assert any(f.get("reasked") for f in results[-1][1])
    assert all(level == "none" for level, _ in results[:-2])


def test_leave_asked_for_one_change_after_another_is_no_loop() -> None:
    # Each yes is acted on before the next question.
    steps = [
        Step.llm("Let me read verify.py.", observation=TASK),
        _read(1, 4),
        Step.llm("The skew window is too short. Is it okay to change MAX_SKEW_MS?"),
        Step.llm("Editing it.", observation="Yes, go."),
        Step.tool_call(
            "edit_file",
            {"file": "src/crm_sync/verify.py", "line": 4, "text": "MAX_SKEW_MS = 10 * 60 * 1000"},
            observation="Edited line 4.",
        ),
        Step.llm("Done. May I deploy crm-sync to staging?"),
        Step.llm("Deploying.", observation="Yes."),
        Step.tool_call("deploy", {"service": "crm-sync", "env": "staging"}, observation="Live."),
        Step.llm("Staging is live. May I replay the failed events there?"),
        Step.llm("Replaying.", observation="Sure."),
    ]
    results = replay(steps)
    assert all(level == "none" for level, _ in results)
