"""Told the same again: when the agent is given the same correction or request again in other
words (the input embeddings judge it), what it says in between changed nothing. An agent that
concedes three times in a row without acting, or that keeps answering a request asked again
without taking it up, is in a loop: nothing new reaches it, and its answers change nothing.

Hand-made vectors stand in for the input embeddings (paraphrases close, other inputs apart).
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import Step


def vector(seed: int, near: int | None = None) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(16).astype(np.float32)
    if near is not None:
        v = np.random.default_rng(near).standard_normal(16).astype(np.float32) + 0.1 * v
    return (v / np.linalg.norm(v)).astype(np.float32)


def said(text: str, told: str, given: np.ndarray | None) -> Step:
    step = Step.llm(text, observation=told)
    return step if given is None else step.with_embedding(None, input_embedding=given)


def opening() -> list[Step]:
    return [
        said("First, the class list.", "Enrol Amara in CS 3410.", vector(1)),
        Step.tool_call("class_search", {"course": "3410"}, observation="001 42/45; 002 45/45"),
        said("002 is full; the best option is the waitlist.", "", None),
    ]


def test_conceding_again_to_the_same_correction_acts_at_once() -> None:
    steps = opening()
    steps.append(
        said("Sorry about that. I think the waitlist is safest.", "001 is open.", vector(2))
    )
    steps.append(
        said("Apologies for the confusion. I'd still use the waitlist.", "No, 001 has seats.", None)
    )
    steps.append(
        said(
            "You're right to check, sorry. My pick is still 002.", "001 is open!", vector(3, near=2)
        )
    )
    results = replay(steps)
    level, found = results[-1]
    assert level == "act"
    assert any(f["detector"] == "unmet_request" and "restated" in f for f in found)
    assert all(level == "none" for level, _ in results[:-1])


def test_conceding_to_new_corrections_is_not_a_loop() -> None:
    # Each correction tells the agent something new (none restates an earlier one): it
    # takes them one by one.
    steps = opening()
    steps.append(said("Sorry, you're right: 001 has 3 seats.", "001 is open.", vector(2)))
    steps.append(said("My mistake, it is the MWF lecture.", "It meets MWF 10:10.", vector(4)))
    steps.append(said("Apologies, lab 101 is still open too.", "Add lab 101 as well.", vector(5)))
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def test_conceding_then_acting_is_not_a_loop() -> None:
    steps = opening()
    steps.append(said("Sorry about that, enrolling in 001.", "001 is open.", vector(2)))
    steps.append(Step.tool_call("enrol", {"section": "001"}, observation="Enrolled in 001"))
    steps.append(said("Apologies, adding the lab too.", "001 is open!", vector(3, near=2)))
    steps.append(Step.tool_call("enrol", {"section": "101"}, observation="Enrolled in 101"))
    steps.append(said("Sorry for the delay: done.", "Thanks.", vector(6)))
    results = replay(steps)
    assert all(level == "none" for level, _ in results)


def unmet_note(last_asking: np.ndarray) -> list[Step]:
    """A note that never names the surviving record, asked for three times; the last asking's
    input embedding is ``last_asking``."""
    return [
        said("Hi Luis, the duplicates are merged.", "Write Luis a note on the merge.", vector(1)),
        said(
            "Four webinar copies folded into yours.",
            "It must name the surviving record.",
            vector(2),
        ),
        said(
            "Quick note: cleanup finished, history intact.",
            "Still no surviving record named.",
            vector(4),
        ),
        said(
            "FYI, ownership unchanged; attendance logged.",
            "Must name the surviving record.",
            last_asking,
        ),
    ]


def test_a_request_asked_again_in_other_words_confirms_itself() -> None:
    results = replay(unmet_note(vector(5, near=2)))  # a paraphrase of the second asking
    level, found = results[-1]
    assert level == "act"
    assert any(f["detector"] == "unmet_request" and "restated" in f for f in found)


def test_a_request_asked_again_in_words_of_its_own_only_warns() -> None:
    # The same unmet request, but the last asking is no paraphrase of an earlier input (the
    # embeddings differ): one kind of evidence, so a warning that waits for a second.
    results = replay(unmet_note(vector(5)))
    level, found = results[-1]
    assert any(f["detector"] == "unmet_request" for f in found)
    assert not any("restated" in f for f in found)
    assert level == "warn"
