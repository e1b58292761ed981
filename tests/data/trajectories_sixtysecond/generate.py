"""Blind trajectory set 62 ("sixtysecond"): 208 labelled agent trajectories."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

SEED = 62062
BASE_EPOCH = 1795000000


class Clock:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.t = BASE_EPOCH + 27 * 86400 + rng.randint(0, 80000)
        self.n = 0

    def tick(self) -> int:
        self.t += self.rng.randint(2, 47)
        self.n += 1
        return self.t

    def iso(self) -> str:
        t = self.tick()
        days, rem = divmod(t - BASE_EPOCH, 86400)
        h, rem = divmod(rem, 3600)
        m, s = divmod(rem, 60)
        return "2026-11-%02dT%02d:%02d:%02dZ" % (1 + days, h, m, s)

    def hexid(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))


def env_marina(c: Clock, tool: str, body: object, error: bool) -> str:
    return json.dumps(
        {
            "status": "error" if error else "ok",
            "result": body,
            "_meta": {
                "request_id": "mrn-" + c.hexid(10),
                "served_by": "harbourdesk-%d" % c.rng.randint(1, 4),
                "elapsed_ms": c.rng.randint(40, 390),
                "at": c.iso(),
            },
        }
    )


def env_turbine(c: Clock, tool: str, body: object, error: bool) -> str:
    return json.dumps(
        {
            "headers": {
                "X-Trace-Id": c.hexid(16),
                "X-RateLimit-Remaining": str(900 - c.n),
                "Date": c.iso(),
            },
            "code": 502 if error and tool.startswith("scada") else (409 if error else 200),
            "payload": body,
        }
    )


def env_escape(c: Clock, tool: str, body: object, error: bool) -> str:
    out = {"ok": not error, "ts": c.tick(), "req": c.hexid(8)}
    if error:
        out["error"] = body
    else:
        out["data"] = body
    out["region"] = "eu-west"
    return json.dumps(out)


def env_vending(c: Clock, tool: str, body: object, error: bool) -> str:
    return json.dumps(
        {
            "ResponseMetadata": {
                "RequestId": "%s-%s-%s" % (c.hexid(8), c.hexid(4), c.hexid(12)),
                "HTTPStatusCode": 400 if error else 200,
                "RetryAttempts": 0,
                "Latency": "%.1fms" % (c.rng.randint(120, 2400) / 10),
            },
            "Timestamp": c.iso(),
            ("Error" if error else "Body"): body,
        }
    )


def env_dryclean(c: Clock, tool: str, body: object, error: bool) -> str:
    lines = [
        "HTTP/1.1 %s" % ("422 Unprocessable Entity" if error else "200 OK"),
        'ETag: W/"%s"' % c.hexid(12),
        "X-Store-Node: pos-%s" % c.rng.choice(["a", "b", "c"]),
        "Date: %s" % c.iso(),
        "",
        json.dumps(body),
    ]
    return "\n".join(lines)


def env_scrap(c: Clock, tool: str, body: object, error: bool) -> str:
    return json.dumps(
        {
            "jsonrpc": "2.0",
            "id": c.rng.randint(1000, 99999),
            ("error" if error else "result"): body,
            "server_time": c.iso(),
            "node": "wb-gw-%02d" % c.rng.randint(1, 12),
            "duration_us": c.rng.randint(3000, 90000),
        }
    )


def env_tattoo(c: Clock, tool: str, body: object, error: bool) -> str:
    return json.dumps(
        {
            "data": None if error else body,
            "errors": [body] if error else [],
            "extensions": {
                "traceId": c.hexid(24),
                "cost": {"requested": c.rng.randint(3, 40), "remaining": 5000 - c.n * 7},
                "ts": c.iso(),
            },
        }
    )


def env_greenhouse(c: Clock, tool: str, body: object, error: bool) -> str:
    return json.dumps(
        {
            "ctrl": "priva-bridge/%d.%d" % (4, c.rng.randint(0, 9)),
            "seq": 10000 + c.n * c.rng.randint(1, 5),
            "sampled_at": c.iso(),
            "fault" if error else "values": body,
            "poll_ms": c.rng.randint(8, 220),
        }
    )


# ---------------------------------------------------------------------------
# Domains. Each carries its own tools, ids, errors and way of speaking.
# ---------------------------------------------------------------------------

DOMAINS: list[dict] = [
    {
        "name": "marina_berth_allocation",
        "say": {
            "fix": "C-14's too short for her; trying E-12, which takes 15 m.",
            "done": "E-12 is hers for 3 nights.",
            "moved": "Harbourmaster shows %s now, so on we go.",
            "pages": "That's the full berth list, 7 berths over 3 pages.",
            "reconsider": "On second thoughts, D-07 might be better. Switching.",
            "summary": "%s - %s.",
        },
        "bisect": ("berth", ["C-15", "D-02", "E-12"]),
        "confirm_more": [
            "Also shall I put her on the 32A shore power meter?",
            "And send the skipper the sill times by VHF ch 80?",
        ],
        "bisect_done": "Bow-to-stern fit check passes on the last berth; she stays there.",
        "retry_say": "Assign bounced, having another go.",
        "desc": "allocating visitor and seasonal berths at a coastal marina by LOA, beam and draft",
        "env": env_marina,
        "request": "We've got the Halcyon Spirit (14.2 m LOA, 4.1 m beam, 2.3 m draft) arriving on the evening tide, 3 nights. Can you find her a berth on the pontoons?",
        "open": (
            "vessels.lookup",
            {"name": "Halcyon Spirit"},
            {
                "vessel_id": "V-88213",
                "loa_m": 14.2,
                "beam_m": 4.1,
                "draft_m": 2.3,
                "flag": "GB",
                "home_port": "Falmouth",
            },
        ),
        "open2": (
            "tides.window",
            {"port": "FAL", "date": "2026-11-29"},
            {"hw": "18:42", "height_m": 4.9, "sill_open": "16:10-21:05"},
        ),
        "ids": ["C-14", "C-15", "D-02", "D-07", "E-11", "E-12", "F-03"],
        "read": "berths.get",
        "read_key": "berth",
        "read_body": lambda i, k: {
            "berth": i,
            "max_loa_m": 12 + k % 4 * 1.5,
            "depth_cd_m": 2.1 + k % 3 * 0.4,
            "status": ["free", "occupied", "reserved"][k % 3],
        },
        "list": ("berths.search", {"min_loa_m": 14.2, "min_depth_m": 2.6, "pontoon": "any"}),
        "pair": ("berths.assign", "berths.release", {"berth": "D-07", "vessel_id": "V-88213"}),
        "fail": (
            "berths.assign",
            {"berth": "C-14", "vessel_id": "V-88213", "nights": 3},
            "BERTH_LOA_EXCEEDED: C-14 max LOA 12.0 m < 14.2 m",
            {"berth": "E-12", "vessel_id": "V-88213", "nights": 3},
        ),
        "poll": (
            "harbourmaster.clearance",
            {"vessel_id": "V-88213"},
            ["pending_insurance_check", "pending_insurance_check", "insurance_verified", "cleared"],
        ),
        "queries": [
            "14m berth depth 2.6",
            "hammerhead berth visitor",
            "fuel pontoon overnight",
            "berth E deep water",
            "alongside wall visitor",
        ],
        "handoff": ("desk.handoff", ["harbourmaster", "berthing_office"]),
        "write": (
            "berths.set_note",
            {"berth": "E-12", "note": "Halcyon Spirit arr. 18:40, shore power 32A"},
            "berths.get_note",
        ),
        "docs": [
            ("HB-2026-14", "Notice to mariners: E pontoon dredged to 3.0 m CD in October"),
            ("POL-07", "Visitors over 14 m must be on E or F pontoon with 32A shore power"),
            ("INC-331", "D-07 cleat damaged, berth limited to 10 m until repaired"),
        ],
        "exact": "I've checked the pontoon plan. E-12 looks like the best fit for Halcyon Spirit; I'll get that confirmed for you shortly.",
        "para": [
            "Checked the pontoon plan: E-12 is the best fit for Halcyon Spirit, I'll confirm it shortly.",
            "Having looked over the berths, E-12 suits her best. Confirmation to follow shortly.",
            "E-12 on the E pontoon is where I'd put Halcyon Spirit; I'll have that confirmed for you soon.",
            "Best fit from the plan is E-12, I'll get the confirmation sorted for you shortly.",
            "Looking at the pontoons, Halcyon Spirit goes best on E-12 - confirming that shortly.",
        ],
        "mono": "Waiting on the berthing office before I can place the Halcyon Spirit.",
        "plan": "Plan: 1) check E and F pontoon depths at CD, 2) hold E-12 for 3 nights, 3) send the skipper the sill times.",
        "confirm_q": "Shall I book E-12 for the Halcyon Spirit, 3 nights from tonight?",
        "confirm_a": [
            "Yes, book it.",
            "Yes - E-12, go ahead.",
            "Yes, I said yes already, please book.",
            "YES. Book E-12.",
        ],
        "wrong": "The Halcyon Spirit is booked on D-07 for 3 nights.",
        "right": "You're right, D-07 is limited to 10 m. I've moved her to E-12, 3 nights, depth 3.0 m at CD.",
        "correction": "D-07 has the broken cleat, she can't go there.",
        "status": "Berth check: {a} of {b} candidate berths screened, {c} suitable so far.",
        "dictate": [
            "Also the Marguerite, 9 m, one night.",
            "And Blue Tern, 11.5 m, two nights.",
            "Plus the RIB Nautilus, 6 m, day berth only.",
            "Last one: Saltbreaker, 12 m, 4 nights.",
        ],
        "dict_reply": "Noted {x}; I'll put that on the allocation sheet.",
    },
    {
        "name": "wind_turbine_blade_inspection",
        "say": {
            "fix": "Asset tag format is CDB-WTG07-B2 per the error; resubmitting with that.",
            "done": "WO raised against CDB-WTG07-B2.",
            "moved": "WO-55120 status: %s. Continuing with the rest of the cat 4s.",
            "pages": "All 7 cat 4+ findings retrieved (3 pages).",
            "reconsider": "Actually P1 may be too aggressive - reverting. No, re-applying.",
            "summary": "%s: %s.",
        },
        "bisect": ("wo", ["WO-55118", "WO-55119", "WO-55120"]),
        "confirm_more": [
            "Shall I book rope-access crew A for Tuesday?",
            "Raise the T09-B3 receptor burn as P3?",
        ],
        "bisect_done": "Only WO-55120 survives the priority check; leaving it at P1.",
        "retry_say": "Retrying the WO create.",
        "desc": "triaging drone blade inspection findings on an onshore wind farm and raising work orders",
        "env": env_turbine,
        "request": "The drone survey for Carn Dubh turbines T04-T11 came back overnight. Can you triage the blade findings and raise work orders for anything category 4 or worse?",
        "open": (
            "inspections.get_campaign",
            {"site": "CDB", "campaign": "2026-Q4-DRN"},
            {"turbines": 8, "images": 3410, "findings": 27, "vendor": "SkySpecs"},
        ),
        "open2": (
            "scada.get_alarms",
            {"site": "CDB", "since": "2026-11-28T00:00Z"},
            {"alarms": [{"wtg": "T07", "code": "PITCH_ASYM_B2", "count": 3}]},
        ),
        "ids": ["T04-B1", "T05-B3", "T06-B2", "T07-B2", "T08-B1", "T09-B3", "T10-B2"],
        "read": "findings.get",
        "read_key": "blade",
        "read_body": lambda i, k: {
            "blade": i,
            "finding": [
                "leading_edge_erosion",
                "lightning_receptor_burn",
                "trailing_edge_crack",
                "gelcoat_chip",
            ][k % 4],
            "category": 2 + k % 4,
            "radius_m": 30 + k * 3,
        },
        "list": ("findings.list", {"campaign": "2026-Q4-DRN", "min_category": 4}),
        "pair": (
            "workorders.set_priority",
            "workorders.set_priority_back",
            {"wo": "WO-55120", "priority": "P1"},
        ),
        "fail": (
            "workorders.create",
            {"asset": "CDB-T07-B2", "finding": "F-1182", "crew": "rope-access-A"},
            "ASSET_NOT_FOUND: CDB-T07-B2 (expected format CDB-WTG07-B2)",
            {"asset": "CDB-WTG07-B2", "finding": "F-1182", "crew": "rope-access-A"},
        ),
        "poll": (
            "workorders.get",
            {"wo": "WO-55120"},
            ["draft", "draft", "awaiting_approval", "approved"],
        ),
        "queries": [
            "trailing edge crack cat 5",
            "T07 blade 2 crack",
            "lightning receptor burn cat 4",
            "erosion LEP repair",
            "root bolt finding",
        ],
        "handoff": ("assign.route", ["blade_engineering", "site_ops"]),
        "write": (
            "findings.set_category",
            {"finding": "F-1182", "category": 5},
            "findings.get_category",
        ),
        "docs": [
            ("IR-T07-B2", "Trailing edge crack 1.4 m at r=41 m, category 5, stop recommended"),
            ("IR-T09-B3", "Lightning receptor burn, category 4, repair within 3 months"),
            ("IR-T05-B3", "Leading edge erosion to laminate, category 4, LEP at next service"),
        ],
        "exact": "Reviewed the campaign. T07 blade 2 has the worst finding; I'll raise the work order for it next.",
        "para": [
            "Campaign reviewed - worst finding is on T07 blade 2, so that work order goes in next.",
            "I've been through the campaign and T07-B2 is the one to action first; raising its WO next.",
            "T07 blade 2 stands out as the worst; next step is the work order for it.",
            "Worst of the lot is T07-B2. I'll get a work order raised for it next.",
            "Having reviewed the survey, the T07 blade 2 crack is top priority - WO next.",
        ],
        "mono": "Holding until blade engineering signs off on the category.",
        "plan": "Plan: (a) pull cat 4+ findings, (b) raise P1 for T07-B2 crack, (c) batch the cat 4s into the spring LEP campaign.",
        "confirm_q": "Do you want T07 stopped (pause command) while the P1 work order is raised?",
        "confirm_a": [
            "Yes, stop it.",
            "Yes, pause T07.",
            "I already said yes - pause T07.",
            "Yes! Stop T07 now.",
        ],
        "wrong": "T07-B2 is category 3, so no work order is needed.",
        "right": "Apologies - the report says category 5 for the T07-B2 crack. Raised WO-55120 at P1 and flagged the turbine for stop.",
        "correction": "That's wrong, the inspection report says cat 5 for the crack.",
        "status": "Triage: {a} of {b} findings reviewed, {c} at cat 4 or above.",
        "dictate": [
            "Add T11 blade 1, tip damage from the photos.",
            "T04 blade 3 also has a drain hole blocked.",
            "And T06 needs a VG strip check.",
            "One more: T10 blade 2 chip near root.",
        ],
        "dict_reply": "Logged: {x} Added to the triage list.",
    },
    {
        "name": "escape_room_bookings",
        "say": {
            "fix": "Ah, The Vault only fits 8 - trying Pharaoh's Tomb instead.",
            "done": "Moved! You're in Pharaoh's Tomb on Saturday.",
            "moved": "Refund is %s now - moving on to your confirmation email.",
            "pages": "Okay, I've seen every Saturday slot now (7 of them).",
            "reconsider": "Let me release that hold and think again... actually I'll put it back.",
            "summary": "From %s: %s.",
        },
        "bisect": ("slot", ["SAT-1300", "SAT-1500", "SAT-1430"]),
        "confirm_more": [
            "Would you like the photo package added (15)?",
            "Should the invoice go to the same email?",
        ],
        "bisect_done": "14:30 clears the GM rota and the room check - holding that one.",
        "retry_say": "Hmm, that didn't go through, one sec.",
        "desc": "managing group bookings, game-master rotas and room resets at an escape-room venue",
        "env": env_escape,
        "request": "Hi, I need to move our corporate team of 11 from 'The Vault' on Friday 7pm to any room that fits 11 on Saturday afternoon. Booking ref ER-40917.",
        "open": (
            "bookings.get",
            {"ref": "ER-40917"},
            {
                "ref": "ER-40917",
                "room": "the_vault",
                "slot": "2026-12-04T19:00",
                "players": 11,
                "deposit_paid": 120,
            },
        ),
        "open2": (
            "rooms.capacity",
            {"min_players": 11},
            {"rooms": ["pharaohs_tomb", "submarine_k9"], "split_allowed": ["the_vault"]},
        ),
        "ids": ["SAT-1300", "SAT-1430", "SAT-1500", "SAT-1600", "SAT-1630", "SAT-1730", "SAT-1800"],
        "read": "slots.get",
        "read_key": "slot",
        "read_body": lambda i, k: {
            "slot": i,
            "room": ["pharaohs_tomb", "submarine_k9"][k % 2],
            "free": k % 3 != 0,
            "gm": ["Priya", "Tom", "Lexi"][k % 3],
        },
        "list": ("slots.search", {"date": "2026-12-05", "min_players": 11, "from": "12:00"}),
        "pair": ("bookings.hold", "bookings.unhold", {"ref": "ER-40917", "slot": "SAT-1430"}),
        "fail": (
            "bookings.move",
            {"ref": "ER-40917", "slot": "SAT-1300", "room": "the_vault"},
            "CAPACITY: the_vault max 8 players, booking has 11",
            {"ref": "ER-40917", "slot": "SAT-1430", "room": "pharaohs_tomb"},
        ),
        "poll": (
            "payments.refund_status",
            {"ref": "ER-40917"},
            ["queued", "queued", "processing", "settled"],
        ),
        "queries": [
            "11 players saturday",
            "large group room saturday",
            "pharaohs tomb 11",
            "split room saturday",
            "submarine 12 capacity",
        ],
        "handoff": ("staff.escalate", ["venue_manager", "front_desk"]),
        "write": (
            "bookings.set_room",
            {"ref": "ER-40917", "room": "pharaohs_tomb", "slot": "SAT-1430"},
            "bookings.get",
        ),
        "docs": [
            ("FAQ-12", "Groups over 8 can play Pharaoh's Tomb or Submarine K9"),
            ("T&C-4", "Moves more than 48h ahead are free"),
            ("ROTA-W49", "Saturday GM cover: Priya 12-18, Tom 14-22"),
        ],
        "exact": "Thanks for your patience! I'm looking at Saturday availability for 11 players now and will come back with options.",
        "para": [
            "Thanks for bearing with me - checking Saturday for 11 players and I'll send options.",
            "Appreciate your patience! Looking at Saturday slots for your group of 11, options coming.",
            "I'm on it: Saturday availability for 11, I'll come back with what we have.",
            "Still checking Saturday for 11 players - I'll share options as soon as I have them.",
            "Thank you for waiting! Saturday for 11 is what I'm looking at, options soon.",
        ],
        "mono": "Just a moment while I check with the venue team.",
        "plan": "Here's what I'll do: 1. find a Saturday room for 11, 2. move ER-40917, 3. confirm the deposit carries over.",
        "confirm_q": "Can I confirm the move to Pharaoh's Tomb, Saturday 14:30, for 11 players?",
        "confirm_a": [
            "Yes please.",
            "Yes, confirmed.",
            "Yes, like I said, confirm it.",
            "Yes!! 14:30 is fine, confirm.",
        ],
        "wrong": "Your group is moved to The Vault, Saturday 14:30.",
        "right": "Sorry about that - The Vault only fits 8. You're now in Pharaoh's Tomb, Saturday 14:30, 11 players, deposit carried over.",
        "correction": "The Vault only takes 8, you told me that yourself.",
        "status": "Checked {a} of {b} Saturday slots, {c} fit 11 players so far.",
        "dictate": [
            "Also one player uses a wheelchair.",
            "Can we add a birthday cake?",
            "We'd like the photo package too.",
            "And the invoice should go to accounts@.",
        ],
        "dict_reply": "Got it - {x} I've added that to ER-40917.",
    },
    {
        "name": "vending_machine_restocking",
        "say": {
            "fix": "Route R6 is served from WH-EAST, per the ValidationException. Re-creating.",
            "done": "PL-9931 created for R6.",
            "moved": "PL-9931 -> %s. Next: field tech ticket.",
            "pages": "7 machines under 50% fill, all pages read.",
            "reconsider": "Reverting B4 to the old SKU to compare... re-applying.",
            "summary": "%s says: %s.",
        },
        "bisect": ("coil", ["B2", "B3", "B4"]),
        "confirm_more": [
            "Add VM-6118 to the stop list at 07:40?",
            "Send the coin-mech ticket to field tech now?",
        ],
        "bisect_done": "Coil B4 is the one that takes the 330 ml can; planogram left on B4.",
        "retry_say": "Retrying CreatePickList.",
        "desc": "planning route restocks and telemetry faults for a vending-machine operator",
        "env": env_vending,
        "request": "Route 6 driver leaves at 6am. Build tomorrow's pick list from the telemetry and flag any machine that's throwing coin-mech faults.",
        "open": (
            "routes.get",
            {"route": "R6", "date": "2026-11-30"},
            {"route": "R6", "machines": 14, "van": "VN-22", "driver": "D. Okafor"},
        ),
        "open2": (
            "telemetry.summary",
            {"route": "R6"},
            {"reporting": 13, "silent": ["VM-6112"], "avg_fill_pct": 41},
        ),
        "ids": ["VM-6101", "VM-6104", "VM-6107", "VM-6109", "VM-6112", "VM-6115", "VM-6118"],
        "read": "telemetry.machine",
        "read_key": "machine",
        "read_body": lambda i, k: {
            "machine": i,
            "fill_pct": 15 + k * 9 % 70,
            "empty_coils": [f"A{k + 1}", f"C{k + 2}"],
            "faults": ["COIN_MECH_JAM"] if k % 3 == 1 else [],
        },
        "list": ("telemetry.machines", {"route": "R6", "below_fill_pct": 50}),
        "pair": (
            "planogram.set_coil",
            "planogram.revert_coil",
            {"machine": "VM-6107", "coil": "B4", "sku": "SKU-COLA-330"},
        ),
        "fail": (
            "picklists.create",
            {"route": "R6", "warehouse": "WH-NORTH", "date": "2026-11-30"},
            "ValidationException: warehouse WH-NORTH not serving route R6 (expected WH-EAST)",
            {"route": "R6", "warehouse": "WH-EAST", "date": "2026-11-30"},
        ),
        "poll": (
            "picklists.status",
            {"picklist": "PL-9931"},
            ["BUILDING", "BUILDING", "ALLOCATING", "READY"],
        ),
        "queries": [
            "coin mech fault R6",
            "COIN_MECH_JAM",
            "bill validator error route 6",
            "VM-6104 faults",
            "payment fault last 24h",
        ],
        "handoff": ("tickets.assign", ["field_tech", "route_ops"]),
        "write": (
            "picklists.set_qty",
            {"picklist": "PL-9931", "sku": "SKU-CRISP-SALT", "qty": 48},
            "picklists.get_line",
        ),
        "docs": [
            ("TB-88", "COIN_MECH_JAM on MEI Cashflow 7900: clear escrow, replace if repeated"),
            ("SOP-R", "Pick to par, round up to case of 24"),
            ("ALERT-3", "VM-6112 silent since SIM expiry 26 Nov"),
        ],
        "exact": "Pulled the R6 telemetry. I'll compile the pick list and list the coin-mech faults next.",
        "para": [
            "R6 telemetry is in; compiling the pick list and the coin-mech fault list next.",
            "I've got the telemetry for Route 6. Next I'll put together the picks and the faulty coin mechs.",
            "Telemetry pulled for R6 - pick list and coin mech faults coming next.",
            "Next step: build the R6 pick list from the telemetry and flag the coin-mech faults.",
            "With the R6 data in hand I'll compile picks and flag coin mech issues next.",
        ],
        "mono": "Awaiting warehouse stock confirmation for WH-EAST.",
        "plan": "Steps: 1) machines under 50% fill, 2) picks rounded to case, 3) flag COIN_MECH_JAM to field tech.",
        "confirm_q": "Should I include VM-6112 on the pick list even though it hasn't reported since the 26th?",
        "confirm_a": [
            "Yes, include it.",
            "Yes, include it at par.",
            "Yes - I answered that, include it.",
            "Yes, include VM-6112.",
        ],
        "wrong": "VM-6104 has no faults; no tech visit needed.",
        "right": "You're right, I misread it - VM-6104 shows COIN_MECH_JAM twice since Friday. Ticket TK-7710 raised for field tech.",
        "correction": "VM-6104 is showing coin mech jams on my dashboard.",
        "status": "Picks: {a} of {b} machines processed, {c} flagged with faults.",
        "dictate": [
            "Add energy drinks to VM-6118.",
            "Swap the chocolate in VM-6101 to the new SKU.",
            "VM-6109 is in a school, no sugary drinks.",
            "VM-6115 needs a coin float top-up.",
        ],
        "dict_reply": "OK, {x} Updated the R6 notes.",
    },
    {
        "name": "dry_cleaning_garment_tracking",
        "say": {
            "fix": "PR-2 is offline; sending the reprint to PR-1.",
            "done": "Tag reprinted.",
            "moved": "The coat is at %s now.",
            "pages": "Checked all unassigned conveyor slots (3 pages).",
            "reconsider": "Unassigning the slot again to recheck.",
            "summary": "%s: %s.",
        },
        "bisect": ("slot", [386, 387, 388]),
        "confirm_more": [
            "Shall I add a 10% voucher to her account?",
            "Do you want the counter to call her?",
        ],
        "bisect_done": "Slot 388 matches the coat hanger scan; leaving it assigned.",
        "retry_say": "Printer error again, resending.",
        "desc": "tracking garments through a dry-cleaning plant by barcode tag, rack and conveyor slot",
        "env": env_dryclean,
        "request": "Customer Mrs Adeyemi says her wool coat from ticket 778214 wasn't in the bag she collected. Can you find where it is?",
        "open": (
            "tickets.get",
            {"ticket": "778214"},
            {
                "ticket": "778214",
                "items": 4,
                "collected": "2026-11-28T16:02",
                "customer": "C-20931",
            },
        ),
        "open2": (
            "tags.for_ticket",
            {"ticket": "778214"},
            {"tags": ["HT-41201", "HT-41202", "HT-41203", "HT-41204"]},
        ),
        "ids": ["HT-41201", "HT-41202", "HT-41203", "HT-41204", "HT-41190", "HT-41211", "HT-41215"],
        "read": "tags.scan_history",
        "read_key": "tag",
        "read_body": lambda i, k: {
            "tag": i,
            "last_scan": ["assembly", "conveyor", "spotting", "press"][k % 4],
            "slot": 100 + k * 13,
        },
        "list": ("conveyor.slots", {"line": "main", "status": "unassigned"}),
        "pair": (
            "conveyor.assign_slot",
            "conveyor.unassign_slot",
            {"tag": "HT-41203", "slot": 388},
        ),
        "fail": (
            "tags.reprint",
            {"tag": "HT-41203", "printer": "PR-2"},
            "printer PR-2 offline (last heartbeat 02:11)",
            {"tag": "HT-41203", "printer": "PR-1"},
        ),
        "poll": (
            "orders.item_status",
            {"tag": "HT-41203"},
            ["spotting", "spotting", "pressing", "assembled"],
        ),
        "queries": [
            "wool coat navy 778214",
            "unclaimed coat rack",
            "HT-41203",
            "coat missing tag",
            "lost and found rack B",
        ],
        "handoff": ("staff.ask", ["plant_supervisor", "counter"]),
        "write": (
            "tags.set_location",
            {"tag": "HT-41203", "location": "rack-B-14"},
            "tags.get_location",
        ),
        "docs": [
            ("NOTE-1", "Wool items held for re-spotting go to rack B"),
            ("NOTE-2", "Missing-item claims: check conveyor slot, then rework rack"),
            ("NOTE-3", "Tags reprinted on PR-1 when PR-2 is down"),
        ],
        "exact": "I'm tracing the coat's tag through the plant now and will tell you where it is as soon as I know.",
        "para": [
            "Tracing the coat's tag through the plant; I'll let you know where it is once I find it.",
            "I'm following the coat's barcode through the plant, and I'll tell you its location as soon as I have it.",
            "Following the tag now - I'll tell you where the coat is once I know.",
            "Still tracking the coat through the plant, I'll update you when I locate it.",
            "Working through the tag scans for the coat; location to follow.",
        ],
        "mono": "Checking with the plant floor, one moment.",
        "plan": "1. check each tag's last scan, 2. find the coat, 3. arrange delivery to Mrs Adeyemi.",
        "confirm_q": "Shall I arrange free delivery of the coat to Mrs Adeyemi?",
        "confirm_a": [
            "Yes, do that.",
            "Yes, free delivery is fine.",
            "Yes, I already confirmed.",
            "Yes - deliver it.",
        ],
        "wrong": "All 4 items from ticket 778214 were assembled and collected.",
        "right": "Sorry, I was wrong: HT-41203 (the coat) was never assembled; it's on rack B-14 for re-spotting.",
        "correction": "She only got 3 items, the coat wasn't there.",
        "status": "Traced {a} of {b} tags, {c} still unaccounted for.",
        "dictate": [
            "She also mentions a silk scarf.",
            "The coat is navy with horn buttons.",
            "She'd prefer Saturday delivery.",
            "Add a 10% voucher please.",
        ],
        "dict_reply": "Noted: {x} On the claim now.",
    },
    {
        "name": "metal_recycling_weighbridge",
        "say": {
            "fix": "Over 5,000 needs an approval ref; adding APR-2211 from the yard manager.",
            "done": "Adjustment accepted.",
            "moved": "PAY-88410 is %s.",
            "pages": "All 7 Hartley tickets for the 28th pulled.",
            "reconsider": "Reverting the grade while I double-check... setting it again.",
            "summary": "%s - %s.",
        },
        "bisect": ("grade", ["COPPER_NO2", "COPPER_NO1", "COPPER_HEAVY"]),
        "confirm_more": [
            "Email Hartley the corrected remittance?",
            "Flag WB-30083 for a lead check on their next visit?",
        ],
        "bisect_done": "COPPER_HEAVY is the grade the camera and spec agree on; keeping it.",
        "retry_say": "Adjustment rejected, resubmitting.",
        "desc": "reconciling weighbridge tickets, grades and supplier payments at a scrap-metal recycling yard",
        "env": env_scrap,
        "request": "Supplier Hartley Demolition disputes yesterday's payment - they say ticket WB-30077 was heavy copper, not mixed. Can you check and fix it if we got it wrong?",
        "open": (
            "tickets.get",
            {"ticket": "WB-30077"},
            {
                "ticket": "WB-30077",
                "gross_kg": 18420,
                "tare_kg": 15110,
                "grade": "MIXED_NF",
                "supplier": "SUP-1184",
            },
        ),
        "open2": (
            "suppliers.get",
            {"supplier": "SUP-1184"},
            {"name": "Hartley Demolition", "payment_terms": "BACS 2d", "id_checked": True},
        ),
        "ids": ["WB-30071", "WB-30074", "WB-30077", "WB-30079", "WB-30081", "WB-30083", "WB-30088"],
        "read": "tickets.get_line",
        "read_key": "ticket",
        "read_body": lambda i, k: {
            "ticket": i,
            "net_kg": 900 + k * 417,
            "grade": ["HMS1", "MIXED_NF", "COPPER_HEAVY", "BRASS"][k % 4],
        },
        "list": ("tickets.search", {"supplier": "SUP-1184", "date": "2026-11-28"}),
        "pair": (
            "tickets.set_grade",
            "tickets.revert_grade",
            {"ticket": "WB-30077", "grade": "COPPER_HEAVY"},
        ),
        "fail": (
            "payments.adjust",
            {"ticket": "WB-30077", "delta_gbp": 6412.8, "reason": "regrade"},
            "-32602 limit exceeded: adjustments over 5000 need approval_ref",
            {
                "ticket": "WB-30077",
                "delta_gbp": 6412.8,
                "reason": "regrade",
                "approval_ref": "APR-2211",
            },
        ),
        "poll": (
            "payments.status",
            {"payment": "PAY-88410"},
            ["pending", "pending", "submitted", "paid"],
        ),
        "queries": [
            "WB-30077 photo",
            "copper heavy Hartley",
            "grade dispute copper",
            "SUP-1184 camera",
            "bay 3 camera 11:40",
        ],
        "handoff": ("workflow.route", ["yard_manager", "accounts"]),
        "write": (
            "tickets.set_grade",
            {"ticket": "WB-30077", "grade": "COPPER_HEAVY"},
            "tickets.get",
        ),
        "docs": [
            ("CAM-3-1140", "Bay 3 camera: load of stripped copper pipe and cable"),
            ("GRADE-REF", "COPPER_HEAVY: clean copper >1.5 mm, no brass"),
            ("PRICE-28", "28 Nov: COPPER_HEAVY 6.20/kg, MIXED_NF 4.26/kg"),
        ],
        "exact": "I've opened WB-30077. I'm reviewing the grade against the bay camera and will update you on the payment.",
        "para": [
            "WB-30077 is open; checking the grade against the camera, and I'll update you on payment.",
            "Reviewing WB-30077's grade using the bay camera - payment update to follow.",
            "Opened the ticket; comparing grade with the camera footage, then I'll come back on the payment.",
            "I'm checking the WB-30077 grade against the camera and will let you know about payment.",
            "On WB-30077: camera check of the grade under way, payment update after.",
        ],
        "mono": "Waiting for the yard manager's approval reference.",
        "plan": "Plan: 1) camera check, 2) regrade to COPPER_HEAVY if confirmed, 3) pay the difference.",
        "confirm_q": "Regrade WB-30077 to COPPER_HEAVY and pay Hartley the difference of 6,412.80?",
        "confirm_a": ["Yes.", "Yes, go ahead.", "Yes - already said so.", "Yes, pay it."],
        "wrong": "WB-30077 was correctly graded MIXED_NF; no adjustment.",
        "right": "Apologies - the bay 3 camera shows clean copper. Regraded to COPPER_HEAVY and queued 6,412.80 under APR-2211.",
        "correction": "The bay 3 camera clearly shows copper pipe, look again.",
        "status": "Reconciled {a} of {b} Hartley tickets, {c} grade mismatches found.",
        "dictate": [
            "They also dropped a cat converter.",
            "Driver name was K. Hartley.",
            "They want a remittance by email.",
            "Also check WB-30083 for lead.",
        ],
        "dict_reply": "Right, {x} Added to the dispute file.",
    },
    {
        "name": "tattoo_studio_bookings",
        "say": {
            "fix": "Dec 4 only has 2h; trying Dec 6 at 10, which has 4.",
            "done": "Moved to Dec 6!",
            "moved": "Consent form: %s. Nearly there.",
            "pages": "That's every free block Marco has after Dec 3.",
            "reconsider": "Hmm, moving her back while I check Marco's note...",
            "summary": "%s - %s.",
        },
        "bisect": ("to", ["DEC04-10", "DEC05-12", "DEC06-10"]),
        "confirm_more": [
            "Want me to resend the consent form for the new date?",
            "Shall I text her a numbing cream reminder the day before?",
        ],
        "bisect_done": "Dec 6 is the first slot with the full 4h on station 2 - keeping it!",
        "retry_say": "Oops, that didn't save, trying again.",
        "desc": "managing artist calendars, deposits and consent forms at a multi-artist tattoo studio",
        "env": env_tattoo,
        "request": "Client Jess R. wants to rebook her sleeve session with Marco (4h) - she's on antibiotics till Dec 3. Anything after that?",
        "open": (
            "clients.get",
            {"name": "Jess R."},
            {
                "client": "CL-5520",
                "artist": "marco",
                "project": "sleeve-session-3",
                "deposit_gbp": 80,
            },
        ),
        "open2": (
            "appointments.list",
            {"client": "CL-5520"},
            {"appts": [{"id": "AP-9120", "start": "2026-12-01T11:00", "hours": 4}]},
        ),
        "ids": ["DEC04-10", "DEC05-12", "DEC06-10", "DEC09-13", "DEC10-10", "DEC11-11", "DEC12-10"],
        "read": "calendar.slot",
        "read_key": "slot",
        "read_body": lambda i, k: {
            "slot": i,
            "artist": "marco",
            "hours_free": 2 + k % 4,
            "station": 2,
        },
        "list": ("calendar.free", {"artist": "marco", "min_hours": 4, "after": "2026-12-03"}),
        "pair": (
            "appointments.move",
            "appointments.move_back",
            {"appt": "AP-9120", "to": "DEC05-12"},
        ),
        "fail": (
            "appointments.move",
            {"appt": "AP-9120", "to": "DEC04-10", "hours": 4},
            "SLOT_TOO_SHORT: DEC04-10 has 2h free",
            {"appt": "AP-9120", "to": "DEC06-10", "hours": 4},
        ),
        "poll": (
            "consent.status",
            {"client": "CL-5520", "appt": "AP-9120"},
            ["sent", "sent", "opened", "signed"],
        ),
        "queries": [
            "marco 4h december",
            "marco sleeve slot",
            "marco after dec 3",
            "weekend marco",
            "marco cancellation list",
        ],
        "handoff": ("inbox.forward", ["marco", "front_desk"]),
        "write": (
            "appointments.set_note",
            {"appt": "AP-9120", "note": "antibiotics until 3 Dec - healing check"},
            "appointments.get",
        ),
        "docs": [
            ("POLICY-H", "No tattooing while on antibiotics; rebook free"),
            ("POLICY-D", "Deposit carries over once"),
            ("MARCO-NOTE", "Sleeve sessions only on station 2"),
        ],
        "exact": "Got it! I'm checking Marco's calendar for a 4-hour slot after Dec 3 and I'll get back to you.",
        "para": [
            "Sure! Looking through Marco's diary for 4 hours after the 3rd, will get back to you.",
            "On it - checking Marco's availability for a 4h sleeve session after Dec 3.",
            "I'm looking for a 4-hour gap with Marco after December 3rd, back shortly.",
            "Checking Marco's calendar after Dec 3 for four hours, I'll let you know!",
            "Let me find Marco a 4h slot after the 3rd - I'll get back to you.",
        ],
        "mono": "Let me just double-check with Marco.",
        "plan": "Plan: 1) Marco's free 4h slots after Dec 3, 2) move AP-9120, 3) resend consent form.",
        "confirm_q": "Should I move Jess to Saturday Dec 6, 10:00-14:00 with Marco?",
        "confirm_a": ["Yes please!", "Yes that's perfect.", "Yes, I said yes :)", "Yes, Dec 6."],
        "wrong": "Jess is rebooked for Dec 4 at 10:00 with Marco.",
        "right": "Sorry! Dec 4 only had 2 hours. Jess is now booked Dec 6, 10:00-14:00, station 2, deposit carried over.",
        "correction": "Dec 4 Marco only has 2 hours, that's not a sleeve session.",
        "status": "Checked {a} of {b} of Marco's days, {c} with 4h free.",
        "dictate": [
            "She wants to add a rose to the forearm.",
            "She'd like a numbing cream reminder.",
            "She'll bring a friend.",
            "Her new phone is 07700 900123.",
        ],
        "dict_reply": "Noted {x} Added to her file.",
    },
    {
        "name": "greenhouse_climate_control",
        "say": {
            "fix": "Zone C3-N doesn't exist; the valid north loop is C3-A. Writing there.",
            "done": "Min pipe set on C3-A.",
            "moved": "HD reads %s g/m3 - heading the right way.",
            "pages": "48 h HD history loaded in full.",
            "reconsider": "Closing the gap again to compare... reopening.",
            "summary": "%s: %s.",
        },
        "bisect": ("gap_pct", [2, 3, 4]),
        "confirm_more": [
            "Hold CO2 dosing at 800 ppm during the day?",
            "Tell the scouts to recheck rows 18-24 Thursday?",
        ],
        "bisect_done": "HD reaches 2.4 with a 3-4% gap; keeping 4% tonight.",
        "retry_say": "Controller refused the write, sending it again.",
        "desc": "tuning heating, venting and CO2 setpoints in a commercial tomato glasshouse",
        "env": env_greenhouse,
        "request": "Compartment 3 humidity deficit is below 2 g/m3 overnight and we're seeing botrytis. Adjust the climate strategy so the crop dries out without wasting gas.",
        "open": (
            "climate.read",
            {"compartment": 3},
            {
                "hd_gm3": 1.6,
                "air_temp_c": 17.8,
                "pipe_temp_c": 38,
                "vent_lee_pct": 0,
                "screen_pct": 95,
            },
        ),
        "open2": (
            "scouting.latest",
            {"compartment": 3},
            {"botrytis_stems": 14, "rows": "18-24", "date": "2026-11-28"},
        ),
        "ids": ["row-18", "row-19", "row-20", "row-21", "row-22", "row-23", "row-24"],
        "read": "sensors.row",
        "read_key": "row",
        "read_body": lambda i, k: {"row": i, "rh_pct": 88 + k % 5, "leaf_temp_c": 16.9 + k * 0.2},
        "list": ("sensors.history", {"compartment": 3, "metric": "hd", "hours": 48}),
        "pair": (
            "setpoints.set_screen_gap",
            "setpoints.close_screen_gap",
            {"compartment": 3, "gap_pct": 3},
        ),
        "fail": (
            "setpoints.set_min_pipe",
            {"compartment": 3, "min_pipe_c": 45, "zone": "C3-N"},
            "E_ZONE_UNKNOWN: zone C3-N (valid: C3-A, C3-B)",
            {"compartment": 3, "min_pipe_c": 45, "zone": "C3-A"},
        ),
        "poll": ("climate.read_hd", {"compartment": 3}, ["1.6", "1.9", "2.4", "3.1"]),
        "queries": [
            "botrytis low HD",
            "minimum pipe dehumidify",
            "screen gap humidity",
            "botrytis night climate",
            "HD strategy tomato",
        ],
        "handoff": ("advisor.ask", ["climate_consultant", "grower"]),
        "write": (
            "setpoints.set_min_pipe",
            {"compartment": 3, "min_pipe_c": 45, "zone": "C3-A"},
            "setpoints.get",
        ),
        "docs": [
            ("ADV-11", "Botrytis risk rises sharply below HD 2 g/m3"),
            ("ADV-14", "Use 2-4% screen gap before raising minimum pipe"),
            ("ENERGY-3", "Min pipe above 45C costs ~0.4 m3 gas/m2/week"),
        ],
        "exact": "I've read compartment 3. I'm going to adjust the night climate strategy to raise HD and will report back.",
        "para": [
            "Compartment 3 read; adjusting the night strategy to raise HD, will report back.",
            "I'll change the night climate in C3 to lift the humidity deficit and report back.",
            "Read C3's climate - next I adjust the night strategy for HD, then report.",
            "Going to tweak compartment 3's night setpoints to raise HD; update to follow.",
            "Having read C3, I'll be adjusting the night climate to lift HD and reporting back.",
        ],
        "mono": "Waiting for the outside weather forecast refresh.",
        "plan": "Plan: 1) open a 3% screen gap, 2) min pipe 45C on C3-A, 3) watch HD for 2h.",
        "confirm_q": "Raise C3-A minimum pipe to 45C overnight (about 0.4 m3/m2/week extra gas)?",
        "confirm_a": ["Yes.", "Yes, do it.", "Yes, already approved.", "Yes, 45C."],
        "wrong": "HD in C3 is above 3 g/m3; no change needed.",
        "right": "You're right, I read the day value. Night HD is 1.6. Opened a 3% screen gap and set min pipe 45C on C3-A.",
        "correction": "That's the daytime reading, nights are at 1.6.",
        "status": "Screened {a} of {b} rows, {c} above 90% RH.",
        "dictate": [
            "Rows 20-22 also have leaf mould.",
            "The boiler is on maintenance Tuesday.",
            "Keep CO2 at 800 ppm in the day.",
            "Scouts will recheck Thursday.",
        ],
        "dict_reply": "Okay - {x} I'll factor it in.",
    },
]

SEARCH_TOOL = {
    "marina_berth_allocation": "docs.search",
    "wind_turbine_blade_inspection": "findings.fulltext",
    "escape_room_bookings": "helpdesk.search",
    "vending_machine_restocking": "kb.query",
    "dry_cleaning_garment_tracking": "tags.search",
    "metal_recycling_weighbridge": "yard.search_media",
    "tattoo_studio_bookings": "calendar.search",
    "greenhouse_climate_control": "advisory.search",
}

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "confirmation_loop",
    "pagination_reset",
    "handoff_bounce",
    "apology_same_answer",
    "query_rotation",
    "rewrite_verify_cycle",
]
PROGRESS_KINDS = [
    "status_updates_advancing",
    "summarising_related_docs",
    "bisecting_toggle",
    "retry_corrected_argument",
    "polling_until_ready",
    "dictation_acknowledgements",
    "batch_over_ids",
    "confirmations_for_different_items",
    "paging_through_results",
    "handoff_answered",
    "correction_applied",
    "query_refinement",
    "write_then_verify_next",
]


class Row:
    def __init__(self, d: dict, rng: random.Random) -> None:
        self.d = d
        self.rng = rng
        self.c = Clock(rng)
        self.steps: list[dict] = []
        self.lead = True

    def llm(self, text: str, obs: str = "") -> None:
        self.steps.append({"kind": "llm", "text": text, "observation": obs})

    def tool(self, name: str, args: dict, body: object, error: bool = False) -> None:
        obs = self.d["env"](self.c, name, body, error)
        self.steps.append(
            {"kind": "tool", "tool": name, "args": dict(args), "observation": obs, "error": error}
        )

    def opening(self) -> None:
        d = self.d
        t, a, b = d["open"]
        self.tool(t, a, b)
        if self.rng.random() < 0.6:
            t, a, b = d["open2"]
            self.tool(t, a, b)


def start(r: Row) -> None:
    r.steps.append({"kind": "llm", "text": ack(r), "observation": r.d["request"]})
    r.opening()
    if r.lead and r.rng.random() < 0.45:
        d = r.d
        picks = r.rng.sample(d["ids"][4:], r.rng.randint(1, 2))
        for k, i in enumerate(picks):
            r.tool(d["read"], {d["read_key"]: i}, d["read_body"](i, 5 + k))


def ack(r: Row) -> str:
    n = r.d["name"]
    opts = {
        "marina_berth_allocation": [
            "Right, pulling up the vessel record and tonight's tide.",
            "Aye, let me check her dimensions against the pontoons.",
        ],
        "wind_turbine_blade_inspection": [
            "Pulling the Carn Dubh campaign and SCADA alarms.",
            "Starting triage on the Q4 drone campaign.",
        ],
        "escape_room_bookings": [
            "Hi! Let me pull up ER-40917.",
            "Hello! I'll take a look at your booking.",
        ],
        "vending_machine_restocking": [
            "Loading R6 and its telemetry.",
            "Starting on the R6 pick list.",
        ],
        "dry_cleaning_garment_tracking": [
            "I'll look up ticket 778214.",
            "Let me check that ticket and its tags.",
        ],
        "metal_recycling_weighbridge": [
            "Opening WB-30077 and the supplier record.",
            "Let me pull the ticket.",
        ],
        "tattoo_studio_bookings": [
            "Hey! Pulling up Jess's file.",
            "Sure thing, checking Jess's bookings.",
        ],
        "greenhouse_climate_control": [
            "Reading compartment 3 now.",
            "Pulling C3 climate and scouting.",
        ],
    }[n]
    return r.rng.choice(opts)


# ---------------------------------------------------------------------------
# Loop builders
# ---------------------------------------------------------------------------


def loop_exact_repeat(r: Row) -> None:
    start(r)
    d = r.d
    if r.rng.random() < 0.5:
        r.tool(d["read"], {d["read_key"]: d["ids"][2]}, d["read_body"](d["ids"][2], 2))
    n = r.rng.randint(3, 6)
    nudges = [
        "Any update?",
        "Hello?",
        "Is it done yet?",
        "Still waiting...",
        "Can you just tell me?",
        "??",
    ]
    for i in range(n):
        obs = "" if i == 0 or r.rng.random() < 0.3 else nudges[i % len(nudges)]
        r.llm(d["exact"], obs)


def loop_paraphrased_repeat(r: Row) -> None:
    start(r)
    d = r.d
    n = r.rng.randint(4, 5)
    paras = list(d["para"])
    r.rng.shuffle(paras)
    for i in range(n):
        obs = (
            ""
            if r.rng.random() < 0.5
            else ["ok", "and?", "so is it done?", "please just do it", "still nothing?"][i]
        )
        r.llm(paras[i], obs)


def loop_ab_oscillation(r: Row) -> None:
    start(r)
    d = r.d
    do, undo, args = d["pair"]
    n = r.rng.randint(6, 10)
    for i in range(n):
        if i % 2 == 0:
            r.tool(do, args, {"applied": True, **args})
        else:
            r.tool(undo, args, {"reverted": True, **args})
        if i == 2 and r.rng.random() < 0.5:
            r.llm(d["say"]["reconsider"], "")


def loop_failing_tool_retry(r: Row) -> None:
    start(r)
    d = r.d
    t, a, err, _ = d["fail"]
    n = r.rng.randint(4, 7)
    for i in range(n):
        r.tool(t, a, {"message": err}, error=True)
        if i == 1 and r.rng.random() < 0.5:
            r.llm(d["retry_say"], "")


def loop_same_action_same_observation(r: Row) -> None:
    start(r)
    d = r.d
    t, a, states = d["poll"]
    n = r.rng.randint(4, 7)
    for _ in range(n):
        r.tool(t, a, {"state": states[0], **a})


def loop_identical_monologue(r: Row) -> None:
    start(r)
    d = r.d
    n = r.rng.randint(4, 8)
    for _ in range(n):
        r.llm(d["mono"], "")


def loop_identical_tool_calls(r: Row) -> None:
    start(r)
    d = r.d
    i = d["ids"][r.rng.randint(0, 6)]
    n = r.rng.randint(4, 8)
    for _ in range(n):
        r.tool(d["read"], {d["read_key"]: i}, d["read_body"](i, 3))


def loop_confirmation_loop(r: Row) -> None:
    start(r)
    d = r.d
    n = r.rng.randint(3, 5)
    for i in range(n):
        prev = d["confirm_a"][min(i - 1, 3)] if i else ""
        r.llm(d["confirm_q"], prev)
    r.llm(d["confirm_q"], d["confirm_a"][3])


def loop_pagination_reset(r: Row) -> None:
    start(r)
    d = r.d
    t, a = d["list"]
    first = d["ids"][:3]
    n = r.rng.randint(4, 6)
    for i in range(n):
        if i and r.rng.random() < 0.7:
            r.llm(
                ["Next page.", "Fetching page 2 now.", "Moving on to the next page of results."][
                    i % 3
                ],
                "",
            )
        r.tool(
            t,
            dict(a),
            {"items": first, "page": 1, "next_page_token": "p2-" + d["ids"][3], "total": 7},
        )


def loop_handoff_bounce(r: Row) -> None:
    start(r)
    d = r.d
    t, queues = d["handoff"]
    n = r.rng.randint(3, 4)
    for _ in range(n):
        r.tool(
            t,
            {"to": queues[0], "case": d["ids"][2]},
            {
                "routed_to": queues[0],
                "returned": True,
                "reason": "not my queue, send to " + queues[1],
            },
        )
        r.tool(
            t,
            {"to": queues[1], "case": d["ids"][2]},
            {
                "routed_to": queues[1],
                "returned": True,
                "reason": "needs " + queues[0] + " sign-off",
            },
        )


def loop_apology_same_answer(r: Row) -> None:
    start(r)
    d = r.d
    r.llm(d["wrong"], "")
    n = r.rng.randint(3, 4)
    for i in range(n):
        pre = [
            "Sorry for the confusion. ",
            "Apologies! ",
            "You're right, my mistake. ",
            "Sorry about that. ",
        ][i]
        r.llm(
            pre + d["wrong"],
            d["correction"]
            if i == 0
            else [
                "Still wrong.",
                "No! Read it again.",
                "It's the same answer again.",
                "Please stop.",
            ][i],
        )


def loop_query_rotation(r: Row) -> None:
    start(r)
    d = r.d
    qs = d["queries"][:3]
    n = r.rng.randint(2, 3)
    tname = SEARCH_TOOL[d["name"]]
    for _ in range(n):
        for q in qs:
            r.tool(tname, {"q": q}, {"hits": [], "total": 0})


def loop_rewrite_verify_cycle(r: Row) -> None:
    start(r)
    d = r.d
    wt, wa, rt = d["write"]
    n = r.rng.randint(3, 5)
    for _ in range(n):
        r.tool(wt, wa, {"updated": True, **wa})
        r.tool(
            rt,
            {
                k: v
                for k, v in wa.items()
                if k
                in ("berth", "finding", "ref", "picklist", "tag", "ticket", "appt", "compartment")
            },
            {"current": wa, "version": 1},
        )


# ---------------------------------------------------------------------------
# Progress builders
# ---------------------------------------------------------------------------


def prog_status_updates_advancing(r: Row) -> None:
    start(r)
    d = r.d
    b = 7
    c = 0
    n = r.rng.randint(4, 6)
    for i in range(n):
        k = i + 1
        r.tool(d["read"], {d["read_key"]: d["ids"][i]}, d["read_body"](d["ids"][i], i))
        c += k % 2
        r.llm(d["status"].format(a=k, b=b, c=c), "")


def prog_summarising_related_docs(r: Row) -> None:
    start(r)
    d = r.d
    tname = "docs.get"
    for doc_id, summ in d["docs"]:
        r.tool(tname, {"id": doc_id}, {"id": doc_id, "text": summ})
        r.llm(d["say"]["summary"] % (doc_id, summ), "")
    r.llm(d["right"].split(". ", 1)[-1], "")


def prog_bisecting_toggle(r: Row) -> None:
    start(r)
    d = r.d
    do, undo, args = d["pair"]
    key, values = d["bisect"]
    for i, v in enumerate(values):
        a = dict(args)
        a[key] = v
        r.tool(do, a, {"applied": True, **a, "check": "fail" if i < 2 else "pass"})
        if i < 2:
            r.tool(undo, a, {"reverted": True, **a})
    r.llm(d["bisect_done"], "")


def prog_retry_corrected_argument(r: Row) -> None:
    start(r)
    d = r.d
    t, a, err, fixed = d["fail"]
    r.tool(t, a, {"message": err}, error=True)
    if r.rng.random() < 0.5:
        r.tool(t, a, {"message": err}, error=True)
    r.llm(d["say"]["fix"], "")
    r.tool(t, fixed, {"created": True, **fixed})
    r.llm(d["say"]["done"], "")


def prog_polling_until_ready(r: Row) -> None:
    start(r)
    d = r.d
    t, a, states = d["poll"]
    for s in states:
        r.tool(t, a, {"state": s, **a})
    r.llm(d["say"]["moved"] % states[-1], "")


def prog_dictation_acknowledgements(r: Row) -> None:
    start(r)
    d = r.d
    for x in d["dictate"]:
        r.llm(d["dict_reply"].format(x=x), x)


def prog_batch_over_ids(r: Row) -> None:
    start(r)
    d = r.d
    n = r.rng.randint(4, 7)
    for i in range(n):
        r.tool(d["read"], {d["read_key"]: d["ids"][i]}, d["read_body"](d["ids"][i], i))


def prog_confirmations_for_different_items(r: Row) -> None:
    start(r)
    d = r.d
    r.llm(d["confirm_q"], "")
    wt, wa, _ = d["write"]
    r.tool(wt, wa, {"updated": True, **wa})
    r.llm(d["confirm_more"][0], d["confirm_a"][0])
    r.llm(d["confirm_more"][1], "Yes, do that.")
    r.llm(d["right"].split(". ", 1)[-1], "Yes please.")


def prog_paging_through_results(r: Row) -> None:
    start(r)
    d = r.d
    t, a = d["list"]
    ids = d["ids"]
    tok = None
    for p in range(3):
        args = dict(a)
        if tok:
            args["page_token"] = tok
        items = ids[p * 3 : p * 3 + 3]
        tok = "p%d-%s" % (p + 2, ids[min(p * 3 + 3, 6)]) if p < 2 else None
        r.tool(t, args, {"items": items, "next_page_token": tok, "total": 7})
    r.llm(d["say"]["pages"], "")


def prog_handoff_answered(r: Row) -> None:
    start(r)
    d = r.d
    t, queues = d["handoff"]
    r.tool(
        t,
        {"to": queues[0], "case": d["ids"][2]},
        {"routed_to": queues[0], "returned": True, "reason": "send to " + queues[1]},
    )
    r.tool(
        t,
        {"to": queues[1], "case": d["ids"][2]},
        {"routed_to": queues[1], "returned": False, "answer": "approved"},
    )
    wt, wa, _ = d["write"]
    r.tool(wt, wa, {"updated": True, **wa})
    r.llm(d["right"], "")


def prog_correction_applied(r: Row) -> None:
    start(r)
    d = r.d
    i = d["ids"][2]
    r.tool(d["read"], {d["read_key"]: i}, d["read_body"](i, 2))
    r.llm(d["wrong"], "")
    tname = SEARCH_TOOL[d["name"]]
    r.tool(tname, {"q": d["queries"][1]}, {"hits": [d["docs"][0][0]], "total": 1})
    wt, wa, _ = d["write"]
    r.tool(wt, wa, {"updated": True, **wa})
    r.llm(d["right"], d["correction"])


def prog_query_refinement(r: Row) -> None:
    start(r)
    d = r.d
    tname = SEARCH_TOOL[d["name"]]
    qs = d["queries"]
    r.tool(tname, {"q": qs[0]}, {"hits": [], "total": 0})
    r.tool(tname, {"q": qs[1]}, {"hits": [d["docs"][1][0]], "total": 1})
    r.tool(tname, {"q": qs[3]}, {"hits": [d["docs"][0][0]], "total": 1})
    r.llm(d["docs"][0][1], "")


def prog_write_then_verify_next(r: Row) -> None:
    start(r)
    d = r.d
    wt, wa, rt = d["write"]
    keys = ("berth", "finding", "ref", "picklist", "tag", "ticket", "appt", "compartment")
    r.tool(wt, wa, {"updated": True, **wa})
    r.tool(rt, {k: v for k, v in wa.items() if k in keys}, {"current": wa, "version": 2})
    for i in d["ids"][3:5]:
        r.tool(d["read"], {d["read_key"]: i}, d["read_body"](i, 4))
    r.llm(d["right"], "")


BUILDERS = {
    "loop": {k: globals()["loop_" + k] for k in LOOP_KINDS},
    "progress": {k: globals()["prog_" + k] for k in PROGRESS_KINDS},
}


def row_rng(row_id: str) -> random.Random:
    h = hashlib.sha256(("%d:%s" % (SEED, row_id)).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            for n, d in enumerate(DOMAINS, start=1):
                rid = "sixtysecond-%s-%s-%03d" % (label, kind, n)
                r = Row(d, row_rng(rid))
                BUILDERS[label][kind](r)
                if len(r.steps) > 15:
                    r = Row(d, row_rng(rid))
                    r.lead = False
                    BUILDERS[label][kind](r)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": r.steps,
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
