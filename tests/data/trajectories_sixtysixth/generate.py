"""Blind trajectory set 66: loops and near-miss progress over eight production domains.

Standard library only. ``python generate.py`` rewrites ``trajectories.jsonl`` byte for byte;
every row draws its choices from ``random.Random`` seeded with ``SEED`` and the row id.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path

SEED = 660066
PREFIX = "sixtysixth"

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "cursor_ignored_paging",
    "verify_after_write_loop",
    "query_thrash",
    "clarification_loop",
    "three_step_cycle",
    "promise_without_action",
]
PROGRESS_KINDS = [
    "templated_steps_new_records",
    "reworded_updates_new_facts",
    "bisecting_toggles",
    "retry_with_corrected_argument",
    "polling_until_ready",
    "drafting_distinct_documents",
    "batch_over_different_ids",
    "cursor_paging",
    "write_then_verify_each",
    "query_refinement_converges",
    "distinct_clarifications_then_act",
    "pipeline_per_item",
    "acknowledge_then_act",
]


# ---------------------------------------------------------------------------- clock / envelopes


class Clock:
    """Volatile parts of a response envelope: time, request ids, counters."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.t = 1795939200 + rng.randint(0, 86400 * 20)
        self.remaining = rng.randint(400, 1200)
        self.seq = rng.randint(1000, 90000)

    def tick(self) -> None:
        self.t += self.rng.randint(2, 95)
        self.remaining -= self.rng.randint(1, 3)
        self.seq += self.rng.randint(1, 40)

    def hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def iso(self) -> str:
        ms = self.rng.randint(0, 999)
        return datetime.fromtimestamp(self.t, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def env_prosthetic(c: Clock, data: object, err: tuple[str, str] | None) -> str:
    meta = {
        "request_id": "req_" + c.hex(12),
        "served_by": c.rng.choice(["oandp-api-eu-2", "oandp-api-eu-3"]),
        "ts": c.iso(),
    }
    if err:
        return dumps({"meta": meta, "error": {"code": err[0], "message": err[1]}})
    return dumps({"meta": meta, "data": data})


def env_uniform(c: Clock, data: object, err: tuple[str, str] | None) -> str:
    stamp = datetime.fromtimestamp(c.t, UTC).strftime("%Y-%m-%d %H:%M:%S")
    head = f"{'ERR ' + err[0] if err else 'OK 200'} | trace={c.hex(16)} | {stamp} UTC | depot-sync v4.2"
    if err:
        return head + "\n" + err[1]
    lines = [head]
    if isinstance(data, dict):
        for k, v in data.items():
            lines.append(f"{k}: {v if not isinstance(v, (list, dict)) else dumps(v)}")
    else:
        lines.append(str(data))
    return "\n".join(lines)


def env_billboard(c: Clock, data: object, err: tuple[str, str] | None) -> str:
    status = err[0] if err else "200 OK"
    head = (
        f'HTTP/1.1 {status}\nDate: {formatdate(c.t, usegmt=True)}\nETag: W/"{c.hex(10)}"\n'
        f"X-RateLimit-Remaining: {c.remaining}\nX-Request-Id: {c.uuid()}\n\n"
    )
    body = {"error": err[1]} if err else data
    return head + dumps(body)


def env_sewer(c: Clock, data: object, err: tuple[str, str] | None) -> str:
    out = {
        "status": "error" if err else "ok",
        "trace": c.uuid(),
        "t_ms": c.t * 1000 + c.rng.randint(0, 999),
    }
    if err:
        out["fault"] = {"kind": err[0], "detail": err[1]}
    else:
        out["result"] = data
    return dumps(out)


def env_jewellery(c: Clock, data: object, err: tuple[str, str] | None) -> str:
    if err:
        return dumps(
            {
                "ok": False,
                "errorCode": err[0],
                "errorText": err[1],
                "server": "pos-" + str(c.rng.randint(1, 4)).zfill(2),
                "at": c.t,
            }
        )
    return dumps(
        {
            "ok": True,
            "payload": data,
            "server": "pos-" + str(c.rng.randint(1, 4)).zfill(2),
            "at": c.t,
            "seq": c.seq,
        }
    )


def env_carwash(c: Clock, data: object, err: tuple[str, str] | None) -> str:
    req = {"id": "cw-" + c.hex(8), "duration_ms": c.rng.randint(18, 240)}
    rl = {"remaining": c.remaining, "reset": c.t + 60 - c.t % 60}
    if err:
        return dumps(
            {"errors": [{"status": err[0], "title": err[1]}], "request": req, "rate_limit": rl}
        )
    return dumps({"data": data, "request": req, "rate_limit": rl})


def env_moto(c: Clock, data: object, err: tuple[str, str] | None) -> str:
    stamp = datetime.fromtimestamp(c.t, UTC).strftime("%d/%m/%Y %H:%M:%S")
    head = f"# node=rtb-app-{c.rng.randint(1, 6)} req={c.seq} generated {stamp}"
    if err:
        return head + f"\n! {err[0]}: {err[1]}"
    if isinstance(data, list):
        return head + "\n" + "\n".join(" | ".join(str(x) for x in row) for row in data)
    return head + "\n" + (data if isinstance(data, str) else dumps(data))


def env_salon(c: Clock, data: object, err: tuple[str, str] | None) -> str:
    out: dict[str, object] = {
        "requestId": c.hex(6) + "-" + c.hex(6),
        "timestamp": datetime.fromtimestamp(c.t, UTC).strftime("%Y-%m-%dT%H:%M:%S")
        + f".{c.rng.randint(0, 999):03d}+00:00",
        "x-cache": c.rng.choice(["MISS", "HIT", "MISS"]),
        "age": c.rng.randint(0, 30),
    }
    if err:
        out["error"] = {"type": err[0], "reason": err[1]}
    else:
        out["result"] = data
    return dumps(out)


# ---------------------------------------------------------------------------- domains

D_PROSTHETIC = {
    "name": "prosthetic_socket_fitting",
    "env": env_prosthetic,
    "reads": [
        (
            "oandp.clinician.schedule.get",
            {"clinician_id": "CLN-0412", "date": "2026-12-02"},
            {
                "clinician": "Rhiannon Pugh CPO",
                "slots_free": ["09:30", "14:00"],
                "room": "Cast room 2",
            },
        ),
        (
            "oandp.payer.rules.get",
            {"payer": "NHS-WALES"},
            {
                "prior_auth_required": True,
                "max_check_sockets": 2,
                "notes": "Liner replacement every 6 months",
            },
        ),
    ],
    "nudges": [
        "Any update? Mr Adeyemi's physio is asking.",
        "Is it there or not?",
        "The clinic closes at six, just so you know.",
    ],
    "say": {
        "retry": [
            "The records service threw an error; trying that again.",
            "Another failure from the API. One more attempt.",
        ],
        "next": ["Moving on to the next fitting.", "That one's logged; next."],
    },
    "lookup": {
        "tool": "oandp.patient.fitting.get",
        "key": "fitting_id",
        "ids": ["FIT-26-0871", "FIT-26-0874", "FIT-26-0902", "FIT-26-0915"],
        "res": lambda i, n: {
            "fitting_id": i,
            "patient": "P-551" + str(n).zfill(2),
            "socket": [
                "check socket v2",
                "definitive laminate",
                "check socket v1",
                "liner-only refit",
            ][n % 4],
            "volume_change_pct": [-3.1, 0.4, -5.8, 1.2][n % 4],
            "status": ["awaiting_review", "signed_off", "awaiting_review", "scheduled"][n % 4],
        },
        "req": "Can you pull up the socket fitting records for this week's transtibial patients and tell me which still need review?",
        "exact": "Let me open fitting FIT-26-0871 to check its review status.",
        "tmpl": "Opening fitting {id} to check its review status.",
        "para": [
            "I'll look at fitting FIT-26-0871 again to confirm where the review stands.",
            "Let me re-open the record for FIT-26-0871 — I want to be sure about the review state.",
            "Checking FIT-26-0871 once more before I report back on the review.",
            "One more look at the FIT-26-0871 fitting to verify the reviewer hasn't signed it off.",
            "I'd better re-read FIT-26-0871; the review status is what matters here.",
            "Pulling FIT-26-0871 up again so I can confirm it's still awaiting review.",
            "Re-checking the fitting record FIT-26-0871 to make sure of its status.",
        ],
    },
    "poll": {
        "tool": "oandp.scan.jobs.get",
        "args": {"job_id": "SCN-7731"},
        "pending": {
            "job_id": "SCN-7731",
            "state": "queued",
            "queue_position": 4,
            "scanner": "Omega residual limb",
        },
        "steps": [{"state": "processing", "progress": 35}, {"state": "processing", "progress": 80}],
        "ready": {
            "job_id": "SCN-7731",
            "state": "complete",
            "mesh": "s3://oandp-scans/P-55102/SCN-7731.stl",
            "circumference_mm": [284, 276, 251],
        },
        "req": "The residual limb scan for P-55102 was uploaded an hour ago. Once it's processed, send me the mesh link.",
    },
    "paging": {
        "tool": "oandp.orders.list",
        "base": {"status": "open", "supplier": "Ottobock"},
        "ckey": "page_token",
        "pages": [
            ["PO-30211 liner 6Y94", "PO-30219 pylon 2R57"],
            ["PO-30224 foot 1C30", "PO-30231 lock 6A30"],
            ["PO-30240 sleeve 453A5"],
        ],
        "req": "List every open Ottobock order so I can reconcile against the supplier statement.",
    },
    "write": {
        "tool": "oandp.fitting.notes.create",
        "read": "oandp.fitting.notes.list",
        "key": "fitting_id",
        "ids": ["FIT-26-0871", "FIT-26-0902", "FIT-26-0915"],
        "text": [
            "Distal end pressure relieved 3 mm, patient comfortable at 10 min walk.",
            "Added 1-ply sock, pistoning reduced.",
            "Liner size 26 confirmed, no redness after trial.",
        ],
        "req": "Please add today's fitting notes to the three records I sent you.",
    },
    "toggle": {
        "tool": "oandp.reminders.rule.set",
        "key": "rule_id",
        "field": "enabled",
        "targets": ["RULE-SMS-48H", "RULE-SMS-24H", "RULE-EMAIL-48H", "RULE-APP-PUSH"],
        "check": ("oandp.reminders.preview", {"patient": "P-55102", "appointment": "APT-88120"}),
        "bad": {"messages": 2, "channels": ["sms", "sms"]},
        "good": {"messages": 1, "channels": ["sms"]},
        "req": "Patients are getting two text reminders for each appointment. Find which reminder rule is doubling up.",
    },
    "fail": {
        "tool": "oandp.orders.create",
        "bad": {"supplier": "Ottobock", "sku": "1C30", "qty": 1, "patient": "P-55102"},
        "good": {"supplier": "Ottobock", "sku": "1C30=26-3", "qty": 1, "patient": "P-55102"},
        "err": ("UNKNOWN_SKU", "SKU '1C30' requires a size/category suffix (e.g. 1C30=26-3)"),
        "ok": {"order_id": "PO-30252", "eta": "2026-12-08", "status": "submitted"},
        "req": "Order a Trias foot, size 26 category 3, for P-55102.",
    },
    "search": {
        "tool": "oandp.patient.search",
        "key": "query",
        "thrash": [
            "Okafor",
            "Okafor D",
            "D Okafor",
            "okafor damilola",
            "Damilola Okafor",
            "OKAFOR",
        ],
        "refine": [
            {"query": "Okafor"},
            {"query": "Okafor", "dob": "1971-04-19"},
            {"query": "Okafor", "dob": "1971-04-19", "site": "Cardiff"},
        ],
        "empty": {"hits": [], "total": 0},
        "partial": [
            {
                "hits": [
                    "P-40917 Okafor, Chinedu",
                    "P-55871 Okafor, Damilola",
                    "P-60012 Okafor, Grace",
                ],
                "total": 3,
            },
            {
                "hits": [
                    "P-55871 Okafor, Damilola (Cardiff)",
                    "P-61803 Okafor, Damilola (Swansea)",
                ],
                "total": 2,
            },
        ],
        "hit": {"hits": ["P-55871 Okafor, Damilola (Cardiff)"], "total": 1},
        "req": "Find the patient record for Damilola Okafor, DOB 19/04/1971, seen at the Cardiff site.",
    },
    "drafts": {
        "req": "I'll paste three clinic notes. Give me a two-line summary of each for the GP letters.",
        "docs": [
            (
                "Note 1: 64M, L transtibial, check socket v2. Reports distal pain after 20 min. Relieved distal end 3 mm.",
                "Left transtibial, 64-year-old man: distal pain on the v2 check socket, relieved 3 mm at the distal end. Review in two weeks.",
            ),
            (
                "Note 2: 41F, R transfemoral, definitive laminate delivered. Good suspension, gait training booked.",
                "Right transfemoral, 41-year-old woman: definitive socket delivered with good suspension. Gait training is booked.",
            ),
            (
                "Note 3: 77M, bilateral TT, volume loss ~6% since dialysis started. New liners ordered.",
                "Bilateral transtibial, 77-year-old man: about 6% limb volume loss since starting dialysis. New liners are on order.",
            ),
        ],
        "mono": "I'm going through the socket notes now and will have the GP letter summaries for you shortly.",
    },
    "clarify": {
        "req": "Book Mr Adeyemi in for a socket adjustment next week.",
        "qs": [
            ("Which limb is the adjustment for — his left transtibial or the right?", "Left."),
            (
                "Does he need a cast appointment or just an adjustment slot?",
                "Just an adjustment, 30 minutes.",
            ),
            ("Any preferred day?", "Wednesday afternoon if possible."),
        ],
        "act": (
            "oandp.appointments.book",
            {
                "patient": "P-55102",
                "type": "socket_adjustment",
                "side": "L",
                "date": "2026-12-02",
                "time": "14:00",
                "minutes": 30,
            },
            {"appointment_id": "APT-88164", "clinician": "Rhiannon Pugh CPO", "confirmed": True},
        ),
    },
    "pipe": {
        "req": "For the three check sockets approved today, fetch the scan, generate the socket model and queue it for fabrication.",
        "items": ["FIT-26-0871", "FIT-26-0902", "FIT-26-0915"],
        "tools": [
            (
                "oandp.scan.fetch",
                lambda i, n: {"fitting_id": i},
                lambda i, n: {"scan_id": "SCN-77" + str(31 + n), "quality": "ok"},
            ),
            (
                "oandp.socket.model.generate",
                lambda i, n: {
                    "fitting_id": i,
                    "scan_id": "SCN-77" + str(31 + n),
                    "template": "TSB",
                },
                lambda i, n: {"model_id": "MDL-" + str(5120 + n), "warnings": []},
            ),
            (
                "oandp.fab.queue.add",
                lambda i, n: {"model_id": "MDL-" + str(5120 + n), "material": "PETG check"},
                lambda i, n: {"queue_position": 3 + n, "printer": "Fortus-2"},
            ),
        ],
        "stuck": {
            "model_id": None,
            "warnings": ["scan SCN-7731 has open mesh at distal end; model not generated"],
        },
    },
}

D_UNIFORM = {
    "name": "workwear_uniform_rental",
    "env": env_uniform,
    "reads": [
        (
            "get_route_summary",
            {"route": "R-14", "day": "TUE"},
            {"stops": 23, "driver": "K. Baxter", "van": "VN-118"},
        ),
        (
            "get_customer_contract",
            {"account": "ACC-20931"},
            {
                "customer": "Harlow Meat Packers",
                "garments": 212,
                "cycle": "weekly",
                "renewal": "2027-03-01",
            },
        ),
    ],
    "nudges": [
        "Kev is waiting at the depot to load, can you hurry this up?",
        "Did you find it?",
        "ok thanks, carry on",
    ],
    "say": {
        "retry": ["Depot sync refused it. Sending it again.", "Same problem; I'll retry."],
        "next": ["Done with that wearer, next one.", "Logged. On to the next."],
    },
    "lookup": {
        "tool": "get_garment_status",
        "key": "barcode",
        "ids": ["HMP-0098812", "HMP-0098815", "HMP-0098840", "HMP-0098871"],
        "res": lambda i, n: {
            "barcode": i,
            "wearer": ["T. Novak", "S. Patel", "L. Grant", "M. Ionescu"][n % 4],
            "item": ["white coat L", "trousers 34R", "white coat M", "hairnet pack"][n % 4],
            "location": ["in wash", "on van VN-118", "missing since 2026-11-10", "at customer"][
                n % 4
            ],
        },
        "req": "Harlow Meat Packers say four white coats never came back. Check where those barcodes are.",
        "exact": "Checking the status of barcode HMP-0098812.",
        "tmpl": "Checking the status of barcode {id}.",
        "para": [
            "Let me look up HMP-0098812 again to see where it is.",
            "I'll re-scan the record for garment HMP-0098812 and confirm its location.",
            "Going back to HMP-0098812 — want to double-check where the depot has it.",
            "Quick re-check on barcode HMP-0098812 before I answer.",
            "Let me verify HMP-0098812's location one more time.",
            "Pulling the garment status for HMP-0098812 again to be certain.",
            "Another look at HMP-0098812 so I don't give you the wrong location.",
        ],
    },
    "poll": {
        "tool": "get_wash_batch",
        "args": {"batch": "WB-5520"},
        "pending": {"batch": "WB-5520", "stage": "tunnel_washer", "eta_min": 25},
        "steps": [{"stage": "dryer", "eta_min": 12}, {"stage": "folding", "eta_min": 4}],
        "ready": {"batch": "WB-5520", "stage": "packed", "cage": "C-07", "pieces": 212},
        "req": "Tell me when the Harlow batch WB-5520 is packed so Kev can load it.",
    },
    "paging": {
        "tool": "list_missing_garments",
        "base": {"account": "ACC-20931"},
        "ckey": "after",
        "pages": [
            ["HMP-0098840 white coat M", "HMP-0098902 trousers 32R"],
            ["HMP-0099017 apron PVC", "HMP-0099020 apron PVC"],
            ["HMP-0099133 white coat XL"],
        ],
        "req": "I need the full list of missing garments on the Harlow account for the loss charge.",
    },
    "write": {
        "tool": "set_wearer_size",
        "read": "get_wearer",
        "key": "wearer_id",
        "ids": ["WR-44102", "WR-44107", "WR-44131"],
        "text": ["coat L->XL", "trousers 34R->36R", "coat M->L"],
        "req": "Three wearers at Harlow need size changes: WR-44102 coat to XL, WR-44107 trousers to 36R, WR-44131 coat to L.",
    },
    "toggle": {
        "tool": "set_route_stop_flag",
        "key": "stop_id",
        "field": "skip",
        "targets": ["STP-1402", "STP-1407", "STP-1411", "STP-1419"],
        "check": ("simulate_route", {"route": "R-14", "day": "TUE"}),
        "bad": {"finish": "16:40", "overtime_min": 40},
        "good": {"finish": "15:55", "overtime_min": 0},
        "req": "Route R-14 runs 40 minutes over every Tuesday. Figure out which stop is causing it.",
    },
    "fail": {
        "tool": "create_replacement_order",
        "bad": {"account": "ACC-20931", "item": "white coat", "qty": 4},
        "good": {"account": "ACC-20931", "item_code": "WC-POLY-L", "qty": 4},
        "err": (
            "422",
            "field 'item' not recognised; use 'item_code' (catalogue code, e.g. WC-POLY-L)",
        ),
        "ok": {"order": "RO-77120", "ship_with": "R-14 TUE"},
        "req": "Order four replacement white coats, size L, for Harlow.",
    },
    "search": {
        "tool": "find_wearer",
        "key": "name",
        "thrash": [
            "Ionescu",
            "M Ionescu",
            "Mihai Ionescu",
            "ionescu m",
            "IONESCU MIHAI",
            "Ionescu, Mihai",
        ],
        "refine": [
            {"name": "Ionescu"},
            {"name": "Ionescu", "account": "ACC-20931"},
            {"name": "Ionescu", "account": "ACC-20931", "locker": "B12"},
        ],
        "empty": {"matches": 0},
        "partial": [
            {"matches": 4, "list": ["WR-30021", "WR-44119", "WR-44160", "WR-51003"]},
            {"matches": 2, "list": ["WR-44119", "WR-44160"]},
        ],
        "hit": {"matches": 1, "list": ["WR-44119 Mihai Ionescu, locker B12"]},
        "req": "Find the wearer record for Mihai Ionescu at Harlow, he uses locker B12.",
    },
    "drafts": {
        "req": "Here are three customer complaint emails. Write me a one-line gist of each for the ops meeting.",
        "docs": [
            (
                "Email 1 (Harlow): coats came back with blood stains still on the cuffs, third week running.",
                "Harlow: stained cuffs returned for the third week; wash programme needs checking.",
            ),
            (
                "Email 2 (Brook Dental): tunics delivered Thursday instead of Tuesday, staff had none.",
                "Brook Dental: delivery slipped from Tuesday to Thursday, leaving staff without tunics.",
            ),
            (
                "Email 3 (Fenwick Garage): invoice charges 30 overalls, we only have 24 wearers.",
                "Fenwick Garage: billed for 30 overalls against 24 wearers; invoice needs correcting.",
            ),
        ],
        "mono": "Working through the complaint emails now, I'll have the gists ready in a moment.",
    },
    "clarify": {
        "req": "Add a new starter at Harlow.",
        "qs": [
            ("What's the starter's name?", "Aisha Rahman."),
            ("Which garments and sizes?", "Two white coats M, trousers 30R."),
            ("Which locker?", "C04."),
        ],
        "act": (
            "create_wearer",
            {
                "account": "ACC-20931",
                "name": "Aisha Rahman",
                "locker": "C04",
                "kit": ["WC-POLY-M", "WC-POLY-M", "TR-30R"],
            },
            {"wearer_id": "WR-44177", "first_delivery": "2026-12-08"},
        ),
    },
    "pipe": {
        "req": "Process the three garments that came back damaged: log the damage, charge the customer and order replacements.",
        "items": ["HMP-0098812", "HMP-0098815", "HMP-0098871"],
        "tools": [
            (
                "log_damage",
                lambda i, n: {
                    "barcode": i,
                    "reason": ["torn pocket", "bleach mark", "burn hole"][n],
                },
                lambda i, n: {"damage_id": "DMG-" + str(3301 + n)},
            ),
            (
                "charge_loss",
                lambda i, n: {"damage_id": "DMG-" + str(3301 + n), "account": "ACC-20931"},
                lambda i, n: {"charge": ["£18.40", "£14.10", "£9.75"][n]},
            ),
            (
                "create_replacement_order",
                lambda i, n: {
                    "barcode": i,
                    "item_code": ["WC-POLY-L", "TR-34R", "HN-PACK"][n],
                    "qty": 1,
                },
                lambda i, n: {"order": "RO-7713" + str(n)},
            ),
        ],
        "stuck": {"charge": None, "message": "damage record not approved by depot supervisor"},
    },
}

D_BILLBOARD = {
    "name": "digital_billboard_bookings",
    "env": env_billboard,
    "reads": [
        (
            "GET /v2/advertisers/{id}",
            {"id": "ADV-3391"},
            {"advertiser": "Northgate Cinemas", "credit_limit": 45000, "balance": 12850},
        ),
        (
            "GET /v2/panels/{id}",
            {"id": "DPN-M62-04"},
            {
                "panel": "DPN-M62-04",
                "site": "M62 J27 eastbound",
                "loop_seconds": 60,
                "slot_seconds": 10,
            },
        ),
    ],
    "nudges": [
        "The client's on the phone, where are we?",
        "Can you speed up? Creative deadline is 3pm.",
        "thanks",
    ],
    "say": {
        "retry": [
            "Got an error back from the booking API. Retrying.",
            "Still failing — another go.",
        ],
        "next": ["That panel's done; next one.", "OK, next panel."],
    },
    "lookup": {
        "tool": "GET /v2/panels/{id}/availability",
        "key": "id",
        "ids": ["DPN-M62-04", "DPN-M62-07", "DPN-A58-01", "DPN-LDS-12"],
        "res": lambda i, n: {
            "panel": i,
            "week": "2026-W50",
            "free_slots": [0, 2, 1, 4][n % 4],
            "held_by": [["ADV-2210"], [], ["ADV-3391"], []][n % 4],
        },
        "req": "Northgate want week 50 on the M62 and A58 screens. Check availability.",
        "exact": "Checking week 50 availability on DPN-M62-04.",
        "tmpl": "Checking week 50 availability on {id}.",
        "para": [
            "Let me query DPN-M62-04 for week 50 once more.",
            "I'll re-check the week-50 slots on the M62 panel DPN-M62-04.",
            "Going to confirm DPN-M62-04's availability again before I tell the client.",
            "One more availability call for DPN-M62-04, week 50.",
            "Re-querying the M62 junction 27 screen to be sure about week 50.",
            "Let me look at DPN-M62-04 again — need to be certain it's full.",
            "Double-checking the inventory on DPN-M62-04 for that week.",
        ],
    },
    "poll": {
        "tool": "GET /v2/creatives/{id}",
        "args": {"id": "CRV-90817"},
        "pending": {
            "creative": "CRV-90817",
            "moderation": "pending",
            "submitted": "2026-12-01T09:12:00Z",
        },
        "steps": [
            {"moderation": "in_review", "reviewer": "landlord:Clear Channel"},
            {
                "moderation": "in_review",
                "reviewer": "landlord:Clear Channel",
                "notes": "checking age rating",
            },
        ],
        "ready": {
            "creative": "CRV-90817",
            "moderation": "approved",
            "approved_for": ["DPN-M62-04", "DPN-A58-01"],
        },
        "req": "The Northgate trailer creative CRV-90817 needs landlord approval before we can go live. Let me know when it's approved.",
    },
    "paging": {
        "tool": "GET /v2/bookings",
        "base": {"advertiser": "ADV-3391", "status": "confirmed"},
        "ckey": "cursor",
        "pages": [
            ["BKG-11802 DPN-M62-04 W48", "BKG-11803 DPN-A58-01 W48"],
            ["BKG-11890 DPN-LDS-12 W49", "BKG-11901 DPN-M62-07 W49"],
            ["BKG-11977 DPN-A58-01 W50"],
        ],
        "req": "Pull every confirmed Northgate booking for the quarterly proof-of-play report.",
    },
    "write": {
        "tool": "PATCH /v2/bookings/{id}",
        "read": "GET /v2/bookings/{id}",
        "key": "id",
        "ids": ["BKG-11802", "BKG-11890", "BKG-11977"],
        "text": ["creative CRV-90817", "creative CRV-90817", "creative CRV-90822"],
        "req": "Swap the new trailer creatives onto the three Northgate bookings: BKG-11802 and BKG-11890 get CRV-90817, BKG-11977 gets CRV-90822.",
    },
    "toggle": {
        "tool": "PUT /v2/panels/{id}/schedule/rules/{rule}",
        "key": "rule",
        "field": "active",
        "targets": ["dayparting-night", "weather-trigger", "sov-cap-25", "sports-blackout"],
        "check": (
            "GET /v2/panels/{id}/playlist/preview",
            {"id": "DPN-M62-04", "date": "2026-12-03"},
        ),
        "bad": {"northgate_plays": 0, "expected": 864},
        "good": {"northgate_plays": 864, "expected": 864},
        "req": "Northgate's ad isn't in the M62-04 playlist preview for tomorrow. Find which scheduling rule is blocking it.",
    },
    "fail": {
        "tool": "POST /v2/bookings",
        "bad": {"advertiser": "ADV-3391", "panel": "DPN-A58-01", "week": "50", "slots": 1},
        "good": {"advertiser": "ADV-3391", "panel": "DPN-A58-01", "week": "2026-W50", "slots": 1},
        "err": ("400 Bad Request", "week must be ISO week format YYYY-Www"),
        "ok": {"booking": "BKG-12004", "status": "confirmed", "price_gbp": 2150},
        "req": "Book one slot on DPN-A58-01 for week 50 for Northgate.",
    },
    "search": {
        "tool": "GET /v2/panels/search",
        "key": "q",
        "thrash": [
            "leeds station",
            "Leeds Station",
            "leeds stn",
            "station leeds",
            "leeds railway station",
            "LEEDS STATION",
        ],
        "refine": [
            {"q": "leeds"},
            {"q": "leeds", "format": "portrait"},
            {"q": "leeds", "format": "portrait", "environment": "rail"},
        ],
        "empty": {"results": [], "count": 0},
        "partial": [
            {"results": ["DPN-LDS-03", "DPN-LDS-07", "DPN-LDS-12", "DPN-LDS-15"], "count": 4},
            {"results": ["DPN-LDS-07", "DPN-LDS-12"], "count": 2},
        ],
        "hit": {"results": ["DPN-LDS-12 Leeds Rail concourse portrait 6-sheet"], "count": 1},
        "req": "Find the portrait screen in the Leeds railway concourse, the client liked it last time.",
    },
    "drafts": {
        "req": "I'll paste three proof-of-play exports; summarise each in a sentence for the client recap.",
        "docs": [
            (
                "Export A: DPN-M62-04, W48, planned 6048 plays, delivered 6012 (99.4%), 36 missed during power cut Tue 02:10-02:40.",
                "M62-04 in week 48 delivered 99.4% of plays; the 36 missed were lost to a half-hour power cut early Tuesday.",
            ),
            (
                "Export B: DPN-A58-01, W48, planned 6048, delivered 6048 (100%).",
                "A58-01 in week 48 delivered every planned play.",
            ),
            (
                "Export C: DPN-LDS-12, W49, planned 4032, delivered 3610 (89.5%), screen offline Sat for panel replacement.",
                "Leeds-12 in week 49 delivered 89.5%: the screen was offline on Saturday while a panel was replaced.",
            ),
        ],
        "mono": "I'm compiling the proof-of-play recap now and will share it with you shortly.",
    },
    "clarify": {
        "req": "Set up a new campaign for Northgate.",
        "qs": [
            ("Which weeks should it run?", "W51 and W52."),
            ("Which panels?", "M62-04 and A58-01."),
            ("How many slots per loop?", "One, 10 seconds."),
        ],
        "act": (
            "POST /v2/campaigns",
            {
                "advertiser": "ADV-3391",
                "weeks": ["2026-W51", "2026-W52"],
                "panels": ["DPN-M62-04", "DPN-A58-01"],
                "slots": 1,
            },
            {"campaign": "CMP-2207", "price_gbp": 8600, "status": "draft"},
        ),
    },
    "pipe": {
        "req": "For the three approved creatives, transcode them, upload to the player and attach to the booking.",
        "items": ["CRV-90817", "CRV-90822", "CRV-90830"],
        "tools": [
            (
                "POST /v2/creatives/{id}/transcode",
                lambda i, n: {"id": i, "profile": "1080x1920-h264"},
                lambda i, n: {"asset": "AST-" + str(6610 + n), "duration_s": 10},
            ),
            (
                "POST /v2/player/assets",
                lambda i, n: {
                    "asset": "AST-" + str(6610 + n),
                    "panel": ["DPN-M62-04", "DPN-A58-01", "DPN-LDS-12"][n],
                },
                lambda i, n: {"uploaded": True, "checksum": ["a91f", "c03e", "77b2"][n]},
            ),
            (
                "PATCH /v2/bookings/{id}",
                lambda i, n: {
                    "id": ["BKG-11802", "BKG-11890", "BKG-11977"][n],
                    "asset": "AST-" + str(6610 + n),
                },
                lambda i, n: {
                    "booking": ["BKG-11802", "BKG-11890", "BKG-11977"][n],
                    "asset_attached": True,
                },
            ),
        ],
        "stuck": {"uploaded": False, "reason": "player DPN-M62-04 offline; asset discarded"},
    },
}

D_SEWER = {
    "name": "sewer_cctv_survey",
    "env": env_sewer,
    "reads": [
        (
            "survey.contracts.get",
            {"contract": "YW-2026-114"},
            {"client": "Yorkshire Water", "metres_ordered": 4200, "metres_surveyed": 2875},
        ),
        (
            "survey.crews.today",
            {"depot": "Wakefield"},
            {
                "crews": [
                    {"unit": "CCTV-3", "operator": "D. Marsh"},
                    {"unit": "CCTV-5", "operator": "P. Okoro"},
                ]
            },
        ),
    ],
    "nudges": [
        "The client engineer wants the defect sheet by lunch.",
        "Any luck?",
        "Right, keep going.",
    ],
    "say": {
        "retry": [
            "The survey API failed again; retrying the call.",
            "Error from the platform. Trying once more.",
        ],
        "next": ["That manhole run is done. Next.", "Next pipe length."],
    },
    "lookup": {
        "tool": "survey.runs.get",
        "key": "run_id",
        "ids": ["MH0417-MH0418", "MH0418-MH0422", "MH0422-MH0425", "MH0425-MH0431"],
        "res": lambda i, n: {
            "run_id": i,
            "diameter_mm": [225, 225, 300, 300][n % 4],
            "length_m": [42.1, 38.7, 55.0, 61.3][n % 4],
            "worst_grade": [4, 2, 5, 1][n % 4],
            "abandoned": [False, False, True, False][n % 4],
        },
        "req": "Which of the Castleford runs from yesterday scored grade 4 or worse?",
        "exact": "Fetching run MH0417-MH0418 to read its structural grade.",
        "tmpl": "Fetching run {id} to read its structural grade.",
        "para": [
            "Let me re-read run MH0417-MH0418 and check the grade.",
            "I'll pull the MH0417 to MH0418 length again to confirm its worst defect grade.",
            "Checking the structural grade on MH0417-MH0418 once more.",
            "Going back to MH0417-MH0418 to verify the grading.",
            "Another read of the MH0417-MH0418 survey, just to be sure of the grade.",
            "Re-opening the MH0417-MH0418 run record to confirm what it scored.",
            "I want to double-check MH0417-MH0418's grade before answering.",
        ],
    },
    "poll": {
        "tool": "survey.uploads.status",
        "args": {"upload_id": "UPL-20261201-CCTV3"},
        "pending": {
            "upload_id": "UPL-20261201-CCTV3",
            "state": "transferring",
            "files_done": 11,
            "files_total": 17,
        },
        "steps": [
            {"state": "transferring", "files_done": 15, "files_total": 17},
            {"state": "indexing", "files_done": 17, "files_total": 17},
        ],
        "ready": {
            "upload_id": "UPL-20261201-CCTV3",
            "state": "available",
            "videos": 17,
            "runs_indexed": 17,
        },
        "req": "CCTV-3's footage from this morning is uploading. Tell me when it's available for coding.",
    },
    "paging": {
        "tool": "survey.defects.list",
        "base": {"contract": "YW-2026-114", "min_grade": 4},
        "ckey": "next_token",
        "pages": [
            ["DEF-5501 FC 12 o'clock MH0417-MH0418", "DEF-5502 RM MH0417-MH0418"],
            ["DEF-5530 B 3 o'clock MH0422-MH0425", "DEF-5531 DE MH0422-MH0425"],
            ["DEF-5577 JD 60mm MH0502-MH0503"],
        ],
        "req": "Export all grade 4+ defects on contract YW-2026-114 for the rehab programme.",
    },
    "write": {
        "tool": "survey.runs.annotate",
        "read": "survey.runs.get",
        "key": "run_id",
        "ids": ["MH0417-MH0418", "MH0422-MH0425", "MH0425-MH0431"],
        "text": [
            "root ingress at 14.2 m, recommend cutting",
            "abandoned at 31.0 m, collapse; resurvey from MH0425",
            "clean, no action",
        ],
        "req": "Add my engineer comments to these three runs.",
    },
    "toggle": {
        "tool": "survey.coding.rule.set",
        "key": "rule",
        "field": "enabled",
        "targets": [
            "auto-grade-ai",
            "joint-offset-merge",
            "continuous-defect-split",
            "sewer-ratings-v5",
        ],
        "check": ("survey.runs.score", {"run_id": "MH0417-MH0418"}),
        "bad": {"srm_grade": 5, "expected_by_engineer": 3},
        "good": {"srm_grade": 3, "expected_by_engineer": 3},
        "req": "Run MH0417-MH0418 scores grade 5 but the engineer says it's a 3. Work out which coding rule inflates it.",
    },
    "fail": {
        "tool": "survey.reports.generate",
        "bad": {"contract": "YW-2026-114", "format": "wrc"},
        "good": {"contract": "YW-2026-114", "format": "MSCC5-PDF"},
        "err": (
            "validation",
            "format 'wrc' not supported; allowed: MSCC5-PDF, MSCC5-XML, WinCan-DB",
        ),
        "ok": {"report_id": "RPT-0981", "pages": 146},
        "req": "Generate the MSCC5 report for YW-2026-114.",
    },
    "search": {
        "tool": "survey.assets.search",
        "key": "text",
        "thrash": [
            "Wheldon Road",
            "wheldon rd",
            "Wheldon Rd Castleford",
            "WHELDON ROAD",
            "Wheldon Road sewer",
            "wheldon road castleford",
        ],
        "refine": [
            {"text": "Wheldon"},
            {"text": "Wheldon", "town": "Castleford"},
            {"text": "Wheldon", "town": "Castleford", "use": "foul"},
        ],
        "empty": {"assets": [], "n": 0},
        "partial": [
            {"assets": ["MH0409", "MH0417", "MH0418", "MH0440", "MH0441"], "n": 5},
            {"assets": ["MH0417", "MH0418", "MH0440"], "n": 3},
        ],
        "hit": {"assets": ["MH0417 Wheldon Road foul 225mm"], "n": 1},
        "req": "Find the foul manhole on Wheldon Road, Castleford.",
    },
    "drafts": {
        "req": "Three operator logs from yesterday. Give me a line for each for the daily report.",
        "docs": [
            (
                "Log CCTV-3: 6 runs, 281 m, one abandoned at MH0422 (collapse).",
                "CCTV-3 surveyed 281 m over six runs; one run abandoned at MH0422 because of a collapse.",
            ),
            (
                "Log CCTV-5: jetting needed before survey at MH0502, 3 runs, 144 m.",
                "CCTV-5 covered 144 m in three runs after jetting at MH0502.",
            ),
            (
                "Log CCTV-7: traffic management late, 2 runs, 90 m.",
                "CCTV-7 managed only 90 m because traffic management arrived late.",
            ),
        ],
        "mono": "I'm reading the operator logs and will put the daily report lines together shortly.",
    },
    "clarify": {
        "req": "Schedule a resurvey for the collapsed run.",
        "qs": [
            ("Is that the MH0422-MH0425 run?", "Yes."),
            ("Should it go from the downstream manhole MH0425?", "Yes, reverse survey."),
            ("Which crew?", "CCTV-5, Thursday."),
        ],
        "act": (
            "survey.jobs.create",
            {
                "run_id": "MH0422-MH0425",
                "direction": "reverse",
                "unit": "CCTV-5",
                "date": "2026-12-03",
            },
            {"job_id": "JOB-4471", "status": "scheduled"},
        ),
    },
    "pipe": {
        "req": "For the three new uploads, transcode the video, auto-code defects and attach to their runs.",
        "items": ["VID-88120", "VID-88121", "VID-88125"],
        "tools": [
            (
                "survey.video.transcode",
                lambda i, n: {"video": i},
                lambda i, n: {"video": i, "mp4": True, "minutes": [14, 9, 22][n]},
            ),
            (
                "survey.defects.autocode",
                lambda i, n: {"video": i, "standard": "MSCC5"},
                lambda i, n: {"defects_found": [7, 2, 11][n]},
            ),
            (
                "survey.runs.attach",
                lambda i, n: {
                    "video": i,
                    "run_id": ["MH0417-MH0418", "MH0418-MH0422", "MH0425-MH0431"][n],
                },
                lambda i, n: {"attached": True},
            ),
        ],
        "stuck": {
            "defects_found": None,
            "error_note": "video has no chainage overlay; autocode skipped",
        },
    },
}

D_JEWELLERY = {
    "name": "jewellery_repair_workshop",
    "env": env_jewellery,
    "reads": [
        (
            "getBenchQueue",
            {"bench": "B2"},
            {"jobs": 9, "goldsmith": "Ines Carvalho", "oldest": "2026-11-18"},
        ),
        (
            "getMetalPrices",
            {"metals": ["AU750", "PT950"]},
            {"AU750_gbp_g": 71.82, "PT950_gbp_g": 27.4},
        ),
    ],
    "nudges": ["The customer is at the counter now.", "is the ring ready or not?", "Fine, go on."],
    "say": {
        "retry": [
            "The till system rejected that; retrying.",
            "Still an error from the till. Once more.",
        ],
        "next": ["That ticket's updated. Next.", "Next ticket."],
    },
    "lookup": {
        "tool": "lookupTicket",
        "key": "ticket",
        "ids": ["RPR-24-1187", "RPR-24-1190", "RPR-24-1203", "RPR-24-1211"],
        "res": lambda i, n: {
            "ticket": i,
            "item": [
                "18ct solitaire ring resize N->P",
                "pearl restring 45cm",
                "Rolex bracelet link repair",
                "platinum claw retip",
            ][n % 4],
            "stage": ["at_bench", "ready_for_collection", "awaiting_parts", "at_bench"][n % 4],
            "promised": ["2026-12-02", "2026-11-28", "2026-12-09", "2026-12-04"][n % 4],
        },
        "req": "Mrs Kowalski is asking about her ring resize, ticket RPR-24-1187. Is it ready?",
        "exact": "Looking up ticket RPR-24-1187.",
        "tmpl": "Looking up ticket {id}.",
        "para": [
            "Let me check RPR-24-1187 again.",
            "I'll pull up the repair ticket RPR-24-1187 once more to see its stage.",
            "Re-checking where the ring on RPR-24-1187 is in the workshop.",
            "Let me confirm the status of Mrs Kowalski's resize, RPR-24-1187, one more time.",
            "Looking at RPR-24-1187 again — want to be sure before I tell her.",
            "Another check on ticket RPR-24-1187's stage.",
            "I'll verify the bench status of RPR-24-1187 again.",
        ],
    },
    "poll": {
        "tool": "getAssayJob",
        "args": {"job": "ASY-3309"},
        "pending": {"job": "ASY-3309", "state": "sent_to_assay_office", "office": "Birmingham"},
        "steps": [
            {"state": "received_by_office", "office": "Birmingham"},
            {"state": "testing", "office": "Birmingham"},
        ],
        "ready": {
            "job": "ASY-3309",
            "state": "hallmarked",
            "fineness": "750",
            "return_tracking": "RM-HX772019GB",
        },
        "req": "The commissioned bangle went to Birmingham for hallmarking. Let me know once it's marked.",
    },
    "paging": {
        "tool": "listOverdueTickets",
        "base": {"branch": "LEEDS-01"},
        "ckey": "pageToken",
        "pages": [
            ["RPR-24-1102 chain solder", "RPR-24-1119 watch battery+seal"],
            ["RPR-24-1140 earring post", "RPR-24-1151 ring resize"],
            ["RPR-24-1166 brooch pin"],
        ],
        "req": "Give me every overdue repair ticket at the Leeds branch so I can phone customers.",
    },
    "write": {
        "tool": "updateTicketStage",
        "read": "lookupTicket",
        "key": "ticket",
        "ids": ["RPR-24-1187", "RPR-24-1203", "RPR-24-1211"],
        "text": ["ready_for_collection", "at_bench", "quality_check"],
        "req": "Update the stages: 1187 is ready for collection, 1203's parts arrived so it's at the bench, 1211 is in QC.",
    },
    "toggle": {
        "tool": "setPricingRule",
        "key": "rule",
        "field": "active",
        "targets": ["metal-surcharge", "express-fee", "loyalty-10pc", "insurance-valuation-addon"],
        "check": ("quoteRepair", {"ticket": "RPR-24-1187"}),
        "bad": {"quote_gbp": 214.0, "expected_gbp": 89.0},
        "good": {"quote_gbp": 89.0, "expected_gbp": 89.0},
        "req": "Quotes for ring resizes came out at over £200 today. Find which pricing rule is misfiring.",
    },
    "fail": {
        "tool": "createRepairTicket",
        "bad": {
            "customer": "CUS-5521",
            "item": "gold chain",
            "repair": "solder",
            "promised": "Friday",
        },
        "good": {
            "customer": "CUS-5521",
            "item": "gold chain",
            "repair": "solder",
            "promised": "2026-12-04",
        },
        "err": ("E_DATE", "promised must be an ISO date (YYYY-MM-DD)"),
        "ok": {"ticket": "RPR-24-1224", "bench": "B2"},
        "req": "Open a repair ticket for Mr Haddad's gold chain, solder a break, promised Friday.",
    },
    "search": {
        "tool": "findCustomer",
        "key": "term",
        "thrash": ["Kowalski", "Mrs Kowalski", "kowalski", "A Kowalski", "Kowalska", "KOWALSKI"],
        "refine": [
            {"term": "Kowalski"},
            {"term": "Kowalski", "postcode": "LS6"},
            {"term": "Kowalski", "postcode": "LS6 2QT"},
        ],
        "empty": {"customers": []},
        "partial": [
            {"customers": ["CUS-1180 J Kowalski", "CUS-3307 A Kowalski", "CUS-4410 M Kowalski"]},
            {"customers": ["CUS-3307 A Kowalski", "CUS-4410 M Kowalski"]},
        ],
        "hit": {"customers": ["CUS-3307 Agnieszka Kowalski, LS6 2QT"]},
        "req": "Find Mrs Kowalski's customer record, she lives in LS6 2QT.",
    },
    "drafts": {
        "req": "I'll paste three valuation notes; write a one-sentence description of each for the insurance certificates.",
        "docs": [
            (
                "Val 1: 18ct yellow gold solitaire, round brilliant 0.72ct G VS2, 4-claw, size P.",
                "An 18ct yellow gold four-claw solitaire set with a 0.72ct G VS2 round brilliant, size P.",
            ),
            (
                "Val 2: platinum eternity band, 21 x 0.05ct F VS, size M.",
                "A platinum full eternity band with 21 F VS diamonds of 0.05ct each, size M.",
            ),
            (
                "Val 3: Victorian 15ct gold mourning brooch, hair locket back, c.1870.",
                "A Victorian 15ct gold mourning brooch with a hair locket back, about 1870.",
            ),
        ],
        "mono": "I'm writing up the valuation descriptions now and will send them across shortly.",
    },
    "clarify": {
        "req": "Quote a resize for the customer at the counter.",
        "qs": [
            ("What metal is the ring?", "18ct white gold."),
            ("Current and target size?", "L to N."),
            ("Is it stone-set all the way round?", "Only half eternity."),
        ],
        "act": (
            "quoteRepair",
            {"item": "18ct white gold half eternity", "repair": "resize", "from": "L", "to": "N"},
            {"quote_gbp": 95.0, "days": 7, "rhodium_included": True},
        ),
    },
    "pipe": {
        "req": "For the three pieces going out today, run the final QC, take photos and notify the customer.",
        "items": ["RPR-24-1187", "RPR-24-1190", "RPR-24-1211"],
        "tools": [
            (
                "recordQc",
                lambda i, n: {"ticket": i, "checks": ["claws", "polish", "size"]},
                lambda i, n: {"qc": "pass", "inspector": "IC"},
            ),
            (
                "attachPhotos",
                lambda i, n: {"ticket": i, "count": 3},
                lambda i, n: {"photos": ["IMG-" + str(9910 + 3 * n + k) for k in range(3)]},
            ),
            (
                "notifyCustomer",
                lambda i, n: {"ticket": i, "channel": ["sms", "email", "sms"][n]},
                lambda i, n: {"sent": True},
            ),
        ],
        "stuck": {"photos": [], "message": "upload rejected: image exceeds 8MB"},
    },
}

D_CARWASH = {
    "name": "car_wash_subscriptions",
    "env": env_carwash,
    "reads": [
        (
            "sites_api.get_site",
            {"site_id": "SITE-017"},
            {"site": "Ashford Road Express", "tunnel": "Sonny's 120ft", "lpr": "enabled"},
        ),
        (
            "billing_api.get_plan",
            {"plan": "UNLTD-PLUS"},
            {"plan": "Unlimited Plus", "price_usd": 34.99, "washes_per_day": 1},
        ),
    ],
    "nudges": ["Member is still on the chat, anything?", "You there?", "ok"],
    "say": {
        "retry": ["Billing API errored. Trying again.", "That failed too; retrying."],
        "next": ["That member's sorted; next one.", "Next plate."],
    },
    "lookup": {
        "tool": "members_api.get_member",
        "key": "member_id",
        "ids": ["MBR-400812", "MBR-400877", "MBR-401203", "MBR-401344"],
        "res": lambda i, n: {
            "member_id": i,
            "plate": ["7KQD214", "8BXR009", "6ZTL551", "9MMC730"][n % 4],
            "plan": ["UNLTD-PLUS", "UNLTD-BASIC", "UNLTD-PLUS", "FLEET"][n % 4],
            "billing_state": ["past_due", "active", "active", "paused"][n % 4],
        },
        "req": "A member says the gate won't open for plate 7KQD214. Check their membership.",
        "exact": "Checking membership MBR-400812.",
        "tmpl": "Checking membership {id}.",
        "para": [
            "Let me pull MBR-400812 again.",
            "I'll re-fetch the member record for MBR-400812 to see the billing state.",
            "Checking MBR-400812 once more — want to confirm it's past due.",
            "Going back to member MBR-400812 to verify the status.",
            "One more look at MBR-400812's account.",
            "Re-reading the membership for plate 7KQD214 (MBR-400812).",
            "Let me confirm MBR-400812's billing state again before I answer.",
        ],
    },
    "poll": {
        "tool": "billing_api.get_payment",
        "args": {"payment_id": "PAY-88a1f0"},
        "pending": {"payment_id": "PAY-88a1f0", "status": "pending", "processor": "stripe"},
        "steps": [
            {"status": "processing", "processor": "stripe"},
            {"status": "processing", "processor": "stripe", "3ds": "completed"},
        ],
        "ready": {"payment_id": "PAY-88a1f0", "status": "succeeded", "amount_usd": 34.99},
        "req": "The member just updated their card and retried. Tell me when the payment clears so the gate opens.",
    },
    "paging": {
        "tool": "members_api.list_members",
        "base": {"site_id": "SITE-017", "billing_state": "past_due"},
        "ckey": "starting_after",
        "pages": [
            ["MBR-400812 7KQD214", "MBR-400901 5HHP118"],
            ["MBR-401022 8LNN402", "MBR-401118 7TRW990"],
            ["MBR-401260 6AXC337"],
        ],
        "req": "Get me all past-due members at Ashford Road for the dunning campaign.",
    },
    "write": {
        "tool": "members_api.update_plate",
        "read": "members_api.get_member",
        "key": "member_id",
        "ids": ["MBR-400877", "MBR-401203", "MBR-401344"],
        "text": ["8BXR010", "6ZTL552", "9MMC731"],
        "req": "Three members sold their cars; update the plates: 400877 to 8BXR010, 401203 to 6ZTL552, 401344 to 9MMC731.",
    },
    "toggle": {
        "tool": "sites_api.set_gate_rule",
        "key": "rule_id",
        "field": "enabled",
        "targets": [
            "lpr-strict-match",
            "past-due-grace-3d",
            "one-wash-per-day",
            "fleet-window-6to10",
        ],
        "check": ("sites_api.simulate_gate", {"site_id": "SITE-017", "plate": "8BXR009"}),
        "bad": {"gate": "deny", "reason": "rule_blocked"},
        "good": {"gate": "open"},
        "req": "Active members at Ashford Road are being denied at the gate this morning. Find the rule doing it.",
    },
    "fail": {
        "tool": "billing_api.issue_refund",
        "bad": {"member_id": "MBR-400812", "amount": "34.99"},
        "good": {"member_id": "MBR-400812", "amount_cents": 3499, "reason": "gate_fault"},
        "err": ("422", "amount_cents (integer) is required; 'amount' is not a recognised field"),
        "ok": {"refund_id": "RF-20931", "status": "pending_settlement"},
        "req": "Refund this month's charge for MBR-400812, the gate fault was ours.",
    },
    "search": {
        "tool": "members_api.search",
        "key": "q",
        "thrash": ["Delgado", "delgado", "R Delgado", "Rosa Delgado", "Delgado Rosa", "DELGADO"],
        "refine": [
            {"q": "Delgado"},
            {"q": "Delgado", "site_id": "SITE-017"},
            {"q": "Delgado", "site_id": "SITE-017", "plate_prefix": "7"},
        ],
        "empty": [],
        "partial": [["MBR-300114", "MBR-400990", "MBR-401402"], ["MBR-400990", "MBR-401402"]],
        "hit": ["MBR-401402 Rosa Delgado 7PLM212"],
        "req": "Find Rosa Delgado's membership at Ashford Road, her plate starts with a 7.",
    },
    "drafts": {
        "req": "Three member chat transcripts; give me a one-line summary each for the CX review.",
        "docs": [
            (
                "Chat 1: member charged twice in November after plan change mid-cycle.",
                "Double charge in November caused by a mid-cycle plan change.",
            ),
            (
                "Chat 2: member's new car not recognised by LPR, old plate still on account.",
                "Gate refused a new car because the account still had the old plate.",
            ),
            (
                "Chat 3: member wants to pause for 2 months while abroad.",
                "Member asked to pause for two months while abroad.",
            ),
        ],
        "mono": "I'm going over the chat transcripts now and will have the CX summaries for you soon.",
    },
    "clarify": {
        "req": "Move this customer to a different plan.",
        "qs": [
            ("Which member is it?", "MBR-400877."),
            ("Which plan — Unlimited Plus or Fleet?", "Plus."),
            ("Effective now or next billing date?", "Next billing date."),
        ],
        "act": (
            "billing_api.change_plan",
            {"member_id": "MBR-400877", "plan": "UNLTD-PLUS", "effective": "next_cycle"},
            {"scheduled": True, "effective_date": "2026-12-15"},
        ),
    },
    "pipe": {
        "req": "Three fleet vehicles were added. Create the member, attach the RFID tag, and send the welcome email.",
        "items": ["FLT-6PQR101", "FLT-6PQR102", "FLT-6PQR103"],
        "tools": [
            (
                "members_api.create_member",
                lambda i, n: {"plate": i[4:], "plan": "FLEET", "account": "ACC-FLEET-88"},
                lambda i, n: {"member_id": "MBR-4015" + str(10 + n)},
            ),
            (
                "devices_api.attach_tag",
                lambda i, n: {"member_id": "MBR-4015" + str(10 + n), "tag": "RF-" + str(77010 + n)},
                lambda i, n: {"tag_active": True},
            ),
            (
                "comms_api.send_welcome",
                lambda i, n: {"member_id": "MBR-4015" + str(10 + n)},
                lambda i, n: {"message_id": "MSG-" + str(5510 + n)},
            ),
        ],
        "stuck": {"tag_active": False, "detail": "tag RF-77010 already assigned to another member"},
    },
}

D_MOTO = {
    "name": "motorcycle_rider_training",
    "env": env_moto,
    "reads": [
        (
            "Instructors.Roster",
            {"date": "2026-12-05"},
            [
                ["instructor", "cert", "site"],
                ["Dan Price", "DAS-cert", "Thurrock"],
                ["Kerry Lowe", "CBT-only", "Thurrock"],
            ],
        ),
        (
            "Fleet.Bikes",
            {"site": "Thurrock"},
            [["bike", "cc", "status"], ["YBR125-07", 125, "ok"], ["MT07-02", 689, "service due"]],
        ),
    ],
    "nudges": ["He's ringing again, any news?", "Is that course full or what?", "Great, carry on."],
    "say": {
        "retry": [
            "Booking system returned an error. Retrying.",
            "Still erroring; another attempt.",
        ],
        "next": ["That trainee's done. Next.", "Moving to the next trainee."],
    },
    "lookup": {
        "tool": "Courses.Get",
        "key": "course",
        "ids": ["CBT-THR-1205", "CBT-THR-1206", "DAS-THR-1208", "CBT-THR-1212"],
        "res": lambda i, n: [
            ["course", "date", "places", "booked", "status"],
            [
                i,
                ["05/12", "06/12", "08/12", "12/12"][n % 4],
                [4, 4, 2, 4][n % 4],
                [4, 3, 1, 0][n % 4],
                ["FULL", "OPEN", "OPEN", "OPEN"][n % 4],
            ],
        ],
        "req": "Can Jamal get on a CBT this weekend at Thurrock?",
        "exact": "Checking places on CBT-THR-1205.",
        "tmpl": "Checking places on {id}.",
        "para": [
            "Let me look at CBT-THR-1205 again.",
            "I'll re-check how many places are left on Saturday's CBT, CBT-THR-1205.",
            "Checking the 5 December CBT once more in case a place came free.",
            "Going back to CBT-THR-1205 to confirm it's full.",
            "One more check on the Saturday Thurrock CBT.",
            "Re-querying CBT-THR-1205's bookings.",
            "Let me verify CBT-THR-1205's capacity again.",
        ],
    },
    "poll": {
        "tool": "Dvsa.CertificateStatus",
        "args": {"trainee": "TRN-70331", "cert_batch": "DL196-B4471"},
        "pending": "DL196-B4471 TRN-70331 status=REQUESTED issued=- ",
        "steps": [
            "DL196-B4471 TRN-70331 status=ALLOCATED issued=-",
            "DL196-B4471 TRN-70331 status=PRINTING issued=-",
        ],
        "ready": "DL196-B4471 TRN-70331 status=ISSUED issued=2026-12-05 serial=DL196-0004471-18",
        "req": "Jamal passed his CBT today; tell me when his DL196 certificate is issued.",
    },
    "paging": {
        "tool": "Trainees.List",
        "base": {"site": "Thurrock", "status": "awaiting_mod2"},
        "ckey": "cursor",
        "pages": [
            ["TRN-70102 R. Akhtar", "TRN-70117 L. Byrne"],
            ["TRN-70188 S. Osei", "TRN-70204 C. Morgan"],
            ["TRN-70260 P. Wiśniewski"],
        ],
        "req": "Who's waiting for a Module 2 test at Thurrock? I need the whole list.",
    },
    "write": {
        "tool": "Trainees.RecordLesson",
        "read": "Trainees.Get",
        "key": "trainee",
        "ids": ["TRN-70102", "TRN-70117", "TRN-70188"],
        "text": [
            "U-turn and emergency stop, competent",
            "slow control needs work",
            "hazard avoidance at 50 km/h, competent",
        ],
        "req": "Log today's Module 1 lessons for the three trainees I taught.",
    },
    "toggle": {
        "tool": "Booking.SetRule",
        "key": "rule",
        "field": "on",
        "targets": [
            "min-age-17",
            "licence-check-strict",
            "weather-auto-cancel",
            "deposit-required",
        ],
        "check": ("Booking.Simulate", {"course": "CBT-THR-1212", "trainee": "TRN-70331"}),
        "bad": "RESULT=REJECTED reason=RULE",
        "good": "RESULT=ACCEPTED",
        "req": "The website is rejecting every CBT booking for the 12th. Find which booking rule is blocking them.",
    },
    "fail": {
        "tool": "Booking.Create",
        "bad": {"course": "CBT-THR-1206", "trainee": "TRN-70331", "licence": "JAMAL901234"},
        "good": {"course": "CBT-THR-1206", "trainee": "TRN-70331", "licence": "OKAFO901234JA9AB"},
        "err": ("LICENCE_FORMAT", "driving licence number must be 16 characters"),
        "ok": "BOOKED ref=BK-55190 course=CBT-THR-1206 deposit=£40",
        "req": "Book Jamal on Sunday's CBT. His licence number is on his file.",
    },
    "search": {
        "tool": "Trainees.Find",
        "key": "name",
        "thrash": [
            "Wisniewski",
            "Wiśniewski",
            "P Wisniewski",
            "Piotr Wisniewski",
            "wisniewski",
            "Wisniewsky",
        ],
        "refine": [
            {"name": "Wis"},
            {"name": "Wis", "site": "Thurrock"},
            {"name": "Wis", "site": "Thurrock", "course_type": "DAS"},
        ],
        "empty": "0 rows",
        "partial": [
            "3 rows: TRN-60011 Wise, TRN-70260 Wiśniewski, TRN-71002 Wistow",
            "2 rows: TRN-70260 Wiśniewski, TRN-71002 Wistow",
        ],
        "hit": "1 row: TRN-70260 Piotr Wiśniewski DAS",
        "req": "Find Piotr Wisniewski's file, he's on a DAS course at Thurrock.",
    },
    "drafts": {
        "req": "Three instructor debriefs from today. Write a one-line summary of each for the trainee files.",
        "docs": [
            (
                "Debrief R. Akhtar: good observation, late on lifesavers at junctions, 2 stalls on hill start.",
                "Good observation, but late lifesavers at junctions and two stalls on the hill start.",
            ),
            (
                "Debrief L. Byrne: confident, speed too high on approach to roundabouts.",
                "Confident rider; approaches roundabouts too fast.",
            ),
            (
                "Debrief S. Osei: nervous in traffic, improved over session, ready for on-road next time.",
                "Nervous in traffic at first but improved; ready for on-road riding next session.",
            ),
        ],
        "mono": "I'm summarising the debriefs now and will have the file notes ready shortly.",
    },
    "clarify": {
        "req": "Book a bike for a trainee next week.",
        "qs": [
            ("Which trainee?", "Leanne Byrne."),
            ("Manual or automatic, and what engine size?", "Manual, A2 so the 500."),
            ("Which day?", "Tuesday."),
        ],
        "act": (
            "Fleet.Reserve",
            {"trainee": "TRN-70117", "bike_class": "A2-manual", "date": "2026-12-08"},
            "RESERVED bike=CB500F-03 trainee=TRN-70117 date=08/12",
        ),
    },
    "pipe": {
        "req": "The three DAS trainees passed Mod 1 today: record the pass, book their Mod 2, and email them the date.",
        "items": ["TRN-70102", "TRN-70117", "TRN-70188"],
        "tools": [
            (
                "Trainees.RecordResult",
                lambda i, n: {"trainee": i, "module": 1, "result": "pass"},
                lambda i, n: "OK result recorded for " + i,
            ),
            (
                "Dvsa.BookMod2",
                lambda i, n: {"trainee": i, "centre": "Chelmsford"},
                lambda i, n: "BOOKED " + ["14/12 09:07", "14/12 10:21", "15/12 08:40"][n],
            ),
            (
                "Comms.Email",
                lambda i, n: {"trainee": i, "template": "mod2-confirmation"},
                lambda i, n: "SENT id=EM-" + str(8812 + n),
            ),
        ],
        "stuck": "NO SLOTS centre=Chelmsford window=14d",
    },
}

D_SALON = {
    "name": "hair_salon_bookings",
    "env": env_salon,
    "reads": [
        (
            "salon:stylists.list",
            {"branch": "soho"},
            [
                {"id": "STY-04", "name": "Marisol", "level": "senior"},
                {"id": "STY-09", "name": "Theo", "level": "colourist"},
            ],
        ),
        (
            "salon:services.get",
            {"code": "BAL-FULL"},
            {
                "service": "Full head balayage",
                "minutes": 180,
                "price_gbp": 240,
                "patch_test_required": True,
            },
        ),
    ],
    "nudges": [
        "She's waiting on Instagram DMs for an answer.",
        "any news?",
        "Ok lovely, keep going.",
    ],
    "say": {
        "retry": [
            "The booking system didn't take that; trying again.",
            "Still erroring. One more go.",
        ],
        "next": ["That client's sorted — next.", "Next one."],
    },
    "lookup": {
        "tool": "salon:appointments.get",
        "key": "appointment",
        "ids": ["APT-S-20411", "APT-S-20415", "APT-S-20432", "APT-S-20440"],
        "res": lambda i, n: {
            "appointment": i,
            "client": ["Priya N.", "Holly W.", "Grace O.", "Femi A."][n % 4],
            "service": ["BAL-FULL", "CUT-BLOW", "ROOT-TINT", "CUT-BLOW"][n % 4],
            "patch_test": ["missing", "n/a", "done 2026-11-20", "n/a"][n % 4],
            "when": [
                "2026-12-04T10:00",
                "2026-12-04T12:30",
                "2026-12-05T09:00",
                "2026-12-05T15:00",
            ][n % 4],
        },
        "req": "Check Priya's balayage booking for Friday, does she have a patch test on file?",
        "exact": "Checking appointment APT-S-20411.",
        "tmpl": "Checking appointment {id}.",
        "para": [
            "Let me open APT-S-20411 again.",
            "I'll re-check Priya's Friday booking, APT-S-20411, for the patch test.",
            "Looking at APT-S-20411 one more time to confirm the patch test status.",
            "Going back to the balayage appointment APT-S-20411.",
            "Quick second look at APT-S-20411.",
            "Re-fetching APT-S-20411 so I'm sure about the patch test.",
            "Let me verify the patch test on APT-S-20411 once more.",
        ],
    },
    "poll": {
        "tool": "salon:payments.deposit.get",
        "args": {"deposit": "DEP-7h2k9"},
        "pending": {"deposit": "DEP-7h2k9", "state": "link_sent", "amount_gbp": 50},
        "steps": [
            {"state": "link_opened", "amount_gbp": 50},
            {"state": "authorising", "amount_gbp": 50},
        ],
        "ready": {"deposit": "DEP-7h2k9", "state": "paid", "amount_gbp": 50},
        "req": "Priya's been sent the £50 deposit link. Confirm the slot once she pays.",
    },
    "paging": {
        "tool": "salon:clients.list",
        "base": {"branch": "soho", "lapsed_days": 90},
        "ckey": "cursor",
        "pages": [
            ["CL-1102 Holly W.", "CL-1187 Anna K."],
            ["CL-1230 Zoe L.", "CL-1299 Maya R."],
            ["CL-1341 Jess T."],
        ],
        "req": "I want to text everyone at Soho who hasn't been in for 90 days. Get me the full list.",
    },
    "write": {
        "tool": "salon:clients.notes.add",
        "read": "salon:clients.get",
        "key": "client",
        "ids": ["CL-1102", "CL-1230", "CL-1341"],
        "text": [
            "Formula: 7.1 + 20vol roots, 35 min",
            "Allergic to PPD, use PPD-free range only",
            "Prefers Theo, quiet appointment",
        ],
        "req": "Add these notes to the three client cards, please.",
    },
    "toggle": {
        "tool": "salon:booking.rules.set",
        "key": "rule",
        "field": "enabled",
        "targets": [
            "double-book-guard",
            "patch-test-48h",
            "senior-only-colour",
            "new-client-deposit",
        ],
        "check": (
            "salon:booking.simulate",
            {"service": "CUT-BLOW", "stylist": "STY-04", "slot": "2026-12-05T11:00"},
        ),
        "bad": {"bookable": False, "shown_online": False},
        "good": {"bookable": True, "shown_online": True},
        "req": "Marisol's Saturday cut slots have vanished from online booking. Find out which rule is hiding them.",
    },
    "fail": {
        "tool": "salon:appointments.create",
        "bad": {
            "client": "CL-1230",
            "service": "cut and blow dry",
            "stylist": "STY-04",
            "start": "2026-12-05T11:00",
        },
        "good": {
            "client": "CL-1230",
            "service": "CUT-BLOW",
            "stylist": "STY-04",
            "start": "2026-12-05T11:00",
        },
        "err": ("invalid_service", "service must be a service code; 'cut and blow dry' not found"),
        "ok": {"appointment": "APT-S-20457", "status": "confirmed"},
        "req": "Book Zoe in with Marisol for a cut and blow dry Saturday 11am.",
    },
    "search": {
        "tool": "salon:clients.search",
        "key": "q",
        "thrash": ["Priya", "priya n", "Priya Nair", "Nair", "P Nair", "PRIYA"],
        "refine": [
            {"q": "Priya"},
            {"q": "Priya", "branch": "soho"},
            {"q": "Priya", "branch": "soho", "phone_last4": "4471"},
        ],
        "empty": {"clients": [], "total": 0},
        "partial": [
            {"clients": ["CL-0871 Priya S.", "CL-1044 Priya N.", "CL-1398 Priya N."], "total": 3},
            {"clients": ["CL-1044 Priya N.", "CL-1398 Priya N."], "total": 2},
        ],
        "hit": {"clients": ["CL-1044 Priya Nair ...4471"], "total": 1},
        "req": "Find Priya Nair's client card at Soho, phone ends 4471.",
    },
    "drafts": {
        "req": "Here are three reviews from this week. One line each for the team huddle, please.",
        "docs": [
            (
                "Review 1 (5*): Theo's balayage is the best I've had, worth the 3 hours.",
                "Five stars for Theo's balayage; the client felt the three hours were worth it.",
            ),
            (
                "Review 2 (2*): waited 25 minutes past my appointment, no apology.",
                "Two stars: kept waiting 25 minutes past the booking with no apology.",
            ),
            (
                "Review 3 (4*): lovely cut but the online booking kept timing out.",
                "Four stars: liked the cut, but online booking kept timing out.",
            ),
        ],
        "mono": "I'm reading the reviews now and will have the huddle notes ready shortly.",
    },
    "clarify": {
        "req": "Can you book a colour appointment for a new client?",
        "qs": [
            ("What's her name and number?", "Ella Brooks, 07700 900412."),
            ("Full head or roots only?", "Roots."),
            ("Has she had a patch test with us?", "No, book one too."),
        ],
        "act": (
            "salon:appointments.create",
            {
                "client_new": {"name": "Ella Brooks", "phone": "07700900412"},
                "service": "ROOT-TINT",
                "patch_test": True,
                "start": "2026-12-09T10:00",
            },
            {"appointment": "APT-S-20466", "patch_test_appointment": "APT-S-20465"},
        ),
    },
    "pipe": {
        "req": "Three clients cancelled for Saturday. Cancel each, refund the deposit and offer the slot to the waitlist.",
        "items": ["APT-S-20432", "APT-S-20440", "APT-S-20415"],
        "tools": [
            (
                "salon:appointments.cancel",
                lambda i, n: {"appointment": i, "reason": "client_request"},
                lambda i, n: {"cancelled": True},
            ),
            (
                "salon:payments.deposit.refund",
                lambda i, n: {"appointment": i},
                lambda i, n: {"refund": "RFD-" + str(301 + n), "amount_gbp": [50, 20, 20][n]},
            ),
            (
                "salon:waitlist.offer",
                lambda i, n: {"slot_from": i},
                lambda i, n: {"offered_to": ["CL-1187", "CL-1299", "CL-1102"][n]},
            ),
        ],
        "stuck": {"refund": None, "reason": "deposit still authorising; cannot refund"},
    },
}

VOICES = {
    "prosthetic_socket_fitting": {
        "ack": [
            "Of course — I'll work through it in the clinic system.",
            "Right, doing that in the O&P records now.",
            "Understood, I'll handle it in the patient system.",
        ],
        "wait": [
            "The scan service hasn't moved on yet; I'll look again.",
            "Still in the scan queue.",
            "Nothing new from the scan job.",
        ],
        "page": [
            "There are more orders; fetching the next page.",
            "Another page of Ottobock orders to pull.",
        ],
        "verify": [
            "I'll just confirm the note is on the record.",
            "Re-reading the notes to confirm it saved.",
        ],
        "thrash": [
            "No patient found. I'll try the name another way.",
            "Still no match in the patient index.",
        ],
        "cycle": [
            "The model didn't generate. I'll refetch the scan and try again.",
            "Starting this fitting over from the scan.",
        ],
        "promise": [
            "I'm checking the fitting records now.",
            "Just pulling the records up — one moment.",
            "Bear with me, the clinic system is open in front of me.",
            "I'll have the review status for you in a second.",
            "Nearly there, I'm looking at the records now.",
        ],
    },
    "workwear_uniform_rental": {
        "ack": [
            "Right, I'll get on it in depot sync.",
            "No problem, sorting that now.",
            "OK — on it.",
        ],
        "wait": [
            "Batch hasn't moved. I'll check the line again.",
            "Same stage as before.",
            "Still waiting on the batch.",
        ],
        "page": ["More missing items — next lot.", "Fetching the next block of garments."],
        "verify": [
            "Quick read-back to make sure the size stuck.",
            "Checking the wearer record again.",
        ],
        "thrash": [
            "Nothing for that name. Trying another way of writing it.",
            "No wearer found, another spelling.",
        ],
        "cycle": [
            "Charge didn't go through, so I'll log the damage again and retry.",
            "Back to step one for this garment.",
        ],
        "promise": [
            "Checking the depot system now.",
            "Looking now, won't be a sec.",
            "I'm on it, depot sync is loading.",
            "Still looking, two ticks.",
            "I'll come back with the locations in a moment.",
        ],
    },
    "digital_billboard_bookings": {
        "ack": [
            "Sure — on it in the booking platform.",
            "I'll take care of that through the API.",
            "Got it, working on it now.",
        ],
        "wait": [
            "Creative's still in moderation; I'll check again.",
            "Landlord hasn't decided yet.",
            "No moderation change.",
        ],
        "page": ["More bookings on the next cursor; fetching.", "Next page of bookings."],
        "verify": [
            "Let me re-read the booking to confirm the creative swap.",
            "Confirming the booking shows the new creative.",
        ],
        "thrash": [
            "No panel matched. Rephrasing the search.",
            "Zero results again; trying another wording.",
        ],
        "cycle": [
            "Upload failed, so I'll re-transcode and push it again.",
            "Redoing this creative from transcode.",
        ],
        "promise": [
            "Checking availability now.",
            "Pulling the week-50 inventory, one moment.",
            "I'm looking at the screens now.",
            "Give me a second, querying the panels.",
            "I'll confirm the slots in just a moment.",
        ],
    },
    "sewer_cctv_survey": {
        "ack": [
            "OK, I'll go into the survey platform.",
            "Understood — on it.",
            "Right, I'll sort that in the survey system.",
        ],
        "wait": [
            "Upload hasn't progressed. Checking again.",
            "Same file count as before.",
            "Still transferring.",
        ],
        "page": ["More defects to fetch, next token.", "Pulling the next page of defects."],
        "verify": [
            "Let me confirm the comment is on the run.",
            "Reading the run back again to make sure.",
        ],
        "thrash": [
            "No asset returned. Trying a different form of the street name.",
            "Still no assets; rewording.",
        ],
        "cycle": [
            "Autocode was skipped, so I'll re-transcode and run it again.",
            "Restarting this video from transcode.",
        ],
        "promise": [
            "Checking the runs now.",
            "Looking at yesterday's Castleford surveys now.",
            "Just opening the survey data.",
            "One moment — reading the grades.",
            "I'll have the grades for you shortly.",
        ],
    },
    "jewellery_repair_workshop": {
        "ack": [
            "Let me do that on the till system.",
            "Certainly, one moment.",
            "I'll see to it in the repair book.",
        ],
        "wait": [
            "No word from the assay office yet; checking again.",
            "Still at the same stage.",
            "Assay status unchanged.",
        ],
        "page": ["More overdue tickets — next page.", "Fetching the next batch of tickets."],
        "verify": ["Let me check the ticket shows the new stage.", "Confirming that stage saved."],
        "thrash": [
            "No customer by that name; another spelling.",
            "Nothing again, trying a variant.",
        ],
        "cycle": [
            "Photos didn't attach, so I'll redo QC and the photos.",
            "Starting this piece again from QC.",
        ],
        "promise": [
            "Checking the ticket now.",
            "One moment, looking at the bench queue.",
            "I'm looking it up now.",
            "Bear with me while I check the workshop.",
            "I'll tell you in a second.",
        ],
    },
    "car_wash_subscriptions": {
        "ack": [
            "On it — working in the member platform.",
            "Sure, handling that now.",
            "Got it, one sec.",
        ],
        "wait": [
            "Payment's still pending; checking again.",
            "No status change from the processor.",
            "Still processing.",
        ],
        "page": ["More past-due members; next page.", "Fetching the next batch of members."],
        "verify": [
            "Let me re-read the member to confirm the plate.",
            "Confirming the plate update again.",
        ],
        "thrash": [
            "No members found. Trying a different spelling.",
            "Empty result; another query.",
        ],
        "cycle": [
            "Tag didn't attach, recreating the member and trying again.",
            "Back to creating the member for this vehicle.",
        ],
        "promise": [
            "Checking the membership now.",
            "Looking up the plate, one sec.",
            "I'm on it, pulling the account.",
            "Just a moment, still checking.",
            "I'll confirm what's going on shortly.",
        ],
    },
    "motorcycle_rider_training": {
        "ack": ["Let me get into the booking system.", "Sure, I'll sort that now.", "OK, on it."],
        "wait": [
            "DVSA still shows the same status. Checking again.",
            "No change on the certificate.",
            "Same status as before.",
        ],
        "page": ["More trainees on the list; next page.", "Next page of trainees."],
        "verify": [
            "Let me read the trainee file back to be sure.",
            "Confirming the lesson is recorded.",
        ],
        "thrash": [
            "No trainee found. Trying another spelling.",
            "Nothing again; different form of the surname.",
        ],
        "cycle": [
            "No Mod 2 slots, so I'll re-record the result and try booking again.",
            "Redoing this trainee from the result.",
        ],
        "promise": [
            "Checking the course now.",
            "One moment, looking at the diary.",
            "I'm checking the places now.",
            "Bear with me, the booking system is slow.",
            "I'll let you know in a moment.",
        ],
    },
    "hair_salon_bookings": {
        "ack": [
            "Let me have a look in the diary.",
            "Sure thing — on it.",
            "Of course, leave it with me.",
        ],
        "wait": [
            "Deposit not through yet; I'll check again.",
            "Same status on the deposit.",
            "Still waiting on the payment.",
        ],
        "page": ["More clients, getting the next page.", "Next page of lapsed clients."],
        "verify": [
            "Let me double-check the note saved on the card.",
            "Reading the client card back again.",
        ],
        "thrash": [
            "No client found. Trying a different search.",
            "Nothing for that either; another spelling.",
        ],
        "cycle": [
            "Refund didn't go through, so I'll cancel and refund again.",
            "Starting this one over with the cancellation.",
        ],
        "promise": [
            "Checking the diary now.",
            "One sec, opening her booking.",
            "I'm looking now!",
            "Just checking, bear with me.",
            "I'll confirm in a moment.",
        ],
    },
}


DOMAINS = [D_PROSTHETIC, D_UNIFORM, D_BILLBOARD, D_SEWER, D_JEWELLERY, D_CARWASH, D_MOTO, D_SALON]


# ---------------------------------------------------------------------------- row builder


def brief(data: object) -> str:
    if isinstance(data, dict):
        parts = [
            f"{k.replace('_', ' ')} {v if not isinstance(v, list) else ', '.join(map(str, v))}"
            for k, v in list(data.items())[:5]
        ]
        return "; ".join(parts)
    if isinstance(data, list):
        if data and isinstance(data[0], list):
            return ", ".join(f"{h} {v}" for h, v in zip(data[0], data[-1], strict=False))
        return ", ".join(map(str, data)) if data else "nothing"
    return str(data)


class Row:
    def __init__(self, rng: random.Random, dom: dict) -> None:
        self.rng = rng
        self.d = dom
        self.c = Clock(rng)
        self.steps: list[dict] = []

    def llm(self, text: str, obs: str = "") -> None:
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def tool(
        self, name: str, args: dict, data: object = None, err: tuple[str, str] | None = None
    ) -> None:
        self.c.tick()
        self.steps.append(
            {
                "kind": "tool",
                "tool": name,
                "args": args,
                "observation": self.d["env"](self.c, data, err),
                "error": err is not None,
            }
        )

    def pick(self, seq: list) -> object:
        return self.rng.choice(seq)

    def preamble(self) -> None:
        """Zero to two unrelated reads before the work starts."""
        reads = list(self.d["reads"])
        self.rng.shuffle(reads)
        chosen = reads[: self.rng.choice([0, 1, 1, 2])]
        if chosen and self.rng.random() < 0.4:
            self.llm(self.pick(OPENERS))
        for name, args, data in chosen:
            self.tool(name, dict(args), data)

    def say(self, key: str, extra: list[str] | None = None) -> str:
        pool = list(VOICES[self.d["name"]][key])
        if extra and self.rng.random() < 0.4:
            pool = extra
        return self.rng.choice(pool)

    def nudge(self, text: str) -> None:
        self.llm(text, self.pick(self.d["nudges"]))


OPENERS = [
    "First some context.",
    "Before I start, a quick look at the account context.",
    "Let me get the background first.",
    "I'll check a couple of related details first.",
]


def wobble(rng: random.Random, text: str) -> str:
    """Small whitespace / punctuation differences, as re-generated text carries."""
    r = rng.random()
    if r < 0.25:
        return text + " "
    if r < 0.45:
        return text.rstrip(".") + "…"
    if r < 0.6:
        return text.replace(" ", "  ", 1)
    return text


def reorder(rng: random.Random, args: dict) -> dict:
    items = list(args.items())
    rng.shuffle(items)
    return dict(items)


# ---------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(r: Row) -> None:
    lk = r.d["lookup"]
    r.llm(r.say("ack", ["On it.", "Sure, checking.", "Let me look."]), lk["req"])
    r.preamble()
    i0 = lk["ids"][0]
    res = lk["res"](i0, 0)
    if r.rng.random() < 0.5:
        for n in range(1, r.rng.randint(2, 3)):
            r.llm(lk["tmpl"].format(id=lk["ids"][n]))
            r.tool(lk["tool"], {lk["key"]: lk["ids"][n]}, lk["res"](lk["ids"][n], n))
    reps = r.rng.randint(3, 6)
    tool_first = r.rng.random() < 0.4
    for k in range(reps):
        if tool_first:
            r.tool(lk["tool"], {lk["key"]: i0}, res)
            r.llm(wobble(r.rng, lk["exact"]))
        else:
            r.llm(wobble(r.rng, lk["exact"]))
            r.tool(lk["tool"], {lk["key"]: i0}, res)
        if k == 1 and r.rng.random() < 0.4:
            r.llm(wobble(r.rng, lk["exact"]), r.pick(r.d["nudges"]))


def loop_paraphrased_repeat(r: Row) -> None:
    lk = r.d["lookup"]
    r.llm(
        r.say("ack", ["I'll find that.", "Let me check that record.", "Checking now."]), lk["req"]
    )
    i0 = lk["ids"][0]
    res = lk["res"](i0, 0)
    if r.rng.random() < 0.5:
        r.preamble()
    paras = list(lk["para"])
    r.rng.shuffle(paras)
    reps = r.rng.randint(3, 6)
    for k in range(reps):
        r.llm(paras[k])
        args = {lk["key"]: i0}
        if r.rng.random() < 0.3:
            args["include"] = "history"
        r.tool(lk["tool"], args, res)
        if k == reps - 2 and r.rng.random() < 0.35:
            r.llm(paras[-1], r.pick(r.d["nudges"]))


def loop_ab_oscillation(r: Row) -> None:
    tg = r.d["toggle"]
    r.llm(
        r.say(
            "ack",
            [
                "I'll test the rules one at a time.",
                "Let me toggle the likely rule and compare.",
                "Starting with the most likely rule.",
            ],
        ),
        tg["req"],
    )
    r.preamble()
    t0 = tg["targets"][0]
    chk_name, chk_args = tg["check"]
    with_check = r.rng.random() < 0.6
    cycles = r.rng.randint(2, 3) if with_check else r.rng.randint(3, 5)
    state = False
    for k in range(cycles * 2):
        r.tool(tg["tool"], {tg["key"]: t0, tg["field"]: state}, {tg["key"]: t0, tg["field"]: state})
        if with_check:
            r.tool(chk_name, dict(chk_args), tg["bad"])
        if k % 2 == 1 and r.rng.random() < 0.5:
            r.llm(
                r.pick(
                    [
                        f"No change with {t0} either way. Flipping it again to be sure.",
                        f"Still wrong. Let me switch {t0} back and retest.",
                        f"Hmm. Toggling {t0} once more.",
                    ]
                )
            )
        state = not state


def loop_failing_tool_retry(r: Row) -> None:
    f = r.d["fail"]
    r.llm(r.say("ack", ["Placing that now.", "Sure.", "I'll create it."]), f["req"])
    r.preamble()
    reps = r.rng.randint(3, 7)
    idem = r.rng.random() < 0.35
    for k in range(reps):
        args = f["bad"] if r.rng.random() < 0.6 else reorder(r.rng, f["bad"])
        args = dict(args)
        if idem:
            args["idempotency_key"] = r.c.hex(12)
        r.tool(f["tool"], args, None, f["err"])
        if k < reps - 1 and r.rng.random() < 0.6:
            r.llm(r.d["say"]["retry"][k % 2])


def loop_same_action_same_observation(r: Row) -> None:
    p = r.d["poll"]
    r.llm(r.say("ack", ["I'll keep an eye on it.", "Watching for it now.", "Will do."]), p["req"])
    if r.rng.random() < 0.5:
        r.preamble()
    reps = r.rng.randint(4, 8)
    stuck = p["pending"]
    if r.rng.random() < 0.5:
        r.tool(p["tool"], dict(p["args"]), p["pending"])
        st = p["steps"][0]
        stuck = dict(p["pending"], **st) if isinstance(p["pending"], dict) else st
        reps -= 1
    for k in range(reps):
        r.tool(p["tool"], dict(p["args"]), stuck)
        if r.rng.random() < 0.45:
            r.llm(
                r.say(
                    "wait",
                    [
                        "No change yet, checking again.",
                        "Still the same state. Polling again.",
                        "Not there yet.",
                    ],
                )
            )
        if k == 2 and r.rng.random() < 0.3:
            r.llm("It hasn't moved; I'll keep checking.", r.pick(r.d["nudges"]))


def loop_identical_monologue(r: Row) -> None:
    dr = r.d["drafts"]
    r.llm(dr["mono"], dr["req"])
    if r.rng.random() < 0.35:
        r.preamble()
    reps = r.rng.randint(5, 8)
    for k in range(reps):
        r.llm(wobble(r.rng, dr["mono"]), dr["docs"][0][0] if k == 0 else "")
        if k == reps // 2 and r.rng.random() < 0.4:
            r.llm(wobble(r.rng, dr["mono"]), r.pick(r.d["nudges"]))


def loop_identical_tool_calls(r: Row) -> None:
    lk = r.d["lookup"]
    r.llm(r.say("ack", ["Looking it up.", "I'll pull the record.", "Checking."]), lk["req"])
    r.preamble()
    i0 = lk["ids"][0]
    res = lk["res"](i0, 0)
    reps = r.rng.randint(4, 8)
    base = {lk["key"]: i0, "fields": "all", "fresh": True}
    if r.rng.random() < 0.5:
        other = {lk["key"]: lk["ids"][1], "fields": "all", "fresh": True}
        r.tool(lk["tool"], reorder(r.rng, other), lk["res"](lk["ids"][1], 1))
        if r.rng.random() < 0.5:
            r.llm(f"{lk['ids'][1]}: {brief(lk['res'](lk['ids'][1], 1))}. Now {i0}.")
        reps = min(reps, 6)
    for _ in range(reps):
        r.tool(lk["tool"], reorder(r.rng, base), res)


def loop_cursor_ignored_paging(r: Row) -> None:
    pg = r.d["paging"]
    r.llm(
        r.say("ack", ["I'll page through them.", "Fetching the list.", "Pulling them all now."]),
        pg["req"],
    )
    r.preamble()
    reps = r.rng.randint(3, 6)
    first = {"items": pg["pages"][0], "has_more": True}
    cur = "c_" + r.c.hex(10)
    reuse = r.rng.random() < 0.5
    for k in range(reps):
        args = dict(pg["base"])
        if reuse and k > 0:
            args[pg["ckey"]] = None
        data = dict(first)
        data["next"] = cur
        r.tool(pg["tool"], args, data)
        r.llm(
            r.say(
                "page",
                [
                    "Got a page, fetching the next one.",
                    "More results remain — next page.",
                    f"{len(first['items'])} more; continuing.",
                    "Next page.",
                ],
            )
        )


def loop_verify_after_write_loop(r: Row) -> None:
    w = r.d["write"]
    r.llm(r.say("ack", ["I'll make the changes.", "Updating now.", "Sure, doing that."]), w["req"])
    if r.rng.random() < 0.5:
        r.preamble()
    i0, v0 = w["ids"][0], w["text"][0]
    if r.rng.random() < 0.5:
        r.tool(w["tool"], {w["key"]: i0, "value": v0}, {w["key"]: i0, "saved": True})
        r.tool(w["read"], {w["key"]: i0}, {w["key"]: i0, "latest": v0})
        i0, v0 = w["ids"][1], w["text"][1]
    r.tool(w["tool"], {w["key"]: i0, "value": v0}, {w["key"]: i0, "saved": True})
    reps = r.rng.randint(3, 6)
    for _ in range(reps):
        if r.rng.random() < 0.5:
            r.llm(
                r.say(
                    "verify",
                    [
                        f"Let me verify {i0} saved correctly.",
                        f"Double-checking {i0} before moving on.",
                        f"Confirming the change on {i0}.",
                    ],
                )
            )
        r.tool(w["read"], {w["key"]: i0}, {w["key"]: i0, "latest": v0})


def loop_query_thrash(r: Row) -> None:
    s = r.d["search"]
    r.llm(r.say("ack", ["Searching.", "Let me find them.", "I'll search for that."]), s["req"])
    r.preamble()
    qs = list(s["thrash"])
    r.rng.shuffle(qs)
    reps = r.rng.randint(4, 6)
    for k in range(reps):
        r.tool(s["tool"], {s["key"]: qs[k]}, s["empty"])
        if r.rng.random() < 0.4:
            r.llm(
                r.say(
                    "thrash",
                    [
                        "Nothing. Trying another spelling.",
                        "No match; different form of the name.",
                        "Empty again, rewording the query.",
                    ],
                )
            )


def loop_clarification_loop(r: Row) -> None:
    cl = r.d["clarify"]
    q0, a0 = cl["qs"][0]
    r.llm(q0, cl["req"])
    rewords = [
        q0,
        "Just to confirm — " + q0[0].lower() + q0[1:],
        "Sorry, before I go ahead: " + q0[0].lower() + q0[1:],
        q0,
    ]
    answers = [a0, "I said: " + a0, a0.rstrip(".") + ", as I told you.", a0]
    if r.rng.random() < 0.4:
        r.preamble()
    reps = r.rng.randint(4, 6)
    for k in range(reps):
        r.llm(rewords[(k + 1) % len(rewords)], answers[k % len(answers)])


def loop_three_step_cycle(r: Row) -> None:
    pp = r.d["pipe"]
    r.llm(
        r.say("ack", ["Starting with the first one.", "I'll run them through.", "On it."]),
        pp["req"],
    )
    if r.rng.random() < 0.5:
        r.preamble()
    i0 = pp["items"][0]
    t0, t1 = pp["tools"][0], pp["tools"][1]
    cycles = r.rng.randint(3, 5)
    if r.rng.random() < 0.45:
        i2 = pp["items"][2]
        for tname, afn, rfn in pp["tools"]:
            r.tool(tname, afn(i2, 2), rfn(i2, 2))
        r.llm(f"{i2} is through. Now {i0}.")
        cycles = 3
    for _ in range(cycles):
        r.tool(t0[0], t0[1](i0, 0), t0[2](i0, 0))
        r.tool(t1[0], t1[1](i0, 0), pp["stuck"])
        r.llm(
            r.say(
                "cycle",
                [
                    "That step didn't go through; redoing it from the start.",
                    "Let me restart this item from the first step.",
                    "Going round again on this one.",
                ],
            )
        )


def loop_promise_without_action(r: Row) -> None:
    lk = r.d["lookup"]
    r.llm(
        r.say(
            "ack",
            [
                "I'll check that for you right now.",
                "Give me a moment, checking now.",
                "Sure — looking into it.",
            ],
        ),
        lk["req"],
    )
    if r.rng.random() < 0.4:
        r.preamble()
    promises = list(VOICES[r.d["name"]]["promise"])
    r.rng.shuffle(promises)
    promises += [
        "Checking that now, one moment.",
        "I'm on it — I'll have the answer in a second.",
        "Just looking into it now.",
        "Bear with me, I'm checking.",
        "Give me a moment and I'll confirm.",
    ]
    reps = r.rng.randint(5, 7)
    for k in range(reps):
        r.llm(promises[k % len(promises)], r.pick(r.d["nudges"]) if r.rng.random() < 0.7 else "")


# ---------------------------------------------------------------------------- progress kinds


def prog_templated_steps_new_records(r: Row) -> None:
    lk = r.d["lookup"]
    r.llm(r.say("ack", ["On it.", "Sure, checking.", "Let me look."]), lk["req"])
    r.preamble()
    n = r.rng.randint(3, 4)
    tool_first = r.rng.random() < 0.4
    found = []
    for k in range(n):
        i = lk["ids"][k]
        res = lk["res"](i, k)
        if tool_first:
            r.tool(lk["tool"], {lk["key"]: i}, res)
            r.llm(lk["tmpl"].format(id=lk["ids"][k + 1] if k + 1 < n else i))
        else:
            r.llm(lk["tmpl"].format(id=i))
            r.tool(lk["tool"], {lk["key"]: i}, res)
        found.append(f"{i}: {brief(res)}")
    if r.rng.random() < 0.7:
        r.llm(
            r.pick(["Here's what I found — ", "Summary:\n", "Results, record by record: ", ""])
            + r.pick([" | ", "\n"]).join(found)
        )


def prog_reworded_updates_new_facts(r: Row) -> None:
    lk = r.d["lookup"]
    r.llm(
        r.say("ack", ["I'll find that.", "Let me check those records.", "Checking now."]), lk["req"]
    )
    if r.rng.random() < 0.5:
        r.preamble()
    frames = [
        "{prev} came back with {fact}. Now {nxt}.",
        "So {prev}: {fact}. Let me look at {nxt} next.",
        "Noted for {prev} — {fact}. Moving to {nxt}.",
        "{prev} shows {fact}; checking {nxt}.",
    ]
    r.rng.shuffle(frames)
    ids = lk["ids"]
    r.tool(lk["tool"], {lk["key"]: ids[0]}, lk["res"](ids[0], 0))
    for k in range(1, 4):
        fact = brief(lk["res"](ids[k - 1], k - 1))
        r.llm(frames[k - 1].format(prev=ids[k - 1], fact=fact, nxt=ids[k]))
        r.tool(lk["tool"], {lk["key"]: ids[k]}, lk["res"](ids[k], k))
        if k == 2 and r.rng.random() < 0.35:
            r.llm(f"Two left to go after {ids[k]}.", r.pick(r.d["nudges"]))
    if r.rng.random() < 0.6:
        r.llm(f"Last one, {ids[3]}: {brief(lk['res'](ids[3], 3))}. That covers all four.")


def prog_bisecting_toggles(r: Row) -> None:
    tg = r.d["toggle"]
    r.llm(
        r.say(
            "ack",
            [
                "I'll test the rules one at a time.",
                "Let me disable each candidate rule in turn and compare.",
                "Going through the rules one by one.",
            ],
        ),
        tg["req"],
    )
    r.preamble()
    chk_name, chk_args = tg["check"]
    culprit = r.rng.randint(1, 3)
    for k, t in enumerate(tg["targets"][: culprit + 1]):
        r.tool(tg["tool"], {tg["key"]: t, tg["field"]: False}, {tg["key"]: t, tg["field"]: False})
        good = k == culprit
        r.tool(chk_name, dict(chk_args), tg["good"] if good else tg["bad"])
        if not good:
            r.tool(tg["tool"], {tg["key"]: t, tg["field"]: True}, {tg["key"]: t, tg["field"]: True})
            if r.rng.random() < 0.4:
                r.llm(f"Not {t}; restored it. Next candidate.")
    t = tg["targets"][culprit]
    if r.rng.random() < 0.75:
        r.llm(
            r.pick(
                [
                    f"Found it: with {t} off the check passes ({brief(tg['good'])}). I've left {t} disabled — want me to look at why it misfires?",
                    f"It's {t}. Disabling it gives {brief(tg['good'])}; the others are back on.",
                    f"Culprit is {t} — the check is clean without it. Leaving it off until someone fixes its config.",
                ]
            )
        )


def prog_retry_with_corrected_argument(r: Row) -> None:
    f = r.d["fail"]
    r.llm(r.say("ack", ["Placing that now.", "Sure.", "I'll create it."]), f["req"])
    r.preamble()
    r.tool(f["tool"], dict(f["bad"]), None, f["err"])
    if r.rng.random() < 0.5:
        r.tool(f["tool"], dict(f["bad"]), None, f["err"])
    r.llm(
        r.pick(
            [
                f"The API wants a different value: {f['err'][1]}. Correcting the request.",
                f"That's my mistake — the error says: {f['err'][1]}. Resending with the right field.",
                f"Validation error ({f['err'][0]}). I'll fix the argument it names and resubmit.",
            ]
        )
    )
    r.tool(f["tool"], dict(f["good"]), f["ok"])
    if r.rng.random() < 0.6:
        r.llm(
            r.pick(
                [
                    f"Done — {brief(f['ok'])}.",
                    f"That went through: {brief(f['ok'])}.",
                    f"Created. {brief(f['ok'])}.",
                ]
            )
        )


def prog_polling_until_ready(r: Row) -> None:
    p = r.d["poll"]
    r.llm(r.say("ack", ["I'll keep an eye on it.", "Watching for it now.", "Will do."]), p["req"])
    if r.rng.random() < 0.5:
        r.preamble()
    r.tool(p["tool"], dict(p["args"]), p["pending"])
    for st in p["steps"]:
        data = dict(p["pending"], **st) if isinstance(p["pending"], dict) else st
        if r.rng.random() < 0.5:
            r.tool(p["tool"], dict(p["args"]), data)
        r.tool(p["tool"], dict(p["args"]), data)
        if r.rng.random() < 0.4:
            r.llm(
                r.pick(
                    [
                        "Moving along.",
                        "It's progressed; checking again shortly.",
                        "Next stage reached.",
                    ]
                )
            )
    r.tool(p["tool"], dict(p["args"]), p["ready"])
    if r.rng.random() < 0.7:
        r.llm(
            r.pick(
                [
                    f"It's through: {brief(p['ready'])}.",
                    f"Ready now — {brief(p['ready'])}.",
                    f"Finished. {brief(p['ready'])}. Passing that on.",
                ]
            )
        )


def prog_drafting_distinct_documents(r: Row) -> None:
    dr = r.d["drafts"]
    r.llm(
        r.pick(["Go ahead, paste the first.", "Ready when you are.", "Sure, send them over."]),
        dr["req"],
    )
    if r.rng.random() < 0.35:
        r.preamble()
    for doc, summ in dr["docs"]:
        r.llm(summ, doc)
    short = dr["docs"][1][1].split(":")[0].split(";")[0].rstrip(".") + "."
    r.llm(
        short,
        r.pick(
            [
                "Make the second one shorter.",
                "Trim the second one, please.",
                "second one is too long",
            ]
        ),
    )
    r.llm(
        "\n".join(["- " + d[1] for d in (dr["docs"][0], (None, short), dr["docs"][2])]),
        r.pick(
            [
                "Now all three together so I can paste them.",
                "Combine them for me.",
                "Put them in one list please",
            ]
        ),
    )


def prog_batch_over_different_ids(r: Row) -> None:
    lk = r.d["lookup"]
    r.llm(
        r.say("ack", ["Looking them up.", "I'll pull each record.", "Checking all of them."]),
        lk["req"],
    )
    r.preamble()
    n = r.rng.randint(3, 4)
    for k in range(n):
        args = {lk["key"]: lk["ids"][k], "fields": "all", "fresh": True}
        r.tool(lk["tool"], reorder(r.rng, args), lk["res"](lk["ids"][k], k))
    if r.rng.random() < 0.7:
        r.llm("; ".join(f"{lk['ids'][k]} — {brief(lk['res'](lk['ids'][k], k))}" for k in range(n)))


def prog_cursor_paging(r: Row) -> None:
    pg = r.d["paging"]
    r.llm(
        r.say("ack", ["I'll page through them.", "Fetching the list.", "Pulling them all now."]),
        pg["req"],
    )
    r.preamble()
    cur = None
    allitems: list[str] = []
    for k, items in enumerate(pg["pages"]):
        args = dict(pg["base"])
        if cur:
            args[pg["ckey"]] = cur
        nxt = "c_" + r.c.hex(10) if k < len(pg["pages"]) - 1 else None
        r.tool(pg["tool"], args, {"items": items, "has_more": nxt is not None, "next": nxt})
        allitems += items
        cur = nxt
        if nxt and r.rng.random() < 0.5:
            r.llm(
                r.say(
                    "page",
                    [
                        "Got a page, fetching the next one.",
                        "More results remain — next page.",
                        "Next page.",
                    ],
                )
            )
    if r.rng.random() < 0.7:
        r.llm(
            r.pick(
                [
                    f"All {len(allitems)}: ",
                    f"That's the full list, {len(allitems)} in total: ",
                    "Complete list: ",
                ]
            )
            + "; ".join(allitems)
        )


def prog_write_then_verify_each(r: Row) -> None:
    w = r.d["write"]
    r.llm(r.say("ack", ["I'll make the changes.", "Updating now.", "Sure, doing that."]), w["req"])
    if r.rng.random() < 0.5:
        r.preamble()
    for i, v in zip(w["ids"], w["text"], strict=True):
        r.tool(w["tool"], {w["key"]: i, "value": v}, {w["key"]: i, "saved": True})
        if r.rng.random() < 0.4:
            r.llm(
                r.say(
                    "verify",
                    [
                        f"Let me verify {i} saved correctly.",
                        f"Checking {i} took.",
                        f"Confirming {i}.",
                    ],
                )
            )
        r.tool(w["read"], {w["key"]: i}, {w["key"]: i, "latest": v})
    if r.rng.random() < 0.6:
        r.llm(
            r.pick(
                [
                    f"All three updated and read back: {', '.join(w['ids'])}.",
                    "Each change is saved and shows on the record.",
                    f"{w['ids'][-1]} was the last one; all confirmed.",
                ]
            )
        )


def prog_query_refinement_converges(r: Row) -> None:
    s = r.d["search"]
    r.llm(r.say("ack", ["Searching.", "Let me find them.", "I'll search for that."]), s["req"])
    r.preamble()
    for k, q in enumerate(s["refine"]):
        data = s["partial"][k] if k < len(s["partial"]) else s["hit"]
        r.tool(s["tool"], dict(q), data)
        if k < 2 and r.rng.random() < 0.5:
            r.llm(
                r.pick(
                    [
                        "Too many matches; narrowing with the extra detail.",
                        "Several candidates — adding a filter.",
                        "Closer. One more filter.",
                    ]
                )
            )
    if r.rng.random() < 0.7:
        r.llm(
            r.pick(
                [
                    f"Found: {brief(s['hit'])}.",
                    f"That narrows it to one — {brief(s['hit'])}.",
                    f"Got the right record: {brief(s['hit'])}.",
                ]
            )
        )


def prog_distinct_clarifications_then_act(r: Row) -> None:
    cl = r.d["clarify"]
    q0, a0 = cl["qs"][0]
    r.llm(q0, cl["req"])
    prev = a0
    for q, a in cl["qs"][1:]:
        r.llm(q, prev)
        prev = a
    tname, targs, tdata = cl["act"]
    r.llm(
        r.pick(["Thanks, booking it now.", "Got everything I need.", "Perfect, doing that now."]),
        prev,
    )
    if r.rng.random() < 0.6:
        r.preamble()
    r.tool(tname, targs, tdata)
    if r.rng.random() < 0.5:
        r.llm(f"Done: {brief(tdata)}.")


def prog_pipeline_per_item(r: Row) -> None:
    pp = r.d["pipe"]
    r.llm(
        r.say("ack", ["Starting with the first one.", "I'll run them through.", "On it."]),
        pp["req"],
    )
    if r.rng.random() < 0.5:
        r.preamble()
    for n, i in enumerate(pp["items"]):
        for tname, afn, rfn in pp["tools"]:
            r.tool(tname, afn(i, n), rfn(i, n))
        if n < 2 and r.rng.random() < 0.4:
            r.llm(r.d["say"]["next"][n % 2])
    if r.rng.random() < 0.5:
        r.llm(
            r.pick(
                [
                    f"All three done: {', '.join(pp['items'])}.",
                    "That's the last of them through every step.",
                    f"{pp['items'][-1]} finished too, so the batch is complete.",
                ]
            )
        )


def prog_acknowledge_then_act(r: Row) -> None:
    lk = r.d["lookup"]
    r.llm(
        r.say(
            "ack",
            [
                "I'll check that for you right now.",
                "Give me a moment, checking now.",
                "Sure — looking into it.",
            ],
        ),
        lk["req"],
    )
    if r.rng.random() < 0.4:
        r.preamble()
    i0, i1 = lk["ids"][0], lk["ids"][1]
    r.tool(lk["tool"], {lk["key"]: i0}, lk["res"](i0, 0))
    r.llm(f"{i0}: {brief(lk['res'](i0, 0))}.")
    r.llm(r.say("promise"), r.pick(r.d["nudges"]) + f" Also {i1}?")
    r.tool(lk["tool"], {lk["key"]: i1}, lk["res"](i1, 1))
    if r.rng.random() < 0.6:
        r.llm(f"And {i1}: {brief(lk['res'](i1, 1))}.")


BUILDERS = {
    "loop": [globals()["loop_" + k] for k in LOOP_KINDS],
    "progress": [globals()["prog_" + k] for k in PROGRESS_KINDS],
}


def build() -> list[dict]:
    rows = []
    num = 0
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, fn in zip(kinds, BUILDERS[label], strict=True):
            for dom in DOMAINS:
                num += 1
                rid = f"{PREFIX}-{label}-{kind}-{num:03d}"
                for attempt in range(100):
                    r = Row(random.Random(f"{SEED}:{rid}:{attempt}"), dom)
                    fn(r)
                    if 6 <= len(r.steps) <= 16:
                        break
                else:
                    raise RuntimeError(rid)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": dom["name"],
                        "steps": r.steps,
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
