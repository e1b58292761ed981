"""Blind trajectory set 60 ("sixtieth"): 208 labelled agent trajectories.

Standard library only. Deterministic: every row draws from a Random seeded by SEED and its id.
Run: python tests/data/trajectories_sixtieth/generate.py
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

SEED = 60060

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "stale_cursor_paging",
    "write_verify_rewrite",
    "unchanging_status_poll_backoff",
    "plan_reset",
    "reasked_clarification",
    "query_reformulation_churn",
]
PROGRESS_KINDS = [
    "per_item_confirmation",
    "summarising_related_documents",
    "bisect_toggle",
    "retry_with_corrected_argument",
    "paging_through_results",
    "multi_part_briefing",
    "batch_same_tool_distinct_args",
    "cursor_walk_to_end",
    "write_verify_next_record",
    "poll_until_complete",
    "plan_then_execute",
    "clarify_then_act",
    "query_refinement_narrowing",
]

TOPIC = {
    "exact_repeat": "stuck",
    "paraphrased_repeat": "stuck",
    "ab_oscillation": "toggle",
    "failing_tool_retry": "err",
    "same_action_same_observation": "list",
    "identical_monologue": "stuck",
    "identical_tool_calls": "list",
    "stale_cursor_paging": "list",
    "write_verify_rewrite": "write",
    "unchanging_status_poll_backoff": "poll",
    "plan_reset": "stuck",
    "reasked_clarification": "stuck",
    "query_reformulation_churn": "queries",
    "per_item_confirmation": "bwrite",
    "summarising_related_documents": "docs",
    "bisect_toggle": "bisect",
    "retry_with_corrected_argument": "err",
    "paging_through_results": "list",
    "multi_part_briefing": "brief",
    "batch_same_tool_distinct_args": "list",
    "cursor_walk_to_end": "list",
    "write_verify_next_record": "bwrite",
    "poll_until_complete": "poll",
    "plan_then_execute": "stuck",
    "clarify_then_act": "stuck",
    "query_refinement_narrowing": "refine",
}


def llm(text: str, observation: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": observation}


def tool(name: str, args: dict, observation: str, error: bool = False) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


class Clock:
    def __init__(self, rng: random.Random, start: datetime) -> None:
        self.rng = rng
        self.t = start + timedelta(minutes=rng.randint(0, 600))

    def tick(self, lo: int = 2, hi: int = 45) -> datetime:
        self.t += timedelta(seconds=self.rng.randint(lo, hi), milliseconds=self.rng.randint(0, 999))
        return self.t


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# --- envelopes: each domain's API wraps its payload differently -----------------------------


def env_rcra(rng, clk, name, body):
    t = clk.tick()
    path = "/e-manifest/api/v1/" + name.split(".", 1)[1].replace("_", "/")
    return json.dumps(
        {
            "status": 200,
            "path": path,
            "requestId": "rcra-" + _hex(rng, 12),
            "processedAt": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000),
            "elapsedMs": rng.randint(80, 900),
            "data": body,
        }
    )


def env_laanc(rng, clk, name, body):
    t = clk.tick(1, 20)
    head = (
        "HTTP/1.1 200 OK\nx-uss-trace: %s\nx-ratelimit-remaining: %d\ndate: %s\nserver: usslink-edge-%d\n\n"
        % (
            _hex(rng, 16),
            rng.randint(100, 4999),
            t.strftime("%a, %d %b %Y %H:%M:%S GMT"),
            rng.randint(1, 9),
        )
    )
    return head + json.dumps(body)


def env_dialysis(rng, clk, name, body):
    t = clk.tick(3, 60)
    return json.dumps(
        {
            "resourceType": "Bundle",
            "id": _hex(rng, 8) + "-" + _hex(rng, 4),
            "meta": {
                "lastUpdated": t.isoformat(timespec="seconds") + "-05:00",
                "versionId": str(rng.randint(2, 90)),
            },
            "x-correlation": "clinic-%d-%s" % (rng.randint(10, 99), _hex(rng, 6)),
            "entry": body,
        }
    )


def env_auction(rng, clk, name, body):
    t = clk.tick(2, 30)
    return json.dumps(
        {
            "ok": True,
            "op": name,
            "trace": {
                "span": _hex(rng, 16),
                "node": "arb-api-%02d" % rng.randint(1, 24),
                "took_ms": rng.randint(20, 400),
            },
            "ts": int(t.timestamp()),
            "etag": 'W/"%s"' % _hex(rng, 10),
            "result": body,
        }
    )


def env_equity(rng, clk, name, body):
    t = clk.tick(1, 15)
    return json.dumps(
        {
            "request_id": "req_" + _hex(rng, 20),
            "api_version": "2026-07-01",
            "livemode": True,
            "created": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "object": name.split(".")[-1],
            "payload": body,
            "rate_limit": {"remaining": rng.randint(40, 600), "reset_s": rng.randint(1, 60)},
        }
    )


def env_rack(rng, clk, name, body):
    t = clk.tick(1, 25)
    seq = rng.randint(100000, 999999)
    return "TAS-GW %s seq=%d host=rackctl%d dur=%dms\n%s" % (
        t.strftime("%Y%m%d%H%M%S"),
        seq,
        rng.randint(1, 4),
        rng.randint(5, 250),
        json.dumps(body),
    )


def env_timeshare(rng, clk, name, body):
    t = clk.tick(2, 50)
    return json.dumps(
        {
            "header": {
                "messageId": "%s-%s-%s" % (_hex(rng, 8), _hex(rng, 4), _hex(rng, 4)),
                "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "channel": "MEMBER_SVC",
                "cache": rng.choice(["HIT", "MISS", "MISS", "REVALIDATED"]),
            },
            "body": body,
        }
    )


def env_cp(rng, clk, name, body):
    t = clk.tick(5, 90)
    return json.dumps(
        {
            "server": "cpdata-%s" % rng.choice(["us-c1", "us-c2", "us-s1"]),
            "query_ms": round(rng.uniform(3, 220), 1),
            "generated": t.strftime("%Y-%m-%d %H:%M:%S"),
            "x_request": _hex(rng, 24),
            "rows": body,
        }
    )


# --- domains -----------------------------------------------------------------------------------

D = {}

D["hazardous_waste_manifests"] = {
    "act": (
        "rcra.correct_manifest",
        {
            "manifestTrackingNumber": "100482913ELC",
            "quantity": "6 DM / 1298 P",
            "certifier": "mokafor",
        },
    ),
    "bwrite": (
        "rcra.correct_manifest",
        "quantity",
        ["6 DM / 1298 P", "2 DM / 410 P", "4 DF / 880 P", "1 TT / 3900 G"],
    ),
    "reqmap": {"bwrite": 2, "list": 1},
    "env": env_rcra,
    "start": datetime(2026, 3, 9, 13, 0),
    "req": [
        "Manifest 100482913ELC came back from the TSDF with a discrepancy flag. Can you sort out what's wrong before we hit the 35-day exception report deadline?",
        "We shipped six drums of spent solvent (F003/F005) to Clean Harbors Deer Park last week. Please check all our open manifests and tell me which ones still lack a final TSDF signature.",
        "Generator ID TXD988012345 needs its Q1 manifest corrections filed. Start with the ones EPA rejected.",
    ],
    "ids": [
        "100482913ELC",
        "100482914ELC",
        "100482922ELC",
        "100482930ELC",
        "100482931ELC",
        "100482957ELC",
        "100482961ELC",
        "100482978ELC",
    ],
    "get": ("rcra.get_manifest", "manifestTrackingNumber"),
    "fields": {
        "status": ["Signed", "Received", "Corrected", "ReadyForSignature"],
        "wasteCodes": [["F003", "F005"], ["D001"], ["D008", "D035"], ["U220"]],
        "discrepancy": ["none", "quantity", "type", "residue"],
        "tsdf": ["TXD055141378", "LAD000777201", "OKD065438376"],
    },
    "list": ("rcra.search_manifests", {"generatorId": "TXD988012345", "status": "Received"}),
    "write": ("rcra.correct_manifest", "quantity", "6 DM / 1320 P"),
    "poll": (
        "rcra.get_correction_submission",
        "submissionId",
        "SUB-77120",
        "PendingSignature",
        ["Queued", "Validating", "Signed", "Completed"],
    ),
    "search": "rcra.lookup_waste_code",
    "err": (
        "rcra.sign_manifest",
        {"manifestTrackingNumber": "100482913ELC", "signerUserId": "jrios"},
        "E_CROMERR_401: signer jrios has no active CROMERR certification for site TXD988012345",
    ),
    "fix": [
        (
            {
                "manifestTrackingNumber": "100482913ELC",
                "signerUserId": "jrios",
                "siteId": "TXD988012345",
            },
            "E_ROLE_403: jrios is Viewer at TXD988012345; Certifier role required",
        ),
        (
            {
                "manifestTrackingNumber": "100482913ELC",
                "signerUserId": "mokafor",
                "siteId": "TXD988012345",
            },
            None,
        ),
    ],
    "toggle": ("rcra.set_discrepancy_type", "discrepancyType", "quantity", "residue"),
    "bisect": [
        "line 1 (F003 drums)",
        "line 2 (D001 rags)",
        "line 3 (D008 sludge)",
        "line 4 (empty containers)",
    ],
    "stuck": "I've flagged 100482913ELC for review and will submit the correction once the TSDF confirms the weight.",
    "nudges": [
        "Any movement on it?",
        "The EHS manager is asking again.",
        "Hello? Is it done?",
        "Just need a yes or no on 913ELC.",
        "Still waiting here.",
    ],
    "para": [
        "I'll get the quantity correction on 913ELC submitted as soon as the receiving weight is confirmed.",
        "Once Deer Park confirms the scale ticket, I'll file the correction for 913ELC.",
        "The correction for manifest 913ELC is queued on my side; I'm just waiting on the facility's weight.",
        "As soon as the TSDF gets back to us with the weight, the 913ELC correction goes in.",
        "I'm holding the 913ELC correction until the receiving facility confirms the net weight, then I'll submit.",
        "The plan stands: confirm weight with the TSDF, then submit the correction for 913ELC.",
    ],
    "mono": "Reviewing the manifest discrepancy against the scale ticket before submitting the correction.",
    "brief": [
        "Part 1 of 4 - What happened: 913ELC left us as 6 drums at 1,320 lb; Deer Park weighed in 1,180 lb, a 10.6% quantity discrepancy, over the 10% bulk threshold.",
        "Part 2 of 4 - Who must act: as generator we have to reconcile within 60 days or EPA expects an exception/discrepancy report; the TSDF already entered the discrepancy in Item 18a.",
        "Part 3 of 4 - Likely cause: drum 4 was logged with the pallet tare included on our bill of lading; our scale log shows 212 lb gross vs 190 lb net for that drum.",
        "Part 4 of 4 - Next step: I can file a post-receipt correction on Item 11 with the corrected 1,298 lb, which still leaves 118 lb to explain - I suggest we ask Deer Park for their drum-by-drum ticket.",
    ],
    "docs": [
        (
            "LDR-913ELC",
            "land disposal restriction notice: F003/F005 treated to UTS by incineration, no exemption claimed",
        ),
        (
            "BOL-55812",
            "bill of lading: 6 x 55-gal steel drums, UN1263 paint-related material, 1,320 lb gross",
        ),
        (
            "PROFILE-CH-22107",
            "waste profile approved by Clean Harbors through 2027-01-31, flash point under 73F",
        ),
        ("SCALE-0308", "our dock scale log: drum 4 weighed with pallet, 22 lb tare not deducted"),
    ],
    "summ": "Summary of {doc}: {s}.",
    "plan": [
        "pull the manifest",
        "list the other Received manifests from that shipment",
        "file the Item 11 quantity correction",
        "get it certified",
    ],
    "plan_verb": "Plan for 913ELC",
    "question": "Before I submit, which weight should go on the correction - our dock scale net or the TSDF's receiving weight?",
    "answers": [
        "Use our dock scale net, we trust it.",
        "Dock scale. I said that already.",
        "OUR scale. Net weight.",
    ],
    "clarify": [
        (
            "Which weight should go on the correction - our dock scale net or the TSDF's?",
            "Our dock scale net.",
        ),
        ("Should I leave the D001 rags line untouched?", "Yes, that one's fine."),
        ("Who certifies it - Maya Okafor or you?", "Maya, she has CROMERR."),
    ],
    "queries": [
        "spent paint thinner waste code",
        "waste code for used paint thinner",
        "paint thinner spent solvent code",
        "thinner spent EPA code",
        "used thinner listed waste",
    ],
    "refine": [
        ("solvent", 212),
        ("spent solvent F-list", 31),
        ("spent solvent F-list xylene toluene", 4),
        ("F005 toluene spent non-halogenated", 1),
    ],
    "voice": "manifest",
}

D["laanc_airspace_authorizations"] = {
    "toggle_target": ("referenceCode", "LA-KSJC-7F21A"),
    "act": (
        "laanc.submit_authorization",
        {
            "airport": "KSJC",
            "altitudeFt": 100,
            "start": "2026-05-19T16:00Z",
            "durationMin": 120,
            "pic": "Part107-3925611",
        },
    ),
    "bwrite": ("laanc.update_operation_volume", "maxAltitudeFt", [100, 100, 90, 100]),
    "reqmap": {"bwrite": 2, "poll": 1, "bisect": 2, "list": 2},
    "env": env_laanc,
    "start": datetime(2026, 5, 18, 14, 30),
    "req": [
        "We need LAANC for a roof inspection at 2150 Airport Blvd tomorrow 09:00-11:00, 200 ft AGL, inside KSJC Class C. Can you file it?",
        "Our pilot's further-coordination request near KOAK is stuck. Find out what's going on and fix it if you can.",
        "Please get authorizations for the three survey grids on the Milpitas job; the facility map tops out at 100 ft there.",
    ],
    "ids": [
        "LA-KSJC-7F21A",
        "LA-KSJC-7F21B",
        "LA-KOAK-22C90",
        "LA-KSJC-7F2C4",
        "LA-KNUQ-0917E",
        "LA-KRHV-51A03",
        "LA-KSJC-7F311",
        "LA-KOAK-22CB8",
    ],
    "get": ("laanc.get_authorization", "referenceCode"),
    "fields": {
        "state": ["APPROVED", "PENDING_FC", "RESCINDED", "EXPIRED"],
        "maxAltitudeFt": [100, 200, 50, 400],
        "facilityGrid": ["SJC-37.36N-121.92W", "OAK-37.72N-122.22W", "NUQ-37.41N-122.05W"],
        "pilot": ["Part107-4410298", "Part107-3925611"],
    },
    "list": ("laanc.list_requests", {"operatorId": "OP-55201", "window": "next_7d"}),
    "write": ("laanc.update_operation_volume", "maxAltitudeFt", 100),
    "poll": (
        "laanc.get_fc_request",
        "fcRequestId",
        "FC-88031",
        "SUBMITTED",
        ["SUBMITTED", "IN_REVIEW_ATC", "IN_REVIEW_ATC", "APPROVED"],
    ),
    "search": "notam.search",
    "err": (
        "laanc.submit_authorization",
        {"airport": "KSJC", "altitudeFt": 200, "start": "2026-05-19T16:00Z", "durationMin": 120},
        "422 UASFM_CEILING_EXCEEDED: requested 200 ft exceeds grid ceiling 100 ft; use further coordination",
    ),
    "fix": [
        (
            {
                "airport": "KSJC",
                "altitudeFt": 200,
                "start": "2026-05-19T16:00Z",
                "durationMin": 120,
                "type": "further_coordination",
            },
            "422 FC_LEAD_TIME: further coordination needs >= 72h lead time",
        ),
        (
            {
                "airport": "KSJC",
                "altitudeFt": 100,
                "start": "2026-05-19T16:00Z",
                "durationMin": 120,
            },
            None,
        ),
    ],
    "toggle": ("laanc.set_operation_volume_shape", "shape", "polygon", "circle_r500ft"),
    "bisect": [
        "grid A (roof, north)",
        "grid B (parking deck)",
        "grid C (solar canopy)",
        "grid D (loading dock)",
    ],
    "stuck": "Filing now - the authorization for 2150 Airport Blvd will show up in your app within a few minutes.",
    "nudges": [
        "Nothing in the app yet.",
        "Pilot's on site, anything?",
        "Still nothing showing.",
        "Did it go through??",
        "Hello?",
    ],
    "para": [
        "I'm submitting the KSJC request now; you should see the approval in the app shortly.",
        "The authorization for the Airport Blvd roof is on its way - give it a couple of minutes to appear.",
        "Sending the LAANC request for 2150 Airport Blvd; approval should land in your app soon.",
        "Your KSJC authorization is being filed; it'll pop up in the pilot app in a few minutes.",
        "Putting the Airport Blvd request through now, watch the app for the approval.",
        "It's being filed - the roof inspection authorization should reach the app any minute.",
    ],
    "mono": "Checking the UAS facility map ceiling for the requested grid before filing.",
    "brief": [
        "1/4 Airspace: 2150 Airport Blvd sits under KSJC Class C, UASFM grid SJC-37.36N-121.92W, ceiling 100 ft AGL.",
        "2/4 Your request: 200 ft AGL exceeds that ceiling, so automatic approval is impossible; further coordination needs 72 hours and you fly tomorrow.",
        "3/4 Options: fly at 100 ft tomorrow with an auto-approval, or keep 200 ft and move the flight to Friday via further coordination.",
        "4/4 Recommendation: the roof parapet is 62 ft, so 100 ft AGL still leaves 38 ft clearance - I'd file at 100 ft now.",
    ],
    "docs": [
        ("NOTAM 5/2291", "crane at 37.362N 121.921W, 180 ft AGL, lit, until 2026-06-30"),
        ("NOTAM 5/2307", "TFR for VIP movement at KSJC on 2026-05-21 only, not tomorrow"),
        ("UASFM SJC-37.36N", "grid ceiling 100 ft, adjacent grid east is 0 ft"),
        (
            "LOA-SJC-2024-11",
            "our letter of agreement allows 1 nm notification to SJC tower, not altitude relief",
        ),
    ],
    "summ": "{doc} - {s}.",
    "plan": [
        "pull the existing authorization",
        "list your other requests this week",
        "drop the operation volume to 100 ft",
        "send the reference code to the pilot",
    ],
    "plan_verb": "LAANC plan",
    "question": "Which altitude do you want filed - 100 ft to get auto-approval, or 200 ft with further coordination?",
    "answers": ["100 ft is fine.", "I said 100 ft.", "100. Please just file it."],
    "clarify": [
        ("Which altitude: 100 ft auto-approval, or 200 ft with further coordination?", "100 ft."),
        ("Start time in local or Zulu? You wrote 09:00.", "09:00 local."),
        ("Who is PIC on this one - Dana or Luis?", "Luis, Part107-3925611."),
    ],
    "queries": [
        "NOTAM San Jose crane",
        "crane NOTAM near KSJC",
        "San Jose airport crane notice",
        "KSJC obstruction crane",
        "SJC crane NOTAM tomorrow",
    ],
    "refine": [
        ("KSJC", 48),
        ("KSJC obstruction", 9),
        ("KSJC obstruction 2 nm radius", 3),
        ("KSJC crane 37.36N 121.92W", 1),
    ],
    "voice": "flight",
}

D["dialysis_chair_scheduling"] = {
    "act": (
        "sched.assign_chair",
        {
            "mrn": "MRN-4471029",
            "chair": 11,
            "shift": "TTS-1",
            "dryWeightKg": 82,
            "transport": "self",
        },
    ),
    "bwrite": ("sched.assign_chair", "chair", [3, 14, 19, 11]),
    "reqmap": {"bwrite": 1, "err": 2, "docs": 2, "brief": 1, "bisect": 1, "poll": 2},
    "env": env_dialysis,
    "start": datetime(2026, 2, 2, 6, 10),
    "req": [
        "Mr. Alvarez (MRN 4471029) needs to move from the MWF second shift to TTS first shift because of his new job. Can you find him a chair?",
        "Chair 7 is down for a Fresenius 2008T pump fault. Please reshuffle today's third shift.",
        "A transient patient from Tucson, Ms. Greer, arrives next week. Book her three treatments and make sure her labs and hep B status are on file.",
    ],
    "ids": [
        "MRN-4471029",
        "MRN-4470018",
        "MRN-4468821",
        "MRN-4472005",
        "MRN-4469310",
        "MRN-4471987",
        "MRN-4470764",
        "MRN-4472240",
    ],
    "get": ("emr.get_patient_schedule", "mrn"),
    "fields": {
        "shift": ["MWF-1", "MWF-2", "TTS-1", "TTS-3"],
        "chair": [3, 7, 11, 14, 19],
        "hepB": ["immune", "susceptible", "isolation"],
        "access": ["AVF left arm", "AVG right arm", "CVC right IJ"],
    },
    "list": ("sched.list_shift_roster", {"clinic": "DV-PHX-North", "days": "TTS", "shift": 1}),
    "write": ("sched.assign_chair", "chair", 11),
    "poll": (
        "sched.get_transfer_packet",
        "packetId",
        "TP-30198",
        "AWAITING_RECORDS",
        ["AWAITING_RECORDS", "RECORDS_RECEIVED", "MD_REVIEW", "ACCEPTED"],
    ),
    "search": "emr.search_notes",
    "err": (
        "sched.book_treatment",
        {"mrn": "MRN-4472240", "date": "2026-02-10", "shift": "TTS-1", "chair": 14},
        "409 HEPB_STATUS_MISSING: transient patient needs HBsAg result within 30 days before booking",
    ),
    "fix": [
        (
            {
                "mrn": "MRN-4472240",
                "date": "2026-02-10",
                "shift": "TTS-1",
                "chair": 14,
                "hbsagDate": "2025-12-20",
            },
            "409 HEPB_STATUS_STALE: HBsAg dated 2025-12-20 is older than 30 days",
        ),
        (
            {
                "mrn": "MRN-4472240",
                "date": "2026-02-10",
                "shift": "TTS-1",
                "chair": 14,
                "hbsagDate": "2026-01-27",
            },
            None,
        ),
    ],
    "toggle": ("sched.assign_chair", "chair", 7, 11),
    "bisect": [
        "chair 7 dialysate line",
        "chair 7 blood pump",
        "chair 7 conductivity probe",
        "chair 7 RO loop drop",
    ],
    "stuck": "I'm holding chair 11 on TTS first shift for Mr. Alvarez pending Dr. Shah's sign-off.",
    "nudges": [
        "Is it confirmed?",
        "His employer needs an answer today.",
        "Did Dr. Shah sign?",
        "Any change?",
        "Can I tell him yes?",
    ],
    "para": [
        "Chair 11 on TTS-1 is on hold for Mr. Alvarez until Dr. Shah signs the order change.",
        "I've got a TTS first-shift chair reserved for him; it just needs the nephrologist's sign-off.",
        "Mr. Alvarez's move to Tuesday/Thursday/Saturday mornings is pending Dr. Shah's approval, chair 11 is held.",
        "Once Dr. Shah approves, chair 11 on TTS-1 is his - I'm keeping it held.",
        "The hold on chair 11 stays in place while we wait for Dr. Shah to sign off on the schedule change.",
        "Still holding TTS-1 chair 11 for Alvarez; the only thing left is the physician sign-off.",
    ],
    "mono": "Reviewing the TTS first-shift census for an open chair that fits an AVF patient.",
    "brief": [
        "(1) Chair 7 is out: the 2008T logged a blood pump fault at 11:42 and biomed says 24 hours.",
        "(2) Third shift had 16 patients on 16 chairs; without chair 7 we are one short.",
        "(3) Mrs. Patel agreed to come at 16:30 instead of 17:00 to use chair 3 after its turnover.",
        "(4) That leaves everyone treated, with the last patient off by 21:15 - RN coverage is already there until 21:30.",
    ],
    "docs": [
        ("Lab 2026-01-27", "HBsAg negative, anti-HBs 48 mIU/mL, Kt/V 1.41"),
        ("H&P Tucson DaVita", "ESRD from diabetic nephropathy, left AVF, dry weight 71.5 kg"),
        ("Med list", "heparin 2,000 U bolus, epoetin per protocol, no iron this month"),
        ("TB screen", "QuantiFERON negative 2025-11-04"),
    ],
    "summ": "{doc}: {s}.",
    "plan": [
        "pull his current schedule",
        "check the TTS-1 roster",
        "assign chair 11",
        "get the order change signed",
    ],
    "plan_verb": "Steps for Mr. Alvarez",
    "question": "Does Mr. Alvarez need the chair near the nurses' station, or is any TTS-1 chair fine?",
    "answers": ["Any chair is fine.", "Any chair, like I said.", "ANY chair."],
    "clarify": [
        ("Does Mr. Alvarez need a chair near the nurses' station?", "No, any chair."),
        ("Should his dry weight stay 82 kg on the new shift?", "Yes, keep it."),
        ("Does he still use Access-A-Ride, or drive himself now?", "He drives now."),
    ],
    "queries": [
        "Alvarez shift preference",
        "shift preference Alvarez note",
        "Alvarez schedule request note",
        "note about Alvarez wanting mornings",
        "Alvarez morning request",
    ],
    "refine": [
        ("Alvarez", 140),
        ("Alvarez schedule", 22),
        ("Alvarez schedule social work 2026", 5),
        ("Alvarez social work employment letter", 1),
    ],
    "voice": "clinic",
}

D["auto_auction_arbitration"] = {
    "act": (
        "arb.set_resolution",
        {
            "claimId": "ARB-2026-081774",
            "resolution": "BUYBACK",
            "refund": "hammer_plus_buy_fee",
            "returnTransport": "auction_paid",
        },
    ),
    "bwrite": (
        "arb.set_resolution",
        "resolution",
        ["BUYBACK", "PRICE_ADJUST", "DENIED_OUT_OF_WINDOW", "BUYBACK"],
    ),
    "reqmap": {"bwrite": 1, "list": 1},
    "env": env_auction,
    "start": datetime(2026, 8, 24, 15, 0),
    "req": [
        "Dealer 5124 opened arbitration on VIN 1FTFW1E85MFA41192 for undisclosed frame damage. Can you work the claim?",
        "We have four open arb claims from the Thursday sale lane 12. Please triage them before the 7-day window closes.",
        "The buyer on run 12-087 says the odometer was rolled back. Check the condition report and the title history.",
    ],
    "ids": [
        "ARB-2026-081774",
        "ARB-2026-081781",
        "ARB-2026-081790",
        "ARB-2026-081802",
        "ARB-2026-081815",
        "ARB-2026-081829",
        "ARB-2026-081833",
        "ARB-2026-081847",
    ],
    "get": ("arb.get_claim", "claimId"),
    "fields": {
        "reason": ["frame_damage", "odometer", "title_brand", "engine_noise"],
        "crGrade": [2.1, 3.4, 4.0, 1.8],
        "lane": ["12", "07", "03"],
        "status": ["OPEN", "PSI_SCHEDULED", "SELLER_REVIEW"],
    },
    "list": ("arb.list_claims", {"sale": "2026-08-20", "lane": "12", "status": "OPEN"}),
    "write": ("arb.set_resolution", "resolution", "BUYBACK"),
    "poll": (
        "arb.get_psi_inspection",
        "inspectionId",
        "PSI-44019",
        "ASSIGNED",
        ["ASSIGNED", "ON_SITE", "PHOTOS_UPLOADED", "COMPLETE"],
    ),
    "search": "arb.search_policy",
    "err": (
        "arb.assign_inspector",
        {"claimId": "ARB-2026-081774", "inspector": "T. Nguyen"},
        "400 INSPECTOR_NOT_FOUND: no inspector named 'T. Nguyen' in region SE",
    ),
    "fix": [
        (
            {"claimId": "ARB-2026-081774", "inspectorId": "INS-3310"},
            "400 REGION_MISMATCH: INS-3310 covers region SW, vehicle lot is in SE",
        ),
        ({"claimId": "ARB-2026-081774", "inspectorId": "INS-2975"}, None),
    ],
    "toggle": ("arb.set_resolution", "resolution", "BUYBACK", "PRICE_ADJUST"),
    "bisect": ["seller disclosure", "CR photo set", "title history", "PSI frame measurements"],
    "stuck": "The claim is with the seller for review; I'll update you when they accept or counter.",
    "nudges": [
        "Did the seller respond?",
        "Dealer 5124 called twice.",
        "Update?",
        "Anything from the seller?",
        "We're at day 6.",
    ],
    "para": [
        "Seller review is still open on 081774; I'll let you know as soon as they accept or counter.",
        "The seller has the frame claim in front of them; once they respond I'll update you.",
        "Waiting on the consignor's decision for the F-150 claim - I'll pass it along when it comes.",
        "081774 is sitting with the seller; you'll hear from me when they answer.",
        "Nothing to do until the selling dealer responds on the frame damage claim; I'll report back then.",
        "The seller still owns the next move on 081774 - I'll ping you the moment they reply.",
    ],
    "mono": "Comparing the condition report photos with the PSI frame measurements.",
    "brief": [
        "Claim 081774, point 1: the CR graded the F-150 at 3.4 with no structural notes; the announcement said 'green light'.",
        "Point 2: the PSI found the left frame rail sectioned behind the cab, 11 mm out of spec - that's undisclosed structural damage under policy 4.2.",
        "Point 3: the buyer filed on day 3, inside the 7-day window, and the vehicle hasn't left our lot.",
        "Point 4: per policy the remedy is a buyback at the hammer price $38,400 plus buy fee; the seller has no counter right for structural.",
    ],
    "docs": [
        (
            "CR-12-087",
            "condition report grade 3.4, 14 photos, no frame note, left rear quarter repainted",
        ),
        ("PSI-44019", "left frame rail sectioned, 11 mm deviation, welds visible"),
        ("AutoCheck VIN ...41192", "one accident 2024-03, moderate, rear impact"),
        ("Seller disclosure", "seller ticked 'no known structural damage'"),
    ],
    "summ": "{doc} -> {s}.",
    "plan": [
        "pull the claim",
        "check the other open claims from the sale",
        "set the resolution",
        "notify both dealers",
    ],
    "plan_verb": "Claim 081774 plan",
    "question": "Do you want me to offer the buyer a price adjustment first, or go straight to buyback?",
    "answers": ["Straight to buyback.", "Buyback. I answered that.", "BUYBACK."],
    "clarify": [
        ("Price adjustment first, or straight to buyback?", "Buyback."),
        ("Refund the buy fee too, or hammer only?", "Hammer plus buy fee."),
        ("Should transport back to the seller be on us?", "Yes, on us."),
    ],
    "queries": [
        "frame damage policy",
        "policy on frame damage",
        "structural damage arbitration rule",
        "frame damage arb rule",
        "undisclosed frame policy",
    ],
    "refine": [
        ("frame", 64),
        ("frame structural disclosure", 12),
        ("frame structural sectioned rail", 3),
        ("structural sectioned rail policy 4.2", 1),
    ],
    "voice": "claims",
}

D["equity_plan_rsu_admin"] = {
    "act": (
        "equity.release_shares",
        {
            "grantId": "RSU-2024-00107",
            "tranche": 4,
            "taxMethod": "sell_to_cover",
            "fedRate": 0.22,
            "notify": "participant",
        },
    ),
    "bwrite": (
        "equity.set_release_instruction",
        "brokerAccount",
        ["MSSB-ACCT-7731", "MSSB-ACCT-1184", "MSSB-ACCT-5530", "MSSB-ACCT-0962"],
    ),
    "reqmap": {"bwrite": 1, "list": 1},
    "env": env_equity,
    "start": datetime(2026, 11, 16, 9, 0),
    "req": [
        "Priya Raman's RSUs vested yesterday but the shares never hit her brokerage account. Can you figure out why?",
        "We're closing the Q4 vest. Please check every grant vesting on 2026-11-15 for sell-to-cover issues.",
        "An ex-employee, Tom Beck, says his options expired early. He left 2026-08-01. Verify the post-termination exercise window.",
    ],
    "ids": [
        "RSU-2023-00412",
        "RSU-2023-00419",
        "RSU-2024-00107",
        "RSU-2024-00155",
        "RSU-2024-00163",
        "ISO-2022-00081",
        "RSU-2025-00012",
        "RSU-2025-00044",
    ],
    "get": ("equity.get_grant", "grantId"),
    "fields": {
        "vestStatus": ["VESTED", "PENDING_RELEASE", "RELEASED", "HELD"],
        "sharesVesting": [125, 250, 312, 480],
        "taxMethod": ["sell_to_cover", "net_settle", "cash"],
        "broker": ["MSSB-ACCT-7731", "ETRADE-ACCT-2218", None],
    },
    "list": ("equity.list_vest_events", {"vestDate": "2026-11-15", "plan": "2021 EIP"}),
    "write": ("equity.set_release_instruction", "brokerAccount", "MSSB-ACCT-7731"),
    "poll": (
        "equity.get_release_batch",
        "batchId",
        "REL-1115-03",
        "AWAITING_FMV",
        ["AWAITING_FMV", "TAX_CALC", "SENT_TO_BROKER", "SETTLED"],
    ),
    "search": "equity.search_plan_docs",
    "err": (
        "equity.release_shares",
        {"grantId": "RSU-2024-00107", "tranche": 4},
        "409 NO_BROKER_ACCOUNT: participant has no linked brokerage account",
    ),
    "fix": [
        (
            {"grantId": "RSU-2024-00107", "tranche": 4, "brokerAccount": "MSSB-7731"},
            "422 ACCOUNT_FORMAT: expected MSSB-ACCT-NNNN",
        ),
        ({"grantId": "RSU-2024-00107", "tranche": 4, "brokerAccount": "MSSB-ACCT-7731"}, None),
    ],
    "toggle": ("equity.set_tax_method", "method", "sell_to_cover", "net_settle"),
    "bisect": ["FMV feed", "withholding rate table", "broker account link", "blackout flag"],
    "stuck": "Priya's release is queued with Morgan Stanley and should settle within two business days.",
    "nudges": [
        "Still not in her account.",
        "She's asking again.",
        "Any news?",
        "It's day three now.",
        "Can you confirm?",
    ],
    "para": [
        "Her shares are in Morgan Stanley's queue; settlement should happen within T+2.",
        "The release for Priya is with the broker and ought to land in her account in a couple of business days.",
        "Priya's vest has been sent to MSSB - give it up to two business days to show up.",
        "Morgan Stanley has the release; she should see the shares once it settles in about two days.",
        "It's queued at the broker, so expect the shares in her account within the standard two-day settlement.",
        "Nothing's wrong on our side - the release sits with MSSB and will settle T+2.",
    ],
    "mono": "Recomputing the supplemental withholding at 22% on the vest FMV.",
    "brief": [
        "Part 1: Priya's tranche 4 of RSU-2024-00107 vested 312 shares at FMV $41.87 on 2026-11-15.",
        "Part 2: sell-to-cover sold 109 shares for withholding (22% federal, 6.2% SS, 1.45% Medicare, 5% state).",
        "Part 3: the remaining 203 shares never released because her grant has no linked brokerage account - she joined after the broker migration.",
        "Part 4: once she links MSSB-ACCT-7731 in the portal I can release the 203 shares; they'd settle T+2.",
    ],
    "docs": [
        (
            "2021 EIP s.7.3",
            "RSUs settle within 30 days of vest; company may withhold shares for taxes",
        ),
        (
            "Grant agreement RSU-2024-00107",
            "4-year vest, quarterly after 1-year cliff, no acceleration",
        ),
        (
            "Insider trading policy",
            "Priya is not a designated insider, so no blackout applies to release",
        ),
        (
            "Broker migration memo 2025-06",
            "hires after 2025-06-01 must link an MSSB account themselves",
        ),
    ],
    "summ": "{doc}: {s}.",
    "plan": [
        "look up her grant",
        "check the 11/15 vest events",
        "set her broker instruction",
        "re-release the shares",
    ],
    "plan_verb": "For Priya's vest",
    "question": "Should I re-release her shares through sell-to-cover again, or switch her to net settlement?",
    "answers": ["Keep sell-to-cover.", "Sell-to-cover, as I said.", "Sell to cover!"],
    "clarify": [
        ("Keep sell-to-cover, or switch her to net settlement?", "Keep sell-to-cover."),
        ("Use the 22% supplemental rate, or her W-4 rate?", "22% supplemental."),
        ("Should I email her, or will you?", "You email her."),
    ],
    "queries": [
        "RSU release no broker",
        "release shares missing broker account",
        "no brokerage account RSU",
        "RSU broker link missing",
        "shares not released broker",
    ],
    "refine": [
        ("release", 390),
        ("release broker account", 41),
        ("release broker account migration 2025", 6),
        ("broker migration new hires link MSSB", 1),
    ],
    "voice": "equity",
}

D["fuel_terminal_loading_rack"] = {
    "toggle_target": ("bay", 5),
    "act": (
        "tas.authorize_preset",
        {
            "bay": 3,
            "card": "DRV-20881",
            "product": "ULSD",
            "gallons": 7950,
            "consignee": "QF-118",
            "supplier": "MOTIVA",
            "additive": "GENX-S",
        },
    ),
    "bwrite": ("tas.set_allocation", "allocatedGal", [9000, 8500, 4500, 9000]),
    "reqmap": {"bwrite": 0, "docs": 1, "poll": 1, "toggle": 1, "refine": 2},
    "env": env_rack,
    "start": datetime(2026, 7, 7, 4, 40),
    "req": [
        "Driver on bay 3 says the preset won't authorize for his load of ULSD to Quick Fuel #118. Can you check the TAS?",
        "Bay 5 meter M5-2 proved out of tolerance this morning. Please take it out of service and move its loads.",
        "Carrier Rio Bravo's drivers keep getting refused at the card reader. Figure out why and fix it.",
    ],
    "ids": [
        "BOL-7731204",
        "BOL-7731209",
        "BOL-7731215",
        "BOL-7731220",
        "BOL-7731226",
        "BOL-7731231",
        "BOL-7731238",
        "BOL-7731244",
    ],
    "get": ("tas.get_bol", "bol"),
    "fields": {
        "product": ["ULSD", "RUL87", "PUL91", "B5"],
        "grossGal": [7950, 8500, 4200, 8800],
        "bay": [1, 3, 5, 6],
        "additive": ["GENX-S", "none", "lubricity"],
    },
    "list": ("tas.list_loads", {"terminal": "T-TX-0418", "shift": "night"}),
    "write": ("tas.set_allocation", "allocatedGal", 9000),
    "poll": (
        "tas.get_meter_proving",
        "provingId",
        "PRV-5-2-0707",
        "RUNNING",
        ["RUNNING", "RUN_2_OF_3", "RUN_3_OF_3", "PASSED"],
    ),
    "search": "tas.search_driver_log",
    "err": (
        "tas.authorize_preset",
        {"bay": 3, "card": "DRV-20881", "product": "ULSD", "gallons": 7950},
        "AUTH DENIED code 14: customer 118 allocation exhausted (0 gal remaining)",
    ),
    "fix": [
        (
            {
                "bay": 3,
                "card": "DRV-20881",
                "product": "ULSD",
                "gallons": 7950,
                "consignee": "QF-118",
                "supplier": "VALERO",
            },
            "AUTH DENIED code 22: supplier VALERO has no lifting agreement for consignee QF-118",
        ),
        (
            {
                "bay": 3,
                "card": "DRV-20881",
                "product": "ULSD",
                "gallons": 7950,
                "consignee": "QF-118",
                "supplier": "MOTIVA",
            },
            None,
        ),
    ],
    "toggle": ("tas.set_bay_state", "state", "IN_SERVICE", "OUT_OF_SERVICE"),
    "bisect": [
        "card reader",
        "preset controller",
        "additive injector",
        "ground/overfill permissive",
    ],
    "stuck": "I've raised Quick Fuel's allocation request with the supplier; the preset should authorize once it clears.",
    "nudges": [
        "Driver's still waiting on bay 3.",
        "Anything yet?",
        "He's been here 40 min.",
        "Bay 3?",
        "Is the allocation in?",
    ],
    "para": [
        "The allocation request for Quick Fuel is with the supplier; the driver can load once it clears.",
        "Supplier still has to approve #118's allocation bump; then bay 3 will authorize.",
        "I've asked for more allocation on QF-118 - as soon as that goes through the preset will accept.",
        "Bay 3 will authorize once the supplier clears Quick Fuel's extra gallons.",
        "It's waiting on the supplier to top up QF-118; no change on our side until then.",
        "Allocation top-up for 118 is pending with the supplier; the preset authorizes right after.",
    ],
    "mono": "Checking the bay 3 permissives and the consignee allocation table.",
    "brief": [
        "1) Bay 3 refused DRV-20881 with code 14: QF-118 has 0 gal of ULSD allocation left with Valero.",
        "2) QF-118 also has a lifting agreement with Motiva at this terminal with 22,400 gal left this month.",
        "3) Switching supplier on the BOL to Motiva is allowed by the consignee's standing instructions.",
        "4) If you approve I'll authorize 7,950 gal under Motiva and note the switch on BOL-7731204.",
    ],
    "docs": [
        (
            "Proving report PRV-5-2-0707",
            "3 runs, meter factor 1.0031, 0.31% out of the 0.25% tolerance",
        ),
        ("Bay 5 maintenance log", "strainer replaced 2026-07-01 on M5-2"),
        (
            "Weights & measures rule",
            "out-of-tolerance meter must be sealed out of service until re-proved",
        ),
        ("Load schedule bay 5", "four loads before 10:00, all RUL87"),
    ],
    "summ": "{doc}: {s}.",
    "plan": [
        "pull the BOL",
        "check tonight's loads for QF-118",
        "set the allocation",
        "authorize the preset",
    ],
    "plan_verb": "Bay 3 plan",
    "question": "Is it OK to switch the load to Motiva supply for QF-118, or do they require Valero?",
    "answers": ["Motiva is fine.", "Motiva is fine, I told you.", "Yes Motiva."],
    "clarify": [
        ("Can I switch QF-118's load to Motiva supply?", "Yes, Motiva is fine."),
        ("Full 7,950 gal, or split?", "Full load."),
        ("Should I inject GENX-S additive as usual?", "Yes, as usual."),
    ],
    "queries": [
        "DRV-20881 refusal",
        "refusal DRV-20881 card",
        "card refused 20881",
        "driver 20881 denied",
        "20881 card deny",
    ],
    "refine": [
        ("refused", 77),
        ("refused Rio Bravo", 14),
        ("refused Rio Bravo code 31", 4),
        ("Rio Bravo code 31 H2S cert expired", 1),
    ],
    "voice": "rack",
}

D["timeshare_points_exchange"] = {
    "act": (
        "exchange.request_exchange",
        {
            "memberId": "MBR-88120455",
            "region": "HI-Maui",
            "checkInFrom": "2026-03-13",
            "unit": ["2BR", "1BR"],
        },
    ),
    "bwrite": ("member.save_points", "savedPoints", [12000, 44500, 2600, 9800]),
    "reqmap": {
        "list": 1,
        "bwrite": 1,
        "docs": 1,
        "write": 1,
        "poll": 2,
        "queries": 1,
        "refine": 1,
        "bisect": 1,
    },
    "env": env_timeshare,
    "start": datetime(2026, 1, 12, 17, 0),
    "req": [
        "Member 88120455 wants to deposit her 2026 week at Marriott Ocean Pointe and exchange into Maui for spring break. Can you set it up?",
        "The Hendersons' points didn't roll over from 2025. They say they saved them in October. Please check.",
        "Member 88119002's ongoing search for Orlando over Thanksgiving hasn't matched. See if there's anything we can do.",
    ],
    "ids": [
        "MBR-88120455",
        "MBR-88119002",
        "MBR-88117730",
        "MBR-88121148",
        "MBR-88120012",
        "MBR-88118856",
        "MBR-88121590",
        "MBR-88119341",
    ],
    "get": ("member.get_account", "memberId"),
    "fields": {
        "tier": ["Silver", "Gold", "Platinum"],
        "pointsAvailable": [12000, 44500, 2600, 98000],
        "homeResort": ["Ocean Pointe FL", "Grande Vista FL", "Desert Springs CA"],
        "duesStatus": ["current", "past_due", "current"],
    },
    "list": (
        "member.search_accounts",
        {"homeResort": "Ocean Pointe FL", "flag": "points_expiring"},
    ),
    "write": ("member.save_points", "savedPoints", 12000),
    "poll": (
        "exchange.get_ongoing_search",
        "searchId",
        "OS-551902",
        "SEARCHING",
        ["SEARCHING", "SEARCHING", "MATCH_FOUND", "CONFIRMED"],
    ),
    "search": "kb.search_articles",
    "err": (
        "exchange.deposit_week",
        {"memberId": "MBR-88120455", "resort": "Ocean Pointe FL", "week": 11, "year": 2026},
        "DEPOSIT_REJECTED: maintenance fees for 2026 not paid (balance $1,284.00)",
    ),
    "fix": [
        (
            {
                "memberId": "MBR-88120455",
                "resort": "Ocean Pointe FL",
                "week": 11,
                "year": 2026,
                "feesPaidRef": "PMT-44012",
            },
            "DEPOSIT_REJECTED: payment PMT-44012 still pending clearance",
        ),
        (
            {
                "memberId": "MBR-88120455",
                "resort": "Ocean Pointe FL",
                "week": 11,
                "year": 2026,
                "feesPaidRef": "PMT-44019",
            },
            None,
        ),
    ],
    "toggle": ("exchange.set_hold", "state", "HOLD", "RELEASE"),
    "bisect": ["points save window", "dues status", "prior-year borrow", "expiry date"],
    "stuck": "I've put in the exchange request for Maui; you'll get a confirmation email within 24 hours.",
    "nudges": [
        "She hasn't got the email.",
        "Did it work?",
        "Still no confirmation.",
        "She's calling back.",
        "Any update on Maui?",
    ],
    "para": [
        "The Maui exchange request is in; a confirmation email should follow within a day.",
        "Her spring-break request for Maui has been submitted - expect the confirmation by email in 24 hours.",
        "I've requested the exchange into Maui and the email confirmation will come through soon.",
        "The Maui request has gone in; she'll see a confirmation in her inbox within a day.",
        "Request for the Maui exchange is submitted and confirmation will be emailed to her shortly.",
        "It's in for Maui - confirmation arrives by email, usually within 24 hours.",
    ],
    "mono": "Looking at Maui 2BR availability for the week of March 14.",
    "brief": [
        "First, the deposit: Ocean Pointe week 11 of 2026 can be deposited once the $1,284 maintenance fee clears.",
        "Second, trading power: a peak-season 2BR at Ocean Pointe is worth 31 exchange points.",
        "Third, Maui: Ka'anapali Beach Club 2BR for 2026-03-14 needs 34 points, so she'd need 3 more points or a 1BR at 24.",
        "Fourth, my suggestion: take the 1BR at Ka'anapali and bank the 7 leftover points until 2027.",
    ],
    "docs": [
        (
            "KB-2291 Points saving",
            "points must be saved by 2025-09-30 to roll to the next use year",
        ),
        ("KB-1187 Borrowing", "members may borrow up to 50% of next year's points"),
        (
            "Call log 2025-10-14",
            "Hendersons asked to save points on 2025-10-14, two weeks after the deadline",
        ),
        ("Exception policy EX-4", "one late save per membership may be granted by a supervisor"),
    ],
    "summ": "{doc} says {s}.",
    "plan": [
        "check her account",
        "look up linked accounts",
        "save her unused points",
        "request the Maui exchange",
    ],
    "plan_verb": "Plan for the Maui exchange",
    "question": "Is she OK with a 1BR if no 2BR comes up for March 14?",
    "answers": ["Yes, a 1BR is fine.", "Yes, I said 1BR is fine.", "1BR. Fine."],
    "clarify": [
        ("Is a 1BR OK if no 2BR comes up?", "Yes."),
        ("Must it be check-in 14 March, or is the 13th OK?", "13th works too."),
        ("Any resort in Maui, or Ka'anapali only?", "Any Maui resort."),
    ],
    "queries": [
        "late points save",
        "points saved after deadline",
        "save points late exception",
        "late save points rule",
        "missed save deadline points",
    ],
    "refine": [
        ("points", 512),
        ("points save deadline", 36),
        ("points save deadline exception supervisor", 5),
        ("exception EX-4 late save", 1),
    ],
    "voice": "member",
}

D["cathodic_protection_surveys"] = {
    "toggle_target": ("rectifierId", "R-14-07"),
    "act": (
        "cp.create_work_order",
        {
            "asset": "R-14-07",
            "priority": "P2",
            "scope": "re-survey MP 22.0-22.8",
            "criterion": "-850mV_polarized",
        },
    ),
    "bwrite": (
        "cp.schedule_reading",
        "dueDate",
        ["2026-10-08", "2026-10-08", "2026-10-09", "2026-10-13"],
    ),
    "reqmap": {"bwrite": 2, "list": 2, "err": 1, "write": 1, "toggle": 1, "bisect": 1},
    "env": env_cp,
    "start": datetime(2026, 10, 5, 7, 15),
    "req": [
        "The annual CIS on Line 14 shows a dip at MP 22.4. Can you work out whether it's below -850 mV instant-off and log it?",
        "Rectifier R-14-07 has been reading 0 A since Friday. Please check it and get a tech out if needed.",
        "PHMSA audit is next month. Pull every test station on Line 9 that missed its annual reading and schedule them.",
    ],
    "ids": [
        "TS-14-0221",
        "TS-14-0224",
        "TS-14-0230",
        "TS-09-0112",
        "TS-09-0118",
        "TS-09-0131",
        "TS-14-0240",
        "TS-09-0140",
    ],
    "get": ("cp.get_test_station", "stationId"),
    "fields": {
        "onMv": [-1120, -980, -1045, -1210],
        "offMv": [-870, -842, -905, -818],
        "lastRead": ["2025-09-14", "2025-10-02", "2024-11-20"],
        "coupon": ["yes", "no"],
    },
    "list": ("cp.list_overdue_stations", {"line": "L-09", "asOf": "2026-10-05"}),
    "write": ("cp.set_rectifier_output", "tapSetting", "C3-F2"),
    "poll": (
        "cp.get_interrupter_sync",
        "syncId",
        "SYNC-L14-1005",
        "WAITING_GPS",
        ["WAITING_GPS", "SYNCING", "SYNCED", "CYCLING"],
    ),
    "search": "cp.search_survey_notes",
    "err": (
        "cp.create_work_order",
        {"asset": "R-14-07", "priority": "P2", "crew": "CP-TECH-3"},
        "ERR 417 crew CP-TECH-3 not qualified for AC-powered rectifier (OQ task 0431 lapsed)",
    ),
    "fix": [
        (
            {"asset": "R-14-07", "priority": "P2", "crew": "CP-TECH-5"},
            "ERR 409 crew CP-TECH-5 is on leave until 2026-10-12",
        ),
        ({"asset": "R-14-07", "priority": "P2", "crew": "CP-TECH-2"}, None),
    ],
    "toggle": ("cp.set_rectifier_output", "tapSetting", "C3-F2", "C2-F4"),
    "bisect": ["AC breaker", "transformer tap", "stack diodes", "DC negative cable"],
    "stuck": "I've logged the MP 22.4 reading as a possible deficiency and asked the survey crew to re-shoot it.",
    "nudges": [
        "Has the crew re-shot it?",
        "Compliance wants the number.",
        "Anything?",
        "Is 22.4 under criterion or not?",
        "Ping.",
    ],
    "para": [
        "MP 22.4 is logged as a possible deficiency; the crew has been asked to re-shoot that span.",
        "I've requested a re-survey at 22.4 and noted it as a potential low reading in the log.",
        "The dip at 22.4 is flagged and a re-shoot is requested from the survey crew.",
        "22.4 stays flagged as possibly under criterion until the crew re-measures it.",
        "Logged as a potential deficiency; the field crew will redo the CIS at MP 22.4.",
        "MP 22.4: flagged, re-shoot requested, waiting on the crew.",
    ],
    "mono": "Comparing the instant-off potential at MP 22.4 against the -850 mV criterion.",
    "brief": [
        "Section A: the CIS at MP 22.4 shows on -1,020 mV, instant-off -812 mV over about 180 ft.",
        "Section B: that's 38 mV short of the -850 mV polarized criterion; 100 mV shift can't be used, no native data there.",
        "Section C: the nearest rectifier R-14-07 has been at 0 A since Friday, which explains the low potential.",
        "Section D: fix the rectifier first, then re-shoot 22.0-22.8 after 72 hours of polarization.",
    ],
    "docs": [
        ("CIS 2026 L14 seg 3", "instant-off -812 mV at MP 22.40-22.43, on -1,020 mV"),
        ("Rectifier log R-14-07", "0.0 A / 0.0 V since 2026-10-02 21:14, AC input present"),
        ("2023 DCVG", "coating holiday 14% IR at MP 22.41"),
        ("O&M procedure CP-104", "deficiency must be corrected before next annual survey"),
    ],
    "summ": "{doc}: {s}.",
    "plan": [
        "pull the test station data",
        "list overdue stations nearby",
        "raise the rectifier tap",
        "schedule the re-survey",
    ],
    "plan_verb": "MP 22.4 plan",
    "question": "Should I use the -850 mV polarized criterion here, or the 100 mV shift?",
    "answers": ["Use -850 polarized.", "-850 polarized. Same as before.", "-850!"],
    "clarify": [
        ("-850 mV polarized criterion, or 100 mV shift?", "-850 polarized."),
        ("Re-shoot 22.0 to 22.8, or a wider span?", "22.0 to 22.8."),
        ("Work order priority P2 OK?", "P2 is fine."),
    ],
    "queries": [
        "MP 22.4 dip",
        "low reading 22.4",
        "22.4 low potential",
        "dip near milepost 22.4",
        "22.4 under criterion",
    ],
    "refine": [
        ("Line 14", 320),
        ("Line 14 low off", 27),
        ("Line 14 low off seg 3 2026", 4),
        ("seg 3 MP 22.40 holiday DCVG", 1),
    ],
    "voice": "cp",
}

DOMAIN_NAMES = list(D)


# --- helpers that build observations -------------------------------------------------------


class Ctx:
    def __init__(self, dom: str, rid: str, kind: str) -> None:
        self.kind = kind
        self.name = dom
        self.d = D[dom]
        digest = hashlib.sha256(("%d:%s" % (SEED, rid)).encode()).hexdigest()
        self.rng = random.Random(int(digest[:16], 16))
        self.clk = Clock(self.rng, self.d["start"])

    def obs(self, name: str, body) -> str:
        return self.d["env"](self.rng, self.clk, name, body)

    def err_obs(self, name: str, msg: str) -> str:
        return self.d["env"](self.rng, self.clk, name, {"error": msg})

    def fixed_record(self, rid: str) -> dict:
        r = random.Random(rid)
        key = self.d["get"][1]
        rec = {key: rid}
        for f, vals in self.d["fields"].items():
            rec[f] = r.choice(vals)
        return rec

    def get_step(self, rid: str, fixed: dict | None = None) -> dict:
        tname, key = self.d["get"]
        rec = self.fixed_record(rid)
        if fixed:
            rec.update(fixed)
        return tool(tname, {key: rid}, self.obs(tname, rec))

    def opening(self, n_calls: int | None = None) -> list:
        d = self.d
        req = d["req"][d["reqmap"].get(TOPIC[self.kind], 0)]
        steps = [llm(self.rng.choice(OPENERS[d["voice"]]), req)]
        n = n_calls if n_calls is not None else self.rng.randint(1, 2)
        ids = self.rng.sample(d["ids"][:3], n)
        steps.extend(self.get_step(i) for i in ids)
        return steps


OPENERS = {
    "manifest": [
        "Pulling the manifest record from e-Manifest first.",
        "Let me look at the manifest data before touching anything.",
    ],
    "flight": [
        "Checking the airspace and your existing requests.",
        "Let me look up the grid and any open authorizations.",
    ],
    "clinic": ["I'll pull the current schedule first.", "Checking the chart and the chair census."],
    "claims": ["Opening the claim file.", "Let me pull the arb claim and the sale record."],
    "equity": ["Looking up the grant and the vest event.", "I'll start with the grant record."],
    "rack": ["Querying the TAS for that load.", "Pulling the BOL and bay status from the TAS."],
    "member": ["Let me open the member account.", "Pulling up the account first."],
    "cp": [
        "Querying the CP database for the station data.",
        "Let me pull the test station history.",
    ],
}


PH = {
    "manifest": {
        "narrow": "Too broad - adding the F-list and the solvent names.",
        "ack": "OK, I have the manifest and the generator profile.",
        "retry": "e-Manifest threw that again; resubmitting the signature.",
        "recheck": "Re-running the Received search for TXD988012345.",
        "nextpage": "More manifests behind this page, grabbing the next set.",
        "rewrite": "The correction shows but I'm not confident CDX saved it; submitting Item 11 again.",
        "wait": "Correction still sits at {st}. Backing off longer before the next check.",
        "restart": "Let me start over with step 1.",
        "churn": "Nothing under that wording. Trying another phrasing for the waste code.",
        "item": "Item 11 on {rid} corrected to {v}; CDX accepted it.",
        "done_all": "Every manifest on the list now carries the corrected quantity.",
        "adjust": "Different rejection this time - fixing what it names.",
        "good": "Signature accepted; 913ELC is certified.",
        "paged": "That's every page of Received manifests: {n} in all.",
        "checked": "Those five manifests are reviewed - two still need TSDF signatures.",
        "verified": "Three corrections written and each one read back with the new quantity.",
        "finished": "The correction submission is {st}.",
        "found": "F005 it is - toluene spent solvent, non-halogenated.",
        "applied": "Correction filed with those choices.",
        "step": "Step {k} done. Next: {nxt}.",
        "clear": "{c} matches the BOL, so it isn't the source.",
        "culprit": "Discrepancy only appears on {c} - that's the line to correct.",
        "undo": "Switching discrepancyType back, the other one fits better.",
        "person_retry": "Try signing it again.",
    },
    "flight": {
        "narrow": "Too many hits; tightening to the obstruction radius.",
        "ack": "Got the grid ceiling and your open requests.",
        "retry": "Submission rejected, sending it again.",
        "recheck": "Refreshing the request list.",
        "nextpage": "Loading the next batch of authorizations.",
        "rewrite": "App still might not have the new ceiling. Pushing the volume update once more.",
        "wait": "FC request still {st}. I'll give it longer this time.",
        "restart": "Okay, back to step 1 then.",
        "churn": "No NOTAM came back; rewording the search.",
        "item": "{rid}: ceiling set to {v} ft, UAS service supplier acknowledged.",
        "done_all": "All four operation volumes are at the new altitude.",
        "adjust": "New reason from the FAA side, changing the request.",
        "good": "Approved - reference code sent to the pilot app.",
        "paged": "Went through all {n} pages of this week's requests.",
        "checked": "Those five authorizations are checked; one expires before the flight.",
        "verified": "Three volumes updated, each read back at 100 ft.",
        "finished": "ATC decision is in: {st}.",
        "found": "There it is - the crane NOTAM, 180 ft AGL, lit.",
        "applied": "Filed with your answers.",
        "step": "{k} of 4 complete. Now: {nxt}.",
        "clear": "{c} is fine with the new shape, moving on.",
        "culprit": "Conflict shows only for {c}; that's the grid to split out.",
        "undo": "Circle doesn't cover the roof, going back to polygon.",
        "person_retry": "Just resubmit it.",
    },
    "clinic": {
        "narrow": "Fewer notes now, narrowing by department and year.",
        "ack": "I have his chart and the chair census open.",
        "retry": "The booking was refused again; I'll resend it.",
        "recheck": "Let me pull the TTS-1 roster once more.",
        "nextpage": "Next page of the roster.",
        "rewrite": "To be safe I'll re-assign chair 11 once more so the charge nurse sees it.",
        "wait": "Transfer packet is {st}. I'll check back in a bit longer.",
        "restart": "Starting the steps again from the beginning.",
        "churn": "No note found; let me search with other words.",
        "item": "{rid} assigned to chair {v}; charge nurse notified.",
        "done_all": "Everyone on the third shift has a chair now.",
        "adjust": "It's a different problem now - correcting the booking.",
        "good": "Booked. Ms. Greer has her first treatment on the 10th.",
        "paged": "All {n} pages of the TTS-1 roster reviewed.",
        "checked": "Five patient schedules checked; no other conflicts.",
        "verified": "Three patients moved and each schedule shows the new chair.",
        "finished": "The transfer packet is {st}.",
        "found": "Found the social work note with his employment letter.",
        "applied": "Chair assigned with your choices.",
        "step": "Done with step {k}. Next step: {nxt}.",
        "clear": "{c} checks out.",
        "culprit": "{c} reproduces the alarm - biomed should replace it.",
        "undo": "Moving him back to chair 7.",
        "person_retry": "Can you try booking her again?",
    },
    "claims": {
        "narrow": "Getting closer, adding the damage specifics.",
        "ack": "Claim file and sale record loaded.",
        "retry": "Inspector assignment failed - retrying.",
        "recheck": "Pulling the open claims list again.",
        "nextpage": "Next page of lane 12 claims.",
        "rewrite": "Resolution reads right but I'll set it again in case the seller portal cached the old one.",
        "wait": "PSI still {st}. Waiting longer before I check.",
        "restart": "I'll restart the checklist from the top.",
        "churn": "Policy search came back empty; trying another phrasing.",
        "item": "Claim {rid} resolution set to {v}.",
        "done_all": "All four claims from lane 12 are resolved.",
        "adjust": "Another validation problem, fixing it.",
        "good": "Inspector INS-2975 assigned; PSI booked.",
        "paged": "Read all {n} pages of claims for the sale.",
        "checked": "Five claims reviewed - two are past the window.",
        "verified": "Three resolutions written and each reads back correctly.",
        "finished": "PSI is {st}.",
        "found": "Policy 4.2: undisclosed structural damage, buyback required.",
        "applied": "Resolution recorded per your answers.",
        "step": "Step {k} complete; on to {nxt}.",
        "clear": "{c} doesn't contradict the claim.",
        "culprit": "It's {c} - that's where the seller misrepresented.",
        "undo": "Price adjust undercuts policy; flipping it back.",
        "person_retry": "Try assigning again.",
    },
    "equity": {
        "narrow": "Narrowing to the broker migration.",
        "ack": "Grant and vest event pulled.",
        "retry": "Release call failed again, retrying.",
        "recheck": "Re-listing the 11/15 vest events.",
        "nextpage": "Fetching more vest events.",
        "rewrite": "The portal might be caching; re-sending the broker instruction.",
        "wait": "Batch is {st} still - backing off and checking later.",
        "restart": "Let me restart the plan at step 1.",
        "churn": "No article matched - rephrasing.",
        "item": "Release instruction for {rid} now points at {v}.",
        "done_all": "All four grants now have a broker instruction.",
        "adjust": "Different validation error - correcting the argument.",
        "good": "Released; 203 shares on their way to MSSB-ACCT-7731.",
        "paged": "All {n} pages of vest events read.",
        "checked": "Five grants checked; only RSU-2024-00107 is stuck.",
        "verified": "Three instructions written and confirmed on read-back.",
        "finished": "Release batch is {st}.",
        "found": "That's it: post-migration hires must link MSSB themselves.",
        "applied": "Done with your settings.",
        "step": "Step {k} finished. Next up: {nxt}.",
        "clear": "{c} looks normal.",
        "culprit": "{c} is the break - that's why nothing released.",
        "undo": "Net settle changes her share count; reverting to sell-to-cover.",
        "person_retry": "Please retry the release.",
    },
    "rack": {
        "narrow": "Fewer hits; adding the deny code.",
        "ack": "BOL and bay status read from the TAS.",
        "retry": "Auth denied again. Re-sending preset.",
        "recheck": "Re-query load list.",
        "nextpage": "Next block of loads.",
        "rewrite": "Allocation shows 9000 but the preset might read stale; writing it again.",
        "wait": "Proving still {st}. Longer wait before next read.",
        "restart": "Restarting from step 1.",
        "churn": "Driver log has nothing under that. Different wording.",
        "item": "{rid}: allocation set to {v} gal.",
        "done_all": "All four BOLs have their allocation set.",
        "adjust": "New deny code - changing the preset request.",
        "good": "Preset authorized, bay 3 loading 7,950 gal ULSD.",
        "paged": "Went through {n} pages of night loads.",
        "checked": "Five BOLs checked against the meter tickets.",
        "verified": "Three allocations written, each confirmed by read-back.",
        "finished": "Proving is {st}.",
        "found": "Found it: code 31, Rio Bravo drivers' H2S cards expired.",
        "applied": "Preset authorized with your choices.",
        "step": "Step {k} done -> {nxt}.",
        "clear": "{c} OK.",
        "culprit": "Permissive fails only at {c}. That's the fault.",
        "undo": "Putting the bay back in service.",
        "person_retry": "Send it again.",
    },
    "member": {
        "narrow": "Down to a handful; adding the exception terms.",
        "ack": "I have the member account open.",
        "retry": "The deposit didn't go through; trying again.",
        "recheck": "Let me run the member search again.",
        "nextpage": "Loading more member accounts.",
        "rewrite": "Points show saved, but I'll save them once more to be safe.",
        "wait": "Ongoing search is still {st}. I'll give it more time.",
        "restart": "Let me go back to the first step.",
        "churn": "No article under that; trying other words.",
        "item": "Saved {v} points for {rid}.",
        "done_all": "All four members' points are saved.",
        "adjust": "It's rejecting for a new reason; updating the deposit.",
        "good": "Deposit accepted; week 11 is in the exchange pool.",
        "paged": "Looked through all {n} pages of member accounts.",
        "checked": "I've reviewed five accounts.",
        "verified": "Three members' points saved and confirmed.",
        "finished": "Ongoing search result: {st}.",
        "found": "Found the exception policy EX-4.",
        "applied": "Request placed with her preferences.",
        "step": "Step {k} is done; next, {nxt}.",
        "clear": "{c} is in order.",
        "culprit": "The problem is {c}.",
        "undo": "Releasing the hold again.",
        "person_retry": "Could you try the deposit again?",
    },
    "cp": {
        "narrow": "Narrowing to segment 3 and the survey year.",
        "ack": "Station data and rectifier history pulled.",
        "retry": "Work order rejected again; resubmitting.",
        "recheck": "Re-pulling the overdue station list.",
        "nextpage": "Next page of overdue stations.",
        "rewrite": "Tap setting reads back C3-F2 but the RMU may not have latched; writing it again.",
        "wait": "Interrupter sync still {st}. Extending the wait.",
        "restart": "Going back to step 1.",
        "churn": "No survey note; rewording the query.",
        "item": "{rid} booked for its annual reading on {v}.",
        "done_all": "All four overdue stations now have a reading booked before the audit.",
        "adjust": "Different error - changing the crew.",
        "good": "Work order WO-L14-2207 created for CP-TECH-2.",
        "paged": "All {n} pages of overdue stations listed.",
        "checked": "Five test stations pulled; two below criterion.",
        "verified": "Three readings scheduled and each station shows its new due date.",
        "finished": "Interrupters are {st}.",
        "found": "The 2023 DCVG note: 14% IR holiday at MP 22.41.",
        "applied": "Work order created with your answers.",
        "step": "Step {k} done; next is {nxt}.",
        "clear": "{c} tests good.",
        "culprit": "{c} is open - that's why output is 0 A.",
        "undo": "Output too high at C2-F4, back to C3-F2.",
        "person_retry": "Resubmit the WO.",
    },
}


# --- loop builders ----------------------------------------------------------------------------


def ph(ctx: Ctx, key: str, **kw) -> str:
    return PH[ctx.d["voice"]][key].format(**kw)


def lead_in(ctx: Ctx) -> list:
    """Sometimes the agent does a bit of real work before it gets stuck."""
    s = ctx.opening()
    if ctx.rng.random() < 0.4:
        s.append(llm(ph(ctx, "ack")))
    return s


def loop_exact_repeat(ctx: Ctx) -> list:
    d = ctx.d
    s = lead_in(ctx)
    reps = ctx.rng.randint(3, 6)
    nudges = list(d["nudges"])
    ctx.rng.shuffle(nudges)
    if ctx.rng.random() < 0.5 or len(s) < 3:
        s.append(llm(d["stuck"], ""))
    recheck = ctx.rng.random() < 0.4
    for i in range(reps):
        if recheck and i % 2 == 1:
            s.append(ctx.get_step(d["ids"][0]))
            s.append(llm(d["stuck"], ""))
        else:
            s.append(llm(d["stuck"], nudges[i % len(nudges)]))
    return s[:15]


def loop_paraphrased_repeat(ctx: Ctx) -> list:
    d = ctx.d
    s = lead_in(ctx)
    paras = list(d["para"])
    ctx.rng.shuffle(paras)
    reps = ctx.rng.randint(4, 6)
    peek = ctx.rng.randint(1, reps - 1) if ctx.rng.random() < 0.5 else -1
    for i in range(reps):
        if i == peek:
            s.append(ctx.get_step(d["ids"][0]))
        nud = d["nudges"][i % len(d["nudges"])] if ctx.rng.random() < 0.6 else ""
        s.append(llm(paras[i], nud))
    return s[:15]


def loop_ab_oscillation(ctx: Ctx) -> list:
    d = ctx.d
    tname, arg, a, b = d["toggle"]
    s = ctx.opening(1)
    key, target = d.get("toggle_target", (d["get"][1], d["ids"][0]))
    n = ctx.rng.choice([6, 7, 8, 9, 10])
    done = 0
    while done < n and len(s) < 15:
        val = a if done % 2 == 0 else b
        if ctx.rng.random() < 0.3 and len(s) + 2 <= 15 - (n - done - 1):
            s.append(llm(ph(ctx, "undo") if val == b else "Setting %s to %s." % (arg, val)))
        s.append(
            tool(
                tname,
                {key: target, arg: val},
                ctx.obs(
                    tname,
                    {key: target, arg: val, "previous": b if val == a else a, "applied": True},
                ),
            )
        )
        done += 1
    return s


def loop_failing_tool_retry(ctx: Ctx) -> list:
    d = ctx.d
    tname, args, msg = d["err"]
    s = ctx.opening()
    reps = ctx.rng.randint(3, 7)
    talk_at = ctx.rng.randint(0, reps - 1)
    for i in range(reps):
        s.append(tool(tname, dict(args), ctx.err_obs(tname, msg), True))
        if i == talk_at:
            if ctx.rng.random() < 0.5:
                s.append(llm(ph(ctx, "retry"), ph(ctx, "person_retry")))
            else:
                s.append(llm(ph(ctx, "retry")))
    return s[:15]


def loop_same_action_same_observation(ctx: Ctx) -> list:
    d = ctx.d
    lname, largs = d["list"]
    s = ctx.opening(1)
    items = [ctx.fixed_record(i) for i in d["ids"][:2]]
    reps = ctx.rng.randint(4, 7)
    talk_at = ctx.rng.randint(1, reps - 1)
    for i in range(reps):
        s.append(
            tool(
                lname,
                dict(largs, page=1),
                ctx.obs(lname, {"page": 1, "totalPages": 4, "items": items}),
            )
        )
        if i == talk_at:
            s.append(llm(ph(ctx, "recheck"), ""))
    return s[:15]


def loop_identical_monologue(ctx: Ctx) -> list:
    d = ctx.d
    s = ctx.opening()
    if ctx.rng.random() < 0.4:
        lname, largs = d["list"]
        items = [ctx.fixed_record(i) for i in d["ids"][:2]]
        s.append(tool(lname, dict(largs), ctx.obs(lname, {"items": items, "count": len(items)})))
    s.append(llm(ph(ctx, "ack")))
    reps = ctx.rng.randint(4, 8)
    for _ in range(reps):
        s.append(llm(d["mono"], ""))
    return s[:15]


def loop_identical_tool_calls(ctx: Ctx) -> list:
    d = ctx.d
    tname, key = d["get"]
    s = ctx.opening(1)
    rid = d["ids"][5]
    rec = ctx.fixed_record(rid)
    reps = ctx.rng.randint(4, 7)
    talk_at = ctx.rng.randint(0, 2)
    for i in range(reps):
        s.append(tool(tname, {key: rid}, ctx.obs(tname, dict(rec))))
        if i == talk_at:
            s.append(llm(ph(ctx, "ack")))
    return s[:15]


def loop_stale_cursor_paging(ctx: Ctx) -> list:
    d = ctx.d
    lname, largs = d["list"]
    s = ctx.opening(1)
    items = [ctx.fixed_record(i) for i in d["ids"][:3]]
    cursor = _hex(random.Random(ctx.name), 12)
    s.append(
        tool(
            lname,
            dict(largs),
            ctx.obs(lname, {"items": items, "nextCursor": cursor, "hasMore": True}),
        )
    )
    reps = ctx.rng.randint(3, 6)
    for i in range(reps):
        if i % 2 == 1:
            s.append(llm(ph(ctx, "nextpage"), ""))
        s.append(
            tool(
                lname,
                dict(largs, cursor=cursor),
                ctx.obs(lname, {"items": items, "nextCursor": cursor, "hasMore": True}),
            )
        )
    return s[:15]


def loop_write_verify_rewrite(ctx: Ctx) -> list:
    d = ctx.d
    wname, field, value = d["write"]
    gname, key = d["get"]
    rid = d["ids"][2]
    s = ctx.opening(1)
    rec = ctx.fixed_record(rid)
    rec[field] = value
    cycles = ctx.rng.randint(3, 5)
    for i in range(cycles):
        s.append(
            tool(
                wname,
                {key: rid, field: value},
                ctx.obs(wname, {key: rid, field: value, "accepted": True}),
            )
        )
        s.append(tool(gname, {key: rid}, ctx.obs(gname, rec)))
        if i < cycles - 1 and ctx.rng.random() < 0.6:
            s.append(llm(ph(ctx, "rewrite"), ""))
    return s[:15]


def loop_unchanging_status_poll_backoff(ctx: Ctx) -> list:
    d = ctx.d
    pname, pkey, pid, stuck, _ = d["poll"]
    s = lead_in(ctx)
    wait = ctx.rng.choice([5, 10, 15, 30])
    reps = ctx.rng.randint(4, 7)
    for i in range(reps):
        s.append(
            tool(
                pname,
                {pkey: pid, "waitSeconds": wait},
                ctx.obs(pname, {pkey: pid, "status": stuck, "percent": 0}),
            )
        )
        if i % 2 == 1:
            s.append(llm(ph(ctx, "wait", st=stuck), ""))
        wait *= 2
    return s[:15]


def plan_text(ctx: Ctx) -> str:
    d = ctx.d
    return "%s: 1) %s; 2) %s; 3) %s; 4) %s." % (d["plan_verb"], *d["plan"])


def loop_plan_reset(ctx: Ctx) -> list:
    d = ctx.d
    s = ctx.opening(1)
    gname, key = d["get"]
    rid = d["ids"][0]
    rec = ctx.fixed_record(rid)
    cycles = ctx.rng.randint(3, 5)
    for i in range(cycles):
        lead = "" if i == 0 else ph(ctx, "restart") + " "
        s.append(llm(lead + plan_text(ctx), ""))
        s.append(tool(gname, {key: rid}, ctx.obs(gname, rec)))
    return s[:15]


def loop_reasked_clarification(ctx: Ctx) -> list:
    d = ctx.d
    s = lead_in(ctx)
    q = d["question"]
    answers = d["answers"]
    reps = ctx.rng.randint(3, 4)
    prev = ""
    for i in range(reps):
        s.append(llm(q, prev))
        prev = answers[min(i, len(answers) - 1)]
    s.append(llm(q, prev))
    return s[:15]


def loop_query_reformulation_churn(ctx: Ctx) -> list:
    d = ctx.d
    sname = d["search"]
    s = ctx.opening()
    qs = list(d["queries"])
    ctx.rng.shuffle(qs)
    reps = ctx.rng.randint(4, 5)
    talk_at = ctx.rng.randint(0, reps - 2)
    for i in range(reps):
        s.append(
            tool(
                sname,
                {"query": qs[i], "limit": 10},
                ctx.obs(sname, {"query": qs[i], "total": 0, "hits": []}),
            )
        )
        if i == talk_at:
            s.append(llm(ph(ctx, "churn"), ""))
    return s[:15]


# --- progress builders ------------------------------------------------------------------------


def prog_per_item_confirmation(ctx: Ctx) -> list:
    d = ctx.d
    wname, field, vals = d["bwrite"]
    key = d["get"][1]
    s = ctx.opening()
    n = ctx.rng.randint(3, 4)
    for k, rid in enumerate(d["ids"][2 : 2 + n]):
        value = vals[k]
        s.append(
            tool(
                wname,
                {key: rid, field: value},
                ctx.obs(wname, {key: rid, field: value, "accepted": True}),
            )
        )
        ask = "Next one is %s." % rid if k and ctx.rng.random() < 0.5 else ""
        s.append(llm(ph(ctx, "item", rid=rid, v=value), ask))
    s.append(llm(ph(ctx, "done_all"), ""))
    return s[:15]


def prog_summarising_related_documents(ctx: Ctx) -> list:
    d = ctx.d
    sname = d["search"]
    s = ctx.opening(1)
    docs = list(d["docs"])
    if ctx.rng.random() < 0.4:
        docs = docs[:3]
    for doc, summ in docs:
        s.append(
            tool(
                sname,
                {"query": doc, "limit": 1},
                ctx.obs(sname, {"total": 1, "hits": [{"id": doc, "excerpt": summ}]}),
            )
        )
        s.append(llm(d["summ"].format(doc=doc, s=summ), ""))
    return s[:15]


def prog_bisect_toggle(ctx: Ctx) -> list:
    d = ctx.d
    tname, arg, a, b = d["toggle"]
    key, target = d.get("toggle_target", (d["get"][1], d["ids"][0]))
    s = ctx.opening(1)
    comps = d["bisect"]
    culprit = ctx.rng.randint(1, len(comps) - 1)
    for i, comp in enumerate(comps[: culprit + 1]):
        s.append(
            tool(
                tname,
                {key: target, arg: a, "scope": comp},
                ctx.obs(tname, {"scope": comp, arg: a, "fault_present": i == culprit}),
            )
        )
        if i == culprit:
            s.append(llm(ph(ctx, "culprit", c=comp)))
            break
        s.append(
            tool(
                tname,
                {key: target, arg: b, "scope": comp},
                ctx.obs(tname, {"scope": comp, arg: b, "restored": True}),
            )
        )
        s.append(llm(ph(ctx, "clear", c=comp)))
    return s[:15]


def prog_retry_with_corrected_argument(ctx: Ctx) -> list:
    d = ctx.d
    tname, args, msg = d["err"]
    s = ctx.opening()
    s.append(tool(tname, dict(args), ctx.err_obs(tname, msg), True))
    for fargs, fmsg in d["fix"]:
        if ctx.rng.random() < 0.7:
            s.append(llm(ph(ctx, "adjust"), ""))
        if fmsg:
            s.append(tool(tname, fargs, ctx.err_obs(tname, fmsg), True))
        else:
            s.append(tool(tname, fargs, ctx.obs(tname, {"result": "accepted", "args": fargs})))
    s.append(llm(ph(ctx, "good"), ""))
    return s[:15]


def prog_paging_through_results(ctx: Ctx) -> list:
    d = ctx.d
    lname, largs = d["list"]
    s = ctx.opening(1)
    pages = 4
    per = 2
    talk_at = ctx.rng.randint(2, 3)
    for p in range(1, pages + 1):
        items = [ctx.fixed_record(i) for i in d["ids"][(p - 1) * per : p * per]]
        s.append(
            tool(
                lname,
                dict(largs, page=p),
                ctx.obs(lname, {"page": p, "totalPages": pages, "items": items}),
            )
        )
        if p == talk_at:
            s.append(llm(ph(ctx, "nextpage"), ""))
    s.append(llm(ph(ctx, "paged", n=pages), ""))
    return s[:15]


def prog_multi_part_briefing(ctx: Ctx) -> list:
    d = ctx.d
    s = ctx.opening()
    for part in d["brief"]:
        s.append(llm(part, ""))
    return s[:15]


def prog_batch_same_tool_distinct_args(ctx: Ctx) -> list:
    d = ctx.d
    tname, key = d["get"]
    s = ctx.opening(1)
    talk_at = ctx.rng.randint(0, 2)
    for k, rid in enumerate(d["ids"][3:8]):
        s.append(tool(tname, {key: rid}, ctx.obs(tname, ctx.fixed_record(rid))))
        if k == talk_at:
            s.append(llm(ph(ctx, "ack")))
    s.append(llm(ph(ctx, "checked"), ""))
    return s[:15]


def prog_cursor_walk_to_end(ctx: Ctx) -> list:
    d = ctx.d
    lname, largs = d["list"]
    s = ctx.opening(1)
    cursor = None
    chunks = [d["ids"][0:3], d["ids"][3:6], d["ids"][6:8]]
    for i, ch in enumerate(chunks):
        args = dict(largs) if cursor is None else dict(largs, cursor=cursor)
        nxt = _hex(ctx.rng, 12) if i < len(chunks) - 1 else None
        s.append(
            tool(
                lname,
                args,
                ctx.obs(
                    lname,
                    {
                        "items": [ctx.fixed_record(x) for x in ch],
                        "nextCursor": nxt,
                        "hasMore": nxt is not None,
                    },
                ),
            )
        )
        if i == 1:
            s.append(llm(ph(ctx, "nextpage"), ""))
        cursor = nxt
    s.append(llm(ph(ctx, "paged", n=len(chunks)), ""))
    return s[:15]


def prog_write_verify_next_record(ctx: Ctx) -> list:
    d = ctx.d
    wname, field, vals = d["bwrite"]
    gname, key = d["get"]
    s = ctx.opening(1)
    for k, rid in enumerate(d["ids"][2:5]):
        value = vals[k]
        s.append(
            tool(
                wname,
                {key: rid, field: value},
                ctx.obs(wname, {key: rid, field: value, "accepted": True}),
            )
        )
        rec = ctx.fixed_record(rid)
        rec[field] = value
        s.append(tool(gname, {key: rid}, ctx.obs(gname, rec)))
    s.append(llm(ph(ctx, "verified"), ""))
    return s[:15]


def prog_poll_until_complete(ctx: Ctx) -> list:
    d = ctx.d
    pname, pkey, pid, _, statuses = d["poll"]
    s = lead_in(ctx)
    wait = ctx.rng.choice([5, 10, 15, 30])
    for i, st in enumerate(statuses):
        s.append(
            tool(
                pname,
                {pkey: pid, "waitSeconds": wait},
                ctx.obs(
                    pname, {pkey: pid, "status": st, "percent": (i + 1) * 100 // len(statuses)}
                ),
            )
        )
        if i == 1:
            s.append(llm(ph(ctx, "wait", st=st), ""))
        wait *= 2
    s.append(llm(ph(ctx, "finished", st=statuses[-1]), ""))
    return s[:15]


def prog_plan_then_execute(ctx: Ctx) -> list:
    d = ctx.d
    s = ctx.opening(1)
    plan = d["plan"]
    s.append(llm(plan_text(ctx), ""))
    gname, key = d["get"]
    s.append(tool(gname, {key: d["ids"][0]}, ctx.obs(gname, ctx.fixed_record(d["ids"][0]))))
    s.append(llm(ph(ctx, "step", k=1, nxt=plan[1]), ""))
    lname, largs = d["list"]
    s.append(tool(lname, dict(largs), ctx.obs(lname, {"items": [ctx.fixed_record(d["ids"][1])]})))
    s.append(llm(ph(ctx, "step", k=2, nxt=plan[2]), ""))
    wname, field, value = d["write"]
    s.append(
        tool(
            wname,
            {key: d["ids"][0], field: value},
            ctx.obs(wname, {"accepted": True, field: value}),
        )
    )
    s.append(llm(ph(ctx, "step", k=3, nxt=plan[3]), ""))
    return s[:15]


def prog_clarify_then_act(ctx: Ctx) -> list:
    d = ctx.d
    s = lead_in(ctx)
    prev = ""
    for q, a in d["clarify"]:
        s.append(llm(q, prev))
        prev = a
    aname, aargs = d["act"]
    s.append(tool(aname, dict(aargs), ctx.obs(aname, {"accepted": True, **aargs})))
    s.append(llm(ph(ctx, "applied"), prev))
    return s[:15]


def prog_query_refinement_narrowing(ctx: Ctx) -> list:
    d = ctx.d
    sname = d["search"]
    s = ctx.opening()
    talk_at = ctx.rng.randint(0, 2)
    for i, (q, n) in enumerate(d["refine"]):
        hits = [
            "%s-%04d" % (sname.split(".")[0].upper(), (hash_int(q) + k) % 10000)
            for k in range(min(n, 3))
        ]
        s.append(
            tool(
                sname,
                {"query": q, "limit": 10},
                ctx.obs(sname, {"query": q, "total": n, "hits": hits}),
            )
        )
        if i == talk_at:
            s.append(llm(ph(ctx, "narrow"), ""))
    s.append(llm(ph(ctx, "found"), ""))
    return s[:15]


def hash_int(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


BUILDERS = {
    **{("loop", k): globals()["loop_" + k] for k in LOOP_KINDS},
    **{("progress", k): globals()["prog_" + k] for k in PROGRESS_KINDS},
}


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            for n, dom in enumerate(DOMAIN_NAMES, start=1):
                rid = "sixtieth-%s-%s-%03d" % (label, kind, n)
                ctx = Ctx(dom, rid, kind)
                steps = BUILDERS[(label, kind)](ctx)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom,
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
