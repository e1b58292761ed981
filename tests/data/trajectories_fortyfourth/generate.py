#!/usr/bin/env python3
"""Generate the forty-fourth blind trajectory set (loop vs. progress).

Standard library only and deterministic: every row seeds its own random.Random from
SEED plus the row id, so rerunning rewrites trajectories.jsonl byte for byte.

    python3 tests/data/trajectories_fortyfourth/generate.py
"""

from __future__ import annotations

import copy
import json
import os
import random
from datetime import datetime, timedelta

SEED = 44_044_044
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "trajectories.jsonl")

# --------------------------------------------------------------------------------------
# noise: request ids, latencies, timestamps in formats real systems print
# --------------------------------------------------------------------------------------

TS_STYLES = ("iso", "iso_ms", "rfc1123", "epoch", "syslog", "offset")


class Noise:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.style = rng.choice(TS_STYLES)
        # every scenario is set around 11-13 March 2026
        self.t = datetime(
            2026, 3, rng.randint(11, 13), rng.randint(6, 19), rng.randint(0, 59), rng.randint(0, 59)
        )

    def ts(self) -> str:
        t = self.t
        if self.style == "iso":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if self.style == "iso_ms":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.rng.randint(0, 999):03d}Z"
        if self.style == "rfc1123":
            return t.strftime("%a, %d %b %Y %H:%M:%S GMT")
        if self.style == "epoch":
            return str(int((t - datetime(1970, 1, 1)).total_seconds()))
        if self.style == "syslog":
            return t.strftime("%b %d %H:%M:%S")
        return t.strftime("%Y-%m-%d %H:%M:%S+01:00")

    def fill(self, s: str) -> str:
        r = self.rng
        self.t += timedelta(seconds=r.randint(3, 80))
        out = s
        while "{rid}" in out:
            out = out.replace("{rid}", f"req_{r.getrandbits(44):011x}", 1)
        while "{trace}" in out:
            out = out.replace("{trace}", f"{r.getrandbits(64):016x}", 1)
        while "{ms}" in out:
            out = out.replace("{ms}", str(r.randint(31, 1480)), 1)
        while "{ts}" in out:
            out = out.replace("{ts}", self.ts(), 1)
        while "{date}" in out:
            out = out.replace("{date}", self.t.strftime("%d %b %Y"), 1)
        return out


# --------------------------------------------------------------------------------------
# step builders
# --------------------------------------------------------------------------------------


def T(name, args, obs, err=False):
    return (name, args, obs, err)


def llm(text, obs=None):
    step = {"kind": "llm", "text": text}
    if obs is not None:
        step["observation"] = obs
    return step


def call(t, nz, args=None, frozen=None):
    name, a, obs, err = t
    return {
        "kind": "tool",
        "tool": name,
        "args": copy.deepcopy(a if args is None else args),
        "observation": frozen if frozen is not None else nz.fill(obs),
        "error": bool(err),
    }


def shuffled_args(args, rng):
    keys = list(args)
    rng.shuffle(keys)
    return {k: copy.deepcopy(args[k]) for k in keys}


def opening(d, rng, nz, n_warm=None, note=None):
    steps = [llm(d["plan"], obs=d["request"])]
    k = n_warm if n_warm is not None else rng.choice([1, 2])
    steps.extend(call(t, nz) for t in d["warmup"][:k])
    if note if note is not None else (k == 1 or rng.random() < 0.5):
        steps.append(llm(d["warm_note"] if k >= 2 else d["warm_note1"]))
    return steps


APOLOGIES = [
    "You're right, I apologise for the confusion. ",
    "Sorry about that, let me correct it. ",
    "Apologies, you're correct. Here is the corrected answer: ",
    "I'm sorry for the error. To correct that: ",
    "Thanks for catching that, and sorry. Corrected: ",
]

# --------------------------------------------------------------------------------------
# loop kinds
# --------------------------------------------------------------------------------------


def loop_exact_repeat(d, rng, nz):
    s = opening(d, rng, nz)
    lk = d["look"]
    obs = nz.fill(lk["t"][2])
    shape = rng.choice(["pair", "triple", "pair"])
    k = rng.choice([3, 4, 5]) if shape == "pair" else rng.choice([3, 4])
    for _ in range(k):
        s.append(llm(lk["say"][0]))
        s.append(call(lk["t"], nz, frozen=obs))
        if shape == "triple":
            s.append(llm(lk["after"]))
    return s


def loop_paraphrased_repeat(d, rng, nz):
    s = opening(d, rng, nz)
    lk = d["look"]
    vary = rng.random() < 0.6
    k = rng.choice([3, 4, 5])
    says = lk["say"][:]
    rng.shuffle(says)
    for i in range(k):
        s.append(llm(says[i]))
        args = lk["variants"][i % len(lk["variants"])] if vary else lk["t"][1]
        s.append(call(lk["t"], nz, args=args))
        if i == 1 and rng.random() < 0.5:
            s.append(llm(lk["after"]))
    return s


def loop_ab_oscillation(d, rng, nz):
    s = opening(d, rng, nz)
    a, b = d["ab"]["a"], d["ab"]["b"]
    talk = rng.choice(["none", "each", "first"])
    k = rng.choice([3, 4]) if talk != "each" else 3
    for i in range(k):
        if talk == "each" or (talk == "first" and i == 0):
            s.append(llm(d["ab"]["say_a"]))
        s.append(call(a, nz))
        if talk == "each":
            s.append(llm(d["ab"]["say_b"]))
        s.append(call(b, nz))
    return s


def loop_repeated_failing_tool(d, rng, nz):
    s = opening(d, rng, nz)
    f = d["fail"]
    k = rng.choice([4, 5, 6])
    talk = rng.random() < 0.5
    for i in range(k):
        if talk and i > 0 and i % 2 == 1:
            s.append(llm(f["retry_say"][(i // 2) % len(f["retry_say"])]))
        s.append(call(f["t"], nz))
    return s


def loop_same_action_same_observation(d, rng, nz):
    s = opening(d, rng, nz)
    p = d["poll"]
    k = rng.choice([4, 5, 6])
    talk = rng.choice(["each", "some"])
    for i in range(k):
        if talk == "each" or i % 2 == 0:
            s.append(llm(p["say"][i % len(p["say"])]))
        s.append(call(p["stuck"], nz))
    return s


def _ws_variant(text, rng, i):
    if i == 0:
        return text
    v = rng.choice(["same", "trail", "double", "nl", "same"])
    if v == "trail":
        return text + " "
    if v == "double":
        return text.replace(" ", "  ", 1)
    if v == "nl":
        return text + "\n"
    return text


def loop_identical_monologue(d, rng, nz):
    s = opening(d, rng, nz, n_warm=2, note=rng.random() < 0.5)
    k = rng.choice([5, 6, 7])
    m = d["mono"]
    for i in range(k):
        s.append(llm(_ws_variant(m, rng, i)))
    return s


def loop_identical_tool_calls(d, rng, nz):
    s = opening(d, rng, nz, n_warm=1, note=rng.random() < 0.5)
    t = d["warmup"][1]
    k = max(rng.choice([4, 5, 6, 7]), 8 - len(s))
    for i in range(k):
        args = shuffled_args(t[1], rng) if i and rng.random() < 0.5 else t[1]
        s.append(call(t, nz, args=args))
    return s


def loop_stuck_pagination(d, rng, nz):
    s = opening(d, rng, nz)
    pg = d["page"]
    first = pg["pages"][0]
    s.append(llm(pg["say_first"]))
    s.append(call((pg["tool"], pg["args"], first, False), nz))
    k = rng.choice([3, 4, 5])
    talk = rng.random() < 0.5
    for i in range(k):
        if talk or i == 0:
            s.append(llm(pg["say_next"][i % len(pg["say_next"])]))
        args = dict(pg["args"])
        args[pg["wrong_key"]] = pg["cursors"][0]
        s.append(call((pg["tool"], args, first, False), nz))
    return s


def loop_apology_loop(d, rng, nz):
    s = opening(d, rng, nz, n_warm=2, note=True)
    q = d["qa"]
    s.append(llm(q["a"], obs=q["q"]))
    k = rng.choice([3, 4])
    ap = APOLOGIES[:]
    rng.shuffle(ap)
    for i in range(k):
        s.append(llm(ap[i] + q["a"], obs=q["complaints"][i]))
    return s


def loop_three_step_cycle(d, rng, nz):
    s = opening(d, rng, nz)
    c = d["cycle"]
    k = 3 if len(s) > 3 else rng.choice([3, 4])
    if rng.random() < 0.5:
        s.append(llm(c["say"]))
    for _ in range(k):
        for t in c["steps"]:
            s.append(call(t, nz))
    return s[:18]


def loop_cosmetic_retry(d, rng, nz):
    s = opening(d, rng, nz)
    f = d["fail"]
    s.append(call(f["t"], nz))
    cos = f["cosmetic"][:]
    rng.shuffle(cos)
    k = rng.choice([3, 4, 5])
    talk = rng.random() < 0.6
    for i in range(k):
        say, args = cos[i % len(cos)]
        if talk:
            s.append(llm(say))
        s.append(call(f["t"], nz, args=args))
    return s


def _finish_work(d, nz):
    """The last piece of genuine work before the agent reports its result."""
    r = d["rerun"]
    say, tools = r["fixes"][-1]
    steps = [llm(say)] + [call(t, nz) for t in tools]
    out, err = r["runs"][-1]
    steps.append(call((r["tool"], r["args"], out, err), nz))
    steps.extend(call(t, nz) for t in d["verify"].get("extra", []))
    return steps


def loop_verification_loop(d, rng, nz):
    s = opening(d, rng, nz, n_warm=2, note=False)
    v = d["verify"]
    s.extend(_finish_work(d, nz))
    s.append(llm(v["result"]))
    k = min(rng.choice([3, 4, 5]), (18 - len(s)) // 2)
    says = v["say"][:]
    rng.shuffle(says)
    for i in range(k):
        s.append(llm(says[i]))
        s.append(call(v["t"], nz))
    return s


def loop_zero_result_rewording(d, rng, nz):
    s = opening(d, rng, nz)
    z = d["zero"]
    k = rng.choice([4, 5, 6])
    talk = rng.random() < 0.6
    for i in range(k):
        if talk or i == 0:
            s.append(llm(z["say"][i % len(z["say"])]))
        s.append(call((z["tool"], {z["key"]: z["queries"][i]}, z["obs"], False), nz))
    return s


# --------------------------------------------------------------------------------------
# progress kinds (each the near miss of one loop kind)
# --------------------------------------------------------------------------------------


def prog_rerun_after_fix(d, rng, nz):
    s = opening(d, rng, nz, n_warm=rng.choice([1, 2]), note=False)
    r = d["rerun"]
    s.append(llm(r["say"]))
    for i, out in enumerate(r["runs"]):
        s.append(call((r["tool"], r["args"], out[0], out[1]), nz))
        if i < len(r["fixes"]):
            say, ts = r["fixes"][i]
            s.append(llm(say))
            for t in ts:
                s.append(call(t, nz))
    s.append(llm(r["done"]))
    return s


def prog_related_lookups(d, rng, nz):
    s = opening(d, rng, nz)
    rel = d["related"]
    k = rng.choice([3, 4]) if len(s) > 3 else len(rel["items"])
    for say, t in rel["items"][:k]:
        s.append(llm(say))
        s.append(call(t, nz))
    s.append(llm(rel["summary"]))
    return s


def prog_alternating_compare(d, rng, nz):
    s = opening(d, rng, nz)
    ap = d["ab_prog"]
    talk = rng.random() < 0.5
    secs = ap["sections"] if len(s) <= 3 or not talk else ap["sections"][:3]
    for say, ta, tb in secs:
        if talk:
            s.append(llm(say))
        s.append(call(ta, nz))
        s.append(call(tb, nz))
    s.append(llm(ap["summary"]))
    return s


def prog_retry_corrected_argument(d, rng, nz):
    s = opening(d, rng, nz)
    f = d["fail"]
    s.append(call(f["t"], nz))
    if rng.random() < 0.5:
        s.append(llm(f["retry_say"][0]))
        s.append(call(f["t"], nz))
    s.append(llm(f["diag"]))
    if f.get("lookup") and rng.random() < 0.6:
        s.append(call(f["lookup"], nz))
    s.append(call(f["fixed"], nz))
    for t in f["after"]:
        s.append(call(t, nz))
    s.append(llm(f["done"]))
    return s


def prog_polling_until_change(d, rng, nz):
    s = opening(d, rng, nz)
    p = d["poll"]
    s.append(llm(p["start_say"]))
    s.append(call(p["start"], nz))
    wait = rng.choice(p["wait_say"])
    for i, obs in enumerate(p["seq"]):
        s.append(call((p["seq_tool"], p["seq_args"], obs, False), nz))
        if i < len(p["seq"]) - 1:
            s.append(llm(wait))
    s.append(llm(p["done"]))
    return s


def prog_sectioned_report(d, rng, nz):
    s = opening(d, rng, nz, n_warm=2, note=rng.random() < 0.5)
    for text in d["sections"]:
        s.append(llm(text))
    return s


def prog_batch_over_items(d, rng, nz):
    s = opening(d, rng, nz, n_warm=1, note=rng.random() < 0.5)
    b = d["batch"]
    if rng.random() < 0.5:
        s.append(llm(b["say"]))
    for args, obs in b["items"]:
        s.append(call((b["tool"], args, obs, False), nz))
    s.append(llm(b["summary"]))
    return s


def prog_paging_through_results(d, rng, nz):
    s = opening(d, rng, nz)
    pg = d["page"]
    s.append(llm(pg["say_first"]))
    talk = rng.random() < 0.5
    for i, obs in enumerate(pg["pages"]):
        args = dict(pg["args"])
        if i:
            args[pg["cursor_key"]] = pg["cursors"][i - 1]
            if talk:
                s.append(llm(pg["say_next"][(i - 1) % len(pg["say_next"])]))
        s.append(call((pg["tool"], args, obs, False), nz))
    s.append(llm(pg["summary"]))
    return s


def prog_user_driven_revisions(d, rng, nz):
    s = opening(d, rng, nz, n_warm=2, note=True)
    q = d["qa"]
    s.append(llm(q["a"], obs=q["q"]))
    for user, ans in q["revisions"]:
        s.append(llm(ans, obs=user))
    return s


def prog_per_item_workflow(d, rng, nz):
    s = opening(d, rng, nz, n_warm=rng.choice([1, 2]), note=False)
    w = d["workflow"]
    s.append(llm(w["say"]))
    for item in w["items"]:
        for t in item:
            s.append(call(t, nz))
    s.append(llm(w["done"]))
    return s[:18]


def prog_error_driven_fixes(d, rng, nz):
    s = opening(d, rng, nz)
    ch = d["chain"]
    for say, t in ch["steps"]:
        s.append(llm(say))
        s.append(call(t, nz))
    s.append(llm(ch["done"]))
    return s


def prog_distinct_final_checks(d, rng, nz):
    s = opening(d, rng, nz, n_warm=2, note=False)
    v = d["verify"]
    s.extend(_finish_work(d, nz))
    s.append(llm(v["result"]))
    for say, t in v["checks"]:
        s.append(llm(say))
        s.append(call(t, nz))
    s.append(llm(v["final"]))
    return s


def prog_query_refinement(d, rng, nz):
    s = opening(d, rng, nz)
    rf = d["refine"]
    for say, t in rf["steps"]:
        s.append(llm(say))
        s.append(call(t, nz))
    s.append(llm(rf["done"]))
    return s


PAIRS = [
    ("exact_repeat", loop_exact_repeat, "rerun_after_fix", prog_rerun_after_fix),
    ("paraphrased_repeat", loop_paraphrased_repeat, "related_lookups", prog_related_lookups),
    ("ab_oscillation", loop_ab_oscillation, "alternating_compare", prog_alternating_compare),
    (
        "repeated_failing_tool",
        loop_repeated_failing_tool,
        "retry_corrected_argument",
        prog_retry_corrected_argument,
    ),
    (
        "same_action_same_observation",
        loop_same_action_same_observation,
        "polling_until_change",
        prog_polling_until_change,
    ),
    ("identical_monologue", loop_identical_monologue, "sectioned_report", prog_sectioned_report),
    ("identical_tool_calls", loop_identical_tool_calls, "batch_over_items", prog_batch_over_items),
    (
        "stuck_pagination",
        loop_stuck_pagination,
        "paging_through_results",
        prog_paging_through_results,
    ),
    ("apology_loop", loop_apology_loop, "user_driven_revisions", prog_user_driven_revisions),
    ("three_step_cycle", loop_three_step_cycle, "per_item_workflow", prog_per_item_workflow),
    ("cosmetic_retry", loop_cosmetic_retry, "error_driven_fixes", prog_error_driven_fixes),
    (
        "verification_loop",
        loop_verification_loop,
        "distinct_final_checks",
        prog_distinct_final_checks,
    ),
    (
        "zero_result_rewording",
        loop_zero_result_rewording,
        "query_refinement",
        prog_query_refinement,
    ),
]

DOMAINS: list[dict] = []

# ======================================================================================
# domain 1: hvac_commissioning
# ======================================================================================

DOMAINS.append(
    {
        "name": "hvac_commissioning",
        "request": "We hand over the new HVAC plant at Kestrel House (levels 2-4) on Friday. Can you go "
        "through the commissioning tracker and the BMS and tell me what is still open "
        "before handover, and fix what you safely can?",
        "plan": "I'll pull the open functional performance test (FPT) items for Kestrel House from the "
        "commissioning tracker first, then check the live BMS points for the units that are "
        "still failing.",
        "warmup": [
            T(
                "cx_tracker.list_open",
                {"site": "kestrel-house", "phase": "FPT"},
                "site=kestrel-house phase=FPT open_items=7 fetched_at={ts} request_id={rid}\n"
                "- CX-112 AHU-2 economiser damper FPT: FAIL (damper stuck at 35%)\n"
                "- CX-118 VAV-3-14 airflow FPT: not started\n"
                "- CX-121 VAV-3-22 reheat valve FPT: FAIL (valve not modulating)\n"
                "- CX-126 AHU-3 static pressure reset: in progress\n"
                "- CX-130 CHW pump P-2 VFD start-up: awaiting vendor\n"
                "- CX-133 VAV-4-07 minimum airflow: not started\n"
                "- CX-137 BMS 7-day trend logs: in progress",
            ),
            T(
                "bms.read_points",
                {"device": "AHU-2", "points": ["OA_DMPR_CMD", "OA_DMPR_POS", "MAT", "SAT"]},
                "device=AHU-2 read_at={ts} latency={ms}ms\n"
                "OA_DMPR_CMD   65.0 %\nOA_DMPR_POS   35.2 %\nMAT           17.8 degC\nSAT           13.1 degC\n"
                "active alarm: OA_DMPR_POS deviates from command by >20% for 42 min",
            ),
        ],
        "warm_note": "Seven FPT items are open. AHU-2's outdoor-air damper is commanded to 65% but feeds "
        "back 35%, which matches the CX-112 failure; that is mechanical (actuator or "
        "linkage), so it needs the controls contractor on site rather than a BMS change.",
        "warm_note1": "Seven FPT items are open; two are outright failures (CX-112 and CX-121) and one "
        "is waiting on the pump vendor. I'll work through the ones I can test remotely.",
        "look": {
            "t": T(
                "docs.search",
                {"query": "VAV-3-14 design airflow schedule"},
                "3 results ({ms} ms, request {rid})\n"
                "1. M-601 VAV Schedule rev C, row VAV-3-14: max 850 m3/h, min 255 m3/h, reheat 2.1 kW\n"
                "2. M-301 Level 3 ductwork layout rev D (mentions VAV-3-14)\n"
                "3. CX-118 FPT script: vav_airflow_fpt.pdf",
            ),
            "say": [
                "Let me look up the design airflow for VAV-3-14 in the mechanical schedule.",
                "I'll check the VAV schedule again for VAV-3-14's design airflow.",
                "Let me pull up the scheduled maximum and minimum airflow for VAV-3-14 once more.",
                "I'll search the drawings for the VAV-3-14 design airflow again to be sure.",
                "Going back to the M-601 schedule to confirm the VAV-3-14 airflow figures.",
                "Let me re-check what the schedule says VAV-3-14 should be delivering.",
            ],
            "variants": [
                {"query": "VAV-3-14 design airflow schedule"},
                {"query": "design airflow VAV-3-14"},
                {"query": "VAV-3-14 max min airflow M-601"},
                {"query": "VAV 3-14 scheduled airflow"},
            ],
            "after": "The schedule gives VAV-3-14 a maximum of 850 m3/h and a minimum of 255 m3/h.",
        },
        "related": {
            "items": [
                (
                    "Let me look up the design airflow for VAV-3-14 in the mechanical schedule.",
                    T(
                        "docs.search",
                        {"query": "VAV-3-14 design airflow schedule"},
                        "3 results ({ms} ms, request {rid})\n1. M-601 VAV Schedule rev C, row VAV-3-14: max 850 m3/h, "
                        "min 255 m3/h, reheat 2.1 kW",
                    ),
                ),
                (
                    "Now the same figures for VAV-4-07, which is CX-133's box.",
                    T(
                        "docs.search",
                        {"query": "VAV-4-07 design airflow schedule"},
                        "2 results ({ms} ms, request {rid})\n1. M-601 VAV Schedule rev C, row VAV-4-07: max 620 m3/h, "
                        "min 190 m3/h, no reheat",
                    ),
                ),
                (
                    "And the static pressure reset limits for AHU-3 from the sequence of operations.",
                    T(
                        "docs.get",
                        {"doc": "SOO-AHU rev B", "section": "4.3"},
                        "4.3 Duct static pressure reset: trim-and-respond, SP0 250 Pa, SPmin 150 Pa, SPmax 375 Pa, "
                        "trim -12 Pa every 2 min, respond +15 Pa per request above 2 ignores",
                    ),
                ),
                (
                    "Finally the duty point for chilled water pump P-2.",
                    T(
                        "docs.search",
                        {"query": "P-2 chilled water pump duty"},
                        "1 result ({ms} ms, request {rid})\n1. M-701 Pump Schedule rev B, P-2: 18.4 l/s at 142 kPa, "
                        "15 kW, VFD Danfoss FC102",
                    ),
                ),
                (
                    "One more: the reheat valve size for VAV-3-22, since CX-121 failed on modulation.",
                    T(
                        "docs.search",
                        {"query": "VAV-3-22 reheat valve Kvs"},
                        "1 result ({ms} ms, request {rid})\n1. M-601 VAV Schedule rev C, row VAV-3-22: reheat 2.8 kW, "
                        "2-port valve DN15 Kvs 1.0, actuator 0-10 V",
                    ),
                ),
            ],
            "summary": "Design targets gathered: VAV-3-14 850/255 m3/h, VAV-4-07 620/190 m3/h, AHU-3 "
            "static reset 150-375 Pa, P-2 18.4 l/s at 142 kPa, VAV-3-22 valve Kvs 1.0 on "
            "0-10 V. I can now test each open item against its own target.",
        },
        "rerun": {
            "say": "CX-121 failed on reheat modulation. I'll rerun its FPT script to see exactly where it fails.",
            "tool": "cx_tracker.run_fpt",
            "args": {"item": "CX-121", "script": "vav_reheat_fpt"},
            "runs": [
                (
                    "FPT vav_reheat_fpt VAV-3-22 run {rid} at {ts}: FAIL at step 4/6: RHV_CMD 80% but DAT "
                    "rise 0.3 K after 300 s (expected >= 5 K)",
                    True,
                ),
                (
                    "FPT vav_reheat_fpt VAV-3-22 run {rid} at {ts}: FAIL at step 5/6: DAT overshoot 4.1 K "
                    "above setpoint, oscillation period 95 s",
                    True,
                ),
                (
                    "FPT vav_reheat_fpt VAV-3-22 run {rid} at {ts}: PASS 6/6: DAT within 0.6 K of setpoint "
                    "after 410 s, no sustained oscillation",
                    False,
                ),
            ],
            "fixes": [
                (
                    "The valve doesn't respond to its command at all. Let me check which output the "
                    "command is mapped to, and remap it if it is wrong.",
                    [
                        T(
                            "bms.get_io_map",
                            {"device": "VAV-3-22"},
                            "VAV-3-22 io map ({ms} ms): RHV_CMD -> AO-3; AO-3 terminal: unused; "
                            "AO-4 terminal: reheat valve actuator (wired per as-built W-22)",
                        ),
                        T(
                            "bms.set_io_map",
                            {"device": "VAV-3-22", "point": "RHV_CMD", "output": "AO-4"},
                            "OK request_id={rid}: VAV-3-22 RHV_CMD -> AO-4 (controller restarted in {ms} ms)",
                        ),
                    ],
                ),
                (
                    "The valve now responds but the loop overshoots and hunts. I'll lower the proportional "
                    "gain from 2.5 to 1.2 and lengthen the integral time to 180 s.",
                    [
                        T(
                            "bms.write_point",
                            {"device": "VAV-3-22", "point": "RHV_KP", "value": 1.2},
                            "OK request_id={rid}: VAV-3-22/RHV_KP = 1.2",
                        ),
                        T(
                            "bms.write_point",
                            {"device": "VAV-3-22", "point": "RHV_TI", "value": 180},
                            "OK request_id={rid}: VAV-3-22/RHV_TI = 180 s",
                        ),
                    ],
                ),
            ],
            "done": "CX-121 now passes: the command was mapped to an unused output and the loop needed "
            "a gentler gain. Both changes are logged against the item.",
        },
        "fail": {
            "t": T(
                "bms.write_point",
                {"device": "VAV-3-14", "point": "AIRFLOW_SP", "value": 850},
                "ERROR 422 request_id={rid}: value 850 out of range for VAV-3-14/AIRFLOW_SP "
                "(units L/s, writable range 0-400)",
                True,
            ),
            "retry_say": [
                "The write was rejected; trying again.",
                "Retrying the setpoint write for VAV-3-14.",
                "Let me try the write once more.",
            ],
            "cosmetic": [
                (
                    "Maybe the device name is case sensitive; trying lower case.",
                    {"device": "vav-3-14", "point": "AIRFLOW_SP", "value": 850},
                ),
                (
                    "Trying the value as a string.",
                    {"device": "VAV-3-14", "point": "AIRFLOW_SP", "value": "850"},
                ),
                (
                    "Trying it as a float.",
                    {"device": "VAV-3-14", "point": "AIRFLOW_SP", "value": 850.0},
                ),
                (
                    "Perhaps the point name needs lower case.",
                    {"device": "VAV-3-14", "point": "airflow_sp", "value": 850},
                ),
                (
                    "Trying with the argument order changed.",
                    {"value": 850, "point": "AIRFLOW_SP", "device": "VAV-3-14"},
                ),
            ],
            "diag": "The controller works in L/s, not m3/h. 850 m3/h / 3.6 = 236 L/s, which is inside "
            "the 0-400 range, so I'll write 236.",
            "lookup": T(
                "bms.describe_point",
                {"device": "VAV-3-14", "point": "AIRFLOW_SP"},
                "VAV-3-14/AIRFLOW_SP: analog value, units L/s, range 0-400, priority array "
                "slot 8 free, relinquish default 180",
            ),
            "fixed": T(
                "bms.write_point",
                {"device": "VAV-3-14", "point": "AIRFLOW_SP", "value": 236},
                "OK request_id={rid}: VAV-3-14/AIRFLOW_SP = 236 L/s at priority 8 ({ms} ms)",
            ),
            "after": [
                T(
                    "bms.read_points",
                    {"device": "VAV-3-14", "points": ["AIRFLOW", "DMPR_POS"]},
                    "device=VAV-3-14 read_at={ts}\nAIRFLOW   231.4 L/s\nDMPR_POS  78.0 %",
                )
            ],
            "done": "VAV-3-14 is now delivering 231 L/s against a 236 L/s setpoint, about 2% low and "
            "within the 10% FPT tolerance, so CX-118 can be recorded as a pass.",
        },
        "chain": {
            "steps": [
                (
                    "I'll export the 7-day trend logs that CX-137 needs.",
                    T(
                        "bms.export_trends",
                        {"devices": ["AHU-2", "AHU-3"], "from": "2026-03-01", "to": "2026-03-08"},
                        "ERROR 400 request_id={rid}: 'interval' is required for multi-device exports",
                        True,
                    ),
                ),
                (
                    "It needs an interval; the CX spec asks for 15 minutes.",
                    T(
                        "bms.export_trends",
                        {
                            "devices": ["AHU-2", "AHU-3"],
                            "from": "2026-03-01",
                            "to": "2026-03-08",
                            "interval": "15m",
                        },
                        "ERROR 400 request_id={rid}: range 2026-03-01..2026-03-08 is 8 days ('to' is inclusive); "
                        "maximum is 7",
                        True,
                    ),
                ),
                (
                    "The end date is inclusive, so the week ends on the 7th.",
                    T(
                        "bms.export_trends",
                        {
                            "devices": ["AHU-2", "AHU-3"],
                            "from": "2026-03-01",
                            "to": "2026-03-07",
                            "interval": "15m",
                        },
                        "ERROR 413 request_id={rid}: export of 1344 rows x 46 points exceeds synchronous limit; "
                        "pass async=true",
                        True,
                    ),
                ),
                (
                    "Too big for a synchronous export; switching to async.",
                    T(
                        "bms.export_trends",
                        {
                            "devices": ["AHU-2", "AHU-3"],
                            "from": "2026-03-01",
                            "to": "2026-03-07",
                            "interval": "15m",
                            "async": True,
                        },
                        "202 Accepted request_id={rid}: job exp-5521 queued, estimated 3 min",
                    ),
                ),
            ],
            "done": "The trend export for CX-137 is queued as job exp-5521; each failure told me one "
            "missing or wrong parameter and the last call was accepted.",
        },
        "ab": {
            "a": T(
                "bms.read_points",
                {"device": "AHU-3", "points": ["DSP", "DSP_SP"]},
                "device=AHU-3 read_at={ts} latency={ms}ms\nDSP     310 Pa\nDSP_SP  375 Pa",
            ),
            "b": T(
                "docs.get",
                {"doc": "SOO-AHU rev B", "section": "4.3"},
                "4.3 Duct static pressure reset: trim-and-respond, SP0 250 Pa, SPmin 150 Pa, SPmax 375 Pa, "
                "trim -12 Pa every 2 min, respond +15 Pa per request above 2 ignores",
            ),
            "say_a": "Let me look at AHU-3's live duct static pressure against its setpoint.",
            "say_b": "Static is below setpoint; let me check what the sequence says the reset should do.",
        },
        "ab_prog": {
            "sections": [
                (
                    "VAV-3-14 first: scheduled versus measured.",
                    T(
                        "docs.get",
                        {"doc": "M-601 rev C", "row": "VAV-3-14"},
                        "VAV-3-14: max 850 m3/h (236 L/s), min 255 m3/h (71 L/s)",
                    ),
                    T(
                        "bms.read_points",
                        {"device": "VAV-3-14", "points": ["AIRFLOW_MAX", "AIRFLOW_MIN"]},
                        "device=VAV-3-14 read_at={ts}\nAIRFLOW_MAX 236 L/s\nAIRFLOW_MIN 71 L/s",
                    ),
                ),
                (
                    "Now VAV-4-07.",
                    T(
                        "docs.get",
                        {"doc": "M-601 rev C", "row": "VAV-4-07"},
                        "VAV-4-07: max 620 m3/h (172 L/s), min 190 m3/h (53 L/s)",
                    ),
                    T(
                        "bms.read_points",
                        {"device": "VAV-4-07", "points": ["AIRFLOW_MAX", "AIRFLOW_MIN"]},
                        "device=VAV-4-07 read_at={ts}\nAIRFLOW_MAX 172 L/s\nAIRFLOW_MIN 35 L/s",
                    ),
                ),
                (
                    "Next VAV-4-11.",
                    T(
                        "docs.get",
                        {"doc": "M-601 rev C", "row": "VAV-4-11"},
                        "VAV-4-11: max 540 m3/h (150 L/s), min 160 m3/h (44 L/s)",
                    ),
                    T(
                        "bms.read_points",
                        {"device": "VAV-4-11", "points": ["AIRFLOW_MAX", "AIRFLOW_MIN"]},
                        "device=VAV-4-11 read_at={ts}\nAIRFLOW_MAX 150 L/s\nAIRFLOW_MIN 44 L/s",
                    ),
                ),
                (
                    "And VAV-3-22.",
                    T(
                        "docs.get",
                        {"doc": "M-601 rev C", "row": "VAV-3-22"},
                        "VAV-3-22: max 700 m3/h (194 L/s), min 210 m3/h (58 L/s)",
                    ),
                    T(
                        "bms.read_points",
                        {"device": "VAV-3-22", "points": ["AIRFLOW_MAX", "AIRFLOW_MIN"]},
                        "device=VAV-3-22 read_at={ts}\nAIRFLOW_MAX 200 L/s\nAIRFLOW_MIN 58 L/s",
                    ),
                ),
            ],
            "summary": "Only two mismatches: VAV-4-07's minimum is 35 L/s against a scheduled 53 L/s "
            "(that's CX-133), and VAV-3-22's maximum is 200 instead of 194 L/s, within tolerance.",
        },
        "batch": {
            "tool": "cx_tracker.get_item",
            "say": "I'll open each remaining item to see its evidence and owner.",
            "items": [
                (
                    {"item": "CX-112"},
                    "CX-112 AHU-2 economiser damper | FAIL | owner: Northgate Controls | evidence: fpt_0311.pdf | updated {ts}",
                ),
                (
                    {"item": "CX-118"},
                    "CX-118 VAV-3-14 airflow | NOT STARTED | owner: CxA | evidence: none | updated {ts}",
                ),
                (
                    {"item": "CX-126"},
                    "CX-126 AHU-3 static reset | IN PROGRESS | owner: Northgate Controls | evidence: trend_ahu3_0309.csv | updated {ts}",
                ),
                (
                    {"item": "CX-130"},
                    "CX-130 P-2 VFD start-up | AWAITING VENDOR | owner: Danfoss service | ticket VND-88213 | updated {ts}",
                ),
                (
                    {"item": "CX-133"},
                    "CX-133 VAV-4-07 min airflow | NOT STARTED | owner: CxA | evidence: none | updated {ts}",
                ),
                (
                    {"item": "CX-137"},
                    "CX-137 7-day trend logs | IN PROGRESS | owner: BMS integrator | evidence: partial export 03-01..03-04 | updated {ts}",
                ),
            ],
            "summary": "Two items are mine to test (CX-118, CX-133), two sit with Northgate Controls, one "
            "with the pump vendor and one with the BMS integrator.",
        },
        "page": {
            "tool": "bms.alarm_history",
            "args": {"site": "kestrel-house", "since": "2026-03-01", "limit": 50},
            "cursor_key": "page_token",
            "wrong_key": "cursor",
            "cursors": ["eyJvIjo1MH0", "eyJvIjoxMDB9", "eyJvIjoxNTB9"],
            "pages": [
                "alarms 1-50 of 163 ({ms} ms)\n03-01 06:12 AHU-2 OA_DMPR_POS deviation\n03-01 06:40 VAV-3-22 DAT low\n"
                "... 48 more ...\nnext_page_token: eyJvIjo1MH0",
                "alarms 51-100 of 163 ({ms} ms)\n03-03 07:02 AHU-3 DSP low\n03-03 07:15 P-2 VFD comms loss\n"
                "... 48 more ...\nnext_page_token: eyJvIjoxMDB9",
                "alarms 101-150 of 163 ({ms} ms)\n03-05 05:58 AHU-2 OA_DMPR_POS deviation\n03-05 09:30 VAV-4-07 airflow low\n"
                "... 48 more ...\nnext_page_token: eyJvIjoxNTB9",
                "alarms 151-163 of 163 ({ms} ms)\n03-07 06:05 AHU-2 OA_DMPR_POS deviation\n03-07 18:22 CHW supply temp high\n"
                "... 11 more ...\nnext_page_token: null",
            ],
            "say_first": "I'll pull the alarm history since 1 March to see which faults recur.",
            "say_next": [
                "Fetching the next page of alarms.",
                "Next page.",
                "Continuing to the next page.",
            ],
            "summary": "163 alarms in total. AHU-2's damper deviation recurs every morning at start-up "
            "(31 times), P-2 drops comms 9 times, and VAV-4-07 low airflow appears 12 times.",
        },
        "poll": {
            "stuck": T(
                "vendor_portal.ticket_status",
                {"ticket": "VND-88213"},
                "VND-88213 | P-2 VFD start-up visit | status: AWAITING CUSTOMER | note: 'Please "
                "confirm site access date and induction contact' | last_update 2026-03-06 | checked_at {ts}",
            ),
            "say": [
                "Let me check whether the vendor has scheduled the P-2 VFD visit.",
                "Checking the vendor ticket again.",
                "Let me see if there's movement on VND-88213.",
                "I'll look at the ticket once more in case it has updated.",
                "Checking VND-88213 again.",
            ],
            "start_say": "The trend export is queued; I'll watch it until the file is ready.",
            "start": T(
                "bms.export_trends",
                {
                    "devices": ["AHU-2", "AHU-3"],
                    "from": "2026-03-01",
                    "to": "2026-03-07",
                    "interval": "15m",
                    "async": True,
                },
                "202 Accepted request_id={rid}: job exp-5521 queued",
            ),
            "seq_tool": "bms.export_status",
            "seq_args": {"job": "exp-5521"},
            "seq": [
                "exp-5521 QUEUED position 2 ({ts})",
                "exp-5521 RUNNING 38% rows 511/1344 ({ts})",
                "exp-5521 RUNNING 81% rows 1089/1344 ({ts})",
                "exp-5521 COMPLETE rows 1344 file trends_kestrel_0301_0307.csv 4.2 MB ({ts})",
            ],
            "wait_say": [
                "Still running; I'll check again in a minute.",
                "Not finished yet, checking again shortly.",
            ],
            "done": "The 7-day trend file is ready and I've attached it to CX-137.",
        },
        "qa": {
            "q": "Quick one: what's the minimum outdoor air rate for level 3 in the design basis?",
            "a": "Per the design basis (DB-02 section 5.1), level 3 needs at least 1,420 L/s of outdoor "
            "air: 142 occupants at 10 L/s per person.",
            "complaints": [
                "That's not right, level 3 has 168 occupants since the fit-out change.",
                "Still wrong. Check the fit-out revision, it isn't 142 people.",
                "You've given me the same number again.",
                "No. 1,420 is the old figure. Please use the revised occupancy.",
            ],
            "revisions": [
                (
                    "Level 3 has 168 occupants since the fit-out change, can you redo it?",
                    "With 168 occupants at 10 L/s per person, level 3 needs 1,680 L/s of outdoor air.",
                ),
                (
                    "Also add the 0.3 L/s per m2 area allowance for the 1,850 m2 floor.",
                    "Adding 0.3 x 1,850 = 555 L/s for the area gives 2,235 L/s in total for level 3.",
                ),
                (
                    "How does that compare with AHU-3's minimum OA setpoint?",
                    "AHU-3's minimum outdoor air setpoint is 2,000 L/s, so it is 235 L/s (about 11%) short of "
                    "the revised 2,235 L/s; the setpoint should be raised before handover.",
                ),
            ],
        },
        "cycle": {
            "say": "I'll try a higher proportional gain on VAV-3-22's reheat loop and rerun the test.",
            "steps": [
                T(
                    "bms.write_point",
                    {"device": "VAV-3-22", "point": "RHV_KP", "value": 4.0},
                    "OK request_id={rid}: VAV-3-22/RHV_KP = 4.0",
                ),
                T(
                    "cx_tracker.run_fpt",
                    {"item": "CX-121", "script": "vav_reheat_fpt"},
                    "FPT vav_reheat_fpt VAV-3-22 run {rid}: FAIL at step 5/6: DAT overshoot 4.1 K, oscillation period 95 s",
                    True,
                ),
                T(
                    "bms.write_point",
                    {"device": "VAV-3-22", "point": "RHV_KP", "value": 2.5},
                    "OK request_id={rid}: VAV-3-22/RHV_KP = 2.5 (restored)",
                ),
            ],
        },
        "workflow": {
            "say": "For each box still needing an airflow test I'll drive it to maximum, read the flow, and record the result.",
            "items": [
                [
                    T(
                        "bms.write_point",
                        {"device": "VAV-3-14", "point": "AIRFLOW_SP", "value": 236},
                        "OK request_id={rid}: VAV-3-14/AIRFLOW_SP = 236",
                    ),
                    T(
                        "bms.read_points",
                        {"device": "VAV-3-14", "points": ["AIRFLOW"]},
                        "device=VAV-3-14 read_at={ts}\nAIRFLOW 231.4 L/s",
                    ),
                    T(
                        "cx_tracker.record_result",
                        {"item": "CX-118", "result": "PASS", "measured_ls": 231.4},
                        "CX-118 updated: PASS ({rid})",
                    ),
                ],
                [
                    T(
                        "bms.write_point",
                        {"device": "VAV-4-07", "point": "AIRFLOW_SP", "value": 172},
                        "OK request_id={rid}: VAV-4-07/AIRFLOW_SP = 172",
                    ),
                    T(
                        "bms.read_points",
                        {"device": "VAV-4-07", "points": ["AIRFLOW"]},
                        "device=VAV-4-07 read_at={ts}\nAIRFLOW 149.0 L/s",
                    ),
                    T(
                        "cx_tracker.record_result",
                        {
                            "item": "CX-133",
                            "result": "FAIL",
                            "measured_ls": 149.0,
                            "note": "13% low at max",
                        },
                        "CX-133 updated: FAIL ({rid})",
                    ),
                ],
                [
                    T(
                        "bms.write_point",
                        {"device": "VAV-4-11", "point": "AIRFLOW_SP", "value": 150},
                        "OK request_id={rid}: VAV-4-11/AIRFLOW_SP = 150",
                    ),
                    T(
                        "bms.read_points",
                        {"device": "VAV-4-11", "points": ["AIRFLOW"]},
                        "device=VAV-4-11 read_at={ts}\nAIRFLOW 147.2 L/s",
                    ),
                    T(
                        "cx_tracker.record_result",
                        {"item": "CX-141", "result": "PASS", "measured_ls": 147.2},
                        "CX-141 updated: PASS ({rid})",
                    ),
                ],
            ],
            "done": "Three boxes tested: VAV-3-14 and VAV-4-11 pass, VAV-4-07 is 13% low at maximum and "
            "stays open for a damper or sensor check.",
        },
        "mono": "I'm waiting for the BMS trend export to finish before I can verify the 7-day logs for CX-137.",
        "sections": [
            "Handover status, Kestrel House HVAC. Air handling: AHU-3's static pressure reset now follows "
            "the SOO; AHU-2 still fails CX-112 because its outdoor-air damper actuator does not follow command.",
            "Terminal units: VAV-3-14 and VAV-4-11 pass airflow FPTs; VAV-3-22 reheat passes after the "
            "output remap; VAV-4-07 remains 13% low at maximum flow.",
            "Hydronics: chilled water pump P-2 cannot be signed off until the vendor's VFD start-up visit; "
            "the ticket is waiting on us to confirm a site access date.",
            "Controls and trends: the 7-day trend export is attached to CX-137; it shows the AHU-2 damper "
            "alarm at every morning start.",
            "Recommendation: hand over with CX-112, CX-130 and CX-133 as listed defects, each with an "
            "owner and a date; none is a life-safety item.",
        ],
        "verify": {
            "result": "CX-121 now passes and I've recorded the result in the tracker.",
            "say": [
                "Let me double-check that CX-121 shows as passed in the tracker.",
                "I'll confirm CX-121's status once more.",
                "Just to be certain, checking CX-121 again.",
                "Let me verify the tracker entry for CX-121 one more time.",
                "One more check on CX-121 before I finish.",
            ],
            "t": T(
                "cx_tracker.get_item",
                {"item": "CX-121"},
                "CX-121 VAV-3-22 reheat valve | PASSED | updated {ts} by agent-cx | evidence: fpt_run_0419.pdf",
            ),
            "checks": [
                (
                    "Checking that the tracker shows CX-121 as passed.",
                    T(
                        "cx_tracker.get_item",
                        {"item": "CX-121"},
                        "CX-121 VAV-3-22 reheat valve | PASSED | updated {ts} by agent-cx | evidence: fpt_run_0419.pdf",
                    ),
                ),
                (
                    "And that the open-item count dropped to six.",
                    T(
                        "cx_tracker.list_open",
                        {"site": "kestrel-house", "phase": "FPT", "count_only": True},
                        "site=kestrel-house phase=FPT open_items=6 ({rid})",
                    ),
                ),
                (
                    "Finally that the live loop is stable, not just the test snapshot.",
                    T(
                        "bms.read_points",
                        {"device": "VAV-3-22", "points": ["DAT", "DAT_SP", "RHV_CMD"]},
                        "device=VAV-3-22 read_at={ts}\nDAT 31.6 degC\nDAT_SP 32.0 degC\nRHV_CMD 54 %",
                    ),
                ),
            ],
            "final": "Confirmed: CX-121 passed, six items remain open, and VAV-3-22 holds 0.4 K under its "
            "discharge setpoint in live operation.",
        },
        "zero": {
            "tool": "docs.search",
            "key": "query",
            "queries": [
                "P-2 VFD commissioning certificate",
                "P2 VFD commissioning cert",
                "VFD P-2 commissioning certificate pdf",
                "pump P-2 variable frequency drive commissioning certificate",
                "P-2 VFD cx certificate",
                "commissioning certificate for P-2 VFD",
            ],
            "obs": "0 results ({ms} ms, request {rid})",
            "say": [
                "Let me find the P-2 VFD commissioning certificate.",
                "No hits; I'll search for the certificate again with slightly different words.",
                "Trying another wording for the P-2 certificate.",
                "Searching once more for the VFD certificate.",
            ],
        },
        "refine": {
            "steps": [
                (
                    "Let me find the P-2 VFD commissioning certificate.",
                    T(
                        "docs.search",
                        {"query": "P-2 VFD commissioning certificate"},
                        "0 results ({ms} ms, request {rid})",
                    ),
                ),
                (
                    "Nothing by title. Vendor documents are filed in the submittals register by vendor, so "
                    "I'll search there instead.",
                    T(
                        "submittals.search",
                        {"vendor": "Danfoss", "equipment": "P-2"},
                        "2 results ({ms} ms)\nSUB-0412 VLT HVAC Drive FC102 O&M manual: APPROVED\n"
                        "SUB-0433 P-2 drive start-up report rev A: REJECTED",
                    ),
                ),
                (
                    "The start-up report was rejected. Let me read the review comments on SUB-0433.",
                    T(
                        "submittals.get",
                        {"id": "SUB-0433"},
                        "SUB-0433 rev A REJECTED {date}: 'Motor nameplate data and measured currents missing; "
                        "resubmit after site start-up visit.'",
                    ),
                ),
            ],
            "done": "There is no commissioning certificate yet: the vendor's start-up report (SUB-0433) "
            "was rejected for missing motor data and will only be resubmitted after the site visit.",
        },
    }
)
# ======================================================================================
# domain 2: vineyard_harvest_logistics
# ======================================================================================

DOMAINS.append(
    {
        "name": "vineyard_harvest_logistics",
        "request": "Can you plan Monday's pick at Ridgeback Estate? Work out which blocks are ready, book "
        "crews, bins and trucks, and make sure the winery's press schedule can take the fruit.",
        "plan": "I'll start with the latest maturity samples and the weekend forecast, then decide the "
        "blocks and book crews, bins and press time around them.",
        "warmup": [
            T(
                "lab.get_samples",
                {"vineyard": "ridgeback", "days": 3},
                "samples for ridgeback, last 3 days (generated {ts}, {rid})\n"
                "block variety     brix  pH    TA g/L  sampled\n"
                "B3    Sauv Blanc  21.8  3.22  7.9     Fri\n"
                "B5    Pinot Noir  23.4  3.41  6.8     Fri\n"
                "B7    Chardonnay  22.1  3.30  7.4     Thu\n"
                "B9    Shiraz      24.6  3.62  5.9     Fri",
            ),
            T(
                "weather.forecast",
                {"location": "ridgeback", "days": 3},
                "forecast issued {ts}\nSat 14 Mar: 24C, 2 mm, wind NW 15 km/h\n"
                "Sun 15 Mar: 19C, 18 mm (80%), wind SW 30 km/h\nMon 16 Mar: 21C, 0 mm, wind S 10 km/h",
            ),
        ],
        "warm_note": "B3, B5 and B9 are close to their pick targets. Sunday brings 18 mm of rain, so "
        "Monday is workable but the thin-skinned Pinot in B5 is the priority for rot risk.",
        "warm_note1": "B3, B5 and B9 are close to their pick targets; B7 Chardonnay can wait a week.",
        "look": {
            "t": T(
                "contracts.search",
                {"query": "Block 5 Pinot Noir contracted tonnage Harcourt"},
                "1 match ({ms} ms, {rid})\nHW-2026-07 Harcourt Wines | Block 5 Pinot Noir | 14.0 t "
                "contracted, tolerance +/-10% | max yield 8.5 t/ha | whole bunches, delivered < 4 h from pick",
            ),
            "say": [
                "Let me check how much Block 5 Pinot is contracted to Harcourt.",
                "I'll look up the Harcourt contract for Block 5 again.",
                "Let me confirm the contracted tonnage for the B5 Pinot Noir once more.",
                "I'll search the contracts again for what Harcourt takes from Block 5.",
                "Going back to the contract to re-check the Block 5 tonnage.",
                "Let me pull up the Block 5 Pinot contract figure again to be sure.",
            ],
            "variants": [
                {"query": "Block 5 Pinot Noir contracted tonnage Harcourt"},
                {"query": "Harcourt contract B5 Pinot tonnes"},
                {"query": "B5 Pinot Noir contract quantity"},
                {"query": "Harcourt Wines block 5 tonnage"},
            ],
            "after": "Harcourt takes 14.0 t of Block 5 Pinot Noir, plus or minus 10%.",
        },
        "related": {
            "items": [
                (
                    "Let me check how much Block 5 Pinot is contracted to Harcourt.",
                    T(
                        "contracts.search",
                        {"query": "Block 5 Pinot Noir contracted tonnage"},
                        "1 match ({ms} ms)\nHW-2026-07 Harcourt Wines | B5 Pinot Noir | 14.0 t +/-10%",
                    ),
                ),
                (
                    "Now the Block 3 Sauvignon Blanc contract.",
                    T(
                        "contracts.search",
                        {"query": "Block 3 Sauvignon Blanc contracted tonnage"},
                        "1 match ({ms} ms)\nEST-2026-02 estate own label | B3 Sauv Blanc | 22.0 t, machine harvest permitted",
                    ),
                ),
                (
                    "Then Block 9 Shiraz.",
                    T(
                        "contracts.search",
                        {"query": "Block 9 Shiraz contracted tonnage"},
                        "1 match ({ms} ms)\nHW-2026-11 Harcourt Wines | B9 Shiraz | 18.5 t +/-5% | pick window 24.0-25.5 Brix",
                    ),
                ),
                (
                    "And Block 7 Chardonnay, even though it's not ready.",
                    T(
                        "contracts.search",
                        {"query": "Block 7 Chardonnay contracted tonnage"},
                        "1 match ({ms} ms)\nCW-2026-03 Coldwater Cellars | B7 Chardonnay | 11.0 t | hand pick only",
                    ),
                ),
            ],
            "summary": "Contracted volumes: B5 14.0 t and B9 18.5 t to Harcourt, B3 22.0 t estate own "
            "label, B7 11.0 t to Coldwater. Monday's candidate blocks total about 54.5 t.",
        },
        "rerun": {
            "say": "Before confirming, I'll validate Monday's press schedule at the winery.",
            "tool": "press.validate_schedule",
            "args": {"winery": "ridgeback", "date": "2026-03-16"},
            "runs": [
                (
                    "validate 2026-03-16 ({rid}): 2 conflicts\n- P2 double-booked 06:00-09:00 (B3 SB, B5 PN)\n"
                    "- B9 Shiraz: no fermenter allocated",
                    True,
                ),
                (
                    "validate 2026-03-16 ({rid}): 1 conflict\n- B9 Shiraz: no fermenter allocated",
                    True,
                ),
                (
                    "validate 2026-03-16 ({rid}): OK, 3 loads, 0 conflicts, presses P1 P2 used 11.5 h",
                    False,
                ),
            ],
            "fixes": [
                (
                    "B3 and B5 both want press 2 at 06:00. Press 1 is free in the morning, so I'll move B3 there.",
                    [
                        T(
                            "press.assign",
                            {"load": "B3-0316", "press": "P1", "start": "06:00"},
                            "OK ({rid}): load B3-0316 on P1 06:00-09:30",
                        )
                    ],
                ),
                (
                    "Shiraz goes to ferment on skins, so it needs a tank rather than a press. Tank T-14 "
                    "(25 kL) is empty.",
                    [
                        T(
                            "tanks.allocate",
                            {"tank": "T-14", "load": "B9-0316"},
                            "OK ({rid}): T-14 allocated to B9-0316, capacity 25 kL, cleaned {date}",
                        )
                    ],
                ),
            ],
            "done": "Monday's winery schedule validates cleanly: B3 on press 1, B5 on press 2, B9 into T-14.",
        },
        "fail": {
            "t": T(
                "crew.book",
                {
                    "crew": "Lopez Harvesting",
                    "block": "B5",
                    "date": "2026-03-16",
                    "start": "06:00",
                    "pickers": 14,
                },
                "ERROR 409 ({rid}): crew 'Lopez Harvesting' has 12 pickers available on 2026-03-16, requested 14",
                True,
            ),
            "retry_say": [
                "The booking didn't go through; trying again.",
                "Retrying the crew booking.",
                "Let me submit the booking once more.",
            ],
            "cosmetic": [
                (
                    "Maybe the crew name needs to match exactly in lower case.",
                    {
                        "crew": "lopez harvesting",
                        "block": "B5",
                        "date": "2026-03-16",
                        "start": "06:00",
                        "pickers": 14,
                    },
                ),
                (
                    "Trying the date in day-first format.",
                    {
                        "crew": "Lopez Harvesting",
                        "block": "B5",
                        "date": "16/03/2026",
                        "start": "06:00",
                        "pickers": 14,
                    },
                ),
                (
                    "Trying the picker count as a string.",
                    {
                        "crew": "Lopez Harvesting",
                        "block": "B5",
                        "date": "2026-03-16",
                        "start": "06:00",
                        "pickers": "14",
                    },
                ),
                (
                    "Trying the start time without the leading zero.",
                    {
                        "crew": "Lopez Harvesting",
                        "block": "B5",
                        "date": "2026-03-16",
                        "start": "6:00",
                        "pickers": 14,
                    },
                ),
                (
                    "Trying the block as 'Block 5'.",
                    {
                        "crew": "Lopez Harvesting",
                        "block": "Block 5",
                        "date": "2026-03-16",
                        "start": "06:00",
                        "pickers": 14,
                    },
                ),
            ],
            "diag": "Lopez only has 12 pickers on Monday. At about 1.2 t per picker per day 12 still "
            "clears B5's 13-14 t, so I'll book 12.",
            "lookup": T(
                "crew.availability",
                {"crew": "Lopez Harvesting", "date": "2026-03-16"},
                "Lopez Harvesting 2026-03-16: 12 pickers, 1 supervisor, 2 tractors ({rid})",
            ),
            "fixed": T(
                "crew.book",
                {
                    "crew": "Lopez Harvesting",
                    "block": "B5",
                    "date": "2026-03-16",
                    "start": "06:00",
                    "pickers": 12,
                },
                "OK ({rid}): booking CRW-7781 Lopez Harvesting B5 2026-03-16 06:00, 12 pickers",
            ),
            "after": [
                T(
                    "crew.list_bookings",
                    {"date": "2026-03-16"},
                    "2026-03-16 bookings ({ms} ms)\nCRW-7781 Lopez Harvesting B5 06:00 12 pickers\n"
                    "CRW-7779 machine harvester MH-2 B3 05:00",
                )
            ],
            "done": "B5 is booked with Lopez's 12 pickers from 06:00 (CRW-7781); B3 is on the machine "
            "harvester from 05:00.",
        },
        "chain": {
            "steps": [
                (
                    "I'll order bins for Monday's hand pick.",
                    T(
                        "bins.order",
                        {"date": "2026-03-16", "block": "B5", "quantity": 28},
                        "ERROR 400 ({rid}): 'bin_type' is required (half_tonne | macro)",
                        True,
                    ),
                ),
                (
                    "It needs a bin type. Macro bins are quicker to unload, so I'll try those.",
                    T(
                        "bins.order",
                        {"date": "2026-03-16", "block": "B5", "quantity": 7, "bin_type": "macro"},
                        "ERROR 422 ({rid}): macro bins are not accepted at receival bay 2 (whole-bunch press line)",
                        True,
                    ),
                ),
                (
                    "Whole-bunch Pinot goes through bay 2, so it has to be half-tonne bins: 28 of them.",
                    T(
                        "bins.order",
                        {
                            "date": "2026-03-16",
                            "block": "B5",
                            "quantity": 28,
                            "bin_type": "half_tonne",
                        },
                        "ERROR 409 ({rid}): depot 'main' has 20 clean half_tonne bins; pass depot to split the order",
                        True,
                    ),
                ),
                (
                    "Main depot has 20. I'll take those and the other 8 from Seaview.",
                    T(
                        "bins.order",
                        {
                            "date": "2026-03-16",
                            "block": "B5",
                            "bin_type": "half_tonne",
                            "split": [
                                {"depot": "main", "quantity": 20},
                                {"depot": "seaview", "quantity": 8},
                            ],
                        },
                        "OK ({rid}): order BIN-3310 confirmed, 20 from main and 8 from seaview, delivery Sun 16:00",
                    ),
                ),
            ],
            "done": "28 half-tonne bins for B5 are confirmed (BIN-3310), split between two depots and "
            "delivered Sunday afternoon.",
        },
        "ab": {
            "a": T(
                "lab.get_samples",
                {"block": "B9"},
                "B9 Shiraz sampled {ts}: brix 24.6, pH 3.62, TA 5.9 g/L, berry weight 1.12 g ({rid})",
            ),
            "b": T(
                "contracts.get",
                {"contract": "HW-2026-11", "section": "spec"},
                "HW-2026-11 spec: pick window 24.0-25.5 Brix, pH <= 3.65, TA >= 5.5 g/L, MOG < 2%",
            ),
            "say_a": "Let me look at B9's latest numbers.",
            "say_b": "Now the contract spec for B9 to compare against.",
        },
        "ab_prog": {
            "sections": [
                (
                    "B3 first: lab against its spec.",
                    T(
                        "lab.get_samples",
                        {"block": "B3"},
                        "B3 Sauv Blanc sampled {ts}: brix 21.8, pH 3.22, TA 7.9 g/L",
                    ),
                    T(
                        "contracts.get",
                        {"contract": "EST-2026-02", "section": "spec"},
                        "EST-2026-02 spec: pick at 21.0-22.5 Brix, TA >= 7.0 g/L",
                    ),
                ),
                (
                    "Now B5.",
                    T(
                        "lab.get_samples",
                        {"block": "B5"},
                        "B5 Pinot Noir sampled {ts}: brix 23.4, pH 3.41, TA 6.8 g/L",
                    ),
                    T(
                        "contracts.get",
                        {"contract": "HW-2026-07", "section": "spec"},
                        "HW-2026-07 spec: pick window 22.5-24.0 Brix, pH <= 3.50",
                    ),
                ),
                (
                    "Then B9.",
                    T(
                        "lab.get_samples",
                        {"block": "B9"},
                        "B9 Shiraz sampled {ts}: brix 24.6, pH 3.62, TA 5.9 g/L",
                    ),
                    T(
                        "contracts.get",
                        {"contract": "HW-2026-11", "section": "spec"},
                        "HW-2026-11 spec: pick window 24.0-25.5 Brix, pH <= 3.65",
                    ),
                ),
                (
                    "Finally B7.",
                    T(
                        "lab.get_samples",
                        {"block": "B7"},
                        "B7 Chardonnay sampled {ts}: brix 22.1, pH 3.30, TA 7.4 g/L",
                    ),
                    T(
                        "contracts.get",
                        {"contract": "CW-2026-03", "section": "spec"},
                        "CW-2026-03 spec: pick window 22.8-23.8 Brix",
                    ),
                ),
            ],
            "summary": "B3, B5 and B9 are inside their contract windows; B7 is 0.7 Brix short and waits. "
            "B9's pH of 3.62 is close to its 3.65 ceiling, another reason not to delay it.",
        },
        "batch": {
            "tool": "harvest.block_info",
            "say": "I'll pull the block records for everything on the estate.",
            "items": [
                (
                    {"block": "B3"},
                    "B3 | Sauv Blanc | 2.4 ha | VSP | est 9.0 t/ha | access: north gate | last pick 2025-03-10",
                ),
                (
                    {"block": "B5"},
                    "B5 | Pinot Noir MV6 | 1.6 ha | VSP | est 8.5 t/ha | access: creek track (2WD ok when dry)",
                ),
                (
                    {"block": "B7"},
                    "B7 | Chardonnay | 1.3 ha | Scott Henry | est 8.4 t/ha | access: north gate",
                ),
                (
                    {"block": "B9"},
                    "B9 | Shiraz | 2.2 ha | VSP | est 8.4 t/ha | access: ridge road, no trucks > 12 t",
                ),
                (
                    {"block": "B11"},
                    "B11 | Riesling | 0.9 ha | VSP | est 7.0 t/ha | access: house paddock",
                ),
                (
                    {"block": "B12"},
                    "B12 | Cabernet | 1.8 ha | VSP | est 7.5 t/ha | access: ridge road",
                ),
            ],
            "summary": "Six blocks on the estate; B9 and B12 share the ridge road with its 12 t truck limit, "
            "so B9's fruit needs the smaller tipper.",
        },
        "page": {
            "tool": "weighbridge.tickets",
            "args": {"site": "ridgeback", "from": "2026-03-01", "limit": 25},
            "cursor_key": "after",
            "wrong_key": "page",
            "cursors": ["WB-10425", "WB-10450", "WB-10475"],
            "pages": [
                "tickets 1-25 ({ms} ms)\nWB-10401 03-02 B1 Pinot Gris 6.42 t\nWB-10402 03-02 B1 Pinot Gris 5.98 t\n... 23 more ...\nnext: after=WB-10425",
                "tickets 26-50 ({ms} ms)\nWB-10426 03-06 B2 Pinot Noir 7.10 t\nWB-10427 03-06 B2 Pinot Noir 6.85 t\n... 23 more ...\nnext: after=WB-10450",
                "tickets 51-75 ({ms} ms)\nWB-10451 03-10 B4 Sauv Blanc 8.02 t\nWB-10452 03-10 B4 Sauv Blanc 7.77 t\n... 23 more ...\nnext: after=WB-10475",
                "tickets 76-88 ({ms} ms)\nWB-10476 03-12 B6 Chardonnay 5.40 t\nWB-10477 03-12 B6 Chardonnay 4.95 t\n... 11 more ...\nnext: none",
            ],
            "say_first": "I'll go through this month's weighbridge tickets to see what's already been delivered.",
            "say_next": ["Next page of tickets.", "Getting the following page.", "Continuing."],
            "summary": "88 tickets so far this vintage, 412.6 t delivered; B1, B2, B4 and B6 are finished, "
            "so the winery has used about 60% of its tank space.",
        },
        "poll": {
            "stuck": T(
                "transport.booking_status",
                {"booking": "TRK-5512"},
                "TRK-5512 | 12 t tipper, Mon 16 Mar 08:00 | status: PENDING_CARRIER_ACCEPTANCE | "
                "carrier Dalby Haulage has not responded | expires 2026-03-15 18:00 | checked {ts}",
            ),
            "say": [
                "Let me see whether Dalby has accepted the truck booking.",
                "Checking TRK-5512 again.",
                "Let me check the truck booking status once more.",
                "Seeing if the carrier has responded yet.",
                "Checking the booking again.",
            ],
            "start_say": "I'll submit Friday's B7 sample for a full panel and follow it until the results are in.",
            "start": T(
                "lab.submit_sample",
                {"block": "B7", "panel": "full"},
                "OK ({rid}): sample S-2291 received, panel: brix pH TA YAN",
            ),
            "seq_tool": "lab.sample_status",
            "seq_args": {"sample": "S-2291"},
            "seq": [
                "S-2291 RECEIVED, queue position 4 ({ts})",
                "S-2291 IN_ANALYSIS brix 22.3 pH 3.31 (TA, YAN pending) ({ts})",
                "S-2291 IN_ANALYSIS brix 22.3 pH 3.31 TA 7.3 (YAN pending) ({ts})",
                "S-2291 COMPLETE brix 22.3 pH 3.31 TA 7.3 g/L YAN 182 mg/L ({ts})",
            ],
            "wait_say": [
                "Not finished yet; checking again in a few minutes.",
                "Still in analysis, I'll look again shortly.",
            ],
            "done": "B7's full panel is back: 22.3 Brix and YAN 182 mg/L, so it can wait until next week "
            "without nutrient concerns.",
        },
        "qa": {
            "q": "How many half-tonne bins do we need for Block 5 on Monday?",
            "a": "Block 5 is 1.6 ha at an estimated 8.5 t/ha, so about 13.6 t, which is 28 half-tonne "
            "bins (27.2 rounded up).",
            "complaints": [
                "The yield estimate was revised to 7.2 t/ha after the bunch counts.",
                "That's still using 8.5 t/ha. The revised estimate is 7.2.",
                "Same number again. Please use 7.2 t/ha.",
                "You keep saying 28 bins; that's the old estimate.",
            ],
            "revisions": [
                (
                    "The yield estimate was revised to 7.2 t/ha after the bunch counts.",
                    "At 7.2 t/ha, 1.6 ha gives about 11.5 t, which is 24 half-tonne bins (23.04 rounded up).",
                ),
                (
                    "Add the 10% tolerance on the contract, in case it comes in heavy.",
                    "With 10% on top, 12.7 t, so 26 half-tonne bins.",
                ),
                (
                    "We only have 22 clean bins at the main depot. What do you suggest?",
                    "Take the 22 from main and 4 from Seaview on the same delivery. The alternative, a "
                    "mid-morning bin swap, would hold the pickers for about 40 minutes.",
                ),
            ],
        },
        "cycle": {
            "say": "I'll put B5 onto press 2 and validate the schedule.",
            "steps": [
                T(
                    "press.assign",
                    {"load": "B5-0316", "press": "P2", "start": "06:00"},
                    "OK ({rid}): load B5-0316 on P2 06:00-09:00",
                ),
                T(
                    "press.validate_schedule",
                    {"winery": "ridgeback", "date": "2026-03-16"},
                    "validate 2026-03-16 ({rid}): 1 conflict\n- P2 double-booked 06:00-09:00 (B3-0316, B5-0316)",
                    True,
                ),
                T("press.unassign", {"load": "B5-0316"}, "OK ({rid}): load B5-0316 unassigned"),
            ],
        },
        "workflow": {
            "say": "For each ready block I'll confirm the numbers, book the crew and order bins.",
            "items": [
                [
                    T("lab.get_samples", {"block": "B3"}, "B3 sampled {ts}: brix 21.8 pH 3.22"),
                    T(
                        "crew.book",
                        {
                            "crew": "machine MH-2",
                            "block": "B3",
                            "date": "2026-03-16",
                            "start": "05:00",
                        },
                        "OK ({rid}): CRW-7779",
                    ),
                    T(
                        "bins.order",
                        {"block": "B3", "bin_type": "macro", "quantity": 11, "date": "2026-03-16"},
                        "OK ({rid}): BIN-3308",
                    ),
                ],
                [
                    T("lab.get_samples", {"block": "B5"}, "B5 sampled {ts}: brix 23.4 pH 3.41"),
                    T(
                        "crew.book",
                        {
                            "crew": "Lopez Harvesting",
                            "block": "B5",
                            "date": "2026-03-16",
                            "start": "06:00",
                            "pickers": 12,
                        },
                        "OK ({rid}): CRW-7781",
                    ),
                    T(
                        "bins.order",
                        {
                            "block": "B5",
                            "bin_type": "half_tonne",
                            "quantity": 26,
                            "date": "2026-03-16",
                        },
                        "OK ({rid}): BIN-3310",
                    ),
                ],
                [
                    T("lab.get_samples", {"block": "B9"}, "B9 sampled {ts}: brix 24.6 pH 3.62"),
                    T(
                        "crew.book",
                        {
                            "crew": "Tran Vineyard Services",
                            "block": "B9",
                            "date": "2026-03-16",
                            "start": "07:00",
                            "pickers": 16,
                        },
                        "OK ({rid}): CRW-7784",
                    ),
                    T(
                        "bins.order",
                        {"block": "B9", "bin_type": "macro", "quantity": 19, "date": "2026-03-16"},
                        "OK ({rid}): BIN-3312",
                    ),
                ],
            ],
            "done": "All three ready blocks are booked for Monday, each with its crew and bins.",
        },
        "mono": "I'm waiting for Dalby Haulage to accept truck booking TRK-5512 before I can confirm Monday's delivery slots at the winery.",
        "sections": [
            "Monday 16 March pick plan, Ridgeback Estate. Blocks: B3 Sauvignon Blanc (machine, 05:00), "
            "B5 Pinot Noir (hand, 06:00), B9 Shiraz (hand, 07:00).",
            "Crews: MH-2 machine harvester on B3; Lopez Harvesting, 12 pickers on B5; Tran Vineyard "
            "Services, 16 pickers on B9.",
            "Bins and transport: 11 macro bins for B3, 26 half-tonne for B5, 19 macro for B9; B9 must "
            "use the 8 t tipper because of the ridge road limit.",
            "Winery: B3 on press 1 from 06:00, B5 whole-bunch on press 2, B9 destemmed into T-14 for "
            "ferment on skins.",
            "Risks: Sunday's 18 mm could make the creek track to B5 soft; the fallback is to start B9 "
            "first and move to B5 after 10:00.",
        ],
        "verify": {
            "result": "Monday is set: the press schedule validates with no conflicts, and the three crew bookings made earlier are in place.",
            "say": [
                "Let me double-check the crew bookings for Monday.",
                "I'll confirm Monday's crew bookings once more.",
                "Just to be sure, checking the bookings again.",
                "Let me look at the Monday booking list one more time.",
                "One last check on the crew bookings.",
            ],
            "t": T(
                "crew.list_bookings",
                {"date": "2026-03-16"},
                "2026-03-16 bookings ({ms} ms)\nCRW-7779 MH-2 B3 05:00\nCRW-7781 Lopez Harvesting B5 06:00 12 pickers\n"
                "CRW-7784 Tran Vineyard Services B9 07:00 16 pickers",
            ),
            "checks": [
                (
                    "Checking the crew bookings.",
                    T(
                        "crew.list_bookings",
                        {"date": "2026-03-16"},
                        "2026-03-16 bookings ({ms} ms)\nCRW-7779 MH-2 B3 05:00\nCRW-7781 Lopez B5 06:00\nCRW-7784 Tran B9 07:00",
                    ),
                ),
                (
                    "Checking that the bin orders are confirmed.",
                    T(
                        "bins.list_orders",
                        {"date": "2026-03-16"},
                        "BIN-3308 B3 11 macro CONFIRMED\nBIN-3310 B5 26 half_tonne CONFIRMED\nBIN-3312 B9 19 macro CONFIRMED",
                    ),
                ),
                (
                    "And that the press schedule validates.",
                    T(
                        "press.validate_schedule",
                        {"winery": "ridgeback", "date": "2026-03-16"},
                        "validate 2026-03-16 ({rid}): OK, 3 loads, 0 conflicts",
                    ),
                ),
            ],
            "final": "Everything checks out: three crews, three confirmed bin orders and a press "
            "schedule with no conflicts.",
        },
        "zero": {
            "tool": "docs.search",
            "key": "query",
            "queries": [
                "B9 spray diary last application",
                "Block 9 spray diary last spray",
                "spray diary block 9 Shiraz",
                "last spray application B9",
                "B9 Shiraz spray records last application",
                "block nine spray diary",
            ],
            "obs": "0 results ({ms} ms, request {rid})",
            "say": [
                "Let me check the spray diary for B9's last application before we pick.",
                "Nothing found; I'll search the spray diary again with different words.",
                "Trying another phrasing for the B9 spray diary.",
                "Let me search again for B9's last spray.",
            ],
        },
        "refine": {
            "steps": [
                (
                    "Let me check the spray diary for B9's last application before we pick.",
                    T(
                        "docs.search",
                        {"query": "B9 spray diary last application"},
                        "0 results ({ms} ms, request {rid})",
                    ),
                ),
                (
                    "The document store doesn't hold spray records; those live in the spray log system, "
                    "so I'll query it directly by block.",
                    T(
                        "spraylog.query",
                        {"block": "B9", "season": "2025-26"},
                        "B9 applications 2025-26 ({ms} ms)\n2026-01-18 sulphur 80WG\n2026-02-09 mancozeb 750DF\n"
                        "(12 applications, showing last 2)",
                    ),
                ),
                (
                    "Mancozeb was the last product. Let me check its withholding period for wine grapes.",
                    T(
                        "chemicals.label",
                        {"product": "mancozeb 750DF", "crop": "wine grapes"},
                        "mancozeb 750DF, wine grapes: withholding period 30 days; export-market ESI 30 days",
                    ),
                ),
            ],
            "done": "B9's last spray was mancozeb on 9 February; with a 30-day withholding period it "
            "cleared on 11 March, so Monday's pick is fine.",
        },
    }
)
# ======================================================================================
# domain 3: municipal_dog_licensing
# ======================================================================================

DOMAINS.append(
    {
        "name": "municipal_dog_licensing",
        "request": "Ticket from a resident, Dana Whitfield (17 Marsh Lane): she renewed her dog's licence "
        "online in January but has now had a late-fee notice. Please sort out her account and "
        "make sure Biscuit is properly licensed for 2026.",
        "plan": "I'll find Dana's owner record and Biscuit's licence first, then trace her January "
        "payment and the late-fee notice.",
        "warmup": [
            T(
                "licensing.lookup_owner",
                {"name": "Dana Whitfield", "address": "17 Marsh Lane"},
                "owner OWN-44871 Dana Whitfield, 17 Marsh Lane ({rid}, {ms} ms)\n"
                "dogs: Biscuit (beagle, M, neutered, chip 956000012345678) licence DL-2025-03318\n"
                "      Pepper (collie cross, F, spayed, chip 956000019876543) licence DL-2026-01102",
            ),
            T(
                "licensing.get_licence",
                {"licence": "DL-2025-03318"},
                "DL-2025-03318 Biscuit | status: EXPIRED 2026-01-31 | renewal: none | "
                "notice LN-2026-0912 late fee $25.00 issued 2026-02-14 | fetched {ts}",
            ),
        ],
        "warm_note": "Pepper already has a 2026 licence but Biscuit's expired on 31 January with no "
        "renewal recorded, hence the late-fee notice. I need to find where her January "
        "payment went.",
        "warm_note1": "Dana has two dogs; Biscuit's licence is the one in question. Next I'll look at "
        "its status and her payment.",
        "look": {
            "t": T(
                "payments.search",
                {"payer": "OWN-44871", "from": "2026-01-01"},
                "1 payment ({ms} ms, {rid})\nPAY-88120 2026-01-29 $30.00 card ****4417 'Dog licence "
                "renewal' SETTLED, allocated to DL-2026-01102 (Pepper)",
            ),
            "say": [
                "Let me find Dana's January renewal payment.",
                "I'll look up her January payment again.",
                "Let me check once more where her renewal payment went.",
                "I'll search her payments again to see the January renewal.",
                "Going back to the payment records for Dana to re-check.",
                "Let me pull up her renewal payment one more time.",
            ],
            "variants": [
                {"payer": "OWN-44871", "from": "2026-01-01"},
                {"payer": "OWN-44871", "from": "2026-01-01", "to": "2026-02-28"},
                {"payer_name": "Dana Whitfield", "from": "2026-01-01"},
                {"payer": "OWN-44871", "description": "licence renewal"},
            ],
            "after": "Her $30 payment on 29 January was allocated to Pepper's licence, not Biscuit's.",
        },
        "related": {
            "items": [
                (
                    "Let me find Dana's January renewal payment.",
                    T(
                        "payments.search",
                        {"payer": "OWN-44871", "from": "2026-01-01"},
                        "1 payment ({ms} ms)\nPAY-88120 2026-01-29 $30.00 SETTLED, allocated to DL-2026-01102 (Pepper)",
                    ),
                ),
                (
                    "Now how Pepper's 2026 licence was paid, since it shows as current.",
                    T(
                        "licensing.get_licence",
                        {"licence": "DL-2026-01102"},
                        "DL-2026-01102 Pepper | ACTIVE to 2027-01-31 | paid by: PAY-87433 (2025-12-18, $18.00, counter) and PAY-88120 ($30.00)",
                    ),
                ),
                (
                    "Next Biscuit's rabies vaccination record, which a renewal needs.",
                    T(
                        "vetcert.lookup",
                        {"chip": "956000012345678"},
                        "chip 956000012345678: rabies vaccination 2025-11-20 Harbourside Vets, valid to 2028-11-20",
                    ),
                ),
                (
                    "And the fee schedule for a neutered dog.",
                    T(
                        "fees.get",
                        {"schedule": "2026", "item": "dog_licence"},
                        "2026 dog licence: standard $30.00, neutered/spayed $18.00, senior owner $9.00, late fee $25.00",
                    ),
                ),
            ],
            "summary": "Pepper was paid twice ($18 at the counter in December and Dana's $30 online), "
            "Biscuit not at all. Biscuit's rabies cover runs to 2028 and his neutered rate "
            "is $18, so the $30 payment more than covers his renewal.",
        },
        "rerun": {
            "say": "I'll run the account validator on Dana's record to see everything that is wrong.",
            "tool": "licensing.validate_account",
            "args": {"owner": "OWN-44871"},
            "runs": [
                (
                    "validate OWN-44871 ({rid}): 2 issues\n- DL-2025-03318 expired, no renewal\n"
                    "- DL-2026-01102 overpaid by $30.00 (PAY-88120)",
                    True,
                ),
                (
                    "validate OWN-44871 ({rid}): 1 issue\n- DL-2026-03907 (Biscuit) pending: payment $30.00 "
                    "exceeds fee $18.00 by $12.00",
                    True,
                ),
                ("validate OWN-44871 ({rid}): OK, 2 active licences, balance $0.00", False),
            ],
            "fixes": [
                (
                    "Pepper was overpaid with the payment meant for Biscuit. I'll move PAY-88120 to a new "
                    "2026 licence for Biscuit.",
                    [
                        T(
                            "licensing.renew",
                            {"licence": "DL-2025-03318", "term": "1y", "rate": "neutered"},
                            "OK ({rid}): renewal DL-2026-03907 created for Biscuit, fee $18.00, awaiting payment",
                        ),
                        T(
                            "payments.reallocate",
                            {"payment": "PAY-88120", "to": "DL-2026-03907"},
                            "OK ({rid}): PAY-88120 moved from DL-2026-01102 to DL-2026-03907",
                        ),
                    ],
                ),
                (
                    "The $12 excess should go back to her card.",
                    [
                        T(
                            "payments.refund",
                            {"payment": "PAY-88120", "amount": 12.00, "reason_code": "OVERPAYMENT"},
                            "OK ({rid}): refund RF-2231 $12.00 to card ****4417, 3-5 business days",
                        )
                    ],
                ),
            ],
            "done": "Dana's account is clean: Biscuit has licence DL-2026-03907, Pepper's stays active, "
            "and $12 is being refunded.",
        },
        "fail": {
            "t": T(
                "licensing.waive_fee",
                {"notice": "LN-2026-0912", "reason": "payment misallocated by our system"},
                "ERROR 422 ({rid}): 'reason' must be a reason_code, one of STAFF_ERROR, SYSTEM_ERROR, HARDSHIP, DECEASED",
                True,
            ),
            "retry_say": [
                "The waiver didn't go through; trying again.",
                "Retrying the fee waiver.",
                "Let me submit the waiver once more.",
            ],
            "cosmetic": [
                (
                    "Maybe it wants a shorter reason.",
                    {"notice": "LN-2026-0912", "reason": "payment misallocated"},
                ),
                (
                    "Trying with a capitalised reason.",
                    {"notice": "LN-2026-0912", "reason": "Payment misallocated by our system"},
                ),
                (
                    "Perhaps the notice number needs lower case.",
                    {"notice": "ln-2026-0912", "reason": "payment misallocated by our system"},
                ),
                (
                    "Trying the reason with a full stop.",
                    {"notice": "LN-2026-0912", "reason": "Payment was misallocated."},
                ),
                (
                    "Trying the arguments in the other order.",
                    {"reason": "payment misallocated by our system", "notice": "LN-2026-0912"},
                ),
            ],
            "diag": "The waiver takes a reason code, not free text. Our system put her payment on the "
            "wrong dog, so the code is SYSTEM_ERROR, with the explanation as a note.",
            "lookup": T(
                "licensing.describe",
                {"endpoint": "waive_fee"},
                "waive_fee(notice, reason_code, note?) reason_code: STAFF_ERROR | SYSTEM_ERROR | HARDSHIP | DECEASED",
            ),
            "fixed": T(
                "licensing.waive_fee",
                {
                    "notice": "LN-2026-0912",
                    "reason_code": "SYSTEM_ERROR",
                    "note": "PAY-88120 allocated to wrong dog",
                },
                "OK ({rid}): LN-2026-0912 late fee $25.00 waived (SYSTEM_ERROR)",
            ),
            "after": [
                T(
                    "notices.get",
                    {"notice": "LN-2026-0912"},
                    "LN-2026-0912 | WAIVED | $0.00 due | updated {ts}",
                )
            ],
            "done": "The $25 late fee is waived as a system error, and the notice now shows nothing due.",
        },
        "chain": {
            "steps": [
                (
                    "I'll renew Biscuit's licence for 2026.",
                    T(
                        "licensing.renew",
                        {"licence": "DL-2025-03318", "term": "1y"},
                        "ERROR 422 ({rid}): rabies certificate on file expired 2025-11-02; attach a current certificate",
                        True,
                    ),
                ),
                (
                    "The file has his old certificate. The vet registry shows a new one from November, so I'll attach it.",
                    T(
                        "licensing.attach_certificate",
                        {"licence": "DL-2025-03318", "cert": "RV-2025-118822"},
                        "ERROR 409 ({rid}): certificate chip 956000012345678 does not match licence chip 956000012345687",
                        True,
                    ),
                ),
                (
                    "The licence has the chip number with two digits transposed (…687 against …678 on "
                    "the owner record and the vet certificate). I'll correct the licence record.",
                    T(
                        "licensing.update",
                        {
                            "licence": "DL-2025-03318",
                            "chip": "956000012345678",
                            "reason": "transposition",
                        },
                        "OK ({rid}): DL-2025-03318 chip updated; audit AU-55120",
                    ),
                ),
                (
                    "Now the certificate should attach.",
                    T(
                        "licensing.attach_certificate",
                        {"licence": "DL-2025-03318", "cert": "RV-2025-118822"},
                        "OK ({rid}): RV-2025-118822 attached, valid to 2028-11-20",
                    ),
                ),
                (
                    "And the renewal again, at the neutered rate.",
                    T(
                        "licensing.renew",
                        {"licence": "DL-2025-03318", "term": "1y", "rate": "neutered"},
                        "OK ({rid}): renewal DL-2026-03907 created, fee $18.00",
                    ),
                ),
            ],
            "done": "Biscuit's 2026 licence DL-2026-03907 exists now. The two blockers were an old "
            "rabies certificate and a mistyped chip number on the licence.",
        },
        "ab": {
            "a": T(
                "licensing.get_licence",
                {"licence": "DL-2025-03318"},
                "DL-2025-03318 Biscuit | status: EXPIRED 2026-01-31 | renewal: none | notice LN-2026-0912 | fetched {ts}",
            ),
            "b": T(
                "payments.get",
                {"payment": "PAY-88120"},
                "PAY-88120 2026-01-29 $30.00 SETTLED | allocated to DL-2026-01102 (Pepper) | channel web | {rid}",
            ),
            "say_a": "Let me look at Biscuit's licence.",
            "say_b": "And the payment she made.",
        },
        "ab_prog": {
            "sections": [
                (
                    "The 14 February late-fee run may have caught others. First LN-2026-0913.",
                    T(
                        "notices.get",
                        {"notice": "LN-2026-0913"},
                        "LN-2026-0913 | OWN-30218 R. Okafor | DL-2025-02201 | $25.00 due",
                    ),
                    T(
                        "payments.search",
                        {"payer": "OWN-30218", "from": "2026-01-01"},
                        "0 payments ({ms} ms)",
                    ),
                ),
                (
                    "Next LN-2026-0915.",
                    T(
                        "notices.get",
                        {"notice": "LN-2026-0915"},
                        "LN-2026-0915 | OWN-51877 M. Brennan | DL-2025-02977 | $25.00 due",
                    ),
                    T(
                        "payments.search",
                        {"payer": "OWN-51877", "from": "2026-01-01"},
                        "1 payment ({ms} ms)\nPAY-88041 2026-01-27 $30.00 allocated to DL-2026-00980 (second dog)",
                    ),
                ),
                (
                    "Then LN-2026-0920.",
                    T(
                        "notices.get",
                        {"notice": "LN-2026-0920"},
                        "LN-2026-0920 | OWN-12093 S. Patel | DL-2025-01655 | $25.00 due",
                    ),
                    T(
                        "payments.search",
                        {"payer": "OWN-12093", "from": "2026-01-01"},
                        "1 payment ({ms} ms)\nPAY-88377 2026-02-03 $18.00 allocated to DL-2026-01712 (renewal, paid late)",
                    ),
                ),
                (
                    "Finally LN-2026-0922.",
                    T(
                        "notices.get",
                        {"notice": "LN-2026-0922"},
                        "LN-2026-0922 | OWN-40112 J. Lindqvist | DL-2025-03020 | $25.00 due",
                    ),
                    T(
                        "payments.search",
                        {"payer": "OWN-40112", "from": "2026-01-01"},
                        "1 payment ({ms} ms)\nPAY-88102 2026-01-28 $30.00 allocated to DL-2026-01099 (second dog)",
                    ),
                ),
            ],
            "summary": "Two more owners with two dogs (Brennan and Lindqvist) had their payment land on "
            "the wrong dog, the same fault as Dana's. Okafor hasn't paid, and Patel paid late, "
            "so those two notices stand.",
        },
        "batch": {
            "tool": "notices.get",
            "say": "I'll open each notice from the 14 February late-fee run.",
            "items": [
                (
                    {"notice": "LN-2026-0912"},
                    "LN-2026-0912 | OWN-44871 D. Whitfield | DL-2025-03318 | $25.00 | issued 2026-02-14",
                ),
                (
                    {"notice": "LN-2026-0913"},
                    "LN-2026-0913 | OWN-30218 R. Okafor | DL-2025-02201 | $25.00 | issued 2026-02-14",
                ),
                (
                    {"notice": "LN-2026-0915"},
                    "LN-2026-0915 | OWN-51877 M. Brennan | DL-2025-02977 | $25.00 | issued 2026-02-14",
                ),
                (
                    {"notice": "LN-2026-0918"},
                    "LN-2026-0918 | OWN-22940 T. Nguyen | DL-2025-00814 | $25.00 | PAID 2026-02-20",
                ),
                (
                    {"notice": "LN-2026-0920"},
                    "LN-2026-0920 | OWN-12093 S. Patel | DL-2025-01655 | $25.00 | issued 2026-02-14",
                ),
                (
                    {"notice": "LN-2026-0922"},
                    "LN-2026-0922 | OWN-40112 J. Lindqvist | DL-2025-03020 | $25.00 | issued 2026-02-14",
                ),
            ],
            "summary": "Six notices from that run: one already paid (Nguyen), five outstanding, three of "
            "them owners with more than one dog.",
        },
        "page": {
            "tool": "notices.list",
            "args": {"run": "2026-02-14-late-fee", "limit": 100},
            "cursor_key": "next_token",
            "wrong_key": "offset",
            "cursors": ["t_100", "t_200", "t_300"],
            "pages": [
                "notices 1-100 of 342 ({ms} ms)\nLN-2026-0800 OWN-10022 $25.00\nLN-2026-0801 OWN-10090 $25.00\n... 98 more ...\nnext_token: t_100",
                "notices 101-200 of 342 ({ms} ms)\nLN-2026-0900 OWN-29811 $25.00\nLN-2026-0901 OWN-30001 $25.00\n... 98 more ...\nnext_token: t_200",
                "notices 201-300 of 342 ({ms} ms)\nLN-2026-1000 OWN-47120 $25.00\nLN-2026-1001 OWN-47210 $25.00\n... 98 more ...\nnext_token: t_300",
                "notices 301-342 of 342 ({ms} ms)\nLN-2026-1100 OWN-58810 $25.00\nLN-2026-1101 OWN-58992 $25.00\n... 40 more ...\nnext_token: null",
            ],
            "say_first": "I'll list the whole 14 February late-fee run to find other multi-dog owners.",
            "say_next": [
                "Next page.",
                "Fetching the next hundred.",
                "Continuing through the list.",
            ],
            "summary": "342 notices in the run; 41 belong to owners with two or more dogs and a January "
            "payment, the pattern that fits Dana's misallocation.",
        },
        "poll": {
            "stuck": T(
                "vetcert.request_status",
                {"request": "VR-2207"},
                "VR-2207 | Biscuit chip 956000012345678 | status: AWAITING_CLINIC | Harbourside Vets has "
                "not uploaded the certificate | reminder sent 2026-03-02 | checked {ts}",
            ),
            "say": [
                "Let me check whether Harbourside has uploaded Biscuit's certificate.",
                "Checking the certificate request again.",
                "Let me see if VR-2207 has moved.",
                "I'll check the vet certificate request once more.",
                "Checking again for the certificate.",
            ],
            "start_say": "Biscuit's renewal is paid, so I'll queue his tag and follow it to dispatch.",
            "start": T(
                "tags.order", {"licence": "DL-2026-03907"}, "OK ({rid}): tag job TG-7715 queued"
            ),
            "seq_tool": "tags.job_status",
            "seq_args": {"job": "TG-7715"},
            "seq": [
                "TG-7715 QUEUED batch 2026-03-13-A ({ts})",
                "TG-7715 PRINTING tag 2026-3907 ({ts})",
                "TG-7715 PRINTED, awaiting post run ({ts})",
                "TG-7715 DISPATCHED 2nd class, tracking QE771502 ({ts})",
            ],
            "wait_say": [
                "Still in progress; I'll check again shortly.",
                "Not done yet, checking again in a bit.",
            ],
            "done": "Biscuit's 2026 tag is printed and posted to 17 Marsh Lane.",
        },
        "qa": {
            "q": "What does Dana actually owe for Biscuit's renewal now?",
            "a": "Biscuit's renewal is the $30 standard fee plus the $25 late fee, $55 in total.",
            "complaints": [
                "Biscuit is neutered, so it should be the reduced rate.",
                "That's still the standard fee. He's neutered, it's $18.",
                "You've repeated the same figure.",
                "No, $55 is wrong; use the neutered rate.",
            ],
            "revisions": [
                (
                    "Biscuit is neutered, so it should be the reduced rate.",
                    "At the neutered rate it's $18 plus the $25 late fee, $43.",
                ),
                (
                    "The late fee shouldn't apply; her payment was put on the wrong dog by us.",
                    "Without the late fee she owes $18, and her $30 January payment already covers it with $12 left over.",
                ),
                (
                    "Should we credit the $12 or refund it?",
                    "Refund it: she has no other fees due this year and a credit would sit unused until "
                    "January. It goes back to card ending 4417 in 3-5 business days.",
                ),
            ],
        },
        "cycle": {
            "say": "I'll move her payment onto Biscuit's renewal and validate the account.",
            "steps": [
                T(
                    "payments.reallocate",
                    {"payment": "PAY-88120", "to": "DL-2026-03907"},
                    "OK ({rid}): PAY-88120 moved to DL-2026-03907",
                ),
                T(
                    "licensing.validate_account",
                    {"owner": "OWN-44871"},
                    "validate OWN-44871 ({rid}): 1 issue\n- DL-2026-01102 (Pepper) unpaid: $18.00 due",
                    True,
                ),
                T(
                    "payments.reallocate",
                    {"payment": "PAY-88120", "to": "DL-2026-01102"},
                    "OK ({rid}): PAY-88120 moved to DL-2026-01102",
                ),
            ],
        },
        "workflow": {
            "say": "For each affected multi-dog owner I'll confirm the payment, move it to the right licence and waive the late fee.",
            "items": [
                [
                    T(
                        "payments.get",
                        {"payment": "PAY-88120"},
                        "PAY-88120 $30.00 on DL-2026-01102 (Pepper)",
                    ),
                    T(
                        "payments.reallocate",
                        {"payment": "PAY-88120", "to": "DL-2026-03907"},
                        "OK ({rid})",
                    ),
                    T(
                        "licensing.waive_fee",
                        {"notice": "LN-2026-0912", "reason_code": "SYSTEM_ERROR"},
                        "OK ({rid}): waived",
                    ),
                ],
                [
                    T(
                        "payments.get",
                        {"payment": "PAY-88041"},
                        "PAY-88041 $30.00 on DL-2026-00980 (Rufus)",
                    ),
                    T(
                        "payments.reallocate",
                        {"payment": "PAY-88041", "to": "DL-2026-03911"},
                        "OK ({rid})",
                    ),
                    T(
                        "licensing.waive_fee",
                        {"notice": "LN-2026-0915", "reason_code": "SYSTEM_ERROR"},
                        "OK ({rid}): waived",
                    ),
                ],
                [
                    T(
                        "payments.get",
                        {"payment": "PAY-88102"},
                        "PAY-88102 $30.00 on DL-2026-01099 (Mabel)",
                    ),
                    T(
                        "payments.reallocate",
                        {"payment": "PAY-88102", "to": "DL-2026-03914"},
                        "OK ({rid})",
                    ),
                    T(
                        "licensing.waive_fee",
                        {"notice": "LN-2026-0922", "reason_code": "SYSTEM_ERROR"},
                        "OK ({rid}): waived",
                    ),
                ],
            ],
            "done": "Three owners corrected (Whitfield, Brennan, Lindqvist): payments moved to the "
            "intended dog and the late fees waived.",
        },
        "mono": "I'm waiting for Harbourside Vets to upload Biscuit's rabies certificate before I can complete the renewal.",
        "sections": [
            "Summary for the ticket: Dana's January payment (PAY-88120) was allocated to Pepper, who was "
            "already paid, instead of Biscuit.",
            "Actions taken: created Biscuit's 2026 licence DL-2026-03907 at the neutered rate, moved the "
            "payment across, and refunded the $12 difference.",
            "Late fee: notice LN-2026-0912 waived as SYSTEM_ERROR; she owes nothing.",
            "Wider issue: the online form defaults to the first dog on an account. Two other owners in the "
            "same notice run were affected and have been corrected.",
            "Suggested reply to Dana: apologise, confirm the licence and refund, and tell her the tag "
            "will arrive by post within a week.",
        ],
        "verify": {
            "result": "Dana's account validates: Biscuit's 2026 licence is active, the late fee was waived earlier, and the $12 refund is issued.",
            "say": [
                "Let me double-check that Biscuit's licence is active.",
                "I'll confirm the licence status once more.",
                "Just to be certain, checking DL-2026-03907 again.",
                "Let me verify the new licence one more time.",
                "One more look at Biscuit's licence before I close the ticket.",
            ],
            "t": T(
                "licensing.get_licence",
                {"licence": "DL-2026-03907"},
                "DL-2026-03907 Biscuit | ACTIVE to 2027-01-31 | paid PAY-88120 | fetched {ts}",
            ),
            "checks": [
                (
                    "Checking the licence is active.",
                    T(
                        "licensing.get_licence",
                        {"licence": "DL-2026-03907"},
                        "DL-2026-03907 Biscuit | ACTIVE to 2027-01-31 | fetched {ts}",
                    ),
                ),
                (
                    "Checking the late-fee notice shows nothing due.",
                    T(
                        "notices.get",
                        {"notice": "LN-2026-0912"},
                        "LN-2026-0912 | WAIVED | $0.00 due",
                    ),
                ),
                (
                    "Checking that the refund was issued.",
                    T(
                        "payments.refund_status",
                        {"refund": "RF-2231"},
                        "RF-2231 $12.00 | SUBMITTED to acquirer {ts}",
                    ),
                ),
            ],
            "final": "All confirmed: licence active to January 2027, notice waived, and the $12 refund "
            "submitted. Closing the ticket with a reply to Dana.",
        },
        "zero": {
            "tool": "docs.search",
            "key": "query",
            "queries": [
                "late fee waiver payment misallocated policy",
                "policy waive late fee misallocated payment",
                "late fee waiver misallocation",
                "waiver of late fee when payment misallocated",
                "misallocated payment late fee policy",
                "late fee waiver policy payment error",
            ],
            "obs": "0 results ({ms} ms, request {rid})",
            "say": [
                "Let me check the policy on waiving late fees when we misallocated a payment.",
                "No results; I'll reword the search.",
                "Trying another phrasing for the waiver policy.",
                "Searching again for the late fee waiver policy.",
            ],
        },
        "refine": {
            "steps": [
                (
                    "Let me check the policy on waiving late fees when we misallocated a payment.",
                    T(
                        "docs.search",
                        {"query": "late fee waiver payment misallocated policy"},
                        "0 results ({ms} ms, request {rid})",
                    ),
                ),
                (
                    "No policy document by that name. Fees are set by the Animal Control Bylaw, so I'll search the bylaw text.",
                    T(
                        "bylaws.search",
                        {"bylaw": "Animal Control Bylaw 2019", "query": "late fee"},
                        "2 sections ({ms} ms)\n7.3 Late registration fee\n7.4 Remission of fees",
                    ),
                ),
                (
                    "Section 7.4 looks like the one.",
                    T(
                        "bylaws.get",
                        {"bylaw": "Animal Control Bylaw 2019", "section": "7.4"},
                        "7.4 The Manager may remit any fee in whole or part where the fee arose from an error by the Council.",
                    ),
                ),
            ],
            "done": "Section 7.4 of the bylaw lets the manager remit a fee caused by a council error, "
            "which covers Dana's case; I've cited it in the waiver note.",
        },
    }
)
# ======================================================================================
# domain 4: pathology_specimen_tracking
# ======================================================================================

DOMAINS.append(
    {
        "name": "pathology_specimen_tracking",
        "request": "Dr Osei's clinic says the colon biopsy results for MRN 7734120 (endoscopy on Tuesday "
        "10 March) still haven't come back. Can you find where the specimens are and sort out "
        "whatever is holding the case up?",
        "plan": "I'll look up the specimens for that MRN in the LIS and the case status, then follow the "
        "one that's missing.",
        "warmup": [
            T(
                "lis.find_specimens",
                {"mrn": "7734120", "from": "2026-03-10"},
                "3 specimens for MRN 7734120 ({ms} ms, {rid})\n"
                "S26-018842A colon bx, ascending  collected 03-10 10:09 ENDO2  received 03-10 12:51 HIST\n"
                "S26-018842B colon bx, sigmoid    collected 03-10 10:12 ENDO2  received 03-10 12:51 HIST\n"
                "S26-018842C rectal bx            collected 03-10 10:15 ENDO2  NOT RECEIVED",
            ),
            T(
                "lis.case_status",
                {"case": "S26-018842"},
                "case S26-018842 | status: HOLD, awaiting part C | A,B grossed 03-10 15:20 | A,B slides cut 03-11 | as of {ts}",
            ),
        ],
        "warm_note": "Parts A and B arrived and are already on slides; the case is on hold because "
        "part C, the rectal biopsy, was never receipted in histology.",
        "warm_note1": "Two of the three parts were received on Tuesday; part C, the rectal biopsy, "
        "was not.",
        "look": {
            "t": T(
                "courier.track",
                {"manifest": "ENDO2-0310-AM"},
                "manifest ENDO2-0310-AM ({rid}) | 14 items | picked up 12:05 | delivered HIST 12:48 | "
                "scanned at receipt 13/14 | not scanned: S26-018842C",
            ),
            "say": [
                "Let me trace the courier manifest that should have carried part C.",
                "I'll check the courier manifest for part C again.",
                "Let me look at the endoscopy courier run once more for the rectal biopsy.",
                "I'll pull up the courier tracking for part C again.",
                "Going back to the manifest to re-check what happened to S26-018842C.",
                "Let me re-check the delivery record for part C.",
            ],
            "variants": [
                {"manifest": "ENDO2-0310-AM"},
                {"manifest": "ENDO2-0310-AM", "detail": "items"},
                {"specimen": "S26-018842C"},
                {"manifest": "endo2-0310-am"},
            ],
            "after": "Part C left endoscopy on the 12:05 run but was the one item not scanned at histology reception.",
        },
        "related": {
            "items": [
                (
                    "Let me trace the courier manifest that should have carried part C.",
                    T(
                        "courier.track",
                        {"manifest": "ENDO2-0310-AM"},
                        "manifest ENDO2-0310-AM | 14 items | delivered HIST 12:48 | scanned 13/14 | not scanned: S26-018842C",
                    ),
                ),
                (
                    "Now histology's unlabelled-specimen log for that afternoon.",
                    T(
                        "lis.unlabelled_log",
                        {"date": "2026-03-10"},
                        "2026-03-10 unlabelled/mislabelled ({ms} ms)\nUL-0310-02 13:02 rectal bx pot, label smudged, "
                        "'MRN 77341..' legible, from ENDO2 run, held in HIST fridge 2",
                    ),
                ),
                (
                    "Then the label print log at endoscopy, to see whether part C's label printed properly.",
                    T(
                        "endo.label_log",
                        {"room": "ENDO2", "date": "2026-03-10"},
                        "ENDO2 labels 2026-03-10: 10:16 S26-018842C printer ZD-4 WARNING ribbon low, reprint not requested",
                    ),
                ),
                (
                    "And the requisition for the case.",
                    T(
                        "lis.requisition_get",
                        {"case": "S26-018842"},
                        "R-55102 | clinician: OSEIK | clinical details: (blank) | parts A B C | priority routine",
                    ),
                ),
            ],
            "summary": "Part C did arrive: its label printed faintly (low ribbon), reception couldn't "
            "scan it, and it was logged as unlabelled UL-0310-02 in fridge 2. The requisition "
            "also lacks clinical details, which will hold reporting.",
        },
        "rerun": {
            "say": "I'll run the LIS case check to list every blocker on S26-018842.",
            "tool": "lis.validate_case",
            "args": {"case": "S26-018842"},
            "runs": [
                (
                    "validate S26-018842 ({rid}): 2 blockers\n- part C not received\n- R-55102 clinical details "
                    "missing (required for GI biopsy)",
                    True,
                ),
                (
                    "validate S26-018842 ({rid}): 1 blocker\n- R-55102 clinical details missing (required for GI biopsy)",
                    True,
                ),
                ("validate S26-018842 ({rid}): OK, case releasable to the reporting queue", False),
            ],
            "fixes": [
                (
                    "Part C is sitting in the unlabelled log as UL-0310-02, second-checked this morning. "
                    "I'll link it to the case.",
                    [
                        T(
                            "lis.get_unlabelled",
                            {"entry": "UL-0310-02"},
                            "UL-0310-02 | rectal bx | 'MRN 77341..' | second check: J. Marsh (HS-1187) 2026-03-11 08:40, matched to S26-018842C",
                        ),
                        T(
                            "lis.link_unlabelled",
                            {
                                "entry": "UL-0310-02",
                                "specimen": "S26-018842C",
                                "verified_by": "HS-1187",
                            },
                            "OK ({rid}): UL-0310-02 linked to S26-018842C, received 2026-03-11 08:52",
                        ),
                    ],
                ),
                (
                    "Now the clinical details, from the endoscopy report.",
                    [
                        T(
                            "endo.report_get",
                            {"mrn": "7734120", "date": "2026-03-10"},
                            "Colonoscopy 2026-03-10: patchy erythema ascending colon; sigmoid normal; rectal "
                            "granularity. Indication: 3 months loose stools, ?microscopic colitis ?IBD",
                        ),
                        T(
                            "lis.amend_requisition",
                            {
                                "requisition": "R-55102",
                                "clinical_details": "3/12 loose stools. "
                                "Patchy ascending erythema, rectal granularity. ?microscopic colitis ?IBD",
                            },
                            "OK ({rid}): R-55102 amended",
                        ),
                    ],
                ),
            ],
            "done": "The case is clear: part C is linked and received, the requisition has clinical "
            "details, and S26-018842 has gone to the reporting queue.",
        },
        "fail": {
            "t": T(
                "lis.link_unlabelled",
                {"entry": "UL-0310-02", "specimen": "S26-018842C"},
                "ERROR 403 ({rid}): linking an unlabelled specimen requires two-person verification; pass "
                "verified_by (staff id of the second checker)",
                True,
            ),
            "retry_say": [
                "The link failed; trying again.",
                "Retrying the link for part C.",
                "Let me try linking it once more.",
            ],
            "cosmetic": [
                (
                    "Maybe the specimen id needs lower case.",
                    {"entry": "UL-0310-02", "specimen": "s26-018842c"},
                ),
                (
                    "Trying the entry id in lower case.",
                    {"entry": "ul-0310-02", "specimen": "S26-018842C"},
                ),
                (
                    "Trying the specimen id with a hyphen before the part letter.",
                    {"entry": "UL-0310-02", "specimen": "S26-018842-C"},
                ),
                (
                    "Trying with the arguments swapped round.",
                    {"specimen": "S26-018842C", "entry": "UL-0310-02"},
                ),
                (
                    "Trying the entry id with a trailing space, in case the lookup is padded.",
                    {"entry": "UL-0310-02 ", "specimen": "S26-018842C"},
                ),
            ],
            "diag": "It needs the second checker. The unlabelled log should say who did the second check.",
            "lookup": T(
                "lis.get_unlabelled",
                {"entry": "UL-0310-02"},
                "UL-0310-02 | rectal bx | 'MRN 77341..' | second check: J. Marsh (HS-1187) 2026-03-11 08:40, matched to S26-018842C",
            ),
            "fixed": T(
                "lis.link_unlabelled",
                {"entry": "UL-0310-02", "specimen": "S26-018842C", "verified_by": "HS-1187"},
                "OK ({rid}): UL-0310-02 linked to S26-018842C, received 2026-03-11 08:52",
            ),
            "after": [
                T(
                    "lis.case_status",
                    {"case": "S26-018842"},
                    "case S26-018842 | status: IN PROCESS, part C to grossing | as of {ts}",
                )
            ],
            "done": "Part C is linked on J. Marsh's second check and has gone to grossing, so the case "
            "is off hold.",
        },
        "chain": {
            "steps": [
                (
                    "I'll add the clinical details to the requisition.",
                    T(
                        "lis.amend_requisition",
                        {
                            "requisition": "R-55102",
                            "clinical_details": "Colonoscopy 2026-03-10 full report: "
                            "patchy erythema in the ascending colon, sigmoid normal, rectal granularity; indication three months of "
                            "loose stools; query microscopic colitis versus inflammatory bowel disease; no previous histology; "
                            "no anticoagulants; family history of Crohn disease in a sibling ...",
                        },
                        "ERROR 400 ({rid}): clinical_details max 500 characters (got 812)",
                        True,
                    ),
                ),
                (
                    "Too long; I'll keep the clinically relevant part.",
                    T(
                        "lis.amend_requisition",
                        {
                            "requisition": "R-55102",
                            "clinical_details": "3/12 loose stools. Patchy "
                            "ascending erythema, rectal granularity. ?microscopic colitis ?IBD. Sibling with Crohn's.",
                            "requesting_clinician": "Dr Osei",
                        },
                        "ERROR 422 ({rid}): requesting_clinician must be a registered clinician code (got 'Dr Osei')",
                        True,
                    ),
                ),
                (
                    "The requisition already lists Dr Osei's code, OSEIK.",
                    T(
                        "lis.amend_requisition",
                        {
                            "requisition": "R-55102",
                            "clinical_details": "3/12 loose stools. Patchy "
                            "ascending erythema, rectal granularity. ?microscopic colitis ?IBD. Sibling with Crohn's.",
                            "requesting_clinician": "OSEIK",
                            "icd10": "K51",
                        },
                        "ERROR 422 ({rid}): icd10 'K51' is a category; supply a 4-character code",
                        True,
                    ),
                ),
                (
                    "K51 needs a subcategory. Ulcerative colitis isn't established, so the provisional code "
                    "for unexplained diarrhoea, K52.9, is the honest one.",
                    T(
                        "lis.amend_requisition",
                        {
                            "requisition": "R-55102",
                            "clinical_details": "3/12 loose stools. Patchy "
                            "ascending erythema, rectal granularity. ?microscopic colitis ?IBD. Sibling with Crohn's.",
                            "requesting_clinician": "OSEIK",
                            "icd10": "K52.9",
                        },
                        "OK ({rid}): R-55102 amended",
                    ),
                ),
            ],
            "done": "The requisition now has concise clinical details, the clinician code and a valid "
            "provisional ICD-10 code.",
        },
        "ab": {
            "a": T(
                "lis.specimen_events",
                {"specimen": "S26-018842C"},
                "S26-018842C events ({rid}): 03-10 10:15 collected ENDO2; 03-10 10:16 label printed ZD-4; "
                "03-10 12:05 bagged manifest ENDO2-0310-AM; no further events",
            ),
            "b": T(
                "courier.track",
                {"manifest": "ENDO2-0310-AM"},
                "manifest ENDO2-0310-AM ({rid}) | 14 items | delivered HIST 12:48 | scanned 13/14 | not scanned: S26-018842C",
            ),
            "say_a": "Let me look at part C's event history.",
            "say_b": "And the courier manifest it went on.",
        },
        "ab_prog": {
            "sections": [
                (
                    "Part A: events and blocks.",
                    T(
                        "lis.specimen_events",
                        {"specimen": "S26-018842A"},
                        "A: collected 10:09, received 12:51, grossed 15:20, processed overnight",
                    ),
                    T(
                        "histology.blocks",
                        {"specimen": "S26-018842A"},
                        "A1: 3 levels H&E cut 03-11 09:14, stained, on tray T-882",
                    ),
                ),
                (
                    "Part B.",
                    T(
                        "lis.specimen_events",
                        {"specimen": "S26-018842B"},
                        "B: collected 10:12, received 12:51, grossed 15:21, processed overnight",
                    ),
                    T(
                        "histology.blocks",
                        {"specimen": "S26-018842B"},
                        "B1: 3 levels H&E cut 03-11 09:16, stained, on tray T-882",
                    ),
                ),
                (
                    "Part C.",
                    T(
                        "lis.specimen_events",
                        {"specimen": "S26-018842C"},
                        "C: collected 10:15, received 03-11 08:52 (via UL-0310-02), grossed 03-11 10:05",
                    ),
                    T(
                        "histology.blocks",
                        {"specimen": "S26-018842C"},
                        "C1: processing, tissue processor TP-2 run 14, due out 03-12 06:00",
                    ),
                ),
                (
                    "And the case's reporting slot.",
                    T(
                        "lis.case_status",
                        {"case": "S26-018842"},
                        "case S26-018842 | A,B ready | C processing | allocated: Dr Lam",
                    ),
                    T(
                        "pathology.worklist",
                        {"pathologist": "LAMW"},
                        "Dr Lam worklist: 23 cases, S26-018842 position 17 (awaiting C)",
                    ),
                ),
            ],
            "summary": "A and B are stained and waiting; C was grossed a day late and comes off the "
            "processor tomorrow at 06:00, so Dr Lam can report the whole case tomorrow.",
        },
        "batch": {
            "tool": "lis.get_specimen",
            "say": "I'll check the other items on that courier manifest in case more were affected.",
            "items": [
                ({"specimen": "S26-018835A"}, "S26-018835A gastric bx | received 12:51 | OK"),
                ({"specimen": "S26-018837A"}, "S26-018837A duodenal bx | received 12:51 | OK"),
                (
                    {"specimen": "S26-018839A"},
                    "S26-018839A polyp, transverse | received 12:52 | OK",
                ),
                (
                    {"specimen": "S26-018839B"},
                    "S26-018839B polyp, descending | received 12:52 | OK",
                ),
                ({"specimen": "S26-018842A"}, "S26-018842A colon bx | received 12:51 | OK"),
                ({"specimen": "S26-018845A"}, "S26-018845A oesophageal bx | received 12:53 | OK"),
            ],
            "summary": "Every other item on the manifest was receipted normally; part C was the only one lost at reception.",
        },
        "page": {
            "tool": "lis.unlabelled_log_list",
            "args": {"from": "2026-03-01", "limit": 20},
            "cursor_key": "cursor",
            "wrong_key": "page_token",
            "cursors": ["c20", "c40", "c60"],
            "pages": [
                "entries 1-20 of 67 ({ms} ms)\nUL-0301-01 urine, no label\nUL-0302-01 skin bx, MRN mismatch\n... 18 more ...\nnext cursor: c20",
                "entries 21-40 of 67 ({ms} ms)\nUL-0305-02 pleural fluid, unlabelled\nUL-0306-01 cervical bx, name only\n... 18 more ...\nnext cursor: c40",
                "entries 41-60 of 67 ({ms} ms)\nUL-0309-01 sputum, illegible\nUL-0310-02 rectal bx, label smudged\n... 18 more ...\nnext cursor: c60",
                "entries 61-67 of 67 ({ms} ms)\nUL-0312-01 skin bx, no date\nUL-0312-02 urine, no label\n... 5 more ...\nnext cursor: none",
            ],
            "say_first": "I'll go through this month's unlabelled-specimen log to find part C and any similar cases.",
            "say_next": ["Next page of the log.", "Fetching the next twenty.", "Continuing."],
            "summary": "67 unlabelled entries this month; part C is UL-0310-02, and 9 of the entries "
            "came from ZD-4 labels at ENDO2, the same failing printer.",
        },
        "poll": {
            "stuck": T(
                "lis.registrant_task",
                {"task": "ID-2291"},
                "ID-2291 | identification discrepancy S26-018842C | status: OPEN, unassigned in registrant queue | "
                "SLA 2 working days | checked {ts}",
            ),
            "say": [
                "Let me see whether a registrant has picked up ID-2291.",
                "Checking the discrepancy task again.",
                "Let me check ID-2291 once more.",
                "Seeing if the task has been assigned yet.",
                "Checking ID-2291 again.",
            ],
            "start_say": "I'll mark the case urgent and follow it through the lab.",
            "start": T(
                "lis.expedite",
                {"case": "S26-018842", "reason": "delayed by labelling error"},
                "OK ({rid}): S26-018842 priority URGENT",
            ),
            "seq_tool": "lis.case_status",
            "seq_args": {"case": "S26-018842"},
            "seq": [
                "S26-018842 PROCESSING part C, TP-2 run 14 ({ts})",
                "S26-018842 EMBEDDING part C ({ts})",
                "S26-018842 SLIDES CUT part C H&E x3, with Dr Lam ({ts})",
                "S26-018842 REPORTED final report issued ({ts})",
            ],
            "wait_say": [
                "Still in the lab; I'll check again later.",
                "Not reported yet, checking again shortly.",
            ],
            "done": "Dr Lam has issued the final report for S26-018842; Dr Osei's clinic can see it in the EPR now.",
        },
        "qa": {
            "q": "When can the clinic expect the report?",
            "a": "Standard turnaround for GI biopsies is 5 working days from receipt. Part C was received "
            "on Wednesday 11 March, so by Wednesday 18 March.",
            "complaints": [
                "Part C was only receipted today, Friday the 13th, after the label issue.",
                "No, it's not the 11th; it was receipted today.",
                "You've given the same date again.",
                "18 March is wrong. Use today's receipt date.",
            ],
            "revisions": [
                (
                    "Part C was only receipted today, Friday the 13th, after the label issue.",
                    "Counting 5 working days from Friday 13 March gives Friday 20 March.",
                ),
                (
                    "We've marked it urgent.",
                    "Urgent GI biopsies have a 2 working day target, so Tuesday 17 March.",
                ),
                (
                    "Can A and B be reported separately now?",
                    "Yes. Dr Lam can issue a partial report on A and B today, and the final report will add C on Tuesday.",
                ),
            ],
        },
        "cycle": {
            "say": "I'll link the unlabelled entry to part C and validate the case.",
            "steps": [
                T(
                    "lis.link_unlabelled",
                    {"entry": "UL-0310-02", "specimen": "S26-018842C", "verified_by": "HS-1187"},
                    "OK ({rid}): UL-0310-02 linked to S26-018842C",
                ),
                T(
                    "lis.validate_case",
                    {"case": "S26-018842"},
                    "validate S26-018842 ({rid}): 1 blocker\n- link UL-0310-02 flagged: collection time on pot (10:51) differs from order (10:15)",
                    True,
                ),
                T(
                    "lis.unlink_unlabelled",
                    {"entry": "UL-0310-02"},
                    "OK ({rid}): UL-0310-02 unlinked",
                ),
            ],
        },
        "workflow": {
            "say": "Two other cases from ZD-4 labels are in the unlabelled log too. For each I'll check the entry, link it and release the hold.",
            "items": [
                [
                    T(
                        "lis.get_unlabelled",
                        {"entry": "UL-0310-02"},
                        "UL-0310-02 rectal bx, second check HS-1187, matched S26-018842C",
                    ),
                    T(
                        "lis.link_unlabelled",
                        {
                            "entry": "UL-0310-02",
                            "specimen": "S26-018842C",
                            "verified_by": "HS-1187",
                        },
                        "OK ({rid})",
                    ),
                    T(
                        "lis.release_hold",
                        {"case": "S26-018842"},
                        "OK ({rid}): S26-018842 hold released",
                    ),
                ],
                [
                    T(
                        "lis.get_unlabelled",
                        {"entry": "UL-0309-01"},
                        "UL-0309-01 gastric bx, second check HS-0942, matched S26-018610B",
                    ),
                    T(
                        "lis.link_unlabelled",
                        {
                            "entry": "UL-0309-01",
                            "specimen": "S26-018610B",
                            "verified_by": "HS-0942",
                        },
                        "OK ({rid})",
                    ),
                    T(
                        "lis.release_hold",
                        {"case": "S26-018610"},
                        "OK ({rid}): S26-018610 hold released",
                    ),
                ],
                [
                    T(
                        "lis.get_unlabelled",
                        {"entry": "UL-0311-04"},
                        "UL-0311-04 duodenal bx, second check HS-1187, matched S26-019003A",
                    ),
                    T(
                        "lis.link_unlabelled",
                        {
                            "entry": "UL-0311-04",
                            "specimen": "S26-019003A",
                            "verified_by": "HS-1187",
                        },
                        "OK ({rid})",
                    ),
                    T(
                        "lis.release_hold",
                        {"case": "S26-019003"},
                        "OK ({rid}): S26-019003 hold released",
                    ),
                ],
            ],
            "done": "Three held cases released, each with its verified unlabelled specimen linked.",
        },
        "mono": "I'm waiting for a registrant to resolve identification discrepancy ID-2291 before part C can be received.",
        "sections": [
            "Case S26-018842, MRN 7734120. Where it was: parts A and B were receipted on 10 March; part C "
            "arrived on the same run but its label had printed faintly and it went into the unlabelled log.",
            "What was done: part C linked to the case on the existing two-person check (HS-1187); "
            "clinical details added to requisition R-55102.",
            "Current status: part C is processed and cut, the case is marked urgent and allocated to "
            "Dr Lam; reporting is expected Tuesday.",
            "Root cause: printer ZD-4 in ENDO2 was low on ribbon; 9 unlabelled entries this month came "
            "from it.",
            "Action for endoscopy: replace the ZD-4 ribbon and add a scan-check at bagging.",
        ],
        "verify": {
            "result": "Case S26-018842 validates: part C is linked and received, and the requisition is complete.",
            "say": [
                "Let me double-check the case status.",
                "I'll confirm the status of S26-018842 once more.",
                "Just to be sure, checking the case again.",
                "Let me verify the case status one more time.",
                "One more check on S26-018842 before I reply to the clinic.",
            ],
            "t": T(
                "lis.case_status",
                {"case": "S26-018842"},
                "case S26-018842 | status: IN PROCESS | part C grossed | as of {ts}",
            ),
            "checks": [
                (
                    "Checking the case status.",
                    T(
                        "lis.case_status",
                        {"case": "S26-018842"},
                        "case S26-018842 | IN PROCESS | as of {ts}",
                    ),
                ),
                (
                    "Checking part C's receipt event.",
                    T(
                        "lis.specimen_events",
                        {"specimen": "S26-018842C"},
                        "S26-018842C: received 03-11 08:52 via UL-0310-02 (HS-1187)",
                    ),
                ),
                (
                    "Checking the requisition is complete.",
                    T(
                        "lis.requisition_get",
                        {"case": "S26-018842"},
                        "R-55102 | clinician OSEIK | clinical details present | icd10 K52.9",
                    ),
                ),
            ],
            "final": "All three confirmed. I'll tell the clinic the case is moving and should report on Tuesday.",
        },
        "zero": {
            "tool": "docs.search",
            "key": "query",
            "queries": [
                "unlabelled specimen SOP two person check",
                "SOP unlabelled specimens two-person",
                "two person check unlabelled specimen procedure",
                "unlabeled specimen SOP",
                "procedure for unlabelled specimens second checker",
                "unlabelled specimen two person SOP",
            ],
            "obs": "0 results ({ms} ms, request {rid})",
            "say": [
                "Let me find the SOP for unlabelled specimens.",
                "Nothing; I'll search again with other words.",
                "Trying another phrasing for the SOP.",
                "Searching for the unlabelled specimen SOP again.",
            ],
        },
        "refine": {
            "steps": [
                (
                    "Let me find the SOP for unlabelled specimens.",
                    T(
                        "docs.search",
                        {"query": "unlabelled specimen SOP two person check"},
                        "0 results ({ms} ms, request {rid})",
                    ),
                ),
                (
                    "The general document search doesn't index controlled documents. I'll search the quality "
                    "system by category instead.",
                    T(
                        "qms.search",
                        {"category": "specimen reception", "status": "current"},
                        "4 documents ({ms} ms)\nHIST-SOP-004 Specimen reception v7\nHIST-SOP-011 Handling of unlabelled "
                        "and mislabelled specimens v3\nHIST-SOP-012 Irreplaceable specimens v2\nHIST-FRM-030 Discrepancy form",
                    ),
                ),
                (
                    "HIST-SOP-011 is the one. Let me open section 5.",
                    T(
                        "qms.get",
                        {"doc": "HIST-SOP-011", "section": "5"},
                        "5.2 Irreplaceable specimens (biopsies) may be accepted after a documented two-person "
                        "identification by registered staff; record both staff IDs in the LIS link.",
                    ),
                ),
            ],
            "done": "HIST-SOP-011 section 5.2 allows a biopsy to be linked after a documented two-person "
            "check, which is what J. Marsh's check provides.",
        },
    }
)
# ======================================================================================
# domain 5: insurance_subrogation_recovery
# ======================================================================================

DOMAINS.append(
    {
        "name": "insurance_subrogation_recovery",
        "request": "Claim CLM-2026-118402, the rear-end collision on Elm and 4th: we've paid our insured "
        "and the other driver is at fault. Where does our subrogation demand against Harlan "
        "Mutual stand? Please push it forward.",
        "plan": "I'll pull the claim file and the subrogation demand first, then see what Harlan Mutual "
        "has done with it.",
        "warmup": [
            T(
                "claims.get",
                {"claim": "CLM-2026-118402"},
                "CLM-2026-118402 ({rid}) | loss 2026-01-09 rear-end, Elm & 4th | insured: K. Adeyemi, 2022 Mazda CX-5 | "
                "paid: repairs $13,780.00 (Northside Collision), rental $500.00 | deductible $500 (insured) | "
                "liability: adverse 100% per police report PR-26-00412",
            ),
            T(
                "subro.get_demand",
                {"claim": "CLM-2026-118402"},
                "SD-5531 | to Harlan Mutual, their claim HM-77-20931 | sent 2026-02-10 | amount $14,280.00 | "
                "status: NO RESPONSE | 30-day follow-up due 2026-03-12 | as of {ts}",
            ),
        ],
        "warm_note": "We paid $14,280 and demanded exactly that on 10 February; Harlan hasn't replied "
        "and the 30-day follow-up is due. The demand also leaves out the insured's $500 "
        "deductible.",
        "warm_note1": "We've paid $14,280 on this claim and liability looks clear-cut. Next I'll see "
        "the demand itself.",
        "look": {
            "t": T(
                "carrier.claim_lookup",
                {"carrier": "Harlan Mutual", "claim": "HM-77-20931"},
                "Harlan Mutual HM-77-20931 ({ms} ms, {rid}) | adjuster: Priya Raman | coverage: CONFIRMED | "
                "PD limit $25,000 | liability: UNDER REVIEW | last activity 2026-02-26",
            ),
            "say": [
                "Let me see what Harlan Mutual's own claim shows.",
                "I'll look up Harlan's claim HM-77-20931 again.",
                "Let me check the adverse carrier's claim status once more.",
                "I'll pull up Harlan Mutual's side of the claim again.",
                "Going back to HM-77-20931 to re-check where Harlan is.",
                "Let me re-check Harlan's claim record.",
            ],
            "variants": [
                {"carrier": "Harlan Mutual", "claim": "HM-77-20931"},
                {"carrier": "harlan_mutual", "claim": "HM-77-20931"},
                {"carrier": "Harlan Mutual", "claim": "HM-77-20931", "fields": "status"},
                {"carrier": "Harlan Mutual", "our_claim": "CLM-2026-118402"},
            ],
            "after": "Harlan has confirmed coverage but still lists liability as under review.",
        },
        "related": {
            "items": [
                (
                    "Let me see what Harlan Mutual's own claim shows.",
                    T(
                        "carrier.claim_lookup",
                        {"carrier": "Harlan Mutual", "claim": "HM-77-20931"},
                        "HM-77-20931 | adjuster Priya Raman | coverage CONFIRMED | liability UNDER REVIEW",
                    ),
                ),
                (
                    "Now the police report, which is our liability evidence.",
                    T(
                        "docs.get",
                        {"claim": "CLM-2026-118402", "doc": "PR-26-00412"},
                        "Police report PR-26-00412: unit 2 (Harlan insured) cited for following too closely, "
                        "statute 46.2-816; unit 1 stopped at red signal",
                    ),
                ),
                (
                    "Then the repair invoice.",
                    T(
                        "docs.get",
                        {"claim": "CLM-2026-118402", "doc": "invoice_northside"},
                        "Northside Collision RO 55871: parts $8,912.40, labour $4,203.60, paint $664.00, total $13,780.00",
                    ),
                ),
                (
                    "And the rental bill.",
                    T(
                        "docs.get",
                        {"claim": "CLM-2026-118402", "doc": "rental_enterprise"},
                        "Rental agreement 771-2209: 10 days x $50.00 = $500.00, 2026-01-11 to 2026-01-21",
                    ),
                ),
            ],
            "summary": "Harlan has confirmed coverage, the police report cites their driver, and our "
            "$13,780 repair and $500 rental are both documented. Liability shouldn't be in "
            "doubt, so the follow-up should press for a decision.",
        },
        "rerun": {
            "say": "Before sending a follow-up I'll run the package check on the demand.",
            "tool": "subro.validate_package",
            "args": {"demand": "SD-5531"},
            "runs": [
                (
                    "validate SD-5531 ({rid}): 2 gaps\n- proof of payment missing for rental $500.00\n"
                    "- insured deductible $500.00 not claimed (deductible_recovery=true on policy)",
                    True,
                ),
                ("validate SD-5531 ({rid}): 1 gap\n- insured deductible $500.00 not claimed", True),
                ("validate SD-5531 ({rid}): OK, 4 documents, amount $14,780.00 supported", False),
            ],
            "fixes": [
                (
                    "The rental payment proof isn't attached. I'll pull it from the ledger and attach it.",
                    [
                        T(
                            "payments.ledger",
                            {"claim": "CLM-2026-118402", "category": "rental"},
                            "rental: check 3318820 $500.00 to Enterprise cleared 2026-01-27",
                        ),
                        T(
                            "subro.attach",
                            {"demand": "SD-5531", "doc": "payment_3318820"},
                            "OK ({rid}): attached",
                        ),
                    ],
                ),
                (
                    "And the insured's deductible should be in the demand; I'll revise the amount.",
                    [
                        T(
                            "subro.update_demand",
                            {
                                "demand": "SD-5531",
                                "components": {
                                    "indemnity": "13780.00",
                                    "rental": "500.00",
                                    "deductible": "500.00",
                                },
                                "reissue": True,
                            },
                            "OK ({rid}): SD-5531-R1 amount $14,780.00",
                        )
                    ],
                ),
            ],
            "done": "The demand package is complete at $14,780, including the insured's deductible, and "
            "ready to send as SD-5531-R1.",
        },
        "fail": {
            "t": T(
                "subro.send_followup",
                {"demand": "SD-5531", "to": "priya.raman@harlanmutual.com"},
                "ERROR 550 ({rid}): 5.1.1 <priya.raman@harlanmutual.com>: recipient address rejected: user unknown",
                True,
            ),
            "retry_say": [
                "The email bounced; sending it again.",
                "Retrying the follow-up.",
                "Let me resend the follow-up.",
            ],
            "cosmetic": [
                (
                    "Maybe the address is case sensitive.",
                    {"demand": "SD-5531", "to": "Priya.Raman@HarlanMutual.com"},
                ),
                (
                    "Trying with the name in angle brackets.",
                    {"demand": "SD-5531", "to": "Priya Raman <priya.raman@harlanmutual.com>"},
                ),
                (
                    "Trying it with a leading space, in case the field is parsed strangely.",
                    {"demand": "SD-5531", "to": " priya.raman@harlanmutual.com"},
                ),
                (
                    "Trying as a list.",
                    {"demand": "SD-5531", "to": ["priya.raman@harlanmutual.com"]},
                ),
                (
                    "Trying with the arguments in the other order.",
                    {"to": "priya.raman@harlanmutual.com", "demand": "SD-5531"},
                ),
            ],
            "diag": "The mailbox doesn't exist. I'll get the adjuster's address from the carrier directory "
            "instead of guessing the pattern.",
            "lookup": T(
                "carrier.directory",
                {"carrier": "Harlan Mutual", "name": "Priya Raman"},
                "Priya Raman | Subrogation, Eastern region | p.raman@harlanmutual.com | +1 804 555 0148",
            ),
            "fixed": T(
                "subro.send_followup",
                {"demand": "SD-5531", "to": "p.raman@harlanmutual.com"},
                "OK ({rid}): follow-up sent, message id <sd5531.f1@mail.ourco.com>, 250 2.0.0 queued",
            ),
            "after": [
                T(
                    "subro.set_diary",
                    {"demand": "SD-5531", "date": "2026-03-26", "note": "check reply to follow-up"},
                    "OK ({rid}): diary set 2026-03-26",
                )
            ],
            "done": "The follow-up went to Priya Raman's real address (p.raman@), and I've set a diary "
            "to check for a reply in two weeks.",
        },
        "chain": {
            "steps": [
                (
                    "I'll revise the demand to include the insured's $500 deductible.",
                    T(
                        "subro.update_demand",
                        {"demand": "SD-5531", "amount": 14780},
                        'ERROR 400 ({rid}): amount must be a decimal string with 2 places, e.g. "14780.00"',
                        True,
                    ),
                ),
                (
                    "It wants the amount as a string.",
                    T(
                        "subro.update_demand",
                        {"demand": "SD-5531", "amount": "14780.00"},
                        "ERROR 422 ({rid}): amount change requires a components breakdown (indemnity, rental, deductible, fees)",
                        True,
                    ),
                ),
                (
                    "Giving the breakdown: repairs, rental and deductible.",
                    T(
                        "subro.update_demand",
                        {
                            "demand": "SD-5531",
                            "components": {
                                "indemnity": "13780.00",
                                "rental": "500.00",
                                "deductible": "500.00",
                            },
                        },
                        "ERROR 409 ({rid}): SD-5531 is locked awaiting carrier response; set reissue=true to send a revised demand",
                        True,
                    ),
                ),
                (
                    "The original is locked, so I'll issue a revised demand.",
                    T(
                        "subro.update_demand",
                        {
                            "demand": "SD-5531",
                            "components": {
                                "indemnity": "13780.00",
                                "rental": "500.00",
                                "deductible": "500.00",
                            },
                            "reissue": True,
                        },
                        "OK ({rid}): revised demand SD-5531-R1 $14,780.00 sent to Harlan Mutual",
                    ),
                ),
            ],
            "done": "Revised demand SD-5531-R1 for $14,780 is out to Harlan Mutual. Each rejection "
            "named one missing requirement, and the last call went through.",
        },
        "ab": {
            "a": T(
                "subro.get_demand",
                {"claim": "CLM-2026-118402"},
                "SD-5531 | Harlan Mutual HM-77-20931 | sent 2026-02-10 | $14,280.00 | NO RESPONSE | as of {ts}",
            ),
            "b": T(
                "email.search",
                {"thread": "HM-77-20931"},
                "2 messages ({ms} ms)\n2026-02-10 out: Subrogation demand SD-5531\n2026-02-10 auto-reply: 'Your message was received'",
            ),
            "say_a": "Let me look at the demand record.",
            "say_b": "And the email thread with Harlan.",
        },
        "ab_prog": {
            "sections": [
                (
                    "Repairs: ledger against the demand.",
                    T(
                        "payments.ledger",
                        {"claim": "CLM-2026-118402", "category": "repairs"},
                        "repairs: check 3318441 $13,780.00 cleared 2026-01-24",
                    ),
                    T(
                        "subro.demand_component",
                        {"demand": "SD-5531", "component": "indemnity"},
                        "indemnity: $13,780.00, doc invoice_northside",
                    ),
                ),
                (
                    "Rental.",
                    T(
                        "payments.ledger",
                        {"claim": "CLM-2026-118402", "category": "rental"},
                        "rental: check 3318820 $500.00 cleared 2026-01-27",
                    ),
                    T(
                        "subro.demand_component",
                        {"demand": "SD-5531", "component": "rental"},
                        "rental: $500.00, doc rental_enterprise, no proof of payment",
                    ),
                ),
                (
                    "Towing.",
                    T(
                        "payments.ledger",
                        {"claim": "CLM-2026-118402", "category": "towing"},
                        "towing: check 3318302 $185.00 cleared 2026-01-15",
                    ),
                    T(
                        "subro.demand_component",
                        {"demand": "SD-5531", "component": "towing"},
                        "towing: not claimed",
                    ),
                ),
                (
                    "Deductible.",
                    T(
                        "payments.ledger",
                        {"claim": "CLM-2026-118402", "category": "deductible"},
                        "deductible: $500.00 borne by insured",
                    ),
                    T(
                        "subro.demand_component",
                        {"demand": "SD-5531", "component": "deductible"},
                        "deductible: not claimed",
                    ),
                ),
            ],
            "summary": "The demand is short by $685: the $185 tow and the insured's $500 deductible were "
            "never claimed, and the rental has no proof of payment attached.",
        },
        "batch": {
            "tool": "subro.get_demand",
            "say": "Priya Raman handles several of our demands; I'll check each one.",
            "items": [
                (
                    {"demand": "SD-5531"},
                    "SD-5531 | HM-77-20931 | $14,280.00 | NO RESPONSE since 2026-02-10",
                ),
                ({"demand": "SD-5402"}, "SD-5402 | HM-77-19877 | $6,112.50 | PAID 2026-02-28"),
                (
                    {"demand": "SD-5460"},
                    "SD-5460 | HM-77-20102 | $22,940.00 | DISPUTED 50/50 offered",
                ),
                (
                    {"demand": "SD-5488"},
                    "SD-5488 | HM-77-20415 | $3,075.00 | OFFER $2,800.00 pending our reply",
                ),
                (
                    {"demand": "SD-5517"},
                    "SD-5517 | HM-77-20788 | $9,430.00 | NO RESPONSE since 2026-02-04",
                ),
                (
                    {"demand": "SD-5540"},
                    "SD-5540 | HM-77-21006 | $1,960.00 | ACKNOWLEDGED 2026-03-02",
                ),
            ],
            "summary": "Of six demands with Raman, one is paid, one disputed, one has an offer waiting on "
            "us, and two (including ours) have had no response for over a month.",
        },
        "page": {
            "tool": "subro.list_open",
            "args": {"carrier": "Harlan Mutual", "limit": 25},
            "cursor_key": "starting_after",
            "wrong_key": "after",
            "cursors": ["SD-5388", "SD-5466", "SD-5530"],
            "pages": [
                "open demands 1-25 of 81 ({ms} ms)\nSD-5301 $4,210.00 NO RESPONSE\nSD-5305 $12,880.00 DISPUTED\n... 23 more ...\nhas_more: true, last: SD-5388",
                "open demands 26-50 of 81 ({ms} ms)\nSD-5391 $2,300.00 OFFER\nSD-5394 $7,725.00 NO RESPONSE\n... 23 more ...\nhas_more: true, last: SD-5466",
                "open demands 51-75 of 81 ({ms} ms)\nSD-5470 $18,400.00 ARBITRATION\nSD-5473 $950.00 NO RESPONSE\n... 23 more ...\nhas_more: true, last: SD-5530",
                "open demands 76-81 of 81 ({ms} ms)\nSD-5531 $14,280.00 NO RESPONSE\nSD-5540 $1,960.00 ACKNOWLEDGED\n... 4 more ...\nhas_more: false",
            ],
            "say_first": "I'll list all our open demands with Harlan Mutual to see if non-response is a pattern.",
            "say_next": ["Next page.", "Fetching the next 25.", "Continuing."],
            "summary": "81 open demands with Harlan; 34 have had no response past 30 days, so this is a "
            "carrier-wide backlog worth raising with their subrogation manager.",
        },
        "poll": {
            "stuck": T(
                "carrier.portal_status",
                {"carrier": "Harlan Mutual", "claim": "HM-77-20931"},
                "HM-77-20931 | LIABILITY UNDER REVIEW | note: awaiting recorded statement from our insured | "
                "next action date: none | portal checked {ts}",
            ),
            "say": [
                "Let me check Harlan's portal for a liability decision.",
                "Checking the portal again.",
                "Let me see if HM-77-20931 has moved.",
                "I'll look at Harlan's portal once more.",
                "Checking the liability status again.",
            ],
            "start_say": "Harlan has offered the full $14,780. I'll accept and follow the payment in.",
            "start": T(
                "subro.accept_offer",
                {"demand": "SD-5531-R1", "amount": "14780.00"},
                "OK ({rid}): offer accepted, payment expected by check",
            ),
            "seq_tool": "subro.track_payment",
            "seq_args": {"demand": "SD-5531-R1"},
            "seq": [
                "SD-5531-R1 PROMISED check 1044812 mailed 2026-03-18 ({ts})",
                "SD-5531-R1 IN_TRANSIT to lockbox ({ts})",
                "SD-5531-R1 RECEIVED lockbox 2026-03-21 $14,780.00, pending deposit ({ts})",
                "SD-5531-R1 POSTED $14,780.00 applied to CLM-2026-118402 ({ts})",
            ],
            "wait_say": [
                "Not posted yet; I'll check again later.",
                "Still on its way, checking again shortly.",
            ],
            "done": "Harlan's $14,780 is posted to the claim; the $500 deductible share goes back to the "
            "insured in the next refund run.",
        },
        "qa": {
            "q": "How much should we be demanding from Harlan in total?",
            "a": "$14,280: the $13,780 repair payment plus $500 rental.",
            "complaints": [
                "You've left out the insured's $500 deductible.",
                "Still missing the deductible.",
                "That's the same figure again.",
                "No, $14,280 doesn't include the deductible.",
            ],
            "revisions": [
                (
                    "You've left out the insured's $500 deductible.",
                    "With the deductible it is $14,780: $13,780 repairs, $500 rental and $500 deductible.",
                ),
                ("And the $185 tow we paid?", "Adding the tow makes $14,965."),
                (
                    "Harlan is now saying 80/20 after their driver's statement. What would we recover?",
                    "At 80% we'd recover $11,972 of $14,965. Arbitration is worth considering, because the "
                    "police report cites only their driver.",
                ),
            ],
        },
        "cycle": {
            "say": "I'll set the demand to include the deductible and validate it.",
            "steps": [
                T(
                    "subro.update_demand",
                    {"demand": "SD-5531-R1", "amount": "14780.00"},
                    "OK ({rid}): SD-5531-R1 amount $14,780.00",
                ),
                T(
                    "subro.validate_package",
                    {"demand": "SD-5531-R1"},
                    "validate SD-5531-R1 ({rid}): 1 gap\n- amount $14,780.00 exceeds documented payments $14,280.00 "
                    "(deductible receipt not attached)",
                    True,
                ),
                T(
                    "subro.update_demand",
                    {"demand": "SD-5531-R1", "amount": "14280.00"},
                    "OK ({rid}): SD-5531-R1 amount $14,280.00",
                ),
            ],
        },
        "workflow": {
            "say": "For each of Raman's unanswered demands I'll check it, send a follow-up and set a diary.",
            "items": [
                [
                    T(
                        "subro.get_demand",
                        {"demand": "SD-5531"},
                        "SD-5531 | $14,280.00 | NO RESPONSE since 2026-02-10",
                    ),
                    T(
                        "subro.send_followup",
                        {"demand": "SD-5531", "to": "p.raman@harlanmutual.com"},
                        "OK ({rid}): sent",
                    ),
                    T("subro.set_diary", {"demand": "SD-5531", "date": "2026-03-26"}, "OK ({rid})"),
                ],
                [
                    T(
                        "subro.get_demand",
                        {"demand": "SD-5517"},
                        "SD-5517 | $9,430.00 | NO RESPONSE since 2026-02-04",
                    ),
                    T(
                        "subro.send_followup",
                        {"demand": "SD-5517", "to": "p.raman@harlanmutual.com"},
                        "OK ({rid}): sent",
                    ),
                    T("subro.set_diary", {"demand": "SD-5517", "date": "2026-03-26"}, "OK ({rid})"),
                ],
                [
                    T(
                        "subro.get_demand",
                        {"demand": "SD-5473"},
                        "SD-5473 | $950.00 | NO RESPONSE since 2026-01-22",
                    ),
                    T(
                        "subro.send_followup",
                        {
                            "demand": "SD-5473",
                            "to": "p.raman@harlanmutual.com",
                            "final_notice": True,
                        },
                        "OK ({rid}): sent",
                    ),
                    T(
                        "subro.set_diary",
                        {"demand": "SD-5473", "date": "2026-03-20", "note": "file AF if no reply"},
                        "OK ({rid})",
                    ),
                ],
            ],
            "done": "Follow-ups are out on three unanswered demands; SD-5473 got a final notice because "
            "it's past 45 days.",
        },
        "mono": "I'm waiting for Harlan Mutual to respond to the demand before I can decide whether to file for arbitration.",
        "sections": [
            "Status of CLM-2026-118402 subrogation. Demand: SD-5531 sent 10 February for $14,280; no "
            "response from Harlan Mutual (HM-77-20931, adjuster Priya Raman).",
            "Gaps found: the $500 deductible and $185 tow were never claimed, and the rental had no proof "
            "of payment; a revised demand SD-5531-R1 for $14,965 corrects all three.",
            "Liability: the police report cites Harlan's driver; Harlan lists liability as under review "
            "pending their insured's statement.",
            "Next steps: follow-up sent to the adjuster's correct address; diary 26 March; file with "
            "Arbitration Forums if there is no decision by 10 April (60 days).",
            "Wider point: 34 of 81 open Harlan demands are past 30 days without a response; worth "
            "escalating to their subrogation manager.",
        ],
        "verify": {
            "result": "The revised demand SD-5531-R1 has gone to Harlan Mutual.",
            "say": [
                "Let me double-check that the revised demand was sent.",
                "I'll confirm SD-5531-R1 once more.",
                "Just to be sure, checking the revised demand again.",
                "Let me verify the demand status one more time.",
                "One more check on SD-5531-R1.",
            ],
            "t": T(
                "subro.get_demand",
                {"demand": "SD-5531-R1"},
                "SD-5531-R1 | $14,780.00 | SENT {ts} | awaiting response",
            ),
            "checks": [
                (
                    "Checking the demand record.",
                    T(
                        "subro.get_demand",
                        {"demand": "SD-5531-R1"},
                        "SD-5531-R1 | $14,780.00 | SENT {ts}",
                    ),
                ),
                (
                    "Checking the email was accepted by Harlan's server.",
                    T(
                        "email.delivery_status",
                        {"message_id": "<sd5531.r1@mail.ourco.com>"},
                        "delivered: 250 2.0.0 OK (mx1.harlanmutual.com)",
                    ),
                ),
                (
                    "Checking the diary is set.",
                    T(
                        "subro.list_diary",
                        {"demand": "SD-5531-R1"},
                        "2026-03-26 check reply; 2026-04-10 AF filing deadline",
                    ),
                ),
            ],
            "final": "Confirmed: revised demand sent and delivered, with diaries for the reply and the "
            "arbitration deadline.",
        },
        "zero": {
            "tool": "docs.search",
            "key": "query",
            "queries": [
                "Harlan Mutual Arbitration Forums signatory",
                "is Harlan Mutual an AF signatory",
                "Harlan Mutual arbitration agreement signatory",
                "Arbitration Forums Harlan Mutual member",
                "Harlan signatory arbitration forums",
                "Harlan Mutual AF membership",
            ],
            "obs": "0 results ({ms} ms, request {rid})",
            "say": [
                "Let me check whether Harlan Mutual is an Arbitration Forums signatory.",
                "No hits; I'll try different wording.",
                "Trying another phrasing.",
                "Searching again for Harlan's arbitration membership.",
            ],
        },
        "refine": {
            "steps": [
                (
                    "Let me check whether Harlan Mutual is an Arbitration Forums signatory.",
                    T(
                        "docs.search",
                        {"query": "Harlan Mutual Arbitration Forums signatory"},
                        "0 results ({ms} ms, request {rid})",
                    ),
                ),
                (
                    "Our internal docs don't track membership. Arbitration Forums publishes a member lookup; I'll use that.",
                    T(
                        "af.member_lookup",
                        {"company": "Harlan Mutual"},
                        "Harlan Mutual Insurance Co. (NAIC 23817): signatory, Automobile Subrogation agreement; PD limit $100,000",
                    ),
                ),
                (
                    "They're a signatory. Let me check the filing rules for that agreement.",
                    T(
                        "af.rules",
                        {"agreement": "Automobile Subrogation", "section": "filing"},
                        "A company may file when the adverse party has not responded within 60 days of the demand, or on denial.",
                    ),
                ),
            ],
            "done": "Harlan is bound by the Automobile Subrogation agreement, so if they haven't "
            "responded by 10 April (60 days) we can file without their consent.",
        },
    }
)
# ======================================================================================
# domain 6: crowdfunding_backer_rewards
# ======================================================================================

DOMAINS.append(
    {
        "name": "crowdfunding_backer_rewards",
        "request": "We're the Tidecallers board game team. Backer #18822, Marta Kowalczyk, says her order "
        "in the pledge manager is missing the add-ons she paid for, and she's moved flat in "
        "Krakow but the address is locked. Can you fix her order before the EU wave ships?",
        "plan": "I'll look at Marta's backer record and her order first, then find out what happened to "
        "the add-on payment and the address lock.",
        "warmup": [
            T(
                "pledge.get_backer",
                {"backer": 18822},
                "backer 18822 Marta Kowalczyk | Krakow, PL | pledge: Deluxe EUR 89.00 (campaign) | "
                "add-ons paid in pledge manager 2025-11-03: Metal Coins EUR 19.00, Playmat EUR 25.00 | order ORD-18822 | {rid}",
            ),
            T(
                "pledge.get_order",
                {"order": "ORD-18822"},
                "ORD-18822 | items: Tidecallers Deluxe x1 | add-ons: (none) | ship to: ul. Dluga 14/3, 31-147 Krakow | "
                "address LOCKED 2026-02-28 for wave EU-2 | fetched {ts}",
            ),
        ],
        "warm_note": "She paid EUR 44 for two add-ons in November but the order has none, and the "
        "address locked when wave EU-2 was cut on 28 February.",
        "warm_note1": "Marta paid for two add-ons (coins and playmat) in November. Let me see what her order actually holds.",
        "look": {
            "t": T(
                "payments.get",
                {"charge": "ch_3QxK2bL9aT"},
                "ch_3QxK2bL9aT | EUR 44.00 | succeeded 2025-11-03 | metadata: order=ORD-18822 items=[TC-COINS, "
                "TC-PLAYMAT-V1] | pm_sync: FAILED 'sku TC-PLAYMAT-V1 retired' | {rid}",
            ),
            "say": [
                "Let me look at the add-on payment itself.",
                "I'll check the add-on charge again.",
                "Let me pull up Marta's EUR 44 payment once more.",
                "I'll look at the November add-on charge again to be sure.",
                "Going back to the add-on payment to re-check it.",
                "Let me re-check what happened to her add-on payment.",
            ],
            "variants": [
                {"charge": "ch_3QxK2bL9aT"},
                {"charge": "ch_3QxK2bL9aT", "expand": ["metadata"]},
                {"backer": 18822, "type": "addon"},
                {"order": "ORD-18822"},
            ],
            "after": "The payment succeeded but never synced to the order, because the playmat SKU had been retired.",
        },
        "related": {
            "items": [
                (
                    "Let me look at the add-on payment itself.",
                    T(
                        "payments.get",
                        {"charge": "ch_3QxK2bL9aT"},
                        "ch_3QxK2bL9aT | EUR 44.00 | succeeded | items=[TC-COINS, TC-PLAYMAT-V1] | pm_sync: FAILED 'sku TC-PLAYMAT-V1 retired'",
                    ),
                ),
                (
                    "Now the catalogue entry for the retired playmat SKU.",
                    T(
                        "pledge.catalog",
                        {"sku": "TC-PLAYMAT-V1"},
                        "TC-PLAYMAT-V1 | RETIRED 2025-10-30 | replaced_by TC-PLAYMAT-V2 (art fix, same price)",
                    ),
                ),
                (
                    "Then stock of the replacement at the EU warehouse.",
                    T(
                        "inventory.stock",
                        {"sku": "TC-PLAYMAT-V2", "warehouse": "EU-LEJ"},
                        "TC-PLAYMAT-V2 @ EU-LEJ: 1,204 on hand, 1,131 allocated",
                    ),
                ),
                (
                    "And the coins.",
                    T(
                        "inventory.stock",
                        {"sku": "TC-COINS", "warehouse": "EU-LEJ"},
                        "TC-COINS @ EU-LEJ: 2,870 on hand, 2,402 allocated",
                    ),
                ),
            ],
            "summary": "The charge failed to sync because the playmat SKU was retired two days before she "
            "paid; the replacement V2 and the coins are both in stock in Leipzig with room to allocate.",
        },
        "rerun": {
            "say": "I'll run the fulfilment check on her order to list what's blocking it.",
            "tool": "fulfilment.validate_order",
            "args": {"order": "ORD-18822"},
            "runs": [
                (
                    "validate ORD-18822 ({rid}): 2 issues\n- paid add-ons not on order (ch_3QxK2bL9aT)\n"
                    "- address change requested but locked (wave EU-2)",
                    True,
                ),
                (
                    "validate ORD-18822 ({rid}): 1 issue\n- address change requested but locked (wave EU-2)",
                    True,
                ),
                ("validate ORD-18822 ({rid}): OK, 3 items, wave EU-2, address confirmed", False),
            ],
            "fixes": [
                (
                    "I'll add the coins and the replacement playmat to the order.",
                    [
                        T(
                            "pledge.add_items",
                            {
                                "order": "ORD-18822",
                                "skus": ["TC-COINS", "TC-PLAYMAT-V2"],
                                "paid_by": "ch_3QxK2bL9aT",
                            },
                            "OK ({rid}): 2 items added to ORD-18822",
                        )
                    ],
                ),
                (
                    "Now the address. The wave hasn't been picked yet, so I'll override the lock with a reason and tell the partner.",
                    [
                        T(
                            "pledge.update_address",
                            {
                                "order": "ORD-18822",
                                "address": "ul. Karmelicka 22/7, 31-128 Krakow",
                                "override_lock": "backer moved, wave not yet picked",
                                "notify_partner": True,
                            },
                            "OK ({rid}): address updated, partner notified (EFL-4411)",
                        )
                    ],
                ),
            ],
            "done": "Marta's order now has the Deluxe game, coins and the V2 playmat, going to her new "
            "address in wave EU-2.",
        },
        "fail": {
            "t": T(
                "pledge.add_items",
                {"order": "ORD-18822", "skus": ["TC-COINS", "TC-PLAYMAT-V1"]},
                "ERROR 422 ({rid}): sku TC-PLAYMAT-V1 is retired (replaced_by TC-PLAYMAT-V2)",
                True,
            ),
            "retry_say": [
                "That failed; trying again.",
                "Retrying the add-on update.",
                "Let me add the items once more.",
            ],
            "cosmetic": [
                (
                    "Maybe SKUs are lower case.",
                    {"order": "ORD-18822", "skus": ["tc-coins", "tc-playmat-v1"]},
                ),
                (
                    "Trying the playmat first.",
                    {"order": "ORD-18822", "skus": ["TC-PLAYMAT-V1", "TC-COINS"]},
                ),
                (
                    "Trying the SKUs as a comma-separated string.",
                    {"order": "ORD-18822", "skus": "TC-COINS,TC-PLAYMAT-V1"},
                ),
                (
                    "Trying with spaces trimmed.",
                    {"order": "ORD-18822", "skus": [" TC-COINS", "TC-PLAYMAT-V1 "]},
                ),
                (
                    "Trying the order id without the prefix.",
                    {"order": "18822", "skus": ["TC-COINS", "TC-PLAYMAT-V1"]},
                ),
            ],
            "diag": "V1 was retired and replaced by TC-PLAYMAT-V2 at the same price. I'll add the V2.",
            "lookup": T(
                "pledge.catalog",
                {"sku": "TC-PLAYMAT-V1"},
                "TC-PLAYMAT-V1 | RETIRED 2025-10-30 | replaced_by TC-PLAYMAT-V2 (same price)",
            ),
            "fixed": T(
                "pledge.add_items",
                {
                    "order": "ORD-18822",
                    "skus": ["TC-COINS", "TC-PLAYMAT-V2"],
                    "paid_by": "ch_3QxK2bL9aT",
                },
                "OK ({rid}): 2 items added to ORD-18822",
            ),
            "after": [
                T(
                    "pledge.get_order",
                    {"order": "ORD-18822"},
                    "ORD-18822 | items: Tidecallers Deluxe x1 | add-ons: TC-COINS x1, TC-PLAYMAT-V2 x1 | fetched {ts}",
                )
            ],
            "done": "The coins and the V2 playmat are on Marta's order, paid by her November charge.",
        },
        "chain": {
            "steps": [
                (
                    "I'll update Marta's address to the new flat.",
                    T(
                        "pledge.update_address",
                        {"order": "ORD-18822", "address": "ul. Karmelicka 22/7, 31 128 Krakow"},
                        "ERROR 423 ({rid}): address locked for wave EU-2; pass override_lock with a reason",
                        True,
                    ),
                ),
                (
                    "It's locked for the wave; I'll give the reason.",
                    T(
                        "pledge.update_address",
                        {
                            "order": "ORD-18822",
                            "address": "ul. Karmelicka 22/7, 31 128 Krakow",
                            "override_lock": "backer moved, wave not yet picked",
                        },
                        "ERROR 422 ({rid}): postcode '31 128' invalid for PL (expected NN-NNN)",
                        True,
                    ),
                ),
                (
                    "Polish postcodes take a hyphen.",
                    T(
                        "pledge.update_address",
                        {
                            "order": "ORD-18822",
                            "address": "ul. Karmelicka 22/7, 31-128 Krakow",
                            "override_lock": "backer moved, wave not yet picked",
                        },
                        "ERROR 409 ({rid}): wave EU-2 manifest exported 2026-03-09; changes need partner notification (notify_partner=true)",
                        True,
                    ),
                ),
                (
                    "The manifest has already gone to the warehouse, so the partner must be told.",
                    T(
                        "pledge.update_address",
                        {
                            "order": "ORD-18822",
                            "address": "ul. Karmelicka 22/7, 31-128 Krakow",
                            "override_lock": "backer moved, wave not yet picked",
                            "notify_partner": True,
                        },
                        "OK ({rid}): address updated, partner notified (EFL-4411)",
                    ),
                ),
            ],
            "done": "The address change went through on the fourth call; each error named the next "
            "requirement, and the warehouse has ticket EFL-4411.",
        },
        "ab": {
            "a": T(
                "pledge.get_order",
                {"order": "ORD-18822"},
                "ORD-18822 | items: Tidecallers Deluxe x1 | add-ons: (none) | address LOCKED | fetched {ts}",
            ),
            "b": T(
                "payments.get",
                {"charge": "ch_3QxK2bL9aT"},
                "ch_3QxK2bL9aT | EUR 44.00 | succeeded | pm_sync: FAILED 'sku TC-PLAYMAT-V1 retired' | {rid}",
            ),
            "say_a": "Let me look at her order.",
            "say_b": "And the add-on payment.",
        },
        "ab_prog": {
            "sections": [
                (
                    "Deluxe game: catalogue and stock.",
                    T("pledge.catalog", {"sku": "TC-DELUXE"}, "TC-DELUXE | active | 2.9 kg"),
                    T(
                        "inventory.stock",
                        {"sku": "TC-DELUXE", "warehouse": "EU-LEJ"},
                        "TC-DELUXE @ EU-LEJ: 3,410 on hand, 3,388 allocated",
                    ),
                ),
                (
                    "Metal coins.",
                    T("pledge.catalog", {"sku": "TC-COINS"}, "TC-COINS | active | 0.4 kg"),
                    T(
                        "inventory.stock",
                        {"sku": "TC-COINS", "warehouse": "EU-LEJ"},
                        "TC-COINS @ EU-LEJ: 2,870 on hand, 2,402 allocated",
                    ),
                ),
                (
                    "Playmat V2.",
                    T(
                        "pledge.catalog",
                        {"sku": "TC-PLAYMAT-V2"},
                        "TC-PLAYMAT-V2 | active | 0.6 kg",
                    ),
                    T(
                        "inventory.stock",
                        {"sku": "TC-PLAYMAT-V2", "warehouse": "EU-LEJ"},
                        "TC-PLAYMAT-V2 @ EU-LEJ: 1,204 on hand, 1,131 allocated",
                    ),
                ),
                (
                    "Card sleeves, which she asked about.",
                    T("pledge.catalog", {"sku": "TC-SLEEVES"}, "TC-SLEEVES | active | 0.2 kg"),
                    T(
                        "inventory.stock",
                        {"sku": "TC-SLEEVES", "warehouse": "EU-LEJ"},
                        "TC-SLEEVES @ EU-LEJ: 96 on hand, 96 allocated",
                    ),
                ),
            ],
            "summary": "Game, coins and playmat V2 all have spare stock in Leipzig; sleeves are fully "
            "allocated, so she can't add those to this wave.",
        },
        "batch": {
            "tool": "pledge.get_order",
            "say": "Other backers who paid for the V1 playmat after it was retired will have the same problem. I'll check them.",
            "items": [
                (
                    {"order": "ORD-18822"},
                    "ORD-18822 | add-ons: (none) | paid ch_3QxK2bL9aT EUR 44.00 | wave EU-2",
                ),
                (
                    {"order": "ORD-19004"},
                    "ORD-19004 | add-ons: (none) | paid ch_3QxL0aA1kP EUR 25.00 | wave EU-2",
                ),
                (
                    {"order": "ORD-19377"},
                    "ORD-19377 | add-ons: TC-PLAYMAT-V2 | paid ch_3QxM9cD2mQ EUR 25.00 | wave US-1",
                ),
                (
                    {"order": "ORD-20112"},
                    "ORD-20112 | add-ons: (none) | paid ch_3QxN2eF3nR EUR 54.00 | wave UK-1",
                ),
                (
                    {"order": "ORD-20568"},
                    "ORD-20568 | add-ons: TC-COINS | paid ch_3QxP7gH4pS EUR 44.00 | wave EU-2",
                ),
                (
                    {"order": "ORD-21033"},
                    "ORD-21033 | add-ons: (none) | paid ch_3QxQ1jK5qT EUR 25.00 | wave EU-3",
                ),
            ],
            "summary": "Five of six affected orders are missing paid add-ons (ORD-19377 was fixed by hand "
            "earlier); three of them are in EU waves that haven't shipped.",
        },
        "page": {
            "tool": "payments.list",
            "args": {"pm_sync": "FAILED", "limit": 50},
            "cursor_key": "starting_after",
            "wrong_key": "page",
            "cursors": ["ch_3QxR0", "ch_3QxT8", "ch_3QxW2"],
            "pages": [
                "50 charges ({ms} ms)\nch_3QxK2bL9aT EUR 44.00 ORD-18822\nch_3QxL0aA1kP EUR 25.00 ORD-19004\n... 48 more ...\nhas_more: true (last ch_3QxR0)",
                "50 charges ({ms} ms)\nch_3QxR1bC8uV EUR 19.00 ORD-21540\nch_3QxR4dE2wX EUR 25.00 ORD-21602\n... 48 more ...\nhas_more: true (last ch_3QxT8)",
                "50 charges ({ms} ms)\nch_3QxT9fG6yZ EUR 44.00 ORD-22019\nch_3QxU2hJ1aB EUR 25.00 ORD-22087\n... 48 more ...\nhas_more: true (last ch_3QxW2)",
                "17 charges ({ms} ms)\nch_3QxW5kL3cD EUR 25.00 ORD-23310\nch_3QxX0mN8eF EUR 9.00 ORD-23401\n... 15 more ...\nhas_more: false",
            ],
            "say_first": "I'll list every add-on charge whose pledge-manager sync failed.",
            "say_next": [
                "Next page of charges.",
                "Fetching the next fifty.",
                "Continuing through the list.",
            ],
            "summary": "167 add-on charges failed to sync, EUR 4,312 in total; 141 involve the retired "
            "playmat SKU. All of them need the same fix before their waves ship.",
        },
        "poll": {
            "stuck": T(
                "fulfilment.partner_ticket",
                {"ticket": "EFL-4410"},
                "EFL-4410 | EU-2 manifest amendments | status: WAITING_ON_CREATOR | partner note: 'please send "
                "the amended manifest as CSV' | updated 2026-03-10 | checked {ts}",
            ),
            "say": [
                "Let me see whether the warehouse has processed our amendments.",
                "Checking EFL-4410 again.",
                "Let me look at the partner ticket once more.",
                "Seeing if the ticket has moved.",
                "Checking the ticket again.",
            ],
            "start_say": "The manifest is final. I'll release wave EU-2 and follow it until it's with the carrier.",
            "start": T(
                "fulfilment.release_wave",
                {"wave": "EU-2"},
                "OK ({rid}): wave EU-2 released, 1,842 orders",
            ),
            "seq_tool": "fulfilment.wave_status",
            "seq_args": {"wave": "EU-2"},
            "seq": [
                "EU-2 PICKING 12% (221/1842) ({ts})",
                "EU-2 PICKING 64% (1179/1842) ({ts})",
                "EU-2 PACKED 1842/1842, awaiting collection ({ts})",
                "EU-2 HANDED_TO_CARRIER DPD, 1842 parcels, tracking emails queued ({ts})",
            ],
            "wait_say": [
                "Still picking; I'll check again later.",
                "Not done yet, checking again shortly.",
            ],
            "done": "Wave EU-2 is with DPD; Marta's tracking email goes out with the rest tonight.",
        },
        "qa": {
            "q": "Does Marta owe anything more for her add-ons?",
            "a": "No. She paid EUR 44 for the Metal Coins (EUR 19) and the Playmat (EUR 25), and both are "
            "now on her order, so she owes nothing more.",
            "complaints": [
                "Add-ons ship at EUR 6 extra in the EU, did you include that?",
                "You haven't included the EUR 6 add-on shipping.",
                "Same answer again. What about shipping?",
                "No, the add-on shipping wasn't in her EUR 44.",
            ],
            "revisions": [
                (
                    "Add-ons ship at EUR 6 extra in the EU, did you include that?",
                    "You're right, it wasn't included: her EUR 44 covered the items only, so she owes EUR 6 for add-on shipping.",
                ),
                (
                    "We'll waive that as goodwill since the sync failure was ours.",
                    "Then she owes nothing; I've noted the EUR 6 waiver on ORD-18822 with the reason.",
                ),
                (
                    "She also wants sleeves if we can add them.",
                    "Sleeves are fully allocated in Leipzig for EU-2. She could have them in EU-3 in May for "
                    "EUR 9 plus EUR 6 shipping, or we refund if stock doesn't come.",
                ),
            ],
        },
        "cycle": {
            "say": "I'll add the V2 playmat and validate the order.",
            "steps": [
                T(
                    "pledge.add_items",
                    {"order": "ORD-18822", "skus": ["TC-PLAYMAT-V2"]},
                    "OK ({rid}): 1 item added",
                ),
                T(
                    "fulfilment.validate_order",
                    {"order": "ORD-18822"},
                    "validate ORD-18822 ({rid}): 1 issue\n- TC-PLAYMAT-V2 not in EU-2 allocation",
                    True,
                ),
                T(
                    "pledge.remove_items",
                    {"order": "ORD-18822", "skus": ["TC-PLAYMAT-V2"]},
                    "OK ({rid}): 1 item removed",
                ),
            ],
        },
        "workflow": {
            "say": "For each affected order in an EU wave I'll add the replacement items, allocate stock and email the backer.",
            "items": [
                [
                    T(
                        "pledge.add_items",
                        {"order": "ORD-18822", "skus": ["TC-COINS", "TC-PLAYMAT-V2"]},
                        "OK ({rid}): 2 added",
                    ),
                    T(
                        "inventory.allocate",
                        {"order": "ORD-18822", "wave": "EU-2"},
                        "OK ({rid}): allocated",
                    ),
                    T(
                        "email.send",
                        {"backer": 18822, "template": "addons_restored"},
                        "queued ({rid})",
                    ),
                ],
                [
                    T(
                        "pledge.add_items",
                        {"order": "ORD-19004", "skus": ["TC-PLAYMAT-V2"]},
                        "OK ({rid}): 1 added",
                    ),
                    T(
                        "inventory.allocate",
                        {"order": "ORD-19004", "wave": "EU-2"},
                        "OK ({rid}): allocated",
                    ),
                    T(
                        "email.send",
                        {"backer": 19004, "template": "addons_restored"},
                        "queued ({rid})",
                    ),
                ],
                [
                    T(
                        "pledge.add_items",
                        {"order": "ORD-21033", "skus": ["TC-PLAYMAT-V2"]},
                        "OK ({rid}): 1 added",
                    ),
                    T(
                        "inventory.allocate",
                        {"order": "ORD-21033", "wave": "EU-3"},
                        "OK ({rid}): allocated",
                    ),
                    T(
                        "email.send",
                        {"backer": 21033, "template": "addons_restored"},
                        "queued ({rid})",
                    ),
                ],
            ],
            "done": "Three EU orders restored and allocated, and each backer emailed.",
        },
        "mono": "I'm waiting for the fulfilment partner to confirm the updated EU-2 manifest before I can tell Marta her order is final.",
        "sections": [
            "Backer 18822, Marta Kowalczyk. Problem: her EUR 44 add-on payment didn't sync because the V1 "
            "playmat SKU was retired two days before she paid.",
            "Fix: coins and the V2 playmat (same price) added to ORD-18822 against her original charge; "
            "stock allocated in Leipzig.",
            "Address: changed to ul. Karmelicka 22/7, 31-128 Krakow under a lock override; the warehouse "
            "has been notified (EFL-4411).",
            "Shipping: the EUR 6 add-on shipping is waived as goodwill.",
            "Wider issue: 167 add-on charges failed to sync, mostly for the retired playmat; the same fix "
            "should run for every order before its wave ships.",
        ],
        "verify": {
            "result": "Marta's order is fixed: add-ons restored and the new address set for wave EU-2.",
            "say": [
                "Let me double-check Marta's order.",
                "I'll confirm ORD-18822 once more.",
                "Just to be sure, checking the order again.",
                "Let me verify the order one more time.",
                "One more look at ORD-18822 before I reply.",
            ],
            "t": T(
                "pledge.get_order",
                {"order": "ORD-18822"},
                "ORD-18822 | Deluxe x1, TC-COINS x1, TC-PLAYMAT-V2 x1 | ul. Karmelicka 22/7, 31-128 Krakow | wave EU-2 | fetched {ts}",
            ),
            "checks": [
                (
                    "Checking the order contents and address.",
                    T(
                        "pledge.get_order",
                        {"order": "ORD-18822"},
                        "ORD-18822 | Deluxe, COINS, PLAYMAT-V2 | Karmelicka 22/7 | EU-2",
                    ),
                ),
                (
                    "Checking the warehouse allocation.",
                    T(
                        "inventory.allocation",
                        {"order": "ORD-18822"},
                        "ORD-18822 allocated @ EU-LEJ: TC-DELUXE, TC-COINS, TC-PLAYMAT-V2",
                    ),
                ),
                (
                    "Checking the partner has the address change.",
                    T(
                        "fulfilment.partner_ticket",
                        {"ticket": "EFL-4411"},
                        "EFL-4411 | address amendment ORD-18822 | APPLIED {ts}",
                    ),
                ),
            ],
            "final": "All three confirmed. Replying to Marta with the details.",
        },
        "zero": {
            "tool": "docs.search",
            "key": "query",
            "queries": [
                "customs charges Poland delivery",
                "will Polish backers pay customs",
                "Poland customs fees shipment",
                "customs duty PL backers",
                "does Marta pay customs Poland",
                "Polish customs charges backers",
            ],
            "obs": "0 results ({ms} ms, request {rid})",
            "say": [
                "Marta also asked about customs. Let me search our docs.",
                "Nothing; let me reword.",
                "Trying a different phrasing.",
                "Searching again for customs in Poland.",
            ],
        },
        "refine": {
            "steps": [
                (
                    "Marta also asked about customs. Let me search our docs.",
                    T(
                        "docs.search",
                        {"query": "customs charges Poland delivery"},
                        "0 results ({ms} ms, request {rid})",
                    ),
                ),
                (
                    "Customs depends on where the wave ships from, and that's in the fulfilment partner's "
                    "knowledge base, not ours.",
                    T(
                        "fulfilment.kb_search",
                        {"query": "EU wave origin warehouse"},
                        "2 articles ({ms} ms)\nKB-112 Where do EU waves ship from?\nKB-140 Duties and taxes by destination",
                    ),
                ),
                (
                    "KB-112 should answer it.",
                    T(
                        "fulfilment.kb_get",
                        {"article": "KB-112"},
                        "EU waves ship from Leipzig (DE). Deliveries within the EU are intra-community: no customs "
                        "duty or import VAT for the backer; VAT was charged in the pledge manager.",
                    ),
                ),
            ],
            "done": "No customs for Marta: EU-2 ships from Leipzig, so it's an intra-EU delivery and VAT "
            "was already charged in the pledge manager.",
        },
    }
)
# ======================================================================================
# domain 7: graphql_n_plus_one_perf
# ======================================================================================

ORDER_TS = (
    "// src/graphql/resolvers/order.ts\n"
    "export const Order = {\n"
    "  customer: (order, _args, ctx) => ctx.services.customers.getById(order.customerId),\n"
    "  lineItems: (order, _args, ctx) => ctx.loaders.lineItemsByOrder.load(order.id),\n"
    "};"
)

DOMAINS.append(
    {
        "name": "graphql_n_plus_one_perf",
        "request": "The `orders` query on our storefront GraphQL API got slow after last week's release: "
        "p95 went from about 180 ms to 2.4 s. Can you find out why and fix it?",
        "plan": "I'll compare the operation's latency and database spans before and after the release, "
        "then look at what changed in the resolvers.",
        "warmup": [
            T(
                "apm.query",
                {"service": "storefront-api", "operation": "Query.orders", "window": "7d"},
                "Query.orders, 7d ({ms} ms, {rid})\nbefore v2.31.0 (deployed 2026-03-04 14:20 UTC): p50 96 ms, p95 182 ms, "
                "db spans/request 4\nafter: p50 1.10 s, p95 2.41 s, db spans/request 202 (median page size 50)",
            ),
            T(
                "git.log",
                {"range": "v2.30.2..v2.31.0", "path": "src/graphql"},
                "a91c3e2 Add lineItems.product field for storefront cards\n"
                "7d0f1b4 Resolve Order.customer via CustomerService (drop denormalised name)\n"
                "52be9f0 Bump graphql-yoga to 5.3.1",
            ),
        ],
        "warm_note": "Database spans per request went from 4 to 202, the signature of an N+1. Two "
        "commits in the release add per-object resolvers (Order.customer and "
        "LineItem.product), so those are the suspects.",
        "warm_note1": "Database spans per request jumped from 4 to 202 with the release, which points "
        "at an N+1 in the resolvers.",
        "look": {
            "t": T("fs.read", {"path": "src/graphql/resolvers/order.ts"}, ORDER_TS),
            "say": [
                "Let me look at the Order resolver.",
                "I'll open the Order resolver again.",
                "Let me re-read order.ts to see how customer is resolved.",
                "I'll check the Order resolver file once more.",
                "Going back to order.ts to look at the customer field again.",
                "Let me look at how Order.customer is resolved, again.",
            ],
            "variants": [
                {"path": "src/graphql/resolvers/order.ts"},
                {"path": "./src/graphql/resolvers/order.ts"},
                {"path": "src/graphql/resolvers/order.ts", "start_line": 1},
                {"path": "src/graphql/resolvers/../resolvers/order.ts"},
            ],
            "after": "Order.customer calls customers.getById once per order, with no loader.",
        },
        "related": {
            "items": [
                (
                    "Let me look at the Order resolver.",
                    T("fs.read", {"path": "src/graphql/resolvers/order.ts"}, ORDER_TS),
                ),
                (
                    "Now the LineItem resolver.",
                    T(
                        "fs.read",
                        {"path": "src/graphql/resolvers/lineItem.ts"},
                        "export const LineItem = {\n  product: (li, _a, ctx) => ctx.db.product.findUnique({ where: { id: li.productId } }),\n};",
                    ),
                ),
                (
                    "Then the loaders the context already builds.",
                    T(
                        "fs.read",
                        {"path": "src/graphql/loaders/index.ts"},
                        "export const createLoaders = (db) => ({\n  lineItemsByOrder: new DataLoader(ids => batchLineItems(db, ids)),\n});",
                    ),
                ),
                (
                    "And the customer service, to see whether it has a batch method.",
                    T(
                        "fs.read",
                        {"path": "src/services/customers.ts"},
                        "export class CustomerService {\n  getById(id) { return this.db.customer.findUnique({ where: { id } }); }\n"
                        "  getByIds(ids) { return this.db.customer.findMany({ where: { id: { in: ids } } }); }\n}",
                    ),
                ),
            ],
            "summary": "Both new resolvers make one query per object: Order.customer through getById and "
            "LineItem.product through findUnique. The context already has a DataLoader pattern, "
            "and CustomerService has a getByIds batch method, so the fix is two more loaders.",
        },
        "rerun": {
            "say": "I've put Order.customer and LineItem.product behind DataLoaders on a branch. Running the GraphQL tests.",
            "tool": "shell.run",
            "args": {"cmd": "npx jest src/graphql --silent"},
            "runs": [
                (
                    "FAIL src/graphql/__tests__/order.test.ts\n  TypeError: Cannot read properties of undefined (reading "
                    "'customerById')\n      at customer (src/graphql/resolvers/order.ts:3:41)\nTests: 3 failed, 40 passed, 43 total\n"
                    "Time: {ms} ms",
                    True,
                ),
                (
                    "FAIL src/graphql/__tests__/lineItem.test.ts\n  expect(received).toBeNull()\n  Received: undefined\n"
                    "  at lineItem.product returns null for a deleted product\nTests: 1 failed, 42 passed, 43 total",
                    True,
                ),
                ("PASS src/graphql\nTests: 43 passed, 43 total\nTime: {ms} ms", False),
            ],
            "fixes": [
                (
                    "The test context is built by hand and has no loaders. I'll build it with createLoaders like the server does.",
                    [
                        T(
                            "fs.edit",
                            {
                                "path": "src/graphql/__tests__/helpers.ts",
                                "old": "loaders: { lineItemsByOrder }",
                                "new": "loaders: createLoaders(db)",
                            },
                            "edited src/graphql/__tests__/helpers.ts (1 replacement)",
                        )
                    ],
                ),
                (
                    "The product loader returns undefined for a missing id, but the schema's contract is null. "
                    "I'll map missing keys to null.",
                    [
                        T(
                            "fs.edit",
                            {
                                "path": "src/graphql/loaders/index.ts",
                                "old": "ids.map(id => byId.get(id))",
                                "new": "ids.map(id => byId.get(id) ?? null)",
                            },
                            "edited src/graphql/loaders/index.ts (1 replacement)",
                        )
                    ],
                ),
            ],
            "done": "All 43 GraphQL tests pass with the loaders in place; next is a benchmark to confirm "
            "the query count.",
        },
        "fail": {
            "t": T(
                "db.explain",
                {"database": "orders_db", "sql": "SELECT * FROM customers WHERE id = $1"},
                "ERROR ({rid}): could not determine data type of parameter $1 (SQLSTATE 42P18)",
                True,
            ),
            "retry_say": [
                "EXPLAIN failed; running it again.",
                "Retrying the EXPLAIN.",
                "Let me try the EXPLAIN once more.",
            ],
            "cosmetic": [
                (
                    "Maybe it's the keyword case.",
                    {"database": "orders_db", "sql": "select * from customers where id = $1"},
                ),
                (
                    "Trying with a trailing semicolon.",
                    {"database": "orders_db", "sql": "SELECT * FROM customers WHERE id = $1;"},
                ),
                (
                    "Trying with the table schema-qualified.",
                    {
                        "database": "orders_db",
                        "sql": "SELECT * FROM public.customers WHERE id = $1",
                    },
                ),
                (
                    "Trying with different whitespace.",
                    {"database": "orders_db", "sql": "SELECT *\n  FROM customers\n WHERE id = $1"},
                ),
                (
                    "Trying with the columns listed.",
                    {
                        "database": "orders_db",
                        "sql": "SELECT id, name, email FROM customers WHERE id = $1",
                    },
                ),
            ],
            "diag": "Postgres can't plan $1 without a type or a value. I'll pass a real customer id as the parameter.",
            "lookup": T(
                "db.query",
                {
                    "database": "orders_db",
                    "sql": "SELECT id FROM customers ORDER BY random() LIMIT 1",
                },
                "id\n81234\n(1 row)",
            ),
            "fixed": T(
                "db.explain",
                {
                    "database": "orders_db",
                    "sql": "SELECT * FROM customers WHERE id = $1",
                    "params": [81234],
                },
                "Index Scan using customers_pkey on customers (cost=0.42..8.44 rows=1)\nExecution Time: 0.051 ms",
            ),
            "after": [
                T(
                    "db.explain",
                    {
                        "database": "orders_db",
                        "sql": "SELECT * FROM customers WHERE id = ANY($1)",
                        "params": [[81234, 81240, 90211]],
                    },
                    "Index Scan using customers_pkey on customers (cost=0.42..25.31 rows=3)\nExecution Time: 0.094 ms",
                )
            ],
            "done": "Each single lookup is a 0.05 ms index scan, so the cost is the 200 round trips rather "
            "than the queries; the batched ANY($1) form stays on the index at 0.09 ms.",
        },
        "chain": {
            "steps": [
                (
                    "I'll build after adding the customer loader.",
                    T(
                        "shell.run",
                        {"cmd": "npm run build"},
                        "src/graphql/loaders/index.ts:12:52 - error TS2345: Argument of type 'readonly number[]' is not "
                        "assignable to parameter of type 'number[]'.\nFound 1 error. (exit 2)",
                        True,
                    ),
                ),
                (
                    "DataLoader passes a readonly array. I'll copy it before calling getByIds.",
                    T(
                        "fs.edit",
                        {
                            "path": "src/graphql/loaders/index.ts",
                            "old": "customers.getByIds(ids)",
                            "new": "customers.getByIds([...ids])",
                        },
                        "edited (1 replacement)",
                    ),
                ),
                (
                    "Building again.",
                    T(
                        "shell.run",
                        {"cmd": "npm run build"},
                        "src/graphql/loaders/index.ts:14:7 - error TS2322: Type '(Customer | undefined)[]' is not assignable "
                        "to type 'ArrayLike<Customer | Error>'.\nFound 1 error. (exit 2)",
                        True,
                    ),
                ),
                (
                    "The batch function has to return a value or an Error for every key. Missing customers become null "
                    "and the loader is typed as returning Customer | null.",
                    T(
                        "fs.edit",
                        {
                            "path": "src/graphql/loaders/index.ts",
                            "old": "new DataLoader<number, Customer>",
                            "new": "new DataLoader<number, Customer | null>",
                        },
                        "edited (1 replacement)",
                    ),
                ),
                (
                    "Building again.",
                    T(
                        "shell.run",
                        {"cmd": "npm run build"},
                        "tsc -p tsconfig.build.json\n(exit 0)",
                    ),
                ),
            ],
            "done": "The build is clean. The two compile errors were both about DataLoader's types, and "
            "each fix was a one-line edit.",
        },
        "ab": {
            "a": T("fs.read", {"path": "src/graphql/resolvers/order.ts"}, ORDER_TS),
            "b": T(
                "fs.read",
                {"path": "src/services/customers.ts"},
                "export class CustomerService {\n  getById(id) { return this.db.customer.findUnique({ where: { id } }); }\n"
                "  getByIds(ids) { return this.db.customer.findMany({ where: { id: { in: ids } } }); }\n}",
            ),
            "say_a": "Let me look at the Order resolver.",
            "say_b": "And the customer service it calls.",
        },
        "ab_prog": {
            "sections": [
                (
                    "order.ts before and after the release.",
                    T(
                        "git.show",
                        {"ref": "v2.30.2", "path": "src/graphql/resolvers/order.ts"},
                        "customerName: (order) => order.customerName,",
                    ),
                    T("fs.read", {"path": "src/graphql/resolvers/order.ts"}, ORDER_TS),
                ),
                (
                    "lineItem.ts.",
                    T(
                        "git.show",
                        {"ref": "v2.30.2", "path": "src/graphql/resolvers/lineItem.ts"},
                        "(file did not exist)",
                    ),
                    T(
                        "fs.read",
                        {"path": "src/graphql/resolvers/lineItem.ts"},
                        "product: (li, _a, ctx) => ctx.db.product.findUnique({ where: { id: li.productId } }),",
                    ),
                ),
                (
                    "The loaders.",
                    T(
                        "git.show",
                        {"ref": "v2.30.2", "path": "src/graphql/loaders/index.ts"},
                        "lineItemsByOrder: new DataLoader(...)",
                    ),
                    T(
                        "fs.read",
                        {"path": "src/graphql/loaders/index.ts"},
                        "lineItemsByOrder: new DataLoader(...)  // unchanged",
                    ),
                ),
                (
                    "The schema.",
                    T(
                        "git.show",
                        {"ref": "v2.30.2", "path": "src/graphql/schema.graphql"},
                        "type Order { id: ID! customerName: String! lineItems: [LineItem!]! }",
                    ),
                    T(
                        "fs.read",
                        {"path": "src/graphql/schema.graphql"},
                        "type Order { id: ID! customer: Customer! lineItems: [LineItem!]! }\ntype LineItem { product: Product }",
                    ),
                ),
            ],
            "summary": "The release replaced a denormalised customerName with a Customer object and added "
            "LineItem.product, both resolved per object, while the loaders file didn't change. "
            "That accounts for the 198 extra queries.",
        },
        "batch": {
            "tool": "apm.trace",
            "say": "I'll open the six slowest traces from the last hour.",
            "items": [
                (
                    {"trace_id": "6f1c0a9e2b7d4411"},
                    "trace 6f1c0a9e2b7d4411: 3.02 s, 251 db spans, page size 50, 3.9 items/order",
                ),
                (
                    {"trace_id": "a02e77c15d9b3c08"},
                    "trace a02e77c15d9b3c08: 2.88 s, 240 db spans, page size 50, 3.7 items/order",
                ),
                (
                    {"trace_id": "4b9d20f7e1a6c553"},
                    "trace 4b9d20f7e1a6c553: 2.61 s, 212 db spans, page size 50, 3.2 items/order",
                ),
                (
                    {"trace_id": "c7e8153a90b2f1d4"},
                    "trace c7e8153a90b2f1d4: 2.47 s, 202 db spans, page size 50, 3.0 items/order",
                ),
                (
                    {"trace_id": "19f3a6b8d0c2e775"},
                    "trace 19f3a6b8d0c2e775: 1.35 s, 102 db spans, page size 25, 3.0 items/order",
                ),
                (
                    {"trace_id": "e5d4c3b2a1908f7e"},
                    "trace e5d4c3b2a1908f7e: 1.29 s, 98 db spans, page size 25, 2.8 items/order",
                ),
            ],
            "summary": "Latency tracks the span count almost exactly, about 12 ms per query, and the count "
            "is 2 + page size x (1 + items per order). That's the N+1 from the two new resolvers.",
        },
        "page": {
            "tool": "apm.traces",
            "args": {
                "service": "storefront-api",
                "operation": "Query.orders",
                "min_duration_ms": 1000,
                "limit": 100,
            },
            "cursor_key": "after",
            "wrong_key": "offset",
            "cursors": ["tr_100", "tr_200", "tr_300"],
            "pages": [
                "traces 1-100 ({ms} ms)\n6f1c0a9e2b7d4411 3.02 s\na02e77c15d9b3c08 2.88 s\n... 98 more ...\nnext: after=tr_100",
                "traces 101-200 ({ms} ms)\n4b9d20f7e1a6c553 2.61 s\nc7e8153a90b2f1d4 2.47 s\n... 98 more ...\nnext: after=tr_200",
                "traces 201-300 ({ms} ms)\n19f3a6b8d0c2e775 1.35 s\n0d2c4b6a8e1f3579 1.31 s\n... 98 more ...\nnext: after=tr_300",
                "traces 301-342 ({ms} ms)\ne5d4c3b2a1908f7e 1.29 s\n7a6b5c4d3e2f1a0b 1.02 s\n... 40 more ...\nnext: none",
            ],
            "say_first": "I'll pull all the slow Query.orders traces from today to check they share the pattern.",
            "say_next": ["Next page of traces.", "Fetching the next hundred.", "Continuing."],
            "summary": "342 traces over one second today; every one is a page of 25 or more orders, and "
            "none are slow for small pages. Nothing besides the N+1 is involved.",
        },
        "poll": {
            "stuck": T(
                "ci.pipeline_status",
                {"pipeline": 88213},
                "pipeline 88213 (fix/orders-dataloader) | stage deploy-canary: BLOCKED, manual approval required "
                "from @platform-oncall | waiting since 2026-03-11T09:02Z | checked {ts}",
            ),
            "say": [
                "Let me see whether the canary deploy has been approved.",
                "Checking pipeline 88213 again.",
                "Let me look at the pipeline once more.",
                "Seeing if the canary stage has started.",
                "Checking the deploy again.",
            ],
            "start_say": "The canary is approved. I'll follow the rollout and watch p95 as traffic shifts.",
            "start": T(
                "ci.approve_and_run",
                {"pipeline": 88213, "stage": "deploy-canary"},
                "OK ({rid}): stage deploy-canary running",
            ),
            "seq_tool": "deploy.rollout_status",
            "seq_args": {"service": "storefront-api", "release": "v2.31.1"},
            "seq": [
                "v2.31.1 canary 5%: p95 Query.orders 214 ms (v2.31.0: 2.38 s) ({ts})",
                "v2.31.1 canary 25%: p95 201 ms, error rate 0.02% ({ts})",
                "v2.31.1 rollout 60%: p95 193 ms ({ts})",
                "v2.31.1 rollout 100% COMPLETE: p95 188 ms, db spans/request 4 ({ts})",
            ],
            "wait_say": [
                "Rollout continuing; I'll check again in a few minutes.",
                "Still rolling out, checking again shortly.",
            ],
            "done": "v2.31.1 is fully rolled out: Query.orders p95 is 188 ms with 4 db spans per request, "
            "back to where it was before the regression.",
        },
        "qa": {
            "q": "How many database queries does a 50-order page make right now?",
            "a": "52: one query for the orders, one customer query per order (50), and one for the line items.",
            "complaints": [
                "You've missed the product lookups, one per line item.",
                "Still missing the per-line-item product queries.",
                "That's the same count again.",
                "No, 52 leaves out LineItem.product.",
            ],
            "revisions": [
                (
                    "You've missed the product lookups; with about 3 line items per order, what is it?",
                    "Adding 150 product lookups gives 1 + 50 + 1 + 150 = 202, which matches the APM span count.",
                ),
                (
                    "And with DataLoaders on customer and product?",
                    "4: orders, one batched customers query, line items, and one batched products query.",
                ),
                (
                    "What if we also cap pages at 20?",
                    "Still 4 with the loaders, since batching doesn't depend on page size. Without them a "
                    "20-order page would make 82.",
                ),
            ],
        },
        "cycle": {
            "say": "I'll add the customer loader and run the order tests.",
            "steps": [
                T(
                    "fs.edit",
                    {
                        "path": "src/graphql/resolvers/order.ts",
                        "old": "ctx.services.customers.getById(order.customerId)",
                        "new": "ctx.loaders.customerById.load(order.customerId)",
                    },
                    "edited src/graphql/resolvers/order.ts (1 replacement)",
                ),
                T(
                    "shell.run",
                    {"cmd": "npx jest src/graphql/__tests__/order.test.ts"},
                    "FAIL order.test.ts\n  TypeError: Cannot read properties of undefined (reading 'load')\nTests: 3 failed, 9 passed (exit 1)",
                    True,
                ),
                T(
                    "git.checkout",
                    {"path": "src/graphql/resolvers/order.ts"},
                    "Updated 1 path from the index",
                ),
            ],
        },
        "workflow": {
            "say": "For each per-object resolver I'll read it, switch it to a loader, and run its tests.",
            "items": [
                [
                    T("fs.read", {"path": "src/graphql/resolvers/order.ts"}, ORDER_TS),
                    T(
                        "fs.edit",
                        {
                            "path": "src/graphql/resolvers/order.ts",
                            "old": "services.customers.getById",
                            "new": "loaders.customerById.load",
                        },
                        "edited (1 replacement)",
                    ),
                    T("shell.run", {"cmd": "npx jest order.test.ts"}, "Tests: 12 passed (exit 0)"),
                ],
                [
                    T(
                        "fs.read",
                        {"path": "src/graphql/resolvers/lineItem.ts"},
                        "product: (li, _a, ctx) => ctx.db.product.findUnique(...)",
                    ),
                    T(
                        "fs.edit",
                        {
                            "path": "src/graphql/resolvers/lineItem.ts",
                            "old": "db.product.findUnique({ where: { id: li.productId } })",
                            "new": "loaders.productById.load(li.productId)",
                        },
                        "edited (1 replacement)",
                    ),
                    T(
                        "shell.run",
                        {"cmd": "npx jest lineItem.test.ts"},
                        "Tests: 8 passed (exit 0)",
                    ),
                ],
                [
                    T(
                        "fs.read",
                        {"path": "src/graphql/resolvers/review.ts"},
                        "author: (r, _a, ctx) => ctx.services.customers.getById(r.authorId)",
                    ),
                    T(
                        "fs.edit",
                        {
                            "path": "src/graphql/resolvers/review.ts",
                            "old": "services.customers.getById",
                            "new": "loaders.customerById.load",
                        },
                        "edited (1 replacement)",
                    ),
                    T("shell.run", {"cmd": "npx jest review.test.ts"}, "Tests: 6 passed (exit 0)"),
                ],
            ],
            "done": "Three resolvers now go through loaders, including Review.author, which had the same "
            "pattern but isn't on the orders path yet.",
        },
        "mono": "I'm waiting for the canary deployment to be approved before I can measure p95 latency in production.",
        "sections": [
            "Root cause: v2.31.0 added Order.customer and LineItem.product resolvers that query once per "
            "object, taking a 50-order page from 4 queries to 202.",
            "Fix: DataLoaders customerById and productById (batching via CustomerService.getByIds and "
            "product.findMany), created per request in createLoaders.",
            "Verification: 43 GraphQL tests pass; locally the benchmark shows 4 queries per page and a "
            "p95 of 176 ms at 50 orders.",
            "Rollout: canary pipeline 88213 is waiting for platform on-call approval; I'll compare p95 at "
            "each step.",
            "Follow-up: Review.author has the same per-object pattern; I've converted it too, and a lint "
            "rule against direct service calls in resolvers would catch the next one.",
        ],
        "verify": {
            "result": "Tests pass, v2.31.1 with the loaders is fully rolled out, and Query.orders p95 is back under 200 ms.",
            "extra": [
                T(
                    "deploy.rollout_status",
                    {"service": "storefront-api", "release": "v2.31.1"},
                    "v2.31.1 rollout 100% COMPLETE: p95 Query.orders 188 ms, db spans/request 4 ({ts})",
                )
            ],
            "say": [
                "Let me double-check the p95 in APM.",
                "I'll confirm the latency once more.",
                "Just to be sure, checking p95 again.",
                "Let me verify the APM numbers one more time.",
                "One more look at p95 before I close this out.",
            ],
            "t": T(
                "apm.query",
                {"service": "storefront-api", "operation": "Query.orders", "window": "1h"},
                "Query.orders, 1h ({ms} ms): p50 91 ms, p95 188 ms, db spans/request 4",
            ),
            "checks": [
                (
                    "Checking p95 over the last hour.",
                    T(
                        "apm.query",
                        {"service": "storefront-api", "operation": "Query.orders", "window": "1h"},
                        "p50 91 ms, p95 188 ms, db spans/request 4",
                    ),
                ),
                (
                    "Checking the error rate didn't move.",
                    T(
                        "apm.query",
                        {
                            "service": "storefront-api",
                            "operation": "Query.orders",
                            "window": "1h",
                            "metric": "error_rate",
                        },
                        "error_rate 0.03% (7d baseline 0.03%)",
                    ),
                ),
                (
                    "Checking database load on orders_db.",
                    T(
                        "db.stats",
                        {"database": "orders_db", "window": "1h"},
                        "queries/s 410 (yesterday same hour 6,880), mean exec 0.4 ms",
                    ),
                ),
            ],
            "final": "Latency, error rate and database load all look healthy; orders_db is doing about 6% "
            "of yesterday's query volume.",
        },
        "zero": {
            "tool": "code.search",
            "key": "query",
            "queries": [
                "customerById loader",
                "customer DataLoader",
                "loader for customers by id",
                "customerById DataLoader",
                "customers loader",
                "load customer by id batch",
            ],
            "obs": "0 matches ({ms} ms)",
            "say": [
                "Let me see if there's already a customer loader somewhere.",
                "Nothing; I'll search with other words.",
                "Trying a different search for the loader.",
                "Searching again for a customer loader.",
            ],
        },
        "refine": {
            "steps": [
                (
                    "Let me see if there's already a customer loader somewhere.",
                    T("code.search", {"query": "customerById loader"}, "0 matches ({ms} ms)"),
                ),
                (
                    "Not by that name. I'll search for the constructor instead, which every loader uses.",
                    T(
                        "code.search",
                        {"query": "new DataLoader("},
                        "3 matches ({ms} ms)\nsrc/graphql/loaders/index.ts:4\npackages/admin-api/src/loaders.ts:9\npackages/admin-api/src/loaders.ts:15",
                    ),
                ),
                (
                    "The admin API has two. Let me look at those.",
                    T(
                        "fs.read",
                        {"path": "packages/admin-api/src/loaders.ts"},
                        "export const customerLoader = (svc) => new DataLoader(ids => svc.getByIds([...ids]).then(byIdOrNull(ids)));",
                    ),
                ),
            ],
            "done": "The admin API already has a customer loader with the readonly-array copy and "
            "null-for-missing handling; I'll move it into a shared package and reuse it rather "
            "than write a second one.",
        },
    }
)
# ======================================================================================
# domain 8: school_lunch_account_refunds
# ======================================================================================

DOMAINS.append(
    {
        "name": "school_lunch_account_refunds",
        "request": "A parent, Luis Ortega, says his son Mateo withdrew from Lakeview Middle in February and "
        "he wants the $62.40 left on the lunch account refunded. He also thinks he was charged "
        "twice in January. Please check and process what he's owed.",
        "plan": "I'll confirm Mateo's withdrawal in the SIS and look at his meal account, then check "
        "January's payments for the duplicate.",
        "warmup": [
            T(
                "sis.get_enrollment",
                {"student_id": "LV-204417"},
                "LV-204417 Mateo Ortega | grade 7 | Lakeview Middle | WITHDRAWN 2026-02-13 (transfer out of district) | "
                "guardian: Luis Ortega | {rid}",
            ),
            T(
                "meals.get_account",
                {"student_id": "LV-204417"},
                "meal account LV-204417 | balance $62.40 | status INACTIVE since 2026-02-14 | eligibility: paid | "
                "last meal 2026-02-12 | as of {ts}",
            ),
        ],
        "warm_note": "Mateo withdrew on 13 February and the account has $62.40 left, so a balance "
        "refund applies. Next, January's payments.",
        "warm_note1": "Mateo's withdrawal on 13 February is confirmed. Next his meal account and payments.",
        "look": {
            "t": T(
                "payportal.search",
                {"guardian": "Luis Ortega", "from": "2026-01-01", "to": "2026-01-31"},
                "2 payments ({ms} ms, {rid})\nPP-55102 2026-01-06 09:14:07 $40.00 card ****2291 'Mateo lunch' SETTLED\n"
                "PP-55117 2026-01-06 09:14:52 $40.00 card ****2291 'Mateo lunch' SETTLED",
            ),
            "say": [
                "Let me look at Mr Ortega's January payments.",
                "I'll check his January payments again.",
                "Let me pull up the January transactions on the payment portal once more.",
                "I'll search the portal for his January payments again.",
                "Going back to the January payments to re-check the duplicate.",
                "Let me re-check the payments he made in January.",
            ],
            "variants": [
                {"guardian": "Luis Ortega", "from": "2026-01-01", "to": "2026-01-31"},
                {"guardian": "Ortega, Luis", "from": "2026-01-01", "to": "2026-01-31"},
                {"student_id": "LV-204417", "month": "2026-01"},
                {"guardian": "Luis Ortega", "from": "2026-01-01", "to": "2026-02-01"},
            ],
            "after": "There are two $40 payments 45 seconds apart on 6 January from the same card, a clear duplicate.",
        },
        "related": {
            "items": [
                (
                    "Let me look at Mr Ortega's January payments.",
                    T(
                        "payportal.search",
                        {"guardian": "Luis Ortega", "from": "2026-01-01", "to": "2026-01-31"},
                        "2 payments\nPP-55102 2026-01-06 09:14:07 $40.00 ****2291\nPP-55117 2026-01-06 09:14:52 $40.00 ****2291",
                    ),
                ),
                (
                    "Now the meal account ledger for January, to see whether both were credited.",
                    T(
                        "meals.transactions",
                        {"student_id": "LV-204417", "month": "2026-01"},
                        "2026-01: +$40.00 PP-55102, +$40.00 PP-55117, 17 lunches x $3.10 = -$52.70",
                    ),
                ),
                (
                    "Then the district's refund rule for withdrawn students.",
                    T(
                        "meals.policy",
                        {"topic": "balance_refund"},
                        "Balances over $5.00 refunded by check on request within 12 months of withdrawal; "
                        "duplicate card payments may be reversed to the card within 120 days",
                    ),
                ),
                (
                    "And whether any refund has already been started.",
                    T("refunds.search", {"student_id": "LV-204417"}, "0 refunds found"),
                ),
            ],
            "summary": "Both $40 payments were credited, so the duplicate sits inside the $62.40 balance. "
            "The duplicate can go back to his card (inside 120 days) and the remaining $22.40 "
            "by check. Nothing has been started yet.",
        },
        "rerun": {
            "say": "I'll run the refund pre-check on Mateo's account.",
            "tool": "refunds.validate",
            "args": {"student_id": "LV-204417"},
            "runs": [
                (
                    "refund check LV-204417 ({rid}): 2 issues\n- balance $62.40 includes duplicate payment PP-55117 "
                    "($40.00) eligible for card reversal\n- method=check requires a mailing address (none on file)",
                    True,
                ),
                (
                    "refund check LV-204417 ({rid}): 1 issue\n- method=check requires a mailing address (none on file)",
                    True,
                ),
                ("refund check LV-204417 ({rid}): OK, refundable $22.40 by check", False),
            ],
            "fixes": [
                (
                    "I'll reverse the duplicate to his card first, then take it off the meal balance.",
                    [
                        T(
                            "payportal.refund",
                            {"payment": "PP-55117", "reason": "duplicate"},
                            "OK ({rid}): $40.00 reversal to card ****2291, 5-7 business days",
                        ),
                        T(
                            "meals.adjust_balance",
                            {
                                "student_id": "LV-204417",
                                "amount": -40.00,
                                "ref": "PP-55117 reversal",
                            },
                            "OK ({rid}): balance $22.40",
                        ),
                    ],
                ),
                (
                    "The mailing address is on the withdrawal form in the SIS.",
                    [
                        T(
                            "sis.get_document",
                            {"student_id": "LV-204417", "doc": "withdrawal_form"},
                            "Withdrawal 2026-02-13: forwarding address 2210 Alder Ct, Bend, OR 97701",
                        ),
                        T(
                            "meals.set_contact",
                            {
                                "student_id": "LV-204417",
                                "mailing_address": "2210 Alder Ct, Bend, OR 97701",
                            },
                            "OK ({rid})",
                        ),
                    ],
                ),
            ],
            "done": "Pre-check passes: $40 goes back to his card, and $22.40 can be refunded by check to "
            "his new address in Bend.",
        },
        "fail": {
            "t": T(
                "refunds.create",
                {"student_id": "LV-204417", "amount": 62.40, "method": "card"},
                "ERROR 422 ({rid}): method 'card' not available for balance refunds; allowed: check, transfer_to_sibling, donate",
                True,
            ),
            "retry_say": [
                "The refund didn't go through; trying again.",
                "Retrying the refund.",
                "Let me submit the refund once more.",
            ],
            "cosmetic": [
                (
                    "Maybe the method is case sensitive.",
                    {"student_id": "LV-204417", "amount": 62.40, "method": "Card"},
                ),
                ("Trying 'CARD'.", {"student_id": "LV-204417", "amount": 62.40, "method": "CARD"}),
                (
                    "Trying the amount as a string.",
                    {"student_id": "LV-204417", "amount": "62.40", "method": "card"},
                ),
                (
                    "Trying the student id in lower case.",
                    {"student_id": "lv-204417", "amount": 62.40, "method": "card"},
                ),
                (
                    "Trying 'credit_card'.",
                    {"student_id": "LV-204417", "amount": 62.40, "method": "credit card"},
                ),
            ],
            "diag": "Balance refunds can't go to a card; only the duplicate payment can be reversed to a "
            "card. The balance refund has to be a check, which needs his mailing address.",
            "lookup": T(
                "sis.get_document",
                {"student_id": "LV-204417", "doc": "withdrawal_form"},
                "Withdrawal 2026-02-13: forwarding address 2210 Alder Ct, Bend, OR 97701",
            ),
            "fixed": T(
                "refunds.create",
                {
                    "student_id": "LV-204417",
                    "amount": 62.40,
                    "method": "check",
                    "mailing_address": "2210 Alder Ct, Bend, OR 97701",
                },
                "OK ({rid}): refund RF-7720 $62.40 by check, pending approval (nutrition_manager)",
            ),
            "after": [
                T(
                    "refunds.get",
                    {"refund": "RF-7720"},
                    "RF-7720 | $62.40 | check | PENDING_APPROVAL | as of {ts}",
                )
            ],
            "done": "Refund RF-7720 for $62.40 by check to his Bend address is waiting for the nutrition "
            "manager's approval.",
        },
        "chain": {
            "steps": [
                (
                    "I'll create the balance refund by check.",
                    T(
                        "refunds.create",
                        {"student_id": "LV-204417", "amount": "62.40", "method": "check"},
                        "ERROR 422 ({rid}): mailing_address is required for method=check",
                        True,
                    ),
                ),
                (
                    "It needs his address; the withdrawal form has his forwarding address in Bend.",
                    T(
                        "refunds.create",
                        {
                            "student_id": "LV-204417",
                            "amount": "62.40",
                            "method": "check",
                            "mailing_address": "2210 Alder Ct, Bend, OR 97701",
                        },
                        "ERROR 409 ({rid}): balance includes pending card reversal PP-55117 ($40.00); refundable balance is $22.40",
                        True,
                    ),
                ),
                (
                    "The duplicate is already being reversed to his card, so the check is for the remaining $22.40.",
                    T(
                        "refunds.create",
                        {
                            "student_id": "LV-204417",
                            "amount": "22.40",
                            "method": "check",
                            "mailing_address": "2210 Alder Ct, Bend, OR 97701",
                        },
                        "ERROR 403 ({rid}): account INACTIVE > 30 days; refund must be submitted for approval (submit_for_approval=true)",
                        True,
                    ),
                ),
                (
                    "I'll submit it for the nutrition manager's approval.",
                    T(
                        "refunds.create",
                        {
                            "student_id": "LV-204417",
                            "amount": "22.40",
                            "method": "check",
                            "mailing_address": "2210 Alder Ct, Bend, OR 97701",
                            "submit_for_approval": True,
                        },
                        "OK ({rid}): RF-7720 $22.40 check PENDING_APPROVAL",
                    ),
                ),
            ],
            "done": "RF-7720 ($22.40 by check) is with the manager for approval, and the $40 duplicate is "
            "going back to his card separately.",
        },
        "ab": {
            "a": T(
                "meals.get_account",
                {"student_id": "LV-204417"},
                "meal account LV-204417 | balance $62.40 | INACTIVE since 2026-02-14 | as of {ts}",
            ),
            "b": T(
                "payportal.search",
                {"guardian": "Luis Ortega", "from": "2026-01-01", "to": "2026-01-31"},
                "2 payments ({ms} ms)\nPP-55102 2026-01-06 09:14:07 $40.00\nPP-55117 2026-01-06 09:14:52 $40.00",
            ),
            "say_a": "Let me look at the meal account balance.",
            "say_b": "And the January payments.",
        },
        "ab_prog": {
            "sections": [
                (
                    "PP-55102: portal against ledger.",
                    T(
                        "payportal.get",
                        {"payment": "PP-55102"},
                        "PP-55102 $40.00 2026-01-06 09:14:07 SETTLED",
                    ),
                    T("meals.ledger_entry", {"ref": "PP-55102"}, "credit $40.00 posted 2026-01-06"),
                ),
                (
                    "PP-55117.",
                    T(
                        "payportal.get",
                        {"payment": "PP-55117"},
                        "PP-55117 $40.00 2026-01-06 09:14:52 SETTLED",
                    ),
                    T("meals.ledger_entry", {"ref": "PP-55117"}, "credit $40.00 posted 2026-01-06"),
                ),
                (
                    "The February payment.",
                    T(
                        "payportal.get",
                        {"payment": "PP-56230"},
                        "PP-56230 $25.00 2026-02-02 SETTLED",
                    ),
                    T("meals.ledger_entry", {"ref": "PP-56230"}, "credit $25.00 posted 2026-02-02"),
                ),
                (
                    "And February's meal charges.",
                    T(
                        "meals.transactions",
                        {"student_id": "LV-204417", "month": "2026-02"},
                        "2026-02: 8 lunches x $3.10 = -$24.80",
                    ),
                    T(
                        "meals.ledger_summary",
                        {"student_id": "LV-204417", "month": "2026-02"},
                        "opening $62.20, credits $25.00, charges -$24.80, closing $62.40",
                    ),
                ),
            ],
            "summary": "Every portal payment was credited once, and the ledger reconciles to $62.40. The "
            "duplicate is a genuine double charge on his card, not a ledger error.",
        },
        "batch": {
            "tool": "meals.transactions",
            "say": "I'll go through the account month by month since September.",
            "items": [
                (
                    {"student_id": "LV-204417", "month": "2025-09"},
                    "2025-09: +$60.00, 19 lunches -$58.90, closing $1.10",
                ),
                (
                    {"student_id": "LV-204417", "month": "2025-10"},
                    "2025-10: +$60.00, 21 lunches -$65.10, closing -$4.00",
                ),
                (
                    {"student_id": "LV-204417", "month": "2025-11"},
                    "2025-11: +$80.00, 16 lunches -$49.60, closing $26.40",
                ),
                (
                    {"student_id": "LV-204417", "month": "2025-12"},
                    "2025-12: +$0.00, 11 lunches -$34.10, closing -$7.70",
                ),
                (
                    {"student_id": "LV-204417", "month": "2026-01"},
                    "2026-01: +$80.00 (2 x $40), 17 lunches -$52.70, closing $19.60",
                ),
                (
                    {"student_id": "LV-204417", "month": "2026-02"},
                    "2026-02: +$25.00, 8 lunches -$24.80, closing $19.80",
                ),
            ],
            "summary": "The monthly closings don't chain (January closes at $19.60, but the account shows "
            "$62.40), so there's a carry-forward adjustment I need to find before refunding.",
        },
        "page": {
            "tool": "meals.transactions_list",
            "args": {"student_id": "LV-204417", "from": "2025-08-01", "limit": 50},
            "cursor_key": "next_page",
            "wrong_key": "page_number",
            "cursors": ["np_2", "np_3", "np_4"],
            "pages": [
                "transactions 1-50 of 171 ({ms} ms)\n2025-08-26 +$60.00 PP-49011\n2025-08-27 lunch -$3.10\n... 48 more ...\nnext_page: np_2",
                "transactions 51-100 of 171 ({ms} ms)\n2025-10-21 lunch -$3.10\n2025-10-22 lunch -$3.10\n... 48 more ...\nnext_page: np_3",
                "transactions 101-150 of 171 ({ms} ms)\n2025-12-19 adj +$42.80 'carry-forward 2024-25'\n2026-01-06 +$40.00 PP-55102\n... 48 more ...\nnext_page: np_4",
                "transactions 151-171 of 171 ({ms} ms)\n2026-02-02 +$25.00 PP-56230\n2026-02-12 lunch -$3.10\n... 19 more ...\nnext_page: null",
            ],
            "say_first": "I'll page through the whole year's transactions to reconcile the balance.",
            "say_next": ["Next page.", "Fetching the next fifty.", "Continuing."],
            "summary": "171 transactions; the missing piece is a $42.80 carry-forward from last year posted "
            "on 19 December. With it the ledger reconciles exactly to $62.40.",
        },
        "poll": {
            "stuck": T(
                "payportal.dispute_status",
                {"case": "PPD-3310"},
                "PPD-3310 | duplicate charge PP-55117 | status: AWAITING_MERCHANT_EVIDENCE | district must upload "
                "evidence or accept | due 2026-03-20 | checked {ts}",
            ),
            "say": [
                "Let me see whether the card dispute has been resolved.",
                "Checking PPD-3310 again.",
                "Let me look at the dispute once more.",
                "Seeing if the dispute status has changed.",
                "Checking the dispute again.",
            ],
            "start_say": "The manager approved the refund. I'll follow it through the accounts payable run.",
            "start": T(
                "refunds.get",
                {"refund": "RF-7720"},
                "RF-7720 | $22.40 | APPROVED by NS-MGR-07 {ts}",
            ),
            "seq_tool": "ap.payment_status",
            "seq_args": {"ref": "RF-7720"},
            "seq": [
                "RF-7720 QUEUED for AP run 2026-03-20 ({ts})",
                "RF-7720 IN AP RUN batch 14 ({ts})",
                "RF-7720 CHECK PRINTED #208841 $22.40 ({ts})",
                "RF-7720 MAILED to 2210 Alder Ct, Bend, OR 97701 ({ts})",
            ],
            "wait_say": [
                "Not mailed yet; I'll check again after the run.",
                "Still processing, checking again shortly.",
            ],
            "done": "Check #208841 for $22.40 has been mailed to Mr Ortega's new address, and the $40 card "
            "reversal was issued on the 13th.",
        },
        "qa": {
            "q": "So what exactly does Mr Ortega get back, and how?",
            "a": "He gets $62.40, the remaining lunch balance, by check.",
            "complaints": [
                "He wants the duplicate $40 back on his card, not in the check. How does it split?",
                "You haven't split it. The $40 should go to the card.",
                "That's the same answer again.",
                "No, please split it between card and check.",
            ],
            "revisions": [
                (
                    "He wants the duplicate $40 back on his card, not in the check. How does it split?",
                    "$40 reversed to his card ending 2291 for the duplicate PP-55117, and $22.40 by check for the rest of the balance.",
                ),
                (
                    "How long will each take?",
                    "The card reversal takes 5-7 business days. The check goes in the next AP run on 20 March and "
                    "usually arrives within a week after that.",
                ),
                (
                    "His daughter Sofia is still at Lakeview Elementary. Could the $22.40 go to her account instead of a check?",
                    "Yes. A transfer to a sibling is allowed and immediate: Sofia's balance would go from $8.15 "
                    "to $30.55, and no check would be issued.",
                ),
            ],
        },
        "cycle": {
            "say": "I'll take the duplicate off the balance and run the pre-check.",
            "steps": [
                T(
                    "meals.adjust_balance",
                    {"student_id": "LV-204417", "amount": -40.00, "ref": "duplicate PP-55117"},
                    "OK ({rid}): balance $22.40",
                ),
                T(
                    "refunds.validate",
                    {"student_id": "LV-204417"},
                    "refund check LV-204417 ({rid}): 1 issue\n- adjustment -$40.00 has no matching reversal on PP-55117",
                    True,
                ),
                T(
                    "meals.adjust_balance",
                    {"student_id": "LV-204417", "amount": 40.00, "ref": "undo duplicate adj"},
                    "OK ({rid}): balance $62.40",
                ),
            ],
        },
        "workflow": {
            "say": "Three other students withdrew in February with balances over $5. For each I'll check the account, create the refund and email the guardian.",
            "items": [
                [
                    T("meals.get_account", {"student_id": "LV-204417"}, "balance $22.40 INACTIVE"),
                    T(
                        "refunds.create",
                        {
                            "student_id": "LV-204417",
                            "amount": "22.40",
                            "method": "check",
                            "submit_for_approval": True,
                        },
                        "OK ({rid}): RF-7720",
                    ),
                    T(
                        "email.send",
                        {"to": "guardian:LV-204417", "template": "refund_started"},
                        "queued ({rid})",
                    ),
                ],
                [
                    T("meals.get_account", {"student_id": "LV-198830"}, "balance $14.65 INACTIVE"),
                    T(
                        "refunds.create",
                        {
                            "student_id": "LV-198830",
                            "amount": "14.65",
                            "method": "check",
                            "submit_for_approval": True,
                        },
                        "OK ({rid}): RF-7721",
                    ),
                    T(
                        "email.send",
                        {"to": "guardian:LV-198830", "template": "refund_started"},
                        "queued ({rid})",
                    ),
                ],
                [
                    T(
                        "meals.get_account",
                        {"student_id": "LV-207112"},
                        "balance $31.00 INACTIVE, sibling LE-311402 active",
                    ),
                    T(
                        "refunds.create",
                        {
                            "student_id": "LV-207112",
                            "amount": "31.00",
                            "method": "transfer_to_sibling",
                            "to": "LE-311402",
                        },
                        "OK ({rid}): RF-7722 transferred",
                    ),
                    T(
                        "email.send",
                        {"to": "guardian:LV-207112", "template": "balance_transferred"},
                        "queued ({rid})",
                    ),
                ],
            ],
            "done": "Three refunds started: two checks awaiting approval and one immediate transfer to a "
            "sibling, with each guardian emailed.",
        },
        "mono": "I'm waiting for the nutrition services manager to approve the refund before I can tell Mr Ortega when the check will be mailed.",
        "sections": [
            "Reply to Luis Ortega, summary. Mateo's meal account had $62.40 when he withdrew on 13 February.",
            "Duplicate charge: you were charged $40 twice on 6 January (45 seconds apart). We've reversed the "
            "second payment to your card ending 2291; allow 5-7 business days.",
            "Remaining balance: $22.40 will be refunded by check to 2210 Alder Ct, Bend, OR 97701 after the "
            "20 March accounts payable run.",
            "If you'd prefer, the $22.40 can instead go to Sofia's account at Lakeview Elementary; just reply "
            "to this email before 18 March.",
            "Internal note: the portal allowed two identical payments within a minute; I've raised this with "
            "the vendor as a duplicate-submission issue.",
        ],
        "verify": {
            "result": "The $22.40 check refund is submitted for approval, and the $40 duplicate was reversed to his card earlier.",
            "extra": [
                T(
                    "refunds.create",
                    {
                        "student_id": "LV-204417",
                        "amount": "22.40",
                        "method": "check",
                        "mailing_address": "2210 Alder Ct, Bend, OR 97701",
                        "submit_for_approval": True,
                    },
                    "OK ({rid}): RF-7720 $22.40 check PENDING_APPROVAL",
                )
            ],
            "say": [
                "Let me double-check the refund record.",
                "I'll confirm RF-7720 once more.",
                "Just to be sure, checking the refund again.",
                "Let me verify RF-7720 one more time.",
                "One more check on the refund before I reply.",
            ],
            "t": T(
                "refunds.get",
                {"refund": "RF-7720"},
                "RF-7720 | $22.40 | check | PENDING_APPROVAL | as of {ts}",
            ),
            "checks": [
                (
                    "Checking the refund record.",
                    T(
                        "refunds.get",
                        {"refund": "RF-7720"},
                        "RF-7720 | $22.40 | check | PENDING_APPROVAL",
                    ),
                ),
                (
                    "Checking the card reversal.",
                    T("payportal.get", {"payment": "PP-55117"}, "PP-55117 $40.00 | REFUNDED {ts}"),
                ),
                (
                    "Checking the meal account is now zero.",
                    T(
                        "meals.get_account",
                        {"student_id": "LV-204417"},
                        "balance $0.00 (refund pending RF-7720) | CLOSED",
                    ),
                ),
            ],
            "final": "All confirmed. I'll reply to Mr Ortega with the breakdown and timings.",
        },
        "zero": {
            "tool": "docs.search",
            "key": "query",
            "queries": [
                "refund lunch balance withdrawn student policy",
                "withdrawn student lunch balance refund",
                "policy refund meal balance withdrawal",
                "lunch account refund after withdrawal policy",
                "refund remaining meal balance withdrawn",
                "withdrawn student meal account refund rules",
            ],
            "obs": "0 results ({ms} ms, request {rid})",
            "say": [
                "Let me find the board policy on refunding balances for withdrawn students.",
                "Nothing; I'll reword it.",
                "Trying another phrasing.",
                "Searching again for the refund policy.",
            ],
        },
        "refine": {
            "steps": [
                (
                    "Let me find the board policy on refunding balances for withdrawn students.",
                    T(
                        "docs.search",
                        {"query": "refund lunch balance withdrawn student policy"},
                        "0 results ({ms} ms, request {rid})",
                    ),
                ),
                (
                    "Board policies aren't in the general docs. The policy manual is indexed by code, and food "
                    "services is section E, so I'll search there.",
                    T(
                        "policy.search",
                        {"section": "E", "query": "meal account"},
                        "3 results ({ms} ms)\nEF Food Services Management\nEFA-R Meal Charges and Account Balances\nEFB Free and Reduced-Price Meals",
                    ),
                ),
                (
                    "EFA-R is the regulation on balances.",
                    T(
                        "policy.get",
                        {"code": "EFA-R", "section": "4"},
                        "4. On withdrawal, balances of $5.00 or more are refunded by check on request within 12 months, "
                        "or transferred to a sibling; balances under $5.00 are donated to the unpaid-meals fund.",
                    ),
                ),
            ],
            "done": "Regulation EFA-R section 4 covers it: refund by check on request, or transfer to a "
            "sibling. Mr Ortega's request qualifies.",
        },
    }
)


# --------------------------------------------------------------------------------------


def build() -> list[dict]:
    """Every row, in file order (what ``main`` writes; the project's tests compare the two)."""
    assert len(DOMAINS) == 8, len(DOMAINS)
    rows = []
    for kind_loop, f_loop, kind_prog, f_prog in PAIRS:
        for label, kind, fn in (("loop", kind_loop, f_loop), ("progress", kind_prog, f_prog)):
            for i, d in enumerate(DOMAINS):
                rid = f"fortyfourth-{label}-{kind}-{i + 1:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                nz = Noise(rng)
                steps = fn(d, rng, nz)
                assert 8 <= len(steps) <= 18, (rid, len(steps))
                assert steps[0]["kind"] == "llm", rid
                assert "observation" in steps[0], rid
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": d["name"],
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    rows = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
