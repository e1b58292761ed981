"""Blind trajectory set 75: 104 loop rows and 104 progress rows over 8 domains.

Standard library only. Rewrite the data with:
    .venv/bin/python tests/data/trajectories_seventyfifth/generate.py
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path

SEED = 7575
HERE = Path(__file__).resolve().parent

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "dropped_cursor_pagination",
    "fix_regress_cycle",
    "toggle_revert_cycle",
    "handoff_ring",
    "confirmation_cycle",
    "plan_rewrite_no_action",
]
PROGRESS_KINDS = [
    "templated_batch_walk",
    "reworded_distinct_lookups",
    "alternating_tools_advancing",
    "retry_with_corrected_args",
    "poll_until_complete",
    "stepwise_reasoning",
    "bulk_distinct_calls",
    "cursor_pagination",
    "validator_converges",
    "single_deliberate_revert",
    "handoff_chain_resolves",
    "confirm_then_act",
    "plan_with_checkoffs",
]


# ---------------------------------------------------------------- noise


class Noise:
    """Volatile parts of an observation: clocks, ids, counters, server names."""

    def __init__(self, rng: random.Random, servers: list[str]) -> None:
        self.rng = rng
        self.servers = servers
        self.t = datetime(
            2026,
            rng.randint(1, 10),
            rng.randint(1, 28),
            rng.randint(6, 19),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )
        self.seq = rng.randint(1000, 90000)
        self.quota = rng.randint(300, 1200)

    def tick(self) -> None:
        self.t += timedelta(seconds=self.rng.randint(3, 140), milliseconds=self.rng.randint(0, 999))
        self.seq += self.rng.randint(1, 37)
        self.quota -= self.rng.randint(1, 4)

    def ts(self) -> str:
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)

    def hexid(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def server(self) -> str:
        return self.rng.choice(self.servers)


# ---------------------------------------------------------------- formats


def _scalar(v: object) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        if not v:
            return "none"
        return "; ".join(
            ", ".join("%s=%s" % (k, x) for k, x in it.items()) if isinstance(it, dict) else str(it)
            for it in v
        )
    return str(v)


def fmt_json_env(payload: dict, nz: Noise, err: tuple[str, str] | None = None) -> str:
    nz.tick()
    env: dict = {"ok": err is None, "request_id": "req_" + nz.hexid(20), "served_at": nz.ts()}
    if err:
        env["error"] = {"code": err[0], "message": err[1]}
    else:
        env["data"] = payload
    env["cache_age_s"] = nz.rng.randint(0, 90)
    env["node"] = nz.server()
    return json.dumps(env)


def fmt_http(payload: dict, nz: Noise, err: tuple[str, str] | None = None) -> str:
    nz.tick()
    if err:
        code = {"NOT_FOUND": "404 Not Found", "CONFLICT": "409 Conflict"}.get(err[0], "")
        line = code or ("429 Too Many Requests" if "RATE" in err[0] else "422 Unprocessable Entity")
        if err[0].startswith("UPSTREAM"):
            line = "503 Service Unavailable"
        body = json.dumps({"error": err[0], "detail": err[1]})
    else:
        line = "200 OK"
        body = json.dumps(payload)
    head = [
        "HTTP/1.1 " + line,
        "Date: " + nz.t.strftime("%a, %d %b %Y %H:%M:%S GMT"),
        "Content-Type: application/json",
        "X-Request-Id: " + nz.uid(),
        "X-RateLimit-Remaining: %d" % nz.quota,
        "Via: 1.1 " + nz.server(),
    ]
    return "\n".join(head) + "\n\n" + body


def _table(rows: list[dict]) -> list[str]:
    cols = list(rows[0])
    widths = {c: max(len(c), *(len(_scalar(r.get(c))) for r in rows)) for c in cols}
    out = ["  ".join(c.upper().ljust(widths[c]) for c in cols)]
    out.extend("  ".join(_scalar(r.get(c)).ljust(widths[c]) for c in cols) for r in rows)
    return [line.rstrip() for line in out]


def fmt_table(payload: dict, nz: Noise, err: tuple[str, str] | None = None) -> str:
    nz.tick()
    if err:
        return "error: %s: %s\ntrace %s  worker %s  %s" % (
            err[0],
            err[1],
            nz.hexid(12),
            nz.server(),
            nz.ts(),
        )
    lines: list[str] = []
    rows = payload.get("rows")
    if rows:
        lines.extend(_table(rows))
    elif rows is not None:
        lines.append("(no rows)")
    rest = {k: v for k, v in payload.items() if k != "rows"}
    if rest:
        if rows is None:
            lines.extend(_table([{"field": k, "value": _scalar(v)} for k, v in rest.items()]))
        else:
            lines.extend("%s: %s" % (k, _scalar(v)) for k, v in rest.items())
    lines.append(
        "-- %d row(s) in 0.%03ds  worker=%s  trace=%s"
        % (len(rows) if rows else len(rest), nz.rng.randint(8, 420), nz.server(), nz.hexid(12))
    )
    return "\n".join(lines)


def fmt_xml(payload: dict, nz: Noise, err: tuple[str, str] | None = None) -> str:
    nz.tick()
    head = '<response server="%s" seq="%d" at="%s">' % (nz.server(), nz.seq, nz.ts())
    if err:
        return head + '<fault code="%s">%s</fault></response>' % err
    parts = [head]
    for k, v in payload.items():
        if isinstance(v, list):
            parts.append("<%s>" % k)
            parts.extend(
                "<item %s/>" % " ".join('%s="%s"' % (ik, _scalar(iv)) for ik, iv in it.items())
                for it in v
            )
            parts.append("</%s>" % k)
        else:
            parts.append("<%s>%s</%s>" % (k, _scalar(v), k))
    parts.append("</response>")
    return "".join(parts)


def fmt_graphql(payload: dict, nz: Noise, err: tuple[str, str] | None = None) -> str:
    nz.tick()
    ext = {
        "traceId": nz.hexid(32),
        "cost": {"requested": nz.rng.randint(3, 40), "remaining": nz.quota},
        "servedBy": nz.server(),
    }
    if err:
        body = {
            "errors": [{"message": err[1], "extensions": {"code": err[0]}}],
            "data": None,
            "extensions": ext,
        }
    else:
        body = {"data": payload, "extensions": ext}
    return json.dumps(body)


def _kv(d: dict) -> str:
    out = []
    for k, v in d.items():
        s = _scalar(v)
        out.append('%s="%s"' % (k, s) if " " in s else "%s=%s" % (k, s))
    return " ".join(out)


def fmt_kv(payload: dict, nz: Noise, err: tuple[str, str] | None = None) -> str:
    nz.tick()
    head = {"trace_id": nz.hexid(16), "ts": nz.ts(), "host": nz.server()}
    if err:
        return _kv({"status": "ERROR", "code": err[0], "msg": err[1], **head})
    scal = {k: v for k, v in payload.items() if not isinstance(v, list)}
    lines = [_kv({"status": "OK", **head, **scal})]
    for k, v in payload.items():
        if isinstance(v, list):
            lines.append("%s.count=%d" % (k, len(v)))
            lines.extend("%s[%d] %s" % (k, i, _kv(it)) for i, it in enumerate(v))
    return "\n".join(lines)


def fmt_log(payload: dict, nz: Noise, err: tuple[str, str] | None = None) -> str:
    nz.tick()
    srv = nz.server()
    req = nz.hexid(10)
    if err:
        return "%s ERROR [%s] req=%s code=%s %s" % (nz.ts(), srv, req, err[0], err[1])
    lines = ["%s INFO  [%s] req=%s seq=%d ok" % (nz.ts(), srv, req, nz.seq)]
    scal = {k: v for k, v in payload.items() if not isinstance(v, list)}
    if scal:
        lines.append("%s INFO  [%s] req=%s %s" % (nz.ts(), srv, req, _kv(scal)))
    for k, v in payload.items():
        if isinstance(v, list):
            lines.extend("%s INFO  [%s] req=%s %s %s" % (nz.ts(), srv, req, k, _kv(it)) for it in v)
            if not v:
                lines.append("%s INFO  [%s] req=%s %s empty" % (nz.ts(), srv, req, k))
    return "\n".join(lines)


def fmt_yaml(payload: dict, nz: Noise, err: tuple[str, str] | None = None) -> str:
    nz.tick()
    lines = ["served_by: " + nz.server(), "request: " + nz.uid(), "at: " + nz.ts()]
    if err:
        lines.extend(["error:", "  code: " + err[0], "  message: " + err[1]])
        return "\n".join(lines)
    lines.append("result:")
    for k, v in payload.items():
        if isinstance(v, list):
            lines.append("  %s:" % k)
            if not v:
                lines[-1] += " []"
            for it in v:
                first = True
                for ik, iv in it.items():
                    lines.append(("    - " if first else "      ") + "%s: %s" % (ik, _scalar(iv)))
                    first = False
        else:
            lines.append("  %s: %s" % (k, _scalar(v)))
    return "\n".join(lines)


# ---------------------------------------------------------------- domains


def _pick(rng: random.Random, xs: list) -> object:
    return rng.choice(xs)


def milk_rec(rng: random.Random, rid: str) -> dict:
    return {
        "batch_id": rid,
        "donors": ",".join("D-%04d" % rng.randint(1000, 9999) for _ in range(rng.randint(2, 4))),
        "volume_ml": rng.randrange(1800, 4200, 60),
        "pasteurised": "holder 62.5C/30min",
        "post_culture": _pick(rng, ["negative", "pending", "negative", "no growth 48h"]),
        "protein_g_dl": round(rng.uniform(0.85, 1.4), 2),
        "hold_status": _pick(rng, ["quarantine", "quarantine", "awaiting_release"]),
    }


def ostomy_rec(rng: random.Random, rid: str) -> dict:
    return {
        "id": rid,
        "patient_ref": "PT-%06d" % rng.randint(100000, 999999),
        "product": _pick(
            rng,
            [
                "2pc drainable pouch 57mm",
                "convex skin barrier 45mm",
                "urostomy pouch 1pc cut-to-fit",
                "closed-end pouch 38mm filter",
            ],
        ),
        "hcpcs": _pick(rng, ["A4414", "A4416", "A5063", "A4431"]),
        "qty_per_month": rng.choice([10, 15, 20, 30, 60]),
        "payer": _pick(rng, ["Medicare DME MAC B", "Aetna PPO", "BCBS IL", "UnitedHealthcare"]),
        "next_ship": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "prior_auth": _pick(rng, ["on_file", "expired", "not_required"]),
    }


def quilt_rec(rng: random.Random, rid: str) -> dict:
    return {
        "order": rid,
        "customer": _pick(
            rng, ["M. Okafor", "J. Lindqvist", "R. Castellanos", "P. Hargreave", "T. Nakamura"]
        ),
        "size_in": _pick(rng, ["60x72", "90x108", "104x94", "42x42", "70x90"]),
        "pattern": _pick(
            rng, ["Baptist Fan", "Meander", "Feather Plume", "Orange Peel", "E2E Swirl"]
        ),
        "batting": _pick(rng, ["80/20 cotton-poly", "wool", "bamboo", "poly low-loft"]),
        "thread": _pick(rng, ["So Fine #50 ivory", "Glide 40 slate", "Omni 40 natural"]),
        "frame": _pick(rng, ["Gammill-1", "Gammill-2", "APQS Millie"]),
        "due": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
    }


def ropeway_rec(rng: random.Random, rid: str) -> dict:
    return {
        "inspection": rid,
        "line": _pick(rng, ["Gipfelbahn 8-MGD", "Summit Express 10-MGD", "Lakeview 3S"]),
        "tower": "T%d" % rng.randint(2, 19),
        "component": _pick(
            rng, ["sheave assembly", "haul rope long splice", "grip 114", "tower head bearing"]
        ),
        "rope_dia_mm": round(rng.uniform(44.2, 52.1), 1),
        "wire_breaks_6d": rng.randint(0, 4),
        "mrt_lma_pct": round(rng.uniform(0.4, 3.2), 2),
        "state": _pick(rng, ["draft", "pending_review", "draft"]),
    }


def tramp_rec(rng: random.Random, rid: str) -> dict:
    return {
        "id": rid,
        "guardian": _pick(rng, ["Dana Whitfield", "Kofi Mensah", "Ilse Brandt", "Aarav Shah"]),
        "minors": rng.randint(1, 4),
        "signedAt": "2026-%02d-%02dT%02d:%02d:00Z"
        % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59)),
        "version": _pick(rng, ["v7.2", "v7.3", "v8.0"]),
        "site": _pick(rng, ["Northgate", "Riverside", "Westfield Mall"]),
        "status": _pick(rng, ["VALID", "NEEDS_RESIGN", "VALID"]),
    }


def union_rec(rng: random.Random, rid: str) -> dict:
    return {
        "grievance": rid,
        "local": "Local %d" % rng.choice([117, 340, 1199, 26, 88]),
        "article": "Art. %d.%d" % (rng.randint(5, 31), rng.randint(1, 9)),
        "issue": _pick(
            rng,
            [
                "overtime equalisation",
                "discipline without just cause",
                "seniority bypass",
                "shift bid",
            ],
        ),
        "step": _pick(rng, ["step_2", "step_3", "step_3"]),
        "filed": "2026-%02d-%02d" % (rng.randint(1, 9), rng.randint(1, 28)),
        "steward": _pick(rng, ["R. Delgado", "A. Kowalczyk", "T. Brennan", "S. Oyelaran"]),
    }


def emis_rec(rng: random.Random, rid: str) -> dict:
    return {
        "testId": rid,
        "vin": "1HGCV%d%06d" % (rng.randint(1, 9), rng.randint(100000, 999999)),
        "plate": "%s%d%s" % (rng.choice(["7", "8", "K", "B"]), rng.randint(100, 999), "XJ"),
        "procedure": _pick(rng, ["OBD-II", "ASM2525", "TSI"]),
        "hc_ppm": rng.randint(12, 210),
        "co_pct": round(rng.uniform(0.05, 1.2), 2),
        "result": _pick(rng, ["PASS", "FAIL", "ABORTED"]),
        "lane": "L%d" % rng.randint(1, 4),
    }


def zip_rec(rng: random.Random, rid: str) -> dict:
    return {
        "manifest": rid,
        "tour": _pick(rng, ["Canopy Classic 10:30", "Sunset Six-Line 17:00", "Ridge Run 13:15"]),
        "guests": rng.randint(4, 12),
        "max_weight_kg": 125,
        "heaviest_kg": rng.randint(88, 131),
        "lead_guide": _pick(rng, ["Mateo", "Priya", "Jonas", "Keala"]),
        "harness_lot": "HL-%03d" % rng.randint(10, 240),
        "state": _pick(rng, ["draft", "draft", "pending_check"]),
    }


DOMAINS: list[dict] = [
    {
        "name": "neonatal_donor_milk_bank",
        "fmt": fmt_json_env,
        "servers": ["lims-app-1", "lims-app-2", "lims-app-4"],
        "tools": {
            "get": "get_pool_batch",
            "search": "search_donor_screens",
            "list": "list_pool_batches",
            "update": "update_pool_batch",
            "poll": "get_pasteuriser_run",
            "validate": "validate_release_checklist",
            "submit": "dispatch_to_nicu",
            "consult": "ask_lab_supervisor",
        },
        "idkey": "batch_id",
        "mkid": lambda r: (
            "MB-%02d%02d-%04d" % (r.randint(24, 26), r.randint(1, 12), r.randint(1, 9999))
        ),
        "rec": milk_rec,
        "noun": "pool batch",
        "nouns": "pool batches",
        "search_args": lambda r: {
            "donor_id": "D-%04d" % r.randint(1000, 9999),
            "panel": "serology",
        },
        "hit": lambda r: {
            "donor_id": "D-%04d" % r.randint(1000, 9999),
            "test": r.choice(["HIV-1/2", "HBsAg", "HCV Ab", "HTLV I/II", "syphilis RPR"]),
            "result": "non-reactive",
            "drawn": "2026-%02d-%02d" % (r.randint(1, 9), r.randint(1, 28)),
        },
        "list_args": {"status": "quarantine", "limit": 25},
        "flabel": "post-pasteurisation culture",
        "fkey": "post_culture",
        "toggle": ("nicu", "St Brigid NICU", "Riverside Level III"),
        "toggle_why": (
            "Riverside placed its order earlier this week",
            "St Brigid has two infants under 28 weeks waiting on donor milk",
        ),
        "fix_a": ("post_culture", "no growth 48h", "missing required field post_culture"),
        "fix_b": (
            "volume_ml",
            3060,
            "volume_ml 2940 does not match the donor aliquot sum of 3060 ml",
        ),
        "submit_args": lambda rid: {"batch_id": rid, "nicu": "St Brigid NICU", "bottles": 42},
        "submit_err": (
            "COLD_CHAIN_LOGGER_OFFLINE",
            "transport logger TL-19 has not reported for 14 min; dispatch blocked",
        ),
        "submit_fixable": (
            "BOTTLE_COUNT_EXCEEDS_VOLUME",
            "42 bottles x 80 ml exceeds batch volume; max 36",
            {"bottles": 36},
        ),
        "job": ("run_id", "PR-%d" % 0),
        "job_states": ["loading", "heating", "holding_62.5C", "cooling", "complete"],
        "consult": (
            "the donor serology dates for every donor in the pool",
            "the protein assay for the pool",
            "release approved; label as fortifier-eligible, use within 72 h of thaw",
        ),
        "confirm": "release {id} and dispatch it to St Brigid NICU",
        "plan": [
            "confirm the post-pasteurisation culture",
            "check donor serology is inside the 6-month window",
            "reconcile volume against donor aliquots",
            "book the cold-chain courier",
        ],
        "requests": [
            "St Brigid's NICU is down to two days of donor milk. Can you get pool batch {id} released and sent over?",
            "Please check whether {id} can come out of quarantine today; the culture should be back.",
            "We need {id} sorted for the NICU run this afternoon. What's blocking it?",
        ],
    },
    {
        "name": "ostomy_supply_subscriptions",
        "fmt": fmt_http,
        "servers": ["edge-iad-03", "edge-iad-07", "edge-ord-02"],
        "tools": {
            "get": "GET /v2/subscriptions/{id}",
            "search": "GET /v2/subscriptions",
            "list": "GET /v2/shipments",
            "update": "PATCH /v2/subscriptions/{id}",
            "poll": "GET /v2/eligibility-checks/{id}",
            "validate": "POST /v2/claims/validate",
            "submit": "POST /v2/orders",
            "consult": "POST /v2/handoffs/benefits-team",
        },
        "idkey": "id",
        "mkid": lambda r: (
            "sub_%s" % "".join(r.choice("ABCDEFGHJKMNPQRSTVWXYZ23456789") for _ in range(10))
        ),
        "rec": ostomy_rec,
        "noun": "subscription",
        "nouns": "subscriptions",
        "search_args": lambda r: {
            "patient_ref": "PT-%06d" % r.randint(100000, 999999),
            "status": "active",
        },
        "hit": lambda r: {
            "id": "sub_%s" % "".join(r.choice("ABCDEFGHJKMNPQRSTVWXYZ23456789") for _ in range(10)),
            "product": r.choice(
                ["2pc drainable pouch 57mm", "convex barrier 45mm", "barrier rings"]
            ),
            "status": r.choice(["active", "paused"]),
        },
        "list_args": {"status": "held", "limit": 50},
        "flabel": "prior authorisation",
        "fkey": "prior_auth",
        "toggle": ("product", "convex skin barrier 45mm", "flat skin barrier 45mm"),
        "toggle_why": (
            "the nurse note mentions retraction around the stoma",
            "the patient said the convex one was pressing on the hernia",
        ),
        "fix_a": ("dx_code", "Z93.2", "dx_code is required for HCPCS A4414"),
        "fix_b": (
            "qty_per_month",
            20,
            "qty_per_month 30 exceeds the Medicare usual maximum of 20 for A4414",
        ),
        "submit_args": lambda rid: {"subscription_id": rid, "ship_method": "ground", "units": 20},
        "submit_err": ("UPSTREAM_PAYER_TIMEOUT", "eligibility gateway did not answer within 30s"),
        "submit_fixable": (
            "ADDRESS_UNDELIVERABLE",
            "address line 2 'Apt' has no unit number",
            {"address_line2": "Apt 4B"},
        ),
        "job": ("id", "elig_%d" % 0),
        "job_states": ["queued", "submitted_to_payer", "awaiting_271", "parsing_271", "complete"],
        "consult": (
            "the current prior authorisation number",
            "the physician's signed detailed written order",
            "coverage confirmed through 2026-12-31 under PA 88213-A; 20 units/month allowed",
        ),
        "confirm": "switch {id} to 20 units a month and ship today",
        "plan": [
            "pull the subscription and payer",
            "confirm prior authorisation is current",
            "check monthly quantity against payer limits",
            "release the held shipment",
        ],
        "requests": [
            "Patient called: her pouches didn't ship this month. Subscription {id}. Can you find out why and fix it?",
            "Can you get {id} shipping again? The payer keeps bouncing it.",
            "Please sort out the held order on subscription {id} before the 3pm carrier cutoff.",
        ],
    },
    {
        "name": "quilting_longarm_studio_orders",
        "fmt": fmt_table,
        "servers": ["q-node-1", "q-node-3", "studio-mini"],
        "tools": {
            "get": "quiltq order show",
            "search": "quiltq order find",
            "list": "quiltq order ls",
            "update": "quiltq order set",
            "poll": "quiltq stitch status",
            "validate": "quiltq order lint",
            "submit": "quiltq frame load",
            "consult": "quiltq ask owner",
        },
        "idkey": "order",
        "mkid": lambda r: "Q-%04d" % r.randint(1000, 4999),
        "rec": quilt_rec,
        "noun": "order",
        "nouns": "orders",
        "search_args": lambda r: {
            "customer": r.choice(["Okafor", "Lindqvist", "Hargreave"]),
            "open": True,
        },
        "hit": lambda r: {
            "order": "Q-%04d" % r.randint(1000, 4999),
            "pattern": r.choice(["Meander", "Baptist Fan", "Orange Peel"]),
            "due": "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
        },
        "list_args": {"status": "waiting", "per_page": 20},
        "flabel": "batting",
        "fkey": "batting",
        "toggle": ("frame", "Gammill-2", "APQS Millie"),
        "toggle_why": (
            "Gammill-2 has the 12 ft table the 104x94 top needs",
            "the Millie is free tomorrow morning and the due date is tight",
        ),
        "fix_a": ("backing_in", "112x100", "backing must be 4 in larger than top on every side"),
        "fix_b": ("thread", "Glide 40 slate", "thread 'So Fine #50 ivory' is out of stock"),
        "submit_args": lambda rid: {
            "order": rid,
            "frame": "Gammill-2",
            "pantograph": "Baptist Fan",
        },
        "submit_err": ("FRAME_BUSY", "Gammill-2 is mid-stitch on Q-2291 (est. 3h40m remaining)"),
        "submit_fixable": (
            "PANTO_SIZE",
            "Baptist Fan row height 10in does not divide a 108in length; use 9in or 12in",
            {"row_height_in": 12},
        ),
        "job": ("job", "stitch-%d" % 0),
        "job_states": ["queued", "row 3/11", "row 7/11", "row 11/11", "done"],
        "consult": (
            "the customer's batting choice",
            "whether she wants binding done here",
            "go ahead: wool batting, studio binding, quote 214.50",
        ),
        "confirm": "load {id} on Gammill-2 tonight with the Baptist Fan pantograph",
        "plan": [
            "check the top and backing sizes",
            "confirm batting and thread are in stock",
            "book a frame slot before the due date",
            "send the customer the quote",
        ],
        "requests": [
            "Mrs Hargreave is asking when order {id} will be quilted. Can you get it scheduled?",
            "Can you get {id} onto a frame this week? She needs it for a wedding on the 14th.",
            "Please check order {id} and load it if everything is ready.",
        ],
    },
    {
        "name": "ropeway_gondola_inspections",
        "fmt": fmt_xml,
        "servers": ["rw-app-2", "rw-app-5", "rw-batch-1"],
        "tools": {
            "get": "ropeway.inspection.get",
            "search": "ropeway.findings.search",
            "list": "ropeway.inspection.list",
            "update": "ropeway.inspection.update",
            "poll": "ropeway.mrt_analysis.status",
            "validate": "ropeway.report.validate",
            "submit": "ropeway.report.submit",
            "consult": "ropeway.engineer.consult",
        },
        "idkey": "inspection_id",
        "mkid": lambda r: "INSP-%d-%05d" % (r.randint(2025, 2026), r.randint(1, 99999)),
        "rec": ropeway_rec,
        "noun": "inspection",
        "nouns": "inspections",
        "search_args": lambda r: {"tower": "T%d" % r.randint(2, 19), "severity": "B"},
        "hit": lambda r: {
            "finding": "F-%05d" % r.randint(1, 99999),
            "component": r.choice(
                ["sheave liner", "grip spring", "rope splice tuck", "anchor bolt"]
            ),
            "severity": r.choice(["B", "C"]),
        },
        "list_args": {"line": "Gipfelbahn 8-MGD", "state": "draft", "page_size": 20},
        "flabel": "wire breaks over 6d",
        "fkey": "wire_breaks_6d",
        "toggle": ("severity", "B", "C"),
        "toggle_why": (
            "two adjacent broken wires at the splice tuck point read as class B",
            "the breaks are outside the tuck zone, which the manual treats as class C",
        ),
        "fix_a": (
            "inspector_cert",
            "EN12927-L2-0443",
            "inspector_cert is required for MRT findings",
        ),
        "fix_b": ("rope_dia_mm", 48.6, "rope_dia_mm 46.1 is a >5% reduction and needs a photo ref"),
        "submit_args": lambda rid: {"inspection_id": rid, "authority": "cantonal_ropeway_office"},
        "submit_err": ("AUTHORITY_GATEWAY_DOWN", "upstream sedex endpoint refused connection"),
        "submit_fixable": (
            "MISSING_SIGNATURE",
            "technical manager signature block empty",
            {"signed_by": "tech_manager"},
        ),
        "job": ("analysis_id", "MRT-%d" % 0),
        "job_states": ["queued", "decoding_trace", "lma_pass", "lf_pass", "finished"],
        "consult": (
            "the MRT trace for the section between T6 and T8",
            "last season's LMA baseline",
            "keep in service; re-test in 30 days, class B finding, no speed restriction",
        ),
        "confirm": "submit {id} to the cantonal ropeway office",
        "plan": [
            "read the MRT result for the rope",
            "classify the wire breaks",
            "attach the splice photos",
            "submit the report for sign-off",
        ],
        "requests": [
            "The authority wants the monthly report for inspection {id} by tonight. Can you finish and submit it?",
            "Can you tidy up {id}? The MRT run came back and the findings need classifying.",
            "Please close out inspection {id} so the line can reopen tomorrow.",
        ],
    },
    {
        "name": "trampoline_park_waivers",
        "fmt": fmt_graphql,
        "servers": ["gql-eu-1", "gql-eu-3", "gql-eu-4"],
        "tools": {
            "get": "query waiver",
            "search": "query searchWaivers",
            "list": "query waivers",
            "update": "mutation updateWaiver",
            "poll": "query exportJob",
            "validate": "mutation validateGroupBooking",
            "submit": "mutation checkInGroup",
            "consult": "mutation escalateToDutyManager",
        },
        "idkey": "id",
        "mkid": lambda r: "wvr_%s" % "".join(r.choice("0123456789abcdef") for _ in range(12)),
        "rec": tramp_rec,
        "noun": "waiver",
        "nouns": "waivers",
        "search_args": lambda r: {
            "guardianEmail": "%s@example.net" % r.choice(["dana.w", "kofi.m", "ilse.b"])
        },
        "hit": lambda r: {
            "id": "wvr_%s" % "".join(r.choice("0123456789abcdef") for _ in range(12)),
            "minorName": r.choice(["Leo", "Mila", "Ayo", "Finn", "Zara"]),
            "dob": "20%02d-%02d-%02d" % (r.randint(12, 21), r.randint(1, 12), r.randint(1, 28)),
        },
        "list_args": {"site": "Northgate", "status": "NEEDS_RESIGN", "first": 20},
        "flabel": "waiver version",
        "fkey": "version",
        "toggle": ("session", "SOCKS_15:00", "SOCKS_15:30"),
        "toggle_why": (
            "the booking says 15:00 and the party room is held from 16:00",
            "the 15:00 slot is at capacity for the toddler zone",
        ),
        "fix_a": ("minorsDob", "all present", "minors[2].dob is required for jump zone age bands"),
        "fix_b": ("groupSize", 12, "groupSize 14 exceeds party package max of 12"),
        "submit_args": lambda rid: {"bookingId": "BK-%s" % rid[-5:], "waiverId": rid},
        "submit_err": ("UPSTREAM_POS_UNAVAILABLE", "till service at Northgate is not responding"),
        "submit_fixable": (
            "WAIVER_OUTDATED",
            "waiver v7.2 is superseded by v8.0; re-sign required",
            {"acceptVersion": "v8.0"},
        ),
        "job": ("jobId", "exp_%d" % 0),
        "job_states": ["PENDING", "RUNNING", "RUNNING", "WRITING", "SUCCEEDED"],
        "consult": (
            "the guardian's signed consent for the foam pit",
            "the party package name",
            "approved; socks on file, 12 jumpers, party room B at 16:00",
        ),
        "confirm": "check the Whitfield party in under waiver {id}",
        "plan": [
            "find the guardian's waiver",
            "confirm each minor has a date of birth",
            "check the party size against the package",
            "check the group in at the till",
        ],
        "requests": [
            "A party of 12 is at the Northgate desk and the till says waiver {id} is invalid. Can you sort it?",
            "Guardian says she signed waiver {id} last night but check-in fails. Please fix.",
            "Can you get the group on waiver {id} checked in? Their slot starts in 20 minutes.",
        ],
    },
    {
        "name": "union_grievance_arbitration",
        "fmt": fmt_kv,
        "servers": ["grv-rpc-a", "grv-rpc-b", "grv-rpc-c"],
        "tools": {
            "get": "GetGrievance",
            "search": "SearchGrievances",
            "list": "ListGrievances",
            "update": "UpdateGrievance",
            "poll": "GetTranscriptJob",
            "validate": "ValidateDemandForArbitration",
            "submit": "FileDemandForArbitration",
            "consult": "RequestCounselReview",
        },
        "idkey": "grievance_id",
        "mkid": lambda r: "GRV-%d-%04d" % (r.randint(2025, 2026), r.randint(1, 9999)),
        "rec": union_rec,
        "noun": "grievance",
        "nouns": "grievances",
        "search_args": lambda r: {
            "member_id": "M%06d" % r.randint(100000, 999999),
            "open_only": True,
        },
        "hit": lambda r: {
            "grievance": "GRV-2026-%04d" % r.randint(1, 9999),
            "article": "Art. %d.%d" % (r.randint(5, 31), r.randint(1, 9)),
            "step": r.choice(["step_1", "step_2", "step_3"]),
        },
        "list_args": {"local": "Local 340", "step": "step_3", "page_size": 25},
        "flabel": "step 3 answer date",
        "fkey": "step",
        "toggle": ("arbitrator_panel", "AAA", "FMCS"),
        "toggle_why": (
            "Article 14.3 of the CBA names the AAA panel",
            "the 2024 side letter moved discipline cases to FMCS",
        ),
        "fix_a": ("remedy", "make whole incl. lost OT", "remedy is required"),
        "fix_b": (
            "step3_answer_date",
            "2026-03-02",
            "demand filed more than 30 days after step3_answer_date 2026-01-19",
        ),
        "submit_args": lambda rid: {"grievance_id": rid, "panel": "AAA", "expedited": False},
        "submit_err": ("DEADLINE_SERVICE_UNAVAILABLE", "contract deadline calculator returned 503"),
        "submit_fixable": (
            "INVALID_ARTICLE",
            "article 'Art. 12' not found; cite a section, e.g. Art. 12.4",
            {"article": "Art. 12.4"},
        ),
        "job": ("job_id", "tx-%d" % 0),
        "job_states": ["queued", "transcribing", "transcribing", "diarising", "done"],
        "consult": (
            "the step 3 denial letter",
            "the grievant's signed authorisation",
            "file it; timeline holds from the 2026-03-02 answer, request AAA expedited rules",
        ),
        "confirm": "file the demand for arbitration on {id}",
        "plan": [
            "pull the grievance file",
            "confirm the step 3 answer date",
            "check the 30-day filing window",
            "file the demand for arbitration",
        ],
        "requests": [
            "The step 3 answer on {id} came back denied. Can you get the demand for arbitration filed before the window closes?",
            "Please check where {id} stands and file for arbitration if we're still in time.",
            "Steward asked us to move {id} to arbitration. Can you handle the filing?",
        ],
    },
    {
        "name": "vehicle_emissions_testing_stations",
        "fmt": fmt_log,
        "servers": ["stn-gw-1", "stn-gw-2", "stn-gw-6"],
        "tools": {
            "get": "getTestRecord",
            "search": "findVehicleTests",
            "list": "listLaneTests",
            "update": "amendTestRecord",
            "poll": "pollAnalyzerSync",
            "validate": "checkCertificateEligibility",
            "submit": "issueCertificate",
            "consult": "referToStationManager",
        },
        "idkey": "testId",
        "mkid": lambda r: "T%08d" % r.randint(10000000, 99999999),
        "rec": emis_rec,
        "noun": "test record",
        "nouns": "test records",
        "search_args": lambda r: {
            "vin": "1HGCV%d%06d" % (r.randint(1, 9), r.randint(100000, 999999))
        },
        "hit": lambda r: {
            "testId": "T%08d" % r.randint(10000000, 99999999),
            "date": "2026-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
            "result": r.choice(["PASS", "FAIL", "ABORTED"]),
        },
        "list_args": {"lane": "L2", "date": "2026-04-17", "limit": 30},
        "flabel": "OBD readiness monitors",
        "fkey": "result",
        "toggle": ("procedure", "OBD-II", "TSI"),
        "toggle_why": (
            "it is a 2009 model, so OBD-II applies",
            "the OBD port failed to communicate, which falls back to TSI",
        ),
        "fix_a": ("odometer", 148220, "odometer is required before a certificate can be issued"),
        "fix_b": ("inspector_id", "INS-2231", "inspector_id INS-0092 licence expired 2026-03-31"),
        "submit_args": lambda rid: {"testId": rid, "certType": "biennial"},
        "submit_err": ("STATE_VID_TIMEOUT", "vehicle information database did not respond"),
        "submit_fixable": (
            "PLATE_MISMATCH",
            "plate 8412XJ does not match VID record 8412XU",
            {"plate": "8412XU"},
        ),
        "job": ("syncId", "sync-%d" % 0),
        "job_states": ["waiting", "uploading", "uploading", "verifying", "synced"],
        "consult": (
            "the gas cap test result",
            "the photo of the odometer",
            "override approved; issue the certificate with retest flag cleared",
        ),
        "confirm": "issue the certificate for test {id}",
        "plan": [
            "pull the test record",
            "check the readiness monitors",
            "fix the record fields the VID rejects",
            "issue the certificate",
        ],
        "requests": [
            "Customer at lane 2 passed but no certificate printed. Test {id}. Can you issue it?",
            "Please look at test {id}; the station says the certificate is blocked.",
            "Can you get the certificate out for {id}? The registration expires Friday.",
        ],
    },
    {
        "name": "zipline_canopy_tours",
        "fmt": fmt_yaml,
        "servers": ["zl-api-1", "zl-api-2", "zl-edge-kona"],
        "tools": {
            "get": "manifest-get",
            "search": "guest-search",
            "list": "manifest-list",
            "update": "manifest-edit",
            "poll": "harness-audit-status",
            "validate": "manifest-weight-check",
            "submit": "manifest-publish",
            "consult": "lead-guide-consult",
        },
        "idkey": "manifest",
        "mkid": lambda r: (
            "MF-%02d%02d-%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 40))
        ),
        "rec": zip_rec,
        "noun": "manifest",
        "nouns": "manifests",
        "search_args": lambda r: {
            "surname": r.choice(["Kealoha", "Ferreira", "Bergstrom", "Osei"])
        },
        "hit": lambda r: {
            "guest": "G-%05d" % r.randint(1, 99999),
            "weight_kg": r.randint(40, 128),
            "waiver": r.choice(["signed", "signed", "missing"]),
        },
        "list_args": {"date": "2026-07-19", "state": "draft", "limit": 10},
        "flabel": "heaviest guest weight",
        "fkey": "heaviest_kg",
        "toggle": ("line_set", "Ridge six-line", "Valley four-line"),
        "toggle_why": (
            "the guests booked the six-line Ridge course",
            "line 5 on the Ridge course is closed for brake-block replacement",
        ),
        "fix_a": ("guest_weights", "all entered", "guest weights missing for 2 guests"),
        "fix_b": ("guests", 10, "10:30 departure has 12 guests; max per guide pair is 10"),
        "submit_args": lambda rid: {"manifest": rid, "notify_guides": True},
        "submit_err": ("RADIO_SYNC_FAILED", "guide handset sync failed: base station unreachable"),
        "submit_fixable": (
            "GUIDE_UNCERTIFIED",
            "sweep guide Jonas has no current rescue cert",
            {"sweep_guide": "Keala"},
        ),
        "job": ("audit", "ha-%d" % 0),
        "job_states": ["queued", "scanning_lot", "scanning_lot", "cross_checking", "passed"],
        "consult": (
            "the harness lot inspection date",
            "the wind reading at platform 4",
            "run it; winds 14 km/h gusting 22 are inside limits, use lot HL-118",
        ),
        "confirm": "publish manifest {id} and push it to the guides' handsets",
        "plan": [
            "check every guest has a weight and waiver",
            "confirm the heaviest guest is under the line limit",
            "check the harness lot audit",
            "publish the manifest to the guides",
        ],
        "requests": [
            "The 10:30 canopy tour leaves in 40 min and manifest {id} is still in draft. Can you get it published?",
            "Please check manifest {id}; the guides can't see it on their handsets.",
            "Can you finish {id} for the afternoon tour? Two guests just arrived.",
        ],
    },
]


# ---------------------------------------------------------------- steps


def llm(text: str, obs: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": obs}


def tool(name: str, args: dict, obs: str, error: bool = False) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}


class Ctx:
    """Everything a kind builder needs for one row."""

    def __init__(self, d: dict, rng: random.Random) -> None:
        self.d = d
        self.rng = rng
        self.nz = Noise(rng, d["servers"])
        self.id = d["mkid"](rng)
        self.rec = d["rec"](rng, self.id)
        self.t = d["tools"]
        self.words = {
            "id": self.id,
            "n": d["noun"],
            "ns": d["nouns"],
            "f": d["flabel"],
            "fv": _scalar(self.rec.get(d["fkey"], "n/a")),
        }

    def w(self, template: str, **extra: object) -> str:
        return template.format(**self.words, **extra)

    def pick(self, templates: list[str], **extra: object) -> str:
        return self.w(self.rng.choice(templates), **extra)

    def obs(self, payload: dict) -> str:
        return self.d["fmt"](payload, self.nz)

    def err(self, code: str, msg: str) -> str:
        return self.d["fmt"]({}, self.nz, (code, msg))

    def ida(self, rid: str | None = None) -> dict:
        return {self.d["idkey"]: rid or self.id}

    def other_id(self) -> str:
        return self.d["mkid"](self.rng)

    def opening(self) -> dict:
        req = self.w(self.rng.choice(self.d["requests"]))
        reply = self.pick(
            [
                "On it. I'll start by pulling {n} {id}.",
                "Sure. Let me look at {id} first and see what's holding it up.",
                "I'll check {n} {id} and work out what needs doing.",
                "Understood. First I'll read the current state of {id}.",
                "Okay, looking into {id} now.",
            ]
        )
        return llm(reply, req)


def wrap(c: Ctx, body: list[dict]) -> list[dict]:
    return [c.opening(), *body]


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(c: Ctx) -> list[dict]:
    text = c.pick(
        [
            "Reading {id} to confirm the {f} before I change anything.",
            "I'll fetch {n} {id} and check its {f}.",
            "Pulling {id} from the list so I can see the {f} field.",
            "Let me get the current record for {id}.",
        ]
    )
    body = []
    for _ in range(c.rng.choice([3, 4])):
        body += [llm(text), tool(c.t["get"], c.ida(), c.obs(c.rec))]
    return wrap(c, body)


def loop_paraphrased_repeat(c: Ctx) -> list[dict]:
    phr = [
        "Let me look up the {f} on {id}.",
        "I'll pull {id} and read off its {f}.",
        "Checking what {n} {id} shows for {f}.",
        "Going to fetch {id} to see the {f}.",
        "I need the {f} for {id}; fetching the record.",
        "Let me confirm the {f} value recorded on {id}.",
        "One thing to verify first: the {f} on {n} {id}.",
    ]
    c.rng.shuffle(phr)
    body = []
    for i in range(c.rng.choice([3, 4, 5])):
        body += [llm(c.w(phr[i])), tool(c.t["get"], c.ida(), c.obs(c.rec))]
    return wrap(c, body)


def loop_ab_oscillation(c: Ctx) -> list[dict]:
    sargs = c.d["search_args"](c.rng)
    hits = {"rows" if c.d["fmt"] is fmt_table else "results": [c.d["hit"](c.rng) for _ in range(2)]}
    body: list[dict] = []
    rounds = c.rng.choice([3, 4])
    for i in range(rounds):
        body.append(tool(c.t["get"], c.ida(), c.obs(c.rec)))
        body.append(tool(c.t["search"], dict(sargs), c.obs(hits)))
        if i == 1:
            body.append(
                llm(
                    c.pick(
                        [
                            "The search results and the {n} need to line up. Cross-checking them.",
                            "Comparing the {n} against the search hits to find the mismatch.",
                            "These two should agree on the {f}. Checking each side.",
                        ]
                    )
                )
            )
    return wrap(c, body)


def loop_failing_tool_retry(c: Ctx) -> list[dict]:
    code, msg = c.d["submit_err"]
    args = c.d["submit_args"](c.id)
    body = [
        tool(c.t["get"], c.ida(), c.obs(c.rec)),
        llm(
            c.pick(
                [
                    "Record looks complete. Submitting it.",
                    "Everything needed is there; sending it through now.",
                ]
            )
        ),
    ]
    notes = [
        "That was a transient upstream error. Sending it through.",
        "Upstream hiccup. Submitting the request.",
        "The gateway should be back by now; trying the submission.",
        "Probably a blip on their side. Sending it.",
        "It rejected the request: {m}. Sending it again.",
        "Let me check again; the job should go through this time.",
    ]
    n = c.rng.choice([4, 5])
    for i in range(n):
        body.append(tool(c.t["submit"], dict(args), c.err(code, msg), error=True))
        if i in (1, 3) and len(body) < 10:
            body.append(llm(c.w(c.rng.choice(notes), m=msg)))
    return wrap(c, body)


def loop_same_action_same_observation(c: Ctx) -> list[dict]:
    fa = c.d["fix_b"]
    args = {**c.ida(), "checks": "all"}
    res = {"passed": False, "violations": [{"field": fa[0], "message": fa[2]}]}
    thoughts = [
        "Maybe the check reads a cached copy. Running the validation.",
        "It could be that the {f} has to be settled first. Validating.",
        "Possibly a permissions issue on the validator side. Let me run it.",
        "Let me validate {id} again now that a minute has passed.",
        "The record itself looks right to me. Checking what the validator thinks.",
        "Let me check again; the validator may have been mid-deploy.",
        "Checking the job status of the validation for {id}.",
        "Perhaps the earlier run hit a stale index. Validating {id}.",
    ]
    c.rng.shuffle(thoughts)
    body: list[dict] = []
    for i in range(c.rng.choice([3, 4, 5])):
        body += [llm(c.w(thoughts[i])), tool(c.t["validate"], dict(args), c.obs(res))]
    return wrap(c, body)


def loop_identical_monologue(c: Ctx) -> list[dict]:
    text = c.pick(
        [
            "I need to confirm the {f} on {id} before I can finish this. I'll work that out first and then come back to the request.",
            "Before doing anything else I should make sure the {f} for {n} {id} is right. Once that's settled I can continue.",
            "The key question is the {f}. I'll reason about it before making any change to {id}.",
            "Thinking this through: the {f} determines what happens to {id}, so that comes first.",
        ]
    )
    body = [tool(c.t["get"], c.ida(), c.obs(c.rec))]
    body += [llm(text) for _ in range(c.rng.choice([3, 4, 5, 6]))]
    return wrap(c, body)


def loop_identical_tool_calls(c: Ctx) -> list[dict]:
    args = dict(c.d["list_args"])
    key = "rows" if c.d["fmt"] is fmt_table else "items"
    page = {key: [c.d["hit"](c.rng) for _ in range(3)], "total": c.rng.randint(3, 3)}
    body = [
        tool(c.t["list"], dict(args), c.obs(page)) for _ in range(c.rng.choice([3, 4, 5, 6, 7]))
    ]
    return wrap(c, body)


def _cursor(c: Ctx) -> str:
    return "".join(
        c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(16)
    )


def loop_dropped_cursor_pagination(c: Ctx) -> list[dict]:
    args = dict(c.d["list_args"])
    key = "rows" if c.d["fmt"] is fmt_table else "items"
    rows = [c.d["hit"](c.rng) for _ in range(3)]
    total = c.rng.randint(40, 180)
    body: list[dict] = []
    notes = [
        "Got the first {k} of {total} from the list. Fetching the following batch with the cursor.",
        "There are {total} in total; moving on to the remaining ones.",
        "There is a next_cursor in the response; pulling the remaining {ns}.",
        "Continuing down the list: pulling the following batch of {ns}.",
    ]
    for i in range(c.rng.choice([3, 4])):
        page = {key: rows, "total": total, "next_cursor": _cursor(c)}
        body.append(tool(c.t["list"], dict(args), c.obs(page)))
        body.append(llm(c.w(notes[i], k=len(rows), total=total)))
    return wrap(c, body)


def loop_fix_regress_cycle(c: Ctx) -> list[dict]:
    ka, va, ma = c.d["fix_a"]
    kb, vb, mb = c.d["fix_b"]
    va_args = c.ida()
    bad_a = {"passed": False, "violations": [{"field": ka, "message": ma}]}
    bad_b = {"passed": False, "violations": [{"field": kb, "message": mb}]}
    body = [tool(c.t["validate"], dict(va_args), c.obs(bad_a))]
    for i in range(3):
        if i % 2 == 0:
            body.append(llm(c.w("The validator wants {k} set. Adding it.", k=ka)))
            body.append(tool(c.t["update"], {**c.ida(), ka: va}, c.obs({**c.ida(), "updated": ka})))
            body.append(tool(c.t["validate"], dict(va_args), c.obs(bad_b)))
        else:
            body.append(llm(c.w("Now it objects to {k}. Correcting that field.", k=kb)))
            body.append(
                tool(
                    c.t["update"],
                    {**c.ida(), kb: vb, "replace": True},
                    c.obs({**c.ida(), "updated": kb, "cleared": ka}),
                )
            )
            body.append(tool(c.t["validate"], dict(va_args), c.obs(bad_a)))
    return wrap(c, body[:11])


def loop_toggle_revert_cycle(c: Ctx) -> list[dict]:
    key, v1, v2 = c.d["toggle"]
    w1, w2 = c.d["toggle_why"]
    body: list[dict] = []
    vals = [v1, v2, v1, v2, v1]
    whys = [w1, w2, w1, w2, w1]
    for i in range(c.rng.choice([4, 5])):
        tpl = (
            "Setting {k} to {v}: {why}."
            if i % 2 == 0
            else "The record now shows that {why}. Switching {k} to {v}."
        )
        body.append(llm(c.w(tpl, k=key, v=vals[i], why=whys[i])))
        body.append(
            tool(
                c.t["update"],
                {**c.ida(), key: vals[i]},
                c.obs({**c.ida(), key: vals[i], "saved": True}),
            )
        )
    return wrap(c, body[:11])


def loop_handoff_ring(c: Ctx) -> list[dict]:
    need_x, _need_y, _ans = c.d["consult"]
    q = c.w("Can you sign off {n} {id}? Details attached.")
    reply = {"status": "needs_info", "reply": "Before I can sign off I need %s." % need_x}
    body: list[dict] = []
    for _ in range(3):
        body.append(
            tool(c.t["consult"], {**c.ida(), "question": q, "attach": "record"}, c.obs(reply))
        )
        body.append(tool(c.t["get"], c.ida(), c.obs(c.rec)))
        body.append(
            llm(
                c.pick(
                    [
                        "I have the full {n} now, which should cover it. Sending it up.",
                        "The record has everything on it. Passing it to them with the details.",
                        "Attaching {id} and asking for the sign-off.",
                        "They asked for more detail. Attaching {id} and sending it.",
                    ]
                )
            )
        )
    return wrap(c, body[: c.rng.choice([9, 10])])


def loop_confirmation_cycle(c: Ctx) -> list[dict]:
    act = c.w(c.d["confirm"])
    asks = [
        ("Before I go ahead: do you want me to {act}?", "Yes, please do."),
        ("Just to make sure I have it right, I'll {act}. Shall I proceed?", "Yes. Go ahead."),
        (
            "To confirm, the plan is to {act}. Is that what you want?",
            "Yes, that's what I asked for.",
        ),
        ("Okay. So I should {act}, correct?", "Correct. Please just do it."),
        ("Understood. And you are fine with me going ahead to {act}?", "Yes!"),
        ("Last check before I act: {act}. Confirm?", "Confirmed."),
    ]
    body = [tool(c.t["get"], c.ida(), c.obs(c.rec))]
    n = c.rng.choice([4, 5, 6])
    order = list(range(6))
    c.rng.shuffle(order)
    body += [llm(asks[j][0].format(act=act), asks[j][1]) for j in order[:n]]
    return wrap(c, body)


def _plan_text(c: Ctx, items: list[str], done: set[int], head: str) -> str:
    lines = [head]
    for i, it in enumerate(items):
        lines.append("%d. [%s] %s" % (i + 1, "x" if i in done else " ", it))
    return "\n".join(lines)


def loop_plan_rewrite_no_action(c: Ctx) -> list[dict]:
    items = list(c.d["plan"])
    heads = [
        "Plan:",
        "Here's how I'll approach it:",
        "Updated plan:",
        "Steps for {id}:",
        "Revised order:",
    ]
    body: list[dict] = []
    for i in range(c.rng.choice([3, 4])):
        if i:
            c.rng.shuffle(items)
        body.append(llm(_plan_text(c, items, set(), c.w(heads[i]))))
        if i < 3:
            body.append(tool(c.t["get"], c.ida(), c.obs(c.rec)))
    return wrap(c, body)


# ---------------------------------------------------------------- progress kinds


def prog_templated_batch_walk(c: Ctx) -> list[dict]:
    text = c.pick(
        [
            "Reading the {n} at the top of the list to confirm the {f} before I change anything.",
            "I'll fetch the {n} from the list and check its {f}.",
            "Pulling the {n} from the list first so I can see the {f} field.",
        ]
    )
    body: list[dict] = []
    found = []
    for _ in range(c.rng.choice([3, 4, 5])):
        rid = c.other_id()
        rec = c.d["rec"](c.rng, rid)
        found.append("%s=%s" % (rid, _scalar(rec.get(c.d["fkey"]))))
        body += [llm(text), tool(c.t["get"], c.ida(rid), c.obs(rec))]
    body.append(llm("%s across the queue: %s." % (c.d["flabel"].capitalize(), "; ".join(found))))
    return wrap(c, body)


def prog_reworded_distinct_lookups(c: Ctx) -> list[dict]:
    sargs = c.d["search_args"](c.rng)
    key = "rows" if c.d["fmt"] is fmt_table else "results"
    hits = [c.d["hit"](c.rng) for _ in range(2)]
    jid = c.d["job"][1].replace("0", str(c.rng.randint(1000, 9999)))
    body = [
        llm(c.w("Let me look up the {f} on {id} first.")),
        tool(c.t["get"], c.ida(), c.obs(c.rec)),
        llm(c.w("I'll pull the related records and read off what they show.")),
        tool(c.t["search"], sargs, c.obs({key: hits})),
        llm(c.w("Checking what the latest job shows for {id}.")),
        tool(
            c.t["poll"],
            {c.d["job"][0]: jid},
            c.obs(
                {c.d["job"][0]: jid, "state": c.d["job_states"][-1], "finished_at": "earlier today"}
            ),
        ),
        llm(
            c.w(
                "So {id} has {f} {fv}, {k} related records turned up, and job {j} is closed.",
                k=len(hits),
                j=jid,
            )
        ),
    ]
    return wrap(c, body)


def prog_alternating_tools_advancing(c: Ctx) -> list[dict]:
    key = "rows" if c.d["fmt"] is fmt_table else "results"
    body: list[dict] = []
    seen: list[str] = []
    for _ in range(c.rng.choice([3, 4])):
        sargs = c.d["search_args"](c.rng)
        rid = c.other_id()
        hit = {**c.d["hit"](c.rng)}
        first_key = next(iter(hit))
        hit[first_key] = rid
        body.append(tool(c.t["search"], sargs, c.obs({key: [hit]})))
        body.append(tool(c.t["get"], c.ida(rid), c.obs(c.d["rec"](c.rng, rid))))
        seen.append(rid)
    body.append(
        llm(
            c.w(
                "Cross-checked {k} {ns} against their search hits: {ids}.",
                k=len(seen),
                ids=", ".join(seen),
            )
        )
    )
    return wrap(c, body)


def prog_retry_with_corrected_args(c: Ctx) -> list[dict]:
    code, msg, fix = c.d["submit_fixable"]
    args = c.d["submit_args"](c.id)
    fixed = {**args, **fix}
    ok = {**c.ida(), "accepted": True, "ref": "R-%06d" % c.rng.randint(1, 999999)}
    body = [
        tool(c.t["submit"], dict(args), c.err(code, msg), error=True),
        llm(c.w("It rejected the request: {m}. Fixing the argument and sending it again.", m=msg)),
        tool(
            c.t["submit"],
            fixed,
            c.err("RATE_LIMITED", "too many requests; retry after 20s"),
            error=True,
        ),
        llm(
            c.pick(
                [
                    "Rate limited this time, a different problem. Waiting 20 s before the next attempt.",
                    "That one is just a 20 s rate limit; the corrected payload was not the issue.",
                ]
            )
        ),
        tool(c.t["submit"], dict(fixed), c.obs(ok)),
        llm(c.w("Accepted with reference {r}.", r=ok["ref"])),
    ]
    return wrap(c, body)


def prog_poll_until_complete(c: Ctx) -> list[dict]:
    jk, jt = c.d["job"]
    jid = jt.replace("0", str(c.rng.randint(1000, 9999)))
    states = c.d["job_states"]
    body: list[dict] = [
        tool(c.t["get"], c.ida(), c.obs(c.rec)),
    ]
    texts = [
        "Checking the job status first.",
        "Let me check again.",
        "Checking on it again.",
        "Let me check the job again.",
    ]
    pct = sorted(c.rng.sample(range(5, 95), len(states) - 1))
    for i, st in enumerate(states):
        p = 100 if i == len(states) - 1 else pct[i]
        body.append(tool(c.t["poll"], {jk: jid}, c.obs({jk: jid, "state": st, "pct": p})))
        if i < len(states) - 1 and i < 3:
            body.append(llm(texts[i]))
    body.append(
        llm(c.w("Job {j} reports {st}; the {n} is clear to continue.", j=jid, st=states[-1]))
    )
    return wrap(c, body[:11])


def prog_stepwise_reasoning(c: Ctx) -> list[dict]:
    r = c.rng
    a, b, d = r.randint(3, 9), r.randint(10, 40), r.randint(2, 6)
    body = [
        tool(c.t["get"], c.ida(), c.obs(c.rec)),
        llm(
            c.w(
                "Before doing anything else I should make sure the {f} on {id} is right. The record shows {fv}."
            )
        ),
        llm(
            c.w(
                "That leaves {a} open items; at {b} minutes each it's about {t} minutes of work.",
                a=a,
                b=b,
                t=a * b,
            )
        ),
        llm(
            c.w(
                "With {d} people on shift that comes to roughly {m} minutes elapsed.",
                d=d,
                m=(a * b) // d,
            )
        ),
        llm(
            c.w(
                "So {id} can be finished today if we start within the hour. I'll start with the {f}."
            )
        ),
    ]
    return wrap(c, body)


def prog_bulk_distinct_calls(c: Ctx) -> list[dict]:
    ids = [c.other_id() for _ in range(c.rng.choice([4, 5, 6]))]
    body = [tool(c.t["get"], c.ida(rid), c.obs(c.d["rec"](c.rng, rid))) for rid in ids]
    body.append(llm(c.w("{k} {ns} read: {ids}.", k=len(ids), ids=", ".join(ids))))
    return wrap(c, body)


def prog_cursor_pagination(c: Ctx) -> list[dict]:
    key = "rows" if c.d["fmt"] is fmt_table else "items"
    pages = c.rng.choice([3, 4])
    total = 3 * pages - c.rng.randint(0, 2)
    body: list[dict] = []
    cur = None
    seen = 0
    for i in range(pages):
        args = dict(c.d["list_args"])
        if cur:
            args["cursor"] = cur
        n = min(3, total - seen)
        rows = [c.d["hit"](c.rng) for _ in range(n)]
        seen += n
        cur = _cursor(c) if i < pages - 1 else None
        body.append(tool(c.t["list"], args, c.obs({key: rows, "total": total, "next_cursor": cur})))
        if i < pages - 1:
            body.append(
                llm(
                    c.w(
                        "Got {s} of {t}. Fetching the following batch with the cursor.",
                        s=seen,
                        t=total,
                    )
                )
            )
    body.append(
        llm(c.w("That was the final batch: {t} {ns} in total, next_cursor is null.", t=total))
    )
    return wrap(c, body)


def prog_validator_converges(c: Ctx) -> list[dict]:
    ka, va, ma = c.d["fix_a"]
    kb, vb, mb = c.d["fix_b"]
    body = [
        tool(
            c.t["validate"],
            c.ida(),
            c.obs({"passed": False, "violations": [{"field": ka, "message": ma}]}),
        ),
        llm(c.w("The validator wants {k} set. Adding it.", k=ka)),
        tool(c.t["update"], {**c.ida(), ka: va}, c.obs({**c.ida(), "updated": ka})),
        tool(
            c.t["validate"],
            c.ida(),
            c.obs({"passed": False, "violations": [{"field": kb, "message": mb}]}),
        ),
        llm(
            c.w(
                "Now it objects to {k}. Correcting that field only, leaving {a} as set.", k=kb, a=ka
            )
        ),
        tool(c.t["update"], {**c.ida(), kb: vb}, c.obs({**c.ida(), "updated": kb})),
        tool(c.t["validate"], c.ida(), c.obs({"passed": True, "violations": []})),
        tool(c.t["submit"], c.d["submit_args"](c.id), c.obs({**c.ida(), "accepted": True})),
    ]
    return wrap(c, body)


def prog_single_deliberate_revert(c: Ctx) -> list[dict]:
    key, v1, v2 = c.d["toggle"]
    w1, w2 = c.d["toggle_why"]
    body = [
        llm(c.w("Setting {k} to {v}: {why}.", k=key, v=v1, why=w1)),
        tool(c.t["update"], {**c.ida(), key: v1}, c.obs({**c.ida(), key: v1, "saved": True})),
        tool(c.t["get"], c.ida(), c.obs({**c.rec, key: v1, "warning": "conflict: " + w2})),
        llm(c.w("The record now warns that {why}. Switching {k} to {v}.", why=w2, k=key, v=v2)),
        tool(c.t["update"], {**c.ida(), key: v2}, c.obs({**c.ida(), key: v2, "saved": True})),
        tool(c.t["get"], c.ida(), c.obs({**c.rec, key: v2, "warning": None})),
        llm(c.w("{k} is {v} and the warning is gone.", k=key, v=v2)),
    ]
    return wrap(c, body)


def prog_handoff_chain_resolves(c: Ctx) -> list[dict]:
    need_x, need_y, ans = c.d["consult"]
    q = c.w("Can you sign off {n} {id}? Details attached.")
    body = [
        tool(
            c.t["consult"],
            {**c.ida(), "question": q},
            c.obs({"status": "needs_info", "reply": "I need %s." % need_x}),
        ),
        tool(c.t["get"], c.ida(), c.obs(c.rec)),
        llm(c.w("They asked for {x}. Sending it.", x=need_x)),
        tool(
            c.t["consult"],
            {**c.ida(), "question": q, "attach": need_x},
            c.obs(
                {"status": "needs_info", "reply": "Thanks, that's fine. Now I need %s." % need_y}
            ),
        ),
        tool(c.t["search"], c.d["search_args"](c.rng), c.obs({"results": [c.d["hit"](c.rng)]})),
        tool(
            c.t["consult"],
            {**c.ida(), "question": q, "attach": need_y},
            c.obs({"status": "answered", "reply": ans}),
        ),
        llm(c.w("Signed off: {a}.", a=ans)),
    ]
    return wrap(c, body)


def prog_confirm_then_act(c: Ctx) -> list[dict]:
    act = c.w(c.d["confirm"])
    key, v1, v2 = c.d["toggle"]
    body = [
        tool(c.t["get"], c.ida(), c.obs(c.rec)),
        llm(
            c.rng.choice(
                [
                    "Before I go ahead: do you want me to %s?",
                    "Just to make sure I have it right, I'll %s. Shall I proceed?",
                    "To confirm, the plan is to %s. Is that what you want?",
                ]
            )
            % act,
            c.rng.choice(["Yes, please do.", "Yes. Go ahead.", "Correct."]),
        ),
        tool(c.t["submit"], c.d["submit_args"](c.id), c.obs({**c.ida(), "accepted": True})),
        llm(
            c.w("Done. One separate question: should {k} be {a} or {b}?", k=key, a=v1, b=v2),
            "Use %s." % v2,
        ),
        tool(c.t["update"], {**c.ida(), key: v2}, c.obs({**c.ida(), key: v2, "saved": True})),
        llm(c.w("{k} set to {v}. Both changes are saved.", k=key, v=v2)),
    ]
    return wrap(c, body)


def prog_plan_with_checkoffs(c: Ctx) -> list[dict]:
    items = list(c.d["plan"])
    body: list[dict] = [
        llm(
            _plan_text(
                c, items, set(), c.w(c.rng.choice(["Plan:", "Here's how I'll approach it:"]))
            )
        )
    ]
    done: set[int] = set()
    calls = [
        (c.t["get"], c.ida(), c.rec),
        (c.t["search"], c.d["search_args"](c.rng), {"results": [c.d["hit"](c.rng)]}),
        (c.t["validate"], c.ida(), {"passed": True, "violations": []}),
        (c.t["submit"], c.d["submit_args"](c.id), {**c.ida(), "accepted": True}),
    ]
    for i, (name, args, payload) in enumerate(calls):
        body.append(tool(name, args, c.obs(payload)))
        done.add(i)
        if i < 3:
            head = c.rng.choice(["Plan:", "Updated plan:", "Steps for {id}:"])
            body.append(llm(_plan_text(c, items, done, c.w(head))))
    body.append(llm(_plan_text(c, items, done, c.w("Updated plan:"))))
    return wrap(c, body)


BUILDERS = {
    **{("loop", k): globals()["loop_" + k] for k in LOOP_KINDS},
    **{("progress", k): globals()["prog_" + k] for k in PROGRESS_KINDS},
}


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            for num, d in enumerate(DOMAINS, start=1):
                rid = "seventyfifth-%s-%s-%03d" % (label, kind, num)
                rng = random.Random("%d:%s" % (SEED, rid))
                c = Ctx(d, rng)
                steps = BUILDERS[(label, kind)](c)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    rows = build()
    with (HERE / "trajectories.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
