"""Round 63's rules (studied on the seventy-fifth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

False trip first: a walk over records whose template names no record ("Opening the next
permit to confirm its expiry before I change anything.", word for word each time) read as one
fact re-checked; one tool asked about another entity each time, each answer its own, is a walk
(``_walks_records``). Then what the repeat detectors read: a log line's worker tag after a level
padded to a column ("INFO  [api-gw-2] req=.."), a request number of ten digits or more
("req=0042871193"), logfmt's quoted values ('note="late start"'), a listing's footer and a
record's first line that name the serving machine and the request ('-- 3 row(s) in 0.2s
worker=api-2 trace=..', "status=OK trace_id=.. host=.."), a YAML envelope's "request: <uuid>"
beside its "served_by", and an opaque cursor in a result of text ("next_cursor=..",
"<next_cursor>..</next_cursor>", "nextToken: .."); and, for a job polled as it advances, a
share done read under its key whatever the words before it (``_runs_on``).
"""

from __future__ import annotations

import numpy as np
from loop_replay import replay

from policies._loops import LoopConfig, Step, _result_key, _runs_on, _walks_records


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


# --- a template that names no record, over records in turn ------------------------------------

_TEMPLATE = "Opening the next permit on the list to confirm its expiry before I change anything."


def _permit(pid: str, expiry: str, holder: str) -> str:
    return f'{{"permit": "{pid}", "expiry": "{expiry}", "holder": "{holder}"}}'


def _template_walk(permits: list[tuple[str, str, str]]) -> list[Step]:
    steps = [
        Step.llm(
            "I'll go through the permits on the renewal list.",
            observation="Which of the permits on the renewal list lapse this month?",
        )
    ]
    for pid, expiry, holder in permits:
        steps.append(Step.llm(_TEMPLATE))
        steps.append(
            Step.tool_call(
                "permits_get", {"permit_id": pid}, observation=_permit(pid, expiry, holder)
            )
        )
    return steps


_PERMITS = [
    ("PM-40211", "2027-01-10", "Okafor"),
    ("PM-40388", "2027-02-11", "Lindqvist"),
    ("PM-40517", "2027-03-12", "Marchetti"),
    ("PM-40630", "2027-04-13", "Nakashima"),
]


def test_template_walk_over_records_is_spared() -> None:
    steps = _template_walk(_PERMITS)
    assert "act" not in _levels(steps)


def test_template_walk_unit() -> None:
    steps = _template_walk(_PERMITS[:3])
    calls = [(i, s) for i, s in enumerate(steps) if s.kind == "tool"]
    said = [(i, s) for i, s in enumerate(steps) if s.kind == "llm" and s.text == _TEMPLATE]
    assert _walks_records(calls, said)


def test_same_words_over_one_record_is_no_walk() -> None:
    # The same words each time, the calls one record asked with other options: one fact
    # checked again, not a walk.
    said = [(2 * n, Step.llm(_TEMPLATE)) for n in range(3)]
    calls = [
        (
            2 * n + 1,
            Step.tool_call(
                "permits_get",
                {"permit_id": "PM-40211", "view": view},
                observation=_permit("PM-40211", "2027-01-10", "Okafor"),
            ),
        )
        for n, view in enumerate(("full", "summary", "audit"))
    ]
    assert not _walks_records(calls, said)


def test_template_said_over_one_record_is_caught() -> None:
    steps = _template_walk(_PERMITS[:1] * 5)
    assert "act" in _levels(steps)


# --- a log line's worker tag after a padded level, and a long request number ------------------


def _gw(worker: str, req: str, fields: str) -> str:
    return (
        f"2026-02-03T10:11:12.130Z INFO  [{worker}] req={req} seq=58213 ok\n"
        f"2026-02-03T10:11:12.130Z INFO  [{worker}] req={req} {fields}"
    )


def test_padded_level_worker_tag_masked() -> None:
    a = _result_key(_gw("bay-gw-2", "5d1e0a9c44", "id=K-7 state=open"))
    b = _result_key(_gw("bay-gw-5", "0042871193", "id=K-7 state=open"))
    assert a == b
    assert "bay-gw" not in a


def test_padded_level_message_change_kept() -> None:
    a = _result_key(_gw("bay-gw-2", "5d1e0a9c44", "id=K-7 state=open"))
    b = _result_key(_gw("bay-gw-5", "9f0b3c2e71", "id=K-7 state=closed"))
    assert a != b


def test_tag_without_request_stamp_kept() -> None:
    # A bracketed tag with no request stamp after it may name the record ("[bay-2]"): kept.
    a = _result_key("2026-02-03T10:11:12Z INFO  [bay-2] state=done")
    b = _result_key("2026-02-03T10:11:19Z INFO  [bay-3] state=done")
    assert a != b


def test_long_digit_request_number_reads_as_a_hex_one() -> None:
    a = _result_key("req=0042871193 id=K-7 state=open")
    b = _result_key("req=9f0b3c2e71 id=K-7 state=open")
    assert a == b


def test_same_gateway_record_from_other_workers_is_caught() -> None:
    steps = [Step.llm("Reading kiln K-7 before I change its schedule.")]
    for worker, req in (
        ("bay-gw-2", "5d1e0a9c44"),
        ("bay-gw-5", "0042871193"),
        ("bay-gw-1", "7c2f9e1a08"),
        ("bay-gw-5", "e01b7d3c5f"),
        ("bay-gw-3", "3b8d0f6a12"),
    ):
        steps.append(
            Step.tool_call(
                "getKiln", {"kilnId": "K-7"}, observation=_gw(worker, req, "id=K-7 state=open")
            )
        )
    assert "act" in _levels(steps)


# --- logfmt's quoted values -------------------------------------------------------------------


def _rpc(host: str, trace: str, owner: str) -> str:
    return (
        f"status=OK trace_id={trace} ts=2026-02-03T10:11:12.130Z host={host} "
        f'case=CS-311 owner="{owner}" note="late start" stage=review'
    )


def test_quoted_record_serving_dropped() -> None:
    a = _result_key(_rpc("rpc-a", "0d2c95f990217c1e", "R. Ames"))
    b = _result_key(_rpc("rpc-c", "8c04db79f9b8851a", "R. Ames"))
    assert a == b
    assert "rpc-" not in a


def test_quoted_record_value_change_kept() -> None:
    a = _result_key(_rpc("rpc-a", "0d2c95f990217c1e", "R. Ames"))
    b = _result_key(_rpc("rpc-c", "8c04db79f9b8851a", "T. Brandt"))
    assert a != b


def test_quoted_record_host_alone_kept() -> None:
    a = _result_key('host=rpc-a case=CS-311 note="late start"')
    b = _result_key('host=rpc-c case=CS-311 note="late start"')
    assert a != b


def test_same_quoted_record_read_again_is_caught() -> None:
    steps = [Step.llm("Reading case CS-311.")]
    for host, trace in (("rpc-a", "0d2c95f9"), ("rpc-c", "8c04db79"), ("rpc-b", "2579fec6")):
        steps.append(Step.llm("Let me read case CS-311 again before I file."))
        steps.append(
            Step.tool_call(
                "GetCase",
                {"case": "CS-311"},
                observation=_rpc(host, trace + "f2e3febc", "R. Ames"),
            )
        )
    steps.append(
        Step.tool_call(
            "GetCase", {"case": "CS-311"}, observation=_rpc("rpc-a", "9b4c92cf6257856d", "R. Ames")
        )
    )
    assert "act" in _levels(steps)


# --- a first line of fields above the record's lines -----------------------------------------


def _listing(host: str, trace: str, ids: tuple[str, ...]) -> str:
    lines = [f"status=OK trace_id={trace} host={host} total={len(ids)}"]
    lines += [f"items[{n}] case={cid} stage=review" for n, cid in enumerate(ids)]
    return "\n".join(lines)


def test_header_line_serving_dropped() -> None:
    a = _result_key(_listing("rpc-a", "0d2c95f990217c1e", ("CS-311", "CS-318")))
    b = _result_key(_listing("rpc-c", "8c04db79f9b8851a", ("CS-311", "CS-318")))
    assert a == b


def test_header_line_other_records_kept() -> None:
    a = _result_key(_listing("rpc-a", "0d2c95f990217c1e", ("CS-311", "CS-318")))
    b = _result_key(_listing("rpc-c", "8c04db79f9b8851a", ("CS-402", "CS-417")))
    assert a != b


def test_same_listing_from_other_hosts_is_caught() -> None:
    steps = [Step.llm("Listing open cases.")]
    hosts = ("rpc-a", "rpc-c", "rpc-b", "rpc-c", "rpc-a")
    traces = ("0d2c95f9", "8c04db79", "2579fec6", "9fb14b14", "93ae585f")
    for host, trace in zip(hosts, traces, strict=True):
        steps.append(
            Step.tool_call(
                "ListCases",
                {"stage": "review"},
                observation=_listing(host, trace + "f2e3febc", ("CS-311", "CS-318")),
            )
        )
    assert "act" in _levels(steps)


# --- a table's footer that names the worker and the trace -------------------------------------


def _table(rows: list[str], took: str, worker: str, trace: str) -> str:
    body = "\n".join(["KEY      VALUE", *rows])
    return f"{body}\n-- {len(rows)} row(s) in {took}s  worker={worker}  trace={trace}"


def test_table_footer_serving_dropped() -> None:
    a = _result_key(
        _table(["bolt     B-12", "state    held"], "0.165", "tq-node-1", "8853844e8a92")
    )
    b = _result_key(_table(["bolt     B-12", "state    held"], "0.055", "lab-mini", "968e7a1c2f35"))
    assert a == b
    assert "node" not in a


def test_table_footer_body_change_kept() -> None:
    a = _result_key(
        _table(["bolt     B-12", "state    held"], "0.165", "tq-node-1", "8853844e8a92")
    )
    b = _result_key(_table(["bolt     B-12", "state    cut"], "0.055", "lab-mini", "968e7a1c2f35"))
    assert a != b


def test_table_footer_worker_alone_kept() -> None:
    # A footer naming a worker with no request number beside it may be the answer's own.
    a = _result_key("KEY VALUE\nbolt B-12\n-- assigned worker=tq-node-1")
    b = _result_key("KEY VALUE\nbolt B-12\n-- assigned worker=tq-node-3")
    assert a != b


def test_same_table_from_other_workers_is_caught() -> None:
    steps = [Step.llm("Checking bolt B-12.")]
    for took, worker, trace in (
        ("0.165", "tq-node-1", "8853844e8a92"),
        ("0.055", "tq-node-3", "968e7a1c2f35"),
        ("0.395", "lab-mini", "279ad5f60a32"),
        ("0.201", "tq-node-1", "b351c687ff1a"),
        ("0.122", "tq-node-2", "a0f2e2f1b9c5"),
    ):
        obs = _table(["bolt     B-12", "state    held"], took, worker, trace)
        steps.append(Step.tool_call("tq bolt show", {"bolt": "B-12"}, observation=obs))
    assert "act" in _levels(steps)


# --- a YAML envelope's request beside its served_by ------------------------------------------


def _yaml(served: str, request: str, state: str) -> str:
    return (
        f"served_by: {served}\nrequest: {request}\nat: 2026-02-03T10:11:12.130Z\n"
        f"result:\n  slot: SL-33\n  state: {state}"
    )


def test_yaml_request_and_served_by_dropped() -> None:
    a = _result_key(_yaml("tl-api-2", "023db724-2f38-49d1-b8e6-7c693fd67b4b", "pending"))
    b = _result_key(_yaml("tl-edge-x", "bea1b84f-c867-4ace-aced-18b896776c3b", "pending"))
    assert a == b


def test_yaml_state_change_kept() -> None:
    a = _result_key(_yaml("tl-api-2", "023db724-2f38-49d1-b8e6-7c693fd67b4b", "pending"))
    b = _result_key(_yaml("tl-edge-x", "bea1b84f-c867-4ace-aced-18b896776c3b", "published"))
    assert a != b


# --- an opaque cursor in a result of text ------------------------------------------------------


def test_text_cursor_masked_in_each_format() -> None:
    for shape in (
        "total=40 next_cursor={c}\nitems[0] id=K-7",
        "items:\n  - id: K-7\ntotal: 40\nnext_page_token: {c}",
        "<list><item id='K-7'/><total>40</total><next_cursor>{c}</next_cursor></list>",
    ):
        a = _result_key(shape.format(c="xcuIs3QfKfLGovJa"))
        b = _result_key(shape.format(c="ngKrm5dADlzSnLh3"))
        assert a == b, shape


def test_short_page_name_and_other_tokens_kept() -> None:
    # A short readable page name names the page; a key that is no cursor's is kept.
    assert _result_key("total=40 next=p3 id=K-7") != _result_key("total=40 next=p4 id=K-7")
    assert _result_key("auth_token=Zq81xk2LmP") != _result_key("auth_token=Rr04bn7TsW")


def _page(ids: tuple[str, ...], cursor: str | None) -> str:
    lines = [f"total=9 next_cursor={cursor or 'null'}"]
    lines += [f"items[{n}] id={i} state=open" for n, i in enumerate(ids)]
    return "\n".join(lines)


def test_cursor_never_passed_is_caught() -> None:
    steps = [Step.llm("Listing the open kilns, page by page.")]
    for cursor in ("xcuIs3QfKfLGovJa", "ngKrm5dADlzSnLh3", "iawArTVBzNU7HWzR", "fuuNEvDEU7bpMPSL"):
        steps.append(Step.llm("Fetching the following page with the cursor."))
        steps.append(
            Step.tool_call(
                "kilns_list",
                {"state": "open", "limit": 3},
                observation=_page(("K-1", "K-2", "K-3"), cursor),
            )
        )
    assert "act" in _levels(steps)


def test_cursor_passed_on_is_spared() -> None:
    steps = [Step.llm("Listing the open kilns, page by page.")]
    pages = (
        (None, ("K-1", "K-2", "K-3"), "xcuIs3QfKfLGovJa"),
        ("xcuIs3QfKfLGovJa", ("K-4", "K-5", "K-6"), "ngKrm5dADlzSnLh3"),
        ("ngKrm5dADlzSnLh3", ("K-7", "K-8", "K-9"), None),
    )
    for given, ids, cursor in pages:
        args: dict[str, object] = {"state": "open", "limit": 3}
        if given:
            args["cursor"] = given
        steps.append(Step.llm("Fetching the following page with the cursor."))
        steps.append(Step.tool_call("kilns_list", args, observation=_page(ids, cursor)))
    assert "act" not in _levels(steps)


# --- a share done under its key, whatever the words before it --------------------------------


def _status(state: str, pct: int, worker: str) -> str:
    return _table(
        ["job      J-90", f"state    {state}", f"pct      {pct}"], "0.2", worker, "ab12cd34ef56"
    )


def test_share_done_read_under_its_key() -> None:
    items = [
        (n, Step.tool_call("tq job status", {"job": "J-90"}, observation=_status(s, p, w)))
        for n, (s, p, w) in enumerate(
            (
                ("queued", 20, "tq-node-1"),
                ("row 3/11", 28, "tq-node-1"),
                ("row 7/11", 33, "lab-mini"),
            )
        )
    ]
    assert _runs_on(items)


def test_stalled_share_is_no_run() -> None:
    items = [
        (n, Step.tool_call("tq job status", {"job": "J-90"}, observation=_status(s, 28, w)))
        for n, (s, w) in enumerate(
            (("row 3/11", "tq-node-1"), ("row 3/11", "tq-node-2"), ("row 3/11", "lab-mini"))
        )
    ]
    assert not _runs_on(items)


def test_same_words_with_cache_busters_is_no_walk() -> None:
    # Another number in each call that no answer names (a cache-buster): one record asked
    # again, each answer its cache's state, is no walk over records.
    said = [(2 * n, Step.llm("Checking the permit again to be sure.")) for n in range(3)]
    calls = [
        (
            2 * n + 1,
            Step.tool_call(
                "permits_get",
                {"permit_id": "PM-40211", "nocache": buster},
                observation=f"cache: {state}\npermit: PM-40211\nexpiry: 2027-01-10",
            ),
        )
        for n, (buster, state) in enumerate(((481203, "hit"), (902117, "miss"), (377450, "stale")))
    ]
    assert not _walks_records(calls, said)


def test_cache_age_is_no_share_done() -> None:
    # An age that grows with the clock between reads of one unchanged answer is no job
    # advancing: the reads are not spared as a poll that moves.
    items = [
        (
            n,
            Step.tool_call(
                "jobs_check",
                {"job": "J-90"},
                observation=f"server: api-{n + 1}\ncache_age_s: {age}\ncheck:\n  pass: false",
            ),
        )
        for n, age in enumerate((31, 36, 58))
    ]
    assert not _runs_on(items)


# --- a listing read on through its cursor, its pages alike once masked -----------------------


def _unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return (v / np.linalg.norm(v)).astype(np.float32)


def _runs_page(first: int, cursor: str | None) -> str:
    # (Build numbers after "run" read as a server's counter: the pages embed and read alike.)
    lines = [f"run {first + n} nightly failure" for n in range(4)]
    return "\n".join([*lines, f"next_cursor={cursor or 'null'}"])


def _semantic_levels(steps: list[Step]) -> tuple[list[str], set[str]]:
    found = replay(steps, LoopConfig())
    return [level for level, _ in found], {str(f["detector"]) for _, fs in found for f in fs}


def test_listing_read_on_through_its_cursor_is_spared() -> None:
    cursors = ["EXC3BKYER247", "4S5K2THTMF6N", "3CZZUME7HKBD", "GP9AFYWCL85B", None]
    steps = [Step.llm("Listing the nightly runs on the branch.")]
    given: str | None = None
    for n, cursor in enumerate(cursors):
        args: dict[str, object] = {"branch": "rel-7", "per_page": 4}
        if given:
            args["cursor"] = given
        call = Step.tool_call("runs_list", args, observation=_runs_page(771200 + 4 * n, cursor))
        steps.append(call.with_embedding(_unit(1, 0.01 * n, 0)))
        given = cursor
    levels, fired = _semantic_levels(steps)
    assert "act" not in levels
    assert "semantic_tool_calls" not in fired


def test_listing_never_given_its_cursor_is_caught() -> None:
    cursors = ["EXC3BKYER247", "4S5K2THTMF6N", "3CZZUME7HKBD", "GP9AFYWCL85B", "H2M4Q8RZT6WX"]
    steps = [Step.llm("Listing the nightly runs on the branch.")]
    for n, cursor in enumerate(cursors):
        call = Step.tool_call(
            "runs_list", {"branch": "rel-7", "per_page": 4}, observation=_runs_page(771200, cursor)
        )
        steps.append(call.with_embedding(_unit(1, 0.01 * n, 0)))
    levels, _ = _semantic_levels(steps)
    assert "act" in levels
