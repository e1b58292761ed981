"""``cycle``'s "nothing new": repeated calls whose results say only what earlier ones said."""

from __future__ import annotations

import numpy as np

from policies._loops import _STALE_CALLS, LoopConfig, LoopTracker, Step, _is_stale

STRUCTURAL = LoopConfig(semantic_enabled=False)


def run(steps: list[Step]) -> tuple[list[str], list[list[dict[str, object]]]]:
    tracker = LoopTracker(STRUCTURAL)
    levels, details = [], []
    for step in steps:
        result = tracker.observe(step)
        levels.append(result.escalation_level)
        details.append([dict(f.evidence.details, detector=f.detector) for f in result.findings])
    return levels, details


def write(rev: int, value: int = 2) -> Step:
    return Step.tool_call(
        "set_screening_volume",
        {"radial_km": value},
        observation=f"updated radial_km={value} rev {rev}",
    )


def read(rev: int, value: int = 2) -> Step:
    return Step.tool_call(
        "read_screening_volume", {"key": "radial_km"}, observation=f"radial_km: {value}\nrev: {rev}"
    )


def churn() -> list[Step]:
    # The same write and read again and again; only a revision counter moves.
    steps = [Step.llm("Assessing the conjunction.", observation="Assess the CDM for NOVA-3.")]
    steps += [write(20), read(20), Step.llm("It's set. Writing it again to be sure.")]
    steps += [write(21), read(21), write(22), read(22), write(23)]
    return steps


def test_constant() -> None:
    assert _STALE_CALLS == 3


def test_writing_and_reading_the_same_value_again_trips() -> None:
    levels, details = run(churn())
    nothing_new = [k for k, found in enumerate(details) if any("nothing_new" in f for f in found)]
    # Steps 4, 5, 6 are the first three calls that each repeat an earlier call and bring
    # back nothing new (the revision is a short number, not a word): found at 6, then again.
    assert nothing_new[0] == 6
    assert all(f["detector"] == "cycle" for f in details[6])
    # The write among them is redone with the same arguments and result: that confirms it
    # at once (see test_loops_redone.py).
    assert details[6][0]["redone"] == "set_screening_volume"
    assert levels[6] == "act"
    assert levels[:6] == ["none"] * 6


def test_reading_the_same_things_again_only_warns() -> None:
    # Reads only: nothing redone that changes anything, so a second finding must confirm.
    steps = [Step.llm("Checking.", observation="Is the volume set?")]
    other = Step.tool_call("read_volume_rev", {"key": "rev"}, observation="rev: 20")
    steps += [read(20), other, read(20), other, read(20)]
    # read, other, read form a cycle of reads; only the cycle detector may speak, and warns.
    levels, details = run(steps)
    assert "act" not in levels[:5]
    assert not any("redone" in f for found in details for f in found)


def test_a_new_value_each_time_is_progress() -> None:
    # Adjust and measure: each write sets another value, so each is an action not taken before.
    steps = [Step.llm("Tuning.", observation="Get the volume right.")]
    for k, value in enumerate((2, 3, 4, 5)):
        steps += [write(20 + k, value), read(20 + k, value)]
    levels, details = run(steps)
    assert set(levels) == {"none"}
    assert not any(details)


def test_new_input_in_between_keeps_it_quiet() -> None:
    steps = churn()
    steps.insert(6, Step.llm("Noted.", observation="The operator says rev 21 is the one to keep."))
    _, details = run(steps)
    assert not any(any("nothing_new" in f for f in found) for found in details[:9])


def test_a_wait_in_between_is_polling() -> None:
    steps = churn()
    steps.insert(6, Step.tool_call("sleep", {"seconds": 30}, observation="waited 30s"))
    _, details = run(steps)
    # No window with the wait in it counts; three more repeats after it do (step 9).
    found_at = [k for k, found in enumerate(details) if any("nothing_new" in f for f in found)]
    assert found_at == [9]


def test_results_with_new_words_are_not_stale() -> None:
    first = Step.tool_call("status", {"job": "J-7"}, observation="job J-7 queued")
    again = Step.tool_call("status", {"job": "J-7"}, observation="job J-7 queued")
    moved = Step.tool_call("status", {"job": "J-7"}, observation="job J-7 running")
    empty = Step.tool_call("save", {"doc": "a"}, observation="")
    kept = list(enumerate((first, again, moved, empty)))
    assert [_is_stale(i, s, kept, 0) for i, s in kept] == [False, True, False, False]
    # Judged once: the answer is kept on the step.
    assert again._stale is True
    # Calls older than the kept history do not count.
    late = Step.tool_call("status", {"job": "J-7"}, observation="job J-7 queued")
    assert _is_stale(9, late, [(0, first), (9, late)], oldest=1) is False


def _alike(seed: int) -> np.ndarray:
    # Vectors all close to one direction: the calls embed alike.
    v = np.ones(8, dtype=np.float32) + 0.01 * np.random.default_rng(seed).standard_normal(8)
    return (v / np.linalg.norm(v)).astype(np.float32)


QUERIES = ("mixture of experts", "mixture-of-experts models", "sparse mixture of experts")


def _widen(k: int, listing: str) -> Step:
    return Step.tool_call(
        "reviewer_search", {"keywords": QUERIES[k]}, observation=listing
    ).with_embedding(_alike(k))


FOUR = "1 ~Jun_Park2 (conflict)\n2 ~Nadia_Haddad1\n3 ~Oskar_Berg3\n4 ~Li_Wei5"
# The same four names in other orders: no result repeats exactly, none says anything new.
SHUFFLED = (
    "~Jun_Park2 (conflict)\n~Nadia_Haddad1\n~Oskar_Berg3\n~Li_Wei5",
    "~Nadia_Haddad1\n~Jun_Park2 (conflict)\n~Li_Wei5\n~Oskar_Berg3",
    "~Oskar_Berg3\n~Li_Wei5\n~Nadia_Haddad1\n~Jun_Park2 (conflict)",
)


def test_alike_calls_whose_results_say_nothing_new_act_on_agreement() -> None:
    # Rewording a search that returns the same four names, reordered: the embeddings find
    # the calls alike, the words find nothing new in the results; together they act.
    tracker = LoopTracker()
    results = [tracker.observe(_widen(k, text)) for k, text in enumerate(SHUFFLED)]
    assert results[-1].escalation_level == "act"
    agreed = [f for f in results[-1].findings if f.detector == "reworded_repeat"]
    assert agreed
    assert agreed[0].evidence.details["nothing_new"] == 1
    assert any(f.detector == "semantic_tool_calls" for f in results[-1].findings)


def test_alike_calls_that_bring_new_names_stay_quiet() -> None:
    tracker = LoopTracker()
    listings = [FOUR, FOUR + "\n5 ~Ana_Souza2", FOUR + "\n5 ~Ana_Souza2\n6 ~Tom_Reyes4"]
    results = [tracker.observe(_widen(k, text)) for k, text in enumerate(listings)]
    # The embedding detector may warn; the results bring new names, so nothing agrees.
    assert all(r.escalation_level != "act" for r in results)
    assert not any("nothing_new" in f.evidence.details for r in results for f in r.findings)
