"""Round 53's rules (studied on the sixty-fifth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A random hex id that a server stamps on each answer (a request's id, a self link's token,
"/v2/8e1465") is dropped from the answer by its hex shape: a run of hex characters holding a
digit and a letter. A random draw sometimes holds no letter ("/v2/897347") or no digit
("bfeedf"), and then it has no hex shape of its own, the answer keeps it, and the same
answer served again read as another. Two results of one call that differ only where one
kept such a value and the other dropped a stamp there, the two spelled alike but for their
runs of hex characters (``_same_but_redrawn``, in ``LoopTracker._alias_echo`` and
``_result_views``), are now one answer: the same stamp drawn anew. A value in the payload,
or one where the other answer held no stamp, still tells the answers apart.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _same_but_redrawn


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
    # A count in the payload that moved is no stamp, however it is spelled.
    c = json.dumps({"data": {"runs": ["R-4"], "waiting": "415263"}, "links": {}})
    d = json.dumps({"data": {"runs": ["R-4"], "waiting": "3f9c0e"}, "links": {}})
    key_c = Step.tool_call("GET /api/runs", observation=c).observation_key
    key_d = Step.tool_call("GET /api/runs", observation=d).observation_key
    assert not _same_but_redrawn(c, d, key_c, key_d)
