"""Blind trajectory set 71 ("seventyfirst") for the loop detector.

Standard library only. Deterministic: every row draws from a random.Random seeded from SEED and
the row id. Run this file to rewrite trajectories.jsonl next to it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7171

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "cursor_reset_paging",
    "stale_status_polling",
    "confirmation_request_cycle",
    "search_query_shuffle",
    "write_verify_rewrite",
    "fallback_rotation",
]

PROGRESS_KINDS = [
    "distinct_record_walk",
    "related_doc_summaries",
    "alternating_fetch_update",
    "corrected_argument_retry",
    "recheck_after_change",
    "checklist_narration",
    "batched_id_calls",
    "cursor_pagination",
    "status_poll_advancing",
    "confirmation_acted_on",
    "search_refinement",
    "batch_write_verify",
    "fallback_succeeds",
]

# ---------------------------------------------------------------- envelopes (volatile noise)

HOSTS = ["api-1", "api-2", "api-3", "edge-a", "edge-b", "worker-7", "worker-12", "node-04"]


CLOCK = [0]


def _ts(r: random.Random) -> str:
    """The row's clock: a few seconds on at every stamp."""
    CLOCK[0] += r.randint(1, 40)
    t = CLOCK[0]
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        t // 10**7 % 11 + 1,
        t // 10**5 % 28 + 1,
        t // 3600 % 24,
        t // 60 % 60,
        t % 60,
        r.randint(0, 999),
    )


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def wrap_json_meta(p, r, err):
    meta = {
        "request_id": "req_" + _hex(r, 16),
        "served_by": r.choice(HOSTS),
        "at": _ts(r),
        "ratelimit_remaining": r.randint(40, 600),
    }
    if err:
        return json.dumps({"ok": False, "error": p, "meta": meta})
    return json.dumps({"ok": True, "data": p, "meta": meta})


def wrap_http(p, r, err):
    status = p.pop("_status", "503 Service Unavailable") if err else "200 OK"
    head = [
        "HTTP/1.1 " + status,
        "Date: " + _ts(r),
        "Content-Type: application/json",
        "X-Request-Id: " + "%s-%s" % (_hex(r, 8), _hex(r, 4)),
        "X-RateLimit-Remaining: %d" % r.randint(5, 120),
        "Age: %d" % r.randint(0, 300),
        "Via: 1.1 " + r.choice(HOSTS),
    ]
    return "\n".join(head) + "\n\n" + json.dumps(p)


def _xml(tag, v, ind=""):
    if isinstance(v, dict):
        inner = "".join(_xml(k, x, ind + "  ") for k, x in v.items())
        return "%s<%s>\n%s%s</%s>\n" % (ind, tag, inner, ind, tag)
    if isinstance(v, list):
        return "".join(_xml(tag.rstrip("s") or tag, x, ind) for x in v)
    return "%s<%s>%s</%s>\n" % (ind, tag, v, tag)


def wrap_xml(p, r, err):
    attrs = 'requestId="%s" generated="%s" node="%s"' % (_hex(r, 12), _ts(r), r.choice(HOSTS))
    if err:
        return "<fault %s>\n%s</fault>" % (attrs, _xml("detail", p, "  "))
    return "<result %s>\n%s</result>" % (attrs, "".join(_xml(k, v, "  ") for k, v in p.items()))


def _flat(p):
    out = []
    for k, v in p.items():
        if isinstance(v, list):
            continue
        out.append("%s=%s" % (k, str(v).replace(" ", "_")))
    return " ".join(out)


def wrap_log(p, r, err):
    lvl = "ERROR" if err else "INFO"
    pid = r.randint(1000, 40000)
    lines = ["%s %s certd[%d] trace=%s %s" % (_ts(r), lvl, pid, _hex(r, 10), _flat(p))]
    lines.extend(
        "%s %s certd[%d] row %s" % (_ts(r), lvl, pid, _flat(it)) for it in p.get("items", [])
    )
    return "\n".join(lines)


def wrap_graphql(p, r, err):
    ext = {
        "traceId": _hex(r, 24),
        "cost": {"requested": r.randint(2, 30), "throttleAvailable": r.randint(100, 1000)},
    }
    if err:
        return json.dumps({"data": None, "errors": [p], "extensions": ext})
    return json.dumps({"data": p, "extensions": ext})


def wrap_csv(p, r, err):
    head = "# export job=%s at=%s node=%s" % (_hex(r, 8), _ts(r), r.choice(HOSTS))
    if err:
        return head + "\nstatus,code,message\nfailed,%s,%s" % (p.get("code"), p.get("message"))
    items = p.get("items")
    rest = {k: v for k, v in p.items() if k != "items"}
    lines = [head]
    if rest:
        lines += ["key,value"] + ["%s,%s" % (k, v) for k, v in rest.items()]
    if items:
        cols = list(items[0].keys())
        lines.append(",".join(cols))
        lines += [",".join(str(it.get(c, "")) for c in cols) for it in items]
    if items == []:
        lines.append("(0 rows)")
    return "\n".join(lines)


def wrap_kv(p, r, err):
    lines = [
        "RESULT=%s" % ("FAIL" if err else "OK"),
        "TXN=%d" % r.randint(10**7, 10**8),
        "HOST=%s" % r.choice(HOSTS).upper(),
        "TIME=%s" % _ts(r),
    ]
    for k, v in p.items():
        if isinstance(v, list):
            for i, it in enumerate(v):
                lines += ["%s.%d.%s=%s" % (k.upper(), i, a.upper(), b) for a, b in it.items()]
        else:
            lines.append("%s=%s" % (k.upper(), v))
    return "\n".join(lines)


def _yaml(v, ind=""):
    out = []
    for k, x in v.items():
        if isinstance(x, list):
            out.append("%s%s:" % (ind, k))
            for it in x:
                first = True
                for a, b in it.items():
                    out.append("%s  %s %s: %s" % (ind, "-" if first else " ", a, b))
                    first = False
            if not x:
                out[-1] += " []"
        elif isinstance(x, dict):
            out.append("%s%s:" % (ind, k))
            out += _yaml(x, ind + "  ")
        else:
            out.append("%s%s: %s" % (ind, k, x))
    return out


def wrap_yaml(p, r, err):
    head = ["---", "rpc_id: %s" % _hex(r, 10), "served_at: %s" % _ts(r)]
    head.append("shard: %s" % r.choice(HOSTS))
    head.append("status: %s" % ("error" if err else "ok"))
    return "\n".join(head + _yaml(p))


# ---------------------------------------------------------------- domains

DOMAINS = [
    {
        "name": "cooperage_barrel_orders",
        "wrap": wrap_json_meta,
        "request": "Distillery Glenmarrow says their 12 hogsheads should have shipped Friday. "
        "Find their cask order, check where it is in the shop, and fix the toast level if "
        "it's wrong - they asked for medium plus.",
        "open": "I'll find Glenmarrow's cask order in the shop system and check its stage.",
        "noun": "cask order",
        "idk": "order_id",
        "idf": lambda r: "CO-%d-%04d" % (r.choice([24, 25]), r.randint(100, 9999)),
        "tools": {
            "get": "cask_orders.get",
            "search": "cask_orders.search",
            "update": "cask_orders.update",
            "job": "toasting_jobs.status",
            "alt": ["cask_orders.get", "erp_legacy.fetch_order", "floor_sheet.lookup"],
        },
        "fields": {
            "customer": ["Glenmarrow", "Ardlowe", "Kinsey Rye", "Bramble Hill"],
            "wood": ["American white oak", "French oak (Allier)", "Hungarian oak"],
            "size_l": [225, 228, 250, 500],
            "toast": ["medium", "medium_plus", "heavy"],
            "stage": ["stave_seasoning", "raising", "toasting", "heading", "leak_test"],
            "qty": [4, 6, 12, 24],
        },
        "ufield": "toast",
        "uvals": ["medium_plus", "heavy"],
        "query": ["glenmarrow", "hogshead", "250L", "medium_plus"],
        "errs": [
            {"code": "UPSTREAM_TIMEOUT", "message": "shop floor DB did not answer in 5000ms"},
            {
                "code": "INVALID_FIELD",
                "message": "toast must be one of light,medium,medium_plus,heavy",
            },
        ],
        "user_yes": ["Yes, go ahead.", "Yep, do it.", "Confirmed, update it."],
    },
    {
        "name": "planetarium_show_scheduling",
        "wrap": wrap_http,
        "request": "The school group from Harlow Academy (62 pupils) needs the 'Moons of Jupiter' "
        "dome show moved from Tuesday to Thursday morning. Rebook it and make sure the dome "
        "isn't double-booked.",
        "open": "Looking up the Harlow Academy booking on the dome calendar first.",
        "noun": "dome booking",
        "idk": "booking",
        "idf": lambda r: "DB%06d" % r.randint(1, 999999),
        "tools": {
            "get": "GET /v2/bookings/{id}",
            "search": "GET /v2/bookings",
            "update": "PATCH /v2/bookings/{id}",
            "job": "GET /v2/render-queue/{id}",
            "alt": ["GET /v2/bookings/{id}", "GET /v1/legacy/booking", "GET /mirror/bookings/{id}"],
        },
        "fields": {
            "group": ["Harlow Academy", "St Cuthbert's", "Brownies 4th Unit", "U3A Astronomy"],
            "show": ["Moons of Jupiter", "Black Holes Live", "Tonight's Sky"],
            "slot": ["Tue 10:00", "Thu 09:30", "Thu 11:00", "Fri 13:30"],
            "seats": [38, 62, 90, 120],
            "status": ["held", "confirmed", "invoiced"],
        },
        "ufield": "slot",
        "uvals": ["Thu 09:30", "Thu 11:00"],
        "query": ["harlow", "jupiter", "school", "thursday"],
        "errs": [
            {
                "_status": "504 Gateway Timeout",
                "error": "upstream_timeout",
                "detail": "calendar-svc",
            },
            {
                "_status": "422 Unprocessable Entity",
                "error": "invalid_slot",
                "detail": "slot must be ISO 8601",
            },
        ],
        "user_yes": ["Yes please.", "That's fine, book it.", "OK, go ahead with that."],
    },
    {
        "name": "seaweed_harvest_permits",
        "wrap": wrap_xml,
        "request": "Kelpwise Ltd's hand-harvest permit for the Loch Sunart beds is showing "
        "'suspended'. Work out why and get it reinstated if the quota return has now been filed.",
        "open": "Let me pull the Kelpwise permit record and its quota returns.",
        "noun": "permit",
        "idk": "permitRef",
        "idf": lambda r: "SHP/%d/%03d" % (r.randint(2023, 2026), r.randint(1, 999)),
        "tools": {
            "get": "permits_getPermit",
            "search": "permits_findPermits",
            "update": "permits_setStatus",
            "job": "returns_getProcessing",
            "alt": ["permits_getPermit", "registry_soapPermitLookup", "gis_bedLookup"],
        },
        "fields": {
            "holder": ["Kelpwise Ltd", "Hebridean Wrack Co", "Mara Sea Veg"],
            "bed": ["Loch Sunart N", "Sound of Mull E", "Loch Linnhe 3"],
            "species": ["Ascophyllum nodosum", "Saccharina latissima", "Palmaria palmata"],
            "quotaTonnes": [12, 30, 45, 80],
            "state": ["active", "suspended", "pending_review"],
        },
        "ufield": "state",
        "uvals": ["active", "suspended"],
        "query": ["kelpwise", "sunart", "ascophyllum", "suspended"],
        "errs": [
            {"code": "SVC-0408", "text": "Registry backend timeout"},
            {"code": "VAL-0112", "text": "permitRef must match SHP/YYYY/NNN"},
        ],
        "user_yes": ["Yes, reinstate it.", "Go ahead.", "Agreed - do that."],
    },
    {
        "name": "organic_certification_audits",
        "wrap": wrap_log,
        "request": "Fernhill Farm's organic certificate lapses on the 30th. Check which "
        "non-conformities from the last audit are still open and close any that have evidence "
        "uploaded.",
        "open": "Checking Fernhill Farm's audit file for open non-conformities.",
        "noun": "non-conformity",
        "idk": "nc",
        "idf": lambda r: "NC-%s%d" % (r.choice("ABCFK"), r.randint(1000, 9999)),
        "tools": {
            "get": "certd_nc_show",
            "search": "certd_nc_list",
            "update": "certd_nc_set",
            "job": "certd_evidence_scan",
            "alt": ["certd_nc_show", "certd_archive_read", "fileshare_grep"],
        },
        "fields": {
            "operator": ["Fernhill Farm", "Oakbank Dairy", "Linley Growers"],
            "clause": ["4.2.1 feed records", "5.1 buffer zones", "7.3 input approval"],
            "severity": ["minor", "major"],
            "evidence": ["none", "uploaded", "rejected"],
            "state": ["open", "closed", "escalated"],
        },
        "ufield": "state",
        "uvals": ["closed", "open"],
        "query": ["fernhill", "feed", "minor", "open"],
        "errs": [
            {"code": "EBUSY", "message": "audit store locked by batch export"},
            {"code": "EARG", "message": "unknown state value"},
        ],
        "user_yes": ["yes close it", "Fine by me.", "Yes, close that one."],
    },
    {
        "name": "drone_light_show_ops",
        "wrap": wrap_graphql,
        "request": "Tonight's 300-drone show at Riverside Park: the ops board says fleet 'Aurora' "
        "has 14 units failing preflight. Get the failing units swapped out for spares and "
        "re-run the preflight.",
        "open": "I'll query the Aurora fleet's preflight results.",
        "noun": "drone unit",
        "idk": "unitId",
        "idf": lambda r: "AUR-%03d-%s" % (r.randint(1, 340), _hex(r, 3).upper()),
        "tools": {
            "get": "query.unit",
            "search": "query.units",
            "update": "mutation.updateUnit",
            "job": "query.preflightRun",
            "alt": ["query.unit", "query.telemetrySnapshot", "query.hangarInventory"],
        },
        "fields": {
            "fleet": ["Aurora", "Borealis", "Spare pool"],
            "battery": ["12%", "64%", "97%", "100%"],
            "gps": ["RTK_FIX", "FLOAT", "NO_FIX"],
            "preflight": ["FAIL_COMPASS", "FAIL_GPS", "PASS"],
            "slot": [17, 88, 143, 260],
        },
        "ufield": "fleet",
        "uvals": ["Aurora", "Spare pool"],
        "query": ["aurora", "FAIL", "compass", "spare"],
        "errs": [
            {"message": "Downstream fleet-api timed out", "extensions": {"code": "TIMEOUT"}},
            {
                "message": "Variable $slot got invalid value",
                "extensions": {"code": "BAD_USER_INPUT"},
            },
        ],
        "user_yes": ["Yes, swap it.", "Approved.", "Go for it."],
    },
    {
        "name": "po_box_rentals",
        "wrap": wrap_csv,
        "request": "Customer Priya Nair paid for 12 months on her PO box but the renewal notice "
        "still went out. Find the box, check the payment posted, and stop the overdue notices.",
        "open": "Let me find Priya Nair's box in the rentals export.",
        "noun": "box rental",
        "idk": "box",
        "idf": lambda r: "%d-%04d" % (r.randint(10, 99), r.randint(1, 4999)),
        "tools": {
            "get": "boxrent_lookup",
            "search": "boxrent_query",
            "update": "boxrent_set",
            "job": "notices_batch_status",
            "alt": ["boxrent_lookup", "counter_pos_export", "paperfile_index"],
        },
        "fields": {
            "renter": ["Priya Nair", "J. Okafor", "Halden Joinery", "M. Ruiz"],
            "size": ["small", "medium", "large"],
            "paid_to": ["2026-03-31", "2027-02-28", "2026-11-30"],
            "notices": ["on", "off"],
            "balance": ["0.00", "84.00", "168.00"],
        },
        "ufield": "notices",
        "uvals": ["off", "on"],
        "query": ["nair", "medium", "overdue", "2026"],
        "errs": [
            {"code": "504", "message": "POS export service timeout"},
            {"code": "400", "message": "box must be NN-NNNN"},
        ],
        "user_yes": ["yes", "Yes - stop them.", "ok do it"],
    },
    {
        "name": "industrial_boiler_inspections",
        "wrap": wrap_kv,
        "request": "The insurer wants the written scheme of examination for boiler B-3 at the "
        "Kettering dye works before they'll renew. Check the last thorough exam, book the "
        "outstanding one and update the scheme.",
        "open": "Pulling the examination history for boiler B-3 at Kettering.",
        "noun": "examination",
        "idk": "exam_no",
        "idf": lambda r: "EX%d%05d" % (r.randint(7, 9), r.randint(1, 99999)),
        "tools": {
            "get": "BOILER.EXAM.READ",
            "search": "BOILER.EXAM.FIND",
            "update": "BOILER.EXAM.AMEND",
            "job": "BOILER.REPORT.STATUS",
            "alt": ["BOILER.EXAM.READ", "SCHEME.ARCHIVE.GET", "ENGINEER.DIARY.GET"],
        },
        "fields": {
            "plant": ["B-3 Kettering", "B-1 Kettering", "Steam main SM2"],
            "exam_type": ["thorough", "working", "cold"],
            "due": ["2026-04-12", "2026-06-01", "2026-09-30"],
            "outcome": ["satisfactory", "defects_noted", "not_done"],
            "engineer": ["R. Patel", "S. Doyle", "K. Wren"],
        },
        "ufield": "exam_type",
        "uvals": ["thorough", "working"],
        "query": ["B-3", "kettering", "thorough", "2026"],
        "errs": [
            {"code": "E-TMO", "reason": "MAINFRAME GATEWAY TIMEOUT"},
            {"code": "E-FMT", "reason": "DATE FIELD MUST BE DDMMYYYY"},
        ],
        "user_yes": ["Yes, book it.", "Confirmed.", "Yes that's right."],
    },
    {
        "name": "wool_clip_auction_lots",
        "wrap": wrap_yaml,
        "request": "Ridgeway Station's clip needs to be lotted for next Tuesday's sale. Make sure "
        "every bale line has a micron test attached and fix the lot catalogue entries that are "
        "missing a test certificate.",
        "open": "I'll load Ridgeway Station's bale lines for the Tuesday catalogue.",
        "noun": "lot",
        "idk": "lot_id",
        "idf": lambda r: "L%d-%s%02d" % (r.randint(1000, 9999), r.choice("RSTW"), r.randint(1, 60)),
        "tools": {
            "get": "catalogue.GetLot",
            "search": "catalogue.ListLots",
            "update": "catalogue.AmendLot",
            "job": "testing.GetCertificateJob",
            "alt": ["catalogue.GetLot", "broker.LegacyLot", "testing.CertIndex"],
        },
        "fields": {
            "grower": ["Ridgeway Station", "Tullamore Downs", "Kiah Park"],
            "micron": ["17.8", "19.2", "21.5", "pending"],
            "bales": [6, 9, 14, 22],
            "cert": ["missing", "attached", "expired"],
            "sale": ["S2614", "S2615"],
        },
        "ufield": "sale",
        "uvals": ["S2614", "S2615"],
        "query": ["ridgeway", "merino", "missing", "S2614"],
        "errs": [
            {"code": "UNAVAILABLE", "detail": "testing-house link timed out"},
            {"code": "INVALID_ARGUMENT", "detail": "micron must be a decimal"},
        ],
        "user_yes": ["Yes.", "Yep, go.", "Sure, amend it."],
    },
]


# ---------------------------------------------------------------- row context


class Ctx:
    def __init__(self, d, r):
        self.d, self.r = d, r
        self.ids = []
        while len(self.ids) < 7:
            i = d["idf"](r)
            if i not in self.ids:
                self.ids.append(i)
        self.job = "J" + _hex(r, 8)

    def rec(self, eid, **over):
        rr = random.Random("%d:%s" % (SEED, eid))
        out = {self.d["idk"]: eid}
        for k, vals in self.d["fields"].items():
            out[k] = rr.choice(vals)
        out.update(over)
        return out

    def tool(self, t, args, payload, err=False):
        payload = json.loads(json.dumps(payload))
        name = self.d["tools"].get(t, t)
        return {
            "kind": "tool",
            "tool": name,
            "args": args,
            "observation": self.d["wrap"](payload, self.r, err),
            "error": err,
        }

    def get(self, eid, **over):
        return self.tool("get", {self.d["idk"]: eid}, self.rec(eid, **over))

    def search(self, q, ids, **extra):
        args = {"q": q}
        args.update({k: v for k, v in extra.items() if not k.startswith("_")})
        items = [{self.d["idk"]: i, **dict(list(self.rec(i).items())[1:3])} for i in ids]
        payload = {"total": extra.get("_total", len(ids)), "items": items}
        if "_next" in extra:
            payload["next_cursor"] = extra["_next"]
        return self.tool("search", args, payload)

    def update(self, eid, val, field=None, **over):
        f = field or self.d["ufield"]
        return self.tool(
            "update",
            {self.d["idk"]: eid, f: val},
            {self.d["idk"]: eid, f: val, "updated": True, "version": over.get("version", 2)},
        )

    def fail(self, t, args, which=0):
        e = dict(self.d["errs"][which])
        return self.tool(t, args, e, err=True)

    def say(self, text, obs=""):
        return {"kind": "llm", "text": text, "observation": obs}

    def start(self):
        return self.say(self.d["open"], self.d["request"])

    def f(self, eid):
        return self.rec(eid)[self.d["ufield"]]


def pre(c, n):
    """Some real work before the part that matters: a search, then a look-up."""
    d = c.d
    out = []
    if n >= 1:
        out.append(c.search(d["query"][0], c.ids[:3]))
    if n >= 2:
        out.append(c.get(c.ids[0]))
    return out


# ---------------------------------------------------------------- loop kinds


def l_exact_repeat(c):
    r, d = c.r, c.d
    e = c.ids[1]
    txt = "Opening %s %s to confirm the %s before I change anything." % (d["noun"], e, d["ufield"])
    s = [c.start(), *pre(c, r.randint(0, 2))]
    for _ in range(r.randint(3, 4)):
        s += [c.say(txt), c.get(e)]
    return s


def l_paraphrased_repeat(c):
    r, d = c.r, c.d
    e, f = c.ids[1], d["ufield"]
    para = [
        "Let me open %s and read its %s." % (e, f),
        "I'll check the %s on %s %s." % (f, d["noun"], e),
        "Pulling up %s to confirm what %s it has." % (e, f),
        "Checking %s - what's the %s set to?" % (e, f),
        "Let me verify the %s recorded for %s." % (f, e),
    ]
    r.shuffle(para)
    s = [c.start(), *pre(c, r.randint(1, 2))]
    tools = r.random() < 0.6
    for p in para[: r.randint(3, 4)]:
        s.append(c.say(p))
        if tools:
            s.append(c.get(e))
    return s


def l_ab_oscillation(c):
    r, d = c.r, c.d
    e = c.ids[0]
    a, b = d["uvals"]
    s = [c.start(), c.get(e)]
    why = [
        "The request says %s, so setting %s to %s." % (a, d["ufield"], a),
        "The record had %s; putting %s back to %s to match it." % (b, d["ufield"], b),
    ]
    n = r.randint(2, 3)
    talk = r.random() < 0.5
    for i in range(n):
        for j, v in enumerate((a, b)):
            if talk and i == 0:
                s.append(c.say(why[j]))
            s.append(c.update(e, v, version=2 + 2 * i + j))
    return s


def l_failing_tool_retry(c):
    r, d = c.r, c.d
    s = [c.start(), *pre(c, r.randint(0, 1))]
    e = c.ids[2]
    args = {d["idk"]: e, d["ufield"]: d["uvals"][0]}
    which = r.randint(0, 1)
    for i in range(r.randint(3, 5)):
        s.append(c.fail("update", args, which))
        if i == 0:
            s.append(c.say("That call failed; retrying the update for %s." % e))
    return s


def l_same_action_same_observation(c):
    r, d = c.r, c.d
    e = c.ids[0]
    notes = [
        "Reading %s first." % e,
        "The %s on %s is %s. Let me look at it before deciding." % (d["ufield"], e, c.f(e)),
        "%s is %s - checking that's the current record." % (e, c.f(e)),
        "Before I amend %s I want the latest copy." % e,
        "Reading %s so the change is based on it." % e,
    ]
    s = [c.start()]
    for i in range(r.randint(3, 4)):
        s += [c.say(notes[i]), c.get(e)]
    return s


def l_identical_monologue(c):
    r, d = c.r, c.d
    s = [c.start(), *pre(c, r.randint(1, 2))]
    txt = r.choice(
        [
            "I need to confirm the %s for %s before updating the %s."
            % (d["ufield"], c.ids[0], d["noun"]),
            "Next step: check %s, then decide whether to change the %s." % (c.ids[0], d["ufield"]),
            "Waiting on the %s details for %s." % (d["noun"], c.ids[0]),
        ]
    )
    s.extend(c.say(txt) for _ in range(r.randint(3, 5)))
    return s


def l_identical_tool_calls(c):
    r, _ = c.r, c.d
    s = [c.start(), *pre(c, r.randint(0, 1))]
    e = c.ids[3]
    s.extend(c.get(e) for _ in range(r.randint(4, 6)))
    s.append(c.say("%s is %s." % (e, c.f(e))))
    return s


def l_cursor_reset_paging(c):
    r, d = c.r, c.d
    q = d["query"][1]
    cur = _hex(r, 12)
    s = [c.start(), c.search(q, c.ids[:3], limit=3, _total=11, _next=cur)]
    nxt = _hex(r, 12)
    for i in range(r.randint(3, 4)):
        if i == 0:
            s.append(c.say("First page has 3 of 11. Fetching the next page."))
        s.append(c.search(q, c.ids[3:6], limit=3, cursor=cur, _total=11, _next=nxt))
    return s


def l_stale_status_polling(c):
    r, _ = c.r, c.d
    s = [c.start(), c.get(c.ids[0])]
    s.append(c.say("A job is already running for this; I'll check on it."))
    pos = r.randint(3, 9)
    for i in range(r.randint(3, 5)):
        s.append(c.tool("job", {"job": c.job}, {"job": c.job, "state": "queued", "position": pos}))
        if i == 1:
            s.append(c.say("Job %s is queued at position %d. Checking its status." % (c.job, pos)))
    return s


def l_confirmation_request_cycle(c):
    r, d = c.r, c.d
    e = c.ids[0]
    a = d["uvals"][0]
    s = [c.start(), c.get(e)]
    q = "I can set the %s on %s to %s. Shall I go ahead?" % (d["ufield"], e, a)
    s.extend(c.say(q, d["user_yes"][i % len(d["user_yes"])]) for i in range(r.randint(3, 4)))
    return s


def l_search_query_shuffle(c):
    r, d = c.r, c.d
    words = d["query"][:3]
    s = [c.start()]
    seen = []
    for _ in range(r.randint(3, 5)):
        w = words[:]
        while " ".join(w) in seen:
            r.shuffle(w)
        seen.append(" ".join(w))
        s.append(c.search(" ".join(w), [], _total=0))
        if len(s) == 2:
            s.append(c.say("No hits. Rewording the search."))
    return s


def l_write_verify_rewrite(c):
    r, d = c.r, c.d
    e = c.ids[1]
    a, b = d["uvals"]
    s = [c.start()]
    for i in range(r.randint(3, 4)):
        s.append(c.update(e, a, version=3 + i))
        s.append(c.tool("get", {d["idk"]: e}, c.rec(e, **{d["ufield"]: b})))
        if i == 0:
            s.append(c.say("Read-back shows %s, not %s. Writing %s to it." % (b, a, a)))
    return s


def l_fallback_rotation(c):
    r, d = c.r, c.d
    e = c.ids[0]
    s = [c.start()]
    alts = d["tools"]["alt"]
    rounds = r.randint(2, 3)
    for i in range(rounds):
        s.extend(c.fail(t, {d["idk"]: e}, 0) for t in alts)
        if i == 0:
            s.append(c.say("All three sources failed for %s; trying them in order." % e))
    return s[:12]


# ---------------------------------------------------------------- progress kinds


def p_distinct_record_walk(c):
    r, d = c.r, c.d
    s = [c.start(), *pre(c, r.randint(0, 1))]
    for e in c.ids[1 : 1 + r.randint(3, 4)]:
        s += [
            c.say(
                "Opening %s %s to confirm the %s before I change anything."
                % (d["noun"], e, d["ufield"])
            ),
            c.get(e),
        ]
    return s


def p_related_doc_summaries(c):
    r, d = c.r, c.d
    s = [c.start(), c.search(d["query"][0], c.ids[:4])]
    for e in c.ids[:4][: r.randint(3, 4)]:
        rec = c.rec(e)
        s.append(c.get(e))
        vals = ", ".join("%s %s" % (k, v) for k, v in list(rec.items())[1:4])
        s.append(c.say("%s: %s." % (e, vals)))
    return s[:12]


def p_alternating_fetch_update(c):
    r, d = c.r, c.d
    s = [c.start()]
    for e in c.ids[: r.randint(2, 4)]:
        s += [c.get(e), c.update(e, d["uvals"][0])]
    return s


def p_corrected_argument_retry(c):
    r, d = c.r, c.d
    e = c.ids[2]
    s = [c.start(), *pre(c, r.randint(0, 1))]
    bad = {d["idk"]: e.lower().replace("-", ""), d["ufield"]: d["uvals"][0]}
    s.append(c.fail("update", bad, 1))
    s.append(c.say("That call failed: the %s was malformed. Retrying with %s." % (d["idk"], e)))
    s.append(c.update(e, d["uvals"][0]))
    s.append(c.get(e, **{d["ufield"]: d["uvals"][0]}))
    s.append(c.say("Done - %s now shows %s." % (e, d["uvals"][0])))
    return s


def p_recheck_after_change(c):
    r, d = c.r, c.d
    s = [c.start()]
    q = d["query"][2]
    left = c.ids[:4]
    s.append(c.search(q, left))
    for i in range(r.randint(2, 3)):
        s.append(c.update(left[i], d["uvals"][0]))
        s.append(c.search(q, left[i + 1 :]))
    s.append(c.say("%d left on the list." % (len(left) - i - 1)))
    return s


def p_checklist_narration(c):
    r, d = c.r, c.d
    s = [c.start(), *pre(c, r.randint(1, 2))]
    recs = [c.rec(e) for e in c.ids[:4]]
    k = list(recs[0].keys())
    for n, rec in enumerate(recs[: r.randint(3, 4)]):
        s.append(
            c.say(
                "Item %d: %s has %s %s and %s %s."
                % (n + 1, rec[d["idk"]], k[2], rec[k[2]], k[4], rec[k[4]])
            )
        )
    return s


def p_batched_id_calls(c):
    r, _ = c.r, c.d
    s = [c.start(), *pre(c, r.randint(0, 1))]
    es = c.ids[2 : 2 + r.randint(4, 5)]
    s.extend(c.get(e) for e in es)
    s.append(
        c.say("Read %d records: %s." % (len(es), ", ".join("%s=%s" % (e, c.f(e)) for e in es)))
    )
    return s


def p_cursor_pagination(c):
    r, d = c.r, c.d
    q = d["query"][1]
    curs = [_hex(r, 12) for _ in range(4)]
    pages = r.randint(3, 4)
    total = 3 * pages - 1
    s = [c.start(), c.search(q, c.ids[:3], limit=3, _total=total, _next=curs[0])]
    s.append(c.say("First page has 3 of %d. Fetching the next page." % total))
    for i in range(1, pages):
        ids = [c.idf_more(i, j) for j in range(3 if i < pages - 1 else 2)]
        extra = {"_next": curs[i]} if i < pages - 1 else {"_next": None}
        s.append(c.search(q, ids, limit=3, cursor=curs[i - 1], _total=total, **extra))
    return s


def p_status_poll_advancing(c):
    r, _ = c.r, c.d
    s = [c.start(), c.get(c.ids[0])]
    s.append(c.say("A job is already running for this; I'll check on it."))
    pos = r.randint(3, 9)
    states = [
        {"state": "queued", "position": pos},
        {"state": "running", "percent": r.randint(10, 45)},
        {"state": "running", "percent": r.randint(60, 95)},
        {"state": "succeeded", "output": "report_%s.pdf" % _hex(r, 6)},
    ]
    s.extend(c.tool("job", {"job": c.job}, {"job": c.job, **st}) for st in states)
    s.append(c.say("Job %s finished; attaching %s to the record." % (c.job, states[-1]["output"])))
    return s


def p_confirmation_acted_on(c):
    _, d = c.r, c.d
    a = d["uvals"][0]
    s = [c.start(), c.get(c.ids[0])]
    for i, e in enumerate(c.ids[:3]):
        q = "I can set the %s on %s to %s. Shall I go ahead?" % (d["ufield"], e, a)
        s.append(c.say(q, d["user_yes"][i % len(d["user_yes"])]))
        s.append(c.update(e, a))
    return s


def p_search_refinement(c):
    r, d = c.r, c.d
    w = d["query"]
    s = [c.start()]
    s.append(c.search(w[0], c.ids[:5], _total=r.randint(30, 80)))
    s.append(c.say("Too broad. Adding '%s'." % w[1]))
    s.append(c.search("%s %s" % (w[0], w[1]), c.ids[1:4], _total=r.randint(5, 12)))
    s.append(c.search("%s %s %s" % (w[0], w[1], w[2]), c.ids[2:3]))
    s.append(c.get(c.ids[2]))
    return s


def p_batch_write_verify(c):
    r, d = c.r, c.d
    a = d["uvals"][0]
    s = [c.start()]
    for i, e in enumerate(c.ids[: r.randint(3, 4)]):
        s.append(c.update(e, a, version=3 + i))
        s.append(c.tool("get", {d["idk"]: e}, c.rec(e, **{d["ufield"]: a})))
    return [*s[:11], c.say("All updated records read back with %s=%s." % (d["ufield"], a))]


def p_fallback_succeeds(c):
    r, d = c.r, c.d
    e = c.ids[0]
    alts = d["tools"]["alt"]
    s = [c.start(), c.fail(alts[0], {d["idk"]: e}, 0)]
    s.append(c.say("Primary source failed for %s; trying the others." % e))
    s.append(c.fail(alts[1], {d["idk"]: e}, 0))
    s.append(c.tool(alts[2], {d["idk"]: e}, c.rec(e)))
    s.append(c.update(e, d["uvals"][0]))
    if r.random() < 0.5:
        s.append(c.say("Updated %s from the copy in %s." % (e, alts[2])))
    return s


def _idf_more(self, i, j):
    return self.d["idf"](random.Random("%s:%d:%d" % (self.job, i, j)))


Ctx.idf_more = _idf_more

BUILDERS = {
    "loop": [globals()["l_" + k] for k in LOOP_KINDS],
    "progress": [globals()["p_" + k] for k in PROGRESS_KINDS],
}


def build():
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for k, fn in zip(kinds, BUILDERS[label], strict=True):
            for n, d in enumerate(DOMAINS, 1):
                rid = "seventyfirst-%s-%s-%03d" % (label, k, n)
                rng = random.Random("%d:%s" % (SEED, rid))
                CLOCK[0] = rng.randint(0, 10**8)
                c = Ctx(d, rng)
                steps = fn(c)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, k),
                        "domain": d["name"],
                        "steps": steps,
                    }
                )
    return rows


def main():
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
