"""Round 67's rules (studied on the seventy-ninth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

False trips: a return code's 0 in a ``key=value`` result ("rc=0 ... matches=2") is the call's
outcome, no count of nothing found (``_OUTCOME_ZERO``); a "k of N" counter that climbs by one
stride each report ("4 of 20", "8 of 20") is a batch worked through (``_counts_through``).
Noise: a log line's worker tag of a short instance name ("[app-2b]"), its age field with the
unit in the value ("cache_age=15s"), and an HTTP ``Server`` header naming a node ("app-2b").
Loops: a read announced again and made again to the same answer
(``_reread_announced_again``), a promise given word for word twice in a row
(``_promise_said_twice_at_once``), and a listing fetched again to the same page, the cursor
it gave left unpassed (``_cursor_left_unpassed_found``; a quoted cursor is masked too).
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import (
    LoopConfig,
    Step,
    _counts_through,
    _found_nothing,
    _result_key,
)


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


# -- A return code's 0 in key=value lines is no count of nothing found ---------------------


def test_return_code_zero_in_key_value_result_found_something() -> None:
    hit = Step.tool_call("kiln find", {"q": "glaze crack"}, observation="rc=0 q=glaze 2 hits")
    assert not _found_nothing(hit)
    yaml_hit = Step.tool_call("kiln find", {"q": "x"}, observation="exit_code: 0\nhits: 3")
    assert not _found_nothing(yaml_hit)


def test_zero_hits_beside_the_return_code_still_found_nothing() -> None:
    empty = Step.tool_call("kiln find", {"q": "glaze crack"}, observation="rc=0 q=glaze 0 hits")
    assert _found_nothing(empty)


def _searches(counts: list[int]) -> list[Step]:
    steps = [Step.llm("I'll search the firing log.", observation="Find the cracked batches.")]
    for k, (q, n) in enumerate(
        zip(("glaze crack", "warped lid", "cone 6", "bloat"), counts, strict=True)
    ):
        steps.append(Step.llm(f"Trying another term, number {k + 1}."))
        steps.append(
            Step.tool_call(
                "kiln find", {"q": q}, observation=f"rc=0 q={q.replace(' ', '_')} {n} hits"
            )
        )
    return steps


def test_searches_that_find_something_are_spared() -> None:
    steps = _searches([1, 2, 1, 3])
    assert "act" not in _levels(steps)
    assert "reworded_repeat" not in _fired(steps)


def test_searches_that_find_nothing_are_still_caught() -> None:
    assert "reworded_repeat" in _fired(_searches([0, 0, 0, 0]))


# -- A counter that climbs by one stride is a batch worked through --------------------------


def _batch(counts: list[int], ids: list[str]) -> list[tuple[int, Step]]:
    history: list[tuple[int, Step]] = []
    for k, (n, rid) in enumerate(zip(counts, ids, strict=True)):
        history.append(
            (2 * k, Step.tool_call("set-tier", {"id": rid, "tier": "b"}, observation="saved")),
        )
        history.append((2 * k + 1, Step.llm(f"Tiers set: {n} of 20 so far; going on.")))
    return history


def test_counter_by_a_stride_counts_through() -> None:
    history = _batch([4, 8, 12], ["M-101", "M-102", "M-103"])
    assert _counts_through(history, [1, 3, 5])


def test_counter_that_stands_or_jumps_unevenly_does_not() -> None:
    assert not _counts_through(_batch([4, 4, 4], ["M-101", "M-102", "M-103"]), [1, 3, 5])
    assert not _counts_through(_batch([4, 8, 9], ["M-101", "M-102", "M-103"]), [1, 3, 5])
    # The same call made again while the count climbs: no batch.
    assert not _counts_through(_batch([4, 8, 12], ["M-101", "M-102", "M-102"]), [1, 3, 5])


# -- A log line's short worker tag and its age; an HTTP Server header's node ----------------


def test_log_line_worker_tag_and_age_are_masked() -> None:
    one = '2026-03-02T08:00:01Z INFO [app-2b] trace=4f1c9e0a77d2 id="K-7" state="open" age=15s'
    two = '2026-03-02T08:03:41Z INFO [web-11] trace=90ab12cd34ef id="K-7" state="open" age=95s'
    assert _result_key(one) == _result_key(two)


def test_log_line_state_and_an_age_in_days_are_kept() -> None:
    one = '2026-03-02T08:00:01Z INFO [app-2b] trace=4f1c9e0a77d2 id="K-7" state="open" age=15s'
    moved = one.replace('state="open"', 'state="closed"')
    assert _result_key(one) != _result_key(moved)
    days = '2026-03-02T08:00:01Z INFO [app-2b] trace=4f1c9e0a77d2 id="K-7" age=4d'
    assert _result_key(days) != _result_key(days.replace("age=4d", "age=9d"))


def test_server_header_naming_a_node_is_masked() -> None:
    head = "HTTP/1.1 200 OK\nX-Request-Id: {rid}\nServer: {node}\n\nid: K-7\nstate: {state}"
    one = head.format(rid="a1b2c3d4", node="app-2b", state="open")
    two = head.format(rid="99ee00ff", node="web-7c", state="open")
    assert _result_key(one) == _result_key(two)
    moved = head.format(rid="99ee00ff", node="web-7c", state="closed")
    assert _result_key(one) != _result_key(moved)


# -- A read announced again, made again to the same answer ----------------------------------


_RECORD = '{"id": "KF-3310", "firing": "cone 6", "state": "queued"}'


def _reread(first: str, second: str, result2: str = _RECORD) -> list[Step]:
    return [
        Step.llm("On it; I'll look at the kiln job first.", observation="Re-fire batch KF-3310."),
        Step.llm(first),
        Step.tool_call("get_firing", {"id": "KF-3310"}, observation=_RECORD),
        Step.llm(second),
        Step.tool_call("get_firing", {"id": "KF-3310"}, observation=result2),
    ]


def test_read_announced_again_is_caught() -> None:
    steps = _reread("Checking KF-3310 for its firing.", "Looking at the firing of KF-3310 now.")
    assert _levels(steps)[-1] == "act"
    assert "action_observation" in _fired(steps)


def test_read_whose_answer_moved_is_spared() -> None:
    moved = _RECORD.replace("queued", "firing")
    steps = _reread("Checking KF-3310 for its firing.", "Checking KF-3310 again.", moved)
    assert "act" not in _levels(steps)


def test_read_reported_then_verified_is_spared() -> None:
    # The response before the first read names no record: the one after it reports, and
    # the second read verifies (round sixty-four's rule asks two namings for that).
    steps = _reread("Looking it up.", "KF-3310 is queued at cone 6; verifying once.")
    assert "act" not in _levels(steps)


def test_read_after_a_write_is_spared() -> None:
    steps = [
        Step.llm("On it.", observation="Re-fire batch KF-3310."),
        Step.llm("Checking KF-3310 for its firing."),
        Step.tool_call("get_firing", {"id": "KF-3310"}, observation=_RECORD),
        Step.llm("Setting KF-3310 to cone 6."),
        Step.tool_call("set_firing", {"id": "KF-3310", "firing": "cone 6"}, observation="ok"),
        Step.llm("Checking KF-3310 for its firing."),
        Step.tool_call("get_firing", {"id": "KF-3310"}, observation=_RECORD),
    ]
    assert "act" not in _levels(steps)


# -- A promise given word for word twice in a row --------------------------------------------


_PROMISE = (
    "From what I have, KF-3310 needs its firing schedule checked. I'll work it out and apply it."
)


def _promised_twice(second: Step) -> list[Step]:
    return [
        Step.llm("On it.", observation="Re-fire batch KF-3310."),
        Step.tool_call("get_firing", {"id": "KF-3310"}, observation=_RECORD),
        Step.llm(_PROMISE),
        second,
    ]


def test_promise_said_twice_at_once_is_caught() -> None:
    steps = _promised_twice(Step.llm(_PROMISE))
    assert _levels(steps)[-1] == "act"
    assert "monologue" in _fired(steps)


def test_promise_after_new_input_or_a_short_ack_is_spared() -> None:
    told = _promised_twice(Step.llm(_PROMISE, observation="Use the slow cool this time."))
    assert "act" not in _levels(told)
    short = [
        Step.llm("On it.", observation="Re-fire batch KF-3310."),
        Step.llm("I'll do that now."),
        Step.llm("I'll do that now."),
    ]
    assert "act" not in _levels(short)


# -- A listing fetched again to the same page, its cursor left unpassed ---------------------


def _page(cursor: str, items: str) -> str:
    return f'2026-03-02T08:00:01Z INFO listing items="{items}" cursor="{cursor}" total="30"'


def test_listing_fetched_again_without_its_cursor_is_caught() -> None:
    steps = [
        Step.llm("I'll list the kiln jobs.", observation="Which batches still need firing?"),
        Step.tool_call("jobs/list", {"limit": 3}, observation=_page("k_51ac0e", "J-1 J-2 J-3")),
        Step.llm("Got the first jobs; fetching more."),
        Step.tool_call("jobs/list", {"limit": 3}, observation=_page("k_51ac0e", "J-1 J-2 J-3")),
    ]
    assert _levels(steps)[-1] == "act"
    assert "action_observation" in _fired(steps)


def test_listing_that_passes_its_cursor_is_spared() -> None:
    steps = [
        Step.llm("I'll list the kiln jobs.", observation="Which batches still need firing?"),
        Step.tool_call("jobs/list", {"limit": 3}, observation=_page("k_51ac0e", "J-1 J-2 J-3")),
        Step.llm("Got the first jobs; fetching more."),
        Step.tool_call(
            "jobs/list",
            {"limit": 3, "cursor": "k_51ac0e"},
            observation=_page("k_77d0b2", "J-4 J-5 J-6"),
        ),
        Step.llm("Fetching the next page."),
        Step.tool_call(
            "jobs/list",
            {"limit": 3, "cursor": "k_77d0b2"},
            observation=_page("k_90e1c4", "J-7 J-8 J-9"),
        ),
    ]
    assert "act" not in _levels(steps)


def test_first_page_retried_once_then_paged_is_spared() -> None:
    first = _page("k_51ac0e", "J-1 J-2 J-3")
    steps = [
        Step.llm("I'll list the kiln jobs.", observation="Which batches still need firing?"),
        Step.tool_call("jobs/list", {"limit": 3}, observation=first),
        Step.tool_call("jobs/list", {"limit": 3}, observation=first),
        Step.tool_call(
            "jobs/list",
            {"limit": 3, "cursor": "k_51ac0e"},
            observation=_page("k_77d0b2", "J-4 J-5 J-6"),
        ),
    ]
    assert "act" not in _levels(steps)


def test_read_announced_again_to_verify_in_other_words_is_spared() -> None:
    steps = _reread("Checking KF-3310 for its firing.", "Let me double-check KF-3310 once.")
    assert "act" not in _levels(steps)


def test_read_announced_again_word_for_word_is_caught() -> None:
    steps = _reread("Checking KF-3310 for its firing.", "Checking KF-3310 for its firing.")
    assert _levels(steps)[-1] == "act"
