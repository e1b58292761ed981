"""``idle_talk``'s "answered again": the agent asks, is answered what it had already been
answered, and asks once more: the answer reached it twice and changed nothing.

No embeddings: the rule compares the answers' texts.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step


def opening() -> list[Step]:
    return [
        Step.llm(
            "Happy to. Let me get going on it.",
            observation="Renewals for Linden Court: draft offers, max 5% increase.",
        ),
        Step.llm("Before I set the number, does the cap cover parking as well?"),
        Step.llm("Sorry, to confirm: 5% on the base rent alone?", observation="Base rent only."),
    ]


def test_asking_on_after_the_same_answer_again_acts() -> None:
    steps = opening()
    steps.append(
        Step.llm(
            "Does the parking fee count towards the increase?",
            observation="Base rent only, as I said.",
        )
    )
    steps.append(
        Step.llm("Could you clarify whether parking is part of the cap?", observation="Base rent.")
    )
    results = replay(steps)
    # The answer's "as I said" also marks the question as asked again after it was answered
    # (``reasked``), which confirms itself: the step acts at once (round 31; it warned before).
    assert [level for level, _ in results[-2:]] == ["act", "act"]
    assert any(f["detector"] == "idle_talk" and "answered_again" in f for f in results[-2][1])
    assert all(level == "none" for level, _ in results[:-2])


def test_questions_answered_with_something_new_are_no_loop() -> None:
    steps = opening()
    steps.append(Step.llm("And unit 3B, renew or not?", observation="Renew 3B at 4%."))
    steps.append(Step.llm("And unit 4C, same 4%?", observation="No, 4C gets 5%."))
    steps.append(Step.tool_call("draft_offer", {"unit": "3B", "pct": 4}, observation="ok"))
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def test_the_same_answer_about_other_units_is_no_loop() -> None:
    # Unit by unit, each question names a unit not named before: the same answer to each
    # is no repeat.
    steps = opening()
    steps.append(Step.llm("Same basis for unit 2B?", observation="Base rent only."))
    steps.append(Step.llm("And for 2C, also the base rent?", observation="Base rent only."))
    steps.append(Step.llm("And 2D?", observation="Base rent only."))
    results = replay(steps)
    assert not any("answered_again" in f for _, found in results for f in found)
    assert all(level != "act" for level, _ in results)


def test_the_same_answer_after_a_call_is_no_loop() -> None:
    # Asked again only after acting on the first answer: the call may raise it anew.
    steps = opening()
    steps.append(Step.tool_call("draft_offer", {"unit": "2A", "pct": 5}, observation="ok"))
    steps.append(Step.llm("Drafted. Does the cap cover parking, or base rent alone?"))
    steps.append(Step.llm("And parking stays as it is?", observation="Base rent only."))
    results = replay(steps)
    assert all(level == "none" for level, _ in results)
