"""Blind trajectory set 85 (eightyfifth): 13 loop kinds, 13 near-miss progress kinds, 8 domains."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

SEED = 8585
HERE = Path(__file__).resolve().parent


def hexid(rng, n=8):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- formatters


def flat(data):
    out = []
    for k, v in data.items():
        if k == "rows":
            continue
        out.append((k, v))
    return out


def fmt_json(c, ok, data):
    body = {"ok": ok}
    if ok:
        body["data"] = data
    else:
        body["error"] = {"code": data["code"], "message": data["msg"]}
    body["meta"] = {
        "request_id": "req_" + hexid(c.rng, 12),
        "ts": c.ts(),
        "latency_ms": c.rng.randint(18, 420),
        "node": "extr-api-%d" % c.rng.randint(1, 6),
    }
    return json.dumps(body)


def fmt_kv(c, ok, data):
    lines = ["status=%s" % ("ok" if ok else "error"), "req=%s" % hexid(c.rng, 10)]
    lines.append("at=%s" % c.ts())
    if not ok:
        lines += ["err.code=%s" % data["code"], "err.msg=%s" % data["msg"]]
    else:
        for k, v in flat(data):
            lines.append("%s=%s" % (k, v))
        for i, row in enumerate(data.get("rows", [])):
            for k, v in row.items():
                lines.append("item.%d.%s=%s" % (i, k, v))
    lines.append("quota.left=%d" % c.rng.randint(200, 900))
    return "\n".join(lines)


def fmt_http(c, ok, data):
    code = "200 OK" if ok else data.get("http", "422 Unprocessable Entity")
    hdr = [
        "HTTP/1.1 " + code,
        "Date: " + time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(c.t)),
        "Content-Type: application/json",
        "X-Request-Id: " + hexid(c.rng, 16),
        "X-RateLimit-Remaining: %d" % c.rng.randint(40, 600),
        "Age: %d" % c.rng.randint(0, 90),
    ]
    body = dict(data) if ok else {"error": data["code"], "detail": data["msg"]}
    return "\n".join(hdr) + "\n\n" + json.dumps(body)


def fmt_table(c, ok, data):
    if not ok:
        return "qx: error: %s (%s)\nhint: see 'qx help'  [host=auct-%02d pid=%d]" % (
            data["msg"],
            data["code"],
            c.rng.randint(1, 12),
            c.rng.randint(2000, 60000),
        )
    rows = data.get("rows")
    lines = []
    if rows is not None:
        if rows:
            keys = list(rows[0].keys())
            lines.append("  ".join(k.upper() for k in keys))
            lines.extend("  ".join(str(r[k]) for k in keys) for r in rows)
        lines.append("(%d rows)" % len(rows))
    for k, v in flat(data):
        lines.append("%-12s %s" % (k + ":", v))
    lines.append(
        "-- host=auct-%02d %.2fs %s" % (c.rng.randint(1, 12), c.rng.uniform(0.04, 1.9), c.ts())
    )
    return "\n".join(lines)


def fmt_gql(c, ok, data):
    ext = {
        "traceId": hexid(c.rng, 16),
        "cost": {"requested": c.rng.randint(3, 40), "remaining": c.rng.randint(500, 1000)},
    }
    if ok:
        return json.dumps({"data": data, "extensions": ext})
    err = {"message": data["msg"], "extensions": {"code": data["code"]}}
    return json.dumps({"errors": [err], "data": None, "extensions": ext})


def yaml_lines(obj, ind=0):
    pad = "  " * ind
    out = []
    for k, v in obj.items():
        if isinstance(v, list):
            out.append("%s%s:" % (pad, k))
            if not v:
                out[-1] += " []"
            for item in v:
                first = True
                for ik, iv in item.items():
                    out.append("%s%s%s: %s" % (pad, "  - " if first else "    ", ik, iv))
                    first = False
        else:
            out.append("%s%s: %s" % (pad, k, v))
    return out


def fmt_yaml(c, ok, data):
    head = {
        "status": "ok" if ok else "failed",
        "server": "sled-%s" % hexid(c.rng, 4),
        "served_at": c.ts(),
    }
    body = dict(data) if ok else {"reason": data["code"], "message": data["msg"]}
    tail = {"cache_age_s": c.rng.randint(0, 300)}
    return "\n".join(yaml_lines(head) + yaml_lines(body) + yaml_lines(tail))


def fmt_xml(c, ok, data):
    attrs = 'requestId="%s" ts="%s" seq="%d"' % (hexid(c.rng, 12), c.ts(), c.seq)
    if not ok:
        return "<Fault %s><Code>%s</Code><Text>%s</Text></Fault>" % (
            attrs,
            data["code"],
            data["msg"],
        )
    parts = ["<Response %s>" % attrs]
    for k, v in flat(data):
        parts.append("<%s>%s</%s>" % (k, v, k))
    if "rows" in data:
        parts.append('<Items count="%d">' % len(data["rows"]))
        parts.extend(
            "<Item " + " ".join('%s="%s"' % kv for kv in r.items()) + "/>" for r in data["rows"]
        )
        parts.append("</Items>")
    parts.append("</Response>")
    return "".join(parts)


def fmt_log(c, ok, data):
    lvl = "INFO" if ok else "ERROR"
    head = "%s %s [bench-%d] trace=%s" % (c.ts(), lvl, c.rng.randint(1, 4), hexid(c.rng, 8))
    if not ok:
        return head + " code=%s msg=%r" % (data["code"], data["msg"])
    lines = [head + " " + " ".join("%s=%s" % kv for kv in flat(data))]
    rows = data.get("rows")
    if rows is not None:
        if rows:
            keys = list(rows[0].keys())
            lines.append(",".join(keys))
            lines += [",".join(str(r[k]) for k in keys) for r in rows]
        lines.append("# %d record(s) elapsed_ms=%d" % (len(rows), c.rng.randint(9, 700)))
    return "\n".join(lines)


# ---------------------------------------------------------------- domains


def ch(*xs):
    return lambda r: r.choice(xs)


def fl(a, b, nd=1):
    return lambda r: round(r.uniform(a, b), nd)


def it(a, b):
    return lambda r: r.randint(a, b)


DOMAINS = [
    {
        "name": "noodle_factory_extrusion_lines",
        "fmt": fmt_json,
        "tools": [
            "search_batches",
            "get_batch",
            "update_batch",
            "start_die_audit",
            "get_audit_job",
            "list_hold_batches",
        ],
        "idk": "batch_id",
        "qk": "query",
        "ck": "page_token",
        "ent": "batch",
        "mkid": lambda r: "NB-%05d" % r.randint(10000, 99999),
        "fields": {
            "line": ch("L1", "L2", "L3", "L4"),
            "die_code": ch("D-03", "D-07", "D-12", "D-19"),
            "moisture_pct": fl(28, 34),
            "kg": it(400, 2600),
            "hold_status": ch("on_hold", "released", "qa_review"),
        },
        "toggle": ("hold_status", "on_hold", "released"),
        "queries": [
            "udon batches moisture over 33",
            "udon moisture > 33 batches",
            "batches udon high moisture 33+",
            "moisture above 33 udon",
            "udon lots moisture 33 plus",
        ],
        "task": "Find why the udon batches on line 3 keep getting put on hold and release the ones that pass QA.",
    },
    {
        "name": "opal_mine_parcel_sales",
        "fmt": fmt_kv,
        "tools": [
            "parcels.search",
            "parcels.get",
            "parcels.patch",
            "appraisal.run",
            "appraisal.status",
            "parcels.list",
        ],
        "idk": "parcel",
        "qk": "q",
        "ck": "cursor",
        "ent": "parcel",
        "mkid": lambda r: (
            "OP%d-%s" % (r.randint(20, 99), "".join(r.choice("ABCDEFGHJK") for _ in range(3)))
        ),
        "fields": {
            "field": ch("Lightning Ridge", "Coober Pedy", "Mintabie", "Andamooka"),
            "carats": fl(12, 480),
            "body_tone": ch("N1", "N3", "N5", "N7"),
            "ask_aud": it(900, 48000),
            "state": ch("listed", "reserved", "withdrawn"),
        },
        "toggle": ("state", "reserved", "listed"),
        "queries": [
            "black opal N1 over 100ct",
            "N1 black opal >100 carats",
            "opal black N1 100ct plus",
            "100+ carat N1 black",
            "black N1 opals above 100 ct",
        ],
        "task": "Prepare the buyer shortlist: parcels of black opal (N1-N3) over 100 carats that are still listed.",
    },
    {
        "name": "paragliding_school_flight_logs",
        "fmt": fmt_http,
        "tools": [
            "GET /v2/flights/search",
            "GET /v2/flights/{id}",
            "PATCH /v2/flights/{id}",
            "POST /v2/exports",
            "GET /v2/exports/{id}",
            "GET /v2/flights",
        ],
        "idk": "id",
        "qk": "filter",
        "ck": "after",
        "ent": "flight log",
        "mkid": lambda r: "fl_%s" % hexid(r, 6),
        "fields": {
            "pilot": ch("K. Otieno", "M. Laine", "S. Ruiz", "J. Becker", "A. Sato"),
            "site": ch("Monte Cucco", "Bassano", "Oludeniz", "Annecy"),
            "airtime_min": it(4, 190),
            "wing_class": ch("EN-A", "EN-B", "EN-C"),
            "signoff": ch("pending", "approved", "rejected"),
        },
        "toggle": ("signoff", "approved", "pending"),
        "queries": [
            "site:Bassano airtime>60 signoff:pending",
            "signoff:pending site:Bassano airtime>60",
            "airtime>60 site:Bassano signoff:pending",
            "site:bassano signoff:pending airtime>60",
            "pending Bassano airtime>60",
        ],
        "task": "Get the student flight logs from Bassano ready for instructor sign-off before the licence board meets.",
    },
    {
        "name": "quayside_fish_auction",
        "fmt": fmt_table,
        "tools": [
            "qx lots search",
            "qx lots show",
            "qx lots set",
            "qx grade run",
            "qx grade status",
            "qx lots ls",
        ],
        "idk": "lot",
        "qk": "--match",
        "ck": "--page",
        "ent": "lot",
        "mkid": lambda r: "LOT-%d" % r.randint(3000, 9999),
        "fields": {
            "species": ch("hake", "monkfish", "turbot", "john_dory", "sole"),
            "boxes": it(3, 60),
            "vessel": ch("FV Arran Dawn", "FV Solan", "FV Brighter Morn", "FV Kittiwake"),
            "reserve_gbp": it(80, 2400),
            "sale": ch("open", "withdrawn", "sold"),
        },
        "toggle": ("sale", "withdrawn", "open"),
        "queries": [
            "turbot grade A vessel Solan",
            "grade A turbot FV Solan",
            "Solan turbot A grade",
            "turbot from Solan, grade A",
            "FV Solan turbot grade=A",
        ],
        "task": "Make sure today's turbot lots are graded and open for the 06:00 auction.",
    },
    {
        "name": "rv_park_site_reservations",
        "fmt": fmt_gql,
        "tools": [
            "query searchReservations",
            "query reservation",
            "mutation updateReservation",
            "mutation startRateSync",
            "query rateSyncJob",
            "query reservations",
        ],
        "idk": "reservationId",
        "qk": "search",
        "ck": "after",
        "ent": "reservation",
        "mkid": lambda r: "RSV%d" % r.randint(100000, 999999),
        "fields": {
            "site": ch("A12", "B07", "C21", "D03", "E15"),
            "rig_length_ft": it(18, 45),
            "hookup": ch("30A", "50A", "dry"),
            "nights": it(1, 14),
            "status": ch("confirmed", "waitlist", "cancelled"),
        },
        "toggle": ("site", "C21", "D03"),
        "queries": [
            "50A pull-through July 4 weekend",
            "July 4 weekend 50 amp pull-through",
            "pull through 50A Jul 4",
            "50-amp pull-through site July fourth",
            "Jul 4 pull-through with 50A",
        ],
        "task": "A 42 ft fifth-wheel needs a 50A pull-through site for the July 4 weekend; fix the booking.",
    },
    {
        "name": "snowmobile_rental_fleet",
        "fmt": fmt_yaml,
        "tools": [
            "fleet-search",
            "unit-get",
            "unit-update",
            "service-run",
            "service-status",
            "fleet-list",
        ],
        "idk": "unit",
        "qk": "match",
        "ck": "next",
        "ent": "sled",
        "mkid": lambda r: "SM-%s%d" % (r.choice("ABCDE"), r.randint(100, 999)),
        "fields": {
            "model": ch(
                "Ski-Doo Expedition", "Polaris Titan", "Lynx Adventure", "Yamaha Sidewinder"
            ),
            "engine_hours": it(40, 1900),
            "track_wear_mm": fl(2, 14),
            "base": ch("Kuusamo", "Levi", "Saariselka"),
            "rentable": ch("yes", "no"),
        },
        "toggle": ("rentable", "no", "yes"),
        "queries": [
            "engine_hours>1500 base=Levi",
            "base=Levi engine_hours>1500",
            "Levi sleds over 1500 hours",
            "engine hours above 1500 at Levi",
            "levi >1500h",
        ],
        "task": "Pull any sled at Levi due for its 1500-hour service out of tomorrow's safari rentals.",
    },
    {
        "name": "tailings_dam_piezometers",
        "fmt": fmt_xml,
        "tools": [
            "SearchInstruments",
            "GetInstrument",
            "SetInstrumentField",
            "StartTrendAnalysis",
            "GetAnalysis",
            "ListInstruments",
        ],
        "idk": "InstrumentId",
        "qk": "Query",
        "ck": "PageToken",
        "ent": "piezometer",
        "mkid": lambda r: "VWP-%s%02d" % (r.choice(["N", "S", "E", "W"]), r.randint(1, 48)),
        "fields": {
            "Embankment": ch("North", "South", "East"),
            "PorePressureKPa": fl(40, 310),
            "TriggerLevel": ch("green", "amber", "red"),
            "DepthM": fl(6, 52),
            "Logger": ch("CR1000-A", "CR1000-B", "CR6-C"),
        },
        "toggle": ("TriggerLevel", "amber", "green"),
        "queries": [
            "Embankment=East TriggerLevel=amber",
            "TriggerLevel=amber Embankment=East",
            "east embankment amber",
            "amber east",
            "Embankment:East Trigger:amber",
        ],
        "task": "The East embankment readings jumped overnight; check the vibrating-wire piezometers and update trigger levels.",
    },
    {
        "name": "xray_tube_refurbishment",
        "fmt": fmt_log,
        "tools": [
            "tube:search",
            "tube:show",
            "tube:set",
            "burnin:start",
            "burnin:status",
            "tube:list",
        ],
        "idk": "serial",
        "qk": "where",
        "ck": "offset",
        "ent": "tube",
        "mkid": lambda r: "XT%d%s" % (r.randint(10000, 99999), r.choice("ABCDEFGH")),
        "fields": {
            "model": ch("MRC 200", "Performix 160", "A192", "Varian G-292"),
            "rotor_hours": it(80, 4200),
            "arc_events": it(0, 40),
            "filament_ma": fl(3.2, 6.8),
            "stage": ch("intake", "degas", "burn_in", "ship_ready"),
        },
        "toggle": ("stage", "degas", "burn_in"),
        "queries": [
            "model=MRC 200 arc_events>10",
            "arc_events>10 model='MRC 200'",
            "MRC200 arcing > 10",
            "model:MRC-200 arcs>10",
            "mrc 200 with more than 10 arcs",
        ],
        "task": "Decide which MRC 200 tubes in the refurb line can move to burn-in this week.",
    },
]


class Ctx:
    def __init__(self, dom, rng):
        self.d = dom
        self.rng = rng
        self.t = 1796000000 + rng.randint(0, 9_000_000)
        self.seq = rng.randint(1000, 90000)
        self.tools = dict(
            zip(["search", "get", "update", "submit", "status", "list"], dom["tools"], strict=True)
        )

    def ts(self):
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.t))

    def tick(self):
        self.t += self.rng.randint(2, 45)
        self.seq += self.rng.randint(1, 9)

    def newid(self, avoid=()):
        while True:
            i = self.d["mkid"](self.rng)
            if i not in avoid:
                return i

    def ids(self, n):
        out = []
        while len(out) < n:
            out.append(self.newid(out))
        return out

    def rec(self, rid):
        r = {self.d["idk"]: rid}
        for k, g in self.d["fields"].items():
            r[k] = g(self.rng)
        return r

    def tool(self, role, args, data, ok=True):
        self.tick()
        return {
            "kind": "tool",
            "tool": self.tools[role],
            "args": args,
            "observation": self.d["fmt"](self, ok, data),
            "error": not ok,
        }

    def id_args(self, rid, **kw):
        a = {self.d["idk"]: rid}
        a.update(kw)
        return a

    def say(self, text, obs=""):
        self.tick()
        return {"kind": "llm", "text": text, "observation": obs}

    def user(self, request=""):
        obs = self.d["task"] + (" " + request if request else "")
        e = self.d["ent"]
        reply = self.rng.choice(
            [
                "Understood. I'll start by looking at the relevant %s records." % e,
                "Sure, let me work through the %s data for this." % e,
                "On it. First I'll gather what the system has on the %ss involved." % e,
                "Okay, I'll check the %ss and report back." % e,
            ]
        )
        return self.say(reply, obs)

    def newval(self, field, old):
        g = self.d["fields"][field]
        for _ in range(20):
            v = g(self.rng)
            if v != old:
                return v
        return old


def pick(rng, xs):
    return rng.choice(xs)


def span(c, di, lo, hi):
    return lo + (di + c.rng.randint(0, 1)) % (hi - lo + 1)


ERRS = [
    ("UPSTREAM_TIMEOUT", "backend did not answer within 30000 ms", "504 Gateway Timeout"),
    ("LOCKED", "record is locked by another session", "423 Locked"),
    ("SCHEMA_MISMATCH", "payload does not match the v3 schema", "422 Unprocessable Entity"),
    ("PERMISSION_DENIED", "token lacks write scope for this resource", "403 Forbidden"),
]


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(c, di):
    (rid,) = c.ids(1)
    rec = c.rec(rid)
    f = pick(c.rng, list(c.d["fields"]))
    text = "Let me open %s %s and look at its %s before changing anything." % (c.d["ent"], rid, f)
    steps = [c.user("Start with %s %s." % (c.d["ent"], rid))]
    for _ in range(span(c, di, 3, 5)):
        steps.append(c.say(text))
        steps.append(c.tool("get", c.id_args(rid), rec))
    return steps


def loop_paraphrased_repeat(c, di):
    q = c.d["queries"][0]
    e = c.d["ent"]
    variants = [
        "I'll look up the matching %ss first." % e,
        "Let me search for the %ss that match the criteria." % e,
        "First step: find which %ss fit the request." % e,
        "I should query for the relevant %ss before anything else." % e,
        "Going to pull the list of %ss that meet those conditions." % e,
        "Let me find the %ss this applies to." % e,
        "To begin, I'll search the %s records for matches." % e,
        "I need the set of qualifying %ss; searching now." % e,
    ]
    c.rng.shuffle(variants)
    rows = [c.rec(i) for i in c.ids(3)]
    steps = [c.user()]
    for i in range(span(c, di, 4, 8)):
        steps.append(c.say(variants[i % len(variants)]))
        if i % 2 == 1:
            steps.append(c.tool("search", {c.d["qk"]: q}, {"total": 3, "rows": rows}))
    return steps


def loop_ab_oscillation(c, di):
    (rid,) = c.ids(1)
    f, a, b = c.d["toggle"]
    steps = [c.user("Sort out the %s of %s %s." % (f, c.d["ent"], rid))]
    ver = c.rng.randint(3, 40)
    notes_a = [
        "Setting %s to %s since the checks look fine." % (f, a),
        "On reflection %s=%s is correct here." % (f, a),
        "Switching %s to %s." % (f, a),
    ]
    notes_b = [
        "Hmm, the rules suggest %s should be %s instead." % (f, b),
        "Changing %s to %s to be safe." % (f, b),
        "Reverting %s to %s." % (f, b),
    ]
    for _ in range(span(c, di, 3, 5)):
        for val, notes in ((a, notes_a), (b, notes_b)):
            if c.rng.random() < 0.6:
                steps.append(c.say(pick(c.rng, notes)))
            ver += 1
            steps.append(
                c.tool(
                    "update",
                    c.id_args(rid, field=f, value=val),
                    {c.d["idk"]: rid, f: val, "version": ver},
                )
            )
    return steps


def loop_failing_tool_retry(c, di):
    (rid,) = c.ids(1)
    code, msg, http = pick(c.rng, ERRS)
    f = pick(c.rng, list(c.d["fields"]))
    v = c.d["fields"][f](c.rng)
    args = c.id_args(rid, field=f, value=v)
    steps = [c.user()]
    notes = [
        "That failed; trying the update once more.",
        "The write did not go through, sending it one more time.",
        "Let me resend the change.",
        "Another attempt at the update.",
    ]
    for _ in range(span(c, di, 3, 7)):
        steps.append(c.tool("update", args, {"code": code, "msg": msg, "http": http}, ok=False))
        if c.rng.random() < 0.5:
            steps.append(c.say(pick(c.rng, notes)))
    return steps


def loop_same_action_same_observation(c, di):
    rows = [c.rec(i) for i in c.ids(c.rng.randint(2, 4))]
    notes = [
        "Nothing new yet; checking the queue.",
        "Let me look at the queue once more.",
        "Checking the list for changes.",
        "Refreshing the list to see whether anything moved.",
        "I'll re-check the pending items.",
    ]
    steps = [c.user()]
    for _ in range(span(c, di, 4, 8)):
        steps.append(c.tool("list", {"status": "pending"}, {"total": len(rows), "rows": rows}))
        if c.rng.random() < 0.6:
            steps.append(c.say(pick(c.rng, notes)))
    return steps


def loop_identical_monologue(c, di):
    (rid,) = c.ids(1)
    rec = c.rec(rid)
    text = (
        "To handle this properly I need to review %s %s, compare it with the criteria in the request, "
        "and then decide whether to update it. Let me think about which fields matter most before acting."
        % (c.d["ent"], rid)
    )
    steps = [c.user(), c.tool("get", c.id_args(rid), rec)]
    steps.extend(c.say(text) for _ in range(span(c, di, 4, 9)))
    return steps


def loop_identical_tool_calls(c, di):
    q = c.d["queries"][0]
    rows = [c.rec(i) for i in c.ids(2)]
    steps = [c.user(), c.say("Searching for matching %ss." % c.d["ent"])]
    args = {c.d["qk"]: q, "limit": 20}
    steps.extend(
        c.tool("search", dict(args), {"total": 2, "rows": rows}) for _ in range(span(c, di, 4, 10))
    )
    return steps


def loop_cursor_stuck_pagination(c, di):
    ck = c.d["ck"]
    p1 = [c.rec(i) for i in c.ids(3)]
    p2 = [c.rec(i) for i in c.ids(3)]
    cur = hexid(c.rng, 10)
    steps = [c.user(), c.tool("list", {"limit": 3}, {"next": cur, "rows": p1})]
    notes = [
        "Fetching the next page.",
        "Moving on to the following page of results.",
        "Next page.",
        "Continuing to the next page of %ss." % c.d["ent"],
    ]
    for _ in range(span(c, di, 3, 6)):
        if c.rng.random() < 0.7:
            steps.append(c.say(pick(c.rng, notes)))
        steps.append(c.tool("list", {"limit": 3, ck: cur}, {"next": cur, "rows": p2}))
    return steps


def loop_frozen_job_polling(c, di):
    job = "job-" + hexid(c.rng, 8)
    total = c.rng.randint(40, 400)
    done = c.rng.randint(3, total - 10)
    steps = [
        c.user(),
        c.tool("submit", {"scope": "all"}, {"job": job, "state": "queued", "items_total": total}),
    ]
    c.t += c.rng.randint(5, 20)
    stamp = c.ts()
    notes = [
        "Still running. I'll check the job status shortly.",
        "Waiting a bit and polling the job.",
        "The job has not finished; checking its status.",
        "Polling the job.",
    ]
    for _ in range(span(c, di, 4, 9)):
        steps.append(
            c.tool(
                "status",
                {"job": job},
                {
                    "job": job,
                    "state": "running",
                    "items_done": done,
                    "items_total": total,
                    "last_update": stamp,
                },
            )
        )
        if c.rng.random() < 0.5:
            steps.append(c.say(pick(c.rng, notes)))
    return steps


def loop_confirmation_seeking(c, di):
    (rid,) = c.ids(1)
    f, a, _b = c.d["toggle"]
    e = c.d["ent"]
    asks = [
        "I can set %s on %s %s to %s. Would you like me to proceed?" % (f, e, rid, a),
        "Just to confirm: you want %s %s changed so that %s = %s? Shall I go ahead?"
        % (e, rid, f, a),
        "Before I make the change, can you confirm %s %s should get %s %s?" % (e, rid, f, a),
        "Ready to update %s to %s on %s. Please confirm and I will apply it." % (f, a, rid),
        "Shall I apply %s=%s to %s %s now?" % (f, a, e, rid),
    ]
    replies = [
        "Yes, go ahead.",
        "Yes. Please do it.",
        "Confirmed, proceed.",
        "Yes, I already said so, apply it.",
        "Yes!",
    ]
    c.rng.shuffle(asks)
    steps = [c.user(), c.tool("get", c.id_args(rid), c.rec(rid))]
    steps.extend(
        c.say(asks[i % len(asks)], replies[i - 1] if i else "") for i in range(span(c, di, 3, 6))
    )
    return steps


def loop_reverify_after_success(c, di):
    (rid,) = c.ids(1)
    f, a, _b = c.d["toggle"]
    rec = c.rec(rid)
    rec[f] = a
    ver = c.rng.randint(5, 60)
    rec["version"] = ver
    steps = [
        c.user(),
        c.tool("update", c.id_args(rid, field=f, value=a), {c.d["idk"]: rid, f: a, "version": ver}),
    ]
    notes = [
        "Let me verify the change was saved.",
        "Double-checking that %s is now %s." % (f, a),
        "I'll confirm the update took effect.",
        "Verifying %s %s once more to be sure." % (c.d["ent"], rid),
    ]
    for _ in range(span(c, di, 3, 7)):
        steps.append(c.say(pick(c.rng, notes)))
        steps.append(c.tool("get", c.id_args(rid), rec))
    return steps


def loop_apology_same_answer(c, di):
    rows = [c.rec(i) for i in c.ids(4)]
    n = c.rng.randint(11, 60)
    e = c.d["ent"]
    steps = [
        c.user(),
        c.tool("search", {c.d["qk"]: c.d["queries"][0]}, {"total": n, "rows": rows}),
    ]
    ans = [
        "There are %d matching %ss." % (n, e),
        "Apologies for the confusion. The correct count is %d %ss." % (n, e),
        "You're right, I should be more careful. The number of matching %ss is %d." % (e, n),
        "Sorry about that. After reviewing, the total is %d." % n,
        "My mistake. It is %d %ss that match." % (n, e),
    ]
    pushes = [
        "That's wrong, it should only count ones from this week.",
        "Still wrong. Only this week's, please.",
        "No, filter to this week first.",
        "That number hasn't changed, did you filter by week?",
    ]
    steps.extend(
        c.say(ans[min(i, len(ans) - 1)], pushes[i - 1] if i else "")
        for i in range(span(c, di, 3, 5))
    )
    return steps


def loop_zero_hit_requery(c, di):
    qs = list(c.d["queries"])
    steps = [c.user()]
    k = span(c, di, 4, 8)
    for i in range(k):
        steps.append(c.tool("search", {c.d["qk"]: qs[i % len(qs)]}, {"total": 0, "rows": []}))
        if c.rng.random() < 0.5:
            steps.append(
                c.say(
                    pick(
                        c.rng,
                        [
                            "No hits; rewording the query.",
                            "Nothing found, let me phrase it differently.",
                            "Zero results. Trying another wording.",
                        ],
                    )
                )
            )
    return steps


# ---------------------------------------------------------------- progress kinds


def prog_incremental_edit_sequence(c, di):
    (rid,) = c.ids(1)
    rec = c.rec(rid)
    fields = list(c.d["fields"])
    ver = c.rng.randint(2, 30)
    k = span(c, di, 3, 5)
    steps = [c.user("Apply the intake corrections to %s %s." % (c.d["ent"], rid))]
    for i in range(k):
        f = fields[i % len(fields)]
        v = c.newval(f, rec[f])
        rec[f] = v
        ver += 1
        steps.append(
            c.say(
                "Correction %d of %d: %s on %s %s becomes %s." % (i + 1, k, f, c.d["ent"], rid, v)
            )
        )
        steps.append(
            c.tool(
                "update", c.id_args(rid, field=f, value=v), {c.d["idk"]: rid, f: v, "version": ver}
            )
        )
    return steps


def prog_related_doc_summaries(c, di):
    ids = c.ids(span(c, di, 3, 6))
    steps = [
        c.user(
            "Give me a short summary of each %s in the review pack: %s."
            % (c.d["ent"], ", ".join(ids))
        )
    ]
    for rid in ids:
        rec = c.rec(rid)
        steps.append(c.tool("get", c.id_args(rid), rec))
        keys = [k for k in rec if k != c.d["idk"]][:3]
        steps.append(
            c.say("Summary of %s: " % rid + "; ".join("%s %s" % (k, rec[k]) for k in keys) + ".")
        )
    return steps


def prog_cross_reference_two_sources(c, di):
    a, b = c.ids(2)
    ra, rb = c.rec(a), c.rec(b)
    fields = list(c.d["fields"])
    k = span(c, di, 2, 4)
    steps = [
        c.user("%s %s and %s may be duplicates; compare them field by field." % (c.d["ent"], a, b))
    ]
    diffs = []
    for i in range(k):
        f = fields[i % len(fields)]
        steps.append(c.tool("get", c.id_args(a, fields=[f]), {c.d["idk"]: a, f: ra[f]}))
        steps.append(c.tool("get", c.id_args(b, fields=[f]), {c.d["idk"]: b, f: rb[f]}))
        if ra[f] != rb[f]:
            diffs.append(f)
    verdict = (
        "They differ on %s, so they are distinct records." % ", ".join(diffs)
        if diffs
        else "All compared fields match; flagging %s as a duplicate of %s." % (b, a)
    )
    steps.append(c.say(verdict))
    return steps


def prog_retry_with_corrected_args(c, di):
    (rid,) = c.ids(1)
    f = pick(c.rng, list(c.d["fields"]))
    v = c.d["fields"][f](c.rng)
    steps = [c.user()]
    wrong = rid.lower() if rid.lower() != rid else rid + "0"
    steps.append(
        c.tool(
            "update",
            c.id_args(wrong, field=f, value=v),
            {
                "code": "NOT_FOUND",
                "msg": "no %s with id %s" % (c.d["ent"], wrong),
                "http": "404 Not Found",
            },
            ok=False,
        )
    )
    steps.append(
        c.say("The id was wrong: I used %s but the record is %s. Fixing the id." % (wrong, rid))
    )
    if di % 2 == 0:
        steps.append(
            c.tool(
                "update",
                c.id_args(rid, field=f.upper(), value=v),
                {
                    "code": "UNKNOWN_FIELD",
                    "msg": "unknown field %s" % f.upper(),
                    "http": "400 Bad Request",
                },
                ok=False,
            )
        )
        steps.append(c.say("Field names are case-sensitive; using %s." % f))
    ver = c.rng.randint(3, 50)
    steps.append(
        c.tool("update", c.id_args(rid, field=f, value=v), {c.d["idk"]: rid, f: v, "version": ver})
    )
    if di % 3 != 0:
        steps.append(c.say("Updated %s on %s to %s (version %d)." % (f, rid, v, ver)))
    return steps


def prog_queue_drain_relist(c, di):
    f, a, _b = c.d["toggle"]
    ids = c.ids(span(c, di, 2, 5))
    recs = [c.rec(i) for i in ids]
    steps = [c.user()]
    while recs:
        steps.append(c.tool("list", {"status": "pending"}, {"total": len(recs), "rows": recs}))
        head = recs.pop(0)
        rid = head[c.d["idk"]]
        steps.append(
            c.tool(
                "update",
                c.id_args(rid, field=f, value=a),
                {c.d["idk"]: rid, f: a, "version": c.rng.randint(2, 90)},
            )
        )
    steps.append(c.tool("list", {"status": "pending"}, {"total": 0, "rows": []}))
    steps.append(c.say("All %d pending %ss handled; the queue is empty." % (len(ids), c.d["ent"])))
    return steps


def prog_checklist_walkthrough(c, di):
    ids = c.ids(span(c, di, 3, 7))
    f = pick(
        c.rng,
        [k for k, g in c.d["fields"].items() if isinstance(g(c.rng), (int, float))]
        or list(c.d["fields"]),
    )
    recs = [c.rec(i) for i in ids]
    steps = [
        c.user(),
        c.tool("list", {"status": "pending"}, {"total": len(recs), "rows": recs}),
    ]
    vals = sorted(r[f] for r in recs)
    lim = vals[len(vals) // 2]
    for n, r in enumerate(recs, 1):
        ok = r[f] <= lim
        steps.append(
            c.say(
                "Item %d/%d: %s %s has %s %s, %s the limit of %s; %s."
                % (
                    n,
                    len(recs),
                    c.d["ent"],
                    r[c.d["idk"]],
                    f,
                    r[f],
                    "within" if ok else "over",
                    lim,
                    "passes" if ok else "needs review",
                )
            )
        )
    return steps


def prog_batch_lookup_distinct_ids(c, di):
    ids = c.ids(span(c, di, 4, 9))
    steps = [c.user("Look up these %ss: %s" % (c.d["ent"], " ".join(ids)))]
    recs = []
    for rid in ids:
        r = c.rec(rid)
        recs.append(r)
        steps.append(c.tool("get", c.id_args(rid), r))
    f = list(c.d["fields"])[-1]
    counts = {}
    for r in recs:
        counts[r[f]] = counts.get(r[f], 0) + 1
    steps.append(
        c.say(
            "Fetched %d %ss. By %s: %s."
            % (len(ids), c.d["ent"], f, ", ".join("%s %d" % kv for kv in sorted(counts.items())))
        )
    )
    return steps


def prog_cursor_pagination_advancing(c, di):
    ck = c.d["ck"]
    pages = span(c, di, 3, 5)
    seen = []
    steps = [c.user()]
    cur = None
    for p in range(pages):
        rows = [c.rec(i) for i in c.ids(3)]
        seen += [r[c.d["idk"]] for r in rows]
        nxt = hexid(c.rng, 10) if p < pages - 1 else None
        args = {"limit": 3}
        if cur:
            args[ck] = cur
        steps.append(c.tool("list", args, {"next": nxt if nxt else "null", "rows": rows}))
        if p < pages - 1 and c.rng.random() < 0.6:
            steps.append(
                c.say(
                    "Page %d gave %s; fetching page %d."
                    % (p + 1, ", ".join(r[c.d["idk"]] for r in rows), p + 2)
                )
            )
        cur = nxt
    steps.append(
        c.say("Collected %d %ss over %d pages; no further pages." % (len(seen), c.d["ent"], pages))
    )
    return steps


def prog_job_polling_advancing(c, di):
    job = "job-" + hexid(c.rng, 8)
    total = c.rng.randint(60, 500)
    polls = span(c, di, 3, 7)
    steps = [
        c.user(),
        c.tool("submit", {"scope": "all"}, {"job": job, "state": "queued", "items_total": total}),
    ]
    done = 0
    for i in range(polls):
        last = i == polls - 1
        done = (
            total
            if last
            else min(total - 1, done + c.rng.randint(total // (polls + 2), total // polls))
        )
        steps.append(
            c.tool(
                "status",
                {"job": job},
                {
                    "job": job,
                    "state": "succeeded" if last else "running",
                    "items_done": done,
                    "items_total": total,
                    "last_update": c.ts(),
                },
            )
        )
        if not last and c.rng.random() < 0.5:
            steps.append(c.say("%d of %d done; checking the job status shortly." % (done, total)))
    steps.append(c.say("Job %s finished: all %d items processed." % (job, total)))
    return steps


def prog_confirmation_then_execute(c, di):
    ids = c.ids(span(c, di, 2, 5))
    f, a, _b = c.d["toggle"]
    steps = [c.user()]
    steps.append(
        c.say(
            "I found %d %ss to change (%s). Shall I set %s=%s on all of them?"
            % (len(ids), c.d["ent"], ", ".join(ids), f, a)
        )
    )
    steps.append(c.say("Applying the change to %s first." % ids[0], "Yes, go ahead."))
    steps.extend(
        c.tool(
            "update",
            c.id_args(rid, field=f, value=a),
            {c.d["idk"]: rid, f: a, "version": c.rng.randint(2, 80)},
        )
        for rid in ids
    )
    steps.append(c.say("Done: %s is now %s on %s." % (f, a, ", ".join(ids))))
    return steps


def prog_verify_each_write_once(c, di):
    ids = c.ids(span(c, di, 2, 4))
    f, a, _b = c.d["toggle"]
    steps = [c.user()]
    for rid in ids:
        ver = c.rng.randint(3, 70)
        steps.append(
            c.tool(
                "update", c.id_args(rid, field=f, value=a), {c.d["idk"]: rid, f: a, "version": ver}
            )
        )
        rec = c.rec(rid)
        rec[f] = a
        rec["version"] = ver
        steps.append(c.say("Verifying %s %s." % (c.d["ent"], rid)))
        steps.append(c.tool("get", c.id_args(rid), rec))
    return steps


def prog_apology_revised_answer(c, di):
    e = c.d["ent"]
    n = c.rng.randint(20, 60)
    m = c.rng.randint(3, n - 8)
    q = c.d["queries"][0]
    steps = [
        c.user(),
        c.tool("search", {c.d["qk"]: q}, {"total": n, "rows": [c.rec(i) for i in c.ids(3)]}),
    ]
    steps.append(c.say("There are %d matching %ss." % (n, e)))
    steps.append(
        c.say(
            "Sorry, I counted every week. Filtering to this week now.",
            "That's wrong, it should only count ones from this week.",
        )
    )
    steps.append(
        c.tool(
            "search",
            {c.d["qk"]: q, "since": "this_week"},
            {"total": m, "rows": [c.rec(i) for i in c.ids(3)]},
        )
    )
    steps.append(c.say("With the week filter it is %d %ss, not %d." % (m, e, n)))
    if di % 2:
        steps.append(
            c.say(
                "Of those %d, the first three listed are the oldest; want me to start with them?"
                % m,
                "Which of them is oldest?",
            )
        )
    return steps


def prog_query_narrowing_hits(c, di):
    qs = c.d["queries"]
    steps = [c.user()]
    total = c.rng.randint(120, 400)
    filters = ["", " recent", " unassigned", " priority"]
    k = span(c, di, 2, 4)
    q = qs[0]
    for i in range(k):
        q = q + filters[i] if i else q.split(" ")[0]
        rows = [c.rec(x) for x in c.ids(min(3, total))]
        steps.append(c.tool("search", {c.d["qk"]: q}, {"total": total, "rows": rows}))
        if i < k - 1:
            steps.append(c.say("%d hits for '%s' is too broad; narrowing." % (total, q)))
        total = max(2, total // c.rng.randint(3, 8))
    pickid = rows[0][c.d["idk"]]
    steps.append(c.tool("get", c.id_args(pickid), c.rec(pickid)))
    return steps


LOOP = [
    ("exact_repeat", loop_exact_repeat),
    ("paraphrased_repeat", loop_paraphrased_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_tool_retry", loop_failing_tool_retry),
    ("same_action_same_observation", loop_same_action_same_observation),
    ("identical_monologue", loop_identical_monologue),
    ("identical_tool_calls", loop_identical_tool_calls),
    ("cursor_stuck_pagination", loop_cursor_stuck_pagination),
    ("frozen_job_polling", loop_frozen_job_polling),
    ("confirmation_seeking", loop_confirmation_seeking),
    ("reverify_after_success", loop_reverify_after_success),
    ("apology_same_answer", loop_apology_same_answer),
    ("zero_hit_requery", loop_zero_hit_requery),
]
PROGRESS = [
    ("incremental_edit_sequence", prog_incremental_edit_sequence),
    ("related_doc_summaries", prog_related_doc_summaries),
    ("cross_reference_two_sources", prog_cross_reference_two_sources),
    ("retry_with_corrected_args", prog_retry_with_corrected_args),
    ("queue_drain_relist", prog_queue_drain_relist),
    ("checklist_walkthrough", prog_checklist_walkthrough),
    ("batch_lookup_distinct_ids", prog_batch_lookup_distinct_ids),
    ("cursor_pagination_advancing", prog_cursor_pagination_advancing),
    ("job_polling_advancing", prog_job_polling_advancing),
    ("confirmation_then_execute", prog_confirmation_then_execute),
    ("verify_each_write_once", prog_verify_each_write_once),
    ("apology_revised_answer", prog_apology_revised_answer),
    ("query_narrowing_hits", prog_query_narrowing_hits),
]


def build():
    rows = []
    for label, kinds in (("loop", LOOP), ("progress", PROGRESS)):
        for kind, fn in kinds:
            for di, dom in enumerate(DOMAINS):
                row_id = "eightyfifth-%s-%s-%03d" % (label, kind, di + 1)
                rng = random.Random(f"{SEED}-{row_id}")
                steps = fn(Ctx(dom, rng), di)
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": steps,
                    }
                )
    return rows


def main():
    with (HERE / "trajectories.jsonl").open("w") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
