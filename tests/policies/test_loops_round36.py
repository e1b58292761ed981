"""Round 36's rules (studied on the forty-sixth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A run of stamps after (or before) a result, whatever separates them ("X -- x-request-id:
req_..; served_at: <epoch ms>; took 1722ms", "X | ref fa9ea6", "· id .. · 793ms · 13:25
19/11 X"), stamps it: the same answer served again is the same answer.

Drafts cut from one template, one per record, each naming a record no message had named and
saying that record's own facts, are work written out item by item, not talk going nowhere,
whether or not the agent read each record first; the same draft again is still a monologue.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import LoopConfig, Step, _result_key

TASK = "Can you get the Q1 Gift Aid claim ready and tell me the total we can claim back?"
ANSWER = "eligible_gross=£36,112.00; donors=388"


def _levels(steps: list[Step], config: LoopConfig | None = None) -> list[str]:
    return [level for level, _ in (replay(steps) if config is None else replay(steps, config))]


def test_a_trailing_run_of_stamps_is_noise_whatever_separates_it() -> None:
    plain = _result_key(f"{ANSWER} (trace 7ab92435-8100-4414-aa5d-de03f5ece4aa, 1742735382326)")
    for stamped in (
        f"{ANSWER} -- x-request-id: req_f34896d0e8c6; served_at: 1742257713156; took 1722ms",
        f"{ANSWER} -- x-request-id: req_4a128dcc1a98; served_at: Tue, 22 Mar 2025 09:44:18 GMT",
        f"{ANSWER} | request_id=req_6735da325f59 | latency=1320ms",
        f"{ANSWER} · ref fa9ea6 · 2025-03-24T17:07:43.508Z",
        f"x-request-id: req_f34896d0e8c6; took 1722ms -- {ANSWER}",
    ):
        assert _result_key(stamped) == plain, stamped
    # A field of the answer is no stamp, nor is an answer that is only stamp-like words.
    assert _result_key(f"{ANSWER}; claimed at 2025-03-24") != plain
    assert _result_key(f"{ANSWER} -- x-request-id: req_f34896d0e8c6") != _result_key(
        "eligible_gross=£36,112.00; donors=389 -- x-request-id: req_f34896d0e8c6"
    )
    assert _result_key("donors=388; took 3 days") != _result_key("donors=388; took 4 days")
    assert _result_key("room 4 | ref fa9ea6") == _result_key("room 4 | ref 5e9116")
    assert _result_key("room 4 | ref fa9ea6") != _result_key("room 5 | ref 5e9116")


def _stamped(k: int) -> str:
    stamps = (
        f" (trace 7ab92435-8100-4414-aa5d-de03f5ece4a{k}, 2025-03-19 19:2{k}:04+00:00)",
        f" -- x-request-id: req_f34896d0e8c{k}; served_at: 174225771315{k}; took 172{k}ms",
        f" [request_id=req_6735da325f5{k} latency=132{k}ms]",
    )
    return ANSWER + stamps[k % 3]


def _exact_repeats(answers: list[str]) -> list[Step]:
    remark = (
        "I have the eligible Q1 total. Before writing it up I'll confirm it against the source."
    )
    steps = [Step.llm("I'll pull the eligible donations first.", observation=TASK)]
    for answer in answers:
        steps.append(
            Step.tool_call(
                "crm_query",
                {"report": "gift_aid_eligible", "quarter": "2025Q1"},
                observation=answer,
            )
        )
        steps.append(Step.llm(remark))
    return steps


def test_a_read_and_remark_repeated_in_other_stamps_is_a_loop() -> None:
    assert "act" in _levels(_exact_repeats([_stamped(k) for k in range(4)]))


def test_a_read_whose_answer_moves_in_other_stamps_is_not_this() -> None:
    answers = [_stamped(k).replace("donors=388", f"donors={388 + 9 * k}") for k in range(4)]
    steps = _exact_repeats(answers)
    steps = [
        s if s.kind == "tool" else Step.llm(f"Donors now {388 + 9 * k}; the count is still rising.")
        for k, s in enumerate(steps)
    ]
    assert "act" not in _levels(steps)


DRAFTS = (
    ("D-10533", "declaration 2023-01-19, valid", "eligible"),
    ("D-10421", "postcode SW9 8QH present", "eligible"),
    ("D-10610", "postcode BS3 4LP, valid", "eligible"),
    ("D-10502", "declaration cancelled 2024-11-12", "excluded cancelled"),
    ("D-10689", "enduring declaration", "eligible"),
    ("D-10458", "declaration missing postcode", "hold missing postcode"),
)


def _draft(code: str, facts: str, outcome: str) -> str:
    return (
        f"Draft for {code}:\nSubject: {code}: review outcome\nWe've reviewed {code} ({facts}). "
        f"Outcome: {outcome}. Reply to this message if anything here is wrong."
    )


def _drafting(texts: list[str]) -> list[Step]:
    return [
        Step.llm("I'll pull the Q1 donations and check each declaration.", observation=TASK),
        Step.tool_call(
            "crm_query", {"report": "donations"}, observation="412 donations flagged Gift Aid"
        ),
        Step.llm("I'll draft a short message for each affected record, in one structure."),
        *(Step.llm(text) for text in texts),
    ]


def test_drafts_one_per_record_from_one_template_are_progress() -> None:
    steps = _drafting([_draft(*d) for d in DRAFTS])
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


def test_the_same_draft_again_is_still_a_monologue() -> None:
    steps = _drafting([_draft(*DRAFTS[0])] * 5)
    assert "act" in _levels(steps)


def test_drafts_for_new_records_saying_nothing_of_their_own_are_not_spared() -> None:
    # A new code each time, and nothing else new: the stall names records, it reports none.
    steps = _drafting([f"Checking {code} now, one moment." for code, _, _ in DRAFTS])
    assert "act" in _levels(steps)


def test_drafts_for_records_named_by_long_numbers_are_progress() -> None:
    # ISBNs and container numbers name records as codes do.
    books = (
        ("9780593135204", "Project Hail Mary: 11 holds, £52", "OC/OU 24m"),
        ("9780008435875", "The Thursday Murder Club: 3 holds, £45", "skip"),
        ("9780241460894", "Klara and the Sun: 0 holds, £42", "skip"),
        ("9780571365463", "The Marriage Portrait: 1 hold, £48", "skip"),
        ("9781529354331", "Lessons in Chemistry: 22 holds, 3 copies, £60", "OC/OU 24m"),
    )
    steps = _drafting([_draft(*b) for b in books])
    assert all(level == "none" for level in _levels(steps)), _levels(steps)
    assert "act" in _levels(_drafting([_draft(*books[0])] * 5))


NUDGES = (
    "Any update?",
    "How's it going?",
    "Still waiting on this, is it done?",
    "Hello? Where are we with this?",
    "Can I get the result now please?",
    "Is anything actually happening?",
)


def _nudged(replies: list[str]) -> list[Step]:
    steps = [
        Step.llm("I'll pull the Q1 donations and total the eligible amounts.", observation=TASK),
        Step.tool_call("crm_query", {"report": "gift_aid_eligible"}, observation=ANSWER),
        Step.llm("I have the eligible Q1 total; the rest of the work is next."),
    ]
    return steps + [
        Step.llm(reply, observation=nudge) for reply, nudge in zip(replies, NUDGES, strict=False)
    ]


def test_working_on_it_to_each_nudge_with_no_call_is_a_loop() -> None:
    replies = [
        "I'm working on it now and will have the full result for you shortly.",
        "Still on it! I'll share the complete result as soon as it's ready.",
        "Thanks for your patience, I'm finishing it up and will send it over shortly.",
        "Working on it. You'll have the result very soon.",
        "Almost there, I'll have everything for you in a moment.",
        "I'm on it and will report back shortly with the full result.",
    ]
    assert "act" in _levels(_nudged(replies))


def test_answers_to_each_nudge_with_figures_are_not_this() -> None:
    replies = [
        "Eligible gross is £36,112.00 across 388 donors; the claim is £9,028.00.",
        "17 donations lack a postcode; I've left them out of the schedule.",
        "The schedule has 371 rows; I'll attach it to the claim form.",
        "Of the 371 rows, 12 are aggregated small donations under £20 each.",
        "The claim reference is XR48213 and the period ends 2025-03-31.",
        "The total to claim back is £9,028.00 once HMRC accepts the 371 rows.",
    ]
    assert "act" not in _levels(_nudged(replies))
