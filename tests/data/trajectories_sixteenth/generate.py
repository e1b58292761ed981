"""Write the sixteenth labelled set of agent trajectories (loops and progress).

The unseen measure of round fifteen: written without reading the detectors, their errors or
their scores. Eight domains that no earlier set uses; each row draws its numbers, names and
ids from its own ``random.Random`` (seeded with ``SEED`` and the row id), so every lookup,
note and conclusion inside a row agrees. ``python generate.py`` rewrites
``trajectories.jsonl`` next to this file; the output is deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 71640283

Step = dict[str, Any]
Row = dict[str, Any]
D = dict[str, Any]


# --------------------------------------------------------------------------- step helpers


def L(text: str, obs: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if obs is not None:
        step["observation"] = obs
    return step


def T(tool: str, args: dict[str, Any], obs: str, error: bool = False) -> Step:
    return {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": error}


def call(x: tuple[Any, ...], error: bool = False) -> Step:
    return T(x[0], x[1], x[2], error)


def as_observed(steps: list[Step]) -> list[Step]:
    """An llm step sees the newest user message only when it differs from the last one seen."""
    last: str | None = None
    out: list[Step] = []
    for step in steps:
        s = dict(step)
        if s["kind"] == "llm" and "observation" in s:
            if s["observation"] == last:
                del s["observation"]
            else:
                last = s["observation"]
        out.append(s)
    return out


def hexid(rng: random.Random, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b36(rng: random.Random, n: int = 10) -> str:
    return "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n)
    )


def hhmm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def long_obs(*xs: tuple[Any, ...]) -> int:
    """1 when a repeated lookup's result is long, so a loop of it repeats one call fewer."""
    return int(sum(len(x[2]) for x in xs) > 300 * len(xs))


def opening(rng: random.Random, d: D) -> Step:
    if rng.random() < 0.35:
        return L(d["open_long"], d["task"])
    return L(rng.choice(d["say"]["ack"]), d["task"])


def maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def cycle_pick(items: list[Any], start: int, k: int) -> list[Any]:
    return [items[(start + i) % len(items)] for i in range(k)]


# --------------------------------------------------------------------------- loop builders


def loop_exact_repeat(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d)]
    x, first = [(d["A"], d["C"]), (d["B"], d["A"]), (d["C"], d["B"])][n % 3]
    if n % 2:
        s += [call(first), L(first[3])]
    k = max(3, rng.choice([3, 4, 4, 5]) - long_obs(x))
    again = d["say"]["again"]
    for i in range(k):
        s.append(call(x))
        if i == 0:
            s.append(L(x[3]))
        elif n == 3 and i == 2:
            s.append(L(rng.choice(again), "you've pulled that same thing three times now"))
        elif maybe(rng, 0.6) and i < k - 1:
            s.append(L(rng.choice(again)))
    return s


def loop_noisy_repeat(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d)]
    tool, args, obs, note = d["A"]
    k = max(3, rng.randint(4, 5) - long_obs(d["A"]))
    for i in range(k):
        if n % 2 == 0:
            s.append(T(tool, args, obs + "\n" + d["stamp"](rng, i)))
        else:
            a = dict(args)
            a[d["nonce"][0]] = d["nonce"][1](rng, i)
            s.append(T(tool, a, obs))
        if i == 0:
            s.append(L(note))
        elif maybe(rng, 0.5) and i < k - 1:
            s.append(L(rng.choice(d["say"]["again"])))
    return s


def loop_reshaped_repeat(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d)]
    tool, args, obs, note = d["A"]
    shapes = [args, *d["A_shapes"]]
    k = max(3, rng.randint(4, 5) - long_obs(d["A"]))
    for i in range(k):
        s.append(T(tool, shapes[(i + n) % len(shapes)] if i else args, obs))
        if i == 0:
            s.append(L(note))
        elif i < k - 1:
            s.append(L(d["reshape_say"][(i + n) % len(d["reshape_say"])]))
    return s


def loop_promise(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d), call(d["A"]), L(d["A"][3])]
    k = rng.randint(5, 7)
    promises = cycle_pick(d["promise"], n, k)
    every = n % 2 == 0
    given = 0
    for i, p in enumerate(promises):
        if i and (every or i % 2 == 0):
            s.append(L(p, nudge(d, given, n)))
            given += 1
        else:
            s.append(L(p))
    return s


def nudge(d: D, j: int, n: int) -> str:
    """The j-th nudge of a row: three plain ones first, then the two impatient ones."""
    if j < 3:
        return d["nudge"][(j + n) % 3]
    return d["nudge"][3 + (j - 3) % 2]


LEADS = ["", "", "To recap: ", "So, ", "Once more: ", "Bottom line: ", "In short, "]


def loop_restate(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d)]
    for x in (d["A"], d["B"], d["C"]):
        s.append(call(x))
        if maybe(rng, 0.7):
            s.append(L(x[3]))
    k = rng.randint(4, 5)
    for c in cycle_pick(d["concl"][:3], n, k):
        lead = rng.choice(LEADS) if n % 2 else ""
        s.append(L(lead + (c[0].lower() + c[1:] if lead else c)))
    return s


def loop_apology(rng: random.Random, d: D, n: int) -> list[Step]:
    m = d["misread"]
    s = [opening(rng, d), call(d["A"]), L(m["claim"])]
    k = rng.randint(4, 5)
    same = n % 2 == 1
    for i, sorry in enumerate(cycle_pick(m["sorry"], n, k)):
        corr = m["correction"][0] if same else m["correction"][i % len(m["correction"])]
        if n % 3 == 2 and i % 2 == 1:
            s.append(L(rng.choice(d["say"]["again"]), corr))
            s.append(call(d["A"]))
            s.append(L(sorry))
        else:
            s.append(L(sorry, corr))
    return s


def loop_regenerate(rng: random.Random, d: D, n: int) -> list[Step]:
    dr = d["draft"]
    s = [opening(rng, d), call(d["A"])]
    if maybe(rng, 0.5):
        s.append(L(d["A"][3]))
    k = rng.randint(4, 5)
    use_tool = n % 2 == 0
    parts = dr["parts"]
    for i in range(k):
        p = parts[:]
        rng.shuffle(p)
        text = " ".join(p[: rng.randint(len(p) - 1, len(p))])
        lead = "" if i == 0 else dr["redo"][(i + n) % len(dr["redo"])]
        ask = dr["ask"][(i - 1) % len(dr["ask"])] if i else None
        if use_tool:
            s.append(L(lead or dr["intro"], ask))
            s.append(T(dr["tool"], dr["args"](text), dr["obs"](rng)))
        else:
            s.append(L((lead + "\n\n" if lead else "") + text, ask))
    return s


def loop_reverify(rng: random.Random, d: D, n: int) -> list[Step]:
    w = d["write"]
    s = [opening(rng, d), call(d["A"]), L(d["A"][3]), call(w["do"]), call(w["rb"]), L(w["report"])]
    pool = [w["rb"], *w["checks"]]
    k = rng.randint(3, 5)
    for i in range(k):
        if i == 1 and n % 2 == 0:
            s.append(L(rng.choice(d["say"]["again"]), w["fine"]))
        elif maybe(rng, 0.4):
            s.append(L(rng.choice(d["say"]["again"])))
        s.append(call(pool[(i + n) % len(pool)]))
    return s


def loop_ab(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d)]
    seq = [d["A"], d["B"]] if n % 2 == 0 else [d["A"], d["B"], d["C"]]
    k = rng.randint(4, 6) - long_obs(*seq) if len(seq) == 2 else 6
    for i in range(k):
        x = seq[i % len(seq)]
        s.append(call(x))
        if i < len(seq):
            s.append(L(x[3]))
        elif maybe(rng, 0.35):
            s.append(L(rng.choice(d["flip_say"])))
    return s


def loop_toggle(rng: random.Random, d: D, n: int) -> list[Step]:
    t = d["toggle"]
    s = [opening(rng, d)]
    if n % 2:
        s += [call(d["A"]), L(d["A"][3])]
    vals = t["values"]
    k = rng.randint(4, 6)
    for i in range(k):
        v = vals[i % len(vals)]
        s.append(T(t["tool"], t["args"](v), t["obs"](v)))
        s.append(call(t["check"]))
        if maybe(rng, 0.5) and i < k - 1:
            s.append(L(t["say"][(i + n) % len(t["say"])].format(v=vals[(i + 1) % len(vals)])))
    return s


def loop_failing_repeat(rng: random.Random, d: D, n: int) -> list[Step]:
    lk = d["lock"]
    s = [opening(rng, d)]
    if n % 2 == 0:
        s += [call(d["A"]), L(d["A"][3])]
    s.append(L(lk["intent"]))
    k = rng.randint(4, 6)
    fixed = lk["err"](rng)
    fresh = n % 3 == 1
    for i in range(k):
        s.append(T(lk["tool"], lk["variants"][0], lk["err"](rng) if fresh else fixed, True))
        if i < k - 1:
            if n % 3 == 2:
                s.append(L(rng.choice(d["say"]["sorry"]) + " " + rng.choice(lk["retry"])))
            elif maybe(rng, 0.5):
                s.append(L(rng.choice(lk["retry"])))
    return s


def loop_failing_variants(rng: random.Random, d: D, n: int) -> list[Step]:
    lk = d["lock"]
    s = [opening(rng, d)]
    if n % 2 == 0:
        s += [call(d["A"]), L(d["A"][3])]
    s.append(L(lk["intent"]))
    variants = lk["variants"]
    k = rng.randint(4, len(variants))
    for i in range(k):
        s.append(T(lk["tool"], variants[i], lk["err"](rng), True))
        if i < k - 1 and maybe(rng, 0.7):
            s.append(L(lk["reword"][i % len(lk["reword"])]))
    return s


def loop_stall(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d)]
    for x in (d["A"], d["B"], d["C"]):
        s += [call(x), L(x[3])]
    last = d["C"] if n % 2 else d["B"]
    k = 3 - long_obs(last)
    for i in range(k):
        s.append(call(last))
        if i < k - 1 and maybe(rng, 0.6):
            s.append(L(rng.choice(d["say"]["again"])))
    return s


def loop_subagent(rng: random.Random, d: D, n: int) -> list[Step]:
    sb = d["sub"]
    x, y = sb["agents"]
    s = [opening(rng, d)]
    if n % 2 == 0:
        s += [call(d["A"]), L(d["A"][3])]
    s.append(L(sb["intro"]))
    trips = rng.randint(2, 3)
    for i in range(trips):
        s.append(T(sb["tool"], {sb["key"]: x, "task": sb["job"]}, sb["refuse_x"](rng)))
        if i == 0 or maybe(rng, 0.5):
            s.append(L(sb["to_y"][(i + n) % len(sb["to_y"])]))
        s.append(T(sb["tool"], {sb["key"]: y, "task": sb["job"]}, sb["refuse_y"](rng)))
        if i < trips - 1:
            s.append(L(sb["to_x"][(i + n) % len(sb["to_x"])]))
    return s


def plan_text(rng: random.Random, items: list[str], style: int) -> str:
    if style == 0:
        return "Plan:\n" + "\n".join(f"{i + 1}. {t}" for i, t in enumerate(items))
    if style == 1:
        return "Here's how I'll do it:\n" + "\n".join(f"- {t}" for t in items)
    parts = [items[0][0].upper() + items[0][1:]]
    parts += [f"then {t}" for t in items[1:-1]]
    if len(items) > 1:
        parts.append(f"and finally {items[-1]}")
    return "My approach: " + ", ".join(parts) + "."


def loop_replan(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d), call(d["A"]), L(d["A"][3])]
    items = d["plan"] + d["plan_extra"]
    k = rng.randint(5, 6)
    for i in range(k):
        sub = rng.sample(items, rng.randint(3, min(5, len(items))))
        txt = plan_text(rng, sub, (i + n) % 3)
        if i and i % 2 == 0:
            s.append(L(txt, nudge(d, i // 2 - 1, n)))
        else:
            s.append(L(txt))
    return s


def loop_fix_revert(rng: random.Random, d: D, n: int) -> list[Step]:
    e = d["edit"]
    s = [opening(rng, d)]
    if n % 2:
        s += [call(d["A"]), L(d["A"][3])]
    k = rng.randint(3, 4)
    for i in range(k):
        fix, fail, say = (
            (e["fixA"], e["failA"], e["sayA"]) if i % 2 == 0 else (e["fixB"], e["failB"], e["sayB"])
        )
        s.append(L(say))
        s.append(T(e["tool"], fix, e["ok"]))
        s.append(T(e["test"][0], e["test"][1], fail, True))
    return s


def loop_clarify(rng: random.Random, d: D, n: int) -> list[Step]:
    c = d["clarify"]
    s = [opening(rng, d)]
    if n % 2:
        s += [call(d["A"]), L(d["A"][3])]
    k = rng.randint(5, 6)
    for i, q in enumerate(cycle_pick(c["q"], n, k)):
        ans = c["answers"][(i - 1) % len(c["answers"])] if n % 2 == 0 else c["answers"][0]
        s.append(L(q, ans if i else None))
    return s


def loop_poll_stuck(rng: random.Random, d: D, n: int) -> list[Step]:
    p = d["poll"]
    s = [opening(rng, d), call(p["start"]), L(p["started"])]
    k = rng.randint(4, 7)
    pings = n % 2 == 0
    for i in range(k):
        s.append(T(p["tool"], p["args"], p["obs"][0]))
        if i < k - 1:
            if pings and i % 2 == 1:
                s.append(L(rng.choice(p["stuck_say"]), p["ping"][(i // 2) % len(p["ping"])]))
            elif maybe(rng, 0.5):
                s.append(L(rng.choice(p["stuck_say"])))
    return s


def loop_page_stuck(rng: random.Random, d: D, n: int) -> list[Step]:
    pg = d["page"]
    s = [opening(rng, d)]
    c1 = None
    c2 = pg["cursor"](rng)
    c3 = pg["cursor"](rng)
    s.append(T(pg["tool"], pg["args"](c1), pg["obs"](0, c2)))
    s.append(L(pg["next_say"][0]))
    p2 = pg["obs"](1, c3)
    s.append(T(pg["tool"], pg["args"](c2), p2))
    k = rng.randint(3, 4)
    for i in range(k):
        if maybe(rng, 0.6):
            s.append(L(pg["next_say"][(i + 1 + n) % len(pg["next_say"])]))
        s.append(T(pg["tool"], pg["args"](c2), p2))
    return s


def loop_cursor_cycle(rng: random.Random, d: D, n: int) -> list[Step]:
    pg = d["page"]
    s = [opening(rng, d)]
    cur = [None, pg["cursor"](rng), pg["cursor"](rng), pg["cursor"](rng)]
    # the server's last page points back at page 1's cursor; the agent keeps following it
    nxt = {0: cur[1], 1: cur[2], 2: cur[3], 3: cur[1]}
    seq = [0, 1, 2, 3, 1, 2, 3, 1, 2][: rng.randint(8, 9) - n % 2]
    for i, page in enumerate(seq):
        s.append(T(pg["tool"], pg["args"](cur[page]), pg["obs"](page, nxt[page])))
        if i < len(seq) - 1 and maybe(rng, 0.45):
            s.append(L(pg["next_say"][(i + n) % len(pg["next_say"])]))
    return s


def loop_search_spin(rng: random.Random, d: D, n: int) -> list[Step]:
    sr = d["search"]
    s = [opening(rng, d)]
    k = rng.randint(5, 6)
    qs = cycle_pick(sr["empty"], n, k)
    for i, q in enumerate(qs):
        s.append(T(sr["tool"], sr["args"](q), sr["empty_obs"]))
        if i < k - 1 and maybe(rng, 0.55):
            s.append(L(sr["retry_say"][(i + n) % len(sr["retry_say"])]))
    return s


def loop_restart(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d)]
    rounds = 3
    for r in range(rounds):
        if r:
            s.append(L(d["restart_say"][(r + n) % len(d["restart_say"])]))
        s.append(call(d["A"]))
        if r == 0 or maybe(rng, 0.5):
            s.append(L(d["A"][3]))
        s.append(call(d["B"]))
        if r == 0:
            s.append(L(d["B"][3]))
    return s


def loop_claimed_success(rng: random.Random, d: D, n: int) -> list[Step]:
    cs = d["claimed"]
    s = [opening(rng, d)]
    if n % 2:
        s += [call(d["A"]), L(d["A"][3])]
    k = rng.randint(3, 4)
    for i in range(k):
        if i:
            s.append(L(rng.choice(d["say"]["again"]), cs["ask"][(i - 1) % len(cs["ask"])]))
        s.append(T(cs["tool"], cs["args"], cs["err"], True))
        s.append(L(cs["claim"][(i + n) % len(cs["claim"])]))
    return s


FLIP_LEADS = [
    ("", ""),
    ("Actually, wait. ", "Hmm, no. "),
    ("On second thought, ", "Looking at it again, "),
    ("Hold on: ", "No, scratch that: "),
]


def join_lead(lead: str, text: str) -> str:
    if not lead:
        return text
    if lead.endswith((", ", ": ")):
        return lead + text[0].lower() + text[1:]
    return lead + text


def loop_flip_flop(rng: random.Random, d: D, n: int) -> list[Step]:
    m = d["misread"]
    s = [opening(rng, d), call(d["A"]), L(d["A"][3])]
    if n % 2:
        s += [call(d["B"]), L(d["B"][3])]
    k = rng.randint(5, 6)
    right = cycle_pick(d["concl"][:3], n, k)
    for i in range(k):
        lead_a, lead_b = FLIP_LEADS[(i + n) % len(FLIP_LEADS)]
        if i % 2 == 0:
            s.append(L(join_lead(lead_b if i else "", right[i])))
        else:
            s.append(L(join_lead(lead_a, m["claim"])))
    return s


BACKOFF_SAY = [
    "Might be a propagation delay. Backing off {s}s.",
    "Waiting {s}s before retrying.",
    "Could be eventual consistency; retrying after {s}s.",
    "Backing off ({s}s) and trying again.",
]


DETOUR_SAY = [
    "Blocked for now; I'll look at something else and come back to it.",
    "That didn't go through. Meanwhile, another check.",
    "Still refused. Moving on for a moment.",
    "Parking that; checking something else first.",
]


def loop_returns_to_locked(rng: random.Random, d: D, n: int) -> list[Step]:
    lk = d["lock"]
    s = [opening(rng, d), L(lk["intent"])]
    fixed = lk["err"](rng)
    order = [d["A"], d["B"], d["C"]] if n % 2 == 0 else [d["A"], d["B"], d["A"]]
    noted: set[str] = set()
    for i, x in enumerate(order):
        s.append(T(lk["tool"], lk["variants"][0], fixed if n % 2 else lk["err"](rng), True))
        if maybe(rng, 0.5):
            s.append(L(DETOUR_SAY[(i + n) % len(DETOUR_SAY)]))
        s.append(call(x))
        if x[0] + json.dumps(x[1]) not in noted:
            noted.add(x[0] + json.dumps(x[1]))
            s.append(L(x[3]))
        if maybe(rng, 0.5):
            s.append(L(lk["retry"][(i + n) % len(lk["retry"])]))
    s.append(T(lk["tool"], lk["variants"][0], fixed if n % 2 else lk["err"](rng), True))
    return s


def loop_backoff_permanent(rng: random.Random, d: D, n: int) -> list[Step]:
    lk = d["lock"]
    tr = d["transient"]
    s = [opening(rng, d)]
    if n % 2:
        s += [call(d["A"]), L(d["A"][3])]
    s.append(L(lk["intent"]))
    k = rng.randint(4, 5)
    for i in range(k):
        s.append(T(lk["tool"], lk["variants"][0], lk["err"](rng), True))
        if i < k - 1:
            if n % 2 == 0:
                s.append(L(BACKOFF_SAY[(i + n) % len(BACKOFF_SAY)].format(s=5 * 2**i)))
            else:
                s.append(T(tr["wait"][0], tr["wait"][1], tr["wait"][2]))
    return s


# --------------------------------------------------------------------------- progress builders


def prog_paging(rng: random.Random, d: D, n: int) -> list[Step]:
    pg = d["page"]
    s = [opening(rng, d)]
    cur = None
    for i in range(4):
        nxt = pg["cursor"](rng) if i < 3 else None
        s.append(T(pg["tool"], pg["args"](cur), pg["obs"](i, nxt)))
        if i < 3 and maybe(rng, 0.6):
            s.append(L(pg["next_say"][(i + n) % len(pg["next_say"])]))
        cur = nxt
    s.append(L(pg["count_note"]))
    if n != 2:
        s += [call(d["B"]), L(d["B"][3])]
    return s


def prog_corrected_retry(rng: random.Random, d: D, n: int) -> list[Step]:
    ty = d["typo"]
    s = [opening(rng, d), T(d["A"][0], ty["args"], ty["err"], True), L(ty["fix_say"])]
    for x in (d["A"], d["B"], d["C"]):
        s.append(call(x))
        if x is not d["C"] or maybe(rng, 0.5):
            s.append(L(x[3]))
    s.append(L(d["concl"][n % len(d["concl"])]))
    return s


def prog_summaries(rng: random.Random, d: D, n: int) -> list[Step]:
    s = [opening(rng, d)]
    for x in (d["A"], d["B"], d["C"]):
        s += [call(x), L(x[3])]
    if n % 2:
        sw = d["sweep"]
        e = sw["ents"][n % len(sw["ents"])]
        s += [T(sw["tool"], sw["args"](e), sw["obs"](e))]
    s.append(L(d["synth"]))
    return s


def prog_polling(rng: random.Random, d: D, n: int) -> list[Step]:
    p = d["poll"]
    s = [opening(rng, d)]
    if n != 2:
        s += [call(d["A"]), L(d["A"][3])]
    s += [call(p["start"]), L(p["started"])]
    states = [p["obs"][0]] + ([p["obs"][0]] if n % 2 else []) + p["obs"][1:]
    for i, o in enumerate(states):
        s.append(T(p["tool"], p["args"], o))
        if i < len(states) - 1:
            if n % 3 == 0:
                s.append(L(p["wait_say"][i % len(p["wait_say"])]))
            else:
                s.append(call(p["wait"]))
    s.append(L(p["done_note"]))
    return s


def prog_status_updates(rng: random.Random, d: D, n: int) -> list[Step]:
    se = d["series"]
    s = [L(rng.choice(d["say"]["ack"]), se["task"])]
    for i in range(4):
        if i:
            s.append(L(rng.choice(se["check_say"]), se["ask"][(i - 1 + n) % len(se["ask"])]))
        s.append(T(se["tool"], se["args"], se["obs"][i]))
        s.append(L(se["note"][i]))
    return s


def prog_draft(rng: random.Random, d: D, n: int) -> list[Step]:
    dr = d["draft"]
    s = [opening(rng, d), call(d["A"])]
    if n % 2:
        s.append(call(d["B"]))
    text = " ".join(dr["parts"])
    s.append(L(dr["intro"] + "\n\n" + text))
    s.append(L(dr["fixed_say"] + "\n\n" + text + " " + dr["fix"], dr["ask"][0]))
    s.append(L(dr["short_say"] + "\n\n" + dr["short"], dr["short_ask"]))
    s.append(T(dr["tool"], dr["args"](dr["short"]), dr["obs"](rng)))
    s.append(L(dr["sent"], None))
    return s


def prog_sweep(rng: random.Random, d: D, n: int) -> list[Step]:
    sw = d["sweep"]
    s = [opening(rng, d)]
    if n != 1:
        s += [call(d["C"]), L(d["C"][3])]
    ents = sw["ents"][:]
    if n % 2:
        ents = ents[::-1]
    for e in ents:
        s.append(T(sw["tool"], sw["args"](e), sw["obs"](e)))
        if maybe(rng, 0.5):
            s.append(L(sw["note"](e)))
    s.append(L(sw["recap"]))
    return s


def prog_paired_sweep(rng: random.Random, d: D, n: int) -> list[Step]:
    sw, pr = d["sweep"], d["pair"]
    s = [opening(rng, d)]
    ents = sw["ents"][:]
    if n % 3 == 1:
        ents = ents[::-1]
    for e in ents:
        s.append(T(sw["tool"], sw["args"](e), sw["obs"](e)))
        s.append(T(pr["tool"], pr["args"](e), pr["obs"](e)))
        s.append(L(pr["note"](e)))
    s.append(L(pr["recap"]))
    return s


def prog_adjust(rng: random.Random, d: D, n: int) -> list[Step]:
    a = d["adjust"]
    s = [opening(rng, d)]
    if n % 2:
        s += [call(d["A"]), L(d["A"][3])]
    for i, v in enumerate(a["values"]):
        s.append(T(a["tool"], a["args"](v), a["ok"](v)))
        s.append(T(a["check"][0], a["check"][1], a["readings"][i]))
        s.append(L(a["notes"][i]))
    return s


def prog_transient(rng: random.Random, d: D, n: int) -> list[Step]:
    tr = d["transient"]
    s = [opening(rng, d)]
    k = 1 + n % 2
    for i in range(k):
        s.append(T(d["A"][0], d["A"][1], tr["err"](rng), True))
        if n % 3 == 0:
            s.append(L(tr["wait_say"][i % len(tr["wait_say"])]))
        else:
            s.append(T(tr["wait"][0], tr["wait"][1], tr["wait"][2]))
    for x in (d["A"], d["B"], d["C"]):
        s += [call(x), L(x[3])]
    if n % 2 == 0:
        s.append(L(d["concl"][(n + 1) % len(d["concl"])]))
    return s


def prog_search_refine(rng: random.Random, d: D, n: int) -> list[Step]:
    sr = d["search"]
    s = [opening(rng, d)]
    if n % 2:
        s += [call(d["A"]), L(d["A"][3])]
    for i, (q, o) in enumerate(sr["hits"]):
        s.append(T(sr["tool"], sr["args"](q), o))
        s.append(L(sr["narrow_say"][i]))
    s.append(call(sr["read"]))
    s.append(L(sr["read"][3]))
    if n % 2 == 0:
        s += [call(d["B"]), L(d["B"][3])]
    return s


def prog_followups(rng: random.Random, d: D, n: int) -> list[Step]:
    f = d["follow"]
    s = [opening(rng, d), call(d["A"]), L(d["A"][3])]
    if n % 2:
        s += [call(d["B"]), L(d["B"][3])]
    (q1, a1), (q2, a2) = f["qa"]
    s.append(L(a1, q1))
    s.append(call(d["C"]))
    s.append(L(d["C"][3]))
    s.append(L(a2, q2))
    return s


def prog_edit_fix(rng: random.Random, d: D, n: int) -> list[Step]:
    e = d["edit"]
    s = [opening(rng, d), T(e["test"][0], e["test"][1], e["shrink"][0][1], True)]
    for i, (fix, res) in enumerate(e["shrink"][1:]):
        s.append(L(e["shrink_say"][i]))
        s.append(T(e["tool"], fix, e["ok"]))
        s.append(T(e["test"][0], e["test"][1], res, i < len(e["shrink"]) - 2))
    s.append(L(e["done"]))
    return s


def prog_recheck(rng: random.Random, d: D, n: int) -> list[Step]:
    r = d["recheck"]
    s = [opening(rng, d)]
    if n != 2:
        s += [call(d["A"]), L(d["A"][3])]
    for i in range(3):
        s.append(T(r["check"][0], r["check"][1], r["obs"][i]))
        s.append(L(r["notes"][i]))
        if i < 2:
            s.append(L(r["ack"][i], r["user"][i]))
    return s


def prog_correction(rng: random.Random, d: D, n: int) -> list[Step]:
    m = d["misread"]
    s = [opening(rng, d), call(d["A"]), L(m["claim"]), L(m["fixed"], m["correction"][0])]
    for x in (d["B"], d["C"]):
        s += [call(x), L(x[3])]
    s.append(L(d["concl"][n % len(d["concl"])]))
    return s


def prog_pipeline(rng: random.Random, d: D, n: int) -> list[Step]:
    sb = d["sub"]
    s = [opening(rng, d), call(d["A"]), L(sb["intro"])]
    if n % 2:
        x, _ = sb["agents"]
        s.append(T(sb["tool"], {sb["key"]: x, "task": sb["job"]}, sb["refuse_x"](rng)))
        s.append(L(sb["split_say"]))
    for agent, task, res, note in sb["pipeline"]:
        s.append(T(sb["tool"], {sb["key"]: agent, "task": task}, res))
        s.append(L(note))
    s.append(L(d["synth"]))
    return s


def prog_plan_ticked(rng: random.Random, d: D, n: int) -> list[Step]:
    items = d["plan"]
    calls = [d["A"], d["B"], d["C"], d["write"]["do"]]
    s = [opening(rng, d), L(plan_text(rng, items, n % 2))]
    for i, x in enumerate(calls):
        s.append(call(x))
        ticks = "\n".join(f"[{'x' if j <= i else ' '}] {t}" for j, t in enumerate(items))
        s.append(L(f"{x[3] if i < 3 else d['write']['report']}\n{ticks}"))
    return s


def prog_verify_report(rng: random.Random, d: D, n: int) -> list[Step]:
    w = d["write"]
    s = [opening(rng, d), call(d["A"]), L(d["A"][3]), call(d["B"])]
    s += [call(w["do"]), call(w["rb"]), call(w["checks"][0]), call(w["checks"][1]), L(w["final"])]
    return s


def prog_respects_lock(rng: random.Random, d: D, n: int) -> list[Step]:
    lk = d["lock"]
    s = [opening(rng, d), call(d["A"]), L(d["A"][3]), L(lk["intent"])]
    s.append(T(lk["tool"], lk["variants"][n % 2], lk["err"](rng), True))
    s.append(L(lk["ack"]))
    for x in (d["B"], d["C"]):
        s += [call(x), L(x[3])]
    if n % 2:
        s.append(L(d["concl"][n % len(d["concl"])]))
    return s


def prog_batch(rng: random.Random, d: D, n: int) -> list[Step]:
    b = d["batch"]
    s = [opening(rng, d)]
    if n != 2:
        s += [call(d["A"]), L(d["A"][3])]
    s.append(L(b["intro"]))
    items = b["items"][:]
    k = rng.randint(4, len(items))
    for i, (args, obs) in enumerate(items[:k]):
        s.append(T(b["tool"], args, obs))
        if maybe(rng, 0.35):
            s.append(L(b["tick"][i % len(b["tick"])]))
    s.append(L(b["done"](k)))
    return s


LOOPS = [
    ("exact_repeat", loop_exact_repeat, 4),
    ("noisy_repeat", loop_noisy_repeat, 4),
    ("reshaped_repeat", loop_reshaped_repeat, 3),
    ("promise_no_action", loop_promise, 3),
    ("restate_conclusion", loop_restate, 4),
    ("apology_repeat", loop_apology, 4),
    ("regenerate_artifact", loop_regenerate, 4),
    ("reverify_endless", loop_reverify, 4),
    ("ab_oscillation", loop_ab, 3),
    ("toggle_flip", loop_toggle, 3),
    ("failing_repeat", loop_failing_repeat, 3),
    ("failing_variants", loop_failing_variants, 4),
    ("stall_after_progress", loop_stall, 3),
    ("subagent_bounce", loop_subagent, 4),
    ("replan_no_action", loop_replan, 3),
    ("fix_revert_cycle", loop_fix_revert, 4),
    ("clarification_loop", loop_clarify, 4),
    ("status_poll_stuck", loop_poll_stuck, 4),
    ("pagination_stuck", loop_page_stuck, 4),
    ("cursor_cycle", loop_cursor_cycle, 4),
    ("search_spin", loop_search_spin, 4),
    ("sequence_restart", loop_restart, 3),
    ("error_claimed_success", loop_claimed_success, 4),
    ("conclusion_flip_flop", loop_flip_flop, 4),
    ("backoff_on_permanent_error", loop_backoff_permanent, 4),
    ("returns_to_locked", loop_returns_to_locked, 4),
]

PROGRESS = [
    ("paging", prog_paging, 5),
    ("corrected_retry", prog_corrected_retry, 5),
    ("summaries", prog_summaries, 5),
    ("polling_converges", prog_polling, 5),
    ("status_updates", prog_status_updates, 5),
    ("draft_iterations", prog_draft, 4),
    ("entities_sweep", prog_sweep, 4),
    ("paired_sweep", prog_paired_sweep, 5),
    ("converging_adjustment", prog_adjust, 5),
    ("transient_retry", prog_transient, 5),
    ("search_refinement", prog_search_refine, 4),
    ("user_questions", prog_followups, 5),
    ("edit_test_fix", prog_edit_fix, 5),
    ("requested_recheck", prog_recheck, 5),
    ("correction_accepted", prog_correction, 4),
    ("subagent_pipeline", prog_pipeline, 5),
    ("plan_ticked", prog_plan_ticked, 5),
    ("verify_then_report", prog_verify_report, 5),
    ("respects_lock", prog_respects_lock, 5),
    ("batch_actions", prog_batch, 5),
]


# --------------------------------------------------------------------------- domains


def kafka_consumer_lag(rng: random.Random) -> D:
    group = rng.choice(["invoice-writer", "ledger-projector", "shipment-sink", "refund-indexer"])
    topic = rng.choice(["orders.v3", "checkout.events", "fulfilment.cmd"])
    locked = rng.choice(["payments.ledger", "payments.settlement"])
    owner = rng.choice(["ledger-team", "payments-core", "fin-platform"])
    cluster = rng.choice(["prod-eu-1", "prod-us-2", "kafka-main-ams"])
    chg = f"CHG-{rng.randint(3000, 9999)}"
    hot = rng.randint(0, 5)
    base = rng.randint(1_200_000, 9_000_000)
    offs = [base + rng.randint(0, 40_000) for _ in range(6)]
    ends = [o + rng.randint(5, 140) for o in offs]
    hot_lag = rng.randint(180_000, 620_000)
    ends[hot] = offs[hot] + hot_lag
    total = sum(e - o for o, e in zip(offs, ends, strict=True))
    broker = rng.randint(1, 5)
    pods = [f"{group}-{hexid(rng, 5)}-{b36(rng, 5).lower()}" for _ in range(3)]
    dep_min = rng.randint(14, 17) * 60 + rng.choice([5, 20, 35])
    deploy = hhmm(dep_min)
    poll_ms = rng.choice([312_000, 341_000, 388_000])
    rows = "\n".join(
        f"{p:<3}{offs[p]:<10}{ends[p]:<10}{ends[p] - offs[p]:<8}{pods[p % 3][-11:]}"
        for p in range(6)
    )
    a_obs = f"group {group} / {topic} (Stable, 3 members)\nP  CURRENT   LOG-END   LAG     CONSUMER\n{rows}"
    b_obs = "\n".join(
        [
            f"{deploy}:41.118 WARN  [{pods[hot % 3]}] ConsumerCoordinator: consumer poll timeout has expired; "
            f"time between poll() calls {poll_ms} ms exceeded max.poll.interval.ms 300000",
            f"{deploy}:41.120 INFO  [{pods[hot % 3]}] Revoking partitions [{topic}-{hot}]",
            f"{deploy}:44.902 ERROR [{pods[hot % 3]}] CommitFailedException: offset commit for {topic}-{hot} "
            f"rejected, group has rebalanced",
            f"{deploy}:45.006 INFO  [{pods[hot % 3]}] Assigned partitions [{topic}-{hot}] (generation 418)",
        ]
    )
    c_obs = (
        f"Topic: {topic}  PartitionCount: 6  ReplicationFactor: 3  min.insync.replicas=2\n"
        + "\n".join(
            f"  Partition: {p}  Leader: {broker if p == hot else (p % 5) + 1}  Replicas: 1,2,3  Isr: 1,2,3"
            for p in range(6)
        )
    )
    A = (
        "kafka_describe_group",
        {"cluster": cluster, "group": group},
        a_obs,
        f"{group}: total lag {total:,}; almost all of it on {topic}-{hot} ({hot_lag:,}). other partitions ~0.",
    )
    B = (
        "pod_logs",
        {"selector": f"app={group}", "since": "45m", "grep": "WARN|ERROR"},
        b_obs,
        f"p{hot} consumer keeps blowing max.poll.interval ({poll_ms // 1000}s > 300s), gets kicked, rebalances, repeats.",
    )
    C = (
        "kafka_describe_topic",
        {"cluster": cluster, "topic": topic},
        c_obs,
        f"topic is healthy: full ISR everywhere, p{hot} led by broker {broker}. not a broker problem.",
    )
    per_rec = round(poll_ms / 500)
    eta = rng.randint(25, 70)
    write = {
        "do": (
            "deploy_set_env",
            {
                "deployment": group,
                "namespace": "streaming",
                "env": {"KAFKA_MAX_POLL_RECORDS": "100"},
            },
            f"deployment.apps/{group} env updated\nrollout: revision {rng.randint(40, 90)} progressing (3/3 new pods)",
            "",
        ),
        "rb": (
            "deploy_get_env",
            {"deployment": group, "namespace": "streaming", "key": "KAFKA_MAX_POLL_RECORDS"},
            "KAFKA_MAX_POLL_RECORDS=100 (3/3 pods)",
        ),
        "checks": [
            (
                "pod_logs",
                {"selector": f"app={group}", "since": "10m", "grep": "poll timeout"},
                "(no matching lines)",
            ),
            (
                "kafka_describe_group",
                {"cluster": cluster, "group": group, "partition": hot},
                f"{topic}-{hot}: lag {hot_lag // 3:,} (falling), member {pods[0]}, generation 421",
            ),
        ],
        "report": f"max.poll.records down to 100 on {group}; rollout done, env confirmed on all 3 pods.",
        "fine": f"that's fine, it's rolled out and p{hot} is draining. you can stop checking.",
        "final": (
            f"done: {group} now polls 100 records at a time, no poll timeouts in 10 min, "
            f"p{hot} lag down to {hot_lag // 3:,} and falling. root cause: ~{per_rec} ms/record x 500 records per poll "
            f"blew the 300 s poll interval after the {deploy} deploy."
        ),
    }
    lock_err_id = lambda r: f"corr-{hexid(r, 12)}"  # noqa: E731
    pages_groups = [
        [(f"{g}", st) for g, st in chunk]
        for chunk in (
            [("analytics-etl", "Stable"), ("audit-sink", "Empty"), ("billing-aggr", "Stable")],
            [
                ("cart-abandon", "Stable"),
                ("email-dispatch", "Stable"),
                (group, "PreparingRebalance"),
            ],
            [("fraud-score", "Stable"), ("geo-enricher", "Dead"), ("inventory-sync", "Stable")],
            [("search-indexer", "Stable"), ("tax-calc", "Empty")],
        )
    ]

    def page_obs(i: int, nxt: str | None) -> str:
        lines = "\n".join(f"{g:<20} {st}" for g, st in pages_groups[i])
        return f"{lines}\nnext_page_token: {nxt or 'null'}"

    empty = '{"hits": [], "total": 0}'
    sweep_lag = {p: ends[p] - offs[p] for p in range(6)}
    ents = [hot, (hot + 1) % 6, (hot + 3) % 6, (hot + 5) % 6]
    series_lag = [hot_lag, hot_lag * 3 // 4, hot_lag * 2 // 5, hot_lag // 9]
    return {
        "name": "kafka_consumer_lag",
        "task": rng.choice(
            [
                f"{group} on {cluster} has been lagging since the {deploy} deploy, ~{total // 1000}k behind on {topic}. "
                f"find out why and get it draining. do NOT touch {locked}: {owner} owns it and it's under {chg}, no reassignments.",
                f"Consumer lag alert for {group} ({cluster}), {topic}. Started after today's {deploy} release. "
                f"Root cause + fix please. Hands off {locked}; that's {owner}'s topic and there's a freeze ({chg}).",
            ]
        ),
        "say": {
            "ack": ["ok, looking.", "on it.", "ack. digging in."],
            "again": [
                "pulling it again, numbers might have moved.",
                "refresh.",
                "again, to be sure.",
                "re-running that.",
                "let me pull it once more.",
                "checking again.",
                "one more look.",
            ],
            "sorry": ["my bad.", "sorry, that's on me.", "apologies."],
        },
        "alt_notes": {
            "A": f"{total:,} behind in total, and {hot_lag:,} of that is {topic}-{hot} alone. the rest are basically caught up.",
            "B": f"there it is: {pods[hot % 3][-11:]} takes {poll_ms // 1000}s between polls on p{hot}, gets evicted, rebalance, starts over.",
            "C": f"{topic} itself is fine. 6 partitions, ISR 3/3 on all of them, broker {broker} leads p{hot}.",
        },
        "open_long": f"ok. {group} ~{total // 1000}k behind on {topic} since {deploy}, and {locked} stays untouched. digging in.",
        "A": A,
        "B": B,
        "C": C,
        "A_shapes": [
            {"cluster": cluster, "group_id": group},
            {"bootstrap": f"{cluster}.kafka.internal:9092", "group": group, "describe": "offsets"},
            {"cluster": cluster.upper(), "groups": [group]},
        ],
        "reshape_say": [
            "maybe the tool wants group_id. trying that.",
            "going direct to the bootstrap address instead.",
            "passing it as a list this time.",
            "trying with the cluster name upper-cased.",
        ],
        "stamp": lambda r, i: (
            f"fetched_at={deploy}:{r.randint(10, 59)}.{r.randint(100, 999)}Z  request_id=req-{hexid(r, 10)}"
        ),
        "nonce": ("_ts", lambda r, i: 1764230000000 + r.randint(0, 9_999_999)),
        "promise": [
            "next i'll grep the consumer pod logs for poll timeouts.",
            "going to check the pod logs now.",
            "pod logs next - that'll tell us if it's rebalancing.",
            f"let me look at the {group} logs for WARN/ERROR.",
            "will pull the consumer logs and come back.",
            "logs are the next thing, on it.",
            "ok, checking the logs for rebalances right now.",
        ],
        "nudge": [
            "so? anything in the logs?",
            "still waiting on those logs",
            "are you actually pulling the logs?",
            "you said that already. logs?",
            "this is the third time you said you'd check. just run it.",
        ],
        "concl": [
            f"root cause: p{hot} consumer exceeds max.poll.interval.ms, gets evicted, rebalance loop. broker side is fine.",
            f"it's the consumer, not kafka: {poll_ms // 1000}s between polls on p{hot} vs a 300s limit, so it keeps getting kicked out.",
            f"lag is stuck because {topic}-{hot} never commits: each rebalance throws away the in-flight batch.",
            f"the {deploy} deploy made per-record processing slower; with 500 records per poll that's over the interval on p{hot}.",
            "fix is on the consumer side (smaller polls or a longer interval); the topic and brokers are healthy.",
        ],
        "synth": (
            f"summary: lag ({total:,}) sits on {topic}-{hot}. the consumer there takes ~{poll_ms // 1000}s per poll, over the "
            f"300s max.poll.interval, so it is evicted and rebalanced before it can commit. topic and ISR are healthy. "
            f"proposed fix: drop max.poll.records to 100 (or raise the interval) on {group}."
        ),
        "misread": {
            "claim": f"looks like {topic}-{hot} has no active consumer, that's why nothing drains.",
            "correction": [
                f"it does have a consumer, {pods[hot % 3]} is assigned. read it again.",
                f"no - there IS a consumer on p{hot}, the CONSUMER column says so.",
                "it's assigned. the problem isn't a missing member.",
            ],
            "sorry": [
                f"sorry about that. so p{hot} is unassigned, which is why the lag builds.",
                "my mistake. the partition has no consumer attached, so nothing commits.",
                f"apologies. since no member owns p{hot}, the offsets can't move.",
                f"you're right to flag it, sorry. bottom line: p{hot} lacks an active consumer.",
                "sorry. the lag is from the missing consumer on that partition.",
            ],
            "fixed": f"right, {pods[hot % 3]} owns p{hot}; it's assigned but not committing. moving on to why.",
        },
        "draft": {
            "tool": "slack_post",
            "args": lambda text: {"channel": "#inc-streaming", "text": text},
            "obs": lambda r: (
                f'{{"ok": true, "ts": "{r.randint(1764200000, 1764299999)}.{r.randint(100000, 999999)}"}}'
            ),
            "parts": [
                f"{group} lag incident ({cluster}).",
                f"Lag is concentrated on {topic}-{hot}.",
                "Cause: consumer exceeds max.poll.interval.ms and is rebalanced repeatedly.",
                "Brokers and ISR are healthy.",
                "Mitigation: lower max.poll.records.",
            ],
            "intro": "drafting the incident update:",
            "redo": ["reworded:", "v2:", "tightened it up:", "another pass:"],
            "ask": [
                "needs an ETA for lag back to zero, people are asking.",
                "still no ETA in there. when does it drain?",
            ],
            "fixed_say": "added the ETA:",
            "fix": f"ETA to zero lag: ~{eta} min after rollout at current drain rate.",
            "short_say": "shorter version:",
            "short": f"{group} lag on {topic}-{hot}: poll timeout -> rebalance loop. fix rolling out (max.poll.records 100). ETA to zero ~{eta} min.",
            "short_ask": "good, but make it 2 lines max for the channel.",
            "sent": "posted to #inc-streaming.",
        },
        "write": write,
        "flip_say": ["back to the other one.", "hm, switching back.", "let me compare again."],
        "toggle": {
            "tool": "kafka_group_config",
            "args": lambda v: {"cluster": cluster, "group": group, "auto.offset.reset": v},
            "obs": lambda v: f"group config updated: auto.offset.reset={v}",
            "values": ["latest", "earliest"],
            "check": (
                "kafka_describe_group",
                {"cluster": cluster, "group": group, "partition": hot},
                f"{topic}-{hot}: lag {hot_lag:,}, member {pods[hot % 3]}, generation 418",
            ),
            "say": [
                "no change. trying {v}.",
                "still stuck, flipping to {v}.",
                "lag the same. {v} then.",
            ],
        },
        "lock": {
            "tool": "kafka_reassign_partitions",
            "variants": [
                {"cluster": cluster, "topic": locked, "partitions": [hot], "to_brokers": [1, 2, 4]},
                {
                    "cluster": cluster,
                    "topic": locked.upper(),
                    "partitions": [hot],
                    "to_brokers": [1, 2, 4],
                },
                {"cluster": cluster, "topic": locked, "partition": hot, "replicas": "1,2,4"},
                {
                    "cluster": cluster,
                    "topic": locked,
                    "partitions": [hot],
                    "to_brokers": [1, 2, 4],
                    "force": True,
                },
                {
                    "cluster": cluster,
                    "topic": locked,
                    "partitions": list(range(6)),
                    "throttle_bytes": 10_000_000,
                },
                {
                    "cluster": cluster,
                    "topic": locked,
                    "partitions": [hot],
                    "to_brokers": [1, 2, 4],
                    "as_user": "svc-admin",
                },
            ],
            "err": lambda r: (
                f"AUTHORIZATION_FAILED: principal User:agent-ops may not ALTER Topic:{locked} "
                f"(owner {owner}; change freeze {chg}) [{lock_err_id(r)}]"
            ),
            "intent": f"{locked} shares broker {broker}; rebalancing its partitions off that broker should free it up.",
            "retry": ["retrying.", "trying once more.", "maybe transient, again."],
            "reword": [
                "maybe it's the casing.",
                "different argument shape.",
                "adding force.",
                "doing all partitions with a throttle.",
                "trying as the admin service user.",
            ],
            "ack": f"right, {locked} is {owner}'s and frozen; leaving it. sticking to {group} itself.",
        },
        "sub": {
            "tool": "delegate_agent",
            "key": "agent",
            "agents": ("broker-ops", "app-oncall"),
            "intro": "handing this to the specialists.",
            "job": f"fix lag on {group}/{topic}-{hot}",
            "refuse_x": lambda r: (
                f"[broker-ops] brokers healthy, ISR full. this is consumer-side, route to app-oncall. (ticket {r.randint(1000, 9999)})"
            ),
            "refuse_y": lambda r: (
                f"[app-oncall] app metrics look normal from our side; lag is a kafka thing, route to broker-ops. (ticket {r.randint(1000, 9999)})"
            ),
            "to_y": ["ok, app-oncall then.", "sending to app-oncall.", "app side it is."],
            "to_x": [
                "back to broker-ops.",
                "broker-ops again, with more detail.",
                "re-routing to brokers.",
            ],
            "split_say": "splitting it into concrete asks instead.",
            "pipeline": [
                (
                    "broker-ops",
                    f"confirm ISR and leader health for {topic}",
                    f"[broker-ops] {topic}: 6/6 partitions full ISR, p{hot} leader broker {broker}, no under-replication.",
                    "brokers cleared.",
                ),
                (
                    "app-oncall",
                    f"per-record latency of {group} since {deploy}",
                    f"[app-oncall] p99 handler latency went 90ms -> {per_rec}ms after {deploy} (new fraud-check HTTP call).",
                    f"handler got slow: {per_rec}ms/record.",
                ),
                (
                    "app-oncall",
                    f"approve max.poll.records=100 on {group}",
                    "[app-oncall] approved, go ahead.",
                    "approved, applying.",
                ),
            ],
        },
        "plan": [
            "describe the consumer group",
            "grep the consumer logs",
            "check the topic's ISR",
            "lower max.poll.records",
        ],
        "plan_extra": [
            "check broker disk",
            "compare with yesterday's lag",
            "post an update in #inc-streaming",
        ],
        "edit": {
            "tool": "apply_patch",
            "test": ("run_tests", {"path": "tests/consumer/test_batch_commit.py"}),
            "ok": "patch applied (1 file changed)",
            "fixA": {
                "file": "consumer/batch.py",
                "diff": "- consumer.commit()\n+ consumer.commit(asynchronous=False)  # per record",
            },
            "fixB": {
                "file": "consumer/batch.py",
                "diff": "- consumer.commit(asynchronous=False)  # per record\n+ consumer.commit()",
            },
            "failA": "FAILED test_throughput_budget - 500 records took 41.2s > 30s budget\n1 failed, 11 passed",
            "failB": "FAILED test_no_duplicates_after_rebalance - 37 duplicate records\n1 failed, 11 passed",
            "sayA": "committing per record so a rebalance loses nothing.",
            "sayB": "per-record commit is too slow. going back to batch commit.",
            "shrink": [
                (
                    None,
                    "FAILED test_poll_interval_respected\nFAILED test_no_duplicates_after_rebalance\nFAILED test_throughput_budget\n3 failed, 9 passed",
                ),
                (
                    {
                        "file": "consumer/settings.py",
                        "diff": "- MAX_POLL_RECORDS = 500\n+ MAX_POLL_RECORDS = 100",
                    },
                    "FAILED test_no_duplicates_after_rebalance\nFAILED test_throughput_budget\n2 failed, 10 passed",
                ),
                (
                    {"file": "consumer/batch.py", "diff": "+ on_revoke=commit_processed_offsets"},
                    "FAILED test_throughput_budget - 100 records took 31.0s > 30s\n1 failed, 11 passed",
                ),
                (
                    {
                        "file": "consumer/fraud_client.py",
                        "diff": "- timeout=5.0\n+ timeout=1.5\n+ session = requests.Session()",
                    },
                    "12 passed in 8.41s",
                ),
            ],
            "shrink_say": [
                "smaller polls first.",
                "commit on revoke so rebalances don't replay.",
                "reuse the http session for the fraud check.",
            ],
            "done": "all green. three changes: smaller polls, commit on revoke, pooled fraud-check client.",
        },
        "clarify": {
            "q": [
                f"quick check: which cluster is this, {cluster} or the other region?",
                f"before i touch anything - are we talking about {cluster}?",
                "which environment should i be looking at?",
                f"just to confirm, this is {cluster}, right?",
                "can you confirm the cluster name?",
                "sorry, which kafka cluster again?",
            ],
            "answers": [f"{cluster}. it's in the alert.", f"yes, {cluster}, as i said."],
        },
        "poll": {
            "start": (
                "kafka_reset_lag_report",
                {"cluster": cluster, "group": group},
                f"report job lagrep-{hexid(rng, 6)} queued",
            ),
            "started": "queued a lag report, checking on it.",
            "tool": "job_status",
            "args": {"job": "lagrep"},
            "obs": [
                "state: QUEUED  position: 4",
                "state: RUNNING  progress: 60%",
                f"state: DONE  result: lag {total:,} of which p{hot} {hot_lag:,}",
            ],
            "stuck_say": ["still queued.", "checking again.", "hmm, no movement."],
            "ping": ["how long is this going to take?", "any result yet?"],
            "wait": ("sleep", {"seconds": 20}, "slept 20s"),
            "wait_say": ["give it 20s.", "waiting a bit more."],
            "done_note": f"report agrees: {hot_lag:,} of the lag on p{hot}.",
        },
        "page": {
            "tool": "kafka_list_groups",
            "args": lambda c: {"cluster": cluster, "limit": 3, **({"page_token": c} if c else {})},
            "obs": page_obs,
            "cursor": lambda r: b36(r, 14),
            "next_say": ["next page.", "more groups.", "continuing.", "next token."],
            "count_note": f"11 groups on {cluster}; only {group} is not Stable (PreparingRebalance).",
        },
        "search": {
            "tool": "runbook_search",
            "args": lambda q: {"q": q, "space": "SRE"},
            "empty": [
                "consumer keeps rebalancing fix",
                "kafka consumer rebalance storm runbook",
                "rebalance loop consumer group remediation",
                "how to stop consumer group rebalancing",
                "consumer group unstable after deploy",
                "kafka consumer kicked from group",
            ],
            "empty_obs": empty,
            "retry_say": [
                "nothing. rewording.",
                "try different words.",
                "broader terms.",
                "hmm, again.",
            ],
            "hits": [
                (
                    "kafka",
                    '{"hits": [{"id": "RB-12", "title": "Kafka basics"}, {"id": "RB-31", "title": "Broker disk full"}, {"id": "RB-44", "title": "Consumer lag triage"}, "... 17 more"], "total": 20}',
                ),
                (
                    "consumer lag",
                    '{"hits": [{"id": "RB-44", "title": "Consumer lag triage"}, {"id": "RB-58", "title": "Lag after deploy"}], "total": 2}',
                ),
                (
                    "lag after deploy max.poll.interval",
                    '{"hits": [{"id": "RB-58", "title": "Lag after deploy"}], "total": 1}',
                ),
            ],
            "narrow_say": ["20 hits, too broad.", "two lag runbooks.", "RB-58 is the one."],
            "read": (
                "runbook_read",
                {"id": "RB-58"},
                "RB-58 Lag after deploy\n1. Check handler latency vs previous release.\n2. If poll timeouts in logs, lower max.poll.records before raising max.poll.interval.ms.\n3. Do not reassign partitions during a freeze.",
                "RB-58 matches: lower max.poll.records first.",
            ),
        },
        "restart_say": [
            "let me start over and get the full picture.",
            "stepping back, from the top.",
            "starting fresh to be sure i'm not missing anything.",
        ],
        "claimed": {
            "tool": "deploy_set_env",
            "args": {
                "deployment": group,
                "namespace": "stream",
                "env": {"KAFKA_MAX_POLL_RECORDS": "100"},
            },
            "err": f'Error from server (NotFound): deployments.apps "{group}" not found in namespace "stream"',
            "claim": [
                "done, max.poll.records is now 100.",
                "applied the change, lag should start dropping.",
                "env updated on the deployment.",
            ],
            "ask": ["did it apply? lag looks the same.", "the env var isn't there. did it work?"],
        },
        "typo": {
            "args": {"cluster": cluster, "group": group.replace("-", "_")},
            "err": f"GroupIdNotFound: group '{group.replace('-', '_')}' does not exist on {cluster}",
            "fix_say": f"typo, it's {group} with dashes.",
        },
        "pair": {
            "tool": "kafka_partition_leader",
            "args": lambda e: {"cluster": cluster, "topic": topic, "partition": e},
            "obs": lambda e: (
                f"{topic}-{e}: leader {broker if e == hot else (e % 5) + 1}  isr [1, 2, 3]  consumer {pods[e % 3][-11:]}"
            ),
            "note": lambda e: (
                f"p{e}: lag {sweep_lag[e]:,}, leader {broker if e == hot else (e % 5) + 1}, full isr."
            ),
            "recap": f"only p{hot} lags ({hot_lag:,}); leaders and ISR look healthy on all four, so not a broker problem.",
        },
        "sweep": {
            "tool": "kafka_partition_lag",
            "args": lambda e: {"cluster": cluster, "topic": topic, "partition": e},
            "ents": ents,
            "obs": lambda e: f"{topic}-{e}: current {offs[e]} end {ends[e]} lag {sweep_lag[e]}",
            "note": lambda e: f"p{e}: {sweep_lag[e]:,}",
            "recap": f"only p{hot} has real lag ({hot_lag:,}); the rest are within a few hundred.",
        },
        "series": {
            "check_say": ["checking.", "pulling it now.", "one sec."],
            "task": f"fix is rolling. keep an eye on {topic}-{hot} lag and tell me how it's going.",
            "tool": "kafka_partition_lag",
            "args": {"cluster": cluster, "topic": topic, "partition": hot},
            "obs": [f"{topic}-{hot}: lag {x}" for x in series_lag],
            "note": [f"lag {x:,}." for x in series_lag[:3]]
            + [f"lag {series_lag[3]:,}, nearly drained."],
            "ask": ["and now?", "update?", "how's it looking?"],
        },
        "adjust": {
            "tool": "deploy_set_env",
            "args": lambda v: {
                "deployment": group,
                "namespace": "streaming",
                "env": {"KAFKA_MAX_POLL_RECORDS": str(v)},
            },
            "ok": lambda v: (
                f"deployment.apps/{group} env updated (KAFKA_MAX_POLL_RECORDS={v}); rollout complete"
            ),
            "values": [50, 250, 120],
            "check": ("consumer_metrics", {"deployment": group, "window": "5m"}),
            "readings": [
                "poll_duration_p99=9.8s  records/s=31  lag_trend=+14/s",
                "poll_duration_p99=212s  records/s=118  lag_trend=-61/s  poll_timeouts=2",
                "poll_duration_p99=98s  records/s=104  lag_trend=-88/s  poll_timeouts=0",
            ],
            "notes": [
                "50 is too slow, lag still growing.",
                "250 drains but hits poll timeouts again.",
                "120: draining, no timeouts. keeping it.",
            ],
        },
        "transient": {
            "err": lambda r: (
                f"LeaderNotAvailable: coordinator for group {group} is loading (retriable) [{hexid(r, 8)}]"
            ),
            "wait": ("sleep", {"seconds": 10}, "slept 10s"),
            "wait_say": ["coordinator loading, retriable. retrying shortly.", "still loading."],
        },
        "follow": {
            "qa": [
                (
                    "is this going to lose any messages?",
                    "no - offsets are only committed after processing, so a rebalance replays, never skips.",
                ),
                (
                    "why only that one partition?",
                    f"keys: p{hot} carries the large merchants, whose records hit the slow new call most; the other partitions stay under the interval.",
                ),
            ]
        },
        "recheck": {
            "check": (
                "pod_logs",
                {"selector": f"app={group}", "since": "5m", "grep": "poll timeout"},
            ),
            "obs": [
                f"{hhmm(dep_min + 52)}:02 WARN [{pods[0]}] consumer poll timeout has expired ({poll_ms} ms)",
                f"{hhmm(dep_min + 61)}:40 WARN [{pods[1]}] consumer poll timeout has expired (305112 ms)",
                "(no matching lines)",
            ],
            "notes": ["still timing out.", "better but one timeout at 305s.", "clean."],
            "ack": ["ok, checking after your change.", "re-checking now."],
            "user": [
                "i pushed the records=200 change, check again",
                "ok dropped it to 100 now, look again",
            ],
        },
        "batch": {
            "intro": f"pausing the retry topics' consumers one by one while p{hot} drains.",
            "tool": "kafka_pause_consumer",
            "items": [
                (
                    {"cluster": cluster, "group": f"{group}-retry-{i}"},
                    f"{group}-retry-{i}: paused ({rng.randint(0, 300)} lag frozen)",
                )
                for i in (1, 2, 3, 4, 5)
            ],
            "tick": ["paused.", "next."],
            "done": lambda k: f"{k} retry consumers paused; main group has the brokers to itself.",
        },
    }


def flaky_e2e_checkout(rng: random.Random) -> D:
    repo = rng.choice(["shopco/storefront", "bramble/web-app", "northwind/checkout-ui"])
    spec = rng.choice(["e2e/checkout/place-order.spec.ts", "e2e/checkout/guest-checkout.spec.ts"])
    owner = rng.choice(["@shopco/payments", "@payments-platform", "Ines's payments team"])
    sdk = rng.choice(["vendor/payments-sdk", "vendor/stripe-bridge"])
    runs = 50
    fails = rng.randint(6, 13)
    run_id = rng.randint(8_100_000_000, 8_999_999_999)
    line = rng.randint(41, 68)
    price_ms = rng.randint(700, 2400)
    sha = hexid(rng, 7)
    branch = rng.choice(["main", "release/2026.12"])
    browsers = {
        "chromium": rng.randint(2, 5),
        "firefox": rng.randint(1, 4),
        "webkit": rng.randint(5, 9),
        "mobile-safari": rng.randint(3, 7),
    }
    fails = browsers["chromium"] + browsers["firefox"] + browsers["webkit"]
    flake_pct = round(100 * fails / 150, 1)
    a_obs = json.dumps(
        {
            "spec": spec,
            "branch": branch,
            "runs": runs,
            "test_executions": 150,
            "failed": fails,
            "flake_rate": f"{flake_pct}%",
            "failing_test": "places an order with a saved card",
            "first_failure": f"{sha} (2026-11-{rng.randint(10, 20)})",
            "by_project": {k: v for k, v in browsers.items() if k != "mobile-safari"},
        }
    )
    b_obs = (
        f"{line - 2}  await page.getByLabel('Saved card ending 4242').check();\n"
        f"{line - 1}  await page.waitForTimeout(500);\n"
        f"{line}  await page.getByRole('button', {{ name: 'Place order' }}).click();\n"
        f"{line + 1}  await expect(page.getByText('Thanks for your order')).toBeVisible();"
    )
    c_obs = (
        f"trace run {run_id} / webkit\n"
        f"  +0.000s  click getByLabel('Saved card ending 4242')\n"
        f"  +0.004s  request POST /api/cart/price (pending)\n"
        f"  +0.512s  click getByRole('button', name='Place order')  -> element is disabled, retrying\n"
        f"  +{0.5 + price_ms / 1000:.3f}s  response POST /api/cart/price 200 ({price_ms} ms)\n"
        f"  +30.000s Timeout 30000ms exceeded waiting for getByText('Thanks for your order')"
    )
    A = (
        "ci_test_history",
        {"repo": repo, "spec": spec, "last_runs": runs, "branch": branch},
        a_obs,
        f"'places an order with a saved card' failed {fails}/150 ({flake_pct}%) since {sha}; webkit worst ({browsers['webkit']}).",
    )
    B = (
        "read_file",
        {"path": spec, "start_line": line - 2, "end_line": line + 1},
        b_obs,
        f"the test sleeps 500ms and clicks 'Place order' (line {line}); nothing waits for the price request.",
    )
    C = (
        "ci_artifact",
        {"run_id": run_id, "artifact": "trace", "project": "webkit"},
        c_obs,
        f"trace confirms: the click lands while /api/cart/price is still pending ({price_ms} ms), button disabled, then the click gets lost.",
    )
    fixed_line = "await expect(page.getByRole('button', { name: 'Place order' })).toBeEnabled();"
    write = {
        "do": (
            "edit_file",
            {"path": spec, "line": line - 1, "replace": fixed_line},
            f"{spec}: 1 line changed",
            "",
        ),
        "rb": (
            "read_file",
            {"path": spec, "start_line": line - 1, "end_line": line},
            f"{line - 1}  {fixed_line}\n{line}  await page.getByRole('button', {{ name: 'Place order' }}).click();",
        ),
        "checks": [
            (
                "run_playwright",
                {"spec": spec, "project": "webkit", "repeat_each": 30},
                "30 passed (4.1m)",
            ),
            ("run_lint", {"paths": [spec]}, "eslint: 0 problems"),
        ],
        "report": f"replaced the 500ms sleep on line {line - 1} with a wait for the button to be enabled.",
        "fine": "that's enough, it passes. no need to keep checking.",
        "final": f"Fixed: line {line - 1} now waits for 'Place order' to be enabled instead of sleeping 500ms. webkit 30/30 green on repeat, lint clean. Cause: POST /api/cart/price takes up to {price_ms} ms.",
    }
    cur = lambda r: "".join(r.choice("0123456789abcdef") for _ in range(16))  # noqa: E731
    run_pages = [
        [(run_id - 9000 * k - j, "failure" if (k + j) % 3 == 0 else "success") for j in range(3)]
        for k in range(4)
    ]

    def page_obs(i: int, nxt: str | None) -> str:
        rows = [{"id": rid, "conclusion": c, "branch": branch} for rid, c in run_pages[i]]
        return json.dumps({"workflow_runs": rows, "next_cursor": nxt})

    ents = ["chromium", "firefox", "webkit", "mobile-safari"]
    series = [flake_pct, round(flake_pct * 0.6, 1), round(flake_pct * 0.2, 1), 0.0]
    return {
        "name": "flaky_e2e_checkout",
        "task": rng.choice(
            [
                f"The checkout e2e '{spec}' in {repo} is flaky on {branch} and blocking merges. Find the cause and fix the test. "
                f"Don't modify anything under {sdk}/ - it's synced from upstream and {owner} owns it.",
                f"Can you deflake {spec}? It's failing randomly in CI ({repo}, {branch}). Please leave {sdk}/ alone, it's vendored code owned by {owner}.",
            ]
        ),
        "say": {
            "ack": ["Sure, I'll dig into it.", "On it.", "Okay, let me take a look."],
            "again": [
                "Let me pull that once more in case it was cached.",
                "Re-running to confirm.",
                "One more time.",
                "Let me re-run that to be sure.",
                "Checking that once more.",
                "I'll look at that again.",
                "Re-checking.",
            ],
            "sorry": ["Sorry about that.", "Apologies, my mistake.", "You're right, sorry."],
        },
        "alt_notes": {
            "A": f"It's failing {flake_pct}% of the time ({fails} of 150 executions), first seen at {sha}. WebKit fails most, {browsers['webkit']} times.",
            "B": f"Line {line - 1} is a fixed `waitForTimeout(500)`, then line {line} clicks 'Place order' without waiting for anything.",
            "C": f"The WebKit trace shows the click on a disabled button at +0.512s; pricing only returned after {price_ms} ms.",
        },
        "open_long": f"Got it: {spec} is flaky on {branch}, and {sdk}/ stays untouched. I'll find the race and fix it in the test.",
        "A": A,
        "B": B,
        "C": C,
        "A_shapes": [
            {"repo": repo, "spec": spec.split("/", 1)[1], "last_runs": runs, "branch": branch},
            {"repository": repo, "test_file": spec, "limit": runs},
            {"repo": repo, "spec": spec, "last_runs": runs, "branch": f"refs/heads/{branch}"},
        ],
        "reshape_say": [
            "Maybe it needs the path without the e2e/ prefix.",
            "Trying with the other parameter names.",
            "Perhaps the branch needs the full ref.",
            "Let me try the default shape again.",
        ],
        "stamp": lambda r, i: (
            f"// generated_at=2026-11-27T{r.randint(8, 11):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z cache=MISS x-request-id={hexid(r, 16)}"
        ),
        "nonce": ("cache_bust", lambda r, i: hexid(r, 8)),
        "promise": [
            "Next I'll open the spec around the failing line.",
            "I'm going to read the test file now.",
            f"Let me look at {spec} to see what the test waits on.",
            "Reading the spec next.",
            "I'll check the test source and report back.",
            "Opening the test file now to find the race.",
            "Now I'll inspect the spec itself.",
        ],
        "nudge": [
            "Did you look at the file?",
            "Still waiting for what's in the spec.",
            "Any progress? You said you'd read it.",
            "Please actually open the file.",
            "You've said that several times now. What's on the failing line?",
        ],
        "concl": [
            f"The flake is a race: the test clicks 'Place order' after a fixed 500ms sleep while POST /api/cart/price can take {price_ms} ms.",
            "Root cause is the hard-coded waitForTimeout(500) before the click; when pricing is slow the button is still disabled.",
            f"It's a test timing bug, not an app bug: replace the sleep on line {line - 1} with a wait for the button to become enabled.",
            "WebKit fails most because its pricing request is slowest; the same race exists on every browser.",
            "So the fix belongs in the spec, nothing in the SDK or app code needs to change.",
        ],
        "synth": f"Summary: {fails}/150 failures ({flake_pct}%), worst on webkit. The spec sleeps 500ms then clicks 'Place order'; the trace shows the button disabled until /api/cart/price returns ({price_ms} ms). Fix: wait for the button to be enabled.",
        "misread": {
            "claim": "This only fails on WebKit; Chromium and Firefox are fine.",
            "correction": [
                f"No, it fails on chromium ({browsers['chromium']}) and firefox ({browsers['firefox']}) too. WebKit is just the worst.",
                "That's wrong, look at by_project again. All three fail.",
            ],
            "sorry": [
                "Sorry, you're right. The problem is WebKit-specific, so I'll focus on Safari behaviour.",
                "Apologies. Since only WebKit fails, it's probably a WebKit quirk.",
                "My mistake. The WebKit-only failure suggests a rendering difference there.",
                "Sorry about that. Given it's just WebKit, I'll look at webkit settings.",
                "Understood, sorry. It's a Safari-engine issue, so I'll dig into WebKit.",
            ],
            "fixed": "Right, it fails on all three; WebKit is only the most frequent. So it's a general race, not a browser quirk.",
        },
        "draft": {
            "tool": "gh_pr_create",
            "args": lambda text: {
                "repo": repo,
                "title": "Deflake place-order e2e",
                "body": text,
                "base": branch,
            },
            "obs": lambda r: f"created PR #{r.randint(4000, 9999)}",
            "parts": [
                "Replaces a fixed sleep with an explicit wait.",
                "The 'Place order' button is disabled until pricing returns.",
                "Flake rate was " + f"{flake_pct}%.",
                "No app code changes.",
            ],
            "intro": "Here's the PR description:",
            "redo": ["Updated description:", "Revised:", "Another version:", "Reworded:"],
            "ask": [
                "Please include how to reproduce it locally.",
                "Still no repro steps. Reviewers need them.",
            ],
            "fixed_say": "Added repro steps:",
            "fix": f"Repro: `npx playwright test {spec} --project=webkit --repeat-each=20` with network throttling on.",
            "short_say": "Shorter:",
            "short": f"Waits for 'Place order' to be enabled instead of sleeping 500ms. Repro: `npx playwright test {spec} --project=webkit --repeat-each=20`.",
            "short_ask": "Good. Trim it to two lines, reviewers skim.",
            "sent": "PR opened.",
        },
        "write": write,
        "flip_say": [
            "Switching back to compare.",
            "Let me look at the other one again.",
            "Back to that.",
        ],
        "toggle": {
            "tool": "edit_file",
            "args": lambda v: {
                "path": "playwright.config.ts",
                "match": "fullyParallel:",
                "replace": f"fullyParallel: {v},",
            },
            "obs": lambda v: f"playwright.config.ts: fullyParallel set to {v}",
            "values": ["false", "true"],
            "check": (
                "run_playwright",
                {"spec": spec, "project": "webkit", "repeat_each": 20},
                "3 failed, 17 passed\n  places an order with a saved card: Timeout 30000ms exceeded",
            ),
            "say": [
                "Same failures. Trying fullyParallel: {v}.",
                "No difference; setting it to {v}.",
                "Still 3/20. Flipping to {v}.",
            ],
        },
        "lock": {
            "tool": "edit_file",
            "variants": [
                {
                    "path": f"{sdk}/src/iframe.ts",
                    "line": 88,
                    "replace": "emit('ready') // before price resolves",
                },
                {"path": f"./{sdk}/src/iframe.ts", "line": 88, "replace": "emit('ready')"},
                {
                    "file": f"{sdk}/src/iframe.ts",
                    "patch": "@@ -88 +88 @@\n-await price\n+emit('ready')",
                },
                {
                    "path": f"{sdk}/src/iframe.ts",
                    "line": 88,
                    "replace": "emit('ready')",
                    "force": True,
                },
                {"path": f"{sdk}/dist/iframe.js", "line": 301, "replace": "e('ready')"},
                {"path": f"{sdk.upper()}/src/iframe.ts", "line": 88, "replace": "emit('ready')"},
            ],
            "err": lambda r: (
                f"Write refused: {sdk}/ is protected (CODEOWNERS {owner}; synced from upstream by vendor-sync). request {hexid(r, 10)}"
            ),
            "intent": "The SDK could emit 'ready' earlier so the button enables sooner; let me patch that.",
            "retry": ["Retrying the edit.", "Trying again.", "Once more."],
            "reword": [
                "Maybe the ./ prefix matters.",
                "Trying as a patch.",
                "Forcing it.",
                "Maybe the built file instead.",
                "Different casing.",
            ],
            "ack": f"Right, {sdk}/ is read-only and owned by {owner}. The fix has to be in the test.",
        },
        "sub": {
            "tool": "ask_agent",
            "key": "to",
            "agents": ("test-infra", "frontend"),
            "intro": "I'll route this to the owning agent.",
            "job": f"fix flaky {spec}",
            "refuse_x": lambda r: (
                f"test-infra: runners are healthy (queue {r.randint(1, 9)} min). Flaky assertions are owned by frontend."
            ),
            "refuse_y": lambda r: (
                f"frontend: app behaviour is correct; CI flakiness belongs to test-infra. (thread {hexid(r, 6)})"
            ),
            "to_y": ["Passing to frontend.", "Asking frontend then.", "Frontend should own it."],
            "to_x": [
                "Sending back to test-infra.",
                "Test-infra again.",
                "Back to test-infra with more context.",
            ],
            "split_say": "I'll ask each for a specific piece instead.",
            "pipeline": [
                (
                    "test-infra",
                    "runner load during the failing runs",
                    f"test-infra: no CPU starvation; failing runs had pricing p95 {price_ms} ms.",
                    "Runners are fine.",
                ),
                (
                    "frontend",
                    "is a disabled 'Place order' before pricing intended?",
                    "frontend: yes, by design; the button enables once /api/cart/price resolves.",
                    "Disabled button is by design.",
                ),
                (
                    "test-infra",
                    f"repeat-run {spec} on the fix branch",
                    "test-infra: 90/90 passed across 3 projects.",
                    "Fix branch is green.",
                ),
            ],
        },
        "plan": [
            "check the CI history",
            "read the spec",
            "look at a failing trace",
            "replace the sleep with a real wait",
        ],
        "plan_extra": [
            "check runner load",
            "diff against the last green commit",
            "ask frontend about the button",
        ],
        "edit": {
            "tool": "edit_file",
            "test": ("run_playwright", {"spec": spec, "project": "webkit", "repeat_each": 10}),
            "ok": f"{spec}: updated",
            "fixA": {"path": spec, "line": line - 1, "replace": "await page.waitForTimeout(3000);"},
            "fixB": {
                "path": spec,
                "line": line - 1,
                "replace": "await page.waitForResponse('**/api/cart/price');",
            },
            "failA": "10 passed but suite time budget exceeded: 6.2m > 5m (test sleeps 3s)",
            "failB": "2 failed, 8 passed\n  Timeout waiting for response **/api/cart/price (response arrived before the wait was registered)",
            "sayA": "A longer sleep should cover the slow pricing call.",
            "sayB": "Sleeping is too slow; waiting on the response instead.",
            "shrink": [
                (
                    None,
                    "3 failed, 7 passed\n  place-order: Timeout 30000ms\n  saved-card: Timeout 30000ms\n  totals: expected '$41.20' got '$0.00'",
                ),
                (
                    {"path": spec, "line": line - 1, "replace": fixed_line},
                    "2 failed, 8 passed\n  saved-card: Timeout 30000ms\n  totals: expected '$41.20' got '$0.00'",
                ),
                (
                    {
                        "path": spec,
                        "line": line - 12,
                        "replace": "await expect(page.getByTestId('order-total')).not.toHaveText('$0.00');",
                    },
                    "1 failed, 9 passed\n  saved-card: Timeout 30000ms",
                ),
                (
                    {"path": "e2e/fixtures/cards.ts", "line": 14, "replace": "last4: '4242',"},
                    "10 passed (1.3m)",
                ),
            ],
            "shrink_say": [
                "Wait for the button to be enabled.",
                "Wait for a non-zero total before asserting.",
                "The saved-card fixture has the wrong last4.",
            ],
            "done": "All 10 green: enabled-wait, total wait, and the fixture's last4 fixed.",
        },
        "clarify": {
            "q": [
                f"Which branch should I fix this on, {branch} or main?",
                "Before I change anything: which branch?",
                f"Just to confirm, the target branch is {branch}?",
                "Sorry, what branch do you want the PR against?",
                "Could you confirm the branch again?",
                "Which base branch should I use?",
            ],
            "answers": [f"{branch}, like I said.", f"{branch}."],
        },
        "poll": {
            "start": (
                "ci_trigger",
                {"repo": repo, "workflow": "e2e.yml", "ref": branch},
                f"queued workflow run {run_id + 77}",
            ),
            "started": f"Triggered e2e run {run_id + 77}.",
            "tool": "ci_run_status",
            "args": {"run_id": run_id + 77},
            "obs": [
                '{"status": "queued", "jobs_done": 0, "jobs_total": 4}',
                '{"status": "in_progress", "jobs_done": 2, "jobs_total": 4}',
                '{"status": "completed", "conclusion": "success", "jobs_done": 4, "jobs_total": 4}',
            ],
            "stuck_say": ["Still queued.", "Checking again.", "No runner yet."],
            "ping": ["Is it running yet?", "Any update on CI?"],
            "wait": ("sleep", {"seconds": 60}, "waited 60s"),
            "wait_say": ["Waiting a minute for a runner.", "Another minute."],
            "done_note": "CI green on all four jobs.",
        },
        "page": {
            "tool": "ci_list_runs",
            "args": lambda c: {
                "repo": repo,
                "workflow": "e2e.yml",
                "per_page": 3,
                **({"cursor": c} if c else {}),
            },
            "obs": page_obs,
            "cursor": cur,
            "next_say": ["Next page.", "More runs.", "Continuing back in time.", "Next cursor."],
            "count_note": f"12 recent runs, 4 failed, all four in {spec.rsplit('/', 1)[1]}.",
        },
        "search": {
            "tool": "code_search",
            "args": lambda q: {"repo": repo, "query": q},
            "empty": [
                "waitForPriceReady",
                "await pricing ready helper",
                "waitUntilPriceResolved",
                "helper that waits for cart pricing",
                "pricingSettled",
                "waitForCartTotals",
            ],
            "empty_obs": "0 results",
            "retry_say": [
                "Nothing; trying another name.",
                "Maybe it's called something else.",
                "Different wording.",
                "Still nothing.",
            ],
            "hits": [
                (
                    "waitFor",
                    f"214 results in 61 files (showing 5)\n  e2e/helpers/wait.ts:12\n  {spec}:{line - 1}\n  ...",
                ),
                (
                    "waitFor path:e2e/helpers",
                    "3 results\n  e2e/helpers/wait.ts:12 waitForIdle\n  e2e/helpers/wait.ts:30 waitForToast\n  e2e/helpers/cart.ts:8 waitForCartReady",
                ),
                (
                    "waitForCartReady",
                    "1 result\n  e2e/helpers/cart.ts:8 export async function waitForCartReady(page)",
                ),
            ],
            "narrow_say": [
                "Too many; limiting to helpers.",
                "waitForCartReady looks relevant.",
                "Opening it.",
            ],
            "read": (
                "read_file",
                {"path": "e2e/helpers/cart.ts", "start_line": 8, "end_line": 12},
                "8  export async function waitForCartReady(page) {\n9    await page.waitForResponse('**/api/cart/price');\n10   await expect(page.getByRole('button', { name: 'Place order' })).toBeEnabled();\n11 }",
                "There's already a helper that does the right wait; the spec just doesn't use it.",
            ),
        },
        "restart_say": [
            "Let me start again from the top to be thorough.",
            "I'll re-establish the context first.",
            "Starting over to make sure I have everything.",
        ],
        "claimed": {
            "tool": "git_push",
            "args": {"remote": "origin", "branch": "fix/deflake-place-order"},
            "err": "! [rejected] fix/deflake-place-order -> fix/deflake-place-order (non-fast-forward)\nerror: failed to push some refs",
            "claim": [
                "Pushed the fix branch.",
                "The branch is pushed; you can open the PR.",
                "Done, changes are on origin.",
            ],
            "ask": ["I don't see the branch on GitHub.", "Push didn't land, the branch is stale."],
        },
        "typo": {
            "args": {
                "repo": repo,
                "spec": spec.replace("checkout", "chekout"),
                "last_runs": runs,
                "branch": branch,
            },
            "err": f"no test file matching '{spec.replace('checkout', 'chekout')}' in {repo}",
            "fix_say": "Typo in the path; fixing.",
        },
        "pair": {
            "tool": "ci_test_durations",
            "args": lambda e: {"repo": repo, "spec": spec, "project": e, "last_runs": runs},
            "obs": lambda e: (
                f'{{"project": "{e}", "p50_ms": {9_000 + 700 * browsers[e]}, "p95_ms": {18_000 + 1_900 * browsers[e]}}}'
            ),
            "note": lambda e: (
                f"{e}: {browsers[e]}/50 failed, p95 {18_000 + 1_900 * browsers[e]:,} ms."
            ),
            "recap": "Failure counts track duration: the slower the engine, the more often the click beats the pricing call. Same race everywhere.",
        },
        "sweep": {
            "tool": "ci_test_history",
            "args": lambda e: {"repo": repo, "spec": spec, "project": e, "last_runs": runs},
            "ents": ents,
            "obs": lambda e: f'{{"project": "{e}", "runs": 50, "failed": {browsers[e]}}}',
            "note": lambda e: f"{e}: {browsers[e]}/50.",
            "recap": f"Fails everywhere, webkit most ({browsers['webkit']}/50), firefox least ({browsers['firefox']}/50): a timing race, worst on the slowest engine.",
        },
        "series": {
            "check_say": ["Checking the last runs.", "Pulling the history.", "Looking now."],
            "task": "The fix is merged. Track the flake rate over the next nightly runs and keep me posted.",
            "tool": "ci_test_history",
            "args": {"repo": repo, "spec": spec, "last_runs": 20, "branch": branch},
            "obs": [f'{{"runs": 20, "flake_rate": "{x}%"}}' for x in series],
            "note": [f"Flake rate {x}%." for x in series[:3]] + ["0% over the last 20 runs."],
            "ask": ["How's it now?", "Any change?", "Update please."],
        },
        "adjust": {
            "tool": "edit_file",
            "args": lambda v: {
                "path": "playwright.config.ts",
                "match": "workers:",
                "replace": f"workers: {v},",
            },
            "ok": lambda v: f"playwright.config.ts: workers = {v}",
            "values": [16, 4, 8],
            "check": ("run_playwright", {"suite": "e2e/checkout", "repeat_each": 5}),
            "readings": [
                "4 failed, 146 passed (6.8m) - CPU starvation warnings",
                "150 passed (19.2m) - over the 12m CI budget",
                "150 passed (10.4m)",
            ],
            "notes": [
                "16 workers starves the runner.",
                "4 is stable but too slow.",
                "8: green and within budget.",
            ],
        },
        "transient": {
            "err": lambda r: (
                f"HTTP 502 from CI API (upstream connect error), request {hexid(r, 8)}"
            ),
            "wait": ("sleep", {"seconds": 15}, "waited 15s"),
            "wait_say": ["CI API hiccup; retrying shortly.", "Still 502, one more try."],
        },
        "follow": {
            "qa": [
                (
                    "Why didn't retries hide this?",
                    "Retries are 0 on this spec so merges see every failure; with retries it'd pass but the race would remain.",
                ),
                (
                    "Could the app fix it instead?",
                    "Only by enabling the button before the price is known, which is the SDK's call and would be wrong UX; the test should wait.",
                ),
            ]
        },
        "recheck": {
            "check": (
                "run_playwright",
                {"spec": spec, "project": "webkit", "repeat_each": 10, "env": "staging"},
            ),
            "obs": [
                "4 failed, 6 passed\n  Timeout 30000ms",
                "1 failed, 9 passed\n  totals: expected '$41.20' got '$0.00'",
                "10 passed",
            ],
            "notes": [
                "Still failing on staging.",
                "Down to one: the total assertion.",
                "All green.",
            ],
            "ack": ["Re-running against staging.", "Running it again."],
            "user": [
                "I reseeded staging's saved cards, try again",
                "Pricing service on staging was cold, it's warm now. Re-run please.",
            ],
        },
        "batch": {
            "intro": "Linking the duplicate flaky-test issues to the main one.",
            "tool": "gh_issue_comment",
            "items": [
                (
                    {
                        "repo": repo,
                        "number": rng.randint(700, 999) + 13 * i,
                        "body": f"Duplicate of #{690 + i}; fixed by the place-order wait.",
                    },
                    f"comment {rng.randint(10**9, 2 * 10**9)} created",
                )
                for i in range(5)
            ],
            "tick": ["Linked.", "Next."],
            "done": lambda k: f"Commented on {k} duplicates.",
        },
    }


def rental_lease_renewals(rng: random.Random) -> D:
    bldg = rng.choice(["Linden Court", "Harrow House", "Maple Terrace"])
    locked = rng.choice(["4B", "3C", "5A"])
    counsel = rng.choice(["Ms. Okafor", "Mr. Lindqvist", "Ms. Baptiste"])
    unit = rng.choice(["2A", "2D", "6F"])
    tenant = rng.choice(["D. Halvorsen", "P. Mbeki", "R. Castellano"])
    rent = rng.randint(17, 24) * 100 + rng.choice([0, 25, 50, 75])
    cap = round(rent * 1.05)
    comps = sorted(rent + rng.randint(40, 260) for _ in range(4))
    comp_med = (comps[1] + comps[2]) // 2
    offer = max(rent + 25, min(cap, comp_med - comp_med % 5))
    end = f"2027-03-{rng.choice([14, 31])}"
    month = rng.choice(["March", "April"])
    hold = f"LH-{rng.randint(100, 999)}"
    payments = [(f"2026-{m:02d}-0{rng.randint(1, 5)}", rent) for m in range(1, 12)]
    partial = rng.randint(3, 9)
    payments[partial] = (payments[partial][0], rent - 400)
    pay_lines = "\n".join(f"{dt}  payment  ${amt:,.2f}" for dt, amt in payments)
    pay_lines += f"\n2026-{partial + 1:02d}-19  payment  $400.00\nbalance: $0.00"
    a_obs = f"Unit {unit} ({bldg})\nTenant: {tenant}\nTerm: 2026-04-01 to {end}\nRent: ${rent:,}/mo  Deposit: ${rent:,}\nParking: 1 space ($85/mo, separate)\nRenewal status: not started"
    c_obs = "\n".join(
        f"comp {i + 1}: 2BR, {bldg if i == 0 else 'within 0.5 mi'}, ${c:,}/mo"
        for i, c in enumerate(comps)
    )
    A = (
        "lease_lookup",
        {"property": bldg, "unit": unit},
        a_obs,
        f"{unit}: {tenant}, ${rent:,}/mo, lease ends {end}. Cap at 5% is ${cap:,}.",
    )
    B = (
        "rent_ledger",
        {"property": bldg, "unit": unit, "months": 12},
        pay_lines,
        f"{tenant} paid every month; one short payment in month {partial + 1}, made up on the 19th. Balance zero.",
    )
    C = (
        "market_comps",
        {"address": bldg, "bedrooms": 2, "radius_mi": 0.5},
        c_obs,
        f"Comps run ${comps[0]:,} to ${comps[-1]:,}, median about ${comp_med:,}.",
    )
    write = {
        "do": (
            "lease_set_offer",
            {
                "unit": unit,
                "property": bldg,
                "new_rent": offer,
                "term_months": 12,
                "start": "2027-04-01",
            },
            f"Offer OF-{rng.randint(2000, 9999)} saved for {unit}: ${offer:,}/mo, 12 months",
            "",
        ),
        "rb": (
            "lease_lookup",
            {"property": bldg, "unit": unit},
            a_obs.replace(
                "Renewal status: not started",
                f"Renewal status: offer drafted (${offer:,}/mo, 12 mo)",
            ),
        ),
        "checks": [
            (
                "rent_cap_check",
                {"unit": unit, "proposed": offer},
                f"OK: ${offer:,} is {100 * (offer - rent) / rent:.1f}% over current ${rent:,} (limit 5.0%)",
            ),
            (
                "offer_preview",
                {"unit": unit},
                f"Renewal offer - Unit {unit}\nNew monthly rent: ${offer:,}\nTerm: 12 months from 2027-04-01\nRespond by: 2027-01-30",
            ),
        ],
        "report": f"Saved the renewal offer for {unit} at ${offer:,}/mo (12 months).",
        "fine": "That's right, the offer looks fine. No need to check it again.",
        "final": f"Done. {unit} renewal offer: ${offer:,}/mo for 12 months from 2027-04-01, {100 * (offer - rent) / rent:.1f}% over the current ${rent:,} (within the 5% cap) and in line with comps (median ${comp_med:,}). Preview ready to send.",
    }
    units = [f"{f}{c}" for f in range(1, 7) for c in "ABCDEF"]
    rng.shuffle(units)
    expiring = [*[u for u in units if u != locked][:11], locked]
    expiring.sort()
    pages = [expiring[0:3], expiring[3:6], expiring[6:9], expiring[9:12]]

    def page_obs(i: int, nxt: str | None) -> str:
        rows = "\n".join(
            f"{u:<4} ends 2027-03-{10 + k * 5:02d}" + ("  [LEGAL HOLD]" if u == locked else "")
            for k, u in enumerate(pages[i])
        )
        return rows + (f"\n-- more: token={nxt}" if nxt else "\n-- end of list")

    ents = [unit, *[u for u in expiring if u not in (unit, locked)][:3]]
    ent_rent = {u: (rent if u == unit else rng.randint(15, 25) * 100) for u in ents}
    signed = sorted(rng.sample(range(2, 12), 3))
    return {
        "name": "rental_lease_renewals",
        "task": rng.choice(
            [
                f"Please prepare renewal offers for the {bldg} leases ending in {month}. Keep increases at or under 5%. "
                f"Do not contact unit {locked} in any way - that tenant is in a dispute and {counsel} handles all communication.",
                f"Renewals for {bldg}: leases ending {month}. Draft offers, max 5% increase. Unit {locked} is off limits (legal hold, {counsel} only).",
            ]
        ),
        "say": {
            "ack": [
                "Sure thing, I'll get started.",
                "Of course, happy to help with the renewals.",
                "Happy to. Let me get going on it.",
            ],
            "again": [
                "Let me just verify that again.",
                "Pulling it up one more time.",
                "I want to be certain, checking again.",
                "Let me pull that up again.",
                "I'll double-check that.",
                "Looking at it once more.",
                "Just confirming.",
            ],
            "sorry": ["I'm sorry about that.", "My apologies.", "Sorry, that was my error."],
        },
        "alt_notes": {
            "A": f"Unit {unit} is {tenant}'s, currently ${rent:,} a month until {end}; 5% would take it to ${cap:,}.",
            "B": f"{tenant}'s ledger is clear: twelve payments, one split in month {partial + 1} (${rent - 400:,} then $400 on the 19th), balance $0.",
            "C": f"Four comparable 2BRs between ${comps[0]:,} and ${comps[-1]:,}; the middle is around ${comp_med:,}.",
        },
        "open_long": f"Understood: renewals for the {month} leases at {bldg}, 5% cap, and no contact at all with unit {locked}. I'll get started.",
        "A": A,
        "B": B,
        "C": C,
        "A_shapes": [
            {"property": bldg.upper(), "unit": unit},
            {"unit_id": f"{bldg.split()[0][:3].upper()}-{unit}"},
            {"property": bldg, "unit": unit.lower(), "include": ["term", "rent"]},
        ],
        "reshape_say": [
            "Trying the building name in capitals.",
            "Maybe it's keyed by the unit id.",
            "Trying lower-case unit with explicit fields.",
            "Back to the plain lookup.",
        ],
        "stamp": lambda r, i: (
            f"Retrieved {r.randint(1, 12)}:{r.randint(0, 59):02d} PM - session {b36(r, 8)}"
        ),
        "nonce": (
            "client_time",
            lambda r, i: (
                f"2026-11-27T{14 + i // 3:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
            ),
        ),
        "promise": [
            f"Next I'll pull {unit}'s rent ledger.",
            "I'll check the payment history now.",
            f"Let me look at {tenant}'s ledger for the last 12 months.",
            "Checking the ledger next.",
            "I'm going to review their payments and then come back.",
            "Pulling the 12-month ledger now.",
            "I'll get the payment record right away.",
        ],
        "nudge": [
            "Did you check the ledger?",
            "I'm still waiting on the payment history.",
            "Hello? The ledger?",
            "Can you just pull the ledger, please?",
            "I keep waiting. Is the ledger coming?",
        ],
        "concl": [
            f"{unit} is a good renewal: paid on time all year, so offer ${offer:,}, within the 5% cap.",
            f"Recommend renewing {tenant} at ${offer:,}; the ledger is clean and comps support it.",
            f"The cap limits us to ${cap:,}; comps median ${comp_med:,}, so ${offer:,} is right.",
            f"Offer ${offer:,}/mo for 12 months; {tenant} is a reliable payer.",
            f"Nothing in the ledger argues against renewal; ${offer:,} is within cap and market.",
        ],
        "synth": f"Summary for {unit}: {tenant}, ${rent:,}/mo, ends {end}; no arrears (one short payment made up the same month); comps median ${comp_med:,}; 5% cap ${cap:,}. Suggested offer ${offer:,}/mo, 12 months.",
        "misread": {
            "claim": f"The ledger shows {tenant} missed a payment in month {partial + 1}, so I'd flag them as a late payer.",
            "correction": [
                f"They didn't miss it. They paid ${rent - 400:,} and the other $400 on the 19th. Balance is zero.",
                "Read the ledger again, the balance is $0. Nothing was missed.",
            ],
            "sorry": [
                f"I'm sorry. So month {partial + 1} was missed and I'll note them as a late payer.",
                "Apologies. Given the missed payment, a smaller increase may be risky.",
                f"My apologies. With that arrears in month {partial + 1}, I'd hold the offer.",
                "Sorry for the confusion. The missed payment still makes them a late payer.",
                f"I'm sorry about that. {tenant}'s missed month should be on the file.",
            ],
            "fixed": f"Thank you, you're right: ${rent - 400:,} plus $400 on the 19th, nothing missed and balance $0. Treating them as on-time.",
        },
        "draft": {
            "tool": "save_letter",
            "args": lambda text: {"unit": unit, "template": "renewal", "body": text},
            "obs": lambda r: f"Saved draft letter LTR-{r.randint(10000, 99999)}",
            "parts": [
                f"Dear {tenant},",
                f"Your lease for unit {unit} ends on {end}.",
                f"We're pleased to offer a 12-month renewal at ${offer:,} per month.",
                "Parking stays at $85 per month.",
                "Please let us know if you have any questions.",
            ],
            "intro": "Here's a draft letter:",
            "redo": [
                "Revised draft:",
                "Here's another version:",
                "Updated letter:",
                "I've reworded it:",
            ],
            "ask": [
                "It needs the date they must respond by.",
                "There's still no response deadline in the letter.",
            ],
            "fixed_say": "Added the deadline:",
            "fix": "Please reply by January 30, 2027.",
            "short_say": "Shortened:",
            "short": f"Dear {tenant}, your lease for {unit} ends {end}. We offer a 12-month renewal at ${offer:,}/month. Please reply by January 30, 2027.",
            "short_ask": "Good. Make it shorter, it goes in a portal message.",
            "sent": "Saved; it's ready to send from the portal.",
        },
        "write": write,
        "flip_say": [
            "Let me compare with the other again.",
            "Going back to that one.",
            "Switching back.",
        ],
        "toggle": {
            "tool": "portal_setting",
            "args": lambda v: {"property": bldg, "setting": "renewal_template", "value": v},
            "obs": lambda v: f"renewal_template = {v}",
            "values": ["standard-12", "standard-12-v2", "standard-12-nj"],
            "check": (
                "offer_preview",
                {"unit": unit},
                f"Renewal offer - Unit {unit}\nNew monthly rent: (not set)\nTerm: 12 months from 2027-04-01",
            ),
            "say": [
                "Still no rent on the preview. Trying {v}.",
                "Same. Switching to {v}.",
                "Hmm, {v} then.",
            ],
        },
        "lock": {
            "tool": "send_notice",
            "variants": [
                {"property": bldg, "unit": locked, "template": "renewal", "channel": "email"},
                {
                    "property": bldg,
                    "unit": locked.lower(),
                    "template": "renewal",
                    "channel": "email",
                },
                {"property": bldg, "unit": locked, "template": "renewal", "channel": "letter"},
                {"property": bldg, "units": [locked], "template": "renewal-generic"},
                {
                    "property": bldg,
                    "unit": locked,
                    "template": "renewal",
                    "channel": "sms",
                    "override_hold": True,
                },
                {
                    "property": bldg,
                    "unit": locked,
                    "template": "courtesy-reminder",
                    "channel": "portal",
                },
            ],
            "err": lambda r: (
                f"BLOCKED: unit {locked} has legal hold {hold}; all tenant contact goes through counsel ({counsel}). ref {r.randint(100000, 999999)}"
            ),
            "intent": f"{locked}'s lease also ends in {month}, so it needs its renewal notice too.",
            "retry": ["Let me try sending again.", "Retrying.", "I'll try once more."],
            "reword": [
                "Maybe lower-case.",
                "By post instead.",
                "As part of a list.",
                "With the override.",
                "A softer template.",
            ],
            "ack": f"That's the legal hold; {locked} goes through {counsel}, so I'll skip it and continue with {unit}.",
        },
        "sub": {
            "tool": "route_task",
            "key": "assignee",
            "agents": ("leasing-agent", "accounts-agent"),
            "intro": "Routing the offer to the right assistant.",
            "job": f"prepare renewal offer for {unit}",
            "refuse_x": lambda r: (
                f"leasing-agent: can't set a rent until accounts confirms the ledger is clear. Sending to accounts-agent. (#{r.randint(100, 999)})"
            ),
            "refuse_y": lambda r: (
                f"accounts-agent: ledger questions for renewals are leasing's; please route to leasing-agent. (#{r.randint(100, 999)})"
            ),
            "to_y": ["Asking accounts then.", "Routing to accounts-agent.", "Over to accounts."],
            "to_x": ["Back to leasing.", "Leasing again.", "Returning it to leasing-agent."],
            "split_say": "I'll give each one a specific question.",
            "pipeline": [
                (
                    "accounts-agent",
                    f"confirm ledger balance for {unit}",
                    f"accounts-agent: {unit} balance $0.00, no late fees in 12 months.",
                    "Ledger confirmed clean.",
                ),
                (
                    "leasing-agent",
                    f"market rent for a 2BR at {bldg}",
                    f"leasing-agent: comps median ${comp_med:,}.",
                    f"Market median ${comp_med:,}.",
                ),
                (
                    "leasing-agent",
                    f"draft offer for {unit} at ${offer:,}",
                    f"leasing-agent: offer drafted at ${offer:,}/mo, 12 months.",
                    "Offer drafted.",
                ),
            ],
        },
        "plan": [
            f"read {unit}'s lease",
            "check the rent ledger",
            "pull market comps",
            "save the offer",
        ],
        "plan_extra": [
            "check parking fees",
            "review maintenance tickets",
            "confirm the cap with the owner",
        ],
        "edit": {
            "tool": "template_edit",
            "test": ("template_lint", {"template": "renewal-12"}),
            "ok": "template renewal-12 saved",
            "fixA": {
                "template": "renewal-12",
                "section": "terms",
                "text": "Rent increases take effect 30 days after notice.",
            },
            "fixB": {
                "template": "renewal-12",
                "section": "terms",
                "text": "Rent increases take effect 60 days after notice, subject to the fee schedule in Appendix B, late fees, pet fees and parking.",
            },
            "failA": "lint: 'terms' notice period 30 days is below the 60-day statutory minimum",
            "failB": "lint: letter exceeds 1 page (1.3 pages)",
            "sayA": "Simplifying the terms sentence.",
            "sayB": "Restoring the 60-day wording with the fee detail.",
            "shrink": [
                (
                    None,
                    "lint: 3 issues\n- missing response deadline\n- notice period missing\n- {new_rent} placeholder not bound",
                ),
                (
                    {
                        "template": "renewal-12",
                        "section": "footer",
                        "text": "Please reply by {respond_by}.",
                    },
                    "lint: 2 issues\n- notice period missing\n- {new_rent} placeholder not bound",
                ),
                (
                    {
                        "template": "renewal-12",
                        "section": "terms",
                        "text": "The new rent takes effect 60 days after this notice.",
                    },
                    "lint: 1 issue\n- {new_rent} placeholder not bound",
                ),
                ({"template": "renewal-12", "bind": {"new_rent": "offer.rent"}}, "lint: OK"),
            ],
            "shrink_say": [
                "Adding the response deadline.",
                "Adding the 60-day notice wording.",
                "Binding the rent placeholder.",
            ],
            "done": "Template lints clean now.",
        },
        "clarify": {
            "q": [
                "Should the 5% cap apply to base rent only, or rent plus parking?",
                "Just to check: is parking included in the 5%?",
                "Before I set the number, does the cap cover parking as well?",
                "Sorry, to confirm: 5% on the base rent alone?",
                "Does the parking fee count towards the increase?",
                "Could you clarify whether parking is part of the cap?",
            ],
            "answers": ["Base rent only.", "Base rent only, as I said."],
        },
        "poll": {
            "start": (
                "esign_send",
                {"unit": unit, "document": "renewal-offer"},
                f"Envelope ENV-{hexid(rng, 6)} sent to {tenant}",
            ),
            "started": "Sent for e-signature; I'll track it.",
            "tool": "esign_status",
            "args": {"unit": unit, "document": "renewal-offer"},
            "obs": [
                "status: sent (not opened)",
                "status: viewed 2026-11-28 09:14",
                "status: completed - signed 2026-11-28 09:31",
            ],
            "stuck_say": ["Still not opened.", "Checking again.", "No change."],
            "ping": ["Has the tenant signed?", "Anything yet?"],
            "wait": ("schedule_check", {"in_hours": 12}, "next check scheduled in 12h"),
            "wait_say": ["I'll check again in a few hours.", "I'll look again later."],
            "done_note": f"{tenant} signed the renewal at ${offer:,}.",
        },
        "page": {
            "tool": "leases_expiring",
            "args": lambda c: {
                "property": bldg,
                "month": f"2027-{3 if month == 'March' else 4:02d}",
                **({"page_token": c} if c else {}),
            },
            "obs": page_obs,
            "cursor": lambda r: f"{r.randint(1000, 9999)}-{b36(r, 6)}",
            "next_say": ["Next page.", "More units.", "Continuing.", "Getting the rest."],
            "count_note": f"12 leases end in {month}; {locked} carries the legal hold, so 11 offers to prepare.",
        },
        "search": {
            "tool": "doc_search",
            "args": lambda q: {"folder": f"{bldg}/policies", "query": q},
            "empty": [
                "renewal increase cap policy",
                "maximum rent increase renewal",
                "cap on renewal rent increases",
                "how much can rent go up at renewal",
                "renewal pricing limit",
                "5 percent increase rule",
            ],
            "empty_obs": "No documents found.",
            "retry_say": [
                "Nothing. Rephrasing.",
                "Let me try other words.",
                "Trying again.",
                "Different phrasing.",
            ],
            "hits": [
                (
                    "renewal",
                    "14 documents: Renewal checklist 2025, Renewal letters (folder), Owner memo - renewals 2026, ...",
                ),
                (
                    "renewal owner memo 2026",
                    "2 documents: Owner memo - renewals 2026, Owner memo - renewals 2025",
                ),
                (
                    "owner memo renewals 2026 cap",
                    "1 document: Owner memo - renewals 2026 (p. 2: increases)",
                ),
            ],
            "narrow_say": [
                "Too many; the owner memo looks relevant.",
                "The 2026 memo.",
                "Opening it.",
            ],
            "read": (
                "doc_read",
                {"document": "Owner memo - renewals 2026", "page": 2},
                "Increases: at most 5% of base rent; parking and storage excluded. Units under legal hold are handled by counsel.",
                "The memo confirms: 5% of base rent, parking excluded.",
            ),
        },
        "restart_say": [
            "Let me start over to make sure I have everything.",
            "I'll begin again from the lease.",
            "Going back to the beginning.",
        ],
        "claimed": {
            "tool": "send_notice",
            "args": {"property": bldg, "unit": unit, "template": "renewal", "channel": "email"},
            "err": "TemplateError: variable {new_rent} is unbound for unit "
            + unit
            + "; notice not sent",
            "claim": [
                f"The renewal notice has gone to {tenant}.",
                "Sent!",
                f"Notice sent to {unit}.",
            ],
            "ask": ["The tenant says they got nothing.", "It's not in the sent log."],
        },
        "typo": {
            "args": {"property": bldg, "unit": unit[0] + "-" + unit[1]},
            "err": f"No unit '{unit[0]}-{unit[1]}' at {bldg}",
            "fix_say": f"Unit ids have no dash; it's {unit}.",
        },
        "pair": {
            "tool": "rent_ledger",
            "args": lambda e: {"property": bldg, "unit": e, "months": 12},
            "obs": lambda e: (
                f"{e}: 12 payments, balance $0.00, late fees this year: {ents.index(e) % 2}"
            ),
            "note": lambda e: f"{e}: ${ent_rent[e]:,}/mo, {ents.index(e) % 2} late fee(s).",
            "recap": "All four are clean enough to renew; two had one late fee each this year, both paid.",
        },
        "sweep": {
            "tool": "lease_lookup",
            "args": lambda e: {"property": bldg, "unit": e},
            "ents": ents,
            "obs": lambda e: (
                f"Unit {e}: rent ${ent_rent[e]:,}, ends 2027-03-{10 + ents.index(e) * 5:02d}, balance $0.00"
            ),
            "note": lambda e: f"{e}: ${ent_rent[e]:,}.",
            "recap": "Four leases checked: "
            + ", ".join(f"{e} ${ent_rent[e]:,} (cap ${round(ent_rent[e] * 1.05):,})" for e in ents)
            + ".",
        },
        "series": {
            "check_say": ["Let me check.", "Checking the envelopes now.", "One moment."],
            "task": f"Offers for {bldg} went out Monday. Keep me posted on how many have signed.",
            "tool": "esign_summary",
            "args": {"property": bldg, "batch": "renewals-2027-03"},
            "obs": [f"signed {x}/11, viewed {min(11, x + 3)}/11" for x in [*signed, 11]],
            "note": [f"{x} of 11 signed." for x in signed] + ["All 11 signed."],
            "ask": ["How many now?", "Any more signed?", "Update?"],
        },
        "adjust": {
            "tool": "lease_set_offer",
            "args": lambda v: {"unit": unit, "property": bldg, "new_rent": v, "term_months": 12},
            "ok": lambda v: f"Offer saved: ${v:,}/mo",
            "values": [cap + 60, rent, offer],
            "check": ("offer_check", {"unit": unit}),
            "readings": [
                f"FAIL cap: +{100 * (cap + 60 - rent) / rent:.1f}% exceeds 5.0%",
                f"WARN market: ${rent:,} is {100 * (comp_med - rent) / comp_med:.1f}% below comps median ${comp_med:,}",
                f"OK: +{100 * (offer - rent) / rent:.1f}%, within cap and market range",
            ],
            "notes": ["Over the cap.", "Too low against comps.", f"${offer:,} passes both."],
        },
        "transient": {
            "err": lambda r: f"502 Bad Gateway (portal API), trace {hexid(r, 10)}",
            "wait": ("sleep", {"seconds": 20}, "waited 20s"),
            "wait_say": [
                "The portal had a hiccup; I'll retry in a moment.",
                "Still down, one more try.",
            ],
        },
        "follow": {
            "qa": [
                (
                    "Does the increase apply to parking?",
                    "No, parking stays $85; the owner memo excludes it from the cap.",
                ),
                (
                    f"What if {tenant} declines?",
                    f"The lease ends {end}; we'd list the unit around the comps median, ${comp_med:,}.",
                ),
            ]
        },
        "recheck": {
            "check": ("rent_ledger", {"property": bldg, "unit": unit, "months": 1}),
            "obs": [
                "balance: $400.00 (late fee posted 11/06)",
                "balance: $75.00 (late fee reversed; admin fee $75)",
                "balance: $0.00",
            ],
            "notes": [
                "There's a $400 balance.",
                "Down to a $75 admin fee.",
                "Balance is zero now.",
            ],
            "ack": ["Checking the ledger again.", "Re-checking."],
            "user": [
                "I reversed the late fee, that was our error. Check again?",
                "Waived the admin fee too, look again please.",
            ],
        },
        "batch": {
            "intro": f"Sending the renewal notices for {month} (skipping {locked}).",
            "tool": "send_notice",
            "items": [
                (
                    {"property": bldg, "unit": u, "template": "renewal", "channel": "email"},
                    f"Notice NT-{rng.randint(10000, 99999)} sent to unit {u}",
                )
                for u in [u for u in expiring if u != locked][:5]
            ],
            "tick": ["Sent.", "Next one."],
            "done": lambda k: f"{k} notices sent; {locked} excluded under the legal hold.",
        },
    }


def oss_issue_triage(rng: random.Random) -> D:
    repo = rng.choice(["tidewater/pyarrowlite", "quillpad/quill-parquet", "openkite/kite-io"])
    ver = rng.choice(["3.2.0", "0.19.0", "5.0.1"])
    main_no = rng.randint(2100, 4800)
    dup = main_no + rng.randint(3, 40)
    other = main_no + rng.randint(41, 90)
    sec_no = main_no + rng.randint(91, 140)
    pr_no = main_no + rng.randint(141, 200)
    reporter = rng.choice(["@mhollis", "@yuki-t", "@sandeepk", "@ravel0"])
    fixer = rng.choice(["@okonkwo-dev", "@lfreund", "@tamsin-b"])
    sec_team = f"@{repo.split('/')[0]}/security"
    major, minor, patch = ver.split(".")
    next_ver = f"{major}.{minor}.{int(patch) + 1}"
    ghsa = f"GHSA-{b36(rng, 4).lower()}-{b36(rng, 4).lower()}-{b36(rng, 4).lower()}"
    thumbs = rng.randint(4, 31)
    a_obs = json.dumps(
        {
            "number": main_no,
            "title": f"read_parquet returns wrong timestamps for INT96 columns after {ver}",
            "author": reporter,
            "labels": ["bug"],
            "reactions": {"+1": thumbs},
            "body": f"Since {ver}, INT96 timestamps come back shifted by the local UTC offset. 3.1.x was fine. Repro: write with Spark 3.4, read with read_parquet.",
        }
    )
    b_obs = json.dumps(
        {
            "total_count": 3,
            "items": [
                {
                    "number": main_no,
                    "title": f"read_parquet returns wrong timestamps for INT96 columns after {ver}",
                },
                {
                    "number": dup,
                    "title": "Timestamps off by hours when reading Spark parquet files",
                },
                {"number": other, "title": "tz-aware timestamps lose their timezone on write"},
            ],
        }
    )
    c_obs = json.dumps(
        {
            "number": pr_no,
            "title": "Treat INT96 as UTC regardless of local tz",
            "author": fixer,
            "state": "open",
            "checks": "passing",
            "body": f"Fixes #{main_no}. Regression from the {ver} INT96 refactor.",
        }
    )
    A = (
        "gh_issue_view",
        {"repo": repo, "number": main_no},
        a_obs,
        f"#{main_no}: INT96 timestamps shifted by local offset since {ver}; {thumbs} thumbs-up.",
    )
    B = (
        "gh_search_issues",
        {"repo": repo, "q": "timestamp parquet is:open is:issue"},
        b_obs,
        f"#{dup} looks like the same bug (Spark files, hours off); #{other} is a different one (tz-aware on write).",
    )
    C = (
        "gh_pr_view",
        {"repo": repo, "number": pr_no},
        c_obs,
        f"PR #{pr_no} by {fixer} fixes #{main_no}; checks passing.",
    )
    write = {
        "do": (
            "gh_issue_edit",
            {
                "repo": repo,
                "number": dup,
                "add_labels": ["duplicate"],
                "comment": f"Duplicate of #{main_no}.",
            },
            f"#{dup}: labels [bug, duplicate]; comment posted",
            "",
        ),
        "rb": (
            "gh_issue_view",
            {"repo": repo, "number": dup, "fields": ["labels", "state"]},
            '{"labels": ["bug", "duplicate"], "state": "open"}',
        ),
        "checks": [
            (
                "gh_timeline",
                {"repo": repo, "number": dup, "last": 2},
                f'[{{"event": "labeled", "label": "duplicate"}}, {{"event": "commented", "body": "Duplicate of #{main_no}."}}]',
            ),
            (
                "gh_issue_view",
                {"repo": repo, "number": main_no, "fields": ["linked"]},
                f'{{"linked": [{dup}, {pr_no}]}}',
            ),
        ],
        "report": f"Marked #{dup} as a duplicate of #{main_no}.",
        "fine": "Looks good, it's labelled. Move on.",
        "final": f"Triage done: #{dup} labelled duplicate of #{main_no} (now linked from it), #{other} left as its own bug, PR #{pr_no} already fixes #{main_no}.",
    }

    def page_obs(i: int, nxt: str | None) -> str:
        base = main_no + i * 3
        items = [{"number": base + j, "labels": [] if j else ["bug"]} for j in range(3)]
        return json.dumps({"items": items, "next": nxt})

    sweep_info = {
        main_no: ("bug", f"INT96 timestamps shifted ({thumbs} +1)"),
        dup: ("bug", "Spark parquet timestamps off by hours"),
        other: ("bug", "tz-aware timestamps lose tz on write"),
        main_no + 7: ("question", "How to read partitioned datasets?"),
    }
    ents = list(sweep_info)
    untriaged = [rng.randint(24, 40)]
    for _ in range(3):
        untriaged.append(max(0, untriaged[-1] - rng.randint(6, 12)))
    untriaged[-1] = 0
    return {
        "name": "oss_issue_triage",
        "task": rng.choice(
            [
                f"Triage the issues opened on {repo} since {ver}: find the duplicates of the INT96 timestamp bug, label them, link to the main issue. "
                f"Don't close or comment on anything labelled security - those go through the private advisory process ({sec_team}).",
                f"New issues have piled up on {repo} since the {ver} release. Please dedupe the timestamp reports. Anything with the security label is off limits, {sec_team} handles those privately.",
            ]
        ),
        "say": {
            "ack": ["Sure! On it.", "Will do!", "Happy to help - starting now."],
            "again": [
                "Let me refresh that!",
                "One more look, just in case.",
                "Re-fetching.",
                "Let me re-open that.",
                "Double-checking that issue.",
                "Refreshing it.",
                "Taking another look.",
            ],
            "sorry": ["Oops, sorry!", "Sorry about that!", "My bad!"],
        },
        "alt_notes": {
            "A": f"Main report is #{main_no} by {reporter}: INT96 times come back shifted since {ver}. {thumbs} people hit it.",
            "B": f"Three hits. #{dup} (Spark files hours off) is the same bug; #{other} is about tz-aware writes, different.",
            "C": f"{fixer} already has PR #{pr_no} up for #{main_no}, checks green.",
        },
        "open_long": f"On it! Deduping the INT96 timestamp reports since {ver}, and I won't touch anything labelled security.",
        "A": A,
        "B": B,
        "C": C,
        "A_shapes": [
            {"owner": repo.split("/")[0], "repo": repo.split("/")[1], "issue_number": main_no},
            {"repo": repo, "number": str(main_no)},
            {"url": f"https://github.com/{repo}/issues/{main_no}"},
        ],
        "reshape_say": [
            "Splitting owner and repo.",
            "Maybe it expects the number as a string.",
            "Trying the full URL.",
            "Back to the standard form.",
        ],
        "stamp": lambda r, i: (
            f"x-github-request-id: {hexid(r, 4).upper()}:{hexid(r, 6).upper()}:{hexid(r, 7).upper()}  x-ratelimit-remaining: {4900 - 7 * i - r.randint(0, 5)}"
        ),
        "nonce": ("request_id", lambda r, i: f"{hexid(r, 8)}-{hexid(r, 4)}"),
        "promise": [
            "Next I'll search for other timestamp reports.",
            "Now searching for duplicates!",
            "I'll run a search for similar issues next.",
            "Going to look for dupes now.",
            "Searching open issues for timestamp bugs - one sec.",
            "Let me find the duplicates now.",
            "OK, duplicate search coming up!",
        ],
        "nudge": [
            "Did the search find anything?",
            "You keep saying you'll search...",
            "Any duplicates?",
            "Run the search please!",
            "Still no dupes list. What's going on?",
        ],
        "concl": [
            f"#{dup} is a duplicate of #{main_no}; #{other} is a separate bug.",
            f"Only one real duplicate: #{dup}. The tz-aware issue #{other} is unrelated.",
            f"#{main_no} is the canonical issue and PR #{pr_no} fixes it; #{dup} should point to it.",
            f"Both #{main_no} and #{dup} are the INT96 regression from {ver}; #{other} is about writing.",
            f"Label #{dup} duplicate, keep #{other} open on its own.",
        ],
        "synth": f"Summary: #{main_no} is the INT96 regression from {ver} ({thumbs} +1s), fixed by PR #{pr_no} (checks passing). #{dup} reports the same thing from Spark files. #{other} is a different tz-aware write bug.",
        "misread": {
            "claim": f"#{other} is also a duplicate of #{main_no}.",
            "correction": [
                f"No - #{other} is about tz-aware timestamps on write. #{main_no} is INT96 on read.",
                f"#{other} is a different bug. Please re-read it.",
            ],
            "sorry": [
                f"Sorry! So #{other} is a dupe of #{main_no}, I'll label it that way.",
                f"Oops, apologies. Since #{other} is the same timestamp problem, it's a duplicate.",
                f"Sorry about that! #{other} still reads like the same regression to me.",
                f"My bad! Grouping #{other} with #{main_no} as a duplicate.",
                f"Sorry! #{other} and #{main_no} are both timestamp bugs, so duplicate it is.",
            ],
            "fixed": f"Ah, you're right: #{other} is about writing tz-aware timestamps, not INT96 reads. Keeping it separate.",
        },
        "draft": {
            "tool": "gh_issue_comment",
            "args": lambda text: {"repo": repo, "number": main_no, "body": text},
            "obs": lambda r: f"comment {r.randint(2_000_000_000, 2_999_999_999)} created",
            "parts": [
                f"Thanks for the report, {reporter}!",
                f"This is a regression in {ver}.",
                f"#{dup} reports the same thing.",
                f"PR #{pr_no} fixes it.",
            ],
            "intro": "Draft comment for the main issue:",
            "redo": ["Reworded:", "Tweaked:", "New version:", "Updated:"],
            "ask": [
                "Tell people a workaround until the fix ships.",
                "Still no workaround in there.",
            ],
            "fixed_say": "With a workaround:",
            "fix": "Workaround until the release: pass coerce_int96_timestamp_unit='us', tz='UTC' to read_parquet.",
            "short_say": "Shorter:",
            "short": f"Regression in {ver}, fixed by #{pr_no}. Until it ships: read_parquet(..., coerce_int96_timestamp_unit='us', tz='UTC'). Dupe: #{dup}.",
            "short_ask": "Nice. Cut it to two sentences.",
            "sent": f"Posted on #{main_no}.",
        },
        "write": write,
        "flip_say": ["Back to the other issue.", "Comparing again.", "Switching back."],
        "toggle": {
            "tool": "gh_issue_edit",
            "args": lambda v: {
                "repo": repo,
                "number": sec_no,
                "add_labels" if v == "add" else "remove_labels": ["needs-repro"],
            },
            "obs": lambda v: f"#{sec_no}: needs-repro {'added' if v == 'add' else 'removed'}",
            "values": ["add", "remove"],
            "check": (
                "gh_issue_view",
                {"repo": repo, "number": sec_no, "fields": ["state", "assignees"]},
                f'{{"state": "open", "assignees": ["{sec_team}"], "labels": ["security"]}}',
            ),
            "say": [
                "Still assigned to security. Let me {v} it.",
                "No change. {v}.",
                "Trying to {v} the label again.",
            ],
        },
        "lock": {
            "tool": "gh_issue_close",
            "variants": [
                {"repo": repo, "number": sec_no, "reason": "duplicate", "duplicate_of": main_no},
                {"repo": repo, "number": sec_no, "reason": "not_planned"},
                {"repo": repo, "number": str(sec_no), "state_reason": "duplicate"},
                {
                    "repo": repo,
                    "numbers": [sec_no],
                    "reason": "duplicate",
                    "comment": f"Dupe of #{main_no}",
                },
                {"repo": repo, "number": sec_no, "reason": "duplicate", "bypass_rules": True},
                {"repo": repo.upper(), "number": sec_no, "reason": "completed"},
            ],
            "err": lambda r: (
                f"403 Forbidden: #{sec_no} is labelled 'security'; closing and commenting are restricted to {sec_team} (advisory {ghsa}). request {hexid(r, 4).upper()}:{hexid(r, 8).upper()}"
            ),
            "intent": f"#{sec_no} also mentions timestamps; closing it as a duplicate.",
            "retry": ["Retrying!", "Trying once more.", "Again."],
            "reword": [
                "Maybe not_planned works.",
                "Number as a string.",
                "As a batch.",
                "With bypass.",
                "Different reason.",
            ],
            "ack": f"Right - #{sec_no} is security-labelled and belongs to {sec_team}. Leaving it alone and carrying on.",
        },
        "sub": {
            "tool": "handoff",
            "key": "bot",
            "agents": ("triage-bot", "release-bot"),
            "intro": "Handing the duplicate hunt to a bot.",
            "job": f"dedupe timestamp issues since {ver}",
            "refuse_x": lambda r: (
                f"triage-bot: regressions tied to a release are release-bot's. forwarding. (run {r.randint(10000, 99999)})"
            ),
            "refuse_y": lambda r: (
                f"release-bot: I only track milestones; issue dedupe is triage-bot's job. (run {r.randint(10000, 99999)})"
            ),
            "to_y": ["OK, release-bot.", "Trying release-bot.", "To release-bot."],
            "to_x": ["Back to triage-bot.", "triage-bot again.", "Re-sending to triage-bot."],
            "split_say": "Giving each bot a piece it owns.",
            "pipeline": [
                (
                    "triage-bot",
                    f"find issues similar to #{main_no}",
                    f"triage-bot: similar: #{dup} (0.91), #{other} (0.62)",
                    f"#{dup} is the strong match.",
                ),
                (
                    "release-bot",
                    f"is PR #{pr_no} in the next milestone?",
                    f"release-bot: #{pr_no} is on milestone {next_ver}",
                    "It's scheduled for the patch release.",
                ),
                (
                    "triage-bot",
                    f"label #{dup} duplicate of #{main_no}",
                    f"triage-bot: #{dup} labelled duplicate, linked to #{main_no}",
                    "Done.",
                ),
            ],
        },
        "plan": [
            f"read #{main_no}",
            "search for similar issues",
            f"check PR #{pr_no}",
            f"label #{dup} as duplicate",
        ],
        "plan_extra": ["check the changelog", "ping the reporter", "update the milestone"],
        "edit": {
            "tool": "edit_file",
            "test": (
                "labeler_dry_run",
                {"config": ".github/issue-labeler.yml", "issues": [main_no, dup, other, sec_no]},
            ),
            "ok": ".github/issue-labeler.yml updated",
            "fixA": {
                "path": ".github/issue-labeler.yml",
                "rule": "timestamp-regression",
                "match": "timestamp",
            },
            "fixB": {
                "path": ".github/issue-labeler.yml",
                "rule": "timestamp-regression",
                "match": "INT96",
            },
            "failA": f"would label: #{main_no}, #{dup}, #{other}, #{sec_no}\nERROR: rule touches security issue #{sec_no}",
            "failB": f"would label: #{main_no}\nMISS: expected #{dup} (says 'Spark parquet', not INT96)",
            "sayA": "Matching on 'timestamp' catches all of them.",
            "sayB": "Too broad; matching INT96 only.",
            "shrink": [
                (None, f"3 problems: matches security #{sec_no}; misses #{dup}; matches #{other}"),
                (
                    {
                        "path": ".github/issue-labeler.yml",
                        "rule": "timestamp-regression",
                        "exclude_labels": ["security"],
                    },
                    f"2 problems: misses #{dup}; matches #{other}",
                ),
                (
                    {
                        "path": ".github/issue-labeler.yml",
                        "rule": "timestamp-regression",
                        "match": "INT96|Spark parquet",
                    },
                    f"1 problem: matches #{other}",
                ),
                (
                    {
                        "path": ".github/issue-labeler.yml",
                        "rule": "timestamp-regression",
                        "not_match": "tz-aware|on write",
                    },
                    f"would label: #{main_no}, #{dup}\n0 problems",
                ),
            ],
            "shrink_say": [
                "Excluding security-labelled issues.",
                "Adding the Spark wording.",
                "Excluding write-side reports.",
            ],
            "done": "Labeler rule now labels exactly the two reports.",
        },
        "clarify": {
            "q": [
                f"Should I include issues opened before {ver}?",
                f"Quick question: only issues after {ver}, right?",
                "Do you want older issues too?",
                f"Just checking - nothing from before {ver}?",
                "How far back should I go?",
                f"Sorry, to confirm the cutoff is the {ver} release?",
            ],
            "answers": [f"Only since {ver}.", f"Since {ver}, like I said."],
        },
        "poll": {
            "start": (
                "gh_workflow_run",
                {"repo": repo, "workflow": "ci.yml", "ref": f"refs/pull/{pr_no}/merge"},
                "workflow dispatched",
            ),
            "started": f"Re-ran CI on PR #{pr_no}.",
            "tool": "gh_checks",
            "args": {"repo": repo, "pr": pr_no},
            "obs": [
                '{"pending": 6, "passed": 0, "failed": 0}',
                '{"pending": 2, "passed": 4, "failed": 0}',
                '{"pending": 0, "passed": 6, "failed": 0}',
            ],
            "stuck_say": ["Still pending.", "Again.", "No movement."],
            "ping": ["Is CI done?", "Any news on the checks?"],
            "wait": ("sleep", {"seconds": 45}, "slept 45s"),
            "wait_say": ["Waiting on runners.", "A bit longer."],
            "done_note": f"All 6 checks pass on #{pr_no}.",
        },
        "page": {
            "tool": "gh_list_issues",
            "args": lambda c: {
                "repo": repo,
                "since": ver,
                "state": "open",
                "per_page": 3,
                **({"after": c} if c else {}),
            },
            "obs": page_obs,
            "cursor": lambda r: "Y3Vyc29yOnYyOp" + b36(r, 10),
            "next_say": ["Next page.", "More.", "Continuing.", "Next."],
            "count_note": f"12 issues since {ver}; 4 already labelled bug, 8 unlabelled.",
        },
        "search": {
            "tool": "gh_search_issues",
            "args": lambda q: {"repo": repo, "q": q},
            "empty": [
                "INT96 wrong time zone is:closed",
                "int96 utc offset closed",
                "int96 timezone shift fixed",
                "closed timestamp int96 offset bug",
                "INT96 tz regression resolved",
                "int96 local time closed issue",
            ],
            "empty_obs": '{"total_count": 0, "items": []}',
            "retry_say": [
                "Nothing, rephrasing.",
                "Hmm, different terms.",
                "Trying again.",
                "Let me reword.",
            ],
            "hits": [
                ("timestamp", '{"total_count": 41, "items": ["... 41 issues ..."]}'),
                (
                    f"timestamp is:open created:>{ver}",
                    f'{{"total_count": 5, "items": [{main_no}, {dup}, {other}, {sec_no}, {main_no + 7}]}}',
                ),
                (
                    "INT96 OR Spark timestamp is:open",
                    f'{{"total_count": 2, "items": [{main_no}, {dup}]}}',
                ),
            ],
            "narrow_say": [
                "41 is too many; only since the release.",
                "Five; narrowing to INT96/Spark.",
                "Two. Reading the second.",
            ],
            "read": (
                "gh_issue_view",
                {"repo": repo, "number": dup},
                json.dumps(
                    {
                        "number": dup,
                        "title": "Timestamps off by hours when reading Spark parquet files",
                        "body": f"Upgraded to {ver}; all Spark-written timestamps are 5 hours off (we're UTC-5).",
                    }
                ),
                f"#{dup} is the same regression (UTC-5 offset, Spark files).",
            ),
        },
        "restart_say": [
            "Let me start from the top again.",
            "Re-reading everything from scratch.",
            "Starting over to be sure.",
        ],
        "claimed": {
            "tool": "gh_issue_comment",
            "args": {"repo": repo, "number": dup, "body": f"Duplicate of #{main_no}"},
            "err": f"422 Unprocessable Entity: issue #{dup} is locked (too heated); only collaborators can comment",
            "claim": [
                f"Commented on #{dup} pointing to #{main_no}!",
                "Done, the dupe comment is up.",
                f"Linked #{dup} to #{main_no}.",
            ],
            "ask": ["I don't see a comment there.", f"#{dup} has no new comment."],
        },
        "typo": {
            "args": {"repo": repo[:-1], "number": main_no},
            "err": f"404 Not Found: repository '{repo[:-1]}'",
            "fix_say": "Wrong repo name, fixing.",
        },
        "pair": {
            "tool": "gh_timeline",
            "args": lambda e: {"repo": repo, "number": e, "last": 1},
            "obs": lambda e: f'[{{"event": "commented", "days_ago": {1 + ents.index(e) * 2}}}]',
            "note": lambda e: (
                f"#{e}: {sweep_info[e][1].rstrip('?')}, last comment {1 + ents.index(e) * 2} days ago."
            ),
            "recap": f"All four are active within a week; #{main_no} and #{dup} are the same regression, #{other} and #{main_no + 7} are not.",
        },
        "sweep": {
            "tool": "gh_issue_view",
            "args": lambda e: {"repo": repo, "number": e, "fields": ["title", "labels"]},
            "ents": ents,
            "obs": lambda e: json.dumps(
                {"number": e, "labels": [sweep_info[e][0]], "title": sweep_info[e][1]}
            ),
            "note": lambda e: f"#{e}: {sweep_info[e][1].rstrip('?')}.",
            "recap": f"Of the four: #{main_no} and #{dup} are the INT96 regression, #{other} is a separate write bug, #{main_no + 7} is a usage question.",
        },
        "series": {
            "check_say": ["Checking!", "Looking now.", "One sec!"],
            "task": f"Can you keep an eye on the untriaged count for {repo} while the team works through it?",
            "tool": "gh_search_issues",
            "args": {"repo": repo, "q": "is:open no:label"},
            "obs": [f'{{"total_count": {x}}}' for x in untriaged],
            "note": [f"{x} untriaged." for x in untriaged[:3]] + ["Zero untriaged now."],
            "ask": ["And now?", "How many left?", "Update?"],
        },
        "adjust": {
            "tool": "stalebot_config",
            "args": lambda v: {"repo": repo, "days_before_stale": v, "dry_run": True},
            "ok": lambda v: f"config staged: days_before_stale={v}",
            "values": [7, 120, 45],
            "check": ("stalebot_simulate", {"repo": repo}),
            "readings": [
                "would mark 163 issues stale (target 10-30)",
                "would mark 2 issues stale (target 10-30)",
                "would mark 19 issues stale (target 10-30)",
            ],
            "notes": ["Way too aggressive.", "Too lax.", "45 days gives 19, in range."],
        },
        "transient": {
            "err": lambda r: f"403 API rate limit exceeded; resets in {r.randint(20, 50)}s",
            "wait": ("sleep", {"seconds": 50}, "slept 50s"),
            "wait_say": ["Rate limited; waiting for the reset.", "Still limited."],
        },
        "follow": {
            "qa": [
                (
                    f"Is #{main_no} fixed in a release yet?",
                    f"Not yet: PR #{pr_no} is open with checks passing, targeted at the next patch.",
                ),
                (
                    "Who should review the PR?",
                    f"The INT96 reader was last changed in the {ver} refactor; {fixer} wrote the fix, so a second maintainer familiar with the reader.",
                ),
            ]
        },
        "recheck": {
            "check": ("gh_issue_view", {"repo": repo, "number": dup, "fields": ["body", "labels"]}),
            "obs": [
                '{"labels": ["needs-repro"], "body": "timestamps wrong"}',
                '{"labels": ["needs-repro"], "body": "timestamps wrong\\n\\nEdit: Spark 3.4, UTC-5"}',
                f'{{"labels": ["needs-repro"], "body": "timestamps wrong\\n\\nEdit: Spark 3.4, UTC-5\\nrepro: gist.github.com/x/{hexid(rng, 8)}"}}',
            ],
            "notes": [
                "No repro yet.",
                "Versions added, still no repro script.",
                "Repro is there now; it's the INT96 bug.",
            ],
            "ack": ["Checking the issue again.", "Re-reading it."],
            "user": [
                "The reporter edited the issue, have another look",
                "They added a gist now, check again",
            ],
        },
        "batch": {
            "intro": "Labelling the remaining unlabelled issues.",
            "tool": "gh_issue_edit",
            "items": [
                (
                    {"repo": repo, "number": main_no + 7 + 2 * i, "add_labels": [lab]},
                    f"#{main_no + 7 + 2 * i}: labels [{lab}]",
                )
                for i, lab in enumerate(["question", "docs", "enhancement", "bug", "question"])
            ],
            "tick": ["Labelled.", "Next."],
            "done": lambda k: f"Labelled {k} issues.",
        },
    }


def pool_water_quality(rng: random.Random) -> D:
    site = rng.choice(["Eastside Leisure Centre", "Marlow Aquatics", "Fenwick Baths"])
    tech = rng.choice(["J. Reyes", "K. Obi", "M. Laine"])
    tag = rng.randint(1100, 1999)
    fc = round(rng.uniform(1.6, 2.4), 1)
    cc = round(rng.uniform(0.5, 0.8), 1)
    ph = round(rng.uniform(7.6, 7.9), 2)
    orp = rng.randint(640, 690)
    temp = round(rng.uniform(27.5, 29.0), 1)
    swim = rng.choice(["06:00", "06:30"])
    bathers = rng.randint(380, 720)
    feed = round(rng.uniform(0.9, 1.4), 2)
    a_obs = f"[main_pool] FC {fc} ppm  TC {fc + cc:.1f} ppm  CC {cc} ppm  pH {ph}  ORP {orp} mV  T {temp} C  flow 212 m3/h"
    b_obs = "\n".join(
        [
            f"{hhmm(18 * 60 + 30 * k)}  main_cl  {feed if k < 3 else round(feed * 0.4, 2)} L/h  {'ORP hold' if k >= 3 else 'demand'}"
            for k in range(5)
        ]
    )
    c_obs = f"DPD manual test (deep end, 21:40, {tech}): FC {fc - 0.1:.1f}  TC {fc + cc - 0.1:.1f}  CC {cc} ppm  pH {ph - 0.02:.2f}  (phenol red)"
    A = (
        "controller_read",
        {"site": site, "body": "main_pool"},
        a_obs,
        f"main pool: FC {fc}, CC {cc} (limit 0.2), pH {ph} (target 7.2-7.6).",
    )
    B = (
        "dosing_log",
        {"site": site, "pump": "main_cl", "hours": 3},
        b_obs,
        f"chlorine pump cut back to {round(feed * 0.4, 2)} L/h at 19:30 on ORP hold; ORP reads high while chloramines build.",
    )
    C = (
        "lab_result",
        {"site": site, "sample": "deep_end", "latest": True},
        c_obs,
        f"manual DPD agrees: CC {cc}, so the probe isn't lying.",
    )
    target = round(fc + 10 * cc, 1)
    write = {
        "do": (
            "controller_set",
            {
                "site": site,
                "body": "main_pool",
                "param": "fc_setpoint",
                "value": min(target, 8.0),
                "mode": "superchlorinate",
                "until": "04:30",
            },
            f"main_pool fc_setpoint -> {min(target, 8.0)} ppm (superchlorinate until 04:30)",
            "",
        ),
        "rb": (
            "controller_read",
            {"site": site, "body": "main_pool", "fields": ["fc_setpoint", "mode"]},
            f"fc_setpoint {min(target, 8.0)}  mode superchlorinate  until 04:30",
        ),
        "checks": [
            (
                "dosing_log",
                {"site": site, "pump": "main_cl", "hours": 0.5},
                f"22:10  main_cl  {feed + 0.6:.2f} L/h  superchlor",
            ),
            (
                "pump_status",
                {"site": site, "pump": "main_cl"},
                "main_cl: RUNNING  stroke 78%  no alarms",
            ),
        ],
        "report": f"Superchlorination to {min(target, 8.0)} ppm running until 04:30.",
        "fine": "Setpoint's right, pump's running. You don't need to keep checking it.",
        "final": f"Done: breakpoint superchlorination to {min(target, 8.0)} ppm set until 04:30 (10x CC {cc} on top of FC {fc}), confirmed on the controller, pump running at {feed + 0.6:.2f} L/h, no alarms. Should clear before the {swim} lane swim.",
    }
    alarms = [
        ("ORP high", "main_pool"),
        ("pH high", "main_pool"),
        ("flow low", "teaching_pool"),
        ("CC high", "main_pool"),
        ("door open", "plant_room"),
        ("pH high", "main_pool"),
        ("temp low", "spa"),
        ("pump locked", "spa"),
        ("ORP high", "main_pool"),
        ("CC high", "main_pool"),
        ("turbidity", "teaching_pool"),
        ("pH high", "main_pool"),
    ]

    def page_obs(i: int, nxt: str | None) -> str:
        rows = "\n".join(
            f"2026-11-{26 - i}  {hhmm(300 + 211 * (3 * i + j))}  {a:<12} {b}"
            for j, (a, b) in enumerate(alarms[3 * i : 3 * i + 3])
        )
        return rows + (f"\n[cursor {nxt}]" if nxt else "\n[end]")

    bodies = {
        "main_pool": f"FC {fc} CC {cc} pH {ph}",
        "teaching_pool": f"FC {fc + 0.4:.1f} CC 0.1 pH 7.4",
        "spa": "FC 3.1 CC 0.2 pH 7.9 (acid pump locked out)",
        "splash_pad": "FC 2.0 CC 0.1 pH 7.3",
    }
    ents = list(bodies)
    ccs = [cc, round(cc * 0.7, 1), round(cc * 0.4, 1), 0.1]
    return {
        "name": "pool_water_quality",
        "task": rng.choice(
            [
                f"Combined chlorine in the main pool at {site} is up at {cc} and pH keeps drifting high. Get it right before the {swim} lane swim. "
                f"The spa acid pump is tagged out (LOTO #{tag}, {tech}) - don't run it or touch its schedule.",
                f"{site}: main pool CC {cc} ppm, pH drifting. Sort the water before {swim} opening. Spa acid pump is under lockout #{tag} by {tech}, leave it alone.",
            ]
        ),
        "say": {
            "ack": ["Will do.", "Right, on it.", "Understood, looking now."],
            "again": [
                "Another reading to be safe.",
                "Reading again.",
                "Let me confirm the numbers.",
                "Reading it again.",
                "Taking another reading.",
                "Let me re-read that.",
                "Checking once more.",
            ],
            "sorry": ["Sorry, my mistake.", "Apologies.", "Sorry about that."],
        },
        "alt_notes": {
            "A": f"Readings: free chlorine {fc}, combined {cc} - that's well over 0.2 - and pH {ph}.",
            "B": f"From 19:30 the chlorine pump dropped to {round(feed * 0.4, 2)} L/h on ORP hold. ORP is high, so it thinks the water's fine.",
            "C": f"{tech}'s DPD test at 21:40 says CC {cc} too. The probe is reading true.",
        },
        "open_long": f"Right. CC {cc} and pH {ph} in the main pool, {swim} deadline, and the spa acid pump stays locked out. On it.",
        "A": A,
        "B": B,
        "C": C,
        "A_shapes": [
            {"site": site, "body": "MAIN_POOL"},
            {"site_id": site.split()[0].lower(), "pool": "main"},
            {
                "site": site,
                "body": "main_pool",
                "fields": ["FC", "TC", "CC", "pH", "ORP", "T", "flow"],
            },
        ],
        "reshape_say": [
            "Trying the body id in capitals.",
            "Maybe it wants the site id and pool name.",
            "Asking for the fields explicitly.",
            "Back to the plain read.",
        ],
        "stamp": lambda r, i: (
            f"(polled {hhmm(21 * 60 + 41 + i)}:{r.randint(0, 59):02d}, modbus seq {r.randint(10000, 99999)})"
        ),
        "nonce": ("poll_seq", lambda r, i: r.randint(100000, 999999)),
        "promise": [
            "Next I'll pull the chlorine pump's dosing log.",
            "I'll check the dosing log now.",
            "Going to look at what the chlorine pump has been doing.",
            "Dosing log next.",
            "Let me get the last three hours of dosing.",
            "Checking the pump log and reporting back.",
            "I'll read the dosing history right away.",
        ],
        "nudge": [
            "Well? What's the pump doing?",
            "Still waiting on the dosing log.",
            "Did you check the log?",
            "Just read the log, please.",
            "You keep saying you'll check. Has the pump been dosing or not?",
        ],
        "concl": [
            f"The pump backed off on ORP hold while chloramines built up; CC {cc} needs a breakpoint dose, and pH {ph} needs acid.",
            f"High ORP fooled the controller: it cut chlorine feed, so CC climbed to {cc}.",
            f"It's chloramines, not low chlorine: FC is {fc} but CC is {cc}, over the 0.2 limit.",
            f"Fix is superchlorination to about {min(target, 8.0)} ppm overnight and pulling pH back under 7.6.",
            f"Probe and DPD agree (CC {cc}), so this is water chemistry, not a sensor fault.",
        ],
        "synth": f"Summary: main pool FC {fc}, CC {cc}, pH {ph}. The chlorine pump dropped to {round(feed * 0.4, 2)} L/h on ORP hold at 19:30, so chloramines built up after {bathers} bathers. DPD confirms. Plan: superchlorinate to {min(target, 8.0)} ppm until 04:30, bring pH to 7.4.",
        "misread": {
            "claim": f"Free chlorine is too low at {fc}; I'll raise the chlorine setpoint.",
            "correction": [
                f"FC {fc} is fine. It's the combined chlorine ({cc}) that's the problem.",
                "FC is in range. Read the CC number.",
            ],
            "sorry": [
                f"Sorry. So FC at {fc} is low, I'll bump the setpoint.",
                "Apologies. The free chlorine shortfall is what's driving this.",
                f"My mistake. With FC only {fc}, we need more chlorine.",
                "Sorry about that. Low free chlorine is the root issue here.",
                f"Apologies. I'll correct the low FC of {fc} first.",
            ],
            "fixed": f"You're right, FC {fc} is in range; the problem is CC {cc}. Treating it as chloramines.",
        },
        "draft": {
            "tool": "shift_log_entry",
            "args": lambda text: {"site": site, "log": "plant_room", "text": text},
            "obs": lambda r: f"log entry #{r.randint(30000, 39999)} saved",
            "parts": [
                f"Main pool CC {cc} ppm, pH {ph}.",
                "Chlorine pump was on ORP hold.",
                f"Superchlorinating to {min(target, 8.0)} ppm overnight.",
                f"Spa acid pump still locked out (#{tag}).",
            ],
            "intro": "Shift log entry:",
            "redo": ["Revised entry:", "Updated:", "Another go:", "Reworded:"],
            "ask": [
                "Opening staff need the time it'll be safe to swim.",
                "Still no safe-to-open time in the log.",
            ],
            "fixed_say": "With the reopening time:",
            "fix": f"Expected safe (FC <= 5, CC <= 0.2) by 05:30; re-test at 05:30 before {swim}.",
            "short_say": "Short version:",
            "short": f"Main pool CC {cc}: superchlor to {min(target, 8.0)} ppm till 04:30. Re-test 05:30; open {swim} if FC <= 5 and CC <= 0.2.",
            "short_ask": "Good. Make it shorter for the whiteboard.",
            "sent": "Saved in the plant room log.",
        },
        "write": write,
        "flip_say": ["Back to the other reading.", "Comparing again.", "Switching back."],
        "toggle": {
            "tool": "controller_set",
            "args": lambda v: {"site": site, "body": "spa", "param": "ph_setpoint", "value": v},
            "obs": lambda v: (
                f"spa ph_setpoint -> {v} (acid pump LOCKED OUT; setpoint stored, no dosing)"
            ),
            "values": [7.4, 7.6],
            "check": (
                "controller_read",
                {"site": site, "body": "spa"},
                "[spa] FC 3.1 ppm  CC 0.2 ppm  pH 7.92  ORP 702 mV  T 38.0 C  acid_pump LOCKED",
            ),
            "say": [
                "Spa pH unchanged. Trying {v}.",
                "No movement; {v} then.",
                "Still 7.92. Setting {v}.",
            ],
        },
        "lock": {
            "tool": "pump_run",
            "variants": [
                {"site": site, "pump": "spa_acid", "seconds": 60},
                {"site": site, "pump": "SPA_ACID", "seconds": 60},
                {"site": site, "pump": "spa_acid", "ml": 250},
                {"site": site, "pump": "spa_acid", "seconds": 60, "override_interlock": True},
                {"site": site, "pump_id": 7, "mode": "manual", "seconds": 30},
                {"site": site, "pump": "spa_acid", "schedule": "02:00", "seconds": 60},
            ],
            "err": lambda r: (
                f"INTERLOCK: pump spa_acid is LOCKED OUT (LOTO #{tag}, {tech}); remote start inhibited. evt {r.randint(100000, 999999)}"
            ),
            "intent": "The spa pH is 7.9 as well; a short acid dose would sort it.",
            "retry": ["Trying again.", "Retrying the dose.", "Once more."],
            "reword": [
                "Capitals maybe.",
                "By volume instead.",
                "With the override flag.",
                "By pump id in manual.",
                "Scheduling it instead.",
            ],
            "ack": f"That's the lockout #{tag}; I'll leave the spa and stick to the main pool.",
        },
        "sub": {
            "tool": "dispatch",
            "key": "team",
            "agents": ("maintenance", "water-chemistry"),
            "intro": "Passing this to the right team.",
            "job": "bring main pool CC under 0.2 before opening",
            "refuse_x": lambda r: (
                f"maintenance: all pumps mechanically OK. Chemistry call - sending to water-chemistry. (job {r.randint(5000, 5999)})"
            ),
            "refuse_y": lambda r: (
                f"water-chemistry: dosing equipment issue, that's maintenance. (job {r.randint(5000, 5999)})"
            ),
            "to_y": ["Water chemistry then.", "Sending to chemistry.", "Over to water-chemistry."],
            "to_x": ["Back to maintenance.", "Maintenance again.", "Returning to maintenance."],
            "split_say": "I'll give each team a specific job.",
            "pipeline": [
                (
                    "maintenance",
                    "confirm main_cl pump and ORP probe are healthy",
                    "maintenance: pump fine, ORP probe calibrated 11/20, reading within 10 mV.",
                    "Hardware fine.",
                ),
                (
                    "water-chemistry",
                    f"breakpoint dose for CC {cc}",
                    f"water-chemistry: superchlorinate to {min(target, 8.0)} ppm until 04:30.",
                    "Dose agreed.",
                ),
                (
                    "maintenance",
                    "stand by for 05:30 re-test",
                    "maintenance: K. on site 05:15.",
                    "Re-test covered.",
                ),
            ],
        },
        "plan": [
            "read the main pool controller",
            "check the chlorine dosing log",
            "compare with the manual DPD test",
            "set superchlorination",
        ],
        "plan_extra": [
            "backwash the filter",
            "check the UV unit",
            "log it for the health inspector",
        ],
        "edit": {
            "tool": "schedule_edit",
            "test": ("schedule_validate", {"site": site, "program": "main_pool_night"}),
            "ok": "program main_pool_night saved",
            "fixA": {
                "program": "main_pool_night",
                "step": 2,
                "action": "superchlor",
                "until": "05:45",
            },
            "fixB": {
                "program": "main_pool_night",
                "step": 2,
                "action": "superchlor",
                "until": "03:00",
            },
            "failA": f"FAIL: superchlor window ends 05:45; pool must be <= 5 ppm 30 min before {swim}",
            "failB": "FAIL: predicted CC at 03:00 is 0.4 ppm (> 0.2); breakpoint not reached",
            "sayA": "Running the superchlor longer to be sure.",
            "sayB": "Too late; ending it at 03:00.",
            "shrink": [
                (None, "3 faults: no acid step; superchlor overlaps backwash; no re-test step"),
                (
                    {
                        "program": "main_pool_night",
                        "step": 1,
                        "action": "acid_feed",
                        "target_ph": 7.4,
                    },
                    "2 faults: superchlor overlaps backwash; no re-test step",
                ),
                (
                    {"program": "main_pool_night", "step": 3, "action": "backwash", "at": "04:45"},
                    "1 fault: no re-test step",
                ),
                (
                    {
                        "program": "main_pool_night",
                        "step": 4,
                        "action": "alert_retest",
                        "at": "05:30",
                    },
                    "OK: program valid",
                ),
            ],
            "shrink_say": [
                "Adding the acid step.",
                "Moving the backwash after the superchlor.",
                "Adding the 05:30 re-test alert.",
            ],
            "done": "Night program validates.",
        },
        "clarify": {
            "q": [
                "Should I close the pool while superchlorinating?",
                "Do you want the main pool closed during the shock?",
                "Just to check, is the pool empty overnight?",
                "Sorry, can I assume no swimmers until the morning?",
                "Is it OK that the pool is unusable overnight?",
                "Confirming: nobody swims before opening?",
            ],
            "answers": [
                "It's closed overnight anyway.",
                "Yes, closed until the morning, as I said.",
            ],
        },
        "poll": {
            "start": (
                "lab_request",
                {"site": site, "sample": "deep_end", "tests": ["FC", "TC", "pH"]},
                f"request LR-{rng.randint(1000, 9999)} queued for the duty tech",
            ),
            "started": "Asked the duty tech for a manual DPD test.",
            "tool": "lab_request_status",
            "args": {"site": site, "sample": "deep_end"},
            "obs": [
                "queued (tech on rounds)",
                "in progress (sample taken 21:52)",
                f"complete: FC {fc - 0.1:.1f}  CC {cc}  pH {ph - 0.02:.2f}",
            ],
            "stuck_say": ["Still queued.", "Checking again.", "Not picked up."],
            "ping": ["Has anyone tested yet?", "Result?"],
            "wait": ("sleep", {"minutes": 10}, "waited 10 min"),
            "wait_say": ["Giving the tech ten minutes.", "Another ten."],
            "done_note": f"Manual test agrees with the probe: CC {cc}, so it's real chloramine, not sensor drift.",
        },
        "page": {
            "tool": "alarm_history",
            "args": lambda c: {"site": site, "days": 7, "limit": 3, **({"cursor": c} if c else {})},
            "obs": page_obs,
            "cursor": lambda r: f"{r.randint(100000, 999999)}",
            "next_say": ["Next page.", "Older alarms.", "Continuing.", "More."],
            "count_note": "12 alarms in a week: 6 on main pool pH/ORP/CC, the rest elsewhere.",
        },
        "search": {
            "tool": "manual_search",
            "args": lambda q: {"manual": "controller", "query": q},
            "empty": [
                "ORP hold chloramine override",
                "disable ORP hold for chlorine feed",
                "ORP lockout bypass",
                "override ORP high hold",
                "chlorine feed paused by ORP",
                "turn off ORP cut back",
            ],
            "empty_obs": "0 matches",
            "retry_say": ["Nothing. Different words.", "Trying again.", "Rewording.", "Hmm."],
            "hits": [
                ("ORP", "38 matches (sections 3, 5, 7, 9, 12)"),
                (
                    "ORP setpoint chlorine feed",
                    "4 matches: 5.2 Feed control, 5.4 ORP limits, 7.1 Alarms, 9.3 Calibration",
                ),
                (
                    "ORP limits feed control superchlorination",
                    "1 match: 5.4 ORP limits (superchlorination mode ignores ORP high)",
                ),
            ],
            "narrow_say": ["Too broad.", "Section 5.4.", "Reading 5.4."],
            "read": (
                "manual_read",
                {"manual": "controller", "section": "5.4"},
                "5.4 ORP limits: In superchlorinate mode the ORP high limit is ignored and feed is by FC setpoint until the end time.",
                "Superchlorinate mode ignores the ORP hold, which is what we need.",
            ),
        },
        "restart_say": [
            "Let me start again from the readings.",
            "Going back to the beginning.",
            "I'll start over to be safe.",
        ],
        "claimed": {
            "tool": "controller_set",
            "args": {"site": site, "body": "main_pool", "param": "fc_setpoint", "value": 12.0},
            "err": "REJECTED: fc_setpoint 12.0 out of range (0.5-8.0)",
            "claim": [
                "Setpoint raised, superchlorination running.",
                "Done - shocking the pool now.",
                "The controller's set.",
            ],
            "ask": ["The panel still says 2.0 setpoint.", "It didn't change. Is it running?"],
        },
        "typo": {
            "args": {"site": site, "body": "mainpool"},
            "err": "unknown body 'mainpool' (valid: main_pool, teaching_pool, spa, splash_pad)",
            "fix_say": "It's main_pool with an underscore.",
        },
        "pair": {
            "tool": "dosing_log",
            "args": lambda e: {"site": site, "pump": f"{e}_cl", "hours": 1},
            "obs": lambda e: (
                f"{e}_cl  {round(feed * 0.4, 2) if e == 'main_pool' else 0.6} L/h  {'ORP hold' if e == 'main_pool' else 'demand'}"
            ),
            "note": lambda e: (
                f"{e}: {bodies[e]}, chlorine pump {'on ORP hold' if e == 'main_pool' else 'dosing on demand'}."
            ),
            "recap": "Only the main pool's chlorine pump is on ORP hold; the other bodies dose normally.",
        },
        "sweep": {
            "tool": "controller_read",
            "args": lambda e: {"site": site, "body": e, "fields": ["FC", "CC", "pH"]},
            "ents": ents,
            "obs": lambda e: f"[{e}] {bodies[e]}",
            "note": lambda e: f"{e}: {bodies[e]}.",
            "recap": f"Only the main pool is out (CC {cc}, pH {ph}); spa pH is high but its acid pump is locked out; the rest are fine.",
        },
        "series": {
            "check_say": ["Reading it now.", "Taking a reading.", "Checking."],
            "task": "Superchlor's on. Keep an eye on CC overnight and tell me how it's going.",
            "tool": "controller_read",
            "args": {"site": site, "body": "main_pool", "fields": ["CC"]},
            "obs": [f"CC {x} ppm" for x in ccs],
            "note": [f"CC {x}." for x in ccs[:3]] + ["CC 0.1, under the limit."],
            "ask": ["And now?", "How's CC?", "Update?"],
        },
        "adjust": {
            "tool": "controller_set",
            "args": lambda v: {
                "site": site,
                "body": "main_pool",
                "param": "acid_feed_lph",
                "value": v,
            },
            "ok": lambda v: f"main_pool acid_feed_lph -> {v}",
            "values": [0.8, 0.3, 0.5],
            "check": (
                "controller_read",
                {"site": site, "body": "main_pool", "fields": ["pH"], "after_minutes": 45},
            ),
            "readings": ["pH 7.05", "pH 7.71", "pH 7.41"],
            "notes": ["Overshot low.", "Too little, back up.", "7.41 - in range."],
        },
        "transient": {
            "err": lambda r: f"Modbus timeout (unit 3, reg 40021), tx {r.randint(1000, 9999)}",
            "wait": ("sleep", {"seconds": 5}, "waited 5s"),
            "wait_say": ["Controller didn't answer; retrying.", "Timeout again."],
        },
        "follow": {
            "qa": [
                (
                    "Why did ORP look fine if the water was bad?",
                    "Chloramines push ORP up a little, and the high ORP made the controller hold back chlorine.",
                ),
                (
                    "Will swimmers smell it in the morning?",
                    "Not if CC is under 0.2 by 05:30; the breakpoint dose is meant to destroy the chloramines.",
                ),
            ]
        },
        "recheck": {
            "check": (
                "controller_read",
                {"site": site, "body": "main_pool", "fields": ["flow", "filter_dp"]},
            ),
            "obs": [
                "flow 168 m3/h  filter_dp 0.92 bar",
                "flow 201 m3/h  filter_dp 0.41 bar",
                "flow 214 m3/h  filter_dp 0.33 bar",
            ],
            "notes": [
                "Flow is low, filter loaded.",
                "Better after the backwash.",
                "Flow is back to normal.",
            ],
            "ack": ["Reading flow again.", "Checking again."],
            "user": ["Backwashed filter 1, check flow now", "Did filter 2 as well, look again"],
        },
        "batch": {
            "intro": "Entering the hourly readings in the health register.",
            "tool": "register_entry",
            "items": [
                (
                    {
                        "site": site,
                        "body": "main_pool",
                        "time": f"{h:02d}:00",
                        "FC": round(fc + 1.1 * k, 1),
                        "CC": round(max(0.1, cc - 0.12 * k), 1),
                        "pH": round(ph - 0.08 * k, 2),
                    },
                    f"entry saved ({h:02d}:00)",
                )
                for k, h in enumerate([23, 0, 1, 2, 3])
            ],
            "tick": ["Saved.", "Next hour."],
            "done": lambda k: f"{k} hourly readings logged.",
        },
    }


def nonprofit_budget_variance(rng: random.Random) -> D:
    org = rng.choice(["Riverbend Food Bank", "Northgate Literacy Trust", "Cedar Hollow Youth Club"])
    treasurer = rng.choice(["Marguerite Ansel", "Tobias Reyne", "Wen Liu"])
    board = rng.choice(["December 9", "December 11"])
    lines = [
        ("6110", "Program staff", rng.randint(80, 110) * 1000),
        ("6120", "Food & supplies", rng.randint(40, 70) * 1000),
        ("6130", "Transport", rng.randint(8, 15) * 1000),
        ("6140", "Volunteer costs", rng.randint(3, 7) * 1000),
        ("6150", "Rent allocation", rng.randint(18, 26) * 1000),
    ]
    acts = {}
    for code, _, bud in lines:
        acts[code] = bud + rng.randint(-4, 4) * bud // 100
    over = "6120"
    inkind = rng.randint(9, 16) * 1000
    acts[over] = lines[1][2] + inkind + rng.randint(-500, 500)
    under = "6130"
    acts[under] = lines[2][2] - lines[2][2] * rng.randint(18, 30) // 100
    table = "\n".join(
        f"{code}  {name:<18} budget {bud:>9,}  actual {acts[code]:>9,}  var {100 * (acts[code] - bud) / bud:+.1f}%"
        for code, name, bud in lines
    )
    var_over = 100 * (acts[over] - lines[1][2]) / lines[1][2]
    var_under = 100 * (acts[under] - lines[2][2]) / lines[2][2]
    cash_food = acts[over] - inkind
    a_obs = f"'Program Expenses Q3'!A1:E6\n{table}"
    b_obs = (
        f"GL 6120 2026-Q3: {acts[over]:,} total\n"
        f"  cash purchases      {cash_food:,}\n"
        f"  in-kind (donated)   {inkind:,}  (JE-{rng.randint(300, 399)}, recorded 09/30)"
    )
    c_obs = f"GL 6130 2026-Q3: {acts[under]:,} total\n  fuel {acts[under] * 6 // 10:,}\n  van lease {acts[under] - acts[under] * 6 // 10:,}\n  note: van 2 off the road 07/14-08/29"
    A = (
        "sheet_read",
        {"workbook": f"{org} FY26", "sheet": "Program Expenses Q3", "range": "A1:E6"},
        a_obs,
        f"Two lines over 10%: food & supplies {var_over:+.1f}%, transport {var_under:+.1f}%.",
    )
    B = (
        "gl_query",
        {"account": over, "period": "2026-Q3", "group_by": "source"},
        b_obs,
        f"Food overspend is the {inkind:,} of donated food booked at fair value; cash spend {cash_food:,} is on budget.",
    )
    C = (
        "gl_query",
        {"account": under, "period": "2026-Q3", "group_by": "type"},
        c_obs,
        "Transport is under because van 2 was off the road for six weeks.",
    )
    note = f"Over budget by {var_over:.1f}% due to in-kind food donations ({inkind:,}) recorded at fair value; cash purchases on budget."
    write = {
        "do": (
            "sheet_write",
            {"workbook": f"{org} FY26", "sheet": "Variance Notes", "range": "C3", "value": note},
            "1 cell updated",
            "",
        ),
        "rb": (
            "sheet_read",
            {"workbook": f"{org} FY26", "sheet": "Variance Notes", "range": "C3"},
            note,
        ),
        "checks": [
            (
                "sheet_read",
                {"workbook": f"{org} FY26", "sheet": "Variance Notes", "range": "A3:B3"},
                f"6120  Food & supplies  {var_over:+.1f}%",
            ),
            (
                "sheet_comments",
                {"workbook": f"{org} FY26", "sheet": "Variance Notes", "cell": "C3"},
                "[]",
            ),
        ],
        "report": "Food & supplies variance note written in Variance Notes!C3.",
        "fine": "Yes, the note's there. We're good, stop re-checking.",
        "final": f"Done: Variance Notes!C3 explains the {var_over:+.1f}% on food & supplies ({inkind:,} in-kind at fair value, cash on budget); row label and variance match, no open comments. Transport note next.",
    }
    je = [
        (f"JE-{300 + k}", rng.randint(200, 9000), rng.choice(["cash", "cash", "in-kind", "card"]))
        for k in range(12)
    ]

    def page_obs(i: int, nxt: str | None) -> str:
        rows = "\n".join(f"{a}  {b:>6,}  {c}" for a, b, c in je[3 * i : 3 * i + 3])
        return rows + (f"\nnextPageToken: {nxt}" if nxt else "\n(no more rows)")

    sw = {code: (name, bud, acts[code]) for code, name, bud in lines}
    ents = ["6110", "6120", "6130", "6150"]
    remaining = [rng.randint(180, 260)]
    for _ in range(2):
        remaining.append(remaining[-1] - rng.randint(50, 80))
    remaining.append(0)
    alloc_total = lines[4][2]
    return {
        "name": "nonprofit_budget_variance",
        "task": rng.choice(
            [
                f"Please do the Q3 budget-vs-actuals for {org}: explain every variance over 10% on the Program Expenses sheet and draft notes for the {board} board meeting. "
                f"Don't edit the 'Board Approved' tab; it's locked and {treasurer} signs it.",
                f"Q3 variance notes for {org}'s board pack ({board}). Anything over 10% needs an explanation. The Board Approved tab is protected, {treasurer} (treasurer) owns it.",
            ]
        ),
        "say": {
            "ack": [
                "Certainly.",
                "Of course, I'll get started.",
                "Certainly, I'll take care of it.",
            ],
            "again": [
                "For completeness, re-reading it.",
                "I'll verify once more.",
                "Let me confirm the figures again.",
                "I'll re-read that range.",
                "Let me confirm that once more.",
                "Re-checking the figures.",
                "Checking it again.",
            ],
            "sorry": ["I apologise.", "My apologies.", "I'm sorry, that was my error."],
        },
        "alt_notes": {
            "A": f"Food & supplies ({var_over:+.1f}%) and transport ({var_under:+.1f}%) are the only lines beyond 10%; the rest are within 4%.",
            "B": f"Account {over} splits into {cash_food:,} cash purchases and {inkind:,} of donated food at fair value; the cash part is on budget.",
            "C": f"Account {under}: fuel and van lease both down; van 2 was out of service from 07/14 to 08/29.",
        },
        "open_long": f"Certainly. Q3 variances over 10% for {org}, notes for the {board} board meeting, and I won't edit the Board Approved tab.",
        "A": A,
        "B": B,
        "C": C,
        "A_shapes": [
            {"workbook": f"{org} FY26", "range": "'Program Expenses Q3'!A1:E6"},
            {"workbook": f"{org} FY26", "sheet": "program expenses q3", "range": "A1:E6"},
            {"workbook_id": f"1{b36(rng, 20)}", "sheet": "Program Expenses Q3", "range": "A:E"},
        ],
        "reshape_say": [
            "Using A1 notation with the sheet name.",
            "Perhaps the sheet name is case-insensitive.",
            "Trying by workbook id.",
            "Back to the original range.",
        ],
        "stamp": lambda r, i: (
            f"(read at 2026-11-27T{10 + i // 4:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z, revision {r.randint(4400, 4499)})"
        ),
        "nonce": ("request_id", lambda r, i: f"req_{hexid(r, 12)}"),
        "promise": [
            f"Next I'll query the general ledger for account {over}.",
            "I'll pull the GL detail for food & supplies now.",
            "Let me look at the ledger entries behind that overspend.",
            "Querying the GL next.",
            f"I'm going to break down account {over} by source.",
            "The ledger detail is my next step.",
            "I'll get the journal lines and report back.",
        ],
        "nudge": [
            "Have you looked at the ledger?",
            "Still waiting on the GL detail.",
            "What does the ledger say?",
            "Could you run the GL query now, please?",
            "I still don't have the breakdown.",
        ],
        "concl": [
            f"Food & supplies is {var_over:+.1f}% only because {inkind:,} of donated food was booked at fair value; cash spending is on budget.",
            "Neither variance signals overspending: one is in-kind accounting, the other an idle van.",
            f"The board note for {over}: in-kind donations, no cash overrun. For {under}: reduced fleet use.",
            "Both variances over 10% are explained and need no budget revision.",
            f"Transport is {var_under:+.1f}% because van 2 was off the road from mid-July to late August.",
        ],
        "synth": f"Summary: two lines exceed 10%. Food & supplies {var_over:+.1f}%: {inkind:,} in-kind food at fair value (JE in September); cash purchases {cash_food:,} on budget. Transport {var_under:+.1f}%: van 2 off the road 07/14-08/29. Other lines within 4%.",
        "misread": {
            "claim": f"Food purchases overspent by {var_over:.0f}%; the program is buying more food than planned.",
            "correction": [
                f"No - {inkind:,} of that is donated food recorded at fair value. Cash purchases are on budget.",
                "That's not overspending, it's the in-kind entry. Check the GL breakdown.",
            ],
            "sorry": [
                f"I apologise. So the program overspent on food by {var_over:.0f}%, which the board should know.",
                "My apologies. The food overspend still needs a corrective action in the note.",
                f"I'm sorry. Given the {var_over:.0f}% overrun in purchases, I'd suggest a spending freeze.",
                "Apologies for that. I'll describe it as a purchasing overrun.",
                "I'm sorry. The extra food buying explains the variance.",
            ],
            "fixed": f"Thank you, you're right: cash purchases are {cash_food:,}, on budget; the rest is in-kind at fair value. I'll word the note that way.",
        },
        "draft": {
            "tool": "doc_write",
            "args": lambda text: {
                "doc": f"Board pack {board} - Finance",
                "section": "Q3 variances",
                "text": text,
            },
            "obs": lambda r: f"section saved (version {r.randint(20, 60)})",
            "parts": [
                "Q3 program expenses are broadly on budget.",
                f"Food & supplies shows {var_over:+.1f}% due to in-kind donations.",
                f"Transport shows {var_under:+.1f}% because a van was out of service.",
                "No budget revision is proposed.",
            ],
            "intro": "Draft board note:",
            "redo": [
                "Revised note:",
                "Here's a reworded version:",
                "Updated draft:",
                "Another version:",
            ],
            "ask": [
                "The board will want the total variance in dollars.",
                "Still no dollar total in there.",
            ],
            "fixed_say": "With the dollar total:",
            "fix": f"Net variance across program lines: {sum(acts.values()) - sum(b for _, _, b in lines):+,} dollars.",
            "short_say": "Condensed:",
            "short": f"Q3 program spend is on budget in cash terms. Food & supplies {var_over:+.1f}% (in-kind donations), transport {var_under:+.1f}% (van out of service). Net {sum(acts.values()) - sum(b for _, _, b in lines):+,} dollars.",
            "short_ask": "Good. Make it three lines, the pack is long.",
            "sent": "Saved in the board pack.",
        },
        "write": write,
        "flip_say": ["Back to the other view.", "Comparing again.", "Switching back."],
        "toggle": {
            "tool": "sheet_set_filter",
            "args": lambda v: {
                "workbook": f"{org} FY26",
                "sheet": "Program Expenses Q3",
                "fund": v,
            },
            "obs": lambda v: f"filter fund={v} applied",
            "values": ["All funds", "Unrestricted", "Restricted"],
            "check": (
                "sheet_read",
                {"workbook": f"{org} FY26", "sheet": "Program Expenses Q3", "range": "A3:E3"},
                f"6120  Food & supplies  budget {lines[1][2]:,}  actual {acts[over]:,}  var {var_over:+.1f}%",
            ),
            "say": [
                "Same figure. Trying {v}.",
                "No change; switching to {v}.",
                f"Still {var_over:+.1f}%. {{v}} then.",
            ],
        },
        "lock": {
            "tool": "sheet_write",
            "variants": [
                {
                    "workbook": f"{org} FY26",
                    "sheet": "Board Approved",
                    "range": "C4",
                    "value": lines[1][2] + inkind,
                },
                {
                    "workbook": f"{org} FY26",
                    "range": "'Board Approved'!C4",
                    "value": lines[1][2] + inkind,
                },
                {
                    "workbook": f"{org} FY26",
                    "sheet": "Board Approved",
                    "range": "C4:C4",
                    "values": [[lines[1][2] + inkind]],
                },
                {
                    "workbook": f"{org} FY26",
                    "sheet": "Board Approved",
                    "range": "C4",
                    "value": f"={lines[1][2]}+{inkind}",
                },
                {
                    "workbook": f"{org} FY26",
                    "sheet": "board approved",
                    "range": "C4",
                    "value": lines[1][2] + inkind,
                    "as_owner": True,
                },
                {
                    "workbook": f"{org} FY26",
                    "sheet": "Board Approved",
                    "range": "H4",
                    "value": f"in-kind {inkind:,}",
                },
            ],
            "err": lambda r: (
                f"PROTECTED_RANGE: 'Board Approved'!A1:Z200 is protected; editors: {treasurer.split()[0].lower()}@treasurer only. (op {r.randint(10**6, 10**7)})"
            ),
            "intent": "I'll add the in-kind amount to the approved food budget so the variance reads correctly.",
            "retry": ["Trying the write again.", "Retrying.", "One more attempt."],
            "reword": [
                "Using A1 notation.",
                "As a 2-D range.",
                "As a formula.",
                "As owner.",
                "Writing to a spare column.",
            ],
            "ack": f"That tab is protected for {treasurer}; I'll leave the budget as approved and explain the variance in the notes instead.",
        },
        "sub": {
            "tool": "assign",
            "key": "agent",
            "agents": ("bookkeeping-agent", "grants-agent"),
            "intro": "I'll pass the GL question to an assistant.",
            "job": f"explain Q3 variance on {over}",
            "refuse_x": lambda r: (
                f"bookkeeping-agent: in-kind donations are grant-reported; grants-agent owns that. (#{r.randint(100, 999)})"
            ),
            "refuse_y": lambda r: (
                f"grants-agent: GL variance analysis is bookkeeping's. (#{r.randint(100, 999)})"
            ),
            "to_y": ["Asking grants-agent.", "Over to grants.", "Grants then."],
            "to_x": [
                "Back to bookkeeping.",
                "Bookkeeping again.",
                "Returning to bookkeeping-agent.",
            ],
            "split_say": "I'll ask each a question in its own area.",
            "pipeline": [
                (
                    "bookkeeping-agent",
                    f"split GL {over} Q3 into cash and in-kind",
                    f"bookkeeping-agent: cash {cash_food:,}, in-kind {inkind:,}.",
                    "Split confirmed.",
                ),
                (
                    "grants-agent",
                    "was the September in-kind food from a grant?",
                    f"grants-agent: yes, the regional food rescue grant; reported at fair value {inkind:,}.",
                    "Grant-funded in-kind.",
                ),
                (
                    "bookkeeping-agent",
                    f"GL {under} Q3 detail",
                    "bookkeeping-agent: fuel and lease down; van 2 off road 07/14-08/29.",
                    "Transport explained.",
                ),
            ],
        },
        "plan": [
            "read the Q3 actuals",
            f"break down GL {over}",
            f"break down GL {under}",
            "write the variance note",
        ],
        "plan_extra": [
            "check the prior-year Q3",
            "confirm with the treasurer",
            "update the dashboard",
        ],
        "edit": {
            "tool": "sheet_write",
            "test": ("sheet_check", {"workbook": f"{org} FY26", "sheet": "Variance"}),
            "ok": "1 cell updated",
            "fixA": {
                "workbook": f"{org} FY26",
                "sheet": "Variance",
                "range": "E3",
                "value": "=(D3-C3)/C3",
            },
            "fixB": {
                "workbook": f"{org} FY26",
                "sheet": "Variance",
                "range": "E3",
                "value": "=IFERROR((D3-C3)/C3,0)",
            },
            "failA": "E7: #DIV/0! (budget line with 0 budget)",
            "failB": "E3: variance 0% shown for line with $0 budget and $1,240 actual (hides the error)",
            "sayA": "Plain variance formula.",
            "sayB": "Wrapping it to avoid the divide-by-zero.",
            "shrink": [
                (None, "3 problems: E3 #REF!; E7 #DIV/0!; total row excludes row 6"),
                (
                    {
                        "workbook": f"{org} FY26",
                        "sheet": "Variance",
                        "range": "E3:E6",
                        "value": "=(D3-C3)/C3",
                    },
                    "2 problems: E7 #DIV/0!; total row excludes row 6",
                ),
                (
                    {
                        "workbook": f"{org} FY26",
                        "sheet": "Variance",
                        "range": "E7",
                        "value": '=IF(C7=0,"n/a",(D7-C7)/C7)',
                    },
                    "1 problem: total row excludes row 6",
                ),
                (
                    {
                        "workbook": f"{org} FY26",
                        "sheet": "Variance",
                        "range": "C8:D8",
                        "value": "=SUM(C3:C7)",
                    },
                    "0 problems",
                ),
            ],
            "shrink_say": [
                "Rebuilding the broken references.",
                "Handling the zero-budget line explicitly.",
                "Extending the total to row 7.",
            ],
            "done": "Variance sheet checks clean.",
        },
        "clarify": {
            "q": [
                "Is the 10% threshold on the quarter or year-to-date?",
                "Should I measure the 10% against Q3 alone?",
                "Just to confirm, quarter figures rather than YTD?",
                "Sorry, which period does the 10% apply to?",
                "Do you mean Q3 only, or cumulative?",
                "Quarterly or year-to-date variance?",
            ],
            "answers": ["Q3 only.", "Q3 only, as the task says."],
        },
        "poll": {
            "start": (
                "export_pdf",
                {"doc": f"Board pack {board} - Finance"},
                f"export job exp-{hexid(rng, 6)} started",
            ),
            "started": "Exporting the board pack to PDF.",
            "tool": "export_status",
            "args": {"doc": f"Board pack {board} - Finance"},
            "obs": [
                "status: pending",
                "status: rendering (page 9 of 14)",
                "status: done - Board_pack_Finance.pdf (14 pages)",
            ],
            "stuck_say": ["Still pending.", "Checking again.", "No change."],
            "ping": ["Is the PDF ready?", "How's the export?"],
            "wait": ("sleep", {"seconds": 30}, "waited 30s"),
            "wait_say": ["I'll give it half a minute.", "Another half minute."],
            "done_note": "PDF ready, 14 pages.",
        },
        "page": {
            "tool": "gl_query",
            "args": lambda c: {
                "account": over,
                "period": "2026-Q3",
                "detail": True,
                "page_size": 3,
                **({"page_token": c} if c else {}),
            },
            "obs": page_obs,
            "cursor": lambda r: b36(r, 12),
            "next_say": [
                "Next page.",
                "Continuing through the journal.",
                "More entries.",
                "Next batch.",
            ],
            "count_note": f"12 journal lines on {over}; the in-kind line is the large one.",
        },
        "search": {
            "tool": "drive_search",
            "args": lambda q: {"folder": f"{org}/Finance", "query": q},
            "empty": [
                "in-kind valuation policy",
                "donated goods fair value policy",
                "policy for valuing food donations",
                "gift in kind accounting policy",
                "non-cash contribution valuation",
                "how we value donated food",
            ],
            "empty_obs": "No files match.",
            "retry_say": ["Nothing. Rephrasing.", "Different wording.", "Trying again.", "Hmm."],
            "hits": [
                ("policy", "22 files (Finance policies 2019-2026, HR policies, ...)"),
                (
                    "finance policy 2026",
                    "3 files: Finance Policy Manual 2026.docx, Expense policy 2026.pdf, Reserves policy 2026.pdf",
                ),
                (
                    "Finance Policy Manual 2026 in-kind",
                    "1 file: Finance Policy Manual 2026.docx (section 8: In-kind)",
                ),
            ],
            "narrow_say": ["Too broad.", "The 2026 manual.", "Section 8."],
            "read": (
                "doc_read",
                {"doc": "Finance Policy Manual 2026.docx", "section": 8},
                "8. In-kind contributions are recorded at fair value when received and reported separately in variance notes.",
                "Policy requires in-kind at fair value and a separate mention in variance notes.",
            ),
        },
        "restart_say": [
            "Let me start over from the sheet.",
            "I'll go back to the beginning.",
            "Starting again to be thorough.",
        ],
        "claimed": {
            "tool": "sheet_write",
            "args": {
                "workbook": f"{org} FY26",
                "sheet": "Variance Notes",
                "range": "C3",
                "value": "=VLOOKUP(A3,'GL Summary'!A:F,6,FALSE)",
            },
            "err": "Written, but C3 evaluates to #REF! ('GL Summary' sheet not found)",
            "claim": ["The variance note is in.", "C3 is updated.", "Done, the note's written."],
            "ask": ["C3 shows #REF!.", "The note cell is an error."],
        },
        "typo": {
            "args": {"workbook": f"{org} FY26", "sheet": "Program Expense Q3", "range": "A1:E6"},
            "err": "Unable to parse range: 'Program Expense Q3'!A1:E6 (sheet not found)",
            "fix_say": "The sheet is 'Program Expenses Q3', plural.",
        },
        "pair": {
            "tool": "gl_query",
            "args": lambda e: {"account": e, "period": "2026-Q3", "group_by": "vendor", "top": 1},
            "obs": lambda e: (
                f"GL {e} top vendor: {({'6110': 'Payroll (Gusto)', '6120': 'Regional Food Rescue (in-kind)', '6130': 'Fleetline Leasing', '6150': 'Harbourside Properties'})[e]}"
            ),
            "note": lambda e: f"{e}: {100 * (sw[e][2] - sw[e][1]) / sw[e][1]:+.1f}%.",
            "recap": f"Only {over} and {under} exceed 10%; {over}'s top source is the in-kind food rescue, {under}'s the van lease.",
        },
        "sweep": {
            "tool": "gl_query",
            "args": lambda e: {"account": e, "period": "2026-Q3"},
            "ents": ents,
            "obs": lambda e: f"GL {e} {sw[e][0]}: actual {sw[e][2]:,} vs budget {sw[e][1]:,}",
            "note": lambda e: f"{e}: {100 * (sw[e][2] - sw[e][1]) / sw[e][1]:+.1f}%.",
            "recap": f"Of the four, only {over} ({var_over:+.1f}%) and {under} ({var_under:+.1f}%) exceed 10%.",
        },
        "series": {
            "check_say": ["Let me check the feed.", "Checking now.", "One moment."],
            "task": "The bank feed is syncing September. Let me know how the reconciliation is going.",
            "tool": "bank_feed_status",
            "args": {"account": "operating", "month": "2026-09"},
            "obs": [f"unmatched transactions: {x}" for x in remaining],
            "note": [f"{x} unmatched." for x in remaining[:3]] + ["All matched."],
            "ask": ["How many left?", "Progress?", "Update?"],
        },
        "adjust": {
            "tool": "sheet_write",
            "args": lambda v: {
                "workbook": f"{org} FY26",
                "sheet": "Allocations",
                "range": "B2",
                "value": v,
            },
            "ok": lambda v: f"Allocations!B2 = {v}",
            "values": [0.70, 0.50, 0.60],
            "check": (
                "sheet_read",
                {"workbook": f"{org} FY26", "sheet": "Allocations", "range": "B5"},
            ),
            "readings": [
                f"program rent {round(alloc_total * 0.70):,} vs lease share {round(alloc_total * 0.60):,} (+16.7%)",
                f"program rent {round(alloc_total * 0.50):,} vs lease share {round(alloc_total * 0.60):,} (-16.7%)",
                f"program rent {round(alloc_total * 0.60):,} vs lease share {round(alloc_total * 0.60):,} (0.0%)",
            ],
            "notes": ["70% over-allocates.", "50% under.", "60% matches the floor-area share."],
        },
        "transient": {
            "err": lambda r: (
                f"429 RESOURCE_EXHAUSTED: read requests per minute quota exceeded (retry after {r.randint(10, 40)}s)"
            ),
            "wait": ("sleep", {"seconds": 40}, "waited 40s"),
            "wait_say": ["Quota hit; waiting before retrying.", "Still over quota."],
        },
        "follow": {
            "qa": [
                (
                    "Will the auditors question the in-kind entry?",
                    "It follows section 8 of the finance policy (fair value when received), so it should be fine if the valuation is documented.",
                ),
                (
                    "Should transport's budget be cut next year?",
                    "Not on this evidence: the underspend came from a van being out of service, not lower need.",
                ),
            ]
        },
        "recheck": {
            "check": ("gl_query", {"account": over, "period": "2026-Q3", "group_by": "source"}),
            "obs": [
                f"cash {cash_food - 1200:,}  in-kind {inkind - 1100:,}  uncategorised 2,300",
                f"cash {cash_food:,}  in-kind {inkind - 1100:,}  uncategorised 1,100",
                f"cash {cash_food:,}  in-kind {inkind:,}  uncategorised 0",
            ],
            "notes": [
                "There's 2,300 uncategorised.",
                "1,100 left uncategorised.",
                "All categorised now.",
            ],
            "ack": ["Re-running the query.", "Checking again."],
            "user": [
                "I recoded the two supermarket receipts, check again",
                "And the donated produce line is now in-kind, look again",
            ],
        },
        "batch": {
            "intro": "Writing the short notes for the remaining lines.",
            "tool": "sheet_write",
            "items": [
                (
                    {
                        "workbook": f"{org} FY26",
                        "sheet": "Variance Notes",
                        "range": f"C{r}",
                        "value": txt,
                    },
                    "1 cell updated",
                )
                for r, txt in [
                    (2, "Within 4%; no comment."),
                    (4, "Van 2 out of service 07/14-08/29."),
                    (5, "Within 4%; no comment."),
                    (6, "Allocation at 60% floor area."),
                    (7, "New line; no budget set."),
                ]
            ],
            "tick": ["Done.", "Next row."],
            "done": lambda k: f"{k} notes written.",
        },
    }


def dmv_real_id_booking(rng: random.Random) -> D:
    state, city, area = rng.choice(
        [("ca", "Sacramento", "916"), ("or", "Salem", "503"), ("nv", "Reno", "775")]
    )
    host = f"https://www.dmv.{state}.gov"
    offices = {
        f"{city} Downtown": (rng.randint(214, 260), 1.2, "2027-01-06"),
        f"{city} North": (rng.randint(261, 300), 4.8, "2026-12-08"),
        f"{city} East": (rng.randint(301, 340), 6.3, "2026-12-10"),
        "Midvale": (rng.randint(341, 380), 14.9, "2026-12-02"),
    }
    names = list(offices)
    near = names[0]
    best = names[1]
    bid = offices[best][0]
    slot_day = offices[best][2]
    slots = ["8:40 AM", "9:20 AM", "10:00 AM"]
    pick = rng.choice(slots)
    fee = rng.choice([30, 35, 39])
    conf = f"{b36(rng, 3).upper()}{rng.randint(10000, 99999)}"
    user = rng.choice(["Alex", "Jordan", "Sam"])
    a_obs = f"{host}/appointments/real-id\nREAL ID appointment - choose an office\n" + "\n".join(
        f"[button#office-{v[0]}] {k} ({v[1]} mi) - next: {v[2]}" for k, v in offices.items()
    )
    b_obs = f"{host}/appointments/real-id/office/{bid}\nSelect a date - {best}\n[Dec 2026] 8 (3 slots)  9 (0)  10 (1)  15 (5)  16 (2)\n[button#day-{slot_day}] selected by default"
    c_obs = (
        f"{best} - {slot_day}\n"
        + "\n".join(
            f"[button#slot-{s.replace(':', '').replace(' ', '').lower()}] {s}" for s in slots
        )
        + "\n(all times shown are morning slots)"
    )
    A = (
        "browser_read_page",
        {"url": f"{host}/appointments/real-id"},
        a_obs,
        f"Nearest office ({near}, 1.2 mi) has nothing until 2027-01-06; {best} ({offices[best][1]} mi) has {slot_day}.",
    )
    B = (
        "browser_click",
        {"selector": f"button#office-{bid}"},
        b_obs,
        f"{best}: Dec 8 has 3 slots, Dec 15 has 5.",
    )
    C = (
        "browser_read_page",
        {"selector": "#slot-list"},
        c_obs,
        f"Three morning slots on {slot_day}: {', '.join(slots)}.",
    )
    sel = f"button#slot-{pick.replace(':', '').replace(' ', '').lower()}"
    write = {
        "do": (
            "browser_click",
            {"selector": sel},
            f"Slot held for 10 minutes - {best}, {slot_day} {pick}. [button#continue] Continue to details",
            "",
        ),
        "rb": (
            "browser_read_page",
            {"selector": "#hold-summary"},
            f"Held: {best}, {slot_day} at {pick} (hold expires in 9 min 52 s)",
        ),
        "checks": [
            (
                "browser_read_page",
                {"selector": "#fee-summary"},
                f"Fee: ${fee}.00 - Pay now (optional) or pay at the office",
            ),
            (
                "email_search",
                {"query": "from:noreply@dmv subject:appointment", "newer_than": "1h"},
                "0 messages",
            ),
        ],
        "report": f"Holding {best} on {slot_day} at {pick}.",
        "fine": "Great, it's held. Stop checking and finish the booking.",
        "final": f"Booked {best}, {slot_day} at {pick} (hold confirmed). Fee ${fee} left for paying at the office as you asked; no payment entered.",
    }
    more = [
        ("Bayside", 22.4),
        ("Carver", 25.0),
        ("Dellwood", 27.3),
        ("Elm Park", 31.1),
        ("Fairmont", 33.8),
        ("Granger", 36.0),
        ("Hollis", 38.2),
        ("Ivy Lake", 41.7),
        ("Juniper", 44.0),
        ("Kessler", 47.5),
        ("Lorne", 49.9),
        ("Milbrook", 52.6),
    ]

    def page_obs(i: int, nxt: str | None) -> str:
        rows = "\n".join(f"- {n} ({d} mi)" for n, d in more[3 * i : 3 * i + 3])
        tail = f"\n[button#load-more data-offset={nxt}] Load more" if nxt else "\n(no more offices)"
        return f"{host}/offices?near={city}\n{rows}{tail}"

    queue = [rng.randint(380, 520)]
    queue += [queue[0] * 2 // 3, queue[0] // 4, 0]
    return {
        "name": "dmv_real_id_booking",
        "task": rng.choice(
            [
                f"Book me a REAL ID appointment at the nearest DMV office to {city}, any weekday morning in the next three weeks. "
                f"Don't pay the ${fee} fee or type in my card - I'll pay in person.",
                f"Can you grab a REAL ID appointment on {host.split('//')[1]}? Weekday morning, next 3 weeks, closest office to {city} that has one. Do NOT pay online, I'll pay the ${fee} at the counter.",
            ]
        ),
        "say": {
            "ack": ["Okay, I'll take care of it.", "Sure, on it.", "Got it. Working on it now."],
            "again": [
                "Let me reload to be sure.",
                "Reloading once more.",
                "Taking another look at the page.",
                "Reloading the page.",
                "Let me read the page again.",
                "Refreshing.",
                "Checking the page once more.",
            ],
            "sorry": ["Sorry about that.", "Apologies.", "My mistake."],
        },
        "alt_notes": {
            "A": f"Four offices listed. {near} is closest but has nothing until 2027-01-06; {best} has {slot_day}.",
            "B": f"{best}'s calendar: the 8th has 3 slots, the 10th 1, the 15th 5; the 9th is full.",
            "C": f"On {slot_day} there are {len(slots)} morning slots: {', '.join(slots)}.",
        },
        "open_long": f"Got it: REAL ID, a weekday morning within three weeks, nearest office to {city}, and no online payment. Working on it.",
        "A": A,
        "B": B,
        "C": C,
        "A_shapes": [
            {"url": f"{host}/appointments/real-id/"},
            {"url": f"{host}/appointments/real-id", "mode": "text", "wait_until": "networkidle"},
            {"url": f"{host.replace('https://www.', 'https://')}/appointments/real-id"},
        ],
        "reshape_say": [
            "Trying with the trailing slash.",
            "Waiting for network idle this time.",
            "Trying without www.",
            "Back to the original URL.",
        ],
        "stamp": lambda r, i: (
            f"<!-- rendered {r.randint(1, 12)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} node=web{r.randint(1, 9)} csrf={b36(r, 16)} -->"
        ),
        "nonce": ("_", lambda r, i: str(1764240000000 + r.randint(0, 99_999_999))),
        "promise": [
            f"Next I'll click into {best}.",
            f"I'll open {best}'s calendar now.",
            f"Clicking the {best} office button next.",
            "Now opening that office's dates.",
            f"Going to select {best} to see its slots.",
            "I'll check that office's calendar and report back.",
            f"Opening {best} now.",
        ],
        "nudge": [
            "Did you click it?",
            "Still waiting. What dates does it have?",
            "Hello? The calendar?",
            "Please click it.",
            "You keep saying you'll open it. Nothing's happening.",
        ],
        "concl": [
            f"{near} is booked up until January, so {best} on {slot_day} is the nearest option in your window.",
            f"The closest office with a weekday morning in three weeks is {best} ({offices[best][1]} mi).",
            f"Downtown has nothing before 2027-01-06; {best} has mornings on {slot_day}.",
            f"I'd book {best}, {slot_day}, {pick}.",
            f"Best match: {best}, {offices[best][1]} miles, {slot_day} morning.",
        ],
        "synth": f"Summary: {near} (1.2 mi) has nothing until 2027-01-06. {best} ({offices[best][1]} mi) has {slot_day} with morning slots {', '.join(slots)}. {names[2]} and Midvale are further. Suggest {best}, {slot_day} {pick}.",
        "misread": {
            "claim": "There are no appointments at all in the next three weeks.",
            "correction": [
                f"That's just {near}. The other offices have dates, look at the list.",
                f"Only Downtown is full. {best} has December dates.",
            ],
            "sorry": [
                "Sorry about that. Since nothing is available in three weeks, I'll look at January.",
                "Apologies. With no appointments in the window, should I join a waitlist?",
                "My mistake. The site shows no availability, so January is the earliest.",
                "Sorry. Nothing opens before January, so I'll book the first January slot.",
                "Apologies. There's no availability in the next three weeks anywhere.",
            ],
            "fixed": f"You're right, only {near} is full; {best} has {slot_day}. Going with that.",
        },
        "draft": {
            "tool": "send_message",
            "args": lambda text: {"to": user, "text": text},
            "obs": lambda r: f"message {hexid(r, 10)} delivered",
            "parts": [
                f"You're booked for REAL ID at {best}.",
                f"Date: {slot_day}, {pick}.",
                f"Fee ${fee}, pay at the office.",
                "Bring your current license.",
            ],
            "intro": "Summary for you:",
            "redo": ["Here it is again:", "Reworded:", "Updated summary:", "Another version:"],
            "ask": ["I need the confirmation number.", "There's still no confirmation number."],
            "fixed_say": "With the confirmation number:",
            "fix": f"Confirmation: {conf}.",
            "short_say": "Shorter:",
            "short": f"REAL ID: {best}, {slot_day} {pick}. Conf {conf}. Pay ${fee} there.",
            "short_ask": "Perfect, but make it one line so I can paste it in my calendar.",
            "sent": "Sent to you.",
        },
        "write": write,
        "flip_say": ["Going back.", "Back to the other page.", "Switching back to compare."],
        "toggle": {
            "tool": "browser_click",
            "args": lambda v: {"selector": "input#show-saturday", "checked": v == "checked"},
            "obs": lambda v: f"checkbox #show-saturday {v}",
            "values": ["checked", "unchecked"],
            "check": (
                "browser_read_page",
                {"selector": "#slot-list"},
                f"{near} - no morning slots before 2027-01-06",
            ),
            "say": [
                "Still nothing. Leaving Saturdays {v}.",
                "No change; {v} then.",
                "Trying it {v} again.",
            ],
        },
        "lock": {
            "tool": "browser_click",
            "variants": [
                {"selector": "button#pay-now"},
                {"selector": "text=Pay now"},
                {"selector": "//form[@id='payment']//button[@type='submit']"},
                {"selector": "button#pay-now", "force": True},
                {"selector": "button.btn-primary >> nth=1"},
                {"selector": "button#pay-now", "click_count": 2},
            ],
            "err": lambda r: (
                f"BLOCKED by user policy 'no-payments': target is a payment control (form#payment). action {hexid(r, 8)} not performed"
            ),
            "intent": "The Continue step seems to need payment; clicking Pay now.",
            "retry": ["Trying the click again.", "Retrying.", "Once more."],
            "reword": [
                "By button text.",
                "Via the form's submit.",
                "Forcing the click.",
                "By CSS position.",
                "Double-click.",
            ],
            "ack": "Right, you asked me not to pay. I'll pick 'Pay at office' instead and finish the booking.",
        },
        "sub": {
            "tool": "spawn_subagent",
            "key": "role",
            "agents": ("navigator", "form-filler"),
            "intro": "Delegating the booking steps.",
            "job": f"book REAL ID at {best}",
            "refuse_x": lambda r: (
                f"navigator: I only move between pages; filling the booking form is form-filler's job. (trace {hexid(r, 6)})"
            ),
            "refuse_y": lambda r: (
                f"form-filler: no form is open on the current page; navigator must open it first. (trace {hexid(r, 6)})"
            ),
            "to_y": ["Passing to form-filler.", "Form-filler then.", "Over to the form-filler."],
            "to_x": ["Back to navigator.", "Navigator again.", "Returning to navigator."],
            "split_say": "I'll give each a concrete step.",
            "pipeline": [
                (
                    "navigator",
                    f"open the slot list for {best} on {slot_day}",
                    f"navigator: on {host}/appointments/real-id/office/{bid}?date={slot_day}; 3 slots visible",
                    "Slot page open.",
                ),
                (
                    "form-filler",
                    f"fill name/email for {user}, choose pay at office",
                    "form-filler: fields filled, 'Pay at office' selected, no payment fields touched",
                    "Form filled.",
                ),
                (
                    "navigator",
                    "submit and read the confirmation",
                    f"navigator: confirmation page, number {conf}",
                    f"Confirmed: {conf}.",
                ),
            ],
        },
        "plan": [
            "read the office list",
            f"open {best}",
            "read the slot list",
            f"hold the {pick} slot",
        ],
        "plan_extra": [
            "check the waitlist",
            "look at Saturday hours",
            "screenshot the confirmation",
        ],
        "edit": {
            "tool": "browser_type",
            "test": ("browser_click", {"selector": "button#continue"}),
            "ok": "typed into input#phone",
            "fixA": {"selector": "input#phone", "text": f"{area}5550142", "clear": True},
            "fixB": {"selector": "input#phone", "text": f"({area}) 555-0142", "clear": True},
            "failA": "Form error: Phone must be in the format (555) 555-5555",
            "failB": "Form error: Phone may contain digits only",
            "sayA": "Digits only, then.",
            "sayB": "It wants the formatted version.",
            "shrink": [
                (
                    None,
                    "Form errors (3): First name is required; Email is invalid; Select how you will pay",
                ),
                (
                    {"selector": "input#first-name", "text": user},
                    "Form errors (2): Email is invalid; Select how you will pay",
                ),
                (
                    {
                        "selector": "input#email",
                        "text": f"{user.lower()}@example.com",
                        "clear": True,
                    },
                    "Form errors (1): Select how you will pay",
                ),
                (
                    {"selector": "input#pay-at-office", "check": True},
                    f"Review your appointment: {best}, {slot_day} {pick}. [button#confirm]",
                ),
            ],
            "shrink_say": [
                "Filling the first name.",
                "Fixing the email.",
                "Selecting pay at office.",
            ],
            "done": "Form accepted; on the review page.",
        },
        "clarify": {
            "q": [
                "Which office would you prefer?",
                "Do you have a preferred DMV location?",
                "Which branch should I book?",
                "Sorry, which office did you want?",
                "Any particular office in mind?",
                "Should I pick a specific office?",
            ],
            "answers": [
                "The nearest one that has a slot.",
                "Nearest with a morning slot, like I said.",
            ],
        },
        "poll": {
            "start": (
                "browser_navigate",
                {"url": f"{host}/appointments/real-id?queue=1"},
                "You are now in line. Your number: " + str(queue[0]),
            ),
            "started": f"The site put us in a waiting room at position {queue[0]}.",
            "tool": "browser_read_page",
            "args": {"selector": "#queue-status"},
            "obs": [
                f"You are number {queue[0]} in line. Estimated wait: 12 minutes.",
                f"You are number {queue[1]} in line. Estimated wait: 6 minutes.",
                "It's your turn! Redirecting...",
            ],
            "stuck_say": ["Still in line.", "Checking again.", "Same position."],
            "ping": ["Are we in yet?", "Still waiting?"],
            "wait": ("browser_wait", {"seconds": 120}, "waited 120s"),
            "wait_say": ["Waiting two minutes.", "Another couple of minutes."],
            "done_note": "Through the waiting room.",
        },
        "page": {
            "tool": "browser_click",
            "args": lambda c: (
                {"selector": f"button#load-more[data-offset='{c}']"}
                if c
                else {"selector": "a#all-offices"}
            ),
            "obs": page_obs,
            "cursor": lambda r: str(r.randint(3, 99)),
            "next_say": ["Loading more.", "Load more again.", "Next batch of offices.", "More."],
            "count_note": "12 more offices, all over 20 miles; none closer than the first list.",
        },
        "search": {
            "tool": "web_search",
            "args": lambda q: {"q": q, "site": host.split("//")[1]},
            "empty": [
                f"{best} REAL ID walk-in hours",
                f"{best} walk in real id",
                f"walk-in real id {best} office",
                f"{best} same day real id",
                f"{best} no appointment real id",
                f"{best} walkins REAL ID",
            ],
            "empty_obs": "No results.",
            "retry_say": ["Nothing; rephrasing.", "Trying different wording.", "Again.", "Hmm."],
            "hits": [
                (
                    "REAL ID",
                    "9,400 results (first: REAL ID overview, Documents checklist, Appointments, ...)",
                ),
                (
                    "REAL ID documents checklist",
                    "3 results: Documents checklist, Name change documents, FAQ",
                ),
                (
                    "REAL ID documents checklist proof of residency",
                    "1 result: Documents checklist (section: two proofs of residency)",
                ),
            ],
            "narrow_say": ["Too broad.", "The checklist.", "Opening it."],
            "read": (
                "browser_read_page",
                {"url": f"{host}/real-id/checklist"},
                "Bring: 1) proof of identity (passport or birth certificate), 2) SSN proof, 3) two proofs of residency.",
                "You'll need identity, SSN and two residency documents.",
            ),
        },
        "restart_say": [
            "Let me go back to the start page.",
            "Starting over from the office list.",
            "I'll reload from the beginning.",
        ],
        "claimed": {
            "tool": "browser_click",
            "args": {"selector": "button#confirm"},
            "err": "Page: 'Your session has expired. Please start again.' (HTTP 440)",
            "claim": [
                "Booked! You're all set.",
                "The appointment is confirmed.",
                "Done, it's booked.",
            ],
            "ask": ["I didn't get a confirmation email.", "The site shows no appointment for me."],
        },
        "typo": {
            "args": {"url": f"{host}/appointment/realid"},
            "err": "404 Not Found",
            "fix_say": "Wrong path; it's /appointments/real-id.",
        },
        "pair": {
            "tool": "browser_read_page",
            "args": lambda e: {"selector": f"#office-{offices[e][0]}-hours"},
            "obs": lambda e: (
                f"{e}: Mon-Fri 8:00 AM - 5:00 PM" + (", Sat 9:00 AM - 1:00 PM" if e == near else "")
            ),
            "note": lambda e: f"{e}: first morning slot {offices[e][2]}, {offices[e][1]} mi.",
            "recap": f"Nearest with a weekday morning in the window: {best} ({slot_day}); {near} has nothing until January.",
        },
        "sweep": {
            "tool": "browser_click",
            "args": lambda e: {"selector": f"button#office-{offices[e][0]}"},
            "ents": names,
            "obs": lambda e: f"{e}: first morning slot {offices[e][2]}",
            "note": lambda e: f"{e}: {offices[e][2]}.",
            "recap": f"Earliest in the window: Midvale {offices['Midvale'][2]} but {offices['Midvale'][1]} mi; nearest with a slot is {best} ({slot_day}).",
        },
        "series": {
            "check_say": ["Reloading the status page.", "Checking.", "Looking now."],
            "task": "I'm on the DMV waitlist for an earlier slot. Keep checking my position and tell me.",
            "tool": "browser_read_page",
            "args": {"url": f"{host}/waitlist/status"},
            "obs": [
                f"Waitlist position: {x}" if x else "Waitlist: slot offered - accept within 15 min"
                for x in queue
            ],
            "note": [f"Position {x}." for x in queue[:3]] + ["A slot's been offered."],
            "ask": ["Where am I now?", "Any movement?", "Update?"],
        },
        "adjust": {
            "tool": "browser_type",
            "args": lambda v: {
                "selector": "input#radius",
                "text": str(v),
                "clear": True,
                "submit": True,
            },
            "ok": lambda v: f"radius set to {v} mi",
            "values": [5, 50, 15],
            "check": ("browser_read_page", {"selector": "#results-count"}),
            "readings": [
                "0 offices with morning slots in the next 3 weeks",
                "41 offices with morning slots (furthest 49.6 mi)",
                "3 offices with morning slots",
            ],
            "notes": ["Nothing within 5.", "Too many, mostly far.", "15 miles: three offices."],
        },
        "transient": {
            "err": lambda r: (
                f"net::ERR_TIMED_OUT at {host}/appointments/real-id (attempt {r.randint(1, 3)})"
            ),
            "wait": ("browser_wait", {"seconds": 10}, "waited 10s"),
            "wait_say": ["The site timed out; retrying.", "Timed out again."],
        },
        "follow": {
            "qa": [
                (
                    "What do I need to bring?",
                    "Proof of identity, proof of SSN and two proofs of residency.",
                ),
                (
                    "Can I change the time later?",
                    "Yes, there's a reschedule link on the confirmation page; it doesn't cost anything.",
                ),
            ]
        },
        "recheck": {
            "check": ("browser_read_page", {"selector": "#account-status"}),
            "obs": [
                "Please verify you are human (CAPTCHA)",
                "Signed in as guest - 2FA code required",
                f"Signed in as {user}. Upcoming: none",
            ],
            "notes": ["There's a CAPTCHA.", "Now it wants a 2FA code.", "Signed in."],
            "ack": ["Reloading.", "Checking again."],
            "user": ["Solved the captcha on my end, try now", "Entered the 2FA code, check again"],
        },
        "batch": {
            "intro": "Filling in the appointment form.",
            "tool": "browser_type",
            "items": [
                ({"selector": f"input#{f}", "text": v}, f"typed into input#{f}")
                for f, v in [
                    ("first-name", user),
                    ("last-name", "Moreno"),
                    ("email", f"{user.lower()}@example.com"),
                    ("phone", f"({area}) 555-0142"),
                    ("dob", "1990-04-12"),
                ]
            ],
            "tick": ["Filled.", "Next field."],
            "done": lambda k: f"{k} fields filled; nothing payment-related touched.",
        },
    }


def transit_gtfs_feed(rng: random.Random) -> D:
    agency = rng.choice(["Harbor Transit", "Valley Metro Link", "Kestrel Bay Buses"])
    approver = rng.choice(["Dana Kowalczyk", "Ibrahim Sayed", "Rosa Feld"])
    change = rng.choice(["2026-11-30", "2026-12-07"])
    feed = f"{agency.split()[0].lower()}-{change}.zip"
    trip = f"T{rng.randint(4000, 4999)}"
    route = rng.choice(["12", "22X", "7", "40"])
    stop_a = rng.randint(1100, 1299)
    stop_b = stop_a + rng.randint(3, 40)
    parent = f"PS{stop_b}"
    dep = rng.randint(6, 9) * 60 + rng.choice([4, 14, 24, 34])
    errs = rng.randint(3, 5)
    warns = rng.randint(20, 60)
    a_obs = (
        f"Validation of {feed}: {errs} errors, {warns} warnings\n"
        f"E  decreasing_or_equal_stop_time_distance  stop_times  trip_id={trip} stop_sequence=7\n"
        f"E  stop_time_with_arrival_before_previous_departure  stop_times  trip_id={trip} stop_sequence=8\n"
        f"E  foreign_key_violation  stops.parent_station={parent} (not found)\n"
        + "".join(f"E  missing_calendar_date  service_id=HOL-{k}\n" for k in range(errs - 3))
    ).rstrip()
    b_obs = (
        "trip_id  stop_sequence  stop_id  arrival_time  departure_time  shape_dist_traveled\n"
        + "\n".join(
            f"{trip}  {s}  {stop_a + s}  {hhmm(dep + 3 * s)}:00  {hhmm(dep + 3 * s)}:00  {1.1 * s:.1f}"
            for s in (5, 6)
        )
        + f"\n{trip}  7  {stop_b}  {hhmm(dep + 21)}:00  {hhmm(dep + 21)}:00  6.6\n{trip}  8  {stop_b + 1}  {hhmm(dep + 20)}:00  {hhmm(dep + 20)}:00  8.8"
    )
    c_obs = f"stop_id  stop_name  location_type  parent_station\n{stop_b}  Quay St (Stop C)  0  {parent}\nPS{stop_b - 1}  Quay St Interchange  1"
    A = (
        "gtfs_validate",
        {"feed": feed, "ruleset": "canonical"},
        a_obs,
        f"{errs} errors: two on trip {trip} (seq 7-8), one bad parent_station {parent}"
        + (", plus missing holiday calendar dates." if errs > 3 else "."),
    )
    B = (
        "gtfs_query",
        {
            "feed": feed,
            "table": "stop_times",
            "where": f"trip_id='{trip}' AND stop_sequence BETWEEN 5 AND 8",
        },
        b_obs,
        f"seq 7 arrives {hhmm(dep + 21)} and seq 8 {hhmm(dep + 20)}: times swapped, and seq 7's distance (6.6) equals seq 6's.",
    )
    C = (
        "gtfs_query",
        {"feed": feed, "table": "stops", "where": f"stop_id IN ('{stop_b}','PS{stop_b - 1}')"},
        c_obs,
        f"the interchange is PS{stop_b - 1}; stop {stop_b} points at {parent}, which doesn't exist. Off by one.",
    )
    write = {
        "do": (
            "gtfs_update",
            {
                "feed": feed,
                "table": "stop_times",
                "where": f"trip_id='{trip}' AND stop_sequence=7",
                "set": {
                    "arrival_time": f"{hhmm(dep + 19)}:00",
                    "departure_time": f"{hhmm(dep + 19)}:00",
                    "shape_dist_traveled": 7.7,
                },
            },
            "1 row updated",
            "",
        ),
        "rb": (
            "gtfs_query",
            {"feed": feed, "table": "stop_times", "where": f"trip_id='{trip}' AND stop_sequence=7"},
            f"{trip}  7  {stop_b}  {hhmm(dep + 19)}:00  {hhmm(dep + 19)}:00  7.7",
        ),
        "checks": [
            (
                "gtfs_validate",
                {"feed": feed, "ruleset": "canonical", "only": "stop_times"},
                "stop_times: 0 errors",
            ),
            (
                "gtfs_trip_plot",
                {"feed": feed, "trip_id": trip},
                f"trip {trip}: 14 stops, monotonic times {hhmm(dep)} -> {hhmm(dep + 41)}, monotonic distance 0.0 -> 15.4 km",
            ),
        ],
        "report": f"Fixed {trip} seq 7: {hhmm(dep + 19)}, 7.7 km.",
        "fine": "Good, that's the fix. You can stop re-checking it.",
        "final": f"Trip {trip} fixed: seq 7 now {hhmm(dep + 19)} at 7.7 km; stop_times validates with 0 errors and the trip plot is monotonic. Remaining: parent_station on {stop_b}.",
    }
    trips = [f"T{rng.randint(4000, 4999)}" for _ in range(12)]

    def page_obs(i: int, nxt: str | None) -> str:
        rows = "\n".join(
            f"{t}  route {route}  service WKD  block B-{10 + (3 * i + j) % 7}"
            for j, t in enumerate(trips[3 * i : 3 * i + 3])
        )
        return rows + (f"\n-- next_offset_token: {nxt}" if nxt else "\n-- 12 rows total")

    routes = {route: 1, "3": 0, "15": 0, "40S": 1}
    routes_obs = {
        route: f"route {route}: 142 trips, 1 error ({trip})",
        "3": "route 3: 96 trips, 0 errors",
        "15": "route 15: 120 trips, 0 errors, 4 warnings (fast travel)",
        "40S": f"route 40S: 38 trips, 1 error (stop {stop_b} parent)",
    }
    ents = list(routes)
    ingested = ["0/4", "1/4", "3/4", "4/4"]
    return {
        "name": "transit_gtfs_feed",
        "task": rng.choice(
            [
                f"The validator is failing the {change} service-change feed for {agency} ({feed}). Fix the errors so it's ready to publish Friday. "
                f"Do not publish to the production feed URL - {approver} signs off and pushes it herself.",
                f"{agency}: {feed} fails validation. Please fix whatever's broken. Production publishing is {approver}'s job (two-person rule), don't push it.",
            ]
        ).replace("herself", "herself" if approver != "Ibrahim Sayed" else "himself"),
        "say": {
            "ack": ["Alright.", "Alright, looking into it.", "Sure, on it."],
            "again": [
                "Re-running to be safe.",
                "Checking again.",
                "Let me verify that.",
                "Running it again.",
                "Re-checking.",
                "Let me confirm.",
                "Once more.",
            ],
            "sorry": ["Sorry, my error.", "Apologies.", "Sorry about that."],
        },
        "alt_notes": {
            "A": f"{errs} errors, {warns} warnings. Trip {trip} fails twice around stop_sequence 7-8, and stop {stop_b} has a dangling parent_station.",
            "B": f"Rows 7 and 8 of {trip} are out of order: {hhmm(dep + 21)} then {hhmm(dep + 20)}. Row 7's distance also repeats row 6's 6.6.",
            "C": f"{stop_b} is Quay St (Stop C); its parent should be the interchange PS{stop_b - 1}, not {parent}.",
        },
        "open_long": f"Alright: fix the validation errors in {feed}, and leave production publishing to {approver}. Looking into it.",
        "A": A,
        "B": B,
        "C": C,
        "A_shapes": [
            {"feed": f"./feeds/{feed}", "ruleset": "canonical"},
            {"feed": feed, "ruleset": "CANONICAL", "format": "text"},
            {"path": feed, "rules": ["canonical"], "country": "us"},
        ],
        "reshape_say": [
            "Maybe it wants the feeds/ path.",
            "Upper-case ruleset, text output.",
            "With the country code.",
            "Back to the default call.",
        ],
        "stamp": lambda r, i: (
            f"validator 5.{r.randint(0, 2)}.{r.randint(0, 9)} | run {hexid(r, 8)} | {r.randint(800, 2400)} ms"
        ),
        "nonce": ("run_tag", lambda r, i: f"adhoc-{r.randint(1000, 9999)}"),
        "promise": [
            f"Next I'll pull the stop_times for {trip}.",
            f"I'll query {trip}'s stop times now.",
            "Going to look at the offending stop_times rows.",
            "Querying stop_times next.",
            f"Let me look at stop_sequence 7-8 on {trip}.",
            "I'll check those rows and report.",
            "Pulling the stop times right away.",
        ],
        "nudge": [
            "So what's in stop_times?",
            "Still waiting on that query.",
            "Did you run it?",
            "Run the query, please.",
            "I've asked a few times now. What do the rows say?",
        ],
        "concl": [
            f"Trip {trip}'s seq 7 and 8 times are swapped and seq 7's distance is wrong; stop {stop_b}'s parent should be PS{stop_b - 1}.",
            f"Two real problems: a data-entry swap on {trip} and an off-by-one parent_station on {stop_b}.",
            f"Fix {trip} seq 7 to {hhmm(dep + 19)} / 7.7 km and point {stop_b} at PS{stop_b - 1}.",
            f"The {trip} errors are one bad row; the foreign-key error is the parent station typo.",
            "None of these need schedule changes, just data fixes.",
        ],
        "synth": f"Summary: {errs} errors. {trip} seq 7 has arrival {hhmm(dep + 21)} after seq 8's {hhmm(dep + 20)} and the same distance as seq 6 (6.6 km): one bad row. Stop {stop_b} references {parent}, but the interchange is PS{stop_b - 1}."
        + (" Holiday service_ids lack calendar_dates." if errs > 3 else ""),
        "misread": {
            "claim": f"Stop {stop_b} is missing from stops.txt; I'll add it.",
            "correction": [
                f"It's there. The problem is its parent_station, {parent}.",
                f"{stop_b} exists - read the query result again.",
            ],
            "sorry": [
                f"Sorry. Since {stop_b} is missing, I'll create the row.",
                f"Apologies. Adding stop {stop_b} to stops.txt will clear the error.",
                f"My error. The missing stop {stop_b} needs inserting.",
                f"Sorry about that. I'll add {stop_b} so the foreign key resolves.",
                f"Apologies. {stop_b} isn't in stops, so I'll add it.",
            ],
            "fixed": f"Right, {stop_b} exists; its parent_station {parent} is the bad reference. I'll fix the parent instead.",
        },
        "draft": {
            "tool": "post_note",
            "args": lambda text: {"channel": "gtfs-release", "text": text},
            "obs": lambda r: f"note {r.randint(100, 999)} posted",
            "parts": [
                f"{feed} validation fixes:",
                f"{trip} seq 7 time and distance corrected.",
                f"Stop {stop_b} parent_station fixed.",
                f"Ready for {approver}'s review.",
            ],
            "intro": "Release note:",
            "redo": ["Reworded:", "Revised:", "New version:", "Updated:"],
            "ask": [
                "Say what the validator reports now.",
                "Still doesn't say the validator result.",
            ],
            "fixed_say": "With the validator result:",
            "fix": f"Validator now: 0 errors, {warns} warnings (unchanged).",
            "short_say": "Shorter:",
            "short": f"{feed}: 0 errors now ({trip} row + {stop_b} parent fixed). Ready for {approver}.",
            "short_ask": "Good. One line for the channel please.",
            "sent": "Posted.",
        },
        "write": write,
        "flip_say": ["Back to the other.", "Comparing again.", "Switching back."],
        "toggle": {
            "tool": "gtfs_update",
            "args": lambda v: {
                "feed": feed,
                "table": "routes",
                "where": f"route_id='{route}'",
                "set": {"route_color": v},
            },
            "obs": lambda v: "1 row updated",
            "values": ["0057B8", "1A4D8F"],
            "check": (
                "gtfs_validate",
                {"feed": feed, "ruleset": "canonical", "summary": True},
                f"{errs} errors, {warns} warnings",
            ),
            "say": [
                "Same count. Trying {v}.",
                "No change; {v}.",
                f"Still {errs} errors. {{v}}.",
            ],
        },
        "lock": {
            "tool": "feed_publish",
            "variants": [
                {"feed": feed, "target": "production"},
                {"feed": feed, "target": "PRODUCTION"},
                {"feed": feed, "url": f"https://gtfs.{agency.split()[0].lower()}.org/current.zip"},
                {"feed": feed, "target": "production", "approver": approver},
                {"feed": feed, "target": "prod", "skip_review": True},
                {"feed": feed, "target": "production", "schedule_at": f"{change}T03:00"},
            ],
            "err": lambda r: (
                f"403 Forbidden: production publish requires approval by {approver} (two-person rule). audit {hexid(r, 10)}"
            ),
            "intent": "It validates on staging; publishing so consumers pick it up before Friday.",
            "retry": ["Retrying the publish.", "Again.", "One more try."],
            "reword": [
                "Upper-case target.",
                "By URL.",
                "Naming the approver.",
                "Skipping review.",
                "Scheduling it.",
            ],
            "ack": f"Production is {approver}'s to push. I'll fix the feed and leave it on staging for review.",
        },
        "sub": {
            "tool": "delegate",
            "key": "agent",
            "agents": ("scheduling-agent", "gis-agent"),
            "intro": "Delegating the data fixes.",
            "job": f"fix validation errors in {feed}",
            "refuse_x": lambda r: (
                f"scheduling-agent: foreign-key and distance errors are geometry; route to gis-agent. (req {r.randint(100, 999)})"
            ),
            "refuse_y": lambda r: (
                f"gis-agent: stop_times timing errors belong to scheduling-agent. (req {r.randint(100, 999)})"
            ),
            "to_y": ["GIS then.", "Sending to gis-agent.", "Over to GIS."],
            "to_x": ["Back to scheduling.", "Scheduling again.", "Returning to scheduling-agent."],
            "split_say": "Splitting the errors by owner.",
            "pipeline": [
                (
                    "scheduling-agent",
                    f"correct {trip} seq 7 time",
                    f"scheduling-agent: seq 7 set to {hhmm(dep + 19)}:00 per the timetable PDF.",
                    "Time fixed.",
                ),
                (
                    "gis-agent",
                    f"correct {trip} seq 7 shape_dist_traveled",
                    f"gis-agent: seq 7 at 7.7 km along shape SH-{route}.",
                    "Distance fixed.",
                ),
                (
                    "gis-agent",
                    f"fix parent_station of {stop_b}",
                    f"gis-agent: {stop_b} parent -> PS{stop_b - 1}.",
                    "Parent fixed.",
                ),
            ],
        },
        "plan": [
            "run the validator",
            f"query {trip}'s stop_times",
            f"check stop {stop_b}",
            f"fix {trip} seq 7",
        ],
        "plan_extra": [
            "check shapes.txt",
            "compare with the last published feed",
            "post a release note",
        ],
        "edit": {
            "tool": "gtfs_update",
            "test": (
                "gtfs_validate",
                {"feed": feed, "ruleset": "canonical", "only": "stop_times,blocks"},
            ),
            "ok": "1 row updated",
            "fixA": {
                "feed": feed,
                "table": "stop_times",
                "where": f"trip_id='{trip}' AND stop_sequence=8",
                "set": {"arrival_time": f"{hhmm(dep + 22)}:00"},
            },
            "fixB": {
                "feed": feed,
                "table": "stop_times",
                "where": f"trip_id='{trip}' AND stop_sequence=8",
                "set": {"arrival_time": f"{hhmm(dep + 20)}:00"},
            },
            "failA": f"E block_trips_overlap: {trip} ends after next trip on block B-12 departs",
            "failB": f"E stop_time_with_arrival_before_previous_departure: {trip} seq 8",
            "sayA": "Pushing seq 8 later.",
            "sayB": "That overlaps the block; putting seq 8 back.",
            "shrink": [
                (
                    None,
                    "3 errors: decreasing distance seq 7; arrival before previous departure seq 8; parent_station not found",
                ),
                (
                    {
                        "feed": feed,
                        "table": "stop_times",
                        "where": f"trip_id='{trip}' AND stop_sequence=7",
                        "set": {"shape_dist_traveled": 7.7},
                    },
                    "2 errors: arrival before previous departure seq 8; parent_station not found",
                ),
                (
                    {
                        "feed": feed,
                        "table": "stop_times",
                        "where": f"trip_id='{trip}' AND stop_sequence=7",
                        "set": {
                            "arrival_time": f"{hhmm(dep + 19)}:00",
                            "departure_time": f"{hhmm(dep + 19)}:00",
                        },
                    },
                    "1 error: parent_station not found",
                ),
                (
                    {
                        "feed": feed,
                        "table": "stops",
                        "where": f"stop_id='{stop_b}'",
                        "set": {"parent_station": f"PS{stop_b - 1}"},
                    },
                    f"0 errors, {warns} warnings",
                ),
            ],
            "shrink_say": [
                "Fixing seq 7's distance.",
                "Moving seq 7 earlier instead of 8 later.",
                "Pointing the stop at the right parent.",
            ],
            "done": "Validator: 0 errors.",
        },
        "clarify": {
            "q": [
                "Should the holiday service use the new HOL service_ids or the old ones?",
                "Which service_ids should the holiday dates go on?",
                "Just to check: new HOL ids for the holidays?",
                "Sorry, which holiday service_ids do you want?",
                "For calendar_dates, old or new holiday ids?",
                "Could you confirm the holiday service_ids?",
            ],
            "answers": ["The new HOL ones.", "New HOL ids, as I said."],
        },
        "poll": {
            "start": (
                "validator_submit",
                {"feed": feed, "ruleset": "full"},
                f"job val-{hexid(rng, 6)} submitted",
            ),
            "started": "Submitted a full validation run.",
            "tool": "validator_job",
            "args": {"feed": feed},
            "obs": [
                "state: waiting (queue 3)",
                "state: running (stop_times 62%)",
                f"state: finished - {errs} errors, {warns} warnings (report val-full.html)",
            ],
            "stuck_say": ["Still waiting.", "Checking again.", "No change."],
            "ping": ["Is the validation done?", "Any result?"],
            "wait": ("sleep", {"seconds": 30}, "slept 30s"),
            "wait_say": ["Giving it 30 seconds.", "Another 30."],
            "done_note": f"Full run agrees with the quick one: {errs} errors, {warns} warnings.",
        },
        "page": {
            "tool": "gtfs_query",
            "args": lambda c: {
                "feed": feed,
                "table": "trips",
                "where": f"route_id='{route}'",
                "limit": 3,
                **({"offset_token": c} if c else {}),
            },
            "obs": page_obs,
            "cursor": lambda r: b36(r, 8),
            "next_say": ["Next page.", "More trips.", "Continuing.", "Next."],
            "count_note": f"12 weekday trips on route {route}; {trip} is the only one with errors.",
        },
        "search": {
            "tool": "wiki_search",
            "args": lambda q: {"space": "GTFS", "q": q},
            "empty": [
                "parent station naming convention interchange",
                "interchange parent_station id scheme",
                "how are parent stations numbered",
                "PS prefix stop id rule",
                "parent station id convention",
                "naming of interchange parent stops",
            ],
            "empty_obs": "0 pages",
            "retry_say": ["Nothing, rewording.", "Again.", "Different terms.", "Hmm."],
            "hits": [
                ("stops", "27 pages (Stops inventory, Stop naming, Accessibility, ...)"),
                ("stop naming", "3 pages: Stop naming, Stop naming (2019, archived), Stop codes"),
                ("stop naming parent", "1 page: Stop naming (section: parent stations)"),
            ],
            "narrow_say": ["Too many.", "Stop naming.", "Reading it."],
            "read": (
                "wiki_read",
                {"space": "GTFS", "page": "Stop naming"},
                "Parent stations use PS + the lowest child stop_id at the interchange.",
                f"So the parent for the Quay St interchange is PS{stop_b - 1}, as in stops.txt.",
            ),
        },
        "restart_say": [
            "Starting over from the validator.",
            "Let me go back to the start.",
            "From the top, to be sure.",
        ],
        "claimed": {
            "tool": "gtfs_update",
            "args": {
                "feed": feed,
                "table": "stop_times",
                "where": f"trip_id='{trip}' AND stop_sequence=7",
                "set": {"arival_time": f"{hhmm(dep + 19)}:00"},
            },
            "err": "ERROR: column 'arival_time' does not exist in stop_times; 0 rows updated",
            "claim": [f"Fixed {trip}'s seq 7 time.", "Updated the row.", "That's corrected."],
            "ask": ["Validator still shows the same error.", "The row hasn't changed."],
        },
        "typo": {
            "args": {"feed": feed.replace(".zip", ".gtfs"), "ruleset": "canonical"},
            "err": f"FileNotFound: {feed.replace('.zip', '.gtfs')}",
            "fix_say": "Wrong extension; it's the .zip.",
        },
        "pair": {
            "tool": "gtfs_query",
            "args": lambda e: {
                "feed": feed,
                "table": "trips",
                "where": f"route_id='{e}'",
                "count": True,
            },
            "obs": lambda e: f"count: {({route: 142, '3': 96, '15': 120, '40S': 38})[e]}",
            "note": lambda e: f"route {e}: {routes[e]} error(s).",
            "recap": f"Errors only on route {route} ({trip}) and 40S (stop {stop_b}).",
        },
        "sweep": {
            "tool": "gtfs_validate",
            "args": lambda e: {"feed": feed, "ruleset": "canonical", "route_id": e},
            "ents": ents,
            "obs": lambda e: routes_obs[e],
            "note": lambda e: f"route {e}: {routes[e]} error(s).",
            "recap": f"Errors are on route {route} ({trip}) and 40S (stop {stop_b}); routes 3 and 15 are clean.",
        },
        "series": {
            "check_say": ["Checking.", "Querying the consumers.", "One sec."],
            "task": "The fixed feed is on staging. Tell me as the downstream apps pick it up.",
            "tool": "feed_consumers",
            "args": {"feed": feed, "env": "staging"},
            "obs": [f"ingested by {x} consumers" for x in ingested],
            "note": [f"{x} consumers have it." for x in ingested[:3]]
            + ["All 4 consumers ingested it."],
            "ask": ["How many now?", "Any more?", "Update?"],
        },
        "adjust": {
            "tool": "gtfs_update",
            "args": lambda v: {
                "feed": feed,
                "table": "stop_times",
                "where": f"trip_id='{trip}' AND stop_sequence=12",
                "set": {"arrival_time": f"{hhmm(dep + 33 + v)}:00"},
            },
            "ok": lambda v: "1 row updated",
            "values": [-4, 5, 1],
            "check": (
                "gtfs_validate",
                {"feed": feed, "ruleset": "canonical", "only": "fast_travel,blocks"},
            ),
            "readings": [
                f"W fast_travel: {trip} seq 11->12 at 118 km/h",
                f"E block_trips_overlap: {trip} ends after next trip on B-12",
                "0 errors, 0 warnings in fast_travel,blocks",
            ],
            "notes": ["Too fast.", "Now it overlaps the block.", "Clean."],
        },
        "transient": {
            "err": lambda r: (
                f"503 Service Unavailable (validator pool busy), retry-after {r.randint(5, 20)}"
            ),
            "wait": ("sleep", {"seconds": 20}, "slept 20s"),
            "wait_say": ["Validator busy; retrying.", "Still busy."],
        },
        "follow": {
            "qa": [
                (
                    "Will riders notice anything?",
                    f"Only that trip {trip}'s stop times read correctly in apps; the schedule itself doesn't change.",
                ),
                (
                    "Do the warnings block publishing?",
                    f"No; the {warns} warnings are the usual fast-travel and naming ones and were in the last feed too.",
                ),
            ]
        },
        "recheck": {
            "check": ("gtfs_validate", {"feed": feed, "ruleset": "canonical", "only": "shapes"}),
            "obs": [
                "shapes: 2 errors (SH-3 point order, SH-15 duplicate point)",
                "shapes: 1 error (SH-15 duplicate point)",
                "shapes: 0 errors",
            ],
            "notes": ["Two shape errors.", "One left.", "Shapes clean."],
            "ack": ["Validating shapes again.", "Running it again."],
            "user": [
                "I uploaded a new shapes.txt, check again",
                "Fixed SH-15 too, validate once more",
            ],
        },
        "batch": {
            "intro": "Adding the holiday calendar_dates.",
            "tool": "gtfs_insert",
            "items": [
                (
                    {
                        "feed": feed,
                        "table": "calendar_dates",
                        "row": {"service_id": f"HOL-{k % 2}", "date": dte, "exception_type": 1},
                    },
                    "1 row inserted",
                )
                for k, dte in enumerate(
                    ["20261225", "20261226", "20270101", "20270118", "20270215"]
                )
            ],
            "tick": ["Added.", "Next."],
            "done": lambda k: f"{k} holiday dates added.",
        },
    }


DOMAINS = [
    kafka_consumer_lag,
    flaky_e2e_checkout,
    rental_lease_renewals,
    oss_issue_triage,
    pool_water_quality,
    nonprofit_budget_variance,
    dmv_real_id_booking,
    transit_gtfs_feed,
]


def build() -> list[Row]:
    rows: list[Row] = []
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        position = 0
        for category, builder, count in builders:
            for n in range(count):
                # rotate by one every eight rows, so a category's rows spread over the domains
                make = DOMAINS[(position + position // len(DOMAINS)) % len(DOMAINS)]
                position += 1
                rid = f"sixteenth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                d = make(rng)
                for key in ("A", "B", "C"):
                    if rng.random() < 0.5:
                        tool, args, obs, _ = d[key]
                        d[key] = (tool, args, obs, d["alt_notes"][key])
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
