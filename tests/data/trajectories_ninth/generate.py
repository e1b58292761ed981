"""Ninth labelled loop-detection set: 192 agent trajectories in eight new domains.

Writes ``trajectories.jsonl`` next to this file. Deterministic: each row draws from its own
``random.Random``, seeded with ``SEED`` and the row's id. See README.md.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

SEED = 73190466
HERE = Path(__file__).resolve().parent

Row = dict[str, Any]
Step = dict[str, Any]
Call = tuple[str, dict[str, Any], str]
Domain = dict[str, Any]


def llm(text: str, obs: str = "") -> Step:
    step: Step = {"kind": "llm", "text": text}
    if obs:
        step["observation"] = obs
    return step


def tool(call: Call, *, error: bool = False) -> Step:
    name, args, obs = call
    return {
        "kind": "tool",
        "tool": name,
        "args": copy.deepcopy(args),
        "observation": obs,
        "error": error,
    }


def fail(call: Call) -> Step:
    return tool(call, error=True)


# Small shared banks, written for this set.
NUDGES = [
    "carry on",
    "yep",
    "ok go",
    "👍",
    "sure, continue",
    "right",
    "go ahead then",
    "fine",
    "mhm",
    "cool, next?",
]
HARNESS = [
    "[harness] No new human input this turn. Proceed.",
    "<note>operator stepped away - continue on your own</note>",
    "(auto) nothing new from the user; keep working",
]
PINGS = ["where are we?", "any luck?", "eta?", "hello??", "progress?", "well?", "still on it?"]
APOLOGIES = [
    "Apologies - that didn't go through. Trying again.",
    "Sorry about that, let me resubmit.",
    "My mistake. I'll send it once more.",
    "Sorry! Having another go.",
    "I apologise for the delay; retrying the same request.",
    "Oops, sorry. One more attempt.",
    "That failed again, sorry. Resending.",
    "Sorry for the trouble - I'll retry now.",
]
COMPLAINTS = [
    "this is the same error every time",
    "you keep doing the exact same thing",
    "stop retrying and think",
    "that's not going to work, is it",
    "again?? same error.",
]
RETRY_REMARKS = ["Retrying.", "Trying that again.", "Once more.", "Let me re-run it.", "Again."]
REWORD_REMARKS = [
    "Maybe it wants a different format.",
    "Could be the way I wrote the argument.",
    "Let me phrase the request differently.",
    "Perhaps the key name is off.",
]
ACKS = ["Sure. ", "Will do. ", "Understood. ", "Right away. ", "", ""]
UPDATE_PREFIXES = ["Update: ", "Progress note: ", "FYI: ", "Where we are: "]


# --------------------------------------------------------------------------------------------
# cheese_cave_affinage: warm, unhurried, a little French; handheld-logger lines with " · ".


def cheese() -> Domain:
    climate2 = "cave 2 · 13.4 °C · 97 %HR · CO₂ 1 900 ppm · door closed · logged 04/12 06:10"
    climate4 = "cave 4 · 11.8 °C · 91 %HR · CO₂ 1 100 ppm · rack Q empty · logged 04/12 06:10"
    fan = "fan 2B · TRIPPED · trips today 4 · last 05:52 · thermal overload relay open"
    shelf_c = (
        "shelf C · cave 2 · 40 wheels · batch TA-1108 (made 02/09)\n"
        "  spots reported: C-04 C-05 C-11 C-12 C-13 C-19 C-27 C-31 (+21 more)\n"
        "  last turned 02/12 by Inès"
    )
    wheel = (
        "wheel C-12 · TA-1108 · 6.9 kg · rind: grey-blue bloom, 3 spots, dry · "
        "paste: not tested · last brushed 29/11"
    )

    def noise(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
        stamp = f"06:{14 + i * 2 + rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}"
        tail = f" · read {stamp} · handheld #{rng.choice([2, 3, 5])} bat {rng.randint(61, 94)} %"
        return {"wheel": "C-12"}, wheel + tail

    rota = [
        "Mon C brush (morge-1) · Tue D turn · Wed C turn · Thu E brush (morge-2) · Fri C brush",
        "Mon D turn · Tue C brush (morge-1) · Wed E turn · Thu C turn · Fri D brush (morge-2)",
        "Mon C turn · Tue C brush (morge-1) · Wed D brush (morge-2) · Thu E turn · Fri rest",
        "Mon E brush (morge-2) · Tue D turn · Wed C brush (morge-1) · Thu C turn · Fri D turn",
        "Mon C brush (morge-1) · Tue E turn · Wed D turn · Thu C turn · Fri E brush (morge-2)",
    ]
    return {
        "name": "cheese_cave_affinage",
        "task": (
            "Bonjour, it's Margaux at the caves. We have 240 wheels of Tomme des Aravis in cave 2 "
            "for the Lyon Christmas market, the truck leaves on 18 Dec. Shelf C has little blue "
            "spots coming up on about thirty wheels, cave 2 has crept to 97% humidity and fan 2B "
            "keeps tripping. Could you work out what to pull, bring the cave back to 92-94%, and "
            "please do not brush anything with the morge-1 tub, it's contaminated. Merci!"
        ),
        "openers": [
            "Bonjour Margaux. I'll start with how cave 2 feels this morning.",
            "Of course. Let me read the cave first, then the shelf.",
            "Happy to help. First the climate, then the wheels themselves.",
        ],
        "first": [
            ("get_cave_climate", {"cave": 2}, climate2),
            ("list_shelf", {"cave": 2, "shelf": "C"}, shelf_c),
            ("get_fan", {"fan": "2B"}, fan),
        ],
        "bridges": [
            "97% and rather a lot of CO₂ - the air isn't moving.",
            "Twenty-nine spotted wheels, all from TA-1108.",
            "Fan 2B tripped four times since midnight; that explains the damp.",
        ],
        "stuck": ("get_wheel", {"wheel": "C-12"}, wheel),
        "again": [
            "Let me look at C-12 once more.",
            "I'd like to see C-12 again before deciding.",
            "Back to C-12 for a moment.",
            "One more glance at wheel C-12.",
            "Checking C-12 again - those spots bother me.",
            "C-12 again, just to be sure.",
        ],
        "noise": ("result", noise),
        "intents": [
            [
                "Next I'll move the spotted wheels from shelf C into quarantine in cave 4.",
                "The plan now is to carry the 29 affected wheels over to rack Q in cave 4.",
                "I'm going to pull the blue-spotted tommes off shelf C and isolate them.",
                "What I'll do next: relocate shelf C's spotted wheels to the cave 4 quarantine.",
                "Let me get those spotted wheels out of cave 2 and onto rack Q.",
                "Shelf C's affected wheels should go to quarantine - I'll arrange that now.",
            ],
            [
                "I'll reset fan 2B and then bring the humidity target down to 93%.",
                "Next step: clear the trip on 2B and lower cave 2's setpoint to 93.",
                "Going to get fan 2B running again and set the target to 93% RH.",
                "Fan 2B first, then a 93% humidity target for cave 2.",
                "I'm about to reset the 2B relay and drop the setpoint to 93 percent.",
                "Once 2B is reset I'll ask the controller for 93% in cave 2.",
            ],
        ],
        "restate": "Next I'll move the spotted wheels from shelf C into quarantine in cave 4.",
        "job_start": (
            "start_rind_scan",
            {"cave": 2, "shelf": "C"},
            "scan job RS-3307 queued · camera rail C · est. 12 min",
        ),
        "job_check": (
            "scan_status",
            {"job": "RS-3307"},
            "RS-3307 · queued · position 1 · rail C idle",
        ),
        "stalls": [
            "The rind scan is still queued; I'll give it a little longer.",
            "Still waiting on RS-3307, nothing yet.",
            "The scan hasn't started. Waiting a bit more.",
            "No movement on the scan - it's sitting in the queue.",
            "RS-3307 is still queued. Patience.",
        ],
        "ab": [("get_cave_climate", {"cave": 2}, climate2), ("get_fan", {"fan": "2B"}, fan)],
        "cycle": [
            ("get_cave_climate", {"cave": 2}, climate2),
            ("get_fan", {"fan": "2B"}, fan),
            ("get_cave_climate", {"cave": 4}, climate4),
        ],
        "setting": {
            "tool": "set_fan_mode",
            "args": {"fan": "2B"},
            "key": "mode",
            "values": ["auto", "manual", "night"],
            "ack": "fan 2B · mode set to {v} · state TRIPPED",
            "check": ("get_fan", {"fan": "2B"}, fan),
        },
        "fail": (
            "print_labels",
            {"batch": "TA-1108", "printer": "cave-2"},
            "ERROR · printer cave-2 offline · no heartbeat since 03/12 22:41",
        ),
        "fail_noise": lambda rng, i, err: err + f" · spool #{rng.randint(400, 999)}",
        "reworded": [],
        "gen": {
            "tool": "plan_turning_rota",
            "args": {"cave": 2, "days": 5, "exclude_tub": "morge-1"},
            "outputs": rota,
            "reject": [
                "That rota still brushes shelf C with morge-1, the tub Margaux told us not to touch.",
                "Morge-1 again, on Tuesday this time. Not usable.",
                "Still has a morge-1 brushing for shelf C.",
                "Wednesday uses morge-1 - no good.",
                "Morge-1 is in there on Monday. Same problem.",
            ],
        },
        "after_kind": "exact_repeat",
        "entity_calls": [
            (
                "get_wheel",
                {"wheel": "C-04"},
                "wheel C-04 · TA-1108 · 7.1 kg · rind: 1 blue spot near heel · paste: not tested",
            ),
            (
                "get_wheel",
                {"wheel": "C-31"},
                "wheel C-31 · TA-1108 · 6.6 kg · rind: clean, slightly tacky · paste: not tested",
            ),
        ],
        "doc": (
            "read_note",
            {"path": "notes/morge_protocol.txt"},
            "Morge protocol (rev. 2023)\n- brine 18%, whey from the same week\n- one tub per "
            "cave, never shared\n- any tub with off-odour or pink film: discard, scrub, 48 h dry\n"
            "- spotted wheels: dry-brush only until the lab clears them",
        ),
        "doc_summary": "So spotted wheels get a dry brush only until the lab clears them, no morge.",
        # ---- progress material
        "paging": {
            "tool": "list_wheels",
            "pages": [
                (
                    {"cave": 2, "page": 1},
                    "page 1/3 · A-01..A-40 clean · B-01..B-38 clean · B-39 soft heel",
                ),
                (
                    {"cave": 2, "page": 2},
                    "page 2/3 · C-01..C-40: 29 spotted · D-01..D-12 clean",
                ),
                (
                    {"cave": 2, "page": 3},
                    "page 3/3 · D-13..D-40 clean · E-01..E-40 clean · E-17 cracked rind",
                ),
            ],
            "remarks": ["Rows A and B are fine.", "Shelf C carries nearly all of it."],
            "conclusion": (
                "Across 240 wheels: 29 spotted on shelf C, a soft heel on B-39 and a crack on "
                "E-17. The rest can travel to Lyon."
            ),
        },
        "corrected": {
            "bad": ("get_wheel", {"wheel": "12"}, "unknown wheel '12' · ids look like 'C-12'"),
            "fix": "Ah, the wheel ids carry the shelf letter. C-12, then.",
            "good": ("get_wheel", {"wheel": "C-12"}, wheel),
            "conclusion": "C-12 has three dry spots and hasn't been tested yet.",
        },
        "polling": {
            "start": (
                "start_rind_scan",
                {"cave": 2, "shelf": "C"},
                "scan job RS-3311 queued · camera rail C · est. 12 min",
            ),
            "tool": "scan_status",
            "args": {"job": "RS-3311"},
            "statuses": [
                "RS-3311 · queued · position 1",
                "RS-3311 · scanning · 9/40 wheels",
                "RS-3311 · scanning · 26/40 wheels",
                "RS-3311 · done · 40/40 · flagged 27 (blue bloom), 2 (tacky rind)",
            ],
            "conclusion": "The scan agrees with the crew: 27 blue, 2 just tacky. I'll pull the 27.",
        },
        "entities": {
            "kind": "same",
            "tool": "get_lab_result",
            "items": ["TA-1102", "TA-1105", "TA-1108", "TA-1111", "TA-1114"],
            "key": "batch",
            "obs": "Listeria monocytogenes: not detected in 25 g · E. coli < 10 cfu/g · sampled day 60",
            "conclusion": "All five batches are clear at day 60, so the spots are a rind issue, not safety.",
        },
        "transient": {
            "call": ("get_market_order", {"order": "LYON-XM-25"}),
            "errors": [
                "503 · order portal busy, retry in 30 s",
                "timeout after 20 s (portal.halles-lyon.fr)",
            ],
            "ok": "order LYON-XM-25 · 220 wheels Tomme des Aravis · pickup 18/12 05:30 · paid 40%",
            "conclusion": "Lyon wants 220, so even without the 29 from shelf C we can fill it from 211... almost. We're 9 short.",
        },
        "updates": [
            (
                (
                    "move_wheels",
                    {"from": "2/C", "to": "4/Q", "count": 27},
                    "moved 27 wheels · rack Q 27/60",
                ),
                "27 spotted wheels are now in quarantine on rack Q.",
            ),
            (
                ("reset_fan", {"fan": "2B"}, "fan 2B · relay reset · running 1 380 rpm"),
                "fan 2B is running again after a relay reset.",
            ),
            (
                (
                    "set_humidity_target",
                    {"cave": 2, "rh_pct": 93},
                    "cave 2 · target 93 %HR · was 96",
                ),
                "cave 2's humidity target is 93% (it was 96).",
            ),
            (
                (
                    "get_cave_climate",
                    {"cave": 2},
                    "cave 2 · 13.1 °C · 94 %HR · CO₂ 1 250 ppm · logged 04/12 11:40",
                ),
                "cave 2 is at 94% and the CO₂ has come down to 1 250 ppm.",
            ),
        ],
        "summaries": [
            (
                "read_note",
                {"path": "notes/morge_protocol.txt"},
                "Morge protocol (rev. 2023)\n- one tub per cave, never shared\n- off-odour or pink film: discard\n- spotted wheels: dry-brush only",
                "The protocol: one tub per cave, and spotted wheels are dry-brushed only.",
            ),
            (
                "read_note",
                {"path": "notes/lyon_market_spec.txt"},
                "Lyon Christmas market spec\n- min. 90 days affinage\n- rind: natural grey, no visible blue\n- weight 6.5-7.5 kg",
                "Lyon takes nothing with visible blue, 90 days minimum.",
            ),
            (
                "read_note",
                {"path": "notes/fan_2B_service.txt"},
                "2B service log\n2024-03 bearing replaced\n2025-10 relay chattering, not replaced\n2025-11 trips x3 reported",
                "2B's relay was flagged in October and never replaced.",
            ),
            (
                "read_note",
                {"path": "notes/lab_TA-1108.txt"},
                "TA-1108 day 60\nListeria nd/25 g\nMould ID: Penicillium roqueforti (rind only)",
                "The blue is P. roqueforti on the rind only - cosmetic, but Lyon won't take it.",
            ),
        ],
        "summaries_conclusion": "So: quarantine and dry-brush the blue wheels, sell them locally, replace 2B's relay, and fill Lyon from shelves A, B, D and E.",
        "drafts": {
            "first": "Dear Lyon market team, we will deliver 211 wheels instead of 220 on 18 Dec due to a rind issue. Regards, Margaux",
            "rounds": [
                (
                    "too blunt, say sorry and offer something",
                    "Dear Lyon market team,\n\nI'm sorry to say we can deliver 211 wheels rather than 220 on 18 December: a few wheels developed a cosmetic rind bloom. To make up for it, we'd like to add six wheels of our Tomme au Marc at no charge.\n\nWarm regards,\nMargaux",
                ),
                (
                    "don't say 'bloom', they'll think mould. say 'did not meet our appearance standard'",
                    "Dear Lyon market team,\n\nI'm sorry to say we can deliver 211 wheels rather than 220 on 18 December: nine wheels did not meet our appearance standard. To make up for it, we'd like to add six wheels of our Tomme au Marc at no charge.\n\nWarm regards,\nMargaux",
                ),
                (
                    "good. add that pickup stays 05:30",
                    "Dear Lyon market team,\n\nI'm sorry to say we can deliver 211 wheels rather than 220 on 18 December: nine wheels did not meet our appearance standard. To make up for it, we'd like to add six wheels of our Tomme au Marc at no charge. Pickup stays at 05:30.\n\nWarm regards,\nMargaux",
                ),
            ],
        },
        "adjust": [
            (
                ("set_humidity_target", {"cave": 2, "rh_pct": 92}, "cave 2 · target 92 %HR"),
                (
                    "get_cave_climate",
                    {"cave": 2},
                    "cave 2 · 13.2 °C · 95.6 %HR · logged 04/12 08:00",
                ),
                "Coming down, still above 94.",
            ),
            (
                ("set_humidity_target", {"cave": 2, "rh_pct": 91}, "cave 2 · target 91 %HR"),
                (
                    "get_cave_climate",
                    {"cave": 2},
                    "cave 2 · 13.0 °C · 91.4 %HR · logged 04/12 09:30",
                ),
                "A touch too dry now, under 92.",
            ),
            (
                ("set_humidity_target", {"cave": 2, "rh_pct": 93}, "cave 2 · target 93 %HR"),
                (
                    "get_cave_climate",
                    {"cave": 2},
                    "cave 2 · 13.1 °C · 92.8 %HR · logged 04/12 11:00",
                ),
                "92.8 - right in the band.",
            ),
        ],
        "adjust_conclusion": "Cave 2 holds 92.8% on a 93 target. I'll leave it there.",
        "questions": [
            (
                "how many wheels on shelf D?",
                (
                    "list_shelf",
                    {"cave": 2, "shelf": "D"},
                    "shelf D · cave 2 · 40 wheels · batch TA-1111 · no spots reported",
                ),
                "Forty on D, batch TA-1111, no spots.",
            ),
            (
                "and E?",
                (
                    "list_shelf",
                    {"cave": 2, "shelf": "E"},
                    "shelf E · cave 2 · 40 wheels · batch TA-1114 · 1 cracked rind (E-17)",
                ),
                "Forty on E as well, one cracked rind on E-17.",
            ),
            (
                "what about B, isn't one soft?",
                (
                    "list_shelf",
                    {"cave": 2, "shelf": "B"},
                    "shelf B · cave 2 · 40 wheels · batch TA-1105 · soft heel reported: B-39",
                ),
                "Yes, B-39 has a soft heel; the other 39 are fine.",
            ),
            (
                "and cave 4 shelf A, the old ones?",
                (
                    "list_shelf",
                    {"cave": 4, "shelf": "A"},
                    "shelf A · cave 4 · 18 wheels · batch TA-1031 (made 14/06) · no spots reported",
                ),
                "Cave 4 A has 18 older wheels from June, all clean - they could top up Lyon.",
            ),
        ],
        "reread": {
            "read": ("read_file", {"path": "rota/cave2_week49.md"}),
            "versions": [
                "# Cave 2, week 49\n- Mon: turn C, brush C (morge-1)\n- Tue: turn D\n- Wed: brush E (morge-2)",
                "# Cave 2, week 49\n- Mon: turn C, dry-brush C\n- Tue: turn D\n- Wed: brush E (morge-2)",
                "# Cave 2, week 49\n- Mon: turn C, dry-brush C\n- Tue: turn D, check fan 2B\n- Wed: brush E (morge-2)",
            ],
            "edits": [
                (
                    "edit_file",
                    {
                        "path": "rota/cave2_week49.md",
                        "find": "brush C (morge-1)",
                        "replace": "dry-brush C",
                    },
                    "1 replacement",
                ),
                (
                    "edit_file",
                    {
                        "path": "rota/cave2_week49.md",
                        "find": "- Tue: turn D",
                        "replace": "- Tue: turn D, check fan 2B",
                    },
                    "1 replacement",
                ),
            ],
            "remarks": [
                "Monday still uses morge-1. Changing it to a dry brush.",
                "Good. I'll add a fan check on Tuesday.",
                "Both changes are in.",
            ],
        },
        "search": [
            (
                (
                    "search_log",
                    {"q": "blue"},
                    "61 entries · 2019-2025 · most: 'blue bloom' cave 3 (2021)",
                ),
                "Too broad.",
            ),
            (
                (
                    "search_log",
                    {"q": "blue cave 2"},
                    "14 entries · 2023-2025 · 9 from shelf C · 5 from shelf A",
                ),
                "Narrower; shelf C keeps coming up.",
            ),
            (
                (
                    "search_log",
                    {"q": "blue cave 2 after 2025-11-01"},
                    "6 entries · all shelf C · first 21/11, the day after 2B's first trip",
                ),
                "First spot the day after the first fan trip.",
            ),
        ],
        "search_conclusion": "The spots began right after fan 2B started tripping, so the airflow is the root cause.",
    }


# --------------------------------------------------------------------------------------------
# tunnel_boring_machine: blunt site-engineer shorthand; PLC tables "TAG | VALUE | UNIT".


def tbm() -> Domain:
    plc = (
        "TAG            | VALUE | UNIT\n"
        "CH_TORQUE      | 4.61  | MNm   (ALM > 4.20)\n"
        "FACE_P_TOP     | 1.62  | bar\n"
        "FACE_P_AXIS    | 1.94  | bar\n"
        "ADVANCE_RATE   | 0     | mm/min\n"
        "RING           | 1412  | -"
    )
    sp22 = (
        "POINT  | READ_MM | TRIGGER | ACTION | READ_AT\nSP-22  | 11.2    | 10      | 15     | 05:30"
    )
    seg = (
        "RINGS      | STATUS    | ETA\n"
        "1413-1416  | LOADED    | 14:00\n"
        "1417-1420  | AT PLANT  | tomorrow 06:00"
    )
    disc = "DISC   | WEAR_MM | LIMIT | STATE\nD-31   | 17.5    | 20    | OK (rotating)"

    def noise(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
        args: dict[str, Any] = {"tags": "CH_TORQUE,FACE_P_TOP,FACE_P_AXIS,ADVANCE_RATE,RING"}
        args["req"] = 7700 + i * rng.randint(1, 4)
        args["ts"] = f"2025-12-04T07:{10 + i:02d}:{rng.randint(0, 59):02d}"
        return args, plc + f"\n# rtt {rng.randint(21, 90)} ms"

    return {
        "name": "tunnel_boring_machine",
        "task": (
            "Margit's stopped at ring 1412 again. Cutterhead torque alarm, over 4.2 MNm, and "
            "face pressure sagging. SP-22 under the listed chapel reads 11 mm - trigger 10, "
            "action 15. Segments for 1413-1420 running late. Get her boring again without going "
            "past SP-22 action level. Don't touch foam settings without asking me first."
        ),
        "openers": [
            "On it. PLC first.",
            "Right. Pulling the machine tags.",
            "Ok. Starting with PLC and SP-22.",
        ],
        "first": [
            ("get_plc", {"tags": "CH_TORQUE,FACE_P_TOP,FACE_P_AXIS,ADVANCE_RATE,RING"}, plc),
            ("get_settlement", {"point": "SP-22"}, sp22),
            ("get_segment_delivery", {"rings": "1413-1420"}, seg),
        ],
        "bridges": [
            "Torque 4.61, face top 1.62 bar. Low.",
            "SP-22 at 11.2. Between trigger and action.",
            "Four rings of segments by 14:00. Rest tomorrow.",
        ],
        "stuck": ("get_plc", {"tags": "CH_TORQUE,FACE_P_TOP,FACE_P_AXIS,ADVANCE_RATE,RING"}, plc),
        "again": [
            "PLC again.",
            "Re-reading torque.",
            "Another look at the tags.",
            "Checking PLC once more.",
            "Torque and face pressure again.",
            "Pull the tags again.",
        ],
        "noise": ("args", noise),
        "intents": [
            [
                "Next: raise face pressure to 1.9 bar top before any advance.",
                "Plan is to bring top face pressure up to 1.9 bar first.",
                "Going to lift the face support to 1.9 bar at crown.",
                "Face pressure up to 1.9 top. Then we talk advance.",
                "First move: 1.9 bar at the top sensor.",
                "Will increase crown face pressure to 1.9 bar.",
            ],
            [
                "Then back the cutterhead off and restart at 1.2 rpm.",
                "After that: retract 50 mm, restart head at 1.2 rpm.",
                "Next I pull the head back and spin up slow, 1.2 rpm.",
                "Head back a touch, then restart low, 1.2.",
                "Retract, then cutterhead on at 1.2 rpm.",
                "Plan: small retract and a slow 1.2 rpm restart.",
            ],
        ],
        "restate": "Next: raise face pressure to 1.9 bar top before any advance.",
        "job_start": (
            "request_intervention",
            {"type": "hyperbaric", "chamber": "MAN-1"},
            "INT-0918 | SUBMITTED | awaiting compressed-air supervisor",
        ),
        "job_check": (
            "get_intervention",
            {"id": "INT-0918"},
            "INT-0918 | SUBMITTED | awaiting compressed-air supervisor",
        ),
        "stalls": [
            "INT-0918 still submitted. Waiting.",
            "No supervisor yet on INT-0918.",
            "Still awaiting sign-off.",
            "Intervention not started. Holding.",
            "Same. INT-0918 submitted, nothing else.",
        ],
        "ab": [
            ("get_plc", {"tags": "CH_TORQUE,FACE_P_TOP,FACE_P_AXIS,ADVANCE_RATE,RING"}, plc),
            ("get_settlement", {"point": "SP-22"}, sp22),
        ],
        "cycle": [
            ("get_plc", {"tags": "CH_TORQUE,FACE_P_TOP,FACE_P_AXIS,ADVANCE_RATE,RING"}, plc),
            ("get_settlement", {"point": "SP-22"}, sp22),
            ("get_cutter_wear", {"disc": "D-31"}, disc),
        ],
        "setting": {
            "tool": "set_advance_mode",
            "args": {},
            "key": "mode",
            "values": ["EPB_CLOSED", "EPB_SEMI", "OPEN"],
            "ack": "MODE := {v} | ACCEPTED | machine STOPPED (CH_TORQUE ALM)",
            "check": (
                "get_plc",
                {"tags": "CH_TORQUE,FACE_P_TOP,FACE_P_AXIS,ADVANCE_RATE,RING"},
                plc,
            ),
        },
        "fail": (
            "start_grout_pump",
            {"pump": "GP-2"},
            "REJECTED | GP-2 LOTO active | permit P-5521 held by M. Okafor",
        ),
        "fail_noise": lambda rng, i, err: err + f" | cmd {rng.randint(10000, 99999)}",
        "reworded": [
            {"pump": "gp-2"},
            {"pump_id": "GP-2"},
            {"pump": ["GP-2"]},
            {"pump": "GP-2", "override": True},
        ],
        "gen": {
            "tool": "plan_advance",
            "args": {"from_ring": 1413, "rings": 3, "face_top_bar": 1.9},
            "outputs": [
                "RING | RATE | PRED_SP22\n1413 | 28   | 13.9\n1414 | 30   | 15.4\n1415 | 30   | 16.8",
                "RING | RATE | PRED_SP22\n1413 | 22   | 13.1\n1414 | 25   | 14.6\n1415 | 27   | 15.9",
                "RING | RATE | PRED_SP22\n1413 | 35   | 14.4\n1414 | 35   | 16.0\n1415 | 32   | 17.1",
                "RING | RATE | PRED_SP22\n1413 | 20   | 12.8\n1414 | 20   | 14.2\n1415 | 24   | 15.3",
                "RING | RATE | PRED_SP22\n1413 | 26   | 13.6\n1414 | 28   | 15.1\n1415 | 26   | 16.2",
            ],
            "reject": [
                "Over 15 at ring 1414. No.",
                "Still breaches action by 1415.",
                "Worse. 16 at 1414.",
                "15.3 at 1415. Over.",
                "Breach at 1414 again.",
            ],
        },
        "after_kind": "failing_repeat",
        "entity_calls": [
            (
                "get_settlement",
                {"point": "SP-21"},
                "POINT  | READ_MM | TRIGGER | ACTION | READ_AT\nSP-21  | 6.4     | 10      | 15     | 05:30",
            ),
            (
                "get_settlement",
                {"point": "SP-23"},
                "POINT  | READ_MM | TRIGGER | ACTION | READ_AT\nSP-23  | 8.9     | 10      | 15     | 05:30",
            ),
        ],
        "doc": (
            "read_doc",
            {"doc": "TAMP-rev4 s.6"},
            "6.2 Trigger exceeded: increase monitoring to 2-hourly, notify client.\n"
            "6.3 Action exceeded: stop advance, convene review panel, no restart without panel.",
        ),
        "doc_summary": "Between trigger and action: 2-hourly readings and tell the client. Action means full stop.",
        "paging": {
            "tool": "get_ring_log",
            "pages": [
                (
                    {"from": 1380, "limit": 12},
                    "RING | DATE  | TORQUE_MAX | NOTE\n1380 | 26/11 | 3.1 | -\n1384 | 27/11 | 3.3 | -\n1388 | 28/11 | 3.5 | clay lens\nnext_from=1392",
                ),
                (
                    {"from": 1392, "limit": 12},
                    "RING | DATE  | TORQUE_MAX | NOTE\n1392 | 29/11 | 3.7 | -\n1397 | 30/11 | 3.9 | foam ratio 1.2\n1401 | 01/12 | 4.0 | -\nnext_from=1404",
                ),
                (
                    {"from": 1404, "limit": 12},
                    "RING | DATE  | TORQUE_MAX | NOTE\n1404 | 02/12 | 4.1 | -\n1409 | 03/12 | 4.3 | ALM\n1412 | 04/12 | 4.6 | ALM, STOP\nnext_from=-",
                ),
            ],
            "remarks": ["Steady climb from 3.1.", "Foam ratio changed at 1397."],
            "conclusion": "Torque has climbed ring by ring since the clay lens at 1388. It isn't a sudden fault.",
        },
        "corrected": {
            "bad": (
                "get_settlement",
                {"point": "22"},
                "ERR | unknown point '22' | expected SP-nn / PZ-nn",
            ),
            "fix": "Needs the prefix. SP-22.",
            "good": ("get_settlement", {"point": "SP-22"}, sp22),
            "conclusion": "11.2 mm at 05:30. Inside action.",
        },
        "polling": {
            "start": ("start_cutter_survey", {"discs": "all"}, "SURVEY-77 | QUEUED"),
            "tool": "get_survey",
            "args": {"id": "SURVEY-77"},
            "statuses": [
                "SURVEY-77 | QUEUED",
                "SURVEY-77 | RUNNING | discs 14/48",
                "SURVEY-77 | RUNNING | discs 39/48",
                "SURVEY-77 | DONE | 2 discs seized: D-07, D-19 | max wear D-31 17.5 mm",
            ],
            "conclusion": "Two seized discs, D-07 and D-19. That'll be the torque.",
        },
        "entities": {
            "kind": "distinct",
            "tool": "get_cutter_wear",
            "items": [
                (
                    {"disc": "D-07"},
                    "DISC   | WEAR_MM | LIMIT | STATE\nD-07   | 11.0    | 20    | SEIZED (flat 9 mm)",
                ),
                (
                    {"disc": "D-12"},
                    "DISC   | WEAR_MM | LIMIT | STATE\nD-12   | 8.2     | 20    | OK (rotating)",
                ),
                (
                    {"disc": "D-19"},
                    "DISC   | WEAR_MM | LIMIT | STATE\nD-19   | 14.3    | 20    | SEIZED (flat 6 mm)",
                ),
                ({"disc": "D-31"}, disc),
                (
                    {"disc": "D-40"},
                    "DISC   | WEAR_MM | LIMIT | STATE\nD-40   | 19.6    | 20    | OK (rotating) - change soon",
                ),
            ],
            "conclusion": "Change D-07 and D-19 (seized), D-40 while we're in there.",
        },
        "transient": {
            "call": ("get_segment_delivery", {"rings": "1413-1420"}),
            "errors": ["ERR | SCADA gateway timeout (10 s)", "ERR | 502 from logistics API"],
            "ok": seg,
            "conclusion": "1413-1416 arrive 14:00. Enough for a restart.",
        },
        "updates": [
            (
                ("set_face_pressure", {"sensor": "top", "bar": 1.9}, "FACE_P_TOP SP := 1.90 | ACK"),
                "top face set point 1.9 bar, acked.",
            ),
            (
                ("retract_cutterhead", {"mm": 50}, "RETRACT 50 mm | DONE | CH_TORQUE 0.4"),
                "head retracted 50 mm, torque relieved to 0.4.",
            ),
            (
                ("start_cutterhead", {"rpm": 1.2}, "CH RUN 1.2 rpm | CH_TORQUE 3.2 | no ALM"),
                "head running 1.2 rpm, torque 3.2, no alarm.",
            ),
            (
                (
                    "get_settlement",
                    {"point": "SP-22"},
                    "POINT  | READ_MM | TRIGGER | ACTION | READ_AT\nSP-22  | 11.4    | 10      | 15     | 09:30",
                ),
                "SP-22 11.4 at 09:30, +0.2 since start.",
            ),
        ],
        "summaries": [
            (
                "read_doc",
                {"doc": "TAMP-rev4 s.6"},
                "6.2 Trigger: 2-hourly monitoring, notify client.\n6.3 Action: stop, review panel.",
                "Trigger = 2-hourly + notify. Action = stop + panel.",
            ),
            (
                "read_doc",
                {"doc": "GIR ch.9"},
                "9.4 Clay lens between ch. 2+310 and 2+360, high plasticity, sticky; conditioning critical.",
                "Sticky clay lens, ch 2+310 to 2+360.",
            ),
            (
                "read_doc",
                {"doc": "Foam spec FS-3"},
                "FIR 30-60%, FER 10-15. Changes by tunnel manager only.",
                "Foam changes are the tunnel manager's call.",
            ),
            (
                "read_doc",
                {"doc": "Chapel condition survey"},
                "Pre-existing crack C4 1.2 mm, north wall. Tell-tales installed 2024.",
                "Chapel already has a 1.2 mm crack. Tell-tales on it.",
            ),
        ],
        "summaries_conclusion": "We're in the sticky lens, chapel is sensitive, foam is yours to change. Recommend: ask you for a conditioning change, advance slow, 2-hourly SP-22.",
        "drafts": {
            "first": "Client notice: SP-22 trigger exceeded (11.2 mm). Monitoring now 2-hourly.",
            "rounds": [
                (
                    "add the action level and what we're doing",
                    "Client notice: SP-22 has exceeded trigger (11.2 mm; trigger 10, action 15). Monitoring now 2-hourly. Advance paused while cutter discs are changed.",
                ),
                (
                    "mention the chapel crack tell-tales too",
                    "Client notice: SP-22 has exceeded trigger (11.2 mm; trigger 10, action 15). Monitoring now 2-hourly, chapel tell-tales read daily. Advance paused while cutter discs are changed.",
                ),
                (
                    "sign it from me. ops manager, not 'site'",
                    "Client notice: SP-22 has exceeded trigger (11.2 mm; trigger 10, action 15). Monitoring now 2-hourly, chapel tell-tales read daily. Advance paused while cutter discs are changed.\n- D. Kowalczyk, Tunnel Operations Manager",
                ),
            ],
        },
        "adjust": [
            (
                ("set_face_pressure", {"sensor": "top", "bar": 1.8}, "FACE_P_TOP SP := 1.80 | ACK"),
                (
                    "get_plc",
                    {"tags": "FACE_P_TOP"},
                    "TAG        | VALUE | UNIT\nFACE_P_TOP | 1.71  | bar",
                ),
                "1.71. Want 1.9.",
            ),
            (
                ("set_face_pressure", {"sensor": "top", "bar": 2.0}, "FACE_P_TOP SP := 2.00 | ACK"),
                (
                    "get_plc",
                    {"tags": "FACE_P_TOP"},
                    "TAG        | VALUE | UNIT\nFACE_P_TOP | 1.97  | bar",
                ),
                "1.97. Bit over.",
            ),
            (
                (
                    "set_face_pressure",
                    {"sensor": "top", "bar": 1.95},
                    "FACE_P_TOP SP := 1.95 | ACK",
                ),
                (
                    "get_plc",
                    {"tags": "FACE_P_TOP"},
                    "TAG        | VALUE | UNIT\nFACE_P_TOP | 1.91  | bar",
                ),
                "1.91. Good.",
            ),
        ],
        "adjust_conclusion": "Face top holding 1.91 bar on a 1.95 set point.",
        "questions": [
            (
                "SP-21?",
                (
                    "get_settlement",
                    {"point": "SP-21"},
                    "POINT  | READ_MM | TRIGGER | ACTION | READ_AT\nSP-21  | 6.4     | 10      | 15     | 05:30",
                ),
                "6.4. Fine.",
            ),
            (
                "SP-23?",
                (
                    "get_settlement",
                    {"point": "SP-23"},
                    "POINT  | READ_MM | TRIGGER | ACTION | READ_AT\nSP-23  | 8.9     | 10      | 15     | 05:30",
                ),
                "8.9. Close to trigger.",
            ),
            (
                "what's the piezo by the chapel doing",
                (
                    "get_settlement",
                    {"point": "PZ-04"},
                    "POINT  | READ_M | TRIGGER | ACTION | READ_AT\nPZ-04  | -3.1   | -2.5    | -2.0   | 05:30",
                ),
                "PZ-04 -3.1 m. Groundwater's stable.",
            ),
            (
                "SP-24 then",
                (
                    "get_settlement",
                    {"point": "SP-24"},
                    "POINT  | READ_MM | TRIGGER | ACTION | READ_AT\nSP-24  | 2.0     | 10      | 15     | 05:30",
                ),
                "2.0. Ahead of the face, barely moved.",
            ),
        ],
        "reread": {
            "read": ("read_file", {"path": "shift/night_brief.txt"}),
            "versions": [
                "NIGHT BRIEF 04/12\n1. change discs D-07, D-19\n2. face top 1.9 bar\n3. SP-22 4-hourly",
                "NIGHT BRIEF 04/12\n1. change discs D-07, D-19\n2. face top 1.9 bar\n3. SP-22 2-hourly",
                "NIGHT BRIEF 04/12\n1. change discs D-07, D-19, D-40\n2. face top 1.9 bar\n3. SP-22 2-hourly",
            ],
            "edits": [
                (
                    "edit_file",
                    {"path": "shift/night_brief.txt", "line": 4, "text": "3. SP-22 2-hourly"},
                    "line 4 replaced",
                ),
                (
                    "edit_file",
                    {
                        "path": "shift/night_brief.txt",
                        "line": 2,
                        "text": "1. change discs D-07, D-19, D-40",
                    },
                    "line 2 replaced",
                ),
            ],
            "remarks": [
                "Brief says 4-hourly. TAMP says 2 above trigger. Fixing.",
                "Add D-40 to the disc change.",
                "Brief's right now.",
            ],
        },
        "search": [
            (
                ("search_ncr", {"q": "torque"}, "NCR hits: 23 | 2023-2025 | 12 Margit, 11 Ilse"),
                "Both machines. Too wide.",
            ),
            (
                (
                    "search_ncr",
                    {"q": "torque", "machine": "Margit"},
                    "NCR hits: 12 | 4 clay, 5 disc wear, 3 foam",
                ),
                "Twelve for Margit.",
            ),
            (
                (
                    "search_ncr",
                    {"q": "torque", "machine": "Margit", "cause": "disc"},
                    "NCR hits: 5 | 3 seized discs, last NCR-0412 ring 977",
                ),
                "Seized discs before, ring 977.",
            ),
        ],
        "search_conclusion": "Same as ring 977: seized discs in clay. Fix was disc change plus conditioning. Do that again.",
    }


# --------------------------------------------------------------------------------------------
# marathon_race_operations: upbeat event manager, some caps; YAML observations.


def marathon() -> Domain:
    aid = "station: AS-7 (km 28)\nwater_pallets: 3\nneeded_pallets: 8\ncups: 22000\nvolunteers: 14/20\nlead: Priya"
    mat = "mat: TM-30K\nstatus: DEGRADED\nread_rate: 71%\nlast_chip: 08:14:55\nbackup: not deployed"
    permit = "permit: RC-2291 (Harbour Rd closure)\nstate: PENDING_POLICE\nsubmitted: 2025-11-20\nwindow: 06:00-14:30"
    weather = "race_day: 2025-12-07\nforecast_high_c: 24\nhumidity: 68%\nwbgt_flag: AMBER"

    def noise(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
        head = f'generated: 2025-12-05T09:{12 + i:02d}:{rng.randint(0, 59):02d}Z\netag: "{rng.getrandbits(32):08x}"\n'
        return {"mat": "TM-30K"}, head + mat if rng.random() < 0.5 else mat + "\n" + head.rstrip()

    return {
        "name": "marathon_race_operations",
        "task": (
            "Hi!! Race director here. Sunday's marathon: 9,400 runners. Problems: aid station 7 "
            "at km 28 only has 3 of 8 water pallets, the 30K timing mat is flaky, and the "
            "Harbour Rd closure permit still isn't signed by police. Also it's going to be HOT. "
            "Sort it out please, I need a clear picture by Friday 17:00."
        ),
        "openers": [
            "On it! Checking AS-7 first.",
            "Let's go. Starting with the aid station.",
            "Got it - water first, then timing.",
        ],
        "first": [
            ("get_aid_station", {"station": "AS-7"}, aid),
            ("get_timing_mat", {"mat": "TM-30K"}, mat),
            ("get_permit", {"permit": "RC-2291"}, permit),
        ],
        "bridges": [
            "Five pallets short at km 28!",
            "71% read rate on the 30K mat - not good enough.",
            "Permit still with police.",
        ],
        "stuck": ("get_timing_mat", {"mat": "TM-30K"}, mat),
        "again": [
            "Checking the 30K mat again!",
            "Let me re-check TM-30K.",
            "Quick look at the mat once more.",
            "Mat status again.",
            "One more read of TM-30K.",
            "Back to the timing mat!",
        ],
        "noise": ("result", noise),
        "intents": [
            [
                "Next up: order five more water pallets for AS-7.",
                "I'll get five extra pallets of water sent to km 28.",
                "Going to top AS-7 up with another 5 pallets.",
                "Plan: request 5 more water pallets for station 7.",
                "Let me sort the water - 5 pallets to AS-7.",
                "AS-7 needs 5 more pallets, ordering them next!",
            ],
            [
                "Then I'll get the backup mat deployed at 30K.",
                "After that: swap in the backup mat at km 30.",
                "Next I'm deploying the spare mat at the 30K split.",
                "I'll have timing put the backup mat down at 30K.",
                "Backup mat at 30K is the next move.",
                "Getting the 30K backup mat deployed next!",
            ],
        ],
        "restate": "Next up: order five more water pallets for AS-7.",
        "job_start": (
            "request_water_delivery",
            {"station": "AS-7", "pallets": 5},
            "request: WD-448\nstate: SUBMITTED\nsupplier: AquaPure",
        ),
        "job_check": (
            "get_delivery",
            {"request": "WD-448"},
            "request: WD-448\nstate: SUBMITTED\nsupplier: AquaPure\nconfirmed: false",
        ),
        "stalls": [
            "WD-448 still not confirmed by AquaPure. Waiting!",
            "Still submitted. Hang tight.",
            "No confirmation on the water yet.",
            "AquaPure hasn't picked it up. Waiting a bit longer.",
            "Still SUBMITTED...",
        ],
        "ab": [
            ("get_aid_station", {"station": "AS-7"}, aid),
            ("get_timing_mat", {"mat": "TM-30K"}, mat),
        ],
        "cycle": [
            ("get_aid_station", {"station": "AS-7"}, aid),
            ("get_permit", {"permit": "RC-2291"}, permit),
            ("get_weather", {"date": "2025-12-07"}, weather),
        ],
        "setting": {
            "tool": "set_mat_antenna",
            "args": {"mat": "TM-30K"},
            "key": "power",
            "values": ["low", "medium", "high"],
            "ack": "mat: TM-30K\nantenna_power: {v}\napplied: true",
            "check": ("get_timing_mat", {"mat": "TM-30K"}, mat),
        },
        "fail": (
            "sms_volunteers",
            {"station": "AS-7", "template": "shift_reminder"},
            "error: 402\nmessage: SMS credit exhausted (0 of 5000 left)",
        ),
        "fail_noise": lambda rng, i, err: err + f"\nrequest_id: sms-{rng.randint(100000, 999999)}",
        "reworded": [],
        "gen": {
            "tool": "generate_volunteer_roster",
            "args": {"station": "AS-7", "slots": 20},
            "outputs": [
                "roster:\n  - Priya: lead\n  - Tom: water\n  - Tom: gels\n  - Ana: water\nunfilled: 6",
                "roster:\n  - Priya: lead\n  - Ana: water\n  - Ana: medical runner\n  - Jo: cups\nunfilled: 6",
                "roster:\n  - Priya: lead\n  - Jo: gels\n  - Ravi: water\n  - Ravi: cups\nunfilled: 6",
                "roster:\n  - Priya: lead\n  - Tom: cups\n  - Mei: water\n  - Mei: gels\nunfilled: 6",
                "roster:\n  - Priya: lead\n  - Ana: gels\n  - Ana: water\n  - Ravi: cups\nunfilled: 6",
            ],
            "reject": [
                "Tom is double-booked and 6 slots are still empty.",
                "Now Ana's double-booked. Still 6 empty.",
                "Ravi twice, 6 empty again.",
                "Mei double-booked, same 6 gaps.",
                "Ana twice again, still 6 unfilled.",
            ],
        },
        "after_kind": "status_stall",
        "entity_calls": [
            (
                "get_aid_station",
                {"station": "AS-5"},
                "station: AS-5 (km 20)\nwater_pallets: 8\nneeded_pallets: 8\nvolunteers: 20/20\nlead: Sam",
            ),
            (
                "get_aid_station",
                {"station": "AS-9"},
                "station: AS-9 (km 36)\nwater_pallets: 6\nneeded_pallets: 8\nvolunteers: 17/20\nlead: Lou",
            ),
        ],
        "doc": (
            "read_doc",
            {"doc": "heat_plan.md"},
            "## Heat plan\n- AMBER: extra water at km 25-35, misting at AS-7\n- RED: shorten to half, sweep buses",
        ),
        "doc_summary": "On AMBER we owe extra water at 25-35 km and misting at AS-7.",
        "paging": {
            "tool": "list_volunteers",
            "pages": [
                (
                    {"station": "AS-7", "cursor": None},
                    "items:\n  - Priya (lead)\n  - Tom\n  - Ana\n  - Jo\n  - Ravi\nnext_cursor: c2",
                ),
                (
                    {"station": "AS-7", "cursor": "c2"},
                    "items:\n  - Mei\n  - Bram\n  - Olu\n  - Kasia\n  - Fen\nnext_cursor: c3",
                ),
                (
                    {"station": "AS-7", "cursor": "c3"},
                    "items:\n  - Dev\n  - Lina\n  - Marco\n  - Sue\nnext_cursor: null",
                ),
            ],
            "remarks": ["Five so far.", "Ten."],
            "conclusion": "14 volunteers confirmed at AS-7, so we need 6 more. I'll ask the running club!",
        },
        "corrected": {
            "bad": (
                "get_aid_station",
                {"station": "7"},
                "error: 404\nmessage: station '7' not found; ids look like AS-7",
            ),
            "fix": "Needs the AS- prefix!",
            "good": ("get_aid_station", {"station": "AS-7"}, aid),
            "conclusion": "AS-7: 3 of 8 pallets, 14 of 20 volunteers.",
        },
        "polling": {
            "start": (
                "request_police_signoff",
                {"permit": "RC-2291"},
                "permit: RC-2291\nstate: PENDING_POLICE\nchased: true",
            ),
            "tool": "get_permit",
            "args": {"permit": "RC-2291"},
            "statuses": [
                "permit: RC-2291\nstate: PENDING_POLICE",
                "permit: RC-2291\nstate: UNDER_REVIEW\nofficer: Sgt Hale",
                "permit: RC-2291\nstate: APPROVED\nsigned: 2025-12-05T14:02Z",
            ],
            "conclusion": "Harbour Rd closure is APPROVED! Signed by Sgt Hale's team at 14:02.",
        },
        "entities": {
            "kind": "distinct",
            "tool": "get_aid_station",
            "items": [
                (
                    {"station": "AS-5"},
                    "station: AS-5 (km 20)\nwater_pallets: 8\nneeded_pallets: 8\nvolunteers: 20/20",
                ),
                (
                    {"station": "AS-6"},
                    "station: AS-6 (km 24)\nwater_pallets: 7\nneeded_pallets: 8\nvolunteers: 19/20",
                ),
                ({"station": "AS-7"}, aid),
                (
                    {"station": "AS-8"},
                    "station: AS-8 (km 32)\nwater_pallets: 9\nneeded_pallets: 8\nvolunteers: 20/20",
                ),
                (
                    {"station": "AS-9"},
                    "station: AS-9 (km 36)\nwater_pallets: 6\nneeded_pallets: 8\nvolunteers: 17/20",
                ),
            ],
            "conclusion": "AS-8 has one spare, AS-6 and AS-9 are short too. Total shortfall 8 pallets.",
        },
        "transient": {
            "call": ("get_weather", {"date": "2025-12-07"}),
            "errors": [
                "error: 429\nmessage: rate limited, retry after 20s",
                "error: 503\nmessage: upstream unavailable",
            ],
            "ok": weather,
            "conclusion": "24°C and AMBER. Heat plan it is!",
        },
        "updates": [
            (
                (
                    "request_water_delivery",
                    {"station": "AS-7", "pallets": 5},
                    "request: WD-451\nstate: CONFIRMED\neta: 2025-12-06T16:00",
                ),
                "5 pallets confirmed for AS-7, arriving Sat 16:00.",
            ),
            (
                (
                    "deploy_backup_mat",
                    {"split": "30K"},
                    "mat: TM-30K-B\nstatus: OK\nread_rate: 99.4%",
                ),
                "backup mat live at 30K, 99.4% read rate.",
            ),
            (
                ("get_permit", {"permit": "RC-2291"}, "permit: RC-2291\nstate: APPROVED"),
                "Harbour Rd permit is APPROVED.",
            ),
            (
                (
                    "book_misting",
                    {"station": "AS-7"},
                    "booking: MIST-12\nunits: 2\nstate: CONFIRMED",
                ),
                "2 misting units booked for AS-7.",
            ),
        ],
        "summaries": [
            (
                "read_doc",
                {"doc": "heat_plan.md"},
                "## Heat plan\n- AMBER: extra water km 25-35, misting at AS-7\n- RED: half marathon only",
                "AMBER means extra water 25-35 km plus misting at AS-7.",
            ),
            (
                "read_doc",
                {"doc": "timing_contract.md"},
                "## Timing\n- backup mats at every split\n- vendor on site from 05:00",
                "Vendor must keep backup mats at every split and be on site from 05:00.",
            ),
            (
                "read_doc",
                {"doc": "medical_plan.md"},
                "## Medical\n- tents at km 21, 30, 40, finish\n- 2 ambulances on course",
                "Medical tents at 21, 30, 40 and the finish; 2 ambulances.",
            ),
            (
                "read_doc",
                {"doc": "road_closures.md"},
                "## Closures\n- Harbour Rd 06:00-14:30 (RC-2291)\n- Bridge St 06:30-12:00 (RC-2288, approved)",
                "Two closures; only Harbour Rd is still open.",
            ),
        ],
        "summaries_conclusion": "Priorities: water + misting at AS-7, backup mat at 30K, chase Harbour Rd. Medical is covered.",
        "drafts": {
            "first": "Runners! Sunday will be hot. Drink water. See you at the start!",
            "rounds": [
                (
                    "say how hot and where the water is",
                    "Runners! Sunday looks hot, up to 24°C. There's water every 4 km, plus extra at km 25-35. See you at the start!",
                ),
                (
                    "add misting at 28 and tell slow runners to start easy",
                    "Runners! Sunday looks hot, up to 24°C. There's water every 4 km, extra at km 25-35 and a misting station at km 28. If you're aiming for 4:30+, start easy. See you at the start!",
                ),
                (
                    "less exclamation marks lol. one is enough",
                    "Runners, Sunday looks hot, up to 24°C. There's water every 4 km, extra at km 25-35 and a misting station at km 28. If you're aiming for 4:30+, start easy. See you at the start!",
                ),
            ],
        },
        "adjust": [
            (
                (
                    "set_mat_antenna",
                    {"mat": "TM-30K-B", "power": "medium"},
                    "antenna_power: medium\napplied: true",
                ),
                ("test_mat", {"mat": "TM-30K-B", "chips": 200}, "read: 181/200\nrate: 90.5%"),
                "90.5%. Need 99+.",
            ),
            (
                (
                    "set_mat_antenna",
                    {"mat": "TM-30K-B", "power": "high"},
                    "antenna_power: high\napplied: true",
                ),
                (
                    "test_mat",
                    {"mat": "TM-30K-B", "chips": 200},
                    "read: 197/200\nrate: 98.5%\ncross_reads: 4",
                ),
                "98.5%, but cross-reads now.",
            ),
            (
                ("set_mat_gap", {"mat": "TM-30K-B", "gap_cm": 40}, "gap_cm: 40\napplied: true"),
                (
                    "test_mat",
                    {"mat": "TM-30K-B", "chips": 200},
                    "read: 199/200\nrate: 99.5%\ncross_reads: 0",
                ),
                "99.5%, no cross-reads!",
            ),
        ],
        "adjust_conclusion": "Backup mat on high power with a 40 cm gap reads 99.5%. Locked in.",
        "questions": [
            (
                "how many at AS-9?",
                (
                    "get_aid_station",
                    {"station": "AS-9"},
                    "station: AS-9 (km 36)\nwater_pallets: 6\nvolunteers: 17/20",
                ),
                "AS-9 has 17 volunteers and 6 pallets.",
            ),
            (
                "and AS-6?",
                (
                    "get_aid_station",
                    {"station": "AS-6"},
                    "station: AS-6 (km 24)\nwater_pallets: 7\nvolunteers: 19/20",
                ),
                "AS-6: 19 volunteers, 7 pallets.",
            ),
            (
                "is AS-8 overstocked?",
                (
                    "get_aid_station",
                    {"station": "AS-8"},
                    "station: AS-8 (km 32)\nwater_pallets: 9\nneeded_pallets: 8",
                ),
                "Yes, one spare pallet at AS-8.",
            ),
            (
                "what about the finish?",
                (
                    "get_aid_station",
                    {"station": "FINISH"},
                    "station: FINISH\nwater_pallets: 14\nneeded_pallets: 12\nvolunteers: 48/50",
                ),
                "Finish has 14 pallets (2 spare) and 48 of 50 volunteers.",
            ),
        ],
        "reread": {
            "read": ("read_file", {"path": "briefings/AS-7.md"}),
            "versions": [
                "# AS-7 briefing\n- water tables: 3\n- open 08:30",
                "# AS-7 briefing\n- water tables: 5\n- open 08:30",
                "# AS-7 briefing\n- water tables: 5\n- misting: 2 units\n- open 08:30",
            ],
            "edits": [
                (
                    "edit_file",
                    {
                        "path": "briefings/AS-7.md",
                        "old": "water tables: 3",
                        "new": "water tables: 5",
                    },
                    "ok: 1 change",
                ),
                (
                    "edit_file",
                    {
                        "path": "briefings/AS-7.md",
                        "old": "- open 08:30",
                        "new": "- misting: 2 units\n- open 08:30",
                    },
                    "ok: 1 change",
                ),
            ],
            "remarks": [
                "3 tables isn't enough for the extra water.",
                "Now add the misting units.",
                "Briefing's up to date!",
            ],
        },
        "search": [
            (("search_incidents", {"q": "heat"}, "hits: 41\nyears: 2016-2024"), "Lots."),
            (
                (
                    "search_incidents",
                    {"q": "heat", "km_from": 25},
                    "hits: 17\ntop_station: AS-7 (9)",
                ),
                "AS-7 has 9 of 17.",
            ),
            (
                (
                    "search_incidents",
                    {"q": "heat", "km_from": 25, "temp_min": 22},
                    "hits: 9\nall at AS-7 or AS-8\npeak: 11:00-12:30",
                ),
                "Peak 11:00-12:30.",
            ),
        ],
        "search_conclusion": "On hot years the km 25-32 stretch sees most heat cases, 11:00-12:30. Extra medics at AS-7 then!",
    }


# --------------------------------------------------------------------------------------------
# archive_flood_recovery: careful, precise British archivist; XML-ish records.


def archive() -> Domain:
    box = (
        '<box id="PR/STM/14" series="Parish registers, St Mary">\n'
        "  <state>saturated</state>\n  <mould>none visible</mould>\n"
        "  <location>basement bay 3, shelf 1</location>\n  <priority>1</priority>\n</box>"
    )
    freezer = '<freezer id="FZ-1" temp_c="-22" capacity_boxes="120" used_boxes="118"/>'
    rh = '<environment room="basement" rh_pct="88" temp_c="17.5" logged="2025-12-04T07:00"/>'
    conservator = '<contact org="Northern Conservation Ltd" status="quote pending" ref="NCL-2219"/>'

    def noise(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
        pairs = [("box", "PR/STM/14"), ("nonce", f"{rng.getrandbits(40):010x}"), ("detail", "full")]
        rng.shuffle(pairs)
        return dict(pairs), box

    return {
        "name": "archive_flood_recovery",
        "task": (
            "Good morning. The county record office basement flooded overnight from a burst main. "
            "Roughly 310 boxes are wet; parish registers are priority one. Freezer FZ-1 is nearly "
            "full, mould may appear within 48 hours at this humidity, and I need a recovery plan "
            "for the Keeper by 4pm. Please do not move anything from bay 3 until the floor has "
            "been declared safe."
        ),
        "openers": [
            "Good morning. I shall begin with the priority-one boxes.",
            "Understood. First, the condition of the parish registers.",
            "Certainly. I will start with what is wettest and most important.",
        ],
        "first": [
            ("get_box", {"box": "PR/STM/14"}, box),
            ("get_freezer", {"freezer": "FZ-1"}, freezer),
            ("get_environment", {"room": "basement"}, rh),
        ],
        "bridges": [
            "The St Mary registers are saturated but, as yet, free of mould.",
            "FZ-1 has space for only two more boxes.",
            "88 per cent relative humidity; that is well within mould territory.",
        ],
        "stuck": ("get_box", {"box": "PR/STM/14"}, box),
        "again": [
            "I should like to re-examine PR/STM/14.",
            "Let me consult the St Mary box record once more.",
            "Returning to PR/STM/14 for a moment.",
            "A further look at the St Mary registers, if I may.",
            "Checking PR/STM/14 again.",
            "Once more, the record for PR/STM/14.",
        ],
        "noise": ("args", noise),
        "intents": [
            [
                "The next step is to arrange additional freezer space for the priority boxes.",
                "I intend next to secure more freezer capacity for the parish registers.",
                "What is needed now is further freezer space, and I shall arrange it.",
                "My next action will be to find freezer room for the priority-one material.",
                "I shall now seek additional freezing capacity for the wet registers.",
                "Additional freezer space for priority one - that is what I will do next.",
            ],
            [
                "After that, I will commission the conservator's freeze-drying quote.",
                "Then I shall accept Northern Conservation's quote for freeze-drying.",
                "Subsequently I intend to instruct the conservators on freeze-drying.",
                "Following that, the freeze-drying order to Northern Conservation.",
                "Next will be to confirm freeze-drying with the conservator.",
                "I shall then place the freeze-drying instruction.",
            ],
        ],
        "restate": "The next step is to arrange additional freezer space for the priority boxes.",
        "job_start": (
            "request_safety_inspection",
            {"area": "basement bay 3"},
            '<inspection id="SI-301" status="requested"/>',
        ),
        "job_check": (
            "get_inspection",
            {"id": "SI-301"},
            '<inspection id="SI-301" status="requested" inspector="unassigned"/>',
        ),
        "stalls": [
            "The safety inspection remains unassigned; I shall wait.",
            "SI-301 is still merely requested.",
            "No inspector has yet been assigned to SI-301.",
            "Still waiting on the floor inspection, I am afraid.",
            "SI-301 unchanged: requested, unassigned.",
        ],
        "ab": [
            ("get_box", {"box": "PR/STM/14"}, box),
            ("get_freezer", {"freezer": "FZ-1"}, freezer),
        ],
        "cycle": [
            ("get_freezer", {"freezer": "FZ-1"}, freezer),
            ("get_environment", {"room": "basement"}, rh),
            ("get_contact", {"ref": "NCL-2219"}, conservator),
        ],
        "setting": {
            "tool": "set_dehumidifier",
            "args": {"room": "basement"},
            "key": "target_rh",
            "values": [60, 55, 50],
            "ack": '<dehumidifier room="basement" target_rh="{v}" state="no power to circuit B4"/>',
            "check": ("get_environment", {"room": "basement"}, rh),
        },
        "fail": (
            "reserve_freezer",
            {"freezer": "FZ-2", "boxes": 40},
            '<error code="FZ-2-OFFLINE">FZ-2 is defrosting for service until 2025-12-09</error>',
        ),
        "fail_noise": lambda rng, i, err: err.replace("<error ", f'<error attempt="{i + 1}" '),
        "reworded": [
            {"freezer": "fz-2", "boxes": 40},
            {"freezer_id": "FZ-2", "boxes": 40},
            {"freezer": "FZ-2", "boxes": "40"},
            {"freezer": "FZ-2", "boxes": 40, "priority": "urgent"},
        ],
        "gen": {
            "tool": "draft_recovery_plan",
            "args": {"boxes": 310, "deadline": "16:00"},
            "outputs": [
                "1. Remove bay 3 boxes to FZ-1 at once.\n2. Air-dry series B.\n3. Quote NCL.",
                "1. Air-dry series B in the search room.\n2. Begin with bay 3, parish registers.\n3. Freeze the rest.",
                "1. Triage all bays, bay 3 first, today.\n2. Freeze priority one.\n3. Dehumidify.",
                "1. Freeze priority one (bay 3) immediately.\n2. Interleave series C.\n3. Insurance claim.",
                "1. Dehumidify.\n2. Carry bay 3 registers upstairs for air-drying.\n3. Quote NCL.",
            ],
            "reject": [
                "This plan moves bay 3 at once, which the brief forbids until the floor is declared safe.",
                "Again it begins in bay 3. Not acceptable.",
                "Bay 3 today - the floor has not been cleared.",
                "Still moving bay 3 immediately.",
                "Carrying bay 3 upstairs is precisely what we were told not to do.",
            ],
        },
        "after_kind": "regenerate_unacceptable",
        "entity_calls": [
            (
                "get_box",
                {"box": "PR/STJ/02"},
                '<box id="PR/STJ/02" series="Parish registers, St John">\n  <state>damp</state>\n  <mould>none visible</mould>\n  <priority>1</priority>\n</box>',
            ),
            (
                "get_box",
                {"box": "QS/1788/4"},
                '<box id="QS/1788/4" series="Quarter sessions">\n  <state>saturated</state>\n  <mould>spotting</mould>\n  <priority>2</priority>\n</box>',
            ),
        ],
        "doc": (
            "read_doc",
            {"doc": "disaster_plan_s4"},
            '<section n="4">Wet paper must be frozen or dried within 48 hours. Freeze in polythene, spine down, no more than one box deep.</section>',
        ),
        "doc_summary": "The plan allows 48 hours, and boxes are to be frozen spine down, one deep.",
        "paging": {
            "tool": "list_wet_boxes",
            "pages": [
                (
                    {"bay": 3, "offset": 0, "limit": 50},
                    '<page offset="0" total="112"><box id="PR/STM/01"/> ... <box id="PR/STM/14"/><box id="PR/STJ/01"/> ... (50)</page>',
                ),
                (
                    {"bay": 3, "offset": 50, "limit": 50},
                    '<page offset="50" total="112"><box id="PR/STJ/09"/> ... <box id="QS/1788/1"/> ... (50)</page>',
                ),
                (
                    {"bay": 3, "offset": 100, "limit": 50},
                    '<page offset="100" total="112"><box id="QS/1790/2"/> ... <box id="MAP/ROLL/7"/> (12)</page>',
                ),
            ],
            "remarks": [
                "The first fifty are almost all parish registers.",
                "Quarter sessions begin here.",
            ],
            "conclusion": "Bay 3 holds 112 wet boxes: 61 parish registers, 44 quarter sessions and 7 map rolls.",
        },
        "corrected": {
            "bad": (
                "get_box",
                {"box": "PR STM 14"},
                '<error code="BAD-REF">reference must use "/" separators, e.g. PR/STM/14</error>',
            ),
            "fix": "The reference wants slashes, not spaces.",
            "good": ("get_box", {"box": "PR/STM/14"}, box),
            "conclusion": "Saturated, no visible mould, priority one.",
        },
        "polling": {
            "start": (
                "request_safety_inspection",
                {"area": "basement bay 3"},
                '<inspection id="SI-304" status="requested"/>',
            ),
            "tool": "get_inspection",
            "args": {"id": "SI-304"},
            "statuses": [
                '<inspection id="SI-304" status="requested"/>',
                '<inspection id="SI-304" status="assigned" inspector="R. Gill"/>',
                '<inspection id="SI-304" status="on site" inspector="R. Gill"/>',
                '<inspection id="SI-304" status="cleared" note="floor sound; wear boots"/>',
            ],
            "conclusion": "Bay 3 is cleared. We may begin moving the registers, in boots.",
        },
        "entities": {
            "kind": "same",
            "tool": "check_insurance_schedule",
            "key": "series",
            "items": ["PR/STM", "PR/STJ", "QS/1788", "QS/1790", "MAP/ROLL"],
            "obs": "<schedule>covered under policy CRO-7 (water damage, full reinstatement)</schedule>",
            "conclusion": "All five series fall under CRO-7, so the freeze-drying can be claimed.",
        },
        "transient": {
            "call": ("get_contact", {"ref": "NCL-2219"}),
            "errors": [
                '<error code="TIMEOUT">supplier portal did not respond in 30 s</error>',
                '<error code="503">service unavailable</error>',
            ],
            "ok": '<contact org="Northern Conservation Ltd" status="quote issued" amount_gbp="18400" capacity_boxes="150"/>',
            "conclusion": "Northern Conservation can take 150 boxes for £18,400.",
        },
        "updates": [
            (
                ("get_inspection", {"id": "SI-304"}, '<inspection id="SI-304" status="cleared"/>'),
                "the floor in bay 3 has been declared safe.",
            ),
            (
                (
                    "move_boxes",
                    {"from": "bay 3", "to": "FZ-1", "series": "PR/STM"},
                    '<moved count="2"/><note>FZ-1 now full</note>',
                ),
                "two St Mary boxes are in FZ-1, which is now full.",
            ),
            (
                (
                    "book_freezer_truck",
                    {"boxes": 59},
                    '<booking id="RT-88" arrival="13:30" capacity="80"/>',
                ),
                "a refrigerated truck (RT-88) arrives at 13:30 for the remaining 59 registers.",
            ),
            (
                ("accept_quote", {"ref": "NCL-2219"}, '<order id="NCL-O-552" status="accepted"/>'),
                "Northern Conservation's quote is accepted, order NCL-O-552.",
            ),
        ],
        "summaries": [
            (
                "read_doc",
                {"doc": "disaster_plan_s4"},
                '<section n="4">Freeze within 48 hours; spine down, one box deep.</section>',
                "Freeze within 48 hours, spine down.",
            ),
            (
                "read_doc",
                {"doc": "disaster_plan_s5"},
                '<section n="5">Priority 1: unique registers. Priority 2: court records. Priority 3: printed.</section>',
                "Unique registers first, then court records, then printed matter.",
            ),
            (
                "read_doc",
                {"doc": "policy_CRO-7"},
                "<policy>Water damage covered; notify within 24 h; keep photographic record.</policy>",
                "Insurer must be told within 24 hours, with photographs.",
            ),
            (
                "read_doc",
                {"doc": "NCL_terms"},
                "<terms>Freeze-drying 6-8 weeks; collection within 24 h of order.</terms>",
                "Six to eight weeks' drying, collected within a day.",
            ),
        ],
        "summaries_conclusion": "Photograph, notify the insurer today, freeze the registers first, and order freeze-drying so collection falls inside the 48 hours.",
        "drafts": {
            "first": "Keeper, the basement flooded. 310 boxes wet. We are freezing them.",
            "rounds": [
                (
                    "Please be specific about priority and numbers.",
                    "Keeper, the basement flooded overnight. 310 boxes are wet, of which 61 are parish registers (priority one). These are being frozen first.",
                ),
                (
                    "Mention the insurer and the cost.",
                    "Keeper, the basement flooded overnight. 310 boxes are wet, of which 61 are parish registers (priority one). These are being frozen first. The insurer (policy CRO-7) was notified at 10:15; freeze-drying is quoted at £18,400 and covered.",
                ),
                (
                    "Add when we expect them back.",
                    "Keeper, the basement flooded overnight. 310 boxes are wet, of which 61 are parish registers (priority one). These are being frozen first. The insurer (policy CRO-7) was notified at 10:15; freeze-drying is quoted at £18,400 and covered. We expect the registers back in six to eight weeks.",
                ),
            ],
        },
        "adjust": [
            (
                (
                    "set_dehumidifier",
                    {"room": "search room", "target_rh": 50},
                    '<dehumidifier target_rh="50"/>',
                ),
                (
                    "get_environment",
                    {"room": "search room"},
                    '<environment room="search room" rh_pct="63"/>',
                ),
                "63 per cent; too damp for air-drying.",
            ),
            (
                (
                    "set_dehumidifier",
                    {"room": "search room", "target_rh": 40},
                    '<dehumidifier target_rh="40"/>',
                ),
                (
                    "get_environment",
                    {"room": "search room"},
                    '<environment room="search room" rh_pct="39"/>',
                ),
                "39 is rather too dry; the bindings may cockle.",
            ),
            (
                (
                    "set_dehumidifier",
                    {"room": "search room", "target_rh": 45},
                    '<dehumidifier target_rh="45"/>',
                ),
                (
                    "get_environment",
                    {"room": "search room"},
                    '<environment room="search room" rh_pct="46"/>',
                ),
                "46 per cent, which suits air-drying.",
            ),
        ],
        "adjust_conclusion": "The search room now holds 46 per cent and can take the damp, not saturated, material.",
        "questions": [
            (
                "What state is St John's in?",
                (
                    "get_box",
                    {"box": "PR/STJ/02"},
                    '<box id="PR/STJ/02"><state>damp</state><mould>none visible</mould></box>',
                ),
                "Damp rather than saturated, and no mould.",
            ),
            (
                "And the 1788 sessions?",
                (
                    "get_box",
                    {"box": "QS/1788/4"},
                    '<box id="QS/1788/4"><state>saturated</state><mould>spotting</mould></box>',
                ),
                "Saturated, with mould spotting beginning. It should be frozen next.",
            ),
            (
                "Is the 1790 box any better?",
                (
                    "get_box",
                    {"box": "QS/1790/2"},
                    '<box id="QS/1790/2"><state>damp</state><mould>none visible</mould></box>',
                ),
                "Somewhat: damp, no mould.",
            ),
            (
                "What about the map rolls?",
                (
                    "get_box",
                    {"box": "MAP/ROLL/7"},
                    '<box id="MAP/ROLL/7"><state>wet edges</state><mould>none visible</mould></box>',
                ),
                "Only the edges are wet; they can be air-dried flat.",
            ),
        ],
        "reread": {
            "read": ("read_file", {"path": "plans/recovery_v1.xml"}),
            "versions": [
                '<plan><step n="1">freeze PR</step><step n="2">air-dry QS</step></plan>',
                '<plan><step n="1">freeze PR</step><step n="2">freeze QS/1788</step><step n="3">air-dry QS/1790</step></plan>',
                '<plan><step n="0">photograph all bays</step><step n="1">freeze PR</step><step n="2">freeze QS/1788</step><step n="3">air-dry QS/1790</step></plan>',
            ],
            "edits": [
                (
                    "edit_file",
                    {
                        "path": "plans/recovery_v1.xml",
                        "xpath": "/plan/step[2]",
                        "replace": '<step n="2">freeze QS/1788</step><step n="3">air-dry QS/1790</step>',
                    },
                    "replaced 1 node",
                ),
                (
                    "edit_file",
                    {
                        "path": "plans/recovery_v1.xml",
                        "xpath": "/plan",
                        "prepend": '<step n="0">photograph all bays</step>',
                    },
                    "inserted 1 node",
                ),
            ],
            "remarks": [
                "The 1788 sessions have mould spotting; they should be frozen, not air-dried.",
                "The insurer requires photographs first.",
                "The plan now reads correctly.",
            ],
        },
        "search": [
            (("search_catalogue", {"q": "register"}, '<hits n="940"/>'), "Far too many."),
            (
                ("search_catalogue", {"q": "register", "location": "basement"}, '<hits n="188"/>'),
                "Still broad.",
            ),
            (
                (
                    "search_catalogue",
                    {"q": "register", "location": "basement bay 3", "unique": True},
                    '<hits n="61" earliest="1538"/>',
                ),
                "Sixty-one unique registers, the earliest 1538.",
            ),
        ],
        "search_conclusion": "Sixty-one unique registers in bay 3, going back to 1538; they go first.",
    }


# --------------------------------------------------------------------------------------------
# ferry_vehicle_deck_loading: courteous maritime; pipe-delimited manifest lines.


def ferry() -> Domain:
    dg = "REG|TYPE|CLASS|LANE|STATUS\nKX71 TNK|tanker|3 (UN1203)|unassigned|HELD AT CHECK-IN"
    deck3 = "DECK|LANES|FREE_M|RESTRICTION\n3|1-8|212|lane 8 closed (ramp sensor)"
    trim = "TRIM_M|LIST_DEG|GM_M|LIMIT\n+0.42 aft|0.6 stbd|1.84|trim <= 0.50"
    booked = "SAILING|BOOKED|CHECKED_IN|NO_SHOW\n17:45|212|171|0"

    def noise(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
        args: dict[str, Any] = {"reg": "KX71 TNK", "client_ref": f"LB-{rng.randint(1000, 9999)}"}
        if rng.random() < 0.6:
            args["_"] = rng.randint(1733300000000, 1733399999999)
        return args, dg

    return {
        "name": "ferry_vehicle_deck_loading",
        "task": (
            "Chief Officer to loading desk: the 17:45 sailing is booked at 212 vehicles. We have a "
            "class 3 tanker (KX71 TNK) held at check-in, lane 8 on deck 3 closed for a ramp "
            "sensor, and trim showing 0.42 aft with a 0.50 limit. Please produce a loading plan "
            "that carries the tanker in a permitted DG lane and keeps us inside trim. We sail on "
            "time."
        ),
        "openers": [
            "Copy, Chief. Looking at the tanker first.",
            "Understood, sir. DG first.",
            "Aye. Starting with the held tanker.",
        ],
        "first": [
            ("get_vehicle", {"reg": "KX71 TNK"}, dg),
            ("get_deck", {"deck": 3}, deck3),
            ("get_trim", {}, trim),
        ],
        "bridges": [
            "Tanker has no lane yet.",
            "Lane 8 out, 212 m free on deck 3.",
            "0.42 aft, limit 0.50. Little margin.",
        ],
        "stuck": ("get_vehicle", {"reg": "KX71 TNK"}, dg),
        "again": [
            "Checking the tanker record again.",
            "KX71 TNK once more, please.",
            "Another look at the DG vehicle.",
            "Re-checking KX71 TNK.",
            "The tanker again.",
            "One more read of KX71 TNK.",
        ],
        "noise": ("args", noise),
        "intents": [
            [
                "Next I'll assign KX71 TNK to lane 1 on deck 3, the forward DG lane.",
                "I intend to put the tanker in deck 3 lane 1, forward.",
                "Plan: tanker to lane 1, deck 3, forward end.",
                "KX71 TNK goes to the forward DG lane on deck 3 next.",
                "I'll allocate the tanker to lane 1 forward on 3.",
                "Next, deck 3 lane 1 for the class 3 tanker.",
            ],
            [
                "Then move two HGVs forward to bring the trim back.",
                "After that I'll shift two lorries forward to correct trim.",
                "Then two freight units forward for trim.",
                "Trim next: two HGVs moved forward.",
                "I'll bring two artics forward to pull the trim in.",
                "Next: relocate two HGVs forward, for trim.",
            ],
        ],
        "restate": "Next I'll assign KX71 TNK to lane 1 on deck 3, the forward DG lane.",
        "job_start": ("request_ramp_repair", {"deck": 3, "lane": 8}, "JOB|STATE\nRR-615|LOGGED"),
        "job_check": ("get_job", {"job": "RR-615"}, "JOB|STATE|ENGINEER\nRR-615|LOGGED|-"),
        "stalls": [
            "Ramp job RR-615 still logged, no engineer, Chief.",
            "No change on RR-615.",
            "Still waiting for an engineer on lane 8.",
            "RR-615 remains logged.",
            "Lane 8 repair not yet picked up.",
        ],
        "ab": [("get_deck", {"deck": 3}, deck3), ("get_trim", {}, trim)],
        "cycle": [
            ("get_vehicle", {"reg": "KX71 TNK"}, dg),
            ("get_deck", {"deck": 3}, deck3),
            ("get_sailing", {"sailing": "17:45"}, booked),
        ],
        "setting": {
            "tool": "set_ballast_mode",
            "args": {},
            "key": "mode",
            "values": ["AUTO", "MANUAL", "HOLD"],
            "ack": "BALLAST|MODE\nset|{v} (pumps isolated for survey)",
            "check": ("get_trim", {}, trim),
        },
        "fail": (
            "assign_lane",
            {"reg": "KX71 TNK", "deck": 3, "lane": 8},
            "REJECT|lane 8 closed (ramp sensor fault RR-615)",
        ),
        "fail_noise": lambda rng, i, err: err + f"|txn {rng.randint(100000, 999999)}",
        "reworded": [
            {"reg": "kx71tnk", "deck": 3, "lane": 8},
            {"vehicle": "KX71 TNK", "deck": "3", "lane": "8"},
            {"reg": "KX71 TNK", "position": "3/8"},
            {"reg": "KX71 TNK", "deck": 3, "lane": 8, "override": True},
        ],
        "gen": {
            "tool": "auto_plan",
            "args": {"sailing": "17:45", "dg": ["KX71 TNK"]},
            "outputs": [
                "PLAN A|trim +0.55 aft|tanker 3/1|HGVs aft 14",
                "PLAN B|trim +0.58 aft|tanker 3/2|HGVs aft 15",
                "PLAN C|trim +0.53 aft|tanker 3/1|HGVs aft 13",
                "PLAN D|trim +0.61 aft|tanker 3/2|HGVs aft 16",
                "PLAN E|trim +0.52 aft|tanker 3/1|HGVs aft 14",
            ],
            "reject": [
                "0.55 aft, over the 0.50 limit.",
                "Worse, 0.58.",
                "0.53, still out of trim.",
                "0.61. No.",
                "0.52 - over the limit again.",
            ],
        },
        "after_kind": "ab_oscillation",
        "entity_calls": [
            (
                "get_vehicle",
                {"reg": "BD19 HGV"},
                "REG|TYPE|CLASS|LANE|STATUS\nBD19 HGV|artic|-|3/4 aft|LOADED",
            ),
            (
                "get_vehicle",
                {"reg": "YR68 HGV"},
                "REG|TYPE|CLASS|LANE|STATUS\nYR68 HGV|artic|-|3/5 aft|LOADED",
            ),
        ],
        "doc": (
            "read_doc",
            {"doc": "DG_stowage_3"},
            "SECTION|TEXT\n3.2|Class 3 on deck 3 lanes 1-2 only, forward of frame 60\n3.3|No class 3 within 3 m of reefer units",
        ),
        "doc_summary": "Class 3 goes on deck 3, lanes 1 or 2, forward of frame 60, clear of reefers.",
        "paging": {
            "tool": "list_checked_in",
            "pages": [
                (
                    {"sailing": "17:45", "page": 1},
                    "REG|TYPE|LEN_M\nBD19 HGV|artic|16.5\nYR68 HGV|artic|16.5\nLK20 CAR|car|4.6\n...|...|...\nPAGE|1/3",
                ),
                (
                    {"sailing": "17:45", "page": 2},
                    "REG|TYPE|LEN_M\nKX71 TNK|tanker|13.6\nRF22 VAN|van|6.0\n...|...|...\nPAGE|2/3",
                ),
                (
                    {"sailing": "17:45", "page": 3},
                    "REG|TYPE|LEN_M\nMN15 REF|reefer|13.6\nPE70 CAR|car|4.4\nPAGE|3/3",
                ),
            ],
            "remarks": ["Mostly HGVs and cars on page one.", "Tanker and vans."],
            "conclusion": "171 checked in: 38 HGVs, 1 tanker, 2 reefers, the rest cars and vans. Fits without lane 8.",
        },
        "corrected": {
            "bad": (
                "get_vehicle",
                {"reg": "KX71TNK"},
                "ERROR|reg not found; registrations are stored with the space (e.g. 'KX71 TNK')",
            ),
            "fix": "Needs the space in the registration.",
            "good": ("get_vehicle", {"reg": "KX71 TNK"}, dg),
            "conclusion": "Tanker is held at check-in, no lane.",
        },
        "polling": {
            "start": ("request_ramp_repair", {"deck": 3, "lane": 8}, "JOB|STATE\nRR-617|LOGGED"),
            "tool": "get_job",
            "args": {"job": "RR-617"},
            "statuses": [
                "JOB|STATE|ENGINEER\nRR-617|LOGGED|-",
                "JOB|STATE|ENGINEER\nRR-617|ASSIGNED|T. Byrne",
                "JOB|STATE|ENGINEER\nRR-617|IN PROGRESS|T. Byrne",
                "JOB|STATE|ENGINEER\nRR-617|CLOSED|T. Byrne (sensor replaced)",
            ],
            "conclusion": "Lane 8 sensor replaced, Chief. Lane 8 is back.",
        },
        "entities": {
            "kind": "same",
            "tool": "check_segregation",
            "key": "reg",
            "items": ["LK20 CAR", "RF22 VAN", "PE70 CAR", "BD19 HGV", "YR68 HGV"],
            "obs": "SEGREGATION|RESULT\nvs KX71 TNK|no conflict",
            "conclusion": "None of the five neighbours conflicts with the tanker.",
        },
        "transient": {
            "call": ("get_trim", {}),
            "errors": ["ERROR|loadicom link timeout", "ERROR|loadicom busy (calc running)"],
            "ok": trim,
            "conclusion": "0.42 aft confirmed.",
        },
        "updates": [
            (
                (
                    "assign_lane",
                    {"reg": "KX71 TNK", "deck": 3, "lane": 1},
                    "OK|KX71 TNK -> 3/1 fwd",
                ),
                "tanker stowed deck 3 lane 1, forward.",
            ),
            (
                ("move_vehicle", {"reg": "BD19 HGV", "to": "3/4 fwd"}, "OK|BD19 HGV -> 3/4 fwd"),
                "BD19 HGV moved forward.",
            ),
            (
                ("move_vehicle", {"reg": "YR68 HGV", "to": "3/5 fwd"}, "OK|YR68 HGV -> 3/5 fwd"),
                "YR68 HGV moved forward.",
            ),
            (
                (
                    "get_trim",
                    {},
                    "TRIM_M|LIST_DEG|GM_M|LIMIT\n+0.31 aft|0.4 stbd|1.86|trim <= 0.50",
                ),
                "trim now 0.31 aft, inside limit.",
            ),
        ],
        "summaries": [
            (
                "read_doc",
                {"doc": "DG_stowage_3"},
                "3.2|Class 3 deck 3 lanes 1-2 forward of frame 60",
                "Class 3: deck 3, lanes 1-2, forward.",
            ),
            (
                "read_doc",
                {"doc": "trim_table"},
                "HGV 40t forward of midships|-0.06 m per unit",
                "Each HGV moved forward takes 0.06 off the aft trim.",
            ),
            (
                "read_doc",
                {"doc": "port_notice_112"},
                "Linkspan 2 max axle 11.5t until further notice",
                "Linkspan 2 has an 11.5 t axle limit.",
            ),
            (
                "read_doc",
                {"doc": "reefer_policy"},
                "Reefers on shore power deck 3 lanes 6-7 only",
                "Reefers only in lanes 6-7.",
            ),
        ],
        "summaries_conclusion": "Tanker 3/1, reefers 6-7 keep the 3 m gap, two HGVs forward gives 0.12 off the trim.",
        "drafts": {
            "first": "Loading plan 17:45: tanker 3/1. Trim ok.",
            "rounds": [
                (
                    "Give me the trim figure, please.",
                    "Loading plan 17:45: tanker KX71 TNK at 3/1 forward. Trim 0.31 aft (limit 0.50).",
                ),
                (
                    "And lane 8?",
                    "Loading plan 17:45: tanker KX71 TNK at 3/1 forward. Lane 8 closed, plan does not use it. Trim 0.31 aft (limit 0.50).",
                ),
                (
                    "Add the reefers and sign off as loading officer.",
                    "Loading plan 17:45: tanker KX71 TNK at 3/1 forward. Reefers at 3/6-7 on shore power. Lane 8 closed, plan does not use it. Trim 0.31 aft (limit 0.50).\nLoading Officer",
                ),
            ],
        },
        "adjust": [
            (
                ("move_vehicle", {"reg": "BD19 HGV", "to": "3/4 fwd"}, "OK"),
                ("get_trim", {}, "TRIM_M|LIMIT\n+0.36 aft|<= 0.50"),
                "0.36. Want nearer 0.2 for the crossing.",
            ),
            (
                ("move_vehicle", {"reg": "YR68 HGV", "to": "3/5 fwd"}, "OK"),
                ("get_trim", {}, "TRIM_M|LIMIT\n+0.30 aft|<= 0.50"),
                "0.30.",
            ),
            (
                ("move_vehicle", {"reg": "SN66 HGV", "to": "3/3 fwd"}, "OK"),
                ("get_trim", {}, "TRIM_M|LIMIT\n+0.24 aft|<= 0.50"),
                "0.24. Close enough.",
            ),
        ],
        "adjust_conclusion": "Three HGVs forward: trim 0.24 aft.",
        "questions": [
            (
                "Where is BD19 HGV?",
                ("get_vehicle", {"reg": "BD19 HGV"}, "REG|LANE|STATUS\nBD19 HGV|3/4 fwd|LOADED"),
                "3/4 forward, loaded.",
            ),
            (
                "And the reefer MN15?",
                (
                    "get_vehicle",
                    {"reg": "MN15 REF"},
                    "REG|LANE|STATUS\nMN15 REF|3/6|LOADED (shore power ON)",
                ),
                "3/6 on shore power.",
            ),
            (
                "Is RF22 VAN aboard?",
                ("get_vehicle", {"reg": "RF22 VAN"}, "REG|LANE|STATUS\nRF22 VAN|-|CHECKED IN"),
                "Checked in, not yet loaded.",
            ),
            (
                "The other reefer?",
                (
                    "get_vehicle",
                    {"reg": "TW23 REF"},
                    "REG|LANE|STATUS\nTW23 REF|3/7|LOADED (shore power ON)",
                ),
                "3/7, shore power on.",
            ),
        ],
        "reread": {
            "read": ("read_file", {"path": "plans/1745_deck3.txt"}),
            "versions": [
                "LANE|UNITS\n1|cars\n2|cars\n3-5|HGV aft\n6-7|reefers",
                "LANE|UNITS\n1|KX71 TNK + cars\n2|cars\n3-5|HGV aft\n6-7|reefers",
                "LANE|UNITS\n1|KX71 TNK + cars\n2|cars\n3-5|HGV fwd\n6-7|reefers",
            ],
            "edits": [
                (
                    "edit_file",
                    {"path": "plans/1745_deck3.txt", "lane": 1, "units": "KX71 TNK + cars"},
                    "OK",
                ),
                (
                    "edit_file",
                    {"path": "plans/1745_deck3.txt", "lane": "3-5", "units": "HGV fwd"},
                    "OK",
                ),
            ],
            "remarks": [
                "Tanker not in the plan yet.",
                "HGVs should be forward for trim.",
                "Plan file correct now.",
            ],
        },
        "search": [
            (("search_bookings", {"q": "HGV"}, "COUNT|41"), "41 HGV bookings."),
            (("search_bookings", {"q": "HGV", "checked_in": True}, "COUNT|38"), "38 here."),
            (
                (
                    "search_bookings",
                    {"q": "HGV", "checked_in": True, "weight_t_min": 38},
                    "COUNT|9\nREGS|BD19 HGV,YR68 HGV,SN66 HGV,...",
                ),
                "Nine heavy ones.",
            ),
        ],
        "search_conclusion": "Nine heavy HGVs; moving three forward is enough for trim.",
    }


# --------------------------------------------------------------------------------------------
# satellite_ground_station: nerdy, lower-case, thinks aloud; CLI console output.


def satellite() -> Domain:
    rotor = "gs> rotor status\n  az: 212.4 deg (cmd 212.4)  el: 11.0 deg (cmd 11.0)\n  fault: AZ_STALL  since 09:41:07\n  brake: engaged"
    pass_ = "gs> pass next --sat KITE-2\n  aos 14:12:30Z  los 14:18:50Z  max_el 38 deg  az 198->341"
    backlog = (
        "gs> store ls KITE-2\n  payload backlog: 2.14 GB (412 files)\n  oldest: 2025-12-01T03:10Z"
    )
    link = "gs> link budget --pass next\n  margin_db: 4.1  rate: 9.6 Mbps  est_download: 0.43 GB"

    def noise(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
        up = f"  uptime {3 + i}d{rng.randint(0, 23):02d}h  seq={rng.randint(1000, 9999)}"
        body = rotor.replace(
            "since 09:41:07",
            f"since 09:41:07  (now 1{0 + i // 6}:{(12 + 7 * i) % 60:02d}:{rng.randint(0, 59):02d}Z)",
        )
        return {"unit": "rot-1"}, body + "\n" + up

    return {
        "name": "satellite_ground_station",
        "task": (
            "hey - ground station ops. our antenna rotor (rot-1) has an azimuth stall fault since "
            "09:41. KITE-2 has a 6 min pass at 14:12Z and ~2 GB of payload backlog that the "
            "science team wants before the weekend. can you get the rotor tracking again, or "
            "work out a fallback, and prioritise what we pull down? don't power-cycle the rotor "
            "controller, last time it lost its calibration."
        ),
        "openers": [
            "ok. rotor first i think.",
            "sure - let me look at rot-1.",
            "right, starting with the stall.",
        ],
        "first": [
            ("gs_cli", {"cmd": "rotor status", "unit": "rot-1"}, rotor),
            ("gs_cli", {"cmd": "pass next", "sat": "KITE-2"}, pass_),
            ("gs_cli", {"cmd": "store ls", "sat": "KITE-2"}, backlog),
        ],
        "bridges": [
            "az stall, brake engaged. hmm.",
            "max el 38, az sweeps 198 to 341 - right through where it's stuck.",
            "2.14 GB, 412 files. we can't get all of that in one pass.",
        ],
        "stuck": ("gs_cli", {"cmd": "rotor status", "unit": "rot-1"}, rotor),
        "again": [
            "checking rotor status again.",
            "hmm, rotor status once more.",
            "let me re-read rot-1.",
            "rotor again, maybe it cleared?",
            "another rotor status.",
            "one more look at rot-1.",
        ],
        "noise": ("result", noise),
        "intents": [
            [
                "next: release the brake and jog az +2 deg to see if it frees.",
                "i'll try a brake release and a small +2 deg az jog.",
                "plan: brake off, nudge azimuth two degrees.",
                "going to jog az by 2 deg with the brake released.",
                "small az jog (+2) after releasing the brake - that's next.",
                "let me free the brake and step az +2.",
            ],
            [
                "then reprioritise the downlink queue so the newest science files go first.",
                "after that, sort the queue newest-science-first.",
                "then i'll put the recent science files at the top of the queue.",
                "queue reprioritisation next, fresh science first.",
                "i'll reorder the downlink so new science files lead.",
                "then: newest science first in the downlink queue.",
            ],
        ],
        "restate": "next: release the brake and jog az +2 deg to see if it frees.",
        "job_start": (
            "gs_cli",
            {"cmd": "rotor selftest", "unit": "rot-1"},
            "gs> rotor selftest\n  job st-88 queued",
        ),
        "job_check": ("gs_cli", {"cmd": "job show st-88"}, "gs> job show st-88\n  state: queued"),
        "stalls": [
            "selftest st-88 still queued.",
            "still queued... waiting.",
            "nothing yet on st-88.",
            "st-88 hasn't started.",
            "queued, still.",
        ],
        "ab": [
            ("gs_cli", {"cmd": "rotor status", "unit": "rot-1"}, rotor),
            ("gs_cli", {"cmd": "pass next", "sat": "KITE-2"}, pass_),
        ],
        "cycle": [
            ("gs_cli", {"cmd": "rotor status", "unit": "rot-1"}, rotor),
            ("gs_cli", {"cmd": "link budget", "pass": "next"}, link),
            ("gs_cli", {"cmd": "store ls", "sat": "KITE-2"}, backlog),
        ],
        "setting": {
            "tool": "gs_cli",
            "args": {"cmd": "rotor set", "unit": "rot-1"},
            "key": "speed",
            "values": ["slow", "normal", "fast"],
            "ack": "gs> rotor set speed {v}\n  ok (motion inhibited: AZ_STALL)",
            "check": ("gs_cli", {"cmd": "rotor status", "unit": "rot-1"}, rotor),
        },
        "fail": (
            "gs_cli",
            {"cmd": "rotor clear-fault", "unit": "rot-1"},
            "gs> rotor clear-fault\n  error: fault AZ_STALL latched; requires manual reset at pedestal",
        ),
        "fail_noise": lambda rng, i, err: err + f"\n  [cmd#{rng.randint(200, 899)}]",
        "reworded": [],
        "gen": {
            "tool": "plan_downlink",
            "args": {"sat": "KITE-2", "pass": "next", "budget_gb": 0.43},
            "outputs": [
                "plan: 0.42 GB\n  1. hk_2025-12-01.bin (0.08)\n  2. sci_1203_a.h5 (0.21)\n  3. sci_1204_b.h5 (0.13)",
                "plan: 0.41 GB\n  1. hk_2025-12-02.bin (0.07)\n  2. sci_1202_c.h5 (0.19)\n  3. sci_1204_a.h5 (0.15)",
                "plan: 0.43 GB\n  1. sci_1201_a.h5 (0.22)\n  2. hk_2025-12-01.bin (0.08)\n  3. sci_1204_c.h5 (0.13)",
                "plan: 0.40 GB\n  1. sci_1202_a.h5 (0.20)\n  2. sci_1203_b.h5 (0.12)\n  3. hk_2025-12-03.bin (0.08)",
                "plan: 0.42 GB\n  1. sci_1201_b.h5 (0.18)\n  2. hk_2025-12-02.bin (0.07)\n  3. sci_1203_c.h5 (0.17)",
            ],
            "reject": [
                "but the pass is at az 198-341 and the rotor's stuck at 212 - this plan assumes tracking.",
                "same issue: it assumes a full pass with a stalled rotor.",
                "still planned for a tracked pass.",
                "again the full 6 min, which we can't track.",
                "this one too assumes tracking.",
            ],
        },
        "after_kind": "volatile_result",
        "entity_calls": [
            (
                "gs_cli",
                {"cmd": "sat info", "sat": "KITE-1"},
                "gs> sat info KITE-1\n  next aos 15:47Z  max_el 12 deg",
            ),
            (
                "gs_cli",
                {"cmd": "sat info", "sat": "KITE-3"},
                "gs> sat info KITE-3\n  next aos 16:30Z  max_el 64 deg",
            ),
        ],
        "doc": (
            "read_doc",
            {"doc": "rot-1_manual.pdf#6"},
            "6.1 AZ_STALL: check for ice / obstruction; reset at pedestal only.\n6.2 Do not cycle controller power (encoder offset lost).",
        ),
        "doc_summary": "so the fault needs someone at the pedestal. no remote reset, no power cycle.",
        "paging": {
            "tool": "gs_cli",
            "pages": [
                (
                    {"cmd": "store ls", "sat": "KITE-2", "page": 1},
                    "gs> store ls KITE-2 -p1\n  sci_1201_a.h5 0.22\n  sci_1201_b.h5 0.18\n  hk_2025-12-01.bin 0.08\n  (page 1/3)",
                ),
                (
                    {"cmd": "store ls", "sat": "KITE-2", "page": 2},
                    "gs> store ls KITE-2 -p2\n  sci_1202_a.h5 0.20\n  sci_1202_c.h5 0.19\n  sci_1203_a.h5 0.21\n  (page 2/3)",
                ),
                (
                    {"cmd": "store ls", "sat": "KITE-2", "page": 3},
                    "gs> store ls KITE-2 -p3\n  sci_1203_c.h5 0.17\n  sci_1204_a.h5 0.15\n  sci_1204_b.h5 0.13\n  (page 3/3)",
                ),
            ],
            "remarks": ["dec 1 files, mostly science.", "dec 2-3."],
            "conclusion": "science from dec 1 to dec 4, biggest files early. newest (dec 4) are the smallest - easy wins.",
        },
        "corrected": {
            "bad": (
                "gs_cli",
                {"cmd": "pass next", "sat": "kite2"},
                "gs> pass next --sat kite2\n  error: unknown satellite 'kite2' (known: KITE-1, KITE-2, KITE-3)",
            ),
            "fix": "ah, ids are upper-case with a hyphen.",
            "good": ("gs_cli", {"cmd": "pass next", "sat": "KITE-2"}, pass_),
            "conclusion": "aos 14:12:30, 6 min 20 s, max el 38.",
        },
        "polling": {
            "start": (
                "gs_cli",
                {"cmd": "rotor selftest", "unit": "rot-2"},
                "gs> rotor selftest rot-2\n  job st-91 queued",
            ),
            "tool": "gs_cli",
            "args": {"cmd": "job show st-91"},
            "statuses": [
                "gs> job show st-91\n  state: queued",
                "gs> job show st-91\n  state: running  step 2/5 (az sweep)",
                "gs> job show st-91\n  state: running  step 4/5 (el sweep)",
                "gs> job show st-91\n  state: passed  az ok  el ok  backlash 0.2 deg",
            ],
            "conclusion": "rot-2 passes selftest. we can move KITE-2 onto the second dish!",
        },
        "entities": {
            "kind": "distinct",
            "tool": "gs_cli",
            "items": [
                (
                    {"cmd": "sat info", "sat": "KITE-1"},
                    "gs> sat info KITE-1\n  next aos 15:47Z  max_el 12 deg  backlog 0.3 GB",
                ),
                (
                    {"cmd": "sat info", "sat": "KITE-2"},
                    "gs> sat info KITE-2\n  next aos 14:12Z  max_el 38 deg  backlog 2.14 GB",
                ),
                (
                    {"cmd": "sat info", "sat": "KITE-3"},
                    "gs> sat info KITE-3\n  next aos 16:30Z  max_el 64 deg  backlog 0.9 GB",
                ),
                (
                    {"cmd": "sat info", "sat": "KITE-4"},
                    "gs> sat info KITE-4\n  next aos 19:02Z  max_el 21 deg  backlog 0.1 GB",
                ),
                (
                    {"cmd": "sat info", "sat": "KITE-5"},
                    "gs> sat info KITE-5\n  safe mode  no passes scheduled",
                ),
            ],
            "conclusion": "KITE-2 has the worst backlog by far; KITE-1 and 4 can wait, KITE-5 is in safe mode anyway.",
        },
        "transient": {
            "call": ("gs_cli", {"cmd": "link budget", "pass": "next"}),
            "errors": [
                "gs> link budget\n  error: orbit service timeout",
                "gs> link budget\n  error: tle cache refreshing, retry",
            ],
            "ok": link,
            "conclusion": "0.43 GB per pass at 9.6 Mbps. so ~5 passes for the whole backlog.",
        },
        "updates": [
            (
                (
                    "gs_cli",
                    {"cmd": "schedule move", "sat": "KITE-2", "to": "rot-2"},
                    "gs> schedule move\n  KITE-2 14:12Z -> rot-2 ok",
                ),
                "14:12 pass moved to rot-2.",
            ),
            (
                (
                    "gs_cli",
                    {"cmd": "queue sort", "sat": "KITE-2", "by": "newest-science"},
                    "gs> queue sort\n  412 files reordered",
                ),
                "queue is newest-science-first now.",
            ),
            (
                (
                    "gs_cli",
                    {"cmd": "pass result", "sat": "KITE-2"},
                    "gs> pass result\n  14:12Z rot-2: 0.44 GB received, 0 crc errors",
                ),
                "pass done: 0.44 GB, no crc errors.",
            ),
            (
                (
                    "gs_cli",
                    {"cmd": "ticket open", "unit": "rot-1"},
                    "gs> ticket open\n  T-3310 pedestal reset booked 16:00",
                ),
                "site tech booked 16:00 to reset rot-1 at the pedestal (T-3310).",
            ),
        ],
        "summaries": [
            (
                "read_doc",
                {"doc": "rot-1_manual.pdf#6"},
                "6.1 AZ_STALL: reset at pedestal only.",
                "stall needs a pedestal reset.",
            ),
            (
                "read_doc",
                {"doc": "KITE-2_ops.md#downlink"},
                "science > housekeeping except after anomaly",
                "science first unless there's been an anomaly.",
            ),
            (
                "read_doc",
                {"doc": "site_weather.txt"},
                "09:00-10:00 freezing drizzle; wind 6 m/s",
                "freezing drizzle this morning - icing could explain the stall.",
            ),
            (
                "read_doc",
                {"doc": "rot-2_log.txt"},
                "last maintenance 2025-11-20; no faults since",
                "rot-2 clean since november.",
            ),
        ],
        "summaries_conclusion": "probably ice on rot-1. move KITE-2 to rot-2, science first, pedestal reset this afternoon.",
        "drafts": {
            "first": "rot-1 down. moving KITE-2 to rot-2.",
            "rounds": [
                (
                    "say why and when it'll be back",
                    "rot-1 has an az stall (likely icing after this morning's drizzle); a tech resets it at 16:00. KITE-2's 14:12 pass moves to rot-2.",
                ),
                (
                    "science team will ask how much data they get",
                    "rot-1 has an az stall (likely icing after this morning's drizzle); a tech resets it at 16:00. KITE-2's 14:12 pass moves to rot-2; expect ~0.43 GB, newest science files first.",
                ),
                (
                    "and when the backlog clears",
                    "rot-1 has an az stall (likely icing after this morning's drizzle); a tech resets it at 16:00. KITE-2's 14:12 pass moves to rot-2; expect ~0.43 GB, newest science files first. The full 2.1 GB should be down by sunday's passes.",
                ),
            ],
        },
        "adjust": [
            (
                ("gs_cli", {"cmd": "radio set", "rate_mbps": 12}, "gs> radio set rate 12\n  ok"),
                (
                    "gs_cli",
                    {"cmd": "link budget", "pass": "next"},
                    "gs> link budget\n  margin_db: 1.2  rate: 12 Mbps",
                ),
                "1.2 dB margin, too thin.",
            ),
            (
                ("gs_cli", {"cmd": "radio set", "rate_mbps": 8}, "gs> radio set rate 8\n  ok"),
                (
                    "gs_cli",
                    {"cmd": "link budget", "pass": "next"},
                    "gs> link budget\n  margin_db: 5.0  rate: 8 Mbps",
                ),
                "5 dB, safe but slow.",
            ),
            (
                ("gs_cli", {"cmd": "radio set", "rate_mbps": 10}, "gs> radio set rate 10\n  ok"),
                (
                    "gs_cli",
                    {"cmd": "link budget", "pass": "next"},
                    "gs> link budget\n  margin_db: 3.3  rate: 10 Mbps",
                ),
                "3.3 dB at 10 Mbps - that's the one.",
            ),
        ],
        "adjust_conclusion": "10 Mbps with 3.3 dB margin.",
        "questions": [
            (
                "when's KITE-3 up?",
                (
                    "gs_cli",
                    {"cmd": "pass next", "sat": "KITE-3"},
                    "gs> pass next --sat KITE-3\n  aos 16:30:05Z  los 16:38:40Z  max_el 64 deg",
                ),
                "16:30, nice high pass.",
            ),
            (
                "and KITE-1?",
                (
                    "gs_cli",
                    {"cmd": "pass next", "sat": "KITE-1"},
                    "gs> pass next --sat KITE-1\n  aos 15:47:10Z  los 15:51:02Z  max_el 12 deg",
                ),
                "15:47, low, only 4 minutes.",
            ),
            (
                "does KITE-4 clash with anything?",
                (
                    "gs_cli",
                    {"cmd": "pass next", "sat": "KITE-4"},
                    "gs> pass next --sat KITE-4\n  aos 19:02:44Z  los 19:09:30Z  max_el 21 deg",
                ),
                "19:02, no clash.",
            ),
            (
                "KITE-2 after this one?",
                (
                    "gs_cli",
                    {"cmd": "pass after", "sat": "KITE-2", "n": 2},
                    "gs> pass after --sat KITE-2 -n2\n  aos 15:48:02Z  max_el 71 deg",
                ),
                "15:48, max el 71 - that one clashes with KITE-1, KITE-2 should win.",
            ),
        ],
        "reread": {
            "read": ("read_file", {"path": "sched/today.yaml"}),
            "versions": [
                "- {sat: KITE-2, aos: '14:12', dish: rot-1}\n- {sat: KITE-1, aos: '15:47', dish: rot-2}",
                "- {sat: KITE-2, aos: '14:12', dish: rot-2}\n- {sat: KITE-1, aos: '15:47', dish: rot-2}",
                "- {sat: KITE-2, aos: '14:12', dish: rot-2}\n- {sat: KITE-2, aos: '15:48', dish: rot-2}",
            ],
            "edits": [
                ("edit_file", {"path": "sched/today.yaml", "line": 1, "set": "dish: rot-2"}, "ok"),
                (
                    "edit_file",
                    {
                        "path": "sched/today.yaml",
                        "line": 2,
                        "set": "{sat: KITE-2, aos: '15:48', dish: rot-2}",
                    },
                    "ok",
                ),
            ],
            "remarks": [
                "14:12 still on rot-1, fixing.",
                "and KITE-2's 15:48 beats KITE-1's low pass.",
                "schedule looks right.",
            ],
        },
        "search": [
            (
                (
                    "gs_cli",
                    {"cmd": "log grep", "pattern": "STALL"},
                    "gs> log grep STALL\n  38 matches (2023-2025)",
                ),
                "lots.",
            ),
            (
                (
                    "gs_cli",
                    {"cmd": "log grep", "pattern": "AZ_STALL", "unit": "rot-1"},
                    "gs> log grep AZ_STALL rot-1\n  9 matches",
                ),
                "nine on rot-1.",
            ),
            (
                (
                    "gs_cli",
                    {"cmd": "log grep", "pattern": "AZ_STALL", "unit": "rot-1", "months": "11-02"},
                    "gs> log grep ...\n  7 matches, all nov-feb, 6 on days below 0 C",
                ),
                "7 of 9 in winter, on freezing days.",
            ),
        ],
        "search_conclusion": "rot-1's az stalls are a winter icing thing. worth a heater on the az drive.",
    }


# --------------------------------------------------------------------------------------------
# zoo_animal_transfer: friendly, chatty, Australian; e-mail style observations.


def zoo() -> Domain:
    permit = (
        "From: permits@wildlife.gov.example\nSubject: CITES export permit AU-25-0713\n\n"
        "Status: AWAITING HEALTH CERTIFICATE\nSpecimens: 2 x Ailurus fulgens (Mani, Pemba)"
    )
    crate = "From: workshop@zoo.example\nSubject: Re: red panda crates\n\nCrate 1 done. Crate 2 needs IATA LAR label + water dish. Friday?"
    vet = "From: dr.nguyen@zoo.example\nSubject: Mani & Pemba pre-ship exam\n\nPemba fine. Mani: soft stool x2 days, faecal sample sent. Won't sign until result."
    flight = "From: cargo@airline.example\nSubject: Booking LIV-88213\n\nSYD-AKL, 11 Dec, 06:40. Live animal acceptance cut-off 03:40. Status: HELD (pending docs)"

    def noise(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
        mid = f"Message-ID: <{rng.getrandbits(48):012x}@mail.zoo.example>\nDate: Thu, 4 Dec 2025 1{i % 10}:{rng.randint(0, 59):02d} +1100\n"
        return {"thread": "vet-exam", "fetch_id": f"f{rng.randint(10**6, 10**7 - 1)}"}, mid + vet

    return {
        "name": "zoo_animal_transfer",
        "task": (
            "G'day! Keeper team lead here. We're sending two red pandas, Mani and Pemba, to "
            "Auckland on 11 Dec for the breeding programme. CITES permit is waiting on the vet "
            "health cert, the second crate isn't finished, and cargo have our booking on hold. "
            "Can you chase it all and tell me by tomorrow arvo if we're still on for the 11th? "
            "Mani's welfare comes first, don't push the vet."
        ),
        "openers": [
            "No worries! I'll start with the permit.",
            "Sure thing, let's see where the paperwork's at.",
            "On it - permit, then vet, then crates.",
        ],
        "first": [
            ("read_thread", {"thread": "cites-permit"}, permit),
            ("read_thread", {"thread": "vet-exam"}, vet),
            ("read_thread", {"thread": "crates"}, crate),
        ],
        "bridges": [
            "Permit's just waiting on the health cert.",
            "Ah, Mani's had a tummy upset. Vet's waiting on a faecal.",
            "Crate 2 needs a label and a water dish.",
        ],
        "stuck": ("read_thread", {"thread": "vet-exam"}, vet),
        "again": [
            "Let me check the vet thread again.",
            "Quick re-read of Dr Nguyen's email.",
            "Back to the vet thread.",
            "Checking if the vet's replied.",
            "Vet thread once more.",
            "Having another squiz at the vet email.",
        ],
        "noise": ("args", noise),
        "intents": [
            [
                "Next I'll ask the lab when Mani's faecal result is due.",
                "I'm going to chase the lab for Mani's sample result.",
                "Plan is to find out from the lab when the faecal will be back.",
                "I'll ping the lab about Mani's result next.",
                "Next step: get an ETA from the lab on that sample.",
                "Gonna ask the pathology lab when the result lands.",
            ],
            [
                "Then I'll get the workshop to finish crate 2 by Friday.",
                "After that, crate 2 - I'll confirm Friday with the workshop.",
                "Then chase the workshop so crate 2 is done Friday.",
                "Crate 2 next: label and water dish by Friday.",
                "I'll book the workshop in for crate 2 on Friday.",
                "Then sort crate 2 with the workshop.",
            ],
        ],
        "restate": "Next I'll ask the lab when Mani's faecal result is due.",
        "job_start": (
            "send_email",
            {"to": "lab@vetpath.example", "subject": "Mani faecal ETA?"},
            "Sent. Auto-reply: we aim to reply within 1 business day.",
        ),
        "job_check": (
            "read_thread",
            {"thread": "lab"},
            "From: lab@vetpath.example\nSubject: Auto-reply\n\nWe aim to reply within 1 business day.",
        ),
        "stalls": [
            "Only the auto-reply from the lab so far. Waiting.",
            "Still just the auto-reply.",
            "Nothing from the lab yet.",
            "Lab hasn't come back.",
            "No news from pathology.",
        ],
        "ab": [
            ("read_thread", {"thread": "vet-exam"}, vet),
            ("read_thread", {"thread": "cites-permit"}, permit),
        ],
        "cycle": [
            ("read_thread", {"thread": "cites-permit"}, permit),
            ("read_thread", {"thread": "vet-exam"}, vet),
            ("read_thread", {"thread": "cargo"}, flight),
        ],
        "setting": {
            "tool": "update_booking",
            "args": {"booking": "LIV-88213"},
            "key": "date",
            "values": ["2025-12-11", "2025-12-13", "2025-12-16"],
            "ack": "From: cargo@airline.example\nSubject: Re: LIV-88213\n\nDate noted as {v}. Booking remains HELD until permit + health cert received.",
            "check": ("read_thread", {"thread": "cites-permit"}, permit),
        },
        "fail": (
            "submit_form",
            {"form": "health_cert", "animal": "Mani"},
            "Form rejected: field 'vet_signature' is required.",
        ),
        "fail_noise": lambda rng, i, err: err + f" (submission {rng.randint(1000, 9999)})",
        "reworded": [
            {"form": "Health Cert", "animal": "Mani"},
            {"form": "health_cert", "animals": ["Mani"]},
            {"form": "health_cert", "animal": "MANI", "urgent": True},
            {"form_id": "HC-1", "animal": "Mani"},
        ],
        "gen": {
            "tool": "draft_itinerary",
            "args": {"animals": ["Mani", "Pemba"], "date": "2025-12-11"},
            "outputs": [
                "Itinerary v1: crate 00:30, depart zoo 01:15, acceptance 03:10, fly 06:40. Pre-ship exam signed: Mani, Pemba.",
                "Itinerary v2: crate 00:45, depart 01:20, acceptance 03:25, fly 06:40. Health cert: both signed.",
                "Itinerary v3: crate 00:15, depart 01:00, acceptance 03:00, fly 06:40. Vet sign-off assumed for Mani.",
                "Itinerary v4: crate 01:00, depart 01:40, acceptance 03:35, fly 06:40. Both animals cleared.",
                "Itinerary v5: crate 00:20, depart 01:05, acceptance 03:15, fly 06:40. Mani cleared 10/12.",
            ],
            "reject": [
                "It says Mani's exam is signed - it isn't.",
                "Still assumes Mani's cert is signed.",
                "Assumes vet sign-off again.",
                "'Both cleared' - no, Mani isn't.",
                "Same thing, Mani's not cleared.",
            ],
        },
        "after_kind": "paraphrase_monologue",
        "entity_calls": [
            (
                "read_thread",
                {"thread": "akl-receiving"},
                "From: carnivores@aucklandzoo.example\nSubject: Quarantine ready\n\nQuarantine pens ready from 10 Dec. Keeper meet at AKL cargo.",
            ),
            (
                "read_thread",
                {"thread": "mpi-import"},
                "From: mpi@biosecurity.example\nSubject: Import permit 2025/RP/14\n\nIssued. Valid to 31 Jan 2026.",
            ),
        ],
        "doc": (
            "read_doc",
            {"doc": "IATA LAR container req 73"},
            "CR 73: ventilation on 3 sides, water dish refillable from outside, LIVE ANIMALS + THIS WAY UP labels.",
        ),
        "doc_summary": "So crate 2 needs an outside-fill water dish and the two labels. Matches the workshop's list.",
        "paging": {
            "tool": "search_mail",
            "pages": [
                (
                    {"q": "red panda", "page": 1},
                    "1. Re: crates (Mon)\n2. CITES AU-25-0713 (Mon)\n3. Mani & Pemba pre-ship exam (Tue)\npage 1 of 2",
                ),
                (
                    {"q": "red panda", "page": 2},
                    "4. Booking LIV-88213 (Tue)\n5. Quarantine ready (Wed)\n6. Import permit 2025/RP/14 (Wed)\npage 2 of 2",
                ),
            ],
            "remarks": ["Crates, permit, vet.", ""],
            "conclusion": "Six threads. Auckland side's all sorted; our side is waiting on Mani's vet cert and crate 2.",
        },
        "corrected": {
            "bad": (
                "read_thread",
                {"thread": "vet"},
                "No thread named 'vet'. Did you mean: vet-exam, vet-invoice?",
            ),
            "fix": "It's vet-exam.",
            "good": ("read_thread", {"thread": "vet-exam"}, vet),
            "conclusion": "Pemba's fine; Mani's waiting on a faecal result.",
        },
        "polling": {
            "start": (
                "send_email",
                {"to": "lab@vetpath.example", "subject": "Mani faecal - result?"},
                "Sent.",
            ),
            "tool": "read_thread",
            "args": {"thread": "lab"},
            "statuses": [
                "From: lab@vetpath.example\nSubject: Re: Mani faecal\n\nReceived, in culture.",
                "From: lab@vetpath.example\nSubject: Re: Mani faecal\n\nPreliminary: no parasites seen. Culture pending.",
                "From: lab@vetpath.example\nSubject: Re: Mani faecal\n\nFinal: no pathogens isolated.",
            ],
            "conclusion": "Mani's faecal is clear. Dr Nguyen can sign.",
        },
        "entities": {
            "kind": "distinct",
            "tool": "get_animal",
            "items": [
                ({"name": "Mani"}, "Mani · M · 4 y · 5.9 kg · last exam 02/12 · note: soft stool"),
                ({"name": "Pemba"}, "Pemba · F · 3 y · 5.2 kg · last exam 02/12 · no issues"),
                ({"name": "Tashi"}, "Tashi · F · 9 y · 5.6 kg · staying · dam of Pemba"),
                ({"name": "Kesang"}, "Kesang · M · 11 y · 6.1 kg · staying · geriatric plan"),
                (
                    {"name": "Rinzen"},
                    "Rinzen · M · 1 y · 4.0 kg · staying · not for transfer until 2027",
                ),
            ],
            "conclusion": "Only Mani and Pemba are going; Tashi will need some extra enrichment once Pemba leaves.",
        },
        "transient": {
            "call": ("read_thread", {"thread": "cargo"}),
            "errors": ["Mail server: 421 try again later", "Mail server: connection reset"],
            "ok": flight,
            "conclusion": "Flight's held pending docs, acceptance cut-off 03:40.",
        },
        "updates": [
            (
                ("read_thread", {"thread": "lab"}, "Final: no pathogens isolated."),
                "Mani's faecal came back clear.",
            ),
            (
                (
                    "read_thread",
                    {"thread": "vet-exam"},
                    "Signed health certs for Mani and Pemba attached.",
                ),
                "Dr Nguyen has signed both health certs.",
            ),
            (
                (
                    "submit_form",
                    {"form": "health_cert", "animal": "Mani", "vet_signature": "attached"},
                    "Accepted. Permit AU-25-0713 status: ISSUED.",
                ),
                "CITES permit is now issued.",
            ),
            (
                ("read_thread", {"thread": "cargo"}, "Booking LIV-88213 CONFIRMED."),
                "cargo confirmed LIV-88213 for the 11th.",
            ),
        ],
        "summaries": [
            (
                "read_doc",
                {"doc": "IATA LAR CR 73"},
                "Ventilation 3 sides; outside-fill water; labels.",
                "Crate needs vents on 3 sides, outside-fill water and the labels.",
            ),
            (
                "read_doc",
                {"doc": "EEP transfer recommendation"},
                "Pemba to AKL for pairing with male Sonam; Mani as companion, may return 2027.",
                "Pemba's the breeding match; Mani goes as companion.",
            ),
            (
                "read_doc",
                {"doc": "MPI import health standard"},
                "Pre-export exam within 7 days; faecal screen negative.",
                "Exam within a week and a clean faecal - that's why the vet's waiting.",
            ),
            (
                "read_doc",
                {"doc": "transport SOP"},
                "Keeper accompanies; no sedation; fly before 10:00 in summer.",
                "Keeper travels with them, no sedation, morning flight.",
            ),
        ],
        "summaries_conclusion": "The 06:40 flight suits the SOP; we just need Mani's clean faecal inside the 7-day window.",
        "drafts": {
            "first": "Hi all, pandas still on for the 11th.",
            "rounds": [
                (
                    "bit thin, what's outstanding?",
                    "Hi all, Mani and Pemba are still on for the 11th. Outstanding: Mani's faecal result, crate 2 finishing touches.",
                ),
                (
                    "put dates against them",
                    "Hi all, Mani and Pemba are still on for the 11th. Outstanding: Mani's faecal result (due Mon 8th), crate 2 label + water dish (Fri 5th).",
                ),
                (
                    "and say what happens if the faecal's not clear",
                    "Hi all, Mani and Pemba are still on for the 11th. Outstanding: Mani's faecal result (due Mon 8th), crate 2 label + water dish (Fri 5th). If Mani's result isn't clear, we move to the 16 Dec flight - Auckland have said that's fine.",
                ),
            ],
        },
        "adjust": [
            (
                ("set_crate_vents", {"crate": 2, "open_pct": 30}, "ok"),
                ("measure_crate", {"crate": 2}, "inside 27.5 °C vs room 22 °C"),
                "Too warm inside.",
            ),
            (
                ("set_crate_vents", {"crate": 2, "open_pct": 70}, "ok"),
                ("measure_crate", {"crate": 2}, "inside 21.0 °C, draught 0.9 m/s"),
                "Bit draughty now.",
            ),
            (
                ("set_crate_vents", {"crate": 2, "open_pct": 50}, "ok"),
                ("measure_crate", {"crate": 2}, "inside 22.8 °C, draught 0.4 m/s"),
                "Just right.",
            ),
        ],
        "adjust_conclusion": "Crate 2 vents at 50%: 22.8 °C and gentle airflow.",
        "questions": [
            (
                "how heavy is Pemba now?",
                ("get_animal", {"name": "Pemba"}, "Pemba · 5.2 kg (02/12)"),
                "5.2 kg.",
            ),
            (
                "and Mani?",
                ("get_animal", {"name": "Mani"}, "Mani · 5.9 kg (02/12) · soft stool"),
                "5.9 kg, still the soft stool note.",
            ),
            (
                "is Tashi staying?",
                ("get_animal", {"name": "Tashi"}, "Tashi · staying · dam of Pemba"),
                "Yep, Tashi's staying.",
            ),
            (
                "Rinzen's not going right",
                ("get_animal", {"name": "Rinzen"}, "Rinzen · not for transfer until 2027"),
                "Correct - not until 2027.",
            ),
        ],
        "reread": {
            "read": ("read_file", {"path": "transfer/checklist.md"}),
            "versions": [
                "- [ ] CITES permit\n- [ ] health certs\n- [x] crate 1\n- [ ] crate 2",
                "- [ ] CITES permit\n- [ ] health certs\n- [x] crate 1\n- [x] crate 2",
                "- [x] CITES permit\n- [x] health certs\n- [x] crate 1\n- [x] crate 2",
            ],
            "edits": [
                ("edit_file", {"path": "transfer/checklist.md", "tick": "crate 2"}, "ticked 1"),
                (
                    "edit_file",
                    {"path": "transfer/checklist.md", "tick": ["CITES permit", "health certs"]},
                    "ticked 2",
                ),
            ],
            "remarks": [
                "Workshop finished crate 2 - ticking it.",
                "Permit and certs are through too.",
                "All four ticked!",
            ],
        },
        "search": [
            (("search_mail", {"q": "Mani"}, "42 results"), "Too many."),
            (("search_mail", {"q": "Mani vet"}, "9 results"), "Better."),
            (
                (
                    "search_mail",
                    {"q": "Mani vet since:2025-12-01"},
                    "3 results: exam, sample sent, lab receipt",
                ),
                "Three this month.",
            ),
        ],
        "search_conclusion": "Sample went to the lab on the 3rd, so result's due around the 8th.",
    }


# --------------------------------------------------------------------------------------------
# lift_fault_callout: polite, slightly anxious housing officer, odd typo; controller logs.


def lift() -> Domain:
    car2 = "2025-12-04 07:14:03 CAR2 F27 DOOR ZONE LOST floor=9\n2025-12-04 07:14:03 CAR2 OUT OF SERVICE"
    car1 = "2025-12-04 07:40:00 CAR1 IN SERVICE trips=182 avg_wait=41s"
    parts = "PART          QTY  ETA\nDZ sensor kit 1    2025-12-08\ndoor operator 0    -"
    resident = "flat 11-04 · mobility: wheelchair user · emergency contact: son · PEEP: yes"

    def noise(rng: random.Random, i: int) -> tuple[dict[str, Any], str]:
        hb = f"2025-12-04 {8 + i // 4:02d}:{(7 * i + rng.randint(0, 6)) % 60:02d}:{rng.randint(0, 59):02d} CTRL HEARTBEAT n={1400 + i * rng.randint(3, 9)}"
        return {"car": 2}, car2 + "\n" + hb if rng.random() < 0.6 else hb + "\n" + car2

    return {
        "name": "lift_fault_callout",
        "task": (
            "Hello, I'm so sorry to bother you, I'm the housing officer for Ashdown Tower. Lift 2 "
            "has been out since about quarter past seven this morning, and Lift 1 is the only one "
            "running. Mrs Okonjo in 11-04 uses a wheelchair and has a hospital appointment at 2pm. "
            "Could you find out whats wrong with lift 2, when the engineer can come, and make sure "
            "Mrs Okonjo can get out safely? Please dont take lift 1 out of service for anything."
        ),
        "openers": [
            "Of course, no bother at all. I'll look at lift 2's log first.",
            "Happy to help. Starting with the controller log for lift 2.",
            "Certainly - first, what the controller says about lift 2.",
        ],
        "first": [
            ("get_controller_log", {"car": 2}, car2),
            ("get_controller_log", {"car": 1}, car1),
            ("get_resident", {"flat": "11-04"}, resident),
        ],
        "bridges": [
            "Fault F27, door zone lost at floor 9.",
            "Lift 1 is running, average wait 41 seconds.",
            "Mrs Okonjo has a PEEP on file, good.",
        ],
        "stuck": ("get_controller_log", {"car": 2}, car2),
        "again": [
            "I'll check lift 2's log again, just in case.",
            "Let me look at the lift 2 log once more.",
            "Checking lift 2 again, sorry.",
            "One more look at lift 2.",
            "Re-checking the lift 2 controller.",
            "Lift 2 log again.",
        ],
        "noise": ("result", noise),
        "intents": [
            [
                "Next I'll book the engineer callout for lift 2.",
                "I'm going to arrange for the lift engineer to attend.",
                "The next thing is to log a callout with the lift contractor.",
                "I'll raise the engineer visit for lift 2 now.",
                "Next, a callout request to the lift company.",
                "I'll get an engineer booked in for lift 2.",
            ],
            [
                "Then I'll arrange assistance for Mrs Okonjo before 1pm.",
                "After that I'll make sure someone helps Mrs Okonjo down in good time.",
                "Then I'll sort help for Mrs Okonjo ahead of her appointment.",
                "Mrs Okonjo's assistance is next, for before 1pm.",
                "I'll then book a caretaker to assist Mrs Okonjo.",
                "Then - help for 11-04 before lunchtime.",
            ],
        ],
        "restate": "Next I'll book the engineer callout for lift 2.",
        "job_start": (
            "log_callout",
            {"car": 2, "fault": "F27"},
            "CALLOUT CO-5521 LOGGED priority=P2",
        ),
        "job_check": (
            "get_callout",
            {"id": "CO-5521"},
            "CALLOUT CO-5521 LOGGED priority=P2 engineer=-",
        ),
        "stalls": [
            "The callout is still just logged, no engineer yet. I'll keep waiting.",
            "CO-5521 still hasnt been assigned, sorry.",
            "Still waiting for the contractor to assign someone.",
            "No engineer on CO-5521 yet.",
            "Still logged only, I'm afraid.",
        ],
        "ab": [("get_controller_log", {"car": 2}, car2), ("get_controller_log", {"car": 1}, car1)],
        "cycle": [
            ("get_controller_log", {"car": 2}, car2),
            ("get_parts", {"fault": "F27"}, parts),
            ("get_resident", {"flat": "11-04"}, resident),
        ],
        "setting": {
            "tool": "set_car_mode",
            "args": {"car": 2},
            "key": "mode",
            "values": ["NORMAL", "INSPECTION", "INDEPENDENT"],
            "ack": "CAR2 MODE {v} requested - rejected while F27 active",
            "check": ("get_controller_log", {"car": 2}, car2),
        },
        "fail": (
            "send_sms",
            {"to": "11-04", "text": "Lift 2 is out of service, help is being arranged."},
            "SMS FAILED: no mobile number on file for 11-04",
        ),
        "fail_noise": lambda rng, i, err: err + f" (ref {rng.randint(10000, 99999)})",
        "reworded": [],
        "gen": {
            "tool": "plan_assistance",
            "args": {"flat": "11-04", "appointment": "14:00"},
            "outputs": [
                "12:30 caretaker to 11-04; use lift 1 in independent service; taxi 13:10",
                "12:45 caretaker + neighbour; lift 1 set to independent for 10 min; taxi 13:15",
                "12:20 caretaker; take lift 1 out of group service; patient transport 13:00",
                "12:40 two staff; lift 1 in independent mode; taxi 13:05",
                "12:35 caretaker; lift 1 reserved (out of service to others) 12:35-12:50; taxi 13:10",
            ],
            "reject": [
                "That takes lift 1 out of normal service, which we were asked not to do.",
                "Again lift 1 in independent service. No.",
                "Takes lift 1 out of group service too.",
                "Still uses lift 1 independent mode.",
                "Reserving lift 1 is taking it out of service for everyone else.",
            ],
        },
        "after_kind": "cycle_of_three",
        "entity_calls": [
            ("get_resident", {"flat": "11-02"}, "flat 11-02 · mobility: none recorded · PEEP: no"),
            ("get_resident", {"flat": "9-01"}, "flat 9-01 · mobility: uses a frame · PEEP: yes"),
        ],
        "doc": (
            "read_doc",
            {"doc": "Ashdown PEEP register"},
            "11-04 Okonjo: assisted stair descent not suitable; evacuation lift or wait for FRS.",
        ),
        "doc_summary": "Stairs aren't suitable for Mrs Okonjo, so it has to be lift 1.",
        "paging": {
            "tool": "get_fault_history",
            "pages": [
                (
                    {"car": 2, "cursor": ""},
                    "2025-11-28 F27 floor=9 cleared by reset\n2025-11-19 F12 door reopen\nnext=eyJwIjoy",
                ),
                (
                    {"car": 2, "cursor": "eyJwIjoy"},
                    "2025-11-02 F27 floor=9 cleared by reset\n2025-10-15 F27 floor=9 sensor cleaned\nnext=eyJwIjoz",
                ),
                ({"car": 2, "cursor": "eyJwIjoz"}, "2025-09-30 F05 overload\nnext="),
            ],
            "remarks": ["F27 at floor 9 on the 28th as well.", "And twice more before that."],
            "conclusion": "F27 at floor 9 four times in two months. A reset isn't enough; the sensor probably needs replacing.",
        },
        "corrected": {
            "bad": (
                "get_resident",
                {"flat": "1104"},
                "ERROR unknown flat '1104' (format floor-number, e.g. 11-04)",
            ),
            "fix": "Ah, it needs the hyphen.",
            "good": ("get_resident", {"flat": "11-04"}, resident),
            "conclusion": "Mrs Okonjo is a wheelchair user with a PEEP.",
        },
        "polling": {
            "start": (
                "log_callout",
                {"car": 2, "fault": "F27"},
                "CALLOUT CO-5530 LOGGED priority=P1",
            ),
            "tool": "get_callout",
            "args": {"id": "CO-5530"},
            "statuses": [
                "CALLOUT CO-5530 LOGGED priority=P1 engineer=-",
                "CALLOUT CO-5530 ASSIGNED engineer=K. Mensah eta=11:30",
                "CALLOUT CO-5530 ON SITE engineer=K. Mensah",
                "CALLOUT CO-5530 COMPLETE note='DZ sensor floor 9 replaced, car 2 in service'",
            ],
            "conclusion": "Lift 2 is back in service - the floor 9 door zone sensor was replaced.",
        },
        "entities": {
            "kind": "same",
            "tool": "check_open_repairs",
            "key": "flat",
            "items": ["11-01", "11-02", "11-03", "11-04", "11-05"],
            "obs": "OPEN REPAIRS: none",
            "conclusion": "No open repairs on floor 11, so nothing else in the way for Mrs Okonjo.",
        },
        "transient": {
            "call": ("get_callout", {"id": "CO-5521"}),
            "errors": ["ERROR contractor portal 502", "ERROR session expired, re-authenticated"],
            "ok": "CALLOUT CO-5521 ASSIGNED engineer=K. Mensah eta=11:30",
            "conclusion": "Engineer K. Mensah is due at 11:30.",
        },
        "updates": [
            (
                ("log_callout", {"car": 2, "fault": "F27"}, "CALLOUT CO-5521 LOGGED priority=P1"),
                "the callout is logged as P1 (CO-5521).",
            ),
            (
                (
                    "get_callout",
                    {"id": "CO-5521"},
                    "CALLOUT CO-5521 ASSIGNED engineer=K. Mensah eta=11:30",
                ),
                "K. Mensah is assigned, due 11:30.",
            ),
            (
                (
                    "book_assistance",
                    {"flat": "11-04", "time": "12:45"},
                    "BOOKED caretaker=J. Reyes 12:45",
                ),
                "J. Reyes will help Mrs Okonjo at 12:45 using lift 1 normally.",
            ),
            (
                ("get_callout", {"id": "CO-5521"}, "CALLOUT CO-5521 COMPLETE car 2 in service"),
                "lift 2 is back in service.",
            ),
        ],
        "summaries": [
            (
                "read_doc",
                {"doc": "Ashdown PEEP register"},
                "11-04: no stair descent; lift or FRS.",
                "Mrs Okonjo can't use the stairs.",
            ),
            (
                "read_doc",
                {"doc": "Lift contract schedule 3"},
                "P1 response 4 h when a resident is trapped or vulnerable; P2 24 h.",
                "A vulnerable resident makes it P1, four hours.",
            ),
            (
                "read_doc",
                {"doc": "Ashdown lift risk assessment"},
                "Single-lift running: caretaker on call 07:00-19:00.",
                "With one lift, a caretaker must be on call.",
            ),
            (
                "read_doc",
                {"doc": "Tenant comms policy"},
                "Notices in lobby within 2 h of a lift outage; SMS where numbers held.",
                "We owe a lobby notice within two hours.",
            ),
        ],
        "summaries_conclusion": "So: upgrade to P1, caretaker on call, lobby notice now, and help Mrs Okonjo via lift 1.",
        "drafts": {
            "first": "LIFT 2 OUT OF ORDER. Sorry.",
            "rounds": [
                (
                    "could we say when it'll be fixed?",
                    "Lift 2 is out of order. An engineer is due at 11:30 today. Sorry for the inconvenience.",
                ),
                (
                    "please add who to call if people need help",
                    "Lift 2 is out of order. An engineer is due at 11:30 today. If you need help, please call the caretaker on 0161 555 0142. Sorry for the inconvenience.",
                ),
                (
                    "lovely. can you mention lift 1 is still working",
                    "Lift 2 is out of order. Lift 1 is working as normal. An engineer is due at 11:30 today. If you need help, please call the caretaker on 0161 555 0142. Sorry for the inconvenience.",
                ),
            ],
        },
        "adjust": [
            (
                ("set_group_dispatch", {"park_floor": 0}, "OK"),
                ("get_controller_log", {"car": 1}, "CAR1 avg_wait=58s (floor 11 calls 74s)"),
                "Floor 11 waiting 74 s.",
            ),
            (
                ("set_group_dispatch", {"park_floor": 11}, "OK"),
                (
                    "get_controller_log",
                    {"car": 1},
                    "CAR1 avg_wait=63s (floor 11 calls 12s, lobby 88s)",
                ),
                "Now the lobby waits too long.",
            ),
            (
                ("set_group_dispatch", {"park_floor": 6}, "OK"),
                (
                    "get_controller_log",
                    {"car": 1},
                    "CAR1 avg_wait=44s (floor 11 calls 39s, lobby 41s)",
                ),
                "Better balanced.",
            ),
        ],
        "adjust_conclusion": "Parking lift 1 at floor 6 keeps waits around 40 seconds everywhere.",
        "questions": [
            (
                "is anyone else on 11 in a wheelchair?",
                ("get_resident", {"flat": "11-02"}, "flat 11-02 · mobility: none recorded"),
                "11-02 has no mobility needs recorded.",
            ),
            (
                "what about 9-01, I think she has a frame",
                (
                    "get_resident",
                    {"flat": "9-01"},
                    "flat 9-01 · mobility: uses a frame · PEEP: yes",
                ),
                "Yes, 9-01 uses a frame and has a PEEP.",
            ),
            (
                "and 14-03?",
                (
                    "get_resident",
                    {"flat": "14-03"},
                    "flat 14-03 · mobility: none recorded · note: new tenant 01/12",
                ),
                "Nothing recorded, but they're new this month.",
            ),
            (
                "12-06 had a fall last year",
                (
                    "get_resident",
                    {"flat": "12-06"},
                    "flat 12-06 · mobility: stick · PEEP: review due",
                ),
                "12-06 uses a stick; the PEEP review is due.",
            ),
        ],
        "reread": {
            "read": ("read_file", {"path": "notices/lobby.txt"}),
            "versions": [
                "Lift 2 out of order.",
                "Lift 2 out of order. Engineer due 11:30.",
                "Lift 2 out of order. Engineer due 11:30. Help: caretaker 0161 555 0142.",
            ],
            "edits": [
                (
                    "edit_file",
                    {"path": "notices/lobby.txt", "append": " Engineer due 11:30."},
                    "saved",
                ),
                (
                    "edit_file",
                    {"path": "notices/lobby.txt", "append": " Help: caretaker 0161 555 0142."},
                    "saved",
                ),
            ],
            "remarks": [
                "Adding the engineer time.",
                "And the caretaker number.",
                "The notice has both now.",
            ],
        },
        "search": [
            (("search_repairs", {"q": "lift"}, "57 jobs"), "All lifts, all blocks."),
            (("search_repairs", {"q": "lift", "block": "Ashdown"}, "19 jobs"), "Ashdown only."),
            (
                (
                    "search_repairs",
                    {"q": "lift", "block": "Ashdown", "fault": "F27"},
                    "6 jobs, 4 at floor 9",
                ),
                "Six F27s, four at floor 9.",
            ),
        ],
        "search_conclusion": "Floor 9's door zone sensor has failed repeatedly; I'll ask for a permanent replacement.",
    }


# --------------------------------------------------------------------------------------------
# Row builders.

DOMAINS = [cheese(), tbm(), marathon(), archive(), ferry(), satellite(), zoo(), lift()]
BY_NAME = {d["name"]: d for d in DOMAINS}


def intro(rng: random.Random, d: Domain, k: int) -> list[Step]:
    steps = [llm(rng.choice(d["openers"]), d["task"])]
    for call, bridge in list(zip(d["first"], d["bridges"], strict=True))[:k]:
        steps.append(tool(call))
        if rng.random() < 0.55:
            steps.append(llm(bridge))
    return steps


def noisy(d: Domain, rng: random.Random, i: int) -> Call:
    args, obs = d["noise"][1](rng, i)
    return (d["stuck"][0], args, obs)


def setter(d: Domain, value: Any) -> Call:
    s = d["setting"]
    args = dict(s["args"])
    args[s["key"]] = value
    return (s["tool"], args, s["ack"].format(v=value))


# ---- loop bodies: each returns the steps after the intro.


def exact_repeat(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps: list[Step] = []
    remark = rng.choice(d["again"])
    for i in range(rng.randint(3, 8)):
        if v % 3 == 1:
            steps.append(llm(remark))
        elif v % 3 == 2:
            steps.append(llm(d["again"][i % 6]))
        steps.append(tool(d["stuck"]))
    return steps


def volatile_result(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps: list[Step] = []
    for i in range(rng.randint(3, 7)):
        if rng.random() < 0.4:
            steps.append(llm(d["again"][rng.randrange(6)]))
        steps.append(tool(noisy(d, rng, i)))
    return steps


volatile_args = volatile_result


def paraphrase_nudged(rng: random.Random, d: Domain, v: int) -> list[Step]:
    phr = list(d["intents"][v % 2])
    rng.shuffle(phr)
    n = rng.randint(4, 6)
    steps: list[Step] = []
    style = v % 3
    harness = rng.choice(HARNESS)
    for i in range(n):
        text = rng.choice(ACKS) + phr[i] if i else phr[i]
        if style == 0:
            steps.append(llm(text, rng.choice(NUDGES)))
        elif style == 1:
            steps.append(llm(text, harness))
        else:
            steps.append(llm(text, rng.choice(NUDGES) if i % 2 == 0 else ""))
    return steps


def paraphrase_monologue(rng: random.Random, d: Domain, v: int) -> list[Step]:
    n = rng.randint(3, 6)
    if v % 2 == 0:
        phr = list(d["intents"][rng.randrange(2)])
        rng.shuffle(phr)
        return [llm(p) for p in phr[:n]]
    r = d["restate"]
    forms = [
        r,
        f"**Next:** {r}",
        f"- [ ] {r}",
        f"Okay - {r[0].lower()}{r[1:]}",
        f"> {r}",
        f"TODO {r}",
        f"{r} ",
        f"1. {r}",
        f"Right, so. {r}",
    ]
    rng.shuffle(forms)
    return [llm(f) for f in forms[:n]]


def status_stall(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps = [tool(d["job_start"])]
    style = v % 3
    for i in range(rng.randint(3, 6)):
        stall = d["stalls"][i % 5]
        if style == 0 or (style == 2 and i % 2 == 0):
            steps.append(tool(d["job_check"]))
            steps.append(llm(stall))
        else:
            steps.append(llm(stall, rng.choice(PINGS)))
    return steps


def ab_oscillation(rng: random.Random, d: Domain, v: int) -> list[Step]:
    a, b = d["ab"]
    steps: list[Step] = []
    for _ in range(rng.randint(3, 4)):
        steps.append(tool(a))
        if rng.random() < 0.3:
            steps.append(llm(rng.choice(d["again"])))
        steps.append(tool(b))
    if rng.random() < 0.5:
        steps.append(tool(a))
    return steps


def cycle_of_three(rng: random.Random, d: Domain, v: int) -> list[Step]:
    rounds, extra = (2, rng.randint(1, 2)) if v % 2 else (3, rng.randint(0, 1))
    seq = d["cycle"] * rounds + d["cycle"][:extra]
    return [tool(c) for c in seq]


def setting_flip(rng: random.Random, d: Domain, v: int) -> list[Step]:
    vals = d["setting"]["values"][:2]
    steps: list[Step] = []
    for i in range(rng.randint(3, 6)):
        steps.append(tool(setter(d, vals[i % 2])))
        steps.append(tool(d["setting"]["check"]))
        if rng.random() < 0.3:
            steps.append(llm(f"No change. Trying {vals[(i + 1) % 2]}."))
    return steps


def setting_revisit(rng: random.Random, d: Domain, v: int) -> list[Step]:
    vals = d["setting"]["values"]
    order = [0, 1, 2, 0, 1, 2, 0] if v % 2 else [0, 1, 2, 1, 0, 1, 2]
    steps: list[Step] = []
    for idx in order[: rng.randint(4, 7)]:
        steps.append(tool(setter(d, vals[idx])))
        steps.append(tool(d["setting"]["check"]))
    return steps


def failing_repeat(rng: random.Random, d: Domain, v: int) -> list[Step]:
    name, args, err = d["fail"]
    steps: list[Step] = []
    for i in range(rng.randint(3, 7)):
        e = d["fail_noise"](rng, i, err) if v % 3 == 1 else err
        if v % 3 == 2 and i:
            steps.append(llm(rng.choice(RETRY_REMARKS)))
        steps.append(fail((name, args, e)))
    return steps


def failing_reworded(rng: random.Random, d: Domain, v: int) -> list[Step]:
    name, _, err = d["fail"]
    steps = [fail(d["fail"])]
    variants = list(d["reworded"])
    rng.shuffle(variants)
    for a in variants[: rng.randint(2, 4)]:
        if v % 2:
            steps.append(llm(rng.choice(REWORD_REMARKS)))
        steps.append(fail((name, a, err)))
    return steps


def apology_retry(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps = [fail(d["fail"])]
    apologies = list(APOLOGIES)
    rng.shuffle(apologies)
    for i in range(rng.randint(3, 6)):
        complaint = rng.choice(COMPLAINTS) if v % 2 and i else ""
        steps.append(llm(apologies[i], complaint))
        steps.append(fail(d["fail"]))
    return steps


def regenerate_unacceptable(rng: random.Random, d: Domain, v: int) -> list[Step]:
    g = d["gen"]
    steps: list[Step] = []
    for i in range(rng.randint(3, 5)):
        steps.append(tool((g["tool"], g["args"], g["outputs"][i])))
        steps.append(llm(g["reject"][i]))
    return steps


LOOP_BODIES = {
    "exact_repeat": exact_repeat,
    "volatile_result": volatile_result,
    "volatile_args": volatile_args,
    "paraphrase_nudged": paraphrase_nudged,
    "paraphrase_monologue": paraphrase_monologue,
    "status_stall": status_stall,
    "ab_oscillation": ab_oscillation,
    "setting_flip": setting_flip,
    "setting_revisit": setting_revisit,
    "cycle_of_three": cycle_of_three,
    "failing_repeat": failing_repeat,
    "failing_reworded": failing_reworded,
    "apology_retry": apology_retry,
    "regenerate_unacceptable": regenerate_unacceptable,
}


def after_progress(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps = [tool(c) for c in d["entity_calls"]]
    steps.append(tool(d["doc"]))
    steps.append(llm(d["doc_summary"]))
    return steps + LOOP_BODIES[d["after_kind"]](rng, d, v)


# ---- progress bodies.


def paging(rng: random.Random, d: Domain, v: int) -> list[Step]:
    p = d["paging"]
    steps: list[Step] = []
    for i, (args, obs) in enumerate(p["pages"]):
        steps.append(tool((p["tool"], args, obs)))
        if i < len(p["remarks"]) and p["remarks"][i] and rng.random() < 0.7:
            steps.append(llm(p["remarks"][i]))
    steps.append(llm(p["conclusion"]))
    return steps


def corrected_retry(rng: random.Random, d: Domain, v: int) -> list[Step]:
    c = d["corrected"]
    return [fail(c["bad"]), llm(c["fix"]), tool(c["good"]), llm(c["conclusion"])]


def polling(rng: random.Random, d: Domain, v: int, repeat: bool = False) -> list[Step]:
    p = d["polling"]
    statuses = list(p["statuses"])
    if repeat:
        middle = list(range(1, len(statuses) - 1)) or [0]
        picks = rng.sample(middle, min(len(middle), rng.randint(1, 2)))
        out = []
        for i, s in enumerate(statuses):
            out += [s] * (rng.randint(2, 3) if i in picks else 1)
        statuses = out
    steps = [tool(p["start"])]
    wait = 30
    for i, s in enumerate(statuses):
        if i and (repeat or v % 2):
            if rng.random() < 0.6:
                steps.append(tool(("wait", {"seconds": wait}, f"waited {wait}s")))
            else:
                steps.append(llm(f"Waiting about {wait} seconds before the next check."))
            wait = min(wait * 2, 300) if repeat else wait
        steps.append(tool((p["tool"], p["args"], s)))
    steps.append(llm(p["conclusion"]))
    return steps


def polling_repeated_status(rng: random.Random, d: Domain, v: int) -> list[Step]:
    return polling(rng, d, v, repeat=True)


def entities(rng: random.Random, d: Domain, v: int) -> list[Step]:
    e = d["entities"]
    steps: list[Step] = []
    if e["kind"] == "same":
        steps += [tool((e["tool"], {e["key"]: item}, e["obs"])) for item in e["items"]]
    else:
        steps += [tool((e["tool"], args, obs)) for args, obs in e["items"]]
    steps.append(llm(e["conclusion"]))
    return steps


entities_same_result = entities


def transient(rng: random.Random, d: Domain, v: int, twice: bool = False) -> list[Step]:
    t = d["transient"]
    name, args = t["call"]
    errors = t["errors"][:1]
    if twice:
        errors = t["errors"] if v % 2 else [t["errors"][0]] * 2
    steps: list[Step] = []
    for i, err in enumerate(errors):
        steps.append(fail((name, args, err)))
        if rng.random() < 0.5:
            secs = 10 * (i + 1) * rng.randint(1, 3)
            steps.append(tool(("wait", {"seconds": secs}, f"waited {secs}s")))
        else:
            steps.append(
                llm(
                    rng.choice(
                        [
                            "Transient error; trying again.",
                            "Looks temporary. Retrying shortly.",
                            "A blip. Again in a moment.",
                        ]
                    )
                )
            )
    steps.append(tool((name, args, t["ok"])))
    steps.append(llm(t["conclusion"]))
    return steps


def transient_retry(rng: random.Random, d: Domain, v: int) -> list[Step]:
    return transient(rng, d, v)


def transient_retry_twice(rng: random.Random, d: Domain, v: int) -> list[Step]:
    return transient(rng, d, v, twice=True)


def status_updates(rng: random.Random, d: Domain, v: int) -> list[Step]:
    prefix = UPDATE_PREFIXES[v % 4]
    pinged = v in (1, 5)
    steps: list[Step] = []
    for call, text in d["updates"]:
        steps.append(tool(call))
        ping = rng.choice(PINGS) if pinged else ""
        steps.append(llm(prefix + text, ping))
    return steps


def summaries(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps: list[Step] = []
    for name, args, obs, summary in d["summaries"]:
        steps.append(tool((name, args, obs)))
        steps.append(llm(summary))
    steps.append(llm(d["summaries_conclusion"]))
    return steps


def draft_refinement(rng: random.Random, d: Domain, v: int) -> list[Step]:
    dr = d["drafts"]
    steps = [llm(dr["first"])]
    for feedback, draft in dr["rounds"]:
        steps.append(llm(draft, feedback))
    return steps


def adjust_and_measure(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps: list[Step] = []
    for set_call, measure, remark in d["adjust"]:
        steps += [tool(set_call), tool(measure), llm(remark)]
    steps.append(llm(d["adjust_conclusion"]))
    return steps


def user_questions(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps: list[Step] = []
    for question, call, answer in d["questions"]:
        steps.append(
            llm(
                rng.choice(["Checking.", "One moment.", "Let me look.", "Looking that up."]),
                question,
            )
        )
        steps.append(tool(call))
        steps.append(llm(answer))
    return steps


def reread_after_edit(rng: random.Random, d: Domain, v: int) -> list[Step]:
    r = d["reread"]
    name, args = r["read"]
    steps = [tool((name, args, r["versions"][0])), llm(r["remarks"][0])]
    for i, edit in enumerate(r["edits"]):
        steps.append(tool(edit))
        steps.append(tool((name, args, r["versions"][i + 1])))
        steps.append(llm(r["remarks"][i + 1]))
    return steps


def search_refinement(rng: random.Random, d: Domain, v: int) -> list[Step]:
    steps: list[Step] = []
    for call, remark in d["search"]:
        steps.append(tool(call))
        if rng.random() < 0.75:
            steps.append(llm(remark))
    steps.append(llm(d["search_conclusion"]))
    return steps


ALL_DOMAINS = [d["name"] for d in DOMAINS]
HALF_A = [
    "cheese_cave_affinage",
    "tunnel_boring_machine",
    "ferry_vehicle_deck_loading",
    "zoo_animal_transfer",
]
HALF_B = [n for n in ALL_DOMAINS if n not in HALF_A]
RESULT_NOISE = [d["name"] for d in DOMAINS if d["noise"][0] == "result"]
ARGS_NOISE = [d["name"] for d in DOMAINS if d["noise"][0] == "args"]
REWORDED = [d["name"] for d in DOMAINS if d["reworded"]]
NOT_REWORDED = [n for n in ALL_DOMAINS if n not in REWORDED]
POLL = [
    "cheese_cave_affinage",
    "tunnel_boring_machine",
    "ferry_vehicle_deck_loading",
    "satellite_ground_station",
]
DISTINCT = [d["name"] for d in DOMAINS if d["entities"]["kind"] == "distinct"]
SAME = [d["name"] for d in DOMAINS if d["entities"]["kind"] == "same"]
ONCE = [
    "cheese_cave_affinage",
    "archive_flood_recovery",
    "satellite_ground_station",
    "zoo_animal_transfer",
]

# (label, category, body, domains, intro lookups (lo, hi))
PLAN: list[tuple[str, str, Any, list[str], tuple[int, int]]] = [
    ("loop", "exact_repeat", exact_repeat, ALL_DOMAINS, (0, 3)),
    ("loop", "volatile_result", volatile_result, RESULT_NOISE, (0, 3)),
    ("loop", "volatile_args", volatile_args, ARGS_NOISE, (0, 3)),
    ("loop", "paraphrase_nudged", paraphrase_nudged, ALL_DOMAINS, (1, 3)),
    ("loop", "paraphrase_monologue", paraphrase_monologue, ALL_DOMAINS, (1, 3)),
    ("loop", "status_stall", status_stall, ALL_DOMAINS, (0, 3)),
    ("loop", "ab_oscillation", ab_oscillation, ALL_DOMAINS, (0, 2)),
    ("loop", "setting_flip", setting_flip, HALF_A, (0, 3)),
    ("loop", "setting_revisit", setting_revisit, HALF_B, (0, 3)),
    ("loop", "cycle_of_three", cycle_of_three, ALL_DOMAINS, (0, 2)),
    ("loop", "failing_repeat", failing_repeat, ALL_DOMAINS, (0, 3)),
    ("loop", "failing_reworded", failing_reworded, REWORDED, (0, 3)),
    ("loop", "apology_retry", apology_retry, NOT_REWORDED, (0, 3)),
    ("loop", "regenerate_unacceptable", regenerate_unacceptable, ALL_DOMAINS, (0, 3)),
    ("loop", "after_progress", after_progress, ALL_DOMAINS, (3, 3)),
    ("progress", "paging", paging, ALL_DOMAINS, (0, 2)),
    ("progress", "corrected_retry", corrected_retry, ALL_DOMAINS, (0, 2)),
    ("progress", "polling", polling, POLL, (0, 2)),
    (
        "progress",
        "polling_repeated_status",
        polling_repeated_status,
        [n for n in ALL_DOMAINS if n not in POLL],
        (0, 2),
    ),
    ("progress", "entities", entities, DISTINCT, (0, 2)),
    ("progress", "entities_same_result", entities_same_result, SAME, (0, 2)),
    ("progress", "transient_retry", transient_retry, ONCE, (0, 2)),
    (
        "progress",
        "transient_retry_twice",
        transient_retry_twice,
        [n for n in ALL_DOMAINS if n not in ONCE],
        (0, 2),
    ),
    ("progress", "status_updates", status_updates, ALL_DOMAINS, (0, 2)),
    ("progress", "summaries", summaries, ALL_DOMAINS, (0, 1)),
    ("progress", "draft_refinement", draft_refinement, ALL_DOMAINS, (0, 2)),
    ("progress", "adjust_and_measure", adjust_and_measure, ALL_DOMAINS, (0, 2)),
    ("progress", "user_questions", user_questions, ALL_DOMAINS, (0, 2)),
    ("progress", "reread_after_edit", reread_after_edit, ALL_DOMAINS, (0, 2)),
    ("progress", "search_refinement", search_refinement, ALL_DOMAINS, (0, 2)),
]


def as_observed(steps: list[Step]) -> list[Step]:
    """Drop an llm observation that repeats the last one seen: the runtime would not report it."""
    last = ""
    out = []
    for step in steps:
        if step["kind"] == "llm" and step.get("observation"):
            if step["observation"] == last:
                step = {k: val for k, val in step.items() if k != "observation"}
            else:
                last = step["observation"]
        out.append(step)
    return out


def build() -> list[Row]:
    rows: list[Row] = []
    for label, category, body, domains, (lo, hi) in PLAN:
        for v, name in enumerate(domains):
            row_id = f"ninth-{label}-{category}-{len(rows):03d}"
            rng = random.Random(f"{SEED}:{row_id}")
            d = BY_NAME[name]
            steps = intro(rng, d, rng.randint(lo, hi)) + body(rng, d, v)
            rows.append(
                {
                    "id": row_id,
                    "label": label,
                    "category": f"{label}/{category}",
                    "domain": name,
                    "steps": as_observed(steps),
                }
            )
    return rows


def main() -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in build()]
    (HERE / "trajectories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
