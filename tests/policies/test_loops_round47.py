"""Round 47's rules (studied on the fifty-eighth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A server wraps its answer in an envelope that describes the serving, and every new set spelled
the envelope's fields anew. So the envelope's stamps are now known by their shape in the
envelope's place, not by their keys. The place: a member the protocol reserves for itself
("meta", "headers"), a field whose key is marked as the envelope's own (a leading "_" or "@"),
and a scalar at the top of an object beside its payload (another member that is an object).
The shapes: a host, node or replica name in lower case with a number last ("quotes-svc-7"), a
value with a random hex part (a revision "12-9c0ffe", a trace id, an ETag), and a number keyed
by a unit of time or size ("render_us", "elapsedMs", "bytes"). The same answer served by another
replica, at another speed, in another size, is the same answer asked for again. A state word, a
count or a record in the payload still moves, and a state word beside the payload is no stamp.

An HTTP message of success ("HTTP/1.1 200 OK", its headers, a blank line, its body) is the same
envelope in text: a header of a stamp's shape, a whole timestamp (when it was served) or a bare
number (a size, the calls left in a rate limit, measured per call, as round 42 reads a "headers"
member's numbers) says nothing of the body, which is read as any result is.
"""

from __future__ import annotations

import json

from loop_replay import replay

from policies._loops import Step

QUOTE = {"sku": "BRK-2210", "supplier": "Halden Parts", "unit_price": 14.2, "state": "open"}


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps)]


def _opening() -> list[Step]:
    return [
        Step.llm(
            "Looking up the brake pad quote.",
            observation="Has Halden confirmed the quote for BRK-2210 yet?",
        ),
    ]


def _enveloped(payload: dict[str, object], n: int) -> str:
    """A payload beside an envelope whose every stamp is new on call ``n``."""
    return json.dumps(
        {
            "quote": payload,
            "ok": True,
            "replica": f"quotes-svc-{n % 3 + 1}",
            "render_us": 700 + 37 * n,
            "rev": f"{n}-{(n * 7919) % 65536:04x}c0ffe",
            "_worker": f"pricing-w{n + 2}",
            "_elapsedMs": 40 + n,
        }
    )


def test_the_same_answer_in_a_new_envelope_each_time_is_the_same_answer() -> None:
    steps = [
        *_opening(),
        *(
            Step.tool_call("quotes_get", {"sku": "BRK-2210"}, observation=_enveloped(QUOTE, n))
            for n in range(5)
        ),
    ]
    assert _levels(steps)[-1] == "act"


def test_a_state_that_advances_inside_the_envelope_is_progress() -> None:
    states = ["open", "priced", "approved", "confirmed", "ordered"]
    steps = [
        *_opening(),
        *(
            Step.tool_call(
                "quotes_get",
                {"sku": "BRK-2210"},
                observation=_enveloped({**QUOTE, "state": state}, n),
            )
            for n, state in enumerate(states)
        ),
    ]
    assert _levels(steps) == ["none"] * len(steps)


def test_a_state_word_beside_the_payload_is_no_stamp() -> None:
    phases = ["copying", "verifying", "indexing", "sealing", "done"]
    steps = [
        *_opening(),
        *(
            Step.tool_call(
                "archive_status",
                {"archive": "AR-77"},
                observation=json.dumps(
                    {"archive": {"id": "AR-77", "files": 412}, "phase": phase, "node": "arc-2"}
                ),
            )
            for phase in phases
        ),
    ]
    assert _levels(steps) == ["none"] * len(steps)


def test_pages_that_bring_new_records_in_the_same_envelope_are_progress() -> None:
    steps = [
        *_opening(),
        *(
            Step.tool_call(
                "quotes_list",
                {"supplier": "Halden Parts", "page": page},
                observation=json.dumps(
                    {
                        "page": {"items": [f"BRK-{2200 + 10 * page + k}" for k in range(3)]},
                        "served_from": f"quotes-svc-{page}",
                        "bytes": 1800 + page,
                    }
                ),
            )
            for page in range(1, 6)
        ),
    ]
    assert _levels(steps) == ["none"] * len(steps)


def _http(body: dict[str, object], n: int) -> str:
    return (
        "HTTP/1.1 200 OK\n"
        f"Date: Tue, 03 Feb 2026 10:{10 + n}:05 GMT\n"
        f"X-Trace: 5{n}1a0c9e-7f3{n}\n"
        f"Server: edge-cache-{n + 4}\n"
        f"X-RateLimit-Remaining: {900 - 3 * n}\n"
        f'ETag: "7d{n}e9a0c41"\n'
        "\n" + json.dumps(body)
    )


def test_the_same_body_under_new_http_headers_is_the_same_answer() -> None:
    steps = [
        *_opening(),
        *(
            Step.tool_call("supplier_portal_get", {"ref": "BRK-2210"}, observation=_http(QUOTE, n))
            for n in range(5)
        ),
    ]
    assert _levels(steps)[-1] == "act"


def test_a_body_that_moves_under_http_headers_is_progress() -> None:
    counts = [0, 4, 9, 15, 20]
    steps = [
        *_opening(),
        *(
            Step.tool_call(
                "supplier_portal_get",
                {"ref": "BRK-2210"},
                observation=_http({**QUOTE, "units_shipped": shipped}, n),
            )
            for n, shipped in enumerate(counts)
        ),
    ]
    assert _levels(steps) == ["none"] * len(steps)
