"""Blind trajectory set 65: 208 labelled agent trajectories over eight production domains.

Run ``python tests/data/trajectories_sixtyfifth/generate.py`` to rewrite ``trajectories.jsonl``
next to this file, byte for byte. Standard library only; every row is seeded from SEED and its id.
"""

from __future__ import annotations

import hashlib
import json
import random
from email.utils import formatdate
from pathlib import Path

SEED = 65065
BASE_EPOCH = 1795680000  # late 2026

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "pagination_stuck",
    "status_poll_stalled",
    "confirmation_loop",
    "empty_search_spiral",
    "reverify_loop",
    "apply_revert_cycle",
]
PROGRESS_KINDS = [
    "templated_status_updates",
    "summaries_of_different_docs",
    "bisecting_toggles",
    "retry_with_corrected_arg",
    "refresh_with_changed_state",
    "drafting_in_sections",
    "batch_over_different_ids",
    "paging_with_token",
    "polling_until_ready",
    "staged_confirmations",
    "narrowing_search",
    "verify_each_record",
    "apply_then_fix_forward",
]


# ---------------------------------------------------------------- envelopes
class Env:
    """Per-row response envelope: volatile parts move on every call."""

    def __init__(self, style: int, rng: random.Random, node: str) -> None:
        self.style = style
        self.rng = rng
        self.node = node
        self.t = BASE_EPOCH + rng.randrange(0, 86400 * 40)
        self.n = 0
        self.quota = rng.choice([600, 1000, 2400, 5000])
        self.used = rng.randrange(20, 300)

    def hexid(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(k))

    def tick(self) -> None:
        self.n += 1
        self.t += self.rng.randrange(2, 47)
        self.used += 1

    def iso(self) -> str:
        import time

        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.t))

    def wrap(self, body: object, err: bool = False, status: int = 200) -> str:
        self.tick()
        st = self.style
        if isinstance(body, str) and st in (4, 6):
            return "%s\n-- %s %s" % (body, self.node, self.t)
        if st == 0:
            env = {"request_id": "req_" + self.hexid(16), "ok": not err}
            env["error" if err else "data"] = body
            env["rate_limit"] = {"remaining": self.quota - self.used, "limit": self.quota}
            return json.dumps(env)
        if st == 1:
            meta = {"trace_id": self.hexid(32), "served_by": self.node, "ts": self.iso()}
            return json.dumps({"meta": meta, ("errors" if err else "result"): body})
        if st == 2:
            code = status if not err else (status if status != 200 else 422)
            reason = {
                200: "OK",
                201: "Created",
                202: "Accepted",
                409: "Conflict",
                422: "Unprocessable Entity",
                503: "Service Unavailable",
                404: "Not Found",
                400: "Bad Request",
            }[code]
            head = 'HTTP/1.1 %d %s\nDate: %s\nETag: W/"%s"\nX-Request-Id: %s\n\n' % (
                code,
                reason,
                formatdate(self.t, usegmt=True),
                self.hexid(10),
                self.hexid(8) + "-" + self.hexid(4),
            )
            return head + json.dumps(body)
        if st == 3:
            env = {"ok": not err, "ts": self.t * 1000 + self.rng.randrange(1000)}
            env["payload" if not err else "fault"] = body
            env["cache"] = self.rng.choice(["MISS", "MISS", "REVALIDATED"])
            return json.dumps(env)
        if st == 4:
            lines = ["# %s t=%d seq=%d" % (self.node, self.t, self.n)]
            if err:
                lines.append("status: FAILED")
            for k, v in body.items() if isinstance(body, dict) else [("result", body)]:
                lines.append("%s: %s" % (k, json.dumps(v) if isinstance(v, (list, dict)) else v))
            return "\n".join(lines)
        if st == 5:
            req = {"id": self.hexid(12), "elapsed_ms": self.rng.randrange(9, 420)}
            env = {("error" if err else "data"): body, "request": req}
            env["links"] = {"self": "/v2/%s" % self.hexid(6)}
            return json.dumps(env)
        if st == 6:
            head = "status=%s trace=%s node=%s latency=%dms" % (
                "FAILED_PRECONDITION" if err else "OK",
                self.hexid(24),
                self.node,
                self.rng.randrange(4, 300),
            )
            return head + "\n" + json.dumps(body)
        env = {
            "status": "error" if err else "success",
            "generated_at": self.iso(),
            "rid": self.hexid(6).upper() + "-" + str(self.n),
            "body": body,
            "quota": {"used": self.used, "limit": self.quota},
        }
        return json.dumps(env)


# ---------------------------------------------------------------- domains
def _ids(fmt, rng, k):
    out = []
    while len(out) < k:
        s = fmt(rng)
        if s not in out:
            out.append(s)
    return out


DOMAINS = [
    {
        "name": "student_housing_room_allocation",
        "style": 0,
        "node": "res-api-eu2",
        "idf": lambda r: "APP-%d-%05d" % (2026, r.randrange(10000, 99999)),
        "ent": "housing application",
        "tools": {
            "aux1": "housing.terms.get",
            "aux2": "housing.halls.capacity",
            "get": "housing.applications.get",
            "list": "housing.applications.list",
            "search": "housing.rooms.search",
            "update": "housing.applications.assign_room",
            "revert": "housing.applications.release_room",
            "status": "housing.offers.batch_status",
            "verify": "housing.applications.validate",
            "doc": "housing.documents.fetch",
            "flag": "housing.rules.toggle",
            "notify": "housing.messages.send",
        },
        "rec": lambda r, i: {
            "application_id": i,
            "student": r.choice(
                [
                    "Amara Osei",
                    "Lukas Brenner",
                    "Mei Tanaka",
                    "Sofia Ruiz",
                    "Kwame Boateng",
                    "Ines Duarte",
                ]
            ),
            "hall": r.choice(["Fenwick Court", "Ashby House", "Marlow Tower"]),
            "room_type": r.choice(["ensuite single", "standard twin", "accessible studio"]),
            "status": r.choice(["offer_pending", "awaiting_deposit", "allocated"]),
        },
        "states": ["queued", "generating_offers", "ready"],
        "flags": [
            "prefer_same_course",
            "quiet_floor_priority",
            "first_year_guarantee",
            "accessibility_first",
            "sibling_match",
        ],
        "docs": [
            (
                "DOC-HP-14",
                "Residence licence agreement 2026/27",
                "licence runs 12 Sep 2026 to 27 Jun 2027; deposit £250 refundable within 28 days of move-out",
            ),
            (
                "DOC-HP-22",
                "Accessibility placement policy",
                "accessible studios are held until 1 Aug for students with a confirmed support plan",
            ),
            (
                "DOC-HP-31",
                "Guarantor requirements for international students",
                "a UK guarantor or 3 months' rent upfront is required before keys are released",
            ),
            (
                "DOC-HP-09",
                "Room swap procedure",
                "swaps open 3 weeks after arrival and need both residents' written consent",
            ),
        ],
        "query": (
            "accessible studio Marlow Tower ground",
            "accessible studio",
            "ASH-G04 Ashby House, MAR-G11 Marlow Tower",
        ),
        "field": (
            "room_id",
            "bad MAR-1108",
            "MAR-G11",
            "room_id MAR-1108 is not in inventory for term 2026A",
        ),
        "err": ("ALLOCATION_LOCKED", "allocation run 2026A is in progress; writes are locked"),
        "req": {
            "fix": "Can you move application {id} into an accessible studio? The student's support plan came through yesterday.",
            "report": "I need a list of everyone still on offer_pending for Fenwick Court so I can chase deposits.",
            "find": "Is there any accessible studio left on a ground floor for next term?",
            "wait": "We kicked off the offer batch for returners - let me know when the offers are generated.",
            "batch": "Please check deposit status for these applications: {ids}.",
            "check": "Before I send the allocation emails, can you validate the allocations for {ids}?",
            "diagnose": "Since we changed the matching rules, first-years are being put in twin rooms. Which rule is doing it?",
            "summarise": "Give me a short summary of the housing policy documents I need for the induction pack.",
            "draft": "Draft the arrival-weekend email to new residents of Ashby House.",
            "confirm": "Release the unpaid offers in Marlow Tower so the waiting list can move.",
        },
        "voice": {
            "promise": [
                "I'll sort that allocation now.",
                "On it - pulling the application first.",
                "Let me look at the room inventory for that.",
            ],
            "retry": [
                "The allocation service refused the write; trying again.",
                "Still locked - one more attempt.",
                "Retrying the assignment.",
            ],
            "sorry": [
                "Sorry, that's taking longer than it should.",
                "Apologies for the wait on this one.",
            ],
        },
        "para": [
            "I'll pull application {id} again to see which hall it's sitting in.",
            "Let me re-open the record for {id} and check where the student's been placed.",
            "Going back to {id} to confirm its current hall assignment.",
            "One more look at the application {id} so I know which building they're in.",
            "I want to double-check {id}'s placement - fetching it once more.",
            "Checking again where {id} has been allocated.",
            "Let me re-read {id}; I need the hall before I can move them.",
            "Re-fetching {id} to see the assigned residence.",
        ],
        "mono": "I need to find an accessible studio before I can reassign this student. Let me think about which halls have them.",
        "ask": "Just to confirm: should I release all unpaid offers in Marlow Tower, including the ones sent this week?",
        "sections": [
            "Subject: Welcome to Ashby House - your arrival weekend\n\nHi {{first_name}}, we can't wait to meet you. Keys are collected from the Ashby reception, open 9:00-20:00 on 12 and 13 September.",
            "What to bring: photo ID, your offer letter (printed or on your phone), and bedding if you did not order a linen pack.",
            "Parking: drop-off bays on Cranmer Road are limited to 30 minutes; a marshal will direct you. Please don't park on the lawn.",
            "Welcome events: residents' meet-and-greet Saturday 18:00 in the Ashby common room, and a campus walking tour Sunday at 11:00.",
        ],
    },
    {
        "name": "construction_rfi_submittals",
        "style": 2,
        "node": "pm-gw-03",
        "idf": lambda r: "RFI-%03d" % r.randrange(100, 480),
        "ent": "RFI",
        "tools": {
            "aux1": "get_project",
            "aux2": "get_drawing_register",
            "get": "get_rfi",
            "list": "list_submittals",
            "search": "search_specifications",
            "update": "update_rfi_ball_in_court",
            "revert": "update_rfi_ball_in_court",
            "status": "get_transmittal_status",
            "verify": "check_submittal_compliance",
            "doc": "get_meeting_minutes",
            "flag": "set_distribution_rule",
            "notify": "send_transmittal",
        },
        "rec": lambda r, i: {
            "number": i,
            "subject": r.choice(
                [
                    "Level 3 slab edge detail at grid C/7",
                    "Curtain wall anchor spacing",
                    "Fire damper access panel size",
                ]
            ),
            "ball_in_court": r.choice(["Architect", "Structural Engineer", "GC"]),
            "due": "2026-12-%02d" % r.randrange(1, 20),
            "status": r.choice(["open", "answered_pending_review"]),
        },
        "states": ["queued", "stamping", "delivered"],
        "flags": [
            "cc_owner_rep",
            "cc_mep_consultant",
            "auto_forward_structural",
            "include_superseded",
            "notify_subs",
        ],
        "docs": [
            (
                "MTG-OAC-41",
                "OAC meeting 41",
                "steel delivery slipped to 14 Jan; owner approved CO-018 for lobby stone; RFI-233 still waiting on the architect",
            ),
            (
                "MTG-OAC-42",
                "OAC meeting 42",
                "curtain wall mock-up failed the water test at the sill; fix due before 2 Feb re-test",
            ),
            (
                "MTG-MEP-07",
                "MEP coordination 7",
                "duct clash at level 4 corridor resolved by lowering the ceiling 75 mm in rooms 412-418",
            ),
            (
                "MTG-SAF-12",
                "Site safety walk 12",
                "two open edge-protection findings at level 5; hoist inspection certificate expires 19 Dec",
            ),
        ],
        "query": (
            "firestopping UL system head-of-wall 078413 rated joint",
            "head-of-wall joint",
            "07 84 43 Joint Firestopping para 2.3, 09 21 16 Gypsum Board para 3.6",
        ),
        "field": (
            "ball_in_court",
            "Structural Engr",
            "Structural Engineer",
            "ball_in_court must be one of the project's contacts",
        ),
        "err": ("503", "Document service is temporarily unavailable"),
        "req": {
            "fix": "{id} has been sitting with us for a week - put the ball back in the structural engineer's court.",
            "report": "List every submittal still 'Revise and Resubmit' on the Harbour Street job.",
            "find": "What does the spec say about head-of-wall firestopping at rated partitions?",
            "wait": "Send the transmittal for the revised shop drawings to the architect and tell me when it's delivered.",
            "batch": "Check who holds the ball on {ids} before tomorrow's OAC.",
            "check": "Run the compliance check on submittals {ids} before they go to the architect.",
            "diagnose": "The owner's rep got 40 transmittals overnight that weren't meant for them. Which distribution rule is it?",
            "summarise": "Summarise the last few meeting minutes for the weekly owner report.",
            "draft": "Write RFI text asking the architect to confirm the slab edge detail at grid C/7.",
            "confirm": "Close out the answered RFIs on level 2 and distribute the answers.",
        },
        "voice": {
            "promise": [
                "Pulling the RFI log now.",
                "Let me grab the current record from the project.",
                "I'll check the register first.",
            ],
            "retry": [
                "The document service returned 503 again. Retrying.",
                "Trying that call once more.",
                "Same 503; I'll retry.",
            ],
            "sorry": [
                "Sorry - the PM system is slow this morning.",
                "Bear with me, the service keeps timing out.",
            ],
        },
        "para": [
            "Let me check who currently holds the ball on {id}.",
            "I'll look up the ball-in-court for {id} again.",
            "Pulling {id} once more to see whose court it's in.",
            "Need to reconfirm the responsible party on {id} - fetching it.",
            "Going to re-open {id} and read the ball-in-court field.",
            "Let me see again who {id} is waiting on.",
            "Checking {id} another time for the current owner.",
            "Re-reading {id} to find out who has it.",
        ],
        "mono": "Before I change the ball in court I should make sure the RFI response is complete. I will review the RFI details.",
        "ask": "Before I close them, do you want the answered level 2 RFIs distributed to the subcontractors as well as the design team?",
        "sections": [
            "RFI subject: Level 3 slab edge detail at grid C/7",
            "Question: Drawing S-301 shows a 150 mm slab edge upturn at C/7, while A-512 detail 4 shows the curtain wall anchor embedded flush with the slab edge. Please confirm which governs.",
            "Impact: Post-tensioning crew is scheduled to place tendons on level 3 on 8 December; an answer is needed by 3 December to avoid re-sequencing.",
            "Suggested resolution: Keep the 150 mm upturn per S-301 and relocate the anchor 40 mm inboard; please confirm or provide an alternate detail.",
        ],
    },
    {
        "name": "household_removals_surveys",
        "style": 4,
        "node": "movecore-2",
        "idf": lambda r: "MV%06d" % r.randrange(100000, 999999),
        "ent": "move job",
        "tools": {
            "aux1": "crew_calendar",
            "aux2": "depot_vans",
            "get": "job_lookup",
            "list": "jobs_by_date",
            "search": "inventory_catalogue_search",
            "update": "job_set_volume",
            "revert": "job_set_volume",
            "status": "quote_render_status",
            "verify": "access_check",
            "doc": "survey_notes_get",
            "flag": "pricing_rule_switch",
            "notify": "customer_sms",
        },
        "rec": lambda r, i: {
            "job": i,
            "customer": r.choice(
                ["Mrs H. Patel", "D. Okafor", "The Lindqvist family", "R. Moreau"]
            ),
            "from": r.choice(
                ["14 Elm Grove, Leeds", "Flat 6, 22 Quay St, Bristol", "3 Mill Lane, York"]
            ),
            "volume_cuft": r.randrange(420, 1400),
            "crew": r.choice([2, 3, 4]),
            "state": r.choice(["surveyed", "quoted", "booked"]),
        },
        "states": ["QUEUED", "RENDERING", "DONE"],
        "flags": [
            "weekend_uplift",
            "stairs_surcharge",
            "long_carry_fee",
            "piano_handling",
            "storage_bundle",
        ],
        "docs": [
            (
                "SVN-5521",
                "Video survey - Patel",
                "3-bed semi; upright piano in the lounge; loft half full; no parking permit needed",
            ),
            (
                "SVN-5530",
                "Video survey - Okafor",
                "2nd floor flat, no lift, narrow stairwell; wardrobe must be dismantled",
            ),
            (
                "SVN-5536",
                "Home survey - Lindqvist",
                "4-bed detached; garage workshop with heavy tools; two bikes, trampoline",
            ),
            (
                "SVN-5540",
                "Video survey - Moreau",
                "studio flat; 38 boxes packed by customer; wants storage for 6 weeks",
            ),
        ],
        "query": (
            "upright piano pianola heavy",
            "piano",
            "PIA-UPR upright piano 60 cu ft, PIA-BAB baby grand 90 cu ft",
        ),
        "field": ("volume_cuft", "1,050", "1050", "volume_cuft must be an integer"),
        "err": ("LOCKED", "job is locked by another estimator session"),
        "req": {
            "fix": "The Patel job {id} is under-quoted - the survey missed the loft. Bump the volume.",
            "report": "Which jobs do we have booked for Saturday across all depots?",
            "find": "How much van space do we allow for an upright piano?",
            "wait": "Re-render the quote PDF for {id} and tell me when it's ready to send.",
            "batch": "Check whether crews are assigned for {ids}.",
            "check": "Run the access checks (parking, stairs, lifts) for {ids} before we confirm.",
            "diagnose": "Quotes since Tuesday are £200 higher than they should be. Which pricing rule is on that shouldn't be?",
            "summarise": "Summarise this week's survey notes so the ops lead can plan crews.",
            "draft": "Write the confirmation message for the Lindqvist move.",
            "confirm": "Cancel the two provisional bookings for next Friday that never paid a deposit.",
        },
        "voice": {
            "promise": [
                "Right, I'll open that job.",
                "Let me look at the survey and the job.",
                "Checking the diary first.",
            ],
            "retry": [
                "Job's still locked; trying again.",
                "Another go at the update.",
                "Retrying - still locked.",
            ],
            "sorry": [
                "Sorry, the estimator system is being stubborn.",
                "Apologies, still working on it.",
            ],
        },
        "para": [
            "Let me check the volume on {id} again.",
            "I'll re-open job {id} and look at the cubic footage.",
            "Looking at {id} one more time for the current volume figure.",
            "Need to confirm how many cubic feet {id} is booked at - fetching.",
            "Pulling up {id} again so I can see the volume we quoted.",
            "Let me take another look at what volume is on {id}.",
            "Checking the job sheet for {id} again.",
            "Re-reading {id} to get the quoted volume.",
        ],
        "mono": "The loft wasn't in the survey, so the volume is too low. I should work out the extra cubic feet before updating the job.",
        "ask": "Shall I cancel both provisional bookings for Friday 11 December and release the crews?",
        "sections": [
            "Hi Anna, your move is confirmed for Thursday 17 December. Our crew of four will arrive at 7:30 at 9 Birch Close.",
            "Please have the garage unlocked; the team will start with the workshop tools and the trampoline so the van can be loaded heaviest-first.",
            "Your new address is 41 Harrow Road, Harrogate. Our driver will call you 30 minutes before arrival, and unloading usually takes about 3 hours.",
            "If anything changes, reply to this message or call the Leeds depot on 0113 496 0021. Thanks for choosing us!",
        ],
    },
    {
        "name": "print_on_demand_fulfilment",
        "style": 1,
        "node": "fulfil-west-7",
        "idf": lambda r: (
            "po_%s" % "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        ),
        "ent": "print order",
        "tools": {
            "aux1": "pod.catalog.products.list",
            "aux2": "pod.facilities.queue_depth",
            "get": "pod.orders.get",
            "list": "pod.orders.list",
            "search": "pod.artwork.search",
            "update": "pod.orders.items.update",
            "revert": "pod.orders.items.update",
            "status": "pod.proofs.get",
            "verify": "pod.artwork.preflight",
            "doc": "pod.tickets.get",
            "flag": "pod.routing.rules.set",
            "notify": "pod.orders.notify",
        },
        "rec": lambda r, i: {
            "id": i,
            "product": r.choice(
                ["Unisex heavyweight tee", "A3 giclee print", "11oz ceramic mug", "Canvas tote"]
            ),
            "variant": r.choice(["black / L", "white / M", "natural"]),
            "facility": r.choice(["Reno", "Charlotte", "Leipzig"]),
            "state": r.choice(["on_hold", "in_production", "awaiting_artwork"]),
        },
        "states": ["pending", "rendering", "approved"],
        "flags": [
            "route_eu_to_leipzig",
            "dtg_prefer_reno",
            "split_multi_item",
            "rush_to_charlotte",
            "hold_low_dpi",
        ],
        "docs": [
            (
                "TCK-88410",
                "Customer ticket: faded print",
                "tee from order po_7kd2 shows faded black; facility says pretreat batch 44 was under-cured",
            ),
            (
                "TCK-88433",
                "Customer ticket: wrong size",
                "customer ordered M, received L; packing slip shows M; picker error at Charlotte",
            ),
            (
                "TCK-88451",
                "Customer ticket: mug cracked",
                "mug arrived cracked; box had no dividers; reship approved",
            ),
            (
                "TCK-88460",
                "Customer ticket: late delivery",
                "giclee print stuck at Leipzig customs for 6 days; duties unpaid",
            ),
        ],
        "query": (
            "sunset gradient cat logo v3 final FINAL",
            "sunset cat",
            "art_1190 sunset-cat-4500px.png, art_1193 sunset-cat-mono.svg",
        ),
        "field": ("artwork_id", "art_119", "art_1190", "artwork art_119 not found"),
        "err": ("UNAVAILABLE", "upstream renderer unavailable"),
        "req": {
            "fix": "Order {id} is on hold for low DPI. Swap in the high-res artwork the seller uploaded.",
            "report": "Pull all orders that have been on_hold for more than two days.",
            "find": "Find the seller's sunset cat artwork - they say they uploaded a better version.",
            "wait": "Regenerate the proof for {id} and tell me once it's approved for print.",
            "batch": "Which facility is each of these in: {ids}?",
            "check": "Preflight the artwork on {ids} before we release them.",
            "diagnose": "EU orders started shipping from Reno this week. Which routing rule did that?",
            "summarise": "Summarise the open quality tickets for the weekly facility call.",
            "draft": "Draft the apology email for the customers whose mugs arrived broken.",
            "confirm": "Cancel the duplicate orders the seller's Shopify sync created this morning.",
        },
        "voice": {
            "promise": [
                "Looking up the order now.",
                "Let me fetch the order and its line items.",
                "I'll check the artwork library.",
            ],
            "retry": [
                "Renderer's unavailable, retrying.",
                "Trying again.",
                "One more retry on the renderer.",
            ],
            "sorry": [
                "Sorry for the delay - the renderer is flaky today.",
                "Apologies, still waiting on the fulfilment API.",
            ],
        },
        "para": [
            "I'll fetch order {id} again to see what artwork is attached.",
            "Let me reload {id} and check the artwork on the line item.",
            "Taking another look at {id}'s line items.",
            "Re-pulling {id} so I can see which file it's printing.",
            "Let me confirm again which artwork {id} references.",
            "Checking order {id} once more.",
            "Going back to {id} to look at the artwork id.",
            "I'll look at {id} again for the artwork reference.",
        ],
        "mono": "The order is on hold because the artwork is below 150 DPI at print size. I need the seller's high-resolution file.",
        "ask": "Do you want me to cancel all 6 duplicate orders from this morning's sync, or keep the earliest of each?",
        "sections": [
            "Subject: Your mug arrived damaged - a replacement is on its way",
            "Hi {{first_name}}, we're sorry your mug arrived cracked. That's on us: the box was packed without dividers.",
            "We've already sent a replacement at no cost; it ships from our Charlotte facility and you'll get tracking within 24 hours. You don't need to return the broken one.",
            "We've also changed how mugs are packed at that facility so this doesn't happen again. Thanks for your patience.",
        ],
    },
    {
        "name": "cross_border_remittance_payouts",
        "style": 5,
        "node": "payout-core",
        "idf": lambda r: (
            "TXN-%s-%d" % (r.choice(["MX", "PH", "KE", "IN", "NG"]), r.randrange(10**8, 10**9))
        ),
        "ent": "transfer",
        "tools": {
            "aux1": "GET /v2/corridors",
            "aux2": "GET /v2/fx/quotes",
            "get": "GET /v2/transfers/{id}",
            "list": "GET /v2/transfers",
            "search": "GET /v2/payout-locations",
            "update": "PATCH /v2/transfers/{id}/beneficiary",
            "revert": "PATCH /v2/transfers/{id}/beneficiary",
            "status": "GET /v2/payout-batches/{id}",
            "verify": "POST /v2/compliance/screen",
            "doc": "GET /v2/partner-notices/{id}",
            "flag": "PUT /v2/routing/partners",
            "notify": "POST /v2/notifications",
        },
        "rec": lambda r, i: {
            "transfer_id": i,
            "sender": r.choice(["J. Alvarez", "M. Santos", "P. Wanjiru", "A. Sharma"]),
            "send_amount": {"value": "%d.00" % r.randrange(80, 900), "currency": "USD"},
            "payout_method": r.choice(["bank_deposit", "cash_pickup", "mobile_wallet"]),
            "status": r.choice(["held_beneficiary_mismatch", "processing", "paid_out"]),
        },
        "states": ["queued", "submitted_to_partner", "settled"],
        "flags": [
            "partner_bdo_primary",
            "partner_mpesa_direct",
            "fallback_cash_pickup",
            "fx_lock_30min",
            "split_over_5000",
        ],
        "docs": [
            (
                "PN-2026-118",
                "BDO maintenance window",
                "BDO bank deposits paused 01:00-04:00 PHT on 6 Dec; payouts queue and release after",
            ),
            (
                "PN-2026-121",
                "M-Pesa name-match rule",
                "from 1 Dec wallet payouts need first and last name matching the registered SIM owner",
            ),
            (
                "PN-2026-124",
                "SPEI cutoff change",
                "Mexican same-day SPEI cutoff moves to 17:30 CST; later payouts settle next business day",
            ),
            (
                "PN-2026-126",
                "Nigeria NIP limits",
                "single NIP transfers above NGN 5m need a second-level review",
            ),
        ],
        "query": (
            "Cebuana Lhuillier Tacloban Marasbaras branch",
            "Tacloban",
            "LOC-PH-2231 Cebuana Tacloban Real St, LOC-PH-2290 Palawan Express Tacloban",
        ),
        "field": (
            "account_name",
            "JUAN D CRUZ",
            "Juan Dela Cruz",
            "account_name does not match the name on the partner account",
        ),
        "err": ("partner_timeout", "payout partner did not respond within 30s"),
        "req": {
            "fix": "Transfer {id} is held for a name mismatch. The sender says the beneficiary is Juan Dela Cruz - fix it and release.",
            "report": "List every transfer held over 24 hours in the Philippines corridor.",
            "find": "Is there a cash pickup point in Tacloban the beneficiary can use?",
            "wait": "Batch {id} just went to the partner - tell me when it settles.",
            "batch": "Check the status of {ids} - the senders are calling.",
            "check": "Screen the beneficiaries on {ids} before we release them.",
            "diagnose": "Kenyan wallet payouts started failing today. Which routing change caused it?",
            "summarise": "What do the latest partner notices mean for this weekend's payouts?",
            "draft": "Write the message to senders whose payouts are delayed by the BDO maintenance.",
            "confirm": "Refund the transfers that have been stuck over 7 days.",
        },
        "voice": {
            "promise": [
                "Pulling the transfer.",
                "Let me check the transfer and the partner status.",
                "Checking the corridor first.",
            ],
            "retry": [
                "Partner timed out again; retrying.",
                "Retrying the partner call.",
                "Still timing out - trying once more.",
            ],
            "sorry": [
                "Sorry, the partner API is slow.",
                "Apologies, the payout partner isn't answering quickly.",
            ],
        },
        "para": [
            "Let me look at {id} again to see the beneficiary name on file.",
            "I'll re-check the beneficiary details on {id}.",
            "Fetching {id} once more to read the payee name.",
            "Going back to transfer {id} to confirm who it's paying.",
            "I want another look at the beneficiary block of {id}.",
            "Re-opening {id} to check the recipient's name.",
            "Checking {id} again for the account name.",
            "Let me pull {id} one more time for the beneficiary.",
        ],
        "mono": "The partner rejected the payout because the account name doesn't match. I should correct the beneficiary name and then release the hold.",
        "ask": "Just checking: refund all 9 transfers stuck over 7 days, fees included?",
        "sections": [
            "Hi {{sender_first_name}}, your transfer {{transfer_id}} to {{beneficiary}} is delayed.",
            "Our partner bank BDO is doing scheduled maintenance between 1:00 and 4:00 am Philippine time on 6 December, and bank deposits are paused during that window.",
            "Your money is safe and the exchange rate you were quoted is locked. The deposit will be released automatically once the bank is back online, usually by 6:00 am.",
            "No action is needed from you. If the deposit hasn't arrived by noon Philippine time, reply to this message and we'll look into it.",
        ],
    },
    {
        "name": "trade_show_exhibitor_services",
        "style": 7,
        "node": "expo-ops",
        "idf": lambda r: "BTH-%s%d" % (r.choice("ABCDEFGH"), r.randrange(100, 990)),
        "ent": "booth",
        "tools": {
            "aux1": "show_info",
            "aux2": "floorplan_get",
            "get": "booth_get",
            "list": "service_orders_list",
            "search": "exhibitor_search",
            "update": "booth_assign_hall",
            "revert": "booth_assign_hall",
            "status": "badge_print_job",
            "verify": "booth_rules_check",
            "doc": "exhibitor_manual_section",
            "flag": "order_form_toggle",
            "notify": "exhibitor_email",
        },
        "rec": lambda r, i: {
            "booth": i,
            "exhibitor": r.choice(
                ["Nordvik Robotics", "Calder Foods", "Sunmesh Textiles", "Helio Analytics"]
            ),
            "size": r.choice(["3x3", "6x3", "6x6"]),
            "hall": r.choice(["Hall 2", "Hall 4", "Hall 5"]),
            "power_kw": r.choice([3, 6, 10]),
            "stage": r.choice(["space_only", "shell_scheme_ordered", "contract_signed"]),
        },
        "states": ["queued", "printing", "complete"],
        "flags": [
            "late_order_surcharge",
            "auto_add_carpet",
            "rigging_requires_approval",
            "electrics_bundle",
            "furniture_discount",
        ],
        "docs": [
            (
                "EM-4.2",
                "Build-up and breakdown",
                "build-up 2-3 Mar 07:00-22:00; stands must be empty by 20:00 on 7 Mar",
            ),
            (
                "EM-5.1",
                "Stand height limits",
                "maximum build height 4 m, 5 m in Hall 5 with approved drawings",
            ),
            (
                "EM-6.3",
                "Rigging",
                "suspended items need drawings submitted by 2 Feb and are installed only by the venue's riggers",
            ),
            (
                "EM-7.0",
                "Deliveries",
                "freight to the marshalling yard with a booked slot; no deliveries after 16:00 on build-up day 2",
            ),
        ],
        "query": (
            "Nordvik Robotics GmbH & Co. KG",
            "Nordvik",
            "EXH-5521 Nordvik Robotics (BTH-C412), EXH-5530 Nordvik Marine",
        ),
        "field": ("hall", "5", "Hall 5", "hall must match a hall code on the floorplan"),
        "err": ("SLOT_CONFLICT", "floorplan is being edited by another user"),
        "req": {
            "fix": "Move {id} into Hall 5 - they need the extra height for their robot arm.",
            "report": "Give me every service order not yet paid for the March show.",
            "find": "Which booth did Nordvik Robotics end up with?",
            "wait": "Print the staff badges for {id} and let me know when they're done.",
            "batch": "What power has been ordered for {ids}?",
            "check": "Run the stand rules check on {ids}; their drawings came in today.",
            "diagnose": "Exhibitors are complaining about a surprise charge on their orders. Which order-form setting is doing it?",
            "summarise": "Summarise the exhibitor manual sections the new stand builders need to know.",
            "draft": "Write the build-up reminder for Hall 5 exhibitors.",
            "confirm": "Release the booths held for exhibitors who missed the contract deadline.",
        },
        "voice": {
            "promise": [
                "Checking the floorplan now.",
                "Let me pull the booth record.",
                "I'll look the exhibitor up.",
            ],
            "retry": [
                "Floorplan is locked; trying again.",
                "Retrying the hall move.",
                "Still a slot conflict, retrying.",
            ],
            "sorry": [
                "Sorry, someone else has the floorplan open.",
                "Apologies, the ops system keeps locking.",
            ],
        },
        "para": [
            "Let me check which hall {id} is in right now.",
            "I'll pull {id} again to see its current hall.",
            "Checking the hall for {id} one more time.",
            "Re-reading {id}'s booth record for the hall assignment.",
            "Let me take another look at where {id} is placed.",
            "Going back to {id} to confirm its hall.",
            "Fetching booth {id} again.",
            "I need {id}'s hall again - looking it up.",
        ],
        "mono": "Hall 5 allows 5 m build height with approved drawings, so I need to move the booth and check the rigging rules.",
        "ask": "Should I release all 4 held booths whose contracts weren't signed by 30 November?",
        "sections": [
            "Subject: Hall 5 build-up - what you need to know",
            "Build-up runs 2-3 March, 07:00-22:00. Vehicles must book a marshalling slot; unbooked vans will be turned away at the yard.",
            "Hall 5 permits stands up to 5 m high where drawings have been approved. If your drawings are still pending, build to 4 m.",
            "Rigging is installed only by the venue's riggers. Please have your booth number ready when you collect badges at the Hall 5 service desk.",
        ],
    },
    {
        "name": "ambulance_interfacility_transfer",
        "style": 6,
        "node": "cad-node-b",
        "idf": lambda r: "IFT-%d-%04d" % (r.randrange(26, 27), r.randrange(1000, 9999)),
        "ent": "transfer request",
        "tools": {
            "aux1": "cad.units.list_available",
            "aux2": "cad.hospitals.diversion_status",
            "get": "cad.transfers.get",
            "list": "cad.transfers.list_pending",
            "search": "cad.crews.search",
            "update": "cad.transfers.set_level_of_care",
            "revert": "cad.transfers.set_level_of_care",
            "status": "cad.transfers.acceptance_status",
            "verify": "cad.transfers.validate_auth",
            "doc": "cad.handover.get",
            "flag": "cad.dispatch.rule_toggle",
            "notify": "cad.facility.page",
        },
        "rec": lambda r, i: {
            "request": i,
            "from": r.choice(["St Brigid's ED", "Riverside Community", "Halton General ICU"]),
            "to": r.choice(
                ["Regional Cardiac Centre", "University Hospital Neuro", "Children's Hospital PICU"]
            ),
            "level_of_care": r.choice(["BLS", "ALS"]),
            "priority": r.choice(["P2", "P3"]),
            "state": r.choice(["awaiting_acceptance", "unit_pending"]),
        },
        "states": ["pending", "reviewing", "accepted"],
        "flags": [
            "cct_nurse_required",
            "auto_assign_nearest",
            "hold_for_bed_confirm",
            "bariatric_check",
            "cross_county_allowed",
        ],
        "docs": [
            (
                "HO-77812",
                "Handover: chest pain, STEMI",
                "62M, STEMI confirmed, heparin infusion running, for PCI at Regional Cardiac",
            ),
            (
                "HO-77820",
                "Handover: stroke",
                "74F, LKW 09:40, CT negative for bleed, tPA given 11:05, for thrombectomy",
            ),
            (
                "HO-77826",
                "Handover: paediatric resp",
                "3-year-old, bronchiolitis, high-flow 2 L/kg, for PICU",
            ),
            (
                "HO-77831",
                "Handover: trauma",
                "28M, pelvic fracture, binder on, 2 units PRBC, for trauma centre",
            ),
        ],
        "query": (
            "CCT paramedic + RN night shift north",
            "critical care crew",
            "CC-12 (Medic 41, RN Walsh), CC-15 (Medic 18, RN Osei)",
        ),
        "field": ("level_of_care", "ALS+", "CCT", "level_of_care must be one of BLS, ALS, CCT"),
        "err": ("UNAVAILABLE", "acceptance service not reachable"),
        "req": {
            "fix": "{id} has a heparin drip - it needs a critical care crew, not ALS. Fix the level of care.",
            "report": "Show me all pending transfers out of St Brigid's.",
            "find": "Which critical care crews are on tonight?",
            "wait": "The cardiac centre is reviewing {id} - tell me as soon as they accept.",
            "batch": "Status on {ids}, please.",
            "check": "Validate the insurance authorisations on {ids} before we dispatch.",
            "diagnose": "Since this morning every ALS transfer is going to a unit two counties away. Which dispatch rule is it?",
            "summarise": "Summarise the handovers for the incoming night supervisor.",
            "draft": "Write the page to the receiving hospital for the stroke transfer.",
            "confirm": "Cancel the transfers whose patients were admitted locally instead.",
        },
        "voice": {
            "promise": [
                "Pulling the transfer now.",
                "Let me check the request and unit availability.",
                "Checking diversion first.",
            ],
            "retry": [
                "Acceptance service unreachable; retrying.",
                "Trying the acceptance service again.",
                "Still unreachable. Retrying.",
            ],
            "sorry": ["Sorry, CAD is lagging.", "Apologies for the delay."],
        },
        "para": [
            "Let me re-check the level of care on {id}.",
            "I'll open {id} again to see what crew level it asks for.",
            "Checking {id} once more for its care level.",
            "Pulling {id} again - I need the current level of care.",
            "Looking at {id} another time to see if it says ALS or CCT.",
            "Re-reading transfer {id}.",
            "Let me confirm {id}'s crew requirement again.",
            "Going back to {id} for the care level.",
        ],
        "mono": "An active heparin infusion needs a critical care transport crew. I should update the level of care before a unit is assigned.",
        "ask": "Confirm: cancel all three transfers for patients admitted locally at Riverside?",
        "sections": [
            "PAGE to University Hospital Neuro, Stroke Team: inbound IFT from St Brigid's ED.",
            "Patient: 74F. Last known well 09:40. CT negative for haemorrhage; tPA given at 11:05. For mechanical thrombectomy.",
            "Unit: CC-12 with RN Walsh, ETA 12:20 via the east entrance. BP 158/90 on labetalol.",
            "Contact: St Brigid's ED attending Dr Mahon, ext 4410. Please confirm IR suite readiness on reply.",
        ],
    },
    {
        "name": "auto_windscreen_replacement",
        "style": 3,
        "node": "ws-sched-1",
        "idf": lambda r: "WS%d%05d" % (r.randrange(7, 9), r.randrange(10000, 99999)),
        "ent": "job",
        "tools": {
            "aux1": "technicianRoutes",
            "aux2": "warehouseStock",
            "get": "getJob",
            "list": "listJobs",
            "search": "partsLookup",
            "update": "updateJobPart",
            "revert": "updateJobPart",
            "status": "adasCalibrationStatus",
            "verify": "insurerAuthCheck",
            "doc": "getClaimNotes",
            "flag": "setSchedulerOption",
            "notify": "sendCustomerText",
        },
        "rec": lambda r, i: {
            "job": i,
            "vehicle": r.choice(
                [
                    "2021 VW Golf Mk8",
                    "2019 Ford Transit Custom",
                    "2022 Tesla Model 3",
                    "2020 Toyota RAV4",
                ]
            ),
            "part": r.choice(["FW04821GN", "FW05115GTN", "FW05560GBN"]),
            "insurer": r.choice(["Direct Line", "Aviva", "Admiral"]),
            "state": r.choice(["awaiting_part", "booked", "awaiting_auth"]),
        },
        "states": ["queued", "in_progress", "passed"],
        "flags": [
            "mobile_only_weekends",
            "adas_jobs_to_centre",
            "auto_confirm_slots",
            "prefer_oem_glass",
            "double_book_guard",
        ],
        "docs": [
            (
                "CN-41120",
                "Claim notes - Golf",
                "stone chip spread to 30 cm crack; camera bracket present; insurer excess £115",
            ),
            (
                "CN-41131",
                "Claim notes - Transit",
                "vandalism; police ref given; heated screen; fleet account billing",
            ),
            (
                "CN-41140",
                "Claim notes - Model 3",
                "glass roof ok, windscreen only; needs OEM part and calibration at centre",
            ),
            (
                "CN-41152",
                "Claim notes - RAV4",
                "customer wants mobile fit at work car park; rain sensor gel pad needed",
            ),
        ],
        "query": (
            "golf mk8 screen heated hud camera 2021",
            "Golf Mk8 camera",
            "FW05560GBN (acoustic, camera bracket), FW05561GBN (heated, camera bracket)",
        ),
        "field": ("part_no", "FW5560GBN", "FW05560GBN", "part FW5560GBN not found"),
        "err": ("TIMEOUT", "parts service timed out after 10000ms"),
        "req": {
            "fix": "Job {id} has the wrong glass on it - the Golf has a lane-assist camera. Swap the part.",
            "report": "What jobs have we got in the Croydon centre tomorrow?",
            "find": "Which screen fits a 2021 Golf Mk8 with the camera?",
            "wait": "{id} is on the calibration rig - tell me when it passes.",
            "batch": "Have the insurers authorised {ids} yet?",
            "check": "Check insurer authorisation on {ids} before the techs set off.",
            "diagnose": "ADAS jobs are getting booked as mobile fits again. Which scheduler option is doing that?",
            "summarise": "Summarise today's claim notes for the centre manager.",
            "draft": "Write the text telling the RAV4 customer what to expect on the day.",
            "confirm": "Cancel the jobs that the insurer declined this week.",
        },
        "voice": {
            "promise": [
                "Opening the job.",
                "Let me check the job and the stock.",
                "I'll look up the part.",
            ],
            "retry": [
                "Parts service timed out, retrying.",
                "Trying that again.",
                "Another timeout - one more go.",
            ],
            "sorry": ["Sorry, the parts system is slow.", "Apologies - still waiting on it."],
        },
        "para": [
            "Let me look at the part on {id} again.",
            "I'll re-open {id} to see which glass is booked.",
            "Checking {id}'s part number once more.",
            "Pulling {id} again for the glass reference.",
            "Need another look at which windscreen {id} has on it.",
            "Going back into {id} to read the part line.",
            "Let me reload job {id} and check the part.",
            "Fetching {id} again to see the glass.",
        ],
        "mono": "The Golf has a lane-assist camera, so the screen needs a camera bracket and the job needs calibration afterwards. I should swap the part first.",
        "ask": "Do you want me to cancel all 5 declined jobs, or keep the two where the customer offered to self-pay?",
        "sections": [
            "Hi Sam, it's AutoScreen. Your RAV4 windscreen replacement is booked for Wednesday between 10:00 and 12:00 at your work car park.",
            "Our technician Priya will text when she's on her way. Please leave the car unlocked or meet her with the keys; the job takes about 90 minutes.",
            "After fitting, the car shouldn't be driven for one hour while the adhesive cures, and please avoid car washes for 48 hours.",
            "Your insurer has authorised the claim; your excess of £95 is paid on the day by card.",
        ],
    },
]


# ---------------------------------------------------------------- builders
def llm(text, obs=""):
    return {"kind": "llm", "text": text, "observation": obs}


class Row:
    def __init__(self, d, rng):
        self.d = d
        self.rng = rng
        self.env = Env(d["style"], rng, d["node"])
        self.steps = []
        self.ids = _ids(d["idf"], rng, 8)

    def tool(self, role, args, body, err=False, status=200, raw=None):
        name = self.d["tools"][role]
        obs = raw if raw is not None else self.env.wrap(body, err=err, status=status)
        self.steps.append(
            {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": err}
        )

    def say(self, text, obs=""):
        self.steps.append(llm(text, obs))

    def rec(self, i):
        return self.d["rec"](random.Random("%s|%s" % (self.d["name"], i)), i)

    def aux(self, k):
        _d, r = self.d, self.rng
        for role in r.sample(["aux1", "aux2"], k):
            if role == "aux1":
                self.tool(
                    role,
                    {"scope": r.choice(["current", "active"])},
                    {"items": r.randrange(3, 40), "window": "2026-12"},
                )
            else:
                self.tool(
                    role,
                    {"site": r.choice(["north", "main", "central"])},
                    {"available": r.randrange(0, 12), "total": r.randrange(12, 30)},
                )

    def opening(self, reqkey, **kw):
        d, r = self.d, self.rng
        req = d["req"][reqkey].format(
            id=kw.get("id", self.ids[0]), ids=", ".join(kw.get("ids", self.ids[:3]))
        )
        self.say(r.choice(d["voice"]["promise"]), req)
        n = r.choice([0, 1, 1, 2])
        if n:
            self.aux(n)
        if r.random() < 0.3:
            other = self.ids[-1]
            self.tool("get", {"id": other}, self.rec(other))
            if r.random() < 0.5:
                self.say(r.choice(self.d["voice"]["promise"]))

    def person(self, p=0.4):
        r = self.rng
        if r.random() < p:
            line = r.choice(
                [
                    "Any update?",
                    "How's it going?",
                    "Still with me? I've got a call in ten minutes.",
                    "Let me know when you've got something.",
                    "Is it done?",
                    "ok, what did you find",
                ]
            )
            self.say(r.choice(self.d["voice"]["sorry"]), line)
            return True
        return False


REMARKS = {
    "student_housing_room_allocation": {
        "page": [
            "That's the first batch of offer_pending applications; getting the rest.",
            "More pending offers to come - next page.",
        ],
        "search": [
            "No rooms matched. I'll word the room search a little differently.",
            "Inventory search came back empty; adjusting it.",
        ],
        "verify": [
            "{id} validates cleanly. Running validation on it again so I'm sure before the emails go.",
            "{id} is valid. One more validation pass on {id}.",
        ],
        "poll": [
            "Offer batch still {st} ({pct}%).",
            "Returners' offers are at {pct}%; I'll check again.",
        ],
        "refresh": [
            "{n} still on offer_pending - deposits are trickling in. Refreshing.",
            "{n} left unpaid at Fenwick. Checking again.",
        ],
        "ready": [
            "Offer batch {id} has finished generating - returners can see their offers now.",
            "Offers for {id} are generated; the portal shows them as live.",
        ],
        "found": ["There's one: {hit}.", "Ground-floor accessible studio available: {hit}."],
        "paged": [
            "{n} applications are still on offer_pending at Fenwick Court.",
            "That's the full list: {n} unpaid offers.",
        ],
    },
    "construction_rfi_submittals": {
        "page": ["Next page of the submittal log.", "Log continues; pulling the next page."],
        "search": [
            "Spec search came up empty; trying it another way.",
            "Nothing in the specs for that. Re-running the search.",
        ],
        "verify": [
            "{id} is compliant. Re-running the compliance check before it goes out.",
            "Compliance check on {id} passed; checking it again.",
        ],
        "poll": ["Transmittal still {st}.", "Not delivered yet - {st}, {pct}%."],
        "refresh": [
            "{n} still marked Revise and Resubmit; the subs are resubmitting. Refreshing the log.",
            "Log shows {n} now. Pulling it again.",
        ],
        "ready": [
            "Transmittal {id} is delivered to the architect.",
            "The architect's inbox has {id}; delivery confirmed.",
        ],
        "found": ["The spec covers it: {hit}.", "Found the section: {hit}."],
        "paged": [
            "{n} submittals are Revise and Resubmit on Harbour Street.",
            "Log pulled in full - {n} submittals need resubmission.",
        ],
    },
    "household_removals_surveys": {
        "page": ["More Saturday jobs - next page.", "Next lot of bookings."],
        "search": [
            "Catalogue's got nothing for that. Trying again.",
            "No match in the inventory catalogue; another go.",
        ],
        "verify": [
            "Access is fine for {id}. Checking it again to be safe.",
            "{id} passes the access check; re-running it.",
        ],
        "poll": ["Quote PDF still {st}.", "Quote render at {pct}%."],
        "refresh": [
            "{n} jobs left unconfirmed. Refreshing the diary.",
            "Diary shows {n} now; checking again.",
        ],
        "ready": ["Quote PDF for {id} is ready to send.", "{id}'s quote has rendered."],
        "found": ["Catalogue entry: {hit}.", "We allow this: {hit}."],
        "paged": [
            "{n} jobs booked for Saturday across the depots.",
            "All pages read: {n} Saturday moves.",
        ],
    },
    "print_on_demand_fulfilment": {
        "page": ["Fetching the next page of held orders.", "Next page."],
        "search": [
            "Artwork search returned nothing; tweaking the query.",
            "No artwork found. Retrying the search.",
        ],
        "verify": [
            "Preflight passes on {id}. Running preflight again.",
            "{id} preflights clean; re-checking it.",
        ],
        "poll": ["Proof is {st} ({pct}%).", "Proof still {st}."],
        "refresh": [
            "{n} orders still on hold; the facility is releasing them. Refreshing.",
            "On-hold count is {n}. Checking again.",
        ],
        "ready": [
            "Proof for {id} is approved; it's in the print queue.",
            "{id}'s proof is approved.",
        ],
        "found": ["The better file is {hit}.", "Found the seller's upload: {hit}."],
        "paged": [
            "{n} orders have been on hold more than two days.",
            "{n} long-held orders in total.",
        ],
    },
    "cross_border_remittance_payouts": {
        "page": ["Fetching the next page of held transfers.", "More held transfers; next page."],
        "search": [
            "No payout locations returned; adjusting the lookup.",
            "Location search empty. Trying again.",
        ],
        "verify": [
            "Screening on {id} is clear. Screening it again before release.",
            "{id} screens clean; running screening again.",
        ],
        "poll": ["Batch is {st}, {pct}%.", "Partner still shows {st}."],
        "refresh": [
            "{n} transfers still held; ops is clearing them. Refreshing.",
            "Held queue at {n}. Checking again.",
        ],
        "ready": [
            "Batch {id} has settled with the partner.",
            "{id} settled; beneficiaries are being credited.",
        ],
        "found": ["Pickup point available: {hit}.", "Nearest option: {hit}."],
        "paged": [
            "{n} transfers held over 24 hours in the PH corridor.",
            "Done paging: {n} held transfers.",
        ],
    },
    "trade_show_exhibitor_services": {
        "page": ["Next page of unpaid service orders.", "More orders; next page."],
        "search": [
            "Exhibitor search returned nothing; trying again.",
            "No exhibitor found. Re-running the search.",
        ],
        "verify": [
            "{id} passes the stand rules. Running the check again.",
            "Stand rules OK for {id}; re-checking.",
        ],
        "poll": ["Badges still {st} ({pct}%).", "Badge job at {pct}%."],
        "refresh": [
            "{n} orders still unpaid; refreshing.",
            "Unpaid orders now {n}. Checking again.",
        ],
        "ready": [
            "Badges for {id} are printed and at the service desk.",
            "{id}'s badge job is complete.",
        ],
        "found": ["Exhibitor record: {hit}.", "They ended up with {hit}."],
        "paged": [
            "{n} unpaid service orders for the March show.",
            "That's all of them - {n} unpaid.",
        ],
    },
    "ambulance_interfacility_transfer": {
        "page": ["Next page of pending transfers.", "More pending; next page."],
        "search": ["Crew search returned nothing. Trying again.", "No crews matched; re-running."],
        "verify": [
            "Auth valid on {id}. Validating again before dispatch.",
            "{id} authorisation checks out; re-validating.",
        ],
        "poll": ["Receiving facility still {st}.", "Acceptance still {st}, {pct}%."],
        "refresh": [
            "{n} transfers still pending out of St Brigid's. Refreshing the board.",
            "Board shows {n}. Refreshing.",
        ],
        "ready": ["{id} is accepted by the receiving hospital.", "Acceptance is in for {id}."],
        "found": ["On tonight: {hit}.", "Crews available: {hit}."],
        "paged": ["{n} pending transfers out of St Brigid's.", "Board read in full - {n} pending."],
    },
    "auto_windscreen_replacement": {
        "page": ["Next page of tomorrow's Croydon jobs.", "More jobs - next page."],
        "search": [
            "Parts lookup found nothing; trying another query.",
            "No glass matched. Re-querying.",
        ],
        "verify": [
            "Insurer auth confirmed on {id}. Checking it again.",
            "{id} is authorised; re-checking with the insurer.",
        ],
        "poll": ["Calibration {st}, {pct}%.", "Still on the rig - {pct}%."],
        "refresh": [
            "{n} jobs still open in Croydon; techs are closing them. Refreshing.",
            "Croydon shows {n} now. Checking again.",
        ],
        "ready": [
            "{id} passed calibration; the car can be released.",
            "Calibration passed on {id}.",
        ],
        "found": ["The right glass is {hit}.", "Part that fits: {hit}."],
        "paged": ["{n} jobs booked at Croydon tomorrow.", "Full list: {n} Croydon jobs."],
    },
}


def rm(w, key, **kw):
    return w.rng.choice(REMARKS[w.d["name"]][key]).format(**kw)


WARN = {
    "student_housing_room_allocation": "offer letter for the previous room is still live",
    "construction_rfi_submittals": "transmittal TR-0912 still lists the old responsible party",
    "household_removals_surveys": "quote PDF QT-7781 was generated from the old volume",
    "print_on_demand_fulfilment": "proof image still references the previous artwork",
    "cross_border_remittance_payouts": "partner payload cached with the previous beneficiary",
    "trade_show_exhibitor_services": "service orders still routed to the old hall desk",
    "ambulance_interfacility_transfer": "unit recommendation computed for the previous level of care",
    "auto_windscreen_replacement": "stock reservation still held on the previous part",
}


def nudge(w, p, progress_line):
    r = w.rng
    if r.random() < p:
        line = r.choice(
            [
                "How far along are you?",
                "any news?",
                "Quick one - roughly how long?",
                "Where are we on this?",
            ]
        )
        w.say(progress_line, line)


def ws_variant(rng, text):
    choices = [
        text,
        text + " ",
        text.replace(". ", ".  ", 1),
        text.rstrip("."),
        "  " + text,
        text.replace(",", " ,", 1),
    ]
    return rng.choice(choices)


def shuffle_args(rng, args):
    items = list(args.items())
    rng.shuffle(items)
    return dict(items)


# --- loops -----------------------------------------------------------------
def l_exact_repeat(w):
    r, d = w.rng, w.d
    i = w.ids[0]
    w.opening("fix", id=i)
    rec = w.rec(i)
    text = "%s %s" % (r.choice(d["voice"]["promise"]), d["para"][r.randrange(8)].format(id=i))
    reps = r.randint(3, 7)
    for k in range(reps):
        w.say(
            ws_variant(r, text) if k else text, "" if k != reps // 2 or r.random() < 0.5 else "ok"
        )
        w.tool("get", {"id": i}, rec)


def l_paraphrased_repeat(w):
    r, d = w.rng, w.d
    i = w.ids[1]
    w.opening("fix", id=i)
    rec = w.rec(i)
    paras = r.sample(d["para"], r.randint(4, 7))
    w.tool("get", {"id": i}, rec)
    for k, p in enumerate(paras):
        w.say(
            p.format(id=i),
            "" if k != 2 or r.random() < 0.6 else r.choice(["fine", "go ahead", "sure"]),
        )
        if r.random() < 0.6:
            w.tool("get", {"id": i}, rec)


def l_ab_oscillation(w):
    r, d = w.rng, w.d
    i = w.ids[0]
    w.opening("fix", id=i)
    fld, bad, good, _ = d["field"]
    a, b = (good, bad) if r.random() < 0.5 else (bad, good)
    cycles = r.randint(3, 5)
    for _k in range(cycles):
        w.tool("update", {"id": i, fld: a}, {"id": i, fld: a, "updated": True})
        if r.random() < 0.5:
            w.say(
                r.choice(
                    [
                        "Hmm, the other value might be right after all.",
                        "Switching it back to compare.",
                        "Let me try the previous value instead.",
                    ]
                )
            )
        w.tool("revert", {"id": i, fld: b}, {"id": i, fld: b, "updated": True})
    if r.random() < 0.5:
        w.tool("update", {"id": i, fld: a}, {"id": i, fld: a, "updated": True})


def l_failing_tool_retry(w):
    r, d = w.rng, w.d
    i = w.ids[2]
    w.opening("fix", id=i)
    code, msg = d["err"]
    fld, _bad, good, _ = d["field"]
    reps = r.randint(3, 8)
    for _k in range(reps):
        w.tool("update", {"id": i, fld: good}, {"code": code, "message": msg}, err=True, status=503)
        if r.random() < 0.45:
            w.say(r.choice(d["voice"]["retry"]))
    if r.random() < 0.3:
        w.person(1.0)
        w.tool("update", {"id": i, fld: good}, {"code": code, "message": msg}, err=True, status=503)


def l_same_action_same_observation(w):
    r, _d = w.rng, w.d
    w.opening("report")
    args = {"status": "open", "limit": 25}
    body = {"count": 3, "items": [w.rec(x) for x in w.ids[:3]]}
    comments = [
        "Three open. Let me make sure nothing new has come in.",
        "Still the same three; refreshing to be safe.",
        "Checking the list again.",
        "Nothing changed yet - one more pull.",
        "Let me refresh the list.",
        "Same three records. Refreshing.",
    ]
    reps = r.randint(3, 6)
    for k in range(reps):
        w.tool("list", args, body)
        if k < reps - 1 or r.random() < 0.5:
            w.say(comments[k % len(comments)])


def l_identical_monologue(w):
    r, d = w.rng, w.d
    w.opening("fix")
    if r.random() < 0.5:
        w.tool("get", {"id": w.ids[0]}, w.rec(w.ids[0]))
    reps = r.randint(3, 7)
    for k in range(reps):
        obs = ""
        if k == reps // 2 and r.random() < 0.4:
            obs = r.choice(["so?", "can you just do it", "what's the holdup"])
        w.say(ws_variant(r, d["mono"]) if k else d["mono"], obs)


def l_identical_tool_calls(w):
    r, _d = w.rng, w.d
    i = w.ids[3]
    w.opening("check", ids=[i])
    args = {"id": i, "include": "all", "mode": "strict"}
    body = {"id": i, "result": "pass", "warnings": []}
    reps = r.randint(3, 8)
    for _ in range(reps):
        w.tool("verify", shuffle_args(r, args), body)


def l_pagination_stuck(w):
    r, _d = w.rng, w.d
    w.opening("report")
    cur = "c_" + w.env.hexid(12)
    body = {"items": [w.rec(x) for x in w.ids[:3]], "next_cursor": cur, "has_more": True}
    reps = r.randint(3, 6)
    args = {"limit": 3}
    for _k in range(reps):
        w.tool("list", args, body)
        if r.random() < 0.5:
            w.say(rm(w, "page"))
    if r.random() < 0.4:
        w.person(1.0)
        w.tool("list", args, body)


def l_status_poll_stalled(w):
    r, d = w.rng, w.d
    i = w.ids[0]
    w.opening("wait", id=i)
    st = d["states"][1]
    pct = r.choice([35, 40, 62])
    reps = r.randint(4, 8)
    for _k in range(reps):
        w.tool("status", {"id": i}, {"id": i, "state": st, "progress": pct})
        if r.random() < 0.35:
            w.say(rm(w, "poll", st=st, pct=pct))


def l_confirmation_loop(w):
    r, d = w.rng, w.d
    w.opening("confirm")
    answers = [
        "Yes.",
        "yes, all of them",
        "Yes - go ahead.",
        "I said yes.",
        "YES. Please just do it.",
        "yes",
    ]
    reps = r.randint(3, 5)
    q = d["ask"]
    alts = [
        q,
        "Before I go ahead - " + q[0].lower() + q[1:],
        q + " I want to be sure before making changes.",
        "Sorry, one more check. " + q,
    ]
    for k in range(reps):
        w.say(
            alts[k % len(alts)] if r.random() < 0.6 else q,
            answers[k] if k < len(answers) else "yes",
        )
    w.say(r.choice(alts))


def l_empty_search_spiral(w):
    r, d = w.rng, w.d
    w.opening("find")
    bad = d["query"][0]
    variants = [
        bad,
        bad.lower(),
        bad + " ",
        bad.replace(" ", "  ", 1),
        bad.upper(),
        '"%s"' % bad,
        bad.replace(" ", "-", 1),
    ]
    reps = r.randint(3, 7)
    for k in range(reps):
        w.tool("search", {"q": variants[k % len(variants)]}, {"total": 0, "results": []})
        if r.random() < 0.4:
            w.say(rm(w, "search"))


def l_reverify_loop(w):
    r, _d = w.rng, w.d
    i = w.ids[0]
    w.opening("check", ids=[i])
    body = {"id": i, "result": "pass", "checks": 7, "failed": 0}
    reps = r.randint(3, 6)
    for _k in range(reps):
        w.tool("verify", {"id": i}, body)
        w.say(rm(w, "verify", id=i))


def l_apply_revert_cycle(w):
    r, d = w.rng, w.d
    i = w.ids[1]
    w.opening("fix", id=i)
    fld, bad, good, _ = d["field"]
    orig = bad
    cycles = r.randint(3, 4)
    for _ in range(cycles):
        w.tool("update", {"id": i, fld: good}, {"id": i, fld: good, "warnings": [WARN[d["name"]]]})
        w.say(
            r.choice(
                [
                    "That raised a warning; rolling back.",
                    "Warning came back - reverting to be safe.",
                    "Reverting and reapplying.",
                ]
            )
        )
        w.tool("revert", {"id": i, fld: orig}, {"id": i, fld: orig, "warnings": []})
        if r.random() < 0.3:
            w.say("Reapplying the change.")


# --- progress --------------------------------------------------------------
def p_templated_status_updates(w):
    r, _d = w.rng, w.d
    ids = w.ids[: r.randint(3, 6)]
    w.opening("batch", ids=ids)
    for n, i in enumerate(ids):
        if n == 2:
            nudge(w, 0.4, "%d of %d checked so far." % (n, len(ids)))
        rec = w.rec(i)
        w.tool("get", {"id": i}, rec)
        w.say("%s: %s." % (i, ", ".join("%s %s" % (k, v) for k, v in list(rec.items())[1:3])))
    if r.random() < 0.5:
        w.say("That's all %d. %s looks like the one to chase first." % (len(ids), ids[-1]))


def p_summaries_of_different_docs(w):
    r, d = w.rng, w.d
    w.opening("summarise")
    docs = d["docs"][: r.randint(3, 4)]
    for did, title, summ in docs:
        w.tool(
            "doc",
            {"id": did},
            {"id": did, "title": title, "text": summ[0].upper() + summ[1:] + "."},
        )
        w.say("%s - %s." % (title, summ))
    if r.random() < 0.6:
        w.say("Summary across them: " + "; ".join(s.split(";")[0] for _, _, s in docs) + ".")


def p_bisecting_toggles(w):
    r, d = w.rng, w.d
    w.opening("diagnose")
    flags = d["flags"]
    culprit = r.choice(flags)
    halves = [flags[:2], flags[2:]]
    for grp in halves:
        w.tool("flag", {"rules": dict.fromkeys(grp, False)}, {"applied": grp, "enabled": False})
        bad = culprit not in grp
        w.tool("list", {"sample": 20}, {"affected": 6 if bad else 0, "sampled": 20})
        w.say("With %s off: %s." % (", ".join(grp), "still affected" if bad else "problem gone"))
        w.tool("flag", {"rules": dict.fromkeys(grp, True)}, {"applied": grp, "enabled": True})
    grp = next(g for g in halves if culprit in g)
    for f in grp:
        w.tool("flag", {"rules": {f: False}}, {"applied": [f], "enabled": False})
        hit = f == culprit
        w.tool("list", {"sample": 20}, {"affected": 0 if hit else 6, "sampled": 20})
        if hit:
            break
        w.tool("flag", {"rules": {f: True}}, {"applied": [f], "enabled": True})
    w.say("It's %s. I've left it off; the other rules are back as they were." % culprit)


def p_retry_with_corrected_arg(w):
    r, d = w.rng, w.d
    i = w.ids[0]
    w.opening("fix", id=i)
    fld, bad, good, msg = d["field"]
    w.tool(
        "update",
        {"id": i, fld: bad},
        {"code": "VALIDATION", "message": msg, "field": fld},
        err=True,
        status=422,
    )
    w.say(
        r.choice(
            [
                "The value was in the wrong format. Correcting it.",
                "Validation error - I'll fix the value.",
                "My mistake on the format; retrying with the right one.",
            ]
        )
    )
    if r.random() < 0.5:
        w.tool("search", {"q": good}, {"total": 1, "results": [good]})
    w.tool("update", {"id": i, fld: good}, {"id": i, fld: good, "updated": True}, status=200)
    w.tool("get", {"id": i}, dict(w.rec(i), **{fld: good}))
    if r.random() < 0.5:
        w.say("Updated %s to %s." % (i, good))


def p_refresh_with_changed_state(w):
    r, _d = w.rng, w.d
    w.opening("report")
    args = {"status": "open", "limit": 25}
    n = r.randint(3, 5)
    for k in range(n):
        items = [w.rec(x) for x in w.ids[: max(1, 5 - k)]]
        w.tool("list", args, {"count": len(items), "items": list(items)})
        if k < n - 1:
            w.say(rm(w, "refresh", n=len(items)))
    if r.random() < 0.6:
        w.say(
            rm(w, "refresh", n=max(1, 5 - (n - 1))).split(";")[0].split(". ")[0].rstrip(".")
            + ", down from 5."
        )


def p_drafting_in_sections(w):
    r, d = w.rng, w.d
    w.opening("draft")
    secs = d["sections"]
    for k, s in enumerate(secs):
        obs = ""
        if k == 2 and r.random() < 0.5:
            obs = r.choice(["looks good so far", "keep it short", "fine, carry on"])
        w.say(s, obs)
    if r.random() < 0.5:
        w.tool(
            "notify",
            {"draft": True, "body_sections": len(secs)},
            {"draft_id": "drf_" + w.env.hexid(6), "saved": True},
        )


def p_batch_over_different_ids(w):
    r, _d = w.rng, w.d
    ids = w.ids[: r.randint(3, 7)]
    w.opening("check", ids=ids)
    for n, i in enumerate(ids):
        if n == 2:
            nudge(w, 0.4, "Two done, %d to go." % (len(ids) - 2))
        ok = r.random() < 0.75
        w.tool(
            "verify",
            shuffle_args(r, {"id": i, "include": "all", "mode": "strict"}),
            {
                "id": i,
                "result": "pass" if ok else "fail",
                "warnings": [] if ok else ["missing document"],
            },
        )
    failed = [
        x["args"]["id"] for x in w.steps if x["kind"] == "tool" and '"fail"' in x["observation"]
    ]
    if failed:
        w.say(
            "Checked %d. %s failed on a missing document; the rest pass."
            % (len(ids), ", ".join(failed))
        )
    elif r.random() < 0.6:
        w.say("All %d pass." % len(ids))


def p_paging_with_token(w):
    r, _d = w.rng, w.d
    w.opening("report")
    pages = r.randint(2, 4)
    cur = None
    seen = 0
    for k in range(pages):
        args = {"limit": 2}
        if cur:
            args["cursor"] = cur
        items = [w.rec(x) for x in w.ids[k * 2 : k * 2 + 2]] or [w.rec(w.ids[-1])]
        seen += len(items)
        cur = "c_" + w.env.hexid(12) if k < pages - 1 else None
        w.tool("list", args, {"items": items, "next_cursor": cur, "has_more": cur is not None})
        if r.random() < 0.4 and cur:
            w.say(rm(w, "page"))
    if r.random() < 0.7:
        w.say(rm(w, "paged", n=seen))


def p_polling_until_ready(w):
    r, d = w.rng, w.d
    i = w.ids[0]
    w.opening("wait", id=i)
    s0, s1, s2 = d["states"]
    seq = (
        [(s0, 0)] * r.randint(0, 1)
        + [(s1, p) for p in sorted(r.sample(range(10, 95, 5), r.randint(2, 4)))]
        + [(s2, 100)]
    )
    for st, pct in seq:
        w.tool("status", {"id": i}, {"id": i, "state": st, "progress": pct})
        if r.random() < 0.3 and st != s2:
            w.say(rm(w, "poll", st=st, pct=pct))
        elif st != s2 and pct > 40:
            nudge(w, 0.3, "It's moving - %d%% now." % pct)
    w.say(rm(w, "ready", id=i))


def p_staged_confirmations(w):
    r, d = w.rng, w.d
    w.opening("confirm")
    w.say(d["ask"], "")
    w.steps[-1]["observation"] = ""
    ans = r.choice(["yes", "Yes, all of them.", "go ahead"])
    targets = w.ids[: r.randint(2, 4)]
    w.say("Going ahead with %d." % len(targets), ans)
    for i in targets:
        w.tool("update", {"id": i, "action": "cancel"}, {"id": i, "state": "cancelled"})
    w.say("Done with those. Should I also notify the affected customers?")
    w.say("Sending the notifications.", r.choice(["yes please", "yep"]))
    w.tool("notify", {"ids": targets}, {"sent": len(targets), "failed": 0})


def p_narrowing_search(w):
    r, d = w.rng, w.d
    w.opening("find")
    bad, good, hits = d["query"]
    w.tool("search", {"q": bad}, {"total": 0, "results": []})
    w.say(
        r.choice(
            [
                "Too specific. Broadening it.",
                "Nothing with that wording; trying the core term.",
                "No match - dropping the extra terms.",
            ]
        )
    )
    res = [h.strip() for h in hits.split(",")]
    w.tool("search", {"q": good}, {"total": len(res), "results": res})
    first = res[0].split(" ")[0]
    w.tool("get", {"id": first}, {"id": first, "detail": res[0]})
    w.say(rm(w, "found", hit=res[0]))


def p_verify_each_record(w):
    r, _d = w.rng, w.d
    ids = w.ids[: r.randint(3, 5)]
    w.opening("check", ids=ids)
    for i in ids:
        w.tool("verify", {"id": i}, {"id": i, "result": "pass", "checks": 7, "failed": 0})
        w.say(r.choice(["%s passes." % i, "%s is clear." % i, "%s: all 7 checks pass." % i]))


def p_apply_then_fix_forward(w):
    r, d = w.rng, w.d
    i = w.ids[1]
    w.opening("fix", id=i)
    fld, _bad, good, _ = d["field"]
    w.tool("update", {"id": i, fld: good}, {"id": i, fld: good, "warnings": [WARN[d["name"]]]})
    w.say(
        r.choice(
            [
                "Applied, but %s. Regenerating it." % WARN[d["name"]],
                "The warning says %s; fixing that next." % WARN[d["name"]],
            ]
        )
    )
    w.tool("verify", {"id": i}, {"id": i, "result": "fail", "failed": 1})
    w.tool(
        "update",
        {"id": i, "refresh_downstream": True},
        {"id": i, "refreshed": True, "warnings": []},
    )
    w.tool("verify", {"id": i}, {"id": i, "result": "pass", "failed": 0})


BUILDERS = {}
for _k in LOOP_KINDS:
    BUILDERS[("loop", _k)] = globals()["l_" + _k]
for _k in PROGRESS_KINDS:
    BUILDERS[("progress", _k)] = globals()["p_" + _k]


def build():
    rows = []
    n = 0
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            for d in DOMAINS:
                n += 1
                rid = "sixtyfifth-%s-%s-%03d" % (label, kind, n)
                seed = int(hashlib.sha256(("%d|%s" % (SEED, rid)).encode()).hexdigest()[:16], 16)
                for attempt in range(60):
                    w = Row(d, random.Random(seed + attempt))
                    BUILDERS[(label, kind)](w)
                    if 6 <= len(w.steps) <= 16:
                        break
                else:
                    raise RuntimeError(rid)
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


def main():
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
