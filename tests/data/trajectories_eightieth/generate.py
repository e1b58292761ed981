"""Blind trajectory set 80 (eightieth): 208 rows, 13 loop and 13 progress kinds, 8 domains."""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 8080
OUT = Path(__file__).with_name("trajectories.jsonl")

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "stale_cursor_paging",
    "stalled_job_polling",
    "repeated_clarifying_question",
    "replanning_without_acting",
    "handoff_ping_pong",
    "reworded_search_same_hits",
]
PROGRESS_KINDS = [
    "batch_over_ids",
    "incremental_summary",
    "alternating_fetch_apply",
    "corrected_argument",
    "recheck_after_change",
    "step_narration",
    "fanout_distinct_args",
    "cursor_paging",
    "advancing_job_poll",
    "successive_clarifications",
    "plan_then_execute",
    "handoff_chain",
    "search_refinement",
]


# --------------------------------------------------------------------------- noise


class Ctx:
    """Per-row volatile noise: clock, ids, counters."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sec = rng.randint(6 * 3600, 20 * 3600)
        self.day = rng.randint(3, 27)
        self.month = rng.choice([2, 3, 5, 6, 9, 10, 11])
        self.quota = rng.randint(400, 1200)
        self.seq = rng.randint(10_000, 90_000)

    def tick(self) -> None:
        self.sec += self.rng.randint(2, 47)
        self.quota -= self.rng.randint(1, 3)
        self.seq += self.rng.randint(1, 9)

    def ts(self, ms: int | None = None) -> str:
        s = self.sec
        return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
            self.month,
            self.day,
            s // 3600 % 24,
            s // 60 % 60,
            s % 60,
            self.rng.randint(0, 999) if ms is None else ms,
        )

    def hx(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def ms(self) -> int:
        return self.rng.randint(8, 640)


def flat(obj: object, prefix: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.extend(flat(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(obj, list):
        if all(not isinstance(x, dict | list) for x in obj):
            out.append((prefix, ",".join(str(x) for x in obj)))
        else:
            for i, v in enumerate(obj):
                out.extend(flat(v, f"{prefix}[{i}]"))
    elif obj is None:
        out.append((prefix, "null"))
    elif isinstance(obj, bool):
        out.append((prefix, "true" if obj else "false"))
    else:
        out.append((prefix, str(obj)))
    return out


# --------------------------------------------------------------------------- formats


def fmt_http(c: Ctx, p: dict, err: bool) -> str:
    code = p.pop("_code", 422 if err else 200)
    reason = {200: "OK", 201: "Created", 202: "Accepted", 404: "Not Found", 409: "Conflict"}
    lines = [
        "HTTP/1.1 %d %s" % (code, reason.get(code, "Unprocessable Entity")),
        "Date: %s" % c.ts(),
        "Content-Type: application/json",
        "X-Request-Id: %s-%s" % (c.hx(8), c.hx(4)),
        "X-RateLimit-Remaining: %d" % c.quota,
        "Server: levy-gw-%d" % c.rng.randint(1, 6),
        "",
        json.dumps(p),
    ]
    return "\n".join(lines)


def fmt_graphql(c: Ctx, p: dict, err: bool) -> str:
    body: dict = {}
    if err:
        body["errors"] = [
            {"message": p.get("message", "error"), "extensions": {"code": p.get("code", "BAD")}}
        ]
        body["data"] = None
    else:
        body["data"] = p
    body["extensions"] = {
        "traceId": c.hx(16),
        "cost": {"requested": c.rng.randint(3, 40), "remaining": c.quota},
        "ms": c.ms(),
    }
    return json.dumps(body)


def fmt_kv(c: Ctx, p: dict, err: bool) -> str:
    lines = [
        "rpc_status=%s" % ("FAILED" if err else "OK"),
        "call_id=%s" % c.hx(10),
        "seq=%d" % c.seq,
        "server_time=%s" % c.ts(),
    ]
    lines += ["%s=%s" % kv for kv in flat(p)]
    lines.append("elapsed_ms=%d" % c.ms())
    return "\n".join(lines)


def _xml(obj: object, tag: str, ind: str) -> list[str]:
    if isinstance(obj, dict):
        out = [f"{ind}<{tag}>"]
        for k, v in obj.items():
            out.extend(_xml(v, k, ind + "  "))
        out.append(f"{ind}</{tag}>")
        return out
    if isinstance(obj, list):
        out = [f"{ind}<{tag}>"]
        for v in obj:
            out.extend(_xml(v, "item", ind + "  "))
        out.append(f"{ind}</{tag}>")
        return out
    val = "" if obj is None else str(obj).lower() if isinstance(obj, bool) else obj
    return [f"{ind}<{tag}>{val}</{tag}>"]


def fmt_xml(c: Ctx, p: dict, err: bool) -> str:
    head = '<response status="%s" rid="%s" at="%s" node="tx-%02d">' % (
        "error" if err else "ok",
        c.hx(12),
        c.ts(),
        c.rng.randint(1, 12),
    )
    body: list[str] = []
    for k, v in p.items():
        body.extend(_xml(v, k, "  "))
    return "\n".join([head, *body, "</response>"])


def fmt_csv(c: Ctx, p: dict, err: bool) -> str:
    head = "# inkctl 4.2.%d host=bench-%02d run=%s at=%s" % (
        c.rng.randint(0, 9),
        c.rng.randint(1, 20),
        c.hx(6),
        c.ts(),
    )
    if err:
        return "%s\nERROR %s: %s\nexit status 2" % (head, p.get("code"), p.get("message"))
    rows = p.get("rows")
    lines = [head]
    if isinstance(rows, list) and rows:
        cols = list(rows[0])
        lines.append(",".join(cols))
        lines.extend(",".join(str(r.get(k, "")) for k in cols) for r in rows)
        extra = {k: v for k, v in p.items() if k != "rows"}
        lines.extend("# %s=%s" % kv for kv in flat(extra))
    else:
        lines.append("field,value")
        lines.extend("%s,%s" % kv for kv in flat(p))
    lines.append("# %d ms" % c.ms())
    return "\n".join(lines)


def _scalar(v: object) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v == []:
        return "[]"
    return str(v)


def _yaml(obj: object, ind: str) -> list[str]:
    out: list[str] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict | list) and v:
                out.append(f"{ind}{k}:")
                out.extend(_yaml(v, ind + "  "))
            else:
                out.append(f"{ind}{k}: {_scalar(v)}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, dict):
                sub = _yaml(v, ind + "  ")
                sub[0] = ind + "- " + sub[0].lstrip()
                out.extend(sub)
            else:
                out.append(f"{ind}- {v}")
    return out


def fmt_yaml(c: Ctx, p: dict, err: bool) -> str:
    meta = [
        "---",
        "meta:",
        "  trace: %s" % c.hx(14),
        "  served_by: bidsvc-%s" % c.rng.choice(["euw1a", "euw1b", "euw1c"]),
        "  generated: %s" % c.ts(),
        "  cache_age_s: %d" % c.rng.randint(0, 90),
    ]
    if err:
        return "\n".join([*meta, "error:", *_yaml(p, "  ")])
    return "\n".join([*meta, "result:", *_yaml(p, "  ")])


def fmt_log(c: Ctx, p: dict, err: bool) -> str:
    node = "ota-ctl-%d" % c.rng.randint(1, 4)
    lvl = "ERROR" if err else "INFO"
    lines = []
    ms = c.rng.randint(0, 400)

    def stamp() -> str:
        nonlocal ms
        ms = min(999, ms + c.rng.randint(1, 40))
        return c.ts(ms)

    rows = p.get("rows")
    rest = {k: v for k, v in p.items() if k != "rows"}
    for k, v in flat(rest):
        lines.append("%s %s [%s] %s=%s" % (stamp(), lvl, node, k, v))
    if isinstance(rows, list):
        for r in rows:
            kv = " ".join("%s=%s" % x for x in flat(r))
            lines.append("%s %s [%s] %s" % (stamp(), lvl, node, kv))
    lines.append("%s DEBUG [%s] req=%s dur=%dms" % (stamp(), node, c.hx(8), c.ms()))
    return "\n".join(lines)


def fmt_json(c: Ctx, p: dict, err: bool) -> str:
    env: dict = {
        "ok": not err,
        "request_id": "req_%s" % c.hx(12),
        "timestamp": c.ts(),
    }
    if err:
        env["error"] = p
    else:
        env["data"] = p
    env["meta"] = {
        "latency_ms": c.ms(),
        "quota_left": c.quota,
        "region": c.rng.choice(["uk-s", "uk-n"]),
    }
    return json.dumps(env)


# --------------------------------------------------------------------------- domains
# Each domain: tool names per verb, argument builders, record builders, vocabulary.


def _money(r: random.Random, lo: int, hi: int) -> str:
    return "%d.%02d" % (r.randint(lo, hi), r.randint(0, 99))


DOMAINS: list[dict] = [
    {
        "name": "apprenticeship_levy_claims",
        "fmt": fmt_http,
        "noun": "levy claim",
        "nouns": "levy claims",
        "owner": "employer",
        "id": lambda r: "LC-%06d" % r.randint(100000, 999999),
        "alt_id": lambda r: "EMP-%05d" % r.randint(10000, 99999),
        "tools": {
            "get": "GET /v2/levy/claims/{claim_id}",
            "search": "GET /v2/levy/claims?q=",
            "list": "GET /v2/levy/claims",
            "update": "PATCH /v2/levy/claims/{claim_id}",
            "submit": "POST /v2/levy/recalculations",
            "status": "GET /v2/levy/recalculations/{job_id}",
            "check": "POST /v2/levy/claims/{claim_id}/validate",
            "handoff": "POST /v2/desk/handoffs",
        },
        "a_get": lambda i: {"claim_id": i},
        "a_search": lambda q: {"q": q, "limit": 20},
        "a_list": lambda cur: {"status": "pending_evidence", "page_size": 25, "cursor": cur},
        "a_update": lambda i, v: {"claim_id": i, "body": {"funding_band": v}},
        "a_submit": lambda i: {"body": {"claim_ids": [i], "tax_year": "2025-26"}},
        "a_status": lambda j: {"job_id": j},
        "a_check": lambda i: {"claim_id": i},
        "a_handoff": lambda i, to: {"body": {"claim_id": i, "to_queue": to}},
        "rec": lambda r, i: {
            "claim_id": i,
            "employer_ref": "EMP-%05d" % r.randint(10000, 99999),
            "apprentice": r.choice(["J. Okafor", "M. Lindqvist", "S. Haddad", "P. Nowak"]),
            "standard": r.choice(
                ["ST0118 Software Dev L4", "ST0072 Chef L2", "ST0384 Engineering Tech L3"]
            ),
            "funding_band": r.choice([9000, 12000, 15000, 18000]),
            "claimed": _money(r, 400, 3200),
            "state": r.choice(["pending_evidence", "approved", "queried"]),
        },
        "field": "funding_band",
        "vals": [15000, 18000],
        "check_fail": ("EVIDENCE_MISSING", "off-the-job training log for months 4-6 not attached"),
        "check_fix": "attached the training log PDF for months 4-6",
        "mangle": lambda i: i.replace("-", " "),
        "bad_msg": "claim_id '{v}' must match ^LC-\\d{{6}}$",
        "job": "levy recalculation",
        "agents": ["funding_rules", "employer_accounts", "evidence_review", "payments"],
        "request": "Employer EMP-31877 says their March levy claims were underpaid. Find out why and fix what you can.",
        "queries": [
            "underpaid claims March EMP-31877",
            "EMP-31877 claims paid below band March",
            "March 2026 short payment EMP-31877",
            "claims EMP-31877 underpayment",
            "EMP-31877 March shortfall",
        ],
        "refine": [
            ("underpaid claims", 148),
            ("underpaid claims EMP-31877", 22),
            ("underpaid claims EMP-31877 funding_band changed", 4),
            ("EMP-31877 band cap ST0118 March", 1),
        ],
        "questions": [
            ("Which tax year should I look at, 2025-26 or 2026-27?", "2025-26."),
            (
                "Should I include claims already queried by the funding team?",
                "Yes, include queried ones.",
            ),
            (
                "Do you want me to raise corrections or only report?",
                "Raise corrections for anything under £500.",
            ),
        ],
        "plan": [
            "pull the employer's March claims",
            "compare each claimed amount with its funding band cap",
            "validate evidence on the short-paid claims",
            "raise band corrections where the cap was applied wrongly",
            "write a summary for the employer",
        ],
    },
    {
        "name": "carpool_vanpool_matching",
        "fmt": fmt_graphql,
        "noun": "rider",
        "nouns": "riders",
        "owner": "vanpool",
        "id": lambda r: (
            "rdr_%s" % "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(7))
        ),
        "alt_id": lambda r: "van_%03d" % r.randint(100, 999),
        "tools": {
            "get": "query rider",
            "search": "query searchRiders",
            "list": "query unmatchedRiders",
            "update": "mutation setRiderPreference",
            "submit": "mutation startMatchRun",
            "status": "query matchRun",
            "check": "query validateSeatAssignment",
            "handoff": "mutation handOffTicket",
        },
        "a_get": lambda i: {"id": i, "fields": ["home", "shift", "van", "pickupWindow"]},
        "a_search": lambda q: {"text": q, "first": 10},
        "a_list": lambda cur: {"region": "north-corridor", "first": 20, "after": cur},
        "a_update": lambda i, v: {"riderId": i, "input": {"pickupWindow": v}},
        "a_submit": lambda i: {
            "input": {"region": "north-corridor", "shiftWeek": "2026-W23", "seed": i}
        },
        "a_status": lambda j: {"id": j},
        "a_check": lambda i: {"riderId": i, "vanId": "van_412"},
        "a_handoff": lambda i, to: {"ticket": i, "team": to},
        "rec": lambda r, i: {
            "id": i,
            "home": r.choice(["Maple Grove", "Brooklyn Park", "Fridley", "Coon Rapids"]),
            "shift": r.choice(["06:00-14:30", "07:00-15:30", "14:00-22:30"]),
            "van": r.choice(["van_412", "van_207", None]),
            "pickupWindow": r.choice(["05:20-05:35", "05:30-05:45", "06:10-06:25"]),
            "seatsFree": r.randint(0, 4),
        },
        "field": "pickupWindow",
        "vals": ["05:20-05:35", "05:35-05:50"],
        "check_fail": ("DETOUR_LIMIT", "assignment adds 19 min detour, limit is 12 min"),
        "check_fix": "moved the pickup to the Park-and-Ride at 85th Ave",
        "mangle": lambda i: i.upper().replace("_", "-"),
        "bad_msg": 'Variable $id got invalid value "{v}"; expected lowercase id with rdr_ prefix',
        "job": "match run",
        "agents": ["routing", "payroll_deduction", "rider_support", "fleet"],
        "request": "Three riders from the Fridley plant lost their seats after the shift change. Get them back into a van for week 23.",
        "queries": [
            "Fridley riders without van week 23",
            "unassigned riders Fridley plant W23",
            "Fridley plant lost seat shift change",
            "riders Fridley no van after shift change",
            "W23 Fridley unmatched",
        ],
        "refine": [
            ("unmatched", 212),
            ("unmatched Fridley", 31),
            ("unmatched Fridley shift 14:00-22:30", 3),
            ("unmatched Fridley 14:00-22:30 Coon Rapids", 1),
        ],
        "questions": [
            ("Is it the 14:00 shift or the 06:00 shift that changed?", "The 14:00-22:30 shift."),
            ("Can riders accept a park-and-ride pickup?", "Yes, 85th Ave is fine."),
            ("Should payroll deductions restart this week or next?", "Next week."),
        ],
        "plan": [
            "list unmatched riders in the north corridor",
            "find the three Fridley riders on the new shift",
            "start a match run for week 23",
            "check detour limits on proposed seats",
            "confirm seats and notify riders",
        ],
    },
    {
        "name": "farmers_market_stall_allocation",
        "fmt": fmt_kv,
        "noun": "stall application",
        "nouns": "stall applications",
        "owner": "vendor",
        "id": lambda r: "APP%05d" % r.randint(10000, 99999),
        "alt_id": lambda r: "V%04d" % r.randint(1000, 9999),
        "tools": {
            "get": "Stalls.GetApplication",
            "search": "Stalls.FindApplications",
            "list": "Stalls.ListApplications",
            "update": "Stalls.SetPitch",
            "submit": "Allocator.StartRound",
            "status": "Allocator.GetRound",
            "check": "Compliance.CheckVendor",
            "handoff": "Desk.Transfer",
        },
        "a_get": lambda i: {"application_id": i},
        "a_search": lambda q: {"query": q, "market": "riverside_sat", "max": 15},
        "a_list": lambda cur: {"market": "riverside_sat", "season": "2026", "page_token": cur},
        "a_update": lambda i, v: {"application_id": i, "pitch": v},
        "a_submit": lambda i: {
            "market": "riverside_sat",
            "date": "2026-06-13",
            "priority_vendor": i,
        },
        "a_status": lambda j: {"round_id": j},
        "a_check": lambda i: {"application_id": i, "checks": ["food_hygiene", "public_liability"]},
        "a_handoff": lambda i, to: {"application_id": i, "desk": to},
        "rec": lambda r, i: {
            "application_id": i,
            "vendor": r.choice(
                ["Hollow Oak Bakery", "Three Hares Cheese", "Kestrel Coffee", "Marsh Lane Veg"]
            ),
            "category": r.choice(["hot_food", "produce", "bakery", "dairy"]),
            "pitch": r.choice(["B12", "C04", "A07", None]),
            "needs_power": r.choice(["yes", "no"]),
            "fee_gbp": _money(r, 28, 65),
            "state": r.choice(["submitted", "waitlisted", "offered"]),
        },
        "field": "pitch",
        "vals": ["C04", "B12"],
        "check_fail": ("CERT_EXPIRED", "public liability certificate expired 2026-05-31"),
        "check_fix": "uploaded the renewed liability certificate valid to 2027-05-31",
        "mangle": lambda i: "app-" + i[3:],
        "bad_msg": "application_id {v} unknown; ids look like APP00000",
        "job": "allocation round",
        "agents": ["compliance", "pitch_planning", "fees", "vendor_liaison"],
        "request": "Kestrel Coffee says they were left off the 13 June Riverside market plan even though they paid. Sort out a pitch for them.",
        "queries": [
            "Kestrel Coffee 13 June riverside",
            "Kestrel Coffee pitch riverside june 13",
            "Kestrel riverside saturday allocation",
            "Kestrel Coffee missing from plan 2026-06-13",
            "coffee vendor Kestrel riverside",
        ],
        "refine": [
            ("hot_food", 64),
            ("hot_food riverside_sat", 18),
            ("hot_food riverside_sat needs_power", 5),
            ("Kestrel hot_food riverside_sat", 1),
        ],
        "questions": [
            ("Do they need a powered pitch for the espresso machine?", "Yes, 16A."),
            ("Is a corner pitch required or any powered pitch?", "Any powered pitch."),
            ("Should I refund the fee if no powered pitch is free?", "No, waitlist them instead."),
        ],
        "plan": [
            "look up Kestrel Coffee's application",
            "run compliance checks",
            "find a free powered pitch for 13 June",
            "assign the pitch",
            "tell the vendor liaison desk",
        ],
    },
    {
        "name": "genealogy_record_transcription",
        "fmt": fmt_xml,
        "noun": "register image",
        "nouns": "register images",
        "owner": "parish",
        "id": lambda r: "IMG-%d-%04d" % (r.choice([1841, 1851, 1861, 1871]), r.randint(1, 9999)),
        "alt_id": lambda r: "PAR-%03d" % r.randint(100, 999),
        "tools": {
            "get": "records.image.fetch",
            "search": "records.index.search",
            "list": "records.batch.list",
            "update": "transcripts.field.set",
            "submit": "ocr.jobs.create",
            "status": "ocr.jobs.get",
            "check": "transcripts.qa.run",
            "handoff": "workflow.handoff",
        },
        "a_get": lambda i: {"image_id": i, "include": "transcript"},
        "a_search": lambda q: {"q": q, "collection": "parish_baptisms", "rows": 10},
        "a_list": lambda cur: {"batch": "B-2291", "status": "needs_review", "start": cur},
        "a_update": lambda i, v: {"image_id": i, "field": "surname", "value": v},
        "a_submit": lambda i: {"image_id": i, "model": "hwr-copperplate-3"},
        "a_status": lambda j: {"job_id": j},
        "a_check": lambda i: {"image_id": i, "ruleset": "baptism_v4"},
        "a_handoff": lambda i, to: {"image_id": i, "queue": to},
        "rec": lambda r, i: {
            "image_id": i,
            "parish": r.choice(["St Mary, Whitby", "Holy Trinity, Hull", "St Oswald, Durham"]),
            "entry": r.randint(1, 40),
            "forename": r.choice(["Eliza", "Thomas", "Hannah", "William"]),
            "surname": r.choice(["Featherstone", "Fetherston", "Robson", "Dobson"]),
            "confidence": round(r.uniform(0.41, 0.97), 2),
        },
        "field": "surname",
        "vals": ["Featherstone", "Fetherstone"],
        "check_fail": ("DATE_ORDER", "baptism date precedes birth date in entry 17"),
        "check_fix": "corrected the birth year in entry 17 from 1852 to 1851",
        "mangle": lambda i: i[4:].replace("-", "/"),
        "bad_msg": "image_id {v} not found: expected IMG-YYYY-NNNN",
        "job": "handwriting recognition job",
        "agents": ["palaeography", "indexing", "qa_review", "volunteer_coord"],
        "request": "A user reports the Featherstone baptisms in the 1851 Whitby register are indexed under the wrong surname. Check and correct the transcripts.",
        "queries": [
            "Featherstone baptism Whitby 1851",
            "Featherstone Whitby baptisms 1851 register",
            "baptism 1851 Whitby Featherstone family",
            "Whitby 1851 Featherstone",
            "St Mary Whitby Featherstone baptism",
        ],
        "refine": [
            ("Fetherston", 96),
            ("Fetherston Whitby", 14),
            ("Fetherston Whitby 1851 baptism", 3),
            ("Fetherston Whitby 1851 father John", 1),
        ],
        "questions": [
            (
                "Should variant spellings be merged or kept as recorded?",
                "Keep as recorded, add a standardised surname.",
            ),
            ("Does the fix apply to burials too or only baptisms?", "Only baptisms."),
            (
                "Should I notify the volunteer who transcribed them?",
                "Yes, through the coordinator.",
            ),
        ],
        "plan": [
            "find the Whitby 1851 baptism images",
            "compare the transcribed surnames with the images",
            "set the standardised surname where it differs",
            "run the QA rules on each changed image",
            "hand the batch to the volunteer coordinator",
        ],
    },
    {
        "name": "ink_cartridge_remanufacturing",
        "fmt": fmt_csv,
        "noun": "cartridge lot",
        "nouns": "cartridge lots",
        "owner": "line",
        "id": lambda r: "L%02d-%04d" % (r.randint(20, 26), r.randint(1, 9999)),
        "alt_id": lambda r: "SKU-%s%d" % (r.choice(["HP", "CN", "EP"]), r.randint(100, 999)),
        "tools": {
            "get": "inkctl lot show",
            "search": "inkctl lot find",
            "list": "inkctl lot ls",
            "update": "inkctl lot set",
            "submit": "inkctl test start",
            "status": "inkctl test status",
            "check": "inkctl qc verify",
            "handoff": "inkctl ticket assign",
        },
        "a_get": lambda i: {"argv": [i, "--format=csv"]},
        "a_search": lambda q: {"argv": ["--match", q, "--format=csv"]},
        "a_list": lambda cur: {
            "argv": ["--state=hold", "--limit=20"] + ([f"--from={cur}"] if cur else [])
        },
        "a_update": lambda i, v: {"argv": [i, f"fill_ml={v}"]},
        "a_submit": lambda i: {"argv": [i, "--suite=print-yield"]},
        "a_status": lambda j: {"argv": [j]},
        "a_check": lambda i: {"argv": [i, "--spec=ISO19752"]},
        "a_handoff": lambda i, to: {"argv": [i, f"--team={to}"]},
        "rec": lambda r, i: {
            "lot": i,
            "sku": r.choice(["HP305XL-BK", "CN545-C", "EP603-M"]),
            "units": r.randint(120, 960),
            "fill_ml": r.choice([8.5, 9.0, 12.0]),
            "chip": r.choice(["reset_ok", "reset_fail", "replaced"]),
            "state": r.choice(["hold", "released", "rework"]),
        },
        "field": "fill_ml",
        "vals": [8.5, 9.0],
        "check_fail": ("YIELD_LOW", "page yield 238 < spec 300 on 4/10 samples"),
        "check_fix": "re-primed the printheads and refilled the low samples to 9.0 ml",
        "mangle": lambda i: i.replace("-", "/"),
        "bad_msg": "unknown lot '{v}' (use LYY-NNNN)",
        "job": "print-yield test",
        "agents": ["chip_lab", "fill_line", "qa", "returns"],
        "request": "Customer returns for HP305XL black refills spiked this week. Find which lots are affected and get them out of the release queue.",
        "queries": [
            "HP305XL-BK returns this week",
            "HP305XL black refill returns spike",
            "returns 305XL BK week 23",
            "HP305XL-BK customer returns lots",
            "305XL black returned units",
        ],
        "refine": [
            ("HP305XL-BK", 87),
            ("HP305XL-BK state=released", 26),
            ("HP305XL-BK state=released chip=reset_fail", 4),
            ("HP305XL-BK released reset_fail line 3", 1),
        ],
        "questions": [
            ("Which line filled the returned units, line 2 or line 3?", "Line 3."),
            ("Should affected lots go to rework or scrap?", "Rework."),
            ("Do you want the returns team to contact customers?", "Only the top three resellers."),
        ],
        "plan": [
            "list lots on hold and released for HP305XL-BK",
            "match returned serials to lots",
            "run QC on the suspect lots",
            "move failing lots to rework",
            "assign a ticket to the returns team",
        ],
    },
    {
        "name": "janitorial_contract_bidding",
        "fmt": fmt_yaml,
        "noun": "bid line",
        "nouns": "bid lines",
        "owner": "site",
        "id": lambda r: "BL-%d-%03d" % (r.randint(40, 99), r.randint(1, 400)),
        "alt_id": lambda r: "SITE-%s%02d" % (r.choice(["NW", "SE", "CT"]), r.randint(1, 60)),
        "tools": {
            "get": "get-bid-line",
            "search": "search-site-surveys",
            "list": "list-bid-lines",
            "update": "price-bid-line",
            "submit": "run-labour-model",
            "status": "labour-model-status",
            "check": "validate-bid",
            "handoff": "route-to-desk",
        },
        "a_get": lambda i: {"line": i},
        "a_search": lambda q: {"terms": q, "tender": "T-2026-118"},
        "a_list": lambda cur: {"tender": "T-2026-118", "after": cur, "take": 15},
        "a_update": lambda i, v: {"line": i, "rate_per_sqft": v},
        "a_submit": lambda i: {"tender": "T-2026-118", "lines": [i], "scenario": "base"},
        "a_status": lambda j: {"run": j},
        "a_check": lambda i: {"tender": "T-2026-118", "line": i},
        "a_handoff": lambda i, to: {"line": i, "desk": to},
        "rec": lambda r, i: {
            "line": i,
            "site": r.choice(["County Court annex", "Eastgate Library", "Depot 4 offices"]),
            "area_sqft": r.randint(4000, 68000),
            "frequency": r.choice(["5x weekly", "nightly", "3x weekly"]),
            "rate_per_sqft": r.choice([0.11, 0.13, 0.14]),
            "labour_hours": r.randint(12, 140),
        },
        "field": "rate_per_sqft",
        "vals": [0.12, 0.14],
        "check_fail": ("WAGE_FLOOR", "implied hourly wage 11.20 below living wage 12.60"),
        "check_fix": "raised the labour hours to match the living wage floor",
        "mangle": lambda i: "line " + i[3:],
        "bad_msg": "line: unknown identifier '{v}', expected BL-NN-NNN",
        "job": "labour model run",
        "agents": ["estimating", "hr_wage_compliance", "site_surveys", "bid_manager"],
        "request": "The council tender T-2026-118 closes Friday. Price the remaining bid lines so the total stays under £1.9M and every line passes validation.",
        "queries": [
            "Eastgate Library survey floor area",
            "Eastgate Library site survey sqft",
            "library Eastgate survey measured area",
            "Eastgate Library walkthrough area",
            "survey Eastgate library floors",
        ],
        "refine": [
            ("library", 41),
            ("library Eastgate", 9),
            ("library Eastgate 2025 walkthrough", 2),
            ("Eastgate walkthrough basement archive", 1),
        ],
        "questions": [
            ("Should the basement archive be priced at nightly or 3x weekly?", "3x weekly."),
            ("Can I assume the client supplies consumables?", "No, we supply them."),
            ("Is a 9% margin floor still the rule for council work?", "Use 8% for this one."),
        ],
        "plan": [
            "list unpriced bid lines for T-2026-118",
            "pull site surveys for area and frequency",
            "run the labour model",
            "price each line and validate wage floors",
            "hand the tender total to the bid manager",
        ],
    },
    {
        "name": "kiosk_firmware_rollout",
        "fmt": fmt_log,
        "noun": "kiosk",
        "nouns": "kiosks",
        "owner": "store",
        "id": lambda r: "ksk-%s%03d" % (r.choice(["uk", "ie", "nl"]), r.randint(1, 999)),
        "alt_id": lambda r: "store-%04d" % r.randint(1000, 9999),
        "tools": {
            "get": "fleet:describe",
            "search": "fleet:query",
            "list": "fleet:ls",
            "update": "fleet:set-channel",
            "submit": "ota:push",
            "status": "ota:watch",
            "check": "ota:preflight",
            "handoff": "ops:handoff",
        },
        "a_get": lambda i: {"device": i},
        "a_search": lambda q: {"expr": q, "limit": 25},
        "a_list": lambda cur: {"ring": "canary", "fw_lt": "7.4.0", "next": cur},
        "a_update": lambda i, v: {"device": i, "channel": v},
        "a_submit": lambda i: {"targets": i, "image": "kiosk-fw-7.4.1", "stagger": "10%"},
        "a_status": lambda j: {"rollout": j},
        "a_check": lambda i: {"device": i, "image": "kiosk-fw-7.4.1"},
        "a_handoff": lambda i, to: {"device": i, "team": to},
        "rec": lambda r, i: {
            "device": i,
            "store": "store-%04d" % r.randint(1000, 9999),
            "fw": r.choice(["7.3.2", "7.3.5", "7.4.0"]),
            "channel": r.choice(["stable", "canary"]),
            "disk_free_mb": r.randint(90, 2400),
            "last_seen_s": r.randint(3, 900),
        },
        "field": "channel",
        "vals": ["canary", "stable"],
        "check_fail": ("DISK_LOW", "disk_free_mb=142 below required 600 for image kiosk-fw-7.4.1"),
        "check_fix": "cleared the cached ad media to free 1.1 GB",
        "mangle": lambda i: i.upper().replace("-", "_"),
        "bad_msg": "no device named {v} (device names are lower-case, e.g. ksk-uk042)",
        "job": "rollout",
        "agents": ["store_ops", "payments_cert", "field_service", "release_eng"],
        "request": "Roll kiosk firmware 7.4.1 out to the Irish canary ring; the receipt printer fix must be live before the weekend.",
        "queries": [
            "ring=canary country=ie fw<7.4.1",
            "country=ie ring=canary fw_lt=7.4.1",
            "ie canary kiosks below 7.4.1",
            "fw<7.4.1 AND ring=canary AND country=ie",
            "canary ie outdated firmware",
        ],
        "refine": [
            ("country=ie", 318),
            ("country=ie ring=canary", 27),
            ("country=ie ring=canary fw<7.4.1", 6),
            ("country=ie ring=canary fw<7.4.1 printer=tm-t88", 2),
        ],
        "questions": [
            (
                "Should kiosks in stores open 24h be updated during trading?",
                "No, only between 02:00 and 05:00.",
            ),
            (
                "Is a 10% stagger fine or do you want one store first?",
                "One store first, store-2214.",
            ),
            ("Should failed devices roll back automatically?", "Yes."),
        ],
        "plan": [
            "list Irish canary kiosks below 7.4.1",
            "preflight each for disk and battery",
            "push 7.4.1 to store-2214 first",
            "watch the rollout and widen it",
            "hand over the status to store ops",
        ],
    },
    {
        "name": "legal_aid_intake_screening",
        "fmt": fmt_json,
        "noun": "intake",
        "nouns": "intakes",
        "owner": "applicant",
        "id": lambda r: "INT-%d" % r.randint(200000, 899999),
        "alt_id": lambda r: "APL-%05d" % r.randint(10000, 99999),
        "tools": {
            "get": "get_intake",
            "search": "search_intakes",
            "list": "list_intakes",
            "update": "set_matter_type",
            "submit": "start_means_assessment",
            "status": "get_means_assessment",
            "check": "screen_eligibility",
            "handoff": "transfer_to_specialist",
        },
        "a_get": lambda i: {"intake_id": i},
        "a_search": lambda q: {"query": q, "office": "manchester", "limit": 10},
        "a_list": lambda cur: {"office": "manchester", "state": "awaiting_screen", "cursor": cur},
        "a_update": lambda i, v: {"intake_id": i, "matter_type": v},
        "a_submit": lambda i: {"intake_id": i, "scheme": "civil_legal_help"},
        "a_status": lambda j: {"assessment_id": j},
        "a_check": lambda i: {"intake_id": i, "scheme": "civil_legal_help"},
        "a_handoff": lambda i, to: {"intake_id": i, "specialist": to},
        "rec": lambda r, i: {
            "intake_id": i,
            "applicant": "APL-%05d" % r.randint(10000, 99999),
            "matter_type": r.choice(["housing_disrepair", "possession", "debt", "benefits_appeal"]),
            "household_size": r.randint(1, 6),
            "gross_monthly_gbp": r.randint(650, 3100),
            "deadline": "2026-%02d-%02d" % (r.randint(6, 8), r.randint(1, 28)),
            "state": r.choice(["awaiting_screen", "awaiting_docs", "screened"]),
        },
        "field": "matter_type",
        "vals": ["possession", "housing_disrepair"],
        "check_fail": ("EVIDENCE_REQUIRED", "no bank statements covering the last 30 days"),
        "check_fix": "applicant uploaded bank statements for 1-30 May",
        "mangle": lambda i: i.lower(),
        "bad_msg": "intake_id {v} invalid: must be upper-case INT-NNNNNN",
        "job": "means assessment",
        "agents": ["housing", "debt", "benefits", "duty_solicitor"],
        "request": "Screen this morning's Manchester intakes; anyone with a possession hearing this month must be routed to housing today.",
        "queries": [
            "possession hearing June manchester",
            "manchester possession hearing this month",
            "June possession hearings awaiting screen",
            "hearing date June possession claim manchester",
            "possession June hearing intake",
        ],
        "refine": [
            ("possession", 133),
            ("possession hearing", 37),
            ("possession hearing 2026-06", 8),
            ("possession hearing 2026-06-18 Stockport county court", 1),
        ],
        "questions": [
            (
                "Is the applicant the tenant named on the tenancy or a household member?",
                "The named tenant.",
            ),
            ("Has a hearing date been set yet?", "Yes, 18 June at Stockport."),
            ("Does the household receive Universal Credit?", "Yes, since January."),
        ],
        "plan": [
            "list intakes awaiting screening",
            "check each for a possession hearing date",
            "run eligibility screening",
            "start means assessments",
            "route possession cases to the housing specialist",
        ],
    },
]


# --------------------------------------------------------------------------- step helpers


def tool(d: dict, c: Ctx, verb: str, args: dict, payload: dict, err: bool = False) -> dict:
    c.tick()
    payload = dict(payload)
    if d["fmt"] is not fmt_http:
        payload.pop("_code", None)
    return {
        "kind": "tool",
        "tool": d["tools"][verb],
        "args": args,
        "observation": d["fmt"](c, payload, err),
        "error": err,
    }


def llm(text: str, obs: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": obs}


def err_payload(code: str, msg: str) -> dict:
    return {"code": code, "message": msg, "_code": 422}


def job_id(c: Ctx) -> str:
    return "job_%s" % c.hx(10)


# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(d, r, c, n):
    i = d["id"](r)
    rec = d["rec"](r, i)
    text = "Let me open %s %s to confirm its current %s before changing anything." % (
        d["noun"],
        i,
        d["field"],
    )
    steps = [llm(text, d["request"])]
    steps.append(tool(d, c, "get", d["a_get"](i), rec))
    for _ in range(n - 1):
        steps.append(llm(text, ""))
        steps.append(tool(d, c, "get", d["a_get"](i), rec))
    return steps


PARA = [
    "I'll look up {noun} {i} now to see what its {field} is.",
    "Next I'm going to check {i} and read its {field}.",
    "Let me pull up the {noun} {i} so I can see the {field} value.",
    "To move forward I need the {field} of {i}; fetching that {noun}.",
    "First step: retrieve {noun} {i} and note the {field}.",
    "I should check what {field} is set on {i} before anything else.",
    "Going to fetch {i} to find out its {field}.",
    "Let me review {noun} {i}, specifically the {field} field.",
]


def loop_paraphrased_repeat(d, r, c, n):
    i = d["id"](r)
    order = PARA[:]
    r.shuffle(order)
    steps = [llm(order[0].format(noun=d["noun"], i=i, field=d["field"]), d["request"])]
    steps.extend(
        llm(order[k % len(order)].format(noun=d["noun"], i=i, field=d["field"]))
        for k in range(1, n)
    )
    return steps


def loop_ab_oscillation(d, r, c, n):
    i = d["id"](r)
    f = d["field"]
    vals = d["vals"]
    rec = d["rec"](r, i)
    steps = [llm("Setting %s on %s to %s." % (f, i, vals[0]), d["request"])]
    tpls = [
        "On reflection {v} fits the rules better; setting {f} on {i} to {v}.",
        "Hmm, {v} looks safer for {i}; changing {f}.",
        "Actually {v} is the right {f} for {i}. Updating it.",
        "I think {v} matches the request better; switching {i} to it.",
        "Wait, the {f} for {i} should be {v}. Correcting.",
    ]
    for k in range(n):
        v = vals[k % 2]
        rec = dict(rec, **{f: v})
        steps.append(tool(d, c, "update", d["a_update"](i, v), {"updated": True, **rec}))
        if k < n - 1:
            steps.append(llm(r.choice(tpls).format(v=vals[(k + 1) % 2], f=f, i=i)))
    return steps


def loop_failing_tool_retry(d, r, c, n):
    i = d["id"](r)
    bad = d["mangle"](i)
    msg = d["bad_msg"].format(v=bad)
    steps = [llm("Fetching the %s the user mentioned, %s." % (d["noun"], bad), d["request"])]
    lines = [
        "That failed; trying the call once more.",
        "The service rejected it, possibly transient. Calling it one more time.",
        "Still an error. I'll send the request one more time.",
        "Let me try that lookup a further time.",
    ]
    for k in range(n):
        steps.append(
            tool(d, c, "get", _bad_args(d, i, bad), err_payload("INVALID_ARGUMENT", msg), err=True)
        )
        if k < n - 1 and r.random() < 0.7:
            steps.append(llm(r.choice(lines)))
    return steps


def _bad_args(d, i, bad):
    args = d["a_get"](i)
    if "argv" in args:
        return {"argv": [bad, *args["argv"][1:]]}
    key = next(iter(args))
    return dict(args, **{key: bad})


def loop_same_action_same_observation(d, r, c, n):
    i = d["id"](r)
    code, msg = d["check_fail"]
    steps = [llm("Running validation on %s before sign-off." % i, d["request"])]
    thoughts = [
        "Validation reports %s. Maybe the cache had not refreshed; validating %s once more."
        % (code, i),
        "The %s finding could be stale. Re-running the check on %s." % (code, i),
        "Let me confirm that result by validating %s one more time." % i,
        "Perhaps the check is flaky; I'll run it on %s and compare." % i,
        "I'll verify %s a further time before deciding what to do." % i,
    ]
    for k in range(n):
        steps.append(
            tool(d, c, "check", d["a_check"](i), {"passed": False, "finding": code, "detail": msg})
        )
        if k < n - 1:
            steps.append(llm(thoughts[k % len(thoughts)]))
    return steps


def loop_identical_monologue(d, r, c, n):
    i = d["id"](r)
    text = (
        "I have the details for %s %s. The next thing to do is confirm the %s and then update the record."
        % (d["noun"], i, d["field"])
    )
    steps = [llm("Starting on the request.", d["request"])]
    steps.append(tool(d, c, "get", d["a_get"](i), d["rec"](r, i)))
    steps.extend(llm(text, "") for _ in range(n))
    return steps


def loop_identical_tool_calls(d, r, c, n):
    i = d["id"](r)
    rec = d["rec"](r, i)
    steps = [llm("Checking %s." % i, d["request"])]
    steps.extend(tool(d, c, "get", d["a_get"](i), rec) for _ in range(n))
    return steps


def _page(d, r, ids):
    return [d["rec"](r, x) for x in ids]


def loop_stale_cursor_paging(d, r, c, n):
    total = r.randint(60, 140)
    p1 = _page(d, r, [d["id"](r) for _ in range(4)])
    p2 = _page(d, r, [d["id"](r) for _ in range(4)])
    cur1, cur2 = "c_%s" % c.hx(12), "c_%s" % c.hx(12)
    steps = [llm("Listing the %s that need attention." % d["nouns"], d["request"])]
    steps.append(tool(d, c, "list", d["a_list"](None), {"rows": p1, "next": cur1, "total": total}))
    texts = [
        "Got this page. Fetching the next page.",
        "Moving to the following page of %s." % d["nouns"],
        "Continuing to the next page.",
        "Next page of results.",
    ]
    sticky = r.random() < 0.5
    for _ in range(n):
        steps.append(llm(r.choice(texts)))
        if sticky:
            steps.append(
                tool(d, c, "list", d["a_list"](cur1), {"rows": p2, "next": cur2, "total": total})
            )
        else:
            steps.append(
                tool(d, c, "list", d["a_list"](None), {"rows": p1, "next": cur1, "total": total})
            )
    return steps


def loop_stalled_job_polling(d, r, c, n):
    i = d["id"](r)
    j = job_id(c)
    steps = [llm("Starting the %s." % d["job"], d["request"])]
    steps.append(tool(d, c, "submit", d["a_submit"](i), {"job_id": j, "state": "queued"}))
    pos = r.randint(3, 9)
    pct = r.choice([0, 12, 37])
    state = "queued" if pct == 0 else "running"
    lines = [
        "Checking on the %s." % d["job"],
        "Polling the job.",
        "Let me see how the job is doing.",
    ]
    for k in range(n):
        if k and r.random() < 0.5:
            steps.append(llm(r.choice(lines)))
        payload = {"job_id": j, "state": state, "pct_done": pct, "queue_position": pos}
        steps.append(tool(d, c, "status", d["a_status"](j), payload))
    return steps


def loop_repeated_clarifying_question(d, r, c, n):
    q, a = d["questions"][0]
    variants = [
        q,
        "Before I continue: " + q[0].lower() + q[1:],
        "Just to confirm, " + q[0].lower() + q[1:],
        "Quick check so I get this right. " + q,
        "Sorry, one thing first. " + q,
    ]
    answers = [
        a,
        "As I said: " + a,
        "Like I told you, " + a[0].lower() + a[1:],
        a.rstrip(".") + ". Please carry on.",
    ]
    steps = [llm(variants[0], d["request"])]
    steps.extend(
        llm(variants[k % len(variants)], answers[(k - 1) % len(answers)]) for k in range(1, n)
    )
    return steps


def _plan_text(d, r, marks=None):
    lines = []
    for k, s in enumerate(d["plan"]):
        m = "" if marks is None else marks[k]
        lines.append("%d. %s%s" % (k + 1, s[0].upper() + s[1:], m))
    return "\n".join(lines)


def loop_replanning_without_acting(d, r, c, n):
    intros = [
        "Here is my plan:",
        "Plan for this request:",
        "Let me lay out the approach:",
        "Revised plan:",
        "To be thorough, the plan is:",
    ]
    nudges = ["ok", "Sounds good, go ahead.", "Please start.", "Fine, proceed.", ""]
    steps = [llm(intros[0] + "\n" + _plan_text(d, r), d["request"])]
    closers = [
        "I'll begin with step 1.",
        "Starting with step 1 now.",
        "Step 1 first.",
        "I'll kick off with the first item.",
        "Beginning with step 1 shortly.",
    ]
    steps.extend(
        llm(
            intros[k % len(intros)] + "\n" + _plan_text(d, r) + "\n" + r.choice(closers),
            nudges[(k - 1) % len(nudges)],
        )
        for k in range(1, n)
    )
    return steps


def loop_handoff_ping_pong(d, r, c, n):
    i = d["id"](r)
    a, b = d["agents"][0], d["agents"][1]
    steps = [llm("This needs the %s team; handing it over." % a, d["request"])]
    for k in range(n):
        to, back = (a, b) if k % 2 == 0 else (b, a)
        payload = {
            "handoff_id": "ho_%s" % c.hx(8),
            "accepted_by": to,
            "outcome": "returned",
            "note": "outside %s remit, belongs with %s" % (to, back),
        }
        steps.append(tool(d, c, "handoff", d["a_handoff"](i, to), payload))
        if k < n - 1:
            steps.append(
                llm("%s returned it and says %s should own it. Routing to %s." % (to, back, back))
            )
    return steps


def loop_reworded_search_same_hits(d, r, c, n):
    hits = [d["rec"](r, d["id"](r)) for _ in range(3)]
    qs = d["queries"]
    steps = [llm("Searching for the records in question.", d["request"])]
    for k in range(n):
        q = qs[k % len(qs)]
        steps.append(tool(d, c, "search", d["a_search"](q), {"rows": hits, "total": 3}))
        if k < n - 1:
            steps.append(
                llm(
                    r.choice(
                        [
                            "None of these is the one. Rewording the query.",
                            "Not what I need; I'll phrase the search differently.",
                            "These three don't match. Trying other terms.",
                        ]
                    )
                )
            )
    return steps


# --------------------------------------------------------------------------- progress kinds


def prog_batch_over_ids(d, r, c, n):
    steps = [llm("I'll go through the %s one at a time." % d["nouns"], d["request"])]
    for _ in range(n):
        i = d["id"](r)
        steps.append(
            llm(
                "Let me open %s %s to confirm its current %s before changing anything."
                % (d["noun"], i, d["field"])
            )
        )
        steps.append(tool(d, c, "get", d["a_get"](i), d["rec"](r, i)))
    return steps


def prog_incremental_summary(d, r, c, n):
    steps = [llm("I'll read the related %s and summarise each." % d["nouns"], d["request"])]
    for k in range(n):
        i = d["id"](r)
        rec = d["rec"](r, i)
        steps.append(tool(d, c, "get", d["a_get"](i), rec))
        fv = rec.get(d["field"]) or "unset"
        other = [x for x in rec if x not in (d["field"],)][1:3]
        steps.append(
            llm(
                "Summary %d: %s has %s=%s; %s. That makes %d of %d reviewed."
                % (
                    k + 1,
                    i,
                    d["field"],
                    fv,
                    ", ".join("%s %s" % (o, rec[o]) for o in other),
                    k + 1,
                    n,
                )
            )
        )
    return steps


def prog_alternating_fetch_apply(d, r, c, n):
    steps = [llm("Checking each %s and correcting its %s." % (d["noun"], d["field"]), d["request"])]
    for k in range(n):
        i = d["id"](r)
        rec = d["rec"](r, i)
        v = d["vals"][k % 2]
        steps.append(tool(d, c, "get", d["a_get"](i), rec))
        steps.append(
            tool(
                d,
                c,
                "update",
                d["a_update"](i, v),
                {"updated": True, **dict(rec, **{d["field"]: v})},
            )
        )
    return steps


def prog_corrected_argument(d, r, c, n):
    steps = [llm("Fetching the %s records the user mentioned." % d["noun"], d["request"])]
    for k in range(n):
        i = d["id"](r)
        if k % 2 == 0:
            bad = d["mangle"](i)
            msg = d["bad_msg"].format(v=bad)
            steps.append(
                tool(
                    d,
                    c,
                    "get",
                    _bad_args(d, i, bad),
                    err_payload("INVALID_ARGUMENT", msg),
                    err=True,
                )
            )
            steps.append(
                llm(
                    "The error says the id format is wrong. Calling it with %s instead of %s."
                    % (i, bad)
                )
            )
        steps.append(tool(d, c, "get", d["a_get"](i), d["rec"](r, i)))
    return steps


def prog_recheck_after_change(d, r, c, n):
    steps = [llm("Running validation before sign-off.", d["request"])]
    code, msg = d["check_fail"]
    for _ in range(n):
        i = d["id"](r)
        steps.append(
            tool(d, c, "check", d["a_check"](i), {"passed": False, "finding": code, "detail": msg})
        )
        steps.append(
            llm(
                "Validation on %s reports %s; fixing it: %s. Then I'll validate it once more."
                % (i, code, d["check_fix"])
            )
        )
        steps.append(
            tool(
                d,
                c,
                "check",
                d["a_check"](i),
                {"passed": True, "finding": None, "detail": "all rules satisfied"},
            )
        )
    return steps


def prog_step_narration(d, r, c, n):
    steps = [llm("Working through the list.", d["request"])]
    recs = [d["rec"](r, d["id"](r)) for _ in range(n)]
    steps.append(tool(d, c, "list", d["a_list"](None), {"rows": recs, "next": None, "total": n}))
    amounts = 0
    for k in range(n):
        rec = recs[k]
        i = next(iter(rec.values()))
        amounts += 1 if r.random() < 0.6 else 0
        steps.append(
            llm(
                "I have the details for %s %s (%d of %d). Its %s is %s; %d flagged so far, moving to the next one."
                % (d["noun"], i, k + 1, n, d["field"], rec.get(d["field"]) or "unset", amounts)
            )
        )
    return steps


def prog_fanout_distinct_args(d, r, c, n):
    steps = [llm("Checking each one the user listed.", d["request"])]
    for _ in range(n):
        i = d["id"](r)
        steps.append(tool(d, c, "get", d["a_get"](i), d["rec"](r, i)))
    return steps


def prog_cursor_paging(d, r, c, n):
    total = 4 * n + r.randint(0, 3)
    steps = [llm("Listing the %s that need attention." % d["nouns"], d["request"])]
    cur = None
    left = total
    texts = [
        "Got this page. Fetching the next page.",
        "Moving to the following page of %s." % d["nouns"],
        "Continuing to the next page.",
        "Next page of results.",
    ]
    for k in range(n + 1):
        size = min(4, left) if k < n else left
        ids = [d["id"](r) for _ in range(size)]
        left -= size
        nxt = "c_%s" % c.hx(12) if left > 0 else None
        steps.append(
            tool(
                d,
                c,
                "list",
                d["a_list"](cur),
                {"rows": _page(d, r, ids), "next": nxt, "total": total},
            )
        )
        cur = nxt
        if nxt is None:
            break
        steps.append(llm(r.choice(texts)))
    steps.append(llm("All %d %s listed; starting on them now." % (total, d["nouns"])))
    return steps


def prog_advancing_job_poll(d, r, c, n):
    i = d["id"](r)
    j = job_id(c)
    steps = [llm("Starting the %s." % d["job"], d["request"])]
    steps.append(tool(d, c, "submit", d["a_submit"](i), {"job_id": j, "state": "queued"}))
    pos = r.randint(1, max(1, n // 2))
    pct = 0
    lines = [
        "Checking on the %s." % d["job"],
        "Polling the job.",
        "Let me see how the job is doing.",
    ]
    for k in range(n):
        if k and r.random() < 0.5:
            steps.append(llm(r.choice(lines)))
        if pos > 0:
            payload = {"job_id": j, "state": "queued", "pct_done": 0, "queue_position": pos}
            pos -= 1
        else:
            pct = min(95, pct + r.randint(15, 40))
            payload = {"job_id": j, "state": "running", "pct_done": pct, "queue_position": 0}
        steps.append(tool(d, c, "status", d["a_status"](j), payload))
    done = {
        "job_id": j,
        "state": "done",
        "pct_done": 100,
        "queue_position": 0,
        "outputs": r.randint(3, 40),
    }
    steps.append(tool(d, c, "status", d["a_status"](j), done))
    steps.append(
        llm("The %s finished with %d outputs; reading them." % (d["job"], done["outputs"]))
    )
    return steps


def prog_successive_clarifications(d, r, c, n):
    qs = d["questions"]
    steps = [llm(qs[0][0], d["request"])]
    steps.extend(llm(qs[k][0], qs[k - 1][1]) for k in range(1, len(qs)))
    last = qs[-1][1]
    i = d["id"](r)
    steps.append(llm("Thanks, that covers it. Fetching %s first." % i, last))
    for _ in range(max(1, n - len(qs))):
        steps.append(tool(d, c, "get", d["a_get"](i), d["rec"](r, i)))
        i = d["id"](r)
    return steps


def prog_plan_then_execute(d, r, c, n):
    steps = [llm("Here is my plan:\n" + _plan_text(d, r), d["request"])]
    m = len(d["plan"])
    marks = [""] * m
    verbs = ["list", "get", "submit", "check", "handoff"]
    done = min(n, m)
    for k in range(done):
        i = d["id"](r)
        v = verbs[k]
        if v == "list":
            obs = tool(
                d,
                c,
                "list",
                d["a_list"](None),
                {"rows": _page(d, r, [i]), "next": None, "total": 1},
            )
        elif v == "get":
            obs = tool(d, c, "get", d["a_get"](i), d["rec"](r, i))
        elif v == "submit":
            obs = tool(d, c, "submit", d["a_submit"](i), {"job_id": job_id(c), "state": "queued"})
        elif v == "check":
            obs = tool(d, c, "check", d["a_check"](i), {"passed": True, "finding": None})
        else:
            obs = tool(
                d,
                c,
                "handoff",
                d["a_handoff"](i, d["agents"][3]),
                {
                    "handoff_id": "ho_%s" % c.hx(8),
                    "accepted_by": d["agents"][3],
                    "outcome": "accepted",
                },
            )
        steps.append(obs)
        marks[k] = " [done: %s]" % i
        steps.append(llm("Updated plan:\n" + _plan_text(d, r, marks)))
    return steps


def prog_handoff_chain(d, r, c, n):
    i = d["id"](r)
    steps = [llm("This needs several teams; starting with %s." % d["agents"][0], d["request"])]
    ag = d["agents"]
    results = [
        "confirmed the rules; %s is correct at %s" % (d["field"], d["vals"][1]),
        "updated the account record for %s" % d["alt_id"](r),
        "attached the missing evidence, ref %s" % c.hx(6),
        "scheduled follow-up for %s" % d["alt_id"](r),
    ]
    for k in range(min(n, len(ag))):
        to = ag[k]
        payload = {
            "handoff_id": "ho_%s" % c.hx(8),
            "accepted_by": to,
            "outcome": "completed",
            "note": results[k],
        }
        steps.append(tool(d, c, "handoff", d["a_handoff"](i, to), payload))
        if k + 1 < min(n, len(ag)):
            steps.append(llm("%s %s. Next, %s." % (to, results[k], ag[k + 1])))
    steps.append(llm("All teams have finished their parts on %s." % i))
    return steps


def prog_search_refinement(d, r, c, n):
    steps = [llm("Searching for the records in question.", d["request"])]
    ref = d["refine"][: max(2, min(n, len(d["refine"])))]
    target = None
    for k, (q, total) in enumerate(ref):
        shown = min(total, 3)
        rows = [d["rec"](r, d["id"](r)) for _ in range(shown)]
        steps.append(tool(d, c, "search", d["a_search"](q), {"rows": rows, "total": total}))
        if k < len(ref) - 1:
            if total > 10:
                steps.append(llm("%d hits is too broad; narrowing the query." % total))
            else:
                steps.append(
                    llm("Down to %d candidates; adding one more term to pin it down." % total)
                )
        target = rows[0]
    tid = next(iter(target.values()))
    steps.append(llm("Found it: %s. Opening the record." % tid))
    steps.append(tool(d, c, "get", d["a_get"](tid), dict(target)))
    return steps


LOOP_FN = {k: globals()["loop_" + k] for k in LOOP_KINDS}
PROG_FN = {k: globals()["prog_" + k] for k in PROGRESS_KINDS}


def build() -> list[dict]:
    rows = []
    for label, kinds, fns in (("loop", LOOP_KINDS, LOOP_FN), ("progress", PROGRESS_KINDS, PROG_FN)):
        for kind in kinds:
            for di, d in enumerate(DOMAINS):
                row_id = "eightieth-%s-%s-%03d" % (label, kind, di + 1)
                rng = random.Random(f"{SEED}-{row_id}")
                ctx = Ctx(rng)
                n = 3 + (di * 3 + rng.randint(0, 2)) % 5
                steps = fns[kind](d, rng, ctx, n)
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
