"""Round 71's rule (studied on the eighty-third set after its one unseen measurement), with a
loop it catches and a look-alike of progress it spares.

A count of tries stamped on an error or a prompt sent again ("[attempt 3]", "retry 2 of 5",
"try #4") is the harness counting, not a number the input asks about (``_TRY_COUNT``): the
same rejection sent back with the next count restates the one before, so an agent that
answers each with the same output in new words is told nothing new and says nothing new.
An error that names another place or value is still new input.

Hand-made vectors stand in for the input embeddings (the resent errors close together).
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import Step, _other_request


def vector(seed: int, near: int | None = None) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(16).astype(np.float32)
    if near is not None:
        v = np.random.default_rng(near).standard_normal(16).astype(np.float32) + 0.1 * v
    return (v / np.linalg.norm(v)).astype(np.float32)


# -- A count of tries is no new number asked about ----------------------------------------


def test_error_sent_again_with_the_next_try_count_restates_the_last() -> None:
    first = "SchemaError: unexpected token '}' at row 9 col 2 [attempt 2]"
    again = "SchemaError: unexpected token '}' at row 9 col 2 [attempt 3]"
    assert not _other_request(again, first)
    assert not _other_request(
        "Bad reply, retry 3 of 5: no closing brace.", "Bad reply, retry 2 of 5: no closing brace."
    )
    assert not _other_request(
        "Rejected (try #4): unknown field kiln.", "Rejected (try #3): unknown field kiln."
    )


def test_error_at_another_place_or_a_new_number_is_still_new() -> None:
    first = "SchemaError: unexpected token '}' at row 9 col 2 [attempt 2]"
    moved = "SchemaError: unexpected token '}' at row 11 col 4 [attempt 3]"
    assert _other_request(moved, first)
    assert _other_request("What about batch 14?", "What about batch 13?")


# -- The same broken output resent to each counted rejection ------------------------------

_BROKEN = '```json\n{\n  "lot": "K-77",\n  "grade": "B",\n}\n```'


def _resent(errors: list[str], fixed: bool) -> list[Step]:
    opening = "Reading lot K-77 first."
    steps = [
        Step.llm(
            opening, observation="Grade lot K-77. Reply only with a JSON object."
        ).with_embedding(None, input_embedding=vector(1)),
        Step.tool_call("lot_show", {"lot": "K-77"}, observation="lot: K-77\nstate: ungraded"),
        Step.llm(f"Here it is:\n{_BROKEN}"),
    ]
    preambles = ("Fixed version:", "Here is the JSON:", "Updated below:", "Here you go:")
    for k, (preamble, error) in enumerate(zip(preambles, errors, strict=True)):
        body = _BROKEN.replace('"B"', f'"B{k}"') if fixed else _BROKEN
        steps.append(
            Step.llm(f"{preamble}\n{body}", observation=error).with_embedding(
                None, input_embedding=vector(10 + k, near=2)
            )
        )
    return steps


def test_the_same_output_resent_to_a_counted_rejection_acts() -> None:
    errors = [
        f"ParseError: Invalid json: trailing comma at line 4 column 1 [attempt {n}]"
        for n in (2, 3, 4, 5)
    ]
    results = replay(_resent(errors, fixed=False))
    assert results[-1][0] == "act"
    assert any(f["detector"] == "idle_talk" for _, found in results for f in found)


def test_output_fixed_to_each_new_error_is_spared() -> None:
    errors = [
        f"ParseError: Invalid json: bad value at line {n} column {n + 2} [attempt {n}]"
        for n in (2, 3, 4, 5)
    ]
    results = replay(_resent(errors, fixed=True))
    assert all(level == "none" for level, _ in results)
