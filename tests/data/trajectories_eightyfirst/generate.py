"""Blind trajectory set 81 (eightyfirst): 208 rows, 13 loop kinds and 13 near-miss progress kinds.

Standard library only. Rewrite with:

    .venv/bin/python tests/data/trajectories_eightyfirst/generate.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

SEED = 8181
SET = "eightyfirst"

# --------------------------------------------------------------------------- context


class Ctx:
    def __init__(self, row_id: str, domain: dict) -> None:
        self.rng = random.Random(f"{SEED}-{row_id}")
        self.d = domain
        start = dt.datetime(2026, 3, 2, 6, 0, 0) + dt.timedelta(
            days=self.rng.randint(0, 240), seconds=self.rng.randint(0, 50000)
        )
        self.t = start
        self.quota = self.rng.randint(900, 5000)
        self.seq = self.rng.randint(10000, 90000)

    def tick(self, lo: int = 2, hi: int = 40) -> dt.datetime:
        self.t += dt.timedelta(
            seconds=self.rng.randint(lo, hi), milliseconds=self.rng.randint(0, 999)
        )
        self.quota -= self.rng.randint(1, 3)
        self.seq += self.rng.randint(1, 9)
        return self.t

    def rid(self, n: int = 12) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def ms(self) -> int:
        return self.rng.randint(14, 900)

    def key(self, k: str) -> str:
        style = self.d["keys"]
        parts = k.split("_")
        if style == "camel":
            return parts[0] + "".join(p.capitalize() for p in parts[1:])
        if style == "pascal":
            return "".join(p.capitalize() for p in parts)
        if style == "flag":
            return "--" + "-".join(parts)
        return k

    def args(self, **kw: object) -> dict:
        return {self.key(k): v for k, v in kw.items()}

    def tool(
        self, op: str, data: dict | None = None, err: tuple | None = None, **kw: object
    ) -> dict:
        self.tick()
        name = self.d["tools"][op]
        obs = self.d["render"](self, name, data or {}, err)
        return {
            "kind": "tool",
            "tool": name,
            "args": self.args(**kw),
            "observation": obs,
            "error": err is not None,
        }

    def pick(self, options: list[str], **fmt: object) -> str:
        return self.rng.choice(options).format(**fmt)


def llm(text: str, observation: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": observation}


# --------------------------------------------------------------------------- renderers

REASONS = {
    "200": "OK",
    "403": "Forbidden",
    "404": "Not Found",
    "409": "Conflict",
    "422": "Unprocessable Entity",
    "429": "Too Many Requests",
    "503": "Service Unavailable",
}


def _scalar(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    return str(v)


def flat(data: dict) -> dict:
    out: dict = {}
    for k, v in data.items():
        if isinstance(v, dict):
            out[k] = [v]
        elif isinstance(v, list) and not v and k != "items":
            out[k] = "-"
        elif isinstance(v, list) and not all(isinstance(x, dict) for x in v):
            out[k] = "; ".join(_scalar(x) for x in v) if v else "-"
        else:
            out[k] = v
    return out


def r_http(c: Ctx, name: str, data: dict, err: tuple | None) -> str:
    code = err[0] if err else "200"
    body = (
        {"error": {"code": err[2] if len(err) > 2 else "request_failed", "message": err[1]}}
        if err
        else data
    )
    hdr = [
        "HTTP/1.1 %s %s" % (code, REASONS.get(code, "Error")),
        "Date: %s" % c.t.strftime("%a, %d %b %Y %H:%M:%S GMT"),
        "Content-Type: application/json",
        "X-Request-Id: req_%s" % c.rid(16),
        "X-RateLimit-Remaining: %d" % c.quota,
        "Server-Timing: app;dur=%d" % c.ms(),
        "Via: 1.1 adm-edge-%02d" % c.rng.randint(1, 12),
    ]
    if code == "429":
        hdr.append("Retry-After: %d" % c.rng.choice([2, 5, 10, 30]))
    return "\n".join(hdr) + "\n\n" + json.dumps(body)


def r_kv(c: Ctx, name: str, data: dict, err: tuple | None) -> str:
    data = flat(data)
    lines = ["result=%s" % ("error" if err else "ok")]
    if err:
        lines += ["code=%s" % err[0], "message=%s" % err[1]]
    for k, v in data.items():
        if isinstance(v, list):
            lines.append("%s.count=%d" % (k, len(v)))
            for i, it in enumerate(v):
                for k2, v2 in it.items():
                    lines.append("%s.%d.%s=%s" % (k, i, k2, _scalar(v2)))
        else:
            lines.append("%s=%s" % (k, _scalar(v)))
    lines += [
        "trace_id=%s" % c.rid(20),
        "ts=%s" % c.t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
        "elapsed_ms=%d" % c.ms(),
        "node=orth-api-%d" % c.rng.randint(1, 6),
    ]
    return "\n".join(lines)


def r_table(c: Ctx, name: str, data: dict, err: tuple | None) -> str:
    data = flat(data)
    head = "# %s  host=pm3-ctl%02d  %s  (%.2fs)  seq=%d" % (
        name.split()[0],
        c.rng.randint(1, 4),
        c.t.strftime("%Y-%m-%d %H:%M:%S"),
        c.ms() / 1000,
        c.seq,
    )
    if err:
        return "%s\n%s: error: %s [%s]\nexit status %d" % (
            head,
            name.split()[0],
            err[1],
            err[0],
            c.rng.choice([1, 2, 3]),
        )
    out = [head]
    for k, v in data.items():
        if not isinstance(v, list):
            out.append("%s: %s" % (k, _scalar(v)))
    for v in data.values():
        if isinstance(v, list) and v:
            cols = list(v[0].keys())
            widths = [max(len(col), *(len(_scalar(it.get(col))) for it in v)) for col in cols]
            out.append("  ".join(col.upper().ljust(w) for col, w in zip(cols, widths, strict=True)))
            out.extend(
                "  ".join(
                    _scalar(it.get(col)).ljust(w) for col, w in zip(cols, widths, strict=True)
                )
                for it in v
            )
            out.append("(%d rows)" % len(v))
        elif isinstance(v, list):
            out.append("(0 rows)")
    return "\n".join(line.rstrip() for line in out)


def r_xml(c: Ctx, name: str, data: dict, err: tuple | None) -> str:
    data = flat(data)
    out = [
        '<%sResponse requestId="%s" servedBy="tps-app%d" elapsedMs="%d" at="%s">'
        % (
            name,
            c.rid(8) + "-" + c.rid(4),
            c.rng.randint(1, 3),
            c.ms(),
            c.t.strftime("%Y-%m-%dT%H:%M:%S"),
        )
    ]
    if err:
        out.append('  <Status code="%s">%s</Status>' % (err[0], err[1]))
    else:
        out.append('  <Status code="OK"/>')
    for k, v in data.items():
        if isinstance(v, list):
            out.append("  <%s>" % k)
            for it in v:
                attrs = " ".join('%s="%s"' % (k2, _scalar(v2)) for k2, v2 in it.items())
                out.append("    <Item %s/>" % attrs)
            out.append("  </%s>" % k)
        else:
            out.append("  <%s>%s</%s>" % (k, _scalar(v), k))
    out.append("</%sResponse>" % name)
    return "\n".join(out)


def r_envelope(c: Ctx, name: str, data: dict, err: tuple | None) -> str:
    meta = {
        "req_id": "rq-" + c.rid(10),
        "took_ms": c.ms(),
        "cache_age_s": c.rng.randint(0, 120),
        "ts": c.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if err:
        return json.dumps({"ok": False, "error": {"code": err[0], "detail": err[1]}, "meta": meta})
    return json.dumps({"ok": True, "data": data, "meta": meta})


def _yaml(v: object, indent: int) -> list[str]:
    pad = "  " * indent
    out: list[str] = []
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, (dict, list)):
                out.append("%s%s:%s" % (pad, k, " []" if x == [] else ""))
                out += _yaml(x, indent + 1)
            else:
                out.append("%s%s: %s" % (pad, k, _scalar(x)))
    elif isinstance(v, list):
        for it in v:
            if not isinstance(it, dict):
                out.append("%s- %s" % (pad, _scalar(it)))
                continue
            sub = _yaml(it, indent + 1)
            if sub:
                sub[0] = pad + "- " + sub[0].lstrip()
            out += sub
    return out


def r_yaml(c: Ctx, name: str, data: dict, err: tuple | None) -> str:
    out = [
        "---",
        "status: %s" % ("error" if err else "ok"),
        "request: %s" % c.rid(10),
        "served_at: %s" % c.t.strftime("%Y-%m-%d %H:%M:%S"),
        "worker: uphw-%d" % c.rng.randint(1, 9),
        "latency_ms: %d" % c.ms(),
    ]
    if err:
        out += ["error:", "  code: %s" % err[0], "  message: %s" % err[1]]
    if data:
        out.append("data:")
        out += _yaml(data, 1)
    return "\n".join(out)


def r_gql(c: Ctx, name: str, data: dict, err: tuple | None) -> str:
    op = name.split()[-1]
    ext = {
        "traceId": c.rid(16),
        "durationMs": c.ms(),
        "cost": {"requested": c.rng.randint(3, 40), "remaining": c.quota},
    }
    if err:
        return json.dumps(
            {
                "data": {op: None},
                "errors": [{"message": err[1], "path": [op], "extensions": {"code": err[0]}}],
                "extensions": ext,
            }
        )
    return json.dumps({"data": {op: data}, "extensions": ext})


def r_log(c: Ctx, name: str, data: dict, err: tuple | None) -> str:
    data = flat(data)
    stamp = c.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % c.rng.randint(0, 999)
    scal = " ".join("%s=%s" % (k, _scalar(v)) for k, v in data.items() if not isinstance(v, list))
    if err:
        return '%s ERROR wrs-gw rid=%s cmd=%s took=%dms code=%s msg="%s"' % (
            stamp,
            c.rid(8),
            name,
            c.ms(),
            err[0],
            err[1],
        )
    out = ["%s INFO wrs-gw rid=%s cmd=%s took=%dms %s" % (stamp, c.rid(8), name, c.ms(), scal)]
    for v in data.values():
        if isinstance(v, list) and v:
            cols = list(v[0].keys())
            out.append(",".join(cols))
            out += [",".join(_scalar(it.get(col)) for col in cols) for it in v]
    return "\n".join(line.rstrip() for line in out)


# --------------------------------------------------------------------------- domains


def _initials(r: random.Random) -> str:
    return "%s.%s." % (r.choice("ABCDEFGHJKLMNPRSTW"), r.choice("ABCDEFGHJKLMNPRSTW"))


DOMAINS: list[dict] = [
    {
        "name": "nursery_school_admissions",
        "keys": "snake",
        "render": r_http,
        "ent": "application",
        "ents": "applications",
        "tools": {
            "search": "GET /v2/applications",
            "get": "GET /v2/applications/{id}",
            "update": "PATCH /v2/applications/{id}",
            "validate": "POST /v2/applications/{id}/eligibility-check",
            "submit": "POST /v2/offers",
            "status": "GET /v2/allocation-runs/{id}",
            "list": "GET /v2/waitlist",
        },
        "new_id": lambda r: "APP-27-%05d" % r.randint(10000, 99999),
        "item": lambda r, i: {
            "id": i,
            "child": _initials(r),
            "age_months": r.randint(26, 50),
            "preferred_site": r.choice(["Elm Road", "Harbour View", "St Anne's", "Millfield"]),
            "funded_hours": r.choice([15, 30]),
            "state": r.choice(["submitted", "verified", "waitlisted"]),
        },
        "upd": (
            "preferred_site",
            ["Elm Road", "Harbour View", "St Anne's", "Millfield", "Quarry Lane"],
        ),
        "req": ("proof_of_address", "proof of address (council tax or utility bill) not uploaded"),
        "tune": (
            "max_distance_km",
            1.0,
            6.0,
            5.0,
            "places_filled_pct",
            71.0,
            99.0,
            ">=",
            92.0,
            "radius above 5 km pushes sibling-priority applicants past the 10% cap",
        ),
        "job": ("allocation run", "AR-%04d", "offers_made"),
        "fail": (
            "403",
            "token scope admissions:read does not permit offers:write",
            "insufficient_scope",
        ),
        "argfix": (
            "site_code",
            "ELM",
            "ELM-RD",
            "422",
            "site_code 'ELM' unknown; valid codes: ELM-RD, HRB-VW, STA-01, MLF-02",
            "validation_error",
        ),
        "throttle": (
            "429",
            "rate limit exceeded for partner key; retry after {s}s",
            "rate_limited",
        ),
        "churn": [
            "twins born 2023 Elm Road",
            "twin siblings Elm Road 2023",
            "2023 twins applying Elm Road nursery",
            "Elm Road twins birth year 2023",
            "siblings twins Elm Rd 2023 intake",
            "Elm Road 2023 twin applicants",
        ],
        "refine": [
            ("term", "2027 intake"),
            ("site", "Elm Road"),
            ("funded_hours", 30),
            ("sibling_priority", True),
        ],
        "clarify": [
            ("Which intake term should I allocate for, autumn or spring?", "Autumn 2027."),
            (
                "Should 30-hour applicants without an eligibility code be held or offered 15 hours?",
                "Offer them 15 hours for now.",
            ),
            (
                "Do sibling-priority applicants override distance for Harbour View?",
                "Yes, siblings first, then distance.",
            ),
            (
                "Should I email parents directly or leave offers as drafts?",
                "Leave them as drafts, I'll review.",
            ),
        ],
    },
    {
        "name": "orthotic_insole_lab",
        "keys": "snake",
        "render": r_kv,
        "ent": "order",
        "ents": "orders",
        "tools": {
            "search": "lab.orders.search",
            "get": "lab.orders.get",
            "update": "lab.orders.patch",
            "validate": "lab.design.check",
            "submit": "lab.orders.release",
            "status": "lab.mill.job_status",
            "list": "lab.orders.list",
        },
        "new_id": lambda r: "ORD-%06d" % r.randint(100000, 999999),
        "item": lambda r, i: {
            "id": i,
            "patient_ref": "PT%05d" % r.randint(10000, 99999),
            "device": r.choice(["full-length insole", "3/4 insole", "heel cup", "UCBL"]),
            "shoe_size_eu": r.randint(36, 46),
            "arch": r.choice(["low", "medium", "high"]),
            "state": r.choice(["designing", "milling", "qc"]),
        },
        "upd": ("top_cover", ["EVA 1.5mm", "poron 3mm", "leather", "neoprene 2mm", "plastazote"]),
        "req": ("foam_box_scan", "foam box scan missing for left foot"),
        "tune": (
            "arch_height_mm",
            12.0,
            24.0,
            20.0,
            "peak_pressure_kpa",
            310.0,
            150.0,
            "<=",
            220.0,
            "arch height exceeds prescriber limit for diabetic foot",
        ),
        "job": ("milling job", "MJ-%05d", "pairs_milled"),
        "fail": ("E_AUTH", "service account lab-bot lacks role release_manager", "auth"),
        "argfix": (
            "material",
            "EVA-45",
            "EVA45A",
            "E_ARG",
            "material 'EVA-45' not in catalogue; did you mean EVA45A",
            "arg",
        ),
        "throttle": ("E_BUSY", "mill queue API throttled; retry in {s}s", "busy"),
        "churn": [
            "Hallux limitus Morton extension",
            "morton's extension hallux limitus",
            "hallux limitus with morton extension insole",
            "Morton ext for hallux limitus",
            "HL morton extension",
            "insole morton extension HL",
        ],
        "refine": [
            ("clinic", "Westgate Podiatry"),
            ("device", "full-length insole"),
            ("status", "designing"),
            ("side", "left"),
        ],
        "clarify": [
            (
                "Should the left and right insoles share the same top cover?",
                "Yes, same cover both sides.",
            ),
            ("Is this patient diabetic, so I should cap arch height?", "Yes, type 2, cap it."),
            ("Do you want the rush milling slot or standard turnaround?", "Standard is fine."),
            ("Should the heel post be 4 degrees or 6 degrees?", "4 degrees medial."),
        ],
    },
    {
        "name": "paper_mill_reel_tracking",
        "keys": "flag",
        "render": r_table,
        "ent": "reel",
        "ents": "reels",
        "tools": {
            "search": "reelctl find",
            "get": "reelctl show",
            "update": "reelctl set",
            "validate": "reelctl qc-check",
            "submit": "reelctl dispatch",
            "status": "reelctl job",
            "list": "reelctl ls",
        },
        "new_id": lambda r: "R%07d" % r.randint(1000000, 9999999),
        "item": lambda r, i: {
            "id": i,
            "grade": r.choice(["LWC60", "NP45", "SC56", "MFC70"]),
            "width_mm": r.choice([1480, 2120, 2650, 3300]),
            "weight_kg": r.randint(900, 3200),
            "moisture_pct": round(r.uniform(6.5, 9.5), 1),
            "state": r.choice(["wound", "qc_hold", "wrapped"]),
        },
        "upd": ("customer_order", ["SO-88120", "SO-88131", "SO-88147", "SO-88152", "SO-88190"]),
        "req": ("moisture_profile", "moisture profile scan absent for reel set"),
        "tune": (
            "calender_nip_kn",
            40.0,
            120.0,
            95.0,
            "caliper_cv_pct",
            3.1,
            0.9,
            "<=",
            1.6,
            "nip load above 95 kN blackens coated grades",
        ),
        "job": ("winder grading batch", "WB-%04d", "reels_graded"),
        "fail": ("EPERM", "operator shift B not authorised to dispatch to carrier DHX", "perm"),
        "argfix": (
            "bay",
            "7",
            "B07",
            "EBADARG",
            "bay '7' not found; bays are named B01..B12",
            "arg",
        ),
        "throttle": ("EAGAIN", "MES gateway busy, retry in {s}s", "busy"),
        "churn": [
            "reel broke at winder PM3 night",
            "PM3 winder break night shift",
            "night shift PM3 web break winder",
            "winder web break pm3",
            "PM3 break reel winder",
            "break at PM3 winder overnight",
        ],
        "refine": [("machine", "PM3"), ("grade", "LWC60"), ("state", "qc_hold"), ("shift", "C")],
        "clarify": [
            ("Should damaged reels go to broke or to rewind?", "Rewind if under 20 cm damage."),
            ("Which carrier should the Hamburg order go with?", "Use Nordfracht."),
            ("Do you want the core ids in the dispatch note?", "Yes, include core ids."),
            ("Should I release reels with moisture above 9%?", "No, hold those."),
        ],
    },
    {
        "name": "radiotherapy_plan_qa",
        "keys": "pascal",
        "render": r_xml,
        "ent": "plan",
        "ents": "plans",
        "tools": {
            "search": "QueryPlans",
            "get": "GetPlan",
            "update": "UpdatePlanParameter",
            "validate": "RunPlanCheck",
            "submit": "ApprovePlanForTreatment",
            "status": "GetCalcJob",
            "list": "ListPlans",
        },
        "new_id": lambda r: "PLN-%05d" % r.randint(10000, 99999),
        "item": lambda r, i: {
            "id": i,
            "site": r.choice(["prostate", "H&N", "breast_L", "lung_R", "rectum"]),
            "technique": r.choice(["VMAT", "IMRT", "3DCRT"]),
            "fractions": r.choice([5, 15, 20, 25, 33]),
            "dose_gy": r.choice([36.25, 40.05, 50.0, 60.0, 70.0]),
            "state": r.choice(["draft", "physics_check", "md_review"]),
        },
        "upd": ("couch_angle", ["0", "10", "350", "270", "90"]),
        "req": ("secondary_mu_check", "independent MU check not attached"),
        "tune": (
            "mu_scaling",
            0.90,
            1.10,
            1.04,
            "gamma_pass_pct",
            88.0,
            99.0,
            ">=",
            95.0,
            "PTV D2% exceeds 107% of prescription",
        ),
        "job": ("dose calculation", "DC-%05d", "beams_calculated"),
        "fail": ("DENIED", "user role dosimetrist cannot approve for treatment", "role"),
        "argfix": (
            "machine",
            "Linac2",
            "TB2-HALCYON",
            "INVALID_ARGUMENT",
            "machine 'Linac2' unknown; commissioned: TB1-TRUEBEAM, TB2-HALCYON",
            "arg",
        ),
        "throttle": ("RESOURCE_EXHAUSTED", "calc server busy; retry after {s}s", "exhausted"),
        "churn": [
            "left breast DIBH tangents",
            "breast L deep inspiration breath hold tangent",
            "DIBH left breast tangential",
            "tangents DIBH breast left",
            "left-sided breast breath hold",
            "L breast DIBH",
        ],
        "refine": [
            ("site", "breast_L"),
            ("technique", "VMAT"),
            ("state", "physics_check"),
            ("physicist", "unassigned"),
        ],
        "clarify": [
            ("Should I use the 3%/2mm or 2%/2mm gamma criteria?", "3%/2mm, department standard."),
            (
                "Is the MU check from RadCalc acceptable as the independent check?",
                "Yes, RadCalc is fine.",
            ),
            (
                "Should I flag plans with couch kicks for the physicist?",
                "Only if above 15 degrees.",
            ),
            ("Which linac is this patient booked on?", "TB2 Halcyon."),
        ],
    },
    {
        "name": "textbook_rental_returns",
        "keys": "snake",
        "render": r_envelope,
        "ent": "rental",
        "ents": "rentals",
        "tools": {
            "search": "search_rentals",
            "get": "get_rental",
            "update": "update_rental",
            "validate": "check_return_condition",
            "submit": "issue_deposit_refund",
            "status": "get_refund_batch",
            "list": "list_rentals",
        },
        "new_id": lambda r: "RNT-%07d" % r.randint(1000000, 9999999),
        "item": lambda r, i: {
            "id": i,
            "isbn": "978%010d" % r.randint(0, 9999999999),
            "title": r.choice(
                [
                    "Campbell Biology 12e",
                    "Calculus: Early Transcendentals",
                    "Organic Chemistry 9e",
                    "Principles of Economics",
                ]
            ),
            "student": "S%06d" % r.randint(100000, 999999),
            "due": "2026-12-%02d" % r.randint(1, 20),
            "state": r.choice(["out", "returned", "overdue"]),
        },
        "upd": (
            "condition_in",
            ["good", "fair", "water_damage", "highlighting", "missing_access_code"],
        ),
        "req": ("return_scan", "no return scan recorded at campus drop box"),
        "tune": (
            "buyback_rate_pct",
            20.0,
            60.0,
            45.0,
            "margin_pct",
            4.0,
            19.0,
            ">=",
            12.0,
            "rate above 45% breaks publisher buyback agreement",
        ),
        "job": ("refund batch", "RB-%05d", "refunds_sent"),
        "fail": (
            "gateway_error",
            "payment processor declined: merchant account suspended",
            "gateway",
        ),
        "argfix": (
            "term",
            "fall26",
            "2026FA",
            "bad_request",
            "term 'fall26' invalid; use YYYY + FA/SP/SU, e.g. 2026FA",
            "arg",
        ),
        "throttle": ("rate_limited", "too many requests, retry in {s}s", "rate"),
        "churn": [
            "Campbell Biology returned without access code",
            "campbell bio missing access code return",
            "returned Campbell Biology no code",
            "access code missing campbell",
            "Campbell 12e code not returned",
            "biology textbook missing code",
        ],
        "refine": [
            ("term", "2026FA"),
            ("campus", "north"),
            ("state", "overdue"),
            ("title", "Campbell Biology 12e"),
        ],
        "clarify": [
            (
                "Should water-damaged books get a partial deposit refund or none?",
                "Half the deposit.",
            ),
            ("Do I refund to the original card or to campus credit?", "Original card."),
            ("Should overdue-but-returned rentals be charged a late fee?", "Waive it this term."),
            ("Is highlighting counted as damage?", "No, only water damage and missing pages."),
        ],
    },
    {
        "name": "upholstery_workshop_jobs",
        "keys": "snake",
        "render": r_yaml,
        "ent": "job",
        "ents": "jobs",
        "tools": {
            "search": "job-search",
            "get": "job-get",
            "update": "job-update",
            "validate": "cutplan-check",
            "submit": "job-release",
            "status": "cutter-status",
            "list": "job-list",
        },
        "new_id": lambda r: "UJ-%04d" % r.randint(1000, 9999),
        "item": lambda r, i: {
            "id": i,
            "piece": r.choice(
                ["wingback chair", "3-seat sofa", "ottoman", "dining chair x6", "chaise"]
            ),
            "fabric": "FAB-%03d" % r.randint(100, 999),
            "metres": round(r.uniform(2.0, 18.0), 1),
            "customer": r.choice(["Hollis", "Okafor", "Brennan", "Sato", "Marsh"]),
            "state": r.choice(["stripped", "cutting", "sewing"]),
        },
        "upd": ("piping", ["self", "contrast navy", "none", "double welt", "brass nailhead"]),
        "req": ("fr_certificate", "FR compliance certificate (BS 5852) not recorded for fabric"),
        "tune": (
            "motif_pitch_cm",
            32.0,
            64.0,
            54.0,
            "waste_pct",
            31.0,
            9.0,
            "<=",
            18.0,
            "pitch over 54 cm misaligns the seat-back pattern match",
        ),
        "job": ("cutting job", "CUT-%04d", "panels_cut"),
        "fail": (
            "SUPPLIER_DOWN",
            "fabric supplier portal returned 502 for stock reservation",
            "supplier",
        ),
        "argfix": (
            "fabric",
            "velvet green",
            "FAB-418",
            "UNKNOWN_FABRIC",
            "fabric must be a catalogue code (FAB-nnn); 'velvet green' matches FAB-418",
            "arg",
        ),
        "throttle": ("THROTTLED", "cutter API throttled; wait {s}s", "throttle"),
        "churn": [
            "green velvet wingback Hollis",
            "Hollis wingback velvet green",
            "wingback chair green velvet",
            "velvet wingback Hollis order",
            "Hollis green chair",
            "wing back velvet",
        ],
        "refine": [
            ("state", "cutting"),
            ("piece", "wingback chair"),
            ("customer", "Hollis"),
            ("due_before", "2026-12-15"),
        ],
        "clarify": [
            ("Should the cushions be feather-wrapped or plain foam?", "Feather-wrapped."),
            (
                "Do you want the pattern centred on the inside back or the seat?",
                "Centre it on the inside back.",
            ),
            ("Should I reserve extra fabric for the arm caps?", "Yes, half a metre."),
            ("Is the customer collecting or do we deliver?", "We deliver, Thursday."),
        ],
    },
    {
        "name": "voter_roll_maintenance",
        "keys": "camel",
        "render": r_gql,
        "ent": "registrant",
        "ents": "registrants",
        "tools": {
            "search": "query registrants",
            "get": "query registrant",
            "update": "mutation updateRegistrant",
            "validate": "query validateRegistrant",
            "submit": "mutation commitRollChange",
            "status": "query matchRun",
            "list": "query registrantPage",
        },
        "new_id": lambda r: "VR-%08d" % r.randint(10000000, 99999999),
        "item": lambda r, i: {
            "id": i,
            "surname": r.choice(["Delgado", "Whitfield", "Nakamura", "Osei", "Kowalski", "Brandt"]),
            "precinct": "P-%03d" % r.randint(1, 240),
            "state": r.choice(["active", "inactive", "pending"]),
            "lastActivity": "20%02d-%02d-%02d"
            % (r.randint(19, 26), r.randint(1, 12), r.randint(1, 28)),
        },
        "upd": ("precinct", ["P-014", "P-027", "P-103", "P-188", "P-211"]),
        "req": (
            "ncoa_evidence",
            "NCOA move evidence missing; cannot change residence without source",
        ),
        "tune": (
            "match_threshold",
            0.70,
            0.98,
            0.95,
            "false_merge_rate_pct",
            2.4,
            0.1,
            "<=",
            0.5,
            "threshold above 0.95 sends over 2000 pairs to manual review",
        ),
        "job": ("NCOA match run", "MR-%05d", "matches_found"),
        "fail": (
            "FORBIDDEN",
            "county clerk sign-off required before committing roll changes",
            "forbidden",
        ),
        "argfix": (
            "county_fips",
            "Marion",
            "41047",
            "BAD_USER_INPUT",
            "countyFips must be a 5-digit FIPS code; 'Marion' looks like Marion County (41047)",
            "arg",
        ),
        "throttle": ("RATE_LIMITED", "query cost budget exhausted; resets in {s}s", "rate"),
        "churn": [
            "Delgado 1450 Cedar St",
            "Delgado Cedar Street 1450",
            "1450 Cedar Delgado",
            "Delgado Cedar St.",
            "registrant Delgado Cedar",
            "Cedar St 1450 registrants",
        ],
        "refine": [
            ("county", "41047"),
            ("status", "inactive"),
            ("surname", "Delgado"),
            ("birthYear", 1961),
        ],
        "clarify": [
            (
                "Should registrants with returned mail be moved to inactive or just flagged?",
                "Flag only, don't change status.",
            ),
            ("Which NCOA file should I use, October or November?", "November."),
            ("Do you want confirmation notices queued for moved voters?", "Yes, queue them."),
            (
                "Should I merge exact name and DOB matches automatically?",
                "No, send them for review.",
            ),
        ],
    },
    {
        "name": "wheelchair_repair_service",
        "keys": "snake",
        "render": r_log,
        "ent": "ticket",
        "ents": "tickets",
        "tools": {
            "search": "tickets:search",
            "get": "tickets:get",
            "update": "tickets:update",
            "validate": "parts:compat-check",
            "submit": "tickets:dispatch",
            "status": "workshop:job",
            "list": "tickets:list",
        },
        "new_id": lambda r: "WT-%05d" % r.randint(10000, 99999),
        "item": lambda r, i: {
            "id": i,
            "chair": r.choice(["Quickie Q7", "Invacare Aviva", "Permobil F5", "Sunrise Zippie"]),
            "fault": r.choice(
                ["castor wobble", "joystick dead zone", "battery fade", "brake slip"]
            ),
            "priority": r.choice(["P1", "P2", "P3"]),
            "state": r.choice(["triaged", "awaiting_parts", "booked"]),
        },
        "upd": ("engineer", ["ENG-Patel", "ENG-Rourke", "ENG-Mbeki", "ENG-Larsen", "ENG-Ito"]),
        "req": ("funding_auth", "NHS wheelchair service funding authorisation not on file"),
        "tune": (
            "accel_pct",
            30.0,
            90.0,
            70.0,
            "tip_risk",
            0.12,
            0.48,
            "<=",
            0.30,
            "accel under 55% fails the ramp-climb requirement",
        ),
        "job": ("battery load test", "BL-%05d", "cells_tested"),
        "fail": (
            "ESUPPLIER",
            "Permobil parts API unreachable (connect timeout 10000ms)",
            "supplier",
        ),
        "argfix": (
            "part_no",
            "F5-joystick",
            "PM-1804-22",
            "EARG",
            "part_no must be a supplier SKU; joystick for F5 is PM-1804-22",
            "arg",
        ),
        "throttle": ("ETHROTTLE", "dispatch board rate limited, retry_in={s}s", "throttle"),
        "churn": [
            "Permobil F5 joystick intermittent",
            "F5 joystick cuts out",
            "joystick intermittent Permobil",
            "permobil joystick drop out F5",
            "F5 controller intermittent",
            "joystick fault Permobil F5",
        ],
        "refine": [
            ("region", "north"),
            ("chair", "Permobil F5"),
            ("priority", "P1"),
            ("state", "awaiting_parts"),
        ],
        "clarify": [
            (
                "Should P1 tickets be booked same-day even if it means overtime?",
                "Yes, P1 same-day.",
            ),
            (
                "Can I loan a spare chair while the F5 is in the workshop?",
                "Yes, from the north store.",
            ),
            (
                "Should I order OEM parts or use the refurbished stock?",
                "OEM for controllers, refurb is fine for castors.",
            ),
            (
                "Do you want the client called before the engineer visits?",
                "Yes, call the day before.",
            ),
        ],
    },
]

# --------------------------------------------------------------------------- helpers


def items(c: Ctx, n: int) -> list[dict]:
    return [c.d["item"](c.rng, c.d["new_id"](c.rng)) for _ in range(n)]


def first(c: Ctx, user: str, text: str) -> dict:
    return llm(text, user)


def metric(c: Ctx, v: float) -> float:
    _, lo, hi, _, _, m_lo, m_hi, _, _, _ = c.d["tune"]
    return round(m_lo + (m_hi - m_lo) * (v - lo) / (hi - lo), 2)


def passes(c: Ctx, v: float) -> tuple[bool, bool]:
    _param, _lo, _hi, cap, _mname, _m_lo, _m_hi, op, target, _cmsg = c.d["tune"]
    m = metric(c, v)
    ok_m = m >= target if op == ">=" else m <= target
    ok_c = v >= 55.0 if c.d["name"] == "wheelchair_repair_service" else v <= cap
    return ok_m, ok_c


# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(c: Ctx) -> list[dict]:
    d = c.d
    it = items(c, 1)[0]
    user = "What's the current state of %s %s? I need it for the 10am call." % (d["ent"], it["id"])
    steps = [first(c, user, "I'll look up %s %s." % (d["ent"], it["id"]))]
    text = "Fetching %s %s to read its current state." % (d["ent"], it["id"])
    for _ in range(c.rng.randint(3, 5)):
        steps.append(c.tool("get", {"item": it}, id=it["id"]))
        steps.append(llm(text))
    return steps


def loop_paraphrased_repeat(c: Ctx) -> list[dict]:
    d = c.d
    found = items(c, 2)
    q = d["churn"][0]
    user = "Find the %s matching '%s' and tell me which one to action first." % (d["ents"], q)
    steps = [first(c, user, "Let me search for %s matching '%s'." % (d["ents"], q))]
    texts = [
        "Let me run the search for '{q}' to see which {ents} come up.",
        "I'll query the {ents} for '{q}' and check the top hits.",
        "Searching '{q}' so I can compare the candidate {ents}.",
        "Running a lookup on '{q}' to get the matching {ents}.",
        "I'll pull the {ents} that match '{q}' before deciding.",
        "Let me look up which {ents} match '{q}'.",
    ]
    c.rng.shuffle(texts)
    for t in texts[: c.rng.randint(3, 6)]:
        steps.append(c.tool("search", {"total": 2, "items": found}, query=q, limit=20))
        steps.append(llm(t.format(q=q, ents=d["ents"])))
    return steps


def loop_ab_oscillation(c: Ctx) -> list[dict]:
    param, lo, hi, _cap, mname, *_rest = c.d["tune"]
    cmsg = c.d["tune"][-1]
    it = items(c, 1)[0]
    user = "Tune %s on %s so the check passes, then tell me the value." % (param, it["id"])
    steps = [first(c, user, "I'll start with %s=%s and run the check." % (param, lo))]
    for _ in range(c.rng.randint(3, 4)):
        for v in (lo, hi):
            steps.append(
                c.tool("update", {"id": it["id"], param: v}, id=it["id"], field=param, value=v)
            )
            ok_m, ok_c = passes(c, v)
            res = {"id": it["id"], param: v, mname: metric(c, v), "passed": ok_m and ok_c}
            res["violations"] = [] if ok_c else [cmsg]
            steps.append(c.tool("validate", res, id=it["id"]))
            other = hi if v == lo else lo
            if not ok_m:
                steps.append(
                    llm(
                        c.pick(
                            [
                                "{m} is out of range at {v}. Setting {p} to {h} should fix it.",
                                "At {p}={v} the {m} check fails. I'll set it to {h}.",
                                "Failing on {m}; switching {p} to {h}.",
                            ],
                            m=mname,
                            v=v,
                            p=param,
                            h=other,
                        )
                    )
                )
            else:
                steps.append(
                    llm(
                        c.pick(
                            [
                                "That breaks a constraint: {cm}. Going back to {p}={lo}.",
                                "{p}={v} violates '{cm}'. I'll set it to {lo}.",
                                "Constraint violation at {v}; reverting {p} to {lo}.",
                            ],
                            cm=cmsg,
                            p=param,
                            v=v,
                            lo=other,
                        )
                    )
                )
    return steps


def loop_failing_tool_retry(c: Ctx) -> list[dict]:
    d = c.d
    it = items(c, 1)[0]
    code, msg, _ = d["fail"]
    user = "Please finalise %s %s, it's been approved." % (d["ent"], it["id"])
    steps = [first(c, user, "Submitting %s %s now." % (d["ent"], it["id"]))]
    for _ in range(c.rng.randint(3, 6)):
        steps.append(c.tool("submit", err=d["fail"], id=it["id"], note="approved by lead"))
        steps.append(
            llm(
                c.pick(
                    [
                        "That failed ({code}). Trying the submission one more time.",
                        "The call returned {code}. It may be transient, submitting it now.",
                        "Got {code} from the service. I'll resend the same request.",
                        "Submission error: {msg}. Let me try it once more.",
                    ],
                    code=code,
                    msg=msg,
                )
            )
        )
    return steps


def loop_same_action_same_observation(c: Ctx) -> list[dict]:
    label, fmt, counter = c.d["job"]
    jid = fmt % c.rng.randint(1000, 9999)
    pos = c.rng.randint(2, 7)
    user = "Kick off the %s %s and tell me when it's finished." % (label, jid)
    steps = [first(c, user, "The %s %s is submitted; I'll check its status." % (label, jid))]
    for _ in range(c.rng.randint(4, 7)):
        steps.append(
            c.tool(
                "status", {"job": jid, "state": "queued", "queue_position": pos, counter: 0}, id=jid
            )
        )
        steps.append(
            llm(
                c.pick(
                    [
                        "Still queued at position {p}. Checking the status shortly.",
                        "{j} is waiting in the queue (position {p}). I'll look at it in a moment.",
                        "No change yet, {j} queued. Let me check the job status.",
                        "Queued, position {p}. Polling {j} once more.",
                        "Job {j} hasn't started. I'll query it after a short wait.",
                    ],
                    p=pos,
                    j=jid,
                )
            )
        )
    return steps


def loop_identical_monologue(c: Ctx) -> list[dict]:
    d = c.d
    it = items(c, 1)[0]
    user = "Can you reconcile %s %s against what the customer says?" % (d["ent"], it["id"])
    steps = [first(c, user, "Looking up %s %s." % (d["ent"], it["id"]))]
    steps.append(c.tool("get", {"item": it}, id=it["id"]))
    text = (
        "I have the record for %s. Next I need to compare it with the customer's account "
        "and decide whether the %s field needs to change before I reply." % (it["id"], d["upd"][0])
    )
    steps.extend(llm(text) for _ in range(c.rng.randint(3, 8)))
    return steps


def loop_identical_tool_calls(c: Ctx) -> list[dict]:
    d = c.d
    found = items(c, 3)
    q = d["refine"][0][1]
    args = {d["refine"][0][0]: q, "page_size": 50}
    return [
        c.tool("list", {"total": 3, "items": found}, **args) for _ in range(c.rng.randint(4, 9))
    ]


# ---- own loop kinds


def loop_pagination_reset(c: Ctx) -> list[dict]:
    d = c.d
    page = items(c, 3)
    cur = "c_" + c.rid(10)
    user = "List every %s in the %s backlog and count them by state." % (
        d["ent"],
        d["refine"][0][1],
    )
    steps = [first(c, user, "I'll page through the backlog.")]
    steps.append(c.tool("list", {"total": 212, "items": page, "next_cursor": cur}, page_size=3))
    for i in range(c.rng.randint(3, 6)):
        steps.append(
            llm(
                c.pick(
                    [
                        "Got {n} {e}; fetching the next page with cursor {cur}.",
                        "Page done. Requesting the following page ({cur}).",
                        "Continuing to the next page using {cur}.",
                        "Next page via cursor {cur}; {t} total to go through.",
                    ],
                    n=3 * (i + 1),
                    e=d["ents"],
                    cur=cur,
                    t=212,
                )
            )
        )
        steps.append(
            c.tool(
                "list", {"total": 212, "items": page, "next_cursor": cur}, page_size=3, cursor=cur
            )
        )
    return steps


def loop_redundant_verification(c: Ctx) -> list[dict]:
    d = c.d
    it = items(c, 1)[0]
    field, vals = d["upd"]
    v = c.rng.choice(vals)
    user = "Set %s to '%s' on %s %s." % (field, v, d["ent"], it["id"])
    steps = [first(c, user, "Updating %s on %s." % (field, it["id"]))]
    it2 = dict(it)
    it2[field] = v
    steps.append(
        c.tool("update", {"updated": True, "item": it2}, id=it["id"], field=field, value=v)
    )
    for _ in range(c.rng.randint(3, 6)):
        steps.append(
            llm(
                c.pick(
                    [
                        "The update returned success. Let me read {i} to make sure {f} is '{v}'.",
                        "I'll confirm the change persisted by fetching {i}.",
                        "Verifying {f} on {i} before I report back.",
                        "Double-checking {i}: {f} should now be '{v}'.",
                        "To be safe I'll read {i} and confirm {f}.",
                    ],
                    i=it["id"],
                    f=field,
                    v=v,
                )
            )
        )
        steps.append(c.tool("get", {"item": it2}, id=it["id"]))
    return steps


def loop_backoff_retry_same_payload(c: Ctx) -> list[dict]:
    d = c.d
    it = items(c, 1)[0]
    code, msg, _ = d["fail"]
    user = "Push %s %s through today please." % (d["ent"], it["id"])
    steps = [first(c, user, "Submitting %s." % it["id"])]
    wait = c.rng.choice([2, 4, 5])
    for attempt in range(1, c.rng.randint(4, 6) + 1):
        steps.append(c.tool("submit", err=d["fail"], id=it["id"], attempt=attempt))
        steps.append(
            llm(
                c.pick(
                    [
                        "Failed with {code}. Backing off {w}s before attempt {a}.",
                        "{code} returned. Waiting {w} seconds, then attempt {a}.",
                        "Service said: {msg}. I'll wait {w}s and send it as attempt {a}.",
                    ],
                    code=code,
                    w=wait,
                    a=attempt + 1,
                    msg=msg,
                )
            )
        )
        wait *= 2
    return steps


def loop_query_reformulation_churn(c: Ctx) -> list[dict]:
    d = c.d
    qs = list(d["churn"])
    user = "Find the %s about '%s'." % (d["ent"], qs[0])
    steps = [first(c, user, "Searching for it.")]
    n = c.rng.randint(4, 6)
    for i, q in enumerate(qs[:n]):
        steps.append(c.tool("search", {"total": 0, "items": []}, query=q, limit=25))
        if i < n - 1:
            steps.append(
                llm(
                    c.pick(
                        [
                            "No matches. Rephrasing the query as '{n}'.",
                            "Nothing for that wording; trying '{n}'.",
                            "Zero results. Maybe the notes phrase it as '{n}'.",
                            "Still empty. Let me search '{n}' instead.",
                        ],
                        n=qs[i + 1],
                    )
                )
            )
    return steps


def rejected(c: Ctx) -> str:
    return {
        "nursery_school_admissions": "409",
        "voter_roll_maintenance": "FAILED_PRECONDITION",
    }.get(c.d["name"], "REJECTED")


def loop_three_step_cycle(c: Ctx) -> list[dict]:
    d = c.d
    it = items(c, 1)[0]
    field, reason = d["req"]
    user = "Get %s %s validated and submitted." % (d["ent"], it["id"])
    steps = [first(c, user, "Starting with the record.")]
    for _ in range(c.rng.randint(3, 4)):
        steps.append(c.tool("get", {"item": it, field: None}, id=it["id"]))
        steps.append(
            c.tool(
                "validate", {"id": it["id"], "passed": False, "violations": [reason]}, id=it["id"]
            )
        )
        steps.append(
            llm(
                c.pick(
                    [
                        "Validation flags {f}, but the rest looks fine. Submitting it.",
                        "Only {f} is flagged; I'll submit and see if it goes through.",
                        "One violation ({f}). Submitting anyway.",
                    ],
                    f=field,
                )
            )
        )
        steps.append(c.tool("submit", err=(rejected(c), reason), id=it["id"]))
        steps.append(
            llm(
                c.pick(
                    [
                        "Rejected. Let me reload {i} and check it.",
                        "Submission refused; I'll re-read the record for {i}.",
                        "Not accepted. Reading {i} from the top.",
                    ],
                    i=it["id"],
                )
            )
        )
    return steps


def loop_clarification_reask(c: Ctx) -> list[dict]:
    d = c.d
    q, a = d["clarify"][0]
    it = items(c, 1)[0]
    user = "Sort out %s %s for me." % (d["ent"], it["id"])
    steps = [first(c, user, q)]
    replies = [
        a,
        "As I said: " + a,
        "I already answered that. " + a,
        a + " Please go ahead.",
        "Same answer: " + a,
    ]
    variants = [
        q,
        "Just to confirm before I continue: " + q[0].lower() + q[1:],
        "Before I make the change, " + q[0].lower() + q[1:],
        "Quick check: " + q[0].lower() + q[1:],
        "Sorry, I want to be sure. " + q,
    ]
    n = c.rng.randint(3, 5)
    for i in range(n):
        steps.append(c.tool("get", {"item": it}, id=it["id"]))
        steps.append(llm(variants[(i + 1) % len(variants)], replies[i]))
    return steps


# --------------------------------------------------------------------------- progress kinds


def prog_sequential_records(c: Ctx) -> list[dict]:
    d = c.d
    its = items(c, c.rng.randint(3, 6))
    user = "What's the current state of these %s: %s?" % (
        d["ents"],
        ", ".join(i["id"] for i in its),
    )
    steps = [first(c, user, "I'll look them up one by one.")]
    for it in its:
        steps.append(c.tool("get", {"item": it}, id=it["id"]))
        steps.append(llm("Fetched %s %s: state %s." % (d["ent"], it["id"], it["state"])))
    return steps


def prog_summarise_related(c: Ctx) -> list[dict]:
    d = c.d
    its = items(c, c.rng.randint(3, 5))
    q = d["churn"][0]
    user = "Summarise the %s that match '%s' so I know which to action first." % (d["ents"], q)
    steps = [first(c, user, "Let me search for %s matching '%s'." % (d["ents"], q))]
    steps.append(
        c.tool(
            "search",
            {"total": len(its), "items": [{"id": i["id"], "state": i["state"]} for i in its]},
            query=q,
            limit=20,
        )
    )
    seen: list[str] = []
    for it in its:
        steps.append(c.tool("get", {"item": it}, id=it["id"]))
        seen.append(it["id"])
        steps.append(
            llm(
                c.pick(
                    [
                        "{i} is {s}; noted. {k} of {n} read.",
                        "Read {i} ({s}). That makes {k}/{n}.",
                        "{i}: state {s}. Moving on, {k} of {n} done.",
                    ],
                    i=it["id"],
                    s=it["state"],
                    k=len(seen),
                    n=len(its),
                )
            )
        )
    steps.append(
        llm(
            "Summary: %s. Action %s first."
            % ("; ".join("%s %s" % (i["id"], i["state"]) for i in its), its[0]["id"])
        )
    )
    return steps


def prog_bisect_parameter(c: Ctx) -> list[dict]:
    param, lo, hi, cap, mname, *_rest = c.d["tune"]
    cmsg = c.d["tune"][-1]
    it = items(c, 1)[0]
    user = "Tune %s on %s so the check passes, then tell me the value." % (param, it["id"])
    steps = [first(c, user, "I'll start with %s=%s and run the check." % (param, lo))]
    wheel = c.d["name"] == "wheelchair_repair_service"
    tried = [lo, hi]
    a, b = lo, cap
    if wheel:
        a, b = hi, 55.0
    for _ in range(c.rng.randint(1, 3)):
        tried.append(round((a + b) / 2, 2))
        a = tried[-1]
    tried.append(b if not wheel else 60.0)
    for v in tried:
        steps.append(
            c.tool("update", {"id": it["id"], param: v}, id=it["id"], field=param, value=v)
        )
        ok_m, ok_c = passes(c, v)
        res = {"id": it["id"], param: v, mname: metric(c, v), "passed": ok_m and ok_c}
        res["violations"] = [] if ok_c else [cmsg]
        steps.append(c.tool("validate", res, id=it["id"]))
        if ok_m and ok_c:
            steps.append(
                llm(
                    "%s=%s passes: %s is %s with no violations. Done."
                    % (param, v, mname, metric(c, v))
                )
            )
            break
        steps.append(
            llm(
                "%s=%s gives %s=%s%s; narrowing the range."
                % (param, v, mname, metric(c, v), "" if ok_c else " and violates the limit")
            )
        )
    return steps


def prog_corrected_argument(c: Ctx) -> list[dict]:
    d = c.d
    it = items(c, 1)[0]
    arg, bad, good, code, msg, _ = d["argfix"]
    user = "Please finalise %s %s, it's been approved." % (d["ent"], it["id"])
    steps = [first(c, user, "Submitting %s %s now." % (d["ent"], it["id"]))]
    steps.append(c.tool("submit", err=(code, msg), id=it["id"], **{arg: bad}))
    steps.append(
        llm("The service rejected %s='%s'. Using '%s' as the error suggests." % (arg, bad, good))
    )
    steps.append(
        c.tool(
            "submit",
            {"id": it["id"], arg: good, "accepted": True, "ref": "X" + c.rid(6).upper()},
            id=it["id"],
            **{arg: good},
        )
    )
    if c.rng.random() < 0.6:
        steps.append(c.tool("get", {"item": dict(it, state="submitted")}, id=it["id"]))
    steps.append(
        llm("%s %s is submitted with %s=%s." % (d["ent"].capitalize(), it["id"], arg, good))
    )
    for other in items(c, c.rng.randint(0, 3)):
        ref = "X" + c.rid(6).upper()
        steps.append(
            c.tool(
                "submit",
                {"id": other["id"], arg: good, "accepted": True, "ref": ref},
                id=other["id"],
                **{arg: good},
            )
        )
        steps.append(llm("%s submitted as well (ref %s)." % (other["id"], ref)))
    return steps


def prog_polling_advancing(c: Ctx) -> list[dict]:
    label, fmt, counter = c.d["job"]
    jid = fmt % c.rng.randint(1000, 9999)
    user = "Kick off the %s %s and tell me when it's finished." % (label, jid)
    steps = [first(c, user, "The %s %s is submitted; I'll check its status." % (label, jid))]
    total = c.rng.randint(40, 400)
    n = c.rng.randint(3, 6)
    for k in range(n):
        if k == 0:
            obs = {"job": jid, "state": "queued", "queue_position": c.rng.randint(1, 3), counter: 0}
            txt = "Queued at position %d. Checking the status shortly." % obs["queue_position"]
        elif k < n - 1:
            done = total * k // (n - 1)
            obs = {"job": jid, "state": "running", "queue_position": 0, counter: done}
            txt = "Running: %d of %d %s so far. I'll look at it in a moment." % (
                done,
                total,
                counter,
            )
        else:
            obs = {"job": jid, "state": "completed", "queue_position": 0, counter: total}
            txt = "%s finished: %d %s." % (jid, total, counter)
        steps.append(c.tool("status", obs, id=jid))
        steps.append(llm(txt))
    return steps


def prog_incremental_reasoning(c: Ctx) -> list[dict]:
    d = c.d
    its = items(c, c.rng.randint(4, 9))
    user = "Which of these %s need the %s field changed before I reply to the customer?" % (
        d["ents"],
        d["upd"][0],
    )
    steps = [first(c, user, "Listing them.")]
    steps.append(c.tool("list", {"total": len(its), "items": its}, ids=[i["id"] for i in its]))
    flagged = 0
    for k, it in enumerate(its, 1):
        need = it["state"] in (
            "waitlisted",
            "qc",
            "qc_hold",
            "md_review",
            "overdue",
            "sewing",
            "pending",
            "awaiting_parts",
        )
        flagged += need
        steps.append(
            llm(
                "%s (%s): %s. Checked %d of %d, %d need a change so far."
                % (
                    it["id"],
                    it["state"],
                    "needs the change" if need else "fine as is",
                    k,
                    len(its),
                    flagged,
                )
            )
        )
    return steps


def prog_parallel_fanout(c: Ctx) -> list[dict]:
    d = c.d
    keys = d["refine"]
    steps = []
    for k, v in keys[: c.rng.randint(2, 4)]:
        steps.append(
            c.tool(
                "list",
                {"total": c.rng.randint(1, 40), "items": items(c, c.rng.randint(1, 3))},
                **{k: v, "page_size": 50},
            )
        )
    steps.extend(c.tool("get", {"item": it}, id=it["id"]) for it in items(c, c.rng.randint(3, 6)))
    return steps


def prog_cursor_pagination(c: Ctx) -> list[dict]:
    d = c.d
    pages = c.rng.randint(3, 5)
    total = 3 * pages - c.rng.randint(0, 2)
    user = "List every %s in the %s backlog and count them by state." % (
        d["ent"],
        d["refine"][0][1],
    )
    steps = [first(c, user, "I'll page through the backlog.")]
    cur = None
    counts: dict[str, int] = {}
    seen = 0
    for p in range(pages):
        n = 3 if p < pages - 1 else total - 3 * (pages - 1)
        page = items(c, n)
        seen += n
        for i in page:
            counts[i["state"]] = counts.get(i["state"], 0) + 1
        nxt = "c_" + c.rid(10) if p < pages - 1 else None
        kw: dict = {"page_size": 3}
        if cur:
            kw["cursor"] = cur
        steps.append(c.tool("list", {"total": total, "items": page, "next_cursor": nxt}, **kw))
        if nxt:
            steps.append(
                llm(
                    "Got %d of %d %s; fetching the next page with cursor %s."
                    % (seen, total, d["ents"], nxt)
                )
            )
        cur = nxt
    steps.append(
        llm("All %d read: %s." % (total, ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    )
    return steps


def prog_write_then_verify(c: Ctx) -> list[dict]:
    d = c.d
    field, vals = d["upd"]
    its = items(c, c.rng.randint(2, 4))
    plan = list(zip(its, c.rng.sample(vals, len(its)), strict=True))
    user = "Set %s on these: %s." % (field, "; ".join("%s -> '%s'" % (i["id"], v) for i, v in plan))
    steps = [first(c, user, "Updating each in turn and confirming it.")]
    for it, v in plan:
        it2 = dict(it)
        it2[field] = v
        steps.append(
            c.tool("update", {"updated": True, "item": it2}, id=it["id"], field=field, value=v)
        )
        steps.append(c.tool("get", {"item": it2}, id=it["id"]))
        steps.append(llm("%s now has %s '%s'." % (it["id"], field, v)))
    return steps


def prog_backoff_then_success(c: Ctx) -> list[dict]:
    d = c.d
    its = items(c, c.rng.randint(3, 6))
    code, msg, _ = d["throttle"]
    user = "Push these through today please: %s." % ", ".join(i["id"] for i in its)
    steps = [first(c, user, "Submitting them.")]
    wait = c.rng.choice([2, 4, 5])
    throttled = c.rng.randrange(len(its))
    for k, it in enumerate(its):
        if k == throttled:
            steps.append(c.tool("submit", err=(code, msg.format(s=wait)), id=it["id"], attempt=1))
            steps.append(
                llm(
                    "Throttled (%s). Backing off %ds before attempt 2 for %s."
                    % (code, wait, it["id"])
                )
            )
            att = 2
        else:
            att = 1
        steps.append(
            c.tool(
                "submit",
                {"id": it["id"], "accepted": True, "ref": "S" + c.rid(6).upper()},
                id=it["id"],
                attempt=att,
            )
        )
    steps.append(llm("All %d accepted." % len(its)))
    return steps


def prog_query_refinement(c: Ctx) -> list[dict]:
    d = c.d
    target = items(c, 1)[0]
    user = "Find the %s about '%s'." % (d["ent"], d["churn"][0])
    steps = [first(c, user, "Starting broad and narrowing with filters.")]
    filters: dict = {}
    counts = [*sorted(c.rng.sample(range(2, 400), 3), reverse=True), 1]
    n = c.rng.randint(2, 4)
    counts = counts[-n:]
    for k, (key, val) in enumerate(d["refine"][:n]):
        filters[key] = val
        cnt = counts[k]
        shown = items(c, min(cnt, 2)) if cnt > 1 else [target]
        for it in [*shown, target]:
            it.update({fk: fv for fk, fv in filters.items() if fk in it})
        steps.append(c.tool("search", {"total": cnt, "items": shown}, **filters))
        if cnt > 1:
            steps.append(
                llm(
                    "%d hits with %s; adding %s=%s."
                    % (cnt, ", ".join(filters), *d["refine"][k + 1])
                )
            )
    steps.append(c.tool("get", {"item": target}, id=target["id"]))
    steps.append(llm("Found it: %s (%s)." % (target["id"], target["state"])))
    return steps


def prog_pipeline_across_records(c: Ctx) -> list[dict]:
    d = c.d
    its = items(c, c.rng.randint(2, 3))
    field, _ = d["req"]
    user = "Get these validated and submitted: %s." % ", ".join(i["id"] for i in its)
    steps = [first(c, user, "Working through them.")]
    for it in its:
        steps.append(c.tool("get", {"item": it, field: "on_file"}, id=it["id"]))
        steps.append(
            c.tool("validate", {"id": it["id"], "passed": True, "violations": []}, id=it["id"])
        )
        steps.append(
            c.tool(
                "submit",
                {"id": it["id"], "accepted": True, "ref": "Q" + c.rid(6).upper()},
                id=it["id"],
            )
        )
        steps.append(llm("%s validated and submitted." % it["id"]))
    return steps


def prog_clarification_sequence(c: Ctx) -> list[dict]:
    d = c.d
    it = items(c, 1)[0]
    qa = d["clarify"][: c.rng.randint(2, 4)]
    user = "Sort out %s %s for me." % (d["ent"], it["id"])
    steps = [first(c, user, qa[0][0])]
    steps.append(c.tool("get", {"item": it}, id=it["id"]))
    steps.extend(llm(qa[k][0], qa[k - 1][1]) for k in range(1, len(qa)))
    steps.append(llm("Thanks, that covers it. Applying this to %s now." % it["id"], qa[-1][1]))
    field, vals = d["upd"]
    v = c.rng.choice(vals)
    steps.append(
        c.tool(
            "update",
            {"updated": True, "item": dict(it, **{field: v})},
            id=it["id"],
            field=field,
            value=v,
        )
    )
    steps.append(llm("Done: %s updated following your answers." % it["id"], ""))
    return steps


LOOPS = [
    ("exact_repeat", loop_exact_repeat),
    ("paraphrased_repeat", loop_paraphrased_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_tool_retry", loop_failing_tool_retry),
    ("same_action_same_observation", loop_same_action_same_observation),
    ("identical_monologue", loop_identical_monologue),
    ("identical_tool_calls", loop_identical_tool_calls),
    ("pagination_reset", loop_pagination_reset),
    ("redundant_verification", loop_redundant_verification),
    ("backoff_retry_same_payload", loop_backoff_retry_same_payload),
    ("query_reformulation_churn", loop_query_reformulation_churn),
    ("three_step_cycle", loop_three_step_cycle),
    ("clarification_reask", loop_clarification_reask),
]

PROGRESS = [
    ("sequential_records", prog_sequential_records),
    ("summarise_related", prog_summarise_related),
    ("bisect_parameter", prog_bisect_parameter),
    ("corrected_argument", prog_corrected_argument),
    ("polling_advancing", prog_polling_advancing),
    ("incremental_reasoning", prog_incremental_reasoning),
    ("parallel_fanout", prog_parallel_fanout),
    ("cursor_pagination", prog_cursor_pagination),
    ("write_then_verify", prog_write_then_verify),
    ("backoff_then_success", prog_backoff_then_success),
    ("query_refinement", prog_query_refinement),
    ("pipeline_across_records", prog_pipeline_across_records),
    ("clarification_sequence", prog_clarification_sequence),
]


def build() -> list[dict]:
    rows: list[dict] = []
    for label, kinds in (("loop", LOOPS), ("progress", PROGRESS)):
        for kind, fn in kinds:
            for n, dom in enumerate(DOMAINS, 1):
                row_id = "%s-%s-%s-%03d" % (SET, label, kind, n)
                c = Ctx(row_id, dom)
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": fn(c),
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
