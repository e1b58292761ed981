"""Write trajectory set 64 (blind): 104 loop rows and 104 progress rows over 8 domains.

Run: python tests/data/trajectories_sixtyfourth/generate.py
Every row is built from its own random.Random seeded from SEED and the row id, so the
output is byte for byte reproducible.
"""

from __future__ import annotations

import json
import random
import time
from email.utils import formatdate
from pathlib import Path

SEED = 640064
HERE = Path(__file__).resolve().parent
OUT = HERE / "trajectories.jsonl"

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "stale_cursor_paging",
    "stuck_status_polling",
    "zero_result_query_churn",
    "duplicate_create",
    "reverify_after_success",
    "clarification_loop",
]
PROGRESS_KINDS = [
    "incremental_status_reports",
    "summaries_of_different_documents",
    "bisecting_different_toggles",
    "retry_with_corrected_argument",
    "recheck_after_fix",
    "checklist_walkthrough",
    "batch_over_different_ids",
    "paging_with_token_passed",
    "polling_until_ready",
    "search_refinement_finds_match",
    "create_distinct_records",
    "write_then_verify_each",
    "clarify_then_act",
]


# --------------------------------------------------------------------------- envelopes


class Clock:
    """Per-row volatile state: time moves forward, counters move, ids change."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.t = 1_795_000_000 + rng.randrange(0, 3_000_000)
        self.quota = rng.randrange(400, 900)
        self.seq = rng.randrange(1000, 9000)

    def tick(self) -> None:
        self.t += self.rng.randrange(2, 40)
        self.quota -= self.rng.randrange(1, 4)
        self.seq += self.rng.randrange(1, 7)

    def hexid(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def iso(self) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.t))


def j(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def env_bridal(c: Clock, payload: object, err: bool) -> str:
    body = {"request_id": "req_" + c.hexid(12), "ts": c.iso()}
    body["error" if err else "data"] = payload
    body["rate_limit"] = {"remaining": c.quota, "window_s": 60}
    return j(body)


def env_fert(c: Clock, payload: object, err: bool) -> str:
    node = "blend-%02d" % c.rng.randrange(1, 6)
    head = "ERR 422" if err else "OK 200"
    text = payload if isinstance(payload, str) else j(payload)
    return "%s | node=%s | t=%d | seq=%d\n%s" % (head, node, c.t, c.seq, text)


def env_courier(c: Clock, payload: object, err: bool) -> str:
    meta = {"trace": c.hexid(16), "at_ms": c.t * 1000 + c.rng.randrange(0, 999)}
    return j({"meta": meta, ("fault" if err else "result"): payload})


def env_pallet(c: Clock, payload: object, err: bool) -> str:
    status = "HTTP/1.1 409 Conflict" if err else "HTTP/1.1 200 OK"
    return '%s\nDate: %s\nETag: W/"%s"\nX-Request-Id: %s\n\n%s' % (
        status,
        formatdate(c.t, usegmt=True),
        c.hexid(10),
        c.hexid(8) + "-" + c.hexid(4),
        payload if isinstance(payload, str) else j(payload),
    )


def env_lang(c: Clock, payload: object, err: bool) -> str:
    return j(
        {
            "status": "error" if err else "success",
            "served_by": "placement-%s" % c.rng.choice(["eu1", "eu2", "us1"]),
            "generated": c.iso().replace("T", " ").replace("Z", " UTC"),
            "payload": payload,
            "correlation": c.hexid(8),
        }
    )


def env_scaffold(c: Clock, payload: object, err: bool) -> str:
    return j(
        {
            "ok": not err,
            "server": "depot-api-%d" % c.rng.randrange(1, 4),
            "epoch": c.t,
            "cache": c.rng.choice(["MISS", "MISS", "HIT", "REVALIDATED"]),
            "payload": payload,
        }
    )


def env_cowork(c: Clock, payload: object, err: bool) -> str:
    ext = {
        "cost": {"requested": 12, "throttleStatus": {"currentlyAvailable": c.quota * 2}},
        "requestId": c.hexid(8) + "-" + c.hexid(4) + "-" + c.hexid(4),
    }
    if err:
        return j({"data": None, "errors": [payload], "extensions": ext})
    return j({"data": payload, "extensions": ext})


def env_hospice(c: Clock, payload: object, err: bool) -> str:
    text = payload if isinstance(payload, str) else j(payload)
    return "status=%s\nreq=%s\nwhen=%s\n---\n%s" % (
        "fail" if err else "ok",
        "HV-%d" % c.seq,
        formatdate(c.t, usegmt=True),
        text,
    )


# --------------------------------------------------------------------------- domains
# Each domain: tool names, entities, texts and the agent's own voice.

DOMAINS: list[dict] = [
    {
        "name": "bridal_gown_alterations",
        "doc": "boutique.attachment.read",
        "noun": "invoice PDF",
        "nudge": "Hi, any news on Priya?",
        "env": env_bridal,
        "ids": lambda r: "ALT-%05d" % r.randrange(10000, 99999),
        "people": ["Priya Raman", "Megan O'Dell", "Sofia Brandt", "Aisha Kamara", "Hannah Cole"],
        "things": ["bustle", "hem", "side seams", "straps", "sleeve lace", "bodice cups"],
        "read": [
            (
                "boutique.calendar.list",
                {"date": "2027-05-14"},
                {"fittings": 7, "seamstresses_on": 3},
            ),
            ("boutique.policy.get", {"topic": "rush_fee"}, {"rush_fee_gbp": 85, "min_days": 10}),
            ("boutique.inventory.get", {"sku": "THR-IVORY-40"}, {"on_hand": 11, "unit": "spool"}),
        ],
        "get": "boutique.order.get",
        "list": "boutique.fittings.list",
        "search": "boutique.orders.search",
        "create": "boutique.fitting.create",
        "update": "boutique.order.update",
        "check": "boutique.order.validate",
        "job": "boutique.invoice.render",
        "flag_tool": "boutique.workroom.assign",
        "flags": ["Dana (hand beading)", "Lena (hems)", "Marco (structural)"],
        "voice": {
            "promise": [
                "I'll pull up the alteration ticket now.",
                "Let me check the workroom schedule for her.",
            ],
            "apology": "Sorry about that, the boutique system pushed back.",
            "retry": "Trying that again.",
            "done": "All set, the bride's alterations are booked in.",
        },
        "request": "Can you book Priya Raman's second fitting and make sure the bustle and hem are on the ticket? Wedding is 14 May.",
        "para": [
            "I'll look up Priya's alteration order so I can see what's on it.",
            "Let me open the ticket for Priya Raman and check the listed work.",
            "Checking Priya's order record to confirm the requested alterations.",
            "I'm going to pull Priya Raman's alteration order to review it.",
            "Let me fetch her order again and see which alterations are recorded.",
            "Opening Priya's ticket once more to verify the work items.",
            "I'll review the alteration order for Priya to see the details.",
            "Let me take another look at Priya Raman's order details.",
        ],
        "mono": "Plan: confirm the bustle and hem are on ALT ticket, find a slot at least 10 days before 14 May, then book the second fitting with Lena.",
        "clar": "Just to confirm, which date should the second fitting be on, and is it the bustle and hem both?",
        "answer": "I said already, any weekday in the week of 26 April, and yes both.",
        "docs": [
            (
                "fitting notes 1",
                "Bride prefers French bustle, 5 points. Hem to be 1cm off floor in 7cm heels.",
            ),
            ("quote", "Hem £140, bustle £95, strap shortening £40; total £275, deposit paid £100."),
            (
                "measurement sheet",
                "Bust 86, waist 68, hip 94; bodice to be taken in 1.5cm at side seams.",
            ),
            (
                "fabric note",
                "Outer layer silk organza over crepe; horsehair braid at hem must be preserved.",
            ),
        ],
        "err": {
            "code": "slot_conflict",
            "message": "Seamstress Lena already booked 10:00-11:00 on 2027-04-27",
        },
        "badarg": ("seamstress", "Lena", "Lena Okafor"),
        "badmsg": {
            "code": "unknown_seamstress",
            "message": "No seamstress matches 'Lena'; use full name",
        },
    },
    {
        "name": "fertiliser_blend_orders",
        "doc": "read_customer_file",
        "noun": "mixer run",
        "nudge": "Is the Hartley blend sorted? Lorry driver is asking.",
        "env": env_fert,
        "ids": lambda r: "BLD%06d" % r.randrange(100000, 999999),
        "people": [
            "Hartley Farms",
            "Oakmoor Estate",
            "J. Pettigrew",
            "Redgate Dairy",
            "Luscombe Arable",
        ],
        "things": ["20-10-10", "MOP potash", "ammonium nitrate", "TSP", "sulphur", "boron"],
        "read": [
            ("get_silo_levels", {"site": "BRX"}, "AN 34.5%: 182t | MOP: 64t | TSP: 41t | Urea: 0t"),
            ("get_haulier_slots", {"date": "2027-03-09"}, "08:00 FULL | 10:30 FREE | 13:00 FREE"),
            ("get_price_sheet", {"week": "2027-W10"}, "AN 34.5 £312/t; MOP £298/t; TSP £355/t"),
        ],
        "get": "get_blend_order",
        "list": "list_delivery_tickets",
        "search": "search_field_records",
        "create": "create_blend_order",
        "update": "set_blend_component",
        "check": "check_blend_spec",
        "job": "get_mixer_run",
        "flag_tool": "set_mixer_line",
        "flags": ["line A (granular)", "line B (coated)", "line C (micronutrient)"],
        "voice": {
            "promise": [
                "Right, I'll get the blend order up.",
                "I'll check what the mixer can do today.",
            ],
            "apology": "That didn't go through at the plant end, apologies.",
            "retry": "Resubmitting it.",
            "done": "Done, blend is queued for the mixer and the haulier slot is held.",
        },
        "request": "Hartley Farms want 24 tonnes of 20-10-10 with added sulphur on the 10:30 lorry Tuesday. Can you set that up?",
        "para": [
            "I'll pull the Hartley Farms blend order and check the spec.",
            "Let me look at the order for Hartley to see the blend details.",
            "Checking Hartley Farms' blend record so I know the component split.",
            "I'm opening the Hartley blend order to review its components.",
            "Let me read the Hartley Farms order again for the analysis.",
            "Going back to the Hartley order to confirm the blend spec.",
            "I'll take another pass over Hartley's blend order.",
            "Let me recheck Hartley Farms' order to see the mix.",
        ],
        "mono": "Next step: confirm 24t of 20-10-10 plus sulphur fits the silo stock, book the 10:30 haulier slot, then queue on line A.",
        "clar": "Before I book it: is that 24 tonnes total including the sulphur, and delivered to the Hartley yard or the top field?",
        "answer": "24t total, yard as always, I told you.",
        "docs": [
            (
                "soil report field 7",
                "pH 6.4, P index 2, K index 2-, Mg index 3; S deficiency flagged.",
            ),
            (
                "previous delivery note",
                "22t 20-10-10 delivered 2026-03-11, ticket BRX-44120, signed R. Hartley.",
            ),
            ("NVZ plan", "Field 7 N max 220 kg/ha this season; closed period ends 15 Jan."),
            ("credit note", "£410 credit outstanding from spoiled bags, to apply on next order."),
        ],
        "err": "spec_out_of_range: S 6.2% exceeds line A max 5.0%",
        "badarg": ("sulphur_pct", 6.2, 4.5),
        "badmsg": "spec_out_of_range: sulphur_pct 6.2 exceeds line A max 5.0",
    },
    {
        "name": "cargo_bike_courier_dispatch",
        "doc": "notes/read",
        "noun": "route optimisation",
        "nudge": "the lab is chasing, ETA?",
        "env": env_courier,
        "ids": lambda r: (
            "job_%s" % "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
        ),
        "people": ["Tomasz", "Ife", "Rosa", "Declan", "Yuki"],
        "things": ["Borough hub", "Bermondsey", "Shoreditch", "Camden", "Canary Wharf"],
        "read": [
            ("riders/list_online", {"zone": "SE1"}, {"online": 9, "on_break": 2}),
            ("weather/now", {"area": "london"}, {"rain_mm_h": 1.8, "wind_kph": 22}),
            ("hubs/capacity", {"hub": "borough"}, {"racks_free": 4, "charging_bays": 2}),
        ],
        "get": "jobs/get",
        "list": "jobs/list",
        "search": "addresses/search",
        "create": "jobs/create",
        "update": "jobs/assign",
        "check": "routes/validate",
        "job": "routes/optimise_status",
        "flag_tool": "zones/set_surge",
        "flags": ["SE1", "E1", "NW1"],
        "voice": {
            "promise": ["On it, checking the board.", "Let me see who's free nearby."],
            "apology": "Hm, dispatch API refused that one.",
            "retry": "Once more.",
            "done": "Sorted, rider's assigned and the customer has the tracking link.",
        },
        "request": "Urgent: 3 boxes of lab samples from Borough hub to Guy's Hospital loading bay, needs a cold box, ASAP please.",
        "para": [
            "Checking the job details for the Guy's samples run.",
            "Let me have a look at that lab-sample job again.",
            "I'll open the Guy's Hospital job to see where it's at.",
            "Pulling up the cold-box job once more.",
            "Let me view the sample delivery job to check its state.",
            "Looking at the Borough to Guy's job details now.",
            "I'll re-open the samples job and see what it says.",
            "One more look at the lab-sample job record.",
        ],
        "mono": "Plan for this one: find a rider with a cold box within 2 km of Borough hub, assign the Guy's job, send tracking.",
        "clar": "Quick check: is the drop at Guy's main entrance or the Great Maze Pond loading bay?",
        "answer": "Loading bay. It's in my first message.",
        "docs": [
            (
                "rider profile Tomasz",
                "Cold box fitted, DBS checked, 412 jobs, 4.9 rating, last seen Borough 2 min ago.",
            ),
            (
                "site notes Guy's",
                "Loading bay via Great Maze Pond, ring porters on x4417, no bikes in atrium.",
            ),
            (
                "customer SLA",
                "Medical priority: pickup within 20 min, temperature log required on delivery.",
            ),
            (
                "incident log",
                "Last week: cold box seal failure on bike CB-07, taken out of service.",
            ),
        ],
        "err": {"code": "RIDER_UNAVAILABLE", "detail": "rider rd_tomasz is on break until 14:20"},
        "badarg": ("vehicle", "bike", "cargo_bike_cold"),
        "badmsg": {
            "code": "VALIDATION",
            "detail": "vehicle 'bike' has no cold chain; medical jobs need cargo_bike_cold",
        },
    },
    {
        "name": "pallet_pooling_returns",
        "doc": "GET /v2/documents/{doc}",
        "noun": "reconciliation job",
        "nudge": "Any progress on Bramley? Their AP team called again.",
        "env": env_pallet,
        "ids": lambda r: "CLM-%d-%04d" % (r.randrange(2026, 2028), r.randrange(1, 9999)),
        "people": [
            "Bramley Foods DC",
            "Northgate Drinks",
            "Kestrel Retail RDC",
            "Fenwick Bakeries",
        ],
        "things": [
            "blue CHEP-type 1200x1000",
            "half pallets",
            "display dollies",
            "plastic pallets",
        ],
        "read": [
            ("GET /v2/depots/DPT-LEEDS/stock", {}, {"1200x1000": 4120, "half": 860, "dolly": 312}),
            (
                "GET /v2/accounts/ACC-7781/balance",
                {},
                {"issued": 18400, "returned": 17120, "lost_rate": 0.021},
            ),
            ("GET /v2/collections/schedule", {"week": 11}, {"runs": 14, "spare_capacity": 3}),
        ],
        "get": "GET /v2/claims/{id}",
        "list": "GET /v2/movements",
        "search": "GET /v2/transfers/search",
        "create": "POST /v2/collections",
        "update": "PATCH /v2/claims/{id}",
        "check": "POST /v2/reconcile/preview",
        "job": "GET /v2/reconcile/jobs/{id}",
        "flag_tool": "PATCH /v2/accounts/ACC-7781/flags",
        "flags": ["auto_dehire", "transfer_grace", "photo_required"],
        "voice": {
            "promise": [
                "I'll reconcile the movements for that account.",
                "Let me pull the transfer records.",
            ],
            "apology": "The pool API returned a conflict there, sorry.",
            "retry": "Re-sending the request.",
            "done": "Reconciled, and the dispute has been filed with the evidence attached.",
        },
        "request": "Bramley Foods are disputing 640 pallets we charged them for in February. Can you check the transfers and raise a collection if they're sitting at their DC?",
        "para": [
            "Let me fetch the February movements for Bramley Foods.",
            "I'll look at Bramley's transfer history for February.",
            "Pulling the movement records on the Bramley account again.",
            "Checking February transfers for Bramley Foods DC.",
            "Let me re-read the Bramley movements for that month.",
            "I'll take another look at Bramley's February transfers.",
            "Reviewing the account's February movement list once more.",
            "Going through Bramley Foods' movements again.",
        ],
        "mono": "Working plan: match the 640 disputed pallets to transfer notes, check if Northgate accepted them, then raise the collection.",
        "clar": "Which DC do you mean for Bramley, Wakefield or Doncaster?",
        "answer": "Wakefield, same as the dispute email.",
        "docs": [
            (
                "dispute email",
                "We never received 640 pallets on 12 Feb; our gate log shows 320 in, 320 rejected broken.",
            ),
            (
                "transfer note TN-55120",
                "320 pallets transferred Bramley -> Northgate 14 Feb, accepted by receiver.",
            ),
            (
                "gate log export",
                "Wakefield gate 12 Feb: 2 trailers, 26 + 14 stacks, 6 stacks refused damaged.",
            ),
            (
                "contract schedule 3",
                "Hire fee 1.9p/day; lost pallet charge £11.40; disputes within 30 days.",
            ),
        ],
        "err": {
            "error": "claim_locked",
            "detail": "claim is under review by finance (lock held by m.oakes)",
        },
        "badarg": ("quantity", 640, 320),
        "badmsg": {
            "error": "quantity_exceeds_balance",
            "detail": "640 exceeds 320 pallets on site per last count",
        },
    },
    {
        "name": "language_school_placement",
        "doc": "read_student_document",
        "noun": "speaking score",
        "nudge": "Has Mateo been placed yet? He is at reception.",
        "env": env_lang,
        "ids": lambda r: "STU%07d" % r.randrange(1000000, 9999999),
        "people": ["Mateo Ruiz", "Keiko Sato", "Olena Bondar", "Ahmed Farouk", "Lucía Gómez"],
        "things": ["B1 evening", "B2 intensive", "C1 exam prep", "A2 weekend", "IELTS prep"],
        "read": [
            (
                "placement_test_results",
                {"cohort": "2027-09"},
                {"taken": 142, "pending_speaking": 18},
            ),
            ("class_capacity", {"term": "autumn"}, {"B1": "14/16", "B2": "16/16", "C1": "9/14"}),
            ("teacher_availability", {"day": "tue"}, {"free": ["J. Moss", "R. Iqbal"]}),
        ],
        "get": "get_student",
        "list": "list_applicants",
        "search": "find_student",
        "create": "enrol_student",
        "update": "set_level",
        "check": "check_visa_hours",
        "job": "speaking_score_status",
        "flag_tool": "set_class_option",
        "flags": ["waitlist_open", "split_group", "online_seat"],
        "voice": {
            "promise": [
                "I'll check Mateo's placement scores.",
                "Let me see what classes have room.",
            ],
            "apology": "Apologies, the enrolment system rejected that.",
            "retry": "Let me submit it again.",
            "done": "Mateo is enrolled and the confirmation letter is queued.",
        },
        "request": "Mateo Ruiz did his placement test yesterday. Put him in whichever B2 class fits, he's on a student visa so he needs 15 hours a week.",
        "para": [
            "Let me look up Mateo Ruiz's placement results.",
            "I'll check Mateo's test scores to work out his level.",
            "Opening Mateo's student record to see how he placed.",
            "Let me review the placement outcome for Mateo Ruiz.",
            "Checking Mateo's results once more for the level.",
            "I'll pull up Mateo's record again and read the scores.",
            "Looking again at how Mateo scored on the test.",
            "Let me re-examine Mateo Ruiz's placement record.",
        ],
        "mono": "To do: confirm Mateo's B2 result, find a B2 group giving 15 visa hours, enrol, send the CAS-compliant letter.",
        "clar": "Does Mateo want mornings or evenings for his B2 class?",
        "answer": "Mornings. Please just book it.",
        "docs": [
            ("written test", "Grammar 71/100, reading 68/100; CEFR estimate B2 low."),
            ("speaking assessment", "Fluent, some tense errors, good range; examiner estimate B2."),
            ("visa file", "Student route, 15 contact hours/week minimum, CAS issued 2027-07-30."),
            (
                "previous school letter",
                "Completed B1 at Instituto Cervantes-style academy, 120 hours.",
            ),
        ],
        "err": {"code": "CLASS_FULL", "message": "B2-INT-MON is at capacity (16/16)"},
        "badarg": ("class_code", "B2-INT-MON", "B2-INT-MON-2"),
        "badmsg": {
            "code": "CLASS_FULL",
            "message": "B2-INT-MON is at capacity (16/16); see B2-INT-MON-2",
        },
    },
    {
        "name": "scaffold_hire_depot",
        "doc": "docs.fetch",
        "noun": "delivery wagon",
        "nudge": "Carver on the phone again, is it done?",
        "env": env_scaffold,
        "ids": lambda r: "HIRE/%d/%04d" % (r.randrange(26, 28), r.randrange(1, 9999)),
        "people": ["Carver Build Ltd", "M. Whitlock Roofing", "Stanmore Developments", "Ryde Bros"],
        "things": [
            "21ft tubes",
            "double couplers",
            "swivel couplers",
            "scaffold boards",
            "base plates",
            "ladder beams",
        ],
        "read": [
            (
                "depot.stock",
                {"yard": "north"},
                {"tube_21ft": 860, "board_13ft": 1220, "double_coupler": 4100},
            ),
            ("depot.lorries", {"date": "2027-02-03"}, {"flatbeds_free": 2, "hiab": 1}),
            ("depot.inspections.due", {"days": 7}, {"sites": 5}),
        ],
        "get": "hire.get",
        "list": "hire.lines",
        "search": "sites.lookup",
        "create": "hire.add_line",
        "update": "hire.set_status",
        "check": "tg20.compliance_check",
        "job": "delivery.status",
        "flag_tool": "yard.set_bay",
        "flags": ["bay 3 (tubes)", "bay 5 (fittings)", "bay 7 (boards)"],
        "voice": {
            "promise": ["Let me get the hire contract up.", "Checking the yard."],
            "apology": "Depot system didn't like that, sorry.",
            "retry": "Going again.",
            "done": "Hire extended and the extra kit is on tomorrow's wagon.",
        },
        "request": "Carver Build need another 40 tubes, 120 doubles and 60 boards on the Elm Road job, and extend their hire two weeks.",
        "para": [
            "Let me open the Carver Build hire on Elm Road.",
            "I'll check the Elm Road hire contract for Carver.",
            "Pulling the Carver Build contract to see the current lines.",
            "Checking Carver's Elm Road hire details.",
            "Let me look over the Elm Road contract again.",
            "I'll re-open Carver Build's hire record.",
            "Taking another look at the Elm Road hire.",
            "Let me read Carver's contract once more.",
        ],
        "mono": "Plan: check stock for 40 tubes, 120 doubles, 60 boards; add the lines to Carver's hire; extend end date by 14 days; book the flatbed.",
        "clar": "Is the extension from the current end date, or from today?",
        "answer": "From the current end date.",
        "docs": [
            ("hire contract", "Elm Road, start 2026-12-01, end 2027-02-09, weekly rate £640."),
            ("TG20 design sheet", "Independent tied, 4 lifts, 2.0m bay, load class 3."),
            (
                "site handover",
                "Signed off 2026-12-04 by S. Patel, scafftag green, next inspection 7 days.",
            ),
            ("damage report", "8 boards split, 2 couplers seized, chargeable on return."),
        ],
        "err": {"error": "credit_hold", "detail": "account CARV01 over credit limit by £1,180"},
        "badarg": ("item", "double_couplers", "coupler_double"),
        "badmsg": {
            "error": "unknown_sku",
            "detail": "'double_couplers' not in catalogue; did you mean coupler_double",
        },
    },
    {
        "name": "coworking_desk_bookings",
        "doc": "document.body",
        "noun": "invoice job",
        "nudge": "Did Atlas get booked?",
        "env": env_cowork,
        "ids": lambda r: (
            "bkg_%s" % "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(10))
        ),
        "people": ["Nadia Osei", "Ben Hargreaves", "Chloe Dupont", "Ravi Menon", "Ines Duarte"],
        "things": ["hot desk", "fixed desk", "meeting room Atlas", "phone booth 2", "event space"],
        "read": [
            ("space.occupancy", {"site": "shoreditch"}, {"desks_used": 118, "desks_total": 160}),
            ("members.plan", {"member": "mem_44120"}, {"plan": "Flex 10", "credits_left": 3}),
            ("rooms.amenities", {"room": "atlas"}, {"seats": 10, "screen": "75in", "vc": True}),
        ],
        "get": "booking.fetch",
        "list": "bookings.query",
        "search": "members.find",
        "create": "booking.create",
        "update": "booking.patch",
        "check": "booking.quote",
        "job": "invoice.job",
        "flag_tool": "room.setMode",
        "flags": ["atlas", "orion", "lyra"],
        "voice": {
            "promise": ["Let me check availability for you.", "I'll look at the room calendar."],
            "apology": "Sorry, the booking service bounced that.",
            "retry": "Trying the booking again.",
            "done": "Booked, and the invite has gone to everyone.",
        },
        "request": "Could you book meeting room Atlas for Nadia Osei's team, Thursday 10 to 12, and a hot desk for her guest?",
        "para": [
            "Let me check Atlas for Thursday morning.",
            "I'll look at the Atlas calendar for Thursday 10 to 12.",
            "Checking whether Atlas is free Thursday late morning.",
            "Let me see if the Atlas room is open Thursday.",
            "I'll re-check Atlas availability for that slot.",
            "Looking at Thursday's bookings for Atlas again.",
            "Let me query Atlas for the 10:00-12:00 window once more.",
            "Checking Atlas's Thursday schedule one more time.",
        ],
        "mono": "Steps: confirm Atlas free Thu 10-12, charge Nadia's credits, add guest hot desk, send invites.",
        "clar": "Which Thursday did you mean, this week or next?",
        "answer": "This Thursday, the 11th.",
        "docs": [
            (
                "member agreement",
                "Flex 10: 10 room hours a month, guests allowed with host present.",
            ),
            ("house rules", "Meeting rooms max 2 hours at peak; cancellations within 24h charged."),
            ("guest policy", "Guests need ID at reception and a hot desk booking by 09:30."),
            (
                "AV guide Atlas",
                "Screen share via HDMI or the room dongle; VC camera on the left wall.",
            ),
        ],
        "err": {
            "message": "Room atlas already booked 10:00-11:00",
            "extensions": {"code": "CONFLICT"},
        },
        "badarg": ("start", "2027-03-11T10:00", "2027-03-11T10:00:00+00:00"),
        "badmsg": {
            "message": "Variable $start: invalid DateTime, timezone offset required",
            "extensions": {"code": "BAD_USER_INPUT"},
        },
    },
    {
        "name": "hospice_volunteer_rostering",
        "doc": "read_document",
        "noun": "DBS renewal check",
        "nudge": "Any luck with Monday? Sister on Willow is asking.",
        "env": env_hospice,
        "ids": lambda r: "VOL-%04d" % r.randrange(1, 9999),
        "people": ["Margaret Lowe", "Peter Quinn", "Sunita Shah", "Elaine Burke", "Gareth Price"],
        "things": [
            "ward companion",
            "drive to appointments",
            "café",
            "bereavement follow-up",
            "reception",
        ],
        "read": [
            ("roster_gaps", {"week": "2027-W06"}, "Mon eve: 2 gaps | Wed am: 1 gap | Sat: 3 gaps"),
            ("training_due", {"within_days": 30}, "7 volunteers due safeguarding refresher"),
            (
                "ward_census",
                {"ward": "Willow"},
                "Beds 12, occupied 11, visitors allowed 10:00-20:00",
            ),
        ],
        "get": "volunteer_profile",
        "list": "shift_list",
        "search": "volunteer_search",
        "create": "shift_assign",
        "update": "shift_update",
        "check": "dbs_status",
        "job": "dbs_renewal_status",
        "flag_tool": "shift_template",
        "flags": ["Willow ward eve", "Day hospice café", "Driver pool"],
        "voice": {
            "promise": ["I'll have a look at who's free.", "Let me check Margaret's availability."],
            "apology": "I'm sorry, the rostering system wouldn't accept that.",
            "retry": "I'll try again.",
            "done": "The shift is covered and Margaret has her confirmation.",
        },
        "request": "We've got nobody for the Monday evening companion shift on Willow ward. Could you find a trained volunteer, Margaret Lowe maybe?",
        "para": [
            "I'll check whether Margaret Lowe can take Monday evening.",
            "Let me look at Margaret's availability for Monday night.",
            "Checking Margaret Lowe's profile for the Monday shift.",
            "Let me see if Margaret is free Monday evening on Willow.",
            "I'll look again at Margaret's availability.",
            "Reviewing Margaret Lowe's record for Monday.",
            "Let me check once more whether Margaret can do Monday.",
            "Looking again at whether Margaret fits Monday evening.",
        ],
        "mono": "What I'll do: confirm Margaret's companion training and DBS are current, assign her to Willow Monday 18:00-21:00, notify the ward sister.",
        "clar": "Is the Monday evening shift 18:00-21:00 or the later 19:00-22:00 one?",
        "answer": "18:00 to 21:00, the usual one.",
        "docs": [
            (
                "volunteer handbook",
                "Ward companions: max 3 hours, two-person rule not required, report concerns to nurse in charge.",
            ),
            (
                "Margaret training record",
                "Companion training 2025-10, safeguarding 2026-11, manual handling n/a.",
            ),
            (
                "ward sister note",
                "Willow bed 4 family would welcome a companion Monday; patient likes gardening chat.",
            ),
            ("expenses policy", "Mileage 45p, parking refunded, meals after 4 hours."),
        ],
        "err": "rule_violation: volunteer VOL-0412 exceeds 2 shifts in 7 days",
        "badarg": ("shift_id", "WIL-MON-EVE", "WIL-2027-02-08-E"),
        "badmsg": "not_found: shift 'WIL-MON-EVE' (use dated shift id e.g. WIL-2027-02-08-E)",
    },
]


# --------------------------------------------------------------------------- step helpers


def llm(text: str, obs: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": obs}


class Row:
    def __init__(self, d: dict, rng: random.Random) -> None:
        self.d = d
        self.r = rng
        self.c = Clock(rng)
        self.steps: list[dict] = []
        self.k = KEYS[d["name"]]

    def tool(self, name: str, args: dict, payload: object, err: bool = False) -> None:
        self.c.tick()
        obs = self.d["env"](self.c, payload, err)
        self.steps.append(
            {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": err}
        )

    def say(self, text: str, obs: str = "") -> None:
        self.steps.append(llm(text, obs))

    def opening(self) -> None:
        """Request, then one or two unrelated reads, sometimes none."""
        d = self.d
        self.say(self.r.choice(d["voice"]["promise"]), d["request"])
        for name, args, payload in self.r.sample(d["read"], self.r.randrange(0, 3)):
            self.tool(name, args, payload)
        if self.r.random() < 0.4:
            # Some real work before the loop or the task proper starts.
            title, text = self.r.choice(d["docs"])
            self.tool(d["doc"], {"doc": title}, text)
            self.say(report(self, "noted", title=title, text=text.split(";")[0].rstrip(".")))


# The agent's own remarks, per domain: a different model voice in each deployment.
LINES: dict[str, dict[str, list[str]]] = {
    "bridal_gown_alterations": {
        "again": [
            "Let me have another look at the ticket.",
            "Re-opening the ticket to check.",
            "I'll glance at it once more.",
        ],
        "page": [
            "Next page of fittings.",
            "Carrying on down the fittings list.",
            "More fittings to go through.",
        ],
        "nomatch": [
            "No order under that. Let me try her name another way.",
            "Nothing found, trying a different spelling.",
            "Still no order showing.",
        ],
        "verify": [
            "Saved. I'll just confirm it stuck on the ticket.",
            "That went through; checking the ticket reflects it.",
        ],
        "created": ["Fitting %s is in the diary.", "Booked %s."],
        "swap": [
            "I'll give this to %s instead.",
            "Actually %s is the better pair of hands for this; reassigning.",
        ],
        "step": ["Done: %s.", "Ticked off: %s."],
        "narrow": "Several brides match that first name; using her full name.",
        "fix": "The ticket is missing the %s. Adding it now.",
    },
    "fertiliser_blend_orders": {
        "again": [
            "Checking the order again.",
            "Pulling it up once more.",
            "One more look at that order.",
        ],
        "page": [
            "Next lot of tickets.",
            "Pulling the next batch of tickets.",
            "More tickets, carrying on.",
        ],
        "nomatch": [
            "No field records for that. Trying another form of the name.",
            "Nothing. Another spelling.",
            "Zero again.",
        ],
        "verify": [
            "Set. Checking the plant picked it up.",
            "Accepted; re-reading to be sure the mixer has it.",
        ],
        "created": ["Blend %s raised.", "Order %s is in."],
        "swap": ["Moving it to %s.", "Better on %s, switching."],
        "step": ["%s: done.", "Sorted: %s."],
        "narrow": "Too many hits on the short name; searching the full holding name.",
        "fix": "Spec check says %s is missing from the blend. Adding it.",
    },
    "cargo_bike_courier_dispatch": {
        "again": ["Checking the job again.", "Refresh.", "Another look at the job."],
        "page": ["Next page.", "More jobs, next page.", "Keep paging."],
        "nomatch": [
            "No address hit, trying a variation.",
            "Nothing. Again with a tweak.",
            "Still zero.",
        ],
        "verify": [
            "Assigned. Quick check it shows on the rider's app.",
            "Done; double-checking the board.",
        ],
        "created": ["Job %s is live.", "%s created."],
        "swap": ["Surge over to %s.", "Flip surge to %s."],
        "step": ["%s, done.", "Done: %s."],
        "narrow": "Lots of matches; adding the full street name.",
        "fix": "Route check flags %s; fixing that.",
    },
    "pallet_pooling_returns": {
        "again": [
            "Re-fetching the claim to compare.",
            "Requesting the claim again.",
            "Let me GET it once more.",
        ],
        "page": [
            "Fetching the next page of movements.",
            "Continuing through the movement list.",
            "Next page requested.",
        ],
        "nomatch": [
            "The transfer search is empty. I'll vary the account name.",
            "Still an empty result set; trying another form.",
            "No transfers found again.",
        ],
        "verify": [
            "PATCH accepted. Reading the claim back to confirm.",
            "Updated; verifying the claim state.",
        ],
        "created": ["Collection %s scheduled.", "Raised collection %s."],
        "swap": ["Setting the account flag to %s.", "Switching the flag to %s instead."],
        "step": ["Completed: %s.", "%s: complete."],
        "narrow": "The short name returns several accounts; filtering on the full DC name.",
        "fix": "Preview shows %s unreconciled; correcting the claim.",
    },
    "language_school_placement": {
        "again": [
            "Let me check his record again.",
            "I'll re-open the student record.",
            "Looking at the record once more.",
        ],
        "page": [
            "Next page of applicants.",
            "Continuing to the following applicants.",
            "Loading more applicants.",
        ],
        "nomatch": [
            "No student found; I'll try the name another way.",
            "Still not found, trying a different order of names.",
            "No result again.",
        ],
        "verify": [
            "Level set. I'll confirm the record shows it.",
            "Saved; re-checking the student record.",
        ],
        "created": ["Enrolment %s created.", "Enrolled under %s."],
        "swap": ["Let me set %s instead.", "Changing the class option to %s."],
        "step": ["Completed: %s.", "That's done: %s."],
        "narrow": "Several students share that first name; searching the full name.",
        "fix": "Visa check shows %s short; adjusting the timetable.",
    },
    "scaffold_hire_depot": {
        "again": [
            "Checking the hire again.",
            "Back into the contract.",
            "Another look at the hire.",
        ],
        "page": ["Next lines.", "More hire lines.", "Next batch of lines."],
        "nomatch": [
            "No site under that. Trying another way.",
            "Nothing on that either.",
            "Still no site.",
        ],
        "verify": ["Status set. Just checking it took.", "Done; re-reading the hire to be sure."],
        "created": ["Line %s added.", "Added %s to the hire."],
        "swap": ["Put it in %s.", "Move it to %s."],
        "step": ["Done: %s.", "%s, sorted."],
        "narrow": "Lots of sites for that; using the full company name.",
        "fix": "TG20 check flags %s missing; adding them.",
    },
    "coworking_desk_bookings": {
        "again": [
            "Let me fetch the booking again.",
            "Refetching the booking.",
            "Checking the booking once more.",
        ],
        "page": [
            "Fetching the next page of bookings.",
            "Next page of results.",
            "Continuing with the next page.",
        ],
        "nomatch": [
            "No member found; trying another variant of the name.",
            "Still no match.",
            "No results again.",
        ],
        "verify": [
            "Patched. Fetching it back to confirm.",
            "Update returned OK; confirming it persisted.",
        ],
        "created": ["Booking %s created.", "Created booking %s."],
        "swap": ["Switching the room mode to %s.", "Let me set it to %s instead."],
        "step": ["Done: %s.", "Completed: %s."],
        "narrow": "Multiple members match; narrowing by full name.",
        "fix": "The quote is missing %s; patching the booking.",
    },
    "hospice_volunteer_rostering": {
        "again": [
            "I'll look at Margaret's profile again.",
            "Let me just check her profile once more.",
            "Having another look at her record.",
        ],
        "page": [
            "Looking at the next set of shifts.",
            "On to the following shifts.",
            "More shifts to look through.",
        ],
        "nomatch": [
            "I can't find anyone under that; I'll try the name another way.",
            "Still nobody showing, I'm afraid.",
            "No luck with that search either.",
        ],
        "verify": [
            "That's saved. I'll just make sure it shows on the rota.",
            "Updated; checking the rota has it.",
        ],
        "created": ["Shift %s is now covered.", "I've assigned shift %s."],
        "swap": [
            "I'll move this to the %s template.",
            "Perhaps %s would suit better; changing it.",
        ],
        "step": ["That's done: %s.", "Finished: %s."],
        "narrow": "A few volunteers share that first name, so I'll search her full name.",
        "fix": "The check shows %s outstanding; I'll update that first.",
    },
}


def line(w: Row, key: str) -> str:
    return w.r.choice(LINES[w.d["name"]][key])


def oid(d: dict, rng: random.Random) -> str:
    return d["ids"](rng)


# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    w.tool(d["get"], {w.k["id"]: i}, {w.k["id"]: i, "state": "open", "owner": d["people"][0]})
    base = (
        "I've opened %s for %s. Next I'll check the %s and come back to you with the details."
        % (
            i,
            d["people"][0],
            d["things"][0],
        )
    )
    for k in range(w.r.randrange(3, 9)):
        t = base
        if k % 2 and w.r.random() < 0.5:
            t = base.replace(". ", ".  ") if w.r.random() < 0.5 else base.rstrip(".") + " ."
        w.say(t, d["nudge"] if k == 1 and w.r.random() < 0.4 else "")


def loop_paraphrased_repeat(w: Row) -> None:
    d = w.d
    w.opening()
    for k, t in enumerate(w.r.sample(d["para"], w.r.randrange(4, 9))):
        w.say(t, d["nudge"] if k == 2 and w.r.random() < 0.4 else "")


def loop_ab_oscillation(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    a, b = d["flags"][0], d["flags"][1]
    for k in range(w.r.randrange(3, 7)):
        tgt = b if k % 2 == 0 else a
        prev = a if tgt == b else b
        w.tool(
            d["flag_tool"], {"target": i, "value": tgt}, {"target": i, "set": tgt, "previous": prev}
        )
        w.say(line(w, "swap") % tgt)


def loop_failing_tool_retry(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    args = {w.k["id"]: i, w.k["person"]: d["people"][0], w.k["item"]: d["things"][0]}
    for k in range(w.r.randrange(3, 7)):
        w.tool(d["create"], args, d["err"], err=True)
        obs = d["nudge"] if k == 1 and w.r.random() < 0.5 else ""
        w.say(
            d["voice"]["retry"]
            if k % 2 == 0
            else d["voice"]["apology"] + " " + d["voice"]["retry"],
            obs,
        )


def loop_same_action_same_observation(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    payload = {
        w.k["id"]: i,
        "state": "awaiting_customer",
        "contact": d["people"][0],
        w.k["item"]: d["things"][0],
        "last_change": "2027-01-30",
    }
    for _k in range(w.r.randrange(3, 8)):
        w.tool(d["get"], {w.k["id"]: i}, payload)
        if w.r.random() < 0.7:
            w.say(line(w, "again"))


def loop_identical_monologue(w: Row) -> None:
    d = w.d
    w.opening()
    for k in range(w.r.randrange(4, 9)):
        w.say(d["mono"], d["nudge"] if k == 2 and w.r.random() < 0.3 else "")


def loop_identical_tool_calls(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    keys = [(w.k["id"], i), (w.k["person"], d["people"][1]), (w.k["item"], d["things"][1])]
    for _k in range(w.r.randrange(4, 9)):
        w.r.shuffle(keys)
        w.tool(
            d["update"], dict(keys), {w.k["id"]: i, w.k["person"]: d["people"][1], "updated": True}
        )


def loop_stale_cursor_paging(w: Row) -> None:
    d = w.d
    w.opening()
    rows = [{w.k["id"]: oid(d, w.r), w.k["person"]: p} for p in d["people"][:3]]
    cur = cursor(w)
    for k in range(w.r.randrange(3, 7)):
        _sk, lk, ck = PARAMS[d["name"]]
        args = {lk: 3} if k == 0 or w.r.random() < 0.5 else {ck: cur, lk: 3}
        w.tool(d["list"], args, {"items": rows, "next_cursor": cur, "has_more": True})
        w.say(line(w, "page"))


def loop_stuck_status_polling(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    remarks = [
        "The %s is still running, I'll check again shortly." % d["noun"],
        line(w, "again"),
        "Still at %d%%, waiting a little longer." % 40,
    ]
    for k in range(w.r.randrange(3, 7)):
        w.tool(d["job"], {w.k["id"]: i}, {w.k["id"]: i, "state": "processing", "progress": 0.4})
        w.say(remarks[k % 3], d["nudge"] if k == 2 and w.r.random() < 0.5 else "")


def loop_zero_result_query_churn(w: Row) -> None:
    d = w.d
    w.opening()
    name = d["people"][2]
    first, last = name.split()[0], name.split()[-1]
    variants = [
        name,
        name.lower(),
        last + ", " + first,
        name.upper(),
        first + "  " + last,
        name.replace(" ", ""),
    ]
    for k, q in enumerate(variants[: w.r.randrange(3, 7)]):
        w.tool(d["search"], {PARAMS[d["name"]][0]: q}, {"results": [], "total": 0})
        w.say(LINES[d["name"]]["nomatch"][min(k, 2)])


def loop_duplicate_create(w: Row) -> None:
    d = w.d
    w.opening()
    for _ in range(w.r.randrange(3, 7)):
        i = oid(d, w.r)
        w.tool(
            d["create"],
            {w.k["person"]: d["people"][0], w.k["item"]: d["things"][0]},
            {w.k["id"]: i, "created": True},
        )
        w.say(line(w, "created") % i)


def loop_reverify_after_success(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    w.tool(
        d["update"], {w.k["id"]: i, "status": "confirmed"}, {w.k["id"]: i, "status": "confirmed"}
    )
    for _k in range(w.r.randrange(3, 7)):
        w.tool(
            d["get"],
            {w.k["id"]: i},
            {w.k["id"]: i, "status": "confirmed", w.k["person"]: d["people"][0]},
        )
        w.say(line(w, "verify"))


def loop_clarification_loop(w: Row) -> None:
    d = w.d
    w.opening()
    for k in range(w.r.randrange(4, 7)):
        w.say(
            d["clar"],
            ""
            if k == 0
            else d["answer"]
            if k == 1
            else w.r.choice([d["answer"], "Yes. As I said.", ""]),
        )


# --------------------------------------------------------------------------- progress kinds


def prog_incremental_status_reports(w: Row) -> None:
    d = w.d
    w.opening()
    n = w.r.randrange(3, 6)
    people = d["people"] * 2
    things = d["things"] * 2
    for k in range(n):
        i = oid(d, w.r)
        p, t = people[k], things[k]
        w.tool(
            d["update"],
            {w.k["id"]: i, "status": "done"},
            {w.k["id"]: i, "status": "done", w.k["person"]: p, w.k["item"]: t},
        )
        w.say(report(w, "closed", k=k + 1, n=n, i=i, p=p, t=t))
    w.say(d["voice"]["done"])


def prog_summaries_of_different_documents(w: Row) -> None:
    d = w.d
    w.opening()
    for title, text in d["docs"]:
        w.tool(d["doc"], {"doc": title}, text)
        w.say(report(w, "summary", title=title, text=text.split(";")[0]))
    w.say(d["voice"]["done"])


def prog_bisecting_different_toggles(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    for k, f in enumerate(d["flags"]):
        ok = k == len(d["flags"]) - 1
        w.tool(d["flag_tool"], {"target": i, "value": f}, {"target": i, "set": f, "fits": ok})
        w.say(report(w, "kept" if ok else "out", f=f))
    w.say(d["voice"]["done"])


def prog_retry_with_corrected_argument(w: Row) -> None:
    d = w.d
    w.opening()
    key, bad, good = d["badarg"]
    w.tool(d["create"], {key: bad, w.k["person"]: d["people"][0]}, d["badmsg"], err=True)
    w.say(report(w, "corrected", key=key, good=good))
    i = oid(d, w.r)
    w.tool(
        d["create"],
        {key: good, w.k["person"]: d["people"][0]},
        {w.k["id"]: i, "created": True, key: good},
    )
    w.tool(d["get"], {w.k["id"]: i}, {w.k["id"]: i, "state": "confirmed", key: good})
    w.say(d["voice"]["done"])


def prog_recheck_after_fix(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    w.tool(d["check"], {w.k["id"]: i}, {w.k["id"]: i, "issues": ["missing " + d["things"][1]]})
    w.say(LINES[d["name"]]["fix"] % d["things"][1])
    w.tool(d["update"], {w.k["id"]: i, "add": d["things"][1]}, {w.k["id"]: i, "updated": True})
    w.tool(d["check"], {w.k["id"]: i}, {w.k["id"]: i, "issues": []})
    w.say(d["voice"]["done"])


def prog_checklist_walkthrough(w: Row) -> None:
    d = w.d
    w.opening()
    parts = [p.strip() for p in d["mono"].split(":", 1)[1].replace(";", ",").split(",")]
    w.say(d["mono"])
    tools = [d["get"], d["check"], d["create"], d["update"]]
    i = oid(d, w.r)
    for k, p in enumerate(parts):
        w.tool(
            tools[k % 4],
            {w.k["id"]: i, "step": p.rstrip(".")},
            {w.k["id"]: i, "step": k + 1, "ok": True},
        )
        w.say(line(w, "step") % p.rstrip("."))
    w.say(d["voice"]["done"])


def prog_batch_over_different_ids(w: Row) -> None:
    d = w.d
    w.opening()
    n = w.r.randrange(4, len(d["people"]) + 1)
    for p, t in zip(d["people"][:n], (d["things"] * 2)[:n], strict=False):
        i = oid(d, w.r)
        w.tool(
            d["update"],
            {w.k["id"]: i, w.k["person"]: p, w.k["item"]: t},
            {w.k["id"]: i, w.k["person"]: p, "updated": True},
        )
    w.say(d["voice"]["done"])


def prog_paging_with_token_passed(w: Row) -> None:
    d = w.d
    w.opening()
    cur = None
    pages = w.r.randrange(2, 5)
    for k in range(pages):
        _sk, lk, ck = PARAMS[d["name"]]
        args = {lk: 2} if cur is None else {ck: cur, lk: 2}
        nxt = cursor(w) if k < pages - 1 else None
        items = [
            {w.k["id"]: oid(d, w.r), w.k["person"]: d["people"][(2 * k + m) % len(d["people"])]}
            for m in range(2)
        ]
        w.tool(d["list"], args, {"items": items, "next_cursor": nxt, "has_more": nxt is not None})
        w.say(
            line(w, "page") if nxt else "That was the last page, %d records in all." % (2 * pages)
        )
    w.say(d["voice"]["done"])


def prog_polling_until_ready(w: Row) -> None:
    d = w.d
    w.opening()
    i = oid(d, w.r)
    states = [("queued", 0.0), ("processing", 0.2), ("processing", 0.4), ("processing", 0.8)]
    states = [*w.r.sample(states[1:], w.r.randrange(1, 4)), ("ready", 1.0)]
    states.sort(key=lambda x: x[1])
    for st, pr in [states[0], *states[1:]] if w.r.random() < 0.5 else [("queued", 0.0), *states]:
        w.tool(d["job"], {w.k["id"]: i}, {w.k["id"]: i, "state": st, "progress": pr})
        w.say(report(w, "poll", noun=d["noun"], st=st, pct=int(pr * 100)))
    w.say(d["voice"]["done"])


def prog_search_refinement_finds_match(w: Row) -> None:
    d = w.d
    w.opening()
    name = d["people"][2]
    w.tool(
        d["search"],
        {PARAMS[d["name"]][0]: name.split()[0]},
        {"results": [{"name": n} for n in d["people"][:4]], "total": 4},
    )
    w.say(LINES[d["name"]]["narrow"])
    i = oid(d, w.r)
    w.tool(
        d["search"],
        {PARAMS[d["name"]][0]: name},
        {"results": [{"name": name, w.k["id"]: i}], "total": 1},
    )
    w.tool(d["get"], {w.k["id"]: i}, {w.k["id"]: i, "name": name, "state": "active"})
    w.say(d["voice"]["done"])


def prog_create_distinct_records(w: Row) -> None:
    d = w.d
    w.opening()
    n = w.r.randrange(2, 5)
    for p, t in zip(d["people"][:n], d["things"][:n], strict=False):
        i = oid(d, w.r)
        w.tool(d["create"], {w.k["person"]: p, w.k["item"]: t}, {w.k["id"]: i, "created": True})
        w.say(line(w, "created") % i)
    w.say(d["voice"]["done"])


def prog_write_then_verify_each(w: Row) -> None:
    d = w.d
    w.opening()
    for p in d["people"][:3]:
        i = oid(d, w.r)
        w.tool(d["update"], {w.k["id"]: i, w.k["person"]: p}, {w.k["id"]: i, "status": "confirmed"})
        w.tool(d["get"], {w.k["id"]: i}, {w.k["id"]: i, "status": "confirmed", w.k["person"]: p})
    w.say(d["voice"]["done"])


def prog_clarify_then_act(w: Row) -> None:
    d = w.d
    w.opening()
    w.say(d["clar"])
    answer, thanks = CALM[d["name"]]
    w.say(thanks, answer)
    i = oid(d, w.r)
    w.tool(
        d["create"],
        {w.k["person"]: d["people"][0], "note": answer},
        {w.k["id"]: i, "created": True},
    )
    w.tool(d["get"], {w.k["id"]: i}, {w.k["id"]: i, "state": "confirmed"})
    w.say(d["voice"]["done"])


# The agent's reporting lines, per domain (named %-format fields).
REPORT: dict[str, dict[str, str]] = {
    "bridal_gown_alterations": {
        "noted": "Good to know from the %(title)s: %(text)s.",
        "closed": "That's %(k)d of %(n)d: %(i)s for %(p)s (%(t)s) is finished.",
        "summary": "The %(title)s says %(text)s",
        "out": "%(f)s can't take it that week, so I'll try someone else.",
        "kept": "%(f)s has room, so the ticket stays with them.",
        "corrected": "Ah, it wants the %(key)s in full. Sending %(good)s.",
        "poll": "The %(noun)s is %(st)s (%(pct)d%%).",
    },
    "fertiliser_blend_orders": {
        "noted": "%(title)s: %(text)s. Noted.",
        "closed": "%(i)s (%(p)s, %(t)s) closed, %(k)d/%(n)d.",
        "summary": "%(title)s -> %(text)s",
        "out": "%(f)s can't run it. Next line.",
        "kept": "%(f)s takes it. Keeping that.",
        "corrected": "Plant rejected %(key)s; resubmitting with %(good)s.",
        "poll": "Mixer says %(st)s, %(pct)d%% through.",
    },
    "cargo_bike_courier_dispatch": {
        "noted": "FYI %(title)s: %(text)s.",
        "closed": "%(k)d/%(n)d done - %(i)s, %(p)s, %(t)s.",
        "summary": "%(title)s: %(text)s",
        "out": "Surge in %(f)s makes no difference, trying another zone.",
        "kept": "%(f)s surge brings a rider in. Leaving it on.",
        "corrected": "Validation wants %(key)s=%(good)s. Fixed.",
        "poll": "Optimiser: %(st)s (%(pct)d%%).",
    },
    "pallet_pooling_returns": {
        "noted": "The %(title)s records: %(text)s.",
        "closed": "Claim %(i)s for %(p)s (%(t)s) resolved; %(k)d of %(n)d complete.",
        "summary": "Per the %(title)s: %(text)s",
        "out": "Setting %(f)s does not change the balance; reverting that one and testing the next.",
        "kept": "With %(f)s set the balance reconciles, so that flag stays.",
        "corrected": "The 409 names the problem: %(key)s. Re-submitting with %(good)s.",
        "poll": "Reconciliation job status: %(st)s, %(pct)d%% complete.",
    },
    "language_school_placement": {
        "noted": "From the %(title)s I can see: %(text)s.",
        "closed": "Student %(k)d of %(n)d placed: %(p)s (%(i)s) into %(t)s.",
        "summary": "The %(title)s shows %(text)s",
        "out": "With %(f)s the timetable still doesn't work; I'll try another option.",
        "kept": "%(f)s gives him the hours he needs, so I'll keep it.",
        "corrected": "The system suggests a different %(key)s; I'll use %(good)s instead.",
        "poll": "The %(noun)s is %(st)s (%(pct)d%% complete).",
    },
    "scaffold_hire_depot": {
        "noted": "%(title)s says %(text)s.",
        "closed": "%(i)s done for %(p)s, %(t)s. %(k)d of %(n)d.",
        "summary": "%(title)s: %(text)s",
        "out": "%(f)s is full. Trying the next bay.",
        "kept": "%(f)s has space. Going in there.",
        "corrected": "Wrong %(key)s. It's %(good)s in the catalogue.",
        "poll": "Wagon is %(st)s, %(pct)d%%.",
    },
    "coworking_desk_bookings": {
        "noted": "From %(title)s: %(text)s.",
        "closed": "Booking %(k)d/%(n)d closed: %(i)s (%(p)s, %(t)s).",
        "summary": "%(title)s summary: %(text)s",
        "out": "Mode on %(f)s doesn't free the slot; moving on to the next room.",
        "kept": "%(f)s frees the slot; leaving it set.",
        "corrected": "The API needs %(key)s as %(good)s; retrying with that.",
        "poll": "Invoice job: %(st)s (%(pct)d%%).",
    },
    "hospice_volunteer_rostering": {
        "noted": "I've read the %(title)s: %(text)s.",
        "closed": "That's %(p)s sorted for %(t)s (%(i)s), %(k)d of %(n)d.",
        "summary": "In the %(title)s: %(text)s",
        "out": "The %(f)s template doesn't cover Monday evening, so I'll try another.",
        "kept": "The %(f)s template covers it, so I'll use that one.",
        "corrected": "I see, it needs the dated %(key)s. I'll use %(good)s.",
        "poll": "The %(noun)s is %(st)s at the moment (%(pct)d%%).",
    },
}


def report(w: Row, which: str, **kw: object) -> str:
    return REPORT[w.d["name"]][which] % kw


# A first, plain answer to the clarifying question, and the agent's acknowledgement.
CALM = {
    "bridal_gown_alterations": (
        "Any weekday the week of 26 April, and yes, both.",
        "Lovely, I'll find her a weekday slot that week.",
    ),
    "fertiliser_blend_orders": ("24t total, to the yard.", "Right, 24t to the yard it is."),
    "cargo_bike_courier_dispatch": ("Loading bay.", "Got it, loading bay."),
    "pallet_pooling_returns": ("Wakefield.", "Thanks, Wakefield DC."),
    "language_school_placement": (
        "Mornings, please.",
        "Thank you, I'll look at morning B2 groups.",
    ),
    "scaffold_hire_depot": ("From the current end date.", "Cheers, two weeks on from the 9th."),
    "coworking_desk_bookings": ("This Thursday, the 11th.", "Thanks, Thursday the 11th."),
    "hospice_volunteer_rostering": (
        "The usual 18:00 to 21:00.",
        "Thank you, 18:00 to 21:00 on Willow then.",
    ),
}


# Per-domain argument and field names.
KEYS = {
    "bridal_gown_alterations": {"id": "order_id", "person": "bride", "item": "alteration"},
    "fertiliser_blend_orders": {"id": "order_no", "person": "customer", "item": "product"},
    "cargo_bike_courier_dispatch": {"id": "job_id", "person": "rider", "item": "pickup"},
    "pallet_pooling_returns": {"id": "id", "person": "account", "item": "equipment"},
    "language_school_placement": {"id": "student_id", "person": "student", "item": "course"},
    "scaffold_hire_depot": {"id": "hire_ref", "person": "customer", "item": "sku"},
    "coworking_desk_bookings": {"id": "bookingId", "person": "member", "item": "resource"},
    "hospice_volunteer_rostering": {"id": "volunteer_id", "person": "volunteer", "item": "role"},
}


# Per-domain query and paging parameter names: (search key, page size key, cursor key).
PARAMS = {
    "bridal_gown_alterations": ("query", "page_size", "page_token"),
    "fertiliser_blend_orders": ("holding_name", "max", "after"),
    "cargo_bike_courier_dispatch": ("text", "limit", "cursor"),
    "pallet_pooling_returns": ("account_name", "per_page", "page_cursor"),
    "language_school_placement": ("name", "limit", "next"),
    "scaffold_hire_depot": ("q", "size", "from_token"),
    "coworking_desk_bookings": ("filter", "first", "after"),
    "hospice_volunteer_rostering": ("name_contains", "count", "continuation"),
}


CURSOR_PREFIX = {
    "bridal_gown_alterations": "CiQ",
    "fertiliser_blend_orders": "off:",
    "cargo_bike_courier_dispatch": "c_",
    "pallet_pooling_returns": "eyJvZmZzZXQiOi",
    "language_school_placement": "nxt-",
    "scaffold_hire_depot": "ft_",
    "coworking_desk_bookings": "YXJyYXljb25uZWN0aW9uOj",
    "hospice_volunteer_rostering": "cont.",
}


def cursor(w: Row) -> str:
    return CURSOR_PREFIX[w.d["name"]] + w.c.hexid(10)


LOOPS = {k: globals()["loop_" + k] for k in LOOP_KINDS}
PROGS = {k: globals()["prog_" + k] for k in PROGRESS_KINDS}


def build() -> list[dict]:
    rows: list[dict] = []
    n = 0
    for label, kinds, table in (("loop", LOOP_KINDS, LOOPS), ("progress", PROGRESS_KINDS, PROGS)):
        for kind in kinds:
            for d in DOMAINS:
                n += 1
                rid = "sixtyfourth-%s-%s-%03d" % (label, kind, n)
                # Redraw (deterministically) the rare row whose choices run past 16 steps.
                for attempt in range(50):
                    salt = "" if attempt == 0 else ":%d" % attempt
                    w = Row(d, random.Random("%d:%s%s" % (SEED, rid, salt)))
                    table[kind](w)
                    if 6 <= len(w.steps) <= 16:
                        break
                assert 6 <= len(w.steps) <= 16, rid
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": w.steps,
                    }
                )
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


if __name__ == "__main__":
    main()
