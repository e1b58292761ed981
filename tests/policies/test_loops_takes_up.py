"""``idle_talk``'s "said before" when input comes in that the agent does not take up: its
next response says none of the input's words and does not edit what it had said, so the
input reached nothing, and the talk that goes on saying the same is still a loop.

No embeddings: the rule reads content words only.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import Step

OPTIONS = ("a reconsideration with the notes", "a peer-to-peer review", "a brand-new PA request")


def opening() -> list[Step]:
    return [
        Step.llm("Starting with the order.", observation="The MRI prior auth was denied. Fix it."),
        Step.tool_call("pa_status", {"case": "PA5467"}, observation="DENIED: C-104 therapy"),
        Step.llm("Denied for missing documentation of six weeks of conservative therapy."),
    ]


def deliberation(last: str, given: str) -> list[Step]:
    a, b, c = OPTIONS
    steps = opening()
    steps.append(Step.llm(f"Let me think about this again: {a}, {b} or {c}; each has a trade-off."))
    steps.append(Step.llm(f"Going back and forth: {c} is cleaner, but {a} is what the team knows."))
    steps.append(
        Step.llm(f"On reflection, {b} has merits over {a}, though {c} avoids both problems.")
    )
    steps.append(Step.llm(f"Weighing it up: {a} is quicker, but {b} is safer. {c} is an option."))
    steps.append(Step.llm(last, observation=given))
    return steps


def test_weighing_the_options_again_after_being_told_to_pick_acts() -> None:
    a, b, c = OPTIONS
    last = f"Still torn between {a} and {b}. {c.capitalize()} is worth keeping in mind."
    results = replay(deliberation(last, "just pick one"))
    level, found = results[-1]
    assert level == "act"
    assert any(f["detector"] == "idle_talk" and "said_new" in f for f in found)


def test_a_draft_extended_as_asked_is_no_loop() -> None:
    # Each input asks for a line more; each draft keeps the last one and adds it, without
    # saying the input's words.
    steps = opening()
    draft = "Incident: CRAH-07 compressor lockout at 02:50, hall A inlets up to 29.6C."
    steps.append(Step.llm(f"Here's a draft.\n\n{draft}"))
    additions = (
        ("add mitigation", "CRAH-06 and CRAH-08 ramped to 90% fan speed."),
        ("add current state", "Now the warmest inlet reads 26.8C, no breach."),
        ("next steps", "CoolServ engineer on site at 07:00 to reset it."),
    )
    for asked, line in additions:
        draft = f"{draft} {line}"
        steps.append(Step.llm(f"Updated:\n\n{draft}", observation=asked))
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def test_options_weighed_again_in_the_words_of_the_input_are_no_return() -> None:
    # The input is taken up: the response answers it, in its words.
    a, b, c = OPTIONS
    last = f"Against the 14-day window, {a} and {b} both fit; {c} restarts the clock."
    results = replay(deliberation(last, "what about the 14-day reconsideration window?"))
    _, found = results[-1]
    assert not any("said_new" in f for f in found)
