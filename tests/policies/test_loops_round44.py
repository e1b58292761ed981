"""Round 44's rules (studied on the fifty-fifth set after its one unseen measurement), each with
a look-alike of progress it spares and a loop it still catches.

An agent that fetches a record before each change walks a list: the change it makes after each
fetch may be the very same call, answered the same (one alternate added again after each part
looked up), but between each two of them it fetched something it had not fetched before and was
shown something new. A change made so (a verb of its tool's name writes: ``add``, ``update``,
``set``) is a step taken per record, not a round gone again, so the repeat detectors
(``action_observation`` apart, ``repeated_tool_call``, ``cycle``'s "done again") leave it
alone. Reading the same record before each change brings nothing new, and that round is still
a loop; so is a check (a call whose name says no write) made again between other lookups.

Blocked one way, an agent should try another: three routes that fail with one refusal, each
tried once, through more than one tool, are a search for a way round, and the agent has come
back to none of them. They warn (``reworded_repeat``'s "one error whatever the call") and are
not confirmed by the embeddings asked again at a lower bar: alternatives alike in purpose
embed alike. Going back to a route already tried (the carousel's second round) is no search,
and confirms. Its words between the refused tries ("No access there. Trying the next
option.") are no plan put off for other work (``idle_talk``'s "deferred"): every call between
them was a try that was refused, which the failure detectors judge.

Polling asks the very same question again to see whether the answer moves. A listing asked for
another page or offset each time, and shown only records it had already listed, is not polling
something that moves, even when its arguments name a value an earlier result gave (the host a
record lives on): it ignores what it is asked, and the agent does not pass the cursor it was
given. The calls that embed alike and bring nothing new then agree, and act.
"""

from __future__ import annotations

import json

import numpy as np
from loop_replay import replay

from policies._loops import LoopTracker, Step, _listed_again

ASK = "Engineering approved the Samsung cap as alternate for line 14. Add it to rev C."


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _part(mpn: str, stock: int) -> Step:
    result = {"status": 200, "result": {"mpn": mpn, "lifecycle": "Active", "stock": stock}}
    return Step.tool_call("octopart_part", {"mpn": mpn}, observation=json.dumps(result))


def _apply() -> Step:
    result = {"status": 200, "result": {"line": 14, "alternates": ["CL05B104KO5NNNC"]}}
    return Step.tool_call(
        "plm_add_alternate",
        {"bom": "BOM-7731", "rev": "C", "line": 14, "mpn": "CL05B104KO5NNNC"},
        observation=json.dumps(result),
    )


def test_one_change_made_after_each_new_record_fetched_is_progress() -> None:
    steps = [Step.llm("Starting with the current state of the BOM.", observation=ASK)]
    for k, mpn in enumerate(("STM32G071KBU6", "TPS62840DLCR", "LSM6DSOXTR", "RC0402FR-07")):
        steps += [_part(mpn, 90_000 + 17 * k), _apply()]
    assert "act" not in _levels(steps)
    assert all(not findings for _, findings in replay(steps))


def test_a_check_made_again_after_each_new_lookup_is_still_a_loop() -> None:
    # The call made again names no write: a schedule read again between other lookups.
    steps = [Step.llm("Starting with the kiln.", observation="Find a K2 slot this week.")]
    kiln = Step.tool_call("kiln_schedule", {"kiln": "K2"}, observation='{"free_slots": []}')
    for k, mpn in enumerate(("STM32G071KBU6", "TPS62840DLCR", "LSM6DSOXTR", "RC0402FR-07")):
        steps += [_part(mpn, 90_000 + 17 * k), kiln]
    assert "act" in _levels(steps)


def test_the_same_record_fetched_before_each_change_is_still_a_loop() -> None:
    steps = [Step.llm("Starting with the current state of the BOM.", observation=ASK)]
    for _ in range(5):
        steps += [_part("STM32G071KBU6", 90_000), _apply()]
    assert "act" in _levels(steps)


DENIED = "HTTP 403 FORBIDDEN: role LOADCTL_STD lacks permission DGR_READ for resource notoc/CV7412"
ROUTES = (
    Step.tool_call("notoc_get", {"flight": "CV7412"}, observation=DENIED, error=True),
    Step.tool_call(
        "loadplan_export", {"flight": "CV7412", "format": "pdf"}, observation=DENIED, error=True
    ),
    Step.tool_call("dgr_manifest_get", {"flight": "CV7412"}, observation=DENIED, error=True),
)
NEXT = "No access through that endpoint. Trying the next option."
BLOCKED = "Blocked by permissions there. Trying the next option."


def _routes_tried(rounds: int) -> list[Step]:
    steps = [Step.llm("Looking at the load plan now.", observation="Pull the NOTOC for CV7412.")]
    steps.append(Step.tool_call("uld_get", {"uld_id": "PMC 41872 CV"}, observation='{"gross": 9}'))
    for _ in range(rounds):
        for k, route in enumerate(ROUTES):
            steps += [route, Step.llm(BLOCKED if k == 1 else NEXT)]
    return steps


def test_three_routes_refused_alike_each_tried_once_then_one_that_works_is_progress() -> None:
    steps = _routes_tried(1)
    steps.append(
        Step.tool_call(
            "notoc_get_v2",
            {"flight": "CV7412", "station": "LUX"},
            observation='{"entries": [{"un": "UN3481", "pieces": 12}]}',
        )
    )
    steps.append(Step.llm("The station endpoint worked: UN3481, 12 pieces."))
    out = replay(steps)
    assert "act" not in [level for level, _ in out]
    warned = [f for level, fs in out if level == "warn" for f in fs]
    assert [f["detector"] for f in warned] == ["reworded_repeat"]
    assert warned[0]["untried"] == 1
    # The words between the refused tries are no plan put off ("deferred").
    assert not any("deferred" in f for _, fs in out for f in fs)


def test_the_same_routes_gone_round_again_are_still_a_loop() -> None:
    out = replay(_routes_tried(2))
    assert "act" in [level for level, _ in out]


def _midway(k: int) -> np.ndarray:
    # Unit vectors whose pairwise cosine is 0.5: alike enough for the lowered bar (0.4), not
    # for the detector's own thresholds.
    v = np.zeros(8, dtype=np.float32)
    v[0], v[k + 1] = 1.0, 1.0
    return (v / np.linalg.norm(v)).astype(np.float32)


def test_untried_routes_are_not_confirmed_by_the_embeddings_at_a_lower_bar() -> None:
    tracker = LoopTracker()
    levels = [tracker.observe(s).escalation_level for s in _routes_tried(0)]
    levels += [
        tracker.observe(route.with_embedding(_midway(k))).escalation_level
        for k, route in enumerate(ROUTES)
    ]
    assert levels[-1] == "warn"
    # Gone back to the first route, alike and refused alike: confirmed.
    again = ROUTES[0].with_embedding(_midway(0))
    assert tracker.observe(again).escalation_level == "act"


def test_plans_named_again_between_successful_other_checks_are_still_deferred() -> None:
    steps = [Step.llm("Looking at the load plan now.", observation="Pull the NOTOC for CV7412.")]
    for k, tool in enumerate(("uld_get", "awb_get", "flight_get")):
        steps.append(Step.tool_call(tool, {"ref": f"R-{k}"}, observation=f'{{"weight": {k}}}'))
        steps.append(Step.llm(BLOCKED if k == 1 else NEXT))
    assert any("deferred" in f for _, fs in replay(steps) for f in fs)


HOST = "cass-prod-use1-07"
ROWS = [{"file": f"nb-4821{k}-big-Data.db", "size_mb": 100 + k} for k in range(4)]


def _page(args: dict[str, object], rows: list[dict[str, object]], cursor: str) -> Step:
    result = {"status": 200, "result": {"items": rows, "next_cursor": cursor, "has_more": True}}
    return Step.tool_call("sstables_list", args, observation=json.dumps(result))


def _node() -> Step:
    result = {"status": 200, "result": {"table": "events.t", "host": HOST, "sstable_count": 9}}
    return Step.tool_call("node_tablestats", {"table": "events.t"}, observation=json.dumps(result))


def _ask_pages(pages: list[Step]) -> list[str]:
    tracker = LoopTracker()
    tracker.observe(Step.llm("Listing the SSTables.", observation="List every SSTable on 07."))
    tracker.observe(_node())
    return [
        tracker.observe(p.with_embedding(_alike(k))).escalation_level for k, p in enumerate(pages)
    ]


def _alike(seed: int) -> np.ndarray:
    v = np.ones(8, dtype=np.float32) + 0.01 * np.random.default_rng(seed).standard_normal(8)
    return (v / np.linalg.norm(v)).astype(np.float32)


def test_page_numbers_a_listing_ignores_answered_with_the_first_page_again_act() -> None:
    pages = [
        _page({"host": HOST, "limit": 50, **({"page": n} if n > 1 else {})}, ROWS, "dc9db146cb75")
        for n in (1, 2, 3, 4)
    ]
    assert "act" in _ask_pages(pages)
    tools = [(i, p) for i, p in enumerate(pages)]
    assert _listed_again(tools[1:3], tools, 0)
    # The very same call asked again is a poll, not another page.
    assert not _listed_again([tools[1], (4, pages[1])], [*tools, (4, pages[1])], 0)


def test_pages_read_on_through_the_cursor_given_list_new_records() -> None:
    pages = []
    for n in range(4):
        rows = [{"file": f"nb-{n}{k}-big-Data.db", "size_mb": 10 * n + k} for k in range(4)]
        args: dict[str, object] = {"host": HOST, "limit": 50}
        if n:
            args["cursor"] = f"cur{n:04d}abcd"
        pages.append(_page(args, rows, f"cur{n + 1:04d}abcd"))
    assert "act" not in _ask_pages(pages)
