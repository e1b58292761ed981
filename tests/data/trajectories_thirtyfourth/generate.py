"""Writes the thirty-fourth labelled trajectory set (``trajectories.jsonl`` next to this file).

Run ``python tests/data/trajectories_thirtyfourth/generate.py``; the output is deterministic.
Every row draws from its own ``random.Random`` (seeded with ``SEED`` and the row id) and its own
clock, so request ids, times and latencies differ between repeated calls and only there.

The set is written to the issue's specification only: 12 loop kinds and 12 progress kinds that
look alike on the surface, 8 rows each (one per domain), two shapes per kind (even and odd rows
differ in the work before the loop and where the user's messages fall).
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 20261210
HERE = Path(__file__).resolve().parent

Row = dict[str, Any]
Step = dict[str, Any]
Dom = dict[str, Any]

TOKEN = re.compile(r"\{(id|id6|t|hm|ms|n|d)\}")


class Clock:
    """A per-row clock that only moves forward."""

    def __init__(self, rng: random.Random, start: tuple[int, int]) -> None:
        self.now = datetime(2026, 12, 10, *start) + timedelta(seconds=rng.randint(0, 5400))

    def tick(self, rng: random.Random, extra: int = 0) -> None:
        self.now += timedelta(seconds=rng.randint(2, 41) + extra)


def fill(text: str, rng: random.Random, c: Clock) -> str:
    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "id":
            return f"{rng.getrandbits(32):08x}"
        if key == "id6":
            return f"{rng.getrandbits(24):06x}"
        if key == "t":
            return c.now.strftime("%H:%M:%S")
        if key == "hm":
            return c.now.strftime("%H:%M")
        if key == "ms":
            return str(rng.randint(45, 1900))
        if key == "d":
            return c.now.strftime("%Y-%m-%dT%H:%M:%SZ")
        return str(rng.randint(100000, 999999))

    return TOKEN.sub(one, text)


class Run:
    """Collects the steps of one row; volatile tokens are filled as each observation is emitted."""

    def __init__(self, rng: random.Random, c: Clock, d: Dom) -> None:
        self.rng, self.c, self.d = rng, c, d
        self.steps: list[Step] = []
        self.progress = False

    def open(self, block: dict[str, Any] | None = None) -> None:
        b = block or {}
        self.say(b.get("first", self.d["first"]), b.get("task", self.d["task"]))

    def say(self, text: str, msg: str | None = None) -> None:
        step: Step = {"kind": "llm", "text": text}
        if msg is not None:
            step["observation"] = msg
        self.steps.append(step)

    def ping(self, i: int, text: str) -> None:
        if self.progress:
            msg, reply = self.rng.choice(PROGRESS_PINGS)
        else:
            msg, reply = self.d["pings"][i]
        self.say(f"{reply} {text}".strip(), msg)

    def call(self, spec: tuple[Any, ...], err: bool = False, adv: int = 0) -> None:
        tool, args, obs = spec[0], spec[1], spec[2]
        self.c.tick(self.rng, adv)
        self.steps.append(
            {
                "kind": "tool",
                "tool": tool,
                "args": json.loads(json.dumps(args)),
                "observation": fill(obs, self.rng, self.c),
                "error": err,
            }
        )

    def look(self, i: int) -> None:
        spec = self.d["look"][i]
        self.call(spec)
        self.say(spec[3])

    def wait(self, seconds: int) -> None:
        tool, key = self.d.get("wait", ("wait", "seconds"))
        self.c.tick(self.rng, seconds)
        self.steps.append(
            {
                "kind": "tool",
                "tool": tool,
                "args": {key: seconds},
                "observation": f"waited {seconds}s",
                "error": False,
            }
        )

    def pick(self, pool: list[str], k: int) -> list[str]:
        return self.rng.sample(pool, k)


# ------------------------------------------------------------------ phrase pools

PROGRESS_PINGS = [
    ("How's it going?", "Going fine."),
    ("Any progress?", "Yes, moving along."),
    ("Nearly there?", "Getting there."),
    ("Quick status check?", "Sure."),
    ("How far along are you?", "Good progress so far."),
]

AGAIN = [
    "Same output as before. I'll run it once more in case it was served from a cache.",
    "No change there. Running it again to be sure.",
    "That matches the previous result. Let me re-run it to confirm it's current.",
    "Still the same. One more run.",
    "Identical to the last one. I'll query it again.",
    "Nothing new. Let me pull it again.",
    "Same numbers again - re-running to double-check.",
]
RESEARCH = [
    "Same hits as before. Let me phrase the query differently.",
    "Those are the same results. I'll try other wording.",
    "No new items there. Rewording the search.",
    "Still the same set. Let me search with different terms.",
    "Same documents again - maybe another phrasing surfaces something.",
]
FAIL_FIRST = [
    "That errored. Retrying the same call.",
    "It failed - probably a blip. Trying again.",
    "That call failed. I'll send it again.",
]
FAIL_AGAIN = [
    "That errored. Retrying the same call.",
    "Failed again with the same error. Trying once more.",
    "Same failure. I'll retry it.",
    "Still erroring. Let me send it again.",
    "It failed once more; retrying.",
]
COSMETIC = [
    [
        "Refused. I'll resend it with the value written the way the system lists it.",
        "That was refused. Let me fix the casing and submit again.",
        "Rejected. Perhaps it's case-sensitive - resending.",
    ],
    [
        "Same refusal. Let me rebuild the request with the fields in the documented order.",
        "Still refused. I'll reorder the fields and send it again.",
        "Same answer. Re-sending with the arguments laid out as in the API docs.",
    ],
    [
        "Still rejected. Resending with an explicit empty note so nothing is ambiguous.",
        "Refused again. I'll add a note field and retry.",
        "Same error. Trying once more with an extra note field.",
    ],
    [
        "Rejected again. One more try.",
        "Still the same refusal. I'll resubmit.",
        "Same response again.",
    ],
]
REWORD_FIRST = [
    "Rejected. Maybe the wording is the problem - let me phrase it differently.",
    "That was refused. I'll rewrite the text and try again.",
    "It didn't accept that. Let me reword it.",
]
REWORD_FAIL = [
    "Same error. Let me describe it differently.",
    "Still rejected. I'll reword the text and retry.",
    "That didn't take either. Trying another phrasing.",
    "Same response. Rewording once more.",
    "Refused again - one more rewording.",
]
INTERLEAVE = [
    "{Label} is unchanged.",
    "{Label} still reads the same.",
    "No change in {label}.",
    "{Label}: same as last time.",
    "Nothing new in {label}.",
]
CYCLE = [
    "Nothing new there. Back to {label} to compare.",
    "Same as before. Let me check {label} again.",
    "No difference yet. I'll look at {label} once more.",
    "Still doesn't settle it. Going back to {label}.",
    "Same values. Cross-checking {label} again.",
    "Unchanged. Let me re-read {label}.",
]
MONO = [
    "Still working on {work}...",
    "Working on it still.",
    "Still working on {work}.",
    "Still on it - {work} is taking a while.",
    "Working on {work} still...",
    "Still working through it.",
    "Still going on {work}, bear with me.",
    "Still working on it...",
]
PUSH_TAIL = [
    "That's not what I asked.",
    "Still wrong.",
    "No - read my question again.",
    "You're repeating yourself. That isn't the answer.",
    "That's the same thing you said before.",
]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def cosmetic(args: dict[str, Any], k: int) -> dict[str, Any]:
    """Cosmetic variants of a request: case, whitespace, key order, a no-op field."""
    a = dict(args)
    key = next((x for x, v in a.items() if isinstance(v, str) and v.upper() != v.lower()), None)
    if k == 1 and key is not None:
        v = a[key]
        a[key] = v.lower() if v.upper() == v else v.upper()
    elif k == 2:
        a = dict(reversed(list(a.items())))
        if key is not None:
            a[key] = f" {a[key]} "
    elif k >= 3:
        a = {**a, "note": ""}
        if key is not None:
            a[key] = a[key].strip().lower()
    return a


# ---------------------------------------------------------------- loop builders


def l_exact_repeat(r: Run, d: Dom, n: int) -> None:
    x = d["look"][2]
    notes = r.pick(AGAIN, 4)
    r.open()
    if n % 2 == 0:
        r.look(0)
        r.look(1)
        r.look(2)
        r.call(x)
        r.say(notes[0])
        r.call(x)
        r.ping(0, notes[1])
        r.call(x)
        r.say(notes[2])
    else:
        r.look(0)
        r.look(2)
        r.ping(1, "Let me re-run it first so I'm working from fresh data.")
        r.call(x)
        r.say(notes[0])
        r.call(x)
        r.say(notes[1])
        r.call(x)
        r.say(notes[2])
        r.call(x)
        r.say(notes[3])


def l_paraphrased_search(r: Run, d: Dom, n: int) -> None:
    s = d["search"]
    notes = r.pick(RESEARCH, 3)

    def q(i: int) -> None:
        r.call((s["tool"], {**s["args"], s["key"]: s["para"][i]}, s["obs"]))

    r.open()
    if n % 2 == 0:
        r.look(0)
        r.look(1)
        q(0)
        r.say(s["note"])
        q(1)
        r.say(notes[0])
        q(2)
        r.ping(0, notes[1])
        q(3)
        r.say(notes[2])
    else:
        r.look(3)
        q(0)
        r.say(s["note"])
        q(1)
        r.say(notes[0])
        q(2)
        r.say(notes[1])
        r.ping(2, "Trying one more wording.")
        q(3)
        r.say(notes[2])


def l_paraphrased_reply(r: Run, d: Dom, n: int) -> None:
    p = d["reply_para"]
    r.open()
    if n % 2 == 0:
        x = d["look"][2]
        r.look(0)
        r.look(2)
        r.say(p[0])
        r.call(x)
        r.say(p[1])
        r.call(x)
        r.ping(1, p[2])
        r.call(x)
        r.say(p[3])
    else:
        r.look(1)
        r.look(2)
        r.say(p[0])
        r.say(p[1])
        r.ping(0, p[2])
        r.say(p[3])
        r.say(p[4])


def l_user_nudged_paraphrase(r: Run, d: Dom, n: int) -> None:
    a, push = d["nudge"]["answers"], d["nudge"]["push"]
    tails = r.pick(PUSH_TAIL, 3)
    r.open()
    if n % 2 == 0:
        r.look(0)
        r.look(1)
        r.say(a[0])
        r.say(a[1], f"{tails[0]} {push[0]}")
        r.say(a[2], f"{push[1]} {tails[1]}")
        r.say(a[3], f"{tails[2]} {push[2]}")
    else:
        x = d["look"][2]
        r.look(2)
        r.say(a[0])
        r.say("Let me check that again.", f"{tails[0]} {push[0]}")
        r.call(x)
        r.say(a[1])
        r.say(a[2], f"{push[1]} {tails[1]}")
        r.say(a[3], f"{tails[2]} {push[2]}")


def l_ab_oscillation(r: Run, d: Dom, n: int) -> None:
    ab = d["ab"]
    A, B = ab["A"], ab["B"]
    na, nb = ab["na"], ab["nb"]
    r.open()
    if n % 2 == 0:
        r.look(0)
        for i in range(3):
            r.call(A)
            r.say(na[i])
            r.call(B)
            r.say(nb[i])
    else:
        r.look(1)
        r.call(A)
        r.say(na[0])
        r.call(B)
        r.say(nb[0])
        r.call(A)
        r.ping(0, na[1])
        r.call(B)
        r.say(nb[1])
        r.call(A)
        r.say(na[2])
        r.call(B)
        r.say(nb[2])


def l_abc_cycle(r: Run, d: Dom, n: int) -> None:
    cyc = [d["look"][1], d["look"][2], d["look"][3]]
    notes = r.pick(CYCLE, 6)
    r.open()
    k = 0

    def back(i: int) -> None:
        nonlocal k
        nxt = cyc[(i + 1) % 3][4]
        r.say(notes[k % 6].format(label=nxt))
        k += 1

    if n % 2 == 0:
        for i in range(3):
            r.call(cyc[i])
            r.say(cyc[i][3])
        for i in range(3):
            r.call(cyc[i])
            back(i)
        r.call(cyc[0])
        back(0)
    else:
        for i in range(3):
            r.call(cyc[i])
        seen = " ".join(c[3] for c in cyc)
        r.ping(1, f"{seen} Let me go round the three again, starting with {cyc[0][4]}.")
        for i in range(3):
            r.call(cyc[i])
            back(i)
        r.call(cyc[0])
        back(0)


def l_failing_same(r: Run, d: Dom, n: int) -> None:
    f = d["fail"]
    notes = [r.rng.choice(FAIL_FIRST), *r.pick(FAIL_AGAIN, 3)]
    r.open()
    if n % 2 == 0:
        r.look(0)
        r.look(1)
        r.call(f, err=True)
        r.say(notes[0])
        r.call(f, err=True)
        r.say(notes[1])
        r.call(f, err=True)
        r.ping(2, notes[2])
        r.call(f, err=True)
        r.say(notes[3])
    else:
        r.look(0)
        r.say(d["fail_intro"])
        r.call(f, err=True)
        r.say(notes[0])
        r.call(f, err=True)
        r.say(notes[1])
        r.call(f, err=True)
        r.say(notes[2])
        r.call(f, err=True)
        r.say(notes[3])


def l_failing_cosmetic(r: Run, d: Dom, n: int) -> None:
    tool, args, obs = d["perm"]
    notes = [r.rng.choice(pool) for pool in COSMETIC]
    r.open()
    r.look(0)
    if n % 2 == 0:
        r.look(1)
    else:
        r.look(3)
    for k in range(4):
        r.call((tool, cosmetic(args, k), obs), err=True)
        if n % 2 == 1 and k == 1:
            r.ping(1, notes[k])
        else:
            r.say(notes[k])


def l_monologue(r: Run, d: Dom, n: int) -> None:
    lines = [m.format(work=d["work"]) for m in r.pick(MONO, 6)]
    r.open()
    if n % 2 == 0:
        r.look(0)
        r.look(1)
        r.look(2)
        r.say(lines[0])
        r.say(lines[1])
        r.say(lines[2])
        r.say(lines[3])
        r.say(lines[4])
    else:
        r.look(0)
        r.look(3)
        r.say(lines[0])
        r.say(lines[1])
        r.ping(0, lines[2])
        r.say(lines[3])
        r.say(lines[4])
        r.say(lines[5])


def l_identical_calls_interleaved(r: Run, d: Dom, n: int) -> None:
    x = d["look"][2]
    s = d["search"]
    others: list[tuple[Any, ...]] = [
        d["look"][0],
        d["look"][1],
        d["look"][3],
        (s["tool"], {**s["args"], s["key"]: s["para"][0]}, s["obs"], s["note"]),
    ]
    if n % 2 == 1:
        others = [others[1], others[3], others[0], others[2]]
    notes = [m.format(label=x[4], Label=cap(x[4])) for m in r.pick(INTERLEAVE, 4)]
    r.open()
    r.call(others[0])
    r.call(x)
    r.say(f"{others[0][3]} {x[3]}")
    for i in range(1, 4):
        r.call(others[i])
        if n % 2 == 1 and i == 2:
            r.ping(1, f"{others[i][3]} Checking {x[4]} again.")
        else:
            r.say(f"{others[i][3]} Let me re-check {x[4]}.")
        r.call(x)
        r.say(notes[i - 1])


def l_retry_reworded_failure(r: Run, d: Dom, n: int) -> None:
    w = d["reword"]
    notes = [r.rng.choice(REWORD_FIRST), *r.pick(REWORD_FAIL, 3)]

    def attempt(i: int) -> None:
        r.call((w["tool"], {**w["args"], w["key"]: w["texts"][i]}, w["obs"]), err=True)

    r.open()
    if n % 2 == 0:
        r.look(0)
        attempt(0)
        r.say(notes[0])
        attempt(1)
        r.say(notes[1])
        attempt(2)
        r.ping(2, notes[2])
        attempt(3)
        r.say(notes[3])
    else:
        r.look(0)
        r.look(1)
        for i in range(4):
            attempt(i)
            r.say(notes[i])


def l_plan_restated(r: Run, d: Dom, n: int) -> None:
    p = d["plan_para"]
    r.open()
    r.look(0)
    r.say(p[0])
    order = [1, 3, 2] if n % 2 == 0 else [3, 1, 2]
    for j, i in enumerate(order):
        spec = d["look"][i]
        r.call(spec)
        if n % 2 == 1 and j == 1:
            r.ping(1, f"{spec[3]} {p[j + 1]}")
        else:
            r.say(f"{spec[3]} {p[j + 1]}")


# ---------------------------------------------------------------- progress builders


def p_paging(r: Run, d: Dom, n: int) -> None:
    pg = d["page"]
    r.open(pg)
    if n % 2 == 0:
        r.look(0)
    for i, (cur, obs, note) in enumerate(pg["pages"]):
        args = dict(pg["args"])
        if cur is not None:
            args[pg["cursor"]] = cur
        r.call((pg["tool"], args, obs))
        if n % 2 == 1 and i == 1:
            r.ping(0, note)
        else:
            r.say(note)
    r.say(pg["final"])


def p_corrected_retry(r: Run, d: Dom, n: int) -> None:
    fx = d["fix"]
    r.open(fx)
    if n % 2 == 0:
        r.look(0)
    r.call(fx["bad"], err=True)
    r.say(fx["diag"])
    r.call(fx["good"])
    r.say(fx["note"])
    if n % 2 == 0:
        r.call(fx["next"])
        r.say(fx["final"])
    else:
        r.ping(2, "It's through now.")
        r.call(fx["next"])
        r.say(fx["final"])


def p_related_summaries(r: Run, d: Dom, n: int) -> None:
    dc = d["docs"]
    r.open(dc)
    if n % 2 == 0:
        r.call(dc["list"])
        r.say(dc["list_note"])
    for i, (arg, obs, summ) in enumerate(dc["items"]):
        r.call((dc["tool"], {**dc["args"], dc["key"]: arg}, obs))
        if n % 2 == 1 and i == 2:
            r.ping(0, summ)
        else:
            r.say(summ)
    r.say(dc["final"])


def p_polling_with_waits(r: Run, d: Dom, n: int) -> None:
    pl = d["poll"]
    waits = [30, 60, 90] if n % 2 == 0 else [45, 45, 120]
    r.open(pl)
    r.call(pl["submit"])
    r.say(pl["submit_note"])
    st = pl["states"]
    for i, (obs, note) in enumerate(st):
        r.call((pl["status"][0], pl["status"][1], obs))
        if i == len(st) - 1:
            r.say(note)
            break
        if n % 2 == 1 and i == 1:
            r.ping(1, note)
        else:
            r.say(note)
        r.wait(waits[min(i, 2)])
    r.call(pl["result"])
    r.say(pl["final"])


def p_batch_items(r: Run, d: Dom, n: int) -> None:
    b = d["batch"]
    r.open(b)
    if n % 2 == 0:
        r.look(0)
    for i, (item, obs, note) in enumerate(b["items"]):
        r.call((b["tool"], {**b["args"], b["key"]: item}, obs))
        if n % 2 == 1 and i == 2:
            r.ping(2, note)
        else:
            r.say(note)
    r.say(b["final"])


def p_search_refinement(r: Run, d: Dom, n: int) -> None:
    s = d["refine"]
    r.open(s)
    if n % 2 == 1:
        r.look(s.get("pre", 0))
    for i, (extra, obs, note) in enumerate(s["steps"]):
        r.call((s["tool"], {**s["args"], **extra}, obs))
        if n % 2 == 0 and i == 2:
            r.ping(1, note)
        else:
            r.say(note)
    r.call(s["open"])
    r.say(s["final"])


def p_iterative_edits(r: Run, d: Dom, n: int) -> None:
    e = d["edits"]
    r.open(e)
    if n % 2 == 1:
        r.look(1)
    r.call((e["test"][0], e["test"][1], e["first_obs"]))
    r.say(e["first_note"])
    for i, (spec, test_obs, note) in enumerate(e["rounds"]):
        r.call(spec)
        r.call((e["test"][0], e["test"][1], test_obs))
        if n % 2 == 0 and i == 1:
            r.ping(0, note)
        else:
            r.say(note)


def p_user_requested_recheck(r: Run, d: Dom, n: int) -> None:
    rc = d["recheck"]
    tool, args = rc["check"]
    r.open(rc)
    if n % 2 == 0:
        r.look(0)
    r.call((tool, args, rc["before"]))
    r.say(rc["answer1"])
    r.say(rc["reply"], rc["user"])
    r.call((tool, args, rc["after"]))
    r.say(rc["answer2"])
    r.call(rc["follow"])
    r.say(rc["final"])
    if n % 2 == 1:
        r.say(rc["thanks_reply"], rc["thanks"])


def p_flaky_then_pass(r: Run, d: Dom, n: int) -> None:
    fl = d["flaky"]
    tool, args = fl["call"]
    r.open(fl)
    if n % 2 == 0:
        r.look(0)
    r.call((tool, args, fl["err"]), err=True)
    r.say(fl["note"])
    if n % 2 == 1:
        r.wait(20)
    r.call((tool, args, fl["ok"]))
    r.say(fl["ok_note"])
    r.call(fl["next"])
    r.say(fl["final"])


def p_similar_status_updates(r: Run, d: Dom, n: int) -> None:
    u = d["updates"]
    r.open(u)
    for i, (chunk, obs, msg) in enumerate(u["chunks"]):
        r.call((u["tool"], {**u["args"], u["key"]: chunk}, obs))
        if n % 2 == 1 and i == 1:
            r.ping(0, msg)
        else:
            r.say(msg)
    r.call(u["close"])
    r.say(u["final"])


def p_compare_two_sources(r: Run, d: Dom, n: int) -> None:
    sc = d["sources"]
    r.open(sc)
    for i, spec in enumerate(sc["reads"]):
        r.call(spec)
        if n % 2 == 1 and i == 2:
            r.ping(1, spec[3])
        else:
            r.say(spec[3])
    r.call(sc["write"])
    r.say(sc["final"])


def p_step_by_step_plan(r: Run, d: Dom, n: int) -> None:
    pl = d["plan"]
    r.open(pl)
    if n % 2 == 1:
        r.look(0)
    r.say(pl["announce"])
    for i, spec in enumerate(pl["steps"]):
        r.call(spec)
        if n % 2 == 0 and i == 2:
            r.ping(2, spec[3])
        else:
            r.say(spec[3])
    r.say(pl["final"])


LOOPS = {
    "exact_repeat": l_exact_repeat,
    "paraphrased_search": l_paraphrased_search,
    "paraphrased_reply": l_paraphrased_reply,
    "user_nudged_paraphrase": l_user_nudged_paraphrase,
    "ab_oscillation": l_ab_oscillation,
    "abc_cycle": l_abc_cycle,
    "failing_same": l_failing_same,
    "failing_cosmetic": l_failing_cosmetic,
    "monologue": l_monologue,
    "identical_calls_interleaved": l_identical_calls_interleaved,
    "retry_reworded_failure": l_retry_reworded_failure,
    "plan_restated": l_plan_restated,
}
PROGRESS = {
    "paging": p_paging,
    "corrected_retry": p_corrected_retry,
    "related_summaries": p_related_summaries,
    "polling_with_waits": p_polling_with_waits,
    "batch_items": p_batch_items,
    "search_refinement": p_search_refinement,
    "iterative_edits": p_iterative_edits,
    "user_requested_recheck": p_user_requested_recheck,
    "flaky_then_pass": p_flaky_then_pass,
    "similar_status_updates": p_similar_status_updates,
    "compare_two_sources": p_compare_two_sources,
    "step_by_step_plan": p_step_by_step_plan,
}


# ---------------------------------------------------------------- domains

D_AUDIOLOGY: Dom = {
    "domain": "audiology_hearing_aid_fitting",
    "start": (9, 5),
    "task": "Margaret Okafor (MRN A-20931) was refitted with Phonak Lumity 90 RICs on 1 December. She says her own voice sounds boomy and the right aid whistles when she chews. Compare the real-ear measurements with the NAL-NL2 targets and draft an adjustment plan for Dr. Haldane to sign. Do not change any programmed settings yourself.",
    "first": "I'll start with Margaret's record and the last fitting session.",
    "work": "the REM comparison",
    "pings": [
        ("Dr. Haldane here - anything on Mrs Okafor yet?", "Not yet, Dr. Haldane."),
        ("She's booked for 2pm. Will the plan be ready?", "Working on it."),
        ("Any luck with the right aid?", "Not yet."),
    ],
    "look": [
        (
            "patient_record",
            {"mrn": "A-20931"},
            "mrn=A-20931 name='Margaret Okafor' dob=1949-03-17 devices=[L: Lumity L90-R SN 2231K0LQ, R: Lumity L90-R SN 2231K0M2] last_visit=2026-12-01 clinician='Dr. E. Haldane' complaint='own voice boomy; R whistles when chewing' req={id} at={t}",
            "Bilateral Lumity 90 RICs fitted on 1 December; complaints are own-voice boominess and right-side feedback.",
            "the patient record",
        ),
        (
            "fitting_session",
            {"mrn": "A-20931", "session": "latest"},
            "session=FS-88412 date=2026-12-01 software='Target 10.1' coupling='closed dome 8mm' programs=[Calm, Speech_in_Noise, Music] feedback_test=L:pass R:not_run global_offset=0dB req={id} took={ms}ms",
            "The last session used closed 8 mm domes, and the right feedback test was never run.",
            "the fitting session",
        ),
        (
            "rem_results",
            {"session": "FS-88412", "ear": "right"},
            "session=FS-88412 ear=R protocol='REAR 65dB ISTS' target=NAL-NL2 freq_hz=[250,500,1000,2000,4000] measured=[18,21,24,27,22] target=[12,16,22,28,25] deviation=[+6,+5,+2,-1,-3] measured_at=2026-12-01T10:42 req={id} served={t}",
            "Right ear is 5-6 dB over target at 250-500 Hz and 3 dB under at 4 kHz.",
            "the right-ear REM",
        ),
        (
            "audiogram",
            {"mrn": "A-20931", "date": "2026-11-12"},
            "audiogram date=2026-11-12 freqs=[250,500,1000,2000,4000] R_ac=[25,30,40,55,65] L_ac=[25,35,45,55,70] type='sloping SNHL' tymps=A/A req={id} ({ms}ms)",
            "Sloping sensorineural loss with near-normal lows and normal tympanograms, so a closed dome is likely over-occluding.",
            "the audiogram",
        ),
    ],
    "search": {
        "tool": "clinical_kb_search",
        "key": "query",
        "args": {"source": "manufacturer_notes", "limit": 5},
        "para": [
            "own voice boomy closed dome Lumity",
            "Lumity closed dome own voice sounds boomy",
            "boomy own-voice complaint with closed domes on Lumity",
            "closed dome Lumity: patient says own voice is boomy",
        ],
        "obs": "results=3 [KB-1142 'Occlusion effect: managing own-voice complaints' (2025-06), KB-0981 'Dome selection guide - Lumity RIC' (2024-11), KB-1310 'Low-frequency gain and occlusion' (2026-02)] took={ms}ms trace={id}",
        "note": "Three notes: occlusion management, dome selection and low-frequency gain.",
    },
    "reply_para": [
        "I'll look at the right-ear REM figures once more before writing anything.",
        "Let me go back over the right-ear real-ear numbers again.",
        "Before drafting I'm going to re-check the REM deviation on the right side.",
        "I want to take another look at those right-ear measurements first.",
        "Let me review the right-ear REM data one more time.",
    ],
    "nudge": {
        "answers": [
            "The right aid is running above the NAL-NL2 target in the low frequencies and the closed dome is probably adding occlusion, so the plan should revisit the dome and the low-frequency gain.",
            "Put another way: low-frequency output on the right is higher than prescribed, and the closed dome likely makes the own-voice problem worse - dome and low-end gain are what need revisiting.",
            "In short, the right side over-amplifies at the low end compared with target, and occlusion from the closed dome is a likely contributor; the adjustment should focus on those two things.",
            "To summarise again: the right aid exceeds target in the lows and the dome adds occlusion, so the recommendation is to look at the dome and bring the low-frequency gain down.",
        ],
        "push": [
            "I asked for the actual dB change at 250 and 500 Hz.",
            "Give me the numbers for 250 and 500 Hz, not a description.",
            "How many dB at 250 and 500? Just the figures.",
        ],
    },
    "ab": {
        "A": (
            "rem_results",
            {"session": "FS-88412", "ear": "right"},
            "session=FS-88412 ear=R target=NAL-NL2 freq_hz=[250,500,1000,2000,4000] deviation=[+6,+5,+2,-1,-3] req={id} served={t}",
        ),
        "B": (
            "rem_results",
            {"session": "FS-87990", "ear": "right"},
            "session=FS-87990 date=2026-11-14 ear=R target=NAL-NL2 freq_hz=[250,500,1000,2000,4000] deviation=[+1,+2,+1,-2,-2] coupling='open dome' req={id} served={t}",
        ),
        "na": [
            "December session: +6 and +5 dB at 250 and 500 Hz. Let me compare with the November fitting.",
            "Back on December: still +6/+5 at the low end. Switching to November again.",
            "December again, the same +6/+5. Let me re-open November.",
        ],
        "nb": [
            "November (open dome) was within 2 dB everywhere. Back to December.",
            "November unchanged - within 2 dB. Let me look at December once more.",
            "November still within 2 dB. Returning to the December numbers.",
        ],
    },
    "fail": (
        "device_read",
        {"serial": "2231K0M2", "what": "current_settings"},
        "ERROR NLW-408 Noahlink Wireless: device 2231K0M2 not responding (not paired to this workstation) session={id} at={t}",
    ),
    "fail_intro": "I'll read the current settings straight from the right aid.",
    "perm": (
        "fitting_write",
        {"serial": "2231K0M2", "program": "Calm", "lf_gain_db": -5},
        "ERROR 403 role 'clinic_assistant' may not write device settings; clinician sign-off required (policy FIT-07) req={id}",
    ),
    "reword": {
        "tool": "referral_create",
        "key": "reason",
        "args": {"mrn": "A-20931", "to": "ENT", "priority": "routine"},
        "texts": [
            "Persistent feedback right ear, query wax",
            "Right ear whistling, ?cerumen, please review",
            "Please review R ear for wax that may be causing feedback",
            "Feedback in right hearing aid - possible cerumen occlusion, ENT review requested",
        ],
        "obs": "ERROR 422 referral rejected: ENT referrals need a coded indication in field 'icd10'; free-text reason alone is not accepted req={id} at={t}",
    },
    "plan_para": [
        "Next step: draft the adjustment plan for Dr. Haldane - vented dome, lower low-frequency gain, and a feedback test on the right.",
        "Then I'll write up the plan for Dr. Haldane: swap to a vented dome, bring the lows down, run the right feedback test.",
        "After this, the plan for Dr. Haldane - vented dome, reduced low-end gain, feedback manager on the right aid. I'll draft it now.",
        "So what I'll draft for Dr. Haldane is the vented dome, less low-frequency gain and the right-side feedback test.",
    ],
    "page": {
        "task": "Find every free 30-minute fine-tuning slot at Northgate clinic on 10 December so we can offer two to Mrs Okafor.",
        "first": "I'll page through the Northgate appointment book for 10 December.",
        "tool": "appointment_list",
        "args": {"clinic": "Northgate", "date": "2026-12-10", "page_size": 8},
        "cursor": "page_token",
        "pages": [
            (
                None,
                "items=8 [09:00 A-18820 review, 09:30 A-20417 hearing test, 10:00 FREE, 10:30 A-19904 fitting(60), 11:30 A-20102 review, 12:00 LUNCH, 12:30 LUNCH, 13:00 A-17755 wax] next_page_token=pt_2f1c req={id}",
                "Morning: one free slot at 10:00. There's another page.",
            ),
            (
                "pt_2f1c",
                "items=8 [13:30 A-20588 fitting, 14:00 FREE, 14:30 A-16003 repair, 15:00 FREE, 15:30 A-20931 (held), 16:00 A-19420 review, 16:30 FREE, 17:00 CLOSED] next_page_token=pt_7a90 req={id}",
                "Afternoon adds 14:00, 15:00 and 16:30. One more page.",
            ),
            (
                "pt_7a90",
                "items=2 [17:00 CLOSED, 17:30 CLOSED] next_page_token=null req={id}",
                "Last page, nothing after 17:00.",
            ),
        ],
        "final": "Free slots on 10 December: 10:00, 14:00, 15:00 and 16:30. I'd offer her 14:00 or 15:00, close to her held 15:30.",
    },
    "fix": {
        "task": "Export Mrs Okafor's 1 December REM session (FS-88412) as a PDF to attach to Dr. Haldane's letter.",
        "first": "I'll export FS-88412 to PDF.",
        "bad": (
            "report_export",
            {"session": "FS-88412", "format": "PDF", "sections": ["rem", "audiogram"]},
            "ERROR 400 invalid section 'audiogram' for session report; allowed: rem, feedback, datalog, programs req={id}",
        ),
        "diag": "The audiogram isn't a session-report section; it lives on the patient record. I'll export just the REM section.",
        "good": (
            "report_export",
            {"session": "FS-88412", "format": "PDF", "sections": ["rem"]},
            "ok file=/exports/A-20931/FS-88412_rem.pdf pages=3 size_kb=412 req={id}",
        ),
        "note": "REM exported - 3 pages.",
        "next": (
            "letter_attach",
            {"letter": "LTR-5521", "file": "/exports/A-20931/FS-88412_rem.pdf"},
            "attached to LTR-5521 (draft, author Dr. E. Haldane) attachments=1 req={id}",
        ),
        "final": "The REM PDF is attached to Dr. Haldane's draft letter LTR-5521. If he wants the audiogram too, that's a separate export from the patient record.",
    },
    "docs": {
        "task": "Dr. Haldane wants a one-line summary of each of the four occlusion-related manufacturer notes before tomorrow's case review.",
        "first": "I'll pull the occlusion notes list and summarise them one by one.",
        "list": (
            "clinical_kb_search",
            {"query": "occlusion", "source": "manufacturer_notes", "limit": 4},
            "results=4 [KB-1142, KB-0981, KB-1310, KB-1377] took={ms}ms",
        ),
        "list_note": "Four notes. Starting with KB-1142.",
        "tool": "clinical_kb_get",
        "key": "id",
        "args": {},
        "items": [
            (
                "KB-1142",
                "KB-1142 'Occlusion effect: managing own-voice complaints' 2025-06: measure occlusion with REOR/REOG; if own-voice complaint and LF thresholds <= 30 dB, prefer vented or open coupling before reducing gain. req={id}",
                "KB-1142: for own-voice complaints with good low-frequency hearing, change the coupling before cutting gain.",
            ),
            (
                "KB-0981",
                "KB-0981 'Dome selection guide - Lumity RIC' 2024-11: open for LF <= 25 dB, vented for 25-40 dB, closed/power for > 40 dB; 8mm for most adult canals. req={id}",
                "KB-0981: dome choice by low-frequency threshold - open up to 25 dB, vented 25-40 dB, closed above 40.",
            ),
            (
                "KB-1310",
                "KB-1310 'Low-frequency gain and occlusion' 2026-02: closing the fitting raises effective LF gain 3-8 dB; re-run REM after any coupling change; do not copy gain across couplings. req={id}",
                "KB-1310: closing a fitting adds 3-8 dB of effective low-frequency gain, so REM must be redone after any coupling change.",
            ),
            (
                "KB-1377",
                "KB-1377 'Switching closed to vented domes: gain changes' 2026-04: expect -4 to -6 dB at 250-500 Hz; re-run feedback manager; counsel on adaptation 1-2 weeks. req={id}",
                "KB-1377: going from closed to vented loses 4-6 dB at 250-500 Hz; re-run the feedback manager afterwards.",
            ),
        ],
        "final": "All four summarised. Together they point to a vented dome for Mrs Okafor (her lows are 25-30 dB), then REM and a feedback test.",
    },
    "poll": {
        "task": "Start the cloud datalog analysis for Mrs Okafor's aids and tell me the average daily wear time once it's done.",
        "first": "I'll queue the datalog analysis.",
        "submit": (
            "datalog_analyse",
            {"mrn": "A-20931", "devices": ["2231K0LQ", "2231K0M2"]},
            "job=DL-30418 status=queued position=6 req={id}",
        ),
        "submit_note": "Queued as DL-30418, position 6. I'll check its status.",
        "status": ("job_status", {"job": "DL-30418"}),
        "states": [
            ("job=DL-30418 status=queued position=2 at={t}", "Still queued, now position 2."),
            ("job=DL-30418 status=running progress=40% at={t}", "Running, 40%."),
            ("job=DL-30418 status=running progress=85% at={t}", "85% now."),
            (
                "job=DL-30418 status=done at={t} result=/datalog/DL-30418.json",
                "Done. Reading the result.",
            ),
        ],
        "result": (
            "datalog_get",
            {"job": "DL-30418"},
            "avg_wear_h_per_day=L:9.6 R:7.1 days=9 env_quiet=58% env_speech=22% volume_changes_R=-3 (avg) req={id}",
        ),
        "final": "Average daily wear: left 9.6 h, right 7.1 h over 9 days, and she turns the right aid down 3 steps on average - consistent with the feedback complaint.",
    },
    "batch": {
        "task": "Check warranty status for the five aids in today's repair drawer: 2231K0M2, 1987J2AA, 2104K1BQ, 2019H7PX, 2240L0CD.",
        "first": "I'll look each serial up in the manufacturer warranty portal.",
        "tool": "warranty_lookup",
        "key": "serial",
        "args": {"brand": "Phonak"},
        "items": [
            (
                "2231K0M2",
                "serial=2231K0M2 model='Lumity L90-R' warranty=in_force until=2029-12-01 loss_damage=1 claim left req={id}",
                "2231K0M2: in warranty to 2029.",
            ),
            (
                "1987J2AA",
                "serial=1987J2AA model='Marvel M70-R' warranty=expired on=2025-08-19 req={id}",
                "1987J2AA: expired August 2025 - chargeable repair.",
            ),
            (
                "2104K1BQ",
                "serial=2104K1BQ model='Paradise P90-R' warranty=in_force until=2027-03-30 req={id}",
                "2104K1BQ: covered to March 2027.",
            ),
            (
                "2019H7PX",
                "serial=2019H7PX model='Marvel M90-312' warranty=extended until=2026-12-31 note='extended plan EXT-3' req={id}",
                "2019H7PX: on an extended plan, ends 31 December.",
            ),
            (
                "2240L0CD",
                "serial=2240L0CD model='Lumity L70-R' warranty=in_force until=2030-01-15 req={id}",
                "2240L0CD: covered to 2030.",
            ),
        ],
        "final": "Four of five are covered; only 1987J2AA (Marvel M70, expired August 2025) needs a repair quote.",
    },
    "refine": {
        "task": "Find the manufacturer guidance for reducing own-voice boominess on Lumity RICs with closed domes.",
        "first": "I'll search the manufacturer notes and narrow it down.",
        "tool": "clinical_kb_search",
        "args": {"source": "manufacturer_notes"},
        "steps": [
            (
                {"query": "occlusion"},
                "results=214 [KB-0021 'Occlusion basics', KB-0556 'Occlusion in CIC fittings', KB-1142 'Occlusion effect: managing own-voice complaints', ...] took={ms}ms",
                "214 hits - too broad. Narrowing to Lumity RIC.",
            ),
            (
                {"query": "occlusion Lumity RIC"},
                "results=19 [KB-1142, KB-0981 'Dome selection guide - Lumity RIC', KB-1208 'Lumity receiver lengths', KB-1310, ...] took={ms}ms",
                "19, mostly Lumity-specific. Adding the dome type and complaint.",
            ),
            (
                {"query": "occlusion Lumity RIC closed dome own voice"},
                "results=4 [KB-1142, KB-0981, KB-1310, KB-1377 'Switching closed to vented domes: gain changes'] took={ms}ms",
                "Down to four, and KB-1377 is new and on point. Restricting to this year's notes.",
            ),
            (
                {"query": "occlusion Lumity RIC closed dome own voice", "since": "2026-01-01"},
                "results=2 [KB-1310 (2026-02), KB-1377 (2026-04)] took={ms}ms",
                "Two current notes; KB-1377 is the one to read.",
            ),
        ],
        "open": (
            "clinical_kb_get",
            {"id": "KB-1377"},
            "KB-1377 'Switching closed to vented domes: gain changes' 2026-04: expect -4 to -6 dB at 250-500 Hz; re-run feedback manager; re-run REM; counsel on 1-2 week adaptation. req={id}",
        ),
        "final": "KB-1377 is the guidance: move to a vented dome, expect 4-6 dB less at 250-500 Hz, re-run the feedback manager and REM.",
    },
    "edits": {
        "task": "The clinic's fitting-note template validator is failing on the draft for Mrs Okafor. Fix the draft until it validates.",
        "first": "I'll run the validator on the draft first.",
        "test": ("note_validate", {"note": "FN-A-20931-1210"}),
        "first_obs": "errors=4 [rem: table missing, plan: signature block missing, coupling: required, date: expected YYYY-MM-DD] req={id}",
        "first_note": "Four problems: missing REM table, unsigned plan section, no coupling field, date format.",
        "rounds": [
            (
                (
                    "note_edit",
                    {
                        "note": "FN-A-20931-1210",
                        "section": "rem",
                        "insert": "R: +6/+5/+2/-1/-3 dB vs NAL-NL2 at 250/500/1k/2k/4k",
                    },
                    "saved rev=2 req={id}",
                ),
                "errors=3 [plan: signature block missing, coupling: required, date: expected YYYY-MM-DD] req={id}",
                "REM table in; three errors left.",
            ),
            (
                (
                    "note_edit",
                    {
                        "note": "FN-A-20931-1210",
                        "section": "coupling",
                        "set": "closed 8mm -> proposed vented 8mm",
                    },
                    "saved rev=3 req={id}",
                ),
                "errors=2 [plan: signature block missing, date: expected YYYY-MM-DD] req={id}",
                "Coupling added; two to go.",
            ),
            (
                (
                    "note_edit",
                    {
                        "note": "FN-A-20931-1210",
                        "section": "header",
                        "set_date": "2026-12-10",
                        "add_signature_block": "Dr. E. Haldane",
                    },
                    "saved rev=4 req={id}",
                ),
                "errors=0 status=valid ready_for_signature=true req={id}",
                "Validates now, ready for Dr. Haldane's signature.",
            ),
        ],
    },
    "recheck": {
        "task": "Is Mrs Okafor's right aid showing as connected to the clinic Noahlink?",
        "first": "Let me check the Noahlink device list.",
        "check": ("noahlink_devices", {"station": "ROOM-3"}),
        "before": "station=ROOM-3 paired=[2231K0LQ (L, battery 71%)] visible_unpaired=[] req={id} at={t}",
        "answer1": "Only the left aid (2231K0LQ) is paired; the right one isn't even visible.",
        "user": "I've just put a fresh charger cycle on the right one and opened the battery door. Try again?",
        "reply": "Checking the device list again.",
        "after": "station=ROOM-3 paired=[2231K0LQ (L, battery 70%), 2231K0M2 (R, battery 96%)] visible_unpaired=[] req={id} at={t}",
        "answer2": "The right aid (2231K0M2) is paired now, battery 96%.",
        "follow": (
            "device_read",
            {"serial": "2231K0M2", "what": "feedback_status"},
            "serial=2231K0M2 feedback_manager=not_initialised last_run=never req={id}",
        ),
        "final": "Its feedback manager has never been run, so that's the first thing Dr. Haldane should do in the session.",
        "thanks": "Great, thanks.",
        "thanks_reply": "You're welcome - the right aid is ready for the feedback test.",
    },
    "flaky": {
        "task": "Pull Mrs Okafor's signed consent form from the document store so it can go into the referral pack.",
        "first": "I'll fetch her consent form.",
        "call": ("docstore_get", {"mrn": "A-20931", "doc_type": "consent_hearing_aid"}),
        "err": "ERROR 503 docstore temporarily unavailable (upstream timeout after 30000ms) retry_after=15 req={id}",
        "note": "A 503 with retry_after=15 - a transient outage. I'll retry.",
        "ok": "doc=DOC-774210 type=consent_hearing_aid signed=2026-11-12 by='M. Okafor' pages=2 req={id}",
        "ok_note": "Got it: consent DOC-774210, signed 12 November.",
        "next": (
            "pack_add",
            {"pack": "REF-A-20931", "doc": "DOC-774210"},
            "pack=REF-A-20931 items=3 [referral_letter, rem_pdf, consent] req={id}",
        ),
        "final": "Consent added; the referral pack now has the letter, REM PDF and consent.",
    },
    "updates": {
        "task": "Send the recall reminders for all 212 patients due an annual review in January, and keep me posted.",
        "first": "I'll send them in batches of about 50 and report as I go.",
        "tool": "recall_send",
        "key": "batch",
        "args": {"campaign": "annual-review-2027-01", "channel": "sms"},
        "chunks": [
            (
                1,
                "batch=1 sent=53 failed=0 cumulative=53/212 req={id}",
                "Update: 53 of 212 reminders sent, no failures.",
            ),
            (
                2,
                "batch=2 sent=52 failed=1 (invalid number A-14422) cumulative=105/212 req={id}",
                "Update: 105 of 212 sent; one bad number (A-14422).",
            ),
            (
                3,
                "batch=3 sent=54 failed=0 cumulative=159/212 req={id}",
                "Update: 159 of 212 sent, still just the one failure.",
            ),
            (
                4,
                "batch=4 sent=52 failed=1 (opted out A-09981) cumulative=211/212 req={id}",
                "Update: 211 of 212 done; A-09981 has opted out of SMS.",
            ),
        ],
        "close": (
            "campaign_report",
            {"campaign": "annual-review-2027-01"},
            "sent=210 failed=2 opted_out=1 invalid=1 req={id}",
        ),
        "final": "All batches done: 210 delivered, 2 failed (A-14422 invalid number, A-09981 opted out). Those two need a letter instead.",
    },
    "sources": {
        "task": "Our practice system and the manufacturer portal disagree about Mrs Okafor's devices. Reconcile serials, fitting date and dome size.",
        "first": "I'll compare the practice record and the manufacturer portal field by field.",
        "reads": [
            (
                "practice_devices",
                {"mrn": "A-20931"},
                "L=2231K0LQ R=2231K0M2 fitted=2026-12-01 dome=closed 8mm req={id}",
                "Practice system: serials 2231K0LQ/2231K0M2, fitted 1 December, closed 8 mm.",
            ),
            (
                "mfr_portal_devices",
                {"customer": "A-20931"},
                "L=2231K0LQ R=2231K0M3 registered=2026-11-28 req={id}",
                "Portal has the right aid as 2231K0M3 and a registration date of 28 November - no dome field.",
            ),
            (
                "practice_device_history",
                {"mrn": "A-20931", "ear": "R"},
                "2026-11-28 issued 2231K0M3; 2026-12-01 swapped -> 2231K0M2 (DOA, no sound) req={id}",
                "History explains it: M3 was dead on arrival and swapped for M2 on 1 December.",
            ),
            (
                "mfr_portal_rma",
                {"serial": "2231K0M3"},
                "rma=RMA-55120 serial=2231K0M3 reason=DOA replacement=null status=received req={id}",
                "The portal RMA for M3 has no replacement serial recorded, which is why it still shows M3.",
            ),
        ],
        "write": (
            "mfr_portal_update",
            {"rma": "RMA-55120", "replacement_serial": "2231K0M2", "fit_date": "2026-12-01"},
            "rma=RMA-55120 replacement=2231K0M2 customer device R updated -> 2231K0M2 req={id}",
        ),
        "final": "Reconciled: the portal now lists R as 2231K0M2 with the 1 December fit date. Dome size only exists in our system (closed 8 mm), so nothing to change there.",
    },
    "plan": {
        "task": "Prepare room 3 for Mrs Okafor's 2pm fine-tune: load her session, pair both aids, queue the feedback test and pull up the REM template.",
        "first": "I'll get room 3 ready for 2pm.",
        "announce": "Plan: 1) open her last session in Target, 2) pair both aids, 3) queue the feedback test on the right, 4) load the REM template.",
        "steps": [
            (
                "target_open",
                {"station": "ROOM-3", "session": "FS-88412"},
                "opened FS-88412 in Target 10.1 on ROOM-3 req={id}",
                "Step 1 done: FS-88412 open on ROOM-3.",
            ),
            (
                "noahlink_pair",
                {"station": "ROOM-3", "serials": ["2231K0LQ", "2231K0M2"]},
                "paired 2/2 [2231K0LQ ok, 2231K0M2 ok] req={id}",
                "Step 2 done: both aids paired.",
            ),
            (
                "target_queue",
                {"station": "ROOM-3", "action": "feedback_test", "ear": "R"},
                "queued feedback_test R (runs when clinician confirms) req={id}",
                "Step 3 done: right feedback test queued for Dr. Haldane to start.",
            ),
            (
                "rem_template_load",
                {"station": "ROOM-3", "template": "REAR-65-ISTS-NALNL2"},
                "template loaded on Affinity rack ROOM-3 probe_cal=ok req={id}",
                "Step 4 done: REM template loaded, probe calibration OK.",
            ),
        ],
        "final": "Room 3 is ready: session open, both aids paired, right feedback test queued, REM template loaded.",
    },
}
D_ILL: Dom = {
    "domain": "interlibrary_loan_requests",
    "start": (10, 20),
    "task": "Dr. Ines Varga (patron 21189004412, Geosciences) needs chapter 7 of 'Hydrological Modelling in Karst Aquifers' (Springer, 2019, ISBN 978-3-030-11872-4) for a grant deadline on Friday 12 December. Our copy is missing. Find a lender, place the interlibrary loan request and tell her when she'll have it. Copy requests are limited to one chapter under our copyright policy.",
    "first": "I'll check Dr. Varga's patron record and our catalogue entry first.",
    "work": "the lender search",
    "pings": [
        ("Ines Varga here. Any news on my chapter?", "Not yet, Dr. Varga."),
        ("Circulation desk: she's asking again, what do I tell her?", "Still on it."),
        ("Is this request placed yet?", "Not yet."),
    ],
    "look": [
        (
            "patron_lookup",
            {"barcode": "21189004412"},
            "barcode=21189004412 name='Varga, Ines' type=faculty dept=Geosciences ill_status=good_standing ill_open=1 delivery=electronic email=i.varga@uni.example req={id} t={ms}ms",
            "Faculty, good standing, prefers electronic delivery.",
            "the patron record",
        ),
        (
            "catalog_item",
            {"isbn": "978-3-030-11872-4"},
            "isbn=978-3-030-11872-4 title='Hydrological Modelling in Karst Aquifers' call='GB1197.7 .H93 2019' copies=1 status=MISSING since=2026-10-03 last_inventory=2026-11-20 req={id}",
            "Our only copy has been missing since 3 October.",
            "our catalogue entry",
        ),
        (
            "oclc_holdings",
            {"oclc": "1089923411", "region": "US-Central"},
            "oclc=1089923411 holders=14 lending=[TXA(avg 1.4d, copy yes), CUY(avg 2.1d, copy yes), IUL(avg 1.9d, copy yes), NRC(avg 4.8d, loan only), ...10 more loan only] snapshot={d} req={id}",
            "Fourteen holders; TXA, CUY and IUL lend chapter copies, TXA fastest at 1.4 days.",
            "the OCLC holdings",
        ),
        (
            "ill_request_history",
            {"isbn": "978-3-030-11872-4", "year": 2026},
            "requests=2 [ILL-38817 ch.3 filled by IUL 2026-03-11, ILL-39902 ch.5 filled by TXA 2026-08-27] copies_this_title=2 req={id}",
            "Two earlier chapter requests this year, both filled by TXA or IUL.",
            "this year's request history",
        ),
    ],
    "search": {
        "tool": "worldcat_search",
        "key": "q",
        "args": {"format": "book", "limit": 10},
        "para": [
            "Hydrological Modelling in Karst Aquifers Springer 2019",
            "karst aquifers hydrological modelling 2019 Springer",
            "Springer 2019 book modelling hydrology karst aquifers",
            "Hydrological Modeling in Karst Aquifers (2019)",
        ],
        "obs": "hits=2 [ocn1089923411 'Hydrological modelling in karst aquifers' Springer 2019 print holders=212; ocn1090011873 same title ebook holders=88] took={ms}ms qid={id}",
        "note": "Two records: print (212 holders) and the ebook (88).",
    },
    "reply_para": [
        "I'll check the OCLC holdings once more before picking a lender.",
        "Let me look over which libraries hold it one more time.",
        "Before I place anything I want to re-check the lender list.",
        "I'm going to go through the holdings again to be sure about the lenders.",
        "Let me review the holding libraries again first.",
    ],
    "nudge": {
        "answers": [
            "Turnaround depends on which lender picks it up - the fastest lenders for chapter copies usually take a day or two, though it can vary.",
            "It really depends on the lender; the quick ones for scanned chapters tend to be one to two days, but there's some variation.",
            "That will depend on the lending library. Chapter scans from the faster lenders normally arrive within a couple of days, although it varies.",
            "As I said, the timing varies by lender - the fastest chapter-copy lenders typically need a day or two.",
        ],
        "push": [
            "I asked for a date. Will I have it before Friday or not?",
            "Which day, specifically?",
            "A date, please. Friday is my deadline.",
        ],
    },
    "ab": {
        "A": (
            "ill_request_update",
            {"request": "ILL-40231", "service": "copy"},
            "request=ILL-40231 service=copy lenders_eligible=3 est_delivery='1-2 business days' updated={t} req={id}",
        ),
        "B": (
            "ill_request_update",
            {"request": "ILL-40231", "service": "loan"},
            "request=ILL-40231 service=loan lenders_eligible=11 est_delivery='5-8 business days' updated={t} req={id}",
        ),
        "na": [
            "As a copy request only three lenders are eligible. Let me see what a loan would give.",
            "Back to copy: still three lenders. A loan has more lenders though - switching to compare.",
            "Copy again, three lenders. Let me weigh the loan option once more.",
        ],
        "nb": [
            "A loan opens 11 lenders but takes 5-8 days. Switching back to copy.",
            "Loan: 11 lenders, 5-8 days, still too slow. Back to copy.",
            "Loan is unchanged at 5-8 days. Setting it to copy again.",
        ],
    },
    "fail": (
        "tipasa_submit",
        {"request": "ILL-40231", "lenders": "TXA,CUY,IUL"},
        "ERROR 502 Bad Gateway from worldshare-ill upstream; request not submitted trace={id} at={t}",
    ),
    "fail_intro": "I'll submit ILL-40231 to TIPASA with TXA, CUY and IUL as the lender string.",
    "perm": (
        "ill_request_create",
        {
            "patron": "21189004412",
            "isbn": "978-3-030-11872-4",
            "service": "copy",
            "pages": "1-412",
            "format": "PDF",
        },
        "ERROR 422 request refused: whole-work copy not permitted under copyright policy CP-3 (limit: one chapter or 10% of the work) req={id}",
    ),
    "reword": {
        "tool": "ill_request_create",
        "key": "citation_note",
        "args": {"patron": "21189004412", "isbn": "978-3-030-11872-4", "service": "copy"},
        "texts": [
            "Chapter 7, Karst spring hydrographs",
            "Please supply ch. 7 ('Karst spring hydrographs'), pp. 211-248",
            "Need chapter seven only - Karst spring hydrographs, pages 211 to 248",
            "Requesting a scan of chapter 7 (pp. 211-248): Karst spring hydrographs",
        ],
        "obs": "ERROR 422 missing required field 'chapter_pages' for copy requests (structured page range, e.g. '211-248'); citation_note is free text and is not parsed req={id}",
    },
    "plan_para": [
        "Next I'll place the chapter 7 copy request with TXA, CUY and IUL as lenders.",
        "Then the request itself: chapter 7, copy, lender string TXA, CUY, IUL.",
        "After that I'll submit the copy request for chapter 7 to TXA first, then CUY and IUL.",
        "So the next thing is to place the chapter 7 copy request with those three lenders.",
    ],
    "page": {
        "task": "List every borrowing item that is overdue to its lender so we can send reminders today.",
        "first": "I'll page through the overdue borrowing list.",
        "tool": "ill_borrowing_list",
        "args": {"status": "overdue", "limit": 25},
        "cursor": "offset",
        "pages": [
            (
                0,
                "total=61 offset=0 items=25 [ILL-37710 due 2026-11-02 lender CUY, ILL-37944 due 2026-11-05 lender NRC, ...] req={id}",
                "61 overdue in all; first 25 are mostly CUY and NRC loans.",
            ),
            (
                25,
                "total=61 offset=25 items=25 [ILL-38820 due 2026-11-18 lender IUL, ILL-38901 due 2026-11-19 lender TXA, ...] req={id}",
                "Items 26-50, due mid-November.",
            ),
            (
                50,
                "total=61 offset=50 items=11 [ILL-39977 due 2026-12-01 lender MNU, ... ILL-40102 due 2026-12-08 lender TXA] req={id}",
                "Last 11, the newest overdue from 1-8 December.",
            ),
        ],
        "final": "All 61 overdue items listed across three pages: 19 CUY, 14 NRC, 11 IUL, 10 TXA, 7 others. Ready for reminders.",
    },
    "fix": {
        "task": "Place the copy request for chapter 7 (pp. 211-248) of ISBN 978-3-030-11872-4 for patron 21189004412, needed by Friday 12 December.",
        "first": "Placing the chapter request now.",
        "bad": (
            "ill_request_create",
            {
                "patron": "21189004412",
                "isbn": "978-3-030-11872-4",
                "service": "copy",
                "chapter_pages": "211-248",
                "needed_by": "12/12/2026",
            },
            "ERROR 400 needed_by: invalid date '12/12/2026', expected YYYY-MM-DD req={id}",
        ),
        "diag": "The date needs ISO format. Resending with 2026-12-12.",
        "good": (
            "ill_request_create",
            {
                "patron": "21189004412",
                "isbn": "978-3-030-11872-4",
                "service": "copy",
                "chapter_pages": "211-248",
                "needed_by": "2026-12-12",
            },
            "created request=ILL-40231 status=submitted lenders=[TXA, CUY, IUL] req={id}",
        ),
        "note": "Created ILL-40231, routed to TXA first.",
        "next": (
            "patron_notify",
            {"barcode": "21189004412", "template": "ill_placed", "request": "ILL-40231"},
            "email queued to i.varga@uni.example template=ill_placed req={id}",
        ),
        "final": "ILL-40231 is placed for chapter 7 and Dr. Varga has been emailed. TXA usually fills within 1.4 days.",
    },
    "docs": {
        "task": "Summarise the lending policies of our four candidate lenders (TXA, CUY, IUL, NRC) for the ILL team wiki.",
        "first": "I'll read each lender's policy record in turn.",
        "list": (
            "lender_directory",
            {"symbols": ["TXA", "CUY", "IUL", "NRC"]},
            "found=4 [TXA, CUY, IUL, NRC] policies_updated=[2026-09, 2026-01, 2025-11, 2026-06] req={id}",
        ),
        "list_note": "All four have policy records. Starting with TXA.",
        "tool": "lender_policy",
        "key": "symbol",
        "args": {},
        "items": [
            (
                "TXA",
                "TXA: copies yes (Article Exchange, 24-48h), loans yes (6 weeks, 1 renewal), fee 0 for RapidILL members, no ebooks req={id}",
                "TXA: copies through Article Exchange in 24-48h, 6-week loans with one renewal, free for RapidILL members.",
            ),
            (
                "CUY",
                "CUY: copies yes (48-72h), loans yes (4 weeks, no renewal), fee USD 15 per item outside reciprocal group, ebook chapters yes req={id}",
                "CUY: copies in 48-72h, 4-week loans without renewal, USD 15 outside the reciprocal group, will scan ebook chapters.",
            ),
            (
                "IUL",
                "IUL: copies yes (same day if before 11:00 CT), loans no for items < 5 yrs old, fee 0 (Big Ten reciprocal) req={id}",
                "IUL: same-day copies for morning requests, no loans of items under five years old, free under the reciprocal.",
            ),
            (
                "NRC",
                "NRC: copies no, loans yes (8 weeks, 2 renewals), fee USD 25, ships UPS ground req={id}",
                "NRC: loans only, 8 weeks with two renewals, USD 25, ships by ground.",
            ),
        ],
        "final": "All four summarised. For chapter requests IUL (mornings) and TXA are the best; NRC is for loans only.",
    },
    "poll": {
        "task": "Run OCR on the scan TXA sent for ILL-40231 so it's accessible, then deliver it to Dr. Varga.",
        "first": "I'll submit the scan for OCR.",
        "submit": (
            "ocr_submit",
            {"file": "ILL-40231_TXA.pdf", "lang": "eng"},
            "job=OCR-11820 status=queued pages=38 req={id}",
        ),
        "submit_note": "OCR job OCR-11820 queued, 38 pages.",
        "status": ("ocr_status", {"job": "OCR-11820"}),
        "states": [
            ("job=OCR-11820 status=queued ahead=3 at={t}", "Queued, three ahead of it."),
            ("job=OCR-11820 status=running pages_done=12/38 at={t}", "Running: 12 of 38 pages."),
            ("job=OCR-11820 status=running pages_done=31/38 at={t}", "31 of 38."),
            (
                "job=OCR-11820 status=done pages_done=38/38 output=ILL-40231_TXA_ocr.pdf at={t}",
                "OCR finished.",
            ),
        ],
        "result": (
            "ill_deliver",
            {"request": "ILL-40231", "file": "ILL-40231_TXA_ocr.pdf"},
            "delivered to patron 21189004412 via portal; expires 2027-01-09 req={id}",
        ),
        "final": "The OCR'd chapter is delivered to Dr. Varga's portal; the link expires 9 January.",
    },
    "batch": {
        "task": "Renew these five borrowing loans before they fall due: ILL-38820, ILL-38901, ILL-39112, ILL-39340, ILL-39502.",
        "first": "I'll send a renewal request for each.",
        "tool": "ill_renew",
        "key": "request",
        "args": {"weeks": 4},
        "items": [
            (
                "ILL-38820",
                "ILL-38820 lender=IUL renewal=approved new_due=2027-01-06 req={id}",
                "ILL-38820 renewed to 6 January.",
            ),
            (
                "ILL-38901",
                "ILL-38901 lender=TXA renewal=approved new_due=2027-01-07 req={id}",
                "ILL-38901 renewed to 7 January.",
            ),
            (
                "ILL-39112",
                "ILL-39112 lender=CUY renewal=denied reason='no renewals on loans' due=2026-12-15 req={id}",
                "ILL-39112 denied - CUY doesn't renew; it must go back by 15 December.",
            ),
            (
                "ILL-39340",
                "ILL-39340 lender=NRC renewal=approved new_due=2027-01-20 req={id}",
                "ILL-39340 renewed to 20 January.",
            ),
            (
                "ILL-39502",
                "ILL-39502 lender=MNU renewal=pending (lender reviews manually) req={id}",
                "ILL-39502 is pending a manual decision at MNU.",
            ),
        ],
        "final": "Three renewed, one pending at MNU, and ILL-39112 has to be returned to CUY by 15 December - I'll flag that to the patron.",
    },
    "refine": {
        "task": "Find a library that can supply an electronic copy of chapter 7 of the 2019 Springer karst aquifer modelling book within two days.",
        "first": "I'll search WorldCat and narrow the lenders down.",
        "tool": "worldcat_search",
        "args": {"limit": 10},
        "steps": [
            (
                {"q": "karst aquifer modelling"},
                "hits=148 [ocn1089923411 Springer 2019, ocn0951120473 CRC 2016, ocn1203349811 Wiley 2021, ...] took={ms}ms",
                "148 hits across several books. Adding publisher and year.",
            ),
            (
                {"q": "karst aquifer modelling", "publisher": "Springer", "year": 2019},
                "hits=2 [ocn1089923411 print holders=212, ocn1090011873 ebook holders=88] took={ms}ms",
                "Two records, print and ebook. Restricting to lenders that supply copies.",
            ),
            (
                {
                    "q": "karst aquifer modelling",
                    "publisher": "Springer",
                    "year": 2019,
                    "supplies": "copy",
                },
                "hits=2 lenders_copy=9 [TXA 1.4d, IUL 1.9d, CUY 2.1d, ...] took={ms}ms",
                "Nine copy lenders. Filtering to two-day turnaround.",
            ),
            (
                {
                    "q": "karst aquifer modelling",
                    "publisher": "Springer",
                    "year": 2019,
                    "supplies": "copy",
                    "max_days": 2,
                },
                "hits=1 lenders_copy=2 [TXA 1.4d, IUL 1.9d] took={ms}ms",
                "Two lenders meet two days: TXA and IUL.",
            ),
        ],
        "open": (
            "lender_policy",
            {"symbol": "TXA"},
            "TXA: copies yes (Article Exchange, 24-48h), fee 0 for RapidILL members req={id}",
        ),
        "final": "TXA (1.4 days, free for us via RapidILL) is the first choice, IUL the backup.",
    },
    "edits": {
        "task": "The nightly job that imports ILL records into the library analytics warehouse fails its tests after the TIPASA field rename. Fix the mapping until the tests pass.",
        "first": "I'll run the import tests to see what fails.",
        "test": ("run_tests", {"path": "ill_import/tests", "args": "-q"}),
        "first_obs": "collected 42 items; 5 failed: test_map_status, test_map_lender, test_due_date, test_patron_type, test_service_type (KeyError: 'lendingString') ... exit=1 {ms}ms",
        "first_note": "Five failures, all KeyErrors on the old TIPASA field names.",
        "rounds": [
            (
                (
                    "file_edit",
                    {
                        "path": "ill_import/mapping.py",
                        "replace": "'lendingString'",
                        "with": "'lenderString'",
                    },
                    "1 replacement in ill_import/mapping.py",
                ),
                "collected 42 items; 2 failed: test_due_date (KeyError: 'dueDate'), test_patron_type (AssertionError: 'FAC' != 'faculty') exit=1 {ms}ms",
                "Down to two: the due date key and patron type codes.",
            ),
            (
                (
                    "file_edit",
                    {
                        "path": "ill_import/mapping.py",
                        "replace": "'dueDate'",
                        "with": "'dueDateTime'",
                    },
                    "1 replacement in ill_import/mapping.py",
                ),
                "collected 42 items; 1 failed: test_patron_type (AssertionError: 'FAC' != 'faculty') exit=1 {ms}ms",
                "One left: patron type codes are now abbreviated.",
            ),
            (
                (
                    "file_edit",
                    {
                        "path": "ill_import/mapping.py",
                        "insert_after": "PATRON_TYPES = {",
                        "text": "'FAC': 'faculty', 'GRD': 'graduate', 'UGR': 'undergraduate',",
                    },
                    "inserted 1 line in ill_import/mapping.py",
                ),
                "collected 42 items; 42 passed exit=0 {ms}ms",
                "All 42 pass.",
            ),
        ],
    },
    "recheck": {
        "task": "Has TXA shipped the chapter for ILL-40231 yet?",
        "first": "Checking the request status.",
        "check": ("ill_request_status", {"request": "ILL-40231"}),
        "before": "request=ILL-40231 lender=TXA status=in_process since=2026-12-10T09:12 article_exchange=null checked={t} req={id}",
        "answer1": "Not yet - TXA has it in process since 09:12 and nothing is on Article Exchange.",
        "user": "TXA just emailed me to say they've uploaded it. Can you look again?",
        "reply": "Re-checking ILL-40231.",
        "after": "request=ILL-40231 lender=TXA status=shipped at=2026-12-10T11:47 article_exchange=AE-7781Q pages=38 checked={t} req={id}",
        "answer2": "It's shipped now: Article Exchange AE-7781Q, 38 pages.",
        "follow": (
            "article_exchange_fetch",
            {"code": "AE-7781Q"},
            "downloaded ILL-40231_TXA.pdf size_kb=6120 pages=38 req={id}",
        ),
        "final": "Downloaded the 38-page scan; it's ready for OCR and delivery.",
        "thanks": "Perfect.",
        "thanks_reply": "I'll send it on to Dr. Varga once OCR is done.",
    },
    "flaky": {
        "task": "Download the TXA scan for ILL-40231 from Article Exchange.",
        "first": "Fetching it from Article Exchange.",
        "call": ("article_exchange_fetch", {"code": "AE-7781Q"}),
        "err": "ERROR 504 Gateway Timeout (article-exchange.oclc.org) after 30000ms trace={id}",
        "note": "A gateway timeout on OCLC's side - transient. I'll retry.",
        "ok": "downloaded ILL-40231_TXA.pdf size_kb=6120 pages=38 sha1={id} req={id}",
        "ok_note": "Downloaded, 38 pages.",
        "next": (
            "ill_request_update",
            {"request": "ILL-40231", "status": "received"},
            "request=ILL-40231 status=received at={t} req={id}",
        ),
        "final": "Scan downloaded and ILL-40231 marked received.",
    },
    "updates": {
        "task": "Cancel all unfilled borrowing requests older than 60 days (there should be about 120) and keep me updated as you go.",
        "first": "I'll cancel them in batches of 30 and report after each.",
        "tool": "ill_bulk_cancel",
        "key": "batch",
        "args": {"filter": "status=unfilled AND age_days>60", "size": 30},
        "chunks": [
            (1, "batch=1 cancelled=30 remaining=94 req={id}", "Update: 30 cancelled, 94 to go."),
            (
                2,
                "batch=2 cancelled=30 remaining=64 req={id}",
                "Update: 60 cancelled, 64 remaining.",
            ),
            (
                3,
                "batch=3 cancelled=29 skipped=1 (ILL-36120 has a lender response) remaining=34 req={id}",
                "Update: 89 cancelled, one skipped because the lender replied; 34 left.",
            ),
            (4, "batch=4 cancelled=30 remaining=4 req={id}", "Update: 119 cancelled, 4 left."),
        ],
        "close": (
            "ill_bulk_cancel",
            {"filter": "status=unfilled AND age_days>60", "size": 30, "batch": 5},
            "batch=5 cancelled=4 remaining=0 req={id}",
        ),
        "final": "Done: 123 stale requests cancelled; ILL-36120 kept because its lender responded.",
    },
    "sources": {
        "task": "ILLiad and TIPASA disagree on several December requests. Reconcile ILL-40102, ILL-40188 and ILL-40231.",
        "first": "I'll read both systems and compare each request.",
        "reads": [
            (
                "illiad_requests",
                {"ids": ["ILL-40102", "ILL-40188", "ILL-40231"]},
                "ILL-40102 status=received; ILL-40188 status=awaiting_lender; ILL-40231 status=in_process req={id}",
                "ILLiad: 40102 received, 40188 awaiting a lender, 40231 in process.",
            ),
            (
                "tipasa_requests",
                {"ids": ["ILL-40102", "ILL-40188", "ILL-40231"]},
                "ILL-40102 status=returned 2026-12-09; ILL-40188 status=cancelled (no lenders); ILL-40231 status=shipped AE-7781Q req={id}",
                "TIPASA: 40102 already returned, 40188 cancelled for no lenders, 40231 shipped.",
            ),
            (
                "illiad_history",
                {"id": "ILL-40188"},
                "2026-11-28 sent to CUY; 2026-12-02 CUY unfilled; 2026-12-02 sent to NRC; sync_error='NRC not in ILLiad lender table' req={id}",
                "ILLiad never learned NRC's answer - NRC isn't in its lender table.",
            ),
            (
                "tipasa_history",
                {"id": "ILL-40102"},
                "2026-11-30 received; 2026-12-09 returned via UPS 1Z88A; checked_in_by=lender req={id}",
                "40102 went back on 9 December; ILLiad missed the return.",
            ),
        ],
        "write": (
            "illiad_update",
            {
                "updates": {
                    "ILL-40102": "returned",
                    "ILL-40188": "cancelled",
                    "ILL-40231": "shipped",
                }
            },
            "updated=3 req={id}",
        ),
        "final": "Reconciled all three to TIPASA's state. NRC should be added to ILLiad's lender table so this stops recurring.",
    },
    "plan": {
        "task": "Set up the new reciprocal lending agreement with Midwest Northern University (symbol MNU).",
        "first": "I'll set up MNU in our systems.",
        "announce": "Plan: 1) add MNU to the lender directory, 2) add them to our custom holdings group, 3) set the reciprocal fee to zero, 4) send a test request.",
        "steps": [
            (
                "lender_directory_add",
                {
                    "symbol": "MNU",
                    "name": "Midwest Northern University",
                    "contact": "ill@mnu.example",
                },
                "added lender MNU req={id}",
                "Step 1 done: MNU added to the directory.",
            ),
            (
                "custom_holdings_add",
                {"group": "Preferred-Fast", "symbol": "MNU", "rank": 4},
                "group Preferred-Fast members=5 [TXA, IUL, CUY, MNU, NRC] req={id}",
                "Step 2 done: MNU is rank 4 in Preferred-Fast.",
            ),
            (
                "lender_fee_set",
                {"symbol": "MNU", "fee": 0, "basis": "reciprocal"},
                "fee MNU=0.00 basis=reciprocal req={id}",
                "Step 3 done: reciprocal, no fee.",
            ),
            (
                "ill_test_request",
                {"lender": "MNU", "type": "copy"},
                "test request TEST-881 sent to MNU status=received_by_lender req={id}",
                "Step 4 done: the test request reached MNU.",
            ),
        ],
        "final": "MNU is fully set up: in the directory, in Preferred-Fast, fee-free, and a test request went through.",
    },
}
D_SUBSEA: Dom = {
    "domain": "subsea_cable_repair",
    "start": (6, 40),
    "task": "Segment S3 of the EAX-2 cable (Marseille MRS - Alexandria ALX) has had a shunt fault since 02:14 UTC. Localise the fault from the COTDR traces, check repair-ship availability under the MECMA maintenance agreement, and draft a repair plan. Do not reroute customer traffic yourself - that's the capacity team's decision.",
    "first": "I'll start with the active alarms on EAX-2 S3.",
    "work": "the fault localisation",
    "pings": [
        ("Duty manager: where are we on the S3 fault?", "Not finished yet."),
        ("The capacity team wants an ETA for the plan.", "Still working."),
        ("Anything for the 10:00 call?", "Not yet."),
    ],
    "look": [
        (
            "alarm_list",
            {"cable": "EAX-2", "segment": "S3"},
            "alarms=3 [02:14:07 MRS PFE current step +0.21A (CRIT), 02:14:09 ALX PFE voltage drop -1.1kV (CRIT), 02:15:30 FP2/FP3 OSNR degraded R31-R33 (MAJ)] open=3 polled={t} q={id}",
            "Three open alarms: current and voltage steps at both PFEs at 02:14 and OSNR degradation between repeaters R31 and R33 - a classic shunt.",
            "the alarm list",
        ),
        (
            "pfe_status",
            {"station": "MRS", "cable": "EAX-2"},
            "station=MRS mode=double_end voltage=-9.82kV current=1.05A earth_ref=ok virtual_earth_km=408.9 sampled={t} q={id}",
            "MRS is feeding -9.82 kV at 1.05 A; the virtual earth has moved to about 409 km from Marseille.",
            "the MRS power feed",
        ),
        (
            "cotdr_trace",
            {"segment": "S3", "fibre_pair": 2},
            "segment=S3 fp=2 from=MRS span_km=[398.0,430.0] event='loss step 1.8dB + backscatter change' at_km=412.6 +/-0.4 repeater_before=R32 (410.1 km) acquired=02:41 served={t} q={id}",
            "COTDR on pair 2 puts the event at 412.6 km (+/-0.4), 2.5 km past repeater R32.",
            "the COTDR trace",
        ),
        (
            "ship_schedule",
            {"agreement": "MECMA", "from": "2026-12-10"},
            "ships=[CS Marisol @Catania status=standby mob_h=24 transit_to_S3_h=31; CS Aurelia @Brest status=on_job until 2026-12-19] q={id} t={ms}ms",
            "CS Marisol is on standby in Catania: 24 h to mobilise and 31 h transit.",
            "the MECMA ship schedule",
        ),
    ],
    "search": {
        "tool": "maintenance_db_search",
        "key": "query",
        "args": {"cable": "EAX-2"},
        "para": [
            "S3 shunt fault history",
            "history of shunt faults on segment S3",
            "previous S3 shunt faults",
            "segment S3 past shunt fault records",
        ],
        "obs": "records=2 [INC-2019-044 S3 shunt at 388.2km trawler damage repaired by CS Marisol 9 days; INC-2023-117 S3 shunt at 415.0km anchor drag repaired 12 days] took={ms}ms id={id}",
        "note": "Two earlier S3 shunts: 2019 trawler damage at 388 km (9 days) and 2023 anchor drag at 415 km (12 days).",
    },
    "reply_para": [
        "I'll look at the COTDR trace once more before committing to a position.",
        "Let me go over the COTDR result again before I write the position down.",
        "I want to check the fault location on the trace one more time.",
        "Before I put a kilometre figure in the plan, I'll review that trace again.",
        "Let me re-examine the COTDR event once more.",
    ],
    "nudge": {
        "answers": [
            "The fault is in the deep-water stretch after repeater R32, between R32 and R33, which matches where the OSNR degradation starts.",
            "It sits beyond R32, in the section towards R33 - the same place the OSNR alarms point to.",
            "Based on the traces it's in the R32-R33 span in deep water, consistent with the OSNR degradation.",
            "Again, it's between R32 and R33, past the first of those repeaters, where the optical alarms begin.",
        ],
        "push": [
            "I asked for a distance from Marseille in km.",
            "How many kilometres from MRS?",
            "A number in km, please, not a repeater span.",
        ],
    },
    "ab": {
        "A": (
            "repair_plan_set",
            {"plan": "RP-EAX2-S3-1210", "approach": "from_MRS"},
            "plan=RP-EAX2-S3-1210 approach=from_MRS transit_h=31 grapnel_runs_est=2 spare_cable_km=6 updated={t} q={id}",
        ),
        "B": (
            "repair_plan_set",
            {"plan": "RP-EAX2-S3-1210", "approach": "from_ALX"},
            "plan=RP-EAX2-S3-1210 approach=from_ALX transit_h=38 grapnel_runs_est=1 spare_cable_km=5 updated={t} q={id}",
        ),
        "na": [
            "Approaching from the Marseille end: 31 h transit but probably two grapnel runs. Let me see the Alexandria side.",
            "From MRS again: 31 h, two runs. The ALX approach saves a run though - switching.",
            "MRS approach, same 31 h and two runs. Let me compare with ALX once more.",
        ],
        "nb": [
            "From Alexandria: 38 h transit, one grapnel run. The MRS approach is faster to site - switching back.",
            "ALX: still 38 h and one run. Back to MRS to compare the transit.",
            "ALX unchanged at 38 h. Setting it to MRS again.",
        ],
    },
    "fail": (
        "ship_booking_request",
        {"agreement": "MECMA", "ship": "CS Marisol", "segment": "S3", "priority": "P1"},
        "ERROR 409 ship calendar locked by another transaction (lock_owner=mecma-ops, since 06:58Z) booking not created q={id} at={t}",
    ),
    "fail_intro": "I'll put in the P1 booking request for CS Marisol.",
    "perm": (
        "traffic_reroute",
        {"circuits": "EAX2-S3-ALL", "via": "MedNautilus-W", "window": "now"},
        "ERROR 403 reroute of protected circuits requires a capacity-team approval (field approval_ref); role noc_l2 is not authorised q={id}",
    ),
    "reword": {
        "tool": "permit_request",
        "key": "work_description",
        "args": {
            "authority": "EG-Hydrographic",
            "area": "31.61,29.12 r=5nm",
            "start": "2026-12-12",
        },
        "texts": [
            "Subsea cable repair EAX-2 segment S3, cut and splice",
            "Repair of EAX-2 telecom cable at approx 412 km from Marseille",
            "Cable ship CS Marisol to recover and repair EAX-2 S3, grapnel operations",
            "Emergency repair works on the EAX-2 submarine telecoms cable (segment S3)",
        ],
        "obs": "ERROR 422 area rejected: position must be given in degrees-minutes-seconds with datum (WGS84) and radius in metres; request not lodged q={id} at={t}",
    },
    "plan_para": [
        "Next I'll draft the repair plan: CS Marisol from Catania, grapnel at 412.6 km, splice in about 6 km of spare.",
        "Then the plan itself - Marisol out of Catania, recover at 412.6 km, insert roughly 6 km of spare cable.",
        "After that I'll write the repair plan: Marisol mobilises from Catania, cut and hold near 412.6 km, 6 km spare.",
        "So the plan to draft is Marisol from Catania to 412.6 km with around 6 km of spare cable spliced in.",
    ],
    "page": {
        "task": "Export all EAX-2 alarms since the 1 December planned works so we can see whether S3 showed anything before the fault.",
        "first": "I'll page back through the EAX-2 alarm history.",
        "tool": "alarm_history",
        "args": {"cable": "EAX-2", "since": "2026-12-01T00:00Z", "limit": 50},
        "cursor": "before",
        "pages": [
            (
                None,
                "count=50 newest=2026-12-10T02:15Z oldest=2026-12-07T11:02Z [S3 x3 CRIT today, S1 x12 MIN, S2 x35 WARN...] next_before=2026-12-07T11:02Z q={id}",
                "Newest 50 go back to 7 December; apart from today, S3 is quiet.",
            ),
            (
                "2026-12-07T11:02Z",
                "count=50 newest=2026-12-07T10:58Z oldest=2026-12-03T19:40Z [S3 x2 WARN 'OSNR drift R32' 12-05 04:10, 12-06 04:12, S2 x41 WARN, ...] next_before=2026-12-03T19:40Z q={id}",
                "Here's something: two S3 OSNR-drift warnings near R32 on 5 and 6 December, both around 04:10.",
            ),
            (
                "2026-12-03T19:40Z",
                "count=17 newest=2026-12-03T19:31Z oldest=2026-12-01T00:20Z [planned works x15, S3 x0] next_before=null q={id}",
                "Last page: the planned-works alarms, nothing on S3.",
            ),
        ],
        "final": "117 alarms since 1 December. The only S3 precursors are two OSNR-drift warnings near R32 on 5 and 6 December at about 04:10 - worth flagging for the damage investigation.",
    },
    "fix": {
        "task": "Get a COTDR trace of S3 on the fibre pair that carries the Alexandria traffic.",
        "first": "Requesting the COTDR trace.",
        "bad": (
            "cotdr_trace",
            {"segment": "S3", "fibre_pair": 5},
            "ERROR 400 fibre_pair=5 out of range for EAX-2 (pairs 1-4); ALX wavelengths are on fp2 and fp3 q={id}",
        ),
        "diag": "EAX-2 has only four pairs and the Alexandria traffic is on 2 and 3. I'll trace pair 2.",
        "good": (
            "cotdr_trace",
            {"segment": "S3", "fibre_pair": 2},
            "segment=S3 fp=2 event='loss step 1.8dB' at_km=412.6 +/-0.4 repeater_before=R32 q={id}",
        ),
        "note": "Pair 2 shows the event at 412.6 km.",
        "next": (
            "cotdr_trace",
            {"segment": "S3", "fibre_pair": 3},
            "segment=S3 fp=3 event='loss step 1.6dB' at_km=412.8 +/-0.4 q={id}",
        ),
        "final": "Pairs 2 and 3 agree within 0.2 km: the fault is at about 412.6-412.8 km from Marseille.",
    },
    "docs": {
        "task": "Summarise the four repeater health reports for R30-R33 from last quarter for the repair planning pack.",
        "first": "I'll read each repeater report.",
        "list": (
            "report_index",
            {"cable": "EAX-2", "type": "repeater_health", "quarter": "2026Q3"},
            "reports=4 [RH-R30, RH-R31, RH-R32, RH-R33] q={id}",
        ),
        "list_note": "Four reports. Starting with R30.",
        "tool": "report_get",
        "key": "id",
        "args": {},
        "items": [
            (
                "RH-R30",
                "RH-R30 2026Q3: pump current 412mA (nominal 400), gain tilt 0.2dB, loopback ok, no alarms q={id}",
                "R30: healthy, pump current slightly above nominal, loopback fine.",
            ),
            (
                "RH-R31",
                "RH-R31 2026Q3: pump current 398mA, gain tilt 0.1dB, loopback ok, 1 transient alarm 2026-08-02 q={id}",
                "R31: healthy, one transient alarm in August.",
            ),
            (
                "RH-R32",
                "RH-R32 2026Q3: pump current 455mA (+14%), gain tilt 0.6dB, loopback degraded on fp3, recommendation 'monitor' q={id}",
                "R32: pump current 14% high and degraded loopback on pair 3 - the one to watch, and next to the fault.",
            ),
            (
                "RH-R33",
                "RH-R33 2026Q3: pump current 401mA, gain tilt 0.1dB, loopback ok q={id}",
                "R33: healthy.",
            ),
        ],
        "final": "Only R32 was flagged last quarter (high pump current, degraded fp3 loopback). The repair crew should test R32 while the cable is on deck.",
    },
    "poll": {
        "task": "Run a fresh high-resolution COTDR measurement on S3 pair 2 and give me the fault position.",
        "first": "Starting the high-resolution measurement.",
        "submit": (
            "cotdr_measure",
            {"segment": "S3", "fibre_pair": 2, "resolution_m": 50, "averages": 4096},
            "job=CM-2291 status=queued q={id}",
        ),
        "submit_note": "Job CM-2291 queued.",
        "status": ("cotdr_job", {"job": "CM-2291"}),
        "states": [
            (
                "job=CM-2291 status=acquiring averages=512/4096 at={t}",
                "Acquiring, 512 of 4096 averages.",
            ),
            ("job=CM-2291 status=acquiring averages=2048/4096 at={t}", "Half way, 2048 averages."),
            ("job=CM-2291 status=processing at={t}", "Acquisition done, processing."),
            ("job=CM-2291 status=done at={t}", "Finished."),
        ],
        "result": (
            "cotdr_result",
            {"job": "CM-2291"},
            "fault_km=412.71 +/-0.05 loss_db=1.82 reflect=none q={id}",
        ),
        "final": "High-resolution result: fault at 412.71 km (+/-50 m) from MRS, 1.82 dB loss.",
    },
    "batch": {
        "task": "Pull current telemetry for repeaters R30 to R34 on EAX-2.",
        "first": "I'll query each repeater's telemetry.",
        "tool": "repeater_telemetry",
        "key": "repeater",
        "args": {"cable": "EAX-2"},
        "items": [
            ("R30", "R30 pump_mA=411 out_dBm=17.1 temp_C=13.9 status=ok q={id}", "R30 normal."),
            ("R31", "R31 pump_mA=399 out_dBm=17.0 temp_C=13.8 status=ok q={id}", "R31 normal."),
            (
                "R32",
                "R32 pump_mA=488 out_dBm=15.2 temp_C=14.6 status=degraded q={id}",
                "R32 degraded: pump at 488 mA, output down 2 dB.",
            ),
            (
                "R33",
                "R33 pump_mA=0 out_dBm=null status=no_response q={id}",
                "R33 not responding - it's beyond the fault on the power path.",
            ),
            (
                "R34",
                "R34 pump_mA=402 out_dBm=16.9 temp_C=13.7 status=ok (fed from ALX) q={id}",
                "R34 fine, fed from Alexandria.",
            ),
        ],
        "final": "R30, R31 and R34 are normal; R32 is degraded and R33 silent, bracketing the fault at 412.7 km.",
    },
    "refine": {
        "task": "Find the repair record for the last S3 fault in deep water so we can reuse the splice plan.",
        "first": "Searching the maintenance database.",
        "tool": "maintenance_db_search",
        "args": {"cable": "EAX-2"},
        "steps": [
            (
                {"query": "repair"},
                "records=64 [INC-2012-003 ..., INC-2016-021 ..., ..., INC-2025-009 ...] took={ms}ms",
                "64 repair records. Narrowing to S3.",
            ),
            (
                {"query": "repair", "segment": "S3"},
                "records=7 [INC-2014-008 shore end, INC-2017-030 shore end, INC-2019-044 388km, INC-2021-012 shore end, INC-2023-117 415km, ...] took={ms}ms",
                "Seven on S3, several at the shore end. Filtering to depth over 1000 m.",
            ),
            (
                {"query": "repair", "segment": "S3", "min_depth_m": 1000},
                "records=2 [INC-2019-044 388.2km 1420m, INC-2023-117 415.0km 2610m] took={ms}ms",
                "Two deep-water repairs. The 2023 one at 415 km is closest to today's.",
            ),
            (
                {"query": "repair", "segment": "S3", "min_depth_m": 2000},
                "records=1 [INC-2023-117 415.0km 2610m CS Marisol 12 days] took={ms}ms",
                "One match at today's depth: INC-2023-117.",
            ),
        ],
        "open": (
            "incident_get",
            {"id": "INC-2023-117"},
            "INC-2023-117: anchor drag; 2 grapnel runs; final splice 2 x UJ; spare inserted 5.8km; 12 days incl. 3 weather q={id}",
        ),
        "final": "INC-2023-117 is the template: two grapnel runs, two universal joints, 5.8 km of spare, 12 days including 3 lost to weather.",
    },
    "edits": {
        "task": "The splice plan for RP-EAX2-S3-1210 fails the planning validator. Fix it until it validates.",
        "first": "Running the validator.",
        "test": ("splice_plan_validate", {"plan": "RP-EAX2-S3-1210"}),
        "first_obs": "errors=3 [spare_km 4.0 < required 5.6 for depth 2610m, joint_type 'UJ-1' not approved for EAX-2, final_bight missing] q={id}",
        "first_note": "Three errors: too little spare, wrong joint type, no final bight.",
        "rounds": [
            (
                (
                    "splice_plan_edit",
                    {"plan": "RP-EAX2-S3-1210", "set": {"spare_km": 6.0}},
                    "saved rev=2 q={id}",
                ),
                "errors=2 [joint_type 'UJ-1' not approved for EAX-2, final_bight missing] q={id}",
                "Spare fixed; two left.",
            ),
            (
                (
                    "splice_plan_edit",
                    {"plan": "RP-EAX2-S3-1210", "set": {"joint_type": "UJ-4"}},
                    "saved rev=3 q={id}",
                ),
                "errors=1 [final_bight missing] q={id}",
                "Joint type fixed; one left.",
            ),
            (
                (
                    "splice_plan_edit",
                    {
                        "plan": "RP-EAX2-S3-1210",
                        "set": {"final_bight": {"lay_direction": "090", "length_m": 5200}},
                    },
                    "saved rev=4 q={id}",
                ),
                "errors=0 status=valid q={id}",
                "Valid now.",
            ),
        ],
    },
    "recheck": {
        "task": "Is the Alexandria PFE back to normal current?",
        "first": "Checking the ALX power feed.",
        "check": ("pfe_status", {"station": "ALX", "cable": "EAX-2"}),
        "before": "station=ALX mode=double_end voltage=-8.71kV current=0.84A alarm=current_low sampled={t} q={id}",
        "answer1": "Not yet: ALX is at 0.84 A with a current-low alarm.",
        "user": "ALX station just told me they re-balanced the feed. Check again?",
        "reply": "Re-checking ALX.",
        "after": "station=ALX mode=double_end voltage=-9.65kV current=1.05A alarm=none sampled={t} q={id}",
        "answer2": "ALX is now at 1.05 A, -9.65 kV, no alarm.",
        "follow": (
            "pfe_status",
            {"station": "MRS", "cable": "EAX-2"},
            "station=MRS voltage=-9.80kV current=1.05A alarm=none virtual_earth_km=412.5 q={id}",
        ),
        "final": "Both ends now carry 1.05 A and the virtual earth is at 412.5 km, which matches the COTDR fault position.",
        "thanks": "Good, thanks.",
        "thanks_reply": "Both feeds look stable now.",
    },
    "flaky": {
        "task": "Where is CS Marisol right now?",
        "first": "Checking AIS.",
        "call": ("ship_ais_position", {"mmsi": "247401200"}),
        "err": "ERROR timeout: AIS provider did not answer within 10s (provider=sat-ais-2) q={id}",
        "note": "The AIS provider timed out - transient. Retrying.",
        "ok": "mmsi=247401200 name='CS Marisol' pos=37.498N 15.094E sog=0.0 status=moored port=Catania fix={t} q={id}",
        "ok_note": "Marisol is moored in Catania.",
        "next": (
            "ship_schedule",
            {"agreement": "MECMA", "ship": "CS Marisol"},
            "status=standby mob_h=24 q={id}",
        ),
        "final": "CS Marisol is moored in Catania on standby, 24 h to mobilise.",
    },
    "updates": {
        "task": "The repair is done. Bring the 48 S3 wavelengths back into service and keep the capacity team posted.",
        "first": "I'll restore in groups of 12 and post updates.",
        "tool": "wavelength_restore",
        "key": "group",
        "args": {"segment": "S3"},
        "chunks": [
            (
                "G1",
                "group=G1 restored=12/12 ber_ok=12 q={id}",
                "Update for capacity: 12 of 48 wavelengths restored, all clean.",
            ),
            (
                "G2",
                "group=G2 restored=12/12 ber_ok=11 marginal=['fp2-ch31'] q={id}",
                "Update: 24 of 48 up; fp2-ch31 marginal, watching it.",
            ),
            ("G3", "group=G3 restored=12/12 ber_ok=12 q={id}", "Update: 36 of 48 restored."),
            (
                "G4",
                "group=G4 restored=11/12 failed=['fp3-ch07'] q={id}",
                "Update: 47 of 48 up; fp3-ch07 didn't lock.",
            ),
        ],
        "close": (
            "wavelength_restore",
            {"segment": "S3", "channels": ["fp3-ch07"], "retune": True},
            "fp3-ch07 restored after retune ber_ok=1 q={id}",
        ),
        "final": "All 48 S3 wavelengths are back; fp2-ch31 stays under watch.",
    },
    "sources": {
        "task": "The inventory DB and the as-laid route list disagree on repeater positions near the fault. Reconcile R31-R33.",
        "first": "I'll compare the two sources repeater by repeater.",
        "reads": [
            (
                "inventory_db",
                {"cable": "EAX-2", "items": ["R31", "R32", "R33"]},
                "R31 km=396.4; R32 km=410.1; R33 km=424.0 q={id}",
                "Inventory: R31 at 396.4, R32 at 410.1, R33 at 424.0 km.",
            ),
            (
                "rpl_as_laid",
                {"cable": "EAX-2", "from_km": 390, "to_km": 430},
                "R31 km=396.4 depth=2480; R32 km=409.7 depth=2590; R33 km=423.6 depth=2630 (as-laid 2009) q={id}",
                "As-laid RPL agrees for R31 but has R32 and R33 0.4 km earlier.",
            ),
            (
                "inventory_db_history",
                {"cable": "EAX-2", "item": "R32"},
                "2023-10-02 R32 position updated 409.7 -> 410.1 after INC-2023-117 (spare 5.8km inserted before R32) q={id}",
                "Inventory was updated after the 2023 repair inserted spare cable before R32.",
            ),
            (
                "rpl_revisions",
                {"cable": "EAX-2"},
                "revisions=[2009 as-laid, 2019 INC-2019-044] latest=2019 q={id}",
                "The RPL was never revised after 2023, so it's the stale source.",
            ),
        ],
        "write": (
            "rpl_revision_request",
            {
                "cable": "EAX-2",
                "changes": {"R32": 410.1, "R33": 424.0},
                "reason": "INC-2023-117 spare insertion",
            },
            "revision request RR-331 created q={id}",
        ),
        "final": "Inventory is right; the RPL predates the 2023 spare insertion. I've raised RR-331 to correct R32 and R33 in the RPL.",
    },
    "plan": {
        "task": "Prepare MRS station for the repair: set up the shore-end power plan, isolate S3 monitoring and notify the landing party.",
        "first": "I'll prepare Marseille for the repair work.",
        "announce": "Plan: 1) switch MRS to the repair power plan, 2) put S3 monitoring in maintenance, 3) log the permit-to-work, 4) notify the landing party.",
        "steps": [
            (
                "pfe_plan_load",
                {"station": "MRS", "plan": "repair-single-end-ALX"},
                "plan staged; takes effect on shore-earth confirmation q={id}",
                "Step 1 done: repair power plan staged.",
            ),
            (
                "monitoring_mode",
                {"segment": "S3", "mode": "maintenance", "until": "2026-12-24"},
                "S3 alarms suppressed (maintenance) until 2026-12-24 q={id}",
                "Step 2 done: S3 monitoring in maintenance.",
            ),
            (
                "ptw_create",
                {"station": "MRS", "work": "EAX-2 S3 repair", "ship": "CS Marisol"},
                "permit PTW-5520 created status=pending_signature q={id}",
                "Step 3 done: PTW-5520 waiting for signature.",
            ),
            (
                "notify",
                {"group": "mrs-landing-party", "template": "repair_mobilisation"},
                "sent to 6 recipients q={id}",
                "Step 4 done: landing party notified.",
            ),
        ],
        "final": "MRS is prepared: power plan staged, S3 in maintenance, PTW-5520 awaiting signature, landing party informed.",
    },
}
D_BOUNTY: Dom = {
    "domain": "bug_bounty_triage",
    "start": (14, 5),
    "task": "Triage bug bounty report BB-21877 from researcher kestrel_sec: they claim an IDOR on GET /api/v2/invoices/{id} in billing-api that lets any logged-in user read other tenants' invoices. Reproduce it on staging, check for duplicates, rate it with CVSS 3.1 and draft our response. Don't touch production data and don't award bounty amounts yourself.",
    "first": "I'll read the report first.",
    "work": "the BB-21877 triage",
    "pings": [
        ("Security lead here - is BB-21877 real?", "Not confirmed yet."),
        ("The researcher is asking for an update on the platform.", "Still triaging."),
        ("Need the severity for the weekly sync in 20 min.", "Not yet."),
    ],
    "look": [
        (
            "bounty_report_get",
            {"report": "BB-21877"},
            "report=BB-21877 researcher=kestrel_sec asset=billing-api title='IDOR: cross-tenant invoice read via /api/v2/invoices/{id}' submitted=2026-12-09T21:40Z steps=4 poc='curl with tenant B token, invoice id from tenant A' state=new fetched={t} rid={id}",
            "Clear PoC: a tenant B token reading a tenant A invoice by id.",
            "the report",
        ),
        (
            "asset_info",
            {"asset": "billing-api"},
            "asset=billing-api owner=team-billing tier=1 data_class=confidential(PII,financial) in_scope=true max_bounty_usd=5000 rid={id} {ms}ms",
            "billing-api is tier 1, handles PII and financial data, in scope.",
            "the asset record",
        ),
        (
            "staging_request",
            {"method": "GET", "path": "/api/v2/invoices/inv_7Q2a91", "as": "staging_tenant_b_user"},
            'HTTP 200 {"id":"inv_7Q2a91","tenant":"staging_tenant_a","amount":"1240.00","customer_email":"ap@tenant-a.test"} x-request-id={id} took={ms}ms',
            "Reproduced on staging: tenant B's user gets tenant A's invoice, including the customer email.",
            "the staging reproduction",
        ),
        (
            "report_search",
            {"asset": "billing-api", "weakness": "IDOR", "state": "any"},
            "reports=2 [BB-17730 'IDOR on /api/v1/receipts' resolved 2025-04-02; BB-20015 'invoice enumeration' closed informative 2026-07-11] rid={id}",
            "Two older billing IDOR reports on different endpoints - not duplicates.",
            "the duplicate search",
        ),
    ],
    "search": {
        "tool": "report_search",
        "key": "q",
        "args": {"asset": "billing-api", "state": "any"},
        "para": [
            "invoice IDOR other tenant",
            "IDOR invoices cross-tenant read",
            "cross tenant invoice access idor",
            "reading other tenants' invoices by id",
        ],
        "obs": "reports=2 [BB-17730 'IDOR on /api/v1/receipts' resolved 2025-04-02; BB-20015 'invoice enumeration' closed informative 2026-07-11] took={ms}ms rid={id}",
        "note": "Two hits, neither on /api/v2/invoices.",
    },
    "reply_para": [
        "I'll re-run the staging reproduction once more before I rate it.",
        "Let me confirm the cross-tenant read on staging again.",
        "Before scoring it I want to reproduce it one more time.",
        "I'm going to double-check the staging repro again.",
        "Let me verify the IDOR on staging once more.",
    ],
    "nudge": {
        "answers": [
            "It's a high-severity issue: a logged-in user of one tenant can read another tenant's invoices, including customer contact details.",
            "This is high severity - any authenticated user can pull invoices belonging to other tenants, with customer emails in them.",
            "I'd class it as high: cross-tenant invoice disclosure to any authenticated user, personal data included.",
            "To restate, it's a high-severity cross-tenant data exposure affecting invoices and the customer details on them.",
        ],
        "push": [
            "I asked for the CVSS vector and score.",
            "The vector string and the number, please.",
            "CVSS 3.1 score - what is it?",
        ],
    },
    "ab": {
        "A": (
            "report_state_set",
            {"report": "BB-21877", "state": "triaged"},
            "report=BB-21877 state=triaged notify_researcher=queued at={t} rid={id}",
        ),
        "B": (
            "report_state_set",
            {"report": "BB-21877", "state": "needs_more_info"},
            "report=BB-21877 state=needs_more_info notify_researcher=queued at={t} rid={id}",
        ),
        "na": [
            "Marked triaged. Although the PoC used staging ids - maybe I should ask for production impact evidence first.",
            "Triaged again. But the production question is still open; switching to needs-more-info.",
            "Back to triaged. I keep going back and forth on the production evidence - setting needs-more-info again.",
        ],
        "nb": [
            "Set to needs-more-info. Then again, we've reproduced it ourselves, so it's really triaged.",
            "Needs-more-info. But our own repro is enough - back to triaged.",
            "Needs-more-info once more. Reproduced is reproduced; re-marking triaged.",
        ],
    },
    "fail": (
        "staging_request",
        {"method": "GET", "path": "/api/v2/invoices/inv_7Q2a91/pdf", "as": "staging_tenant_b_user"},
        "ERROR connect ECONNREFUSED 10.40.12.7:8443 (staging-billing) x-request-id={id} at={t}",
    ),
    "fail_intro": "Let me also check whether the PDF rendition of the invoice leaks the same way.",
    "perm": (
        "bounty_award",
        {"report": "BB-21877", "amount": 3000, "currency": "USD"},
        "ERROR 403 awards need two approvals from security-leads; role triage_agent cannot create awards rid={id}",
    ),
    "reword": {
        "tool": "report_comment",
        "key": "body",
        "args": {"report": "BB-21877", "visibility": "researcher"},
        "texts": [
            "Thanks! Reproduced on staging; the same handler serves billing.prod.acme.example, so prod is affected.",
            "We confirmed the issue in staging and expect billing.prod.acme.example to behave the same way.",
            "Confirmed - the bug is present in staging and likely in production (billing.prod.acme.example) too.",
            "Thanks for the report. Reproduced; production at billing.prod.acme.example uses the same code path.",
        ],
        "obs": "ERROR 422 comment blocked by DLP: contains internal production hostname 'billing.prod.acme.example'; redact before posting rid={id}",
    },
    "plan_para": [
        "Next I'll draft the response to kestrel_sec: reproduced, CVSS rating, and handed to team-billing.",
        "Then I'll write the reply to the researcher - confirmed, scored, passed to team-billing.",
        "After this, the researcher response: reproduction confirmed, CVSS score, and the billing team owns the fix.",
        "So the reply to kestrel_sec is next: confirmed, rated, assigned to team-billing.",
    ],
    "page": {
        "task": "Give me every report in the bounty inbox that has been waiting more than 3 days for first response.",
        "first": "I'll page through the open inbox.",
        "tool": "report_list",
        "args": {"state": "new", "sort": "submitted_asc", "per_page": 20},
        "cursor": "cursor",
        "pages": [
            (
                None,
                "reports=20 [BB-21602 age=9d, BB-21611 age=9d, BB-21640 age=8d, ... BB-21744 age=4d] next_cursor=c_MjA rid={id}",
                "First 20, all older than 3 days.",
            ),
            (
                "c_MjA",
                "reports=20 [BB-21750 age=4d, ... BB-21790 age=3d, BB-21801 age=2d, ...] next_cursor=c_NDA rid={id}",
                "The cut-off falls in this page: 12 more over 3 days.",
            ),
            (
                "c_NDA",
                "reports=9 [BB-21850 age=1d, ... BB-21877 age=0d] next_cursor=null rid={id}",
                "Last page, all newer than 3 days.",
            ),
        ],
        "final": "32 reports have waited more than 3 days for a first response, the oldest BB-21602 at 9 days.",
    },
    "fix": {
        "task": "Compute the CVSS 3.1 score for BB-21877 (network, low complexity, low privileges, no interaction, confidentiality high).",
        "first": "Computing the score.",
        "bad": (
            "cvss_calc",
            {"version": "3.1", "vector": "AV:N/AC:L/PR:L/UI:N/S:U/C:H"},
            "ERROR 400 incomplete vector: missing metrics I, A rid={id}",
        ),
        "diag": "Integrity and availability are missing from the vector; both are None here.",
        "good": (
            "cvss_calc",
            {"version": "3.1", "vector": "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N"},
            "score=6.5 severity=medium rid={id}",
        ),
        "note": "6.5, medium.",
        "next": (
            "report_field_set",
            {"report": "BB-21877", "cvss": "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N"},
            "report=BB-21877 cvss=6.5 severity=medium rid={id}",
        ),
        "final": "BB-21877 is scored CVSS 6.5 (medium) and the vector is on the report.",
    },
    "docs": {
        "task": "Summarise the four past billing-api reports so the new triager has context.",
        "first": "I'll read each one.",
        "list": (
            "report_search",
            {"asset": "billing-api", "state": "closed"},
            "reports=4 [BB-15520, BB-17730, BB-19004, BB-20015] rid={id}",
        ),
        "list_note": "Four closed reports.",
        "tool": "bounty_report_get",
        "key": "report",
        "args": {},
        "items": [
            (
                "BB-15520",
                "BB-15520 'Stored XSS in invoice memo' resolved 2024-09 bounty=1500 cvss=5.4 rid={id}",
                "BB-15520: stored XSS in invoice memos, fixed 2024, $1,500.",
            ),
            (
                "BB-17730",
                "BB-17730 'IDOR on /api/v1/receipts' resolved 2025-04 bounty=2500 cvss=6.5 rid={id}",
                "BB-17730: IDOR on v1 receipts, fixed April 2025, $2,500.",
            ),
            (
                "BB-19004",
                "BB-19004 'Rate limit bypass on coupon redeem' resolved 2025-12 bounty=500 cvss=3.7 rid={id}",
                "BB-19004: coupon rate-limit bypass, low, $500.",
            ),
            (
                "BB-20015",
                "BB-20015 'Invoice ID enumeration' closed informative 2026-07 note='ids are random; no access without authz' rid={id}",
                "BB-20015: invoice id enumeration, closed informative because ids were random and authorised.",
            ),
        ],
        "final": "Context: billing-api has had one earlier IDOR (v1 receipts, $2,500 at CVSS 6.5) - a natural precedent for BB-21877.",
    },
    "poll": {
        "task": "Run the tenant-isolation DAST scan against staging billing-api and tell me what it finds.",
        "first": "Kicking off the scan.",
        "submit": (
            "dast_scan_start",
            {"target": "staging-billing", "profile": "tenant-isolation"},
            "scan=DS-8802 status=queued rid={id}",
        ),
        "submit_note": "DS-8802 queued.",
        "status": ("dast_scan_status", {"scan": "DS-8802"}),
        "states": [
            (
                "scan=DS-8802 status=running endpoints_done=14/212 at={t}",
                "Running, 14 of 212 endpoints.",
            ),
            (
                "scan=DS-8802 status=running endpoints_done=120/212 findings=2 at={t}",
                "120 of 212, two findings so far.",
            ),
            (
                "scan=DS-8802 status=running endpoints_done=198/212 findings=3 at={t}",
                "198 of 212, three findings.",
            ),
            (
                "scan=DS-8802 status=completed endpoints_done=212/212 findings=3 at={t}",
                "Completed.",
            ),
        ],
        "result": (
            "dast_scan_findings",
            {"scan": "DS-8802"},
            "findings=[GET /api/v2/invoices/{id} cross-tenant HIGH, GET /api/v2/invoices/{id}/pdf cross-tenant HIGH, GET /api/v2/credit-notes/{id} cross-tenant MEDIUM] rid={id}",
        ),
        "final": "Three cross-tenant findings: the reported invoice endpoint, its PDF variant, and credit notes. The last two aren't in the report - I'll add them to the internal ticket.",
    },
    "batch": {
        "task": "Check the first-response SLA for these five reports: BB-21602, BB-21611, BB-21640, BB-21701, BB-21744.",
        "first": "Looking at each report's SLA.",
        "tool": "report_sla",
        "key": "report",
        "args": {},
        "items": [
            (
                "BB-21602",
                "BB-21602 first_response_due=2026-12-04 status=breached by=6d rid={id}",
                "BB-21602 breached by six days.",
            ),
            (
                "BB-21611",
                "BB-21611 first_response_due=2026-12-04 status=responded 2026-12-03 rid={id}",
                "BB-21611 answered in time.",
            ),
            (
                "BB-21640",
                "BB-21640 first_response_due=2026-12-05 status=breached by=5d rid={id}",
                "BB-21640 breached by five days.",
            ),
            (
                "BB-21701",
                "BB-21701 first_response_due=2026-12-08 status=breached by=2d rid={id}",
                "BB-21701 breached by two days.",
            ),
            (
                "BB-21744",
                "BB-21744 first_response_due=2026-12-11 status=due_in=1d rid={id}",
                "BB-21744 due tomorrow.",
            ),
        ],
        "final": "Three breached (BB-21602, BB-21640, BB-21701), one answered, BB-21744 due tomorrow.",
    },
    "refine": {
        "task": "Find the handler in billing-api that serves GET /api/v2/invoices/{id}.",
        "first": "Searching the code.",
        "tool": "code_search",
        "args": {"repo": "acme/billing-api"},
        "steps": [
            (
                {"q": "invoices"},
                "matches=311 files=58 [models/invoice.py, api/v1/invoices.py, api/v2/invoices.py, tests/...] took={ms}ms",
                "311 matches. Restricting to the v2 API.",
            ),
            (
                {"q": "invoices", "path": "api/v2/"},
                "matches=24 files=4 [api/v2/invoices.py, api/v2/credit_notes.py, api/v2/router.py, api/v2/schemas.py] took={ms}ms",
                "Four files. Looking for the GET by id route.",
            ),
            (
                {"q": '@router.get("/invoices/{invoice_id}"', "path": "api/v2/"},
                "matches=2 [api/v2/invoices.py:88 get_invoice, api/v2/invoices.py:131 get_invoice_pdf] took={ms}ms",
                "Two routes: get_invoice and get_invoice_pdf.",
            ),
            (
                {"q": "def get_invoice(", "path": "api/v2/invoices.py"},
                "matches=1 [api/v2/invoices.py:89] took={ms}ms",
                "There it is, line 89.",
            ),
        ],
        "open": (
            "code_read",
            {"repo": "acme/billing-api", "path": "api/v2/invoices.py", "lines": "88-104"},
            "88 @router.get('/invoices/{invoice_id}')\n89 def get_invoice(invoice_id: str, user=Depends(current_user)):\n90     inv = Invoice.get(invoice_id)  # no tenant filter\n91     ...\n",
        ),
        "final": "get_invoice at api/v2/invoices.py:89 loads the invoice without a tenant filter - that's the bug.",
    },
    "edits": {
        "task": "Write regression tests for the cross-tenant invoice fix in billing-api and get them passing against the patched branch.",
        "first": "Running the new test file first.",
        "test": ("run_tests", {"path": "tests/test_tenant_isolation.py"}),
        "first_obs": "collected 6 items; 4 failed: test_invoice_cross_tenant_404, test_pdf_cross_tenant_404, test_credit_note_cross_tenant_404, test_same_tenant_ok (fixture 'tenant_b_client' not found) exit=1 {ms}ms",
        "first_note": "Four failures, one of them a missing fixture.",
        "rounds": [
            (
                (
                    "file_edit",
                    {
                        "path": "tests/conftest.py",
                        "append": "@pytest.fixture\ndef tenant_b_client(app): return app.test_client(tenant='b')",
                    },
                    "appended 2 lines",
                ),
                "collected 6 items; 2 failed: test_pdf_cross_tenant_404 (200 != 404), test_credit_note_cross_tenant_404 (200 != 404) exit=1 {ms}ms",
                "Two left: the PDF and credit-note routes still leak.",
            ),
            (
                (
                    "file_edit",
                    {
                        "path": "api/v2/invoices.py",
                        "replace": "Invoice.get(invoice_id)",
                        "with": "Invoice.get_for_tenant(invoice_id, user.tenant_id)",
                        "count": 2,
                    },
                    "2 replacements",
                ),
                "collected 6 items; 1 failed: test_credit_note_cross_tenant_404 (200 != 404) exit=1 {ms}ms",
                "PDF fixed. Credit notes remain.",
            ),
            (
                (
                    "file_edit",
                    {
                        "path": "api/v2/credit_notes.py",
                        "replace": "CreditNote.get(note_id)",
                        "with": "CreditNote.get_for_tenant(note_id, user.tenant_id)",
                    },
                    "1 replacement",
                ),
                "collected 6 items; 6 passed exit=0 {ms}ms",
                "All six pass.",
            ),
        ],
    },
    "recheck": {
        "task": "Is the IDOR still reproducible on staging?",
        "first": "Re-running the PoC on staging.",
        "check": (
            "staging_request",
            {"method": "GET", "path": "/api/v2/invoices/inv_7Q2a91", "as": "staging_tenant_b_user"},
        ),
        "before": 'HTTP 200 {"id":"inv_7Q2a91","tenant":"staging_tenant_a","amount":"1240.00"} x-request-id={id} took={ms}ms',
        "answer1": "Yes, still reproducible - 200 with tenant A's invoice.",
        "user": "Billing just deployed the fix to staging (build 4471). Can you try again?",
        "reply": "Trying the PoC again against build 4471.",
        "after": 'HTTP 404 {"error":"not_found"} x-build=4471 x-request-id={id} took={ms}ms',
        "answer2": "Now it's a 404 - the fix holds for the main endpoint.",
        "follow": (
            "staging_request",
            {
                "method": "GET",
                "path": "/api/v2/invoices/inv_7Q2a91/pdf",
                "as": "staging_tenant_b_user",
            },
            'HTTP 404 {"error":"not_found"} x-build=4471 x-request-id={id}',
        ),
        "final": "The PDF route returns 404 too. Fix verified on staging build 4471.",
        "thanks": "Nice, thanks.",
        "thanks_reply": "I'll note the verification on the report.",
    },
    "flaky": {
        "task": "Open an internal Jira ticket for BB-21877 assigned to team-billing.",
        "first": "Creating the Jira ticket.",
        "call": (
            "jira_create",
            {
                "project": "SEC",
                "summary": "BB-21877 cross-tenant invoice read (billing-api)",
                "assignee_team": "team-billing",
                "priority": "High",
            },
        ),
        "err": "ERROR 503 Service Unavailable (jira) Retry-After: 10 rid={id}",
        "note": "Jira returned a 503 with Retry-After - transient. Retrying.",
        "ok": "created SEC-4410 assignee_team=team-billing priority=High rid={id}",
        "ok_note": "Created SEC-4410.",
        "next": (
            "report_link",
            {"report": "BB-21877", "jira": "SEC-4410"},
            "linked BB-21877 <-> SEC-4410 rid={id}",
        ),
        "final": "SEC-4410 is open for team-billing and linked to BB-21877.",
    },
    "updates": {
        "task": "Re-test all 212 staging endpoints with the tenant-isolation checker after the fix, and post progress in the channel.",
        "first": "Running the checker in four chunks; I'll post as each finishes.",
        "tool": "isolation_check",
        "key": "chunk",
        "args": {"target": "staging-billing", "build": "4471"},
        "chunks": [
            (
                1,
                "chunk=1 endpoints=53 pass=53 fail=0 rid={id}",
                "Progress: 53/212 endpoints checked, 0 leaks.",
            ),
            (
                2,
                "chunk=2 endpoints=53 pass=52 fail=1 [GET /api/v2/credit-notes/{id}] rid={id}",
                "Progress: 106/212 checked, 1 leak (credit notes).",
            ),
            (
                3,
                "chunk=3 endpoints=53 pass=53 fail=0 rid={id}",
                "Progress: 159/212 checked, still just the credit-notes leak.",
            ),
            (
                4,
                "chunk=4 endpoints=53 pass=53 fail=0 rid={id}",
                "Progress: 212/212 checked, 1 leak in total.",
            ),
        ],
        "close": (
            "jira_comment",
            {
                "issue": "SEC-4410",
                "body": "Isolation re-test on build 4471: 211/212 pass; GET /api/v2/credit-notes/{id} still cross-tenant.",
            },
            "comment added rid={id}",
        ),
        "final": "Re-test finished: everything passes except credit notes, which I've logged on SEC-4410.",
    },
    "sources": {
        "task": "The bounty platform and Jira disagree on BB-21877. Reconcile severity, status and assignee.",
        "first": "I'll compare the two records.",
        "reads": [
            (
                "bounty_report_get",
                {"report": "BB-21877", "fields": ["severity", "state"]},
                "severity=high state=triaged rid={id}",
                "Platform: severity high, state triaged.",
            ),
            (
                "jira_get",
                {"issue": "SEC-4410", "fields": ["priority", "status"]},
                "priority=Medium status=In Progress rid={id}",
                "Jira: priority medium, in progress.",
            ),
            (
                "bounty_report_get",
                {"report": "BB-21877", "fields": ["cvss", "assignee"]},
                "cvss=6.5 assignee=null rid={id}",
                "The platform has CVSS 6.5 (which is medium) and no assignee.",
            ),
            (
                "jira_get",
                {"issue": "SEC-4410", "fields": ["assignee", "fix_version"]},
                "assignee=r.mensah (team-billing) fix_version=billing-api 4471 rid={id}",
                "Jira assignee is r.mensah, fix in build 4471.",
            ),
        ],
        "write": (
            "bounty_report_update",
            {
                "report": "BB-21877",
                "severity": "medium",
                "assignee": "r.mensah",
                "state": "triaged",
            },
            "updated BB-21877 severity=medium assignee=r.mensah rid={id}",
        ),
        "final": "Reconciled: severity is medium on both (CVSS 6.5), assignee r.mensah on both; the platform stays 'triaged' until the fix ships.",
    },
    "plan": {
        "task": "BB-21877 is fixed in production. Close it out properly.",
        "first": "Closing out BB-21877.",
        "announce": "Plan: 1) verify on production with our own test tenants, 2) mark the report resolved, 3) request the bounty approval, 4) schedule disclosure.",
        "steps": [
            (
                "prod_test_request",
                {
                    "method": "GET",
                    "path": "/api/v2/invoices/inv_test_a1",
                    "as": "sec_test_tenant_b",
                },
                "HTTP 404 x-build=4473 rid={id}",
                "Step 1 done: 404 cross-tenant with our own test tenants.",
            ),
            (
                "report_state_set",
                {"report": "BB-21877", "state": "resolved"},
                "report=BB-21877 state=resolved rid={id}",
                "Step 2 done: marked resolved.",
            ),
            (
                "bounty_approval_request",
                {"report": "BB-21877", "suggested_usd": 2500, "precedent": "BB-17730"},
                "approval request AR-220 sent to security-leads rid={id}",
                "Step 3 done: approval request AR-220 with BB-17730 as precedent.",
            ),
            (
                "disclosure_schedule",
                {"report": "BB-21877", "date": "2027-01-09"},
                "disclosure scheduled 2027-01-09 (researcher notified) rid={id}",
                "Step 4 done: disclosure on 9 January.",
            ),
        ],
        "final": "BB-21877 is closed out: verified in prod, resolved, bounty approval requested, disclosure scheduled.",
    },
}
D_PLANOGRAM: Dom = {
    "domain": "retail_planogram_reset",
    "start": (16, 30),
    "task": "Store 0417 (Leeds Kirkstall) resets the cereal bay A7 to planogram POG-CER-2027Q1 tonight. Check the new planogram against the store's stock and shelf fixtures, list what won't fit or isn't in stock, and produce the task list for the night crew. Don't raise purchase orders - buying does that.",
    "first": "I'll pull the new planogram for store 0417 first.",
    "work": "the A7 reset check",
    "pings": [
        ("Night manager Priya here - is the A7 task list ready?", "Not yet, Priya."),
        ("Crew starts at 22:00, how's it looking?", "Still on it."),
        ("Any update on the cereal reset?", "Not yet."),
    ],
    "look": [
        (
            "planogram_get",
            {"pog": "POG-CER-2027Q1", "store": "0417"},
            "pog=POG-CER-2027Q1 bay=A7 width_cm=133 shelves=6 facings=142 skus=58 new_skus=9 delisted=7 effective=2026-12-10 rev=3 fetched={t} trace={id}",
            "58 SKUs on six shelves, nine new lines and seven delisted.",
            "the planogram",
        ),
        (
            "store_fixture",
            {"store": "0417", "bay": "A7"},
            "store=0417 bay=A7 width_cm=133 depth_cm=47 shelves=6 shelf_heights_cm=[38,35,35,32,32,40] notch_pitch_cm=2.5 last_survey=2026-09-14 trace={id}",
            "Fixture matches the 133 cm width; shelf heights 38/35/35/32/32/40 cm.",
            "the fixture survey",
        ),
        (
            "inventory_check",
            {"store": "0417", "pog": "POG-CER-2027Q1", "only": "new_skus"},
            "new_skus=9 in_stock=5 zero_stock=[5010029218314 'Oat Crunch 500g', 5000127543211 'GF Granola 400g', 5059697731104 'Protein Puffs 350g', 5000108026115 'Choco Hoops 375g'] on_order_eta=2026-12-11 snapshot={d} trace={id}",
            "Four of the nine new SKUs have no stock; they're on order for tomorrow.",
            "the new-line stock",
        ),
        (
            "sales_velocity",
            {"store": "0417", "category": "cereal", "weeks": 8},
            "top=[Corn Flakes 500g 41/wk, Oat Crunch 500g n/a (new), Bran Flakes 750g 28/wk, Granola Classic 1kg 22/wk] slowest=[Muesli Swiss 750g 2/wk] trace={id} {ms}ms",
            "Corn Flakes is the top seller at 41 a week; Swiss muesli is the slowest.",
            "the sales velocity",
        ),
    ],
    "search": {
        "tool": "product_search",
        "key": "q",
        "args": {"category": "cereal", "ranged_in": "0417"},
        "para": [
            "gluten free granola 400g",
            "400g gluten-free granola",
            "granola gluten free 400 gram pack",
            "GF granola 400g",
        ],
        "obs": "items=3 [5000127543211 'GF Granola 400g' stock=0, 5000127543099 'GF Granola Berry 400g' stock=0 (delisted), 5059697720016 'Nutty GF Granola 450g' stock=0 (not ranged)] took={ms}ms q={id}",
        "note": "Three matches, none with stock.",
    },
    "reply_para": [
        "I'll look at the stock for the new lines once more before writing the task list.",
        "Let me go back over the new-SKU stock levels again.",
        "Before I hand anything to the crew I want to re-check what's in stock.",
        "I'm going to review the new-line inventory one more time.",
        "Let me check the stock on those nine new products again.",
    ],
    "nudge": {
        "answers": [
            "A few of the new lines haven't arrived yet, so the crew will need to leave gaps where those go until the delivery comes.",
            "Some of the new products aren't in the store yet; those positions will have to stay empty until they're delivered.",
            "Not all the new lines are in stock - the crew should leave space for the missing ones and fill them after delivery.",
            "As before, several new SKUs are still to arrive, so there'll be gaps on the shelf until the delivery.",
        ],
        "push": [
            "I asked which SKUs. Names or barcodes.",
            "Which products exactly?",
            "List the missing products, please.",
        ],
    },
    "ab": {
        "A": (
            "shelf_plan_set",
            {"store": "0417", "bay": "A7", "shelf": 4, "height_cm": 32},
            "shelf=4 height_cm=32 fits=[all except 'Granola Classic 1kg' (34cm)] overflow=1 bay_total_cm=212 updated={t} trace={id}",
        ),
        "B": (
            "shelf_plan_set",
            {"store": "0417", "bay": "A7", "shelf": 4, "height_cm": 35},
            "shelf=4 height_cm=35 fits=all bay_total_cm=215 over_bay_height_by_cm=3 shelf_6_loses_notch=true updated={t} trace={id}",
        ),
        "na": [
            "At 32 cm the 1 kg granola doesn't fit. Let me try 35.",
            "Back at 32: granola still too tall. Trying 35 again.",
            "32 cm again, same overflow. Switching to 35.",
        ],
        "nb": [
            "35 cm fits everything but pushes the bay 3 cm over and costs shelf 6 a notch. Back to 32.",
            "35 still over by 3 cm. Dropping to 32 again.",
            "35 cm: same 3 cm overrun. Setting 32 again.",
        ],
    },
    "fail": (
        "label_print",
        {"store": "0417", "batch": "A7-reset-2027Q1", "printer": "SEL-0417-02"},
        "ERROR printer SEL-0417-02 offline (last heartbeat 14:02) job not queued trace={id} at={t}",
    ),
    "fail_intro": "I'll send the shelf-edge labels for A7 to the store printer now so they're ready.",
    "perm": (
        "pog_edit",
        {"pog": "POG-CER-2027Q1", "store": "0417", "remove_sku": "5010029218314"},
        "ERROR 403 planograms are read-only at store level; changes go through Space Planning (request type SP-CHG) trace={id}",
    ),
    "reword": {
        "tool": "crew_task_create",
        "key": "description",
        "args": {"store": "0417", "shift": "night-2026-12-10"},
        "texts": [
            "Leave gap for Oat Crunch 500g on shelf 3",
            "Shelf 3: hold an empty space for Oat Crunch 500g (arrives tomorrow)",
            "Keep the Oat Crunch 500g position empty on shelf three until delivery",
            "Oat Crunch 500g not in stock - leave its space free on shelf 3",
        ],
        "obs": "ERROR 422 task rejected: must reference a planogram position in field 'position' (format A7-S<shelf>-P<pos>, e.g. A7-S3-P05) trace={id}",
    },
    "plan_para": [
        "Next I'll build the night-crew task list: strip the seven delisted lines, set shelf heights, fill the new lines, leave gaps for the four missing.",
        "Then the crew list: remove the delisted products, adjust shelves, place the new lines and gap the four that haven't arrived.",
        "After that I'll write the tasks for the crew - delists out, shelves set, new lines in, four gaps held.",
        "So the task list comes next: delisted out, shelf heights, new SKUs placed, gaps for the out-of-stock four.",
    ],
    "page": {
        "task": "Export the full SKU list for POG-CER-2027Q1 with positions so the crew has a printed copy.",
        "first": "I'll page through the planogram positions.",
        "tool": "planogram_positions",
        "args": {"pog": "POG-CER-2027Q1", "per_page": 20},
        "cursor": "page",
        "pages": [
            (
                1,
                "page=1/3 positions=20 [A7-S1-P01 Corn Flakes 500g x4, A7-S1-P02 Bran Flakes 750g x3, ...] trace={id}",
                "Shelves 1 and part of 2, 20 positions.",
            ),
            (
                2,
                "page=2/3 positions=20 [A7-S2-P09 Granola Classic 1kg x2, ... A7-S4-P05 Oat Crunch 500g x3, ...] trace={id}",
                "Next 20, through shelf 4.",
            ),
            (
                3,
                "page=3/3 positions=18 [A7-S5-P01 Choco Hoops 375g x3, ... A7-S6-P06 Muesli Swiss 750g x1] trace={id}",
                "Last 18, shelves 5 and 6.",
            ),
        ],
        "final": "All 58 positions exported across three pages; I'll send it as the crew printout.",
    },
    "fix": {
        "task": "How much stock does store 417 hold for the new cereal lines?",
        "first": "Checking the store's stock.",
        "bad": (
            "inventory_check",
            {"store": "417", "pog": "POG-CER-2027Q1", "only": "new_skus"},
            "ERROR 400 store must be a 4-digit code (did you mean '0417'?) trace={id}",
        ),
        "diag": "Store codes are zero-padded; it's 0417.",
        "good": (
            "inventory_check",
            {"store": "0417", "pog": "POG-CER-2027Q1", "only": "new_skus"},
            "new_skus=9 in_stock=5 zero_stock=4 on_order_eta=2026-12-11 trace={id}",
        ),
        "note": "Five of the nine new lines are in stock; four are due tomorrow.",
        "next": (
            "delivery_schedule",
            {"store": "0417", "date": "2026-12-11"},
            "delivery=DLV-88213 eta=05:30 cases_cereal=14 trace={id}",
        ),
        "final": "Five in stock now; the other four arrive on delivery DLV-88213 at 05:30 tomorrow.",
    },
    "docs": {
        "task": "Summarise the four space-planning memos that came with the Q1 cereal reset.",
        "first": "I'll read the memos one by one.",
        "list": (
            "memo_list",
            {"pog": "POG-CER-2027Q1"},
            "memos=4 [SP-M-301, SP-M-302, SP-M-305, SP-M-309] trace={id}",
        ),
        "list_note": "Four memos.",
        "tool": "memo_get",
        "key": "memo",
        "args": {},
        "items": [
            (
                "SP-M-301",
                "SP-M-301 'Kids cereals to shelf 5' : move all kids lines down from shelf 2 to 5 (eye level for children) trace={id}",
                "SP-M-301: kids cereals move from shelf 2 down to shelf 5.",
            ),
            (
                "SP-M-302",
                "SP-M-302 'Granola block' : granola consolidated into one vertical block at the right of the bay trace={id}",
                "SP-M-302: granola becomes one vertical block on the right.",
            ),
            (
                "SP-M-305",
                "SP-M-305 'Delists' : 7 lines delisted; clear to reduced shelf by 2026-12-17 trace={id}",
                "SP-M-305: seven delisted lines go to the reduced shelf by the 17th.",
            ),
            (
                "SP-M-309",
                "SP-M-309 'Price-mark packs' : PMP lines keep separate labels; do not merge with standard SKUs trace={id}",
                "SP-M-309: price-marked packs keep their own labels.",
            ),
        ],
        "final": "In short: kids lines to shelf 5, granola as a right-hand block, delists off by the 17th, and price-marked packs labelled separately.",
    },
    "poll": {
        "task": "Generate the shelf-edge labels for the A7 reset and tell me when they're ready to print.",
        "first": "I'll start the label batch.",
        "submit": (
            "label_batch_create",
            {"store": "0417", "pog": "POG-CER-2027Q1"},
            "batch=LB-55091 status=queued labels=58 trace={id}",
        ),
        "submit_note": "Batch LB-55091 queued, 58 labels.",
        "status": ("label_batch_status", {"batch": "LB-55091"}),
        "states": [
            ("batch=LB-55091 status=pricing at={t}", "Pulling prices."),
            ("batch=LB-55091 status=rendering done=22/58 at={t}", "Rendering, 22 of 58."),
            ("batch=LB-55091 status=rendering done=51/58 at={t}", "51 of 58."),
            ("batch=LB-55091 status=ready done=58/58 at={t}", "Ready."),
        ],
        "result": (
            "label_batch_get",
            {"batch": "LB-55091"},
            "file=LB-55091.pdf sheets=5 pmp_labels=3 trace={id}",
        ),
        "final": "Labels are ready: LB-55091.pdf, five sheets, with three separate price-marked-pack labels.",
    },
    "batch": {
        "task": "Check the stock of these five new lines at store 0417: Oat Crunch 500g, GF Granola 400g, Protein Puffs 350g, Choco Hoops 375g, Honey Nut Flakes 500g.",
        "first": "I'll look up each one.",
        "tool": "stock_level",
        "key": "ean",
        "args": {"store": "0417"},
        "items": [
            (
                "5010029218314",
                "ean=5010029218314 'Oat Crunch 500g' on_hand=0 on_order=24 eta=2026-12-11 trace={id}",
                "Oat Crunch: 0, 24 due tomorrow.",
            ),
            (
                "5000127543211",
                "ean=5000127543211 'GF Granola 400g' on_hand=0 on_order=12 eta=2026-12-11 trace={id}",
                "GF Granola: 0, 12 due tomorrow.",
            ),
            (
                "5059697731104",
                "ean=5059697731104 'Protein Puffs 350g' on_hand=0 on_order=0 status='supplier shortage' trace={id}",
                "Protein Puffs: 0 and nothing on order - supplier shortage.",
            ),
            (
                "5000108026115",
                "ean=5000108026115 'Choco Hoops 375g' on_hand=0 on_order=18 eta=2026-12-11 trace={id}",
                "Choco Hoops: 0, 18 due tomorrow.",
            ),
            (
                "5000108031102",
                "ean=5000108031102 'Honey Nut Flakes 500g' on_hand=36 trace={id}",
                "Honey Nut Flakes: 36 on hand.",
            ),
        ],
        "final": "Honey Nut Flakes is fine; three lines arrive tomorrow; Protein Puffs has no order because of a supplier shortage - that one needs flagging to buying.",
    },
    "refine": {
        "task": "Find a stocked substitute for Protein Puffs 350g so shelf 5 doesn't have a hole.",
        "first": "Searching for a substitute.",
        "tool": "product_search",
        "args": {"ranged_in": "0417"},
        "steps": [
            (
                {"q": "protein cereal"},
                "items=27 [Protein Puffs 350g stock=0, Protein Granola 400g stock=14, High Protein Flakes 500g stock=9, ...] took={ms}ms",
                "27 results. Narrowing to puffed cereals.",
            ),
            (
                {"q": "protein cereal", "format": "puffed"},
                "items=5 [Protein Puffs 350g stock=0, Choc Protein Puffs 350g stock=11, Puffed Wheat 160g stock=30, ...] took={ms}ms",
                "Five puffed lines. Filtering on pack size 300-400 g.",
            ),
            (
                {"q": "protein cereal", "format": "puffed", "size_g": "300-400"},
                "items=2 [Protein Puffs 350g stock=0, Choc Protein Puffs 350g stock=11 width_cm=19] took={ms}ms",
                "Two left, and Choc Protein Puffs has 11 in stock.",
            ),
            (
                {"q": "protein cereal", "format": "puffed", "size_g": "300-400", "in_stock": True},
                "items=1 [5059697731159 Choc Protein Puffs 350g stock=11 width_cm=19] took={ms}ms",
                "One in-stock match.",
            ),
        ],
        "open": (
            "product_get",
            {"ean": "5059697731159"},
            "ean=5059697731159 'Choc Protein Puffs 350g' width_cm=19 height_cm=27 depth_cm=7 price=3.25 trace={id}",
        ),
        "final": "Choc Protein Puffs 350g (19 cm wide, 11 in stock) fits the Protein Puffs slot - same width. I'll suggest it as the temporary substitute.",
    },
    "edits": {
        "task": "The compliance checker rejects our A7 crew plan. Fix the plan until it passes.",
        "first": "Running the checker.",
        "test": ("pog_compliance_check", {"plan": "CREW-0417-A7"}),
        "first_obs": "violations=4 [S2 overfilled by 6cm, kids lines on S2 (memo SP-M-301), granola split across S2/S4 (SP-M-302), PMP merged with standard 'Corn Flakes 500g'] trace={id}",
        "first_note": "Four violations.",
        "rounds": [
            (
                (
                    "crew_plan_edit",
                    {"plan": "CREW-0417-A7", "move": {"kids_lines": "S5"}},
                    "saved rev=2 trace={id}",
                ),
                "violations=2 [granola split across S2/S4, PMP merged with standard 'Corn Flakes 500g'] trace={id}",
                "Moving kids lines to shelf 5 also cleared the overfill; two left.",
            ),
            (
                (
                    "crew_plan_edit",
                    {"plan": "CREW-0417-A7", "block": {"granola": "right", "shelves": "S2-S4"}},
                    "saved rev=3 trace={id}",
                ),
                "violations=1 [PMP merged with standard 'Corn Flakes 500g'] trace={id}",
                "Granola block fixed; one left.",
            ),
            (
                (
                    "crew_plan_edit",
                    {
                        "plan": "CREW-0417-A7",
                        "split": {"ean": "5010029000016", "pmp": "5010029000023"},
                    },
                    "saved rev=4 trace={id}",
                ),
                "violations=0 status=compliant trace={id}",
                "Compliant.",
            ),
        ],
    },
    "recheck": {
        "task": "Has the Oat Crunch 500g stock arrived at 0417?",
        "first": "Checking.",
        "check": ("stock_level", {"store": "0417", "ean": "5010029218314"}),
        "before": "ean=5010029218314 on_hand=0 on_order=24 eta=2026-12-11 05:30 snapshot={d} trace={id}",
        "answer1": "Not yet - 0 on hand, 24 due at 05:30.",
        "user": "The lorry came early and we've just booked it in. Check again?",
        "reply": "Looking again.",
        "after": "ean=5010029218314 on_hand=24 on_order=0 received=DLV-88213 snapshot={d} trace={id}",
        "answer2": "24 on hand now, received on DLV-88213.",
        "follow": (
            "crew_task_update",
            {"task": "T-0417-A7-S4-P05", "status": "fill"},
            "task T-0417-A7-S4-P05 status=fill trace={id}",
        ),
        "final": "I've switched the Oat Crunch position from 'hold gap' to 'fill' for the crew.",
        "thanks": "Brilliant.",
        "thanks_reply": "The crew list is updated.",
    },
    "flaky": {
        "task": "Run the shelf photo the crew just uploaded through the compliance analyser.",
        "first": "Sending the photo for analysis.",
        "call": (
            "shelf_photo_analyse",
            {"store": "0417", "bay": "A7", "photo": "IMG_0417_A7_2231.jpg"},
        ),
        "err": "ERROR 500 analyser worker crashed (OOM); job can be resubmitted trace={id}",
        "note": "A worker crash on their side, not the photo. Resubmitting.",
        "ok": "compliance=96% issues=[S5-P04 facing count 2 != 3] trace={id}",
        "ok_note": "96% compliant; one facing short at S5-P04.",
        "next": (
            "crew_task_create",
            {"store": "0417", "position": "A7-S5-P04", "description": "add one facing"},
            "task T-0417-A7-S5-P04 created trace={id}",
        ),
        "final": "Photo analysed at 96%; a task for the missing facing at A7-S5-P04 is with the crew.",
    },
    "updates": {
        "task": "Track the night crew's reset of A7 shelf by shelf and keep me updated.",
        "first": "I'll follow the crew's scans shelf by shelf.",
        "tool": "crew_progress",
        "key": "shelves",
        "args": {"store": "0417", "bay": "A7"},
        "chunks": [
            (
                "S1-S2",
                "shelves_done=2/6 positions_filled=19/58 gaps=0 trace={id}",
                "Update: 2 of 6 shelves done, 19 of 58 positions filled.",
            ),
            (
                "S3",
                "shelves_done=3/6 positions_filled=30/58 gaps=1 (Oat Crunch) trace={id}",
                "Update: 3 of 6 shelves, 30 of 58 positions, one planned gap.",
            ),
            (
                "S4-S5",
                "shelves_done=5/6 positions_filled=48/58 gaps=3 trace={id}",
                "Update: 5 of 6 shelves, 48 of 58 positions, three planned gaps.",
            ),
            (
                "S6",
                "shelves_done=6/6 positions_filled=54/58 gaps=4 trace={id}",
                "Update: all 6 shelves done, 54 of 58 filled, four planned gaps.",
            ),
        ],
        "close": (
            "crew_signoff",
            {"store": "0417", "bay": "A7"},
            "signed off by P.Shah at {hm} trace={id}",
        ),
        "final": "A7 is reset and signed off; the four gaps are the lines arriving tomorrow.",
    },
    "sources": {
        "task": "The planogram and the shelf-edge label file disagree on A7. Reconcile prices and positions.",
        "first": "I'll compare the planogram with the label file.",
        "reads": [
            (
                "planogram_positions",
                {"pog": "POG-CER-2027Q1", "shelf": 1},
                "S1: P01 Corn Flakes 500g, P02 Bran Flakes 750g, P03 Corn Flakes 500g PMP trace={id}",
                "Planogram shelf 1: Corn Flakes, Bran Flakes, Corn Flakes PMP.",
            ),
            (
                "sel_file",
                {"store": "0417", "bay": "A7", "shelf": 1},
                "S1: P01 Corn Flakes 500g 2.10, P02 Bran Flakes 750g 2.75, P03 missing trace={id}",
                "Label file has no label for P03, the price-marked pack.",
            ),
            (
                "planogram_positions",
                {"pog": "POG-CER-2027Q1", "shelf": 3},
                "S3: P01 Granola Classic 1kg, P02 GF Granola 400g trace={id}",
                "Shelf 3 in the planogram: granola lines.",
            ),
            (
                "sel_file",
                {"store": "0417", "bay": "A7", "shelf": 3},
                "S3: P01 Granola Classic 1kg 4.50, P02 Honey Nut Flakes 500g 2.40 trace={id}",
                "Label file still has Honey Nut Flakes at S3-P02 from the old layout.",
            ),
        ],
        "write": (
            "sel_file_update",
            {
                "store": "0417",
                "bay": "A7",
                "changes": [
                    {"pos": "S1-P03", "ean": "5010029000023", "price": "PMP 2.00"},
                    {"pos": "S3-P02", "ean": "5000127543211"},
                ],
            },
            "updated 2 labels trace={id}",
        ),
        "final": "Fixed both differences: added the PMP label at S1-P03 and replaced the stale Honey Nut label at S3-P02 with GF Granola.",
    },
    "plan": {
        "task": "Prepare the Q1 cereal reset for store 0417's night crew.",
        "first": "I'll prepare the reset.",
        "announce": "Plan: 1) print the delist list, 2) set shelf heights, 3) queue labels, 4) publish the crew tasks.",
        "steps": [
            (
                "delist_report",
                {"store": "0417", "pog": "POG-CER-2027Q1"},
                "delists=7 units_on_shelf=64 file=DL-0417-A7.pdf trace={id}",
                "Step 1 done: 7 delists, 64 units to clear.",
            ),
            (
                "shelf_plan_set",
                {"store": "0417", "bay": "A7", "heights_cm": [38, 35, 35, 34, 32, 38]},
                "heights set; bay_total_cm=212 fits=all trace={id}",
                "Step 2 done: heights set, everything fits.",
            ),
            (
                "label_batch_create",
                {"store": "0417", "pog": "POG-CER-2027Q1"},
                "batch=LB-55091 status=queued trace={id}",
                "Step 3 done: label batch LB-55091 queued.",
            ),
            (
                "crew_tasks_publish",
                {"store": "0417", "shift": "night-2026-12-10", "plan": "CREW-0417-A7"},
                "published 23 tasks to handhelds trace={id}",
                "Step 4 done: 23 tasks on the crew handhelds.",
            ),
        ],
        "final": "The reset is prepared: delist list printed, shelves set, labels queued, 23 tasks published.",
    },
}
D_DRONE: Dom = {
    "domain": "crop_drone_spraying",
    "start": (15, 10),
    "task": "Plan tomorrow morning's fungicide spray of field F-12 (winter wheat, 38 ha, Home Farm) with drone AG-03 (Agras T50). Check the wind forecast, the buffer zone along Fen Drain, the product label limits for Revystar XE and our CAA operating authorisation, then prepare the mission. Don't launch or authorise any flight yourself.",
    "first": "I'll start with the field record for F-12.",
    "work": "the F-12 mission plan",
    "pings": [
        ("Tom here (farm manager). Is F-12 good to go tomorrow?", "Not confirmed yet, Tom."),
        ("The pilot wants the mission by 6pm.", "Still working on it."),
        ("Any news on the spray plan?", "Not yet."),
    ],
    "look": [
        (
            "field_get",
            {"field": "F-12"},
            "field=F-12 farm='Home Farm' crop='winter wheat' variety=Extase area_ha=38.0 growth_stage=GS30 centroid=53.0912,-0.1877 last_spray=2026-10-21 fetched={t} ref={id}",
            "Winter wheat at GS30, 38 ha, last sprayed 21 October.",
            "the field record",
        ),
        (
            "weather_forecast",
            {"lat": 53.0912, "lon": -0.1877, "date": "2026-12-11"},
            "hourly 06-12: wind_ms=[2.1,2.4,2.8,3.3,4.9,6.2,6.8] gust_ms=[3.5,3.9,4.4,5.0,7.1,9.0,9.6] rain_mm=0 temp_c=[3,3,4,5,6,7,7] model=UKV issued={hm} ref={id}",
            "Wind 2-3.3 m/s from 06:00 to 09:00, rising past 5 m/s after 10:00; dry.",
            "the forecast",
        ),
        (
            "buffer_zones",
            {"field": "F-12", "product": "Revystar XE"},
            "field=F-12 watercourse='Fen Drain' lerap_category=B buffer_m=6 (drone: 12 m per CAA/HSE guidance) no_spray_ha=2.4 sprayable_ha=35.6 hedgerow_buffer_m=2 computed={t} ref={id}",
            "A 12 m drone buffer along Fen Drain takes 2.4 ha out; 35.6 ha sprayable.",
            "the buffer-zone map",
        ),
        (
            "drone_status",
            {"drone": "AG-03"},
            "drone=AG-03 model='Agras T50' firmware=v04.01.0020 batteries=[B1 182 cycles ok, B2 176 ok, B3 240 service_due] tank_cal=2026-11-30 nozzles=ok ref={id} {ms}ms",
            "AG-03 is serviceable, but battery B3 is due a service.",
            "the drone status",
        ),
    ],
    "search": {
        "tool": "product_label_search",
        "key": "query",
        "args": {"crop": "wheat", "method": "drone"},
        "para": [
            "Revystar XE drone application rate",
            "application rate for Revystar XE by drone",
            "drone spraying Revystar XE rate per hectare",
            "Revystar XE UAV dose",
        ],
        "obs": "labels=2 [MAPP 18874 Revystar XE: max 1.5 L/ha, 2 applications, min water 100 L/ha (boom); MAPP 18874 EAMU 2219/26: aerial (UAS) use permitted, min water 20 L/ha, 12 m aquatic buffer] took={ms}ms ref={id}",
        "note": "The label and its drone extension: max 1.5 L/ha, 20 L/ha minimum water by drone, 12 m buffer.",
    },
    "reply_para": [
        "I'll look at the buffer-zone map once more before I settle the sprayable area.",
        "Let me go back over the Fen Drain buffer again.",
        "Before I build the mission I want to re-check the no-spray area.",
        "I'm going to review the buffer calculation one more time.",
        "Let me check the buffer zones on F-12 again.",
    ],
    "nudge": {
        "answers": [
            "We can spray most of the field - the buffer along Fen Drain takes a strip out, but the bulk of F-12 is fine.",
            "The majority of F-12 is sprayable; only a strip along Fen Drain has to be left because of the buffer.",
            "Most of the field can be done. The Fen Drain buffer removes a strip on that side, nothing more.",
            "As I said, nearly all of F-12 is sprayable apart from the strip along the drain.",
        ],
        "push": [
            "I asked how many hectares.",
            "A number of hectares, please.",
            "How many hectares exactly?",
        ],
    },
    "ab": {
        "A": (
            "mission_set",
            {"mission": "F12-1211", "altitude_m": 3.0, "swath_m": 9},
            "mission=F12-1211 altitude_m=3.0 swath_m=9 flights=14 duration_min=168 drift_risk=low updated={t} ref={id}",
        ),
        "B": (
            "mission_set",
            {"mission": "F12-1211", "altitude_m": 4.0, "swath_m": 11},
            "mission=F12-1211 altitude_m=4.0 swath_m=11 flights=12 duration_min=141 drift_risk=medium updated={t} ref={id}",
        ),
        "na": [
            "At 3 m: 168 minutes, low drift risk - but it may not finish before the wind picks up. Trying 4 m.",
            "3 m again: 168 minutes. Too slow for the window, so back to 4 m.",
            "3 m, still 168 minutes. Let me look at 4 m once more.",
        ],
        "nb": [
            "4 m is 141 minutes but drift risk goes to medium near the drain. Back to 3 m.",
            "4 m: 141 minutes, medium drift. I'd rather have low drift - 3 m again.",
            "4 m unchanged, medium drift. Switching to 3 m.",
        ],
    },
    "fail": (
        "mission_upload",
        {"drone": "AG-03", "mission": "F12-1211"},
        "ERROR RTK correction source unreachable (NTRIP caster rtk.homefarm.local:2101 timeout); upload aborted ref={id} at={t}",
    ),
    "fail_intro": "I'll upload the draft mission to AG-03 so the pilot can review it on the controller.",
    "perm": (
        "flight_authorise",
        {"drone": "AG-03", "mission": "F12-1211", "window": "07:00-10:00"},
        "ERROR 403 flights can only be authorised by the remote pilot in command (operator GBR-OP-7721, RPIC J. Hale) ref={id}",
    ),
    "reword": {
        "tool": "spray_record_create",
        "key": "product",
        "args": {"field": "F-12", "date": "2026-12-11", "rate_l_ha": 1.2, "water_l_ha": 20},
        "texts": [
            "Revystar XE",
            "Revystar XE fungicide (BASF)",
            "Revystar XE - mefentrifluconazole + fluxapyroxad",
            "BASF Revystar XE, 1.2 L/ha",
        ],
        "obs": "ERROR 422 product must be identified by MAPP number in field 'mapp'; free-text product names are not accepted ref={id}",
    },
    "plan_para": [
        "Next I'll build the F-12 mission: 35.6 ha at 1.2 L/ha in 20 L/ha water, flying 07:00-10:00.",
        "Then the mission itself - 35.6 ha, 1.2 L/ha, 20 L water, in the 07:00-10:00 window.",
        "After this I'll put the mission together: 35.6 sprayable hectares, 1.2 L/ha, early-morning window.",
        "So the mission to build is 35.6 ha at 1.2 L/ha with 20 L/ha water, 07:00 to 10:00.",
    ],
    "page": {
        "task": "Pull every spray record for F-12 this season so we can check we're within the two-application limit for Revystar XE.",
        "first": "I'll page through the F-12 spray records.",
        "tool": "spray_records",
        "args": {"field": "F-12", "season": "2026/27", "limit": 5},
        "cursor": "cursor",
        "pages": [
            (
                None,
                "records=5 [2026-09-28 herbicide Liberator, 2026-10-21 fungicide Revystar XE 1.0 L/ha, 2026-10-21 insecticide, 2026-11-02 herbicide, 2026-11-15 PGR] next=cur_5 ref={id}",
                "One Revystar XE application so far (21 October).",
            ),
            (
                "cur_5",
                "records=5 [2026-11-20 trace elements, 2026-11-28 herbicide, 2026-12-01 fungicide Elatus Era, ...] next=cur_10 ref={id}",
                "No more Revystar here; an Elatus Era fungicide on 1 December.",
            ),
            (
                "cur_10",
                "records=1 [2026-12-05 slug pellets] next=null ref={id}",
                "Last page, no Revystar.",
            ),
        ],
        "final": "Eleven records this season, only one Revystar XE application - tomorrow's would be the second and last allowed.",
    },
    "fix": {
        "task": "Get tomorrow's hourly wind forecast for F-12.",
        "first": "Fetching the forecast.",
        "bad": (
            "weather_forecast",
            {"lat": -0.1877, "lon": 53.0912, "date": "2026-12-11"},
            "ERROR 400 point (lat=-0.1877, lon=53.0912) is outside the UKV domain - check lat/lon order ref={id}",
        ),
        "diag": "I swapped latitude and longitude. F-12 is at 53.0912, -0.1877.",
        "good": (
            "weather_forecast",
            {"lat": 53.0912, "lon": -0.1877, "date": "2026-12-11"},
            "hourly 06-12: wind_ms=[2.1,2.4,2.8,3.3,4.9,6.2,6.8] rain_mm=0 ref={id}",
        ),
        "note": "Wind 2.1-3.3 m/s until 09:00, then rising.",
        "next": (
            "spray_window_calc",
            {"field": "F-12", "max_wind_ms": 4.0, "date": "2026-12-11"},
            "window=06:00-09:40 hours=3.7 ref={id}",
        ),
        "final": "The spray window tomorrow is 06:00-09:40 (wind under 4 m/s).",
    },
    "docs": {
        "task": "Summarise the four documents the pilot must have on the controller for tomorrow: label, EAMU, CAA authorisation, farm spray policy.",
        "first": "Reading each document.",
        "list": (
            "doc_list",
            {"mission": "F12-1211"},
            "docs=4 [LBL-18874, EAMU-2219-26, CAA-OA-7721, HF-POL-03] ref={id}",
        ),
        "list_note": "All four are attached to the mission.",
        "tool": "doc_get",
        "key": "doc",
        "args": {},
        "items": [
            (
                "LBL-18874",
                "Revystar XE label: max dose 1.5 L/ha; max 2 applications; latest timing GS69; PPE: gloves when handling concentrate ref={id}",
                "Label: 1.5 L/ha max, two applications, not after GS69, gloves for the concentrate.",
            ),
            (
                "EAMU-2219-26",
                "EAMU 2219/26: UAS application of Revystar XE on cereals; min water 20 L/ha; 12 m aquatic buffer; wind < 4 m/s ref={id}",
                "EAMU: drone use allowed with 20 L/ha water, 12 m aquatic buffer, wind below 4 m/s.",
            ),
            (
                "CAA-OA-7721",
                "CAA operational authorisation GBR-OP-7721: Specific category, agricultural spraying, max 150 kg MTOM, VLOS, 50 m from uninvolved persons, valid to 2027-06-30 ref={id}",
                "CAA authorisation: specific category spraying, VLOS, 50 m from uninvolved people, valid to June 2027.",
            ),
            (
                "HF-POL-03",
                "Home Farm spray policy: notify neighbours 24h before; no spraying Sunday; log tank mixes ref={id}",
                "Farm policy: 24 h neighbour notice, no Sunday spraying, log tank mixes.",
            ),
        ],
        "final": "All four summarised for the pilot. The ones that bind tomorrow: wind under 4 m/s, 12 m buffer, VLOS, and neighbours notified by this morning.",
    },
    "poll": {
        "task": "Compute the flight paths for mission F12-1211 and send me the flight count when done.",
        "first": "Submitting the path computation.",
        "submit": (
            "mission_compute",
            {"mission": "F12-1211"},
            "job=MC-6120 status=queued ref={id}",
        ),
        "submit_note": "Job MC-6120 queued.",
        "status": ("mission_compute_status", {"job": "MC-6120"}),
        "states": [
            ("job=MC-6120 status=running stage=boundary at={t}", "Running, on the boundary stage."),
            ("job=MC-6120 status=running stage=swaths 48% at={t}", "Swath planning, 48%."),
            ("job=MC-6120 status=running stage=batteries 90% at={t}", "Battery planning, 90%."),
            ("job=MC-6120 status=done at={t}", "Done."),
        ],
        "result": (
            "mission_get",
            {"mission": "F12-1211"},
            "flights=14 duration_min=168 tank_fills=14 battery_swaps=13 ref={id}",
        ),
        "final": "14 flights, about 168 minutes with 13 battery swaps - it fits the 06:00-09:40 window if they start at 06:15.",
    },
    "batch": {
        "task": "Check the growth stage of the five wheat fields on this week's spray list: F-12, F-14, F-15, F-21, F-22.",
        "first": "Looking up each field's growth stage.",
        "tool": "crop_stage",
        "key": "field",
        "args": {"source": "scouting"},
        "items": [
            ("F-12", "field=F-12 gs=30 scouted=2026-12-08 ref={id}", "F-12 at GS30."),
            (
                "F-14",
                "field=F-14 gs=25 scouted=2026-12-08 ref={id}",
                "F-14 at GS25, still tillering.",
            ),
            ("F-15", "field=F-15 gs=31 scouted=2026-12-07 ref={id}", "F-15 at GS31."),
            (
                "F-21",
                "field=F-21 gs=null note='not scouted since 2026-11-20' ref={id}",
                "F-21 hasn't been scouted since 20 November.",
            ),
            ("F-22", "field=F-22 gs=30 scouted=2026-12-09 ref={id}", "F-22 at GS30."),
        ],
        "final": "F-12, F-15 and F-22 are at GS30-31 and ready; F-14 is early; F-21 needs scouting before it's sprayed.",
    },
    "refine": {
        "task": "Find the approved drone-use extension (EAMU) for our fungicide on wheat.",
        "first": "Searching the label database.",
        "tool": "product_label_search",
        "args": {},
        "steps": [
            (
                {"query": "fungicide wheat"},
                "labels=143 [...] took={ms}ms",
                "143 labels. Restricting to our product.",
            ),
            (
                {"query": "Revystar XE"},
                "labels=6 [MAPP 18874 label, EAMU 1102/22 (oilseed), EAMU 2219/26 (UAS cereals), EAMU 0871/24 (rye), ...] took={ms}ms",
                "Six documents including several extensions.",
            ),
            (
                {"query": "Revystar XE", "method": "drone"},
                "labels=2 [MAPP 18874 label, EAMU 2219/26 (UAS cereals)] took={ms}ms",
                "Two - the label and a drone extension.",
            ),
            (
                {"query": "Revystar XE", "method": "drone", "type": "EAMU", "crop": "wheat"},
                "labels=1 [EAMU 2219/26 UAS cereals valid_to=2028-03-31] took={ms}ms",
                "One: EAMU 2219/26.",
            ),
        ],
        "open": (
            "doc_get",
            {"doc": "EAMU-2219-26"},
            "EAMU 2219/26: UAS application on wheat/barley; min water 20 L/ha; 12 m aquatic buffer; wind < 4 m/s; operator must hold CAA authorisation ref={id}",
        ),
        "final": "EAMU 2219/26 covers drone application on wheat until March 2028: 20 L/ha water, 12 m buffer, wind below 4 m/s.",
    },
    "edits": {
        "task": "The mission validator rejects F12-1211. Fix the mission until it passes.",
        "first": "Running the validator.",
        "test": ("mission_validate", {"mission": "F12-1211"}),
        "first_obs": "errors=3 [buffer 6m < required 12m near 'Fen Drain', water 15 L/ha < EAMU minimum 20, battery B3 service_due in rotation] ref={id}",
        "first_note": "Three errors.",
        "rounds": [
            (
                ("mission_set", {"mission": "F12-1211", "buffer_m": 12}, "saved ref={id}"),
                "errors=2 [water 15 L/ha < EAMU minimum 20, battery B3 service_due in rotation] ref={id}",
                "Buffer fixed, two left.",
            ),
            (
                ("mission_set", {"mission": "F12-1211", "water_l_ha": 20}, "saved ref={id}"),
                "errors=1 [battery B3 service_due in rotation] ref={id}",
                "Water rate fixed, one left.",
            ),
            (
                (
                    "mission_set",
                    {"mission": "F12-1211", "batteries": ["B1", "B2", "B4"]},
                    "saved ref={id}",
                ),
                "errors=0 status=valid ref={id}",
                "Valid.",
            ),
        ],
    },
    "recheck": {
        "task": "Is the wind at F-12 low enough to start spraying?",
        "first": "Checking the on-farm anemometer.",
        "check": ("weather_station", {"station": "HF-WX-1"}),
        "before": "station=HF-WX-1 wind_ms=5.4 gust_ms=7.9 dir=SW at={t} ref={id}",
        "answer1": "No - 5.4 m/s gusting 7.9, above the 4 m/s limit.",
        "user": "It's calmed down a lot here in the last 20 minutes. Can you check again?",
        "reply": "Reading the station again.",
        "after": "station=HF-WX-1 wind_ms=2.9 gust_ms=3.8 dir=WSW at={t} ref={id}",
        "answer2": "Now 2.9 m/s gusting 3.8 - within the limit.",
        "follow": (
            "weather_forecast",
            {"lat": 53.0912, "lon": -0.1877, "date": "2026-12-11", "hours": 3},
            "next 3h wind_ms=[2.8,3.1,3.6] ref={id}",
        ),
        "final": "The next three hours stay under 4 m/s, so the pilot can start.",
        "thanks": "Thanks.",
        "thanks_reply": "I've noted the wind readings for the spray record.",
    },
    "flaky": {
        "task": "Check that the RTK base station is giving a fix for AG-03.",
        "first": "Checking RTK.",
        "call": ("rtk_status", {"base": "HF-RTK-1"}),
        "err": "ERROR NTRIP caster timeout after 5s ref={id}",
        "note": "A caster timeout - often a momentary network blip. Retrying.",
        "ok": "base=HF-RTK-1 fix=RTK_FIXED sats=28 age_s=0.8 ref={id}",
        "ok_note": "RTK fixed, 28 satellites.",
        "next": (
            "drone_status",
            {"drone": "AG-03", "check": "rtk"},
            "drone=AG-03 rtk=FIXED position_acc_cm=2 ref={id}",
        ),
        "final": "RTK is fixed and AG-03 reports 2 cm accuracy.",
    },
    "updates": {
        "task": "Follow the F-12 spray as it happens and give me updates by block.",
        "first": "I'll report after each block.",
        "tool": "flight_log",
        "key": "block",
        "args": {"mission": "F12-1211"},
        "chunks": [
            (
                "A",
                "block=A flights=4 sprayed_ha=10.2 product_l=12.2 ref={id}",
                "Update: block A done, 10.2 of 35.6 ha sprayed.",
            ),
            (
                "B",
                "block=B flights=4 sprayed_ha=20.5 cumulative product_l=24.6 ref={id}",
                "Update: block B done, 20.5 of 35.6 ha.",
            ),
            (
                "C",
                "block=C flights=3 sprayed_ha=28.9 cumulative ref={id}",
                "Update: block C done, 28.9 of 35.6 ha.",
            ),
            (
                "D",
                "block=D flights=3 sprayed_ha=35.6 cumulative product_l=42.7 ref={id}",
                "Update: block D done, 35.6 of 35.6 ha.",
            ),
        ],
        "close": (
            "spray_record_create",
            {"field": "F-12", "mapp": "18874", "rate_l_ha": 1.2, "area_ha": 35.6},
            "record SR-F12-1211 saved ref={id}",
        ),
        "final": "F-12 finished: 35.6 ha, 42.7 L product, recorded as SR-F12-1211.",
    },
    "sources": {
        "task": "The field boundary in our farm software and the RPA land register differ for F-12. Reconcile the area.",
        "first": "I'll compare both records.",
        "reads": [
            (
                "farm_software_field",
                {"field": "F-12"},
                "area_ha=38.0 boundary_source='2019 survey' parcels=[TF1290 4411] ref={id}",
                "Farm software: 38.0 ha from a 2019 survey, parcel TF1290 4411.",
            ),
            (
                "rpa_land_parcel",
                {"parcel": "TF1290 4411"},
                "area_ha=36.7 last_change=2023-02 reason='hedge planted on north boundary' ref={id}",
                "RPA: 36.7 ha, reduced in 2023 for a new hedge.",
            ),
            (
                "farm_software_field_history",
                {"field": "F-12"},
                "no boundary changes since 2019 ref={id}",
                "Our software never took the 2023 hedge.",
            ),
            (
                "rpa_land_parcel_map",
                {"parcel": "TF1290 4411"},
                "hedge strip 1.3 ha north edge, planted 2022-11 ref={id}",
                "The hedge strip is 1.3 ha along the north edge.",
            ),
        ],
        "write": (
            "farm_software_field_update",
            {"field": "F-12", "area_ha": 36.7, "boundary_source": "RPA 2023-02"},
            "updated F-12 area_ha=36.7 ref={id}",
        ),
        "final": "F-12 is 36.7 ha per RPA (hedge planted 2022). Updated our software; with the 2.4 ha buffer, sprayable area becomes 34.3 ha - I'll recompute the mission.",
    },
    "plan": {
        "task": "Get everything ready for tomorrow's F-12 spray.",
        "first": "I'll prepare the spray.",
        "announce": "Plan: 1) notify neighbours, 2) reserve the product from the store, 3) validate the mission, 4) book the pilot.",
        "steps": [
            (
                "neighbour_notify",
                {"field": "F-12", "date": "2026-12-11", "window": "06:15-09:40"},
                "notified 3 neighbours (SMS) ref={id}",
                "Step 1 done: three neighbours notified.",
            ),
            (
                "chemical_store_reserve",
                {"mapp": "18874", "litres": 45},
                "reserved 45 L Revystar XE batch RX-2231 ref={id}",
                "Step 2 done: 45 L reserved.",
            ),
            (
                "mission_validate",
                {"mission": "F12-1211"},
                "errors=0 status=valid ref={id}",
                "Step 3 done: mission valid.",
            ),
            (
                "pilot_booking",
                {"pilot": "J. Hale", "date": "2026-12-11", "start": "06:00"},
                "booked J. Hale 06:00-10:00 ref={id}",
                "Step 4 done: J. Hale booked 06:00-10:00.",
            ),
        ],
        "final": "All set for tomorrow: neighbours told, product reserved, mission valid, pilot booked.",
    },
}
D_DOPING: Dom = {
    "domain": "anti_doping_whereabouts",
    "start": (11, 0),
    "task": "Athlete Lena Marsh (ATH-558120, track cycling, registered testing pool) already has two whereabouts failures in the last 12 months. A doping control officer reports an unsuccessful attempt on 8 December at 06:10 at her declared address. Review the DCO report, her filing for that slot and the evidence, assess whether it meets the missed-test requirements of ISRM Article B.2.4, and draft the notice for the results manager. Do not contact the athlete yourself.",
    "first": "I'll start with her athlete profile and failure history.",
    "work": "the missed-test assessment",
    "pings": [
        ("Results manager here - where are we on Marsh?", "Not done yet."),
        ("Legal wants to know if this is a third strike.", "Still assessing."),
        ("Update on ATH-558120?", "Not yet."),
    ],
    "look": [
        (
            "athlete_profile",
            {"athlete": "ATH-558120"},
            "athlete=ATH-558120 name='Lena Marsh' sport='cycling - track' pool=RTP since=2024-01-01 federation=BC representative='H. Quayle (solicitor)' fetched={t} req={id}",
            "RTP since 2024, represented by a solicitor.",
            "the athlete profile",
        ),
        (
            "whereabouts_filing",
            {"athlete": "ATH-558120", "date": "2026-12-08"},
            "date=2026-12-08 slot=06:00-07:00 address='14 Albion Road, Manchester M14 6HU, flat 3' access='buzz flat 3, side door' phone=+44 7700 900412 filed=2026-11-29T20:14 updated=null req={id}",
            "60-minute slot 06:00-07:00 at 14 Albion Road, flat 3, access via the side door buzzer; not updated after 29 November.",
            "her filing for 8 December",
        ),
        (
            "dco_report",
            {"mission": "M-2026-4471"},
            "mission=M-2026-4471 dco=DCO-0193 arrived=06:10 departed=07:00 attempts='buzzed flat 3 x4 (06:10, 06:25, 06:40, 06:55); side door locked' phone_call=06:48 no_answer photos=3 neighbour='saw no one leave' req={id} served={t}",
            "The DCO stayed 06:10-07:00, buzzed four times, called at 06:48 with no answer, and took three photos.",
            "the DCO report",
        ),
        (
            "whereabouts_failures",
            {"athlete": "ATH-558120", "months": 12},
            "failures=2 [FF-2026-Q2 filing failure (2026-04-01), MT-2026-0903 missed test (2026-09-03)] window_expiry=[2027-04-01, 2027-09-03] req={id}",
            "Two failures in the window: a Q2 filing failure and a missed test on 3 September.",
            "the failure history",
        ),
    ],
    "search": {
        "tool": "case_law_search",
        "key": "query",
        "args": {"source": "CAS", "limit": 5},
        "para": [
            "missed test athlete did not hear doorbell",
            "doorbell not heard missed test CAS",
            "athlete asleep didn't hear buzzer missed test",
            "missed test where the athlete did not hear the door",
        ],
        "obs": "decisions=3 [CAS 2019/A/6148 (athlete asleep, upheld), CAS 2021/A/7983 (broken buzzer, missed test annulled), CAS 2017/A/5112 (phone on silent, upheld)] took={ms}ms req={id}",
        "note": "Three CAS decisions: two upheld, one annulled because the buzzer was broken.",
    },
    "reply_para": [
        "I'll re-read the DCO report once more before deciding.",
        "Let me go back through the DCO's account of the attempt again.",
        "Before I conclude anything I want to look at the DCO report another time.",
        "I'm going to review what the DCO recorded once more.",
        "Let me check the attempt details in the DCO report again.",
    ],
    "nudge": {
        "answers": [
            "It looks like the attempt could support a missed test, given the DCO waited in the slot and tried to make contact, though the final call is for results management.",
            "On the face of it the attempt may well qualify - the DCO was there during the slot and tried to reach her - but results management decides.",
            "The evidence seems consistent with a possible missed test, since the DCO attended the slot and attempted contact; results management will make the determination.",
            "As I said, it appears it might count as a missed test - the DCO was present in the slot and tried to contact her - but it's results management's decision.",
        ],
        "push": [
            "I asked whether each B.2.4 requirement is met, point by point.",
            "Go through the B.2.4 elements one by one.",
            "Which requirements are met and which aren't?",
        ],
    },
    "ab": {
        "A": (
            "case_status_set",
            {"case": "WA-2026-0388", "status": "potential_missed_test"},
            "case=WA-2026-0388 status=potential_missed_test deadline_notice=2026-12-22 updated={t} req={id}",
        ),
        "B": (
            "case_status_set",
            {"case": "WA-2026-0388", "status": "pending_evidence"},
            "case=WA-2026-0388 status=pending_evidence deadline_notice=paused updated={t} req={id}",
        ),
        "na": [
            "Set to potential missed test. But we don't have the photos yet - maybe it should wait for evidence.",
            "Potential missed test again. The photos are still outstanding though; switching to pending evidence.",
            "Back to potential missed test. The evidence question hasn't changed - setting pending again.",
        ],
        "nb": [
            "Pending evidence pauses the notice deadline. The report itself is probably enough - back to potential missed test.",
            "Pending again. On reflection the DCO report suffices; switching back.",
            "Pending evidence once more. The report is enough - re-marking potential missed test.",
        ],
    },
    "fail": (
        "adams_fetch",
        {"athlete": "ATH-558120", "record": "whereabouts_history", "from": "2026-11-01"},
        "ERROR ADAMS API 500 Internal Server Error (correlationId={id}) at={t}",
    ),
    "fail_intro": "I'll pull her full November-December whereabouts history from ADAMS to see if she changed the slot.",
    "perm": (
        "notice_send",
        {"athlete": "ATH-558120", "template": "missed_test_notice", "channel": "email"},
        "ERROR 403 notices may only be issued by a results management officer; role case_analyst cannot send req={id}",
    ),
    "reword": {
        "tool": "evidence_request",
        "key": "request_text",
        "args": {"to": "DCO-0193", "mission": "M-2026-4471"},
        "texts": [
            "Please send the photos and call log from the 8 Dec attempt",
            "Could you upload the three photos and your phone log for M-2026-4471?",
            "Requesting photographs of the address and the call record for the Marsh attempt",
            "Need your photos of 14 Albion Rd and the 06:48 call record, please",
        ],
        "obs": "ERROR 422 evidence requests must list items from the controlled vocabulary in field 'items' (e.g. PHOTO, CALL_LOG, UAR_FORM); request_text is a note only req={id}",
    },
    "plan_para": [
        "Next I'll draft the missed-test notice for the results manager, setting out each B.2.4 element.",
        "Then the notice itself: a draft for the results manager, element by element against B.2.4.",
        "After this I'll write up the draft notice addressing each B.2.4 requirement.",
        "So the next step is the draft notice for results management, with the B.2.4 elements spelled out.",
    ],
    "page": {
        "task": "List all unsuccessful attempts in the registered testing pool this quarter so we can review them together.",
        "first": "I'll page through this quarter's unsuccessful attempts.",
        "tool": "attempt_list",
        "args": {"pool": "RTP", "quarter": "2026Q4", "outcome": "unsuccessful", "size": 10},
        "cursor": "page",
        "pages": [
            (
                1,
                "page=1 of 3 attempts=10 [M-2026-4102 ATH-550112 10-02, M-2026-4140 ATH-551907 10-06, ...] req={id}",
                "First 10, early October.",
            ),
            (
                2,
                "page=2 of 3 attempts=10 [M-2026-4301 ATH-552210 11-03, ..., M-2026-4398 ATH-549031 11-22] req={id}",
                "Next 10, November.",
            ),
            (
                3,
                "page=3 of 3 attempts=4 [M-2026-4440 ATH-553870 12-01, M-2026-4452 ATH-550112 12-03, M-2026-4471 ATH-558120 12-08, M-2026-4480 ATH-551204 12-09] req={id}",
                "Last 4, December, including Marsh.",
            ),
        ],
        "final": "24 unsuccessful attempts this quarter; ATH-550112 appears twice (October and December) and is worth a look alongside Marsh.",
    },
    "fix": {
        "task": "What did Lena Marsh file for 15 December?",
        "first": "Looking up her filing.",
        "bad": (
            "whereabouts_filing",
            {"athlete": "ATH-558120", "date": "15/12/2026"},
            "ERROR 400 date must be ISO 8601 (YYYY-MM-DD) req={id}",
        ),
        "diag": "ISO date needed - 2026-12-15.",
        "good": (
            "whereabouts_filing",
            {"athlete": "ATH-558120", "date": "2026-12-15"},
            "date=2026-12-15 slot=07:00-08:00 address='National Cycling Centre, Manchester' activity='track session 08:00-11:00' filed=2026-12-09T18:02 req={id}",
        ),
        "note": "07:00-08:00 at the National Cycling Centre, filed yesterday.",
        "next": (
            "test_planning_note",
            {"athlete": "ATH-558120", "date": "2026-12-15", "note": "slot at NCC 07:00-08:00"},
            "note saved req={id}",
        ),
        "final": "On 15 December she's at the National Cycling Centre, slot 07:00-08:00; I've added it to the planning notes.",
    },
    "docs": {
        "task": "Summarise the four CAS decisions on missed tests the legal team flagged, one line each.",
        "first": "I'll read the four decisions.",
        "list": (
            "case_law_list",
            {"folder": "missed-test-precedents"},
            "decisions=4 [CAS 2017/A/5112, CAS 2019/A/6148, CAS 2021/A/7983, CAS 2024/A/10221] req={id}",
        ),
        "list_note": "Four decisions.",
        "tool": "case_law_get",
        "key": "citation",
        "args": {},
        "items": [
            (
                "CAS 2017/A/5112",
                "CAS 2017/A/5112: phone on silent, DCO called twice; negligence established; missed test upheld req={id}",
                "2017/A/5112: phone on silent was negligent; upheld.",
            ),
            (
                "CAS 2019/A/6148",
                "CAS 2019/A/6148: athlete asleep, DCO knocked for full hour; upheld, athlete responsible for being available req={id}",
                "2019/A/6148: sleeping through the knock is no excuse; upheld.",
            ),
            (
                "CAS 2021/A/7983",
                "CAS 2021/A/7983: buzzer proven broken and reported to landlord before the attempt; no negligence; annulled req={id}",
                "2021/A/7983: a broken buzzer reported beforehand meant no negligence; annulled.",
            ),
            (
                "CAS 2024/A/10221",
                "CAS 2024/A/10221: DCO left 10 minutes before slot end; requirement of presence for full slot not met; annulled req={id}",
                "2024/A/10221: the DCO left before the slot ended; annulled.",
            ),
        ],
        "final": "The decisions turn on negligence and the DCO staying the full slot. In Marsh's case the DCO stayed until 07:00, so the open question is the side-door access.",
    },
    "poll": {
        "task": "Tell me when the lab reports the result for sample A-7729104 from the 3 December test.",
        "first": "I'll check the lab status.",
        "submit": (
            "lab_result_subscribe",
            {"sample": "A-7729104"},
            "subscribed sample=A-7729104 lab=LGC-Fordham status=received req={id}",
        ),
        "submit_note": "The lab has the sample. Checking progress.",
        "status": ("lab_result_status", {"sample": "A-7729104"}),
        "states": [
            ("sample=A-7729104 status=screening at={t}", "In screening."),
            (
                "sample=A-7729104 status=screening_complete next=review at={t}",
                "Screening complete, under review.",
            ),
            ("sample=A-7729104 status=review at={t}", "Still in review."),
            ("sample=A-7729104 status=reported at={t}", "Reported."),
        ],
        "result": (
            "lab_result_get",
            {"sample": "A-7729104"},
            "sample=A-7729104 result=negative analytes_screened=412 abp_module=passed req={id}",
        ),
        "final": "Sample A-7729104 is negative; ABP module passed.",
    },
    "batch": {
        "task": "Check whether these five RTP athletes have filed their Q1 2027 whereabouts: ATH-550112, ATH-551204, ATH-552210, ATH-553870, ATH-558120.",
        "first": "Checking each athlete's Q1 filing.",
        "tool": "filing_status",
        "key": "athlete",
        "args": {"quarter": "2027Q1"},
        "items": [
            (
                "ATH-550112",
                "athlete=ATH-550112 q1_filed=yes at=2026-12-02 complete=true req={id}",
                "ATH-550112 filed, complete.",
            ),
            (
                "ATH-551204",
                "athlete=ATH-551204 q1_filed=no reminders_sent=1 req={id}",
                "ATH-551204 not filed yet, one reminder sent.",
            ),
            (
                "ATH-552210",
                "athlete=ATH-552210 q1_filed=yes complete=false missing=['overnight address 2027-02-14..2027-02-20'] req={id}",
                "ATH-552210 filed but missing a February week's overnight address.",
            ),
            (
                "ATH-553870",
                "athlete=ATH-553870 q1_filed=yes complete=true req={id}",
                "ATH-553870 complete.",
            ),
            (
                "ATH-558120",
                "athlete=ATH-558120 q1_filed=no reminders_sent=2 req={id}",
                "ATH-558120 (Marsh) not filed, two reminders sent.",
            ),
        ],
        "final": "Two complete, one incomplete (ATH-552210) and two not filed (ATH-551204, and Marsh with two reminders). Deadline is 15 December.",
    },
    "refine": {
        "task": "Find CAS precedent on missed tests where the DCO could not get through a locked communal door.",
        "first": "Searching CAS decisions.",
        "tool": "case_law_search",
        "args": {"source": "CAS"},
        "steps": [
            (
                {"query": "missed test"},
                "decisions=96 [...] took={ms}ms",
                "96 decisions. Narrowing to access problems.",
            ),
            (
                {"query": "missed test access to residence"},
                "decisions=14 [CAS 2013/A/3320 gated estate, CAS 2021/A/7983 broken buzzer, ...] took={ms}ms",
                "14 on access. Adding the communal door.",
            ),
            (
                {"query": "missed test locked communal door buzzer"},
                "decisions=3 [CAS 2013/A/3320, CAS 2021/A/7983, CAS 2023/A/9410 apartment side entrance] took={ms}ms",
                "Three, including a 2023 case about a side entrance.",
            ),
            (
                {"query": "missed test locked communal door buzzer", "since": 2020},
                "decisions=2 [CAS 2021/A/7983, CAS 2023/A/9410] took={ms}ms",
                "Two recent ones.",
            ),
        ],
        "open": (
            "case_law_get",
            {"citation": "CAS 2023/A/9410"},
            "CAS 2023/A/9410: athlete's filing gave side-entrance instructions; DCO followed them; door locked; held athlete's responsibility to ensure access; missed test upheld req={id}",
        ),
        "final": "CAS 2023/A/9410 is directly relevant: access instructions followed, door locked, missed test upheld because ensuring access is the athlete's responsibility.",
    },
    "edits": {
        "task": "The Q1 test distribution plan fails validation. Fix it until it passes.",
        "first": "Validating the plan.",
        "test": ("tdp_validate", {"plan": "TDP-2027Q1"}),
        "first_obs": "errors=3 [cycling-track OOC share 48% < required 60%, ESA analysis missing for 2 endurance sports, total tests 388 > budget 360] req={id}",
        "first_note": "Three errors.",
        "rounds": [
            (
                (
                    "tdp_edit",
                    {"plan": "TDP-2027Q1", "sport": "cycling-track", "ooc_share": 0.6},
                    "saved req={id}",
                ),
                "errors=2 [ESA analysis missing for 2 endurance sports, total tests 394 > budget 360] req={id}",
                "OOC share fixed; two left (and the total went up).",
            ),
            (
                (
                    "tdp_edit",
                    {"plan": "TDP-2027Q1", "reduce": {"sport": "archery", "tests": -34}},
                    "saved req={id}",
                ),
                "errors=1 [ESA analysis missing for 2 endurance sports] req={id}",
                "Budget fixed; one left.",
            ),
            (
                (
                    "tdp_edit",
                    {"plan": "TDP-2027Q1", "esa": {"rowing": 12, "triathlon": 10}},
                    "saved req={id}",
                ),
                "errors=0 status=valid req={id}",
                "Valid.",
            ),
        ],
    },
    "recheck": {
        "task": "Has Lena Marsh updated her whereabouts for tomorrow morning?",
        "first": "Checking her filing for tomorrow.",
        "check": ("whereabouts_filing", {"athlete": "ATH-558120", "date": "2026-12-11"}),
        "before": "date=2026-12-11 slot=06:00-07:00 address='14 Albion Road, flat 3' updated=null req={id} at={t}",
        "answer1": "No update: still 06:00-07:00 at 14 Albion Road.",
        "user": "Her federation says she filed an update ten minutes ago. Check again?",
        "reply": "Checking again.",
        "after": "date=2026-12-11 slot=07:00-08:00 address='Hotel Nord, Roubaix' updated=2026-12-10T{hm} reason='travel to training camp' req={id}",
        "answer2": "She's updated it: 07:00-08:00 at Hotel Nord in Roubaix, travelling to a training camp.",
        "follow": (
            "mission_update",
            {"mission": "M-2026-4512", "action": "cancel", "reason": "athlete abroad"},
            "mission M-2026-4512 cancelled req={id}",
        ),
        "final": "I've cancelled tomorrow's Manchester mission M-2026-4512 since she'll be in France.",
        "thanks": "Good catch.",
        "thanks_reply": "Roubaix testing would need the French agency - I can draft that request if you want.",
    },
    "flaky": {
        "task": "Pull Lena Marsh's whereabouts history for November from ADAMS.",
        "first": "Fetching from ADAMS.",
        "call": (
            "adams_fetch",
            {
                "athlete": "ATH-558120",
                "record": "whereabouts_history",
                "from": "2026-11-01",
                "to": "2026-11-30",
            },
        ),
        "err": "ERROR ADAMS 429 Too Many Requests; retry after 20s req={id}",
        "note": "Rate-limited by ADAMS, not a real failure. I'll wait and retry.",
        "ok": "entries=30 slot_changes=4 late_updates=1 (2026-11-17 updated at 05:52 for 06:00 slot) req={id}",
        "ok_note": "30 days, four slot changes, one very late update on 17 November.",
        "next": (
            "case_note_add",
            {
                "case": "WA-2026-0388",
                "note": "Nov history: 4 slot changes, 1 late update (11-17 05:52)",
            },
            "note added req={id}",
        ),
        "final": "November history added to the case: four changes and one late update.",
    },
    "updates": {
        "task": "Send Q1 filing reminders to all 140 RTP athletes who haven't filed, and keep me posted.",
        "first": "Sending in batches of 35.",
        "tool": "reminder_send",
        "key": "batch",
        "args": {"quarter": "2027Q1", "template": "filing_reminder_2"},
        "chunks": [
            (
                1,
                "batch=1 sent=35 bounced=0 total=35/140 req={id}",
                "Progress: 35 of 140 reminders sent.",
            ),
            (
                2,
                "batch=2 sent=35 bounced=1 (ATH-549911) total=70/140 req={id}",
                "Progress: 70 of 140; one bounce.",
            ),
            (3, "batch=3 sent=35 bounced=0 total=105/140 req={id}", "Progress: 105 of 140."),
            (
                4,
                "batch=4 sent=35 bounced=1 (ATH-551790) total=140/140 req={id}",
                "Progress: 140 of 140; two bounces in total.",
            ),
        ],
        "close": (
            "athlete_contact_flag",
            {"athletes": ["ATH-549911", "ATH-551790"], "issue": "email bounced"},
            "flagged 2 req={id}",
        ),
        "final": "All 140 reminders out; ATH-549911 and ATH-551790 bounced and are flagged for a phone call.",
    },
    "sources": {
        "task": "ADAMS and our case system disagree on Lena Marsh's failures. Reconcile them.",
        "first": "Comparing ADAMS with our case system.",
        "reads": [
            (
                "adams_fetch",
                {"athlete": "ATH-558120", "record": "whereabouts_failures"},
                "failures=[2026-04-01 FF, 2026-09-03 MT] req={id}",
                "ADAMS: filing failure 1 April, missed test 3 September.",
            ),
            (
                "cms_case_list",
                {"athlete": "ATH-558120"},
                "cases=[WA-2026-0101 FF 2026-04-01 confirmed, WA-2026-0299 MT 2026-09-03 under_admin_review, WA-2026-0388 open] req={id}",
                "Our system has the September missed test still under administrative review.",
            ),
            (
                "adams_fetch",
                {"athlete": "ATH-558120", "record": "failure_detail", "id": "2026-09-03"},
                "status=confirmed confirmed_at=2026-11-12 by='results management' req={id}",
                "ADAMS shows September confirmed on 12 November.",
            ),
            (
                "cms_case_get",
                {"case": "WA-2026-0299"},
                "case=WA-2026-0299 admin_review_outcome='upheld' decided=2026-11-12 status_not_updated=true req={id}",
                "Our case file has the review upheld on 12 November but the status was never moved on.",
            ),
        ],
        "write": (
            "cms_case_update",
            {"case": "WA-2026-0299", "status": "confirmed"},
            "case=WA-2026-0299 status=confirmed req={id}",
        ),
        "final": "Reconciled: the September missed test is confirmed in both systems, so 8 December would be a third failure within 12 months if confirmed.",
    },
    "plan": {
        "task": "Set up a no-notice test for Lena Marsh at the National Cycling Centre on 15 December.",
        "first": "I'll set up the mission.",
        "announce": "Plan: 1) create the mission, 2) assign a DCO and chaperone, 3) order the kit, 4) notify the lab.",
        "steps": [
            (
                "mission_create",
                {
                    "athlete": "ATH-558120",
                    "date": "2026-12-15",
                    "slot": "07:00-08:00",
                    "location": "National Cycling Centre",
                },
                "mission=M-2026-4530 created req={id}",
                "Step 1 done: mission M-2026-4530.",
            ),
            (
                "dco_assign",
                {"mission": "M-2026-4530", "dco": "DCO-0211", "chaperone": "CH-0088"},
                "assigned DCO-0211 + CH-0088 req={id}",
                "Step 2 done: DCO-0211 and a chaperone assigned.",
            ),
            (
                "kit_order",
                {"mission": "M-2026-4530", "kits": ["urine", "blood_abp"]},
                "kits dispatched to DCO-0211 eta=2026-12-12 req={id}",
                "Step 3 done: urine and ABP kits on their way.",
            ),
            (
                "lab_notify",
                {"mission": "M-2026-4530", "lab": "LGC-Fordham", "analysis": ["full_menu", "ESA"]},
                "lab notified req={id}",
                "Step 4 done: lab notified for full menu plus ESA.",
            ),
        ],
        "final": "Mission M-2026-4530 is set for 15 December: DCO and chaperone assigned, kits arriving on the 12th, lab notified.",
    },
}
D_PENSION: Dom = {
    "domain": "pension_transfer_requests",
    "start": (13, 15),
    "task": "Member Graham Ellison (PX-0047719, Northfield Engineering Pension Scheme, defined benefit) wants to transfer his cash equivalent to the Aurora Wealth SIPP. Check the receiving scheme, the regulated advice confirmation (required for safeguarded benefits over GBP 30,000) and the transfer-conditions flags, then prepare the pack for trustee sign-off. Do not release any funds.",
    "first": "I'll start with Mr Ellison's member record and his transfer value.",
    "work": "the Ellison transfer checks",
    "pings": [
        ("Trustee secretary here - is the Ellison pack ready?", "Not yet."),
        ("Mr Ellison phoned again about his transfer.", "Still working through it."),
        ("Where are we on PX-0047719?", "Not finished."),
    ],
    "look": [
        (
            "member_record",
            {"member": "PX-0047719"},
            "member=PX-0047719 name='Graham Ellison' dob=1968-05-02 status=deferred scheme='Northfield Engineering Pension Scheme' section=DB-1/60ths address_verified=2026-11-18 transfer_request=TR-2026-1187 received=2026-11-20 fetched={t} ref={id}",
            "Deferred DB member, transfer request TR-2026-1187 received 20 November.",
            "the member record",
        ),
        (
            "cetv_quote",
            {"member": "PX-0047719"},
            "cetv_gbp=412880.00 calc_date=2026-09-29 guarantee_until=2026-12-29 basis='2026 transfer basis v2' reduced=false ref={id} {ms}ms",
            "CETV GBP 412,880, guaranteed until 29 December.",
            "the CETV quote",
        ),
        (
            "receiving_scheme_check",
            {"scheme": "Aurora Wealth SIPP", "pstr": "00842219RT"},
            "pstr=00842219RT name='Aurora Wealth SIPP' hmrc_registered=true operator_frn=552130 fca_status=authorised tpr_warnings=0 established=2011 checked={t} ref={id}",
            "Aurora Wealth SIPP is HMRC-registered, operator FCA-authorised (FRN 552130), no regulator warnings.",
            "the receiving-scheme check",
        ),
        (
            "advice_confirmation",
            {"transfer": "TR-2026-1187"},
            "adviser_firm='Castle Ridge Financial' frn=710044 pension_transfer_permission=true letter_date=2026-11-30 recommendation=transfer ref={id}",
            "Advice confirmation from Castle Ridge Financial (FRN 710044), which holds the pension-transfer permission.",
            "the advice confirmation",
        ),
    ],
    "search": {
        "tool": "scam_register_search",
        "key": "name",
        "args": {"register": "tpr_and_fca_warnings"},
        "para": [
            "Aurora Wealth SIPP",
            "SIPP Aurora Wealth",
            "Aurora Wealth self-invested personal pension",
            "Aurora Wealth Ltd SIPP",
        ],
        "obs": "matches=1 [Aurora Wealth SIPP pstr=00842219RT warnings=0 clone_alerts=0] took={ms}ms ref={id}",
        "note": "One match, no warnings or clone alerts.",
    },
    "reply_para": [
        "I'll run the receiving-scheme check once more before I put it in the pack.",
        "Let me go over the Aurora Wealth SIPP check again.",
        "Before I sign that part off I want to re-check the receiving scheme.",
        "I'm going to look at the receiving scheme's registration one more time.",
        "Let me verify the SIPP's status again.",
    ],
    "nudge": {
        "answers": [
            "The transfer looks broadly fine from a conditions point of view - the receiving scheme is registered and advice has been taken.",
            "Overall it seems acceptable under the transfer conditions: registered receiving scheme, and he's had regulated advice.",
            "From the conditions perspective it appears to be in order, given the SIPP is registered and advice is in place.",
            "As mentioned, it looks fine in terms of the conditions - registered scheme, advice confirmed.",
        ],
        "push": [
            "I asked whether any amber or red flag applies under the 2021 Regulations.",
            "Amber or red flags - yes or no, and which?",
            "Which flags apply, if any?",
        ],
    },
    "ab": {
        "A": (
            "transfer_route_set",
            {"transfer": "TR-2026-1187", "route": "standard"},
            "transfer=TR-2026-1187 route=standard est_completion=2026-12-18 guarantee_ok=true updated={t} ref={id}",
        ),
        "B": (
            "transfer_route_set",
            {"transfer": "TR-2026-1187", "route": "amber_guidance"},
            "transfer=TR-2026-1187 route=amber_guidance requires=MoneyHelper appointment est_completion=2027-01-14 guarantee_ok=false updated={t} ref={id}",
        ),
        "na": [
            "Standard route completes by 18 December, inside the guarantee. But the overseas investment could be an amber flag - trying the guidance route.",
            "Standard again: 18 December. The amber question is still there, so back to guidance.",
            "Standard once more. I'm still not sure about amber - switching again.",
        ],
        "nb": [
            "The guidance route pushes completion to 14 January, past the guarantee. Back to standard.",
            "Guidance route: still 14 January, guarantee lost. Switching to standard.",
            "Guidance again, same date. Back to the standard route.",
        ],
    },
    "fail": (
        "origo_transfer_send",
        {"transfer": "TR-2026-1187", "receiving_pstr": "00842219RT"},
        "ERROR Origo Options gateway 503 Service Unavailable (message not accepted) msgid={id} at={t}",
    ),
    "fail_intro": "I'll send the transfer discharge forms to Aurora through Origo Options.",
    "perm": (
        "funds_release",
        {"transfer": "TR-2026-1187", "amount": 412880.0, "currency": "GBP"},
        "ERROR 403 release of transfer funds requires two trustee authorisations (dual control); role pensions_analyst cannot release ref={id}",
    ),
    "reword": {
        "tool": "member_letter_create",
        "key": "body",
        "args": {"member": "PX-0047719", "channel": "post"},
        "texts": [
            "Dear Mr Ellison, your transfer is progressing and we will confirm completion shortly.",
            "Dear Mr Ellison, we are processing your transfer to Aurora Wealth SIPP and will write again once it completes.",
            "Dear Mr Ellison, thank you for your patience - your transfer request is being handled and we expect to complete it soon.",
            "Dear Mr Ellison, this is to let you know your transfer is in progress; we'll confirm when it's done.",
        ],
        "obs": "ERROR 422 transfer correspondence must use an approved template (field 'template', e.g. TRF-PROGRESS-03); free-text letters are not permitted ref={id}",
    },
    "plan_para": [
        "Next I'll compile the transfer pack for trustee sign-off: CETV, receiving-scheme check, advice confirmation, flag assessment.",
        "Then the pack for the trustees - transfer value, receiving scheme, advice letter and the conditions assessment.",
        "After this I'll assemble the trustee pack with the CETV, SIPP check, advice confirmation and flags.",
        "So the trustee pack is next: CETV, scheme check, advice, conditions.",
    ],
    "page": {
        "task": "List every open transfer out whose guarantee expires before 31 January so we can prioritise them.",
        "first": "I'll page through open transfers.",
        "tool": "transfer_list",
        "args": {"status": "open", "sort": "guarantee_asc", "page_size": 15},
        "cursor": "page_token",
        "pages": [
            (
                None,
                "transfers=15 [TR-2026-1102 exp 2026-12-14, TR-2026-1140 exp 2026-12-19, ..., TR-2026-1187 exp 2026-12-29, ...] next=tok_B ref={id}",
                "First 15, all expiring in December.",
            ),
            (
                "tok_B",
                "transfers=15 [TR-2026-1201 exp 2027-01-04, ..., TR-2026-1260 exp 2027-01-28, TR-2026-1266 exp 2027-02-03, ...] next=tok_C ref={id}",
                "Next 15: 11 of them expire in January, then February starts.",
            ),
            (
                "tok_C",
                "transfers=8 [TR-2026-1270 exp 2027-02-10, ...] next=null ref={id}",
                "The rest are February or later.",
            ),
        ],
        "final": "26 open transfers have guarantees ending before 31 January: 15 in December (TR-2026-1102 first, on the 14th) and 11 in January.",
    },
    "fix": {
        "task": "Get a CETV recalculation for member PX-0047719 on the current transfer basis.",
        "first": "Requesting the recalculation.",
        "bad": (
            "cetv_recalculate",
            {"member": "PX-0047719", "basis": "2026 basis"},
            "ERROR 400 unknown basis '2026 basis'; available: '2025 transfer basis', '2026 transfer basis v1', '2026 transfer basis v2' ref={id}",
        ),
        "diag": "The basis needs its exact name; the current one is '2026 transfer basis v2'.",
        "good": (
            "cetv_recalculate",
            {"member": "PX-0047719", "basis": "2026 transfer basis v2"},
            "cetv_gbp=409115.00 calc_date=2026-12-10 guarantee_until=2027-03-10 ref={id}",
        ),
        "note": "New CETV GBP 409,115, guaranteed to 10 March.",
        "next": (
            "case_note_add",
            {
                "transfer": "TR-2026-1187",
                "note": "Recalc 2026-12-10: GBP 409,115 (v2), guarantee to 2027-03-10; original quote GBP 412,880 to 2026-12-29",
            },
            "note added ref={id}",
        ),
        "final": "Recalculated at GBP 409,115 (guaranteed to 10 March). The original GBP 412,880 quote still stands until 29 December, so he's better off completing on the old one.",
    },
    "docs": {
        "task": "Summarise the four documents in the Ellison transfer pack for the trustees, one line each.",
        "first": "Reading the pack documents.",
        "list": (
            "pack_contents",
            {"transfer": "TR-2026-1187"},
            "docs=4 [DOC-CETV, DOC-RSCHEME, DOC-ADVICE, DOC-FLAGS] ref={id}",
        ),
        "list_note": "Four documents.",
        "tool": "pack_doc_get",
        "key": "doc",
        "args": {"transfer": "TR-2026-1187"},
        "items": [
            (
                "DOC-CETV",
                "CETV statement: GBP 412,880, calc 2026-09-29, guaranteed to 2026-12-29, no reduction for underfunding ref={id}",
                "CETV: GBP 412,880, guaranteed to 29 December, unreduced.",
            ),
            (
                "DOC-RSCHEME",
                "Receiving scheme: Aurora Wealth SIPP, PSTR 00842219RT, HMRC registered, operator FRN 552130, no warnings ref={id}",
                "Receiving scheme: registered SIPP, authorised operator, no warnings.",
            ),
            (
                "DOC-ADVICE",
                "Advice: Castle Ridge Financial FRN 710044, pension transfer permission, letter 2026-11-30, recommends transfer ref={id}",
                "Advice: Castle Ridge Financial, correctly permissioned, recommends transferring.",
            ),
            (
                "DOC-FLAGS",
                "Conditions assessment: no red flags; amber flag considered (overseas investments) - not applicable, SIPP holds UK funds only ref={id}",
                "Flags: no red flags; the overseas-investment amber flag doesn't apply.",
            ),
        ],
        "final": "The pack is consistent: unreduced CETV, legitimate SIPP, proper advice, no flags. Ready for trustee sign-off.",
    },
    "poll": {
        "task": "Run the CETV calculation for new transfer request TR-2026-1295 and tell me the figure.",
        "first": "Starting the calculation.",
        "submit": (
            "cetv_calc_start",
            {"transfer": "TR-2026-1295"},
            "job=CV-44102 status=queued ref={id}",
        ),
        "submit_note": "Job CV-44102 queued.",
        "status": ("cetv_calc_status", {"job": "CV-44102"}),
        "states": [
            ("job=CV-44102 status=collecting_data at={t}", "Collecting member data."),
            ("job=CV-44102 status=calculating at={t}", "Calculating."),
            ("job=CV-44102 status=actuarial_check at={t}", "In actuarial check."),
            ("job=CV-44102 status=complete at={t}", "Complete."),
        ],
        "result": (
            "cetv_calc_result",
            {"job": "CV-44102"},
            "member=PX-0051302 cetv_gbp=187240.00 guarantee_until=2027-03-10 ref={id}",
        ),
        "final": "TR-2026-1295: CETV GBP 187,240, guaranteed to 10 March.",
    },
    "batch": {
        "task": "Check the guarantee dates for TR-2026-1102, TR-2026-1140, TR-2026-1163, TR-2026-1187 and TR-2026-1190.",
        "first": "Looking up each transfer.",
        "tool": "transfer_get",
        "key": "transfer",
        "args": {"fields": ["guarantee_until", "stage"]},
        "items": [
            (
                "TR-2026-1102",
                "TR-2026-1102 guarantee_until=2026-12-14 stage=awaiting_advice ref={id}",
                "1102 expires on the 14th and still awaits advice.",
            ),
            (
                "TR-2026-1140",
                "TR-2026-1140 guarantee_until=2026-12-19 stage=ready_for_signoff ref={id}",
                "1140 expires the 19th, ready for sign-off.",
            ),
            (
                "TR-2026-1163",
                "TR-2026-1163 guarantee_until=2026-12-22 stage=complete ref={id}",
                "1163 already complete.",
            ),
            (
                "TR-2026-1187",
                "TR-2026-1187 guarantee_until=2026-12-29 stage=checks ref={id}",
                "1187 (Ellison) expires the 29th, in checks.",
            ),
            (
                "TR-2026-1190",
                "TR-2026-1190 guarantee_until=2026-12-30 stage=awaiting_receiving_scheme ref={id}",
                "1190 expires the 30th, waiting on the receiving scheme.",
            ),
        ],
        "final": "Most urgent is TR-2026-1102 (expires the 14th, no advice yet); TR-2026-1140 just needs sign-off.",
    },
    "refine": {
        "task": "Confirm Mr Ellison's adviser firm is on the FCA register with the pension transfer permission.",
        "first": "Searching the FCA register.",
        "tool": "fca_register_search",
        "args": {},
        "steps": [
            (
                {"q": "Castle Ridge"},
                "firms=7 [Castle Ridge Financial Ltd 710044, Castle Ridge Homes Ltd (not FS), Castle Ridge Wealth 803321 (cancelled), ...] took={ms}ms",
                "Seven 'Castle Ridge' entries. Narrowing to authorised firms.",
            ),
            (
                {"q": "Castle Ridge", "status": "authorised"},
                "firms=2 [Castle Ridge Financial Ltd 710044, Castle Ridge Mortgages 655102] took={ms}ms",
                "Two authorised. Filtering on the pension-transfer permission.",
            ),
            (
                {
                    "q": "Castle Ridge",
                    "status": "authorised",
                    "permission": "advising_on_pension_transfers",
                },
                "firms=1 [Castle Ridge Financial Ltd 710044] took={ms}ms",
                "One firm, matching the FRN on the letter.",
            ),
            (
                {"frn": "710044", "individuals": True},
                "individuals=3 [Sarah Penrose (pension transfer specialist), ...] took={ms}ms",
                "The letter's signatory, Sarah Penrose, is listed as a pension transfer specialist.",
            ),
        ],
        "open": (
            "fca_register_firm",
            {"frn": "710044"},
            "frn=710044 'Castle Ridge Financial Ltd' status=authorised permissions=[advising_on_pension_transfers, ...] clone_warning=false ref={id}",
        ),
        "final": "Confirmed: Castle Ridge Financial (FRN 710044) is authorised with the pension-transfer permission, no clone warning, and the signatory is a registered specialist.",
    },
    "edits": {
        "task": "The trustee pack checklist for TR-2026-1187 fails. Fix it until it passes.",
        "first": "Running the checklist.",
        "test": ("pack_checklist", {"transfer": "TR-2026-1187"}),
        "first_obs": "failed=3 [ID verification older than 12 months, advice letter not linked, flags assessment unsigned] ref={id}",
        "first_note": "Three items fail.",
        "rounds": [
            (
                (
                    "pack_link",
                    {
                        "transfer": "TR-2026-1187",
                        "doc": "DOC-ADVICE",
                        "source": "advice_confirmation",
                    },
                    "linked ref={id}",
                ),
                "failed=2 [ID verification older than 12 months, flags assessment unsigned] ref={id}",
                "Advice linked; two left.",
            ),
            (
                (
                    "pack_sign",
                    {"transfer": "TR-2026-1187", "doc": "DOC-FLAGS", "by": "pensions_analyst"},
                    "signed ref={id}",
                ),
                "failed=1 [ID verification older than 12 months] ref={id}",
                "Flags assessment signed; one left.",
            ),
            (
                (
                    "pack_link",
                    {"transfer": "TR-2026-1187", "doc": "DOC-ID", "source": "id_check_2026-11-18"},
                    "linked ref={id}",
                ),
                "failed=0 status=complete ref={id}",
                "Checklist complete.",
            ),
        ],
    },
    "recheck": {
        "task": "Has Aurora Wealth acknowledged the Ellison transfer?",
        "first": "Checking the Origo message status.",
        "check": ("origo_status", {"transfer": "TR-2026-1187"}),
        "before": "transfer=TR-2026-1187 sent=2026-12-09T15:10 ack=none at={t} ref={id}",
        "answer1": "Not yet - sent yesterday at 15:10, no acknowledgement.",
        "user": "Aurora just emailed to say they've accepted it. Can you check again?",
        "reply": "Checking again.",
        "after": "transfer=TR-2026-1187 sent=2026-12-09T15:10 ack=accepted ack_at=2026-12-10T{hm} receiving_ref=AUR-77120 at={t} ref={id}",
        "answer2": "Accepted now, Aurora reference AUR-77120.",
        "follow": (
            "transfer_stage_set",
            {"transfer": "TR-2026-1187", "stage": "ready_for_signoff"},
            "stage=ready_for_signoff ref={id}",
        ),
        "final": "TR-2026-1187 has moved to ready for sign-off.",
        "thanks": "Great.",
        "thanks_reply": "The trustees can sign it off whenever they're ready.",
    },
    "flaky": {
        "task": "Check the FCA register entry for the Aurora Wealth SIPP operator (FRN 552130).",
        "first": "Querying the FCA register.",
        "call": ("fca_register_firm", {"frn": "552130"}),
        "err": "ERROR 502 Bad Gateway (register.fca.org.uk) ref={id}",
        "note": "A 502 from the register - transient. Retrying.",
        "ok": "frn=552130 'Aurora Wealth Trustees Ltd' status=authorised permissions=[establishing_operating_winding_up_personal_pension] ref={id}",
        "ok_note": "Authorised, with the permission to operate personal pensions.",
        "next": (
            "pack_doc_update",
            {"transfer": "TR-2026-1187", "doc": "DOC-RSCHEME", "fca_checked": "2026-12-10"},
            "updated ref={id}",
        ),
        "final": "Operator confirmed and the check date is recorded in the pack.",
    },
    "updates": {
        "task": "Generate the 2026 annual benefit statements for all 1,600 deferred members and keep me updated.",
        "first": "Running them in four runs of 400; I'll report after each.",
        "tool": "statement_run",
        "key": "run",
        "args": {"year": 2026, "population": "deferred"},
        "chunks": [
            (
                1,
                "run=1 generated=400 errors=0 cumulative=400/1600 ref={id}",
                "Progress: 400 of 1,600 statements generated.",
            ),
            (
                2,
                "run=2 generated=398 errors=2 (missing address) cumulative=798/1600 ref={id}",
                "Progress: 798 of 1,600; two missing addresses.",
            ),
            (
                3,
                "run=3 generated=400 errors=0 cumulative=1198/1600 ref={id}",
                "Progress: 1,198 of 1,600.",
            ),
            (
                4,
                "run=4 generated=399 errors=1 (deceased flag) cumulative=1597/1600 ref={id}",
                "Progress: 1,597 of 1,600; one deceased flag.",
            ),
        ],
        "close": (
            "statement_exceptions",
            {"year": 2026},
            "exceptions=3 [PX-0032110 no address, PX-0040877 no address, PX-0019930 deceased] ref={id}",
        ),
        "final": "1,597 statements generated; three exceptions (two missing addresses, one deceased member) need manual handling.",
    },
    "sources": {
        "task": "The pensions admin system and the payroll extract disagree on Mr Ellison's leaving date and final salary. Reconcile.",
        "first": "Comparing the two sources.",
        "reads": [
            (
                "admin_member_history",
                {"member": "PX-0047719", "fields": ["date_left"]},
                "date_left=2019-03-31 ref={id}",
                "Admin system: left 31 March 2019.",
            ),
            (
                "payroll_extract",
                {"employee": "E-11872", "fields": ["termination_date"]},
                "termination_date=2019-04-12 reason='resigned' ref={id}",
                "Payroll: terminated 12 April 2019.",
            ),
            (
                "admin_member_history",
                {"member": "PX-0047719", "fields": ["final_pensionable_salary"]},
                "fps_gbp=48200 basis='best 3 consecutive years' ref={id}",
                "Admin: final pensionable salary GBP 48,200.",
            ),
            (
                "payroll_extract",
                {"employee": "E-11872", "fields": ["pensionable_pay_2016_2019"]},
                "2016=46900 2017=47800 2018=48200 2019_partial=49100 (pro rata) ref={id}",
                "Payroll shows 2018 at GBP 48,200 and the best three consecutive years average below that, so 48,200 must be the single best year.",
            ),
        ],
        "write": (
            "admin_member_update",
            {
                "member": "PX-0047719",
                "date_left": "2019-04-12",
                "query": "FPS basis - raised to actuary",
            },
            "updated date_left; query Q-3310 raised ref={id}",
        ),
        "final": "Leaving date corrected to 12 April 2019 per payroll; the salary basis question is with the actuary as Q-3310, because it could change the CETV.",
    },
    "plan": {
        "task": "Complete the Ellison transfer now that the trustees have signed off.",
        "first": "Completing TR-2026-1187.",
        "announce": "Plan: 1) confirm both trustee authorisations, 2) schedule the payment, 3) send the discharge confirmation, 4) update his record.",
        "steps": [
            (
                "signoff_status",
                {"transfer": "TR-2026-1187"},
                "authorisations=2/2 [J. Ward 10:42, P. Osei 11:05] ref={id}",
                "Step 1 done: both trustee authorisations in place.",
            ),
            (
                "payment_schedule",
                {"transfer": "TR-2026-1187", "payee_pstr": "00842219RT", "date": "2026-12-15"},
                "payment PAY-88120 scheduled 2026-12-15 (released by treasury under dual control) ref={id}",
                "Step 2 done: payment PAY-88120 scheduled for 15 December, released by treasury.",
            ),
            (
                "origo_discharge_send",
                {"transfer": "TR-2026-1187"},
                "discharge sent msgid={id}",
                "Step 3 done: discharge confirmation sent to Aurora.",
            ),
            (
                "member_status_set",
                {"member": "PX-0047719", "status": "transferred_out", "effective": "2026-12-15"},
                "member status=transferred_out effective=2026-12-15 ref={id}",
                "Step 4 done: record set to transferred out from the 15th.",
            ),
        ],
        "final": "The Ellison transfer is complete on our side: authorised, payment scheduled for 15 December, discharge sent, record updated.",
    },
}
DOMAINS: list[Dom] = [
    D_AUDIOLOGY,
    D_ILL,
    D_SUBSEA,
    D_BOUNTY,
    D_PLANOGRAM,
    D_DRONE,
    D_DOPING,
    D_PENSION,
]


SEPARATE_MESSAGES = {"monologue", "paraphrased_reply"}


def joined(steps: list[Step]) -> list[Step]:
    """Join an llm step with no new user message onto the llm step before it."""
    out: list[Step] = []
    for s in steps:
        if s["kind"] == "llm" and "observation" not in s and out and out[-1]["kind"] == "llm":
            out[-1] = {**out[-1], "text": f"{out[-1]['text']} {s['text']}".strip()}
        else:
            out.append(s)
    return out


def build_row(label: str, ki: int, kind: str, n: int, fn: Any) -> Row:
    d = DOMAINS[(n + ki) % len(DOMAINS)]
    rid = f"thirtyfourth-{label}-{kind}-{n:03d}"
    rng = random.Random(f"{SEED}:{rid}")
    r = Run(rng, Clock(rng, d["start"]), d)
    r.progress = label == "progress"
    fn(r, d, n)
    return {
        "id": rid,
        "label": label,
        "category": f"{label}/{kind}",
        "domain": d["domain"],
        "steps": r.steps if kind in SEPARATE_MESSAGES else joined(r.steps),
    }


def build() -> list[Row]:
    """Every row of the set, in file order."""
    rows: list[Row] = []
    for label, table in (("loop", LOOPS), ("progress", PROGRESS)):
        for ki, (kind, fn) in enumerate(table.items()):
            rows.extend(build_row(label, ki, kind, n, fn) for n in range(len(DOMAINS)))
    return rows


def main() -> None:
    rows = build()
    out = HERE / "trajectories.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
