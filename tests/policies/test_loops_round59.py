"""Round 59's rules (studied on the seventy-first set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

An agent that opens one record after another through one tool, announcing each in one
template that names the record ("Opening booking AC310952 to confirm the slot ..."), walks over
records: the template's "confirm" is no re-check (``_walks_records`` in ``_rechecks_said``).
The same words said each time, with the calls going round other sources, still re-check.

A search refined step by step, each query keeping the last one's words and adding one, each
answered with fewer hits, asks a narrower question each time (``_narrows_down``): what it
brings back is a part of what was seen, but not "nothing new". The same words reordered, or
a term added that finds the same hits, is no narrowing.

A log line in syslog's form whose program tag carries the writing process's id with the
message's fields in logfmt right after it, no colon, perhaps after the event's one word
("<ts> INFO app[4410] trace=.. id=.. state=open"), has the pid masked as round fifty-eight
masked "app[20700]: ..." (``_SYSLOG_PID``).

A record's code in capitals with its letters before its digits is a record's, not a
cache-buster of hex characters (``_CAPITALS_CODE``): writes to other records differ.

The serving's stamps of other shapes: HTTP's ``Via``; a server named in an envelope member
whatever its value (``_SERVING_KEY``); in a record of ``key=value`` fields or ``key: value``
lines (a YAML document's "---" before them), a transaction's number beside the host that
served (``_without_serving``); on an XML root, a node attribute beside another stamp. Each
is kept where it may be the answer's own (a tree's "node", a host listed alone).

A field written A, B, A, B by a tool that names a write, the second round trip with nothing
said or told (``_round_trip_again``), each write's version masked when it is compared with
its undoing (``_WRITE_VERSION``): the round trip redone confirms itself. A value tried and
restored once is spared.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import LoopConfig, Step, _result_key


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


def test_walk_over_records_each_confirmed_is_spared() -> None:
    steps = [Step.llm("Looking up the bookings for the school group.")]
    # (Record codes of hex digits alone, masked alike in the responses' words.)
    walk = (("AC310952", "Hill School", 62), ("BE720418", "Scouts 5th", 120))
    walk += (("CD904217", "Astro Club", 90),)
    for n, (rid, group, seats) in enumerate(walk, 1):
        steps.append(
            Step.llm(f"Opening booking {rid} to confirm the slot before I change anything.")
        )
        steps.append(
            Step.tool_call(
                "bookings/get",
                {"id": rid},
                observation=f'{{"record": "{rid}", "group": "{group}", "seats": {seats}, '
                f'"slot": "Tue 1{n}:00", "status": "held"}}',
            )
        )
    assert "act" not in _levels(steps)
    assert "action_observation" not in _fired(steps)


def test_same_confirmation_in_rotating_sources_is_caught() -> None:
    steps = [Step.llm("Looking up the rate for the order.")]
    sources = ("rates/primary", "rates/mirror", "rates/primary", "rates/mirror")
    for tool in sources:
        steps.append(Step.llm("Let me confirm the rate once more before I change anything."))
        steps.append(Step.tool_call(tool, {"order": "O-7"}, observation='{"rate": 4.5}'))
    assert "action_observation" in _fired(steps)


def _search(q: str, hits: list[str]) -> Step:
    items = ", ".join(f'{{"id": "{h}", "holder": "Holder {h}"}}' for h in hits)
    return Step.tool_call(
        "permits/search", {"q": q}, observation=f'{{"total": {len(hits)}, "items": [{items}]}}'
    )


def test_search_narrowed_step_by_step_is_spared() -> None:
    from policies._loops import _narrows_down

    steps = [
        _search("kestrel", ["P-11", "P-12", "P-13", "P-14", "P-15"]),
        _search("kestrel north", ["P-12", "P-13", "P-15"]),
        _search("kestrel north reed", ["P-13"]),
    ]
    tools = list(enumerate(steps))
    assert _narrows_down(tools[1:], tools)
    # (The rule sits in ``reworded_repeat``'s agreement with the semantic detector, which
    # these structural tests do not run: the whole search is replayed without a finding.)
    assert "reworded_repeat" not in _fired([Step.llm("Finding the permit."), *steps])


def test_search_words_reordered_for_same_hits_is_not_narrowing() -> None:
    from policies._loops import _narrows_down

    steps = [
        _search("kestrel north reed", []),
        _search("north kestrel reed", []),
        _search("reed north kestrel", []),
    ]
    tools = list(enumerate(steps))
    assert not _narrows_down(tools[1:], tools)
    # A term added that finds the same hits finds no fewer.
    steps = [_search("kestrel", ["P-13"]), _search("kestrel reed", ["P-13"])]
    tools = list(enumerate(steps))
    assert not _narrows_down(tools[1:], tools)


def _log(n: int, state: str) -> str:
    return (
        f"2026-10-12T23:3{n}:37.102Z INFO auditd[{40711 - 977 * n}] trace={n:x}5b4517998 "
        f"nc=NC-X1001 severity=major state={state}"
    )


def test_logfmt_after_pid_tag_masks_pid() -> None:
    assert _result_key(_log(1, "open")) == _result_key(_log(2, "open"))
    assert _result_key(_log(1, "open")) != _result_key(_log(2, "closed"))
    # A bracketed number before other words is no process tag: kept.
    a = _result_key("2026-10-12T23:31:37Z queue[3] waiting for slot")
    b = _result_key("2026-10-12T23:31:37Z queue[4] waiting for slot")
    assert a != b


def test_same_log_line_read_again_is_caught() -> None:
    steps = [
        Step.tool_call("nc/show", {"nc": "NC-X1001"}, observation=_log(n, "open")) for n in range(5)
    ]
    assert "act" in _levels(steps)


def test_log_line_that_moves_is_spared() -> None:
    states = ["open", "evidence", "review", "closed", "archived"]
    steps = [
        Step.tool_call("nc/show", {"nc": "NC-X1001"}, observation=_log(n, s))
        for n, s in enumerate(states)
    ]
    assert "act" not in _levels(steps)


def _http(node: str, body: str) -> str:
    return (
        "HTTP/1.1 200 OK\nDate: 2026-03-01T10:00:00Z\nContent-Type: application/json\n"
        f"Via: 1.1 {node}\n\n{body}"
    )


def test_via_header_is_a_stamp() -> None:
    body = '{"record": "R-12", "slot": "Thu 09:30"}'
    assert _result_key(_http("gw-a", body)) == _result_key(_http("fe-3", body))
    assert _result_key(_http("gw-a", body)) != _result_key(
        _http("gw-a", '{"record": "R-12", "slot": "Fri 09:30"}')
    )


def test_same_answer_through_other_proxies_is_caught() -> None:
    nodes = ["gw-a", "fe-3", "gw-b", "wk-7", "gw-a"]
    steps = [
        Step.tool_call("records/get", {"id": "R-12"}, observation=_http(n, '{"slot": "Thu"}'))
        for n in nodes
    ]
    assert "act" in _levels(steps)


def _enveloped(node: str, state: str) -> str:
    meta = f', "meta": {{"served_by": "{node}"}}' if node else ', "meta": {}'
    return f'{{"ok": true, "data": {{"job": "jq1", "state": "{state}"}}{meta}}}'


def test_server_named_in_envelope_member_without_digit_is_dropped() -> None:
    assert _result_key(_enveloped("gw-a", "queued")) == _result_key(_enveloped("", "queued"))
    # Beside a payload at the top, unmarked, "node" may be the record's own: kept.
    a = _result_key('{"node": "leaf-a", "children": [1, 2]}')
    b = _result_key('{"node": "leaf-b", "children": [1, 2]}')
    assert a != b


def test_queued_job_polled_through_other_nodes_is_caught() -> None:
    nodes = ["gw-a", "", "gw-b", "", "", "gw-a"]
    steps = [
        Step.tool_call("jobs/status", {"job": "jq1"}, observation=_enveloped(n, "queued"))
        for n in nodes
    ]
    assert "act" in _levels(steps)


def test_moving_job_through_other_nodes_is_spared() -> None:
    states = ["queued", "running", "copying", "indexing", "verifying", "done"]
    steps = [
        Step.tool_call("jobs/status", {"job": "jq1"}, observation=_enveloped("gw-a", s))
        for s in states
    ]
    assert "act" not in _levels(steps)


def _fields(host: str, txn: int, total: int) -> str:
    return f"RESULT=OK\nTXN={txn}\nHOST={host}\nTIME=2026-01-01T18:43:11Z\nTOTAL={total}"


def test_transaction_and_host_fields_are_the_serving() -> None:
    assert _result_key(_fields("GW-B", 73310457, 0)) == _result_key(_fields("FE-2", 20584913, 0))
    assert _result_key(_fields("GW-B", 73310457, 0)) != _result_key(_fields("FE-2", 20584913, 4))
    # A host listed without a transaction's number may be what the record is about: kept.
    assert _result_key("host=db-1 state=up") != _result_key("host=db-2 state=up")


def test_yaml_marker_and_rpc_header_are_dropped() -> None:
    def doc(rpc: str, shard: str) -> str:
        return f"---\nrpc_id: {rpc}\nshard: {shard}\nstatus: error\ncode: UNAVAILABLE"

    assert _result_key(doc("c41de0a7b2", "wk-7")) == _result_key(doc("9f07e2b6d1", "fe-3"))


def test_same_zero_hits_from_other_hosts_is_caught() -> None:
    steps = [
        Step.tool_call("exams/search", {"q": "b3 boiler"}, observation=_fields(h, t, 0))
        for h, t in (("GW-B", 73310457), ("FE-2", 20584913), ("FE-3", 41726093))
        for _ in range(2)
    ]
    assert "act" in _levels(steps)


def test_capital_codes_differ_as_records() -> None:
    from policies._loops import differ_in_entity

    def write(code: str) -> Step:
        return Step.tool_call(
            "bookings/patch", {"id": code, "slot": "Thu"}, observation='{"updated": true}'
        )

    # Each a record's code, hex characters by chance: other records.
    assert differ_in_entity(write("DC410372"), write("DC883016"))
    # A lower-case token of hex characters is a cache-buster: the same call.
    a = Step.tool_call("records/get", {"id": "R-1", "cb": "a3f9c2e1"}, observation="x")
    b = Step.tool_call("records/get", {"id": "R-1", "cb": "b71d04fa"}, observation="x")
    assert not differ_in_entity(a, b)


def test_event_word_between_pid_tag_and_fields_masks_pid() -> None:
    def line(pid: int) -> str:
        return f"2026-04-02T08:15:07.311Z INFO auditd[{pid}] row nc=NC-X2002 clause=4.2.1"

    assert _result_key(line(31177)) == _result_key(line(4642))


def _xml(node: str, rid: str, state: str) -> str:
    return (
        f'<result requestId="{rid}" generated="2026-04-02T08:15:07.311Z" node="{node}">'
        f"<ref>L-512</ref><state>{state}</state></result>"
    )


def test_xml_root_node_beside_a_stamp_is_dropped() -> None:
    assert _result_key(_xml("gw-b", "7a2c90e1d4bb", "suspended")) == _result_key(
        _xml("gw-a", "e03f5b7c2a19", "suspended")
    )
    # Alone on the root, with no stamp beside it, "node" may be the answer's: kept.
    a = _result_key('<tree node="leaf-a"><child>1</child></tree>')
    b = _result_key('<tree node="leaf-b"><child>1</child></tree>')
    assert a != b


def test_same_xml_record_from_other_nodes_is_caught() -> None:
    steps = [
        Step.tool_call("licences/get", {"ref": "L-512"}, observation=_xml(n, r, "suspended"))
        for n, r in (("gw-b", "7a2c90e1d4bb"), ("gw-a", "e03f5b7c2a19"))
        for _ in range(3)
    ]
    assert "act" in _levels(steps)


def _set(value: str, version: int) -> Step:
    return Step.tool_call(
        "orders/update",
        {"id": "O-5120", "finish": value},
        observation=f'{{"id": "O-5120", "finish": "{value}", "updated": true, '
        f'"version": {version}}}',
    )


def test_second_round_trip_made_silently_is_caught() -> None:
    steps = [
        Step.tool_call("orders/get", {"id": "O-5120"}, observation='{"finish": "dark"}'),
        Step.llm("The request says light, so setting finish to light."),
        _set("light", 2),
        Step.llm("The record had dark; putting finish back to dark to match it."),
        _set("dark", 3),
        _set("light", 4),
        _set("dark", 5),
    ]
    assert "act" in _levels(steps)


def test_value_tried_and_restored_once_is_spared() -> None:
    steps = [
        Step.tool_call("orders/get", {"id": "O-5120"}, observation='{"finish": "dark"}'),
        Step.llm("Trying light to see whether the preview clears."),
        _set("light", 2),
        Step.llm("The preview still fails; putting dark back."),
        _set("dark", 3),
        Step.llm("Trying medium next."),
        _set("medium", 4),
    ]
    assert "act" not in _levels(steps)
    # Back and forth with what each try showed said between the writes: warned at most.
    steps = [
        *steps[:5],
        Step.llm("Dark is confirmed by the customer's note; light once more for the proof."),
        _set("light", 4),
        Step.llm("Proof printed; the customer asked for dark in the end."),
        _set("dark", 5),
    ]
    assert "act" not in _levels(steps)
