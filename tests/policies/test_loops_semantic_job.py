"""The semantic detector's check, made ahead in another thread (``SemanticJob``), finds what
``LoopTracker.observe`` would find itself."""

from __future__ import annotations

import threading

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from policies._loops import DETECTOR_NAMES, LoopConfig, LoopTracker, Step, unit_vector

NO_IDLE_TALK = frozenset(DETECTOR_NAMES) - {"idle_talk"}


def vector(seed: int, near: int | None = None) -> np.ndarray:
    """A random vector, or one close to the vector of seed ``near``: paraphrases."""
    rng = np.random.default_rng(seed)
    v = rng.standard_normal(16).astype(np.float32)
    if near is not None:
        v = np.random.default_rng(near).standard_normal(16).astype(np.float32) + 0.1 * v
    return (v / np.linalg.norm(v)).astype(np.float32)


def steps_of(plan: list[tuple[str, int, int | None]]) -> list[tuple[Step, np.ndarray]]:
    out = []
    for n, (kind, seed, near) in enumerate(plan):
        if kind == "llm":
            step = Step.llm(f"response {n} about the order")
        else:
            step = Step.tool_call("lookup", {"order": seed % 3}, observation="the same answer")
        out.append((step, vector(seed, near)))
    return out


def replay(
    steps: list[tuple[Step, np.ndarray]], cfg: LoopConfig, *, ahead: bool
) -> list[tuple[str, tuple[str, ...], tuple[tuple[int, ...], ...], tuple[float, ...]]]:
    tracker = LoopTracker(cfg)
    out = []
    for step, v in steps:
        if ahead:
            job = tracker.semantic_job(step)
            if job is not None:
                unit = unit_vector(v)
                sims = [float(p.unit_vector() @ unit) for p in job.partners]
                verdict = job.run(v, unit, sims)
                result = tracker.observe(verdict.step, semantic=verdict)
            else:
                result = tracker.observe(step.with_embedding(v))
        else:
            result = tracker.observe(step.with_embedding(v))
        out.append(
            (
                result.escalation_level,
                tuple(f.detector for f in result.findings),
                tuple(f.evidence.steps for f in result.findings),
                tuple(s for f in result.findings for _, _, s in f.evidence.similarities),
            )
        )
    return out


PLAN = st.lists(
    st.tuples(
        st.sampled_from(["llm", "llm", "tool"]),
        st.integers(0, 5),
        st.none() | st.integers(0, 2),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=120, deadline=None)
@given(plan=PLAN, window=st.integers(2, 4), mode=st.sampled_from(["pairwise", "consecutive"]))
def test_a_verdict_made_ahead_finds_exactly_what_observe_finds(
    plan: list[tuple[str, int, int | None]], window: int, mode: str
) -> None:
    cfg = LoopConfig(
        semantic_threshold=0.8, semantic_window=window, semantic_mode=mode, enabled=NO_IDLE_TALK
    )
    steps = steps_of(plan)
    assert replay(steps, cfg, ahead=True) == replay(steps, cfg, ahead=False)


def test_paraphrases_judged_in_a_thread_trip_as_on_the_callers() -> None:
    cfg = LoopConfig(semantic_threshold=0.9, enabled=NO_IDLE_TALK)
    tracker = LoopTracker(cfg)
    results = []
    threads: set[int] = set()
    for n in range(3):
        step = Step.llm(f"I will look the order up again, try {n}")
        job = tracker.semantic_job(step)
        v = vector(n, near=7)
        assert job is not None
        box = []

        def work(job=job, v=v, box=box) -> None:  # type: ignore[no-untyped-def]
            threads.add(threading.get_ident())
            unit = unit_vector(v)
            box.append(job.run(v, unit, [float(p.unit_vector() @ unit) for p in job.partners]))

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        results.append(tracker.observe(box[0].step, semantic=box[0]))
    assert threading.get_ident() not in threads
    finding = results[-1].finding
    assert finding is not None
    assert finding.detector == "semantic_responses"
    assert results[-1].escalation_level == "warn"


def test_a_stale_verdict_is_ignored_and_the_detector_runs_in_observe() -> None:
    cfg = LoopConfig(semantic_threshold=0.9, enabled=NO_IDLE_TALK)
    tracker = LoopTracker(cfg)
    for n in range(2):
        tracker.observe(Step.llm(f"paraphrase {n}").with_embedding(vector(n, near=7)))
    step = Step.llm("paraphrase 2")
    job = tracker.semantic_job(step)
    assert job is not None
    v = vector(2, near=7)
    verdict = job.run(v, unit_vector(v), None)  # no similarities given: computed in run()
    assert verdict.findings  # it is a loop...
    tracker.reset()  # ...but the agent was restarted meanwhile: the verdict is about the past
    result = tracker.observe(verdict.step, semantic=verdict)
    assert result.findings == ()  # judged afresh, on the new (empty) history

    # A job made one step too early: the step lands at another position than it was judged
    # at, so the tracker judges it itself, as a twin tracker fed the same steps does.
    ahead, twin = LoopTracker(cfg), LoopTracker(cfg)
    assert ahead.semantic_job(Step.llm("   ")) is None  # a blank response is never compared
    for tracker in (ahead, twin):
        tracker.observe(Step.llm("paraphrase 0").with_embedding(vector(0, near=7)))
    job = ahead.semantic_job(Step.llm("paraphrase 2"))
    assert job is not None
    for tracker in (ahead, twin):
        tracker.observe(Step.llm("paraphrase 1").with_embedding(vector(1, near=7)))
    v = vector(2, near=7)
    stale = job.run(v, unit_vector(v), None)
    assert not stale.findings  # judged with two responses: too few for a window of three
    got = ahead.observe(stale.step, semantic=stale)
    expected = twin.observe(Step.llm("paraphrase 2").with_embedding(v))
    assert [f.detector for f in got.findings] == [f.detector for f in expected.findings]
    assert got.findings  # three paraphrases now: found in observe, not taken from the verdict


def test_calls_stamped_anew_are_judged_alike_ahead_and_in_observe() -> None:
    # Each call repeats the one before with a fresh time and cache-buster: the tracker takes
    # it for the same call, and the job made ahead must do the same before it compares.
    steps = [
        (
            Step.tool_call(
                "get_board",
                {"site": "North", "as_of": f"2024-03-01T10:1{k}:00", "nocache": 48213 + 917 * k},
                observation="ward,beds,free\nA,20,0",
            ),
            vector(k, near=5),
        )
        for k in range(5)
    ]
    cfg = LoopConfig(semantic_threshold=0.8, semantic_window=2)
    fresh = [(Step.tool_call(s.tool or "", s.args, observation=s.observation), v) for s, v in steps]
    ahead = replay(steps, cfg, ahead=True)
    assert ahead == replay(fresh, cfg, ahead=False)
    assert any("semantic_tool_calls" in detectors for _, detectors, _, _ in ahead)
