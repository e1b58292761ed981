"""Round 28's rules, each with a loop it catches and a look-alike of progress it spares.

The very same call with the very same result, four times, with other calls between them, is
the agent going back to one check that never changes. A request id that happens to be all
digits is still a request id. And a person who says, before each of the agent's answers,
that the last one missed ("Still wrong.", "You're repeating yourself.") tells it nothing new:
answers that embed alike after such input are a loop, confirmed by the person's words, unless
the input brings a fact the agent had not seen.
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import LoopConfig, Step, normalize_text

TASK = (
    "Segment S3 of the EAX-2 cable has a shunt fault since 02:14 UTC. Localise the fault "
    "from the COTDR traces, check repair-ship availability and draft a repair plan."
)
TRACE = (
    "segment=S3 fp=2 event='loss step 1.8dB' at_km=412.6 repeater_before=R32 "
    "acquired=02:41 req={req} served={served}"
)


def unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return (v / np.linalg.norm(v)).astype(np.float32)


def _trace(req: str, served: str, **extra: object) -> Step:
    return Step.tool_call(
        "cotdr_trace",
        {"segment": "S3", "fibre_pair": 2, **extra},
        observation=TRACE.format(req=req, served=served),
    )


def _interleaved(between: list[Step], results: list[tuple[str, str]]) -> list[Step]:
    steps = [Step.llm("Starting with the COTDR trace.", observation=TASK)]
    for k, (req, served) in enumerate(results):
        steps += [_trace(req, served), Step.llm("The trace is unchanged.")]
        if k < len(between):
            steps += [between[k], Step.llm("Noted.")]
    return steps


OTHERS = [
    Step.tool_call("alarm_list", {"segment": "S3"}, observation="alarms=3 open=3"),
    Step.tool_call("ship_schedule", {"from": "2026-12-10"}, observation="ships=[CS Marisol]"),
    Step.tool_call("maintenance_search", {"q": "S3 shunt"}, observation="records=2"),
]
STAMPS = [("dfedaec6", "11:59:52"), ("48677995", "12:00:39"), ("e657f950", "12:01:43")]


def _apart(results: list[tuple[str, list[dict[str, object]]]]) -> list[dict[str, object]]:
    return [f for _, fs in results for f in fs if f.get("apart") and "repeats" in f]


def test_one_check_made_four_times_between_other_calls_is_found() -> None:
    steps = _interleaved(OTHERS, [*STAMPS, ("0c1d2e3f", "12:02:10")])
    found = _apart(replay(steps))
    assert found
    assert found[0]["detector"] == "action_observation"
    assert found[0]["repeats"] == 4


def test_the_check_three_times_or_with_its_result_moving_is_not() -> None:
    assert not _apart(replay(_interleaved(OTHERS, STAMPS)))
    moving = _interleaved(OTHERS, [*STAMPS, ("0c1d2e3f", "12:02:10")])
    moving[-2] = Step.tool_call(
        "cotdr_trace",
        {"segment": "S3", "fibre_pair": 2},
        observation=TRACE.format(req="0c1d2e3f", served="12:02:10").replace("412.6", "409.0"),
    )
    assert not _apart(replay(moving))


def test_a_check_polled_between_waits_is_not_a_repeat_apart() -> None:
    waits = [Step.tool_call("sleep", {"seconds": 60}, observation="slept 60s")] * 3
    assert not _apart(replay(_interleaved(waits, [*STAMPS, ("0c1d2e3f", "12:02:10")])))


def test_a_request_id_of_digits_only_is_masked_as_one_with_letters() -> None:
    digits = normalize_text("ok req=48677995 served=<time>", counters=True)
    letters = normalize_text("ok req=dfedaec6 served=<time>", counters=True)
    assert digits == letters
    # Short numbers after the label may be progress and stay.
    assert normalize_text("run 3 of 5", counters=True) == "run 3 of 5"


BOUNTY = (
    "Triage bug bounty report BB-21877: an IDOR on GET /api/v2/invoices/{id}. Reproduce it on "
    "staging, rate it with CVSS and draft our response."
)
# Three short answers that embed alike only loosely (cosine 0.45: under the short-monologue
# bar of 0.5, over the bar for answers to input that says nothing new, 0.35).
ANSWERS = [
    ("High severity: any logged-in user can read other tenants' invoices.", unit(1, 1.1, 0, 0, 0)),
    ("I'd class it as high: cross-tenant invoice disclosure.", unit(1, 0, 1.1, 0, 0)),
    ("To restate, it's a high-severity exposure of invoices.", unit(1, 0, 0, 1.1, 0)),
]


def _answered(inputs: list[str]) -> list[tuple[str, list[dict[str, object]]]]:
    steps = [
        Step.llm("Reading the report.", observation=BOUNTY).with_embedding(unit(0, 0, 0, 0, 1)),
        Step.tool_call("bounty_report_get", {"report": "BB-21877"}, observation="PoC attached"),
    ]
    for (text, vector), given in zip(ANSWERS, ["", *inputs], strict=True):
        steps.append(Step.llm(text, observation=given).with_embedding(vector))
    return replay(steps, LoopConfig())


def test_answers_alike_after_a_person_says_twice_they_missed_act() -> None:
    results = _answered(
        [
            "Still wrong. I asked for the CVSS vector and score.",
            "You're repeating yourself. That isn't the answer. The score, please.",
        ]
    )
    level, findings = results[-1]
    assert level == "act"
    assert any(f["detector"] == "semantic_responses" and f.get("pushed_back") for f in findings)


def test_the_same_answers_after_input_that_tells_something_do_not() -> None:
    # The person brings a fact each time (a new vector, a new number): the answers may be
    # revisions, and input with a fact is new whatever words come with it.
    results = _answered(
        [
            "Still wrong: the attack vector is network, AV:N, not adjacent.",
            "That's not right - the invoices hold 4,200 customer emails, so confidentiality is high.",
        ]
    )
    assert results[-1][0] != "act"
    # Nor does input that only asks a new question without pushing back.
    results = _answered(["Who owns billing-api?", "Is staging data real customer data?"])
    assert results[-1][0] != "act"


RACE_TASK = (
    "Sian, racing secretary. Enter Moss Valley in the novice hurdle at Uttoxeter on Saturday "
    "(UTT-1320), book a jockey and a lorry."
)


def _deferred(plans: list[str], calls: list[Step]) -> list[Step]:
    steps = [Step.llm("Starting with the race conditions.", observation=RACE_TASK)]
    for plan, call in zip(plans, calls, strict=True):
        steps += [call, Step.llm(plan)]
    return steps


CHECKS = [
    Step.tool_call("race_programme", {"race": "UTT-1320"}, observation="entries close Mon 12:00"),
    Step.tool_call("going_report", {"course": "Uttoxeter"}, observation="Good to soft"),
    Step.tool_call("vet_passport", {"horse": "Moss Valley"}, observation="flu VALID"),
    Step.tool_call("transport_list", {"date": "2026-12-05"}, observation="BF-1 4 free"),
]
PUT_OFF = [
    "Entries close Monday. Next I'll submit Moss Valley's entry, then a jockey.",
    "Going is good to soft. Once that's checked I'll put the Moss Valley entry in.",
    "His passport is valid. Then the plan is: enter Moss Valley, then book a rider.",
    "A lorry is free. Next step is still the Moss Valley entry, followed by the jockey.",
]


def test_the_same_next_step_named_four_times_over_other_calls_acts() -> None:
    results = replay(_deferred(PUT_OFF, CHECKS))
    assert results[-1][0] == "act"
    assert any(f.get("deferred") for _, fs in results for f in fs)


def test_a_plan_carried_out_step_by_step_is_not_put_off() -> None:
    done = [
        Step.tool_call("entries_portal_submit", {"race": "UTT-1320"}, observation="E-915027"),
        Step.tool_call("owner_message", {"text": "Cara Lyne OK?"}, observation="Yes fine"),
        Step.tool_call("jockey_book", {"jockey": "Cara Lyne"}, observation="J-522123"),
        Step.tool_call("transport_book", {"lorry": "BF-2"}, observation="TR-870286"),
    ]
    said = [
        "Entry submitted. Next the owner's OK on the jockey.",
        "Owner agreed. Then the jockey booking for Moss Valley.",
        "Cara booked. Next the lorry for Moss Valley.",
        "Lorry booked. Moss Valley is entered with a rider and a lorry; next the owner's email.",
    ]
    assert all(level != "act" for level, _ in replay(_deferred(said, done)))


def test_next_page_read_each_time_is_not_put_off() -> None:
    pages = [
        Step.tool_call("list_deploys", {"page": k}, observation=f"page {k}: 5 deploys")
        for k in range(1, 5)
    ]
    said = [f"Page {k}: no checkout change. Next page {k + 1}." for k in range(1, 5)]
    assert all(level != "act" for level, _ in replay(_deferred(said, pages)))
