"""Input novelty: new input that restates an earlier input in other words is nothing new said.

Hand-made vectors stand in for the input embeddings, except in the last test, which embeds the
governor benchmark's traffic with the real all-MiniLM-L6-v2 model.
"""

from __future__ import annotations

import anyio
import numpy as np
import pytest

from policies._loops import (
    _RESTATED_INPUTS,
    DETECTOR_NAMES,
    LoopConfig,
    LoopTracker,
    Step,
    _other_request,
    input_text,
    semantic_text,
    unit_vector,
)


def vector(seed: int, near: int | None = None, spread: float = 0.1) -> np.ndarray:
    """A random unit vector, or one close to the vector of seed ``near``."""
    v = np.random.default_rng(seed).standard_normal(16).astype(np.float32)
    if near is not None:
        v = np.random.default_rng(near).standard_normal(16).astype(np.float32) + spread * v
    return (v / np.linalg.norm(v)).astype(np.float32)


# A clarification loop: the user answers the same question three times in other words; the
# agent asks it again each time, in words that share little (idle_talk needs no embedding).
# No answer says it was given before ("as I said"): that alone marks a re-ask (round 25).
CLARIFY = [
    ("Renewals for Linden Court: draft offers, max 5% increase.", "Happy to. Let me start."),
    ("", "Before I set the number, does the cap cover parking as well?"),
    ("Base rent only.", "Sorry, to confirm: the cap is on the rent alone?"),
    ("Only the base rent, you have it.", "Does the parking fee count towards the increase?"),
    ("It's the base rent. Just that.", "Could you clarify whether parking is part of the cap?"),
    ("Base rent, nothing else.", "Should the cap apply to parking or to the rent and parking?"),
]


def clarify_steps(*, with_inputs: bool) -> list[Step]:
    steps = []
    for n, (said, answer) in enumerate(CLARIFY):
        step = Step.llm(answer, observation=said)
        if with_inputs and input_text(step):
            # The task statement its own vector; the four answers paraphrases of one another.
            given = vector(100) if n == 0 else vector(200 + n, near=7)
            step = step.with_embedding(None, input_embedding=given)
        steps.append(step)
    return steps


def levels(steps: list[Step], cfg: LoopConfig | None = None) -> list[str]:
    tracker = LoopTracker(cfg)
    return [tracker.observe(step).escalation_level for step in steps]


def only_reasked(steps: list[Step], cfg: LoopConfig | None = None) -> bool:
    """No input restated, and no finding but the re-ask rule's (which reads no embedding)."""
    tracker = LoopTracker(cfg)
    results = [tracker.observe(step) for step in steps]
    return not any(s._restated for s in tracker.steps) and all(
        "reasked" in f.evidence.details for r in results for f in r.findings
    )


def test_input_text_is_an_llm_steps_new_input_only() -> None:
    assert input_text(Step.llm("Done.", observation="Base rent only.")) == "Base rent only."
    assert input_text(Step.llm("Done.", observation="ok, go ahead")) == ""  # acknowledgement
    assert input_text(Step.llm("Done.")) == ""
    assert input_text(Step.tool_call("lookup", {"q": 1}, observation="Base rent only.")) == ""


def test_a_restated_answer_is_nothing_new_and_the_loop_is_found() -> None:
    # Without input embeddings every reworded answer is new input: idle_talk's restated
    # reading finds nothing; only the re-ask rule, which reads no embedding, finds the agent
    # asking again what it had been answered (see test_loops_round21.py).
    assert only_reasked(clarify_steps(with_inputs=False))
    # With them, the second to fourth answers restate the first: idle_talk then reads the
    # agent asking the same question again with nothing new said; the re-ask rule, which
    # since round 31 also runs beside such a finding, confirms it on the same step.
    tracker = LoopTracker()
    found = []
    for step in clarify_steps(with_inputs=True):
        result = tracker.observe(step)
        found.append((result.escalation_level, {f.detector for f in result.findings}))
    assert [level for level, _ in found] == ["none"] * 4 + ["act", "act"]
    assert "idle_talk" in found[4][1]
    restated = [s._restated for s in tracker.steps]
    assert restated == [False, None, False, True, True, True]


def test_inputs_below_the_threshold_stay_new() -> None:
    # The same words, the input vectors far apart: no restatement, no finding.
    steps = [
        s.with_embedding(None, input_embedding=vector(300 + n)) if input_text(s) else s
        for n, s in enumerate(clarify_steps(with_inputs=False))
    ]
    assert only_reasked(steps)
    cfg = LoopConfig(input_restatement_threshold=1.0)  # nothing short of identical
    assert only_reasked(clarify_steps(with_inputs=True), cfg)


@pytest.mark.parametrize(
    ("new", "old"),
    [
        ("What about Q4?", "What about Q3?"),
        ("Summarise the shipment report in one line.", "Summarise the invoice report in one line."),
        ("Base rent only, and cap it at 4%.", "Base rent only."),
    ],
)
def test_a_follow_up_about_another_entity_is_new_input(new: str, old: str) -> None:
    assert _other_request(new, old)
    # Even with identical input embeddings it is no restatement.
    v = vector(1)
    tracker = LoopTracker()
    tracker.observe(
        Step.llm("First answer.", observation=old).with_embedding(None, input_embedding=v)
    )
    step = Step.llm("Second answer.", observation=new).with_embedding(None, input_embedding=v)
    tracker.observe(step)
    assert step._restated is False


@pytest.mark.parametrize(
    ("new", "old"),
    [
        ("Base rent only, as I said.", "Base rent only."),
        ("I asked for an ETA. add it.", "still no ETA in there."),
        ("Just read the log, please.", "Did you check the log?"),
        ("5290!", "5290."),
    ],
)
def test_a_request_said_again_asks_for_nothing_else(new: str, old: str) -> None:
    assert not _other_request(new, old)


def test_only_recent_inputs_are_compared() -> None:
    # The restated input is one more back than the latest inputs compared: too old.
    tracker = LoopTracker()
    tracker.observe(
        Step.llm("Noted.", observation="Base rent only.").with_embedding(
            None, input_embedding=vector(1)
        )
    )
    for n in range(_RESTATED_INPUTS):
        tracker.observe(
            Step.llm(f"Answer {n}.", observation=f"Question number {n}?").with_embedding(
                None, input_embedding=vector(50 + n)
            )
        )
    last = Step.llm("Noted.", observation="Only base rent.").with_embedding(
        None, input_embedding=vector(2, near=1)
    )
    tracker.observe(last)
    assert last._restated is False


def test_a_restated_input_judged_ahead_matches_observe() -> None:
    # The worker thread's job (SemanticJob.run with input_row) marks the step as observe does,
    # and the findings are the same.
    cfg = LoopConfig(enabled=frozenset(DETECTOR_NAMES))
    ahead, twin = LoopTracker(cfg), LoopTracker(cfg)
    for n, step in enumerate(clarify_steps(with_inputs=True)):
        row = vector(400 + n, near=9, spread=0.5)  # short questions, loosely alike
        job = ahead.semantic_job(Step.llm(step.text, observation=step.observation))
        assert job is not None
        given = step.input_embedding
        verdict = job.run(row, unit_vector(row), None, input_row=given)
        got = ahead.observe(verdict.step, semantic=verdict)
        expected = twin.observe(step.with_embedding(row))
        assert verdict.step._restated == twin.steps[-1]._restated
        assert got.escalation_level == expected.escalation_level
        assert [f.detector for f in got.findings] == [f.detector for f in expected.findings]


@pytest.mark.slow
def test_new_questions_stay_new_input_with_the_real_model(monkeypatch: pytest.MonkeyPatch) -> None:
    # The governor benchmark's traffic (see test_loops.py's
    # test_a_new_question_about_words_already_said_is_new_input) with every response and
    # every question embedded by the real model: questions that differ in the entity they name
    # are no restatement, and nothing is found.
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from test_loops import question_traffic

    from supervisor._embedder import Embedder

    steps = question_traffic()
    texts = sorted({f(s) for s in steps for f in (semantic_text, input_text)} - {""})

    async def embed_all() -> np.ndarray:
        async with Embedder(max_batch=64) as embedder:
            return await embedder.embed(texts)

    table = dict(zip(texts, anyio.run(embed_all), strict=True))
    tracker = LoopTracker()
    embedded = [
        s.with_embedding(table[semantic_text(s)], input_embedding=table[input_text(s)])
        for s in steps
    ]
    assert [tracker.observe(s).escalation_level for s in embedded] == ["none"] * 40
    # Each question after the first eight repeats one asked eight questions before, word for
    # word: too far back to be the same request said again (a restatement repeats one of the
    # last few inputs), and the questions in between each name another entity.
    assert not any(s._restated for s in tracker.steps)
