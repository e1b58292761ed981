"""Blind trajectory set 68: 208 labelled agent runs over eight production domains."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

SEED = 680068
HERE = Path(__file__).resolve().parent

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "status_poll_stuck",
    "cursor_reset_paging",
    "repeated_clarification",
    "reverify_unchanged",
    "zero_hit_search_variants",
    "three_tool_cycle",
]
PROGRESS_KINDS = [
    "report_with_new_figures",
    "narrated_distinct_steps",
    "bisect_distinct_toggles",
    "retry_with_corrected_arg",
    "refresh_state_moves",
    "checklist_monologue",
    "batch_distinct_ids",
    "poll_until_ready",
    "paging_with_token",
    "clarify_then_act",
    "verify_after_distinct_writes",
    "search_refinement_hits",
    "pipeline_distinct_records",
]

DOMAINS = [
    {
        "name": "orthodontic_aligner_cases",
        "ask": "Dr. Patel wants to know why case AL-{n} hasn't shipped stage 3 trays yet. Can you check and sort it out?",
        "id": lambda r: "AL-%05d" % r.randint(10000, 99999),
        "get": "aligner.cases.get",
        "list": "aligner.cases.list",
        "search": "aligner.cases.search",
        "set": "aligner.cases.set_flag",
        "status": "aligner.fabrication.status",
        "act": "aligner.shipments.create",
        "extra": "practice.profile.get",
        "env": 0,
        "field": "ipr_required",
        "vals": [True, False],
        "states": ["queued", "printing", "trimming", "qc", "ready_to_ship"],
        "stuck": "awaiting_clinician_approval",
        "err": "422 Unprocessable Entity: stage_plan missing approved_at for stage 3",
        "fix": ("stage", "3", "3a"),
        "noun": "case",
        "q": ["open refinement cases Patel", "Patel refinements stage 3", "refinement Patel open"],
        "para": [
            "Let me pull up case {id} again to see the stage plan.",
            "I'll re-open the record for {id} and look at the staging.",
            "Checking the treatment plan on {id} one more time.",
            "Going back into {id} to review where the trays stand.",
            "Let me look at {id}'s stage details again.",
            "One more look at the staging on {id}.",
            "I'll fetch {id} and re-read its stage list.",
            "Re-checking {id}'s plan to find the hold-up.",
        ],
        "mono": "The stage 3 trays for {id} are blocked on clinician approval. I'll check the case and then the fabrication queue to confirm.",
        "clar": "Just to confirm: should I ship stage 3 as planned, or wait for the refinement scan?",
        "answers": [
            "Ship stage 3 as planned.",
            "As planned, please - the refinement can wait.",
            "Yes, stage 3 as is.",
        ],
        "retry": [
            "Trying the shipment again.",
            "Resubmitting the shipment request.",
            "Let me try creating it once more.",
        ],
        "close": [
            "Stage 3 trays for {id} are released to shipping; Dr. Patel's office will get tracking by email.",
            "Done with {id}: approval recorded and the shipment is created.",
            "{id} is moving again - trays are in QC and the shipment label is queued.",
        ],
    },
    {
        "name": "lottery_retailer_terminals",
        "ask": "Store 4471 says their draw terminal keeps rejecting Powerball tickets since this morning. Please look into terminal T-{n}.",
        "id": lambda r: "T-%06d" % r.randint(100000, 999999),
        "get": "get_terminal",
        "list": "list_terminal_events",
        "search": "search_tickets",
        "set": "set_game_enabled",
        "status": "get_sync_job",
        "act": "push_game_config",
        "extra": "get_retailer",
        "env": 1,
        "field": "powerball_enabled",
        "vals": [True, False],
        "states": ["scheduled", "downloading", "verifying", "applied"],
        "stuck": "scheduled",
        "err": "E4012 CONFIG_VERSION_MISMATCH terminal reports firmware 7.2.1; bundle requires >= 7.3.0",
        "fix": ("bundle", "pb-2026.11.7.3", "pb-2026.11.7.2"),
        "noun": "terminal",
        "q": [
            "powerball reject today",
            "reject code 31 powerball",
            "powerball rejected tickets store 4471",
        ],
        "para": [
            "Let me re-read terminal {id}'s status.",
            "I'll check {id} once more for the reject reason.",
            "Pulling {id} again to see what it reports.",
            "Another look at terminal {id}.",
            "Re-querying {id} to see the game table.",
            "I want to see {id}'s record again.",
            "Fetching terminal {id} one more time.",
            "Let me look at what {id} says now.",
        ],
        "mono": "Terminal {id} is rejecting Powerball because its game table is stale. Next I'll push the current config bundle and confirm the sync.",
        "clar": "Before I push anything: do you want Powerball re-enabled on all of store 4471's terminals or only {id}?",
        "answers": ["Only that one for now.", "Just {id}.", "Only the one they called about."],
        "retry": [
            "Pushing the config again.",
            "Retrying the config push.",
            "One more push attempt.",
        ],
        "close": [
            "Terminal {id} has the current game table; Powerball sales are back on at store 4471.",
            "Config applied on {id}; I'll leave the other terminals alone as asked.",
            "Sync finished on {id}. A test wager went through.",
        ],
    },
    {
        "name": "casino_cage_credit",
        "ask": "Player #{n} wants a marker raised to $25k before tonight's tournament. Check their credit line and get it done if they qualify.",
        "id": lambda r: "PLY%07d" % r.randint(1000000, 9999999),
        "get": "CreditLine.Get",
        "list": "Markers.List",
        "search": "Patrons.Find",
        "set": "CreditLine.SetHold",
        "status": "CentralCredit.CheckStatus",
        "act": "Markers.Issue",
        "extra": "Tournaments.Get",
        "env": 2,
        "field": "hold",
        "vals": [True, False],
        "states": ["submitted", "bureau_query", "scored", "complete"],
        "stuck": "bureau_query",
        "err": "409 Conflict: outstanding marker M-88213 exceeds 30 days; issue blocked",
        "fix": ("amount", "25000", "20000"),
        "noun": "patron",
        "q": ["Ng tournament entry", "patron Ng, table games", "Ng high limit"],
        "para": [
            "Let me check the credit line for {id} again.",
            "I'll re-pull {id}'s line to see the limit.",
            "Looking at {id}'s credit once more.",
            "Re-reading the credit file for {id}.",
            "Going back to {id}'s credit line.",
            "I'll fetch {id}'s limit again to be sure.",
            "Checking what {id} has available, again.",
            "Let me look over {id}'s credit record another time.",
        ],
        "mono": "Patron {id} has an approved line but the marker is blocked. I'll check the outstanding markers and the Central Credit report before issuing.",
        "clar": "Do you want the $25k as a single marker or split across two?",
        "answers": ["Single marker.", "One marker, please.", "Single is fine."],
        "retry": [
            "Re-issuing the marker.",
            "Trying the issue call again.",
            "Let me resubmit the marker.",
        ],
        "close": [
            "Marker for {id} issued and the cage has been notified.",
            "{id}'s line is raised and the marker is on file for tonight.",
            "All set for {id}; the tournament desk can see the marker.",
        ],
    },
    {
        "name": "mattress_trial_returns",
        "ask": "Customer on order MT-{n} is within the 100-night trial and wants to return the hybrid queen. Please arrange pickup and the refund.",
        "id": lambda r: "MT-%d" % r.randint(2000000, 2999999),
        "get": "orders_get",
        "list": "returns_list",
        "search": "returns_search",
        "set": "orders_set_donation_flag",
        "status": "pickup_status",
        "act": "refunds_create",
        "extra": "carriers_coverage",
        "env": 3,
        "field": "donate_instead_of_resell",
        "vals": [True, False],
        "states": ["requested", "assigned", "scheduled", "picked_up"],
        "stuck": "requested",
        "err": "400 Bad Request: refund amount 1899.00 exceeds captured amount 1799.00",
        "fix": ("amount", "1899.00", "1799.00"),
        "noun": "order",
        "q": [
            "hybrid queen trial return",
            "queen hybrid return within trial",
            "trial return hybrid queen november",
        ],
        "para": [
            "Let me open order {id} again.",
            "I'll take another look at {id}.",
            "Rechecking the order details for {id}.",
            "Going over {id} once more.",
            "Let me pull {id} back up.",
            "I'll review order {id} again for the trial dates.",
            "Another read of {id}.",
            "Checking {id} one more time.",
        ],
        "mono": "Order {id} is within the trial window. I'll book the pickup with the carrier and then issue the refund once pickup is scheduled.",
        "clar": "Should the mattress go to donation or back for resale inspection?",
        "answers": ["Donation.", "Donate it.", "Send it to donation."],
        "retry": [
            "Trying the refund again.",
            "Resubmitting the refund.",
            "Retrying refund creation.",
        ],
        "close": [
            "Pickup is booked for {id} and the refund is queued to the original card.",
            "{id}: pickup scheduled, refund issued.",
            "Return for {id} is in motion; the customer gets a pickup window by SMS.",
        ],
    },
    {
        "name": "chess_tournament_pairings",
        "ask": "Round 5 pairings for section U1800 look wrong - player {n} is paired with someone they already played. Can you fix it?",
        "id": lambda r: "USCF-%08d" % r.randint(10000000, 99999999),
        "get": "GET /players/{id}",
        "list": "GET /sections/U1800/pairings",
        "search": "GET /players?q=",
        "set": "PATCH /players/{id}/bye_request",
        "status": "GET /jobs/pairing/{job}",
        "act": "POST /rounds/5/pair",
        "extra": "GET /events/fall-open",
        "env": 4,
        "field": "bye_requested",
        "vals": [True, False],
        "states": ["queued", "running", "validating", "published"],
        "stuck": "running",
        "err": "Error 409: round 5 already has published results for 3 boards; unpublish first",
        "fix": ("mode", "full", "unpaired_only"),
        "noun": "player",
        "q": ["Okafor U1800", "okafor fall open", "Okafor round 4"],
        "para": [
            "Let me check {id}'s game history again.",
            "I'll look at who {id} has already played.",
            "Re-reading {id}'s crosstable line.",
            "Going back over {id}'s previous opponents.",
            "Checking {id}'s results once more.",
            "One more look at {id}'s history.",
            "Pulling {id}'s record again.",
            "Let me verify {id}'s past pairings again.",
        ],
        "mono": "{id} is paired against a round 2 opponent. I'll re-run the pairing for the unpaired boards in U1800 and check the result.",
        "clar": "Do you want me to re-pair the whole section or only the affected boards?",
        "answers": [
            "Only the affected boards.",
            "Just those boards.",
            "Affected boards only, results are in for others.",
        ],
        "retry": [
            "Re-running the pairing.",
            "Trying the pair call again.",
            "Let me submit the pairing again.",
        ],
        "close": [
            "Round 5 in U1800 is re-paired; {id} now has a new opponent and the board list is published.",
            "Fixed - {id} meets a fresh opponent on board 7.",
            "U1800 round 5 republished without repeat pairings.",
        ],
    },
    {
        "name": "kayak_outfitter_trips",
        "ask": "Group booking KY{n} for Saturday's sea-cave tour has 9 paddlers but we only show 8 boats. Can you sort the fleet for them?",
        "id": lambda r: "KY%d" % r.randint(40000, 89999),
        "get": "booking.fetch",
        "list": "fleet.inventory",
        "search": "booking.lookup",
        "set": "boat.maintenance_hold",
        "status": "weather.window",
        "act": "fleet.assign",
        "extra": "guides.roster",
        "env": 5,
        "field": "on_hold",
        "vals": [True, False],
        "states": ["pending", "forecast_update", "advisory_checked", "go"],
        "stuck": "pending",
        "err": "fleet.assign failed: boat SK-14 is on maintenance_hold (rudder cable)",
        "fix": ("boat", "SK-14", "SK-19"),
        "noun": "booking",
        "q": ["sea cave saturday", "saturday sea-cave group", "sea caves sat 9 pax"],
        "para": [
            "Let me re-check the boat count on {id}.",
            "I'll fetch {id} again for the roster.",
            "Looking at booking {id} once more.",
            "Reviewing {id}'s paddler list again.",
            "One more pass over {id}.",
            "Pulling booking {id} up again.",
            "Let me see {id}'s details again.",
            "Rereading {id}'s group info.",
        ],
        "mono": "{id} is short one single kayak. I'll check the fleet for a free boat Saturday and assign it.",
        "clar": "Would a tandem work for two of the paddlers, or do they all need singles?",
        "answers": ["Singles for everyone.", "They want singles.", "All singles, please."],
        "retry": ["Assigning again.", "Retrying the assignment.", "Trying fleet.assign once more."],
        "close": [
            "{id} has 9 boats assigned for Saturday; the guide sheet is updated.",
            "Boat added to {id}; fleet shows 9 of 9.",
            "Sorted - {id} is fully kitted.",
        ],
    },
    {
        "name": "commercial_laundry_routes",
        "ask": "Hotel Aster says route R-{n} delivered short on bath towels twice this week. Check the route tickets and correct tomorrow's load.",
        "id": lambda r: "R-%03d" % r.randint(100, 899),
        "get": "routes/get",
        "list": "tickets/list",
        "search": "tickets/search",
        "set": "routes/set_par_override",
        "status": "plant/batch_status",
        "act": "loads/create",
        "extra": "accounts/get",
        "env": 6,
        "field": "par_override",
        "vals": [True, False],
        "states": ["washing", "drying", "folding", "staged"],
        "stuck": "washing",
        "err": "ERR_LOAD_CAPACITY: truck TR-22 capacity 1400 lb, requested 1520 lb",
        "fix": ("truck", "TR-22", "TR-31"),
        "noun": "route",
        "q": ["Aster towels short", "towel shortage Aster", "Hotel Aster short delivery"],
        "para": [
            "Let me review route {id} again.",
            "I'll re-open the route sheet for {id}.",
            "Pulling route {id}'s stops again.",
            "Rechecking {id}'s manifest.",
            "Looking at {id} once more.",
            "Another pass at route {id}.",
            "Let me get {id}'s details again.",
            "I'll look over {id}'s ticket totals again.",
        ],
        "mono": "Route {id} shorted Aster on bath towels. I'll raise the par for tomorrow's load and confirm the truck capacity.",
        "clar": "Should I raise Aster's standing par, or only add towels to tomorrow's load?",
        "answers": [
            "Only tomorrow's.",
            "Just tomorrow.",
            "Tomorrow only - we'll review par later.",
        ],
        "retry": [
            "Creating the load again.",
            "Retrying the load.",
            "Resubmitting tomorrow's load.",
        ],
        "close": [
            "Tomorrow's load on {id} now carries the extra towels for Aster.",
            "{id} corrected; Aster gets 180 bath towels tomorrow.",
            "Load updated for {id}. I'd still review the par next week.",
        ],
    },
    {
        "name": "yacht_charter_provisioning",
        "ask": "Charter YC-{n} boards in Split on Friday; the guests sent a new dietary sheet. Please update the provisioning order.",
        "id": lambda r: "YC-%04d" % r.randint(1000, 9999),
        "get": "charters.get",
        "list": "provisioning.lines",
        "search": "suppliers.search",
        "set": "provisioning.toggle_item",
        "status": "supplier.order_status",
        "act": "provisioning.submit",
        "extra": "marina.slot",
        "env": 7,
        "field": "included",
        "vals": [True, False],
        "states": ["received", "picking", "packed", "dispatched"],
        "stuck": "received",
        "err": "SupplierError 503: Split Provisions API unavailable (upstream timeout)",
        "fix": ("supplier", "split-provisions", "kastela-marine-deli"),
        "noun": "charter",
        "q": ["gluten free Split", "GF bakery split marina", "gluten-free bread Split delivery"],
        "para": [
            "Let me check charter {id} again.",
            "I'll re-read {id}'s dietary notes.",
            "Looking at {id}'s guest list again.",
            "Checking {id}'s provisioning once more.",
            "Pulling up {id} again.",
            "Another look at charter {id}.",
            "I'll re-open {id}.",
            "Reviewing {id} again for the diet sheet.",
        ],
        "mono": "Charter {id} needs the provisioning changed for the new dietary sheet. I'll adjust the lines and resubmit the order to the supplier.",
        "clar": "Is the nut allergy severe enough that the whole galley should be nut-free?",
        "answers": [
            "Yes, the whole galley.",
            "Whole galley, it's anaphylactic.",
            "Yes - nut-free everything.",
        ],
        "retry": ["Submitting again.", "Retrying with the supplier.", "Trying the submit again."],
        "close": [
            "{id}'s provisioning order is resubmitted with the new dietary lines.",
            "Supplier confirmed the revised order for {id}.",
            "Order for {id} updated; the skipper has the new list.",
        ],
    },
]

VOICE = {
    "orthodontic_aligner_cases": {
        "open": [
            "I'll pull the case and the fab queue.",
            "Looking at the case now.",
            "Checking the lab side for this case.",
        ],
        "nudge": [
            "Patel's office is on hold, anything?",
            "any news on the trays?",
            "did you find it?",
        ],
        "checks": [
            "IPR schedule",
            "attachment template",
            "stage 3 tray count",
            "refinement scan date",
            "clinician sign-off",
            "shipping address",
            "invoice status",
            "retainer order",
        ],
        "unit": "tray files",
        "report": "Uploaded {done} of {total} {unit} to the printer so far; {left} still queued.",
    },
    "lottery_retailer_terminals": {
        "open": [
            "Checking the terminal.",
            "Let me see what the terminal reports.",
            "Pulling the terminal record.",
        ],
        "nudge": ["store is calling again", "anything yet?", "the clerk says it's still rejecting"],
        "checks": [
            "firmware version",
            "game table version",
            "comms link",
            "printer status",
            "draw schedule",
            "retailer licence",
            "last sync time",
            "reject counters",
        ],
        "unit": "event log entries",
        "report": "Scanned {done}/{total} {unit}; {left} left, no new reject codes in this batch.",
    },
    "casino_cage_credit": {
        "open": [
            "Pulling the patron's credit file.",
            "Let me check the credit line.",
            "I'll look at the cage records.",
        ],
        "nudge": [
            "Host is asking - can we do it?",
            "tournament starts at 8",
            "where are we on this?",
        ],
        "checks": [
            "Central Credit report",
            "outstanding markers",
            "bank verification",
            "ID on file",
            "Title 31 flags",
            "host approval",
            "credit limit history",
            "self-exclusion list",
        ],
        "unit": "marker records",
        "report": "Reviewed {done} of {total} {unit}; {left} remaining, all settled so far.",
    },
    "mattress_trial_returns": {
        "open": [
            "Let me open the order.",
            "Checking the order and trial window.",
            "Looking up the order now.",
        ],
        "nudge": [
            "customer is on chat, any ETA?",
            "can we give them a pickup date?",
            "how's it looking?",
        ],
        "checks": [
            "trial start date",
            "night count",
            "payment capture",
            "carrier coverage for the zip",
            "donation partner",
            "bed frame add-on",
            "promo discount",
            "customer contact",
        ],
        "unit": "return lines",
        "report": "{done}/{total} {unit} matched against captures, {left} to go.",
    },
    "chess_tournament_pairings": {
        "open": [
            "Let me look at the pairings.",
            "Checking the crosstable.",
            "Pulling up section U1800.",
        ],
        "nudge": ["players are waiting at the boards", "TD wants to start in 10 min", "anything?"],
        "checks": [
            "colour history",
            "score groups",
            "half-point byes",
            "withdrawn players",
            "rating floors",
            "team-mate avoidance",
            "board numbers",
            "clock times",
        ],
        "unit": "pairing rows",
        "report": "Checked {done} of {total} {unit} for repeat opponents; {left} left.",
    },
    "kayak_outfitter_trips": {
        "open": [
            "Checking the booking and the fleet.",
            "Let me look at Saturday's fleet.",
            "Pulling the group booking.",
        ],
        "nudge": ["guide wants to know if we're good", "any luck with a boat?", "update?"],
        "checks": [
            "paddler weights",
            "skill levels",
            "PFD sizes",
            "spray skirts",
            "tide window",
            "guide ratio",
            "waivers signed",
            "launch site permit",
        ],
        "unit": "boats",
        "report": "Inspected {done} of {total} {unit} on the rack; {left} still to check.",
    },
    "commercial_laundry_routes": {
        "open": [
            "Pulling the route tickets.",
            "Checking the route sheet.",
            "Looking at this week's tickets.",
        ],
        "nudge": [
            "Aster's housekeeping called again",
            "what did you find?",
            "any update for the driver?",
        ],
        "checks": [
            "towel par",
            "soil counts",
            "rewash rate",
            "cart labels",
            "stop order",
            "driver notes",
            "invoice lines",
            "bath mat counts",
        ],
        "unit": "tickets",
        "report": "{done} of {total} {unit} reconciled against plant counts; {left} outstanding.",
    },
    "yacht_charter_provisioning": {
        "open": [
            "Opening the charter.",
            "Let me check the provisioning order.",
            "Pulling the guest sheet.",
        ],
        "nudge": ["skipper is asking", "did the supplier confirm?", "any news?"],
        "checks": [
            "nut-free galley",
            "gluten-free bread",
            "kids' menu",
            "wine list",
            "water and ice",
            "fuel dock slot",
            "delivery time at ACI Split",
            "crew meals",
        ],
        "unit": "order lines",
        "report": "Updated {done} of {total} {unit} against the diet sheet; {left} to revise.",
    },
}


class Clock:
    def __init__(self, rng: random.Random) -> None:
        self.t = datetime(
            2026,
            11,
            rng.randint(2, 27),
            rng.randint(6, 20),
            rng.randint(0, 59),
            rng.randint(0, 59),
            tzinfo=UTC,
        )
        self.rng = rng
        self.n = 0

    def tick(self) -> datetime:
        self.t += timedelta(seconds=self.rng.randint(2, 47), milliseconds=self.rng.randint(0, 999))
        self.n += 1
        return self.t


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def envelope(style: int, clock: Clock, rng: random.Random, body: object) -> str:
    t = clock.tick()
    js = json.dumps(body, separators=(",", ":"), sort_keys=False)
    if style == 0:
        return json.dumps(
            {
                "request_id": "req_" + hexid(rng, 16),
                "data": body,
                "meta": {
                    "served_at": t.isoformat().replace("+00:00", "Z"),
                    "api_version": "2025-09",
                },
            }
        )
    if style == 1:
        return json.dumps(
            {
                "trace": hexid(rng, 32),
                "result": body,
                "ratelimit": {
                    "remaining": 600 - clock.n * rng.randint(1, 3),
                    "reset_ms": int(t.timestamp() * 1000) + 60000,
                },
            }
        )
    if style == 2:
        return 'HTTP/1.1 200 OK\nDate: %s\nETag: W/"%s"\nX-Request-Id: %s\n\n%s' % (
            format_datetime(t, usegmt=True),
            hexid(rng, 10),
            hexid(rng, 8).upper(),
            js,
        )
    if style == 3:
        return json.dumps(
            {
                "ok": True,
                "payload": body,
                "server": "api-%d.mtr.internal" % rng.randint(1, 6),
                "took_ms": rng.randint(8, 240),
                "ts": int(t.timestamp()),
            }
        )
    if style == 4:
        return "%s\n# x-served-by: pairing-node-%s; generated %s" % (
            js,
            rng.choice("abcd"),
            t.strftime("%Y-%m-%d %H:%M:%S"),
        )
    if style == 5:
        return "[%s node=ko-%d rid=%s] %s" % (
            t.strftime("%H:%M:%S.%f")[:-3],
            rng.randint(1, 4),
            hexid(rng, 6),
            js,
        )
    if style == 6:
        return json.dumps(
            {
                "status": "success",
                "body": body,
                "x-cache": rng.choice(["MISS", "HIT", "REVALIDATED"]),
                "age": rng.randint(0, 90),
                "time": t.strftime("%d/%m/%Y %H:%M:%S"),
            }
        )
    return json.dumps(
        {
            "envelope": {
                "id": "env-" + hexid(rng, 12),
                "at_ms": int(t.timestamp() * 1000),
                "page": None,
            },
            "content": body,
        }
    )


def err_envelope(style: int, clock: Clock, rng: random.Random, msg: str) -> str:
    t = clock.tick()
    if style in (2, 4):
        return "%s\nrequest %s at %s" % (msg, hexid(rng, 12), format_datetime(t, usegmt=True))
    return json.dumps(
        {
            "error": {
                "message": msg,
                "request_id": hexid(rng, 20),
                "at": t.isoformat().replace("+00:00", "Z"),
            }
        }
    )


class Row:
    def __init__(self, d: dict, rng: random.Random) -> None:
        self.d = d
        self.rng = rng
        self.clock = Clock(rng)
        self.steps: list[dict] = []
        self.id = d["id"](rng)

    def fmt(self, s: str) -> str:
        return s.replace("{id}", self.id)

    def llm(self, text: str, obs: str = "") -> None:
        self.steps.append({"kind": "llm", "text": self.fmt(text), "observation": self.fmt(obs)})

    def tool(self, name: str, args: dict, body: object, error: bool = False) -> None:
        if error:
            obs = err_envelope(self.d["env"], self.clock, self.rng, str(body))
        elif isinstance(body, str):
            obs = body + "\n(%s)" % self.clock.tick().strftime("%Y-%m-%dT%H:%M:%S")
        else:
            obs = envelope(self.d["env"], self.clock, self.rng, body)
        self.steps.append(
            {
                "kind": "tool",
                "tool": name.replace("{id}", self.id),
                "args": args,
                "observation": obs,
                "error": error,
            }
        )

    def opening(self) -> None:
        ask = self.d["ask"].replace(
            "{n}", re.sub(r"^[A-Z]+-?", "", self.id.split("-")[-1]) or self.id
        )
        self.v = VOICE[self.d["name"]]
        self.llm(self.rng.choice(self.v["open"]), ask)
        for _ in range(self.rng.randint(0, 2)):
            self.unrelated()
        if self.rng.random() < 0.3:
            self.llm(self.rng.choice(self.v["checks"]).capitalize() + " looks fine; moving on.")

    def unrelated(self) -> None:
        r = self.rng
        self.side = getattr(self, "side", 0) + 1
        if self.side % 2:
            body = {
                "scope": self.d["noun"],
                "region": r.choice(["north", "coastal", "central"]),
                "open_items": r.randint(0, 9),
            }
            self.tool(self.d["extra"], {"id": self.id} if r.random() < 0.5 else {}, body)
        else:
            self.tool(self.d["get"], {"id": self.id}, self.record())

    def record(self, v: int = 0) -> dict:
        return {
            "id": self.id,
            "state": self.d["stuck"]
            if v == 0
            else self.d["states"][min(v, len(self.d["states"]) - 1)],
            self.d["field"]: self.d["vals"][v % 2],
            "revision": 3 + v,
        }

    def pad(self) -> None:
        tail = self.steps[1:]
        self.steps = self.steps[:1]
        self.unrelated()
        self.steps.extend(tail)

    def person(self, p: float, texts: list[str]) -> str:
        return self.rng.choice(texts) if self.rng.random() < p else ""


PERSON_NUDGE = [
    "any update?",
    "How's it going?",
    "Still on this?",
    "ok let me know",
    "they're asking again, anything yet?",
]


def reps(rng: random.Random) -> int:
    return rng.randint(3, 8)


# ---- loop kinds ----
def l_exact_repeat(w: Row) -> None:
    w.opening()
    w.tool(w.d["get"], {"id": w.id}, w.record())
    base = w.fmt(w.d["mono"])
    for i in range(reps(w.rng)):
        t = (
            base
            if i % 2 == 0
            else base.replace(". ", ".  ", 1).rstrip(".") + ("." if w.rng.random() < 0.5 else "")
        )
        w.llm(t, w.person(0.3, w.v["nudge"]) if i else "")


def l_paraphrased_repeat(w: Row) -> None:
    w.opening()
    para = w.rng.sample(w.d["para"], reps(w.rng))
    for i, p in enumerate(para):
        w.llm(p, w.person(0.25, w.v["nudge"]) if i else "")
        if w.rng.random() < 0.35 and i == 0:
            w.tool(w.d["get"], {"id": w.id}, w.record())


def l_ab_oscillation(w: Row) -> None:
    w.opening()
    f = w.d["field"]
    for i in range(reps(w.rng) + 1):
        v = w.d["vals"][i % 2]
        w.tool(w.d["set"], {"id": w.id, f: v}, {"id": w.id, f: v, "changed": True})
        if w.rng.random() < 0.5:
            w.llm(
                w.rng.choice(
                    [
                        "That didn't help, switching it back.",
                        "Reverting that.",
                        "Let me flip it the other way.",
                        "Trying the other setting.",
                    ]
                )
            )


def l_failing_tool_retry(w: Row) -> None:
    w.opening()
    w.tool(w.d["get"], {"id": w.id}, w.record())
    k, a, _b = w.d["fix"]
    for i in range(reps(w.rng)):
        args = {"id": w.id, k: a} if i % 2 == 0 else {k: a, "id": w.id}
        w.tool(w.d["act"], args, w.d["err"], error=True)
        if w.rng.random() < 0.5:
            w.llm(w.rng.choice(w.d["retry"]))


def l_same_action_same_observation(w: Row) -> None:
    w.opening()
    body = {"id": w.id, "items": [{"line": 1, "qty": 8}, {"line": 2, "qty": 0}], "total": 8}
    n = reps(w.rng)
    for i in range(n):
        w.tool(w.d["list"], {"id": w.id}, body)
        if i == n // 2:
            w.llm("Refreshing to see whether it has changed.", w.person(0.4, w.v["nudge"]))


def l_identical_monologue(w: Row) -> None:
    w.opening()
    txt = w.fmt(w.d["mono"])
    c = w.rng.sample(w.v["checks"], 2)
    plan = "Before changing anything on %s I'll confirm the %s and the %s, then make the fix." % (
        w.id,
        c[0],
        c[1],
    )
    for i in range(reps(w.rng)):
        w.llm(plan if i % 2 else txt, "")


def l_identical_tool_calls(w: Row) -> None:
    w.opening()
    w.llm("Checking the %s record." % w.d["noun"])
    for i in range(reps(w.rng)):
        args = (
            {"id": w.id, "include": ["history"]} if i % 2 else {"include": ["history"], "id": w.id}
        )
        w.tool(w.d["get"], args, w.record())


def l_status_poll_stuck(w: Row) -> None:
    w.opening()
    job = "job_" + hexid(w.rng, 8)
    for _ in range(reps(w.rng) + 1):
        w.tool(
            w.d["status"],
            {"job": job},
            {"job": job, "state": w.d["stuck"], "progress": 0, "eta": None},
        )
        if w.rng.random() < 0.4:
            w.llm(
                w.rng.choice(
                    [
                        "Still waiting on it.",
                        "Not done yet, checking again shortly.",
                        "Same state - polling again.",
                    ]
                ),
                w.person(0.3, w.v["nudge"]),
            )


def l_cursor_reset_paging(w: Row) -> None:
    w.opening()
    page = {
        "records": [{"id": w.id, "n": i} for i in range(3)],
        "next_cursor": "c_" + hexid(w.rng, 10),
    }
    for _ in range(reps(w.rng)):
        w.tool(w.d["list"], {"limit": 3}, page)
        if w.rng.random() < 0.4:
            w.llm("Getting the next page.")


def l_repeated_clarification(w: Row) -> None:
    w.opening()
    for i in range(reps(w.rng)):
        w.llm(w.d["clar"], w.rng.choice(w.d["answers"]) if i else "")
        if w.rng.random() < 0.3:
            w.tool(w.d["get"], {"id": w.id}, w.record())


def l_reverify_unchanged(w: Row) -> None:
    w.opening()
    f = w.d["field"]
    w.tool(
        w.d["set"],
        {"id": w.id, f: w.d["vals"][0]},
        {"id": w.id, f: w.d["vals"][0], "changed": True},
    )
    for _ in range(reps(w.rng)):
        w.llm(
            w.rng.choice(
                [
                    "Let me make sure that saved.",
                    "Double-checking the change stuck.",
                    "Verifying once more before moving on.",
                ]
            )
        )
        w.tool(w.d["get"], {"id": w.id}, w.record())


def l_zero_hit_search_variants(w: Row) -> None:
    w.opening()
    qs = w.d["q"]
    for i in range(reps(w.rng)):
        q = qs[i % len(qs)]
        w.tool(
            w.d["search"], {"q": q if i < len(qs) else q.lower() + " "}, {"hits": [], "total": 0}
        )


def l_three_tool_cycle(w: Row) -> None:
    w.opening()
    for _ in range(reps(w.rng) // 2 + 2):
        w.tool(w.d["get"], {"id": w.id}, w.record())
        w.tool(w.d["list"], {"id": w.id}, {"records": [], "total": 0})
        w.tool(w.d["status"], {"id": w.id}, {"state": w.d["stuck"]})


# ---- progress kinds ----
def p_report_with_new_figures(w: Row) -> None:
    w.opening()
    for i in range(reps(w.rng)):
        done = 12 * (i + 1) + w.rng.randint(0, 5)
        w.tool(
            w.d["list"],
            {"id": w.id, "offset": i * 12},
            {"processed": done, "remaining": 100 - done},
        )
        w.llm(w.v["report"].format(done=done, total=100, left=100 - done, unit=w.v["unit"]))


def p_narrated_distinct_steps(w: Row) -> None:
    w.opening()
    seq = [
        (
            w.d["get"],
            {"id": w.id},
            w.record(),
            "%s checked on the %s; now the lines." % (w.v["checks"][0].capitalize(), w.d["noun"]),
        ),
        (
            w.d["list"],
            {"id": w.id},
            {"records": [{"line": 1}, {"line": 2}], "total": 2},
            "Two lines found. Fixing the flag next.",
        ),
        (
            w.d["set"],
            {"id": w.id, w.d["field"]: w.d["vals"][1]},
            {"changed": True},
            "Flag corrected. Submitting the action.",
        ),
        (
            w.d["act"],
            {"id": w.id},
            {"created": True, "ref": hexid(w.rng, 8)},
            w.rng.choice(w.d["close"]),
        ),
    ]
    for t, a, b, s in seq:
        w.tool(t, a, b)
        w.llm(s)


def p_bisect_distinct_toggles(w: Row) -> None:
    w.opening()
    targets = ["%s-%d" % (w.id, k) for k in range(1, reps(w.rng) + 1)]
    for i, t in enumerate(targets):
        w.tool(
            w.d["set"],
            {"id": t, w.d["field"]: w.d["vals"][1]},
            {"id": t, "changed": True, "errors_after": 4 if i < len(targets) - 1 else 0},
        )
    w.llm("Errors stopped after changing %s; that's the culprit." % targets[-1])


def p_retry_with_corrected_arg(w: Row) -> None:
    w.opening()
    k, a, b = w.d["fix"]
    w.tool(w.d["act"], {"id": w.id, k: a}, w.d["err"], error=True)
    w.llm("The error says what's wrong; retrying with %s=%s." % (k, b))
    w.tool(w.d["act"], {"id": w.id, k: b}, {"created": True, "ref": hexid(w.rng, 8)})
    w.llm(w.rng.choice(w.d["close"]))


def p_refresh_state_moves(w: Row) -> None:
    w.opening()
    for i in range(reps(w.rng)):
        w.tool(w.d["list"], {"id": w.id}, {"id": w.id, "queue_depth": 40 - 7 * i, "cleared": 7 * i})


def p_checklist_monologue(w: Row) -> None:
    w.opening()
    forms = [
        "%s: checked, nothing off.",
        "Next, %s - matches the record.",
        "%s verified.",
        "Looked at %s; consistent with the request.",
    ]
    for i, it in enumerate(w.rng.sample(w.v["checks"], reps(w.rng))):
        w.llm((forms[i % len(forms)] % it).capitalize(), w.person(0.15, ["keep going", "ok"]))


def p_batch_distinct_ids(w: Row) -> None:
    w.opening()
    for _ in range(reps(w.rng)):
        other = w.d["id"](w.rng)
        w.tool(
            w.d["get"],
            {"id": other, "include": ["history"]},
            {
                "id": other,
                "state": w.rng.choice(w.d["states"]),
                w.d["field"]: w.rng.choice(w.d["vals"]),
                "revision": w.rng.randint(1, 40),
            },
        )


def p_poll_until_ready(w: Row) -> None:
    w.opening()
    job = "job_" + hexid(w.rng, 8)
    for s in w.d["states"]:
        w.tool(w.d["status"], {"job": job}, {"job": job, "state": s})
    w.llm(w.rng.choice(w.d["close"]))


def p_paging_with_token(w: Row) -> None:
    w.opening()
    cur = None
    for i in range(reps(w.rng)):
        nxt = "c_" + hexid(w.rng, 10)
        w.tool(
            w.d["list"],
            {"limit": 3, "cursor": cur} if cur else {"limit": 3},
            {"records": [{"n": 3 * i + k} for k in range(3)], "next_cursor": nxt},
        )
        cur = nxt


def p_clarify_then_act(w: Row) -> None:
    w.opening()
    w.llm(w.d["clar"], "")
    w.llm("Understood, going ahead.", w.rng.choice(w.d["answers"]))
    w.tool(w.d["act"], {"id": w.id}, {"created": True, "ref": hexid(w.rng, 8)})
    w.llm(w.rng.choice(w.d["close"]))


def p_verify_after_distinct_writes(w: Row) -> None:
    w.opening()
    for i in range(reps(w.rng) - 1):
        w.tool(
            w.d["set"],
            {"id": w.id, "line": i + 1, w.d["field"]: w.d["vals"][0]},
            {"changed": True, "line": i + 1},
        )
        w.tool(w.d["get"], {"id": w.id}, {"id": w.id, "lines_done": i + 1})


def p_search_refinement_hits(w: Row) -> None:
    w.opening()
    qs = w.d["q"]
    w.tool(w.d["search"], {"q": qs[0]}, {"hits": [], "total": 0})
    w.tool(w.d["search"], {"q": qs[1]}, {"hits": [{"id": w.id}], "total": 1})
    w.tool(w.d["get"], {"id": w.id}, w.record(1))
    w.llm(w.rng.choice(w.d["close"]))


def p_pipeline_distinct_records(w: Row) -> None:
    w.opening()
    for _ in range(reps(w.rng) // 2 + 1):
        other = w.d["id"](w.rng)
        n = w.rng.randint(1, 6)
        w.tool(w.d["get"], {"id": other}, {"id": other, "state": w.rng.choice(w.d["states"][:-1])})
        w.tool(
            w.d["list"], {"id": other}, {"records": [{"line": k + 1} for k in range(n)], "total": n}
        )
        w.tool(w.d["status"], {"id": other}, {"id": other, "state": w.d["states"][-1], "lines": n})
    if w.rng.random() < 0.5:
        w.llm(
            "All %d records moved to %s."
            % (reps(w.rng) // 2 + 1, w.d["states"][-1].replace("_", " "))
        )


def build() -> list[dict]:
    rows = []
    n = 0
    for label, kinds, prefix in (("loop", LOOP_KINDS, "l_"), ("progress", PROGRESS_KINDS, "p_")):
        for kind in kinds:
            for d in DOMAINS:
                n += 1
                rid = "sixtyeighth-%s-%s-%03d" % (label, kind, n)
                rng = random.Random("%d:%s" % (SEED, rid))
                w = Row(d, rng)
                globals()[prefix + kind](w)
                while len(w.steps) < 6:
                    w.pad()
                w.steps = w.steps[:16]
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
    with (HERE / "trajectories.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
