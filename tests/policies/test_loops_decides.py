"""Talk that ends in a decision: the first announcement of an action after weighing options
or asking the user is no repeat of the talk before it."""

from __future__ import annotations

from policies._loops import LoopTracker, Step, announces_action


def _run(texts: list[tuple[str, str]]) -> list[str]:
    tracker = LoopTracker()
    tracker.observe(Step.llm("Looking up the boiler.", observation="No hot water at 5A."))
    tracker.observe(
        Step.tool_call(
            "contractor_availability",
            {"trade": "gas"},
            observation="Rapid Plumb today 17:00 £110; Northern Heat tomorrow 08:00 £85",
        )
    )
    found: list[str] = []
    for text, given in texts:
        result = tracker.observe(Step.llm(text, observation=given))
        found += [f.detector for f in result.findings]
    return found


def test_weighing_two_options_then_deciding_is_not_idle_talk() -> None:
    found = _run(
        [
            ("Rapid Plumb today 17:00-19:00: hot water back tonight.", ""),
            ("Northern Heat tomorrow morning: cheaper, and they know this boiler.", ""),
            ("Booking Rapid Plumb today: the only slot she can give access for.", ""),
        ]
    )
    assert "idle_talk" not in found


def test_asking_then_acting_on_the_answer_is_not_idle_talk() -> None:
    found = _run(
        [
            ("Rapid Plumb can attend today 17:00-19:00.", ""),
            ("Shall I book Rapid Plumb for today 17:00-19:00?", ""),
            ("Booking Rapid Plumb for today 17:00-19:00.", "Yes."),
        ]
    )
    assert "idle_talk" not in found


def test_a_promise_made_again_is_still_idle_talk() -> None:
    found = _run(
        [
            ("Right, booking Rapid Plumb is next.", ""),
            ("Booking Rapid Plumb for today now.", "ok"),
            ("Let me book Rapid Plumb for today.", "ok"),
        ]
    )
    assert "idle_talk" in found


def test_a_question_asked_again_after_each_yes_is_still_idle_talk() -> None:
    found = _run(
        [
            ("Book Rapid Plumb today 17:00-19:00?", ""),
            ("Just to be sure, book Rapid Plumb today at 17:00?", "Yes."),
            ("And book Rapid Plumb at 17:00 rather than tomorrow?", "Yes."),
        ]
    )
    assert "idle_talk" in found


def test_a_gerund_that_is_the_subject_announces_nothing() -> None:
    assert announces_action("Booking Rapid Plumb today.")
    assert not announces_action("Resuming is cheaper, but the optimizer state may be off.")


def test_questions_after_each_go_ahead_are_idle_talk() -> None:
    found = _run(
        [
            ("Book Rapid Plumb today 17:00-19:00, £110 call-out?", ""),
            ("Just to be sure, she'll be home at 17:00?", "Yes, book it."),
            ("And the cap at £250 rather than £300?", "Yes."),
            ("Should I copy the landlord?", "Yes! Book it please."),
        ]
    )
    assert "idle_talk" in found


def test_questions_answered_with_something_new_are_not_idle_talk() -> None:
    found = _run(
        [
            ("Which day suits the tenant?", ""),
            ("And what time that day?", "Yes, Thursday works for her."),
            ("Any access notes for the engineer?", "Yes, after 17:00."),
            ("Shall I book it?", "Yes, key safe code 4417 by the door."),
        ]
    )
    assert "idle_talk" not in found
