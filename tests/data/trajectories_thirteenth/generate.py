"""Builds the thirteenth labelled set of agent trajectories (the unseen measure of round twelve).

``python tests/data/trajectories_thirteenth/generate.py`` rewrites ``trajectories.jsonl`` next to
this file. The output is deterministic: every row draws from its own ``random.Random`` seeded with
``SEED`` and the row's id. All material (tasks, tools, observations, remarks) was written for this
set only; see the README for what its author read and did not read.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 90417263

Step = dict[str, Any]
Row = dict[str, Any]
Domain = dict[str, Any]
Spec = tuple[str, dict[str, Any], str]


# ---------------------------------------------------------------- step helpers


def say(text: str, obs: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if obs is not None:
        step["observation"] = obs
    return step


def tool(name: str, args: dict[str, Any], obs: str, error: bool = False) -> Step:
    return {"kind": "tool", "tool": name, "args": dict(args), "observation": obs, "error": error}


def call(spec: Spec, error: bool = False) -> Step:
    return tool(spec[0], spec[1], spec[2], error)


def as_observed(steps: list[Step]) -> list[Step]:
    """Drop an llm observation equal to the last one the agent saw (the runtime shows it once)."""
    last: str | None = None
    out = []
    for step in steps:
        step = dict(step)
        if step["kind"] == "llm" and "observation" in step:
            if step["observation"] == last:
                del step["observation"]
            else:
                last = step["observation"]
        out.append(step)
    return out


def clock(rng: random.Random, i: int, base: int) -> str:
    t = base + i * rng.randint(38, 170)
    return f"{t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}"


def noise(template: str, rng: random.Random, i: int, base: int) -> str:
    return (
        template.replace("@TS", clock(rng, i, base))
        .replace("@RID", f"{rng.getrandbits(32):08x}")
        .replace("@N", str(1000 + 7 * i + rng.randint(0, 5)))
    )


def pick(rng: random.Random, pool: list[str], used: set[str]) -> str:
    fresh = [p for p in pool if p not in used] or pool
    choice = rng.choice(fresh)
    used.add(choice)
    return choice


def opening(rng: random.Random, d: Domain, obs: str | None = None) -> Step:
    """The first step: the domain's task with an opening line, or a side task with an ack."""
    if obs is None:
        return say(rng.choice(d["opening"]), d["task"])
    return say(rng.choice(d["acks"]), obs)


def vol_arg(rng: random.Random, d: Domain, i: int) -> Any:
    kind = d["vkey"][1]
    if kind == "hex":
        return f"{rng.getrandbits(48):012x}"
    if kind == "clock":
        return d["vkey"][2] + clock(rng, i, 30000 + 3600 * (len(d["name"]) % 9))
    return 17 + 3 * i + rng.randint(0, 2)


# ---------------------------------------------------------------- loop builders


def lp_exact_repeat(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    if n % 2:
        s.append(call(d["look"][1]))
        s.append(say(d["notes"][1]))
    used: set[str] = set()
    k = rng.randint(4, 6)
    for i in range(k):
        s.append(call(d["look"][0]))
        if i < k - 1 and rng.random() < 0.5:
            s.append(say(pick(rng, d["again"], used)))
    return s


def lp_volatile_result(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    t, a, _ = d["look"][0]
    base = 28000 + 977 * n
    used: set[str] = set()
    k = rng.randint(4, 6)
    for i in range(k):
        s.append(tool(t, a, noise(rng.choice(d["vol"]), rng, i, base)))
        if i < k - 1 and rng.random() < 0.45:
            s.append(say(pick(rng, d["again"], used)))
    return s


def lp_volatile_args(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    t, a, obs = d["look"][0]
    used: set[str] = set()
    k = rng.randint(4, 6)
    for i in range(k):
        args = dict(a)
        args[d["vkey"][0]] = vol_arg(rng, d, i)
        if rng.random() < 0.35:
            args = dict(reversed(list(args.items())))
        out = noise(rng.choice(d["vol"]), rng, i, 40000) if n % 3 == 2 else obs
        s.append(tool(t, args, out))
        if i < k - 1 and rng.random() < 0.4:
            s.append(say(pick(rng, d["again"], used)))
    return s


def lp_paraphrase_nudged(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    if n % 2 == 0:
        s.append(call(d["look"][0]))
    promises = list(d["promise"])
    rng.shuffle(promises)
    nudges = list(d["nudges"])
    rng.shuffle(nudges)
    mode = n % 3
    k = rng.randint(5, 7)
    for i in range(k):
        if mode == 0:
            obs: str | None = nudges[i % len(nudges)]
        elif mode == 1:
            obs = "continue"
        else:
            obs = nudges[i % len(nudges)] if i % 2 == 0 else None
        s.append(say(promises[i % len(promises)], obs))
    return s


def lp_paraphrase_monologue(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d), call(d["look"][0])]
    lines = list(d["analysis"])
    rng.shuffle(lines)
    s.extend(say(text) for text in lines[: rng.randint(5, 7)])
    return s


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


def compose(rng: random.Random, slots: list[list[str]]) -> str:
    middle = [capital(rng.choice(alts)) for alts in slots[1:-1]]
    rng.shuffle(middle)
    return " ".join([rng.choice(slots[0]), *middle, rng.choice(slots[-1])])


def lp_regenerate_rejected(rng: random.Random, d: Domain, n: int) -> list[Step]:
    r = d["draft_loop"]
    s = [say(rng.choice(r["ack"]), r["request"]), call(r["lookup"])]
    seen: set[str] = set()
    rejections = list(r["rejections"])
    rng.shuffle(rejections)
    k = rng.randint(5, 6)
    for i in range(k):
        text = compose(rng, r["slots"])
        for _ in range(20):
            if text not in seen:
                break
            text = compose(rng, r["slots"])
        seen.add(text)
        obs = None if i == 0 else (rejections[0] if n % 2 else rejections[i % len(rejections)])
        s.append(say(text, obs))
    return s


def lp_status_stall(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d, d.get("stall_task"))]
    pings = list(d["nudges"])
    rng.shuffle(pings)
    waits = list(d["waits"])
    rng.shuffle(waits)
    k = rng.randint(4, 5)
    for i in range(k):
        s.append(call(d["stall"]))
        mode = n % 3
        obs = None if mode == 0 else pings[i % len(pings)] if mode == 1 or i % 2 else None
        s.append(say(waits[i % len(waits)], obs))
    return s


def lp_ab_oscillation(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    a, b = d["look"][0], d["look"][n % 2 + 1]
    k = rng.randint(6, 8)
    for i in range(k):
        s.append(call(a if i % 2 == 0 else b))
        if i in (2, 5) and rng.random() < 0.5:
            s.append(say(rng.choice(d["again"])))
    return s


def lp_cycle_of_three(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    order = [0, 1, 2] if n % 2 == 0 else [0, 2, 1]
    s.extend(call(d["look"][order[i % 3]]) for i in range(rng.randint(7, 9)))
    return s


def lp_failing_repeat(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    t, a, err = d["fail"]
    if n % 2:
        s.append(call(d["look"][0]))
    fixed = noise(err, rng, 0, 50000)
    used: set[str] = set()
    k = rng.randint(4, 6)
    for i in range(k):
        out = fixed if n % 3 == 0 else noise(err, rng, i, 50000)
        s.append(tool(t, a, out, error=True))
        if i < k - 1 and n % 3 != 1 and rng.random() < 0.6:
            s.append(say(pick(rng, d["retry"], used)))
    return s


def lp_failing_reworded(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    t, _, err = d["fail"]
    variants = list(d["reworded"])
    rng.shuffle(variants)
    used: set[str] = set()
    for i, args in enumerate(variants[: rng.randint(5, 6)]):
        s.append(tool(t, args, noise(err, rng, 0, 50000), error=True))
        if rng.random() < 0.45 and i:
            s.append(say(pick(rng, d["retry"], used)))
    return s


def lp_setting_flip(rng: random.Random, d: Domain, n: int) -> list[Step]:
    f = d["flip"]
    s = [opening(rng, d)]
    values = f["values"][:2] if n % 2 == 0 else f["values"]
    used: set[str] = set()
    for i in range(rng.randint(3, 4)):
        v = values[i % len(values)]
        args = dict(f["target"])
        args[f["key"]] = v
        s.append(tool(f["set"], args, f["set_obs"].replace("@V", str(v))))
        s.append(call(f["check"]))
        if rng.random() < 0.4:
            s.append(say(pick(rng, f["remarks"], used)))
    return s


def lp_after_progress(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s = [opening(rng, d)]
    for i in range(3):
        s.append(call(d["look"][i]))
        if i != 1 or rng.random() < 0.5:
            s.append(say(d["notes"][i]))
    mode = n % 3
    used: set[str] = set()
    for i in range(4):
        if mode == 0:
            s.append(call(d["look"][2]))
        elif mode == 1:
            s.append(call(d["fail"], error=True))
            if rng.random() < 0.4:
                s.append(say(pick(rng, d["retry"], used)))
        else:
            s.append(call(d["look"][1 + i % 2]))
    return s


def lp_apology_repeat(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["apology"]
    s = [say(rng.choice(d["acks"]), p["question"]), call(p["lookup"])]
    answers = list(p["answers"])
    rng.shuffle(answers)
    sorry = list(p["sorry"])
    rng.shuffle(sorry)
    corrections = list(p["corrections"])
    rng.shuffle(corrections)
    s.append(say(answers[0]))
    for i in range(rng.randint(4, 5)):
        obs = corrections[0] if n % 2 else corrections[i % len(corrections)]
        s.append(say(f"{sorry[i % len(sorry)]} {answers[(i + 1) % len(answers)]}", obs))
    return s


def lp_cursor_stuck(rng: random.Random, d: Domain, n: int) -> list[Step]:
    c = d["cursor"]
    s = [opening(rng, d, c.get("task")), tool(c["tool"], c["args"], c["page1"])]
    narr = list(c["narr"])
    rng.shuffle(narr)
    args = dict(c["args"])
    args[c["key"]] = c["value"]
    for i in range(rng.randint(4, 5)):
        if i == 0 or rng.random() < 0.7:
            s.append(say(narr[i % len(narr)]))
        s.append(tool(c["tool"], args, c["page2"]))
    return s


def lp_write_verify_churn(rng: random.Random, d: Domain, n: int) -> list[Step]:
    w = d["churn"]
    s = [opening(rng, d, w.get("task"))]
    used: set[str] = set()
    for i in range(rng.randint(3, 4)):
        s.append(tool(w["write"][0], w["write"][1], noise(w["write"][2], rng, i, 61000)))
        s.append(call(w["read"]))
        if rng.random() < 0.5:
            s.append(say(pick(rng, w["remarks"], used)))
    return s


# ---------------------------------------------------------------- progress builders


def pg_paging(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["pages"]
    s = [opening(rng, d, p.get("task"))]
    for i, (args, obs) in enumerate(p["calls"]):
        s.append(tool(p["tool"], args, obs))
        if i < len(p["notes"]):
            s.append(say(p["notes"][i]))
    s.append(say(p["final"]))
    return s


def pg_corrected_retry(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["retry_ok"]
    s = [opening(rng, d, p.get("task"))]
    for spec, err, fix in p["errors"]:
        s.append(call(spec, error=True) if err else call(spec))
        if fix:
            s.append(say(fix))
    s.extend([call(d["look"][1]), say(p["final"])])
    return s


def pg_summaries(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["docs"]
    s = [opening(rng, d, p.get("task"))]
    for spec, note in p["items"]:
        s.append(call(spec))
        s.append(say(note))
    s.append(say(p["final"]))
    return s


def pg_polling_converges(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["poll"]
    s = [opening(rng, d, p.get("task"))]
    wait = rng.choice([20, 30, 45])
    for i, obs in enumerate(p["states"]):
        s.append(tool(p["tool"], p["args"], obs))
        if i < len(p["states"]) - 1:
            s.append(tool(d["wait_tool"], {"seconds": wait}, f"slept {wait}s"))
            wait *= 2
    s.append(say(p["final"]))
    return s


def pg_status_updates(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["updates"]
    s = [opening(rng, d, p.get("task"))]
    for obs, note in zip(p["states"], p["notes"], strict=True):
        s.append(tool(p["tool"], p["args"], obs))
        s.append(say(note))
    return s


def pg_draft_iterations(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["drafts"]
    s = [say(rng.choice(d["acks"]), p["request"]), call(p["lookup"])]
    for i, text in enumerate(p["texts"]):
        s.append(say(text, None if i == 0 else p["feedback"][i - 1]))
    s.append(say(rng.choice(d["acks"]), p["approve"]))
    s.append(call(p["send"]))
    s.append(say(p["sent"]))
    return s


def pg_entities(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["entities"]
    s = [opening(rng, d, p.get("task"))]
    for i, (value, obs) in enumerate(p["items"]):
        args = dict(p["args"])
        args[p["key"]] = value
        s.append(tool(p["tool"], args, obs))
        if i == 2:
            s.append(say(p["mid"]))
    s.append(say(p["final"]))
    return s


def pg_converging_checks(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["converge"]
    s = [opening(rng, d, p.get("task"))]
    for v, obs, note in zip(p["values"], p["checks"], p["notes"], strict=True):
        args = dict(p["target"])
        args[p["key"]] = v
        s.append(tool(p["set"], args, p["set_obs"].replace("@V", str(v))))
        s.append(tool(p["check"][0], p["check"][1], obs))
        s.append(say(note))
    return s


def pg_transient_retry(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["transient"]
    s = [opening(rng, d, p.get("task"))]
    for i, err in enumerate(p["errors"]):
        s.append(tool(p["spec"][0], p["spec"][1], err, error=True))
        s.append(tool(d["wait_tool"], {"seconds": 15 * (i + 1)}, f"slept {15 * (i + 1)}s"))
    s.append(call(p["spec"]))
    s.append(say(p["note"]))
    s.append(call(d["look"][p.get("follow", 2)]))
    s.append(say(p["final"]))
    return s


def pg_search_refinement(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["search"]
    s = [opening(rng, d, p.get("task"))]
    for i, (args, obs) in enumerate(p["queries"]):
        s.append(tool(p["tool"], args, obs))
        if i < len(p["notes"]):
            s.append(say(p["notes"][i]))
    s.extend([call(p["read"]), say(p["final"])])
    return s


def pg_user_questions(rng: random.Random, d: Domain, n: int) -> list[Step]:
    s: list[Step] = []
    for question, spec, answer in d["questions"]:
        s.append(say(rng.choice(d["acks"]), question))
        s.append(call(spec))
        s.append(say(answer))
    return s


def pg_reread_after_edit(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["edit"]
    s = [opening(rng, d, p.get("task")), tool(p["read"][0], p["read"][1], p["reads"][0])]
    for i, (eargs, eobs) in enumerate(p["edits"]):
        s.append(say(p["notes"][i]))
        s.append(tool(p["write"], eargs, eobs))
        s.append(tool(p["read"][0], p["read"][1], p["reads"][i + 1]))
    s.append(say(p["final"]))
    return s


def pg_alternating_reconcile(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["reconcile"]
    s = [opening(rng, d, p.get("task"))]
    for i, (value, obs_a, obs_b) in enumerate(p["items"]):
        s.append(tool(p["a"][0], {**p["a"][1], p["key"]: value}, obs_a))
        s.append(tool(p["b"][0], {**p["b"][1], p["key"]: value}, obs_b))
        if i == 0:
            s.append(say(p["first"]))
    s.append(say(p["final"]))
    return s


def pg_requested_recheck(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["recheck"]
    s = [opening(rng, d, p.get("task"))]
    for i, obs in enumerate(p["checks"]):
        s.append(tool(p["spec"][0], p["spec"][1], obs))
        s.append(say(p["notes"][i], None if i == 0 else p["user"][i - 1]))
    return s


def pg_bisect_narrowing(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["bisect"]
    s = [opening(rng, d, p.get("task"))]
    for i, (args, obs) in enumerate(p["calls"]):
        s.append(tool(p["tool"], args, obs))
        if i in (1, 3):
            s.append(say(p["notes"][i // 2]))
    s.append(say(p["final"]))
    return s


def pg_correction_accepted(rng: random.Random, d: Domain, n: int) -> list[Step]:
    p = d["correction"]
    return [
        say(rng.choice(d["acks"]), p["question"]),
        call(p["first"]),
        say(p["wrong"]),
        say(p["sorry"], p["user"]),
        call(p["second"]),
        say(p["right"]),
        call(p["third"]),
        say(p["final"]),
    ]


LOOPS = [
    ("exact_repeat", lp_exact_repeat),
    ("volatile_result", lp_volatile_result),
    ("volatile_args", lp_volatile_args),
    ("paraphrase_nudged", lp_paraphrase_nudged),
    ("paraphrase_monologue", lp_paraphrase_monologue),
    ("regenerate_rejected", lp_regenerate_rejected),
    ("status_stall", lp_status_stall),
    ("ab_oscillation", lp_ab_oscillation),
    ("cycle_of_three", lp_cycle_of_three),
    ("failing_repeat", lp_failing_repeat),
    ("failing_reworded", lp_failing_reworded),
    ("setting_flip", lp_setting_flip),
    ("after_progress", lp_after_progress),
    ("apology_repeat", lp_apology_repeat),
    ("cursor_stuck", lp_cursor_stuck),
    ("write_verify_churn", lp_write_verify_churn),
]

PROGRESS = [
    ("paging", pg_paging),
    ("corrected_retry", pg_corrected_retry),
    ("summaries", pg_summaries),
    ("polling_converges", pg_polling_converges),
    ("status_updates", pg_status_updates),
    ("draft_iterations", pg_draft_iterations),
    ("entities", pg_entities),
    ("converging_checks", pg_converging_checks),
    ("transient_retry", pg_transient_retry),
    ("search_refinement", pg_search_refinement),
    ("user_questions", pg_user_questions),
    ("reread_after_edit", pg_reread_after_edit),
    ("alternating_reconcile", pg_alternating_reconcile),
    ("requested_recheck", pg_requested_recheck),
    ("bisect_narrowing", pg_bisect_narrowing),
    ("correction_accepted", pg_correction_accepted),
]

# Six rows per category; row p of a label goes to domain p % 8, so each domain gets twelve
# categories of each label. The domain's material covers exactly those twelve.
PER_CATEGORY = 6


# ---------------------------------------------------------------- domains

MS = "JHR-2025-0413.R1"
MS_RECORD = (
    f"Manuscript: {MS}\n"
    "Title: Bedload pulses in a regulated braided river (Waimakariri)\n"
    "Corresponding author: Prof. E. Lindqvist\n"
    "Handling editor: Dr P. Okonkwo\n"
    "Status: Under review (2 of 3 reports received)\n"
    "Submitted: 2026-01-19   Days in review: 41\n"
    "Last action: 2026-02-27 report received (R3)"
)
MS_REVIEWS = (
    "R1  Dr A. Ferreira   accepted 2026-01-24  due 2026-02-21  report received 2026-02-20  rec: minor\n"
    "R2  Dr H. Sato       accepted 2026-01-30  due 2026-02-27  report: none  reminders sent: 1\n"
    "R3  [restricted]     accepted 2026-01-22  due 2026-02-19  report received 2026-02-27  rec: major"
)
MS_LOG = (
    "2026-03-01 09:12  IN   Lindqvist -> editorial office  'Decision timeline for 0413.R1?'\n"
    "2026-02-27 16:40  IN   R3 report submitted via system\n"
    "2026-02-28 08:02  OUT  system -> Sato  'Reminder: review overdue'\n"
    "2026-02-20 11:31  IN   R1 report submitted via system\n"
    "2026-01-30 14:05  IN   Sato accepted invitation"
)


def journal_editorial_office() -> Domain:
    return {
        "name": "journal_editorial_office",
        "task": (
            "Prof. Lindqvist has emailed asking when she'll get a decision on "
            f"{MS}. Find out where the reviews stand and tell me what we can honestly promise. "
            "Do not contact Reviewer 3 yourself - they're on the EiC's conflict list."
        ),
        "opening": [
            "Right. I'll start with the manuscript record.",
            "Understood. Let me see where the manuscript is in the system first.",
            "Of course - pulling up the record.",
            "Certainly. First the record, then the review assignments.",
        ],
        "acks": ["Of course.", "Certainly.", "Right.", "Noted - one moment.", "Happy to."],
        "look": [
            ("ms_record", {"ms_id": MS}, MS_RECORD),
            ("review_assignments", {"ms_id": MS}, MS_REVIEWS),
            ("correspondence_log", {"ms_id": MS, "last": 5}, MS_LOG),
        ],
        "notes": [
            "Two of three reports are in and the paper has been in review 41 days.",
            "R1 recommends minor revisions, R3 major; R2 (Sato) is overdue with one reminder sent.",
            "The author's query came in on 1 March; the system already reminded Sato on 28 Feb.",
        ],
        "again": [
            "Let me look at the record once more.",
            "Checking the manuscript record again.",
            "I'll re-open the record to be sure of the status.",
            "One more look at 0413.R1.",
            "Refreshing the record in case it has moved.",
            "Let me confirm the status line again before I reply.",
        ],
        "vol": [
            MS_RECORD + "\nRetrieved: 2026-03-02 @TS UTC   Session: @RID",
            "Session: @RID   Retrieved: 2026-03-02 @TS UTC\n" + MS_RECORD,
        ],
        "vkey": ("request_id", "hex"),
        "analysis": [
            "So: two reports in, one outstanding from Sato, who is a week overdue. We can't decide until his report arrives or we replace him.",
            "To restate where this leaves us - R1 and R3 have reported, R2 hasn't, and R2 is now overdue by about a week, so a decision waits on Sato.",
            "The picture, then: the paper is blocked on the second reviewer. Two of three are in; the missing one is Sato's and it's late.",
            "In short, we're waiting on Dr Sato. Ferreira and the restricted reviewer have both submitted, and Sato's deadline passed on 27 February.",
            "Summarising: 2/3 reports received. Outstanding: R2 (Sato), overdue. Until that report arrives, no decision is possible.",
            "Put simply, everything hinges on R2. The other two reports are in hand; Sato has missed his due date.",
            "Let me lay it out again: R1 done (minor), R3 done (major), R2 missing and overdue. The decision is held by the missing report.",
            "So the bottleneck is Sato's review - the only one of the three not yet submitted, and late.",
        ],
        "fail": (
            "send_reminder",
            {"ms_id": MS, "reviewer": "R2", "template": "chase_2"},
            "ERROR 403 Forbidden: template 'chase_2' may only be sent by the handling editor; your role is editorial_assistant (req @RID)",
        ),
        "reworded": [
            {"ms_id": MS, "reviewer": "r2", "template": "CHASE_2"},
            {"manuscript": MS, "reviewer_id": "R2", "template": "chase_2"},
            {"ms_id": MS, "reviewers": ["R2"], "template": "chase_2"},
            {"ms_id": MS, "reviewer": "R2", "template": "chase_2", "force": True},
            {"ms_id": MS, "reviewer": "Sato", "template": "chase-2", "cc": "okonkwo"},
            {"ms_id": "JHR-2025-0413", "reviewer": "R2", "template": "chase_2"},
        ],
        "retry": [
            "Trying the reminder again.",
            "Let me resend.",
            "Perhaps it was a hiccup - once more.",
            "Sending the chase again.",
            "Retrying the reminder.",
        ],
        "nudges": [
            "Any news?",
            "Lindqvist has emailed again.",
            "Where are we on this?",
            "ok?",
            "Still waiting on you.",
            "Has anything changed?",
        ],
        "stall": (
            "review_assignments",
            {"ms_id": MS, "reviewer": "R2"},
            "R2  Dr H. Sato  accepted 2026-01-30  due 2026-02-27  report: none  reminders sent: 1",
        ),
        "stall_task": (
            f"Sato's report on {MS} is the last one we need. Keep an eye on it and tell me when it lands; "
            "I'd like to send Lindqvist a decision this week."
        ),
        "waits": [
            "Nothing from Sato yet. I'll check again shortly.",
            "Still no report from R2. I'll look again in a moment.",
            "R2 remains outstanding; I'll keep checking.",
            "No change - I'll check back again.",
            "Sato hasn't submitted. Checking again soon.",
            "Not in yet. I'll keep an eye on it.",
        ],
        "draft_loop": {
            "request": (
                "Draft my reply to Lindqvist. She asked for a date, so give her a date - "
                "commit to 20 March for the decision."
            ),
            "ack": ["Certainly.", "Of course - I'll check the status first."],
            "lookup": ("ms_record", {"ms_id": MS}, MS_RECORD),
            "slots": [
                ["Dear Prof. Lindqvist,", "Dear Professor Lindqvist,", "Dear Elin,"],
                [
                    "Thank you for your patience with the review of your manuscript.",
                    "Thank you for your message about JHR-2025-0413.R1.",
                    "Many thanks for getting in touch about your submission.",
                ],
                [
                    "Two of the three reports are now in.",
                    "We have received two of three reviewer reports.",
                    "The review is well advanced, with most reports received.",
                ],
                [
                    "We expect to reach a decision in the coming weeks.",
                    "We hope to be in a position to decide shortly.",
                    "A decision should follow as soon as the final report arrives.",
                    "We will be in touch as soon as we are able to reach a decision.",
                ],
                [
                    "We apologise for the delay.",
                    "I'm sorry this has taken longer than usual.",
                    "We appreciate that this is frustrating.",
                ],
                [
                    "Kind regards, Editorial Office",
                    "With best wishes, the JHR Editorial Office",
                    "Yours sincerely, Editorial Office, JHR",
                ],
            ],
            "rejections": [
                "Still no date. I said 20 March.",
                "This doesn't commit to anything. Put 20 March in it.",
                "Again - the date. Where is it?",
                "No. She wants a date and I gave you one.",
                "Same problem as before: no date.",
            ],
        },
        "apology": {
            "question": f"Quick one: how many completed reviewer reports do we have on {MS}?",
            "lookup": ("review_assignments", {"ms_id": MS}, MS_REVIEWS),
            "answers": [
                "Just one so far - Dr Ferreira's (R1), received 20 February.",
                "We have a single completed report, from R1 (Ferreira).",
                "Only R1 has reported; that's one completed report.",
                "One report is complete: Ferreira's, recommending minor revisions.",
                "So the count is one - R1's report of 20 Feb.",
            ],
            "sorry": [
                "You're right, my apologies.",
                "Sorry - I misread that.",
                "Apologies for the confusion.",
                "You're quite right, I'm sorry.",
                "My mistake, apologies.",
            ],
            "corrections": [
                "R3 submitted on 27 Feb - it's right there in the list.",
                "That's wrong, R3's report is in too.",
                "Look at R3's line again. Received 27 Feb.",
                "No, there are two. You keep leaving out R3.",
            ],
        },
        "cursor": {
            "task": "List everything in the 'awaiting reviewer reports' queue that's been there more than six weeks, so I can chase them at Thursday's meeting.",
            "tool": "list_submissions",
            "args": {"queue": "awaiting_reviewer_reports", "limit": 20},
            "key": "cursor",
            "value": "c2NvcmU9MjA",
            "page1": (
                "items 1-20 of 63 (sorted by days_in_queue desc)\n"
                "JHR-2025-0301.R2  71d | JHR-2025-0288  66d | JHR-2025-0340  63d | JHR-2025-0319.R1  58d | ...\n"
                "next_cursor: c2NvcmU9MjA"
            ),
            "page2": (
                "items 21-40 of 63 (sorted by days_in_queue desc)\n"
                "JHR-2025-0402  39d | JHR-2025-0413.R1  41d | JHR-2025-0397  38d | JHR-2025-0421  35d | ...\n"
                "next_cursor: c2NvcmU9NDA"
            ),
            "narr": [
                "Moving on to the next page.",
                "Fetching page three.",
                "Next batch.",
                "Continuing through the queue.",
                "And the following page.",
                "Getting the remaining items.",
            ],
        },
        # progress material
        "wait_tool": "wait",
        "pages": {
            "task": "How many submissions in the awaiting-reports queue are past six weeks? I need the ids for Thursday.",
            "tool": "list_submissions",
            "calls": [
                (
                    {"queue": "awaiting_reviewer_reports", "limit": 25},
                    "items 1-25 of 61\nJHR-2025-0301.R2 71d, JHR-2025-0288 66d, JHR-2025-0340 63d, JHR-2025-0319.R1 58d, JHR-2025-0335 55d, JHR-2025-0362 47d, JHR-2025-0371 44d, JHR-2025-0413.R1 41d, ...\nnext_cursor: b2Zmc2V0PTI1",
                ),
                (
                    {"queue": "awaiting_reviewer_reports", "limit": 25, "cursor": "b2Zmc2V0PTI1"},
                    "items 26-50 of 61\nJHR-2025-0402 39d, JHR-2025-0397 38d, ... JHR-2025-0450 12d\nnext_cursor: b2Zmc2V0PTUw",
                ),
                (
                    {"queue": "awaiting_reviewer_reports", "limit": 25, "cursor": "b2Zmc2V0PTUw"},
                    "items 51-61 of 61\nJHR-2025-0458 9d ... JHR-2025-0477 2d\nnext_cursor: null",
                ),
            ],
            "notes": [
                "Seven on the first page are past 42 days (0413.R1 is at 41, just under).",
                "Page two tops out at 39 days, so nothing more past six weeks - I'll finish the list anyway.",
            ],
            "final": "Seven of the 61 are past six weeks: 0301.R2 (71d), 0288 (66d), 0340 (63d), 0319.R1 (58d), 0335 (55d), 0362 (47d) and 0371 (44d). 0413.R1 will join them on Friday.",
        },
        "retry_ok": {
            "task": "What's the handling editor on 0413 and how long has it been in review?",
            "errors": [
                (
                    (
                        "ms_record",
                        {"ms_id": "0413"},
                        "ERROR 404: no manuscript '0413'. Ids look like JHR-YYYY-NNNN with an optional .Rn revision suffix.",
                    ),
                    True,
                    "It wants the full id, and this is the first revision.",
                ),
                (
                    ("ms_record", {"ms_id": MS}, MS_RECORD),
                    False,
                    "Dr Okonkwo is handling it; 41 days in review. Let me see who's outstanding.",
                ),
            ],
            "final": "Handling editor is Dr Okonkwo; 41 days in review. R1 and R3 are in, R2 (Sato) is a week overdue with one reminder sent.",
        },
        "docs": {
            "task": "Before I write to Lindqvist, give me the gist of the two reports that are in, and her cover letter for the revision.",
            "items": [
                (
                    (
                        "get_report",
                        {"ms_id": MS, "reviewer": "R1"},
                        "R1 report (Ferreira), rec: MINOR\n1. Clarify how bedload traps were emptied between pulses.\n2. Fig. 4 colour scale is not perceptually uniform.\n3. The discussion of dam releases is convincing.",
                    ),
                    "R1: minor - trap-emptying method and a figure fix; likes the dam-release argument.",
                ),
                (
                    (
                        "get_report",
                        {"ms_id": MS, "reviewer": "R3"},
                        "R3 report [restricted], rec: MAJOR\nThe pulse detection threshold (Sec. 3.2) is arbitrary; a sensitivity analysis is needed. Without it the pulse frequency claims in the abstract are not supported.",
                    ),
                    "R3: major - wants a sensitivity analysis on the pulse threshold before the frequency claims stand.",
                ),
                (
                    (
                        "get_cover_letter",
                        {"ms_id": MS},
                        "Cover letter, revision 1: 'We have added the 2024 flood season and a threshold sensitivity analysis in Supplementary S4 in response to the first-round reviewers.'",
                    ),
                    "Her cover letter says the sensitivity analysis is already in Supplementary S4.",
                ),
            ],
            "final": "So R1 is minor, R3 is major but asks for something the authors say is already in S4. If S4 does what R3 wants, this is closer to minor than it looks; the decision still waits on R2.",
        },
        "updates": {
            "task": "Special-issue deadline is tonight. Keep me posted on the submission count through the afternoon, every time you check.",
            "tool": "special_issue_dashboard",
            "args": {"issue": "SI-braided-rivers"},
            "states": [
                "SI-braided-rivers | submitted: 41 | in draft: 9 | withdrawn: 1 | as of 13:00",
                "SI-braided-rivers | submitted: 44 | in draft: 7 | withdrawn: 1 | as of 14:30",
                "SI-braided-rivers | submitted: 47 | in draft: 6 | withdrawn: 2 | as of 16:00",
                "SI-braided-rivers | submitted: 52 | in draft: 3 | withdrawn: 2 | as of 18:00",
            ],
            "notes": [
                "41 submitted at 13:00, 9 still in draft.",
                "Up to 44; drafts down to 7.",
                "47 now, and a second withdrawal.",
                "52 submitted by 18:00 with only 3 drafts left - well past the 45 we planned for.",
            ],
        },
        "drafts": {
            "request": "Draft the decision letter for JHR-2025-0388.R2: minor revisions. Keep it short, and mention the data-availability statement.",
            "lookup": (
                "ms_record",
                {"ms_id": "JHR-2025-0388.R2"},
                "Manuscript: JHR-2025-0388.R2\nTitle: Hyporheic exchange under ice cover\nStatus: Decision pending (3 of 3 reports)\nRecommendation: minor revisions",
            ),
            "texts": [
                "Dear Dr Moreau, thank you for your revised manuscript. The reviewers recommend minor revisions; please address their comments and add a data-availability statement. Please note the 8,000-word limit. Kind regards, Dr P. Okonkwo",
                "Dear Dr Moreau, thank you for your revised manuscript. The reviewers recommend minor revisions; please address their comments and add a data-availability statement naming the repository and DOI for the ice-cover logger data. Kind regards, Dr P. Okonkwo",
                "Dear Dr Moreau, thank you for your revised manuscript, JHR-2025-0388.R2. The reviewers recommend minor revisions; please address their comments and add a data-availability statement naming the repository and DOI for the ice-cover logger data. We would be grateful for the revision within 30 days. Kind regards, Dr P. Okonkwo",
            ],
            "feedback": [
                "Drop the word limit line, we don't have one. And be specific about what the data statement needs.",
                "Good. Add a 30-day deadline and the manuscript number.",
            ],
            "approve": "That's it. Send it.",
            "sent": "Sent to Dr Moreau as DL-7781, cc Dr Okonkwo. I've set a 30-day reminder on the revision.",
            "send": (
                "send_letter",
                {"ms_id": "JHR-2025-0388.R2", "template": "decision_minor", "body_ref": "draft-3"},
                "Queued: letter DL-7781 to corresponding author (Moreau); cc handling editor. Delivery ~2 min.",
            ),
        },
        "entities": {
            "task": "Sato may need replacing on 0413.R1. Check our five shortlisted backups for conflicts and availability.",
            "tool": "reviewer_profile",
            "args": {"check_conflicts_with": MS},
            "key": "reviewer",
            "items": [
                (
                    "Dr M. Kowalczyk",
                    "Kowalczyk | active | load 1/3 | conflicts: none | avg turnaround 19d",
                ),
                (
                    "Prof. R. Tane",
                    "Tane | active | load 3/3 | conflicts: none | avg turnaround 34d",
                ),
                (
                    "Dr L. Brandt",
                    "Brandt | active | load 0/3 | conflicts: co-author with Lindqvist (2023) | avg turnaround 22d",
                ),
                ("Dr S. Adeyemi", "Adeyemi | on leave until 2026-04-15 | conflicts: none"),
                (
                    "Dr J. Whitcombe",
                    "Whitcombe | active | load 2/3 | conflicts: none | avg turnaround 16d",
                ),
            ],
            "mid": "Tane is at full load and Brandt co-authored with Lindqvist, so both are out.",
            "final": "Usable backups: Whitcombe (16-day average, 2 of 3 slots used) and Kowalczyk (19 days, 1 of 3). Adeyemi is on leave until mid-April.",
        },
        "transient": {
            "follow": 0,
            "task": "Has Lindqvist written to us more than once about 0413? Check the correspondence.",
            "spec": ("correspondence_log", {"ms_id": MS, "last": 5}, MS_LOG),
            "errors": [
                "503 Service Unavailable: mail archive is reindexing; retry after 15s",
                "504 Gateway Timeout from upstream mail-archive",
            ],
            "note": "The archive's back. One message from her, on 1 March; nothing earlier.",
            "final": "Just the one email, 1 March. Sato was reminded automatically on 28 Feb, so a second, personal chase from Dr Okonkwo would be the next step.",
        },
        "search": {
            "task": "Find me a replacement reviewer for 0413.R1 who knows braided-river sediment transport and isn't conflicted.",
            "tool": "reviewer_search",
            "queries": [
                (
                    {"q": "sediment transport"},
                    "212 matches (top: Kowalczyk, Tane, Brandt, Hughes, Oyelaran ...)",
                ),
                (
                    {"q": "bedload braided river"},
                    "31 matches (top: Tane, Brandt, Whitcombe, Moana, Ferreira ...)",
                ),
                (
                    {
                        "q": "bedload braided river",
                        "exclude_conflicts_with": MS,
                        "active_since": "2024-01-01",
                    },
                    "6 matches: Whitcombe, Moana, Kowalczyk, Hughes, Ruiz, Lam",
                ),
            ],
            "notes": ["Far too broad.", "Better; now drop anyone conflicted or inactive."],
            "read": (
                "reviewer_profile",
                {"reviewer": "Dr T. Moana"},
                "Moana | active | load 0/3 | conflicts: none | avg turnaround 14d | keywords: braided rivers, bedload, gravel-bed flumes",
            ),
            "final": "Dr T. Moana: braided-river bedload specialist, no conflicts, nothing in her queue and a 14-day average turnaround. Whitcombe is the second choice.",
        },
        "questions": [
            (
                f"Who's the handling editor on {MS}?",
                ("ms_record", {"ms_id": MS}, MS_RECORD),
                "Dr P. Okonkwo.",
            ),
            (
                "When was R2's report due?",
                ("review_assignments", {"ms_id": MS}, MS_REVIEWS),
                "27 February - Sato is about a week overdue, with one reminder sent.",
            ),
            (
                "Has the author been in touch before this week?",
                ("correspondence_log", {"ms_id": MS, "last": 5}, MS_LOG),
                "No - her email of 1 March is the only message from her in the log.",
            ),
        ],
        "reconcile": {
            "task": "Before the production batch goes, make sure each of this month's three acceptances has its APC paid.",
            "first": "0277 is paid.",
            "a": ("ms_record", {}),
            "b": ("apc_invoice", {}),
            "key": "ms_id",
            "items": [
                (
                    "JHR-2025-0277.R2",
                    "Status: Accepted 2026-02-11",
                    "INV-5521 | 2,400 EUR | paid 2026-02-18",
                ),
                (
                    "JHR-2025-0290.R1",
                    "Status: Accepted 2026-02-19",
                    "INV-5540 | 2,400 EUR | waiver W-12 (low-income country) | nothing due",
                ),
                (
                    "JHR-2025-0314.R1",
                    "Status: Accepted 2026-02-26",
                    "INV-5563 | 2,400 EUR | unpaid | issued 2026-02-27",
                ),
            ],
            "final": "0277 paid, 0290 has a waiver, 0314 is unpaid (invoiced 27 Feb). Hold 0314 from the batch; the other two can go.",
        },
        "recheck": {
            "task": f"The similarity check on {MS} flagged high overlap. Can you look?",
            "spec": ("similarity_report", {"ms_id": MS}, ""),
            "checks": [
                "overall similarity 38% | top source: EarthArXiv preprint 10.31223/X5QK7 (same authors) 29% | methods boilerplate 6%",
                "overall similarity 11% | top source: methods boilerplate 6% | Lindqvist et al. 2022 3%",
                "overall similarity 5% | top source: Lindqvist et al. 2022 3%",
            ],
            "notes": [
                "38%, but 29 points of it is the authors' own preprint. If you exclude the preprint from the comparison set I'll re-run it.",
                "Down to 11% with the preprint excluded; most of what's left is standard methods wording.",
                "5% with both exclusions - nothing of concern.",
            ],
            "user": [
                "Done, preprint excluded. Run it again.",
                "I've excluded the methods boilerplate too. Once more?",
            ],
        },
        "bisect": {
            "task": "Sometime in February 0413.R1's R3 line got marked 'restricted' and nobody knows when. Find the day from the audit log.",
            "tool": "audit_log",
            "calls": [
                (
                    {
                        "ms_id": MS,
                        "from": "2026-02-01",
                        "to": "2026-02-28",
                        "field": "reviewer_visibility",
                    },
                    "1 change in range",
                ),
                (
                    {
                        "ms_id": MS,
                        "from": "2026-02-01",
                        "to": "2026-02-14",
                        "field": "reviewer_visibility",
                    },
                    "0 changes in range",
                ),
                (
                    {
                        "ms_id": MS,
                        "from": "2026-02-15",
                        "to": "2026-02-21",
                        "field": "reviewer_visibility",
                    },
                    "1 change in range",
                ),
                (
                    {
                        "ms_id": MS,
                        "from": "2026-02-18",
                        "to": "2026-02-18",
                        "field": "reviewer_visibility",
                    },
                    "2026-02-18 10:44  R3 visibility public -> restricted  by: eic.office (reason: COI register update)",
                ),
            ],
            "notes": [
                "Not in the first half.",
                "Between the 15th and 21st - narrowing to a single day.",
            ],
            "final": "18 February, 10:44, by the EiC's office, for a conflict-register update. That's deliberate, so leave it.",
        },
    }


JOB = "88213"
JOB_LINE = "job 88213 | NRV_0420_comp_v014 | frames 1001-1148 | done 112/148 | failed 3 | state RUNNING | pool COMP | eta 17:40"
FRAME_LOG = (
    "[frame 1113] nuke -x comp_v014.nk -F 1113 ... ERROR Read3: file not found /proj/nrv/0420/plates/bg_v007/bg.1113.exr\n"
    "[frame 1114] ERROR Read3: file not found /proj/nrv/0420/plates/bg_v007/bg.1114.exr\n"
    "[frame 1115] ERROR Read3: file not found /proj/nrv/0420/plates/bg_v007/bg.1115.exr"
)
POOL_LINE = "pool COMP | blades 48 | busy 41 | idle 7 | queued jobs 3 | oldest wait 12m"


def vfx_render_farm() -> Domain:
    return {
        "name": "vfx_render_farm",
        "task": (
            "NRV_0420 comp has to be on the client review at 18:00. Is job 88213 going to make it? "
            "And don't touch the LGT pool, lighting's got the trailer on it."
        ),
        "opening": [
            "yep, on it - checking the job first",
            "ok, pulling up 88213",
            "sure thing. let me look at the queue",
            "on it. job status first",
        ],
        "acks": ["yep", "sure", "on it", "ok cool", "gotcha"],
        "look": [
            ("job_status", {"job": JOB}, JOB_LINE),
            ("frame_log", {"job": JOB, "state": "failed"}, FRAME_LOG),
            ("pool_status", {"pool": "COMP"}, POOL_LINE),
        ],
        "notes": [
            "112 of 148 done, eta 17:40 - tight but ok if nothing else breaks.",
            "the 3 failures are all frames 1113-1115 missing bg plate v007 frames, so a plate problem not a farm problem",
            "COMP has 7 idle blades, so capacity isn't the issue.",
        ],
        "again": [
            "checking 88213 again",
            "one more look at the job",
            "let me re-poll the job",
            "refreshing 88213",
            "quick re-check on the job status",
            "looking at the job once more",
        ],
        "vol": [
            JOB_LINE + " | polled @TS | req @RID",
            "polled @TS | " + JOB_LINE + " | req @RID",
            "req @RID | " + JOB_LINE + " | polled @TS",
        ],
        "vkey": ("client_ts", "clock", "2026-03-02T"),
        "analysis": [
            "ok so basically: 112/148 done, eta 17:40, the only failures are 3 frames missing plates. it makes 18:00 if the plates get fixed.",
            "so the job itself is fine - on track for 17:40 - and the three failed frames are a missing bg plate issue, not a farm issue.",
            "recap: we're on schedule except for frames 1113-1115, which fail because bg_v007 is missing those frames.",
            "the short version is it'll land around 17:40 but with a 3-frame hole where the plate is missing.",
            "bottom line - farm's fine, eta 17:40, and there's a plate gap at 1113-1115 that'll leave holes.",
            "so to sum up again, timing works, the blocker is the missing plate frames for 1113 to 1115.",
            "put another way: no capacity problem, no crash problem, just 3 missing plate frames on bg_v007.",
            "yeah so it's really just those three plate frames. everything else renders and the eta holds.",
        ],
        "fail": (
            "requeue_frames",
            {"job": JOB, "frames": "1113-1115"},
            "requeue rejected: job 88213 frames 1113-1115 depend on missing input /proj/nrv/0420/plates/bg_v007/bg.####.exr (3 files) | trace @RID",
        ),
        "reworded": [
            {"job": JOB, "frames": [1113, 1114, 1115]},
            {"job_id": 88213, "frame_range": "1113-1115"},
            {"job": JOB, "frames": "1113,1114,1115", "priority": 90},
            {"job": JOB, "frames": "1113-1115", "ignore_deps": False},
            {"job": "88213", "frames": "1113:1115"},
            {"job": JOB, "frames": "1113-1115", "pool": "COMP", "retries": 3},
        ],
        "retry": [
            "retrying the requeue",
            "ok again",
            "try that once more",
            "requeue one more time",
            "maybe it was a blip, again",
        ],
        "nudges": [
            "well?",
            "client's asking",
            "how's it looking",
            "any movement?",
            "it's 17:20 btw",
            "you there?",
        ],
        "stall": (
            "plate_ingest_status",
            {"plate": "NRV_0420_bg_v007"},
            "ingest NRV_0420_bg_v007 | state WAITING_ON_VENDOR | received 145/148 | missing 1113-1115 | last update 14:02",
        ),
        "stall_task": "The vendor's re-sending bg_v007 frames 1113-1115 for 0420. Watch the ingest and tell me the second it's complete so we can requeue.",
        "waits": [
            "still waiting on vendor, 145/148. I'll check again shortly",
            "no change on the ingest yet. checking back in a bit",
            "still missing 1113-1115. I'll keep watching",
            "vendor hasn't delivered yet, will look again",
            "nothing new. I'll check the ingest again in a sec",
            "same as before. I'll keep polling",
        ],
        "draft_loop": {
            "request": "Write the note to the client producer about 0420. It MUST say the three missing frames will be held frames in tonight's review - say that outright.",
            "ack": ["yep, checking the job first", "sure, one sec"],
            "lookup": ("job_status", {"job": JOB}, JOB_LINE),
            "slots": [
                ["Hi Dana,", "Hey Dana,", "Hi Dana -"],
                [
                    "quick update on NRV_0420 for tonight.",
                    "a heads-up on 0420 ahead of the 18:00 review.",
                    "just wanted to flag where 0420 stands.",
                ],
                [
                    "The comp is rendering well and should finish around 17:40.",
                    "We're on track for the review, with most frames already done.",
                    "112 of 148 frames are complete and the rest are running.",
                ],
                [
                    "There's a small issue with a background plate that we're working through.",
                    "We're chasing a minor plate delivery with the vendor.",
                    "A couple of frames are affected by a plate issue, which we're sorting.",
                    "There may be a minor artefact in a short section, which we're looking at.",
                ],
                [
                    "Cheers, Render",
                    "Thanks! - render team",
                    "Speak soon, Render",
                ],
            ],
            "rejections": [
                "no, it has to say held frames. say it.",
                "you're still being vague. 'held frames for 1113-1115' - put it in.",
                "again no mention of held frames",
                "nope. same thing. held frames!",
                "this isn't what I asked for",
            ],
        },
        "apology": {
            "question": "How many frames of 88213 have failed?",
            "lookup": ("job_status", {"job": JOB}, JOB_LINE),
            "answers": [
                "none have failed - 112 done and the rest are still running",
                "zero failures so far, it's 112 of 148 done",
                "no failed frames, just the 36 still to render",
                "there aren't any failures, the job is running clean",
                "nothing's failed; it's just not finished yet",
            ],
            "sorry": [
                "ah sorry, my bad -",
                "you're right, apologies -",
                "oops, sorry -",
                "fair, sorry -",
                "my mistake -",
            ],
            "corrections": [
                "it literally says failed 3",
                "no, look at the line again. failed 3",
                "that's wrong, 3 have failed",
                "you keep saying none. it's three.",
            ],
        },
        "cursor": {
            "task": "List every job in the COMP pool that's been queued more than 10 minutes, I want to bump the ones for tonight's review.",
            "tool": "list_jobs",
            "args": {"pool": "COMP", "state": "queued", "page_size": 50},
            "key": "page_token",
            "value": "pt_9f21",
            "page1": "jobs 1-50 of 137 queued in COMP\n88301 NRV_0510_comp 31m | 88297 NRV_0488_fx 28m | 88290 KLP_0110_comp 25m | ...\nnext_page_token: pt_9f21",
            "page2": "jobs 51-100 of 137 queued in COMP\n88355 KLP_0230_comp 11m | 88349 NRV_0612_comp 10m | 88360 KLP_0240_prev 9m | ...\nnext_page_token: pt_a03c",
            "narr": [
                "next page",
                "on to the next 50",
                "ok, page 3",
                "grabbing the rest",
                "continuing the list",
                "next batch of jobs",
            ],
        },
        # progress material
        "wait_tool": "sleep",
        "pages": {
            "task": "Which jobs are queued in COMP for more than 10 minutes? Need them all, not just the first page.",
            "tool": "list_jobs",
            "calls": [
                (
                    {"pool": "COMP", "state": "queued", "page_size": 50},
                    "jobs 1-50 of 112 queued in COMP\n88301 NRV_0510_comp 31m | 88297 NRV_0488_fx 28m | ... | 88344 KLP_0220_comp 12m\nnext_page_token: pt_9f21",
                ),
                (
                    {"pool": "COMP", "state": "queued", "page_size": 50, "page_token": "pt_9f21"},
                    "jobs 51-100 of 112 queued in COMP\n88355 KLP_0230_comp 11m | 88349 NRV_0612_comp 10m | 88360 KLP_0240_prev 9m | ... 4m\nnext_page_token: pt_a03c",
                ),
                (
                    {"pool": "COMP", "state": "queued", "page_size": 50, "page_token": "pt_a03c"},
                    "jobs 101-112 of 112 queued in COMP\n88402 NRV_0700_prev 2m | ... 0m\nnext_page_token: none",
                ),
            ],
            "notes": [
                "first 50 all over 10 min",
                "two more over 10 min on page 2 (88355, 88349), then it drops below",
            ],
            "final": "52 jobs queued over 10 minutes: all 50 on page 1 plus 88355 and 88349. Of those, 88301, 88297 and 88349 are shots in tonight's review.",
        },
        "retry_ok": {
            "task": "What frame range is 88213 rendering and is it on track?",
            "errors": [
                (
                    (
                        "job_status",
                        {"job": "NRV_0420_comp_v014"},
                        "error: job must be a numeric job id (got 'NRV_0420_comp_v014'); use find_job to look up by name",
                    ),
                    True,
                    "needs the numeric id, looking it up",
                ),
                (
                    (
                        "find_job",
                        {"name": "NRV_0420_comp_v014"},
                        "NRV_0420_comp_v014 -> job 88213 (submitted 13:05 by jtorres)",
                    ),
                    False,
                    None,
                ),
                (("job_status", {"job": JOB}, JOB_LINE), False, "1001-1148, 112 done, eta 17:40."),
            ],
            "final": "frames 1001-1148, 112/148 done, eta 17:40. The 3 failures are the missing-plate frames 1113-1115.",
        },
        "docs": {
            "task": "Catch me up on 0420 - what did supervision, the vendor and the comper each say today?",
            "items": [
                (
                    (
                        "read_note",
                        {"note": "SUP-0420-0302"},
                        "SUP note 09:40: 'bg_v007 approved; keep grain match from v012; client wants 18:00 review'",
                    ),
                    "supervisor approved bg_v007 this morning and wants the v012 grain match kept",
                ),
                (
                    (
                        "read_note",
                        {"note": "VEND-0420-0302"},
                        "Vendor 14:02: 'bg_v007 delivered 145/148 frames; 1113-1115 corrupted on our side, re-export ETA 17:00'",
                    ),
                    "vendor says 1113-1115 were corrupted at their end, re-export due 17:00",
                ),
                (
                    (
                        "read_note",
                        {"note": "COMP-0420-0302"},
                        "jtorres 13:05: 'v014 submitted; if plates late, hold frames 1112 for 1113-1115 and flag it'",
                    ),
                    "the comper's plan: if plates are late, hold 1112 across 1113-1115",
                ),
            ],
            "final": "So: v007 approved, the vendor re-export lands around 17:00, and if it doesn't, jtorres' fallback is a held frame for 1113-1115. Either way we can show something at 18:00.",
        },
        "updates": {
            "task": "Give me a running count on 88213 every time you check, client review is at 18:00.",
            "tool": "job_status",
            "args": {"job": JOB},
            "states": [
                "job 88213 | done 112/148 | failed 3 | running 24 | eta 17:40",
                "job 88213 | done 127/148 | failed 3 | running 18 | eta 17:36",
                "job 88213 | done 139/148 | failed 3 | running 6 | eta 17:31",
                "job 88213 | done 145/148 | failed 3 | running 0 | eta --",
            ],
            "notes": [
                "112 done, 24 running, eta 17:40",
                "127 now, eta pulled in to 17:36",
                "139, only 6 running",
                "145 done - everything except the 3 plate frames. ready to requeue those when the plates land.",
            ],
        },
        "drafts": {
            "request": "Draft the note to Dana (client producer) about 0420 for tonight. Be straight about the held frames.",
            "lookup": ("job_status", {"job": JOB}, JOB_LINE),
            "texts": [
                "Hi Dana, 0420 will be ready for 18:00. There's a plate issue on a few frames which we're sorting. Cheers, Render",
                "Hi Dana, 0420 will be ready for 18:00. Frames 1113-1115 will be held frames tonight because the vendor's background plate for those three frames was corrupted; the re-export is due 17:00. Cheers, Render",
                "Hi Dana, 0420 will be ready for 18:00. Frames 1113-1115 will be held frames tonight because the vendor's background plate for those three frames was corrupted; the re-export is due 17:00 and we'll have a fixed version first thing tomorrow. Cheers, Render",
            ],
            "feedback": [
                "name the frames and say held frames, and why",
                "good. add when they'll get the fixed version",
            ],
            "approve": "perfect, send it",
            "sent": "sent to Dana at 16:48. I'll ping you when the vendor plates land.",
            "send": (
                "send_message",
                {"to": "dana.ruiz@client", "thread": "NRV review 0302", "body_ref": "draft-3"},
                "sent 16:48, message id msg-77d1",
            ),
        },
        "entities": {
            "task": "Check the four shots going into tonight's review - are their comps all finished?",
            "tool": "job_status",
            "args": {},
            "key": "job",
            "items": [
                (
                    "88213",
                    "job 88213 | NRV_0420_comp_v014 | done 145/148 | failed 3 | state RUNNING",
                ),
                ("88198", "job 88198 | NRV_0410_comp_v022 | done 96/96 | failed 0 | state DONE"),
                (
                    "88220",
                    "job 88220 | NRV_0430_comp_v009 | done 40/212 | failed 0 | state RUNNING | eta 19:10",
                ),
                ("88187", "job 88187 | NRV_0400_comp_v031 | done 120/120 | failed 0 | state DONE"),
            ],
            "mid": "0420 is waiting on 3 frames, 0410 done, 0430 well behind.",
            "final": "0400 and 0410 are done. 0420 is complete apart from the 3 plate frames. 0430 won't finish until about 19:10, so it misses the review unless we show the v008 from yesterday.",
        },
        "transient": {
            "task": "Why did frames 1113-1115 fail on 88213?",
            "spec": ("frame_log", {"job": JOB, "state": "failed"}, FRAME_LOG),
            "errors": [
                "log server busy (429): retry after 10s",
                "connection reset by peer (logsrv-02)",
            ],
            "note": "got it - all three fail on Read3 because bg_v007 is missing those frames.",
            "final": "plate problem, not a farm problem: bg_v007 is missing 1113-1115. Requeuing won't help until the vendor re-export lands.",
        },
        "search": {
            "task": "Find me the last comp of 0420 that had clean frames 1113-1115 - something we could cut in if needed.",
            "tool": "search_renders",
            "queries": [
                ({"shot": "NRV_0420"}, "48 renders (comp, fx, prev, lgt) 2026-02-10 .. 2026-03-02"),
                ({"shot": "NRV_0420", "type": "comp"}, "14 comp renders v001 .. v014"),
                (
                    {
                        "shot": "NRV_0420",
                        "type": "comp",
                        "frames_complete": "1113-1115",
                        "status": "approved_internal",
                    },
                    "2 renders: v012 (2026-02-26), v009 (2026-02-19)",
                ),
            ],
            "notes": [
                "too much - comps only",
                "narrow to ones that actually rendered those frames and passed internal review",
            ],
            "read": (
                "render_info",
                {"shot": "NRV_0420", "version": "v012"},
                "v012 | bg plate v006 | frames 1001-1148 complete | internal approval 2026-02-26 (sup: mkhan) | note: grain match reference",
            ),
            "final": "v012 from 26 Feb: all frames present, internally approved, on the older bg v006. Cutting its 1113-1115 in would be a slight plate mismatch but better than a hole.",
        },
        "questions": [
            (
                "How far along is 88213?",
                ("job_status", {"job": JOB}, JOB_LINE),
                "112 of 148 done, eta 17:40.",
            ),
            (
                "And what are the failures?",
                ("frame_log", {"job": JOB, "state": "failed"}, FRAME_LOG),
                "1113-1115, all missing bg_v007 plate frames - not a render fault.",
            ),
            (
                "Could we throw more blades at it?",
                ("pool_status", {"pool": "COMP"}, POOL_LINE),
                "COMP already has 7 idle blades, so it isn't capacity-bound; more blades won't change the eta.",
            ),
        ],
        "reconcile": {
            "task": "The bidding sheet says three shots were delivered last week. Check the delivery log and the farm agree on which versions.",
            "first": "0300 matches - v018 both sides.",
            "a": ("delivery_log", {}),
            "b": ("latest_render", {"type": "comp"}),
            "key": "shot",
            "items": [
                ("NRV_0300", "delivered v018 on 2026-02-24", "latest comp v018 (DONE 2026-02-23)"),
                ("NRV_0310", "delivered v011 on 2026-02-25", "latest comp v013 (DONE 2026-02-27)"),
                ("NRV_0320", "delivered v007 on 2026-02-26", "latest comp v007 (DONE 2026-02-25)"),
            ],
            "final": "0300 and 0320 match. 0310 has two newer comps (v013) since the delivery of v011 - worth asking whether v013 was meant to go out.",
        },
        "recheck": {
            "task": "Blade r14-07 keeps dropping frames. Can you check its health?",
            "spec": ("blade_health", {"blade": "r14-07"}, ""),
            "checks": [
                "r14-07 | gpu temp 91C | throttling YES | fan 2 RPM 0 | frames failed (1h): 6",
                "r14-07 | gpu temp 78C | throttling no | fan 2 RPM 4100 | frames failed (1h): 6",
                "r14-07 | gpu temp 64C | throttling no | fan 2 RPM 4200 | frames failed (10m): 0",
            ],
            "notes": [
                "it's throttling at 91C and fan 2 reads 0 RPM - looks like a dead or unplugged fan",
                "fan 2 spinning now and it's down to 78C; failure count is still the last hour's",
                "64C, no throttling, and no failures in the last 10 minutes. fixed.",
            ],
            "user": [
                "reseated the fan cable on r14-07, check again",
                "ok it's been 10 minutes, one more look?",
            ],
        },
        "bisect": {
            "task": "Somewhere between v008 and v014 of 0420 the grain went wrong. Find which version introduced it.",
            "tool": "grain_qc",
            "calls": [
                ({"shot": "NRV_0420", "version": "v011"}, "v011 | grain match score 0.93 | PASS"),
                ({"shot": "NRV_0420", "version": "v013"}, "v013 | grain match score 0.71 | FAIL"),
                ({"shot": "NRV_0420", "version": "v012"}, "v012 | grain match score 0.92 | PASS"),
                (
                    {"shot": "NRV_0420", "version": "v013", "detail": True},
                    "v013 | grain node: regrain2 (new) replaced regrain1 | score 0.71",
                ),
            ],
            "notes": ["v011 fine, v013 bad, so v012 or v013", "v012 passes, so v013 introduced it"],
            "final": "v013 swapped regrain1 for a new regrain2 node and the score dropped to 0.71. v014 inherits it - tell jtorres to restore regrain1.",
        },
    }


NH4 = "AB2.NH4_EFF   1.74 mg/L   consent 2.00   trend +0.11/h   Q=GOOD"
BLOWERS = "B1 RUN 96% | B2 RUN 97% | B3 STOPPED - LOTO-118 (bearing replacement) | header 0.58 bar | airflow 4,120 Nm3/h"
LAB = "AB2 mixed liquor 02-Mar 22:00 | MLSS 3,820 mg/L | SVI 142 | temp 9.8 C | alkalinity 62 mg/L CaCO3 (LOW, min 80)"
DO3 = "AB2.DO_Z3   0.62 mg/L   SP 2.00   Q=GOOD"


def wastewater_treatment_plant() -> Domain:
    return {
        "name": "wastewater_treatment_plant",
        "task": (
            "Night shift here. Effluent ammonia on Aeration Basin 2 is creeping up. Why, and are we going to "
            "breach the 2.0 mg/L consent before the 06:00 composite? B3 is locked out under LOTO-118 - don't "
            "try to run it."
        ),
        "opening": [
            "Ok. Reading the basin first.",
            "Roger. Starting with the effluent analyser.",
            "Understood. I'll go through AB2's tags.",
            "Ok, on it.",
        ],
        "acks": ["Roger.", "Ok.", "Copy.", "Will do.", "Right."],
        "look": [
            ("scada_read", {"tag": "AB2.NH4_EFF"}, NH4),
            ("blower_status", {"basin": "AB2"}, BLOWERS),
            ("lab_results", {"sample": "AB2-ML", "date": "2026-03-02"}, LAB),
        ],
        "notes": [
            "1.74 and rising 0.11 an hour: at that rate we cross 2.0 around 02:30, well before 06:00.",
            "B1 and B2 are both near 100% with B3 out - no spare air.",
            "Alkalinity is 62, below the 80 we need for nitrification, and the basin is cold.",
        ],
        "again": [
            "Reading the ammonia again.",
            "Another look at AB2.NH4_EFF.",
            "Re-reading the effluent tag.",
            "Let me check the NH4 once more.",
            "Quick re-read of the ammonia.",
            "Checking the analyser value again.",
        ],
        "vol": [
            "AB2.NH4_EFF   1.74 mg/L   consent 2.00   trend +0.11/h   Q=GOOD   read @TS   seq @N",
            "seq @N   read @TS   AB2.NH4_EFF   1.74 mg/L   consent 2.00   trend +0.11/h   Q=GOOD",
        ],
        "vkey": ("scan_id", "counter"),
        "promise": [
            "I'll pull the alkalinity trend now and come back with a dosing suggestion.",
            "Next I'm going to look at alkalinity over the last 12 hours, then I'll propose a caustic rate.",
            "Let me get the alkalinity history and I'll have a recommendation for you shortly.",
            "Going to check how alkalinity has moved tonight; a dosing number will follow.",
            "I'm about to fetch the alkalinity data - give me a moment and I'll suggest a rate.",
            "Right, alkalinity trend next, then a caustic setpoint.",
            "I'll have the alkalinity picture and a dose rate for you in a minute.",
            "Pulling the alkalinity history now; recommendation to follow.",
        ],
        "nudges": [
            "go on then",
            "and?",
            "you said that already",
            "ammonia's at 1.8 now",
            "still waiting",
            "ok?",
        ],
        "analysis": [
            "So nitrification is struggling because DO is low - B3 is out and the other two blowers are flat out - and alkalinity is only 62.",
            "Put together: not enough air with B3 locked out, and not enough alkalinity. Both limit the nitrifiers, and the cold doesn't help.",
            "The cause looks like two things at once: oxygen limitation from losing B3, and alkalinity below the 80 mg/L the process needs.",
            "To sum up, low DO (no B3) plus low alkalinity (62) at under 10 degrees is why the ammonia is climbing.",
            "In other words, we're air-limited and alkalinity-limited. The blowers can't give more, and the alkalinity has dropped below 80.",
            "Restating: B1 and B2 are at their limit, B3 is out, DO is well under setpoint and alkalinity is low. That explains the NH4 trend.",
            "So the basin is short of both air and alkalinity, which together stall nitrification in cold water.",
            "Bottom line again - air and alkalinity. Those two are why ammonia is rising on AB2.",
        ],
        "fail": (
            "set_dosing",
            {"pump": "P-NaOH-2", "rate_lph": 14},
            "WRITE DENIED: P-NaOH-2 is in LOCAL at MCC-4; remote setpoints are ignored | txn @RID",
        ),
        "retry": [
            "Trying the write again.",
            "Sending the setpoint once more.",
            "Retrying P-NaOH-2.",
            "Again.",
            "One more attempt at the dose rate.",
        ],
        "flip": {
            "set": "blower_mode",
            "key": "mode",
            "target": {"blower": "B3"},
            "values": ["AUTO", "MANUAL", "REMOTE"],
            "set_obs": "B3 mode request '@V' accepted by HMI; drive start inhibited - LOTO-118 active",
            "check": ("blower_status", {"basin": "AB2"}, BLOWERS),
            "remarks": [
                "B3 still not running. Trying the other mode.",
                "No change in airflow.",
                "Maybe it needs the other mode first.",
                "Still stopped. Switching it back.",
            ],
        },
        "draft_loop": {
            "request": "Write the shift log entry for AB2. It must quote the EA incident reference EA-INC-44817 - the regulator will check the log for it.",
            "ack": ["Ok, I'll read the current state first.", "Roger."],
            "lookup": ("scada_read", {"tag": "AB2.NH4_EFF"}, NH4),
            "slots": [
                ["02:10 AB2:", "AB2, 02:10 -", "Shift log 02:10, AB2:"],
                [
                    "effluent NH4 at 1.74 mg/L and rising.",
                    "ammonia trending up, currently 1.74 mg/L against a 2.0 consent.",
                    "NH4 effluent 1.74, trend +0.11/h.",
                ],
                [
                    "B3 out of service under LOTO-118, B1/B2 at maximum.",
                    "Air-limited: B3 locked out, remaining blowers near 100%.",
                    "Aeration capacity reduced (B3 LOTO).",
                ],
                [
                    "Low alkalinity (62 mg/L) noted.",
                    "Alkalinity below minimum at 62.",
                    "Caustic dosing under review for low alkalinity.",
                ],
                [
                    "Regulator informed.",
                    "Environment Agency notified of possible breach.",
                    "EA has been told.",
                    "Incident reported to the EA by phone.",
                ],
            ],
            "rejections": [
                "Where's the EA reference? EA-INC-44817.",
                "Still no incident number.",
                "The log entry needs EA-INC-44817 in it. Not 'regulator informed'.",
                "No. The reference.",
                "You keep leaving out the reference number.",
            ],
        },
        "apology": {
            "question": "What's the dissolved oxygen in zone 3 right now?",
            "lookup": ("scada_read", {"tag": "AB2.DO_Z3"}, DO3),
            "answers": [
                "Zone 3 is at 2.0 mg/L, on setpoint.",
                "DO in zone 3 reads 2.00 mg/L.",
                "It's sitting at 2.0 - right where it should be.",
                "Zone 3 DO is 2.0 mg/L.",
                "2.0 mg/L in zone 3.",
            ],
            "sorry": [
                "Sorry, you're right.",
                "Apologies.",
                "My mistake.",
                "Fair point, sorry.",
                "You're right, sorry about that.",
            ],
            "corrections": [
                "2.0 is the setpoint. What's the actual reading?",
                "No, that's SP. Read the PV.",
                "That's the setpoint again.",
                "The value is 0.62. You're reading the wrong column.",
            ],
        },
        "churn": {
            "task": "Set the AB2 effluent NH4 high alarm to 1.8 so the next shift gets warned before consent.",
            "write": (
                "set_alarm_limit",
                {"tag": "AB2.NH4_EFF", "limit": "HI", "value": 1.8},
                "HI limit for AB2.NH4_EFF set to 1.80 mg/L (rev @N, by ops-agent)",
            ),
            "read": (
                "alarm_limits",
                {"tag": "AB2.NH4_EFF"},
                "AB2.NH4_EFF limits: LO -- | HI 1.80 | HIHI 2.00 | deadband 0.05",
            ),
            "remarks": [
                "Making sure the limit stuck.",
                "Writing it again to be safe.",
                "Double-checking the HI limit.",
                "Just confirming it took.",
                "Re-applying 1.8 in case the HMI didn't save it.",
            ],
        },
        # progress material
        "wait_tool": "wait",
        "pages": {
            "task": "How many times did AB2's DO alarm trip in the last 24 hours? I need the full list for the incident report.",
            "tool": "alarm_history",
            "calls": [
                (
                    {"tag": "AB2.DO_Z3", "hours": 24, "page": 1},
                    "page 1/3 | 01:52 LO | 01:20 LO | 00:47 LO | 23:58 LO | 23:11 LO | ... (10 entries)",
                ),
                (
                    {"tag": "AB2.DO_Z3", "hours": 24, "page": 2},
                    "page 2/3 | 17:40 LO | 16:05 LO | 14:58 LO | 12:30 LO | ... (10 entries)",
                ),
                (
                    {"tag": "AB2.DO_Z3", "hours": 24, "page": 3},
                    "page 3/3 | 09:15 LO | 06:02 LO | 04:40 LO (3 entries)",
                ),
            ],
            "notes": [
                "Ten since 23:00, about one every 40 minutes.",
                "Ten more through the afternoon, sparser.",
            ],
            "final": "23 low-DO alarms in 24 hours, 10 of them since 23:00 - they pick up sharply from when B3 was locked out (22:40).",
        },
        "retry_ok": {
            "task": "What's the effluent ammonia right now?",
            "errors": [
                (
                    (
                        "scada_read",
                        {"tag": "NH4 effluent"},
                        "ERR unknown tag 'NH4 effluent' (tags are AREA.SIGNAL, e.g. AB1.NH4_EFF)",
                    ),
                    True,
                    "Needs the tag name. Searching.",
                ),
                (
                    (
                        "tag_search",
                        {"pattern": "AB2.NH4*"},
                        "AB2.NH4_EFF | AB2.NH4_Z1 | AB2.NH4_Z3",
                    ),
                    False,
                    None,
                ),
                (("scada_read", {"tag": "AB2.NH4_EFF"}, NH4), False, "1.74 and rising."),
            ],
            "final": "1.74 mg/L and climbing 0.11/h; the blowers are maxed with B3 out, so we need alkalinity help rather than more air.",
        },
        "poll": {
            "task": "The lab's running the 01:00 grab sample for ammonia. Let me know what it says.",
            "tool": "lims_status",
            "args": {"sample": "AB2-EFF-0100"},
            "states": [
                "AB2-EFF-0100 | PENDING | analyser queue position 3",
                "AB2-EFF-0100 | PENDING | analyser queue position 3",
                "AB2-EFF-0100 | RUNNING | started 01:41",
                "AB2-EFF-0100 | COMPLETE | NH4-N 1.69 mg/L | analyst: RK",
            ],
            "final": "Grab sample came back 1.69 mg/L, within 0.05 of the online analyser, so we can trust the online trend.",
        },
        "updates": {
            "task": "Caustic's going in at 13 L/h. Read me the ammonia each time you check so we know if it's turning.",
            "tool": "scada_read",
            "args": {"tag": "AB2.NH4_EFF"},
            "states": [
                "AB2.NH4_EFF   1.81 mg/L   trend +0.09/h",
                "AB2.NH4_EFF   1.86 mg/L   trend +0.04/h",
                "AB2.NH4_EFF   1.87 mg/L   trend +0.00/h",
                "AB2.NH4_EFF   1.79 mg/L   trend -0.07/h",
                "AB2.NH4_EFF   1.66 mg/L   trend -0.12/h",
            ],
            "notes": [
                "1.81, still rising but slower.",
                "1.86; the rise is flattening, 0.04 an hour.",
                "1.87 and flat - that's the peak, I think.",
                "Coming down: 1.79.",
                "1.66 and falling 0.12/h. Caustic is working and we have margin for 06:00.",
            ],
        },
        "drafts": {
            "request": "Draft the handover note for the day shift about AB2. Keep it short.",
            "lookup": (
                "scada_read",
                {"tag": "AB2.NH4_EFF"},
                "AB2.NH4_EFF   1.52 mg/L   trend -0.10/h",
            ),
            "texts": [
                "AB2: NH4 peaked 1.87 at 03:10, now 1.52 and falling after caustic at 13 L/h. B3 out (LOTO-118).",
                "AB2: NH4 peaked 1.87 at 03:10, now 1.52 and falling after caustic at 13 L/h. B3 out (LOTO-118); fitter says back in service about 14:00. Check alkalinity at 10:00.",
                "AB2: NH4 peaked 1.87 at 03:10, now 1.52 and falling after caustic at 13 L/h. EA told (EA-INC-44817), no breach so far. B3 out (LOTO-118); fitter says back in service about 14:00. Check alkalinity at 10:00.",
            ],
            "feedback": [
                "Say when B3's due back and what they need to watch.",
                "And the EA reference, they'll get a call.",
            ],
            "approve": "Good, post it.",
            "sent": "Posted as HN-2206. Day shift will see it at 06:00 briefing.",
            "send": (
                "post_handover",
                {"shift": "night->day", "area": "AB2", "body_ref": "draft-3"},
                "handover note HN-2206 posted 05:48",
            ),
        },
        "converge": {
            "task": "Alkalinity's low on AB2. Bring the basin pH into 7.0-7.3 with caustic on P-NaOH-1.",
            "set": "set_dosing",
            "key": "rate_lph",
            "target": {"pump": "P-NaOH-1"},
            "values": [10, 16, 13],
            "set_obs": "P-NaOH-1 rate setpoint @V L/h accepted (REMOTE)",
            "check": ("scada_read", {"tag": "AB2.PH"}),
            "checks": [
                "AB2.PH   6.78   (after 20 min)",
                "AB2.PH   7.52   (after 20 min)",
                "AB2.PH   7.18   (after 20 min)",
            ],
            "notes": [
                "6.78 at 10 L/h - still below band. Going up.",
                "7.52 at 16 - overshot. Backing off.",
                "7.18 at 13 L/h, inside 7.0-7.3. Leaving it there.",
            ],
        },
        "transient": {
            "follow": 1,
            "task": "What did the lab get for alkalinity last night?",
            "spec": ("lab_results", {"sample": "AB2-ML", "date": "2026-03-02"}, LAB),
            "errors": ["LIMS timeout after 30s (db lock)", "LIMS 503: nightly backup in progress"],
            "note": "62 mg/L, below the 80 minimum.",
            "final": "Alkalinity 62 at 22:00 - low. With the blowers maxed, caustic dosing is the lever we have.",
        },
        "search": {
            "task": "Is there an SOP for dosing caustic into the aeration basins? I want to follow it, not improvise.",
            "tool": "sop_search",
            "queries": [
                (
                    {"q": "caustic"},
                    "17 documents (chemical handling, delivery, spill response, dosing ...)",
                ),
                (
                    {"q": "caustic dosing aeration"},
                    "4 documents: SOP-CH-07, SOP-CH-11, WI-AB-03, RA-CH-02",
                ),
            ],
            "notes": ["Too broad.", "Four left; SOP-CH-11 is the dosing one by its title."],
            "read": (
                "read_document",
                {"doc": "SOP-CH-11"},
                "SOP-CH-11 Caustic dosing for alkalinity correction, rev 4\n- start at 10 L/h per basin; step 3 L/h every 20 min\n- target pH 7.0-7.3; never exceed 7.8\n- log every change; inform duty manager above 15 L/h",
            ),
            "final": "SOP-CH-11: start at 10 L/h, step 3 L/h every 20 minutes, aim for pH 7.0-7.3, never above 7.8, and call the duty manager above 15 L/h.",
        },
        "edit": {
            "task": "The shift log entry for 01:30 has the wrong blower. Fix it.",
            "read": ("shift_log", {"entry": "2026-03-03 01:30"}),
            "reads": [
                "01:30 AB2 ammonia rising. B2 locked out (LOTO-118). Caustic considered.",
                "01:30 AB2 ammonia rising. B3 locked out (LOTO-118). Caustic considered.",
                "01:30 AB2 ammonia rising. B3 locked out (LOTO-118). Caustic started at 10 L/h on P-NaOH-1 at 01:45.",
            ],
            "write": "edit_shift_log",
            "edits": [
                (
                    {
                        "entry": "2026-03-03 01:30",
                        "replace": "B2 locked out",
                        "with": "B3 locked out",
                    },
                    "entry updated (audit 7712)",
                ),
                (
                    {
                        "entry": "2026-03-03 01:30",
                        "replace": "Caustic considered.",
                        "with": "Caustic started at 10 L/h on P-NaOH-1 at 01:45.",
                    },
                    "entry updated (audit 7713)",
                ),
            ],
            "notes": [
                "It says B2; LOTO-118 is on B3.",
                "Fixed. The caustic line is out of date too - it started at 01:45.",
            ],
            "final": "01:30 entry now names B3 and records caustic from 01:45.",
        },
        "reconcile": {
            "task": "Check the online analysers against last night's lab grab samples for AB2.",
            "first": "Ammonia agrees within 0.04.",
            "a": ("scada_read", {"area": "AB2"}),
            "b": ("lab_results", {"date": "2026-03-02"}),
            "key": "signal",
            "items": [
                ("NH4_EFF", "AB2.NH4_EFF 1.70 mg/L @22:00", "NH4-N 1.66 mg/L"),
                ("PH", "AB2.PH 6.71 @22:00", "pH 6.74"),
                ("MLSS", "AB2.MLSS 3,310 mg/L @22:00", "MLSS 3,820 mg/L"),
            ],
            "final": "NH4 and pH agree within tolerance. The MLSS probe reads 13% low against the lab - probably fouled; raise a cleaning job.",
        },
        "recheck": {
            "task": "The zone 3 DO looks odd. Check it.",
            "spec": ("scada_read", {"tag": "AB2.DO_Z3"}),
            "checks": [
                "AB2.DO_Z3   0.12 mg/L   Q=SUSPECT (signal noise high)",
                "AB2.DO_Z3   0.58 mg/L   Q=GOOD",
                "AB2.DO_Z3   0.63 mg/L   Q=GOOD (cal 02:25)",
            ],
            "notes": [
                "0.12 with SUSPECT quality - I'd not trust that. Could someone wipe the membrane?",
                "0.58 and GOOD now the membrane's clean. Low but believable.",
                "0.63 after calibration - consistent. Real DO is around 0.6, so we are air-limited.",
            ],
            "user": ["Cleaned the membrane, look again.", "Recalibrated it as well. Once more?"],
        },
        "correction": {
            "question": "Which blower is out of service and why?",
            "first": ("blower_status", {"basin": "AB2"}, BLOWERS),
            "wrong": "B2 is out - it's under LOTO-118.",
            "user": "B2 is running at 97%. Read it again.",
            "sorry": "You're right, I read the wrong field. Checking the lockout record.",
            "second": (
                "loto_register",
                {"permit": "LOTO-118"},
                "LOTO-118 | asset B3 blower | reason: drive-end bearing replacement | issued 22:40 by J. Amos | expected release 14:00",
            ),
            "right": "It's B3, locked out at 22:40 for a drive-end bearing replacement; expected back at 14:00.",
            "third": (
                "work_order",
                {"asset": "B3"},
                "WO-30981 | B3 bearing replacement | parts on site | fitter booked 08:00",
            ),
            "final": "The fitter is booked for 08:00 and the parts are on site, so 14:00 looks realistic.",
        },
    }


LOGGER = "logger,shipment,min_c,max_c,mean_c,mins_above_8c,mins_below_2c,first_alarm\nTL-5507,SH-2291,2.9,11.4,5.1,47,0,2026-03-01T13:22"
SHIPMENT = "shipment,product,lots,doses,origin,destination,status\nSH-2291,MMR-II,MR-8830;MR-8831,1200,Central Depot,Northgate Clinic,QUARANTINED"
STABILITY = "product,condition,allowed_minutes,source\nMMR-II,8-25C,360,manufacturer letter 2024-11\nMMR-II,below 0C,0,SmPC 6.4"


def vaccine_cold_chain() -> Domain:
    return {
        "name": "vaccine_cold_chain",
        "task": (
            "Logger on shipment SH-2291 (MMR to Northgate Clinic) alarmed in transit. Decide whether the "
            "doses are usable and what we tell the clinic. Lot MR-8830 is under QA hold Q-77 - its "
            "quarantine is not ours to lift."
        ),
        "opening": [
            "Understood. I'll begin with the logger data, per the excursion SOP.",
            "Certainly. First the temperature record.",
            "Noted. Let me review the logger before anything else.",
            "Of course. Starting with TL-5507.",
        ],
        "acks": ["Noted.", "Certainly.", "Understood.", "Of course.", "Will do."],
        "look": [
            ("logger_readout", {"shipment": "SH-2291", "logger": "TL-5507"}, LOGGER),
            ("shipment_info", {"shipment": "SH-2291"}, SHIPMENT),
            ("stability_data", {"product": "MMR-II"}, STABILITY),
        ],
        "notes": [
            "Peak 11.4 C, 47 minutes above 8 C, never below 2 C.",
            "1,200 doses across two lots; the whole shipment is quarantined on arrival.",
            "The manufacturer allows 360 minutes at 8-25 C, so 47 minutes is within the budget - subject to any earlier excursions on these lots.",
        ],
        "again": [
            "Re-checking the logger record.",
            "Let me review TL-5507 once more.",
            "Checking the readout again for accuracy.",
            "One more pass over the logger data.",
            "Re-reading the temperature summary.",
            "Confirming the logger values again.",
        ],
        "vol": [
            LOGGER + "\n# exported @TS by cc-agent, export_id @RID",
            "# export_id @RID exported @TS\n" + LOGGER,
            "# exported @TS (row count 1) job @N\n" + LOGGER,
        ],
        "vkey": ("export_format_version", "counter"),
        "promise": [
            "I'll check the lots' cumulative excursion history next, then give you a decision.",
            "Next step is the lot history for earlier excursions; I'll follow with a recommendation.",
            "I'm going to review prior excursions on MR-8830 and MR-8831 and then advise.",
            "Let me pull the cumulative time-out-of-range for both lots; a decision will follow.",
            "I'll look at the excursion budget already used by these lots before deciding.",
            "Reviewing earlier excursions on the two lots now - I'll come back with the outcome.",
            "Lot history next. I'll have a usable/not-usable call after that.",
            "I need the lots' earlier exposures; checking those and then I'll report.",
        ],
        "nudges": [
            "continue please",
            "And?",
            "You said that last time.",
            "Clinic is asking.",
            "ok?",
            "Still waiting on the decision.",
        ],
        "analysis": [
            "In summary: 47 minutes above 8 C, a peak of 11.4 C, nothing below 2 C, against an allowance of 360 minutes. On this excursion alone the stock is usable.",
            "Restating the assessment - the excursion (47 min, max 11.4 C) is well inside the manufacturer's 360-minute allowance, and there was no freezing.",
            "To put it another way, the doses were warm for under an hour and never frozen; that is within the stability budget.",
            "So, on the data: below the 360-minute limit, no freeze exposure, peak 11.4 C. The excursion by itself does not make the stock unusable.",
            "Once more, for clarity: 47 of 360 allowed minutes used, no sub-zero readings. Acceptable, provided earlier excursions don't add up.",
            "The key point stands - a short warm excursion, no freezing, within allowance.",
            "Summarising again: usable on this excursion's evidence; 11.4 C peak for 47 minutes.",
            "In short, the excursion is within the manufacturer's stability allowance and there is no freeze damage.",
        ],
        "fail": (
            "release_stock",
            {"lot": "MR-8831", "doses": 600, "to": "Northgate Clinic"},
            "ERROR release blocked: QP e-signature missing on excursion report EXR-1140 (request @RID)",
        ),
        "retry": [
            "Retrying the release.",
            "Submitting the release once more.",
            "Let me try that again.",
            "Re-sending the release request.",
            "Another attempt.",
        ],
        "flip": {
            "set": "set_stock_status",
            "key": "status",
            "target": {"lot": "MR-8830", "site": "Central Depot"},
            "values": ["AVAILABLE", "QUARANTINE", "RELEASED_CONDITIONAL"],
            "set_obs": "status change to @V recorded; effective status unchanged: QA hold Q-77 on MR-8830 takes precedence",
            "check": (
                "stock_status",
                {"lot": "MR-8830"},
                "lot,status,hold,qty\nMR-8830,QUARANTINED,Q-77,600",
            ),
            "remarks": [
                "Still quarantined. Trying the other status.",
                "No effect; switching back.",
                "Perhaps the conditional release will take.",
                "Status unchanged.",
            ],
        },
        "draft_loop": {
            "request": "Draft the notice to Northgate Clinic. It must give them the replacement shipment number, SH-2304, so they can match it on arrival.",
            "ack": ["Certainly.", "Of course - checking the shipment first."],
            "lookup": ("shipment_info", {"shipment": "SH-2291"}, SHIPMENT),
            "slots": [
                [
                    "Dear Northgate Clinic team,",
                    "Dear colleagues at Northgate,",
                    "To the Northgate Clinic vaccine lead,",
                ],
                [
                    "The MMR-II delivery you received on 1 March (SH-2291) had a temperature excursion in transit.",
                    "Shipment SH-2291 recorded a temperature alarm during delivery.",
                    "Your recent MMR-II delivery, SH-2291, is under review following a transit temperature alarm.",
                ],
                [
                    "Please keep the stock quarantined and do not administer it.",
                    "Please do not use these doses for now; keep them refrigerated and labelled 'do not use'.",
                    "Kindly hold the doses in quarantine at 2-8 C.",
                ],
                [
                    "A replacement will be sent to you.",
                    "We are arranging replacement stock.",
                    "Replacement doses are being dispatched.",
                    "You will receive a replacement delivery shortly.",
                ],
                [
                    "Kind regards, Cold Chain Team",
                    "With thanks, Central Depot Cold Chain",
                    "Best regards, Cold Chain Coordination",
                ],
            ],
            "rejections": [
                "It needs the replacement shipment number - SH-2304.",
                "Still no SH-2304.",
                "They can't match 'a replacement'. Give the number.",
                "You've left out the shipment number again.",
                "No - SH-2304 must be in the notice.",
            ],
        },
        "apology": {
            "question": "What was the maximum temperature TL-5507 recorded?",
            "lookup": ("logger_readout", {"shipment": "SH-2291", "logger": "TL-5507"}, LOGGER),
            "answers": [
                "The maximum recorded was 8.0 C, at the alarm threshold.",
                "TL-5507 peaked at 8.0 C.",
                "It reached 8.0 C and no higher.",
                "Maximum 8.0 C - the top of the range.",
                "The highest reading was 8.0 C.",
            ],
            "sorry": [
                "I apologise.",
                "You're right, my apologies.",
                "Apologies for that.",
                "Sorry, noted.",
                "My error, apologies.",
            ],
            "corrections": [
                "8 C is the alarm limit. The max column says 11.4.",
                "That's not right - max_c is 11.4.",
                "You're giving me the threshold again. What's the max?",
                "Read the max_c column please.",
            ],
        },
        "churn": {
            "task": "Record on EXR-1140 that the excursion is within the manufacturer's allowance, so QA can sign.",
            "write": (
                "update_excursion_report",
                {
                    "report": "EXR-1140",
                    "field": "assessment",
                    "value": "Within manufacturer allowance (47/360 min, no freeze)",
                },
                "EXR-1140 assessment saved (version @N)",
            ),
            "read": (
                "get_excursion_report",
                {"report": "EXR-1140"},
                "report,shipment,assessment,qp_signature\nEXR-1140,SH-2291,Within manufacturer allowance (47/360 min; no freeze),PENDING",
            ),
            "remarks": [
                "Confirming the assessment saved correctly.",
                "Saving it again to be certain.",
                "Verifying the field once more.",
                "Re-saving in case the earlier write didn't persist.",
                "Checking the report reflects the assessment.",
            ],
        },
        # progress material
        "wait_tool": "wait",
        "pages": {
            "task": "List every excursion this quarter on MMR-II shipments - QA wants the full set.",
            "tool": "excursion_register",
            "calls": [
                (
                    {"product": "MMR-II", "quarter": "2026Q1", "offset": 0, "limit": 5},
                    "report,shipment,mins_out,max_c\nEXR-1090,SH-2110,12,8.6\nEXR-1101,SH-2150,95,13.1\nEXR-1117,SH-2198,6,8.2\nEXR-1122,SH-2205,0,1.4(min)\nEXR-1130,SH-2240,31,9.9\n(total 8)",
                ),
                (
                    {"product": "MMR-II", "quarter": "2026Q1", "offset": 5, "limit": 5},
                    "report,shipment,mins_out,max_c\nEXR-1134,SH-2262,18,8.9\nEXR-1138,SH-2277,4,8.1\nEXR-1140,SH-2291,47,11.4\n(total 8)",
                ),
            ],
            "notes": [
                "Five of eight; EXR-1122 is a cold excursion (1.4 C), the rest warm.",
                "The last three, including ours.",
            ],
            "final": "8 MMR-II excursions in Q1: 7 warm (4 to 95 minutes; longest EXR-1101 at 95 min / 13.1 C) and one cold (EXR-1122, 1.4 C). Ours, EXR-1140, is the second longest.",
        },
        "retry_ok": {
            "task": "What temperature range did TL-5507 see?",
            "errors": [
                (
                    (
                        "logger_readout",
                        {"logger": "TL-5507"},
                        "ERROR 400: 'shipment' is required (loggers are reused across shipments)",
                    ),
                    True,
                    "It needs the shipment as well.",
                ),
                (
                    ("logger_readout", {"shipment": "SH-2291", "logger": "TL-5507"}, LOGGER),
                    False,
                    "2.9 to 11.4 C.",
                ),
            ],
            "final": "TL-5507 on SH-2291 ranged 2.9-11.4 C with 47 minutes above 8 C. The shipment is 1,200 doses across MR-8830 and MR-8831.",
        },
        "poll": {
            "task": "QA is reviewing EXR-1140. Tell me when the QP has signed.",
            "tool": "get_excursion_report",
            "args": {"report": "EXR-1140"},
            "states": [
                "report,qp_signature,status\nEXR-1140,PENDING,IN_REVIEW",
                "report,qp_signature,status\nEXR-1140,PENDING,IN_REVIEW",
                "report,qp_signature,status\nEXR-1140,PENDING,QUERY_RAISED (lot history requested)",
                "report,qp_signature,status\nEXR-1140,SIGNED (Dr N. Hale 15:42),APPROVED_USE",
            ],
            "final": "Dr Hale signed EXR-1140 at 15:42 after querying the lot history: approved for use. MR-8831 can go; MR-8830 still needs Q-77 lifted separately.",
        },
        "updates": {
            "task": "The replacement shipment SH-2304 is on the road. Give me its temperature each time you check.",
            "tool": "logger_live",
            "args": {"shipment": "SH-2304"},
            "states": [
                "logger,temp_c,location,time\nTL-5612,4.6,Depot dock,09:10",
                "logger,temp_c,location,time\nTL-5612,5.2,M62 J24,10:05",
                "logger,temp_c,location,time\nTL-5612,6.8,Huddersfield Rd (stationary 14 min),10:48",
                "logger,temp_c,location,time\nTL-5612,5.1,Northgate Clinic,11:20",
            ],
            "notes": [
                "4.6 C at the dock.",
                "5.2 C on the M62.",
                "6.8 C - warming while the van's been stationary 14 minutes; still inside 2-8.",
                "5.1 C and delivered to Northgate at 11:20. No excursion.",
            ],
        },
        "drafts": {
            "request": "Draft the notice to Northgate about SH-2291. Short, please.",
            "lookup": ("shipment_info", {"shipment": "SH-2291"}, SHIPMENT),
            "texts": [
                "Dear Northgate, SH-2291 had a transit temperature alarm. Please keep the MMR-II quarantined; a replacement is on its way.",
                "Dear Northgate, SH-2291 had a transit temperature alarm. Please keep the MMR-II quarantined at 2-8 C and label it 'do not use'; replacement shipment SH-2304 arrives Wednesday morning.",
                "Dear Northgate, SH-2291 had a transit temperature alarm. Please keep the MMR-II quarantined at 2-8 C and label it 'do not use'; replacement shipment SH-2304 arrives Wednesday morning. Our courier will collect SH-2291 at the same time.",
            ],
            "feedback": [
                "Give the replacement number and when it lands, and say how to store the held stock.",
                "Tell them we'll collect the old stock when the new one arrives.",
            ],
            "approve": "Good. Send.",
            "sent": "Notice N-4471 sent by secure email; I'll check for the read receipt before lunch.",
            "send": (
                "send_notice",
                {"site": "Northgate Clinic", "channel": "secure_email", "body_ref": "draft-3"},
                "notice N-4471 sent 10:02; read receipt requested",
            ),
        },
        "converge": {
            "task": "The depot's fridge F-3 is running warm. Bring it into 3.5-6.0 C.",
            "set": "set_fridge_setpoint",
            "key": "setpoint_c",
            "target": {"fridge": "F-3"},
            "values": [4.5, 3.0, 4.0],
            "set_obs": "F-3 setpoint @V C applied",
            "check": ("fridge_temp", {"fridge": "F-3", "window_min": 30}),
            "checks": [
                "fridge,mean_c,min_c,max_c\nF-3,6.4,5.9,6.9",
                "fridge,mean_c,min_c,max_c\nF-3,3.3,2.6,3.9",
                "fridge,mean_c,min_c,max_c\nF-3,4.7,4.2,5.3",
            ],
            "notes": [
                "Mean 6.4 with peaks of 6.9 - still too warm. Lowering further.",
                "Now 3.3 mean with a 2.6 minimum - too cold. Back up a little.",
                "4.7 mean, 4.2-5.3. Inside the band; leaving F-3 at 4.0.",
            ],
        },
        "transient": {
            "follow": 0,
            "task": "How long can MMR-II be out of range according to the manufacturer?",
            "spec": ("stability_data", {"product": "MMR-II"}, STABILITY),
            "errors": [
                "ERROR 502: regulatory-docs service restarting",
                "ERROR timeout (15s) contacting regulatory-docs",
            ],
            "note": "360 minutes at 8-25 C; none below 0 C.",
            "final": "360 minutes cumulative at 8-25 C and zero tolerance for freezing. SH-2291 used 47 minutes, so it comes down to the lots' earlier history.",
        },
        "search": {
            "task": "Find the manufacturer's stability letter for MMR-II so I can attach it to the excursion report.",
            "tool": "doc_search",
            "queries": [
                (
                    {"q": "MMR stability"},
                    "23 documents (SmPCs, letters, internal memos, 2019-2026)",
                ),
                (
                    {"q": "MMR-II stability letter manufacturer"},
                    "5 documents: ML-2019-03, ML-2021-08, ML-2024-11, MEMO-88, SmPC-MMR-II",
                ),
                ({"q": "MMR-II stability letter", "year": 2024}, "1 document: ML-2024-11"),
            ],
            "notes": ["Too many.", "Three letters; I want the current one."],
            "read": (
                "read_document",
                {"doc": "ML-2024-11"},
                "ML-2024-11 (Manufacturer medical affairs, 14 Nov 2024): MMR-II may be exposed to 8-25 C for a cumulative 360 minutes over its shelf life without loss of potency. Supersedes ML-2021-08.",
            ),
            "final": "ML-2024-11 (14 Nov 2024): cumulative 360 minutes at 8-25 C, supersedes the 2021 letter. I'll attach that one.",
        },
        "edit": {
            "task": "EXR-1140's corrective-action field is wrong. Fix it to match what actually happened.",
            "read": ("get_excursion_report", {"report": "EXR-1140", "field": "corrective_action"}),
            "reads": [
                "EXR-1140 corrective_action: 'Driver retrained'",
                "EXR-1140 corrective_action: 'Van V-17 reefer unit serviced (compressor relay replaced 02-Mar)'",
                "EXR-1140 corrective_action: 'Van V-17 reefer unit serviced (compressor relay replaced 02-Mar); V-17 route loggers set to 5-min interval'",
            ],
            "write": "update_excursion_report",
            "edits": [
                (
                    {
                        "report": "EXR-1140",
                        "field": "corrective_action",
                        "value": "Van V-17 reefer unit serviced (compressor relay replaced 02-Mar)",
                    },
                    "saved (version 4)",
                ),
                (
                    {
                        "report": "EXR-1140",
                        "field": "corrective_action",
                        "append": "V-17 route loggers set to 5-min interval",
                    },
                    "saved (version 5)",
                ),
            ],
            "notes": [
                "The cause was the reefer relay, not the driver.",
                "Updated. I'll also record the logging interval change.",
            ],
            "final": "Corrective action now records the relay repair and the 5-minute logging on V-17's route.",
        },
        "reconcile": {
            "task": "Check the two lots in SH-2291 against the depot's stock records - dispatched quantities should match.",
            "first": "MR-8830 matches at 600.",
            "a": ("shipment_lines", {"shipment": "SH-2291"}),
            "b": ("stock_movements", {"site": "Central Depot", "date": "2026-03-01"}),
            "key": "lot",
            "items": [
                (
                    "MR-8830",
                    "lot,doses\nMR-8830,600",
                    "lot,movement,doses\nMR-8830,OUT SH-2291,600",
                ),
                (
                    "MR-8831",
                    "lot,doses\nMR-8831,600",
                    "lot,movement,doses\nMR-8831,OUT SH-2291,500\nMR-8831,OUT SH-2292,100",
                ),
            ],
            "final": "MR-8830 matches (600). MR-8831 shows 600 on the shipment but the depot booked 500 to SH-2291 and 100 to SH-2292 - a booking error worth raising before the release.",
        },
        "recheck": {
            "task": "Northgate says their fridge display reads 9 C. Check their logger.",
            "spec": ("logger_live", {"site": "Northgate Clinic", "fridge": "NG-F1"}),
            "checks": [
                "logger,temp_c,door,time\nNG-L2,9.1,OPEN 6 min,12:04",
                "logger,temp_c,door,time\nNG-L2,7.4,closed,12:19",
                "logger,temp_c,door,time\nNG-L2,5.0,closed,12:41",
            ],
            "notes": [
                "9.1 C with the door open for 6 minutes. Ask them to close it and I'll look again.",
                "7.4 and falling with the door shut.",
                "5.0 C - recovered. About 20 minutes above 8 C, which I'll log as a minor excursion.",
            ],
            "user": ["They've shut the door. Check again?", "Another 20 minutes on - how is it?"],
        },
        "correction": {
            "question": "How many doses are in SH-2291?",
            "first": ("shipment_info", {"shipment": "SH-2291"}, SHIPMENT),
            "wrong": "600 doses, lot MR-8830.",
            "user": "There are two lots on it.",
            "sorry": "You're right - I only counted the first lot. Checking both lines.",
            "second": (
                "shipment_lines",
                {"shipment": "SH-2291"},
                "lot,doses\nMR-8830,600\nMR-8831,600",
            ),
            "right": "1,200 doses: 600 of MR-8830 and 600 of MR-8831.",
            "third": (
                "stock_status",
                {"lot": "MR-8831"},
                "lot,status,hold,qty\nMR-8831,QUARANTINED,none,600",
            ),
            "final": "MR-8831 is only in routine excursion quarantine, so once EXR-1140 is signed it can be released; MR-8830 also has Q-77.",
        },
    }


Q_ACT = "select pid, state, wait_event_type, wait_event, now() - query_start as age, left(query, 40) from pg_stat_activity where query ilike '%region_id%'"
R_ACT = (
    " pid  | state  | wait_event_type | wait_event | age      | left\n"
    "------+--------+-----------------+------------+----------+------------------------------------------\n"
    " 4411 | active | Lock            | relation   | 00:14:32 | ALTER TABLE orders ADD COLUMN region_id\n"
    "(1 row)"
)
Q_LOCKS = "select pid, mode, granted from pg_locks where relation = 'orders'::regclass"
R_LOCKS = (
    " pid  | mode                | granted\n"
    "------+---------------------+---------\n"
    " 3981 | AccessShareLock     | t\n"
    " 4411 | AccessExclusiveLock | f\n"
    "(2 rows)"
)
Q_BLOCKER = "select pid, usename, application_name, state, now() - xact_start as xact_age from pg_stat_activity where pid = 3981"
R_BLOCKER = (
    " pid  | usename  | application_name | state               | xact_age\n"
    "------+----------+------------------+---------------------+----------\n"
    " 3981 | metabase | Metabase         | idle in transaction | 02:41:07\n"
    "(1 row)"
)


def postgres_schema_migration() -> Domain:
    return {
        "name": "postgres_schema_migration",
        "task": (
            "migration 0042 (orders.region_id, NOT NULL with backfill) has been hanging on prod-eu for a "
            "quarter of an hour. figure out why and get it through. replica-2 is analytics' box - "
            "don't change anything on it."
        ),
        "opening": [
            "looking at pg_stat_activity first.",
            "ok. checking what 0042 is waiting on.",
            "on it - starting with the session list.",
            "sure. first, what's the migration doing right now.",
        ],
        "acks": ["ok.", "sure.", "right.", "on it.", "fine."],
        "look": [
            ("run_sql", {"db": "prod-eu", "sql": Q_ACT}, R_ACT),
            ("run_sql", {"db": "prod-eu", "sql": Q_LOCKS}, R_LOCKS),
            ("run_sql", {"db": "prod-eu", "sql": Q_BLOCKER}, R_BLOCKER),
        ],
        "notes": [
            "pid 4411 is the ALTER, waiting on a relation lock for 14 minutes.",
            "it wants AccessExclusive on orders and pid 3981 holds AccessShare.",
            "3981 is Metabase, idle in transaction for 2h41m. that's the blocker.",
        ],
        "again": [
            "checking pg_stat_activity again.",
            "re-running the activity query.",
            "one more look at the session.",
            "again, the activity view.",
            "let me re-query that.",
            "refreshing the session list.",
        ],
        "vol": [R_ACT + "\n\nTime: @N.482 ms", "-- backend @RID\n" + R_ACT + "\n\nTime: 3.@N ms"],
        "vkey": ("application_name", "hex"),
        "promise": [
            "next i'll check with the analytics on-call whether 3981 can be terminated, then re-run 0042.",
            "going to confirm with analytics that killing the metabase session is ok, then retry the migration.",
            "i'll get a yes from analytics on terminating pid 3981 and then push 0042 through.",
            "plan: ask analytics about 3981, terminate it, re-run. doing that now.",
            "let me reach analytics about the idle metabase transaction; migration retry right after.",
            "i'm about to ping analytics re pid 3981 so we can kill it and re-run 0042.",
            "checking with the analytics team about that session next, then i'll re-run.",
            "i'll sort the metabase session with analytics and then get 0042 going again.",
        ],
        "nudges": [
            "and?",
            "go on",
            "you already said that",
            "still hanging here",
            "ok?",
            "any update",
        ],
        "analysis": [
            "so: 0042's ALTER needs AccessExclusive on orders, and a metabase session idle in transaction since 2h41m ago holds AccessShare. nothing moves until that session ends.",
            "restating: the migration is blocked by pid 3981, metabase, idle in transaction. its AccessShare lock conflicts with the ALTER's AccessExclusive.",
            "the short version is that an idle-in-transaction metabase connection is holding a lock on orders and the ALTER queues behind it.",
            "in other words, it's lock contention, not the backfill: 4411 waits on 3981, which has been idle in a transaction for hours.",
            "to sum up again - blocker is metabase pid 3981, idle in transaction, AccessShare on orders; the migration can't take its exclusive lock.",
            "so yes, 3981 is the culprit. it's been sitting in an open transaction for over two and a half hours.",
            "bottom line: metabase left a transaction open, and that blocks the ALTER TABLE.",
            "put differently, the migration itself is fine; it's stuck behind one idle transaction from metabase.",
        ],
        "fail": (
            "run_migration",
            {"db": "prod-eu", "migration": "0042", "lock_timeout": "5s"},
            'ERROR:  canceling statement due to lock timeout\nCONTEXT:  SQL statement "ALTER TABLE orders ADD COLUMN region_id bigint"\nmigration 0042 rolled back (attempt @N)',
        ),
        "reworded": [
            {"db": "prod-eu", "migration": "0042", "lock_timeout": "10s"},
            {"database": "prod-eu", "version": 42},
            {"db": "prod-eu", "migration": "0042_add_region_id"},
            {"db": "prod-eu", "migration": "0042", "lock_timeout": "5000ms", "retries": 3},
            {"db": "PROD-EU", "migration": "0042"},
            {"db": "prod-eu", "migration": "0042", "lock_timeout": "30s", "statement_timeout": "0"},
        ],
        "retry": ["retrying.", "again.", "one more go.", "re-running 0042.", "trying that again."],
        "flip": {
            "set": "alter_system",
            "key": "value",
            "target": {"host": "replica-2", "param": "hot_standby_feedback"},
            "values": ["on", "off"],
            "set_obs": "ALTER SYSTEM SET hot_standby_feedback = '@V'; SELECT pg_reload_conf() -> t",
            "check": ("run_sql", {"db": "prod-eu", "sql": Q_ACT}, R_ACT),
            "remarks": [
                "still waiting on the lock. flipping it back.",
                "no change on prod-eu.",
                "maybe the other way round then.",
                "4411 still waiting.",
            ],
        },
        "stall": (
            "migration_status",
            {"db": "prod-eu", "migration": "0042"},
            "0042 | state: waiting_for_lock | started 07:31:02 | rows backfilled 0 / 18,204,331",
        ),
        "stall_task": "0042 is running on prod-eu. tell me when it's done so I can deploy the app change.",
        "waits": [
            "still waiting_for_lock. i'll check again shortly.",
            "no progress yet, 0 rows. checking back in a bit.",
            "same state. will look again.",
            "hasn't moved. i'll keep an eye on it.",
            "0 backfilled still. checking again soon.",
            "waiting_for_lock. i'll re-check.",
        ],
        "cursor": {
            "task": "which migrations have run on prod-eu but not on prod-us? list them all.",
            "tool": "list_migrations",
            "args": {"db": "prod-eu", "limit": 25},
            "key": "after",
            "value": "0025",
            "page1": "version | name                       | applied_at\n0001 | init                        | 2023-02-11\n... (25 rows)\n0025 | invoices_add_due_date       | 2024-06-03\nnext: after=0025",
            "page2": "version | name                       | applied_at\n0026 | customers_email_citext      | 2024-06-19\n... (25 rows)\n0050 | orders_partition_by_month   | 2025-11-30\nnext: after=0050",
            "narr": [
                "next page.",
                "fetching 0051 onwards.",
                "next 25.",
                "continuing.",
                "rest of the list.",
                "on to the last page.",
            ],
        },
        "churn": {
            "task": "set lock_timeout to 5s for the migrator role so future migrations fail fast instead of queueing.",
            "write": (
                "run_sql",
                {"db": "prod-eu", "sql": "alter role migrator set lock_timeout = '5s'"},
                "ALTER ROLE\nTime: @N.07 ms",
            ),
            "read": (
                "run_sql",
                {
                    "db": "prod-eu",
                    "sql": "select rolconfig from pg_roles where rolname = 'migrator'",
                },
                " rolconfig\n--------------------\n {lock_timeout=5s}\n(1 row)",
            ),
            "remarks": [
                "verifying.",
                "applying again to be sure.",
                "double-checking the role config.",
                "confirming it stuck.",
                "re-applying.",
            ],
        },
        # progress material
        "wait_tool": "sleep",
        "pages": {
            "task": "which migrations have run on prod-eu but not on prod-us?",
            "tool": "list_migrations",
            "calls": [
                ({"db": "prod-eu", "limit": 25}, "0001 .. 0025 (25 rows)\nnext: after=0025"),
                (
                    {"db": "prod-eu", "limit": 25, "after": "0025"},
                    "0026 .. 0041 (16 rows), 0042 (state: running)\nnext: none",
                ),
                ({"db": "prod-us", "limit": 50}, "0001 .. 0039 (39 rows)\nnext: none"),
            ],
            "notes": ["first 25 on eu.", "eu goes to 0041 applied, 0042 running."],
            "final": "prod-us stops at 0039. so 0040 and 0041 are on eu but not us, plus 0042 in flight.",
        },
        "docs": {
            "task": "give me the gist of the three docs on this migration before we decide anything: the PR, the runbook and the incident from last time.",
            "items": [
                (
                    (
                        "read_doc",
                        {"ref": "PR-2291"},
                        "PR-2291: add orders.region_id. adds nullable column, backfills in 10k batches, then SET NOT NULL via a CHECK constraint NOT VALID + VALIDATE.",
                    ),
                    "PR: nullable add, batched backfill, then NOT NULL through a NOT VALID check - the safe pattern.",
                ),
                (
                    (
                        "read_doc",
                        {"ref": "RUNBOOK-db-migrations"},
                        "runbook: always set lock_timeout; if blocked, identify blocker via pg_locks; idle-in-transaction sessions older than 1h may be terminated after notifying owner.",
                    ),
                    "runbook says we may terminate idle-in-transaction sessions older than an hour, after telling the owner.",
                ),
                (
                    (
                        "read_doc",
                        {"ref": "INC-0871"},
                        "INC-0871 (2025-09): ALTER on payments blocked by BI tool idle transaction; 40 min of queued writes behind the lock; fix: terminate + idle_in_transaction_session_timeout for BI roles (never applied).",
                    ),
                    "INC-0871 was the same thing with a BI tool; the timeout fix was never applied.",
                ),
            ],
            "final": "everything points the same way: notify analytics, terminate 3981 under the runbook, re-run 0042 with lock_timeout, and finally apply the idle_in_transaction timeout INC-0871 asked for.",
        },
        "poll": {
            "task": "3981's been terminated and 0042 is re-running. tell me when it's finished.",
            "tool": "migration_status",
            "args": {"db": "prod-eu", "migration": "0042"},
            "states": [
                "0042 | state: backfilling | rows 2,110,000 / 18,204,331",
                "0042 | state: backfilling | rows 8,940,000 / 18,204,331",
                "0042 | state: backfilling | rows 18,204,331 / 18,204,331",
                "0042 | state: validating constraint | rows 18,204,331 / 18,204,331",
                "0042 | state: done | finished 08:19:44",
            ],
            "final": "0042 finished at 08:19:44: backfill complete and NOT NULL validated. you can deploy.",
        },
        "updates": {
            "task": "keep me posted on the backfill every time you check.",
            "tool": "migration_status",
            "args": {"db": "prod-eu", "migration": "0042"},
            "states": [
                "0042 | backfilling | 1,200,000 / 18,204,331 | 14,800 rows/s",
                "0042 | backfilling | 5,630,000 / 18,204,331 | 15,100 rows/s",
                "0042 | backfilling | 11,020,000 / 18,204,331 | 13,900 rows/s",
                "0042 | backfilling | 16,870,000 / 18,204,331 | 14,600 rows/s",
            ],
            "notes": [
                "1.2M of 18.2M, ~15k rows/s.",
                "5.6M (31%).",
                "11.0M, 61% - slowed slightly to 13.9k/s.",
                "16.9M, 93%. about 90 seconds left.",
            ],
        },
        "entities": {
            "task": "has 0042 been applied on every cluster? check all four.",
            "tool": "migration_status",
            "args": {"migration": "0042"},
            "key": "db",
            "items": [
                ("prod-eu", "0042 | done | finished 08:19:44"),
                ("prod-us", "0042 | not started | latest applied 0039"),
                ("staging", "0042 | done | finished 2026-02-27 16:02"),
                ("prod-apac", '0042 | failed | ERROR: column "region_id" already exists'),
            ],
            "mid": "eu and staging done, us hasn't even got 0040.",
            "final": "done on prod-eu and staging; prod-us is three migrations behind; prod-apac failed because region_id already exists there - someone added it by hand. that needs a look before re-running.",
        },
        "converge": {
            "task": "the backfill is causing replication lag. tune the batch size so lag stays under 10s and it still finishes within 3 hours.",
            "set": "set_migration_param",
            "key": "batch_size",
            "target": {"db": "prod-eu", "migration": "0042"},
            "values": [50000, 5000, 20000],
            "set_obs": "0042 batch_size = @V (takes effect next batch)",
            "check": ("replication_lag", {"db": "prod-eu"}),
            "checks": [
                "replica-1 lag 38s | replica-2 lag 41s | backfill eta 0:52",
                "replica-1 lag 1.8s | replica-2 lag 2.1s | backfill eta 9:04",
                "replica-1 lag 6.9s | replica-2 lag 7.4s | backfill eta 2:11",
            ],
            "notes": [
                "50k: lag 38-41s. way too high.",
                "5k: lag ~2s but 9 hours. too slow.",
                "20k: lag 7s, eta 2h11. both targets met.",
            ],
        },
        "transient": {
            "follow": 1,
            "task": "who's holding the lock on orders?",
            "spec": ("run_sql", {"db": "prod-eu", "sql": Q_BLOCKER}, R_BLOCKER),
            "errors": [
                "FATAL:  sorry, too many clients already",
                "FATAL:  remaining connection slots are reserved for non-replication superuser connections",
            ],
            "note": "got in. 3981 is metabase, idle in transaction 2h41m.",
            "final": "the blocker is metabase pid 3981, idle in transaction for 2h41m, holding AccessShare on orders. also worth noting we hit max_connections twice just now.",
        },
        "questions": [
            (
                "what's 0042 waiting on?",
                ("run_sql", {"db": "prod-eu", "sql": Q_ACT}, R_ACT),
                "a relation lock on orders; it has waited 14 minutes.",
            ),
            (
                "who holds it?",
                ("run_sql", {"db": "prod-eu", "sql": Q_LOCKS}, R_LOCKS),
                "pid 3981, with AccessShareLock; 0042 wants AccessExclusive.",
            ),
            (
                "and what is 3981?",
                ("run_sql", {"db": "prod-eu", "sql": Q_BLOCKER}, R_BLOCKER),
                "metabase, idle in transaction for 2h41m. safe to terminate under the runbook once analytics are told.",
            ),
        ],
        "edit": {
            "task": "0042's migration file sets NOT NULL directly. change it to the NOT VALID check pattern before we re-run.",
            "read": ("read_file", {"path": "db/migrations/0042_add_region_id.sql"}),
            "reads": [
                "1 ALTER TABLE orders ADD COLUMN region_id bigint;\n2 -- backfill in batches (see job)\n3 ALTER TABLE orders ALTER COLUMN region_id SET NOT NULL;",
                "1 ALTER TABLE orders ADD COLUMN region_id bigint;\n2 -- backfill in batches (see job)\n3 ALTER TABLE orders ADD CONSTRAINT orders_region_id_nn CHECK (region_id IS NOT NULL) NOT VALID;\n4 ALTER TABLE orders VALIDATE CONSTRAINT orders_region_id_nn;",
                "0 SET lock_timeout = '5s';\n1 ALTER TABLE orders ADD COLUMN region_id bigint;\n2 -- backfill in batches (see job)\n3 ALTER TABLE orders ADD CONSTRAINT orders_region_id_nn CHECK (region_id IS NOT NULL) NOT VALID;\n4 ALTER TABLE orders VALIDATE CONSTRAINT orders_region_id_nn;",
            ],
            "write": "edit_file",
            "edits": [
                (
                    {
                        "path": "db/migrations/0042_add_region_id.sql",
                        "line": 3,
                        "replace_with": "ALTER TABLE orders ADD CONSTRAINT orders_region_id_nn CHECK (region_id IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_region_id_nn;",
                    },
                    "ok, 1 line replaced by 2",
                ),
                (
                    {
                        "path": "db/migrations/0042_add_region_id.sql",
                        "insert_before": 1,
                        "text": "SET lock_timeout = '5s';",
                    },
                    "ok, 1 line inserted",
                ),
            ],
            "notes": [
                "line 3 does a full-table SET NOT NULL under AccessExclusive. replacing it.",
                "good. also adding a lock_timeout at the top.",
            ],
            "final": "file now adds a NOT VALID check, validates separately, and sets lock_timeout 5s first.",
        },
        "reconcile": {
            "task": "compare the orders, invoices and customers tables between prod-eu and prod-us - column counts should match once 0042 is out.",
            "first": "orders differs by one column - region_id, as expected.",
            "a": ("describe_table", {"db": "prod-eu"}),
            "b": ("describe_table", {"db": "prod-us"}),
            "key": "table",
            "items": [
                ("orders", "orders: 24 columns (incl. region_id)", "orders: 23 columns"),
                (
                    "invoices",
                    "invoices: 17 columns",
                    "invoices: 16 columns (missing due_reminder_at)",
                ),
                ("customers", "customers: 12 columns", "customers: 12 columns"),
            ],
            "final": "customers match. orders differs by region_id (expected, 0042). invoices is missing due_reminder_at on us - that's 0040, which never ran there.",
        },
        "bisect": {
            "task": "the monthly revenue report got slow sometime between migrations 0030 and 0041. find which one.",
            "tool": "explain_at_version",
            "calls": [
                (
                    {"report": "monthly_revenue", "version": "0035"},
                    "plan: Index Scan using orders_created_at_idx | est. cost 1,840",
                ),
                (
                    {"report": "monthly_revenue", "version": "0038"},
                    "plan: Seq Scan on orders | est. cost 412,600",
                ),
                (
                    {"report": "monthly_revenue", "version": "0036"},
                    "plan: Index Scan using orders_created_at_idx | est. cost 1,850",
                ),
                (
                    {"report": "monthly_revenue", "version": "0037"},
                    "plan: Seq Scan on orders | est. cost 412,550",
                ),
            ],
            "notes": ["fine at 0035, seq scan by 0038.", "0036 fine, 0037 seq scan."],
            "final": "0037 did it. it's the migration that rewrote created_at as timestamptz, which probably invalidated orders_created_at_idx's usefulness for the report's date cast.",
        },
        "correction": {
            "question": "how big is the orders table?",
            "first": (
                "run_sql",
                {"db": "prod-eu", "sql": "select pg_size_pretty(pg_relation_size('orders'))"},
                " pg_size_pretty\n----------------\n 6120 MB\n(1 row)",
            ),
            "wrong": "about 6.1 GB.",
            "user": "that's just the heap. I meant with indexes and toast.",
            "sorry": "right, pg_relation_size is the main fork only. re-running with the total.",
            "second": (
                "run_sql",
                {"db": "prod-eu", "sql": "select pg_size_pretty(pg_total_relation_size('orders'))"},
                " pg_size_pretty\n----------------\n 14 GB\n(1 row)",
            ),
            "right": "14 GB including indexes and toast.",
            "third": (
                "run_sql",
                {"db": "prod-eu", "sql": "select pg_size_pretty(pg_indexes_size('orders'))"},
                " pg_size_pretty\n----------------\n 7410 MB\n(1 row)",
            ),
            "final": "so roughly 6.1 GB heap, 7.4 GB indexes, the rest toast. worth knowing since 0042 rewrites nothing but will add an index later.",
        },
    }


FLUX = "STN    PARAM     VALUE  UNIT  QC  WINDOW\nKRU-E  SO2_flux  4120   t/d   OK  05:00-06:00Z\n7-day median 1380 t/d"
HEALTH = "KRU-E  batt 13.1 V | spec temp 21.4 C | dark current nominal | last cal 2026-02-20 | GPS lock YES | scans/h 58"
WIND = "wind 05Z (ECMWF-HRES): 7.8 m/s from 262 deg | plume bearing 082 | plume height 1.2 km above vent"


def volcano_gas_monitoring() -> Domain:
    return {
        "name": "volcano_gas_monitoring",
        "task": (
            "SO2 flux at Karu jumped overnight. Before the 09:00 alert-level call we need to know whether "
            "it's real or an instrument artefact. KRU-N belongs to the partner observatory - its "
            "configuration is theirs, not ours."
        ),
        "opening": [
            "Let's start with the flux time series from KRU-E.",
            "Right - first the overnight flux numbers.",
            "Good. I'll look at the measurement before the instrument.",
            "Understood; beginning with KRU-E.",
        ],
        "acks": ["Right.", "Sure.", "Good question.", "Okay.", "Understood."],
        "look": [
            ("gas_reading", {"station": "KRU-E", "param": "SO2_flux"}, FLUX),
            ("station_health", {"station": "KRU-E"}, HEALTH),
            ("wind_model", {"site": "Karu summit", "hour": "05Z"}, WIND),
        ],
        "notes": [
            "4120 t/d against a 7-day median of 1380 - three times normal.",
            "The instrument looks healthy: calibrated two weeks ago, dark current nominal, full scan rate.",
            "Wind put the plume straight over KRU-E's scan plane, so the geometry was good, not marginal.",
        ],
        "again": [
            "Reading the KRU-E flux again.",
            "Another look at the flux.",
            "Let me pull the SO2 value once more.",
            "Re-reading KRU-E.",
            "Checking the number again.",
            "Once more, the overnight flux.",
        ],
        "vol": [FLUX + "\nretrieved @TS  req @RID", "req @RID  retrieved @TS\n" + FLUX],
        "vkey": ("as_of", "clock", "2026-03-03T"),
        "promise": [
            "I'll compare against the satellite overpass next and then give you a verdict.",
            "Next: the TROPOMI overpass for cross-validation. Verdict to follow.",
            "Let me check the satellite retrieval, after which I'll say whether the jump is real.",
            "I'm going to pull the overpass data now and come back with an answer.",
            "Satellite comparison next, then a conclusion for the 09:00 call.",
            "I'll get the TROPOMI column and follow up with my assessment.",
            "Cross-checking with the satellite is the next step; I'll report after.",
            "Fetching the overpass now. You'll have a real-or-artefact call shortly.",
        ],
        "nudges": [
            "well?",
            "continue",
            "You said that a minute ago.",
            "The call starts in 20 minutes.",
            "ok?",
            "Any conclusion?",
        ],
        "analysis": [
            "So the flux tripled overnight, the instrument is healthy and the wind geometry was good. That argues for a real increase.",
            "Taken together: a threefold rise, no instrument faults, favourable plume geometry. I'd read this as genuine degassing.",
            "To restate, 4120 t/d versus 1380, with a clean bill of health on KRU-E and a well-placed plume. It looks real.",
            "In summary the jump is not explained by the instrument or by the wind; the simplest reading is more SO2 coming out.",
            "Put differently, nothing in the station health or the geometry suggests an artefact, so the increase is probably volcanic.",
            "Again: healthy spectrometer, good plume bearing, three times the median. Real, on this evidence.",
            "So, in short, the data support a genuine increase in SO2 emission overnight.",
            "Summing up once more - no artefact indicators, strong signal. A real rise.",
        ],
        "fail": (
            "fetch_spectra",
            {"station": "KRU-E", "scan": "2026-03-03T05:12Z"},
            "ERROR: no scan '2026-03-03T05:12Z' in archive. Scans are addressed by scan id (e.g. KRU-E-20260303-0512-A); use list_scans to find ids. [req @RID]",
        ),
        "reworded": [
            {"station": "KRU-E", "scan": "2026-03-03 05:12"},
            {"station": "KRU-E", "time": "05:12Z"},
            {"station": "kru-e", "scan": "20260303T0512Z"},
            {"stn": "KRU-E", "scan": "2026-03-03T05:12:00Z"},
            {"station": "KRU-E", "scan": "2026-03-03T05:12Z", "format": "raw"},
            {"station": "KRU-E", "scan_time": 1772514720},
        ],
        "retry": [
            "Trying again.",
            "Another attempt at the spectrum.",
            "Once more.",
            "Retrying the fetch.",
            "Let me re-request it.",
        ],
        "flip": {
            "set": "set_station_config",
            "key": "scan_interval_s",
            "target": {"station": "KRU-N"},
            "values": [60, 300, 120],
            "set_obs": "KRU-N config change scan_interval_s=@V queued; NOT APPLIED - owner ptnr-obs approval required",
            "check": (
                "station_health",
                {"station": "KRU-N"},
                "KRU-N  scan interval 300 s (owner ptnr-obs) | last scan 06:10Z | scans/h 12",
            ),
            "remarks": [
                "Still 12 scans an hour. Changing it back.",
                "No effect.",
                "Let me try a different interval.",
                "KRU-N unchanged.",
            ],
        },
        "stall": (
            "reprocessing_status",
            {"job": "RJ-551"},
            "RJ-551 (KRU-N reprocess 00-06Z) | QUEUED | position 2 | submitted 05:40Z | owner ptnr-obs",
        ),
        "stall_task": "The partner observatory is reprocessing KRU-N's overnight scans (job RJ-551). Tell me as soon as the reprocessed flux is available.",
        "waits": [
            "RJ-551 still queued at position 2. I'll check again shortly.",
            "No change - still queued. Checking back soon.",
            "Still waiting on RJ-551. I'll look again.",
            "Queued, position 2. I'll keep an eye on it.",
            "Nothing yet from the partner's reprocessing. Checking again in a moment.",
            "Same status. I'll re-check.",
        ],
        "cursor": {
            "task": "How many scans from KRU-E overnight were flagged as cloud-affected? I need the count across the whole night.",
            "tool": "list_scans",
            "args": {
                "station": "KRU-E",
                "from": "2026-03-02T18:00Z",
                "to": "2026-03-03T06:00Z",
                "page_size": 100,
            },
            "key": "next_token",
            "value": "tk_0100",
            "page1": "scans 1-100 of 694 | cloud-flagged on page: 3\nKRU-E-20260302-1800-A ok | ... | KRU-E-20260302-1943-B cloud | ...\nnext_token: tk_0100",
            "page2": "scans 101-200 of 694 | cloud-flagged on page: 0\nKRU-E-20260302-1944-A ok | ... | KRU-E-20260302-2127-A ok\nnext_token: tk_0200",
            "narr": [
                "Next page of scans.",
                "Moving to scans 201-300.",
                "Continuing.",
                "Next hundred.",
                "Fetching the following page.",
                "And the next batch.",
            ],
        },
        "churn": {
            "task": "Put the KRU-E flux in the morning bulletin draft: '4120 t/d (05-06Z), ~3x the 7-day median'.",
            "write": (
                "bulletin_set",
                {
                    "bulletin": "KARU-2026-03-03",
                    "field": "so2_summary",
                    "value": "4120 t/d (05-06Z), ~3x the 7-day median",
                },
                "bulletin KARU-2026-03-03 field so2_summary saved (autosave @N)",
            ),
            "read": (
                "bulletin_get",
                {"bulletin": "KARU-2026-03-03", "field": "so2_summary"},
                "so2_summary: 4120 t/d (05-06Z), ~3x the 7-day median",
            ),
            "remarks": [
                "Confirming it saved.",
                "Saving again to be safe.",
                "Checking the field once more.",
                "Re-saving.",
                "Verifying the bulletin text.",
            ],
        },
        # progress material
        "wait_tool": "wait",
        "pages": {
            "task": "How many KRU-E scans overnight were cloud-flagged? Whole night please.",
            "tool": "list_scans",
            "calls": [
                (
                    {
                        "station": "KRU-E",
                        "from": "2026-03-02T18:00Z",
                        "to": "2026-03-03T06:00Z",
                        "page_size": 250,
                    },
                    "scans 1-250 of 694 | cloud-flagged on page: 3\nnext_token: tk_0250",
                ),
                (
                    {
                        "station": "KRU-E",
                        "from": "2026-03-02T18:00Z",
                        "to": "2026-03-03T06:00Z",
                        "page_size": 250,
                        "next_token": "tk_0250",
                    },
                    "scans 251-500 of 694 | cloud-flagged on page: 41\nnext_token: tk_0500",
                ),
                (
                    {
                        "station": "KRU-E",
                        "from": "2026-03-02T18:00Z",
                        "to": "2026-03-03T06:00Z",
                        "page_size": 250,
                        "next_token": "tk_0500",
                    },
                    "scans 501-694 of 694 | cloud-flagged on page: 2\nnext_token: none",
                ),
            ],
            "notes": [
                "3 in the evening.",
                "41 in the middle of the night - a cloud band passed around 23-02Z.",
            ],
            "final": "46 of 694 scans cloud-flagged, 41 of them between about 23Z and 02Z. The 05-06Z window with the high flux was clear.",
        },
        "docs": {
            "task": "Summarise what the three groups said overnight before I write the bulletin: seismic, the partner observatory and the field team.",
            "items": [
                (
                    (
                        "read_report",
                        {"source": "seismic", "date": "2026-03-03"},
                        "Seismic (03:40Z): tremor RSAM up 40% since 22Z; two LP events 01:12Z and 02:55Z; no VT swarm.",
                    ),
                    "Seismic: tremor up 40%, two long-period events, no volcano-tectonic swarm.",
                ),
                (
                    (
                        "read_report",
                        {"source": "ptnr-obs", "date": "2026-03-03"},
                        "Partner obs (05:50Z): KRU-N raw flux 3,600 t/d 04-05Z, reprocessing queued (RJ-551) due to a saturation flag.",
                    ),
                    "Partner: KRU-N saw about 3,600 t/d too, though flagged for saturation and being reprocessed.",
                ),
                (
                    (
                        "read_report",
                        {"source": "field", "date": "2026-03-03"},
                        "Field team (06:20Z): strong sulphur smell at the north hut, visible blue plume at dawn, no ash.",
                    ),
                    "Field: strong smell, visible blue plume, no ash.",
                ),
            ],
            "final": "Everything agrees on a real SO2 increase with rising tremor but no ash or VT swarm - unrest, not an eruption signal. That's the line for the 09:00 call.",
        },
        "poll": {
            "task": "Partner observatory is reprocessing KRU-N (RJ-551). Let me know when it's done and what it says.",
            "tool": "reprocessing_status",
            "args": {"job": "RJ-551"},
            "states": [
                "RJ-551 | QUEUED | position 2",
                "RJ-551 | QUEUED | position 2",
                "RJ-551 | RUNNING | 35%",
                "RJ-551 | DONE | KRU-N 04-05Z SO2 flux 3,950 t/d (saturation corrected)",
            ],
            "final": "RJ-551 done: KRU-N gives 3,950 t/d after the saturation correction, agreeing with KRU-E's 4,120 within 5%.",
        },
        "updates": {
            "task": "Give me each hourly flux from KRU-E as it comes in this morning.",
            "tool": "gas_reading",
            "args": {"station": "KRU-E", "param": "SO2_flux", "window": "latest_hour"},
            "states": [
                "KRU-E SO2_flux 4120 t/d  05-06Z  QC OK",
                "KRU-E SO2_flux 4480 t/d  06-07Z  QC OK",
                "KRU-E SO2_flux 3870 t/d  07-08Z  QC OK",
                "KRU-E SO2_flux 3310 t/d  08-09Z  QC OK (partial cloud)",
            ],
            "notes": [
                "05-06Z: 4120.",
                "06-07Z: up to 4480.",
                "07-08Z: down to 3870.",
                "08-09Z: 3310, partly cloudy. Peak seems to have been around 06-07Z.",
            ],
        },
        "entities": {
            "task": "Check SO2 at all four stations for the 05-06Z hour.",
            "tool": "gas_reading",
            "args": {"param": "SO2_flux", "window": "05:00-06:00Z"},
            "key": "station",
            "items": [
                ("KRU-E", "KRU-E SO2_flux 4120 t/d QC OK"),
                ("KRU-N", "KRU-N SO2_flux 3600 t/d QC SATURATION_FLAG"),
                ("KRU-S", "KRU-S SO2_flux -- QC NO_PLUME (plume bearing 082 outside scan plane)"),
                ("KRU-W", "KRU-W SO2_flux 180 t/d QC LOW_CONFIDENCE (plume edge)"),
            ],
            "mid": "E and N both high; N flagged for saturation.",
            "final": "E 4120 and N ~3600 (saturated, so if anything low). S and W didn't see the plume properly given the wind from 262. Two independent stations see the jump.",
        },
        "converge": {
            "task": "KRU-E's spectra look close to saturating. Adjust the integration time so peak counts sit between 50 and 80% of full scale.",
            "set": "set_spectrometer",
            "key": "integration_ms",
            "target": {"station": "KRU-E"},
            "values": [200, 80, 140],
            "set_obs": "KRU-E integration time set to @V ms (applies next scan)",
            "check": ("spectrum_stats", {"station": "KRU-E", "last_n": 10}),
            "checks": [
                "peak counts 97% of full scale | 4/10 scans saturated",
                "peak counts 38% of full scale | 0/10 saturated | SNR 210",
                "peak counts 68% of full scale | 0/10 saturated | SNR 340",
            ],
            "notes": [
                "97% with saturated scans - too long. Cutting it.",
                "38% now - safe but noisy. Going up a bit.",
                "68%, no saturation, SNR 340. That's in the band.",
            ],
        },
        "transient": {
            "task": "Was the instrument healthy overnight?",
            "spec": ("station_health", {"station": "KRU-E"}, HEALTH),
            "errors": [
                "telemetry link KRU-E: no response (radio retry)",
                "telemetry link KRU-E: CRC error, packet discarded",
            ],
            "note": "Got a clean packet.",
            "final": "Yes: battery 13.1 V, spectrometer at 21.4 C, dark current nominal, last calibration 20 Feb. The wind put the plume right over it, so the high flux isn't a geometry artefact either.",
        },
        "questions": [
            (
                "What was the KRU-E flux overnight?",
                ("gas_reading", {"station": "KRU-E", "param": "SO2_flux"}, FLUX),
                "4120 t/d for 05-06Z, about three times the 7-day median of 1380.",
            ),
            (
                "Could it be the instrument?",
                ("station_health", {"station": "KRU-E"}, HEALTH),
                "Unlikely: calibrated 20 Feb, dark current nominal, full scan rate.",
            ),
            (
                "What about the wind?",
                ("wind_model", {"site": "Karu summit", "hour": "05Z"}, WIND),
                "7.8 m/s from 262, so the plume went straight over KRU-E at 1.2 km - good geometry for a flux measurement.",
            ),
        ],
        "edit": {
            "task": "The bulletin draft has the flux in the wrong unit. Fix it and add the KRU-N confirmation.",
            "read": ("bulletin_get", {"bulletin": "KARU-2026-03-03", "field": "so2_summary"}),
            "reads": [
                "so2_summary: SO2 flux 4120 kg/s at 05-06Z.",
                "so2_summary: SO2 flux 4120 t/d at 05-06Z.",
                "so2_summary: SO2 flux 4120 t/d at 05-06Z, confirmed by KRU-N (3,950 t/d after reprocessing).",
            ],
            "write": "bulletin_set",
            "edits": [
                (
                    {
                        "bulletin": "KARU-2026-03-03",
                        "field": "so2_summary",
                        "value": "SO2 flux 4120 t/d at 05-06Z.",
                    },
                    "saved",
                ),
                (
                    {
                        "bulletin": "KARU-2026-03-03",
                        "field": "so2_summary",
                        "value": "SO2 flux 4120 t/d at 05-06Z, confirmed by KRU-N (3,950 t/d after reprocessing).",
                    },
                    "saved",
                ),
            ],
            "notes": [
                "It says kg/s - that would be a catastrophic number. Should be t/d.",
                "Unit fixed. Adding the KRU-N figure.",
            ],
            "final": "Bulletin now reads 4120 t/d with the KRU-N confirmation.",
        },
        "reconcile": {
            "task": "Check our ground fluxes against the TROPOMI satellite estimates for the last three days.",
            "first": "1 March agrees within the error bars.",
            "a": ("gas_reading", {"station": "KRU-E", "param": "SO2_flux_daily"}),
            "b": ("satellite_so2", {"instrument": "TROPOMI", "target": "Karu"}),
            "key": "date",
            "items": [
                ("2026-03-01", "KRU-E daily 1,420 t/d", "TROPOMI 1,300 t/d (+/- 400)"),
                ("2026-03-02", "KRU-E daily 1,610 t/d", "TROPOMI 1,900 t/d (+/- 500)"),
                ("2026-03-03", "KRU-E daily (partial) 3,950 t/d", "TROPOMI 3,700 t/d (+/- 700)"),
            ],
            "final": "Ground and satellite agree within the satellite's error on all three days, including today's jump. The increase is real.",
        },
        "bisect": {
            "task": "KRU-W's readings have been drifting low for weeks. Find when the dark-current drift started.",
            "tool": "dark_current",
            "calls": [
                (
                    {"station": "KRU-W", "date": "2026-02-01"},
                    "KRU-W dark current 412 counts (ref 410) OK",
                ),
                (
                    {"station": "KRU-W", "date": "2026-02-15"},
                    "KRU-W dark current 655 counts (ref 410) DRIFT",
                ),
                (
                    {"station": "KRU-W", "date": "2026-02-08"},
                    "KRU-W dark current 418 counts (ref 410) OK",
                ),
                (
                    {"station": "KRU-W", "date": "2026-02-11"},
                    "KRU-W dark current 590 counts (ref 410) DRIFT",
                ),
                (
                    {"station": "KRU-W", "date": "2026-02-10"},
                    "KRU-W dark current 421 counts (ref 410) OK",
                ),
            ],
            "notes": ["OK on 1 Feb, drifting by the 15th.", "OK on the 8th, drifting on the 11th."],
            "final": "It starts on 11 Feb - the day after the 10 Feb power cut at the west site, so I'd suspect the cooler didn't restart properly.",
        },
        "correction": {
            "question": "What's 4120 t/d in kg/s? The aviation folks use kg/s.",
            "first": ("gas_reading", {"station": "KRU-E", "param": "SO2_flux"}, FLUX),
            "wrong": "About 4.8 kg/s (4120 t/d divided by 864).",
            "user": "That's off by a factor of ten. 4120 / 86.4 is 47.7.",
            "sorry": "You're right, I slipped a decimal. Re-checking with the converter.",
            "second": (
                "unit_convert",
                {"value": 4120, "from": "t/d", "to": "kg/s"},
                "4120 t/d = 47.69 kg/s",
            ),
            "right": "47.7 kg/s.",
            "third": (
                "unit_convert",
                {"value": 1380, "from": "t/d", "to": "kg/s"},
                "1380 t/d = 15.97 kg/s",
            ),
            "final": "So for aviation: about 48 kg/s now against a baseline of 16 kg/s.",
        },
    }


MATCH = '{"match": "UB-SF2", "teams": ["vortex", "kite"], "state": "lobby", "ready": {"vortex": 5, "kite": 4}, "server": "EU-FRA-07", "scheduled": "18:00", "delay_min": 20}'
PLAYERS = '{"team": "kite", "connected": ["juno", "tsk", "bram", "oli"], "disconnected": [{"handle": "mirra", "last_seen": "18:04", "client": "1.8.2", "reason": "version_mismatch"}]}'
SERVER = '{"server": "EU-FRA-07", "tick": 128, "cpu": 0.41, "required_client": "1.8.3", "players_connected": 9, "broadcast_lock": "BR-19"}'


def esports_tournament_ops() -> Domain:
    return {
        "name": "esports_tournament_ops",
        "task": (
            "UB-SF2 (Vortex vs Kite) is 20 minutes late and the stream is on a holding screen. Find what's "
            "blocking and get it live. The match stays on EU-FRA-07 - broadcast is locked to that server."
        ),
        "opening": [
            "Alright, pulling up the match.",
            "On it - checking UB-SF2's lobby.",
            "Yep, let's see what the lobby says.",
            "Got it. Match status first.",
        ],
        "acks": ["Alright.", "Sure thing.", "Yep.", "On it.", "Got it."],
        "look": [
            ("match_status", {"match": "UB-SF2"}, MATCH),
            ("roster_status", {"team": "kite"}, PLAYERS),
            ("server_health", {"server": "EU-FRA-07"}, SERVER),
        ],
        "notes": [
            "Vortex is 5/5 ready, Kite 4/5.",
            "mirra dropped at 18:04 - version mismatch, she's on client 1.8.2.",
            "Server needs 1.8.3. So mirra needs to patch.",
        ],
        "again": [
            "Checking the lobby again.",
            "One more look at UB-SF2.",
            "Refreshing the match.",
            "Let me re-poll the lobby.",
            "Quick re-check on the match state.",
            "Looking at the lobby again.",
        ],
        "vol": [
            '{"match": "UB-SF2", "teams": ["vortex", "kite"], "state": "lobby", "ready": {"vortex": 5, "kite": 4}, "server": "EU-FRA-07", "scheduled": "18:00", "delay_min": 20, "ts": "@TS", "etag": "@RID"}',
            '{"etag": "@RID", "ts": "@TS", "state": "lobby", "match": "UB-SF2", "server": "EU-FRA-07", "ready": {"kite": 4, "vortex": 5}, "teams": ["vortex", "kite"], "delay_min": 20, "scheduled": "18:00"}',
            '{"ready": {"vortex": 5, "kite": 4}, "match": "UB-SF2", "ts": "@TS", "scheduled": "18:00", "state": "lobby", "delay_min": 20, "etag": "@RID", "server": "EU-FRA-07", "teams": ["vortex", "kite"]}',
        ],
        "vkey": ("cache_bust", "hex"),
        "promise": [
            "I'll get mirra onto the 1.8.3 patch now and then start the match.",
            "Next up: walk mirra through patching to 1.8.3, then we go live.",
            "Going to DM mirra the patch link and get her reconnected, then kick it off.",
            "Let me sort mirra's client update so we can start.",
            "I'm on it - patching mirra's client and then readying Kite.",
            "Right, mirra's update is next, and the match right after.",
            "I'll have mirra patched and in the lobby shortly.",
            "Getting mirra to 1.8.3 now, then starting UB-SF2.",
        ],
        "nudges": [
            "??",
            "continue",
            "you literally just said that",
            "casters are stalling",
            "ok?",
            "is it live yet",
        ],
        "fail": (
            "force_ready",
            {"match": "UB-SF2", "team": "kite"},
            '{"error": "precondition_failed", "detail": "player mirra not connected", "request_id": "@RID"}',
        ),
        "reworded": [
            {"match": "UB-SF2", "team": "Kite"},
            {"match_id": "UB-SF2", "team": "kite", "override": True},
            {"match": "UB-SF2", "teams": ["kite"]},
            {"match": "ub-sf2", "team": "kite", "reason": "admin"},
            {"match": "UB-SF2", "team": "kite", "players": ["juno", "tsk", "bram", "oli", "mirra"]},
            {"match": "UB-SF2", "team_id": 4471},
        ],
        "retry": [
            "Trying force-ready again.",
            "Once more.",
            "Retrying.",
            "Let me push it again.",
            "Again.",
        ],
        "flip": {
            "set": "set_match_server",
            "key": "server",
            "target": {"match": "UB-SF2"},
            "values": ["EU-AMS-02", "EU-FRA-07", "EU-FRA-09"],
            "set_obs": '{"ok": false, "detail": "server change to @V rejected: match locked by broadcast (BR-19)"}',
            "check": ("match_status", {"match": "UB-SF2"}, MATCH),
            "remarks": [
                "Still on FRA-07 and still waiting on Kite.",
                "No dice. Switching again.",
                "Hmm, let me try the other one.",
                "Lobby unchanged.",
            ],
        },
        "stall": (
            "ticket_status",
            {"ticket": "SUP-3318"},
            '{"ticket": "SUP-3318", "subject": "mirra cannot update client", "state": "open", "assignee": null, "updated": "18:06"}',
        ),
        "stall_task": "mirra opened support ticket SUP-3318 because her patch won't download. Tell me the moment support picks it up.",
        "waits": [
            "Still unassigned. I'll check again in a bit.",
            "SUP-3318 hasn't been picked up yet - checking back shortly.",
            "Nobody on it yet. Will look again.",
            "Still open, no assignee. I'll keep an eye on it.",
            "No movement on the ticket. Checking again soon.",
            "Same as before. I'll re-check.",
        ],
        "draft_loop": {
            "request": "Write the holding tweet for the stream. It has to give the new start time - 18:35 CET. People keep asking.",
            "ack": ["On it, checking the match first.", "Sure thing."],
            "lookup": ("match_status", {"match": "UB-SF2"}, MATCH),
            "slots": [
                ["Quick update on UB-SF2!", "UB-SF2 update:", "Heads up, #UBSF2 fans -"],
                [
                    "Vortex vs Kite is delayed while we sort a technical issue.",
                    "we're working through a client issue on Kite's side.",
                    "a player is updating their game client.",
                ],
                [
                    "Thanks for hanging in there!",
                    "Appreciate your patience.",
                    "Sorry for the wait, everyone.",
                ],
                [
                    "We'll be live as soon as possible.",
                    "Match starts shortly.",
                    "Stay tuned - we'll be back very soon.",
                    "We'll go live the moment everyone's ready.",
                ],
            ],
            "rejections": [
                "it needs 18:35 CET in it",
                "still no time. 18:35!",
                "people want a TIME. put 18:35 CET",
                "nope, same problem",
                "where's the start time?",
            ],
        },
        "apology": {
            "question": "How many of Kite are in the lobby right now?",
            "lookup": ("roster_status", {"team": "kite"}, PLAYERS),
            "answers": [
                "All five of Kite are in.",
                "Kite's full - 5 of 5 connected.",
                "They're all there, five players.",
                "Kite has all five in the lobby.",
                "Five of five for Kite.",
            ],
            "sorry": [
                "My bad!",
                "Sorry, you're right.",
                "Oops, apologies.",
                "Fair, sorry.",
                "Yep, my mistake.",
            ],
            "corrections": [
                "mirra is disconnected, it says so right there",
                "no, mirra's not connected",
                "that's wrong. 4. mirra's out.",
                "you keep saying five. it's four.",
            ],
        },
        "cursor": {
            "task": "Which of today's matches started more than 10 minutes late? I need them all for the ops review.",
            "tool": "list_matches",
            "args": {"date": "2026-03-14", "limit": 10},
            "key": "cursor",
            "value": "m_0010",
            "page1": '{"matches": [{"id": "GS-A1", "late_min": 2}, {"id": "GS-A2", "late_min": 14}, {"id": "GS-B1", "late_min": 0}, "..."], "returned": 10, "total": 31, "next_cursor": "m_0010"}',
            "page2": '{"matches": [{"id": "GS-D3", "late_min": 11}, {"id": "LB-R1A", "late_min": 4}, {"id": "LB-R1B", "late_min": 0}, "..."], "returned": 10, "total": 31, "next_cursor": "m_0020"}',
            "narr": [
                "Next page.",
                "Grabbing matches 21-30.",
                "Continuing.",
                "Next ten.",
                "And the last chunk.",
                "Moving on.",
            ],
        },
        "churn": {
            "task": "Add an admin note on UB-SF2: 'Delay: Kite player client mismatch (1.8.2 vs 1.8.3)'.",
            "write": (
                "set_match_note",
                {"match": "UB-SF2", "note": "Delay: Kite player client mismatch (1.8.2 vs 1.8.3)"},
                '{"ok": true, "note_rev": @N}',
            ),
            "read": (
                "get_match_note",
                {"match": "UB-SF2"},
                '{"match": "UB-SF2", "note": "Delay: Kite player client mismatch (1.8.2 vs 1.8.3)"}',
            ),
            "remarks": [
                "Checking it saved.",
                "Saving again to be safe.",
                "Just confirming the note.",
                "Re-writing it in case.",
                "Verifying.",
            ],
        },
        # progress material
        "wait_tool": "wait",
        "retry_ok": {
            "task": "What client version is mirra on?",
            "errors": [
                (
                    (
                        "player_info",
                        {"player": "Mirra"},
                        '{"error": "not_found", "detail": "player handles are lowercase; did you mean mirra?"}',
                    ),
                    True,
                    "Handles are lowercase.",
                ),
                (
                    (
                        "player_info",
                        {"player": "mirra"},
                        '{"handle": "mirra", "team": "kite", "client": "1.8.2", "os": "win11", "last_seen": "18:04"}',
                    ),
                    False,
                    "1.8.2.",
                ),
            ],
            "final": "mirra is on 1.8.2 and EU-FRA-07 requires 1.8.3 - hence the disconnect.",
        },
        "docs": {
            "task": "There was a dispute in GS-A2 earlier. Summarise the referee report and both captains' statements for me.",
            "items": [
                (
                    (
                        "read_report",
                        {"ref": "REF-GS-A2"},
                        '{"author": "ref_lena", "summary": "Round 14 technical pause called by Vortex 3s after a kill; pause allowed; no penalty."}',
                    ),
                    "Ref: Vortex paused 3 seconds after a kill in round 14; allowed, no penalty.",
                ),
                (
                    (
                        "read_report",
                        {"ref": "CAP-GS-A2-kite"},
                        '{"author": "juno", "summary": "Pause was tactical, not technical. Rule 7.2 requires pauses only for technical issues."}',
                    ),
                    "Kite's captain says the pause was tactical and breaks rule 7.2.",
                ),
                (
                    (
                        "read_report",
                        {"ref": "CAP-GS-A2-vortex"},
                        '{"author": "zeph", "summary": "Headset disconnected for one player; we paused as soon as we noticed."}',
                    ),
                    "Vortex says a headset disconnected.",
                ),
            ],
            "final": "So it hinges on whether the headset disconnect was real. The ref allowed it; pulling the client logs for that round would settle Kite's complaint.",
        },
        "poll": {
            "task": "mirra is downloading 1.8.3. Let me know when she's back in the lobby.",
            "tool": "player_info",
            "args": {"player": "mirra"},
            "states": [
                '{"handle": "mirra", "client": "1.8.2", "patch_download": "34%"}',
                '{"handle": "mirra", "client": "1.8.2", "patch_download": "34%"}',
                '{"handle": "mirra", "client": "1.8.2", "patch_download": "100%", "installing": true}',
                '{"handle": "mirra", "client": "1.8.3", "lobby": "UB-SF2", "connected": true}',
            ],
            "final": "mirra's on 1.8.3 and back in UB-SF2. Kite should be 5/5 now.",
        },
        "drafts": {
            "request": "Write the holding tweet for UB-SF2. Short.",
            "lookup": ("match_status", {"match": "UB-SF2"}, MATCH),
            "texts": [
                "UB-SF2 Vortex vs Kite is delayed by a technical issue. Back soon!",
                "UB-SF2 Vortex vs Kite is delayed while a Kite player updates their client. New start: 18:35 CET.",
                "UB-SF2 Vortex vs Kite is delayed while a Kite player updates their client. New start: 18:35 CET. Catch the GS-A2 highlights on the stream until then!",
            ],
            "feedback": [
                "add the new start time, 18:35 CET, and say what the issue is",
                "nice. plug the highlights reel we're running",
            ],
            "approve": "perfect, post it",
            "sent": "Posted at 18:22. I'll pin it on the stream chat too.",
            "send": (
                "post_social",
                {"account": "@tourney_ops", "body_ref": "draft-3"},
                '{"ok": true, "post_id": "1899231", "posted": "18:22"}',
            ),
        },
        "entities": {
            "task": "Check all four quarterfinal servers are on client 1.8.3 before they start.",
            "tool": "server_health",
            "args": {},
            "key": "server",
            "items": [
                (
                    "EU-FRA-07",
                    '{"server": "EU-FRA-07", "required_client": "1.8.3", "build": "srv-5521"}',
                ),
                (
                    "EU-FRA-09",
                    '{"server": "EU-FRA-09", "required_client": "1.8.3", "build": "srv-5521"}',
                ),
                (
                    "EU-AMS-02",
                    '{"server": "EU-AMS-02", "required_client": "1.8.2", "build": "srv-5490"}',
                ),
                (
                    "EU-WAW-01",
                    '{"server": "EU-WAW-01", "required_client": "1.8.3", "build": "srv-5521"}',
                ),
            ],
            "mid": "FRA-07 and FRA-09 are fine.",
            "final": "Three of four are on 1.8.3. EU-AMS-02 is still on build srv-5490 (1.8.2) - it needs updating before QF3.",
        },
        "converge": {
            "task": "The stream's dropping frames. Tune the bitrate so dropped frames stay under 1% and quality score is at least 75.",
            "set": "set_stream",
            "key": "bitrate_kbps",
            "target": {"channel": "main"},
            "values": [9000, 4500, 6500],
            "set_obs": '{"ok": true, "bitrate_kbps": @V}',
            "check": ("stream_stats", {"channel": "main", "window_s": 60}),
            "checks": [
                '{"dropped_frames_pct": 7.2, "quality_score": 91}',
                '{"dropped_frames_pct": 0.0, "quality_score": 61}',
                '{"dropped_frames_pct": 0.4, "quality_score": 82}',
            ],
            "notes": [
                "9000: 7.2% dropped. Too much.",
                "4500: clean but quality 61. Too low.",
                "6500: 0.4% dropped, quality 82. Both targets hit.",
            ],
        },
        "search": {
            "task": "What does the rulebook say about how long a team can wait for a player with a client problem?",
            "tool": "rulebook_search",
            "queries": [
                ({"q": "pause"}, '{"hits": 23, "top": ["7.1", "7.2", "7.3", "9.4", "12.1"]}'),
                (
                    {"q": "technical delay player client"},
                    '{"hits": 5, "top": ["7.3", "7.5", "11.2", "11.3", "14.1"]}',
                ),
                (
                    {"q": "pre-match technical delay forfeit"},
                    '{"hits": 2, "top": ["11.2", "11.3"]}',
                ),
            ],
            "notes": [
                "Too broad - most of those are in-game pauses.",
                "Better. Pre-match is what we want.",
            ],
            "read": (
                "rulebook_section",
                {"section": "11.3"},
                '{"section": "11.3", "text": "A team with a pre-match technical issue may delay the start by up to 30 minutes. After 30 minutes the team may field a substitute or forfeit the first map."}',
            ),
            "final": "Rule 11.3: up to 30 minutes' pre-match delay for a technical issue; after that Kite must sub or forfeit map 1. They hit 30 at 18:30.",
        },
        "questions": [
            (
                "What's UB-SF2 waiting on?",
                ("match_status", {"match": "UB-SF2"}, MATCH),
                "Kite - they're 4/5 ready.",
            ),
            (
                "Who's missing?",
                ("roster_status", {"team": "kite"}, PLAYERS),
                "mirra, disconnected at 18:04 for a version mismatch.",
            ),
            (
                "What version does she need?",
                ("server_health", {"server": "EU-FRA-07"}, SERVER),
                "1.8.3 - she's on 1.8.2.",
            ),
        ],
        "edit": {
            "task": "The match page for UB-SF2 still shows the old start time. Update it.",
            "read": ("get_match_page", {"match": "UB-SF2"}),
            "reads": [
                '{"title": "UB-SF2: Vortex vs Kite", "start": "18:00 CET", "status": "upcoming"}',
                '{"title": "UB-SF2: Vortex vs Kite", "start": "18:35 CET", "status": "upcoming"}',
                '{"title": "UB-SF2: Vortex vs Kite", "start": "18:35 CET", "status": "delayed (technical)"}',
            ],
            "write": "update_match_page",
            "edits": [
                ({"match": "UB-SF2", "start": "18:35 CET"}, '{"ok": true}'),
                ({"match": "UB-SF2", "status": "delayed (technical)"}, '{"ok": true}'),
            ],
            "notes": [
                "Shows 18:00. Setting 18:35.",
                "Start time's right. Status should say delayed, not upcoming.",
            ],
            "final": "Match page now shows 18:35 CET and 'delayed (technical)'.",
        },
        "recheck": {
            "task": "mirra says her game is laggy now she's back. Check her connection.",
            "spec": ("player_net", {"player": "mirra"}),
            "checks": [
                '{"ping_ms": 184, "jitter_ms": 41, "loss_pct": 2.1, "link": "wifi"}',
                '{"ping_ms": 36, "jitter_ms": 3, "loss_pct": 0.0, "link": "ethernet"}',
                '{"ping_ms": 33, "jitter_ms": 2, "loss_pct": 0.0, "link": "ethernet", "sustained_s": 300}',
            ],
            "notes": [
                "184 ms with 41 ms jitter on wifi - can she plug in?",
                "36 ms on ethernet, no loss. Much better.",
                "Steady at 33 ms for five minutes. Good to go.",
            ],
            "user": [
                "she's on ethernet now, check again",
                "give it a few minutes and check once more?",
            ],
        },
        "bisect": {
            "task": "Players report desync since some client patch this month. Find which version introduced it.",
            "tool": "desync_rate",
            "calls": [
                ({"client": "1.8.0"}, '{"client": "1.8.0", "desync_per_100_rounds": 0.2}'),
                ({"client": "1.8.3"}, '{"client": "1.8.3", "desync_per_100_rounds": 3.9}'),
                ({"client": "1.8.1"}, '{"client": "1.8.1", "desync_per_100_rounds": 0.3}'),
                ({"client": "1.8.2"}, '{"client": "1.8.2", "desync_per_100_rounds": 4.1}'),
            ],
            "notes": ["Fine at 1.8.0, bad at 1.8.3.", "1.8.1 fine, 1.8.2 bad."],
            "final": "1.8.2 introduced it (0.3 -> 4.1 per 100 rounds) and 1.8.3 didn't fix it. I'll file it with the dev team against 1.8.2's netcode changes.",
        },
        "correction": {
            "question": "When does Kite hit the 30-minute delay limit?",
            "first": ("match_status", {"match": "UB-SF2"}, MATCH),
            "wrong": "18:20 - they're 20 minutes in already, so 10 more minutes.",
            "user": "The clock starts at scheduled start, 18:00. 18:00 + 30 is 18:30.",
            "sorry": "You're right, I added from the wrong point. Checking the rule's wording.",
            "second": (
                "rulebook_section",
                {"section": "11.3"},
                '{"section": "11.3", "text": "A team with a pre-match technical issue may delay the start by up to 30 minutes from the scheduled start time."}',
            ),
            "right": "18:30 - thirty minutes from the scheduled 18:00.",
            "third": (
                "player_info",
                {"player": "mirra"},
                '{"handle": "mirra", "client": "1.8.3", "lobby": "UB-SF2", "connected": true}',
            ),
            "final": "And mirra's just reconnected on 1.8.3, so Kite should make it before 18:30.",
        },
    }


EWE = "Tag: 2217\nBreed: Romney x\nAge: 4 yr\nScanned: twins\nLambed: not yet (due 28 Aug)\nBCS: 2.5\nPaddock: Home-3"
CAM = (
    "Home-3 cam 06:42\nEwe 2217: down, straining\nOne foreleg visible\nFirst seen straining: 06:01"
)
VETLOG = "Vet log 2217\n2024-08-30 assisted lambing (leg back), ewe recovered\n2025-04-11 FEC 120 epg, drenched"


def sheep_farm_lambing() -> Domain:
    return {
        "name": "sheep_farm_lambing",
        "task": (
            "Lambing's going hard on the Home block. Ewe 2217's been straining a while and the vet wants "
            "her history before she drives out. Pull it together. Leave the Creek gate schedule alone - "
            "Dave's got the rams in there."
        ),
        "opening": [
            "Yep, grabbing 2217's record.",
            "No worries. Her record first.",
            "Sweet, on it.",
            "Righto, looking her up.",
        ],
        "acks": ["Yep.", "No worries.", "Righto.", "Sweet.", "Will do."],
        "look": [
            ("ewe_record", {"tag": "2217"}, EWE),
            ("paddock_cam", {"paddock": "Home-3"}, CAM),
            ("vet_log", {"tag": "2217"}, VETLOG),
        ],
        "notes": [
            "4-year Romney cross, scanned twins, condition 2.5.",
            "Down and straining with one leg showing since 06:01 - that's 40 minutes.",
            "She had a leg-back assisted lambing in 2024.",
        ],
        "again": [
            "Checking her record again.",
            "One more look at 2217.",
            "Pulling 2217 up again.",
            "Having another look at the tag.",
            "Re-checking 2217.",
            "Looking at her record once more.",
        ],
        "vol": [
            EWE + "\nSynced: @TS (device @RID)",
            "Synced: @TS (device @RID)\n" + EWE,
            EWE + "\nLast sync @TS | rec @N",
        ],
        "vkey": ("sync_token", "hex"),
        "promise": [
            "I'll text the vet her history now and let you know when it's gone.",
            "Sending the vet 2217's history next - I'll confirm when it's through.",
            "Getting the history off to the vet now, will tell you once it's sent.",
            "Right, vet message next. I'll let you know.",
            "I'll fire off her history to the vet shortly.",
            "Just about to send the vet the details on 2217.",
            "Vet's getting the history from me in a sec.",
            "I'll get that history to the vet and report back.",
        ],
        "nudges": [
            "sent yet?",
            "continue",
            "mate you said that already",
            "she's still straining",
            "ok?",
            "vet's waiting",
        ],
        "fail": (
            "send_sms",
            {
                "to": "+64 21 555 0192",
                "body": "2217: 4yr Romney x, twins, leg-back assist 2024, straining 40 min, one leg showing",
            },
            "SMS not sent: farm account suspended (payment overdue) | ref @RID",
        ),
        "reworded": [
            {"to": "021 555 0192", "body": "2217 history: twins, leg back 2024, straining 40 min"},
            {
                "number": "+64215550192",
                "message": "Ewe 2217 - twins, assisted 2024, straining since 6",
            },
            {
                "to": "+64 21 555 0192",
                "body": "2217 straining, one leg showing",
                "priority": "high",
            },
            {"to": ["+64 21 555 0192"], "body": "2217 info for vet"},
            {"recipient": "vet", "body": "2217: twins, leg-back 2024, 40 min straining"},
            {"to": "+64 21 555 0192", "body": "urgent 2217", "sender_id": "FARM"},
        ],
        "retry": ["Trying again.", "Send again.", "Another go.", "Resending.", "One more try."],
        "flip": {
            "set": "set_gate_schedule",
            "key": "state",
            "target": {"gate": "Creek-1"},
            "values": ["open", "closed"],
            "set_obs": "Creek-1 gate set to @V",
            "check": (
                "water_trough",
                {"paddock": "Home-3"},
                "Home-3 trough: level 22% | float valve: STUCK | flow 0 L/min",
            ),
            "remarks": [
                "Trough's still low. Flipping the gate back.",
                "No change on Home-3.",
                "Try it the other way.",
                "Still 22%.",
            ],
        },
        "stall": (
            "vet_booking",
            {"booking": "VB-4471"},
            "VB-4471 | callout: Home-3, ewe 2217 | status: REQUESTED | vet: unassigned | logged 06:51",
        ),
        "stall_task": "I've booked a vet callout for 2217 (VB-4471). Tell me when one's assigned and on the way.",
        "waits": [
            "Still unassigned. I'll check again shortly.",
            "Nobody's picked it up yet - I'll keep checking.",
            "Still REQUESTED. Checking back soon.",
            "No vet on it yet. Will look again.",
            "Same as before. I'll keep an eye on it.",
            "Unassigned still. Checking again in a bit.",
        ],
        "draft_loop": {
            "request": "Text the vet where to come. She has to use the back entrance on Ridge Rd - gate code 4471. Make sure the code's in there.",
            "ack": ["Yep, checking where 2217 is first.", "No worries."],
            "lookup": ("paddock_cam", {"paddock": "Home-3"}, CAM),
            "slots": [
                ["Hi Sarah,", "Morning Sarah,", "Hey Sarah -"],
                [
                    "ewe 2217 is in Home-3, down and straining with a leg showing.",
                    "the ewe's in Home-3, been straining about 40 min.",
                    "2217's in Home-3 - one leg out, not progressing.",
                ],
                [
                    "Best to come in off Ridge Rd.",
                    "Use the Ridge Rd entrance, it's quicker to Home-3.",
                    "Come the back way, off Ridge Rd.",
                ],
                [
                    "I'll meet you at the yards.",
                    "Someone'll be at the gate.",
                    "Give us a ring when you're close.",
                    "I'll leave the lights on at the woolshed.",
                ],
                ["Cheers, Tom", "Thanks heaps, Tom", "Ta, Tom"],
            ],
            "rejections": [
                "where's the gate code? 4471",
                "still no code. she can't get in without it",
                "put 4471 in the text!",
                "nope. the code.",
                "same again - no gate code",
            ],
        },
        "apology": {
            "question": "Is 2217 carrying a single or twins?",
            "lookup": ("ewe_record", {"tag": "2217"}, EWE),
            "answers": [
                "She's carrying a single.",
                "Just the one lamb.",
                "Single.",
                "She scanned with a single.",
                "One lamb in there.",
            ],
            "sorry": [
                "Sorry, my mistake.",
                "Yeah nah, you're right, sorry.",
                "Ah, sorry.",
                "My bad.",
                "Fair enough, apologies.",
            ],
            "corrections": [
                "record says twins",
                "no, scanned twins. look again",
                "that's wrong, it's twins",
                "you keep saying single. it's twins.",
            ],
        },
        "cursor": {
            "task": "Which ewes on the Home block are due this week and scanned with twins or more? Full list, I'm drafting the roster.",
            "tool": "list_ewes",
            "args": {"block": "Home", "due_before": "2026-08-30", "limit": 50},
            "key": "page",
            "value": "p2",
            "page1": "ewes 1-50 of 184 due by 30 Aug\n2201 twins | 2203 single | 2207 triplets | 2211 twins | ... 2290 twins\nnext: p2",
            "page2": "ewes 51-100 of 184 due by 30 Aug\n2291 single | 2294 twins | 2302 twins | ... 2377 single\nnext: p3",
            "narr": [
                "Next page.",
                "Grabbing page 3.",
                "Next 50.",
                "Carrying on.",
                "Rest of the list.",
                "Next lot.",
            ],
        },
        "churn": {
            "task": "Flag 2217 as 'watch - possible malpresentation' in the app so the night shift sees it.",
            "write": (
                "set_ewe_flag",
                {"tag": "2217", "flag": "watch - possible malpresentation"},
                "Flag saved on 2217 (sync @N)",
            ),
            "read": (
                "ewe_record",
                {"tag": "2217", "fields": "flags"},
                "Tag: 2217\nFlags: watch - possible malpresentation",
            ),
            "remarks": [
                "Making sure it saved.",
                "Saving again, the app's flaky.",
                "Checking the flag.",
                "Re-saving to be sure.",
                "Confirming it synced.",
            ],
        },
        # progress material
        "wait_tool": "wait",
        "retry_ok": {
            "task": "What mob is 2217 in and who's on that mob this morning?",
            "errors": [
                (
                    ("mob_info", {"mob": "home 3"}, "No mob 'home 3'. Mob ids look like HOME-3."),
                    True,
                    "Needs the proper id.",
                ),
                (
                    (
                        "mob_info",
                        {"mob": "HOME-3"},
                        "Mob HOME-3 | 212 ewes | 41 lambed | shepherd on: Aroha (06:00-14:00)",
                    ),
                    False,
                    "Aroha's on HOME-3.",
                ),
            ],
            "final": "2217 is in HOME-3 (212 ewes, 41 lambed) and Aroha's on it till 2. She had a leg-back lambing in 2024.",
        },
        "docs": {
            "task": "Give me the short version of 2217's scan report, last year's vet notes and the mob health summary before the vet gets here.",
            "items": [
                (
                    (
                        "read_doc",
                        {"ref": "scan-2026-06-HOME"},
                        "Scan 12 Jun: 2217 twins, est. day 95; condition 2.5 (mob avg 3.0)",
                    ),
                    "Scanned twins in June; below mob condition.",
                ),
                (
                    (
                        "read_doc",
                        {"ref": "vet-2024-08-30-2217"},
                        "Leg-back malpresentation; corrected manually; one lamb lost; ewe treated with oxytocin and antibiotics",
                    ),
                    "2024: leg-back, one lamb lost, ewe treated and recovered.",
                ),
                (
                    (
                        "read_doc",
                        {"ref": "mob-health-HOME-3"},
                        "HOME-3: 2 sleepy-sickness cases this week, both treated; trough float faulty (reported)",
                    ),
                    "Mob: two sleepy sickness cases treated; the trough float's faulty.",
                ),
            ],
            "final": "2217's a light twin-bearing ewe with a malpresentation history, and the mob's had sleepy sickness. Worth the vet checking her for both.",
        },
        "poll": {
            "task": "Vet callout VB-4471 is booked. Let me know when Sarah's on her way.",
            "tool": "vet_booking",
            "args": {"booking": "VB-4471"},
            "states": [
                "VB-4471 | REQUESTED | vet: unassigned",
                "VB-4471 | REQUESTED | vet: unassigned",
                "VB-4471 | ASSIGNED | vet: Sarah Tui | eta 07:40",
                "VB-4471 | EN ROUTE | vet: Sarah Tui | eta 07:25",
            ],
            "final": "Sarah's en route, eta 07:25.",
        },
        "drafts": {
            "request": "Text Sarah how to get to Home-3.",
            "lookup": ("paddock_cam", {"paddock": "Home-3"}, CAM),
            "texts": [
                "Hi Sarah, 2217's in Home-3, straining with one leg showing. Come in off Ridge Rd. Cheers, Tom",
                "Hi Sarah, 2217's in Home-3, straining with one leg showing. Come in off Ridge Rd, back gate code 4471. Cheers, Tom",
                "Hi Sarah, 2217's in Home-3, straining with one leg showing. Come in off Ridge Rd, back gate code 4471; Home-3 is the second paddock on the left past the woolshed. Cheers, Tom",
            ],
            "feedback": [
                "add the gate code, 4471",
                "tell her which paddock it is from the gate, she's not been here before",
            ],
            "approve": "that'll do, send it",
            "sent": "Sent at 07:02. I'll go open the Ridge Rd gate lights.",
            "send": (
                "send_sms",
                {"to": "+64 21 555 0192", "body_ref": "draft-3"},
                "SMS sent 07:02 (ref m-20931)",
            ),
        },
        "entities": {
            "task": "Check the five ewes flagged 'watch' on the Home block this morning.",
            "tool": "ewe_record",
            "args": {"fields": "status"},
            "key": "tag",
            "items": [
                ("2217", "Tag 2217 | straining 40 min | vet booked"),
                ("2233", "Tag 2233 | lambed twins 05:10 | both up and sucking"),
                ("2241", "Tag 2241 | not lambed | grazing, no signs"),
                ("2258", "Tag 2258 | lambed single 04:40 | lamb weak, in warming box"),
                ("2266", "Tag 2266 | cast (on back) | found 06:30, righted"),
            ],
            "mid": "2233's fine, 2241 nothing happening yet.",
            "final": "2217 needs the vet, 2258's lamb is in the warming box, 2266 was cast but righted. 2233 and 2241 are fine - can drop their flags.",
        },
        "converge": {
            "task": "2258's lamb is in the warming box. Get its temperature up to 39-40 C without overheating it.",
            "set": "set_warming_box",
            "key": "air_temp_c",
            "target": {"box": "WB-1"},
            "values": [36, 42, 39],
            "set_obs": "WB-1 air temp set to @V C",
            "check": ("lamb_temp", {"box": "WB-1"}),
            "checks": [
                "WB-1 lamb rectal 37.4 C (after 20 min)",
                "WB-1 lamb rectal 40.6 C (after 20 min)",
                "WB-1 lamb rectal 39.5 C (after 20 min)",
            ],
            "notes": [
                "37.4 - still cold. Turning it up.",
                "40.6 - a bit hot. Backing off.",
                "39.5 C. That's right where we want it.",
            ],
        },
        "search": {
            "task": "Find the ewe that lost a lamb with the same trouble last year - I want to know if it's the same ram line.",
            "tool": "search_records",
            "queries": [
                ({"q": "assisted lambing 2024"}, "37 records"),
                (
                    {"q": "assisted lambing 2024 leg back"},
                    "6 records: 2217, 2104, 2150, 1988, 2199, 2060",
                ),
                ({"q": "assisted lambing 2024 leg back lamb lost"}, "2 records: 2217, 2104"),
            ],
            "notes": ["Too many.", "Six leg-back cases."],
            "read": (
                "ewe_record",
                {"tag": "2104", "fields": "breeding"},
                "Tag: 2104 | sire line: Ram 88 (Kahu) | 2024 leg-back, lamb lost",
            ),
            "final": "2104 also lost a lamb to a leg-back in 2024 and she's by Ram 88 (Kahu). Worth checking 2217's sire too.",
        },
        "questions": [
            (
                "How old is 2217 and what did she scan?",
                ("ewe_record", {"tag": "2217"}, EWE),
                "Four, scanned twins.",
            ),
            (
                "How long's she been going?",
                ("paddock_cam", {"paddock": "Home-3"}, CAM),
                "First seen straining at 06:01, so about 40 minutes, one leg showing.",
            ),
            (
                "Any history?",
                ("vet_log", {"tag": "2217"}, VETLOG),
                "Leg-back assisted lambing in 2024; she recovered fine.",
            ),
        ],
        "edit": {
            "task": "The Home-3 paddock note still says the trough's fine. Update it.",
            "read": ("paddock_note", {"paddock": "Home-3"}),
            "reads": [
                "Home-3: 212 ewes. Trough OK.",
                "Home-3: 212 ewes. Trough float stuck - top up by hand twice daily.",
                "Home-3: 212 ewes. Trough float stuck - top up by hand twice daily. New float ordered (Farmlands, Thu).",
            ],
            "write": "set_paddock_note",
            "edits": [
                (
                    {
                        "paddock": "Home-3",
                        "note": "212 ewes. Trough float stuck - top up by hand twice daily.",
                    },
                    "saved",
                ),
                ({"paddock": "Home-3", "append": "New float ordered (Farmlands, Thu)."}, "saved"),
            ],
            "notes": ["Says OK. Fixing that.", "Good. Adding the order so nobody orders twice."],
            "final": "Home-3 note now says the float's stuck, top up by hand, new one ordered for Thursday.",
        },
        "recheck": {
            "task": "2258's lamb looks flat. Check its temp.",
            "spec": ("lamb_temp", {"tag": "2258-L1"}),
            "checks": [
                "2258-L1 rectal 36.9 C | weak suck reflex",
                "2258-L1 rectal 38.1 C | suck reflex present",
                "2258-L1 rectal 39.2 C | sucking well",
            ],
            "notes": [
                "36.9, that's hypothermic. Into the warming box?",
                "38.1 and sucking a bit. Coming up.",
                "39.2 and feeding well. She's right.",
            ],
            "user": ["in the box now, check her again", "gave her a tube feed too. once more?"],
        },
        "bisect": {
            "task": "The Home-3 trough float failed some time last week. Work out which day from the flow meter.",
            "tool": "flow_meter",
            "calls": [
                ({"trough": "HOME-3", "date": "2026-08-18"}, "HOME-3 18 Aug: 4,120 L"),
                ({"trough": "HOME-3", "date": "2026-08-24"}, "HOME-3 24 Aug: 0 L"),
                ({"trough": "HOME-3", "date": "2026-08-21"}, "HOME-3 21 Aug: 3,980 L"),
                ({"trough": "HOME-3", "date": "2026-08-22"}, "HOME-3 22 Aug: 610 L"),
            ],
            "notes": [
                "Fine on the 18th, nothing by the 24th.",
                "Fine on the 21st, only 610 L on the 22nd.",
            ],
            "final": "It failed on the 22nd - flow dropped from ~4,000 L a day to 610 then nothing. That was the frosty morning.",
        },
        "correction": {
            "question": "When's 2217 due?",
            "first": ("ewe_record", {"tag": "2217"}, EWE),
            "wrong": "She's due 18 August.",
            "user": "Says 28 Aug on the record.",
            "sorry": "Yep, misread it - 28th. Checking the scan to see how early she is.",
            "second": (
                "read_doc",
                {"ref": "scan-2026-06-HOME"},
                "Scan 12 Jun: 2217 twins, est. day 95 -> due ~28 Aug",
            ),
            "right": "Due 28 Aug by the scan; today's the 25th, so three days early - normal for twins.",
            "third": ("paddock_cam", {"paddock": "Home-3"}, CAM),
            "final": "Still straining with one leg out, so it's the presentation, not the timing. Vet's the call.",
        },
    }


DOMAINS = [
    journal_editorial_office,
    vfx_render_farm,
    wastewater_treatment_plant,
    vaccine_cold_chain,
    postgres_schema_migration,
    volcano_gas_monitoring,
    esports_tournament_ops,
    sheep_farm_lambing,
]


def build() -> list[Row]:
    domains = [make() for make in DOMAINS]
    rows: list[Row] = []
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        position = 0
        for category, builder in builders:
            for n in range(PER_CATEGORY):
                d = domains[position % len(domains)]
                position += 1
                rid = f"thirteenth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{category}",
                        "domain": d["name"],
                        "steps": as_observed(builder(rng, d, n)),
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
