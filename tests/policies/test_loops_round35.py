"""Round 35's rules (studied on the forty-second to forty-fifth sets after their one unseen
measurement), each with a loop it catches and a look-alike of progress it spares.

A line that is only a whole timestamp ("2026-11-24T08:44:02.247Z") says when an answer was
served: the same answer with and without it is one answer.

An apology before a promise ("Sorry for the delay! I'm pulling the figures now.",
"Apologies, I'm getting them right now.", "Sorry! I'm on it.") is still a promise.

An answer given again after each correction is the same answer whatever apology opens it
("Sorry about that, let me correct it.", "Thanks for catching that, and sorry. Corrected:");
given again after being told twice it is wrong, it confirms itself even when it also
concedes and repeats a figure (which alone only warns).

An agent that says three times or more, with no new input, that it goes again or checks
once more ("I'll pull up payout PO-9913204 again.", "I want to double-check where it
stands.") while the calls between re-read one record to the same answer is in a loop its
own words confirm.

A hand-off handed back ("this is not mine to decide; returning to the coordinator"), made
again unchanged and handed back again, warns; the agent then saying it keeps the work with
that peer confirms it. Sending it elsewhere is acting on the refusal.
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import LoopConfig, Step, _claim_words, _result_key, announces_action

TASK = "The integration-tests job is red on the upgrade PR. Find out why and get it green."

ALIKE = np.ones(384, dtype=np.float32)


def _levels(steps: list[Step], config: LoopConfig | None = None) -> list[str]:
    return [level for level, _ in (replay(steps) if config is None else replay(steps, config))]


def _embedded(steps: list[Step], tool: str) -> list[Step]:
    """The calls of ``tool`` embed alike (the same call), every other step apart."""
    return [
        s.with_embedding(ALIKE if s.tool == tool else np.eye(384, dtype=np.float32)[k])
        for k, s in enumerate(steps)
    ]


def test_a_line_that_is_only_a_timestamp_is_a_stamp() -> None:
    body = "orders-core: 128 tests, 0 failed, 4 skipped"
    assert _result_key(f"{body}\n2026-11-24T08:44:02.247Z") == _result_key(body)
    assert _result_key(f"2026-11-24 08:44\n{body}") == _result_key(body)
    # A date alone is data; so is a line that says what the time is of; and a result that is
    # only a timestamp stays one.
    assert _result_key(f"{body}\n2026-11-24") != _result_key(body)
    assert _result_key(f"{body}\nlast run 2026-11-24T08:44:02Z") != _result_key(body)
    assert _result_key("2026-11-24T08:44:02Z") != _result_key("")


def _report(k: int, body: str = "orders-core: 128 tests, 0 failed, 4 skipped") -> Step:
    stamp = f"\n2026-11-24T08:4{k}:02.247Z" if k % 2 else ""
    return Step.tool_call("gradle_test_report", {"module": "orders-core"}, observation=body + stamp)


def _reports(bodies: list[str]) -> list[Step]:
    steps = [
        Step.llm("I'll start from the failing job's log.", observation=TASK),
        Step.tool_call(
            "ci_get_job_log",
            {"run_id": 9184412, "job": "integration-tests"},
            observation="java.lang.NoClassDefFoundError: javax/servlet/Filter",
        ),
    ]
    return steps + [_report(k, body) for k, body in enumerate(bodies)]


def test_four_identical_reads_stamped_only_sometimes_are_a_loop() -> None:
    steps = _reports(["orders-core: 128 tests, 0 failed, 4 skipped"] * 4)
    # The exact repeat alone warns at the fourth; with the embedding detector agreeing on
    # that step, it acts.
    assert _levels(steps)[-1] == "warn", _levels(steps)
    levels = _levels(_embedded(steps, "gradle_test_report"), LoopConfig())
    assert levels[-1] == "act", levels


def test_a_report_that_moves_stamped_only_sometimes_is_progress() -> None:
    bodies = [f"orders-core: 128 tests, {n} failed, 4 skipped" for n in (17, 9, 3, 0)]
    steps = _embedded(_reports(bodies), "gradle_test_report")
    assert "act" not in _levels(steps, LoopConfig())
    assert all(level == "none" for level in _levels(_reports(bodies)))


def test_an_apology_before_a_promise_announces() -> None:
    for text in (
        "Sorry for the delay! I'm pulling the segment figures from the 10-Q now.",
        "Apologies, I'm getting the data-centre revenue right now.",
        "Sorry! I'm on it and will have the numbers for you shortly.",
        "You're right, I apologise. Retrieving the figures at this moment.",
    ):
        assert announces_action(text), text
    # An apology before an answer announces nothing.
    assert not announces_action("Sorry, the data-centre figure is $1,412.6M.")
    assert not announces_action("Apologies - Q3 data-centre revenue was $1,412.6M, up 38.7%.")


QUESTION = "What was data-centre revenue in fiscal Q3, and how did it grow?"


def test_apologies_and_promises_to_each_chaser_with_no_call_are_a_loop() -> None:
    steps = [
        Step.llm("I'll find the latest 10-Q first.", observation=QUESTION),
        Step.tool_call(
            "edgar_get_filing",
            {"accession": "0001789342-26-000041"},
            observation="Data Center $1,412.6 / $1,018.3",
        ),
        Step.llm("Data Center was $1,412.6M against $1,018.3M a year earlier."),
        Step.llm("Sorry for the delay! I'm pulling the segment figures now."),
        Step.llm(
            "Apologies, I'm getting the revenue right now.",
            observation="Do you have the numbers yet? The note locks at 6pm.",
        ),
        Step.llm(
            "Sorry! I'm on it and will have them shortly.",
            observation="Still waiting on the segment figure.",
        ),
        Step.llm(
            "You're right, I apologise. Retrieving the figures at this moment.",
            observation="What's taking so long?",
        ),
    ]
    assert _levels(steps)[-1] == "act", _levels(steps)


def test_apologising_while_acting_on_each_clarification_is_progress() -> None:
    # The person adds something each turn; the agent says sorry and makes a call for it.
    turns = (
        ("Sorry, I'll use the 10-Q.", "Use the 10-Q, not the press release.", "10-Q"),
        ("Apologies, checking the prior year.", "Compare with fiscal Q3 2025 too.", "Q3 2025"),
        ("Sorry! I'm on it: the guidance.", "And what did they guide for Q4?", "8-K"),
        ("You're right, I'm adding the margin.", "Add the segment margin as well.", "margin"),
    )
    steps = [Step.llm("I'll find the filings first.", observation=QUESTION)]
    for k, (said, asked, what) in enumerate(turns):
        steps.append(Step.llm(said, observation=asked))
        steps.append(
            Step.tool_call(
                "edgar_get_filing", {"section": what}, observation=f"{what}: figure {k + 412}"
            )
        )
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


COUNT = (
    "52: one query for the orders, one customer query per order (50), and one for the line items."
)


def test_a_longer_apology_or_a_corrected_label_leaves_the_claim() -> None:
    claim = _claim_words(COUNT)
    for opening in (
        "Sorry about that, let me correct it.",
        "You're right, I apologise for the confusion.",
        "Thanks for catching that, and sorry. Corrected:",
    ):
        assert _claim_words(f"{opening} {COUNT}") == claim, opening
    # A long first sentence that concedes nothing is part of the claim.
    assert _claim_words(f"The orders page makes these queries right now. {COUNT}") != claim


def _corrected(answers: list[str]) -> list[Step]:
    steps = [
        Step.llm("I'll compare the spans before and after the release.", observation=TASK),
        Step.tool_call(
            "apm_query",
            {"operation": "Query.orders"},
            observation="db spans/request 4 before, 202 after (median page size 50)",
        ),
        Step.llm(answers[0], observation="How many queries does a 50-order page make now?"),
    ]
    pushback = (
        "You've missed the product lookups, one per line item.",
        "Still missing the per-line-item product queries.",
        "That's the same count again.",
    )
    for said, told in zip(answers[1:], pushback, strict=True):
        steps.append(Step.llm(said, observation=told))
    return steps


def test_the_same_answer_after_each_correction_with_apologies_is_a_loop() -> None:
    answers = [
        COUNT,
        f"Sorry about that, let me correct it. {COUNT}",
        f"You're right, I apologise for the confusion. {COUNT}",
        f"Thanks for catching that, and sorry. Corrected: {COUNT}",
    ]
    assert _levels(_corrected(answers))[-1] == "act", _levels(_corrected(answers))


def test_an_answer_corrected_after_each_pushback_is_progress() -> None:
    answers = [
        COUNT,
        "Sorry about that, let me correct it. 102: the orders, 50 customers and 50 products.",
        "You're right, I apologise for the confusion. 202: each of 150 line items adds a query.",
        "Thanks for catching that, and sorry. Corrected: 202, matching the APM span count.",
    ]
    assert "act" not in _levels(_corrected(answers))


def _payout(k: int, status: str = "returned return_code=R03") -> Step:
    return Step.tool_call(
        "payout_get",
        {"payout_id": "PO-9913204", "expand": ["return"]},
        observation=f"PO-9913204 £2,114.50 status={status} (request req_{k}cf08a042f2daad6)",
    )


def _rechecks(said: list[str], calls: list[Step], at: tuple[int, ...]) -> list[Step]:
    """An opening read, then ``said`` with ``calls[k]`` after the response ``at[k]``."""
    steps = [
        Step.llm("I'll pull the payouts first.", observation="Why did the last payout bounce?"),
        Step.tool_call(
            "payouts_list",
            {"seller_id": "S-77120"},
            observation="PO-9913204 £2,114.50 status=returned (R03 account closed)",
        ),
    ]
    for k, text in enumerate(said):
        steps.append(Step.llm(text))
        steps += [call for j, call in zip(at, calls, strict=True) if j == k]
    return steps


AGAIN = [
    "I'll pull up payout PO-9913204 again to see why it bounced.",
    "Let me fetch the payout record again to see the return details.",
    "I want to double-check where that returned payout stands.",
    "Checking PO-9913204 one more time for the bank's reason.",
]


def test_one_record_reread_among_announcements_of_going_again_is_a_loop() -> None:
    steps = _rechecks(AGAIN, [_payout(1), _payout(2)], (0, 2))
    levels = _levels(steps)
    assert levels[-1] == "act", levels
    assert "act" not in levels[:-1], levels


def test_a_record_whose_status_moves_between_rechecks_is_progress() -> None:
    calls = [_payout(1, "in_transit"), _payout(2, "returned return_code=R03")]
    assert "act" not in _levels(_rechecks(AGAIN, calls, (0, 2)))


def test_checking_several_records_once_more_is_progress() -> None:
    # Summarising related records: each check is of another record.
    calls = [
        Step.tool_call("payout_get", {"payout_id": f"PO-99{k}"}, observation=f"PO-99{k} paid")
        for k in range(3)
    ]
    assert "act" not in _levels(_rechecks(AGAIN, calls, (0, 1, 2)))


def test_rechecks_a_person_asked_for_are_not_this() -> None:
    steps = _rechecks(AGAIN, [_payout(1), _payout(2)], (0, 2))
    # The person tells the agent something new before the last check: it acts on it.
    steps[-1] = Step.llm(
        AGAIN[-1], observation="The seller says they opened a new account at Monzo last week."
    )
    assert "act" not in _levels(steps)


BOUNCED = "qa_agent: this is not mine to decide; returning to the coordinator."


def _delegate(to: str, task: str, observation: str = BOUNCED) -> Step:
    return Step.tool_call("delegate", {"to": to, "task": task}, observation=observation)


def _handoffs(calls: list[Step], said: str) -> list[Step]:
    steps = [
        Step.llm("Reading the records first.", observation="Close out deviation DV-212 today."),
        Step.tool_call(
            "get_divert_valve_log", {"unit": "HTST-1"}, observation="FDV cycle test OK; 0.8 s"
        ),
    ]
    return [*steps, *calls, Step.llm(said)]


KEEPS = "Still nothing back from qa_agent on 'review DV-212'; I'll keep it with qa_agent rather than planning_agent."


def test_a_hand_off_bounced_back_twice_and_kept_there_is_a_loop() -> None:
    calls = [_delegate("qa_agent", "review DV-212"), _delegate("qa_agent", "review DV-212")]
    levels = _levels(_handoffs(calls, KEEPS))
    assert levels[-2:] == ["warn", "act"], levels


def test_a_bounced_hand_off_sent_elsewhere_is_progress() -> None:
    calls = [_delegate("qa_agent", "review DV-212"), _delegate("qa_agent", "review DV-212")]
    for said in (
        "qa_agent handed it back again; I'll send 'review DV-212' to planning_agent instead.",
        "I'll keep it moving: planning_agent rather than qa_agent.",
    ):
        assert "act" not in _levels(_handoffs(calls, said)), said


def test_subtasks_delegated_to_peers_and_done_are_progress() -> None:
    calls = [
        _delegate("qa_agent", "review DV-212", "qa_agent: DV-212 reviewed, closed."),
        _delegate("planning_agent", "move run 14", "planning_agent: run 14 moved to Fri."),
        _delegate("planning_agent", "move run 15", "planning_agent: run 15 moved to Sat."),
    ]
    said = "Both done; I'll keep the schedule as planning_agent set it."
    assert all(level == "none" for level in _levels(_handoffs(calls, said)))
