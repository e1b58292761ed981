"""Round 34's rules (studied on the forty-second and forty-third sets after their one unseen
measurement), each with a loop it catches and a look-alike of progress it spares.

A server that puts its stamp before the answer one time and after it the next ("· id 5c05 ·
595ms · 13:31 19/11 page 2/3: ..." / "page 2/3: ... · id 886c · 1998ms · 13:30 19/11") says
the same thing both times.

A timestamp written day first ("at:02-11-2026T10:48Z") is a stamp, as an ISO one is.

A result the repeat detectors read as one already seen (the same answer in another
envelope) is nothing new to the embedding detector either.

A job whose status says it has ended ("FAILED, will not be retried") moves no more, so
polling it is no progress.

A change made, undone and made again with nothing new between (a slot held, released by the
ref its hold gave, and held again) puts the agent back where it was.
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import LoopConfig, Step, _result_key, _stamp_moved

TASK = "Please plan tomorrow's mix runs so the nut-containing flavours go last."


def _levels(steps: list[Step], config: LoopConfig | None = None) -> list[str]:
    return [level for level, _ in (replay(steps) if config is None else replay(steps, config))]


def _opening() -> list[Step]:
    return [
        Step.llm("Okay, I'll check the records first.", observation=TASK),
        Step.tool_call(
            "get_batch",
            {"batch_id": "IC-7735"},
            observation="flavour=vegan chocolate; oat base (request 71494102, 640 ms, 19:09)",
        ),
    ]


def test_a_stamp_before_or_after_the_answer_is_one_answer() -> None:
    page = "page 2/3: j-7770 orchard way, j-7768 bell yard; next_cursor=eyjvijo4fq"
    stamp = "· id <hex> · <dur> · <time> 19/11"
    assert _stamp_moved(f"ok:{page} {stamp}", f"ok:{stamp} {page}")
    assert _stamp_moved(f"ok:{stamp} {page}", f"ok:{page} {stamp}")
    assert _stamp_moved(
        "ok:20 nov 0642h sat 0730 wn8 pending (<dur>)",
        "ok:sat 0730 wn8 pending [#<hex>] (<dur>) 20 nov 0644h",
    )
    # Another page, a count beside a stamp, words added: other answers.
    assert not _stamp_moved(f"ok:{page} {stamp}", f"ok:{stamp} {page.replace('2/3', '3/3')}")
    assert not _stamp_moved(
        "ok:(req <hex>) 3/10 done with the invoice batch",
        "ok:(req <hex>) 4/10 done with the invoice batch",
    )
    assert not _stamp_moved("ok:next delivery 20 nov (<dur>)", "ok:next delivery 21 nov (<dur>)")
    assert not _stamp_moved(f"ok:{page} {stamp}", f"error:{stamp} {page}")


def _page(k: int, page: int, cursor: str) -> Step:
    body = f"page {page}/3: J-77{70 - 4 * page} Orchard Way, J-77{68 - 4 * page} Bell Yard"
    stamp = f"· id {k}c051dd2 · {500 + 97 * k}ms · 13:3{k} 19/11"
    observation = f"{stamp} {body}" if k % 2 else f"{body} {stamp}"
    return Step.tool_call(
        "job_search", {"status": "upcoming", "cursor": cursor}, observation=observation
    )


def test_the_same_page_stamped_before_and_after_is_a_loop() -> None:
    steps = [Step.llm("Paging through the jobs.", observation="Find every upcoming job.")]
    steps += [_page(k, 2, "eyJvIjo0fQ") for k in range(5)]
    assert _levels(steps)[-1] == "act", _levels(steps)


def test_pages_that_move_on_stamped_before_and_after_are_progress() -> None:
    steps = [Step.llm("Paging through the jobs.", observation="Find every upcoming job.")]
    steps += [_page(k, k + 1, f"c{k}") for k in range(3)]
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


def test_a_timestamp_written_day_first_is_a_stamp() -> None:
    def served(minute: int, body: str = "page 2/3: Wildwood FTR, Ad reel Dec") -> str:
        return f"{body} {{req:e7b3392d, ms:1683, at:02-11-2026T10:{minute:02d}Z}}"

    assert _result_key(served(39)) == _result_key(served(48))
    # A date alone is data, and so is what the stamp wraps.
    assert _result_key("due 02-11-2026") != _result_key("due 03-11-2026")
    assert _result_key(served(39)) != _result_key(served(39, "page 3/3: Nightline FTR"))
    steps = [Step.llm("Paging through the content.", observation="List what's upcoming.")]
    steps += [
        Step.tool_call("content_search", {"cursor": "eyJvIjo0fQ"}, observation=served(40 + k))
        for k in range(5)
    ]
    assert _levels(steps)[-1] == "act", _levels(steps)


ALIKE = np.ones(384, dtype=np.float32)


def _cached_reads(noisy: bool) -> list[Step]:
    steps = [Step.llm("Checking the slots.", observation="Is the crematorium free on the 19th?")]
    for k in range(3):
        body = "Westlea crematorium: 12:30 taken, 16:00 free"
        if noisy:
            body = f"Westlea crematorium: 12:30 taken, 16:00 free, {k + 1} enquiries today"
        observation = (
            f"{body} (request {k}0296978, {700 + k} ms, 10/03/2026 07:5{k})"
            if k % 2
            else f"[10/03/2026 07:5{k}] req={k}8bddeb6 latency={300 + k}ms\n{body}"
        )
        steps.append(
            Step.tool_call("get_crematorium_slots", {"date": "2026-03-19"}, observation=observation)
        )
    vectors = [np.eye(384, dtype=np.float32)[0], ALIKE, ALIKE, ALIKE]
    return [s.with_embedding(v) for s, v in zip(steps, vectors, strict=True)]


def test_one_read_answered_alike_in_other_envelopes_embeds_as_nothing_new() -> None:
    # Three calls alike, each answer the same but for its envelope: the embedding detector
    # and the exact repeat (one call short of its count) agree on the third.
    assert _levels(_cached_reads(noisy=False), LoopConfig())[-1] == "act"


def test_one_read_whose_answer_moves_is_not_this() -> None:
    assert "act" not in _levels(_cached_reads(noisy=True), LoopConfig())


def _embedded(steps: list[Step]) -> list[Step]:
    """The polls embed alike (the same call), every other step apart."""
    out = []
    for k, step in enumerate(steps):
        if step.kind == "tool" and step.tool == "get_cip_status":
            out.append(step.with_embedding(ALIKE))
        else:
            out.append(step.with_embedding(np.eye(384, dtype=np.float32)[k]))
    return out


def _polls(states: list[str]) -> list[Step]:
    steps = [
        *_opening(),
        Step.tool_call(
            "run_cip_cycle", {"for": "IC-7731"}, observation="CIP clean cycle J2926 queued"
        ),
    ]
    steps += [
        Step.tool_call(
            "get_cip_status",
            {"job": "J2926"},
            observation=f"CIP clean cycle J2926: {state} (request {k}e100918, {140 + k} ms)",
        )
        for k, state in enumerate(states)
    ]
    return _embedded(steps)


FAILED = "FAILED (input rejected), will not be retried automatically"


def test_polling_a_job_that_failed_for_good_is_a_loop() -> None:
    levels = _levels(_polls([FAILED] * 3), LoopConfig())
    assert levels[-1] == "act", levels


def test_polling_a_job_that_moves_to_completion_is_progress() -> None:
    states = ["QUEUED (position 2)", "RUNNING 30%", "RUNNING 30% (stage 2 of 3)", "COMPLETED"]
    assert "act" not in _levels(_polls(states), LoopConfig())


def test_polling_a_failed_job_that_will_be_retried_is_not_this() -> None:
    states = ["FAILED, retrying in 30 s (attempt 1 of 3)"] * 3
    assert "act" not in _levels(_polls(states), LoopConfig())


def _hold(ref: int, slot: str = "line 2 06:00-09:00") -> Step:
    return Step.tool_call(
        "schedule_line",
        {"slot": slot},
        observation=f"filling line slot {slot} held, ref BK-{ref} (request a{ref}f, 400 ms)",
    )


def _release(ref: int) -> Step:
    return Step.tool_call("unschedule_line", {"ref": f"BK-{ref}"}, observation=f"BK-{ref} released")


def test_a_slot_held_released_and_held_again_is_a_loop() -> None:
    steps = [*_opening(), _hold(94890), _release(94890), _hold(83531), _release(83531)]
    steps.append(_hold(40748))
    levels = _levels(steps)
    # Warned when the slot is first held again, acted on when it is held a third time.
    assert levels[:4] == ["none"] * 4
    assert levels[4] == "warn", levels
    assert levels[6] == "act", levels


def test_the_same_with_the_agent_musing_between_is_a_loop() -> None:
    steps = [*_opening(), _hold(55018)]
    for ref in (55019, 55020):
        steps += [
            Step.llm("I'll free that up in case a better slot exists."),
            _release(ref - 1),
            _hold(ref),
        ]
    levels = _levels(steps)
    assert "warn" in levels[:6], levels
    assert levels[-1] == "act", levels


def test_a_booking_moved_each_time_a_person_asks_is_progress() -> None:
    steps = [*_opening(), _hold(86403, "Tue 07:00")]
    for ref, slot in ((86404, "Wed 07:00"), (86405, "Thu 07:00")):
        steps += [
            Step.llm(f"Moving it to {slot}.", observation=f"Sorry, that clashes - {slot} instead?"),
            _release(ref - 1),
            _hold(ref, slot),
        ]
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


def test_the_same_slot_held_again_because_a_person_asked_is_progress() -> None:
    steps = [*_opening(), _hold(37855), _release(37855)]
    steps.append(
        Step.llm("Holding it again.", observation="Actually we do need that slot - hold it.")
    )
    steps.append(_hold(37856))
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


def test_held_again_after_another_change_is_not_this() -> None:
    # Something else was changed between the release and the new hold: not the same state.
    steps = [*_opening(), _hold(29036), _release(29036)]
    steps.append(
        Step.tool_call("set_mix_order", {"order": "nuts last"}, observation="mix order saved")
    )
    steps.append(_hold(29037))
    assert all(level == "none" for level in _levels(steps)), _levels(steps)


def test_a_check_after_each_fix_it_asked_for_is_progress() -> None:
    # The check is not undone by the fix that removes what it named about the claim it was
    # asked about: its problems fall, one fix at a time.
    def validate(problems: str) -> Step:
        return Step.tool_call(
            "validate_fee_claim", {"claim_id": "FC-88131"}, observation=f"FC-88131: {problems}"
        )

    steps = [
        Step.llm("Checking the claim.", observation="Get claim FC-88131 ready to submit."),
        validate("2 problem(s) | line 3 overlaps the court lunch | attachment missing"),
        Step.tool_call(
            "edit_fee_claim",
            {"claim_id": "FC-88131", "line": 3, "delete": True},
            observation="FC-88131 line 3 removed",
        ),
        validate("1 problem(s) | attachment missing"),
        Step.tool_call(
            "edit_fee_claim",
            {"claim_id": "FC-88131", "attach": "attendance_signed.pdf"},
            observation="FC-88131 attachment added",
        ),
        validate("0 problems"),
    ]
    assert all(level == "none" for level in _levels(steps)), _levels(steps)
