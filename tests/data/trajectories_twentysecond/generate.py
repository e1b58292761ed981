"""Build the twenty-second labelled trajectory set (192 rows, eight new domains).

Written blind to the loop detectors: see this folder's README for what its author read.
Run ``python tests/data/trajectories_twentysecond/generate.py`` to rewrite ``trajectories.jsonl``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 20261129
PER_CATEGORY = 8

Row = dict[str, Any]
Step = dict[str, Any]
D = dict[str, Any]


def llm(text: str, observation: str = "") -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation:
        step["observation"] = observation
    return step


def tool(name: str, args: dict[str, Any], observation: str, error: bool = False) -> Step:
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


def hx(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def call(spec: dict[str, Any]) -> Step:
    return tool(spec["tool"], spec["args"], spec["obs"], spec.get("error", False))


def as_observed(steps: list[Step]) -> list[Step]:
    """An llm step sees the newest user message only when it differs from the last one seen."""
    seen = None
    out = []
    for step in steps:
        if step["kind"] == "llm" and "observation" in step:
            if step["observation"] == seen:
                step = {"kind": "llm", "text": step["text"]}
            else:
                seen = step["observation"]
        out.append(step)
    return out


# ---------------------------------------------------------------- loops


def loop_search_paraphrase(rng: random.Random, d: D, n: int) -> list[Step]:
    s = d["search"]
    qs = s["queries"]
    if n % 2 == 0:
        steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
        for i in range(4):
            steps += [llm(s["lines"][i]), tool(s["tool"], s["args"](qs[i]), s["empty"](rng, qs[i]))]
        steps.append(llm(s["lines"][4]))
        return steps
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    steps.append(tool(s["tool"], s["args"](qs[0]), s["empty"](rng, qs[0])))
    steps += [llm(s["lines"][1]), tool(s["tool"], s["args"](qs[1]), s["empty"](rng, qs[1]))]
    steps += [
        llm(s["lines"][2], s["hint"]),
        tool(s["tool"], s["args"](qs[2]), s["empty"](rng, qs[2])),
    ]
    steps += [llm(s["lines"][3]), tool(s["tool"], s["args"](qs[4]), s["empty"](rng, qs[4]))]
    steps.append(llm(s["lines"][4]))
    return steps


def loop_noisy_repeat(rng: random.Random, d: D, n: int) -> list[Step]:
    a = d["A"]
    r = d["recheck"]
    stamped = d["A_stamped"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), tool(a["tool"], a["args"], stamped(rng))]
    steps.append(llm(a["note"]))
    if n % 2 == 0:
        for i in range(3):
            obs = r["ping"] if i == 1 else ""
            steps += [llm(r["lines"][i], obs), tool(a["tool"], a["args"], stamped(rng))]
        steps.append(llm(r["lines"][4]))
        return steps
    steps += [call(d["B"]), llm(d["B"]["note"])]
    steps += [llm(r["lines"][0]), tool(a["tool"], a["args"], stamped(rng))]
    steps += [llm(r["lines"][3], r["ping"]), tool(a["tool"], a["args"], stamped(rng))]
    steps.append(llm(r["lines"][4]))
    return steps


def loop_ab_oscillation(rng: random.Random, d: D, n: int) -> list[Step]:
    ab = d["ab"]
    x = tool(ab["tool"], ab["x_args"], ab["x_obs"], True)
    y = tool(ab["tool"], ab["y_args"], ab["y_obs"], True)
    lines = ab["lines"]
    if n % 2 == 0:
        steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
        steps += [
            llm(lines[0]),
            x,
            llm(lines[1]),
            y,
            llm(lines[2]),
            dict(x),
            llm(lines[3]),
            dict(y),
        ]
        steps.append(llm(lines[4]))
        return steps
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["B"]), llm(d["B"]["note"])]
    steps += [llm(lines[0]), x, llm(lines[1]), y, llm(lines[2], ab["nudge"]), dict(x)]
    steps += [llm(lines[3]), dict(y), llm(lines[5])]
    return steps


def loop_failing_variants(rng: random.Random, d: D, n: int) -> list[Step]:
    f = d["fail"]
    v = f["variants"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    if n % 2 == 0:
        steps.append(llm(f["remarks"][0]))
        for i in range(4):
            steps.append(tool(f["tool"], v[i], f["error"], True))
            steps.append(llm(f["remarks"][i + 1]))
        return steps
    steps += [call(d["B"]), llm(d["B"]["note"]), tool(f["tool"], v[0], f["error"], True)]
    steps += [llm(f["remarks"][1]), tool(f["tool"], v[1], f["error"], True)]
    steps += [llm(f["remarks"][2], f["nudge"]), tool(f["tool"], v[2], f["error"], True)]
    steps += [llm(f["remarks"][3]), tool(f["tool"], v[3], f["error"], True), llm(f["remarks"][4])]
    return steps


def loop_reask_answered(rng: random.Random, d: D, n: int) -> list[Step]:
    q = d["ask"]
    if n % 2 == 0:
        steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
        steps += [llm(q["q"]), llm(q["thanks"], q["answer"]), call(d["B"]), llm(d["B"]["note"])]
        steps += [llm(q["reasks"][0]), llm(q["reasks"][1], q["annoyed"]), llm(q["reasks"][2])]
        return steps
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["B"]), llm(d["B"]["note"])]
    steps += [llm(q["q"]), llm(q["thanks"], q["answer"]), call(d["A"]), llm(d["A"]["note"])]
    steps += [llm(q["reasks"][1]), llm(q["reasks"][2], q["annoyed"])]
    return steps


def loop_redo_finished(rng: random.Random, d: D, n: int) -> list[Step]:
    r = d["redo"]
    first = tool(r["tool"], r["args"], r["obs"])
    again = tool(r["tool"], r["args"], r["again"])
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    if n % 2 == 0:
        steps += [llm(r["lines"][0]), first, llm(r["done"])]
        steps += [llm(r["lines"][1]), again, llm(r["lines"][2], r["stop"]), dict(again)]
        steps.append(llm(r["lines"][3]))
        return steps
    steps += [llm(r["lines"][0]), first, llm(r["done"]), llm(r["lines"][1]), again]
    steps += [llm(r["lines"][2]), dict(again), llm(r["lines"][3], r["stop"]), dict(again)]
    return steps


def loop_promise_no_action(rng: random.Random, d: D, n: int) -> list[Step]:
    p = d["promise"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    if n % 2 == 1:
        steps += [call(d["C"]), llm(d["C"]["note"])]
    steps += [llm(p["lines"][0]), llm(p["lines"][1], p["nudges"][0]), llm(p["lines"][2])]
    steps += [llm(p["lines"][3], p["nudges"][1]), llm(p["lines"][4], p["nudges"][2])]
    return steps


def loop_restate_conclusion(rng: random.Random, d: D, n: int) -> list[Step]:
    c = d["concl"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    steps += [call(d["B"]), llm(d["B"]["note"])]
    if n % 2 == 1:
        steps += [call(d["C"]), llm(d["C"]["note"])]
        steps += [llm(c["lines"][0]), llm(c["lines"][1], c["asks"][0]), llm(c["lines"][2])]
        steps.append(llm(c["lines"][3], c["asks"][1]))
        return steps
    steps += [llm(c["lines"][0]), llm(c["lines"][1]), llm(c["lines"][2], c["asks"][0])]
    steps += [llm(c["lines"][3]), llm(c["lines"][4], c["asks"][1])]
    return steps


def loop_plan_flipflop(rng: random.Random, d: D, n: int) -> list[Step]:
    p = d["plans"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    if n % 2 == 0:
        steps += [call(d["B"]), llm(d["B"]["note"])]
        steps += [llm(p["lines"][0]), llm(p["lines"][1]), llm(p["lines"][2], p["pick"])]
        steps += [llm(p["lines"][3]), llm(p["lines"][4])]
        return steps
    steps += [llm(p["lines"][0]), llm(p["lines"][1]), llm(p["lines"][2])]
    steps += [llm(p["lines"][3], p["pick"]), llm(p["lines"][4]), llm(p["lines"][5])]
    return steps


def loop_delegation_echo(rng: random.Random, d: D, n: int) -> list[Step]:
    g = d["deleg"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    for i in range(3):
        obs = g["nudge"] if (n % 2 == 1 and i == 2) else ""
        steps.append(llm(g["intros"][i], obs))
        steps.append(tool(g["tool"], g["asks"][i], g["same"](rng)))
        if i < 2 or n % 2 == 0:
            steps.append(llm(g["remarks"][i]))
    if n % 2 == 1:
        steps.append(llm(g["remarks"][2]))
    return steps


def loop_confirmation(rng: random.Random, d: D, n: int) -> list[Step]:
    c = d["confirm"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B"]["note"])]
    steps += [llm(c["qs"][0]), llm(c["qs"][1], c["yeses"][0]), llm(c["qs"][2], c["yeses"][1])]
    steps.append(llm(c["qs"][3], c["yeses"][2]))
    return steps


def loop_claimed_success(rng: random.Random, d: D, n: int) -> list[Step]:
    c = d["claim"]
    bad = tool(c["tool"], c["args"], c["obs"], True)
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B"]["note"])]
    steps += [bad, llm(c["claims"][0]), llm(c["claims"][1], c["objections"][0]), dict(bad)]
    steps += [llm(c["claims"][2], c["objections"][1]), dict(bad), llm(c["claims"][3])]
    return steps


# ---------------------------------------------------------------- progress


def prog_paging(rng: random.Random, d: D, n: int) -> list[Step]:
    p = d["pages"]
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    if n % 2 == 1:
        steps += [call(d["A"]), llm(d["A"]["note"])]
    else:
        steps[0] = llm(rng.choice(d["acks"]), d["task"])
    for i in range(4):
        steps.append(tool(p["tool"], p["args"][i], p["obs"][i]))
        steps.append(llm(p["notes"][i]))
    return steps


def prog_corrected_retry(rng: random.Random, d: D, n: int) -> list[Step]:
    c = d["corrected"]
    # lookups other than the one the corrected call repeats
    others = [d[k] for k in "ABC" if k != c["repeats"]]
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    if c["repeats"] != "A":
        steps += [call(d["A"]), llm(d["A"]["note"])]
        others = others[1:]
    if n % 2 == 1:
        steps += [call(others[0]), llm(others[0]["note"])]
        others = others[1:]
    steps += [tool(c["tool"], c["bad_args"], c["bad_obs"], True), llm(c["fix"])]
    steps += [tool(c["tool"], c["good_args"], c["good_obs"]), llm(c["note"])]
    if others:
        steps += [call(others[0]), llm(others[0]["note"])]
    return steps


def prog_polling_waits(rng: random.Random, d: D, n: int) -> list[Step]:
    p = d["poll"]

    def wait(i: int) -> list[Step]:
        secs = p["secs"][i]
        return [llm(p["waits"][i]), tool("sleep", {"seconds": secs}, f"slept {secs}s")]

    def poll(i: int) -> Step:
        return tool(p["tool"], p["args"], p["statuses"][i])

    if n % 2 == 0:
        steps = [llm(rng.choice(d["acks"]), d["task"])]
        steps += [tool(p["start_tool"], p["start_args"], p["start_obs"])]
        steps += [poll(0), *wait(0), poll(1), *wait(1), poll(3), llm(p["done"])]
        return steps
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    steps += [poll(0), *wait(0), poll(1), *wait(1), poll(2), *wait(2), poll(3), llm(p["done"])]
    return steps


def prog_batch(rng: random.Random, d: D, n: int) -> list[Step]:
    b = d["batch"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B"]["note"])]
    steps.append(llm(b["intro"]))
    steps += [tool(b["tool"], b["args"](i), b["obs"](rng, i)) for i in b["ids"]]
    steps.append(llm(b["done"]))
    return steps


def prog_summaries(rng: random.Random, d: D, n: int) -> list[Step]:
    s = d["docs"]
    steps = [llm(rng.choice(d["acks"]), d["task"])]
    order = [0, 1, 2] if n % 2 == 0 else [2, 0, 1]
    for i in order:
        doc = s["docs"][i]
        steps += [tool(s["tool"], doc["args"], doc["obs"]), llm(doc["summary"])]
    steps += [llm(s["synthesis"]), llm(s["follow"], s["ask"])]
    return steps


def prog_iterative_edits(rng: random.Random, d: D, n: int) -> list[Step]:
    e = d["edits"]
    if n % 2 == 0:
        steps = [llm(rng.choice(d["acks"]), d["task"])]
    else:
        steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    for i in range(4):
        steps.append(tool(e["tool"], e["edits"][i], e["edit_obs"][i]))
        steps.append(tool(e["test_tool"], e["test_args"], e["results"][i], i < 3))
        if n % 2 == 0 or i > 0:
            steps.append(llm(e["lines"][i]))
    return steps


def prog_user_changes_mind(rng: random.Random, d: D, n: int) -> list[Step]:
    m = d["mind"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    steps += [call(m["first"]), llm(m["first"]["note"])]
    steps += [llm(m["second"]["intro"], m["change1"]), call(m["second"]), llm(m["second"]["note"])]
    if n % 2 == 0:
        steps += [llm(m["third"]["intro"], m["change2"]), call(m["third"]), llm(m["third"]["note"])]
    return steps


def prog_search_refinement(rng: random.Random, d: D, n: int) -> list[Step]:
    s = d["search"]
    q0 = s["queries"][0]
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    if n % 2 == 1:
        steps += [call(d["A"]), llm(d["A"]["note"])]
    steps += [tool(s["tool"], s["args"](q0), s["empty"](rng, q0))]
    steps += [llm(s["lines"][1], s["hint"]) if n % 2 == 0 else llm(s["narrow_line"])]
    steps += [
        tool(s.get("narrow_tool", s["tool"]), s["narrow_args"], s["found"]),
        llm(s["found_note"]),
    ]
    steps += [call(s["read"]), llm(s["read"]["note"])]
    if n % 2 == 0:
        steps += [call(d["C"]), llm(d["C"]["note"])]
    return steps


def prog_requested_recheck(rng: random.Random, d: D, n: int) -> list[Step]:
    w = d["world"]
    a = d["A"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(a), llm(a["note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B"]["note"])]
    steps += [llm(w["report"]), llm(w["recheck_line"], w["change"])]
    steps += [tool(a["tool"], a["args"], w["after"]), llm(w["note"])]
    return steps


def prog_flaky_rerun(rng: random.Random, d: D, n: int) -> list[Step]:
    f = d["flaky"]
    same = [x for x in (d["A"], d["B"]) if x["tool"] == f["tool"] and x["args"] == f["args"]]
    rest = [x for x in (d["A"], d["B"], d["C"]) if x not in same]
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    if d["A"] not in same:
        steps += [call(d["A"]), llm(d["A"]["note"])]
        rest.remove(d["A"])
    steps += [tool(f["tool"], f["args"], f["fails"][0], True), llm(f["reasons"][0])]
    if n % 2 == 1:
        steps += [tool("sleep", {"seconds": f["secs"]}, f"slept {f['secs']}s")]
        steps += [tool(f["tool"], f["args"], f["fails"][1], True), llm(f["reasons"][1])]
    steps += [tool(f["tool"], f["args"], f["passes"]), llm(f["note"])]
    if n % 2 == 0 or d["A"] in same:
        steps += [call(rest[0]), llm(rest[0]["note"])]
    return steps


def prog_question_used(rng: random.Random, d: D, n: int) -> list[Step]:
    q = d["ask"]
    u = d["use"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    steps += (
        [call(d["B"]), llm(d["B"]["note"])] if n % 2 == 1 else [call(d["C"]), llm(d["C"]["note"])]
    )
    steps += [llm(q["q"]), llm(u["line"], q["answer"]), call(u), llm(u["note"])]
    return steps


def prog_delegated_subtasks(rng: random.Random, d: D, n: int) -> list[Step]:
    g = d["deleg"]
    steps = [llm(rng.choice(d["openers"]), d["task"]), call(d["A"]), llm(d["A"]["note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B"]["note"])]
    for t in g["tasks"]:
        steps += [llm(t["intro"]), tool(g["tool"], t["args"], t["obs"]), llm(t["note"])]
    steps.append(llm(g["synthesis"]))
    return steps


LOOPS = [
    ("search_paraphrase", loop_search_paraphrase),
    ("noisy_repeat", loop_noisy_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_variants", loop_failing_variants),
    ("reask_answered", loop_reask_answered),
    ("redo_finished", loop_redo_finished),
    ("promise_no_action", loop_promise_no_action),
    ("restate_conclusion", loop_restate_conclusion),
    ("plan_flipflop", loop_plan_flipflop),
    ("delegation_echo", loop_delegation_echo),
    ("confirmation_loop", loop_confirmation),
    ("error_claimed_success", loop_claimed_success),
]

PROGRESS = [
    ("paging", prog_paging),
    ("corrected_retry", prog_corrected_retry),
    ("polling_with_waits", prog_polling_waits),
    ("batch_actions", prog_batch),
    ("related_summaries", prog_summaries),
    ("iterative_edits", prog_iterative_edits),
    ("user_changes_mind", prog_user_changes_mind),
    ("search_refinement", prog_search_refinement),
    ("requested_recheck", prog_requested_recheck),
    ("flaky_rerun_passes", prog_flaky_rerun),
    ("question_answered_used", prog_question_used),
    ("delegated_subtasks", prog_delegated_subtasks),
]


# ---------------------------------------------------------------- domains


def postgres_replica_lag(rng: random.Random) -> D:
    primary = "pg-orders-primary"
    rep = "pg-orders-replica-2"
    pid = rng.choice([48211, 51377, 39904, 46620])
    lag = f"00:{rng.randint(38, 47)}:{rng.randint(10, 59)}"
    ran = f"02:{rng.randint(31, 58)}:{rng.randint(10, 59)}"
    repl_sql = "SELECT application_name, write_lag, flush_lag, replay_lag FROM pg_stat_replication"
    a_args = {"host": primary, "sql": repl_sql}

    def a_obs(stamp: str = "") -> str:
        head = f"-- {stamp}\n" if stamp else ""
        return (
            f"{head} application_name  | write_lag       | flush_lag       | replay_lag\n"
            "-------------------+-----------------+-----------------+-----------------\n"
            " pg-orders-replica-1 | 00:00:00.00412 | 00:00:00.00655 | 00:00:00.01120\n"
            f" {rep} | 00:00:00.00398 | 00:00:00.00701 | {lag}.{rng.randint(100, 999)}\n(2 rows)"
        )

    def stamped(r: random.Random) -> str:
        return a_obs(
            f"session {hx(r, 8)} at 2026-11-27 14:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}+00"
        )

    act_sql = "SELECT pid, usename, state, now() - query_start AS running, left(query, 60) FROM pg_stat_activity WHERE state <> 'idle' ORDER BY running DESC LIMIT 3"
    wait_line = f"LOG:  recovery still waiting after 1000.{rng.randint(100, 999)} ms: recovery conflict on snapshot\nDETAIL:  Conflicting process: {pid}."

    def search_args(q: str, source: str = primary) -> dict[str, Any]:
        return {"source": f"postgres/{source}", "query": q, "since": "24h"}

    def search_empty(r: random.Random, q: str) -> str:
        return f"0 matches for {json.dumps(q)} in postgres/{primary} (24h, {r.randint(1_100_000, 1_990_000):,} lines scanned, took {r.randint(800, 2900)}ms)"

    return {
        "name": "postgres_replica_lag",
        "task": f"Replica lag on {rep} keeps climbing, reporting dashboards are 40 minutes stale. Find out why and fix it. Do not restart or fail over {primary} - that's DBA on-call only.",
        "openers": [
            "I'll start by reading pg_stat_replication on the primary to see which lag is growing.",
            "First, pg_stat_replication on the primary: write, flush and replay lag per replica.",
            "Let me check the replication view on the primary to split network lag from replay lag.",
        ],
        "acks": [
            "On it - replica lag on replica-2.",
            "Understood, I'll leave the primary alone.",
            "Okay, looking into the stale reporting replica.",
        ],
        "A": {
            "tool": "psql_query",
            "args": a_args,
            "obs": a_obs(),
            "note": f"WAL reaches {rep} fine (write and flush lag are milliseconds) but replay is {lag[3:5]} minutes behind. Something on the replica is blocking replay, not the network.",
        },
        "A_stamped": stamped,
        "B": {
            "tool": "psql_query",
            "args": {"host": rep, "sql": act_sql},
            "obs": f"  pid  | usename   | state  | running         | left\n-------+-----------+--------+-----------------+------\n {pid} | bi_export | active | {ran}.41 | COPY (SELECT ol.*, o.customer_id FROM order_lines ol JOI\n {pid + 311} | looker_ro | active | 00:00:02.108 | SELECT date_trunc('hour', created_at), count(*) FROM ord\n(2 rows)",
            "note": f"pid {pid}, the bi_export COPY, has been running {ran[1]}h{ran[3:5]}m on the replica. A query that old holds a snapshot that replay can conflict with.",
        },
        "C": {
            "tool": "psql_query",
            "args": {
                "host": rep,
                "sql": "SELECT name, setting FROM pg_settings WHERE name IN ('max_standby_streaming_delay','hot_standby_feedback')",
            },
            "obs": "            name             | setting\n-----------------------------+---------\n hot_standby_feedback        | off\n max_standby_streaming_delay | -1\n(2 rows)",
            "note": "max_standby_streaming_delay is -1, so replay waits forever for conflicting queries instead of cancelling them. With the export holding its snapshot, replay just stops.",
        },
        "recheck": {
            "lines": [
                "Let me look at pg_stat_replication once more.",
                "Checking the replay lag again to be sure.",
                "One more read of the replication view.",
                "Re-reading replay_lag for replica-2.",
                f"replay_lag on {rep} is still around {lag[3:5]} minutes.",
            ],
            "ping": "You've shown me that table three times. What's holding replay?",
        },
        "search": {
            "tool": "log_search",
            "queries": [
                "recovery still waiting",
                "recovery conflict on snapshot",
                "conflict with recovery waiting",
                "standby replay blocked by query",
                "Conflicting process",
            ],
            "args": search_args,
            "empty": search_empty,
            "lines": [
                "If replay is waiting on a query, Postgres logs 'recovery still waiting'. Searching for it.",
                "Nothing. Trying the exact conflict wording.",
                "Still empty - maybe it's logged as a recovery conflict.",
                "Let me phrase it as a standby replay block.",
                f"No recovery conflict lines in the last 24h in postgres/{primary}, so the logs don't show replay being blocked.",
            ],
            "hint": f"Recovery conflicts are logged on the standby, not the primary. You're searching {primary}.",
            "narrow_line": f"Replay happens on the standby, so the conflict lines will be in {rep}'s log. Narrowing to that source.",
            "narrow_args": search_args("recovery still waiting", rep),
            "found": f'3,412 matches for "recovery still waiting" in postgres/{rep} (24h)\n2026-11-27 11:16:03.311 UTC [2291] {wait_line}\n2026-11-27 11:16:04.312 UTC [2291] LOG:  recovery still waiting after 2001.507 ms: recovery conflict on snapshot',
            "found_note": f"Replay on {rep} has been waiting since 11:16 on a snapshot conflict with pid {pid}.",
            "read": {
                "tool": "log_context",
                "args": {"source": f"postgres/{rep}", "at": "2026-11-27T11:16:03.311Z", "lines": 4},
                "obs": f"2026-11-27 11:16:03.311 UTC [2291] {wait_line}\n2026-11-27 11:16:03.311 UTC [2291] CONTEXT:  WAL redo at 3A/9C21F0B8 for Heap2/PRUNE: latestRemovedXid 88123410\n2026-11-27 11:14:52.020 UTC [{pid}] LOG:  connection authorized: user=bi_export database=orders",
                "note": f"Replay is stuck on a Heap2/PRUNE record (vacuum on the primary removed rows the export still needs). pid {pid} connected at 11:14, two minutes before replay stopped.",
            },
        },
        "ab": {
            "tool": "config_apply",
            "x_args": {
                "host": rep,
                "file": "ansible/host_vars/pg-orders-replica-2.yml",
                "set": {"hot_standby_feedback": "on"},
            },
            "x_obs": "policy check FAILED\n  PG-014 hot_standby_feedback=on is not allowed on the orders cluster (primary bloat risk, see DB/Standards#feedback)\n0 changes applied",
            "y_args": {
                "host": rep,
                "file": "ansible/host_vars/pg-orders-replica-2.yml",
                "set": {"max_standby_streaming_delay": "30s"},
            },
            "y_obs": "policy check FAILED\n  PG-022 reporting replicas must allow max_standby_streaming_delay >= 5min (bi_export SLO)\n0 changes applied",
            "lines": [
                "The quickest fix is to let the replica tell the primary what it still needs: hot_standby_feedback on.",
                "Feedback is blocked by policy. Then cap the wait instead: max_standby_streaming_delay 30s.",
                "30s is under the reporting minimum. Back to feedback - it avoids cancelling the export at all.",
                "PG-014 again. I'll try the short delay once more.",
                "Both settings are rejected. Feedback or a 30s delay - I still think one of those two is the way.",
                "Neither passes. I'll go back to arguing for hot_standby_feedback.",
            ],
            "nudge": "PG-022 literally tells you the allowed range. Why are you flipping between the same two?",
        },
        "fail": {
            "tool": "psql_query",
            "variants": [
                {"host": rep, "sql": f"SELECT pg_cancel_backend({pid})", "role": "agent_ro"},
                {"host": rep, "sql": f"select pg_cancel_backend({pid});", "role": "agent_ro"},
                {
                    "host": rep,
                    "sql": f"SELECT pg_terminate_backend({pid}::int)",
                    "role": "agent_ro",
                },
                {
                    "host": rep,
                    "sql": f"SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE pid = {pid}",
                    "role": "agent_ro",
                },
            ],
            "error": f'ERROR:  permission denied to cancel query\nDETAIL:  Only roles with privileges of the role whose query is being canceled or with privileges of the "pg_signal_backend" role may cancel this query.\n(role agent_ro, backend {pid})',
            "remarks": [
                f"I'll cancel the export query, pid {pid}, so replay can move.",
                "Permission denied. Let me retry with the statement in lower case and a semicolon.",
                "Same error. Terminate instead of cancel might be allowed.",
                "Let me select the pid through pg_stat_activity instead.",
                "All four attempts hit the same permission error.",
            ],
            "nudge": "agent_ro can't signal other backends, rewording the SQL won't change that.",
        },
        "ask": {
            "q": f"Is it acceptable to stop the running bi_export query (pid {pid}), or does finance need tonight's export to finish?",
            "thanks": "Thanks, that helps.",
            "answer": "Cancel it if you need to - they rerun it at 06:00 anyway. Just don't touch the primary.",
            "reasks": [
                f"Before I act: may I stop pid {pid}, or must the export complete?",
                "Can you confirm finance doesn't depend on tonight's export run finishing?",
                "One more check - am I cleared to interrupt the bi_export COPY?",
            ],
            "annoyed": "I already said yes. Cancel it, they rerun at 06:00.",
        },
        "use": {
            "line": "Then I'll stop it through Airflow so the DAG records it, rather than signalling the backend.",
            "tool": "airflow_task_stop",
            "args": {
                "dag_id": "bi_export_nightly",
                "task_id": "export_order_lines",
                "run_id": "scheduled__2026-11-27T11:00:00+00:00",
            },
            "obs": f"task instance export_order_lines (try 1) marked as failed\non_kill: sent SIGTERM to psql pid {pid} on {rep}\nrerun scheduled: 2026-11-28T06:00:00+00:00",
            "note": "The export is stopped and the rerun is at 06:00 as you said. Replay can proceed now.",
        },
        "redo": {
            "tool": "psql_query",
            "args": {
                "host": rep,
                "sql": "ALTER SYSTEM SET max_standby_streaming_delay = '5min'; SELECT pg_reload_conf();",
                "role": "dba_ops",
            },
            "obs": "ALTER SYSTEM\n pg_reload_conf\n----------------\n t\n(1 row)",
            "again": "ALTER SYSTEM\n pg_reload_conf\n----------------\n t\n(1 row)\nNOTICE:  postgresql.auto.conf already contains max_standby_streaming_delay = '5min'",
            "done": "max_standby_streaming_delay is 5min on replica-2 and the config is reloaded.",
            "lines": [
                "Setting max_standby_streaming_delay to 5min on replica-2 via ALTER SYSTEM.",
                "Now applying the 5min standby delay on replica-2.",
                "Making sure the delay change is applied - running the ALTER SYSTEM again.",
                "The standby delay is now set to 5min on replica-2.",
            ],
            "stop": "You set that twenty minutes ago, the NOTICE even says so. Move on.",
        },
        "promise": {
            "lines": [
                f"Next I'll look at what is running on {rep} right now.",
                "I'll query pg_stat_activity on the replica to find the long query.",
                "Going to check the replica's active sessions now.",
                "Right - pulling the active queries on replica-2 next.",
                "I'll run the pg_stat_activity check on the replica and report back.",
            ],
            "nudges": [
                "Go ahead.",
                "You said that twice. Run the query.",
                "Still waiting for the pg_stat_activity output.",
            ],
        },
        "concl": {
            "lines": [
                f"So: a long bi_export COPY holds a snapshot on {rep}, and with max_standby_streaming_delay at -1 replay waits for it indefinitely.",
                "In short, replay is blocked by the export because the standby is configured never to cancel conflicting queries.",
                "To restate: the lag isn't network - it's the -1 streaming delay letting one long query stall WAL replay.",
                "Put differently, replica-2 is frozen behind the BI export's snapshot, and nothing is allowed to cancel it.",
                f"The root cause remains the export on pid {pid} plus the unlimited standby delay.",
            ],
            "asks": [
                "Right, so what do you want to change?",
                "You've said the cause four times. Fix it.",
            ],
        },
        "plans": {
            "lines": [
                "Plan 1: stop the export now and set max_standby_streaming_delay to 5min on replica-2.",
                "Actually, plan 2 may be cleaner: move the BI export to replica-1 so replica-2 only serves dashboards.",
                "Though moving the export needs a DAG change and a review - plan 1 is faster. Stop it and set 5min.",
                "But setting 5min means future exports get cancelled mid-run. Moving them to replica-1 avoids that.",
                "On balance plan 1 is simpler... unless replica-1 can take the load, in which case plan 2.",
                "I keep coming back to both. Stop and cap delay, or relocate the export - each has merit.",
            ],
            "pick": "Pick one and do it, either is fine by me.",
        },
        "deleg": {
            "tool": "spawn_subagent",
            "intros": [
                "I'll hand the lag diagnosis to the db-investigator agent.",
                "Let me ask it more specifically what blocks replay.",
                "I'll rephrase for the sub-agent: focus on queries on the standby.",
            ],
            "asks": [
                {
                    "agent": "db-investigator",
                    "task": f"Diagnose why {rep} replication lag is high.",
                },
                {"agent": "db-investigator", "task": f"What is preventing WAL replay on {rep}?"},
                {
                    "agent": "db-investigator",
                    "task": f"Find any standby-side query on {rep} that could be stalling replay.",
                },
            ],
            "same": lambda r: (
                f"[db-investigator run {hx(r, 6)}] {rep} replay_lag ~{lag[3:5]}m. Replication lag is usually caused by network throughput or disk I/O on the standby. Recommend checking network between {primary} and {rep}."
            ),
            "remarks": [
                "It points at the network, but write and flush lag are milliseconds.",
                "Same network suggestion. Asking again with the standby focus.",
                "The sub-agent keeps returning the network answer.",
            ],
            "nudge": "It's giving you the same canned answer. Just look yourself.",
            "tasks": [
                {
                    "intro": "Sub-task one for the db-investigator: list long-running queries on replica-2 with start times.",
                    "args": {
                        "agent": "db-investigator",
                        "task": f"List queries on {rep} running longer than 10 minutes, with usename and query_start.",
                    },
                    "obs": f"[db-investigator run {hx(rng, 6)}] 1 query > 10 min on {rep}: pid {pid}, usename bi_export, query_start 2026-11-27 11:14:52 UTC, COPY (SELECT ol.*, ...) TO STDOUT",
                    "note": f"One query, the bi_export COPY from 11:14 (pid {pid}).",
                },
                {
                    "intro": "Sub-task two: can replica-1 host the export instead?",
                    "args": {
                        "agent": "db-investigator",
                        "task": "Report CPU p95, free disk and standby settings of pg-orders-replica-1.",
                    },
                    "obs": f"[db-investigator run {hx(rng, 6)}] pg-orders-replica-1: cpu p95 31%, free disk 220 GB, max_standby_streaming_delay=30s, hot_standby_feedback=off, no queries > 60s",
                    "note": "replica-1 has headroom but a 30s standby delay, so a long export there would be cancelled.",
                },
            ],
            "synthesis": "So the export must stay on replica-2 for now, with a finite standby delay there; moving it to replica-1 would need that delay raised too.",
        },
        "confirm": {
            "qs": [
                "Shall I set max_standby_streaming_delay to 5min on replica-2?",
                "Just to be sure, that's replica-2 only, not the primary - still OK?",
                "And a config reload rather than a restart is fine with you?",
                "Before I run it, should I post in #db-oncall first?",
            ],
            "yeses": [
                "Yes.",
                "Yes, replica-2 only. Go.",
                "Reload is fine. Please just do it.",
            ],
        },
        "claim": {
            "tool": "psql_query",
            "args": {
                "host": rep,
                "sql": "BEGIN; ALTER SYSTEM SET max_standby_streaming_delay = '5min'; SELECT pg_reload_conf(); COMMIT;",
                "role": "dba_ops",
            },
            "obs": "BEGIN\nERROR:  ALTER SYSTEM cannot run inside a transaction block\nROLLBACK",
            "claims": [
                "Done - max_standby_streaming_delay is now 5min on replica-2 and reloaded.",
                "It went through; the setting is 5min and the reload returned.",
                "Re-ran it - the delay is set and the replica will start cancelling conflicting queries after 5 minutes.",
                "The change is in place on replica-2.",
            ],
            "objections": [
                "It errored. Read the output.",
                "SHOW still says -1. Nothing changed.",
            ],
        },
        "pages": {
            "tool": "log_search",
            "args": [
                {
                    "source": f"postgres/{rep}",
                    "query": "recovery still waiting",
                    "since": "24h",
                    "page_size": 3,
                },
                {
                    "source": f"postgres/{rep}",
                    "query": "recovery still waiting",
                    "since": "24h",
                    "page_size": 3,
                    "page_token": "c2VxOjM",
                },
                {
                    "source": f"postgres/{rep}",
                    "query": "recovery still waiting",
                    "since": "24h",
                    "page_size": 3,
                    "page_token": "c2VxOjY",
                },
                {
                    "source": f"postgres/{rep}",
                    "query": "recovery still waiting",
                    "since": "24h",
                    "page_size": 3,
                    "page_token": "c2VxOjk",
                },
            ],
            "obs": [
                "2026-11-26 23:02:11 UTC conflict on snapshot, process 30122 (bi_export)\n2026-11-26 23:41:09 UTC resolved after 38m58s\n2026-11-27 02:10:44 UTC conflict on lock, process 30998 (looker_ro)\nnext_page_token: c2VxOjM",
                "2026-11-27 02:11:02 UTC resolved after 18s\n2026-11-27 05:30:17 UTC conflict on snapshot, process 33410 (metabase_ro)\n2026-11-27 05:34:50 UTC resolved after 4m33s\nnext_page_token: c2VxOjY",
                f"2026-11-27 08:00:03 UTC conflict on snapshot, process 40171 (bi_export)\n2026-11-27 09:12:40 UTC resolved after 1h12m37s\n2026-11-27 11:16:03 UTC conflict on snapshot, process {pid} (bi_export)\nnext_page_token: c2VxOjk",
                f"2026-11-27 11:16:04 UTC still waiting, process {pid} (bi_export)\n(end of results, 10 items)",
            ],
            "notes": [
                "Page 1: a 39-minute stall last night from bi_export, and a short lock conflict.",
                "Page 2: an 18s resolution and a 4.5-minute metabase stall this morning.",
                "Page 3: the 08:00 export stalled replay for 1h12m; the current stall began 11:16.",
                f"Last page: the 11:16 stall on pid {pid} is unresolved. Every long stall in 24h was a bi_export run.",
            ],
        },
        "corrected": {
            "repeats": "C",
            "tool": "psql_query",
            "bad_args": {"host": "pg-orders-replica2", "sql": "SHOW max_standby_streaming_delay"},
            "bad_obs": 'psql: error: could not translate host name "pg-orders-replica2" to address: Name or service not known',
            "fix": "Typo in the host - it's pg-orders-replica-2 with a dash.",
            "good_args": {"host": rep, "sql": "SHOW max_standby_streaming_delay"},
            "good_obs": " max_standby_streaming_delay\n-----------------------------\n -1\n(1 row)",
            "note": "-1: the standby never cancels queries that conflict with replay.",
        },
        "poll": {
            "start_tool": "airflow_task_stop",
            "start_args": {
                "dag_id": "bi_export_nightly",
                "task_id": "export_order_lines",
                "run_id": "scheduled__2026-11-27T11:00:00+00:00",
            },
            "start_obs": f"task instance export_order_lines marked as failed; on_kill sent SIGTERM to pid {pid}",
            "tool": "psql_query",
            "args": {
                "host": primary,
                "sql": f"SELECT replay_lag FROM pg_stat_replication WHERE application_name = '{rep}'",
            },
            "statuses": [
                f" replay_lag\n-----------------\n {lag}.210\n(1 row)",
                " replay_lag\n-----------------\n 00:22:47.905\n(1 row)",
                " replay_lag\n-----------------\n 00:04:10.332\n(1 row)",
                " replay_lag\n-----------------\n 00:00:00.812\n(1 row)",
            ],
            "waits": [
                "Export is stopped; replay needs time to apply the backlog. Waiting two minutes.",
                "Down to 22 minutes and falling. Another two minutes.",
                "Four minutes left. One more wait.",
            ],
            "secs": [120, 120, 90],
            "done": f"{rep} has caught up - replay lag under a second.",
        },
        "batch": {
            "intro": "Capping statement_timeout at 45min for each reporting role on replica-2, so no single query can hold replay for hours again.",
            "tool": "psql_query",
            "ids": ["bi_export", "looker_ro", "metabase_ro", "finance_ro", "ops_reports"],
            "args": lambda role: {
                "host": rep,
                "sql": f"ALTER ROLE {role} SET statement_timeout = '45min'",
                "role": "dba_ops",
            },
            "obs": lambda r, role: "ALTER ROLE",
            "done": "All five reporting roles now have a 45-minute statement_timeout.",
        },
        "docs": {
            "tool": "wiki_read",
            "docs": [
                {
                    "args": {"space": "DB", "page": "Runbooks/Replica lag"},
                    "obs": "# Replica lag\n1. Split network vs replay lag with pg_stat_replication.\n2. If replay lags: look for long standby queries and recovery conflicts.\n3. Never fail over to fix lag. Page DBA on-call for primary actions.",
                    "summary": "The runbook: separate network from replay lag, look for long standby queries, and never fail over for lag.",
                },
                {
                    "args": {"space": "DB", "page": "Standards/Standby settings"},
                    "obs": "Reporting replicas: max_standby_streaming_delay between 5min and 15min (PG-022).\nhot_standby_feedback: off on orders cluster (PG-014, bloat).\nlog_recovery_conflict_waits: on.",
                    "summary": "Standards allow a 5-15 minute standby delay on reporting replicas and forbid feedback on orders.",
                },
                {
                    "args": {"space": "Data", "page": "BI export schedule"},
                    "obs": "bi_export_nightly: 11:00 and 23:00 UTC on pg-orders-replica-2. Typical runtime 40-70 min. Retries: 06:00 UTC catch-up run.",
                    "summary": "The export runs at 11:00 and 23:00 on replica-2, normally under 70 minutes, with a 06:00 catch-up.",
                },
            ],
            "synthesis": "Together: replica-2 breaks standard PG-022 with -1; a 15min cap would still let a normal export finish most of the time, and the 06:00 catch-up covers a cancelled run.",
            "ask": "Good. Which value would you pick then?",
            "follow": "15min: the top of the allowed range, enough for a 70-minute export to hit conflicts only occasionally.",
        },
        "edits": {
            "tool": "edit_file",
            "edits": [
                {
                    "path": "ansible/host_vars/pg-orders-replica-2.yml",
                    "old": "max_standby_streaming_delay: -1",
                    "new": "max_standby_streaming_delay: 5min",
                },
                {
                    "path": "ansible/host_vars/pg-orders-replica-2.yml",
                    "old": "max_standby_streaming_delay: 5min",
                    "new": 'max_standby_streaming_delay: "5min"',
                },
                {
                    "path": "ansible/host_vars/pg-orders-replica-2.yml",
                    "old": "hot_standby_feedback: off",
                    "new": "hot_standby_feedback: off\nlog_recovery_conflict_waits: on",
                },
                {
                    "path": "CHANGELOG.md",
                    "old": "## Unreleased",
                    "new": "## Unreleased\n- replica-2: finite standby delay (5min), log recovery conflict waits",
                },
            ],
            "edit_obs": ["1 replacement in ansible/host_vars/pg-orders-replica-2.yml"] * 3
            + ["1 replacement in CHANGELOG.md"],
            "test_tool": "make",
            "test_args": {"target": "lint-pg"},
            "results": [
                "lint-pg: 3 problems\n  host_vars/pg-orders-replica-2.yml:12 PG-031 duration values must be quoted strings\n  host_vars/pg-orders-replica-2.yml PG-040 log_recovery_conflict_waits must be on for replicas\n  CHANGELOG.md PG-051 config change without changelog entry",
                "lint-pg: 2 problems\n  host_vars/pg-orders-replica-2.yml PG-040 log_recovery_conflict_waits must be on for replicas\n  CHANGELOG.md PG-051 config change without changelog entry",
                "lint-pg: 1 problem\n  CHANGELOG.md PG-051 config change without changelog entry",
                "lint-pg: ok (14 files checked)",
            ],
            "lines": [
                "Three lint problems: quoting, the conflict-wait logging and a changelog entry. Quoting first.",
                "Two left. Adding log_recovery_conflict_waits.",
                "Only the changelog remains.",
                "Lint is clean.",
            ],
        },
        "mind": {
            "first": {
                "tool": "edit_file",
                "args": {
                    "path": "ansible/group_vars/pg_orders_replicas.yml",
                    "old": "max_standby_streaming_delay: -1",
                    "new": 'max_standby_streaming_delay: "5min"',
                },
                "obs": "1 replacement in ansible/group_vars/pg_orders_replicas.yml",
                "note": "Set a 5min standby delay for the replica group.",
            },
            "change1": "Make it 10min - BI says their longest legitimate query is about 8.",
            "second": {
                "intro": "Raising it to 10min.",
                "tool": "edit_file",
                "args": {
                    "path": "ansible/group_vars/pg_orders_replicas.yml",
                    "old": 'max_standby_streaming_delay: "5min"',
                    "new": 'max_standby_streaming_delay: "10min"',
                },
                "obs": "1 replacement in ansible/group_vars/pg_orders_replicas.yml",
                "note": "Group value is now 10min.",
            },
            "change2": "Wait, only replica-2 should get that. replica-1 serves the API and must stay at 30s.",
            "third": {
                "intro": "Moving the 10min value to replica-2's host vars and restoring 30s for the group.",
                "tool": "edit_file",
                "args": {
                    "path": "ansible/group_vars/pg_orders_replicas.yml",
                    "old": 'max_standby_streaming_delay: "10min"',
                    "new": 'max_standby_streaming_delay: "30s"  # replica-2 overrides in host_vars',
                },
                "obs": '1 replacement in ansible/group_vars/pg_orders_replicas.yml (host_vars/pg-orders-replica-2.yml already sets "10min")',
                "note": "Group back at 30s; replica-2's host_vars carry the 10min override.",
            },
        },
        "world": {
            "report": f"Replay on replica-2 is {lag[3:5]} minutes behind, held back by the bi_export query.",
            "recheck_line": "I'll read the replication view again now the export is gone.",
            "change": "I killed the export from the Airflow UI. Check lag again?",
            "after": " application_name  | write_lag       | flush_lag       | replay_lag\n-------------------+-----------------+-----------------+-----------------\n pg-orders-replica-1 | 00:00:00.00390 | 00:00:00.00588 | 00:00:00.01034\n pg-orders-replica-2 | 00:00:00.00412 | 00:00:00.00690 | 00:02:13.044\n(2 rows)",
            "note": "Replay resumed: replica-2 is two minutes behind and catching up.",
        },
        "flaky": {
            "tool": "psql_query",
            "args": {
                "host": "pgbouncer-orders",
                "sql": "SELECT pid, state, query_start FROM pg_stat_activity WHERE usename = 'bi_export'",
            },
            "fails": [
                'psql: error: connection to server at "pgbouncer-orders" (10.4.2.17), port 6432 failed: FATAL:  query_wait_timeout',
                "psql: error: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally",
            ],
            "reasons": [
                "pgbouncer's queue is saturated by the 14:00 batch jobs (query_wait_timeout). I'll retry once it drains.",
                "pgbouncer is mid rolling restart (deploy at 14:05). Retrying after it settles.",
            ],
            "secs": 60,
            "passes": f"  pid  | state  | query_start\n-------+--------+------------------------\n {pid} | active | 2026-11-27 11:14:52+00\n(1 row)",
            "note": f"Through now: bi_export pid {pid} active since 11:14.",
        },
    }


def eu_vat_reverse_charge(rng: random.Random) -> D:
    cus = f"cus_{hx(rng, 4).upper()}{rng.randint(1000, 9999)}"
    num = rng.choice(["298114507", "311620948", "276503381"])
    spaced = f"DE {num[:3]} {num[3:6]} {num[6:]}"
    invs = [f"INV-2026-{rng.randint(700, 999):04d}" for _ in range(3)]
    nets = [4800, 4800, 5250]
    vat = [round(x * 0.23, 2) for x in nets]

    def cust(stamp: str = "") -> str:
        extra = (
            f',\n  "request_id": "req_{stamp}", "retrieved_at": "2026-11-27T10:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"'
            if stamp
            else ""
        )
        return (
            f'{{\n  "id": "{cus}", "name": "Kessler Maschinenbau GmbH", "billing_country": "DE",\n'
            f'  "vat_number": "{spaced}", "vat_status": "invalid", "tax_treatment": "standard_ie",\n'
            f'  "vat_checked_at": "2026-08-14T09:02:11Z"{extra}\n}}'
        )

    def search_args(q: str) -> dict[str, Any]:
        return {"site": "help.tallyflow.io", "query": q, "locale": "en-IE"}

    def empty(r: random.Random, q: str) -> str:
        return f"help-centre search: 0 articles for {json.dumps(q)} (locale en-IE, {r.randint(140, 190)} published articles)"

    inv_table = "\n".join(
        f"{i}  2026-{m:02d}-01  net EUR {n:,.2f}  tax 23% EUR {v:,.2f}  paid"
        for i, m, n, v in zip(invs, (9, 10, 11), nets, vat, strict=True)
    )
    return {
        "name": "eu_vat_reverse_charge",
        "task": f"Kessler Maschinenbau ({cus}) says we've been charging them Irish VAT for three months even though they're a German business with a VAT number. Sort out their account and get them corrected invoices. Don't issue credit notes yourself - finance does those.",
        "openers": [
            "I'll pull the customer record first to see how their tax profile is set.",
            "Starting with the billing record for Kessler - VAT number and tax treatment.",
            "Let me look up the customer's tax settings in billing.",
        ],
        "acks": [
            "Got it, Kessler VAT issue.",
            "Understood - no credit notes from me.",
            "Okay, on the Kessler invoices.",
        ],
        "A": {
            "tool": "billing_get_customer",
            "args": {"customer_id": cus, "expand": ["tax"]},
            "obs": cust(),
            "note": "The VAT number is stored with spaces and marked invalid, so billing falls back to standard Irish VAT instead of reverse charge.",
        },
        "A_stamped": lambda r: cust(hx(r, 12)),
        "B": {
            "tool": "vies_check",
            "args": {"country": "DE", "number": num},
            "obs": f'{{"isValid": true, "requestDate": "2026-11-27+01:00", "countryCode": "DE", "vatNumber": "{num}", "name": "---", "address": "---"}}',
            "note": "VIES says the number is valid (Germany doesn't return name or address). The business is registered; only our stored format is wrong.",
        },
        "C": {
            "tool": "billing_list_invoices",
            "args": {"customer_id": cus, "created_after": "2026-09-01"},
            "obs": inv_table,
            "note": f"Three paid invoices with 23% Irish VAT, EUR {sum(vat):,.2f} of VAT in total.",
        },
        "recheck": {
            "lines": [
                "Pulling the customer record again.",
                "Let me re-read the tax profile.",
                "Checking Kessler's record once more.",
                "Another look at the customer object.",
                "vat_status is still invalid and the number still has spaces.",
            ],
            "ping": "Same record each time. Are you going to change anything?",
        },
        "search": {
            "tool": "helpcentre_search",
            "queries": [
                "reverse charge correction",
                "refund VAT charged in error to EU business",
                "credit note for wrong VAT",
                "invoice charged VAT incorrectly B2B",
                "reissue invoice without VAT",
            ],
            "args": search_args,
            "empty": empty,
            "lines": [
                "There should be a procedure for correcting VAT on B2B invoices. Searching for it.",
                "No hits. Trying how a customer would word it.",
                "Trying the credit-note angle.",
                "Once more, phrased as an incorrect-VAT invoice.",
                "There's no documented procedure for VAT corrections, so I'll have to work it out from scratch.",
            ],
            "hint": "The help centre is customer-facing. Internal finance procedures are in the finance wiki space.",
            "narrow_line": "Correction procedures are internal, so the public help centre won't have them; searching the finance wiki space instead.",
            "narrow_tool": "wiki_search",
            "narrow_args": {"space": "FIN", "query": "reverse charge correction"},
            "found": '1 result: FIN-112 "Correcting VAT on EU B2B invoices" (updated 2026-09-02, owner Aoife Brennan)',
            "found_note": "FIN-112 is the internal procedure, owned by finance.",
            "read": {
                "tool": "wiki_read",
                "args": {"space": "FIN", "page": "FIN-112"},
                "obs": "FIN-112 Correcting VAT on EU B2B invoices\n1. Support fixes the tax id (no spaces, no prefix) and re-runs validation.\n2. Support raises a finance request listing the invoices.\n3. Finance issues credit notes and reissues with 'Reverse charge - Article 196 Directive 2006/112/EC'.\n4. Refund to original payment method unless the customer asks for credit.",
                "note": "So my part is the tax id and a finance request; finance credits and reissues with the Article 196 wording.",
            },
        },
        "ab": {
            "tool": "billing_update_customer",
            "x_args": {"customer_id": cus, "vat_number": f"DE{num}"},
            "x_obs": "422 tax_id_invalid: vat_number must not include the country prefix when billing_country is set",
            "y_args": {"customer_id": cus, "vat_number": num},
            "y_obs": "422 tax_id_type_required: tax_id_type must be set (eu_vat) before a vat_number can be validated",
            "lines": [
                "I'll store the number in its compact form, DE plus digits.",
                "It wants no prefix. Digits only then.",
                "Now it complains about the type. The prefixed form was closer - back to that.",
                "Prefix rejected again. Digits only.",
                "I can't get either format accepted. One more round with the prefix might do it.",
                "Let me go back to the DE-prefixed number.",
            ],
            "nudge": "The second error tells you what's missing. You keep switching the number format instead.",
        },
        "fail": {
            "tool": "vies_check",
            "variants": [
                {"country": "DE", "number": spaced},
                {"country": "DE", "number": f"DE{num}"},
                {"country": "de", "number": f"de{num}"},
                {"country": "DE", "number": f"DE-{num}"},
            ],
            "error": '{"isValid": false, "errorWrappers": [{"error": "INVALID_INPUT", "message": "The provided CountryCode is invalid or the VAT number is empty"}]}',
            "remarks": [
                "Validating the stored number against VIES.",
                "INVALID_INPUT. Maybe the spaces - sending it compact.",
                "Still invalid input. Lower case?",
                "Same error. Trying a hyphen after the country code.",
                "VIES rejects every form of the number; it may not be a valid registration.",
            ],
            "nudge": "You're sending the country code twice, in the field and inside the number.",
        },
        "ask": {
            "q": "Should the VAT be refunded to their card, or held as account credit against the next invoice?",
            "thanks": "Thanks, noted.",
            "answer": "Back to the card. They asked for a refund, not credit.",
            "reasks": [
                "Quick question before I go on: refund to card or account credit?",
                "How would Kessler like the VAT back - card refund or a credit balance?",
                "Just confirming the refund method - card, or credit on account?",
            ],
            "annoyed": "Card. I answered that already.",
        },
        "use": {
            "line": "Card refund then. Raising the finance request with that.",
            "tool": "finance_request",
            "args": {
                "type": "credit_note_and_reissue",
                "customer_id": cus,
                "invoices": invs,
                "refund_method": "original_payment_method",
                "reference": "FIN-112",
            },
            "obs": f"REQ-{rng.randint(4000, 4999)} created, assigned to Aoife Brennan (Finance), SLA 2 business days",
            "note": "Finance has the request with card refund; they'll credit and reissue.",
        },
        "redo": {
            "tool": "billing_update_customer",
            "args": {
                "customer_id": cus,
                "vat_number": num,
                "tax_id_type": "eu_vat",
                "revalidate": True,
            },
            "obs": f'{{"id": "{cus}", "vat_number": "{num}", "vat_status": "valid", "tax_treatment": "reverse_charge", "vat_checked_at": "2026-11-27T10:48:02Z"}}',
            "again": f'{{"id": "{cus}", "vat_number": "{num}", "vat_status": "valid", "tax_treatment": "reverse_charge", "vat_checked_at": "2026-11-27T10:48:02Z", "changes": "none"}}',
            "done": "Tax id saved in compact form and revalidated: vat_status valid, tax_treatment reverse_charge.",
            "lines": [
                "Fixing the tax id: digits only, type eu_vat, revalidate.",
                "Now I'll update Kessler's tax id so future invoices use reverse charge.",
                "Let me apply the tax id fix once more to be safe.",
                "Tax profile is fixed.",
            ],
            "stop": "That's done already - it says changes: none. Raise the finance request.",
        },
        "promise": {
            "lines": [
                "Next I'll verify the number in VIES.",
                "I'll run the VIES check now to confirm the registration.",
                "Going to validate it against VIES.",
                "Right, the VIES lookup is next.",
                "I'll do the VIES validation and come back with the result.",
            ],
            "nudges": ["Sure.", "Are you running it?", "Still no VIES result. Do it."],
        },
        "concl": {
            "lines": [
                "So the cause is the stored format: 'DE 298...' with spaces fails validation and billing treats them as a consumer.",
                "In other words, a formatting problem in the VAT number made us charge Irish VAT to a valid German business.",
                "To sum up: the number is valid in VIES; our copy has spaces and a prefix, so reverse charge never applied.",
                "Basically, invalid format in, standard VAT out - that's the whole story.",
                "Again, the root cause is the spaced VAT number failing our validation.",
            ],
            "asks": [
                "Fine. Now what are you doing about it?",
                "You've explained it four times. Fix the account and raise the request.",
            ],
        },
        "plans": {
            "lines": [
                "Option A: finance credits the three invoices and reissues them with reverse charge.",
                "Or option B: leave the invoices and put one negative VAT adjustment on December's invoice - less paperwork.",
                "Though B leaves three wrong invoices on their books; their auditor will want A.",
                "But A means three credit notes and three reissues - B is one line item.",
                "A is cleaner for compliance, B is faster. I'm torn.",
                "Let me reconsider B once more before committing to A.",
            ],
            "pick": "Either. Just choose and move.",
        },
        "deleg": {
            "tool": "ask_agent",
            "intros": [
                "I'll have the billing assistant review Kessler's setup.",
                "Asking it more pointedly about the VAT treatment.",
                "One more angle for the assistant: why isn't reverse charge applied?",
            ],
            "asks": [
                {"agent": "billing-assistant", "prompt": f"Review the tax configuration of {cus}."},
                {
                    "agent": "billing-assistant",
                    "prompt": f"Is {cus} being taxed correctly for an EU B2B customer?",
                },
                {
                    "agent": "billing-assistant",
                    "prompt": f"Explain why reverse charge is not applied to {cus}'s invoices.",
                },
            ],
            "same": lambda r: (
                f"(billing-assistant, trace {hx(r, 10)}) {cus} has tax_treatment standard_ie. Invoices are taxed at 23% per Irish rules. Configuration is consistent; no action required."
            ),
            "remarks": [
                "It says the configuration is consistent, which only restates the setting.",
                "Same answer. Let me ask about the reverse charge directly.",
                "It keeps describing the current setting without questioning it.",
            ],
            "nudge": "It's just reading the field back to you.",
            "tasks": [
                {
                    "intro": "Sub-task one: are other EU customers hit by the same format issue?",
                    "args": {
                        "agent": "billing-assistant",
                        "prompt": "List non-IE EU customers whose vat_status is invalid but whose number passes VIES when spaces and prefix are removed.",
                    },
                    "obs": "(billing-assistant) 4 customers: cus_NL4418 (NL), cus_FR0092 (FR), cus_AT7731 (AT), cus_BE2250 (BE). All stored with spaces.",
                    "note": "Four more customers have the same spaced-number problem.",
                },
                {
                    "intro": "Sub-task two: where do the spaces come from?",
                    "args": {
                        "agent": "billing-assistant",
                        "prompt": "For customers created since June, how was vat_number entered (checkout form, API, admin)?",
                    },
                    "obs": "(billing-assistant) 96% via checkout form v3 (live since 2026-06-30). The form field does not strip whitespace before saving.",
                    "note": "The checkout form since June saves the number unstripped.",
                },
            ],
            "synthesis": "So Kessler is one of five affected customers, all from the June checkout form; the form needs a strip before validation, and FIN-112 corrections for each.",
        },
        "confirm": {
            "qs": [
                "Shall I update Kessler's VAT number to the compact form and revalidate?",
                "Just to check, changing it will switch future invoices to reverse charge - fine?",
                "And you're happy for me to do this without waiting for finance?",
                "Before I save, should I tell the customer first?",
            ],
            "yeses": ["Yes.", "Yes, that's the point.", "Yes. Go ahead now please."],
        },
        "claim": {
            "tool": "billing_update_customer",
            "args": {"customer_id": cus, "vat_number": num, "tax_treatment": "reverse_charge"},
            "obs": "422 tax_id_type_required: tax_id_type must be set (eu_vat) before a vat_number can be validated",
            "claims": [
                "Updated - Kessler is now on reverse charge.",
                "It's saved: compact VAT number, reverse charge treatment.",
                "Done again - the tax profile is corrected.",
                "Kessler's account is fixed.",
            ],
            "objections": [
                "That was a 422. It didn't save.",
                "Record still says standard_ie. Stop saying done.",
            ],
        },
        "pages": {
            "tool": "billing_search_customers",
            "args": [
                {"query": "vat_status:'invalid' AND billing_country:'EU-NOT-IE'", "limit": 3},
                {
                    "query": "vat_status:'invalid' AND billing_country:'EU-NOT-IE'",
                    "limit": 3,
                    "starting_after": "cus_AT7731",
                },
                {
                    "query": "vat_status:'invalid' AND billing_country:'EU-NOT-IE'",
                    "limit": 3,
                    "starting_after": "cus_DK0417",
                },
                {
                    "query": "vat_status:'invalid' AND billing_country:'EU-NOT-IE'",
                    "limit": 3,
                    "starting_after": "cus_FR0092",
                },
            ],
            "obs": [
                "cus_AT7731 AT 'ATU 6612 9988'\ncus_BE2250 BE 'BE 0471.220.118'\ncus_DK0417 DK 'DK12345678 '\nhas_more: true",
                f"{cus} DE '{spaced}'\ncus_ES3380 ES 'ESB12345674'\ncus_FR0092 FR 'FR 40 303 265 045'\nhas_more: true",
                "cus_IT5521 IT 'IT 0011 2233 445'\ncus_NL4418 NL 'NL 8521.33.901.B01'\ncus_PL0960 PL 'PL5260001246'\nhas_more: true",
                "cus_SE2231 SE 'SE556677889901'\nhas_more: false",
            ],
            "notes": [
                "Page 1: AT, BE and DK, two with spaces or dots and one with a trailing space.",
                "Page 2: Kessler plus ES and FR; ES has no spaces, so its issue is something else.",
                "Page 3: IT, NL and PL; PL looks clean.",
                "Last page: SE. Ten invalid customers, seven with whitespace or punctuation in the number.",
            ],
        },
        "corrected": {
            "repeats": "B",
            "tool": "vies_check",
            "bad_args": {"country": "GE", "number": num},
            "bad_obs": '{"isValid": false, "errorWrappers": [{"error": "INVALID_INPUT", "message": "GE is not an EU member state code"}]}',
            "fix": "Wrong code - Germany is DE, not GE.",
            "good_args": {"country": "DE", "number": num},
            "good_obs": f'{{"isValid": true, "requestDate": "2026-11-27+01:00", "countryCode": "DE", "vatNumber": "{num}"}}',
            "note": "Valid in VIES.",
        },
        "poll": {
            "start_tool": "billing_revalidate_tax_ids",
            "start_args": {
                "customer_ids": [cus, "cus_NL4418", "cus_FR0092", "cus_AT7731", "cus_BE2250"]
            },
            "start_obs": f"job taxval_{hx(rng, 8)} queued (5 customers)",
            "tool": "billing_job_status",
            "args": {"job": "taxval", "latest": True},
            "statuses": [
                "status: queued, position 3",
                "status: running, 2/5 checked (VIES rate limit 1 req/5s per member state)",
                "status: running, 4/5 checked",
                "status: completed, 5/5: valid 5, invalid 0",
            ],
            "waits": [
                "Queued behind other jobs. Waiting a minute.",
                "Two done; VIES is rate limited. Another 30 seconds.",
                "Four of five. Short wait.",
            ],
            "secs": [60, 30, 20],
            "done": "All five customers now validate; they'll get reverse charge from the next invoice.",
        },
        "batch": {
            "intro": "Tagging the four other affected customers for the same FIN-112 correction.",
            "tool": "crm_add_tag",
            "ids": ["cus_NL4418", "cus_FR0092", "cus_AT7731", "cus_BE2250", cus],
            "args": lambda c: {"account": c, "tag": "vat-format-fix-2026-11"},
            "obs": lambda r, c: f"ok: tag vat-format-fix-2026-11 added to {c}",
            "done": "All five accounts are tagged for finance's batch.",
        },
        "docs": {
            "tool": "wiki_read",
            "docs": [
                {
                    "args": {"space": "FIN", "page": "FIN-112"},
                    "obs": "Support fixes the tax id and revalidates; finance credits and reissues with Article 196 wording; refund to original method.",
                    "summary": "FIN-112: I fix the tax id, finance handles credit notes and reissues.",
                },
                {
                    "args": {"space": "FIN", "page": "VAT/EU B2B rules"},
                    "obs": "Supplies of services to a VAT-registered business in another member state: no Irish VAT, customer self-accounts (reverse charge). Invoice must show customer VAT number and the reverse charge note.",
                    "summary": "The rules: no Irish VAT for a registered German business; invoice must carry their VAT number and the reverse-charge note.",
                },
                {
                    "args": {"space": "ENG", "page": "Checkout v3 release notes"},
                    "obs": "2026-06-30: new VAT field with live format hint. Known issue: whitespace is not normalised before validation (BILL-2231, backlog).",
                    "summary": "Checkout v3 doesn't normalise whitespace - a known backlog bug.",
                },
            ],
            "synthesis": "Together: Kessler was legally due reverse charge; the checkout bug stored a spaced number; FIN-112 fixes this case, and BILL-2231 needs priority to stop new ones.",
            "ask": "Should we escalate BILL-2231?",
            "follow": "Yes - five customers are affected and each costs a credit-and-reissue cycle. I'll note that in the finance request.",
        },
        "edits": {
            "tool": "billing_template_update",
            "edits": [
                {"template": "invoice_eu_b2b", "op": "add_block", "block": "reverse_charge_note"},
                {
                    "template": "invoice_eu_b2b",
                    "op": "set_text",
                    "block": "reverse_charge_note",
                    "text": "Reverse charge - Article 196 Directive 2006/112/EC",
                },
                {"template": "invoice_eu_b2b", "op": "add_field", "field": "customer.vat_number"},
                {
                    "template": "invoice_eu_b2b",
                    "op": "set_condition",
                    "block": "tax_lines",
                    "when": "tax_treatment != 'reverse_charge'",
                },
            ],
            "edit_obs": [
                "template invoice_eu_b2b saved as draft r14",
                "draft r15 saved",
                "draft r16 saved",
                "draft r17 saved",
            ],
            "test_tool": "billing_template_lint",
            "test_args": {"template": "invoice_eu_b2b", "revision": "draft"},
            "results": [
                "3 errors: reverse_charge_note is empty; customer VAT number missing (required for reverse charge); tax lines rendered for reverse-charge invoices",
                "2 errors: customer VAT number missing (required for reverse charge); tax lines rendered for reverse-charge invoices",
                "1 error: tax lines rendered for reverse-charge invoices",
                "0 errors, 0 warnings",
            ],
            "lines": [
                "Block added but empty; three errors. Adding the Article 196 text.",
                "Two left. Adding the customer's VAT number field.",
                "One left: hide tax lines on reverse-charge invoices.",
                "Template lints clean for finance's reissue.",
            ],
        },
        "mind": {
            "first": {
                "tool": "ticket_draft_reply",
                "args": {
                    "ticket": "ZD-88213",
                    "lang": "en",
                    "body": "Hello, you're right - a formatting issue with your VAT number meant Irish VAT was applied. We've corrected your account; finance will credit and reissue the three invoices.",
                },
                "obs": "draft saved on ZD-88213 (en, 212 chars)",
                "note": "English draft saved.",
            },
            "change1": "Write it in German instead, their AP team is in Stuttgart.",
            "second": {
                "intro": "Rewriting the reply in German.",
                "tool": "ticket_draft_reply",
                "args": {
                    "ticket": "ZD-88213",
                    "lang": "de",
                    "body": "Guten Tag, Sie haben recht - wegen eines Formatfehlers in Ihrer USt-IdNr. wurde irische Mehrwertsteuer berechnet. Wir haben Ihr Konto korrigiert; die drei Rechnungen werden gutgeschrieben und neu ausgestellt.",
                },
                "obs": "draft saved on ZD-88213 (de, 231 chars, replaced previous draft)",
                "note": "German draft saved.",
            },
            "change2": "Keep the German but add the English below it and cc their accountant, steuer@kessler-mb.de.",
            "third": {
                "intro": "Adding the English version under the German and the cc.",
                "tool": "ticket_draft_reply",
                "args": {
                    "ticket": "ZD-88213",
                    "lang": "de+en",
                    "cc": ["steuer@kessler-mb.de"],
                    "body": "Guten Tag, ... neu ausgestellt.\n\n---\nHello, ... reissue the three invoices.",
                },
                "obs": "draft saved on ZD-88213 (de+en, 447 chars, cc 1)",
                "note": "Bilingual draft with the accountant in cc.",
            },
        },
        "world": {
            "report": "Kessler's VAT number is stored with spaces and marked invalid, hence standard Irish VAT.",
            "recheck_line": "Re-reading the customer record.",
            "change": "I've corrected the number in the admin panel myself. Check again?",
            "after": f'{{\n  "id": "{cus}", "name": "Kessler Maschinenbau GmbH", "billing_country": "DE",\n  "vat_number": "{num}", "vat_status": "valid", "tax_treatment": "reverse_charge",\n  "vat_checked_at": "2026-11-27T11:02:40Z"\n}}',
            "note": "Your fix took: compact number, valid, reverse charge. Next is the finance request for the three invoices.",
        },
        "flaky": {
            "tool": "vies_check",
            "args": {"country": "DE", "number": num},
            "fails": [
                '{"isValid": false, "errorWrappers": [{"error": "MS_UNAVAILABLE", "message": "The member state service is unavailable"}]}',
                '{"isValid": false, "errorWrappers": [{"error": "TIMEOUT", "message": "The member state service could not be reached in time"}]}',
            ],
            "reasons": [
                "MS_UNAVAILABLE - Germany's VIES backend is down, which happens around the top of the hour. Retrying shortly.",
                "Timeout from the German service this time; still their side. One more try.",
            ],
            "secs": 90,
            "passes": f'{{"isValid": true, "requestDate": "2026-11-27+01:00", "countryCode": "DE", "vatNumber": "{num}"}}',
            "note": "VIES answers now: the number is valid.",
        },
    }


def broadband_line_dropouts(rng: random.Random) -> D:
    svc = f"FTTC-LS6-{rng.randint(10000, 99999):07d}"
    serial = f"HUB4B{rng.randint(100000, 999999)}"
    name = rng.choice(["Mrs Hollis", "Ms Adeyemi", "Mrs Barraclough", "Ms Szymanska"])
    mob = f"07700 900{rng.randint(100, 999)}"

    def line(stamp: str = "") -> str:
        head = (
            f"test_id LT-{stamp} completed 2026-11-27T09:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z\n"
            if stamp
            else ""
        )
        return (
            f"{head}service {svc}  VDSL2 17a  exchange Headingley (LS6)\n"
            "sync      down 38.2 Mbps / up 9.1 Mbps   (attainable 71.0 / 19.4)\n"
            "profile   DLM banded 40/10, interleaving ON (applied 2026-11-24)\n"
            "retrains  14 in 7 days: all between 02:04 and 02:58\n"
            "SNR margin 6.1 dB  line attenuation 14.2 dB  result: PASS (no fault found)"
        )

    def search_args(q: str) -> dict[str, Any]:
        return {
            "tracker": "network-incidents",
            "exchange": "LS6-HEADINGLEY",
            "query": q,
            "days": 14,
        }

    def empty(r: random.Random, q: str) -> str:
        return f"network-incidents: 0 incidents at LS6-HEADINGLEY matching {json.dumps(q)} (14 days). Last incident: INC-{r.randint(40000, 49999)} closed 2026-10-03."

    return {
        "name": "broadband_line_dropouts",
        "task": f"{name} (service {svc}) says her broadband drops every night and it's slower than it was. She works nights from home so it matters. Find out what's going on and sort it. Don't book an engineer visit - it's £129 if no fault is found and she hasn't agreed to that.",
        "openers": [
            "I'll run a line test first to see sync, DLM profile and retrains.",
            "Starting with a line test on the service.",
            "First a line test - it shows the sync history and DLM state.",
        ],
        "acks": [
            f"Okay, looking into {name}'s dropouts.",
            "Understood, no engineer booking.",
            "On it.",
        ],
        "A": {
            "tool": "line_test",
            "args": {"service_id": svc, "type": "full"},
            "obs": line(),
            "note": "The line passes, but it retrained 14 times this week, always between 02:00 and 03:00. DLM reacted by banding it to 40/10 with interleaving - that's the speed drop.",
        },
        "A_stamped": lambda r: line(f"{r.randint(1000000, 9999999)}"),
        "B": {
            "tool": "acs_device_get",
            "args": {
                "serial": serial,
                "params": [
                    "DeviceInfo.SoftwareVersion",
                    "DeviceInfo.UpTime",
                    "X_LastRebootReason",
                    "X_FirmwareJobs",
                ],
            },
            "obs": f"serial {serial} (Hub 4, hardware rev B)\nSoftwareVersion 4.2.1\nUpTime 6h 41m\nX_LastRebootReason fw_update_failed\nX_FirmwareJobs target 4.2.3, window 02:00-04:00, attempts 9, last 2026-11-27T02:31:07Z result FAILED_VERIFY",
            "note": "The hub tries to update to 4.2.3 every night in the 02:00-04:00 window, fails verification, and reboots. Each reboot is a retrain.",
        },
        "C": {
            "tool": "kb_search",
            "args": {"space": "agent-kb", "query": "Hub 4 rev B 4.2.3 update"},
            "obs": "KB-7719 Hub 4 (rev B): 4.2.3 fails FAILED_VERIFY and reboots in update window. Workaround: pin firmware to 4.2.1 via ACS until 4.2.4. DLM will recover to fastpath after 3 clean days or a DLM reset.",
            "note": "Known bug, KB-7719: pin 4.2.1 and DLM recovers after three clean days or a reset.",
        },
        "recheck": {
            "lines": [
                "Running the line test again.",
                "Another line test to confirm.",
                "Let me test the line one more time.",
                "Repeating the full line test.",
                "The line still passes with 14 retrains in the 02:00 hour.",
            ],
            "ping": "Each test says the same. What's causing the retrains?",
        },
        "search": {
            "tool": "incident_search",
            "queries": [
                "overnight outage",
                "night-time dropouts cabinet",
                "service interruption 02:00",
                "planned works overnight exchange",
                "VDSL disconnects multiple customers",
            ],
            "args": search_args,
            "empty": empty,
            "lines": [
                "Nightly drops often mean overnight network works. Checking incidents at her exchange.",
                "Nothing. Trying cabinet-level wording.",
                "Trying the specific time window.",
                "Maybe it's logged as planned works.",
                "No incidents or works at Headingley, so I can't find a network cause for the drops.",
            ],
            "hint": "Nobody else on her street has complained. It's her line or her kit, not the exchange.",
            "narrow_line": "No area incident, so it's specific to her. Searching the KB for the hub model and time pattern.",
            "narrow_tool": "kb_search",
            "narrow_args": {"space": "agent-kb", "query": "Hub 4 reboot 02:00 retrain nightly"},
            "found": "2 results: KB-7719 Hub 4 (rev B) 4.2.3 update failure reboot loop; KB-6120 Understanding DLM banding",
            "found_note": "KB-7719 matches the hardware and the time window.",
            "read": {
                "tool": "kb_read",
                "args": {"article": "KB-7719"},
                "obs": "Symptom: Hub 4 rev B reboots 02:00-04:00 nightly, X_LastRebootReason fw_update_failed.\nFix: ACS > Firmware > Pin 4.2.1 (until 4.2.4 GA, ETA Jan).\nAfter: DLM returns to fastpath after 3 stable days, or request a DLM reset (max 1 per 24h).",
                "note": "Pin 4.2.1 in the ACS; DLM recovers in three days or with a reset.",
            },
        },
        "ab": {
            "tool": "acs_set_parameter",
            "x_args": {
                "serial": serial,
                "param": "Device.ManagementServer.X_AutoUpdateEnable",
                "value": "false",
            },
            "x_obs": "SetParameterValues FAULT 9008: Attempt to set a non-writable parameter (read-only in provisioning profile RES-STD)",
            "y_args": {
                "serial": serial,
                "param": "Device.ManagementServer.X_UpdateWindow",
                "value": "14:00-16:00",
            },
            "y_obs": "SetParameterValues FAULT 9007: Invalid parameter value (update window must fall within 00:00-06:00, policy ACS-9)",
            "lines": [
                "Simplest fix: switch off auto-update on the hub.",
                "Read-only. Move the update window to the afternoon instead, when she's asleep.",
                "Window must be overnight. Back to disabling auto-update - maybe it'll take now.",
                "Still read-only. Trying the afternoon window again.",
                "Neither parameter can be changed. I'll go back to the auto-update switch.",
                "I'll retry the window change one more time.",
            ],
            "nudge": "KB-7719 says pin the firmware. Stop poking those two parameters.",
        },
        "fail": {
            "tool": "dlm_reset",
            "variants": [
                {"service_id": svc},
                {"service_id": svc, "reset_type": "standard"},
                {"service_id": svc, "reset_type": "full", "reason": "customer complaint"},
                {"service_id": svc.lower(), "reset_type": "full"},
            ],
            "error": "DLM_RESET_REFUSED: a reset was performed on this line within 24h (2026-11-26T18:40Z by ops-bot). Next reset allowed after 2026-11-27T18:40Z.",
            "remarks": [
                "I'll request a DLM reset to get her speed back.",
                "Refused. Trying with an explicit standard reset type.",
                "Same refusal. A full reset with a reason might be allowed.",
                "Let me try the lower-case service id.",
                "The reset is refused every time.",
            ],
            "nudge": "It tells you when the next reset is allowed. Changing the reset type won't help.",
        },
        "ask": {
            "q": "Do the drops only happen overnight, or also during the day?",
            "thanks": "Thanks.",
            "answer": "Only overnight, between 2 and 3. Her doorbell camera logs the Wi-Fi loss.",
            "reasks": [
                "Could you check with her whether the outages also happen in daytime?",
                "Are the disconnections limited to the night, or at other times too?",
                "Just to rule things out - any daytime drops?",
            ],
            "annoyed": "Only 2 to 3 am, I told you. From her camera log.",
        },
        "use": {
            "line": "Only 02:00-03:00 - that's the hub's update window. Pinning the firmware so it stops trying.",
            "tool": "acs_pin_firmware",
            "args": {
                "serial": serial,
                "version": "4.2.1",
                "until": "2027-01-31",
                "ticket": "KB-7719",
            },
            "obs": f"firmware pinned for {serial}: 4.2.1 until 2027-01-31; pending job fwjob-{hx(rng, 6)} (4.2.3) cancelled",
            "note": "Pinned and tonight's update job is cancelled, so no reboot at 02:00.",
        },
        "redo": {
            "tool": "acs_pin_firmware",
            "args": {"serial": serial, "version": "4.2.1", "until": "2027-01-31"},
            "obs": f"firmware pinned for {serial}: 4.2.1 until 2027-01-31; pending job fwjob-{hx(rng, 6)} (4.2.3) cancelled",
            "again": f"firmware already pinned for {serial}: 4.2.1 until 2027-01-31 (no change)",
            "done": "Firmware pinned at 4.2.1 and the nightly update job is cancelled.",
            "lines": [
                "Pinning the hub's firmware to 4.2.1 as KB-7719 says.",
                "Now I'll pin her hub's firmware so it stops updating.",
                "Applying the firmware pin again to be certain.",
                "The hub's firmware is pinned.",
            ],
            "stop": "It's pinned, it said no change. Tell her what happens next.",
        },
        "promise": {
            "lines": [
                "Next I'll pull the hub's diagnostics from the ACS.",
                "I'll check the hub's reboot reason and firmware now.",
                "Going to query the ACS for the device.",
                "Right, fetching the hub details next.",
                "I'll read the hub's firmware jobs and report.",
            ],
            "nudges": [
                "Okay.",
                "You keep saying you'll check the hub.",
                "She's on the phone waiting. Pull the ACS data.",
            ],
        },
        "concl": {
            "lines": [
                "So the hub's failed nightly firmware update reboots it, each reboot is a retrain, and DLM banded the line.",
                "Put simply: bad firmware update, nightly reboot, DLM slows the line.",
                "In summary, it isn't the line at all - it's the Hub 4 update loop, and the slowdown is DLM's reaction.",
                "To restate, the 02:00 drops are reboots from the 4.2.3 update failing.",
                "The root cause is still the firmware loop on her rev B hub.",
            ],
            "asks": ["Right. What are you doing about it?", "Stop explaining, fix it."],
        },
        "plans": {
            "lines": [
                "Plan A: pin firmware now and let DLM recover on its own over three days.",
                "Plan B: swap her hub for a rev C by courier - no firmware issue at all.",
                "A is free and immediate, B costs a hub and two days. A then.",
                "Though A leaves her banded for three nights; B plus a DLM reset is quicker for speed.",
                "A is simpler... but B is more permanent.",
                "Let me weigh A against B once more.",
            ],
            "pick": "Pick one, I don't mind which.",
        },
        "deleg": {
            "tool": "run_agent",
            "intros": [
                "I'll ask the network-diag agent to investigate.",
                "Let me ask it to focus on the overnight timing.",
                "Rephrasing: what happens on this service at 02:00?",
            ],
            "asks": [
                {"agent": "network-diag", "input": f"Investigate dropouts on {svc}."},
                {"agent": "network-diag", "input": f"Why does {svc} disconnect overnight?"},
                {"agent": "network-diag", "input": f"Explain the 02:00-03:00 retrains on {svc}."},
            ],
            "same": lambda r: (
                f"network-diag session {hx(r, 8)}: no area outage for LS6-HEADINGLEY; line test PASS; SNR 6.1 dB within spec. Recommendation: book engineer visit to inspect internal wiring."
            ),
            "remarks": [
                "It recommends an engineer, which we can't book and which doesn't match a PASS.",
                "Same engineer recommendation.",
                "Third time, same answer - it isn't looking at the hub.",
            ],
            "nudge": "It's stuck on engineer visits. Look at the hub yourself.",
            "tasks": [
                {
                    "intro": "Sub-task one: line up the retrain times with the hub's reboot log.",
                    "args": {
                        "agent": "network-diag",
                        "input": f"Correlate retrain timestamps on {svc} with ACS reboot events for {serial}.",
                    },
                    "obs": "network-diag: 14/14 retrains occur 28-41s after a hub reboot with reason fw_update_failed.",
                    "note": "Every retrain follows a failed-update reboot.",
                },
                {
                    "intro": "Sub-task two: is this hub unusual or one of many?",
                    "args": {
                        "agent": "network-diag",
                        "input": "Count Hub 4 rev B on 4.2.1 with fw_update_failed reboots in the last 7 days.",
                    },
                    "obs": "network-diag: 212 devices nationally, 3 on LS6-HEADINGLEY. 4.2.4 release ETA 2027-01-12.",
                    "note": "212 hubs are affected; a fix is due in January.",
                },
            ],
            "synthesis": "So it's the known rev B firmware loop, not her line: pinning 4.2.1 stops the reboots, and the other two hubs on her exchange need the same.",
        },
        "confirm": {
            "qs": [
                "Shall I pin her hub's firmware at 4.2.1?",
                "To be sure - pinning means she won't get security updates until January. Okay?",
                "And I can do this without calling her first?",
                "Before I do it, do you want me to note it on the account?",
            ],
            "yeses": ["Yes.", "Yes, that's fine.", "Yes. Just do it."],
        },
        "claim": {
            "tool": "sms_send",
            "args": {
                "to": mob,
                "template": "fault_update",
                "vars": {"name": name, "eta": "3 nights"},
            },
            "obs": "400 invalid 'to': destination must be E.164 (e.g. +447700900123)",
            "claims": [
                f"I've texted {name} to explain the fix and that speeds will recover over three nights.",
                "The SMS is sent.",
                "Resent - she has the update now.",
                "She's been informed by text.",
            ],
            "objections": ["That SMS failed - read the 400.", "Nothing arrived. Same error again."],
        },
        "pages": {
            "tool": "line_events",
            "args": [
                {"service_id": svc, "type": "retrain", "page": 1, "per_page": 4},
                {"service_id": svc, "type": "retrain", "page": 2, "per_page": 4},
                {"service_id": svc, "type": "retrain", "page": 3, "per_page": 4},
                {"service_id": svc, "type": "retrain", "page": 4, "per_page": 4},
            ],
            "obs": [
                "11-27 02:31:48 loss of power (CPE)\n11-26 02:44:02 loss of power (CPE)\n11-26 02:09:15 loss of power (CPE)\n11-25 02:58:33 loss of power (CPE)\npage 1/4",
                "11-25 02:12:07 loss of power (CPE)\n11-24 02:37:40 loss of power (CPE)\n11-23 02:04:11 loss of power (CPE)\n11-23 02:51:29 loss of power (CPE)\npage 2/4",
                "11-22 02:22:58 loss of power (CPE)\n11-22 02:49:01 loss of power (CPE)\n11-21 02:15:36 loss of power (CPE)\n11-21 02:40:22 loss of power (CPE)\npage 3/4",
                "11-20 02:33:19 loss of power (CPE)\n11-20 02:55:47 loss of power (CPE)\n11-12 17:03:10 SNR drop\npage 4/4",
            ],
            "notes": [
                "Page 1: four retrains, all 'loss of power' at the hub end, all after 02:00.",
                "Page 2: four more, same cause and hour.",
                "Page 3: same pattern back to 21 November.",
                "Last page: two more, then a lone daytime SNR drop on 12 Nov. Fourteen nightly CPE power losses from 20 Nov - the hub is restarting.",
            ],
        },
        "corrected": {
            "repeats": "A",
            "tool": "line_test",
            "bad_args": {"service_id": svc.replace("LS6", "LS1"), "type": "full"},
            "bad_obs": f"404 service {svc.replace('LS6', 'LS1')} not found",
            "fix": "Typo - LS6, not LS1.",
            "good_args": {"service_id": svc, "type": "full"},
            "good_obs": line(),
            "note": "Passes, but 14 retrains in the 02:00 hour and a banded profile.",
        },
        "poll": {
            "start_tool": "dlm_reset",
            "start_args": {"service_id": svc, "reset_type": "standard"},
            "start_obs": f"DLM reset accepted: job dlm-{hx(rng, 6)}",
            "tool": "dlm_job_status",
            "args": {"service_id": svc},
            "statuses": [
                "queued at Openreach (position 11)",
                "applying profile: fastpath, interleaving off",
                "line resynchronising",
                "complete: sync 61.8 / 14.2 Mbps, fastpath, interleaving off",
            ],
            "waits": [
                "Queued at Openreach. Waiting two minutes.",
                "Profile being applied; another minute.",
                "Resyncing now; short wait.",
            ],
            "secs": [120, 60, 45],
            "done": "Reset complete: 61.8/14.2 Mbps on fastpath, back to her old speed.",
        },
        "batch": {
            "intro": "Pinning firmware on the other affected Hub 4 rev B units on her exchange and street too.",
            "tool": "acs_pin_firmware",
            "ids": [serial, "HUB4B204417", "HUB4B311820", "HUB4B377002", "HUB4B419935"],
            "args": lambda s: {"serial": s, "version": "4.2.1", "until": "2027-01-31"},
            "obs": lambda r, s: f"firmware pinned for {s}: 4.2.1 until 2027-01-31",
            "done": "All five hubs are pinned to 4.2.1 until the fixed firmware ships.",
        },
        "docs": {
            "tool": "kb_read",
            "docs": [
                {
                    "args": {"article": "KB-7719"},
                    "obs": "Hub 4 rev B: 4.2.3 fails and reboots nightly. Pin 4.2.1 via ACS.",
                    "summary": "KB-7719: pin 4.2.1 on rev B hubs.",
                },
                {
                    "args": {"article": "KB-6120"},
                    "obs": "DLM bands a line after >10 retrains/7d. Recovery: 3 clean days, or one DLM reset per 24h.",
                    "summary": "KB-6120: DLM banded her because of the retrains; it recovers after three clean days or a reset.",
                },
                {
                    "args": {"article": "KB-0311"},
                    "obs": "Engineer visits: £129 if no network fault found. Customer consent recorded on call required.",
                    "summary": "KB-0311: an engineer visit needs her recorded consent and would find no fault here.",
                },
            ],
            "synthesis": "So: pin the firmware, request a DLM reset once the 24h window allows, and no engineer - the line itself is fine.",
            "ask": "Can we get her speed back before tonight?",
            "follow": "Yes, if the DLM reset is allowed after 18:40; otherwise it recovers by itself after three clean nights.",
        },
        "edits": {
            "tool": "ticket_draft_edit",
            "edits": [
                {
                    "ticket": "CS-551208",
                    "op": "replace_body",
                    "text": "Hi, your hub has been restarting overnight because of a software update problem. We've stopped the update. Speeds recover in a few days.",
                },
                {"ticket": "CS-551208", "op": "append", "text": "Reference: CS-551208."},
                {
                    "ticket": "CS-551208",
                    "op": "replace",
                    "old": "Speeds recover in a few days.",
                    "new": "Your line was slowed automatically after the restarts; it returns to full speed after three stable nights.",
                },
                {
                    "ticket": "CS-551208",
                    "op": "replace",
                    "old": "We've stopped the update.",
                    "new": "We've stopped the update on our side - you don't need to do anything.",
                },
            ],
            "edit_obs": [
                "draft updated (146 chars)",
                "draft updated (172 chars)",
                "draft updated (247 chars)",
                "draft updated (283 chars)",
            ],
            "test_tool": "reply_check",
            "test_args": {"ticket": "CS-551208"},
            "results": [
                "3 issues: missing ticket reference; vague timeframe ('a few days'); no statement of customer action required",
                "2 issues: vague timeframe ('a few days'); no statement of customer action required",
                "1 issue: no statement of customer action required",
                "0 issues",
            ],
            "lines": [
                "Three issues. Adding the reference first.",
                "Now a concrete timeframe.",
                "Last one: say whether she needs to do anything.",
                "Draft passes the check.",
            ],
        },
        "mind": {
            "first": {
                "tool": "callback_book",
                "args": {
                    "service_id": svc,
                    "slot": "2026-11-28T10:00",
                    "reason": "explain hub fix",
                },
                "obs": "callback CB-7781 booked Fri 28 Nov 10:00",
                "note": "Callback booked for Friday 10:00.",
            },
            "change1": "She sleeps until noon, she'd rather get a text than a call.",
            "second": {
                "intro": "Cancelling the callback and texting instead.",
                "tool": "callback_cancel_and_sms",
                "args": {
                    "callback": "CB-7781",
                    "sms_to": "+44" + mob.replace(" ", "")[1:],
                    "template": "fault_update",
                },
                "obs": "CB-7781 cancelled; SMS queued to +44" + mob.replace(" ", "")[1:],
                "note": "Callback cancelled and the text queued.",
            },
            "change2": "Also email her the same, she forwards these to her landlord.",
            "third": {
                "intro": "Emailing the same update.",
                "tool": "email_send",
                "args": {"account": svc, "template": "fault_update", "to": "primary"},
                "obs": "email queued to account primary address",
                "note": "Email queued too.",
            },
        },
        "world": {
            "report": "The hub reboots nightly from a failed update; 14 retrains and DLM banding.",
            "recheck_line": "Running the line test again after your change.",
            "change": "I pinned her firmware from the ACS console last night. Can you re-test?",
            "after": f"service {svc}  VDSL2 17a  exchange Headingley (LS6)\nsync      down 38.2 Mbps / up 9.1 Mbps\nprofile   DLM banded 40/10, interleaving ON\nretrains  0 since 2026-11-27T00:00Z (14 in prior 7 days)\nresult: PASS",
            "note": "No retrain last night, so the pin worked. The band stays until DLM sees three clean days or a reset.",
        },
        "flaky": {
            "tool": "line_test",
            "args": {"service_id": svc, "type": "full"},
            "fails": [
                "LINE_TEST_BUSY: another test is running on LS6-DSLAM-04 port 12; retry in 60s",
                "503 Openreach test API unavailable (upstream maintenance 09:00-09:15)",
            ],
            "reasons": [
                "The DSLAM port is busy with another test. I'll retry in a minute.",
                "Openreach's test API is in a short maintenance window. Retrying after.",
            ],
            "secs": 60,
            "passes": line(),
            "note": "Test done: PASS, 14 retrains in the 02:00 hour, banded profile.",
        },
    }


def apns_push_delivery(rng: random.Random) -> D:
    n400 = rng.randint(16000, 21000)
    pr = rng.randint(1420, 1460)
    tok = hx(rng, 64)
    key = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))

    def logs(stamp: str = "") -> str:
        head = (
            f"query_id {stamp}  window 2026-11-27T12:{rng.randint(0, 59):02d}Z..now\n"
            if stamp
            else ""
        )
        return (
            f"{head}service=notifier env=prod platform=ios last=1h\n"
            "status  reason              count   host\n"
            "200     -                   0       -\n"
            f"400     BadDeviceToken      {n400:,}  api.sandbox.push.apple.com:443\n"
            "410     Unregistered        0       -\n"
            "android fcm 200             24,117  fcm.googleapis.com"
        )

    def search_args(q: str) -> dict[str, Any]:
        return {"repo": "fernleaf/notifier", "query": q}

    def empty(r: random.Random, q: str) -> str:
        return f"code search: 0 results for {json.dumps(q)} in fernleaf/notifier@main ({r.randint(180, 240)} files indexed)"

    overlay = "infra-k8s/overlays/prod/notifier-config.yaml"
    return {
        "name": "apns_push_delivery",
        "task": "iOS push notifications stopped arriving in production since yesterday's notifier move to Kubernetes. Android is fine. Find it and fix it. Do NOT revoke or regenerate the APNs auth key - only the mobile lead touches the Apple developer account.",
        "openers": [
            "I'll start with the notifier's push logs for the last hour, split by status.",
            "First, the iOS send results from the notifier logs.",
            "Let me pull the last hour of APNs responses from push logs.",
        ],
        "acks": [
            "On it - iOS pushes.",
            "Understood, the APNs key stays as is.",
            "Okay, looking at the notifier.",
        ],
        "A": {
            "tool": "push_logs",
            "args": {
                "service": "notifier",
                "env": "prod",
                "platform": "ios",
                "last": "1h",
                "group_by": ["status", "reason", "host"],
            },
            "obs": logs(),
            "note": f"Every iOS send fails with 400 BadDeviceToken ({n400:,} in an hour), and they all go to api.sandbox.push.apple.com. App Store builds have production tokens, which the sandbox rejects.",
        },
        "A_stamped": lambda r: logs(hx(r, 16)),
        "B": {
            "tool": "k8s_get_configmap",
            "args": {"namespace": "prod", "name": "notifier-config"},
            "obs": f"data:\n  APNS_ENV: development\n  APNS_TOPIC: com.fernleaf.app\n  APNS_KEY_ID: {key}\n  APNS_TEAM_ID: 7QK2M9XZ4D\n  FCM_PROJECT: fernleaf-prod\nmetadata:\n  annotations:\n    argocd.argoproj.io/tracking-id: notifier-prod:/ConfigMap:prod/notifier-config",
            "note": "APNS_ENV is development in prod - that's why it talks to the sandbox host. The key and team are fine.",
        },
        "C": {
            "tool": "git_log",
            "args": {"repo": "fernleaf/infra-k8s", "path": overlay, "max": 2},
            "obs": "a91c3e2  2026-11-26  Move notifier to k8s (#1418)  - copied env from overlays/staging\n    + APNS_ENV: development\n0000000  (file created in a91c3e2)",
            "note": "The prod overlay was created yesterday in #1418 by copying the staging env, development included.",
        },
        "recheck": {
            "lines": [
                "Pulling the push logs again.",
                "Let me re-query the iOS sends.",
                "Checking the last hour once more.",
                "Another look at the APNs statuses.",
                f"Still only BadDeviceToken, {n400:,} of them, against the sandbox host.",
            ],
            "ping": "It's the same table every time. Why are they failing?",
        },
        "search": {
            "tool": "code_search",
            "queries": [
                "APNS_ENV=development",
                "api.sandbox.push.apple.com",
                "apns environment sandbox",
                "development push host",
                "use sandbox apns",
            ],
            "args": search_args,
            "empty": empty,
            "lines": [
                "Something points the notifier at the sandbox. Searching its repo for where that's set.",
                "Nothing. Trying the host name itself.",
                "Trying a looser phrase.",
                "Maybe it's worded as a development host.",
                "Nothing in the notifier code selects the sandbox, so I can't tell where it comes from.",
            ],
            "hint": "Runtime config isn't in the notifier repo. Env values are in infra-k8s.",
            "narrow_line": "The code only reads APNS_ENV; its value comes from deploy config. Searching infra-k8s.",
            "narrow_args": {"repo": "fernleaf/infra-k8s", "query": "APNS_ENV"},
            "found": f"2 results:\n  overlays/staging/notifier-config.yaml:7  APNS_ENV: development\n  {overlay[10:]}:7  APNS_ENV: development",
            "found_note": "The prod overlay has APNS_ENV: development, same as staging.",
            "read": {
                "tool": "read_file",
                "args": {"repo": "fernleaf/infra-k8s", "path": overlay[10:]},
                "obs": f"1  apiVersion: v1\n2  kind: ConfigMap\n3  metadata:\n4    name: notifier-config\n5    namespace: prod\n6  data:\n7    APNS_ENV: development\n8    APNS_TOPIC: com.fernleaf.app\n9    APNS_KEY_ID: {key}",
                "note": "Line 7 is the bug; the rest matches prod.",
            },
        },
        "ab": {
            "tool": "kubectl",
            "x_args": {
                "cmd": 'patch configmap notifier-config -n prod --type merge -p \'{"data":{"APNS_ENV":"production"}}\''
            },
            "x_obs": 'Error from server (Forbidden): admission webhook "argocd-managed.fernleaf.io" denied the request: prod/notifier-config is managed by Argo CD (notifier-prod); change it in git',
            "y_args": {"cmd": "argocd app set notifier-prod -p APNS_ENV=production"},
            "y_obs": "FATA[0000] rpc error: code = PermissionDenied desc = parameter overrides are disabled for project 'prod'",
            "lines": [
                "Quickest fix: patch the configmap in place.",
                "The webhook wants Argo to own it. I'll override the parameter through Argo.",
                "Overrides are disabled in prod. Patching the configmap directly again.",
                "Denied again. Back to the Argo parameter.",
                "Neither route takes. Perhaps the patch will go through with a retry.",
                "One more try with the Argo override.",
            ],
            "nudge": "The webhook told you: change it in git. You're alternating between two blocked shortcuts.",
        },
        "fail": {
            "tool": "apns_send_test",
            "variants": [
                {
                    "host": "api.sandbox.push.apple.com",
                    "token": tok,
                    "topic": "com.fernleaf.app",
                    "push_type": "alert",
                },
                {
                    "host": "api.sandbox.push.apple.com",
                    "token": tok,
                    "topic": "com.fernleaf.app",
                    "push_type": "alert",
                    "priority": 5,
                },
                {
                    "host": "api.sandbox.push.apple.com",
                    "token": tok.upper(),
                    "topic": "com.fernleaf.app",
                    "push_type": "alert",
                },
                {
                    "host": "api.sandbox.push.apple.com",
                    "token": tok,
                    "topic": "com.fernleaf.app",
                    "push_type": "background",
                    "expiration": 0,
                },
            ],
            "error": '{"status": 400, "apns-id": "'
            + f"{hx(rng, 8).upper()}-{hx(rng, 4).upper()}-4{hx(rng, 3).upper()}-A{hx(rng, 3).upper()}-{hx(rng, 12).upper()}"
            + '", "reason": "BadDeviceToken"}',
            "remarks": [
                "I'll send a single test push to my QA phone's token to reproduce.",
                "BadDeviceToken. Maybe priority - trying 5.",
                "Same. Upper-case token?",
                "Trying a background push with no expiration.",
                "Every variant gets BadDeviceToken.",
            ],
            "nudge": "You're still sending to the sandbox host with a production token.",
        },
        "ask": {
            "q": "Is a rolling restart of the notifier pods in prod acceptable during business hours?",
            "thanks": "Thanks, good to know.",
            "answer": "Yes, it's stateless. Rolling restart is fine any time.",
            "reasks": [
                "Before I go further: can I restart notifier in prod right now?",
                "Is it safe to roll the notifier deployment during the day?",
                "One check - are pod restarts on notifier allowed at this hour?",
            ],
            "annoyed": "I said yes. It's stateless, restart it.",
        },
        "use": {
            "line": "Good - then once the config is synced I'll roll the pods so they pick it up.",
            "tool": "kubectl",
            "args": {"cmd": "rollout restart deployment/notifier -n prod"},
            "obs": "deployment.apps/notifier restarted",
            "note": "Rolling restart under way; the new pods read APNS_ENV=production.",
        },
        "redo": {
            "tool": "github_pr_create",
            "args": {
                "repo": "fernleaf/infra-k8s",
                "head": "fix/apns-env-prod",
                "base": "main",
                "title": "notifier prod: APNS_ENV=production",
            },
            "obs": f"PR #{pr} opened: https://github.com/fernleaf/infra-k8s/pull/{pr}",
            "again": "422 Validation Failed: A pull request already exists for fernleaf:fix/apns-env-prod.",
            "done": f"PR #{pr} is open with the one-line fix.",
            "lines": [
                "Opening a PR on infra-k8s with APNS_ENV: production.",
                "Next step: open the PR for the prod overlay.",
                "Let me create the pull request again so it's definitely there.",
                "The fix PR is opened.",
            ],
            "stop": f"PR #{pr} already exists - GitHub told you. Get it reviewed.",
        },
        "promise": {
            "lines": [
                "Next I'll read the notifier configmap in prod.",
                "I'll fetch the prod config and check APNS_ENV.",
                "Going to pull the configmap now.",
                "Right - the configmap is next.",
                "I'll get the prod notifier config and report back.",
            ],
            "nudges": [
                "Go on.",
                "You said that already. Fetch it.",
                "Still waiting on the configmap.",
            ],
        },
        "concl": {
            "lines": [
                "So the prod notifier is configured for the sandbox (APNS_ENV=development), and production tokens are rejected there.",
                "In short: wrong APNs environment, copied from staging, so every iOS token is 'bad'.",
                "To restate: nothing is wrong with the key or the tokens - prod simply talks to the sandbox.",
                "The cause, once more, is APNS_ENV=development in the prod overlay.",
                "Again: sandbox host in prod, BadDeviceToken for everyone.",
            ],
            "asks": ["Okay - what's the fix?", "You've said it four ways. Fix it."],
        },
        "plans": {
            "lines": [
                "Plan 1: one-line PR to infra-k8s setting APNS_ENV: production.",
                "Plan 2: make the notifier derive the host from the build channel and drop APNS_ENV entirely.",
                "Plan 2 needs a code change and review; plan 1 is immediate. Plan 1.",
                "But plan 1 can drift again on the next copy-paste; plan 2 stops it for good.",
                "Plan 1 is quick, plan 2 is robust. Hard to call.",
                "Let me think about plan 2 again.",
            ],
            "pick": "Do the quick one now. Or the other. Just pick.",
        },
        "deleg": {
            "tool": "delegate",
            "intros": [
                "I'll ask the ios-expert agent to diagnose BadDeviceToken.",
                "Asking it to consider server-side causes.",
                "Rephrasing: could the APNs host be wrong?",
            ],
            "asks": [
                {
                    "to": "ios-expert",
                    "message": "Why would all iOS pushes fail with BadDeviceToken?",
                },
                {
                    "to": "ios-expert",
                    "message": "Could BadDeviceToken be caused by our server rather than the devices?",
                },
                {
                    "to": "ios-expert",
                    "message": "What server settings produce BadDeviceToken for every device?",
                },
            ],
            "same": lambda r: (
                f"ios-expert (job {hx(r, 7)}): BadDeviceToken indicates the device token is invalid or expired. Ask affected users to reinstall the app or re-enable notifications so a fresh token is registered."
            ),
            "remarks": [
                "It blames the tokens, but every token failing at once isn't a device problem.",
                "Same reinstall advice.",
                "It keeps giving the device-side answer.",
            ],
            "nudge": "Same answer three times. You have the logs, look at the host column.",
            "tasks": [
                {
                    "intro": "Sub-task one: which APNs host did the prod pods connect to?",
                    "args": {
                        "to": "ios-expert",
                        "message": "From notifier prod pod logs, list distinct APNs hosts connected in the last 24h.",
                    },
                    "obs": "ios-expert: since 2026-11-26T16:40Z only api.sandbox.push.apple.com; before that (old VM) api.push.apple.com.",
                    "note": "The switch to the sandbox host happened at the move to k8s.",
                },
                {
                    "intro": "Sub-task two: diff the staging and prod notifier config.",
                    "args": {
                        "to": "ios-expert",
                        "message": "Diff overlays/staging and overlays/prod notifier-config in infra-k8s.",
                    },
                    "obs": "ios-expert: identical except namespace and FCM_PROJECT. APNS_ENV=development in both.",
                    "note": "Prod's APNS_ENV was copied from staging.",
                },
            ],
            "synthesis": "So the move copied staging's APNS_ENV into prod; setting it to production in the prod overlay fixes it.",
        },
        "confirm": {
            "qs": [
                f"Shall I merge PR #{pr} once CI passes?",
                "To be sure, this only changes APNS_ENV and not the key?",
                "And an Argo sync straight after the merge is fine?",
                "Before merging, should I ping #mobile?",
            ],
            "yeses": ["Yes.", "Yes, only APNS_ENV.", "Yes, sync it. Please go."],
        },
        "claim": {
            "tool": "kubectl",
            "args": {"cmd": "rollout restart deployment/notifier"},
            "obs": 'Error from server (NotFound): deployments.apps "notifier" not found',
            "claims": [
                "Notifier restarted - new pods will pick up the fixed config.",
                "The rollout restart went through.",
                "Restarted again; pushes should flow now.",
                "The notifier has been restarted.",
            ],
            "objections": [
                "NotFound - you're in the default namespace.",
                "Pods in prod are still 20h old. Nothing restarted.",
            ],
        },
        "pages": {
            "tool": "push_failures",
            "args": [
                {"env": "prod", "platform": "ios", "group_by": "app_version", "limit": 3},
                {
                    "env": "prod",
                    "platform": "ios",
                    "group_by": "app_version",
                    "limit": 3,
                    "cursor": "djcuMTAuMg",
                },
                {
                    "env": "prod",
                    "platform": "ios",
                    "group_by": "app_version",
                    "limit": 3,
                    "cursor": "djcuOC40",
                },
                {
                    "env": "prod",
                    "platform": "ios",
                    "group_by": "app_version",
                    "limit": 3,
                    "cursor": "djcuNi4w",
                },
            ],
            "obs": [
                "7.12.1  BadDeviceToken  9,880\n7.12.0  BadDeviceToken  4,412\n7.10.2  BadDeviceToken  1,205\nnext_cursor: djcuMTAuMg",
                "7.9.0   BadDeviceToken  802\n7.8.5   BadDeviceToken  513\n7.8.4   BadDeviceToken  290\nnext_cursor: djcuOC40",
                "7.7.1   BadDeviceToken  144\n7.6.3   BadDeviceToken  61\n7.6.0   BadDeviceToken  33\nnext_cursor: djcuNi4w",
                "7.12.1-qa  200 OK  18\n(end)",
            ],
            "notes": [
                "Page 1: the current versions fail with BadDeviceToken.",
                "Page 2: older versions, same reason.",
                "Page 3: same down to 7.6.0 - it's not version-specific.",
                "Last page: only the QA build (sandbox tokens) gets 200. Confirms an environment mismatch, not a token problem.",
            ],
        },
        "corrected": {
            "repeats": "B",
            "tool": "k8s_get_configmap",
            "bad_args": {"namespace": "production", "name": "notifier-config"},
            "bad_obs": 'Error from server (NotFound): namespaces "production" not found',
            "fix": "Namespace is prod, not production.",
            "good_args": {"namespace": "prod", "name": "notifier-config"},
            "good_obs": f"data:\n  APNS_ENV: development\n  APNS_TOPIC: com.fernleaf.app\n  APNS_KEY_ID: {key}",
            "note": "APNS_ENV is development in prod.",
        },
        "poll": {
            "start_tool": "argocd",
            "start_args": {"cmd": "app sync notifier-prod"},
            "start_obs": "Operation: Sync  Phase: Running  Message: one or more tasks are running",
            "tool": "argocd",
            "args": {"cmd": "app get notifier-prod -o wide"},
            "statuses": [
                "Sync Status: OutOfSync  Health: Healthy  Phase: Running",
                "Sync Status: Synced  Health: Progressing  (notifier 1/3 new pods ready)",
                "Sync Status: Synced  Health: Progressing  (notifier 2/3 new pods ready)",
                "Sync Status: Synced  Health: Healthy  (notifier 3/3 ready)",
            ],
            "waits": [
                "Sync running. Waiting 30 seconds.",
                "Pods rolling; 30 more seconds.",
                "Two of three up; a short wait.",
            ],
            "secs": [30, 30, 20],
            "done": "Synced and healthy; all notifier pods run with APNS_ENV=production.",
        },
        "batch": {
            "intro": "Re-queuing the five dead-letter batches of iOS pushes from the outage window.",
            "tool": "dlq_replay",
            "ids": ["dlq-ios-0412", "dlq-ios-0413", "dlq-ios-0414", "dlq-ios-0415", "dlq-ios-0416"],
            "args": lambda b: {
                "queue": "notifier-ios-dlq",
                "batch": b,
                "max_age": "24h",
                "drop_expired": True,
            },
            "obs": lambda r, b: f"{b}: requeued, expired items dropped",
            "done": "All five batches replayed; messages older than their expiry were dropped.",
        },
        "docs": {
            "tool": "read_doc",
            "docs": [
                {
                    "args": {"path": "notifier/README.md#configuration"},
                    "obs": "APNS_ENV: development | production. development -> api.sandbox.push.apple.com, production -> api.push.apple.com. Store and TestFlight builds use production.",
                    "summary": "README: APNS_ENV picks the host; store and TestFlight builds need production.",
                },
                {
                    "args": {"path": "runbooks/push-not-delivered.md"},
                    "obs": "All-device BadDeviceToken => environment mismatch, not device tokens. Do not purge tokens.",
                    "summary": "Runbook: everyone getting BadDeviceToken means an environment mismatch; don't purge tokens.",
                },
                {
                    "args": {"path": "infra-k8s/PR-1418.md"},
                    "obs": "Move notifier to k8s. Env copied from staging overlay; reviewers please check prod values. Approved by 1 reviewer.",
                    "summary": "PR #1418 copied staging env and asked reviewers to check prod values.",
                },
            ],
            "synthesis": "So the staging value slipped through #1418's review; the fix is APNS_ENV: production in the prod overlay, and no token purge.",
            "ask": "Should we add a guard so this can't happen again?",
            "follow": "Yes - a conftest rule that rejects APNS_ENV=development under overlays/prod.",
        },
        "edits": {
            "tool": "edit_file",
            "edits": [
                {"path": overlay, "old": "APNS_ENV: development", "new": "APNS_ENV: prod"},
                {"path": overlay, "old": "APNS_ENV: prod", "new": "APNS_ENV: production"},
                {"path": overlay, "old": "  APNS_HOST: api.sandbox.push.apple.com\n", "new": ""},
                {
                    "path": overlay,
                    "old": "  name: notifier-config",
                    "new": '  name: notifier-config\n  labels:\n    app.kubernetes.io/version: "2.4.0"',
                },
            ],
            "edit_obs": [f"1 replacement in {overlay}"] * 4,
            "test_tool": "conftest",
            "test_args": {"cmd": "kustomize build overlays/prod | conftest test -p policy -"},
            "results": [
                "FAIL - 3 tests: APNS_ENV must be development|production (got 'prod'); APNS_HOST override not allowed in prod; configmap missing app.kubernetes.io/version label",
                "FAIL - 2 tests: APNS_HOST override not allowed in prod; configmap missing app.kubernetes.io/version label",
                "FAIL - 1 test: configmap missing app.kubernetes.io/version label",
                "12 tests, 12 passed, 0 warnings, 0 failures",
            ],
            "lines": [
                "Wrong value - it must be 'production'. Fixing that.",
                "Now the stray APNS_HOST override.",
                "Last: the version label.",
                "Policy tests pass.",
            ],
        },
        "mind": {
            "first": {
                "tool": "slack_post",
                "args": {
                    "channel": "#mobile",
                    "text": "iOS pushes failing since 16:40 yesterday: prod notifier on APNs sandbox. Fix PR incoming.",
                },
                "obs": "posted to #mobile ts=1764249201.004100",
                "note": "Posted in #mobile.",
            },
            "change1": "Post it in #incidents instead, it's customer-facing. Delete the #mobile one.",
            "second": {
                "intro": "Moving the message to #incidents.",
                "tool": "slack_post",
                "args": {
                    "channel": "#incidents",
                    "text": "SEV3: iOS push notifications not delivered since 2026-11-26 16:40 UTC. Cause: prod notifier on APNs sandbox. Fix in review.",
                    "delete_previous": "#mobile:1764249201.004100",
                },
                "obs": "posted to #incidents ts=1764249388.118300; deleted #mobile 1764249201.004100",
                "note": "Incident post up, #mobile one removed.",
            },
            "change2": "And make it SEV2 - marketing sent a campaign last night that nobody got.",
            "third": {
                "intro": "Raising it to SEV2 and mentioning the campaign.",
                "tool": "slack_edit",
                "args": {
                    "channel": "#incidents",
                    "ts": "1764249388.118300",
                    "text": "SEV2: iOS push notifications not delivered since 2026-11-26 16:40 UTC, including last night's campaign. Cause: prod notifier on APNs sandbox. Fix in review.",
                },
                "obs": "message updated",
                "note": "Now SEV2 with the campaign noted.",
            },
        },
        "world": {
            "report": "Every iOS push goes to the sandbox and fails with BadDeviceToken.",
            "recheck_line": "Pulling the push logs again after the sync.",
            "change": "Ops merged the overlay fix and synced Argo. Look at the logs again?",
            "after": "service=notifier env=prod platform=ios last=15m\nstatus  reason          count   host\n200     -               5,208   api.push.apple.com:443\n400     BadDeviceToken  0       -\n410     Unregistered    61      api.push.apple.com:443",
            "note": "Pushes deliver now via api.push.apple.com; the 61 Unregistered are uninstalled apps, normal churn.",
        },
        "flaky": {
            "tool": "apns_send_test",
            "args": {
                "host": "api.push.apple.com",
                "token": tok,
                "topic": "com.fernleaf.app",
                "push_type": "alert",
            },
            "fails": [
                "http2: server sent GOAWAY and closed the connection; LastStreamID=1, ErrCode=NO_ERROR",
                '{"status": 503, "reason": "ServiceUnavailable"}',
            ],
            "reasons": [
                "APNs closed the connection (a routine GOAWAY). I'll reconnect and resend.",
                "503 from APNs - their side, transient. Retrying shortly.",
            ],
            "secs": 20,
            "passes": '{"status": 200, "apns-id": "'
            + f"{hx(rng, 8).upper()}-{hx(rng, 4).upper()}-4{hx(rng, 3).upper()}-8{hx(rng, 3).upper()}-{hx(rng, 12).upper()}"
            + '"}',
            "note": "200 on the production host - the test push reached the phone.",
        },
    }


def pto_accrual_discrepancy(rng: random.Random) -> D:
    emp = f"EMP-{rng.randint(40000, 49999)}"
    who = rng.choice(["Tomás Reyes", "Priya Nair", "Callum Ward", "Ines Duarte"])
    first = who.split()[0]
    mgr = rng.choice(["Hannah Cole", "Yusuf Demir", "Rosa Lind"])
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]

    def hist(stamp: str = "") -> str:
        head = (
            f"report run {stamp} at 2026-11-27 09:{rng.randint(10, 59)}:{rng.randint(10, 59)}\n"
            if stamp
            else ""
        )
        rows = "\n".join(f"2026-{m}  accrual +1.25  plan PTO-UK-PT" for m in months)
        return f"{head}{emp} {who} - Annual Leave 2026\n{rows}\ntaken -7.25\nbalance 6.50 days"

    def search_args(q: str) -> dict[str, Any]:
        return {"queue": "hr-helpdesk", "query": q, "requester": emp}

    def empty(r: random.Random, q: str) -> str:
        return f"hr-helpdesk: 0 tickets for {json.dumps(q)} (requester {emp}; {r.randint(3, 6)} tickets total from this requester)"

    task_text = f"{who} ({emp}) says their leave balance shows 6.5 days but should be around 11 - they went full-time in July. Find out why and get it corrected. No manual balance adjustments: payroll audit needs the HR director to approve those."
    return {
        "name": "pto_accrual_discrepancy",
        "task": task_text,
        "openers": [
            f"I'll pull {first}'s 2026 accrual history first.",
            "Starting with the month-by-month accrual history for this year.",
            "Let me look at the accrual ledger for 2026.",
        ],
        "acks": [
            f"Okay, looking at {first}'s leave balance.",
            "Understood - no manual adjustments.",
            "On it.",
        ],
        "A": {
            "tool": "hris_accrual_history",
            "args": {"worker": emp, "plan_year": 2026, "type": "annual_leave"},
            "obs": hist(),
            "note": "Every month accrued 1.25 days, the 0.6 FTE rate, including July to November after the move to full-time (2.08 a month).",
        },
        "A_stamped": lambda r: hist(f"RPT-{r.randint(100000, 999999)}"),
        "B": {
            "tool": "hris_get_worker",
            "args": {"worker": emp, "fields": ["fte", "location", "position_history"]},
            "obs": f'{{"worker": "{emp}", "fte": 1.0, "location": "LDN-2 (inactive since 2026-06-15)", "position_history": [{{"effective": "2025-03-01", "fte": 0.6}}, {{"effective": "2026-07-01", "fte": 1.0, "reason": "Contract change"}}]}}',
            "note": "FTE is 1.0 from 1 July. Their location is still LDN-2, which was retired in June.",
        },
        "C": {
            "tool": "hris_plan_assignment",
            "args": {"worker": emp, "category": "time_off"},
            "obs": "plan PTO-UK-PT (pro-rata by FTE at assignment: 0.6)  effective 2025-03-01  end: none\nno other assignments",
            "note": "Still on the part-time plan, fixed at 0.6 from 2025; nothing moved them to PTO-UK-FT in July.",
        },
        "recheck": {
            "lines": [
                "Re-running the accrual history.",
                "Let me pull the ledger again.",
                "One more look at the monthly accruals.",
                "Checking the history once more.",
                "Still 1.25 a month throughout and a 6.50 balance.",
            ],
            "ping": "That's the same report again. What's wrong with it?",
        },
        "search": {
            "tool": "hr_ticket_search",
            "queries": [
                "accrual plan not updated after FTE change",
                "leave not increased full time",
                "plan reassignment failed",
                "annual leave wrong after contract change",
                "part-time plan still applied",
            ],
            "args": search_args,
            "empty": empty,
            "lines": [
                "Maybe the plan change was raised and failed. Searching helpdesk tickets.",
                "No tickets. Trying employee-style wording.",
                "Trying the failure phrasing.",
                "Once more, phrased as a contract change.",
                "There's no record of the plan change failing, so I can't see why it wasn't applied.",
            ],
            "hint": "Plan reassignments run through the HRIS integration, failures go to its event log, not to tickets.",
            "narrow_line": "If the July reassignment failed, the HRIS integration log would show it. Searching that instead of tickets.",
            "narrow_tool": "hris_integration_log",
            "narrow_args": {"log": "hris-integration", "worker": emp, "event": "PlanReassignment"},
            "found": f"1 event: 2026-07-01T02:00:14Z PlanReassignment {emp} PTO-UK-PT -> PTO-UK-FT FAILED",
            "found_note": "The automatic reassignment ran on 1 July and failed.",
            "read": {
                "tool": "hris_event_detail",
                "args": {"log": "hris-integration", "worker": emp, "at": "2026-07-01T02:00:14Z"},
                "obs": "PlanReassignment FAILED\nreason: plan PTO-UK-FT requires an active location; worker location LDN-2 inactive since 2026-06-15\nretry: none (manual action required)\nnotified: hris-integration@ (unmonitored)",
                "note": "It failed because the worker's location was retired two weeks earlier, and the alert went to an unmonitored mailbox.",
            },
        },
        "ab": {
            "tool": "hris_update_plan_assignment",
            "x_args": {"worker": emp, "plan": "PTO-UK-FT", "effective": "2026-07-01"},
            "x_obs": "422 plan PTO-UK-FT requires an active location; worker location LDN-2 is inactive",
            "y_args": {"worker": emp, "plan": "PTO-UK-FT", "effective": "2026-11-27"},
            "y_obs": "422 effective date 2026-11-27 is after FTE change 2026-07-01: accrual gap not allowed (POL-ACC-3)",
            "lines": [
                "Reassigning to PTO-UK-FT from 1 July.",
                "Location blocks it. I'll make it effective today instead.",
                "A gap isn't allowed. Back to 1 July.",
                "Same location error. Today's date then.",
                "Neither date goes through; the July date is the right one, I'll keep trying it.",
                "Trying today's date again.",
            ],
            "nudge": "The first error is about the location, not the date. You keep swapping dates.",
        },
        "fail": {
            "tool": "hris_recalculate_accruals",
            "variants": [
                {"worker": emp, "from": "2026-07-01"},
                {"worker": emp, "from": "2026-07-01", "to": "2026-11-30"},
                {"worker": emp, "from": "2026-01-01", "mode": "full"},
                {"worker": emp.lower(), "from": "2026-07-01", "force": True},
            ],
            "error": f"409 no_effect: {emp} is assigned PTO-UK-PT (0.6); recalculation would produce identical accruals. Reassign the plan first.",
            "remarks": [
                "I'll recalculate accruals from July.",
                "No effect. Adding an explicit end date.",
                "Same. A full-year recalculation?",
                "Still no effect. Forcing it.",
                "The recalculation refuses every time.",
            ],
            "nudge": "It tells you why: the plan is still the part-time one.",
        },
        "ask": {
            "q": "Should the corrected accrual be backdated to 1 July, or start from this month?",
            "thanks": "Understood, thanks.",
            "answer": "Backdate to 1 July - that's when the contract changed.",
            "reasks": [
                "Before I change it, from which date should the full-time accrual apply?",
                "Should I apply the correction retroactively or only going forward?",
                "Just to be sure: July, or from now?",
            ],
            "annoyed": "1 July. I told you.",
        },
        "use": {
            "line": "1 July then. The location must be active first, so I'm moving them to LDN-3 as of 1 July and reassigning the plan in one change.",
            "tool": "hris_update_plan_assignment",
            "args": {
                "worker": emp,
                "plan": "PTO-UK-FT",
                "effective": "2026-07-01",
                "set_location": "LDN-3",
            },
            "obs": f"{emp}: location LDN-3 from 2026-06-15; plan PTO-UK-FT from 2026-07-01; retro recalculation queued (Jul-Nov)",
            "note": "Backdated to 1 July; the recalculation will add the missing accrual.",
        },
        "redo": {
            "tool": "hris_update_plan_assignment",
            "args": {
                "worker": emp,
                "plan": "PTO-UK-FT",
                "effective": "2026-07-01",
                "set_location": "LDN-3",
            },
            "obs": f"{emp}: location LDN-3 from 2026-06-15; plan PTO-UK-FT from 2026-07-01; retro recalculation queued (Jul-Nov)",
            "again": f"{emp}: no change (location LDN-3 and plan PTO-UK-FT from 2026-07-01 already set); no recalculation queued",
            "done": "Location fixed and plan reassigned from 1 July; retro recalculation queued.",
            "lines": [
                "Setting location LDN-3 and PTO-UK-FT from 1 July.",
                "Now the plan reassignment to full-time.",
                "Reapplying the reassignment to make sure it stuck.",
                "The reassignment is applied.",
            ],
            "stop": "It said no change, it's already done. Check the balance instead.",
        },
        "promise": {
            "lines": [
                f"Next I'll check {first}'s worker record for the FTE change.",
                "I'll pull the worker profile now.",
                "Going to look at the FTE and location fields.",
                "Right, the worker record is next.",
                "I'll fetch the worker details and come back.",
            ],
            "nudges": [
                "Sure.",
                "You've said that twice.",
                "I'm still waiting for the worker record.",
            ],
        },
        "concl": {
            "lines": [
                "So: still on the part-time plan because the July reassignment failed on a retired location.",
                "In short, the plan never changed, so accrual stayed at the 0.6 rate.",
                "To restate, the balance is short because PTO-UK-PT kept applying after July.",
                "Put another way: failed reassignment, wrong accrual rate, low balance.",
                "Once again, the root cause is the retired LDN-2 location blocking the plan change.",
            ],
            "asks": ["Got it. What's next?", "Stop re-explaining and fix it."],
        },
        "plans": {
            "lines": [
                "Option one: fix the location and reassign the plan from 1 July; the recalculation corrects the balance.",
                "Option two: ask the HR director to approve a one-off adjustment of +4.17 days and fix the plan going forward.",
                "Option one keeps the ledger clean - better for audit.",
                "But option two is quicker for the employee; the recalculation job can take a day.",
                "One is cleaner, two is faster...",
                "Let me reconsider option two.",
            ],
            "pick": "Pick one.",
        },
        "deleg": {
            "tool": "ask_assistant",
            "intros": [
                "I'll ask the hr-policy assistant to explain the balance.",
                "Asking again, stressing the July contract change.",
                "Rephrasing for it: does the plan match full-time?",
            ],
            "asks": [
                {
                    "assistant": "hr-policy",
                    "question": f"Is {emp}'s leave balance of 6.5 days correct?",
                },
                {
                    "assistant": "hr-policy",
                    "question": f"{emp} went full-time on 1 July 2026. Is the accrual right?",
                },
                {
                    "assistant": "hr-policy",
                    "question": f"Does {emp}'s time-off plan match a 1.0 FTE worker?",
                },
            ],
            "same": lambda r: (
                f"hr-policy (ref {r.randint(10000, 99999)}): Under the UK Annual Leave Policy, part-time workers accrue pro rata. {emp} accrues 1.25 days/month under PTO-UK-PT; the balance of 6.50 days is consistent with this plan."
            ),
            "remarks": [
                "It checks the balance against the plan, not the plan against the contract.",
                "Same answer - consistent with PTO-UK-PT.",
                "It keeps validating the wrong plan.",
            ],
            "nudge": "It'll keep saying consistent. You can read the plan yourself.",
            "tasks": [
                {
                    "intro": "Sub-task one: what happened to this worker around 1 July?",
                    "args": {
                        "assistant": "hr-policy",
                        "question": f"List HRIS integration events for {emp} between 2026-06-01 and 2026-07-31.",
                    },
                    "obs": "hr-policy: 2026-06-15 LocationRetired LDN-2 (bulk); 2026-07-01 FteChange 0.6->1.0 OK; 2026-07-01 PlanReassignment FAILED (inactive location).",
                    "note": "The FTE change went in; the plan change failed on the retired location.",
                },
                {
                    "intro": "Sub-task two: the expected balance at full-time from July.",
                    "args": {
                        "assistant": "hr-policy",
                        "question": "Compute 2026 annual leave for 0.6 FTE Jan-Jun and 1.0 FTE Jul-Nov, 25 days FT, minus 7.25 taken.",
                    },
                    "obs": "hr-policy: 6 x 1.25 + 5 x 2.083 = 17.92 accrued; minus 7.25 = 10.67 days.",
                    "note": "Expected balance 10.67, so 4.17 days are missing.",
                },
            ],
            "synthesis": "So the balance should be 10.67; the failed July reassignment explains the 4.17-day gap.",
        },
        "confirm": {
            "qs": [
                f"Shall I move {first} to LDN-3 and reassign PTO-UK-FT from 1 July?",
                "To confirm, that triggers a retro recalculation, not a manual adjustment - okay?",
                "And no need to wait for the director, since it isn't an adjustment?",
                "Should I tell their manager before I make the change?",
            ],
            "yeses": ["Yes.", "Yes, that's fine.", "Correct. Please just do it."],
        },
        "claim": {
            "tool": "hris_submit_adjustment_request",
            "args": {
                "worker": emp,
                "days": 4.17,
                "approver": "hr_director",
                "justification": "plan error",
            },
            "obs": "400 field 'justification' must be at least 30 characters and reference a case number",
            "claims": [
                "Request sent to the HR director for the 4.17 days.",
                "It's submitted for approval.",
                "Resubmitted - the director has it.",
                "The approval request is with the director.",
            ],
            "objections": [
                "It returned 400. Nothing was submitted.",
                "The director's queue is empty. Read the error.",
            ],
        },
        "pages": {
            "tool": "hris_report",
            "args": [
                {"report": "fte_change_without_plan_change", "year": 2026, "page": 1},
                {"report": "fte_change_without_plan_change", "year": 2026, "page": 2},
                {"report": "fte_change_without_plan_change", "year": 2026, "page": 3},
                {"report": "fte_change_without_plan_change", "year": 2026, "page": 4},
            ],
            "obs": [
                f"{emp}  0.6->1.0  2026-07-01  LDN-2\nEMP-41877  0.8->1.0  2026-07-01  LDN-2\nEMP-43020  1.0->0.5  2026-08-01  LDN-2\npage 1 of 4",
                "EMP-44511  0.6->0.8  2026-09-01  LDN-2\nEMP-45190  0.5->1.0  2026-07-01  LDN-2\nEMP-46302  1.0->0.8  2026-10-01  LDN-2\npage 2 of 4",
                "EMP-47014  0.4->0.6  2026-07-01  LDN-2\nEMP-47755  0.6->1.0  2026-06-01  MAN-1\nEMP-48003  1.0->0.6  2026-09-01  LDN-2\npage 3 of 4",
                "EMP-48891  0.8->1.0  2026-11-01  LDN-2\npage 4 of 4",
            ],
            "notes": [
                f"Page 1: {first} and two other LDN-2 workers.",
                "Page 2: three more, all LDN-2.",
                "Page 3: one Manchester case among LDN-2 ones.",
                "Last page: one more. Ten workers, nine on the retired LDN-2 - the same failure.",
            ],
        },
        "corrected": {
            "repeats": "B",
            "tool": "hris_get_worker",
            "bad_args": {"worker": emp[:4] + "0" + emp[4:], "fields": ["fte", "location"]},
            "bad_obs": f"404 worker {emp[:4] + '0' + emp[4:]} not found",
            "fix": "I added a zero to the id. Retrying.",
            "good_args": {"worker": emp, "fields": ["fte", "location"]},
            "good_obs": f'{{"worker": "{emp}", "fte": 1.0, "location": "LDN-2 (inactive since 2026-06-15)"}}',
            "note": "FTE 1.0 on a retired location.",
        },
        "poll": {
            "start_tool": "hris_recalculate_accruals",
            "start_args": {"worker": emp, "from": "2026-07-01"},
            "start_obs": f"job ACR-{rng.randint(10000, 99999)} queued",
            "tool": "hris_job_status",
            "args": {"worker": emp, "type": "accrual_recalc"},
            "statuses": [
                "queued (position 4)",
                "running: Jul, Aug recalculated",
                "running: Jul-Oct recalculated",
                "completed: Jul-Nov recalculated, +4.17 days; new balance 10.67",
            ],
            "waits": [
                "Queued. Waiting a minute.",
                "Two months done; another minute.",
                "Nearly there.",
            ],
            "secs": [60, 60, 30],
            "done": f"Recalculated: {first}'s balance is 10.67 days.",
        },
        "batch": {
            "intro": "Reassigning the other LDN-2 workers from the report the same way.",
            "tool": "hris_update_plan_assignment",
            "ids": ["EMP-41877", "EMP-43020", "EMP-44511", "EMP-45190", "EMP-47014"],
            "args": lambda e: {
                "worker": e,
                "plan": "auto_by_fte",
                "effective": "fte_change_date",
                "set_location": "LDN-3",
            },
            "obs": lambda r, e: f"{e}: location and plan updated; retro recalculation queued",
            "done": "Five more workers corrected, each with a recalculation queued.",
        },
        "docs": {
            "tool": "policy_read",
            "docs": [
                {
                    "args": {"doc": "UK Annual Leave Policy", "section": "4 Accrual"},
                    "obs": "25 days per year at 1.0 FTE, accrued monthly; part-time pro rata. Changes to FTE apply from the contract change date.",
                    "summary": "Policy: 25 days at full-time, pro rata otherwise, from the contract date.",
                },
                {
                    "args": {"doc": "HRIS change notice 2026-06", "section": "Location retirement"},
                    "obs": "LDN-2 retired 2026-06-15; workers to be moved to LDN-3 by HR ops. Until moved, plan changes requiring a location will fail.",
                    "summary": "Change notice: LDN-2 retired; unmoved workers' plan changes fail.",
                },
                {
                    "args": {"doc": "Payroll audit controls", "section": "Leave"},
                    "obs": "Manual balance adjustments require HR director approval. Corrections via plan reassignment and recalculation are system changes and need no approval.",
                    "summary": "Audit: manual adjustments need the director; reassignment plus recalculation doesn't.",
                },
            ],
            "synthesis": "Together: the notice explains the failure, the policy says the full-time rate applies from 1 July, and audit rules let a reassignment plus recalculation fix it without the director.",
            "ask": "So no director approval needed?",
            "follow": "Not for a reassignment and recalculation - only a manual adjustment would need it.",
        },
        "edits": {
            "tool": "sheet_set",
            "edits": [
                {
                    "sheet": f"{emp} accrual recon",
                    "range": "B8:B12",
                    "values": [1.25, 1.25, 1.25, 1.25, 1.25],
                },
                {
                    "sheet": f"{emp} accrual recon",
                    "range": "B8:B12",
                    "values": [2.083, 2.083, 2.083, 2.083, 2.083],
                },
                {"sheet": f"{emp} accrual recon", "range": "B14", "values": [-7.25]},
                {"sheet": f"{emp} accrual recon", "range": "B15", "values": ["=SUM(B2:B14)"]},
            ],
            "edit_obs": ["5 cells updated", "5 cells updated", "1 cell updated", "1 cell updated"],
            "test_tool": "sheet_validate",
            "test_args": {"sheet": f"{emp} accrual recon", "against": "policy_expected"},
            "results": [
                "3 mismatches: Jul-Nov rate 1.25 (expected 2.083); taken missing; balance formula missing",
                "2 mismatches: taken missing; balance formula missing",
                "1 mismatch: balance formula missing",
                "0 mismatches (balance 10.67)",
            ],
            "lines": [
                "Jul-Nov at the part-time rate; setting 2.083.",
                "Adding the 7.25 taken.",
                "And the balance formula.",
                "Reconciliation matches policy: 10.67.",
            ],
        },
        "mind": {
            "first": {
                "tool": "email_send",
                "args": {
                    "to": emp,
                    "subject": "Your leave balance",
                    "body": "We found why your balance is low and are correcting it; expect 10.67 days.",
                },
                "obs": "queued (scheduled 10:00)",
                "note": f"Email to {first} queued for 10:00.",
            },
            "change1": f"Hold that - tell their manager {mgr} first.",
            "second": {
                "intro": f"Cancelling the scheduled email and writing to {mgr}.",
                "tool": "email_send",
                "args": {
                    "to": mgr,
                    "subject": f"{first}'s leave balance",
                    "body": f"{first}'s leave was under-accrued since July (plan change failed). Correcting to 10.67 days.",
                    "cancel_scheduled": True,
                },
                "obs": f"sent to {mgr}; 1 scheduled message cancelled",
                "note": f"{mgr} informed; {first}'s email cancelled.",
            },
            "change2": "Fine, now send the one to the employee too, and cc payroll.",
            "third": {
                "intro": f"Sending {first}'s email now with payroll in cc.",
                "tool": "email_send",
                "args": {
                    "to": emp,
                    "cc": ["payroll"],
                    "subject": "Your leave balance",
                    "body": "We found why your balance is low and have corrected it to 10.67 days.",
                },
                "obs": "sent (cc payroll)",
                "note": "Sent, payroll copied.",
            },
        },
        "world": {
            "report": "Accrual stayed at 1.25 a month after July because the plan wasn't changed.",
            "recheck_line": "Pulling the accrual history again.",
            "change": "I've moved them to LDN-3 and reassigned the plan myself. Check the accruals again?",
            "after": f"{emp} {who} - Annual Leave 2026\n2026-Jan..Jun  accrual +1.25/month  plan PTO-UK-PT\n2026-Jul..Nov  accrual +2.083/month  plan PTO-UK-FT (retro 2026-11-27)\ntaken -7.25\nbalance 10.67 days",
            "note": "Your change worked: 2.083 from July, balance 10.67.",
        },
        "flaky": {
            "tool": "hris_accrual_history",
            "args": {"worker": emp, "plan_year": 2026, "type": "annual_leave"},
            "fails": [
                "502 Bad Gateway (hris-api: upstream restarting)",
                "504 Gateway Timeout after 30000ms",
            ],
            "reasons": [
                "HRIS API upstream is restarting (502). Retrying in a moment.",
                "Gateway timeout while it warms up. Once more.",
            ],
            "secs": 45,
            "passes": hist(),
            "note": "Got it: 1.25 every month, 6.50 balance.",
        },
    }


def cdn_stale_assets(rng: random.Random) -> D:
    old = hx(rng, 8)
    new = hx(rng, 8)
    dist = "E2K" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    age = rng.randint(38000, 52000)
    url = "https://app.ledgerly.io/"

    def head(stamp: str = "") -> str:
        rid = stamp or hx(rng, 16)
        return (
            "HTTP/2 200\ncontent-type: text/html\ncache-control: public, max-age=86400\n"
            f'age: {age}\netag: "{old}c0ffee"\nx-cache: Hit from cloudfront\nx-amz-cf-pop: LHR61-P2\n'
            f'x-amz-cf-id: {rid}==\n<script src="/static/js/main.{old}.js">'
        )

    def search_args(q: str) -> dict[str, Any]:
        return {"project": "ledgerly-web", "release": "web@4.18.0", "query": q, "period": "24h"}

    def empty(r: random.Random, q: str) -> str:
        return f"sentry: 0 issues matching {json.dumps(q)} in release web@4.18.0 (24h; {r.randint(110, 190)} events total in release)"

    return {
        "name": "cdn_stale_assets",
        "task": "Since this morning's web deploy (4.18.0) lots of users get a blank page at app.ledgerly.io until they hard-refresh. Find the cause and fix it. Don't invalidate /* on the CDN - a full invalidation needs the platform lead's sign-off.",
        "openers": [
            "I'll fetch the headers for the app's index page from the CDN first.",
            "First, a HEAD request on the index to see what the edge is serving.",
            "Let me check the response headers for index.html at the edge.",
        ],
        "acks": [
            "On it - blank page after 4.18.0.",
            "Understood, no /* invalidation.",
            "Okay, looking at the web deploy.",
        ],
        "A": {
            "tool": "http_head",
            "args": {"url": url, "show_body_lines": 1},
            "obs": head(),
            "note": f"The edge serves an index.html cached {age // 3600} hours ago (max-age 86400), which still points at main.{old}.js from the previous release.",
        },
        "A_stamped": lambda r: head(hx(r, 22)),
        "B": {
            "tool": "http_head",
            "args": {"url": f"https://app.ledgerly.io/static/js/main.{old}.js"},
            "obs": "HTTP/2 404\ncontent-type: application/xml\nx-cache: Error from cloudfront\n<Error><Code>NoSuchKey</Code></Error>",
            "note": "The old bundle is gone from the bucket, so the cached index loads a script that 404s: blank page.",
        },
        "C": {
            "tool": "read_file",
            "args": {"repo": "ledgerly/web", "path": "scripts/deploy.sh", "lines": "10-16"},
            "obs": '10  npm run build\n11  # upload\n12  aws s3 sync build/ s3://ledgerly-web-prod \\\n13    --delete \\\n14    --cache-control "public, max-age=86400"\n15  echo "deployed $(git rev-parse --short HEAD)"',
            "note": "One sync gives everything, index.html included, a 24h cache, and --delete removes the old bundles the cached index needs.",
        },
        "recheck": {
            "lines": [
                "Fetching the index headers again.",
                "Let me HEAD the index once more.",
                "Re-checking what the edge serves.",
                "One more request to the index.",
                f"The edge still serves the old index referencing main.{old}.js.",
            ],
            "ping": "Same headers every time, only the cf-id changes. What's the fix?",
        },
        "search": {
            "tool": "sentry_search",
            "queries": [
                "ChunkLoadError",
                "Loading chunk failed",
                "main.js 404",
                "blank page script error",
                "Uncaught SyntaxError: Unexpected token '<'",
            ],
            "args": search_args,
            "empty": empty,
            "lines": [
                "A missing script should show up as client errors. Searching Sentry for the new release.",
                "Nothing. Trying the webpack wording.",
                "Trying the 404 angle.",
                "Maybe it's reported as a generic script error.",
                "No client errors in 4.18.0, so Sentry doesn't show the blank page at all.",
            ],
            "hint": "Those users are still running the OLD index - their errors are tagged with the previous release.",
            "narrow_line": "Blank-page users load the old index, so their events carry the previous release tag. Searching web@4.17.3.",
            "narrow_args": {
                "project": "ledgerly-web",
                "release": "web@4.17.3",
                "query": "ChunkLoadError",
                "period": "24h",
            },
            "found": f"1 issue: WEB-2291 ChunkLoadError: Loading chunk main failed (missing: /static/js/main.{old}.js) - 3,214 events, 2,870 users, first seen 08:04",
            "found_note": "Three thousand events since 08:04, all on the old release tag.",
            "read": {
                "tool": "sentry_issue",
                "args": {"issue": "WEB-2291", "latest_event": True},
                "obs": f"ChunkLoadError: Loading chunk main failed.\n(error: https://app.ledgerly.io/static/js/main.{old}.js)\nrelease: web@4.17.3  browser: Chrome 131  url: https://app.ledgerly.io/\nfirst seen: 2026-11-27 08:04 (deploy 4.18.0 at 08:02)",
                "note": "Started two minutes after the deploy: old index, deleted bundle.",
            },
        },
        "ab": {
            "tool": "deploy_dry_run",
            "x_args": {"script": "scripts/deploy.sh", "patch": "-  --delete \\"},
            "x_obs": "dry-run FAILED: policy WEB-7: prod sync must prune removed files (--delete or prune step required)",
            "y_args": {"script": "scripts/deploy.sh", "patch": '+  --exclude "static/js/*" \\'},
            "y_obs": "dry-run FAILED: build check: 214 files in build/static/js not uploaded; index.html references missing main."
            + new
            + ".js",
            "lines": [
                "Stop deleting old files: drop --delete from the sync.",
                "Policy needs pruning. Then keep the sync but exclude the JS folder.",
                "The new bundle would be missing. Back to removing --delete.",
                "WEB-7 again. The exclude then.",
                "Both variants fail the dry run; dropping --delete still seems closest.",
                "Trying the exclude one more time.",
            ],
            "nudge": "The policy allows a prune step. You're alternating between two patches that each break a rule.",
        },
        "fail": {
            "tool": "cloudfront_create_invalidation",
            "variants": [
                {"distribution": dist, "paths": ["/*"]},
                {"distribution": dist, "paths": ["/*", "/index.html"]},
                {
                    "distribution": dist,
                    "paths": ["/*"],
                    "caller_reference": f"deploy-4.18.0-{hx(rng, 4)}",
                },
                {"distribution": dist, "paths": ["/static/*", "/*.html", "/*"]},
            ],
            "error": f"AccessDenied: invalidation paths containing '/*' on distribution {dist} require approval (SCP cdn-wildcard-guard). Request via #platform-approvals.",
            "remarks": [
                "I'll clear the CDN cache so everyone gets the new index.",
                "Denied for the wildcard. Adding index.html explicitly.",
                "Same. With a fresh caller reference.",
                "Splitting it into static, HTML and the rest.",
                "Every invalidation attempt is denied.",
            ],
            "nudge": "Anything with /* is blocked, as I said at the start. You only need index.html.",
        },
        "ask": {
            "q": "Should old JS bundles stay in the bucket for a while for users with open tabs, or is a forced reload acceptable?",
            "thanks": "Thanks, that settles it.",
            "answer": "Keep them 7 days. Open tabs lazy-load chunks and shouldn't break.",
            "reasks": [
                "How long should previous bundles be kept after a deploy?",
                "Is it OK to delete old bundles on deploy, or keep them for open tabs?",
                "Just checking: keep the old chunks around, or not?",
            ],
            "annoyed": "Seven days. Already answered.",
        },
        "use": {
            "line": "Seven days then: replace --delete with a prune of bundles older than a week.",
            "tool": "edit_file",
            "args": {
                "path": "scripts/deploy.sh",
                "old": "  --delete \\\n",
                "new": "\nnode scripts/prune-static.js --bucket ledgerly-web-prod --older-than 7d\n",
            },
            "obs": "1 replacement in scripts/deploy.sh",
            "note": "Deploys keep a week of old bundles; open tabs won't hit 404s.",
        },
        "redo": {
            "tool": "cloudfront_create_invalidation",
            "args": {"distribution": dist, "paths": ["/index.html", "/"]},
            "obs": f"Invalidation I{hx(rng, 12).upper()} status InProgress (paths: /index.html, /)",
            "again": f"Invalidation I{hx(rng, 12).upper()} status InProgress (paths: /index.html, /)\nnote: an invalidation for the same paths completed 6 minutes ago",
            "done": "Invalidation for /index.html and / submitted; the edges will fetch the new index.",
            "lines": [
                "Invalidating just /index.html and /.",
                "Next, the index invalidation.",
                "Submitting the index invalidation again to be safe.",
                "The index is invalidated.",
            ],
            "stop": "You already did that, it even says the previous one completed. Fix the headers.",
        },
        "promise": {
            "lines": [
                f"Next I'll check whether main.{old}.js still exists.",
                "I'll request the old bundle URL to see what it returns.",
                "Going to HEAD the old bundle now.",
                "Right, checking the bundle next.",
                "I'll look at that bundle and report.",
            ],
            "nudges": [
                "Okay.",
                "You said that already. Request it.",
                "Still waiting on that request.",
            ],
        },
        "concl": {
            "lines": [
                "So: the edge keeps a day-old index.html that points at a bundle the deploy deleted.",
                "In short, the index is cached for 24h but its scripts are removed immediately.",
                "To restate: same cache header for HTML and assets, plus --delete, equals a blank page.",
                "The blank page comes from the stale cached index loading a deleted main bundle.",
                "Once more, the root cause is the 86400 max-age on index.html combined with the delete.",
            ],
            "asks": ["Right, so fix it.", "That's the fourth restatement. Change something."],
        },
        "plans": {
            "lines": [
                "Plan A: invalidate /index.html now and change deploy.sh to upload HTML with no-cache.",
                "Plan B: roll back to 4.17.3 so the cached index matches the bucket again.",
                "A fixes the cause; B only buys time. A.",
                "But A leaves users broken until the invalidation finishes; B restores them at once.",
                "A is right long-term, B is faster short-term.",
                "Let me think through B once more.",
            ],
            "pick": "Either. Choose one and go.",
        },
        "deleg": {
            "tool": "call_agent",
            "intros": [
                "I'll ask the frontend agent what causes the blank page.",
                "Asking it to consider caching.",
                "Rewording: could the CDN serve an outdated index?",
            ],
            "asks": [
                {
                    "agent": "frontend",
                    "prompt": "Why do users see a blank page after deploying web@4.18.0?",
                },
                {
                    "agent": "frontend",
                    "prompt": "Could CDN caching cause a blank page after the 4.18.0 deploy?",
                },
                {
                    "agent": "frontend",
                    "prompt": "Is the CDN serving a stale index.html for app.ledgerly.io?",
                },
            ],
            "same": lambda r: (
                f"frontend agent [{hx(r, 6)}]: A blank page after deploy is usually a JavaScript error in the new release. Recommend rolling back to web@4.17.3 and checking Sentry for 4.18.0."
            ),
            "remarks": [
                "It suggests a JS error in 4.18.0, but Sentry has none there.",
                "Same rollback advice.",
                "It still answers with the rollback.",
            ],
            "nudge": "It's not reading your question. Look at the headers yourself.",
            "tasks": [
                {
                    "intro": "Sub-task one: which index version do the edges serve, region by region?",
                    "args": {
                        "agent": "frontend",
                        "prompt": "HEAD https://app.ledgerly.io/ from 12 regions; report etag and age.",
                    },
                    "obs": f'frontend agent: 9/12 regions serve etag "{old}c0ffee" (old, age 9-14h); 3/12 serve "{new}beef01" (new, age < 1h).',
                    "note": "Nine of twelve regions still serve the old index.",
                },
                {
                    "intro": "Sub-task two: what did the last sync delete?",
                    "args": {
                        "agent": "frontend",
                        "prompt": "From the 08:02 deploy log, list objects deleted under static/js.",
                    },
                    "obs": f"frontend agent: 37 deletions including static/js/main.{old}.js, static/js/vendor.{hx(rng, 8)}.js, 35 chunks.",
                    "note": "The old main and vendor bundles were deleted at deploy.",
                },
            ],
            "synthesis": "So most edges hold the old index and the deploy removed everything it loads - invalidate the index, and change the deploy to keep old bundles and not cache HTML.",
        },
        "confirm": {
            "qs": [
                "Shall I invalidate /index.html and / on the distribution?",
                "Just to confirm, that's not /*, so no sign-off is needed - right?",
                "And it's fine to do it during peak hours?",
                "Before submitting, should I tell support?",
            ],
            "yeses": ["Yes.", "Right, not /*. Fine.", "Yes. Please submit it."],
        },
        "claim": {
            "tool": "s3_copy_object",
            "args": {
                "bucket": "ledgerly-web-prod",
                "key": "index.html",
                "copy_source": "ledgerly-web-prod/index.html",
                "cache_control": "no-cache",
            },
            "obs": "InvalidRequest: This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
            "claims": [
                "index.html now has Cache-Control: no-cache in the bucket.",
                "Done - the header is updated.",
                "Applied again; the origin now sends no-cache for the index.",
                "index.html's cache header is fixed.",
            ],
            "objections": [
                "That's an InvalidRequest, nothing changed.",
                "HEAD on the origin still shows max-age=86400.",
            ],
        },
        "pages": {
            "tool": "s3_list_objects",
            "args": [
                {"bucket": "ledgerly-web-prod", "prefix": "static/js/", "max_keys": 3},
                {
                    "bucket": "ledgerly-web-prod",
                    "prefix": "static/js/",
                    "max_keys": 3,
                    "continuation_token": "1Xf9aQ",
                },
                {
                    "bucket": "ledgerly-web-prod",
                    "prefix": "static/js/",
                    "max_keys": 3,
                    "continuation_token": "2Kp3wR",
                },
                {
                    "bucket": "ledgerly-web-prod",
                    "prefix": "static/js/",
                    "max_keys": 3,
                    "continuation_token": "3Bv7nT",
                },
            ],
            "obs": [
                "static/js/1021.a81c.chunk.js  2026-11-27 08:02\nstatic/js/1188.0f3e.chunk.js  2026-11-27 08:02\nstatic/js/1442.77bd.chunk.js  2026-11-27 08:02\nNextContinuationToken: 1Xf9aQ",
                "static/js/2210.c9e1.chunk.js  2026-11-27 08:02\nstatic/js/388.51aa.chunk.js  2026-11-27 08:02\nstatic/js/4019.de02.chunk.js  2026-11-27 08:02\nNextContinuationToken: 2Kp3wR",
                "static/js/5120.9b7c.chunk.js  2026-11-27 08:02\nstatic/js/7781.e4f0.chunk.js  2026-11-27 08:02\nstatic/js/881.3c2d.chunk.js  2026-11-27 08:02\nNextContinuationToken: 3Bv7nT",
                f"static/js/main.{new}.js  2026-11-27 08:02\nstatic/js/vendor.{hx(rng, 8)}.js  2026-11-27 08:02\nIsTruncated: false",
            ],
            "notes": [
                "Page 1: three chunks, all from the 08:02 deploy.",
                "Page 2: three more, same timestamp.",
                "Page 3: same.",
                f"Last page: only the new main.{new}.js. Every object is from 08:02 - nothing from 4.17.3 survived.",
            ],
        },
        "corrected": {
            "repeats": "none",
            "tool": "cloudfront_get_distribution",
            "bad_args": {"id": dist[:-1]},
            "bad_obs": f"NoSuchDistribution: The specified distribution does not exist: {dist[:-1]}",
            "fix": "I dropped the last character of the id. Retrying with the full one.",
            "good_args": {"id": dist},
            "good_obs": f"{dist}  app.ledgerly.io  origin ledgerly-web-prod.s3  DefaultCacheBehavior: CachePolicy Managed-CachingOptimized (honours origin Cache-Control)",
            "note": "The distribution honours the origin's Cache-Control, so the 86400 on index.html comes from the upload.",
        },
        "poll": {
            "start_tool": "cloudfront_create_invalidation",
            "start_args": {"distribution": dist, "paths": ["/index.html", "/"]},
            "start_obs": f"Invalidation I{hx(rng, 12).upper()} status InProgress",
            "tool": "edge_check",
            "args": {
                "url": url,
                "regions": ["eu-west", "us-east", "us-west", "ap-south"],
                "field": "etag",
            },
            "statuses": [
                "eu-west old | us-east old | us-west old | ap-south old",
                f'eu-west new "{new}beef01" | us-east old | us-west old | ap-south old',
                "eu-west new | us-east new | us-west old | ap-south new",
                f'eu-west new | us-east new | us-west new | ap-south new (all "{new}beef01")',
            ],
            "waits": [
                "Invalidation propagating. Waiting a minute.",
                "Europe has the new index; another minute.",
                "Three of four; short wait.",
            ],
            "secs": [60, 60, 30],
            "done": "All regions serve the new index; the blank page is gone for new loads.",
        },
        "batch": {
            "intro": "Setting no-cache on each HTML entry point in the bucket.",
            "tool": "s3_copy_object",
            "ids": [
                "index.html",
                "404.html",
                "login/index.html",
                "signup/index.html",
                "billing/index.html",
            ],
            "args": lambda k: {
                "bucket": "ledgerly-web-prod",
                "key": k,
                "copy_source": f"ledgerly-web-prod/{k}",
                "metadata_directive": "REPLACE",
                "cache_control": "no-cache",
                "content_type": "text/html",
            },
            "obs": lambda r, k: "CopyObjectResult: LastModified 2026-11-27T10:41:02Z",
            "done": "All five HTML entry points now carry no-cache at the origin.",
        },
        "docs": {
            "tool": "read_doc",
            "docs": [
                {
                    "args": {"path": "docs/runbooks/frontend-deploy.md"},
                    "obs": "Deploy uploads build/ to S3; CloudFront honours origin headers. HTML must not be long-cached. Keep prior bundles >= 7 days.",
                    "summary": "Runbook: HTML shouldn't be long-cached and prior bundles stay a week - the script does neither.",
                },
                {
                    "args": {"path": "docs/standards/caching.md"},
                    "obs": "Hashed assets: public, max-age=31536000, immutable. HTML: no-cache (revalidate). Wildcard invalidations need platform lead.",
                    "summary": "Standard: immutable hashed assets, no-cache HTML, wildcard invalidations need the lead.",
                },
                {
                    "args": {"path": "docs/postmortems/2025-03-stale-spa.md"},
                    "obs": "Same symptom in 2025-03 on the marketing site; fixed by two-pass upload (assets then HTML with no-cache).",
                    "summary": "A 2025 postmortem fixed the same thing with a two-pass upload.",
                },
            ],
            "synthesis": "So deploy.sh should do the two-pass upload from the postmortem: immutable assets first, then HTML with no-cache, and prune rather than delete.",
            "ask": "Can you make that change?",
            "follow": "Yes - I'll edit deploy.sh into two syncs and a 7-day prune.",
        },
        "edits": {
            "tool": "edit_file",
            "edits": [
                {
                    "path": "scripts/deploy.sh",
                    "old": "aws s3 sync build/ s3://ledgerly-web-prod \\",
                    "new": 'aws s3 sync build/ s3://ledgerly-web-prod --exclude "*.html" \\',
                },
                {
                    "path": "scripts/deploy.sh",
                    "old": '  --cache-control "public, max-age=86400"',
                    "new": '  --cache-control "public, max-age=31536000, immutable"\naws s3 sync build/ s3://ledgerly-web-prod --exclude "*" --include "*.html" --cache-control "no-cache"',
                },
                {"path": "scripts/deploy.sh", "old": "  --delete \\\n", "new": ""},
                {
                    "path": "scripts/deploy.sh",
                    "old": 'echo "deployed',
                    "new": 'node scripts/prune-static.js --older-than 7d\necho "deployed',
                },
            ],
            "edit_obs": ["1 replacement in scripts/deploy.sh"] * 4,
            "test_tool": "deploy_dry_run",
            "test_args": {"script": "scripts/deploy.sh"},
            "results": [
                "dry-run FAILED: 3 problems: 6 .html files not uploaded; assets cached 86400 (standard: immutable); --delete removes bundles < 7d old",
                "dry-run FAILED: 2 problems: --delete removes bundles < 7d old; (WEB-7) no prune step",
                "dry-run FAILED: 1 problem: (WEB-7) prod sync must prune removed files",
                "dry-run OK: 214 assets immutable, 6 html no-cache, prune keeps 7d",
            ],
            "lines": [
                "HTML excluded but not uploaded elsewhere. Adding the second pass with no-cache and immutable assets.",
                "Now dropping --delete.",
                "WEB-7 wants a prune; adding the 7-day prune.",
                "Dry run clean.",
            ],
        },
        "mind": {
            "first": {
                "tool": "s3_copy_object",
                "args": {
                    "bucket": "ledgerly-web-prod",
                    "key": "index.html",
                    "copy_source": "ledgerly-web-prod/index.html",
                    "metadata_directive": "REPLACE",
                    "cache_control": "public, max-age=0, must-revalidate",
                    "content_type": "text/html",
                },
                "obs": "CopyObjectResult: LastModified 2026-11-27T10:33:15Z",
                "note": "index.html now max-age=0.",
            },
            "change1": "Make it max-age=60 instead, the edge should still absorb launch-day spikes.",
            "second": {
                "intro": "Switching to a 60-second max-age.",
                "tool": "s3_copy_object",
                "args": {
                    "bucket": "ledgerly-web-prod",
                    "key": "index.html",
                    "copy_source": "ledgerly-web-prod/index.html",
                    "metadata_directive": "REPLACE",
                    "cache_control": "public, max-age=60",
                    "content_type": "text/html",
                },
                "obs": "CopyObjectResult: LastModified 2026-11-27T10:35:02Z",
                "note": "index.html is max-age=60.",
            },
            "change2": "And add stale-while-revalidate=30 so nobody waits on the origin.",
            "third": {
                "intro": "Adding stale-while-revalidate.",
                "tool": "s3_copy_object",
                "args": {
                    "bucket": "ledgerly-web-prod",
                    "key": "index.html",
                    "copy_source": "ledgerly-web-prod/index.html",
                    "metadata_directive": "REPLACE",
                    "cache_control": "public, max-age=60, stale-while-revalidate=30",
                    "content_type": "text/html",
                },
                "obs": "CopyObjectResult: LastModified 2026-11-27T10:36:40Z",
                "note": "index.html: max-age=60, stale-while-revalidate=30.",
            },
        },
        "world": {
            "report": f"The edge serves a {age // 3600}-hour-old index pointing at the deleted main.{old}.js.",
            "recheck_line": "HEAD on the index again.",
            "change": "I invalidated /index.html from the console. Check again?",
            "after": f'HTTP/2 200\ncontent-type: text/html\ncache-control: public, max-age=86400\nage: 14\netag: "{new}beef01"\nx-cache: Hit from cloudfront\n<script src="/static/js/main.{new}.js">',
            "note": "The edge now has the new index (age 14s). It still carries max-age=86400, so the next deploy will break the same way unless the upload header changes.",
        },
        "flaky": {
            "tool": "http_head",
            "args": {"url": url, "show_body_lines": 1},
            "fails": [
                "curl: (28) Operation timed out after 10001 milliseconds with 0 bytes received",
                "curl: (6) Could not resolve host: app.ledgerly.io",
            ],
            "reasons": [
                "Timed out - the office VPN dropped a moment ago. Retrying.",
                "DNS failed while the VPN reconnects; once more.",
            ],
            "secs": 15,
            "passes": head(),
            "note": f"Got it: 24h-cached old index pointing at main.{old}.js.",
        },
    }


def lms_certificate_missing(rng: random.Random) -> D:
    uid = rng.randint(80000, 99999)
    who = rng.choice(["Daniel Okoro", "Tomasz Kowalczyk", "Liam Byrne", "Arjun Rahman"])
    first = who.split()[0]
    quiz = rng.choice([84, 86, 88, 92])
    att = f"att_{hx(rng, 10)}"
    course = "FS-L2"

    def enr(stamp: str = "") -> str:
        tail = (
            f'\n  "_trace": "{stamp}", "_served_at": "2026-11-27T11:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"'
            if stamp
            else ""
        )
        return (
            f'{{\n  "user": {uid}, "course": "{course} Food Safety Level 2", "status": "in_progress",\n'
            f'  "quiz_final": {quiz}, "pass_mark": 80,\n'
            '  "modules": {"1": "completed", "2": "completed", "3": "completed", "4": "incomplete (video 93%)"}'
            + tail
            + "\n}"
        )

    def search_args(q: str) -> dict[str, Any]:
        return {"service": "cert-renderer", "query": q, "user": uid, "since": "7d"}

    def empty(r: random.Random, q: str) -> str:
        return f"cert-renderer logs: 0 entries for user {uid} matching {json.dumps(q)} (7d; {r.randint(2100, 4800)} renders for other users)"

    return {
        "name": "lms_certificate_missing",
        "task": f"{who} (user {uid}) finished the Food Safety Level 2 course on his phone two days ago and passed the quiz, but never got a certificate. His employer needs it by Monday. Sort it out. You can't issue certificates by hand - FS-L2 is accredited and only the registrar can.",
        "openers": [
            f"I'll look at {first}'s enrollment first: module status and quiz score.",
            "Starting with the enrollment record for FS-L2.",
            "Let me pull his course enrollment and module completion.",
        ],
        "acks": [
            f"Okay, {first}'s missing certificate.",
            "Understood - no manual certificates.",
            "On it.",
        ],
        "A": {
            "tool": "lms_get_enrollment",
            "args": {"user": uid, "course": course},
            "obs": enr(),
            "note": f"He passed the quiz ({quiz}%), but module 4 is incomplete at 93% of the video, so the course never completed and no certificate was generated.",
        },
        "A_stamped": lambda r: enr(hx(r, 12)),
        "B": {
            "tool": "scorm_attempt_log",
            "args": {"user": uid, "course": course, "module": 4, "attempt": att},
            "obs": f"{att}  user {uid}  module 4  UA: Mobile Safari 17.6 (iPhone)\n14:01:02 initialize\n14:02:40 progress 0.88\n14:02:51 progress 0.93\n14:03:37 fullscreen exit\n14:03:39 (no further beacons)\ncmi.completion_status: incomplete",
            "note": "He watched past the end (fullscreen exit at 14:03:37) but the last beacon recorded is 93%. iOS Safari dropped the final progress report.",
        },
        "C": {
            "tool": "kb_search",
            "args": {"space": "lms-support", "query": "iOS Safari video progress stuck 93%"},
            "obs": "LMS-KB-221 iOS Safari drops final progress beacon on fullscreen exit (video modules). Fix: module override, reason tracking_error, evidence_ref = attempt id. Certificate then issues automatically.",
            "note": "Known: LMS-KB-221. A module override with the attempt id as evidence, and the certificate issues on its own.",
        },
        "recheck": {
            "lines": [
                "Pulling his enrollment again.",
                "Let me re-read the enrollment record.",
                "Checking module status once more.",
                "Another look at the enrollment.",
                "Module 4 is still incomplete at 93%.",
            ],
            "ping": "Same record again. Why is module 4 stuck?",
        },
        "search": {
            "tool": "log_search",
            "queries": [
                "certificate generation failed",
                "render error pdf",
                "certificate timeout",
                "certificate email bounced",
                "certificate not issued",
            ],
            "args": search_args,
            "empty": empty,
            "lines": [
                "The certificate may have failed to render. Searching the renderer's logs for him.",
                "Nothing. Trying PDF render errors.",
                "Maybe it timed out.",
                "Perhaps it rendered but the email bounced.",
                "The renderer has no failure for him, so I can't tell why there's no certificate.",
            ],
            "hint": "Certificates only render after the course is marked complete. Look at completion, not the renderer.",
            "narrow_line": "No render attempt at all means completion never fired. Searching completion evaluations instead.",
            "narrow_args": {
                "service": "lms-completion",
                "query": "CompletionEvaluated",
                "user": uid,
                "since": "7d",
            },
            "found": f"2 entries: 2026-11-25T14:03:41Z CompletionEvaluated user {uid} {course} -> NOT_COMPLETE (module 4 incomplete)\n2026-11-25T14:10:02Z CompletionEvaluated user {uid} {course} -> NOT_COMPLETE (module 4 incomplete)",
            "found_note": "Completion ran twice and both times stopped on module 4.",
            "read": {
                "tool": "lms_module_progress",
                "args": {"user": uid, "course": course, "module": 4},
                "obs": f"module 4 'Temperature control' (video 6m12s, completion threshold 95%)\nlast attempt {att}: max progress 0.93, completion_status incomplete",
                "note": "The threshold is 95% and the recorded maximum is 93% - the lost last beacon.",
            },
        },
        "ab": {
            "tool": "lms_module_override",
            "x_args": {
                "user": uid,
                "course": course,
                "module": 4,
                "status": "completed",
                "reason": "tracking_error",
            },
            "x_obs": "422 evidence_ref is required when reason is tracking_error",
            "y_args": {
                "user": uid,
                "course": course,
                "module": 4,
                "status": "completed",
                "reason": "manual",
            },
            "y_obs": "403 reason 'manual' is reserved for role registrar on accredited courses",
            "lines": [
                "Overriding module 4 as completed, reason tracking_error.",
                "It wants evidence. I'll use reason manual instead.",
                "Manual is registrar-only. Back to tracking_error.",
                "Evidence required again. Manual once more.",
                "Neither reason gets accepted; tracking_error seems right, I'll retry it.",
                "Trying manual again.",
            ],
            "nudge": "The 422 says what it needs: an evidence_ref. Stop switching reasons.",
        },
        "fail": {
            "tool": "lms_certificate_issue",
            "variants": [
                {"user": uid, "course": course},
                {"user": uid, "course": course, "template": "fs-l2-2026"},
                {"user": str(uid), "course": course.lower()},
                {"user": uid, "course": course, "send_email": False},
            ],
            "error": f"403 certificate issuance for accredited course {course} is restricted to role registrar",
            "remarks": [
                "I'll generate his certificate directly.",
                "403. With the explicit template?",
                "Same. Maybe the id types.",
                "Without the email step.",
                "Certificate issue is refused each time.",
            ],
            "nudge": "You were told at the start only the registrar can issue these.",
        },
        "ask": {
            "q": "Which device and browser did he use for module 4?",
            "thanks": "Thanks.",
            "answer": "His iPhone, in Safari - it's in his first message.",
            "reasks": [
                "Do you know what device he watched the module 4 video on?",
                "Was he on a computer or a phone for the last module?",
                "Just to confirm, which browser did he use?",
            ],
            "annoyed": "iPhone, Safari. Twice now.",
        },
        "use": {
            "line": "iPhone Safari matches LMS-KB-221. Overriding module 4 with the attempt id as evidence.",
            "tool": "lms_module_override",
            "args": {
                "user": uid,
                "course": course,
                "module": 4,
                "status": "completed",
                "reason": "tracking_error",
                "evidence_ref": att,
            },
            "obs": f"override OVR-{rng.randint(1000, 9999)} recorded; completion re-evaluated: COMPLETE; certificate job queued",
            "note": "Course complete; the certificate is queued.",
        },
        "redo": {
            "tool": "lms_module_override",
            "args": {
                "user": uid,
                "course": course,
                "module": 4,
                "status": "completed",
                "reason": "tracking_error",
                "evidence_ref": att,
            },
            "obs": f"override OVR-{rng.randint(1000, 9999)} recorded; completion re-evaluated: COMPLETE; certificate job queued",
            "again": "409 module 4 already completed for this user (override recorded 2026-11-27T10:12:33Z)",
            "done": "Module 4 overridden; the course is complete and the certificate is queued.",
            "lines": [
                "Recording the module 4 override with the attempt as evidence.",
                "Now the module 4 override.",
                "Re-applying the override to be safe.",
                "Module 4 is overridden.",
            ],
            "stop": "It's already completed - 409. Check the certificate status.",
        },
        "promise": {
            "lines": [
                "Next I'll read the SCORM attempt log for module 4.",
                "I'll pull the attempt log to see where tracking stopped.",
                "Going to look at the module 4 attempt now.",
                "Right, the attempt log next.",
                "I'll fetch the attempt and report back.",
            ],
            "nudges": [
                "Okay.",
                "You keep saying that.",
                "His employer needs this Monday. Look at the log.",
            ],
        },
        "concl": {
            "lines": [
                "So the final progress beacon from iOS Safari was lost, module 4 sits at 93%, and completion never fired.",
                "In short: a tracking gap on iPhone, not a missing certificate.",
                "To restate, the certificate was never generated because the course isn't marked complete.",
                "Put simply, module 4 is 2% short on paper only.",
                "Again, the cause is the dropped Safari beacon.",
            ],
            "asks": ["Understood. What now?", "Please stop summarising and fix it."],
        },
        "plans": {
            "lines": [
                "Option 1: override module 4 under LMS-KB-221; the certificate follows.",
                "Option 2: ask him to rewatch the last minute on a laptop; that completes it normally.",
                "1 is instant; 2 depends on him. Option 1.",
                "But 2 gives a genuine completion the registrar can't question.",
                "1 is faster, 2 is cleaner.",
                "Let me weigh option 2 again.",
            ],
            "pick": "Either is fine, just choose.",
        },
        "deleg": {
            "tool": "ask_agent",
            "intros": [
                "I'll ask the course-support agent to check his completion.",
                "Asking it to look at tracking specifically.",
                "Rephrasing: could module 4 have been completed but not recorded?",
            ],
            "asks": [
                {
                    "agent": "course-support",
                    "prompt": f"Why hasn't user {uid} received an {course} certificate?",
                },
                {
                    "agent": "course-support",
                    "prompt": f"Is module 4 progress for user {uid} recorded correctly?",
                },
                {
                    "agent": "course-support",
                    "prompt": f"Could user {uid} have finished module 4 without it being tracked?",
                },
            ],
            "same": lambda r: (
                f"course-support [{hx(r, 6)}]: user {uid} has not completed all modules (module 4: incomplete). Advise the learner to complete module 4 to receive the certificate."
            ),
            "remarks": [
                "It restates that module 4 is incomplete.",
                "Same answer.",
                "It keeps telling him to complete the module.",
            ],
            "nudge": "Same reply three times. Read the attempt log yourself.",
            "tasks": [
                {
                    "intro": "Sub-task one: is he the only one stuck like this?",
                    "args": {
                        "agent": "course-support",
                        "prompt": f"Count {course} learners in 30d with module 4 max progress 0.90-0.94 and Mobile Safari UA.",
                    },
                    "obs": "course-support: 41 learners; 39 on Mobile Safari, 2 on Chrome iOS (WebKit).",
                    "note": "41 learners, all WebKit on iOS.",
                },
                {
                    "intro": "Sub-task two: does the module 4 package report progress on pagehide?",
                    "args": {
                        "agent": "course-support",
                        "prompt": "Inspect module 4 SCORM package: which events trigger progress commit?",
                    },
                    "obs": "course-support: commits on timeupdate every 10s and on 'ended'. No commit on pagehide/fullscreen exit.",
                    "note": "The package never commits on fullscreen exit, so the last 10 seconds are lost.",
                },
            ],
            "synthesis": f"So {first} is one of 41 iOS learners hit by a package that doesn't commit on exit; override him now and get the package fixed for the rest.",
        },
        "confirm": {
            "qs": [
                "Shall I override module 4 under LMS-KB-221?",
                "To be sure, an override is allowed for accredited courses - yes?",
                "And the certificate then issues automatically, with no registrar step?",
                "Before I do it, should I let him know?",
            ],
            "yeses": ["Yes.", "Yes, with evidence it is.", "Yes. Please do it."],
        },
        "claim": {
            "tool": "email_send",
            "args": {
                "to_user": uid,
                "template": "certificate_ready",
                "attach": f"certificate:{course}:{uid}",
            },
            "obs": f"404 attachment certificate:{course}:{uid} not found (certificate status: not_generated)",
            "claims": [
                "I've emailed him his certificate.",
                "The certificate email is sent.",
                "Resent - it's in his inbox now.",
                "He has his certificate by email.",
            ],
            "objections": [
                "404 - there's no certificate to attach.",
                "He's got nothing. Same error.",
            ],
        },
        "pages": {
            "tool": "lms_report",
            "args": [
                {
                    "report": "module_stuck",
                    "course": course,
                    "module": 4,
                    "min": 0.9,
                    "max": 0.94,
                    "page": 1,
                },
                {
                    "report": "module_stuck",
                    "course": course,
                    "module": 4,
                    "min": 0.9,
                    "max": 0.94,
                    "page": 2,
                },
                {
                    "report": "module_stuck",
                    "course": course,
                    "module": 4,
                    "min": 0.9,
                    "max": 0.94,
                    "page": 3,
                },
                {
                    "report": "module_stuck",
                    "course": course,
                    "module": 4,
                    "min": 0.9,
                    "max": 0.94,
                    "page": 4,
                },
            ],
            "obs": [
                f"{uid} 0.93 Mobile Safari 17.6\n81220 0.92 Mobile Safari 17.5\n90417 0.93 Mobile Safari 18.0\npage 1/4 (total 10)",
                "83301 0.94 Mobile Safari 18.1\n85912 0.91 Chrome iOS 130\n87004 0.93 Mobile Safari 17.6\npage 2/4",
                "88719 0.92 Mobile Safari 18.0\n91120 0.93 Mobile Safari 17.4\n94408 0.90 Mobile Safari 18.1\npage 3/4",
                "97330 0.93 Chrome iOS 131\npage 4/4",
            ],
            "notes": [
                f"Page 1: {first} and two others on iOS Safari.",
                "Page 2: three more, one Chrome on iOS.",
                "Page 3: three more Safari.",
                "Last page: one Chrome iOS. Ten learners stuck, all on iOS browsers.",
            ],
        },
        "corrected": {
            "repeats": "A",
            "tool": "lms_get_enrollment",
            "bad_args": {"user": uid, "course": "FS-L2-2025"},
            "bad_obs": f"404 enrollment not found for user {uid} in course FS-L2-2025",
            "fix": "The course code is just FS-L2; the year is a cohort tag.",
            "good_args": {"user": uid, "course": course},
            "good_obs": enr(),
            "note": f"Quiz {quiz}%, module 4 incomplete at 93%.",
        },
        "poll": {
            "start_tool": "lms_module_override",
            "start_args": {
                "user": uid,
                "course": course,
                "module": 4,
                "status": "completed",
                "reason": "tracking_error",
                "evidence_ref": att,
            },
            "start_obs": "override recorded; completion COMPLETE; certificate job queued",
            "tool": "lms_certificate_status",
            "args": {"user": uid, "course": course},
            "statuses": [
                "queued",
                "rendering PDF",
                "awaiting accreditation signature (batch every 5 min)",
                f"issued: CERT-{course}-{rng.randint(100000, 999999)}, emailed",
            ],
            "waits": [
                "Queued. Waiting a minute.",
                "Rendering; another minute.",
                "Signature batch runs every five minutes; waiting.",
            ],
            "secs": [60, 60, 300],
            "done": "Certificate issued and emailed to him.",
        },
        "batch": {
            "intro": "Overriding module 4 for the other iOS learners from the report, each with their own attempt as evidence.",
            "tool": "lms_module_override",
            "ids": [81220, 90417, 83301, 87004, 88719],
            "args": lambda u: {
                "user": u,
                "course": course,
                "module": 4,
                "status": "completed",
                "reason": "tracking_error",
                "evidence_ref": f"last_attempt:{u}",
            },
            "obs": lambda r, u: "override recorded; completion re-evaluated",
            "done": "Five more learners overridden; their certificates follow automatically.",
        },
        "docs": {
            "tool": "kb_read",
            "docs": [
                {
                    "args": {"article": "LMS-KB-221"},
                    "obs": "iOS Safari drops final progress beacon; override with reason tracking_error and evidence_ref.",
                    "summary": "KB-221: override with evidence for the Safari beacon loss.",
                },
                {
                    "args": {"article": "ACC-003 Accredited courses"},
                    "obs": "Certificates for accredited courses are issued by the system on completion or by the registrar manually. Support may override module tracking with evidence.",
                    "summary": "ACC-003: support may fix tracking with evidence; only manual issuing is the registrar's.",
                },
                {
                    "args": {"article": "FS-L2 completion rules"},
                    "obs": "All 4 modules completed (video threshold 95%) and final quiz >= 80%.",
                    "summary": "FS-L2 needs all four modules and 80% on the quiz.",
                },
            ],
            "synthesis": f"So: {first} meets the quiz rule, module 4 is a tracking gap covered by KB-221, and an evidenced override is within support's rights - the system then issues the certificate.",
            "ask": "So we don't need the registrar at all?",
            "follow": "Not for this - the override completes the course and the system issues the certificate.",
        },
        "edits": {
            "tool": "lms_package_patch",
            "edits": [
                {
                    "course": course,
                    "module": 4,
                    "file": "player.js",
                    "patch": "add commit on visibilitychange",
                },
                {
                    "course": course,
                    "module": 4,
                    "file": "player.js",
                    "patch": "add commit on pagehide and webkitendfullscreen",
                },
                {
                    "course": course,
                    "module": 4,
                    "file": "imsmanifest.xml",
                    "patch": "completionThreshold 0.95 -> 0.90",
                },
                {
                    "course": course,
                    "module": 4,
                    "file": "imsmanifest.xml",
                    "patch": "version 3.1.0 -> 3.1.1",
                },
            ],
            "edit_obs": [
                "player.js patched (draft)",
                "player.js patched (draft)",
                "imsmanifest.xml patched (draft)",
                "imsmanifest.xml patched (draft)",
            ],
            "test_tool": "scorm_conformance_test",
            "test_args": {
                "course": course,
                "module": 4,
                "draft": True,
                "devices": ["ios-safari", "android-chrome", "desktop"],
            },
            "results": [
                "3 failures: ios-safari final progress lost on fullscreen exit; threshold 0.95 above house standard 0.90; manifest version unchanged",
                "2 failures: threshold 0.95 above house standard 0.90; manifest version unchanged",
                "1 failure: manifest version unchanged (draft differs from 3.1.0)",
                "all checks passed (3 devices)",
            ],
            "lines": [
                "visibilitychange isn't enough on iOS; adding pagehide and the fullscreen-end event.",
                "Safari passes. Lowering the threshold to the house 90%.",
                "Bumping the manifest version.",
                "Conformance passes on all three devices.",
            ],
        },
        "mind": {
            "first": {
                "tool": "lms_profile_update",
                "args": {"user": uid, "certificate_name": who},
                "obs": f"certificate_name set to '{who}'",
                "note": "Certificate name set.",
            },
            "change1": "He wants his full legal name on it - add his middle name, Chidi.",
            "second": {
                "intro": "Adding the middle name.",
                "tool": "lms_profile_update",
                "args": {"user": uid, "certificate_name": f"{first} Chidi {who.split()[1]}"},
                "obs": f"certificate_name set to '{first} Chidi {who.split()[1]}'",
                "note": "Full name set.",
            },
            "change2": "And his employer wants the date as DD/MM/YYYY, not 'November 25, 2026'.",
            "third": {
                "intro": "Switching the certificate date format.",
                "tool": "lms_profile_update",
                "args": {"user": uid, "certificate_locale": "en-GB"},
                "obs": "certificate_locale set to en-GB (dates DD/MM/YYYY)",
                "note": "Dates will print as 25/11/2026.",
            },
        },
        "world": {
            "report": "Module 4 is stuck at 93% from a lost Safari beacon, so the course isn't complete.",
            "recheck_line": "Pulling his enrollment again.",
            "change": "He rewatched the end of module 4 on his laptop just now. Check again?",
            "after": f'{{\n  "user": {uid}, "course": "{course} Food Safety Level 2", "status": "completed",\n  "quiz_final": {quiz}, "pass_mark": 80,\n  "modules": {{"1": "completed", "2": "completed", "3": "completed", "4": "completed"}},\n  "certificate": "issued 2026-11-27T11:48:10Z"\n}}',
            "note": "Completed from the laptop, and the certificate issued itself. No override needed.",
        },
        "flaky": {
            "tool": "scorm_attempt_log",
            "args": {"user": uid, "course": course, "module": 4, "attempt": att},
            "fails": [
                "503 LRS read replica failing over, retry shortly",
                "504 upstream timeout (lrs-read)",
            ],
            "reasons": [
                "The learning record store is failing over its read replica. Retrying.",
                "Still settling after the failover. One more try.",
            ],
            "secs": 30,
            "passes": f"{att}  module 4  UA: Mobile Safari 17.6 (iPhone)\n14:02:51 progress 0.93\n14:03:37 fullscreen exit\n(no further beacons)",
            "note": "Last beacon 93% before the fullscreen exit - the Safari gap.",
        },
    }


def carrier_label_failures(rng: random.Random) -> D:
    count = rng.randint(128, 156)
    order = f"TT-{rng.randint(5770000000, 5799999999)}"
    store = 88412
    state = rng.choice(["California", "Texas", "New York", "Florida"])
    city, zipc = {
        "California": ("Fresno", "93721"),
        "Texas": ("Austin", "78701"),
        "New York": ("Buffalo", "14202"),
        "Florida": ("Tampa", "33602"),
    }[state]

    def listing(stamp: str = "") -> str:
        head = f"X-Request-Id: {stamp}\n" if stamp else ""
        return (
            f"{head}orders: status=awaiting_shipment tag=label_error  total={count}\n"
            f"store 'TT Shop US (v2)' ({store}): {count}\nother stores: 0\n"
            f"sample: {order}  ups_ground  error 120317 Invalid ShipTo StateProvinceCode"
        )

    def search_args(q: str) -> dict[str, Any]:
        return {"store_name": q, "status": "awaiting_shipment", "tag": "label_error"}

    def empty(r: random.Random, q: str) -> str:
        return f'{{"orders": [], "total": 0, "page": 1, "pages": 0, "store_name_filter": {json.dumps(q)}, "took_ms": {r.randint(40, 220)}}}'

    fix_tag = "state_fixed"
    return {
        "name": "carrier_label_failures",
        "task": f"About {count - count % 10} TikTok Shop orders are stuck in ShipStation with label errors and they're going late. Get them shipping. Do NOT cancel any orders on the marketplace - a late penalty is cheaper than a cancellation strike.",
        "openers": [
            "I'll list the awaiting-shipment orders tagged with label errors first.",
            "Starting with the ShipStation queue: orders with label errors, by store.",
            "Let me pull the label-error orders and see which store they're from.",
        ],
        "acks": [
            "On it - stuck TikTok orders.",
            "Understood, no cancellations.",
            "Okay, looking at the label errors.",
        ],
        "A": {
            "tool": "shipstation_list_orders",
            "args": {"status": "awaiting_shipment", "tag": "label_error", "group_by": "store"},
            "obs": listing(),
            "note": f"All {count} are from the reconnected TikTok store and fail with UPS 120317, an invalid ship-to state code.",
        },
        "A_stamped": lambda r: listing(f"{hx(r, 8)}-{hx(r, 4)}-{hx(r, 4)}-{hx(r, 12)}"),
        "B": {
            "tool": "shipstation_get_order",
            "args": {"order_number": order},
            "obs": f'{{"orderNumber": "{order}", "storeId": {store}, "shipTo": {{"city": "{city}", "state": "{state}", "postalCode": "{zipc}", "country": "US"}}, "lastLabelError": "120317: Invalid ShipTo StateProvinceCode"}}',
            "note": f"The state is stored as the full name '{state}'; UPS wants the two-letter code.",
        },
        "C": {
            "tool": "shipstation_store_settings",
            "args": {"store_id": store},
            "obs": f"store {store} 'TT Shop US (v2)' connector tiktok-shop v2.3\nstate_format: full_name (connector default)\nreconnected: 2026-11-24 by ops@\nallow_order_edits: true",
            "note": "The v2 connector defaults to full state names; it was reconnected on the 24th, which is when the errors started.",
        },
        "recheck": {
            "lines": [
                "Listing the label-error orders again.",
                "Let me re-pull the queue.",
                "Checking the error queue once more.",
                "Another look at the stuck orders.",
                f"Still {count} orders, all 120317.",
            ],
            "ping": "The count hasn't changed and neither has the error. What are you going to do?",
        },
        "search": {
            "tool": "shipstation_search_orders",
            "queries": [
                "TikTok Shop",
                "TikTok",
                "tiktok shop us",
                "TikTokShop US",
                "TikTok Shop - US",
            ],
            "args": search_args,
            "empty": empty,
            "lines": [
                "Filtering the label errors by the TikTok store name.",
                "Nothing. Trying just 'TikTok'.",
                "Lower case, with 'us'.",
                "Without the space.",
                "No orders match any TikTok store name, so I can't isolate them.",
            ],
            "hint": "We reconnected it on Monday, it's called 'TT Shop US (v2)' now. Or use the store id.",
            "narrow_line": "The store was reconnected, so its name may have changed. Filtering by store id instead.",
            "narrow_args": {"store_id": store, "status": "awaiting_shipment", "tag": "label_error"},
            "found": f'{{"orders": [{{"orderNumber": "{order}"}}, ...], "total": {count}, "pages": {count // 50 + 1}}}',
            "found_note": f"{count} orders under store {store}.",
            "read": {
                "tool": "shipstation_get_order",
                "args": {"order_number": order},
                "obs": f'{{"orderNumber": "{order}", "storeId": {store}, "shipTo": {{"state": "{state}", "postalCode": "{zipc}"}}, "lastLabelError": "120317: Invalid ShipTo StateProvinceCode"}}',
                "note": f"Full state name '{state}' - that's what UPS rejects.",
            },
        },
        "ab": {
            "tool": "shipstation_update_store",
            "x_args": {"store_id": store, "state_format": "iso"},
            "x_obs": "400 invalid state_format 'iso'; allowed: full_name, abbreviation",
            "y_args": {"store_id": store, "state_format": "abbreviation", "resync": "all"},
            "y_obs": f"409 full resync not allowed while {count} orders have pending label jobs; use resync 'new_only' or cancel jobs",
            "lines": [
                "Switching the connector to ISO state codes.",
                "'iso' isn't allowed. Abbreviation with a full resync then.",
                "Full resync is blocked. Back to ISO.",
                "Invalid value again. Abbreviation plus full resync.",
                "Neither works; I'll try iso once more.",
                "Trying abbreviation with full resync again.",
            ],
            "nudge": "The 409 offers new_only. You're bouncing between an invalid value and a blocked resync.",
        },
        "fail": {
            "tool": "shipstation_create_label",
            "variants": [
                {
                    "order_number": order,
                    "carrier": "ups",
                    "service": "ups_ground",
                    "package": "package",
                },
                {
                    "order_number": order,
                    "carrier": "ups",
                    "service": "UPS_GROUND",
                    "package": "package",
                },
                {
                    "order_number": order,
                    "carrier": "ups",
                    "service": "ups_ground",
                    "package": "package",
                    "confirmation": "none",
                },
                {
                    "order_number": order,
                    "carrier": "ups",
                    "service": "ups_ground",
                    "package": "package",
                    "test_label": False,
                },
            ],
            "error": "UPS 120317: Invalid ShipTo StateProvinceCode (field ShipTo.Address.StateProvinceCode, value length > 2)",
            "remarks": [
                "I'll create a label for one order to see the error firsthand.",
                "120317. Service code in upper case?",
                "Same. Adding confirmation none.",
                "Explicitly not a test label.",
                "UPS rejects every label attempt.",
            ],
            "nudge": "It tells you the state field is too long. Label options won't change that.",
        },
        "ask": {
            "q": "Ship these UPS Ground as ordered, or upgrade the late ones to 2nd Day Air to hit TikTok's SLA?",
            "thanks": "Thanks, got it.",
            "answer": "Ground for all of them. Don't upgrade - we'll take the late penalty.",
            "reasks": [
                "Should the late orders still go Ground, or be upgraded?",
                "What service level do you want for the overdue ones?",
                "Just confirming: no upgrades for the late orders?",
            ],
            "annoyed": "Ground. All of them. I said so.",
        },
        "use": {
            "line": "Ground for all. Queuing labels for the corrected orders with no upgrades.",
            "tool": "shipstation_bulk_create_labels",
            "args": {
                "filter": {"store_id": store, "tag": fix_tag},
                "carrier": "ups",
                "service": "ups_ground",
                "upgrade_late": False,
            },
            "obs": f"bulk job BL-{rng.randint(10000, 99999)} queued: {count} orders, service ups_ground",
            "note": "Labels queued, all Ground.",
        },
        "redo": {
            "tool": "shipstation_bulk_update_orders",
            "args": {
                "filter": {"store_id": store, "tag": "label_error"},
                "set": {"shipTo.state": "abbreviate_us_state"},
                "add_tag": fix_tag,
            },
            "obs": f"{count} orders updated (shipTo.state abbreviated), tagged {fix_tag}",
            "again": f"0 orders updated ({count} matched, shipTo.state already 2 letters)",
            "done": f"All {count} orders have two-letter states and the {fix_tag} tag.",
            "lines": [
                "Abbreviating the ship-to state on the stuck orders.",
                "Next: fix the states on the label-error orders.",
                "Running the state update again to make sure.",
                "The state fix is applied.",
            ],
            "stop": "0 updated - they're already fixed. Create the labels.",
        },
        "promise": {
            "lines": [
                "Next I'll open one of the failing orders.",
                f"I'll pull {order} to see its address.",
                "Going to fetch a sample order now.",
                "Right, opening an order next.",
                "I'll look at an order and come back.",
            ],
            "nudges": ["Sure.", "You said that twice.", "Orders are going late. Open one."],
        },
        "concl": {
            "lines": [
                "So the reconnected TikTok connector sends full state names, and UPS only takes two-letter codes.",
                "In short: 'California' instead of 'CA' on every order from that store.",
                "To restate, the connector's state_format default broke labels after Monday's reconnect.",
                "Put simply, it's a state-format mismatch, nothing else.",
                "Again: full names from the v2 connector, rejected by UPS.",
            ],
            "asks": ["Right. Now fix it.", "That's the same sentence four times. Ship them."],
        },
        "plans": {
            "lines": [
                "Plan A: abbreviate the state on the stuck orders and switch the connector to abbreviation for new ones.",
                "Plan B: an automation rule that rewrites the state on import; no connector change.",
                "A fixes it at the source. A.",
                "But B also catches any other store with the same problem.",
                "A is cleaner, B is broader.",
                "Let me go over B again.",
            ],
            "pick": "Pick one. They need to ship today.",
        },
        "deleg": {
            "tool": "delegate_task",
            "intros": [
                "I'll ask the ops assistant to look at the stuck orders.",
                "Asking it about the error code specifically.",
                "Rephrasing: what's wrong with the address data?",
            ],
            "asks": [
                {
                    "agent": "ops-assistant",
                    "task": "Why are TikTok orders stuck with label errors?",
                },
                {
                    "agent": "ops-assistant",
                    "task": "What does UPS error 120317 mean for these orders?",
                },
                {
                    "agent": "ops-assistant",
                    "task": "What is wrong with the ship-to data on the stuck orders?",
                },
            ],
            "same": lambda r: (
                f"ops-assistant (run {r.randint(100000, 999999)}): {count} orders are awaiting shipment with UPS errors. Recommend contacting UPS support regarding error 120317."
            ),
            "remarks": [
                "It suggests calling UPS, but the rejection is about our data.",
                "Same suggestion.",
                "It keeps pointing at UPS support.",
            ],
            "nudge": "It'll say call UPS forever. Look at an order.",
            "tasks": [
                {
                    "intro": "Sub-task one: what state values do the stuck orders have?",
                    "args": {
                        "agent": "ops-assistant",
                        "task": "Group the label_error orders by shipTo.state value.",
                    },
                    "obs": f"ops-assistant: {count} orders, 31 distinct values, all full names (California 38, Texas 21, New York 17, ...). 0 two-letter codes.",
                    "note": "All full names.",
                },
                {
                    "intro": "Sub-task two: do other stores have the same format?",
                    "args": {
                        "agent": "ops-assistant",
                        "task": "For each store, report state_format and label_error count.",
                    },
                    "obs": f"ops-assistant: Shopify (abbreviation, 0), Amazon (abbreviation, 0), TT Shop US v2 (full_name, {count}).",
                    "note": "Only the TikTok v2 store uses full names.",
                },
            ],
            "synthesis": "So it's only the TikTok v2 connector: switch it to abbreviation and abbreviate the existing orders; no rule needed for other stores.",
        },
        "confirm": {
            "qs": [
                f"Shall I abbreviate the state on the {count} stuck orders?",
                "To be sure, this edits orders in ShipStation only, not on TikTok - fine?",
                "And I don't need to pause the connector first?",
                "Before running it, do you want a CSV export as backup?",
            ],
            "yeses": ["Yes.", "Yes, ShipStation only.", "No need. Please run it."],
        },
        "claim": {
            "tool": "shipstation_bulk_create_labels",
            "args": {
                "filter": {"store_id": store, "tag": fix_tag},
                "carrier_account": "ups-main",
                "service": "ups_ground",
            },
            "obs": "422 carrier account 'ups-main' is not connected to ship-from warehouse 'NJ-2' (connected: ups-nj2)",
            "claims": [
                f"Labels created for all {count} orders.",
                "The labels are generated.",
                "Re-ran it - labels are done.",
                "All orders have labels.",
            ],
            "objections": [
                "422. No labels were made.",
                "Queue still shows them unshipped. Read the error.",
            ],
        },
        "pages": {
            "tool": "shipstation_list_orders",
            "args": [
                {"store_id": store, "tag": "label_error", "page": 1, "page_size": 50},
                {"store_id": store, "tag": "label_error", "page": 2, "page_size": 50},
                {"store_id": store, "tag": "label_error", "page": 3, "page_size": 50},
                {"store_id": store, "tag": "label_error", "page": 4, "page_size": 50},
            ],
            "obs": [
                "page 1/4: 50 orders, placed 11-24 08:10 .. 11-24 19:55, oldest due 11-26",
                "page 2/4: 50 orders, placed 11-24 20:02 .. 11-25 17:41",
                f"page 3/4: {count - 100 - 3} orders, placed 11-25 17:50 .. 11-27 09:12",
                "page 4/4: 3 orders, shipTo has PO Box + ups_ground (also error 120500)",
            ],
            "notes": [
                "Page 1: the oldest fifty, already past due.",
                "Page 2: fifty more from the 24th and 25th.",
                "Page 3: the rest up to this morning.",
                "Last page: three PO Box orders that also fail 120500 - UPS Ground can't deliver to PO boxes, so those need USPS.",
            ],
        },
        "corrected": {
            "repeats": "B",
            "tool": "shipstation_get_order",
            "bad_args": {"order_number": order[3:]},
            "bad_obs": f"404 order {order[3:]} not found",
            "fix": "The order numbers carry the TT- prefix.",
            "good_args": {"order_number": order},
            "good_obs": f'{{"orderNumber": "{order}", "shipTo": {{"state": "{state}"}}, "lastLabelError": "120317: Invalid ShipTo StateProvinceCode"}}',
            "note": f"'{state}' as the state.",
        },
        "poll": {
            "start_tool": "shipstation_bulk_create_labels",
            "start_args": {
                "filter": {"store_id": store, "tag": fix_tag},
                "carrier_account": "ups-nj2",
                "service": "ups_ground",
            },
            "start_obs": f"bulk job BL-{rng.randint(10000, 99999)} queued: {count} orders",
            "tool": "shipstation_bulk_job",
            "args": {"latest": True},
            "statuses": [
                "queued",
                f"processing 41/{count}",
                f"processing 117/{count}",
                f"completed {count - 3}/{count} labels; 3 failed (120500 PO Box)",
            ],
            "waits": [
                "Queued. Waiting a minute.",
                "Forty done; another minute.",
                "Most done; short wait.",
            ],
            "secs": [60, 60, 30],
            "done": f"{count - 3} labels printed; the three PO Box orders need USPS.",
        },
        "batch": {
            "intro": "Switching the three PO Box orders and two APO orders to USPS Priority, one by one.",
            "tool": "shipstation_create_label",
            "ids": [f"TT-57{rng.randint(10000000, 99999999)}" for _ in range(5)],
            "args": lambda o: {
                "order_number": o,
                "carrier": "usps",
                "service": "usps_priority_mail",
                "package": "package",
            },
            "obs": lambda r, o: "label created (usps_priority_mail)",
            "done": "All five have USPS labels.",
        },
        "docs": {
            "tool": "read_doc",
            "docs": [
                {
                    "args": {"url": "https://help.shipstation.internal/connectors/tiktok-shop-v2"},
                    "obs": "v2 connector: state_format default full_name. Set to abbreviation for UPS/FedEx. Existing orders are not changed by the setting.",
                    "summary": "Connector doc: default full_name; switching doesn't fix existing orders.",
                },
                {
                    "args": {"url": "https://wiki.internal/fulfilment/carrier-address-rules"},
                    "obs": "UPS/FedEx: 2-letter US state codes. UPS Ground: no PO Boxes (use USPS).",
                    "summary": "Carrier rules: two-letter states; no PO boxes on UPS Ground.",
                },
                {
                    "args": {"url": "https://wiki.internal/fulfilment/marketplace-sla"},
                    "obs": "TikTok Shop: late shipment = penalty; seller cancellation = strike (3 strikes = suspension).",
                    "summary": "SLA: late is a penalty, cancelling is a strike - which is why no cancellations.",
                },
            ],
            "synthesis": "So: switch the connector, abbreviate the existing orders, ship PO boxes via USPS, and accept late penalties rather than cancel.",
            "ask": "Anything that would still block?",
            "follow": "Only the PO box orders - they need USPS instead of UPS Ground.",
        },
        "edits": {
            "tool": "shipstation_automation_update",
            "edits": [
                {
                    "rule": "TT state fix",
                    "when": "store = TT Shop US (v2)",
                    "then": "set shipTo.state = abbreviate(shipTo.state)",
                },
                {
                    "rule": "TT state fix",
                    "when": "store_id = 88412",
                    "then": "set shipTo.state = abbreviate(shipTo.state)",
                },
                {
                    "rule": "TT state fix",
                    "when": "store_id = 88412 AND shipTo.country = US",
                    "then": "set shipTo.state = abbreviate(shipTo.state)",
                },
                {
                    "rule": "TT state fix",
                    "when": "store_id = 88412 AND shipTo.country = US",
                    "then": "set shipTo.state = abbreviate(shipTo.state); set service = usps_priority_mail IF shipTo.is_po_box",
                },
            ],
            "edit_obs": ["rule saved (draft)"] * 4,
            "test_tool": "shipstation_automation_test",
            "test_args": {"rule": "TT state fix", "sample": 50},
            "results": [
                "3 problems: condition uses store name (names can change); applies to non-US orders (2 CA provinces mangled); PO Box orders still fail UPS",
                "2 problems: applies to non-US orders (2 CA provinces mangled); PO Box orders still fail UPS",
                "1 problem: PO Box orders still fail UPS",
                "50/50 samples would label successfully",
            ],
            "lines": [
                "Matching on the name is fragile; using the store id.",
                "It touched Canadian orders; restricting to US.",
                "Routing PO boxes to USPS.",
                "All fifty samples pass.",
            ],
        },
        "mind": {
            "first": {
                "tool": "shipstation_bulk_update_orders",
                "args": {"filter": {"tag": fix_tag}, "set": {"service": "ups_ground"}},
                "obs": f"{count} orders updated (service ups_ground)",
                "note": "All set to UPS Ground.",
            },
            "change1": "Actually, anything under 1 lb should go UPS SurePost, it's cheaper.",
            "second": {
                "intro": "Moving the under-1 lb orders to SurePost.",
                "tool": "shipstation_bulk_update_orders",
                "args": {
                    "filter": {"tag": fix_tag, "weight_oz_lt": 16},
                    "set": {"service": "ups_surepost_less_than_1_lb"},
                },
                "obs": "63 orders updated (service ups_surepost_less_than_1_lb)",
                "note": "63 light orders on SurePost, the rest Ground.",
            },
            "change2": "And Hawaii and Alaska go 2nd Day Air, Ground takes a week there.",
            "third": {
                "intro": "Setting HI and AK orders to 2nd Day Air.",
                "tool": "shipstation_bulk_update_orders",
                "args": {
                    "filter": {"tag": fix_tag, "shipTo.state_in": ["HI", "AK"]},
                    "set": {"service": "ups_2nd_day_air"},
                },
                "obs": "4 orders updated (service ups_2nd_day_air)",
                "note": "Four HI/AK orders on 2nd Day Air.",
            },
        },
        "world": {
            "report": f"{count} orders fail UPS 120317 because the v2 connector sends full state names.",
            "recheck_line": "Listing the label errors again.",
            "change": "I switched the connector to abbreviation and ran a resync of open orders. Check the queue?",
            "after": f"orders: status=awaiting_shipment tag=label_error  total=3\nstore 'TT Shop US (v2)' ({store}): 3\nsample: TT-5781102934  ups_ground  error 120500 PO Box not allowed for service",
            "note": "Your resync fixed the states; only three PO Box orders remain, which need USPS.",
        },
        "flaky": {
            "tool": "shipstation_get_order",
            "args": {"order_number": order},
            "fails": [
                "500 Internal Server Error (ShipStation API; status page: 'elevated errors on /orders', investigating)",
                "429 Too Many Requests (X-Rate-Limit-Reset: 38)",
            ],
            "reasons": [
                "ShipStation's orders endpoint is having elevated errors per their status page. Retrying shortly.",
                "Rate limited now; the reset is 38 seconds. Waiting that out.",
            ],
            "secs": 40,
            "passes": f'{{"orderNumber": "{order}", "storeId": {store}, "shipTo": {{"city": "{city}", "state": "{state}", "postalCode": "{zipc}", "country": "US"}}, "lastLabelError": "120317: Invalid ShipTo StateProvinceCode"}}',
            "note": f"Got the order: state '{state}' in full, which UPS rejects.",
        },
    }


DOMAINS = [
    postgres_replica_lag,
    eu_vat_reverse_charge,
    broadband_line_dropouts,
    apns_push_delivery,
    pto_accrual_discrepancy,
    cdn_stale_assets,
    lms_certificate_missing,
    carrier_label_failures,
]


def build() -> list[Row]:
    rows: list[Row] = []
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        position = 0
        for category, builder in builders:
            for n in range(PER_CATEGORY):
                # rotate by one every eight rows, so each category covers all eight domains
                make = DOMAINS[(position + position // len(DOMAINS)) % len(DOMAINS)]
                position += 1
                rid = f"twentysecond-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                d = make(rng)
                steps = builder(rng, d, n)
                first = next(s for s in steps if s["kind"] == "tool")
                names_a = first["tool"] == d["A"]["tool"] and (
                    first["args"] == d["A"]["args"] or first["error"]
                )
                if steps[0]["text"] in d["openers"] and not names_a:
                    # the opener names the first lookup; rows that begin elsewhere open plainly
                    steps[0] = llm(rng.choice(d["acks"]), steps[0]["observation"])
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{category}",
                        "domain": d["name"],
                        "steps": as_observed(steps),
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).resolve().parent / "trajectories.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
