"""Unit tests of the loop detectors and the default escalation policy (no model needed).

The semantic detector is fed hand-made unit vectors here; the real model is exercised by
``test_loops_eval.py`` and ``tests/supervisor/test_embedder.py``.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import random
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies._loops import (
    _MASKS,
    DETECTOR_NAMES,
    LoopConfig,
    LoopResult,
    LoopTracker,
    SemanticLoopDetector,
    Step,
    StructuralLoopDetector,
    _said_words,
    _waits,
    announces_action,
    canonical_args,
    differ_in_entity,
    is_acknowledgement,
    normalize_text,
    observation_novelty,
    semantic_text,
    unit_vector,
)


def feed(tracker: LoopTracker, steps: list[Step]) -> list[str]:
    return [tracker.observe(step).escalation_level for step in steps]


def detectors_at(tracker: LoopTracker, steps: list[Step]) -> list[set[str]]:
    return [{f.detector for f in tracker.observe(step).findings} for step in steps]


def unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return v / np.linalg.norm(v)


# --- normalisation -------------------------------------------------------------------------


def test_normalize_text_masks_ids_timestamps_and_whitespace() -> None:
    a = "Request  req_8f7a6b5c4d failed at 2024-05-01T10:22:31Z\n(trace 3f2a9c1e-1b2c-4d5e-8f90-123456789abc)"
    b = "request req_0011aabbcc failed at 2025-01-09 08:00:01+02:00 (trace 00000000-1111-2222-3333-444444444444)"
    assert normalize_text(a) == normalize_text(b)
    assert normalize_text("page 2 of 9") != normalize_text("page 3 of 9")
    assert normalize_text("Epoch 1716543210123 done") == "epoch <num> done"
    assert normalize_text(normalize_text(a)) == normalize_text(a)


def test_normalize_text_masks_clock_times_without_seconds() -> None:
    assert normalize_text("Checked at 10:43 UTC: in transit") == normalize_text(
        "Checked at 9:05 UTC: in transit"
    )
    assert normalize_text("as of 14:07") == "as of <time>"
    assert normalize_text("page 2 of 9") != normalize_text("page 3 of 9")
    assert normalize_text("ratio 3.5, room 12") == "ratio 3.5, room 12"


def test_short_hex_ids_and_per_call_argument_keys_are_noise() -> None:
    assert normalize_text("[qc req=2c4c2256] S07 FAIL") == normalize_text(
        "[qc req=b658fd58] S07 FAIL"
    )
    assert normalize_text("build 1234567 ok") == "build 1234567 ok"  # digits only: kept
    assert canonical_args({"sample": "S07", "client_token": "a20461df1220", "req": "c47c"}) == (
        '{"sample":"S07"}'
    )


def test_normalize_text_masks_sub_second_durations() -> None:
    assert normalize_text("Blue in Green - 5:37 [710ms]") == normalize_text(
        "Blue in Green - 5:37 [53ms]"
    )
    assert normalize_text("took 0.42 s, 12 \u00b5s per row") == "took <dur>, <dur> per row"
    for kept in ("retry in 30s", "version 1.2 is out", "3 items"):
        assert normalize_text(kept) == kept


def test_differ_in_entity() -> None:
    def look(**args: object) -> Step:
        return Step.tool_call("lookup", args, observation="0 studies found")

    assert differ_in_entity(look(drug="metformin"), look(drug="apixaban"))
    assert differ_in_entity(look(to="a@x.test", body="Hi A"), look(to="b@x.test", body="Hi B"))
    assert differ_in_entity(look(claim="CLM-58201"), look(claim="CLM-58207"))
    # respellings of one request
    assert not differ_in_entity(look(policy="P-771902"), look(policy="p771902"))
    assert not differ_in_entity(look(section="12.3"), look(section="§12.3"))
    assert not differ_in_entity(
        look(doi="10.1016/j.x.1"), look(doi="https://doi.org/10.1016/j.x.1")
    )
    assert not differ_in_entity(look(pmid="36027570"), look(doi="10.1056/NEJMoa2206286"))
    assert not differ_in_entity(look(q="acme revenue 2023"), look(q="revenue of acme"))
    assert not differ_in_entity(look(q="x", _cb=1718027483813), look(q="x", _cb=1717974462139))
    other = Step.tool_call("search", {"drug": "apixaban"})
    assert not differ_in_entity(look(drug="metformin"), other)
    assert not differ_in_entity(Step.llm("a"), Step.llm("b"))


def test_a_long_argument_with_one_identifier_swapped_names_another_entity() -> None:
    def run(sql: str) -> Step:
        return Step.tool_call("psql_query", {"host": "pg-2", "sql": sql}, observation="ALTER ROLE")

    # The same statement for another role, record or order: another entity.
    assert differ_in_entity(
        run("ALTER ROLE bi_export SET statement_timeout = '45min'"),
        run("ALTER ROLE looker_ro SET statement_timeout = '45min'"),
    )
    assert differ_in_entity(
        run("SELECT status FROM orders WHERE id = 'o_1182' LIMIT 1"),
        run("SELECT status FROM orders WHERE id = 'o_1187' LIMIT 1"),
    )
    # A reworded query, a number tweaked, two words changed, a word added: the same request.
    assert not differ_in_entity(
        run("SELECT revenue FROM reports WHERE year = 2023 LIMIT 5"),
        run("SELECT income FROM reports WHERE year = 2023 LIMIT 5"),
    )
    assert not differ_in_entity(
        run("SELECT * FROM jobs WHERE state = 'stuck' LIMIT 3"),
        run("SELECT * FROM jobs WHERE state = 'stuck' LIMIT 5"),
    )
    assert not differ_in_entity(
        run("grep -r scaling_law.pdf paper/ --include *.tex"),
        run("grep -r plt.savefig paper/ --include *.tex"),
    )
    assert not differ_in_entity(
        run("ALTER ROLE bi_export SET statement_timeout = '45min'"),
        run("ALTER ROLE bi_export SET statement_timeout = '45min' -- again"),
    )


def test_the_same_statement_run_for_each_of_several_roles_is_a_batch() -> None:
    # The twenty-second set's one false trip, after its measurement: five reporting roles each
    # given a statement timeout, each answered "ALTER ROLE". The same statement for one role,
    # run five times, is still a loop.
    roles = ("bi_export", "looker_ro", "metabase_ro", "finance_ro", "ops_reports")

    def alter(role: str) -> Step:
        sql = f"ALTER ROLE {role} SET statement_timeout = '45min'"
        return Step.tool_call("psql_query", {"host": "pg-2", "sql": sql}, observation="ALTER ROLE")

    assert "act" not in _levels([alter(role) for role in roles])
    assert "act" in _levels([alter("bi_export") for _ in roles])


def test_canonical_args_sorts_keys_drops_volatile_and_keeps_ids() -> None:
    assert canonical_args({"b": 1, "a": " x  y "}) == canonical_args('{"a": "x y", "b": 1}')
    assert canonical_args({"q": "x", "request_id": "r1"}) == canonical_args(
        {"q": "x", "request_id": "r2", "timestamp": 5}
    )
    assert canonical_args({"id": 5}) != canonical_args({"id": 6})
    assert canonical_args(None) == canonical_args("") == "{}"
    assert canonical_args("not json") == '"not json"'


def test_observation_novelty() -> None:
    assert observation_novelty([]) == ()
    assert observation_novelty(["a b c"]) == ()
    assert observation_novelty(["a b c", "c b a", ""]) == (0.5, 0.0)
    assert observation_novelty(["x 1\ny 2", "y 2\nx 1"]) == (0.0,)
    assert observation_novelty(["a b", "c d"]) == (1.0,)


def test_semantic_text() -> None:
    assert semantic_text(Step.llm("  Hello\nWorld ")) == "hello world"
    assert semantic_text(Step.tool_call("search", {"q": "x"})) == 'search({"q":"x"})'


def test_config_validation_names_every_problem() -> None:
    with pytest.raises(ValueError, match=r"alternation_steps.*semantic_threshold") as info:
        LoopConfig(alternation_steps=5, semantic_threshold=1.5)
    assert "Invalid loop detector settings" in str(info.value)
    with pytest.raises(ValueError, match="unknown detectors"):
        LoopConfig(enabled=frozenset({"nope"}))
    with pytest.raises(ValueError, match=r"cycle_rounds.*reworded_repeats.*monologue_threshold"):
        LoopConfig(cycle_rounds=1, reworded_repeats=1, semantic_monologue_threshold=2.0)


# --- structural ----------------------------------------------------------------------------


def test_same_action_same_observation_four_times() -> None:
    tracker = LoopTracker()
    step = Step.tool_call("read_file", {"path": "a.py"}, observation="x = 1\n")
    got = detectors_at(tracker, [step] * 4)
    assert "action_observation" not in set().union(*got[:3])
    assert "action_observation" in got[3]


def test_ids_and_timestamps_do_not_hide_a_repeat() -> None:
    tracker = LoopTracker()
    steps = [
        Step.tool_call(
            "status",
            {"job": "build", "request_id": f"r{i}"},
            observation=f"job build pending at 2024-05-01T10:0{i}:00Z (req_abcdef{i}23)",
        )
        for i in range(4)
    ]
    assert "action_observation" in detectors_at(tracker, steps)[3]


def test_llm_steps_between_tool_calls_do_not_break_the_pattern() -> None:
    tracker = LoopTracker()
    call = Step.tool_call("search", {"q": "acme revenue"}, observation="no results")
    steps: list[Step] = []
    for i in range(4):
        steps += [Step.llm(f"thinking {i}"), call]
    got = detectors_at(tracker, steps)
    assert "action_observation" in got[-1]


def test_changing_observation_is_not_action_observation() -> None:
    tracker = LoopTracker()
    steps = [
        Step.tool_call("job_status", {"id": 7}, observation=f"running {p}%")
        for p in (10, 30, 60, 90)
    ]
    found = set().union(*detectors_at(tracker, steps))
    assert "action_observation" not in found
    assert "repeated_tool_call" not in found


def test_same_failing_action_three_times_whatever_the_error() -> None:
    tracker = LoopTracker()
    errors = ["timeout after 30s", "503 service unavailable", "timeout after 30s"]
    steps = [
        Step.tool_call("fetch", {"url": "https://x.test"}, observation=e, error=True)
        for e in errors
    ]
    got = detectors_at(tracker, steps)
    assert "action_error" in got[2]
    assert "action_error" not in got[1]


def test_corrected_retry_is_not_action_error() -> None:
    tracker = LoopTracker()
    steps = [
        Step.tool_call("sql", {"q": f"select {c} from t"}, observation="no such column", error=True)
        for c in ("revnue", "revenu", "revenue")
    ]
    assert "action_error" not in set().union(*detectors_at(tracker, steps))


def test_monologue_needs_consecutive_identical_responses() -> None:
    tracker = LoopTracker()
    say = Step.llm("I will now check the logs.")
    got = detectors_at(tracker, [say, say, say])
    assert "monologue" in got[2]
    tracker = LoopTracker()
    tool = Step.tool_call("logs", {}, observation="line")
    got = detectors_at(tracker, [say, tool, say, tool, say])
    assert "monologue" not in set().union(*got)


def test_abab_alternation_over_six_tool_calls() -> None:
    tracker = LoopTracker()
    a = Step.tool_call("open", {"tab": 1}, observation="page one")
    b = Step.tool_call("open", {"tab": 2}, observation="page two")
    got = detectors_at(tracker, [a, b, a, b, a, b])
    assert "alternation" in got[5]
    assert "alternation" not in set().union(*got[:5])


def test_alternation_with_changing_observations_is_progress() -> None:
    tracker = LoopTracker()
    steps = []
    for i in range(3):
        steps += [
            Step.tool_call("edit", {"file": "a.py"}, observation="ok"),
            Step.tool_call("pytest", {}, observation=f"{3 - i} failed", error=i < 2),
        ]
    assert "alternation" not in set().union(*detectors_at(tracker, steps))


def test_cycle_of_two_reports_at_two_rounds_and_acts_on_the_third() -> None:
    tracker = LoopTracker()
    a = Step.tool_call("get_listing", {"id": "A"}, observation="GBP 1,295, 3rd floor")
    b = Step.tool_call("get_listing", {"id": "B"}, observation="GBP 1,340, garden")
    results = [tracker.observe(s) for s in [a, b, a, b, a]]
    assert [r.escalation_level for r in results] == ["none", "none", "none", "warn", "act"]
    finding = results[3].finding
    assert finding is not None
    assert finding.detector == "cycle"
    assert finding.evidence.steps == (0, 1, 2, 3)
    assert finding.numbers()["period"] == 2


def test_cycle_of_three() -> None:
    tracker = LoopTracker()
    calls = [
        Step.tool_call("set_temperature", {"c": 25}, observation="setpoint accepted"),
        Step.tool_call("read_temperature", {}, observation="21.4 C, peltier off"),
        Step.tool_call("wait", {"s": 60}, observation="waited 60 s"),
    ]
    got = detectors_at(tracker, calls * 2 + calls[:1])
    assert "cycle" not in set().union(*got[:5])
    assert "cycle" in got[5]
    assert "cycle" in got[6]


def test_cycle_with_changing_results_or_one_call_is_not_a_cycle() -> None:
    tracker = LoopTracker()
    steps = []
    for i in range(3):
        steps += [
            Step.tool_call("get_status", {"job": 7}, observation=f"{20 * i}% done"),
            Step.tool_call("sleep", {"seconds": 30}, observation="slept 30s"),
        ]
    assert "cycle" not in set().union(*detectors_at(tracker, steps))
    same = Step.tool_call("read", {"f": "a"}, observation="x")
    assert "cycle" not in set().union(*detectors_at(LoopTracker(), [same] * 6))


def test_reworded_calls_with_the_same_error() -> None:
    tracker = LoopTracker()
    dois = ["10.1016/j.est.1", "10.1016/J.EST.1", "https://doi.org/10.1016/j.est.1"]
    steps = [
        Step.tool_call("fetch_reference", {"doi": d}, observation="404 not registered", error=True)
        for d in dois
    ]
    got = detectors_at(tracker, steps)
    assert "reworded_repeat" in got[2]
    assert "reworded_repeat" not in set().union(*got[:2])
    assert "action_error" not in set().union(*got)


def test_reworded_repeat_not_for_different_entities_or_changing_results() -> None:
    drugs = ["metformin", "apixaban", "sotagliflozin", "finerenone"]
    steps = [
        Step.tool_call("registry_search", {"drug": d}, observation="0 studies found") for d in drugs
    ]
    assert "reworded_repeat" not in set().union(*detectors_at(LoopTracker(), steps))
    fixed = [
        Step.tool_call("sql", {"q": f"select {c} from t"}, observation=f"{n} rows")
        for n, c in enumerate(("a", "a, b", "a, b, c"))
    ]
    assert "reworded_repeat" not in set().union(*detectors_at(LoopTracker(), fixed))


def test_alternating_responses() -> None:
    tracker = LoopTracker()
    a, b = Step.llm("Let me check A."), Step.llm("Let me check B.")
    got = detectors_at(tracker, [a, b, a, b, a, b])
    assert "alternation" in got[5]


def test_repeated_identical_calls_not_consecutive() -> None:
    tracker = LoopTracker()
    steps = []
    for i in range(5):
        steps += [
            Step.tool_call("get_weather", {"city": "Oslo"}, observation="rain, 7C"),
            Step.tool_call("note", {"text": f"attempt {i}"}, observation="saved"),
        ]
    got = detectors_at(tracker, steps)
    assert "repeated_tool_call" in got[8]
    assert "repeated_tool_call" not in set().union(*got[:8])


def test_disabled_detectors_do_not_run() -> None:
    cfg = LoopConfig(enabled=frozenset(set(DETECTOR_NAMES) - {"action_observation"}))
    step = Step.tool_call("read_file", {"path": "a.py"}, observation="x")
    found = set().union(*detectors_at(LoopTracker(cfg), [step] * 4))
    assert "action_observation" not in found


def test_structural_detector_on_empty_history() -> None:
    assert StructuralLoopDetector().check([]) == []
    assert SemanticLoopDetector().check([]) == []


# --- semantic ------------------------------------------------------------------------------


# The semantic detector alone among the response detectors (idle_talk also reads these texts).
NO_IDLE_TALK = frozenset(DETECTOR_NAMES) - {"idle_talk"}


def test_semantic_responses_trip_on_similar_vectors_with_nothing_new() -> None:
    cfg = LoopConfig(semantic_threshold=0.9, enabled=NO_IDLE_TALK)
    tracker = LoopTracker(cfg)
    vecs = [unit(1, 0.05, 0), unit(1, 0, 0.05), unit(1, 0.03, 0.03)]
    steps = [Step.llm(f"paraphrase {i}").with_embedding(v) for i, v in enumerate(vecs)]
    results = [tracker.observe(s) for s in steps]
    finding = results[2].finding
    assert finding is not None
    assert finding.detector == "semantic_responses"
    assert finding.evidence.steps == (0, 1, 2)
    assert len(finding.evidence.similarities) == 3  # pairwise
    assert all(s >= 0.9 for _, _, s in finding.evidence.similarities)
    assert finding.numbers()["detector"] == "semantic_responses"
    assert results[2].escalation_level == "warn"


def test_semantic_partners_are_the_steps_the_detector_compares_a_new_step_with() -> None:
    tracker = LoopTracker(LoopConfig(semantic_window=3))
    first = Step.llm("first").with_embedding(unit(1, 0, 0))
    call = Step.tool_call("search", {"q": "x"}, observation="r").with_embedding(unit(0, 1, 0))
    blank = Step.llm("   ")
    second = Step.llm("second").with_embedding(unit(0, 0, 1))
    for step in (first, call, blank, second):
        tracker.observe(step)
    partners = tracker.semantic_partners(Step.llm("third"))
    assert len(partners) == 2
    assert partners[0] is first  # oldest first, responses only
    assert partners[1] is second
    [tool] = tracker.semantic_partners(Step.tool_call("search", {"q": "y"}))
    assert tool is call
    assert tracker.semantic_partners(Step.llm("  ")) == []  # never compared
    assert LoopTracker(LoopConfig(semantic_enabled=False)).semantic_partners(first) == []
    only_tools = LoopTracker(LoopConfig(semantic_compare="tool_calls"))
    only_tools.observe(first)
    assert only_tools.semantic_partners(Step.llm("third")) == []


def test_similarities_computed_elsewhere_are_used_once_and_then_dropped() -> None:
    cfg = LoopConfig(semantic_threshold=0.9, enabled=NO_IDLE_TALK)
    tracker = LoopTracker(cfg)
    vecs = [unit(1, 0.05, 0), unit(1, 0, 0.05), unit(1, 0.03, 0.03)]
    for i, v in enumerate(vecs):
        step = Step.llm(f"paraphrase {i}")
        partners = tracker.semantic_partners(step)
        given_unit = unit_vector(v)
        # Deliberately not the true similarity: proves the detector takes what it is given.
        known = tuple((p, float(p.unit_vector() @ given_unit) - 0.5) for p in partners)
        step = step.with_embedding(v, unit=given_unit, similarities=known)
        assert step.unit_vector() is given_unit
        result = tracker.observe(step)
        assert step._known == ()  # no step keeps its partners (and they theirs) alive
    assert result.finding is None  # the given, lower similarities were used
    honest = LoopTracker(cfg)
    for i, v in enumerate(vecs):
        result = honest.observe(Step.llm(f"paraphrase {i}").with_embedding(v))
    assert result.finding is not None


def test_semantic_needs_every_pair_above_threshold() -> None:
    tracker = LoopTracker(LoopConfig(semantic_threshold=0.9, semantic_monologue_threshold=0.9))
    vecs = [unit(1, 0, 0), unit(1, 0.2, 0), unit(1, 0.7, 0)]
    results = [tracker.observe(Step.llm(f"r{i}").with_embedding(v)) for i, v in enumerate(vecs)]
    assert results[2].finding is None
    consecutive = LoopTracker(LoopConfig(semantic_threshold=0.9, semantic_mode="consecutive"))
    vecs = [unit(1, 0, 0), unit(1, 0.3, 0), unit(1, 0.6, 0.0)]
    results = [consecutive.observe(Step.llm(f"r{i}").with_embedding(v)) for i, v in enumerate(vecs)]
    assert results[2].finding is not None


def test_semantic_responses_with_new_tool_results_are_progress() -> None:
    tracker = LoopTracker(LoopConfig(semantic_threshold=0.9))
    results = []
    for page in range(3):
        results.append(
            tracker.observe(
                Step.tool_call(
                    "list_orders",
                    {"page": page},
                    observation=" ".join(f"order{page}x{i} customer{page}y{i}" for i in range(5)),
                )
            )
        )
        results.append(
            tracker.observe(Step.llm(f"Page {page} read.").with_embedding(unit(1, 0, 0)))
        )
    assert all(r.finding is None for r in results)


def test_semantic_tool_calls_need_repeating_results() -> None:
    same = LoopTracker(LoopConfig(semantic_threshold=0.9))
    for q in ("acme revenue 2023", "2023 acme revenue", "revenue of acme in 2023"):
        result = same.observe(
            Step.tool_call(
                "search", {"q": q}, observation="ACME annual report 2023"
            ).with_embedding(unit(1, 0.01, 0))
        )
    assert "semantic_tool_calls" in {f.detector for f in result.findings}
    changing = LoopTracker(LoopConfig(semantic_threshold=0.9))
    for page in range(3):
        result = changing.observe(
            Step.tool_call(
                "fetch", {"page": page}, observation=f"item{page}a item{page}b"
            ).with_embedding(unit(1, 0.01, 0))
        )
    assert result.finding is None


def test_semantic_tool_calls_over_different_entities_with_the_same_answer() -> None:
    tracker = LoopTracker(LoopConfig(semantic_threshold=0.9))
    for drug in ("metformin", "apixaban", "finerenone", "sotagliflozin"):
        result = tracker.observe(
            Step.tool_call(
                "registry_search", {"drug": drug}, observation="0 studies found"
            ).with_embedding(unit(1, 0.01, 0))
        )
        assert result.finding is None
    respelled = LoopTracker(LoopConfig(semantic_threshold=0.9))
    for pmid in ("36027570", "PMID:36027570", "pmid 36027570"):
        result = respelled.observe(
            Step.tool_call(
                "fetch_abstract", {"pmid": pmid}, observation="DELIVER trial abstract"
            ).with_embedding(unit(1, 0.01, 0))
        )
    assert result.finding is not None


def test_short_free_text_that_names_another_entity_is_another_entity() -> None:
    def look(**args: object) -> Step:
        return Step.tool_call("check", args, observation="No notices.")

    # Streets, people, addresses and spaced unit numbers: one tool over five entities.
    assert differ_in_entity(look(street="Birch Rd"), look(street="Hazel Way North"))
    assert differ_in_entity(look(person="Ms. J. Park"), look(person="Mr. T. Hale"))
    assert differ_in_entity(
        look(at="10 Alder Grove, Westerby"), look(at="12 Alder Grove, Westerby")
    )
    assert differ_in_entity(look(unit="G0725 25 298801 K"), look(unit="G0725 25 298815 Q"))
    # Respellings of one name, and reworded queries, are not.
    assert not differ_in_entity(look(speaker="Cllr Rosa Hart"), look(speaker="rosa hart"))
    assert not differ_in_entity(look(speaker="rosa hart"), look(speaker="Hart"))
    assert not differ_in_entity(look(by="J. Moreland"), look(by="Moreland, J."))
    assert not differ_in_entity(look(rank="First Officer"), look(rank="FO"))
    assert not differ_in_entity(look(q="Lisbon Berlin June 14"), look(q="LIS BER 2024-06-14"))
    assert not differ_in_entity(look(set="Quadratics 2"), look(set="quadratics-2"))
    assert not differ_in_entity(
        look(q="nonstop LIS-BER on the 14th of June"), look(q="direct flights Lisbon Berlin")
    )
    tracker = LoopTracker(LoopConfig(semantic_threshold=0.9))
    streets = ("Birch Rd", "Hazel Way North", "Rowan Ct", "Ash Lane", "Linden Mews")
    for street in streets:
        result = tracker.observe(
            Step.tool_call(
                "get_missed_reports", {"street": street}, observation='{"reports": []}'
            ).with_embedding(unit(1, 0.01, 0))
        )
        assert result.finding is None
    respelled = LoopTracker(LoopConfig(semantic_threshold=0.9))
    levels = [
        respelled.observe(
            Step.tool_call(
                "quote_lookup", {"speaker": name}, observation="No quotes found.", error=True
            ).with_embedding(unit(1, 0.01, 0))
        ).escalation_level
        for name in ("Cllr Rosa Hart", "rosa hart", "Hart")
    ]
    assert levels[-1] == "act"


def test_a_changed_value_the_agent_reports_is_data_not_noise() -> None:
    def stock(units: int, seq: int) -> Step:
        table = (
            f"seq={seq}\n| product | group | site | units | critical |\n|---|---|---|---|---|\n"
            f"| RBC | O NEG | MAIN | {units} | 12 |"
        )
        return Step.tool_call("get_stock", {"group": "O NEG"}, observation=table).with_embedding(
            unit(1, 0.01, 0)
        )

    def update(text: str) -> Step:
        return Step.llm(text)  # not embedded: only the calls are compared here

    reported = LoopTracker()
    levels = []
    for units, said in (
        (6, "Status: 6 units, order placed."),
        (7, "Status: 7 units now."),
        (3, "Status: 4 issued, 3 remain."),
        (13, "Status: 13 units, reserve restored."),
    ):
        levels += feed(reported, [stock(units, 88), update(said)])
    assert set(levels) == {"none"}
    # The same call whose result changes only in a counter nobody mentions: noise.
    noise = LoopTracker()
    levels = []
    for seq in (88222, 88254, 88261, 88270):
        levels += feed(noise, [stock(6, seq), update("Checking the stock once more.")])
    assert "act" in levels


def test_short_monologue_uses_the_lower_threshold() -> None:
    vecs = [unit(1, 0.8, 0, 0), unit(1, 0, 0.8, 0), unit(1, 0, 0, 0.8)]  # pairwise 0.61
    short = ["I'll backfill the partition now.", "Time to backfill it.", "The partition is due."]
    tracker = LoopTracker()
    results = [
        tracker.observe(Step.llm(t).with_embedding(v)) for t, v in zip(short, vecs, strict=True)
    ]
    (finding,) = [f for f in results[2].findings if f.detector == "semantic_responses"]
    assert finding.numbers()["short_monologue"] == 1
    assert finding.numbers()["threshold"] == 0.5
    # Long sections at the same similarity are a report being written.
    long = [" ".join([t] * 8) for t in short]
    tracker = LoopTracker()
    results = [
        tracker.observe(Step.llm(t).with_embedding(v)) for t, v in zip(long, vecs, strict=True)
    ]
    assert "semantic_responses" not in {f.detector for f in results[2].findings}
    # With a tool call among them the usual threshold applies.
    tracker = LoopTracker()
    tracker.observe(Step.llm(short[0]).with_embedding(vecs[0]))
    tracker.observe(Step.tool_call("ls", {}, observation=""))
    results = [
        tracker.observe(Step.llm(t).with_embedding(v))
        for t, v in zip(short[1:], vecs[1:], strict=True)
    ]
    assert results[1].finding is None


def test_semantic_similarities_are_reused_only_for_the_same_steps() -> None:
    # The detector keeps the last window's similarities by step index: a window that moves on
    # reuses them, and another history with the same indexes but other steps never does.
    detector = SemanticLoopDetector()
    alike = [Step.llm(f"r{i}").with_embedding(unit(1, 0.01 * i, 0)) for i in range(3)]
    apart = [Step.llm(f"r{i}").with_embedding(unit(*np.eye(3)[i])) for i in range(3)]
    assert [f.detector for f in detector.check(list(enumerate(alike)))] == ["semantic_responses"]
    assert detector.check(list(enumerate(apart))) == []
    assert detector.check(list(enumerate(alike)))
    tracker = LoopTracker()
    steps = [Step.llm(f"r{i}").with_embedding(unit(1, 0.1 * i, 0.05 * i * i)) for i in range(5)]
    found = [tracker.observe(step).findings for step in steps]
    fresh = SemanticLoopDetector()
    for end in (3, 4):  # the windows 1-3 and 2-4 share the pairs of steps 1, 2 and 2, 3
        (ours,) = [f for f in found[end] if f.detector == "semantic_responses"]
        (theirs,) = fresh.check(list(enumerate(steps))[: end + 1])
        assert ours.evidence.similarities == theirs.evidence.similarities


def test_repeated_announcements_answered_with_ok_trip_at_a_low_similarity() -> None:
    vecs = [unit(1, 1.5, 0, 0), unit(1, 0, 1.5, 0), unit(1, 0, 0, 1.5)]  # pairwise 0.31
    said = [
        "Let me book viewings for the three flats.",
        "Next step: arrange the viewings.",
        "I'll now set up the appointments.",
    ]
    tracker = LoopTracker()
    results = [
        tracker.observe(Step.llm(t, observation="ok" if i else "").with_embedding(v))
        for i, (t, v) in enumerate(zip(said, vecs, strict=True))
    ]
    # (Three announcements with only "ok" between are promises without action, idle_talk's,
    # too: the semantic finding is the one this test is about.)
    finding = next(f for f in results[2].findings if f.detector == "semantic_responses")
    assert finding.numbers()["announced"] == 1
    assert finding.numbers()["threshold"] == 0.2
    assert finding.numbers()["max_novelty"] == 0.0  # "ok" told the agent nothing new
    # Short reports at the same similarity (no announcement) keep the short-text threshold.
    reports = ["Monday: curry.", "Tuesday: tacos.", "Wednesday: risotto."]
    tracker = LoopTracker()
    results = [
        tracker.observe(Step.llm(t).with_embedding(v)) for t, v in zip(reports, vecs, strict=True)
    ]
    assert results[2].finding is None
    # Real new input between the announcements is progress, not a loop.
    tracker = LoopTracker()
    inputs = ["", "Use the Leith agency, not the Portobello one.", "Only after 5 pm on weekdays."]
    results = [
        tracker.observe(Step.llm(t, observation=o).with_embedding(v))
        for t, o, v in zip(said, inputs, vecs, strict=True)
    ]
    assert results[2].finding is None


def test_acknowledgements_and_announcements() -> None:
    for text in ("ok", "OK.", "Sure, go ahead", "please do", "continue", "mm-hm", "Noted, thanks!"):
        assert is_acknowledgement(text), text
    for text in ("", "ok, but ship from Berlin", "no", "Use page 2", "go to the Leith agency"):
        assert not is_acknowledgement(text), text
    for text in (
        "Let me check the invoice.",
        "I\u2019ll order the laptop now.",
        "OK, now I'm going to retry.",
        "Time to escalate to IR.",
        "Next step: arrange viewings.",
        "Now contacting the carrier.",
        "I'm placing the order.",
        "Understood. Filing the rescan job.",
    ):
        assert announces_action(text), text
    for text in ("Monday: curry.", "Here is the write-up.", "I'm sorry.", "Nothing new."):
        assert not announces_action(text), text


def test_semantic_compare_setting_and_missing_embeddings() -> None:
    tracker = LoopTracker(LoopConfig(semantic_compare="tool_calls"))
    for i in range(3):
        result = tracker.observe(Step.llm(f"r{i}").with_embedding(unit(1, 0, 0)))
    assert result.finding is None
    tracker = LoopTracker()
    for i in range(3):
        result = tracker.observe(Step.llm(f"r{i}"))
    assert result.finding is None


# --- policy --------------------------------------------------------------------------------


def test_warn_first_then_act_on_confirmation() -> None:
    tracker = LoopTracker()
    step = Step.tool_call("read_file", {"path": "a.py"}, observation="x = 1")
    levels = feed(tracker, [step] * 5)
    assert levels == ["none", "none", "none", "warn", "act"]
    assert tracker.statistics() == {"steps": 5, "findings": 3, "warnings": 1, "acts": 1}
    assert "steps=5" in repr(tracker)


def test_an_exact_and_an_embedding_detector_agreeing_on_one_step_confirm_each_other() -> None:
    step = Step.tool_call("get_qc", {"sample": "S07"}, observation="qc timeout", error=True)
    steps = [step.with_embedding(unit(1, 0, 0))] * 3
    # Step 2: action_error (3 failures in a row) and semantic_tool_calls, on the same step.
    tracker = LoopTracker()
    results = [tracker.observe(s) for s in steps]
    assert [r.escalation_level for r in results] == ["none", "none", "act"]
    assert {f.detector for f in results[2].findings} == {"action_error", "semantic_tool_calls"}
    assert results[2].confirms is not None
    assert results[2].confirms.detector == "semantic_tool_calls"
    tracker = LoopTracker(LoopConfig(confirm_by_agreement=False))
    assert not tracker.policy.by_agreement
    assert feed(tracker, steps) == ["none", "none", "warn"]
    # One family alone (no embeddings) still only warns.
    assert feed(LoopTracker(), [step] * 3) == ["none", "none", "warn"]


def test_flip_flop_between_settings_that_change_nothing() -> None:
    check = Step.tool_call("estimate_callable", {"sample": "S07"}, observation="41.2% callable")

    def setting(value: int) -> Step:
        return Step.tool_call("set_param", {"min_mapq": value}, observation=f"min_mapq = {value}")

    steps = [setting(10), check, setting(20), check, setting(10), check]
    got = detectors_at(LoopTracker(), steps)
    assert "flip_flop" in got[4]
    assert "flip_flop" in got[5]
    assert "flip_flop" not in set().union(*got[:4])
    assert feed(LoopTracker(), steps)[-2:] == ["warn", "act"]
    # The check moving with the setting is tuning, not flipping.
    moving = [
        setting(10),
        Step.tool_call("estimate_callable", {"sample": "S07"}, observation="41.2% callable"),
        setting(20),
        Step.tool_call("estimate_callable", {"sample": "S07"}, observation="63.0% callable"),
        setting(10),
    ]
    assert "flip_flop" not in set().union(*detectors_at(LoopTracker(), moving))
    # Reading a file again after another one is not flipping a setting.
    a = Step.tool_call("open", {"path": "a.py"}, observation="x = 1")
    b = Step.tool_call("open", {"path": "b.py"}, observation="y = 2")
    assert "flip_flop" not in set().union(*detectors_at(LoopTracker(), [a, b, a, b, a]))


def test_waiting_between_identical_checks_is_polling_until_it_lasts() -> None:
    wait = Step.tool_call("wait", {"seconds": 90}, observation="waited 90 s")
    steady = Step.tool_call("get_load_test", {"id": "LT-1"}, observation="STEADY 400 bots")
    done = Step.tool_call("get_load_test", {"id": "LT-1"}, observation="COMPLETE")
    # The same status three times before it changes: polling, no finding at all.
    polled = [wait, steady, wait, steady, wait, steady, wait, done]
    assert set().union(*detectors_at(LoopTracker(), polled)) == set()
    # The same status on and on: a stuck poll, reported after four rounds.
    stuck = [wait, steady] * 6
    got = detectors_at(LoopTracker(), stuck)
    assert "cycle" in got[7]
    assert not set().union(*got[:7])
    # A command re-issued between checks is not polling: a cycle of three reports at two rounds.
    command = Step.tool_call("set_temperature", {"celsius": 25}, observation="accepted")
    cold = Step.tool_call("read_temperature", {}, observation="21.4 C")
    assert "cycle" in detectors_at(LoopTracker(), [command, cold, wait] * 2)[-1]


def test_a_shell_sleep_between_checks_is_a_wait() -> None:
    # A coding agent polls a CI run through its shell tool, sleeping in the same tool between
    # the checks: paced polling, as with a wait tool.
    def run(command: str, output: str) -> Step:
        return Step.tool_call("Bash", {"command": command, "description": "-"}, observation=output)

    sleep = run("sleep 30", "(no output)")
    view = "gh run view 11796031964 --json status,conclusion"
    polled = [
        run(view, '{"status": "queued"}'),
        sleep,
        run(view, '{"status": "in_progress", "jobs": 1}'),
        sleep,
        run(view, '{"status": "in_progress", "jobs": 2}'),
        sleep,
        run(view, '{"status": "completed", "conclusion": "success"}'),
    ]
    assert set().union(*detectors_at(LoopTracker(), polled)) == set()
    # Only a command that starts by sleeping waits; a shell tool's other commands do not, nor
    # another tool that mentions sleep in its arguments.
    assert _waits(sleep)
    assert _waits(Step.tool_call("shell", '{"cmd": "Start-Sleep -Seconds 20"}'))
    assert _waits(Step.tool_call("run_command", "timeout /t 15"))
    assert not _waits(run(view, "{}"))
    assert not _waits(Step.tool_call("search_docs", {"query": "sleep 30 in bash"}))
    assert not _waits(Step.tool_call("Bash", '["sleep", "30"]'))
    # The same status on and on with shell sleeps between: still a stuck poll.
    stuck = [run(view, '{"status": "queued"}'), sleep] * 6
    assert "cycle" in set().union(*detectors_at(LoopTracker(), stuck))


def test_act_result_names_the_confirmed_finding() -> None:
    tracker = LoopTracker()
    step = Step.tool_call("read_file", {"path": "a.py"}, observation="x = 1")
    results = [tracker.observe(step) for _ in range(5)]
    assert results[4].confirms is not None
    assert "confirms the loop first seen at step 3" in results[4].reason
    assert results[0].reason == "No loop detected."


def test_unconfirmed_warning_expires() -> None:
    tracker = LoopTracker(LoopConfig(confirm_within=2))
    say = Step.llm("Checking again.")
    levels = feed(tracker, [say, say, say])
    assert levels[-1] == "warn"
    filler = [Step.tool_call("t", {"i": i}, observation=str(i)) for i in range(3)]
    assert feed(tracker, filler) == ["none"] * 3
    assert feed(tracker, [say, say, say]) == ["none", "none", "warn"]


def test_reset_forgets_history_and_warning() -> None:
    tracker = LoopTracker()
    step = Step.tool_call("read_file", {"path": "a.py"}, observation="x")
    assert feed(tracker, [step] * 4)[-1] == "warn"
    tracker.reset()
    assert tracker.steps == ()
    assert feed(tracker, [step] * 4) == ["none", "none", "none", "warn"]


def test_history_is_bounded() -> None:
    tracker = LoopTracker(LoopConfig(history=20))
    feed(tracker, [Step.tool_call("t", {"i": i}) for i in range(50)])
    assert len(tracker.steps) == 20


def test_embedding_is_not_part_of_step_equality() -> None:
    a = Step.llm("x")
    assert a.with_embedding(unit(1, 0)) == a


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0159afmsun .:-_tz",
                *("req_", "2024-05-01", "10:22", "ms", " s", "\u00b5s", "abcdef0123456789"),
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_normalize_text_fast_path_matches_every_mask_applied(text: str) -> None:
    # The ASCII path runs a mask only where a byte prefilter says it can match; applying every
    # mask in order must give the same text.
    expected = unicodedata.normalize("NFKC", text).lower()
    for pattern, mask in _MASKS:
        expected = pattern.sub(mask, expected)
    assert normalize_text(text) == " ".join(expected.split())


def test_json_results_compare_without_key_order_or_per_call_fields() -> None:
    first = '{"open": ["09:00-12:30"], "trace_id": "a67bf343", "vet": "V-LIND", "booked": 14}'
    again = '{"vet": "V-LIND", "booked": 14, "fetched_at": "17:32:34", "open": ["09:00-12:30"]}'
    a = Step.tool_call("get_calendar", {"vet": "V-LIND"}, observation=first)
    b = Step.tool_call("get_calendar", {"vet": "V-LIND"}, observation=again)
    assert a.observation_key == b.observation_key
    changed = Step.tool_call(
        "get_calendar", {"vet": "V-LIND"}, observation=again.replace("14", "15")
    )
    assert changed.observation_key != a.observation_key
    assert Step.tool_call("t", {}, observation="{not json").observation_key == "ok:{not json"


def test_cache_busters_are_not_entities_but_isbns_and_hashes_are() -> None:
    def call(**args: str) -> Step:
        return Step.tool_call("search", args, observation="1 result")

    busted = [call(q="fare 2019", cb=token) for token in ("70a70c0d9e3a", "dec063eaea14")]
    assert not differ_in_entity(*busted)
    assert differ_in_entity(call(isbn="9781119990107"), call(isbn="9781032219882"))
    sha = "b5eb41e628c36ab65590525fd08786bff2773f773136e2c16da568f261450995"
    assert differ_in_entity(call(sha256=sha), call(sha256=sha[::-1]))
    assert not differ_in_entity(call(at="1716543210"), call(at="1716543290"))  # epoch stamps


def test_a_monologue_ignores_leading_filler() -> None:
    said = [
        "Notifying pilot station of AURELIA's new ETB.",
        "OK. Notifying pilot station of AURELIA's new ETB.",
        "So: Notifying pilot station of AURELIA's new ETB.",
    ]
    got = detectors_at(LoopTracker(), [Step.llm(t) for t in said])
    assert "monologue" in got[2]
    assert announces_action("I should check our holdings for duplicates.")
    assert announces_action("We'll need the berth plan first.")


def test_pings_and_harness_replies_are_no_new_input() -> None:
    for text in ("any news?", "update?", "where are we with this?", "still on it?", "go for it"):
        assert is_acknowledgement(text), text
    for text in ("[runner] no new input. Continue.", "(auto-reply) continue", "How's it going?"):
        assert is_acknowledgement(text), text
    for text in ("and FV4?", "what about the Patel night guard?", "add the price", "status 4405?"):
        assert not is_acknowledgement(text), text


def test_idle_talk_trips_on_short_responses_that_never_act() -> None:
    # Reworded announcements of one step, with only nudges between them: no embeddings needed.
    texts = [
        "I intend to call Marlow & Finch today about the signed calculations.",
        "I will contact the architects by telephone about the outstanding calculations.",
        "I shall now telephone Marlow & Finch to request the calculations.",
        "The next action is a telephone call to Marlow & Finch about the calculations.",
    ]
    nudges = ["", "fine", "[runner] no new input. Continue.", "any news?"]
    tracker = LoopTracker()
    steps = [Step.llm(t, observation=o) for t, o in zip(texts, nudges, strict=True)]
    got = detectors_at(tracker, steps)
    assert "idle_talk" not in got[1]
    assert "idle_talk" in got[2]
    assert "idle_talk" in got[3]
    # Warned at the third, acted on at the fourth.
    tracker = LoopTracker()
    assert feed(tracker, steps) == ["none", "none", "warn", "act"]


def test_idle_talk_spares_sections_questions_and_actions() -> None:
    # A report written section by section: each section says something else.
    sections = [
        "Scope: the March wages control account for UK01, all five pay runs.",
        "Findings: a duplicated W13 accrual of 4,312.55 explains the difference.",
        "Impact: employer pension was overstated in the period close pack.",
        "Recommendation: reverse journal 0447 and add a duplicate-accrual check.",
    ]
    tracker = LoopTracker()
    assert "idle_talk" not in set().union(*detectors_at(tracker, [Step.llm(t) for t in sections]))
    # The same announcement answered by real questions, or with a tool call between: not idle.
    same = "I will telephone Marlow & Finch about the calculations."
    tracker = LoopTracker()
    asked = [Step.llm(same), Step.llm(same, observation="and PA-2025-3301?")]
    asked.append(Step.llm(same, observation="what about 8 Fern Walk?"))
    assert "idle_talk" not in set().union(*detectors_at(tracker, asked))
    tracker = LoopTracker()
    acting = [Step.llm(same), Step.tool_call("call", {"to": "Marlow"}, observation="no answer")]
    acting += [Step.llm(same, observation="ok"), Step.llm(same, observation="ok")]
    assert "idle_talk" not in set().union(*detectors_at(tracker, acting))
    # Long responses (over semantic_monologue_words) are writing, not announcing.
    tracker = LoopTracker()
    long = [Step.llm(" ".join([same] * 4), observation="ok") for _ in range(4)]
    assert "idle_talk" not in set().union(*detectors_at(tracker, long))


def test_regenerate_trips_on_rejected_outputs_of_one_unchanged_call() -> None:
    args = {"ref": "PA-2025-3318", "decision": "approve_with_conditions"}
    drafts = ["DRAFT 3 - Summary; Decision", "DRAFT 1 - Decision; Reasons", "DRAFT 4 - Plans"]
    remarks = [
        "The draft omits the appeal rights; I shall regenerate it.",
        "Again the appeal rights are missing. Regenerating.",
        "Still no appeal rights. One more try.",
    ]
    steps: list[Step] = []
    for draft, remark in zip(drafts, remarks, strict=True):
        steps += [Step.tool_call("draft_notice", args, observation=draft), Step.llm(remark)]
    tracker = LoopTracker()
    got = detectors_at(tracker, steps)
    assert "regenerate" not in set().union(*got[:4])
    assert "regenerate" in got[4]  # the third call
    assert "regenerate" in got[5]  # and the "again" right after it
    tracker = LoopTracker()
    assert feed(tracker, steps)[4:] == ["warn", "act"]


def test_regenerate_spares_polling_changed_calls_and_silent_repeats() -> None:
    # A job checked again after each status: its status is meant to change.
    statuses = ["queued", "fraud screening", "approved", "sent"]
    steps: list[Step] = []
    for status in statuses:
        steps.append(Step.tool_call("get_payment", {"id": "PAY-1"}, observation=status))
        steps.append(Step.llm("Not done yet; checking again shortly."))
    tracker = LoopTracker()
    assert "regenerate" not in set().union(*detectors_at(tracker, steps))
    # New arguments each time (feedback taken in) are not the same call.
    tracker = LoopTracker()
    revised = []
    for n in range(3):
        revised.append(Step.tool_call("draft", {"version": n}, observation=f"draft {n}"))
        revised.append(Step.llm("Not good enough, trying again."))
    assert "regenerate" not in set().union(*detectors_at(tracker, revised))
    # A transient failure retried until it succeeds.
    tracker = LoopTracker()
    retried = [
        Step.tool_call("fetch", {"id": 7}, observation="503", error=True),
        Step.llm("Server error, retrying."),
        Step.tool_call("fetch", {"id": 7}, observation="504", error=True),
        Step.llm("Retrying once more."),
        Step.tool_call("fetch", {"id": 7}, observation="ok: 12 rows"),
    ]
    assert "regenerate" not in set().union(*detectors_at(tracker, retried))


def test_reactions_are_no_new_input() -> None:
    for text in ("👍🏽", "🙂", "...", "continue pls", "ok plz"):
        assert is_acknowledgement(text), text
    for text in ("", "  ", "ok pls add P7", "0 errors in 12 new messages"):
        assert not is_acknowledgement(text), text


def test_idle_talk_counts_the_same_input_again_as_nothing_new() -> None:
    # A harness's fixed reply is new the first time only; after it, the same words again (the
    # live agent reports a prompt sent again as no input) tell the agent nothing.
    auto = "(automated) No user input received; proceed with the task."
    texts = [
        "Set the Saturday rate to 279.",
        "Saturday rate goes to 279 - doing it now.",
        "Raising the Saturday best available rate to 279.",
        "Will lift Saturday to 279 next.",
    ]
    tracker = LoopTracker()
    steps = [Step.llm(t, observation=auto) for t in texts]
    got = detectors_at(tracker, steps)
    assert "idle_talk" in got[2]
    assert "idle_talk" in got[3]
    # Different real questions each time stay new input.
    tracker = LoopTracker()
    asked = [Step.llm(t, observation=f"and room {n}?") for n, t in enumerate(texts)]
    assert "idle_talk" not in set().union(*detectors_at(tracker, asked))


def test_idle_talk_hears_one_intention_in_inflected_words() -> None:
    texts = [
        "My next action is to ask the seller for their certificate of analysis.",
        "The next step is to obtain the lab certificate of alcoholic strength.",
        "I shall now seek the alcohol analysis document from the producer.",
    ]
    tracker = LoopTracker()
    assert "idle_talk" in detectors_at(tracker, [Step.llm(t) for t in texts])[2]


def test_regenerate_needs_no_again_for_a_call_that_produces_something() -> None:
    # A generator's outputs all rejected for one reason, with no "again" in the remarks.
    args = {"pen": "P6", "target": "minimise O2 demand"}
    plans = ["1,07:30,600\n2,12:00,600", "1,09:00,1200\n2,15:00,400", "1,08:30,700\n2,11:30,700"]
    remarks = [
        "Feeds before 10:00. Rejected.",
        "First slot is early. Not usable.",
        "Morning feed once more; the vet said no.",
    ]
    steps: list[Step] = []
    for plan, remark in zip(plans, remarks, strict=True):
        steps += [Step.tool_call("plan_feed", args, observation=plan), Step.llm(remark)]
    tracker = LoopTracker()
    got = detectors_at(tracker, steps)
    assert "regenerate" in got[4]
    assert "regenerate" in got[5]
    tracker = LoopTracker()
    assert feed(tracker, steps)[4:] == ["warn", "act"]


def test_regenerate_spares_reads_without_again_and_generators_given_feedback() -> None:
    # A status read between plain reports: the job advances by itself.
    steps: list[Step] = []
    for status in ("transform queued", "dbt 6/16 models", "dbt 14/16 models", "loading"):
        steps.append(Step.tool_call("get_dag_run", {"dag": "orders"}, observation=status))
        steps.append(Step.llm(f"Now: {status}."))
    tracker = LoopTracker()
    assert "regenerate" not in set().union(*detectors_at(tracker, steps))
    tracker = LoopTracker()
    reads = [Step.tool_call("orderStatus", {"id": 4}, observation=f"{n}0%") for n in range(1, 5)]
    reads = [x for r in reads for x in (r, Step.llm("Moving along."))]
    assert "regenerate" not in set().union(*detectors_at(tracker, reads))
    # A generator asked again after each new piece of feedback from the user.
    tracker = LoopTracker()
    drafted: list[Step] = []
    for n, note in enumerate(("add the TRL", "cite the targets", "shorter")):
        drafted.append(Step.tool_call("draft_summary", {"doc": "B"}, observation=f"draft {n}"))
        drafted.append(Step.llm("Taking that in.", observation=note))
    assert "regenerate" not in set().union(*detectors_at(tracker, drafted))
    # Or one that checks on something ("checking again shortly") between calls.
    tracker = LoopTracker()
    polled = [Step.tool_call("render_proof", {"job": 9}, observation=f"page {n}") for n in range(4)]
    polled = [x for r in polled for x in (r, Step.llm("Checking in a bit."))]
    assert "regenerate" not in set().union(*detectors_at(tracker, polled))


# --- a stalled status, reported again and again --------------------------------------------


def _stall(between: list[list[Step]]) -> list[Step]:
    """A job started, then the same check three times, with ``between`` after the first two."""
    check = Step.tool_call("get_job", {"job": "RS-2291"}, observation="RS-2291: queued, 0%")
    steps = [Step.tool_call("start_job", {"case": 7}, observation="RS-2291 queued"), check]
    for said in between:
        steps += [*said, check]
    return steps


def test_a_status_reported_unchanged_between_three_checks_is_a_loop() -> None:
    steps = _stall(
        [
            [Step.llm("Still queued at position 4.")],
            [Step.llm("No movement yet.", observation="any luck?")],
        ]
    )
    tracker = LoopTracker()
    results = [tracker.observe(s) for s in steps]
    found = [f for f in results[-1].findings if f.detector == "action_observation"]
    assert found
    assert found[0].evidence.details == {"repeats": 3, "reported": 1}
    assert not any(r.findings for r in results[:-1])


def test_checks_paced_by_waits_or_new_input_or_said_nothing_are_polling() -> None:
    paced = [
        [[Step.tool_call("wait", {"seconds": 30}, observation="waited")]] * 2,
        [[Step.llm("Waiting about 60 seconds before the next check.")]] * 2,
        [[Step.llm("Still queued.", observation="and the invoice for Patel?")]] * 2,
        [[], []],  # checks in a row, nothing said: action_observation needs a fourth
        [[Step.llm("", observation="")]] * 2,
    ]
    for between in paced:
        tracker = LoopTracker()
        found = set().union(*detectors_at(tracker, _stall(between)))
        assert "action_observation" not in found, between


def test_polling_with_waits_whose_status_moved_is_not_a_repeated_call() -> None:
    steps: list[Step] = []
    for seconds, status in [
        (30, "LOGGED"), (60, "ASSIGNED"), (120, "ASSIGNED"),
        (240, "ON SITE"), (300, "ON SITE"), (300, "ON SITE"),
    ]:  # fmt: skip
        steps += [
            Step.tool_call("get_callout", {"id": "CO-5530"}, observation=f"CO-5530 {status}"),
            Step.tool_call("wait", {"seconds": seconds}, observation="waited"),
        ]
    found = set().union(*detectors_at(LoopTracker(), steps[:-1]))
    assert "repeated_tool_call" not in found
    # The same checks with nothing that lets time pass in between still trip.
    tracker = LoopTracker()
    assert "repeated_tool_call" in set().union(*detectors_at(tracker, steps[:-1:2]))


def test_responses_that_each_pace_the_next_check_are_not_repeated_talk() -> None:
    cfg = LoopConfig(semantic_threshold=0.9, enabled=NO_IDLE_TALK)
    check = Step.tool_call("get_permit", {"permit": "RC-2291"}, observation="UNDER_REVIEW")
    vec = unit(1, 0.02, 0)

    def polls(texts: list[str]) -> set[str]:
        steps: list[Step] = []
        for text in texts:
            steps += [check, Step.llm(text).with_embedding(vec)]
        return set().union(*detectors_at(LoopTracker(cfg), steps))

    paced = [f"Waiting about {s} seconds before the next check." for s in (60, 120, 240)]
    assert "semantic_responses" not in polls(paced)
    assert "semantic_responses" in polls(["Still under review."] * 3)


def test_pings_are_acknowledgements() -> None:
    for ping in ("any luck?", "hello??", "hey, any news?", "go ahead then"):
        assert is_acknowledgement(ping), ping


def _levels(steps: list[Step]) -> list[str]:
    tracker = LoopTracker()
    return [tracker.observe(s).escalation_level for s in steps]


def test_volatile_stamps_in_arguments_are_the_same_call() -> None:
    # The same question, stamped with a fresh time, trace and request number on each call,
    # answered the same: a repeat, acted on.
    steps = [
        Step.tool_call(
            "get_feeder",
            {"id": "F22", "at": f"1{k}:0{k}", "trace": f"{k}a9f0{k}c", "query_id": f"q{k}31{k}"},
            observation="F22 | OPEN | lockout | cust_off=3400",
        )
        for k in range(5)
    ]
    assert "act" in _levels(steps)


def test_changing_entity_or_cursor_beside_a_fixed_argument_is_not_a_variant() -> None:
    # Another entity each call (no stamp beside it), or a cursor whose result moves: progress.
    entities = [
        Step.tool_call("get_slot", {"student": f"22113{k}8", "slot": "AM"}, observation="free")
        for k in range(5)
    ]
    pages = [
        Step.tool_call(
            "list_orders",
            {"store": "A", "cursor": f"{k}b7e0{k}f", "sent": f"10:0{k}"},
            observation=f"orders {10 * k}-{10 * k + 9}",
        )
        for k in range(5)
    ]
    assert "act" not in _levels(entities)
    assert "act" not in _levels(pages)


def test_records_named_by_a_letter_and_a_number_are_entities_not_stamps() -> None:
    # Five held card authorisations released one by one, each answered the same: a batch
    # (the twenty-first set's one false trip). "A596397" is a record's name; a trace mixes
    # letters in among its digits ("3f2a9c"), and stamped so the same call is still a repeat.
    batch = [
        Step.tool_call(
            "auth_release",
            {"auth_id": auth, "reason": "MERCHANT_REVERSAL_RECEIVED"},
            observation="released: available +44.95",
        )
        for auth in ("A596397", "A802350", "A786265", "A845349", "A877087")
    ]
    retried = [
        Step.tool_call(
            "auth_release",
            {"auth_id": "A596397", "trace": trace},
            observation="error: upstream timeout",
            error=True,
        )
        for trace in ("3f2a9c", "9e1b7d", "4c8a2f", "7d3e9b", "2b6f1a")
    ]
    assert "act" not in _levels(batch)
    assert "act" in _levels(retried)


def test_nudges_and_complaints_of_repetition_are_no_new_input() -> None:
    for text in (
        "You're repeating yourself.",
        "We know that. What next?",
        "Lovely, and?",
        "nice. action?",
        "The customer is waiting.",
        "Report is due in 10 min.",
        "Yes, we agreed that.",
        "is it done yet",
        "what else?",
        "We are going in circles.",
        "Same thing again?",
    ):
        assert is_acknowledgement(text), text
    for text in (
        "You said that. Price?",
        "Stop repeating yourself and call the depot.",
        "Which three?",
        "We know that. Ship from Leeds instead.",
    ):
        assert not is_acknowledgement(text), text


def test_idle_talk_hears_one_answer_through_nudges() -> None:
    said = [
        "The depot can take the pallets after six.",
        "Pallets can go to the depot once it is six.",
        "After six the depot will accept the pallets.",
    ]
    nudged = [
        Step.llm(t, observation=o) for t, o in zip(said, ["", "We know that.", "and?"], strict=True)
    ]
    assert "idle_talk" in detectors_at(LoopTracker(), nudged)[2]
    # A real question in between is new input: the agent answers it.
    asked = [
        Step.llm(t, observation=o) for t, o in zip(said, ["", "Which depot?", ""], strict=True)
    ]
    assert "idle_talk" not in set().union(*detectors_at(LoopTracker(), asked))


def test_idle_talk_reads_status_updates_past_their_shared_label() -> None:
    updates = [
        "Depot update - crate 4 loaded.",
        "Depot update - van left the yard at noon.",
        "Depot update - signed for in Hull by Ana.",
    ]
    got = detectors_at(LoopTracker(), [Step.llm(t) for t in updates])
    assert "idle_talk" not in set().union(*got)
    stalled = [
        "Depot update - still waiting for the courier.",
        "Depot update - the courier has still not arrived.",
        "Depot update - no courier yet, waiting.",
    ]
    assert "idle_talk" in detectors_at(LoopTracker(), [Step.llm(t) for t in stalled])[2]


def _drafts(inputs: list[str], texts: list[str]) -> list[set[str]]:
    look = Step.tool_call("get_order", {"order": "K-88"}, observation="K-88: 3 chairs, paid")
    steps = [look] + [Step.llm(t, observation=o) for t, o in zip(texts, inputs, strict=True)]
    return detectors_at(LoopTracker(), steps)[1:]


def test_unmet_request_trips_when_the_same_correction_goes_unheeded() -> None:
    inputs = [
        "Write the delivery note. It must give the pickup code.",
        "Still no pickup code.",
        "",
        "The pickup code is missing again.",
        "",
    ]
    texts = [
        "Your three chairs arrive on Tuesday.",
        "Order K-88: three chairs, delivered Tuesday morning.",
        "Good news - your chairs are on their way for Tuesday.",
        "Chairs (3) for order K-88 will reach you on Tuesday.",
        "Expect your three chairs this Tuesday.",
    ]
    got = _drafts(inputs, texts)
    assert "unmet_request" not in got[1]
    assert all("unmet_request" in g for g in got[2:])
    levels = feed(
        LoopTracker(), [Step.llm(t, observation=o) for t, o in zip(texts, inputs, strict=True)]
    )
    assert "act" in levels


def test_unmet_request_spares_drafts_that_take_feedback_and_questions() -> None:
    inputs = [
        "Write the delivery note. It must give the pickup code.",
        "Still no pickup code.",
        "Needs the day too, still.",
        "Add the pickup code to the subject as well, it's missing there.",
    ]
    heeded = [
        "Your three chairs are on their way.",
        "Your three chairs are on their way; pickup code 4471.",
        "Your three chairs arrive Tuesday; pickup code 4471.",
        "Chairs, pickup code 4471: your three chairs arrive Tuesday; pickup code 4471.",
    ]
    assert "unmet_request" not in set().union(*_drafts(inputs, heeded))
    # Feedback on how it reads: a shorter draft takes "too long" up without saying it.
    style = ["Write the delivery note, please.", "Too long.", "", "Still too long, cut it."]
    shorter = [
        "Dear customer, your order of three oak chairs has been dispatched today by courier.",
        "Your three oak chairs were dispatched today by courier.",
        "Three oak chairs dispatched today.",
        "Chairs dispatched.",
    ]
    assert "unmet_request" not in set().union(*_drafts(style, shorter))
    questions = ["Which chairs are in K-88?", "", "Are the chairs in K-88 paid?", ""]
    answers = ["Three oak chairs.", "All boxed.", "Yes, paid in full.", "Nothing else due."]
    assert "unmet_request" not in set().union(*_drafts(questions, answers))


def test_a_setting_that_answers_every_value_alike_is_flipped_in_vain() -> None:
    check = Step.tool_call("get_gate", {"gate": "G4"}, observation="G4 CLOSED | locked by ATC")

    def setting(value: str) -> Step:
        return Step.tool_call(
            "set_gate", {"gate": "G4", "state": value}, observation="REFUSED: locked by ATC"
        )

    steps = [check, setting("OPEN"), check, setting("HOLD"), setting("OPEN"), setting("HOLD")]
    got = detectors_at(LoopTracker(), steps)
    assert "flip_flop" in got[4]
    assert "flip_flop" in got[5]
    assert "act" in feed(LoopTracker(), steps)
    # A setter that just says "OK" while a reading between moves: tuning, not flipping.
    tuned = [
        Step.tool_call("set_fan", {"rpm": 900}, observation="OK"),
        Step.tool_call("read_temp", {"rack": 3}, observation="31.0 C"),
        Step.tool_call("set_fan", {"rpm": 1200}, observation="OK"),
        Step.tool_call("read_temp", {"rack": 3}, observation="28.5 C"),
        Step.tool_call("set_fan", {"rpm": 900}, observation="OK"),
    ]
    assert "flip_flop" not in set().union(*detectors_at(LoopTracker(), tuned))


def test_json_results_drop_server_stamps_for_novelty_too() -> None:
    cfg = LoopConfig(enabled=frozenset({"semantic_tool_calls"}))
    vec = unit(1, 0.01, 0)
    bodies = [
        '{"unit": "P-2", "state": "TRIPPED", "etag": "9f1c02ab77", "sampled_at": "10:0%d"}',
        '{"sampled_at": "10:0%d", "state": "TRIPPED", "unit": "P-2", "etag": "03bd5e1a94"}',
        '{"etag": "77aa0c31fe", "unit": "P-2", "sampled_at": "10:0%d", "state": "TRIPPED"}',
    ]
    steps = [
        Step.tool_call("get_pump", {"unit": "P-2"}, observation=b % k).with_embedding(vec)
        for k, b in enumerate(bodies)
    ]
    assert "semantic_tool_calls" in detectors_at(LoopTracker(cfg), steps)[2]


def test_calls_stamped_anew_are_one_call_for_the_entity_test() -> None:
    steps = [
        Step.tool_call(
            "get_bed_board",
            {"site": "North", "as_of": f"2024-03-0{k + 1}T10:1{k}:00", "nocache": 48213 + 917 * k},
            observation="ward,beds,free\nA,20,0",
        )
        for k in range(3)
    ]
    tracker = LoopTracker()
    for step in steps:
        tracker.observe(step)
    assert not differ_in_entity(steps[0], steps[2])


def test_server_counters_in_results_are_noise_but_short_counts_are_not() -> None:
    def read(body: str) -> Step:
        return Step.tool_call("get_kiln", {"kiln": 2}, observation=body)

    polled = [
        read(f"KILN2 state=FAULT code=K-7\n# read 03:1{k}:07 poll#{4410 + 6 * k}") for k in range(5)
    ]
    assert len({s.observation_key for s in polled}) == 1
    assert "act" in feed(LoopTracker(), polled)
    stamped = [read(f'{{"kiln": 2, "state": "FAULT", "seq": {88120 + 31 * k}}}') for k in range(2)]
    assert stamped[0].observation_key == stamped[1].observation_key
    # A short count after the same labels may be progress: kept.
    assert read("batch run 3 of 5").observation_key != read("batch run 4 of 5").observation_key
    assert normalize_text("poll#4410") == "poll#4410"  # responses keep their numbers


def test_arguments_named_as_bookkeeping_are_stamps_unless_the_tool_is_about_them() -> None:
    # A transaction id and a poll id minted per call beside a fixed pump: the same read.
    reads = [
        Step.tool_call(
            "get_pump",
            {"pump": "P-2", "tx": f"TX{381207 + 7919 * k}", "poll_id": f"{k}-a{k}c9e"},
            observation="P-2 TRIPPED",
        )
        for k in range(5)
    ]
    assert "act" in _levels(reads)
    # Looking up one transaction after another is asking about other entities.
    lookups = [
        Step.tool_call(
            "get_tx", {"chain": "main", "tx": f"TX{381207 + 7919 * k}"}, observation="not found"
        )
        for k in range(5)
    ]
    assert "act" not in _levels(lookups)


def test_checks_each_paced_by_a_stated_wait_are_not_alike_calls() -> None:
    cfg = LoopConfig(enabled=frozenset({"semantic_tool_calls"}))
    vec = unit(0.2, 1, 0)

    def poll(said: list[str]) -> set[str]:
        steps: list[Step] = []
        for k, text in enumerate(said):
            status = "B-9 running 40%" if k else "B-9 queued"
            check = Step.tool_call("get_build", {"build": "B-9"}, observation=status)
            steps += [check.with_embedding(vec), Step.llm(text)]
        return set().union(*detectors_at(LoopTracker(cfg), steps))

    paced = [f"Not done; waiting {s}s before the next check." for s in (30, 60, 120, 120)]
    assert "semantic_tool_calls" not in poll(paced)
    assert "semantic_tool_calls" in poll(["Not done yet."] * 4)


def test_idle_talk_hears_a_hyphenated_code_as_one_word() -> None:
    said = [
        "We can ship everything except B-12.",
        "Only B-12 stays behind; the rest can go.",
        "The rest goes out, B-12 excluded.",
    ]
    assert "idle_talk" in detectors_at(LoopTracker(), [Step.llm(t) for t in said])[2]
    other = ["We can ship everything except B-12.", "Only B-12 stays behind.", "C-7 is next."]
    assert "idle_talk" not in set().union(
        *detectors_at(LoopTracker(), [Step.llm(t) for t in other])
    )


# --- round twelve: status updates, records in another order -------------------------------


def _reported(tool: str, results: list[str], remarks: list[str]) -> list[Step]:
    steps: list[Step] = [Step.llm("On it.", observation="Tell me how the batch goes.")]
    for result, remark in zip(results, remarks, strict=True):
        steps += [Step.tool_call(tool, {"batch": "B-7"}, observation=result), Step.llm(remark)]
    return steps


def test_regenerate_spares_a_status_whose_reported_numbers_move() -> None:
    # A count that runs down, each reading relayed: the status moves, nothing is redone.
    counted = _reported(
        "kiln",
        [
            "B-7 fired 12 of 40 trays, rejects 1",
            "B-7 fired 27 of 40 trays, rejects 1",
            "B-7 fired 40 of 40 trays, rejects 2, done",
        ],
        ["12 of 40 trays fired, one reject.", "27 of 40 fired so far.", "All 40 fired, 2 rejects."],
    )
    assert "regenerate" not in set().union(*detectors_at(LoopTracker(), counted))
    assert "act" not in feed(LoopTracker(), counted)
    # A reading that goes up and down, the same words each time, each value passed on.
    read = _reported(
        "kiln",
        [
            "B-7 zone temp 812 C, draft 4 Pa",
            "B-7 zone temp 845 C, draft 6 Pa",
            "B-7 zone temp 830 C, draft 5 Pa",
        ],
        ["Zone at 812 C.", "Up to 845 C now.", "Settled at 830 C."],
    )
    assert "regenerate" not in set().union(*detectors_at(LoopTracker(), read))


def test_regenerate_still_trips_on_outputs_rejected_with_their_figures() -> None:
    # Another candidate each time (its own label), the agent quoting the figure it rejects.
    plans = _reported(
        "kiln",
        [
            "Schedule A: ramp 90 C/h, soak 35 min",
            "Schedule B: ramp 120 C/h, soak 20 min",
            "Schedule C: ramp 105 C/h, soak 25 min",
        ],
        ["90 C/h is over our 80 limit.", "120, worse.", "105 C/h, still over 80."],
    )
    got = detectors_at(LoopTracker(), plans)
    assert "regenerate" in got[5]
    assert "act" in feed(LoopTracker(), plans)
    # The same words with scattered figures under one label: rejected, not reported on.
    scattered = _reported(
        "kiln",
        ["ramp 90 C/h, soak 35 min", "ramp 120 C/h, soak 20 min", "ramp 105 C/h, soak 25 min"],
        ["Too steep, asking again.", "Steeper still; once more.", "Still too steep, again."],
    )
    assert "regenerate" in detectors_at(LoopTracker(), scattered)[5]


def test_key_value_records_compare_without_field_order() -> None:
    def lookup(result: str) -> Step:
        return Step.tool_call("crate_info", {"crate": "C-19"}, observation=result)

    a = lookup("crate=C-19 bay=4 weight=212.5 sealed=Y owner=QX-3")
    b = lookup("sealed=Y owner=QX-3 crate=C-19 weight=212.5 bay=4")
    assert a.observation_key == b.observation_key
    assert lookup("crate=C-19 bay=5 weight=212.5 sealed=Y owner=QX-3").observation_key != (
        a.observation_key
    )
    lines = lookup("Crate: C-19\nBay: 4\nSealed: yes")
    assert lines.observation_key == lookup("Sealed: yes\nCrate: C-19\nBay: 4").observation_key
    # Prose with an "=" in it is left as it is.
    assert (
        lookup("x = 4 so bay is 4").observation_key != lookup("bay is 4 so x = 4").observation_key
    )
    # The same lookup, its fields shuffled each time: a repeat with the same result.
    orders = [
        "crate=C-19 bay=4 weight=212.5 sealed=Y",
        "weight=212.5 crate=C-19 sealed=Y bay=4",
        "bay=4 sealed=Y weight=212.5 crate=C-19",
        "sealed=Y bay=4 crate=C-19 weight=212.5",
        "crate=C-19 sealed=Y bay=4 weight=212.5",
    ]
    levels = feed(LoopTracker(), [lookup(o) for o in orders])
    assert "act" in levels


def test_unmet_request_spares_the_next_item_asked_for_in_the_same_words() -> None:
    # A labelling agent: each input asks for the same thing about another item (its own
    # order number), and the items carry complaint words of their own ("never", "still").
    # Each answer is the label; the request was not "asked again", the item changed.
    reviews = [
        "The kettle never worked and support never answered.",
        "Great jacket, still my favourite after a year.",
        "The blender is fine, nothing special.",
        "Arrived cracked; the replacement is still missing.",
        "Lovely lamp, it matches the photos.",
        "Terrible smell from the plastic; it is still not refunded.",
    ] * 3
    labels = ["negative", "positive", "neutral", "negative", "positive", "negative"] * 3
    tracker = LoopTracker(LoopConfig(semantic_enabled=False))
    found = [
        {
            f.detector
            for f in tracker.observe(
                Step.llm(
                    f"Sentiment: {label}.",
                    observation=f"Classify the sentiment of review {1000 + 37 * n}: {review}",
                )
            ).findings
        }
        for n, (review, label) in enumerate(zip(reviews, labels, strict=True))
    ]
    assert "unmet_request" not in set().union(*found)


def test_unmet_request_is_not_taken_up_by_a_word_said_in_passing() -> None:
    # The correction names where the note goes as well as what it lacks; saying where it
    # goes ("for the night desk") is not giving what it lacks.
    inputs = [
        "Write the handover for the night desk. It needs the spare key location.",
        "The night desk still needs the spare key location.",
        "",
        "",
    ]
    texts = [
        "Handover: two guests still out, bar closed at 23:00.",
        "Handover for the night desk: two guests out, bar closed.",
        "Night handover: bar shut at 23:00, two guests still to return.",
        "For tonight: two guests due back late, bar closed.",
    ]
    got = _drafts(inputs, texts)
    assert "unmet_request" in got[3]
    # A draft that gives most of what was asked again took it up.
    heeded = [*texts[:2], "Handover: spare key location is the safe, key 3.", texts[3]]
    assert "unmet_request" not in set().union(*_drafts(inputs, heeded))


def test_call_timings_and_fractional_epochs_are_masked() -> None:
    assert normalize_text("pump=ON rx_ms=344") == normalize_text("pump=ON rx_ms=91")
    assert normalize_text('{"ms": 230, "pump": "on"}') == normalize_text('{"ms": 74, "pump": "on"}')
    assert normalize_text("latency_ms: 12.5") == normalize_text("latency_ms: 980")
    assert normalize_text("[at 1762945215.17]") == normalize_text("[at 1762945261.94]")
    # Readings that only end in the same letters, and a job's own clock, are content.
    assert normalize_text("rms=1842") != normalize_text("rms=1907")
    assert normalize_text("items: 4") != normalize_text("items: 5")
    assert normalize_text("runtime_s=1500") != normalize_text("runtime_s=3000")
    assert normalize_text("soak_min=40") != normalize_text("soak_min=50")
    # Since round sixty-nine an elapsed time in milliseconds is the call's own timing (the
    # serving's, as "rx_ms" is), masked like it; the replay over every set changed no row's
    # rule for it.
    assert normalize_text("elapsed_ms=1500") == normalize_text("elapsed_ms=3000")
    # One reading fetched again and again, only the server's timing of it changing.
    readings = [
        Step.tool_call(
            "get_pump", {"pump": "P-2"}, observation=f"pump=P-2 state=OFF bar=0.0 rx_ms={ms}"
        )
        for ms in (212, 87, 301, 145, 99)
    ]
    assert "act" in feed(LoopTracker(), readings)


def test_a_count_of_the_calls_after_a_hash_is_a_stamp() -> None:
    def result(text: str) -> str:
        return normalize_text(text, counters=True)

    assert result("valve V-3 SHUT (read #2)") == result("valve V-3 SHUT (read #3)")
    assert result("Attempt # 14: no change") == result("attempt #15: no change")
    # A number after "#" alone names or ranks something; in free text it is kept too.
    assert result("ticket #4521 open") != result("ticket #4522 open")
    assert result("queue position #5") != result("queue position #4")
    assert normalize_text("read #2") != normalize_text("read #3")
    readings = [
        Step.tool_call(
            "valve_state", {"valve": "V-3"}, observation=f"V-3 SHUT, 0 l/min (read #{n})"
        )
        for n in range(1, 7)
    ]
    assert "act" in feed(LoopTracker(), readings)


def test_idle_talk_hears_pings_answered_without_acting_in_any_words() -> None:
    start = Step.tool_call("submit_permit", {"site": "Q-4"}, observation="PERMIT-77 PENDING")
    pings = ["", "any news?", "and?", "where are we?"]
    replies = [
        "Permit PERMIT-77 is in; I'll watch it.",
        "Nothing back from the council so far.",
        "No movement, sorry.",
        "Awaiting their sign-off still.",
    ]
    steps = [start] + [Step.llm(t, observation=o) for t, o in zip(replies, pings, strict=True)]
    got = detectors_at(LoopTracker(), steps)
    assert "idle_talk" in got[3]
    assert "idle_talk" in got[4]
    # Checked between the pings: acting, not idle.
    check = Step.tool_call("get_permit", {"id": "PERMIT-77"}, observation="PENDING")
    acting = [start]
    for text, ping in zip(replies, pings, strict=True):
        acting += [Step.llm(text, observation=ping), check]
    assert "idle_talk" not in set().union(*detectors_at(LoopTracker(), acting))
    # New input (real questions) between unlike replies is a conversation.
    asked = ["", "which council?", "how long do they take?", "who signs it?"]
    talk = [start] + [Step.llm(t, observation=o) for t, o in zip(replies, asked, strict=True)]
    assert "idle_talk" not in set().union(*detectors_at(LoopTracker(), talk))
    # Reports each let through with "ok" are not pings: left to the word-reuse test.
    done = ["Viewing one booked for 10:00.", "Second flat is set for noon.", "Third: 15:30."]
    oked = [Step.llm(t, observation="ok" if i else "") for i, t in enumerate(done)]
    assert "idle_talk" not in set().union(*detectors_at(LoopTracker(), oked))


def _write_read(receipts: list[str], readings: list[str]) -> list[Step]:
    steps = []
    for receipt, reading in zip(receipts, readings, strict=True):
        steps += [
            Step.tool_call("put_label", {"bin": "K4", "label": "fragile"}, observation=receipt),
            Step.tool_call("get_label", {"bin": "K4"}, observation=reading),
        ]
    return steps


def test_cycle_catches_a_write_read_back_and_written_again() -> None:
    # Each write answered with a new receipt number, each read-back unchanged: churn.
    churn = _write_read(
        ["label saved (rev 311)", "label saved (rev 318)", "label saved (rev 324)"],
        ["bin K4: fragile"] * 3,
    )
    got = detectors_at(LoopTracker(), churn)
    assert "cycle" not in set().union(*got[:4])
    assert "cycle" in got[4]
    assert "cycle" in got[5]
    assert "act" in feed(LoopTracker(), churn)


def test_cycle_spares_writes_whose_read_back_moves_or_whose_results_change_in_words() -> None:
    # The read-back changes each time: every write did something.
    moving = _write_read(
        ["label saved (rev 311)", "label saved (rev 318)", "label saved (rev 324)"],
        ["bin K4: fragile x1", "bin K4: fragile x2", "bin K4: fragile x3"],
    )
    assert "cycle" not in set().union(*detectors_at(LoopTracker(), moving))
    # The write's result changes in words, not only in numbers: not a receipt.
    worded = _write_read(
        ["label saved on shelf", "label queued for printer", "label printed and applied"],
        ["bin K4: fragile"] * 3,
    )
    assert "cycle" not in set().union(*detectors_at(LoopTracker(), worded))
    # Waits between: polling, not churn.
    waited = []
    for step in moving[:2] * 3:
        waited += [step, Step.tool_call("sleep", {"s": 30}, observation="slept 30 s")]
    assert "cycle" not in set().union(*detectors_at(LoopTracker(), waited))


def test_regenerate_spares_readings_stamped_with_a_clock_that_runs_on() -> None:
    # A live reading relayed each time, its number going up and down and its place words
    # changing, stamped later each time: a status reported as it comes.
    live = _reported(
        "buoy",
        [
            "buoy,wave_m,spot,at\nBY-40,1.4,harbour mouth,07:20",
            "buoy,wave_m,spot,at\nBY-40,2.1,outer shoal,08:05",
            "buoy,wave_m,spot,at\nBY-40,1.7,north channel,08:50",
        ],
        ["1.4 m at the harbour mouth.", "2.1 m at the shoal.", "1.7 m in the channel."],
    )
    assert "regenerate" not in set().union(*detectors_at(LoopTracker(), live))
    # The same outputs stamped out of order (or not relayed) still trip.
    scattered = _reported(
        "buoy",
        [
            "buoy,wave_m,spot,at\nBY-40,1.4,harbour mouth,08:50",
            "buoy,wave_m,spot,at\nBY-40,2.1,outer shoal,07:20",
            "buoy,wave_m,spot,at\nBY-40,1.7,north channel,08:05",
        ],
        ["1.4 m at the harbour mouth.", "2.1 m at the shoal.", "1.7 m in the channel."],
    )
    assert "regenerate" in set().union(*detectors_at(LoopTracker(), scattered))


def _conceded(answers: list[str], told: list[str]) -> list[Step]:
    steps = [
        Step.llm("Looking.", observation="How many crates are on pallet P-2?"),
        Step.tool_call("pallet", {"id": "P-2"}, observation="P-2: crates 7, wrapped: no"),
        Step.llm("Pallet P-2 holds 6 crates."),
    ]
    return steps + [Step.llm(a, observation=t) for a, t in zip(answers, told, strict=True)]


def test_unmet_request_catches_the_same_figure_given_after_each_concession() -> None:
    same = _conceded(
        ["Sorry, my mistake. Six crates on P-2.", "You're right, apologies: 6.", "My bad - six."],
        ["no, it says 7", "wrong again, read the crates field", "it's seven, look"],
    )
    got = detectors_at(LoopTracker(), same)
    assert "unmet_request" not in set().union(*got[:5])
    assert "unmet_request" in got[5]
    four = _conceded(
        ["Sorry! 6.", "Apologies, six crates.", "My mistake: 6 crates.", "Sorry, six."],
        ["no, 7", "that's wrong", "you keep saying six", "seven, not six"],
    )
    assert "act" in feed(LoopTracker(), four)


def test_unmet_request_spares_corrected_figures_and_feedback_on_style() -> None:
    # Each concession brings another figure: the agent takes the correction up.
    fixed = _conceded(
        ["Sorry - 7 crates.", "Apologies, 7 crates and 2 cartons.", "My mistake: 9 in all."],
        ["no, it says 7", "and the cartons?", "count them together"],
    )
    assert "unmet_request" not in set().union(*detectors_at(LoopTracker(), fixed))
    # Told how the answer reads: a rewrite keeps its figure.
    styled = _conceded(
        ["Sorry! P-2: 6 crates.", "Apologies - 6 crates.", "Sorry, 6."],
        ["less formal please", "shorter", "still too wordy"],
    )
    assert "unmet_request" not in set().union(*detectors_at(LoopTracker(), styled))


# --- round fourteen: agreement at a lower bar, status words relayed ---------------------------


def alike(similarity: float, count: int) -> list[np.ndarray]:
    """``count`` unit vectors whose every pair has cosine ``similarity``."""
    out = []
    for i in range(count):
        v = np.zeros(count + 1, dtype=np.float32)
        v[0] = np.sqrt(similarity)
        v[i + 1] = np.sqrt(1 - similarity)
        out.append(v)
    return out


STALLED = [
    "Still waiting on the Marlow & Finch calculations for the permit.",
    "The Marlow & Finch calculations have not arrived at the permit desk.",
    "No calculations from Marlow & Finch yet for the permit file.",
]


def test_a_structural_finding_is_confirmed_by_the_semantic_detector_at_a_lower_bar() -> None:
    nudges = ["", "[runner] no new input. Continue.", "any news?"]

    def run(similarity: float, cfg: LoopConfig | None = None) -> list[LoopResult]:
        tracker = LoopTracker(cfg)
        steps = [
            Step.llm(t, observation=o).with_embedding(v)
            for t, o, v in zip(STALLED, nudges, alike(similarity, 3), strict=True)
        ]
        return [tracker.observe(s) for s in steps]

    # 0.45: under the short-monologue threshold (0.5), over the agreement one (0.4).
    results = run(0.45)
    assert [r.escalation_level for r in results] == ["none", "none", "act"]
    assert {f.detector for f in results[2].findings} == {"idle_talk", "semantic_responses"}
    assert results[2].confirms is not None
    assert results[2].confirms.detector == "semantic_responses"
    # Less alike than the agreement bar: idle_talk alone only warns.
    results = run(0.3)
    assert [r.escalation_level for r in results] == ["none", "none", "warn"]
    assert {f.detector for f in results[2].findings} == {"idle_talk"}
    # The agreement bar at the usual thresholds (or no agreement at all) asks nothing more.
    assert run(0.45, LoopConfig(semantic_agreement_threshold=0.75))[2].escalation_level == "warn"
    assert run(0.45, LoopConfig(confirm_by_agreement=False))[2].escalation_level == "warn"
    # Alone, the semantic detector keeps its own thresholds.
    alone = run(0.45, LoopConfig(enabled=NO_IDLE_TALK))
    assert all(r.finding is None for r in alone)


def test_an_exact_repeat_one_call_short_agrees_with_alike_calls() -> None:
    def probe(observation: str = "B7-Z4 @30cm: 16% VWC (refill point 22%)") -> Step:
        return Step.tool_call(
            "read_soil_probe", {"probe": "B7-Z4"}, observation=observation
        ).with_embedding(unit(1, 0, 0))

    field = Step.tool_call("get_field", {"field": "B7"}, observation="B7: 42 ha soybean")
    tracker = LoopTracker()
    results = [tracker.observe(s) for s in (field, probe(), probe(), probe())]
    assert [r.escalation_level for r in results] == ["none", "none", "none", "act"]
    assert {f.detector for f in results[3].findings} == {
        "semantic_tool_calls",
        "action_observation",
    }
    [repeat] = [f for f in results[3].findings if f.detector == "action_observation"]
    assert repeat.evidence.steps == (1, 2, 3)
    assert repeat.evidence.details["agreed"] == 1
    # Without embeddings nothing agrees: three calls are one short of action_observation.
    plain = LoopTracker()
    bare = [field, *(dataclasses.replace(probe(), embedding=None) for _ in range(3))]
    assert feed(plain, bare) == ["none"] * 4
    # Nor when the calls differ in their results (the semantic finding stands alone).
    varied = LoopTracker(LoopConfig(semantic_max_novelty=1.0))
    steps = [field, probe("16% VWC"), probe("16% VWC"), probe("17% VWC")]
    assert feed(varied, steps)[-1] == "warn"


def test_an_exact_repeat_of_a_poll_on_what_moves_does_not_agree() -> None:
    def poll(status: str) -> Step:
        return Step.tool_call(
            "get_document_request", {"id": "DR-1192"}, observation=f"DR-1192 | Status: {status}"
        ).with_embedding(unit(1, 0, 0))

    # A request the agent sent: polling what it set going.
    sent = Step.tool_call(
        "request_documents", {"ref": "PA-2025-3318"}, observation="Request DR-1192 sent."
    )
    tracker = LoopTracker()
    results = [tracker.observe(s) for s in (sent, poll("SENT"), poll("SENT"), poll("SENT"))]
    assert [r.escalation_level for r in results] == ["none", "none", "none", "warn"]
    assert {f.detector for f in results[3].findings} == {"semantic_tool_calls"}
    # A status seen moving before the repeats: polling too.
    moved = LoopTracker()
    steps = [poll("QUEUED"), poll("SENT"), poll("SENT"), poll("SENT")]
    assert feed(moved, steps)[-1] == "warn"
    # The same handle found by a call that reads it (a listing) is no job the agent started.
    listed = Step.tool_call("list_requests", {}, observation="DR-1192 open")
    read = LoopTracker()
    assert feed(read, [listed, poll("SENT"), poll("SENT"), poll("SENT")])[-1] == "act"


def test_alike_checks_whose_status_word_the_agent_relays_are_progress() -> None:
    def check(status: str) -> Step:
        return Step.tool_call(
            "run_status",
            {"run": "run-8Hq2"},
            observation=f'run = "run-8Hq2"\nstatus = "{status}"\nupdated = "2026-03-11"',
        ).with_embedding(unit(1, 0, 0))

    statuses = ["pending", "pending", "planning", "planned"]
    relayed: list[Step] = []
    for status in statuses:
        relayed += [check(status), Step.llm(f"Status {status}. Waiting a bit longer.")]
    got = feed(LoopTracker(LoopConfig(enabled=frozenset({"semantic_tool_calls"}))), relayed)
    assert "act" not in got
    # Unrelayed, the same checks stay alike calls that bring nothing worth saying.
    silent: list[Step] = []
    for status in statuses:
        silent += [check(status), Step.llm("Waiting a bit longer.")]
    got = feed(LoopTracker(LoopConfig(enabled=frozenset({"semantic_tool_calls"}))), silent)
    assert "act" in got


def test_alike_responses_that_pass_on_a_moved_status_word_are_progress() -> None:
    def check(status: str) -> Step:
        return Step.tool_call(
            "sr_status",
            {"sr": "SR-60412"},
            observation=f"[sr] SR-60412\n[area] Maple Ave\n[type] pothole\n[status] {status}",
        )

    vectors = alike(0.9, 4)
    statuses = ["Open", "Open", "Open", "Assigned"]
    cfg = LoopConfig(enabled=frozenset({"semantic_responses"}))

    def run(say: str) -> list[set[str]]:
        tracker = LoopTracker(cfg)
        found = []
        for status, v in zip(statuses, vectors, strict=True):
            tracker.observe(check(status))
            text = say.format(status=status)
            found.append(
                {f.detector for f in tracker.observe(Step.llm(text).with_embedding(v)).findings}
            )
        return found

    relayed = run("Status {status}. Waiting a bit longer.")
    assert "semantic_responses" in relayed[2]  # Open, Open, Open: nothing new said
    assert "semantic_responses" not in relayed[3]  # it passes on "Assigned"
    unsaid = run("No change yet. Waiting a bit longer.")
    assert "semantic_responses" in unsaid[3]


def _fix_revert(rounds: int) -> list[Step]:
    """Edit A, check, edit B, check, ... each check failing its own way."""
    check = Step.tool_call("preview", {"file": "ep88.wav"}, observation="3 issues", error=True)
    out = [check]
    fixes = [("ceiling -1.0 dB", "true peak over ceiling"), ("ceiling -1.5 dB", "too quiet")]
    for k in range(rounds):
        change, verdict = fixes[k % 2]
        out += [
            Step.tool_call("edit_file", {"path": "ep88.chain", "change": change}, observation="ok"),
            Step.tool_call("preview", {"file": "ep88.wav"}, observation=verdict, error=True),
        ]
    return out


def test_cycle_finds_a_fix_reverted_to_one_already_tried() -> None:
    # Edit A, check, edit B, check, edit A, check: back where it was four calls before.
    steps = _fix_revert(4)
    got = detectors_at(LoopTracker(), steps)
    assert "cycle" not in set().union(*got[:6])
    assert "cycle" in got[6]
    finding = LoopTracker()
    results = [finding.observe(s) for s in steps]
    # The revert redoes the very edit made before, to the same result: the agent undid its
    # own work, which confirms the cycle on its own step (``redone``).
    assert results[6].escalation_level == "act"
    assert results[6].finding is not None
    assert results[6].finding.numbers()["period"] == 4
    cycle = next(f for f in results[6].findings if f.detector == "cycle")
    assert "redone" in cycle.evidence.details


def test_cycle_finds_a_hand_off_bounced_back_with_a_respelled_request() -> None:
    task = "decide whether cow 4471's drop is health or equipment"
    x = Step.tool_call("handoff", {"agent": "herd", "task": task}, observation="route to robot")
    y = Step.tool_call("handoff", {"agent": "robot", "task": task}, observation="route to herd")
    x_high = Step.tool_call(
        "handoff", {"agent": "herd", "task": task, "priority": "high"}, observation="route to robot"
    )
    got = detectors_at(LoopTracker(), [x, y, x_high, y])
    assert "cycle" in got[3]
    assert "cycle" not in set().union(*got[:3])


def test_cycle_spares_a_second_pass_a_changed_result_and_another_entity() -> None:
    # One tool over a list, run through again (before a full second round): a second pass.
    reads = [
        Step.tool_call("fetch_abstract", {"pmid": p}, observation=f"abstract {p}")
        for p in ("37290461", "38011264", "37990113")
    ]
    assert "cycle" not in set().union(*detectors_at(LoopTracker(), (reads * 2)[:5]))
    # The revert's check answers differently this time: the state moved.
    steps = _fix_revert(2)
    steps += [steps[1], Step.tool_call("preview", {"file": "ep88.wav"}, observation="passes")]
    assert "cycle" not in set().union(*detectors_at(LoopTracker(), steps))
    # A hand-off to another agent (another entity) is not the same call respelled.
    task = "restore brine supply"
    x = Step.tool_call("handoff", {"agent": "controls", "task": task}, observation="no")
    y = Step.tool_call("handoff", {"agent": "maintenance", "task": task}, observation="no")
    z = Step.tool_call("handoff", {"agent": "facilities", "task": task}, observation="no")
    assert "cycle" not in set().union(*detectors_at(LoopTracker(), [x, y, z, y]))


def test_reworded_repeat_hears_one_error_told_with_new_event_numbers() -> None:
    # Respelled commands, each refused with the same lock, stamped with a new event number.
    refused = "REJECTED: C2 has an active LOTO (tag 468). Remote start inhibited."
    calls = [
        ({"unit": "C2", "command": "start"}, refused),
        ({"unit": "c2", "command": "start"}, refused + " event=282978"),
        ({"unit": "C2", "command": "START", "capacity_pct": 50}, refused + " event=325551"),
    ]
    steps = [Step.tool_call("compressor", a, observation=o, error=True) for a, o in calls]
    got = detectors_at(LoopTracker(), steps)
    assert "reworded_repeat" in got[2]


def test_reworded_repeat_keeps_errors_that_say_different_things_apart() -> None:
    # Each correction moves the complaint on: a corrected retry, not the same error.
    calls = [
        ({"q": "rota Dec"}, "invalid field 'period': expected YYYY-MM"),
        ({"q": "rota 2025-12"}, "invalid field 'rank': expected one of FO, CPT"),
        ({"q": "rota 2025-12 FO"}, "rejected: pairing P4471 uncovered on 2025-12-06"),
    ]
    steps = [Step.tool_call("publish", a, observation=o, error=True) for a, o in calls]
    assert "reworded_repeat" not in set().union(*detectors_at(LoopTracker(), steps))


def test_regenerate_spares_a_reading_whose_clock_runs_on_past_midnight() -> None:
    # Each milking relayed as it comes; the last one is after midnight ("05:15 next day"),
    # and a colon follows each time.
    live = _reported(
        "cow_record",
        [
            "Cow 4471, milking at 13:05: 9.2 kg. RF 6.1 mS/cm.",
            "Cow 4471, milking at 21:20: 9.5 kg. RF 5.9 mS/cm.",
            "Cow 4471, milking at 05:15 next day: 9.7 kg. RF 5.7 mS/cm.",
        ],
        ["13:05 milking: 9.2 kg, RF 6.1.", "21:20 milking: 9.5 kg, RF 5.9.", "05:15: 9.7 kg."],
    )
    assert "regenerate" not in set().union(*detectors_at(LoopTracker(), live))
    # Times that go back (and figures that scatter) are not read as nearly a day on.
    back = _reported(
        "cow_record",
        [
            "Cow 4471, milking at 21:20: 9.5 kg. RF 6.1 mS/cm.",
            "Cow 4471, milking at 13:05: 9.2 kg. RF 5.7 mS/cm.",
            "Cow 4471, milking at 05:15 next day: 9.7 kg. RF 5.9 mS/cm.",
        ],
        ["21:20 milking: 9.5 kg, RF 6.1.", "13:05 milking: 9.2 kg, RF 5.7.", "05:15: 9.7 kg."],
    )
    assert "regenerate" in set().union(*detectors_at(LoopTracker(), back))


def _bounce(between: str) -> list[Step]:
    task = "decide whether cow 4471's drop is health or equipment"
    x = Step.tool_call("handoff", {"agent": "herd", "task": task}, observation="route to robot")
    y = Step.tool_call("handoff", {"agent": "robot", "task": task}, observation="route to herd")
    return [x, y, x, Step.llm(between), y]


def test_a_cycle_with_the_agent_saying_it_goes_again_acts_at_once() -> None:
    tracker = LoopTracker()
    results = [tracker.observe(s) for s in _bounce("Trying robot-service-agent again.")]
    assert results[-1].escalation_level == "act"
    finding = results[-1].finding
    assert finding is not None
    assert finding.detector == "cycle"
    assert finding.numbers()["said_again"] == 3


def test_a_cycle_without_such_words_acts_when_a_hand_off_is_redone() -> None:
    # No words that it goes again; but the hand-off, a call that changes something, is made
    # again with the very same arguments and answer: the agent redid its own step (redone).
    # A cycle of reads without such words only warns (test_loops_redone.py).
    tracker = LoopTracker()
    results = [tracker.observe(s) for s in _bounce("Handing it to robot-service-agent.")]
    assert [r.escalation_level for r in results] == ["none"] * 4 + ["act"]
    assert results[-1].finding is not None
    assert "said_again" not in results[-1].finding.numbers()
    cycle = next(f for f in results[-1].findings if f.detector == "cycle")
    assert cycle.evidence.details["redone"] == "handoff"


def question_traffic() -> list[Step]:
    """The governor benchmark's traffic: forty short answers from one small vocabulary, each
    to a new question naming a word earlier answers used."""
    words = ["invoice", "shipment", "river", "harbour", "protein", "enzyme", "ledger", "budget"]
    draw = random.Random(7)
    return [
        Step.llm(
            " ".join(draw.sample(words, 6)) + f" {n}.",
            observation=f"Summarise the {words[n % len(words)]} report in one line.",
        )
        for n in range(40)
    ]


@functools.cache
def _bench_loops() -> Any:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_loops.py"
    spec = importlib.util.spec_from_file_location("bench_loops", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def benchmark_traffic(agent: int, calls: int = 8) -> list[Step]:
    """What one agent of ``benchmarks/bench_governor.py`` sends and gets: its ZeroProvider's
    answers (eight words drawn from the benchmark's vocabulary and a counter) to its
    questions, one new one each call. Made by the benchmarks' own code
    (``bench_loops.traffic``, from ``bench_governor``'s prompts and answers), so that the two
    cannot drift apart."""
    steps: list[Step] = _bench_loops().traffic(agent, calls)
    return steps


def test_the_governor_benchmarks_traffic_is_no_loop() -> None:
    # Answers from one vocabulary that need not name what they were asked about: round
    # twenty's "input not taken up" rule took such questions for no new input and restarted
    # the benchmark's agents (it hung); that rule was reverted. The first 300 agents of a
    # 1,000-agent run, 8 calls each, as the benchmark makes them.
    levels = {
        level for agent in range(300) for level in feed(LoopTracker(), benchmark_traffic(agent))
    }
    assert levels == {"none"}


def test_a_new_question_about_words_already_said_is_new_input() -> None:
    # An agent asked about one thing after another, each named in earlier answers: every
    # question is new input, so short answers that share a vocabulary are no idle talk. (The
    # governor benchmark's traffic; an echo rule that took such questions as no new input
    # restarted its agents.)
    assert feed(LoopTracker(), question_traffic()) == ["none"] * 40


def test_what_a_response_said_new_is_judged_against_the_kept_responses_only() -> None:
    # The tracker counts the kept responses' words as they come and go (LoopTracker._said):
    # each response's share of new words must be the one a scan of the kept responses gives,
    # across a history that overflows many times, tool calls in between, and a reset.
    draw = random.Random(7)
    # Enough words that many leave the history unsaid again: novelties spread over [0, 1].
    vocabulary = [
        f"{word}{a}{b}" for word in ("ledger", "orbit") for a in "abcdefghij" for b in "klmnopqrst"
    ]
    tracker = LoopTracker()
    history = tracker.config.history
    checked = 0
    steps: list[Step] = []
    for n in range(400):
        if n == 250:
            tracker.reset()
        if draw.random() < 0.3:
            tracker.observe(Step.tool_call("lookup", {"id": n}, observation=f"row {n}"))
            continue
        step = Step.llm(" ".join(draw.sample(vocabulary, 6)))
        steps.append(step)
        index = tracker.observe(step).step_index
        earlier = [s for i, s in list(tracker._responses)[:-1] if i > index - history]
        words = _said_words(step)
        new = set(words).difference(*(_said_words(s) for s in earlier))
        assert step._novel == pytest.approx(len(new) / len(words))
        checked += 1
    assert checked > 250
    novelties = {step._novel for step in steps}
    assert 0.0 in novelties
    assert any(0 < (novel or 0) < 1 for novel in novelties)
