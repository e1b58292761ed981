"""Round 39's rules (studied on the fiftieth set after its one unseen measurement), each with a
loop it catches and a look-alike of progress it spares.

A server that renames its envelope from call to call (the call's duration as "elapsed_s", then
"latency_ms", then "took"; the time it answered as "ts", then as "date"; a vendor's trace id,
"X-Amzn-Trace-Id", W3C "traceparent", a ULID) says the same thing each time: the same read
answered alike is a repeat. A record's own date ("date": "2026-03-02") is kept.

A field that counts the seconds since something last happened ("heartbeat_age_s") grows with
the clock between two reads of one state, as a timestamp does: a job whose progress is frozen
is polled to no effect however old its heartbeat gets. Progress that climbs still moves.

An error printed with a label before its JSON body ("HTTP 422 {...}", "ToolError: {...}") is
read as JSON like any result, so one validation error with its envelope renamed is one error:
retries that only respell the arguments (whitespace, case, an extra flag) fail alike.

Three failures that say they may pass with time (a 429, a 503, a timeout), each followed by the
agent backing off a stated time before the next try, are the textbook handling of a busy
server: "backing off 8s before retrying" confirms no warning. A fourth failure still does, and
a refusal waited on (a 400) stays a loop.

Short messages that each number themselves as the next part of one whole ("Part 2 of 5: ...")
are a draft handed over part by part; one status said again does not climb. Records reported
one by one, as the person asks for each, are named in more spellings ("bill_4k2p19"), also when
the listing came inside a JSON string.

An argument under a per-call key that names a record by its code ("request_id": "SR-2041", a
request filed earlier) is no noise: reading and updating one request after another is work
done record by record. A request id minted per call ("req_5a3f19c2d0c4") still is.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _result_key


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _detectors(steps: list[Step]) -> set[str]:
    return {str(f["detector"]) for _, found in replay(steps) for f in found}


# --- An envelope renamed from call to call ------------------------------------------------

KENNEL = "Ask the boarding system whether Biscuit's vaccination record is on file."

ENVELOPES = [
    {"latency_ms": 212, "ts": "2026-06-02T09:14:07Z", "request_id": "req_7a1c2e9b04d1f3a5c6e8"},
    {
        "elapsed_s": 0.481,
        "date": "2026-06-02T09:14:31.552+00:00",
        "X-Amzn-Trace-Id": "Root=1-6f3e-a9",
    },
    {"took": "731ms", "date": "1780391688", "traceparent": "00-4c1d9e7f2a6b8c30-7e21a0b9-01"},
    {"latency": 95, "at": "Tue, 02 Jun 2026 09:15:12 GMT", "correlationId": "corr-55120917"},
    {"elapsed_s": 1.902, "ts": "1780391731", "trace": "01JX3M7RZK4Q9T2VB8N6CWEHDF"},
]


def _pet_record(envelope: dict[str, object], pet: str, vaccinated: str) -> str:
    body: dict[str, object] = {"pet": pet, "rabies_booster": vaccinated, "kennel": "K-14"}
    return json.dumps({**envelope, **body})


def test_the_same_read_with_its_envelope_renamed_is_a_repeat() -> None:
    steps = [
        Step.llm("Let me find Biscuit's record.", observation=KENNEL),
        Step.tool_call("boarding.find_pet", {"name": "Biscuit"}, observation='{"pet": "P-2231"}'),
    ]
    steps += [
        Step.tool_call(
            "boarding.get_vaccinations",
            {"pet": "P-2231"},
            observation=_pet_record(envelope, "P-2231", "missing"),
        )
        for envelope in ENVELOPES
    ]
    assert "act" in _levels(steps)


def test_one_read_per_pet_is_work_done_pet_by_pet() -> None:
    steps = [Step.llm("Let me go through the guests one by one.", observation=KENNEL)]
    for n, envelope in enumerate(ENVELOPES):
        pet = f"P-22{31 + n}"
        steps.append(
            Step.tool_call(
                "boarding.get_vaccinations",
                {"pet": pet},
                observation=_pet_record(envelope, pet, f"2026-0{n + 1}-1{n}"),
            )
        )
    assert "act" not in _levels(steps)


def test_a_records_own_date_is_kept() -> None:
    first = '{"visit": "V-88", "date": "2026-03-02", "vet": "Okafor"}'
    later = '{"visit": "V-88", "date": "2026-03-09", "vet": "Okafor"}'
    assert _result_key(first) != _result_key(later)
    # A whole timestamp or an epoch under "date" says when the answer was served.
    assert _result_key('{"visit": "V-88", "date": "2026-06-02T09:14:07Z"}') == _result_key(
        '{"date": "1780391688", "visit": "V-88"}'
    )


# --- A heartbeat that only grows older ----------------------------------------------------

EXPORT = "Export last quarter's grooming invoices to the accountant's folder."


def _export_polls(progress: list[int], ages: list[int]) -> list[Step]:
    steps = [
        Step.llm("Starting the export.", observation=EXPORT),
        Step.tool_call(
            "exports.start",
            {"kind": "invoices", "quarter": "Q2"},
            observation='{"job": "EXP-40917"}',
        ),
    ]
    for n, (done, age) in enumerate(zip(progress, ages, strict=True)):
        result = {
            "job": "EXP-40917",
            "state": "RUNNING" if done < 100 else "DONE",
            "percent": done,
            "heartbeat_age_s": age,
            "last_beat": f"2026-06-02T10:{(n * 7) % 60:02d}:00Z",
            "ts": f"2026-06-02T10:{(n * 9) % 60:02d}:41Z",
        }
        steps.append(
            Step.tool_call("exports.status", {"job": "EXP-40917"}, observation=json.dumps(result))
        )
        if n % 3 == 2:
            steps.append(Step.llm(f"Still at {done}%, checking again."))
    return steps


def test_a_job_whose_progress_is_frozen_is_polled_to_no_effect() -> None:
    steps = _export_polls([41] * 8, [30, 75, 122, 180, 231, 290, 344, 401])
    assert "act" in _levels(steps)


def test_a_job_whose_progress_climbs_is_polled_to_some_effect() -> None:
    steps = _export_polls([12, 25, 38, 51, 64, 77, 90, 100], [4, 9, 3, 11, 6, 2, 8, 5])
    assert "act" not in _levels(steps)


def test_an_age_in_hours_is_a_records_own() -> None:
    assert _result_key('{"alert": "A-1", "age_h": 40}') != _result_key(
        '{"alert": "A-1", "age_h": 46}'
    )
    assert _result_key('{"job": "J-1", "heartbeat_age_s": 40}') == _result_key(
        '{"job": "J-1", "heartbeat_age_s": 95}'
    )


# --- One validation error under other labels and stamps -----------------------------------

ROTA = "Publish next week's rota for the grooming staff."
ROTA_ERROR = {"status": "422 Unprocessable Entity", "error": "week_start must be a Monday"}


def _printed(n: int) -> str:
    stamps = [
        {"x-request-id": "9d2f6a1e-3c4b-4e5f-8a7b-1c2d3e4f5a6b", "at": "1780392000"},
        {"trace_id": "c41e9a07b3d25f68", "at": "2026-06-02T10:20:05Z"},
        {"correlationId": "corr-30118277", "at": "Tue, 02 Jun 2026 10:20:41 GMT"},
    ]
    body = json.dumps({**stamps[n % 3], **ROTA_ERROR})
    return [f"HTTP 422 {body}", f"ToolError: {body}", body][n % 3]


def test_respelled_arguments_against_one_validation_error_are_a_loop() -> None:
    tries = [
        {"week_start": "2026-06-09", "team": "grooming"},
        {"week_start": " 2026-06-09", "team": "grooming"},
        {"week_start": "2026-06-09", "team": "Grooming"},
        {"week_start": "2026-06-09", "team": "grooming", "notify": False},
        {"team": "grooming", "week_start": "2026-06-09 "},
    ]
    steps = [Step.llm("Publishing the rota.", observation=ROTA)]
    for n, args in enumerate(tries):
        steps.append(Step.tool_call("rota.publish", args, observation=_printed(n), error=True))
        steps.append(Step.llm("Adjusting the formatting and trying again."))
    assert "act" in _levels(steps)


def test_an_argument_fixed_as_the_error_says_is_no_loop() -> None:
    steps = [
        Step.llm("Publishing the rota.", observation=ROTA),
        Step.tool_call(
            "rota.publish", {"week_start": "2026-06-09"}, observation=_printed(0), error=True
        ),
        Step.llm("The 9th is a Tuesday; the week starts Monday the 8th."),
        Step.tool_call(
            "rota.publish", {"week_start": "2026-06-08"}, observation='{"published": true}'
        ),
        Step.tool_call("rota.notify", {"team": "grooming"}, observation='{"sent": 6}'),
    ]
    assert "act" not in _levels(steps)


# --- Backing off from a busy server --------------------------------------------------------

SYNC = "Sync today's appointments to the shared calendar."
BUSY = [
    'HTTP 503 {"status": "503 Service Unavailable", "error": "upstream overloaded", "trace_id": "a1b2c3d4e5f60718"}',
    '{"status": "429 Too Many Requests", "error": "rate limited", "at": "2026-06-02T11:00:09Z"}',
    'ToolError: {"error": "gateway timeout", "status": "504 Gateway Timeout", "x-request-id": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"}',
]


def _backing_off(failures: list[str], then: str | None) -> list[Step]:
    steps = [Step.llm("Pushing the appointments.", observation=SYNC)]
    for n, failure in enumerate(failures):
        steps.append(
            Step.tool_call("calendar.push", {"day": "2026-06-02"}, observation=failure, error=True)
        )
        steps.append(
            Step.llm(f"The calendar is busy; backing off {2 ** (n + 1)}s before retrying.")
        )
    if then is not None:
        steps.append(Step.tool_call("calendar.push", {"day": "2026-06-02"}, observation=then))
        steps.append(Step.tool_call("calendar.list", {"day": "2026-06-03"}, observation='{"n": 9}'))
    return steps


def test_backing_off_from_a_busy_server_confirms_nothing() -> None:
    levels = _levels(_backing_off(BUSY, '{"pushed": 14}'))
    assert "warn" in levels  # three failures in a row are still worth a warning
    assert "act" not in levels


def test_a_busy_server_that_stays_busy_is_still_a_loop() -> None:
    assert "act" in _levels(_backing_off([*BUSY, BUSY[0]], None))


def test_waiting_on_a_refusal_is_still_a_loop() -> None:
    refused = '{"status": "400 Bad Request", "error": "day must be a weekday"}'
    steps = _backing_off([refused] * 3, None)
    assert "act" in _levels(steps)


def test_retrying_at_once_after_busy_errors_still_confirms() -> None:
    steps = [Step.llm("Pushing the appointments.", observation=SYNC)]
    for failure in BUSY:
        steps.append(
            Step.tool_call("calendar.push", {"day": "2026-06-02"}, observation=failure, error=True)
        )
        steps.append(Step.llm("Retrying."))
    assert "act" in _levels(steps)


# --- A draft handed over part by part ------------------------------------------------------

HANDBOOK = "Write the new-starter handbook for the clinic's front desk."
PARTS = [
    "Outline: front desk opening, front desk phones, front desk check-in, front desk payments,"
    " front desk closing.",
    "Part 1 of 5, front desk opening: the front desk opens at 7:30 with the alarm off.",
    "Part 2 of 5, front desk phones: the front desk answers within three rings.",
    "Part 3 of 5, front desk check-in: the front desk weighs every dog on arrival.",
    "Part 4 of 5, front desk payments: the front desk takes cards and insurance forms.",
    "Part 5 of 5, front desk closing: the front desk cashes up and sets the alarm.",
    "That's the whole handbook in five parts; tell me what to change.",
]


def test_a_draft_handed_over_part_by_part_is_no_idle_talk() -> None:
    steps = [Step.llm(PARTS[0], observation=HANDBOOK), *(Step.llm(p) for p in PARTS[1:])]
    assert "act" not in _levels(steps)


def test_one_part_announced_again_and_again_is() -> None:
    steps = [Step.llm(PARTS[0], observation=HANDBOOK)]
    steps += [Step.llm("Part 2 of 5, phones: still drafting it, nearly done.") for _ in range(5)]
    assert "act" in _levels(steps)


# --- Records reported one by one, as the person asks for each -----------------------------

AUDIT = "Go through the unpaid vet bills with me, one at a time."
BILLS = [
    ("bill_4k2p19", "Mrs Adeyemi", "84.50", "12"),
    ("bill_4k2p3c", "Mr Larsson", "132.00", "40"),
    ("bill_4k2q07", "Ms Ferreira", "59.90", "7"),
    ("bill_4k2q5d", "Dr Nakamura", "210.25", "63"),
]
NUDGES = ["ok", "next one", "go on", "fine, next?", "and the last?"]


def _bills(report: list[int]) -> list[Step]:
    listing = "\n".join(f"{code}  unpaid" for code, *_ in BILLS)
    steps = [
        Step.llm("I'll list the unpaid bills first.", observation=AUDIT),
        Step.tool_call(
            "billing.unpaid",
            {"clinic": "north"},
            # A listing inside a JSON string: its line breaks are escaped.
            observation=json.dumps({"result": f"{len(BILLS)} bills\n{listing}", "ok": True}),
        ),
    ]
    for n, k in enumerate(report):
        code, owner, amount, days = BILLS[k]
        steps.append(
            Step.llm(
                f"Bill {code}: owner={owner} amount={amount} overdue_days={days}. Next?",
                observation=NUDGES[n] if n else "",
            )
        )
    return steps


def test_records_reported_one_by_one_as_asked_are_no_idle_talk() -> None:
    assert "act" not in _levels(_bills([0, 1, 2, 3]))


def test_one_record_reported_again_and_again_is() -> None:
    assert "act" in _levels(_bills([1, 1, 1, 1, 1]))


# --- A request named by its code -----------------------------------------------------------

ROOMS = "Move every pending surgery-room request to the new theatre wing."
PENDING = ["SR-2041", "SR-2046", "SR-2050", "SR-2057"]


def test_requests_named_by_their_codes_are_other_records() -> None:
    steps = [
        Step.llm("I'll list the pending requests.", observation=ROOMS),
        Step.tool_call(
            "rooms.pending", {"wing": "old"}, observation="4 requests\n" + "\n".join(PENDING)
        ),
    ]
    for code in PENDING:
        steps.append(
            Step.tool_call(
                "rooms.get_request",
                {"request_id": code},
                observation=f"request {code}: wing=old state=PENDING",
            )
        )
        steps.append(
            Step.tool_call(
                "rooms.set_wing",
                {"request_id": code, "wing": "theatre"},
                observation=f"updated {code}: wing=theatre",
            )
        )
    assert "act" not in _levels(steps)


def test_a_request_id_minted_per_call_is_still_noise() -> None:
    steps = [Step.llm("I'll check the theatre wing's status.", observation=ROOMS)]
    steps += [
        Step.tool_call(
            "rooms.wing_status",
            {"wing": "theatre", "request_id": f"req_{0x5A3F19C2 + 977 * n:x}d0c4"},
            observation='{"wing": "theatre", "open": false, "reason": "inspection"}',
        )
        for n in range(6)
    ]
    assert "act" in _levels(steps)
