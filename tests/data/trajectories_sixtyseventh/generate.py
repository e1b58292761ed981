"""Generate blind trajectory set 67: 208 labelled agent trajectories over 8 domains.

Standard library only. Every row is seeded from SEED and its own id, so the output is
reproducible byte for byte: ``python generate.py`` rewrites ``trajectories.jsonl``.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path

SEED = 6767
HERE = Path(__file__).resolve().parent
PREFIX = "sixtyseventh"

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "cursor_not_advanced",
    "flip_flop_edit",
    "redundant_verification",
    "ignored_answer_reask",
    "param_churn_same_error",
    "empty_search_reformulation",
]
PROGRESS_KINDS = [
    "reread_after_change",
    "summaries_of_different_docs",
    "alternating_compare_distinct",
    "retry_with_corrected_arg",
    "poll_until_ready",
    "status_updates_with_new_counts",
    "batch_over_distinct_ids",
    "paging_with_token_passed",
    "staged_edit_converges",
    "verify_once_then_next_task",
    "clarify_then_act",
    "param_narrowing_succeeds",
    "search_refinement_converges",
]


# --------------------------------------------------------------------------- envelopes


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _v(value: object) -> str:
    if isinstance(value, (list, dict)) or value is None or isinstance(value, bool):
        return json.dumps(value)
    return str(value)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def env_json_meta(c: Ctx, body: dict, err: bool) -> str:
    c.quota -= 1
    out = {
        "request_id": "req_" + _hex(c.rng, 14),
        "data": None if err else body,
        "error": body if err else None,
        "meta": {"rate_limit_remaining": c.quota, "served_at": _iso(c.t)},
    }
    return json.dumps(out)


def env_trace_ms(c: Ctx, body: dict, err: bool) -> str:
    out = {"traceId": _hex(c.rng, 32), "ts": int(c.t * 1000), "success": not err}
    out["fault" if err else "result"] = body
    return json.dumps(out, separators=(",", ":"))


def env_http_text(c: Ctx, body: dict, err: bool) -> str:
    status = "HTTP/1.1 %s" % ("422 Unprocessable Entity" if err else "200 OK")
    lines = [
        status,
        "Date: " + formatdate(c.t, usegmt=True),
        'ETag: W/"%s"' % _hex(c.rng, 10),
        "X-Node: " + c.rng.choice(c.d["nodes"]),
        "",
    ]
    lines += ["%s: %s" % (k, _v(v)) for k, v in body.items()]
    return "\n".join(lines)


def env_ok_node(c: Ctx, body: dict, err: bool) -> str:
    out = {"ok": not err, "node": c.rng.choice(c.d["nodes"]), "at": _iso(c.t)}
    out["problem" if err else "payload"] = body
    return json.dumps(out)


def env_xmlish(c: Ctx, body: dict, err: bool) -> str:
    attrs = 'id="%s" time="%d" status="%s"' % (
        _hex(c.rng, 8),
        int(c.t),
        "error" if err else "ok",
    )
    inner = "".join("<%s>%s</%s>" % (k, _v(v), k) for k, v in body.items())
    return "<response %s>%s</response>" % (attrs, inner)


def env_kv_lines(c: Ctx, body: dict, err: bool) -> str:
    c.seq += 1
    head = "RESULT %s seq=%d t=%d" % ("ERR" if err else "OK", c.seq + c.base_seq, int(c.t))
    return head + "\n" + "\n".join("  %s=%s" % (k, _v(v)) for k, v in body.items())


def env_status_headers(c: Ctx, body: dict, err: bool) -> str:
    out = {
        "status": 409 if err else 200,
        "headers": {
            "x-request-id": "%s-%s" % (_hex(c.rng, 8), _hex(c.rng, 4)),
            "cache-control": "private, max-age=%d" % c.rng.choice([0, 5, 30]),
            "age": str(c.rng.randint(0, 40)),
            "date": formatdate(c.t, usegmt=True),
        },
        "body": body,
    }
    return json.dumps(out)


def env_epoch_server(c: Ctx, body: dict, err: bool) -> str:
    c.quota -= c.rng.randint(1, 3)
    out = {
        "meta": {
            "epoch": int(c.t),
            "server": c.rng.choice(c.d["nodes"]),
            "credits_left": c.quota,
        },
        "outcome": "error" if err else "ok",
        "content": body,
    }
    return json.dumps(out)


# --------------------------------------------------------------------------- domains

DOMAINS: list[dict] = [
    {
        "name": "bail_bond_agency",
        "env": env_json_meta,
        "nodes": ["bb-api-1", "bb-api-2"],
        "id": lambda r: "BND-%05d" % r.randint(10000, 99999),
        "people": ["Darnell Ruiz", "Keisha Holloway", "Marty Szabo", "Lena Park", "Tobias Grant"],
        "t0": 1795600000,
        "list": ("bonds.list", "defendant bond"),
        "get": "bonds.get",
        "key": "bond_id",
        "aux": [
            ("court.calendar.today", {"county": "Maricopa"}, {"hearings": 14, "first": "08:30"}),
            ("agent.license.status", {}, {"license": "AZ-BB-22871", "expires": "2027-03-31"}),
        ],
        "fields": lambda r, who: {
            "defendant": who,
            "amount_usd": r.choice([2500, 5000, 7500, 15000, 25000]),
            "next_court_date": "2026-12-%02d" % r.randint(1, 28),
            "checkin": r.choice(["current", "missed_1", "current"]),
        },
        "act": ("checkins.schedule", "checkin", {"channel": "sms"}),
        "poll": ("forfeiture.report.status", ["queued", "collecting", "collecting", "ready"]),
        "search": "defendants.search",
        "flip": ("bonds.update", "reminder_cadence", "daily", "weekly"),
        "badarg": ("court_date", "12/14/2026", "2026-12-14", "court_date must be YYYY-MM-DD"),
        "err": ("upstream_timeout", "county clerk gateway did not answer within 10s"),
        "q_bad": ["Hollaway", "K. Holoway", "Holloway Keysha", "keisha h"],
        "q_good": ["Holloway", "Holloway, Keisha", "Keisha Holloway DOB 1991"],
        "ask": "Which county should the check-in reminders follow, Maricopa or Pinal?",
        "answer": "Maricopa. All of these are Maricopa.",
        "para": [
            "I'll pull up the bond record for %s again to check the court date.",
            "Let me look at %s's bond one more time for the hearing date.",
            "Re-checking the file on %s so I can confirm when they're due in court.",
            "Going back to %s's bond to see the next appearance.",
            "One more look at the bond for %s; I need that court date.",
            "Opening %s's bond entry again for the appearance date.",
        ],
        "mono": "Checking which defendants still need a check-in before their hearing.",
        "voice": {
            "start": "I'll start with the active bonds and work from there.",
            "retry": "The clerk gateway timed out; trying that again.",
            "done": "Check-in reminders are queued for everyone with a hearing this month.",
            "sorry": "Sorry, that took a detour.",
        },
        "req": "Can you go through the active bonds and make sure everyone with a court date in December has a check-in set up?",
    },
    {
        "name": "winter_road_gritting",
        "env": env_trace_ms,
        "nodes": ["depot-north", "depot-east"],
        "id": lambda r: "RTE-%s%02d" % (r.choice("ABCDK"), r.randint(1, 60)),
        "people": ["A614 Ollerton", "B6024 ridge", "Hilltop estate loop", "Bus station ramp"],
        "t0": 1796700000,
        "list": ("get_routes", "gritting route"),
        "get": "get_route",
        "key": "route_ref",
        "aux": [
            ("get_forecast", {"zone": "NE"}, {"road_surface_min_c": -3.4, "frost_from": "21:00"}),
            ("get_salt_stock", {"depot": "north"}, {"tonnes": 412, "days_cover": 9}),
        ],
        "fields": lambda r, who: {
            "name": who,
            "length_km": round(r.uniform(18, 64), 1),
            "spread_rate_gm2": r.choice([10, 15, 20]),
            "vehicle": "GRT-%02d" % r.randint(1, 19),
        },
        "act": ("dispatch_run", "treatment", {"pre_wet": True}),
        "poll": ("get_run_status", ["loading", "en_route", "spreading", "complete"]),
        "search": "find_vehicle",
        "flip": ("set_route_plan", "spread_rate_gm2", 15, 20),
        "badarg": ("vehicle", "GRT-7", "GRT-07", "unknown vehicle id; expected GRT-NN"),
        "err": ("TELEMATICS_UNAVAILABLE", "vehicle telematics feed is not responding"),
        "q_bad": ["gritter plough blade", "blade gritter", "plough-fitted", "snowplough unit"],
        "q_good": ["plough", "plough status=available", "plough status=available depot=north"],
        "ask": "Should I pre-wet the salt on the hilltop routes or run dry rock salt?",
        "answer": "Pre-wet. Dry salt just blows off the ridge.",
        "para": [
            "Pulling route %s again to check its spread rate.",
            "I'll re-open %s and confirm the rate it's set to.",
            "Let me recheck the configuration on %s before dispatch.",
            "Having another look at %s to see what rate is planned.",
            "Going back into %s for the spread-rate figure.",
            "Reviewing %s one more time, just the rate.",
        ],
        "mono": "Road surface is dropping below zero, planning the precautionary runs.",
        "voice": {
            "start": "Forecast first, then I'll line up the routes.",
            "retry": "Telematics didn't answer. Retrying.",
            "done": "All priority routes are dispatched for tonight.",
            "sorry": "My mistake on the vehicle id.",
        },
        "req": "Frost's forecast from 9pm. Get the priority one routes treated tonight please.",
    },
    {
        "name": "skydiving_dropzone_manifest",
        "env": env_http_text,
        "nodes": ["mfst-a", "mfst-b", "mfst-c"],
        "id": lambda r: "L%d-%02d" % (r.randint(1, 3), r.randint(1, 24)),
        "people": ["Jonah Feld", "Priya Natarajan", "Sam O'Dea", "Bea Lindqvist", "Rui Costa"],
        "t0": 1797000000,
        "list": ("GET /loads", "aircraft load"),
        "get": "GET /loads/{id}",
        "key": "load",
        "aux": [
            ("GET /winds", {"alt_ft": 13000}, {"upper_kts": 28, "ground_kts": 9, "gusts": "no"}),
            ("GET /aircraft/N208DZ", {}, {"fuel_lbs": 1150, "status": "turning"}),
        ],
        "fields": lambda r, who: {
            "lead_jumper": who,
            "slots_used": r.randint(9, 17),
            "slots_max": 17,
            "call": r.choice(["20 min", "15 min", "on hold"]),
        },
        "act": ("POST /loads/{id}/jumpers", "jumper", {"reserve_checked": True}),
        "poll": ("GET /loads/{id}/status", ["boarding", "boarding", "climbing", "jumpers away"]),
        "search": "GET /jumpers?q=",
        "flip": ("PATCH /loads/{id}", "exit_order", "belly-first", "freefly-first"),
        "badarg": ("uspa", "D33421", "D-33421", "uspa membership format D-NNNNN"),
        "err": ("reserve_repack_lookup_failed", "rigger database unreachable"),
        "q_bad": ["tandem videographer", "video tandem", "tandem vid", "camera flyer tandem"],
        "q_good": ["camera", "camera rating=tandem", "camera rating=tandem current=true"],
        "ask": "Do you want the two tandems on load 4 or held for the 2pm?",
        "answer": "Load 4, they've been waiting since nine.",
        "para": [
            "Fetching load %s again to check open slots.",
            "Let me see how full %s is one more time.",
            "Re-reading the manifest for %s to count slots.",
            "Checking %s again for space.",
            "I'll look at %s again to see whether there is room.",
            "Pulling up %s once more for the slot count.",
        ],
        "mono": "Looking for a load with room for the waiting jumpers.",
        "voice": {
            "start": "Winds are fine. Checking the loads next.",
            "retry": "Rigger DB is down, retrying the reserve check.",
            "done": "Both jumpers are on the manifest with reserves in date.",
            "sorry": "Apologies, I used the wrong membership format.",
        },
        "req": "Get Priya and Rui on the next load with space, reserves need to be in date.",
    },
    {
        "name": "hyperbaric_chamber_clinic",
        "env": env_ok_node,
        "nodes": ["hbo-sched-01", "hbo-sched-02"],
        "id": lambda r: "SES-%d%03d" % (r.randint(7, 9), r.randint(0, 999)),
        "people": ["M. Okafor", "R. Delacroix", "H. Tanaka", "S. Whitfield", "P. Novak"],
        "t0": 1797300000,
        "list": ("sessions_list", "chamber session"),
        "get": "session_detail",
        "key": "session_id",
        "aux": [
            (
                "chamber_status",
                {"chamber": "multiplace-2"},
                {"state": "ventilating", "o2_pct": 20.9},
            ),
            ("staff_roster", {"day": "tue"}, {"tenders": 2, "physician": "Dr. Abara"}),
        ],
        "fields": lambda r, who: {
            "patient": who,
            "protocol": r.choice(["2.4 ATA 90min", "2.0 ATA 120min", "2.4 ATA 90min"]),
            "session_no": "%d/40" % r.randint(3, 38),
            "ear_clearance": r.choice(["ok", "ok", "pe_tubes"]),
        },
        "act": ("session_book", "booking", {"chamber": "multiplace-2"}),
        "poll": ("pressurisation_check", ["pending", "leak_test", "leak_test", "passed"]),
        "search": "patient_lookup",
        "flip": ("session_update", "air_breaks", "2x5min", "3x5min"),
        "badarg": ("start", "10:15", "2026-12-08T10:15", "start must be a full ISO datetime"),
        "err": ("CHAMBER_CTRL_OFFLINE", "chamber controller did not acknowledge"),
        "q_bad": ["Delacroix diabetic foot", "Delacroix wound", "R Dela Croix", "delacroix ulcer"],
        "q_good": ["Delacroix", "Delacroix, R", "Delacroix, R dob=1958"],
        "ask": "Is the 10:15 for Mr Delacroix a tender-accompanied dive or solo monoplace?",
        "answer": "Multiplace with a tender, he gets anxious.",
        "para": [
            "Let me open session %s again to check the protocol.",
            "Re-checking %s for the pressure and duration.",
            "I'll review the details on %s once more.",
            "Looking back at session %s to confirm what's prescribed.",
            "Another pass over %s for the treatment protocol.",
            "Returning to %s to read the protocol line.",
        ],
        "mono": "Reviewing tomorrow's chamber sessions for conflicts.",
        "voice": {
            "start": "I'll check the chamber and roster, then the sessions.",
            "retry": "Controller didn't acknowledge, sending again.",
            "done": "Tomorrow's schedule has no clashes and air breaks are set.",
            "sorry": "Sorry, I passed the time in the wrong format.",
        },
        "req": "Please check tomorrow's HBO sessions and fit in Mr Delacroix's extra wound-care dive.",
    },
    {
        "name": "fireworks_display_planning",
        "env": env_xmlish,
        "nodes": ["pyro-1"],
        "id": lambda r: "SHW-%04d" % r.randint(1000, 9999),
        "people": ["Riverside NYE", "Castle Lawn Diwali", "Harbour Wall Nov 5", "Stadium Finale"],
        "t0": 1797600000,
        "list": ("pyro.shows.list", "display"),
        "get": "pyro.shows.get",
        "key": "show",
        "aux": [
            ("pyro.magazine.stock", {"site": "unit-4"}, {"neq_kg": 182.5, "licence_cap_kg": 250}),
            ("pyro.caa.notices", {}, {"notams_open": 1, "next_expiry": "2026-12-31"}),
        ],
        "fields": lambda r, who: {
            "event": who,
            "neq_kg": round(r.uniform(40, 160), 1),
            "safety_distance_m": r.choice([75, 100, 150, 200]),
            "cues": r.randint(60, 240),
        },
        "act": ("pyro.permits.submit", "permit", {"authority": "council"}),
        "poll": ("pyro.script.compile_status", ["queued", "compiling", "validating", "ok"]),
        "search": "pyro.catalogue.search",
        "flip": ("pyro.shows.patch", "finale_cue", 212, 218),
        "badarg": ("calibre_mm", "3in", "75", "calibre_mm must be an integer in mm"),
        "err": ("FIRING_SYSTEM_BUSY", "firing module FM-3 is locked by another session"),
        "q_bad": [
            "gold willow 100mm low noise",
            "quiet gold willow",
            "willow gold hush",
            "low-noise willow",
        ],
        "q_good": ["willow", "willow calibre=100", "willow calibre=100 noise=low"],
        "ask": "Should the riverside finale stay under the 120 dB noise condition or is the waiver through?",
        "answer": "Stay under 120. No waiver this year.",
        "para": [
            "Opening show %s again to confirm the safety distance.",
            "Let me check the fallout zone on %s once more.",
            "I'll recheck the distance figure recorded on %s.",
            "Pulling %s back up, I need the separation distance.",
            "Having another look at %s for the crowd line.",
            "Back to %s to read the safety distance again.",
        ],
        "mono": "Checking the net explosive quantity against the licence cap.",
        "voice": {
            "start": "Stock and notices first, then each show.",
            "retry": "Firing module is locked, trying once more.",
            "done": "Permit packs are filed for the shows that fit the licence.",
            "sorry": "I gave the calibre in inches, fixing that.",
        },
        "req": "Make sure the December shows fit our magazine licence and get the permits in.",
    },
    {
        "name": "braille_transcription_service",
        "env": env_kv_lines,
        "nodes": ["brl-q"],
        "id": lambda r: "JOB%06d" % r.randint(100000, 999999),
        "people": [
            "Year 9 Biology ch.4",
            "Council tax notice",
            "Menu - Ostra bistro",
            "GCSE maths paper 2",
        ],
        "t0": 1797900000,
        "list": ("jobs_index", "transcription job"),
        "get": "job_read",
        "key": "job",
        "aux": [
            ("embosser_queue", {"unit": "Index-FP"}, {"pages_waiting": 312, "paper": "A4 160gsm"}),
            ("proofreader_availability", {}, {"on_shift": 3, "next_free": "14:00"}),
        ],
        "fields": lambda r, who: {
            "title": who,
            "grade": r.choice(["UEB grade 2", "UEB grade 1", "UEB grade 2"]),
            "print_pages": r.randint(2, 140),
            "tactiles": r.randint(0, 12),
        },
        "act": ("emboss_submit", "emboss", {"copies": 1}),
        "poll": ("translate_status", ["queued", "translating", "formatting", "proof_ready"]),
        "search": "style_rules_search",
        "flip": ("job_settings", "line_length", 32, 40),
        "badarg": ("code", "EBAE", "UEB", "code EBAE retired; use UEB"),
        "err": ("EMBOSSER_JAM", "Index-FP reports paper jam at tractor feed"),
        "q_bad": [
            "nemeth fraction slash",
            "fraction slash nemeth",
            "slashed fraction",
            "nemeth slash fraction rule",
        ],
        "q_good": ["fraction", "fraction code=UEB", "fraction code=UEB section=technical"],
        "ask": "For the maths paper, UEB technical or Nemeth inside UEB?",
        "answer": "UEB technical, the exam board asked for it.",
        "para": [
            "Reading job %s again for the page count.",
            "Let me re-open %s and check how many pages it is.",
            "I'll look at %s again to size it.",
            "Rechecking the length of %s.",
            "Back into %s to confirm the print page count.",
            "Opening %s once more to see how long it runs.",
        ],
        "mono": "Working out which jobs can be embossed before the afternoon collection.",
        "voice": {
            "start": "Let me check the embosser queue before taking new jobs.",
            "retry": "Embosser jammed, resubmitting.",
            "done": "Jobs are formatted and queued for embossing.",
            "sorry": "That was the retired code, sorry.",
        },
        "req": "The maths paper and the council notice need to be in braille by Friday. Can you move them through?",
    },
    {
        "name": "septic_tank_pumping_routes",
        "env": env_status_headers,
        "nodes": ["tank-api"],
        "id": lambda r: "ST%d-%03d" % (r.randint(2, 6), r.randint(0, 999)),
        "people": [
            "14 Birch Lane",
            "Old Mill Farm",
            "Cedar Hollow camp",
            "Route 9 diner",
            "22 Quarry Rd",
        ],
        "t0": 1798200000,
        "list": ("sites.search", "septic site"),
        "get": "sites.fetch",
        "key": "site_id",
        "aux": [
            ("truck.levels", {"truck": "vac-3"}, {"load_gal": 1200, "capacity_gal": 3500}),
            ("plant.hours", {"plant": "Millbrook WWTP"}, {"open": "07:00", "close": "15:30"}),
        ],
        "fields": lambda r, who: {
            "address": who,
            "tank_gal": r.choice([1000, 1250, 1500, 2000]),
            "last_pumped": "20%d-%02d" % (r.randint(22, 25), r.randint(1, 12)),
            "access": r.choice(["lid exposed", "riser", "dig 18in"]),
        },
        "act": ("jobs.create", "pump", {"truck": "vac-3"}),
        "poll": ("manifest.status", ["draft", "pending_plant", "pending_plant", "accepted"]),
        "search": "customers.find",
        "flip": ("sites.patch", "interval_months", 24, 36),
        "badarg": ("gallons", "1,500", 1500, "gallons must be a number"),
        "err": ("GPS_STALE", "truck position older than 20 minutes"),
        "q_bad": ["old mill farm effluent", "mill farm septic", "oldmill", "old mil farm"],
        "q_good": ["Mill", "Mill Farm", "Old Mill Farm county=Hale"],
        "ask": "Old Mill Farm has two tanks. Pump both or just the house tank?",
        "answer": "Both, and note the baffle on the second one.",
        "para": [
            "Fetching %s again to see when it was last pumped.",
            "Let me check %s's pump history one more time.",
            "I'll re-pull the site record for %s.",
            "Looking up %s again for the last service date.",
            "Another look at %s to confirm when it was pumped.",
            "Re-reading %s to get the last pump-out.",
        ],
        "mono": "Sorting today's stops by how full the truck will be.",
        "voice": {
            "start": "Truck level first, then the stops.",
            "retry": "GPS is stale, I'll try again.",
            "done": "Today's stops are booked and the plant manifest is accepted.",
            "sorry": "Gallons went in with a comma, my fault.",
        },
        "req": "Plan vac-3's day: the overdue tanks near Hale, and we need to be at the plant before it shuts.",
    },
    {
        "name": "violin_luthier_workshop",
        "env": env_epoch_server,
        "nodes": ["bench-srv"],
        "id": lambda r: "WO-%d/%03d" % (r.choice([25, 26]), r.randint(0, 999)),
        "people": [
            "Ms Adeyemi",
            "Mr Kowalczyk",
            "Yuki Sato",
            "Conservatoire loan pool",
            "Elin Jones",
        ],
        "t0": 1798500000,
        "list": ("workorders:list", "work order"),
        "get": "workorders:get",
        "key": "wo",
        "aux": [
            ("humidity:read", {"room": "varnish"}, {"rh_pct": 47, "temp_c": 20.5}),
            ("stock:tonewood", {"species": "spruce"}, {"wedges": 6, "grade": "AA"}),
        ],
        "fields": lambda r, who: {
            "owner": who,
            "instrument": r.choice(["violin 4/4", "viola 16in", "cello 4/4", "violin 3/4"]),
            "job": r.choice(
                ["soundpost adjust", "bridge replace", "seam reglue", "fingerboard plane"]
            ),
            "promised": "2026-12-%02d" % r.randint(1, 28),
        },
        "act": ("bench:assign", "assignment", {"bench": 2}),
        "poll": ("glue:cure_check", ["wet", "tacky", "tacky", "cured"]),
        "search": "parts:search",
        "flip": ("workorders:patch", "bridge_height_mm", 33.5, 34.0),
        "badarg": ("species", "Maple", "maple_flamed", "unknown species; see parts:search"),
        "err": ("CAMERA_TIMEOUT", "bench camera snapshot timed out"),
        "q_bad": [
            "Aubert bridge de luxe 41",
            "Aubert deluxe 41mm",
            "aubert luxe",
            "bridge aubert 41 luxe",
        ],
        "q_good": ["Aubert", "Aubert type=bridge", "Aubert type=bridge foot=41"],
        "ask": "For Mr Kowalczyk's viola, replace the bridge or just refit the feet?",
        "answer": "Replace it, the old one is warped.",
        "para": [
            "Opening work order %s again to see what was promised.",
            "Let me recheck the due date on %s.",
            "I'll read %s once more for the promise date.",
            "Going back to %s to see when the customer expects it.",
            "Checking %s again for the collection date.",
            "One more read of %s to confirm the deadline.",
        ],
        "mono": "Going through the bench queue to see what is due first.",
        "voice": {
            "start": "Humidity first, the glue-ups depend on it.",
            "retry": "Snapshot timed out, retrying.",
            "done": "The viola is on bench 2 with the bridge blank reserved.",
            "sorry": "I used the wrong species code.",
        },
        "req": "Sort out this week's bench queue and get Mr Kowalczyk's viola started, he's playing on the 12th.",
    },
]


# The agent's own wording, per domain: openers, recheck, page-size, rephrase, verify, flip, next.
SAY: dict[str, dict[str, list[str]]] = {
    "bail_bond_agency": {
        "open": [
            "Sure, pulling the bond book now.",
            "On it. I'll go defendant by defendant.",
            "Okay, let me get into the bond files.",
        ],
        "recheck": [
            "Let me cross-check the calendar against the licence again.",
            "Comparing those two once more before I touch anything.",
        ],
        "size": [
            "The clerk feed might choke on big pages, trying smaller.",
            "Dropping the page size.",
        ],
        "rephrase": [
            "Nothing. Maybe it's spelled differently.",
            "Zero hits, trying another spelling.",
        ],
        "verify": [
            "Check-in is there. I'll confirm it one more time.",
            "Looks scheduled; double-checking.",
        ],
        "flip": [
            "Weekly fits a low-risk defendant better.",
            "Daily is safer this close to a hearing.",
        ],
        "next": ["Next page of bonds.", "Getting the rest of the active bonds."],
    },
    "winter_road_gritting": {
        "open": [
            "Right, looking at tonight's treatment.",
            "Will do. Starting with the routes.",
            "Okay, lining up the precautionary runs.",
        ],
        "recheck": [
            "Forecast and stock again, need to be sure before dispatch.",
            "Re-reading forecast and salt stock.",
        ],
        "size": ["Route list timing out, smaller batch.", "Trying fewer routes per call."],
        "rephrase": [
            "No vehicles matched. Different wording.",
            "Nothing. Trying another term for it.",
        ],
        "verify": ["Run is logged. Confirming again.", "Dispatch recorded; checking once more."],
        "flip": ["20 g/m2 is safer for the ridge.", "15 should do with pre-wet."],
        "next": ["Next batch of routes.", "Fetching more routes."],
    },
    "skydiving_dropzone_manifest": {
        "open": [
            "Got it, checking the manifest.",
            "Sure. Let me see what's boarding.",
            "On it, looking at the loads.",
        ],
        "recheck": [
            "Winds and the aircraft again before I add anyone.",
            "Rechecking winds and fuel.",
        ],
        "size": ["Manifest API is slow, asking for fewer loads.", "Smaller page of loads then."],
        "rephrase": ["No camera flyers found, rewording.", "Nothing under that, trying again."],
        "verify": [
            "Jumper's on. Reading the load again to be sure.",
            "On the manifest; verifying again.",
        ],
        "flip": [
            "Freefly-first works better with the tandem exiting last.",
            "Belly groups out first is standard.",
        ],
        "next": ["Next set of loads.", "More loads."],
    },
    "hyperbaric_chamber_clinic": {
        "open": [
            "Of course. I'll review the chamber schedule.",
            "Certainly, opening tomorrow's list.",
            "Will do, checking sessions now.",
        ],
        "recheck": [
            "Rechecking chamber status and roster together.",
            "Chamber and staffing again, to be safe.",
        ],
        "size": [
            "Session list failed; requesting fewer rows.",
            "Reducing the number of sessions per request.",
        ],
        "rephrase": [
            "No patient found, adjusting the search.",
            "No match; trying a different form of the name.",
        ],
        "verify": ["Booking shows. I'll verify it again.", "Booked; confirming once more."],
        "flip": [
            "Three air breaks is more conservative for him.",
            "Two breaks is the standard for 90 minutes.",
        ],
        "next": ["Requesting the next sessions.", "Continuing through the session list."],
    },
    "fireworks_display_planning": {
        "open": [
            "Understood, going through the December shows.",
            "Sure, starting with the licence numbers.",
            "Okay, let me check the shows.",
        ],
        "recheck": [
            "Magazine stock against notices again.",
            "Once more: stock and airspace notices.",
        ],
        "size": ["Shows endpoint errored; smaller request.", "Fewer shows per page, then."],
        "rephrase": ["Catalogue returned nothing, rewording.", "No product hit, another phrasing."],
        "verify": [
            "Permit's submitted. Checking it again.",
            "Filed; re-verifying the show record.",
        ],
        "flip": ["Cue 218 lines up with the music hit.", "212 gives the finale more headroom."],
        "next": ["Fetching more shows.", "Next shows."],
    },
    "braille_transcription_service": {
        "open": [
            "Sure, checking the job queue.",
            "Okay. I'll look at both jobs.",
            "Right, starting on the queue.",
        ],
        "recheck": [
            "Queue and proofreaders again.",
            "Checking embosser and proofing capacity again.",
        ],
        "size": ["Index call failed, fewer jobs per page.", "Trying a smaller index page."],
        "rephrase": [
            "No style rule found, rephrasing.",
            "Nothing in the rules, trying other words.",
        ],
        "verify": ["Emboss job is in. Reading it again.", "Submitted; confirming again."],
        "flip": ["40 cells suits the wider paper.", "32 cells is safer for the binder margin."],
        "next": ["Next page of jobs.", "More jobs."],
    },
    "septic_tank_pumping_routes": {
        "open": [
            "Sure thing, planning vac-3.",
            "Okay, looking at the overdue tanks.",
            "On it, starting with the truck.",
        ],
        "recheck": [
            "Truck level and plant hours once more.",
            "Re-reading the truck load and the plant hours.",
        ],
        "size": ["Site search errored, fewer sites per call.", "Smaller page of sites."],
        "rephrase": ["No customer found. Other spelling.", "Nothing. Rewording the search."],
        "verify": ["Job is created. Checking the site again.", "Booked; confirming once more."],
        "flip": ["36 months is fine for a two-person house.", "24 months, given the soil."],
        "next": ["More overdue sites.", "Next page of sites."],
    },
    "violin_luthier_workshop": {
        "open": [
            "Sure, I'll look at the bench queue.",
            "Okay, going through the work orders.",
            "Right, starting with the queue.",
        ],
        "recheck": [
            "Humidity and tonewood stock again before the glue-up.",
            "Rechecking humidity and stock.",
        ],
        "size": ["Work order list errored; smaller page.", "Fewer orders per call."],
        "rephrase": ["No bridge blank found. Rewording.", "Nothing in parts; another phrasing."],
        "verify": [
            "Assigned. Opening the order again to be sure.",
            "On the bench; verifying once more.",
        ],
        "flip": [
            "34.0 gives a touch more clearance on the C string.",
            "33.5 matches his old setup.",
        ],
        "next": ["Next work orders.", "More orders."],
    },
}

for _name, _lines in {
    "bail_bond_agency": [
        "Where are we on the Holloway bond?",
        "Court opens at 8:30, is this nearly done?",
        "Any update?",
    ],
    "winter_road_gritting": [
        "Trucks are waiting at the depot.",
        "How's it looking? Frost is early.",
        "Status?",
    ],
    "skydiving_dropzone_manifest": [
        "Pilot's asking for the manifest.",
        "Are they on yet?",
        "15 minute call went out, where are we?",
    ],
    "hyperbaric_chamber_clinic": [
        "The tenders need the list by four.",
        "Has the extra session gone in?",
        "Any progress on tomorrow?",
    ],
    "fireworks_display_planning": [
        "Council closes permits at 5pm today.",
        "How are we doing on the permits?",
        "Anything back yet?",
    ],
    "braille_transcription_service": [
        "The school rang again about the paper.",
        "Is the maths one moving?",
        "How far along are we?",
    ],
    "septic_tank_pumping_routes": [
        "Driver's at the yard, where's he going first?",
        "Did Old Mill get booked?",
        "Update?",
    ],
    "violin_luthier_workshop": [
        "Mr Kowalczyk is on the phone, what do I tell him?",
        "Is the viola on a bench yet?",
        "How's the queue?",
    ],
}.items():
    SAY[_name]["nudge"] = _lines

LIST_ERR = {
    "bail_bond_agency": ("query_timeout", "bond ledger query exceeded 8000ms"),
    "winter_road_gritting": ("ROUTES_BACKEND_503", "route service unavailable, retry later"),
    "skydiving_dropzone_manifest": ("manifest_read_failed", "upstream manifest db read timeout"),
    "hyperbaric_chamber_clinic": ("EHR_BRIDGE_TIMEOUT", "EHR bridge did not return session rows"),
    "fireworks_display_planning": ("SHOWS_INDEX_LOCKED", "show index is rebuilding"),
    "braille_transcription_service": ("INDEX_IO", "job index read error on volume brl-data"),
    "septic_tank_pumping_routes": (
        "search_unavailable",
        "site search cluster is yellow, query rejected",
    ),
    "violin_luthier_workshop": ("DB_BUSY", "workshop database is busy (nightly backup)"),
}


def list_err(c: Ctx) -> dict:
    code, msg = LIST_ERR[c.d["name"]]
    return {"code": code, "message": msg}


def say(c: Ctx, key: str) -> str:
    return c.rng.choice(SAY[c.d["name"]][key])


# --------------------------------------------------------------------------- row context


class Ctx:
    def __init__(self, d: dict, rng: random.Random) -> None:
        self.d = d
        self.rng = rng
        self.t = d["t0"] + rng.randint(0, 86400)
        self.quota = rng.randint(300, 900)
        self.seq = 0
        self.base_seq = rng.randint(1000, 9000)
        self.steps: list[dict] = []

    def tick(self) -> None:
        self.t += self.rng.uniform(0.8, 9.0)

    def llm(self, text: str, obs: str = "") -> None:
        self.tick()
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def call(self, tool: str, args: dict, body: dict, err: bool = False) -> None:
        self.tick()
        obs = self.d["env"](self, body, err)
        self.steps.append(
            {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": err}
        )

    def record(self, who: str | None = None) -> tuple[str, dict]:
        rid = self.d["id"](self.rng)
        who = who or self.rng.choice(self.d["people"])
        return rid, self.d["fields"](self.rng, who)

    def aux(self, n: int) -> None:
        for tool, args, body in self.rng.sample(self.d["aux"], n):
            self.call(tool, dict(args), dict(body))

    def err_body(self) -> dict:
        code, msg = self.d["err"]
        return {"code": code, "message": msg}


def tool_for(template: str, rid: str) -> str:
    return template.replace("{id}", rid)


def opening(c: Ctx, lead: str) -> None:
    """The person's request, then zero to two unrelated reads."""
    d = c.d
    c.llm(lead, d["req"])
    n = c.rng.choice([0, 1, 1, 2])
    c.aux(n)
    if n and c.rng.random() < 0.5:
        c.llm(d["voice"]["start"])
    if c.rng.random() < 0.3:
        rid, rec = c.record()
        c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
        k, v = c.rng.choice(list(rec.items())[1:])
        c.llm(
            c.rng.choice(["%s is fine (%s %s).", "Nothing needed on %s, %s is %s."])
            % (rid, k.replace("_", " "), v)
        )


def get_args(c: Ctx, rid: str) -> dict:
    return {c.d["key"]: rid}


def get_tool(c: Ctx, rid: str) -> str:
    return tool_for(c.d["get"], rid)


# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(c: Ctx) -> None:
    d = c.d
    rid, rec = c.record()
    opening(c, say(c, "open"))
    text = d["para"][0] % rid
    reps = c.rng.randint(3, 7)
    talk_every = c.rng.choice([1, 1, 2])
    nudge_at = c.rng.randint(1, reps) if c.rng.random() < 0.4 else -1
    for i in range(reps):
        variant = (
            text if i % 2 == 0 else text.rstrip(".") + " ." if c.rng.random() < 0.5 else " " + text
        )
        if i % talk_every == 0:
            c.llm(variant, say(c, "nudge") if i == nudge_at else "")
        c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
    c.llm(text)


def loop_paraphrased_repeat(c: Ctx) -> None:
    d = c.d
    rid, rec = c.record()
    opening(c, say(c, "open"))
    paras = list(d["para"])
    c.rng.shuffle(paras)
    reps = c.rng.randint(3, 6)
    for i in range(reps):
        c.llm(paras[i] % rid)
        if c.rng.random() < 0.75:
            c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
    c.llm(paras[reps % len(paras)] % rid)


def loop_ab_oscillation(c: Ctx) -> None:
    d = c.d
    rid, rec = c.record()
    (ta, aa, ba), (tb, ab, bb) = d["aux"]
    opening(c, say(c, "open"))
    c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
    reps = c.rng.randint(3, 5)
    for i in range(reps):
        c.call(ta, dict(aa), dict(ba))
        c.call(tb, dict(ab), dict(bb))
        if i == 1 and c.rng.random() < 0.5:
            c.llm(say(c, "recheck"))


def loop_failing_tool_retry(c: Ctx) -> None:
    d = c.d
    rid, _rec = c.record()
    tool, _noun, extra = d["act"]
    opening(c, say(c, "open"))
    args = {d["key"]: rid, **extra}
    reps = c.rng.randint(3, 7)
    side = c.rng.random() < 0.35
    for i in range(reps):
        c.call(tool_for(tool, rid), dict(args), c.err_body(), err=True)
        if side and i == 1:
            c.aux(1)
        elif i and c.rng.random() < 0.5:
            c.llm(d["voice"]["retry"])
    if c.rng.random() < 0.5:
        c.llm(d["voice"]["retry"], say(c, "nudge"))
        c.call(tool_for(tool, rid), dict(args), c.err_body(), err=True)


def loop_same_action_same_observation(c: Ctx) -> None:
    d = c.d
    rid, _ = c.record()
    tool, states = d["poll"]
    opening(c, say(c, "open"))
    act, noun, extra = d["act"]
    c.call(tool_for(act, rid), {d["key"]: rid, **extra}, {"accepted": True, noun + "_ref": rid})
    stuck = states[1]
    reps = c.rng.randint(4, 8)
    for i in range(reps):
        c.call(tool_for(tool, rid), {d["key"]: rid}, {"state": stuck, "progress_pct": 40})
        if i == 2 and c.rng.random() < 0.5:
            c.llm(
                c.rng.choice(
                    ["Still %s. Checking again.", "%s, no change yet.", "It says %s still."]
                )
                % stuck.replace("_", " ")
            )


def loop_identical_monologue(c: Ctx) -> None:
    d = c.d
    opening(c, say(c, "open"))
    reps = c.rng.randint(4, 7)
    for i in range(reps):
        c.llm(d["mono"], "" if i != 1 or c.rng.random() < 0.5 else "ok")
    rid, rec = c.record()
    if c.rng.random() < 0.5:
        c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
        c.llm(d["mono"])
        c.llm(d["mono"])


def loop_identical_tool_calls(c: Ctx) -> None:
    d = c.d
    tool, noun, extra = d["act"]
    rid, _ = c.record()
    opening(c, say(c, "open"))
    base = {d["key"]: rid, **extra}
    reps = c.rng.randint(5, 8)
    chat = c.rng.random() < 0.4
    for i in range(reps):
        keys = list(base)
        c.rng.shuffle(keys)
        c.call(
            tool_for(tool, rid),
            {k: base[k] for k in keys},
            {"accepted": True, "duplicate_of": noun + "-" + rid},
        )
        if chat and i == 2:
            c.llm(say(c, "verify"), say(c, "nudge"))


def loop_cursor_not_advanced(c: Ctx) -> None:
    d = c.d
    tool, _noun = d["list"]
    opening(c, say(c, "open"))
    page = [c.record() for _ in range(3)]
    items = [{"id": r, **dict(list(f.items())[:2])} for r, f in page]
    nxt = "cur_" + _hex(c.rng, 10)
    c.call(tool, {"limit": 3}, {"items": items, "next_cursor": nxt})
    reps = c.rng.randint(3, 6)
    for i in range(reps):
        if i == 1:
            c.llm(say(c, "next"))
        c.call(tool, {"limit": 3}, {"items": items, "next_cursor": nxt})


def loop_flip_flop_edit(c: Ctx) -> None:
    d = c.d
    tool, field, a, b = d["flip"]
    rid, _ = c.record()
    opening(c, say(c, "open"))
    reps = c.rng.randint(2, 3)
    for _i in range(reps):
        c.call(tool_for(tool, rid), {d["key"]: rid, field: a}, {field: a, "saved": True})
        c.llm(SAY[d["name"]]["flip"][0])
        c.call(tool_for(tool, rid), {d["key"]: rid, field: b}, {field: b, "saved": True})
        c.llm(SAY[d["name"]]["flip"][1])


def loop_redundant_verification(c: Ctx) -> None:
    d = c.d
    tool, noun, extra = d["act"]
    rid, rec = c.record()
    opening(c, say(c, "open"))
    c.call(tool_for(tool, rid), {d["key"]: rid, **extra}, {"created": True, noun + "_ref": rid})
    reps = c.rng.randint(3, 6)
    for i in range(reps):
        c.call(get_tool(c, rid), get_args(c, rid), {**rec, noun: "confirmed"})
        if i % 2 == 1:
            c.llm(say(c, "verify"))


def loop_ignored_answer_reask(c: Ctx) -> None:
    d = c.d
    opening(c, say(c, "open"))
    c.llm(d["ask"])
    reps = c.rng.randint(3, 5)
    for i in range(reps):
        c.llm(
            d["ask"], d["answer"] if i == 0 else c.rng.choice([d["answer"], "I already said.", ""])
        )
        if c.rng.random() < 0.4:
            c.aux(1)


def loop_param_churn_same_error(c: Ctx) -> None:
    d = c.d
    tool, _noun = d["list"]
    opening(c, say(c, "open"))
    for size in c.rng.sample([10, 20, 25, 50, 100, 5], c.rng.randint(5, 6)):
        c.call(
            tool, {"limit": size, "format": c.rng.choice(["json", "full"])}, list_err(c), err=True
        )
        if c.rng.random() < 0.3:
            c.llm(say(c, "size"))


def loop_empty_search_reformulation(c: Ctx) -> None:
    d = c.d
    tool = d["search"]
    opening(c, say(c, "open"))
    qs = list(d["q_bad"])
    c.rng.shuffle(qs)
    for q in qs[: c.rng.randint(3, 4)]:
        c.call(tool, {"q": q}, {"matches": 0, "results": "[]"})
        if c.rng.random() < 0.4:
            c.llm(say(c, "rephrase"))
    c.call(tool, {"q": qs[0]}, {"matches": 0, "results": "[]"})


# --------------------------------------------------------------------------- progress kinds


def prog_reread_after_change(c: Ctx) -> None:
    d = c.d
    tool, field, a, b = d["flip"]
    rid, rec = c.record()
    opening(c, "Let me check %s first." % rid)
    c.call(get_tool(c, rid), get_args(c, rid), {**rec, field: a})
    c.call(tool_for(tool, rid), {d["key"]: rid, field: b}, {field: b, "saved": True})
    c.llm(d["para"][0] % rid)
    c.call(get_tool(c, rid), get_args(c, rid), {**rec, field: b, "revision": 2})


def prog_summaries_of_different_docs(c: Ctx) -> None:
    opening(c, say(c, "open"))
    for _ in range(c.rng.randint(3, 5)):
        rid, rec = c.record()
        c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
        (k1, v1), (k2, v2) = c.rng.sample(list(rec.items()), 2)
        c.llm(
            c.rng.choice(
                ["%s: %s %s, %s %s.", "%s has %s %s and %s %s.", "Noted for %s: %s %s; %s %s."]
            )
            % (rid, k1.replace("_", " "), v1, k2.replace("_", " "), v2)
        )


def prog_alternating_compare_distinct(c: Ctx) -> None:
    d = c.d
    opening(c, say(c, "open"))
    for _ in range(c.rng.randint(3, 4)):
        rid, rec = c.record()
        c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
        tool, args, body = c.rng.choice(d["aux"])
        c.call(tool, dict(args), {**body, "for": rid})


def prog_retry_with_corrected_arg(c: Ctx) -> None:
    d = c.d
    tool, noun, extra = d["act"]
    field, bad, good, msg = d["badarg"]
    rid, _ = c.record()
    opening(c, say(c, "open"))
    if c.rng.random() < 0.4:
        c.call(tool_for(tool, rid), {d["key"]: rid, **extra}, c.err_body(), err=True)
        c.llm(d["voice"]["retry"])
        c.call(tool_for(tool, rid), {d["key"]: rid, **extra}, {"created": True, noun + "_ref": rid})
        rid, _ = c.record()
    c.call(
        tool_for(tool, rid),
        {d["key"]: rid, field: bad},
        {"code": "invalid_argument", "message": msg},
        err=True,
    )
    c.llm(d["voice"]["sorry"])
    c.call(tool_for(tool, rid), {d["key"]: rid, field: good}, {"created": True, noun + "_ref": rid})


def prog_poll_until_ready(c: Ctx) -> None:
    d = c.d
    tool, states = d["poll"]
    rid, _ = c.record()
    opening(c, say(c, "open"))
    if c.rng.random() < 0.5:
        act, noun, extra = d["act"]
        c.call(tool_for(act, rid), {d["key"]: rid, **extra}, {"accepted": True, noun + "_ref": rid})
    seq = list(states)
    if c.rng.random() < 0.5:
        seq.insert(1, seq[1])
    for i, st in enumerate(seq):
        pct = min(100, round(100 * (i + 1) / len(seq)))
        c.call(tool_for(tool, rid), {d["key"]: rid}, {"state": st, "progress_pct": pct})
        if i == 2 and c.rng.random() < 0.4:
            c.llm(
                c.rng.choice(["%s now, moving along.", "Up to %s.", "It's reached %s."])
                % st.replace("_", " ")
            )


def prog_status_updates_with_new_counts(c: Ctx) -> None:
    d = c.d
    opening(c, say(c, "open"))
    total = c.rng.randint(3, 5)
    for i in range(total):
        rid, rec = c.record()
        c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
        k, v = c.rng.choice(list(rec.items())[1:])
        c.llm(
            c.rng.choice(["%d of %d %ss checked; %s has %s %s.", "%d/%d %ss reviewed, %s: %s %s."])
            % (i + 1, total, d["list"][1], rid, k.replace("_", " "), v)
        )


def prog_batch_over_distinct_ids(c: Ctx) -> None:
    d = c.d
    tool, noun, extra = d["act"]
    opening(c, say(c, "open"))
    read_first = c.rng.random() < 0.35
    for i in range(c.rng.randint(3, 5)):
        rid, rec = c.record()
        if read_first:
            c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
        c.call(
            tool_for(tool, rid), {d["key"]: rid, **extra}, {"accepted": True, noun + "_ref": rid}
        )
        if i == 1 and c.rng.random() < 0.4:
            c.llm(c.rng.choice(NEXT_NOTES) % "the rest", say(c, "nudge"))


def prog_paging_with_token_passed(c: Ctx) -> None:
    d = c.d
    tool, _noun = d["list"]
    opening(c, say(c, "open"))
    cur = None
    pages = c.rng.randint(3, 5)
    for p in range(pages):
        items = [{"id": r, **dict(list(f.items())[:2])} for r, f in (c.record() for _ in range(3))]
        nxt = None if p == pages - 1 else "cur_" + _hex(c.rng, 10)
        args = {"limit": 3} if cur is None else {"limit": 3, "cursor": cur}
        c.call(tool, args, {"items": items, "next_cursor": nxt})
        cur = nxt


def prog_staged_edit_converges(c: Ctx) -> None:
    d = c.d
    tool, field, a, b = d["flip"]
    rid, _ = c.record()
    opening(c, say(c, "open"))
    c.call(tool_for(tool, rid), {d["key"]: rid, field: a}, {field: a, "saved": True})
    c.llm("Set to %s; shall I keep it?" % a)
    c.llm(
        c.rng.choice(["Changing it to %s.", "Okay, %s it is.", "Setting %s instead."]) % b,
        c.rng.choice(["No, make it %s.", "Go with %s please.", "%s, not that."]) % b,
    )
    c.call(tool_for(tool, rid), {d["key"]: rid, field: b}, {field: b, "saved": True})


def prog_verify_once_then_next_task(c: Ctx) -> None:
    d = c.d
    tool, noun, extra = d["act"]
    rid, rec = c.record()
    opening(c, say(c, "open"))
    c.call(tool_for(tool, rid), {d["key"]: rid, **extra}, {"created": True, noun + "_ref": rid})
    c.call(get_tool(c, rid), get_args(c, rid), {**rec, noun: "confirmed"})
    rid2, rec2 = c.record()
    c.call(get_tool(c, rid2), get_args(c, rid2), dict(rec2))


def prog_clarify_then_act(c: Ctx) -> None:
    d = c.d
    tool, noun, extra = d["act"]
    rid, _ = c.record()
    opening(c, say(c, "open"))
    c.llm(d["ask"])
    c.llm(
        c.rng.choice(["Thanks, booking that now.", "Got it.", "Understood; doing that."]),
        d["answer"],
    )
    c.call(tool_for(tool, rid), {d["key"]: rid, **extra}, {"created": True, noun + "_ref": rid})


def prog_param_narrowing_succeeds(c: Ctx) -> None:
    d = c.d
    tool, _noun = d["list"]
    opening(c, say(c, "open"))
    c.call(tool, {"limit": 100}, list_err(c), err=True)
    c.call(tool, {"limit": 20}, {"code": "partial", "message": "timeout after 14 of 20"}, err=True)
    items = [{"id": r, **dict(list(f.items())[:2])} for r, f in (c.record() for _ in range(3))]
    c.call(tool, {"limit": 5}, {"items": items, "next_cursor": None})


def prog_search_refinement_converges(c: Ctx) -> None:
    d = c.d
    tool = d["search"]
    opening(c, say(c, "open"))
    counts = [c.rng.randint(30, 80), c.rng.randint(5, 12), 1]
    for q, n in zip(d["q_good"], counts, strict=True):
        body: dict = {"matches": n}
        if n == 1:
            rid, rec = c.record()
            body["results"] = [{"ref": rid, **dict(list(rec.items())[:2])}]
        c.call(tool, {"q": q}, body)


NEXT_NOTES = [
    "Next I'll look at %s.",
    "Moving on to %s now.",
    "%s is the next one on the list.",
    "That one's sorted; %s after this.",
]


def finish_progress(c: Ctx) -> None:
    """Further distinct work until the row has at least six steps, then a varied close."""
    d = c.d
    while len(c.steps) < 5:
        rid, rec = c.record()
        c.llm(c.rng.choice(NEXT_NOTES) % rid)
        c.call(get_tool(c, rid), get_args(c, rid), dict(rec))
    roll = c.rng.random()
    if roll < 0.3:
        c.llm(d["voice"]["done"])
    elif roll < 0.45:
        rid, _ = c.record()
        c.llm(c.rng.choice(NEXT_NOTES) % rid, c.rng.choice(["", "", "thanks"]))
    elif c.steps[-1]["kind"] == "llm" or len(c.steps) < 6:
        rid, rec = c.record()
        c.call(get_tool(c, rid), get_args(c, rid), dict(rec))


LOOPS = {k: globals()["loop_" + k] for k in LOOP_KINDS}
PROGRESS = {k: globals()["prog_" + k] for k in PROGRESS_KINDS}


# --------------------------------------------------------------------------- build


def build() -> list[dict]:
    rows: list[dict] = []
    n = 0
    for label, kinds, table in (
        ("loop", LOOP_KINDS, LOOPS),
        ("progress", PROGRESS_KINDS, PROGRESS),
    ):
        for kind in kinds:
            for d in DOMAINS:
                n += 1
                rid = "%s-%s-%s-%03d" % (PREFIX, label, kind, n)
                rng = random.Random("%d:%s" % (SEED, rid))
                c = Ctx(d, rng)
                table[kind](c)
                if label == "progress":
                    finish_progress(c)
                if label == "progress":
                    assert len(c.steps) <= 16, rid
                c.steps = c.steps[:16]
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": c.steps,
                    }
                )
    return rows


def main() -> None:
    out = HERE / "trajectories.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


if __name__ == "__main__":
    main()
