"""Round 53's rules (studied on the sixty-fifth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A random hex id that a server stamps on each answer (a request's id, a self link's token,
"/v2/8e1465") is dropped from the answer by its hex shape: a run of hex characters holding a
digit and a letter. A random draw sometimes holds no letter ("/v2/897347") or no digit
("bfeedf"), and then it has no hex shape of its own, the answer keeps it, and the same
answer served again read as another. Two results of one call that differ only where one
kept such a value and the other dropped a stamp there, the two spelled alike but for their
runs of hex characters ("944839-5" / "e18b3e-4": ``_same_but_redrawn``, in
``LoopTracker._alias_echo`` and ``_result_views``), are now one answer: the same stamp drawn anew. A value in the payload,
or one where the other answer held no stamp, still tells the answers apart.

A poll of one job whose share done rises at every call ("progress": 20, 45, 50), relayed
only after the window ("still reviewing" in between), embeds alike call after call, and its
one changed figure brought too little novelty for ``semantic_tool_calls`` to let it be. The
structural detectors read a count that runs one way as a poll to completion; the semantic
one now does too, for a share done: a number under one label that rises at every call by
steps not all alike and stays within a whole (``_runs_on``). A counter of the calls (+1
each time), a counter past 100, a reading that falls or scatters, and a share that stands
still are not one.

The same read made again and again, its answer alike but for figures the server reads
afresh (a gauge that wanders), is ``action_observation``'s (``_numbers_scatter_only``); a
text field alike in every call but for figures that wander too, as a rate limit's header
writes them ("user-hour-rem:3539;", 2916, 3410), kept it apart. Such a text's figures are
now read as numbers are: each that differs must go both up and down. A text whose figures
run one way ("3 of 12 done", 5, 8) or whose words change is still a poll that moves.

A write that sets a field to A, then B, then A again, its results alike at A, is an A-B
oscillation at three calls when each result names the value the other set
(``_sets_back_and_forth``, round 52). Results that name no earlier value missed it; the
agent giving the same reason, word for word but for the value, before each switch
("Switching it to release; that matches the policy better.", then "... to hold; ...") now
counts too (``_same_reason_each_way``): it learned nothing between. One trying a value,
then going back on what the try showed, gives another reason each time.
"""

from __future__ import annotations

import json

import numpy as np
from loop_replay import replay

from policies._loops import LoopTracker, Step, _runs_on, _same_but_redrawn


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _opening(ask: str) -> list[Step]:
    return [Step.llm("On it.", observation=ask)]


# -- a stamp drawn with no letter or no digit ---------------------------------------------------


def _served(body: object, token: str, n: int) -> str:
    return json.dumps(
        {
            "data": body,
            "request": {"id": f"{0x5E1A90 + 7919 * n:x}c3", "elapsed_ms": 40 + 17 * n},
            "links": {"self": f"/api/{token}"},
        }
    )


_DRAWS = ["3f9c0e", "415263", "a7d2b9", "cafeba", "0b8e41"]


def _kennels(bodies: list[object]) -> list[Step]:
    steps = _opening("Which kennel runs are free this weekend?")
    for n, body in enumerate(bodies):
        steps.append(
            Step.tool_call("GET /api/runs", {"free": True}, observation=_served(body, _DRAWS[n], n))
        )
        steps.append(Step.llm("Checking the runs again."))
    return steps


def test_the_same_answer_with_a_self_link_drawn_plain_is_a_repeat() -> None:
    body = {"runs": [{"run": "R-4", "size": "large"}, {"run": "R-9", "size": "small"}]}
    assert "act" in _levels(_kennels([body] * 5))


def test_new_runs_under_plain_drawn_links_are_progress() -> None:
    bodies = [{"runs": [{"run": f"R-{k}", "size": "large"}]} for k in (4, 9, 12, 15, 21)]
    assert "act" not in _levels(_kennels(bodies))


def test_a_plain_draw_matches_a_hex_stamp_only_where_the_other_held_one() -> None:
    same = {"runs": ["R-4"]}
    a, b = _served(same, "8e1465", 0), _served(same, "897347", 1)
    key_a = Step.tool_call("GET /api/runs", observation=a).observation_key
    key_b = Step.tool_call("GET /api/runs", observation=b).observation_key
    assert key_a != key_b
    assert _same_but_redrawn(a, b, key_a, key_b)
    # A request's id with a counter after it, beside the payload, drawn with no letter.
    e = json.dumps({"rid": "944839-5", "body": {"total": 0, "results": []}})
    f = json.dumps({"rid": "e18b3e-4", "body": {"total": 0, "results": []}})
    key_e = Step.tool_call("booth.search", observation=e).observation_key
    key_f = Step.tool_call("booth.search", observation=f).observation_key
    assert key_e != key_f
    assert _same_but_redrawn(e, f, key_e, key_f)
    # A count in the payload that moved is no stamp, however it is spelled.
    c = json.dumps({"data": {"runs": ["R-4"], "waiting": "415263"}, "links": {}})
    d = json.dumps({"data": {"runs": ["R-4"], "waiting": "3f9c0e"}, "links": {}})
    key_c = Step.tool_call("GET /api/runs", observation=c).observation_key
    key_d = Step.tool_call("GET /api/runs", observation=d).observation_key
    assert not _same_but_redrawn(c, d, key_c, key_d)


# -- a share done that rises at every poll ----------------------------------------------------


def _unit(k: int) -> np.ndarray:
    vector = np.zeros(16, dtype=np.float32)
    vector[k] = 1.0
    return vector


def _status_line(n: int) -> str:
    return f"status=OK trace={0x9F3A11C2 + 104729 * n:x}e0 node=quilt-b2 latency={90 + 13 * n}ms\n"


def _render(shares: list[int], state: str = "rendering") -> list[Step]:
    """A quilt pattern's render polled; every poll embeds alike (one vector), every
    response apart."""
    steps = [Step.llm("Starting the render.", observation="Render the spring quilt pattern.")]
    for n, share in enumerate(shares):
        body = {
            "job": "QP-3318",
            "pattern": "spring medallion",
            "blocks": "twelve inch",
            "fabric": "cotton lawn",
            "state": state,
            "progress": share,
        }
        steps.append(
            Step.tool_call(
                "quilt.render_status",
                {"job": "QP-3318"},
                observation=_status_line(n) + json.dumps(body),
            ).with_embedding(_unit(0))
        )
        if n == 1:
            steps.append(Step.llm(f"Still {state}.").with_embedding(_unit(1 + n)))
    return steps


def _semantic_levels(steps: list[Step]) -> list[str]:
    tracker = LoopTracker()
    return [tracker.observe(s).escalation_level for s in steps]


def test_a_share_done_rising_at_every_poll_is_progress() -> None:
    assert "act" not in _semantic_levels(_render([5, 20, 45, 50, 60]))


def test_a_share_that_stands_still_is_still_a_stalled_poll() -> None:
    assert "act" in _semantic_levels(_render([62, 62, 62, 62, 62]))


def test_only_a_share_rising_by_uneven_steps_within_a_whole_runs_on() -> None:
    def polls(values: list[int]) -> list[tuple[int, Step]]:
        return [
            (n, Step.tool_call("quilt.render_status", {"job": "QP-3318"}, observation=f"seq={v}"))
            for n, v in enumerate(values)
        ]

    def share(values: list[float]) -> list[tuple[int, Step]]:
        return [
            (
                n,
                Step.tool_call(
                    "quilt.render_status",
                    {"job": "QP-3318"},
                    observation=json.dumps({"state": "rendering", "progress": v}),
                ),
            )
            for n, v in enumerate(values)
        ]

    assert _runs_on(share([20, 45, 50]))
    assert _runs_on(share([0.2, 0.45, 0.5]))
    assert not _runs_on(polls([4, 5, 6]))  # a counter of the calls
    assert not _runs_on(share([1400, 1405, 1412]))  # past a whole
    assert not _runs_on(share([47, 27, 19]))  # a reading that falls
    assert not _runs_on(share([31, 36, 32]))  # scatters


# -- figures that wander inside a text ----------------------------------------------------------


def _gauge(quota: list[int], done: list[int] | None = None) -> list[Step]:
    steps = _opening("How many hives in the east apiary have been inspected this week?")
    for n, left in enumerate(quota):
        body = {
            "apiary": "east",
            "inspected": 14 if done is None else done[n],
            "visitors_now": [3, 5, 2, 4, 3, 5][n],
            "_http": {"x-rate-limit": f"user-hour-lim:900;user-hour-rem:{left};"},
        }
        if done is not None:
            body["note"] = f"{done[n]} of 40 hives done"
        steps.append(
            Step.tool_call("apiary.inspections", {"apiary": "east"}, observation=json.dumps(body))
        )
    return steps


def test_the_same_read_with_a_wandering_quota_in_a_text_is_a_repeat() -> None:
    assert "act" in _levels(_gauge([871, 640, 802, 655, 790, 700]))


def test_a_count_running_on_beside_the_wandering_quota_is_progress() -> None:
    steps = _gauge([871, 640, 802, 655, 790, 700], done=[14, 17, 21, 26, 30, 33])
    assert "act" not in _levels(steps)


# -- a value set back and forth, the same reason given each way --------------------------------


def _holds(reasons: list[str]) -> list[Step]:
    steps = _opening("Route the reserved atlas to a pickup branch for Ms Okafor.")
    for n, branch in enumerate(["north", "harbour", "north"]):
        body = {
            "request_id": f"{0x7A11C + 3301 * n:x}d9",
            "item": "ATL-0771",
            "pickup": branch,
            "updated": True,
        }
        if n:
            steps.append(Step.llm(reasons[n - 1].format(branch)))
        steps.append(
            Step.tool_call(
                "holds.set_pickup",
                {"item": "ATL-0771", "pickup": branch},
                observation=json.dumps(body),
            )
        )
    steps.append(Step.llm("Done."))
    return steps


def test_a_branch_switched_back_and_forth_for_the_same_reason_is_a_loop() -> None:
    same = "Switching it to {}; that suits the reader better."
    assert "act" in _levels(_holds([same, same]))


def test_a_branch_tried_and_then_restored_for_what_it_showed_is_progress() -> None:
    reasons = [
        "Switching it to {}; it may be closer for her.",
        "Harbour is closed for a refit this week, so back to {}.",
    ]
    assert "act" not in _levels(_holds(reasons))
