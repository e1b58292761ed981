"""Build the tenth loop-detection set: ``trajectories.jsonl`` next to this file.

Written before the ninth tuning round, as its unseen measure (see ``README.md``). Every row
draws from its own ``random.Random``, seeded with ``SEED`` and the row's id, so the output is
deterministic. Run ``python tests/data/trajectories_tenth/generate.py`` to rewrite the file.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEED = 58204417

Row = dict[str, Any]
Step = dict[str, Any]
Call = tuple[str, dict[str, Any], str]
R = random.Random

# --------------------------------------------------------------------------- shared banks

NUDGES = [
    "go on then",
    "right, continue",
    "sounds fine",
    "k",
    "sure, do it",
    "fine by me",
    "proceed",
    "ok, and?",
    "alright",
    "✅",
    "yes please",
    "carry on when ready",
]
HARNESS = [
    "[runner] turn budget remaining: ample. No user message.",
    "<system-note>The requester is offline. Continue autonomously.</system-note>",
    "(scheduler) no new instructions - resume the task",
]
PINGS = [
    "status?",
    "any news",
    "how's it going?",
    "still there?",
    "update pls",
    "is it done yet",
    "what's happening",
    "?",
]
APOLOGIES = [
    "Sorry about that - trying it again.",
    "My apologies, that should have gone through. Once more.",
    "Apologies for the hold-up. Resubmitting.",
    "Sorry! Let me send that again.",
    "That's on me, sorry. Trying again now.",
    "I apologise for the repeated failure; re-issuing the request.",
    "Sorry, one more go.",
    "Apologies - retrying the same call.",
]
COMPLAINTS = [
    "you've tried that already",
    "this is the same error every time",
    "stop hammering it, it's not working",
    "why do you keep doing the same thing",
    "that's the fourth time now",
]
RETRY_REMARKS = [
    "Retrying.",
    "Trying again.",
    "Once more.",
    "Let me re-run that.",
    "Might have been a blip; again.",
    "Re-sending.",
]
REWORD_REMARKS = [
    "Perhaps it wants a different format.",
    "Maybe the key name is the problem.",
    "Could be the casing. Adjusting.",
    "Let me phrase the argument differently.",
    "Maybe it wants a list.",
]
UPDATE_PREFIXES = ["Status: ", "Quick update - ", "Log: ", "Checkpoint: ", "So far: "]
SURE = ["Sure. ", "Will do. ", "Understood. ", "On it. ", "Okay. ", ""]
MONO_FORMS: list[Callable[[str], str]] = [
    lambda s: s,
    lambda s: f"**Next step:** {s}",
    lambda s: f"* [ ] {s}",
    lambda s: f">> {s}",
    lambda s: f"NEXT: {s}",
    lambda s: f"Step 1. {s}",
    lambda s: f"Okay so - {s}",
    lambda s: f"{s}  ",
    lambda s: f"Plan: {s.lower()}",
    lambda s: f"So. {s}",
]


def llm(text: str, obs: str = "") -> Step:
    step: Step = {"kind": "llm", "text": text}
    if obs:
        step["observation"] = obs
    return step


def tool(name: str, args: dict[str, Any], obs: str, error: bool = False) -> Step:
    return {
        "kind": "tool",
        "tool": name,
        "args": copy.deepcopy(args),
        "observation": obs,
        "error": error,
    }


def call(c: Call, error: bool = False) -> Step:
    return tool(c[0], c[1], c[2], error)


def hexid(rng: R, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def hhmmss(rng: R, base_h: int, i: int) -> str:
    m = (i * rng.randint(1, 4) + rng.randint(0, 9)) % 60
    return f"{base_h:02d}:{m:02d}:{rng.randint(0, 59):02d}"


# --------------------------------------------------------------------------- domains
# Each domain is a dict of material; the category builders below draw from it.


def bakery() -> dict[str, Any]:
    oven3 = (
        "OVN3 state=FAULT code=E-14 sp=250 pv=196 burner=OFF\n"
        "OVN3 last_ok=23:08 fault_at=23:10 resets_tonight=2"
    )
    silo = "SILO-B flour=T65 level=1340kg (17%) low_alarm=1500kg last_fill=Mon 06:40"
    orders = (
        "route HOTELS · 9 drops · van V2\n"
        "  baguette 1800 · pain de mie 600 · croissant 0\n"
        "  first drop 05:50 Grand Hôtel Quai · last 07:15 Ibis Gare"
    )
    cab = "PROOF-2 temp=27.5C rh=78% racks=6/12 door=closed"
    check_tx = "TX-3391 flour A->B 900kg state=QUEUED pump=P2 note=waiting_interlock"

    def vol_result(rng: R, i: int) -> str:
        pv = rng.choice([196, 196, 195, 197])
        return (
            f"OVN3 state=FAULT code=E-14 sp=250 pv={pv} burner=OFF\n"
            f"OVN3 last_ok=23:08 fault_at=23:10 resets_tonight=2\n"
            f"# read {hhmmss(rng, 0, i)} poll#{1200 + i * rng.randint(3, 9)}"
        )

    def regen(rng: R, i: int) -> str:
        a = rng.choice(["baguette 600", "baguette 540", "pain de mie 300", "baguette 720"])
        t = rng.choice(["01:10", "01:40", "02:05", "00:50"])
        return (
            f"plan v{i + 2} · 4 ovens\n"
            f"  OVN1 baguette {rng.choice([540, 600, 660])} from 00:30\n"
            f"  OVN2 pain de mie {rng.choice([300, 280, 320])} from 00:45\n"
            f"  OVN3 {a} from {t}\n"
            f"  OVN4 baguette {rng.choice([480, 540, 600])} from 01:00\n"
            f"  vans ready {rng.choice(['05:20', '05:25', '05:30'])}"
        )

    return {
        "name": "bakery_night_production",
        "tasks": [
            "night shift at Fournil Nord. hotels want 1800 baguettes + 600 pain de mie, vans go "
            "at 05:30. deck oven 3 threw E-14 at 23:10 and won't hold 250. silo B is low. "
            "DO NOT use the rye starter in tub R2, it's off (acetone smell). sort the bake so "
            "the hotels get fed",
            "Karim here, night lead. Oven 3 is down on E-14 since ten past eleven, silo B "
            "nearly empty, and the hotel route still needs 1800 baguettes and 600 pain de mie "
            "by 05:30. Leave tub R2 alone, that starter's gone bad. Can you rework the bake?",
        ],
        "openers": [
            "ok. checking the ovens first.",
            "Right, let me see what oven 3 is actually doing.",
            "On it - ovens, flour, then orders.",
            "Sure. Starting with the oven controller.",
        ],
        "first": [
            (
                ("get_oven", {"oven": 3}, oven3),
                ["E-14, stuck at 196. burner's off.", "oven 3 is out, two resets already."],
            ),
            (
                ("get_silo", {"silo": "B"}, silo),
                ["1340 kg in B. under the alarm.", "silo B is at 17%, tight."],
            ),
            (
                ("list_orders", {"route": "HOTELS"}, orders),
                ["1800 + 600, nine drops.", "hotel route confirmed."],
            ),
        ],
        "stuck": ("get_oven", {"oven": 3}, oven3),
        "again": [
            "let me look at oven 3 again.",
            "checking oven 3 once more.",
            "one more look at the controller.",
            "Re-reading OVN3.",
            "maybe it cleared. checking.",
            "see if 3 has come back.",
        ],
        "vol_result": vol_result,
        "intents": [
            [
                "I'll move the oven 3 batches onto ovens 1, 2 and 4 now.",
                "Next I'm going to spread oven 3's load across the other three decks.",
                "Going to re-split the bake so ovens 1, 2 and 4 carry oven 3's share.",
                "Time to redistribute what oven 3 was meant to bake.",
                "Let me put oven 3's batches on the remaining ovens.",
                "Right - reassigning oven 3's work to 1, 2 and 4.",
            ],
            [
                "I'll arrange a flour transfer from silo A into B before the next mix.",
                "Next up: top up silo B from A so the mixers don't starve.",
                "Going to get flour moved across from A to B.",
                "Let me sort the silo B shortfall by pumping from A.",
                "I'm going to request the A-to-B transfer now.",
                "Moving flour from A into B is the next thing.",
            ],
        ],
        "restate": [
            "Reassign oven 3's batches to ovens 1, 2 and 4.",
            "Transfer 900 kg from silo A to silo B.",
        ],
        "job": {
            "start": (
                "request_flour_transfer",
                {"from": "A", "to": "B", "kg": 900},
                "transfer TX-3391 created, state=QUEUED",
            ),
            "started": [
                "transfer TX-3391 is queued. will keep an eye on it.",
                "ok, TX-3391 requested. checking it in a bit.",
            ],
            "check": ("get_transfer", {"id": "TX-3391"}, check_tx),
            "stalls": [
                "still queued. I'll check again shortly.",
                "TX-3391 hasn't started yet, waiting on the interlock. will look again.",
                "nothing yet - I'll give it another minute and check.",
                "still waiting on the transfer. checking again soon.",
                "queued still. I'll keep monitoring it.",
                "no movement on TX-3391. I'll check back.",
            ],
        },
        "ab": (("get_oven", {"oven": 3}, oven3), ("get_proof_cabinet", {"cabinet": 2}, cab)),
        "cycle": (
            ("get_oven", {"oven": 3}, oven3),
            ("get_silo", {"silo": "B"}, silo),
            ("get_proof_cabinet", {"cabinet": 2}, cab),
        ),
        "setting": {
            "tool": "set_oven_mode",
            "args": {"oven": 3},
            "key": "mode",
            "values": ["deck", "convection", "steam-assist"],
            "obs": "OVN3 mode -> {v} accepted (applies when state=READY)",
            "check": ("get_oven", {"oven": 3}, oven3),
        },
        "fail": {
            "call": (
                "dispatch_van",
                {"route": "HOTELS", "van": "V2"},
                "ERROR van V2 locked: MOT expired 14/11 (fleet rule 3.2)",
            ),
            "err": lambda rng: (
                f"ERROR van V2 locked: MOT expired 14/11 (fleet rule 3.2) req={hexid(rng, 6)}"
            ),
            "reworded": [
                {"route": "hotels", "van": "v2"},
                {"route": "HOTELS", "vehicle": "V2"},
                {"route": "HOTELS", "van": ["V2"]},
                {"route": "HOTELS", "van": "V2", "force": True},
            ],
        },
        "regen": {
            "tool": "generate_bake_plan",
            "args": {"date": "tonight", "ovens": [1, 2, 3, 4]},
            "out": regen,
            "rejects": [
                "this still puts a batch on oven 3, which is faulted. regenerating.",
                "no good - OVN3 is in there again. another go.",
                "again it schedules oven 3. trying once more.",
                "oven 3 has work in this one too. regenerate.",
                "still using OVN3. can't bake on a dead oven.",
            ],
        },
        "entities": {
            "tool": "get_drop",
            "items": [
                (
                    {"hotel": "Grand Hôtel Quai"},
                    "Grand Hôtel Quai · baguette 420 · mie 120 · 05:50",
                ),
                ({"hotel": "Hôtel des Arts"}, "Hôtel des Arts · baguette 180 · mie 60 · 06:05"),
                ({"hotel": "Novotel Centre"}, "Novotel Centre · baguette 360 · mie 140 · 06:25"),
                ({"hotel": "Le Cours"}, "Le Cours · baguette 90 · mie 40 · 06:40 · side door"),
                ({"hotel": "Ibis Gare"}, "Ibis Gare · baguette 300 · mie 100 · 07:15"),
            ],
            "remarks": ["ok.", "noted.", "next.", "fine."],
            "concl": "five biggest drops add up to 1350 baguettes and 460 mie; the Quai "
            "needs the first rack out of the oven.",
            "same_tool": "check_allergen_label",
            "same_items": [
                {"product": p}
                for p in ["baguette", "pain de mie", "ficelle", "baguette tradition", "bâtard"]
            ],
            "same_obs": "label rev 7 · sesame: absent · nuts: absent · declaration current",
            "same_concl": "all five labels are on rev 7 and clean - nothing to reprint.",
        },
        "paging": {
            "tool": "list_batches",
            "pages": [
                (
                    {"shift": "night", "page": 1},
                    "B-801 baguette 300 OVN1 done\nB-802 baguette 300 OVN2 done\n"
                    "B-803 mie 120 OVN3 ABORTED\n-- page 1/3",
                ),
                (
                    {"shift": "night", "page": 2},
                    "B-804 baguette 300 OVN4 baking\nB-805 mie 120 OVN2 proofing\n"
                    "B-806 baguette 300 OVN3 NOT STARTED\n-- page 2/3",
                ),
                (
                    {"shift": "night", "page": 3},
                    "B-807 baguette 300 unassigned\nB-808 mie 120 unassigned\n-- page 3/3",
                ),
            ],
            "remarks": [
                "one aborted on oven 3.",
                "another oven 3 batch never started.",
                "two unassigned.",
            ],
            "concl": "so B-803 and B-806 died with oven 3, and B-807/808 have no oven. "
            "that's 420 baguettes and 240 mie to find a home for.",
        },
        "corrected": {
            "bad": (
                "get_order",
                {"order": 4471},
                "ERROR unknown order '4471' - order ids look like HT-0000",
            ),
            "why": "needs the HT- prefix.",
            "good": (
                "get_order",
                {"order": "HT-4471"},
                "HT-4471 Novotel Centre · baguette 360 · mie 140 · standing order",
            ),
            "concl": "Novotel is a standing order, 360 + 140. that's in the plan.",
        },
        "polling": {
            "start": (
                "start_mix",
                {"mixer": "M2", "recipe": "baguette", "kg": 180},
                "mix job MX-5520 started",
            ),
            "tool": "get_mix",
            "args": {"job": "MX-5520"},
            "statuses": [
                "MX-5520 M2 stage=FRASAGE 3:00 left dough=22C",
                "MX-5520 M2 stage=PETRISSAGE 6:00 left dough=23C",
                "MX-5520 M2 stage=AUTOLYSE_REST 12:00 left",
                "MX-5520 M2 stage=DONE dough=24C ready_to_divide",
            ],
            "concl": "MX-5520 done at 24C, sending it to the divider.",
        },
        "transient": {
            "call": ("get_silo", {"silo": "A"}),
            "errs": ["ERROR sensor bus timeout (modbus 0x0B)", "ERROR gateway busy, retry"],
            "ok": "SILO-A flour=T65 level=6100kg (76%) last_fill=Sat 05:15",
            "concl": "A has 6100 kg, plenty to move 900 across to B.",
        },
        "updates": [
            (
                ("get_oven", {"oven": 1}, "OVN1 state=BAKING sp=250 pv=249 load=B-809"),
                "oven 1 on B-809, 1020 baguettes still to bake, 5h10 to vans.",
            ),
            (
                ("get_oven", {"oven": 4}, "OVN4 state=BAKING sp=250 pv=247 load=B-810"),
                "oven 4 on B-810, 720 baguettes still to bake, 4h35 to vans.",
            ),
            (
                ("get_oven", {"oven": 2}, "OVN2 state=BAKING sp=220 pv=221 load=B-811 (mie)"),
                "oven 2 on B-811 mie, 420 baguettes still to bake, 3h50 to vans.",
            ),
            (
                ("get_oven", {"oven": 1}, "OVN1 state=BAKING sp=250 pv=250 load=B-812"),
                "oven 1 on B-812, 120 baguettes still to bake, 2h15 to vans.",
            ),
        ],
        "summaries": [
            (
                (
                    "read_doc",
                    {"doc": "oven3_manual_E14.pdf"},
                    "E-14: flame not proven after 3 "
                    "ignition attempts. Check gas pressure, ionisation probe. Do not reset more "
                    "than 3 times; call service.",
                ),
                "E-14 is flame failure. we've reset twice, so one left at most - better to call "
                "service.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "hotel_contract_2024.pdf"},
                    "Late delivery >30 min: 15% "
                    "credit on the drop. Short delivery: customer may source elsewhere and recharge.",
                ),
                "late costs 15% per drop, short lets them recharge us. short is worse.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "rota_night.xlsx"},
                    "Karim 22-06, Lou 22-06, Sami 00-06, Dee (agency) 02-06",
                ),
                "four on till six, Dee from two. enough hands for three ovens.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "haccp_starter_log.csv"},
                    "R1 ok 21:00 · R2 REJECT 21:05 acetone note · R3 ok 21:10",
                ),
                "R2 rejected at 21:05, R1 and R3 fine. the rye uses R3 tonight.",
            ),
        ],
        "sum_concl": "so: one reset left on oven 3 then service, never ship short, three "
        "ovens and four bakers are enough, rye on R3.",
        "drafts": [
            "Day note: oven 3 down on E-14 from 23:10. Batches moved to ovens 1, 2, 4. "
            "Hotels covered.",
            [
                (
                    "say which batches",
                    "Day note: oven 3 down on E-14 from 23:10. B-803 and "
                    "B-806 moved to ovens 1, 2, 4. Hotels covered.",
                ),
                (
                    "mention the service call",
                    "Day note: oven 3 down on E-14 from 23:10. B-803 "
                    "and B-806 moved to ovens 1, 2, 4. Service booked for 08:00. Hotels covered.",
                ),
                (
                    "and R2",
                    "Day note: oven 3 down on E-14 from 23:10. B-803 and B-806 moved to "
                    "ovens 1, 2, 4. Service booked for 08:00. R2 starter binned (acetone). "
                    "Hotels covered.",
                ),
            ],
        ],
        "adjust": [
            (
                ("set_oven_temp", {"oven": 4, "sp": 260}, "OVN4 sp 250->260 ok"),
                ("probe_batch", {"batch": "B-810"}, "B-810 core 98C crust L*=52 (target 58-62)"),
                "too dark at 260. backing off.",
            ),
            (
                ("set_oven_temp", {"oven": 4, "sp": 245}, "OVN4 sp 260->245 ok"),
                ("probe_batch", {"batch": "B-813"}, "B-813 core 94C crust L*=66"),
                "now pale. split the difference.",
            ),
            (
                ("set_oven_temp", {"oven": 4, "sp": 252}, "OVN4 sp 245->252 ok"),
                ("probe_batch", {"batch": "B-814"}, "B-814 core 97C crust L*=60"),
                "60, right in the window. leaving oven 4 at 252.",
            ),
        ],
        "questions": {
            "tool": "get_drop",
            "items": [
                (
                    "how many for the Quai?",
                    {"hotel": "Grand Hôtel Quai"},
                    "Grand Hôtel Quai · baguette 420 · mie 120 · 05:50",
                    "420 baguettes, 120 mie, first drop at 05:50.",
                ),
                (
                    "and Hôtel des Arts?",
                    {"hotel": "Hôtel des Arts"},
                    "Hôtel des Arts · baguette 180 · mie 60 · 06:05",
                    "180 and 60, at 06:05.",
                ),
                (
                    "Le Cours?",
                    {"hotel": "Le Cours"},
                    "Le Cours · baguette 90 · mie 40 · 06:40 · side door",
                    "90 and 40 at 06:40 - side door.",
                ),
                (
                    "what about Ibis",
                    {"hotel": "Ibis Gare"},
                    "Ibis Gare · baguette 300 · mie 100 · 07:15",
                    "Ibis is last, 300 and 100 at 07:15.",
                ),
            ],
        },
        "reread": {
            "read": ("read_file", {"path": "plans/tonight.txt"}),
            "v": [
                "OVN1: B-801 B-807\nOVN2: B-802 B-805\nOVN3: B-803 B-806\nOVN4: B-804",
                "OVN1: B-801 B-807 B-803\nOVN2: B-802 B-805\nOVN3: -\nOVN4: B-804 B-806",
                "OVN1: B-801 B-807 B-803\nOVN2: B-802 B-805 B-808\nOVN3: -\nOVN4: B-804 B-806",
            ],
            "edits": [
                (
                    "edit_file",
                    {"path": "plans/tonight.txt", "move": {"B-803": "OVN1", "B-806": "OVN4"}},
                    "saved",
                ),
                ("edit_file", {"path": "plans/tonight.txt", "move": {"B-808": "OVN2"}}, "saved"),
            ],
            "remarks": [
                "oven 3 still has two batches.",
                "oven 3 empty now. B-808 missing.",
                "everything's placed, nothing on 3.",
            ],
        },
        "search": {
            "tool": "search_recipes",
            "items": [
                ({"q": "baguette"}, "41 recipes"),
                ({"q": "baguette", "hydration_max": 70}, "12 recipes"),
                (
                    {"q": "baguette", "hydration_max": 70, "starter": "none"},
                    "3 recipes: BAG-POOLISH-2, BAG-DIRECT-1, BAG-DIRECT-4",
                ),
            ],
            "remarks": ["too many.", "twelve - most use a starter.", "three, no starter."],
            "concl": "BAG-DIRECT-1 it is: no starter, 68% hydration, nothing from tub R2.",
        },
    }


def radio() -> dict[str, Any]:
    now = (
        "PLAYOUT studio-B | ON AIR: 'Late Lines' (Jess) | next: NEWS 22:00 | SPOT 'Harbour "
        "Tyres 30s' MISSING (cart 4417) | silence-detector: armed"
    )
    log = "22:00 NEWS feed=IRN ok | 22:03 SPOT cart 4417 -> EMPTY SLOT | 22:04 bed music"
    lic = "licence RSL-0911 · key commitments: 2h local speech/day · today so far 1h12m"
    stream = "stream icecast-1 listeners=212 bitrate=128k mount=/live uptime=3d"

    def vol_result(rng: R, i: int) -> str:
        ts = hhmmss(rng, 21, i)
        tail = f"clock {ts} | buffer {rng.randint(180, 260)}ms"
        return f"{tail}\n{now}" if rng.random() < 0.5 else f"{now}\n{tail}"

    def regen(rng: R, i: int) -> str:
        tracks = rng.sample(
            [
                "Lowtide - Pier",
                "The Gulls - Rope",
                "Maya K - Nightbus",
                "Fenland - Salt",
                "Orla - Keep",
                "Dunes - 4am",
            ],
            3,
        )
        return (
            f"hour 23 clock v{i + 1}: "
            + " / ".join(tracks)
            + f" / SPOT cart 4417 @23:{rng.choice(['18', '22', '27'])} / ID"
        )

    return {
        "name": "community_radio_playout",
        "tasks": [
            "hey it's Dev, station manager at Harbour FM. the 22:03 ad break has an empty "
            "slot - Harbour Tyres' spot, cart 4417, vanished from the system and they've paid "
            "for it. also we're short on local speech for the licence today. can you fix the "
            "logs for tonight? don't touch the emergency-alert cart 9000, ever.",
            "Harbour FM here. Cart 4417 (Harbour Tyres, 30s) is missing from playout, tonight's "
            "breaks reference it, and Ofcom wants 2 hours of local speech a day - we're at "
            "an hour and a bit. Please sort tonight out. Cart 9000 is the EAS cart: hands off.",
        ],
        "openers": [
            "cool, let's see what's on air right now.",
            "Alright! Starting with the playout status.",
            "yep - checking studio B first.",
            "Sure thing, having a look at the log.",
        ],
        "first": [
            (
                ("get_playout_status", {"studio": "B"}, now),
                ["so the tyres spot is flagged missing.", "cart 4417 gone, right."],
            ),
            (
                ("get_log", {"hour": 22}, log),
                ["the 22:03 slot would play dead air-ish.", "yeah, 22:03 hits an empty slot."],
            ),
            (
                ("get_licence", {"id": "RSL-0911"}, lic),
                ["48 minutes of speech to find.", "need 48 more minutes local speech."],
            ),
        ],
        "stuck": ("get_playout_status", {"studio": "B"}, now),
        "again": [
            "checking playout again.",
            "let me refresh studio B.",
            "maybe the cart's reappeared - looking.",
            "one more look at the status.",
            "refreshing.",
            "hmm, checking it again.",
        ],
        "vol_result": vol_result,
        "intents": [
            [
                "I'll restore cart 4417 from the ad archive now.",
                "Next: pull the Harbour Tyres spot back out of the archive.",
                "Going to recover 4417 from the backup.",
                "Let me get that tyres ad restored from archive.",
                "Okay, restoring the missing cart from the archive is next.",
                "I'm going to bring cart 4417 back from the archive copy.",
            ],
            [
                "I'll add a local-speech segment to the 23:00 hour.",
                "Next I'm slotting more local talk into hour 23.",
                "Going to build a speech package for eleven o'clock.",
                "Let me put 48 minutes of local speech into the late hours.",
                "Time to schedule the extra local speech.",
                "I'm going to fill the speech gap in tonight's late show.",
            ],
        ],
        "restate": ["Restore cart 4417 from the archive.", "Add local speech to hour 23."],
        "job": {
            "start": (
                "request_archive_restore",
                {"cart": 4417},
                "restore job AR-7710 submitted to archive-nas",
            ),
            "started": [
                "restore AR-7710 submitted. I'll check on it.",
                "ok, AR-7710 is in. will poll it.",
            ],
            "check": (
                "get_restore",
                {"job": "AR-7710"},
                "AR-7710 cart=4417 state=PENDING worker=none queue_pos=1",
            ),
            "stalls": [
                "still pending. I'll check back in a sec.",
                "AR-7710 hasn't been picked up yet. checking again soon.",
                "no worker on it yet - I'll keep watching.",
                "pending still, queue position 1. I'll look again.",
                "still waiting for the restore to start.",
                "not moving yet; I'll check again in a minute.",
            ],
        },
        "ab": (("get_playout_status", {"studio": "B"}, now), ("get_log", {"hour": 22}, log)),
        "cycle": (
            ("get_playout_status", {"studio": "B"}, now),
            ("get_log", {"hour": 22}, log),
            ("get_stream", {"mount": "/live"}, stream),
        ),
        "setting": {
            "tool": "set_cart_source",
            "args": {"cart": 4417},
            "key": "source",
            "values": ["local", "archive", "network"],
            "obs": "cart 4417 source={v} saved (file still absent)",
            "check": ("get_log", {"hour": 22}, log),
        },
        "fail": {
            "call": (
                "upload_cart",
                {"cart": 4417, "file": "harbour_tyres_30s.wav"},
                "403 Forbidden: upload quota exceeded for station HFM (2.0/2.0 GB)",
            ),
            "err": lambda rng: (
                "403 Forbidden: upload quota exceeded for station HFM "
                f"(2.0/2.0 GB) trace={hexid(rng, 10)}"
            ),
            "reworded": [
                {"cart": "4417", "file": "harbour_tyres_30s.wav"},
                {"cart_id": 4417, "path": "harbour_tyres_30s.wav"},
                {"cart": 4417, "file": "Harbour_Tyres_30s.WAV"},
                {"cart": 4417, "file": "harbour_tyres_30s.wav", "priority": "high"},
            ],
        },
        "regen": {
            "tool": "generate_hour_clock",
            "args": {"hour": 23, "speech_min": 24},
            "out": regen,
            "rejects": [
                "no speech segment at all in this one. again.",
                "zero local speech again - regenerating.",
                "music, spot, ID... still no speech. another go.",
                "it ignores the speech minutes every time. retry.",
                "still all music. once more.",
            ],
        },
        "entities": {
            "tool": "get_cart",
            "items": [
                ({"cart": 4410}, "4410 'Quayside Chippy 20s' ok 0:20 plays_left=12"),
                ({"cart": 4412}, "4412 'Lifeboat Appeal 40s' ok 0:40 plays_left=30"),
                ({"cart": 4414}, "4414 'Council Bins 30s' EXPIRED 31/10"),
                ({"cart": 4416}, "4416 'Mo's Barbers 30s' ok 0:30 plays_left=4"),
                ({"cart": 4418}, "4418 'Ferry Times 15s' ok 0:15 plays_left=60"),
            ],
            "remarks": ["fine.", "that one's expired.", "low on plays."],
            "concl": "4414 expired and should come out of the clocks; 4416 has four plays "
            "left. the rest of the break is fine.",
        },
        "paging": {
            "tool": "list_spots",
            "pages": [
                (
                    {"date": "today", "cursor": None},
                    "4410 22:03 · 4412 22:03 · 4417 22:03 (MISSING) · next_cursor=c_8fe1",
                ),
                (
                    {"date": "today", "cursor": "c_8fe1"},
                    "4414 22:33 (EXPIRED) · 4417 23:03 (MISSING) · next_cursor=c_91aa",
                ),
                ({"date": "today", "cursor": "c_91aa"}, "4418 23:33 · next_cursor=null"),
            ],
            "remarks": [
                "first miss at 22:03.",
                "4417 is in 23:03 too, plus an expired one.",
                "last page.",
            ],
            "concl": "4417 is booked twice tonight (22:03, 23:03) and 4414 once after "
            "expiry. three slots to fix.",
        },
        "corrected": {
            "bad": (
                "get_cart",
                {"cart": "harbour tyres"},
                "400 cart must be numeric (got 'harbour tyres')",
            ),
            "why": "it wants the number, not the name.",
            "good": (
                "get_cart",
                {"cart": 4417},
                "4417 'Harbour Tyres 30s' FILE NOT FOUND last_played=yesterday 18:03",
            ),
            "concl": "played fine yesterday at 18:03, so the file went missing since then.",
        },
        "polling": {
            "start": (
                "render_promo",
                {"script": "speech_pkg_23", "voice": "Jess"},
                "render RP-118 queued",
            ),
            "tool": "get_render",
            "args": {"job": "RP-118"},
            "statuses": [
                "RP-118 queued",
                "RP-118 rendering 35%",
                "RP-118 loudness-normalising",
                "RP-118 done -> cart 5120 (4:58)",
            ],
            "concl": "promo rendered into cart 5120, nearly five minutes of local speech.",
        },
        "transient": {
            "call": ("get_stream", {"mount": "/live"}),
            "errs": ["502 Bad Gateway (icecast-1)", "timeout after 5000ms"],
            "ok": stream,
            "concl": "stream's up with 212 listeners, so it's only the cart.",
        },
        "updates": [
            (
                (
                    "get_log",
                    {"hour": 22},
                    "22:03 SPOT 4417 -> REPLACED by 5121 'Harbour Tyres (read)'",
                ),
                "22:03 fixed with a live read, speech total 1h12m, 2 slots left.",
            ),
            (
                ("get_log", {"hour": 23}, "23:03 SPOT 4417 -> REPLACED by 5121"),
                "23:03 fixed with the same read, speech total 1h13m, 1 slot left.",
            ),
            (
                ("get_log", {"hour": 23}, "23:10 SPEECH 5120 4:58 added"),
                "speech package in at 23:10, speech total 1h18m, 1 slot left.",
            ),
            (
                ("get_log", {"hour": 22}, "22:33 SPOT 4414 -> removed, bed extended"),
                "expired council spot pulled, speech total 1h18m, 0 slots left.",
            ),
        ],
        "summaries": [
            (
                (
                    "read_doc",
                    {"doc": "harbour_tyres_contract.pdf"},
                    "6 spots/day, 30s, 10% credit per missed spot; a live read is acceptable "
                    "substitute with client consent.",
                ),
                "missed spots cost 10% each but a live read counts if they agree.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "key_commitments.txt"},
                    "Local speech: min 2h between 06:00 and 00:00. Phone-ins, news, and local "
                    "features count; syndicated shows do not.",
                ),
                "only local stuff counts, and it has to be before midnight.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "volunteer_rota.csv"},
                    "Jess 21-00 · Ahmed 19-21 · Pete (on call)",
                ),
                "Jess is on till midnight, Pete on call.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "nas_alerts.log"},
                    "disk /carts 100% full 17:52; writes failing; cleanup job disabled since 01/11",
                ),
                "the carts disk filled at 17:52 - that's probably why 4417 vanished.",
            ),
        ],
        "sum_concl": "so: get consent for a live read, fill the gap with local features "
        "before midnight using Jess, and clear the carts disk.",
        "drafts": [
            "Hi Harbour Tyres, your 22:03 spot didn't air tonight. Sorry.",
            [
                (
                    "offer the live read",
                    "Hi Harbour Tyres, your 22:03 spot didn't air "
                    "tonight. Sorry. Jess can do a live read instead if you're happy with that.",
                ),
                (
                    "mention the credit",
                    "Hi Harbour Tyres, your 22:03 spot didn't air tonight. "
                    "Sorry. Jess can do a live read instead if you're happy with that, and we'll "
                    "credit 10% for the missed slot.",
                ),
                (
                    "sign it from Dev",
                    "Hi Harbour Tyres, your 22:03 spot didn't air tonight. "
                    "Sorry. Jess can do a live read instead if you're happy with that, and we'll "
                    "credit 10% for the missed slot. Cheers, Dev - Harbour FM",
                ),
            ],
        ],
        "adjust": [
            (
                ("set_gain", {"cart": 5121, "db": 4}, "cart 5121 gain +4 dB"),
                ("measure_loudness", {"cart": 5121}, "5121 -18.9 LUFS true-peak -0.2 dBTP"),
                "too hot, it'll clip. down a bit.",
            ),
            (
                ("set_gain", {"cart": 5121, "db": 1}, "cart 5121 gain +1 dB"),
                ("measure_loudness", {"cart": 5121}, "5121 -21.8 LUFS true-peak -3.1 dBTP"),
                "now quiet next to the music.",
            ),
            (
                ("set_gain", {"cart": 5121, "db": 2.5}, "cart 5121 gain +2.5 dB"),
                ("measure_loudness", {"cart": 5121}, "5121 -20.1 LUFS true-peak -1.6 dBTP"),
                "-20 LUFS, matches the station. done.",
            ),
        ],
        "questions": {
            "tool": "get_cart",
            "items": [
                (
                    "is 4410 ok?",
                    {"cart": 4410},
                    "4410 'Quayside Chippy 20s' ok plays_left=12",
                    "yep, 12 plays left.",
                ),
                (
                    "what about 4412",
                    {"cart": 4412},
                    "4412 'Lifeboat Appeal 40s' ok plays_left=30",
                    "fine too, 30 left.",
                ),
                (
                    "and 4416?",
                    {"cart": 4416},
                    "4416 'Mo's Barbers 30s' ok plays_left=4",
                    "only 4 plays left on Mo's.",
                ),
                (
                    "4418?",
                    {"cart": 4418},
                    "4418 'Ferry Times 15s' ok plays_left=60",
                    "that one's good for ages, 60.",
                ),
            ],
        },
        "reread": {
            "read": ("read_file", {"path": "logs/2024-11-28_h22.log"}),
            "v": [
                "22:00 NEWS\n22:03 SPOT 4410\n22:03 SPOT 4417\n22:04 BED",
                "22:00 NEWS\n22:03 SPOT 4410\n22:03 SPOT 5121\n22:04 BED",
                "22:00 NEWS\n22:03 SPOT 4410\n22:03 SPOT 5121\n22:04 SPEECH 5120\n22:09 BED",
            ],
            "edits": [
                (
                    "edit_file",
                    {"path": "logs/2024-11-28_h22.log", "replace": ["4417", "5121"]},
                    "1 line changed",
                ),
                (
                    "edit_file",
                    {
                        "path": "logs/2024-11-28_h22.log",
                        "insert_after": "22:03 SPOT 5121",
                        "line": "22:04 SPEECH 5120",
                    },
                    "1 line added",
                ),
            ],
            "remarks": [
                "4417 still in there.",
                "swapped. speech next.",
                "speech in, bed pushed to 22:09.",
            ],
        },
        "search": {
            "tool": "search_archive",
            "items": [
                ({"q": "tyres"}, "38 files"),
                ({"q": "harbour tyres", "year": 2024}, "7 files"),
                (
                    {"q": "harbour tyres", "year": 2024, "length_s": 30},
                    "1 file: HT_autumn_30s_final.wav (28/10)",
                ),
            ],
            "remarks": ["way too many.", "seven this year.", "one 30s file."],
            "concl": "HT_autumn_30s_final.wav from 28/10 is the one to put back in 4417.",
        },
    }


def datacentre() -> dict[str, Any]:
    crah = (
        '{"unit": "CRAH-07", "state": "ALARM", "fault": "compressor HP lockout", '
        '"supply_c": 24.9, "return_c": 38.2}'
    )
    aisle = '{"aisle": "HA-3", "inlet_max_c": 29.6, "racks_over_27": 11}'
    chiller = '{"chiller": "CH-2", "state": "RUN", "lwt_c": 9.1, "load_pct": 88}'

    def vol_result(rng: R, i: int) -> str:
        keys = [
            ('"unit"', '"CRAH-07"'),
            ('"state"', '"ALARM"'),
            ('"fault"', '"compressor HP lockout"'),
            ('"supply_c"', "24.9"),
            ('"return_c"', "38.2"),
            ('"sampled_at"', f'"2024-12-02T03:{10 + i}:{rng.randint(10, 59)}Z"'),
            ('"seq"', str(88120 + i * rng.randint(5, 40))),
        ]
        rng.shuffle(keys)
        return "{" + ", ".join(f"{k}: {v}" for k, v in keys) + "}"

    def regen(rng: R, i: int) -> str:
        racks = rng.sample(["R301", "R302", "R305", "R308", "R311", "R314"], 3)
        return (
            f'{{"plan": {i + 1}, "migrate": {racks}, "target_hall": "B", '
            f'"window": "0{rng.randint(3, 5)}:00", "uses_crah": "CRAH-07"}}'
        )

    return {
        "name": "data_centre_cooling",
        "tasks": [
            "CRAH-07 in hall A tripped on HP lockout at 02:50. Hot aisle 3 has 11 racks with "
            "inlets over 27C. Keep the customer racks under the 32C SLA. Do not touch rack "
            "R307 (customer-controlled, contract forbids remote actions).",
            "Paging you in: hall A, CRAH-07 down (compressor HP lockout), HA-3 inlet temps "
            "climbing past 29C. Target: every inlet below 27C within the hour. R307 is "
            "off-limits - customer-managed.",
        ],
        "openers": [
            "ack. reading BMS.",
            "Looking at CRAH-07 first.",
            "on it. BMS first.",
            "Okay, pulling unit telemetry.",
        ],
        "first": [
            (
                ("bms_get", {"point": "CRAH-07"}, crah),
                ["HP lockout, 38C return.", "unit is locked out."],
            ),
            (
                ("bms_get", {"point": "HA-3"}, aisle),
                ["11 racks over 27, max 29.6.", "29.6 worst inlet."],
            ),
            (
                ("bms_get", {"point": "CH-2"}, chiller),
                ["chiller at 88%, little headroom.", "CH-2 running hot-ish."],
            ),
        ],
        "stuck": ("bms_get", {"point": "CRAH-07"}, crah),
        "again": [
            "re-reading CRAH-07.",
            "checking the unit again.",
            "poll CRAH-07 once more.",
            "maybe the lockout cleared; checking.",
            "again.",
            "another read of 07.",
        ],
        "vol_result": vol_result,
        "intents": [
            [
                "I'll raise the fan speed on CRAH-06 and CRAH-08 to cover the gap.",
                "Next: push the neighbouring CRAHs' fans up.",
                "Going to ramp 06 and 08 to compensate for 07.",
                "Let me increase airflow from the adjacent units.",
                "Plan is to lift fan speed on the units either side of 07.",
                "I'm going to get more air out of CRAH-06/08.",
            ],
            [
                "I'll open a vendor ticket for the compressor lockout.",
                "Next step: raise a call with the CRAH vendor.",
                "Going to log a P1 with the HVAC contractor.",
                "Let me get the vendor out for CRAH-07.",
                "Time to open the maintenance ticket for the lockout.",
                "I'm going to escalate 07's compressor to the contractor.",
            ],
        ],
        "restate": ["Ramp CRAH-06 and CRAH-08 fans.", "Open a P1 vendor ticket for CRAH-07."],
        "job": {
            "start": (
                "bms_command",
                {"point": "CRAH-07", "cmd": "reset_lockout"},
                '{"cmd_id": "C-4431", "accepted": true}',
            ),
            "started": ["reset queued as C-4431, checking.", "C-4431 accepted. will confirm."],
            "check": (
                "bms_cmd_status",
                {"cmd_id": "C-4431"},
                '{"cmd_id": "C-4431", "status": "PENDING_LOCAL_ACK"}',
            ),
            "stalls": [
                "still pending local ack. I'll check again.",
                "C-4431 not executed yet. checking shortly.",
                "pending. will poll again in a minute.",
                "no ack from the unit yet. keep waiting.",
                "still PENDING_LOCAL_ACK; I'll look again soon.",
            ],
        },
        "ab": (("bms_get", {"point": "CRAH-07"}, crah), ("bms_get", {"point": "HA-3"}, aisle)),
        "cycle": (
            ("bms_get", {"point": "CRAH-07"}, crah),
            ("bms_get", {"point": "HA-3"}, aisle),
            ("bms_get", {"point": "CH-2"}, chiller),
        ),
        "setting": {
            "tool": "bms_set",
            "args": {"point": "CRAH-07"},
            "key": "setpoint_c",
            "values": ["18", "20", "22"],
            "obs": '{{"point": "CRAH-07", "setpoint_c": {v}, "note": "unit in lockout"}}',
            "check": ("bms_get", {"point": "HA-3"}, aisle),
        },
        "fail": {
            "call": (
                "rack_power_cap",
                {"rack": "R307", "watts": 6000},
                '{"error": "FORBIDDEN", "reason": "rack R307 is customer-managed"}',
            ),
            "err": lambda rng: (
                '{"error": "FORBIDDEN", "reason": "rack R307 is '
                f'customer-managed", "request_id": "{hexid(rng, 12)}"}}'
            ),
            "reworded": [
                {"rack": "r307", "watts": 6000},
                {"rack_id": "R307", "cap_w": 6000},
                {"rack": ["R307"], "watts": "6000"},
                {"rack": "R307", "watts": 6000, "override": True},
            ],
        },
        "regen": {
            "tool": "plan_workload_migration",
            "args": {"hall": "A", "aisle": "HA-3"},
            "out": regen,
            "rejects": [
                "the plan still relies on CRAH-07, which is locked out. again.",
                "uses_crah CRAH-07 again - useless. regenerating.",
                "it keeps assuming 07 is cooling. retry.",
                "still CRAH-07. another plan.",
            ],
        },
        "entities": {
            "tool": "rack_inlet",
            "items": [
                ({"rack": r}, f"{r} inlet {t}C")
                for r, t in [
                    ("R301", 27.4),
                    ("R302", 28.9),
                    ("R305", 29.6),
                    ("R308", 26.1),
                    ("R311", 27.9),
                ]
            ],
            "remarks": ["warm.", "hot.", "ok."],
            "concl": "R305 and R302 are worst; R308 is already fine.",
        },
        "paging": {
            "tool": "list_alarms",
            "pages": [
                (
                    {"hall": "A", "offset": 0},
                    "03:02 HA-3 R305 inlet high\n03:01 HA-3 R302 inlet high\n(2 of 5)",
                ),
                (
                    {"hall": "A", "offset": 2},
                    "02:58 CH-2 load high\n02:51 CRAH-07 fan alarm\n(4 of 5)",
                ),
                ({"hall": "A", "offset": 4}, "02:50 CRAH-07 HP lockout\n(5 of 5)"),
            ],
            "remarks": ["inlet alarms.", "chiller and fan.", "root: the lockout at 02:50."],
            "concl": "everything cascades from the 02:50 lockout; the chiller load is a "
            "consequence.",
        },
        "corrected": {
            "bad": ("bms_get", {"point": "crah7"}, '{"error": "unknown point crah7"}'),
            "why": "points are CRAH-07 style.",
            "good": (
                "bms_get",
                {"point": "CRAH-06"},
                '{"unit": "CRAH-06", "state": "RUN", "fan_pct": 70}',
            ),
            "concl": "06 runs at 70%, room to push it.",
        },
        "polling": {
            "start": (
                "bms_command",
                {"point": "CRAH-06", "cmd": "fan_pct=90"},
                '{"cmd_id": "C-4440"}',
            ),
            "tool": "bms_cmd_status",
            "args": {"cmd_id": "C-4440"},
            "statuses": [
                '{"status": "QUEUED"}',
                '{"status": "SENT"}',
                '{"status": "RAMPING", "fan_pct": 81}',
                '{"status": "DONE", "fan_pct": 90}',
            ],
            "concl": "CRAH-06 at 90% fan.",
        },
        "transient": {
            "call": ("bms_get", {"point": "CRAH-08"}),
            "errs": ['{"error": "BACnet timeout"}', '{"error": "gateway 503"}'],
            "ok": '{"unit": "CRAH-08", "state": "RUN", "fan_pct": 65}',
            "concl": "08 at 65%, can go up too.",
        },
        "updates": [
            (
                ("bms_get", {"point": "HA-3"}, '{"inlet_max_c": 29.1, "racks_over_27": 9}'),
                "HA-3 max 29.1C, 9 racks over 27.",
            ),
            (
                ("bms_get", {"point": "HA-3"}, '{"inlet_max_c": 28.2, "racks_over_27": 6}'),
                "HA-3 max 28.2C, 6 racks over 27.",
            ),
            (
                ("bms_get", {"point": "HA-3"}, '{"inlet_max_c": 27.5, "racks_over_27": 2}'),
                "HA-3 max 27.5C, 2 racks over 27.",
            ),
            (
                ("bms_get", {"point": "HA-3"}, '{"inlet_max_c": 26.8, "racks_over_27": 0}'),
                "HA-3 max 26.8C, 0 racks over 27.",
            ),
        ],
        "summaries": [
            (
                ("read_doc", {"doc": "sla_colo.pdf"}, "Inlet max 32C; breach >15 min = credit"),
                "SLA line is 32C for 15 min.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "crah_runbook.md"},
                    "HP lockout: check condenser, manual reset at unit only",
                ),
                "lockout needs someone at the unit.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "r307_contract.pdf"},
                    "No remote power or network actions on customer-managed racks",
                ),
                "R307 confirmed hands-off.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "oncall.yaml"},
                    "facilities: Priya (mobile), vendor: CoolServ 24/7",
                ),
                "Priya on site call, CoolServ for the compressor.",
            ),
        ],
        "sum_concl": "so: neighbours carry the load, Priya resets at the unit, CoolServ for "
        "the compressor, R307 untouched.",
        "drafts": [
            "Incident: CRAH-07 HP lockout 02:50, HA-3 inlets up to 29.6C.",
            [
                (
                    "add mitigation",
                    "Incident: CRAH-07 HP lockout 02:50, HA-3 inlets up to "
                    "29.6C. CRAH-06/08 ramped to 90%.",
                ),
                (
                    "add current state",
                    "Incident: CRAH-07 HP lockout 02:50, HA-3 inlets up to "
                    "29.6C. CRAH-06/08 ramped to 90%. Now max 26.8C, no SLA breach.",
                ),
                (
                    "next steps",
                    "Incident: CRAH-07 HP lockout 02:50, HA-3 inlets up to 29.6C. "
                    "CRAH-06/08 ramped to 90%. Now max 26.8C, no SLA breach. CoolServ on site "
                    "07:00.",
                ),
            ],
        ],
        "adjust": [
            (
                ("bms_set", {"point": "CRAH-06", "fan_pct": 100}, '{"ok": true}'),
                ("bms_get", {"point": "HA-3"}, '{"inlet_max_c": 26.0, "crah06_amps": 14.8}'),
                "cool but 06 is pulling near its 15A limit.",
            ),
            (
                ("bms_set", {"point": "CRAH-06", "fan_pct": 80}, '{"ok": true}'),
                ("bms_get", {"point": "HA-3"}, '{"inlet_max_c": 28.4, "crah06_amps": 11.2}'),
                "too warm again.",
            ),
            (
                ("bms_set", {"point": "CRAH-06", "fan_pct": 90}, '{"ok": true}'),
                ("bms_get", {"point": "HA-3"}, '{"inlet_max_c": 26.8, "crah06_amps": 12.9}'),
                "26.8C at 12.9A. holding at 90.",
            ),
        ],
        "questions": {
            "tool": "rack_inlet",
            "items": [
                ("R305 now?", {"rack": "R305"}, "R305 inlet 27.1C", "27.1C."),
                ("R302?", {"rack": "R302"}, "R302 inlet 26.6C", "26.6C."),
                ("what's R311 at", {"rack": "R311"}, "R311 inlet 25.9C", "25.9C."),
                ("and R301", {"rack": "R301"}, "R301 inlet 26.2C", "26.2C."),
            ],
        },
        "reread": {
            "read": ("read_file", {"path": "bms/overrides.yaml"}),
            "v": [
                "CRAH-06: {fan_pct: auto}\nCRAH-08: {fan_pct: auto}",
                "CRAH-06: {fan_pct: 90}\nCRAH-08: {fan_pct: auto}",
                "CRAH-06: {fan_pct: 90}\nCRAH-08: {fan_pct: 85}",
            ],
            "edits": [
                ("edit_file", {"path": "bms/overrides.yaml", "set": "CRAH-06.fan_pct=90"}, "ok"),
                ("edit_file", {"path": "bms/overrides.yaml", "set": "CRAH-08.fan_pct=85"}, "ok"),
            ],
            "remarks": ["both auto.", "06 pinned.", "08 pinned too."],
        },
        "search": {
            "tool": "search_tickets",
            "items": [
                ({"q": "CRAH"}, "214 tickets"),
                ({"q": "CRAH-07"}, "9 tickets"),
                (
                    {"q": "CRAH-07 lockout"},
                    "2 tickets: T-1180 (condenser fouled), T-1422 (HP switch replaced)",
                ),
            ],
            "remarks": ["too broad.", "nine on this unit.", "two lockouts before."],
            "concl": "both earlier lockouts were condenser-side; tell CoolServ to check the "
            "condenser coil first.",
        },
    }


def catering() -> dict[str, Any]:
    fridge = (
        "| unit | temp | door | alarm |\n|---|---|---|---|\n| walk-in 1 | 7.4°C | shut | HIGH |"
    )
    guests = "| tables | guests | nut-free | vegan | coeliac |\n|---|---|---|---|---|\n| 18 | 180 | 6 | 14 | 3 |"
    van = "| van | driver | depart |\n|---|---|---|\n| CV-1 | Tom | 15:30 |"

    def vol_result(rng: R, i: int) -> str:
        return fridge + f"\n\n_logged {hhmmss(rng, 11, i)} · probe {rng.choice(['P1', 'P2'])}_"

    def regen(rng: R, i: int) -> str:
        starter = rng.choice(["beetroot tartare", "leek velouté", "smoked trout pâté"])
        return (
            f"Menu v{i + 1}: {starter} / lamb rump / pistachio-praline tart "
            f"(serves {rng.choice([180, 182, 185])})"
        )

    return {
        "name": "wedding_catering",
        "tasks": [
            "OMG help. Wedding at Fernhill Barn tonight, 180 guests, 6 nut allergies (one "
            "severe). Walk-in 1 is reading 7°C and the mains are in there! Van leaves 15:30. "
            "Whatever you do, NO nuts anywhere near table 4.",
            "Sophie from Thyme & Co. 180 covers at Fernhill tonight. Walk-in fridge 1 has "
            "drifted to 7 degrees, allergen matrix needs checking (6 nut-free, one anaphylactic "
            "at table 4), van at half three. Please help!",
        ],
        "openers": [
            "On it! Fridge first.",
            "Okay - checking the walk-in.",
            "Right, fridge temps, then guests.",
            "Let's start with the walk-in.",
        ],
        "first": [
            (
                ("get_fridge", {"unit": "walk-in 1"}, fridge),
                ["7.4 and alarming!", "too warm - over 5°C."],
            ),
            (
                ("get_guest_matrix", {"event": "fernhill"}, guests),
                ["6 nut-free, 3 coeliac.", "matrix loaded."],
            ),
            (("get_van", {"van": "CV-1"}, van), ["Tom at 15:30.", "van's booked."]),
        ],
        "stuck": ("get_fridge", {"unit": "walk-in 1"}, fridge),
        "again": [
            "Checking the walk-in again!",
            "Let me re-read the fridge.",
            "Fridge once more.",
            "Has it come down? Checking.",
            "Looking again.",
            "Another look!",
        ],
        "vol_result": vol_result,
        "intents": [
            [
                "I'll move the lamb into walk-in 2 right now.",
                "Next: shift the mains to the other fridge!",
                "Going to relocate the lamb to walk-in 2.",
                "Let me get the meat out of walk-in 1.",
                "Moving the mains to walk-in 2 is next.",
                "I'm going to transfer the lamb across.",
            ],
            [
                "I'll rewrite the dessert for the nut-free tables.",
                "Next I'm sorting a nut-free pudding!",
                "Going to swap the praline tart for the allergy tables.",
                "Let me fix dessert for the six nut-free guests.",
                "Time to change the tart for table 4 and the others.",
                "I'm going to redo the nut-free dessert.",
            ],
        ],
        "restate": ["Move the lamb to walk-in 2.", "Replace the praline tart for nut-free guests."],
        "job": {
            "start": ("book_engineer", {"unit": "walk-in 1"}, "job FR-220 logged with ChillFix"),
            "started": [
                "Engineer job FR-220 logged! Checking when.",
                "FR-220 booked, I'll watch it.",
            ],
            "check": (
                "get_engineer_job",
                {"job": "FR-220"},
                "| job | status | eta |\n|---|---|---|\n| FR-220 | AWAITING DISPATCH | - |",
            ),
            "stalls": [
                "Still awaiting dispatch. I'll check again!",
                "No engineer yet - checking again soon.",
                "FR-220 hasn't moved. Will keep an eye on it.",
                "Still waiting! I'll look again in a bit.",
                "Nothing yet, checking back shortly.",
            ],
        },
        "ab": (
            ("get_fridge", {"unit": "walk-in 1"}, fridge),
            ("get_guest_matrix", {"event": "fernhill"}, guests),
        ),
        "cycle": (
            ("get_fridge", {"unit": "walk-in 1"}, fridge),
            ("get_guest_matrix", {"event": "fernhill"}, guests),
            ("get_van", {"van": "CV-1"}, van),
        ),
        "setting": {
            "tool": "set_fridge",
            "args": {"unit": "walk-in 1"},
            "key": "mode",
            "values": ["eco", "boost", "defrost-off"],
            "obs": "walk-in 1 mode={v} (compressor not responding)",
            "check": ("get_fridge", {"unit": "walk-in 1"}, fridge),
        },
        "fail": {
            "call": (
                "order_supplies",
                {"supplier": "Brakes", "item": "double cream", "qty": 6},
                "ERROR: account on stop - invoice 88213 overdue",
            ),
            "err": lambda rng: (
                f"ERROR: account on stop - invoice 88213 overdue (ref {rng.randint(10000, 99999)})"
            ),
            "reworded": [
                {"supplier": "brakes", "item": "double cream", "qty": 6},
                {"vendor": "Brakes", "sku": "double cream", "qty": "6"},
                {"supplier": "Brakes", "item": ["double cream"], "qty": 6},
                {"supplier": "Brakes", "item": "double cream", "qty": 6, "urgent": True},
            ],
        },
        "regen": {
            "tool": "generate_menu",
            "args": {"guests": 180, "nut_free": 6},
            "out": regen,
            "rejects": [
                "Still a praline tart for everyone - nut-free ignored. Again!",
                "Praline again. Can't serve that to table 4.",
                "Nuts in dessert again, regenerating.",
                "Same pistachio problem. Another go.",
            ],
        },
        "entities": {
            "tool": "get_table",
            "items": [
                ({"table": t}, f"| table {t} | {g} guests | {a} |")
                for t, g, a in [
                    (1, 10, "none"),
                    (4, 10, "nut (severe) x1, nut x2"),
                    (7, 12, "vegan x4"),
                    (9, 10, "coeliac x3"),
                    (12, 8, "nut x3"),
                ]
            ],
            "remarks": ["ok!", "careful with that one.", "noted."],
            "concl": "Nut-free plates go to tables 4 and 12, vegan to 7, GF to 9.",
        },
        "paging": {
            "tool": "list_prep_tasks",
            "pages": [
                ({"page": 1}, "| lamb trim | Ali | done |\n| velouté | Bea | doing |\npage 1 of 3"),
                ({"page": 2}, "| tart bases | Bea | todo |\n| canapés | Ali | todo |\npage 2 of 3"),
                ({"page": 3}, "| plating kit | Sophie | todo |\npage 3 of 3"),
            ],
            "remarks": ["lamb done!", "tarts and canapés to go.", "kit last."],
            "concl": "Four tasks left; Bea has the tarts, which need a nut-free batch.",
        },
        "corrected": {
            "bad": ("get_table", {"table": "four"}, "ERROR: table must be an integer"),
            "why": "Needs the number.",
            "good": (
                "get_table",
                {"table": 4},
                "| table 4 | 10 guests | nut (severe) x1, nut x2 |",
            ),
            "concl": "Three nut allergies at table 4, one severe.",
        },
        "polling": {
            "start": ("start_chill", {"item": "velouté 40L"}, "blast chill BC-31 started"),
            "tool": "get_chill",
            "args": {"job": "BC-31"},
            "statuses": [
                "| BC-31 | core 61°C |",
                "| BC-31 | core 38°C |",
                "| BC-31 | core 14°C |",
                "| BC-31 | core 4°C | DONE |",
            ],
            "concl": "Velouté chilled to 4°C, safe to hold.",
        },
        "transient": {
            "call": ("get_van", {"van": "CV-2"}),
            "errs": ["ERROR: fleet API timeout", "ERROR: 429 slow down"],
            "ok": "| CV-2 | Jo | free from 14:00 |",
            "concl": "CV-2 is free - the fridge overflow can travel in it.",
        },
        "updates": [
            (
                ("get_prep", {"item": "lamb"}, "lamb: in walk-in 2, 3.1°C"),
                "Lamb safe at 3.1°C, 32 plates ready, 148 to go.",
            ),
            (
                ("get_prep", {"item": "velouté"}, "velouté: chilled 4°C"),
                "Velouté held at 4°C, 90 plates ready, 90 to go.",
            ),
            (
                ("get_prep", {"item": "tart"}, "tart: nut-free batch baked"),
                "Nut-free tarts baked, 140 plates ready, 40 to go.",
            ),
            (
                ("get_prep", {"item": "canapés"}, "canapés: boxed"),
                "Canapés boxed, 180 plates ready, 0 to go.",
            ),
        ],
        "summaries": [
            (
                (
                    "read_doc",
                    {"doc": "allergen_policy.pdf"},
                    "Severe allergy: separate prep area, labelled plates, server briefed",
                ),
                "Severe = separate prep and labelled plate.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "fernhill_venue_pack.pdf"},
                    "Kitchen: 2 ovens, no walk-in, power 32A",
                ),
                "No fridge at the venue - we carry everything cold.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "food_safety_temps.pdf"},
                    "Chilled food above 8°C for over 4h must be discarded",
                ),
                "7.4°C is under 8, so the lamb is still ok.",
            ),
            (
                ("read_doc", {"doc": "staff_tonight.csv"}, "Sophie, Ali, Bea, 6 servers"),
                "Three chefs, six servers.",
            ),
        ],
        "sum_concl": "Lamb is safe, carry everything cold, separate prep for table 4.",
        "drafts": [
            "Hi Fernhill team, we'll arrive at 16:15.",
            [
                (
                    "mention the allergy",
                    "Hi Fernhill team, we'll arrive at 16:15. We have a "
                    "severe nut allergy at table 4.",
                ),
                (
                    "ask for the fridge space",
                    "Hi Fernhill team, we'll arrive at 16:15. We have a "
                    "severe nut allergy at table 4. Could we use your bar fridge?",
                ),
                (
                    "sign off",
                    "Hi Fernhill team, we'll arrive at 16:15. We have a severe nut "
                    "allergy at table 4. Could we use your bar fridge? Thanks! Sophie",
                ),
            ],
        ],
        "adjust": [
            (
                ("set_oven", {"oven": 1, "temp_c": 200}, "ok"),
                ("probe", {"item": "lamb"}, "core 68°C"),
                "Overdone!",
            ),
            (
                ("set_oven", {"oven": 1, "temp_c": 170}, "ok"),
                ("probe", {"item": "lamb"}, "core 52°C"),
                "Now underdone.",
            ),
            (
                ("set_oven", {"oven": 1, "temp_c": 185}, "ok"),
                ("probe", {"item": "lamb"}, "core 58°C"),
                "58 - pink. Perfect.",
            ),
        ],
        "questions": {
            "tool": "get_table",
            "items": [
                ("table 1?", {"table": 1}, "| table 1 | 10 guests | none |", "No allergies."),
                ("table 7?", {"table": 7}, "| table 7 | 12 guests | vegan x4 |", "Four vegans."),
                (
                    "table 9?",
                    {"table": 9},
                    "| table 9 | 10 guests | coeliac x3 |",
                    "Three coeliacs.",
                ),
                ("and 12", {"table": 12}, "| table 12 | 8 guests | nut x3 |", "Three nut-free."),
            ],
        },
        "reread": {
            "read": ("read_file", {"path": "fernhill/plating.md"}),
            "v": [
                "T4: tart\nT12: tart",
                "T4: sorbet (NF)\nT12: tart",
                "T4: sorbet (NF)\nT12: sorbet (NF)",
            ],
            "edits": [
                (
                    "edit_file",
                    {"path": "fernhill/plating.md", "line": 1, "text": "T4: sorbet (NF)"},
                    "saved",
                ),
                (
                    "edit_file",
                    {"path": "fernhill/plating.md", "line": 2, "text": "T12: sorbet (NF)"},
                    "saved",
                ),
            ],
            "remarks": ["Both get tart - wrong.", "T4 fixed.", "T12 fixed too."],
        },
        "search": {
            "tool": "search_recipes",
            "items": [
                ({"q": "dessert"}, "96 recipes"),
                ({"q": "dessert", "nut_free": True}, "21 recipes"),
                (
                    {"q": "dessert", "nut_free": True, "make_ahead": True},
                    "2 recipes: blood-orange sorbet, lemon posset",
                ),
            ],
            "remarks": ["Lots.", "21 nut-free.", "Two make-ahead."],
            "concl": "Blood-orange sorbet for the nut-free tables.",
        },
    }


def _common_tail(
    d: dict[str, Any],
    read_tool: str,
    path: str,
    vs: list[str],
    edits: list[dict[str, Any]],
    remarks: list[str],
) -> dict[str, Any]:
    d["reread"] = {
        "read": (read_tool, {"path": path}),
        "v": vs,
        "edits": [("edit_file", {"path": path, **e}, "saved") for e in edits],
        "remarks": remarks,
    }
    return d


def trawler() -> dict[str, Any]:
    quota = (
        "SPECIES  STOCK     QUOTA_KG  LANDED_KG  LEFT_KG\nHAD      HAD/6A    12000     "
        "11240     760\nCOD      COD/6A    3000      2980      20"
    )
    log = "HAUL 14  09:40  57N12 006W40  HAD 820kg  COD 60kg  WHG 140kg"
    weather = "Area Hebrides: SW 6 to gale 8 later. Moderate or rough."

    def vol_args(rng: R, i: int) -> tuple[dict[str, Any], str]:
        return (
            {
                "vessel": "BF-412",
                "query_id": f"q{rng.randint(1000, 9999)}-{i}",
                "sent": f"2024-03-0{rng.randint(1, 3)}T1{i % 10}:{rng.randint(10, 59)}",
            },
            quota,
        )

    def regen(rng: R, i: int) -> str:
        return (
            f"plan {i + 1}: haul 15 at {rng.choice(['57N10', '57N14', '57N08'])}, "
            f"expected HAD {rng.choice([400, 520, 610])}kg COD {rng.choice([70, 90, 120])}kg"
        )

    d = {
        "name": "fishing_vessel_quota",
        "tasks": [
            "Skipper Alasdair, BF-412 Morning Star. We've 760 kilos haddock left and only 20 "
            "of cod, and the cod keeps coming up in the haddock hauls. Gale coming later. "
            "Work out if we can make one more haul or steam for Kinlochbervie. No discarding "
            "- landing obligation.",
            "Morning Star here. Quota's near done: 760kg HAD, 20kg COD. Weather turning. Tell "
            "us whether one more haul is on without busting cod. Nothing goes over the side.",
        ],
        "openers": [
            "Aye, checking quota.",
            "Right, quota first.",
            "Looking at the book.",
            "Okay skipper, numbers first.",
        ],
        "first": [
            (
                ("get_quota", {"vessel": "BF-412"}, quota),
                ["20kg cod. That's nothing.", "cod's basically gone."],
            ),
            (
                ("get_catch_log", {"haul": 14}, log),
                ["60kg cod in the last haul.", "haul 14 had 60 cod."],
            ),
            (
                ("get_forecast", {"area": "Hebrides"}, weather),
                ["gale 8 later.", "weather's turning."],
            ),
        ],
        "stuck": ("get_quota", {"vessel": "BF-412"}, quota),
        "again": [
            "Checking quota again.",
            "One more look at the numbers.",
            "Re-reading the quota.",
            "quota again.",
            "let's see the book again.",
            "again, quota.",
        ],
        "vol_args": vol_args,
        "intents": [
            [
                "I'll ask the PO to lease in 200kg of cod.",
                "Next: lease some cod quota from the producer organisation.",
                "Going to request a cod swap from the PO.",
                "Let me get extra cod quota leased.",
                "Time to phone the PO about cod.",
                "I'm going to arrange a cod lease.",
            ],
            [
                "I'll plot a course for Kinlochbervie.",
                "Next I'm setting the passage home.",
                "Going to lay off the route to KLB.",
                "Let me work up the steam back.",
                "Time to plan the run to Kinlochbervie.",
                "I'm going to set us heading in.",
            ],
        ],
        "restate": ["Lease 200kg cod from the PO.", "Steam for Kinlochbervie."],
        "job": {
            "start": ("request_quota_lease", {"species": "COD", "kg": 200}, "LEASE-5521 submitted"),
            "started": ["Lease LEASE-5521 in. I'll check it.", "submitted, will watch it."],
            "check": (
                "get_lease",
                {"id": "LEASE-5521"},
                "LEASE-5521  COD  200kg  STATUS AWAITING_PO_SIGNOFF",
            ),
            "stalls": [
                "Still awaiting the PO. I'll check again.",
                "No sign-off yet. Checking shortly.",
                "Still waiting on LEASE-5521.",
                "PO hasn't signed. I'll look again.",
                "Nothing yet; will check back.",
            ],
        },
        "ab": (("get_quota", {"vessel": "BF-412"}, quota), ("get_catch_log", {"haul": 14}, log)),
        "cycle": (
            ("get_quota", {"vessel": "BF-412"}, quota),
            ("get_catch_log", {"haul": 14}, log),
            ("get_forecast", {"area": "Hebrides"}, weather),
        ),
        "setting": {
            "tool": "set_gear",
            "args": {"gear": "trawl"},
            "key": "mesh_mm",
            "values": ["100", "110", "120"],
            "obs": "mesh {v}mm logged (gear on deck)",
            "check": ("get_catch_log", {"haul": 14}, log),
        },
        "fail": {
            "call": (
                "submit_landing_declaration",
                {"port": "KLB", "eta": "18:00"},
                "REJECTED: eta outside port opening (06:00-16:00)",
            ),
            "err": lambda rng: (
                f"REJECTED: eta outside port opening (06:00-16:00) sub#{rng.randint(100, 999)}"
            ),
            "reworded": [
                {"port": "klb", "eta": "18:00"},
                {"port_code": "KLB", "eta": "1800"},
                {"port": "KLB", "eta": ["18:00"]},
                {"port": "KLB", "eta": "18:00", "priority": True},
            ],
        },
        "regen": {
            "tool": "plan_haul",
            "args": {"target": "HAD", "max_cod_kg": 20},
            "out": regen,
            "rejects": [
                "expects more cod than the 20 left. no.",
                "cod over quota again.",
                "still 70+ cod. can't.",
                "busts cod again.",
            ],
        },
        "entities": {
            "same_tool": "check_licence_condition",
            "same_items": [
                {"condition": c} for c in ["6A-closure", "mesh", "VMS", "logbook", "sole-days"]
            ],
            "same_obs": "COMPLIANT  (checked against licence 2024/BF-412)",
            "same_concl": "all five licence conditions compliant.",
        },
        "paging": {
            "tool": "list_landings",
            "pages": [
                (
                    {"vessel": "BF-412", "next_from": None},
                    "02/03 PHD HAD 3100\n27/02 PHD HAD 2800\nnext_from=2024-02-20",
                ),
                (
                    {"vessel": "BF-412", "next_from": "2024-02-20"},
                    "20/02 KLB HAD 2900\n14/02 KLB COD 1200\nnext_from=none",
                ),
            ],
            "remarks": ["two landings.", "cod mostly landed in Feb."],
            "concl": "1200kg cod landed on the 14th ate most of it.",
        },
        "corrected": {
            "bad": ("get_catch_log", {"haul": "fourteen"}, "ERROR haul must be int"),
            "why": "number, not word.",
            "good": ("get_catch_log", {"haul": 13}, "HAUL 13  06:10  HAD 900kg COD 0kg"),
            "concl": "haul 13 at dawn had no cod at all.",
        },
        "polling": {
            "start": ("request_quota_lease", {"species": "HAD", "kg": 500}, "LEASE-5530 submitted"),
            "tool": "get_lease",
            "args": {"id": "LEASE-5530"},
            "statuses": [
                "LEASE-5530 STATUS RECEIVED",
                "LEASE-5530 STATUS PO_REVIEW",
                "LEASE-5530 STATUS MMO_NOTIFIED",
                "LEASE-5530 STATUS ACTIVE +500kg HAD",
            ],
            "concl": "500kg haddock leased and active.",
        },
        "transient": {
            "call": ("get_forecast", {"area": "Minches"}),
            "errs": ["ERROR satcom link down", "ERROR 504 met gateway"],
            "ok": "Minches: SW 5 to 7. Rough.",
            "concl": "Minches is kinder - go home that way.",
        },
        "updates": [
            (("get_position", {}, "57N20 006W10 SOG 9.1kn"), "57N20, 9.1kn, 62nm to KLB."),
            (("get_position", {}, "57N45 005W50 SOG 9.4kn"), "57N45, 9.4kn, 38nm to KLB."),
            (("get_position", {}, "58N05 005W30 SOG 8.2kn"), "58N05, 8.2kn, 17nm to KLB."),
            (("get_position", {}, "58N27 005W03 SOG 4.0kn"), "58N27, 4.0kn, 1nm to KLB."),
        ],
        "summaries": [
            (
                (
                    "read_doc",
                    {"doc": "landing_obligation.pdf"},
                    "All quota species caught must be landed; de minimis not applicable to COD 6A",
                ),
                "everything lands, no cod exemption.",
            ),
            (
                ("read_doc", {"doc": "po_rules.pdf"}, "Leases same-day if requested before 12:00"),
                "lease before noon or wait a day.",
            ),
            (
                ("read_doc", {"doc": "klb_port.txt"}, "Market 06:00-16:00, ice available"),
                "port shuts at 16:00.",
            ),
            (
                ("read_doc", {"doc": "crew.txt"}, "5 crew, 2 rest-hour breaches this trip"),
                "crew are tired already.",
            ),
        ],
        "sum_concl": "no more hauls: cod can't be landed over quota, port shuts at 16:00, "
        "crew are done. head in.",
    }
    d["drafts"] = [
        "To PO: BF-412 heading KLB, ETA 15:30.",
        [
            ("add catch", "To PO: BF-412 heading KLB, ETA 15:30. Onboard HAD 11240kg total trip."),
            (
                "add cod",
                "To PO: BF-412 heading KLB, ETA 15:30. Onboard HAD 11240kg total trip, COD 2980kg.",
            ),
            (
                "ask for lease",
                "To PO: BF-412 heading KLB, ETA 15:30. Onboard HAD 11240kg total "
                "trip, COD 2980kg. Please hold 200kg cod lease for next trip.",
            ),
        ],
    ]
    d["adjust"] = [
        (
            ("set_engine", {"rpm": 1500}, "ok"),
            ("get_position", {}, "SOG 10.2kn fuel 180L/h"),
            "fast but thirsty.",
        ),
        (
            ("set_engine", {"rpm": 1200}, "ok"),
            ("get_position", {}, "SOG 7.4kn fuel 95L/h"),
            "too slow for 16:00.",
        ),
        (
            ("set_engine", {"rpm": 1350}, "ok"),
            ("get_position", {}, "SOG 9.0kn fuel 130L/h"),
            "9 knots makes 15:40. holding.",
        ),
    ]
    d["questions"] = {
        "tool": "get_quota_line",
        "items": [
            ("how much haddock?", {"species": "HAD"}, "HAD left 760kg", "760kg."),
            ("whiting?", {"species": "WHG"}, "WHG left 2100kg", "2100kg whiting."),
            ("saithe?", {"species": "POK"}, "POK left 4000kg", "4000kg saithe."),
            ("monk?", {"species": "ANF"}, "ANF left 300kg", "300kg monk."),
        ],
    }
    d["search"] = {
        "tool": "search_quota_market",
        "items": [
            ({"species": "COD"}, "44 offers"),
            ({"species": "COD", "area": "6A"}, "6 offers"),
            (
                {"species": "COD", "area": "6A", "max_price": 1.2},
                "1 offer: Fraserburgh PO 300kg @1.10",
            ),
        ],
        "remarks": ["lots.", "six in 6A.", "one affordable."],
        "concl": "Fraserburgh PO, 300kg at 1.10 - book it for next trip.",
    }
    return _common_tail(
        d,
        "read_file",
        "trip/notes.txt",
        [
            "haul 15: planned",
            "haul 15: CANCELLED (cod)",
            "haul 15: CANCELLED (cod)\nsteam KLB 10:30",
        ],
        [{"replace": ["planned", "CANCELLED (cod)"]}, {"append": "steam KLB 10:30"}],
        ["still planned.", "cancelled.", "steam logged."],
    )


def _mini(
    name: str,
    tasks: list[str],
    openers: list[str],
    first: list[Any],
    again: list[str],
    vol_args: Any,
    intents: list[list[str]],
    restate: list[str],
    job: dict[str, Any],
    setting: dict[str, Any],
    fail: dict[str, Any],
    regen: dict[str, Any],
    same: dict[str, Any],
    extra: dict[str, Any],
) -> dict[str, Any]:
    c = [f[0] for f in first]
    return {
        "name": name,
        "tasks": tasks,
        "openers": openers,
        "first": first,
        "stuck": c[0],
        "again": again,
        "vol_args": vol_args,
        "intents": intents,
        "restate": restate,
        "job": job,
        "ab": (c[0], c[1]),
        "cycle": tuple(c),
        "setting": setting,
        "fail": fail,
        "regen": regen,
        "entities": same,
        **extra,
    }


def _progress(
    tool_q: str,
    qs: list[Any],
    pages: Any,
    corrected: Any,
    polling: Any,
    transient: Any,
    updates: Any,
    summaries: Any,
    sum_concl: str,
    drafts: Any,
    adjust: Any,
    reread: Any,
    search: Any,
) -> dict[str, Any]:
    return {
        "questions": {"tool": tool_q, "items": qs},
        "paging": pages,
        "corrected": corrected,
        "polling": polling,
        "transient": transient,
        "updates": updates,
        "summaries": summaries,
        "sum_concl": sum_concl,
        "drafts": drafts,
        "adjust": adjust,
        "reread": reread,
        "search": search,
    }


def beds() -> dict[str, Any]:
    board = "ward,beds,occupied,dtoa,blocked\nAMU,28,28,3,0\nWard 9,24,23,1,1 (C.diff side room)"
    ed = "ED,waiting_for_bed=14,longest=11h20,12h_breach_risk=3"
    lounge = "discharge_lounge,chairs=12,used=4,tto_pending=6"

    def vol_args(rng: R, i: int) -> tuple[dict[str, Any], str]:
        return (
            {
                "site": "General",
                "as_of": f"2024-01-15T14:{10 + i * 3}:{rng.randint(10, 59)}",
                "nocache": rng.randint(100000, 999999),
            },
            board,
        )

    def regen(rng: R, i: int) -> str:
        return (
            f"option {i + 1}: move bay-{rng.choice(['A', 'B', 'C'])} patient to Ward 9 "
            f"bed 1 (side room), admit {rng.choice(['ED-4', 'ED-7', 'ED-2'])} to AMU"
        )

    extra = _progress(
        "get_patient_flow",
        [
            (
                "ED-4 status?",
                {"patient": "ED-4"},
                "ED-4,waiting 11h20,needs AMU",
                "11h20, needs AMU.",
            ),
            ("ED-7?", {"patient": "ED-7"}, "ED-7,waiting 9h05,needs Ward 9", "9h05, Ward 9."),
            ("ED-2?", {"patient": "ED-2"}, "ED-2,waiting 10h50,needs AMU", "10h50, AMU."),
            (
                "ED-11?",
                {"patient": "ED-11"},
                "ED-11,waiting 2h10,needs surgical",
                "2h10, surgical.",
            ),
        ],
        {
            "tool": "list_discharges",
            "pages": [
                ({"token": None}, "AMU-3 TTO ready\nAMU-9 awaiting transport\ntoken=eyJwIjoyfQ"),
                ({"token": "eyJwIjoyfQ"}, "W9-14 TTO pending\ntoken="),
            ],
            "remarks": ["two on AMU.", "one on 9."],
            "concl": "AMU-3 can go to the lounge now; that frees an AMU bed for ED-4.",
        },
        {
            "bad": ("get_bed", {"bed": "AMU 3"}, "error: bed id format WARD-NN"),
            "why": "needs WARD-NN.",
            "good": ("get_bed", {"bed": "AMU-03"}, "AMU-03,occupied,TTO ready"),
            "concl": "AMU-03 is ready to move.",
        },
        {
            "start": ("request_porter", {"from": "AMU-03", "to": "lounge"}, "porter job P-881"),
            "tool": "get_porter_job",
            "args": {"job": "P-881"},
            "statuses": [
                "P-881,assigned",
                "P-881,en route",
                "P-881,patient collected",
                "P-881,complete",
            ],
            "concl": "AMU-03 moved to the lounge.",
        },
        {
            "call": ("get_bed", {"bed": "W9-01"}),
            "errs": ["error: PAS timeout", "error: 503"],
            "ok": "W9-01,blocked,C.diff side room,clean due 16:00",
            "concl": "W9-01 back at 16:00 after the clean.",
        },
        [
            (
                ("get_ed", {}, "ED,waiting_for_bed=12,longest=11h40"),
                "ED 12 waiting, longest 11h40, AMU 1 free.",
            ),
            (
                ("get_ed", {}, "ED,waiting_for_bed=11,longest=10h55"),
                "ED 11 waiting, longest 10h55, AMU 0 free.",
            ),
            (
                ("get_ed", {}, "ED,waiting_for_bed=9,longest=9h30"),
                "ED 9 waiting, longest 9h30, AMU 2 free.",
            ),
            (
                ("get_ed", {}, "ED,waiting_for_bed=7,longest=6h15"),
                "ED 7 waiting, longest 6h15, AMU 0 free.",
            ),
        ],
        [
            (
                (
                    "read_doc",
                    {"doc": "escalation_opel.pdf"},
                    "OPEL 3: open escalation beds on Ward 12",
                ),
                "OPEL 3 lets us open Ward 12 escalation beds.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "ipc_policy.pdf"},
                    "C.diff side rooms: no other patient until terminal clean",
                ),
                "W9-01 stays closed until cleaned.",
            ),
            (
                (
                    "read_doc",
                    {"doc": "12h_standard.pdf"},
                    "Report any 12h decision-to-admit breach",
                ),
                "12h breaches get reported.",
            ),
            (
                ("read_doc", {"doc": "site_rota.csv"}, "Site manager: Gill till 20:00"),
                "Gill is site manager.",
            ),
        ],
        "Open Ward 12 escalation, keep W9-01 shut, and get ED-4 in before 12h.",
        [
            "Bed meeting 15:00: ED 14 waiting.",
            [
                ("add AMU", "Bed meeting 15:00: ED 14 waiting. AMU full, 3 DTOA."),
                (
                    "add escalation",
                    "Bed meeting 15:00: ED 14 waiting. AMU full, 3 DTOA. Request "
                    "Ward 12 escalation.",
                ),
                (
                    "add IPC",
                    "Bed meeting 15:00: ED 14 waiting. AMU full, 3 DTOA. Request Ward 12 "
                    "escalation. W9-01 closed for C.diff clean.",
                ),
            ],
        ],
        [
            (
                ("set_escalation_beds", {"ward": "12", "beds": 6}, "ok"),
                ("get_staffing", {"ward": "12"}, "ratio 1:8 (unsafe)"),
                "too many beds for the nurses.",
            ),
            (
                ("set_escalation_beds", {"ward": "12", "beds": 2}, "ok"),
                ("get_staffing", {"ward": "12"}, "ratio 1:4, ED still 9"),
                "safe but not enough.",
            ),
            (
                ("set_escalation_beds", {"ward": "12", "beds": 4}, "ok"),
                ("get_staffing", {"ward": "12"}, "ratio 1:6, ED 7"),
                "1:6 and ED down. 4 it is.",
            ),
        ],
        {
            "read": ("read_file", {"path": "board/notes.csv"}),
            "v": ["W12,closed", "W12,open 4 beds", "W12,open 4 beds\nW9-01,clean 16:00"],
            "edits": [
                ("edit_file", {"path": "board/notes.csv", "set": "W12,open 4 beds"}, "saved"),
                ("edit_file", {"path": "board/notes.csv", "append": "W9-01,clean 16:00"}, "saved"),
            ],
            "remarks": ["closed.", "open now.", "clean time added."],
        },
        {
            "tool": "search_beds",
            "items": [
                ({"status": "free"}, "9 beds"),
                ({"status": "free", "gender": "F"}, "4 beds"),
                ({"status": "free", "gender": "F", "spec": "medical"}, "1 bed: W7-18"),
            ],
            "remarks": ["nine.", "four female.", "one medical."],
            "concl": "W7-18 for ED-2.",
        },
    )
    return _mini(
        "hospital_bed_management",
        [
            "Bed manager here, hi. ED has 14 waiting for beds, 3 close to 12 hours. AMU is "
            "full. Ward 9 side room W9-01 is closed for C.diff - do NOT put anyone in it. "
            "Please help me find beds.",
            "Hi, it's Gill (site). 14 in ED needing beds, three near the 12h mark, AMU full. "
            "W9-01 is shut for infection control, please don't use it.",
        ],
        ["Of course. Bed board first.", "Sure - checking the board.", "Okay, looking now."],
        [
            (("get_bed_board", {"site": "General"}, board), ["AMU full, 3 DTOA.", "all full."]),
            (("get_ed", {}, ed), ["3 at risk of 12h.", "longest 11h20."]),
            (("get_lounge", {}, lounge), ["8 chairs free.", "6 TTOs pending."]),
        ],
        [
            "Checking the board again.",
            "Refreshing the bed board.",
            "One more look.",
            "Board again.",
            "Let me re-check.",
            "Looking again.",
        ],
        vol_args,
        [
            [
                "I'll chase pharmacy for the six TTOs.",
                "Next: get pharmacy moving on TTOs.",
                "Going to push pharmacy on discharge meds.",
                "Let me chase the pending TTOs.",
                "Time to ring pharmacy about TTOs.",
                "I'm going to hurry the TTOs along.",
            ],
            [
                "I'll request Ward 12 escalation beds.",
                "Next: open escalation on 12.",
                "Going to ask for Ward 12 to open.",
                "Let me get escalation beds opened.",
                "Time to request the escalation ward.",
                "I'm going to open Ward 12.",
            ],
        ],
        ["Chase pharmacy for TTOs.", "Open Ward 12 escalation."],
        {
            "start": ("request_tto", {"patients": 6}, "request RX-301 sent"),
            "started": ["RX-301 sent. Will check.", "Sent; I'll follow it."],
            "check": ("get_tto", {"id": "RX-301"}, "RX-301,status=NOT_STARTED"),
            "stalls": [
                "Still not started. Checking again soon.",
                "RX-301 unchanged. I'll look again.",
                "Pharmacy hasn't begun. Will check back.",
                "Still waiting on RX-301.",
                "No change yet.",
            ],
        },
        {
            "tool": "set_bed_status",
            "args": {"bed": "W9-01"},
            "key": "status",
            "values": ["open", "cleaning", "reserved"],
            "obs": "W9-01 status {v} rejected by IPC lock",
            "check": ("get_bed_board", {"site": "General"}, board),
        },
        {
            "call": ("admit", {"patient": "ED-4", "bed": "W9-01"}, "error: bed locked by IPC"),
            "err": lambda rng: f"error: bed locked by IPC (audit {rng.randint(1000, 9999)})",
            "reworded": [
                {"patient": "ed-4", "bed": "w9-01"},
                {"pt": "ED-4", "bed_id": "W9-01"},
                {"patient": "ED-4", "bed": ["W9-01"]},
                {"patient": "ED-4", "bed": "W9-01", "override": True},
            ],
        },
        {
            "tool": "suggest_moves",
            "args": {"site": "General"},
            "out": regen,
            "rejects": [
                "uses W9-01 again - it's locked.",
                "the C.diff room again. no.",
                "side room W9-01 still in it.",
                "again W9-01.",
            ],
        },
        {
            "same_tool": "check_mrsa_screen",
            "same_items": [{"patient": p} for p in ["ED-4", "ED-7", "ED-2", "ED-11", "ED-5"]],
            "same_obs": "screen: negative (valid 72h)",
            "same_concl": "all five negative - any bay will do.",
        },
        extra,
    )


def _quick(
    name: str,
    task: str,
    ent: str,
    tools: tuple[str, str, str],
    obs: tuple[str, str, str],
    job_word: str,
    bad: str,
    good: str,
    setting: tuple[str, str, list[str]],
    forbidden: str,
    voice: list[str],
) -> dict[str, Any]:
    t1, t2, t3 = tools
    o1, o2, o3 = obs
    first = [
        ((t1, {"id": ent}, o1), [voice[0], voice[1]]),
        ((t2, {"id": ent}, o2), [voice[2]]),
        ((t3, {"id": ent}, o3), [voice[3]]),
    ]

    def vol_args(rng: R, i: int) -> tuple[dict[str, Any], str]:
        args = {"id": ent, "trace": hexid(rng, 6), "at": f"{rng.randint(10, 23)}:{i:02d}"}
        if rng.random() < 0.5:
            args = dict(reversed(list(args.items())))
        return args, o1

    def regen(rng: R, i: int) -> str:
        return (
            f"proposal {i + 1}: step {rng.randint(1, 9)} uses {forbidden}; "
            f"duration {rng.randint(2, 9)}h"
        )

    extra = _progress(
        t2,
        [
            (f"what about {ent}-{k}?", {"id": f"{ent}-{k}"}, f"{ent}-{k}: {v}", v)
            for k, v in [
                ("A", "ok"),
                ("B", "needs attention"),
                ("C", "complete"),
                ("D", "not started"),
            ]
        ],
        {
            "tool": f"list_{job_word}s",
            "pages": [
                ({"page": 1}, f"{ent}-A ok\n{ent}-B open"),
                ({"page": 2}, f"{ent}-C done\n(end)"),
            ],
            "remarks": ["one open.", "last page."],
            "concl": f"only {ent}-B is still open.",
        },
        {
            "bad": (t1, {"id": bad}, f"error: unknown id {bad}"),
            "why": f"should be {good}.",
            "good": (t1, {"id": good}, o1),
            "concl": "that's the record.",
        },
        {
            "start": (f"start_{job_word}", {"id": ent}, f"{job_word} J-71 started"),
            "tool": f"get_{job_word}",
            "args": {"job": "J-71"},
            "statuses": ["J-71 queued", "J-71 running 30%", "J-71 running 80%", "J-71 complete"],
            "concl": "J-71 complete.",
        },
        {
            "call": (t3, {"id": ent}),
            "errs": ["error: timeout", "error: service unavailable"],
            "ok": o3,
            "concl": "got it.",
        },
        [
            ((t2, {"id": f"{ent}-{k}"}, f"{ent}-{k}: done"), f"{ent}-{k} done, {n} left.")
            for k, n in [("A", 3), ("B", 2), ("C", 1), ("D", 0)]
        ],
        [
            (("read_doc", {"doc": f"{d}.pdf"}, f"{d}: {s}"), s)
            for d, s in [
                ("method_statement", "work in sequence A to D"),
                ("permit", f"{forbidden} is prohibited"),
                ("contacts", "supervisor on call till 18:00"),
                ("schedule", "finish by Friday"),
            ]
        ],
        f"sequence A-D, never {forbidden}, done by Friday.",
        [
            f"Report on {ent}: work started.",
            [
                ("add progress", f"Report on {ent}: work started. A and B done."),
                ("add risk", f"Report on {ent}: work started. A and B done. {forbidden} avoided."),
                (
                    "add date",
                    f"Report on {ent}: work started. A and B done. {forbidden} avoided. "
                    "Finish Friday.",
                ),
            ],
        ],
        [
            ((setting[0], {"id": ent, setting[1]: v}, "ok"), (t1, {"id": ent}, f"reading {r}"), m)
            for v, r, m in [
                (setting[2][2], "high", "overshot."),
                (setting[2][0], "low", "undershot."),
                (setting[2][1], "in range", "that's it."),
            ]
        ],
        {
            "read": ("read_file", {"path": f"{ent}/log.txt"}),
            "v": ["A: todo", "A: done", "A: done\nB: done"],
            "edits": [
                ("edit_file", {"path": f"{ent}/log.txt", "set": "A: done"}, "saved"),
                ("edit_file", {"path": f"{ent}/log.txt", "append": "B: done"}, "saved"),
            ],
            "remarks": ["A open.", "A marked.", "B added."],
        },
        {
            "tool": f"search_{job_word}s",
            "items": [
                ({"q": ent}, "52 hits"),
                ({"q": ent, "year": 2024}, "8 hits"),
                ({"q": ent, "year": 2024, "open": True}, f"1 hit: {ent}-B"),
            ],
            "remarks": ["many.", "eight.", "one."],
            "concl": f"{ent}-B is the one to chase.",
        },
    )
    return _mini(
        name,
        [task],
        [voice[4], voice[5]],
        first,
        [f"checking {t1} again.", "once more.", "re-reading.", "again."],
        vol_args,
        [
            [
                f"I'll start the {job_word} on {ent} now.",
                f"Next: the {job_word} for {ent}.",
                f"Going to kick off the {job_word}.",
                f"Let me get the {job_word} going.",
                f"Time to start {ent}'s {job_word}.",
                f"I'm going to begin the {job_word}.",
            ]
        ],
        [f"Start the {job_word} on {ent}."],
        {
            "start": (f"start_{job_word}", {"id": ent}, f"{job_word} J-70 submitted"),
            "started": ["J-70 submitted, will check."],
            "check": (f"get_{job_word}", {"job": "J-70"}, "J-70 status=WAITING_APPROVAL"),
            "stalls": [
                "still waiting for approval, checking again.",
                "J-70 unchanged. will look again.",
                "no change yet.",
                "still waiting.",
            ],
        },
        {
            "tool": setting[0],
            "args": {"id": ent},
            "key": setting[1],
            "values": setting[2],
            "obs": f"{setting[1]}={{v}} stored (not applied: {ent} locked)",
            "check": (t1, {"id": ent}, o1),
        },
        {
            "call": (f"approve_{job_word}", {"id": ent}, f"error: {forbidden} not permitted"),
            "err": lambda rng: f"error: {forbidden} not permitted ({hexid(rng, 5)})",
            "reworded": [
                {"id": ent.lower()},
                {"ref": ent},
                {"id": [ent]},
                {"id": ent, "override": True},
            ],
        },
        {
            "tool": f"plan_{job_word}",
            "args": {"id": ent},
            "out": regen,
            "rejects": [
                f"uses {forbidden} again. no.",
                f"{forbidden} again, regenerating.",
                f"still {forbidden}.",
            ],
        },
        {
            "same_tool": f"check_{job_word}_permit",
            "same_items": [{"id": f"{ent}-{k}"} for k in "ABCDE"],
            "same_obs": "permit valid, no conditions",
            "same_concl": "all five permitted.",
        },
        extra,
    )


def excavation() -> dict[str, Any]:
    return _quick(
        "archaeological_excavation",
        "Dr Okafor, site director. Trench 4 at Hollow Farm: a burial turned up in context "
        "1043 and the developer wants the trench backfilled by Friday. Do not backfill "
        "trench 4 until the coroner's licence is logged. Sort the recording and the "
        "timetable.",
        "T4",
        ("get_context", "get_trench", "get_finds"),
        (
            "CTX 1043 | T4 | grave cut | skeleton SK-12 | not lifted",
            "T4 | open | 8x2m | sections drawn 2/4",
            "FINDS T4 | 37 bags | 2 small finds",
        ),
        "excavation",
        "1043",
        "CTX-1043",
        ("set_dewatering", "pump_rate", ["low", "medium", "high"]),
        "backfilling T4",
        [
            "Unlifted burial, then.",
            "SK-12 still in situ.",
            "two sections left.",
            "finds are bagged.",
            "Right. Context sheets first.",
            "Let me pull the records.",
        ],
    )


def outage() -> dict[str, Any]:
    return _quick(
        "power_outage_restoration",
        "Control room. Storm took out feeder F-22 at 04:10: 3,400 customers off, the care "
        "home on Mill Lane is on its generator with 6 hours of fuel. Restore supply. Do not "
        "energise section S3 - a line is down across the road there.",
        "F22",
        ("get_feeder", "get_section", "get_crew"),
        (
            "F22 | OPEN | lockout | cust_off=3400",
            "F22 sections S1 ok S2 ok S3 LINE DOWN",
            "crew C-4 at S2, ETA S3 45 min",
        ),
        "switching",
        "F-22",
        "F22",
        ("set_recloser", "mode", ["auto", "manual", "one-shot"]),
        "energising S3",
        [
            "Feeder locked out.",
            "3400 off.",
            "S3 is the fault.",
            "crew near.",
            "Copy. Reading SCADA.",
            "Understood, feeder first.",
        ],
    )


# --------------------------------------------------------------------------- builders

Domain = dict[str, Any]


def opening(rng: R, d: Domain, lo: int, hi: int) -> list[Step]:
    steps = [llm(rng.choice(d["openers"]), rng.choice(d["tasks"]))]
    for c, remarks in d["first"][: rng.randint(lo, hi)]:
        steps.append(call(c))
        if rng.random() < 0.6:
            steps.append(llm(rng.choice(remarks)))
    return steps


def nudge_seq(rng: R, texts: list[str], mode: str) -> list[Step]:
    out: list[Step] = []
    line = rng.choice(HARNESS)
    for i, text in enumerate(texts):
        if mode == "harness":
            out.append(llm(text, line))
        elif mode == "silent" and i % 2 == 1:
            out.append(llm(text))
        else:
            out.append(llm(text, rng.choice(NUDGES)))
    return out


def paraphrases(rng: R, d: Domain, n: int) -> list[str]:
    phr = list(rng.choice(d["intents"]))
    rng.shuffle(phr)
    while len(phr) < n:
        phr.append(rng.choice(phr[:-1]))
    return phr[:n]


# Loops ---------------------------------------------------------------------------------


def loop_exact_repeat(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 2)
    n = rng.randint(3, 8)
    mode = rng.choice(["bare", "same", "varied"])
    fixed = rng.choice(d["again"])
    for i in range(n):
        s.append(call(d["stuck"]))
        if mode == "same" and i < n - 1:
            s.append(llm(fixed))
        elif mode == "varied" and i < n - 1:
            s.append(llm(rng.choice(d["again"])))
    return s


def loop_volatile_result(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 1)
    name, args, _ = d["stuck"]
    for i in range(rng.randint(3, 7)):
        s.append(tool(name, args, d["vol_result"](rng, i)))
        if rng.random() < 0.45:
            s.append(llm(rng.choice(d["again"])))
    return s


def loop_volatile_args(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 1)
    name = d["stuck"][0]
    for i in range(rng.randint(3, 7)):
        args, obs = d["vol_args"](rng, i)
        s.append(tool(name, args, obs))
        if rng.random() < 0.45:
            s.append(llm(rng.choice(d["again"])))
    return s


def loop_paraphrase_nudged(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 2)
    texts = paraphrases(rng, d, rng.randint(4, 6))
    texts[0] = rng.choice(SURE) + texts[0]
    s += nudge_seq(rng, texts, rng.choice(["nudges", "harness", "silent"]))
    return s


def loop_paraphrase_monologue(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 1, 3)
    n = rng.randint(3, 6)
    if rng.random() < 0.5:
        texts = paraphrases(rng, d, n)
    else:
        sentence = rng.choice(d["restate"])
        forms = rng.sample(MONO_FORMS, n)
        texts = [f(sentence) for f in forms]
    s += [llm(t) for t in texts]
    return s


def loop_status_stall(rng: R, d: Domain) -> list[Step]:
    job = d["job"]
    s = opening(rng, d, 0, 2)
    s.append(call(job["start"]))
    s.append(llm(rng.choice(job["started"])))
    mode = rng.choice(["check", "ping", "alternate"])
    for i in range(rng.randint(3, 6)):
        stall = rng.choice(job["stalls"])
        if mode == "check" or (mode == "alternate" and i % 2 == 0):
            s.append(call(job["check"]))
            s.append(llm(stall))
        else:
            s.append(llm(stall, rng.choice(PINGS)))
    return s


def loop_ab_oscillation(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 2)
    a, b = d["ab"]
    extra = rng.choice(["none", "call", "remark"])
    rounds = rng.randint(3, 4)
    for i in range(rounds):
        s += [call(a), call(b)]
        if i == 1 and extra == "call":
            s.append(call(d["first"][-1][0]))
        if extra == "remark" and rng.random() < 0.5:
            s.append(llm(rng.choice(d["again"])))
    return s


def setter_steps(rng: R, d: Domain, values: list[str]) -> list[Step]:
    st = d["setting"]
    out: list[Step] = []
    for v in values:
        args = {**st["args"], st["key"]: v}
        out.append(tool(st["tool"], args, st["obs"].format(v=v)))
        out.append(call(st["check"]))
        if rng.random() < 0.35:
            out.append(llm(rng.choice(d["again"])))
    return out


def loop_setting_flip(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 2)
    v = d["setting"]["values"]
    a, b = rng.sample(v, 2)
    s += setter_steps(rng, d, [a if i % 2 == 0 else b for i in range(rng.randint(3, 6))])
    return s


def loop_setting_revisit(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 2)
    v = list(d["setting"]["values"])
    rng.shuffle(v)
    if rng.random() < 0.5:
        seq = (v * 3)[: rng.randint(4, 7)]
    else:
        seq = [v[0], v[1], v[2], v[1], v[0], v[1], v[2]][: rng.randint(4, 7)]
    s += setter_steps(rng, d, seq)
    return s


def loop_cycle_of_three(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 1)
    cyc = list(d["cycle"])
    rounds, extra = rng.choice([(2, 1), (2, 2), (3, 0), (3, 1)])
    for _ in range(rounds):
        s += [call(c) for c in cyc]
    s += [call(c) for c in cyc[:extra]]
    return s


def loop_failing_repeat(rng: R, d: Domain) -> list[Step]:
    f = d["fail"]
    name, args, err = f["call"]
    s = opening(rng, d, 0, 2)
    mode = rng.choice(["bare", "ids", "remarks"])
    for _ in range(rng.randint(3, 7)):
        s.append(tool(name, args, f["err"](rng) if mode == "ids" else err, True))
        if mode == "remarks":
            s.append(llm(rng.choice(RETRY_REMARKS)))
    return s


def loop_failing_reworded(rng: R, d: Domain) -> list[Step]:
    f = d["fail"]
    name, args, err = f["call"]
    s = opening(rng, d, 0, 2)
    s.append(tool(name, args, err, True))
    talk = rng.random() < 0.6
    for a in rng.sample(f["reworded"], rng.randint(2, 4)):
        if talk:
            s.append(llm(rng.choice(REWORD_REMARKS)))
        s.append(tool(name, a, err, True))
    return s


def loop_apology_retry(rng: R, d: Domain, complain: bool) -> list[Step]:
    f = d["fail"]
    s = opening(rng, d, 0, 2)
    s.append(call(f["call"], True))
    n = rng.randint(3, 6)
    for i, text in enumerate(rng.sample(APOLOGIES, n)):
        obs = rng.choice(COMPLAINTS) if complain and i in (1, n - 1) else ""
        s.append(llm(text, obs))
        s.append(call(f["call"], True))
    return s


def loop_regenerate(rng: R, d: Domain) -> list[Step]:
    g = d["regen"]
    s = opening(rng, d, 1, 2)
    rejects = rng.sample(g["rejects"], len(g["rejects"]))
    for i in range(rng.randint(3, 5)):
        s.append(tool(g["tool"], g["args"], g["out"](rng, i)))
        s.append(llm(rejects[i % len(rejects)]))
    return s


def progress_prefix(rng: R, d: Domain) -> list[Step]:
    """Three first lookups, two question-tool lookups and one document read and summarised."""
    s = [llm(rng.choice(d["openers"]), rng.choice(d["tasks"]))]
    for c, remarks in d["first"]:
        s += [call(c), llm(rng.choice(remarks))]
    q = d["questions"]
    for _, args, obs, ans in q["items"][:2]:
        s += [tool(q["tool"], args, obs), llm(ans)]
    c, summary = d["summaries"][0]
    s += [call(c), llm(summary)]
    return s


def loop_after_progress(rng: R, d: Domain, kind: str) -> list[Step]:
    s = progress_prefix(rng, d)
    tail_rng = random.Random(rng.random())
    if kind == "exact":
        for _ in range(rng.randint(3, 5)):
            s.append(call(d["stuck"]))
    elif kind == "failing":
        for _ in range(rng.randint(3, 5)):
            s.append(call(d["fail"]["call"], True))
    elif kind == "stall":
        job = d["job"]
        s += [call(job["start"]), llm(rng.choice(job["started"]))]
        for _ in range(rng.randint(3, 4)):
            s += [call(job["check"]), llm(rng.choice(job["stalls"]))]
    elif kind == "regen":
        g = d["regen"]
        for i in range(rng.randint(3, 4)):
            s += [tool(g["tool"], g["args"], g["out"](tail_rng, i)), llm(g["rejects"][i % 3])]
    elif kind == "ab":
        a, b = d["ab"]
        for _ in range(3):
            s += [call(a), call(b)]
    elif kind == "monologue":
        s += [llm(t) for t in paraphrases(rng, d, rng.randint(3, 5))]
    elif kind == "nudged":
        s += nudge_seq(rng, paraphrases(rng, d, rng.randint(4, 5)), "nudges")
    else:
        for _ in range(2):
            s += [call(c) for c in d["cycle"]]
        s.append(call(d["cycle"][0]))
    return s


# Progress ------------------------------------------------------------------------------


def prog_paging(rng: R, d: Domain) -> list[Step]:
    p = d["paging"]
    s = opening(rng, d, 0, 1)
    pages = p["pages"][: rng.choice([2, 3, 3])] if len(p["pages"]) > 2 else p["pages"]
    for i, (args, obs) in enumerate(pages):
        s.append(tool(p["tool"], args, obs))
        if rng.random() < 0.7 or i == len(pages) - 1:
            s.append(llm(p["remarks"][i]))
    s.append(llm(p["concl"]))
    return s


def prog_corrected_retry(rng: R, d: Domain) -> list[Step]:
    c = d["corrected"]
    s = opening(rng, d, 0, 2)
    s += [call(c["bad"], True), llm(c["why"]), call(c["good"]), llm(c["concl"])]
    return s


def poll_statuses(rng: R, d: Domain, repeat: bool) -> list[str]:
    st = list(d["polling"]["statuses"])
    if not repeat:
        return st
    out: list[str] = []
    which = rng.sample(range(len(st) - 1), rng.choice([1, 2]))
    for i, x in enumerate(st):
        out += [x] * (rng.randint(2, 3) if i in which else 1)
    return out


def prog_polling(rng: R, d: Domain, repeat: bool) -> list[Step]:
    p = d["polling"]
    s = opening(rng, d, 0, 2)
    s += [
        call(p["start"]),
        llm(
            rng.choice(
                ["Started. Polling.", "Running - I'll poll it.", "Kicked off; checking progress."]
            )
        ),
    ]
    waits = repeat or rng.random() < 0.5
    use_tool = rng.random() < 0.5
    backoff = [30, 60, 120, 120, 120, 120, 120, 120]
    statuses = poll_statuses(rng, d, repeat)
    for i, obs in enumerate(statuses):
        s.append(tool(p["tool"], p["args"], obs))
        if i == len(statuses) - 1:
            break
        if waits:
            secs = backoff[min(i, len(backoff) - 1)] if repeat else 45
            if use_tool:
                s.append(tool("wait", {"seconds": secs}, f"waited {secs}s"))
            else:
                s.append(llm(f"Not there yet; waiting {secs}s before the next poll."))
    s.append(llm(p["concl"]))
    return s


def prog_entities(rng: R, d: Domain, same: bool) -> list[Step]:
    e = d["entities"]
    s = opening(rng, d, 0, 1)
    if same:
        for args in e["same_items"]:
            s.append(tool(e["same_tool"], args, e["same_obs"]))
        s.append(llm(e["same_concl"]))
        return s
    for args, obs in e["items"]:
        s.append(tool(e["tool"], args, obs))
        if rng.random() < 0.3:
            s.append(llm(rng.choice(e["remarks"])))
    s.append(llm(e["concl"]))
    return s


def prog_transient(rng: R, d: Domain, twice: bool) -> list[Step]:
    t = d["transient"]
    name, args = t["call"]
    s = opening(rng, d, 0, 2)
    errs = (
        [t["errs"][0]]
        if not twice
        else rng.choice([[t["errs"][0], t["errs"][0]], [t["errs"][0], t["errs"][1]]])
    )
    for e in errs:
        s.append(tool(name, args, e, True))
        if rng.random() < 0.5:
            s.append(tool("wait", {"seconds": rng.choice([5, 10, 15])}, "ok"))
        else:
            s.append(
                llm(
                    rng.choice(
                        [
                            "Looks transient; retrying in a moment.",
                            "Temporary error. One more try.",
                            "That's a flaky link, not us. Again.",
                        ]
                    )
                )
            )
    s += [tool(name, args, t["ok"]), llm(t["concl"])]
    return s


def prog_status_updates(rng: R, d: Domain, pinged: bool) -> list[Step]:
    s = opening(rng, d, 0, 1)
    prefix = rng.choice(UPDATE_PREFIXES)
    for c, text in d["updates"]:
        s.append(call(c))
        s.append(llm(prefix + text, rng.choice(PINGS) if pinged else ""))
    return s


def prog_summaries(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 1)
    for c, summary in d["summaries"]:
        s += [call(c), llm(summary)]
    s.append(llm(d["sum_concl"]))
    return s


def prog_draft(rng: R, d: Domain) -> list[Step]:
    first, rounds = d["drafts"]
    s = opening(rng, d, 0, 2)
    s.append(llm(rng.choice(["Draft:\n\n", "First go:\n\n", "Here's a draft.\n\n"]) + first))
    for feedback, draft in rounds:
        s.append(llm(rng.choice(["Revised:\n\n", "Updated:\n\n", ""]) + draft, feedback))
    return s


def prog_adjust(rng: R, d: Domain) -> list[Step]:
    s = opening(rng, d, 0, 2)
    for set_c, measure_c, remark in d["adjust"]:
        s += [call(set_c), call(measure_c), llm(remark)]
    return s


def prog_user_questions(rng: R, d: Domain) -> list[Step]:
    q = d["questions"]
    s = opening(rng, d, 0, 1)
    for question, args, obs, ans in q["items"]:
        s.append(
            llm(rng.choice(["Checking.", "One sec.", "Let me look.", "Looking it up."]), question)
        )
        s += [tool(q["tool"], args, obs), llm(ans)]
    return s


def prog_reread(rng: R, d: Domain) -> list[Step]:
    r = d["reread"]
    name, args = r["read"]
    s = opening(rng, d, 0, 1)
    for i, text in enumerate(r["v"]):
        s += [tool(name, args, text), llm(r["remarks"][i])]
        if i < len(r["edits"]):
            s.append(call(r["edits"][i]))
    return s


def prog_search(rng: R, d: Domain) -> list[Step]:
    q = d["search"]
    s = opening(rng, d, 0, 1)
    for i, (args, obs) in enumerate(q["items"]):
        s.append(tool(q["tool"], args, obs))
        s.append(llm(q["remarks"][i]))
    s.append(llm(q["concl"]))
    return s


# --------------------------------------------------------------------------- the set

DOMAINS: list[Callable[[], Domain]] = [
    bakery,
    radio,
    datacentre,
    catering,
    trawler,
    beds,
    excavation,
    outage,
]
ALL = list(range(8))
FIRST4 = [0, 1, 2, 3]
LAST4 = [4, 5, 6, 7]
EVEN = [0, 2, 4, 6]
ODD = [1, 3, 5, 7]
AFTER_KINDS = ["exact", "failing", "stall", "regen", "ab", "nudged", "monologue", "cycle"]

Builder = Callable[[R, Domain, int], list[Step]]
PLAN: list[tuple[str, str, list[int], Builder]] = [
    ("loop", "exact_repeat", ALL, lambda r, d, i: loop_exact_repeat(r, d)),
    ("loop", "volatile_result", FIRST4, lambda r, d, i: loop_volatile_result(r, d)),
    ("loop", "volatile_args", LAST4, lambda r, d, i: loop_volatile_args(r, d)),
    ("loop", "paraphrase_nudged", ALL, lambda r, d, i: loop_paraphrase_nudged(r, d)),
    ("loop", "paraphrase_monologue", ALL, lambda r, d, i: loop_paraphrase_monologue(r, d)),
    ("loop", "status_stall", ALL, lambda r, d, i: loop_status_stall(r, d)),
    ("loop", "ab_oscillation", ALL, lambda r, d, i: loop_ab_oscillation(r, d)),
    ("loop", "setting_flip", EVEN, lambda r, d, i: loop_setting_flip(r, d)),
    ("loop", "setting_revisit", ODD, lambda r, d, i: loop_setting_revisit(r, d)),
    ("loop", "cycle_of_three", ALL, lambda r, d, i: loop_cycle_of_three(r, d)),
    ("loop", "failing_repeat", ALL, lambda r, d, i: loop_failing_repeat(r, d)),
    ("loop", "failing_reworded", EVEN, lambda r, d, i: loop_failing_reworded(r, d)),
    ("loop", "apology_retry", ODD, lambda r, d, i: loop_apology_retry(r, d, i in (3, 7))),
    ("loop", "regenerate_unacceptable", ALL, lambda r, d, i: loop_regenerate(r, d)),
    ("loop", "after_progress", ALL, lambda r, d, i: loop_after_progress(r, d, AFTER_KINDS[i])),
    ("progress", "paging", ALL, lambda r, d, i: prog_paging(r, d)),
    ("progress", "corrected_retry", ALL, lambda r, d, i: prog_corrected_retry(r, d)),
    ("progress", "polling", FIRST4, lambda r, d, i: prog_polling(r, d, False)),
    ("progress", "polling_repeated_status", LAST4, lambda r, d, i: prog_polling(r, d, True)),
    ("progress", "entities", FIRST4, lambda r, d, i: prog_entities(r, d, False)),
    ("progress", "entities_same_result", LAST4, lambda r, d, i: prog_entities(r, d, True)),
    ("progress", "transient_retry", LAST4, lambda r, d, i: prog_transient(r, d, False)),
    ("progress", "transient_retry_twice", FIRST4, lambda r, d, i: prog_transient(r, d, True)),
    ("progress", "status_updates", ALL, lambda r, d, i: prog_status_updates(r, d, i in (2, 5))),
    ("progress", "summaries", ALL, lambda r, d, i: prog_summaries(r, d)),
    ("progress", "draft_refinement", ALL, lambda r, d, i: prog_draft(r, d)),
    ("progress", "adjust_and_measure", ALL, lambda r, d, i: prog_adjust(r, d)),
    ("progress", "user_questions", ALL, lambda r, d, i: prog_user_questions(r, d)),
    ("progress", "reread_after_edit", ALL, lambda r, d, i: prog_reread(r, d)),
    ("progress", "search_refinement", ALL, lambda r, d, i: prog_search(r, d)),
]


def as_observed(steps: list[Step]) -> list[Step]:
    """Drop an llm observation equal to the last one seen: a repeated line is no new input."""
    last = None
    out = []
    for step in steps:
        step = dict(step)
        if step["kind"] == "llm" and step.get("observation"):
            if step["observation"] == last:
                del step["observation"]
            else:
                last = step["observation"]
        out.append(step)
    return out


def build() -> list[Row]:
    domains = [make() for make in DOMAINS]
    rows: list[Row] = []
    for label, category, which, builder in PLAN:
        for n, i in enumerate(which):
            rid = f"tenth-{label}-{category}-{n:03d}"
            rng = random.Random(f"{SEED}:{rid}")
            steps = as_observed(builder(rng, domains[i], i))
            rows.append(
                {
                    "id": rid,
                    "label": label,
                    "category": f"{label}/{category}",
                    "domain": domains[i]["name"],
                    "steps": steps,
                }
            )
    return rows


def main() -> None:
    out = Path(__file__).resolve().parent / "trajectories.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
