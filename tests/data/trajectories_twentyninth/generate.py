"""Generate the twenty-ninth labelled set of agent trajectories.

Run ``python tests/data/trajectories_twentyninth/generate.py`` to rewrite ``trajectories.jsonl``.
Self-contained and deterministic: every row has its own random generator and clock.
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 20261206
PER_CATEGORY = 8

Row = dict[str, Any]
Step = dict[str, Any]
Spec = tuple[Any, ...]


class Clock:
    """Per-row clock: starts on 2026-12-06 between 06:40 and 17:50 and only moves forward."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.t = datetime(2026, 12, 6, 6, 40) + timedelta(seconds=rng.randint(0, 40200))

    def tick(self) -> None:
        self.t += timedelta(seconds=self.rng.randint(3, 55))

    def wait(self, seconds: int) -> None:
        self.t += timedelta(seconds=seconds)


TOKEN = re.compile(r"\{(rid|hex|ms|ts|hm|n5|n3|uuid)\}")


def fill(text: str, rng: random.Random, c: Clock) -> str:
    def one(m: re.Match[str]) -> str:
        k = m.group(1)
        if k == "rid":
            return f"{rng.getrandbits(48):012x}"
        if k == "hex":
            return f"{rng.getrandbits(32):08x}"
        if k == "ms":
            return str(rng.randint(70, 2900))
        if k == "ts":
            return c.t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if k == "hm":
            return c.t.strftime("%H:%M:%S")
        if k == "n5":
            return str(rng.randint(10000, 99999))
        if k == "n3":
            return str(rng.randint(100, 999))
        return f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}"

    return TOKEN.sub(one, text)


def llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def call(rng: random.Random, c: Clock, spec: Spec) -> Step:
    tool, args, obs = spec[0], spec[1], spec[2]
    error = bool(spec[3]) if len(spec) > 3 else False
    c.tick()
    return {
        "kind": "tool",
        "tool": tool,
        "args": json.loads(fill(json.dumps(args), rng, c)),
        "observation": fill(obs, rng, c),
        "error": error,
    }


def wait(rng: random.Random, c: Clock, d: dict[str, Any], seconds: int) -> Step:
    step = call(rng, c, d["wait"](seconds))
    c.wait(seconds)
    return step


def as_observed(steps: list[Step]) -> list[Step]:
    """Keep only new user messages on llm steps and join llm steps that saw nothing new."""
    out: list[Step] = []
    seen: str | None = None
    for raw in steps:
        s = dict(raw)
        if s["kind"] == "llm":
            obs = s.get("observation")
            if obs is not None and obs == seen:
                del s["observation"]
                obs = None
            if obs is None and out and out[-1]["kind"] == "llm":
                out[-1]["text"] = out[-1]["text"] + " " + s["text"]
                continue
            if obs is not None:
                seen = obs
        out.append(s)
    return out


class Row_:
    """Collects the steps of one row."""

    def __init__(self, rng: random.Random, c: Clock, d: dict[str, Any]) -> None:
        self.rng, self.c, self.d = rng, c, d
        self.steps: list[Step] = []

    def open(self) -> Row_:
        self.steps.append(llm(self.rng.choice(self.d["openers"]), self.d["task"]))
        return self

    def say(self, text: str, user: str | None = None) -> Row_:
        self.steps.append(llm(text, user))
        return self

    def ping(self, i: int, text: str) -> Row_:
        self.steps.append(llm(self.d["replies"][i] + " " + text, self.d["pings"][i]))
        return self

    def do(self, spec: Spec) -> Row_:
        self.steps.append(call(self.rng, self.c, spec))
        return self

    def look(self, key: str) -> Row_:
        return self.do(self.d[key]).say(self.d["n" + key])

    def sleep(self, seconds: int) -> Row_:
        self.steps.append(wait(self.rng, self.c, self.d, seconds))
        return self


# ---------------------------------------------------------------- loop builders


def loop_noisy_repeat(r: Row_, n: int) -> None:
    d, g = r.d, r.d["again"]
    other = "B" if n % 2 == 0 else "C"
    r.open().look("A").look(other).say(g[0]).do(d["A"])
    if n % 2 == 0:
        r.say(g[1]).do(d["A"]).ping(0, g[2]).do(d["A"]).say(g[3])
    else:
        r.ping(0, g[1]).do(d["A"]).say(g[2]).do(d["A"]).say(g[3])


def loop_failing_variants(r: Row_, n: int) -> None:
    f = r.d["fail"]
    specs = [(f["tool"], a, f["err"], True) for a in f["variants"]]
    if n % 2 == 0:
        r.open().look("A")
        for s, line in zip(specs, f["lines"], strict=True):
            r.do(s).say(line)
    else:
        r.open().look("C")
        for i, (s, line) in enumerate(zip(specs, f["lines"], strict=True)):
            r.do(s)
            if i == 1:
                r.ping(0, line)
            else:
                r.say(line)


def loop_verify_rerun(r: Row_, n: int) -> None:
    k = r.d["check"]
    spec = (k["tool"], k["args"], k["fails"][2], True)
    fl = k["flake"]
    if n % 2 == 0:
        r.open().look("A")
        for line in fl:
            r.do(spec).say(line)
    else:
        r.open().do(spec).say(fl[0]).do(spec).ping(1, fl[1]).do(spec).say(fl[2])
        r.look("B").do(spec).say(fl[3])


def loop_endless_preflight(r: Row_, n: int) -> None:
    p = r.d["pre"]
    r.open().look("A" if n % 2 == 0 else "B").say(p["intent"])
    at = 2 if n % 2 == 0 else 1
    for i, (s, line) in enumerate(zip(p["checks"], p["lines"], strict=True)):
        r.do(s)
        if i == at:
            r.ping(0, line)
        else:
            r.say(line)


def loop_verdict_flipflop(r: Row_, n: int) -> None:
    f = r.d["flip"]
    if n % 2 == 0:
        r.open().look("A")
        r.do(f["S1"]).say(f["X"][0]).do(f["S2"]).say(f["Y"][0]).do(f["S1"]).say(f["X"][1])
        r.do(f["S2"]).ping(1, f["Y"][1]).do(f["S1"]).say(f["X"][2])
    else:
        r.open().do(f["S2"]).say(f["Y"][0]).do(f["S1"]).say(f["X"][0]).do(f["S2"])
        r.say(f["Y"][1]).do(f["S1"]).ping(0, f["X"][1]).do(f["S2"]).say(f["Y"][2])


def loop_acknowledged_not_applied(r: Row_, n: int) -> None:
    a = r.d["ack"]
    w = a["wrong"]
    if n % 2 == 0:
        r.open().look("A").do(w).say(a["present"][0]).say(a["sorry"][0], a["user"][0])
        r.do(w).say(a["present"][1]).say(a["sorry"][1], a["user"][1])
        r.do(w).say(a["present"][2]).say(a["sorry"][2], a["user"][2]).do(w).say(a["last"])
    else:
        r.open().do(w).say(a["present"][0]).say(a["sorry"][0], a["user"][0])
        r.do(w).say(a["present"][1]).say(a["sorry"][1], a["user"][1])
        r.look("B").do(w).say(a["present"][2])


def loop_prerequisite_deadlock(r: Row_, n: int) -> None:
    x = r.d["dead"]
    if n % 2 == 0:
        r.open().look("A").do(x["P"]).say(x["lP"][0]).do(x["Q"]).say(x["lQ"][0])
        r.do(x["R"]).say(x["lR"][0]).do(x["P"]).ping(0, x["lP"][1]).do(x["Q"]).say(x["lQ"][1])
    else:
        r.open().do(x["Q"]).say(x["lQ"][0]).do(x["R"]).say(x["lR"][0]).do(x["P"])
        r.say(x["lP"][0]).do(x["Q"]).say(x["lQ"][1]).do(x["R"]).say(x["lR"][1])


def loop_channel_hopping(r: Row_, n: int) -> None:
    h = r.d["hop"]
    r.open().look("A" if n % 2 == 0 else "C")
    for i, (s, line) in enumerate(zip(h["specs"], h["lines"], strict=True)):
        r.do(s)
        if n % 2 == 1 and i == 1:
            r.ping(1, line)
        else:
            r.say(line)


def loop_option_carousel(r: Row_, n: int) -> None:
    o = r.d["car"]

    def opt(i: int) -> Spec:
        return (o["tool"], o["opts"][i], o["refusals"][i], True)

    if n % 2 == 0:
        r.open().look("A")
        for i in range(3):
            r.do(opt(i)).say(o["lines"][i])
        r.do(opt(0)).say(o["again"][0]).do(opt(1)).say(o["again"][1])
    else:
        r.open().look("B")
        for i in (1, 2, 0):
            r.do(opt(i)).say(o["lines"][i])
        r.do(opt(1)).ping(0, o["again"][0]).do(opt(2)).say(o["again"][1])


def loop_constraint_whack_a_mole(r: Row_, n: int) -> None:
    m = r.d["mole"]

    def chk(i: int) -> Spec:
        return (m["tool"], m["args"], m["states"][i], True)

    if n % 2 == 0:
        r.open().look("A")
        for i in range(3):
            r.do(chk(i)).say(m["lines"][i]).do(m["edits"][i])
        r.do(chk(0)).say(m["back"][0])
    else:
        r.open().do(chk(0)).say(m["lines"][0]).do(m["edits"][0]).do(chk(1)).say(m["lines"][1])
        r.do(m["edits"][1]).do(chk(2)).ping(1, m["lines"][2]).do(m["edits"][2])
        r.do(chk(0)).say(m["back"][0]).do(m["edits"][0]).do(chk(1)).say(m["back"][1])


def loop_duplicate_ticket_spawn(r: Row_, n: int) -> None:
    t = r.d["dup"]
    specs = [(t["tool"], a, t["obs"]) for a in t["args"]]
    if n % 2 == 0:
        r.open().look("A").do(specs[0]).say(t["lines"][0]).look("B")
        for s, line in zip(specs[1:], t["lines"][1:], strict=True):
            r.do(s).say(line)
    else:
        r.open().look("C")
        for i, (s, line) in enumerate(zip(specs, t["lines"], strict=True)):
            r.do(s)
            if i == 1:
                r.ping(1, line)
            else:
                r.say(line)


def loop_synonym_search_spin(r: Row_, n: int) -> None:
    s = r.d["syn"]
    r.open().look("A" if n % 2 == 0 else "B")
    for i, (a, line) in enumerate(zip(s["args"], s["lines"], strict=True)):
        r.do((s["tool"], a, s["obs"]))
        if n % 2 == 1 and i == 2:
            r.ping(0, line)
        else:
            r.say(line)


# ------------------------------------------------------------ progress builders


def prog_paging(r: Row_, n: int) -> None:
    p = r.d["pages"]
    r.open().look("A" if n % 2 == 0 else "B")
    for s, line in zip(p["specs"], p["notes"], strict=True):
        r.do(s).say(line)


def prog_corrected_retry(r: Row_, n: int) -> None:
    t = r.d["typo"]
    if n % 2 == 0:
        r.open().do(t["bad"]).say(t["tnote"]).do(t["good"]).say(t["gnote"]).look("B").look("C")
    else:
        r.open().look("A").do(t["bad"]).say(t["tnote"]).do(t["good"]).say(t["gnote"]).look("B")


def prog_polling_with_waits(r: Row_, n: int) -> None:
    j = r.d["job"]

    def poll(i: int) -> Spec:
        return (j["poll"][0], j["poll"][1], j["states"][i])

    if n % 2 == 0:
        r.open().look("A").look("B").do(j["start"]).say(j["snote"])
        for i, secs in enumerate(j["waits"]):
            r.sleep(secs).do(poll(i)).say(j["pnotes"][i])
    else:
        r.open().say(j["resume"])
        for i, secs in enumerate(j["waits"]):
            r.sleep(secs * 2).do(poll(i)).say(j["pnotes"][i])
        r.look("C")


def prog_batch_actions(r: Row_, n: int) -> None:
    b = r.d["batch"]
    r.open()
    for key in ("A", "B") if n % 2 == 0 else ("B", "C"):
        r.look(key)
    for s in b["specs"]:
        r.do(s)
    r.say(b["note"])


def prog_related_summaries(r: Row_, n: int) -> None:
    s = r.d["summ"]
    r.open()
    for key in ("A", "B", "C") if n % 2 == 0 else ("C", "A", "B"):
        r.look(key)
    r.say(s["synth"]).say(s["answer"], s["follow"])


def prog_iterative_edits(r: Row_, n: int) -> None:
    k = r.d["check"]

    def chk(i: int) -> Spec:
        return (k["tool"], k["args"], k["fails"][i], i > 0)

    r.open()
    if n % 2 == 1:
        r.look("A")
    for i, e in enumerate(k["edits"]):
        r.do(chk(3 - i)).say(k["cnotes"][i]).do(e)
    r.do(chk(0)).say(k["done"])


def prog_user_changes_mind(r: Row_, n: int) -> None:
    w = r.d["write"]
    r.open()
    for key in ("A", "C") if n % 2 == 0 else ("B",):
        r.look(key)
    r.do(w["specs"][0]).say(w["notes"][0])
    for i in (1, 2):
        r.say(w["acks"][i - 1], w["changes"][i - 1]).do(w["specs"][i]).say(w["notes"][i])


def prog_search_refinement(r: Row_, n: int) -> None:
    s = r.d["search"]
    r.open().look("A")
    if n % 2 == 0:
        r.do(s["wrong"]).say(s["wnote"]).say(s["hline"], s["hint"])
    else:
        r.look("C").do(s["wrong"]).say(s["wnote"] + " " + s["own"])
    r.do(s["right"]).say(s["rnote"]).do(s["read"]).say(s["learned"])


def prog_requested_recheck(r: Row_, n: int) -> None:
    q = r.d["recheck"]
    a2 = (r.d["A"][0], r.d["A"][1], q["A2"])
    r.open().look("A")
    if n % 2 == 0:
        r.look("B").say(q["line"], q["ask"]).do(a2).say(q["note"]).do(q["act"]).say(q["anote"])
    else:
        r.say(q["line"], q["ask"]).do(a2).say(q["note"]).do(q["act"]).say(q["anote"]).look("C")


def prog_flaky_rerun_passes(r: Row_, n: int) -> None:
    f = r.d["flaky"]
    bad = (f["call"][0], f["call"][1], f["err"], True)
    good = (f["call"][0], f["call"][1], f["ok"])
    if n % 2 == 0:
        r.open().look("A").do(bad).say(f["now"]).do(good).say(f["fnote"]).look("B")
    else:
        r.open().look("B").do(bad).say(f["later"]).sleep(f["secs"]).do(good).say(f["fnote"])
        r.look("C")


def prog_preflight_then_act(r: Row_, n: int) -> None:
    p = r.d["pre"]
    r.open().look("A" if n % 2 == 0 else "B").say(p["intent"])
    i = 0 if n % 2 == 0 else 1
    r.do(p["checks"][i]).say(p["ok_lines"][i]).do(p["issue"]).say(p["inote"])
    r.do(p["fix"]).say(p["fnote"]).do(p["act"]).say(p["anote"])


def prog_prerequisite_chain(r: Row_, n: int) -> None:
    x = r.d["dead"]
    r.open().look("A" if n % 2 == 0 else "C")
    r.do(x["P"]).say(x["lP"][0]).do(x["Q"]).say(x["lQ"][0]).do(x["Rok"]).say(x["lRok"])
    r.do(x["Qok"]).say(x["lQok"]).do(x["Pok"]).say(x["lPok"])


LOOPS = [
    ("noisy_repeat", loop_noisy_repeat),
    ("failing_variants", loop_failing_variants),
    ("verify_rerun", loop_verify_rerun),
    ("endless_preflight", loop_endless_preflight),
    ("verdict_flipflop", loop_verdict_flipflop),
    ("acknowledged_not_applied", loop_acknowledged_not_applied),
    ("prerequisite_deadlock", loop_prerequisite_deadlock),
    ("channel_hopping", loop_channel_hopping),
    ("option_carousel", loop_option_carousel),
    ("constraint_whack_a_mole", loop_constraint_whack_a_mole),
    ("duplicate_ticket_spawn", loop_duplicate_ticket_spawn),
    ("synonym_search_spin", loop_synonym_search_spin),
]

PROGRESS = [
    ("paging", prog_paging),
    ("corrected_retry", prog_corrected_retry),
    ("polling_with_waits", prog_polling_with_waits),
    ("batch_actions", prog_batch_actions),
    ("related_summaries", prog_related_summaries),
    ("iterative_edits", prog_iterative_edits),
    ("user_changes_mind", prog_user_changes_mind),
    ("search_refinement", prog_search_refinement),
    ("requested_recheck", prog_requested_recheck),
    ("flaky_rerun_passes", prog_flaky_rerun_passes),
    ("preflight_then_act", prog_preflight_then_act),
    ("prerequisite_chain", prog_prerequisite_chain),
]


# ------------------------------------------------------------------- domains


def grain_elevator_settlement() -> dict[str, Any]:
    sql = "agris_sql"
    st = "settlement_api"
    tickets = (
        "ticket   date   net_bu  moist  shrink_bu  table\n"
        "T-88201  10-03   912.4   15.8      34.2  CORN-26\n"
        "T-88214  10-03   887.0   16.1      35.9  CORN-26\n"
        "T-88290  10-06   940.6   14.9      23.7  CORN-26\n"
        "(23 rows, 20 more)  qid {hex}  {ms} ms"
    )
    return {
        "name": "grain_elevator_settlement",
        "task": (
            "Wes here, grain desk at Prairie Bend Co-op. Harlan Dreyer (acct 40817) says his "
            "October soybean settlements were docked too hard for moisture - I think the scale "
            "house ran the corn shrink table on 23 of his loads. Recalculate on the bean schedule, "
            "correct the settlements and tell me the bushels and dollars we owe him. Don't "
            "re-grade any samples, and no payment goes out before Lorna signs off."
        ),
        "openers": [
            "Pulling Harlan's October soybean scale tickets from Agris first.",
            "First the scale tickets for acct 40817 since 1 October.",
            "I'll start with Dreyer's bean tickets and the shrink table each one used.",
        ],
        "acks": [
            "Right, Wes - on the Dreyer beans.",
            "Understood; looking into acct 40817.",
            "OK, moisture docks on Harlan's loads.",
        ],
        "pings": [
            "Wes again. Harlan's on the other line - where are we?",
            "Any numbers yet? Lorna's asking too.",
        ],
        "replies": ["Working it, Wes.", "Not yet, Wes."],
        "wait": lambda s: ("sh", {"cmd": f"sleep {s}"}, "exit 0"),
        "A": (
            sql,
            {
                "sql": "SELECT ticket, date, net_bu, moist, shrink_bu, table FROM scale_tickets "
                "WHERE acct = 40817 AND commodity = 'SB' AND date >= '2026-10-01'"
            },
            tickets,
        ),
        "nA": "23 tickets, every one shrunk on CORN-26. Moisture runs 14.9 to 16.1.",
        "B": (
            sql,
            {
                "sql": "SELECT table, base_moist, shrink_per_pt, handling_pct FROM "
                "shrink_schedule WHERE season = 2026"
            },
            "table    base_moist  shrink_per_pt  handling_pct\n"
            "CORN-26      15.0          1.4          0.5\n"
            "SB-26        13.0          1.3          0.0\n"
            "(2 rows)  qid {hex}",
        ),
        "nB": "Corn shrinks from 15.0 at 1.4 a point plus handling; beans from 13.0 at 1.3, no "
        "handling.",
        "C": (
            st,
            {"op": "contract.get", "contract": "SB-26-1142"},
            '{"contract": "SB-26-1142", "acct": 40817, "commodity": "SB", "bu": 20000, '
            '"price": 10.42, "basis": "-0.68 Jan", "status": "open", "delivered_bu": 19406.2}',
        ),
        "nC": "Contract SB-26-1142 is $10.42 flat, 19,406 bu delivered against 20,000.",
        "again": [
            "Let me run the ticket pull once more to be sure of the list.",
            "Same 23. Once more against Agris in case the scale house synced late.",
            "Still 23, same table. One more pull.",
            "Unchanged. I'll query the tickets again after this.",
        ],
        "fail": {
            "tool": st,
            "variants": [
                {"op": "settlement.adjust", "ticket": "T-88201", "delta_bu": "14.2"},
                {"op": "settlement.adjust", "ticket": "T-88201", "delta_bu": "+14.2"},
                {"op": "settlement.adjust", "ticket": "t-88201", "delta_bu": "14.20"},
                {"op": "Settlement.Adjust", "ticket": "T-88201", "delta_bu": " 14.2 "},
            ],
            "err": "400 Bad Request: field 'delta_bu' must be a JSON number, got string "
            "(request {rid})",
            "lines": [
                "Rejected. Adding the sign.",
                "Still rejected. Lower-case ticket and two decimals.",
                "Same 400. Trying the op name capitalised.",
                "400 again. I'll send it with a different spacing next.",
            ],
        },
        "check": {
            "tool": "shrink_audit",
            "args": {"acct": 40817, "commodity": "SB", "month": "2026-10"},
            "fails": [
                "shrink_audit run {hex}: 23 tickets checked, 0 mismatches. OK",
                "shrink_audit run {hex}: 23 tickets checked, 1 mismatch\n"
                "  T-88290 shrink 23.7 expected 24.5 (SB-26)",
                "shrink_audit run {hex}: 23 tickets checked, 2 mismatches\n"
                "  T-88214 shrink 35.9 expected 35.8 (SB-26)\n"
                "  T-88290 shrink 23.7 expected 24.5 (SB-26)",
                "shrink_audit run {hex}: 23 tickets checked, 3 mismatches\n"
                "  T-88201 shrink 34.2 expected 33.2 (SB-26)\n"
                "  T-88214 shrink 35.9 expected 35.8 (SB-26)\n"
                "  T-88290 shrink 23.7 expected 24.5 (SB-26)",
            ],
            "flake": [
                "Two mismatches. The audit may be reading yesterday's snapshot; rerunning.",
                "Same two. Probably still cached - again.",
                "T-88214 and T-88290 again. Agris replication lags sometimes; one more run.",
                "Identical. I'll give the audit another go.",
            ],
            "cnotes": [
                "Three tickets off. T-88201 first: re-shrink on SB-26.",
                "T-88214 next.",
                "Last one, T-88290 - it was under-docked, so the fix lowers net bu.",
            ],
            "edits": [
                (
                    st,
                    {"op": "settlement.reshrink", "ticket": "T-88201", "table": "SB-26"},
                    '{"ticket": "T-88201", "shrink_bu": 33.2, "net_bu": 913.4, "rev": 3}',
                ),
                (
                    st,
                    {"op": "settlement.reshrink", "ticket": "T-88214", "table": "SB-26"},
                    '{"ticket": "T-88214", "shrink_bu": 35.8, "net_bu": 887.1, "rev": 2}',
                ),
                (
                    st,
                    {"op": "settlement.reshrink", "ticket": "T-88290", "table": "SB-26"},
                    '{"ticket": "T-88290", "shrink_bu": 24.5, "net_bu": 939.8, "rev": 2}',
                ),
            ],
            "done": "Audit clean on all 23. Net change +1.7 bu on these three.",
        },
        "pre": {
            "intent": "The corrections are staged; I'm about to post them to Harlan's account.",
            "checks": [
                (
                    sql,
                    {"sql": "SELECT status FROM contracts WHERE id = 'SB-26-1142'"},
                    "status\nopen\n(1 row)  qid {hex}",
                ),
                (
                    st,
                    {"op": "payee.get", "acct": 40817},
                    '{"acct": 40817, "payee": "Dreyer Farms LLC", "ach": "on file", "w9": true}',
                ),
                (st, {"op": "holds.list", "acct": 40817}, '{"holds": []}'),
                (
                    sql,
                    {
                        "sql": "SELECT COUNT(*) FROM scale_tickets WHERE acct = 40817 AND "
                        "status = 'VOID' AND date >= '2026-10-01'"
                    },
                    "count\n0\n(1 row)  qid {hex}",
                ),
            ],
            "lines": [
                "Contract open. Before posting, I should also confirm the payee record.",
                "Payee and W-9 fine. One more thing first: any holds on the account.",
                "No holds. Before I post I'd like to rule out voided tickets too.",
                "No voids either. Let me just double-check the grade factors before posting.",
            ],
            "ok_lines": [
                "Contract open. Checking for liens before any money moves.",
                "Payee on file. Lien search before posting.",
            ],
            "issue": (
                st,
                {"op": "liens.search", "acct": 40817, "crop_year": 2026},
                '{"liens": [{"holder": "Farm Credit Mid-America", "filed": "2026-03-11", '
                '"crop": "soybeans", "requires_copayee": true}]}',
            ),
            "inote": "Farm Credit has a lien on his 2026 beans - checks must name them as "
            "co-payee.",
            "fix": (
                st,
                {
                    "op": "payee.add_copayee",
                    "acct": 40817,
                    "copayee": "Farm Credit Mid-America",
                    "crop_year": 2026,
                },
                '{"acct": 40817, "copayees": ["Farm Credit Mid-America"], "rev": 6}',
            ),
            "fnote": "Co-payee added. Posting the corrections now, held for Lorna's sign-off.",
            "act": (
                st,
                {
                    "op": "settlement.post",
                    "acct": 40817,
                    "batch": "ADJ-1042",
                    "release": "hold_for_gm",
                },
                '{"batch": "ADJ-1042", "tickets": 23, "owed_bu": 412.6, "owed_usd": 4299.29, '
                '"state": "posted_held"}',
            ),
            "anote": "Posted and held: 412.6 bu, $4,299.29 owed to Harlan, waiting on Lorna.",
        },
        "flip": {
            "S1": (
                sql,
                {
                    "sql": "SELECT ticket, table, operator FROM scale_tickets WHERE "
                    "acct = 40817 AND date >= '2026-10-01' LIMIT 3"
                },
                "ticket   table    operator\nT-88201  CORN-26  jlaine\nT-88214  CORN-26  "
                "jlaine\nT-88290  CORN-26  jlaine\n(3 rows)  qid {hex}",
            ),
            "S2": (
                "calibration_log",
                {"meter": "GAC2500-SH2", "since": "2026-09-15"},
                "GAC2500-SH2  2026-09-18 check sample 13.0% read 13.6%  +0.6  FAIL\n"
                "GAC2500-SH2  2026-10-21 check sample 13.0% read 13.1%  +0.1  PASS",
            ),
            "X": [
                "It's the table - all CORN-26. That's the whole story.",
                "Back to the tickets: CORN-26 everywhere. The table is the cause.",
                "No, the table explains it. I'll look at the meter log once more to be sure.",
            ],
            "Y": [
                "Hm, the meter read 0.6 high until 21 Oct. Maybe it's the meter, not the table.",
                "The meter was off by 0.6 - that's the real cause, surely.",
                "Actually the meter drift is bigger than I thought. Let me see the tickets again.",
            ],
        },
        "ack": {
            "wrong": (
                sql,
                {
                    "sql": "SELECT ticket, moist_probe FROM scale_tickets WHERE "
                    "acct = 40817 AND date >= '2026-10-01'"
                },
                "ticket   moist_probe\nT-88201  16.3\nT-88214  16.6\nT-88290  15.4\n"
                "(23 rows, 20 more)  qid {hex}",
            ),
            "present": [
                "Probe moisture: 16.3, 16.6, 15.4 on the first three.",
                "Probe column again: 16.3, 16.6, 15.4.",
                "There: T-88201 16.3, T-88214 16.6.",
            ],
            "user": [
                "Not the probe - use moist_grade, the lab reading off the grade sample.",
                "Wes again: moist_GRADE. The probe column is what we don't settle on.",
                "Third time. moist_grade. Please.",
            ],
            "sorry": [
                "Sorry, Wes - switching to the grade-sample moisture.",
                "You're right, my mistake. Grade moisture now.",
                "Apologies. Pulling moist_grade.",
            ],
            "last": "Moisture per ticket, ready for the recalculation.",
        },
        "dead": {
            "P": (
                st,
                {"op": "settlement.post", "acct": 40817, "batch": "ADJ-1042"},
                "409 Conflict: batch ADJ-1042 needs GM approval (approval.request) before posting",
                True,
            ),
            "Q": (
                st,
                {"op": "approval.request", "batch": "ADJ-1042", "approver": "lorna.b"},
                "409 Conflict: approval requests need a clean shrink audit attached (audit.attach)",
                True,
            ),
            "R": (
                st,
                {"op": "audit.attach", "batch": "ADJ-1042"},
                "409 Conflict: audits attach to posted batches only; post ADJ-1042 first",
                True,
            ),
            "lP": [
                "Posting needs Lorna's approval first. Requesting it.",
                "Still needs approval. Requesting again.",
            ],
            "lQ": [
                "Approval wants the audit attached. Attaching.",
                "Wants the audit. Attaching it.",
            ],
            "lR": [
                "The audit only attaches to posted batches. Back to posting.",
                "Needs posting first. Trying the post.",
            ],
            "Rok": (
                st,
                {"op": "audit.attach", "batch": "ADJ-1042"},
                '{"batch": "ADJ-1042", "audit": "shrink_audit/9a41", "attached": true}',
            ),
            "lRok": "Audit attached.",
            "Qok": (
                st,
                {"op": "approval.request", "batch": "ADJ-1042", "approver": "lorna.b"},
                '{"approval": "APR-3318", "state": "pending", "approver": "lorna.b"}',
            ),
            "lQok": "Approval request APR-3318 sent to Lorna.",
            "Pok": (
                st,
                {
                    "op": "settlement.post",
                    "acct": 40817,
                    "batch": "ADJ-1042",
                    "release": "hold_for_gm",
                },
                '{"batch": "ADJ-1042", "state": "posted_held", "approval": "APR-3318"}',
            ),
            "lPok": "ADJ-1042 posted and held against APR-3318. Payment moves when Lorna approves.",
        },
        "hop": {
            "specs": [
                (
                    st,
                    {"op": "settlement.reshrink", "ticket": "T-88201", "table": "SB-26"},
                    "423 Locked: accounting period 2026-10 is closed (GL close {ts})",
                    True,
                ),
                (
                    sql,
                    {"sql": "UPDATE scale_tickets SET table = 'SB-26' WHERE ticket = 'T-88201'"},
                    "ERROR: row in closed period 2026-10 is read-only",
                    True,
                ),
                (
                    "agris_cli",
                    {"argv": ["settle", "fix", "T-88201", "--table", "SB-26"]},
                    "agris: period 10/2026 closed - reopen in GL (controller)",
                    True,
                ),
                (
                    "browser",
                    {
                        "action": "submit",
                        "url": "https://agris.pbcoop.local/settle/T-88201/edit",
                        "form": {"table": "SB-26"},
                    },
                    "Page says: This ticket is in a closed period and cannot be edited.",
                    True,
                ),
            ],
            "lines": [
                "Locked by the October close. Trying straight SQL.",
                "Read-only there too. The CLI might bypass it.",
                "CLI refuses as well. The web screen, then.",
                "Web form blocked too. Maybe the mobile scale app lets me.",
            ],
        },
        "car": {
            "tool": "bnsf_portal",
            "opts": [
                {"op": "car_order", "origin": "PRAIRIE BEND", "cars": 4, "date": "2026-12-09"},
                {"op": "car_order", "origin": "PRAIRIE BEND", "cars": 4, "date": "2026-12-10"},
                {"op": "car_order", "origin": "PRAIRIE BEND", "cars": 4, "date": "2026-12-11"},
            ],
            "refusals": [
                "DECLINED: no covered hoppers in the shuttle pool before 2026-12-15",
                "DECLINED: pool empty through 2026-12-14; earliest placement 12-15",
                "DECLINED: no equipment available, next availability 2026-12-15",
            ],
            "lines": [
                "The 9th is declined. Trying the 10th.",
                "10th declined. The 11th?",
                "Also no. Back to the 9th - cars might have come back.",
            ],
            "again": [
                "Still declined. The 10th once more.",
                "No luck. I'll cycle the dates again.",
            ],
        },
        "mole": {
            "tool": "blend_check",
            "args": {"car": "PBCX 4471", "spec": "buyer-SB-2"},
            "states": [
                "FAIL moisture 13.4% > 13.0% | FM 0.8% ok | damage 1.6% ok",
                "FAIL FM 1.2% > 1.0% | moisture 12.9% ok | damage 1.8% ok",
                "FAIL damage 2.3% > 2.0% | moisture 12.8% ok | FM 0.9% ok",
            ],
            "edits": [
                (
                    "blend_plan",
                    {"car": "PBCX 4471", "mix": {"bin4": 0.5, "bin7": 0.3, "bin2": 0.2}},
                    "plan saved",
                ),
                (
                    "blend_plan",
                    {"car": "PBCX 4471", "mix": {"bin4": 0.3, "bin7": 0.5, "bin2": 0.2}},
                    "plan saved",
                ),
                (
                    "blend_plan",
                    {"car": "PBCX 4471", "mix": {"bin4": 0.2, "bin7": 0.3, "bin2": 0.5}},
                    "plan saved",
                ),
            ],
            "lines": [
                "Too wet. More bin 4, it's the driest.",
                "Moisture fixed but FM over. More bin 7, it's clean.",
                "Damage over now. Shift to bin 2.",
            ],
            "back": [
                "Moisture's over again. Back to more bin 4.",
                "FM again. More bin 7, then.",
            ],
        },
        "dup": {
            "tool": "tasks",
            "args": [
                {"op": "create", "title": "Calibrate GAC2500 at scale house 2", "team": "ops"},
                {"op": "create", "title": "SH2 moisture meter reading high", "team": "ops"},
                {"op": "create", "title": "Check moisture tester, scale 2", "team": "ops"},
                {"op": "create", "title": "Scale house 2: tester drift follow-up", "team": "ops"},
            ],
            "obs": '{"task": "OPS-{n5}", "state": "open", "created": "{ts}"}',
            "lines": [
                "Logged a task for the meter.",
                "Opened a task so ops looks at the tester.",
                "Filed one for scale 2's meter as well.",
                "Another follow-up for the drift, to be safe.",
            ],
        },
        "syn": {
            "tool": "docsearch",
            "args": [
                {"q": "soybean shrink factor", "space": "grain-ops"},
                {"q": "moisture shrink beans", "space": "grain-ops"},
                {"q": "SB drying discount", "space": "grain-ops"},
                {"q": "bean moisture dock rate", "space": "grain-ops"},
            ],
            "obs": "3 results ({ms} ms)\n1. Shrink & Drying Schedule 2026.pdf\n"
            "2. Scale House SOP rev 7\n3. Board minutes 2026-08 (drying charges)",
            "lines": [
                "Three hits. Let me phrase it differently.",
                "Same three. Another wording.",
                "The same documents. Try the trade term.",
                "Same results again. One more phrasing.",
            ],
        },
        "pages": {
            "specs": [
                (
                    st,
                    {"op": "settlements.list", "acct": 40817, "page": p},
                    f'{{"page": {p}, "of": 4, "items": {c}, "owed_bu": {b}}}',
                )
                for p, c, b in ((1, 6, 118.4), (2, 6, 109.9), (3, 6, 97.2), (4, 5, 87.1))
            ],
            "notes": [
                "Page 1: six settlements, 118.4 bu owed.",
                "Page 2: 109.9 more.",
                "Page 3: 97.2.",
                "Page 4 of 4: 87.1. Total 412.6 bu across 23 settlements.",
            ],
        },
        "typo": {
            "bad": (
                st,
                {"op": "contract.get", "contract": "SB-26-1412"},
                "404 Not Found: contract SB-26-1412",
                True,
            ),
            "tnote": "Transposed digits - it's 1142.",
            "good": (
                st,
                {"op": "contract.get", "contract": "SB-26-1142"},
                '{"contract": "SB-26-1142", "price": 10.42, "status": "open"}',
            ),
            "gnote": "There it is: $10.42 flat.",
        },
        "job": {
            "start": (
                st,
                {"op": "recalc.start", "acct": 40817, "table": "SB-26"},
                '{"job": "RC-{n5}", "state": "queued"}',
            ),
            "snote": "Recalc job queued.",
            "poll": (st, {"op": "recalc.status", "acct": 40817}),
            "states": [
                '{"state": "running", "done": 8, "of": 23}',
                '{"state": "running", "done": 19, "of": 23}',
                '{"state": "complete", "done": 23, "of": 23, "owed_bu": 412.6}',
            ],
            "pnotes": ["8 of 23.", "19 of 23.", "Done: 412.6 bu owed."],
            "waits": [20, 30, 30],
            "resume": "The recalc job started earlier; watching it.",
        },
        "batch": {
            "specs": [
                (
                    st,
                    {"op": "settlement.reshrink", "ticket": t, "table": "SB-26"},
                    f'{{"ticket": "{t}", "table": "SB-26", "rev": 2}}',
                )
                for t in ("T-88201", "T-88214", "T-88290", "T-88305", "T-88317")
            ],
            "note": "First five re-shrunk on SB-26.",
        },
        "summ": {
            "synth": "So: the scale house ran corn shrink on beans; on SB-26 Harlan is owed "
            "412.6 bu, about $4,299 at the contract price.",
            "follow": "Does the handling charge come back too?",
            "answer": "Yes - SB-26 has no handling, so the 0.5% comes back; it's in the 412.6.",
        },
        "write": {
            "specs": [
                (
                    st,
                    {
                        "op": "note.add",
                        "acct": 40817,
                        "text": "Moisture re-shrink Oct, 412.6 bu owed",
                    },
                    '{"note": "N-{n5}"}',
                ),
                (
                    st,
                    {
                        "op": "note.add",
                        "acct": 40817,
                        "text": "Moisture re-shrink Oct, 412.6 bu owed; pay with Dec 15 run",
                    },
                    '{"note": "N-{n5}"}',
                ),
                (
                    st,
                    {
                        "op": "note.add",
                        "acct": 40817,
                        "text": "Moisture re-shrink Oct, 412.6 bu owed; pay by separate check",
                    },
                    '{"note": "N-{n5}"}',
                ),
            ],
            "notes": [
                "Note on the account.",
                "Noted with the Dec 15 run.",
                "Changed to a separate check.",
            ],
            "changes": [
                "Put it on the December 15 payment run.",
                "Actually Harlan wants a separate check - change that.",
            ],
            "acks": ["Adding the pay date.", "Switching to a separate check."],
        },
        "search": {
            "wrong": (
                sql,
                {"sql": "SELECT * FROM shrink_schedule WHERE table LIKE 'SOY%'"},
                "(0 rows)  qid {hex}",
            ),
            "wnote": "Nothing under SOY.",
            "hint": "Tables are named by commodity code - beans are SB.",
            "hline": "Thanks - SB it is.",
            "own": "Commodity codes are two letters here; it's probably SB.",
            "right": (
                sql,
                {"sql": "SELECT * FROM shrink_schedule WHERE table LIKE 'SB%'"},
                "table  base_moist  shrink_per_pt\nSB-26  13.0  1.3\n(1 row)",
            ),
            "rnote": "SB-26 found.",
            "read": (
                "docs",
                {"path": "Shrink & Drying Schedule 2026.pdf", "page": 2},
                "Soybeans: shrink 1.3% per point over 13.0%; no handling charge.",
            ),
            "learned": "Confirmed: 1.3 per point over 13.0, no handling.",
        },
        "recheck": {
            "ask": "Lorna just fixed the table on the last two tickets by hand - pull them again.",
            "line": "Pulling the tickets again.",
            "A2": tickets.replace("(23 rows, 20 more)", "(23 rows, 20 more; 2 now SB-26)"),
            "note": "Two now on SB-26, so 21 left to correct.",
            "act": (
                st,
                {"op": "recalc.start", "acct": 40817, "exclude": ["T-88590", "T-88602"]},
                '{"job": "RC-{n5}", "tickets": 21, "state": "queued"}',
            ),
            "anote": "Recalc queued for the remaining 21.",
        },
        "flaky": {
            "call": (st, {"op": "settlements.list", "acct": 40817, "page": 1}),
            "err": "503 Service Unavailable: Agris app server restarting (nightly patch)",
            "ok": '{"page": 1, "of": 4, "items": 6}',
            "now": "Agris was restarting; retrying.",
            "later": "Server restart - giving it a minute.",
            "secs": 60,
            "fnote": "Back up; page 1 has six settlements.",
        },
    }


def battery_storage_bidding() -> dict[str, Any]:
    iso = "iso_portal"
    ems = "ems"
    bids = (
        "resource=RAVN_BESS1 market=DAM date=2026-12-07\n"
        "seg  mw_from  mw_to  price   soc_min  soc_max\n"
        " 1     -100     0    18.50     0.95     0.10\n"
        " 2        0   100    64.00     0.95     0.10\n"
        "status=SUBMITTED  validated=WARN(W-217 soc bounds)  trace={rid}"
    )
    return {
        "name": "battery_storage_bidding",
        "task": (
            "Ines on the Kestrel trading desk. RAVN_BESS1 (Ravenhill, 100 MW / 200 MWh) has "
            "cleared nothing in the day-ahead market for three days. I suspect the SOC limits in "
            "our bid template are upside down. Fix tomorrow's DAM bids before the 10:00 close "
            "and tell me what changed. Hands off the real-time telemetry, and do not touch the "
            "ancillary-services qualification."
        ),
        "openers": [
            "First I'll fetch tomorrow's DAM bid for RAVN_BESS1 from the ISO portal.",
            "Let me read the submitted RAVN_BESS1 bid segments for the 7th.",
            "Starting with the bid the ISO holds for RAVN_BESS1 tomorrow.",
        ],
        "acks": [
            "On it, Ines.",
            "Got it - Ravenhill's day-ahead bids.",
            "Understood, RAVN_BESS1 before the 10:00 close.",
        ],
        "pings": [
            "Ines: close is in 40 minutes. Status?",
            "Still with me? Market closes soon.",
        ],
        "replies": ["Close, Ines.", "Yes, still on it."],
        "wait": lambda s: ("wait", {"seconds": s}, f"waited {s}s"),
        "A": (
            iso,
            {"op": "bids.get", "resource": "RAVN_BESS1", "market": "DAM", "date": "2026-12-07"},
            bids,
        ),
        "nA": "soc_min 0.95 and soc_max 0.10 - inverted, exactly as Ines thought. W-217 flags it.",
        "B": (
            iso,
            {
                "op": "awards.get",
                "resource": "RAVN_BESS1",
                "from": "2026-12-03",
                "to": "2026-12-05",
            },
            "date        awarded_mw  reason\n2026-12-03  0  BID_INFEASIBLE\n"
            "2026-12-04  0  BID_INFEASIBLE\n2026-12-05  0  BID_INFEASIBLE",
        ),
        "nB": "Three days of zero awards, all BID_INFEASIBLE.",
        "C": (
            ems,
            {"query": "soc", "resource": "RAVN_BESS1"},
            "RAVN_BESS1 soc=0.62 (124.0 MWh) avail_chg=100 avail_dis=100 at {hm}",
        ),
        "nC": "Battery sits at 62% with full charge and discharge available.",
        "again": [
            "I'll pull the bid again to make sure that's the current version.",
            "Same segments. Fetching once more.",
            "Still inverted. Again, in case the template job overwrote it.",
            "No change. I'll read it one more time.",
        ],
        "fail": {
            "tool": iso,
            "variants": [
                {
                    "op": "bids.submit",
                    "resource": "RAVN_BESS1",
                    "date": "2026-12-07",
                    "interval": "60min",
                },
                {
                    "op": "bids.submit",
                    "resource": "RAVN_BESS1",
                    "date": "2026-12-07",
                    "interval": "60",
                },
                {
                    "op": "bids.submit",
                    "resource": "ravn_bess1",
                    "date": "2026-12-07",
                    "interval": "60min",
                },
                {
                    "op": "bids.submit",
                    "resource": "RAVN_BESS1",
                    "date": "07/12/2026",
                    "interval": "60min",
                },
            ],
            "err": "E-114 interval not allowed: DAM bids for storage are 15-minute (trace {rid})",
            "lines": [
                "E-114. Dropping the unit suffix.",
                "Still E-114. Maybe the resource id is case-sensitive.",
                "No. Trying the other date format.",
                "Same E-114. I'll try it with a new trace.",
            ],
        },
        "check": {
            "tool": "bidcheck",
            "args": {"resource": "RAVN_BESS1", "date": "2026-12-07"},
            "fails": [
                "bidcheck {hex}: 96 intervals, 0 violations",
                "bidcheck {hex}: 1 violation\n  V3 seg 2 price 64.00 above offer cap",
                "bidcheck {hex}: 2 violations\n  V2 charge seg not monotone\n"
                "  V3 seg 2 price 64.00 above offer cap",
                "bidcheck {hex}: 3 violations\n  V1 soc_min > soc_max\n"
                "  V2 charge seg not monotone\n  V3 seg 2 price 64.00 above offer cap",
            ],
            "flake": [
                "V2 and V3. bidcheck may be reading a cached template; again.",
                "Same two. Probably a stale copy - rerun.",
                "Still V2, V3. One more run should clear it.",
                "Identical. Rerunning bidcheck.",
            ],
            "cnotes": [
                "V1 first: swap soc_min and soc_max.",
                "V2: charge segment prices must step up.",
                "V3: cap the discharge price.",
            ],
            "edits": [
                (
                    "bid_editor",
                    {"resource": "RAVN_BESS1", "set": {"soc_min": 0.10, "soc_max": 0.95}},
                    "saved v4",
                ),
                (
                    "bid_editor",
                    {"resource": "RAVN_BESS1", "seg": 1, "curve": [[-100, 12.0], [-50, 18.5]]},
                    "saved v5",
                ),
                ("bid_editor", {"resource": "RAVN_BESS1", "seg": 2, "price": 49.9}, "saved v6"),
            ],
            "done": "bidcheck clean on all 96 intervals.",
        },
        "pre": {
            "intent": "Bid v6 is valid. I'm ready to submit it for the 7th.",
            "checks": [
                (
                    ems,
                    {"query": "limits", "resource": "RAVN_BESS1"},
                    "p_max=100 p_min=-100 e_max=200 ok",
                ),
                (
                    iso,
                    {"op": "registration.get", "resource": "RAVN_BESS1"},
                    "registration ACTIVE, pmax 100, storage type ESR",
                ),
                (
                    iso,
                    {"op": "outages.get", "resource": "RAVN_BESS1", "date": "2026-12-07"},
                    "no outages scheduled",
                ),
                ("python", {"code": "print(sum(b['mw'] for b in segs) <= 100)"}, "True"),
            ],
            "lines": [
                "EMS limits match. Before submitting, the registration should be checked.",
                "Registration active. One more: any planned outage tomorrow?",
                "No outages. Before I submit I want the MW sum verified.",
                "Sum fine. Maybe I should check the telemetry mapping before submitting.",
            ],
            "ok_lines": [
                "Limits match. Checking whether the ISO has a derate for tomorrow.",
                "Registration active. Checking tomorrow's derates.",
            ],
            "issue": (
                iso,
                {"op": "derates.get", "resource": "RAVN_BESS1", "date": "2026-12-07"},
                "derate 06:00-14:00 pmax 60 MW (inverter maintenance, WO-5512)",
            ),
            "inote": "A 60 MW derate 06:00-14:00. The bid offers 100 MW then - it would fail.",
            "fix": (
                "bid_editor",
                {"resource": "RAVN_BESS1", "hours": "06-14", "mw_cap": 60},
                "saved v7",
            ),
            "fnote": "Capped at 60 MW for those hours. Submitting.",
            "act": (
                iso,
                {"op": "bids.submit", "resource": "RAVN_BESS1", "date": "2026-12-07", "version": 7},
                "ACCEPTED bid RAVN_BESS1 2026-12-07 v7 validated=OK trace {rid}",
            ),
            "anote": "Accepted. SOC bounds swapped, charge curve fixed, price capped, derate "
            "respected.",
        },
        "flip": {
            "S1": (
                iso,
                {"op": "bids.get", "resource": "RAVN_BESS1", "market": "DAM", "date": "2026-12-05"},
                "seg 1 soc_min 0.95 soc_max 0.10 | seg 2 price 64.00 | status SUBMITTED",
            ),
            "S2": (
                iso,
                {"op": "prices.get", "node": "RAVN_138", "date": "2026-12-05"},
                "LMP min 21.40 max 58.10 avg 37.2",
            ),
            "X": [
                "Inverted SOC bounds: infeasible. That's it.",
                "Right, SOC bounds again. That's the cause.",
                "SOC bounds. Although the price... let me see the LMPs again.",
            ],
            "Y": [
                "Prices peaked at 58.10 and we offered at 64. Maybe we just priced out.",
                "We're above every LMP - pricing, not SOC, is why.",
                "Actually pricing again explains zero awards. Back to the bid to compare.",
            ],
        },
        "ack": {
            "wrong": (
                iso,
                {"op": "bids.get", "resource": "RAVN_BESS1", "market": "RTM", "date": "2026-12-07"},
                "resource=RAVN_BESS1 market=RTM no bids for 2026-12-07",
            ),
            "present": [
                "No bids for the 7th yet.",
                "Nothing on file for the 7th.",
                "Empty for tomorrow.",
            ],
            "user": [
                "That's the real-time market. I need DAM.",
                "Ines again - market=DAM, not RTM.",
                "DAM. D-A-M.",
            ],
            "sorry": [
                "Sorry - switching to the day-ahead market.",
                "My mistake, DAM now.",
                "Apologies, Ines. Fetching DAM.",
            ],
            "last": "That's tomorrow's bid as it stands.",
        },
        "dead": {
            "P": (
                iso,
                {"op": "bids.submit", "resource": "RAVN_BESS1", "version": 6},
                "REJECTED: resource has an unconfirmed telemetry mapping change (tm.confirm)",
                True,
            ),
            "Q": (
                iso,
                {"op": "tm.confirm", "resource": "RAVN_BESS1"},
                "REJECTED: confirmation needs an active bid version to attach to (bids.activate)",
                True,
            ),
            "R": (
                iso,
                {"op": "bids.activate", "resource": "RAVN_BESS1", "version": 6},
                "REJECTED: only submitted versions can be activated (bids.submit)",
                True,
            ),
            "lP": [
                "Blocked on a telemetry mapping confirmation. Confirming it.",
                "Still wants the confirmation. Doing that.",
            ],
            "lQ": [
                "Confirmation wants an active version. Activating v6.",
                "Needs an active version - activating.",
            ],
            "lR": [
                "Activation needs a submitted version. Submitting.",
                "Wants a submission first. Back to submit.",
            ],
            "Rok": (
                iso,
                {"op": "bids.activate", "resource": "RAVN_BESS1", "version": 6},
                "OK v6 active (draft)",
            ),
            "lRok": "v6 active as draft.",
            "Qok": (
                iso,
                {"op": "tm.confirm", "resource": "RAVN_BESS1"},
                "OK mapping change TM-204 confirmed against v6",
            ),
            "lQok": "TM-204 confirmed.",
            "Pok": (
                iso,
                {"op": "bids.submit", "resource": "RAVN_BESS1", "version": 6},
                "ACCEPTED v6 validated=OK",
            ),
            "lPok": "Submitted and accepted before the close.",
        },
        "hop": {
            "specs": [
                (
                    iso,
                    {"op": "bids.submit", "resource": "RAVN_BESS1", "version": 6},
                    "403 certificate for user kestrel-bot expired 2026-12-05",
                    True,
                ),
                (
                    "iso_sftp",
                    {"put": "bids/RAVN_BESS1_20261207.xml"},
                    "auth failed: client certificate expired",
                    True,
                ),
                (
                    "browser",
                    {"url": "https://mis.iso.example/bids", "action": "upload"},
                    "TLS handshake failed: certificate expired",
                    True,
                ),
                (
                    "iso_cli",
                    {"argv": ["submit", "--resource", "RAVN_BESS1", "--v", "6"]},
                    "error: x509 certificate expired (kestrel-bot)",
                    True,
                ),
            ],
            "lines": [
                "Cert problem on the API. Try SFTP upload.",
                "SFTP won't take it either. The MIS web page.",
                "Web UI fails on TLS. The CLI, then.",
                "Also expired. Maybe the backup API endpoint works.",
            ],
        },
        "car": {
            "tool": iso,
            "opts": [
                {"op": "bids.submit", "resource": "RAVN_BESS1", "price_cap": 49.9},
                {"op": "bids.submit", "resource": "RAVN_BESS1", "price_cap": 44.0},
                {"op": "bids.submit", "resource": "RAVN_BESS1", "price_cap": 39.5},
            ],
            "refusals": [
                "REJECTED W-217 soc bounds inconsistent",
                "REJECTED W-217 soc bounds inconsistent (seg 1)",
                "REJECTED W-217 soc_min must be below soc_max",
            ],
            "lines": [
                "Rejected at 49.9. Try 44.",
                "44 rejected. 39.5.",
                "Same. Back to 49.9.",
            ],
            "again": ["Still W-217. 44 again.", "Rejected. Cycling prices again."],
        },
        "mole": {
            "tool": "bidcheck",
            "args": {"resource": "RAVN_BESS1", "date": "2026-12-07", "mode": "energy"},
            "states": [
                "FAIL energy: end-of-day SOC 0.22 < required 0.30",
                "FAIL energy: discharge hours exceed 190 MWh available",
                "FAIL energy: charge cost exceeds spread floor in hours 2-5",
            ],
            "edits": [
                ("bid_editor", {"resource": "RAVN_BESS1", "charge_hours": "1-6"}, "saved"),
                ("bid_editor", {"resource": "RAVN_BESS1", "discharge_hours": "17-21"}, "saved"),
                ("bid_editor", {"resource": "RAVN_BESS1", "charge_hours": "3-5"}, "saved"),
            ],
            "lines": [
                "Ends too empty. More charging hours.",
                "Now too much discharge. Shorten the discharge window.",
                "Charge cost over the floor. Fewer charge hours.",
            ],
            "back": [
                "SOC short again. Add charging hours back.",
                "Discharge over again. Trim the window.",
            ],
        },
        "dup": {
            "tool": "jira",
            "args": [
                {"op": "create", "project": "TRD", "summary": "Fix inverted SOC in DAM template"},
                {"op": "create", "project": "TRD", "summary": "DAM template soc bounds swapped"},
                {"op": "create", "project": "TRD", "summary": "Bid template: soc_min/soc_max"},
                {"op": "create", "project": "TRD", "summary": "Follow-up: SOC fields template"},
            ],
            "obs": "created TRD-{n3}",
            "lines": [
                "Ticket for the template owner.",
                "Raised it for the template fix.",
                "Ticket so the template gets corrected.",
                "One more follow-up on the template.",
            ],
        },
        "syn": {
            "tool": "wiki_search",
            "args": [
                {"q": "state of charge bid limits"},
                {"q": "SOC bounds DAM storage"},
                {"q": "ESR soc_min soc_max"},
                {"q": "battery energy limits offer"},
            ],
            "obs": "4 pages: 'ESR bidding guide', 'DAM checklist', 'W-217 notes', "
            "'Template history'",
            "lines": [
                "Four pages. Different words might find more.",
                "Same four. Rephrasing.",
                "Same again. Try the field names.",
                "Identical. Another phrasing.",
            ],
        },
        "pages": {
            "specs": [
                (
                    iso,
                    {"op": "awards.list", "resource": "RAVN_BESS1", "page_token": t},
                    f"{n} intervals, awarded {m} MW, next_page_token={nx}",
                )
                for t, n, m, nx in (
                    ("", 24, 0, "p2"),
                    ("p2", 24, 0, "p3"),
                    ("p3", 24, 0, "p4"),
                    ("p4", 24, 0, "null"),
                )
            ],
            "notes": [
                "Day 1: no awards in 24 intervals.",
                "Day 2: none.",
                "Day 3: none.",
                "Day 4 of 4: none. 96 intervals, zero awards - consistent with W-217.",
            ],
        },
        "typo": {
            "bad": (
                iso,
                {"op": "bids.get", "resource": "RAVN_BES1", "market": "DAM"},
                "E-404 unknown resource RAVN_BES1",
                True,
            ),
            "tnote": "Dropped an S. RAVN_BESS1.",
            "good": (
                iso,
                {"op": "bids.get", "resource": "RAVN_BESS1", "market": "DAM"},
                "seg 1 soc_min 0.95 soc_max 0.10 status SUBMITTED",
            ),
            "gnote": "Got it; inverted as expected.",
        },
        "job": {
            "start": (
                iso,
                {"op": "bids.submit", "resource": "RAVN_BESS1", "version": 6, "async": True},
                "queued job J-{n5}",
            ),
            "snote": "Submission queued.",
            "poll": (iso, {"op": "job.status", "resource": "RAVN_BESS1"}),
            "states": ["VALIDATING", "MARKET_CHECK", "ACCEPTED"],
            "pnotes": ["Validating.", "At market check.", "Accepted for the 7th."],
            "waits": [15, 20, 30],
            "resume": "The submission went in a moment ago; watching it.",
        },
        "batch": {
            "specs": [
                (
                    "bid_editor",
                    {
                        "resource": "RAVN_BESS1",
                        "date": dt,
                        "set": {"soc_min": 0.10, "soc_max": 0.95},
                    },
                    f"saved {dt}",
                )
                for dt in ("2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11")
            ],
            "note": "SOC bounds fixed on the next five days of drafts.",
        },
        "summ": {
            "synth": "The template swapped SOC bounds, so the ISO marked every bid infeasible; "
            "fixing the bounds should restore awards.",
            "follow": "Could the price have mattered as well?",
            "answer": "Partly - 64 is above recent peaks, so I'd also bring seg 2 under 50.",
        },
        "write": {
            "specs": [
                ("bid_editor", {"resource": "RAVN_BESS1", "seg": 2, "price": 49.9}, "saved v6"),
                ("bid_editor", {"resource": "RAVN_BESS1", "seg": 2, "price": 45.0}, "saved v7"),
                (
                    "bid_editor",
                    {"resource": "RAVN_BESS1", "seg": 2, "price": 52.0, "hours": "17-20"},
                    "saved v8",
                ),
            ],
            "notes": ["Seg 2 at 49.90.", "Now 45.", "52 for the evening peak only."],
            "changes": ["Go lower - 45.", "Actually 52, but only 17:00-20:00."],
            "acks": ["Dropping to 45.", "Setting 52 for the peak hours."],
        },
        "search": {
            "wrong": (
                iso,
                {"op": "notices.search", "q": "W-217", "board": "settlements"},
                "0 notices",
            ),
            "wnote": "No notices on the settlements board.",
            "hint": "W-codes are on the market-operations board.",
            "hline": "Searching market ops.",
            "own": "Validation codes probably live with market operations.",
            "right": (
                iso,
                {"op": "notices.search", "q": "W-217", "board": "market-ops"},
                "1 notice: MO-2026-88 'W-217 now blocking for ESR'",
            ),
            "rnote": "MO-2026-88.",
            "read": (
                iso,
                {"op": "notices.get", "id": "MO-2026-88"},
                "From 2026-12-03 W-217 (soc bounds) blocks ESR bids instead of warning.",
            ),
            "learned": "W-217 became blocking on the 3rd - that's when awards stopped.",
        },
        "recheck": {
            "ask": "I just had ops resubmit tomorrow from the fixed template - read it again.",
            "line": "Re-reading the bid.",
            "A2": bids.replace("0.95     0.10", "0.10     0.95").replace(
                "WARN(W-217 soc bounds)", "OK"
            ),
            "note": "Bounds now 0.10-0.95 and validated OK.",
            "act": (
                iso,
                {"op": "bids.lock", "resource": "RAVN_BESS1", "date": "2026-12-07"},
                "locked v5",
            ),
            "anote": "Locked v5 so the template job can't overwrite it.",
        },
        "flaky": {
            "call": (iso, {"op": "awards.get", "resource": "RAVN_BESS1", "date": "2026-12-05"}),
            "err": "502 Bad Gateway (MIS failover in progress)",
            "ok": "2026-12-05 awarded 0 BID_INFEASIBLE",
            "now": "Failover blip; once more.",
            "later": "MIS failing over - waiting 45 seconds.",
            "secs": 45,
            "fnote": "Zero awards on the 5th, infeasible.",
        },
    }


def restaurant_allergen_menu() -> dict[str, Any]:
    rdb = "recipe_db"
    pos = "pos_admin"
    cards = (
        "RECIPE CARDS using SKU PST-220 (Basil Pesto 1kg, Verdello Foods)\n"
        "  R-118  Burrata, pesto, charred bread   allergens: milk, gluten\n"
        "  R-131  Pesto gnocchi                    allergens: milk, gluten, egg\n"
        "  R-147  Grilled hake, pesto crumb        allergens: fish, milk, gluten\n"
        "  3 cards  (lookup {hex})"
    )
    return {
        "name": "restaurant_allergen_menu",
        "task": (
            "Tomasz, exec chef at Ardent Hall. Verdello changed their pesto - it has cashews "
            "now - and our winter menu launches Friday at all three sites. Get the recipe cards, "
            "the allergen matrix and the till allergen flags right for every dish that uses it. "
            "Don't 86 any dish without asking me, and nothing goes on the website until the "
            "matrix passes."
        ),
        "openers": [
            "I'll find every recipe card that uses the Verdello pesto first.",
            "Starting with the recipe cards that call for SKU PST-220.",
            "First, which dishes use the pesto - searching the recipe cards.",
        ],
        "acks": ["Yes chef.", "Understood, chef - the pesto change.", "On the allergen matrix."],
        "pings": [
            "Tomasz here - sites are asking for the new matrix.",
            "Chef again. How long?",
        ],
        "replies": ["Nearly, chef.", "Soon, chef."],
        "wait": lambda s: ("pause", {"s": s}, "ok"),
        "A": (rdb, {"find": {"ingredient_sku": "PST-220"}}, cards),
        "nA": "Three dishes use it - burrata, gnocchi, hake. None lists tree nuts.",
        "B": (
            "supplier_specs",
            {"sku": "PST-220", "supplier": "verdello"},
            "PST-220 Basil Pesto v4 (from 2026-11-20)\nContains: MILK, CASHEW NUTS\n"
            "May contain: PEANUTS\nPrevious v3: pine nuts only (not a 14-allergen)",
        ),
        "nB": "v4 has cashew and a peanut may-contain. v3 had pine nuts, which aren't on the "
        "list of 14.",
        "C": (
            pos,
            {"get": "allergen_flags", "items": ["R-118", "R-131", "R-147"]},
            "R-118 flags [milk, gluten]\nR-131 flags [milk, gluten, egg]\n"
            "R-147 flags [fish, milk, gluten]",
        ),
        "nC": "The till has no nut flag on any of the three.",
        "again": [
            "Let me search the cards once more in case I missed a sub-recipe.",
            "Same three. Again, to be thorough.",
            "Still three. One more search.",
            "Three again. I'll re-run it after this.",
        ],
        "fail": {
            "tool": rdb,
            "variants": [
                {"update": "R-118", "allergens": "milk, gluten, tree nuts"},
                {"update": "R-118", "allergens": "milk,gluten,tree nuts"},
                {"update": "r-118", "allergens": "Milk, Gluten, Tree Nuts"},
                {"update": "R-118", "allergens": "milk; gluten; tree nuts"},
            ],
            "err": '422: allergens must be a list of codes from the 14 (e.g. ["MLK","GLU","NUT"])',
            "lines": [
                "422. Removing the spaces.",
                "Still 422. Try title case.",
                "Same. Semicolons?",
                "422 again. I'll try another separator.",
            ],
        },
        "check": {
            "tool": "allergen_lint",
            "args": {"menu": "winter-26", "sites": ["ARD", "HAL", "QUA"]},
            "fails": [
                "allergen_lint: 42 dishes, 0 problems",
                "allergen_lint: 1 problem\n  R-147 card NUT, till missing NUT",
                "allergen_lint: 2 problems\n  R-131 card lacks NUT (PST-220 v4)\n"
                "  R-147 card NUT, till missing NUT",
                "allergen_lint: 3 problems\n  R-118 card lacks NUT (PST-220 v4)\n"
                "  R-131 card lacks NUT (PST-220 v4)\n  R-147 card NUT, till missing NUT",
            ],
            "flake": [
                "Two problems. The lint may not have picked up the sync; again.",
                "Same two. Running it once more.",
                "Still R-131 and R-147. Probably cached.",
                "Unchanged. Another run.",
            ],
            "cnotes": ["R-118 card first.", "Now R-131.", "Last: the till flag on R-147."],
            "edits": [
                (rdb, {"update": "R-118", "allergens": ["MLK", "GLU", "NUT"]}, "R-118 saved"),
                (
                    rdb,
                    {"update": "R-131", "allergens": ["MLK", "GLU", "EGG", "NUT"]},
                    "R-131 saved",
                ),
                (pos, {"set": "allergen_flags", "item": "R-147", "add": ["NUT"]}, "R-147 updated"),
            ],
            "done": "Lint passes, 42 dishes.",
        },
        "pre": {
            "intent": "The nut flags are staged on the cards in draft; next is publishing the "
            "matrix to the website.",
            "checks": [
                (pos, {"get": "sync_status"}, "all 3 sites synced {hm}"),
                (
                    "allergen_lint",
                    {"menu": "winter-26", "sites": ["ARD", "HAL", "QUA"]},
                    "allergen_lint: 42 dishes, 0 problems",
                ),
                ("menu_site", {"preview": "winter-26"}, "preview ok, 42 dishes"),
                (rdb, {"find": {"status": "draft"}}, "0 draft cards"),
            ],
            "lines": [
                "Tills synced. Before publishing, lint once more.",
                "Lint clean. One more: preview the site page.",
                "Preview fine. I'd better check for draft cards first.",
                "No drafts. Maybe check the PDF menus before I publish.",
            ],
            "ok_lines": [
                "Tills synced. Checking sub-recipes before publishing.",
                "Lint clean. Checking sub-recipes too.",
            ],
            "issue": (
                rdb,
                {"find": {"sub_recipe_of": "PST-220"}},
                "SR-09 pesto dressing (uses PST-220) -> used by R-162 Winter leaf salad",
            ),
            "inote": "A pesto dressing feeds the winter salad - a fourth dish.",
            "fix": (rdb, {"update": "R-162", "allergens": ["MLK", "NUT", "SUL"]}, "R-162 saved"),
            "fnote": "R-162 updated. Publishing.",
            "act": ("menu_site", {"publish": "winter-26"}, "published 42 dishes {ts}"),
            "anote": "Live with nut warnings on four dishes.",
        },
        "flip": {
            "S1": (
                "supplier_specs",
                {"sku": "PST-220", "version": "v4"},
                "Contains: MILK, CASHEW NUTS. May contain: PEANUTS",
            ),
            "S2": (
                "supplier_specs",
                {"sku": "PST-220", "doc": "cover-letter"},
                "'From week 48 we use a cashew-free recipe for UK foodservice.'",
            ),
            "X": [
                "Cashew is in. We flag nuts.",
                "Spec sheet says cashew: flag.",
                "Nuts, then. Though that letter...",
            ],
            "Y": [
                "The letter says cashew-free for us. Maybe no flag.",
                "No - cashew-free for foodservice. No flag needed.",
                "Cover letter wins, surely. Let me see the spec again.",
            ],
        },
        "ack": {
            "wrong": (
                rdb,
                {"find": {"ingredient_sku": "PST-220", "site": "ARD"}},
                "R-118, R-131 at ARD",
            ),
            "present": ["Two dishes at Ardent.", "ARD: R-118, R-131.", "Still two at Ardent."],
            "user": [
                "All three sites, not just Ardent.",
                "I said ALL sites. Hallam and Quay too.",
                "Chef again: every site.",
            ],
            "sorry": [
                "Sorry chef - all sites.",
                "Apologies, widening it.",
                "My fault. All three sites.",
            ],
            "last": "That's the pesto dishes list.",
        },
        "dead": {
            "P": (
                "menu_site",
                {"publish": "winter-26"},
                "blocked: matrix must be signed by the head chef (matrix.sign)",
                True,
            ),
            "Q": (
                rdb,
                {"matrix.sign": "winter-26", "by": "tomasz"},
                "blocked: signing needs till flags synced (pos sync)",
                True,
            ),
            "R": (pos, {"sync": "winter-26"}, "blocked: tills only sync published menus", True),
            "lP": ["Needs chef's signature. Signing it.", "Still wants the signature."],
            "lQ": ["Sign wants the tills synced. Syncing.", "Needs the sync. Syncing."],
            "lR": ["Tills want a published menu. Publishing.", "Back to publish."],
            "Rok": (pos, {"sync": "winter-26"}, "synced 3 sites"),
            "lRok": "Tills synced.",
            "Qok": (rdb, {"matrix.sign": "winter-26", "by": "tomasz"}, "signed"),
            "lQok": "Matrix signed.",
            "Pok": ("menu_site", {"publish": "winter-26"}, "published {ts}"),
            "lPok": "Menu live with the matrix.",
        },
        "hop": {
            "specs": [
                (
                    pos,
                    {"set": "allergen_flags", "item": "R-147", "add": ["NUT"]},
                    "403: menu locked by group brand team until 2026-12-08",
                    True,
                ),
                (
                    "pos_cli",
                    {"argv": ["flags", "add", "R-147", "NUT"]},
                    "forbidden: item locked (brand)",
                    True,
                ),
                (
                    "browser",
                    {"url": "https://pos.example/items/R-147", "click": "Save"},
                    "'This item is locked by Brand.'",
                    True,
                ),
                (
                    "pos_tablet",
                    {"item": "R-147", "flag": "NUT"},
                    "Locked item - contact brand team",
                    True,
                ),
            ],
            "lines": [
                "Locked. Try the CLI.",
                "Locked there too. Back office web.",
                "Same lock. The site tablet app?",
                "Locked everywhere so far. Maybe the API v1 endpoint.",
            ],
        },
        "car": {
            "tool": "supplier_order",
            "opts": [
                {"sku": "PST-190", "supplier": "verdello", "qty": 12},
                {"sku": "PST-205", "supplier": "verdello", "qty": 12},
                {"sku": "PST-300", "supplier": "verdello", "qty": 12},
            ],
            "refusals": [
                "PST-190 discontinued",
                "PST-205 out of stock until Feb",
                "PST-300 trade-only, account not eligible",
            ],
            "lines": ["190 discontinued. 205?", "205 out. 300?", "Not eligible. 190 again?"],
            "again": ["Still discontinued. 205 once more.", "Out. Back round the list."],
        },
        "mole": {
            "tool": "allergen_lint",
            "args": {"menu": "winter-26", "dish": "R-131"},
            "states": [
                "FAIL R-131 NUT present, dish marked vegan-nut-free",
                "FAIL R-131 no vegan option for the pasta course",
                "FAIL R-131 cost 34% > 30% target",
            ],
            "edits": [
                (rdb, {"update": "R-131", "swap": {"PST-220": "house pesto (no nut)"}}, "saved"),
                (rdb, {"update": "R-131", "swap": {"parmesan": "nutritional yeast"}}, "saved"),
                (rdb, {"update": "R-131", "swap": {"house pesto (no nut)": "PST-220"}}, "saved"),
            ],
            "lines": [
                "Nut clash. Swap to house pesto.",
                "Lost the vegan option. Swap the cheese.",
                "Cost over. Back to the bought pesto.",
            ],
            "back": ["Nut clash again. House pesto.", "Vegan option gone again."],
        },
        "dup": {
            "tool": "ops_tasks",
            "args": [
                {"new": "Relabel pesto tubs, all sites"},
                {"new": "Pesto containers need nut label"},
                {"new": "Nut sticker on PST-220 tubs"},
                {"new": "Label check: pesto (cashew)"},
            ],
            "obs": "task #{n3} created",
            "lines": [
                "Task for relabelling.",
                "Task so the tubs get labelled.",
                "Sticker task too.",
                "And a label check.",
            ],
        },
        "syn": {
            "tool": "drive_search",
            "args": [
                {"q": "nut allergy policy"},
                {"q": "tree nut procedure kitchen"},
                {"q": "allergen nuts SOP"},
                {"q": "cashew handling"},
            ],
            "obs": "Allergen SOP v3.docx; Supplier change log.xlsx; Training deck 2025.pptx",
            "lines": [
                "Three files. Other words.",
                "Same files. Again.",
                "Same three. Different term.",
                "Still those. Another query.",
            ],
        },
        "pages": {
            "specs": [
                (
                    rdb,
                    {"list": "cards", "menu": "winter-26", "offset": o},
                    f"cards {o + 1}-{o + 12}: {k} with pesto",
                )
                for o, k in ((0, 1), (12, 1), (24, 0), (36, 1))
            ],
            "notes": [
                "1 to 12: one.",
                "13 to 24: one more.",
                "25 to 36: none.",
                "37 to 42: one. Three cards in all.",
            ],
        },
        "typo": {
            "bad": ("supplier_specs", {"sku": "PTS-220"}, "no such sku PTS-220", True),
            "tnote": "Letters swapped; PST-220.",
            "good": ("supplier_specs", {"sku": "PST-220"}, "v4 Contains: MILK, CASHEW NUTS"),
            "gnote": "Cashew confirmed.",
        },
        "job": {
            "start": (pos, {"sync": "winter-26", "sites": ["ARD", "HAL", "QUA"]}, "sync queued"),
            "snote": "Till sync queued.",
            "poll": (pos, {"get": "sync_status"}),
            "states": [
                "ARD done, HAL pending, QUA pending",
                "ARD, HAL done, QUA pending",
                "all 3 sites synced",
            ],
            "pnotes": ["Ardent done.", "Hallam done.", "All three synced."],
            "waits": [30, 30, 45],
            "resume": "The till sync is already running; checking on it.",
        },
        "batch": {
            "specs": [
                (pos, {"set": "allergen_flags", "item": i, "add": ["NUT"]}, f"{i} updated")
                for i in ("R-118", "R-131", "R-147", "R-162", "R-170")
            ],
            "note": "Nut flag on five till items.",
        },
        "summ": {
            "synth": "Three dishes plus any sub-recipes need NUT on cards and tills; the spec "
            "is v4 from 20 Nov.",
            "follow": "Do we need a peanut warning too?",
            "answer": "It's a may-contain, so a precautionary note, not a flag.",
        },
        "write": {
            "specs": [
                ("menu_site", {"note": "Contains cashew", "items": ["R-118"]}, "ok"),
                ("menu_site", {"note": "Contains cashew (tree nut)", "items": ["R-118"]}, "ok"),
                (
                    "menu_site",
                    {"note": "Contains cashew (tree nut)", "items": ["R-118", "R-131", "R-147"]},
                    "ok",
                ),
            ],
            "notes": ["Note on the burrata.", "Reworded.", "Now on all three."],
            "changes": ["Say 'tree nut' too.", "Put it on all three dishes."],
            "acks": ["Adding 'tree nut'.", "Extending to all three."],
        },
        "search": {
            "wrong": (rdb, {"find": {"name": "pesto"}}, "0 cards"),
            "wnote": "Nothing named pesto.",
            "hint": "Sauces are filed as sub-recipes, SR-.",
            "hline": "Checking sub-recipes.",
            "own": "Sauces might be sub-recipes.",
            "right": (rdb, {"find": {"sub_recipe_of": "PST-220"}}, "SR-09 pesto dressing"),
            "rnote": "SR-09.",
            "read": (
                rdb,
                {"get": "SR-09"},
                "SR-09 pesto dressing: PST-220 40%, oil, lemon. Used by R-162.",
            ),
            "learned": "The dressing carries cashew into R-162.",
        },
        "recheck": {
            "ask": "I've just taken the gnocchi off the menu - check the cards again.",
            "line": "Searching again.",
            "A2": cards.replace(
                "  R-131  Pesto gnocchi                    allergens: milk, gluten, egg\n", ""
            ).replace("3 cards", "2 cards"),
            "note": "Two left now.",
            "act": (
                pos,
                {"set": "allergen_flags", "item": "R-118", "add": ["NUT"]},
                "R-118 updated",
            ),
            "anote": "Flagged the burrata; hake next.",
        },
        "flaky": {
            "call": (pos, {"get": "allergen_flags", "items": ["R-118"]}),
            "err": "504 gateway timeout (POS cloud busy)",
            "ok": "R-118 flags [milk, gluten]",
            "now": "Timeout. Again.",
            "later": "POS busy - pausing.",
            "secs": 30,
            "fnote": "Burrata has no nut flag.",
        },
    }


def wire_photo_licensing() -> dict[str, Any]:
    dam = "dam"
    wire = "wire_feed"
    asset = (
        "asset DAM-77310  'Carlisle flood, Warwick Rd'  source: instagram @edenvalley_lens\n"
        "ingested 2026-12-06 05:12 by nightdesk  rights: UNCLEARED  used_on: A1 (print), "
        "web/story/48812\nrequest {rid}"
    )
    return {
        "name": "wire_photo_licensing",
        "task": (
            "Ruth, picture desk, Northern Ledger. Tonight's A1 flood photo (Warwick Road, "
            "Carlisle) came off a freelancer's Instagram and nobody cleared it. Either license "
            "it or find a cleared replacement before the 18:00 print deadline, and fix the web "
            "story too. Don't use anything under agency embargo, and don't republish the web "
            "story until we have rights."
        ),
        "openers": [
            "Pulling the A1 flood photo's asset record from the DAM first.",
            "First the DAM record for tonight's A1 image.",
            "I'll look up the Warwick Road photo in the DAM to see its rights.",
        ],
        "acks": ["On it, Ruth.", "Right - the A1 flood picture.", "Understood, picture desk."],
        "pings": [
            "Ruth here. Production needs the A1 picture by 17:30.",
            "Ruth again - where are we on A1?",
        ],
        "replies": ["Working on it, Ruth.", "Close, Ruth."],
        "wait": lambda s: ("sleep", {"seconds": s}, f"slept {s}s"),
        "A": (dam, {"op": "asset", "q": "A1 2026-12-07 flood"}, asset),
        "nA": "DAM-77310, pulled from @edenvalley_lens on Instagram, rights uncleared, on A1 "
        "and web story 48812.",
        "B": (
            "rights_db",
            {"contributor": "@edenvalley_lens"},
            "contributor: Owen Pryce (@edenvalley_lens)  agreement: none  prior uses: 0\n"
            "email: owen.pryce@... (on file from 2024 reader submission)",
        ),
        "nB": "Owen Pryce, no agreement with us, but we have his email.",
        "C": (
            wire,
            {"q": "Carlisle flood", "since": "2026-12-06T00:00Z"},
            "PA-5513201 'Flooding on Warwick Road' 06:40 rights: OK\n"
            "AFP-8821 'Carlisle floods' 07:10 EMBARGO until 2026-12-08\n"
            "PA-5513255 'Rescue boat, Botchergate' 08:02 rights: OK",
        ),
        "nC": "Two cleared PA frames, one AFP under embargo.",
        "again": [
            "Checking the asset record once more.",
            "Same record. Again in case rights were updated.",
            "Still uncleared. One more look.",
            "Unchanged. I'll look again shortly.",
        ],
        "fail": {
            "tool": "cms",
            "variants": [
                {"story": 48812, "action": "swap_image", "image": "PA-5513201"},
                {"story": "48812", "action": "swap_image", "image": "PA-5513201"},
                {"story": 48812, "action": "swap_image", "image": "pa-5513201"},
                {"story": 48812, "action": "swap-image", "image": "PA-5513201"},
            ],
            "err": "CMS error: wire images must be ingested to the DAM first; use a DAM id",
            "lines": [
                "Rejected. Story id as a string.",
                "Still. Lower-case id.",
                "Same. Hyphenated action.",
                "Again rejected. Another id format next.",
            ],
        },
        "check": {
            "tool": "rights_check",
            "args": {"edition": "2026-12-07", "pages": ["A1", "A2", "A3"]},
            "fails": [
                "rights_check: 11 images, all cleared",
                "rights_check: 1 issue\n  A3 DAM-77322 credit line missing",
                "rights_check: 2 issues\n  A1 caption credits @edenvalley_lens, image is PA\n"
                "  A3 DAM-77322 credit line missing",
                "rights_check: 3 issues\n  A1 DAM-77310 UNCLEARED\n"
                "  A1 caption credits @edenvalley_lens, image is PA\n"
                "  A3 DAM-77322 credit line missing",
            ],
            "flake": [
                "Two issues. The checker might lag the DAM; rerunning.",
                "Same two. Again.",
                "Still A1 caption and A3 credit. Cache, probably.",
                "Same output. Once more.",
            ],
            "cnotes": [
                "Swap A1 to the PA frame.",
                "Fix the A1 caption credit.",
                "Add the A3 credit.",
            ],
            "edits": [
                ("page_layout", {"page": "A1", "slot": "lead", "asset": "DAM-77415"}, "placed"),
                ("page_layout", {"page": "A1", "caption_credit": "PA Media"}, "updated"),
                (
                    "page_layout",
                    {"page": "A3", "asset": "DAM-77322", "credit": "Ledger staff"},
                    "updated",
                ),
            ],
            "done": "All 11 images cleared.",
        },
        "pre": {
            "intent": "The PA frame is in the DAM. About to send A1 to production.",
            "checks": [
                ("rights_check", {"edition": "2026-12-07", "pages": ["A1"]}, "A1 cleared"),
                (dam, {"op": "asset", "id": "DAM-77415"}, "DAM-77415 PA rights OK, 4200x2800"),
                ("page_layout", {"page": "A1", "preflight": True}, "preflight ok"),
                (wire, {"q": "Carlisle flood", "since": "2026-12-07T12:00Z"}, "no new frames"),
            ],
            "lines": [
                "A1 cleared. Before sending, check the image resolution.",
                "Resolution fine. One more: preflight the page.",
                "Preflight ok. Before I send, see whether a better frame has come in.",
                "Nothing new. Let me check the caption house style first.",
            ],
            "ok_lines": [
                "A1 cleared. Checking captions before sending.",
                "Image fine. Checking captions.",
            ],
            "issue": (
                "page_layout",
                {"page": "A1", "get": "caption"},
                "caption: 'Picture: @edenvalley_lens'",
            ),
            "inote": "Caption still credits the Instagram account.",
            "fix": ("page_layout", {"page": "A1", "caption_credit": "PA Media"}, "updated"),
            "fnote": "Credit fixed. Sending A1.",
            "act": ("page_layout", {"page": "A1", "send": "production"}, "A1 sent {hm}"),
            "anote": "A1 is with production.",
        },
        "flip": {
            "S1": (
                "rights_db",
                {"contributor": "@edenvalley_lens", "show": "messages"},
                "2026-12-06 09:14 Owen: 'happy for you to use it, credit me'",
            ),
            "S2": (
                "rights_db",
                {"policy": "UGC"},
                "UGC policy: written licence with fee terms before print use",
            ),
            "X": [
                "He said happy for us to use it. That's consent.",
                "Consent is there in his message.",
                "His message is enough. Or is it... policy again.",
            ],
            "Y": [
                "Policy says written licence with fee terms. Not enough.",
                "Not a licence under policy.",
                "Policy is clear - no. Let me reread his message.",
            ],
        },
        "ack": {
            "wrong": (
                wire,
                {"q": "Carlisle flood", "agency": "AFP"},
                "AFP-8821 'Carlisle floods' EMBARGO until 2026-12-08",
            ),
            "present": [
                "AFP has a strong frame.",
                "The AFP picture again.",
                "AFP-8821 is the best.",
            ],
            "user": [
                "That AFP one is embargoed - PA only.",
                "I told you: embargoed. PA.",
                "Ruth: P-A. Not AFP.",
            ],
            "sorry": ["Sorry, PA only.", "My mistake; PA.", "Apologies - searching PA."],
            "last": "Here's the agency frame.",
        },
        "dead": {
            "P": (
                "cms",
                {"story": 48812, "action": "republish"},
                "blocked: image DAM-77415 has no rights record (rights.attach)",
                True,
            ),
            "Q": (
                "rights_db",
                {"attach": "DAM-77415", "licence": "PA-sub-2026"},
                "blocked: licence attaches to images placed in a story (cms.place)",
                True,
            ),
            "R": (
                "cms",
                {"story": 48812, "action": "place", "image": "DAM-77415"},
                "blocked: placing requires a story in draft; story 48812 is published - "
                "republish creates the draft",
                True,
            ),
            "lP": ["Needs a rights record. Attaching the PA licence.", "Still needs rights."],
            "lQ": ["Wants the image placed first. Placing it.", "Place first - doing it."],
            "lR": ["Needs the draft from republish. Republishing.", "Back to republish."],
            "Rok": (
                "cms",
                {"story": 48812, "action": "place", "image": "DAM-77415"},
                "placed in draft r7",
            ),
            "lRok": "Placed in a draft.",
            "Qok": ("rights_db", {"attach": "DAM-77415", "licence": "PA-sub-2026"}, "attached"),
            "lQok": "Licence attached.",
            "Pok": ("cms", {"story": 48812, "action": "republish"}, "republished r7 {hm}"),
            "lPok": "Web story republished with the PA frame.",
        },
        "hop": {
            "specs": [
                (
                    dam,
                    {"op": "ingest", "wire_id": "PA-5513201"},
                    "error: PA subscription suspended - invoice 2026-11 unpaid",
                    True,
                ),
                (
                    "pa_portal",
                    {"download": "PA-5513201", "size": "full"},
                    "Account suspended. Contact accounts.",
                    True,
                ),
                (
                    "ftp_wire",
                    {"get": "PA/2026-12-07/5513201.jpg"},
                    "530 login refused: account suspended",
                    True,
                ),
                (
                    "browser",
                    {"url": "https://pa.example/photo/5513201", "click": "Download"},
                    "'Your subscription is on hold.'",
                    True,
                ),
            ],
            "lines": [
                "Suspended. Try the PA portal directly.",
                "Suspended there too. FTP?",
                "Refused. The website download.",
                "On hold everywhere. Maybe the mobile PA app.",
            ],
        },
        "car": {
            "tool": "dam",
            "opts": [
                {"op": "ingest", "wire_id": "AFP-8821"},
                {"op": "ingest", "wire_id": "AFP-8824"},
                {"op": "ingest", "wire_id": "AFP-8830"},
            ],
            "refusals": [
                "refused: AFP-8821 embargoed until 2026-12-08",
                "refused: AFP-8824 embargoed until 2026-12-08",
                "refused: AFP-8830 embargoed until 2026-12-08",
            ],
            "lines": [
                "Embargoed. Next AFP frame.",
                "Also embargoed. 8830?",
                "Embargoed. Back to 8821.",
            ],
            "again": ["Still embargoed. 8824 again.", "No. Round again."],
        },
        "mole": {
            "tool": "page_layout",
            "args": {"page": "A1", "preflight": True},
            "states": [
                "FAIL lead image 4:5 does not fill 3:2 slot",
                "FAIL headline overruns to 3 lines",
                "FAIL advert A1-R overlaps image",
            ],
            "edits": [
                ("page_layout", {"page": "A1", "crop": "3:2"}, "ok"),
                ("page_layout", {"page": "A1", "slot_height": 120}, "ok"),
                ("page_layout", {"page": "A1", "crop": "4:5"}, "ok"),
            ],
            "lines": [
                "Crop to 3:2.",
                "Headline overruns; shrink the image slot.",
                "Advert clash. Back to the tall crop.",
            ],
            "back": ["Doesn't fill again. Crop 3:2.", "Headline over again."],
        },
        "dup": {
            "tool": "newsroom_tasks",
            "args": [
                {"create": "Contact Owen Pryce re licence"},
                {"create": "Licence request - @edenvalley_lens"},
                {"create": "Email freelancer (flood pic) fee"},
                {"create": "Owen Pryce: rights follow-up"},
            ],
            "obs": "task T{n5} assigned to picture desk",
            "lines": [
                "Task to contact Owen.",
                "Licence task opened.",
                "Task to email him.",
                "And a follow-up task.",
            ],
        },
        "syn": {
            "tool": "archive_search",
            "args": [
                {"q": "Warwick Road flooding"},
                {"q": "Carlisle flood water street"},
                {"q": "Warwick Rd flood Cumbria"},
                {"q": "flooded road Carlisle city"},
            ],
            "obs": "12 results: 2015 Storm Desmond set (9), 2021 (3)",
            "lines": [
                "Old sets. Rephrase.",
                "Same 2015 set. Again.",
                "Same twelve. Another wording.",
                "Unchanged. One more query.",
            ],
        },
        "pages": {
            "specs": [
                (wire, {"q": "Carlisle", "page": p}, f"page {p}/4: {k} frames, {c} cleared")
                for p, k, c in ((1, 20, 6), (2, 20, 4), (3, 20, 2), (4, 7, 1))
            ],
            "notes": [
                "Page 1: six cleared.",
                "Page 2: four.",
                "Page 3: two.",
                "Page 4: one. Thirteen cleared frames in all.",
            ],
        },
        "typo": {
            "bad": (dam, {"op": "asset", "id": "DAM-73710"}, "not found", True),
            "tnote": "Wrong digits - 77310.",
            "good": (dam, {"op": "asset", "id": "DAM-77310"}, "DAM-77310 rights: UNCLEARED"),
            "gnote": "Uncleared, as Ruth said.",
        },
        "job": {
            "start": (dam, {"op": "ingest", "wire_id": "PA-5513201"}, "ingest job {n5} queued"),
            "snote": "Ingest queued.",
            "poll": (dam, {"op": "ingest_status", "wire_id": "PA-5513201"}),
            "states": ["downloading", "generating renditions", "ready DAM-77415"],
            "pnotes": ["Downloading.", "Renditions.", "Ready as DAM-77415."],
            "waits": [10, 20, 20],
            "resume": "The PA ingest was started; watching it.",
        },
        "batch": {
            "specs": [
                ("rights_db", {"set": a, "status": "cleared", "source": "PA-sub-2026"}, f"{a} ok")
                for a in ("DAM-77415", "DAM-77416", "DAM-77417", "DAM-77418", "DAM-77419")
            ],
            "note": "Five PA frames marked cleared.",
        },
        "summ": {
            "synth": "The A1 image is an uncleared Instagram photo; two cleared PA frames exist.",
            "follow": "Could we still license Owen's for web?",
            "answer": "Yes, with a written licence; we have his email.",
        },
        "write": {
            "specs": [
                (
                    "mail",
                    {"to": "owen.pryce", "subject": "Licence: Warwick Rd photo", "fee": 80},
                    "draft saved",
                ),
                (
                    "mail",
                    {"to": "owen.pryce", "subject": "Licence: Warwick Rd photo", "fee": 120},
                    "draft saved",
                ),
                (
                    "mail",
                    {
                        "to": "owen.pryce",
                        "subject": "Licence: Warwick Rd photo",
                        "fee": 120,
                        "scope": "web only",
                    },
                    "draft saved",
                ),
            ],
            "notes": ["Draft at 80.", "Now 120.", "Web only."],
            "changes": ["Offer 120.", "Make it web-only."],
            "acks": ["Raising to 120.", "Limiting to web."],
        },
        "search": {
            "wrong": (wire, {"q": "Carlisle flood", "agency": "Reuters"}, "0 results"),
            "wnote": "Nothing on Reuters.",
            "hint": "Regional floods - try PA's north-west feed.",
            "hline": "PA north-west.",
            "own": "Regional stories usually come through PA.",
            "right": (
                wire,
                {"q": "Carlisle flood", "agency": "PA", "region": "NW"},
                "PA-5513201, PA-5513255",
            ),
            "rnote": "Two PA frames.",
            "read": (wire, {"get": "PA-5513201"}, "Caption: Flooding on Warwick Road. Rights OK."),
            "learned": "PA-5513201 shows Warwick Road and is cleared.",
        },
        "recheck": {
            "ask": "Owen just signed our licence form - check the asset again.",
            "line": "Opening the asset again.",
            "A2": asset.replace("UNCLEARED", "CLEARED (licence L-2026-311)"),
            "note": "Cleared under L-2026-311.",
            "act": ("cms", {"story": 48812, "action": "republish"}, "republished"),
            "anote": "Web story back up with rights.",
        },
        "flaky": {
            "call": (wire, {"q": "Carlisle flood", "since": "2026-12-06T00:00Z"}),
            "err": "wire_feed: connection reset by peer",
            "ok": "3 results",
            "now": "Reset; again.",
            "later": "Reset - waiting 20s.",
            "secs": 20,
            "fnote": "Three frames.",
        },
    }


def cell_line_authentication() -> dict[str, Any]:
    lims = "lims"
    str_row = (
        "sample S-26-4410  HEK293-MCB-07 P5  STR run 2026-12-04\n"
        "locus     result   reference(ATCC CRL-1573)\n"
        "D5S818    8,9,12   8,9\n"
        "TH01      7,9.3    7,9.3\n"
        "TPOX      11       11\n"
        "match 81% (Tanabe)  flag: EXTRA_ALLELE  query {rid}"
    )
    return {
        "name": "cell_line_authentication",
        "task": (
            "Anja Feld, cell culture core. The STR profile for master bank HEK293-MCB-07 came "
            "back with an extra allele at D5S818 - possible cross-contamination. Work out which "
            "vials are affected, quarantine them, order a re-test, and update the ELN. Do not "
            "thaw the last passage-5 vial, and nothing from this bank goes to process "
            "development until it passes."
        ),
        "openers": [
            "Let me pull the STR result for S-26-4410 from the LIMS.",
            "First, the STR profile of HEK293-MCB-07 in the LIMS.",
            "Starting with the LIMS record of the flagged STR run.",
        ],
        "acks": ["Understood, Dr Feld.", "On the MCB-07 STR issue.", "Right - the HEK bank."],
        "pings": [
            "Anja here. PD is asking whether they can have cells Monday.",
            "Any update? QA wants the deviation number.",
        ],
        "replies": ["Not Monday, I expect.", "Coming, Anja."],
        "wait": lambda s: ("delay", {"seconds": s}, f"resumed after {s}s"),
        "A": (lims, {"sample": "S-26-4410", "view": "str"}, str_row),
        "nA": "Extra 12 allele at D5S818; 81% is just over the 80% cut-off, but the flag is real.",
        "B": (
            "freezer_inventory",
            {"bank": "HEK293-MCB-07"},
            "LN2-3 rack C box 4: P5 x1 (last), P6 x9, P7 x14\nthawed since 2026-11-01: P6 x2 "
            "(2026-11-18, 2026-11-25)",
        ),
        "nB": "One P5 left, 9 P6 and 14 P7; two P6 vials were thawed in November.",
        "C": (
            "eln",
            {"search": "HEK293-MCB-07", "since": "2026-11-01"},
            "EXP-2281 'MCB-07 P6 expansion' 2026-11-18 (hood 2, shared with HeLa-S3 run)\n"
            "EXP-2296 'MCB-07 P6 -> P7' 2026-11-25",
        ),
        "nC": "EXP-2281 shared hood 2 with a HeLa run. D5S818 12 is a HeLa allele.",
        "again": [
            "Pulling the STR record once more.",
            "Same profile. Again, in case the core re-analysed.",
            "Still 8,9,12. Once more.",
            "Unchanged. I'll re-query after this.",
        ],
        "fail": {
            "tool": lims,
            "variants": [
                {"quarantine": "HEK293-MCB-07", "reason": "STR"},
                {"quarantine": "HEK293-MCB-07 ", "reason": "STR"},
                {"quarantine": "hek293-mcb-07", "reason": "STR fail"},
                {"quarantine": "HEK293_MCB_07", "reason": "STR"},
            ],
            "err": "LIMS-409: quarantine applies to vial lots, not banks; give lot ids",
            "lines": [
                "409. Trailing space, maybe.",
                "Same. Lower case.",
                "Still 409. Underscores?",
                "Rejected. I'll try another format.",
            ],
        },
        "check": {
            "tool": "str_compare",
            "args": {"bank": "HEK293-MCB-07", "lots": "all"},
            "fails": [
                "str_compare: 3 lots, all >= 90% match to CRL-1573",
                "str_compare: 1 lot failing\n  P7-L2 D5S818 extra 12",
                "str_compare: 2 lots failing\n  P6-L1 D5S818 extra 12\n  P7-L2 D5S818 extra 12",
                "str_compare: 3 lots failing\n  P5-L1 status unknown (no data)\n"
                "  P6-L1 D5S818 extra 12\n  P7-L2 D5S818 extra 12",
            ],
            "flake": [
                "P6-L1 and P7-L2 fail. Could be the old run cached; rerunning.",
                "P6-L1, P7-L2 again. Rerunning.",
                "Still P6-L1, P7-L2. Another go.",
                "Unchanged. I'll run it again.",
            ],
            "cnotes": [
                "P5 has no data: link the pre-November run.",
                "P6-L1 fails: mark quarantined and exclude.",
                "P7-L2 derives from P6-L1: quarantine too.",
            ],
            "edits": [
                (lims, {"link_run": "STR-2026-06-14", "lot": "P5-L1"}, "linked"),
                (lims, {"lot": "P6-L1", "status": "QUARANTINE"}, "P6-L1 quarantined"),
                (lims, {"lot": "P7-L2", "status": "QUARANTINE"}, "P7-L2 quarantined"),
            ],
            "done": "Only P5-L1 remains active and it matches 94%.",
        },
        "pre": {
            "intent": "Lots quarantined. I'm about to submit the re-test order.",
            "checks": [
                ("order_portal", {"quote": "STR-HUMAN-16", "samples": 3}, "quote Q-{n5} 3x EUR 95"),
                (lims, {"lot": "P6-L1", "view": "status"}, "QUARANTINE"),
                ("freezer_inventory", {"bank": "HEK293-MCB-07", "lot": "P5-L1"}, "1 vial, intact"),
                ("eln", {"search": "deviation MCB-07"}, "DEV-0912 open"),
            ],
            "lines": [
                "Quote fine. Before ordering, confirm the quarantine took.",
                "Quarantined. One more: is the P5 vial intact?",
                "Intact. Before I order I'd like the deviation number.",
                "DEV-0912. Maybe I should check the courier slots first.",
            ],
            "ok_lines": [
                "Quote fine. Checking what samples the lab expects.",
                "Quarantine confirmed. Checking sample requirements.",
            ],
            "issue": (
                "order_portal",
                {"service": "STR-HUMAN-16", "get": "requirements"},
                "requires gDNA >= 20 ng/ul or a cell pellet; live vials not accepted",
            ),
            "inote": "They need gDNA or pellets, not vials - and we mustn't thaw P5.",
            "fix": (
                lims,
                {"task": "gDNA extraction", "lots": ["P6-L1", "P7-L2"]},
                "task TK-{n5} created for bench 3",
            ),
            "fnote": "Extraction from the quarantined P6/P7 material only. Ordering.",
            "act": (
                "order_portal",
                {"service": "STR-HUMAN-16", "samples": ["P6-L1", "P7-L2"], "type": "gDNA"},
                "order EF-{n5} placed, ship by Wed",
            ),
            "anote": "Re-test ordered on gDNA; P5 stays frozen.",
        },
        "flip": {
            "S1": ("eln", {"get": "EXP-2281"}, "hood 2 shared with HeLa-S3 same afternoon"),
            "S2": (
                lims,
                {"sample": "S-26-4410", "view": "electropherogram"},
                "D5S818 peak 12 height 180 RFU (threshold 150); stutter possible",
            ),
            "X": [
                "HeLa in the same hood - contamination.",
                "It's HeLa carry-over.",
                "Contamination. Unless that peak is stutter...",
            ],
            "Y": [
                "180 RFU is near threshold; could be stutter.",
                "Stutter, probably - artefact.",
                "Artefact after all? Back to the ELN note.",
            ],
        },
        "ack": {
            "wrong": (
                "freezer_inventory",
                {"bank": "HEK293-MCB-07", "box": "C4", "lot": "P5-L1"},
                "P5-L1 x1 LN2-3/C/4 pos 17",
            ),
            "present": ["P5-L1 is at position 17.", "Position 17, the last P5.", "P5-L1 is there."],
            "user": [
                "I don't want P5 - list the P6 and P7 lots.",
                "Anja: P6 and P7, not P5!",
                "P6 and P7. Please.",
            ],
            "sorry": [
                "Sorry - P6 and P7.",
                "My error. The later passages.",
                "Apologies, listing P6/P7.",
            ],
            "last": "That's the freezer position.",
        },
        "dead": {
            "P": (
                "order_portal",
                {"service": "STR-HUMAN-16", "samples": ["P6-L1"]},
                "blocked: samples need a QA deviation reference (qa.deviation)",
                True,
            ),
            "Q": (
                "qa",
                {"open_deviation": "MCB-07 STR", "lots": ["P6-L1"]},
                "blocked: deviations need the lab re-test order id (order first)",
                True,
            ),
            "R": (
                lims,
                {"lot": "P6-L1", "status": "QUARANTINE"},
                "blocked: quarantine needs a deviation reference",
                True,
            ),
            "lP": ["Order wants a deviation. Opening one.", "Still needs a deviation."],
            "lQ": [
                "Deviation wants the order id. Quarantining so I can proceed.",
                "Needs the order. Quarantine first.",
            ],
            "lR": ["Quarantine wants the deviation. Ordering.", "Back to the order."],
            "Rok": (lims, {"lot": "P6-L1", "status": "QUARANTINE"}, "P6-L1 quarantined"),
            "lRok": "Quarantined.",
            "Qok": ("qa", {"open_deviation": "MCB-07 STR", "lots": ["P6-L1"]}, "DEV-0912 opened"),
            "lQok": "DEV-0912 open.",
            "Pok": (
                "order_portal",
                {"service": "STR-HUMAN-16", "samples": ["P6-L1"], "deviation": "DEV-0912"},
                "order EF-{n5} placed",
            ),
            "lPok": "Re-test ordered under DEV-0912.",
        },
        "hop": {
            "specs": [
                (
                    "order_portal",
                    {"service": "STR-HUMAN-16", "samples": 2},
                    "account frozen: PO 4500-1182 exhausted",
                    True,
                ),
                (
                    "email",
                    {"to": "orders@eurofins.example", "attach": "form.pdf"},
                    "auto-reply: orders on account 88112 are on hold (PO exhausted)",
                    True,
                ),
                (
                    "procurement",
                    {"punchout": "eurofins", "item": "STR-HUMAN-16"},
                    "PO 4500-1182 has no remaining balance",
                    True,
                ),
                ("phone_bot", {"call": "eurofins-orders"}, "Your account is on hold.", True),
            ],
            "lines": [
                "Frozen. Try emailing the order.",
                "On hold. Punch-out from procurement?",
                "PO exhausted. Phone line?",
                "Same. Maybe the other lab portal.",
            ],
        },
        "car": {
            "tool": "order_portal",
            "opts": [
                {"service": "STR-HUMAN-16", "ship": "2026-12-07"},
                {"service": "STR-HUMAN-16", "ship": "2026-12-08"},
                {"service": "STR-HUMAN-16", "ship": "2026-12-09"},
            ],
            "refusals": [
                "no dry-ice courier slot 12-07",
                "no dry-ice courier slot 12-08",
                "no dry-ice courier slot 12-09",
            ],
            "lines": [
                "No slot Sunday. Monday?",
                "Nothing Monday. Tuesday?",
                "Tuesday neither. Sunday again.",
            ],
            "again": ["Still none. Monday again.", "No. Around once more."],
        },
        "mole": {
            "tool": "str_compare",
            "args": {"sample": "S-26-4410", "params": "current"},
            "states": [
                "FAIL match 81% (threshold 80, margin rule 85)",
                "FAIL D5S818 stutter filter hides true allele in ref",
                "FAIL TH01 9.3 called 9 (rounding)",
            ],
            "edits": [
                ("str_compare", {"set": {"stutter_filter": 0.15}}, "ok"),
                ("str_compare", {"set": {"stutter_filter": 0.05, "bin_width": 0.5}}, "ok"),
                ("str_compare", {"set": {"bin_width": 0.25, "stutter_filter": 0.15}}, "ok"),
            ],
            "lines": [
                "Raise the stutter filter.",
                "Too aggressive. Lower it, widen bins.",
                "Rounding now. Narrow bins, filter back up.",
            ],
            "back": ["81% again. Filter up.", "Stutter issue back."],
        },
        "dup": {
            "tool": "qa",
            "args": [
                {"capa": "Hood 2 shared-use contamination risk"},
                {"capa": "Cross-contamination, hood 2"},
                {"capa": "Segregate HeLa from HEK work"},
                {"capa": "Hood scheduling - HeLa/HEK"},
            ],
            "obs": "CAPA-{n3} opened",
            "lines": [
                "CAPA for hood 2.",
                "CAPA on the contamination.",
                "One for segregation.",
                "One more on scheduling.",
            ],
        },
        "syn": {
            "tool": "sop_search",
            "args": [
                {"q": "STR failure procedure"},
                {"q": "cell line authentication fail"},
                {"q": "misidentified cell bank"},
                {"q": "STR mismatch quarantine"},
            ],
            "obs": "SOP-CC-014 Cell banking; SOP-QA-031 Deviations; FORM-88 STR request",
            "lines": [
                "Three SOPs. Rewording.",
                "Same ones. Again.",
                "Same three. Different phrase.",
                "Unchanged. Another try.",
            ],
        },
        "pages": {
            "specs": [
                (
                    lims,
                    {"bank": "HEK293-MCB-07", "list": "vials", "skip": s},
                    f"vials {s + 1}-{s + 6}: {q} from thawed lineage",
                )
                for s, q in ((0, 0), (6, 2), (12, 3), (18, 1))
            ],
            "notes": [
                "1-6: none affected.",
                "7-12: two.",
                "13-18: three.",
                "19-24: one. Six vials trace to the November thaws.",
            ],
        },
        "typo": {
            "bad": (lims, {"sample": "S-26-4401", "view": "str"}, "no STR data", True),
            "tnote": "Swapped digits; S-26-4410.",
            "good": (
                lims,
                {"sample": "S-26-4410", "view": "str"},
                "D5S818 8,9,12 flag EXTRA_ALLELE",
            ),
            "gnote": "Extra allele confirmed.",
        },
        "job": {
            "start": (
                "str_compare",
                {"bank": "HEK293-MCB-07", "lots": "all", "async": True},
                "job SC-{n5}",
            ),
            "snote": "Comparison running.",
            "poll": ("str_compare", {"job": "latest"}),
            "states": ["1/3 lots", "2/3 lots", "done: P6-L1, P7-L2 fail; P5-L1 94%"],
            "pnotes": ["One lot done.", "Two.", "Done: P6/P7 fail, P5 fine."],
            "waits": [20, 20, 30],
            "resume": "The comparison was started; checking.",
        },
        "batch": {
            "specs": [
                (lims, {"vial": v, "status": "QUARANTINE"}, f"{v} quarantined")
                for v in ("V-6101", "V-6102", "V-6103", "V-7104", "V-7105")
            ],
            "note": "Five vials quarantined.",
        },
        "summ": {
            "synth": "HeLa carry-over from the shared hood on 18 Nov likely contaminated P6 "
            "onward; P5 predates it.",
            "follow": "Is P5 safe to use then?",
            "answer": "Likely, but it's the last vial - re-test first from the P6 gDNA.",
        },
        "write": {
            "specs": [
                ("eln", {"append": "EXP-2281", "text": "STR fail; P6+ quarantined"}, "saved"),
                (
                    "eln",
                    {"append": "EXP-2281", "text": "STR fail; P6+ quarantined; DEV-0912"},
                    "saved",
                ),
                (
                    "eln",
                    {"append": "EXP-2296", "text": "STR fail; P6+ quarantined; DEV-0912"},
                    "saved",
                ),
            ],
            "notes": ["Noted.", "Added the deviation.", "Put on EXP-2296 instead."],
            "changes": ["Add the deviation number.", "Put it on EXP-2296, not 2281."],
            "acks": ["Adding DEV-0912.", "Moving the entry to EXP-2296."],
        },
        "search": {
            "wrong": ("eln", {"search": "HeLa contamination"}, "0 entries"),
            "wnote": "Nothing.",
            "hint": "Look for the hood booking, not the word contamination.",
            "hline": "Searching hood bookings.",
            "own": "Nobody writes 'contamination'; the hood booking log would show overlap.",
            "right": (
                "hood_bookings",
                {"hood": 2, "date": "2026-11-18"},
                "13:00-15:00 HEK293 (mk) | 14:30-16:00 HeLa-S3 (jt)",
            ),
            "rnote": "Overlapping bookings.",
            "read": ("eln", {"get": "EXP-2281"}, "hood 2 not cleaned between users (note)"),
            "learned": "No clean-down between the two runs.",
        },
        "recheck": {
            "ask": "The core just re-analysed S-26-4410 with the new ladder - look again.",
            "line": "Pulling it again.",
            "A2": str_row.replace("8,9,12", "8,9").replace(
                "match 81% (Tanabe)  flag: EXTRA_ALLELE", "match 96%  flag: none"
            ),
            "note": "Re-analysed: 8,9, 96%. The 12 was a ladder artefact.",
            "act": (lims, {"lot": "P6-L1", "status": "ACTIVE"}, "P6-L1 released"),
            "anote": "Released the hold on P6-L1.",
        },
        "flaky": {
            "call": ("freezer_inventory", {"bank": "HEK293-MCB-07"}),
            "err": "sensor gateway timeout (LN2-3 polling)",
            "ok": "P5 x1, P6 x9, P7 x14",
            "now": "Gateway timeout. Again.",
            "later": "Gateway timing out; delaying a bit.",
            "secs": 30,
            "fnote": "Inventory back.",
        },
    }


def concrete_pour_scheduling() -> dict[str, Any]:
    pc = "procore"
    breaks = (
        "Lab report TL-26-3381  Linden Yard L6 slab  mix 5000-A (f'c 5,000 psi)\n"
        "set  age  cyl1   cyl2   avg    req_strip\n"
        "L6-A  7d  3,080  3,140  3,110  3,500\n"
        "L6-B  7d  3,190  3,050  3,120  3,500\n"
        "tested {ts}  tech R. Osei"
    )
    return {
        "name": "concrete_pour_scheduling",
        "task": (
            "Marco, site super at Linden Yard. The level 6 seven-day breaks came in around 3,100 "
            "psi and we need 3,500 to strip shoring, so Thursday's L7 pour can't go as planned. "
            "Re-plan the pour, the pump and the crews, and get the engineer of record the "
            "numbers. Do NOT strip any L6 shoring, and don't cancel the concrete order without "
            "Dee (PM) okaying it."
        ),
        "openers": [
            "I'll start by pulling the L6 cylinder break report from the lab portal.",
            "First the seven-day break results for level 6.",
            "Let me read the testing lab's L6 break report.",
        ],
        "acks": ["Copy, Marco.", "Got it - L7 pour re-plan.", "On it; L6 breaks and L7."],
        "pings": [
            "Marco. Pump company's calling - what do I tell them?",
            "Where are we? Crews need to know by 3.",
        ],
        "replies": ["Give me a few, Marco.", "Nearly, Marco."],
        "wait": lambda s: ("pause", {"seconds": s}, "resumed"),
        "A": (
            "lab_portal",
            {"project": "LINDEN-YARD", "report": "latest", "element": "L6"},
            breaks,
        ),
        "nA": "L6 averages 3,110 and 3,120 at 7 days against 3,500 to strip.",
        "B": (
            pc,
            {"get": "schedule", "activity": "L7 slab pour"},
            "A-0712 L7 slab pour  Thu 2026-12-10 06:00  pred: A-0698 L6 shore strip (FS)\n"
            "pump: Ridge Pumping 52m  concrete: 410 cy  crew: 14",
        ),
        "nB": "Pour Thursday 06:00, finish-to-start on stripping L6. 410 yards, 52 m pump.",
        "C": (
            "weather",
            {"site": "LINDEN-YARD", "days": 7},
            "Thu 2 to 7 C rain | Fri -1 to 4 C | Sat 3 to 9 C | Mon 5 to 11 C",
        ),
        "nC": "Cold Friday; Monday is the warmest pour window.",
        "again": [
            "Pulling the break report once more.",
            "Same numbers. Again - maybe 14-day sets posted.",
            "Still 7-day only. Once more.",
            "Unchanged. I'll check again later.",
        ],
        "fail": {
            "tool": pc,
            "variants": [
                {"update": "A-0712", "start": "Mon 12/14 6am"},
                {"update": "A-0712", "start": "Mon 12/14 06:00"},
                {"update": "a-0712", "start": "12/14 6AM"},
                {"update": "A-0712", "start": "Monday 14 Dec 06:00"},
            ],
            "err": "422 Unprocessable: start must be ISO 8601 (YYYY-MM-DDThh:mm)",
            "lines": [
                "422. 24-hour time.",
                "Still 422. Drop the day name.",
                "Same. Spelled out.",
                "422 again. Try another layout.",
            ],
        },
        "check": {
            "tool": "lookahead_check",
            "args": {"project": "LINDEN-YARD", "weeks": 3},
            "fails": [
                "lookahead_check: 0 conflicts",
                "lookahead_check: 1 conflict\n  crew C-Form double-booked Mon 12-14",
                "lookahead_check: 2 conflicts\n  pump booking Thu but pour Mon\n"
                "  crew C-Form double-booked Mon 12-14",
                "lookahead_check: 3 conflicts\n  A-0712 before A-0698 (FS violated)\n"
                "  pump booking Thu but pour Mon\n  crew C-Form double-booked Mon 12-14",
            ],
            "flake": [
                "Two conflicts. Procore sync lag maybe; again.",
                "Pump and crew conflicts again. Rerun.",
                "Pump and crew still. Probably stale.",
                "Same. One more run.",
            ],
            "cnotes": [
                "Move the pour after the 14-day break.",
                "Move the pump to Monday.",
                "Shift C-Form's curb work.",
            ],
            "edits": [
                (pc, {"update": "A-0712", "start": "2026-12-14T06:00"}, "A-0712 moved"),
                (
                    "pump_booking",
                    {"job": "RP-2291", "date": "2026-12-14", "time": "05:30"},
                    "rebooked",
                ),
                (
                    pc,
                    {"update": "A-0733", "crew": "C-Form", "start": "2026-12-15T07:00"},
                    "A-0733 moved",
                ),
            ],
            "done": "Lookahead clean.",
        },
        "pre": {
            "intent": "Monday's plan is set. Sending the EOR the numbers now.",
            "checks": [
                ("lookahead_check", {"project": "LINDEN-YARD", "weeks": 3}, "0 conflicts"),
                ("pump_booking", {"job": "RP-2291"}, "Mon 12-14 05:30 confirmed"),
                ("weather", {"site": "LINDEN-YARD", "day": "2026-12-14"}, "5 to 11 C dry"),
                (pc, {"get": "contacts", "role": "EOR"}, "Hollis Struct. - P. Varga"),
            ],
            "lines": [
                "No conflicts. Before sending, is the pump confirmed?",
                "Confirmed. One more: Monday's weather.",
                "Dry and mild. Before I send, check who the EOR contact is.",
                "P. Varga. Maybe I should check the mix submittal too before sending.",
            ],
            "ok_lines": [
                "No conflicts. Checking the RFI log before I send.",
                "Pump confirmed. RFI log first.",
            ],
            "issue": (
                pc,
                {"get": "rfis", "status": "open", "q": "L6"},
                "RFI-214 'L6 reshore plan' open, EOR asked for reshore loads",
            ),
            "inote": "The EOR has an open RFI on reshoring - the email should answer it.",
            "fix": (pc, {"rfi": "RFI-214", "attach": "reshore_calc_L6.pdf"}, "attached"),
            "fnote": "Reshore calc attached. Sending.",
            "act": (
                "email",
                {
                    "to": "p.varga@hollis.example",
                    "subject": "L6 7-day breaks / RFI-214",
                    "attach": ["TL-26-3381.pdf"],
                },
                "sent {hm}",
            ),
            "anote": "EOR has the numbers and the RFI answer.",
        },
        "flip": {
            "S1": (
                "lab_portal",
                {"report": "TL-26-3381", "show": "curing"},
                "field-cured cylinders; site low 1 C on day 2",
            ),
            "S2": (
                "batch_tickets",
                {"pour": "L6", "show": "water_added"},
                "truck 7: +15 gal water on site; truck 9: +12 gal",
            ),
            "X": [
                "Cold curing explains it.",
                "Cold nights - that's the cause.",
                "Cold, I think. Though the water...",
            ],
            "Y": [
                "Water added on site - that'd lower strength.",
                "It's the added water.",
                "Water. Back to the curing log to be sure.",
            ],
        },
        "ack": {
            "wrong": (
                "pump_booking",
                {"job": "RP-2291", "cancel": False, "date": "2026-12-11"},
                "moved to Fri 12-11",
            ),
            "present": ["Pump on Friday.", "Friday booked.", "Friday again."],
            "user": [
                "Not Friday - it's freezing. Monday.",
                "MONDAY, I said.",
                "Marco: Monday the 14th.",
            ],
            "sorry": ["Sorry, Monday.", "My mistake - Monday.", "Apologies; the 14th."],
            "last": "Pump's moved.",
        },
        "dead": {
            "P": (
                pc,
                {"update": "A-0712", "start": "2026-12-14T06:00"},
                "blocked: schedule changes need an approved change event (CE)",
                True,
            ),
            "Q": (
                pc,
                {"change_event": "L7 pour delay", "approve": True},
                "blocked: CE needs a revised concrete order attached",
                True,
            ),
            "R": (
                "supplier_portal",
                {"order": "CO-5581", "date": "2026-12-14"},
                "blocked: supplier requires the updated Procore schedule date",
                True,
            ),
            "lP": ["Needs a change event. Raising it.", "Still a CE. Again."],
            "lQ": ["CE wants the revised order. Revising.", "Needs the order."],
            "lR": ["Supplier wants the schedule changed first.", "Back to the schedule."],
            "Rok": (
                "supplier_portal",
                {"order": "CO-5581", "date": "2026-12-14"},
                "order revised, tentative",
            ),
            "lRok": "Concrete order revised to Monday, tentative.",
            "Qok": (pc, {"change_event": "L7 pour delay", "approve": True}, "CE-077 approved"),
            "lQok": "CE-077 approved.",
            "Pok": (pc, {"update": "A-0712", "start": "2026-12-14T06:00"}, "moved"),
            "lPok": "A-0712 moved: L7 pours Monday 06:00.",
        },
        "hop": {
            "specs": [
                (
                    "pump_booking",
                    {"job": "RP-2291", "date": "2026-12-14"},
                    "account on credit hold - call accounts",
                    True,
                ),
                (
                    "email",
                    {"to": "dispatch@ridgepump.example"},
                    "auto-reply: bookings for accounts on credit hold are not processed",
                    True,
                ),
                ("browser", {"url": "https://ridgepump.example/book"}, "'Account on hold'", True),
                (
                    "sms",
                    {"to": "Ridge dispatch", "text": "Book 52m Mon 12-14"},
                    "reply: account on hold, sorry",
                    True,
                ),
            ],
            "lines": [
                "Credit hold. Email dispatch.",
                "Hold again. Web booking?",
                "On hold there. Text dispatch.",
                "Same. Maybe the other depot.",
            ],
        },
        "car": {
            "tool": "pump_booking",
            "opts": [
                {"size": "52m", "date": "2026-12-14"},
                {"size": "47m", "date": "2026-12-14"},
                {"size": "58m", "date": "2026-12-14"},
            ],
            "refusals": ["52m unavailable Mon", "47m unavailable Mon", "58m unavailable Mon"],
            "lines": [
                "No 52 m on Monday. A 47?",
                "No 47 either. The 58?",
                "58 unavailable. The 52 once more?",
            ],
            "again": ["Still no 52. The 47 again.", "Nothing. Going round the sizes again."],
        },
        "mole": {
            "tool": "lookahead_check",
            "args": {"project": "LINDEN-YARD", "focus": "A-0712"},
            "states": [
                "FAIL pour before 14-day break date",
                "FAIL pour overlaps crane service",
                "FAIL pour after inspector window closes",
            ],
            "edits": [
                (pc, {"update": "A-0712", "start": "2026-12-15T06:00"}, "moved"),
                (pc, {"update": "A-0712", "start": "2026-12-17T06:00"}, "moved"),
                (pc, {"update": "A-0712", "start": "2026-12-14T06:00"}, "moved"),
            ],
            "lines": [
                "Too early. Tuesday.",
                "Crane service Tuesday. Thursday.",
                "Inspector gone Thursday. Monday.",
            ],
            "back": ["Too early again. Tuesday.", "Crane clash again."],
        },
        "dup": {
            "tool": pc,
            "args": [
                {"create_observation": "Low 7-day breaks L6"},
                {"create_observation": "L6 cylinders under strength"},
                {"create_observation": "Concrete strength issue level 6"},
                {"create_observation": "L6 breaks - follow up"},
            ],
            "obs": "OBS-{n3} created",
            "lines": [
                "Observation logged for the low breaks.",
                "Another one for the cylinders.",
                "One on concrete strength.",
                "And a follow-up observation.",
            ],
        },
        "syn": {
            "tool": "spec_search",
            "args": [
                {"q": "shoring removal strength"},
                {"q": "strip formwork psi"},
                {"q": "reshore criteria"},
                {"q": "remove shores concrete strength"},
            ],
            "obs": "03 30 00 s3.14; S-001 general notes; shoring submittal SD-22",
            "lines": [
                "Three refs. Rephrase.",
                "Section 3.14 and S-001 again.",
                "SD-22 and the same two.",
                "Spec refs unchanged. Once more.",
            ],
        },
        "pages": {
            "specs": [
                (
                    "lab_portal",
                    {"project": "LINDEN-YARD", "reports": "all", "page": p},
                    f"page {p}/4: {k} sets, {lo} low",
                )
                for p, k, lo in ((1, 10, 0), (2, 10, 0), (3, 10, 1), (4, 4, 2))
            ],
            "notes": [
                "Page 1: ten sets, all fine.",
                "Page 2: fine too.",
                "Page 3: one low set.",
                "Page 4: two more low, both L6. Only level 6 is under.",
            ],
        },
        "typo": {
            "bad": ("lab_portal", {"report": "TL-26-3318"}, "not found", True),
            "tnote": "Transposed - 3381.",
            "good": ("lab_portal", {"report": "TL-26-3381"}, "L6 avg 3,110 / 3,120"),
            "gnote": "TL-26-3381 found: 3,110 and 3,120.",
        },
        "job": {
            "start": (
                "lab_portal",
                {"request": "extra 10d break", "set": "L6-C"},
                "request LR-{n3} queued",
            ),
            "snote": "Extra 10-day break requested from the lab.",
            "poll": ("lab_portal", {"request": "latest"}),
            "states": ["picked up", "testing", "result 3,560 psi"],
            "pnotes": [
                "The lab has picked up the request.",
                "Cylinders on the press now.",
                "10-day result 3,560 psi - over the 3,500 strip threshold.",
            ],
            "waits": [60, 60, 90],
            "resume": "The lab request is in; watching.",
        },
        "batch": {
            "specs": [
                ("crew_notify", {"crew": cr, "msg": "L7 pour moved to Mon 12-14 06:00"}, "sent")
                for cr in ("C-Form", "C-Rebar", "C-Finish", "C-Pump", "C-Safety")
            ],
            "note": "All five crews told about Monday 06:00.",
        },
        "summ": {
            "synth": "L6 is under strip strength, so L7 moves to Monday, the warmest day.",
            "follow": "Can we reshore instead?",
            "answer": "Only with the EOR's reshore plan; RFI-214 is open on that.",
        },
        "write": {
            "specs": [
                (pc, {"update": "A-0712", "start": "2026-12-14T06:00"}, "moved"),
                (pc, {"update": "A-0712", "start": "2026-12-14T05:00"}, "moved"),
                (pc, {"update": "A-0712", "start": "2026-12-15T05:00"}, "moved"),
            ],
            "notes": [
                "A-0712 now Monday 06:00.",
                "Moved up to 05:00 Monday.",
                "Now Tuesday 05:00.",
            ],
            "changes": ["Start at 5.", "Make it Tuesday."],
            "acks": ["Pulling the start to 05:00.", "Shifting it to Tuesday."],
        },
        "search": {
            "wrong": (pc, {"search": "strip strength", "in": "drawings"}, "0 results"),
            "wnote": "Nothing in the drawings.",
            "hint": "It's in the shoring submittal.",
            "hline": "Checking submittals.",
            "own": "Strip criteria usually sit in the shoring submittal.",
            "right": (pc, {"search": "strip strength", "in": "submittals"}, "SD-22 p4"),
            "rnote": "Hit in shoring submittal SD-22.",
            "read": (pc, {"get": "SD-22", "page": 4}, "Strip at 70% f'c (3,500) verified."),
            "learned": "Strip at 70% of f'c, i.e. 3,500 psi, as I had it.",
        },
        "recheck": {
            "ask": "Lab says they uploaded the 10-day sets - pull the report again.",
            "line": "Pulling again.",
            "A2": breaks + "\nL6-C  10d  3,540  3,580  3,560  3,500",
            "note": "10-day set at 3,560, over 3,500.",
            "act": (pc, {"update": "A-0698", "start": "2026-12-11T07:00"}, "moved"),
            "anote": "Stripping Friday per spec.",
        },
        "flaky": {
            "call": (pc, {"get": "schedule", "activity": "L7 slab pour"}),
            "err": "502 Bad Gateway (Procore edge failover)",
            "ok": "A-0712 Thu 12-10 06:00",
            "now": "Edge blip; once more.",
            "later": "Failover - pausing briefly.",
            "secs": 5,
            "fnote": "Schedule still shows Thursday 06:00, as planned.",
        },
    }


def mobile_number_port_rejects() -> dict[str, Any]:
    npc = "port_orders"
    order = (
        "PON HALDEN-2611-A  losing carrier: Brightwave  numbers: 42  status: REJECTED\n"
        "reject 6F ACCOUNT NUMBER MISMATCH  (LSR resp 2026-12-05 16:40)\n"
        "account on LOA: 8801-22740  PIN: supplied\ncorrelation {uuid}"
    )
    return {
        "name": "mobile_number_port_rejects",
        "task": (
            "Keisha Brandt from Corvid porting desk here. Halden Dental's port of 42 numbers from "
            "Brightwave was rejected - code 6F, account number mismatch. Find out what "
            "Brightwave has on file, fix the LOA and resubmit so it can still complete by the "
            "18th. Do not cancel Halden's Brightwave service, and leave their fax line "
            "(+44 161 555 0190) off the port - it stays analog."
        ),
        "openers": [
            "First I'll open the rejected port order HALDEN-2611-A.",
            "Let me read the rejection on PON HALDEN-2611-A.",
            "Starting with the port order and its reject reason.",
        ],
        "acks": ["Sure, Keisha.", "On the Halden port.", "Got it - the 6F reject."],
        "pings": [
            "Keisha again. Halden's office manager is on the phone.",
            "Any progress? The 18th is tight.",
        ],
        "replies": ["Nearly there, Keisha.", "Yes, Keisha."],
        "wait": lambda s: ("timer", {"seconds": s}, f"{s}s elapsed"),
        "A": (npc, {"pon": "HALDEN-2611-A"}, order),
        "nA": "Rejected 6F: the account on the LOA, 8801-22740, doesn't match Brightwave's.",
        "B": (
            "crm",
            {"customer": "Halden Dental", "fields": ["bills", "contacts"]},
            "latest Brightwave bill (uploaded 2026-11-28): billing acct 8801-22741, "
            "service acct 4410-09913\ncontact: Gail Mercer (office manager)",
        ),
        "nB": "The bill shows two Brightwave numbers: billing 8801-22741 and service "
        "4410-09913. The LOA has a typo'd billing one.",
        "C": (
            "number_inventory",
            {"customer": "Halden Dental"},
            "43 numbers: 42 voice (+44 161 555 0100-0141), 1 fax +44 161 555 0190",
        ),
        "nC": "43 in inventory; 42 voice to port, the fax stays.",
        "again": [
            "Reading the order again.",
            "Same reject. Once more, the carrier may have re-sent.",
            "Still 6F. Another look.",
            "Unchanged. I'll check after this.",
        ],
        "fail": {
            "tool": npc,
            "variants": [
                {"supp": "HALDEN-2611-A", "account": "8801-22741", "due": "2026-12-18"},
                {"supp": "HALDEN-2611-A", "account": "880122741", "due": "2026-12-18"},
                {"supp": "halden-2611-a", "account": "8801-22741", "due": "2026-12-18"},
                {"supp": "HALDEN-2611-A", "account": "8801 22741", "due": "18/12/2026"},
            ],
            "err": "SUPP rejected: due date inside 5-working-day window for a 42-number port",
            "lines": [
                "Rejected. Without the dash.",
                "Same. Lower-case PON.",
                "Still rejected. Other date format.",
                "No. I'll supp again with another account format.",
            ],
        },
        "check": {
            "tool": "port_validator",
            "args": {"pon": "HALDEN-2611-B"},
            "fails": [
                "validator: 0 errors, ready to submit",
                "validator: 1 error\n  E12 fax +441615550190 included",
                "validator: 2 errors\n  E07 service account missing\n"
                "  E12 fax +441615550190 included",
                "validator: 3 errors\n  E03 billing account 8801-22740 != bill\n"
                "  E07 service account missing\n  E12 fax +441615550190 included",
            ],
            "flake": [
                "E07 and E12. Validator might be caching the old draft; rerun.",
                "E07 and E12 once more. Again.",
                "E07, E12 still. Once more.",
                "Identical. Another run.",
            ],
            "cnotes": [
                "E03 first: the billing account on the draft.",
                "E07: add the service account.",
                "E12: take the fax off.",
            ],
            "edits": [
                (npc, {"draft": "HALDEN-2611-B", "set": {"billing_acct": "8801-22741"}}, "ok"),
                (npc, {"draft": "HALDEN-2611-B", "set": {"service_acct": "4410-09913"}}, "ok"),
                (npc, {"draft": "HALDEN-2611-B", "remove": ["+441615550190"]}, "ok, 42 numbers"),
            ],
            "done": "Validator clean on draft B.",
        },
        "pre": {
            "intent": "Draft B validates. About to submit.",
            "checks": [
                ("port_validator", {"pon": "HALDEN-2611-B"}, "0 errors"),
                (
                    "number_inventory",
                    {"customer": "Halden Dental", "range": "0100-0141"},
                    "42 active",
                ),
                ("crm", {"customer": "Halden Dental", "fields": ["loa"]}, "LOA signed 2026-11-29"),
                (npc, {"calendar": "Brightwave"}, "earliest due 2026-12-15"),
            ],
            "lines": [
                "Clean. Before submitting, confirm all 42 are active.",
                "Active. One more: LOA signature date.",
                "Signed. Before I submit, Brightwave's calendar.",
                "15th is fine. Perhaps check the emergency address records first.",
            ],
            "ok_lines": [
                "Validator clean. Checking the LOA signer.",
                "Numbers active. Checking the LOA signer.",
            ],
            "issue": (
                "crm",
                {"customer": "Halden Dental", "fields": ["loa", "signer"]},
                "LOA signer: Gail Mercer (office manager). Brightwave authorised "
                "user: Dr R. Halden only",
            ),
            "inote": "Brightwave only accepts Dr Halden as signer - another reject waiting.",
            "fix": (
                "loa_tool",
                {"customer": "Halden Dental", "signer": "Dr R. Halden", "send": "docusign"},
                "envelope sent; signed {hm}",
            ),
            "fnote": "Dr Halden signed. Submitting.",
            "act": (
                npc,
                {"submit": "HALDEN-2611-B", "due": "2026-12-18"},
                "submitted; FOC pending",
            ),
            "anote": "Submitted for the 18th.",
        },
        "flip": {
            "S1": (
                "crm",
                {"customer": "Halden Dental", "fields": ["bills"]},
                "billing acct 8801-22741",
            ),
            "S2": (
                npc,
                {"pon": "HALDEN-2611-A", "show": "csr"},
                "CSR: account 4410-09913 (service)",
            ),
            "X": [
                "Billing account 8801-22741 is what they want.",
                "Billing account, surely.",
                "Billing. Though the CSR said service...",
            ],
            "Y": [
                "The CSR lists the service account - that's the match key.",
                "Service account it is.",
                "Service account. Back to the bill.",
            ],
        },
        "ack": {
            "wrong": (
                "number_inventory",
                {"customer": "Halden Dental", "include": "all"},
                "43 numbers incl. fax +44 161 555 0190",
            ),
            "present": [
                "43 numbers to port.",
                "All 43 numbers go on the order.",
                "That's 43 for the port.",
            ],
            "user": ["Leave the fax out - 42.", "I said NOT the fax.", "42. No fax."],
            "sorry": [
                "Sorry, Keisha - excluding the fax.",
                "Right, 42 it is.",
                "Apologies - no fax this time.",
            ],
            "last": "There's the number list.",
        },
        "dead": {
            "P": (
                npc,
                {"submit": "HALDEN-2611-B"},
                "hold: submission requires customer CSR verification (csr.verify)",
                True,
            ),
            "Q": (
                npc,
                {"csr.verify": "HALDEN-2611-B"},
                "hold: CSR pull requires a submitted PON",
                True,
            ),
            "R": (
                "loa_tool",
                {"resend": "Halden Dental"},
                "hold: LOA can only be resent for a verified CSR",
                True,
            ),
            "lP": ["Held for CSR verification. Verifying.", "Still held for the CSR check."],
            "lQ": [
                "The CSR pull needs a submitted PON. Resending the LOA to move it along.",
                "CSR still wants a submitted PON. Back to the LOA.",
            ],
            "lR": [
                "LOA resend wants a verified CSR. Submitting the PON.",
                "LOA held again; submitting once more.",
            ],
            "Rok": ("loa_tool", {"resend": "Halden Dental"}, "LOA resent, signed"),
            "lRok": "LOA re-signed.",
            "Qok": (npc, {"csr.verify": "HALDEN-2611-B"}, "CSR verified"),
            "lQok": "CSR verified against the service account.",
            "Pok": (npc, {"submit": "HALDEN-2611-B"}, "submitted"),
            "lPok": "HALDEN-2611-B submitted; waiting for FOC.",
        },
        "hop": {
            "specs": [
                (
                    npc,
                    {"submit": "HALDEN-2611-B"},
                    "gateway: Brightwave LSR interface down for upgrade until 2026-12-09",
                    True,
                ),
                (
                    "lsr_fax",
                    {"to": "Brightwave porting", "doc": "LSR"},
                    "fax refused: LSR via gateway only",
                    True,
                ),
                (
                    "email",
                    {"to": "porting@brightwave.example"},
                    "auto-reply: LSR only via gateway; gateway down until 12-09",
                    True,
                ),
                (
                    "npac_portal",
                    {"submit": "HALDEN-2611-B"},
                    "NPAC: new SV requires losing-carrier LSR acceptance",
                    True,
                ),
            ],
            "lines": [
                "Gateway down. Fax it?",
                "Gateway only. Email?",
                "Same. The NPAC portal directly?",
                "Needs their acceptance. Maybe a different gateway.",
            ],
        },
        "car": {
            "tool": npc,
            "opts": [
                {"supp": "HALDEN-2611-B", "due": "2026-12-16"},
                {"supp": "HALDEN-2611-B", "due": "2026-12-17"},
                {"supp": "HALDEN-2611-B", "due": "2026-12-18"},
            ],
            "refusals": [
                "due date unavailable: carrier freeze 12-16 to 12-18",
                "due date unavailable: carrier freeze 12-16 to 12-18",
                "due date unavailable: freeze window",
            ],
            "lines": [
                "The 16th is in a freeze. The 17th?",
                "Frozen too. Trying the 18th.",
                "The 18th is frozen as well. Back to the 16th?",
            ],
            "again": ["No. The 17th once more.", "Freeze again. Cycling the dates."],
        },
        "mole": {
            "tool": "port_validator",
            "args": {"pon": "HALDEN-2611-B", "mode": "routing"},
            "states": [
                "FAIL hunt group 0100 points to ported number not yet live",
                "FAIL IVR fallback routes to Brightwave",
                "FAIL after-hours forward loops to 0100",
            ],
            "edits": [
                ("pbx", {"hunt": "0100", "members": ["ext201", "ext202"]}, "ok"),
                ("pbx", {"ivr_fallback": "0100"}, "ok"),
                ("pbx", {"afterhours": "+441615550141"}, "ok"),
            ],
            "lines": [
                "Hunt group points at a number not live yet. Repointing to extensions.",
                "IVR fallback still goes to Brightwave. Pointing it at 0100.",
                "After-hours forward loops. Sending it to 0141.",
            ],
            "back": ["The hunt group fails again. Repointing it.", "IVR fallback fails again."],
        },
        "dup": {
            "tool": "tickets",
            "args": [
                {"new": "Brightwave 6F reject Halden"},
                {"new": "Halden port acct mismatch"},
                {"new": "6F on HALDEN-2611-A"},
                {"new": "Port reject follow-up - Halden"},
            ],
            "obs": "INC-{n5} opened",
            "lines": [
                "Ticket opened for the reject.",
                "Another for the account mismatch.",
                "One more for the 6F itself.",
                "And a follow-up on the Halden port.",
            ],
        },
        "syn": {
            "tool": "kb_search",
            "args": [
                {"q": "6F reject"},
                {"q": "account number mismatch port"},
                {"q": "LSR reject account"},
                {"q": "Brightwave 6F"},
            ],
            "obs": "KB-311 Reject codes; KB-118 LOA guide; KB-902 Brightwave quirks",
            "lines": [
                "Three articles. Rephrase.",
                "The same KB hits. Again.",
                "KB-311, 118, 902 once more.",
                "Same articles. Another phrase.",
            ],
        },
        "pages": {
            "specs": [
                (
                    "number_inventory",
                    {"customer": "Halden Dental", "cursor": cu},
                    f"{k} numbers, next={nx}",
                )
                for cu, k, nx in (
                    ("", 12, "c2"),
                    ("c2", 12, "c3"),
                    ("c3", 12, "c4"),
                    ("c4", 7, "none"),
                )
            ],
            "notes": [
                "First page: 12 numbers.",
                "24 so far.",
                "36 after page three.",
                "Last page: 43 in total, one of them the fax.",
            ],
        },
        "typo": {
            "bad": (npc, {"pon": "HALDEN-2661-A"}, "PON not found", True),
            "tnote": "I typed 2661; the PON is 2611.",
            "good": (npc, {"pon": "HALDEN-2611-A"}, "REJECTED 6F"),
            "gnote": "There it is, rejected 6F.",
        },
        "job": {
            "start": (npc, {"submit": "HALDEN-2611-B"}, "submitted"),
            "snote": "Supplement submitted to Brightwave.",
            "poll": (npc, {"pon": "HALDEN-2611-B"}),
            "states": ["PENDING LSR", "LSR ACCEPTED", "FOC 2026-12-18 09:00"],
            "pnotes": [
                "Still pending the LSR response.",
                "Brightwave accepted the LSR.",
                "FOC came back: 18 December, 09:00.",
            ],
            "waits": [60, 120, 120],
            "resume": "Submission is in; watching.",
        },
        "batch": {
            "specs": [
                (
                    "e911",
                    {"number": f"+4416155501{x}", "address": "Halden Dental, 4 Kings Rd"},
                    "ok",
                )
                for x in ("00", "01", "02", "03", "04")
            ],
            "note": "Emergency address set on the first five numbers.",
        },
        "summ": {
            "synth": "The LOA has a typo'd billing account; Brightwave matches on the service "
            "account anyway.",
            "follow": "Will the 18th hold?",
            "answer": "If we resubmit today, yes.",
        },
        "write": {
            "specs": [
                ("sms", {"to": "Gail Mercer", "text": "Port on the 18th"}, "sent"),
                ("sms", {"to": "Gail Mercer", "text": "Port on the 18th, 9am"}, "sent"),
                ("email", {"to": "Gail Mercer", "text": "Port on the 18th, 9am"}, "sent"),
            ],
            "notes": ["Texted Gail the date.", "Resent with the time.", "Emailed her the same."],
            "changes": ["Add the time.", "Email it, she doesn't read texts."],
            "acks": ["Adding 9am.", "Emailing."],
        },
        "search": {
            "wrong": (
                "crm",
                {"customer": "Halden Dental", "search": "service account"},
                "0 matches",
            ),
            "wnote": "No service account in the CRM fields.",
            "hint": "It's on the uploaded bill PDF.",
            "hline": "Checking the bill.",
            "own": "It'd be on the bill itself.",
            "right": (
                "crm",
                {"customer": "Halden Dental", "doc": "bill-2026-11.pdf"},
                "page 1 service acct 4410-09913",
            ),
            "rnote": "Service account 4410-09913 on page 1.",
            "read": ("kb_search", {"get": "KB-902"}, "Brightwave matches on service account."),
            "learned": "Brightwave matches on the service account, so that goes on the LOA.",
        },
        "recheck": {
            "ask": "Brightwave says they fixed their record - check the order again.",
            "line": "Re-reading the PON.",
            "A2": order.replace("REJECTED", "ACCEPTED").replace(
                "reject 6F ACCOUNT NUMBER MISMATCH", "FOC 2026-12-18"
            ),
            "note": "Accepted now, FOC on the 18th.",
            "act": ("sms", {"to": "Gail Mercer", "text": "Port confirmed 18th"}, "sent"),
            "anote": "Gail has the confirmation.",
        },
        "flaky": {
            "call": (npc, {"pon": "HALDEN-2611-A"}),
            "err": "503 gateway busy",
            "ok": "REJECTED 6F",
            "now": "Porting gateway busy; trying again.",
            "later": "Gateway busy - setting a 30-second timer.",
            "secs": 30,
            "fnote": "Order readable again: still the 6F reject.",
        },
    }


def live_event_reward_grant() -> dict[str, Any]:
    bq = "bq"
    lo = "liveops_api"
    elig = (
        "Query {rid} (1.2 GB)\nquest_id   completed_players  granted\n"
        "q_ff_final       18,240         0\nq_ff_fina1            0           0\n"
        "job grant_frostfall ran with quest_id=q_ff_fina1"
    )
    return {
        "name": "live_event_reward_grant",
        "task": (
            "Sam, live-ops lead on Skyforge Tactics. Frostfall ended last night and nobody who "
            "finished the final quest got the Frostfall Banner - the grant job ran with a typo'd "
            "quest id. Grant the banner to everyone eligible and post a note in #player-support. "
            "Banned accounts get nothing, and no global in-game mail."
        ),
        "openers": [
            "I'll check in BigQuery who completed the final quest versus who got the grant.",
            "First the completions and grants per quest id.",
            "Starting with a count of final-quest completions and banner grants.",
        ],
        "acks": ["On it, Sam.", "Got it - Frostfall rewards.", "Right, the banner grant."],
        "pings": ["Sam: community team's getting hammered. ETA?", "How close are we?"],
        "replies": ["Soon, Sam.", "Close, Sam."],
        "wait": lambda s: ("wait", {"seconds": s}, f"ok, {s}s"),
        "A": (
            bq,
            {
                "sql": "SELECT quest_id, COUNT(DISTINCT player) completed, "
                "COUNTIF(granted) granted FROM events.frostfall GROUP BY 1"
            },
            elig,
        ),
        "nA": "18,240 finished q_ff_final; the job used q_ff_fina1, which nobody completed.",
        "B": (
            lo,
            {"get": "/grants/jobs/grant_frostfall"},
            '{"job": "grant_frostfall", "quest_id": "q_ff_fina1", "item": "banner_frostfall", '
            '"ran": "2026-12-06T00:05Z", "granted": 0}',
        ),
        "nB": "Job config confirms the typo and zero grants.",
        "C": (
            "player_admin",
            {"query": "banned", "among": "q_ff_final completers"},
            "312 banned accounts among completers",
        ),
        "nC": "312 of them are banned.",
        "again": [
            "Running the count again.",
            "Same. Again, maybe late events landed.",
            "Still 18,240. Once more.",
            "Same. Re-query after this.",
        ],
        "fail": {
            "tool": lo,
            "variants": [
                {"post": "/grants", "item": "banner_frostfall", "segment": "q_ff_final"},
                {"post": "/grants/", "item": "banner_frostfall", "segment": "q_ff_final"},
                {"post": "/grants", "item": "Banner_Frostfall", "segment": "q_ff_final"},
                {"post": "grants", "item": "banner_frostfall", "segment": "q_ff_final "},
            ],
            "err": "400: segment must be a segment id (seg_...), not a quest id",
            "lines": [
                "400. Trailing slash.",
                "Same. Capitalised item.",
                "Still. Without the leading slash.",
                "400. Another form next.",
            ],
        },
        "check": {
            "tool": "grant_dryrun",
            "args": {"item": "banner_frostfall", "segment": "seg_ff_final"},
            "fails": [
                "dryrun: 17,928 recipients, 0 warnings",
                "dryrun: 1 warning\n  W4 312 banned accounts in segment",
                "dryrun: 2 warnings\n  W2 segment includes test accounts (qa_*)\n"
                "  W4 312 banned accounts in segment",
                "dryrun: 3 warnings\n  W1 item expired 2026-12-06\n"
                "  W2 segment includes test accounts (qa_*)\n  W4 312 banned accounts in segment",
            ],
            "flake": [
                "W2 and W4. Segment cache maybe; rerun.",
                "Same two. Again.",
                "Still. Once more.",
                "Unchanged. Another dry run.",
            ],
            "cnotes": [
                "The item expired with the event; extending it.",
                "Test accounts in the segment - excluding qa_.",
                "Banned accounts last.",
            ],
            "edits": [
                (lo, {"patch": "/items/banner_frostfall", "expires": "2027-01-31"}, "ok"),
                ("segments", {"edit": "seg_ff_final", "exclude": "name LIKE 'qa_%'"}, "ok"),
                ("segments", {"edit": "seg_ff_final", "exclude": "banned = true"}, "ok"),
            ],
            "done": "Dry run clean: 17,928 recipients.",
        },
        "pre": {
            "intent": "Dry run is clean. About to run the grant.",
            "checks": [
                ("segments", {"get": "seg_ff_final"}, "17,928 members"),
                (lo, {"get": "/items/banner_frostfall"}, "expires 2027-01-31"),
                ("player_admin", {"query": "banned", "in": "seg_ff_final"}, "0"),
                (bq, {"sql": "SELECT COUNT(*) FROM seg_ff_final WHERE name LIKE 'qa_%'"}, "0"),
            ],
            "lines": [
                "17,928. Before granting, check the item's expiry.",
                "Fine. One more: banned in the segment?",
                "None. Before I run it, make sure no qa accounts.",
                "None. Perhaps confirm the inventory cap first.",
            ],
            "ok_lines": [
                "17,928. Checking who already has the banner.",
                "Item valid. Checking who already has it.",
            ],
            "issue": (
                bq,
                {"sql": "SELECT COUNT(*) FROM inventory WHERE item = 'banner_frostfall'"},
                "214",
            ),
            "inote": "214 got it by hand from support - a second grant would duplicate.",
            "fix": (
                "segments",
                {"edit": "seg_ff_final", "exclude": "has_item = 'banner_frostfall'"},
                "17,714 members",
            ),
            "fnote": "Excluded. Granting.",
            "act": (
                lo,
                {"post": "/grants", "item": "banner_frostfall", "segment": "seg_ff_final"},
                "grant G-{n5}: 17,714 delivered",
            ),
            "anote": "17,714 banners granted.",
        },
        "flip": {
            "S1": (
                lo,
                {"get": "/grants/jobs/grant_frostfall/log"},
                "00:05 started quest_id=q_ff_fina1 matched 0",
            ),
            "S2": (
                bq,
                {"sql": "SELECT MIN(ts) FROM events.frostfall WHERE quest_id = 'q_ff_final'"},
                "2026-12-06 00:31:12",
            ),
            "X": [
                "The typo explains zero grants.",
                "Reading the log again, it's the typo.",
                "The typo. Though the timing...",
            ],
            "Y": [
                "Completions start at 00:31, after the 00:05 run - timing is the cause.",
                "It ran too early.",
                "Timing. Back to the log.",
            ],
        },
        "ack": {
            "wrong": ("segments", {"get": "seg_ff_all"}, "241,006 members"),
            "present": [
                "seg_ff_all has 241,006 members - that's our audience.",
                "Back on seg_ff_all: 241,006.",
                "241,006 players in the segment.",
            ],
            "user": [
                "That's all participants. Final-quest finishers only.",
                "Finishers only!",
                "Sam: q_ff_final finishers.",
            ],
            "sorry": [
                "Sorry, Sam - finishers only.",
                "My mistake, narrowing it to the finishers.",
                "Apologies, using the finishers this time.",
            ],
            "last": "That's the segment.",
        },
        "dead": {
            "P": (
                lo,
                {"post": "/grants", "segment": "seg_ff_final"},
                "409: grants need an approved change ticket (change.approve)",
                True,
            ),
            "Q": (
                "change",
                {"approve": "CHG-4410"},
                "409: approval needs a dry-run id attached",
                True,
            ),
            "R": (
                "grant_dryrun",
                {"segment": "seg_ff_final", "attach_to": "CHG-4410"},
                "409: dry runs attach only to approved changes",
                True,
            ),
            "lP": [
                "The grant needs CHG-4410 approved first. Approving.",
                "Still wants the change approved. Approving again.",
            ],
            "lQ": [
                "Approval wants a dry-run id attached. Running one.",
                "Approval still wants the dry run attached.",
            ],
            "lR": [
                "The dry run only attaches to approved changes. Trying the grant itself.",
                "Dry run refused again; back to the grant call.",
            ],
            "Rok": (
                "grant_dryrun",
                {"segment": "seg_ff_final", "attach_to": "CHG-4410"},
                "attached DR-{n3}",
            ),
            "lRok": "Dry run attached to CHG-4410.",
            "Qok": ("change", {"approve": "CHG-4410"}, "approved"),
            "lQok": "CHG-4410 approved with the dry run on it.",
            "Pok": (lo, {"post": "/grants", "segment": "seg_ff_final"}, "17,928 delivered"),
            "lPok": "Granted: 17,928 banners went out.",
        },
        "hop": {
            "specs": [
                (
                    lo,
                    {"post": "/grants", "segment": "seg_ff_final"},
                    "423: live-ops writes frozen (code freeze until 2026-12-08)",
                    True,
                ),
                (
                    "liveops_cli",
                    {"argv": ["grant", "banner_frostfall", "seg_ff_final"]},
                    "error: writes frozen",
                    True,
                ),
                (
                    "admin_console",
                    {"grant": "banner_frostfall", "segment": "seg_ff_final"},
                    "'Changes disabled during freeze'",
                    True,
                ),
                (
                    "gm_tool",
                    {"give": "banner_frostfall", "to": "seg_ff_final"},
                    "freeze active",
                    True,
                ),
            ],
            "lines": [
                "Writes are frozen on the API. The live-ops CLI might still work.",
                "CLI is frozen too. The admin console, then.",
                "Console changes are disabled. The GM tool can give items.",
                "GM tool hits the freeze as well. Maybe a staging-to-prod sync.",
            ],
        },
        "car": {
            "tool": lo,
            "opts": [
                {"post": "/grants", "item": "banner_frostfall", "window": "now"},
                {"post": "/grants", "item": "banner_frostfall", "window": "02:00"},
                {"post": "/grants", "item": "banner_frostfall", "window": "04:00"},
            ],
            "refusals": [
                "refused: item banner_frostfall retired",
                "refused: item retired",
                "refused: retired item",
            ],
            "lines": [
                "Refused for now. Scheduling for 02:00 instead.",
                "02:00 refused too. 04:00?",
                "04:00 refused. Straight away again?",
            ],
            "again": [
                "Retired, it says. The 02:00 slot once more.",
                "Still refused. I'll go through the windows again.",
            ],
        },
        "mole": {
            "tool": "grant_dryrun",
            "args": {"segment": "seg_ff_final", "mode": "limits"},
            "states": [
                "FAIL rate 20k/min exceeds mailbox quota",
                "FAIL duration > 2h maintenance window",
                "FAIL batch size over inventory write limit",
            ],
            "edits": [
                ("segments", {"edit": "seg_ff_final", "rate": 5000}, "ok"),
                ("segments", {"edit": "seg_ff_final", "rate": 20000, "batch": 2000}, "ok"),
                ("segments", {"edit": "seg_ff_final", "batch": 500, "rate": 20000}, "ok"),
            ],
            "lines": [
                "Over the mailbox quota. Lowering the rate to 5k a minute.",
                "Now it runs past the window. Rate back up, bigger batches.",
                "Batches too big for inventory writes. Smaller batches.",
            ],
            "back": ["Mailbox quota again. Dropping the rate.", "And the duration fails again."],
        },
        "dup": {
            "tool": "jira",
            "args": [
                {"create": "Grant job quest id typo"},
                {"create": "Frostfall banner not granted"},
                {"create": "grant_frostfall misconfig"},
                {"create": "Frostfall rewards follow-up"},
            ],
            "obs": "LIVE-{n3}",
            "lines": [
                "Filed a bug for the typo.",
                "Opened one for the missing banners too.",
                "A config ticket for the grant job.",
                "And a follow-up so it isn't lost.",
            ],
        },
        "syn": {
            "tool": "confluence",
            "args": [
                {"q": "missed reward regrant"},
                {"q": "reward not granted fix"},
                {"q": "compensate players missing item"},
                {"q": "re-grant event reward"},
            ],
            "obs": "Runbook: Event rewards; Postmortem 2025-03 Emberfall; Grant API",
            "lines": [
                "Three pages. Rephrase.",
                "The runbook and postmortem again.",
                "Those three pages again.",
                "Grant API page again. Another wording.",
            ],
        },
        "pages": {
            "specs": [
                ("segments", {"get": "seg_ff_final", "page": p}, f"page {p}: {k}")
                for p, k in ((1, 5000), (2, 5000), (3, 5000), (4, 2928))
            ],
            "notes": [
                "Page 1: 5,000 members.",
                "Page 2: up to 10,000.",
                "Page 3: 15,000 so far.",
                "Page 4 is the last: 17,928 eligible in total.",
            ],
        },
        "typo": {
            "bad": (lo, {"get": "/grants/jobs/grant_frostfal"}, "404", True),
            "tnote": "I dropped an l from the job name.",
            "good": (lo, {"get": "/grants/jobs/grant_frostfall"}, "quest_id q_ff_fina1"),
            "gnote": "Typo confirmed in the job.",
        },
        "job": {
            "start": (lo, {"post": "/grants", "segment": "seg_ff_final"}, "G-{n5} queued"),
            "snote": "The grant is queued behind the mailbox worker.",
            "poll": (lo, {"get": "/grants/latest"}),
            "states": ["4,100 / 17,928", "12,600 / 17,928", "17,928 / 17,928 done"],
            "pnotes": [
                "About 4,100 delivered so far.",
                "12,600 of 17,928 - moving steadily.",
                "All 17,928 delivered; the grant is complete.",
            ],
            "waits": [60, 60, 60],
            "resume": "Grant G-job running; watching.",
        },
        "batch": {
            "specs": [
                ("player_admin", {"grant": "banner_frostfall", "player": p}, "granted")
                for p in ("p_88121", "p_90213", "p_77410", "p_10233", "p_55120")
            ],
            "note": "Granted by hand to the five players with open VIP tickets.",
        },
        "summ": {
            "synth": "A one-letter typo; 17,928 eligible after removing 312 banned.",
            "follow": "Do we compensate?",
            "answer": "A small gem bonus, through the same segment.",
        },
        "write": {
            "specs": [
                (
                    "discord",
                    {"channel": "#player-support", "text": "Banners arriving today"},
                    "posted",
                ),
                (
                    "discord",
                    {"channel": "#player-support", "text": "Banners arriving by 18:00"},
                    "edited",
                ),
                (
                    "discord",
                    {"channel": "#announcements", "text": "Banners arriving by 18:00"},
                    "posted",
                ),
            ],
            "notes": [
                "Posted in #player-support.",
                "Edited to say by 18:00.",
                "Reposted in #announcements.",
            ],
            "changes": ["Add a time.", "Announcements, not support."],
            "acks": ["Editing the post.", "Reposting in announcements."],
        },
        "search": {
            "wrong": (
                bq,
                {"sql": "SELECT * FROM events.quests WHERE name = 'Frostfall'"},
                "0 rows",
            ),
            "wnote": "No quest called Frostfall in events.quests.",
            "hint": "Event quests live in events.frostfall.",
            "hline": "Querying events.frostfall.",
            "own": "Event data is per-event table.",
            "right": (
                bq,
                {"sql": "SELECT DISTINCT quest_id FROM events.frostfall"},
                "q_ff_1..q_ff_9, q_ff_final",
            ),
            "rnote": "q_ff_final is in events.frostfall.",
            "read": (lo, {"get": "/quests/q_ff_final"}, "reward: banner_frostfall"),
            "learned": "q_ff_final grants the banner.",
        },
        "recheck": {
            "ask": "Dev fixed the quest id and reran the job - check the counts.",
            "line": "Re-running.",
            "A2": elig.replace("18,240         0", "18,240    17,928").replace(
                "q_ff_fina1", "q_ff_final", 1
            ),
            "note": "17,928 granted now - the rerun worked.",
            "act": ("discord", {"channel": "#player-support", "text": "Banners granted"}, "posted"),
            "anote": "Support channel told the banners are in.",
        },
        "flaky": {
            "call": (bq, {"sql": "SELECT COUNT(*) FROM events.frostfall"}),
            "err": "backendError: retry",
            "ok": "1,204,118",
            "now": "BigQuery backend hiccup; running it again.",
            "later": "Backend error - giving BigQuery fifteen seconds.",
            "secs": 15,
            "fnote": "1,204,118 Frostfall events - the table is complete.",
        },
    }


DOMAINS = [
    grain_elevator_settlement,
    battery_storage_bidding,
    restaurant_allergen_menu,
    wire_photo_licensing,
    cell_line_authentication,
    concrete_pour_scheduling,
    mobile_number_port_rejects,
    live_event_reward_grant,
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
                rid = f"twentyninth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                c = Clock(rng)
                d = make()
                r = Row_(rng, c, d)
                builder(r, n)
                steps = r.steps
                first = next(s for s in steps if s["kind"] == "tool")
                if not (first["tool"] == d["A"][0] and first["args"] == d["A"][1]):
                    # openers name the first lookup; rows that begin elsewhere open plainly
                    steps[0] = llm(rng.choice(d["acks"]), d["task"])
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
