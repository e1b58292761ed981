"""Thirtieth labelled set of agent trajectories (192 rows, eight new domains), written blind.

Run ``python tests/data/trajectories_thirtieth/generate.py`` to rewrite ``trajectories.jsonl``.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 20261207
PER_CATEGORY = 8
Row = dict[str, Any]


class Clock:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        start = datetime(2026, 12, 7, 7, 10) + timedelta(minutes=rng.randint(0, 640))
        self.now = start

    def tick(self, lo: int = 3, hi: int = 50) -> None:
        self.now += timedelta(seconds=self.rng.randint(lo, hi))

    def hm(self) -> str:
        return self.now.strftime("%H:%M:%S")


def fill(text: str, rng: random.Random, c: Clock) -> str:
    while "{ID}" in text:
        text = text.replace("{ID}", f"{rng.getrandbits(32):08x}", 1)
    while "{N}" in text:
        text = text.replace("{N}", str(rng.randint(1000, 99999)), 1)
    while "{MS}" in text:
        text = text.replace("{MS}", str(rng.randint(40, 2400)), 1)
    return text.replace("{T}", c.hm())


def llm(text: str, obs: str | None = None) -> dict[str, Any]:
    s: dict[str, Any] = {"kind": "llm", "text": text}
    if obs is not None:
        s["observation"] = obs
    return s


class Run:
    def __init__(self, rng: random.Random, c: Clock, d: dict[str, Any]) -> None:
        self.rng, self.c, self.d = rng, c, d
        self.sess = f"S-{rng.randint(1000, 9999)}"
        self.steps: list[dict[str, Any]] = [llm(rng.choice(d["openers"]), d["task"])]

    def say(self, text: str, obs: str | None = None) -> None:
        self.steps.append(llm(text, obs))

    def call(self, tool: str, args: dict[str, Any], obs: str, error: bool = False) -> None:
        self.c.tick()
        self.steps.append(
            {
                "kind": "tool",
                "tool": tool,
                "args": args,
                "observation": fill(obs, self.rng, self.c),
                "error": error,
            }
        )

    def wait(self, secs: int) -> None:
        tool, key, obs = self.d["wait"]
        self.c.now += timedelta(seconds=secs)
        self.call(
            tool, {key: secs} if key else {"cmd": f"sleep {secs}"}, obs.replace("{s}", str(secs))
        )

    def look(self, k: str, note: bool = True) -> None:
        tool, args, obs, n = self.d[k]
        self.call(tool, args, obs)
        if note:
            self.say(n)

    def ping(self, i: int) -> None:
        p, a = self.d["pings"][i]
        self.say(a, p)


def as_observed(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen = None
    for s in steps:
        s = dict(s)
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


def render(fmt: str, head: str, fields: dict[str, Any]) -> str:
    if fmt == "json":
        return json.dumps({"op": head, **fields, "req": "{ID}"}, ensure_ascii=False)
    if fmt == "table":
        cols = "  ".join(fields)
        vals = "  ".join(str(v) for v in fields.values())
        return f"{head}\n{cols}\n{vals}\n(1 row, {{MS}} ms, trace {{ID}})"
    if fmt == "text":
        body = "; ".join(f"{k.replace('_', ' ')} {v}" for k, v in fields.items())
        return f"{head}. {body}. Ref {{N}} at {{T}}."
    body = " ".join(f"{k}={v}" for k, v in fields.items())
    return f"[{head}] {body} rid={{ID}} t={{T}}"


def material(s: dict[str, Any]) -> dict[str, Any]:
    f, p, w = s["fmt"], s["pfx"], s["who"]
    d: dict[str, Any] = {"name": s["name"], "task": s["task"], "openers": s["openers"]}
    d["acks"] = s["acks"]
    d["pings"] = s["pings"]
    d["wait"] = s["wait"]
    for k in "ABC":
        tool, args, head, fields, note = s[k]
        d[k] = (tool, args, render(f, head, fields), note)
    tA, aA, hA, _fields, _ = s["A"]
    v = s["v"]  # the domain's voice: short phrases in its own words
    d["noisy"] = {"lines": v["rerun"], "end": v["rerun_end"]}
    et, ea, ekey, evals, emsg = s["err"]
    d["failing"] = {
        "tool": et,
        "variants": [{**ea, ekey: x} for x in evals],
        "err": render(f, "ERROR", {"code": s["errcode"], "message": emsg}),
        "lines": v["err_lines"],
    }
    ct, ca = s["check"]
    iss = s["issues"]
    d["verify"] = {
        "tool": ct,
        "args": ca,
        "obs": render(f, "check FAILED", {"failures": 2, "1": iss[0], "2": iss[1]}),
        "lines": v["verify_lines"],
    }
    d["check_fails"] = [
        render(
            f,
            "check FAILED" if i else "check PASSED",
            {"failures": i, **dict(zip("123", iss[:i], strict=False))},
        )
        for i in (3, 2, 1, 0)
    ]
    d["edits"] = s["edits"]
    d["edit_lines"] = v["edit_lines"]
    d.update({k: s[k] for k in s if k.startswith("m_")})
    d["v"] = v
    d["fmt"] = f
    d["pfx"] = p
    d["who"] = w
    d["A2"] = (tA, aA, render(f, hA, s["A2"]), v["recheck_note"])
    return d


# ----------------------------------------------------------------------------- builders


def first_is(r: Run, n: int, a: str, b: str) -> str:
    return a if n % 2 == 0 else b


def b_noisy(r: Run, n: int) -> None:
    m = r.d["noisy"]
    r.look("A")
    r.look(first_is(r, n, "B", "C"))
    r.say(m["lines"][0])
    r.look("A", note=False)
    if n % 2:
        r.ping(0)
    r.say(m["lines"][1])
    r.look("A", note=False)
    if n % 2 == 0:
        r.ping(0)
    r.say(m["lines"][2])
    r.look("A", note=False)
    r.say(m["end"])


def b_failing(r: Run, n: int) -> None:
    m = r.d["failing"]
    r.look(first_is(r, n, "A", "C"))
    for i, a in enumerate(m["variants"]):
        if n % 2 and i == 2:
            r.ping(1)
        r.call(m["tool"], a, m["err"], error=True)
        r.say(m["lines"][i])


def b_verify(r: Run, n: int) -> None:
    m = r.d["verify"]
    if n % 2 == 0:
        r.look("A")
    for i in range(4):
        if n % 2 and i == 2:
            r.ping(0)
        r.call(m["tool"], m["args"], m["obs"])
        r.say(m["lines"][i])
    if n % 2:
        r.look("B", note=False)
        r.say(r.d["v"]["verify_end"])


def seq(r: Run, key: str, order: list[tuple[str, int]], ping_at: int | None) -> None:
    """Play a domain sequence: (part, line index) pairs; part names a call in d[key]."""
    m = r.d[key]
    for i, (part, li) in enumerate(order):
        if ping_at == i:
            r.ping(1)
        if part == "wait":
            r.wait(li)
            continue
        tool, args, obs, *err = m[part]
        args = json.loads(json.dumps(args).replace("{SESS}", r.sess))
        r.call(tool, args, obs.replace("{SESS}", r.sess), error=bool(err and err[0]))
        if li >= 0:
            r.say(m["lines"][li])


def loop_seq(key: str, order: list[tuple[str, int]]) -> Any:
    def builder(r: Run, n: int) -> None:
        r.look(first_is(r, n, "A", "B"))
        seq(r, key, order, None if n % 2 == 0 else len(order) // 2)

    return builder


b_echo = loop_seq(
    "m_echo",
    [("post", 0), ("read", 1), ("post2", -1), ("read", 2), ("post3", -1), ("read", 3)],
)
b_lock = loop_seq(
    "m_lock",
    [
        ("open", 0),
        ("write", 1),
        ("wait", 60),
        ("write", 2),
        ("reopen", 3),
        ("wait", 120),
        ("write", 4),
    ],
)
b_requeue = loop_seq(
    "m_queue",
    [
        ("claim", 0),
        ("release", -1),
        ("claim", 1),
        ("release", -1),
        ("claim", 2),
        ("release", -1),
        ("claim", 3),
    ],
)
b_misread = loop_seq(
    "m_confirm",
    [("book", 0), ("cancel", -1), ("book2", 1), ("cancel", -1), ("book3", 2)],
)
b_draft = loop_seq(
    "m_draft",
    [
        ("save", 0),
        ("wait", 300),
        ("status", 1),
        ("wait", 600),
        ("status", 2),
        ("wait", 900),
        ("status", 3),
    ],
)
b_tug = loop_seq(
    "m_rule",
    [("set", -1), ("audit", 0), ("set2", -1), ("audit", 1), ("set3", -1), ("audit", 2)],
)
b_form = loop_seq(
    "m_form",
    [("fill", -1), ("nav", 0), ("back", 1), ("fill2", -1), ("nav", 2), ("back", 3)],
)


def b_phantom(r: Run, n: int) -> None:
    m = r.d["m_phantom"]
    r.look(first_is(r, n, "A", "C"))
    for i, (tool, args) in enumerate(m["calls"]):
        if n % 2 and i == 2:
            r.ping(1)
        r.call(tool, args, f"unknown tool '{tool}'. Available tools: {m['avail']}", error=True)
        r.say(m["lines"][i])


def b_knob(r: Run, n: int) -> None:
    m = r.d["m_knob"]
    r.look(first_is(r, n, "A", "B"))
    for i, a in enumerate(m["variants"]):
        if n % 2 and i == 2:
            r.ping(0)
        r.call(m["tool"], a, m["obs"])
        r.say(m["lines"][i])


def b_release(r: Run, n: int) -> None:
    m = r.d["m_lock"]
    r.look(first_is(r, n, "A", "C"))
    for part, line in (("open", m["lines"][0]), ("write", m["twin"][0])):
        tool, args, obs, *err = m[part]
        r.call(tool, args, obs.replace("{SESS}", r.sess), error=bool(err and err[0]))
        r.say(line)
    for part, line in (("close", m["twin"][1]), ("write_ok", m["twin"][2])):
        tool, args, obs = m[part]
        args = json.loads(json.dumps(args).replace("{SESS}", r.sess))
        r.call(tool, args, obs.replace("{SESS}", r.sess))
        r.say(line)
    r.look(first_is(r, n, "B", "A"))


def b_exception(r: Run, n: int) -> None:
    m = r.d["m_rule"]
    r.look(first_is(r, n, "A", "B"))
    parts = (
        ("set", None),
        ("audit", m["twin"][0]),
        ("exempt", None),
        ("set2", None),
        ("audit_ok", m["twin"][1]),
    )
    for part, line in parts:
        tool, args, obs = m[part][:3]
        r.call(tool, args, obs)
        if line:
            r.say(line)
    if n % 2:
        r.look("C")


# progress


def b_paging(r: Run, n: int) -> None:
    m = r.d["m_paging"]
    r.look(first_is(r, n, "A", "B"))
    for (args, obs), line in zip(m["pages"], m["lines"], strict=True):
        r.call(m["tool"], args, obs)
        r.say(line)


def b_corrected(r: Run, n: int) -> None:
    m = r.d["m_typo"]
    if n % 2:
        r.look("A")
    r.call(m["tool"], m["bad"], m["err"], error=True)
    r.say(m["lines"][0])
    r.call(m["tool"], m["good"], m["obs"])
    r.say(m["lines"][1])
    r.look("B")
    if n % 2 == 0:
        r.look("C")


def b_polling(r: Run, n: int) -> None:
    m = r.d["m_job"]
    if n % 2 == 0:
        r.look("A")
        r.look("B")
        r.call(*m["start"])
        r.say(m["lines"][0])
    else:
        r.steps[0] = llm(m["resume"], r.d["task"])
    for i, obs in enumerate(m["states"]):
        r.wait((60, 120, 180)[i] * (2 if n % 2 else 1))
        r.call(m["status"][0], m["status"][1], obs)
        r.say(m["lines"][i + 1])
    if n % 2:
        r.look("C")


def b_batch(r: Run, n: int) -> None:
    m = r.d["m_batch"]
    r.look(first_is(r, n, "A", "B"))
    r.look(first_is(r, n, "B", "C"))
    r.say(m["intro"])
    for a in m["items"]:
        r.call(m["tool"], a, m["obs"])
    r.say(m["end"])


def b_related(r: Run, n: int) -> None:
    m = r.d["m_sum"]
    for k in ("A", "B", "C") if n % 2 == 0 else ("C", "A", "B"):
        r.look(k)
    r.say(m["synth"])
    r.say(m["ans"], m["q"])


def b_iter(r: Run, n: int) -> None:
    d = r.d
    tool, args = d["m_edit"]["check"]
    if n % 2:
        r.look("A")
    r.call(tool, args, d["check_fails"][0])
    r.say(d["edit_lines"][0])
    for i, (et, ea) in enumerate(d["edits"]):
        r.call(et, ea, d["m_edit"]["ok"])
        r.call(tool, args, d["check_fails"][i + 1])
        r.say(d["edit_lines"][i + 1])


def b_ucm(r: Run, n: int) -> None:
    m = r.d["m_ucm"]
    r.look(first_is(r, n, "A", "B"))
    if n % 2 == 0:
        r.look("C")
    for i, (args, obs) in enumerate(m["writes"]):
        if i:
            r.say(m["lines"][i], m["changes"][i - 1])
        r.call(m["tool"], args, obs)
    r.say(m["lines"][3])


def b_search(r: Run, n: int) -> None:
    m = r.d["m_search"]
    r.look("A")
    if n % 2 == 0:
        r.look("C")
    r.call(*m["wrong"])
    if n % 2:
        r.say(m["lines"][0], m["hint"])
    else:
        r.say(m["lines"][1])
    r.call(*m["right"])
    r.say(m["lines"][2])
    r.call(*m["read"])
    r.say(m["lines"][3])


def b_recheck(r: Run, n: int) -> None:
    m = r.d["m_recheck"]
    if n % 2 == 0:
        r.look("B")
    r.look("A")
    tool, args, obs, note = r.d["A2"]
    r.say(m["ack"], m["msg"])
    r.call(tool, args, obs)
    r.say(note)
    r.call(*m["act"])
    r.say(m["done"])
    if n % 2:
        r.look("C")


def b_flaky(r: Run, n: int) -> None:
    m = r.d["m_flaky"]
    if n % 2 == 0:
        r.look("A")
    r.call(m["tool"], m["args"], m["err"], error=True)
    r.say(m["lines"][n % 2])
    if n % 2:
        r.wait(30)
    r.call(m["tool"], m["args"], m["ok"])
    r.say(m["lines"][2])
    r.look("B")
    r.look("C")


LOOPS = [
    ("noisy_repeat", b_noisy),
    ("failing_variants", b_failing),
    ("verify_rerun", b_verify),
    ("own_echo_reply", b_echo),
    ("self_held_lock", b_lock),
    ("phantom_tool_calls", b_phantom),
    ("requeue_same_item", b_requeue),
    ("misread_confirmation_redo", b_misread),
    ("ineffective_knob", b_knob),
    ("poll_unsubmitted", b_draft),
    ("automation_tug_of_war", b_tug),
    ("form_refill_navigate_away", b_form),
]
PROGRESS = [
    ("paging", b_paging),
    ("corrected_retry", b_corrected),
    ("polling_with_waits", b_polling),
    ("batch_actions", b_batch),
    ("related_summaries", b_related),
    ("iterative_edits", b_iter),
    ("user_changes_mind", b_ucm),
    ("search_refinement", b_search),
    ("requested_recheck", b_recheck),
    ("flaky_rerun_passes", b_flaky),
    ("release_own_lock", b_release),
    ("rule_exception_then_set", b_exception),
]


# ----------------------------------------------------------------------------- domains


def streetlight() -> dict[str, Any]:
    q = {"street": "Quarry Lane", "ward": "MW-07"}
    return material(
        {
            "name": "streetlight_outage_repair",
            "who": "Dana",
            "fmt": "kv",
            "pfx": "sl",
            "task": "Dana, street lighting at Marlow Borough. Six columns on Quarry Lane have been dark since Tuesday (fault FR-20931, 14 resident reports). Get a crew out, get replacement lanterns if the heads are dead, and close FR-20931 on the portal once they're lit. No digging without a utility clearance, and the feeder pillar QL-FP2 belongs to the DNO - hands off.",
            "openers": [
                "Pulling the Quarry Lane columns from the asset register first.",
                "First stop: the asset register for every column on Quarry Lane.",
                "I'll list the Quarry Lane columns in the asset register to start.",
            ],
            "acks": [
                "On it, Dana.",
                "Right, Quarry Lane it is.",
                "Understood - six dark columns, no pillar work.",
            ],
            "pings": [
                (
                    "Any word on a crew? Councillor Hale is chasing.",
                    "Not yet, Dana - still on the Quarry Lane records.",
                ),
                (
                    "Dana again. Are the lanterns ordered?",
                    "Not ordered yet, Dana. Working through it.",
                ),
            ],
            "wait": ("pause", "seconds", "paused {s}s"),
            "A": (
                "asset_db",
                {"query": "columns", **q},
                "asset_db columns",
                {
                    "count": 6,
                    "ids": "QL-01..QL-06",
                    "lantern": "Urbis ZX2 LED 36W",
                    "installed": "2016",
                    "feed": "QL-FP2",
                },
                "Six ZX2 columns, all fed from pillar QL-FP2, fitted in 2016.",
            ),
            "B": (
                "cms_nodes",
                {"street": "Quarry Lane", "status": "all"},
                "cms nodes",
                {
                    "online": 0,
                    "offline": 6,
                    "last_seen": "2026-12-01 17:42",
                    "alarm": "LAMP_FAIL x6",
                },
                "All six CMS nodes dropped at 17:42 Tuesday with lamp-fail alarms, not power loss.",
            ),
            "C": (
                "fault_portal",
                {"fault": "FR-20931"},
                "fault FR-20931",
                {"state": "OPEN", "reports": 14, "priority": "P2", "sla_due": "2026-12-08 17:00"},
                "FR-20931 is P2, due tomorrow 17:00.",
            ),
            "A2": {
                "count": 6,
                "ids": "QL-01..QL-06",
                "lantern": "Urbis ZX2 LED 36W",
                "driver_recall": "ZX2 batch 16-B recalled 2026-12-07",
                "feed": "QL-FP2",
            },
            "errcode": "WO-422",
            "err": (
                "workorder_create",
                {"fault": "FR-20931", "trade": "electrical"},
                "crew",
                ["crew-3", "Crew 3", "CREW_3", "crew 3 (night)"],
                "crew is assigned by the scheduler; send skill=HV_LANTERN and let it pick",
            ),
            "check": ("lighting_check", {"street": "Quarry Lane"}),
            "issues": [
                "QL-03 photocell stuck ON",
                "QL-05 no burn-hours logged",
                "QL-06 node not commissioned",
            ],
            "edits": [
                ("cms_configure", {"node": "QL-03", "photocell": "reset"}),
                ("cms_configure", {"node": "QL-05", "burn_log": "enable"}),
                ("cms_configure", {"node": "QL-06", "commission": True}),
            ],
            "v": {
                "rerun": [
                    "Let me reload the Quarry Lane register in case it moved.",
                    "Same six ZX2s. Reloading once more for Dana.",
                    "Still the same columns on Quarry Lane.",
                ],
                "rerun_end": "I'll pull the Quarry Lane register one more time before I book anything.",
                "err_lines": [
                    "WO-422 on crew-3. Trying 'Crew 3'.",
                    "Crew 3 refused too. Uppercase then.",
                    "CREW_3 bounced as well; the night crew label then.",
                    "Still WO-422. I'll book the work order with crew 3's id next.",
                ],
                "verify_lines": [
                    "Two lighting faults left. Running the Quarry Lane check again - CMS may be slow.",
                    "Same two on Quarry Lane. The CMS polls every 10 minutes, I'll check again.",
                    "QL-03 and QL-05 still. Once more on the lighting check.",
                    "Unchanged. The CMS cache must be stale; another lighting check coming.",
                ],
                "verify_end": "Register's fine. One more lighting check on Quarry Lane and it should clear.",
                "edit_lines": [
                    "Three faults on the Quarry Lane check: QL-03, QL-05, QL-06. Starting with QL-03's photocell.",
                    "QL-03 cleared; QL-05's burn log next.",
                    "Down to QL-06. Commissioning the node.",
                    "Lighting check passes on all six Quarry Lane columns.",
                ],
                "recheck_note": "The register now carries a driver recall on ZX2 batch 16-B - that explains six lamp-fails at once. The order should be drivers, not lanterns.",
            },
            "m_echo": {
                "post": (
                    "teams_post",
                    {
                        "channel": "street-lighting-ops",
                        "text": "Quarry Lane FR-20931: six ZX2 lamp-fails, need an HV_LANTERN crew tomorrow AM.",
                    },
                    "posted msg {ID} to #street-lighting-ops at {T}",
                ),
                "post2": (
                    "teams_post",
                    {
                        "channel": "street-lighting-ops",
                        "text": "Re Quarry Lane: request logged, crew being arranged for FR-20931.",
                    },
                    "posted msg {ID} to #street-lighting-ops at {T}",
                ),
                "post3": (
                    "teams_post",
                    {
                        "channel": "street-lighting-ops",
                        "text": "Re Quarry Lane: acknowledged again - crew for FR-20931 in progress.",
                    },
                    "posted msg {ID} to #street-lighting-ops at {T}",
                ),
                "read": (
                    "teams_read",
                    {"channel": "street-lighting-ops", "unread": True},
                    "#street-lighting-ops 1 new\n{T}  council-lighting-agent (you): Re Quarry Lane / FR-20931 crew request",
                ),
                "lines": [
                    "Posted the crew request to the ops channel.",
                    "A new message about a Quarry Lane crew request - acknowledging it.",
                    "Another Quarry Lane crew message has come in. Replying so they know it's handled.",
                    "One more Quarry Lane note in the channel. I'll answer that too.",
                ],
            },
            "m_lock": {
                "open": (
                    "cms_session",
                    {"action": "open", "group": "Quarry Lane"},
                    "edit session {SESS} opened on group 'Quarry Lane' by council-lighting-agent at {T}",
                ),
                "write": (
                    "cms_schedule",
                    {"group": "Quarry Lane", "profile": "dusk-dawn-test"},
                    "423 LOCKED: group 'Quarry Lane' is checked out by session {SESS} (council-lighting-agent) since 07:58; close it or write through it",
                    True,
                ),
                "reopen": (
                    "cms_session",
                    {"action": "open", "group": "Quarry Lane"},
                    "409: group 'Quarry Lane' already has open session {SESS} (council-lighting-agent)",
                    True,
                ),
                "close": (
                    "cms_session",
                    {"action": "close", "session": "{SESS}"},
                    "session {SESS} closed, 0 pending changes",
                ),
                "write_ok": (
                    "cms_schedule",
                    {"group": "Quarry Lane", "profile": "dusk-dawn-test"},
                    "profile dusk-dawn-test applied to 6 nodes, job {ID}",
                ),
                "lines": [
                    "Session open on the Quarry Lane group.",
                    "Locked by someone's session. I'll give it a minute.",
                    "Still locked. Opening my own session to get in.",
                    "Another session already there. Waiting it out.",
                    "Locked still. I'll try the schedule again shortly.",
                ],
                "twin": [
                    "The lock names my own session - I left it open. Closing it.",
                    "Closed with nothing pending.",
                    "Test profile is on all six Quarry Lane nodes.",
                ],
            },
            "m_queue": {
                "claim": (
                    "fault_queue",
                    {"action": "claim_next", "team": "lighting"},
                    "claimed FR-20931 (P2, Quarry Lane, 14 reports) lease {ID}",
                ),
                "release": (
                    "fault_queue",
                    {"action": "release", "fault": "FR-20931"},
                    "FR-20931 returned to queue (priority unchanged)",
                ),
                "lines": [
                    "FR-20931 is the big one; I'll do the quick faults first and come back to it.",
                    "Quarry Lane again. Putting it back and taking the next.",
                    "FR-20931 once more - releasing, want something smaller first.",
                    "Quarry Lane yet again. I'll release and claim the next one.",
                ],
            },
            "m_confirm": {
                "book": (
                    "crew_booking",
                    {
                        "fault": "FR-20931",
                        "skill": "HV_LANTERN",
                        "date": "2026-12-08",
                        "window": "08:00-12:00",
                    },
                    "booked BK-{N}: 08/12/2026 08:00-12:00, skill HV_LANTERN, 1 MEWP",
                ),
                "cancel": (
                    "crew_booking",
                    {"action": "cancel", "fault": "FR-20931"},
                    "booking for FR-20931 cancelled",
                ),
                "book2": (
                    "crew_booking",
                    {
                        "fault": "FR-20931",
                        "skill": "HV_LANTERN",
                        "date": "2026-12-08",
                        "window": "08:00-12:00",
                        "tz": "Europe/London",
                    },
                    "booked BK-{N}: 08/12/2026 08:00-12:00, skill HV_LANTERN, 1 MEWP",
                ),
                "book3": (
                    "crew_booking",
                    {
                        "fault": "FR-20931",
                        "skill": "HV_LANTERN",
                        "date": "2026-12-08",
                        "start": "08:00",
                        "end": "12:00",
                    },
                    "booked BK-{N}: 08/12/2026 08:00-12:00, skill HV_LANTERN, 1 MEWP",
                ),
                "lines": [
                    "It says 08/12 - that is August, not tomorrow. Cancelling and rebooking.",
                    "August again for the Quarry Lane crew. Redoing it with the time zone set.",
                    "Still 08/12 on the crew slot. I'll cancel and give explicit start and end.",
                ],
            },
            "m_draft": {
                "save": (
                    "fault_portal",
                    {
                        "fault": "FR-20931",
                        "action": "save",
                        "resolution": "drivers replaced on QL-01..06",
                    },
                    "FR-20931 saved (state DRAFT_RESOLUTION). Use action=submit to send for sign-off.",
                ),
                "status": (
                    "fault_portal",
                    {"fault": "FR-20931", "view": "status"},
                    "FR-20931 state DRAFT_RESOLUTION, submitted: no, approver: -, checked {T}",
                ),
                "lines": [
                    "Resolution saved; waiting for the supervisor to sign it off.",
                    "No approver yet on FR-20931. Giving it longer.",
                    "Still no approver on Quarry Lane's fault. Supervisors are slow on Mondays.",
                    "Nobody's picked up FR-20931. I'll wait another quarter hour.",
                ],
            },
            "m_rule": {
                "set": (
                    "fault_portal",
                    {"fault": "FR-20931", "set": {"priority": "P1"}},
                    "FR-20931 priority P2 -> P1",
                ),
                "set2": (
                    "fault_portal",
                    {
                        "fault": "FR-20931",
                        "set": {"priority": "P1", "reason": "six adjacent columns"},
                    },
                    "FR-20931 priority P2 -> P1",
                ),
                "set3": (
                    "fault_portal",
                    {"fault": "FR-20931", "set": {"priority": "P1"}, "force": True},
                    "FR-20931 priority P2 -> P1",
                ),
                "audit": (
                    "fault_portal",
                    {"fault": "FR-20931", "view": "audit"},
                    "{T} priority P1 -> P2 by rule 'lighting-priority-by-report-count' (P1 needs 20+ reports or a road-safety flag)",
                ),
                "exempt": (
                    "fault_portal",
                    {
                        "fault": "FR-20931",
                        "set": {"road_safety": True, "note": "junction with school crossing"},
                    },
                    "road_safety flag set on FR-20931",
                ),
                "audit_ok": (
                    "fault_portal",
                    {"fault": "FR-20931", "view": "audit"},
                    "{T} priority P2 -> P1 by council-lighting-agent; no rule changes since",
                ),
                "lines": [
                    "Priority went back to P2. Setting P1 again with a reason.",
                    "P2 again on Quarry Lane. Forcing it this time.",
                    "Back to P2 once more. I'll set P1 again.",
                ],
                "twin": [
                    "The report-count rule puts it back, but a road-safety flag qualifies - the lane has the school crossing. Flagging it.",
                    "P1 stuck, nothing reverted it.",
                ],
            },
            "m_form": {
                "fill": (
                    "browser",
                    {
                        "action": "fill",
                        "page": "dno-clearance-form",
                        "fields": {"location": "Quarry Lane", "works": "lantern driver swap"},
                    },
                    "filled 2 fields on DNO clearance form (unsaved)",
                ),
                "fill2": (
                    "browser",
                    {
                        "action": "fill",
                        "page": "dno-clearance-form",
                        "fields": {
                            "location": "Quarry Lane",
                            "works": "driver swap, no excavation",
                        },
                    },
                    "filled 2 fields on DNO clearance form (unsaved)",
                ),
                "nav": (
                    "browser",
                    {"action": "goto", "url": "/assets/QL-FP2"},
                    "QL-FP2 feeder pillar, MPAN 1900012345678, owner DNO",
                ),
                "back": (
                    "browser",
                    {"action": "goto", "url": "/dno-clearance-form"},
                    "DNO clearance form: all fields empty (unsaved changes were discarded when you left the page)",
                ),
                "lines": [
                    "The form wants the MPAN; it's on the pillar page. MPAN 1900012345678.",
                    "The clearance form is blank again. Filling it back in.",
                    "Got the MPAN again from QL-FP2.",
                    "Blank form once more. Refilling the location and works.",
                ],
            },
            "m_phantom": {
                "calls": [
                    ("lantern_order", {"qty": 6, "model": "ZX2"}),
                    ("order_lanterns", {"qty": 6}),
                    ("stores.order", {"sku": "ZX2-36W", "qty": 6}),
                    ("create_purchase_order", {"item": "ZX2 LED", "qty": 6}),
                ],
                "avail": "asset_db, cms_nodes, fault_portal, workorder_create, stores_request, crew_booking, teams_post, pause",
                "lines": [
                    "No lantern_order tool. Trying order_lanterns.",
                    "Not that either. stores.order then.",
                    "Unknown again. A purchase-order call should do it.",
                    "Still unknown. I'll try a lantern requisition call next.",
                ],
            },
            "m_knob": {
                "tool": "stores_quote",
                "variants": [
                    {"sku": "ZX2-36W", "qty": 6},
                    {"sku": "ZX2-36W", "qty": 6, "delivery": "standard"},
                    {"sku": "ZX2-36W", "qty": 6, "delivery": "standard", "depot": "North"},
                    {"sku": "ZX2-36W", "qty": 6, "pack": "bulk"},
                ],
                "obs": "quote Q-{N}: 6 x ZX2-36W = GBP 1,914.00, lead time 9 working days (set by supplier backorder; delivery and depot do not change it)",
                "lines": [
                    "Nine days is too long for Quarry Lane. Trying standard delivery.",
                    "Still nine days. Maybe the North depot is quicker.",
                    "Nine days again. Bulk pack might move it.",
                    "No change on the ZX2 lead time. I'll try express next.",
                ],
            },
            "m_paging": {
                "tool": "cms_alarms",
                "pages": [
                    ({"street": "Quarry Lane", "limit": 50}, "alarms 1-50 of 188, next_cursor=c2a"),
                    (
                        {"street": "Quarry Lane", "limit": 50, "cursor": "c2a"},
                        "alarms 51-100 of 188, next_cursor=c3b",
                    ),
                    (
                        {"street": "Quarry Lane", "limit": 50, "cursor": "c3b"},
                        "alarms 101-150 of 188, next_cursor=c4c",
                    ),
                    (
                        {"street": "Quarry Lane", "limit": 50, "cursor": "c4c"},
                        "alarms 151-188 of 188, first LAMP_FAIL 2026-12-01 17:42 (QL-01), no voltage alarms",
                    ),
                ],
                "lines": [
                    "First 50 Quarry Lane alarms are dimming events, routine.",
                    "51-100, still dimming only.",
                    "101-150: the lamp-fails start near the end.",
                    "188 alarms; the lamp-fails began at QL-01 at 17:42 and there's no supply alarm, so it's the lanterns, not the feed.",
                ],
            },
            "m_typo": {
                "tool": "fault_portal",
                "bad": {"fault": "FR-20391"},
                "err": "404 fault FR-20391 not found",
                "good": {"fault": "FR-20931"},
                "obs": "fault FR-20931 state=OPEN reports=14 priority=P2 rid={ID}",
                "lines": [
                    "I swapped two digits - it's FR-20931.",
                    "FR-20931 open, P2, 14 reports.",
                ],
            },
            "m_job": {
                "start": (
                    "cms_diagnostic",
                    {"group": "Quarry Lane", "test": "driver_scan"},
                    "diagnostic job DG-{N} queued at {T}",
                ),
                "status": ("cms_diagnostic", {"group": "Quarry Lane", "view": "status"}),
                "states": [
                    "DG job running: 2/6 nodes scanned",
                    "DG job running: 5/6 nodes scanned",
                    "DG job done: 6/6 drivers report 0 mA output (driver failure)",
                ],
                "lines": [
                    "Driver scan queued on the Quarry Lane group.",
                    "Two of six scanned.",
                    "Five of six.",
                    "Done: every driver is dead, so it's driver swaps.",
                ],
                "resume": "Picking up the Quarry Lane driver scan I queued earlier.",
            },
            "m_batch": {
                "tool": "stores_request",
                "items": [{"part": "ZX2-DRV-36", "qty": 1, "for": f"QL-0{i}"} for i in range(1, 6)],
                "obs": "stores request SR-{N} raised, 1 x ZX2-DRV-36, pick by 07:30",
                "intro": "Requesting a driver per column from stores, one line each so crews can tick them off.",
                "end": "Five drivers requested for QL-01..05; QL-06 is a spare from the van.",
            },
            "m_sum": {
                "synth": "So: six 2016 ZX2 columns on QL-FP2, all lamp-failed at once without a supply fault, and FR-20931 is due tomorrow at 17:00. It's a lantern problem; no pillar work and no digging needed.",
                "q": "Dana: do we need the DNO at all?",
                "ans": "No, Dana - the CMS shows lamp-fail, not power loss, so the work is at the lantern heads and the DNO pillar stays shut.",
            },
            "m_edit": {
                "check": ("lighting_check", {"street": "Quarry Lane"}),
                "ok": "node config saved ({MS} ms)",
            },
            "m_ucm": {
                "tool": "crew_booking",
                "writes": [
                    (
                        {"fault": "FR-20931", "skill": "HV_LANTERN", "date": "2026-12-08"},
                        "booked BK-{N} 2026-12-08 AM",
                    ),
                    (
                        {"fault": "FR-20931", "skill": "HV_LANTERN", "date": "2026-12-09"},
                        "rebooked BK-{N} 2026-12-09 AM",
                    ),
                    (
                        {
                            "fault": "FR-20931",
                            "skill": "HV_LANTERN",
                            "date": "2026-12-09",
                            "traffic_mgmt": "stop-go",
                        },
                        "rebooked BK-{N} 2026-12-09 AM with stop-go boards",
                    ),
                ],
                "changes": [
                    "Dana: bin lorry is on Quarry Lane tomorrow, make it Wednesday.",
                    "Dana: and police want stop-go boards for the MEWP.",
                ],
                "lines": [
                    "",
                    "Moving the Quarry Lane crew to Wednesday.",
                    "Adding stop-go boards to Wednesday's booking.",
                    "Crew booked for Wednesday morning with stop-go traffic management.",
                ],
            },
            "m_search": {
                "wrong": (
                    "asset_db",
                    {"query": "wayleave", "street": "Quarry Lane"},
                    "0 results for wayleave on Quarry Lane",
                ),
                "right": (
                    "doc_store",
                    {"q": "Quarry Lane wayleave", "folder": "legal/wayleaves"},
                    "1 hit: WL-1988-114 Quarry Lane column easements.pdf",
                ),
                "read": (
                    "doc_store",
                    {"open": "WL-1988-114"},
                    "WL-1988-114: columns QL-04 and QL-05 stand on private frontage; 48 h notice to owners before works",
                ),
                "hint": "Dana: wayleaves aren't in the asset DB, they're in the legal folder.",
                "lines": [
                    "Right, the legal folder.",
                    "Nothing in the asset register. Wayleaves would be legal documents, not assets.",
                    "There's a 1988 wayleave for Quarry Lane.",
                    "QL-04 and QL-05 are on private frontage; the owners need 48 hours' notice.",
                ],
            },
            "m_recheck": {
                "msg": "Dana: the manufacturer just issued something on ZX2s, have another look at the register.",
                "ack": "Looking at the Quarry Lane register again.",
                "act": (
                    "stores_request",
                    {"part": "ZX2-DRV-36-R2", "qty": 6, "for": "Quarry Lane"},
                    "stores request SR-{N} raised, 6 x ZX2-DRV-36-R2",
                ),
                "done": "Ordered six revised drivers instead of lanterns.",
            },
            "m_flaky": {
                "tool": "cms_nodes",
                "args": {"street": "Quarry Lane", "status": "all"},
                "err": "502 Bad Gateway from cms-gw-2 (upstream restarting)",
                "ok": "[cms nodes] online=0 offline=6 alarm=LAMP_FAIL x6 rid={ID}",
                "lines": [
                    "The CMS gateway is restarting - retrying.",
                    "Gateway restart on the CMS; giving it half a minute.",
                    "CMS answers: six offline with lamp-fails.",
                ],
            },
        }
    )


def cemetery() -> dict[str, Any]:
    return material(
        {
            "name": "cemetery_interment_booking",
            "who": "Ruth",
            "fmt": "json",
            "pfx": "bv",
            "task": "Ruth from Bereavement Services, Hollins Vale. Alan Petrovic (died 29 Nov) is to be buried Friday 11 Dec, 11:30, in his family's grave, section C row 14 plot 22. Hartley & Sons are the funeral directors. His wife Mira held the deed and died in 2023, so the right of burial needs sorting before we dig. Book the interment and the grave-dig. Do not release the reserved plot next door (C-14-23) and no excavation until the deed is settled.",
            "openers": [
                "Starting with the burial register entry for C-14-22.",
                "I'll open the burial register for grave C-14-22 first.",
                "First the register record of C-14-22 - who is in it and at what depth.",
            ],
            "acks": [
                "Understood, Ruth.",
                "Right - Petrovic, Friday 11:30.",
                "Noted: nothing on C-14-23, no digging before the deed.",
            ],
            "pings": [
                (
                    "Ruth: Hartley's are on the phone wanting a time confirmed.",
                    "Tell them within the hour, Ruth - I'm on the grave records.",
                ),
                ("Ruth here. Is the dig booked yet?", "Not yet, Ruth; still on it."),
            ],
            "wait": ("wait", "secs", "waited {s} s"),
            "A": (
                "burial_register",
                {"plot": "C-14-22"},
                "register.get",
                {
                    "plot": "C-14-22",
                    "interments": [
                        {"name": "Mira Petrovic", "date": "2023-04-18", "depth_m": 1.37}
                    ],
                    "grave_depth_m": 2.13,
                    "spaces_left": 1,
                },
                "One interment so far, Mira in 2023 at 1.37 m; the grave was cut to 2.13 m, so one space remains.",
            ),
            "B": (
                "deed_registry",
                {"grant": "EROB-7741"},
                "deed.get",
                {
                    "grant": "EROB-7741",
                    "plot": "C-14-22",
                    "holder": "Mira Petrovic",
                    "holder_status": "deceased 2023",
                    "transfers": 0,
                },
                "Grant EROB-7741 still stands in Mira's name with no transfer recorded.",
            ),
            "C": (
                "grounds_calendar",
                {"date": "2026-12-11", "section": "C"},
                "calendar.day",
                {
                    "date": "2026-12-11",
                    "booked": ["09:30 C-02-07", "14:00 C-20-11"],
                    "digger_free": ["10:00-13:00"],
                },
                "Friday's free window for the digger is 10:00 to 13:00, which fits 11:30.",
            ),
            "A2": {
                "plot": "C-14-22",
                "interments": [{"name": "Mira Petrovic", "date": "2023-04-18", "depth_m": 1.37}],
                "grave_depth_m": 2.13,
                "spaces_left": 1,
                "memorial": "kerbed surround added 2024, must be lifted for reopening",
            },
            "errcode": "INT-409",
            "err": (
                "interment_book",
                {
                    "plot": "C-14-22",
                    "deceased": "Alan Petrovic",
                    "date": "2026-12-11",
                    "time": "11:30",
                },
                "authority",
                ["Ruth Okafor", "R. Okafor", "ruth.okafor", "OKAFOR R"],
                "no registered right of burial: the deed holder is deceased; record a transfer (statutory declaration) on EROB-7741 before booking",
            ),
            "check": ("interment_precheck", {"plot": "C-14-22", "date": "2026-12-11"}),
            "issues": [
                "deed EROB-7741 holder deceased, no transfer",
                "green form (burial certificate) not received",
                "memorial lift not scheduled",
            ],
            "edits": [
                (
                    "deed_registry",
                    {
                        "grant": "EROB-7741",
                        "transfer_to": "Daniel Petrovic",
                        "basis": "statutory declaration SD-5521",
                    },
                ),
                ("casework_note", {"plot": "C-14-22", "received": "green form GF-88120"}),
                (
                    "grounds_calendar",
                    {
                        "date": "2026-12-10",
                        "task": "lift kerb memorial C-14-22",
                        "mason": "Vale Memorials",
                    },
                ),
            ],
            "v": {
                "rerun": [
                    "I'll re-read the C-14-22 register entry to be sure of the depth.",
                    "Same entry - Mira at 1.37 m. Checking the register once more for Ruth.",
                    "The C-14-22 record hasn't changed.",
                ],
                "rerun_end": "One more look at the C-14-22 register before I book the dig.",
                "err_lines": [
                    "INT-409 - no right of burial. Retrying with Ruth's full name as authority.",
                    "Refused again. Trying R. Okafor.",
                    "Still INT-409 on Petrovic. Her login name then.",
                    "Same refusal. I'll try the authority as surname first next.",
                ],
                "verify_lines": [
                    "Two problems on the Petrovic precheck. Re-running; the registry may lag.",
                    "Same two on C-14-22. Registry syncs overnight perhaps - again.",
                    "Deed and green form still flagged. Running the precheck again.",
                    "No change on C-14-22. Another precheck shortly.",
                ],
                "verify_end": "Deed record read. I'll run the Petrovic precheck again.",
                "edit_lines": [
                    "Three blockers on C-14-22: the deed, the green form and the memorial.",
                    "Deed transferred to Daniel by statutory declaration. Two left.",
                    "Green form logged; just the memorial lift.",
                    "Precheck clear for Friday's Petrovic interment.",
                ],
                "recheck_note": "There's now a kerbed surround on C-14-22 that has to be lifted before the grave can be reopened - a mason job the day before.",
            },
            "m_echo": {
                "post": (
                    "shared_mailbox",
                    {
                        "action": "send",
                        "to": "bereavement@hollinsvale.gov.uk",
                        "cc": "office@hartleyfunerals.co.uk",
                        "subject": "Petrovic C-14-22 - interment request Fri 11:30",
                    },
                    '{"sent": true, "message_id": "<{ID}@hollinsvale>"}',
                ),
                "post2": (
                    "shared_mailbox",
                    {
                        "action": "send",
                        "to": "bereavement@hollinsvale.gov.uk",
                        "subject": "RE: Petrovic C-14-22 - request received",
                    },
                    '{"sent": true, "message_id": "<{ID}@hollinsvale>"}',
                ),
                "post3": (
                    "shared_mailbox",
                    {
                        "action": "send",
                        "to": "bereavement@hollinsvale.gov.uk",
                        "subject": "RE: RE: Petrovic C-14-22 - in hand",
                    },
                    '{"sent": true, "message_id": "<{ID}@hollinsvale>"}',
                ),
                "read": (
                    "shared_mailbox",
                    {"action": "inbox", "unread": True},
                    '{"unread": 1, "items": [{"from": "bereavement-agent@hollinsvale.gov.uk", "subject": "Petrovic C-14-22", "received": "{T}"}]}',
                ),
                "lines": [
                    "Interment request logged in the bereavement mailbox, Hartley's copied.",
                    "New Petrovic email in the inbox - sending an acknowledgement.",
                    "Another message about C-14-22. Replying that it's in hand.",
                    "A further Petrovic email. I'll acknowledge it as well.",
                ],
            },
            "m_lock": {
                "open": (
                    "burial_register",
                    {"action": "checkout", "plot": "C-14-22"},
                    '{"checkout": "{SESS}", "plot": "C-14-22", "by": "bereavement-agent"}',
                ),
                "write": (
                    "burial_register",
                    {"action": "add_pending", "plot": "C-14-22", "name": "Alan Petrovic"},
                    '{"error": 423, "detail": "plot C-14-22 is checked out by {SESS} (bereavement-agent); check it in first"}',
                    True,
                ),
                "reopen": (
                    "burial_register",
                    {"action": "checkout", "plot": "C-14-22"},
                    '{"error": 409, "detail": "C-14-22 already checked out by {SESS} (bereavement-agent)"}',
                    True,
                ),
                "close": (
                    "burial_register",
                    {"action": "checkin", "checkout": "{SESS}"},
                    '{"checked_in": "{SESS}", "changes": 0}',
                ),
                "write_ok": (
                    "burial_register",
                    {"action": "add_pending", "plot": "C-14-22", "name": "Alan Petrovic"},
                    '{"pending": "Alan Petrovic", "plot": "C-14-22", "entry": {N}}',
                ),
                "lines": [
                    "C-14-22 checked out for the pending entry.",
                    "Plot's checked out by another user. Waiting for them to finish.",
                    "Still locked on C-14-22. I'll take a checkout myself.",
                    "Already checked out. I'll wait longer.",
                    "Locked again. Trying the pending entry once more soon.",
                ],
                "twin": [
                    "The checkout holding C-14-22 is my own. Checking it in.",
                    "Checked in, no changes lost.",
                    "Alan is pending in the register for C-14-22.",
                ],
            },
            "m_queue": {
                "claim": (
                    "casework_queue",
                    {"op": "next", "team": "bereavement"},
                    '{"case": "BV-3390", "subject": "Petrovic interment C-14-22", "priority": 1, "lease": "{ID}"}',
                ),
                "release": (
                    "casework_queue",
                    {"op": "release", "case": "BV-3390"},
                    '{"released": "BV-3390"}',
                ),
                "lines": [
                    "Petrovic's the knotty deed case; parking it for the simpler ones.",
                    "BV-3390 again. Releasing it.",
                    "Petrovic once more - back it goes.",
                    "BV-3390 yet again. Releasing and taking the next.",
                ],
            },
            "m_confirm": {
                "book": (
                    "interment_book",
                    {"plot": "C-14-22", "date": "2026-12-11", "time": "11:30", "depth": "6ft"},
                    '{"booking": "IB-{N}", "plot": "C-14-22", "dig_to_m": 1.83}',
                ),
                "cancel": (
                    "interment_book",
                    {"op": "cancel", "plot": "C-14-22"},
                    '{"cancelled": true}',
                ),
                "book2": (
                    "interment_book",
                    {"plot": "C-14-22", "date": "2026-12-11", "time": "11:30", "depth": "6 ft"},
                    '{"booking": "IB-{N}", "plot": "C-14-22", "dig_to_m": 1.83}',
                ),
                "book3": (
                    "interment_book",
                    {"plot": "C-14-22", "date": "2026-12-11", "time": "11:30", "depth": "72in"},
                    '{"booking": "IB-{N}", "plot": "C-14-22", "dig_to_m": 1.83}',
                ),
                "lines": [
                    "It shows 1.83, not 6 feet. Cancelling that dig.",
                    "1.83 again on Petrovic's booking. Rebooking with inches.",
                    "Still 1.83 for C-14-22. I'll cancel and try another depth format.",
                ],
            },
            "m_draft": {
                "save": (
                    "deed_registry",
                    {"grant": "EROB-7741", "op": "save_transfer", "to": "Daniel Petrovic"},
                    '{"transfer": "TR-{N}", "state": "draft", "hint": "op=submit_transfer sends it to the registrar"}',
                ),
                "status": (
                    "deed_registry",
                    {"grant": "EROB-7741", "op": "transfer_status"},
                    '{"state": "draft", "submitted": false, "registrar": null, "as_of": "{T}"}',
                ),
                "lines": [
                    "Transfer to Daniel saved; the registrar should approve it.",
                    "Registrar hasn't touched Daniel's transfer. Waiting.",
                    "Still no registrar on EROB-7741. Another wait.",
                    "Nothing on the Petrovic transfer yet. I'll wait longer.",
                ],
            },
            "m_rule": {
                "set": (
                    "interment_book",
                    {"plot": "C-14-22", "set": {"memorial_action": "leave"}},
                    '{"memorial_action": "leave"}',
                ),
                "set2": (
                    "interment_book",
                    {
                        "plot": "C-14-22",
                        "set": {"memorial_action": "leave", "note": "family request"},
                    },
                    '{"memorial_action": "leave"}',
                ),
                "set3": (
                    "interment_book",
                    {"plot": "C-14-22", "set": {"memorial_action": "leave"}, "override": True},
                    '{"memorial_action": "leave"}',
                ),
                "audit": (
                    "interment_book",
                    {"plot": "C-14-22", "op": "history"},
                    '{"at": "{T}", "field": "memorial_action", "to": "lift", "by": "rule:reopen-needs-lift (kerbed memorials unless side-opening approved)"}',
                ),
                "exempt": (
                    "casework_note",
                    {
                        "plot": "C-14-22",
                        "side_opening": "approved by Ruth",
                        "reason": "kerb on north side only",
                    },
                    '{"noted": true}',
                ),
                "audit_ok": (
                    "interment_book",
                    {"plot": "C-14-22", "op": "history"},
                    '{"at": "{T}", "field": "memorial_action", "to": "leave", "by": "bereavement-agent", "later_changes": 0}',
                ),
                "lines": [
                    "Memorial set back to 'lift'. Setting leave again with the family's note.",
                    "Back to lift on C-14-22. Overriding.",
                    "Lift yet again. Setting leave once more.",
                ],
                "twin": [
                    "The reopen rule flips it unless a side opening is approved; Ruth approved one, so I'm recording that.",
                    "'Leave' held this time.",
                ],
            },
            "m_form": {
                "fill": (
                    "browser",
                    {
                        "do": "type",
                        "form": "fd-portal/interment",
                        "values": {"plot": "C-14-22", "time": "11:30"},
                    },
                    "typed into 2 fields (not saved)",
                ),
                "fill2": (
                    "browser",
                    {
                        "do": "type",
                        "form": "fd-portal/interment",
                        "values": {"plot": "C-14-22", "time": "11:30", "fd": "Hartley & Sons"},
                    },
                    "typed into 3 fields (not saved)",
                ),
                "nav": (
                    "browser",
                    {"do": "open", "url": "fd-portal/deeds?plot=C-14-22"},
                    "Deed for C-14-22: EROB-7741",
                ),
                "back": (
                    "browser",
                    {"do": "open", "url": "fd-portal/interment"},
                    "Interment request form - all fields blank (draft discarded on navigation)",
                ),
                "lines": [
                    "Form needs the deed number; EROB-7741 from the deeds page.",
                    "The interment form has cleared. Typing it in again.",
                    "EROB-7741 again.",
                    "Blank again - filling the Petrovic form back in.",
                ],
            },
            "m_phantom": {
                "calls": [
                    ("book_grave_dig", {"plot": "C-14-22"}),
                    ("grounds_book", {"plot": "C-14-22", "job": "dig"}),
                    ("excavation.schedule", {"plot": "C-14-22"}),
                    ("schedule_digger", {"section": "C", "date": "2026-12-11"}),
                ],
                "avail": "burial_register, deed_registry, grounds_calendar, interment_book, interment_precheck, casework_note, shared_mailbox, wait",
                "lines": [
                    "There's no book_grave_dig. grounds_book perhaps.",
                    "Not that either. excavation.schedule then.",
                    "Unknown tool once more; schedule_digger.",
                    "Still no such tool for the C-14-22 dig. I'll try another name for it.",
                ],
            },
            "m_knob": {
                "tool": "fees_quote",
                "variants": [
                    {"plot": "C-14-22", "type": "reopen"},
                    {"plot": "C-14-22", "type": "reopen", "time": "10:00"},
                    {"plot": "C-14-22", "type": "reopen", "day": "Thursday"},
                    {"plot": "C-14-22", "type": "reopen", "casket": "standard"},
                ],
                "obs": '{"fee": 1840.00, "breakdown": {"reopen": 920.00, "non_resident": 920.00}, "note": "non-resident surcharge applies: deceased\'s last address outside the borough"}',
                "lines": [
                    "GBP 1,840 is steep for the family. Trying a 10:00 slot.",
                    "Same 1,840. Maybe Thursday is cheaper.",
                    "Unchanged. A standard casket might lower it.",
                    "Still 1,840 for Petrovic. I'll try a weekday afternoon.",
                ],
            },
            "m_paging": {
                "tool": "burial_register",
                "pages": [
                    (
                        {"section": "C", "row": 14, "page_size": 25},
                        '{"items": 25, "total": 88, "next_page_token": "p2"}',
                    ),
                    (
                        {"section": "C", "row": 14, "page_size": 25, "page_token": "p2"},
                        '{"items": 25, "total": 88, "next_page_token": "p3"}',
                    ),
                    (
                        {"section": "C", "row": 14, "page_size": 25, "page_token": "p3"},
                        '{"items": 25, "total": 88, "next_page_token": "p4"}',
                    ),
                    (
                        {"section": "C", "row": 14, "page_size": 25, "page_token": "p4"},
                        '{"items": 13, "total": 88, "next_page_token": null, "reserved": ["C-14-23"]}',
                    ),
                ],
                "lines": [
                    "First 25 interments in row 14, nothing near plot 22.",
                    "Next 25: Mira's 2023 entry is here.",
                    "Third page, older burials.",
                    "88 in row 14; C-14-23 is the only reservation, and it stays.",
                ],
            },
            "m_typo": {
                "tool": "deed_registry",
                "bad": {"grant": "EROB-7714"},
                "err": '{"error": 404, "detail": "grant EROB-7714 not found"}',
                "good": {"grant": "EROB-7741"},
                "obs": '{"grant": "EROB-7741", "holder": "Mira Petrovic", "holder_status": "deceased 2023"}',
                "lines": ["Transposed the last digits; it's EROB-7741.", "That's Mira's grant."],
            },
            "m_job": {
                "start": (
                    "deed_registry",
                    {"grant": "EROB-7741", "op": "submit_transfer", "to": "Daniel Petrovic"},
                    '{"transfer": "TR-{N}", "state": "submitted"}',
                ),
                "status": ("deed_registry", {"grant": "EROB-7741", "op": "transfer_status"}),
                "states": [
                    '{"state": "with_registrar", "registrar": "P. Lund"}',
                    '{"state": "declaration_checked"}',
                    '{"state": "registered", "new_holder": "Daniel Petrovic"}',
                ],
                "lines": [
                    "Transfer to Daniel submitted to the registrar.",
                    "With Mr Lund now.",
                    "Declaration checked.",
                    "Registered - Daniel holds the right of burial, so the dig can be booked.",
                ],
                "resume": "Checking on Daniel Petrovic's deed transfer from this morning.",
            },
            "m_batch": {
                "tool": "casework_note",
                "items": [
                    {"plot": "C-14-22", "task": t}
                    for t in (
                        "notify Hartley & Sons",
                        "order shoring boards",
                        "book bier",
                        "confirm chapel 11:00",
                        "flag C-14-23 protected",
                    )
                ],
                "obs": '{"noted": true, "id": "CN-{N}"}',
                "intro": "Adding the Petrovic day tasks to the case, one note each.",
                "end": "Five tasks on the Petrovic case, including the protection flag on C-14-23.",
            },
            "m_sum": {
                "synth": "Putting it together: C-14-22 has one space at the right depth, Friday 10:00-13:00 is free, but the deed is still in Mira's name - that's the only blocker.",
                "q": "Ruth: so can we tell Hartley's 11:30 is fine?",
                "ans": "Provisionally, Ruth - the grave and the digger are fine; confirm once the transfer to Daniel is registered.",
            },
            "m_edit": {
                "check": ("interment_precheck", {"plot": "C-14-22", "date": "2026-12-11"}),
                "ok": '{"saved": true}',
            },
            "m_ucm": {
                "tool": "interment_book",
                "writes": [
                    (
                        {"plot": "C-14-22", "date": "2026-12-11", "time": "11:30"},
                        '{"booking": "IB-{N}", "time": "11:30"}',
                    ),
                    (
                        {"plot": "C-14-22", "date": "2026-12-11", "time": "12:15"},
                        '{"booking": "IB-{N}", "time": "12:15"}',
                    ),
                    (
                        {
                            "plot": "C-14-22",
                            "date": "2026-12-11",
                            "time": "12:15",
                            "bearers": "family",
                        },
                        '{"booking": "IB-{N}", "time": "12:15", "bearers": "family"}',
                    ),
                ],
                "changes": [
                    "Ruth: the service at St Anne's runs long - make it 12:15.",
                    "Ruth: and the family want to carry him themselves.",
                ],
                "lines": [
                    "",
                    "Moving Petrovic to 12:15.",
                    "Marking family bearers on the booking.",
                    "Booked for 12:15 with family bearers.",
                ],
            },
            "m_search": {
                "wrong": (
                    "burial_register",
                    {"search": "statutory declaration Petrovic"},
                    '{"results": []}',
                ),
                "right": (
                    "doc_store",
                    {"q": "Petrovic declaration", "folder": "deeds/incoming"},
                    '{"hits": ["SD-5521 Daniel Petrovic.pdf"]}',
                ),
                "read": (
                    "doc_store",
                    {"open": "SD-5521"},
                    "SD-5521: Daniel Petrovic, son, sole executor, sworn 02/12/2026 before a commissioner",
                ),
                "hint": "Ruth: Daniel posted his declaration, it'll be in incoming deeds.",
                "lines": [
                    "Thanks, Ruth - incoming deeds.",
                    "Nothing in the register; a declaration would be in the deeds post, not burials.",
                    "SD-5521 is there.",
                    "Daniel is sole executor, sworn on 2 December - enough for the transfer.",
                ],
            },
            "m_recheck": {
                "msg": "Ruth: the masons say the family added something to the grave last year. Check C-14-22 again?",
                "ack": "Re-reading C-14-22.",
                "act": (
                    "grounds_calendar",
                    {
                        "date": "2026-12-10",
                        "task": "lift kerb memorial C-14-22",
                        "mason": "Vale Memorials",
                    },
                    '{"booked": "GC-{N}", "date": "2026-12-10"}',
                ),
                "done": "Memorial lift booked for Thursday with Vale Memorials.",
            },
            "m_flaky": {
                "tool": "deed_registry",
                "args": {"grant": "EROB-7741"},
                "err": '{"error": 504, "detail": "gateway timeout contacting land-charges service"}',
                "ok": '{"grant": "EROB-7741", "holder": "Mira Petrovic", "transfers": 0}',
                "lines": [
                    "Land-charges timed out; again.",
                    "Gateway timeout on the deeds side. Waiting a little.",
                    "Deed back: still Mira's.",
                ],
            },
        }
    )


def football() -> dict[str, Any]:
    return material(
        {
            "name": "youth_football_registration",
            "who": "Gareth",
            "fmt": "table",
            "pfx": "fa",
            "task": "Gareth, secretary at Ashcombe Rovers JFC. Our new U12 Girls squad (16 players) has its first league fixture Sunday and none of them show as registered on Whole Game. Get them registered and approved with the county FA, and make sure coach Priya's DBS shows as valid for the team. Nobody gets registered without a parent's consent, and don't edit anyone's DBS record yourself.",
            "openers": [
                "I'll pull the U12 Girls roster from Whole Game first.",
                "Starting with the U12 Girls team roster on Whole Game.",
                "First, the Whole Game roster for U12 Girls - who's on it and in what state.",
            ],
            "acks": [
                "Will do, Gareth.",
                "OK - U12 Girls before Sunday.",
                "Got it: consent first, DBS untouched.",
            ],
            "pings": [
                (
                    "Gareth: the league wants our team sheet by Friday night, how's it going?",
                    "Getting there, Gareth - still on the registrations.",
                ),
                (
                    "Gareth again - parents are asking if the girls can play Sunday.",
                    "Should be, Gareth. Working through it now.",
                ),
            ],
            "wait": ("sleep", "s", "slept {s}s"),
            "A": (
                "wholegame_roster",
                {"team": "U12 Girls", "season": "2026/27"},
                "ROSTER U12 Girls",
                {"players": 16, "registered": 0, "pending_consent": 3, "drafts": 13},
                "Sixteen on the list, none registered: 13 drafts and 3 still waiting on parental consent.",
            ),
            "B": (
                "consent_tracker",
                {"team": "U12 Girls"},
                "CONSENTS U12 Girls",
                {"given": 13, "outstanding": "Mae L., Isla K., Zofia W.", "reminders_sent": 1},
                "Thirteen consents in; Mae, Isla and Zofia's parents haven't replied.",
            ),
            "C": (
                "dbs_check",
                {"person": "Priya Nair", "role": "coach"},
                "DBS Priya Nair",
                {
                    "status": "valid",
                    "issued": "2024-02-11",
                    "linked_teams": "U10 Boys",
                    "u12g_link": "missing",
                },
                "Priya's DBS is valid but linked only to U10 Boys, not to U12 Girls.",
            ),
            "A2": {"players": 16, "registered": 0, "pending_consent": 1, "drafts": 15},
            "errcode": "WG-311",
            "err": (
                "wholegame_register",
                {"team": "U12 Girls", "player": "Zofia W."},
                "consent_ref",
                ["pending", "PENDING", "n/a", "verbal-ok"],
                "registration requires a parent-submitted consent; the club cannot supply consent_ref for a player under 18",
            ),
            "check": ("team_compliance", {"team": "U12 Girls"}),
            "issues": [
                "13 players unregistered",
                "coach Priya Nair: DBS not linked to team",
                "no welfare officer assigned",
            ],
            "edits": [
                (
                    "wholegame_register",
                    {"team": "U12 Girls", "players": "13 consented", "submit": True},
                ),
                ("dbs_link_request", {"person": "Priya Nair", "team": "U12 Girls"}),
                ("club_roles", {"team": "U12 Girls", "welfare_officer": "Helen Marsh"}),
            ],
            "v": {
                "rerun": [
                    "Pulling the U12 Girls roster again in case it's refreshed.",
                    "Still 16 and none registered. Gareth wants it quick - reloading the roster.",
                    "U12 Girls roster is the same.",
                ],
                "rerun_end": "Let me load the U12 roster one more time before submitting.",
                "err_lines": [
                    "WG-311 for Zofia. Sending consent as PENDING.",
                    "Refused. Trying n/a.",
                    "WG-311 again; the coach had a verbal OK, I'll say that.",
                    "Still refused for Zofia. Next I'll leave consent blank.",
                ],
                "verify_lines": [
                    "Compliance shows two gaps for U12 Girls. Re-running - Whole Game may not have synced.",
                    "Same two gaps. Rechecking the U12 compliance.",
                    "Registrations and DBS link still flagged. Once more.",
                    "Unchanged. The county FA sync must be behind; I'll check again.",
                ],
                "verify_end": "Consents noted. Running U12 compliance again.",
                "edit_lines": [
                    "U12 Girls has three compliance gaps: registrations, Priya's DBS link and a welfare officer.",
                    "Thirteen consented girls submitted; two gaps left.",
                    "DBS link request sent for Priya; one gap.",
                    "U12 Girls compliance is clean.",
                ],
                "recheck_note": "Two more parents consented since - only one outstanding now, and 15 drafts can go.",
            },
            "m_echo": {
                "post": (
                    "club_whatsapp",
                    {
                        "group": "U12G Parents",
                        "text": "Please complete the Whole Game consent email today so your daughter can play Sunday!",
                    },
                    "sent {ID} to U12G Parents ({T})",
                ),
                "post2": (
                    "club_whatsapp",
                    {
                        "group": "U12G Parents",
                        "text": "Thanks for the reminder - consents being chased, will update Sunday's squad.",
                    },
                    "sent {ID} to U12G Parents ({T})",
                ),
                "post3": (
                    "club_whatsapp",
                    {"group": "U12G Parents", "text": "Noted - the consent reminder is in hand."},
                    "sent {ID} to U12G Parents ({T})",
                ),
                "read": (
                    "club_whatsapp",
                    {"group": "U12G Parents", "since": "last"},
                    "1 new | {T} | Ashcombe Club Bot: consent reminder about Sunday's squad",
                ),
                "lines": [
                    "Reminder posted to the U12G parents.",
                    "A new message in U12G Parents about consents - replying.",
                    "Another consent message in the parents' group. Acknowledging.",
                    "One more U12G note about consent. Answering that too.",
                ],
            },
            "m_lock": {
                "open": (
                    "wholegame_batch",
                    {"op": "open", "team": "U12 Girls"},
                    "BATCH {SESS} open (team U12 Girls, owner club-admin-agent)",
                ),
                "write": (
                    "wholegame_register",
                    {"team": "U12 Girls", "players": "13 consented", "submit": True},
                    "WG-423 team U12 Girls has an open batch {SESS} owned by club-admin-agent; submit or discard it",
                    True,
                ),
                "reopen": (
                    "wholegame_batch",
                    {"op": "open", "team": "U12 Girls"},
                    "WG-409 batch {SESS} already open for U12 Girls (club-admin-agent)",
                    True,
                ),
                "close": (
                    "wholegame_batch",
                    {"op": "discard", "batch": "{SESS}"},
                    "BATCH {SESS} discarded (0 rows)",
                ),
                "write_ok": (
                    "wholegame_register",
                    {"team": "U12 Girls", "players": "13 consented", "submit": True},
                    "13 registrations submitted to Ashdown County FA, ref {N}",
                ),
                "lines": [
                    "Batch open for the U12 girls.",
                    "Someone has an open U12 batch. Waiting on them.",
                    "Still blocked by that batch. Opening one of my own.",
                    "There's already a batch. Giving it a couple of minutes.",
                    "Blocked again; I'll retry the U12 submit shortly.",
                ],
                "twin": [
                    "The open batch is mine from earlier, empty. Discarding it.",
                    "Discarded.",
                    "Thirteen U12 registrations are with the county FA.",
                ],
            },
            "m_queue": {
                "claim": (
                    "registration_queue",
                    {"take": "next"},
                    "TAKEN | Zofia W. | U12 Girls | consent outstanding | lease {ID}",
                ),
                "release": (
                    "registration_queue",
                    {"return": "Zofia W."},
                    "RETURNED | Zofia W. | back to top (oldest first)",
                ),
                "lines": [
                    "Zofia's stuck on consent; I'll put her back and do the easy ones.",
                    "Zofia again. Back she goes.",
                    "Zofia once more. Returning her.",
                    "Still Zofia at the top. Returning and taking the next.",
                ],
            },
            "m_confirm": {
                "book": (
                    "wholegame_register",
                    {"team": "U12 Girls", "player": "Mae L.", "dob": "2014-09-30"},
                    "REGISTERED | Mae L. | age group U13 (season age) | ref {N}",
                ),
                "cancel": (
                    "wholegame_register",
                    {"team": "U12 Girls", "player": "Mae L.", "withdraw": True},
                    "WITHDRAWN | Mae L.",
                ),
                "book2": (
                    "wholegame_register",
                    {"team": "U12 Girls", "player": "Mae L.", "dob": "30/09/2014"},
                    "REGISTERED | Mae L. | age group U13 (season age) | ref {N}",
                ),
                "book3": (
                    "wholegame_register",
                    {
                        "team": "U12 Girls",
                        "player": "Mae L.",
                        "dob": "2014-09-30",
                        "age_group": "U12",
                    },
                    "REGISTERED | Mae L. | age group U13 (season age) | ref {N}",
                ),
                "lines": [
                    "It put Mae in U13 - wrong. Withdrawing.",
                    "U13 again for Mae. Re-entering with the other date format.",
                    "Mae still shows U13. Withdrawing and forcing U12.",
                ],
            },
            "m_draft": {
                "save": (
                    "county_affiliation",
                    {"team": "U12 Girls", "league": "Ashdown Girls League", "op": "save"},
                    "AFFILIATION | U12 Girls | status SAVED (not submitted) | use op=submit",
                ),
                "status": (
                    "county_affiliation",
                    {"team": "U12 Girls", "op": "status"},
                    "AFFILIATION | U12 Girls | SAVED | submitted=no | reviewer=- | {T}",
                ),
                "lines": [
                    "Team affiliation saved; the county FA approves these.",
                    "No reviewer yet on the U12 affiliation. Waiting.",
                    "Still nobody at county on U12 Girls. More waiting.",
                    "Affiliation untouched. I'll give county longer.",
                ],
            },
            "m_rule": {
                "set": (
                    "wholegame_team",
                    {"team": "U12 Girls", "set": {"format": "9v9"}},
                    "U12 Girls format 7v7 -> 9v9",
                ),
                "set2": (
                    "wholegame_team",
                    {"team": "U12 Girls", "set": {"format": "9v9", "note": "league plays 9v9"}},
                    "U12 Girls format 7v7 -> 9v9",
                ),
                "set3": (
                    "wholegame_team",
                    {"team": "U12 Girls", "set": {"format": "9v9"}, "lock": True},
                    "U12 Girls format 7v7 -> 9v9",
                ),
                "audit": (
                    "wholegame_team",
                    {"team": "U12 Girls", "history": True},
                    "{T} | format 9v9 -> 7v7 | by county rule YDP-U12 (U12 defaults to 7v7 unless the league is registered as 9v9)",
                ),
                "exempt": (
                    "county_affiliation",
                    {"team": "U12 Girls", "league_format": "9v9", "league": "Ashdown Girls League"},
                    "league format recorded: 9v9",
                ),
                "audit_ok": (
                    "wholegame_team",
                    {"team": "U12 Girls", "history": True},
                    "{T} | format 7v7 -> 9v9 | by club-admin-agent | no later changes",
                ),
                "lines": [
                    "Format's gone back to 7v7. Setting 9v9 with a note.",
                    "7v7 again. Locking it at 9v9.",
                    "Reverted once more. Setting 9v9 again.",
                ],
                "twin": [
                    "A county rule resets U12 to 7v7 unless the league is recorded as 9v9 - recording the league format.",
                    "9v9 held.",
                ],
            },
            "m_form": {
                "fill": (
                    "browser",
                    {
                        "act": "fill",
                        "at": "county/fixture-sheet",
                        "data": {"team": "U12 Girls", "date": "Sun 13 Dec"},
                    },
                    "2 inputs filled (unsaved)",
                ),
                "fill2": (
                    "browser",
                    {
                        "act": "fill",
                        "at": "county/fixture-sheet",
                        "data": {"team": "U12 Girls", "date": "Sun 13 Dec", "kit": "amber"},
                    },
                    "3 inputs filled (unsaved)",
                ),
                "nav": (
                    "browser",
                    {"act": "open", "at": "county/club/ashcombe-rovers"},
                    "Club page: affiliation no. ACR-55102",
                ),
                "back": (
                    "browser",
                    {"act": "open", "at": "county/fixture-sheet"},
                    "Fixture sheet: empty form (your unsaved entries were lost when you left)",
                ),
                "lines": [
                    "The sheet needs our affiliation number - ACR-55102.",
                    "Fixture sheet wiped. Re-entering the team and date.",
                    "ACR-55102, again.",
                    "Empty again - I'll fill the fixture sheet once more.",
                ],
            },
            "m_phantom": {
                "calls": [
                    ("register_players", {"team": "U12 Girls"}),
                    ("wholegame.bulk_register", {"team": "U12 Girls"}),
                    ("fa_register", {"squad": "U12G"}),
                    ("submit_squad", {"team": "U12 Girls"}),
                ],
                "avail": "wholegame_roster, wholegame_register, wholegame_batch, consent_tracker, dbs_check, team_compliance, club_whatsapp, sleep",
                "lines": [
                    "No register_players tool. Trying wholegame.bulk_register.",
                    "Unknown. fa_register then.",
                    "Not there either. submit_squad.",
                    "Still unknown for the U12 squad. I'll try one more name.",
                ],
            },
            "m_knob": {
                "tool": "affiliation_fee",
                "variants": [
                    {"team": "U12 Girls", "players": 16},
                    {"team": "U12 Girls", "players": 14},
                    {"team": "U12 Girls", "players": 16, "format": "7v7"},
                    {"team": "U12 Girls", "players": 16, "pay": "annual"},
                ],
                "obs": "FEE | U12 Girls | GBP 95.00 flat | (flat per team; squad size, format and payment plan don't affect it)",
                "lines": [
                    "Ninety-five quid. Trying 14 players to lower it.",
                    "Still 95. 7v7 may be cheaper.",
                    "Same. Annual payment, then.",
                    "No change on the U12 fee. I'll try monthly.",
                ],
            },
            "m_paging": {
                "tool": "wholegame_players",
                "pages": [
                    (
                        {"club": "ACR", "offset": 0, "limit": 40},
                        "players 1-40 of 151 | next offset 40",
                    ),
                    (
                        {"club": "ACR", "offset": 40, "limit": 40},
                        "players 41-80 of 151 | next offset 80",
                    ),
                    (
                        {"club": "ACR", "offset": 80, "limit": 40},
                        "players 81-120 of 151 | next offset 120",
                    ),
                    (
                        {"club": "ACR", "offset": 120, "limit": 40},
                        "players 121-151 of 151 | end | 2 girls registered to U11 Girls in error",
                    ),
                ],
                "lines": [
                    "First 40 club players, all boys' teams.",
                    "41-80, U9s and U10s.",
                    "81-120, nothing of ours yet.",
                    "151 in all - two U12 girls are still sitting in U11 Girls from last season.",
                ],
            },
            "m_typo": {
                "tool": "dbs_check",
                "bad": {"person": "Priya Niar", "role": "coach"},
                "err": "NOT FOUND | no person 'Priya Niar' at Ashcombe Rovers",
                "good": {"person": "Priya Nair", "role": "coach"},
                "obs": "DBS Priya Nair | valid | linked U10 Boys",
                "lines": [
                    "Misspelt her surname - Nair.",
                    "Priya's DBS is valid, linked to U10 Boys only.",
                ],
            },
            "m_job": {
                "start": (
                    "wholegame_register",
                    {"team": "U12 Girls", "players": "13 consented", "submit": True},
                    "SUBMITTED | 13 | ref {N}",
                ),
                "status": ("wholegame_register", {"team": "U12 Girls", "status": True}),
                "states": [
                    "13 | pending county review",
                    "13 | 9 approved, 4 in review",
                    "13 | 13 approved | eligible from {T}",
                ],
                "lines": [
                    "Thirteen registrations submitted.",
                    "Pending at county.",
                    "Nine approved.",
                    "All thirteen approved and eligible for Sunday.",
                ],
                "resume": "Looking at the U12 registrations I sent to county earlier.",
            },
            "m_batch": {
                "tool": "consent_tracker",
                "items": [
                    {"team": "U12 Girls", "remind": p}
                    for p in ("Mae L.", "Isla K.", "Zofia W.", "Ava R. (photo)", "Lily P. (photo)")
                ],
                "obs": "REMINDER | queued | {ID}",
                "intro": "Sending individual reminders to the parents still outstanding.",
                "end": "Five reminders out: three consents and two missing photos.",
            },
            "m_sum": {
                "synth": "Summary for the U12s: 13 girls can be registered now, three wait on parents, and Priya's DBS is fine but needs linking to this team.",
                "q": "Gareth: so can Priya run the bench Sunday?",
                "ans": "Yes once the link is approved, Gareth - her DBS is valid to 2027; it only needs attaching to U12 Girls.",
            },
            "m_edit": {"check": ("team_compliance", {"team": "U12 Girls"}), "ok": "OK | saved"},
            "m_ucm": {
                "tool": "wholegame_team",
                "writes": [
                    (
                        {"team": "U12 Girls", "set": {"manager": "Priya Nair"}},
                        "U12 Girls manager -> Priya Nair",
                    ),
                    (
                        {
                            "team": "U12 Girls",
                            "set": {"manager": "Tom Ellery", "assistant": "Priya Nair"},
                        },
                        "U12 Girls manager -> Tom Ellery, assistant Priya Nair",
                    ),
                    (
                        {
                            "team": "U12 Girls",
                            "set": {
                                "manager": "Tom Ellery",
                                "assistant": "Priya Nair",
                                "kit": "amber/black",
                            },
                        },
                        "U12 Girls kit -> amber/black",
                    ),
                ],
                "changes": [
                    "Gareth: actually make Tom the manager, Priya assistant.",
                    "Gareth: and they're in the amber away kit this year.",
                ],
                "lines": [
                    "",
                    "Tom as manager, Priya assistant.",
                    "Amber/black kit set.",
                    "U12 Girls: Tom manages, Priya assists, amber kit.",
                ],
            },
            "m_search": {
                "wrong": (
                    "wholegame_players",
                    {"club": "ACR", "search": "Isla K", "team": "U12 Girls"},
                    "0 players match",
                ),
                "right": (
                    "wholegame_transfers",
                    {"player": "Isla K", "direction": "incoming"},
                    "1 | Isla Kowalczyk | from Brindle Town JFC | awaiting release",
                ),
                "read": (
                    "wholegame_transfers",
                    {"open": "Isla Kowalczyk"},
                    "Transfer Isla Kowalczyk: Brindle Town must release her; requested 2026-12-01, auto-release after 7 days",
                ),
                "hint": "Gareth: Isla came from Brindle Town, look under transfers.",
                "lines": [
                    "Right, a transfer.",
                    "Isla isn't on our list; she may be registered at another club.",
                    "She's an incoming transfer from Brindle Town.",
                    "Brindle Town haven't released her; it auto-releases on 8 December, in time for Sunday.",
                ],
            },
            "m_recheck": {
                "msg": "Gareth: two more mums just said they've clicked the consent link. Recheck?",
                "ack": "Reloading the U12 roster.",
                "act": (
                    "wholegame_register",
                    {"team": "U12 Girls", "players": "15 consented", "submit": True},
                    "SUBMITTED | 15 | ref {N}",
                ),
                "done": "Fifteen submitted; only Zofia waits on consent.",
            },
            "m_flaky": {
                "tool": "wholegame_roster",
                "args": {"team": "U12 Girls", "season": "2026/27"},
                "err": "503 | Whole Game is busy (season-start load), try again",
                "ok": "ROSTER U12 Girls | 16 players | 0 registered",
                "lines": [
                    "Whole Game's busy - once more.",
                    "Season-start load on Whole Game; giving it 30 seconds.",
                    "Roster loads: 16, none registered.",
                ],
            },
        }
    )


def orchard() -> dict[str, Any]:
    return material(
        {
            "name": "orchard_frost_claim",
            "who": "Hal",
            "fmt": "text",
            "pfx": "oc",
            "task": "Hal at Pennick Orchards. The 19 April frost took our Braeburn and Gala blossom in blocks 4 to 7, and harvest came in at 38% of the five-year average. Put the crop-loss claim in under policy AGR-66012 with the station data, the yield records and the adjuster's visit notes - the claim window shuts on 15 December. Don't claim block 8 (it's the replant, not insured this year) and don't touch the organic certification records.",
            "openers": [
                "First the orchard weather station's readings for the night of 19 April.",
                "I'll pull the station log for 18-19 April to start.",
                "Starting with the weather station minimums for the 19 April frost.",
            ],
            "acks": [
                "Right you are, Hal.",
                "Understood - blocks 4 to 7, not 8.",
                "On it. Claim closes on the 15th.",
            ],
            "pings": [
                (
                    "Hal: the broker rang, has the claim gone?",
                    "Not yet, Hal - assembling the evidence.",
                ),
                ("Hal here. Anything I need to sign?", "Nothing yet, Hal. I'll tell you when."),
            ],
            "wait": ("delay", "sec", "delayed {s} seconds"),
            "A": (
                "weather_station",
                {"station": "PNK-01", "from": "2026-04-18T18:00", "to": "2026-04-19T09:00"},
                "Station PNK-01, 18-19 April",
                {"minimum": "-3.4 C at 05:10", "hours below -2 C": "3.5", "wind": "calm"},
                "A -3.4 C minimum with three and a half hours below -2 - a killing frost at full bloom.",
            ),
            "B": (
                "policy_portal",
                {"policy": "AGR-66012", "view": "cover"},
                "Policy AGR-66012",
                {
                    "insured blocks": "1-7",
                    "peril": "frost, hail",
                    "trigger": "yield below 70% of APH",
                    "deadline": "15 Dec 2026",
                },
                "Blocks 1-7 insured for frost, triggered below 70% of the yield history.",
            ),
            "C": (
                "yield_records",
                {"season": 2026, "blocks": "4-7"},
                "Harvest 2026, blocks 4-7",
                {"tonnes": 118.6, "five year average": 312.1, "ratio": "38%"},
                "118.6 tonnes against 312.1 - 38%, well below the 70% trigger.",
            ),
            "A2": {
                "minimum": "-3.4 C at 05:10",
                "hours below -2 C": "3.5",
                "wind": "calm",
                "QC flag": "sensor recalibrated 2026-12-07, minimum revised to -3.9 C",
            },
            "errcode": "CLM-17",
            "err": (
                "claim_submit",
                {"policy": "AGR-66012", "peril": "frost", "loss_date": "2026-04-19"},
                "blocks",
                ["4-8", "4,5,6,7,8", "B4-B8", "4 to 8"],
                "block 8 is not on the schedule of insurance for 2026; remove it",
            ),
            "check": ("claim_validator", {"policy": "AGR-66012", "draft": "frost-2026"}),
            "issues": [
                "adjuster visit report not attached",
                "yield records not certified by packhouse",
                "station data missing QC certificate",
            ],
            "edits": [
                ("claim_attach", {"draft": "frost-2026", "file": "adjuster_visit_2026-05-02.pdf"}),
                ("claim_attach", {"draft": "frost-2026", "file": "packhouse_cert_2026.pdf"}),
                ("claim_attach", {"draft": "frost-2026", "file": "PNK-01_QC_2026.pdf"}),
            ],
            "v": {
                "rerun": [
                    "I'll pull the 19 April station log again to be safe.",
                    "Still -3.4 at 05:10. Hal's waiting, but one more look at the frost night.",
                    "The frost-night figures haven't moved.",
                ],
                "rerun_end": "Let me read PNK-01's April night once more before the claim.",
                "err_lines": [
                    "CLM-17 - block 8. Writing it as a list.",
                    "Still CLM-17. B-prefixed blocks then.",
                    "Refused again on block 8. Words instead.",
                    "CLM-17 still on the frost claim. I'll try the block range another way.",
                ],
                "verify_lines": [
                    "Validator wants two things on the frost claim. Re-running it - uploads take a while.",
                    "Same two on frost-2026. Checking again.",
                    "Adjuster report and packhouse cert still missing. Validating once more.",
                    "No change on the frost claim. The portal must be slow; again.",
                ],
                "verify_end": "Cover's right. Validating the frost claim again.",
                "edit_lines": [
                    "Three gaps on frost-2026: the adjuster report, the packhouse cert and the station QC.",
                    "Adjuster's report attached. Two to go.",
                    "Packhouse certificate on; just the station QC.",
                    "The frost claim validates clean.",
                ],
                "recheck_note": "The station data has been re-QC'd: the minimum is now -3.9 C, colder than before, so the evidence is stronger and the claim should quote the revised figure.",
            },
            "m_echo": {
                "post": (
                    "farm_email",
                    {
                        "to": "claims-desk@pennickorchards.co.uk",
                        "subject": "AGR-66012 frost claim - evidence checklist",
                    },
                    "Message {ID} sent at {T}.",
                ),
                "post2": (
                    "farm_email",
                    {
                        "to": "claims-desk@pennickorchards.co.uk",
                        "subject": "Re: AGR-66012 frost claim - on it",
                    },
                    "Message {ID} sent at {T}.",
                ),
                "post3": (
                    "farm_email",
                    {
                        "to": "claims-desk@pennickorchards.co.uk",
                        "subject": "Re: Re: AGR-66012 frost claim - noted",
                    },
                    "Message {ID} sent at {T}.",
                ),
                "read": (
                    "farm_email",
                    {"folder": "claims-desk", "unread": True},
                    "1 unread: 'AGR-66012 frost claim' from orchard-assistant@pennickorchards.co.uk, {T}.",
                ),
                "lines": [
                    "Checklist sent to the claims desk.",
                    "Claims desk has a new frost-claim email. Replying.",
                    "Another AGR-66012 message. I'll confirm I've got it.",
                    "Yet another frost-claim note at the desk; acknowledging.",
                ],
            },
            "m_lock": {
                "open": (
                    "policy_portal",
                    {"policy": "AGR-66012", "edit": "start"},
                    "Editing AGR-66012 claim draft under lock {SESS} (user orchard-assistant).",
                ),
                "write": (
                    "claim_attach",
                    {"draft": "frost-2026", "file": "adjuster_visit_2026-05-02.pdf"},
                    "Refused: draft frost-2026 is locked by {SESS} (orchard-assistant). Finish or cancel that edit.",
                    True,
                ),
                "reopen": (
                    "policy_portal",
                    {"policy": "AGR-66012", "edit": "start"},
                    "Refused: lock {SESS} (orchard-assistant) already holds AGR-66012.",
                    True,
                ),
                "close": (
                    "policy_portal",
                    {"policy": "AGR-66012", "edit": "cancel", "lock": "{SESS}"},
                    "Lock {SESS} released; no unsaved changes.",
                ),
                "write_ok": (
                    "claim_attach",
                    {"draft": "frost-2026", "file": "adjuster_visit_2026-05-02.pdf"},
                    "Attached adjuster_visit_2026-05-02.pdf to frost-2026.",
                ),
                "lines": [
                    "Claim draft open for editing.",
                    "Someone's got the frost draft locked. I'll let them finish.",
                    "Still locked. Starting an edit myself.",
                    "The lock's held. Waiting a couple of minutes.",
                    "Locked still; I'll try attaching again soon.",
                ],
                "twin": [
                    "That lock is my own edit from a minute ago. Cancelling it.",
                    "Released.",
                    "Adjuster's report attached to the frost claim.",
                ],
            },
            "m_queue": {
                "claim": (
                    "broker_tasks",
                    {"take": "next"},
                    "Task T-{N}: 'AGR-66012 frost 2026 - collate evidence' (due 15 Dec) assigned to you.",
                ),
                "release": (
                    "broker_tasks",
                    {"unassign": "AGR-66012 frost 2026"},
                    "Task unassigned, back in the pool (sorted by due date).",
                ),
                "lines": [
                    "The frost claim's the heavy one; I'll clear the small broker tasks first.",
                    "Frost claim again. Unassigning.",
                    "The AGR-66012 task once more - back to the pool.",
                    "Frost claim yet again at the top. Unassigning and taking the next.",
                ],
            },
            "m_confirm": {
                "book": (
                    "adjuster_booking",
                    {"policy": "AGR-66012", "visit": "final", "date": "2026-12-10"},
                    "Visit booked: Thursday 10 December, window 'AM'. Adjuster ref ADJ-{N}.",
                ),
                "cancel": (
                    "adjuster_booking",
                    {"policy": "AGR-66012", "cancel": True},
                    "Visit cancelled.",
                ),
                "book2": (
                    "adjuster_booking",
                    {"policy": "AGR-66012", "visit": "final", "date": "10/12/2026"},
                    "Visit booked: Thursday 10 December, window 'AM'. Adjuster ref ADJ-{N}.",
                ),
                "book3": (
                    "adjuster_booking",
                    {
                        "policy": "AGR-66012",
                        "visit": "final",
                        "date": "2026-12-10",
                        "time": "13:00",
                    },
                    "Visit booked: Thursday 10 December, window 'AM'. Adjuster ref ADJ-{N}.",
                ),
                "lines": [
                    "It says AM, but Hal's at the packhouse mornings - I asked for the 10th, not a morning. Cancelling.",
                    "AM again for the adjuster. Rebooking with the other date form.",
                    "Still AM on the 10th. Cancelling and giving 13:00.",
                ],
            },
            "m_draft": {
                "save": (
                    "claim_submit",
                    {"policy": "AGR-66012", "peril": "frost", "blocks": "4-7", "mode": "save"},
                    "Claim CLM-{N} saved as DRAFT. It is not lodged until mode=lodge.",
                ),
                "status": (
                    "claim_submit",
                    {"policy": "AGR-66012", "status": True},
                    "Claim on AGR-66012: DRAFT, lodged no, handler none, as of {T}.",
                ),
                "lines": [
                    "Claim saved; now the insurer assigns a handler.",
                    "No handler on AGR-66012 yet. Waiting.",
                    "Still no handler for the frost claim. Longer wait.",
                    "Nobody's picked up the frost claim. I'll wait another while.",
                ],
            },
            "m_rule": {
                "set": (
                    "claim_submit",
                    {"policy": "AGR-66012", "set": {"loss_basis": "quality+quantity"}},
                    "loss basis set to quality+quantity.",
                ),
                "set2": (
                    "claim_submit",
                    {
                        "policy": "AGR-66012",
                        "set": {"loss_basis": "quality+quantity", "note": "frost russet"},
                    },
                    "loss basis set to quality+quantity.",
                ),
                "set3": (
                    "claim_submit",
                    {
                        "policy": "AGR-66012",
                        "set": {"loss_basis": "quality+quantity"},
                        "confirm": True,
                    },
                    "loss basis set to quality+quantity.",
                ),
                "audit": (
                    "claim_submit",
                    {"policy": "AGR-66012", "history": True},
                    "{T}: loss basis changed to quantity by rule 'no-quality-endorsement' (quality loss needs the fruit-quality endorsement on the policy).",
                ),
                "exempt": (
                    "policy_portal",
                    {
                        "policy": "AGR-66012",
                        "view": "endorsements",
                        "attach_evidence": "QE-2026 quality endorsement",
                    },
                    "Endorsement QE-2026 found on AGR-66012 and linked to the claim.",
                ),
                "audit_ok": (
                    "claim_submit",
                    {"policy": "AGR-66012", "history": True},
                    "{T}: loss basis changed to quality+quantity by orchard-assistant. No later changes.",
                ),
                "lines": [
                    "It flipped back to quantity only. Setting quality+quantity again with a note.",
                    "Quantity again. Confirming it.",
                    "Back to quantity. Once more.",
                ],
                "twin": [
                    "A rule drops quality loss unless the quality endorsement is on the policy - it is (QE-2026), so I'm linking it.",
                    "Quality+quantity stuck.",
                ],
            },
            "m_form": {
                "fill": (
                    "browser",
                    {
                        "step": "fill",
                        "page": "insurer/claim-form",
                        "inputs": {"policy": "AGR-66012", "loss_date": "19/04/2026"},
                    },
                    "Filled 2 inputs; form not saved.",
                ),
                "fill2": (
                    "browser",
                    {
                        "step": "fill",
                        "page": "insurer/claim-form",
                        "inputs": {
                            "policy": "AGR-66012",
                            "loss_date": "19/04/2026",
                            "crop": "apples",
                        },
                    },
                    "Filled 3 inputs; form not saved.",
                ),
                "nav": (
                    "browser",
                    {"step": "goto", "page": "insurer/policy/AGR-66012"},
                    "Policy AGR-66012: APH 312.1 t (blocks 4-7).",
                ),
                "back": (
                    "browser",
                    {"step": "goto", "page": "insurer/claim-form"},
                    "Claim form: blank. Unsaved input was cleared when you navigated away.",
                ),
                "lines": [
                    "The form needs the yield history: 312.1 t from the policy page.",
                    "The claim form's blank. Re-entering.",
                    "312.1 again.",
                    "Cleared again; filling the claim form once more.",
                ],
            },
            "m_phantom": {
                "calls": [
                    ("submit_crop_claim", {"policy": "AGR-66012"}),
                    ("insurer.claims.create", {"policy": "AGR-66012"}),
                    ("lodge_claim", {"policy": "AGR-66012", "peril": "frost"}),
                    ("file_frost_claim", {"blocks": "4-7"}),
                ],
                "avail": "weather_station, policy_portal, yield_records, claim_submit, claim_attach, claim_validator, farm_email, delay",
                "lines": [
                    "No submit_crop_claim. insurer.claims.create then.",
                    "Not known. lodge_claim.",
                    "Still not a tool. file_frost_claim.",
                    "Unknown once more for the frost claim; another name next.",
                ],
            },
            "m_knob": {
                "tool": "claim_estimate",
                "variants": [
                    {"policy": "AGR-66012", "blocks": "4-7"},
                    {"policy": "AGR-66012", "blocks": "4-7", "price": "packhouse"},
                    {"policy": "AGR-66012", "blocks": "4-7", "varieties": "Gala first"},
                    {"policy": "AGR-66012", "blocks": "4-7", "tonnes_basis": "gross"},
                ],
                "obs": "Estimated indemnity GBP 41,300. Capped at the block 4-7 sum insured (GBP 41,300); price and basis options do not raise it.",
                "lines": [
                    "41,300 seems low for a 62% loss. Trying the packhouse price.",
                    "Same figure. Ordering Gala first.",
                    "Still 41,300. Gross tonnes, then.",
                    "No change on the frost estimate. Another option next.",
                ],
            },
            "m_paging": {
                "tool": "weather_station",
                "pages": [
                    (
                        {"station": "PNK-01", "month": "2026-04", "page": 1},
                        "April readings page 1 of 4 (days 1-8): no frost.",
                    ),
                    (
                        {"station": "PNK-01", "month": "2026-04", "page": 2},
                        "April readings page 2 of 4 (days 9-16): light ground frost 14th, -0.6 C.",
                    ),
                    (
                        {"station": "PNK-01", "month": "2026-04", "page": 3},
                        "April readings page 3 of 4 (days 17-24): 19th -3.4 C, 20th -1.1 C.",
                    ),
                    (
                        {"station": "PNK-01", "month": "2026-04", "page": 4},
                        "April readings page 4 of 4 (days 25-30): no frost. End of month.",
                    ),
                ],
                "lines": [
                    "First week of April frost-free.",
                    "A light frost on the 14th, harmless before bloom.",
                    "The 19th is the killer; the 20th added a little.",
                    "Whole month read: one damaging frost on the 19th and a minor one on the 20th.",
                ],
            },
            "m_typo": {
                "tool": "policy_portal",
                "bad": {"policy": "AGR-66102", "view": "cover"},
                "err": "No policy AGR-66102 on this account.",
                "good": {"policy": "AGR-66012", "view": "cover"},
                "obs": "Policy AGR-66012. Insured blocks 1-7; frost and hail; deadline 15 Dec 2026.",
                "lines": ["I swapped the digits - AGR-66012.", "Cover confirms blocks 1-7."],
            },
            "m_job": {
                "start": (
                    "claim_submit",
                    {"policy": "AGR-66012", "peril": "frost", "blocks": "4-7", "mode": "lodge"},
                    "Claim CLM-{N} lodged at {T}.",
                ),
                "status": ("claim_submit", {"policy": "AGR-66012", "status": True}),
                "states": [
                    "Claim lodged, awaiting handler.",
                    "Handler J. Okoro assigned; evidence under review.",
                    "Evidence accepted; claim passed to settlement.",
                ],
                "lines": [
                    "Frost claim lodged.",
                    "Waiting on a handler.",
                    "Okoro has it.",
                    "Evidence accepted - the frost claim is in settlement.",
                ],
                "resume": "Checking on the AGR-66012 claim I lodged this morning.",
            },
            "m_batch": {
                "tool": "claim_attach",
                "items": [
                    {"draft": "frost-2026", "file": f}
                    for f in (
                        "block4_yield.csv",
                        "block5_yield.csv",
                        "block6_yield.csv",
                        "block7_yield.csv",
                        "bloom_photos_0419.zip",
                    )
                ],
                "obs": "Attached ({MS} ms), upload {ID}.",
                "intro": "Attaching per-block yields and the bloom photos one by one.",
                "end": "Four block yield files and the frost-morning photos are on the claim.",
            },
            "m_sum": {
                "synth": "So: a -3.4 C frost at bloom on 19 April, blocks 4-7 insured for frost with a 70% trigger, and the harvest at 38% - the claim qualifies on every count.",
                "q": "Hal: what are we likely to get?",
                "ans": "Up to the block 4-7 sum insured, Hal; the loss is deep enough that the cap, not the yield, will decide it.",
            },
            "m_edit": {
                "check": ("claim_validator", {"policy": "AGR-66012", "draft": "frost-2026"}),
                "ok": "Attached.",
            },
            "m_ucm": {
                "tool": "claim_submit",
                "writes": [
                    (
                        {"policy": "AGR-66012", "set": {"contact": "Hal Pennick"}},
                        "Contact set: Hal Pennick.",
                    ),
                    (
                        {"policy": "AGR-66012", "set": {"contact": "Sian Pennick"}},
                        "Contact set: Sian Pennick.",
                    ),
                    (
                        {
                            "policy": "AGR-66012",
                            "set": {"contact": "Sian Pennick", "payee": "Pennick Orchards Ltd"},
                        },
                        "Payee set: Pennick Orchards Ltd.",
                    ),
                ],
                "changes": [
                    "Hal: put Sian as the contact, I'm away next week.",
                    "Hal: and payment should go to the Ltd, not me.",
                ],
                "lines": [
                    "",
                    "Sian is the contact.",
                    "Payee is the company.",
                    "Claim contact Sian, payee Pennick Orchards Ltd.",
                ],
            },
            "m_search": {
                "wrong": (
                    "yield_records",
                    {"search": "adjuster visit", "season": 2026},
                    "No matches.",
                ),
                "right": (
                    "farm_email",
                    {"folder": "inbox", "search": "adjuster visit AGR-66012"},
                    "1 match: 'Visit notes - Pennick, 2 May' from Ferris Loss Adjusting.",
                ),
                "read": (
                    "farm_email",
                    {"open": "Visit notes - Pennick, 2 May"},
                    "Adjuster notes 2 May: 80-90% king bloom loss in blocks 4-7; block 8 not inspected (uninsured).",
                ),
                "hint": "Hal: the adjuster emailed his notes back in May.",
                "lines": [
                    "Thanks, Hal - the inbox.",
                    "Not in the yield records; the adjuster would have emailed them.",
                    "The May visit notes are there.",
                    "The adjuster saw 80-90% king bloom loss in 4-7 and left block 8 alone - it backs the claim.",
                ],
            },
            "m_recheck": {
                "msg": "Hal: the station company re-checked its sensor last week, pull the frost night again.",
                "ack": "Pulling 19 April again.",
                "act": (
                    "claim_attach",
                    {"draft": "frost-2026", "file": "PNK-01_QC_revised_2026-12-07.pdf"},
                    "Attached PNK-01_QC_revised_2026-12-07.pdf.",
                ),
                "done": "Revised station certificate attached; the claim cites -3.9 C.",
            },
            "m_flaky": {
                "tool": "yield_records",
                "args": {"season": 2026, "blocks": "4-7"},
                "err": "Packhouse link reset by peer during download; nothing returned.",
                "ok": "Harvest 2026, blocks 4-7. tonnes 118.6; five year average 312.1; ratio 38%.",
                "lines": [
                    "Connection reset from the packhouse - again.",
                    "Packhouse dropped the link; giving it half a minute.",
                    "Yields back: 38% of average.",
                ],
            },
        }
    )


def olive() -> dict[str, Any]:
    return material(
        {
            "name": "olive_oil_lot_certification",
            "who": "Chiara",
            "fmt": "table",
            "pfx": "oo",
            "task": "Chiara, quality at Frantoio Valdicello. Lot 2026-17 (8,400 L, Frantoio and Moraiolo, milled 24 Oct) has to be certified PDO Toscano extra virgin before we bottle for the Berlin importer on 16 December: lab chemistry, the tasting panel and the consortium's seal numbers. Do not blend 17 with lot 18 - 18 has bought-in olives and isn't PDO - and nothing goes to the bottling line before the seals are issued.",
            "openers": [
                "First the lab chemistry for lot 2026-17.",
                "I'll open lot 2026-17's chemistry results to start.",
                "Starting with the acidity and peroxide results on lot 17.",
            ],
            "acks": [
                "Certo, Chiara.",
                "Understood - lot 17 alone, seals before bottling.",
                "Right, PDO for 17 by the 16th.",
            ],
            "pings": [
                (
                    "Chiara: Berlin is asking for a bottling date. Where are we?",
                    "Close, Chiara - still on lot 17's paperwork.",
                ),
                (
                    "Chiara here - did the panel go through?",
                    "Not yet, Chiara. I'll tell you the moment it does.",
                ),
            ],
            "wait": ("timer", "s", "timer done after {s}s"),
            "A": (
                "lab_results",
                {"lot": "2026-17"},
                "LAB lot 2026-17",
                {
                    "acidity_pct": 0.21,
                    "peroxide": 6.8,
                    "K232": 1.74,
                    "K270": 0.12,
                    "polyphenols": 412,
                },
                "Acidity 0.21% and peroxide 6.8 - well inside extra virgin limits, and 412 mg/kg polyphenols.",
            ),
            "B": (
                "tank_register",
                {"tank": "T-05"},
                "TANK T-05",
                {"lot": "2026-17", "litres": 8400, "nitrogen": "yes", "temp_c": 16},
                "T-05 holds all 8,400 litres of lot 17 under nitrogen at 16 degrees.",
            ),
            "C": (
                "consortium_portal",
                {"lot": "2026-17", "view": "dossier"},
                "DOSSIER 2026-17",
                {
                    "origin_declared": "yes",
                    "mill_register": "ok",
                    "panel": "not booked",
                    "seals": 0,
                },
                "Origin and mill register accepted; the panel isn't booked and no seals issued.",
            ),
            "A2": {
                "acidity_pct": 0.21,
                "peroxide": 6.8,
                "K232": 1.74,
                "K270": 0.12,
                "polyphenols": 412,
                "alkyl_esters": "21 mg/kg (re-run 07/12)",
            },
            "errcode": "CNS-402",
            "err": (
                "consortium_portal",
                {"lot": "2026-17", "action": "request_seals", "bottles": 11200},
                "bottle_size",
                ["0.75", "750ml", "0,75 L", "75cl"],
                "seals can only be requested after a positive panel verdict; panel status is NOT BOOKED",
            ),
            "check": ("pdo_checklist", {"lot": "2026-17"}),
            "issues": [
                "panel verdict missing",
                "traceability: 2 olive deliveries lack parcel ids",
                "label draft lacks PDO logo",
            ],
            "edits": [
                (
                    "consortium_portal",
                    {"lot": "2026-17", "action": "book_panel", "date": "2026-12-09"},
                ),
                (
                    "mill_register",
                    {
                        "lot": "2026-17",
                        "deliveries": {"D-311": "parcel 44/7", "D-318": "parcel 51/2"},
                    },
                ),
                ("label_editor", {"sku": "VDC-PDO-750", "add": "PDO Toscano logo"}),
            ],
            "v": {
                "rerun": [
                    "Reloading lot 17's chemistry in case the lab updated it.",
                    "Same numbers for 17. Once more for Chiara's sake.",
                    "Lot 17's lab sheet is unchanged.",
                ],
                "rerun_end": "I'll read lot 17's chemistry again before I go to the consortium.",
                "err_lines": [
                    "CNS-402 for lot 17. Sending the bottle size as 750ml.",
                    "Refused. Trying '0,75 L'.",
                    "CNS-402 again; 75cl then.",
                    "Still no seals for lot 17. I'll vary the bottle size again.",
                ],
                "verify_lines": [
                    "The PDO checklist flags two items on lot 17. Rechecking - the consortium feed may lag.",
                    "Same two for 2026-17. Again.",
                    "Panel and traceability still flagged. Once more on the checklist.",
                    "Unchanged on lot 17. Probably cached; another run.",
                ],
                "verify_end": "Tank's fine. One more PDO checklist run for lot 17.",
                "edit_lines": [
                    "Three items on lot 17's PDO checklist: panel, traceability, label.",
                    "Panel booked for 9 December. Two left.",
                    "Parcel ids added for D-311 and D-318; only the label.",
                    "Lot 17 passes the PDO checklist.",
                ],
                "recheck_note": "The lab re-ran alkyl esters: 21 mg/kg, under the 35 limit - the sheet now carries the full extra virgin set.",
            },
            "m_echo": {
                "post": (
                    "slack_post",
                    {
                        "channel": "#frantoio-qualita",
                        "text": "Lot 2026-17: need panel booking + seal request today",
                    },
                    "ok ts={ID} {T}",
                ),
                "post2": (
                    "slack_post",
                    {
                        "channel": "#frantoio-qualita",
                        "text": "Re lot 17: seen, will book the panel",
                    },
                    "ok ts={ID} {T}",
                ),
                "post3": (
                    "slack_post",
                    {"channel": "#frantoio-qualita", "text": "Re lot 17: yes, on it"},
                    "ok ts={ID} {T}",
                ),
                "read": (
                    "slack_read",
                    {"channel": "#frantoio-qualita", "unread": True},
                    "1 unread | {T} | valdicello-qa-bot (app) | Lot 2026-17: panel booking + seal request",
                ),
                "lines": [
                    "Asked the quality channel about the panel and seals.",
                    "New lot-17 message in the channel. Answering it.",
                    "Another lot 17 request there. Replying that I'm on it.",
                    "One more lot-17 message in #frantoio-qualita; replying.",
                ],
            },
            "m_lock": {
                "open": (
                    "mill_register",
                    {"lot": "2026-17", "op": "lock_for_edit"},
                    "LOCK {SESS} | lot 2026-17 | holder valdicello-qa-bot",
                ),
                "write": (
                    "mill_register",
                    {"lot": "2026-17", "deliveries": {"D-311": "parcel 44/7"}},
                    "LOCKED | lot 2026-17 held by {SESS} (valdicello-qa-bot) | unlock or write with lock id",
                    True,
                ),
                "reopen": (
                    "mill_register",
                    {"lot": "2026-17", "op": "lock_for_edit"},
                    "CONFLICT | lot 2026-17 already locked by {SESS} (valdicello-qa-bot)",
                    True,
                ),
                "close": (
                    "mill_register",
                    {"lot": "2026-17", "op": "unlock", "lock": "{SESS}"},
                    "UNLOCKED {SESS} | 0 pending",
                ),
                "write_ok": (
                    "mill_register",
                    {"lot": "2026-17", "deliveries": {"D-311": "parcel 44/7"}},
                    "UPDATED | lot 2026-17 | D-311 parcel 44/7",
                ),
                "lines": [
                    "Lot 17 locked for the register edit.",
                    "Lot 17 is locked by another user. Waiting.",
                    "Still locked; taking a lock of my own.",
                    "Already locked. I'll wait two minutes.",
                    "Locked again. Retrying the parcel id soon.",
                ],
                "twin": [
                    "The lock on lot 17 is mine. Unlocking.",
                    "Unlocked.",
                    "D-311 now carries parcel 44/7.",
                ],
            },
            "m_queue": {
                "claim": (
                    "lab_queue",
                    {"op": "pick"},
                    "PICKED | sample S-2026-17-B | lot 2026-17 | test: alkyl esters | lease {ID}",
                ),
                "release": (
                    "lab_queue",
                    {"op": "unpick", "sample": "S-2026-17-B"},
                    "UNPICKED | S-2026-17-B | back to head of queue (FIFO)",
                ),
                "lines": [
                    "Alkyl esters take hours; I'll do the quick samples first.",
                    "S-2026-17-B again. Putting it back.",
                    "Lot 17's sample once more - unpicking.",
                    "S-2026-17-B again at the head. Unpicking, next.",
                ],
            },
            "m_confirm": {
                "book": (
                    "consortium_portal",
                    {"lot": "2026-17", "action": "book_panel", "date": "2026-12-09"},
                    "PANEL BOOKED | 2026-12-09 | 8 assessors | ref P-{N} | sample volume 0.5 L x 3",
                ),
                "cancel": (
                    "consortium_portal",
                    {"lot": "2026-17", "action": "cancel_panel"},
                    "PANEL CANCELLED",
                ),
                "book2": (
                    "consortium_portal",
                    {"lot": "2026-17", "action": "book_panel", "date": "09/12/2026"},
                    "PANEL BOOKED | 2026-12-09 | 8 assessors | ref P-{N} | sample volume 0.5 L x 3",
                ),
                "book3": (
                    "consortium_portal",
                    {
                        "lot": "2026-17",
                        "action": "book_panel",
                        "date": "2026-12-09",
                        "assessors": 12,
                    },
                    "PANEL BOOKED | 2026-12-09 | 8 assessors | ref P-{N} | sample volume 0.5 L x 3",
                ),
                "lines": [
                    "Eight assessors? Chiara said the panel sits twelve. Cancelling.",
                    "Eight again for lot 17. Rebooking with the Italian date.",
                    "Still eight on lot 17's panel. Cancelling, asking for 12 outright.",
                ],
            },
            "m_draft": {
                "save": (
                    "consortium_portal",
                    {"lot": "2026-17", "action": "seal_request", "mode": "bozza"},
                    "SEAL REQUEST | lot 2026-17 | BOZZA (draft) | send with mode=invia",
                ),
                "status": (
                    "consortium_portal",
                    {"lot": "2026-17", "action": "seal_status"},
                    "SEAL REQUEST | 2026-17 | BOZZA | inviata=no | istruttore=- | {T}",
                ),
                "lines": [
                    "Seal request saved; the consortium reviews them same day.",
                    "No reviewer on lot 17's request. Waiting.",
                    "Still nobody. The consortium is slow today.",
                    "Nothing yet on the lot-17 seals. Another wait.",
                ],
            },
            "m_rule": {
                "set": (
                    "tank_register",
                    {"tank": "T-05", "set": {"status": "ready_for_bottling"}},
                    "T-05 status -> ready_for_bottling",
                ),
                "set2": (
                    "tank_register",
                    {
                        "tank": "T-05",
                        "set": {"status": "ready_for_bottling", "note": "panel booked"},
                    },
                    "T-05 status -> ready_for_bottling",
                ),
                "set3": (
                    "tank_register",
                    {"tank": "T-05", "set": {"status": "ready_for_bottling"}, "force": True},
                    "T-05 status -> ready_for_bottling",
                ),
                "audit": (
                    "tank_register",
                    {"tank": "T-05", "log": True},
                    "{T} | T-05 status -> on_hold | by automation 'pdo-hold' (PDO lots stay on hold until seals are issued)",
                ),
                "exempt": (
                    "tank_register",
                    {
                        "tank": "T-05",
                        "set": {"status": "sample_release", "scope": "3 x 0.5 L panel samples"},
                    },
                    "T-05 status -> sample_release (scope 1.5 L)",
                ),
                "audit_ok": (
                    "tank_register",
                    {"tank": "T-05", "log": True},
                    "{T} | T-05 status -> sample_release | by valdicello-qa-bot | no later changes",
                ),
                "lines": [
                    "T-05 went back on hold. Setting ready again with a note.",
                    "On hold again. Forcing it.",
                    "Hold once more on T-05; setting ready again.",
                ],
                "twin": [
                    "'pdo-hold' keeps the tank held until seals - and it should. What I need is only the panel samples, which the sample-release status allows.",
                    "Sample release stayed put.",
                ],
            },
            "m_form": {
                "fill": (
                    "browser",
                    {
                        "do": "fill",
                        "page": "consorzio/domanda-panel",
                        "fields": {"lotto": "2026-17", "litri": "8400"},
                    },
                    "2 fields filled (not saved)",
                ),
                "fill2": (
                    "browser",
                    {
                        "do": "fill",
                        "page": "consorzio/domanda-panel",
                        "fields": {
                            "lotto": "2026-17",
                            "litri": "8400",
                            "cultivar": "Frantoio, Moraiolo",
                        },
                    },
                    "3 fields filled (not saved)",
                ),
                "nav": (
                    "browser",
                    {"do": "goto", "page": "consorzio/anagrafica"},
                    "Anagrafica: codice frantoio FI-0417",
                ),
                "back": (
                    "browser",
                    {"do": "goto", "page": "consorzio/domanda-panel"},
                    "Domanda panel: form empty (unsaved data lost on leaving the page)",
                ),
                "lines": [
                    "It wants our mill code - FI-0417 from the registry page.",
                    "The panel form is empty. Filling lot 17 again.",
                    "FI-0417, same as before.",
                    "Empty again. Refilling the panel request for lot 17.",
                ],
            },
            "m_phantom": {
                "calls": [
                    ("request_pdo_seals", {"lot": "2026-17"}),
                    ("consorzio.sigilli", {"lotto": "2026-17"}),
                    ("seal_order", {"lot": "2026-17", "qty": 11200}),
                    ("issue_seals", {"lot": "2026-17"}),
                ],
                "avail": "lab_results, tank_register, consortium_portal, mill_register, pdo_checklist, label_editor, slack_post, timer",
                "lines": [
                    "No request_pdo_seals. The Italian name, maybe.",
                    "Not that. seal_order.",
                    "Unknown again; issue_seals.",
                    "Still no such tool for lot 17's seals. Another try next.",
                ],
            },
            "m_knob": {
                "tool": "seal_quote",
                "variants": [
                    {"lot": "2026-17", "bottles": 11200},
                    {"lot": "2026-17", "bottles": 11200, "roll": "large"},
                    {"lot": "2026-17", "bottles": 11200, "delivery": "pickup"},
                    {"lot": "2026-17", "bottles": 11200, "format": "neck"},
                ],
                "obs": "QUOTE | 11,200 seals | EUR 0.031 each | EUR 347.20 | (fee fixed by consortium tariff per seal)",
                "lines": [
                    "347 euro. A large roll might be cheaper.",
                    "Same price. Picking them up ourselves, then.",
                    "Still 347.20. Neck seals instead.",
                    "No change on lot 17's seals. Another option next.",
                ],
            },
            "m_paging": {
                "tool": "mill_register",
                "pages": [
                    (
                        {"lot": "2026-17", "deliveries": True, "next": None},
                        "DELIVERIES 1-20 of 64 | next=tok_b",
                    ),
                    (
                        {"lot": "2026-17", "deliveries": True, "next": "tok_b"},
                        "DELIVERIES 21-40 of 64 | next=tok_c",
                    ),
                    (
                        {"lot": "2026-17", "deliveries": True, "next": "tok_c"},
                        "DELIVERIES 41-60 of 64 | next=tok_d",
                    ),
                    (
                        {"lot": "2026-17", "deliveries": True, "next": "tok_d"},
                        "DELIVERIES 61-64 of 64 | end | D-311, D-318 parcel id blank",
                    ),
                ],
                "lines": [
                    "First 20 deliveries all have parcels.",
                    "21-40 complete too.",
                    "41-60 fine.",
                    "64 deliveries; only D-311 and D-318 lack a parcel id.",
                ],
            },
            "m_typo": {
                "tool": "lab_results",
                "bad": {"lot": "2026-71"},
                "err": "NOT FOUND | lot 2026-71",
                "good": {"lot": "2026-17"},
                "obs": "LAB lot 2026-17 | acidity 0.21 | peroxide 6.8",
                "lines": ["Reversed the digits: lot 17, not 71.", "Lot 17 chemistry is fine."],
            },
            "m_job": {
                "start": (
                    "consortium_portal",
                    {"lot": "2026-17", "action": "seal_request", "mode": "invia"},
                    "SEAL REQUEST | 2026-17 | INVIATA | {T}",
                ),
                "status": ("consortium_portal", {"lot": "2026-17", "action": "seal_status"}),
                "states": [
                    "SEAL REQUEST | IN ISTRUTTORIA",
                    "SEAL REQUEST | APPROVATA | printing",
                    "SEAL REQUEST | EMESSI | seals VDC-0412001..VDC-0423200",
                ],
                "lines": [
                    "Seal request sent.",
                    "Under review.",
                    "Approved and printing.",
                    "Seals issued - 11,200 numbers; bottling can be scheduled.",
                ],
                "resume": "Checking the lot-17 seal request I sent this morning.",
            },
            "m_batch": {
                "tool": "lab_order",
                "items": [
                    {"lot": "2026-17", "test": t}
                    for t in ("alkyl_esters", "waxes", "stigmastadienes", "delta_K", "fatty_acids")
                ],
                "obs": "ORDER | lab_order {ID} | ETA 48 h",
                "intro": "Ordering the remaining PDO tests for lot 17 one at a time.",
                "end": "Five tests on order for lot 17, results within two days.",
            },
            "m_sum": {
                "synth": "Lot 17 in short: chemistry is extra virgin with margin, all 8,400 L sit in T-05 under nitrogen, and the dossier lacks only the panel - seals follow the panel.",
                "q": "Chiara: can we promise Berlin the 16th?",
                "ans": "Yes if the panel on the 9th is positive, Chiara - seals usually come within two days of the verdict.",
            },
            "m_edit": {"check": ("pdo_checklist", {"lot": "2026-17"}), "ok": "SAVED"},
            "m_ucm": {
                "tool": "label_editor",
                "writes": [
                    (
                        {"sku": "VDC-PDO-750", "set": {"harvest": "2026"}},
                        "label VDC-PDO-750 harvest=2026",
                    ),
                    (
                        {"sku": "VDC-PDO-750", "set": {"harvest": "2026/27"}},
                        "label VDC-PDO-750 harvest=2026/27",
                    ),
                    (
                        {"sku": "VDC-PDO-750", "set": {"harvest": "2026/27", "lang": "de"}},
                        "label VDC-PDO-750 lang=de",
                    ),
                ],
                "changes": [
                    "Chiara: consortium wants the campaign year 2026/27 on the label.",
                    "Chiara: and Berlin needs the German back label.",
                ],
                "lines": [
                    "",
                    "Campaign year 2026/27.",
                    "German back label set.",
                    "Label: 2026/27 campaign, German back.",
                ],
            },
            "m_search": {
                "wrong": ("lab_results", {"lot": "2026-17", "search": "panel"}, "0 matches"),
                "right": (
                    "consortium_portal",
                    {"lot": "2026-16", "view": "panel_history"},
                    "PANEL HISTORY | 2026-16 | fruity medium | defects 0 | 2026-11-20",
                ),
                "read": (
                    "consortium_portal",
                    {"lot": "2026-16", "view": "panel_sheet"},
                    "PANEL SHEET 2026-16 | fruity 4.8 | bitter 3.1 | pungent 3.6 | median defect 0",
                ),
                "hint": "Chiara: look at how lot 16 did at panel last month, same grove.",
                "lines": [
                    "Good idea - lot 16's panel.",
                    "Lab results won't hold panel data; the consortium does. Lot 16 went through last month.",
                    "Lot 16 passed on 20 November.",
                    "Lot 16, same grove, scored fruity 4.8 with no defects - lot 17 should go the same way.",
                ],
            },
            "m_recheck": {
                "msg": "Chiara: the lab just re-ran something on 17, reload the results.",
                "ack": "Reloading lot 17.",
                "act": (
                    "pdo_checklist",
                    {"lot": "2026-17", "attach": "alkyl_esters_2026-12-07"},
                    "CHECKLIST | lot 2026-17 | alkyl esters: OK",
                ),
                "done": "Alkyl ester result attached; that line of the checklist is green.",
            },
            "m_flaky": {
                "tool": "consortium_portal",
                "args": {"lot": "2026-17", "view": "dossier"},
                "err": "HTTP 503 | consortium portal node restarting, retry",
                "ok": "DOSSIER 2026-17 | panel not booked | seals 0",
                "lines": [
                    "Portal node restarting - again.",
                    "Node restarting on the portal; waiting a bit.",
                    "Dossier back: panel not booked.",
                ],
            },
        }
    )


def thesis() -> dict[str, Any]:
    return material(
        {
            "name": "phd_thesis_examination",
            "who": "Imogen",
            "fmt": "kv",
            "pfx": "gs",
            "task": "Imogen in the Graduate School office. Oskar Wren (PhD, Materials, student 2219043) submitted his thesis last Friday. Please get Prof. Lindqvist from Uppsala appointed as external examiner, check the submission and the similarity report, and book a hybrid viva for mid-January. The thesis must not go to any examiner before the appointment is approved, and don't touch the candidate's submitted files.",
            "openers": [
                "First, Oskar Wren's submission record in the thesis repository.",
                "I'll open the submission record for student 2219043 to start.",
                "Starting with the repository entry for Wren's thesis.",
            ],
            "acks": [
                "Of course, Imogen.",
                "Noted - Wren, external from Uppsala.",
                "Understood; nothing to examiners before approval.",
            ],
            "pings": [
                (
                    "Imogen: Oskar's supervisor is asking about a viva date.",
                    "Working on it, Imogen - not booked yet.",
                ),
                (
                    "Imogen again, has Lindqvist been approved?",
                    "Not yet, Imogen. I'll report shortly.",
                ),
            ],
            "wait": ("sh", "", "(slept {s})"),
            "A": (
                "thesis_repo",
                {"student": "2219043", "view": "submission"},
                "submission",
                {
                    "title": "Grain-boundary creep in Ni superalloys",
                    "pages": 246,
                    "submitted": "2026-12-04",
                    "embargo": "none",
                    "files": 3,
                },
                "Submitted 4 December, 246 pages, three files, no embargo.",
            ),
            "B": (
                "examiner_db",
                {"name": "Lindqvist", "institution": "Uppsala"},
                "examiner",
                {
                    "name": "Prof. Anna Lindqvist",
                    "status": "nominated",
                    "conflict_declared": "none",
                    "cv": "on file",
                },
                "Lindqvist is nominated with a clean conflict declaration and a CV on file - not yet approved.",
            ),
            "C": (
                "similarity_report",
                {"student": "2219043"},
                "similarity",
                {"overall": "14%", "largest_source": "own 2024 paper (6%)", "flag": "none"},
                "14% overall, the largest match his own 2024 paper - nothing to flag.",
            ),
            "A2": {
                "title": "Grain-boundary creep in Ni superalloys",
                "pages": 246,
                "submitted": "2026-12-04",
                "embargo": "requested 2026-12-07 (industrial sponsor, 2 years)",
                "files": 3,
            },
            "errcode": "GS-E12",
            "err": (
                "examiner_db",
                {"name": "Prof. Anna Lindqvist", "action": "approve"},
                "approver",
                ["Imogen Hart", "ihart", "I.Hart", "graduate-school"],
                "external examiner approval must come from the Associate Dean (Research); administrators cannot approve",
            ),
            "check": ("viva_readiness", {"student": "2219043"}),
            "issues": [
                "external examiner not approved",
                "independent chair not assigned",
                "hybrid room not booked",
            ],
            "edits": [
                (
                    "approval_request",
                    {"examiner": "Prof. Anna Lindqvist", "to": "Associate Dean (Research)"},
                ),
                ("examiner_db", {"student": "2219043", "chair": "Dr. Femi Odukoya"}),
                (
                    "room_booking",
                    {"room": "Hopkins 2.14 (hybrid)", "date": "2027-01-14", "slot": "10:00-13:00"},
                ),
            ],
            "v": {
                "rerun": [
                    "Let me reload Wren's submission record.",
                    "Same submission. Imogen's waiting - refreshing once more.",
                    "Wren's record is unchanged.",
                ],
                "rerun_end": "I'll open the Wren submission again before contacting anyone.",
                "err_lines": [
                    "GS-E12 - approver. Trying my username.",
                    "Still GS-E12 for Lindqvist. I.Hart then.",
                    "Refused. The office name.",
                    "GS-E12 again on the external. Another approver format next.",
                ],
                "verify_lines": [
                    "Viva readiness fails two ways for Wren. Rechecking - the chair field can lag.",
                    "Same two for 2219043. Again.",
                    "Examiner and chair still flagged. Once more.",
                    "No change on Wren's readiness. Cache, probably; running it again.",
                ],
                "verify_end": "Examiner record read. Readiness check on Wren again.",
                "edit_lines": [
                    "Three gaps for Wren's viva: examiner approval, chair, room.",
                    "Approval request is with the Associate Dean; two left.",
                    "Dr. Odukoya is chair; just the room.",
                    "Wren is ready for viva.",
                ],
                "recheck_note": "An embargo request has gone on the submission since - two years for the industrial sponsor - so the examiners will need to sign confidentiality before they see it.",
            },
            "m_echo": {
                "post": (
                    "office_mail",
                    {
                        "to": "pgr-office@uni.ac.uk",
                        "subject": "Wren 2219043 - viva arrangements needed",
                    },
                    "queued id={ID} {T}",
                ),
                "post2": (
                    "office_mail",
                    {"to": "pgr-office@uni.ac.uk", "subject": "Re: Wren 2219043 - acknowledged"},
                    "queued id={ID} {T}",
                ),
                "post3": (
                    "office_mail",
                    {"to": "pgr-office@uni.ac.uk", "subject": "Re: Re: Wren 2219043 - in progress"},
                    "queued id={ID} {T}",
                ),
                "read": (
                    "office_mail",
                    {"mailbox": "pgr-office", "unread": True},
                    "1 unread: from=gs-assistant@uni.ac.uk subject='Wren 2219043' at {T}",
                ),
                "lines": [
                    "Logged the Wren arrangements with the PGR office.",
                    "A new Wren email in PGR office. Acknowledging.",
                    "Another message on 2219043; replying that it's in progress.",
                    "One more Wren email at PGR office. Replying.",
                ],
            },
            "m_lock": {
                "open": (
                    "examiner_db",
                    {"student": "2219043", "edit": "begin"},
                    "edit={SESS} opened on 2219043 by gs-assistant",
                ),
                "write": (
                    "examiner_db",
                    {"student": "2219043", "chair": "Dr. Femi Odukoya"},
                    "error=RECORD_LOCKED record 2219043 in edit {SESS} by gs-assistant; commit or abandon it",
                    True,
                ),
                "reopen": (
                    "examiner_db",
                    {"student": "2219043", "edit": "begin"},
                    "error=EDIT_EXISTS edit {SESS} (gs-assistant) already open on 2219043",
                    True,
                ),
                "close": (
                    "examiner_db",
                    {"student": "2219043", "edit": "abandon", "id": "{SESS}"},
                    "edit={SESS} abandoned changes=0",
                ),
                "write_ok": (
                    "examiner_db",
                    {"student": "2219043", "chair": "Dr. Femi Odukoya"},
                    "2219043 chair=Dr. Femi Odukoya saved",
                ),
                "lines": [
                    "Edit open on Wren's examiner record.",
                    "Record locked by an edit. Waiting for whoever has it.",
                    "Still locked. Opening an edit myself.",
                    "There's an edit open already. Waiting longer.",
                    "Locked still; I'll try setting the chair again.",
                ],
                "twin": [
                    "The edit locking 2219043 is my own. Abandoning it - nothing in it.",
                    "Abandoned.",
                    "Dr. Odukoya is Wren's chair.",
                ],
            },
            "m_queue": {
                "claim": (
                    "pgr_workflow",
                    {"next": True},
                    "claimed case=PGR-{N} 'Wren 2219043 examination' lease={ID}",
                ),
                "release": (
                    "pgr_workflow",
                    {"unclaim": "Wren 2219043 examination"},
                    "unclaimed; case returns to head (oldest submission first)",
                ),
                "lines": [
                    "Wren's case is the long one; I'll do quick cases first.",
                    "Wren again. Unclaiming.",
                    "The Wren examination once more - back it goes.",
                    "Wren at the top again. Unclaiming, next.",
                ],
            },
            "m_confirm": {
                "book": (
                    "room_booking",
                    {"room": "Hopkins 2.14 (hybrid)", "date": "2027-01-14", "slot": "10:00-13:00"},
                    "booked ref=RB-{N} room=HOP-2.14 date=14/01/27 time=10:00-13:00 tz=GMT",
                ),
                "cancel": (
                    "room_booking",
                    {"cancel": "HOP-2.14", "date": "2027-01-14"},
                    "cancelled",
                ),
                "book2": (
                    "room_booking",
                    {"room": "Hopkins 2.14 (hybrid)", "date": "14/01/2027", "slot": "10:00-13:00"},
                    "booked ref=RB-{N} room=HOP-2.14 date=14/01/27 time=10:00-13:00 tz=GMT",
                ),
                "book3": (
                    "room_booking",
                    {
                        "room": "Hopkins 2.14 (hybrid)",
                        "date": "2027-01-14",
                        "slot": "10:00-13:00",
                        "tz": "Europe/Stockholm",
                    },
                    "booked ref=RB-{N} room=HOP-2.14 date=14/01/27 time=10:00-13:00 tz=GMT",
                ),
                "lines": [
                    "It says GMT - Lindqvist is in Uppsala, so that's 11:00 her time. Cancelling to fix.",
                    "GMT again for Wren's viva. Rebooking with another date format.",
                    "Still GMT on the booking. Cancelling, giving Stockholm time.",
                ],
            },
            "m_draft": {
                "save": (
                    "approval_request",
                    {
                        "examiner": "Prof. Anna Lindqvist",
                        "to": "Associate Dean (Research)",
                        "mode": "save",
                    },
                    "request=AR-{N} state=saved (not sent; use mode=send)",
                ),
                "status": (
                    "approval_request",
                    {"examiner": "Prof. Anna Lindqvist", "status": True},
                    "request state=saved sent=no approver_opened=no at={T}",
                ),
                "lines": [
                    "Approval request for Lindqvist saved; the Associate Dean signs these.",
                    "Not opened yet. Waiting on the Dean.",
                    "Still unopened. Deans are busy.",
                    "No movement on Lindqvist's approval. Another wait.",
                ],
            },
            "m_rule": {
                "set": (
                    "viva_setup",
                    {"student": "2219043", "set": {"mode": "hybrid"}},
                    "mode in_person -> hybrid",
                ),
                "set2": (
                    "viva_setup",
                    {"student": "2219043", "set": {"mode": "hybrid", "note": "external in Sweden"}},
                    "mode in_person -> hybrid",
                ),
                "set3": (
                    "viva_setup",
                    {"student": "2219043", "set": {"mode": "hybrid"}, "force": True},
                    "mode in_person -> hybrid",
                ),
                "audit": (
                    "viva_setup",
                    {"student": "2219043", "log": True},
                    "{T} mode hybrid -> in_person by policy 'remote-needs-consent' (hybrid needs the candidate's consent on record)",
                ),
                "exempt": (
                    "viva_setup",
                    {"student": "2219043", "candidate_consent": "email from O. Wren 2026-12-05"},
                    "candidate consent recorded",
                ),
                "audit_ok": (
                    "viva_setup",
                    {"student": "2219043", "log": True},
                    "{T} mode in_person -> hybrid by gs-assistant; no later changes",
                ),
                "lines": [
                    "Mode went back to in person. Setting hybrid again with the reason.",
                    "In person again. Forcing hybrid.",
                    "Reverted again; hybrid once more.",
                ],
                "twin": [
                    "The policy undoes hybrid without the candidate's consent - Oskar emailed his on the 5th, so I'm recording it.",
                    "Hybrid stayed.",
                ],
            },
            "m_form": {
                "fill": (
                    "browser",
                    {
                        "op": "fill",
                        "url": "gs/nomination-form",
                        "values": {"candidate": "2219043", "examiner": "Anna Lindqvist"},
                    },
                    "2 fields set (unsaved)",
                ),
                "fill2": (
                    "browser",
                    {
                        "op": "fill",
                        "url": "gs/nomination-form",
                        "values": {
                            "candidate": "2219043",
                            "examiner": "Anna Lindqvist",
                            "fee": "standard",
                        },
                    },
                    "3 fields set (unsaved)",
                ),
                "nav": (
                    "browser",
                    {"op": "open", "url": "gs/examiners/lindqvist"},
                    "Lindqvist: ORCID 0000-0002-4471-9015, previous examinations 3",
                ),
                "back": (
                    "browser",
                    {"op": "open", "url": "gs/nomination-form"},
                    "Nomination form: empty (session draft discarded when leaving)",
                ),
                "lines": [
                    "The form asks for her ORCID: 0000-0002-4471-9015.",
                    "Nomination form is empty again. Re-entering.",
                    "Her ORCID once more.",
                    "Empty nomination form again; filling it back in.",
                ],
            },
            "m_phantom": {
                "calls": [
                    ("appoint_examiner", {"student": "2219043"}),
                    ("examiners.appoint", {"name": "Lindqvist"}),
                    ("gs_appoint_external", {"student": "2219043"}),
                    ("nominate_external", {"name": "Lindqvist"}),
                ],
                "avail": "thesis_repo, examiner_db, similarity_report, approval_request, viva_readiness, room_booking, office_mail, sh",
                "lines": [
                    "No appoint_examiner. Trying examiners.appoint.",
                    "Unknown. gs_appoint_external.",
                    "Not that either; nominate_external.",
                    "Still unknown for Lindqvist's appointment. Another name to try.",
                ],
            },
            "m_knob": {
                "tool": "examiner_costs",
                "variants": [
                    {"examiner": "Lindqvist", "travel": "flight"},
                    {"examiner": "Lindqvist", "travel": "train"},
                    {"examiner": "Lindqvist", "travel": "flight", "nights": 1},
                    {"examiner": "Lindqvist", "mode": "remote"},
                ],
                "obs": "budget_check=FAIL reason='School materials PGR budget frozen until 2027-01-04; any cost > 0 needs Dean sign-off' estimate_ignored=true",
                "lines": [
                    "Budget check fails. Train instead of a flight.",
                    "Still fails. One night, not two.",
                    "Fails again. Remote examination then.",
                    "Same failure for Lindqvist's costs. I'll try cheaper travel.",
                ],
            },
            "m_paging": {
                "tool": "thesis_repo",
                "pages": [
                    (
                        {"student": "2219043", "view": "chapters", "cursor": ""},
                        "chapters 1-2 of 8 next=ch3",
                    ),
                    (
                        {"student": "2219043", "view": "chapters", "cursor": "ch3"},
                        "chapters 3-4 of 8 next=ch5",
                    ),
                    (
                        {"student": "2219043", "view": "chapters", "cursor": "ch5"},
                        "chapters 5-6 of 8 next=ch7",
                    ),
                    (
                        {"student": "2219043", "view": "chapters", "cursor": "ch7"},
                        "chapters 7-8 of 8 next=none; ch8 includes sponsor data tables",
                    ),
                ],
                "lines": [
                    "Intro and literature review.",
                    "Methods and first results.",
                    "Creep results, the core.",
                    "All eight read; chapter 8 has sponsor data, worth noting for confidentiality.",
                ],
            },
            "m_typo": {
                "tool": "thesis_repo",
                "bad": {"student": "2219034", "view": "submission"},
                "err": "error=NO_SUCH_STUDENT 2219034",
                "good": {"student": "2219043", "view": "submission"},
                "obs": "submission title='Grain-boundary creep in Ni superalloys' pages=246",
                "lines": ["Swapped the last two digits - 2219043.", "That's Wren's submission."],
            },
            "m_job": {
                "start": (
                    "approval_request",
                    {
                        "examiner": "Prof. Anna Lindqvist",
                        "to": "Associate Dean (Research)",
                        "mode": "send",
                    },
                    "request=AR-{N} state=sent at={T}",
                ),
                "status": (
                    "approval_request",
                    {"examiner": "Prof. Anna Lindqvist", "status": True},
                ),
                "states": [
                    "state=sent approver_opened=yes",
                    "state=under_review note='checking independence'",
                    "state=approved by=Assoc. Dean (Research)",
                ],
                "lines": [
                    "Approval request sent to the Associate Dean.",
                    "The Dean's office has opened it.",
                    "Checking independence.",
                    "Approved - Lindqvist can receive the thesis.",
                ],
                "resume": "Watching the Lindqvist approval request I sent earlier.",
            },
            "m_batch": {
                "tool": "office_mail",
                "items": [
                    {"to": t, "subject": "Wren viva 14 Jan - hold the date"}
                    for t in (
                        "a.lindqvist@uu.se",
                        "f.odukoya@uni.ac.uk",
                        "j.marr@uni.ac.uk",
                        "o.wren@uni.ac.uk",
                        "av-support@uni.ac.uk",
                    )
                ],
                "obs": "queued id={ID}",
                "intro": "Sending hold-the-date notes to everyone involved, one each.",
                "end": "Five hold-the-date emails out for the Wren viva.",
            },
            "m_sum": {
                "synth": "For Wren: a complete 246-page submission, a clean 14% similarity report, and Lindqvist nominated but not yet approved - approval is the one gate before she sees the thesis.",
                "q": "Imogen: is the similarity score anything to worry about?",
                "ans": "No, Imogen - 6 of the 14% is his own published paper, which is allowed and declared.",
            },
            "m_edit": {"check": ("viva_readiness", {"student": "2219043"}), "ok": "saved"},
            "m_ucm": {
                "tool": "room_booking",
                "writes": [
                    (
                        {
                            "room": "Hopkins 2.14 (hybrid)",
                            "date": "2027-01-14",
                            "slot": "10:00-13:00",
                        },
                        "booked RB-{N} 14 Jan 10:00",
                    ),
                    (
                        {
                            "room": "Hopkins 2.14 (hybrid)",
                            "date": "2027-01-15",
                            "slot": "10:00-13:00",
                        },
                        "booked RB-{N} 15 Jan 10:00",
                    ),
                    (
                        {
                            "room": "Hopkins 2.14 (hybrid)",
                            "date": "2027-01-15",
                            "slot": "13:00-16:00",
                        },
                        "booked RB-{N} 15 Jan 13:00",
                    ),
                ],
                "changes": [
                    "Imogen: Lindqvist can't do the 14th, try the 15th.",
                    "Imogen: and afternoon please, she flies in that morning.",
                ],
                "lines": [
                    "",
                    "Moved to 15 January.",
                    "Afternoon slot on the 15th.",
                    "Wren's viva: 15 January, 13:00, Hopkins 2.14.",
                ],
            },
            "m_search": {
                "wrong": ("examiner_db", {"name": "Lindqvist", "search": "conflict"}, "results=0"),
                "right": (
                    "thesis_repo",
                    {"student": "2219043", "view": "publications"},
                    "publications=2 coauthors include 'A. Lindqvist' (2023 conference paper)",
                ),
                "read": (
                    "thesis_repo",
                    {"student": "2219043", "view": "publication", "id": "P-2023-1"},
                    "P-2023-1: Wren O., Marr J., Lindqvist A. - workshop proceedings, 2023",
                ),
                "hint": "Imogen: check whether he ever published with her.",
                "lines": [
                    "Yes - his publications.",
                    "The examiner record shows nothing; a conflict would show in his own publications.",
                    "A 2023 paper lists A. Lindqvist.",
                    "They co-authored a 2023 workshop paper - a possible conflict for the Dean to weigh; I'll flag it.",
                ],
            },
            "m_recheck": {
                "msg": "Imogen: the sponsor just asked for something on Oskar's thesis, check the record again.",
                "ack": "Re-opening Wren's record.",
                "act": (
                    "examiner_db",
                    {"student": "2219043", "require": "confidentiality agreement for examiners"},
                    "requirement added: NDA before thesis release",
                ),
                "done": "Examiners must sign an NDA before they get the thesis.",
            },
            "m_flaky": {
                "tool": "similarity_report",
                "args": {"student": "2219043"},
                "err": "error=UPSTREAM_502 similarity service restarting",
                "ok": "similarity overall=14% flag=none",
                "lines": [
                    "Similarity service restarting - again.",
                    "It's restarting; half a minute.",
                    "14%, no flag.",
                ],
            },
        }
    )


def loan() -> dict[str, Any]:
    return material(
        {
            "name": "exhibition_loan_agreement",
            "who": "Noor",
            "fmt": "text",
            "pfx": "ml",
            "task": "Noor, registrar at the Corran Gallery. We're borrowing Ravilious's 'Beachy Head, 1939' (watercolour) from a private lender for 'Chalk and Light', opening 6 February. Get the loan agreement signed, the Government Indemnity cover agreed, the facility report accepted and a courier booked. The loan period must stay inside the indemnity dates, and the lender is credited only as 'Private Collection' - their name goes nowhere public.",
            "openers": [
                "First I'll read the loan request record for the Ravilious.",
                "Starting with the collections system entry for the Beachy Head loan.",
                "I'll open the incoming-loan record for 'Beachy Head, 1939' first.",
            ],
            "acks": [
                "Of course, Noor.",
                "Understood - Ravilious, credit as Private Collection.",
                "Right; dates inside the indemnity.",
            ],
            "pings": [
                (
                    "Noor: the curator wants to know if the Ravilious is confirmed.",
                    "Not quite, Noor - still working through it.",
                ),
                ("Noor again. Is the courier sorted?", "Not yet, Noor. On it now."),
            ],
            "wait": ("hold", "seconds", "held for {s} seconds"),
            "A": (
                "collections_db",
                {"record": "IL-2027-004"},
                "Incoming loan IL-2027-004",
                {
                    "object": "Ravilious, Beachy Head, 1939",
                    "medium": "watercolour",
                    "lender": "restricted",
                    "period": "2027-01-25 to 2027-05-20",
                    "status": "agreement pending",
                },
                "Loan period 25 January to 20 May; agreement pending; the lender's name is restricted as it should be.",
            ),
            "B": (
                "indemnity_portal",
                {"application": "GIS-77812"},
                "Indemnity application GIS-77812",
                {
                    "value": "GBP 180,000",
                    "cover": "2027-01-28 to 2027-05-16",
                    "status": "approved in principle",
                },
                "Indemnity runs 28 January to 16 May - narrower than our loan period on both ends.",
            ),
            "C": (
                "facility_report",
                {"venue": "Corran Gallery", "gallery": "East Room"},
                "Facility report, East Room",
                {
                    "RH": "50% +/- 5",
                    "lux": "50 max for works on paper",
                    "security": "24 h guard",
                    "status": "sent to lender 2026-11-30",
                },
                "East Room report promises 50 lux for paper; it went to the lender on 30 November.",
            ),
            "A2": {
                "object": "Ravilious, Beachy Head, 1939",
                "medium": "watercolour",
                "lender": "restricted",
                "period": "2027-01-28 to 2027-05-16",
                "status": "lender counter-signed (amended dates)",
            },
            "errcode": "GIS-E4",
            "err": (
                "indemnity_portal",
                {"application": "GIS-77812", "action": "extend"},
                "new_end",
                ["2027-05-20", "20/05/2027", "20 May 2027", "2027-05-20T23:59"],
                "cover dates are fixed once approved in principle; change the loan dates or withdraw and reapply (12 weeks)",
            ),
            "check": ("loan_checklist", {"record": "IL-2027-004"}),
            "issues": [
                "loan period exceeds indemnity cover",
                "courier not booked",
                "credit line not set to 'Private Collection'",
            ],
            "edits": [
                (
                    "collections_db",
                    {"record": "IL-2027-004", "set": {"period": "2027-01-28 to 2027-05-16"}},
                ),
                (
                    "courier_booking",
                    {"record": "IL-2027-004", "courier": "registrar (Noor)", "date": "2027-01-28"},
                ),
                (
                    "collections_db",
                    {"record": "IL-2027-004", "set": {"credit_line": "Private Collection"}},
                ),
            ],
            "v": {
                "rerun": [
                    "Let me read IL-2027-004 again.",
                    "The Ravilious record's the same. Once more, Noor's waiting.",
                    "IL-2027-004 unchanged.",
                ],
                "rerun_end": "I'll open the Ravilious loan record once more before I write to the lender.",
                "err_lines": [
                    "GIS-E4 - cover's fixed. Trying the date as dd/mm.",
                    "Refused again; spelled out.",
                    "Still GIS-E4. With a time on the end.",
                    "The indemnity won't move. I'll try another end-date form next.",
                ],
                "verify_lines": [
                    "The loan checklist flags two things on the Ravilious. Rechecking - it may not see today's edits.",
                    "Same two on IL-2027-004. Again.",
                    "Period and courier still flagged. Running it once more.",
                    "Unchanged for the Ravilious. Stale index; again.",
                ],
                "verify_end": "Indemnity read. Loan checklist again for the Ravilious.",
                "edit_lines": [
                    "Three problems on the Ravilious loan: dates, courier, credit line.",
                    "Loan period now matches the cover. Two to go.",
                    "Courier booked; the credit line next.",
                    "The Ravilious loan checklist is complete.",
                ],
                "recheck_note": "The lender has counter-signed with dates amended to the indemnity window - 28 January to 16 May - so the period problem is gone.",
            },
            "m_echo": {
                "post": (
                    "gallery_mail",
                    {
                        "to": "loans@corrangallery.org",
                        "subject": "IL-2027-004 Ravilious - next steps",
                    },
                    "Sent, id {ID}, {T}.",
                ),
                "post2": (
                    "gallery_mail",
                    {
                        "to": "loans@corrangallery.org",
                        "subject": "Re: IL-2027-004 Ravilious - received",
                    },
                    "Sent, id {ID}, {T}.",
                ),
                "post3": (
                    "gallery_mail",
                    {
                        "to": "loans@corrangallery.org",
                        "subject": "Re: Re: IL-2027-004 Ravilious - in progress",
                    },
                    "Sent, id {ID}, {T}.",
                ),
                "read": (
                    "gallery_mail",
                    {"box": "loans", "new": True},
                    "New: 'IL-2027-004 Ravilious' from registrar-assistant@corrangallery.org, {T}.",
                ),
                "lines": [
                    "Next steps sent to the loans inbox.",
                    "New Ravilious email in loans. Replying.",
                    "Another IL-2027-004 email; acknowledging.",
                    "One more Ravilious message in loans; replying.",
                ],
            },
            "m_lock": {
                "open": (
                    "collections_db",
                    {"record": "IL-2027-004", "checkout": True},
                    "Record IL-2027-004 checked out as {SESS} by registrar-assistant.",
                ),
                "write": (
                    "collections_db",
                    {"record": "IL-2027-004", "set": {"credit_line": "Private Collection"}},
                    "Save refused: IL-2027-004 is checked out by {SESS} (registrar-assistant). Check it in to save.",
                    True,
                ),
                "reopen": (
                    "collections_db",
                    {"record": "IL-2027-004", "checkout": True},
                    "Refused: IL-2027-004 is already checked out by {SESS} (registrar-assistant).",
                    True,
                ),
                "close": (
                    "collections_db",
                    {"record": "IL-2027-004", "checkin": "{SESS}"},
                    "{SESS} checked in. No changes.",
                ),
                "write_ok": (
                    "collections_db",
                    {"record": "IL-2027-004", "set": {"credit_line": "Private Collection"}},
                    "IL-2027-004 saved: credit line 'Private Collection'.",
                ),
                "lines": [
                    "Ravilious record checked out.",
                    "Checked out by somebody. I'll wait.",
                    "Still out. I'll check it out myself.",
                    "Already checked out; waiting longer.",
                    "Still refused. I'll save the credit line again soon.",
                ],
                "twin": [
                    "The checkout blocking me is my own. Checking it back in.",
                    "Checked in.",
                    "Credit line saved as 'Private Collection'.",
                ],
            },
            "m_queue": {
                "claim": (
                    "registrar_queue",
                    {"take": "next"},
                    "Assigned: IL-2027-004 (Ravilious), due 2026-12-18, lease {ID}.",
                ),
                "release": (
                    "registrar_queue",
                    {"return": "IL-2027-004"},
                    "Returned IL-2027-004; queue is ordered by due date.",
                ),
                "lines": [
                    "The Ravilious has the indemnity tangle; I'll clear the outgoing loans first.",
                    "The Ravilious again. Returning it.",
                    "IL-2027-004 once more; back.",
                    "Ravilious at the top again. Returning, then next.",
                ],
            },
            "m_confirm": {
                "book": (
                    "courier_booking",
                    {"record": "IL-2027-004", "vehicle": "climate van", "date": "2027-01-28"},
                    "Booked CB-{N}: 28 Jan, climate van, 2 crew, 'courier: n/a'.",
                ),
                "cancel": (
                    "courier_booking",
                    {"record": "IL-2027-004", "cancel": True},
                    "Cancelled.",
                ),
                "book2": (
                    "courier_booking",
                    {
                        "record": "IL-2027-004",
                        "vehicle": "climate-controlled van",
                        "date": "28/01/2027",
                    },
                    "Booked CB-{N}: 28 Jan, climate van, 2 crew, 'courier: n/a'.",
                ),
                "book3": (
                    "courier_booking",
                    {
                        "record": "IL-2027-004",
                        "vehicle": "climate van",
                        "date": "2027-01-28",
                        "courier": "yes",
                    },
                    "Booked CB-{N}: 28 Jan, climate van, 2 crew, 'courier: n/a'.",
                ),
                "lines": [
                    "'Courier: n/a' - the lender wants one. Cancelling.",
                    "n/a again for the Ravilious. Rebooking.",
                    "Still n/a. Cancelling and asking for a courier outright.",
                ],
            },
            "m_draft": {
                "save": (
                    "loan_agreement",
                    {"record": "IL-2027-004", "action": "prepare"},
                    "Agreement LA-{N} prepared (status: draft). Use action=send_for_signature to send it.",
                ),
                "status": (
                    "loan_agreement",
                    {"record": "IL-2027-004", "action": "status"},
                    "LA for IL-2027-004: draft, not sent, no signatures, as of {T}.",
                ),
                "lines": [
                    "Agreement prepared; now the lender signs.",
                    "No signature yet on the Ravilious agreement. Waiting.",
                    "Still unsigned. Lenders take time.",
                    "Nothing signed. I'll wait a while more.",
                ],
            },
            "m_rule": {
                "set": (
                    "collections_db",
                    {"record": "IL-2027-004", "set": {"display_lux": 80}},
                    "display_lux 50 -> 80.",
                ),
                "set2": (
                    "collections_db",
                    {
                        "record": "IL-2027-004",
                        "set": {"display_lux": 80, "note": "curator request"},
                    },
                    "display_lux 50 -> 80.",
                ),
                "set3": (
                    "collections_db",
                    {"record": "IL-2027-004", "set": {"display_lux": 80}, "override": True},
                    "display_lux 50 -> 80.",
                ),
                "audit": (
                    "collections_db",
                    {"record": "IL-2027-004", "history": True},
                    "{T}: display_lux 80 -> 50 by rule 'paper-lux-cap' (works on paper max 50 lux unless the lender agrees in writing).",
                ),
                "exempt": (
                    "loan_agreement",
                    {
                        "record": "IL-2027-004",
                        "clause": "lender permits 80 lux for 12 weeks (email 2026-12-03)",
                    },
                    "Clause added to LA for IL-2027-004.",
                ),
                "audit_ok": (
                    "collections_db",
                    {"record": "IL-2027-004", "history": True},
                    "{T}: display_lux 50 -> 80 by registrar-assistant. Rule satisfied by agreement clause. No later changes.",
                ),
                "lines": [
                    "Lux went back to 50. Setting 80 again with the curator's note.",
                    "50 once more. Overriding.",
                    "Reverted again; 80 once more.",
                ],
                "twin": [
                    "The paper-lux rule needs the lender's written consent - the lender gave it on 3 December, so that goes in the agreement.",
                    "80 lux held.",
                ],
            },
            "m_form": {
                "fill": (
                    "browser",
                    {
                        "action": "type",
                        "page": "indemnity/loan-form",
                        "inputs": {"object": "Beachy Head, 1939", "value": "180000"},
                    },
                    "Typed 2 inputs; not saved.",
                ),
                "fill2": (
                    "browser",
                    {
                        "action": "type",
                        "page": "indemnity/loan-form",
                        "inputs": {
                            "object": "Beachy Head, 1939",
                            "value": "180000",
                            "venue": "East Room",
                        },
                    },
                    "Typed 3 inputs; not saved.",
                ),
                "nav": (
                    "browser",
                    {"action": "open", "page": "indemnity/venues/corran"},
                    "Venue approval number VA-2291, valid to 2028.",
                ),
                "back": (
                    "browser",
                    {"action": "open", "page": "indemnity/loan-form"},
                    "Loan form: blank. Unsaved input was discarded when you left.",
                ),
                "lines": [
                    "It wants our venue approval number: VA-2291.",
                    "The loan form's blank again. Re-typing.",
                    "VA-2291 again.",
                    "Blank once more; typing the Ravilious form again.",
                ],
            },
            "m_phantom": {
                "calls": [
                    ("sign_loan_agreement", {"record": "IL-2027-004"}),
                    ("docusign.send", {"record": "IL-2027-004"}),
                    ("agreement_sign", {"loan": "IL-2027-004"}),
                    ("send_for_esign", {"record": "IL-2027-004"}),
                ],
                "avail": "collections_db, indemnity_portal, facility_report, loan_agreement, loan_checklist, courier_booking, gallery_mail, hold",
                "lines": [
                    "No sign_loan_agreement. docusign.send perhaps.",
                    "Unknown. agreement_sign.",
                    "Not that. send_for_esign.",
                    "Still unknown for the Ravilious agreement. One more guess next.",
                ],
            },
            "m_knob": {
                "tool": "insurance_quote",
                "variants": [
                    {"record": "IL-2027-004", "value": 180000},
                    {"record": "IL-2027-004", "value": 180000, "transit": "courier accompanied"},
                    {"record": "IL-2027-004", "value": 180000, "wall_to_wall": False},
                    {"record": "IL-2027-004", "value": 180000, "excess": 2500},
                ],
                "obs": "Commercial top-up quote: GBP 0.00. Fully covered by Government Indemnity GIS-77812 for the covered dates; options have no effect.",
                "lines": [
                    "Zero looks wrong for a 180k watercolour. Adding courier transit.",
                    "Still zero. Without wall-to-wall.",
                    "Zero again. A 2,500 excess then.",
                    "Same quote for the Ravilious. Another option next.",
                ],
            },
            "m_paging": {
                "tool": "condition_images",
                "pages": [
                    (
                        {"record": "IL-2027-004", "page": 1, "per_page": 6},
                        "Images 1-6 of 22 (recto overall, corners). Page 1 of 4.",
                    ),
                    (
                        {"record": "IL-2027-004", "page": 2, "per_page": 6},
                        "Images 7-12 of 22 (raking light). Page 2 of 4.",
                    ),
                    (
                        {"record": "IL-2027-004", "page": 3, "per_page": 6},
                        "Images 13-18 of 22 (UV). Page 3 of 4.",
                    ),
                    (
                        {"record": "IL-2027-004", "page": 4, "per_page": 6},
                        "Images 19-22 of 22 (verso, frame). Page 4 of 4. Note: old tape stain lower left verso.",
                    ),
                ],
                "lines": [
                    "Recto and corners look sound.",
                    "Raking light: slight cockling at the top edge.",
                    "UV shows no retouching.",
                    "All 22 images seen; the only note is an old tape stain on the verso, to record on the condition report.",
                ],
            },
            "m_typo": {
                "tool": "indemnity_portal",
                "bad": {"application": "GIS-77182"},
                "err": "No application GIS-77182.",
                "good": {"application": "GIS-77812"},
                "obs": "Indemnity application GIS-77812. cover 2027-01-28 to 2027-05-16; approved in principle.",
                "lines": ["Digits swapped; it's GIS-77812.", "Cover is 28 January to 16 May."],
            },
            "m_job": {
                "start": (
                    "loan_agreement",
                    {"record": "IL-2027-004", "action": "send_for_signature"},
                    "LA sent for signature at {T}.",
                ),
                "status": ("loan_agreement", {"record": "IL-2027-004", "action": "status"}),
                "states": [
                    "Sent; lender has opened it.",
                    "Lender signed; awaiting Corran director.",
                    "Fully signed by both parties.",
                ],
                "lines": [
                    "Agreement sent to the lender.",
                    "The lender has it open.",
                    "Lender has signed; our director next.",
                    "Fully signed - the Ravilious loan is agreed.",
                ],
                "resume": "Following up the Ravilious agreement I sent for signature earlier.",
            },
            "m_batch": {
                "tool": "label_text",
                "items": [
                    {"exhibition": "Chalk and Light", "object": o, "credit": c}
                    for o, c in (
                        ("Ravilious, Beachy Head", "Private Collection"),
                        ("Ravilious, Cuckmere", "Towner Eastbourne"),
                        ("Nash, Wood on the Downs", "Corran Gallery"),
                        ("Bawden, Chalk Pit", "Fry Art Gallery"),
                        ("Ravilious, Wilmington Giant", "Private Collection"),
                    )
                ],
                "obs": "Label saved, v{N}.",
                "intro": "Setting the credit lines for the chalk-landscape wall, one label each.",
                "end": "Five labels saved; both privately lent works credited as 'Private Collection'.",
            },
            "m_sum": {
                "synth": "Putting it together: the loan period (25 Jan - 20 May) runs past the indemnity (28 Jan - 16 May) at both ends, the facility report is with the lender, and the record keeps the lender's name restricted.",
                "q": "Noor: can we just extend the indemnity?",
                "ans": "Not quickly, Noor - approved cover dates are fixed; shortening the loan to 28 January-16 May is the practical route.",
            },
            "m_edit": {"check": ("loan_checklist", {"record": "IL-2027-004"}), "ok": "Saved."},
            "m_ucm": {
                "tool": "courier_booking",
                "writes": [
                    (
                        {"record": "IL-2027-004", "date": "2027-01-28", "courier": "Noor"},
                        "Booked CB-{N}: 28 Jan, courier Noor.",
                    ),
                    (
                        {"record": "IL-2027-004", "date": "2027-01-29", "courier": "Noor"},
                        "Booked CB-{N}: 29 Jan, courier Noor.",
                    ),
                    (
                        {"record": "IL-2027-004", "date": "2027-01-29", "courier": "Ellis Day"},
                        "Booked CB-{N}: 29 Jan, courier Ellis Day.",
                    ),
                ],
                "changes": [
                    "Noor: the lender can't do the 28th, make it the 29th.",
                    "Noor: and send Ellis as courier, I'm at the board meeting.",
                ],
                "lines": [
                    "",
                    "Moved to the 29th.",
                    "Ellis is courier.",
                    "Collection on 29 January, Ellis couriering.",
                ],
            },
            "m_search": {
                "wrong": (
                    "collections_db",
                    {"search": "Beachy Head", "type": "permanent collection"},
                    "0 objects.",
                ),
                "right": (
                    "collections_db",
                    {"search": "Beachy Head", "type": "past loans"},
                    "1 object: OL-2019-031 Ravilious 'Beachy Head, 1939', lent to us 2019.",
                ),
                "read": (
                    "collections_db",
                    {"record": "OL-2019-031"},
                    "OL-2019-031: same work, 2019 condition report notes tape stain verso; lender required 50 lux.",
                ),
                "hint": "Noor: we've borrowed it before, look in past loans.",
                "lines": [
                    "Past loans, then.",
                    "It's not ours, so it won't be in the permanent collection - a past loan might be.",
                    "We borrowed it in 2019.",
                    "The 2019 report already noted the tape stain and the 50-lux condition - a useful baseline.",
                ],
            },
            "m_recheck": {
                "msg": "Noor: the lender's agent says they've sent back something signed. Look at the record again?",
                "ack": "Reading IL-2027-004 again.",
                "act": (
                    "collections_db",
                    {
                        "record": "IL-2027-004",
                        "set": {"status": "agreed", "period": "2027-01-28 to 2027-05-16"},
                    },
                    "IL-2027-004 saved: status agreed.",
                ),
                "done": "Record marked agreed with the indemnity dates.",
            },
            "m_flaky": {
                "tool": "indemnity_portal",
                "args": {"application": "GIS-77812"},
                "err": "Service temporarily unavailable (gateway timeout).",
                "ok": "Indemnity application GIS-77812. approved in principle; cover 2027-01-28 to 2027-05-16.",
                "lines": [
                    "Gateway timeout - once more.",
                    "Portal timed out; giving it 30 seconds.",
                    "Cover confirmed.",
                ],
            },
        }
    )


def taxi() -> dict[str, Any]:
    return material(
        {
            "name": "taxi_licence_renewal",
            "who": "Marek",
            "fmt": "json",
            "pfx": "tx",
            "task": "Marek, licensing team, Brenford Council. Driver Yusuf Demir's hackney carriage licence (badge HD-2208) expires on 18 December and his renewal has stalled. Check his DBS update-service status, medical and safeguarding course, then get the renewal decided and the new badge printed. No badge is issued before the DBS check is current, and don't touch his penalty-points record - that's with the committee.",
            "openers": [
                "First I'll pull Yusuf Demir's licence record for badge HD-2208.",
                "Starting with the licensing record for HD-2208.",
                "I'll open Demir's hackney licence record first.",
            ],
            "acks": [
                "Okay, Marek.",
                "Got it - HD-2208 before the 18th.",
                "Understood: DBS first, points untouched.",
            ],
            "pings": [
                (
                    "Marek: Mr Demir rang again, is his badge coming?",
                    "Working on it, Marek - not decided yet.",
                ),
                ("Marek here - do you need anything from me?", "Not yet, Marek. I'll shout."),
            ],
            "wait": ("wait_for", "seconds", '{"waited": {s}}'),
            "A": (
                "licensing_db",
                {"badge": "HD-2208"},
                "licence.get",
                {
                    "driver": "Yusuf Demir",
                    "type": "hackney",
                    "expires": "2026-12-18",
                    "renewal": "stalled",
                    "points": 3,
                },
                "Licence ends 18 December, renewal marked stalled, 3 points on record.",
            ),
            "B": (
                "dbs_update",
                {"certificate": "001877310094", "surname": "Demir"},
                "dbs.status",
                {"result": "no new information", "checked": "2026-12-07", "subscription": "active"},
                "DBS update service says no new information and the subscription is active.",
            ),
            "C": (
                "training_records",
                {"driver": "Yusuf Demir"},
                "training.get",
                {
                    "safeguarding": "passed 2024-03-02",
                    "refresher_due": "2027-03-02",
                    "medical": "Group 2, valid to 2027-06-30",
                },
                "Safeguarding passed in 2024, refresher not due till March; Group 2 medical valid to June.",
            ),
            "A2": {
                "driver": "Yusuf Demir",
                "type": "hackney",
                "expires": "2026-12-18",
                "renewal": "stalled",
                "points": 3,
                "hold": "cleared 2026-12-07 (missing photo received)",
            },
            "errcode": "LIC-451",
            "err": (
                "renewal_decide",
                {"badge": "HD-2208", "decision": "grant"},
                "dbs_check_date",
                ["2026-12-07", "07/12/2026", "7 Dec 2026", "20261207"],
                "renewal is on hold: application photo missing; upload it before a decision",
            ),
            "check": ("renewal_checklist", {"badge": "HD-2208"}),
            "issues": [
                "application photo missing",
                "vehicle plate HC-114 MOT expired",
                "fee not paid",
            ],
            "edits": [
                (
                    "document_upload",
                    {"badge": "HD-2208", "doc": "photo", "file": "demir_photo_2026.jpg"},
                ),
                ("vehicle_db", {"plate": "HC-114", "mot": "passed 2026-12-05"}),
                (
                    "payments",
                    {"badge": "HD-2208", "fee": "hackney driver 3-year", "amount": 265.00},
                ),
            ],
            "v": {
                "rerun": [
                    "Re-reading the HD-2208 record.",
                    "Same - stalled, three points. Marek's waiting, one more look.",
                    "HD-2208 hasn't changed.",
                ],
                "rerun_end": "I'll load HD-2208 once more before deciding anything.",
                "err_lines": [
                    "LIC-451 on Demir. Sending the DBS date as dd/mm.",
                    "Still on hold. Written-out date, then.",
                    "LIC-451 again; compact date.",
                    "HD-2208 still refused. Another date form next.",
                ],
                "verify_lines": [
                    "The renewal checklist shows two blockers for Demir. Re-running - documents sync overnight.",
                    "Same two for HD-2208. Again.",
                    "Photo and MOT still flagged. Once more.",
                    "No change for Demir. Cached; checking again.",
                ],
                "verify_end": "DBS is fine. Checklist on HD-2208 again.",
                "edit_lines": [
                    "Three blockers on HD-2208: photo, MOT, fee.",
                    "Photo uploaded; two left.",
                    "MOT recorded; just the fee.",
                    "Demir's checklist is clear.",
                ],
                "recheck_note": "The hold has cleared since - the missing photo arrived this morning - so the renewal can now be decided.",
            },
            "m_echo": {
                "post": (
                    "licensing_inbox",
                    {
                        "op": "send",
                        "to": "taxi.licensing@brenford.gov.uk",
                        "subject": "HD-2208 Demir renewal - blocked, please advise",
                    },
                    '{"id": "{ID}", "at": "{T}"}',
                ),
                "post2": (
                    "licensing_inbox",
                    {
                        "op": "send",
                        "to": "taxi.licensing@brenford.gov.uk",
                        "subject": "RE: HD-2208 Demir renewal - looking into it",
                    },
                    '{"id": "{ID}", "at": "{T}"}',
                ),
                "post3": (
                    "licensing_inbox",
                    {
                        "op": "send",
                        "to": "taxi.licensing@brenford.gov.uk",
                        "subject": "RE: RE: HD-2208 Demir renewal - noted",
                    },
                    '{"id": "{ID}", "at": "{T}"}',
                ),
                "read": (
                    "licensing_inbox",
                    {"op": "unread"},
                    '{"unread": [{"from": "licensing-assistant@brenford.gov.uk", "subject": "HD-2208 Demir renewal", "at": "{T}"}]}',
                ),
                "lines": [
                    "Flagged the block to the licensing inbox.",
                    "A new HD-2208 email in the inbox - replying.",
                    "Another Demir renewal message. Acknowledging.",
                    "One more HD-2208 email; answering.",
                ],
            },
            "m_lock": {
                "open": (
                    "licensing_db",
                    {"badge": "HD-2208", "op": "open_case"},
                    '{"case_session": "{SESS}", "owner": "licensing-assistant"}',
                ),
                "write": (
                    "document_upload",
                    {"badge": "HD-2208", "doc": "photo", "file": "demir_photo_2026.jpg"},
                    '{"error": "case HD-2208 is open in session {SESS} (licensing-assistant); close it to attach documents"}',
                    True,
                ),
                "reopen": (
                    "licensing_db",
                    {"badge": "HD-2208", "op": "open_case"},
                    '{"error": "case already open: {SESS} (licensing-assistant)"}',
                    True,
                ),
                "close": (
                    "licensing_db",
                    {"badge": "HD-2208", "op": "close_case", "session": "{SESS}"},
                    '{"closed": "{SESS}", "unsaved": 0}',
                ),
                "write_ok": (
                    "document_upload",
                    {"badge": "HD-2208", "doc": "photo", "file": "demir_photo_2026.jpg"},
                    '{"uploaded": "demir_photo_2026.jpg", "badge": "HD-2208"}',
                ),
                "lines": [
                    "Case open for HD-2208.",
                    "Case is open in someone's session. I'll wait.",
                    "Still open. I'll open it myself.",
                    "Already open; waiting.",
                    "Still blocked. I'll upload again shortly.",
                ],
                "twin": [
                    "That open session is mine. Closing it.",
                    "Closed.",
                    "Photo attached to HD-2208.",
                ],
            },
            "m_queue": {
                "claim": (
                    "casework_inbox",
                    {"action": "take"},
                    '{"case": "HD-2208 renewal", "age_days": 19, "lease": "{ID}"}',
                ),
                "release": (
                    "casework_inbox",
                    {"action": "putback", "case": "HD-2208 renewal"},
                    '{"putback": true, "order": "oldest first"}',
                ),
                "lines": [
                    "Demir's is the stalled one; I'll clear the simpler renewals first.",
                    "HD-2208 again. Putting it back.",
                    "Demir once more; back.",
                    "HD-2208 at the top again. Back, and take the next.",
                ],
            },
            "m_confirm": {
                "book": (
                    "badge_print",
                    {"badge": "HD-2208", "expiry": "2029-12-18"},
                    '{"print_job": "BP-{N}", "badge": "HD-2208", "expiry_printed": "18/12/29"}',
                ),
                "cancel": (
                    "badge_print",
                    {"badge": "HD-2208", "cancel": True},
                    '{"cancelled": true}',
                ),
                "book2": (
                    "badge_print",
                    {"badge": "HD-2208", "expiry": "18/12/2029"},
                    '{"print_job": "BP-{N}", "badge": "HD-2208", "expiry_printed": "18/12/29"}',
                ),
                "book3": (
                    "badge_print",
                    {"badge": "HD-2208", "expiry": "2029-12-18", "year_format": "4-digit"},
                    '{"print_job": "BP-{N}", "badge": "HD-2208", "expiry_printed": "18/12/29"}',
                ),
                "lines": [
                    "'18/12/29' - that reads like 1929. Cancelling the print.",
                    "Two-digit year again on HD-2208. Reprinting.",
                    "Still 18/12/29. Cancelling; forcing a four-digit year.",
                ],
            },
            "m_draft": {
                "save": (
                    "renewal_decide",
                    {"badge": "HD-2208", "decision": "grant", "mode": "save"},
                    '{"decision": "grant", "state": "saved", "note": "not submitted for countersignature; use mode=submit"}',
                ),
                "status": (
                    "renewal_decide",
                    {"badge": "HD-2208", "status": True},
                    '{"state": "saved", "submitted": false, "countersigned_by": null, "as_of": "{T}"}',
                ),
                "lines": [
                    "Grant decision saved; a senior officer countersigns.",
                    "No countersignature yet on Demir. Waiting.",
                    "Still none. The senior officer is in committee.",
                    "Nothing on HD-2208. Another wait.",
                ],
            },
            "m_rule": {
                "set": (
                    "licensing_db",
                    {"badge": "HD-2208", "set": {"licence_term": "3y"}},
                    '{"licence_term": "3y"}',
                ),
                "set2": (
                    "licensing_db",
                    {"badge": "HD-2208", "set": {"licence_term": "3y", "reason": "standard"}},
                    '{"licence_term": "3y"}',
                ),
                "set3": (
                    "licensing_db",
                    {"badge": "HD-2208", "set": {"licence_term": "3y"}, "override": True},
                    '{"licence_term": "3y"}',
                ),
                "audit": (
                    "licensing_db",
                    {"badge": "HD-2208", "history": True},
                    '{"at": "{T}", "licence_term": "1y", "by": "rule:points-short-term (3+ points gives 1-year term unless the committee has noted otherwise)"}',
                ),
                "exempt": (
                    "licensing_db",
                    {
                        "badge": "HD-2208",
                        "committee_note": "minutes LC-2026-11: 3-year term confirmed",
                    },
                    '{"committee_note": "saved"}',
                ),
                "audit_ok": (
                    "licensing_db",
                    {"badge": "HD-2208", "history": True},
                    '{"at": "{T}", "licence_term": "3y", "by": "licensing-assistant", "later_changes": 0}',
                ),
                "lines": [
                    "Term went back to one year. Setting 3y with a reason.",
                    "1y again. Overriding.",
                    "Reverted once more; 3y again.",
                ],
                "twin": [
                    "The points rule shortens the term unless the committee noted otherwise - November's minutes confirm three years, so I'm recording that (the points themselves stay untouched).",
                    "Three-year term stuck.",
                ],
            },
            "m_form": {
                "fill": (
                    "browser",
                    {
                        "cmd": "fill",
                        "page": "portal/renewal-decision",
                        "data": {"badge": "HD-2208", "decision": "grant"},
                    },
                    '{"filled": 2, "saved": false}',
                ),
                "fill2": (
                    "browser",
                    {
                        "cmd": "fill",
                        "page": "portal/renewal-decision",
                        "data": {"badge": "HD-2208", "decision": "grant", "term": "3y"},
                    },
                    '{"filled": 3, "saved": false}',
                ),
                "nav": (
                    "browser",
                    {"cmd": "open", "page": "portal/dbs/HD-2208"},
                    '{"dbs_certificate": "001877310094", "update_check": "2026-12-07"}',
                ),
                "back": (
                    "browser",
                    {"cmd": "open", "page": "portal/renewal-decision"},
                    '{"form": "renewal-decision", "fields": "empty", "notice": "unsaved changes discarded on navigation"}',
                ),
                "lines": [
                    "The form wants the DBS certificate number: 001877310094.",
                    "Decision form emptied. Re-entering.",
                    "Certificate number again.",
                    "Empty again; filling the HD-2208 decision once more.",
                ],
            },
            "m_phantom": {
                "calls": [
                    ("issue_badge", {"badge": "HD-2208"}),
                    ("licensing.renew", {"badge": "HD-2208"}),
                    ("grant_renewal", {"driver": "Yusuf Demir"}),
                    ("renew_hackney_licence", {"badge": "HD-2208"}),
                ],
                "avail": "licensing_db, dbs_update, training_records, renewal_decide, renewal_checklist, document_upload, badge_print, wait_for",
                "lines": [
                    "No issue_badge. Trying licensing.renew.",
                    "Unknown. grant_renewal.",
                    "Not there either; renew_hackney_licence.",
                    "Still no tool by that name for HD-2208. One more try next.",
                ],
            },
            "m_knob": {
                "tool": "fee_calculator",
                "variants": [
                    {"badge": "HD-2208", "term": "3y"},
                    {"badge": "HD-2208", "term": "3y", "concession": "none"},
                    {"badge": "HD-2208", "term": "3y", "pay": "online"},
                    {"badge": "HD-2208", "term": "3y", "knowledge_test": False},
                ],
                "obs": '{"fee": 265.00, "basis": "statutory tariff 2026/27, hackney driver 3-year; options listed do not change it"}',
                "lines": [
                    "265 for Demir. No concession, to be sure.",
                    "Same. Online payment, then.",
                    "Still 265. Without the knowledge test.",
                    "Fee unchanged on HD-2208. Another option next.",
                ],
            },
            "m_paging": {
                "tool": "licensing_db",
                "pages": [
                    (
                        {"query": "renewals expiring December", "after": None},
                        '{"items": 30, "total": 97, "after": "r30"}',
                    ),
                    (
                        {"query": "renewals expiring December", "after": "r30"},
                        '{"items": 30, "total": 97, "after": "r60"}',
                    ),
                    (
                        {"query": "renewals expiring December", "after": "r60"},
                        '{"items": 30, "total": 97, "after": "r90"}',
                    ),
                    (
                        {"query": "renewals expiring December", "after": "r90"},
                        '{"items": 7, "total": 97, "after": null, "stalled": ["HD-2208", "PH-0913"]}',
                    ),
                ],
                "lines": [
                    "First 30 December renewals, all moving.",
                    "Next 30 fine too.",
                    "Another 30, no stalls.",
                    "97 in all; only Demir's HD-2208 and one private hire are stalled.",
                ],
            },
            "m_typo": {
                "tool": "licensing_db",
                "bad": {"badge": "HD-2280"},
                "err": '{"error": "no licence HD-2280"}',
                "good": {"badge": "HD-2208"},
                "obs": '{"driver": "Yusuf Demir", "expires": "2026-12-18", "renewal": "stalled"}',
                "lines": ["Wrong digits - HD-2208.", "Demir's record: stalled, ends the 18th."],
            },
            "m_job": {
                "start": (
                    "renewal_decide",
                    {"badge": "HD-2208", "decision": "grant", "mode": "submit"},
                    '{"decision": "grant", "state": "submitted", "at": "{T}"}',
                ),
                "status": ("renewal_decide", {"badge": "HD-2208", "status": True}),
                "states": [
                    '{"state": "awaiting countersignature"}',
                    '{"state": "countersigned", "by": "senior officer"}',
                    '{"state": "granted", "badge_print": "queued"}',
                ],
                "lines": [
                    "Grant submitted for countersignature.",
                    "Awaiting countersignature.",
                    "Countersigned.",
                    "Granted; the badge is in the print queue.",
                ],
                "resume": "Checking on Demir's renewal decision from earlier.",
            },
            "m_batch": {
                "tool": "vehicle_db",
                "items": [
                    {"plate": p, "link_driver": "HD-2208"}
                    for p in ("HC-114", "HC-115", "HC-203", "HC-207", "HC-310")
                ],
                "obs": '{"linked": true, "ref": "{ID}"}',
                "intro": "Re-linking Demir to each plate he's insured to drive, one at a time.",
                "end": "Five plates linked to HD-2208.",
            },
            "m_sum": {
                "synth": "For Demir: the licence ends on the 18th, his DBS update shows nothing new, training and medical are current - the renewal stalls on something in the application itself.",
                "q": "Marek: is it the points?",
                "ans": "No, Marek - three points don't stop a renewal; the stall is on the application record, which I'll look at next.",
            },
            "m_edit": {"check": ("renewal_checklist", {"badge": "HD-2208"}), "ok": '{"ok": true}'},
            "m_ucm": {
                "tool": "badge_print",
                "writes": [
                    (
                        {"badge": "HD-2208", "collect": "counter"},
                        '{"print_job": "BP-{N}", "collect": "counter"}',
                    ),
                    (
                        {"badge": "HD-2208", "collect": "post"},
                        '{"print_job": "BP-{N}", "collect": "post"}',
                    ),
                    (
                        {"badge": "HD-2208", "collect": "post", "signed_for": True},
                        '{"print_job": "BP-{N}", "collect": "post", "signed_for": true}',
                    ),
                ],
                "changes": [
                    "Marek: he's on nights, post it instead.",
                    "Marek: signed-for post, please.",
                ],
                "lines": ["", "Posting it.", "Signed-for post.", "Badge goes by signed-for post."],
            },
            "m_search": {
                "wrong": (
                    "licensing_db",
                    {"badge": "HD-2208", "search": "hold reason"},
                    '{"results": []}',
                ),
                "right": (
                    "document_upload",
                    {"badge": "HD-2208", "list": True},
                    '{"documents": ["dbs.pdf", "medical.pdf", "training.pdf"], "required_missing": ["photo"]}',
                ),
                "read": (
                    "renewal_checklist",
                    {"badge": "HD-2208", "item": "photo"},
                    '{"item": "photo", "status": "missing", "hold": "automatic until uploaded"}',
                ),
                "hint": "Marek: the hold's usually a missing document.",
                "lines": [
                    "The document list, then.",
                    "The record shows no reason; a stall is often a missing document.",
                    "The photo is the one missing.",
                    "An automatic hold until the photo is uploaded - that's the stall.",
                ],
            },
            "m_recheck": {
                "msg": "Marek: Mr Demir dropped a photo at reception this morning. Check his record again?",
                "ack": "Reloading HD-2208.",
                "act": (
                    "renewal_decide",
                    {"badge": "HD-2208", "decision": "grant", "mode": "submit"},
                    '{"decision": "grant", "state": "submitted"}',
                ),
                "done": "Grant submitted for countersignature.",
            },
            "m_flaky": {
                "tool": "dbs_update",
                "args": {"certificate": "001877310094", "surname": "Demir"},
                "err": '{"error": "DBS update service busy (503), retry"}',
                "ok": '{"result": "no new information", "subscription": "active"}',
                "lines": ["DBS service busy; again.", "Busy; a short wait.", "No new information."],
            },
        }
    )


DOMAINS = [streetlight, cemetery, football, orchard, olive, thesis, loan, taxi]


def build() -> list[Row]:
    rows: list[Row] = []
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        position = 0
        for category, builder in builders:
            for n in range(PER_CATEGORY):
                # rotate by one every eight rows, so each category covers all eight domains
                make = DOMAINS[(position + position // len(DOMAINS)) % len(DOMAINS)]
                position += 1
                rid = f"thirtieth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                c = Clock(rng)
                d = make()
                r = Run(rng, c, d)
                builder(r, n)
                steps = r.steps
                first = next(s for s in steps if s["kind"] == "tool")
                if steps[0]["text"] in d["openers"] and not (
                    first["tool"] == d["A"][0] and first["args"] == d["A"][1]
                ):
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
