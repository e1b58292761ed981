"""Generate the forty-second labelled trajectory set (written blind).

Standard library only and deterministic: every row draws from its own
``random.Random`` seeded with a constant and the row id. Run this file to
rewrite ``trajectories.jsonl`` beside it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = "fortysecond-2026"
Step = dict[str, Any]
Row = dict[str, Any]

DOMAINS: list[dict[str, Any]] = [
    {
        "name": "dog_boarding_kennel",
        "fix_ok": "BK-5521 run R7 amended: to 2026-12-19",
        "plan": "Next I need each dog's health status and a run that suits both.",
        "history": "BK-5521 history: Okafor boarded Apr and Aug 2026, no incidents, Mango anxious first night",
        "ts": "{d} Nov {h:02d}:{m:02d}",
        "noise": "[req {rid} | {ms} ms | {ts}]",
        "requests": [
            "Mrs Okafor is dropping Biscuit and Mango off on the 12th for a week. Can you sort their run and check everything is in order?",
            "Can you check the Christmas boarding list and make sure every dog has what it needs before the rush?",
            "The Harlows want to extend Pepper's stay by three nights. Please see if we can do it.",
        ],
        "reads": [
            (
                "booking_get",
                {"booking": "BK-5521"},
                "BK-5521 Okafor: Biscuit (P-1182), Mango (P-1190); 12 Dec-19 Dec; family run requested; deposit paid",
            ),
            (
                "run_board_get",
                {"date": "2026-12-12"},
                "runs free 12 Dec: R4 (single, heated), R7 (double, garden side), R9 (single, quiet wing)",
            ),
            (
                "owner_contact_get",
                {"owner": "OW-332"},
                "Okafor, Adaeze; mobile 07700 900412; prefers SMS; emergency vet: Hollybank Veterinary Centre",
            ),
            (
                "feeding_sheet_get",
                {"booking": "BK-5521"},
                "Biscuit: sensitive kibble 120 g x2; Mango: raw pack 300 g x1, no chicken",
            ),
        ],
        "rec_tool": "pet_profile_get",
        "rec_key": "pet_id",
        "records": [
            (
                "P-1182",
                "Biscuit, cocker spaniel 9y: kennel cough vax 2026-05-03, DHPP 2025-10-11, no meds",
                "Hollybank notes: Biscuit seen 2026-09-14 ear infection, cleared",
                "Biscuit's vaccinations are current",
            ),
            (
                "P-1190",
                "Mango, lurcher 3y: kennel cough vax 2025-11-02 (EXPIRES 2026-11-02), DHPP 2026-02-20",
                "Hollybank notes: Mango booster overdue since 2 Nov",
                "Mango's kennel cough vaccine has lapsed",
            ),
            (
                "P-0974",
                "Pepper, border terrier 6y: all vax current, meds: Apoquel 5.4 mg daily",
                "Riverside Vets notes: Pepper on Apoquel since March, review due Jan",
                "Pepper needs Apoquel every morning",
            ),
            (
                "P-1207",
                "Otto, dachshund 11y: vax current, IVDD history, no stairs, ramp only",
                "Hollybank notes: Otto back surgery 2024, avoid jumping",
                "Otto must go in a ground-level run with a ramp",
            ),
            (
                "P-1033",
                "Skye, husky 4y: vax current, escape risk, double-latch run",
                "Moorside Vets notes: Skye microchip 9810 re-registered",
                "Skye needs a double-latch run",
            ),
            (
                "P-1215",
                "Bramble, labrador 2y: vax current, resource guards food bowl",
                "Hollybank notes: no clinical issues",
                "Bramble must be fed alone",
            ),
        ],
        "alt_tool": "vet_notes_get",
        "search_tool": "booking_search",
        "target": "Mango's vaccination record",
        "spin_queries": [
            "Mango vaccination",
            "Mango jabs",
            "Mango vaccine certificate",
            "Okafor lurcher vaccination",
            "Mango kennel cough",
            "Mango immunisation",
        ],
        "spin_result": "0 bookings match",
        "refine": [
            ("Okafor", "3 bookings: BK-4410 (Apr), BK-4987 (Aug), BK-5521 (Dec)"),
            (
                "Okafor August",
                "1 booking: BK-4987 Aug 2-9, Mango only, run R9, vax checked 2026-08-01",
            ),
            ("BK-4987 documents", "2 files: vax_cert_mango_2025.pdf, intake_form_aug.pdf"),
        ],
        "pages": [
            "page 1/3: BK-5521 Okafor, BK-5530 Harlow, BK-5533 Singh, BK-5540 Doyle",
            "page 2/3: BK-5541 Marsh, BK-5546 Kowalczyk, BK-5550 Reid, BK-5552 Tan",
            "page 3/3: BK-5560 Ahmed, BK-5561 O'Neill",
        ],
        "write_tool": "run_assign",
        "write_args": {"booking": "BK-5521", "run": "R7", "from": "2026-12-12", "to": "2026-12-19"},
        "write_ok": "R7 assigned to BK-5521",
        "verify_tool": "run_board_get",
        "verify_args": {"date": "2026-12-12", "run": "R7"},
        "verify_ok": "R7 12 Dec: BK-5521 Okafor (Biscuit, Mango), 12 Dec-19 Dec",
        "verify_bad": "R7 12 Dec: BK-5521 Okafor (Biscuit, Mango), 12 Dec-18 Dec",
        "write_bad": {"to": "2026-12-18"},
        "fix_note": "the board shows checkout on the 18th, one night short; I typed the wrong end date",
        "write_args2": {
            "booking": "BK-5530",
            "run": "R4",
            "from": "2026-12-14",
            "to": "2026-12-20",
        },
        "write_ok2": "R4 assigned to BK-5530 14 Dec-20 Dec",
        "notify_tool": "owner_sms_send",
        "notify_args": {
            "to": "07700 900412",
            "text": "Hi Adaeze, Biscuit & Mango are booked into R7 (garden side) 12-19 Dec. See you then! Pawprints Kennels",
        },
        "notify_ok": "SMS queued to 07700 900412, 1 segment",
        "fail_tool": "vet_record_fetch",
        "fail_bad": {"pet_id": "P-1190", "clinic": "Hollybank Vets"},
        "fail_err": "clinic 'Hollybank Vets' not in directory (did you mean 'Hollybank Veterinary Centre'?)",
        "fail_good": {"pet_id": "P-1190", "clinic": "Hollybank Veterinary Centre"},
        "fail_ok": "Mango: kennel cough booster given 2026-11-20, certificate HB-77812 attached",
        "fail_fix": "the clinic name has to be the directory's full name",
        "fail_bad2": {"pet_id": "P1190", "clinic": "Hollybank Veterinary Centre"},
        "fail_err2": "pet_id must look like P-NNNN, got 'P1190'",
        "transient": "upstream clinic portal timed out after 30000 ms",
        "poll_tool": "vet_request_status",
        "poll_args": {"request": "VR-3310"},
        "poll_wait": "VR-3310 awaiting Hollybank reply; clinic answers requests at 16:00 daily",
        "poll_steps": [
            "VR-3310 sent to clinic",
            "VR-3310 acknowledged by Hollybank reception",
            "VR-3310 1 of 2 documents received",
            "VR-3310 complete: 2 documents received",
        ],
        "docs": [
            (
                "INC-201",
                "Incident report: Skye escape attempt 3 Nov",
                "Skye climbed the R2 mesh at 06:10, caught in the yard; latch bent; no injury.",
            ),
            (
                "INC-204",
                "Incident report: Bramble growled at kennel hand 9 Nov",
                "Bramble guarded bowl during breakfast; staff stepped back; fed separately after.",
            ),
            (
                "INC-207",
                "Incident report: Otto slipped on wet ramp 15 Nov",
                "Ramp surface wet after hosing; Otto slipped, checked by vet, no damage; anti-slip mat fitted.",
            ),
            (
                "INC-210",
                "Incident report: two dogs vomited after new kibble 19 Nov",
                "Batch 4471 of sensitive kibble; both dogs fine by evening; batch withdrawn.",
            ),
        ],
        "doc_tool": "incident_report_read",
        "summaries": [
            "Skye got over the R2 mesh early on 3 Nov, was caught in the yard unhurt, and the latch was bent.",
            "On 3 Nov Skye escaped from R2 by climbing the mesh; she was recovered in the yard without injury and the latch needs fixing.",
            "In short: R2 mesh climbed by Skye on 3 Nov, no harm done, latch damaged.",
            "The 3 Nov report is about Skye climbing out of R2; she was fine and the latch was bent.",
        ],
        "synthesis": "Pattern across November: three of four incidents trace to kit (latch, ramp, a kibble batch), not the dogs; latch and ramp are fixed, the kibble batch is withdrawn.",
        "ab": (
            ("run_board_get", {"date": "2026-12-12"}, "runs free 12 Dec: R4, R7, R9"),
            (
                "booking_get",
                {"booking": "BK-5521"},
                "BK-5521 Okafor: 2 dogs, 12-19 Dec, family run requested",
            ),
        ),
        "flip": (
            "run_assign",
            "run",
            "R7",
            "R4",
            "R7 is the double, so they can share",
            "R4 is heated and Biscuit is nine, so the warmer run is better",
        ),
        "converge": (
            "run_heater_set",
            "run_temp_read",
            "setpoint_c",
            [
                (18, "R4 air 14.2 C"),
                (20, "R4 air 16.8 C"),
                (21, "R4 air 19.6 C"),
                (21, "R4 air 20.9 C steady"),
            ],
        ),
        "agents": ("intake_agent", "care_agent"),
        "pingpong": (
            "whether Mango can board with a lapsed kennel cough vaccine",
            "that is a care question",
            "that is an intake-policy question",
        ),
        "review": [
            "Draft care plan for Biscuit and Mango: shared R7, separate bowls, Mango no chicken.",
            "Review: Mango's kennel cough lapsed 2 Nov; plan needs the booster certificate before check-in.",
            "Revised: added a condition that certificate HB-77812 is on file; Mango is fed in the run corridor.",
            "Approved: plan complete, certificate is on file, feeding split is fine.",
        ],
        "confirm": "book Biscuit and Mango into the double run R7 from 12 to 19 December",
        "yes": [
            "Yes, that's right.",
            "Yes please, go ahead.",
            "Yes. R7, 12th to 19th.",
            "I already said yes.",
        ],
        "clarify": [
            (
                "Do Biscuit and Mango get along sharing a run, or should they be side by side?",
                "They share at home, one run is fine.",
            ),
            (
                "Mango's kennel cough lapsed on 2 November. Has she had a booster since?",
                "Yes, at Hollybank on the 20th.",
            ),
            (
                "What time will you collect on the 19th? Checkout after 11:00 is charged a half day.",
                "About 10.",
            ),
        ],
        "dictation": [
            "Biscuit's ear drops, two drops left ear at night",
            "Mango's blue blanket",
            "Biscuit's food: 3 kg bag",
            "a squeaky hedgehog for Mango",
            "spare lead",
        ],
        "monologue": "Waiting for Hollybank to send Mango's vaccination certificate before assigning the run.",
        "paraphrases": [
            "Let me look at Mango's vaccination record again.",
            "I'll check Mango's jabs one more time.",
            "Going back to Mango's vaccine status to be sure.",
            "I should re-read Mango's vaccination details before deciding.",
            "One more look at whether Mango's vaccines are in date.",
            "Let me confirm Mango's vaccination record first.",
            "Before I assign anything I want to recheck Mango's vaccinations.",
        ],
    },
    {
        "name": "citrus_packhouse_grading",
        "fix_ok": "80 labels reprinted for PL-7712 (count 64); previous batch voided",
        "plan": "Next: the lot-level defects and what the line did to them.",
        "history": "BR-88213 history: Vidal averaged 72% Class I across 2025 deliveries",
        "ts": "2026-11-{d:02d} {h:02d}:{m:02d}:00",
        "noise": "(trace={rid}, {ms}ms, at {ts})",
        "requests": [
            "Grower Vidal's navel bins from yesterday are short on Class I. Find out why before we settle with him.",
            "The Rotterdam container ships Thursday. Make sure the export cartons are graded and inspected.",
            "Line 2 keeps kicking fruit to juice grade. Can you look into today's lots?",
        ],
        "reads": [
            (
                "bin_receipt_get",
                {"receipt": "BR-88213"},
                "BR-88213 Vidal Orchards, navel Lane Late, 42 bins, 15.6 t, Brix 11.8, received 06:40",
            ),
            (
                "grade_line_query",
                {"line": 2, "lot": "LT-4471"},
                "LT-4471 line 2: Class I 61%, Class II 24%, juice 15% (target juice <8%)",
            ),
            (
                "pallet_manifest_get",
                {"container": "MSKU 402118-3"},
                "MSKU 402118-3 Rotterdam: 20 pallets planned, 14 built, cut-off Thu 18:00",
            ),
            (
                "cold_room_status",
                {"room": "CR-3"},
                "CR-3 holding 4.1 C, 92% RH, 31 pallets, degreening none",
            ),
        ],
        "rec_tool": "lot_quality_get",
        "rec_key": "lot",
        "records": [
            (
                "LT-4471",
                "LT-4471 Vidal navel: rind blemish 9%, wind scar 4%, size 64-72 dominant",
                "Camera log LT-4471: 11% rejects flagged on rind blemish",
                "LT-4471 loses most fruit to rind blemish",
            ),
            (
                "LT-4472",
                "LT-4472 Vidal navel: rind blemish 3%, creasing 6%, size 56-64",
                "Camera log LT-4472: 7% rejects on creasing",
                "LT-4472 has creasing, not blemish",
            ),
            (
                "LT-4480",
                "LT-4480 Herrera mandarin: puff 2%, Brix 12.4, size 1x",
                "Camera log LT-4480: 3% rejects",
                "LT-4480 is clean and sweet",
            ),
            (
                "LT-4483",
                "LT-4483 Coastal lemon: oleocellosis 12%, size 113-138",
                "Camera log LT-4483: 14% rejects on oil spotting",
                "LT-4483 has oil spotting from wet picking",
            ),
            (
                "LT-4490",
                "LT-4490 Vidal navel: rind blemish 2%, size 72-88",
                "Camera log LT-4490: 4% rejects",
                "LT-4490 is mostly small fruit",
            ),
            (
                "LT-4495",
                "LT-4495 Sato grapefruit: scale 5%, size 32-40",
                "Camera log LT-4495: 6% rejects on scale",
                "LT-4495 has scale insect marks",
            ),
        ],
        "alt_tool": "optical_sorter_log",
        "search_tool": "lot_search",
        "target": "the phytosanitary certificate for the Rotterdam container",
        "spin_queries": [
            "phyto certificate Rotterdam",
            "phytosanitary MSKU 402118",
            "plant health cert container",
            "export certificate Thursday",
            "EU phyto navel",
            "Rotterdam inspection certificate",
        ],
        "spin_result": "0 lots found",
        "refine": [
            ("Rotterdam", "5 lots allocated: LT-4471, LT-4472, LT-4480, LT-4490, LT-4495"),
            (
                "Rotterdam inspected",
                "3 of 5 inspected; LT-4480 and LT-4495 awaiting inspector slot",
            ),
            ("LT-4480 inspection", "inspector booked Wed 09:30, PPECB ref IN-22817"),
        ],
        "pages": [
            "page 1: LT-4471 navel, LT-4472 navel, LT-4475 lemon, LT-4477 lemon",
            "page 2: LT-4480 mandarin, LT-4483 lemon, LT-4486 navel, LT-4488 navel",
            "page 3 (last): LT-4490 navel, LT-4495 grapefruit",
        ],
        "write_tool": "carton_label_print",
        "write_args": {"pallet": "PL-7712", "grade": "Class I", "count": "64", "cartons": 80},
        "write_bad": {"count": "72"},
        "write_ok": "80 labels sent to printer ZB-2",
        "verify_tool": "pallet_card_get",
        "verify_args": {"pallet": "PL-7712"},
        "verify_ok": "PL-7712: 80 cartons Class I count 64, labels printed",
        "verify_bad": "PL-7712: 80 cartons Class I count 72, labels printed",
        "fix_note": "I printed count 72 but the sizer put count 64 fruit on this pallet",
        "write_args2": {"pallet": "PL-7713", "grade": "Class I", "count": "72", "cartons": 80},
        "write_ok2": "80 labels sent to printer ZB-2",
        "notify_tool": "grower_message_send",
        "notify_args": {
            "grower": "Vidal Orchards",
            "text": "Packout for BR-88213: Class I 61%. Main loss rind blemish on LT-4471. Full report attached.",
        },
        "notify_ok": "message delivered to Vidal Orchards portal",
        "fail_tool": "export_inspection_book",
        "fail_bad": {"lot": "LT-4480", "market": "Rotterdam", "date": "29/11/2026"},
        "fail_err": "date must be ISO 8601 (YYYY-MM-DD), got '29/11/2026'",
        "fail_good": {"lot": "LT-4480", "market": "NL", "date": "2026-11-29"},
        "fail_ok": "inspection booked 2026-11-29 09:30, ref IN-22817",
        "fail_fix": "the date has to be in YYYY-MM-DD form",
        "fail_bad2": {"lot": "LT-4480", "market": "Rotterdam", "date": "2026-11-29"},
        "fail_err2": "market must be an ISO country code, got 'Rotterdam'",
        "transient": "PPECB booking service 502 Bad Gateway",
        "poll_tool": "sizer_batch_status",
        "poll_args": {"batch": "SZ-1190"},
        "poll_wait": "SZ-1190 queued behind LT-4483 on line 2; line restarts after 13:00 lunch stop",
        "poll_steps": [
            "SZ-1190 running, 3 of 12 bins tipped",
            "SZ-1190 running, 7 of 12 bins tipped",
            "SZ-1190 running, 11 of 12 bins tipped",
            "SZ-1190 finished: 12 bins, Class I 74%",
        ],
        "docs": [
            (
                "QA-311",
                "QA note: line 2 brush wear",
                "Brush bed B on line 2 worn; bristle height 18 mm vs 25 mm spec; causes rind abrasion on soft navels.",
            ),
            (
                "QA-312",
                "QA note: wax application rate",
                "Wax rate on line 2 at 0.9 L/t, spec 1.2 L/t; fruit dull, some graded down for appearance.",
            ),
            (
                "QA-315",
                "QA note: camera recalibration",
                "Line 2 blemish camera last calibrated 14 Oct; drift suspected after lens cleaning.",
            ),
            (
                "QA-318",
                "Field note: Vidal wind damage",
                "Vidal block 7 had wind on 2 Nov; wind scar expected on 5-8% of fruit from that block.",
            ),
        ],
        "doc_tool": "qa_note_read",
        "summaries": [
            "Line 2's brush bed B is worn to 18 mm against a 25 mm spec, which scuffs soft navels.",
            "The note says brush bed B on line 2 is below spec height and is abrading the rind.",
            "Short version: worn brushes on line 2 (18 vs 25 mm) are marking the fruit.",
            "QA-311 is about line 2's brushes being worn and damaging rinds.",
        ],
        "synthesis": "Line 2 has three equipment issues (worn brushes, low wax, camera drift) plus real wind scar from Vidal block 7; only the last is the grower's loss.",
        "ab": (
            (
                "grade_line_query",
                {"line": 2, "lot": "LT-4471"},
                "LT-4471 line 2: Class I 61%, juice 15%",
            ),
            ("bin_receipt_get", {"receipt": "BR-88213"}, "BR-88213 Vidal, 42 bins, 15.6 t"),
        ),
        "flip": (
            "carton_label_print",
            "grade",
            "Class I",
            "Class II",
            "the blemish is within Class I tolerance for the EU",
            "the rind marks look heavier than Class I allows",
        ),
        "converge": (
            "wax_pump_set",
            "wax_rate_read",
            "litres_per_tonne",
            [
                (1.0, "wax 0.98 L/t"),
                (1.2, "wax 1.14 L/t"),
                (1.25, "wax 1.19 L/t"),
                (1.25, "wax 1.20 L/t steady"),
            ],
        ),
        "agents": ("grading_agent", "settlement_agent"),
        "pingpong": (
            "whether Vidal is paid for the juice-grade fruit at Class II rate",
            "that is a settlement matter",
            "grading has to decide the class first",
        ),
        "review": [
            "Grading summary for BR-88213: 61% Class I; 6 points lost to line 2 faults.",
            "Settlement check: line faults are ours, so pay those 6 points at Class I; wind scar stays with grower.",
            "Revised statement: Class I paid on 67%, adjustment note cites QA-311, QA-312, QA-315.",
            "Approved; statement ST-2290 ready for the grower.",
        ],
        "confirm": "print 80 Class I count 64 labels for pallet PL-7712",
        "yes": ["Yes.", "Yes, print them.", "Correct, go on.", "Yes, I confirmed already."],
        "clarify": [
            ("Is PL-7712 going to Rotterdam or the local market?", "Rotterdam."),
            ("The sizer shows count 64 on that pallet. Should the label say 64?", "Yes, 64."),
            ("Do you want the Vidal GGN on the carton or the packhouse GGN?", "Packhouse GGN."),
        ],
        "dictation": [
            "LT-4471 bins 12 to 18 to CR-3",
            "LT-4480 straight to degreening",
            "lemons LT-4483 hold for QA",
            "grapefruit LT-4495 to line 1",
            "juice bins to the press bay",
        ],
        "monologue": "Line 2 sizer batch SZ-1190 is still queued; I will continue once it runs.",
        "paraphrases": [
            "Let me check the phyto certificate again.",
            "I'll look for the plant health certificate once more.",
            "Going back to the Rotterdam phytosanitary paperwork.",
            "I need to re-check the export certificate first.",
            "One more look for the container's phyto cert.",
            "Let me revisit the certificate question.",
            "Before booking anything, I'll check the phyto certificate.",
        ],
    },
    {
        "name": "opera_costume_hire",
        "fix_ok": "HO-5512 amended: back 2027-02-02",
        "plan": "Next I need the actual pieces and their condition.",
        "history": "EQ-1904 history: Northgate hired Tosca 2024, returned on time, one damage claim GBP 60",
        "ts": "{d}.11.26 {h:02d}h{m:02d}",
        "noise": "<ref {rid}; {ms} ms; {ts}>",
        "requests": [
            "Northgate Opera wants the Traviata Act 2 gowns for their January run. Check what we have and set up the hire.",
            "The Carmen chorus costumes came back from Leeds. Please check them in and flag damage.",
            "Can you fit our new Violetta, Ms Lindqvist, into the existing gown or do we need alterations?",
        ],
        "reads": [
            (
                "hire_enquiry_get",
                {"enquiry": "EQ-1904"},
                "EQ-1904 Northgate Opera: La Traviata Act 2, 1 principal gown + 14 chorus, 6 Jan-2 Feb, budget GBP 4,800",
            ),
            (
                "measurement_sheet_get",
                {"artist": "ART-562"},
                "Lindqvist, Elin: bust 88, waist 70, hips 96, nape-waist 41, height 171 (cm)",
            ),
            (
                "store_location_get",
                {"bay": "B-14"},
                "Bay B-14: Traviata 2004 production, rails 3-5, 31 pieces, humidity 48%",
            ),
            (
                "return_manifest_get",
                {"manifest": "RM-733"},
                "RM-733 from Leeds: Carmen chorus, 22 pieces, 2 hat boxes, returned 24 Nov",
            ),
        ],
        "rec_tool": "costume_item_get",
        "rec_key": "item",
        "records": [
            (
                "CS-20411",
                "CS-20411 Violetta Act 2 gown, ivory silk, bust 90 waist 72, last cleaned 2025-03",
                "Wardrobe card CS-20411: hem let down 2 cm in 2023",
                "the Violetta gown is 2 cm larger at the bust than Ms Lindqvist",
            ),
            (
                "CS-20412",
                "CS-20412 Flora gown, crimson velvet, bust 94, small moth hole left sleeve",
                "Wardrobe card CS-20412: moth damage logged 2024, patched",
                "Flora's gown has an old moth patch",
            ),
            (
                "CS-20430",
                "CS-20430 chorus gown set A (7), mixed sizes 10-16, good",
                "Wardrobe card CS-20430: two bodices missing hooks",
                "chorus set A needs hooks on two bodices",
            ),
            (
                "CS-20431",
                "CS-20431 chorus gown set B (7), sizes 12-18, one torn train",
                "Wardrobe card CS-20431: train tear 30 cm on gown 4",
                "chorus set B has a torn train",
            ),
            (
                "CS-20455",
                "CS-20455 Alfredo tailcoat, black wool, chest 102",
                "Wardrobe card CS-20455: sleeve shortened 2022",
                "Alfredo's tailcoat is fine",
            ),
            (
                "CS-20460",
                "CS-20460 Germont frock coat, grey, chest 110, lining split",
                "Wardrobe card CS-20460: lining split at back vent",
                "Germont's coat lining needs repair",
            ),
        ],
        "alt_tool": "wardrobe_card_get",
        "search_tool": "catalogue_search",
        "target": "the Act 2 gown for Violetta in Ms Lindqvist's size",
        "spin_queries": [
            "Violetta gown size 8",
            "Traviata lead dress small",
            "Violetta ball gown UK 8",
            "Act 2 principal dress petite",
            "soprano gown 88 bust",
            "Violetta costume small",
        ],
        "spin_result": "no matching items",
        "refine": [
            ("Traviata", "31 items, production TRV-2004 and TRV-2017"),
            (
                "Traviata 2017 Violetta",
                "2 items: CS-31120 Act 1 gown, CS-31124 Act 2 gown bust 86 waist 68",
            ),
            ("CS-31124 availability", "CS-31124 available 2 Jan-10 Feb, bay C-02"),
        ],
        "pages": [
            "page 1 of 3: CS-20411, CS-20412, CS-20415, CS-20418, CS-20420",
            "page 2 of 3: CS-20430, CS-20431, CS-20433, CS-20440, CS-20441",
            "page 3 of 3: CS-20455, CS-20460",
        ],
        "write_tool": "hire_order_create",
        "write_args": {
            "client": "Northgate Opera",
            "items": ["CS-31124", "CS-20430", "CS-20431"],
            "out": "2027-01-06",
            "back": "2027-02-02",
        },
        "write_bad": {"back": "2027-01-02"},
        "write_ok": "hire order HO-5512 created",
        "verify_tool": "hire_order_get",
        "verify_args": {"order": "HO-5512"},
        "verify_ok": "HO-5512 Northgate: 3 lines, 6 Jan 2027-2 Feb 2027, deposit GBP 1,200",
        "verify_bad": "HO-5512 Northgate: 3 lines, 6 Jan 2027-2 Jan 2027, deposit GBP 1,200",
        "fix_note": "I typed the return as 2 January instead of 2 February",
        "write_args2": {
            "client": "Northgate Opera",
            "items": ["CS-20455", "CS-20460"],
            "out": "2027-01-06",
            "back": "2027-02-02",
        },
        "write_ok2": "hire order HO-5513 created",
        "notify_tool": "client_email_send",
        "notify_args": {
            "to": "wardrobe@northgateopera.example",
            "subject": "Hire HO-5512 confirmed",
            "body": "Traviata Act 2 costumes reserved 6 Jan-2 Feb.",
        },
        "notify_ok": "email accepted for delivery",
        "fail_tool": "alteration_ticket_open",
        "fail_bad": {"item": "CS-31124", "work": "take in bodice 2cm", "due": "next week"},
        "fail_err": "'due' must be a date (YYYY-MM-DD), got 'next week'",
        "fail_good": {"item": "CS-31124", "work": "take in bodice 2cm", "due": "2026-12-18"},
        "fail_ok": "alteration ticket AT-880 opened, cutter: R. Baines",
        "fail_fix": "the due field wants a real date",
        "fail_bad2": {"item": "CS31124", "work": "take in bodice 2cm", "due": "2026-12-18"},
        "fail_err2": "unknown item 'CS31124'",
        "transient": "workroom scheduler busy (lock held), try again",
        "poll_tool": "cleaning_job_status",
        "poll_args": {"job": "DC-4410"},
        "poll_wait": "DC-4410 at Marlowe Dry Cleaners: received, collection booked Tue 10:00",
        "poll_steps": [
            "DC-4410 received at cleaners",
            "DC-4410 in process: 9 of 22 pieces",
            "DC-4410 pressed, packing",
            "DC-4410 ready for collection",
        ],
        "docs": [
            (
                "DM-101",
                "Damage report: Carmen chorus set, piece 3",
                "Skirt hem torn 40 cm, stage blood stain on bodice; cleaning surcharge applies.",
            ),
            (
                "DM-102",
                "Damage report: Carmen chorus set, piece 11",
                "Two shawl fringes missing; replacement silk fringe GBP 35.",
            ),
            (
                "DM-103",
                "Damage report: hat box 2",
                "Crushed crown on sombrero; steam reblock possible.",
            ),
            (
                "DM-104",
                "Damage report: piece 19",
                "Zip replaced by borrower with wrong colour; re-fit required.",
            ),
        ],
        "doc_tool": "damage_report_read",
        "summaries": [
            "Piece 3 came back with a 40 cm hem tear and stage blood on the bodice; we charge for cleaning.",
            "DM-101: torn hem (40 cm) and a stage-blood stain on piece 3, cleaning surcharge applies.",
            "So piece 3 needs hem repair and stain removal, and the client pays the cleaning surcharge.",
            "The report says piece 3 is torn at the hem and stained; surcharge for cleaning.",
        ],
        "synthesis": "Leeds owes for four items: hem repair and cleaning on piece 3, fringe on 11, reblock of the sombrero, and a zip re-fit on 19.",
        "ab": (
            ("costume_item_get", {"item": "CS-20411"}, "CS-20411 Violetta gown bust 90 waist 72"),
            ("measurement_sheet_get", {"artist": "ART-562"}, "Lindqvist bust 88 waist 70"),
        ),
        "flip": (
            "hire_order_create",
            "items",
            ["CS-20411"],
            ["CS-31124"],
            "the 2004 gown is the one Northgate asked for by name",
            "the 2017 gown already fits her without alteration",
        ),
        "converge": (
            "steamer_set",
            "fabric_moisture_read",
            "setting",
            [
                (3, "silk moisture 14%"),
                (2, "silk moisture 11%"),
                (2, "silk moisture 9%"),
                (1, "silk moisture 8%, target reached"),
            ],
        ),
        "agents": ("wardrobe_agent", "hire_desk_agent"),
        "pingpong": (
            "whether Northgate pays for altering the gown",
            "pricing is the hire desk's call",
            "the wardrobe must first say what the alteration is",
        ),
        "review": [
            "Alteration quote: take in CS-20411 bodice 2 cm, 3 h at GBP 45.",
            "Hire desk: contract says alterations over 2 h are client-paid; ask Northgate to approve GBP 135.",
            "Northgate approved by email; ticket can be opened for CS-20411.",
            "Ticket AT-881 opened, fitting booked 14 Dec.",
        ],
        "confirm": "create the hire for Northgate Opera: CS-31124 and chorus sets A and B, 6 Jan to 2 Feb",
        "yes": ["Yes.", "Yes, create it.", "Yes, same as before.", "Yes!! Please just do it."],
        "clarify": [
            (
                "Would Northgate take the 2017 Violetta gown? It fits Ms Lindqvist without alteration.",
                "Yes, if it is ivory too.",
            ),
            ("It is ivory silk. Do they need both chorus sets or only set A?", "Both."),
            (
                "Set B has a torn train. Repair before it goes, or hire it as is at a discount?",
                "Repair first.",
            ),
        ],
        "dictation": [
            "piece 3 hem torn",
            "piece 7 fine",
            "piece 11 fringe missing",
            "piece 14 fine",
            "piece 19 wrong zip",
        ],
        "monologue": "Waiting on the cleaners' update for DC-4410 before I can check the Carmen set in.",
        "paraphrases": [
            "Let me find the Violetta gown in her size again.",
            "I'll search once more for a Violetta gown that fits.",
            "Back to finding a principal gown at bust 88.",
            "I should look again for the right Act 2 dress.",
            "Let me recheck which Violetta gown would fit Ms Lindqvist.",
            "One more search for the soprano's Act 2 gown.",
            "I'll look for her gown again before I do anything else.",
        ],
    },
    {
        "name": "locksmith_callouts",
        "fix_ok": "J-7781 reassigned: van 3",
        "plan": "Next: the lock hardware and who can get there.",
        "history": "north queue history: average P1 response this month 24 min",
        "ts": "{h:02d}:{m:02d} {d}/11",
        "noise": "· id {rid} · {ms}ms · {ts}",
        "requests": [
            "Lady locked out at 14 Mercer Road, toddler inside. Get someone there fast.",
            "Landlord at Ashby Court wants all six flats rekeyed to a new master system. Plan it.",
            "Shop on Fenwick Street says their roller shutter lock jammed overnight. Can we do it today?",
        ],
        "reads": [
            (
                "job_queue_get",
                {"area": "north"},
                "north queue: J-7781 lockout 14 Mercer Rd (P1), J-7779 uPVC mechanism 3 Tor Lane (P3), J-7774 safe opening (P3)",
            ),
            (
                "technician_locations",
                {"area": "north"},
                "Dev (van 3) 2.1 mi from Mercer Rd, free; Marta (van 5) on job J-7770, ETA free 25 min",
            ),
            (
                "customer_get",
                {"customer": "C-30221"},
                "Mercer Rd: Ms J. Ward, 07700 900187, Yale night latch + 5-lever deadlock, child inside",
            ),
            (
                "van_stock_check",
                {"van": 3},
                "van 3: euro cylinders 35/35 x4, 40/45 x2, 5-lever deadlocks x2, mortice keys blanks x30",
            ),
        ],
        "rec_tool": "lock_model_lookup",
        "rec_key": "model",
        "records": [
            (
                "YALE-89",
                "Yale 89 night latch: 60 mm backset, non-destructive entry by latch slip if not deadlocked",
                "Supplier sheet YALE-89: in stock at trade counter",
                "the Yale 89 can often be slipped",
            ),
            (
                "ERA-5L",
                "ERA 5-lever deadlock BS3621: pick or decode, drill point listed",
                "Supplier sheet ERA-5L: replacement GBP 38",
                "the ERA deadlock meets BS3621",
            ),
            (
                "ABS-35",
                "ABS 3-star euro cylinder 35/35: anti-snap, anti-bump",
                "Supplier sheet ABS-35: 4-day lead time",
                "ABS cylinders take 4 days to order",
            ),
            (
                "MUL-MT5",
                "Mul-T-Lock MT5+ master-keyable cylinder, restricted key profile",
                "Supplier sheet MUL-MT5: master system design 5 working days",
                "MT5+ suits a master system",
            ),
            (
                "CIS-SH",
                "CISA shutter lock 40 mm, central locking, pin tumbler",
                "Supplier sheet CIS-SH: spring kit in stock",
                "the CISA shutter lock has a spare spring kit",
            ),
            (
                "AVO-6",
                "Avocet 6-pin euro cylinder, keyed alike option",
                "Supplier sheet AVO-6: discontinued 2025",
                "the Avocet is discontinued",
            ),
        ],
        "alt_tool": "supplier_sheet_get",
        "search_tool": "job_search",
        "target": "the key code for the Ashby Court master system",
        "spin_queries": [
            "Ashby Court master key code",
            "Ashby master system",
            "Ashby Court key chart",
            "Ashby suited keys",
            "master key Ashby flats",
            "Ashby Court cylinder code",
        ],
        "spin_result": "0 jobs found",
        "refine": [
            (
                "Ashby Court",
                "4 jobs: J-6120 (2024 lock change flat 2), J-6511, J-7012, J-7790 (new)",
            ),
            ("Ashby Court 2024", "J-6120 Ashby Ct flat 2: MT5+ fitted, key chart ref MK-118"),
            ("MK-118", "key chart MK-118: GMK + 6 differs, registered card 0441-Ashby"),
        ],
        "pages": [
            "page 1/3: J-7781 Mercer Rd, J-7779 Tor Lane, J-7774 safe, J-7772 Fenwick St",
            "page 2/3: J-7770 Orchard Way, J-7768 Bell Yard, J-7765 Cross St, J-7760 Kings Rd",
            "page 3/3: J-7758 Ashby Ct, J-7755 Quarry Hill",
        ],
        "write_tool": "technician_dispatch",
        "write_args": {"job": "J-7781", "tech": "Dev", "van": 3, "priority": "P1"},
        "write_bad": {"van": 5},
        "write_ok": "J-7781 dispatched, tech notified by app",
        "verify_tool": "job_get",
        "verify_args": {"job": "J-7781"},
        "verify_ok": "J-7781: Dev, van 3, en route, ETA 11 min",
        "verify_bad": "J-7781: Dev, van 5, en route, ETA 34 min",
        "fix_note": "I put van 5 on it, but Dev is driving van 3",
        "write_args2": {"job": "J-7772", "tech": "Marta", "van": 5, "priority": "P2"},
        "write_ok2": "J-7772 dispatched, tech notified by app",
        "notify_tool": "customer_sms_send",
        "notify_args": {
            "to": "07700 900187",
            "text": "Dev from KeyFast is on his way, about 11 minutes. Keep the child talking at the door.",
        },
        "notify_ok": "SMS sent",
        "fail_tool": "key_cut_order",
        "fail_bad": {"profile": "MT5+", "chart": "MK118", "differs": 6},
        "fail_err": "chart 'MK118' not found; chart refs have a hyphen, e.g. MK-118",
        "fail_good": {"profile": "MT5+", "chart": "MK-118", "differs": 6},
        "fail_ok": "key order KO-2291 placed, 6 differs + 2 masters, ready Thu",
        "fail_fix": "the chart reference needs its hyphen",
        "fail_bad2": {"profile": "MT5", "chart": "MK-118", "differs": 6},
        "fail_err2": "profile 'MT5' does not match chart MK-118 (registered as MT5+)",
        "transient": "Mul-T-Lock dealer portal unreachable (connection reset)",
        "poll_tool": "key_order_status",
        "poll_args": {"order": "KO-2291"},
        "poll_wait": "KO-2291 awaiting security card check at dealer; checks run at 15:00",
        "poll_steps": [
            "KO-2291 card verified",
            "KO-2291 cutting",
            "KO-2291 cut, quality check",
            "KO-2291 dispatched, tracking RM 8812 3391",
        ],
        "docs": [
            (
                "SR-51",
                "Survey: Ashby Ct flats 1-3",
                "Flats 1-3 have ERA euro cylinders 40/45, doors 44 mm, no anti-snap.",
            ),
            (
                "SR-52",
                "Survey: Ashby Ct flats 4-6",
                "Flats 4-6 have mixed Avocet and Yale, flat 5 door warped, sticks on frame.",
            ),
            (
                "SR-53",
                "Survey: communal doors",
                "Main entrance has a Union 5-lever and a maglock on fob; bin store padlock only.",
            ),
            (
                "SR-54",
                "Landlord brief",
                "Landlord wants one master for all flats and communal doors, tenants keep own keys.",
            ),
        ],
        "doc_tool": "survey_read",
        "summaries": [
            "Flats 1-3 use ERA 40/45 euro cylinders on 44 mm doors, none anti-snap.",
            "SR-51 says the first three flats have non anti-snap ERA cylinders, 40/45.",
            "In other words, flats 1 to 3 need anti-snap cylinders; current ones are ERA 40/45.",
            "Flats 1-3: ERA 40/45, not anti-snap, 44 mm doors.",
        ],
        "synthesis": "All six flats plus the communal doors can go on one MT5+ master chart; flat 5's door needs planing first and the bin store needs a master-keyed padlock.",
        "ab": (
            ("technician_locations", {"area": "north"}, "Dev 2.1 mi free; Marta busy 25 min"),
            ("job_queue_get", {"area": "north"}, "J-7781 lockout P1 unassigned"),
        ),
        "flip": (
            "technician_dispatch",
            "tech",
            "Dev",
            "Marta",
            "Dev is closest",
            "Marta has the child-lockout experience",
        ),
        "converge": (
            "shutter_spring_tension_set",
            "shutter_lift_force_read",
            "turns",
            [
                (4, "lift force 19 kg"),
                (6, "lift force 13 kg"),
                (7, "lift force 10 kg"),
                (7, "lift force 9.8 kg within spec"),
            ],
        ),
        "agents": ("dispatch_agent", "quote_agent"),
        "pingpong": (
            "whether the Fenwick shutter job is done at emergency rate",
            "rates are quoting's decision",
            "dispatch decides whether it is an emergency",
        ),
        "review": [
            "Quote draft for Ashby Ct: 8 MT5+ cylinders, 2 padlocks, labour 6 h, GBP 1,140.",
            "Review: flat 5 door needs planing, add 1 h; padlock for bin store must be master-keyed.",
            "Revised quote GBP 1,226 incl. planing and master padlock.",
            "Approved; sent to landlord as Q-3318.",
        ],
        "confirm": "send Dev in van 3 to 14 Mercer Road as a P1 lockout",
        "yes": ["Yes, quickly!", "YES", "Yes, go.", "Why are you still asking, yes!"],
        "clarify": [
            (
                "Is the door locked with just the latch, or the deadlock too?",
                "Just the latch, she pulled it shut.",
            ),
            ("Is the child in a safe room away from the door?", "In the hall, playing, fine."),
            ("Any window open upstairs we could use instead?", "No."),
        ],
        "dictation": [
            "flat 1 ERA 40/45",
            "flat 2 MT5+ already",
            "flat 3 ERA 40/45",
            "flat 4 Avocet 35/40",
            "flat 6 Yale 35/35",
        ],
        "monologue": "Still waiting on the dealer's card check for KO-2291.",
        "paraphrases": [
            "Let me find the Ashby master key code again.",
            "I'll look up the Ashby Court key chart once more.",
            "Going back to the master system code for Ashby.",
            "I need the key chart reference for Ashby before ordering.",
            "One more look for the Ashby master code.",
            "Let me retrieve the Ashby Court chart again.",
            "I'll check the Ashby master key code first.",
        ],
    },
    {
        "name": "rowing_club_boat_bookings",
        "fix_ok": "O-7702 amended: start 0730",
        "plan": "Next I need the boats' state and the safety rules.",
        "history": "flag history: amber since Tue 0600 after 14 mm rain",
        "ts": "{d} Nov {h:02d}{m:02d}h",
        "noise": "[#{rid}] ({ms}ms) {ts}",
        "requests": [
            "Can you book the women's novice eight out for Saturday 0730? Coach is Priya.",
            "River's on amber again. Sort out which of this week's outings can still go.",
            "Masters quad wants the Filippi for the head race on the 6th. Is it free and rigged for them?",
        ],
        "reads": [
            (
                "river_flag_status",
                {"reach": "Isis"},
                "flag AMBER: stream 1.9 m/s, rising; novices not permitted",
            ),
            (
                "boat_register_get",
                {"boat": "W8-Hatton"},
                "Hatton (Empacher 8+), hull sound, rigged sweep stroke-side, cox seat refit 20 Nov",
            ),
            (
                "outing_calendar_get",
                {"date": "2026-11-28"},
                "Sat: 0700 M1 eight (Hatton), 0730 W novice eight (?), 0900 masters quad (Filippi)",
            ),
            (
                "crew_roster_get",
                {"crew": "WN8"},
                "WN8: 8 rowers + cox Jo; 3 still without capsize test",
            ),
        ],
        "rec_tool": "boat_register_get",
        "rec_key": "boat",
        "records": [
            (
                "W8-Hatton",
                "Hatton Empacher 8+: sound, sweep stroke-side, cox seat new",
                "Rigging log Hatton: spread 84 cm, pitch 4 deg",
                "Hatton is sound and stroke-side rigged",
            ),
            (
                "W8-Cherwell",
                "Cherwell Janousek 8+: cracked rigger 5, tagged out",
                "Rigging log Cherwell: rigger 5 sent for welding 18 Nov",
                "Cherwell is out of service",
            ),
            (
                "4X-Filippi",
                "Filippi F35 quad: sound, sculling, span 158 cm",
                "Rigging log Filippi: heights set for masters on 2 Nov",
                "the Filippi is rigged for the masters",
            ),
            (
                "2X-Wintech",
                "Wintech double: sound, minor gunwale scratch",
                "Rigging log Wintech: shoes size 42 fixed",
                "the Wintech double is usable",
            ),
            (
                "1X-Hudson",
                "Hudson single: hull repair curing until 1 Dec",
                "Rigging log Hudson: epoxy patch 24 Nov",
                "the Hudson single is curing until 1 Dec",
            ),
            (
                "8-Tubby",
                "Tubby training 8+: sound, wide beam, novice use",
                "Rigging log Tubby: sweep, bow-side stroke",
                "the Tubby is the novice boat",
            ),
        ],
        "alt_tool": "rigging_log_get",
        "search_tool": "outing_search",
        "target": "Priya's coaching launch booking for Saturday",
        "spin_queries": [
            "Priya launch Saturday",
            "coach launch 0730",
            "launch booking WN8",
            "safety launch novice eight",
            "Priya Saturday launch",
            "coaching boat booking Sat",
        ],
        "spin_result": "no outings matched",
        "refine": [
            (
                "launch",
                "3 launch bookings this week: L-Mon (Tom), L-Wed (Priya), L-Sat (unassigned)",
            ),
            ("L-Sat", "L-Sat 0700-0900: launch Merlin, driver unassigned, for M1 eight"),
            ("Merlin availability", "Merlin free 0900-1100; launch Kestrel free 0700-1100"),
        ],
        "pages": [
            "page 1/3: O-7701 M1 eight, O-7702 WN8, O-7703 masters quad, O-7704 W1 four",
            "page 2/3: O-7705 juniors, O-7706 M2 eight, O-7707 doubles squad, O-7708 singles",
            "page 3/3: O-7709 alumni eight, O-7710 adaptive double",
        ],
        "write_tool": "outing_book",
        "write_args": {
            "boat": "8-Tubby",
            "crew": "WN8",
            "date": "2026-11-28",
            "start": "0730",
            "coach": "Priya",
        },
        "write_bad": {"start": "0830"},
        "write_ok": "outing O-7702 booked",
        "verify_tool": "outing_calendar_get",
        "verify_args": {"date": "2026-11-28", "crew": "WN8"},
        "verify_ok": "Sat 0730-0900 WN8 in Tubby, coach Priya, launch Kestrel",
        "verify_bad": "Sat 0830-1000 WN8 in Tubby, coach Priya, launch Kestrel",
        "fix_note": "it shows 0830, I entered the wrong start time",
        "write_args2": {
            "boat": "4X-Filippi",
            "crew": "MQ4",
            "date": "2026-12-06",
            "start": "0800",
            "coach": "none",
        },
        "write_ok2": "outing O-7720 booked",
        "notify_tool": "crew_message_send",
        "notify_args": {
            "crew": "WN8",
            "text": "Sat 0730 in Tubby, meet at the boathouse 0715. Capsize test first for the three who need it.",
        },
        "notify_ok": "posted to WN8 group, 9 recipients",
        "fail_tool": "launch_book",
        "fail_bad": {"launch": "kestrel", "date": "2026-11-28", "driver": "Priya"},
        "fail_err": "unknown launch 'kestrel' (launch names are case-sensitive: Kestrel, Merlin)",
        "fail_good": {"launch": "Kestrel", "date": "2026-11-28", "driver": "Priya"},
        "fail_ok": "Kestrel booked 0700-0900 for Priya",
        "fail_fix": "launch names are case-sensitive",
        "fail_bad2": {"launch": "Kestrel", "date": "2026-11-28", "driver": "Priya S"},
        "fail_err2": "driver 'Priya S' has no launch licence on file (did you mean 'Priya Shah')",
        "transient": "club booking server returned 504 Gateway Timeout",
        "poll_tool": "river_flag_status",
        "poll_args": {"reach": "Isis"},
        "poll_wait": "flag AMBER; next EA gauge reading published 1200",
        "poll_steps": [
            "flag RED: stream 2.4 m/s",
            "flag RED: stream 2.1 m/s, falling",
            "flag AMBER: stream 1.8 m/s",
            "flag GREEN: stream 1.2 m/s",
        ],
        "docs": [
            (
                "SAF-1",
                "Safety plan: flags",
                "Red: no outings. Amber: no novices, launch required. Green: all crews.",
            ),
            (
                "SAF-2",
                "Safety plan: novices",
                "Novices need a capsize test before any outing and a coach in a launch.",
            ),
            (
                "SAF-3",
                "Safety plan: darkness",
                "No outings before 0700 in November; lights required until 0745.",
            ),
            (
                "SAF-4",
                "Incident log: 12 Nov",
                "Novice four clipped the bank on amber; no injuries; launch was late.",
            ),
        ],
        "doc_tool": "safety_doc_read",
        "summaries": [
            "Red means nobody goes out, amber means no novices and a launch must follow, green is open to all.",
            "SAF-1: red stops all outings; amber keeps novices off and needs a launch; green allows everyone.",
            "So: red none, amber experienced crews with a launch, green everybody.",
            "The flag rules are red closed, amber no novices plus launch, green open.",
        ],
        "synthesis": "Saturday's WN8 outing only goes if the flag is green, all three untested rowers pass the capsize test, lights are on till 0745, and Kestrel follows them.",
        "ab": (
            ("river_flag_status", {"reach": "Isis"}, "flag AMBER, stream 1.9 m/s"),
            ("outing_calendar_get", {"date": "2026-11-28"}, "Sat 0730 WN8 pending"),
        ),
        "flip": (
            "outing_book",
            "boat",
            "8-Tubby",
            "W8-Hatton",
            "the Tubby is the stable novice boat",
            "Hatton is the better boat and they should learn in it",
        ),
        "converge": (
            "foot_stretcher_set",
            "rower_reach_read",
            "hole",
            [
                (3, "catch angle 52 deg"),
                (5, "catch angle 56 deg"),
                (6, "catch angle 58 deg"),
                (6, "catch angle 58 deg, on target"),
            ],
        ),
        "agents": ("bookings_agent", "safety_agent"),
        "pingpong": (
            "whether WN8 can go out on amber with a launch",
            "that is a safety decision",
            "booking should sort the boat first",
        ),
        "review": [
            "Booking proposal: WN8 in Tubby Sat 0730, launch Kestrel with Priya.",
            "Safety: amber forbids novices; three rowers untested. Only if flag goes green and tests done first.",
            "Revised: outing conditional on green at 0700; capsize test booked at the pool Fri 1800.",
            "Safety agrees; conditional booking O-7702 confirmed.",
        ],
        "confirm": "book WN8 in the Tubby on Saturday 28 November at 0730 with Priya coaching",
        "yes": ["Yes.", "Yep, that's it.", "Yes, Tubby, 0730.", "Yes. Please stop asking."],
        "clarify": [
            ("The Cherwell is tagged out. Is the Tubby OK instead?", "Tubby's fine for novices."),
            (
                "Three of the crew have not done the capsize test. Book them for Friday's pool slot?",
                "Yes, please.",
            ),
            ("Launch Kestrel or Merlin? Only Kestrel is free at 0730.", "Kestrel."),
        ],
        "dictation": ["bow Amy", "2 Ravi", "3 Sofia", "4 Kemi", "5 Hannah"],
        "monologue": "The river flag is amber, so I am waiting for it to change before booking the novice outing.",
        "paraphrases": [
            "Let me find Priya's launch booking again.",
            "I'll check for the coaching launch once more.",
            "Going back to the Saturday launch booking.",
            "I should re-check Priya's launch before booking the crew.",
            "One more look for the Saturday safety launch.",
            "Let me look for the coach's launch again.",
            "I'll recheck the launch booking for WN8.",
        ],
    },
    {
        "name": "cinema_projection_booking",
        "fix_ok": "SPL-3-1204 updated: start 18:20",
        "plan": "Next: keys, content and the schedule per screen.",
        "history": "screen 2 schedule history: last title Nightline ran 20-26 Nov, no faults",
        "ts": "{d:02d}-11-2026T{h:02d}:{m:02d}Z",
        "noise": "{{req:{rid}, ms:{ms}, at:{ts}}}",
        "requests": [
            "The new Almodovar opens Friday on screen 2. Make sure the DCP and key are sorted.",
            "Saturday's 35 mm repertory night: check the print and the projector are ready.",
            "Screen 3's Friday programme went blank on the TMS. Rebuild it please.",
        ],
        "reads": [
            (
                "screen_schedule_get",
                {"screen": 2, "date": "2026-12-04"},
                "Screen 2 Fri: 13:30, 16:15, 19:00, 21:40 'Tierra Baja' (DCP pending)",
            ),
            (
                "dcp_delivery_get",
                {"title": "TierraBaja_FTR_S_ES-EN"},
                "DCP TierraBaja_FTR_S_ES-EN delivered via satellite 2026-12-01, 142 GB",
            ),
            (
                "projector_status",
                {"screen": 2},
                "Screen 2: Barco SP4K-25, lamp hours 1290, IMB OK, server TLS cert valid",
            ),
            (
                "print_register_get",
                {"print": "PR-35-118"},
                "PR-35-118 'Chinatown' 35 mm, 6 reels, condition B+, from BFI archive",
            ),
        ],
        "rec_tool": "kdm_status",
        "rec_key": "screen",
        "records": [
            (
                1,
                "screen 1: KDM TierraBaja none (not ordered)",
                "Distributor portal screen 1: no booking",
                "screen 1 has no key, as expected",
            ),
            (
                2,
                "screen 2: KDM TierraBaja valid 2026-12-03 12:00 to 2026-12-18 23:59",
                "Distributor portal screen 2: booked 4-17 Dec",
                "screen 2's key covers the whole run",
            ),
            (
                3,
                "screen 3: KDM Nightline valid to 2026-12-05 23:59",
                "Distributor portal screen 3: booked to 10 Dec",
                "screen 3's key expires five days before the booking ends",
            ),
            (
                4,
                "screen 4: KDM Nightline valid to 2026-12-12 23:59",
                "Distributor portal screen 4: booked to 12 Dec",
                "screen 4 is fine",
            ),
            (
                5,
                "screen 5: KDM Wildwood valid, wrong server cert (old IMB)",
                "Distributor portal screen 5: booked 4-11 Dec",
                "screen 5's key was made for the old IMB",
            ),
            (
                6,
                "screen 6: no KDM needed (unencrypted trailers only)",
                "Distributor portal screen 6: trailers only",
                "screen 6 needs no key",
            ),
        ],
        "alt_tool": "distributor_booking_get",
        "search_tool": "content_search",
        "target": "the KDM for Nightline on screen 3 after 5 December",
        "spin_queries": [
            "Nightline KDM screen 3",
            "Nightline key extension",
            "Nightline key after 5 Dec",
            "KDM Nightline renew",
            "screen 3 key Nightline",
            "Nightline decryption key",
        ],
        "spin_result": "0 items",
        "refine": [
            (
                "Nightline",
                "3 items: Nightline_FTR_S_EN-XX (DCP), Nightline_TLR (trailer), KDM batch KB-3301",
            ),
            (
                "KB-3301",
                "KDM batch KB-3301: screens 3 and 4, issued by Deluxe for Altitude, to 2026-12-12",
            ),
            (
                "KB-3301 screen 3",
                "screen 3 key in KB-3301 dated to 2026-12-05; screen 4 to 2026-12-12: request extension from Altitude",
            ),
        ],
        "pages": [
            "page 1/3: Almodovar Tierra Baja FTR, TierraBaja TLR, Nightline FTR, Nightline TLR",
            "page 2/3: Wildwood FTR, Wildwood TLR, Ad reel Dec, Cert BBFC idents",
            "page 3/3: Chinatown (35mm), Rep night intro",
        ],
        "write_tool": "playlist_build",
        "write_args": {
            "screen": 3,
            "date": "2026-12-04",
            "feature": "Nightline_FTR_S_EN-XX",
            "ads": "AdReel_Dec",
            "start": "18:20",
        },
        "write_bad": {"start": "18:02"},
        "write_ok": "SPL-3-1204 saved to TMS",
        "verify_tool": "screen_schedule_get",
        "verify_args": {"screen": 3, "date": "2026-12-04"},
        "verify_ok": "Screen 3 Fri 18:20 SPL-3-1204 Nightline, ads 12 min, ends 20:41",
        "verify_bad": "Screen 3 Fri 18:02 SPL-3-1204 Nightline, ads 12 min, ends 20:23",
        "fix_note": "the show sits at 18:02; I transposed the start time, it should be 18:20",
        "write_args2": {
            "screen": 3,
            "date": "2026-12-04",
            "feature": "Nightline_FTR_S_EN-XX",
            "ads": "AdReel_Dec",
            "start": "21:00",
        },
        "write_ok2": "SPL-3-1204b saved to TMS",
        "notify_tool": "distributor_email_send",
        "notify_args": {
            "to": "bookings@altitude.example",
            "subject": "KDM extension Nightline screen 3",
            "body": "Please extend KB-3301 screen 3 to 2026-12-10 23:59.",
        },
        "notify_ok": "email sent",
        "fail_tool": "dcp_ingest",
        "fail_bad": {"package": "TierraBaja_FTR_S_ES-EN", "server": "screen2"},
        "fail_err": "server 'screen2' unknown; TMS server ids are like SRV-02",
        "fail_good": {"package": "TierraBaja_FTR_S_ES-EN", "server": "SRV-02"},
        "fail_ok": "ingest complete, hash check passed, 142 GB",
        "fail_fix": "the server id must be in the TMS form SRV-02",
        "fail_bad2": {"package": "TierraBaja_FTR_S_ES_EN", "server": "SRV-02"},
        "fail_err2": "package 'TierraBaja_FTR_S_ES_EN' not found on library (check the hyphen in ES-EN)",
        "transient": "TMS library busy (another ingest in progress), retry",
        "poll_tool": "kdm_request_status",
        "poll_args": {"request": "KR-8841"},
        "poll_wait": "KR-8841 pending with Altitude; their booking desk works weekdays 09:00-17:00 UK",
        "poll_steps": [
            "KR-8841 accepted by Altitude",
            "KR-8841 sent to Deluxe for generation",
            "KR-8841 generated, emailing",
            "KR-8841 delivered: KDM valid to 2026-12-10 23:59",
        ],
        "docs": [
            (
                "TN-1",
                "Tech note: screen 2 lamp",
                "Lamp at 1290 h of 1500 h rated; brightness 13.1 fL vs 14 fL target.",
            ),
            (
                "TN-2",
                "Tech note: screen 2 audio",
                "Channel 5 (Ls) surround amp fault logged 20 Nov; replaced 22 Nov.",
            ),
            (
                "TN-3",
                "Tech note: screen 2 IMB",
                "IMB firmware update due; KDMs for new titles must target current cert.",
            ),
            (
                "TN-4",
                "Tech note: screen 2 masking",
                "Side masking motor slow; manual adjust for scope titles.",
            ),
        ],
        "doc_tool": "tech_note_read",
        "summaries": [
            "Screen 2's lamp has done 1290 of 1500 hours and is a bit dim at 13.1 fL.",
            "TN-1: lamp near end of life, 13.1 fL against the 14 fL target.",
            "The lamp on 2 is running below target brightness with 210 hours left.",
            "In short, screen 2's lamp is ageing and slightly under brightness.",
        ],
        "synthesis": "Screen 2 can open Tierra Baja on Friday: the audio is fixed and the key targets the current IMB; order a lamp now and set scope masking by hand.",
        "ab": (
            ("kdm_status", {"screen": 3}, "screen 3: KDM Nightline valid to 2026-12-05 23:59"),
            (
                "screen_schedule_get",
                {"screen": 3, "date": "2026-12-04"},
                "Screen 3 Fri: no playlist",
            ),
        ),
        "flip": (
            "playlist_build",
            "feature",
            "Nightline_FTR_S_EN-XX",
            "Wildwood_FTR_S_EN-XX",
            "Nightline is what's booked for screen 3",
            "Wildwood's key is valid all week so it is safer",
        ),
        "converge": (
            "lamp_power_set",
            "screen_luminance_read",
            "percent",
            [(85, "13.1 fL"), (90, "13.6 fL"), (94, "13.9 fL"), (95, "14.0 fL on target")],
        ),
        "agents": ("programming_agent", "projection_agent"),
        "pingpong": (
            "whether Nightline can stay on screen 3 after 5 Dec",
            "the key is projection's area",
            "programming owns the booking",
        ),
        "review": [
            "Programme draft for screen 3 Fri: Nightline 18:20 and 21:00.",
            "Projection: KDM ends 5 Dec; fine for Friday, but next week needs KR-8841.",
            "Programming: KR-8841 raised with Altitude; next week's shows marked provisional.",
            "Projection: agreed, SPL built and tested at 14:10.",
        ],
        "confirm": "rebuild screen 3's Friday playlist with Nightline at 18:20 and 21:00",
        "yes": ["Yes.", "Yes please.", "Yes, 18:20 and 21:00.", "Yes — same answer."],
        "clarify": [
            ("Ads before both shows, or only the 18:20?", "Both."),
            ("The 21:00 show: keep the BBFC ident or drop it?", "Keep it."),
            ("Should the house lights go to 30% at credits or stay down?", "30% at credits."),
        ],
        "dictation": [
            "Jingle Bells ad, 30 s",
            "Odeon-style countdown removed",
            "local bakery ad, 20 s",
            "trailer Wildwood",
            "trailer Tierra Baja",
        ],
        "monologue": "Waiting for Altitude to extend the Nightline key before I schedule next week on screen 3.",
        "paraphrases": [
            "Let me look for the Nightline key again.",
            "I'll check the screen 3 KDM once more.",
            "Going back to the Nightline KDM question.",
            "I need to re-check the key for Nightline after the 5th.",
            "One more look for a newer Nightline key.",
            "Let me revisit the screen 3 key validity.",
            "I'll search for the Nightline KDM again.",
        ],
    },
    {
        "name": "chimney_sweep_rounds",
        "fix_ok": "JB-7801 moved to 13:30",
        "plan": "Next I need the flue records and a free slot.",
        "history": "CU-2210 history: customer since 2019, swept yearly, 2025 note 'heavy tar'",
        "ts": "{d}/11/2026 {h:02d}:{m:02d}",
        "noise": "-- ref:{rid} t={ms}ms {ts}",
        "requests": [
            "Mr Pryce at Ivy Cottage says his wood burner smokes back into the room. Fit him in this week and check his last sweep.",
            "Plan Thursday's round in the Wye valley, and issue certificates for Monday's jobs.",
            "Insurance company wants a sweep certificate for 2 Church Lane. Can you find or reissue it?",
        ],
        "reads": [
            (
                "customer_get",
                {"customer": "CU-2210"},
                "Pryce, Gareth; Ivy Cottage, Llanfoist; Clearview 500 stove, 6 in liner; last sweep 2025-10-02",
            ),
            (
                "round_schedule_get",
                {"date": "2026-12-03"},
                "Thu round: 08:30 Abergavenny x2, 11:00 Crickhowell, 13:30 free, 15:00 Govilon",
            ),
            (
                "flue_survey_record",
                {"property": "PR-8812"},
                "Ivy Cottage: stainless liner 6 in, 7.2 m, cowl fitted, birdguard, bends 1 x 45 deg",
            ),
            (
                "van_kit_get",
                {"van": "VN-1"},
                "VN-1: rods x24, 6 in and 8 in brushes, power sweep, CCTV camera, smoke pellets x10",
            ),
        ],
        "rec_tool": "flue_survey_record",
        "rec_key": "property",
        "records": [
            (
                "PR-8812",
                "Ivy Cottage: 6 in liner 7.2 m, cowl, last smoke test pass 2025",
                "Sweep log PR-8812: 2025 heavy tar glazing stage 2",
                "Ivy Cottage had stage 2 glazing last year",
            ),
            (
                "PR-8820",
                "2 Church Lane: open fire, clay pot, unlined, 9 m",
                "Sweep log PR-8820: swept 2026-09-14, cert SC-4471",
                "Church Lane was swept in September",
            ),
            (
                "PR-8833",
                "The Old Forge: inglenook, 12 m, register plate",
                "Sweep log PR-8833: jackdaw nest removed 2026-04",
                "the Old Forge had a nest in April",
            ),
            (
                "PR-8840",
                "Ty Newydd: Aga oil, sweep by OFTEC tech only",
                "Sweep log PR-8840: not ours, OFTEC",
                "Ty Newydd is an oil Aga, not ours",
            ),
            (
                "PR-8851",
                "Bryn Farm: 2 stoves, twin wall 5 in, roof access only",
                "Sweep log PR-8851: scaffold needed last time",
                "Bryn Farm needs roof access",
            ),
            (
                "PR-8857",
                "Mill House: multi-fuel, 6 in liner, no cowl",
                "Sweep log PR-8857: soot fall light 2025",
                "Mill House is straightforward",
            ),
        ],
        "alt_tool": "sweep_log_get",
        "search_tool": "job_search",
        "target": "the September certificate for 2 Church Lane",
        "spin_queries": [
            "Church Lane certificate",
            "2 Church Ln sweep cert",
            "Church Lane chimney certificate September",
            "cert Church Lane 2026",
            "Church Lane sweeping record",
            "Church Lane insurance certificate",
        ],
        "spin_result": "0 jobs",
        "refine": [
            ("Church", "6 jobs across Church Lane, Church St, Church Rd"),
            ("PR-8820", "2 jobs: JB-6610 (2025-09), JB-7224 (2026-09-14, cert SC-4471)"),
            (
                "SC-4471",
                "SC-4471 issued 2026-09-14 to Mrs A. Beddoes, HETAS-registered sweep D. Morgan",
            ),
        ],
        "pages": [
            "page 1/3: JB-7801 Ivy Cottage, JB-7802 Old Forge, JB-7803 Mill House, JB-7804 Bryn Farm",
            "page 2/3: JB-7805 Llanwenarth, JB-7806 Gilwern, JB-7807 Talybont, JB-7808 Crickhowell",
            "page 3/3: JB-7809 Govilon, JB-7810 Llanellen",
        ],
        "write_tool": "appointment_book",
        "write_args": {
            "customer": "CU-2210",
            "date": "2026-12-03",
            "slot": "13:30",
            "job": "sweep + smoke test",
        },
        "write_bad": {"slot": "15:00"},
        "write_ok": "appointment JB-7801 booked",
        "verify_tool": "round_schedule_get",
        "verify_args": {"date": "2026-12-03"},
        "verify_ok": "Thu round: 08:30 Abergavenny x2, 11:00 Crickhowell, 13:30 Ivy Cottage, 15:00 Govilon",
        "verify_bad": "Thu round: 08:30 Abergavenny x2, 11:00 Crickhowell, 15:00 Ivy Cottage, 15:00 Govilon (CLASH)",
        "fix_note": "I put Ivy Cottage at 15:00, which clashes with Govilon; the free slot is 13:30",
        "write_args2": {
            "customer": "CU-2255",
            "date": "2026-12-03",
            "slot": "16:30",
            "job": "sweep",
        },
        "write_ok2": "appointment JB-7811 booked",
        "notify_tool": "customer_sms_send",
        "notify_args": {
            "to": "07700 900655",
            "text": "Hello Mr Pryce, we'll be with you Thu 3 Dec at 1:30pm. Please let the stove go cold overnight.",
        },
        "notify_ok": "SMS delivered",
        "fail_tool": "certificate_issue",
        "fail_bad": {"job": "JB-7790", "result": "pass", "hetas_id": "HT 5521"},
        "fail_err": "hetas_id 'HT 5521' invalid: expected digits only, e.g. 5521",
        "fail_good": {"job": "JB-7790", "result": "pass", "hetas_id": "5521"},
        "fail_ok": "certificate SC-4630 issued, PDF emailed to customer",
        "fail_fix": "the HETAS id must be digits only",
        "fail_bad2": {"job": "JB7790", "result": "pass", "hetas_id": "5521"},
        "fail_err2": "job 'JB7790' not found (job ids are JB-NNNN)",
        "transient": "certificate PDF service timed out",
        "poll_tool": "cctv_upload_status",
        "poll_args": {"upload": "UP-1142"},
        "poll_wait": "UP-1142 queued: van on mobile data, uploads resume on depot Wi-Fi after 17:30",
        "poll_steps": [
            "UP-1142 uploading 18%",
            "UP-1142 uploading 57%",
            "UP-1142 uploading 96%",
            "UP-1142 complete, 3 clips, 412 MB",
        ],
        "docs": [
            (
                "CC-1",
                "CCTV notes: Ivy Cottage liner, 0-3 m",
                "Light soot, liner intact, no deformation.",
            ),
            (
                "CC-2",
                "CCTV notes: Ivy Cottage liner, 3-6 m",
                "Stage 2 glazing around the 45 deg bend; partial restriction about 20%.",
            ),
            (
                "CC-3",
                "CCTV notes: Ivy Cottage liner, 6-7.2 m",
                "Cowl mesh half blocked with soot and a leaf mat.",
            ),
            (
                "CC-4",
                "Smoke test sheet: Ivy Cottage",
                "Smoke test before sweep: spillage at register plate; after sweep: pass.",
            ),
        ],
        "doc_tool": "survey_note_read",
        "summaries": [
            "The bottom 3 m of the liner has light soot and is intact.",
            "CC-1: first three metres fine, just light soot, no liner damage.",
            "So the lower section of the liner is in good order with a little soot.",
            "Lowest 3 m: intact, light soot only.",
        ],
        "synthesis": "The smoking back at Ivy Cottage came from glazing at the bend and a blocked cowl mesh; after sweeping and clearing the cowl the smoke test passed. Recommend a glazing treatment and an annual sweep.",
        "ab": (
            ("customer_get", {"customer": "CU-2210"}, "Pryce, Ivy Cottage, Clearview 500"),
            ("round_schedule_get", {"date": "2026-12-03"}, "Thu 13:30 free"),
        ),
        "flip": (
            "appointment_book",
            "slot",
            "13:30",
            "08:30",
            "13:30 is the free slot on Thursday",
            "he'd want the stove cold, so first thing is better",
        ),
        "converge": (
            "stove_air_control_set",
            "flue_draught_read",
            "position",
            [
                (5, "draught 8 Pa"),
                (3, "draught 11 Pa"),
                (2, "draught 12 Pa"),
                (2, "draught 12 Pa steady, in range"),
            ],
        ),
        "agents": ("booking_agent", "certificates_agent"),
        "pingpong": (
            "whether a new certificate can be issued for 2 Church Lane without a visit",
            "certificates owns that",
            "booking has to decide if a visit is needed",
        ),
        "review": [
            "Found SC-4471 for 2 Church Lane, swept 14 Sep 2026 by D. Morgan.",
            "Certificates: the insurer wants the policyholder's name; SC-4471 names Mrs Beddoes, the policy is Mr Beddoes. A reissue is allowed.",
            "Reissued as SC-4471-R1 with both names; original date kept.",
            "Checked: SC-4471-R1 valid, sent to insurer.",
        ],
        "confirm": "book Ivy Cottage for a sweep and smoke test on Thursday 3 December at 13:30",
        "yes": ["Yes.", "Yes, that's fine.", "Yes, Thursday half one.", "I said yes twice now."],
        "clarify": [
            (
                "Does the stove smoke back only when lighting, or all the time?",
                "Mostly when he first lights it.",
            ),
            (
                "Is there a bird guard or cowl on the pot that we might need to clear from the roof?",
                "There's a cowl.",
            ),
            ("Is there parking for the van on his drive?", "Yes, on the drive."),
        ],
        "dictation": [
            "Abergavenny 08:30 Mrs Lloyd",
            "Abergavenny 09:30 Mr Khan",
            "Crickhowell 11:00 the vicarage",
            "Ivy Cottage 13:30",
            "Govilon 15:00 Mrs Price",
        ],
        "monologue": "Waiting for the CCTV upload to finish before writing up Ivy Cottage.",
        "paraphrases": [
            "Let me look for the Church Lane certificate again.",
            "I'll search once more for the September cert.",
            "Going back to finding SC for 2 Church Lane.",
            "I should check again for the Church Lane certificate.",
            "One more search for the Church Lane sweep cert.",
            "Let me find the Church Lane certificate first.",
            "I'll look again for that September certificate.",
        ],
    },
    {
        "name": "sports_physio_clinic",
        "fix_ok": "AP-9960 moved to Dana 08:00",
        "plan": "Next: the individual files and what the insurer allows.",
        "history": "PT-4412 history: 2025 R hamstring grade 1, 3 weeks out",
        "ts": "{d} Nov 2026, {h:02d}:{m:02d}",
        "noise": "(rid {rid}, {ms} ms, {ts})",
        "requests": [
            "Tom Reyes, our academy striker, did his hamstring on Saturday. Book him in and set up a rehab plan.",
            "Can you get Sara Lindholm's ACL rehab sessions for December sorted, and check her insurer's approval?",
            "The club wants an injury summary for the first team before the derby.",
        ],
        "reads": [
            (
                "patient_file_get",
                {"patient": "PT-4412"},
                "Reyes, Tom, 19, striker; R hamstring strain Sat 21 Nov, sprinting; previous R hamstring 2025",
            ),
            (
                "injury_log_get",
                {"squad": "first"},
                "first team: 4 injured (Reyes hamstring, Okoro ankle, Baines groin, Lindholm ACL)",
            ),
            (
                "insurance_policy_get",
                {"patient": "PT-4388"},
                "Lindholm, Sara: Vitality Sport plan, 20 physio sessions/yr, 9 used, pre-auth needed after 12",
            ),
            (
                "appointment_search",
                {"date": "2026-11-30"},
                "Mon 30 Nov free: 08:00 Dana, 10:30 Kwame, 15:00 Dana, 17:30 Kwame",
            ),
        ],
        "rec_tool": "patient_file_get",
        "rec_key": "patient",
        "records": [
            (
                "PT-4412",
                "Reyes: R hamstring grade 2, MRI 23 Nov, 6 cm biceps femoris",
                "GP letter PT-4412: MRI report attached, no tendon involvement",
                "Reyes has a grade 2 hamstring strain",
            ),
            (
                "PT-4388",
                "Lindholm: L ACL reconstruction 2026-08-20, week 14, running drills started",
                "GP letter PT-4388: surgeon review 10 Dec",
                "Lindholm is at week 14 after ACL surgery",
            ),
            (
                "PT-4401",
                "Okoro: R ankle inversion sprain grade 1, 25 Nov",
                "GP letter PT-4401: no fracture on X-ray",
                "Okoro's ankle is a mild sprain",
            ),
            (
                "PT-4395",
                "Baines: adductor tendinopathy, load-managed",
                "GP letter PT-4395: injection declined",
                "Baines is load-managed for his groin",
            ),
            (
                "PT-4420",
                "Mensah: return to play cleared 24 Nov after concussion",
                "GP letter PT-4420: GRTP stage 6 done",
                "Mensah is cleared after concussion",
            ),
            (
                "PT-4431",
                "Doyle: lower back stiffness, no red flags",
                "GP letter PT-4431: none",
                "Doyle has simple back stiffness",
            ),
        ],
        "alt_tool": "gp_letter_get",
        "search_tool": "appointment_search",
        "target": "Reyes's MRI report",
        "spin_queries": [
            "Reyes MRI",
            "Tom Reyes scan",
            "hamstring MRI Reyes",
            "MRI report striker",
            "Reyes imaging",
            "Reyes scan results",
        ],
        "spin_result": "0 appointments",
        "refine": [
            ("Reyes", "2 appointments: AP-9901 assessment 23 Nov, AP-9915 MRI at Spire 23 Nov"),
            ("AP-9915", "AP-9915 MRI Spire Cardiff 23 Nov, report to referrer Dr Hale"),
            ("Dr Hale inbox", "MRI report RP-5521 for Reyes received 24 Nov 09:12"),
        ],
        "pages": [
            "page 1/3: 08:00 Reyes, 08:45 Okoro, 09:30 Lindholm, 10:15 Baines",
            "page 2/3: 11:00 Doyle, 11:45 Mensah, 13:00 youth screening x3",
            "page 3/3: 15:00 Lindholm gym, 16:00 Reyes gym",
        ],
        "write_tool": "appointment_book",
        "write_args": {
            "patient": "PT-4412",
            "clinician": "Dana",
            "date": "2026-11-30",
            "time": "08:00",
            "type": "assessment",
        },
        "write_bad": {"clinician": "Kwame"},
        "write_ok": "appointment AP-9960 booked",
        "verify_tool": "clinician_diary_get",
        "verify_args": {"clinician": "Dana", "date": "2026-11-30"},
        "verify_ok": "Dana Mon 30 Nov: 08:00 Reyes (assessment), 15:00 free",
        "verify_bad": "Dana Mon 30 Nov: 08:00 free, 15:00 free (Reyes booked with Kwame 08:00, Kwame not in until 10:30)",
        "fix_note": "I booked him with Kwame, who isn't in until 10:30",
        "write_args2": {
            "patient": "PT-4388",
            "clinician": "Kwame",
            "date": "2026-11-30",
            "time": "10:30",
            "type": "ACL rehab",
        },
        "write_ok2": "appointment AP-9961 booked",
        "notify_tool": "patient_sms_send",
        "notify_args": {
            "to": "07700 900733",
            "text": "Hi Tom, physio assessment Mon 30 Nov 08:00 with Dana at the training ground. Bring shorts.",
        },
        "notify_ok": "SMS sent",
        "fail_tool": "insurer_preauth_submit",
        "fail_bad": {"patient": "PT-4388", "insurer": "Vitality", "sessions": 8, "code": "ACL"},
        "fail_err": "code 'ACL' is not a valid ICD-10 code (e.g. S83.5)",
        "fail_good": {"patient": "PT-4388", "insurer": "Vitality", "sessions": 8, "code": "S83.5"},
        "fail_ok": "pre-auth PA-22018 submitted, decision within 2 working days",
        "fail_fix": "the diagnosis needs an ICD-10 code",
        "fail_bad2": {
            "patient": "PT-4388",
            "insurer": "Vitality Sport",
            "sessions": 8,
            "code": "S83.5",
        },
        "fail_err2": "insurer 'Vitality Sport' unknown; use the insurer id 'Vitality'",
        "transient": "insurer gateway HTTP 503, maintenance window",
        "poll_tool": "preauth_status",
        "poll_args": {"preauth": "PA-22018"},
        "poll_wait": "PA-22018 with Vitality clinical reviewer; decisions issued by 17:00 next working day",
        "poll_steps": [
            "PA-22018 received by Vitality",
            "PA-22018 with clinical reviewer",
            "PA-22018 further info answered",
            "PA-22018 approved: 8 sessions to 2027-02-28",
        ],
        "docs": [
            (
                "CN-71",
                "Clinic note: Reyes 23 Nov",
                "Grade 2 R biceps femoris, pain 6/10 on sprint, ROM 70 deg SLR.",
            ),
            (
                "CN-72",
                "Clinic note: Okoro 25 Nov",
                "Grade 1 ankle sprain, weight bearing, hop test 80%.",
            ),
            (
                "CN-73",
                "Clinic note: Baines 26 Nov",
                "Adductor pain 3/10, squeeze test 85%, training modified.",
            ),
            (
                "CN-74",
                "Clinic note: Lindholm 26 Nov",
                "Week 14 post ACL, quad index 78%, started straight-line running.",
            ),
        ],
        "doc_tool": "clinic_note_read",
        "summaries": [
            "Reyes has a grade 2 right hamstring strain, 6/10 pain sprinting and 70 degrees straight-leg raise.",
            "CN-71 records a grade 2 biceps femoris strain for Reyes with reduced SLR (70 deg).",
            "So Reyes: moderate hamstring strain, painful to sprint, limited SLR.",
            "Reyes's note: grade 2 hamstring, pain 6/10, SLR 70.",
        ],
        "synthesis": "For the derby: Okoro is likely with strapping, Baines available on modified load, Reyes out 4-6 weeks, Lindholm not before March.",
        "ab": (
            ("appointment_search", {"date": "2026-11-30"}, "Mon free: 08:00 Dana, 10:30 Kwame"),
            ("patient_file_get", {"patient": "PT-4412"}, "Reyes R hamstring grade 2"),
        ),
        "flip": (
            "appointment_book",
            "clinician",
            "Dana",
            "Kwame",
            "Dana does the hamstring protocols",
            "Kwame saw him last season, continuity matters",
        ),
        "converge": (
            "treadmill_speed_set",
            "pain_score_read",
            "kmh",
            [
                (8, "pain 1/10"),
                (10, "pain 2/10"),
                (12, "pain 3/10, stop progression"),
                (11, "pain 1/10, hold here"),
            ],
        ),
        "agents": ("triage_agent", "rehab_agent"),
        "pingpong": (
            "whether Reyes needs a consultant review",
            "that is a rehab decision",
            "triage has to decide the referral",
        ),
        "review": [
            "Rehab draft for Reyes: isometrics week 1, Nordics from week 3, sprint at 70% week 4.",
            "Review: previous hamstring in 2025; delay Nordics to week 4 and add a Askling L-protocol.",
            "Revised plan: L-protocol weeks 1-3, Nordics week 4, sprint week 5, RTP test week 6.",
            "Approved by lead physio; plan RP-4412-01 saved.",
        ],
        "confirm": "book Tom Reyes with Dana on Monday 30 November at 08:00 for an assessment",
        "yes": ["Yes.", "Yes, go ahead.", "Yes, Dana, 8am.", "Yes, as I already said."],
        "clarify": [
            (
                "Has Tom had any imaging yet, or should I refer for an MRI?",
                "He had an MRI at Spire on the 23rd.",
            ),
            ("Does he train with the academy or the first team this week?", "First team."),
            ("Which physio would you prefer, Dana or Kwame?", "Dana."),
        ],
        "dictation": [
            "ice 15 min after sessions",
            "no sprinting until cleared",
            "bike 20 min daily",
            "isometric holds 5 x 45 s",
            "sleep 8 h",
        ],
        "monologue": "Waiting for Vitality's decision on PA-22018 before booking Sara's sessions.",
        "paraphrases": [
            "Let me find Reyes's MRI report again.",
            "I'll look for Tom's scan result once more.",
            "Going back to the hamstring MRI.",
            "I should check the MRI report again before planning.",
            "One more look for his imaging.",
            "Let me pull up the MRI again.",
            "I'll search again for the scan report.",
        ],
    },
]


def _step_llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def _step_tool(tool: str, args: dict[str, Any], observation: str, error: bool = False) -> Step:
    return {
        "kind": "tool",
        "tool": tool,
        "args": dict(args),
        "observation": observation,
        "error": error,
    }


class Ctx:
    """Per-row state: the domain, the row's random source and a running clock."""

    def __init__(self, dom: dict[str, Any], rng: random.Random) -> None:
        self.d = dom
        self.rng = rng
        self.day = rng.randint(2, 27)
        self.minute = rng.randint(6 * 60, 15 * 60)
        self.extra = 0

    def ts(self, advance: int = 1) -> str:
        self.minute += advance
        h, m = divmod(self.minute, 60)
        return str(self.d["ts"]).format(d=self.day, h=h % 24, m=m)

    def noise(self, advance: int = 1) -> str:
        rid = "%08x" % self.rng.getrandbits(32)
        ms = self.rng.randint(40, 2400)
        return str(self.d["noise"]).format(rid=rid, ms=ms, ts=self.ts(advance))

    def obs(self, body: str, advance: int = 1) -> str:
        if self.rng.random() < 0.5:
            return f"{body} {self.noise(advance)}"
        return f"{self.noise(advance)} {body}"

    def tool(
        self, name: str, args: dict[str, Any], body: str, error: bool = False, advance: int = 1
    ) -> Step:
        return _step_tool(name, args, self.obs(body, advance), error)

    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)


def _preamble(c: Ctx, lo: int, hi: int) -> list[Step]:
    """A person's request, then lo..hi reads of the domain's records."""
    d = c.d
    steps: list[Step] = []
    opening = c.pick(
        [
            "On it. I'll start by pulling the records.",
            "Sure, let me look at what we have first.",
            "Understood. Reading the relevant records before changing anything.",
            "Okay, I'll gather the details first.",
            "Right, starting with the current records.",
        ]
    )
    request = d["requests"][0]
    if c.rng.random() < 0.5:
        request += c.pick([" Also: ", " And one more thing. ", " Separately, "]) + c.pick(
            d["requests"][1:]
        )
    steps.append(_step_llm(opening, request))
    reads = [r for r in d["reads"] if r[0] != d["rec_tool"]]
    c.rng.shuffle(reads)
    want = c.rng.randint(lo, hi) + c.extra
    for name, args, body in reads[:want]:
        steps.append(c.tool(name, args, body, advance=c.rng.randint(1, 4)))
    if want > len(reads):
        steps.append(_step_llm(c.pick(PLANNING_NOTES) + " " + str(d["plan"])))
    if want > len(reads) + 1:
        first_tool, first_args, _ = d["reads"][0]
        steps.append(c.tool(first_tool + "_history", dict(first_args), str(d["history"])))
    return steps


PLANNING_NOTES = [
    "Right, I have the picture.",
    "Okay, that's the background.",
    "Good, the records agree so far.",
    "That gives me enough context.",
]


def _tail_note(c: Ctx) -> str:
    return c.pick(
        [
            "That covers it; writing up the result for the person who asked.",
            "Done. Summary sent back with the details above.",
            "All set; I've noted what was found and what was changed.",
            "Finished. Reporting back now.",
        ]
    )


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    rid, body, _, _ = c.rng.choice(d["records"])
    args = {d["rec_key"]: rid}
    first = c.tool(d["rec_tool"], args, body)
    steps.append(first)
    for _ in range(c.rng.randint(3, 6)):
        if shape == 1:
            steps.append(
                _step_llm(
                    c.pick(
                        [
                            f"Let me pull {rid} up.",
                            f"Checking {rid}.",
                            f"Looking at {rid} now.",
                            f"Opening {rid}.",
                        ]
                    )
                )
            )
        if c.rng.random() < 0.35:
            steps.append(dict(first))  # cached: byte-identical
        else:
            steps.append(c.tool(d["rec_tool"], args, body, advance=0))
    return steps


def loop_paraphrased_repeat(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 4)
    if shape == 0:
        lines = list(d["paraphrases"])
        c.rng.shuffle(lines)
        steps.extend(_step_llm(t) for t in lines[: c.rng.randint(3, 6)])
    else:
        t = d["target"]
        lines = [
            f"So everything hinges on {t}; I need to get that before going further.",
            f"The blocker is still {t}. Until I have it I can't move on.",
            f"To recap: without {t} nothing else can be decided, so that comes first.",
            f"Right, the key thing remaining is {t}, which I still need to obtain.",
            f"I keep coming back to {t}; it is the one missing piece here.",
            f"Next step is clearly to get {t} before anything else.",
        ]
        c.rng.shuffle(lines)
        steps.extend(_step_llm(t2) for t2 in lines[: c.rng.randint(3, 5)])
    return steps


def loop_ab_oscillation(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    if shape == 0:
        (ta, aa, ba), (tb, ab, bb) = d["ab"]
        for _ in range(c.rng.randint(3, 4)):
            steps.append(c.tool(ta, aa, ba))
            steps.append(c.tool(tb, ab, bb))
    else:
        tool, key, x, y, why_x, why_y = d["flip"]
        base = {k: v for k, v in d["write_args"].items() if k != key}
        for _ in range(c.rng.randint(2, 3)):
            steps.append(_step_llm(f"{why_x[0].upper()}{why_x[1:]}; setting {key} to {x}."))
            steps.append(c.tool(tool, {**base, key: x}, f"{key} set to {x}"))
            steps.append(_step_llm(f"On reflection, {why_y}. Switching {key} to {y}."))
            steps.append(c.tool(tool, {**base, key: y}, f"{key} set to {y}"))
    return steps


def loop_repeated_failing_call(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 4)
    for i in range(c.rng.randint(3, 5)):
        if shape == 1 and i > 0:
            steps.append(
                _step_llm(
                    c.pick(
                        [
                            "Trying again.",
                            "Retrying.",
                            "Let me try that once more.",
                            "One more attempt.",
                            "Again.",
                        ]
                    )
                )
            )
        steps.append(c.tool(d["fail_tool"], d["fail_bad"], "error: " + d["fail_err"], error=True))
    return steps


def loop_identical_monologue(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    text = d["monologue"]
    for _ in range(c.rng.randint(3, 6)):
        if shape == 0:
            steps.append(_step_llm(text))
        else:
            pad = c.pick(["", " ", "  ", "\n"])
            steps.append(_step_llm(f"[{c.ts(c.rng.randint(1, 3))}] {text}{pad}"))
    return steps


def loop_stuck_pagination(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    tool = d["search_tool"]
    pages = d["pages"]
    if shape == 0:
        steps.append(c.tool(tool, {"status": "upcoming", "page": 1}, pages[0]))
        for _ in range(c.rng.randint(3, 5)):
            steps.append(c.tool(tool, {"status": "upcoming", "page": 2}, pages[1]))
            if c.rng.random() < 0.4:
                steps.append(
                    _step_llm(
                        c.pick(
                            [
                                "Next page.",
                                "Fetching the following page.",
                                "Moving on to the next page.",
                                "Continuing through the list.",
                            ]
                        )
                    )
                )
    else:
        steps.append(c.tool(tool, {"status": "upcoming"}, pages[0] + "; next_cursor=eyJvIjo0fQ"))
        for _ in range(c.rng.randint(3, 5)):
            steps.append(
                c.tool(
                    tool,
                    {"status": "upcoming", "cursor": "eyJvIjo0fQ"},
                    pages[1] + "; next_cursor=eyJvIjo4fQ",
                )
            )
    return steps


def loop_claimed_fix_same_args(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    steps.append(c.tool(d["fail_tool"], d["fail_bad"], "error: " + d["fail_err"], error=True))
    claims = [
        f"I see the problem: {d['fail_fix']}. Correcting it now.",
        f"My mistake, {d['fail_fix']}. Fixed the argument, retrying.",
        "Apologies, I've adjusted the request to match what the system expects.",
        "Corrected the parameter as the error suggests; sending it again.",
        "Right, updated the value per the error message. Trying the fixed call.",
    ]
    c.rng.shuffle(claims)
    for claim in claims[: c.rng.randint(2, 4)]:
        if shape == 0:
            steps.append(_step_llm(claim))
        else:
            steps.append(_step_llm(claim.split(".")[0] + "."))
        steps.append(c.tool(d["fail_tool"], d["fail_bad"], "error: " + d["fail_err"], error=True))
    return steps


def loop_synonym_search_spin(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    qs = list(d["spin_queries"])
    c.rng.shuffle(qs)
    for q in qs[: c.rng.randint(4, 6)]:
        if shape == 1:
            steps.append(
                _step_llm(
                    c.pick(
                        [
                            "Nothing. Trying different wording.",
                            "No hits; maybe another term works.",
                            "Still empty, rephrasing.",
                            "Let me word it differently.",
                        ]
                    )
                )
            )
        steps.append(c.tool(d["search_tool"], {"query": q}, d["spin_result"]))
    return steps


def loop_handoff_ping_pong(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    a, b = d["agents"]
    topic, to_b, to_a = d["pingpong"]
    for _ in range(c.rng.randint(2, 3)):
        if shape == 0:
            steps.append(
                c.tool(
                    "handoff",
                    {"from": a, "to": b, "note": f"please decide {topic}"},
                    f"handoff accepted by {b}",
                )
            )
            steps.append(
                c.tool(
                    "handoff",
                    {"from": b, "to": a, "note": f"{to_a}; returning"},
                    f"handoff accepted by {a}",
                )
            )
        else:
            steps.append(_step_llm(f"[{a}] I can't settle {topic}; {to_b}, so passing it to {b}."))
            steps.append(_step_llm(f"[{b}] Thanks, but {to_a}. Handing it back to {a}."))
    return steps


def loop_reconfirmation(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    asks = [
        f"Just to confirm: you want me to {d['confirm']}?",
        f"Before I go ahead, can you confirm I should {d['confirm']}?",
        f"To be safe, please confirm once more: {d['confirm']}?",
        f"I want to be certain. Shall I {d['confirm']}?",
        f"Sorry to double-check, but you'd like me to {d['confirm']}, correct?",
    ]
    c.rng.shuffle(asks)
    n = c.rng.randint(3, 4)
    steps.append(_step_llm(asks[0]))
    for i in range(1, n + 1):
        text = asks[i % len(asks)] if shape == 0 else asks[0]
        steps.append(_step_llm(text, d["yes"][min(i - 1, len(d["yes"]) - 1)]))
    return steps


def loop_redo_completed_action(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    for _ in range(c.rng.randint(2, 4)):
        if shape == 0:
            steps.append(c.tool(d["write_tool"], d["write_args"], d["write_ok"]))
            steps.append(c.tool(d["verify_tool"], d["verify_args"], d["verify_ok"]))
            steps.append(
                _step_llm(
                    c.pick(
                        [
                            "Looks right. Let me make sure it really took.",
                            "Confirmed. I'll apply it once more to be safe.",
                            "That's correct; re-applying just in case.",
                            "Good. Saving it again to be certain.",
                        ]
                    )
                )
            )
        else:
            steps.append(c.tool(d["notify_tool"], d["notify_args"], d["notify_ok"]))
            steps.append(
                _step_llm(
                    c.pick(
                        [
                            "Sent. I'll send the confirmation again so it isn't missed.",
                            "Message delivered; resending to be sure it arrives.",
                            "Done, but I'll send it once more.",
                            "Sending the same confirmation again in case the first didn't arrive.",
                        ]
                    )
                )
            )
    return steps


def loop_resummarise_same_document(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    doc_id, _title, body = d["docs"][0]
    sums = list(d["summaries"])
    c.rng.shuffle(sums)
    n = c.rng.randint(3, 4)
    if shape == 0:
        for s in sums[:n]:
            steps.append(c.tool(d["doc_tool"], {"doc_id": doc_id}, body))
            steps.append(_step_llm(s))
    else:
        steps.append(c.tool(d["doc_tool"], {"doc_id": doc_id}, body))
        for s in sums[:n]:
            steps.append(
                _step_llm(c.pick(["Summary: ", "To summarise: ", "", "Let me restate it: "]) + s)
            )
    return steps


def loop_poll_unchanged_status(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    for i in range(c.rng.randint(4, 7)):
        if shape == 1 and i % 2 == 1:
            steps.append(
                _step_llm(
                    c.pick(
                        [
                            "Still pending. Checking again.",
                            "No change yet; polling again.",
                            "Not there yet.",
                            "Checking once more.",
                        ]
                    )
                )
            )
        steps.append(c.tool(d["poll_tool"], d["poll_args"], d["poll_wait"], advance=0))
    return steps


# ------------------------------------------------------------ progress kinds


def progress_batch_lookup(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    recs = list(d["records"])
    c.rng.shuffle(recs)
    chosen = recs[: c.rng.randint(4, 6)]
    for rid, body, _, fact in chosen:
        steps.append(c.tool(d["rec_tool"], {d["rec_key"]: rid}, body))
        if shape == 1:
            steps.append(_step_llm(f"{rid}: {fact}."))
    steps.append(
        _step_llm(
            "Checked "
            + ", ".join(str(r[0]) for r in chosen)
            + ". "
            + "; ".join(r[3] for r in chosen)
            + "."
        )
    )
    return steps


def progress_similar_wording_new_facts(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    recs = list(d["records"])
    c.rng.shuffle(recs)
    chosen = recs[: c.rng.randint(3, 5)]
    if shape == 0:
        for rid, body, _, _ in chosen:
            steps.append(c.tool(d["rec_tool"], {d["rec_key"]: rid}, body))
        for i, (rid, _, _, fact) in enumerate(chosen, 1):
            steps.append(_step_llm(f"Going through them one at a time. Number {i}, {rid}: {fact}."))
    else:
        for rid, body, _, fact in chosen:
            steps.append(_step_llm(f"Now let me check {rid}."))
            steps.append(c.tool(d["rec_tool"], {d["rec_key"]: rid}, body))
            steps.append(_step_llm(f"Noted for {rid}: {fact}."))
    return steps


def progress_alternating_comparison(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    if shape == 0:
        recs = list(d["records"])
        c.rng.shuffle(recs)
        for rid, body, alt, _ in recs[: c.rng.randint(3, 4)]:
            steps.append(c.tool(d["rec_tool"], {d["rec_key"]: rid}, body))
            steps.append(c.tool(d["alt_tool"], {d["rec_key"]: rid}, alt))
        steps.append(
            _step_llm(
                "Cross-checked each record against the second source; differences noted above."
            )
        )
    else:
        adjust, measure, key, seq = d["converge"]
        previous = None
        for setting, reading in seq:
            if setting != previous:
                steps.append(c.tool(adjust, {key: setting}, f"{key}={setting} applied"))
            steps.append(c.tool(measure, {}, reading, advance=c.rng.randint(5, 20)))
            previous = setting
        steps.append(
            _step_llm("The reading has settled at the target, so I'm leaving the setting there.")
        )
    return steps


def progress_transient_retry(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    fails = 1 if shape == 0 else 2
    for _ in range(fails):
        steps.append(c.tool(d["fail_tool"], d["fail_good"], "error: " + d["transient"], error=True))
        steps.append(
            _step_llm(
                c.pick(
                    [
                        "Upstream timeout, not our request. Waiting a bit and retrying.",
                        "That's a transient failure on their side; backing off before the retry.",
                        "Timed out upstream. I'll retry after a short pause.",
                    ]
                )
            )
        )
    steps.append(c.tool(d["fail_tool"], d["fail_good"], d["fail_ok"], advance=2))
    w = d["write_args2"]
    steps.append(c.tool(d["write_tool"], w, d["write_ok2"]))
    steps.append(_step_llm(_tail_note(c)))
    return steps


def progress_acknowledging_dictation(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    items = d["dictation"][: c.rng.randint(4, 5)]
    steps.append(
        _step_llm(
            c.pick(
                [
                    "Ready, go ahead.",
                    "Sure, list them and I'll add each one.",
                    "Go on, I'm noting them.",
                ]
            ),
            c.pick(
                [
                    "I'll give you the items one at a time.",
                    "Let me dictate the list to you.",
                    "Write these down as I go.",
                ]
            ),
        )
    )
    for it in items:
        if shape == 0:
            steps.append(_step_llm(f"Added: {it}.", it[0].upper() + it[1:] + "."))
        else:
            steps.append(
                _step_llm("Got it, added.", c.pick(["Next: ", "Also ", "And ", ""]) + it + ".")
            )
    steps.append(_step_llm("Here is the full list: " + "; ".join(items) + ".", "That's all."))
    return steps


def progress_paging(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    tool = d["search_tool"]
    pages = d["pages"]
    cursors = ["eyJvIjo0fQ", "eyJvIjo4fQ"]
    for i, page in enumerate(pages):
        if shape == 0:
            steps.append(c.tool(tool, {"status": "upcoming", "page": i + 1}, page))
        else:
            args: dict[str, Any] = {"status": "upcoming"}
            if i:
                args["cursor"] = cursors[i - 1]
            nxt = f"; next_cursor={cursors[i]}" if i < len(cursors) else "; next_cursor=null"
            steps.append(c.tool(tool, args, page + nxt))
    steps.append(
        _step_llm("That's every page; the list is complete and I have all upcoming entries.")
    )
    return steps


def progress_retry_corrected_argument(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    steps.append(c.tool(d["fail_tool"], d["fail_bad"], "error: " + d["fail_err"], error=True))
    steps.append(_step_llm(f"The error says {d['fail_fix']}. Retrying with the corrected value."))
    if shape == 1:
        steps.append(c.tool(d["fail_tool"], d["fail_bad2"], "error: " + d["fail_err2"], error=True))
        steps.append(
            _step_llm("A second, different problem: the identifier format. Fixing that too.")
        )
    steps.append(c.tool(d["fail_tool"], d["fail_good"], d["fail_ok"]))
    steps.append(_step_llm(_tail_note(c)))
    return steps


def progress_refining_search(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    steps.append(c.tool(d["search_tool"], {"query": d["spin_queries"][0]}, d["spin_result"]))
    for q, body in d["refine"]:
        if shape == 1:
            steps.append(
                _step_llm(
                    c.pick(
                        [
                            "Broadening first, then narrowing down.",
                            "Different angle: go via the customer.",
                            "That narrows it; drilling in.",
                        ]
                    )
                )
            )
        steps.append(c.tool(d["search_tool"], {"query": q}, body))
    steps.append(_step_llm(f"Found it: {d['refine'][-1][1]}"))
    return steps


def progress_review_handoff(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    a, b = d["agents"]
    for i, text in enumerate(d["review"]):
        src, dst = (a, b) if i % 2 == 0 else (b, a)
        if shape == 0:
            steps.append(
                c.tool(
                    "handoff", {"from": src, "to": dst, "note": text}, f"handoff accepted by {dst}"
                )
            )
        else:
            steps.append(_step_llm(f"[{src}] {text}"))
    return steps


def progress_distinct_clarifying_questions(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    qs = d["clarify"]
    steps.append(_step_llm(qs[0][0]))
    for i in range(1, len(qs)):
        steps.append(_step_llm(qs[i][0], qs[i - 1][1]))
    if shape == 0:
        steps.append(_step_llm(f"Thanks. I'll {d['confirm']} now.", qs[-1][1]))
    else:
        steps.append(_step_llm(f"Just to confirm: {d['confirm']}?", qs[-1][1]))
        steps.append(_step_llm("Booking it.", d["yes"][0]))
    steps.append(c.tool(d["write_tool"], d["write_args"], d["write_ok"]))
    return steps


def progress_correct_after_verify(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    bad = {**d["write_args"], **d["write_bad"]}
    steps.append(c.tool(d["write_tool"], bad, d["write_ok"]))
    steps.append(c.tool(d["verify_tool"], d["verify_args"], d["verify_bad"]))
    steps.append(_step_llm(f"The read-back doesn't match: {d['fix_note']}. Correcting it."))
    steps.append(c.tool(d["write_tool"], d["write_args"], d["fix_ok"]))
    steps.append(c.tool(d["verify_tool"], d["verify_args"], d["verify_ok"]))
    if shape == 1:
        steps.append(_step_llm("Correct now. Moving to the next one."))
        steps.append(c.tool(d["write_tool"], d["write_args2"], d["write_ok2"]))
    steps.append(_step_llm(_tail_note(c)))
    return steps


def progress_summarise_related_documents(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 2)
    for doc_id, title, body in d["docs"]:
        steps.append(c.tool(d["doc_tool"], {"doc_id": doc_id}, f"{title}. {body}"))
        if shape == 0:
            steps.append(_step_llm(f"{doc_id}: {body}"))
    steps.append(_step_llm(d["synthesis"]))
    return steps


def progress_poll_advancing_job(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    steps = _preamble(c, 1, 3)
    for status in d["poll_steps"]:
        steps.append(c.tool(d["poll_tool"], d["poll_args"], status, advance=c.rng.randint(3, 15)))
        if shape == 1:
            steps.append(
                _step_llm(
                    c.pick(
                        [
                            "Moving along; checking again shortly.",
                            "Progress. Next check in a few minutes.",
                            "Advancing, will look again.",
                        ]
                    )
                )
            )
    steps.append(_step_llm("Finished on their side; carrying on with the result."))
    return steps


LOOP_KINDS: list[tuple[str, Callable[[Ctx, int], list[Step]]]] = [
    ("exact_repeat", loop_exact_repeat),
    ("paraphrased_repeat", loop_paraphrased_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("repeated_failing_call", loop_repeated_failing_call),
    ("identical_monologue", loop_identical_monologue),
    ("stuck_pagination", loop_stuck_pagination),
    ("claimed_fix_same_args", loop_claimed_fix_same_args),
    ("synonym_search_spin", loop_synonym_search_spin),
    ("handoff_ping_pong", loop_handoff_ping_pong),
    ("reconfirmation_loop", loop_reconfirmation),
    ("redo_completed_action", loop_redo_completed_action),
    ("resummarise_same_document", loop_resummarise_same_document),
    ("poll_unchanged_status", loop_poll_unchanged_status),
]

PROGRESS_KINDS: list[tuple[str, Callable[[Ctx, int], list[Step]]]] = [
    ("batch_lookup_distinct_records", progress_batch_lookup),
    ("similar_wording_new_facts", progress_similar_wording_new_facts),
    ("alternating_comparison", progress_alternating_comparison),
    ("transient_retry_then_success", progress_transient_retry),
    ("acknowledging_dictation", progress_acknowledging_dictation),
    ("paging_through_results", progress_paging),
    ("retry_corrected_argument", progress_retry_corrected_argument),
    ("refining_search", progress_refining_search),
    ("review_handoff_rounds", progress_review_handoff),
    ("distinct_clarifying_questions", progress_distinct_clarifying_questions),
    ("correct_after_verify", progress_correct_after_verify),
    ("summarise_related_documents", progress_summarise_related_documents),
    ("poll_advancing_job", progress_poll_advancing_job),
]


def build() -> list[Row]:
    rows: list[Row] = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, make in kinds:
            for n, dom in enumerate(DOMAINS):
                row_id = f"fortysecond-{label}-{kind}-{n:03d}"
                extra = random.Random(f"{SEED}:extra:{row_id}").choice([0, 0, 0, 1, 2])
                while True:
                    ctx = Ctx(dom, random.Random(f"{SEED}:{row_id}"))
                    ctx.extra = extra
                    steps = make(ctx, n % 2)
                    if len(steps) >= 8:
                        break
                    extra += 1
                if len(steps) > 18:
                    raise ValueError(f"{row_id}: {len(steps)} steps")
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": dom["name"],
                        "steps": steps,
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
