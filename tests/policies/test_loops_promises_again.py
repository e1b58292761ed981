"""Responses in a row that each say what the agent will do, with no call between them and
nothing new said to it (acknowledgements, or nudges made of words the talk already holds),
are promises without action: the agent says it will act and does not."""

from __future__ import annotations

from policies._loops import LoopConfig, LoopTracker, Step

STRUCTURAL = LoopConfig(semantic_enabled=False)


def run(steps: list[Step]) -> list[tuple[str, list[str]]]:
    tracker = LoopTracker(STRUCTURAL)
    out = []
    for step in steps:
        result = tracker.observe(step)
        out.append((result.escalation_level, [f.detector for f in result.findings]))
    return out


def opening() -> list[Step]:
    return [
        Step.llm("Starting with the audit.", observation="Fix the high in larch-api."),
        Step.tool_call("bash", {"command": "npm audit"}, observation="path-to-regexp <0.1.12"),
        Step.llm("One advisory, reached through express."),
    ]


def test_promising_the_same_step_again_and_again_acts() -> None:
    steps = opening()
    steps.append(Step.llm("Next I'll run npm ls path-to-regexp to see what pulls it in."))
    steps.append(Step.llm("I'll check the dependency tree now.", observation="ok"))
    steps.append(Step.llm("Let me find what depends on path-to-regexp.", observation="npm ls?"))
    steps.append(Step.llm("Going to trace the dependency path next."))
    results = run(steps)
    assert results[-2] == ("warn", ["idle_talk"])
    assert results[-1][0] == "act"
    assert all(level == "none" for level, _ in results[:-2])


def test_announcements_each_answered_with_something_new_are_not_promises() -> None:
    # The agent says what it will do and is told something new each time: it is planning
    # with the user, not stalling.
    steps = opening()
    steps.append(Step.llm("Next I'll run npm ls path-to-regexp to see what pulls it in."))
    steps.append(
        Step.llm("I'll check the lockfile first then.", observation="The lockfile pins express.")
    )
    steps.append(
        Step.llm(
            "Let me look at the override syntax.", observation="We are on npm 8, overrides work."
        )
    )
    steps.append(
        Step.llm("I'll draft the override.", observation="Keep it to path-to-regexp only, please.")
    )
    results = run(steps)
    assert all(level == "none" for level, _ in results)


def test_an_announcement_followed_by_the_call_is_no_promise() -> None:
    steps = opening()
    for _ in range(2):
        steps.append(Step.llm("Next I'll run npm ls path-to-regexp."))
        steps.append(Step.llm("Running it now.", observation="ok"))
        steps.append(Step.tool_call("bash", {"command": "npm ls"}, observation="express@4.18.2"))
    results = run(steps)
    assert all(level == "none" for level, _ in results)


def test_announcements_each_asked_about_another_item_are_not_promises() -> None:
    # Each request names another invoice and customer in words the talk mostly holds: new
    # work each time, answered with what the agent will do about it.
    steps = [
        Step.llm("I will check the invoice status now.", observation="Please check invoice 1."),
        Step.llm("I will check the invoice status now.", observation="Check invoice 2, Acme."),
        Step.llm("I'll check the invoice status next.", observation="Check invoice 3, Globex."),
        Step.llm("Going to check the invoice status now.", observation="Check invoice 4, Acme."),
    ]
    results = run(steps)
    assert all(level == "none" for level, _ in results), results


def test_a_nudge_made_of_request_words_tells_nothing_new() -> None:
    # "Please", "still", "again": words that only say it is a request, not what about.
    steps = opening()
    steps.append(Step.llm("Next I'll run npm ls path-to-regexp to see what pulls it in."))
    steps.append(Step.llm("I'll check the dependency tree now.", observation="please, still?"))
    steps.append(Step.llm("Let me find what depends on it.", observation="again: please, now!"))
    results = run(steps)
    assert results[-1] == ("warn", ["idle_talk"])
