"""Eighth loop-detection set: labelled agent trajectories in eight new domains.

Writes ``trajectories.jsonl`` next to this file. Deterministic: every row draws from its own
``random.Random``, seeded with ``SEED`` and the row's id. See README.md.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 40517293
HERE = Path(__file__).resolve().parent

Row = dict[str, Any]
Step = dict[str, Any]
Call = tuple[str, dict[str, Any], str]
Domain = dict[str, Any]

# ---------------------------------------------------------------------------------------------
# Shared banks (small on purpose: everything else is per domain).

NUDGES = [
    "ok",
    "go on",
    "sure",
    "👌",
    "carry on then",
    "yep, go",
    "mm-hm",
    "right",
    "alright",
    "k thx",
    "fine by me",
    "👍",
]
HARNESS = [
    "[auto] No operator message this turn. Keep going.",
    "<runtime>Session unattended. Continue autonomously.</runtime>",
    "(system) heartbeat: 0 unread, resume",
]
PINGS = ["any news?", "where are we on this?", "status?", "how's it going", "update pls", "and?"]
APOLOGIES = [
    "Sorry about that, trying again.",
    "My apologies. Let me retry that.",
    "Apologies, that one's on me. Retrying.",
    "Sorry! One more go.",
    "I apologise for the repeated failure; retrying now.",
    "Oops, sorry. Again:",
    "Sorry for the noise, re-sending the request.",
    "Apologies again. Let me try that once more.",
]
COMPLAINTS = [
    "it's failing again",
    "that's the same call",
    "still broken??",
    "you did exactly this already",
    "same thing as before...",
]
RETRIES = ["Retrying.", "Trying once more.", "Again.", "Let me re-run that.", "One more attempt."]
REWORDS = [
    "Maybe it wants the id in a different form.",
    "Perhaps the key name is wrong; adjusting.",
    "Could be a formatting issue. Trying another shape.",
    "Possibly case-sensitive. Changing that.",
]
PREFIXES = ["Status: ", "Quick update: ", "Checkpoint: ", "Heads-up: "]
SURE = ["Sure. ", "Will do. ", "Okay. ", "On it. ", ""]

# ---------------------------------------------------------------------------------------------
# Steps.


def llm(text: str, observation: str = "") -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation:
        step["observation"] = observation
    return step


def tool(call: Call, observation: str | None = None, *, error: bool = False) -> Step:
    name, args, obs = call
    return {
        "kind": "tool",
        "tool": name,
        "args": copy.deepcopy(args),
        "observation": obs if observation is None else observation,
        "error": error,
    }


def fail(call: Call) -> Step:
    return tool(call, error=True)


def prefix(d: Domain, rng: random.Random, k: int | None = None) -> list[Step]:
    """The task and an opener, then the first ``k`` genuine lookups (random when None)."""
    if k is None:
        k = rng.randint(0, 3)
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    for i, call in enumerate(d["firsts"][:k]):
        if i and rng.random() < 0.3:
            steps.append(llm(d["bridges"][i - 1]))
        steps.append(tool(call))
    return steps


# ---------------------------------------------------------------------------------------------
# Loops.


def l_exact_repeat(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    n = rng.randint(3, 8)
    style = rng.choice(["bare", "same", "varied", "varied"])
    fixed = rng.choice(d["again"])
    remarks = rng.sample(d["again"], 6)
    for i in range(n):
        if style == "same":
            s.append(llm(fixed))
        elif style == "varied":
            s.append(llm(remarks[i % 6]))
        s.append(tool(d["stuck"]))
    return s


def l_volatile_result(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    n = rng.randint(3, 7)
    talk = rng.random() < 0.6
    remarks = rng.sample(d["again"], 6)
    base = d["stuck"]
    for i in range(n):
        if talk:
            s.append(llm(remarks[i % 6]))
        s.append(tool(base, d["vres"](rng, i, base[2])))
    return s


def l_volatile_args(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    n = rng.randint(3, 7)
    talk = rng.random() < 0.6
    remarks = rng.sample(d["again"], 6)
    name = d["stuck"][0]
    for i in range(n):
        if talk:
            s.append(llm(remarks[i % 6]))
        args, obs = d["vargs"](rng, i)
        s.append(tool((name, args, obs)))
    return s


def l_paraphrase_nudged(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    paras = rng.sample(d["intents"][rng.randint(0, 1)], 6)
    k = rng.randint(4, 6)
    mode = rng.choice(["nudges", "harness", "gaps"])
    fixed = rng.choice(HARNESS)
    s.append(llm(paras[0]))
    for i in range(1, k):
        if mode == "nudges":
            obs = rng.choice(NUDGES)
        elif mode == "harness":
            obs = fixed
        else:
            obs = rng.choice(NUDGES) if rng.random() < 0.6 else ""
        text = paras[i]
        if rng.random() < 0.35:
            text = rng.choice(SURE) + text
        s.append(llm(text, obs))
    return s


def verbatim_variants(v: str) -> list[str]:
    low = v[0].lower() + v[1:]
    return [
        v,
        "OK, " + low,
        "**Next step:** " + v,
        v + " ",
        "- [ ] " + v,
        "So, " + low,
        v.rstrip(".") + ".",
        "Plan: " + low,
    ]


def l_paraphrase_monologue(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    n = rng.randint(3, 6)
    if rng.random() < 0.5:
        texts = rng.sample(d["intents"][rng.randint(0, 1)], 6)[:n]
    else:
        vs = verbatim_variants(d["verbatim"])
        texts = [vs[0], *rng.sample(vs[1:], n - 1)]
    s.extend(llm(t) for t in texts)
    return s


def l_status_stall(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    s.append(tool(d["job_start"]))
    s.append(llm(d["job_ack"]))
    n = rng.randint(3, 6)
    mode = rng.choice(["check", "ping", "both"])
    msgs = rng.sample(d["stall"], 5)
    for i in range(n):
        check = mode == "check" or (mode == "both" and i % 2 == 0)
        ping = mode == "ping" or (mode == "both" and i % 2 == 1)
        if check:
            s.append(tool(d["job_check"]))
        s.append(llm(msgs[i % 5], rng.choice(PINGS) if ping else ""))
    return s


def l_ab_oscillation(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    a, b = d["ab"]
    rounds = rng.randint(3, 4)
    talk = rng.random() < 0.5
    remarks = d["ab_talk"]
    for r in range(rounds):
        if talk:
            s.append(llm(remarks[r % len(remarks)]))
        s.extend([tool(a), tool(b)])
    if rng.random() < 0.5:
        s.append(tool(a))
    return s


def setting_steps(d: Domain, rng: random.Random, order: list[int]) -> list[Step]:
    st = d["setting"]
    s: list[Step] = []
    talk = rng.random() < 0.6
    for i, vi in enumerate(order):
        value = st["values"][vi]
        if talk:
            s.append(llm(st["talk"][i % len(st["talk"])].format(v=value)))
        args = dict(st["args"])
        args[st["key"]] = value
        s.append(tool((st["tool"], args, st["ack"](value))))
        s.append(tool(st["check"]))
    return s


def l_setting_flip(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    s.append(tool(d["setting"]["check"]))
    n = rng.randint(3, 6)
    s.extend(setting_steps(d, rng, [1 if i % 2 == 0 else 0 for i in range(n)]))
    return s


def l_setting_revisit(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    s.append(tool(d["setting"]["check"]))
    n = rng.randint(4, 7)
    if rng.random() < 0.5:
        order = [(1 + i) % 3 for i in range(n)]  # round the cycle
    else:
        order = [[1, 2, 1, 0, 2, 1, 0][i] for i in range(n)]  # bouncing back
    s.extend(setting_steps(d, rng, order))
    return s


def l_cycle_of_three(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 1))
    total = 6 + rng.randint(1, 2) if rng.random() < 0.5 else 9 + rng.randint(0, 1)
    talk = rng.random() < 0.4
    for i in range(total):
        if talk and i % 3 == 0:
            s.append(llm(d["cyc_talk"][(i // 3) % len(d["cyc_talk"])]))
        s.append(tool(d["cyc"][i % 3]))
    return s


def l_failing_repeat(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    n = rng.randint(3, 7)
    style = rng.choice(["bare", "ids", "remarks"])
    name, args, err = d["fail"]
    for i in range(n):
        if style == "remarks" and i:
            s.append(llm(rng.choice(RETRIES)))
        obs = err + d["fail_id"](rng, i) if style == "ids" else err
        s.append(tool((name, args, obs), error=True))
    return s


def l_failing_reworded(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    name, _args, err = d["fail"]
    s.append(fail(d["fail"]))
    k = rng.randint(2, 4)
    talk = rng.random() < 0.5
    for v in rng.sample(d["fail_variants"], k):
        if talk:
            s.append(llm(rng.choice(REWORDS)))
        s.append(tool((name, v, err), error=True))
    return s


def l_apology_retry(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    s.append(fail(d["fail"]))
    n = rng.randint(3, 6)
    complain = rng.random() < 0.5
    sorry = rng.sample(APOLOGIES, n)
    for i in range(n):
        obs = rng.choice(COMPLAINTS) if complain and i % 2 == 1 else ""
        s.append(llm(sorry[i], obs))
        s.append(fail(d["fail"]))
    return s


def l_regenerate(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng)
    g = d["regen"]
    s.append(llm(g["intro"]))
    n = rng.randint(3, 5)
    rejects = rng.sample(g["reject"], 5)
    for i in range(n):
        args = g["args"](i) if callable(g["args"]) else g["args"]
        s.append(tool((g["tool"], args, g["out"](rng, i))))
        s.append(llm(rejects[i % 5]))
    return s


LOOP_KINDS: dict[str, Callable[[Domain, random.Random], list[Step]]] = {
    "exact_repeat": l_exact_repeat,
    "volatile_result": l_volatile_result,
    "volatile_args": l_volatile_args,
    "paraphrase_nudged": l_paraphrase_nudged,
    "paraphrase_monologue": l_paraphrase_monologue,
    "status_stall": l_status_stall,
    "ab_oscillation": l_ab_oscillation,
    "setting_flip": l_setting_flip,
    "setting_revisit": l_setting_revisit,
    "cycle_of_three": l_cycle_of_three,
    "failing_repeat": l_failing_repeat,
    "failing_reworded": l_failing_reworded,
    "apology_retry": l_apology_retry,
    "regenerate_unacceptable": l_regenerate,
}


def l_after_progress(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, 3)
    s.append(llm(d["ent"]["intro"]))
    s.extend(tool(c) for c in d["ent"]["calls"][:2])
    call, summary = d["docs"]["items"][0]
    s.append(tool(call))
    s.append(llm(summary))
    # The loop's own builder, with no task opener and no first lookups of its own.
    stuck = LOOP_KINDS[d["after"]](dict(d, firsts=[]), rng)
    return s + stuck[1:]


# ---------------------------------------------------------------------------------------------
# Progress.


def p_paging(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 2))
    pg = d["pages"]
    n = rng.randint(2, len(pg["items"]))
    s.append(llm(pg["intro"]))
    for i, call in enumerate(pg["items"][:n]):
        if i and rng.random() < 0.5:
            s.append(llm(pg["talk"][i - 1]))
        s.append(tool(call))
    s.append(llm(pg["done"][n - 2]))
    return s


def p_corrected_retry(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 2))
    c = d["corrected"]
    s.append(fail(c["bad"]))
    s.append(llm(c["why"]))
    s.append(tool(c["good"]))
    s.append(llm(c["done"]))
    return s


def polling(d: Domain, rng: random.Random, *, repeat: bool, wait: bool) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 2))
    p = d["poll"]
    s.append(tool(p["start"]))
    s.append(llm(p["ack"]))
    states = list(p["states"])
    if repeat:
        picks = rng.sample(range(len(states) - 1), rng.randint(1, 2))
        out = []
        for i, st in enumerate(states):
            out.extend([st] * (rng.randint(2, 3) if i in picks else 1))
        states = out
    name, args = p["tool"], p["args"]
    for i, st in enumerate(states):
        if i and wait:
            s.append(tool(p["wait"]))
        elif i and rng.random() < 0.4:
            s.append(llm(rng.choice(p["talk"])))
        s.append(tool((name, args, st)))
    s.append(llm(p["done"]))
    return s


def p_polling(d: Domain, rng: random.Random) -> list[Step]:
    return polling(d, rng, repeat=False, wait=rng.random() < 0.5)


def p_polling_repeated(d: Domain, rng: random.Random) -> list[Step]:
    return polling(d, rng, repeat=True, wait=rng.random() < 0.75)


def p_entities(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 2))
    e = d["ent"]
    s.append(llm(e["intro"]))
    talk = rng.random() < 0.4
    for i, call in enumerate(e["calls"]):
        if talk and i:
            s.append(llm(e["talk"][i - 1]))
        s.append(tool(call))
    s.append(llm(e["done"]))
    return s


def p_transient(d: Domain, rng: random.Random, errors: int) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 2))
    t = d["transient"]
    name, args, _ = t["call"]
    errs = t["errors"] if errors == 2 and rng.random() < 0.6 else [t["errors"][0]] * errors
    for i, e in enumerate(errs):
        s.append(tool((name, args, e), error=True))
        if t.get("wait") and (i or rng.random() < 0.5):
            s.append(tool(t["wait"]))
        else:
            s.append(llm(t["talk"][i]))
    s.append(tool(t["call"]))
    s.append(llm(t["done"]))
    return s


def p_transient_once(d: Domain, rng: random.Random) -> list[Step]:
    return p_transient(d, rng, 1)


def p_transient_twice(d: Domain, rng: random.Random) -> list[Step]:
    return p_transient(d, rng, 2)


def p_status_updates(d: Domain, rng: random.Random, row: int) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 1))
    pre = PREFIXES[row % 4]
    ping = row in (2, 5)
    for call, text in d["updates"]:
        s.append(tool(call))
        s.append(llm(pre + text, rng.choice(PINGS) if ping else ""))
    return s


def p_summaries(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 1))
    s.append(llm(d["docs"]["intro"]))
    for call, summary in d["docs"]["items"]:
        s.append(tool(call))
        s.append(llm(summary))
    s.append(llm(d["docs"]["done"]))
    return s


def p_draft(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 2))
    dr = d["draft"]
    s.append(llm(dr["drafts"][0], dr["ask"]))
    for text, fb in zip(dr["drafts"][1:], dr["feedback"], strict=True):
        s.append(llm(text, fb))
    return s


def p_adjust(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 2))
    for set_call, measure, remark in d["adjust"]["steps"]:
        s.append(tool(set_call))
        s.append(tool(measure))
        s.append(llm(remark))
    return s


def p_user_questions(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(1, 3))
    s.append(llm(d["q_intro"]))
    for question, ack, call, answer in d["questions"]:
        s.append(llm(ack, question))
        s.append(tool(call))
        s.append(llm(answer))
    return s


def p_reread(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 1))
    r = d["reread"]
    name, args = r["read"]
    s.append(tool((name, args, r["versions"][0])))
    for i in range(2):
        s.append(llm(r["talk"][i]))
        s.append(tool(r["edits"][i]))
        s.append(tool((name, args, r["versions"][i + 1])))
    s.append(llm(r["done"]))
    return s


def p_search(d: Domain, rng: random.Random) -> list[Step]:
    s = prefix(d, rng, rng.randint(0, 2))
    for call, remark in d["search"]["steps"]:
        s.append(tool(call))
        s.append(llm(remark))
    s.append(llm(d["search"]["done"]))
    return s


# ---------------------------------------------------------------------------------------------
# Domain 0: snowmaking on a ski hill. Terse radio voice, logfmt observations.

SKI_HYD = (
    "get_hydrant",
    {"hydrant": "H14-07"},
    "hydrant=H14-07 trail=14 valve=OPEN pressure_bar=0.0 flow_lpm=0 air_bar=7.2 last_service=2025-10-30",
)
SKI_WX = (
    "get_weather",
    {"station": "WX-MID"},
    "station=WX-MID ts=2025-12-04T21:40 temp_c=-2.6 rh_pct=81 wetbulb_c=-3.9 wind_kmh=9 wind_dir=NNW",
)
SKI_GUNS = (
    "get_trail_guns",
    {"trail": 14},
    "gun=SG-14-01 hyd=H14-01 type=fan state=READY\n"
    "gun=SG-14-02 hyd=H14-03 type=fan state=READY\n"
    "gun=SG-14-03 hyd=H14-07 type=fan state=FAULT reason=low_inlet_pressure\n"
    "gun=LN-14-04 hyd=H14-09 type=lance state=READY\n"
    "gun=LN-14-05 hyd=H14-11 type=lance state=OFF",
)
SKI_POND = (
    "get_pond",
    {"pond": "upper"},
    "pond=upper level_pct=61 volume_m3=48200 inflow_lps=14 draw_lps=0 ice=thin_edge",
)


def ski_vres(rng: random.Random, i: int, obs: str) -> str:
    pairs = obs.split(" ")
    pairs.append(f"seq={48213 + 7 * i + rng.randint(0, 5)}")
    pairs.append(f"rx_ms={rng.randint(38, 420)}")
    head, rest = pairs[:1], pairs[1:]
    rng.shuffle(rest)
    return " ".join(head + rest) if rng.random() < 0.5 else " ".join(rest + head)


def ski_layout(rng: random.Random, i: int) -> str:
    pool = ["H14-01", "H14-03", "H14-05", "H14-09", "H14-11", "H14-13"]
    rng.shuffle(pool)
    hyds = sorted([*pool[:5], "H14-07"])
    guns = ["SG-14-01", "SG-14-02", "SG-14-03", "SG-12-02", "LN-14-04", "LN-14-05"]
    rng.shuffle(guns)
    lines = [f"layout=L{i + 1} trail=14 guns=6 est_hours_to_45cm={rng.randint(31, 44)}"]
    lines += [
        f"gun={g} hyd={h} aim={rng.choice(['N', 'NE', 'E'])}"
        for g, h in zip(guns, hyds, strict=True)
    ]
    return "\n".join(lines)


SKI: Domain = {
    "name": "ski_resort_snowmaking",
    "task": (
        "ops here. need Lower Boomerang (trail 14) open for the club race training sat 6 dec. "
        "base is ~22cm, we need 45cm groomed top to bottom. wet-bulb is supposed to go under -3 "
        "after 22:00 tonight. get the guns on 14 firing as soon as temps allow, figure out "
        "hydrant H14-07 (crew says no pressure) and do NOT let Upper Pond drop below 30%."
    ),
    "openers": [
        "copy. pulling weather, trail 14 guns and pond level first.",
        "on it. checking wet-bulb and what's live on 14.",
        "roger, starting with the mid-mountain station.",
    ],
    "firsts": [SKI_WX, SKI_GUNS, SKI_POND],
    "bridges": ["wet-bulb is good. guns next.", "SG-14-03 faulted on 07. pond level."],
    "stuck": SKI_HYD,
    "again": [
        "checking H14-07 again.",
        "H14-07 once more.",
        "re-reading hydrant 07, maybe the crew cracked something upstream",
        "pressure on H14-07?",
        "copy, polling 07 again",
        "one more look at H14-07 before I move on",
    ],
    "vres": ski_vres,
    "intents": [
        [
            "Next I'll open the mainline isolation valve at PH2 so water reaches the upper hydrants on 14.",
            "Plan: crack MV-PH2-3 at pumphouse 2. that should put pressure back on the 14 line.",
            "going to open the PH2 isolation valve now, that's the likely reason 07 is dry.",
            "I'll get the pumphouse 2 mainline valve open so the upper section of 14 gets water.",
            "Right. Opening the isolation valve at PH2 is the next move.",
            "The fix is the PH2 isolation valve; I'll open it next and recheck 07.",
        ],
        [
            "I'll move the two fan guns off trail 12 onto the upper third of 14.",
            "next step: relocate SG-12-02 and SG-12-05 up to 14's top section.",
            "Going to get the two fans from 12 repositioned onto upper Boomerang.",
            "Plan is to shift both fan guns from run 12 onto the top of 14 tonight.",
            "I'll have the groomer tow the two 12 fans up to 14 upper.",
            "moving the pair of fan guns from 12 to the upper part of 14, doing that next",
        ],
    ],
    "verbatim": "I'll open the PH2 isolation valve next so H14-07 gets pressure.",
    "job_start": (
        "start_pump_sequence",
        {"pumphouse": "PH2", "stage": 2},
        "job=PS-4471 state=QUEUED pumphouse=PH2 stage=2 requested_by=agent",
    ),
    "job_ack": "PS-4471 queued. will watch it.",
    "job_check": (
        "get_pump_job",
        {"job": "PS-4471"},
        "job=PS-4471 state=QUEUED waiting_on=interlock_ack pumps_online=0/3",
    ),
    "stall": [
        "PS-4471 still queued.",
        "still queued on the interlock at PH2.",
        "pump sequence PS-4471: queued, no change.",
        "still waiting on PS-4471 to start",
        "PH2 stage 2 still queued",
    ],
    "ab": [
        SKI_HYD,
        (
            "get_line_pressure",
            {"segment": "ML-14-UP"},
            "segment=ML-14-UP pressure_bar=0.0 upstream=MV-PH2-3 upstream_state=CLOSED",
        ),
    ],
    "ab_talk": ["hydrant, then the line.", "07 and the upper main again", "both again"],
    "cyc": [SKI_WX, SKI_GUNS, SKI_POND],
    "cyc_talk": ["weather / guns / pond round.", "round again", "checking the three"],
    "setting": {
        "tool": "set_gun_stage",
        "args": {"gun": "SG-14-03"},
        "key": "stage",
        "values": [2, 3, 4],
        "ack": lambda v: f"gun=SG-14-03 stage={v} ack=OK",
        "check": (
            "get_gun_output",
            {"gun": "SG-14-03"},
            "gun=SG-14-03 state=FAULT output_m3h=0.0 reason=low_inlet_pressure inlet_bar=0.0",
        ),
        "talk": [
            "try stage {v} on SG-14-03",
            "stage {v}, see if it fires",
            "ok stage {v} then",
            "stage {v}?",
            "back to {v}",
            "set {v}",
            "{v} once more",
        ],
    },
    "fail": (
        "open_valve",
        {"valve": "MV-PH2-3", "position": "open"},
        "ERR 409 valve MV-PH2-3 locked out: LOTO tag 118 (J. Pruitt, 16:05). remove tag before actuation",
    ),
    "fail_id": lambda rng, i: f" cmd_id={rng.randint(100000, 999999)}",
    "fail_variants": [
        {"valve": "mv-ph2-3", "position": "open"},
        {"valve_id": "MV-PH2-3", "position": "OPEN"},
        {"valve": "MV-PH2-3", "position": "open", "force": True},
        {"valve": "PH2/MV3", "percent": 100},
    ],
    "regen": {
        "intro": "let me get the planner to lay out six guns on 14.",
        "tool": "plan_gun_layout",
        "args": {"trail": 14, "guns": 6, "target_cm": 45},
        "out": ski_layout,
        "reject": [
            "that layout still hangs a gun on H14-07, which has zero pressure.",
            "H14-07 again. no.",
            "nope, hydrant 07 is dead, can't use it.",
            "same problem: a gun on H14-07.",
            "still routes one to 07. rejecting.",
        ],
    },
    "pages": {
        "intro": "pulling the depth survey for 14, all sections.",
        "items": [
            (
                "get_depth_survey",
                {"trail": 14, "page": 1},
                "section=14-A depth_cm=31 surveyed=2025-12-04T15:10\nsection=14-B depth_cm=27\nsection=14-C depth_cm=24\nsection=14-D depth_cm=22\npage=1 pages=3",
            ),
            (
                "get_depth_survey",
                {"trail": 14, "page": 2},
                "section=14-E depth_cm=21\nsection=14-F depth_cm=18\nsection=14-G depth_cm=23\nsection=14-H depth_cm=25\npage=2 pages=3",
            ),
            (
                "get_depth_survey",
                {"trail": 14, "page": 3},
                "section=14-I depth_cm=20\nsection=14-J depth_cm=15 note=rock_exposed\nsection=14-K depth_cm=19\npage=3 pages=3",
            ),
        ],
        "talk": ["page 2", "last page"],
        "done": [
            "top half is 22-31cm, F is thin at 18. need page 3 for the bottom but F is the priority so far.",
            "thinnest: 14-J at 15cm with rock showing, then 14-F at 18. guns on 09/11 cover J, 03 covers F.",
        ],
    },
    "corrected": {
        "bad": (
            "get_trail_guns",
            {"trail": "Lower Boomerang"},
            "ERR 400 trail must be numeric id (got 'Lower Boomerang')",
        ),
        "why": "wants the number not the name. 14.",
        "good": SKI_GUNS,
        "done": "5 guns on 14: four ready, SG-14-03 faulted on low inlet pressure (that's hydrant 07).",
    },
    "poll": {
        "start": (
            "start_pump_sequence",
            {"pumphouse": "PH1", "stage": 1},
            "job=PS-4480 state=QUEUED pumphouse=PH1 stage=1 requested_by=agent",
        ),
        "ack": "PH1 stage 1 requested, PS-4480.",
        "tool": "get_pump_job",
        "args": {"job": "PS-4480"},
        "states": [
            "job=PS-4480 state=QUEUED waiting_on=none pumps_online=0/3",
            "job=PS-4480 state=PRIMING pumps_online=1/3 header_bar=4.1",
            "job=PS-4480 state=RAMPING pumps_online=2/3 header_bar=17.8",
            "job=PS-4480 state=RUNNING pumps_online=3/3 header_bar=28.4",
        ],
        "wait": ("wait", {"seconds": 90}, "waited 90s"),
        "talk": ["still coming up", "priming.", "ok"],
        "done": "PH1 running, 3/3 pumps, 28 bar at the header. lower 14 hydrants have water.",
    },
    "ent": {
        "intro": "checking output on each working gun on 14.",
        "calls": [
            (
                "get_gun_output",
                {"gun": "SG-14-01"},
                "gun=SG-14-01 state=FIRING output_m3h=41.2 inlet_bar=26.9 nozzles=18/24",
            ),
            (
                "get_gun_output",
                {"gun": "SG-14-02"},
                "gun=SG-14-02 state=FIRING output_m3h=38.7 inlet_bar=25.1 nozzles=18/24",
            ),
            (
                "get_gun_output",
                {"gun": "LN-14-04"},
                "gun=LN-14-04 state=FIRING output_m3h=9.5 inlet_bar=27.3",
            ),
            (
                "get_gun_output",
                {"gun": "LN-14-05"},
                "gun=LN-14-05 state=OFF output_m3h=0.0 reason=operator_off",
            ),
            (
                "get_gun_output",
                {"gun": "SG-12-02"},
                "gun=SG-12-02 state=FIRING output_m3h=44.0 inlet_bar=29.0 nozzles=24/24",
            ),
        ],
        "talk": ["02", "lance 04", "05", "and the one on 12"],
        "done": "three firing on 14 (~89 m3/h total), LN-14-05 is off at the operator. SG-12-02 is fine on 12, could be moved.",
    },
    "transient": {
        "call": (
            "get_weather",
            {"station": "WX-TOP"},
            "station=WX-TOP ts=2025-12-04T22:05 temp_c=-4.8 rh_pct=74 wetbulb_c=-6.2 wind_kmh=22 wind_dir=NW",
        ),
        "errors": [
            "ERR timeout: no reply from WX-TOP over radio link (5000 ms)",
            "ERR 503 telemetry gateway busy, retry later",
        ],
        "talk": ["radio link flaky up top. again in a sec.", "gateway now. one more."],
        "wait": ("wait", {"seconds": 20}, "waited 20s"),
        "done": "top is -6.2 wet-bulb, wind 22 NW. upper 14 is well inside the window.",
    },
    "updates": [
        (
            (
                "get_trail_summary",
                {"trail": 14},
                "trail=14 ts=23:00 avg_depth_cm=24 guns_firing=3 pond_pct=59",
            ),
            "23:00, avg 24cm, 3 guns firing, pond 59%.",
        ),
        (
            (
                "get_trail_summary",
                {"trail": 14},
                "trail=14 ts=01:00 avg_depth_cm=29 guns_firing=5 pond_pct=52",
            ),
            "01:00, avg 29cm, 5 guns now, pond 52%.",
        ),
        (
            (
                "get_trail_summary",
                {"trail": 14},
                "trail=14 ts=03:00 avg_depth_cm=35 guns_firing=5 pond_pct=45",
            ),
            "03:00, 35cm avg, pond 45%, still fine.",
        ),
        (
            (
                "get_trail_summary",
                {"trail": 14},
                "trail=14 ts=05:00 avg_depth_cm=41 guns_firing=4 pond_pct=38",
            ),
            "05:00, 41cm, shut one lance, pond 38%. groomers can start at 06.",
        ),
    ],
    "docs": {
        "intro": "reading the relevant docs before I touch valves.",
        "items": [
            (
                (
                    "read_doc",
                    {"doc": "SOP-SM-03"},
                    "SOP-SM-03 Hydrant isolation\n1. Confirm LOTO status with PH lead before any valve actuation.\n2. Upper 14 hydrants (H14-05..H14-09) fed only via MV-PH2-3.\n3. Bleed air at H14-09 after re-pressurising.",
                ),
                "SOP says upper 14 (05-09) is fed only through MV-PH2-3 and any LOTO needs the PH lead.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "race_training_request.eml"},
                    "From: coach@valleyskiclub.org\nWe need 14 from the top station to the finish arena, GS set, 08:30 Sat. Min 40cm hard-packed.",
                ),
                "club wants 14 top to finish arena, GS at 08:30 sat, 40cm min hard-packed.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "grooming_log_2025-12-03"},
                    "03-12 22:40 cat 3 trail 14 winch pass sections A-D\n03-12 23:55 cat 3 trail 14 note: rock showing at J, skip",
                ),
                "grooming log: last winch pass on 14 A-D on the 3rd, J skipped for rock.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "pond_permit_2025"},
                    "Upper Pond abstraction: min level 30% Nov-Mar. Max draw 120 l/s. Report breaches within 24 h.",
                ),
                "permit: 30% floor, 120 l/s max draw, breaches reported in 24h.",
            ),
        ],
        "done": "so: need MV-PH2-3 (LOTO 118 first) for the top of 14, J needs the most snow, and keep draw under 120 l/s.",
    },
    "draft": {
        "ask": "can you write a short note for the ski school + race club on where 14 is at",
        "drafts": [
            "Trail 14 update: snowmaking running tonight, aiming for 45cm by Sat. Will confirm Friday.",
            "Trail 14 (Lower Boomerang): guns running since 22:30 on the lower half; upper half waiting on a valve at pumphouse 2. Target 45cm for Sat 08:30 race training. Confirmation by Fri 16:00.",
            "Trail 14 (Lower Boomerang): guns running since 22:30 on the lower half; upper half waiting on a valve at pumphouse 2. Target 45cm for Sat 08:30 race training. Confirmation by Fri 16:00. Ski school: please keep lessons off 14 until then, use 9 (Meadow) instead.",
            "Trail 14 (Lower Boomerang) is closed while we make snow. Lower half: guns running since 22:30. Upper half: waiting on a valve at pumphouse 2. We're aiming for 45cm for Sat 08:30 race training and will confirm by Fri 16:00.\nSki school: please keep lessons off 14 until then and use 9 (Meadow).",
        ],
        "feedback": [
            "more specific pls, they'll ask what's holding it up",
            "tell ski school to keep off it",
            "lead with 'closed', people skim",
        ],
    },
    "adjust": {
        "steps": [
            (
                (
                    "set_gun_water",
                    {"gun": "SG-14-01", "lpm": 420},
                    "gun=SG-14-01 water_lpm=420 ack=OK",
                ),
                (
                    "get_snow_sample",
                    {"gun": "SG-14-01"},
                    "gun=SG-14-01 density_kg_m3=535 quality=wet",
                ),
                "535, too wet. target 420-460. dropping water.",
            ),
            (
                (
                    "set_gun_water",
                    {"gun": "SG-14-01", "lpm": 340},
                    "gun=SG-14-01 water_lpm=340 ack=OK",
                ),
                (
                    "get_snow_sample",
                    {"gun": "SG-14-01"},
                    "gun=SG-14-01 density_kg_m3=478 quality=moist",
                ),
                "478. closer. a bit more.",
            ),
            (
                (
                    "set_gun_water",
                    {"gun": "SG-14-01", "lpm": 300},
                    "gun=SG-14-01 water_lpm=300 ack=OK",
                ),
                (
                    "get_snow_sample",
                    {"gun": "SG-14-01"},
                    "gun=SG-14-01 density_kg_m3=447 quality=good",
                ),
                "447, in range. leaving SG-14-01 at 300 lpm.",
            ),
        ],
    },
    "q_intro": "trail 14 is set for tonight. shout if you want anything else checked.",
    "questions": [
        (
            "and 12?",
            "checking 12",
            (
                "get_trail_guns",
                {"trail": 12},
                "gun=SG-12-02 hyd=H12-02 type=fan state=FIRING\ngun=SG-12-05 hyd=H12-06 type=fan state=READY",
            ),
            "12: SG-12-02 firing, SG-12-05 ready but idle.",
        ),
        (
            "what's WX-TOP say",
            "top station",
            (
                "get_weather",
                {"station": "WX-TOP"},
                "station=WX-TOP ts=2025-12-04T23:15 temp_c=-6.1 rh_pct=70 wetbulb_c=-7.4 wind_kmh=18 wind_dir=NW",
            ),
            "top: -7.4 wet-bulb, wind 18 NW.",
        ),
        (
            "pond?",
            "pond",
            (
                "get_pond",
                {"pond": "upper"},
                "pond=upper level_pct=55 volume_m3=43500 inflow_lps=13 draw_lps=96 ice=thin_edge",
            ),
            "55%, drawing 96 l/s. ~25 h to the 30% floor at this rate.",
        ),
        (
            "lower pond too pls",
            "lower pond",
            (
                "get_pond",
                {"pond": "lower"},
                "pond=lower level_pct=82 volume_m3=21100 inflow_lps=6 draw_lps=0 ice=none",
            ),
            "lower pond 82%, not drawing. could feed PH1 from it if upper gets tight.",
        ),
    ],
    "reread": {
        "read": ("read_file", {"path": "ops/snowmaking_plan_2025-12-04.txt"}),
        "versions": [
            "PLAN 04-12 night\n- 22:00 start lower 14 (01,02,04)\n- upper 14: TBD (H14-07 no pressure)\n- pond floor 30%",
            "PLAN 04-12 night\n- 22:00 start lower 14 (01,02,04)\n- upper 14: TBD (H14-07 no pressure)\n- 23:30 move SG-12-05 to H14-05\n- pond floor 30%",
            "PLAN 04-12 night\n- 22:00 start lower 14 (01,02,04)\n- upper 14: after LOTO 118 cleared, open MV-PH2-3, bleed at H14-09\n- 23:30 move SG-12-05 to H14-05\n- pond floor 30%",
        ],
        "talk": ["adding the gun move.", "and the upper 14 sequence from the SOP."],
        "edits": [
            (
                "edit_file",
                {
                    "path": "ops/snowmaking_plan_2025-12-04.txt",
                    "insert_after": 3,
                    "text": "- 23:30 move SG-12-05 to H14-05",
                },
                "ok 1 line inserted",
            ),
            (
                "edit_file",
                {
                    "path": "ops/snowmaking_plan_2025-12-04.txt",
                    "replace_line": 3,
                    "text": "- upper 14: after LOTO 118 cleared, open MV-PH2-3, bleed at H14-09",
                },
                "ok 1 line replaced",
            ),
        ],
        "done": "plan updated, both changes are in.",
    },
    "search": {
        "steps": [
            (
                (
                    "search_work_orders",
                    {"query": "hydrant"},
                    "41 results\nWO-8812 H9-02 leak\nWO-8820 H14-03 cap\nWO-8831 H12-06 drain\nWO-8840 H14-07 no pressure\n... (37 more)",
                ),
                "too broad, 41. narrowing to 14.",
            ),
            (
                (
                    "search_work_orders",
                    {"query": "hydrant trail 14", "status": "open"},
                    "3 results\nWO-8820 H14-03 cap replacement (open)\nWO-8840 H14-07 no pressure (open)\nWO-8843 H14-11 gasket (open)",
                ),
                "3 open on 14. 8840 is ours.",
            ),
            (
                (
                    "search_work_orders",
                    {"query": "MV-PH2-3 LOTO"},
                    "1 result\nWO-8838 MV-PH2-3 actuator swap, LOTO 118 J. Pruitt, est. complete 04-12 21:30",
                ),
                "found it: the valve is locked out for an actuator swap, due done 21:30.",
            ),
        ],
        "done": "H14-07 is dry because MV-PH2-3 is locked out for WO-8838 (actuator swap). once Pruitt clears LOTO 118 the upper section gets water.",
    },
    "after": "failing_repeat",
}


# ---------------------------------------------------------------------------------------------
# Domain 1: a hospital transfusion lab short of O-negative. Clinical, formal; markdown tables.

BB_STOCK_OBS = (
    "| product | group | site | units | critical_level | oldest_expiry |\n"
    "|---|---|---|---|---|---|\n"
    "| RBC | O NEG | MAIN | 6 | 12 | 2025-12-09 |"
)
BB_STOCK = ("get_stock", {"product": "RBC", "group": "O NEG", "site": "MAIN"}, BB_STOCK_OBS)
BB_ORDER = (
    "get_order",
    {"order": "NBS-77120"},
    "| order | placed | priority | product | qty | status |\n|---|---|---|---|---|---|\n"
    "| NBS-77120 | 04/12 20:05 | URGENT | RBC O NEG | 10 | Awaiting allocation: regional O NEG below 2 days |",
)
BB_UNIT = (
    "get_unit",
    {"unit": "G0725 25 301122 P"},
    "| unit | product | group | LIMS status | location scan |\n|---|---|---|---|---|\n"
    "| G0725 25 301122 P | RBC | O NEG | ISSUED (ward 7B, 03/12 19:42) | Issue fridge F2, shelf 3 (scanned 04/12 20:31) |",
)
BB_TRAUMA = (
    "get_activations",
    {"type": "major_haemorrhage", "status": "pending"},
    "| alert | source | ETA | note |\n|---|---|---|---|\n| MHP-1193 | ED resus, pre-alert | 21:40 | RTC, two casualties |",
)


def bb_vargs(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
    tid = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}"
    keys: list[tuple[str, Any]] = [("product", "RBC"), ("group", "O NEG"), ("site", "MAIN")]
    rng.shuffle(keys)
    args = dict([*keys, ("trace_id", tid)])
    stamp = f"04/12/2025 21:{14 + i:02d}:{rng.randint(0, 59):02d}"
    return args, BB_STOCK_OBS + f"\n\n_Report generated {stamp} by LIMS-{rng.randint(1, 4)}_"


def bb_alloc(rng: random.Random, i: int) -> str:
    theatre = rng.randint(2, 4)
    icu = rng.randint(1, 2)
    maternity = 6 - theatre - icu - rng.randint(0, 1)
    reserve = 6 - theatre - icu - max(maternity, 0)
    rows = [
        "| destination | units |",
        "|---|---|",
        f"| Theatres (list {rng.choice(['A', 'B', 'C'])}) | {theatre} |",
        f"| ICU | {icu} |",
        f"| Maternity satellite fridge | {max(maternity, 0)} |",
        f"| Trauma reserve (issue fridge) | {reserve} |",
    ]
    return f"Proposed allocation #{i + 1} (6 units O NEG available)\n\n" + "\n".join(rows)


BB: Domain = {
    "name": "blood_bank_inventory",
    "task": (
        "Transfusion lab, night shift. Our O negative red cell stock is down to 6 units against a "
        "critical level of 12, and ED have pre-alerted a possible major haemorrhage activation. "
        "Please (1) get emergency O neg stock from the regional blood service, (2) make sure at "
        "least 4 units stay in the issue fridge for trauma, and (3) sort out unit G0725 25 301122 P, "
        "which LIMS says was issued to 7B yesterday but which is sitting in F2."
    ),
    "openers": [
        "Understood. I will begin by confirming current O negative stock.",
        "Certainly. First, the current inventory and the pending activation.",
        "I'll start by establishing the stock position and any open orders.",
    ],
    "firsts": [BB_STOCK, BB_TRAUMA, BB_UNIT],
    "bridges": [
        "Six units against a critical level of twelve. Now the pending activation.",
        "A pre-alert is confirmed for 21:40. Next, the discrepant unit.",
    ],
    "stuck": BB_STOCK,
    "again": [
        "I will re-check the O negative stock level.",
        "Confirming the O negative count once more.",
        "Let me verify the current O neg inventory again.",
        "Re-querying stock for RBC O NEG at MAIN.",
        "I'll check whether the stock figure has changed.",
        "Checking O negative units on hand again before proceeding.",
    ],
    "vargs": bb_vargs,
    "intents": [
        [
            "I will now place an emergency order with the regional blood service for 10 units of O negative.",
            "The next step is to raise an emergency request to the regional centre for ten O neg units.",
            "I shall request emergency O negative stock (10 units) from the blood service now.",
            "Next: an emergency order for 10 x RBC O NEG to the regional hub.",
            "I'm going to submit an emergency replenishment order for O negative red cells.",
            "Placing the emergency O neg order with the regional service is my next action.",
        ],
        [
            "I will recall unit G0725 25 301122 P from ward 7B in LIMS so its status matches its location.",
            "Next I shall process a recall on G0725 25 301122 P to correct the ISSUED status.",
            "The discrepant unit needs a LIMS recall; I will do that next.",
            "I am going to return G0725 25 301122 P to stock via the recall function.",
            "My next step is to reverse the issue of unit G0725 25 301122 P.",
            "I'll correct the record for G0725 25 301122 P by recalling it from 7B.",
        ],
    ],
    "verbatim": "I will now place an emergency order for 10 units of O negative with the regional service.",
    "job_start": (
        "place_order",
        {"product": "RBC", "group": "O NEG", "qty": 10, "priority": "EMERGENCY"},
        "| order | status |\n|---|---|\n| NBS-77131 | SUBMITTED 21:02 |",
    ),
    "job_ack": "Emergency order NBS-77131 has been submitted. I will monitor its progress.",
    "job_check": (
        "get_order",
        {"order": "NBS-77131"},
        "| order | placed | priority | product | qty | status |\n|---|---|---|---|---|---|\n"
        "| NBS-77131 | 04/12 21:02 | EMERGENCY | RBC O NEG | 10 | SUBMITTED, not yet acknowledged by hub |",
    ),
    "stall": [
        "NBS-77131 remains in SUBMITTED status; awaiting acknowledgement.",
        "The emergency order is still submitted and unacknowledged.",
        "No change yet: NBS-77131 is awaiting hub acknowledgement.",
        "Order NBS-77131 has still not been acknowledged.",
        "Still waiting for the hub to acknowledge NBS-77131.",
    ],
    "ab": [BB_STOCK, BB_ORDER],
    "ab_talk": [
        "Checking stock and the existing order.",
        "Re-checking both the stock level and NBS-77120.",
        "Once more: stock, then order.",
    ],
    "cyc": [BB_STOCK, BB_ORDER, BB_TRAUMA],
    "cyc_talk": ["Reviewing stock, the order and the activation.", "Reviewing all three again."],
    "setting": {
        "tool": "set_order_priority",
        "args": {"order": "NBS-77120"},
        "key": "priority",
        "values": ["URGENT", "BLUE_LIGHT", "EMERGENCY"],
        "ack": lambda v: f"| order | priority |\n|---|---|\n| NBS-77120 | {v} (changed) |",
        "check": BB_ORDER,
        "talk": [
            "I will raise NBS-77120 to {v}.",
            "Setting the priority to {v}.",
            "Changing priority to {v} to see whether allocation proceeds.",
            "Trying {v}.",
            "Reverting to {v}.",
            "Setting {v} again.",
            "{v}, once more.",
        ],
    },
    "fail": (
        "quarantine_unit",
        {"unit": "G0725 25 301122 P", "reason": "location discrepancy"},
        "E-LIMS 4102: unit status ISSUED (ward 7B, 03/12 19:42). Recall required before quarantine.",
    ),
    "fail_id": lambda rng, i: f" [ref LX-{rng.randint(20000, 29999)}]",
    "regen": {
        "intro": "I will ask the allocation planner to distribute the six available units.",
        "tool": "propose_allocation",
        "args": {"product": "RBC", "group": "O NEG", "site": "MAIN"},
        "out": bb_alloc,
        "reject": [
            "This leaves fewer than four units in the trauma reserve, which the task forbids.",
            "Again the trauma reserve is below the four-unit minimum. Not acceptable.",
            "Rejected: trauma reserve under 4.",
            "The reserve is short once more; I cannot accept this allocation.",
            "Same issue, fewer than four units held for trauma.",
        ],
    },
    "pages": {
        "intro": "I will list all O negative units currently in LIMS to reconcile against the fridges.",
        "items": [
            (
                "list_units",
                {"group": "O NEG", "page": 1},
                "| unit | status | location |\n|---|---|---|\n| G0725 25 298801 K | AVAILABLE | F2/1 |\n| G0725 25 298815 Q | AVAILABLE | F2/1 |\n| G0725 25 299020 M | AVAILABLE | F2/2 |\n\nPage 1 of 3",
            ),
            (
                "list_units",
                {"group": "O NEG", "page": 2},
                "| unit | status | location |\n|---|---|---|\n| G0725 25 300114 B | AVAILABLE | F2/2 |\n| G0725 25 300570 D | RESERVED (MRN 4471022) | F2/3 |\n| G0725 25 301122 P | ISSUED (7B) | n/a |\n\nPage 2 of 3",
            ),
            (
                "list_units",
                {"group": "O NEG", "page": 3},
                "| unit | status | location |\n|---|---|---|\n| G0725 25 301409 F | AVAILABLE | F1/4 |\n| G0725 25 301410 H | AVAILABLE | F1/4 |\n\nPage 3 of 3",
            ),
        ],
        "talk": ["Page two.", "Final page."],
        "done": [
            "Six units so far, one reserved and one recorded as issued. I will need page 3 to complete the reconciliation, but the discrepant unit is already visible.",
            "LIMS lists eight O negative units: six available, one reserved (MRN 4471022) and G0725 25 301122 P recorded as issued. Six available matches the stock figure; the issued unit is the physical extra in F2.",
        ],
    },
    "corrected": {
        "bad": (
            "get_unit",
            {"unit": "G072525301122P"},
            "E-LIMS 1001: invalid donation number format. Expected 'G0725 25 301122 P' (ISBT 128, spaced).",
        ),
        "why": "LIMS expects the spaced ISBT 128 form; I'll resubmit with the spaces.",
        "good": BB_UNIT,
        "done": "Confirmed: LIMS shows the unit issued to 7B, but it was scanned in F2 shelf 3 at 20:31.",
    },
    "poll": {
        "start": (
            "place_order",
            {"product": "RBC", "group": "O NEG", "qty": 10, "priority": "EMERGENCY"},
            "| order | status |\n|---|---|\n| NBS-77140 | SUBMITTED 21:06 |",
        ),
        "ack": "NBS-77140 submitted. I'll follow it through to delivery.",
        "tool": "get_order",
        "args": {"order": "NBS-77140"},
        "states": [
            "| order | status | updated |\n|---|---|---|\n| NBS-77140 | ACKNOWLEDGED | 21:09 |",
            "| order | status | updated |\n|---|---|---|\n| NBS-77140 | ALLOCATED (10/10) | 21:21 |",
            "| order | status | updated |\n|---|---|---|\n| NBS-77140 | DISPATCHED, blue-light courier, ETA 22:05 | 21:34 |",
            "| order | status | updated |\n|---|---|---|\n| NBS-77140 | DELIVERED, signed J. Okafor | 22:03 |",
        ],
        "wait": ("wait", {"minutes": 5}, "Waited 5 minutes."),
        "talk": ["Still in progress.", "Checking again."],
        "done": "Ten O negative units were delivered at 22:03. Stock is now 16, above the critical level.",
    },
    "ent": {
        "intro": "Before recall I will confirm none of the O negative units in F2 is under a lookback notice.",
        "calls": [
            ("get_lookback", {"unit": u}, "No recall or lookback notices.")
            for u in [
                "G0725 25 298801 K",
                "G0725 25 298815 Q",
                "G0725 25 299020 M",
                "G0725 25 300114 B",
                "G0725 25 301122 P",
            ]
        ],
        "talk": ["Next unit.", "Third unit.", "Fourth.", "And the discrepant unit."],
        "done": "None of the five units has a recall or lookback notice, so the discrepant unit can be returned to stock once the issue is reversed.",
    },
    "transient": {
        "call": (
            "get_regional_stock",
            {"group": "O NEG"},
            "| hub | RBC O NEG units | days cover |\n|---|---|---|\n| North | 212 | 1.8 |\n| Central | 340 | 2.6 |",
        ),
        "errors": [
            "HTTP 504 Gateway Timeout (bloodservice-api)",
            "HTTP 502 Bad Gateway (bloodservice-api)",
        ],
        "talk": [
            "The service timed out. I will try again shortly.",
            "A second gateway error; retrying.",
        ],
        "done": "Central hub holds 2.6 days of O negative, North only 1.8, which explains the allocation delay on NBS-77120. I'll direct the emergency request to Central.",
    },
    "updates": [
        (
            (
                "get_stock",
                {"product": "RBC", "group": "O NEG", "site": "MAIN"},
                "| product | group | site | units | critical_level |\n|---|---|---|---|---|\n| RBC | O NEG | MAIN | 6 | 12 |",
            ),
            "6 O neg units, emergency order submitted, trauma reserve of 4 set aside in the issue fridge.",
        ),
        (
            (
                "get_stock",
                {"product": "RBC", "group": "O NEG", "site": "MAIN"},
                "| product | group | site | units | critical_level |\n|---|---|---|---|---|\n| RBC | O NEG | MAIN | 7 | 12 |",
            ),
            "7 units: G0725 25 301122 P recalled from 7B and returned to stock.",
        ),
        (
            (
                "get_stock",
                {"product": "RBC", "group": "O NEG", "site": "MAIN"},
                "| product | group | site | units | critical_level |\n|---|---|---|---|---|\n| RBC | O NEG | MAIN | 3 | 12 |",
            ),
            "MHP-1193 activated at 21:44; 4 units issued to resus, 3 remain. Courier ETA 22:05.",
        ),
        (
            (
                "get_stock",
                {"product": "RBC", "group": "O NEG", "site": "MAIN"},
                "| product | group | site | units | critical_level |\n|---|---|---|---|---|\n| RBC | O NEG | MAIN | 13 | 12 |",
            ),
            "Delivery received; 13 units, above critical. Reserve restored to 4.",
        ),
    ],
    "docs": {
        "intro": "I will review the relevant procedures first.",
        "items": [
            (
                (
                    "read_doc",
                    {"doc": "TP-014 Emergency stock replenishment"},
                    "TP-014 v6\nWhen O RhD neg RBC < critical level: place EMERGENCY order via hub portal; phone hub duty BMS if no acknowledgement in 15 min.",
                ),
                "TP-014: emergency order through the portal, and phone the hub duty BMS if no acknowledgement within 15 minutes.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "TP-022 Unit recall and return to stock"},
                    "TP-022 v3\nUnits recorded ISSUED but located in lab fridge: confirm cold-chain record, recall in LIMS, then return to stock. Quarantine only if cold chain broken.",
                ),
                "TP-022: a unit marked issued but found in the lab can go back to stock after a cold-chain check and a LIMS recall; quarantine is only for a broken cold chain.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "MHP protocol (ED)"},
                    "MHP pack 1: 4 RBC O neg (or group-specific once known) + 4 FFP. Lab to hold 4 O neg for pack 1 at all times.",
                ),
                "MHP protocol: pack 1 is 4 O neg units plus 4 FFP, and the lab must hold 4 O neg for it at all times.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "F2 temperature log 03-04 Dec"},
                    "F2 min 2.9 C max 5.1 C, no excursions. Door alarms: 0.",
                ),
                "Fridge F2 stayed between 2.9 and 5.1 °C with no excursions, so the cold chain for the discrepant unit is intact.",
            ),
        ],
        "done": "Per TP-022 the unit can be recalled and returned to stock (cold chain intact), and per the MHP protocol 4 units must remain reserved. I will proceed on that basis.",
    },
    "draft": {
        "ask": "Could you draft the incident note for the unit discrepancy, for the quality manager?",
        "drafts": [
            "Incident: unit G0725 25 301122 P showed ISSUED to 7B in LIMS but was found in F2. Unit recalled and returned to stock.",
            "Incident: unit G0725 25 301122 P (RBC O NEG) showed ISSUED to ward 7B in LIMS (03/12 19:42) but was scanned in issue fridge F2 on 04/12 20:31. F2 had no temperature excursions. The unit was recalled in LIMS and returned to stock per TP-022.",
            "Incident: unit G0725 25 301122 P (RBC O NEG) showed ISSUED to ward 7B in LIMS (03/12 19:42) but was scanned in issue fridge F2 on 04/12 20:31. F2 had no temperature excursions. The unit was recalled in LIMS and returned to stock per TP-022.\nLikely cause: the issue was booked at the LIMS terminal but the unit was not collected by the porter.",
            "Incident (Datix to follow): unit G0725 25 301122 P (RBC O NEG) showed ISSUED to ward 7B in LIMS (03/12 19:42) but was scanned in issue fridge F2 on 04/12 20:31. F2 had no temperature excursions. The unit was recalled in LIMS and returned to stock per TP-022.\nLikely cause: the issue was booked at the LIMS terminal but the unit was not collected by the porter.\nAction: ward 7B to confirm no transfusion was recorded against this unit.",
        ],
        "feedback": [
            "Needs times and the cold-chain check.",
            "Add a likely cause please",
            "Good. Say a Datix will follow, and ask 7B to confirm nothing was transfused against it.",
        ],
    },
    "adjust": {
        "steps": [
            (
                (
                    "set_reserve",
                    {"group": "O NEG", "fridge": "ISSUE", "units": 2},
                    "Reserve set: 2 units O NEG in ISSUE.",
                ),
                (
                    "check_reserve_policy",
                    {"group": "O NEG"},
                    "Reserve 2 < MHP pack-1 requirement 4. NON-COMPLIANT.",
                ),
                "Two is below the MHP requirement. Raising it.",
            ),
            (
                (
                    "set_reserve",
                    {"group": "O NEG", "fridge": "ISSUE", "units": 6},
                    "Reserve set: 6 units O NEG in ISSUE.",
                ),
                (
                    "check_reserve_policy",
                    {"group": "O NEG"},
                    "Reserve 6 >= 4. COMPLIANT. Units left for routine crossmatch: 0.",
                ),
                "Compliant, but that leaves nothing for the theatre crossmatch. Reducing.",
            ),
            (
                (
                    "set_reserve",
                    {"group": "O NEG", "fridge": "ISSUE", "units": 4},
                    "Reserve set: 4 units O NEG in ISSUE.",
                ),
                (
                    "check_reserve_policy",
                    {"group": "O NEG"},
                    "Reserve 4 >= 4. COMPLIANT. Units left for routine crossmatch: 2.",
                ),
                "Four reserved and compliant, with 2 left for theatres. I'll leave it there.",
            ),
        ],
    },
    "q_intro": "The emergency order is in. I can look up anything else you need.",
    "questions": [
        (
            "How many A neg do we have?",
            "Checking A negative.",
            (
                "get_stock",
                {"product": "RBC", "group": "A NEG", "site": "MAIN"},
                "| product | group | site | units | critical_level |\n|---|---|---|---|---|\n| RBC | A NEG | MAIN | 9 | 6 |",
            ),
            "Nine units of A negative, above its critical level of 6.",
        ),
        (
            "and platelets?",
            "Checking platelet stock.",
            (
                "get_stock",
                {"product": "PLT", "group": "ANY", "site": "MAIN"},
                "| product | group | site | units | critical_level | oldest_expiry |\n|---|---|---|---|---|---|\n| PLT | mixed | MAIN | 3 | 2 | 2025-12-05 |",
            ),
            "Three adult doses of platelets; the oldest expires tomorrow.",
        ),
        (
            "FFP group AB?",
            "Checking AB plasma.",
            (
                "get_stock",
                {"product": "FFP", "group": "AB", "site": "MAIN"},
                "| product | group | site | units | critical_level |\n|---|---|---|---|---|\n| FFP | AB | MAIN | 5 | 4 |",
            ),
            "Five units of AB FFP, one above critical.",
        ),
        (
            "Is the satellite fridge at maternity stocked?",
            "Checking the maternity satellite.",
            (
                "get_stock",
                {"product": "RBC", "group": "O NEG", "site": "MAT-SAT"},
                "| product | group | site | units | critical_level |\n|---|---|---|---|---|\n| RBC | O NEG | MAT-SAT | 2 | 2 |",
            ),
            "Maternity's satellite fridge has 2 O neg units, exactly at its critical level.",
        ),
    ],
    "reread": {
        "read": ("read_file", {"path": "handover/night_2025-12-04.md"}),
        "versions": [
            "# Night handover 04/12\n- O neg 6 (critical 12)\n- MHP pre-alert 21:40",
            "# Night handover 04/12\n- O neg 6 (critical 12)\n- MHP pre-alert 21:40\n- NBS-77131 emergency order submitted 21:02",
            "# Night handover 04/12\n- O neg 6 (critical 12)\n- MHP pre-alert 21:40\n- NBS-77131 emergency order submitted 21:02\n- G0725 25 301122 P recalled from 7B, returned to stock (TP-022)",
        ],
        "talk": ["I'll add the emergency order to the handover.", "And the unit recall."],
        "edits": [
            (
                "append_file",
                {
                    "path": "handover/night_2025-12-04.md",
                    "text": "- NBS-77131 emergency order submitted 21:02",
                },
                "Appended 1 line.",
            ),
            (
                "append_file",
                {
                    "path": "handover/night_2025-12-04.md",
                    "text": "- G0725 25 301122 P recalled from 7B, returned to stock (TP-022)",
                },
                "Appended 1 line.",
            ),
        ],
        "done": "The handover now records both the emergency order and the recall.",
    },
    "search": {
        "steps": [
            (
                (
                    "search_lims_audit",
                    {"unit": "G0725 25 301122 P"},
                    "14 events\n03/12 08:12 RECEIVED\n03/12 08:40 LABELLED\n... \n03/12 19:42 ISSUED 7B (user: hca.tran)\n04/12 20:31 SCAN F2/3",
                ),
                "Fourteen events; narrowing to the issue.",
            ),
            (
                (
                    "search_lims_audit",
                    {"unit": "G0725 25 301122 P", "event": "ISSUED"},
                    "1 event\n03/12 19:42 ISSUED 7B terminal LAB-ISS-1 user hca.tran collection_slip=none",
                ),
                "Issued at the lab terminal, with no collection slip.",
            ),
            (
                (
                    "search_lims_audit",
                    {"user": "hca.tran", "date": "2025-12-03", "event": "COLLECTED"},
                    "0 events",
                ),
                "No collection was ever recorded by that user on the 3rd.",
            ),
        ],
        "done": "The unit was booked out at LAB-ISS-1 but never collected, so it never left the lab. A recall and return to stock is appropriate.",
    },
    "after": "paraphrase_nudged",
}


# ---------------------------------------------------------------------------------------------
# Domain 2: a theatre's lighting rig before a preview. Chatty, exclamatory; console text.

LX_U3 = (
    "get_universe",
    {"universe": 3},
    "Universe 3   Port B   Node GW-STAGE-2\nRx  0 pkt/s   Tx 44 pkt/s\nStatus  NO DATA FROM NODE\nLast good frame  14:02:11",
)
LX_CUES = (
    "list_cues",
    {"from": 47, "to": 52},
    "Q47   Up 3.0  Dn 3.0   'Storm builds'\nQ48   Up 5.0  Dn 5.0   'Lamp room'\nQ49   Up 2.0  Dn 2.0   'Flash'\nQ50   Up 0.0  Dn 0.0   'Blackout'\nQ51   Up 8.0  Dn 8.0   'Dawn'\nQ52   Up 4.0  Dn 4.0   'Bows'",
)
LX_HAZE = (
    "get_haze",
    {"unit": "HZ-1"},
    "HZ-1  Output 40%   Fan 60%   Fluid 72%\nInterlock: FIRE PANEL ZONE 4 DETECTOR ACTIVE (optical)\nState: INHIBITED",
)
LX_NODE = (
    "get_node",
    {"node": "GW-STAGE-2"},
    "Node GW-STAGE-2   IP 10.101.3.22   Firmware 4.1.7\nProtocol sACN   Port A univ 2  OK\nPort B univ 3  LINK DOWN (cable?)",
)


def lx_vres(rng: random.Random, i: int, obs: str) -> str:
    head = f"ConsoleLink · sync 15:{41 + i:02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d} · frame {884120 + rng.randint(200, 900) * (i + 1)}"
    tail = f"Show file autosaved {rng.randint(3, 59)} s ago"
    return f"{head}\n{obs}\n{tail}" if rng.random() < 0.6 else f"{head}\n{obs}"


def lx_timing(rng: random.Random, i: int) -> str:
    rows = []
    for q, name in [
        (47, "Storm builds"),
        (48, "Lamp room"),
        (49, "Flash"),
        (50, "Blackout"),
        (51, "Dawn"),
    ]:
        if q == 50:
            up = dn = 0.0
        else:
            up = round(rng.uniform(1.5, 9.0) * 2) / 2
            dn = round(rng.uniform(1.5, 9.0) * 2) / 2
        rows.append(f"Q{q}   Up {up:.1f}  Dn {dn:.1f}   '{name}'")
    return f"Suggested timing (variant {rng.randint(100, 999)})\n" + "\n".join(rows)


LX: Domain = {
    "name": "theatre_lighting_cues",
    "task": (
        "Hiya! Preview of The Lighthouse Keeper is tonight at 19:30 and the tech is at 17:00. "
        "Three things: universe 3 (the upstage LED battens) is dead, Q47-Q52 need retiming from "
        "the director's notes (Q50 should be a slow 8-count fade, not a snap!) and the hazer keeps "
        "getting inhibited by the fire panel. Can you get us show-ready? x"
    ),
    "openers": [
        "Ooh, a preview! Let's get you sorted. Looking at universe 3 first.",
        "On it! Starting with the dead universe, then the cues.",
        "Right then, let's have a look at the rig.",
    ],
    "firsts": [LX_U3, LX_CUES, LX_HAZE],
    "bridges": [
        "Universe 3 has no data at all. Cues next!",
        "Q50 is indeed a snap. Now the hazer.",
    ],
    "stuck": LX_U3,
    "again": [
        "Let's peek at universe 3 again!",
        "Checking U3 once more, fingers crossed.",
        "Another look at universe 3...",
        "Is U3 talking yet? Checking.",
        "Right, universe 3 again.",
        "Let me just re-check universe 3.",
    ],
    "vres": lx_vres,
    "intents": [
        [
            "Next I'll swap the DMX cable on port B of GW-STAGE-2. That's probably our culprit!",
            "I'm going to get the port B cable on the stage-2 node replaced next.",
            "Plan: replace the data cable feeding universe 3 from GW-STAGE-2.",
            "The cable on GW-STAGE-2 port B is next on my list to swap out!",
            "Let's swap that port B lead on the node, that'll fix U3 I reckon.",
            "I'll replace the universe 3 data run from the stage-2 node now.",
        ],
        [
            "I'll retime Q50 to an 8-count fade next, as the director asked.",
            "Next up: change Q50 from a snap to a slow 8-second fade!",
            "Going to re-record Q50 with an 8-count down fade.",
            "Q50 needs to become an 8s fade, so I'll do that next.",
            "Let me get Q50 fixed: slow 8-count fade instead of the snap.",
            "Retiming Q50 to the 8-count is my next job!",
        ],
    ],
    "verbatim": "I'll swap the port B cable on GW-STAGE-2 next to bring universe 3 back.",
    "job_start": (
        "start_rig_check",
        {"universe": 3},
        "Rig check RC-209 started for universe 3 (38 fixtures). Queue position 2.",
    ),
    "job_ack": "Rig check RC-209 is queued!",
    "job_check": (
        "get_rig_check",
        {"check": "RC-209"},
        "RC-209   universe 3   QUEUED (position 2)   0/38 fixtures",
    ),
    "stall": [
        "RC-209 is still queued at position 2.",
        "Still waiting for the rig check to start!",
        "Rig check still sitting in the queue...",
        "No movement on RC-209 yet.",
        "Still queued, position 2.",
    ],
    "ab": [LX_U3, LX_NODE],
    "ab_talk": ["Universe, then the node!", "U3 and GW-STAGE-2 again.", "Both once more."],
    "cyc": [LX_U3, LX_CUES, LX_HAZE],
    "cyc_talk": ["Quick lap of universe, cues and hazer!", "Another lap."],
    "setting": {
        "tool": "set_node_protocol",
        "args": {"node": "GW-STAGE-2", "port": "B"},
        "key": "protocol",
        "values": ["sACN", "Art-Net", "sACN-unicast"],
        "ack": lambda v: f"GW-STAGE-2 port B protocol -> {v}. Node rebooting port... done.",
        "check": (
            "get_fixture",
            {"fixture": 301},
            "Fixture 301  LED batten US1  univ 3 addr 1\nResponse: NONE (no RDM reply)",
        ),
        "talk": [
            "Let's try {v} on port B!",
            "Switching port B to {v}.",
            "Back to {v} then.",
            "Hmm. {v}?",
            "OK, {v} once more.",
            "Trying {v}.",
            "{v} again!",
        ],
    },
    "fail": (
        "record_cue",
        {"cue": 50, "up": 8.0, "down": 8.0},
        "REFUSED: Q50 is locked (cue-list 1 write-protected by user 'DSM' at 14:55)",
    ),
    "fail_id": lambda rng, i: f"  [op {rng.randint(1000, 9999)}]",
    "regen": {
        "intro": "Let me ask the console's timing helper for a suggestion from the notes!",
        "tool": "suggest_cue_timing",
        "args": {"from": 47, "to": 51, "notes": "director_notes_v3"},
        "out": lx_timing,
        "reject": [
            "Nope, Q50 is still a 0-second snap. Director wants an 8-count.",
            "Q50 snaps again! Not usable.",
            "Still a snap on Q50, sigh.",
            "Q50 at 0.0 again. No good.",
            "Same problem: the blackout is a snap, not a fade.",
        ],
    },
    "pages": {
        "intro": "Let's pull the full patch for universe 3 so we know what's on it.",
        "items": [
            (
                "get_patch",
                {"universe": 3, "offset": 0},
                "301  LED batten US1   addr 1    16ch\n302  LED batten US2   addr 17   16ch\n303  LED batten US3   addr 33   16ch\n(showing 1-3 of 9)",
            ),
            (
                "get_patch",
                {"universe": 3, "offset": 3},
                "304  LED batten US4   addr 49   16ch\n305  LED batten US5   addr 65   16ch\n306  Cyc flood L      addr 81   8ch\n(showing 4-6 of 9)",
            ),
            (
                "get_patch",
                {"universe": 3, "offset": 6},
                "307  Cyc flood R      addr 89   8ch\n308  Lightning strobe addr 97   4ch\n309  Hazer HZ-1       addr 101  2ch\n(showing 7-9 of 9)",
            ),
        ],
        "talk": ["Next lot!", "Last three."],
        "done": [
            "So far six fixtures on U3: five battens and a cyc flood. Good enough to know the whole upstage wash is on it.",
            "Nine fixtures on U3: five battens, two cyc floods, the strobe and, ooh, the hazer itself! So when U3 is down the hazer gets no DMX either.",
        ],
    },
    "corrected": {
        "bad": (
            "list_cues",
            {"from": "Q47", "to": "Q52"},
            "ERROR: cue numbers must be numeric (got 'Q47')",
        ),
        "why": "Ah, it wants plain numbers, no Q!",
        "good": LX_CUES,
        "done": "Got them: Q47-Q52, and Q50 is a 0.0 snap as you said.",
    },
    "poll": {
        "start": (
            "update_node_firmware",
            {"node": "GW-STAGE-2", "version": "4.2.0"},
            "Firmware job FW-77 created for GW-STAGE-2 (4.1.7 -> 4.2.0).",
        ),
        "ack": "Firmware update FW-77 kicked off!",
        "tool": "get_firmware_job",
        "args": {"job": "FW-77"},
        "states": [
            "FW-77  DOWNLOADING  18%",
            "FW-77  DOWNLOADING  100%  verifying",
            "FW-77  FLASHING  (do not power off)",
            "FW-77  REBOOTING",
            "FW-77  DONE  firmware 4.2.0  ports A/B up",
        ],
        "wait": ("wait", {"seconds": 30}, "Waited 30 s."),
        "talk": ["Still going!", "Nearly there..."],
        "done": "Node's on 4.2.0 and both ports are up. Universe 3 should be back!",
    },
    "ent": {
        "intro": "Let's make sure none of the upstage fixtures clash on addresses.",
        "calls": [
            ("check_address_conflict", {"fixture": f}, "No address conflicts.")
            for f in [301, 302, 303, 306, 309]
        ],
        "talk": ["Next!", "Next one.", "The cyc flood.", "And the hazer."],
        "done": "All five are clean, no address clashes. So it's not a patch problem!",
    },
    "transient": {
        "call": (
            "get_fire_panel",
            {"zone": 4},
            "Zone 4 (stage): detector 4.07 optical   state NORMAL\nHaze mode: AVAILABLE (requires duty manager key)",
        ),
        "errors": [
            "ERROR: panel interface busy (another session), try again",
            "ERROR: timeout talking to fire panel gateway",
        ],
        "talk": ["Panel's busy. Trying again in a mo.", "Timed out now! Once more."],
        "done": "Zone 4 has an optical detector over the stage and a haze mode that needs the duty manager's key. That's why HZ-1 keeps getting inhibited!",
    },
    "updates": [
        (
            (
                "get_universe",
                {"universe": 3},
                "Universe 3   Port B   Node GW-STAGE-2\nRx  0 pkt/s\nStatus  NO DATA FROM NODE",
            ),
            "U3 still down, cable swap requested from the crew.",
        ),
        (
            (
                "get_universe",
                {"universe": 3},
                "Universe 3   Port B   Node GW-STAGE-2\nRx  44 pkt/s\nStatus  OK",
            ),
            "U3 is back after the cable swap! 44 pkt/s.",
        ),
        (
            ("list_cues", {"from": 50, "to": 50}, "Q50   Up 8.0  Dn 8.0   'Blackout'"),
            "Q50 now an 8-count fade, DSM unlocked the list for me.",
        ),
        (
            (
                "get_haze",
                {"unit": "HZ-1"},
                "HZ-1  Output 40%   Fan 60%   Fluid 72%\nInterlock: zone 4 in HAZE MODE (key: duty manager)\nState: READY",
            ),
            "Hazer ready, duty manager put zone 4 in haze mode. We're show-ready!",
        ),
    ],
    "docs": {
        "intro": "Reading the notes before I touch anything!",
        "items": [
            (
                (
                    "read_doc",
                    {"doc": "director_notes_v3"},
                    "Q47 slower build, 5s. Q49 flash fine. Q50 NOT a snap: slow 8-count to black. Q51 dawn a touch faster, 6s.",
                ),
                "Director: Q47 to 5s, Q50 an 8-count fade to black, Q51 down to 6s.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "crew_fault_log"},
                    "14:02 U3 battens dropped out mid-focus. 14:10 reseated XLR at batten end, no change. Port B LED off on node.",
                ),
                "Crew log: U3 dropped at 14:02, they reseated the batten end only, and the node's port B LED is off.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "venue_haze_policy"},
                    "Haze only with zone 4 in haze mode, enabled by the duty manager's key. Never isolate detectors.",
                ),
                "Venue: haze only in haze mode via the duty manager's key, never isolate detectors.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "DSM_lock_note"},
                    "Cue list 1 locked 14:55 after accidental deletion of Q33. Ask DSM (Priya) to unlock.",
                ),
                "DSM locked cue list 1 at 14:55 after someone deleted Q33. Priya can unlock.",
            ),
        ],
        "done": "So: swap the node-end cable for U3, get Priya to unlock the list for the retimes, and ask the duty manager for haze mode. Easy!",
    },
    "draft": {
        "ask": "can you write the note for the DSM's report tonight re: LX",
        "drafts": [
            "LX: U3 fixed, cues retimed, haze OK.",
            "LX: Universe 3 (upstage battens) dropped at 14:02; node-end cable on GW-STAGE-2 port B replaced, back at 15:50. Q47, Q50, Q51 retimed per director's notes (Q50 now an 8-count fade). Hazer fine in haze mode.",
            "LX: Universe 3 (upstage battens) dropped at 14:02; node-end cable on GW-STAGE-2 port B replaced, back at 15:50. Q47, Q50, Q51 retimed per director's notes (Q50 now an 8-count fade). Hazer fine once the duty manager put zone 4 in haze mode; this needs doing before every show.",
            "LX: Universe 3 (upstage battens) dropped at 14:02; node-end cable on GW-STAGE-2 port B replaced, back at 15:50. Spare cable is on the LX desk. Q47, Q50, Q51 retimed per director's notes (Q50 now an 8-count fade). Hazer fine once the duty manager put zone 4 in haze mode; this needs doing before every show.",
        ],
        "feedback": [
            "bit more detail? times etc",
            "mention the haze mode needs doing every show",
            "and say where the spare cable is",
        ],
    },
    "adjust": {
        "steps": [
            (
                ("set_level", {"fixture": 306, "level": 80}, "306 @ 80%"),
                ("measure_lux", {"position": "DSC"}, "DSC 612 lux"),
                "612 at downstage centre, way too hot for dawn (aiming ~350). Down!",
            ),
            (
                ("set_level", {"fixture": 306, "level": 45}, "306 @ 45%"),
                ("measure_lux", {"position": "DSC"}, "DSC 298 lux"),
                "298, bit under now.",
            ),
            (
                ("set_level", {"fixture": 306, "level": 52}, "306 @ 52%"),
                ("measure_lux", {"position": "DSC"}, "DSC 347 lux"),
                "347, lovely! Recording that into Q51.",
            ),
        ],
    },
    "q_intro": "All done for now! Shout if anything else looks odd.",
    "questions": [
        (
            "what's on universe 2?",
            "Checking U2!",
            (
                "get_universe",
                {"universe": 2},
                "Universe 2   Port A   Node GW-STAGE-2\nRx  44 pkt/s\nStatus  OK",
            ),
            "U2 is fine: 44 pkt/s, no drops.",
        ),
        (
            "and the FOH bar?",
            "FOH bar, let's see.",
            (
                "get_universe",
                {"universe": 1},
                "Universe 1   Port A   Node GW-FOH-1\nRx  44 pkt/s\nStatus  OK   (1 frame error 16:02)",
            ),
            "FOH (U1) is fine, one frame error at 16:02, nothing to worry about.",
        ),
        (
            "hazer fluid?",
            "Checking HZ-1.",
            ("get_haze", {"unit": "HZ-1"}, "HZ-1  Output 0%   Fan 0%   Fluid 71%\nState: READY"),
            "71% fluid, plenty for tonight.",
        ),
        (
            "is 308 the strobe or the flood?",
            "Checking 308.",
            (
                "get_fixture",
                {"fixture": 308},
                "Fixture 308  Lightning strobe  univ 3 addr 97\nResponse: OK",
            ),
            "308 is the lightning strobe, on U3 at address 97, responding fine.",
        ),
    ],
    "reread": {
        "read": ("read_file", {"path": "notes/preview_lx_notes.txt"}),
        "versions": [
            "PREVIEW LX NOTES\n* U3 dead\n* Q47-52 retime\n* hazer inhibited",
            "PREVIEW LX NOTES\n* U3 fixed 15:50 (cable, GW-STAGE-2 port B)\n* Q47-52 retime\n* hazer inhibited",
            "PREVIEW LX NOTES\n* U3 fixed 15:50 (cable, GW-STAGE-2 port B)\n* Q47-52 retimed, Q50 8-count\n* hazer inhibited",
        ],
        "talk": ["Ticking off U3!", "And the cues."],
        "edits": [
            (
                "edit_file",
                {
                    "path": "notes/preview_lx_notes.txt",
                    "line": 2,
                    "text": "* U3 fixed 15:50 (cable, GW-STAGE-2 port B)",
                },
                "Line 2 replaced.",
            ),
            (
                "edit_file",
                {
                    "path": "notes/preview_lx_notes.txt",
                    "line": 3,
                    "text": "* Q47-52 retimed, Q50 8-count",
                },
                "Line 3 replaced.",
            ),
        ],
        "done": "Notes updated, just the hazer left.",
    },
    "search": {
        "steps": [
            (
                ("search_console_log", {"text": "universe 3"}, "212 matches (14:00-16:00)"),
                "212, far too many. Narrowing to errors.",
            ),
            (
                (
                    "search_console_log",
                    {"text": "universe 3", "level": "error"},
                    "6 matches\n14:02:11 U3 frame timeout\n14:02:12 node GW-STAGE-2 port B link down\n14:10:40 ... (4 more link down)",
                ),
                "Six errors, all link-down on port B.",
            ),
            (
                (
                    "search_console_log",
                    {"text": "GW-STAGE-2 port B link", "before": "14:02:12"},
                    "1 match\n14:01:58 GW-STAGE-2 port B CRC errors rising (412/s)",
                ),
                "CRC errors rising just before it dropped: a bad cable, not config.",
            ),
        ],
        "done": "It's the cable at the node end of port B: CRC errors climbed for 15 seconds and then the link went down. Swap that lead!",
    },
    "after": "ab_oscillation",
}


# ---------------------------------------------------------------------------------------------
# Domain 3: subtitle timing for a festival film. Precise, nerdy; SRT snippets and timecodes.

SUB_FILE = "SaltRoad_R4_FR_SDH.srt"
SUB_SYNC_OBS = (
    "sync check vs. R4_v7 audio (xcorr)\n"
    "  00:38:00,000  +0.004 s\n  00:41:00,000  +0.011 s\n  00:41:10,000  +1.204 s\n"
    "  00:44:02,500  +1.211 s\n  00:47:30,000  +1.207 s\nverdict: STEP at ~00:41:05 (+1.2 s)"
)
SUB_SYNC = ("get_sync_report", {"file": SUB_FILE, "reel": 4}, SUB_SYNC_OBS)
SUB_QC = (
    "get_qc_report",
    {"file": SUB_FILE},
    "profile FESTIVAL-2025\n  max cps 17.0 ... FAIL (23 events, worst #412 at 19.8)\n  min gap 2 fr ... PASS\n  max lines 2 .... PASS\n  shot changes ... WARN (4 events cross a cut)",
)
SUB_EDL = (
    "get_edl",
    {"reel": 4, "version": "v7"},
    "TITLE: SALTROAD_R4_v7\n012  AX  V  C  01:40:58:12 01:41:05:00 00:41:00:00 00:41:06:12\n013  AX  V  C  01:41:06:05 01:41:12:00 00:41:06:12 00:41:12:07\n* v7: 29 frames removed at 00:41:05 (director's trim)",
)
SUB_EVT = (
    "get_event",
    {"file": SUB_FILE, "n": 412},
    "412\n00:43:55,120 --> 00:43:56,900\n[ANNA] Tu crois vraiment qu'il reviendra\navant la marée haute ?\n(cps 19.8)",
)


def sub_vargs(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
    items: list[tuple[str, Any]] = [("file", SUB_FILE), ("reel", 4)]
    rng.shuffle(items)
    ts = 1764938400 + 37 * i + rng.random() * 30
    return dict([*items, ("client_ts", round(ts, 3))]), SUB_SYNC_OBS


SUB_LINES = [
    ("[ANNA] Tu crois qu'il reviendra", "avant la marée haute ?"),
    ("[ANNA] Il reviendra, tu crois,", "avant la marée ?"),
    ("[ANNA] Tu penses qu'il rentre", "avant la marée haute ?"),
    ("[ANNA] Il sera là", "avant que la mer monte ?"),
    ("[ANNA] Tu crois vraiment qu'il revient", "avant la marée ?"),
]


def sub_condense(rng: random.Random, i: int) -> str:
    a, b = SUB_LINES[(i + rng.randint(0, 4)) % 5]
    cps = round(rng.uniform(17.3, 19.1), 1)
    return f"412\n00:43:55,120 --> 00:43:56,900\n{a}\n{b}\n(cps {cps})"


SUB: Domain = {
    "name": "film_subtitle_timing",
    "task": (
        "Bonjour. The French SDH subtitles for reel 4 of 'Salt Road' (festival cut) go late by "
        "about 1.2 s from roughly 41:00 onwards, and the festival QC rejects the file for "
        "reading speed (their limit is 17 cps). The DCP lab needs a clean file by 18:00 CET. "
        "File: SaltRoad_R4_FR_SDH.srt, picture is R4_v7."
    ),
    "openers": [
        "Let me characterise the drift first: sync report against R4_v7.",
        "OK. Sync report, QC report, then the EDL.",
        "First I'll measure the offset across the reel.",
    ],
    "firsts": [SUB_SYNC, SUB_QC, SUB_EDL],
    "bridges": [
        "That's a step, not a ramp: +1.2 s from ~41:05. So not a frame-rate problem. QC next.",
        "23 cps failures. The EDL should explain the step.",
    ],
    "stuck": SUB_SYNC,
    "again": [
        "Re-running the sync check.",
        "Let me measure the offset again.",
        "Sync report once more, to be sure.",
        "Checking the drift again at 41:10.",
        "Another xcorr pass on reel 4.",
        "I'll verify the step is still +1.2 s.",
    ],
    "vargs": sub_vargs,
    "intents": [
        [
            "Next I'll shift every event after 00:41:05,000 by -1.208 s to absorb the 29-frame trim.",
            "The fix is a -1.208 s offset on all events from 41:05 onward; applying that next.",
            "I'm going to re-time the tail of the reel: everything after the trim moves earlier by 29 frames.",
            "Plan: apply a partial offset of -29 fr (at 24 fps) starting at 00:41:05.",
            "Next step is to pull all subtitles after 41:05 back by 1.208 seconds.",
            "I'll apply the -1.208 s correction to events 388 onwards.",
        ],
        [
            "Next I'll condense the 23 over-speed events so each is at or under 17 cps.",
            "I'm going to rewrite the 23 failing events for reading speed next.",
            "The next job is shortening the 23 lines that exceed 17 characters per second.",
            "Plan: edit the over-speed events (worst #412) down to the 17 cps limit.",
            "I'll condense the over-long subtitles next, starting with #412.",
            "Reading-speed fixes next: 23 events to bring under 17 cps.",
        ],
    ],
    "verbatim": "I'll apply a -1.208 s offset to every event after 00:41:05,000.",
    "job_start": (
        "start_conform",
        {"file": SUB_FILE, "edl": "R4_v7"},
        "conform job CF-5520 queued (worker pool: subs-render)",
    ),
    "job_ack": "Conform CF-5520 queued.",
    "job_check": (
        "get_conform",
        {"job": "CF-5520"},
        "CF-5520  state=queued  position=4  progress=0/612 events",
    ),
    "stall": [
        "CF-5520 still queued, position 4.",
        "Conform still hasn't started.",
        "Still queued (0/612).",
        "No progress on CF-5520.",
        "CF-5520: queued, unchanged.",
    ],
    "ab": [SUB_SYNC, SUB_EDL],
    "ab_talk": [
        "Sync, then EDL.",
        "Comparing the step against the EDL again.",
        "Again: sync vs. EDL.",
    ],
    "cyc": [SUB_SYNC, SUB_QC, SUB_EDL],
    "cyc_talk": ["Sync / QC / EDL.", "Round again."],
    "setting": {
        "tool": "set_timebase",
        "args": {"file": SUB_FILE},
        "key": "fps",
        "values": ["24", "23.976", "25"],
        "ack": lambda v: f"timebase set to {v} fps (612 events re-stamped)",
        "check": SUB_SYNC,
        "talk": [
            "Trying a {v} fps timebase.",
            "Maybe it's {v}? Setting it.",
            "Switching to {v}.",
            "Back to {v} fps.",
            "{v} again.",
            "Let me retry {v}.",
            "OK, {v}.",
        ],
    },
    "fail": (
        "submit_qc",
        {"file": SUB_FILE, "profile": "FESTIVAL-2025"},
        "QC REJECT: 23 events exceed 17.0 cps (worst #412, 19.8 cps)",
    ),
    "fail_id": lambda rng, i: f" · submission {rng.randint(70000, 79999)}",
    "fail_variants": [
        {"file": SUB_FILE, "profile": "festival-2025"},
        {"path": f"/deliver/{SUB_FILE}", "profile": "FESTIVAL-2025"},
        {"file": [SUB_FILE], "profile": "FESTIVAL-2025"},
        {"file": SUB_FILE, "profile": "FESTIVAL-2025", "override": True},
    ],
    "regen": {
        "intro": "I'll let the condenser propose a shorter #412.",
        "tool": "condense_event",
        "args": {"file": SUB_FILE, "n": 412, "max_cps": 17},
        "out": sub_condense,
        "reject": [
            "Still above 17 cps. Rejected.",
            "Over the limit again.",
            "No: cps still > 17.",
            "Shorter wording, but it still fails 17 cps.",
            "Again too fast to read at 17 cps.",
        ],
    },
    "pages": {
        "intro": "Listing the over-speed events so I can fix them in order.",
        "items": [
            (
                "list_qc_failures",
                {"file": SUB_FILE, "page_token": None},
                "#88 18.1 cps\n#131 17.4\n#140 17.9\n#203 18.8\n#219 17.2\n#240 17.6\n#251 18.0\n#266 17.3\nnext_page_token: c2Vn",
            ),
            (
                "list_qc_failures",
                {"file": SUB_FILE, "page_token": "c2Vn"},
                "#301 17.7\n#318 18.4\n#356 17.1\n#388 17.5\n#401 18.9\n#407 17.8\n#412 19.8\n#419 17.2\nnext_page_token: dGhy",
            ),
            (
                "list_qc_failures",
                {"file": SUB_FILE, "page_token": "dGhy"},
                "#455 17.9\n#470 18.3\n#502 17.4\n#533 17.1\n#560 18.6\n#587 17.2\n#601 17.7\nnext_page_token: null",
            ),
        ],
        "talk": ["Next token.", "And the last page."],
        "done": [
            "Sixteen so far; the worst are #412 (19.8), #401 (18.9) and #203 (18.8).",
            "All 23 listed; worst three are #412, #401 and #203. Most are only marginally over and can lose a word.",
        ],
    },
    "corrected": {
        "bad": (
            "get_event",
            {"file": SUB_FILE, "timecode": "43:55"},
            "error: timecode must be HH:MM:SS,mmm (got '43:55')",
        ),
        "why": "It needs full SRT timecode. 00:43:55,000.",
        "good": ("get_event", {"file": SUB_FILE, "timecode": "00:43:55,000"}, SUB_EVT[2]),
        "done": "That's #412, the worst offender: 19.8 cps over 1.78 s.",
    },
    "poll": {
        "start": (
            "start_conform",
            {"file": SUB_FILE, "edl": "R4_v7"},
            "conform job CF-5531 queued (worker pool: subs-render)",
        ),
        "ack": "Conform CF-5531 queued; I'll follow it.",
        "tool": "get_conform",
        "args": {"job": "CF-5531"},
        "states": [
            "CF-5531  state=queued  position=1",
            "CF-5531  state=running  progress=140/612",
            "CF-5531  state=running  progress=388/612",
            "CF-5531  state=validating",
            "CF-5531  state=done  output=SaltRoad_R4_FR_SDH_conf.srt  events=612",
        ],
        "wait": ("sleep", {"s": 15}, "slept 15 s"),
        "talk": ["Running.", "Still going."],
        "done": "Conformed file is out: SaltRoad_R4_FR_SDH_conf.srt, all 612 events.",
    },
    "ent": {
        "intro": "Spot-checking five events either side of the trim against the new picture.",
        "calls": [
            (
                "get_event",
                {"file": SUB_FILE, "n": 386},
                "386\n00:40:58,300 --> 00:41:01,020\n[PIERRE] La marée monte vite ce soir.\n(cps 12.1) sync +0.010 s",
            ),
            (
                "get_event",
                {"file": SUB_FILE, "n": 387},
                "387\n00:41:02,110 --> 00:41:04,800\n(Vent violent)\n(cps 5.2) sync +0.008 s",
            ),
            (
                "get_event",
                {"file": SUB_FILE, "n": 388},
                "388\n00:41:07,400 --> 00:41:09,950\n[ANNA] Ferme les volets.\n(cps 8.6) sync +1.205 s",
            ),
            (
                "get_event",
                {"file": SUB_FILE, "n": 389},
                "389\n00:41:10,300 --> 00:41:12,800\n[PIERRE] Déjà fait.\n(cps 6.0) sync +1.209 s",
            ),
            ("get_event", {"file": SUB_FILE, "n": 412}, SUB_EVT[2] + " sync +1.204 s"),
        ],
        "talk": ["387.", "388 (first after the cut).", "389.", "And #412."],
        "done": "386-387 are in sync, 388 onwards are +1.2 s late: the step is exactly at the v7 trim, between 387 and 388.",
    },
    "transient": {
        "call": SUB_EDL,
        "errors": [
            "sftp: connection reset by peer (lab.dcp-partners.fr:22)",
            "sftp: timeout after 30 s",
        ],
        "talk": ["Lab SFTP reset the connection; retrying.", "Timed out this time. Again."],
        "done": "EDL v7 confirms it: 29 frames trimmed at 00:41:05, i.e. 1.208 s at 24 fps. That's our step.",
    },
    "updates": [
        (
            (
                "get_sync_report",
                {"file": SUB_FILE, "reel": 4},
                "verdict: STEP at ~00:41:05 (+1.2 s)",
            ),
            "drift is a +1.2 s step at 41:05, from the v7 trim.",
        ),
        (
            (
                "get_sync_report",
                {"file": "SaltRoad_R4_FR_SDH_v2.srt", "reel": 4},
                "max |offset| 0.012 s  verdict: IN SYNC",
            ),
            "partial offset applied (v2); reel 4 in sync within 12 ms.",
        ),
        (
            (
                "get_qc_report",
                {"file": "SaltRoad_R4_FR_SDH_v2.srt"},
                "max cps 17.0 ... FAIL (6 events)",
            ),
            "17 of 23 over-speed events condensed, 6 left.",
        ),
        (
            (
                "get_qc_report",
                {"file": "SaltRoad_R4_FR_SDH_v3.srt"},
                "max cps 17.0 ... PASS\nshot changes ... PASS",
            ),
            "v3 passes FESTIVAL-2025 QC; uploading to the lab.",
        ),
    ],
    "docs": {
        "intro": "Reading the delivery specs and notes first.",
        "items": [
            (
                (
                    "read_doc",
                    {"doc": "FESTIVAL-2025 subtitle spec"},
                    "SRT UTF-8. Max 2 lines, 42 chars/line. Max 17 cps. Min duration 1 s. SDH: speaker IDs in caps in brackets.",
                ),
                "Spec: 2 lines x 42 chars, 17 cps max, 1 s minimum, SDH speaker IDs in caps and brackets.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "R4 v7 change note"},
                    "v7 (3 Dec): director's trim, 29 frames removed at 00:41:05 (lighthouse insert). No other changes.",
                ),
                "v7 note: only change is a 29-frame trim at 00:41:05.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "lab delivery email"},
                    "Please deliver FR SDH R4 by 18:00 CET to /incoming/saltroad/subs. Filename unchanged.",
                ),
                "Lab wants it in /incoming/saltroad/subs by 18:00 CET, same filename.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "translator notes FR"},
                    "#412: Anna's line must keep 'marée haute' (callback to reel 1).",
                ),
                "Translator: #412 must keep 'marée haute', it's a callback.",
            ),
        ],
        "done": "So: -29 frames from 00:41:05, condense 23 events (keeping 'marée haute' in #412), deliver to /incoming/saltroad/subs by 18:00.",
    },
    "draft": {
        "ask": "Please draft the condensed #412; it has to keep 'marée haute'.",
        "drafts": [
            "[ANNA] Il reviendra avant la marée haute ?",
            "[ANNA] Il revient\navant la marée haute ?",
            "[ANNA] Il rentre\navant la marée haute ?",
            "[ANNA] Il rentrera\navant la marée haute ?",
        ],
        "feedback": [
            "one line is too long for 42 chars, and 'reviendra' loses the doubt. break it",
            "better but 'revient' reads odd, she's asking about tonight",
            "close. future tense though, she's worried he won't make it",
        ],
    },
    "adjust": {
        "steps": [
            (
                (
                    "apply_offset",
                    {"file": SUB_FILE, "from": "00:41:05,000", "ms": -1000},
                    "offset -1000 ms applied to 225 events",
                ),
                (
                    "get_sync_report",
                    {"file": SUB_FILE, "reel": 4},
                    "00:41:10,000 +0.204 s\n00:47:30,000 +0.207 s",
                ),
                "Still +0.2 s late. Another -200.",
            ),
            (
                (
                    "apply_offset",
                    {"file": SUB_FILE, "from": "00:41:05,000", "ms": -250},
                    "offset -250 ms applied to 225 events",
                ),
                (
                    "get_sync_report",
                    {"file": SUB_FILE, "reel": 4},
                    "00:41:10,000 -0.046 s\n00:47:30,000 -0.043 s",
                ),
                "Overshot: now 46 ms early. Back 42 ms.",
            ),
            (
                (
                    "apply_offset",
                    {"file": SUB_FILE, "from": "00:41:05,000", "ms": 42},
                    "offset +42 ms applied to 225 events",
                ),
                (
                    "get_sync_report",
                    {"file": SUB_FILE, "reel": 4},
                    "00:41:10,000 -0.004 s\n00:47:30,000 -0.001 s",
                ),
                "Within 4 ms. Net -1.208 s, exactly 29 frames.",
            ),
        ],
    },
    "q_intro": "Reel 4 is in sync now. Happy to check anything else.",
    "questions": [
        (
            "Is reel 3 affected?",
            "Checking reel 3.",
            (
                "get_sync_report",
                {"file": "SaltRoad_R3_FR_SDH.srt", "reel": 3},
                "max |offset| 0.009 s  verdict: IN SYNC",
            ),
            "Reel 3 is fine, within 9 ms.",
        ),
        (
            "and the English file for R4?",
            "Checking the EN file.",
            (
                "get_sync_report",
                {"file": "SaltRoad_R4_EN.srt", "reel": 4},
                "verdict: STEP at ~00:41:05 (+1.2 s)",
            ),
            "The English R4 has the same +1.2 s step; it needs the same fix.",
        ),
        (
            "R5?",
            "Reel 5.",
            (
                "get_sync_report",
                {"file": "SaltRoad_R5_FR_SDH.srt", "reel": 5},
                "max |offset| 0.015 s  verdict: IN SYNC",
            ),
            "Reel 5 is in sync (15 ms).",
        ),
        (
            "what about the German for R4",
            "German R4.",
            (
                "get_sync_report",
                {"file": "SaltRoad_R4_DE.srt", "reel": 4},
                "verdict: NO FILE (expected SaltRoad_R4_DE.srt)",
            ),
            "There's no German R4 file on the server at all.",
        ),
    ],
    "reread": {
        "read": ("read_file", {"path": SUB_FILE, "lines": "1550-1553"}),
        "versions": [
            "412\n00:43:55,120 --> 00:43:56,900\n[ANNA] Tu crois vraiment qu'il reviendra\navant la marée haute ?",
            "412\n00:43:53,912 --> 00:43:55,692\n[ANNA] Tu crois vraiment qu'il reviendra\navant la marée haute ?",
            "412\n00:43:53,912 --> 00:43:55,692\n[ANNA] Il rentrera\navant la marée haute ?",
        ],
        "talk": ["Shifting #412 by the offset first.", "Now the condensed wording."],
        "edits": [
            (
                "apply_offset",
                {"file": SUB_FILE, "events": [412], "ms": -1208},
                "offset -1208 ms applied to 1 event",
            ),
            (
                "edit_event",
                {"file": SUB_FILE, "n": 412, "text": "[ANNA] Il rentrera\navant la marée haute ?"},
                "event 412 updated (cps 16.3)",
            ),
        ],
        "done": "#412 is at the corrected time and at 16.3 cps.",
    },
    "search": {
        "steps": [
            (
                (
                    "search_events",
                    {"file": SUB_FILE, "text": "marée"},
                    "9 hits: #12 #14 #57 #203 #290 #388 #412 #455 #560",
                ),
                "Nine. Narrowing to the ones over speed.",
            ),
            (
                (
                    "search_events",
                    {"file": SUB_FILE, "text": "marée", "min_cps": 17.0},
                    "3 hits: #203 (18.8) #412 (19.8) #560 (18.6)",
                ),
                "Three of the worst contain 'marée'.",
            ),
            (
                (
                    "search_events",
                    {"file": SUB_FILE, "text": "marée haute", "min_cps": 17.0},
                    "1 hit: #412 (19.8)",
                ),
                "Only #412 has the full 'marée haute' callback.",
            ),
        ],
        "done": "So only #412 is constrained by the callback; #203 and #560 can be condensed freely.",
    },
    "after": "regenerate_unacceptable",
}


# ---------------------------------------------------------------------------------------------
# Domain 4: council recycling rounds. Plain council English, the odd typo; indented JSON.


def js(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False)


WC_ROUND_OBJ = {
    "round": "R7",
    "day": "TUE",
    "vehicle": "WB-23",
    "streets": 41,
    "completed": 39,
    "skipped": [
        {"street": "Elm Grove", "reason": "NOT_ROUTED"},
        {"street": "Alder Close", "reason": "NOT_ROUTED"},
    ],
}
WC_ROUND = ("get_round", {"round": "R7", "day": "TUE"}, js(WC_ROUND_OBJ))
WC_STREET = (
    "get_street",
    {"street": "Elm Grove"},
    js(
        {
            "street": "Elm Grove",
            "usrn": 21400873,
            "routing": "SUSPENDED",
            "reason": "closure TM-2291",
            "suspended_until": "2025-12-12",
            "households": 38,
        }
    ),
)
WC_WEIGH = (
    "get_weighbridge",
    {"vehicle": "WB-23", "date": "2025-12-09"},
    js(
        {
            "vehicle": "WB-23",
            "tickets": [
                {"time": "13:42", "gross_kg": 27340, "limit_kg": 26000, "flag": "OVERWEIGHT"}
            ],
        }
    ),
)
WC_CLOSURE = (
    "get_closure",
    {"ref": "TM-2291"},
    js(
        {
            "ref": "TM-2291",
            "road": "Elm Grove (junction with Birch Rd)",
            "type": "gas main",
            "from": "2025-11-17",
            "to": "2025-12-12",
            "through_access": False,
            "alt_access": "via Alder Close turning head",
        }
    ),
)


def wc_vargs(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
    args = {"round": "R7", "day": "TUE", "_cb": rng.randint(10**9, 2 * 10**9)}
    if rng.random() < 0.5:
        args["requested_at"] = (
            f"2025-12-10T09:{12 + i:02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
        )
    obj = dict(WC_ROUND_OBJ)
    obj["generated_at"] = f"2025-12-10T09:{12 + i:02d}:{rng.randint(0, 59):02d}Z"
    return args, js(obj)


def wc_route(rng: random.Random, i: int) -> str:
    streets = [
        "Birch Rd",
        "Hazel Way",
        "Rowan Ct",
        "Ash Lane",
        "Oak Drive",
        "Willow Walk",
        "Beech Ave",
        "Cedar Pl",
    ]
    rng.shuffle(streets)
    return js(
        {
            "plan": f"R7-opt-{rng.randint(100, 999)}",
            "stops": streets[:6],
            "km": round(rng.uniform(38, 47), 1),
            "omitted": ["Elm Grove", "Alder Close"],
        }
    )


WC: Domain = {
    "name": "waste_collection_routing",
    "task": (
        "Hi, Maria from Westbrook Council waste services here. Tuesday's recycling round (R7) missed "
        "Elm Grove and Alder Close again, thats the 3rd week running and Cllr Patel has complained. "
        "Can you find out why, get them collected tomorrow (Wed 10th) and draft a reply to the "
        "councillor. Also lorry WB-23 came up overweight on the weighbridge yesterday, pls look into it."
    ),
    "openers": [
        "Hi Maria, I'll start by pulling Tuesday's R7 round.",
        "Sure. First let me look at round R7 and the two streets.",
        "Thanks, looking into R7 now.",
    ],
    "firsts": [WC_ROUND, WC_STREET, WC_WEIGH],
    "bridges": [
        "Both streets show NOT_ROUTED. Checking Elm Grove's record.",
        "Elm Grove is suspended in routing. Now the weighbrige ticket.",
    ],
    "stuck": WC_ROUND,
    "again": [
        "Let me pull R7 again.",
        "Checking round R7 one more time.",
        "I'll look at the round again in case its been re-planned.",
        "Re-checking R7 Tuesday.",
        "Going back to the R7 round sheet.",
        "One more look at R7.",
    ],
    "vargs": wc_vargs,
    "intents": [
        [
            "Next I'll add Elm Grove and Alder Close to tomorrow's catch-up round via the Alder Close turning head.",
            "I'm going to schedule a catch-up collection for both streets on Wednesday, accessing from Alder Close.",
            "The next step is booking a Wed 10th catch-up for Elm Grove + Alder Close.",
            "I'll put both streets on tomorrows catch-up crew, going in via the Alder Close turning head.",
            "Plan: get a catch-up collection for Elm Grove and Alder Close onto Wednesday.",
            "Next up is arranging the Wednesday catch-up for the two missed streets.",
        ],
        [
            "I'll draft the reply to Cllr Patel next.",
            "Next I will write the response to the councillor's complaint.",
            "Going to put together the reply to Cllr Patel now.",
            "I'll get the councillor reply drafted next.",
            "Drafting the response to Cllr Patel is my next step.",
            "Next: reply to the councillor.",
        ],
    ],
    "verbatim": "I'll book a Wednesday catch-up collection for Elm Grove and Alder Close.",
    "job_start": (
        "request_catchup",
        {"streets": ["Elm Grove", "Alder Close"], "date": "2025-12-10"},
        js({"request": "CU-3318", "status": "PENDING_APPROVAL", "approver": "ops.supervisor"}),
    ),
    "job_ack": "Catch-up request CU-3318 raised, waiting for supervisor approval.",
    "job_check": (
        "get_catchup",
        {"request": "CU-3318"},
        js(
            {
                "request": "CU-3318",
                "status": "PENDING_APPROVAL",
                "approver": "ops.supervisor",
                "comments": [],
            }
        ),
    ),
    "stall": [
        "CU-3318 is still pending approval.",
        "Still waiting for the supervisor to approve CU-3318.",
        "No change, CU-3318 pending.",
        "The catch-up is still awaiting approval.",
        "Still pending on CU-3318.",
    ],
    "ab": [WC_ROUND, WC_STREET],
    "ab_talk": ["Round then street.", "Checking R7 and Elm Grove again.", "Both once more."],
    "cyc": [WC_ROUND, WC_STREET, WC_CLOSURE],
    "cyc_talk": ["Round, street, closure.", "Again round, street, closure."],
    "setting": {
        "tool": "assign_vehicle",
        "args": {"round": "R7", "day": "TUE"},
        "key": "vehicle",
        "values": ["WB-23", "WB-31", "WB-17"],
        "ack": lambda v: js({"round": "R7", "day": "TUE", "vehicle": v, "ok": True}),
        "check": WC_STREET,
        "talk": [
            "Maybe a smaller lorry gets in. Trying {v}.",
            "Switching R7 to {v}.",
            "Back to {v}.",
            "Let's try {v} again.",
            "{v}?",
            "Putting {v} back on.",
            "OK {v}.",
        ],
    },
    "fail": (
        "reschedule_collection",
        {"street": "Elm Grove", "date": "2025-12-10"},
        "409 Conflict: street is SUSPENDED in routing (closure TM-2291); cannot schedule",
    ),
    "fail_id": lambda rng, i: f" (request-id {rng.getrandbits(40):010x})",
    "fail_variants": [
        {"street": "Elm Grove", "date": "10/12/2025"},
        {"street": "ELM GROVE", "date": "2025-12-10"},
        {"streets": ["Elm Grove"], "date": "2025-12-10"},
        {"street": "Elm Grove", "date": "2025-12-10", "priority": "high"},
    ],
    "regen": {
        "intro": "I'll run the route optimiser for R7 so the missed streets get picked up.",
        "tool": "optimise_route",
        "args": {"round": "R7", "include": ["Elm Grove", "Alder Close"]},
        "out": wc_route,
        "reject": [
            "Elm Grove and Alder Close are still omitted. Not what we need.",
            "It's dropped them again.",
            "Still omits both streets, no good.",
            "Same as before, the two streets aren't on it.",
            "Omitted again, rejecting this plan.",
        ],
    },
    "pages": {
        "intro": "Pulling the missed-bin reports for R7 this month.",
        "items": [
            (
                "list_missed_reports",
                {"round": "R7", "offset": 0, "limit": 3},
                js(
                    {
                        "items": [
                            {"ref": "MB-9021", "street": "Elm Grove", "date": "2025-11-25"},
                            {"ref": "MB-9022", "street": "Alder Close", "date": "2025-11-25"},
                            {"ref": "MB-9110", "street": "Elm Grove", "date": "2025-12-02"},
                        ],
                        "total": 7,
                    }
                ),
            ),
            (
                "list_missed_reports",
                {"round": "R7", "offset": 3, "limit": 3},
                js(
                    {
                        "items": [
                            {"ref": "MB-9114", "street": "Alder Close", "date": "2025-12-02"},
                            {"ref": "MB-9187", "street": "Elm Grove", "date": "2025-12-09"},
                            {"ref": "MB-9190", "street": "Alder Close", "date": "2025-12-09"},
                        ],
                        "total": 7,
                    }
                ),
            ),
            (
                "list_missed_reports",
                {"round": "R7", "offset": 6, "limit": 3},
                js(
                    {
                        "items": [{"ref": "MB-9191", "street": "Hazel Way", "date": "2025-12-09"}],
                        "total": 7,
                    }
                ),
            ),
            (
                "list_missed_reports",
                {"round": "R7", "offset": 9, "limit": 3},
                js({"items": [], "total": 7}),
            ),
        ],
        "talk": ["next page", "next", "checking theres nothing after"],
        "done": [
            "6 reports so far, all Elm Grove and Alder Close, every Tuesday since the 25th.",
            "7 reports: 6 from our two streets on 25 Nov, 2 Dec and 9 Dec, plus one from Hazel Way (9 Dec).",
            "Confirmed 7 in total, nothing more. Hazel Way is a one-off; the other six are the closure.",
        ],
    },
    "corrected": {
        "bad": (
            "get_street",
            {"street": "Elm Gr"},
            js({"error": "no street matches 'Elm Gr'", "did_you_mean": ["Elm Grove", "Elm Green"]}),
        ),
        "why": "Abbreviation didnt match, using the full name Elm Grove.",
        "good": WC_STREET,
        "done": "Elm Grove is SUSPENDED in routing because of closure TM-2291 (until 12 Dec). That's why the round skips it.",
    },
    "poll": {
        "start": (
            "start_route_build",
            {"round": "CU-WED", "date": "2025-12-10"},
            js({"job": "RB-640", "state": "QUEUED"}),
        ),
        "ack": "Route build RB-640 started for Wednesday's catch-up.",
        "tool": "get_route_build",
        "args": {"job": "RB-640"},
        "states": [
            js({"job": "RB-640", "state": "QUEUED"}),
            js({"job": "RB-640", "state": "GEOCODING", "done": 12, "of": 79}),
            js({"job": "RB-640", "state": "OPTIMISING"}),
            js({"job": "RB-640", "state": "COMPLETE", "stops": 79, "km": 21.4, "vehicle": "WB-17"}),
        ],
        "wait": ("wait", {"seconds": 45}, "ok"),
        "talk": ["Still building.", "Nearly."],
        "done": "Catch-up route is built: 79 stops, 21.4 km, WB-17, going in via the Alder Close turning head.",
    },
    "ent": {
        "intro": "Checking the other streets near the closure for missed-bin reports.",
        "calls": [
            (
                "get_missed_reports",
                {"street": s, "since": "2025-11-17"},
                js({"reports": [], "count": 0}),
            )
            for s in ["Birch Rd", "Hazel Way North", "Rowan Ct", "Ash Lane", "Linden Mews"]
        ],
        "talk": ["Next street", "Rowan Ct", "Ash Lane", "Last one"],
        "done": "None of the five neighbouring streets has a missed-bin report since the closure began, so its only Elm Grove and Alder Close.",
    },
    "transient": {
        "call": WC_WEIGH,
        "errors": [
            "429 Too Many Requests (weighbridge API), retry-after: 10",
            "503 Service Unavailable",
        ],
        "talk": ["Rate limited, I'll try again in a bit.", "Service unavailable now. Once more."],
        "wait": ("wait", {"seconds": 10}, "ok"),
        "done": "WB-23 was 27,340 kg gross at 13:42 against a 26,000 kg limit: 1,340 kg over. That's one run, after a full glass load.",
    },
    "updates": [
        (
            (
                "get_street",
                {"street": "Elm Grove"},
                js({"street": "Elm Grove", "routing": "SUSPENDED", "reason": "closure TM-2291"}),
            ),
            "The misses are from closure TM-2291: Elm Grove was suspended in routing and Alder Close only reachable through it.",
        ),
        (
            (
                "get_catchup",
                {"request": "CU-3320"},
                js(
                    {"request": "CU-3320", "status": "APPROVED", "crew": "C4", "date": "2025-12-10"}
                ),
            ),
            "Catch-up CU-3320 approved for tomorrow, crew C4.",
        ),
        (
            (
                "get_weighbridge",
                {"vehicle": "WB-23", "date": "2025-12-09"},
                js(
                    {
                        "vehicle": "WB-23",
                        "tickets": [
                            {
                                "gross_kg": 27340,
                                "limit_kg": 26000,
                                "flag": "OVERWEIGHT",
                                "load": "glass",
                            }
                        ],
                    }
                ),
            ),
            "WB-23 overweight was a glass load, 1,340 kg over. Flagged to the depot.",
        ),
        (
            (
                "get_round",
                {"round": "R7", "day": "TUE", "week": "2025-12-16"},
                js({"round": "R7", "day": "TUE", "streets": 41, "routed": 41}),
            ),
            "R7 for next Tuesday now routes all 41 streets, via Alder Close.",
        ),
    ],
    "docs": {
        "intro": "Reading up before I change anything.",
        "items": [
            (
                (
                    "read_doc",
                    {"doc": "complaint_CP-7712"},
                    "From Cllr R. Patel: residents of Elm Grove and Alder Close report recycling not collected three Tuesdays running. Please explain and confirm a date.",
                ),
                "Cllr Patel's complaint: 3 missed Tuesdays, wants an explanation and a date.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "TM-2291 notice"},
                    "Gas main replacement, Elm Grove/Birch Rd junction. Road closed 17 Nov to 12 Dec. Access for refuse via Alder Close turning head (max 7.5 t).",
                ),
                "TM-2291: closed 17 Nov-12 Dec, refuse access only via Alder Close turning head, max 7.5 t.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "fleet list"},
                    "WB-17 7.5 t narrow body. WB-23 26 t RCV. WB-31 26 t RCV.",
                ),
                "Fleet: only WB-17 is a 7.5 t vehicle that can use the turning head.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "weighbridge policy"},
                    "Any gross over limit: driver report + depot manager review within 48 h. Split glass loads when over 70% fill.",
                ),
                "Policy: overweight needs a driver report and review in 48h; split glass loads over 70% fill.",
            ),
        ],
        "done": "So the fix is WB-17 via the Alder Close turning head until 12 Dec, and a split glass load for WB-23.",
    },
    "draft": {
        "ask": "can you draft the reply to Cllr Patel please",
        "drafts": [
            "Dear Cllr Patel, sorry for the missed collections. They will be collected tomorrow.",
            "Dear Cllr Patel,\nThank you for raising this. Recycling on Elm Grove and Alder Close was missed on 25 Nov, 2 Dec and 9 Dec because a gas main closure (TM-2291) took Elm Grove out of our routing. A catch-up crew will collect both streets on Wednesday 10 December.",
            "Dear Cllr Patel,\nThank you for raising this, and I'm sorry residents were let down three weeks running. Recycling on Elm Grove and Alder Close was missed on 25 Nov, 2 Dec and 9 Dec because a gas main closure (TM-2291) took Elm Grove out of our routing. A catch-up crew will collect both streets on Wednesday 10 December.",
            "Dear Cllr Patel,\nThank you for raising this, and I'm sorry residents were let down three weeks running. Recycling on Elm Grove and Alder Close was missed on 25 Nov, 2 Dec and 9 Dec because a gas main closure (TM-2291) took Elm Grove out of our routing. A catch-up crew will collect both streets on Wednesday 10 December. Until the closure ends on 12 December a smaller vehicle will serve both streets via the Alder Close turning head, so Tuesday collections will continue as normal.",
        ],
        "feedback": [
            "needs the reason and the dates pls",
            "apologise properly, 3 weeks is bad",
            "she'll want to know it won't happen next tues",
        ],
    },
    "adjust": {
        "steps": [
            (
                (
                    "set_load_split",
                    {"vehicle": "WB-23", "material": "glass", "max_fill_pct": 90},
                    js({"ok": True}),
                ),
                (
                    "simulate_payload",
                    {"vehicle": "WB-23", "round": "R7"},
                    js({"peak_gross_kg": 26900, "limit_kg": 26000}),
                ),
                "still 900 kg over at 90%. lower.",
            ),
            (
                (
                    "set_load_split",
                    {"vehicle": "WB-23", "material": "glass", "max_fill_pct": 60},
                    js({"ok": True}),
                ),
                (
                    "simulate_payload",
                    {"vehicle": "WB-23", "round": "R7"},
                    js({"peak_gross_kg": 23100, "limit_kg": 26000, "extra_tips": 2}),
                ),
                "under, but 2 extra tip runs. try in between.",
            ),
            (
                (
                    "set_load_split",
                    {"vehicle": "WB-23", "material": "glass", "max_fill_pct": 70},
                    js({"ok": True}),
                ),
                (
                    "simulate_payload",
                    {"vehicle": "WB-23", "round": "R7"},
                    js({"peak_gross_kg": 24850, "limit_kg": 26000, "extra_tips": 1}),
                ),
                "70%: 24,850 kg peak, one extra tip. That matches the policy, keeping it.",
            ),
        ],
    },
    "q_intro": "Thats all in hand. Let me know if you need anything else checked.",
    "questions": [
        (
            "what about Hazel Way?",
            "Checking Hazel Way.",
            (
                "get_street",
                {"street": "Hazel Way"},
                js(
                    {
                        "street": "Hazel Way",
                        "routing": "ACTIVE",
                        "last_collected": "2025-12-09T10:14",
                    }
                ),
            ),
            "Hazel Way is active and was collected yesterday at 10:14; the report looks like a late bin.",
        ),
        (
            "and Birch Rd",
            "Birch Rd.",
            (
                "get_street",
                {"street": "Birch Rd"},
                js(
                    {
                        "street": "Birch Rd",
                        "routing": "ACTIVE",
                        "last_collected": "2025-12-09T09:51",
                    }
                ),
            ),
            "Birch Rd is fine, collected 09:51 yesterday.",
        ),
        (
            "is Alder Close suspended too?",
            "Checking Alder Close.",
            (
                "get_street",
                {"street": "Alder Close"},
                js(
                    {
                        "street": "Alder Close",
                        "routing": "ACTIVE",
                        "access_via": "Elm Grove",
                        "note": "unreachable while Elm Grove suspended",
                    }
                ),
            ),
            "No, Alder Close is active but only reachable through Elm Grove, so it got skipped too.",
        ),
        (
            "Rowan Ct?",
            "Rowan Ct.",
            (
                "get_street",
                {"street": "Rowan Ct"},
                js(
                    {
                        "street": "Rowan Ct",
                        "routing": "ACTIVE",
                        "last_collected": "2025-12-09T11:02",
                    }
                ),
            ),
            "Rowan Ct collected yesterday at 11:02.",
        ),
    ],
    "reread": {
        "read": ("read_file", {"path": "rounds/R7_TUE.csv"}),
        "versions": [
            "seq,street,vehicle\n38,Birch Rd,WB-23\n39,Hazel Way,WB-23",
            "seq,street,vehicle\n38,Birch Rd,WB-23\n39,Hazel Way,WB-23\n40,Alder Close,WB-17",
            "seq,street,vehicle\n38,Birch Rd,WB-23\n39,Hazel Way,WB-23\n40,Alder Close,WB-17\n41,Elm Grove,WB-17",
        ],
        "talk": ["Adding Alder Close on WB-17.", "And Elm Grove after it."],
        "edits": [
            ("append_row", {"path": "rounds/R7_TUE.csv", "row": "40,Alder Close,WB-17"}, "ok"),
            ("append_row", {"path": "rounds/R7_TUE.csv", "row": "41,Elm Grove,WB-17"}, "ok"),
        ],
        "done": "Both streets are back on R7 with WB-17.",
    },
    "search": {
        "steps": [
            (
                (
                    "search_cases",
                    {"text": "Elm Grove"},
                    js({"count": 23, "top": ["CP-7712", "MB-9187", "MB-9110", "HW-2203"]}),
                ),
                "23 cases, narrowing to waste.",
            ),
            (
                (
                    "search_cases",
                    {"text": "Elm Grove", "service": "waste", "since": "2025-11-17"},
                    js({"count": 4, "items": ["CP-7712", "MB-9021", "MB-9110", "MB-9187"]}),
                ),
                "4 since the closure.",
            ),
            (
                (
                    "search_cases",
                    {"text": "TM-2291", "service": "waste"},
                    js(
                        {
                            "count": 1,
                            "items": [
                                "RT-0455: routing suspension for TM-2291 applied 14 Nov, no alt access set"
                            ],
                        }
                    ),
                ),
                "There it is: routing suspended on 14 Nov with no alternative access set.",
            ),
        ],
        "done": "Root cause: RT-0455 suspended Elm Grove for TM-2291 without setting the Alder Close access, so both streets fell off R7.",
    },
    "after": "status_stall",
}


# ---------------------------------------------------------------------------------------------
# Domain 5: a railway engineering possession. Clipped rail jargon; upper-case teleprinter.

RL_ISO_OBS = "ISOLATION ISO-HJ-22\nSECTIONS  7A 7C\nSTATUS    REQUESTED - NOT CONFIRMED BY ECR\nNOMINATED PERSON  T. ADEYEMI"
RL_ISO = ("get_isolation", {"ref": "ISO-HJ-22"}, RL_ISO_OBS)
RL_POSS = (
    "get_possession",
    {"ref": "P-4417"},
    "POSSESSION P-4417\nLINES  UP FAST / DOWN FAST\nLIMITS HATTON JN (HJ) - COLBY (CB)\nFROM   SAT 06/12 2340\nTO     MON 08/12 0450\nWORK   S&C RENEWAL 112 PTS\nPICOP  M. LAWLESS",
)
RL_PATH = (
    "get_path",
    {"headcode": "6Z41"},
    "6Z41  ENGINEERS  BESCOT YD - HATTON JN (WORKSITE B)\nPATH STATUS  NOT BID\nLOCO  66/0   LOAD 1240T",
)
RL_WKS = (
    "validate_worksite",
    {"possession": "P-4417", "worksite": "B"},
    "WORKSITE B  112 PTS\nRESULT  INVALID\nREASON  WORKSITE LIMITS INCLUDE OLE SECTION 7B - NOT IN ISO-HJ-22",
)


def rl_vres(rng: random.Random, i: int, obs: str) -> str:
    msg = f"MSG {447 + i * rng.randint(1, 4):04d}/06DEC {22 + (i // 3):02d}{(31 + 7 * i) % 60:02d}Z  FROM ECR-HAT"
    tail = f"ACK CODE {rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randint(1, 9)}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randint(10, 99)}"
    return f"{msg}\n{obs}\n{tail}"


def rl_path_plan(rng: random.Random, i: int) -> str:
    dep = f"23{rng.randint(10, 50):02d}"
    arr_m = rng.randint(34, 58)
    via = rng.choice(["DN SLOW", "UP SLOW / XO HJ 402", "GOODS LOOP / DN SLOW"])
    return f"PATH OPTION {chr(65 + i)}\n6Z41  DEP BESCOT YD {dep}  VIA {via}\nARR WORKSITE B 00{arr_m:02d}\nHEADWAY CHECK PASS"


RL: Domain = {
    "name": "railway_engineering_possession",
    "task": (
        "Possession P-4417, Up and Down Fast, Hatton Jn to Colby, Sat 23:40 to Mon 04:50, for the "
        "S&C renewal at 112 points. Engineering train 6Z41 has no path yet, ECR have not confirmed "
        "the OLE isolation, and the S&C gang starts at 00:30 so 6Z41 must be on site by then. "
        "First train Monday 1A02 must not be delayed. Sort it."
    ),
    "openers": [
        "Roger. Pulling the isolation, the possession and the 6Z41 path.",
        "Understood. Isolation status first.",
        "Checking ISO-HJ-22 and P-4417.",
    ],
    "firsts": [RL_ISO, RL_POSS, RL_PATH],
    "bridges": ["ISO not confirmed. Possession detail next.", "Possession as booked. 6Z41 path."],
    "stuck": RL_ISO,
    "again": [
        "Checking ISO-HJ-22 again.",
        "ISO-HJ-22 status?",
        "Re-query isolation.",
        "Looking at ISO-HJ-22 once more for ECR confirmation.",
        "Isolation again.",
        "Any movement on ISO-HJ-22. Checking.",
    ],
    "vres": rl_vres,
    "intents": [
        [
            "Next: phone ECR Hatton and get ISO-HJ-22 confirmed, adding section 7B.",
            "I'll contact the Electrical Control Room to confirm ISO-HJ-22 and extend it to 7B.",
            "Going to get ECR to confirm the isolation, with 7B added.",
            "Action next: ISO-HJ-22 to ECR for confirmation plus section 7B.",
            "I'll raise ISO-HJ-22 with ECR now and ask for 7B to be included.",
            "ECR call next. Need ISO-HJ-22 confirmed and 7B in it.",
        ],
        [
            "Next I bid a path for 6Z41 via the Down Slow to arrive worksite B before 00:30.",
            "I'll get a 6Z41 path bid in, Down Slow, on site by 00:30.",
            "Path bid for 6Z41 next, arrival at worksite B no later than 00:30.",
            "Next action: bid 6Z41 Bescot to worksite B via DN SLOW.",
            "I'll submit the 6Z41 bid next so the gang has the train at 00:30.",
            "Bidding 6Z41 next. Target arrival 00:25.",
        ],
    ],
    "verbatim": "Next I'll get ECR to confirm ISO-HJ-22 with section 7B added.",
    "job_start": (
        "submit_path_bid",
        {"headcode": "6Z41", "via": "DN SLOW", "arr_by": "0030"},
        "BID 6Z41/0612 RECEIVED\nSTATUS  QUEUED FOR VALIDATION",
    ),
    "job_ack": "6Z41 bid in. Awaiting validation.",
    "job_check": (
        "get_path_bid",
        {"bid": "6Z41/0612"},
        "BID 6Z41/0612\nSTATUS  QUEUED FOR VALIDATION\nPOSITION 7",
    ),
    "stall": [
        "6Z41 bid still queued.",
        "Bid queued, pos 7.",
        "Still awaiting validation on 6Z41.",
        "No change on the bid.",
        "6Z41/0612 still in the queue.",
    ],
    "ab": [RL_ISO, RL_WKS],
    "ab_talk": ["ISO, then worksite.", "Again: ISO-HJ-22, worksite B.", "Both again."],
    "cyc": [RL_ISO, RL_POSS, RL_WKS],
    "cyc_talk": ["ISO / possession / worksite.", "Round again."],
    "setting": {
        "tool": "set_protection",
        "args": {"possession": "P-4417", "worksite": "B", "side": "HATTON"},
        "key": "signal",
        "values": ["HJ-412", "HJ-416", "HJ-420"],
        "ack": lambda v: f"PROTECTION P-4417/B HATTON SIDE  SIGNAL {v} AT DANGER  RECORDED",
        "check": RL_WKS,
        "talk": [
            "Protect at {v} instead.",
            "Move protection to {v}.",
            "Try {v}.",
            "{v} then.",
            "Back to {v}.",
            "Protection {v}.",
            "{v} once more.",
        ],
    },
    "fail": (
        "book_path",
        {"headcode": "6Z41", "from": "BESCOT YD", "to": "HJ WKS B", "dep": "2325"},
        "REJECTED  PATH CROSSES DOWN SLOW AT HJ 2352 - LINE OPEN - NO POSSESSION COVER",
    ),
    "fail_id": lambda rng, i: f"\nTXN {rng.randint(100000, 999999)}",
    "regen": {
        "intro": "Asking the path planner for options for 6Z41.",
        "tool": "plan_path",
        "args": {"headcode": "6Z41", "to": "HJ WKS B", "arr_by": "0030"},
        "out": rl_path_plan,
        "reject": [
            "Arrives after 00:30. Gang would stand. Reject.",
            "After 00:30 again. No.",
            "Late arrival again, not acceptable.",
            "Still after 00:30.",
            "Reject, arrives past 00:30.",
        ],
    },
    "pages": {
        "intro": "Pulling the weekend notice entries for the HJ-CB section.",
        "items": [
            (
                "get_weekly_notice",
                {"section": "HJ-CB", "page": 1},
                "WON 36 ITEM 112\nP-4417 UP/DN FAST HJ-CB SAT 2340-MON 0450\nITEM 113\nP-4420 DN SLOW CB-FEN SUN 0100-0500\n--- PAGE 1/3",
            ),
            (
                "get_weekly_notice",
                {"section": "HJ-CB", "page": 2},
                "ITEM 114\nSPEED 50 UP SLOW HJ 402 PTS (TSR) TO 13/12\nITEM 115\nOLE ISO-HJ-22 SECTIONS 7A 7C\n--- PAGE 2/3",
            ),
            (
                "get_weekly_notice",
                {"section": "HJ-CB", "page": 3},
                "ITEM 116\n1A02 MON FIRST CB 0438 UP FAST (PLATFORM 2)\n--- PAGE 3/3",
            ),
        ],
        "talk": ["Page 2.", "Page 3."],
        "done": [
            "P-4417 as booked, plus P-4420 on the DN SLOW Sun 0100 and a 50 TSR at HJ 402. ISO lists 7A 7C only, no 7B.",
            "Full notice read: P-4420 takes the DN SLOW from 0100 Sun, ISO-HJ-22 has 7A/7C only (7B missing), 1A02 is due CB 0438 on the Up Fast. Possession must be handed back by 0430.",
        ],
    },
    "corrected": {
        "bad": (
            "get_path",
            {"headcode": "6z41 "},
            "ERROR  HEADCODE FORMAT  EXPECT NLNN (E.G. 6Z41)",
        ),
        "why": "Lower case and a trailing space. Resending as 6Z41.",
        "good": RL_PATH,
        "done": "6Z41: Bescot Yd to worksite B, 66/0 with 1240 t, path not yet bid.",
    },
    "poll": {
        "start": (
            "request_isolation_confirm",
            {"ref": "ISO-HJ-22", "add_sections": ["7B"]},
            "REQUEST ECR-5561 LOGGED",
        ),
        "ack": "ECR-5561 logged. Following it.",
        "tool": "get_isolation",
        "args": {"ref": "ISO-HJ-22"},
        "states": [
            "ISOLATION ISO-HJ-22\nSECTIONS  7A 7B 7C\nSTATUS    REQUESTED - AMENDED",
            "ISOLATION ISO-HJ-22\nSECTIONS  7A 7B 7C\nSTATUS    ACCEPTED BY ECR - SWITCHING PLANNED 0005",
            "ISOLATION ISO-HJ-22\nSECTIONS  7A 7B 7C\nSTATUS    SWITCHING IN PROGRESS",
            "ISOLATION ISO-HJ-22\nSECTIONS  7A 7B 7C\nSTATUS    GRANTED 0019 - EARTHS APPLIED - FORM C ISSUED",
        ],
        "wait": ("wait", {"minutes": 5}, "WAITED 5 MIN"),
        "talk": ["Switching.", "Waiting on ECR."],
        "done": "ISO-HJ-22 granted 00:19 with 7B included. Earths on. Worksite B can be validated.",
    },
    "ent": {
        "intro": "Checking the protecting signals either side.",
        "calls": [
            (
                "get_signal",
                {"signal": "HJ-412"},
                "SIGNAL HJ-412  UP FAST  ASPECT RED  TRACK CIRCUIT CLEAR  LOCKED: NO",
            ),
            (
                "get_signal",
                {"signal": "HJ-416"},
                "SIGNAL HJ-416  UP FAST  ASPECT RED  TRACK CIRCUIT OCC (6Z41 STABLED?)  LOCKED: NO",
            ),
            (
                "get_signal",
                {"signal": "CB-201"},
                "SIGNAL CB-201  DN FAST  ASPECT RED  TRACK CIRCUIT CLEAR  LOCKED: YES (P-4417)",
            ),
            (
                "get_signal",
                {"signal": "CB-203"},
                "SIGNAL CB-203  DN FAST  ASPECT YELLOW  TRACK CIRCUIT CLEAR  LOCKED: NO",
            ),
            (
                "get_signal",
                {"signal": "HJ-420"},
                "SIGNAL HJ-420  UP FAST  ASPECT GREEN  TRACK CIRCUIT CLEAR  LOCKED: NO",
            ),
        ],
        "talk": ["HJ-416.", "CB side.", "CB-203.", "HJ-420."],
        "done": "Only CB-201 is locked for P-4417. HJ-412 is red but not locked, HJ-416 has an occupied track circuit, HJ-420 is off. Hatton side protection is not yet in place.",
    },
    "transient": {
        "call": (
            "get_train_running",
            {"headcode": "1A02", "date": "2025-12-08"},
            "1A02  CB 0438 UP FAST  STATUS PLANNED  NO RESTRICTIONS",
        ),
        "errors": ["TRUST FEED UNAVAILABLE - RETRY", "TIMEOUT 30S - TOPS GATEWAY"],
        "talk": ["Feed down. Retry.", "Gateway timeout. Again."],
        "done": "1A02 planned CB 0438 Up Fast, no restrictions. Handback by 0430 keeps it right time.",
    },
    "updates": [
        (
            ("get_isolation", {"ref": "ISO-HJ-22"}, "STATUS  ACCEPTED BY ECR - 7B ADDED"),
            "ISO-HJ-22 accepted with 7B. Switching 0005.",
        ),
        (
            ("get_path_bid", {"bid": "6Z41/0612"}, "STATUS  VALIDATED  ARR WKS B 0022"),
            "6Z41 path validated, on site 0022.",
        ),
        (
            ("validate_worksite", {"possession": "P-4417", "worksite": "B"}, "RESULT  VALID"),
            "Worksite B valid after 7B added. PICOP briefed.",
        ),
        (
            (
                "get_train_running",
                {"headcode": "1A02", "date": "2025-12-08"},
                "STATUS PLANNED  POSSESSION HANDBACK 0426 CONFIRMED",
            ),
            "Handback planned 0426. 1A02 unaffected.",
        ),
    ],
    "docs": {
        "intro": "Reading the possession pack.",
        "items": [
            (
                (
                    "read_doc",
                    {"doc": "P-4417 WON extract"},
                    "P-4417 UP/DN FAST HJ-CB. WORKSITE A HJ 400-406. WORKSITE B 112 PTS. ENG TRAINS 6Z41 (B).",
                ),
                "WON: two worksites, 6Z41 serves B at 112 points.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "ISO-HJ-22 request form"},
                    "SECTIONS REQUESTED 7A 7C. NOTE: 7B OMITTED - CHECK 112 PTS OVERLAP.",
                ),
                "Isolation form asked for 7A/7C only and itself flags the 7B overlap at 112.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "S&C gang plan"},
                    "GANG ON SITE 0030. CRANE LIFT 0100-0330. TEST AND HANDBACK BY 0415.",
                ),
                "Gang on site 0030, lifts 0100-0330, handback by 0415.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "1A02 diagram"},
                    "1A02 CB 0438 UP FAST. ALTERNATIVE: UP SLOW +6 MIN.",
                ),
                "1A02 CB 0438; fallback via Up Slow costs 6 minutes.",
            ),
        ],
        "done": "Needed: 7B in the isolation, 6Z41 on site by 0030, handback by 0415 so 1A02 runs on the Up Fast.",
    },
    "draft": {
        "ask": "draft the message to the PICOP",
        "drafts": [
            "PICOP P-4417: ISO confirmed, 6Z41 at 0022.",
            "PICOP P-4417 (M. LAWLESS): ISO-HJ-22 GRANTED 0019 INCL 7B. 6Z41 ARR WKS B 0022. HANDBACK BY 0415.",
            "PICOP P-4417 (M. LAWLESS): ISO-HJ-22 GRANTED 0019 INCL 7B, NOMINATED PERSON T. ADEYEMI. 6Z41 ARR WKS B 0022. HANDBACK BY 0415.",
            "PICOP P-4417 (M. LAWLESS): ISO-HJ-22 GRANTED 0019 INCL 7B, NOMINATED PERSON T. ADEYEMI. 6Z41 ARR WKS B 0022. PROTECTION HATTON SIDE HJ-412 (CONFIRM LOCKED). HANDBACK BY 0415, 1A02 CB 0438.",
        ],
        "feedback": [
            "needs times and 7B",
            "add the nominated person",
            "protection signal and why handback matters",
        ],
    },
    "adjust": {
        "steps": [
            (
                (
                    "set_path_departure",
                    {"headcode": "6Z41", "dep": "2340"},
                    "6Z41 DEP BESCOT YD 2340 RECORDED",
                ),
                ("simulate_path", {"headcode": "6Z41"}, "ARR WKS B 0041  CONFLICTS NONE"),
                "0041, 11 min late for gang. Earlier.",
            ),
            (
                (
                    "set_path_departure",
                    {"headcode": "6Z41", "dep": "2305"},
                    "6Z41 DEP BESCOT YD 2305 RECORDED",
                ),
                (
                    "simulate_path",
                    {"headcode": "6Z41"},
                    "ARR HJ 2339  CONFLICT: DN SLOW OPEN UNTIL 2340",
                ),
                "Too early, hits open line. Split the difference.",
            ),
            (
                (
                    "set_path_departure",
                    {"headcode": "6Z41", "dep": "2322"},
                    "6Z41 DEP BESCOT YD 2322 RECORDED",
                ),
                ("simulate_path", {"headcode": "6Z41"}, "ARR WKS B 0022  CONFLICTS NONE"),
                "0022, clean. Holding 2322.",
            ),
        ],
    },
    "q_intro": "Plan's in. Ask if you need more.",
    "questions": [
        (
            "P-4420 affect us?",
            "Checking P-4420.",
            (
                "get_possession",
                {"ref": "P-4420"},
                "POSSESSION P-4420\nLINES DOWN SLOW\nLIMITS CB - FENWICK\nFROM SUN 07/12 0100\nTO SUN 07/12 0500",
            ),
            "P-4420 is CB-Fenwick Down Slow from 0100 Sun. 6Z41 is through by 0022, so no.",
        ),
        (
            "what's 6Z42",
            "6Z42.",
            (
                "get_path",
                {"headcode": "6Z42"},
                "6Z42  ENGINEERS  HJ WKS B - BESCOT YD\nPATH STATUS  VALIDATED  DEP 0350",
            ),
            "6Z42 is the return, validated, departs 0350.",
        ),
        (
            "1A04?",
            "1A04.",
            (
                "get_train_running",
                {"headcode": "1A04", "date": "2025-12-08"},
                "1A04  CB 0512 UP FAST  STATUS PLANNED",
            ),
            "1A04 CB 0512 Up Fast, planned, no issue.",
        ),
        (
            "who's the ES at worksite B",
            "Worksite B staffing.",
            (
                "get_worksite",
                {"possession": "P-4417", "worksite": "B"},
                "WORKSITE B  ES: K. BRENNAN  COSS: 2 ALLOCATED",
            ),
            "ES is K. Brennan, two COSS allocated.",
        ),
    ],
    "reread": {
        "read": ("read_file", {"path": "possessions/P-4417/log.txt"}),
        "versions": [
            "P-4417 LOG\n2210 PICOP ON DUTY",
            "P-4417 LOG\n2210 PICOP ON DUTY\n2340 POSSESSION TAKEN",
            "P-4417 LOG\n2210 PICOP ON DUTY\n2340 POSSESSION TAKEN\n0019 ISO-HJ-22 GRANTED INCL 7B",
        ],
        "talk": ["Logging possession taken.", "Logging the isolation."],
        "edits": [
            (
                "append_line",
                {"path": "possessions/P-4417/log.txt", "text": "2340 POSSESSION TAKEN"},
                "OK",
            ),
            (
                "append_line",
                {"path": "possessions/P-4417/log.txt", "text": "0019 ISO-HJ-22 GRANTED INCL 7B"},
                "OK",
            ),
        ],
        "done": "Log current.",
    },
    "search": {
        "steps": [
            (
                ("search_control_log", {"text": "ISO-HJ-22"}, "17 ENTRIES 01/12-06/12"),
                "17. Narrow to ECR.",
            ),
            (
                (
                    "search_control_log",
                    {"text": "ISO-HJ-22", "from": "ECR-HAT"},
                    "3 ENTRIES\n04/12 1012 FORM RECEIVED\n05/12 1540 QUERY: 7B OVERLAP AT 112 PTS?\n05/12 1541 AWAITING RESPONSE FROM DESIGNER",
                ),
                "ECR queried 7B on the 5th.",
            ),
            (
                ("search_control_log", {"text": "7B OVERLAP", "from": "DESIGNER"}, "0 ENTRIES"),
                "Nobody answered the query.",
            ),
        ],
        "done": "ISO-HJ-22 is stuck because ECR's 7B query from 5 Dec was never answered. Answer it: add 7B.",
    },
    "after": "volatile_result",
}


# ---------------------------------------------------------------------------------------------
# Domain 6: university exam timetabling. Hedging, apologetic admin voice; INI-style sections.

EX_CLASH_OBS = (
    "[clash CHEM2041+MATH2203]\nstudents = 37\nslot = 2026-01-14 AM\nstatus = UNRESOLVED\n"
    "[clash CHEM2041+PHYS2110]\nstudents = 4\nslot = 2026-01-14 AM\nstatus = UNRESOLVED"
)
EX_CLASH = ("get_clashes", {"session": "JAN26", "exam": "CHEM2041"}, EX_CLASH_OBS)
EX_EXAM = (
    "get_exam",
    {"code": "CHEM2041"},
    "[CHEM2041]\ntitle = Organic Chemistry II\nduration_min = 120\ncandidates = 212\nslot = 2026-01-14 AM\nroom = SPORTS HALL A\nlocked = true ; locked by dept (practical kit booked)",
)
EX_ROOMS = (
    "get_room",
    {"room": "SPORTS HALL A", "date": "2026-01-14"},
    "[SPORTS HALL A]\ncapacity = 240\nbooked_AM = CHEM2041 (212)\nbooked_PM = none\naccessible_desks = 6",
)
EX_RA = (
    "get_adjustments",
    {"exam": "CHEM2041"},
    "[adjustments CHEM2041]\nextra_time_25 = 14\nseparate_room = 3\nreader = 1",
)


def ex_vargs(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
    nonce = f"{rng.choice(['amber', 'birch', 'cobalt', 'dune', 'ember', 'fjord'])}-{rng.randint(1000, 9999)}"
    args = {"session": "JAN26", "exam": "CHEM2041", "session_nonce": nonce}
    return (
        args,
        f"; rendered {rng.randint(10, 16)}:{rng.randint(0, 59):02d} by worker-{rng.randint(1, 6)}\n"
        + EX_CLASH_OBS,
    )


def ex_slots(rng: random.Random, i: int) -> str:
    days = ["2026-01-12", "2026-01-13", "2026-01-15", "2026-01-16", "2026-01-19"]
    day = rng.choice(days)
    part = rng.choice(["AM", "PM"])
    return (
        f"[proposal {rng.randint(1, 99)}]\nmove = MATH2203 -> {day} {part}\n"
        f"room = {rng.choice(['GREAT HALL', 'LT1+LT2', 'SPORTS HALL B'])}\n"
        f"resolves = CHEM2041+MATH2203\nnew_clashes = 0\nlocked_exams_moved = CHEM2041 ; swapped into MATH2203 slot"
    )


EX: Domain = {
    "name": "university_exam_timetabling",
    "task": (
        "Hello, I'm sorry to bother you with this so close to publication. The January 2026 exam "
        "timetable has to go to students on Friday. The clash report still shows CHEM2041 (Organic "
        "Chemistry II) clashing with MATH2203 for 37 students and with PHYS2110 for 4. CHEM2041 is "
        "locked (the department has booked practical kit), so it can't move. Could you resolve the "
        "clashes without moving it, and make sure the reasonable adjustments still have rooms?"
    ),
    "openers": [
        "Of course, no bother at all. I'll start with the clash report, if that's alright.",
        "Happy to help. Let me look at the clashes first, I think.",
        "Sure, I'll begin with CHEM2041's clashes.",
    ],
    "firsts": [EX_CLASH, EX_EXAM, EX_RA],
    "bridges": [
        "Two clashes, as you said. I'll check the exam record itself.",
        "It is locked, yes. And the adjustments, I suppose.",
    ],
    "stuck": EX_CLASH,
    "again": [
        "Sorry, I'll just check the clash report again.",
        "Let me look at the clashes once more, I might have missed something.",
        "I think I should re-check CHEM2041's clashes.",
        "Checking the clash report again, apologies.",
        "Perhaps the clashes have updated; checking.",
        "Let me re-run the clash check, just to be sure.",
    ],
    "vargs": ex_vargs,
    "intents": [
        [
            "I think the next step is to move MATH2203 to the Thursday 15 January morning slot.",
            "I'll probably move MATH2203 to 15 Jan AM next, if that's alright.",
            "Next, I'd suggest shifting MATH2203 to Thursday morning, the 15th.",
            "I'm going to try relocating MATH2203 to the 15 January AM session.",
            "My plan, tentatively, is to put MATH2203 on 15 Jan in the morning.",
            "Moving MATH2203 to Thursday the 15th (AM) seems like the next thing to do.",
        ],
        [
            "Next I'll arrange an alternative sitting for the four PHYS2110 students.",
            "I think I should set up a clash sitting for the 4 PHYS2110 candidates next.",
            "I'll book the four PHYS2110 students into a supervised clash sitting, I believe.",
            "Next: an alternative sitting for the PHYS2110 four, if that works for you.",
            "I'm going to arrange the PHYS2110 students' alternative sitting next.",
            "Sorting out a clash sitting for the 4 physics students is probably next.",
        ],
    ],
    "verbatim": "I think the next step is to move MATH2203 to 15 January AM.",
    "job_start": (
        "run_solver",
        {"session": "JAN26", "fixed": ["CHEM2041"]},
        "[solver]\njob = SOLV-118\nstate = QUEUED",
    ),
    "job_ack": "I've queued the solver (SOLV-118). I'll keep an eye on it.",
    "job_check": (
        "get_solver",
        {"job": "SOLV-118"},
        "[solver]\njob = SOLV-118\nstate = QUEUED\nahead = 2",
    ),
    "stall": [
        "Sorry, SOLV-118 is still queued.",
        "It's still in the queue, I'm afraid.",
        "Still queued, two jobs ahead.",
        "No change yet on the solver, apologies.",
        "SOLV-118 still hasn't started.",
    ],
    "ab": [EX_CLASH, EX_EXAM],
    "ab_talk": [
        "Clashes and then the exam, again.",
        "Let me compare both once more.",
        "Sorry, both again.",
    ],
    "cyc": [EX_CLASH, EX_EXAM, EX_ROOMS],
    "cyc_talk": ["Clashes, exam, room.", "Again, sorry: clashes, exam, room."],
    "setting": {
        "tool": "set_exam_slot",
        "args": {"code": "CHEM2041"},
        "key": "slot",
        "values": ["2026-01-14 AM", "2026-01-14 PM", "2026-01-13 AM"],
        "ack": lambda v: (
            f"[CHEM2041]\nrequested_slot = {v}\nresult = IGNORED ; exam is locked, slot unchanged (2026-01-14 AM)"
        ),
        "check": EX_CLASH,
        "talk": [
            "Perhaps {v} would work for CHEM2041?",
            "I'll try {v}.",
            "Maybe {v} instead.",
            "Trying {v} again, sorry.",
            "Let me set {v}.",
            "{v}, perhaps.",
            "Back to {v}.",
        ],
    },
    "fail": (
        "publish_timetable",
        {"session": "JAN26", "audience": "students"},
        "PUBLISH BLOCKED: 2 unresolved clashes (CHEM2041+MATH2203, CHEM2041+PHYS2110)",
    ),
    "fail_id": lambda rng, i: f" ; attempt {rng.randint(100, 999)}",
    "fail_variants": [
        {"session": "jan26", "audience": "students"},
        {"session": "JAN26", "audience": ["students"]},
        {"session_id": "JAN26", "audience": "students"},
        {"session": "JAN26", "audience": "students", "force": True},
    ],
    "regen": {
        "intro": "I'll ask the clash resolver for a proposal; hopefully it respects the lock.",
        "tool": "propose_resolution",
        "args": {"session": "JAN26", "clash": "CHEM2041+MATH2203"},
        "out": ex_slots,
        "reject": [
            "Oh dear, it moves CHEM2041, which is locked. I can't accept that.",
            "Sorry, this one moves the locked exam as well.",
            "It swaps CHEM2041 again. Not allowed.",
            "Same problem, I'm afraid: CHEM2041 is moved.",
            "Again it touches the locked exam. Rejected.",
        ],
    },
    "pages": {
        "intro": "I'll list the MATH2203 candidates so I can check their other exams.",
        "items": [
            (
                "list_candidates",
                {"exam": "MATH2203", "cursor": ""},
                "[page]\ncandidates = 2210481, 2210533, 2211090, 2211172, 2211305\nnext_cursor = c5",
            ),
            (
                "list_candidates",
                {"exam": "MATH2203", "cursor": "c5"},
                "[page]\ncandidates = 2211388, 2211402, 2211519, 2211620, 2211777\nnext_cursor = c10",
            ),
            (
                "list_candidates",
                {"exam": "MATH2203", "cursor": "c10"},
                "[page]\ncandidates = 2211801, 2211934\nnext_cursor =",
            ),
        ],
        "talk": ["Next page, please.", "And the last one."],
        "done": [
            "Ten candidates so far; I'll check their timetables before moving anything.",
            "Twelve MATH2203 candidates in total (the report's 37 must be counting joint-honours across both papers). Now I can check each one's 15 January.",
        ],
    },
    "corrected": {
        "bad": (
            "get_exam",
            {"code": "CHEM 2041"},
            "[error]\nmessage = unknown module code 'CHEM 2041' ; codes have no spaces",
        ),
        "why": "Ah, sorry, no space in module codes. Retrying as CHEM2041.",
        "good": EX_EXAM,
        "done": "CHEM2041 is in Sports Hall A, 14 Jan AM, locked by the department as you said.",
    },
    "poll": {
        "start": (
            "run_solver",
            {"session": "JAN26", "fixed": ["CHEM2041"]},
            "[solver]\njob = SOLV-121\nstate = QUEUED",
        ),
        "ack": "Solver SOLV-121 queued with CHEM2041 fixed.",
        "tool": "get_solver",
        "args": {"job": "SOLV-121"},
        "states": [
            "[solver]\njob = SOLV-121\nstate = QUEUED\nahead = 1",
            "[solver]\njob = SOLV-121\nstate = RUNNING\niteration = 400\nclashes = 2",
            "[solver]\njob = SOLV-121\nstate = RUNNING\niteration = 2600\nclashes = 1",
            "[solver]\njob = SOLV-121\nstate = FINISHED\nclashes = 0\nmoves = MATH2203 -> 2026-01-15 AM ; PHYS2110 clash sitting 2026-01-14 PM",
        ],
        "wait": ("wait", {"seconds": 60}, "waited 60 s"),
        "talk": ["Still running, I think.", "Nearly done, hopefully."],
        "done": "The solver finished with no clashes: MATH2203 moves to 15 Jan AM and the four PHYS2110 students get a clash sitting on the 14th PM. CHEM2041 untouched.",
    },
    "ent": {
        "intro": "Before moving MATH2203 I'll check the 15 Jan AM slot for a few of its candidates.",
        "calls": [
            ("get_student_slot", {"student": s, "slot": "2026-01-15 AM"}, "[slot]\nexams = none")
            for s in ["2210481", "2210533", "2211090", "2211388", "2211934"]
        ],
        "talk": ["Next student.", "And this one.", "Another.", "Last one."],
        "done": "All five are free on the morning of the 15th, so the move looks safe.",
    },
    "transient": {
        "call": (
            "get_room",
            {"room": "GREAT HALL", "date": "2026-01-15"},
            "[GREAT HALL]\ncapacity = 300\nbooked_AM = none\nbooked_PM = HIST1010 (180)",
        ),
        "errors": [
            "[error]\nmessage = room booking service unavailable (maintenance window)",
            "[error]\nmessage = upstream timeout (estates-api)",
        ],
        "talk": [
            "Sorry, the room service is down; I'll try again shortly.",
            "A timeout now, apologies. Once more.",
        ],
        "wait": ("wait", {"seconds": 30}, "waited 30 s"),
        "done": "The Great Hall is free on the morning of 15 January (300 seats), which is enough for MATH2203.",
    },
    "updates": [
        (
            (
                "get_clashes",
                {"session": "JAN26", "exam": "CHEM2041"},
                "[clash CHEM2041+MATH2203]\nstatus = UNRESOLVED\n[clash CHEM2041+PHYS2110]\nstatus = UNRESOLVED",
            ),
            "both clashes still open; I'm checking 15 Jan for MATH2203.",
        ),
        (
            (
                "get_exam",
                {"code": "MATH2203"},
                "[MATH2203]\nslot = 2026-01-15 AM\nroom = GREAT HALL",
            ),
            "MATH2203 moved to 15 Jan AM in the Great Hall; the 37-student clash is gone.",
        ),
        (
            (
                "get_clash_sitting",
                {"exam": "PHYS2110"},
                "[clash sitting]\nstudents = 4\nslot = 2026-01-14 PM\nroom = EXAMS OFFICE 2",
            ),
            "the four PHYS2110 students are booked for a 14 Jan PM sitting in Exams Office 2.",
        ),
        (
            ("get_clashes", {"session": "JAN26"}, "[summary]\nunresolved = 0"),
            "no unresolved clashes remain; ready to publish on Friday.",
        ),
    ],
    "docs": {
        "intro": "I'll read the regulations first, if that's alright.",
        "items": [
            (
                (
                    "read_doc",
                    {"doc": "Exam regs 7.4 clashes"},
                    "Clashes affecting 5 or fewer students may be resolved by a supervised clash sitting the same day.",
                ),
                "Reg 7.4: clashes of five or fewer can use a supervised same-day sitting.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "CHEM dept lock request"},
                    "CHEM2041 must remain 14 Jan AM: spectrometers booked for the practical component 14 Jan 13:00.",
                ),
                "Chemistry need CHEM2041 on 14 Jan AM because of a spectrometer booking that afternoon.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "Disability service memo"},
                    "Students with separate-room adjustments need rooms within 200 m of the main venue.",
                ),
                "Separate-room students must be within 200 m of the main venue.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "MATH dept note"},
                    "MATH2203 can move within week 2; avoid Fridays (marking).",
                ),
                "Maths are happy for MATH2203 to move within week 2, but not to a Friday.",
            ),
        ],
        "done": "So: MATH2203 to a non-Friday slot in week 2, and a clash sitting for the four PHYS2110 students. That seems to satisfy everyone.",
    },
    "draft": {
        "ask": "Could you draft the notice to the 37 affected MATH2203 students?",
        "drafts": [
            "Dear student, your MATH2203 exam has moved. Please check your timetable.",
            "Dear student,\nYour MATH2203 (Linear Algebra II) exam has moved from Wednesday 14 January (AM) to Thursday 15 January, 09:30, in the Great Hall.",
            "Dear student,\nWe're sorry for the change. Your MATH2203 (Linear Algebra II) exam has moved from Wednesday 14 January (AM) to Thursday 15 January, 09:30, in the Great Hall, because it clashed with another of your exams.",
            "Dear student,\nWe're sorry for the change. Your MATH2203 (Linear Algebra II) exam has moved from Wednesday 14 January (AM) to Thursday 15 January, 09:30, in the Great Hall, because it clashed with another of your exams. If you have reasonable adjustments, these are unchanged; contact exams@uni.example if you have any questions.",
        ],
        "feedback": [
            "it needs the new date, time and room",
            "say why, and maybe apologise",
            "mention the adjustments are unchanged and who to contact",
        ],
    },
    "adjust": {
        "steps": [
            (
                ("set_separate_rooms", {"exam": "MATH2203", "rooms": ["SEMINAR 1"]}, "[ok]"),
                (
                    "check_adjustments",
                    {"exam": "MATH2203"},
                    "[check]\nseparate_room_needed = 5\nseparate_room_seats = 3\nstatus = SHORT BY 2",
                ),
                "Short by two, sorry. Adding a room.",
            ),
            (
                (
                    "set_separate_rooms",
                    {"exam": "MATH2203", "rooms": ["SEMINAR 1", "SEMINAR 2", "SEMINAR 3"]},
                    "[ok]",
                ),
                (
                    "check_adjustments",
                    {"exam": "MATH2203"},
                    "[check]\nseparate_room_needed = 5\nseparate_room_seats = 9\ninvigilators_needed = 3\ninvigilators_available = 2\nstatus = INVIGILATION SHORT",
                ),
                "Now too many rooms for our invigilators. Trying two larger ones.",
            ),
            (
                (
                    "set_separate_rooms",
                    {"exam": "MATH2203", "rooms": ["SEMINAR 1", "SEMINAR 3"]},
                    "[ok]",
                ),
                (
                    "check_adjustments",
                    {"exam": "MATH2203"},
                    "[check]\nseparate_room_needed = 5\nseparate_room_seats = 6\ninvigilators_needed = 2\ninvigilators_available = 2\nstatus = OK",
                ),
                "That works: six seats, two invigilators. I'll keep it.",
            ),
        ],
    },
    "q_intro": "The clashes are resolved, I think. Do let me know if there's anything else.",
    "questions": [
        (
            "Where is PHYS2110 now?",
            "I'll check PHYS2110.",
            (
                "get_exam",
                {"code": "PHYS2110"},
                "[PHYS2110]\nslot = 2026-01-14 AM\nroom = LT1\ncandidates = 96",
            ),
            "PHYS2110 stays on 14 Jan AM in LT1 (96 students); only the four clash students sit later.",
        ),
        (
            "and MATH2203's room?",
            "Checking MATH2203.",
            (
                "get_exam",
                {"code": "MATH2203"},
                "[MATH2203]\nslot = 2026-01-15 AM\nroom = GREAT HALL\ncandidates = 141",
            ),
            "MATH2203 is in the Great Hall, 15 Jan AM, 141 candidates.",
        ),
        (
            "Does BIOL1150 clash with anything?",
            "Checking BIOL1150.",
            ("get_clashes", {"session": "JAN26", "exam": "BIOL1150"}, "; no clashes"),
            "BIOL1150 has no clashes.",
        ),
        (
            "CHEM2041 readers sorted?",
            "Checking the reader.",
            (
                "get_adjustments",
                {"exam": "CHEM2041"},
                "[adjustments CHEM2041]\nreader = 1 (assigned: J. Moreno, SEMINAR 4)",
            ),
            "Yes, the one reader is assigned (J. Moreno, Seminar 4).",
        ),
    ],
    "reread": {
        "read": ("read_file", {"path": "timetable/JAN26_changes.ini"}),
        "versions": [
            "[changes]\n; none yet",
            "[changes]\nMATH2203 = 2026-01-14 AM -> 2026-01-15 AM",
            "[changes]\nMATH2203 = 2026-01-14 AM -> 2026-01-15 AM\nPHYS2110_clash = 4 students -> 2026-01-14 PM",
        ],
        "talk": ["I'll record the MATH2203 move.", "And the clash sitting."],
        "edits": [
            (
                "write_ini",
                {
                    "path": "timetable/JAN26_changes.ini",
                    "key": "MATH2203",
                    "value": "2026-01-14 AM -> 2026-01-15 AM",
                },
                "[ok]",
            ),
            (
                "write_ini",
                {
                    "path": "timetable/JAN26_changes.ini",
                    "key": "PHYS2110_clash",
                    "value": "4 students -> 2026-01-14 PM",
                },
                "[ok]",
            ),
        ],
        "done": "The change log has both entries now.",
    },
    "search": {
        "steps": [
            (
                ("search_slots", {"session": "JAN26", "capacity_min": 141}, "[result]\nslots = 22"),
                "22 slots big enough; I'll narrow it, sorry.",
            ),
            (
                (
                    "search_slots",
                    {"session": "JAN26", "capacity_min": 141, "week": 2, "exclude_weekday": "Fri"},
                    "[result]\nslots = 2026-01-13 PM, 2026-01-15 AM, 2026-01-15 PM",
                ),
                "Three in week 2, not Friday.",
            ),
            (
                (
                    "search_slots",
                    {
                        "session": "JAN26",
                        "capacity_min": 141,
                        "week": 2,
                        "exclude_weekday": "Fri",
                        "free_for_exam": "MATH2203",
                    },
                    "[result]\nslots = 2026-01-15 AM",
                ),
                "Only 15 Jan AM is free for all MATH2203 candidates.",
            ),
        ],
        "done": "So 15 January AM is the one slot that works for MATH2203.",
    },
    "after": "apology_retry",
}


# ---------------------------------------------------------------------------------------------
# Domain 7: a commercial beekeeper's almond pollination contract. Folksy; markdown bullets.

BEE_TRUCK_OBS = (
    "- **Load L2** · 448 hives · Yard 3 → Ramirez Block C\n- carrier: Valley Bee Haul\n"
    "- status: **CANCELLED** (driver hours)\n- rebooking: none"
)
BEE_TRUCK = ("get_load", {"load": "L2"}, BEE_TRUCK_OBS)
BEE_CONTRACT = (
    "get_contract",
    {"grower": "Ramirez Orchards"},
    "- hives: 1,400 (2.0/acre over 700 ac)\n- standard: **8-frame average**, graded by independent inspector\n- grading: Tue 17 Feb\n- rate: $215/hive, $20 deduction per frame under avg",
)
BEE_YARD3 = (
    "get_yard",
    {"yard": "Y3"},
    "- **Yard 3** (Le Grand)\n- hives: 448\n- last inspection: 4 Feb, avg **6.1 frames**\n- notes: queenless 9, chalkbrood light",
)
BEE_BLOOM = (
    "get_bloom",
    {"orchard": "Ramirez", "block": "C"},
    "- Block C (Nonpareil): **10% bloom**\n- Block A (Monterey): 4%\n- forecast: 20% by Sat",
)


def bee_vres(rng: random.Random, i: int, obs: str) -> str:
    tail = f"_synced {rng.randint(1, 14)} min ago · req {rng.getrandbits(16):04x}_"
    return f"{obs}\n\n{tail}" if rng.random() < 0.7 else f"{tail}\n\n{obs}"


def bee_place(rng: random.Random, i: int) -> str:
    blocks = ["A", "B", "C", "D"]
    rng.shuffle(blocks)
    rows = [f"- placement v{i + 1}: {rng.randint(60, 74)} drops"]
    rows.append("- Yard 3 (448) → Block A (road edge, grader entry)")
    for b, y in zip(blocks[:3], ["Yard 1", "Yard 2", "Yard 4"], strict=True):
        if b != "A":
            rows.append(f"- {y} → Block {b}")
    rows.append(f"- est. truck hours: {rng.randint(18, 27)}")
    return "\n".join(rows)


BEE: Domain = {
    "name": "almond_pollination_hives",
    "task": (
        "hey! so we've got 1,400 hives going into the Ramirez orchards out by Chowchilla for bloom. "
        "contract says 8-frame average and the grader comes tues the 17th. yard 3 looked weak last "
        "time, the truck for load 2 got cancelled, and block C is already at 10% bloom. can you get "
        "everything placed and make sure we pass the frame count? thanks a bunch"
    ),
    "openers": [
        "you got it! let me see what's up with load 2 first.",
        "alrighty, checking the truck situation.",
        "sure thing. starting with load 2 and the contract.",
    ],
    "firsts": [BEE_TRUCK, BEE_CONTRACT, BEE_YARD3],
    "bridges": ["yep, L2 cancelled. let's see the contract terms.", "8-frame avg. now yard 3."],
    "stuck": BEE_TRUCK,
    "again": [
        "lemme check load 2 again",
        "peeking at L2 one more time",
        "checking if anyone picked up load 2 yet",
        "ok load 2 again...",
        "one more look at the L2 booking",
        "see if L2 got rebooked",
    ],
    "vres": bee_vres,
    "intents": [
        [
            "gonna call around for another carrier to move load 2 tonight.",
            "next up: find a different hauler for L2, Valley's out.",
            "I'll get a new truck lined up for load 2.",
            "plan is to rebook load 2 with another outfit before sunset.",
            "need a replacement carrier for L2, working on that next.",
            "finding a new trucker for load 2 is the next thing.",
        ],
        [
            "I'll get the crew to cull and combine the weak yard 3 colonies next.",
            "next: combine the queenless yard 3 hives so the average comes up.",
            "gonna have the guys combine the weak ones in yard 3.",
            "plan is to merge the weakest yard 3 colonies before they ship.",
            "next step is combining yard 3's duds to raise the frame count.",
            "I'll sort yard 3 next: combine weak colonies, pull the queenless ones.",
        ],
    ],
    "verbatim": "gonna line up another carrier for load 2 tonight.",
    "job_start": (
        "request_broker_quote",
        {"load": "L2", "hives": 448, "date": "2026-02-14"},
        "- request **BQ-2207** sent to 6 carriers\n- status: waiting for bids",
    ),
    "job_ack": "sent L2 out to the broker as BQ-2207, waiting on bids.",
    "job_check": (
        "get_broker_quote",
        {"request": "BQ-2207"},
        "- **BQ-2207**\n- status: waiting for bids\n- bids: 0 of 6",
    ),
    "stall": [
        "still no bids on BQ-2207.",
        "BQ-2207 still waiting, 0 of 6.",
        "nothing yet from the carriers.",
        "still waiting on bids for L2.",
        "no bids so far...",
    ],
    "ab": [BEE_TRUCK, BEE_BLOOM],
    "ab_talk": ["truck, then bloom", "load 2 and block C again", "both again"],
    "cyc": [BEE_TRUCK, BEE_YARD3, BEE_BLOOM],
    "cyc_talk": ["truck / yard 3 / bloom", "going round again"],
    "setting": {
        "tool": "set_feeding",
        "args": {"yard": "Y3"},
        "key": "feed",
        "values": ["pollen patty", "1:1 syrup", "2:1 syrup"],
        "ack": lambda v: f"- Yard 3 feeding plan → **{v}** ✔",
        "check": (
            "get_frame_estimate",
            {"yard": "Y3"},
            "- Yard 3 est. avg: **6.1 frames** (from 4 Feb inspection)\n- projected grade: FAIL (< 8)",
        ),
        "talk": [
            "let's try {v} on yard 3",
            "switch to {v}",
            "ok {v} then",
            "back to {v}",
            "{v}?",
            "try {v} again",
            "{v} one more time",
        ],
    },
    "fail": (
        "book_truck",
        {"load": "L2", "carrier": "Valley Bee Haul", "date": "2026-02-14"},
        "✖ booking refused: Valley Bee Haul has no drivers available 2026-02-14 (hours-of-service)",
    ),
    "fail_id": lambda rng, i: f" · ref {rng.randint(1000, 9999)}",
    "regen": {
        "intro": "let me have the planner lay out drops for all 1,400.",
        "tool": "plan_placement",
        "args": {"grower": "Ramirez Orchards", "hives": 1400},
        "out": bee_place,
        "reject": [
            "nope, it's got yard 3's weak hives right at the road where the grader starts.",
            "yard 3 at the grader entry again. no thanks.",
            "same deal, weak ones up front in Block A.",
            "still puts yard 3 in A. nope.",
            "again with yard 3 on the road edge. rejecting.",
        ],
    },
    "pages": {
        "intro": "pulling the yard 3 inspection sheets.",
        "items": [
            (
                "get_inspections",
                {"yard": "Y3", "page": 1},
                "- pallet 1: 7, 8, 6, 9 frames\n- pallet 2: 5, 6, 0 (queenless), 7\n- pallet 3: 8, 7, 7, 6\n_page 1 of 3_",
            ),
            (
                "get_inspections",
                {"yard": "Y3", "page": 2},
                "- pallet 4: 4, 5, 6, 0 (queenless)\n- pallet 5: 9, 8, 8, 7\n- pallet 6: 3, 6, 5, 6\n_page 2 of 3_",
            ),
            (
                "get_inspections",
                {"yard": "Y3", "page": 3},
                "- pallet 7: 7, 7, 8, 6\n- pallet 8: 6, 0 (queenless), 5, 6\n_page 3 of 3_",
            ),
        ],
        "talk": ["page 2", "last page"],
        "done": [
            "first 6 pallets: a couple of queenless and a few 3-5 framers, but pallets 1, 3 and 5 are decent.",
            "sample of 32: 3 queenless and a bunch of 3-6 framers drag it down. combining the queenless and weakest into neighbours should get yard 3 close to 8.",
        ],
    },
    "corrected": {
        "bad": ("get_yard", {"yard": "3"}, "✖ unknown yard '3' (yards are Y1-Y5)"),
        "why": "ah it wants Y3 not 3.",
        "good": BEE_YARD3,
        "done": "yard 3: 448 hives, avg 6.1 frames on 4 Feb, 9 queenless. that's our problem child.",
    },
    "poll": {
        "start": (
            "request_broker_quote",
            {"load": "L2", "hives": 448, "date": "2026-02-14"},
            "- request **BQ-2210** sent to 6 carriers\n- status: waiting for bids",
        ),
        "ack": "L2 is out to the broker (BQ-2210). watching it.",
        "tool": "get_broker_quote",
        "args": {"request": "BQ-2210"},
        "states": [
            "- **BQ-2210**\n- status: waiting for bids\n- bids: 0 of 6",
            "- **BQ-2210**\n- status: bids in\n- bids: 2 of 6 (low: $3,150 Sierra Apiary Freight)",
            "- **BQ-2210**\n- status: awarded to Sierra Apiary Freight\n- pickup: 14 Feb 19:00",
            "- **BQ-2210**\n- status: **confirmed**\n- driver: R. Okonkwo, truck 44\n- pickup: 14 Feb 19:00",
        ],
        "wait": ("wait", {"minutes": 15}, "waited 15 min"),
        "talk": ["still going", "hmm ok"],
        "done": "load 2 is covered: Sierra Apiary Freight, pickup 14 Feb 19:00, driver R. Okonkwo. 🐝",
    },
    "ent": {
        "intro": "let's see how every yard's doing on frames.",
        "calls": [
            (
                "get_yard",
                {"yard": "Y1"},
                "- **Yard 1** (Merced)\n- hives: 320\n- last inspection: 3 Feb, avg **9.4 frames**",
            ),
            (
                "get_yard",
                {"yard": "Y2"},
                "- **Yard 2** (Atwater)\n- hives: 280\n- last inspection: 3 Feb, avg **8.7 frames**",
            ),
            BEE_YARD3,
            (
                "get_yard",
                {"yard": "Y4"},
                "- **Yard 4** (Planada)\n- hives: 352\n- last inspection: 5 Feb, avg **8.2 frames**",
            ),
            (
                "get_yard",
                {"yard": "Y5"},
                "- **Yard 5** (Snelling)\n- hives: 96 (spares)\n- last inspection: 5 Feb, avg **10.1 frames**",
            ),
        ],
        "talk": ["yard 2", "yard 3", "yard 4", "and the spares"],
        "done": "weighted avg across 1,400 is ~7.9, so we're just under. yard 3 is the drag; swapping some Y5 spares in for yard 3's weakest gets us over 8.",
    },
    "transient": {
        "call": (
            "get_weather",
            {"place": "Chowchilla, CA"},
            "- Sat 14 Feb: 64°F, wind 6 mph, dry\n- Sun 15 Feb: 58°F, showers pm",
        ),
        "errors": ["✖ weather service 503, try again", "✖ weather service timed out"],
        "talk": ["weather api hiccup, trying again", "timed out, one more"],
        "done": "saturday's dry and calm, good for moving hives; sunday pm showers so get everything placed by sat night.",
    },
    "updates": [
        (
            (
                "get_broker_quote",
                {"request": "BQ-2210"},
                "- status: confirmed\n- pickup: 14 Feb 19:00",
            ),
            "L2 has a new truck, Sierra Apiary Freight, pickup sat 7pm.",
        ),
        (
            (
                "get_yard",
                {"yard": "Y3"},
                "- hives: 424 (24 combined)\n- avg **7.6 frames** (re-est. 11 Feb)",
            ),
            "combined 24 weak colonies in yard 3, avg up to 7.6.",
        ),
        (
            (
                "get_frame_estimate",
                {"grower": "Ramirez Orchards"},
                "- est. avg: **8.3 frames** across 1,400\n- projected grade: PASS",
            ),
            "swapped in 24 Y5 spares, whole contract now estimated at 8.3.",
        ),
        (
            (
                "get_load",
                {"load": "L2"},
                "- **Load L2** · 448 hives\n- status: **DELIVERED** Block C 15 Feb 02:10",
            ),
            "load 2 delivered to Block C overnight. all 1,400 placed!",
        ),
    ],
    "docs": {
        "intro": "reading through the paperwork real quick.",
        "items": [
            (
                (
                    "read_doc",
                    {"doc": "Ramirez contract 2026"},
                    "Grader samples 2% of hives, beginning at block entrances. Deduction $20/frame under 8 avg.",
                ),
                "contract: grader samples 2% starting at block entrances, $20 off per frame under 8.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "Valley Bee Haul cancellation"},
                    "Sorry folks, our driver ran out of hours. Can't do Sat. Try Sierra or Central Valley Apiary Movers.",
                ),
                "Valley cancelled on driver hours and suggests Sierra or Central Valley Apiary Movers.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "yard 3 notes"},
                    "9 queenless, light chalkbrood. Spares in Y5 are strong, can swap.",
                ),
                "yard 3: 9 queenless, some chalkbrood, and Y5 spares are strong enough to swap in.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "county bee-moving rules"},
                    "Move hives at night; nets on all loads; notify county ag 48 h before entry.",
                ),
                "county: move at night, net all loads, notify ag office 48 h ahead.",
            ),
        ],
        "done": "so: rebook L2 (Sierra), swap Y5 spares for yard 3's weakest, keep strong hives at block entrances, and notify the county by thursday.",
    },
    "draft": {
        "ask": "can you write a text to Mr Ramirez about the delay on block C",
        "drafts": [
            "Hi Mr Ramirez, block C hives are delayed. Sorry!",
            "Hi Mr Ramirez, heads up: the truck for block C cancelled on us. We've got a new one booked for Sat 14th at 7pm, so block C will have bees Sunday morning.",
            "Hi Mr Ramirez, heads up: the truck for block C cancelled on us. We've got a new one booked for Sat 14th at 7pm, so block C will have bees Sunday morning. All 1,400 hives will be in before grading on Tuesday.",
            "Hi Mr Ramirez, it's Dana from Sunny Slope Apiaries. Heads up: the truck for block C cancelled on us. We've got a new one booked for Sat 14th at 7pm, so block C will have bees Sunday morning. All 1,400 hives will be in before grading on Tuesday. Give me a call if you want to talk it through.",
        ],
        "feedback": [
            "he'll want to know when",
            "mention grading's still on track",
            "sign it from me (Dana) and say he can call",
        ],
    },
    "adjust": {
        "steps": [
            (
                (
                    "set_swap",
                    {"from_yard": "Y5", "to_yard": "Y3", "hives": 10},
                    "- swap plan: 10 × Y5 → Y3 ✔",
                ),
                (
                    "get_frame_estimate",
                    {"grower": "Ramirez Orchards"},
                    "- est. avg: **7.97 frames**\n- projected grade: FAIL (< 8)",
                ),
                "7.97, so close. more spares.",
            ),
            (
                (
                    "set_swap",
                    {"from_yard": "Y5", "to_yard": "Y3", "hives": 40},
                    "- swap plan: 40 × Y5 → Y3 ✔",
                ),
                (
                    "get_frame_estimate",
                    {"grower": "Ramirez Orchards"},
                    "- est. avg: **8.31 frames**\n- spares left: 56",
                ),
                "8.31, comfy, but keeping a few more spares would be nice. back off a bit.",
            ),
            (
                (
                    "set_swap",
                    {"from_yard": "Y5", "to_yard": "Y3", "hives": 24},
                    "- swap plan: 24 × Y5 → Y3 ✔",
                ),
                (
                    "get_frame_estimate",
                    {"grower": "Ramirez Orchards"},
                    "- est. avg: **8.12 frames**\n- spares left: 72",
                ),
                "8.12 with 72 spares left. going with 24.",
            ),
        ],
    },
    "q_intro": "ok that's the plan. holler if you wanna know anything else!",
    "questions": [
        (
            "how's block A bloom",
            "checking A",
            (
                "get_bloom",
                {"orchard": "Ramirez", "block": "A"},
                "- Block A (Monterey): **6% bloom**\n- forecast: 15% by Sat",
            ),
            "block A's at 6%, 15% by saturday.",
        ),
        (
            "block D?",
            "block D",
            ("get_bloom", {"orchard": "Ramirez", "block": "D"}, "- Block D (Fritz): **2% bloom**"),
            "D's barely going, 2%.",
        ),
        (
            "when's L1 landing",
            "L1",
            (
                "get_load",
                {"load": "L1"},
                "- **Load L1** · 476 hives · Yard 1+2 → Blocks A/B\n- status: **DELIVERED** 13 Feb 23:40",
            ),
            "L1 already landed thursday night, 476 hives in A and B.",
        ),
        (
            "L3?",
            "load 3",
            (
                "get_load",
                {"load": "L3"},
                "- **Load L3** · 476 hives · Yard 4+5 → Block D\n- status: scheduled 15 Feb 20:00",
            ),
            "L3 goes sunday 8pm to block D.",
        ),
    ],
    "reread": {
        "read": ("read_file", {"path": "plans/ramirez_2026.md"}),
        "versions": [
            "# Ramirez 2026\n- L1 Y1+Y2 → A/B ✔\n- L2 Y3 → C (TRUCK CANCELLED)\n- L3 Y4+Y5 → D",
            "# Ramirez 2026\n- L1 Y1+Y2 → A/B ✔\n- L2 Y3 → C (Sierra, sat 7pm)\n- L3 Y4+Y5 → D",
            "# Ramirez 2026\n- L1 Y1+Y2 → A/B ✔\n- L2 Y3 → C (Sierra, sat 7pm) · 24 Y5 spares swapped in\n- L3 Y4+Y5 → D",
        ],
        "talk": ["updating L2 with the new truck", "and noting the swap"],
        "edits": [
            (
                "edit_file",
                {
                    "path": "plans/ramirez_2026.md",
                    "find": "(TRUCK CANCELLED)",
                    "replace": "(Sierra, sat 7pm)",
                },
                "✔ 1 change",
            ),
            (
                "edit_file",
                {
                    "path": "plans/ramirez_2026.md",
                    "find": "(Sierra, sat 7pm)",
                    "replace": "(Sierra, sat 7pm) · 24 Y5 spares swapped in",
                },
                "✔ 1 change",
            ),
        ],
        "done": "plan file's up to date.",
    },
    "search": {
        "steps": [
            (
                ("search_carriers", {"region": "Central Valley"}, "- 31 carriers"),
                "31, lots. narrowing to bee-rated ones.",
            ),
            (
                (
                    "search_carriers",
                    {"region": "Central Valley", "livestock": "bees", "nets": True},
                    "- 7 carriers: Sierra Apiary Freight, CV Apiary Movers, Golden Hive Haul, ...",
                ),
                "7 with bee nets.",
            ),
            (
                (
                    "search_carriers",
                    {
                        "region": "Central Valley",
                        "livestock": "bees",
                        "nets": True,
                        "available": "2026-02-14",
                    },
                    "- 2 carriers: Sierra Apiary Freight, Golden Hive Haul",
                ),
                "two free on saturday.",
            ),
        ],
        "done": "Sierra Apiary Freight or Golden Hive Haul can take load 2 on saturday. Sierra was Valley's suggestion too, so I'll go with them.",
    },
    "after": "paraphrase_monologue",
}


# ---------------------------------------------------------------------------------------------
# The set.

DOMAINS = [SKI, BB, LX, SUB, WC, RL, EX, BEE]

ALL = range(8)
LOOPS: list[tuple[str, Callable[[Domain, random.Random], list[Step]], list[int]]] = [
    ("exact_repeat", l_exact_repeat, list(ALL)),
    ("volatile_result", l_volatile_result, [0, 2, 5, 7]),
    ("volatile_args", l_volatile_args, [1, 3, 4, 6]),
    ("paraphrase_nudged", l_paraphrase_nudged, list(ALL)),
    ("paraphrase_monologue", l_paraphrase_monologue, list(ALL)),
    ("status_stall", l_status_stall, list(ALL)),
    ("ab_oscillation", l_ab_oscillation, list(ALL)),
    ("setting_flip", l_setting_flip, [1, 2, 4, 7]),
    ("setting_revisit", l_setting_revisit, [0, 3, 5, 6]),
    ("cycle_of_three", l_cycle_of_three, list(ALL)),
    ("failing_repeat", l_failing_repeat, list(ALL)),
    ("failing_reworded", l_failing_reworded, [0, 3, 4, 6]),
    ("apology_retry", l_apology_retry, [1, 2, 5, 7]),
    ("regenerate_unacceptable", l_regenerate, list(ALL)),
    ("after_progress", l_after_progress, list(ALL)),
]
PROGRESS: list[tuple[str, Callable[[Domain, random.Random], list[Step]], list[int]]] = [
    ("paging", p_paging, list(ALL)),
    ("corrected_retry", p_corrected_retry, list(ALL)),
    ("polling", p_polling, [0, 2, 5, 6]),
    ("polling_repeated_status", p_polling_repeated, [1, 3, 4, 7]),
    ("entities", p_entities, [0, 3, 5, 7]),
    ("entities_same_result", p_entities, [1, 2, 4, 6]),
    ("transient_retry", p_transient_once, [1, 3, 4, 7]),
    ("transient_retry_twice", p_transient_twice, [0, 2, 5, 6]),
    ("status_updates", lambda d, rng: p_status_updates(d, rng, DOMAINS.index(d)), list(ALL)),
    ("summaries", p_summaries, list(ALL)),
    ("draft_refinement", p_draft, list(ALL)),
    ("adjust_and_measure", p_adjust, list(ALL)),
    ("user_questions", p_user_questions, list(ALL)),
    ("reread_after_edit", p_reread, list(ALL)),
    ("search_refinement", p_search, list(ALL)),
]


def as_observed(steps: list[Step]) -> list[Step]:
    """Keep an llm step's observation only where the last user message changed, as live."""
    last = None
    for step in steps:
        if step["kind"] != "llm" or "observation" not in step:
            continue
        if step["observation"] == last:
            del step["observation"]
        else:
            last = step["observation"]
    return steps


def build() -> list[Row]:
    rows: list[Row] = []
    for label, table in (("loop", LOOPS), ("progress", PROGRESS)):
        for category, builder, domains in table:
            for n, di in enumerate(domains):
                rid = f"eighth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                d = DOMAINS[di]
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{category}",
                        "domain": d["name"],
                        "steps": as_observed(builder(d, rng)),
                    }
                )
    return rows


def main() -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in build()]
    (HERE / "trajectories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
