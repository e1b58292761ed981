"""Round 41's rules (studied on the fifty-second set after its one unseen measurement), each with
a loop it catches and a look-alike of progress it spares.

An argument or a result's field under a key a tracer also uses ("span_id") whose value is a
record's code in capitals ("SP-4471": a span of a bridge or a power line; a tracer's span id is
hex) names the record the call is about, as round thirty-nine's "request_id": "CR-40113" does:
assigning one span after another, the team alternating, is work done record by record, not a
cycle. A minted id under that key ("5f0c2b1e7d444a9e", an upper-case UUID) is still noise, and
the same span written again is still a repeat.
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
