"""Round 41's rules (studied on the fifty-second set after its one unseen measurement), each with
a loop it catches and a look-alike of progress it spares.

An argument or a result's field under a key a tracer also uses ("span_id") whose value is a
record's code in capitals ("SP-4471": a span of a bridge or a power line; a tracer's span id is
hex) names the record the call is about, as round thirty-nine's "request_id": "CR-40113" does:
assigning one span after another, the team alternating, is work done record by record, not a
cycle. A minted id under that key ("5f0c2b1e7d444a9e", an upper-case UUID) is still noise, and
the same span written again is still a repeat.

A line or bracketed group of stamps after a result whose fields are named as a JSON result's
per-call noise ("correlationId=...", "x-amzn-requestid=...", "elapsed_s=0.261") only stamps it,
as those fields do in JSON: one validation error stamped under other names each time is one
error, and retries that only respell the argument fail alike. A group that says more
("retry_after=30") is kept.

A status line of success without HTTP's version and with the call's duration after it ("HTTP
200 (604 ms)") says no more than "HTTP/1.1 200 OK" does: the same write answered with and
without it is answered alike, so two values written in turn on one record are a flip-flop.
Another status ("HTTP 404 (12 ms)") is kept.

Messages headed by a Markdown heading and a number that climbs by one ("## 2. Scope", "## 3.
Findings") are a document written section by section, as "Section 3: ..." was; one heading said
again does not climb.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _result_key


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


# --- A record's code under a tracer's key -------------------------------------------------

BRIDGES = "Assign the inspection teams to the spans flagged in the spring bridge survey."

STAMPS = [
    {"trace_id": "4bf92f35-77b3", "latency_ms": 212},
    {"correlationId": "c6918023357", "elapsed_s": 0.481},
    {"request_id": "req_131e3c51937b", "took": "418ms"},
    {"x-amzn-requestid": "b3c0fa5e-06ce", "latency_ms": 97},
]


def _assignments(spans: list[str]) -> list[Step]:
    steps = [
        Step.llm("Listing the flagged spans first.", observation=BRIDGES),
        Step.tool_call(
            "survey.list_spans",
            {"survey": "spring-2026", "flag": "scour"},
            observation=json.dumps({"items": spans[:4], "count": len(spans)}),
        ),
    ]
    for n, span in enumerate(spans):
        team = "TEAM-A" if n % 2 == 0 else "TEAM-B"
        body = {"span_id": span, "team": team, "assigned": True, **STAMPS[n % len(STAMPS)]}
        steps.append(
            Step.tool_call(
                "inspection.assign",
                {"span_id": span, "team": team},
                observation=json.dumps(body),
            )
        )
    return steps


def test_spans_assigned_one_after_another_are_progress() -> None:
    spans = [f"SP-{4471 + 13 * n}" for n in range(9)]
    assert "act" not in _levels(_assignments(spans))


def test_one_span_assigned_again_and_again_is_a_loop() -> None:
    assert "act" in _levels(_assignments(["SP-4471", "SP-4484"] * 5))


def test_a_records_code_under_a_tracers_key_is_kept_and_a_minted_id_is_not() -> None:
    base = {"result": "pass", "issues": []}
    assert _result_key(json.dumps({**base, "span_id": "SP-4471"})) != _result_key(
        json.dumps({**base, "span_id": "SP-4484"})
    )
    assert _result_key(json.dumps({**base, "span_id": "5f0c2b1e7d444a9e"})) == _result_key(
        json.dumps(base)
    )
    minted = "F5B7BB18-8E26-4A9E-B1C3-2E8F9A6D0B17"
    assert _result_key(json.dumps({**base, "trace_id": minted})) == _result_key(json.dumps(base))


def test_checks_over_different_spans_with_the_same_verdict_are_progress() -> None:
    steps = [Step.llm("Scoring each flagged span.", observation=BRIDGES)]
    for n in range(8):
        body = {"span_id": f"SP-{4471 + 13 * n}", "result": "pass", "issues": []}
        body.update(STAMPS[n % len(STAMPS)])
        steps.append(
            Step.tool_call(
                "scour_risk_score",
                {"span_id": f"SP-{4471 + 13 * n}"},
                observation=json.dumps(body),
            )
        )
    assert "act" not in _levels(steps)


# --- Stamps named as JSON's per-call fields, in a group after the text ----------------------

ROSTER = "Find the volunteers who have not renewed their safeguarding check."

GROUPS = [
    "[correlationId=c6108163504 latency_ms=362 timestamp=2026-07-29T21:00:49.969Z]",
    "[x-amzn-requestid=2101d2a5-a423 took=2370ms ts=2026-07-28T02:42:24.638Z]",
    "[request_id=req_e87332f7128a elapsed_s=0.261 served_at=Fri, 27 Jul 2026 19:17:53 GMT]",
    "[traceId=0eb10ccd-b678-f1d75cbf056a elapsed_s=1.43 ts=1796059449]",
]
REFUSAL = "400 invalid_query: field 'name' requires a volunteer id, not free text"


def _searches(queries: list[str], last: str | None = None) -> list[Step]:
    steps = [Step.llm("Searching the roster.", observation=ROSTER)]
    for n, query in enumerate(queries):
        steps.append(
            Step.tool_call(
                "roster.search",
                {"name": query},
                observation=f"{REFUSAL} {GROUPS[n % len(GROUPS)]}",
                error=True,
            )
        )
    if last is not None:
        steps.append(Step.llm("The error wants an id; using the volunteer's id instead."))
        steps.append(
            Step.tool_call(
                "roster.search",
                {"name": last},
                observation='{"volunteer": "VOL-2208", "check": "expired 2026-03-01"}',
            )
        )
        steps += [
            Step.tool_call(
                "roster.get",
                {"volunteer": f"VOL-{2209 + n}"},
                observation=json.dumps({"check": f"expired 2026-0{n + 2}-01"}),
            )
            for n in range(3)
        ]
    return steps


def test_one_refusal_under_renamed_stamps_retried_cosmetically_is_a_loop() -> None:
    assert "act" in _levels(_searches(["unrenewed", "UNRENEWED", " unrenewed", "unrenewed "]))


def test_a_refusal_whose_advice_is_taken_is_progress() -> None:
    assert "act" not in _levels(_searches(["unrenewed"], last="VOL-2208"))


def test_a_group_of_stamps_named_as_json_noise_is_an_envelope() -> None:
    for group in GROUPS:
        assert _result_key(f"{REFUSAL} {group}") == _result_key(REFUSAL)
    # A group that says more than a stamp is kept.
    told = f"{REFUSAL} [retry_after=30 request_id=req_e87332f7128a]"
    assert _result_key(told) != _result_key(REFUSAL)


# --- A status line of success without its version, with the call's duration ---------------

HIVES = "Set the treatment plan for hive H-12 after this week's mite count."


def _plan_writes(values: list[str], record: str | None = None) -> list[Step]:
    steps = [
        Step.llm("Reading the hive first.", observation=HIVES),
        Step.tool_call("apiary.get_hive", {"hive": "H-12"}, observation='{"mites": 4.2}'),
    ]
    for n, value in enumerate(values):
        hive = record or f"H-{12 + n}"
        body = json.dumps({"hive": hive, "plan": value, "updated": True})
        prefix = f"HTTP 200 ({300 + 97 * n} ms)\n" if n in (3, 4) else ""
        steps.append(
            Step.tool_call(
                "apiary.set_plan", {"hive": hive, "plan": value}, observation=prefix + body
            )
        )
        if n % 2:
            steps.append(Step.llm(f"On reflection, {value} is not right; switching."))
    return steps


def test_two_plans_written_in_turn_under_a_status_line_are_a_loop() -> None:
    assert "act" in _levels(_plan_writes(["oxalic", "formic"] * 3, record="H-12"))


def test_plans_written_on_one_hive_after_another_are_progress() -> None:
    assert "act" not in _levels(_plan_writes(["oxalic", "formic"] * 3))


def test_a_success_line_with_a_duration_is_noise_and_another_status_is_kept() -> None:
    body = '{"hive": "H-12", "plan": "oxalic"}'
    assert _result_key(f"HTTP 200 (604 ms)\n{body}") == _result_key(body)
    assert _result_key(f"HTTP 200 (604 ms) {body}") == _result_key(body)
    assert _result_key(f"HTTP 404 (12 ms)\n{body}") != _result_key(body)


# --- A document written section by section under Markdown headings -----------------------

AUDIT = "Write up the fire-door audit for the east wing, one section per message."

HEADINGS = ["Purpose", "Scope", "Findings", "Exceptions", "Actions taken", "Next steps", "Risks"]
STATES = ["closer adjusted.", "strip replaced.", "signage missing."]
# (Each door under the asset register's minted id, as a system names its records.)
SECTIONS = [
    f"## {n + 1}. {heading}\nDoor a{n}f3c9e7d1b2{n}: {STATES[n % len(STATES)]}"
    for n, heading in enumerate(HEADINGS)
]


def _audit(messages: list[str]) -> list[Step]:
    steps = [Step.llm("I'll write one section per message.", observation=AUDIT)]
    steps += [Step.llm(text) for text in messages]
    return steps


def test_sections_numbered_under_markdown_headings_are_a_draft() -> None:
    assert "act" not in _levels(_audit(SECTIONS))


def test_one_markdown_section_said_again_is_no_draft() -> None:
    same = "## 2. Scope\nStill waiting on the facilities team before I write this one."
    assert "act" in _levels(_audit([SECTIONS[0], *[same] * 5]))
