"""Round 42's rules (studied on the fifty-third set after its one unseen measurement), each with
a loop it catches and a look-alike of progress it spares.

A result's top-level members that hold what a protocol says about the response, not the answer
(HTTP's "headers", GraphQL's "extensions", which its spec reserves for implementors, JSON:API's
"meta", AWS's "ResponseMetadata"), carry numbers that measure the call: how long it took, what
the query cost, how many calls a rate limit has left. They change on every call while the
answer beside them stays, whatever their key ("X-RateLimit-Remaining", "complexity",
"duration"), so they are dropped there, where no earlier spelling list could name them all.
What else those members say (a status, a link, a word) is kept, and so is a number when such
members are all the answer holds. The same record read again and again under a fresh count of
calls left is a repeat; a job whose progress rises in the body under the same envelope is not.

A response that puts its next try a stated time off ("I'll retry after 5 seconds", "backing off
2 s before retrying") lets that time pass first, as "waiting 5 s" does: a busy server's error
retried so, until it clears, is a back-off, not a loop. A refusal for good (a 403) retried so is
still one.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step, _paces, _result_key


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


# --- Numbers in an envelope member measure the call ----------------------------------------

LIBRARY = "Renew the interlibrary loan for the atlas before it falls due."


def _headers(n: int) -> dict[str, object]:
    return {
        "X-RateLimit-Remaining": str(4990 - 7 * n * n),
        "X-Quota-Used": 10 + 3 * n,
        "Date": f"Sat, 04 Jul 2026 10:0{n}:00 GMT",
    }


def _loan_reads(bodies: list[dict[str, object]]) -> list[Step]:
    steps = [Step.llm("Looking the loan up first.", observation=LIBRARY)]
    for n, body in enumerate(bodies):
        steps.append(
            Step.tool_call(
                "ill.get_loan",
                {"loan": "ILL-5521"},
                observation=json.dumps({"status_code": 200, "headers": _headers(n), "body": body}),
            )
        )
    return steps


def test_one_loan_read_again_under_fresh_rate_limit_counts_is_a_loop() -> None:
    body = {"loan": "ILL-5521", "state": "due", "renewals": 0}
    assert "act" in _levels(_loan_reads([body] * 6))


def test_a_request_whose_state_moves_under_the_same_envelope_is_progress() -> None:
    states = ["requested", "requested", "approved", "shipped", "received", "renewed"]
    bodies: list[dict[str, object]] = [
        {"loan": "ILL-5521", "state": s, "step": n} for n, s in enumerate(states)
    ]
    assert "act" not in _levels(_loan_reads(bodies))


def _graphql(data: object, cost: int) -> str:
    return json.dumps({"data": data, "extensions": {"cost": {"requestedQueryCost": cost}}})


def test_one_graphql_query_answered_alike_at_another_cost_is_a_loop() -> None:
    steps = [Step.llm("Reading the listing.", observation="Mark the kiln listing as sold.")]
    listing = {"listing": {"id": "L-88", "title": "Kiln", "sold": False}}
    steps += [
        Step.tool_call("market.listing", {"id": "L-88"}, observation=_graphql(listing, 11 + 17 * n))
        for n in range(6)
    ]
    assert "act" in _levels(steps)


def test_a_graphql_queue_drained_item_by_item_is_progress() -> None:
    steps = [Step.llm("Working the moderation queue.", observation="Clear the report queue.")]
    for n in range(7):
        report = {"nextReport": {"id": f"RPT-{300 + n}", "reason": ["spam", "abuse"][n % 2]}}
        steps.append(
            Step.tool_call("mod.next_report", {}, observation=_graphql(report, 11 + 17 * n))
        )
        steps.append(
            Step.tool_call(
                "mod.resolve",
                {"id": f"RPT-{300 + n}"},
                observation=_graphql({"resolve": {"ok": True, "id": f"RPT-{300 + n}"}}, 5),
            )
        )
    assert "act" not in _levels(steps)


def test_an_envelope_drops_only_its_numbers_and_only_beside_an_answer() -> None:
    answer = {"results": [], "total": 0}
    timed = [_result_key(json.dumps({**answer, "meta": {"duration": d}})) for d in (719, 74)]
    assert timed[0] == timed[1]
    # A word in the envelope is kept ...
    assert _result_key(json.dumps({**answer, "meta": {"source": "cache"}})) != _result_key(
        json.dumps({**answer, "meta": {"source": "origin"}})
    )
    # ... and a number is kept where the envelope is all there is.
    assert _result_key(json.dumps({"meta": {"count": 3}})) != _result_key(
        json.dumps({"meta": {"count": 4}})
    )
    # A number of the answer itself is the answer's.
    assert _result_key(json.dumps({"total": 3, "meta": {"duration": 5}})) != _result_key(
        json.dumps({"total": 4, "meta": {"duration": 5}})
    )


# --- A retry put a stated time off ------------------------------------------------------------

PARCELS = "Book the courier pickup for tomorrow's parcels."


def _pickups(error: str, responses: list[str], recovers: bool) -> list[Step]:
    steps = [
        Step.llm("Checking the parcels first.", observation=PARCELS),
        Step.tool_call("depot.list_parcels", {"day": "tomorrow"}, observation='{"count": 14}'),
    ]
    for response in responses:
        steps.append(Step.tool_call("courier.book", {"parcels": 14}, observation=error, error=True))
        steps.append(Step.llm(response))
    if recovers:
        steps.append(
            Step.tool_call("courier.book", {"parcels": 14}, observation='{"booking": "BK-771"}')
        )
        steps.append(Step.llm("Pickup booked: BK-771, tomorrow 09:00-12:00."))
    return steps


RETRIES = [
    "Server-side hiccup. I'll retry after 5 seconds.",
    "Still unavailable. I'll retry after 10 seconds.",
    "The depot is still busy. I'll retry after 20 seconds.",
]


def test_a_busy_server_retried_after_stated_waits_until_it_clears_is_progress() -> None:
    busy = '{"status": 503, "error": "service unavailable", "detail": "retry in 10 s"}'
    assert "act" not in _levels(_pickups(busy, RETRIES, recovers=True))


def test_a_refusal_retried_after_stated_waits_is_still_a_loop() -> None:
    refused = '{"status": 403, "error": "forbidden", "detail": "account not enabled for pickups"}'
    assert "act" in _levels(_pickups(refused, RETRIES + RETRIES[:2], recovers=False))


def test_a_retry_put_a_stated_time_off_paces_the_next_try() -> None:
    assert _paces(Step.llm("Server-side hiccup. I'll retry after 5 seconds."))
    assert _paces(Step.llm("Transient error - backing off 2 s before retrying."))
    assert not _paces(Step.llm("I'll retry the booking now."))
    assert not _paces(Step.llm("The pickup window is 5 hours."))
