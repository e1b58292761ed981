"""Compose the fifth loop-detection evaluation set, ``trajectories.jsonl``.

Written before the fourth tuning round from material written for this set alone (see
``README.md``). Every row is ``{"id", "label", "category", "domain", "steps"}``; a step is
``{"kind": "llm", "text", "observation"?}`` or ``{"kind": "tool", "tool", "args",
"observation", "error"}``. Run ``python tests/data/trajectories_final/generate.py`` to
regenerate: the seed is fixed, so the output is the same every time.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEED = 58213907
OUT = Path(__file__).with_name("trajectories.jsonl")

Step = dict[str, Any]
Domain = dict[str, Any]


# --- steps ------------------------------------------------------------------------------


def A(text: str) -> Step:
    """The agent says something, with no new input since its previous call."""
    return {"kind": "llm", "text": text}


def U(said: str, text: str) -> Step:
    """The agent answers after the user (or a harness) said ``said``."""
    return {"kind": "llm", "text": text, "observation": said}


def C(tool: str, args: dict[str, Any], obs: str) -> Step:
    """A tool call that succeeded."""
    return {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": False}


def E(tool: str, args: dict[str, Any], err: str) -> Step:
    """A tool call that failed with ``err``."""
    return {"kind": "tool", "tool": tool, "args": args, "observation": err, "error": True}


def words(tool: str, text: str) -> Step:
    """A word-count tool call whose answer is right."""
    return C(tool, {"text": text}, f"{len(text.split())} words")


def emit(items: list[Any]) -> list[Step]:
    """Strings are agent remarks, tuples are successful calls, dicts are steps."""
    out: list[Step] = []
    for item in items:
        if isinstance(item, str):
            out.append(A(item))
        elif isinstance(item, tuple):
            out.append(C(*item))
        else:
            out.append(item)
    return out


# --- shared banks -----------------------------------------------------------------------

NUDGES = [
    "ok",
    "go on",
    "keep going",
    "yes please",
    "sure",
    "ok.",
    "yep",
    "mm-hm",
    "carry on",
    "fine, go ahead",
    "\U0001f44d",
    "right",
    "alright",
    "sounds good",
]
HARNESS = ["[auto-reply] continue", "Continue with the task.", "(no new input) proceed"]
LEADS = ["Sure. ", "Will do. ", "OK. ", "Yes. ", "Absolutely. "]
PINGS = ["any news?", "anything yet?", "how's it going?", "and?", "status?", "still there?"]
APOLOGIES = [
    "Sorry about that, trying again.",
    "Apologies, that didn't go through. Retrying.",
    "My bad. Once more.",
    "That failed; I'll retry.",
    "Sorry! Let me try that again.",
    "Hmm, an error. Retrying the same request.",
    "I apologise for the failure; attempting it again.",
    "Oops. Again.",
]
AFTER_FAIL = ["same error", "again?", "still failing", "that's the same error as before", "hmm"]
RETRY = ["Retrying.", "Let me try that again.", "Trying once more.", "Again.", "One more attempt."]
REWORD = [
    "Maybe it's how I formatted the arguments; trying another spelling.",
    "Let me phrase the request slightly differently.",
    "Perhaps the field names are off. Adjusting.",
    "Trying again with tweaked parameters.",
    "Possibly a formatting issue, so reformatting and resubmitting.",
]


# --- volatile noise ---------------------------------------------------------------------

HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"


def token(rng: random.Random, kind: str) -> str:
    if kind == "hex":
        return "".join(rng.choice(HEX) for _ in range(12))
    if kind == "uuid":
        h = "".join(rng.choice(HEX) for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "num":
        return str(rng.randint(10_000_000, 99_999_999))
    assert kind == "b32", kind
    return "req_" + "".join(rng.choice(B32) for _ in range(10))


def stamp(t: dt.datetime, style: str, rng: random.Random) -> str:
    if style == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "iso_ms":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}+00:00"
    if style == "rfc":
        return t.strftime("%a, %d %b %Y %H:%M:%S GMT")
    if style == "epoch":
        return str(int(t.timestamp()))
    if style == "log":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{rng.randint(0, 999):03d}"
    assert style == "human", style
    half = "am" if t.hour < 12 else "pm"
    return f"{t.day} {t:%b %Y}, {t.hour % 12 or 12}:{t:%M:%S} {half}"


def clock(d: Domain) -> dt.datetime:
    return dt.datetime(*d["t0"], tzinfo=dt.UTC)


# --- domain: veterinary clinic scheduling (chatty assistant) --------------------------------

VET_LIST = (
    "get_surgery_list",
    {"vet": "okafor", "date": "2025-03-18"},
    "6 procedures: 08:30 spay (Biscuit, canine) | 09:15 dental + 2 extractions (Mittens, "
    "feline) | 10:30 lump removal (Rolo, canine) | 11:45 dental scale & polish (Pepper, "
    "canine) | 14:00 cruciate repair (Bramble, canine) | 15:30 castrate (Noodle, feline)",
)
VET_SHIFT = (
    "list_on_shift",
    {"date": "2025-03-18", "role": "surgeon"},
    "On shift 18/03: Dr. Lindqvist 08:00-18:00 [dental cert] | Dr. Mensah 08:00-13:00 | "
    "Dr. Park 12:00-20:00 [ortho]",
)
VET_LIND = (
    "get_vet_calendar",
    {"vet_id": "V-LIND", "day": "2025-03-18"},
    "Dr. Lindqvist, Tue 18 Mar: 08:00-09:00 consults | 09:00-12:30 OPEN | 12:30-13:00 lunch "
    "| 13:00-17:30 consults (14 booked) | 17:30-18:00 OPEN",
)

VET: Domain = {
    "name": "vet_clinic_scheduling",
    "task": "Dr. Okafor has called in sick. Rebook her Tuesday 18 March surgery list at "
    "Harbourside Vets onto whoever is on shift, keep the two dentals with a "
    "dentistry-certified vet, and text every owner whose time changes.",
    "openers": [
        "Oh no, poor Dr. Okafor! Okay, first I want to see exactly what was on her list.",
        "Plan: 1) pull Tuesday's surgery list, 2) see who's on shift and what they're "
        "certified for, 3) rebook, 4) text the owners. Starting with the list.",
        "Sure thing! Let me grab her Tuesday list before I move anything around.",
    ],
    "t0": (2025, 3, 17, 16, 2, 11),
    "prefix": [
        VET_LIST,
        VET_SHIFT,
        (
            "get_theatre_bookings",
            {"theatre": "T2", "date": "2025-03-18"},
            "T2: free 08:00-12:00; 12:00-13:30 Dr. Mensah (enucleation, Ziggy); free 13:30-18:00",
        ),
    ],
    "lookup": VET_LIND,
    "again": [
        "Let me pull Lindqvist's calendar again.",
        "hmm, re-reading her calendar in case a slot freed up",
        "Checking Dr. Lindqvist's day one more time!",
        "I want to be sure about that 09:00-12:30 gap, so I'm refreshing it.",
        "Calendar again.",
        "Just double-checking the open block before I commit to anything...",
    ],
    "vol": {
        "call": ("get_vet_calendar", {"vet_id": "V-LIND", "day": "2025-03-18"}),
        "json": {
            "vet": "V-LIND",
            "day": "2025-03-18",
            "open": ["09:00-12:30", "17:30-18:00"],
            "consults_booked": 14,
        },
        "extra": {"fetched": "ts", "trace_id": "rid"},
        "ts": "rfc",
        "rid": "uuid",
        "shuffle": True,
    },
    "intent": [
        "Next I'll move Biscuit's spay to Dr. Lindqvist at 09:00.",
        "Right, so the plan is to put the 08:30 spay into Lindqvist's morning block.",
        "I'm going to rebook Biscuit with Dr. Lindqvist, first slot of her open morning.",
        "Okay, shifting the spay over to Lindqvist now, 9 o'clock.",
        "Let me reassign Biscuit's spay to Dr. Lindqvist's 09:00 opening!",
        "Moving the spay (Biscuit) onto Lindqvist's free morning; doing that next.",
    ],
    "intent2": [
        "Before anything else, the owners need texting about the time change.",
        "I should send the owners an SMS about the new times.",
        "Texting the affected owners is the next thing to do.",
        "Owners first: each of them gets a text with the new slot.",
        "Let me notify the owners by SMS about the revised schedule.",
        "The SMS to owners about their pets' new times comes next.",
    ],
    "verbatim": "I'll text the owners about the new times now.",
    "stall": {
        "kick": (
            "send_sms_batch",
            {"template": "reschedule_v2", "recipients": 6},
            "Batch SMS-5521 accepted, status: queued",
        ),
        "check": ("get_sms_batch", {"batch": "SMS-5521"}, "SMS-5521: queued, 0/6 sent"),
        "msgs": [
            "Still waiting on the SMS batch: 0 of 6 sent.",
            "The SMS batch is still queued, 0/6 sent so far.",
            "Still queued. 0 of 6 texts sent.",
            "No change: SMS-5521 is still queued with nothing sent.",
            "Waiting on the text batch; still 0/6.",
        ],
    },
    "ab": (
        (
            "get_vet_calendar",
            {"vet_id": "V-MENS", "day": "2025-03-18"},
            "Dr. Mensah, Tue 18 Mar: 08:00-12:00 OPEN | 12:00-13:30 theatre T2 (enucleation, "
            "Ziggy) | off from 13:30",
        ),
        (
            "get_vet_calendar",
            {"vet_id": "V-PARK", "day": "2025-03-18"},
            "Dr. Park, Tue 18 Mar: 12:00-14:00 OPEN | 14:00-17:00 consults (11 booked) | "
            "17:00-20:00 OPEN",
        ),
    ),
    "ab_remarks": [
        "Hmm, and Park's?",
        "Back to Mensah's calendar.",
        "Let me compare the two again.",
        "Okay, Mensah once more.",
    ],
    "flip": {
        "tool": "assign_theatre",
        "args": {"procedure": "P-0830", "theatre": "{v}"},
        "values": ["T1", "T2"],
        "obs": "P-0830 (spay, Biscuit) moved to {v} - tentative",
        "check": (
            "check_conflicts",
            {"date": "2025-03-18"},
            "1 conflict: P-0830 08:30 has no anaesthesia nurse assigned (nurse roster: 0 of 1)",
        ),
        "remarks": [
            "Maybe the other theatre clears it.",
            "Hmm, still a conflict. Let me try the other theatre.",
            "Switching theatres again.",
        ],
    },
    "cycle": [VET_LIST, VET_SHIFT, VET_LIND],
    "fail": {
        "tool": "book_procedure",
        "args": {"procedure_id": "P-0915", "vet_id": "V-LIND", "start": "09:15"},
        "error": "409 Conflict: no anaesthesia nurse rostered for V-LIND at 09:15 "
        "(nurse roster empty until 10:00)",
        "reworded": [
            {"procedure_id": "p-0915", "vet_id": "V-LIND", "start": "09:15"},
            {"procedure_id": "P-0915", "vet_id": "V-LIND", "start": "09:15:00"},
            {"procedure": "P-0915", "vet": "V-LIND", "start": "9:15"},
            {"procedure_id": "P-0915", "vet_id": "v-lind", "start": "09:15", "notify_owner": False},
            {"procedure_id": "P-0915", "vet_id": "V-LIND", "start_time": "2025-03-18T09:15"},
        ],
    },
    "regen": {
        "call": (
            "auto_schedule",
            {"date": "2025-03-18", "source_vet": "okafor", "strategy": "balanced"},
        ),
        "intro": "Let me try the auto-scheduler; it might save us some time.",
        "outputs": [
            "Proposal #1: Biscuit spay -> Mensah 08:30 | Mittens dental -> Mensah 09:30 | Rolo "
            "lump -> Lindqvist 10:30 | Pepper dental -> Lindqvist 11:30 | Bramble cruciate -> "
            "Park 14:00 | Noodle castrate -> Park 16:00",
            "Proposal #2: Mittens dental -> Park 12:15 | Biscuit spay -> Lindqvist 09:00 | "
            "Pepper dental -> Lindqvist 10:00 | Rolo lump -> Mensah 08:30 | Bramble cruciate -> "
            "Park 14:30 | Noodle castrate -> Mensah 11:00",
            "Proposal #3: Pepper dental -> Mensah 10:45 | Mittens dental -> Lindqvist 09:00 | "
            "Biscuit spay -> Mensah 08:00 | Rolo lump -> Lindqvist 11:15 | Bramble cruciate -> "
            "Park 13:30 | Noodle castrate -> Park 15:45",
            "Proposal #4: Biscuit spay -> Park 12:00 | Mittens dental -> Mensah 08:30 | Pepper "
            "dental -> Park 16:30 | Rolo lump -> Lindqvist 09:00 | Bramble cruciate -> Park "
            "13:30 | Noodle castrate -> Lindqvist 11:00",
            "Proposal #5: Rolo lump -> Park 12:30 | Pepper dental -> Lindqvist 09:00 | Mittens "
            "dental -> Park 15:00 | Biscuit spay -> Mensah 08:30 | Bramble cruciate -> Park "
            "13:30 | Noodle castrate -> Mensah 10:00",
        ],
        "rejects": [
            "No good: Mittens's dental went to Dr. Mensah, who isn't dental certified. "
            "I'll regenerate.",
            "Mittens is with Dr. Park this time, and Park isn't dental certified either. Again.",
            "Now it's Pepper's dental that's with Mensah. Let me run it once more.",
            "Two dentals with uncertified vets this time! Trying again.",
            "Mittens with Park again. Regenerating...",
        ],
    },
    "after": "nudged",
    "pages": {
        "tool": "list_appointments",
        "pages": [
            (
                {"vet": "okafor", "date": "2025-03-18", "type": "consult"},
                "Consults 1-6 of 15: 09:00 Luna (booster) | 09:10 Max (itchy ears) | 09:20 Coco "
                "(weight check) | 09:30 Alfie (limping, L fore) | 09:40 Daisy (booster) | 09:50 "
                "Milo (nail clip). next_cursor: c2",
            ),
            (
                {"vet": "okafor", "date": "2025-03-18", "type": "consult", "cursor": "c2"},
                "Consults 7-12 of 15: 16:00 Bella (vomiting, 2 days) | 16:10 Oscar (booster) | "
                "16:20 Poppy (post-op check) | 16:30 Teddy (skin lump) | 16:40 Willow (booster) | "
                "16:50 Buster (ear drops recheck). next_cursor: c3",
            ),
            (
                {"vet": "okafor", "date": "2025-03-18", "type": "consult", "cursor": "c3"},
                "Consults 13-15 of 15: 17:00 Hazel (senior health check) | 17:10 Ziggy (eye "
                "recheck) | 17:20 Pip (booster). next_cursor: none",
            ),
        ],
        "remarks": [
            "Got the first six. Grabbing the next page.",
            "Okay, last page coming up.",
        ],
        "done": "That's all 15 of her consults. Ten are boosters, weight checks, nail clips or "
        "rechecks the nurse clinic can take; Max, Alfie, Bella, Teddy and Hazel need a vet.",
    },
    "corrected": {
        "bad": (
            "book_procedure",
            {"procedure_id": "P-0830", "vet_id": "LINDQVIST", "start": "09:00"},
            "400 Bad Request: unknown vet_id 'LINDQVIST' (ids look like V-XXXX)",
        ),
        "note": "Ah, it wants the staff id, not the surname. Dr. Lindqvist is V-LIND.",
        "good": (
            "book_procedure",
            {"procedure_id": "P-0830", "vet_id": "V-LIND", "start": "09:00"},
            "Booked: P-0830 spay (Biscuit) with V-LIND 09:00-10:00, theatre T1. Owner: "
            "Mrs. Ferreira, +44 7700 900412",
        ),
        "follow": [
            (
                "send_sms",
                {
                    "to": "+44 7700 900412",
                    "template": "moved",
                    "vars": {"pet": "Biscuit", "time": "09:00"},
                },
                "SMS queued (id sm_88213)",
            ),
            "Biscuit's sorted and Mrs. Ferreira has been texted. Mittens next!",
        ],
    },
    "poll": {
        "kick": (
            "send_sms_batch",
            {
                "template": "reschedule_v2",
                "recipients": ["O-2291", "O-1187", "O-3310", "O-0954", "O-2760", "O-1402"],
            },
            "Batch SMS-5530 accepted (6 recipients)",
        ),
        "tool": "get_sms_batch",
        "args": {"batch": "SMS-5530"},
        "statuses": [
            "SMS-5530: queued - 0/6 sent",
            "SMS-5530: sending - 2/6 sent",
            "SMS-5530: sending - 5/6 sent",
            "SMS-5530: done - 6/6 sent, 4 delivery receipts",
        ],
        "wait": ("pause", {"seconds": 30}, "waited 30s"),
        "done": "All six owners have been texted, and four receipts are already back.",
    },
    "entities": {
        "tool": "check_insurance_preauth",
        "same": True,
        "items": [
            (
                {"patient_id": "PT-40117", "name": "Biscuit"},
                "No pre-authorisation request on file.",
            ),
            (
                {"patient_id": "PT-38820", "name": "Mittens"},
                "No pre-authorisation request on file.",
            ),
            ({"patient_id": "PT-41562", "name": "Rolo"}, "No pre-authorisation request on file."),
            ({"patient_id": "PT-39904", "name": "Pepper"}, "No pre-authorisation request on file."),
            (
                {"patient_id": "PT-42311", "name": "Bramble"},
                "No pre-authorisation request on file.",
            ),
        ],
        "done": "None of the five has a pre-auth on file, so nothing needs re-submitting to "
        "insurers after the date change. Nice, one less job.",
    },
    "transient": {
        "call": (
            "send_sms",
            {
                "to": "+44 7700 900871",
                "template": "moved",
                "vars": {"pet": "Pepper", "time": "11:45"},
            },
            "SMS queued (id sm_88241)",
        ),
        "errors": [
            "503 Service Unavailable: SMS gateway busy",
            "503 Service Unavailable: SMS gateway busy",
        ],
        "remarks": [
            "The SMS gateway's busy, so I'll wait a moment and resend.",
            "Still busy! One more try after a short pause.",
        ],
        "wait": ("pause", {"seconds": 20}, "waited 20s"),
        "next": "Pepper's owner is texted. That's everyone with a morning slot done.",
    },
    "updates": {
        "items": [
            (
                C(
                    "book_procedure",
                    {"procedure_id": "P-0915", "vet_id": "V-LIND", "start": "10:00"},
                    "Booked: P-0915 dental + extractions (Mittens) with V-LIND 10:00-11:30, T1",
                ),
                "Update: Mittens's dental is now with Dr. Lindqvist at 10:00 (she's "
                "dental-certified). 1 of 6 moved.",
            ),
            (
                C(
                    "book_procedure",
                    {"procedure_id": "P-1030", "vet_id": "V-MENS", "start": "08:30"},
                    "Booked: P-1030 lump removal (Rolo) with V-MENS 08:30-09:30, T2",
                ),
                "Update: Rolo's lump removal moves earlier, to 08:30 with Dr. Mensah. 2 of 6 done.",
            ),
            (
                C(
                    "book_procedure",
                    {"procedure_id": "P-1400", "vet_id": "V-PARK", "start": "14:00"},
                    "Booked: P-1400 cruciate repair (Bramble) with V-PARK 14:00-16:30, T2",
                ),
                "Update: Bramble keeps his 14:00 slot, just with Dr. Park, who's the ortho "
                "person anyway. 3 of 6.",
            ),
            (
                C(
                    "book_procedure",
                    {"procedure_id": "P-1145", "vet_id": "V-LIND", "start": "11:45"},
                    "Booked: P-1145 dental scale & polish (Pepper) with V-LIND 11:45-12:30, T1",
                ),
                "Update: Pepper's dental stays at 11:45, now with Dr. Lindqvist. 4 of 6; just "
                "the spay and the castrate left.",
            ),
        ],
        "pings": ["how's it going?", "status?", "where are we at?", "update?"],
    },
    "docs": {
        "items": [
            (
                (
                    "get_lab_report",
                    {"patient": "Mittens", "panel": "pre-anaesthetic"},
                    "Mittens (feline, 14y): urea 12.9 mmol/L (H), creatinine 198 umol/L (H), "
                    "ALT 41 U/L, glucose 6.1 mmol/L, PCV 31%",
                ),
                "Mittens: mildly raised kidney values (urea, creatinine), so IV fluids during "
                "the dental would be wise; the rest looks fine.",
            ),
            (
                (
                    "get_lab_report",
                    {"patient": "Rolo", "panel": "pre-anaesthetic"},
                    "Rolo (canine, 9y): ALT 212 U/L (H), ALKP 480 U/L (H), glucose 5.2 mmol/L, "
                    "PCV 44%, platelets 310",
                ),
                "Rolo's liver enzymes are up (ALT and ALKP), which the vet may want to weigh "
                "when choosing the anaesthetic. PCV and platelets are normal.",
            ),
            (
                (
                    "get_lab_report",
                    {"patient": "Bramble", "panel": "pre-anaesthetic"},
                    "Bramble (canine, 6y): all values within reference; PCV 48%, total protein "
                    "66 g/L",
                ),
                "Bramble's bloods are completely normal, so he's good to go for the cruciate.",
            ),
            (
                (
                    "get_lab_report",
                    {"patient": "Noodle", "panel": "pre-anaesthetic"},
                    "Noodle (feline, 7mo): PCV 29% (low-normal), total protein 58 g/L, glucose "
                    "7.8 mmol/L (stress)",
                ),
                "Noodle: PCV at the low end and a stress-high glucose, nothing that should "
                "stop a castrate.",
            ),
        ],
        "done": "So two need a vet to look first (Mittens's kidneys, Rolo's liver); Bramble "
        "and Noodle are clear.",
    },
    "drafts": {
        "first": "Hi, Harbourside Vets here. Dr. Okafor is unwell so Biscuit's op on Tue 18 Mar "
        "has moved to 09:00 with Dr. Lindqvist. Please reply YES to confirm.",
        "rounds": [
            (
                "Too chatty about Okafor being ill, we don't share staff health info. And "
                "remind them about fasting.",
                "Hi, Harbourside Vets here. Biscuit's operation on Tue 18 Mar has moved to "
                "09:00 with Dr. Lindqvist. Please keep Biscuit fasted from midnight and reply "
                "YES to confirm.",
            ),
            (
                "Better. Drop-off time though, they need to arrive half an hour early.",
                "Harbourside Vets: Biscuit's operation on Tue 18 Mar is now at 09:00 with Dr. "
                "Lindqvist. Please drop Biscuit off at 08:30, no food after midnight (water is "
                "fine). Reply YES to confirm or call 01632 960118.",
            ),
            (
                "Perfect, but it has to fit in one SMS, 160 characters.",
                "Harbourside Vets: Biscuit's op Tue 18/3 now 09:00 (Dr Lindqvist). Drop off "
                "08:30, no food after midnight. Reply YES or call 01632 960118",
            ),
        ],
    },
    "adjust": [
        C(
            "set_slot_length",
            {"vet_id": "V-LIND", "date": "2025-03-18", "minutes": 15},
            "Consult slot length for V-LIND on 18/03 set to 15 min",
        ),
        C(
            "simulate_day",
            {"vet_id": "V-LIND", "date": "2025-03-18"},
            "Projected finish 19:05 (65 min past shift end)",
        ),
        "Over by more than an hour with the surgeries added. Shorter consult slots, then.",
        C(
            "set_slot_length",
            {"vet_id": "V-LIND", "date": "2025-03-18", "minutes": 12},
            "Consult slot length for V-LIND on 18/03 set to 12 min",
        ),
        C(
            "simulate_day",
            {"vet_id": "V-LIND", "date": "2025-03-18"},
            "Projected finish 18:20 (20 min past shift end)",
        ),
        "Closer! Let's try 10 minutes.",
        C(
            "set_slot_length",
            {"vet_id": "V-LIND", "date": "2025-03-18", "minutes": 10},
            "Consult slot length for V-LIND on 18/03 set to 10 min",
        ),
        C(
            "simulate_day",
            {"vet_id": "V-LIND", "date": "2025-03-18"},
            "Projected finish 17:50 (10 min before shift end)",
        ),
        "That fits, with ten minutes to spare. I'll keep the 10-minute slots.",
    ],
    "questions": [
        (
            "Is Rolo fasted?",
            "Let me check Rolo's notes.",
            (
                "get_patient_notes",
                {"patient": "Rolo", "field": "fasting"},
                "Rolo: owner confirmed fasting from 20:00 Mon (call log 17/03 14:12)",
            ),
            "Yes, Rolo's owner confirmed he's been fasted since 8pm last night.",
        ),
        (
            "And Noodle?",
            "Checking Noodle now.",
            (
                "get_patient_notes",
                {"patient": "Noodle", "field": "fasting"},
                "Noodle: no fasting confirmation recorded",
            ),
            "Nothing recorded for Noodle yet, so I'd give the owner a ring.",
        ),
        (
            "Has Bramble had his pre-op bloods?",
            "One sec!",
            (
                "get_patient_notes",
                {"patient": "Bramble", "field": "pre_op_bloods"},
                "Bramble: pre-anaesthetic panel run 17/03 11:02, all within reference",
            ),
            "Yes, yesterday morning, and everything came back normal.",
        ),
        (
            "What about Mittens's bloods?",
            "Looking now.",
            (
                "get_patient_notes",
                {"patient": "Mittens", "field": "pre_op_bloods"},
                "Mittens: pre-anaesthetic panel run 17/03 09:40; urea and creatinine high, vet "
                "to review",
            ),
            "Done yesterday too, but her kidney values were high, so a vet should review "
            "them before the dental.",
        ),
    ],
    "rerun": {
        "check": ("validate_schedule", {"date": "2025-03-18", "site": "harbourside"}),
        "results": [
            "4 issues: [1] P-0830 has no vet | [2] P-1530 has no vet | [3] T2 double-booked "
            "12:00-12:30 | [4] V-MENS over shift end by 30 min",
            "3 issues: [1] P-1530 has no vet | [2] T2 double-booked 12:00-12:30 | [3] V-MENS "
            "over shift end by 30 min",
            "2 issues: [1] T2 double-booked 12:00-12:30 | [2] V-MENS over shift end by 30 min",
            "OK: no issues found",
        ],
        "fixes": [
            (
                "book_procedure",
                {"procedure_id": "P-0830", "vet_id": "V-LIND", "start": "09:00"},
                "Booked P-0830 with V-LIND 09:00-10:00, T1",
            ),
            (
                "book_procedure",
                {"procedure_id": "P-1530", "vet_id": "V-PARK", "start": "16:45"},
                "Booked P-1530 with V-PARK 16:45-17:15, T2",
            ),
            [
                "The clash and Mensah's overrun are the same problem: Rolo's lump removal "
                "runs into her enucleation. Moving it earlier.",
                (
                    "move_procedure",
                    {"procedure_id": "P-1030", "start": "08:30"},
                    "P-1030 moved to 08:30-09:30 (V-MENS, T2)",
                ),
            ],
        ],
        "done": "The schedule validates clean now.",
    },
    "refine": {
        "tool": "search_locums",
        "items": [
            (
                {"region": "south-west"},
                "38 locum vets registered in South West; 21 available this week",
                "Too many. Really I only need cover for dentals.",
            ),
            (
                {"region": "south-west", "skills": ["dentistry"]},
                "6 with dentistry: Dr. Hale, Dr. Iqbal, Dr. Moreau, Dr. Tran, Dr. Venn, Dr. Yusuf",
                "Six. Let me narrow it to people free on Tuesday within 25 miles.",
            ),
            (
                {
                    "region": "south-west",
                    "skills": ["dentistry"],
                    "available": "2025-03-18",
                    "max_miles": 25,
                },
                "2 matches: Dr. Iqbal (11 mi, 520 GBP/day), Dr. Venn (19 mi, 480 GBP/day)",
                "Two backups if Lindqvist gets swamped: Iqbal or Venn.",
            ),
        ],
    },
}


# --- domain: container-port berth planning (terse operations log) --------------------------

PORT_PLAN = (
    "berth_plan.get",
    {"terminal": "KES-CT", "window_h": 72},
    "B1 MAERSK ELBA 06:00-19:00 | B2 free | B3 CMA CGM LOIRE (reefer) 04:00-22:00 | B4 MSC "
    "AURELIA 14:00-08:00+1 | B5 HAPAG TULSA 10:00-02:00+1 | B6 maint until 12:00",
)
PORT_ETA = (
    "vessel.eta",
    {"imo": "9839272"},
    "MSC AURELIA / IMO 9839272 / ETA 23:00 (was 14:00) / draft 14.6m / reefer plugs req 312",
)
PORT_TIDE_B4 = (
    "tide.window",
    {"berth": "B4", "draft_m": 14.6},
    "B4 depth 15.2m CD. draft 14.6 ok all states of tide (UKC 0.6m)",
)
PORT_CRANES = (
    "crane.status",
    {"berth": "B3"},
    "B3 STS: QC07 OK | QC08 OK | QC09 OOS spreader fault, ETR 36h",
)

PORT: Domain = {
    "name": "port_berth_planning",
    "task": "Kestrel Port container terminal, next 72h. MSC AURELIA's ETA has slipped 9h. "
    "Rework the berth plan (B1-B6) so no vessel waits more than 6h at anchor. Reefer-heavy "
    "ships need B3 or B4 (shore power).",
    "openers": [
        "pulling live berth plan.",
        "ack. start with current plan + ETAs.",
        "Starting with the 72h berth plan for KES-CT.",
    ],
    "t0": (2025, 4, 2, 3, 17, 45),
    "prefix": [PORT_PLAN, PORT_ETA, PORT_TIDE_B4],
    "lookup": PORT_CRANES,
    "again": [
        "recheck QC09.",
        "crane status again",
        "re-poll B3 cranes",
        "QC09 ETR?",
        "again: B3 cranes",
        "checking B3 cranes once more before deciding",
    ],
    "vol": {
        "call": ("crane.status", {"berth": "B3", "live": True}),
        "token": ("seq", "num"),
        "json": {
            "berth": "B3",
            "QC07": "OK",
            "QC08": "OK",
            "QC09": "OOS",
            "QC09_fault": "spreader",
            "QC09_etr_h": 36,
        },
        "extra": {"ts": "ts", "msg_id": "rid"},
        "ts": "epoch",
        "rid": "hex",
        "shuffle": True,
    },
    "intent": [
        "Next: swap AURELIA to B3 and push LOIRE to B4.",
        "plan is to move MSC AURELIA onto B3, CMA CGM LOIRE shifts to B4.",
        "Will reassign AURELIA -> B3 and LOIRE -> B4.",
        "So: AURELIA takes B3, LOIRE goes across to B4. doing that now.",
        "Going to swap the two reefer ships between B3 and B4.",
        "Doing the B3/B4 swap for AURELIA and LOIRE next.",
    ],
    "intent2": [
        "need to notify the pilot station of the new AURELIA berthing time.",
        "pilots must get the revised ETB for AURELIA.",
        "Next step: send the pilot station the new berthing time.",
        "Must tell pilots AURELIA berths later.",
        "Pilot booking has to move to the new time.",
        "Notify pilotage: AURELIA ETB changed.",
    ],
    "verbatim": "Notifying pilot station of AURELIA's new ETB.",
    "stall": {
        "kick": (
            "plan.publish",
            {"terminal": "KES-CT", "version": "v14"},
            "publish job PJ-811 accepted; waiting on TOS sync",
        ),
        "check": ("plan.publish_status", {"job": "PJ-811"}, "PJ-811 PENDING tos_sync 0/6"),
        "msgs": [
            "PJ-811 still pending, 0/6 synced.",
            "still pending. 0/6.",
            "PJ-811: pending, 0 of 6 berths synced.",
            "no change on PJ-811, 0/6.",
            "PJ-811 pending - nothing synced yet.",
        ],
    },
    "ab": (
        PORT_TIDE_B4,
        (
            "tide.window",
            {"berth": "B3", "draft_m": 14.6},
            "B3 depth 14.9m CD. draft 14.6: UKC 0.3m < 0.5m policy between LW-2h and LW+2h "
            "(tomorrow 01:10-05:10)",
        ),
    ),
    "ab_remarks": ["and B3?", "back to B4", "compare again", "B3 once more"],
    "flip": {
        "tool": "berth_plan.assign",
        "args": {"vessel": "MSC AURELIA", "berth": "{v}", "plan": "v15"},
        "values": ["B3", "B4"],
        "obs": "MSC AURELIA -> {v} in draft v15",
        "check": (
            "plan.validate",
            {"version": "v15"},
            "INVALID: HAPAG TULSA anchor wait 9.5h > 6h limit (B5 occupied until 02:00+1)",
        ),
        "remarks": ["try the other berth.", "still invalid. swap back.", "hm. again."],
    },
    "cycle": [PORT_PLAN, PORT_ETA, PORT_CRANES],
    "fail": {
        "tool": "berth_plan.commit",
        "args": {"version": "v15", "approver": "duty.planner"},
        "error": "ERR 403: commit requires role HARBOUR_MASTER (caller duty.planner)",
        "reworded": [
            {"version": "v15", "approver": "Duty.Planner"},
            {"version": "15", "approver": "duty.planner"},
            {"version": "v15", "approver": "duty.planner", "force": True},
            {"plan": "v15", "approved_by": "duty.planner"},
            {"version": "v15 ", "approver": "duty.planner", "comment": "urgent"},
        ],
    },
    "regen": {
        "call": (
            "optimizer.solve",
            {"terminal": "KES-CT", "horizon_h": 72, "objective": "min_max_wait"},
        ),
        "intro": "running optimizer.",
        "outputs": [
            "sol#1 status=FEASIBLE max_wait=7.2h (HAPAG TULSA) | B3 AURELIA 23:00 | B4 LOIRE "
            "04:00 | B5 TULSA 09:10 | gap 0.4%",
            "sol#2 status=FEASIBLE max_wait=6.8h (MAERSK ELBA) | B3 LOIRE 04:00 | B4 AURELIA "
            "23:00 | B1 ELBA 12:50 | gap 0.9%",
            "sol#3 status=FEASIBLE max_wait=8.1h (HAPAG TULSA) | B2 TULSA 18:05 | B4 AURELIA "
            "23:00 | gap 1.3%",
            "sol#4 status=TIME_LIMIT max_wait=6.5h (CMA CGM LOIRE) | B3 AURELIA 23:00 | B4 "
            "LOIRE 10:30 | gap 3.0%",
            "sol#5 status=FEASIBLE max_wait=7.0h (MAERSK ELBA) | B1 ELBA 13:00 | B4 AURELIA "
            "23:00 | gap 0.2%",
        ],
        "rejects": [
            "max wait 7.2h > 6h. rerun.",
            "6.8h. still over. rerun.",
            "8.1h. worse. again.",
            "6.5h + hit time limit. again.",
            "7.0h. rerun.",
        ],
    },
    "after": "flip",
    "pages": {
        "tool": "vessel.calls",
        "pages": [
            (
                {"terminal": "KES-CT", "from": "2025-04-02T00:00Z", "page": 1},
                "1-5/13: MAERSK ELBA | CMA CGM LOIRE | MSC AURELIA | HAPAG TULSA | ONE HARMONY",
            ),
            (
                {"terminal": "KES-CT", "from": "2025-04-02T00:00Z", "page": 2},
                "6-10/13: EVER GLEN | COSCO TAURUS | MSC LUCIA | YM WISDOM | X-PRESS ANNAPURNA",
            ),
            (
                {"terminal": "KES-CT", "from": "2025-04-02T00:00Z", "page": 3},
                "11-13/13: MAERSK KOLKATA | HMM ALGECIRAS | CMA CGM ORWELL",
            ),
        ],
        "remarks": ["p2", "p3"],
        "done": "13 calls in window. reefer-heavy: LOIRE, AURELIA, LUCIA, KOLKATA.",
    },
    "corrected": {
        "bad": (
            "tide.window",
            {"berth": "B2", "draft_m": "14,6"},
            "ERR draft_m: expected number, got '14,6'",
        ),
        "note": "decimal comma. resend as 14.6.",
        "good": (
            "tide.window",
            {"berth": "B2", "draft_m": 14.6},
            "B2 depth 13.8m CD. draft 14.6 NOT OK except HW-2h..HW+2h (tomorrow 08:40-12:40)",
        ),
        "follow": ["B2 usable only around HW, 08:40-12:40. noted as TULSA fallback."],
    },
    "poll": {
        "kick": (
            "plan.publish",
            {"terminal": "KES-CT", "version": "v16"},
            "publish job PJ-812 accepted",
        ),
        "tool": "plan.publish_status",
        "args": {"job": "PJ-812"},
        "statuses": [
            "PJ-812 QUEUED",
            "PJ-812 RUNNING tos_sync 2/6",
            "PJ-812 RUNNING tos_sync 5/6",
            "PJ-812 DONE 6/6, TOS ack 03:52",
        ],
        "done": "v16 live in TOS.",
    },
    "entities": {
        "tool": "vessel.eta",
        "items": [
            ({"imo": "9778791"}, "MAERSK ELBA / ETA 05:40 / draft 13.1m / reefer 48"),
            ({"imo": "9454436"}, "CMA CGM LOIRE / ETA 03:55 / draft 12.9m / reefer 402"),
            ({"imo": "9695121"}, "HAPAG TULSA / ETA 09:20 / draft 14.1m / reefer 60"),
            ({"imo": "9757204"}, "ONE HARMONY / ETA 16:45+1 / draft 13.8m / reefer 120"),
            ({"imo": "9839179"}, "MSC LUCIA / ETA 21:30+1 / draft 15.0m / reefer 388"),
        ],
        "done": "LUCIA needs B4 tmrw night (15.0m, reefers). HARMONY fits B1/B2.",
    },
    "transient": {
        "call": (
            "ais.position",
            {"mmsi": "636021234"},
            "MSC AURELIA 51.62N 001.94E SOG 15.8kn COG 248, 62nm out, consistent w/ ETA 23:00",
        ),
        "errors": ["504 AIS gateway timeout", "503 upstream AIS provider unavailable"],
        "remarks": ["AIS timeout. retry.", "503 now. retry again."],
        "wait": ("sleep", {"s": 15}, "ok"),
        "next": "AIS agrees with ETA 23:00.",
    },
    "updates": {
        "items": [
            (
                C(
                    "berth_plan.assign",
                    {"vessel": "MSC AURELIA", "berth": "B4", "plan": "v16", "from": "23:00"},
                    "AURELIA -> B4 23:00-17:00+1 (v16)",
                ),
                "status: AURELIA B4 23:00. LOIRE unaffected on B3.",
            ),
            (
                C(
                    "berth_plan.assign",
                    {"vessel": "HAPAG TULSA", "berth": "B5", "plan": "v16", "from": "10:00"},
                    "TULSA -> B5 10:00-02:00+1 (v16)",
                ),
                "status: TULSA keeps B5 10:00, zero anchor wait.",
            ),
            (
                C(
                    "berth_plan.assign",
                    {"vessel": "ONE HARMONY", "berth": "B2", "plan": "v16", "from": "16:45"},
                    "HARMONY -> B2 16:45-09:00+2 (v16)",
                ),
                "status: HARMONY on B2, UKC ok at 13.8m draft.",
            ),
            (
                C("plan.validate", {"version": "v16"}, "VALID. max anchor wait 2.1h (MAERSK ELBA)"),
                "status: v16 validates. worst wait 2.1h, ELBA.",
            ),
        ],
        "pings": ["status?", "?", "where are we", "update"],
    },
    "docs": {
        "items": [
            (
                (
                    "notice.get",
                    {"id": "NtM 14/25"},
                    "NtM 14/25: Maintenance dredging in approach channel buoys K5-K7, 1-6 Apr, "
                    "06:00-18:00. Vessels >14.0m draft to transit at HW+/-3h only.",
                ),
                "NtM 14/25: dredging K5-K7 to 6 Apr; >14.0m draft only HW+/-3h by day. hits "
                "AURELIA (14.6) on a daytime arrival.",
            ),
            (
                (
                    "notice.get",
                    {"id": "NtM 15/25"},
                    "NtM 15/25: QC09 at B3 out of service pending spreader replacement; B3 max "
                    "2 STS cranes.",
                ),
                "NtM 15/25: B3 down to 2 cranes. slower turns at B3.",
            ),
            (
                (
                    "notice.get",
                    {"id": "PN 03/25"},
                    "Port Notice 03/25: Tug TENACIOUS in drydock 31 Mar-9 Apr. Max 3 tugs "
                    "available; ships >300m LOA require 3 tugs.",
                ),
                "PN 03/25: 3 tugs until 9 Apr. no simultaneous 300m+ moves.",
            ),
            (
                (
                    "notice.get",
                    {"id": "WX 0402"},
                    "Wind warning 02 Apr: SW 25-30kn gusting 38kn 14:00-20:00. Crane ops "
                    "suspended above 35kn gust.",
                ),
                "WX 0402: gusts 38kn 14-20h. expect crane stops this pm.",
            ),
        ],
        "done": "constraints: daytime deep-draft transit, 2 cranes B3, 3 tugs, wind 14-20h.",
    },
    "drafts": {
        "first": "To all lines: berth plan v16. AURELIA B4 23:00. TULSA B5 10:00. HARMONY B2 16:45.",
        "rounds": [
            (
                "Add the dredging restriction for deep-draft arrivals. And say which version it "
                "replaces.",
                "To all lines: berth plan v16 (replaces v14). AURELIA B4 23:00. TULSA B5 10:00. "
                "HARMONY B2 16:45. NtM 14/25: >14.0m draft transit HW+/-3h only, 1-6 Apr.",
            ),
            (
                "Lines want windows, not just start times.",
                "To all lines: berth plan v16 (replaces v14). AURELIA B4 23:00-17:00+1. TULSA "
                "B5 10:00-02:00+1. HARMONY B2 16:45-09:00+2. NtM 14/25: >14.0m draft transit "
                "HW+/-3h only, 1-6 Apr.",
            ),
            (
                "Good. Add this afternoon's wind warning and send.",
                "To all lines: berth plan v16 (replaces v14). AURELIA B4 23:00-17:00+1 | TULSA "
                "B5 10:00-02:00+1 | HARMONY B2 16:45-09:00+2. NtM 14/25: >14.0m draft transit "
                "HW+/-3h only, 1-6 Apr. Wind warning today 14:00-20:00, gusts 38kn: expect "
                "crane stoppages.",
            ),
        ],
    },
    "adjust": [
        C("crane.allocate", {"vessel": "MSC AURELIA", "gangs": 2}, "AURELIA: 2 gangs allocated"),
        C(
            "berth_plan.estimate",
            {"vessel": "MSC AURELIA"},
            "est completion 11:30+1 (2,140 moves @ 2x26/h)",
        ),
        "11:30 too late, LUCIA needs B4. 3 gangs.",
        C("crane.allocate", {"vessel": "MSC AURELIA", "gangs": 3}, "AURELIA: 3 gangs allocated"),
        C(
            "berth_plan.estimate",
            {"vessel": "MSC AURELIA"},
            "est completion 07:10+1 (2,140 moves @ 3x26/h)",
        ),
        "07:10. need <= 06:00. try 4.",
        C("crane.allocate", {"vessel": "MSC AURELIA", "gangs": 4}, "AURELIA: 4 gangs allocated"),
        C(
            "berth_plan.estimate",
            {"vessel": "MSC AURELIA"},
            "est completion 05:50+1 (2,140 moves @ 4x25/h, crane interference)",
        ),
        "05:50. ok. keep 4.",
    ],
    "questions": [
        (
            "tugs for AURELIA at 23:00?",
            "checking.",
            (
                "tug.availability",
                {"from": "22:30", "to": "00:30"},
                "22:30-00:30: 3 tugs free (SVITZER ANNA, KESTREL 2, KESTREL 3)",
            ),
            "yes, 3 free.",
        ),
        (
            "and TULSA at 10:00?",
            "checking.",
            (
                "tug.availability",
                {"from": "09:30", "to": "11:30"},
                "09:30-11:30: 2 tugs free (KESTREL 2, KESTREL 3); SVITZER ANNA on LOIRE",
            ),
            "2 free. TULSA (294m) needs 2. ok.",
        ),
        (
            "HARMONY 16:45?",
            "looking.",
            (
                "tug.availability",
                {"from": "16:15", "to": "18:15"},
                "16:15-18:15: 1 tug free; 2 on wind standby (gusts 38kn)",
            ),
            "only 1 free, 2 on wind standby. may have to hold HARMONY till after 20:00.",
        ),
        (
            "what about after 20:00 then",
            "checking.",
            ("tug.availability", {"from": "20:00", "to": "22:00"}, "20:00-22:00: 3 tugs free"),
            "3 free after 20:00. HARMONY can shift then.",
        ),
    ],
    "rerun": {
        "check": ("plan.validate", {"version": "v16"}),
        "results": [
            "3 violations: TULSA anchor wait 9.5h | LOIRE on B2 (no shore power) | B6 used "
            "during maint",
            "2 violations: LOIRE on B2 (no shore power) | B6 used during maint",
            "1 violation: B6 used during maint (until 12:00)",
            "VALID",
        ],
        "fixes": [
            (
                "berth_plan.assign",
                {"vessel": "HAPAG TULSA", "berth": "B5", "plan": "v16", "from": "10:00"},
                "TULSA -> B5 10:00 (v16)",
            ),
            (
                "berth_plan.assign",
                {"vessel": "CMA CGM LOIRE", "berth": "B3", "plan": "v16", "from": "04:00"},
                "LOIRE -> B3 04:00 (v16)",
            ),
            (
                "berth_plan.assign",
                {"vessel": "MAERSK ELBA", "berth": "B1", "plan": "v16", "from": "06:00"},
                "ELBA -> B1 06:00 (v16)",
            ),
        ],
        "done": "v16 valid.",
    },
    "refine": {
        "tool": "anchorage.search",
        "items": [
            ({"area": "kestrel"}, "7 anchorages: K-A1..K-A4, OUTER-1..3", "narrow: deep water."),
            (
                {"area": "kestrel", "min_depth_m": 16},
                "3: K-A3 (17m), OUTER-1 (22m), OUTER-2 (19m)",
                "+ free tonight.",
            ),
            (
                {"area": "kestrel", "min_depth_m": 16, "free_from": "22:00", "free_to": "06:00+1"},
                "1: OUTER-2 (19m), 4.2nm from pilot station",
                "OUTER-2 for AURELIA if she arrives early.",
            ),
        ],
    },
}


# --- domain: newsroom fact-checking (chatty, thinks aloud) ---------------------------------

NEWS_STORY = (
    "cms_fetch_story",
    {"story_id": 88213, "rev": "latest"},
    "Story 88213 r7 'Bus fares up 40% since 2019' by Dana Whitlow, 612 words, status: ready "
    "for check.\nClaims marked by editor:\n [1] adult single fare rose from £1.50 (2019) to "
    "£2.10\n [2] 'the steepest rise of any big English city'\n [3] ridership down 18% since "
    "2019\n [4] quote: Cllr Rosa Hart, transport committee, 3 March",
)
NEWS_CLAIMS = (
    "extract_claims",
    {"story_id": 88213, "rev": 7},
    "4 checkable claims + 1 attributed quote. [1] numeric, [2] comparative, [3] numeric, [4] "
    "quote (Cllr R. Hart, 2025-03-03). 'Up 40%' in headline derives from [1].",
)
NEWS_ARCHIVE = (
    "archive_search",
    {"q": "Northgate Transit adult single fare 2019", "source": "press_releases"},
    "1 result: 'Northgate Transit fare table effective 2 January 2019' - adult single £1.60, "
    "child single £0.80, day ticket £4.20",
)
NEWS_FARES_NOW = (
    "fetch_url",
    {"url": "https://northgate-transit.example/fares"},
    "Fares (from 5 January 2025): adult single £2.10, child single £1.05, day ticket £5.60",
)
NEWS_BUS0415 = (
    "fetch_url",
    {"url": "https://stats.example.gov/bus/table-bus0415"},
    "Table BUS0415 (local bus passenger journeys, Northgate): 2019 41.2m, 2024 34.6m",
)
NEWS_STANDFIRST = [
    "Northgate's adult single bus fare has risen from £1.60 at the start of 2019 to £2.10 "
    "today, a 31% increase that campaigners say is driving passengers away, with journeys "
    "down 16% over the same period according to the operator's own annual figures.",
    "Northgate's adult single bus fare has risen from £1.60 in early 2019 to £2.10 today, a "
    "31% increase, while the number of passenger journeys fell by 16% over the same period, "
    "according to the operator's own figures.",
    "Northgate's single bus fare has risen from £1.60 in 2019 to £2.10, up 31%, while "
    "passenger journeys fell 16% over the same period, operator figures show.",
]

NEWS: Domain = {
    "name": "newsroom_factcheck",
    "task": "Can you fact-check Dana's piece 'Bus fares up 40% since 2019' before it "
    "publishes at 6pm? It's story 88213 in the CMS. Flag anything we can't source and "
    "suggest fixes.",
    "openers": [
        "Sure! I'll start by pulling the draft so I know exactly which claims we're checking.",
        "Okay, let me think about this. First thing is to get the text of 88213, then list "
        "every checkable claim.",
        "On it. Reading the draft first.",
    ],
    "t0": (2025, 5, 14, 15, 3, 40),
    "prefix": [NEWS_STORY, NEWS_CLAIMS],
    "lookup": NEWS_ARCHIVE,
    "again": [
        "Let me search the archive once more; maybe there's a mid-year 2019 table I missed.",
        "Hmm, same query again, just in case the index was stale.",
        "I'll try that archive search one more time.",
        "Okay, one more pass through the press-release archive.",
        "Honestly I expected a second hit there. Searching again.",
        "Re-running the fare search.",
    ],
    "vol": {
        "call": (
            "archive_search",
            {"q": "Northgate Transit adult single fare 2019", "source": "press_releases"},
        ),
        "token": ("cb", "hex"),
        "text": "1 result ({ms} ms) - 'Northgate Transit fare table effective 2 January 2019' "
        "- adult single £1.60, child single £0.80, day ticket £4.20. Index refreshed {ts}.",
        "ts": "human",
        "ws": True,
    },
    "intent": [
        "Next I'll email Cllr Hart's office to confirm the quote.",
        "So my next move is contacting Councillor Hart's office to verify that quote.",
        "I'm going to reach out to Hart's office about the quote now.",
        "Right, verifying the Hart quote with her office is the next step.",
        "Let me get in touch with the councillor's office to check the quote.",
        "Time to confirm the quote with Cllr Hart's press office.",
    ],
    "intent2": [
        "The ridership number is what I should check next.",
        "I need to verify the 18% ridership drop.",
        "Next up, the ridership claim: down 18%, supposedly.",
        "Let me look into whether ridership really fell 18%.",
        "I'll check the 18% fall in ridership now.",
        "That ridership figure needs verifying before anything else.",
    ],
    "verbatim": "Now I'll check the ridership figure.",
    "stall": {
        "kick": (
            "request_dataset",
            {"dataset": "bus_fares_index", "areas": ["Northgate"], "years": "2019-2025"},
            "Request DR-3390 sent to the data desk (est. 10-15 min)",
        ),
        "check": (
            "dataset_request_status",
            {"request": "DR-3390"},
            "DR-3390: waiting for data desk - 0 files",
        ),
        "msgs": [
            "Still waiting on the data desk for DR-3390, nothing yet.",
            "Nothing back from the data desk on DR-3390 yet.",
            "Still waiting on DR-3390, no files so far.",
            "DR-3390 is still with the data desk, no files.",
            "Still nothing from the data desk on DR-3390.",
        ],
    },
    "ab": (
        NEWS_FARES_NOW,
        (
            "wayback_lookup",
            {"url": "https://northgate-transit.example/fares", "date": "2019-06-01"},
            "No capture within 180 days of 2019-06-01. Nearest capture: 2020-02-14.",
        ),
    ),
    "ab_remarks": [
        "And the archived version...",
        "Let me look at the live page again.",
        "Hmm, comparing the two once more.",
        "Back to the archive.",
    ],
    "flip": {
        "tool": "cms_set_flag",
        "args": {"story_id": 88213, "claim": 2, "flag": "needs_source", "value": "{v}"},
        "values": [False, True],
        "show": ["false", "true"],
        "obs": "Claim 2 needs_source = {v}",
        "check": (
            "cms_story_status",
            {"story_id": 88213},
            "88213 r7: 2 unresolved claims ([2] comparative, [4] quote). Publishing blocked "
            "until resolved or signed off by the desk editor.",
        ),
        "remarks": [
            "Hmm, still blocked. Putting the flag back.",
            "Maybe clearing the flag is what unblocks it, let me toggle it again.",
            "Nope. Flipping it once more and checking.",
        ],
    },
    "cycle": [NEWS_STORY, NEWS_CLAIMS, NEWS_ARCHIVE],
    "fail": {
        "tool": "quote_db_lookup",
        "args": {"speaker": "Cllr Rosa Hart", "date": "2025-03-03"},
        "error": "quote_db: no transcripts indexed for Northgate City Council after 2024-12-31 "
        "(ingest paused)",
        "reworded": [
            {"speaker": "Councillor Rosa Hart", "date": "2025-03-03"},
            {"speaker": "R. Hart", "date": "2025-03-03"},
            {"speaker": "Hart", "date": "03/03/2025"},
            {"speaker": "Cllr Rosa Hart", "date": "2025-03-03", "fuzzy": True},
            {"speaker": "rosa hart", "on": "2025-03-03"},
        ],
    },
    "regen": {
        "call": ("suggest_headline", {"story_id": 88213, "max_chars": 70, "style": "house"}),
        "intro": "The headline has to change if the 40% doesn't hold. Let me get some suggestions.",
        "outputs": [
            "1. 'Bus fares soar 40% as ridership slumps' (38)\n2. 'Northgate bus riders pay 40% "
            "more than in 2019' (46)\n3. 'Why your bus ticket costs 40% more' (34)",
            "1. 'Fares up 40%: Northgate's bus squeeze' (37)\n2. 'Bus fares jump 40 per cent in "
            "six years' (39)\n3. 'Pay more, ride less: 40% fare rise hits Northgate' (49)",
            "1. 'Northgate bus fares among steepest rises in England, up 40%' (59)\n2. 'The 40% "
            "fare hike nobody voted for' (34)\n3. 'Single fares rocket by two-fifths' (33)",
            "1. 'A 40% rise: how bus fares outpaced wages' (40)\n2. 'Bus fares up 40%, "
            "passengers down 18%' (37)\n3. 'Northgate's 40 per cent fare rise, explained' (44)",
            "1. 'Two-fifths dearer: Northgate bus fares since 2019' (49)\n2. 'Bus fares up 40% "
            "and climbing' (29)\n3. 'Fares up 40% in Northgate, steepest in England' (46)",
        ],
        "rejects": [
            "All three still lean on the 40% figure, which we've shown is wrong (it's 31% from "
            "£1.60). Trying again.",
            "Same problem: '40 per cent' is just the 40% again. Regenerating.",
            "'Two-fifths' is still 40%, and 'steepest in England' is the claim we can't source. "
            "Again.",
            "Still 40% everywhere. One more go.",
            "40% again, plus the unsourced 'steepest'. Regenerating...",
        ],
    },
    "after": "apology",
    "pages": {
        "tool": "search_corrections_log",
        "pages": [
            (
                {"desk": "local", "topic": "transport", "page": 1},
                "Corrections 1-4 of 10: 2024-11-02 tram extension cost (£m vs £bn) | 2024-09-18 "
                "cycle lane length | 2024-07-07 route 41 withdrawal date | 2024-05-30 rail "
                "strike dates",
            ),
            (
                {"desk": "local", "topic": "transport", "page": 2},
                "Corrections 5-8 of 10: 2024-03-11 fare cap start date | 2023-12-01 ridership "
                "figure (used 2022, not 2023) | 2023-10-19 parking charge | 2023-08-25 council "
                "quote misattributed",
            ),
            (
                {"desk": "local", "topic": "transport", "page": 3},
                "Corrections 9-10 of 10: 2023-06-14 bus depot closure | 2023-02-02 fare "
                "'freeze' wording",
            ),
        ],
        "remarks": [
            "Ooh, there's a ridership one in there. Next page.",
            "Last page, I think.",
        ],
        "done": "Ten past corrections on transport; two matter here: the 2023 ridership "
        "mix-up and the misattributed council quote. So extra care on claims [3] and [4].",
    },
    "corrected": {
        "bad": (
            "fetch_url",
            {"url": "northgate-transit.example/fares/2019"},
            "Error: URL must include a scheme (http:// or https://)",
        ),
        "note": "Oops, I forgot the https://. Fixing that.",
        "good": (
            "fetch_url",
            {"url": "https://northgate-transit.example/fares/2019"},
            "Archived fare table 2019:\n  2 Jan 2019: adult single £1.60\n  1 Sep 2019: adult "
            "single £1.70",
        ),
        "follow": [
            "So the 2019 single was £1.60, then £1.70 from September, and never £1.50. From "
            "£1.60 to £2.10 is a 31% rise, not 40%.",
        ],
    },
    "poll": {
        "kick": (
            "request_dataset",
            {
                "dataset": "bus_fares_index",
                "areas": ["Northgate", "Calderbridge", "Eastmouth", "Wexley", "Port Ansel"],
                "years": "2019-2025",
            },
            "Request DR-3391 sent to the data desk",
        ),
        "tool": "dataset_request_status",
        "args": {"request": "DR-3391"},
        "statuses": [
            "DR-3391: queued with data desk",
            "DR-3391: queued with data desk",
            "DR-3391: in progress (analyst M. Osei)",
            "DR-3391: in progress (analyst M. Osei)",
            "DR-3391: ready - 2 files (fares_index.csv, method_note.txt)",
        ],
        "wait": ("wait", {"minutes": 2}, "waited 2 min"),
        "done": "Data's in, two files. I'll open the index next.",
    },
    "entities": {
        "tool": "city_fare_lookup",
        "items": [
            (
                {"city": "Northgate", "from": 2019, "to": 2025},
                "Northgate: adult single £1.60 -> £2.10 (+31%)",
            ),
            (
                {"city": "Calderbridge", "from": 2019, "to": 2025},
                "Calderbridge: adult single £1.40 -> £2.00 (+43%)",
            ),
            (
                {"city": "Eastmouth", "from": 2019, "to": 2025},
                "Eastmouth: adult single £2.20 -> £2.00 (-9%, £2 cap)",
            ),
            (
                {"city": "Wexley", "from": 2019, "to": 2025},
                "Wexley: adult single £1.90 -> £2.25 (+18%)",
            ),
            (
                {"city": "Port Ansel", "from": 2019, "to": 2025},
                "Port Ansel: adult single £1.50 -> £1.95 (+30%)",
            ),
        ],
        "done": "Calderbridge went up more (+43%), so 'steepest rise of any big English city' "
        "is wrong for Northgate. I'd cut claim [2].",
    },
    "transient": {
        "call": NEWS_BUS0415,
        "errors": ["HTTP 429 Too Many Requests (Retry-After: 20)"],
        "remarks": ["Rate-limited. It says wait 20 seconds, so I will."],
        "wait": ("wait", {"seconds": 20}, "waited 20s"),
        "next": "41.2m to 34.6m is a 16% drop, not 18%. Small, but it's a correction.",
    },
    "updates": {
        "items": [
            (
                C(
                    "archive_search",
                    {"q": "Northgate Transit fare table January 2019", "source": "press_releases"},
                    "1 result: 'Northgate Transit fare table effective 2 January 2019' - adult "
                    "single £1.60",
                ),
                "Quick update: claim [1] is off. The 2019 fare was £1.60, so the rise is 31%, "
                "not 40%.",
            ),
            (
                C(
                    "city_fare_lookup",
                    {"city": "Calderbridge", "from": 2019, "to": 2025},
                    "Calderbridge: adult single £1.40 -> £2.00 (+43%)",
                ),
                "Another one: claim [2] fails, because Calderbridge's rise (+43%) beats "
                "Northgate's.",
            ),
            (
                C(*NEWS_BUS0415),
                "Update on [3]: ridership fell 16% (41.2m to 34.6m), not 18%.",
            ),
            (
                C(
                    "council_minutes_search",
                    {"meeting": "transport committee", "date": "2025-03-03", "speaker": "Hart"},
                    "Minutes 3 Mar 2025, item 6: Cllr Hart: 'We cannot keep asking passengers "
                    "to pay more for less.'",
                ),
                "And [4]: the Hart quote matches the minutes word for word. That one's fine!",
            ),
        ],
        "pings": ["how's it looking?", "any news?", "status?", "where are we?"],
    },
    "docs": {
        "items": [
            (
                (
                    "fetch_document",
                    {"doc": "council-minutes-2025-03-03.pdf"},
                    "Transport Committee minutes, 3 March 2025. Item 6: fares review. Officers "
                    "reported a 9% fare rise from January 2025 to cover fuel and driver pay. "
                    "Cllr Hart opposed. Vote 7-4 to note the report.",
                ),
                "Minutes: January's 9% increase was noted 7-4, with Hart opposed, which backs "
                "up the context of her quote.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "northgate-transit-annual-report-2024.pdf"},
                    "Annual report 2024: passenger journeys 34.6m (2019: 41.2m). Fare revenue "
                    "£48.1m. Average fare paid £1.39 (concessions included).",
                ),
                "Annual report: 34.6m journeys against 41.2m in 2019 (-16%). The average fare "
                "actually paid is £1.39, far below the single fare, because of passes and "
                "concessions.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "dft-bus-fares-index-2025q1.xlsx"},
                    "Local bus fares index, England, Q1 2025 (March 2019 = 100): all "
                    "metropolitan areas 118.4; non-metropolitan 126.0; Northgate area 129.7.",
                ),
                "The index puts Northgate at 129.7 against 118.4 for metropolitan England: "
                "steeper than average, but nothing there says steepest.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "unite-press-release-2025-02-20.html"},
                    "Unite press release, 20 Feb 2025: 'Fares up by nearly half since the "
                    "pandemic' - cites a £1.50 fare 'before Covid' (source: 2018 timetable "
                    "leaflet).",
                ),
                "Aha, the union's release is where £1.50 comes from: a 2018 leaflet, not 2019. "
                "That explains the draft's error.",
            ),
        ],
        "done": "So the 40% came from the union's 2018 figure. With the 2019 table it's 31%, "
        "and the index says about 30%. Suggested fixes: headline and [1] to 31%, drop "
        "'steepest' in [2], ridership to 16%.",
    },
    "drafts": {
        "first": "Claim [1] is wrong: the 2019 fare was £1.60, not £1.50, so the rise is 31%.",
        "rounds": [
            (
                "Give me the source and what to change it to.",
                "Claim [1]: the 2019 adult single was £1.60 (Northgate Transit fare table, 2 "
                "Jan 2019), not £1.50. Change to 'from £1.60 to £2.10, a 31% rise'.",
            ),
            (
                "Where did Dana's £1.50 come from? Readers will ask.",
                "Claim [1]: the 2019 adult single was £1.60 (Northgate Transit fare table, 2 "
                "Jan 2019). Dana's £1.50 is from a 2018 leaflet quoted in a Unite press "
                "release. Change to 'from £1.60 in 2019 to £2.10, a 31% rise', and the "
                "headline to 'Bus fares up almost a third since 2019'.",
            ),
            (
                "Good. Mention September 2019's £1.70 too, or someone will write in.",
                "Claim [1]: the adult single was £1.60 from 2 Jan 2019 and £1.70 from 1 Sep "
                "2019 (Northgate Transit fare tables); £1.50 is a 2018 figure via a Unite press "
                "release. Suggest 'from £1.60 at the start of 2019 to £2.10, a 31% rise' and "
                "the headline 'Bus fares up almost a third since 2019'.",
            ),
        ],
    },
    "adjust": [
        "Here's a standfirst draft. The desk wants 35 words at most, so let me count.",
        words("word_count", NEWS_STANDFIRST[0]),
        "Way over. Cutting the campaigners bit and tightening the attribution.",
        words("word_count", NEWS_STANDFIRST[1]),
        "Closer, but still over. Dropping 'adult', 'today' and the long attribution.",
        words("word_count", NEWS_STANDFIRST[2]),
        "That's under 35 and it keeps both corrected numbers. Going with it.",
    ],
    "questions": [
        (
            "Is the £2.10 current fare right?",
            "Checking the operator's page.",
            NEWS_FARES_NOW,
            "Yes, £2.10 since 5 January.",
        ),
        (
            "What about the child fare? Dana says £1.",
            "Let me look at the child fares page.",
            (
                "fetch_url",
                {"url": "https://northgate-transit.example/fares/child"},
                "Child single (5-15): £1.05; under-5s free",
            ),
            "It's £1.05, not £1. Minor, but worth fixing.",
        ),
        (
            "And the £5.60 day ticket?",
            "Checking the day-ticket page.",
            (
                "fetch_url",
                {"url": "https://northgate-transit.example/fares/day"},
                "Adult day ticket £5.60; weekly £21.00",
            ),
            "£5.60 is right.",
        ),
        (
            "Did the council actually vote for the rise?",
            "Good question, let me look at the minutes.",
            (
                "council_minutes_search",
                {"meeting": "transport committee", "date": "2025-03-03", "item": 6},
                "Item 6: report noted, 7 for, 4 against; fares are set by the operator, not "
                "the council",
            ),
            "No: the committee only 'noted' the report (7-4). The operator sets fares, so "
            "'council raised fares' would be wrong.",
        ),
    ],
    "rerun": {
        "check": ("style_check", {"story_id": 88213}),
        "results": [
            "5 issues: [a] '40%' unsourced in headline | [b] 'per cent'/'%' mixed (2 places) | "
            "[c] 'Cllr Hart' needs full name on first use | [d] 'steepest' superlative without "
            "source",
            "4 issues: [b] 'per cent'/'%' mixed (2 places) | [c] 'Cllr Hart' needs full name "
            "on first use | [d] 'steepest' superlative without source",
            "2 issues: [c] 'Cllr Hart' needs full name on first use | [d] 'steepest' "
            "superlative without source",
            "1 issue: [d] 'steepest' superlative without source",
            "No issues.",
        ],
        "fixes": [
            (
                "cms_edit",
                {"story_id": 88213, "find": "up 40%", "replace": "up almost a third"},
                "r8 saved",
            ),
            (
                "cms_edit",
                {"story_id": 88213, "find": " per cent", "replace": "%", "all": True},
                "r9 saved (2 replacements)",
            ),
            (
                "cms_edit",
                {
                    "story_id": 88213,
                    "find": "Cllr Hart",
                    "replace": "Cllr Rosa Hart",
                    "first": True,
                },
                "r10 saved",
            ),
            (
                "cms_edit",
                {
                    "story_id": 88213,
                    "find": "the steepest rise of any big English city",
                    "replace": "a steeper rise than the average for English cities",
                },
                "r11 saved",
            ),
        ],
        "done": "Style check is clean on r11.",
    },
    "refine": {
        "tool": "archive_search",
        "items": [
            (
                {"q": "bus fares", "source": "press_releases"},
                "214 results (2012-2025); top: 'Fare cap extended', 'New contactless fares', "
                "'Student fares from September'",
                "Way too broad, obviously.",
            ),
            (
                {"q": "Northgate bus fares 2019", "source": "press_releases"},
                "9 results, incl. 'Fare table effective 2 January 2019', 'Fare changes from 1 "
                "September 2019'",
                "Better! And there's a September 2019 change I didn't know about.",
            ),
            (
                {
                    "q": "Northgate fare changes 1 September 2019 adult single",
                    "source": "press_releases",
                },
                "1 result: 'Fare changes from 1 September 2019' - adult single £1.70 (was £1.60)",
                "So the single went to £1.70 in September 2019.",
            ),
        ],
    },
}


# --- domain: payroll reconciliation (formal) -----------------------------------------------

PAY_REGISTER = (
    "payroll_register_totals",
    {"period": "2025-03", "entity": "UK01"},
    "UK01 March 2025 register\n  Gross pay         1,284,906.12\n  Employer NI         "
    "158,233.40\n  Employer pension     61,018.77\n  Net pay             902,417.63\n  Pay "
    "runs: M03 (monthly), W12-A, W12-B, W13-A, W13-B (weekly)",
)
PAY_GL = (
    "gl_account_detail",
    {"account": "2100", "period": "2025-03", "entity": "UK01"},
    "GL 2100 Wages Payable, UK01, Mar-25: opening 0.00; 14 postings; credits 906,730.18; "
    "debits 902,417.63; closing 4,312.55 CR",
)
PAY_RUNS = (
    "payroll_run_list",
    {"period": "2025-03", "entity": "UK01"},
    "M03 net 861,220.19 paid 28-Mar | W12-A net 9,804.12 paid 21-Mar | W12-B net 4,290.70 "
    "paid 21-Mar | W13-A net 22,790.07 paid 28-Mar | W13-B net 4,312.55 paid 28-Mar",
)
PAY_JNL = (
    "gl_journal_lines",
    {"journal_id": "JNL-25-03-0447"},
    "JNL-25-03-0447 | posted 31-Mar-2025 by svc_payroll | Dr 7000 Salaries 4,312.55 | Cr "
    "2100 Wages Payable 4,312.55 | memo: 'March accrual - weekly staff W13'",
)

PAY: Domain = {
    "name": "payroll_reconciliation",
    "task": "Please reconcile the March 2025 payroll for UK01. The general ledger control "
    "account 2100 (Wages Payable) carries a credit balance of 4,312.55 that should be nil "
    "once the pay runs have cleared. Identify the cause and propose correcting journals for "
    "approval.",
    "openers": [
        "I will begin by obtaining the March payroll register totals for UK01.",
        "Approach: (1) payroll register totals; (2) detail of GL 2100; (3) matching by pay "
        "run; (4) investigation of any residual. Commencing with step (1).",
        "Understood. The register totals are the natural starting point.",
    ],
    "t0": (2025, 4, 3, 8, 12, 30),
    "prefix": [PAY_REGISTER, PAY_GL, PAY_RUNS],
    "lookup": PAY_JNL,
    "again": [
        "I shall re-examine journal 0447.",
        "Re-opening JNL-25-03-0447 to verify its lines.",
        "The 0447 journal will be reviewed once more.",
        "Let me confirm the lines of journal 0447 again.",
        "A further look at journal 0447 is warranted.",
        "Retrieving journal 0447 again for completeness.",
    ],
    "vol": {
        "call": ("gl_journal_lines", {"journal_id": "JNL-25-03-0447"}),
        "json": {
            "journal": "JNL-25-03-0447",
            "posted": "2025-03-31",
            "by": "svc_payroll",
            "lines": [{"acct": "7000", "dr": "4312.55"}, {"acct": "2100", "cr": "4312.55"}],
            "memo": "March accrual - weekly staff W13",
        },
        "extra": {"request_id": "rid", "served_at": "ts"},
        "ts": "iso_ms",
        "rid": "uuid",
        "shuffle": True,
        "indent": 2,
    },
    "intent": [
        "The next step is to reverse the duplicate W13 accrual.",
        "I will now post a reversal of journal 0447.",
        "Proceeding to reverse the W13 accrual of 4,312.55.",
        "I intend to reverse JNL-25-03-0447 next.",
        "Next, a reversing journal for the duplicated accrual.",
        "I shall raise the reversal of the W13 accrual now.",
    ],
    "intent2": [
        "I should now prepare the reconciliation summary for the financial controller.",
        "The reconciliation summary for the controller is the next deliverable.",
        "A summary for the controller should be drafted next.",
        "Next I will write up the reconciliation for the controller.",
        "I will compile the reconciliation statement for the controller.",
        "Preparing the controller's reconciliation summary is the next task.",
    ],
    "verbatim": "I will now prepare the reconciliation summary for the controller.",
    "stall": {
        "kick": (
            "run_bank_match",
            {"account": "2100", "period": "2025-03", "bank": "HSBC-PAY-01"},
            "Matching job BM-2207 started",
        ),
        "check": (
            "bank_match_status",
            {"job": "BM-2207"},
            "BM-2207: RUNNING - 0 of 5 pay runs matched",
        ),
        "msgs": [
            "The bank match is still running; no pay runs have been matched.",
            "BM-2207 remains in progress with 0 of 5 pay runs matched.",
            "Status unchanged: BM-2207 running, 0/5 matched.",
            "The matching job continues to run; nothing has been matched so far.",
            "BM-2207: still running, 0 of 5 matched.",
        ],
    },
    "ab": (PAY_GL, PAY_REGISTER),
    "ab_remarks": [
        "The register totals will be compared again.",
        "Returning to the ledger detail.",
        "A further comparison of the two is required.",
        "The ledger detail once more.",
    ],
    "flip": {
        "tool": "set_period_status",
        "args": {"entity": "UK01", "period": "2025-03", "module": "GL", "status": "{v}"},
        "values": ["open", "soft_closed"],
        "obs": "UK01 GL 2025-03 status is now {v}",
        "check": (
            "post_journal_preview",
            {"template": "REV-0447", "period": "2025-03"},
            "Preview failed: JNL-25-03-0447 is held by approval workflow WF-88 (state: "
            "awaiting approver); a reversal cannot reference a held journal",
        ),
        "remarks": [
            "The preview still fails. The period status will be reverted.",
            "Perhaps the period status is the obstacle after all; changing it again.",
            "Attempting the alternative status once more.",
        ],
    },
    "cycle": [PAY_REGISTER, PAY_GL, PAY_JNL],
    "fail": {
        "tool": "post_journal",
        "args": {"template": "REV-0447", "period": "2025-03"},
        "error": "E-PJ-112: period 2025-03 is soft-closed for module GL; posting requires role "
        "FIN_CLOSE_ADMIN",
        "reworded": [
            {"template": "REV-0447", "period": "2025-03", "post_date": "2025-03-31"},
            {"template": "rev-0447", "period": "03/2025"},
            {"template": "REV-0447", "period": "2025-03", "override": "true"},
            {"journal_template": "REV-0447", "period": "2025-03"},
            {"template": "REV-0447", "period": "2025-3"},
        ],
    },
    "regen": {
        "call": (
            "generate_variance_explanation",
            {"account": "2100", "period": "2025-03", "amount": "4312.55"},
        ),
        "intro": "A draft explanation of the variance will be generated for the file.",
        "outputs": [
            "The 4,312.55 balance arises from timing: pay run W13-A was paid on 1 April and "
            "therefore remains accrued at month end. (confidence: high)",
            "The variance is attributable to journal JNL-25-03-0451, which double-posted "
            "employer pension contributions for W12-B. (confidence: medium)",
            "The difference of 4,213.55 reflects a rounding adjustment on the M03 employer NI "
            "calculation. (confidence: medium)",
            "The balance is explained by a manual payment to a leaver processed outside "
            "payroll on 27 March. (confidence: low)",
            "Residual 4,312.55 is likely a bank fee accrual misposted to 2100. (confidence: low)",
        ],
        "rejects": [
            "This is incorrect: W13-A was paid on 28 March, per the run list. Another "
            "explanation will be generated.",
            "Journal 0451 does not exist in the March ledger. Regenerating.",
            "The amount is misstated (4,213.55) and employer NI is not involved. A further "
            "attempt follows.",
            "No such leaver payment appears in the register. Regenerating the explanation.",
            "There are no bank fees in 2100. The explanation will be regenerated again.",
        ],
    },
    "after": "volatile",
    "pages": {
        "tool": "list_payslips",
        "pages": [
            (
                {"run": "W13-B", "page": 1, "per_page": 10},
                "W13-B payslips 1-10 of 38: E1042 118.20 | E1077 96.55 | E1103 131.00 | E1118 "
                "102.40 | E1150 88.75 | E1162 140.10 | E1171 97.65 | E1188 115.30 | E1190 "
                "109.80 | E1204 121.45",
            ),
            (
                {"run": "W13-B", "page": 2, "per_page": 10},
                "W13-B payslips 11-20 of 38: E1211 99.10 | E1215 124.35 | E1222 103.60 | E1233 "
                "92.80 | E1240 117.15 | E1247 128.90 | E1251 101.25 | E1263 95.40 | E1270 "
                "133.05 | E1278 110.60",
            ),
            (
                {"run": "W13-B", "page": 3, "per_page": 10},
                "W13-B payslips 21-30 of 38: E1284 106.70 | E1291 119.95 | E1302 98.30 | E1310 "
                "126.40 | E1317 114.85 | E1325 90.15 | E1331 122.70 | E1340 108.05 | E1346 "
                "135.60 | E1352 100.90",
            ),
            (
                {"run": "W13-B", "page": 4, "per_page": 10},
                "W13-B payslips 31-38 of 38: E1359 112.45 | E1366 97.20 | E1371 129.35 | E1380 "
                "104.55 | E1388 116.80 | E1395 93.65 | E1402 121.10 | E1410 125.85",
            ),
        ],
        "remarks": ["Page 2 follows.", "Continuing with page 3.", "Final page."],
        "done": "All 38 W13-B payslips have been retrieved; their net pay agrees to the run "
        "total of 4,312.55.",
    },
    "corrected": {
        "bad": (
            "payroll_run_detail",
            {"run_id": "W13"},
            "Ambiguous run 'W13': matches W13-A, W13-B",
        ),
        "note": "There are two batches for week 13. I will request W13-B specifically.",
        "good": (
            "payroll_run_detail",
            {"run_id": "W13-B"},
            "W13-B: 38 employees; gross 5,611.20; net 4,312.55; paid 28-Mar-2025; accrual "
            "journal JNL-25-03-0412 (reversed 28-Mar on payment)",
        ),
        "follow": [
            "W13-B's net pay equals the unreconciled balance exactly, and it already had its "
            "own accrual (0412), reversed on payment. Journal 0447 therefore appears to "
            "duplicate the W13-B accrual.",
        ],
    },
    "poll": {
        "kick": (
            "run_bank_match",
            {"account": "2100", "period": "2025-03", "bank": "HSBC-PAY-01"},
            "Matching job BM-2208 started",
        ),
        "tool": "bank_match_status",
        "args": {"job": "BM-2208"},
        "statuses": [
            "BM-2208: RUNNING - 0 of 5 pay runs matched",
            "BM-2208: RUNNING - 2 of 5 pay runs matched",
            "BM-2208: RUNNING - 2 of 5 pay runs matched",
            "BM-2208: RUNNING - 2 of 5 pay runs matched",
            "BM-2208: COMPLETE - 5 of 5 matched; 1 unmatched ledger item (JNL-25-03-0447, "
            "4,312.55)",
        ],
        "wait": ("wait", {"seconds": 60}, "Waited 60 s"),
        "done": "The bank match confirms that every pay run cleared and isolates journal 0447 "
        "as the only unmatched item.",
    },
    "entities": {
        "tool": "check_employee_adjustments",
        "same": True,
        "items": [
            (
                {"employee_id": "E1042", "period": "2025-03"},
                "No manual adjustments recorded for 2025-03.",
            ),
            (
                {"employee_id": "E1150", "period": "2025-03"},
                "No manual adjustments recorded for 2025-03.",
            ),
            (
                {"employee_id": "E1188", "period": "2025-03"},
                "No manual adjustments recorded for 2025-03.",
            ),
            (
                {"employee_id": "E1233", "period": "2025-03"},
                "No manual adjustments recorded for 2025-03.",
            ),
            (
                {"employee_id": "E1352", "period": "2025-03"},
                "No manual adjustments recorded for 2025-03.",
            ),
        ],
        "done": "None of the five sampled W13-B employees had manual adjustments, so the "
        "difference does not originate in individual payslips.",
    },
    "transient": {
        "call": (
            "export_trial_balance",
            {"entity": "UK01", "period": "2025-03", "format": "xlsx"},
            "Trial balance exported: tb_UK01_2025-03.xlsx (412 accounts)",
        ),
        "errors": [
            "ERP connection reset by peer (ECONNRESET)",
            "ERP connection reset by peer (ECONNRESET)",
        ],
        "remarks": [
            "A connection error occurred; the export will be retried.",
            "The connection was reset again. One further attempt will be made.",
        ],
        "next": "The trial balance has been exported; account 2100 shows 4,312.55 CR, "
        "consistent with the ledger detail.",
    },
    "updates": {
        "items": [
            (
                C(
                    "payroll_run_detail",
                    {"run_id": "M03"},
                    "M03: 1,904 employees; net 861,220.19; paid 28-Mar; cleared bank 28-Mar",
                ),
                "Progress report: the monthly run M03 has been matched in full (861,220.19).",
            ),
            (
                C(
                    "payroll_run_detail",
                    {"run_id": "W12-A"},
                    "W12-A: 71 employees; net 9,804.12; paid 21-Mar; cleared bank 21-Mar",
                ),
                "Progress report: W12-A (9,804.12) and its clearing on 21 March are confirmed.",
            ),
            (
                C(
                    "payroll_run_detail",
                    {"run_id": "W13-A"},
                    "W13-A: 162 employees; net 22,790.07; paid 28-Mar; cleared bank 28-Mar",
                ),
                "Progress report: W13-A (22,790.07) is matched; three of the five runs are now "
                "reconciled.",
            ),
            (
                C(
                    "gl_journal_lines",
                    {"journal_id": "JNL-25-03-0412"},
                    "JNL-25-03-0412 | Dr 7000 4,312.55 | Cr 2100 4,312.55 | memo 'W13-B "
                    "accrual' | reversed by JNL-25-03-0439 on 28-Mar",
                ),
                "Progress report: the W13-B accrual (0412) was correctly reversed on payment, "
                "which leaves 0447 as a duplicate.",
            ),
        ],
        "pings": ["Any progress?", "Status, please.", "Where do we stand?", "Update?"],
    },
    "docs": {
        "items": [
            (
                (
                    "fetch_document",
                    {"doc_id": "POL-FIN-014", "title": "Payroll accruals policy"},
                    "POL-FIN-014 v3: Weekly-paid staff are accrued for days worked but unpaid "
                    "at month end. Accruals are raised by the payroll system (svc_payroll) and "
                    "auto-reversed on the payment date. Manual accruals require controller "
                    "approval.",
                ),
                "The policy provides for system-raised accruals for weekly staff, reversed "
                "automatically on payment; manual accruals need the controller's approval.",
            ),
            (
                (
                    "fetch_document",
                    {"doc_id": "REC-2100-2025-02", "title": "February 2100 reconciliation"},
                    "Feb-25 reconciliation: closing balance 0.00. Note: W09-B accrual raised "
                    "twice by svc_payroll after a job restart on 28-Feb; duplicate reversed "
                    "manually (JNL-25-02-0388).",
                ),
                "February exhibited the same fault: a job restart caused svc_payroll to post "
                "an accrual twice, and the duplicate was reversed manually.",
            ),
            (
                (
                    "fetch_document",
                    {
                        "doc_id": "AUD-ML-2024-07",
                        "title": "Auditor management letter 2024, point 7",
                    },
                    "Point 7 (moderate): Duplicate system journals were observed after batch "
                    "job restarts. Recommendation: add an idempotency check to the accrual job.",
                ),
                "The auditors reported duplicate system journals after restarts last year and "
                "recommended an idempotency check.",
            ),
            (
                (
                    "fetch_document",
                    {"doc_id": "OPS-LOG-2025-03-31", "title": "Batch operations log, 31 March"},
                    "31-Mar 22:04 ACCRUAL_WEEKLY started | 22:19 node failover, job restarted | "
                    "22:31 ACCRUAL_WEEKLY completed (2 runs)",
                ),
                "The batch log records the accrual job restarting after a failover at 22:19 on "
                "31 March, which is when 0447 was posted.",
            ),
        ],
        "done": "Conclusion: JNL-25-03-0447 duplicates the W13-B accrual because of a job "
        "restart. The recurrence from February supports raising the auditors' point again.",
    },
    "drafts": {
        "first": "Proposed journal: reverse JNL-25-03-0447 (Dr 2100 4,312.55 / Cr 7000 4,312.55).",
        "rounds": [
            (
                "Please state the reason and the evidence.",
                "Proposed journal: reverse JNL-25-03-0447 (Dr 2100 Wages Payable 4,312.55 / Cr "
                "7000 Salaries 4,312.55). Reason: duplicate of the W13-B accrual "
                "JNL-25-03-0412, which was reversed on payment on 28 March. Evidence: bank "
                "match BM-2208; batch log of 31 March.",
            ),
            (
                "Which period? March is soft-closed.",
                "Proposed journal, period 2025-03 (requires FIN_CLOSE_ADMIN posting under the "
                "soft close): reverse JNL-25-03-0447 (Dr 2100 4,312.55 / Cr 7000 4,312.55). "
                "Reason: duplicate of W13-B accrual JNL-25-03-0412, reversed on payment on 28 "
                "March. Evidence: bank match BM-2208; batch operations log, 31 March (job "
                "restart at 22:19).",
            ),
            (
                "Add the control point; this happened in February too.",
                "Proposed journal, period 2025-03 (FIN_CLOSE_ADMIN posting under soft close): "
                "reverse JNL-25-03-0447 (Dr 2100 4,312.55 / Cr 7000 4,312.55). Reason: "
                "duplicate W13-B accrual (original JNL-25-03-0412, reversed 28 March), posted "
                "when the accrual job restarted at 22:19 on 31 March. Evidence: BM-2208; batch "
                "log. Control: second occurrence after February (JNL-25-02-0388); we recommend "
                "the idempotency check from the 2024 management letter, point 7.",
            ),
        ],
    },
    "adjust": [
        C(
            "set_accrual_fraction",
            {"run": "W14-A", "period": "2025-04", "fraction": 0.4},
            "W14-A accrual fraction set to 0.40",
        ),
        C(
            "simulate_accrual_variance",
            {"run": "W14-A", "period": "2025-04"},
            "Simulated variance against actual: +1,020.40 (over-accrued)",
        ),
        "Over-accrued by 1,020.40. The fraction will be reduced.",
        C(
            "set_accrual_fraction",
            {"run": "W14-A", "period": "2025-04", "fraction": 0.3},
            "W14-A accrual fraction set to 0.30",
        ),
        C(
            "simulate_accrual_variance",
            {"run": "W14-A", "period": "2025-04"},
            "Simulated variance against actual: +210.15 (over-accrued)",
        ),
        "Closer; a further small reduction follows.",
        C(
            "set_accrual_fraction",
            {"run": "W14-A", "period": "2025-04", "fraction": 0.28},
            "W14-A accrual fraction set to 0.28",
        ),
        C(
            "simulate_accrual_variance",
            {"run": "W14-A", "period": "2025-04"},
            "Simulated variance against actual: -12.60 (under-accrued)",
        ),
        "A variance of -12.60 is within the 50.00 tolerance. The fraction 0.28 will be retained.",
    ],
    "questions": [
        (
            "What was employer NI for March?",
            "The component will be retrieved.",
            (
                "payroll_register_component",
                {"period": "2025-03", "component": "employer_ni"},
                "Employer NI 2025-03: 158,233.40 (M03 151,880.02; weekly 6,353.38)",
            ),
            "Employer NI for March was 158,233.40, of which 6,353.38 relates to the weekly runs.",
        ),
        (
            "And employer pension?",
            "Retrieving it.",
            (
                "payroll_register_component",
                {"period": "2025-03", "component": "employer_pension"},
                "Employer pension 2025-03: 61,018.77 (M03 59,102.11; weekly 1,916.66)",
            ),
            "Employer pension contributions were 61,018.77.",
        ),
        (
            "How much statutory sick pay did we pay?",
            "I will check the SSP component.",
            (
                "payroll_register_component",
                {"period": "2025-03", "component": "ssp"},
                "SSP 2025-03: 7,842.90 across 61 employees",
            ),
            "Statutory sick pay amounted to 7,842.90, across 61 employees.",
        ),
        (
            "Any student loan deductions?",
            "Checking.",
            (
                "payroll_register_component",
                {"period": "2025-03", "component": "student_loan"},
                "Student loan deductions 2025-03: 18,406.00 (Plan 1: 4,112.00; Plan 2: "
                "13,210.00; Postgraduate: 1,084.00)",
            ),
            "Yes: 18,406.00 in total, predominantly Plan 2.",
        ),
    ],
    "rerun": {
        "check": ("reconcile", {"account": "2100", "period": "2025-03", "entity": "UK01"}),
        "results": [
            "3 exceptions: [1] JNL-25-03-0447 4,312.55 unmatched | [2] W12-B rounding 0.01 "
            "unexplained | [3] sub-ledger mapping missing for cost centre CC-417",
            "2 exceptions: [1] W12-B rounding 0.01 unexplained | [2] sub-ledger mapping "
            "missing for cost centre CC-417",
            "1 exception: sub-ledger mapping missing for cost centre CC-417",
            "Reconciled: 0 exceptions; closing balance 0.00",
        ],
        "fixes": [
            (
                "post_journal",
                {"template": "REV-0447", "period": "2025-03", "approval": "WF-91"},
                "Posted JNL-25-03-0502 (reversal of 0447), approved under WF-91",
            ),
            (
                "annotate_exception",
                {
                    "item": "W12-B rounding",
                    "note": "Penny rounding on 38 payslips; within tolerance",
                },
                "Annotation saved",
            ),
            (
                "map_cost_centre",
                {"cost_centre": "CC-417", "subledger": "PAY-UK-WEEKLY"},
                "CC-417 mapped to PAY-UK-WEEKLY",
            ),
        ],
        "done": "Account 2100 is fully reconciled for March.",
    },
    "refine": {
        "tool": "search_journals",
        "items": [
            (
                {"account": "2100", "period": "2025-03"},
                "14 journals on 2100 in 2025-03",
                "The search will be narrowed to system postings on 31 March.",
            ),
            (
                {
                    "account": "2100",
                    "period": "2025-03",
                    "posted_by": "svc_payroll",
                    "date": "2025-03-31",
                },
                "3 journals: JNL-25-03-0445 (M03 accrual adj, net 0.00), JNL-25-03-0446 (W13-A "
                "accrual), JNL-25-03-0447 (W13 accrual 4,312.55)",
                "Next, the amount 4,312.55 across the whole quarter.",
            ),
            (
                {
                    "account": "2100",
                    "date_from": "2025-01-01",
                    "date_to": "2025-03-31",
                    "amount": "4312.55",
                },
                "2 journals: JNL-25-03-0412 (W13-B accrual, reversed 28-Mar) and "
                "JNL-25-03-0447 (not reversed)",
                "Only two journals carry this amount; 0412 was reversed and 0447 was not.",
            ),
        ],
    },
}


# --- domain: wind-farm maintenance (an agent that thinks aloud) ---------------------------

WIND_ALARMS = (
    "scada_alarms",
    {"turbine": "WTG-14", "since": "2025-03-10"},
    "7 alarms: GBX_OIL_TEMP_HIGH (3104) x6, all at wind >11 m/s and power >1.8 MW; "
    "COOLER_FAN_FB (3121) x1 on 14-Mar 16:02",
)
WIND_TREND = (
    "scada_trend",
    {"turbine": "WTG-14", "signal": "gbx_oil_temp", "hours": 48},
    "gbx_oil_temp: 58-63 °C below 1 MW; climbs to 78-81 °C above 1.8 MW; trip at 80 °C. "
    "Nacelle ambient 6-9 °C.",
)
WIND_FAN = (
    "scada_signal",
    {"turbine": "WTG-14", "signal": "cooler_fan_state"},
    "cooler_fan_state = OFF (commanded ON) - feedback mismatch since 2025-03-14 16:02",
)

WIND: Domain = {
    "name": "wind_farm_maintenance",
    "task": "WTG-14 at Carrow Ridge keeps tripping on gearbox oil overtemperature. Work out "
    "what's going on and book a maintenance visit in a low-wind window this week. No crane "
    "is available before April, so crane-free work only.",
    "openers": [
        "Hmm, overtemperature trips. Let me first look at the alarm history for WTG-14: how "
        "often, and under what conditions.",
        "Okay, thinking out loud: it could be the oil cooler fan, the thermostatic bypass "
        "valve, or just a bad sensor. Alarm log first, then trends.",
        "Right. I'll start from the SCADA alarms and work backwards.",
    ],
    "t0": (2025, 3, 17, 6, 48, 2),
    "prefix": [
        WIND_ALARMS,
        WIND_TREND,
        (
            "work_orders",
            {"asset": "WTG-14", "status": "closed", "limit": 3},
            "WO-7731 (Feb 25) oil sample ISO 18/16/13 OK | WO-7512 (Dec 24) cooler fan bearing "
            "replaced | WO-7390 (Oct 24) annual service",
        ),
    ],
    "lookup": WIND_FAN,
    "again": [
        "Hmm, let me read the fan state again. Maybe it came back.",
        "I keep wondering if the feedback is just slow to update. Reading it again.",
        "Let me look at cooler_fan_state one more time.",
        "Is it still mismatched? Checking.",
        "Something doesn't add up; re-reading the fan signal.",
        "Reading the fan state again...",
    ],
    "vol": {
        "call": ("scada_signal", {"turbine": "WTG-14", "signal": "cooler_fan_state"}),
        "text": "cooler_fan_state = OFF (commanded ON) - feedback mismatch since 2025-03-14 "
        "16:02 | sampled {ts} | read #{n} | {ms} ms",
        "ts": "log",
    },
    "intent": [
        "I'll raise a work order for the cooler fan contactor next.",
        "Next thing, I think, is a work order for the fan contactor.",
        "Let me create the work order for the cooler fan contactor now.",
        "So... work order for the fan contactor. Doing that.",
        "Right, raising the contactor work order.",
        "The obvious next move is a work order on the fan contactor; I'll do it.",
    ],
    "intent2": [
        "I should check the wind forecast for a low-wind window.",
        "Now I need to find a calm window in the forecast.",
        "Forecast next, looking for a low-wind slot.",
        "Hmm, when is it calm enough to climb? I'll check the forecast.",
        "The forecast will tell me which day is under the climb limit.",
        "Let me look for a window under 12 m/s in the forecast.",
    ],
    "verbatim": "Let me check the wind forecast for a low-wind window.",
    "stall": {
        "kick": (
            "remote_reset",
            {"turbine": "WTG-14", "alarm_code": 3104},
            "Reset command RC-5502 queued",
        ),
        "check": (
            "remote_command_status",
            {"cmd": "RC-5502"},
            "RC-5502: QUEUED - controller has not acknowledged",
        ),
        "msgs": [
            "Still no acknowledgement from the WTG-14 controller.",
            "Hmm, the controller still hasn't acknowledged RC-5502.",
            "RC-5502 is still queued, no ack from the turbine.",
            "Still waiting for the controller to acknowledge the reset.",
            "No ack from WTG-14 yet.",
        ],
    },
    "ab": (
        WIND_FAN,
        (
            "scada_signal",
            {"turbine": "WTG-14", "signal": "cooler_fan_current"},
            "cooler_fan_current = 0.0 A (expected ~4.2 A when running)",
        ),
    ),
    "ab_remarks": [
        "And the current...",
        "Back to the state signal, hmm.",
        "So state says OFF and current says zero. Let me look at both again.",
        "Current once more.",
    ],
    "flip": {
        "tool": "set_power_limit",
        "args": {"turbine": "WTG-14", "limit_kw": "{v}"},
        "values": [1800, 2300],
        "obs": "WTG-14 power limit set to {v} kW",
        "check": (
            "scada_alarms",
            {"turbine": "WTG-14", "since": "2025-03-17T00:00"},
            "Active: GBX_OIL_TEMP_HIGH (3104). Turbine state STOP - setpoint changes ignored "
            "while stopped.",
        ),
        "remarks": [
            "Hmm, no change. Back to full power?",
            "Maybe curtailing it really will keep the oil cooler. Lower limit again.",
            "Let me try the other limit again.",
        ],
    },
    "cycle": [WIND_ALARMS, WIND_TREND, WIND_FAN],
    "fail": {
        "tool": "book_technicians",
        "args": {
            "team": "north",
            "date": "2025-03-19",
            "turbine": "WTG-14",
            "task": "cooler fan contactor",
        },
        "error": "Rejected: team 'north' incomplete - GWO Working at Heights certificate for "
        "J. Doyle expired 2025-03-01 (minimum 2 certified climbers)",
        "reworded": [
            {
                "team": "North",
                "date": "2025-03-19",
                "turbine": "WTG-14",
                "task": "cooler fan contactor",
            },
            {
                "team": "north",
                "date": "19/03/2025",
                "turbine": "WTG-14",
                "task": "cooler fan contactor",
            },
            {"team": "north", "date": "2025-03-19", "turbine": "WTG14", "task": "fan contactor"},
            {"crew": "north", "date": "2025-03-19", "asset": "WTG-14"},
            {
                "team": "north",
                "date": "2025-03-19",
                "turbine": "WTG-14",
                "task": "cooler fan contactor",
                "priority": "high",
            },
        ],
    },
    "regen": {
        "call": (
            "generate_climb_plan",
            {"turbine": "WTG-14", "week": "2025-W12", "task": "cooler fan contactor"},
        ),
        "intro": "Let me have the planner draft a climb plan; it usually picks decent windows.",
        "outputs": [
            "Plan A: climb Wed 19 Mar 10:00-14:00. Forecast hub-height wind 13.5 m/s, gusts 17.",
            "Plan B: climb Thu 20 Mar 16:00-20:00. Forecast 12.8 m/s, gusts 16.",
            "Plan C: climb Tue 18 Mar 13:00-17:00. Forecast 14.1 m/s, gusts 19.",
            "Plan D: climb Fri 21 Mar 08:00-12:00. Forecast 12.4 m/s, gusts 15.",
            "Plan E: climb Wed 19 Mar 15:00-19:00. Forecast 13.0 m/s, gusts 18.",
        ],
        "rejects": [
            "Hmm, 13.5 m/s is over the 12 m/s climb limit. Let me ask for another plan.",
            "12.8, still over 12. Another one.",
            "14.1 m/s, that's even worse. Again...",
            "12.4, so close, but still over the limit. One more.",
            "Over the limit again. Regenerating.",
        ],
    },
    "after": "ab",
    "pages": {
        "tool": "work_orders",
        "pages": [
            (
                {"asset": "WTG-14", "status": "closed", "limit": 3, "offset": 0},
                "WO-7731 (Feb 25) oil sample ISO 18/16/13 OK | WO-7512 (Dec 24) cooler fan "
                "bearing replaced | WO-7390 (Oct 24) annual service",
            ),
            (
                {"asset": "WTG-14", "status": "closed", "limit": 3, "offset": 3},
                "WO-7201 (Aug 24) yaw brake pads | WO-7004 (Jun 24) cooler fan contactor K12 "
                "replaced (chatter) | WO-6911 (May 24) blade inspection",
            ),
            (
                {"asset": "WTG-14", "status": "closed", "limit": 3, "offset": 6},
                "WO-6702 (Feb 24) gearbox endoscopy, no findings | WO-6540 (Nov 23) pitch "
                "battery swap",
            ),
        ],
        "remarks": [
            "Hmm, the fan bearing was done in December. Let me keep going back.",
            "Interesting! K12 was replaced in June for chattering. Anything older?",
        ],
        "done": "So K12 has failed before (June) and the fan bearing was replaced in December. "
        "K12 is my prime suspect.",
    },
    "corrected": {
        "bad": (
            "scada_trend",
            {"turbine": "WTG14", "signal": "gbx_bearing_temp", "hours": 48},
            "Unknown turbine id 'WTG14'",
        ),
        "note": "Oh, the id needs the hyphen: WTG-14.",
        "good": (
            "scada_trend",
            {"turbine": "WTG-14", "signal": "gbx_bearing_temp", "hours": 48},
            "gbx_bearing_temp: 61-66 °C, stable; alarm threshold 90 °C",
        ),
        "follow": [
            "Bearings are fine, so it's the oil cooling side, not a bearing problem. That fits "
            "the fan theory.",
        ],
    },
    "poll": {
        "kick": (
            "remote_command",
            {"turbine": "WTG-14", "cmd": "reset_contactor", "target": "K12"},
            "Command RC-5503 queued",
        ),
        "tool": "remote_command_status",
        "args": {"cmd": "RC-5503"},
        "statuses": [
            "RC-5503: QUEUED",
            "RC-5503: SENT to controller",
            "RC-5503: ACKNOWLEDGED",
            "RC-5503: EXECUTED - K12 reset, cooler fan current 4.1 A",
        ],
        "wait": ("wait", {"seconds": 45}, "waited 45 s"),
        "done": "It executed and the fan is drawing 4.1 A, so the contactor had dropped out. "
        "A reset might hold for now, but it failed in June too.",
    },
    "entities": {
        "tool": "scada_signal",
        "items": [
            ({"turbine": "WTG-12", "signal": "gbx_oil_temp"}, "gbx_oil_temp = 64.2 °C @ 1.9 MW"),
            ({"turbine": "WTG-13", "signal": "gbx_oil_temp"}, "gbx_oil_temp = 66.0 °C @ 2.0 MW"),
            ({"turbine": "WTG-15", "signal": "gbx_oil_temp"}, "gbx_oil_temp = 63.1 °C @ 1.8 MW"),
            (
                {"turbine": "WTG-16", "signal": "gbx_oil_temp"},
                "gbx_oil_temp = 71.8 °C @ 2.1 MW (cooler fan ON, 4.3 A)",
            ),
            ({"turbine": "WTG-17", "signal": "gbx_oil_temp"}, "gbx_oil_temp = 65.5 °C @ 2.0 MW"),
        ],
        "done": "The neighbours sit at 63-66 °C at similar power. WTG-16 is a bit warm (72 °C) "
        "but its fan is running; worth a look later. WTG-14 is the outlier.",
    },
    "transient": {
        "call": (
            "weather_forecast",
            {"site": "carrow_ridge", "days": 5, "height_m": 80},
            "Hub-height wind (m/s): Tue 14.2 | Wed 13.4 | Thu 9.1 | Fri 12.6 | Sat 7.8. Thu "
            "06:00-15:00 below 10 m/s.",
        ),
        "errors": ["502 Bad Gateway (met provider)"],
        "remarks": ["Hmm, a 502 from the forecast provider. Probably transient; trying again."],
        "next": "Thursday morning looks like the window: under 10 m/s until 15:00.",
    },
    "updates": {
        "items": [
            (
                C(
                    "scada_signal",
                    {"turbine": "WTG-14", "signal": "cooler_fan_current"},
                    "cooler_fan_current = 0.0 A (expected ~4.2 A when running)",
                ),
                "So far: the fan isn't drawing any current, so it's not a sensor glitch. It "
                "really isn't running.",
            ),
            (
                C(
                    "scada_signal",
                    {"turbine": "WTG-14", "signal": "k12_aux_contact"},
                    "k12_aux_contact = OPEN (commanded CLOSED)",
                ),
                "Next bit: K12's auxiliary contact is open while it's commanded closed. That "
                "points at the contactor, not the motor.",
            ),
            (
                C(
                    "parts_stock",
                    {"part": "3RT2026-1BB40", "store": "carrow"},
                    "3RT2026-1BB40 contactor 24VDC: 2 in stock, bin C-14",
                ),
                "Good news: two spare contactors of the revised type in the site store.",
            ),
            (
                C(
                    "technician_roster",
                    {"date": "2025-03-20"},
                    "20 Mar: team south (A. Reyes, K. Lund) available 06:00-16:00, both GWO valid",
                ),
                "And people: team south is free on Thursday and both climbers are certified.",
            ),
        ],
        "pings": ["how's it going?", "anything yet?", "status?", "update?"],
    },
    "docs": {
        "items": [
            (
                (
                    "get_document",
                    {"doc": "SB-GBX-2023-07"},
                    "Service bulletin SB-GBX-2023-07: gearbox oil cooler fan contactor (K12) "
                    "may chatter under low coil voltage; replace with revised part "
                    "3RT2026-1BB40 and check the 24VDC supply under load.",
                ),
                "The OEM bulletin describes exactly this: K12 chatters at low coil voltage. Fit "
                "the revised contactor and check the 24 V supply under load.",
            ),
            (
                (
                    "get_document",
                    {"doc": "WO-7004-report"},
                    "WO-7004 (Jun 2024) report: K12 replaced like-for-like (old part "
                    "3RT2026-1BB4), coil voltage measured 21.2 V under load (nominal 24 V). No "
                    "further action recorded.",
                ),
                "June's repair used the old part and noted a 21.2 V coil voltage, below "
                "nominal, and nobody followed it up. Probably why it came back.",
            ),
            (
                (
                    "get_document",
                    {"doc": "oil-analysis-2025-02"},
                    "Oil sample WTG-14, Feb 2025: ISO 18/16/13, water 180 ppm, viscosity 318 cSt "
                    "@40 °C, no wear metals of concern.",
                ),
                "The oil itself is healthy, so the overheating hasn't cooked it yet.",
            ),
            (
                (
                    "get_document",
                    {"doc": "24vdc-psu-datasheet"},
                    "PSU8200 24V/10A: output adjustable 24-28.8 V; derating above 60 °C ambient.",
                ),
                "The 24 V supply can be trimmed up to 28.8 V, so if it sags under load we can "
                "adjust it rather than replace it.",
            ),
        ],
        "done": "Plan, then: fit the revised K12, measure the coil voltage under load, and "
        "trim the PSU if it's low.",
    },
    "drafts": {
        "first": "Replace K12 contactor on WTG-14.",
        "rounds": [
            (
                "Needs more than that. Part number and why.",
                "Replace cooler fan contactor K12 on WTG-14 with revised part 3RT2026-1BB40 "
                "(SB-GBX-2023-07). Fault: fan commanded ON but not running; K12 aux contact "
                "open; repeated GBX_OIL_TEMP_HIGH trips.",
            ),
            (
                "Add the voltage check, that was the root cause last time.",
                "Replace cooler fan contactor K12 on WTG-14 with revised part 3RT2026-1BB40 "
                "(SB-GBX-2023-07). Fault: fan commanded ON but not running; K12 aux contact "
                "open; repeated GBX_OIL_TEMP_HIGH trips. Measure K12 coil voltage under load; "
                "if below 23 V, trim the PSU8200 output (range 24-28.8 V) and record the value.",
            ),
            (
                "Window and crew?",
                "Thu 20 Mar 06:00-15:00 (forecast under 10 m/s), team south (A. Reyes, K. "
                "Lund). Replace cooler fan contactor K12 on WTG-14 with revised part "
                "3RT2026-1BB40 (SB-GBX-2023-07; 2 in stock, bin C-14). Fault: fan commanded ON "
                "but not running; K12 aux contact open; repeated GBX_OIL_TEMP_HIGH trips. "
                "Measure coil voltage under load; if below 23 V, trim the PSU8200 output and "
                "record it. No crane required.",
            ),
        ],
    },
    "adjust": [
        C(
            "set_parameter",
            {"turbine": "WTG-14", "param": "cooler_fan_on_degC", "value": 60},
            "cooler_fan_on_degC = 60",
        ),
        C(
            "run_load_test",
            {"turbine": "WTG-14", "minutes": 30, "power_mw": 2.0},
            "30 min @ 2.0 MW: peak gbx_oil_temp 76.4 °C",
        ),
        "76, still above my 70 °C target. Let me switch the fan on earlier.",
        C(
            "set_parameter",
            {"turbine": "WTG-14", "param": "cooler_fan_on_degC", "value": 55},
            "cooler_fan_on_degC = 55",
        ),
        C(
            "run_load_test",
            {"turbine": "WTG-14", "minutes": 30, "power_mw": 2.0},
            "30 min @ 2.0 MW: peak gbx_oil_temp 71.3 °C",
        ),
        "Closer. A little lower, I think.",
        C(
            "set_parameter",
            {"turbine": "WTG-14", "param": "cooler_fan_on_degC", "value": 52},
            "cooler_fan_on_degC = 52",
        ),
        C(
            "run_load_test",
            {"turbine": "WTG-14", "minutes": 30, "power_mw": 2.0},
            "30 min @ 2.0 MW: peak gbx_oil_temp 68.9 °C",
        ),
        "68.9 °C, under 70 with some margin. I'll leave it at 52.",
    ],
    "questions": [
        (
            "Is WTG-16 okay? It looked warm.",
            "Let me check 16's fan.",
            (
                "scada_signal",
                {"turbine": "WTG-16", "signal": "cooler_fan_current"},
                "cooler_fan_current = 4.3 A",
            ),
            "WTG-16's fan is running normally (4.3 A); it's just a warmer nacelle.",
        ),
        (
            "What about WTG-09? It was down last week.",
            "Checking its state.",
            (
                "scada_signal",
                {"turbine": "WTG-09", "signal": "state"},
                "state = RUN, 1.7 MW; last stop 2025-03-11 (grid event)",
            ),
            "WTG-09 is running at 1.7 MW; last week's stop was a grid event.",
        ),
        (
            "And WTG-03's availability this month?",
            "Pulling availability.",
            (
                "availability",
                {"turbine": "WTG-03", "month": "2025-03"},
                "WTG-03 March availability 99.2% (downtime 2.6 h)",
            ),
            "99.2% so far this month.",
        ),
        (
            "Is WTG-14 producing anything right now?",
            "Hmm, let me look.",
            (
                "scada_signal",
                {"turbine": "WTG-14", "signal": "state"},
                "state = STOP (GBX_OIL_TEMP_HIGH), 0 MW",
            ),
            "No, it's stopped on the oil temperature alarm, 0 MW.",
        ),
    ],
    "rerun": {
        "check": ("preclimb_checklist", {"turbine": "WTG-14", "date": "2025-03-20"}),
        "results": [
            "3 items open: [1] permit-to-work not issued | [2] rescue kit inspection overdue | "
            "[3] LOTO plan missing for K12 cabinet",
            "2 items open: [1] rescue kit inspection overdue | [2] LOTO plan missing for K12 "
            "cabinet",
            "1 item open: LOTO plan missing for K12 cabinet",
            "Checklist complete - ready to climb",
        ],
        "fixes": [
            (
                "issue_permit",
                {"turbine": "WTG-14", "date": "2025-03-20", "holder": "A. Reyes"},
                "PTW-20250320-014 issued",
            ),
            (
                "log_inspection",
                {"item": "rescue kit RK-07", "result": "pass"},
                "RK-07 inspection logged",
            ),
            (
                "attach_loto_plan",
                {"turbine": "WTG-14", "cabinet": "K12", "plan": "LOTO-NAC-04"},
                "LOTO-NAC-04 attached",
            ),
        ],
        "done": "Everything's ticked off for Thursday.",
    },
    "refine": {
        "tool": "parts_search",
        "items": [
            ({"q": "contactor"}, "146 parts match 'contactor'", "Hmm, far too many."),
            (
                {"q": "contactor 24VDC", "in_stock": True},
                "9 in stock: 3RT2016-1BB41, 3RT2026-1BB4, 3RT2026-1BB40, LC1D18BD, ...",
                "Both the old and the revised part show up. I want the revised one.",
            ),
            (
                {"q": "3RT2026-1BB40", "in_stock": True},
                "3RT2026-1BB40 (revised per SB-GBX-2023-07): 2 at Carrow store, 5 at central depot",
                "Two on site. Good.",
            ),
        ],
    },
}


# --- domain: academic library acquisitions (polite, mixed register) -------------------------

LIB_FUND = (
    "fund_balance",
    {"fund_code": "ENG-MONO-2425"},
    "ENG-MONO-2425: allocated £62,000.00, spent £38,112.40, encumbered £5,487.60, free "
    "balance £18,400.00",
)
LIB_GAPS = (
    "reading_list_gaps",
    {"faculty": "engineering", "term": "summer"},
    "23 titles on summer reading lists not held (or held at < 1 copy per 40 students); 9 "
    "marked 'essential'",
)
LIB_QUOTE = (
    "vendor_quote",
    {"isbn": "9781119812531", "vendor": "GOBI"},
    "9781119812531 'Introduction to Robotics Engineering', 4th ed.: hardback £92.00; ebook "
    "3-user £276.00; ships 7-10 days",
)
NOT_HELD = "Not held. 0 items, 0 on order."

LIB: Domain = {
    "name": "library_acquisitions",
    "task": "We have £18,400 left in the engineering library's 2024/25 monograph fund, which "
    "closes on 31 March. Prioritise titles on course reading lists that we don't hold, then "
    "high-demand interlibrary-loan requests, and place the orders through our vendor.",
    "openers": [
        "Happy to help. I'll start by confirming what's actually left in the fund.",
        "Let me get my bearings: fund balance first, then the reading-list gaps, then the "
        "ILL demand.",
        "Certainly. First, the fund balance.",
    ],
    "t0": (2025, 3, 24, 10, 5, 0),
    "prefix": [
        LIB_FUND,
        LIB_GAPS,
        (
            "ill_requests_summary",
            {"dept": "engineering", "months": 12},
            "41 ILL requests in 12 months; 6 titles requested 3 or more times",
        ),
    ],
    "lookup": LIB_QUOTE,
    "again": [
        "Let me re-quote that ISBN.",
        "I'll fetch the GOBI quote again to be sure of the price.",
        "Checking the robotics title's quote one more time.",
        "Perhaps the ebook price has changed; re-querying.",
        "One more look at the quote for 9781119812531.",
        "Quoting it again, just to be safe.",
    ],
    "vol": {
        "call": ("vendor_quote", {"isbn": "9781119812531", "vendor": "GOBI"}),
        "token": ("session", "uuid"),
        "json": {
            "isbn": "9781119812531",
            "title": "Introduction to Robotics Engineering",
            "edition": 4,
            "hardback_gbp": "92.00",
            "ebook_3user_gbp": "276.00",
            "ships": "7-10 days",
        },
        "extra": {"quoted_at": "ts"},
        "ts": "iso",
        "shuffle": True,
        "ws": True,
    },
    "intent": [
        "Next, I'll place the order for the nine essential titles.",
        "Going ahead now with ordering the nine essential reading-list books.",
        "My next step is to order the nine titles marked essential.",
        "I'll get the essential nine on order.",
        "Now to submit the order for the essentials, all nine of them.",
        "The nine essential titles are next: I'll send that order to GOBI.",
    ],
    "intent2": [
        "I should check our holdings for duplicates before ordering.",
        "Before ordering, a duplicate check against the catalogue is needed.",
        "Let me make sure none of these are already held.",
        "A holdings check comes first, to avoid buying duplicates.",
        "Next, I'll verify we don't already own any of these.",
        "Duplicates check against our holdings: that's the next step.",
    ],
    "verbatim": "I'll check our holdings for duplicates before ordering.",
    "stall": {
        "kick": (
            "submit_order",
            {"vendor": "GOBI", "fund": "ENG-MONO-2425", "basket": "essential-9"},
            "Order batch OB-1177 submitted; awaiting vendor acknowledgement (EDI)",
        ),
        "check": (
            "order_batch_status",
            {"batch": "OB-1177"},
            "OB-1177: awaiting vendor acknowledgement - 0/9 lines acknowledged",
        ),
        "msgs": [
            "Still waiting for GOBI to acknowledge OB-1177.",
            "OB-1177 is still awaiting the vendor's acknowledgement.",
            "No acknowledgement from GOBI yet for OB-1177.",
            "Still waiting: OB-1177, 0 of 9 lines acknowledged.",
            "The batch is still unacknowledged by the vendor.",
        ],
    },
    "ab": (
        LIB_QUOTE,
        (
            "vendor_quote",
            {"isbn": "9781119812531", "vendor": "Dawson"},
            "Not available from Dawson: publisher restriction on this title",
        ),
    ),
    "ab_remarks": [
        "Let me see what Dawson says.",
        "Back to GOBI's quote.",
        "Comparing the two vendors again.",
        "And GOBI once more.",
    ],
    "flip": {
        "tool": "set_format_preference",
        "args": {"fund": "ENG-MONO-2425", "format": "{v}"},
        "values": ["ebook", "print"],
        "obs": "Format preference for ENG-MONO-2425 set to {v}",
        "check": (
            "budget_forecast",
            {"fund": "ENG-MONO-2425", "basket": "essential-9"},
            "Basket essential-9: print £1,212.00 / ebook £3,402.00; free balance £18,400.00; "
            "unspent after basket £17,188.00 (print) or £14,998.00 (ebook)",
        ),
        "remarks": [
            "Hmm, the forecast looks the same. Switching back to print.",
            "Perhaps ebooks would use more of the budget after all. Switching again.",
            "Let me try the other format once more.",
        ],
    },
    "cycle": [LIB_FUND, LIB_GAPS, LIB_QUOTE],
    "fail": {
        "tool": "create_po",
        "args": {"fund": "ENG-MONO-2425", "vendor": "GOBI", "basket": "essential-9"},
        "error": "PO creation failed: vendor account GOBI-55-0192 is on credit hold (invoice "
        "INV-88417 overdue 62 days)",
        "reworded": [
            {"fund": "ENG-MONO-2425", "vendor": "gobi", "basket": "essential-9"},
            {"fund": "eng-mono-2425", "vendor": "GOBI", "basket": "essential-9"},
            {"fund": "ENG-MONO-2425", "vendor": "GOBI Library Solutions", "basket": "essential-9"},
            {"fund_code": "ENG-MONO-2425", "vendor": "GOBI", "basket_id": "essential-9"},
            {"fund": "ENG-MONO-2425", "vendor": "GOBI", "basket": "essential-9", "rush": True},
        ],
    },
    "regen": {
        "call": (
            "recommend_titles",
            {"subject": "control systems", "budget_gbp": 3000, "level": "undergraduate"},
        ),
        "intro": "For the remaining money I'll ask the recommender for control-systems titles.",
        "outputs": [
            "1. Ogata, Modern Control Engineering, 5th ed. [HELD x4] | 2. Franklin, Feedback "
            "Control of Dynamic Systems, 8th ed. [HELD x3] | 3. Nise, Control Systems "
            "Engineering, 8th ed. [HELD x6] | 4. Dorf, Modern Control Systems, 14th ed. [HELD x2]",
            "1. Astrom & Murray, Feedback Systems [HELD x2] | 2. Ogata, Modern Control "
            "Engineering [HELD x4] | 3. Kuo, Automatic Control Systems, 9th ed. [OUT OF PRINT] "
            "| 4. Nise, Control Systems Engineering [HELD x6]",
            "1. Dorf, Modern Control Systems [HELD x2] | 2. Franklin, Digital Control of Dynamic "
            "Systems, 3rd ed. [OUT OF PRINT] | 3. Ogata, Discrete-Time Control Systems [HELD "
            "x1] | 4. Nise, Control Systems Engineering [HELD x6]",
            "1. Nise, Control Systems Engineering [HELD x6] | 2. Franklin, Feedback Control "
            "[HELD x3] | 3. D'Azzo, Linear Control System Analysis [OUT OF PRINT] | 4. "
            "Golnaraghi, Automatic Control Systems, 10th ed. [HELD x1]",
            "1. Ogata, Modern Control Engineering [HELD x4] | 2. Skogestad, Multivariable "
            "Feedback Control [HELD x2] | 3. Dorf, Modern Control Systems [HELD x2] | 4. Kuo, "
            "Automatic Control Systems [OUT OF PRINT]",
        ],
        "rejects": [
            "Every one of those is already held. Let me ask it again.",
            "Held or out of print, all four. Trying once more.",
            "Still nothing we could actually buy. Regenerating.",
            "Same story: held or out of print. Again.",
            "Nothing new again. One more go.",
        ],
    },
    "after": "regen",
    "pages": {
        "tool": "catalogue_search",
        "pages": [
            (
                {"subject": "robotics", "published_after": 2020, "page": 1},
                "Results 1-5 of 14: Siciliano, Springer Handbook of Robotics (print x1) | "
                "Lynch, Modern Robotics (ebook) | Corke, Robotics, Vision and Control 3rd ed. "
                "(print x2) | Murphy, Intro to AI Robotics 2nd ed. (print x1) | Thrun, "
                "Probabilistic Robotics (print x3)",
            ),
            (
                {"subject": "robotics", "published_after": 2020, "page": 2},
                "Results 6-10 of 14: Craig, Intro to Robotics 4th ed. (print x2) | Mataric, The "
                "Robotics Primer (ebook) | Spong, Robot Modeling and Control 2nd ed. (print x1) "
                "| Kelly, Mobile Robotics (ebook) | Dudek, Computational Principles of Mobile "
                "Robotics 3rd ed. (print x1)",
            ),
            (
                {"subject": "robotics", "published_after": 2020, "page": 3},
                "Results 11-14 of 14: Niku, Intro to Robotics 3rd ed. (print x1) | Jazar, "
                "Theory of Applied Robotics (ebook) | Kajita, Intro to Humanoid Robotics 2nd ed. "
                "(print x1) | Bekey, Autonomous Robots (print x1)",
            ),
        ],
        "remarks": ["Page two, please.", "And the last page."],
        "done": "We hold 14 robotics titles from after 2020, and 'Introduction to Robotics "
        "Engineering' is not among them, so it is a genuine gap.",
    },
    "corrected": {
        "bad": (
            "vendor_quote",
            {"isbn": "978-0-12-823461-2", "vendor": "GOBI"},
            "Invalid ISBN: send 13 digits without hyphens",
        ),
        "note": "It wants the bare 13 digits. Resending without hyphens.",
        "good": (
            "vendor_quote",
            {"isbn": "9780128234612", "vendor": "GOBI"},
            "9780128234612 'Mechatronics: Principles and Applications', 2nd ed.: hardback "
            "£84.99; ebook unlimited £254.97; ships 5-7 days",
        ),
        "follow": ["That one is on the summer list too, so print at £84.99 it is."],
    },
    "poll": {
        "kick": (
            "submit_order",
            {"vendor": "GOBI", "fund": "ENG-MONO-2425", "basket": "essential-9"},
            "Order batch OB-1178 submitted",
        ),
        "tool": "order_batch_status",
        "args": {"batch": "OB-1178"},
        "statuses": [
            "OB-1178: awaiting vendor acknowledgement",
            "OB-1178: awaiting vendor acknowledgement",
            "OB-1178: awaiting vendor acknowledgement",
            "OB-1178: acknowledged 9/9; 2 lines backordered (ETA 14 Apr)",
            "OB-1178: 7 lines shipped, 2 backordered",
        ],
        "wait": ("wait", {"minutes": 5}, "waited 5 minutes"),
        "done": "All nine acknowledged and seven shipped; the two backorders arrive in mid-April "
        "but are encumbered before the year-end.",
    },
    "entities": {
        "tool": "holdings_check",
        "same": True,
        "items": [
            ({"isbn": "9781119990107"}, NOT_HELD),
            ({"isbn": "9781032219882"}, NOT_HELD),
            ({"isbn": "9783031256217"}, NOT_HELD),
            ({"isbn": "9780323912488"}, NOT_HELD),
            ({"isbn": "9781394192045"}, NOT_HELD),
        ],
        "done": "None of the five most-requested ILL titles is held or on order, so all five "
        "can go on the order.",
    },
    "transient": {
        "call": (
            "submit_order",
            {"vendor": "GOBI", "fund": "ENG-MONO-2425", "basket": "ill-top-5"},
            "Order batch OB-1180 submitted (5 lines, £431.45)",
        ),
        "errors": ["EDI gateway timeout after 30 s", "EDI gateway: 503 Service Unavailable"],
        "remarks": [
            "The EDI gateway timed out; I'll resubmit.",
            "Now a 503 from the gateway. Giving it a moment and trying again.",
        ],
        "wait": ("wait", {"seconds": 30}, "waited 30 seconds"),
        "next": "The ILL order went through: five lines, £431.45.",
    },
    "updates": {
        "items": [
            (
                C(
                    "create_po",
                    {"fund": "ENG-MONO-2425", "vendor": "GOBI", "basket": "essential-9"},
                    "PO-25-0912 created: 9 lines, £1,212.00",
                ),
                "Update: the nine essential titles are on PO-25-0912 (£1,212.00). £17,188.00 left.",
            ),
            (
                C(
                    "create_po",
                    {"fund": "ENG-MONO-2425", "vendor": "GOBI", "basket": "ill-top-5"},
                    "PO-25-0913 created: 5 lines, £431.45",
                ),
                "Update: the five most-requested ILL titles are ordered too (£431.45). "
                "£16,756.55 to go.",
            ),
            (
                C(
                    "create_po",
                    {
                        "fund": "ENG-MONO-2425",
                        "vendor": "GOBI",
                        "basket": "reading-list-remaining-14",
                    },
                    "PO-25-0914 created: 14 lines, £1,706.30",
                ),
                "Update: the other 14 reading-list gaps are on PO-25-0914 (£1,706.30). "
                "Remaining: £15,050.25.",
            ),
            (
                C(
                    "create_po",
                    {"fund": "ENG-MONO-2425", "vendor": "ProQuest", "basket": "ebook-package-ieee"},
                    "PO-25-0915 created: 1 line (IEEE ebook package 2025), £14,900.00",
                ),
                "Update: the IEEE ebook package (£14,900.00) brings us to £150.25 unspent, "
                "which is within tolerance.",
            ),
        ],
        "pings": ["how's it going?", "update?", "where are we now?", "and now?"],
    },
    "docs": {
        "items": [
            (
                (
                    "fetch_document",
                    {"doc": "syllabus-ENGR2041"},
                    "ENGR2041 Robotics (190 students). Essential: Craig, Intro to Robotics; "
                    "'Introduction to Robotics Engineering' 4th ed. Recommended: Lynch & Park, "
                    "Modern Robotics.",
                ),
                "ENGR2041 (190 students) lists the robotics engineering text as essential, and "
                "we have no copy.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "syllabus-ENGR3310"},
                    "ENGR3310 Mechatronics (85 students). Essential: Bolton, Mechatronics 7th "
                    "ed.; 'Mechatronics: Principles and Applications' 2nd ed. Recommended: "
                    "Alciatore, Intro to Mechatronics.",
                ),
                "ENGR3310 (85 students) has two essential texts; we hold Bolton but not "
                "Principles and Applications.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "review-choice-2024-1187"},
                    "Choice review (2024): 'Introduction to Robotics Engineering' is 'highly "
                    "recommended' for lower-division undergraduates; strong on kinematics, thin "
                    "on ROS.",
                ),
                "Choice rates the robotics text highly recommended for undergraduates, so it's "
                "a safe purchase.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "ill-report-2024-25"},
                    "ILL report 2024/25: top requests: 'Battery Systems Engineering' (6), "
                    "'Power Electronics Handbook' 5th ed. (5), 'Soft Robotics' (4), 'Hydrogen "
                    "Fuel Cells' (4), 'Digital Twins in Industry' (3).",
                ),
                "ILL demand is led by 'Battery Systems Engineering' (6 requests) and the Power "
                "Electronics Handbook (5).",
            ),
        ],
        "done": "So the priorities are the robotics and mechatronics texts, then the top ILL "
        "titles.",
    },
    "drafts": {
        "first": "We spent the remaining engineering money on reading-list books and ILL titles.",
        "rounds": [
            (
                "The committee will want numbers.",
                "We committed £18,249.75 of the £18,400.00 engineering monograph fund: "
                "£2,918.30 on 23 reading-list titles and £431.45 on five high-demand ILL "
                "titles, plus the IEEE ebook package (£14,900.00).",
            ),
            (
                "Why the IEEE package? That's a big chunk, justify it.",
                "We committed £18,249.75 of the £18,400.00 engineering monograph fund: "
                "£2,918.30 on 23 reading-list titles, £431.45 on five high-demand ILL titles, "
                "and £14,900.00 on the IEEE 2025 ebook package, which covers 11 titles "
                "requested through ILL over the past two years that would otherwise keep "
                "costing us ILL fees.",
            ),
            (
                "Good. Mention the two backorders.",
                "We committed £18,249.75 of the £18,400.00 engineering monograph fund: "
                "£2,918.30 on 23 reading-list titles, £431.45 on five high-demand ILL titles, "
                "and £14,900.00 on the IEEE 2025 ebook package (covering 11 titles requested "
                "through ILL in two years). Two reading-list titles are backordered until 14 "
                "April; they are encumbered in this year's fund. £150.25 remains unspent.",
            ),
        ],
    },
    "adjust": [
        C(
            "basket_add",
            {"basket": "spend-down", "list": "ill-requested-12m"},
            "Added 31 titles; basket total £12,906.40",
        ),
        C(
            "budget_forecast",
            {"fund": "ENG-MONO-2425", "basket": "spend-down"},
            "Free balance after basket: £5,493.60",
        ),
        "Still £5,493.60 unspent. Adding the recommended (not essential) reading-list titles.",
        C(
            "basket_add",
            {"basket": "spend-down", "list": "reading-list-recommended"},
            "Added 42 titles; basket total £17,852.10",
        ),
        C(
            "budget_forecast",
            {"fund": "ENG-MONO-2425", "basket": "spend-down"},
            "Free balance after basket: £547.90",
        ),
        "£547.90 left, which is close. A few more from the subject librarian's wishlist.",
        C(
            "basket_add",
            {"basket": "spend-down", "list": "wishlist-eng", "max_total_gbp": 520},
            "Added 5 titles; basket total £18,361.85",
        ),
        C(
            "budget_forecast",
            {"fund": "ENG-MONO-2425", "basket": "spend-down"},
            "Free balance after basket: £38.15",
        ),
        "£38.15 left, within the £100 tolerance. That basket will do.",
    ],
    "questions": [
        (
            "Do we have Modern Robotics by Lynch?",
            "Checking the catalogue.",
            (
                "catalogue_lookup",
                {"title": "Modern Robotics", "author": "Lynch"},
                "Modern Robotics (Lynch & Park, 2017): ebook, unlimited users",
            ),
            "Yes, as an unlimited-user ebook.",
        ),
        (
            "And Bolton's Mechatronics?",
            "Let me look.",
            (
                "catalogue_lookup",
                {"title": "Mechatronics", "author": "Bolton"},
                "Mechatronics, 7th ed. (Bolton, 2019): print x3, 1 on loan",
            ),
            "Three print copies of the 7th edition, one of them on loan.",
        ),
        (
            "Is there anything by Alciatore?",
            "Searching by author.",
            (
                "catalogue_lookup",
                {"author": "Alciatore"},
                "Introduction to Mechatronics and Measurement Systems, 5th ed. (2019): print x1",
            ),
            "One copy of Introduction to Mechatronics and Measurement Systems, 5th edition.",
        ),
        (
            "What about 'Soft Robotics'?",
            "One moment.",
            ("catalogue_lookup", {"title": "Soft Robotics"}, "No matching records"),
            "We don't hold it. It's one of the ILL titles I've put on the order.",
        ),
    ],
    "rerun": {
        "check": ("validate_basket", {"basket": "essential-9", "fund": "ENG-MONO-2425"}),
        "results": [
            "4 problems: 1 duplicate of a held item (Craig, Intro to Robotics 4th ed.) | 2 "
            "lines missing fund split | 1 price over single-item cap (£276.00 ebook)",
            "3 problems: 2 lines missing fund split | 1 price over single-item cap (£276.00 ebook)",
            "1 problem: price over single-item cap (£276.00 ebook)",
            "Basket valid: 8 lines, £1,120.00",
        ],
        "fixes": [
            (
                "basket_remove",
                {"basket": "essential-9", "isbn": "9780133489798"},
                "Removed Craig, Intro to Robotics 4th ed.",
            ),
            (
                "basket_set_fund",
                {"basket": "essential-9", "lines": [3, 7], "fund": "ENG-MONO-2425"},
                "Fund set on lines 3 and 7",
            ),
            (
                "basket_set_format",
                {"basket": "essential-9", "isbn": "9781119812531", "format": "print"},
                "Line 1 switched to hardback £92.00",
            ),
        ],
        "done": "The basket validates now: eight lines, £1,120.00.",
    },
    "refine": {
        "tool": "vendor_search",
        "items": [
            ({"vendor": "GOBI", "q": "battery"}, "1,204 titles", "Rather too broad."),
            (
                {"vendor": "GOBI", "q": "battery systems engineering", "published_after": 2018},
                "7 titles, incl. 'Battery Management Systems' (Plett, 2023) and 'Battery "
                "Systems Engineering' 2nd ed. (Rahn & Wang, 2024)",
                "There's a 2024 second edition of the ILL favourite!",
            ),
            (
                {"vendor": "GOBI", "isbn": "9781119990107"},
                "Battery Systems Engineering, 2nd ed. (Rahn & Wang, 2024): hardback £98.50; "
                "ebook 3-user £295.50",
                "Print at £98.50, then.",
            ),
        ],
    },
}


# --- domain: Kubernetes cost tuning (terse operator) ---------------------------------------

K8S_COST = (
    "cost_by_namespace",
    {"cluster": "stg-eu1", "window": "30d"},
    "checkout 4,910 | search 3,420 | ml-batch 2,880 | observability 1,730 | misc 1,260 (USD, 30d)",
)
K8S_USAGE = (
    "requests_vs_usage",
    {"cluster": "stg-eu1", "namespace": "checkout"},
    "checkout-api: req 2000m/4Gi, p95 use 310m/1.1Gi, replicas 6 | cart-svc: req 1000m/2Gi, "
    "p95 use 120m/0.4Gi, replicas 4",
)
K8S_HPA = (
    "kubectl_get",
    {"resource": "hpa", "namespace": "checkout"},
    "checkout-api-hpa min 6 max 20 target cpu 70% current 15% | cart-svc-hpa min 4 max 10 "
    "target cpu 80% current 12%",
)
K8S_NODES = (
    "kubectl_get",
    {"resource": "nodes", "selector": "pool=general"},
    "12 nodes n2-standard-8, all Ready | allocatable cpu 94.1 | requested 81.6 (86%) | used "
    "19.3 (20%)",
)
K8S_P95 = (
    "prometheus_query",
    {
        "query": 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{app="checkout-api"}[30m])))'
    },
    "0.212 (212 ms)",
)


def k8s_cpu(cpu: str) -> dict[str, Any]:
    return C(
        "kubectl_patch",
        {
            "resource": "deploy/checkout-api",
            "namespace": "checkout",
            "patch": {"resources": {"requests": {"cpu": cpu}}},
        },
        "deployment.apps/checkout-api patched",
    )


def k8s_load(result: str) -> dict[str, Any]:
    return C(
        "run_load_test",
        {"profile": "nightly", "target": "checkout-api", "minutes": 10},
        result,
    )


def k8s_cost(namespace: str, obs: str) -> tuple[str, dict[str, Any], str]:
    return (
        "cost_by_namespace",
        {"cluster": "stg-eu1", "window": "30d", "namespace": namespace},
        obs,
    )


K8S: Domain = {
    "name": "k8s_cost_tuning",
    "task": "staging cluster stg-eu1 costs ~$14.2k/month. get it down 30% without breaking the "
    "staging SLO (checkout-api p95 < 300 ms under the nightly load test). right-size requests, "
    "fix autoscaling. no prod changes.",
    "openers": [
        "ok. cost by namespace first.",
        "Starting. 1) cost by namespace 2) requests vs usage 3) HPA + cluster-autoscaler config.",
        "looking at where the money goes.",
    ],
    "t0": (2025, 6, 4, 21, 13, 9),
    "prefix": [K8S_COST, K8S_USAGE, K8S_HPA],
    "lookup": K8S_NODES,
    "again": [
        "nodes again.",
        "re-list general pool.",
        "check nodes once more",
        "again - pool=general",
        "still 12? recheck.",
        "list nodes.",
    ],
    "vol": {
        "call": ("kubectl_get", {"resource": "nodes", "selector": "pool=general"}),
        "text": "12 nodes n2-standard-8, all Ready | allocatable cpu 94.1 | requested 81.6 (86%) "
        "| used 19.3 (20%) | resourceVersion={rid} | {ts}",
        "rid": "num",
        "ts": "epoch",
        "ws": True,
    },
    "intent": [
        "next: patch checkout-api requests to 500m/1.5Gi.",
        "applying new requests on checkout-api (500m / 1.5Gi).",
        "will patch checkout-api resources -> cpu 500m, mem 1.5Gi.",
        "going to lower checkout-api requests to 500m/1.5Gi now.",
        "patching checkout-api: requests 500m cpu, 1.5Gi mem.",
        "right-size checkout-api next: 500m / 1.5Gi.",
    ],
    "intent2": [
        "need to turn on scale-down in cluster-autoscaler.",
        "next: enable CA scale-down.",
        "cluster autoscaler scale-down has to be enabled.",
        "enable scale-down on the autoscaler.",
        "turning on autoscaler scale-down next.",
        "CA: scale-down-enabled=true is the next change.",
    ],
    "verbatim": "enabling cluster-autoscaler scale-down now.",
    "stall": {
        "kick": (
            "argo_sync",
            {"app": "checkout-stg", "revision": "a41c9e2"},
            "sync started op=sync-7781",
        ),
        "check": (
            "argo_app_status",
            {"app": "checkout-stg"},
            "sync: Running | health: Progressing | 0/6 resources synced",
        ),
        "msgs": [
            "sync still running, 0/6.",
            "argo: Running, 0/6 synced.",
            "still syncing. 0 of 6.",
            "no movement on sync-7781 (0/6).",
            "sync-7781 running, nothing synced yet.",
        ],
    },
    "ab": (
        K8S_HPA,
        (
            "kubectl_describe",
            {"resource": "deploy/checkout-api", "namespace": "checkout"},
            "Replicas: 6 desired | 6 updated | 6 available\nRequests: cpu 2, memory 4Gi\n"
            "Limits: cpu 4, memory 8Gi\nEvents: <none>",
        ),
    ),
    "ab_remarks": ["deploy.", "hpa.", "deploy again", "hpa again"],
    "flip": {
        "tool": "helm_set",
        "args": {
            "release": "cluster-autoscaler",
            "key": "scaleDownUtilizationThreshold",
            "value": "{v}",
        },
        "values": ["0.7", "0.5"],
        "n0": 14,
        "obs": "release cluster-autoscaler upgraded, revision {n}; scaleDownUtilizationThreshold={v}",
        "check": K8S_NODES,
        "remarks": ["no scale-down. back to 0.5.", "try 0.7 again.", "flip."],
    },
    "cycle": [K8S_COST, K8S_USAGE, K8S_HPA],
    "fail": {
        "tool": "kubectl_apply",
        "args": {"file": "checkout-api-resources.yaml", "namespace": "checkout"},
        "error": 'Error from server (Forbidden): deployments.apps "checkout-api" is forbidden: '
        'User "cost-bot" cannot patch resource "deployments" in API group "apps" in the '
        'namespace "checkout"',
        "reworded": [
            {"file": "./checkout-api-resources.yaml", "namespace": "checkout"},
            {"file": "checkout-api-resources.yaml", "namespace": "checkout", "server_side": True},
            {"filename": "checkout-api-resources.yaml", "ns": "checkout"},
            {"file": "checkout-api-resources.yaml", "namespace": "checkout", "force": True},
            {"file": "manifests/../checkout-api-resources.yaml", "namespace": "checkout"},
        ],
    },
    "regen": {
        "call": (
            "genmanifest",
            {
                "prompt": "right-size checkout-api for p95 310m cpu / 1.1Gi mem",
                "model": "ops-gen-2",
            },
        ),
        "intro": "try genmanifest for the patch.",
        "outputs": [
            "resources:\n  requests: {cpu: 500m, memory: 1.5Gi}\n  limits: {cpu: 250m, memory: 2Gi}",
            "resources:\n  requests: {cpu: 400m, memory: 1Gi}\n  limits: {memory: 768Mi}",
            "resources:\n  requests: {cpu: '0.5', memory: 1536Mi}\n  limits: {cpu: 400m, memory: 3Gi}",
            "resources:\n  requests: {cpu: 600m, memory: 2Gi}\n  limits: {cpu: 500m}",
            "resources:\n  requests: {cpu: 500m, memory: 1.5Gi}\n  limits: {cpu: '1', memory: 1Gi}",
        ],
        "rejects": [
            "cpu limit < request. invalid. regen.",
            "mem limit < request. regen.",
            "cpu limit < request again. regen.",
            "limit 500m < request 600m. regen.",
            "mem limit 1Gi < 1.5Gi request. again.",
        ],
    },
    "after": "cycle",
    "pages": {
        "tool": "cost_line_items",
        "pages": [
            (
                {"cluster": "stg-eu1", "window": "30d", "page_size": 4},
                "compute n2-standard-8 x12: $6,912 | pd-ssd 2.1TB: $1,470 | load balancers x9: "
                "$1,180 | cloud nat: $640 | next_page_token=CgQIBBAE",
            ),
            (
                {"cluster": "stg-eu1", "window": "30d", "page_size": 4, "page_token": "CgQIBBAE"},
                "egress inter-region: $1,105 | gpu pool ml-batch (2x T4): $1,620 | logging "
                "ingestion: $730 | snapshots: $212 | next_page_token=CgQICBAI",
            ),
            (
                {"cluster": "stg-eu1", "window": "30d", "page_size": 4, "page_token": "CgQICBAI"},
                "static IPs x14: $168 | artifact registry: $97 | misc: $66 | next_page_token=",
            ),
        ],
        "remarks": ["next.", "next."],
        "done": "compute ~49%. 9 LBs + 14 static IPs smell like leftovers. gpu pool idle?",
    },
    "corrected": {
        "bad": (
            "requests_vs_usage",
            {"cluster": "stg-eu1", "namespace": "Search"},
            'error: namespaces "Search" not found',
        ),
        "note": "lowercase ns.",
        "good": (
            "requests_vs_usage",
            {"cluster": "stg-eu1", "namespace": "search"},
            "search-api: req 1500m/3Gi, p95 use 220m/0.9Gi, replicas 5 | indexer: req "
            "2000m/6Gi, p95 use 1400m/4.8Gi, replicas 2",
        ),
        "follow": ["search-api ~7x overprovisioned on cpu. indexer fine."],
    },
    "poll": {
        "kick": (
            "argo_sync",
            {"app": "checkout-stg", "revision": "b7d01f3"},
            "sync started op=sync-7790",
        ),
        "tool": "argo_app_status",
        "args": {"app": "checkout-stg"},
        "statuses": [
            "sync: Running | health: Progressing | 1/6 resources synced",
            "sync: Running | health: Progressing | 4/6 resources synced",
            "sync: Succeeded | health: Progressing | 6/6 resources synced",
            "sync: Succeeded | health: Healthy | 6/6 resources synced",
        ],
        "wait": ("sleep", {"s": 20}, "slept 20s"),
        "done": "synced + healthy.",
    },
    "entities": {
        "tool": "requests_vs_usage",
        "items": [
            (
                {"cluster": "stg-eu1", "namespace": "ml-batch"},
                "trainer: req 8000m/32Gi, p95 use 60m/0.5Gi (idle outside 02:00-03:00), "
                "replicas 2 | gpu: 2x T4 requested, util 3%",
            ),
            (
                {"cluster": "stg-eu1", "namespace": "observability"},
                "prometheus: req 4000m/16Gi, p95 use 1900m/11Gi | loki: req 2000m/8Gi, p95 use "
                "400m/2.2Gi",
            ),
            (
                {"cluster": "stg-eu1", "namespace": "payments"},
                "payments-api: req 1000m/2Gi, p95 use 650m/1.4Gi, replicas 3",
            ),
            (
                {"cluster": "stg-eu1", "namespace": "notifications"},
                "notifier: req 500m/1Gi, p95 use 35m/0.2Gi, replicas 4",
            ),
            (
                {"cluster": "stg-eu1", "namespace": "auth"},
                "auth-svc: req 1000m/2Gi, p95 use 280m/0.7Gi, replicas 3",
            ),
        ],
        "done": "waste: ml-batch (idle 23h/day, gpu 3%), notifier, auth, loki. payments ok.",
    },
    "transient": {
        "call": K8S_P95,
        "errors": ["query failed: context deadline exceeded (timeout 30s)"],
        "remarks": ["timeout. retry."],
        "next": "baseline p95 212ms. headroom to 300.",
    },
    "updates": {
        "items": [
            (
                C(
                    "kubectl_patch",
                    {
                        "resource": "deploy/notifier",
                        "namespace": "notifications",
                        "patch": {"resources": {"requests": {"cpu": "100m", "memory": "256Mi"}}},
                    },
                    "deployment.apps/notifier patched",
                ),
                "notifier: 500m -> 100m cpu. est -$140/mo.",
            ),
            (
                C(
                    "kubectl_patch",
                    {
                        "resource": "deploy/auth-svc",
                        "namespace": "auth",
                        "patch": {"resources": {"requests": {"cpu": "400m", "memory": "1Gi"}}},
                    },
                    "deployment.apps/auth-svc patched",
                ),
                "auth-svc: 1000m -> 400m. est -$95/mo.",
            ),
            (
                C(
                    "kubectl_scale",
                    {
                        "resource": "deploy/trainer",
                        "namespace": "ml-batch",
                        "replicas": 0,
                        "cron_up": "0 2 * * *",
                    },
                    "trainer scaled to 0; CronJob trainer-window created (02:00-03:00)",
                ),
                "trainer: 0 replicas outside 02-03h. est -$2,300/mo incl gpu.",
            ),
            (
                C("cost_estimate", {"cluster": "stg-eu1"}, "projected monthly: $10,310 (-27.4%)"),
                "projected $10.3k (-27%). need ~3% more.",
            ),
        ],
        "pings": ["status?", "?", "update", "how far?"],
    },
    "docs": {
        "items": [
            (
                (
                    "read_doc",
                    {"path": "runbooks/stg-autoscaling.md"},
                    "Cluster autoscaler in stg: scale-down disabled since 2024-11 (PM-212). "
                    "Re-enable only after PDBs exist for stateful sets.",
                ),
                "CA scale-down off since Nov (PM-212). precondition: PDBs on statefulsets.",
            ),
            (
                (
                    "read_doc",
                    {"path": "postmortems/PM-212.md"},
                    "PM-212: scale-down evicted both kafka-stg brokers at once -> 40 min outage "
                    "of staging. Action: add PDB maxUnavailable=1 (open).",
                ),
                "PM-212: both kafka brokers evicted together. PDB action still open.",
            ),
            (
                (
                    "read_doc",
                    {"path": "slo/staging.yaml"},
                    "checkout-api: p95 < 300ms during nightly-load (20:00-21:00 UTC), error "
                    "rate < 0.5%",
                ),
                "SLO: p95 < 300ms, err < 0.5%, measured 20-21 UTC.",
            ),
            (
                (
                    "read_doc",
                    {"path": "finops/budget-2025.md"},
                    "Staging budget 2025: $10,000/month target from July; alerts at 90%.",
                ),
                "budget: $10k/mo from July. a 30% cut lands ~$9.9k.",
            ),
        ],
        "done": "order: kafka PDB -> enable CA scale-down -> right-size.",
    },
    "drafts": {
        "first": "Right-size checkout-api requests.",
        "rounds": [
            (
                "what values, and based on what?",
                "Right-size checkout-api requests: cpu 2000m -> 700m, memory 4Gi -> 1.5Gi. "
                "Based on 30d p95 usage (310m / 1.1Gi) plus headroom.",
            ),
            (
                "did you run the load test?",
                "Right-size checkout-api requests: cpu 2000m -> 700m, memory 4Gi -> 1.5Gi. 30d "
                "p95 usage 310m / 1.1Gi. Nightly load test at 700m: p95 293ms (SLO 300ms), "
                "error rate 0.1%.",
            ),
            (
                "add the HPA change + rollback plan",
                "Right-size checkout-api: requests cpu 2000m -> 700m, memory 4Gi -> 1.5Gi; HPA "
                "min replicas 6 -> 3, target cpu 70% unchanged. 30d p95 usage 310m / 1.1Gi. "
                "Load test at 700m, 3 replicas: p95 293ms (SLO 300ms), errors 0.1%. Rollback: "
                "revert this commit; Argo syncs within 3 min. Est. saving $1,450/month.",
            ),
        ],
    },
    "adjust": [
        k8s_cpu("500m"),
        k8s_load("p95 412ms | err 0.4%"),
        "412. too tight. 750m.",
        k8s_cpu("750m"),
        k8s_load("p95 288ms | err 0.1%"),
        "288 ok. try 650m, more savings.",
        k8s_cpu("650m"),
        k8s_load("p95 301ms | err 0.2%"),
        "301, just over. 700m.",
        k8s_cpu("700m"),
        k8s_load("p95 293ms | err 0.1%"),
        "293. keeping 700m.",
    ],
    "questions": [
        (
            "what does ml-batch cost?",
            "checking.",
            k8s_cost("ml-batch", "ml-batch: $2,880 (gpu $1,620, cpu/mem $1,190, disk $70)"),
            "$2,880/30d, $1,620 of it GPUs.",
        ),
        (
            "and observability?",
            "checking.",
            k8s_cost(
                "observability", "observability: $1,730 (cpu/mem $1,020, disk $480, logging $230)"
            ),
            "$1,730. mostly prometheus.",
        ),
        (
            "how much are the load balancers?",
            "looking.",
            (
                "cost_line_items",
                {"cluster": "stg-eu1", "window": "30d", "sku": "load_balancer"},
                "9 LBs: $1,180; 5 have had 0 backends for 30d",
            ),
            "$1,180 for 9. 5 have no backends -> deletable.",
        ),
        (
            "egress?",
            "checking.",
            (
                "cost_line_items",
                {"cluster": "stg-eu1", "window": "30d", "sku": "egress"},
                "egress inter-region: $1,105 (search -> europe-west4 replica: 92%)",
            ),
            "$1,105, mostly search replicating to europe-west4.",
        ),
    ],
    "rerun": {
        "check": ("policy_check", {"cluster": "stg-eu1", "suite": "cost-guardrails"}),
        "results": [
            "FAIL 4: [1] 5 LBs without backends | [2] trainer requests 8 cpu at 1% use | [3] 3 "
            "orphaned PVCs | [4] no PDB on kafka-stg",
            "FAIL 3: [1] trainer requests 8 cpu at 1% use | [2] 3 orphaned PVCs | [3] no PDB on "
            "kafka-stg",
            "FAIL 2: [1] 3 orphaned PVCs | [2] no PDB on kafka-stg",
            "FAIL 1: [1] 3 orphaned PVCs",
            "PASS",
        ],
        "fixes": [
            (
                "delete_lbs",
                {"ids": ["lb-71", "lb-72", "lb-80", "lb-84", "lb-85"]},
                "5 load balancers deleted",
            ),
            (
                "kubectl_scale",
                {"resource": "deploy/trainer", "namespace": "ml-batch", "replicas": 0},
                "deployment.apps/trainer scaled",
            ),
            (
                "kubectl_apply",
                {"file": "pdb-kafka-stg.yaml", "namespace": "data"},
                "poddisruptionbudget.policy/kafka-stg created",
            ),
            (
                "delete_pvcs",
                {"namespace": "data", "names": ["old-es-0", "old-es-1", "old-es-2"]},
                "3 persistentvolumeclaims deleted",
            ),
        ],
        "done": "guardrails pass.",
    },
    "refine": {
        "tool": "recommendations_list",
        "items": [
            ({"cluster": "stg-eu1"}, "57 recommendations", "too many."),
            (
                {"cluster": "stg-eu1", "min_saving_usd": 100},
                "12 recommendations > $100/mo; total $4,420",
                "low risk only.",
            ),
            (
                {"cluster": "stg-eu1", "min_saving_usd": 100, "risk": "low", "type": "rightsizing"},
                "5: trainer ($2,300), search-api ($410), loki ($240), notifier ($140), auth-svc ($95)",
                "doing these 5.",
            ),
        ],
    },
}


# --- domain: clinical-trial site monitoring (formal report style) -------------------------

TRIAL_SITE = (
    "site_profile",
    {"study": "NOVA-HF", "site": "104"},
    "Site 104, Northbrook General Hospital; PI Dr A. Baptiste; activated 2024-06-12; "
    "randomised 17, screen failures 2, withdrawn 1; last IMV 2025-01-14",
)
TRIAL_QUERIES = (
    "edc_query_summary",
    {"study": "NOVA-HF", "site": "104"},
    "Open queries: 23 (14 older than 30 days). By form: AE 7 | ConMed 6 | Vitals 5 | Labs 5",
)
TRIAL_CASE = (
    "safety_db_case",
    {"case": "NHF-104-SAE-006"},
    "Case NHF-104-SAE-006 | subject 104-011 | hospitalisation for worsening heart failure | "
    "onset 2025-02-02 | outcome: recovering | causality (investigator): not related | EDC "
    "match: NOT FOUND",
)
NO_DEVIATIONS = "No protocol deviations recorded."


def visits(subject: str, obs: str) -> tuple[str, dict[str, Any], str]:
    return ("subject_visits", {"study": "NOVA-HF", "subject": subject}, obs)


def sdv(percent: int, effort: str) -> list[dict[str, Any]]:
    return [
        C(
            "set_sdv_sample",
            {"site": "104", "visit": "IMV-3", "percent": percent},
            f"SDV sample for IMV-3 set to {percent}% of non-critical data",
        ),
        C("estimate_visit_effort", {"site": "104", "visit": "IMV-3"}, effort),
    ]


TRIAL: Domain = {
    "name": "clinical_trial_monitoring",
    "task": "Prepare for the interim monitoring visit to Site 104 (NOVA-HF trial) on 25 "
    "March: list the open data queries, reconcile serious adverse events between the EDC and "
    "the safety database, and confirm that every subject signed the current consent version.",
    "openers": [
        "I will first retrieve the site profile and enrolment status for Site 104.",
        "Plan for visit preparation: (a) site status; (b) open queries; (c) SAE "
        "reconciliation; (d) consent versions. Proceeding with (a).",
        "Visit preparation begins with the site profile.",
    ],
    "t0": (2025, 3, 19, 9, 30, 0),
    "prefix": [
        TRIAL_SITE,
        TRIAL_QUERIES,
        (
            "safety_db_listing",
            {"study": "NOVA-HF", "site": "104", "type": "SAE"},
            "6 SAE cases for site 104: NHF-104-SAE-001 to NHF-104-SAE-006",
        ),
    ],
    "lookup": TRIAL_CASE,
    "again": [
        "The case record will be consulted again.",
        "I will re-query case SAE-006 to confirm the EDC match status.",
        "Re-examining case NHF-104-SAE-006.",
        "For completeness, the case is retrieved once more.",
        "A second verification of the SAE-006 record follows.",
        "Consulting the safety database for SAE-006 again.",
    ],
    "vol": {
        "call": ("safety_db_case", {"case": "NHF-104-SAE-006"}),
        "json": {
            "case": "NHF-104-SAE-006",
            "subject": "104-011",
            "event": "hospitalisation for worsening heart failure",
            "onset": "2025-02-02",
            "outcome": "recovering",
            "causality": "not related",
            "edc_match": "NOT FOUND",
        },
        "extra": {"audit_trail_id": "rid", "retrieved": "ts"},
        "ts": "iso",
        "rid": "b32",
        "shuffle": True,
        "indent": 2,
    },
    "intent": [
        "The next step is to raise a query asking the site to enter SAE-006 in the EDC.",
        "I will now issue a query to Site 104 regarding the missing SAE form.",
        "A data query for the unrecorded SAE will be raised next.",
        "I shall open a query for subject 104-011's missing SAE entry.",
        "Next, the site will be queried about the SAE absent from the EDC.",
        "Raising the query on the missing SAE-006 entry is the next action.",
    ],
    "intent2": [
        "The consent versions for all subjects should now be verified.",
        "Next, I will confirm that each subject signed the current ICF version.",
        "Verification of informed consent versions is the next item.",
        "I will proceed to the ICF version check for the 17 subjects.",
        "Consent form versions must be checked against the current approved version.",
        "The informed consent version review follows.",
    ],
    "verbatim": "I will now verify the consent versions for all subjects.",
    "stall": {
        "kick": (
            "request_edc_export",
            {"study": "NOVA-HF", "site": "104", "forms": ["AE", "SAE"]},
            "Export EX-4410 queued",
        ),
        "check": (
            "edc_export_status",
            {"export": "EX-4410"},
            "EX-4410: queued (position 5 in queue)",
        ),
        "msgs": [
            "The EDC export EX-4410 remains queued at position 5.",
            "EX-4410 is still queued; its queue position is unchanged at 5.",
            "No change: the export is still in the queue (position 5).",
            "The export request has not yet started; it remains fifth in the queue.",
            "EX-4410: still queued, position 5.",
        ],
    },
    "ab": (
        TRIAL_CASE,
        (
            "edc_form",
            {"subject": "104-011", "form": "SAE"},
            "Subject 104-011: no SAE form instances. AE log: AE-03 'dyspnoea', non-serious, "
            "onset 2025-01-29",
        ),
    ),
    "ab_remarks": [
        "The EDC record is consulted again.",
        "Returning to the safety database.",
        "The two records are compared once more.",
        "The EDC entry is re-checked.",
    ],
    "flip": {
        "tool": "set_subject_flag",
        "args": {"subject": "104-011", "flag": "sdv_required", "value": "{v}"},
        "values": [True, False],
        "show": ["true", "false"],
        "obs": "104-011: sdv_required = {v}",
        "check": (
            "reconciliation_report",
            {"study": "NOVA-HF", "site": "104"},
            "SAE reconciliation: 5 matched, 1 discrepant (NHF-104-SAE-006: not in EDC)",
        ),
        "remarks": [
            "The discrepancy remains; the flag is removed.",
            "The flag will be set again to re-test the reconciliation.",
            "Resetting the flag once more.",
        ],
    },
    "cycle": [TRIAL_SITE, TRIAL_QUERIES, TRIAL_CASE],
    "fail": {
        "tool": "raise_query",
        "args": {
            "subject": "104-011",
            "form": "SAE",
            "text": "Please enter SAE reported 2025-02-02",
        },
        "error": "EDC error Q-17: cannot raise a query on a form that does not exist; create the "
        "form instance first",
        "reworded": [
            {
                "subject": "104-011",
                "form": "SAE",
                "text": "Please enter the SAE reported on 2025-02-02.",
            },
            {
                "subject": "104-011",
                "form": "SAE",
                "text": "SAE of 02-Feb-2025 missing in EDC; please enter.",
            },
            {"subject": "104-011", "form": "sae", "text": "Please enter SAE reported 2025-02-02"},
            {"subject": "104-011", "form": "SAE_1", "text": "Please enter SAE reported 2025-02-02"},
            {
                "subject_id": "104-011",
                "form": "SAE",
                "query_text": "Please enter SAE reported 2025-02-02",
            },
        ],
    },
    "regen": {
        "call": (
            "draft_visit_letter",
            {"site": "104", "visit": "IMV-3", "template": "confirmation"},
        ),
        "intro": "A visit confirmation letter will be generated from the template.",
        "outputs": [
            "Dear Dr Baptiste, I am writing to confirm the interim monitoring visit on 25 "
            "February 2025 at 09:00. Agenda: query resolution; SAE reconciliation; ICF review.",
            "Dear Dr Baptiste, This letter confirms IMV-3 at Site 104 on Tuesday 25 March 2025. "
            "Agenda: source data verification of subjects 104-001 to 104-010; drug "
            "accountability.",
            "Dear Dr Baptiste, Please accept this confirmation of the monitoring visit on 25 "
            "March 2025 at 09:00. Agenda: query resolution; ICF review; pharmacy visit.",
            "Dear Dr Baptiste, We confirm the monitoring visit on 25/03/2024 at 09:00. Agenda: "
            "SAE reconciliation; query resolution; ICF review.",
            "Dear Dr Baptiste, The interim monitoring visit (IMV-3) is confirmed for 25 March "
            "2025 at 09:00. Agenda: drug accountability; ICF review; query resolution.",
        ],
        "rejects": [
            "The date is wrong (February rather than March). The letter will be regenerated.",
            "SAE reconciliation is omitted from the agenda. Regenerating.",
            "SAE reconciliation is again absent. A further attempt follows.",
            "The year is wrong (2024). Regenerating.",
            "SAE reconciliation is omitted once more. Regenerating the letter.",
        ],
    },
    "after": "reworded",
    "pages": {
        "tool": "edc_query_list",
        "pages": [
            (
                {"site": "104", "status": "open", "page": 1, "page_size": 8},
                "Q-1187 AE 104-003 onset date missing (41 d) | Q-1190 AE 104-011 severity "
                "inconsistent (38 d) | Q-1193 AE 104-011 end date before start (37 d) | Q-1198 "
                "AE 104-006 term not coded (36 d) | Q-1201 ConMed 104-005 dose unit (35 d) | "
                "Q-1202 ConMed 104-009 start date (35 d) | Q-1205 AE 104-011 outcome missing "
                "(34 d) | Q-1207 Labs 104-002 units (33 d)",
            ),
            (
                {"site": "104", "status": "open", "page": 2, "page_size": 8},
                "Q-1209 AE 104-015 seriousness (32 d) | Q-1210 Labs 104-008 out-of-range "
                "comment (32 d) | Q-1212 ConMed 104-011 indication (31 d) | Q-1214 ConMed "
                "104-013 route (31 d) | Q-1215 Labs 104-011 missing value (31 d) | Q-1219 Labs "
                "104-016 date (31 d) | Q-1223 Vitals 104-004 BP transcription (24 d) | Q-1225 "
                "Vitals 104-007 weight (22 d)",
            ),
            (
                {"site": "104", "status": "open", "page": 3, "page_size": 8},
                "Q-1228 Vitals 104-010 HR (19 d) | Q-1230 ConMed 104-012 stop date (17 d) | "
                "Q-1231 Vitals 104-014 height (15 d) | Q-1234 ConMed 104-017 dose (12 d) | "
                "Q-1238 Vitals 104-001 temperature (8 d) | Q-1240 AE 104-016 causality (6 d) | "
                "Q-1241 Labs 104-017 sample date (5 d)",
            ),
        ],
        "remarks": ["Page 2 is retrieved next.", "The final page follows."],
        "done": "All 23 open queries are listed: 14 are older than 30 days, and five of them "
        "concern subject 104-011.",
    },
    "corrected": {
        "bad": (
            "edc_form",
            {"subject": "104-11", "form": "ConMed"},
            "Subject '104-11' not found; expected format NNN-NNN",
        ),
        "note": "The subject number requires three digits after the site prefix; 104-011 is "
        "intended.",
        "good": (
            "edc_form",
            {"subject": "104-011", "form": "ConMed"},
            "104-011 ConMed: furosemide 40 mg od (start 2024-09-02); sacubitril/valsartan "
            "97/103 mg bd; furosemide increased to 80 mg od on 2025-02-03",
        ),
        "follow": [
            "The furosemide increase on 3 February is consistent with a hospitalisation on 2 "
            "February, which corroborates the unrecorded SAE.",
        ],
    },
    "poll": {
        "kick": (
            "request_edc_export",
            {"study": "NOVA-HF", "site": "104", "forms": ["AE", "SAE", "ConMed"]},
            "Export EX-4411 queued",
        ),
        "tool": "edc_export_status",
        "args": {"export": "EX-4411"},
        "statuses": [
            "EX-4411: queued (position 2 in queue)",
            "EX-4411: queued (position 2 in queue)",
            "EX-4411: running (40%)",
            "EX-4411: running (40%)",
            "EX-4411: running (85%)",
            "EX-4411: complete - 3 files (AE.csv, SAE.csv, ConMed.csv)",
        ],
        "wait": ("wait", {"minutes": 1}, "Waited 1 minute"),
        "done": "The export is complete; the three files are available for reconciliation.",
    },
    "entities": {
        "tool": "deviation_log",
        "same": True,
        "items": [
            ({"study": "NOVA-HF", "subject": "104-001"}, NO_DEVIATIONS),
            ({"study": "NOVA-HF", "subject": "104-003"}, NO_DEVIATIONS),
            ({"study": "NOVA-HF", "subject": "104-005"}, NO_DEVIATIONS),
            ({"study": "NOVA-HF", "subject": "104-008"}, NO_DEVIATIONS),
            ({"study": "NOVA-HF", "subject": "104-011"}, NO_DEVIATIONS),
        ],
        "done": "No deviations are recorded for the five sampled subjects; deviations will not "
        "be an agenda item.",
    },
    "transient": {
        "call": (
            "ctms_visit_calendar",
            {"site": "104", "from": "2025-03-24", "to": "2025-03-28"},
            "25 Mar 09:00-16:00 IMV-3 (CRA J. Okonjo) confirmed; pharmacy available 13:00-14:00",
        ),
        "errors": ["503 Service Unavailable (CTMS maintenance window)"],
        "remarks": ["The CTMS is temporarily unavailable; the request will be repeated shortly."],
        "wait": ("wait", {"minutes": 2}, "Waited 2 minutes"),
        "next": "The visit is confirmed for 25 March, 09:00-16:00; the pharmacy is available "
        "from 13:00.",
    },
    "updates": {
        "items": [
            (
                C(
                    "edc_query_summary",
                    {"study": "NOVA-HF", "site": "104", "older_than_days": 30},
                    "14 queries older than 30 days: AE 6, ConMed 4, Labs 4",
                ),
                "Status: 14 queries exceed 30 days; AE forms account for six of them.",
            ),
            (
                C(
                    "reconciliation_report",
                    {"study": "NOVA-HF", "site": "104"},
                    "SAE reconciliation: 5 matched, 1 discrepant (NHF-104-SAE-006: not in EDC)",
                ),
                "Status: SAE reconciliation shows one discrepancy; SAE-006 is absent from the EDC.",
            ),
            (
                C(
                    "icf_version_report",
                    {"study": "NOVA-HF", "site": "104"},
                    "Current ICF v4.0 (approved 2024-11-20). 15 subjects on v4.0; 2 subjects "
                    "(104-002, 104-004) on v3.1, re-consent due",
                ),
                "Status: two subjects (104-002, 104-004) still require re-consent to ICF v4.0.",
            ),
            (
                C(
                    "drug_accountability",
                    {"site": "104"},
                    "IMP dispensed 412 kits; returned 388; in use 21; 3 kits unaccounted "
                    "(subjects 104-007, 104-013)",
                ),
                "Status: three IMP kits are unaccounted for (subjects 104-007 and 104-013).",
            ),
        ],
        "pings": ["Any progress?", "Status?", "Where are we?", "Anything new?"],
    },
    "docs": {
        "items": [
            (
                (
                    "fetch_document",
                    {"doc": "NOVA-HF protocol v5.0", "section": "10.3"},
                    "SAEs must be entered in the EDC within 24 hours of site awareness and "
                    "reported to the sponsor's safety database within 24 hours.",
                ),
                "Protocol section 10.3: SAEs are due in both the EDC and the safety database "
                "within 24 hours of awareness.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "IMV-2 report", "date": "2025-01-14"},
                    "IMV-2 findings: 9 open queries older than 30 days; ICF v4.0 re-consent "
                    "pending for 4 subjects; no SAE discrepancies.",
                ),
                "At the previous visit four subjects awaited re-consent; two remain outstanding.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "Monitoring plan v2.1", "section": "6"},
                    "SDV: 100% for primary endpoint, SAEs and consent; 30% random sample for "
                    "other data. Visits every 8-10 weeks while enrolling.",
                ),
                "The monitoring plan requires 100% SDV for consent, SAEs and the primary "
                "endpoint, and a 30% sample elsewhere.",
            ),
            (
                (
                    "fetch_document",
                    {"doc": "Site 104 staff log"},
                    "Sub-I Dr L. Marsh left 2025-02-28; delegation log not yet updated. New "
                    "study nurse R. Quayle started 2025-03-03, GCP certificate on file.",
                ),
                "Staff changes: Dr Marsh left on 28 February without a delegation-log update; "
                "the new nurse's GCP certificate is on file.",
            ),
        ],
        "done": "Agenda items derived from the documents: the late SAE, the two re-consents "
        "and the delegation log.",
    },
    "drafts": {
        "first": "Dear Dr Baptiste, I confirm the monitoring visit to Site 104 on 25 March 2025.",
        "rounds": [
            (
                "Include the start time and an agenda.",
                "Dear Dr Baptiste, I confirm the interim monitoring visit (IMV-3) to Site 104 "
                "on Tuesday 25 March 2025, 09:00-16:00. Agenda: open data queries; SAE "
                "reconciliation; informed consent versions.",
            ),
            (
                "Be specific about what the site must prepare.",
                "Dear Dr Baptiste, I confirm IMV-3 at Site 104 on Tuesday 25 March 2025, "
                "09:00-16:00. Agenda: (1) 23 open queries, 14 older than 30 days; (2) SAE "
                "reconciliation, including the hospitalisation of subject 104-011 on 2 "
                "February, not yet in the EDC; (3) re-consent of subjects 104-002 and 104-004 "
                "to ICF v4.0. Please have the source documents for these subjects available.",
            ),
            (
                "Add the delegation log and the pharmacy slot.",
                "Dear Dr Baptiste, I confirm IMV-3 at Site 104 on Tuesday 25 March 2025, "
                "09:00-16:00. Agenda: (1) 23 open queries, 14 older than 30 days; (2) SAE "
                "reconciliation, including the hospitalisation of subject 104-011 on 2 "
                "February, not yet in the EDC; (3) re-consent of subjects 104-002 and 104-004 "
                "to ICF v4.0; (4) delegation log update following Dr Marsh's departure; (5) "
                "drug accountability with the pharmacy, 13:00-14:00 (three kits unaccounted "
                "for). Please have the source documents for these subjects available.",
            ),
        ],
    },
    "adjust": [
        *sdv(100, "Estimated on-site effort: 19.5 h (available: 10 h)"),
        "At 19.5 hours the visit exceeds the 10 available. The sample will be reduced.",
        *sdv(60, "Estimated on-site effort: 12.4 h (available: 10 h)"),
        "Still above 10 hours; a further reduction is required.",
        *sdv(45, "Estimated on-site effort: 9.8 h (available: 10 h)"),
        "9.8 hours fits the visit, and critical data remain at 100% SDV under the monitoring "
        "plan. A 45% sample is retained.",
    ],
    "questions": [
        (
            "Has 104-003 completed the week-24 visit?",
            "The visit schedule is consulted.",
            visits("104-003", "104-003: W24 completed 2025-02-27; W36 due 2025-05-22"),
            "Yes; week 24 was completed on 27 February.",
        ),
        (
            "And 104-009?",
            "Checking 104-009.",
            visits(
                "104-009",
                "104-009: W24 due 2025-03-20 (window 2025-03-13 to 2025-03-27), not yet done",
            ),
            "Not yet; it is due on 20 March, within a window that closes on 27 March.",
        ),
        (
            "Is 104-014 past week 12?",
            "Retrieving the schedule for 104-014.",
            visits("104-014", "104-014: W12 completed 2025-03-05; W24 due 2025-05-28"),
            "Yes, week 12 was completed on 5 March.",
        ),
        (
            "What is 104-016's next visit?",
            "The schedule for 104-016 is retrieved.",
            visits("104-016", "104-016: W4 completed 2025-03-12; W12 due 2025-05-07"),
            "Week 12, due on 7 May.",
        ),
    ],
    "rerun": {
        "check": ("visit_readiness_check", {"site": "104", "visit": "IMV-3"}),
        "results": [
            "Not ready - 4 open items: [1] confirmation letter not sent | [2] SAE-006 query "
            "not raised | [3] source documents not requested for 104-002/104-004 | [4] "
            "pharmacy slot not booked",
            "Not ready - 3 open items: [1] SAE-006 query not raised | [2] source documents not "
            "requested for 104-002/104-004 | [3] pharmacy slot not booked",
            "Not ready - 2 open items: [1] source documents not requested for 104-002/104-004 "
            "| [2] pharmacy slot not booked",
            "Not ready - 1 open item: pharmacy slot not booked",
            "Ready for IMV-3",
        ],
        "fixes": [
            (
                "send_letter",
                {"site": "104", "visit": "IMV-3", "letter": "confirmation-v4"},
                "Letter sent to Dr A. Baptiste and the site coordinator",
            ),
            [
                (
                    "create_form_instance",
                    {"subject": "104-011", "form": "SAE"},
                    "SAE form instance created for 104-011",
                ),
                (
                    "raise_query",
                    {
                        "subject": "104-011",
                        "form": "SAE",
                        "text": "Please enter SAE reported 2025-02-02",
                    },
                    "Query Q-1244 raised on the 104-011 SAE form",
                ),
            ],
            (
                "request_documents",
                {"site": "104", "subjects": ["104-002", "104-004"], "type": "source"},
                "Request DOC-311 sent",
            ),
            (
                "book_resource",
                {
                    "site": "104",
                    "resource": "pharmacy",
                    "date": "2025-03-25",
                    "slot": "13:00-14:00",
                },
                "Pharmacy booked 13:00-14:00",
            ),
        ],
        "done": "The readiness check passes; IMV-3 is prepared.",
    },
    "refine": {
        "tool": "search_queries",
        "items": [
            (
                {"site": "104", "status": "open"},
                "23 open queries",
                "The list is narrowed to those older than 30 days.",
            ),
            (
                {"site": "104", "status": "open", "older_than_days": 30},
                "14 queries: AE 6, ConMed 4, Labs 4",
                "The AE queries are examined first.",
            ),
            (
                {"site": "104", "status": "open", "older_than_days": 30, "form": "AE"},
                "6 queries: Q-1187 (104-003), Q-1190 (104-011), Q-1193 (104-011), Q-1198 "
                "(104-006), Q-1205 (104-011), Q-1209 (104-015)",
                "Three of the six concern subject 104-011, the subject with the unrecorded SAE.",
            ),
        ],
    },
}

DOMAINS: list[Domain] = [VET, PORT, NEWS, PAY, WIND, LIB, K8S, TRIAL]


# --- loop builders ----------------------------------------------------------------------
# Each ``stuck_*`` appends the stuck part of a trajectory to ``s``; the ``loop_*`` builders put
# the task (and sometimes a few genuine steps) in front of it.


def start(d: Domain, rng: random.Random, k: int | None = None) -> list[Step]:
    """The task as the user's first message, the agent's opener and ``k`` genuine lookups."""
    if k is None:
        k = rng.randint(0, len(d["prefix"]))
    return [U(d["task"], rng.choice(d["openers"])), *(C(*c) for c in d["prefix"][:k])]


def stuck_exact(d: Domain, rng: random.Random, s: list[Step]) -> None:
    n = rng.randint(3, 8)
    mode = rng.choice(["bare", "same_remark", "varied_remarks"])
    same = rng.choice(d["again"])
    order = rng.sample(d["again"], len(d["again"]))
    for i in range(n):
        if i and mode == "same_remark":
            s.append(A(same))
        elif i and mode == "varied_remarks":
            s.append(A(order[(i - 1) % len(order)]))
        s.append(C(*d["lookup"]))


def stuck_volatile(d: Domain, rng: random.Random, s: list[Step]) -> None:
    v = d["vol"]
    tool, args = v["call"]
    t = clock(d) + dt.timedelta(minutes=rng.randint(5, 90), seconds=rng.randint(0, 59))
    n = rng.randint(3, 7)
    talk = rng.random() < 0.5
    for i in range(n):
        if i and talk:
            s.append(A(rng.choice(d["again"])))
        a = copy.deepcopy(args)
        if v.get("token"):
            key, kind = v["token"]
            a[key] = token(rng, kind)
        vals = {
            "rid": token(rng, v.get("rid", "hex")),
            "ts": stamp(t, v["ts"], rng),
            "ms": rng.randint(38, 1450),
            "n": i + 1,
        }
        if "text" in v:
            obs = v["text"].format(**vals)
        else:
            obj = copy.deepcopy(v["json"])
            for key, kind in v["extra"].items():
                obj[key] = vals[kind]
            if v.get("shuffle"):
                items = list(obj.items())
                rng.shuffle(items)
                obj = dict(items)
            obs = json.dumps(obj, indent=v.get("indent"), ensure_ascii=False)
        if v.get("ws"):
            obs += rng.choice(["", " ", "  ", "\n", " \n", "\t"])
        s.append(C(tool, a, obs))
        t += dt.timedelta(seconds=rng.randint(4, 150))


def stuck_nudged(d: Domain, rng: random.Random, s: list[Step]) -> None:
    n = rng.randint(4, 6)
    texts = rng.sample(d["intent"], n)
    mode = rng.choice(["bank", "harness", "bank_with_gaps"])
    harness = rng.choice(HARNESS)
    lead = rng.choice(LEADS)
    use_lead = rng.random() < 0.4
    for i, text in enumerate(texts):
        if i == 0:
            s.append(A(text))
            continue
        if use_lead and i % 2:
            text = lead + text
        if mode == "harness":
            s.append(U(harness, text))
        elif mode == "bank_with_gaps" and i % 3 == 2:
            s.append(A(text))
        else:
            s.append(U(rng.choice(NUDGES), text))


def stuck_monologue(d: Domain, rng: random.Random, s: list[Step]) -> None:
    n = rng.randint(3, 6)
    if rng.random() < 0.5:
        texts = rng.sample(d["intent2"], n)
    else:
        v = d["verbatim"]
        variants = [v, "OK. " + v, "Alright. " + v, v.rstrip(".") + "...", "So: " + v, v + " "]
        texts = [v, *(rng.choice(variants) for _ in range(n - 1))]
    s.extend(A(t) for t in texts)


def stuck_stall(d: Domain, rng: random.Random, s: list[Step]) -> None:
    st = d["stall"]
    s.append(C(*st["kick"]))
    mode = rng.choice(["checks", "checks_pinged", "pinged"])
    n = rng.randint(3, 6)
    for i in range(n):
        if mode != "pinged":
            s.append(C(*st["check"]))
        msg = st["msgs"][i % len(st["msgs"])] if rng.random() < 0.7 else st["msgs"][0]
        if mode != "checks" and i:
            s.append(U(rng.choice(PINGS), msg))
        else:
            s.append(A(msg))


def stuck_ab(d: Domain, rng: random.Random, s: list[Step]) -> None:
    a, b = d["ab"]
    rounds = rng.randint(3, 4)
    talk = rng.random() < 0.5
    for r in range(rounds):
        s.append(C(*a))
        if talk:
            s.append(A(d["ab_remarks"][(2 * r) % len(d["ab_remarks"])]))
        s.append(C(*b))
        if talk and r < rounds - 1:
            s.append(A(d["ab_remarks"][(2 * r + 1) % len(d["ab_remarks"])]))
    if rng.random() < 0.3:
        s.append(C(*a))


def stuck_flip(d: Domain, rng: random.Random, s: list[Step]) -> None:
    f = d["flip"]
    n = rng.randint(3, 6)
    talk = rng.random() < 0.6
    for i in range(n):
        v = f["values"][i % 2]
        if i and talk:
            s.append(A(f["remarks"][(i - 1) % len(f["remarks"])]))
        args = {k: (v if val == "{v}" else val) for k, val in f["args"].items()}
        shown = f["show"][i % 2] if "show" in f else v
        s.append(C(f["tool"], args, f["obs"].format(v=shown, n=f.get("n0", 0) + i)))
        s.append(C(*f["check"]))


def stuck_cycle(d: Domain, rng: random.Random, s: list[Step]) -> None:
    calls = d["cycle"]
    rounds = rng.choice([2, 3, 3])
    extra = rng.randint(1, 2) if rounds == 2 else rng.randint(0, 1)
    s.extend(C(*c) for c in calls * rounds + calls[:extra])


def stuck_failing(d: Domain, rng: random.Random, s: list[Step]) -> None:
    f = d["fail"]
    n = rng.randint(3, 7)
    with_id = rng.random() < 0.35
    talk = rng.random() < 0.5
    for i in range(n):
        if i and talk:
            s.append(A(rng.choice(RETRY)))
        err = f["error"] + (f" (request {token(rng, 'hex')})" if with_id else "")
        s.append(E(f["tool"], copy.deepcopy(f["args"]), err))


def stuck_reworded(d: Domain, rng: random.Random, s: list[Step]) -> None:
    f = d["fail"]
    n = rng.randint(3, 5)
    variants = [f["args"], *rng.sample(f["reworded"], n - 1)]
    talk = rng.random() < 0.6
    for i, args in enumerate(variants):
        if i and talk:
            s.append(A(rng.choice(REWORD)))
        s.append(E(f["tool"], copy.deepcopy(args), f["error"]))


def stuck_apology(d: Domain, rng: random.Random, s: list[Step]) -> None:
    f = d["fail"]
    n = rng.randint(3, 6)
    user = rng.random() < 0.5
    for i in range(n):
        if i:
            sorry = rng.choice(APOLOGIES)
            s.append(U(rng.choice(AFTER_FAIL), sorry) if user and i % 2 == 0 else A(sorry))
        s.append(E(f["tool"], copy.deepcopy(f["args"]), f["error"]))


def stuck_regen(d: Domain, rng: random.Random, s: list[Step]) -> None:
    g = d["regen"]
    tool, args = g["call"]
    n = rng.randint(3, len(g["outputs"]))
    if rng.random() < 0.6:
        s.append(A(g["intro"]))
    for out, reject in list(zip(g["outputs"], g["rejects"], strict=True))[:n]:
        s.append(C(tool, copy.deepcopy(args), out))
        s.append(A(reject))


STUCK: dict[str, Callable[[Domain, random.Random, list[Step]], None]] = {
    "exact": stuck_exact,
    "volatile": stuck_volatile,
    "nudged": stuck_nudged,
    "flip": stuck_flip,
    "cycle": stuck_cycle,
    "ab": stuck_ab,
    "reworded": stuck_reworded,
    "apology": stuck_apology,
    "regen": stuck_regen,
}


def simple(kind: str, stuck: Callable[[Domain, random.Random, list[Step]], None]) -> Builder:
    def build_row(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
        s = start(d, rng)
        stuck(d, rng, s)
        return kind, s

    return build_row


def loop_failing_variant(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    s = start(d, rng)
    if idx % 2 == 0:
        stuck_reworded(d, rng, s)
        return "failing_reworded", s
    stuck_apology(d, rng, s)
    return "apology_retry", s


def loop_after_progress(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    s = start(d, rng, len(d["prefix"]))
    e = d["entities"]
    for args, obs in e["items"][:2]:
        s.append(C(e["tool"], args, obs))
    c, summary = d["docs"]["items"][0]
    s.append(C(*c))
    s.append(A(summary))
    STUCK[d["after"]](d, rng, s)
    return "after_progress", s


# --- progress builders ------------------------------------------------------------------


def prog_paging(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    p = d["pages"]
    s = start(d, rng)
    talk = rng.random() < 0.6
    for i, (args, obs) in enumerate(p["pages"]):
        if i and talk:
            s.append(A(p["remarks"][i - 1]))
        s.append(C(p["tool"], args, obs))
    s.append(A(p["done"]))
    return "paging", s


def prog_corrected(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    c = d["corrected"]
    s = start(d, rng)
    s += [E(*c["bad"]), A(c["note"]), C(*c["good"]), *emit(c["follow"])]
    return "corrected_retry", s


def prog_polling(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    p = d["poll"]
    s = start(d, rng)
    if p.get("kick"):
        s.append(C(*p["kick"]))
    waits = "wait" in p and rng.random() < 0.6
    for i, status in enumerate(p["statuses"]):
        if i and waits:
            s.append(C(*p["wait"]))
        s.append(C(p["tool"], p["args"], status))
    s.append(A(p["done"]))
    st = p["statuses"]
    repeated = any(a == b for a, b in itertools.pairwise(st))
    return ("polling_repeated_status" if repeated else "polling"), s


def prog_entities(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    e = d["entities"]
    s = start(d, rng)
    for args, obs in e["items"]:
        s.append(C(e["tool"], args, obs))
    s.append(A(e["done"]))
    return ("entities_same_result" if e.get("same") else "entities"), s


def prog_transient(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    t = d["transient"]
    tool, args, obs = t["call"]
    s = start(d, rng)
    talk = rng.random() < 0.7
    for i, err in enumerate(t["errors"]):
        s.append(E(tool, args, err))
        if talk:
            s.append(A(t["remarks"][i % len(t["remarks"])]))
        if "wait" in t:
            s.append(C(*t["wait"]))
    s.append(C(tool, args, obs))
    s.append(A(t["next"]))
    return ("transient_retry_twice" if len(t["errors"]) > 1 else "transient_retry"), s


def prog_updates(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    u = d["updates"]
    s = start(d, rng)
    pinged = idx % 2 == 1
    for i, (step, text) in enumerate(u["items"]):
        s.append(step)
        s.append(U(u["pings"][i], text) if pinged else A(text))
    return "status_updates", s


def prog_summaries(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    doc = d["docs"]
    s = start(d, rng)
    for c, summary in doc["items"]:
        s.append(C(*c))
        s.append(A(summary))
    s.append(A(doc["done"]))
    return "summaries", s


def prog_drafts(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    dr = d["drafts"]
    s = start(d, rng)
    s.append(A(dr["first"]))
    for feedback, draft in dr["rounds"]:
        s.append(U(feedback, draft))
    return "draft_refinement", s


def prog_adjust(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    s = start(d, rng)
    s += emit(d["adjust"])
    return "adjust_and_measure", s


def prog_questions(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    s = start(d, rng, rng.randint(0, 1))
    for question, ack, c, answer in d["questions"]:
        s.append(U(question, ack))
        s.append(C(*c))
        s.append(A(answer))
    return "user_questions", s


def prog_rerun(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    r = d["rerun"]
    tool, args = r["check"]
    s = start(d, rng)
    s.append(C(tool, args, r["results"][0]))
    for fix, result in zip(r["fixes"], r["results"][1:], strict=True):
        s += emit(fix if isinstance(fix, list) else [fix])
        s.append(C(tool, args, result))
    s.append(A(r["done"]))
    return "rerun_after_fix", s


def prog_refine(d: Domain, rng: random.Random, idx: int) -> tuple[str, list[Step]]:
    r = d["refine"]
    s = start(d, rng)
    for args, obs, remark in r["items"]:
        s.append(C(r["tool"], args, obs))
        s.append(A(remark))
    return "search_refinement", s


Builder = Callable[[Domain, random.Random, int], tuple[str, list[Step]]]

LOOPS: list[Builder] = [
    simple("exact_repeat", stuck_exact),
    simple("volatile_repeat", stuck_volatile),
    simple("paraphrase_nudged", stuck_nudged),
    simple("paraphrase_monologue", stuck_monologue),
    simple("status_stall", stuck_stall),
    simple("ab_oscillation", stuck_ab),
    simple("setting_flip", stuck_flip),
    simple("cycle_of_three", stuck_cycle),
    simple("failing_repeat", stuck_failing),
    loop_failing_variant,
    simple("regenerate_unacceptable", stuck_regen),
    loop_after_progress,
]
PROGRESS: list[Builder] = [
    prog_paging,
    prog_corrected,
    prog_polling,
    prog_entities,
    prog_transient,
    prog_updates,
    prog_summaries,
    prog_drafts,
    prog_adjust,
    prog_questions,
    prog_rerun,
    prog_refine,
]


def build() -> list[dict[str, Any]]:
    """All rows, in a fixed order: loop kinds, then progress kinds, each over the domains."""
    rng = random.Random(SEED)
    rows: list[dict[str, Any]] = []
    counters: dict[str, int] = {}
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        for builder in builders:
            for idx, d in enumerate(DOMAINS):
                kind, steps = builder(d, rng, idx)
                n = counters.get(kind, 0)
                counters[kind] = n + 1
                rows.append(
                    {
                        "id": f"final-{label}-{kind}-{n:03d}",
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": d["name"],
                        "steps": copy.deepcopy(steps),
                    }
                )
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} trajectories to {OUT}")


if __name__ == "__main__":
    main()
