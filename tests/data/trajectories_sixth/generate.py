"""Generate the sixth labelled loop-detection set (``trajectories.jsonl``).

Written before the fifth tuning round, from material written for this set alone, as the unseen
measure of that round. Do not tune on it. Run ``python generate.py`` to rewrite the file next to
this script; the output is deterministic (every row draws from its own ``random.Random`` seeded
with ``SEED`` and the row's id).

Each domain block below holds the material for one domain; the builders further down turn it
into rows. Steps follow ``policies._loops.Step``: ``{"kind": "llm", "text", "observation"?}`` or
``{"kind": "tool", "tool", "args", "observation", "error"}``.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

SEED = 73140628
OUT = Path(__file__).resolve().parent / "trajectories.jsonl"

Call = tuple[str, dict[str, Any], str]
Step = dict[str, Any]


def llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def tool(name: str, args: dict[str, Any], observation: str, error: bool = False) -> Step:
    return {
        "kind": "tool",
        "tool": name,
        "args": json.loads(json.dumps(args)),
        "observation": observation,
        "error": error,
    }


def call(c: Call, error: bool = False) -> Step:
    return tool(c[0], c[1], c[2], error)


def hex_id(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid_like(rng: random.Random) -> str:
    return "-".join(hex_id(rng, n) for n in (8, 4, 4, 4, 12))


# ---------------------------------------------------------------------------------------------
# Shared banks (small; everything else is per domain)
# ---------------------------------------------------------------------------------------------

NUDGES = [
    "ok",
    "mm-hm",
    "carry on",
    "right",
    "fine",
    "go for it",
    "yep, do it",
    "alright",
    "proceed",
    "k thx",
    "👌",
    "sounds right",
    "cool",
    "please do",
]

HARNESS = [
    "[runner] no new input. Continue.",
    "(automated message) Please continue with the task.",
    "<system: continue>",
]

PINGS = [
    "any news?",
    "how's it going?",
    "where are we with this?",
    "update?",
    "still on it?",
    "anything yet?",
]

APOLOGIES = [
    "Apologies — that didn't go through. Let me try once more.",
    "Sorry about that! Trying again.",
    "My mistake, I'll resubmit it.",
    "Sorry, that failed again. One more attempt.",
    "I apologise for the repeated error; retrying now.",
    "Oops. Sorry — sending it again.",
    "Sorry for the trouble. I'll give it another go.",
    "Apologies for the delay, retrying the same request.",
]

USER_COMPLAINTS = ["same error again", "it failed again?", "that's the same message", "again??"]

RETRY_REMARKS = [
    "Trying that again.",
    "One more go.",
    "Re-sending.",
    "Again.",
    "Let me retry.",
    "Retry.",
]

REWORD_REMARKS = [
    "Maybe it wants the argument written differently.",
    "Let me phrase the request another way.",
    "Perhaps the format was the problem; adjusting.",
    "I'll try a different spelling of the parameters.",
    "Could be the field names. Changing them.",
]


# ---------------------------------------------------------------------------------------------
# Domain 0: dental_lab_orders (chatty; plain multi-line observations)
# ---------------------------------------------------------------------------------------------

_DENTAL_MSGS = (
    "Messages for DL-44817:\n"
    "10 Nov 16:02 lab -> practice: Margin on 26 distal-palatal not captured, "
    "can you rescan or send a PVS impression?\n"
    "(no reply yet)"
)


def _dental_volatile(j: int, rng: random.Random) -> str:
    minute = 7 + 4 * j + rng.randint(0, 2)
    stamp = f"Tue 11 Nov 2025 09:{minute:02d}:{rng.randint(0, 59):02d}"
    ref = hex_id(rng, 6).upper()
    body = _DENTAL_MSGS.replace("Messages for DL-44817:", f"Messages for DL-44817 (ref {ref}):")
    tail = " " * rng.randint(0, 3)
    return f"{body}\nfetched {stamp}{tail}"


DENTAL: dict[str, Any] = {
    "name": "dental_lab_orders",
    "task": (
        "Hi! Order DL-44817 from Ferreira Family Dental: 3-unit zirconia bridge 24-26, shade "
        "A3.5, due back at the practice Friday 14 Nov. QC flagged the margin on 26 in the "
        "intraoral scan. Can you sort out the margin question with the practice, get the design "
        "approved and get it into a mill slot in time?"
    ),
    "openers": [
        "Happy to! First I'll pull up the case card so I know exactly what came in.",
        "Sure thing — let me start by looking at the case and the scan QC notes.",
        "On it! Case card first, then the scan report, then we'll see about mill time.",
    ],
    "prefix": [
        (
            "get_case",
            {"case_no": "DL-44817"},
            "Case DL-44817 | Ferreira Family Dental (Dr. Ana Ferreira)\n"
            "Bridge 24-25-26, 25 pontic, full-contour zirconia (Katana STML), shade A3.5\n"
            "Received: Mon 10 Nov, intraoral scan (iTero)\n"
            "Due at practice: Fri 14 Nov\n"
            "Holds: QC-MARGIN (tooth 26)",
        ),
        (
            "get_scan_report",
            {"case_no": "DL-44817", "arch": "upper"},
            "Scan QC, upper arch:\n"
            "- 24 prep: margin clear, chamfer, 360 degrees\n"
            "- 26 prep: distal-palatal margin not captured (approx. 3 mm), probable gingival overlap\n"
            "- Bite registration: OK\n"
            "- Opposing arch: OK",
        ),
        (
            "list_mill_slots",
            {"mill": "MILL-2", "from": "2025-11-11", "to": "2025-11-13"},
            "MILL-2 open slots:\nTue 11 Nov 16:00 (90 min)\nWed 12 Nov 07:30 (120 min)\n"
            "Wed 12 Nov 13:00 (60 min)\nThu 13 Nov - full",
        ),
    ],
    "stuck": ("get_practice_messages", {"case_no": "DL-44817"}, _DENTAL_MSGS),
    "look_again": [
        "Let me peek at the practice messages again in case Dr. Ferreira has answered.",
        "Checking the message thread once more!",
        "I'll just refresh the messages — maybe the reply has landed.",
        "Quick look at the thread again.",
        "Let me see if there's anything new from the practice.",
        "One more check on the messages for this case.",
    ],
    "volatile": _dental_volatile,
    "intent_a": [
        "Next I'll phone Ferreira Family Dental and ask them for a rescan of the 26 margin.",
        "Right, time to call the practice about rescanning 26!",
        "I'm going to give Dr. Ferreira's front desk a ring about that rescan.",
        "Okay — calling the practice now to ask for a fresh scan of 26.",
        "Let me get on the phone with the practice so they can rescan 26.",
        "Going to reach the surgery by phone and request the 26 rescan.",
    ],
    "intent_b": [
        "First I'll flag the due date as at risk in the tracker.",
        "Let me mark DL-44817 'due date at risk' in the tracker.",
        "I'm going to update the tracker so it shows the Friday date is in danger.",
        "Time to set the at-risk flag on this case in the tracker!",
        "I'll note in the tracker that Friday might slip.",
        "Okay, tracker update coming: due date at risk for DL-44817.",
    ],
    "restate": "I'll mark the case as at risk in the tracker now.",
    "stall": {
        "start": (
            "restitch_scan",
            {"case_no": "DL-44817", "arch": "upper"},
            "Re-stitch job RS-2291 queued.",
        ),
        "check": ("get_job", {"job": "RS-2291"}, "RS-2291: queued (position 4 of 4), 0% done"),
        "msgs": [
            "Still waiting on the re-stitch: queued, position 4, 0% so far.",
            "Re-stitch is still queued (position 4), 0% done.",
            "Still queued at position 4 — the re-stitch hasn't started.",
            "No movement yet: RS-2291 is queued at 4, 0%.",
            "Still waiting: re-stitch queued, position 4, nothing done.",
        ],
    },
    "ab": (
        (
            "get_design_file",
            {"case_no": "DL-44817"},
            "design DL-44817_v1 - connector 24-25: 7.4 mm2, 25-26: 7.1 mm2 "
            "(min 9.0 for zirconia span) - NOT APPROVED",
        ),
        (
            "get_material_spec",
            {"material": "Katana STML"},
            "Katana STML: flexural strength 748 MPa; 3-unit posterior bridge needs connectors "
            ">= 9 mm2; wall >= 0.8 mm",
        ),
    ),
    "setter": {
        "tool": "set_pontic_design",
        "base": {"case_no": "DL-44817", "unit": 25},
        "key": "design",
        "values": ["ovate", "modified_ridge_lap", "sanitary"],
        "obs": lambda v: f"Pontic 25 design set to {v}. Re-run the design check.",
        "check": (
            "run_design_check",
            {"case_no": "DL-44817"},
            "Design check DL-44817:\nconnector 25-26 7.1 mm2 < 9.0 mm2 - FAIL\n"
            "margin 26 distal-palatal undefined - FAIL",
        ),
    },
    "cycle": [
        ("get_case_status", {"case_no": "DL-44817"}, "DL-44817: ON HOLD (QC-MARGIN, tooth 26)"),
        (
            "get_scan_report",
            {"case_no": "DL-44817", "arch": "upper"},
            "26 prep: distal-palatal margin not captured (approx. 3 mm)",
        ),
        ("get_practice_messages", {"case_no": "DL-44817"}, _DENTAL_MSGS),
    ],
    "fail": {
        "call": (
            "submit_to_mill",
            {"case_no": "DL-44817", "mill": "MILL-2", "slot": "2025-11-12T07:30"},
        ),
        "error": "Rejected: DL-44817 is on QC hold (QC-MARGIN, tooth 26). Holds must be "
        "released before milling.",
        "variants": [
            {"case_no": "dl-44817", "mill": "MILL-2", "slot": "2025-11-12T07:30"},
            {"case_no": "DL-44817", "mill": "mill-2", "slot": "12/11/2025 07:30"},
            {"case": "DL-44817", "mill": "MILL-2", "slot": "2025-11-12 07:30"},
            {"case_no": "44817", "mill": "MILL-2", "slot": "2025-11-12T07:30", "priority": "rush"},
            {"case_no": "DL-44817", "machine": "MILL-2", "start": "2025-11-12T07:30"},
        ],
    },
    "regen": {
        "call": ("auto_design_bridge", {"case_no": "DL-44817", "connector_target_mm2": 9.0}),
        "outputs": [
            "Proposal A: connectors 24-25 8.3 mm2, 25-26 7.9 mm2 (limited by occlusal clearance 1.1 mm)",
            "Proposal B: connectors 24-25 8.7 mm2, 25-26 8.0 mm2 (embrasure reduced)",
            "Proposal C: connectors 24-25 8.1 mm2, 25-26 8.4 mm2 (pontic narrowed 0.5 mm)",
            "Proposal D: connectors 24-25 8.9 mm2, 25-26 7.6 mm2 (gingival embrasure closed)",
            "Proposal E: connectors 24-25 8.5 mm2, 25-26 8.2 mm2 (height capped by clearance)",
        ],
        "rejects": [
            "Nope, 25-26 is still under 9 mm2. Let me have it try again.",
            "Still below 9 on 25-26 — another go.",
            "Hmm, under the minimum again. Regenerating!",
            "25-26 under 9 again, that won't pass QC. One more.",
            "Still not 9 mm2. Trying again!",
        ],
    },
    "pager": {
        "pages": [
            (
                "list_lab_orders",
                {"practice": "FERREIRA", "month": "2025-11", "page": 1},
                "Page 1/3\nDL-44701 crown 16 e.max, shipped 04 Nov\n"
                "DL-44735 night guard, shipped 05 Nov\nDL-44760 implant crown 36, shipped 07 Nov",
            ),
            (
                "list_lab_orders",
                {"practice": "FERREIRA", "month": "2025-11", "page": 2},
                "Page 2/3\nDL-44788 veneers 11 21, shipped 10 Nov\n"
                "DL-44801 partial denture try-in, in finishing\nDL-44817 bridge 24-26, on hold",
            ),
            (
                "list_lab_orders",
                {"practice": "FERREIRA", "month": "2025-11", "page": 3},
                "Page 3/3\nDL-44830 crown 46 zirconia, received 11 Nov\n"
                "DL-44842 whitening trays, received 11 Nov",
            ),
        ],
        "remarks": ["Page two next!", "And the last page."],
        "conclusion": "Eight Ferreira orders this month: five shipped, one in finishing, "
        "DL-44817 on hold and two just in. Nothing else of theirs is late, so 44817 is the one "
        "to protect.",
    },
    "corrected": {
        "bad": (
            "get_shade_photo",
            {"case_no": "DL-44817", "tooth": "26"},
            "No photo for tooth '26': on bridges, shade photos are indexed by unit position (1-3).",
        ),
        "note": "Ah, on bridges the photos go by unit position — 26 is unit 3.",
        "good": (
            "get_shade_photo",
            {"case_no": "DL-44817", "unit": 3},
            "IMG_5521.jpg, unit 3 (26): A3.5 body, slightly higher chroma cervically, "
            "translucent incisal halo",
        ),
        "conclusion": "Shade note for the designer: A3.5 with a touch more chroma at the "
        "cervical third on 26. Adding that to the case.",
    },
    "poll": {
        "start": (
            "send_rescan_request",
            {"case_no": "DL-44817", "tooth": "26", "method": "intraoral"},
            "Request RR-3310 sent to Ferreira Family Dental.",
        ),
        "check": ("get_rescan_request", {"request": "RR-3310"}),
        "statuses": [
            "RR-3310: sent, not yet opened",
            "RR-3310: opened by reception at 11:02",
            "RR-3310: patient booked for a rescan at 13:30 today",
            "RR-3310: rescan uploaded 13:52 (iTero), awaiting lab QC",
            "RR-3310: lab QC passed, 26 margin fully captured",
        ],
        "wait": ("sleep_minutes", {"minutes": 30}, "Slept 30 minutes."),
        "conclusion": "The new scan shows the whole margin on 26, so the QC hold can come off!",
    },
    "entities": {
        "items": [
            (
                "get_case",
                {"case_no": "DL-44830"},
                "DL-44830 | crown 46 zirconia | due 18 Nov | in design",
            ),
            (
                "get_case",
                {"case_no": "DL-44842"},
                "DL-44842 | whitening trays | due 14 Nov | models poured",
            ),
            (
                "get_case",
                {"case_no": "DL-44801"},
                "DL-44801 | partial denture try-in | due 13 Nov | in finishing",
            ),
            (
                "get_case",
                {"case_no": "DL-44788"},
                "DL-44788 | veneers 11 21 | shipped 10 Nov | delivered",
            ),
            (
                "get_case",
                {"case_no": "DL-44760"},
                "DL-44760 | implant crown 36 | shipped 07 Nov | remake requested: contact light",
            ),
        ],
        "conclusion": "Only DL-44842 shares Friday's date, and trays are quick. The one surprise "
        "is the remake request on DL-44760 — I'll flag that to the team separately.",
    },
    "transient": {
        "call": (
            "get_courier_quote",
            {"from": "lab", "to": "Ferreira Family Dental", "ready": "2025-11-13T16:00"},
        ),
        "errors": [
            "courier API: 503 Service Unavailable (try again shortly)",
            "courier API: timeout after 10 s",
        ],
        "wait": ("sleep_minutes", {"minutes": 1}, "Slept 1 minute."),
        "success": "Same-day bike: collect 16:30 Thu, deliver by 17:45, GBP 14.50",
        "conclusion": "Bike courier it is: Thursday 16:30 collection gets it there a day early.",
    },
    "updates": [
        (
            (
                "release_hold",
                {"case_no": "DL-44817", "hold": "QC-MARGIN"},
                "Hold QC-MARGIN released (tech J. Okoro).",
            ),
            "Update: the QC hold is off now that the rescan captured the 26 margin!",
        ),
        (
            (
                "approve_design",
                {"case_no": "DL-44817", "version": 3},
                "Design v3 approved: connectors 9.4 / 9.1 mm2.",
            ),
            "Update: design v3 is approved — both connectors are over 9 mm2.",
        ),
        (
            (
                "book_mill_slot",
                {"case_no": "DL-44817", "mill": "MILL-2", "slot": "2025-11-12T07:30"},
                "Booked MILL-2 Wed 12 Nov 07:30-09:30.",
            ),
            "Update: milling is booked for Wednesday 07:30 on MILL-2.",
        ),
        (
            (
                "book_sinter",
                {"case_no": "DL-44817", "furnace": "F1", "start": "2025-11-12T10:00"},
                "Sinter F1 Wed 10:00, 7 h cycle, cool by 18:00.",
            ),
            "Update: sintering Wednesday 10:00, out by 18:00 — glaze Thursday morning, ship Thursday afternoon.",
        ),
    ],
    "summaries": {
        "docs": [
            (
                (
                    "read_document",
                    {"doc": "Ferreira_Rx_DL-44817.pdf"},
                    "Prescription: 3-unit bridge 24-26, full-contour zirconia, shade A3.5. Dentist notes minimal occlusal reduction on 26 (1.2 mm). Patient is a bruxist; please maximise connector size.",
                ),
                "So the Rx says: bruxist patient, tight clearance on 26 (1.2 mm), and the dentist wants connectors as big as we can make them.",
            ),
            (
                (
                    "read_document",
                    {"doc": "Katana_STML_IFU.pdf"},
                    "Indications ... posterior 3-unit bridge: connector cross-section >= 9 mm2, wall >= 0.8 mm, occlusal thickness >= 1.0 mm. Do not adjust connectors after sintering.",
                ),
                "The material IFU wants 9 mm2 connectors and at least 1.0 mm occlusal, so 1.2 mm on 26 is tight but fine.",
            ),
            (
                (
                    "read_document",
                    {"doc": "Lab_SOP_QC-07.pdf"},
                    "QC-07 Undefined margins: any undefined margin longer than 1 mm requires a rescan or an impression. Technicians must not extrapolate margins.",
                ),
                "Our own SOP: we can't guess a 3 mm margin. A rescan or impression is mandatory.",
            ),
            (
                (
                    "read_document",
                    {"doc": "Ferreira_account_terms.pdf"},
                    "Turnaround: 5 working days from receipt of complete records. Remakes caused by incomplete records are chargeable. Rush: +40%.",
                ),
                "And the account terms: the 5-day clock only starts once records are complete, so a late rescan moves the date legitimately.",
            ),
        ],
        "conclusion": "Putting it together: rescan first, connectors to 9 mm2 within 1.2 mm of "
        "clearance, and if the rescan is late the practice's own terms cover us.",
    },
    "drafts": {
        "first": 'Draft message to the practice:\n"Dear Dr. Ferreira, thank you for case DL-44817. '
        "On reviewing the intraoral scan our QC team found that the distal-palatal margin of the "
        "preparation on 26 was not captured over roughly 3 mm, most likely because of gingival "
        "overlap. Our procedures don't allow us to estimate margins, so we would be grateful for "
        'either a rescan or a PVS impression of that tooth at your earliest convenience."',
        "rounds": [
            (
                "Too long, and lead with what you need from them.",
                'Shorter version:\n"Dr. Ferreira — could you rescan 26 (or send a PVS impression)? '
                "The distal-palatal margin wasn't captured (about 3 mm), so we can't design the "
                'DL-44817 bridge yet."',
            ),
            (
                "Mention the Friday date or they won't prioritise it.",
                '"Dr. Ferreira — could you rescan 26 (or send a PVS impression) by Tuesday '
                "midday? The distal-palatal margin wasn't captured (about 3 mm). With it we can "
                'still deliver the DL-44817 bridge on Friday 14 Nov."',
            ),
            (
                "Sign it from Maria (lab manager), not from you.",
                '"Dr. Ferreira — could you rescan 26 (or send a PVS impression) by Tuesday '
                "midday? The distal-palatal margin wasn't captured (about 3 mm). With it we can "
                "still deliver the DL-44817 bridge on Friday 14 Nov. Kind regards, Maria Santos, "
                'Lab Manager"',
            ),
        ],
    },
    "adjust": {
        "intro": "Connector 25-26 is the weak one. I'll raise its height a step at a time and "
        "measure, staying inside the 1.2 mm occlusal clearance.",
        "steps": [
            (
                (
                    "set_connector_height",
                    {"case_no": "DL-44817", "connector": "25-26", "height_mm": 3.0},
                    "25-26 height 3.0 mm",
                ),
                (
                    "measure_connector",
                    {"case_no": "DL-44817", "connector": "25-26"},
                    "25-26: 7.8 mm2; occlusal clearance 1.2 mm OK",
                ),
                "7.8 — need more height.",
            ),
            (
                (
                    "set_connector_height",
                    {"case_no": "DL-44817", "connector": "25-26", "height_mm": 3.4},
                    "25-26 height 3.4 mm",
                ),
                (
                    "measure_connector",
                    {"case_no": "DL-44817", "connector": "25-26"},
                    "25-26: 8.7 mm2; occlusal clearance 1.1 mm OK",
                ),
                "8.7, getting close. A little more.",
            ),
            (
                (
                    "set_connector_height",
                    {"case_no": "DL-44817", "connector": "25-26", "height_mm": 3.6},
                    "25-26 height 3.6 mm",
                ),
                (
                    "measure_connector",
                    {"case_no": "DL-44817", "connector": "25-26"},
                    "25-26: 9.2 mm2; occlusal clearance 1.0 mm OK (limit)",
                ),
                "9.2 mm2 and clearance right at the 1.0 mm limit. That's the one.",
            ),
        ],
        "conclusion": "Connector 25-26 at 3.6 mm height gives 9.2 mm2 — over the minimum, "
        "clearance still legal.",
    },
    "questions": [
        (
            "When's DL-44830 due?",
            (
                "get_case",
                {"case_no": "DL-44830"},
                "DL-44830 | crown 46 zirconia | due 18 Nov | in design",
            ),
            "DL-44830 is due Tuesday 18 Nov and it's in design now.",
        ),
        (
            "and the whitening trays for Ferreira?",
            (
                "get_case",
                {"case_no": "DL-44842"},
                "DL-44842 | whitening trays | due 14 Nov | models poured",
            ),
            "The trays (DL-44842) are due Friday too; models are poured already.",
        ),
        (
            "What about the Patel night guard?",
            (
                "find_case",
                {"practice": "PATEL", "item": "night guard"},
                "DL-44829 | Patel Dental Care | night guard | due 17 Nov | printing",
            ),
            "That's DL-44829, due Monday 17th, printing at the moment.",
        ),
        (
            "Is the Okafor implant crown back from the scan-body check?",
            (
                "find_case",
                {"practice": "OKAFOR", "item": "implant crown"},
                "DL-44806 | Okafor Smile Studio | implant crown 46 | scan body verified 10 Nov | in design",
            ),
            "Yes — DL-44806's scan body was verified on the 10th and it's in design.",
        ),
    ],
    "reread": [
        (
            "read_file",
            {"path": "design_notes/DL-44817.txt"},
            "DL-44817 design notes\n- material: Katana STML\n- shade: A3.5\n",
        ),
        "Adding the cervical chroma note from the photo.",
        (
            "edit_file",
            {
                "path": "design_notes/DL-44817.txt",
                "append": "- shade detail: higher chroma cervical third on 26\n",
            },
            "1 line appended.",
        ),
        (
            "read_file",
            {"path": "design_notes/DL-44817.txt"},
            "DL-44817 design notes\n- material: Katana STML\n- shade: A3.5\n- shade detail: higher chroma cervical third on 26\n",
        ),
        "Good. Now the connector spec.",
        (
            "edit_file",
            {
                "path": "design_notes/DL-44817.txt",
                "append": "- connector 25-26: 3.6 mm height, 9.2 mm2\n",
            },
            "1 line appended.",
        ),
        (
            "read_file",
            {"path": "design_notes/DL-44817.txt"},
            "DL-44817 design notes\n- material: Katana STML\n- shade: A3.5\n- shade detail: higher chroma cervical third on 26\n- connector 25-26: 3.6 mm height, 9.2 mm2\n",
        ),
        "Notes are complete for the designer!",
    ],
    "refine": {
        "steps": [
            (
                (
                    "search_cases",
                    {"q": "zirconia bridge 3-unit posterior"},
                    "38 cases (2023-2025). Most recent: DL-44512, DL-44290, DL-43977 ...",
                ),
                "Too broad. Let me add the bruxism angle.",
            ),
            (
                (
                    "search_cases",
                    {"q": "zirconia bridge 3-unit posterior bruxist"},
                    "6 cases: DL-44290, DL-43611, DL-42980, DL-42101, DL-41877, DL-40544",
                ),
                "Six. Which of those came back broken?",
            ),
            (
                (
                    "search_cases",
                    {"q": "zirconia bridge 3-unit posterior bruxist", "outcome": "fracture"},
                    "2 cases: DL-42101 (connector fracture at 14 months, connector 8.4 mm2), DL-40544 (chipped pontic, layered)",
                ),
                "Just two, and the fractured one had an 8.4 mm2 connector.",
            ),
        ],
        "conclusion": "Useful: our one connector fracture on a bruxist was under 9 mm2, which backs "
        "the 9.2 mm2 design.",
    },
}


# ---------------------------------------------------------------------------------------------
# Domain 1: water_leak_detection (terse ops log; key=value observations)
# ---------------------------------------------------------------------------------------------

_WATER_NL205 = [
    ("logger", "NL-205"),
    ("street", "Canal Bank"),
    ("last_upload", "2025-11-08T02:00Z"),
    ("battery", "??"),
    ("state", "no_upload"),
]


def _water_volatile(j: int, rng: random.Random) -> str:
    fields = list(_WATER_NL205)
    if rng.random() < 0.5:
        rng.shuffle(fields)
    noise = [
        ("req", hex_id(rng, 8)),
        ("ts", str(1762941600 + 97 * j + rng.randint(0, 40))),
    ]
    line = " ".join(f"{k}={v}" for k, v in noise + fields)
    return f"{line} latency_ms={rng.randint(31, 260)}"


def _water_noisy_args(j: int, rng: random.Random) -> dict[str, Any]:
    if j % 2:
        return {"id": "NL-205", "nonce": hex_id(rng, 12)}
    return {"id": "NL-205", "_ts": 1762941600 + 61 * j + rng.randint(0, 30)}


WATER: dict[str, Any] = {
    "name": "water_leak_detection",
    "task": (
        "DMA Hollins-North (DMA-07): minimum night flow up from 9 l/s to 18 l/s since Sunday. "
        "Find the leak, get a crew to it, confirm MNF back under 10 l/s."
    ),
    "openers": [
        "ack. pulling MNF trend.",
        "ok. start w/ logger data.",
        "starting. MNF trend first.",
    ],
    "prefix": [
        (
            "get_mnf_trend",
            {"dma": "DMA-07", "days": 7},
            "date=2025-11-06 mnf_lps=9.1\ndate=2025-11-07 mnf_lps=9.3\ndate=2025-11-08 mnf_lps=9.0\n"
            "date=2025-11-09 mnf_lps=17.6\ndate=2025-11-10 mnf_lps=18.2\n"
            "date=2025-11-11 mnf_lps=18.4\ndate=2025-11-12 mnf_lps=18.3",
        ),
        (
            "list_loggers",
            {"dma": "DMA-07", "type": "noise"},
            "logger=NL-201 street='Mill Lane' state=ok\nlogger=NL-202 street='Orchard Rd' state=ok\n"
            "logger=NL-203 street='Hollins Way' state=ALERT lvl_db=38\n"
            "logger=NL-204 street='Kiln St' state=ok\nlogger=NL-205 street='Canal Bank' state=no_upload",
        ),
        (
            "get_pressure",
            {"dma": "DMA-07", "point": "critical"},
            "point=CP-07 night_p_m=31.2 day_p_m=24.8 prv=PRV-07A prv_outlet_m=45",
        ),
    ],
    "stuck": ("get_logger", {"id": "NL-205"}, " ".join(f"{k}={v}" for k, v in _WATER_NL205)),
    "look_again": [
        "recheck NL-205.",
        "NL-205 again.",
        "re-query NL-205 upload.",
        "checking NL-205 once more.",
        "NL-205 - any upload yet?",
        "poll NL-205.",
    ],
    "volatile": _water_volatile,
    "noisy_args": _water_noisy_args,
    "intent_a": [
        "next: send crew to Hollins Way to correlate around NL-203.",
        "dispatching a crew to NL-203 now.",
        "will raise a crew job for Hollins Way, NL-203 area.",
        "ok - crew out to Hollins Way for correlation.",
        "next step: field crew at NL-203.",
        "getting a crew to Hollins Way next.",
    ],
    "intent_b": [
        "plan: step test tonight, close boundary valves one at a time.",
        "will schedule a night step test for DMA-07.",
        "next: book step test, 01:00-04:00.",
        "step test tonight is the next move.",
        "going to set up tonight's step test.",
        "todo: night step test on DMA-07.",
    ],
    "restate": "next: book the step test for tonight.",
    "stall": {
        "start": (
            "start_correlation",
            {"loggers": ["NL-203", "NL-204"]},
            "job=COR-5512 state=queued",
        ),
        "check": ("get_job", {"id": "COR-5512"}, "job=COR-5512 state=queued pct=0 pairs_done=0/1"),
        "msgs": [
            "COR-5512 still queued. 0/1 pairs.",
            "still queued, 0/1.",
            "COR-5512: queued, 0 pct.",
            "no change: queued, 0/1 pairs.",
            "still queued. 0/1 pairs done.",
        ],
    },
    "ab": (
        (
            "get_logger",
            {"id": "NL-203"},
            "logger=NL-203 lvl_db=38 spread_db=4 leak_prob=0.81 last_upload=2025-11-12T02:00Z",
        ),
        (
            "get_logger",
            {"id": "NL-204"},
            "logger=NL-204 lvl_db=21 spread_db=9 leak_prob=0.12 last_upload=2025-11-12T02:00Z",
        ),
    ),
    "setter": {
        "tool": "set_prv_setpoint",
        "base": {"prv": "PRV-07A"},
        "key": "outlet_m",
        "values": [45, 42, 40],
        "obs": lambda v: f"prv=PRV-07A outlet_m={v} ack=ok",
        "check": (
            "get_mnf_latest",
            {"dma": "DMA-07"},
            "dma=DMA-07 mnf_lps=18.3 window=2025-11-12T02:00/04:00 next_window=2025-11-13T02:00",
        ),
    },
    "cycle": [
        (
            "get_mnf_latest",
            {"dma": "DMA-07"},
            "dma=DMA-07 mnf_lps=18.3 window=2025-11-12T02:00/04:00 next_window=2025-11-13T02:00",
        ),
        (
            "get_logger",
            {"id": "NL-203"},
            "logger=NL-203 lvl_db=38 spread_db=4 leak_prob=0.81 last_upload=2025-11-12T02:00Z",
        ),
        (
            "get_pressure",
            {"dma": "DMA-07", "point": "critical"},
            "point=CP-07 night_p_m=31.2 day_p_m=24.8",
        ),
    ],
    "fail": {
        "call": ("operate_valve", {"valve": "BV-0731", "action": "close"}),
        "error": "result=DENIED reason='role analyst lacks control_room permission' asset=BV-0731",
        "variants": [
            {"valve": "bv-0731", "action": "close"},
            {"valve": "BV-0731", "action": "CLOSE"},
            {"valve_id": "BV-0731", "action": "close"},
            {"valve": "BV-0731", "action": "close", "confirm": True},
            {"valve": "BV0731", "position_pct": 0},
        ],
    },
    "regen": {
        "call": ("suggest_step_test", {"dma": "DMA-07", "window": "01:00-04:00"}),
        "outputs": [
            "plan=ST-41 seq=BV-0733>BV-0740>BV-0731>BV-0736 est_min=150",
            "plan=ST-42 seq=BV-0740>BV-0736>BV-0733>BV-0731 est_min=165",
            "plan=ST-43 seq=BV-0731>BV-0733>BV-0736>BV-0740 est_min=140",
            "plan=ST-44 seq=BV-0736>BV-0731>BV-0740>BV-0733 est_min=155",
            "plan=ST-45 seq=BV-0733>BV-0731>BV-0740>BV-0736 est_min=150",
        ],
        "rejects": [
            "closes BV-0740 (hospital feed). reject. regen.",
            "BV-0740 again. no. regen.",
            "still closes BV-0740. retry.",
            "BV-0740 in plan. rejected. again.",
            "again BV-0740. regen.",
        ],
    },
    "pager": {
        "pages": [
            (
                "list_work_orders",
                {"dma": "DMA-07", "status": "open"},
                "wo=WO-88101 type=meter_replace street='Mill Lane'\n"
                "wo=WO-88107 type=hydrant_repair street='Kiln St'\n"
                "wo=WO-88112 type=stop_tap street='Orchard Rd'\nnext_cursor=c2FsdDE",
            ),
            (
                "list_work_orders",
                {"dma": "DMA-07", "status": "open", "cursor": "c2FsdDE"},
                "wo=WO-88118 type=surface_reinstate street='Hollins Way'\n"
                "wo=WO-88121 type=valve_exercise asset=BV-0736\nnext_cursor=c2FsdDI",
            ),
            (
                "list_work_orders",
                {"dma": "DMA-07", "status": "open", "cursor": "c2FsdDI"},
                "wo=WO-88124 type=customer_lowpressure street='Canal Bank'\nnext_cursor=null",
            ),
        ],
        "remarks": ["next page.", "last page."],
        "conclusion": "6 open WOs. none is a burst. WO-88124 low pressure on Canal Bank worth noting "
        "(NL-205 area).",
    },
    "corrected": {
        "bad": (
            "get_flow",
            {"meter": "FM-07-IN", "from": "12/11/2025 00:00", "to": "12/11/2025 06:00"},
            "err=bad_param field=from msg='expected ISO 8601'",
        ),
        "note": "needs ISO timestamps. fixing.",
        "good": (
            "get_flow",
            {"meter": "FM-07-IN", "from": "2025-11-12T00:00Z", "to": "2025-11-12T06:00Z"},
            "t=00:00 q=21.4\nt=01:00 q=18.9\nt=02:00 q=18.3\nt=03:00 q=18.4\nt=04:00 q=19.0\n"
            "t=05:00 q=24.7\nt=06:00 q=33.1",
        ),
        "conclusion": "night floor ~18.3 l/s 02:00-03:00. matches MNF. leak is real, ~9 l/s extra.",
    },
    "poll": {
        "start": (
            "start_correlation",
            {"loggers": ["NL-203", "NL-202"]},
            "job=COR-5520 state=queued",
        ),
        "check": ("get_job", {"id": "COR-5520"}),
        "statuses": [
            "job=COR-5520 state=queued pct=0",
            "job=COR-5520 state=running pct=20",
            "job=COR-5520 state=running pct=65",
            "job=COR-5520 state=done pct=100 peak_m=112 from=NL-203 conf=0.88",
        ],
        "wait": ("wait", {"seconds": 120}, "waited=120s"),
        "conclusion": "leak ~112 m from NL-203 toward NL-202. that's the Orchard Rd / Hollins Way "
        "junction. conf 0.88.",
    },
    "same_result": {
        "tool": "get_logger_alarms",
        "args": [
            {"logger": "NL-201", "window": "7d"},
            {"logger": "NL-202", "window": "7d"},
            {"logger": "NL-204", "window": "7d"},
            {"logger": "NL-206", "window": "7d"},
            {"logger": "NL-208", "window": "7d"},
        ],
        "obs": "alarms=0 window=7d",
        "conclusion": "no alarms on the other five. NL-203 is the only one. good, single leak.",
    },
    "transient": {
        "call": ("get_work_order", {"id": "WO-88127"}),
        "errors": ["err=upstream_timeout svc=wms after_ms=10000", "err=http_502 svc=wms"],
        "wait": ("wait", {"seconds": 30}, "waited=30s"),
        "success": "wo=WO-88127 crew=C4 status=on_site arrived=2025-11-13T09:12Z "
        "task='excavate Orchard Rd/Hollins Way jct'",
        "conclusion": "C4 on site since 09:12 at the junction. good.",
    },
    "updates": [
        (
            (
                "raise_work_order",
                {"type": "leak_repair", "location": "Orchard Rd/Hollins Way jct", "priority": "P2"},
                "wo=WO-88127 created priority=P2",
            ),
            "status: WO-88127 raised, P2, Orchard Rd/Hollins Way junction.",
        ),
        (
            ("get_work_order", {"id": "WO-88127"}, "wo=WO-88127 crew=C4 status=on_site"),
            "status: crew C4 on site.",
        ),
        (
            (
                "get_work_order",
                {"id": "WO-88127"},
                "wo=WO-88127 status=repaired note='split collar on 100mm CI main, 2 bolts'",
            ),
            "status: repaired. split collar fitted on 100mm CI main.",
        ),
        (
            (
                "get_mnf_latest",
                {"dma": "DMA-07"},
                "dma=DMA-07 mnf_lps=9.4 window=2025-11-14T02:00/04:00",
            ),
            "status: MNF 9.4 l/s last night. under 10. closing.",
        ),
    ],
    "summaries": {
        "docs": [
            (
                (
                    "read_record",
                    {"id": "asset/main/M-07-1142"},
                    "main=M-07-1142 material=cast_iron dia_mm=100 laid=1938 bursts_10y=3 last_burst=2021-02-17",
                ),
                "M-07-1142: 1938 CI 100mm, 3 bursts in 10y. prime suspect.",
            ),
            (
                (
                    "read_record",
                    {"id": "leaks/DMA-07/2021-02-17"},
                    "leak=L-2021-0217 main=M-07-1142 type=circumferential_crack cause=ground_movement fix=split_collar",
                ),
                "2021 leak same main: circ crack, ground movement.",
            ),
            (
                (
                    "read_record",
                    {"id": "contacts/DMA-07/week46"},
                    "contacts=4 type=low_pressure streets='Canal Bank'x3,'Orchard Rd'x1",
                ),
                "4 low-pressure contacts wk46, 3 Canal Bank, 1 Orchard Rd.",
            ),
            (
                (
                    "read_record",
                    {"id": "survey/ground/2025-10"},
                    "survey=GS-2025-10 finding='subsidence 12mm Orchard Rd near jct' action=monitor",
                ),
                "Oct ground survey: 12mm subsidence Orchard Rd near the junction.",
            ),
        ],
        "conclusion": "consistent picture: old CI main, history of ground-movement cracks, "
        "subsidence at the junction. dig there.",
    },
    "drafts": {
        "first": "draft customer notice: 'Water off Thu 13 Nov 09:00-15:00, Orchard Rd and "
        "Hollins Way, for urgent repair.'",
        "rounds": [
            (
                "needs the house numbers, not just streets.",
                "v2: 'Water off Thu 13 Nov 09:00-15:00 for urgent repair: Orchard Rd 1-47 (odd), Hollins Way 2-30 (even).'",
            ),
            (
                "add the bottled water point.",
                "v3: 'Water off Thu 13 Nov 09:00-15:00 for urgent repair: Orchard Rd 1-47 (odd), Hollins Way 2-30 (even). Bottled water: Hollins Community Hall from 09:30.'",
            ),
            (
                "and the priority services line.",
                "v4: 'Water off Thu 13 Nov 09:00-15:00 for urgent repair: Orchard Rd 1-47 (odd), Hollins Way 2-30 (even). Bottled water: Hollins Community Hall from 09:30. Priority services: 0800 046 7771.'",
            ),
        ],
    },
    "adjust": {
        "intro": "after repair: trim PRV-07A so CP-07 night pressure sits ~28 m (min 27).",
        "steps": [
            (
                (
                    "set_prv_setpoint",
                    {"prv": "PRV-07A", "outlet_m": 41},
                    "prv=PRV-07A outlet_m=41 ack=ok",
                ),
                (
                    "get_pressure",
                    {"dma": "DMA-07", "point": "critical"},
                    "point=CP-07 night_p_m=28.9",
                ),
                "28.9. bit high.",
            ),
            (
                (
                    "set_prv_setpoint",
                    {"prv": "PRV-07A", "outlet_m": 39},
                    "prv=PRV-07A outlet_m=39 ack=ok",
                ),
                (
                    "get_pressure",
                    {"dma": "DMA-07", "point": "critical"},
                    "point=CP-07 night_p_m=26.8",
                ),
                "26.8. under min. back up 1.",
            ),
            (
                (
                    "set_prv_setpoint",
                    {"prv": "PRV-07A", "outlet_m": 40},
                    "prv=PRV-07A outlet_m=40 ack=ok",
                ),
                (
                    "get_pressure",
                    {"dma": "DMA-07", "point": "critical"},
                    "point=CP-07 night_p_m=27.9",
                ),
                "27.9. ok.",
            ),
        ],
        "conclusion": "PRV-07A outlet 40 m -> CP-07 27.9 m. done.",
    },
    "questions": [
        (
            "any work on Kiln St?",
            (
                "search_work_orders",
                {"street": "Kiln St"},
                "wo=WO-88107 type=hydrant_repair status=open",
            ),
            "Kiln St: one open WO, hydrant repair (WO-88107).",
        ),
        (
            "and Mill Lane?",
            (
                "search_work_orders",
                {"street": "Mill Lane"},
                "wo=WO-88101 type=meter_replace status=open",
            ),
            "Mill Lane: meter replacement, WO-88101, open.",
        ),
        (
            "what about Canal Bank, anything closed recently?",
            (
                "search_work_orders",
                {"street": "Canal Bank", "status": "closed", "days": 30},
                "wo=WO-87990 type=logger_battery closed=2025-10-21",
            ),
            "Canal Bank: logger battery swap closed 21 Oct (WO-87990). NL-205 may need another.",
        ),
        (
            "Orchard Rd?",
            (
                "search_work_orders",
                {"street": "Orchard Rd"},
                "wo=WO-88112 type=stop_tap status=open\nwo=WO-88127 type=leak_repair status=on_site",
            ),
            "Orchard Rd: stop tap WO-88112 open, and our leak repair WO-88127 on site.",
        ),
    ],
    "reread": [
        (
            "read_file",
            {"path": "ops/dma07_leak_log.md"},
            "# DMA-07 leak log\n2025-11-12 MNF 18.3, NL-203 ALERT\n",
        ),
        (
            "edit_file",
            {
                "path": "ops/dma07_leak_log.md",
                "append": "2025-11-13 COR-5520 peak 112m from NL-203, conf 0.88\n",
            },
            "ok lines=+1",
        ),
        (
            "read_file",
            {"path": "ops/dma07_leak_log.md"},
            "# DMA-07 leak log\n2025-11-12 MNF 18.3, NL-203 ALERT\n2025-11-13 COR-5520 peak 112m from NL-203, conf 0.88\n",
        ),
        "logged. add repair line.",
        (
            "edit_file",
            {
                "path": "ops/dma07_leak_log.md",
                "append": "2025-11-13 WO-88127 split collar, 100mm CI\n",
            },
            "ok lines=+1",
        ),
        (
            "read_file",
            {"path": "ops/dma07_leak_log.md"},
            "# DMA-07 leak log\n2025-11-12 MNF 18.3, NL-203 ALERT\n2025-11-13 COR-5520 peak 112m from NL-203, conf 0.88\n2025-11-13 WO-88127 split collar, 100mm CI\n",
        ),
        "log current.",
    ],
    "refine": {
        "steps": [
            (
                ("search_assets", {"dma": "DMA-07", "material": "cast_iron"}, "count=148"),
                "too many. filter diameter.",
            ),
            (
                (
                    "search_assets",
                    {"dma": "DMA-07", "material": "cast_iron", "dia_mm_max": 100},
                    "count=41",
                ),
                "41. restrict to 150m of NL-203.",
            ),
            (
                (
                    "search_assets",
                    {
                        "dma": "DMA-07",
                        "material": "cast_iron",
                        "dia_mm_max": 100,
                        "near": "NL-203",
                        "radius_m": 150,
                    },
                    "count=3 ids=M-07-1142,M-07-1150,M-07-1163",
                ),
                "3 mains.",
            ),
        ],
        "conclusion": "candidates M-07-1142, -1150, -1163. 1142 runs through the junction.",
    },
}


# ---------------------------------------------------------------------------------------------
# Domain 2: airline_crew_rostering (formal; tables)
# ---------------------------------------------------------------------------------------------

_CREW_REQ = (
    "Request REQ-7730 (FO1231, L. Quesnel): swap to AM reserve on 2025-12-06\n"
    "State: PENDING crew-control approval\n"
    "Last action: submitted 2025-11-10 09:14"
)


def _crew_volatile(j: int, rng: random.Random) -> str:
    stamp = f"2025-11-12T14:{11 + 3 * j:02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
    footer = f"Retrieved {stamp} | query Q-{rng.randint(10000, 99999)}"
    if rng.random() < 0.5:
        return f"{footer}\n{_CREW_REQ}"
    return f"{_CREW_REQ}\n{footer}"


CREW: dict[str, Any] = {
    "name": "airline_crew_rostering",
    "task": (
        "Please finalise the December 2025 roster for Gatwick-based A320 first officers. Three "
        "pairings (P4471, P4480, P4502) are currently uncovered. Cover them within flight-time "
        "limitations and publish the roster by 18:00 today."
    ),
    "openers": [
        "Certainly. I shall begin by reviewing the uncovered pairings.",
        "Understood. I will first examine the three open pairings.",
        "Very well. My first step is to review the pairings that remain uncovered.",
    ],
    "prefix": [
        (
            "get_pairing",
            {"pairing_id": "P4471"},
            "Pairing P4471 | 2025-12-06 | Report 06:10 LT\n"
            "Sector | From | To  | STD   | STA\n"
            "1      | LGW  | FNC | 07:10 | 11:05\n"
            "2      | FNC  | LGW | 12:00 | 15:45\n"
            "FDP 10:05 (max 13:00)",
        ),
        (
            "list_reserve_crew",
            {"base": "LGW", "rank": "FO", "date": "2025-12-06"},
            "Crew ID | Name          | Status     | Block (28d)\n"
            "FO1187  | R. Achterberg | Reserve AM | 84:10\n"
            "FO1204  | S. Mbatha     | Reserve AM | 97:35\n"
            "FO1231  | L. Quesnel    | Reserve PM | 61:20",
        ),
        (
            "get_crew_rest",
            {"crew_id": "FO1187", "date": "2025-12-06"},
            "FO1187: previous duty ends 2025-12-05 23:40; minimum rest 12:00; "
            "earliest report 2025-12-06 11:40",
        ),
    ],
    "stuck": ("get_crew_request", {"crew_id": "FO1231", "request": "REQ-7730"}, _CREW_REQ),
    "look_again": [
        "I shall consult the request once more.",
        "Let me re-examine REQ-7730.",
        "I will check whether REQ-7730 has been decided.",
        "Checking the status of the swap request again.",
        "I shall review REQ-7730 again for any change.",
        "Let me verify the request's state once more.",
    ],
    "volatile": _crew_volatile,
    "intent_a": [
        "I shall now contact crew control to request expedited approval of REQ-7730.",
        "My next step is to ask crew control to expedite the swap request.",
        "I will write to crew control asking that REQ-7730 be decided today.",
        "I intend to approach crew control regarding prompt approval of REQ-7730.",
        "I shall proceed to request that crew control expedite the swap.",
        "The next action is a message to crew control to hasten REQ-7730.",
    ],
    "intent_b": [
        "I shall assign P4502 to FO1187, subject to rest.",
        "The intended assignment is P4502 to R. Achterberg.",
        "P4502 will be allocated to FO1187.",
        "I propose to place FO1187 on P4502.",
        "Next, P4502 is to be given to FO1187.",
        "My intention is to roster FO1187 on P4502.",
    ],
    "restate": "I shall assign P4502 to FO1187.",
    "stall": {
        "start": (
            "run_optimiser",
            {"base": "LGW", "rank": "FO", "period": "2025-12"},
            "Optimiser run OPT-2212 submitted.",
        ),
        "check": (
            "get_optimiser_run",
            {"run_id": "OPT-2212"},
            "Run      | State               | Iterations | Best cost\n"
            "OPT-2212 | WAITING_FOR_LICENCE | 0          | -",
        ),
        "msgs": [
            "The optimiser run remains in WAITING_FOR_LICENCE with no iterations completed.",
            "OPT-2212 is still waiting for a licence; no iterations have been completed.",
            "The run is still awaiting a licence, with zero iterations.",
            "No progress: OPT-2212 remains WAITING_FOR_LICENCE, 0 iterations.",
            "OPT-2212 continues to await a licence; iterations remain at zero.",
        ],
    },
    "ab": (
        (
            "get_pairing",
            {"pairing_id": "P4480"},
            "Pairing P4480 | 2025-12-09 | Report 05:45 LT\n"
            "Sector | From | To  | STD   | STA\n"
            "1      | LGW  | TFS | 06:45 | 11:10\n"
            "2      | TFS  | LGW | 12:05 | 16:20\n"
            "FDP 10:50 (max 13:00)",
        ),
        (
            "list_reserve_crew",
            {"base": "LGW", "rank": "FO", "date": "2025-12-09"},
            "Crew ID | Name       | Status     | Block (28d)\n"
            "FO1204  | S. Mbatha  | Reserve AM | 97:35\n"
            "FO1266  | T. Varga   | Reserve AM | 78:05",
        ),
    ),
    "setter": {
        "tool": "set_standby_base",
        "base": {"crew_id": "FO1204", "date": "2025-12-09"},
        "key": "base",
        "values": ["LGW", "STN"],
        "obs": lambda v: f"FO1204 standby base for 2025-12-09 set to {v}.",
        "check": (
            "check_legality",
            {"crew_id": "FO1204", "pairing_id": "P4480"},
            "ILLEGAL: FO1204 would exceed 100:00 block hours in 28 days (97:35 + 8:40 = 106:15).",
        ),
    },
    "cycle": [
        ("get_crew_request", {"crew_id": "FO1231", "request": "REQ-7730"}, _CREW_REQ),
        (
            "check_legality",
            {"crew_id": "FO1231", "pairing_id": "P4471"},
            "ILLEGAL: FO1231 is rostered PM reserve; report 06:10 is outside the reserve "
            "window (12:00-20:00).",
        ),
        (
            "list_reserve_crew",
            {"base": "LGW", "rank": "FO", "date": "2025-12-06"},
            "Crew ID | Name          | Status     | Block (28d)\n"
            "FO1187  | R. Achterberg | Reserve AM | 84:10\n"
            "FO1204  | S. Mbatha     | Reserve AM | 97:35\n"
            "FO1231  | L. Quesnel    | Reserve PM | 61:20",
        ),
    ],
    "fail": {
        "call": ("publish_roster", {"base": "LGW", "rank": "FO", "period": "2025-12"}),
        "error": "PUBLISH REJECTED\nUncovered pairings: P4471, P4480, P4502\n"
        "Rule RP-01: all pairings must be covered before publication.",
        "variants": [
            {"base": "lgw", "rank": "FO", "period": "2025-12"},
            {"base": "LGW", "rank": "First Officer", "period": "Dec-2025"},
            {"base": "LGW", "rank": "FO", "period": "2025-12", "force": True},
            {"crew_base": "LGW", "rank": "FO", "month": "2025-12"},
            {"base": "LGW", "rank": "FO", "period": "2025-12-01/2025-12-31"},
        ],
    },
    "regen": {
        "call": ("auto_assign", {"pairing_id": "P4480", "pool": "LGW-FO-reserve"}),
        "outputs": [
            "Suggested: FO1204 (S. Mbatha) | note: 28-day block would be 106:15",
            "Suggested: FO1266 (T. Varga) | note: rest before report 10:50",
            "Suggested: FO1187 (R. Achterberg) | note: rest before report 11:15",
            "Suggested: FO1298 (P. Okonjo) | note: seventh consecutive duty day",
            "Suggested: FO1231 (L. Quesnel) | note: report outside reserve window",
        ],
        "rejects": [
            "That suggestion breaches flight-time limitations; I shall request another.",
            "This assignment is also non-compliant. Requesting a further suggestion.",
            "Again a limitation is breached. I shall ask once more.",
            "The proposal is again illegal under the FTL scheme. Another request follows.",
            "This, too, is non-compliant; I shall regenerate.",
        ],
    },
    "pager": {
        "pages": [
            (
                "list_pairings",
                {"base": "LGW", "period": "2025-12", "status": "uncovered", "page": 1},
                "Page 1 of 2\nPairing | Date       | Route       | Report\n"
                "P4471   | 2025-12-06 | LGW-FNC-LGW | 06:10\n"
                "P4480   | 2025-12-09 | LGW-TFS-LGW | 05:45",
            ),
            (
                "list_pairings",
                {"base": "LGW", "period": "2025-12", "status": "uncovered", "page": 2},
                "Page 2 of 2\nPairing | Date       | Route           | Report\n"
                "P4502   | 2025-12-14 | LGW-INN-LGW     | 07:30\n"
                "P4519   | 2025-12-20 | LGW-GVA-LGW-GVA | 05:55",
            ),
        ],
        "remarks": ["I shall now examine the second page."],
        "conclusion": "There are in fact four uncovered pairings, not three: P4519 on 20 "
        "December has also become uncovered. I shall include it.",
    },
    "corrected": {
        "bad": (
            "check_legality",
            {"crew_id": "1187", "pairing_id": "P4502"},
            "Error: crew_id must match ^FO\\d{4}$ or ^CP\\d{4}$",
        ),
        "note": "The crew identifier requires its rank prefix. I shall correct it to FO1187.",
        "good": (
            "check_legality",
            {"crew_id": "FO1187", "pairing_id": "P4502"},
            "LEGAL: rest before report 14:20; 28-day block 90:45; 7-day duty 38:10.",
        ),
        "conclusion": "FO1187 may legally operate P4502. I shall assign the pairing accordingly.",
    },
    "poll": {
        "intro": "All pairings are now covered, P4519 included. I shall publish the roster.",
        "start": (
            "publish_roster",
            {"base": "LGW", "rank": "FO", "period": "2025-12"},
            "Publication job PUB-0931 started.",
        ),
        "check": ("get_publication", {"job": "PUB-0931"}),
        "statuses": [
            "PUB-0931 | VALIDATING | rules 0/212",
            "PUB-0931 | VALIDATING | rules 140/212",
            "PUB-0931 | NOTIFYING CREW | 0/186 sent",
            "PUB-0931 | NOTIFYING CREW | 186/186 sent",
            "PUB-0931 | COMPLETE",
        ],
        "wait": ("pause", {"seconds": 60}, "Resumed after 60 s."),
        "conclusion": "The December roster has been published and all 186 first officers notified.",
    },
    "entities": {
        "items": [
            (
                "get_crew_rest",
                {"crew_id": "FO1187", "date": "2025-12-14"},
                "FO1187: earliest report 2025-12-14 04:50",
            ),
            (
                "get_crew_rest",
                {"crew_id": "FO1204", "date": "2025-12-14"},
                "FO1204: on leave 2025-12-12 to 2025-12-16",
            ),
            (
                "get_crew_rest",
                {"crew_id": "FO1231", "date": "2025-12-14"},
                "FO1231: earliest report 2025-12-14 09:05",
            ),
            (
                "get_crew_rest",
                {"crew_id": "FO1266", "date": "2025-12-14"},
                "FO1266: earliest report 2025-12-14 06:30",
            ),
            (
                "get_crew_rest",
                {"crew_id": "FO1298", "date": "2025-12-14"},
                "FO1298: earliest report 2025-12-14 05:15",
            ),
        ],
        "conclusion": "For P4502 (report 07:30 on 14 December), FO1187, FO1266 and FO1298 are "
        "rested in time; FO1231 is not, and FO1204 is on leave.",
    },
    "transient": {
        "call": ("get_crew_bids", {"crew_id": "FO1187", "period": "2025-12"}),
        "errors": [
            "Error 504: Gateway Timeout (crew-bidding service)",
            "Error 503: crew-bidding service in maintenance window, retry in 60 s",
        ],
        "wait": ("pause", {"seconds": 60}, "Resumed after 60 s."),
        "success": "Bids FO1187 (Dec 2025):\nDays off 24-26 Dec: GRANTED\nPreference: early starts\n"
        "Avoid FNC: no",
        "conclusion": "FO1187 has no objection to Funchal and prefers early starts; P4471 suits.",
    },
    "updates": [
        (
            (
                "assign_pairing",
                {"crew_id": "FO1187", "pairing_id": "P4502"},
                "Assigned P4502 to FO1187.",
            ),
            "Status: P4502 is covered by FO1187 (rest 14:20, block 90:45).",
        ),
        (
            (
                "assign_pairing",
                {"crew_id": "FO1266", "pairing_id": "P4480"},
                "Assigned P4480 to FO1266.",
            ),
            "Status: P4480 is covered by FO1266; two pairings remain.",
        ),
        (
            (
                "get_crew_request",
                {"crew_id": "FO1231", "request": "REQ-7730"},
                "REQ-7730: APPROVED 2025-11-12 15:02",
            ),
            "Status: REQ-7730 has been approved; FO1231 is now AM reserve on 6 December.",
        ),
        (
            (
                "assign_pairing",
                {"crew_id": "FO1231", "pairing_id": "P4471"},
                "Assigned P4471 to FO1231.",
            ),
            "Status: P4471 is covered by FO1231. Only P4519 remains open.",
        ),
    ],
    "summaries": {
        "docs": [
            (
                (
                    "read_document",
                    {"doc": "FTL_Scheme_rev14_s7.pdf"},
                    "7.2 Maximum FDP for acclimatised crew reporting 06:00-06:14, 1-2 sectors: 13:00. 7.5 Minimum rest before FDP from home base: 12:00 or the preceding duty, whichever is greater. 7.9 Block hours shall not exceed 100:00 in any 28 consecutive days.",
                ),
                "The FTL scheme sets a 13:00 FDP limit for these reports, 12 hours minimum rest, and a 100-hour ceiling in 28 days.",
            ),
            (
                (
                    "read_document",
                    {"doc": "Pilot_Agreement_2024_annex_C.pdf"},
                    "C.4 Reserve windows are AM (04:00-12:00) and PM (12:00-20:00). A reserve pilot may only be called within the published window. Swaps between windows require crew-control approval.",
                ),
                "The pilot agreement restricts reserves to their published window; switching windows needs crew-control approval.",
            ),
            (
                (
                    "read_document",
                    {"doc": "Ops_Notice_FNC_2025-09.pdf"},
                    "Funchal (FNC) is Category C. Both pilots must hold a valid FNC route qualification and have operated to FNC within 12 months.",
                ),
                "The Funchal notice requires a current Category C qualification for both pilots.",
            ),
            (
                (
                    "read_document",
                    {"doc": "Crew_Control_Memo_2025-11-07.pdf"},
                    "Swap requests for December are being processed in date order. Requests for the first week of December will be decided by 12 November.",
                ),
                "Crew control intends to decide first-week swap requests by 12 November, which covers REQ-7730.",
            ),
        ],
        "conclusion": "In summary, any assignment must respect the 100-hour limit and reserve "
        "windows, P4471 needs an FNC-qualified officer, and REQ-7730 should be decided today.",
    },
    "drafts": {
        "first": "Draft memorandum to the Chief Pilot:\nThree December pairings at Gatwick "
        "(P4471, P4480, P4502) were uncovered as of this morning. Two can be covered from "
        "reserve; the third depends on a pending swap request. Publication is expected today.",
        "rounds": [
            (
                "Name the officers.",
                "Revised memorandum:\nThree December pairings at Gatwick were uncovered this "
                "morning. P4502 is covered by FO1187 and P4480 by FO1266. P4471 depends on "
                "REQ-7730 (FO1231). Publication is expected today.",
            ),
            (
                "Say what happens if REQ-7730 is refused.",
                "Revised memorandum:\nP4502 is covered by FO1187 and P4480 by FO1266. P4471 "
                "depends on REQ-7730 (FO1231); should it be refused, P4471 will be offered as "
                "overtime to FNC-qualified line pilots. Publication is expected today.",
            ),
            (
                "Add P4519, it dropped out at lunchtime.",
                "Revised memorandum:\nP4502 is covered by FO1187 and P4480 by FO1266. P4471 "
                "depends on REQ-7730 (FO1231); should it be refused, it will be offered as "
                "overtime to FNC-qualified line pilots. P4519 (20 December, GVA) became uncovered "
                "at 12:40 and is being assigned from the 20 December AM reserves. Publication is "
                "expected by 18:00.",
            ),
        ],
    },
    "adjust": {
        "intro": "To set December's AM reserve level, I shall raise the daily count until the "
        "simulated cover reaches 95 per cent.",
        "steps": [
            (
                (
                    "set_reserve_level",
                    {"base": "LGW", "rank": "FO", "window": "AM", "per_day": 3},
                    "AM reserve level: 3/day",
                ),
                (
                    "simulate_cover",
                    {"base": "LGW", "rank": "FO", "period": "2025-12"},
                    "Simulated disruption cover: 88.4%",
                ),
                "Cover is 88.4 per cent; insufficient.",
            ),
            (
                (
                    "set_reserve_level",
                    {"base": "LGW", "rank": "FO", "window": "AM", "per_day": 4},
                    "AM reserve level: 4/day",
                ),
                (
                    "simulate_cover",
                    {"base": "LGW", "rank": "FO", "period": "2025-12"},
                    "Simulated disruption cover: 93.6%",
                ),
                "93.6 per cent; one further step is required.",
            ),
            (
                (
                    "set_reserve_level",
                    {"base": "LGW", "rank": "FO", "window": "AM", "per_day": 5},
                    "AM reserve level: 5/day",
                ),
                (
                    "simulate_cover",
                    {"base": "LGW", "rank": "FO", "period": "2025-12"},
                    "Simulated disruption cover: 96.2%",
                ),
                "96.2 per cent, which meets the target.",
            ),
        ],
        "conclusion": "Five AM reserves per day give 96.2 per cent simulated cover.",
    },
    "questions": [
        (
            "Could FO1266 take P4480?",
            (
                "check_legality",
                {"crew_id": "FO1266", "pairing_id": "P4480"},
                "LEGAL: rest 15:05; block 78:05 -> 86:45",
            ),
            "Yes. FO1266 may legally operate P4480; block hours would reach 86:45.",
        ),
        (
            "What about FO1298 for the same pairing?",
            (
                "check_legality",
                {"crew_id": "FO1298", "pairing_id": "P4480"},
                "ILLEGAL: seventh consecutive duty day",
            ),
            "No. For FO1298 it would be a seventh consecutive duty day.",
        ),
        (
            "And FO1187 on P4519?",
            (
                "check_legality",
                {"crew_id": "FO1187", "pairing_id": "P4519"},
                "LEGAL: rest 30:10; block 90:45 -> 97:20",
            ),
            "Yes, legally, although FO1187 would then be at 97:20 block hours.",
        ),
        (
            "Is FO1231 qualified for Funchal?",
            (
                "get_qualifications",
                {"crew_id": "FO1231"},
                "FO1231: A320 type; FNC Cat C valid to 2026-04-30; INN Cat B valid",
            ),
            "Yes. FO1231 holds a Funchal Category C qualification valid until April 2026.",
        ),
    ],
    "reread": [
        (
            "read_file",
            {"path": "roster_notes/2025-12_LGW_FO.txt"},
            "December LGW FO roster notes\nOpen: P4471, P4480, P4502\n",
        ),
        "I shall record the two assignments made so far.",
        (
            "edit_file",
            {
                "path": "roster_notes/2025-12_LGW_FO.txt",
                "replace": {
                    "Open: P4471, P4480, P4502": "Open: P4471\nCovered: P4480 (FO1266), P4502 (FO1187)"
                },
            },
            "1 replacement made.",
        ),
        (
            "read_file",
            {"path": "roster_notes/2025-12_LGW_FO.txt"},
            "December LGW FO roster notes\nOpen: P4471\nCovered: P4480 (FO1266), P4502 (FO1187)\n",
        ),
        "The file now reflects the assignments. P4519 must also be recorded.",
        (
            "edit_file",
            {
                "path": "roster_notes/2025-12_LGW_FO.txt",
                "replace": {"Open: P4471": "Open: P4471, P4519"},
            },
            "1 replacement made.",
        ),
        (
            "read_file",
            {"path": "roster_notes/2025-12_LGW_FO.txt"},
            "December LGW FO roster notes\nOpen: P4471, P4519\nCovered: P4480 (FO1266), P4502 (FO1187)\n",
        ),
        "The notes are accurate.",
    ],
    "refine": {
        "steps": [
            (
                (
                    "search_crew",
                    {"base": "LGW", "rank": "FO", "qualification": "FNC"},
                    "24 officers",
                ),
                "Twenty-four officers hold the qualification; I shall restrict to availability.",
            ),
            (
                (
                    "search_crew",
                    {
                        "base": "LGW",
                        "rank": "FO",
                        "qualification": "FNC",
                        "available": "2025-12-06",
                    },
                    "5 officers: FO1187, FO1222, FO1231, FO1240, FO1277",
                ),
                "Five are available; I shall apply the block-hour margin.",
            ),
            (
                (
                    "search_crew",
                    {
                        "base": "LGW",
                        "rank": "FO",
                        "qualification": "FNC",
                        "available": "2025-12-06",
                        "block_28d_max": "90:00",
                    },
                    "2 officers: FO1187 (84:10), FO1240 (71:55)",
                ),
                "Two candidates remain.",
            ),
        ],
        "conclusion": "FO1187 and FO1240 are the candidates for P4471; FO1240 has the larger margin.",
    },
}


# ---------------------------------------------------------------------------------------------
# Domain 3: patent_prior_art (thinks aloud; JSON-ish observations)
# ---------------------------------------------------------------------------------------------

_PATENT_REF = {
    "id": "US2017/0091214A1",
    "priority": "2015-09-28",
    "section": "[0041]-[0047]",
    "text": "[0043] ... each partition maintains its own dirty-page buffer ... buffers are "
    "flushed in round-robin order across partitions ...",
}


def _patent_volatile(j: int, rng: random.Random) -> str:
    items = list(_PATENT_REF.items())
    items.append(("request_id", uuid_like(rng)))
    items.append(("took_ms", rng.randint(80, 900)))
    rng.shuffle(items)
    indent = 2 if rng.random() < 0.4 else None
    return json.dumps(dict(items), indent=indent)


def _patent_noisy_args(j: int, rng: random.Random) -> dict[str, Any]:
    if j % 2:
        return {"id": "US2017/0091214A1", "section": "para 0041-0047", "request_id": uuid_like(rng)}
    return {
        "id": "US2017/0091214A1",
        "section": "para 0041-0047",
        "cache_bust": rng.randint(1, 10**9),
    }


PATENT: dict[str, Any] = {
    "name": "patent_prior_art",
    "task": (
        "We need prior art against claim 1 of US 11,204,337 B2 ('shard-aware write-back cache'), "
        "priority date 2019-03-04. Find references that predate it, chart the best two against "
        "claim 1's elements, and write a short invalidity memo."
    ),
    "openers": [
        "Hmm, okay. Let me first read claim 1 so I know what elements I'm hunting for.",
        "Right — claim 1 first, I think, then the family and priority data.",
        "Let me think... start with the claim text, then search.",
    ],
    "prefix": [
        (
            "get_patent",
            {"pub": "US11204337B2", "fields": ["claims"]},
            json.dumps(
                {
                    "pub": "US11204337B2",
                    "claim_1": "(a) a plurality of shards; (b) a write-back cache partitioned "
                    "per shard; (c) a flush scheduler that orders flushes by shard load; (d) a "
                    "coordinator that throttles writes to a shard whose cache exceeds a threshold",
                }
            ),
        ),
        (
            "get_family",
            {"pub": "US11204337B2"},
            json.dumps(
                {
                    "family_id": 71822045,
                    "priority": "2019-03-04",
                    "members": ["US11204337B2", "EP3706143A1", "CN111651472A"],
                }
            ),
        ),
        (
            "search_prior_art",
            {"q": "write-back cache per shard flush ordering load", "before": "2019-03-04"},
            json.dumps(
                {
                    "hits": 37,
                    "top": [
                        "US2017/0091214A1 (0.82)",
                        "US9830263B1 (0.79)",
                        "Zhang et al., VLDB 2016 (0.74)",
                    ],
                }
            ),
        ),
    ],
    "stuck": (
        "get_reference",
        {"id": "US2017/0091214A1", "section": "para 0041-0047"},
        json.dumps(_PATENT_REF),
    ),
    "look_again": [
        "Let me reread those paragraphs... maybe I missed a load-based ordering.",
        "Hmm, I'll go back to 0041-0047 again.",
        "Wait, let me look at that passage once more.",
        "I want to reread 0043 again, just to be sure.",
        "Let me check those paragraphs again — is it really round-robin?",
        "Back to the US'214 passage, once more.",
    ],
    "volatile": _patent_volatile,
    "noisy_args": _patent_noisy_args,
    "intent_a": [
        "I think I should broaden the search to non-patent literature next — ACM and IEEE.",
        "Hmm, what I really need now is an NPL search, ACM DL and IEEE Xplore.",
        "Okay, next I'll run the same concepts through the ACM and IEEE libraries.",
        "Let me widen this to papers — ACM and IEEE — that's the next move.",
        "I'm going to search the academic literature next, I think ACM first, then IEEE.",
        "Non-patent literature is probably where this lives, so I'll search there next.",
    ],
    "intent_b": [
        "So the thing to do is chart US'214 element by element against claim 1.",
        "I should start the claim chart with US'214, elements (a) through (d).",
        "Let me map US'214 to each element of claim 1 in a chart.",
        "Right, a claim chart for US'214 against (a)-(d) is the next step.",
        "Hmm, I'll build the US'214 chart now, element by element.",
        "Charting US'214 against claim 1 is what comes next, I think.",
    ],
    "restate": "I'll chart US'214 against claim 1 next.",
    "stall": {
        "start": (
            "order_translation",
            {"doc": "CN106201345A", "target": "en"},
            json.dumps({"job": "TR-4471", "state": "submitted"}),
        ),
        "check": (
            "get_translation",
            {"job": "TR-4471"},
            json.dumps({"job": "TR-4471", "state": "pending_vendor", "pages_done": 0, "pages": 18}),
        ),
        "msgs": [
            "Still pending with the vendor... 0 of 18 pages.",
            "Hmm, still pending_vendor, 0 of 18.",
            "Still nothing — 0/18 pages, pending vendor.",
            "Still pending at the vendor, 0 of 18 pages done.",
            "Hmm. Pending vendor still, 0 of 18.",
        ],
    },
    "ab": (
        (
            "get_reference",
            {"id": "US9830263B1", "section": "claims"},
            json.dumps(
                {
                    "id": "US9830263B1",
                    "priority": "2016-06-30",
                    "claim_1": "a cache tier with per-tenant dirty queues flushed by queue depth ...",
                }
            ),
        ),
        (
            "get_citations",
            {"pub": "US11204337B2", "direction": "backward"},
            json.dumps(
                {
                    "cited": ["US2017/0091214A1", "US8688904B1", "US2014/0281131A1"],
                    "examiner_cited": ["US2017/0091214A1"],
                }
            ),
        ),
    ),
    "setter": {
        "tool": "set_search_option",
        "base": {"workspace": "inv-337"},
        "key": "date_basis",
        "values": ["priority", "filing", "publication"],
        "obs": lambda v: json.dumps({"date_basis": v, "saved": True}),
        "check": (
            "in_result_set",
            {"ref": "WO2017/118203A1"},
            json.dumps({"ref": "WO2017/118203A1", "in_results": False, "result_count": 214}),
        ),
    },
    "cycle": [
        (
            "get_reference",
            {"id": "US2017/0091214A1", "section": "para 0041-0047"},
            json.dumps(_PATENT_REF),
        ),
        (
            "get_reference",
            {"id": "US9830263B1", "section": "claims"},
            json.dumps(
                {
                    "id": "US9830263B1",
                    "priority": "2016-06-30",
                    "claim_1": "a cache tier with per-tenant dirty queues flushed by queue depth ...",
                }
            ),
        ),
        (
            "get_family",
            {"pub": "US11204337B2"},
            json.dumps(
                {
                    "family_id": 71822045,
                    "priority": "2019-03-04",
                    "members": ["US11204337B2", "EP3706143A1", "CN111651472A"],
                }
            ),
        ),
    ],
    "fail": {
        "call": ("order_file_history", {"pub": "US11204337B2"}),
        "error": json.dumps(
            {
                "error": "ENTITLEMENT",
                "detail": "File-wrapper orders need a Patent Center account linked to this workspace.",
            }
        ),
        "variants": [
            {"pub": "US 11,204,337 B2"},
            {"application": "16/291,842"},
            {"pub": "US11204337"},
            {"pub": "US11204337B2", "format": "pdf"},
            {"patent_number": "11204337"},
        ],
    },
    "regen": {
        "call": ("draft_chart_row", {"pub": "US11204337B2", "claim": 1, "element": "c"}),
        "outputs": [
            json.dumps(
                {
                    "element": "c",
                    "ref": "US2020/0133881A1",
                    "cite": "[0052]",
                    "published": "2020-04-30",
                }
            ),
            json.dumps(
                {"element": "c", "ref": "EP3712009A1", "cite": "col. 8", "published": "2020-09-23"}
            ),
            json.dumps(
                {
                    "element": "c",
                    "ref": "US10997084B2",
                    "cite": "col. 11 l. 3-20",
                    "published": "2021-05-04",
                }
            ),
            json.dumps(
                {
                    "element": "c",
                    "ref": "US2019/0377504A1",
                    "cite": "[0061]",
                    "published": "2019-12-12",
                }
            ),
            json.dumps(
                {
                    "element": "c",
                    "ref": "WO2020/061322A1",
                    "cite": "p. 14",
                    "published": "2020-03-26",
                }
            ),
        ],
        "rejects": [
            "Hmm, that's published after 2019-03-04 — useless as prior art. Let me ask again.",
            "Also after the priority date. Again...",
            "Post-dates priority again. One more try.",
            "Nope, that's after priority too. Regenerate.",
            "After the priority date again, hmm. Retry.",
        ],
    },
    "pager": {
        "pages": [
            (
                "search_prior_art",
                {"q": "write-back cache per shard flush ordering load", "before": "2019-03-04"},
                json.dumps(
                    {
                        "hits": 37,
                        "page": [
                            "US2017/0091214A1",
                            "US9830263B1",
                            "Zhang et al., VLDB 2016",
                            "US8688904B1",
                        ],
                        "next": "tok_2",
                    }
                ),
            ),
            (
                "search_prior_art",
                {
                    "q": "write-back cache per shard flush ordering load",
                    "before": "2019-03-04",
                    "page_token": "tok_2",
                },
                json.dumps(
                    {
                        "page": [
                            "US2014/0281131A1",
                            "CN106201345A",
                            "Li & Ousterhout, ATC 2017",
                            "US9460008B1",
                        ],
                        "next": "tok_3",
                    }
                ),
            ),
            (
                "search_prior_art",
                {
                    "q": "write-back cache per shard flush ordering load",
                    "before": "2019-03-04",
                    "page_token": "tok_3",
                },
                json.dumps(
                    {
                        "page": [
                            "KR101788219B1",
                            "US2018/0150220A1",
                            "JP2016-184405A",
                            "EP3051431A1",
                        ],
                        "next": "tok_4",
                    }
                ),
            ),
            (
                "search_prior_art",
                {
                    "q": "write-back cache per shard flush ordering load",
                    "before": "2019-03-04",
                    "page_token": "tok_4",
                },
                json.dumps({"page": ["US9158546B1"], "next": None}),
            ),
        ],
        "remarks": ["Next page...", "Hmm, a Chinese one. Keep going.", "Last page, I think."],
        "conclusion": "Thirteen candidates in all. The ones worth reading in full: US'214, US'263, "
        "Zhang 2016, Li & Ousterhout 2017 and CN'345 (needs translation).",
    },
    "corrected": {
        "bad": (
            "get_reference",
            {"id": "US 9,830,263 B1", "section": "claims"},
            json.dumps({"error": "BAD_ID", "detail": "use the DOCDB form, e.g. US9830263B1"}),
        ),
        "note": "Oh, it wants the compact DOCDB form without spaces and commas.",
        "good": (
            "get_reference",
            {"id": "US9830263B1", "section": "claims"},
            json.dumps(
                {
                    "id": "US9830263B1",
                    "priority": "2016-06-30",
                    "claim_1": "a cache tier with per-tenant dirty queues flushed by queue depth ...",
                }
            ),
        ),
        "conclusion": "US'263 flushes by queue depth per tenant — that's close to element (c) if "
        "tenants read as shards. Promising.",
    },
    "poll": {
        "start": (
            "order_translation",
            {"doc": "CN106201345A", "target": "en", "vendor": "fast"},
            json.dumps({"job": "TR-4480", "state": "submitted"}),
        ),
        "check": ("get_translation", {"job": "TR-4480"}),
        "statuses": [
            json.dumps({"job": "TR-4480", "state": "queued"}),
            json.dumps({"job": "TR-4480", "state": "assigned", "translator": "T-77"}),
            json.dumps({"job": "TR-4480", "state": "in_progress", "pages_done": 6, "pages": 18}),
            json.dumps({"job": "TR-4480", "state": "in_progress", "pages_done": 14, "pages": 18}),
            json.dumps({"job": "TR-4480", "state": "delivered", "file": "CN106201345A_en.pdf"}),
        ],
        "wait": ("wait", {"minutes": 20}, "waited 20 min"),
        "conclusion": "Translation's in. Now I can actually read CN'345.",
    },
    "same_result": {
        "tool": "check_litigation",
        "args": [
            {"pub": "US2017/0091214A1"},
            {"pub": "US9830263B1"},
            {"pub": "US8688904B1"},
            {"pub": "US2014/0281131A1"},
            {"pub": "US9460008B1"},
        ],
        "obs": json.dumps({"litigation": [], "ptab": []}),
        "conclusion": "None of the five has been litigated or challenged at the PTAB, so there's no "
        "claim construction to worry about — fine.",
    },
    "transient": {
        "call": ("get_reference", {"id": "CN106201345A", "section": "abstract"}),
        "errors": [
            json.dumps({"error": "RATE_LIMITED", "retry_after_s": 20}),
            json.dumps({"error": "UPSTREAM_TIMEOUT", "source": "cnipa"}),
        ],
        "wait": ("wait", {"seconds": 20}, "waited 20 s"),
        "success": json.dumps(
            {
                "id": "CN106201345A",
                "priority": "2016-05-19",
                "abstract": "A distributed storage method in which each data fragment has an independent write cache; flushing priority is determined by the access load of the fragment ...",
            }
        ),
        "conclusion": "Oh, interesting — CN'345 flushes by fragment access load, 2016. That could be element (c).",
    },
    "updates": [
        (
            (
                "get_reference",
                {"id": "US2017/0091214A1", "section": "para 0041-0047"},
                json.dumps(_PATENT_REF),
            ),
            "Where I am: US'214 has (a) and (b) — partitions with their own dirty buffers — but flushes round-robin, so no (c).",
        ),
        (
            (
                "get_reference",
                {"id": "CN106201345A", "section": "claims", "lang": "en"},
                json.dumps(
                    {
                        "claim_1": "... flushing priority of each fragment's write cache is set according to the access load of the fragment ..."
                    }
                ),
            ),
            "Where I am now: CN'345 claim 1 has (c), load-ordered flushing, which US'214 lacks.",
        ),
        (
            (
                "get_reference",
                {"id": "CN106201345A", "section": "para 0030-0034", "lang": "en"},
                json.dumps(
                    {
                        "text": "[0032] when the cache occupancy of a fragment exceeds 80%, write requests to that fragment are delayed ..."
                    }
                ),
            ),
            "And CN'345 [0032] throttles writes above 80% occupancy — that's (d).",
        ),
        (
            (
                "get_patent",
                {"pub": "US11204337B2", "fields": ["prosecution_summary"]},
                json.dumps(
                    {
                        "art_cited_by_examiner": ["US2017/0091214A1"],
                        "cn_family_art_considered": False,
                    }
                ),
            ),
            "Last piece: the examiner never considered CN'345. So US'214 plus CN'345 is a new combination for (a)-(d).",
        ),
    ],
    "summaries": {
        "docs": [
            (
                (
                    "read_reference",
                    {"id": "US2017/0091214A1"},
                    json.dumps(
                        {
                            "summary_section": "Partitioned storage engine; each partition has its own dirty-page buffer; buffers flushed round-robin; no throttling."
                        }
                    ),
                ),
                "US'214: per-partition write-back buffers, round-robin flush, no throttling. Covers (a), (b).",
            ),
            (
                (
                    "read_reference",
                    {"id": "US9830263B1"},
                    json.dumps(
                        {
                            "summary_section": "Multi-tenant cache tier; per-tenant dirty queues; flush order by queue depth; tenants are not data shards."
                        }
                    ),
                ),
                "US'263: flush by queue depth, but per tenant, not per shard. (c) only by analogy.",
            ),
            (
                (
                    "read_reference",
                    {"id": "Zhang et al., VLDB 2016"},
                    json.dumps(
                        {
                            "summary_section": "Sharded key-value store; shared global write-back cache; admission control throttles clients when the global cache is full."
                        }
                    ),
                ),
                "Zhang 2016: throttling, but on a global cache, not per shard. Weak for (b), partial (d).",
            ),
            (
                (
                    "read_reference",
                    {"id": "CN106201345A", "lang": "en"},
                    json.dumps(
                        {
                            "summary_section": "Fragment-level write caches; flush priority by fragment access load; writes delayed above 80% occupancy."
                        }
                    ),
                ),
                "CN'345: fragment caches, load-ordered flush, occupancy throttling. (b), (c), (d).",
            ),
        ],
        "conclusion": "So the pair to chart is CN'345 (strongest: b, c, d) with US'214 for (a) "
        "and as a secondary reference for (b).",
    },
    "drafts": {
        "first": "Memo, first cut: Claim 1 of US'337 is likely invalid as obvious over CN106201345A "
        "in view of US2017/0091214A1.",
        "rounds": [
            (
                "Give the element mapping, one line each.",
                "Memo v2: Claim 1 is likely obvious over CN'345 in view of US'214. (a) shards: "
                "US'214 partitions. (b) per-shard cache: CN'345 fragment caches. (c) load-ordered "
                "flush: CN'345 [0021]. (d) throttling: CN'345 [0032].",
            ),
            (
                "Why would someone combine them? Add a motivation sentence.",
                "Memo v3: as v2, plus: a skilled person would apply CN'345's load-based flushing "
                "to US'214's partitioned engine because US'214 itself notes round-robin flushing "
                "starves hot partitions ([0047]).",
            ),
            (
                "Flag that CN'345 was read in translation.",
                "Memo v4: as v3, plus a note: CN'345 was read in a certified human translation "
                "(TR-4480); cited paragraph numbers follow the Chinese original.",
            ),
        ],
    },
    "adjust": {
        "intro": "Hmm, the semantic search threshold: I want roughly 40-60 hits to screen by hand.",
        "steps": [
            (
                (
                    "set_search_option",
                    {"workspace": "inv-337", "min_score": 0.6},
                    json.dumps({"min_score": 0.6, "saved": True}),
                ),
                ("count_results", {"workspace": "inv-337"}, json.dumps({"count": 412})),
                "412, way too many.",
            ),
            (
                (
                    "set_search_option",
                    {"workspace": "inv-337", "min_score": 0.8},
                    json.dumps({"min_score": 0.8, "saved": True}),
                ),
                ("count_results", {"workspace": "inv-337"}, json.dumps({"count": 31})),
                "31 — now too few, I'd lose the tail.",
            ),
            (
                (
                    "set_search_option",
                    {"workspace": "inv-337", "min_score": 0.75},
                    json.dumps({"min_score": 0.75, "saved": True}),
                ),
                ("count_results", {"workspace": "inv-337"}, json.dumps({"count": 88})),
                "88, still a bit many.",
            ),
            (
                (
                    "set_search_option",
                    {"workspace": "inv-337", "min_score": 0.78},
                    json.dumps({"min_score": 0.78, "saved": True}),
                ),
                ("count_results", {"workspace": "inv-337"}, json.dumps({"count": 52})),
                "52. Good.",
            ),
        ],
        "conclusion": "min_score 0.78 gives 52 hits — screenable in an afternoon.",
    },
    "questions": [
        (
            "Is Zhang 2016 before the priority date?",
            (
                "get_reference_meta",
                {"id": "Zhang et al., VLDB 2016"},
                json.dumps({"published": "2016-09-05"}),
            ),
            "Yes, published 5 September 2016, well before 4 March 2019.",
        ),
        (
            "And Li & Ousterhout?",
            (
                "get_reference_meta",
                {"id": "Li & Ousterhout, ATC 2017"},
                json.dumps({"published": "2017-07-12"}),
            ),
            "Also prior: July 2017.",
        ),
        (
            "What about the EP family member, any opposition?",
            (
                "get_register",
                {"pub": "EP3706143A1"},
                json.dumps({"status": "examination requested", "opposition": None}),
            ),
            "EP'143 is still in examination, so no opposition is possible yet.",
        ),
        (
            "Has anyone cited US'337 since grant?",
            (
                "get_citations",
                {"pub": "US11204337B2", "direction": "forward"},
                json.dumps({"citing": ["US11561847B2", "US2023/0076120A1"]}),
            ),
            "Two forward citations: US'847 and US 2023/0076120.",
        ),
    ],
    "reread": [
        (
            "read_file",
            {"path": "memo/inv-337.md"},
            "# Invalidity memo: US 11,204,337 B2\n\nConclusion: TBD\n",
        ),
        "Let me put the conclusion in.",
        (
            "edit_file",
            {
                "path": "memo/inv-337.md",
                "replace": {
                    "Conclusion: TBD": "Conclusion: claim 1 likely obvious over CN'345 in view of US'214."
                },
            },
            json.dumps({"replaced": 1}),
        ),
        (
            "read_file",
            {"path": "memo/inv-337.md"},
            "# Invalidity memo: US 11,204,337 B2\n\nConclusion: claim 1 likely obvious over CN'345 in view of US'214.\n",
        ),
        "Hmm, and the element table should follow.",
        (
            "edit_file",
            {
                "path": "memo/inv-337.md",
                "append": "\n| element | reference |\n|---|---|\n| a | US'214 [0041] |\n| b | CN'345 [0018] |\n| c | CN'345 [0021] |\n| d | CN'345 [0032] |\n",
            },
            json.dumps({"appended_lines": 7}),
        ),
        (
            "read_file",
            {"path": "memo/inv-337.md"},
            "# Invalidity memo: US 11,204,337 B2\n\nConclusion: claim 1 likely obvious over CN'345 in view of US'214.\n\n| element | reference |\n|---|---|\n| a | US'214 [0041] |\n| b | CN'345 [0018] |\n| c | CN'345 [0021] |\n| d | CN'345 [0032] |\n",
        ),
        "Right, that reads properly now.",
    ],
    "refine": {
        "steps": [
            (
                (
                    "search_prior_art",
                    {"q": "per-shard cache throttling", "before": "2019-03-04"},
                    json.dumps({"hits": 219}),
                ),
                "Too broad... add flushing by load.",
            ),
            (
                (
                    "search_prior_art",
                    {"q": "per-shard cache throttling flush priority load", "before": "2019-03-04"},
                    json.dumps({"hits": 23}),
                ),
                "23. Let me limit to CPC G06F12/0868 (write-back).",
            ),
            (
                (
                    "search_prior_art",
                    {
                        "q": "per-shard cache throttling flush priority load",
                        "before": "2019-03-04",
                        "cpc": "G06F12/0868",
                    },
                    json.dumps(
                        {
                            "hits": 4,
                            "top": [
                                "CN106201345A",
                                "US9460008B1",
                                "KR101788219B1",
                                "US2016/0342523A1",
                            ],
                        }
                    ),
                ),
                "Four, and CN'345 is at the top.",
            ),
        ],
        "conclusion": "The narrowed search confirms CN'345 and adds two to read: KR'219 and US 2016/0342523.",
    },
}


# ---------------------------------------------------------------------------------------------
# Domain 4: brewery_production (casual; short plain observations)
# ---------------------------------------------------------------------------------------------


def _brew_volatile(j: int, rng: random.Random) -> str:
    stamp = f"10:{20 + 2 * j:02d}:{rng.randint(0, 59):02d}"
    if rng.random() < 0.5:
        return f"FV3 probe (read {j + 2}): SG 1.018, temp 21.8 °C, polled {stamp}"
    return f"[{stamp}] FV3 probe: SG 1.018, temp 21.8 °C (read #{j + 2})"


BREWERY: dict[str, Any] = {
    "name": "brewery_production",
    "task": (
        "hey, batch B-311 (Harbour Pale, 20 hl in FV3) has been stuck at 1.018 for two days, should "
        "finish at 1.010. need it sorted, packaged and out to the taproom for the 21st. can you "
        "handle it?"
    ),
    "openers": [
        "yep, on it! first a look at the FV3 readings.",
        "sure thing — lemme check what FV3's been doing.",
        "no worries. pulling the fermentation log first.",
    ],
    "prefix": [
        (
            "get_fermenter",
            {"fv": "FV3"},
            "FV3 — B-311 Harbour Pale, 20 hl\nSG 1.018 (target 1.010)\nTemp 21.8 °C (set 19.0)\n"
            "Pitched Wed 5 Nov, US-05\nDry hop: not yet",
        ),
        (
            "get_gravity_log",
            {"batch": "B-311"},
            "05 Nov 1.048\n06 Nov 1.040\n07 Nov 1.028\n08 Nov 1.021\n09 Nov 1.018\n10 Nov 1.018\n11 Nov 1.018",
        ),
        (
            "get_glycol_status",
            {},
            "Glycol chiller: pump P2 OFF (tripped 09 Nov 22:14), reservoir 4.1 °C",
        ),
    ],
    "stuck": ("read_sg_probe", {"fv": "FV3"}, "FV3 probe: SG 1.018, temp 21.8 °C"),
    "look_again": [
        "lemme read the probe again.",
        "checking the probe one more time!",
        "one more SG reading, just in case.",
        "reading FV3 again...",
        "quick re-read of the probe.",
        "ok, probe again.",
    ],
    "volatile": _brew_volatile,
    "intent_a": [
        "gonna rouse the yeast in FV3 with a bit of CO2 next.",
        "next up: CO2 rouse on FV3 to wake the yeast up.",
        "ok, i'll give FV3 a rouse now.",
        "time to rouse that yeast!",
        "i'll get the yeast back in suspension in FV3 with a rouse.",
        "rousing FV3 next, that should kick it off again.",
    ],
    "intent_b": [
        "right, need to reset glycol pump P2.",
        "first thing: get P2 back on.",
        "i'll reset the tripped glycol pump.",
        "glycol pump P2 needs a reset, doing that.",
        "gotta get the chiller pump running again.",
        "P2 reset, that's next.",
    ],
    "restate": "ok, resetting glycol pump P2 now.",
    "stall": {
        "start": ("start_cip", {"vessel": "BBT2"}, "CIP on BBT2 started: caustic cycle"),
        "check": (
            "get_cip",
            {"vessel": "BBT2"},
            "BBT2 CIP: step 1/5 caustic, 0:00 elapsed, waiting for caustic tank to reach 75 °C (now 41 °C)",
        ),
        "msgs": [
            "CIP still on step 1, caustic tank at 41 °C.",
            "still step 1 of 5, tank's 41 °C.",
            "yeah still waiting, caustic at 41 °C, step 1.",
            "no change, step 1, 41 °C.",
            "step 1/5 still, caustic tank 41 °C.",
        ],
    },
    "ab": (
        ("read_temp", {"fv": "FV3"}, "FV3 temp 21.8 °C (set 19.0)"),
        (
            "get_glycol_status",
            {},
            "Glycol chiller: pump P2 OFF (tripped 09 Nov 22:14), reservoir 4.1 °C",
        ),
    ),
    "setter": {
        "tool": "set_glycol_valve",
        "base": {"fv": "FV3"},
        "key": "open_pct",
        "values": [40, 60, 80],
        "obs": lambda v: f"FV3 jacket valve -> {v}% open",
        "check": ("read_temp", {"fv": "FV3"}, "FV3 temp 21.8 °C (set 19.0)"),
    },
    "cycle": [
        ("read_sg_probe", {"fv": "FV3"}, "FV3 probe: SG 1.018, temp 21.8 °C"),
        ("read_temp", {"fv": "FV3"}, "FV3 temp 21.8 °C (set 19.0)"),
        (
            "get_glycol_status",
            {},
            "Glycol chiller: pump P2 OFF (tripped 09 Nov 22:14), reservoir 4.1 °C",
        ),
    ],
    "fail": {
        "call": ("book_canning", {"batch": "B-311", "date": "2025-11-19", "line": "mobile"}),
        "error": "Can't book: Tinnie Bros mobile canning has no free slots 17-21 Nov (next free: 26 Nov).",
        "variants": [
            {"batch": "b-311", "date": "2025-11-19", "line": "mobile"},
            {"batch": "B-311", "date": "19/11/2025", "line": "mobile"},
            {"batch": "B-311", "date": "2025-11-19", "line": "Mobile Canning"},
            {"batch": "B-311", "date": "2025-11-19", "line": "mobile", "volume_hl": 20},
            {"batch_id": "B-311", "day": "2025-11-19", "line": "mobile"},
        ],
    },
    "regen": {
        "call": ("generate_can_label", {"beer": "Harbour Pale", "abv": 4.6}),
        "outputs": [
            "HARBOUR PALE / 4.6% / Crisp, citrusy & gluten free",
            "Harbour Pale — sunny hops, soft malt, gluten-free goodness. 4.6%",
            "Harbour Pale 4.6% | Zesty pale ale | Gluten Free",
            "Bright. Hoppy. Gluten-free. Harbour Pale, 4.6% ABV",
            "Harbour Pale: citrus pale ale, 4.6%, naturally gluten free",
        ],
        "rejects": [
            "argh, it keeps saying gluten free, we can't claim that. again.",
            "gluten free AGAIN, no. one more.",
            "nope, still gluten-free. regenerating.",
            "can't use that, gluten free claim. again!",
            "still gluten free... try again.",
        ],
    },
    "pager": {
        "pages": [
            (
                "list_kegs",
                {"status": "empty_clean", "page": 1},
                "page 1/3: K-0114, K-0120, K-0133, K-0141, K-0152 (all 30 l)",
            ),
            (
                "list_kegs",
                {"status": "empty_clean", "page": 2},
                "page 2/3: K-0160, K-0171, K-0188 (30 l), K-0203, K-0209 (50 l)",
            ),
            ("list_kegs", {"status": "empty_clean", "page": 3}, "page 3/3: K-0215, K-0230 (50 l)"),
        ],
        "remarks": ["more on page 2", "and the last bit"],
        "conclusion": "8 x 30 l + 4 x 50 l clean = 440 l. taproom wants 400 l of B-311, so kegs are fine.",
    },
    "corrected": {
        "bad": (
            "add_dry_hop",
            {"fv": "FV3", "hop": "Citra", "grams": "3kg"},
            "error: grams must be a number",
        ),
        "note": "oops, it wants plain grams. 3 kg = 3000.",
        "good": (
            "add_dry_hop",
            {"fv": "FV3", "hop": "Citra", "grams": 3000},
            "FV3: 3000 g Citra logged, 12 Nov 14:05",
        ),
        "conclusion": "dry hop logged. crash cool in 3 days then.",
    },
    "poll": {
        "start": ("reset_pump", {"pump": "P2"}, "P2 running, flow 38 l/min"),
        "check": ("read_sg_probe", {"fv": "FV3"}),
        "statuses": [
            "FV3 probe: SG 1.017, temp 19.4 °C",
            "FV3 probe: SG 1.015, temp 19.0 °C",
            "FV3 probe: SG 1.012, temp 19.0 °C",
            "FV3 probe: SG 1.010, temp 19.0 °C",
        ],
        "wait": ("wait_hours", {"hours": 12}, "12 h passed"),
        "conclusion": "1.010, bang on target. the warm temp was stressing the yeast; with P2 back it finished.",
    },
    "entities": {
        "items": [
            ("get_tank", {"tank": "FV1"}, "FV1: B-309 Stout, SG 1.014, conditioning, day 12"),
            ("get_tank", {"tank": "FV2"}, "FV2: empty, clean, sanitised 10 Nov"),
            ("get_tank", {"tank": "FV4"}, "FV4: B-312 Lager, SG 1.030, primary, 10 °C"),
            ("get_tank", {"tank": "BBT1"}, "BBT1: B-307 Amber, 2.4 vol CO2, ready to package"),
            ("get_tank", {"tank": "BBT2"}, "BBT2: empty, CIP due"),
        ],
        "conclusion": "BBT2 is the one for B-311 once it's CIP'd. BBT1 needs packaging first anyway.",
    },
    "transient": {
        "call": ("get_taproom_order", {"week": "2025-W47"}),
        "errors": ["error: timeout talking to taproom POS", "error: POS returned 500"],
        "wait": ("wait_minutes", {"minutes": 2}, "2 min passed"),
        "success": "W47 order: Harbour Pale 400 l (8 x 50 l), Stout 100 l, Amber 150 l; deliver Fri 21 Nov AM",
        "conclusion": "400 l of B-311 for Friday morning, kegs not cans — so canning isn't even on the critical path!",
    },
    "updates": [
        (
            ("reset_pump", {"pump": "P2"}, "P2 running, flow 38 l/min"),
            "update: P2's back on, FV3 cooling down from 21.8.",
        ),
        (
            ("read_sg_probe", {"fv": "FV3"}, "FV3 probe: SG 1.015, temp 19.0 °C"),
            "update: 1.015 and at 19 °C — fermenting again!",
        ),
        (
            ("read_sg_probe", {"fv": "FV3"}, "FV3 probe: SG 1.010, temp 19.0 °C"),
            "update: hit 1.010. dry hopping tomorrow.",
        ),
        (
            ("transfer", {"from": "FV3", "to": "BBT2"}, "Transferred 19.2 hl FV3 -> BBT2"),
            "update: 19.2 hl in BBT2, carbing now, kegging Thu.",
        ),
    ],
    "summaries": {
        "docs": [
            (
                (
                    "read_document",
                    {"doc": "US-05_datasheet.pdf"},
                    "US-05: ideal 18-22 °C; attenuation 78-82%; flocculation medium; stalls above 25 °C or after sharp temp swings.",
                ),
                "US-05 likes 18-22, stalls after big temp swings. the P2 trip probably caused a swing.",
            ),
            (
                (
                    "read_document",
                    {"doc": "SOP_stuck_ferment.pdf"},
                    "1. Check temp control. 2. Rouse with CO2 from the bottom. 3. If no change in 48 h, pitch active starter. Never add sugar.",
                ),
                "stuck ferment SOP: fix temp, rouse, then a starter after 48 h.",
            ),
            (
                (
                    "read_document",
                    {"doc": "B-307_batch_notes.txt"},
                    "B-307 Amber: same yeast lot 2541; finished 1.011 on day 6; no issues.",
                ),
                "B-307 used the same yeast lot and finished fine, so it's not the yeast.",
            ),
            (
                (
                    "read_document",
                    {"doc": "taproom_W47_order.pdf"},
                    "Harbour Pale 400 l in 50 l kegs, Friday 21 Nov, before 11:00.",
                ),
                "taproom wants 400 l in 50 l kegs by 11 on Friday.",
            ),
        ],
        "conclusion": "so: temp control is the culprit, yeast lot is fine, and we only need kegs for Friday.",
    },
    "drafts": {
        "first": "tap list blurb: 'Harbour Pale 4.6% — our house pale, citrus and pine.'",
        "rounds": [
            (
                "mention it's dry hopped with Citra",
                "'Harbour Pale 4.6% — our house pale, dry hopped with Citra for big grapefruit and a piney finish.'",
            ),
            (
                "shorter pls, board is small",
                "'Harbour Pale 4.6% · Citra dry hop · grapefruit, pine'",
            ),
            (
                "add the price",
                "'Harbour Pale 4.6% · Citra dry hop · grapefruit, pine · £5.20/pint'",
            ),
        ],
    },
    "adjust": {
        "intro": "carbing BBT2: aiming for 2.5 vol. i'll step the pressure and measure.",
        "steps": [
            (
                ("set_bbt_pressure", {"tank": "BBT2", "bar": 0.9}, "BBT2 head pressure 0.9 bar"),
                ("measure_co2", {"tank": "BBT2"}, "BBT2: 2.2 vol CO2 at 1.5 °C"),
                "2.2, bit flat.",
            ),
            (
                ("set_bbt_pressure", {"tank": "BBT2", "bar": 1.1}, "BBT2 head pressure 1.1 bar"),
                ("measure_co2", {"tank": "BBT2"}, "BBT2: 2.4 vol CO2 at 1.5 °C"),
                "2.4, nearly.",
            ),
            (
                ("set_bbt_pressure", {"tank": "BBT2", "bar": 1.2}, "BBT2 head pressure 1.2 bar"),
                ("measure_co2", {"tank": "BBT2"}, "BBT2: 2.5 vol CO2 at 1.5 °C"),
                "2.5! 🎉",
            ),
        ],
        "conclusion": "1.2 bar at 1.5 °C holds 2.5 vol. ready to keg.",
    },
    "questions": [
        (
            "what's in FV1 atm?",
            ("get_tank", {"tank": "FV1"}, "FV1: B-309 Stout, SG 1.014, conditioning, day 12"),
            "FV1 has the stout (B-309), conditioning, day 12.",
        ),
        (
            "and FV4?",
            ("get_tank", {"tank": "FV4"}, "FV4: B-312 Lager, SG 1.030, primary, 10 °C"),
            "FV4 is the lager, B-312, still in primary at 1.030.",
        ),
        (
            "is BBT1 ready to package?",
            ("get_tank", {"tank": "BBT1"}, "BBT1: B-307 Amber, 2.4 vol CO2, ready to package"),
            "yep, BBT1's amber is carbed to 2.4 and ready.",
        ),
        (
            "how much Citra have we got left?",
            (
                "get_inventory",
                {"item": "hops/citra"},
                "Citra T90: 7.5 kg (lot 24-112), best before 2026-06",
            ),
            "7.5 kg of Citra, so after B-311's 3 kg we'll have 4.5 left.",
        ),
    ],
    "reread": [
        (
            "read_file",
            {"path": "brew_sheets/B-311.txt"},
            "B-311 Harbour Pale\nOG 1.048\nFG -\nDry hop: -\n",
        ),
        "filling in FG.",
        (
            "edit_file",
            {"path": "brew_sheets/B-311.txt", "replace": {"FG -": "FG 1.010 (13 Nov)"}},
            "saved",
        ),
        (
            "read_file",
            {"path": "brew_sheets/B-311.txt"},
            "B-311 Harbour Pale\nOG 1.048\nFG 1.010 (13 Nov)\nDry hop: -\n",
        ),
        "now the dry hop line.",
        (
            "edit_file",
            {
                "path": "brew_sheets/B-311.txt",
                "replace": {"Dry hop: -": "Dry hop: Citra 3 kg (12 Nov)"},
            },
            "saved",
        ),
        (
            "read_file",
            {"path": "brew_sheets/B-311.txt"},
            "B-311 Harbour Pale\nOG 1.048\nFG 1.010 (13 Nov)\nDry hop: Citra 3 kg (12 Nov)\n",
        ),
        "sheet's up to date 👍",
    ],
    "refine": {
        "steps": [
            (
                ("search_brew_logs", {"q": "stuck"}, "17 entries (2021-2025)"),
                "17, lots. just US-05 ones.",
            ),
            (
                (
                    "search_brew_logs",
                    {"q": "stuck", "yeast": "US-05"},
                    "6 entries: B-144, B-171, B-203, B-255, B-288, B-301",
                ),
                "6. which ones had a glycol fault?",
            ),
            (
                (
                    "search_brew_logs",
                    {"q": "stuck", "yeast": "US-05", "tag": "glycol"},
                    "2 entries: B-203 (pump trip, finished after rouse + 24 h), B-288 (valve stuck, needed starter)",
                ),
                "2 — same story as now.",
            ),
        ],
        "conclusion": "last time a pump trip did this (B-203) a rouse plus 24 h was enough.",
    },
}


# ---------------------------------------------------------------------------------------------
# Domain 5: building_permit_review (formal and polite; official record layouts)
# ---------------------------------------------------------------------------------------------

_PERMIT_CORR = (
    "Correspondence with Marlow & Finch Architects:\n"
    "2025-11-07 Council -> Agent: request for signed structural calculations (condition 4).\n"
    "No response recorded."
)


def _permit_volatile(j: int, rng: random.Random) -> str:
    stamp = f"Retrieved 12/11/2025 at 2:{14 + 2 * j:02d}:{rng.randint(0, 59):02d} PM"
    ref = f"Ref: PRM-REQ-{rng.randint(10000, 99999)}"
    body = _PERMIT_CORR
    if rng.random() < 0.5:
        body = body.replace("No response recorded.", "NO RESPONSE RECORDED.")
    return f"{stamp} | {ref}\n{body}"


def _permit_noisy_args(j: int, rng: random.Random) -> dict[str, Any]:
    party = ["agent", "Agent", "AGENT"][j % 3]
    return {
        "ref": "PA-2025-3318",
        "party": party,
        "_t": f"2025-11-12T14:{14 + 2 * j:02d}:{rng.randint(0, 59):02d}",
    }


PERMITS: dict[str, Any] = {
    "name": "building_permit_review",
    "task": (
        "Good morning. Application PA-2025-3318 (two-storey rear extension, 14 Alder Grove) has "
        "reached day 52 of its 56-day determination period. Please review the outstanding "
        "conditions, obtain what is missing from the agent, and prepare the decision notice for "
        "sign-off."
    ),
    "openers": [
        "Good morning. I will begin by reviewing the application record.",
        "Thank you. I shall start with the case file for PA-2025-3318.",
        "Certainly. First, the application record and its conditions.",
    ],
    "prefix": [
        (
            "get_application",
            {"ref": "PA-2025-3318"},
            "APPLICATION PA-2025-3318\nSite: 14 Alder Grove, Westerby\n"
            "Proposal: two-storey rear extension\nAgent: Marlow & Finch Architects\n"
            "Validated: 2025-09-19\nDetermination due: 2025-11-14\nStatus: UNDER REVIEW",
        ),
        (
            "list_conditions",
            {"ref": "PA-2025-3318"},
            "1. Materials to match existing - DISCHARGED\n"
            "2. Obscure glazing, first-floor side window - DISCHARGED\n"
            "3. Drainage plan - DISCHARGED\n"
            "4. Structural calculations, signed - OUTSTANDING\n"
            "5. Party wall notice evidence - DISCHARGED",
        ),
        (
            "get_consultations",
            {"ref": "PA-2025-3318"},
            "Building Control: no objection subject to condition 4\nHighways: no comment\n"
            "Neighbour (12 Alder Grove): objection, loss of light - assessed 2025-10-30, not upheld",
        ),
    ],
    "stuck": ("get_correspondence", {"ref": "PA-2025-3318", "party": "agent"}, _PERMIT_CORR),
    "look_again": [
        "I shall check the correspondence once more.",
        "I will review the correspondence with the agent again.",
        "Allow me to re-examine the agent correspondence.",
        "I shall confirm whether the agent has since replied.",
        "Let me consult the correspondence record again.",
        "I will look at the agent correspondence once more.",
    ],
    "volatile": _permit_volatile,
    "noisy_args": _permit_noisy_args,
    "intent_a": [
        "I shall now telephone Marlow & Finch to request the calculations.",
        "My next step is to ring the agent regarding condition 4.",
        "I will contact the architects by telephone about the outstanding calculations.",
        "I intend to call Marlow & Finch today about the signed calculations.",
        "I shall telephone the agent to chase condition 4.",
        "The next action is a call to the agent concerning the structural calculations.",
    ],
    "intent_b": [
        "I shall request an extension of time from the applicant.",
        "An extension of time should be sought from the applicant.",
        "I will write to seek the applicant's agreement to an extension of time.",
        "The appropriate course is to request an extension of time.",
        "I propose to ask the applicant for an extension of the determination period.",
        "I shall seek an extension of time before the 14 November deadline.",
    ],
    "restate": "I shall request an extension of time.",
    "stall": {
        "start": (
            "request_consultee_review",
            {"ref": "PA-2025-3318", "consultee": "building_control"},
            "Consultation CON-7781 issued to Building Control.",
        ),
        "check": (
            "get_consultation",
            {"id": "CON-7781"},
            "CON-7781 | Building Control | Status: AWAITING OFFICER ALLOCATION | Days open: 0",
        ),
        "msgs": [
            "The consultation remains awaiting officer allocation.",
            "CON-7781 is still awaiting allocation to an officer.",
            "The consultation is still awaiting officer allocation.",
            "There is no change: CON-7781 awaits allocation.",
            "CON-7781 remains unallocated.",
        ],
    },
    "ab": (
        (
            "get_condition",
            {"ref": "PA-2025-3318", "number": 4},
            "Condition 4: Prior to commencement, structural calculations signed by a chartered "
            "engineer shall be submitted to and approved by the LPA.\nStatus: OUTSTANDING",
        ),
        (
            "get_plans",
            {"ref": "PA-2025-3318", "drawing": "PL-03"},
            "Drawing PL-03 rev B: rear elevation; steel beam 203x133 UB noted 'to engineer's spec'",
        ),
    ),
    "setter": {
        "tool": "set_decision_route",
        "base": {"ref": "PA-2025-3318"},
        "key": "route",
        "values": ["delegated", "committee", "chair_referral"],
        "obs": lambda v: f"Decision route for PA-2025-3318 recorded as: {v.upper()}",
        "check": (
            "validate_decision",
            {"ref": "PA-2025-3318"},
            "VALIDATION FAILED\nCondition 4 (structural calculations) is not discharged.",
        ),
    },
    "cycle": [
        (
            "get_condition",
            {"ref": "PA-2025-3318", "number": 4},
            "Condition 4: structural calculations, signed.\nStatus: OUTSTANDING",
        ),
        ("get_correspondence", {"ref": "PA-2025-3318", "party": "agent"}, _PERMIT_CORR),
        (
            "get_application",
            {"ref": "PA-2025-3318"},
            "APPLICATION PA-2025-3318\nDetermination due: 2025-11-14\nStatus: UNDER REVIEW",
        ),
    ],
    "fail": {
        "call": ("issue_decision", {"ref": "PA-2025-3318", "decision": "approve"}),
        "error": "ISSUE BLOCKED\nCondition 4 (structural calculations) is not discharged. A decision "
        "notice cannot be issued while a pre-decision condition is outstanding.",
        "variants": [
            {"ref": "pa-2025-3318", "decision": "approve"},
            {"ref": "PA-2025-3318", "decision": "APPROVE_WITH_CONDITIONS"},
            {"application": "PA-2025-3318", "decision": "approve"},
            {"ref": "PA-2025-3318", "decision": "approve", "officer": "JH"},
            {"ref": "PA/2025/3318", "decision": "grant"},
        ],
    },
    "regen": {
        "call": (
            "draft_decision_notice",
            {"ref": "PA-2025-3318", "decision": "approve_with_conditions"},
        ),
        "outputs": [
            "DRAFT 1 - sections: Decision; Conditions (5); Reasons; Informatives (2)",
            "DRAFT 2 - sections: Decision; Conditions (5); Informatives (3); Plans list",
            "DRAFT 3 - sections: Summary; Decision; Conditions (5); Reasons; Informatives (1)",
            "DRAFT 4 - sections: Decision; Reasons; Conditions (5); Plans list; Informatives (2)",
            "DRAFT 5 - sections: Decision; Conditions (5); Reasons; Informatives (2); Contact details",
        ],
        "rejects": [
            "The draft omits the statement of appeal rights; I shall regenerate it.",
            "Again the appeal rights are missing. Regenerating.",
            "The appeal rights section is still absent. A further draft is required.",
            "This draft likewise lacks the rights of appeal. Regenerating.",
            "Once more, no appeal rights. I shall request another draft.",
        ],
    },
    "pager": {
        "pages": [
            (
                "list_applications",
                {"officer": "JH", "status": "open", "page": 1},
                "Page 1 of 3\nPA-2025-3290 | 3 Birch Close | loft conversion | day 41\n"
                "PA-2025-3301 | 22 Station Rd | shopfront | day 47",
            ),
            (
                "list_applications",
                {"officer": "JH", "status": "open", "page": 2},
                "Page 2 of 3\nPA-2025-3318 | 14 Alder Grove | rear extension | day 52\n"
                "PA-2025-3342 | Westerby Mill | change of use | day 30",
            ),
            (
                "list_applications",
                {"officer": "JH", "status": "open", "page": 3},
                "Page 3 of 3\nPA-2025-3376 | 8 Fern Walk | outbuilding | day 12",
            ),
        ],
        "remarks": ["I shall proceed to page 2.", "And the final page."],
        "conclusion": "Five open applications; PA-2025-3318 is the most urgent at day 52, followed "
        "by PA-2025-3301 at day 47.",
    },
    "corrected": {
        "bad": (
            "get_application",
            {"ref": "PA/2025/3318"},
            "Reference not found. References take the form PA-YYYY-NNNN.",
        ),
        "note": "The reference requires hyphens rather than slashes. I shall correct it.",
        "good": (
            "get_application",
            {"ref": "PA-2025-3318"},
            "APPLICATION PA-2025-3318\nSite: 14 Alder Grove, Westerby\nStatus: UNDER REVIEW\n"
            "Determination due: 2025-11-14",
        ),
        "conclusion": "The record confirms a determination date of 14 November.",
    },
    "poll": {
        "start": (
            "request_documents",
            {"ref": "PA-2025-3318", "item": "condition 4"},
            "Request DR-1192 sent to the agent portal.",
        ),
        "check": ("get_document_request", {"id": "DR-1192"}),
        "statuses": [
            "DR-1192 | Status: SENT",
            "DR-1192 | Status: VIEWED BY AGENT",
            "DR-1192 | Status: DOCUMENT UPLOADED (1 file)",
            "DR-1192 | Status: UNDER VERIFICATION",
            "DR-1192 | Status: VERIFIED - condition 4 discharged",
        ],
        "wait": ("wait", {"minutes": 60}, "Waited 60 minutes."),
        "conclusion": "Condition 4 has been discharged; the decision may now proceed.",
    },
    "same_result": {
        "tool": "check_enforcement",
        "args": [
            {"address": "10 Alder Grove, Westerby"},
            {"address": "12 Alder Grove, Westerby"},
            {"address": "14 Alder Grove, Westerby"},
            {"address": "16 Alder Grove, Westerby"},
            {"address": "3 Birch Close, Westerby"},
        ],
        "obs": "No enforcement cases recorded.",
        "conclusion": "There are no enforcement matters at the site or its neighbours that would "
        "bear on the decision.",
    },
    "transient": {
        "call": ("get_gis_constraints", {"uprn": "100091224551"}),
        "errors": [
            "Service temporarily unavailable (GIS). Please retry.",
            "Request timed out after 30 seconds.",
        ],
        "wait": ("wait", {"seconds": 30}, "Waited 30 seconds."),
        "success": "Constraints for UPRN 100091224551: none (not in a conservation area; no TPO; "
        "flood zone 1)",
        "conclusion": "The site is unconstrained, which simplifies the report.",
    },
    "updates": [
        (
            (
                "get_document_request",
                {"id": "DR-1192"},
                "DR-1192 | Status: DOCUMENT UPLOADED (1 file: calcs_14AG_signed.pdf)",
            ),
            "For your information: the agent has uploaded signed calculations.",
        ),
        (
            (
                "get_consultation",
                {"id": "CON-7790"},
                "CON-7790 | Building Control | Response: calculations acceptable",
            ),
            "For your information: Building Control has accepted the calculations.",
        ),
        (
            (
                "discharge_condition",
                {"ref": "PA-2025-3318", "number": 4},
                "Condition 4 marked DISCHARGED.",
            ),
            "For your information: condition 4 is now discharged; all five conditions are met.",
        ),
        (
            (
                "submit_for_signoff",
                {"ref": "PA-2025-3318", "to": "team_leader"},
                "Submitted to team leader (S. Adeyemi).",
            ),
            "For your information: the decision notice has been submitted to Ms Adeyemi for sign-off.",
        ),
    ],
    "summaries": {
        "docs": [
            (
                (
                    "read_document",
                    {"ref": "PA-2025-3318", "doc": "design_access_statement.pdf"},
                    "The extension is 3.5 m deep, two storeys, brick to match, with a hipped roof set 0.4 m below the main ridge.",
                ),
                "Design and access statement: a 3.5 m deep, two-storey extension in matching brick with a subordinate hipped roof.",
            ),
            (
                (
                    "read_document",
                    {"ref": "PA-2025-3318", "doc": "structural_letter.pdf"},
                    "Engineer's letter (unsigned): a 203x133 UB will be required over the new rear opening; calculations to follow.",
                ),
                "Structural letter: unsigned, and it defers the calculations, which is why condition 4 remains open.",
            ),
            (
                (
                    "read_document",
                    {"ref": "PA-2025-3318", "doc": "objection_12AG.pdf"},
                    "Objection from 12 Alder Grove: the extension will reduce light to our kitchen window.",
                ),
                "Neighbour objection: loss of light to the kitchen of 12 Alder Grove.",
            ),
            (
                (
                    "read_document",
                    {"ref": "PA-2025-3318", "doc": "site_visit_notes.pdf"},
                    "Site visit 2025-10-30: 45-degree line from the 12 AG kitchen window is not breached; the window is secondary.",
                ),
                "Site notes: the 45-degree test is passed and the affected window is secondary.",
            ),
        ],
        "conclusion": "In summary, the scheme is acceptable in design and amenity terms; only the "
        "signed calculations stand between the application and a decision.",
    },
    "drafts": {
        "first": "Draft report paragraph: The proposal is acceptable in scale and design. The "
        "objection from 12 Alder Grove has been considered.",
        "rounds": [
            (
                "Say how the objection was considered.",
                "The proposal is acceptable in scale and design. The objection from 12 Alder Grove "
                "regarding loss of light has been assessed against the 45-degree guideline, which "
                "is not breached.",
            ),
            (
                "Mention that the window is secondary.",
                "The proposal is acceptable in scale and design. The objection from 12 Alder Grove "
                "regarding loss of light has been assessed against the 45-degree guideline, which "
                "is not breached; the affected kitchen window is a secondary window.",
            ),
            (
                "Cite the policy number.",
                "The proposal is acceptable in scale and design (Local Plan policy DM12). The "
                "objection from 12 Alder Grove regarding loss of light has been assessed against "
                "the 45-degree guideline in the Householder SPD, which is not breached; the "
                "affected kitchen window is a secondary window.",
            ),
        ],
    },
    "adjust": {
        "intro": "The decision notice plan must fit an A3 sheet with margins (400 mm usable). I "
        "shall adjust the plotting scale.",
        "steps": [
            (
                ("set_plot_scale", {"drawing": "PL-03", "scale": "1:50"}, "PL-03 plot scale 1:50"),
                (
                    "render_plan",
                    {"drawing": "PL-03", "sheet": "A3"},
                    "Rendered width 520 mm (exceeds 400 mm usable)",
                ),
                "At 1:50 the plan is 520 mm wide; too large.",
            ),
            (
                (
                    "set_plot_scale",
                    {"drawing": "PL-03", "scale": "1:100"},
                    "PL-03 plot scale 1:100",
                ),
                (
                    "render_plan",
                    {"drawing": "PL-03", "sheet": "A3"},
                    "Rendered width 260 mm; dimension text 1.2 mm (below 1.8 mm legibility minimum)",
                ),
                "At 1:100 it fits but the dimensions are illegible.",
            ),
            (
                ("set_plot_scale", {"drawing": "PL-03", "scale": "1:75"}, "PL-03 plot scale 1:75"),
                (
                    "render_plan",
                    {"drawing": "PL-03", "sheet": "A3"},
                    "Rendered width 347 mm; dimension text 1.9 mm",
                ),
                "At 1:75 the plan fits and remains legible.",
            ),
        ],
        "conclusion": "PL-03 will be reproduced at 1:75 on the decision notice.",
    },
    "questions": [
        (
            "What is the position on PA-2025-3290?",
            (
                "get_application",
                {"ref": "PA-2025-3290"},
                "APPLICATION PA-2025-3290\nSite: 3 Birch Close\nStatus: AWAITING CONSULTEE (Highways)\nDetermination due: 2025-11-28",
            ),
            "PA-2025-3290 is awaiting a Highways response; it is due on 28 November.",
        ),
        (
            "And PA-2025-3301?",
            (
                "get_application",
                {"ref": "PA-2025-3301"},
                "APPLICATION PA-2025-3301\nSite: 22 Station Rd\nStatus: RECOMMENDATION DRAFTED (refuse)\nDetermination due: 2025-11-19",
            ),
            "PA-2025-3301 has a draft recommendation to refuse; it is due on 19 November.",
        ),
        (
            "Has Westerby Mill had any representations?",
            (
                "get_representations",
                {"ref": "PA-2025-3342"},
                "Representations: 14 (11 support, 3 object)",
            ),
            "Yes: fourteen representations, eleven in support and three objecting.",
        ),
        (
            "Is 8 Fern Walk in the conservation area?",
            (
                "get_gis_constraints",
                {"address": "8 Fern Walk, Westerby"},
                "Constraints: Westerby Conservation Area; Article 4 direction (outbuildings)",
            ),
            "It is. The Article 4 direction also removes permitted development for outbuildings there.",
        ),
    ],
    "reread": [
        (
            "read_file",
            {"path": "reports/PA-2025-3318_officer_report.txt"},
            "OFFICER REPORT PA-2025-3318\nRecommendation: [pending]\nConditions: 1-5\n",
        ),
        "I shall enter the recommendation.",
        (
            "edit_file",
            {
                "path": "reports/PA-2025-3318_officer_report.txt",
                "replace": {"[pending]": "APPROVE subject to conditions"},
            },
            "Saved (1 change).",
        ),
        (
            "read_file",
            {"path": "reports/PA-2025-3318_officer_report.txt"},
            "OFFICER REPORT PA-2025-3318\nRecommendation: APPROVE subject to conditions\nConditions: 1-5\n",
        ),
        "The recommendation is recorded. The condition status should also be stated.",
        (
            "edit_file",
            {
                "path": "reports/PA-2025-3318_officer_report.txt",
                "replace": {
                    "Conditions: 1-5": "Conditions: 1-5 (all discharged; condition 4 on 2025-11-13)"
                },
            },
            "Saved (1 change).",
        ),
        (
            "read_file",
            {"path": "reports/PA-2025-3318_officer_report.txt"},
            "OFFICER REPORT PA-2025-3318\nRecommendation: APPROVE subject to conditions\nConditions: 1-5 (all discharged; condition 4 on 2025-11-13)\n",
        ),
        "The report is now complete.",
    ],
    "refine": {
        "steps": [
            (
                ("search_appeals", {"q": "rear extension loss of light"}, "212 appeal decisions"),
                "That is too broad; I shall restrict it to two-storey schemes.",
            ),
            (
                (
                    "search_appeals",
                    {"q": "two-storey rear extension loss of light"},
                    "47 appeal decisions",
                ),
                "Forty-seven. I shall restrict to this authority.",
            ),
            (
                (
                    "search_appeals",
                    {"q": "two-storey rear extension loss of light", "lpa": "Westerby"},
                    "4 decisions: 3 dismissed (45-degree breach), 1 allowed (no breach, secondary window)",
                ),
                "Four local decisions.",
            ),
        ],
        "conclusion": "The one allowed appeal is on all fours with this case: no 45-degree breach and "
        "a secondary window.",
    },
}


# ---------------------------------------------------------------------------------------------
# Domain 6: seismic_network_qc (thinks aloud; fixed-width tables)
# ---------------------------------------------------------------------------------------------

_SEIS_MASS = "mass_pos_U = 4.9 V (nominal +/-2.5 V) - OUT OF RANGE"
_SEIS_STATS = "cha | rms (counts) | mean (counts) | gaps\nHHZ | 3            | 8388607       | 0"


def _seis_volatile(j: int, rng: random.Random) -> str:
    epoch = f"{1762945210 + 45 * j + rng.randint(0, 9)}.{rng.randint(0, 99):02d}"
    return f"{_SEIS_MASS}  [epoch {epoch}, rtt {rng.randint(140, 420)} ms]"


SEISMIC: dict[str, Any] = {
    "name": "seismic_network_qc",
    "task": (
        "Station KRB3 in the Kerrow network has flagged bad data since yesterday. Work out whether "
        "it's the sensor, the digitiser or telemetry, get the fix logged, and confirm clean data is "
        "flowing into the archive again."
    ),
    "openers": [
        "Okay, let me think. First I want the station's state-of-health table.",
        "Let's see... I'll start with KRB3's state of health.",
        "Hmm, where to begin — SOH for KRB3, then the channel stats.",
    ],
    "prefix": [
        (
            "get_soh",
            {"station": "KR.KRB3"},
            "param       | value    | nominal\n"
            "supply_v    | 12.9     | 11.5-14.5\n"
            "gps_lock    | yes      | yes\n"
            "clock_qual  | 100      | >= 80\n"
            "mass_pos_U  | 4.9 V    | +/-2.5 V\n"
            "mass_pos_V  | 0.2 V    | +/-2.5 V\n"
            "mass_pos_W  | 0.1 V    | +/-2.5 V\n"
            "last_packet | 14 s ago | < 60 s",
        ),
        (
            "get_channel_stats",
            {"station": "KR.KRB3", "window": "24h"},
            "cha | rms (counts) | mean (counts) | gaps\n"
            "HHZ | 3            | 8388607       | 0\n"
            "HHN | 1842         | -12           | 0\n"
            "HHE | 1907         | 4             | 0",
        ),
        (
            "get_station_log",
            {"station": "KR.KRB3", "days": 7},
            "2025-11-06 site visit: battery swap (J. Pryce)\n"
            "2025-11-11 03:12 mass_pos_U > 2.5 V alarm\n"
            "2025-11-11 03:12 HHZ mean jumped to full scale",
        ),
    ],
    "stuck": ("get_soh", {"station": "KR.KRB3", "param": "mass_pos_U"}, _SEIS_MASS),
    "look_again": [
        "Let me look at mass position U again...",
        "Hmm, I'll re-read mass_pos_U.",
        "Checking the U mass position once more.",
        "Wait, let me check mass_pos_U again.",
        "Is U still out? Let me look.",
        "One more look at the U mass position.",
    ],
    "volatile": _seis_volatile,
    "intent_a": [
        "I think the next thing is to send a mass-centre command to the sensor.",
        "Hmm, okay — centring the masses remotely, that's what I'll do next.",
        "Let me issue the mass centre to the sensor... yes, that's next.",
        "Right, so: remote mass centring is the step to take now.",
        "I'm going to send the centre-mass command, I think that fixes U.",
        "Next: trigger mass centring on KRB3's sensor.",
    ],
    "intent_b": [
        "Okay, so I should open a field ticket for KRB3.",
        "Hmm, a field ticket for KRB3 — I'll raise one.",
        "I'll create a field-visit ticket for the station.",
        "Let me think... yes, a ticket for a site visit to KRB3.",
        "A field ticket is needed, so I'll open one.",
        "Right, field ticket for KRB3 next.",
    ],
    "restate": "I'll open a field ticket for KRB3.",
    "stall": {
        "start": (
            "request_backfill",
            {"station": "KR.KRB3", "start": "2025-11-11T03:00Z", "end": "2025-11-12T03:00Z"},
            "Backfill request BF-2207 accepted.",
        ),
        "check": (
            "get_backfill",
            {"id": "BF-2207"},
            "id      | state   | segments\nBF-2207 | pending | 0/24",
        ),
        "msgs": [
            "Hmm, BF-2207 still pending, 0 of 24 segments.",
            "Still pending... 0/24.",
            "Backfill still pending, 0 of 24 segments.",
            "No change, still 0/24, pending.",
            "Still pending with 0 of 24 segments, hmm.",
        ],
    },
    "ab": (
        (
            "get_channel_stats",
            {"station": "KR.KRB3", "channel": "HHZ", "window": "10m"},
            _SEIS_STATS,
        ),
        ("get_soh", {"station": "KR.KRB3", "param": "mass_pos_U"}, _SEIS_MASS),
    ),
    "setter": {
        "tool": "set_digitiser_gain",
        "base": {"station": "KR.KRB3", "channel": "HHZ"},
        "key": "gain",
        "values": [1, 8, 4],
        "obs": lambda v: f"DAS gain on KR.KRB3 HHZ set to x{v}",
        "check": (
            "get_channel_stats",
            {"station": "KR.KRB3", "channel": "HHZ", "window": "10m"},
            _SEIS_STATS,
        ),
    },
    "cycle": [
        ("get_soh", {"station": "KR.KRB3", "param": "mass_pos_U"}, _SEIS_MASS),
        (
            "get_channel_stats",
            {"station": "KR.KRB3", "channel": "HHZ", "window": "10m"},
            _SEIS_STATS,
        ),
        (
            "get_station_log",
            {"station": "KR.KRB3", "days": 1},
            "2025-11-11 03:12 mass_pos_U > 2.5 V alarm",
        ),
    ],
    "fail": {
        "call": ("send_command", {"station": "KR.KRB3", "cmd": "mass_centre"}),
        "error": "command rejected: KRB3 sensor has no remote mass-centre line wired at this site "
        "(see site sheet)",
        "variants": [
            {"station": "KRB3", "cmd": "mass_centre"},
            {"station": "KR.KRB3", "cmd": "MASS_CENTER"},
            {"station": "KR.KRB3", "cmd": "centre_masses", "axis": "U"},
            {"station": "KR.KRB3", "command": "mass_centre"},
            {"station": "kr.krb3", "cmd": "mass_centre", "force": True},
        ],
    },
    "regen": {
        "call": ("auto_pick", {"event": "kr2025wmxq", "stations": "all"}),
        "outputs": [
            "picks | KRB3 P residual | rms\n14    | +2.41 s         | 0.38 s",
            "picks | KRB3 P residual | rms\n13    | -3.10 s         | 0.44 s",
            "picks | KRB3 P residual | rms\n15    | +2.87 s         | 0.41 s",
            "picks | KRB3 P residual | rms\n14    | +4.02 s         | 0.52 s",
            "picks | KRB3 P residual | rms\n12    | -2.26 s         | 0.36 s",
        ],
        "rejects": [
            "KRB3's pick is off by over 2 s again... rerun.",
            "Hmm, KRB3 residual huge again. Once more.",
            "Still a junk pick on KRB3. Rerun.",
            "KRB3 way off again. Try again?",
            "Again more than 2 s on KRB3. Rerunning.",
        ],
    },
    "pager": {
        "pages": [
            (
                "list_events",
                {"net": "KR", "since": "2025-11-10", "offset": 0, "limit": 3},
                "time (UTC)          | mag | depth\n2025-11-10 04:51:22 | 1.4 | 8 km\n"
                "2025-11-10 19:03:07 | 0.9 | 5 km\n2025-11-11 02:44:51 | 2.1 | 11 km",
            ),
            (
                "list_events",
                {"net": "KR", "since": "2025-11-10", "offset": 3, "limit": 3},
                "time (UTC)          | mag | depth\n2025-11-11 03:12:09 | 1.2 | 3 km\n"
                "2025-11-11 16:27:40 | 1.0 | 7 km\n2025-11-12 08:15:33 | 1.7 | 9 km",
            ),
            (
                "list_events",
                {"net": "KR", "since": "2025-11-10", "offset": 6, "limit": 3},
                "time (UTC)          | mag | depth\n2025-11-12 21:30:02 | 0.8 | 4 km",
            ),
        ],
        "remarks": [
            "Next three...",
            "Hmm, 03:12 on the 11th — same minute as the alarm! Last page.",
        ],
        "conclusion": "Seven events since the 10th. The M1.2 at 03:12:09, 3 km deep, near KRB3, "
        "matches the alarm time exactly — I bet the shaking knocked the sensor off level.",
    },
    "corrected": {
        "bad": (
            "get_waveform",
            {"station": "KR.KRB3", "channel": "HHZ", "start": "yesterday 03:00", "duration_s": 600},
            "start: cannot parse 'yesterday 03:00' (use ISO 8601, UTC)",
        ),
        "note": "Right, it needs an absolute ISO time. Yesterday 03:00 is 2025-11-11T03:00Z.",
        "good": (
            "get_waveform",
            {
                "station": "KR.KRB3",
                "channel": "HHZ",
                "start": "2025-11-11T03:00:00Z",
                "duration_s": 600,
            },
            "t (s) | counts\n0     | 412\n300   | -388\n540   | 90211\n551   | 8388607\n600   | 8388607",
        ),
        "conclusion": "HHZ was normal until about 03:12 (t=540 s into the window) and then railed "
        "to full scale — a step, not a drift.",
    },
    "poll": {
        "start": (
            "open_ticket",
            {"station": "KR.KRB3", "type": "field_visit", "summary": "re-level and centre sensor"},
            "Ticket FT-0419 opened.",
        ),
        "check": ("get_ticket", {"id": "FT-0419"}),
        "statuses": [
            "ticket  | state\nFT-0419 | OPEN, unassigned",
            "ticket  | state\nFT-0419 | ASSIGNED to J. Pryce",
            "ticket  | state\nFT-0419 | EN ROUTE, eta 13:40",
            "ticket  | state\nFT-0419 | ON SITE",
            "ticket  | state\nFT-0419 | RESOLVED: sensor re-levelled and centred, U 0.1 V",
        ],
        "wait": ("sleep", {"seconds": 900}, "slept 900 s"),
        "conclusion": "Resolved on site: re-levelled, U back to 0.1 V. Now I just need to confirm the data.",
    },
    "entities": {
        "items": [
            (
                "get_soh",
                {"station": "KR.KRB1", "param": "mass_pos_U"},
                "mass_pos_U = 0.3 V (nominal +/-2.5 V) - OK",
            ),
            (
                "get_soh",
                {"station": "KR.KRB2", "param": "mass_pos_U"},
                "mass_pos_U = -1.1 V (nominal +/-2.5 V) - OK",
            ),
            (
                "get_soh",
                {"station": "KR.KRB4", "param": "mass_pos_U"},
                "mass_pos_U = 2.2 V (nominal +/-2.5 V) - NEAR LIMIT",
            ),
            (
                "get_soh",
                {"station": "KR.KRB5", "param": "mass_pos_U"},
                "mass_pos_U = 0.0 V (nominal +/-2.5 V) - OK",
            ),
            (
                "get_soh",
                {"station": "KR.KRB6", "param": "mass_pos_U"},
                "no SOH: station decommissioned 2024-08",
            ),
        ],
        "conclusion": "Only KRB3 is out. KRB4 is near its limit though — worth centring on the same trip.",
    },
    "transient": {
        "call": (
            "get_waveform",
            {
                "station": "KR.KRB3",
                "channel": "HHZ",
                "start": "2025-11-13T14:30:00Z",
                "duration_s": 600,
            },
        ),
        "errors": [
            "FDSN 503: Service Unavailable (archive node busy)",
            "FDSN 504: gateway timeout",
        ],
        "wait": ("sleep", {"seconds": 30}, "slept 30 s"),
        "success": "t (s) | counts\n0     | 118\n150   | -240\n300   | 305\n450   | -97\n600   | 211",
        "conclusion": "That's a normal microseismic trace again. Clean data's back in the archive.",
    },
    "updates": [
        (
            (
                "get_ticket",
                {"id": "FT-0419"},
                "FT-0419 | ON SITE | tech note: sensor tilted ~1.5 deg, base plate cracked",
            ),
            "Okay, update: Pryce is on site — the sensor's tilted 1.5 degrees and the base plate's cracked.",
        ),
        (
            (
                "get_ticket",
                {"id": "FT-0419"},
                "FT-0419 | ON SITE | tech note: base plate replaced, re-levelled",
            ),
            "Update: base plate replaced and sensor re-levelled. Masses next.",
        ),
        (
            (
                "get_soh",
                {"station": "KR.KRB3", "param": "mass_pos_U"},
                "mass_pos_U = 0.1 V (nominal +/-2.5 V) - OK",
            ),
            "Update: U mass position is 0.1 V now, in range.",
        ),
        (
            (
                "get_channel_stats",
                {"station": "KR.KRB3", "channel": "HHZ", "window": "10m"},
                "cha | rms (counts) | mean (counts) | gaps\nHHZ | 1790         | -6            | 0",
            ),
            "Update: HHZ rms 1790 and mean near zero — like the horizontals. It's fixed.",
        ),
    ],
    "summaries": {
        "docs": [
            (
                (
                    "read_document",
                    {"doc": "sensor_manual_ch5.pdf"},
                    "5.3 Mass positions beyond +/-2.5 V degrade response; beyond 4 V the output saturates. Causes: tilt > 1 deg, temperature step, shock.",
                ),
                "Manual: above 4 V the output saturates — which is exactly the railed HHZ. Causes: tilt, temperature, shock.",
            ),
            (
                (
                    "read_document",
                    {"doc": "site_sheet_KRB3.pdf"},
                    "KRB3: vault in farm outbuilding; sensor on granite pier with steel base plate; no remote centring line (cable has 6 cores).",
                ),
                "Site sheet: no remote centring at KRB3, so it has to be a visit.",
            ),
            (
                (
                    "read_document",
                    {"doc": "visit_report_2025-11-06.pdf"},
                    "Battery swapped. Vault door seal damaged, water ingress noted at the base of the pier.",
                ),
                "Last visit: water getting in at the base of the pier — maybe that rusted the base plate.",
            ),
            (
                (
                    "read_document",
                    {"doc": "network_qc_policy.pdf"},
                    "Channels saturated > 6 h must be flagged in the archive; gaps must be backfilled when recoverable.",
                ),
                "QC policy: flag the saturated hours in the archive, backfill where possible.",
            ),
        ],
        "conclusion": "So my guess: the M1.2 shook a weakened base plate, the sensor tilted and U "
        "saturated. Needs a visit, not a command, and the saturated span has to be flagged.",
    },
    "drafts": {
        "first": "Incident note: KR.KRB3 HHZ saturated from 2025-11-11 03:12 UTC due to mass position U out of range.",
        "rounds": [
            (
                "Give the cause, not just the symptom.",
                "Incident note: KR.KRB3 HHZ saturated from 2025-11-11 03:12 UTC. Cause: sensor tilt after the local M1.2 event, on a corroded base plate.",
            ),
            (
                "And when it was fixed.",
                "Incident note: KR.KRB3 HHZ saturated 2025-11-11 03:12 to 2025-11-13 14:05 UTC. Cause: sensor tilt after the local M1.2 event, on a corroded base plate. Fixed on site (FT-0419).",
            ),
            (
                "Tell data users what to do with that span.",
                "Incident note: KR.KRB3 HHZ saturated 2025-11-11 03:12 to 2025-11-13 14:05 UTC. Cause: sensor tilt after the local M1.2 event, on a corroded base plate. Fixed on site (FT-0419). HHZ in that span is flagged and should not be used; HHN/HHE are unaffected.",
            ),
        ],
    },
    "adjust": {
        "intro": "While I'm here: the STA/LTA trigger ratio on KRB3 is too trigger-happy. I want <= 15 "
        "triggers a day without losing the M1.2.",
        "steps": [
            (
                ("set_trigger", {"station": "KR.KRB3", "sta_lta_on": 3.0}, "trigger on-ratio 3.0"),
                (
                    "replay_triggers",
                    {"station": "KR.KRB3", "days": 3},
                    "triggers/day 41 | M1.2 caught: yes",
                ),
                "41 a day, way too many.",
            ),
            (
                ("set_trigger", {"station": "KR.KRB3", "sta_lta_on": 4.0}, "trigger on-ratio 4.0"),
                (
                    "replay_triggers",
                    {"station": "KR.KRB3", "days": 3},
                    "triggers/day 9 | M1.2 caught: no",
                ),
                "Hmm, 9 but it misses the M1.2. Too far.",
            ),
            (
                ("set_trigger", {"station": "KR.KRB3", "sta_lta_on": 3.7}, "trigger on-ratio 3.7"),
                (
                    "replay_triggers",
                    {"station": "KR.KRB3", "days": 3},
                    "triggers/day 14 | M1.2 caught: yes",
                ),
                "14 a day and the M1.2 is caught.",
            ),
        ],
        "conclusion": "On-ratio 3.7 it is.",
    },
    "questions": [
        (
            "How's KRB1 doing?",
            (
                "get_soh",
                {"station": "KR.KRB1"},
                "param | value\nsupply_v | 13.1\nmass_pos_U | 0.3 V\nlast_packet | 6 s ago",
            ),
            "KRB1's fine: 13.1 V supply, masses centred, data current.",
        ),
        (
            "and KRB4?",
            (
                "get_soh",
                {"station": "KR.KRB4"},
                "param | value\nsupply_v | 12.2\nmass_pos_U | 2.2 V\nlast_packet | 9 s ago",
            ),
            "KRB4 is working, but U is at 2.2 V — close to the limit.",
        ),
        (
            "Is KRB2 still on the old digitiser?",
            (
                "get_metadata",
                {"station": "KR.KRB2"},
                "datalogger: Centaur (fw 4.3.2), installed 2019-04-02",
            ),
            "Yes — a Centaur from 2019, firmware 4.3.2.",
        ),
        (
            "When was KRB5 last visited?",
            (
                "get_station_log",
                {"station": "KR.KRB5", "days": 365},
                "2025-03-18 site visit: annual service (A. Kowal)",
            ),
            "18 March this year, the annual service.",
        ),
    ],
    "reread": [
        (
            "read_file",
            {"path": "station_notes/KRB3.md"},
            "# KRB3\n- vault: farm outbuilding\n- issues: none open\n",
        ),
        "Let me record the incident.",
        (
            "edit_file",
            {
                "path": "station_notes/KRB3.md",
                "replace": {"- issues: none open": "- issues: FT-0419 sensor tilt (2025-11-11)"},
            },
            "edited 1 line",
        ),
        (
            "read_file",
            {"path": "station_notes/KRB3.md"},
            "# KRB3\n- vault: farm outbuilding\n- issues: FT-0419 sensor tilt (2025-11-11)\n",
        ),
        "Hmm, and the door seal from the November visit isn't noted anywhere.",
        (
            "edit_file",
            {
                "path": "station_notes/KRB3.md",
                "append": "- todo: replace vault door seal (water ingress)\n",
            },
            "appended 1 line",
        ),
        (
            "read_file",
            {"path": "station_notes/KRB3.md"},
            "# KRB3\n- vault: farm outbuilding\n- issues: FT-0419 sensor tilt (2025-11-11)\n- todo: replace vault door seal (water ingress)\n",
        ),
        "Good, both recorded.",
    ],
    "refine": {
        "steps": [
            (
                (
                    "search_events",
                    {"net": "KR", "since": "2025-01-01"},
                    "count | max mag\n412   | 2.8",
                ),
                "Too many. Only ones near KRB3.",
            ),
            (
                (
                    "search_events",
                    {"net": "KR", "since": "2025-01-01", "near": "KR.KRB3", "radius_km": 10},
                    "count | max mag\n38    | 2.1",
                ),
                "38. Only those of M >= 1.0.",
            ),
            (
                (
                    "search_events",
                    {
                        "net": "KR",
                        "since": "2025-01-01",
                        "near": "KR.KRB3",
                        "radius_km": 10,
                        "min_mag": 1.0,
                    },
                    "count | max mag\n6     | 2.1",
                ),
                "Six. And KRB3 only went bad after one of them.",
            ),
        ],
        "conclusion": "Five earlier M1+ events nearby did nothing to KRB3, so the plate must have weakened recently — fits the water ingress.",
    },
}


# ---------------------------------------------------------------------------------------------
# Domain 7: ev_bus_depot_charging (terse; compact JSON observations)
# ---------------------------------------------------------------------------------------------

_EV_CH07 = {
    "id": "CH-07",
    "state": "fault",
    "code": "CP_STATE_B",
    "connected": "4412",
    "power_kw": 0,
}


def _ev_volatile(j: int, rng: random.Random) -> str:
    items = list(_EV_CH07.items())
    items.append(("ts", f"2025-11-12T22:{31 + j:02d}:{rng.randint(0, 59):02d}+00:00"))
    items.append(("etag", f'W/"{hex_id(rng, 10)}"'))
    if rng.random() < 0.6:
        rng.shuffle(items)
    return json.dumps(dict(items))


def _ev_noisy_args(j: int, rng: random.Random) -> dict[str, Any]:
    if j % 2:
        return {"id": "CH-07", "attempt": j + 1}
    return {"id": "CH-07", "client_ts": 1762987000000 + 41000 * j + rng.randint(0, 999)}


EVDEPOT: dict[str, Any] = {
    "name": "ev_bus_depot_charging",
    "task": (
        "Depot Eastgate: 38 e-buses, 24 chargers. Tonight's plan must get every bus to >= 80% SoC "
        "by pull-out (05:00) without exceeding the 1.6 MW grid cap. Bus 4412 isn't charging on "
        "CH-07. Fix and publish tonight's plan."
    ),
    "openers": [
        "ok. depot state first.",
        "checking depot snapshot.",
        "start: charger + fleet state.",
    ],
    "prefix": [
        (
            "get_depot_state",
            {"depot": "eastgate"},
            json.dumps(
                {
                    "buses_in": 31,
                    "buses_out": 7,
                    "chargers_ok": 23,
                    "chargers_fault": 1,
                    "grid_kw_now": 640,
                    "grid_cap_kw": 1600,
                }
            ),
        ),
        (
            "get_bus",
            {"id": "4412"},
            json.dumps(
                {"id": "4412", "soc": 31, "pull_out": "05:00", "block": "B-220", "km_planned": 212}
            ),
        ),
        (
            "get_charger",
            {"id": "CH-12"},
            json.dumps({"id": "CH-12", "state": "available", "max_kw": 150}),
        ),
    ],
    "stuck": ("get_charger", {"id": "CH-07"}, json.dumps(_EV_CH07)),
    "look_again": [
        "recheck CH-07.",
        "CH-07 again.",
        "CH-07 state?",
        "re-query CH-07.",
        "check CH-07.",
        "once more: CH-07.",
    ],
    "volatile": _ev_volatile,
    "noisy_args": _ev_noisy_args,
    "intent_a": [
        "next: move 4412 to CH-12.",
        "will reassign 4412 -> CH-12.",
        "moving 4412 onto CH-12.",
        "plan: shunt 4412 to CH-12.",
        "4412 to CH-12 next.",
        "going to put 4412 on CH-12.",
    ],
    "intent_b": [
        "remote reset CH-07.",
        "next: CH-07 soft reset.",
        "will soft-reset CH-07.",
        "CH-07 needs a remote reset. doing it.",
        "resetting CH-07.",
        "soft reset on CH-07 now.",
    ],
    "restate": "resetting CH-07 now.",
    "stall": {
        "start": (
            "run_plan",
            {"depot": "eastgate", "night": "2025-11-12"},
            json.dumps({"job": "PLN-881", "state": "queued"}),
        ),
        "check": (
            "get_plan_job",
            {"job": "PLN-881"},
            json.dumps({"job": "PLN-881", "state": "queued", "buses_planned": 0}),
        ),
        "msgs": [
            "PLN-881 queued. 0 planned.",
            "still queued, 0 buses.",
            "PLN-881: queued, 0.",
            "queued. 0 planned.",
            "no change. queued, 0 planned.",
        ],
    },
    "ab": (
        ("get_charger", {"id": "CH-07"}, json.dumps(_EV_CH07)),
        (
            "get_bus",
            {"id": "4412"},
            json.dumps({"id": "4412", "soc": 31, "charging": False, "fault": "CP_STATE_B"}),
        ),
    ),
    "setter": {
        "tool": "set_power_cap",
        "base": {"charger": "CH-07"},
        "key": "kw",
        "values": [90, 120, 150],
        "obs": lambda v: json.dumps({"charger": "CH-07", "cap_kw": v, "applied": True}),
        "check": (
            "get_bus",
            {"id": "4412"},
            json.dumps({"id": "4412", "soc": 31, "charging": False, "fault": "CP_STATE_B"}),
        ),
    },
    "cycle": [
        ("get_charger", {"id": "CH-07"}, json.dumps(_EV_CH07)),
        (
            "get_bus",
            {"id": "4412"},
            json.dumps({"id": "4412", "soc": 31, "charging": False, "fault": "CP_STATE_B"}),
        ),
        (
            "get_depot_state",
            {"depot": "eastgate"},
            json.dumps(
                {"buses_in": 31, "chargers_ok": 23, "chargers_fault": 1, "grid_kw_now": 640}
            ),
        ),
    ],
    "fail": {
        "call": ("start_session", {"charger": "CH-12", "vehicle": "4412"}),
        "error": json.dumps(
            {
                "ok": False,
                "code": "AUTH_REJECTED",
                "msg": "RFID token 04:A2:19:7C for vehicle 4412 expired 2025-10-31",
            }
        ),
        "variants": [
            {"charger": "ch-12", "vehicle": "4412"},
            {"charger": "CH-12", "vehicle": 4412},
            {"charger_id": "CH-12", "vehicle_id": "4412"},
            {"charger": "CH-12", "vehicle": "4412", "priority": "high"},
            {"charger": "CH-12", "vehicle": "BUS-4412"},
        ],
    },
    "regen": {
        "call": ("optimise_plan", {"depot": "eastgate", "target_soc": 80, "cap_kw": 1600}),
        "outputs": [
            json.dumps(
                {
                    "plan": "opt-a",
                    "peak_kw": 1588,
                    "min_soc_at_pullout": {"4412": 31},
                    "others_ok": True,
                }
            ),
            json.dumps(
                {"plan": "opt-b", "peak_kw": 1541, "min_soc_at_pullout": {"4412": 31, "4407": 78}}
            ),
            json.dumps(
                {
                    "plan": "opt-c",
                    "peak_kw": 1597,
                    "min_soc_at_pullout": {"4412": 31},
                    "others_ok": True,
                }
            ),
            json.dumps(
                {"plan": "opt-d", "peak_kw": 1502, "min_soc_at_pullout": {"4412": 31, "4419": 79}}
            ),
            json.dumps(
                {
                    "plan": "opt-e",
                    "peak_kw": 1579,
                    "min_soc_at_pullout": {"4412": 31},
                    "others_ok": True,
                }
            ),
        ],
        "rejects": [
            "4412 < 80. reject. rerun.",
            "4412 short again. rerun.",
            "4412 under target. again.",
            "no: 4412 at 31. rerun.",
            "4412 still short. rerun.",
        ],
    },
    "pager": {
        "pages": [
            (
                "list_buses",
                {"depot": "eastgate", "soc_below": 50},
                json.dumps(
                    {
                        "items": [
                            {"id": "4401", "soc": 44},
                            {"id": "4405", "soc": 38},
                            {"id": "4412", "soc": 31},
                        ],
                        "next": "b2",
                    }
                ),
            ),
            (
                "list_buses",
                {"depot": "eastgate", "soc_below": 50, "cursor": "b2"},
                json.dumps(
                    {
                        "items": [
                            {"id": "4416", "soc": 47},
                            {"id": "4420", "soc": 29},
                            {"id": "4423", "soc": 41},
                        ],
                        "next": "b3",
                    }
                ),
            ),
            (
                "list_buses",
                {"depot": "eastgate", "soc_below": 50, "cursor": "b3"},
                json.dumps({"items": [{"id": "4431", "soc": 35}], "next": None}),
            ),
        ],
        "remarks": ["more.", "last."],
        "conclusion": "7 buses under 50%. lowest 4420 (29), 4412 (31). those two need 150 kW chargers.",
    },
    "corrected": {
        "bad": (
            "get_energy_price",
            {"from": "22:00", "to": "05:00"},
            json.dumps({"error": "from/to must be ISO 8601 datetimes"}),
        ),
        "note": "needs full datetimes.",
        "good": (
            "get_energy_price",
            {"from": "2025-11-12T22:00Z", "to": "2025-11-13T05:00Z"},
            json.dumps(
                {
                    "gbp_per_mwh": {
                        "22": 92,
                        "23": 81,
                        "00": 64,
                        "01": 58,
                        "02": 55,
                        "03": 57,
                        "04": 70,
                    }
                }
            ),
        ),
        "conclusion": "cheapest 01:00-03:00. shift bulk charging there.",
    },
    "poll": {
        "start": (
            "start_session",
            {"charger": "CH-12", "vehicle": "4412", "token": "04:A2:19:9E"},
            json.dumps({"ok": True, "session": "S-99120"}),
        ),
        "check": ("get_session", {"session": "S-99120"}),
        "statuses": [
            json.dumps({"session": "S-99120", "state": "preparing"}),
            json.dumps({"session": "S-99120", "state": "charging", "soc": 38}),
            json.dumps({"session": "S-99120", "state": "charging", "soc": 61}),
            json.dumps({"session": "S-99120", "state": "finishing", "soc": 84}),
        ],
        "wait": ("wait", {"minutes": 15}, json.dumps({"waited_min": 15})),
        "conclusion": "4412 at 84%. above target.",
    },
    "same_result": {
        "tool": "get_charger_faults",
        "args": [
            {"id": "CH-01"},
            {"id": "CH-02"},
            {"id": "CH-05"},
            {"id": "CH-11"},
            {"id": "CH-19"},
        ],
        "obs": json.dumps({"faults_24h": 0}),
        "conclusion": "no faults on the others. CH-07 is isolated.",
    },
    "transient": {
        "call": ("publish_plan", {"plan": "v4", "depot": "eastgate"}),
        "errors": [
            json.dumps({"error": "429 too many requests", "retry_after": 5}),
            json.dumps({"error": "gateway timeout"}),
        ],
        "wait": ("wait", {"seconds": 5}, json.dumps({"waited_s": 5})),
        "success": json.dumps({"published": True, "plan": "v4", "buses": 31, "peak_kw": 1598}),
        "conclusion": "plan v4 published. 31 buses, peak 1598 kW.",
    },
    "updates": [
        (
            (
                "get_charger",
                {"id": "CH-07"},
                json.dumps({"id": "CH-07", "state": "out_of_service", "ticket": "MNT-3320"}),
            ),
            "status: CH-07 out of service, MNT-3320 raised.",
        ),
        (
            (
                "issue_token",
                {"vehicle": "4412"},
                json.dumps({"token": "04:A2:19:9E", "valid_to": "2026-11-12"}),
            ),
            "status: new RFID token for 4412, valid a year.",
        ),
        (
            (
                "get_session",
                {"session": "S-99120"},
                json.dumps({"state": "charging", "soc": 52, "kw": 148}),
            ),
            "status: 4412 charging on CH-12, 52%, 148 kW.",
        ),
        (
            (
                "get_depot_state",
                {"depot": "eastgate"},
                json.dumps({"buses_in": 38, "grid_kw_now": 1420, "grid_cap_kw": 1600}),
            ),
            "status: all 38 in, 1420 kW, under cap.",
        ),
    ],
    "summaries": {
        "docs": [
            (
                (
                    "read_document",
                    {"doc": "charger_manual_CP-states.pdf"},
                    "State B: vehicle connected, not ready. Persists if the connector lock fails or the vehicle's contactor does not close.",
                ),
                "CP state B = connector not locked or bus contactor open.",
            ),
            (
                (
                    "read_document",
                    {"doc": "grid_connection_agreement.pdf"},
                    "Import capacity 1600 kW. Exceedance over 15-min average incurs a GBP 2,000 penalty per event.",
                ),
                "1600 kW cap on 15-min average. penalty per breach.",
            ),
            (
                (
                    "read_document",
                    {"doc": "blocks_2025-11-13.csv"},
                    "B-220 (bus 4412): 05:00-13:40, 212 km; B-231: 05:10-14:05, 198 km",
                ),
                "4412's block B-220: 212 km from 05:00.",
            ),
            (
                (
                    "read_document",
                    {"doc": "maintenance_note_4412.txt"},
                    "4412: charge port latch replaced 2025-10-28. Monitor for lock faults.",
                ),
                "4412 had its port latch replaced in Oct. explains CP_STATE_B.",
            ),
        ],
        "conclusion": "likely the new latch on 4412, not CH-07. 212 km needs ~75%+ SoC, cap 1600 on 15-min avg.",
    },
    "drafts": {
        "first": "handover: CH-07 faulty, 4412 moved to CH-12.",
        "rounds": [
            (
                "say why",
                "handover: CH-07 reports CP_STATE_B with 4412; likely 4412's new latch. 4412 moved to CH-12.",
            ),
            (
                "include soc",
                "handover: CH-07 reports CP_STATE_B with 4412; likely 4412's new latch. 4412 moved to CH-12, 84% at 04:10.",
            ),
            (
                "and what day shift should do",
                "handover: CH-07 reports CP_STATE_B with 4412; likely 4412's new latch. 4412 moved to CH-12, 84% at 04:10. day shift: test CH-07 with another bus; book 4412 latch check.",
            ),
        ],
    },
    "adjust": {
        "intro": "peak over cap if all start at 22:00. stagger starts, measure sim peak. target <= 1600.",
        "steps": [
            (
                (
                    "set_stagger",
                    {"depot": "eastgate", "minutes": 0},
                    json.dumps({"stagger_min": 0}),
                ),
                (
                    "simulate_night",
                    {"depot": "eastgate"},
                    json.dumps({"peak_kw": 1910, "all_ge_80": True}),
                ),
                "1910. over.",
            ),
            (
                (
                    "set_stagger",
                    {"depot": "eastgate", "minutes": 20},
                    json.dumps({"stagger_min": 20}),
                ),
                (
                    "simulate_night",
                    {"depot": "eastgate"},
                    json.dumps({"peak_kw": 1540, "all_ge_80": False, "short": ["4431"]}),
                ),
                "1540 but 4431 short. back off.",
            ),
            (
                (
                    "set_stagger",
                    {"depot": "eastgate", "minutes": 15},
                    json.dumps({"stagger_min": 15}),
                ),
                (
                    "simulate_night",
                    {"depot": "eastgate"},
                    json.dumps({"peak_kw": 1640, "all_ge_80": True}),
                ),
                "1640. just over.",
            ),
            (
                (
                    "set_stagger",
                    {"depot": "eastgate", "minutes": 17},
                    json.dumps({"stagger_min": 17}),
                ),
                (
                    "simulate_night",
                    {"depot": "eastgate"},
                    json.dumps({"peak_kw": 1598, "all_ge_80": True}),
                ),
                "1598, all >= 80. done.",
            ),
        ],
        "conclusion": "stagger 17 min. peak 1598 kW.",
    },
    "questions": [
        (
            "soc of 4420?",
            (
                "get_bus",
                {"id": "4420"},
                json.dumps({"id": "4420", "soc": 29, "charging": True, "kw": 150}),
            ),
            "4420: 29%, charging at 150 kW.",
        ),
        (
            "4405?",
            (
                "get_bus",
                {"id": "4405"},
                json.dumps({"id": "4405", "soc": 38, "charging": True, "kw": 120}),
            ),
            "4405: 38%, 120 kW.",
        ),
        (
            "which charger has 4431",
            ("get_bus", {"id": "4431"}, json.dumps({"id": "4431", "soc": 35, "charger": "CH-19"})),
            "4431 on CH-19, 35%.",
        ),
        (
            "is 4407 back yet?",
            (
                "get_bus",
                {"id": "4407"},
                json.dumps({"id": "4407", "location": "route 12", "eta_depot": "23:40"}),
            ),
            "no, 4407 on route 12, due 23:40.",
        ),
    ],
    "reread": [
        ("read_file", {"path": "depot_notes/eastgate_night.md"}, "## 2025-11-12\n- CH-07: ?\n"),
        (
            "edit_file",
            {
                "path": "depot_notes/eastgate_night.md",
                "replace": {"- CH-07: ?": "- CH-07: CP_STATE_B w/ 4412, OOS (MNT-3320)"},
            },
            json.dumps({"changed": 1}),
        ),
        (
            "read_file",
            {"path": "depot_notes/eastgate_night.md"},
            "## 2025-11-12\n- CH-07: CP_STATE_B w/ 4412, OOS (MNT-3320)\n",
        ),
        "add 4412 line.",
        (
            "edit_file",
            {
                "path": "depot_notes/eastgate_night.md",
                "append": "- 4412: new token, CH-12, 84% by 04:10\n",
            },
            json.dumps({"changed": 1}),
        ),
        (
            "read_file",
            {"path": "depot_notes/eastgate_night.md"},
            "## 2025-11-12\n- CH-07: CP_STATE_B w/ 4412, OOS (MNT-3320)\n- 4412: new token, CH-12, 84% by 04:10\n",
        ),
        "notes ok.",
    ],
    "refine": {
        "steps": [
            (
                ("search_buses", {"depot": "eastgate"}, json.dumps({"count": 38})),
                "filter by pull-out.",
            ),
            (
                (
                    "search_buses",
                    {"depot": "eastgate", "pull_out_before": "05:30"},
                    json.dumps({"count": 14}),
                ),
                "14. filter soc.",
            ),
            (
                (
                    "search_buses",
                    {"depot": "eastgate", "pull_out_before": "05:30", "soc_below": 40},
                    json.dumps({"count": 3, "ids": ["4405", "4412", "4420"]}),
                ),
                "3.",
            ),
        ],
        "conclusion": "priority: 4405, 4412, 4420 on 150 kW chargers first.",
    },
}

DOMAINS: list[dict[str, Any]] = [DENTAL, WATER, CREW, PATENT, BREWERY, PERMITS, SEISMIC, EVDEPOT]


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------

LOOKUPS = ["Checking.", "One moment, looking it up.", "Let me look.", "Looking that up.", "On it."]


def opening(d: dict[str, Any], rng: random.Random, k: int | None = None) -> list[Step]:
    """The task, an opener and ``k`` (random unless given) of the genuine first lookups."""
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    if k is None:
        k = rng.randint(0, len(d["prefix"]))
    steps += [call(c) for c in d["prefix"][:k]]
    return steps


# Loop segments ---------------------------------------------------------------------------------


def seg_exact_repeat(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 8)
    mode = i % 3  # 0 bare, 1 one remark repeated verbatim, 2 varied remarks
    remark = rng.choice(d["look_again"])
    start = rng.randrange(6)
    out: list[Step] = []
    for j in range(n):
        if mode == 1:
            out.append(llm(remark))
        elif mode == 2:
            out.append(llm(d["look_again"][(start + j) % 6]))
        out.append(call(d["stuck"]))
    return out


def seg_volatile_result(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 7)
    remarks = rng.random() < 0.5
    start = rng.randrange(6)
    name, args, _ = d["stuck"]
    out: list[Step] = []
    for j in range(n):
        if remarks:
            out.append(llm(d["look_again"][(start + j) % 6]))
        out.append(tool(name, args, d["volatile"](j, rng)))
    return out


def seg_volatile_args(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 7)
    noisy_result = i != 0  # the first row keeps the result identical
    remarks = rng.random() < 0.5
    start = rng.randrange(6)
    name, _, obs = d["stuck"]
    out: list[Step] = []
    for j in range(n):
        if remarks:
            out.append(llm(d["look_again"][(start + j) % 6]))
        result = d["volatile"](j, rng) if noisy_result else obs
        out.append(tool(name, d["noisy_args"](j, rng), result))
    return out


def seg_paraphrase_nudged(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(4, 6)
    mode = i % 3  # 0 random nudges, 1 a harness's fixed reply, 2 nudges with gaps
    texts = rng.sample(d["intent_a"], n)
    if mode == 0 and rng.random() < 0.5:
        lead = rng.choice(["Sure. ", "Will do. ", "Okay. "])
        texts = [texts[0]] + [lead + t[0].upper() + t[1:] for t in texts[1:]]
    fixed = rng.choice(HARNESS)
    out = [llm(texts[0])]
    for j in range(1, n):
        if mode == 0:
            obs: str | None = rng.choice(NUDGES)
        elif mode == 1:
            obs = fixed
        else:
            obs = rng.choice(NUDGES) if j % 2 == 1 else None
        out.append(llm(texts[j], obs))
    return out


def seg_paraphrase_monologue(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 6)
    if i % 2 == 0:
        return [llm(t) for t in rng.sample(d["intent_b"], n)]
    s = d["restate"]
    variants = [f"OK. {s}", s + " ", f"So: {s}", s[:-1] + "...", f"Right. {s}"]
    chosen = [s, *rng.sample(variants, n - 1)]
    return [llm(t) for t in chosen]


def seg_status_stall(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 6)
    mode = i % 3  # 0 check then message, 1 ping then message, 2 check, ping, message
    st = d["stall"]
    out = [call(st["start"])]
    offset = rng.randrange(5)
    for j in range(n):
        msg = st["msgs"][(offset + j) % 5]
        if mode in (0, 2):
            out.append(call(st["check"]))
        out.append(llm(msg, rng.choice(PINGS) if mode in (1, 2) else None))
    return out


def seg_ab_oscillation(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    a, b = d["ab"]
    rounds = rng.randint(3, 4)
    out: list[Step] = []
    for _ in range(rounds):
        out += [call(a), call(b)]
    if rng.random() < 0.4:
        out.append(call(a))
    return out


def _set(d: dict[str, Any], value: Any) -> Step:
    s = d["setter"]
    return tool(s["tool"], {**s["base"], s["key"]: value}, s["obs"](value))


def seg_setting_flip(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 6)
    a, b = d["setter"]["values"][:2]
    out = [call(d["setter"]["check"])]
    for j in range(n):
        out += [_set(d, a if j % 2 else b), call(d["setter"]["check"])]
    return out


def seg_setting_revisit(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    # The first value is the one in force at the start; the agent tries the other two, then
    # goes back through values it has already tried (round the cycle, or bouncing back).
    v0, v1, v2 = d["setter"]["values"]
    n = rng.randint(4, 7)
    cycle = [v1, v2, v0, v1, v2, v0, v1]
    bounce = [v1, v2, v1, v0, v1, v2, v1]
    order = (cycle if rng.random() < 0.5 else bounce)[:n]
    out = [call(d["setter"]["check"])]
    for v in order:
        out += [_set(d, v), call(d["setter"]["check"])]
    return out


def seg_cycle_of_three(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    if rng.random() < 0.5:
        rounds, extra = 2, rng.randint(1, 2)
    else:
        rounds, extra = 3, rng.randint(0, 1)
    calls = d["cycle"] * rounds + d["cycle"][:extra]
    return [call(c) for c in calls]


def _fail_step(d: dict[str, Any], args: dict[str, Any] | None = None, suffix: str = "") -> Step:
    name, canonical = d["fail"]["call"]
    return tool(name, canonical if args is None else args, d["fail"]["error"] + suffix, True)


def seg_failing_repeat(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 7)
    mode = i % 3  # 0 same error, 1 a changing id appended, 2 retry remarks between
    out: list[Step] = []
    for j in range(n):
        if mode == 2 and j:
            out.append(llm(rng.choice(RETRY_REMARKS)))
        suffix = ""
        if mode == 1:
            suffix = rng.choice(
                [
                    f" (trace {hex_id(rng, 8)})",
                    f" [request {uuid_like(rng)}]",
                    f" correlation_id={rng.randint(100000, 999999)}",
                ]
            )
        out.append(_fail_step(d, suffix=suffix))
    return out


def seg_failing_reworded(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 5)
    variants = rng.sample(d["fail"]["variants"], n - 1)
    remarks = rng.random() < 0.5
    out = [_fail_step(d)]
    for args in variants:
        if remarks:
            out.append(llm(rng.choice(REWORD_REMARKS)))
        out.append(_fail_step(d, args))
    return out


def seg_apology_retry(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 6)
    complaints = i % 2 == 1
    apologies = rng.sample(APOLOGIES, n)
    out = [_fail_step(d)]
    for j in range(n):
        obs = rng.choice(USER_COMPLAINTS) if complaints and j % 2 == 0 else None
        out += [llm(apologies[j], obs), _fail_step(d)]
    return out


def seg_regenerate(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    n = rng.randint(3, 5)
    g = d["regen"]
    order = rng.sample(range(5), n)
    out: list[Step] = []
    for j, k in enumerate(order):
        out += [tool(g["call"][0], g["call"][1], g["outputs"][k]), llm(g["rejects"][j])]
    return out


AFTER_PROGRESS_KIND = {
    "dental_lab_orders": seg_cycle_of_three,
    "water_leak_detection": seg_volatile_args,
    "airline_crew_rostering": seg_failing_reworded,
    "patent_prior_art": seg_paraphrase_nudged,
    "brewery_production": seg_setting_flip,
    "building_permit_review": seg_apology_retry,
    "seismic_network_qc": seg_ab_oscillation,
    "ev_bus_depot_charging": seg_regenerate,
}


def _entity_calls(d: dict[str, Any]) -> list[Step]:
    if "entities" in d:
        return [call(c) for c in d["entities"]["items"]]
    sr = d["same_result"]
    return [tool(sr["tool"], a, sr["obs"]) for a in sr["args"]]


def seg_after_progress(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    doc, summary = d["summaries"]["docs"][0]
    genuine = [*_entity_calls(d)[:2], call(doc), llm(summary)]
    return genuine + AFTER_PROGRESS_KIND[d["name"]](d, rng, i)


# Progress rows ---------------------------------------------------------------------------------


def prog_paging(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    p = d["pager"]
    out: list[Step] = []
    for j, page in enumerate(p["pages"]):
        if j and rng.random() < 0.7:
            out.append(llm(p["remarks"][j - 1]))
        out.append(call(page))
    return [*out, llm(p["conclusion"])]


def prog_corrected_retry(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    c = d["corrected"]
    return [call(c["bad"], True), llm(c["note"]), call(c["good"]), llm(c["conclusion"])]


def _poll(d: dict[str, Any], statuses: list[str], waits: bool) -> list[Step]:
    p = d["poll"]
    out = [llm(p["intro"])] if "intro" in p else []
    out.append(call(p["start"]))
    for j, status in enumerate(statuses):
        if waits and j:
            out.append(call(p["wait"]))
        out.append(tool(p["check"][0], p["check"][1], status))
    return [*out, llm(p["conclusion"])]


def prog_polling(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    return _poll(d, list(d["poll"]["statuses"]), waits=i % 2 == 1)


def prog_polling_repeated_status(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    statuses = d["poll"]["statuses"]
    repeat = dict.fromkeys(range(len(statuses)), 1)
    for k in rng.sample(range(len(statuses) - 1), 1 + (i % 2)):
        repeat[k] = rng.randint(2, 3)
    seq = [s for k, s in enumerate(statuses) for _ in range(repeat[k])]
    return _poll(d, seq, waits=i < 2)


def prog_entities(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    e = d["entities"]
    return [*(call(c) for c in e["items"]), llm(e["conclusion"])]


def prog_entities_same_result(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    sr = d["same_result"]
    return [*(tool(sr["tool"], a, sr["obs"]) for a in sr["args"]), llm(sr["conclusion"])]


def _transient(d: dict[str, Any], errors: list[str], waits: bool) -> list[Step]:
    t = d["transient"]
    name, args = t["call"]
    out: list[Step] = []
    for err in errors:
        out.append(tool(name, args, err, True))
        if waits:
            out.append(call(t["wait"]))
    return [*out, tool(name, args, t["success"]), llm(t["conclusion"])]


def prog_transient_retry(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    return _transient(d, [d["transient"]["errors"][0]], waits=i % 2 == 0)


def prog_transient_retry_twice(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    errors = d["transient"]["errors"]
    chosen = [errors[0], errors[0]] if i % 2 == 0 else list(errors)
    return _transient(d, chosen, waits=i < 2)


def prog_status_updates(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    pings = i % 2 == 1
    out: list[Step] = []
    for c, msg in d["updates"]:
        out += [call(c), llm(msg, rng.choice(PINGS) if pings else None)]
    return out


def prog_summaries(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    s = d["summaries"]
    out: list[Step] = []
    for c, summary in s["docs"]:
        out += [call(c), llm(summary)]
    return [*out, llm(s["conclusion"])]


def prog_draft_refinement(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    dr = d["drafts"]
    return [llm(dr["first"]), *(llm(draft, feedback) for feedback, draft in dr["rounds"])]


def prog_adjust_and_measure(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    a = d["adjust"]
    out = [llm(a["intro"])]
    for setting, measure, remark in a["steps"]:
        out += [call(setting), call(measure), llm(remark)]
    return [*out, llm(a["conclusion"])]


def prog_user_questions(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    out: list[Step] = []
    for question, c, answer in d["questions"]:
        out += [llm(rng.choice(LOOKUPS), question), call(c), llm(answer)]
    return out


def prog_reread_after_edit(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    return [llm(x) if isinstance(x, str) else call(x) for x in d["reread"]]


def prog_search_refinement(d: dict[str, Any], rng: random.Random, i: int) -> list[Step]:
    r = d["refine"]
    out: list[Step] = []
    for c, remark in r["steps"]:
        out += [call(c), llm(remark)]
    return [*out, llm(r["conclusion"])]


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

ALL = tuple(range(8))
EVEN = (0, 2, 4, 6)
ODD = (1, 3, 5, 7)

LOOP_CATEGORIES = [
    ("exact_repeat", ALL, seg_exact_repeat),
    ("volatile_result", EVEN, seg_volatile_result),
    ("volatile_args", ODD, seg_volatile_args),
    ("paraphrase_nudged", ALL, seg_paraphrase_nudged),
    ("paraphrase_monologue", ALL, seg_paraphrase_monologue),
    ("status_stall", ALL, seg_status_stall),
    ("ab_oscillation", ALL, seg_ab_oscillation),
    ("setting_flip", EVEN, seg_setting_flip),
    ("setting_revisit", ODD, seg_setting_revisit),
    ("cycle_of_three", ALL, seg_cycle_of_three),
    ("failing_repeat", ALL, seg_failing_repeat),
    ("failing_reworded", EVEN, seg_failing_reworded),
    ("apology_retry", ODD, seg_apology_retry),
    ("regenerate_unacceptable", ALL, seg_regenerate),
    ("after_progress", ALL, seg_after_progress),
]

PROGRESS_CATEGORIES = [
    ("paging", ALL, prog_paging),
    ("corrected_retry", ALL, prog_corrected_retry),
    ("polling", EVEN, prog_polling),
    ("polling_repeated_status", ODD, prog_polling_repeated_status),
    ("entities", EVEN, prog_entities),
    ("entities_same_result", ODD, prog_entities_same_result),
    ("transient_retry", EVEN, prog_transient_retry),
    ("transient_retry_twice", ODD, prog_transient_retry_twice),
    ("status_updates", ALL, prog_status_updates),
    ("summaries", ALL, prog_summaries),
    ("draft_refinement", ALL, prog_draft_refinement),
    ("adjust_and_measure", ALL, prog_adjust_and_measure),
    ("user_questions", ALL, prog_user_questions),
    ("reread_after_edit", ALL, prog_reread_after_edit),
    ("search_refinement", ALL, prog_search_refinement),
]


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for label, categories in (("loop", LOOP_CATEGORIES), ("progress", PROGRESS_CATEGORIES)):
        for name, domains, builder in categories:
            for i, k in enumerate(domains):
                d = DOMAINS[k]
                row_id = f"sixth-{label}-{name}-{i:03d}"
                rng = random.Random(f"{SEED}:{row_id}")
                full_prefix = name == "after_progress"
                steps = opening(d, rng, len(d["prefix"]) if full_prefix else None)
                steps += builder(d, rng, i)
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": f"{label}/{name}",
                        "domain": d["name"],
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(row["category"] for row in rows)
    labels = Counter(row["label"] for row in rows)
    print(f"{len(rows)} rows ({labels['loop']} loop, {labels['progress']} progress) -> {OUT}")
    for category, n in counts.items():
        print(f"  {category}: {n}")


if __name__ == "__main__":
    main()
