"""Writes the thirty-fifth labelled trajectory set (``trajectories.jsonl`` next to this file).

Run ``python tests/data/trajectories_thirtyfifth/generate.py``; the output is deterministic.
Each row has its own ``random.Random`` seeded from ``SEED`` and the row id, and its own clock,
so request ids, times and latencies change from one call to the next and nothing else does.
The set was written to the product issue's list of loop kinds and look-alike progress kinds,
without reference to any detector.
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SEED = 35_2026_1128

Spec = tuple[str, dict[str, Any], str]
Step = dict[str, Any]
Domain = dict[str, Any]


def S(tool: str, args: dict[str, Any], obs: str) -> Spec:
    return (tool, args, obs)


TOKEN = re.compile(r"\{(id|id6|t|hm|ms|n|q)\}")


class Run:
    """The steps of one row; volatile tokens are filled as each observation is written."""

    def __init__(self, rng: random.Random, d: Domain) -> None:
        self.rng, self.d = rng, d
        start = datetime(2026, 11, 28, 6, 0) + timedelta(minutes=rng.randint(0, 600))
        self.now = start
        self.steps: list[Step] = []

    def _fill(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "id":
                return f"{self.rng.getrandbits(32):08x}"
            if key == "id6":
                return f"{self.rng.getrandbits(24):06x}"
            if key == "t":
                return self.now.strftime("%Y-%m-%dT%H:%M:%SZ")
            if key == "hm":
                return self.now.strftime("%H:%M")
            if key == "ms":
                return str(self.rng.randint(40, 1900))
            if key == "n":
                return str(self.rng.randint(100000, 999999))
            return str(self.rng.randint(2, 9))

        return TOKEN.sub(one, text)

    def open(self, i: int = 0) -> None:
        self.steps.append(
            {"kind": "llm", "text": self.d["open"][i % 2], "observation": self.d["task"]}
        )

    def say(self, text: str, msg: str | None = None) -> None:
        step: Step = {"kind": "llm", "text": text}
        if msg is not None:
            step["observation"] = msg
        self.steps.append(step)

    def call(self, spec: Spec, err: bool = False, wait: int = 0, ws: bool = False) -> None:
        tool, args, obs = spec
        self.now += timedelta(seconds=self.rng.randint(4, 70) + wait)
        text = self._fill(obs)
        if ws:
            # Tool output sometimes carries a trailing newline or blank line; nothing else changes.
            text += self.rng.choice(["", "", "\n", "\n\n", " "])
        self.steps.append(
            {
                "kind": "tool",
                "tool": tool,
                "args": json.loads(json.dumps(args)),
                "observation": text,
                "error": err,
            }
        )

    def work(self, i: int) -> None:
        spec, note = self.d["work"][i]
        self.call(spec)
        self.say(note)

    def wait(self, amount: int) -> None:
        tool, key, unit, obs = self.d["wait"]
        secs = amount * 60 if unit == "min" else amount
        self.call((tool, {key: amount}, obs.replace("{a}", str(amount))), wait=secs)


# ------------------------------------------------------------------------- domains

WAIT_MIN = ("wait", "minutes", "min", "waited {a} min")

APIARY: Domain = {
    "name": "apiary_queen_rearing",
    "task": "Hi, Marit at Heatherbank Apiaries (North Canterbury). Waipara Honey Co ordered 60 mated, laying queens (order WHC-2611) for pickup this Friday 4 Dec. Work out how many we can actually supply from the Waipara-East mating yard, get them allocated and caged, book the courier and let their buyer know. Don't cage anything from a nuc that isn't confirmed laying.",
    "open": [
        "On it. I'll start with the yard records for Waipara-East.",
        "Sure - let me see what the mating yard looks like first.",
    ],
    "pings": [
        "Marit: any news? Tomasz is heading out to the yard at 2.",
        "Quick check-in from Marit - how's it looking?",
        "Hey, it's Marit. Are we close?",
    ],
    "wait": WAIT_MIN,
    "work": [
        (
            S(
                "hive_record",
                {"yard": "Waipara-East"},
                "yard=Waipara-East mating_nucs=71 hives_total=84 last_full_inspection=2026-11-26 beekeeper=T.Nowak afb_status=clear req={id}",
            ),
            "71 mating nucs in Waipara-East, AFB clear, last full inspection 26 Nov.",
        ),
        (
            S(
                "graft_log",
                {"batch": "G-1117"},
                "batch=G-1117 grafted=2026-11-02 cells=120 accepted=84 emerged=71 emerged_on=2026-11-13 yard=Waipara-East req={id}",
            ),
            "Graft G-1117: 120 cells, 84 accepted, 71 queens emerged on 13 Nov - so about three weeks old now.",
        ),
        (
            S(
                "mating_nuc_status",
                {"yard": "Waipara-East", "filter": "all"},
                "yard=Waipara-East nucs=71 laying=52 virgin=9 queenless=6 not_checked=4 as_of=2026-11-26 req={id}",
            ),
            "Status split: 52 laying, 9 virgin, 6 queenless, 4 not checked yet.",
        ),
    ],
    # loops
    "exact": {
        "spec": S(
            "mating_nuc_status",
            {"yard": "Waipara-East", "filter": "laying"},
            "yard=Waipara-East filter=laying count=52 eggs_seen=52 capped_brood=31 as_of=2026-11-26 req={id} latency_ms={ms}",
        ),
        "notes": [
            "52 laying. Refreshing in case the afternoon round has been logged.",
            "Still 52. Pulling it again.",
            "No change, 52 laying as of the 26th. One more refresh.",
            "52 again - let me query the yard once more.",
        ],
    },
    "psearch": {
        "tool": "apiary_kb_search",
        "base": {"collection": "shipping"},
        "key": "query",
        "queries": [
            "courier rules for shipping live queen bees",
            "how do we send mated queens by courier",
            "live bee consignment requirements for couriers",
            "guidelines shipping caged queens overnight",
            "can queens go by CourierPost",
        ],
        "obs": "3 hits (req {id}, {ms} ms)\n1. KB-114  Queen cage shipping - CourierPost live-animal rules  (upd 2024-09-02)\n2. KB-087  Candy plugs and attendant bees  (upd 2023-10-19)\n3. KB-131  Heat limits for cages in transit  (upd 2025-01-07)",
        "notes": [
            "KB-114 is probably it, but let me word the search differently in case there's a newer note.",
            "Same three articles. Rephrasing.",
            "KB-114, KB-087 and KB-131 again. I'll try another angle on the query.",
            "Still those three - one more phrasing.",
            "Nothing new; trying the question a different way.",
        ],
    },
    "preply": {
        "claims": [
            "So where we stand: 52 nucs have laying queens, which leaves us eight short of the 60 Waipara Honey ordered.",
            "To recap - 52 confirmed layers against an order of 60, a shortfall of 8.",
            "Bottom line: 60 ordered, 52 laying, so we're eight queens down.",
            "In short, Waipara-East can supply 52 of the 60; eight are missing.",
            "Summary again: 52 mated and laying, 60 needed, short by eight.",
        ],
        "check": S(
            "order_queue",
            {"order": "WHC-2611"},
            "order=WHC-2611 customer='Waipara Honey Co' qty=60 grade=A pickup=2026-12-04 status=open allocated=0 req={id}",
        ),
    },
    "nudge": {
        "answers": [
            "I can't promise the full 60 for Friday: 52 are laying, and the 9 virgins need roughly another week before we know.",
            "Honestly, 52 is the firm number. The other nine are still virgins; we'll know in about a week.",
            "It's still 52 certain for Friday. The remaining nine haven't started laying, so I can't count them.",
            "Right now I can stand behind 52 queens. Nine more might come good, just not by Friday.",
            "It stays at 52 ready and nine unknown, about a week out - I can't get you to 60 by Friday.",
        ],
        "ask": "Waipara Honey's buyer is on the phone. Can we do all 60 on Friday?",
        "pushes": [
            "Can't you just say 60? They really want the lot.",
            "Look again, there must be a way to get to 60.",
            "That's not what I asked. Can we deliver 60 on Friday or not?",
            "Marit again - I need something I can tell their buyer.",
        ],
        "check": S(
            "mating_nuc_status",
            {"yard": "Waipara-East", "filter": "laying"},
            "yard=Waipara-East filter=laying count=52 eggs_seen=52 capped_brood=31 as_of=2026-11-26 req={id}",
        ),
    },
    "ab": {
        "A": S(
            "mating_nuc_status",
            {"yard": "Waipara-East", "filter": "virgin"},
            "yard=Waipara-East filter=virgin count=9 nucs=[E12,E19,E23,E31,E40,E44,E58,E63,E70] days_since_emergence=15 req={id}",
        ),
        "B": S(
            "weather_forecast",
            {"location": "Waipara", "days": 3},
            "Waipara 3-day | Thu: NW 35 km/h gusting 60, 27C | Fri: NW 30 gusting 55, 25C | Sat: S change 20 km/h, 16C, showers | issued {hm} (req {id})",
        ),
        "na": [
            "Nine virgins still. Let me see whether the weather allows mating flights.",
            "Same nine virgins. Back to the forecast.",
            "Still nine. Checking the wind again.",
        ],
        "nb": [
            "Nor'wester through Friday - poor flying weather. Going back to the virgin list.",
            "Forecast unchanged, still gusty. I'll recheck the virgin nucs.",
            "Same forecast. Back to the nucs.",
        ],
    },
    "abc": {
        "specs": [
            S(
                "hive_record",
                {"yard": "Waipara-East"},
                "yard=Waipara-East mating_nucs=71 hives_total=84 last_full_inspection=2026-11-26 beekeeper=T.Nowak afb_status=clear req={id}",
            ),
            S(
                "mating_nuc_status",
                {"yard": "Waipara-East", "filter": "laying"},
                "yard=Waipara-East filter=laying count=52 eggs_seen=52 capped_brood=31 as_of=2026-11-26 req={id}",
            ),
            S(
                "order_queue",
                {"order": "WHC-2611"},
                "order=WHC-2611 customer='Waipara Honey Co' qty=60 grade=A pickup=2026-12-04 status=open allocated=0 req={id}",
            ),
        ],
        "notes": [
            "Yard, nucs, order - nothing has moved. Going round once more.",
            "Same picture: 71 nucs, 52 laying, order open for 60 with none allocated.",
            "Still identical. Checking all three again.",
        ],
    },
    "fail": {
        "spec": S(
            "courier_book",
            {
                "service": "LiveAnimal-Overnight",
                "pickup_address": "412 Omihi Rd, Waipara 7483",
                "parcels": 6,
                "date": "2026-12-04",
            },
            "HTTP 503 Service Unavailable - booking engine not responding (trace {id})",
        ),
        "notes": [
            "503 from the courier API. Trying again.",
            "Another 503. Retrying the same booking.",
            "Still 503. One more go.",
            "Same 503 again - resubmitting.",
        ],
    },
    "cosm": {
        "tool": "courier_book",
        "variants": [
            {
                "account": "HB-2291",
                "service": "LiveAnimal-Overnight",
                "parcels": 6,
                "date": "2026-12-04",
            },
            {
                "account": "hb-2291",
                "service": "LiveAnimal-Overnight",
                "parcels": 6,
                "date": "2026-12-04",
            },
            {
                "account": "HB-2291 ",
                "service": "LiveAnimal-Overnight",
                "parcels": 6,
                "date": "4 Dec 2026",
            },
            {
                "account": "HB2291",
                "service": "liveanimal-overnight",
                "parcels": 6,
                "date": "2026-12-04",
            },
        ],
        "err": "REJECTED (code LA-403): account HB-2291 is not approved for live-animal consignments. Approval is issued by the CourierPost biosecurity desk only. ref {id6}",
        "notes": [
            "Rejected for the account. Maybe it's the formatting - trying lowercase.",
            "Same LA-403. I'll adjust the date format and resend.",
            "Still LA-403. Trying the account number without the hyphen.",
            "Rejected again; let me tweak the service name and retry.",
        ],
    },
    "mono": [
        "Checking the mating nucs for laying queens now.",
        "Checking the mating nucs for laying queens now...",
        "OK - checking the mating nucs for laying queens now.",
        "Checking mating nucs for laying queens now.",
        "Now checking the mating nucs for laying queens.",
    ],
    "inter": {
        "spec": S(
            "order_queue",
            {"order": "WHC-2611"},
            "order=WHC-2611 customer='Waipara Honey Co' qty=60 grade=A pickup=2026-12-04 status=open allocated=0 req={id}",
        ),
        "others": [
            S(
                "hive_record",
                {"yard": "Waipara-West"},
                "yard=Waipara-West mating_nucs=0 hives_total=38 role=honey_production req={id}",
            ),
            S(
                "cage_stock",
                {"item": "JZ-BZ queen cage"},
                "item='JZ-BZ queen cage' on_hand=140 reorder_at=50 req={id}",
            ),
            S(
                "graft_log",
                {"batch": "G-1124"},
                "batch=G-1124 grafted=2026-11-16 cells=96 accepted=70 emerged=0 due=2026-11-28 yard=Waipara-East req={id}",
            ),
            S(
                "candy_stock",
                {"item": "queen candy 1kg"},
                "item='queen candy 1kg' on_hand=4 req={id}",
            ),
        ],
        "notes": [
            "Order still open, nothing allocated. West yard has no mating nucs.",
            "Order unchanged. Cages are fine.",
            "Still open for 60. G-1124 won't be mated in time.",
            "Same order state again.",
        ],
    },
    "reword": {
        "tool": "biosecurity_declaration",
        "base": {"consignee": "Waipara Honey Co", "quantity": 60},
        "key": "description",
        "texts": [
            "60 mated Apis mellifera ligustica queens in JZ-BZ cages with attendants",
            "Live honey bee queens (60), caged, each with 6-8 attendant workers and candy",
            "Sixty caged Italian queen bees for requeening, candy-plugged",
            "Queen bees x60 - live - caged with attendants - for commercial apiary use",
        ],
        "err": "422 Unprocessable Entity: declaration rejected - apiary registration number (AFB PMP registration) is missing for the sending apiary. trace={id}",
        "notes": [
            "Declaration rejected. I'll describe the consignment more precisely.",
            "Same 422. Rewording the description again.",
            "Still rejected - maybe it wants the scientific name up front.",
            "Rejected again with the same message; trying a plainer description.",
        ],
    },
    "plan": {
        "plans": [
            "Next I'll cage the 52 laying queens and book the courier for Friday morning.",
            "Once this is confirmed, the plan is to cage the 52 layers and get Friday's courier booked.",
            "Right - next step is caging the 52 and booking the Friday pickup.",
            "So: cage the 52 laying queens, then book the courier for Friday.",
            "Plan stands: 52 into cages, courier on Friday.",
        ],
        "checks": [
            S(
                "cage_stock",
                {"item": "JZ-BZ queen cage"},
                "item='JZ-BZ queen cage' on_hand=140 reorder_at=50 req={id}",
            ),
            S(
                "weather_forecast",
                {"location": "Waipara", "days": 1},
                "Waipara today | NW 25 km/h, 24C, fine | issued {hm}",
            ),
            S(
                "candy_stock",
                {"item": "queen candy 1kg"},
                "item='queen candy 1kg' on_hand=4 req={id}",
            ),
            S(
                "staff_roster",
                {"date": "2026-12-03"},
                "2026-12-03 T.Nowak yard:Waipara-East 07:00-15:00; M.Reid office req={id}",
            ),
        ],
    },
    # progress
    "paging": {
        "tool": "inspection_log",
        "base": {"yard": "Waipara-East", "since": "2026-11-20", "page_size": 25},
        "key": "page",
        "pages": [
            (
                1,
                "page 1 of 3 | E01 laying 11-24 | E02 laying 11-24 | E03 queenless 11-24 | E04 laying 11-24 | ... | E25 laying 11-25 (25 rows, 19 laying) req={id}",
                "Page 1: 19 laying of 25. Next page.",
            ),
            (
                2,
                "page 2 of 3 | E26 laying 11-25 | E27 virgin 11-25 | ... | E50 laying 11-26 (25 rows, 18 laying) req={id}",
                "Page 2: 18 more laying, 37 so far.",
            ),
            (
                3,
                "page 3 of 3 | E51 laying 11-26 | ... | E71 not_checked (21 rows, 15 laying) req={id}",
                "Last page: 15 laying, which gives 52 in total and matches the yard summary.",
            ),
        ],
        "after": S(
            "order_allocate",
            {"order": "WHC-2611", "qty": 52, "source": "Waipara-East laying list 2026-11-26"},
            "order=WHC-2611 allocated=52 remaining=8 status=part_allocated req={id}",
        ),
        "final": "Allocated 52 queens to WHC-2611 from the inspected laying list; 8 remain open and I'll flag that to Marit for the buyer.",
    },
    "corrected": {
        "bad": S(
            "courier_book",
            {
                "account": "HB-2291",
                "service": "LiveAnimal-Overnight",
                "parcels": 6,
                "date": "04/12/2026",
            },
            "400 Bad Request: field 'date' must be ISO-8601 (YYYY-MM-DD); got '04/12/2026'",
        ),
        "note_bad": "The API wants ISO dates. Fixing the date.",
        "lookup": S(
            "courier_services",
            {"account": "HB-2291"},
            "account=HB-2291 services=[LiveAnimal-Overnight] pickup_windows=[07:30-09:00, 13:00-14:30] cutoff=13:00 req={id}",
        ),
        "note_lookup": "Pickup windows are 07:30-09:00 or 13:00-14:30; I'll take the morning slot.",
        "good": S(
            "courier_book",
            {
                "account": "HB-2291",
                "service": "LiveAnimal-Overnight",
                "parcels": 6,
                "date": "2026-12-04",
                "window": "07:30-09:00",
            },
            "201 Created booking=CP-LA-{n} pickup=2026-12-04 07:30-09:00 parcels=6 label_url=https://labels.example/{id}",
        ),
        "note_good": "Booked - pickup Friday 07:30-09:00, six parcels.",
        "next": S(
            "customer_message",
            {"to": "buyer@waipara-honey.example", "subject": "WHC-2611 queens - Friday pickup"},
            "queued message_id={id} to=buyer@waipara-honey.example",
        ),
        "final": "Courier booked and the buyer told about Friday's pickup.",
    },
    "summaries": {
        "docs": [
            (
                S(
                    "kb_read",
                    {"id": "KB-114"},
                    "KB-114 Queen cage shipping - CourierPost live-animal rules: only LiveAnimal-Overnight; max 10 cages per parcel; label 'LIVE BEES - KEEP OUT OF SUN'; no Friday dispatch to rural delivery addresses.",
                ),
                "KB-114: overnight live-animal service only, 10 cages a parcel, and no Friday dispatch to rural addresses.",
            ),
            (
                S(
                    "kb_read",
                    {"id": "KB-087"},
                    "KB-087 Candy plugs and attendant bees: 6-8 young attendants per cage; fondant plug 15 mm; check plug is firm before caging.",
                ),
                "KB-087: 6-8 attendants per cage and a firm 15 mm candy plug.",
            ),
            (
                S(
                    "kb_read",
                    {"id": "KB-131"},
                    "KB-131 Heat limits for cages in transit: above 30C queens stressed; pack with ventilated sleeve; avoid afternoon pickup on hot days.",
                ),
                "KB-131: keep them under 30C and avoid afternoon pickups on hot days.",
            ),
            (
                S(
                    "kb_read",
                    {"id": "KB-140"},
                    "KB-140 Buyer paperwork: include queen grading sheet and AFB-free declaration with each consignment.",
                ),
                "KB-140: send the grading sheet and AFB-free declaration with the queens.",
            ),
        ],
        "final": "Putting those together: morning overnight service, at most 10 cages a parcel (so 6 parcels for 52), proper plugs and attendants, and the grading sheet plus AFB declaration in the box. Waipara Honey is urban, so the Friday rule doesn't bite.",
    },
    "polling": {
        "tool": "grading_job",
        "args": {"job": "GR-0412"},
        "obs": [
            "job=GR-0412 status=queued graded=0/52 req={id}",
            "job=GR-0412 status=running graded=18/52 grade_A=17 grade_B=1 req={id}",
            "job=GR-0412 status=running graded=41/52 grade_A=38 grade_B=3 req={id}",
            "job=GR-0412 status=complete graded=52/52 grade_A=47 grade_B=5 req={id}",
        ],
        "notes": [
            "Grading job queued. I'll give it a few minutes.",
            "18 of 52 graded. Waiting a bit longer.",
            "41 done. Nearly there.",
        ],
        "final": "Grading finished: 47 grade A and 5 grade B. The order asks for grade A, so I'll tell Marit about the five B queens.",
    },
    "batch": {
        "tool": "queen_mark",
        "intro": "Marking and caging the laying queens, one nuc at a time, starting with the first row.",
        "items": [
            (
                {"nuc": "E01", "colour": "green"},
                "E01 queen marked green, grade A, caged C-001 req={id}",
                "",
            ),
            (
                {"nuc": "E02", "colour": "green"},
                "E02 queen marked green, grade A, caged C-002 req={id}",
                "E01 and E02 done.",
            ),
            (
                {"nuc": "E04", "colour": "green"},
                "E04 queen marked green, grade A, caged C-003 req={id}",
                "E04 done (E03 is queenless, so I skipped it).",
            ),
            (
                {"nuc": "E05", "colour": "green"},
                "E05 queen marked green, grade B (small), caged C-004 req={id}",
                "E05 came out grade B - noted.",
            ),
            (
                {"nuc": "E06", "colour": "green"},
                "E06 queen marked green, grade A, caged C-005 req={id}",
                "",
            ),
        ],
        "final": "First five laying nucs marked and caged (C-001 to C-005), one of them grade B. Carrying on down the row the same way.",
    },
    "refine": {
        "tool": "apiary_kb_search",
        "base": {"collection": "shipping"},
        "key": "query",
        "steps": [
            (
                "queen shipping",
                "14 hits: KB-114, KB-087, KB-131, KB-140, KB-052, KB-061, ... (req {id})",
                "Too broad - 14 articles. Narrowing to heat.",
            ),
            (
                "queen shipping heat",
                "5 hits: KB-131, KB-114, KB-052, KB-098, KB-061 (req {id})",
                "Five now; KB-131 at the top.",
            ),
            (
                "queen cage transit temperature limit",
                "2 hits: KB-131 Heat limits for cages in transit; KB-098 Summer dispatch checklist (req {id})",
                "Down to two.",
            ),
            (
                "KB-131 afternoon pickup",
                "1 hit: KB-131 - 'avoid afternoon pickup on hot days (>25C forecast)' (req {id})",
                "That's the rule I needed.",
            ),
        ],
        "after": S(
            "weather_forecast",
            {"location": "Waipara", "days": 2},
            "Waipara | Thu 27C | Fri 25C gusting NW | issued {hm}",
        ),
        "final": "Friday is forecast 25C, so we book the morning pickup window, not the afternoon one.",
    },
    "edits": {
        "check": ("order_validate", {"order": "WHC-2611"}),
        "check_obs": [
            "4 problems: qty 60 > allocated 52; grade_B units in grade_A order (5); missing AFB declaration; pickup window unset",
            "3 problems: grade_B units in grade_A order (5); missing AFB declaration; pickup window unset",
            "1 problem: pickup window unset",
            "0 problems - order ready to dispatch",
        ],
        "first_note": "Four validation problems. I'll fix them one at a time.",
        "edit": [
            (
                S(
                    "order_update",
                    {"order": "WHC-2611", "qty": 52, "note": "8 short, agreed with buyer"},
                    "order=WHC-2611 qty=52 ok",
                ),
                "Quantity fixed; three left.",
            ),
            (
                S(
                    "order_update",
                    {
                        "order": "WHC-2611",
                        "swap_grade_b": True,
                        "attach": "AFB-free declaration 2026-12",
                    },
                    "order=WHC-2611 grade_b_swapped=5 attachments=1 ok",
                ),
                "Grade B swapped out and declaration attached - one problem left.",
            ),
            (
                S(
                    "order_update",
                    {"order": "WHC-2611", "pickup_window": "07:30-09:00"},
                    "order=WHC-2611 pickup_window=07:30-09:00 ok",
                ),
                "Clean: the order validates and is ready to go.",
            ),
        ],
    },
    "recheck": {
        "spec": ("mating_nuc_status", {"yard": "Waipara-East", "filter": "laying"}),
        "obs1": "yard=Waipara-East filter=laying count=52 as_of=2026-11-26 req={id}",
        "note1": "52 laying as of the 26th.",
        "side": S(
            "staff_roster",
            {"date": "2026-12-02"},
            "2026-12-02 T.Nowak yard:Waipara-East 07:00-14:00 req={id}",
        ),
        "note_side": "Tomasz was in the yard this morning, so there may be a newer round to come.",
        "msg": "Tomasz just uploaded this morning's yard round - can you check the numbers again?",
        "reply": "Will do - rechecking with his upload.",
        "obs2": "yard=Waipara-East filter=laying count=58 as_of=2026-12-02 newly_laying=[E12,E19,E31,E40,E58,E63] req={id}",
        "note2": "Now 58 laying: six of the virgins started laying since the 26th.",
        "after": S(
            "order_allocate",
            {"order": "WHC-2611", "qty": 58},
            "order=WHC-2611 allocated=58 remaining=2 status=part_allocated req={id}",
        ),
        "final": "Allocated 58 of 60; only two short now.",
    },
    "flaky": {
        "spec": (
            "sms_send",
            {
                "to": "+64 21 555 0192",
                "text": "Heatherbank: your queens (WHC-2611) are booked for pickup Fri 4 Dec 07:30-09:00.",
            },
        ),
        "errs": [
            "504 Gateway Timeout from SMS provider (trace {id})",
            "502 Bad Gateway from SMS provider (trace {id})",
        ],
        "notes": [
            "Gateway timeout from the SMS provider - a transient one. Trying again shortly.",
            "502 this time. The provider status page shows a blip; one more try.",
        ],
        "ok": "202 Accepted message_sid=SM{id} status=queued",
        "note_ok": "Went through this time.",
        "after": S(
            "sms_status", {"message_sid": "latest"}, "status=delivered to=+64 21 555 0192 at={t}"
        ),
        "final": "Delivered to the buyer's phone. All notified.",
    },
    "status": {
        "rounds": [
            (
                S(
                    "cage_batch",
                    {"rows": "E01-E18"},
                    "caged=13 skipped_not_laying=5 total_caged=13/52 req={id}",
                ),
                "13 of 52 caged.",
            ),
            (
                S(
                    "cage_batch",
                    {"rows": "E19-E36"},
                    "caged=14 skipped_not_laying=4 total_caged=27/52 req={id}",
                ),
                "27 of 52 caged.",
            ),
            (
                S(
                    "cage_batch",
                    {"rows": "E37-E54"},
                    "caged=13 skipped_not_laying=5 total_caged=40/52 req={id}",
                ),
                "40 of 52 caged.",
            ),
            (
                S(
                    "cage_batch",
                    {"rows": "E55-E71"},
                    "caged=12 skipped_not_laying=5 total_caged=52/52 req={id}",
                ),
                "52 of 52 caged.",
            ),
        ],
        "final": "All 52 laying queens are caged; only confirmed-laying nucs were touched.",
    },
    "compare": {
        "reads": [
            (
                S(
                    "hive_record",
                    {"yard": "Waipara-East", "field": "queen_grades"},
                    "grade_A=47 grade_B=5 req={id}",
                ),
                "Our yard sheet: 47 A, 5 B.",
            ),
            (
                S(
                    "customer_portal",
                    {"order": "WHC-2611", "field": "grade_required"},
                    "grade_required=A substitutes_allowed=false",
                ),
                "Buyer's portal: grade A only, no substitutes.",
            ),
            (
                S(
                    "hive_record",
                    {"yard": "Waipara-East", "field": "marking_colour"},
                    "marking_colour=green (2026 = green per international code)",
                ),
                "Our queens are marked green.",
            ),
            (
                S(
                    "customer_portal",
                    {"order": "WHC-2611", "field": "marking"},
                    "marking=required colour=year_code clipped=false",
                ),
                "They want year-code marking, unclipped - green matches.",
            ),
        ],
        "final": "So we ship 47 grade A queens, green-marked and unclipped, and tell them the 5 grade B can't go under this order.",
    },
    "stepplan": {
        "plan": "Plan: (1) allocate the laying queens to WHC-2611, (2) book the courier, (3) file the biosecurity declaration, (4) message the buyer.",
        "steps": [
            (
                S(
                    "order_allocate",
                    {"order": "WHC-2611", "qty": 52},
                    "allocated=52 remaining=8 req={id}",
                ),
                "Step 1 done: 52 allocated.",
            ),
            (
                S(
                    "courier_book",
                    {
                        "account": "HB-2291",
                        "service": "LiveAnimal-Overnight",
                        "parcels": 6,
                        "date": "2026-12-04",
                    },
                    "201 booking=CP-LA-{n} pickup=07:30-09:00",
                ),
                "Step 2 done: courier booked.",
            ),
            (
                S(
                    "biosecurity_declaration",
                    {
                        "consignee": "Waipara Honey Co",
                        "quantity": 52,
                        "apiary_reg": "AP-30417",
                        "description": "52 caged mated queens",
                    },
                    "200 declaration=BD-{n} status=lodged",
                ),
                "Step 3 done: declaration lodged.",
            ),
            (
                S(
                    "customer_message",
                    {"to": "buyer@waipara-honey.example", "subject": "WHC-2611: 52 queens Friday"},
                    "queued message_id={id}",
                ),
                "Step 4 done: buyer messaged.",
            ),
        ],
        "final": "All four steps complete; 52 queens go Friday morning and the buyer knows about the 8 short.",
    },
}


GLASS: Domain = {
    "name": "stained_glass_restoration",
    "task": "Priya here, studio manager at Lumen Glass. We've got the east window from St Aidan's (1872, 14 panels) on the benches. The condition report and a treatment schedule need to go to the church architect, Mr Okafor, by Wednesday, and the kiln needs booking for the panels that need paint re-fired. Two rules: no solvent cleaning on anything flagged unstable paint, and we only touch panels the diocesan faculty covers.",
    "open": [
        "Got it. First I'll pull the panel register for the east window.",
        "Understood - I'll start from the faculty and the panel register.",
    ],
    "pings": [
        "Priya: how are we doing on St Aidan's?",
        "Hi, Priya again - Mr Okafor's asking when he'll see something.",
        "Any progress? I'm in the studio until 5.",
    ],
    "wait": ("sleep", "seconds", "s", "slept {a}s"),
    "work": [
        (
            S(
                "panel_register",
                {"job": "STA-EAST-1872"},
                '{"job": "STA-EAST-1872", "panels": 14, "on_bench": 14, "lights": 3, "tracery": 5, "logged_by": "dkim", "request_id": "{id}"}',
            ),
            "All 14 panels logged in: 3 main lights plus tracery pieces.",
        ),
        (
            S(
                "faculty_lookup",
                {"parish": "St Aidan, Hexford", "ref": "FAC-2026-0318"},
                '{"ref": "FAC-2026-0318", "status": "granted", "scope": "panels 1-12 conservation; tracery T1-T2 cleaning only", "excludes": ["T3", "T4", "T5"], "conditions": ["reversible materials only"], "request_id": "{id}"}',
            ),
            "Faculty granted for panels 1-12, tracery T1-T2 cleaning only; T3-T5 excluded.",
        ),
        (
            S(
                "condition_survey",
                {"job": "STA-EAST-1872", "summary": True},
                '{"surveyed": 14, "unstable_paint": [3, 7, 11], "cracked_glass": [2, 5, 9, 12], "lead_fatigue": "severe in 4-8", "bulging": [6], "request_id": "{id}"}',
            ),
            "Survey summary: unstable paint on 3, 7 and 11; cracks in 2, 5, 9, 12; lead fatigue bad in 4-8.",
        ),
    ],
    "exact": {
        "spec": S(
            "kiln_schedule",
            {"kiln": "K2", "week": "2026-W49"},
            '{"kiln": "K2", "week": "2026-W49", "free_slots": [], "booked": ["Mon: Durham Cathedral N2", "Tue-Thu: Durham Cathedral N2", "Fri: maintenance"], "request_id": "{id}", "generated_at": "{t}"}',
        ),
        "notes": [
            "K2 is full this week. Refreshing the schedule.",
            "Still no free slots. Let me load it again.",
            "Same - Durham has it all week. Pulling it once more.",
            "No change. Reloading K2's week.",
        ],
    },
    "psearch": {
        "tool": "photo_archive_search",
        "base": {"collection": "historic_glass"},
        "key": "q",
        "queries": [
            "St Aidan east window before 1950 photograph",
            "old photo of the St Aidan's east window pre-war",
            "historic images St Aidan Hexford chancel window",
            "archive photographs east window St Aidan church early 20th century",
            "St Aidans Hexford window old pictures",
        ],
        "obs": '{"hits": 2, "results": [{"id": "HGA-7734", "title": "Hexford, St Aidan: chancel interior", "date": "1968", "note": "window partly visible"}, {"id": "HGA-7735", "title": "Hexford, St Aidan: exterior east end", "date": "1968"}], "took_ms": {ms}, "request_id": "{id}"}',
        "notes": [
            "Only 1968 photos. I'll rephrase in case older ones are catalogued differently.",
            "Same two 1968 images. Trying other wording.",
            "HGA-7734 and -7735 again. Another phrasing.",
            "Still just those two. Let me search again with different terms.",
            "Same pair. One more attempt.",
        ],
    },
    "preply": {
        "claims": [
            "The key finding: panels 3, 7 and 11 have unstable paint, so they need re-firing and can't be cleaned with solvents.",
            "To put it simply - 3, 7 and 11 are the unstable-paint panels; they go to the kiln and stay away from solvents.",
            "So the situation is that three panels, 3, 7 and 11, have flaking paint needing re-firing, no solvent cleaning.",
            "In other words: unstable paint on 3, 7, 11 means kiln work and dry cleaning only for those.",
            "Restating the main point: panels 3, 7 and 11 need the paint re-fired and must not see solvents.",
        ],
        "check": S(
            "condition_survey",
            {"job": "STA-EAST-1872", "field": "unstable_paint"},
            '{"unstable_paint": [3, 7, 11], "request_id": "{id}"}',
        ),
    },
    "nudge": {
        "answers": [
            "We can't clean T3-T5: the faculty excludes them, so any work there needs a faculty variation from the diocese first.",
            "The tracery pieces T3 to T5 are outside the faculty, so I can't schedule cleaning on them without a variation.",
            "T3, T4 and T5 aren't covered - the diocese would have to amend the faculty before we touch them.",
            "As things stand, the faculty rules out T3-T5; they stay untouched unless the diocese varies it.",
            "Still the same answer, I'm afraid: T3-T5 sit outside FAC-2026-0318, so no work on them until it's varied.",
        ],
        "ask": "While the tracery's on the bench, can we clean T3-T5 as well?",
        "pushes": [
            "They're filthy though. Can't we just give T3-T5 a quick clean while they're here?",
            "Surely a light dry clean doesn't count?",
            "Mr Okafor says it's fine. Can you put them on the schedule?",
            "I really don't want to send them back dirty. What can we do?",
        ],
        "check": S(
            "faculty_lookup",
            {"parish": "St Aidan, Hexford", "ref": "FAC-2026-0318"},
            '{"ref": "FAC-2026-0318", "status": "granted", "scope": "panels 1-12 conservation; tracery T1-T2 cleaning only", "excludes": ["T3", "T4", "T5"], "request_id": "{id}"}',
        ),
    },
    "ab": {
        "A": S(
            "kiln_schedule",
            {"kiln": "K1", "week": "2026-W49"},
            '{"kiln": "K1", "week": "2026-W49", "free_slots": [], "status": "element fault - out of service", "request_id": "{id}"}',
        ),
        "B": S(
            "kiln_schedule",
            {"kiln": "K2", "week": "2026-W49"},
            '{"kiln": "K2", "week": "2026-W49", "free_slots": [], "booked": ["Mon-Thu: Durham Cathedral N2", "Fri: maintenance"], "request_id": "{id}"}',
        ),
        "na": [
            "K1 is out of service. Let me look at K2.",
            "K1 still faulted. Over to K2 again.",
            "K1 unchanged. Checking K2.",
        ],
        "nb": [
            "K2 booked solid. Back to K1 in case it's been fixed.",
            "K2 still full. Trying K1 again.",
            "No K2 slots. Back to K1.",
        ],
    },
    "abc": {
        "specs": [
            S(
                "materials_stock",
                {"item": "lead came H 6mm"},
                '{"item": "lead came H 6mm", "on_hand_m": 4, "needed_for_job_m": 38, "on_order": false, "request_id": "{id}"}',
            ),
            S(
                "supplier_catalogue",
                {"supplier": "Cames & Co", "item": "lead came H 6mm"},
                '{"item": "lead came H 6mm", "price_per_m": 3.10, "lead_time_days": 5, "request_id": "{id}"}',
            ),
            S(
                "purchase_budget",
                {"job": "STA-EAST-1872"},
                '{"job": "STA-EAST-1872", "materials_budget": 900, "spent": 612, "remaining": 288, "request_id": "{id}"}',
            ),
        ],
        "notes": [
            "Stock, supplier, budget - 4 m on hand, 38 m needed, GBP 288 left. Looking again.",
            "Nothing's changed across the three. Re-checking.",
            "Same numbers. Going round once more.",
        ],
    },
    "fail": {
        "spec": S(
            "report_draft",
            {"template": "conservation_report_v3", "job": "STA-EAST-1872"},
            '{"error": "TemplateRenderError", "message": "image placeholder {{panel_7_before}} has no linked photo", "request_id": "{id}"}',
        ),
        "notes": [
            "Render failed on a missing photo link. Trying again.",
            "Same TemplateRenderError. Re-running.",
            "Still failing on panel_7_before. Once more.",
            "Same error again; retrying.",
        ],
    },
    "cosm": {
        "tool": "kiln_book",
        "variants": [
            {
                "kiln": "K1",
                "date": "2026-12-02",
                "panels": [3, 7, 11],
                "programme": "paint-refire-620C",
            },
            {
                "kiln": "k1",
                "date": "2026-12-02",
                "panels": [3, 7, 11],
                "programme": "paint-refire-620C",
            },
            {
                "kiln": "K1",
                "date": "2026-12-02",
                "panels": [3, 7, 11],
                "programme": "Paint Refire 620C",
            },
            {
                "kiln": "K-1",
                "date": "2026-12-02",
                "panels": [11, 7, 3],
                "programme": "paint-refire-620C",
            },
        ],
        "err": '{"error": "KilnUnavailable", "message": "K1 is locked out: element fault reported 2026-11-24, awaiting engineer. Bookings disabled.", "request_id": "{id}"}',
        "notes": [
            "Booking refused. I'll try with the kiln id in a different case.",
            "Still refused. Maybe the programme name format matters.",
            "Same lockout. Trying 'K-1' and reordering the panels.",
            "KilnUnavailable again. Resubmitting with the original values.",
        ],
    },
    "mono": [
        "I'll draft the treatment schedule for panels 1-12 now.",
        "I'll draft the treatment schedule for panels 1 to 12 now.",
        "Now drafting the treatment schedule for panels 1-12.",
        "I'll draft the treatment schedule for panels 1-12 now.",
        "I'll now draft the treatment schedule for panels 1-12.",
    ],
    "inter": {
        "spec": S(
            "kiln_schedule",
            {"kiln": "K2", "week": "2026-W49"},
            '{"kiln": "K2", "week": "2026-W49", "free_slots": [], "booked": ["Mon-Thu: Durham Cathedral N2", "Fri: maintenance"], "request_id": "{id}"}',
        ),
        "others": [
            S(
                "materials_stock",
                {"item": "glass paint, grisaille brown"},
                '{"item": "glass paint, grisaille brown", "on_hand_g": 250, "request_id": "{id}"}',
            ),
            S(
                "panel_register",
                {"job": "STA-EAST-1872", "panel": 7},
                '{"panel": 7, "subject": "St Cuthbert", "size_mm": [540, 820], "request_id": "{id}"}',
            ),
            S(
                "staff_calendar",
                {"person": "dkim", "week": "2026-W49"},
                '{"person": "dkim", "free_days": ["Tue", "Wed"], "request_id": "{id}"}',
            ),
            S(
                "materials_stock",
                {"item": "lead came H 6mm"},
                '{"item": "lead came H 6mm", "on_hand_m": 4, "request_id": "{id}"}',
            ),
        ],
        "notes": [
            "K2 still has nothing. Paint stock is fine.",
            "K2 unchanged.",
            "Still no K2 slot this week.",
            "K2 the same as before.",
        ],
    },
    "reword": {
        "tool": "architect_mail",
        "base": {
            "to": "m.okafor@okafor-architects.example",
            "attach": ["STA condition report draft.pdf"],
        },
        "key": "body",
        "texts": [
            "Dear Mr Okafor, please find attached the draft condition report for the St Aidan's east window.",
            "Hello Mr Okafor - attached is our draft condition report on the east window at St Aidan's for your review.",
            "Mr Okafor, as promised, here is the draft conservation/condition report for St Aidan's east window.",
            "Dear Michael, the St Aidan's east window condition report (draft) is attached. Kind regards, Lumen Glass",
        ],
        "err": '{"error": "AttachmentNotFound", "message": "attachment \'STA condition report draft.pdf\' does not exist in outbox storage", "request_id": "{id}"}',
        "notes": [
            "AttachmentNotFound. I'll reword the message and resend.",
            "Same error. Making the wording more formal.",
            "Still AttachmentNotFound - trying a shorter note.",
            "Rejected again with the same error. Adjusting the greeting.",
        ],
    },
    "plan": {
        "plans": [
            "Next step: I'll write up the treatment schedule, panel by panel, and send it to Mr Okafor.",
            "Once I've confirmed this, I'll get the treatment schedule written and off to the architect.",
            "After that the plan is to draft the per-panel schedule and email it to Mr Okafor.",
            "Then it's the treatment schedule - panel by panel - and sending it across.",
            "Right, the next thing is drafting the schedule and getting it to Mr Okafor.",
        ],
        "checks": [
            S(
                "panel_register",
                {"job": "STA-EAST-1872", "panel": 1},
                '{"panel": 1, "subject": "border", "request_id": "{id}"}',
            ),
            S(
                "staff_calendar",
                {"person": "dkim", "week": "2026-W49"},
                '{"person": "dkim", "free_days": ["Tue", "Wed"], "request_id": "{id}"}',
            ),
            S(
                "materials_stock",
                {"item": "glass paint, grisaille brown"},
                '{"item": "glass paint, grisaille brown", "on_hand_g": 250, "request_id": "{id}"}',
            ),
            S(
                "faculty_lookup",
                {"parish": "St Aidan, Hexford", "ref": "FAC-2026-0318"},
                '{"ref": "FAC-2026-0318", "status": "granted", "request_id": "{id}"}',
            ),
        ],
    },
    "paging": {
        "tool": "condition_survey",
        "base": {"job": "STA-EAST-1872", "per_page": 5},
        "key": "page",
        "pages": [
            (
                1,
                '{"page": 1, "pages": 3, "panels": [{"n": 1, "paint": "stable", "glass": "sound"}, {"n": 2, "glass": "2 cracks"}, {"n": 3, "paint": "UNSTABLE"}, {"n": 4, "lead": "fatigued"}, {"n": 5, "glass": "1 crack"}]}',
                "Panels 1-5 read. On to page 2.",
            ),
            (
                2,
                '{"page": 2, "pages": 3, "panels": [{"n": 6, "lead": "bulging"}, {"n": 7, "paint": "UNSTABLE"}, {"n": 8, "lead": "fatigued"}, {"n": 9, "glass": "3 cracks"}, {"n": 10, "paint": "stable"}]}',
                "6-10 done; 7 is the second unstable-paint panel.",
            ),
            (
                3,
                '{"page": 3, "pages": 3, "panels": [{"n": 11, "paint": "UNSTABLE"}, {"n": 12, "glass": "1 crack"}, {"n": "T1", "dirt": "heavy"}, {"n": "T2", "dirt": "moderate"}]}',
                "Last page: 11 unstable, 12 cracked, T1-T2 dirty.",
            ),
        ],
        "after": S(
            "report_section_write",
            {"job": "STA-EAST-1872", "section": "condition_by_panel"},
            '{"section": "condition_by_panel", "rows": 14, "saved": true, "request_id": "{id}"}',
        ),
        "final": "The condition-by-panel section of the report is written from all three pages.",
    },
    "corrected": {
        "bad": S(
            "kiln_book",
            {
                "kiln": "K2",
                "date": "2026-12-02",
                "panels": [3, 7, 11],
                "programme": "paint-refire-620C",
            },
            '{"error": "SlotTaken", "message": "K2 2026-12-02 booked (Durham Cathedral N2). Next free: 2026-12-07", "request_id": "{id}"}',
        ),
        "note_bad": "The 2nd is taken; next free day on K2 is 7 December. Rebooking for then.",
        "lookup": S(
            "kiln_schedule",
            {"kiln": "K2", "week": "2026-W50"},
            '{"kiln": "K2", "week": "2026-W50", "free_slots": ["2026-12-07", "2026-12-08"], "request_id": "{id}"}',
        ),
        "note_lookup": "W50 has the 7th and 8th free.",
        "good": S(
            "kiln_book",
            {
                "kiln": "K2",
                "date": "2026-12-07",
                "panels": [3, 7, 11],
                "programme": "paint-refire-620C",
            },
            '{"booking": "K2-{n}", "date": "2026-12-07", "panels": [3, 7, 11], "status": "confirmed"}',
        ),
        "note_good": "Booked K2 on 7 December for 3, 7 and 11.",
        "next": S(
            "report_section_write",
            {"job": "STA-EAST-1872", "section": "treatment_schedule", "kiln_date": "2026-12-07"},
            '{"section": "treatment_schedule", "saved": true}',
        ),
        "final": "The firing date is in the treatment schedule now.",
    },
    "summaries": {
        "docs": [
            (
                S(
                    "document_read",
                    {"id": "STA-1968-QUINQ"},
                    "1968 quinquennial inspection: east window 'in fair order; some paint loss in the St Cuthbert light'; releaded 1931 by Powell & Sons.",
                ),
                "1968 inspection: paint loss already noted in St Cuthbert (panel 7); last releaded 1931.",
            ),
            (
                S(
                    "document_read",
                    {"id": "STA-1995-REPAIR"},
                    "1995 invoice: storm damage repair to lower lights; three quarries replaced; external guard fitted.",
                ),
                "1995: storm repair to the lower lights and the external guard fitted.",
            ),
            (
                S(
                    "document_read",
                    {"id": "STA-2019-QUINQ"},
                    "2019 quinquennial: 'lead fatigue evident; bulging mid-light; recommend removal to studio within 5 years'.",
                ),
                "2019: lead fatigue and bulging - removal recommended, which is why it's here.",
            ),
            (
                S(
                    "document_read",
                    {"id": "FAC-2026-0318"},
                    "Faculty FAC-2026-0318: conservation of panels 1-12; T1-T2 cleaning only; reversible materials; architect to approve treatment schedule.",
                ),
                "Faculty: reversible materials, and Mr Okafor has to approve the schedule.",
            ),
        ],
        "final": "History section written: paint loss in 7 since at least 1968, releaded 1931, bulging flagged in 2019 - consistent with what's on the bench.",
    },
    "polling": {
        "tool": "kiln_run_status",
        "args": {"booking": "K2-4471"},
        "obs": [
            '{"booking": "K2-4471", "stage": "ramp_up", "temp_c": 212, "target_c": 620}',
            '{"booking": "K2-4471", "stage": "ramp_up", "temp_c": 488, "target_c": 620}',
            '{"booking": "K2-4471", "stage": "soak", "temp_c": 620, "soak_remaining_min": 6}',
            '{"booking": "K2-4471", "stage": "annealing", "temp_c": 505, "door_safe": false, "firing_complete": true}',
        ],
        "notes": [
            "212C and climbing.",
            "488C, still ramping.",
            "At 620C soaking, six minutes left.",
        ],
        "final": "Firing complete and it's annealing now; the panels can come out tomorrow once it's cool.",
    },
    "batch": {
        "tool": "photo_capture_log",
        "intro": "Logging before-treatment photos for each panel in the faculty scope.",
        "items": [
            (
                {"panel": 1, "lighting": "transmitted"},
                '{"panel": 1, "file": "STA_P01_BT.tif", "ok": true}',
                "",
            ),
            (
                {"panel": 2, "lighting": "transmitted"},
                '{"panel": 2, "file": "STA_P02_BT.tif", "ok": true}',
                "1 and 2 logged.",
            ),
            (
                {"panel": 3, "lighting": "raking"},
                '{"panel": 3, "file": "STA_P03_BR.tif", "ok": true}',
                "Panel 3 done under raking light to show the paint flaking.",
            ),
            (
                {"panel": 4, "lighting": "transmitted"},
                '{"panel": 4, "file": "STA_P04_BT.tif", "ok": true}',
                "",
            ),
            (
                {"panel": 5, "lighting": "transmitted"},
                '{"panel": 5, "file": "STA_P05_BT.tif", "ok": true}',
                "Through panel 5.",
            ),
        ],
        "final": "Panels 1-5 have before-treatment images linked; 6-12 are next in the same way.",
    },
    "refine": {
        "tool": "photo_archive_search",
        "base": {"collection": "historic_glass"},
        "key": "q",
        "steps": [
            (
                "St Aidan",
                '{"hits": 41, "top": ["HGA-7734", "HGA-2210", "HGA-9051"], "note": "many parishes named St Aidan"}',
                "41 hits across several St Aidans. Adding the town.",
            ),
            (
                "St Aidan Hexford",
                '{"hits": 6, "top": ["HGA-7734", "HGA-7735", "HGA-1120", "HGA-1121"]}',
                "Six for Hexford, including two I hadn't seen (HGA-1120/1121).",
            ),
            (
                "St Aidan Hexford window Powell",
                '{"hits": 2, "results": [{"id": "HGA-1120", "date": "1931", "title": "Powell & Sons releading record"}, {"id": "HGA-1121", "date": "1931"}]}',
                "Two 1931 Powell photos.",
            ),
            (
                "HGA-1120",
                '{"hits": 1, "results": [{"id": "HGA-1120", "date": "1931", "subject": "St Cuthbert light, paint intact", "resolution": "2400dpi"}]}',
                "HGA-1120 shows St Cuthbert with the paint intact - a reference for panel 7.",
            ),
        ],
        "after": S(
            "report_attach_image",
            {"job": "STA-EAST-1872", "image": "HGA-1120", "section": "history"},
            '{"attached": true}',
        ),
        "final": "Attached the 1931 photo as the reference for panel 7's re-painting.",
    },
    "edits": {
        "check": ("report_lint", {"job": "STA-EAST-1872"}),
        "check_obs": [
            '{"issues": 5, "list": ["panel_7_before image missing", "T3 listed in treatment", "solvent clean listed for panel 11", "no kiln date", "missing signature"]}',
            '{"issues": 4, "list": ["T3 listed in treatment", "solvent clean listed for panel 11", "no kiln date", "missing signature"]}',
            '{"issues": 2, "list": ["no kiln date", "missing signature"]}',
            '{"issues": 0}',
        ],
        "first_note": "Five issues in the draft. Working through them.",
        "edit": [
            (
                S(
                    "report_attach_image",
                    {"job": "STA-EAST-1872", "image": "STA_P07_BR.tif", "slot": "panel_7_before"},
                    '{"attached": true}',
                ),
                "Photo linked; four left.",
            ),
            (
                S(
                    "report_edit",
                    {
                        "job": "STA-EAST-1872",
                        "remove": ["T3 treatment row"],
                        "replace": {"panel 11 cleaning": "dry brush only"},
                    },
                    '{"saved": true}',
                ),
                "T3 removed and panel 11 switched to dry cleaning - two left.",
            ),
            (
                S(
                    "report_edit",
                    {
                        "job": "STA-EAST-1872",
                        "set": {"kiln_date": "2026-12-07", "signed_by": "Priya Anand ACR"},
                    },
                    '{"saved": true}',
                ),
                "No issues left; the report is ready for Mr Okafor.",
            ),
        ],
    },
    "recheck": {
        "spec": ("kiln_schedule", {"kiln": "K1", "week": "2026-W49"}),
        "obs1": '{"kiln": "K1", "status": "element fault - out of service", "free_slots": []}',
        "note1": "K1 is down for an element fault.",
        "side": S(
            "staff_calendar",
            {"person": "engineer", "week": "2026-W49"},
            '{"engineer_visit": "2026-11-30 am"}',
        ),
        "note_side": "The engineer was due Monday morning.",
        "msg": "The kiln engineer's just left - can you look at K1 again?",
        "reply": "Sure, checking K1 now.",
        "obs2": '{"kiln": "K1", "status": "in service", "free_slots": ["2026-12-02", "2026-12-03"]}',
        "note2": "K1's back in service with the 2nd and 3rd free.",
        "after": S(
            "kiln_book",
            {
                "kiln": "K1",
                "date": "2026-12-02",
                "panels": [3, 7, 11],
                "programme": "paint-refire-620C",
            },
            '{"booking": "K1-{n}", "status": "confirmed"}',
        ),
        "final": "Booked K1 for the 2nd - five days earlier than K2 could do.",
    },
    "flaky": {
        "spec": (
            "architect_mail",
            {
                "to": "m.okafor@okafor-architects.example",
                "attach": ["STA_condition_report_v2.pdf"],
                "body": "Dear Mr Okafor, the St Aidan's east window report and treatment schedule are attached for approval.",
            },
        ),
        "errs": [
            '{"error": "SMTPTimeout", "message": "connection to smtp relay timed out after 30s", "request_id": "{id}"}',
            '{"error": "SMTPTemporaryFailure", "code": 451, "message": "4.3.0 try again later", "request_id": "{id}"}',
        ],
        "notes": [
            "Mail relay timed out. I'll retry in a bit.",
            "451 temporary failure - the relay's busy. Once more.",
        ],
        "ok": '{"sent": true, "message_id": "<{id}@lumenglass.example>"}',
        "note_ok": "Sent.",
        "after": S(
            "mail_delivery_status",
            {"to": "m.okafor@okafor-architects.example"},
            '{"status": "delivered", "at": "{t}"}',
        ),
        "final": "Delivered to Mr Okafor, ahead of Wednesday.",
    },
    "status": {
        "rounds": [
            (
                S(
                    "releading_progress",
                    {"job": "STA-EAST-1872"},
                    '{"panels_releaded": 2, "of": 5, "came_used_m": 14}',
                ),
                "Releading: 2 of 5 panels done.",
            ),
            (
                S(
                    "releading_progress",
                    {"job": "STA-EAST-1872"},
                    '{"panels_releaded": 3, "of": 5, "came_used_m": 21}',
                ),
                "Releading: 3 of 5 done.",
            ),
            (
                S(
                    "releading_progress",
                    {"job": "STA-EAST-1872"},
                    '{"panels_releaded": 4, "of": 5, "came_used_m": 29}',
                ),
                "Releading: 4 of 5.",
            ),
            (
                S(
                    "releading_progress",
                    {"job": "STA-EAST-1872"},
                    '{"panels_releaded": 5, "of": 5, "came_used_m": 37}',
                ),
                "Releading: 5 of 5.",
            ),
        ],
        "final": "Panels 4-8 are fully releaded, 37 m of came used.",
    },
    "compare": {
        "reads": [
            (
                S(
                    "condition_survey",
                    {"job": "STA-EAST-1872", "panel": 9, "field": "cracks"},
                    '{"panel": 9, "cracks": 3}',
                ),
                "Our survey: panel 9 has three cracks.",
            ),
            (
                S(
                    "architect_brief",
                    {"job": "STA-EAST-1872", "panel": 9, "field": "crack_treatment"},
                    '{"panel": 9, "crack_treatment": "edge-bond with HXTAL; no copper foil"}',
                ),
                "Architect's brief: edge-bond, no copper foil.",
            ),
            (
                S(
                    "condition_survey",
                    {"job": "STA-EAST-1872", "panel": 9, "field": "paint"},
                    '{"panel": 9, "paint": "stable"}',
                ),
                "Paint on 9 is stable.",
            ),
            (
                S(
                    "architect_brief",
                    {"job": "STA-EAST-1872", "panel": 9, "field": "cleaning"},
                    '{"panel": 9, "cleaning": "solvent permitted if paint stable"}',
                ),
                "Brief allows solvents where paint is stable.",
            ),
        ],
        "final": "Panel 9 treatment: edge-bond three cracks with HXTAL, solvent clean allowed. Writing that into the schedule.",
    },
    "stepplan": {
        "plan": "Here's the order: 1) book the kiln for 3/7/11, 2) order the lead came, 3) finish the report, 4) send it to Mr Okafor.",
        "steps": [
            (
                S(
                    "kiln_book",
                    {
                        "kiln": "K2",
                        "date": "2026-12-07",
                        "panels": [3, 7, 11],
                        "programme": "paint-refire-620C",
                    },
                    '{"booking": "K2-{n}", "status": "confirmed"}',
                ),
                "1 done - K2 on the 7th.",
            ),
            (
                S(
                    "purchase_order",
                    {"supplier": "Cames & Co", "item": "lead came H 6mm", "metres": 40},
                    '{"po": "PO-{n}", "total_gbp": 124.00, "eta": "2026-12-04"}',
                ),
                "2 done - came arriving the 4th.",
            ),
            (
                S(
                    "report_finalise",
                    {"job": "STA-EAST-1872"},
                    '{"file": "STA_condition_report_v2.pdf", "pages": 18}',
                ),
                "3 done - 18-page report.",
            ),
            (
                S(
                    "architect_mail",
                    {
                        "to": "m.okafor@okafor-architects.example",
                        "attach": ["STA_condition_report_v2.pdf"],
                        "body": "Dear Mr Okafor, report and treatment schedule attached.",
                    },
                    '{"sent": true, "message_id": "<{id}@lumenglass.example>"}',
                ),
                "4 done - sent.",
            ),
        ],
        "final": "All four done; Mr Okafor has the report two days early.",
    },
}


BUOY: Domain = {
    "name": "navigation_buoy_servicing",
    "task": "Fergus, marine ops at the lighthouse board. The Sgeir Dubh East cardinal (AtoN 41207) has been reported unlit by a fishing boat overnight. Check the telemetry, get a navigational warning out if it's really off, plan a servicing visit with the tender on a workable tide window, and keep the AtoN register straight. The tender doesn't sail above Force 6, and the warning stays up until someone has actually seen the light working.",
    "open": [
        "Right, starting with the buoy's telemetry.",
        "OK. I'll look at the AtoN register entry and telemetry for 41207.",
    ],
    "pings": [
        "Fergus here - what have you got?",
        "Coastguard on the phone asking about Sgeir Dubh. Anything?",
        "Update please, the skipper wants to know about tomorrow.",
    ],
    "wait": ("wait", "minutes", "min", "{a} min elapsed"),
    "work": [
        (
            S(
                "aton_register",
                {"aton": 41207},
                "AtoN 41207  Sgeir Dubh East  E-cardinal  Q(3)10s  range 5nm\nposition 56 42.31N 006 11.08W   moored 2021-05-14\nstatus IN SERVICE (unverified report 02:14)   last_service 2026-04-09\nrec {id}",
            ),
            "Register has it in service, with the unverified report from 02:14. Last serviced in April.",
        ),
        (
            S(
                "buoy_telemetry",
                {"aton": 41207, "hours": 12},
                "AtoN 41207  telemetry 12h\ntime   lamp   batt_V  pos_err_m\n20:00  ON     12.6    4\n00:00  ON     12.5    5\n02:00  FAIL   12.5    4\n04:00  FAIL   12.4    6\n06:00  FAIL   12.4    5\nrec {id}",
            ),
            "Telemetry shows lamp FAIL since 02:00, battery fine, on station. So it's the lantern, not power.",
        ),
        (
            S(
                "tide_window",
                {"location": "Sgeir Dubh", "days": 2},
                "Sgeir Dubh tides (BST)\nSat  HW 09:42 4.1m  LW 15:55 0.9m\nSun  HW 10:31 4.0m  LW 16:44 1.0m\nworkable (>=2.0m, daylight): Sat 07:10-12:40  Sun 08:00-13:20\nrec {id}",
            ),
            "Workable windows: Saturday 07:10-12:40 or Sunday 08:00-13:20.",
        ),
    ],
    "exact": {
        "spec": S(
            "buoy_telemetry",
            {"aton": 41207, "hours": 1},
            "AtoN 41207  latest  lamp=FAIL  batt_V=12.4  pos_err_m=5  sampled={t}  rec {id}",
        ),
        "notes": [
            "Lamp still FAIL. Let me poll it again.",
            "Still FAIL. Once more.",
            "Same reading. Polling again.",
            "FAIL again. Checking the telemetry one more time.",
        ],
    },
    "psearch": {
        "tool": "maintenance_history_search",
        "base": {"fleet": "cardinals"},
        "key": "text",
        "queries": [
            "lantern failure on east cardinal buoys",
            "east cardinal light stopped working history",
            "previous lamp faults E-cardinal buoys",
            "cardinal buoy lantern outage past incidents",
            "Q(3)10s lantern failures before",
        ],
        "obs": "3 records  ({ms} ms)\nWO-18812  2025-02-11  AtoN 40933  lantern water ingress  replaced lantern\nWO-17204  2024-08-30  AtoN 41207  photocell fault  replaced photocell\nWO-16550  2023-12-02  AtoN 41010  lamp board failure  replaced lantern\nrec {id}",
        "notes": [
            "WO-17204 is this very buoy - photocell. Let me search again in other words.",
            "The same three work orders. Rewording.",
            "Same results. Another formulation.",
            "Still WO-18812, WO-17204, WO-16550. Trying once more.",
            "Nothing new. Rephrasing again.",
        ],
    },
    "preply": {
        "claims": [
            "The position is: the lantern on 41207 failed at 02:00, the battery is healthy, and the buoy is on station.",
            "To summarise, it's a lantern fault from 02:00 - power and position are both fine.",
            "So: light out since 02:00, batteries OK at 12.4 V, no drift.",
            "In short, the buoy is where it should be and powered; only the light has failed, since about 2 am.",
            "Once more for clarity - lamp failure at 02:00, good battery, on position.",
        ],
        "check": S(
            "buoy_telemetry",
            {"aton": 41207, "hours": 1},
            "AtoN 41207  latest  lamp=FAIL  batt_V=12.4  pos_err_m=5  rec {id}",
        ),
    },
    "nudge": {
        "answers": [
            "The tender can't go out today: it's Force 7 gusting 8 until this evening, and the limit is Force 6. Saturday morning is the first safe window.",
            "Today's not possible - wind is above the tender's Force 6 limit. Earliest is Saturday's 07:10 window.",
            "It has to be Saturday. Force 7 today rules the tender out.",
            "We're above the Force 6 ceiling all day, so Saturday morning is the soonest.",
            "Still the same: too much wind today, Saturday 07:10 at the earliest.",
        ],
        "ask": "Can the tender get out to it this afternoon?",
        "pushes": [
            "Can't they just nip out this afternoon? It's only a couple of miles.",
            "The Coastguard would really like it fixed today.",
            "Is there really no way today?",
            "Come on, what about after lunch when it eases a bit?",
        ],
        "check": S(
            "marine_forecast",
            {"area": "Hebrides", "hours": 12},
            "Hebrides 12h: SW 7 gusting 8, easing 6 late evening; sea rough; rec {id}",
        ),
    },
    "ab": {
        "A": S(
            "marine_forecast",
            {"area": "Hebrides", "hours": 24},
            "Hebrides 24h: SW 7 gusting 8, easing 6 by 21:00; Sat SW 4-5; rec {id}",
        ),
        "B": S(
            "vessel_roster",
            {"vessel": "NLV Corrach", "days": 2},
            "NLV Corrach  Fri: alongside Oban (crew rest)  Sat: available 06:00  Sun: booked Skerryvore relief  rec {id}",
        ),
        "na": [
            "Too windy today. Let me see the tender's availability.",
            "Forecast unchanged. Back to the roster.",
            "Same forecast. Checking the roster again.",
        ],
        "nb": [
            "Corrach is free Saturday. Let me check the weather again.",
            "Roster's the same. Back to the forecast.",
            "No change on the roster. Forecast again.",
        ],
    },
    "abc": {
        "specs": [
            S(
                "buoy_telemetry",
                {"aton": 41207, "hours": 1},
                "AtoN 41207  latest  lamp=FAIL  batt_V=12.4  pos_err_m=5  rec {id}",
            ),
            S(
                "marine_forecast",
                {"area": "Hebrides", "hours": 12},
                "Hebrides 12h: SW 7 gusting 8, easing 6 late evening; rec {id}",
            ),
            S(
                "nav_warning_list",
                {"area": "Hebrides"},
                "active warnings: 0 for AtoN 41207  rec {id}",
            ),
        ],
        "notes": [
            "Lamp failed, Force 7, no warning out yet. Going round again.",
            "Same three answers.",
            "Unchanged. Checking them again.",
        ],
    },
    "fail": {
        "spec": S(
            "nav_warning_issue",
            {
                "aton": 41207,
                "text": "Sgeir Dubh East cardinal buoy 56 42.31N 006 11.08W unlit.",
                "area": "Hebrides",
            },
            "ERROR 500 nav-warning gateway: upstream NAVTEX encoder unavailable  rec {id}",
        ),
        "notes": [
            "Gateway 500. Trying again.",
            "Same 500 from the encoder. Resubmitting.",
            "Still failing. Again.",
            "Encoder unavailable again - retrying.",
        ],
    },
    "cosm": {
        "tool": "vessel_task_create",
        "variants": [
            {
                "vessel": "NLV Corrach",
                "task": "service AtoN 41207",
                "date": "2026-11-29",
                "start": "06:30",
            },
            {
                "vessel": "NLV CORRACH",
                "task": "service AtoN 41207",
                "date": "2026-11-29",
                "start": "06:30",
            },
            {
                "vessel": "NLV Corrach",
                "task": "Service AtoN #41207",
                "date": "2026-11-29",
                "start": "6:30",
            },
            {
                "vessel": "Corrach",
                "task": "service AtoN 41207",
                "date": "29/11/2026",
                "start": "06:30",
            },
        ],
        "err": "DENIED 403  user 'ops-agent' lacks role MASTER_TASKING; vessel tasks must be created by a duty master  rec {id}",
        "notes": [
            "Denied. Trying the vessel name in capitals.",
            "Same 403. Tidying the task text and time.",
            "Still denied. Trying the short vessel name and a different date format.",
            "DENIED again. I'll resubmit.",
        ],
    },
    "mono": [
        "Issuing the navigational warning for 41207 now.",
        "Issuing the nav warning for 41207 now.",
        "Now issuing the navigational warning for 41207.",
        "Issuing the navigational warning for 41207 now.",
        "OK, issuing the navigational warning for 41207 now.",
    ],
    "inter": {
        "spec": S(
            "buoy_telemetry",
            {"aton": 41207, "hours": 1},
            "AtoN 41207  latest  lamp=FAIL  batt_V=12.4  pos_err_m=5  rec {id}",
        ),
        "others": [
            S(
                "spares_stock",
                {"item": "lantern LED-350 Q(3)10s"},
                "LED-350 Q(3)10s  on_hand 2  store Oban  rec {id}",
            ),
            S(
                "aton_register",
                {"aton": 41208},
                "AtoN 41208  Sgeir Dubh West  W-cardinal  status IN SERVICE  rec {id}",
            ),
            S(
                "crew_list",
                {"vessel": "NLV Corrach"},
                "master D.MacLeod  mate A.Sinclair  ABs 4  buoy crew 3  rec {id}",
            ),
            S(
                "tide_window",
                {"location": "Sgeir Dubh", "days": 1},
                "Sat workable 07:10-12:40  rec {id}",
            ),
        ],
        "notes": [
            "41207 still dark. Spares are OK.",
            "Still FAIL.",
            "No change on 41207.",
            "41207 the same.",
        ],
    },
    "reword": {
        "tool": "coastguard_notify",
        "base": {"station": "Stornoway MRCC", "priority": "routine"},
        "key": "message",
        "texts": [
            "Sgeir Dubh East cardinal buoy (AtoN 41207) reported unlit since approx 02:00. Telemetry confirms lamp failure.",
            "Please note AtoN 41207, Sgeir Dubh East cardinal, is extinguished - lamp fault since 0200.",
            "Light failure: E cardinal buoy at Sgeir Dubh (41207) not showing since 02:00 UTC. Servicing being arranged.",
            "For information: 41207 Sgeir Dubh East light out (lamp fault), buoy on station, batteries OK.",
        ],
        "err": "REJECTED  field 'position' is required for AtoN defect notices (format DD MM.mmN DDD MM.mmW)  rec {id}",
        "notes": [
            "Rejected. I'll word the notice more formally.",
            "Same rejection. Rephrasing.",
            "Still rejected - trying a shorter wording.",
            "Rejected again; different phrasing.",
        ],
    },
    "plan": {
        "plans": [
            "Next I'll put out the navigational warning for 41207 and task Corrach for Saturday's window.",
            "After this check, the plan is: nav warning out, then Corrach booked for Saturday morning.",
            "So the next move is the warning, followed by tasking the tender for Saturday.",
            "Then I'll issue the warning and get Saturday's servicing trip arranged.",
            "Plan remains: warning first, Corrach on Saturday.",
        ],
        "checks": [
            S(
                "spares_stock",
                {"item": "lantern LED-350 Q(3)10s"},
                "LED-350 Q(3)10s  on_hand 2  store Oban  rec {id}",
            ),
            S(
                "aton_register",
                {"aton": 41207},
                "AtoN 41207  status IN SERVICE (unverified report)  rec {id}",
            ),
            S("crew_list", {"vessel": "NLV Corrach"}, "master D.MacLeod  buoy crew 3  rec {id}"),
            S(
                "tide_window",
                {"location": "Sgeir Dubh", "days": 1},
                "Sat workable 07:10-12:40  rec {id}",
            ),
        ],
    },
    "paging": {
        "tool": "aton_register_list",
        "base": {"area": "Sound of Sgeir", "per_page": 6},
        "key": "page",
        "pages": [
            (
                1,
                "page 1/3\n41201 Rubha Ban lt ho      OK\n41202 Sgeir Mor N-card   OK\n41203 Caolas port lat    OK\n41204 Caolas stbd lat    OK\n41205 Eilean Dubh S-card OK\n41206 Bogha Ruadh IDM    OK",
                "Page 1: six aids, all OK.",
            ),
            (
                2,
                "page 2/3\n41207 Sgeir Dubh E-card   FAIL (lamp)\n41208 Sgeir Dubh W-card   OK\n41209 Harbour ent lt     OK\n41210 Pier head lt       DIM (batt 11.6V)\n41211 Fish farm spec A   OK\n41212 Fish farm spec B   OK",
                "Page 2: our 41207 failure, plus 41210 running dim on low battery.",
            ),
            (
                3,
                "page 3/3\n41213 Outer anch lt      OK\n41214 Wreck buoy         OK",
                "Page 3: last two fine.",
            ),
        ],
        "after": S(
            "work_order_create",
            {"aton": [41207, 41210], "visit": "2026-11-29", "vessel": "NLV Corrach"},
            "WO-{n} created  items 2  rec {id}",
        ),
        "final": "One work order for Saturday covering 41207's lantern and 41210's battery, since both are in the same sound.",
    },
    "corrected": {
        "bad": S(
            "nav_warning_issue",
            {"aton": 41207, "text": "Sgeir Dubh East cardinal unlit.", "area": "Hebridies"},
            "ERROR 400 unknown area 'Hebridies' (valid: Hebrides, Minch, Malin, Fair Isle)",
        ),
        "note_bad": "Typo in the area. Fixing to Hebrides.",
        "lookup": S(
            "nav_warning_list",
            {"area": "Hebrides"},
            "active warnings: 3 (none for 41207)  rec {id}",
        ),
        "note_lookup": "Nothing already out for 41207, so no duplicate.",
        "good": S(
            "nav_warning_issue",
            {
                "aton": 41207,
                "text": "Sgeir Dubh East cardinal 56 42.31N 006 11.08W unlit.",
                "area": "Hebrides",
            },
            "OK  warning HEB-{n} issued  broadcast next NAVTEX slot {hm}",
        ),
        "note_good": "Warning issued.",
        "next": S(
            "aton_register_update",
            {"aton": 41207, "status": "DEFECT - unlit", "warning": "HEB"},
            "OK  rec {id}",
        ),
        "final": "Warning out and the register now shows 41207 as defective.",
    },
    "summaries": {
        "docs": [
            (
                S(
                    "work_order_read",
                    {"wo": "WO-17204"},
                    "WO-17204  2024-08-30  AtoN 41207  fault: photocell reading daylight at night  action: photocell replaced  tech R.Ferguson",
                ),
                "WO-17204 (2024): same buoy, photocell faulty, replaced.",
            ),
            (
                S(
                    "work_order_read",
                    {"wo": "WO-18812"},
                    "WO-18812  2025-02-11  AtoN 40933  fault: water ingress in lantern  action: lantern replaced (LED-350 rev C)",
                ),
                "WO-18812: a different cardinal with water in the lantern.",
            ),
            (
                S(
                    "work_order_read",
                    {"wo": "WO-16550"},
                    "WO-16550  2023-12-02  AtoN 41010  fault: lamp board failure  action: lantern replaced",
                ),
                "WO-16550: lamp board failure on 41010, lantern replaced.",
            ),
            (
                S(
                    "manufacturer_bulletin",
                    {"id": "LED-350-SB07"},
                    "Service Bulletin SB07: LED-350 units built 2020-2021 may suffer photocell seal degradation leading to lamp-off faults; remedy: replace with rev C lantern",
                ),
                "Bulletin SB07: LED-350s built in 2021 have a photocell seal issue.",
            ),
        ],
        "final": "41207 was moored in 2021 and already lost a photocell once. The likeliest fault is the SB07 seal, so the crew should take a complete LED-350 lantern, not just a photocell.",
    },
    "polling": {
        "tool": "vessel_position",
        "args": {"vessel": "NLV Corrach"},
        "obs": [
            "NLV Corrach  56 24.9N 005 28.6W  SOG 0.0  status alongside Oban  rec {id}",
            "NLV Corrach  56 29.3N 005 41.2W  SOG 11.2  status underway  ETA Sgeir Dubh 09:05  rec {id}",
            "NLV Corrach  56 38.7N 006 02.4W  SOG 10.8  ETA 08:52  rec {id}",
            "NLV Corrach  56 42.3N 006 11.0W  SOG 0.4  status on station AtoN 41207  rec {id}",
        ],
        "notes": [
            "Still alongside.",
            "Underway, ETA 09:05.",
            "Making good time, ETA 08:52.",
        ],
        "final": "Corrach is on station at the buoy; the crew can start work.",
    },
    "batch": {
        "tool": "aton_health_check",
        "intro": "Running the health check on each aid in the sound before the trip so the crew can fix several at once.",
        "items": [
            ({"aton": 41205}, "41205  lamp OK  batt 12.7V  pos 3m  ok", ""),
            ({"aton": 41206}, "41206  lamp OK  batt 12.5V  pos 2m  ok", "41205 and 41206 healthy."),
            ({"aton": 41208}, "41208  lamp OK  batt 12.1V  pos 7m  ok", "41208 fine."),
            ({"aton": 41209}, "41209  lamp OK  mains  ok", ""),
            (
                {"aton": 41210},
                "41210  lamp DIM  batt 11.6V  pos fixed  low battery",
                "41210 on low battery.",
            ),
        ],
        "final": "Checked five neighbours: only 41210 needs attention (battery). Adding it to Saturday's job.",
    },
    "refine": {
        "tool": "maintenance_history_search",
        "base": {"fleet": "all"},
        "key": "text",
        "steps": [
            (
                "lantern",
                "212 records (showing 5)  WO-19001 ... rec {id}",
                "Far too many. Narrowing.",
            ),
            (
                "LED-350 lantern fault",
                "17 records  WO-18812 WO-17204 WO-16550 WO-15110 ...  rec {id}",
                "17 for this lantern model.",
            ),
            (
                "LED-350 photocell seal 2021",
                "4 records  WO-17204 WO-18812 WO-18990 WO-19120  all cite bulletin SB07  rec {id}",
                "Four, all pointing to bulletin SB07.",
            ),
            (
                "SB07 replacement outcome",
                "4 records  all 'replaced with post-2023 lantern; no recurrence'  rec {id}",
                "Every SB07 case was fixed for good by a newer lantern.",
            ),
        ],
        "after": S(
            "spares_reserve",
            {"item": "lantern LED-350 rev C", "qty": 1, "for": "WO Sgeir Dubh"},
            "reserved 1  store Oban  rec {id}",
        ),
        "final": "Reserved a rev C lantern so Saturday's fix should hold.",
    },
    "edits": {
        "check": ("passage_plan_validate", {"plan": "CORRACH-2026-11-29"}),
        "check_obs": [
            "4 findings: departure before civil twilight; no tide window; missing wind limit; crew list absent",
            "3 findings: no tide window; missing wind limit; crew list absent",
            "1 finding: crew list absent",
            "0 findings  plan APPROVED for master review",
        ],
        "first_note": "Four findings on the passage plan. Fixing.",
        "edit": [
            (
                S("passage_plan_edit", {"plan": "CORRACH-2026-11-29", "depart": "06:45"}, "saved"),
                "Departure moved after twilight; three to go.",
            ),
            (
                S(
                    "passage_plan_edit",
                    {
                        "plan": "CORRACH-2026-11-29",
                        "tide_window": "07:10-12:40",
                        "wind_limit": "F6",
                    },
                    "saved",
                ),
                "Tide window and wind limit in - one left.",
            ),
            (
                S(
                    "passage_plan_edit",
                    {"plan": "CORRACH-2026-11-29", "crew": "from roster"},
                    "saved",
                ),
                "Clean - ready for the master.",
            ),
        ],
    },
    "recheck": {
        "spec": ("buoy_telemetry", {"aton": 41207, "hours": 1}),
        "obs1": "AtoN 41207  latest  lamp=FAIL  batt_V=12.4  rec {id}",
        "note1": "Still FAIL on telemetry.",
        "side": S(
            "vessel_position",
            {"vessel": "NLV Corrach"},
            "NLV Corrach  on station AtoN 41207  rec {id}",
        ),
        "note_side": "Corrach is alongside the buoy.",
        "msg": "Crew say the new lantern's in. Check again?",
        "reply": "Polling it now.",
        "obs2": "AtoN 41207  latest  lamp=ON  char=Q(3)10s  batt_V=12.6  rec {id}",
        "note2": "Lamp ON with the right character. But the warning stays until someone sees it.",
        "after": S(
            "visual_confirmation_log",
            {"aton": 41207, "observer": "master D.MacLeod"},
            "logged: light observed Q(3)10s correct at {hm}",
        ),
        "final": "The master has seen and logged the light, so I'm cancelling the warning and closing the defect.",
    },
    "flaky": {
        "spec": (
            "nav_warning_cancel",
            {"warning": "HEB-118", "reason": "light restored, visually confirmed"},
        ),
        "errs": ["ERROR 502 bad gateway  rec {id}", "ERROR 504 upstream timeout  rec {id}"],
        "notes": ["502 - gateway blip. Retrying shortly.", "Timeout this time. Trying once more."],
        "ok": "OK  warning HEB-118 cancelled  rec {id}",
        "note_ok": "Cancelled.",
        "after": S(
            "aton_register_update",
            {"aton": 41207, "status": "IN SERVICE", "last_service": "2026-11-29"},
            "OK  rec {id}",
        ),
        "final": "Warning cancelled and register back to IN SERVICE, serviced 29 Nov.",
    },
    "status": {
        "rounds": [
            (
                S(
                    "buoy_telemetry",
                    {"aton": 41210, "hours": 1},
                    "AtoN 41210  batt_V=11.9  lamp=DIM  charging=yes  rec {id}",
                ),
                "41210 charging: 11.9 V.",
            ),
            (
                S(
                    "buoy_telemetry",
                    {"aton": 41210, "hours": 2},
                    "AtoN 41210  batt_V=12.2  lamp=DIM  charging=yes  rec {id}",
                ),
                "41210 at 12.2 V.",
            ),
            (
                S(
                    "buoy_telemetry",
                    {"aton": 41210, "hours": 4},
                    "AtoN 41210  batt_V=12.5  lamp=ON  charging=yes  rec {id}",
                ),
                "41210 at 12.5 V, lamp normal.",
            ),
            (
                S(
                    "buoy_telemetry",
                    {"aton": 41210, "hours": 6},
                    "AtoN 41210  batt_V=12.7  lamp=ON  charging=float  rec {id}",
                ),
                "41210 at 12.7 V, lamp normal.",
            ),
        ],
        "final": "New battery on 41210 charged to 12.7 V and the lamp is back to full.",
    },
    "compare": {
        "reads": [
            (
                S(
                    "aton_register",
                    {"aton": 41207, "field": "position"},
                    "charted 56 42.31N 006 11.08W  rec {id}",
                ),
                "Register: charted position.",
            ),
            (
                S(
                    "buoy_telemetry",
                    {"aton": 41207, "field": "gps"},
                    "gps 56 42.33N 006 11.05W  err 5m  rec {id}",
                ),
                "Telemetry GPS within 5 m of it.",
            ),
            (
                S(
                    "aton_register",
                    {"aton": 41207, "field": "character"},
                    "Q(3)10s  range 5nm  rec {id}",
                ),
                "Register character Q(3)10s.",
            ),
            (
                S(
                    "buoy_telemetry",
                    {"aton": 41207, "field": "flash_pattern"},
                    "measured Q(3)10s  period 10.0s  rec {id}",
                ),
                "Measured flash pattern matches.",
            ),
        ],
        "final": "Position and character agree between register and buoy, so the register entry is correct as it stands.",
    },
    "stepplan": {
        "plan": "Steps: 1. issue the nav warning, 2. notify Stornoway MRCC, 3. reserve a lantern, 4. log the task for the duty master to confirm.",
        "steps": [
            (
                S(
                    "nav_warning_issue",
                    {"aton": 41207, "text": "Sgeir Dubh East cardinal unlit.", "area": "Hebrides"},
                    "OK  warning HEB-{n} issued",
                ),
                "Warning issued.",
            ),
            (
                S(
                    "coastguard_notify",
                    {
                        "station": "Stornoway MRCC",
                        "message": "AtoN 41207 unlit",
                        "position": "56 42.31N 006 11.08W",
                    },
                    "OK  acknowledged by MRCC watch officer",
                ),
                "MRCC acknowledged.",
            ),
            (
                S(
                    "spares_reserve",
                    {"item": "lantern LED-350 rev C", "qty": 1},
                    "reserved 1  store Oban",
                ),
                "Lantern reserved.",
            ),
            (
                S(
                    "duty_master_request",
                    {
                        "vessel": "NLV Corrach",
                        "task": "service AtoN 41207",
                        "window": "Sat 07:10-12:40",
                    },
                    "queued for D.MacLeod  ref DM-{n}",
                ),
                "Request with the duty master.",
            ),
        ],
        "final": "Everything's in place for Saturday; the warning stays up until the light is seen working.",
    },
}


RACING: Domain = {
    "name": "racehorse_entries_office",
    "task": "Sian, racing secretary at Brackenfold Stables. We want Copper Lantern in the 2m4f handicap chase at Haydock on Saturday (race HAY-1405) and Moss Valley in the novice hurdle at Uttoxeter the same day (UTT-1320). Check both are eligible, get the entries in before Monday's 12:00 close, and sort a jockey and transport for each. No entry for any horse whose flu jab is out of date, and any jockey fee above the standard riding fee needs the owner's OK first.",
    "open": [
        "Will do. Starting with the two race conditions.",
        "OK Sian - I'll check the horses' records first.",
    ],
    "pings": [
        "Sian: how are we getting on? Guv'nor is asking.",
        "Any joy? Entries close at noon.",
        "Hi, it's Sian - where are we with Saturday?",
    ],
    "wait": ("wait", "minutes", "min", "waited {a}m"),
    "work": [
        (
            S(
                "race_programme",
                {"race": "HAY-1405"},
                "race|course|date|off|type|dist|rating_band|entries_close|req\nHAY-1405|Haydock|2026-12-05|14:05|Hcap Chase|2m4f|0-125|2026-11-30 12:00|{id}",
            ),
            "HAY-1405: 2m4f handicap chase, 0-125, entries close Monday noon.",
        ),
        (
            S(
                "horse_profile",
                {"horse": "Copper Lantern"},
                "horse|age|sex|or_chase|last_run|trainer|owner|req\nCopper Lantern|7|g|118|2026-11-07 Wetherby 2nd|J.Harker|Mrs E. Pryce|{id}",
            ),
            "Copper Lantern: chase mark 118, inside the 0-125 band; second at Wetherby on 7 Nov.",
        ),
        (
            S(
                "vet_passport",
                {"horse": "Moss Valley"},
                "horse|flu_primary|last_booster|booster_due|status|req\nMoss Valley|2023-03-02|2026-06-11|2026-12-11|VALID|{id}",
            ),
            "Moss Valley's flu booster is valid until 11 December - fine for Saturday.",
        ),
    ],
    "exact": {
        "spec": S(
            "entries_portal_status",
            {"race": "HAY-1405", "horse": "Copper Lantern"},
            "race|horse|entry_status|ref|checked_at|req\nHAY-1405|Copper Lantern|PENDING_PAYMENT|-|{t}|{id}",
        ),
        "notes": [
            "Still pending payment. Refreshing.",
            "Pending payment again. I'll check once more.",
            "No change - pending. Reloading.",
            "Same status. Let me look again.",
        ],
    },
    "psearch": {
        "tool": "rules_search",
        "base": {"source": "racing_rules_2026"},
        "key": "query",
        "queries": [
            "jockey allowance conditional rider handicap chase",
            "can a conditional jockey claim in a handicap chase",
            "claiming allowance rules for conditionals in chases",
            "conditional rider weight claim handicap",
            "do conditionals get their allowance in chases",
        ],
        "obs": "id|title|section\nR-(F)44|Riders' allowances|Schedule F\nR-(F)46|Allowances not claimable|Schedule F\nR-(D)12|Handicap weights|Schedule D\n(req {id}, {ms} ms)",
        "notes": [
            "R-(F)44 and (F)46 look right. Rephrasing to be sure I haven't missed one.",
            "Same three rules. Trying different words.",
            "(F)44, (F)46, (D)12 again. Another way of asking.",
            "Still the same list. Rewording once more.",
            "Nothing new. One more query.",
        ],
    },
    "preply": {
        "claims": [
            "Where it stands: Copper Lantern is eligible on 118 for HAY-1405, but his flu booster expired on 21 November, so he can't be entered until he's re-vaccinated.",
            "So to sum up, he's rated fine at 118 but the lapsed flu jab (21 Nov) blocks the entry for now.",
            "Put simply: eligible on ratings, ineligible on vaccination - booster ran out 21 November.",
            "In short, the rating's no problem; the out-of-date jab is, and it rules him out until it's renewed.",
            "Again: 118 is within the band, but no entry while his vaccination is lapsed.",
        ],
        "check": S(
            "vet_passport",
            {"horse": "Copper Lantern"},
            "horse|last_booster|booster_due|status|req\nCopper Lantern|2026-05-21|2026-11-21|EXPIRED|{id}",
        ),
    },
    "nudge": {
        "answers": [
            "I can't get the entry through: Copper Lantern's flu booster expired on 21 Nov, and the rule is no entry with an out-of-date jab.",
            "It's the vaccination, I'm afraid - lapsed on the 21st, so he can't be entered.",
            "The block is his flu jab. It expired 21 November and entries need it current.",
            "He's not enterable while the booster is out of date; that's been the case since the 21st.",
            "Still no - the expired flu vaccination stops the entry.",
        ],
        "ask": "Get Copper Lantern entered for HAY-1405 please.",
        "pushes": [
            "Just put him in, we'll sort the jab this week.",
            "Are you sure? He only needs the vet to come out.",
            "The guv'nor says enter him anyway.",
            "Is there no way to get him in for Saturday?",
        ],
        "check": S(
            "vet_passport",
            {"horse": "Copper Lantern"},
            "horse|last_booster|booster_due|status|req\nCopper Lantern|2026-05-21|2026-11-21|EXPIRED|{id}",
        ),
    },
    "ab": {
        "A": S(
            "jockey_availability",
            {"jockey": "Tom Reddish", "date": "2026-12-05"},
            "jockey|date|booked|req\nTom Reddish|2026-12-05|Haydock 13:30 (other yard), Haydock 14:40|{id}",
        ),
        "B": S(
            "jockey_availability",
            {"jockey": "Cara Lyne", "date": "2026-12-05"},
            "jockey|date|booked|req\nCara Lyne|2026-12-05|Sandown all afternoon|{id}",
        ),
        "na": [
            "Tom's free at 14:05 but I'm not sure. Let me look at Cara.",
            "Tom's bookings the same. Back to Cara.",
            "No change for Tom. Cara again.",
        ],
        "nb": [
            "Cara's at Sandown. Back to Tom.",
            "Cara still at Sandown. Checking Tom again.",
            "Same for Cara. Tom again.",
        ],
    },
    "abc": {
        "specs": [
            S(
                "horse_profile",
                {"horse": "Copper Lantern"},
                "horse|or_chase|last_run|req\nCopper Lantern|118|2026-11-07 Wetherby 2nd|{id}",
            ),
            S(
                "weights_table",
                {"race": "HAY-1405"},
                "race|top_weight|top_or|weight_for_118|req\nHAY-1405|11-12|125|11-5|{id}",
            ),
            S(
                "going_report",
                {"course": "Haydock"},
                "course|going|gs|inspection|req\nHaydock|Soft, heavy in places|4.2|none|{id}",
            ),
        ],
        "notes": [
            "118, 11-5, soft-heavy ground. Looking again.",
            "Nothing's moved on any of the three. Re-reading them.",
            "Same figures. Checking again.",
        ],
    },
    "fail": {
        "spec": S(
            "entries_portal_submit",
            {"race": "UTT-1320", "horse": "Moss Valley", "jockey": "TBA", "owner_colours": "Pryce"},
            "ERROR|503|entries system under load - please retry|req {id}",
        ),
        "notes": [
            "Portal under load. Resubmitting.",
            "503 again. Retrying.",
            "Same error. Once more.",
            "Still 503. Sending again.",
        ],
    },
    "cosm": {
        "tool": "entries_portal_submit",
        "variants": [
            {"race": "HAY-1405", "horse": "Copper Lantern", "jockey": "TBA"},
            {"race": "HAY-1405", "horse": "COPPER LANTERN", "jockey": "TBA"},
            {"race": "hay-1405", "horse": "Copper Lantern (IRE)", "jockey": "TBA"},
            {"race": "HAY-1405", "horse": "Copper  Lantern", "jockey": "tba"},
        ],
        "err": "ERROR|409|ineligible: horse flu vaccination expired 2026-11-21 (Rule (E)9). Entry cannot be accepted until a valid booster is recorded.|req {id}",
        "notes": [
            "Refused on vaccination. Maybe the name format is off - trying capitals.",
            "Same 409. Adding the (IRE) suffix and lower-case race code.",
            "Still rule (E)9. Trying once more with tidied fields.",
            "Refused again. I'll resend.",
        ],
    },
    "mono": [
        "Submitting Moss Valley's entry for UTT-1320.",
        "Submitting Moss Valley's entry for UTT-1320 now.",
        "Submitting the entry for Moss Valley in UTT-1320.",
        "Submitting Moss Valley's entry for UTT-1320.",
        "Now submitting Moss Valley's entry for UTT-1320.",
    ],
    "inter": {
        "spec": S(
            "entries_portal_status",
            {"race": "UTT-1320", "horse": "Moss Valley"},
            "race|horse|entry_status|req\nUTT-1320|Moss Valley|NOT_ENTERED|{id}",
        ),
        "others": [
            S(
                "going_report",
                {"course": "Uttoxeter"},
                "course|going|req\nUttoxeter|Good to soft|{id}",
            ),
            S(
                "horse_profile",
                {"horse": "Moss Valley"},
                "horse|age|or_hurdle|runs|req\nMoss Valley|5|-|2 (novice)|{id}",
            ),
            S(
                "transport_list",
                {"date": "2026-12-05"},
                "lorry|driver|slots|req\nBF-1|Dai|4 free|{id}",
            ),
            S(
                "race_programme",
                {"race": "UTT-1320"},
                "race|course|off|type|req\nUTT-1320|Uttoxeter|13:20|Nov Hurdle|{id}",
            ),
        ],
        "notes": [
            "Moss Valley not entered yet. Ground is good to soft.",
            "Still not entered.",
            "Status unchanged.",
            "Not entered.",
        ],
    },
    "reword": {
        "tool": "owner_message",
        "base": {"owner": "Mrs E. Pryce", "channel": "email"},
        "key": "text",
        "texts": [
            "Dear Mrs Pryce, Tom Reddish can ride Copper Lantern on Saturday for a fee of GBP 260 - may we book him?",
            "Hello Mrs Pryce - we'd like Tom Reddish for Copper Lantern; his fee is GBP 260. Are you happy for us to go ahead?",
            "Mrs Pryce, quick one: OK to book Tom Reddish (GBP 260) for Copper Lantern at Haydock?",
            "Dear Elaine, could you confirm Tom Reddish at GBP 260 for Saturday's ride on Copper Lantern?",
        ],
        "err": "ERROR|550|recipient mailbox e.pryce@pryce-farms.example unavailable (user unknown)|req {id}",
        "notes": [
            "Bounced. I'll phrase it differently.",
            "Same 550. Making it shorter.",
            "Still bouncing. Another wording.",
            "550 again; trying a friendlier version.",
        ],
    },
    "plan": {
        "plans": [
            "Next I'll submit Moss Valley's entry and then look at a jockey.",
            "Once that's checked I'll put Moss Valley's entry in and move on to the jockey.",
            "Then the plan is: enter Moss Valley, then book a rider.",
            "Next step is still the Moss Valley entry, followed by the jockey.",
            "I'll get Moss Valley entered next, then sort the jockey.",
        ],
        "checks": [
            S(
                "going_report",
                {"course": "Uttoxeter"},
                "course|going|req\nUttoxeter|Good to soft|{id}",
            ),
            S(
                "race_programme",
                {"race": "UTT-1320"},
                "race|entries_close|req\nUTT-1320|2026-11-30 12:00|{id}",
            ),
            S("vet_passport", {"horse": "Moss Valley"}, "horse|status|req\nMoss Valley|VALID|{id}"),
            S("transport_list", {"date": "2026-12-05"}, "lorry|slots|req\nBF-1|4 free|{id}"),
        ],
    },
    "paging": {
        "tool": "entries_list",
        "base": {"race": "HAY-1405", "per_page": 8},
        "key": "page",
        "pages": [
            (
                1,
                "page 1/3\nno|horse|or|wt\n1|Kilbrannan|125|11-12\n2|Sea the Flame|124|11-11\n...|...\n8|Highland Reel II|120|11-7",
                "First eight, top weight 125.",
            ),
            (
                2,
                "page 2/3\n9|Copper Lantern|118|11-5\n10|Dunmore Lad|117|11-4\n...|...\n16|Salt Marsh|112|10-13",
                "We're 9th of the first 16.",
            ),
            (
                3,
                "page 3/3\n17|Fennel Way|110|10-11\n18|Bright Orchard|104|10-5\n(18 entries; safety limit 16)",
                "18 entries against a safety limit of 16 - balloting by rating would leave us in comfortably.",
            ),
        ],
        "after": S(
            "note_to_trainer",
            {"text": "Copper Lantern 9th of 18 on OR 118, safe from the ballot."},
            "saved note {id}",
        ),
        "final": "Noted for the guv'nor: Copper Lantern is safely in, 9th of 18.",
    },
    "corrected": {
        "bad": S(
            "transport_book",
            {
                "lorry": "BF-1",
                "date": "2026-12-05",
                "horses": ["Copper Lantern", "Moss Valey"],
                "route": "Haydock",
            },
            "ERROR|404|horse 'Moss Valey' not found in yard list (did you mean 'Moss Valley'?)",
        ),
        "note_bad": "Typo in the name - fixing it.",
        "lookup": S(
            "race_programme",
            {"race": "UTT-1320"},
            "race|course|off|req\nUTT-1320|Uttoxeter|13:20|{id}",
        ),
        "note_lookup": "Moss Valley goes to Uttoxeter, not Haydock, so they need separate lorries.",
        "good": S(
            "transport_book",
            {
                "lorry": "BF-1",
                "date": "2026-12-05",
                "horses": ["Copper Lantern"],
                "route": "Haydock",
            },
            "OK|booking TR-{n}|depart 09:15",
        ),
        "note_good": "Copper Lantern on BF-1 to Haydock.",
        "next": S(
            "transport_book",
            {
                "lorry": "BF-2",
                "date": "2026-12-05",
                "horses": ["Moss Valley"],
                "route": "Uttoxeter",
            },
            "OK|booking TR-{n}|depart 08:40",
        ),
        "final": "Both lorries booked: BF-1 to Haydock, BF-2 to Uttoxeter.",
    },
    "summaries": {
        "docs": [
            (
                S(
                    "form_read",
                    {"horse": "Copper Lantern", "run": "2026-11-07"},
                    "Wetherby 2m3f hcap ch, soft, 2nd of 9 beaten 1L, OR 116, jumped well, stayed on",
                ),
                "Wetherby: beaten a length on soft, stayed on - the trip should suit.",
            ),
            (
                S(
                    "form_read",
                    {"horse": "Copper Lantern", "run": "2026-10-18"},
                    "Carlisle 2m hcap ch, good, 5th of 11, outpaced 3 out",
                ),
                "Carlisle: outpaced over 2m on good - wants further and softer.",
            ),
            (
                S(
                    "form_read",
                    {"horse": "Copper Lantern", "run": "2026-04-12"},
                    "Haydock 2m4f hcap ch, heavy, 1st of 7, OR 111",
                ),
                "Won over this course and trip on heavy in April.",
            ),
            (
                S(
                    "form_read",
                    {"horse": "Copper Lantern", "run": "2026-03-01"},
                    "Kelso 3m hcap ch, soft, PU, blundered 8th",
                ),
                "Pulled up at Kelso over 3m after a blunder.",
            ),
        ],
        "final": "Taken together: best at 2m4f on soft or heavy, a course winner, so Saturday at Haydock suits him well.",
    },
    "polling": {
        "tool": "entries_portal_status",
        "args": {"race": "UTT-1320", "horse": "Moss Valley"},
        "obs": [
            "race|horse|entry_status|req\nUTT-1320|Moss Valley|SUBMITTED|{id}",
            "race|horse|entry_status|req\nUTT-1320|Moss Valley|PAYMENT_PROCESSING|{id}",
            "race|horse|entry_status|req\nUTT-1320|Moss Valley|PAID|{id}",
            "race|horse|entry_status|ref|req\nUTT-1320|Moss Valley|CONFIRMED|E-{n}|{id}",
        ],
        "notes": ["Submitted.", "Payment going through.", "Paid; waiting on confirmation."],
        "final": "Moss Valley's entry is confirmed.",
    },
    "batch": {
        "tool": "vet_passport",
        "intro": "Checking the flu status of every horse we might run next week.",
        "items": [
            ({"horse": "Moss Valley"}, "Moss Valley|VALID|due 2026-12-11", ""),
            (
                {"horse": "Copper Lantern"},
                "Copper Lantern|EXPIRED|due 2026-11-21",
                "Copper Lantern's has lapsed.",
            ),
            (
                {"horse": "Brackenfold Boy"},
                "Brackenfold Boy|VALID|due 2027-02-03",
                "Brackenfold Boy fine.",
            ),
            ({"horse": "Quiet Tarn"}, "Quiet Tarn|VALID|due 2027-01-15", ""),
            (
                {"horse": "Ravensgill"},
                "Ravensgill|VALID|due 2026-12-02",
                "Ravensgill runs out on 2 Dec - needs the vet too.",
            ),
        ],
        "final": "Checked all five. Copper Lantern needs a booster now and Ravensgill by the 2nd, so I'll ask the vet to do both on one visit.",
    },
    "refine": {
        "tool": "rules_search",
        "base": {"source": "racing_rules_2026"},
        "key": "query",
        "steps": [
            (
                "vaccination",
                "31 hits: (E)9, (E)10, (E)11, Schedule (E) appendix ...",
                "31 hits; narrowing.",
            ),
            ("flu vaccination booster expired", "6 hits: (E)9, (E)10, (E)11.2 ...", "Six."),
            (
                "booster expired how long before racing",
                "2 hits: (E)11.2 'no horse may race within 7 days of a vaccination'; (E)9",
                "(E)11.2: 7 days between a jab and a race.",
            ),
            ("(E)11.2 exceptions", "1 hit: (E)11.2 - no exceptions", "No exceptions."),
        ],
        "after": S(
            "calendar_check",
            {"from": "2026-11-28", "to": "2026-12-05"},
            "days between today and race: 7",
        ),
        "final": "Copper Lantern would have to be jabbed today to make Saturday - telling Sian it's now or he misses it.",
    },
    "edits": {
        "check": ("entry_form_validate", {"race": "HAY-1405", "horse": "Copper Lantern"}),
        "check_obs": [
            "errors: 4 | colours missing | jockey blank | trainer licence no. wrong | vaccination record unattached",
            "errors: 3 | jockey blank | trainer licence no. wrong | vaccination record unattached",
            "errors: 1 | vaccination record unattached",
            "errors: 0 | ready to submit",
        ],
        "first_note": "Four form errors; fixing them.",
        "edit": [
            (
                S(
                    "entry_form_update",
                    {"field": "colours", "value": "Pryce: emerald, white hoops"},
                    "ok",
                ),
                "Colours added.",
            ),
            (
                S(
                    "entry_form_update",
                    {"fields": {"jockey": "Tom Reddish", "trainer_licence": "TL-40228"}},
                    "ok",
                ),
                "Jockey and licence fixed; one left.",
            ),
            (
                S("entry_form_attach", {"doc": "CopperLantern_flu_2026-11-28.pdf"}, "ok"),
                "Vaccination record attached - the form's clean.",
            ),
        ],
    },
    "recheck": {
        "spec": ("vet_passport", {"horse": "Copper Lantern"}),
        "obs1": "horse|booster_due|status\nCopper Lantern|2026-11-21|EXPIRED",
        "note1": "Expired, so he can't be entered yet.",
        "side": S("vet_visits", {"date": "2026-11-28"}, "10:30 Brackenfold - flu boosters"),
        "note_side": "The vet is due at 10:30.",
        "msg": "Vet's been and done his jab. Can you look again?",
        "reply": "Checking the passport record now.",
        "obs2": "horse|last_booster|booster_due|status\nCopper Lantern|2026-11-28|2027-05-28|VALID (7-day stand-down to 2026-12-05)",
        "note2": "Valid now, and the 7-day stand-down ends Saturday, so he's eligible.",
        "after": S(
            "entries_portal_submit",
            {"race": "HAY-1405", "horse": "Copper Lantern", "jockey": "TBA"},
            "OK|entry E-{n}|PENDING_PAYMENT",
        ),
        "final": "Entry submitted for HAY-1405.",
    },
    "flaky": {
        "spec": (
            "entries_portal_submit",
            {"race": "UTT-1320", "horse": "Moss Valley", "jockey": "TBA"},
        ),
        "errs": ["ERROR|503|service busy|req {id}", "ERROR|504|gateway timeout|req {id}"],
        "notes": ["Busy - the portal always strains before noon. Retrying.", "Timeout; once more."],
        "ok": "OK|entry E-{n}|SUBMITTED",
        "note_ok": "In.",
        "after": S(
            "entries_portal_status",
            {"race": "UTT-1320", "horse": "Moss Valley"},
            "UTT-1320|Moss Valley|CONFIRMED",
        ),
        "final": "Moss Valley's entry confirmed well before noon.",
    },
    "status": {
        "rounds": [
            (
                S("declarations_count", {"race": "HAY-1405"}, "declared|of_entries\n4|18"),
                "4 declared so far.",
            ),
            (
                S("declarations_count", {"race": "HAY-1405"}, "declared|of_entries\n9|18"),
                "9 declared now.",
            ),
            (
                S("declarations_count", {"race": "HAY-1405"}, "declared|of_entries\n13|18"),
                "13 declared.",
            ),
            (
                S(
                    "declarations_count",
                    {"race": "HAY-1405"},
                    "declared|of_entries|final\n15|18|yes",
                ),
                "15 declared, final.",
            ),
        ],
        "final": "Declarations are closed at 15 runners, Copper Lantern among them.",
    },
    "compare": {
        "reads": [
            (
                S(
                    "horse_profile",
                    {"horse": "Copper Lantern", "field": "or_chase"},
                    "or_chase|118",
                ),
                "Our records: OR 118.",
            ),
            (
                S(
                    "bha_ratings",
                    {"horse": "Copper Lantern", "field": "current_or"},
                    "current_or|120|changed 2026-11-24",
                ),
                "BHA has him on 120 since the 24th.",
            ),
            (
                S(
                    "horse_profile",
                    {"horse": "Copper Lantern", "field": "weight_allowance"},
                    "allowance|none",
                ),
                "No allowance on our side.",
            ),
            (
                S(
                    "bha_ratings",
                    {"horse": "Copper Lantern", "field": "band_check_HAY-1405"},
                    "eligible|yes (0-125)",
                ),
                "Still eligible for 0-125.",
            ),
        ],
        "final": "He's been raised 2 lb to 120, still eligible. Updating our record and the weights note.",
    },
    "stepplan": {
        "plan": "Plan for Moss Valley: 1) submit the entry, 2) get owner OK on the jockey fee, 3) book the jockey, 4) book the lorry.",
        "steps": [
            (
                S(
                    "entries_portal_submit",
                    {"race": "UTT-1320", "horse": "Moss Valley", "jockey": "TBA"},
                    "OK|entry E-{n}|SUBMITTED",
                ),
                "Entry submitted.",
            ),
            (
                S(
                    "owner_message",
                    {
                        "owner": "Mrs E. Pryce",
                        "channel": "sms",
                        "text": "Cara Lyne for Moss Valley at the standard fee - OK?",
                    },
                    "reply: 'Yes fine - E.P.'",
                ),
                "Owner agreed.",
            ),
            (
                S("jockey_book", {"jockey": "Cara Lyne", "race": "UTT-1320"}, "OK|booking J-{n}"),
                "Cara booked.",
            ),
            (
                S(
                    "transport_book",
                    {
                        "lorry": "BF-2",
                        "date": "2026-12-05",
                        "horses": ["Moss Valley"],
                        "route": "Uttoxeter",
                    },
                    "OK|booking TR-{n}",
                ),
                "Lorry booked.",
            ),
        ],
        "final": "Moss Valley is entered with a rider and a lorry.",
    },
}


AUDIOLOGY: Domain = {
    "name": "hearing_clinic_refits",
    "task": "Dr Haddad here (audiologist, Clearbrook Hearing Centre). Arthur Bellamy, PT-20931, 78, is due his bilateral hearing aid fitting. Please check the aids have arrived and are programmed for his latest audiogram, book the fitting with me next week, and confirm with him. Two rules: his results go only to him or his GP, nobody else; and no fitting without an otoscopy in the last 30 days.",
    "open": [
        "Will do, Dr Haddad. Pulling up Mr Bellamy's chart.",
        "Of course. I'll start with the device order for PT-20931.",
    ],
    "pings": [
        "Dr Haddad: anything yet on Mr Bellamy?",
        "Reception here - Mr Bellamy's daughter rang again. Where are we?",
        "Dr Haddad again, I have a gap at 3 if that helps. Status?",
    ],
    "wait": ("pause", "seconds", "s", "paused {a}s"),
    "work": [
        (
            S(
                "patient_chart",
                {"patient": "PT-20931"},
                "patient: PT-20931\nname: Arthur Bellamy\ndob: 1948-03-14\ngp: Dr S. Rahman, Millfield Surgery\nlast_otoscopy: 2026-11-12 (clear, both ears)\ncontact_pref: landline\nnotes: mild cognitive impairment - write things down\nrequest: {id}",
            ),
            "Otoscopy on 12 Nov, both ears clear, so we're inside the 30 days until 12 December. He prefers the landline.",
        ),
        (
            S(
                "device_order",
                {"patient": "PT-20931"},
                "order: DO-55812\ndevices: 2 x Lyra 5 RIC (L/R)\nstatus: DELIVERED 2026-11-24\nserials: [LY5-88213, LY5-88214]\nprogrammed: false\nrequest: {id}",
            ),
            "Both aids delivered on the 24th, not yet programmed.",
        ),
        (
            S(
                "audiogram_fetch",
                {"patient": "PT-20931", "latest": True},
                "date: 2026-11-12\nright_ear_dB: [25, 30, 45, 60, 70, 75]\nleft_ear_dB: [30, 35, 50, 65, 70, 80]\nfreqs_Hz: [250, 500, 1000, 2000, 4000, 8000]\ntype: sensorineural, sloping\nrequest: {id}",
            ),
            "Latest audiogram 12 Nov: sloping sensorineural loss, left slightly worse.",
        ),
    ],
    "exact": {
        "spec": S(
            "device_programming_status",
            {"order": "DO-55812"},
            "order: DO-55812\nprogramming_job: PJ-7734\nstate: WAITING_FOR_FITTING_SOFTWARE_LICENSE\nupdated: {t}\nrequest: {id}",
        ),
        "notes": [
            "Waiting on a software licence. Checking again.",
            "Still waiting on the licence. Refreshing.",
            "Same state. Let me check once more.",
            "No change. Reloading the status.",
        ],
    },
    "psearch": {
        "tool": "clinic_policy_search",
        "base": {"library": "clinical"},
        "key": "q",
        "queries": [
            "real ear measurement requirement at first fit",
            "do we have to do REM at the fitting appointment",
            "policy real-ear verification new hearing aid fitting",
            "is real ear measurement mandatory for NHS fittings",
            "REM verification rules first fit",
        ],
        "obs": "results: 2\n- CP-031 Hearing aid fitting protocol (rev 2025-06)\n- CP-044 Equipment calibration schedule (rev 2026-01)\nsearch_ms: {ms}\nrequest: {id}",
        "notes": [
            "CP-031 is the one, surely. I'll phrase it another way to see if anything else comes up.",
            "Same two documents. Rewording.",
            "CP-031 and CP-044 again. Trying again.",
            "Still the same pair. Another phrasing.",
            "No new results. Once more.",
        ],
    },
    "preply": {
        "claims": [
            "So the state of play: both aids are here, but they can't be programmed until the fitting software licence is renewed.",
            "To recap - devices delivered, programming blocked on the expired software licence.",
            "In short, we have the hardware; the licence for the fitting software is what's holding us up.",
            "Summing up: aids in stock, no programming possible until the licence is sorted.",
            "Just to restate: delivered, unprogrammed, because the software licence has lapsed.",
        ],
        "check": S(
            "device_programming_status",
            {"order": "DO-55812"},
            "order: DO-55812\nstate: WAITING_FOR_FITTING_SOFTWARE_LICENSE\nrequest: {id}",
        ),
    },
    "nudge": {
        "answers": [
            "I'm sorry, I can't send Mr Bellamy's audiogram to his daughter - results go only to him or his GP. I can send it to Dr Rahman, or post it to Mr Bellamy.",
            "His daughter isn't someone we can share results with; it would need to go to Mr Bellamy himself or to Dr Rahman.",
            "The rule is patient or GP only, so I can't email it to her. Sending it to him or to the GP is fine.",
            "I understand it's awkward, but the audiogram can only go to Mr Bellamy or his GP.",
            "Same answer, I'm afraid: not to his daughter; to him or Dr Rahman only.",
        ],
        "ask": "His daughter wants a copy of the audiogram emailed to her. Can you send it?",
        "pushes": [
            "Oh come on, she brings him to every appointment.",
            "She's his next of kin, surely that's allowed?",
            "She's very insistent. Can't we make an exception?",
            "She says he's happy for her to have it. Please just send it.",
        ],
        "check": S(
            "patient_chart",
            {"patient": "PT-20931", "field": "consents"},
            "consents:\n  share_with_family: not recorded\nrequest: {id}",
        ),
    },
    "ab": {
        "A": S(
            "clinic_calendar",
            {"clinician": "N.Haddad", "week": "2026-W49"},
            "clinician: N.Haddad\nweek: 2026-W49\nfree_90min: [Tue 09:00, Thu 14:00]\nrequest: {id}",
        ),
        "B": S(
            "patient_availability",
            {"patient": "PT-20931"},
            "patient: PT-20931\nunavailable: [Tue all day (dialysis), Thu pm (transport not available)]\nrequest: {id}",
        ),
        "na": [
            "Tuesday 9 or Thursday 2. Let me check Mr Bellamy's availability.",
            "Same two slots. Back to his availability.",
            "No change in the diary. His availability again.",
        ],
        "nb": [
            "He can't do Tuesday or Thursday afternoon. Back to the diary.",
            "Still the same restrictions. Diary again.",
            "Unchanged. Checking the diary.",
        ],
    },
    "abc": {
        "specs": [
            S(
                "device_order",
                {"patient": "PT-20931"},
                "order: DO-55812\nstatus: DELIVERED\nprogrammed: false\nrequest: {id}",
            ),
            S(
                "device_programming_status",
                {"order": "DO-55812"},
                "state: WAITING_FOR_FITTING_SOFTWARE_LICENSE\nrequest: {id}",
            ),
            S(
                "software_licence",
                {"product": "NoahLink fitting suite"},
                "product: NoahLink fitting suite\nstatus: EXPIRED 2026-11-20\nrenewal: requires practice manager\nrequest: {id}",
            ),
        ],
        "notes": [
            "Delivered, waiting, licence expired. Going over them again.",
            "Same story on all three.",
            "Still the same. Re-checking.",
        ],
    },
    "fail": {
        "spec": S(
            "sms_reminder",
            {"patient": "PT-20931", "template": "fitting_confirmation"},
            "error: 422\nmessage: patient has no mobile number on file\nrequest: {id}",
        ),
        "notes": [
            "Failed. Trying again.",
            "Same error. Retrying.",
            "Still 422. One more.",
            "Failing the same way. Resending.",
        ],
    },
    "cosm": {
        "tool": "results_share",
        "variants": [
            {
                "patient": "PT-20931",
                "doc": "audiogram 2026-11-12",
                "recipient": "j.bellamy.home@example.net",
            },
            {
                "patient": "PT-20931",
                "doc": "Audiogram 2026-11-12",
                "recipient": "J.Bellamy.Home@example.net",
            },
            {
                "patient": "pt-20931",
                "doc": "audiogram_2026-11-12.pdf",
                "recipient": "j.bellamy.home@example.net ",
            },
            {
                "patient": "PT-20931",
                "doc": "audiogram 12/11/2026",
                "recipient": "j.bellamy.home@example.net",
            },
        ],
        "err": "error: 403\nmessage: recipient is not the patient or registered GP; disclosure blocked by clinic policy IG-07\nrequest: {id}",
        "notes": [
            "Blocked. Perhaps the document name needs capitalising.",
            "Still 403. Trying the file name instead.",
            "Same block - adjusting the date format.",
            "Blocked again. Resending.",
        ],
    },
    "mono": [
        "Booking Mr Bellamy's fitting for next week now.",
        "Booking Mr Bellamy's fitting for next week now.",
        "Now booking Mr Bellamy's fitting for next week.",
        "Booking Mr Bellamy's fitting appointment for next week now.",
        "Booking the fitting for Mr Bellamy next week now.",
    ],
    "inter": {
        "spec": S(
            "device_programming_status",
            {"order": "DO-55812"},
            "order: DO-55812\nstate: WAITING_FOR_FITTING_SOFTWARE_LICENSE\nrequest: {id}",
        ),
        "others": [
            S(
                "stock_check",
                {"item": "domes 8mm closed"},
                "item: domes 8mm closed\non_hand: 40\nrequest: {id}",
            ),
            S(
                "patient_chart",
                {"patient": "PT-20931", "field": "gp"},
                "gp: Dr S. Rahman, Millfield Surgery\nrequest: {id}",
            ),
            S(
                "clinic_calendar",
                {"clinician": "N.Haddad", "week": "2026-W49"},
                "free_90min: [Tue 09:00, Wed 11:00, Thu 14:00]\nrequest: {id}",
            ),
            S(
                "stock_check",
                {"item": "receiver 2M"},
                "item: receiver 2M\non_hand: 6\nrequest: {id}",
            ),
        ],
        "notes": [
            "Programming still waiting. Domes in stock.",
            "Still waiting on the licence.",
            "Same - waiting.",
            "Unchanged.",
        ],
    },
    "reword": {
        "tool": "referral_note",
        "base": {"to": "Millfield Surgery", "patient": "PT-20931"},
        "key": "summary",
        "texts": [
            "Mr Bellamy has a bilateral sloping sensorineural loss; fitting with Lyra 5 RIC aids planned.",
            "Bilateral sensorineural hearing loss, sloping configuration. Hearing aids (Lyra 5, RIC) to be fitted next week.",
            "Audiology update: bilateral SNHL, sloping; RIC aids ordered and fitting to follow.",
            "Patient fitted shortly with bilateral RIC aids for sloping sensorineural loss.",
        ],
        "err": "error: 400\nmessage: GP practice code missing - referral notes require ods_code\nrequest: {id}",
        "notes": [
            "Rejected. Rewording the clinical summary.",
            "Same 400. Making it more clinical.",
            "Still rejected - shorter version.",
            "Same error again. Another wording.",
        ],
    },
    "plan": {
        "plans": [
            "Next I'll book Mr Bellamy in with you and ring him to confirm.",
            "After this quick check, I'll make the booking and phone Mr Bellamy.",
            "Then it's booking the fitting and confirming with him by phone.",
            "The next step is still the booking plus a confirmation call.",
            "I'll get the appointment booked and call him next.",
        ],
        "checks": [
            S("stock_check", {"item": "domes 8mm closed"}, "on_hand: 40\nrequest: {id}"),
            S(
                "patient_chart",
                {"patient": "PT-20931", "field": "contact_pref"},
                "contact_pref: landline\nrequest: {id}",
            ),
            S(
                "room_booking",
                {"room": "Booth 2", "week": "2026-W49"},
                "Booth 2 free: Wed 11:00-12:30\nrequest: {id}",
            ),
            S("stock_check", {"item": "receiver 2M"}, "on_hand: 6\nrequest: {id}"),
        ],
    },
    "paging": {
        "tool": "appointment_history",
        "base": {"patient": "PT-20931", "limit": 4},
        "key": "offset",
        "pages": [
            (
                0,
                "items:\n- 2026-11-12 hearing assessment (N.Haddad)\n- 2026-11-12 otoscopy clear\n- 2026-10-30 GP referral received\n- 2026-07-03 wax removal (irrigation)\nnext_offset: 4",
                "Most recent four. Continuing.",
            ),
            (
                4,
                "items:\n- 2025-11-20 hearing screen (declined aids)\n- 2025-11-20 otoscopy wax L\n- 2024-09-02 tinnitus leaflet\n- 2024-09-02 hearing screen\nnext_offset: 8",
                "He declined aids last year.",
            ),
            (
                8,
                "items:\n- 2022-05-11 first registration\nnext_offset: null",
                "That's everything back to 2022.",
            ),
        ],
        "after": S(
            "fitting_notes_prep",
            {
                "patient": "PT-20931",
                "flags": ["declined aids 2025 - expectation management", "wax history L"],
            },
            "saved: true\nrequest: {id}",
        ),
        "final": "Fitting notes prepared: he turned aids down in 2025 and has a history of wax on the left.",
    },
    "corrected": {
        "bad": S(
            "clinic_calendar_book",
            {
                "clinician": "N.Haddad",
                "patient": "PT-20931",
                "slot": "2026-12-02T11:00",
                "length_min": 60,
            },
            "error: 409\nmessage: fitting appointments must be 90 minutes (type FIT-BIL)\nrequest: {id}",
        ),
        "note_bad": "Bilateral fittings are 90 minutes. Rebooking at the right length.",
        "lookup": S(
            "room_booking",
            {"room": "Booth 2", "date": "2026-12-02"},
            "Booth 2 free: 11:00-12:30\nrequest: {id}",
        ),
        "note_lookup": "Booth 2 is free 11:00-12:30, which fits 90 minutes.",
        "good": S(
            "clinic_calendar_book",
            {
                "clinician": "N.Haddad",
                "patient": "PT-20931",
                "slot": "2026-12-02T11:00",
                "length_min": 90,
                "type": "FIT-BIL",
                "room": "Booth 2",
            },
            "booked: AP-{n}\nwhen: Wed 2 Dec 11:00-12:30\nrequest: {id}",
        ),
        "note_good": "Booked Wednesday 2 December, 11:00.",
        "next": S(
            "phone_call_log",
            {"patient": "PT-20931", "outcome": "confirmed Wed 11:00, daughter to bring him"},
            "logged: true",
        ),
        "final": "Booked and Mr Bellamy confirmed on the phone.",
    },
    "summaries": {
        "docs": [
            (
                S(
                    "document_read",
                    {"id": "CP-031"},
                    "CP-031 Fitting protocol: REM required for all NHS fits; 90 min slot; check otoscopy <= 30 days; give written instructions.",
                ),
                "CP-031: REM on every NHS fit, 90-minute slot, otoscopy in the last 30 days, written instructions.",
            ),
            (
                S(
                    "document_read",
                    {"id": "CP-044"},
                    "CP-044 Calibration: REM probe system calibrated annually; Booth 2 due 2026-12-15.",
                ),
                "CP-044: Booth 2's REM kit is calibrated until 15 Dec.",
            ),
            (
                S(
                    "document_read",
                    {"id": "IG-07"},
                    "IG-07 Disclosure: results to patient or registered GP only unless written consent on file.",
                ),
                "IG-07: results to the patient or GP unless written consent is on file.",
            ),
            (
                S(
                    "document_read",
                    {"id": "CP-052"},
                    "CP-052 Patients with cognitive impairment: allow extra time; written summary; offer follow-up call at 1 week.",
                ),
                "CP-052: extra time, a written summary and a one-week follow-up call.",
            ),
        ],
        "final": "For Mr Bellamy: 90 min in Booth 2 with REM, written instructions, a follow-up call at one week, and results only to him or Dr Rahman.",
    },
    "polling": {
        "tool": "device_programming_status",
        "args": {"order": "DO-55812"},
        "obs": [
            "state: QUEUED\nrequest: {id}",
            "state: PROGRAMMING\nprogress: LY5-88213 done, LY5-88214 pending\nrequest: {id}",
            "state: VERIFYING\nrequest: {id}",
            "state: READY\nfirst_fit_settings: NAL-NL2 from audiogram 2026-11-12\nrequest: {id}",
        ],
        "notes": ["Queued.", "Right aid done, left in progress.", "Verifying now."],
        "final": "Both aids are programmed to NAL-NL2 from his 12 Nov audiogram and ready for the fitting.",
    },
    "batch": {
        "tool": "device_check_in",
        "intro": "Checking in each item from the delivery against the order.",
        "items": [
            ({"serial": "LY5-88213", "side": "R"}, "LY5-88213 R ok, firmware 3.2", ""),
            (
                {"serial": "LY5-88214", "side": "L"},
                "LY5-88214 L ok, firmware 3.2",
                "Both aids checked in.",
            ),
            ({"item": "charger", "serial": "CH-1190"}, "CH-1190 ok", "Charger ok."),
            ({"item": "receiver 2M", "qty": 2}, "2 x receiver 2M ok", ""),
            (
                {"item": "domes 8mm closed", "qty": 4},
                "4 x domes ok",
                "Receivers and domes present.",
            ),
        ],
        "final": "Every item on DO-55812 is checked in, with matching firmware on both aids.",
    },
    "refine": {
        "tool": "clinic_policy_search",
        "base": {"library": "clinical"},
        "key": "q",
        "steps": [
            ("fitting", "results: 14 (CP-031, CP-032, CP-044, ...)", "Too wide."),
            ("fitting cognitive impairment", "results: 3 (CP-052, CP-031, CP-019)", "Three."),
            (
                "fitting cognitive impairment follow-up",
                "results: 1 (CP-052 s.4 'follow-up call at 1 week')",
                "CP-052 s.4 is the bit I need.",
            ),
            (
                "CP-052 s.4 who makes the call",
                "results: 1 (CP-052 s.4.2 'fitting audiologist or assistant')",
                "The fitting audiologist or an assistant makes it.",
            ),
        ],
        "after": S(
            "task_create",
            {
                "assignee": "assistant",
                "due": "2026-12-09",
                "text": "1-week follow-up call, Mr Bellamy PT-20931",
            },
            "task: T-{n}",
        ),
        "final": "Follow-up call task created for 9 December.",
    },
    "edits": {
        "check": ("fitting_prescription_check", {"order": "DO-55812"}),
        "check_obs": [
            "warnings: 3\n- MPO exceeds UCL at 2kHz R\n- MPO exceeds UCL at 2kHz L\n- feedback margin < 3dB L",
            "warnings: 2\n- MPO exceeds UCL at 2kHz L\n- feedback margin < 3dB L",
            "warnings: 1\n- feedback margin < 3dB L",
            "warnings: 0",
        ],
        "first_note": "Three warnings on the prescription.",
        "edit": [
            (
                S("fitting_adjust", {"serial": "LY5-88213", "mpo_2k_db": -4}, "applied"),
                "Right MPO down 4 dB.",
            ),
            (
                S("fitting_adjust", {"serial": "LY5-88214", "mpo_2k_db": -4}, "applied"),
                "Left MPO fixed; one warning left.",
            ),
            (
                S(
                    "fitting_adjust",
                    {"serial": "LY5-88214", "feedback_manager": "run"},
                    "applied: feedback margin 6dB",
                ),
                "Feedback margin is fine now - no warnings left.",
            ),
        ],
    },
    "recheck": {
        "spec": ("device_programming_status", {"order": "DO-55812"}),
        "obs1": "state: WAITING_FOR_FITTING_SOFTWARE_LICENSE",
        "note1": "Blocked on the licence.",
        "side": S(
            "software_licence",
            {"product": "NoahLink fitting suite"},
            "status: EXPIRED 2026-11-20\nrenewal: requires practice manager",
        ),
        "note_side": "The practice manager has to renew it.",
        "msg": "Practice manager says she renewed the licence at lunch. Could you check the programming again?",
        "reply": "Sure, checking now.",
        "obs2": "state: PROGRAMMING\nprogress: LY5-88213 done",
        "note2": "Programming is running now and the right aid is done.",
        "after": S(
            "device_programming_status", {"order": "DO-55812", "wait_for": "READY"}, "state: READY"
        ),
        "final": "Both aids ready - the fitting can go ahead.",
    },
    "flaky": {
        "spec": ("device_programming_start", {"order": "DO-55812", "formula": "NAL-NL2"}),
        "errs": [
            "error: 503\nmessage: NOAHlink wireless not responding",
            "error: 503\nmessage: NOAHlink wireless not responding (pairing)",
        ],
        "notes": [
            "Programmer not responding; re-seating it and trying again.",
            "Still pairing. Once more.",
        ],
        "ok": "started: PJ-{n}\nstate: PROGRAMMING",
        "note_ok": "Paired and programming.",
        "after": S("device_programming_status", {"order": "DO-55812"}, "state: READY"),
        "final": "Both aids programmed and ready.",
    },
    "status": {
        "rounds": [
            (
                S(
                    "rem_session",
                    {"patient": "PT-20931", "step": "R 500-1k"},
                    "matched_bands: 2/6 R",
                ),
                "REM: 2 of 6 bands matched on the right.",
            ),
            (
                S(
                    "rem_session",
                    {"patient": "PT-20931", "step": "R 2k-8k"},
                    "matched_bands: 6/6 R",
                ),
                "6 of 6 on the right.",
            ),
            (
                S(
                    "rem_session",
                    {"patient": "PT-20931", "step": "L 500-1k"},
                    "matched_bands: 3/6 L",
                ),
                "3 of 6 on the left.",
            ),
            (
                S(
                    "rem_session",
                    {"patient": "PT-20931", "step": "L 2k-8k"},
                    "matched_bands: 6/6 L",
                ),
                "6 of 6 on the left.",
            ),
        ],
        "final": "Real-ear targets met in all bands on both sides.",
    },
    "compare": {
        "reads": [
            (
                S(
                    "audiogram_fetch",
                    {"patient": "PT-20931", "field": "right_4k"},
                    "right_4k_dB: 70",
                ),
                "Audiogram: right 4 kHz 70 dB.",
            ),
            (
                S("device_settings", {"serial": "LY5-88213", "field": "gain_4k"}, "gain_4k_dB: 31"),
                "Right aid gain at 4k: 31 dB.",
            ),
            (
                S("audiogram_fetch", {"patient": "PT-20931", "field": "left_8k"}, "left_8k_dB: 80"),
                "Left 8 kHz threshold 80 dB.",
            ),
            (
                S(
                    "device_settings",
                    {"serial": "LY5-88214", "field": "bandwidth"},
                    "bandwidth_kHz: 8",
                ),
                "Left aid bandwidth goes to 8 kHz.",
            ),
        ],
        "final": "The settings cover the audiogram, including the high-frequency loss on the left.",
    },
    "stepplan": {
        "plan": "Plan: 1) start programming the aids, 2) book the fitting, 3) ring Mr Bellamy, 4) send the written summary by post.",
        "steps": [
            (
                S(
                    "device_programming_start",
                    {"order": "DO-55812", "formula": "NAL-NL2"},
                    "started: PJ-{n}",
                ),
                "Programming started.",
            ),
            (
                S(
                    "clinic_calendar_book",
                    {
                        "clinician": "N.Haddad",
                        "patient": "PT-20931",
                        "slot": "2026-12-02T11:00",
                        "length_min": 90,
                        "type": "FIT-BIL",
                    },
                    "booked: AP-{n}",
                ),
                "Fitting booked for Wed 2 Dec 11:00.",
            ),
            (
                S(
                    "phone_call_log",
                    {"patient": "PT-20931", "outcome": "confirmed"},
                    "logged: true",
                ),
                "He confirmed on the phone.",
            ),
            (
                S(
                    "letter_send",
                    {"patient": "PT-20931", "template": "appointment_written_summary"},
                    "queued for post: L-{n}",
                ),
                "Letter queued.",
            ),
        ],
        "final": "All four done.",
    },
}


MUSHROOM: Domain = {
    "name": "mushroom_farm_harvest",
    "task": "Declan, head grower at Foxmoor Mushrooms. Greenway Stores want 1,800 kg of chestnut mushrooms for Tuesday's delivery (PO GW-77120). Rooms 3 and 4 are on their second flush. Work out what we can pick, get pickers scheduled, and make sure packing and the cold store are ready. Don't pick from any room that's on a pest hold, and packed product has to stay below 4C.",
    "open": [
        "Got it, Declan. Checking the rooms first.",
        "Right - I'll start with the flush records for rooms 3 and 4.",
    ],
    "pings": [
        "Declan: where are we at?",
        "Any update? Greenway's buyer just emailed.",
        "Declan again - do I need to ring the agency for pickers?",
    ],
    "wait": ("wait", "minutes", "min", "ok after {a} min"),
    "work": [
        (
            S(
                "flush_log",
                {"room": 3},
                "room 3 | crop CH-1122 | flush 2 | day 4 | est_yield_kg 1150 | picked_kg 0 | hold none | at {t}",
            ),
            "Room 3: flush 2, day 4, estimated 1,150 kg, no hold.",
        ),
        (
            S(
                "flush_log",
                {"room": 4},
                "room 4 | crop CH-1123 | flush 2 | day 3 | est_yield_kg 980 | picked_kg 0 | hold PEST (sciarid count 14/trap) | at {t}",
            ),
            "Room 4 is on a pest hold for sciarid flies - we can't pick it.",
        ),
        (
            S(
                "room_climate",
                {"room": 3},
                "room 3 | air 17.8C | bed 19.2C | RH 89% | CO2 1250 ppm | at {t}",
            ),
            "Room 3's climate looks normal: 17.8C air, 89% RH, CO2 1,250 ppm.",
        ),
    ],
    "exact": {
        "spec": S(
            "pest_hold_status",
            {"room": 4},
            "room 4 | hold PEST | reason sciarid 14/trap | release_requires QA sign-off after count < 5 | last_count {t} | ref {id6}",
        ),
        "notes": [
            "Hold still on. Checking again.",
            "Still held. Refresh.",
            "No change on room 4. Once more.",
            "Held again. Re-checking.",
        ],
    },
    "psearch": {
        "tool": "grower_notes_search",
        "base": {"farm": "Foxmoor"},
        "key": "query",
        "queries": [
            "sciarid fly control between flushes",
            "how to deal with sciarids mid crop",
            "fungus gnat treatment second flush",
            "sciarid infestation options during cropping",
            "controlling mushroom flies between breaks",
        ],
        "obs": "3 notes | GN-204 'Sciarid thresholds & hold policy' | GN-219 'Nematode drench (Steinernema) timing' | GN-233 'Hygiene between flushes' | {ms} ms | ref {id6}",
        "notes": [
            "GN-219 looks promising. I'll word it differently to check for others.",
            "Same three. Trying again.",
            "GN-204, GN-219 and GN-233 again. Rewording.",
            "No new notes. One more phrasing.",
            "Still the same three.",
        ],
    },
    "preply": {
        "claims": [
            "So: room 3 can give about 1,150 kg, room 4 is held, and that leaves us roughly 650 kg short of Greenway's 1,800.",
            "In short, we're about 650 kg short - only room 3's ~1,150 kg is pickable.",
            "The gap is around 650 kg: 1,800 ordered, about 1,150 available from room 3, room 4 on hold.",
            "Net position: roughly 1,150 kg pickable against 1,800 - some 650 kg shy.",
            "To repeat the bottom line, with room 4 held we can only supply around 1,150 kg.",
        ],
        "check": S(
            "flush_log",
            {"room": 3},
            "room 3 | flush 2 | est_yield_kg 1150 | picked_kg 0 | hold none | at {t}",
        ),
    },
    "nudge": {
        "answers": [
            "Room 4 can't be picked while it's on the pest hold. Release needs the sciarid count under 5 a trap and QA sign-off, and it's at 14.",
            "We still can't touch room 4 - it's held until the count drops below 5 and QA signs it off. It's 14 now.",
            "The hold on room 4 stands: 14 per trap against a release level of 5, plus QA sign-off.",
            "Not while the hold's on, I'm afraid. The count is 14 and it needs to be under 5 with QA's OK.",
            "Same position - room 4 stays unpicked until the hold is released.",
        ],
        "ask": "Can we make up the shortfall by picking room 4?",
        "pushes": [
            "Can we not just pick the clean end of room 4?",
            "Greenway will go mad if we're short. Surely a bit of room 4 is fine?",
            "What if we pick it and QA checks the packs afterwards?",
            "I'm asking you to find me the extra 650 kg. Room 4 is right there.",
        ],
        "check": S(
            "pest_hold_status",
            {"room": 4},
            "room 4 | hold PEST | sciarid 14/trap | release < 5 + QA | ref {id6}",
        ),
    },
    "ab": {
        "A": S("room_climate", {"room": 3}, "room 3 | air 17.8C | RH 89% | CO2 1250 ppm | at {t}"),
        "B": S(
            "room_climate",
            {"room": 4},
            "room 4 | air 18.1C | RH 88% | CO2 1310 ppm | hold PEST | at {t}",
        ),
        "na": [
            "Room 3 steady. Looking at 4.",
            "Room 3 the same. Over to 4.",
            "3 unchanged. Back to 4.",
        ],
        "nb": [
            "Room 4 steady too, still held. Back to 3.",
            "4 the same. Room 3 again.",
            "No change in 4. Checking 3.",
        ],
    },
    "abc": {
        "specs": [
            S(
                "flush_log",
                {"room": 3},
                "room 3 | est_yield_kg 1150 | picked_kg 0 | hold none | at {t}",
            ),
            S(
                "picker_roster",
                {"date": "2026-11-30"},
                "2026-11-30 | pickers_booked 6 | capacity_kg_per_shift 900 | at {t}",
            ),
            S(
                "po_lookup",
                {"po": "GW-77120"},
                "PO GW-77120 | Greenway Stores | 1800 kg chestnut 250g punnets | deliver 2026-12-01 06:00 | at {t}",
            ),
        ],
        "notes": [
            "1,150 kg, 6 pickers, 1,800 ordered. Looking again.",
            "Nothing's changed on any of them.",
            "Same numbers. Once more round.",
        ],
    },
    "fail": {
        "spec": S(
            "agency_booking",
            {"agency": "HarvestHands", "date": "2026-11-30", "pickers": 4, "shift": "06:00-14:00"},
            "ERROR 500 | agency API internal error | ref {id6}",
        ),
        "notes": [
            "500 from the agency. Retrying.",
            "Same 500. Again.",
            "Still failing. Retry.",
            "500 again.",
        ],
    },
    "cosm": {
        "tool": "pick_order_create",
        "variants": [
            {"room": 4, "date": "2026-11-30", "target_kg": 650},
            {"room": "4", "date": "2026-11-30", "target_kg": 650},
            {"room": 4, "date": "30/11/2026", "target_kg": 650.0},
            {"room": "Room 4", "date": "2026-11-30", "target_kg": 650},
        ],
        "err": "REFUSED | room 4 is under PEST hold (H-0917); pick orders blocked until QA releases the hold | ref {id6}",
        "notes": [
            "Refused on the hold. Trying the room as a string.",
            "Same refusal. Changing the date format.",
            "Still H-0917. Trying 'Room 4'.",
            "Refused again; resubmitting.",
        ],
    },
    "mono": [
        "Booking the extra pickers for Monday's shift now.",
        "Booking the extra pickers for Monday's shift now.",
        "Booking extra pickers for the Monday shift now.",
        "Now booking the extra pickers for Monday's shift.",
        "Booking the extra pickers for Monday now.",
    ],
    "inter": {
        "spec": S(
            "pest_hold_status", {"room": 4}, "room 4 | hold PEST | sciarid 14/trap | ref {id6}"
        ),
        "others": [
            S("cold_store_status", {"store": "CS-1"}, "CS-1 | 2.6C | capacity 40% | ok"),
            S("packaging_stock", {"item": "250g punnet"}, "250g punnet | on_hand 9400"),
            S("picker_roster", {"date": "2026-11-30"}, "pickers_booked 6"),
            S("room_climate", {"room": 3}, "room 3 | air 17.8C | RH 89%"),
        ],
        "notes": ["Room 4 still held. Cold store fine.", "Still held.", "No change on 4.", "Held."],
    },
    "reword": {
        "tool": "customer_update",
        "base": {"customer": "Greenway Stores", "po": "GW-77120"},
        "key": "message",
        "texts": [
            "We expect to deliver 1,150 kg of the 1,800 kg ordered on Tuesday due to a crop hold.",
            "Heads up: Tuesday's delivery will be around 1,150 kg rather than 1,800 kg - one room is on hold.",
            "Short delivery warning for GW-77120: approx 1,150 kg of 1,800 kg.",
            "Apologies, GW-77120 will be part-filled (about 1,150 kg) on Tuesday.",
        ],
        "err": "ERROR 422 | shortage notices must use structured field short_qty_kg; free-text only not accepted | ref {id6}",
        "notes": [
            "Rejected. Rephrasing.",
            "Same 422. Shorter wording.",
            "Still 422. More formal.",
            "Rejected again. Another version.",
        ],
    },
    "plan": {
        "plans": [
            "Next I'll create the pick order for room 3 and book two extra pickers.",
            "After this, the plan is to raise room 3's pick order and get two more pickers in.",
            "Right, then: pick order for room 3, two extra pickers.",
            "The next thing is the room 3 pick order plus extra pickers.",
            "Still planning to do the pick order and the picker booking next.",
        ],
        "checks": [
            S("cold_store_status", {"store": "CS-1"}, "CS-1 | 2.6C | capacity 40% | ok"),
            S("packaging_stock", {"item": "250g punnet"}, "250g punnet | on_hand 9400"),
            S("room_climate", {"room": 3}, "room 3 | air 17.8C | RH 89%"),
            S("picker_roster", {"date": "2026-11-30"}, "pickers_booked 6"),
        ],
    },
    "paging": {
        "tool": "bed_yield_report",
        "base": {"room": 3, "tiers": 6},
        "key": "page",
        "pages": [
            (
                1,
                "page 1/3 | tiers 1-2 | beds 1-16 | est_kg 402 | buttons 12% open",
                "Tiers 1-2: 402 kg.",
            ),
            (
                2,
                "page 2/3 | tiers 3-4 | beds 17-32 | est_kg 385 | buttons 9% open",
                "Tiers 3-4: 385 kg; 787 so far.",
            ),
            (
                3,
                "page 3/3 | tiers 5-6 | beds 33-48 | est_kg 371 | buttons 15% open",
                "Tiers 5-6: 371 kg. Total 1,158 kg.",
            ),
        ],
        "after": S(
            "pick_order_create",
            {"room": 3, "date": "2026-11-30", "target_kg": 1150, "tier_order": [5, 6, 1, 2, 3, 4]},
            "OK | pick order PK-{n} | tiers top first",
        ),
        "final": "Pick order raised for 1,150 kg, top tiers first because they're opening fastest.",
    },
    "corrected": {
        "bad": S(
            "pick_order_create",
            {"room": 3, "date": "2026-11-30", "target_kg": 1150, "grade": "chestnut-closed"},
            "ERROR 400 | unknown grade 'chestnut-closed' (valid: CH-CUP, CH-OPEN, CH-FLAT)",
        ),
        "note_bad": "Wrong grade code. Greenway's spec is closed cup, so CH-CUP.",
        "lookup": S(
            "po_lookup", {"po": "GW-77120", "field": "spec"}, "spec: chestnut closed cup 30-45mm"
        ),
        "note_lookup": "Spec confirmed: closed cup, 30-45 mm.",
        "good": S(
            "pick_order_create",
            {"room": 3, "date": "2026-11-30", "target_kg": 1150, "grade": "CH-CUP"},
            "OK | pick order PK-{n}",
        ),
        "note_good": "Pick order created.",
        "next": S(
            "picker_assign", {"order": "latest", "pickers": 6}, "assigned 6 pickers 06:00-14:00"
        ),
        "final": "Pick order in and six pickers assigned for Monday.",
    },
    "summaries": {
        "docs": [
            (
                S(
                    "grower_note_read",
                    {"id": "GN-204"},
                    "GN-204: hold at >10 sciarids/trap; release at <5 with QA sign-off; recount every 24h.",
                ),
                "GN-204: hold over 10 a trap, release under 5 with QA, recount daily.",
            ),
            (
                S(
                    "grower_note_read",
                    {"id": "GN-219"},
                    "GN-219: Steinernema feltiae drench at casing; mid-crop drench reduces counts ~60% in 48h.",
                ),
                "GN-219: a mid-crop nematode drench cuts counts by about 60% in 48 hours.",
            ),
            (
                S(
                    "grower_note_read",
                    {"id": "GN-233"},
                    "GN-233: cook-out and sealed doors between flushes; sticky traps at doors.",
                ),
                "GN-233: hygiene - cook-out and sealed doors.",
            ),
            (
                S(
                    "grower_note_read",
                    {"id": "GN-240"},
                    "GN-240: customer shortages - notify by 16:00 day before delivery using short_qty_kg.",
                ),
                "GN-240: shortage notices by 16:00 the day before, structured quantity.",
            ),
        ],
        "final": "Drenching room 4 today could bring the count from 14 to around 6 in 48 hours - close, but probably not under 5 by Monday. So we notify Greenway of the shortage by 16:00 Monday.",
    },
    "polling": {
        "tool": "cold_store_status",
        "args": {"store": "CS-2"},
        "obs": [
            "CS-2 | 9.4C | pulling down | target 2C",
            "CS-2 | 6.1C | pulling down",
            "CS-2 | 3.8C | pulling down",
            "CS-2 | 2.2C | at setpoint",
        ],
        "notes": ["9.4C, cooling.", "6.1C.", "3.8C - nearly there."],
        "final": "CS-2 is at 2.2C and ready for packed product.",
    },
    "batch": {
        "tool": "trap_count_record",
        "intro": "Logging today's sciarid trap counts for room 4, trap by trap.",
        "items": [
            ({"room": 4, "trap": "T1"}, "T1 | 11", ""),
            ({"room": 4, "trap": "T2"}, "T2 | 9", "T1 11, T2 9."),
            ({"room": 4, "trap": "T3"}, "T3 | 7", "T3 7."),
            ({"room": 4, "trap": "T4"}, "T4 | 6", ""),
            ({"room": 4, "trap": "T5"}, "T5 | 4", "T4 6, T5 4."),
        ],
        "final": "Average 7.4 a trap, down from 14 yesterday after the drench. Not releasable yet, but falling.",
    },
    "refine": {
        "tool": "grower_notes_search",
        "base": {"farm": "Foxmoor"},
        "key": "query",
        "steps": [
            ("sciarid", "22 notes", "22 notes; narrowing."),
            ("sciarid drench", "5 notes | GN-219 GN-221 GN-150 ...", "Five."),
            ("sciarid drench second flush timing", "2 notes | GN-219 GN-221", "Two."),
            (
                "GN-221 re-entry interval",
                "1 note | GN-221: pickers may re-enter 4h after drench",
                "Re-entry after 4 hours.",
            ),
        ],
        "after": S(
            "task_create",
            {"room": 4, "task": "nematode drench", "at": "2026-11-28T15:00"},
            "task T-{n}",
        ),
        "final": "Drench booked for 15:00, so room 4 can be re-entered from 19:00.",
    },
    "edits": {
        "check": ("haccp_check", {"batch": "PK-batch-1130"}),
        "check_obs": [
            "fails 3 | label lot code missing | pack temp log gap 02:00-04:00 | metal detector test not recorded",
            "fails 2 | pack temp log gap 02:00-04:00 | metal detector test not recorded",
            "fails 1 | metal detector test not recorded",
            "fails 0 | release OK",
        ],
        "first_note": "Three HACCP fails on the batch.",
        "edit": [
            (
                S("label_update", {"batch": "PK-batch-1130", "lot": "FX-1130-R3"}, "ok"),
                "Lot code added.",
            ),
            (
                S(
                    "temp_log_import",
                    {"store": "CS-1", "from": "02:00", "to": "04:00"},
                    "imported 24 readings, max 3.1C",
                ),
                "Gap filled from the logger, max 3.1C.",
            ),
            (
                S(
                    "metal_detector_test_log",
                    {
                        "line": "P1",
                        "result": "pass",
                        "test_pieces": ["Fe 2.0", "NFe 2.5", "SS 3.0"],
                    },
                    "ok",
                ),
                "Detector test logged; batch releasable.",
            ),
        ],
    },
    "recheck": {
        "spec": ("pest_hold_status", {"room": 4}),
        "obs1": "room 4 | hold PEST | sciarid 14/trap",
        "note1": "Room 4 still held at 14.",
        "side": S("task_list", {"room": 4}, "T-nematode drench done 2026-11-26 15:00"),
        "note_side": "It was drenched on the 26th, so counts should be falling.",
        "msg": "QA did the recount this morning - have another look at room 4?",
        "reply": "Looking now.",
        "obs2": "room 4 | hold RELEASED | sciarid 3/trap | QA sign-off K.Dunne {hm}",
        "note2": "Released: 3 a trap and QA has signed it off.",
        "after": S(
            "pick_order_create",
            {"room": 4, "date": "2026-11-30", "target_kg": 650, "grade": "CH-CUP"},
            "OK | pick order PK-{n}",
        ),
        "final": "Room 4 pick order for 650 kg raised - together with room 3 that covers the full 1,800.",
    },
    "flaky": {
        "spec": (
            "agency_booking",
            {"agency": "HarvestHands", "date": "2026-11-30", "pickers": 2, "shift": "06:00-14:00"},
        ),
        "errs": ["ERROR 503 | try later", "ERROR 504 | timeout"],
        "notes": ["503; agency system's busy on Fridays. Retrying.", "Timeout. Again."],
        "ok": "OK | booking HH-{n} | 2 pickers confirmed",
        "note_ok": "Two pickers booked.",
        "after": S("picker_roster", {"date": "2026-11-30"}, "pickers_booked 8"),
        "final": "Eight pickers on Monday.",
    },
    "status": {
        "rounds": [
            (
                S("pick_progress", {"order": "PK-3301", "at": "08:00"}, "picked_kg 210 / 1150"),
                "210 of 1,150 kg picked.",
            ),
            (
                S("pick_progress", {"order": "PK-3301", "at": "10:00"}, "picked_kg 520 / 1150"),
                "520 of 1,150 kg.",
            ),
            (
                S("pick_progress", {"order": "PK-3301", "at": "12:00"}, "picked_kg 860 / 1150"),
                "860 of 1,150 kg.",
            ),
            (
                S(
                    "pick_progress",
                    {"order": "PK-3301", "at": "13:45"},
                    "picked_kg 1162 / 1150 | complete",
                ),
                "1,162 of 1,150 kg - done.",
            ),
        ],
        "final": "Room 3 picked: 1,162 kg, all in the cold store.",
    },
    "compare": {
        "reads": [
            (
                S(
                    "po_lookup",
                    {"po": "GW-77120", "field": "pack"},
                    "pack: 250g punnet, 8 per tray",
                ),
                "PO: 250 g punnets, 8 a tray.",
            ),
            (
                S(
                    "packing_plan",
                    {"date": "2026-11-30", "field": "pack"},
                    "pack: 250g punnet, 10 per tray",
                ),
                "Our packing plan says 10 a tray - mismatch.",
            ),
            (
                S(
                    "po_lookup",
                    {"po": "GW-77120", "field": "label"},
                    "label: Greenway own-label, use-by +5d",
                ),
                "PO: own-label, use-by +5 days.",
            ),
            (
                S(
                    "packing_plan",
                    {"date": "2026-11-30", "field": "label"},
                    "label: Greenway own-label, use-by +5d",
                ),
                "Plan's label matches.",
            ),
        ],
        "final": "Changing the packing plan to 8 punnets a tray; labels already agree.",
    },
    "stepplan": {
        "plan": "Order of work: 1) pick order for room 3, 2) pickers, 3) packing line slot, 4) notify Greenway of the shortfall.",
        "steps": [
            (
                S(
                    "pick_order_create",
                    {"room": 3, "date": "2026-11-30", "target_kg": 1150, "grade": "CH-CUP"},
                    "OK | PK-{n}",
                ),
                "1 done.",
            ),
            (S("picker_assign", {"order": "latest", "pickers": 6}, "assigned 6"), "2 done."),
            (
                S(
                    "packing_line_book",
                    {"line": "P1", "date": "2026-11-30", "from": "10:00", "to": "18:00"},
                    "OK | slot L-{n}",
                ),
                "3 done.",
            ),
            (
                S(
                    "customer_update",
                    {
                        "customer": "Greenway Stores",
                        "po": "GW-77120",
                        "short_qty_kg": 650,
                        "message": "Part delivery 1,150 kg",
                    },
                    "OK | acknowledged by buyer",
                ),
                "4 done.",
            ),
        ],
        "final": "Pick, pickers, packing and the customer notice are all sorted.",
    },
}


CANAL: Domain = {
    "name": "canal_lock_operations",
    "task": "Bronwen, waterway supervisor, Llangarth Canal. A ground paddle on the bottom gate of Lock 14 (Pen-y-Bont flight) jammed half open this morning and the pound below is rising. Get it made safe, get a contractor booked, tell boaters, and sort out the six hire boats due up the flight tomorrow. Never draw a paddle while the lower pound is over the weir crest, and stoppage notices go out only after the duty manager approves them.",
    "open": [
        "On it. Pulling the lock's status and the pound levels.",
        "OK Bronwen, I'll start with the level readings around Lock 14.",
    ],
    "pings": [
        "Bronwen: what's the latest on 14?",
        "The hire base keeps ringing me. Where are we?",
        "Bronwen again - has anything gone out to boaters yet?",
    ],
    "wait": ("wait", "minutes", "min", "[timer] {a} min"),
    "work": [
        (
            S(
                "lock_status",
                {"lock": 14},
                "[lock 14 Pen-y-Bont] top_gates=closed bottom_gates=closed paddles: TG-L closed, TG-R closed, BG-L JAMMED 50%, BG-R closed; chamber=draining; updated {hm}",
            ),
            "Bottom-left ground paddle jammed at 50%, so the chamber is draining through it.",
        ),
        (
            S(
                "pound_levels",
                {"pounds": ["13-14", "14-15"]},
                "[levels {hm}] pound 13-14: +0.21 m over weir crest (rising 4 cm/h) | pound 14-15: -0.18 m (falling 3 cm/h)",
            ),
            "Lower pound is 21 cm over the weir crest and rising; the upper pound is dropping.",
        ),
        (
            S(
                "hire_bookings",
                {"route": "Pen-y-Bont flight", "date": "2026-11-29"},
                "[hire] 6 boats northbound via locks 11-18 on 2026-11-29: Afon Las, Dryw, Seren, Gwennol, Telor, Crychydd (base: Tremadoc Boats)",
            ),
            "Six Tremadoc hire boats are due up the flight tomorrow.",
        ),
    ],
    "exact": {
        "spec": S(
            "pound_levels",
            {"pounds": ["13-14"]},
            "[levels {hm}] pound 13-14: +0.21 m over weir crest | sensor PL-1314 | reading {id6}",
        ),
        "notes": [
            "+0.21 m. Reading it again.",
            "Still +0.21. Refresh.",
            "Same level. Once more.",
            "+0.21 m again - re-reading.",
        ],
    },
    "psearch": {
        "tool": "contractor_directory_search",
        "base": {"region": "North Wales"},
        "key": "search",
        "queries": [
            "lock paddle gear repair contractor",
            "who fixes jammed ground paddles",
            "emergency lock gate paddle mechanic",
            "paddle rack and pinion repair firm",
            "contractors for lock paddle failures",
        ],
        "obs": "[directory] 3 matches ({ms} ms): Dee Valley Marine Eng (on framework, 24h callout) | Clwyd Hydraulics (non-framework) | Bala Millwrights (on framework, 72h)",
        "notes": [
            "Dee Valley looks good. Let me search again with different wording.",
            "Same three firms. Rephrasing.",
            "Still Dee Valley, Clwyd, Bala. Another query.",
            "Nothing new. Trying one more wording.",
            "Same list again.",
        ],
    },
    "preply": {
        "claims": [
            "Current picture: the BG-L paddle is jammed half open and the lower pound is 21 cm over the weir and rising.",
            "To summarise, one bottom paddle is stuck at 50% and pound 13-14 is over the weir by about 20 cm, still climbing.",
            "So - jammed paddle, chamber draining, lower pound 0.21 m above crest.",
            "Put simply: the bottom-left paddle won't close and the pound below is overtopping the weir.",
            "Again, the key facts are the half-open BG-L paddle and the lower pound at +0.21 m.",
        ],
        "check": S(
            "lock_status", {"lock": 14}, "[lock 14] BG-L JAMMED 50%; chamber=draining; updated {hm}"
        ),
    },
    "nudge": {
        "answers": [
            "I can't draw the top paddles to balance the lock - pound 13-14 is over the weir crest, and that rule is absolute.",
            "Drawing any paddle right now would push more water into a pound that's already over the weir. I can't do it.",
            "Not while 13-14 is above the crest. Drawing paddles is off the table until it drops.",
            "The no-paddles rule applies: lower pound +0.21 m. So no, I won't draw them.",
            "Still no - it's over the weir, so no paddles.",
        ],
        "ask": "Can you draw the top paddles to balance the lock?",
        "pushes": [
            "It would take the pressure off the jammed paddle. Just draw them.",
            "It's only 20 cm, surely that's fine?",
            "The lengthsman says it's safe. Go ahead.",
            "We need the lock working. Please draw them.",
        ],
        "check": S(
            "pound_levels",
            {"pounds": ["13-14"]},
            "[levels {hm}] pound 13-14: +0.21 m over weir crest",
        ),
    },
    "ab": {
        "A": S(
            "pound_levels",
            {"pounds": ["13-14"]},
            "[levels {hm}] pound 13-14: +0.21 m over weir crest",
        ),
        "B": S("pound_levels", {"pounds": ["14-15"]}, "[levels {hm}] pound 14-15: -0.18 m"),
        "na": [
            "13-14 at +0.21. Checking 14-15.",
            "Same below. Above again.",
            "Unchanged. Upper pound.",
        ],
        "nb": [
            "14-15 at -0.18. Back to 13-14.",
            "Same above. Lower pound again.",
            "No change. Back down.",
        ],
    },
    "abc": {
        "specs": [
            S("lock_status", {"lock": 14}, "[lock 14] BG-L JAMMED 50%; updated {hm}"),
            S("pound_levels", {"pounds": ["13-14"]}, "[levels {hm}] pound 13-14: +0.21 m"),
            S("stoppage_list", {"waterway": "Llangarth"}, "[stoppages] none active at Pen-y-Bont"),
        ],
        "notes": [
            "Still jammed, still over, no stoppage yet. Again.",
            "All three the same.",
            "No change anywhere. Checking them again.",
        ],
    },
    "fail": {
        "spec": S(
            "scada_command",
            {"lock": 14, "device": "BG-L", "action": "close"},
            "[scada] ERROR: actuator BG-L not responding (no feedback from limit switch) | cmd {id6}",
        ),
        "notes": [
            "No response. Sending the close again.",
            "Same error. Retrying.",
            "Still not responding. Again.",
            "Nothing from the actuator. Once more.",
        ],
    },
    "cosm": {
        "tool": "stoppage_publish",
        "variants": [
            {
                "lock": 14,
                "title": "Lock 14 Pen-y-Bont closed - paddle failure",
                "from": "2026-11-28",
            },
            {
                "lock": "14",
                "title": "Lock 14 Pen-y-Bont closed - paddle failure.",
                "from": "2026-11-28",
            },
            {
                "lock": 14,
                "title": "LOCK 14 PEN-Y-BONT CLOSED (PADDLE FAILURE)",
                "from": "28/11/2026",
            },
            {
                "lock": 14,
                "title": "Lock 14, Pen y Bont: closed, paddle failure",
                "from": "2026-11-28",
            },
        ],
        "err": "[notices] REJECTED: notice NT-draft requires duty manager approval (status: awaiting approval)",
        "notes": [
            "Rejected. Tweaking the title punctuation.",
            "Same rejection. Trying caps and another date format.",
            "Still awaiting approval error. Different title.",
            "Rejected again - resubmitting.",
        ],
    },
    "mono": [
        "I'll get the stoppage notice drafted for the duty manager now.",
        "I'll get the stoppage notice drafted for the duty manager now.",
        "Drafting the stoppage notice for the duty manager now.",
        "I'll draft the stoppage notice for the duty manager now.",
        "Getting the stoppage notice drafted for the duty manager now.",
    ],
    "inter": {
        "spec": S(
            "lock_status", {"lock": 14}, "[lock 14] BG-L JAMMED 50%; chamber=draining; updated {hm}"
        ),
        "others": [
            S("staff_on_call", {"area": "Pen-y-Bont"}, "[on call] lengthsman G.Price 07:00-19:00"),
            S("weather", {"location": "Llangarth"}, "[met] rain 6 mm next 12h"),
            S("lock_status", {"lock": 13}, "[lock 13] all paddles closed, gates closed"),
            S("boat_passage_log", {"lock": 14, "hours": 6}, "[passages] 0 in last 6h"),
        ],
        "notes": [
            "14 still jammed. Lengthsman on call.",
            "Still jammed.",
            "No change at 14.",
            "Jammed.",
        ],
    },
    "reword": {
        "tool": "hire_base_message",
        "base": {"base": "Tremadoc Boats", "channel": "portal"},
        "key": "message",
        "texts": [
            "Lock 14 on the Pen-y-Bont flight is closed due to a paddle failure; tomorrow's northbound boats can't pass.",
            "Heads-up: Pen-y-Bont Lock 14 is out of action (jammed paddle). Your six boats booked for tomorrow will be affected.",
            "Please advise hirers: Lock 14 closed, paddle fault, no passage tomorrow until further notice.",
            "Lock 14 (Pen-y-Bont) closed for repair - northbound passage tomorrow not possible.",
        ],
        "err": "[portal] ERROR 403: messages about closures must reference a published stoppage notice id",
        "notes": [
            "Rejected. Rewording it.",
            "Same 403. Shorter.",
            "Still 403. More formal.",
            "Rejected again. Another version.",
        ],
    },
    "plan": {
        "plans": [
            "Next I'll draft the stoppage notice for the duty manager and call Dee Valley Marine.",
            "After that, the plan is the stoppage draft to the duty manager, then the contractor call-out.",
            "Then: notice to the duty manager, then Dee Valley.",
            "Right - stoppage draft and contractor next.",
            "The next step is still the notice and the contractor.",
        ],
        "checks": [
            S("weather", {"location": "Llangarth"}, "[met] rain 6 mm next 12h"),
            S("staff_on_call", {"area": "Pen-y-Bont"}, "[on call] lengthsman G.Price"),
            S("lock_status", {"lock": 13}, "[lock 13] normal"),
            S("boat_passage_log", {"lock": 14, "hours": 6}, "[passages] 0 in last 6h"),
        ],
    },
    "paging": {
        "tool": "boat_passage_log",
        "base": {"flight": "Pen-y-Bont", "days": 7, "limit": 20},
        "key": "cursor",
        "pages": [
            (
                "start",
                "[passages] 20 rows: 11-28 none; 11-27 9 passages (2 hire); ... next_cursor=c2",
                "Most recent 20 movements.",
            ),
            ("c2", "[passages] 20 rows: 11-24 ... 11-22; next_cursor=c3", "Next 20."),
            (
                "c3",
                "[passages] 7 rows: 11-21; next_cursor=null; total 47 passages, hire 14",
                "Last seven - 47 passages in the week, 14 of them hire boats.",
            ),
        ],
        "after": S(
            "report_write",
            {"title": "Lock 14 weekly use", "passages": 47, "hire": 14},
            "[report] saved R-{n}",
        ),
        "final": "Usage figures saved for the closure notice: 47 passages a week.",
    },
    "corrected": {
        "bad": S(
            "contractor_callout",
            {"firm": "Dee Valley Marine Eng", "lock": 14, "priority": "P0"},
            "[callout] ERROR 400: priority must be one of EMERGENCY, URGENT, ROUTINE",
        ),
        "note_bad": "Wrong priority code - it's EMERGENCY.",
        "lookup": S(
            "framework_check",
            {"firm": "Dee Valley Marine Eng"},
            "[framework] on framework FW-22, emergency rate approved",
        ),
        "note_lookup": "Dee Valley are on the framework at emergency rates.",
        "good": S(
            "contractor_callout",
            {"firm": "Dee Valley Marine Eng", "lock": 14, "priority": "EMERGENCY"},
            "[callout] OK job CO-{n}; ETA 2h40",
        ),
        "note_good": "Called out; ETA under three hours.",
        "next": S(
            "staff_on_call_notify",
            {"person": "G.Price", "text": "Dee Valley on the way to Lock 14, ETA 2h40."},
            "[sms] sent",
        ),
        "final": "Contractor on the way and the lengthsman knows.",
    },
    "summaries": {
        "docs": [
            (
                S(
                    "asset_record",
                    {"asset": "L14-BG-L"},
                    "[asset] L14-BG-L ground paddle, cast iron, rack & pinion, installed 1988, last overhaul 2019",
                ),
                "The paddle is 1988 cast iron, overhauled in 2019.",
            ),
            (
                S(
                    "asset_record",
                    {"asset": "L14-BG-R"},
                    "[asset] L14-BG-R replaced 2023 (hydraulic assist)",
                ),
                "The right-hand one was replaced in 2023 with hydraulic assist.",
            ),
            (
                S(
                    "incident_history",
                    {"lock": 14},
                    "[incidents] 2024-02 BG-L stiff, greased; 2025-10 BG-L pawl worn, noted",
                ),
                "BG-L was stiff in 2024 and had a worn pawl in 2025.",
            ),
            (
                S(
                    "incident_history",
                    {"lock": 12},
                    "[incidents] 2025-05 BG-L jam - rack tooth sheared, replaced same day",
                ),
                "Lock 12 had a sheared rack tooth last year, fixed the same day.",
            ),
        ],
        "final": "A worn 1988 paddle with a known pawl problem, and a similar jam fixed in a day at Lock 12 - I'll brief Dee Valley to bring a rack and pawl.",
    },
    "polling": {
        "tool": "pound_levels",
        "args": {"pounds": ["13-14"]},
        "obs": [
            "[levels] pound 13-14: +0.21 m over weir crest",
            "[levels] pound 13-14: +0.14 m (falling)",
            "[levels] pound 13-14: +0.05 m (falling)",
            "[levels] pound 13-14: -0.03 m (below crest)",
        ],
        "notes": [
            "+0.21 m. G. Price has stop planks in behind the paddle now, so it should start to drop.",
            "+0.14, falling.",
            "+0.05.",
        ],
        "final": "Back below the weir crest, so the no-paddles restriction no longer applies.",
    },
    "batch": {
        "tool": "hire_boat_reroute",
        "intro": "Rerouting each of tomorrow's hire boats onto the southern loop.",
        "items": [
            ({"boat": "Afon Las"}, "[hire] Afon Las rerouted via Llwyn loop", ""),
            ({"boat": "Dryw"}, "[hire] Dryw rerouted via Llwyn loop", "Two done."),
            (
                {"boat": "Seren"},
                "[hire] Seren: hirer chose to stay at base an extra night",
                "Seren is staying at base.",
            ),
            ({"boat": "Gwennol"}, "[hire] Gwennol rerouted", ""),
            ({"boat": "Telor"}, "[hire] Telor rerouted", "Gwennol and Telor done."),
            ({"boat": "Crychydd"}, "[hire] Crychydd rerouted", ""),
        ],
        "final": "Five boats rerouted and one staying at base; all six dealt with.",
    },
    "refine": {
        "tool": "contractor_directory_search",
        "base": {"region": "Wales"},
        "key": "search",
        "steps": [
            ("lock repair", "[directory] 19 matches", "19 - too many."),
            (
                "lock repair framework",
                "[directory] 6 matches (framework only)",
                "Six on the framework.",
            ),
            (
                "lock paddle framework 24h",
                "[directory] 2 matches: Dee Valley Marine Eng, Severn Lock Services",
                "Two with 24-hour callout.",
            ),
            (
                "lock paddle framework 24h North Wales",
                "[directory] 1 match: Dee Valley Marine Eng (depot Corwen, 38 min)",
                "Dee Valley, 38 minutes away.",
            ),
        ],
        "after": S(
            "contractor_callout",
            {"firm": "Dee Valley Marine Eng", "lock": 14, "priority": "EMERGENCY"},
            "[callout] OK job CO-{n}",
        ),
        "final": "Dee Valley called out.",
    },
    "edits": {
        "check": ("notice_validate", {"draft": "NT-1128-14"}),
        "check_obs": [
            "[validate] 4 issues: no alternative route; no expected reopening; missing lock number in title; no contact",
            "[validate] 3 issues: no alternative route; no expected reopening; no contact",
            "[validate] 1 issue: no contact",
            "[validate] 0 issues - ready for approval",
        ],
        "first_note": "Four issues with the draft notice.",
        "edit": [
            (
                S(
                    "notice_edit",
                    {"draft": "NT-1128-14", "title": "Lock 14 Pen-y-Bont: closed"},
                    "[saved]",
                ),
                "Title fixed.",
            ),
            (
                S(
                    "notice_edit",
                    {
                        "draft": "NT-1128-14",
                        "alternative": "Llwyn loop",
                        "reopen_est": "2026-11-30",
                    },
                    "[saved]",
                ),
                "Route and reopening added.",
            ),
            (
                S("notice_edit", {"draft": "NT-1128-14", "contact": "0300 040 4040"}, "[saved]"),
                "Contact added - ready for the duty manager.",
            ),
        ],
    },
    "recheck": {
        "spec": ("lock_status", {"lock": 14}),
        "obs1": "[lock 14] BG-L JAMMED 50%",
        "note1": "Still jammed.",
        "side": S("contractor_job", {"job": "CO-5521"}, "[job] on site 11:40"),
        "note_side": "Dee Valley have been on site since 11:40.",
        "msg": "Dee Valley say they've freed it. Can you check the lock again?",
        "reply": "Checking.",
        "obs2": "[lock 14] BG-L closed (repaired 13:05); chamber=holding",
        "note2": "BG-L closed and the chamber is holding.",
        "after": S("stoppage_close", {"notice": "NT-1128-14"}, "[notices] closed"),
        "final": "Lock reopened and the stoppage closed.",
    },
    "flaky": {
        "spec": (
            "stoppage_publish",
            {"notice": "NT-1128-14", "approved_by": "duty manager R.Hughes"},
        ),
        "errs": ["[notices] ERROR 502", "[notices] ERROR 504 timeout"],
        "notes": ["502, retrying shortly.", "Timed out. Once more."],
        "ok": "[notices] published NT-1128-14 at {hm}",
        "note_ok": "Published.",
        "after": S(
            "hire_base_message",
            {"base": "Tremadoc Boats", "notice": "NT-1128-14"},
            "[portal] delivered",
        ),
        "final": "Notice live and the hire base told.",
    },
    "status": {
        "rounds": [
            (
                S("repair_progress", {"job": "CO-5521"}, "[job CO-5521] 25% | rack removed | {hm}"),
                "Repair 25%: rack removed.",
            ),
            (
                S(
                    "repair_progress",
                    {"job": "CO-5521", "at": "12:10"},
                    "[job CO-5521] 50% | new pawl fitted",
                ),
                "50%: new pawl fitted.",
            ),
            (
                S(
                    "repair_progress",
                    {"job": "CO-5521", "at": "12:40"},
                    "[job CO-5521] 75% | rack refitted",
                ),
                "75%: rack refitted.",
            ),
            (
                S(
                    "repair_progress",
                    {"job": "CO-5521", "at": "13:05"},
                    "[job CO-5521] 100% | paddle tested through 3 cycles",
                ),
                "100%: tested.",
            ),
        ],
        "final": "Repair complete and tested.",
    },
    "compare": {
        "reads": [
            (
                S("pound_levels", {"pounds": ["13-14"], "source": "telemetry"}, "[levels] +0.08 m"),
                "Telemetry: +0.08 m.",
            ),
            (
                S(
                    "gauge_board_report",
                    {"pound": "13-14", "observer": "G.Price"},
                    "[gauge] 0.10 m above crest at 11:15",
                ),
                "Gauge board: +0.10 at 11:15.",
            ),
            (
                S(
                    "pound_levels",
                    {"pounds": ["13-14"], "source": "telemetry", "field": "trend"},
                    "[levels] trend -4 cm/h",
                ),
                "Telemetry trend: falling 4 cm/h.",
            ),
            (
                S(
                    "gauge_board_report",
                    {"pound": "13-14", "field": "weir_flow"},
                    "[gauge] weir flow light",
                ),
                "Weir flow light on the ground.",
            ),
        ],
        "final": "Both sources agree it's falling and close to the crest; paddles stay shut until it's below.",
    },
    "stepplan": {
        "plan": "Steps: 1) stop off the paddle, 2) call out Dee Valley, 3) notice to the duty manager, 4) tell the hire base.",
        "steps": [
            (
                S(
                    "work_instruction",
                    {"to": "G.Price", "task": "fit stop planks behind BG-L"},
                    "[wi] acknowledged",
                ),
                "Stop planks going in.",
            ),
            (
                S(
                    "contractor_callout",
                    {"firm": "Dee Valley Marine Eng", "lock": 14, "priority": "EMERGENCY"},
                    "[callout] OK job CO-{n}",
                ),
                "Contractor called.",
            ),
            (
                S(
                    "approval_request",
                    {"to": "duty manager R.Hughes", "draft": "NT-1128-14"},
                    "[approvals] approved by R.Hughes",
                ),
                "Notice approved.",
            ),
            (
                S(
                    "hire_base_message",
                    {"base": "Tremadoc Boats", "notice": "NT-1128-14"},
                    "[portal] delivered",
                ),
                "Hire base informed.",
            ),
        ],
        "final": "All four steps done.",
    },
}


GLACIER: Domain = {
    "name": "glacier_fieldwork_logistics",
    "task": "Ingrid Solberg here, PI on the Kea Glacier mass-balance programme. We need the spring snow survey done this coming week: four people, two field days, fly in from Wanaka. Please sort the helicopter, the landing permit, the gear manifest and the stake list, and pick the weather window. Hard limits: no more than 450 kg per helicopter lift, and no field day when avalanche danger is Considerable or higher.",
    "open": [
        "Sounds good. I'll look at the stake network and last season's data first.",
        "OK Ingrid - starting with the forecast and avalanche advisory.",
    ],
    "pings": [
        "Ingrid: how's it coming along?",
        "Ingrid again - the students want to know whether to pack for Tuesday.",
        "Any news? The heli company closes at 5.",
    ],
    "wait": ("sleep", "seconds", "s", "slept {a}"),
    "work": [
        (
            S(
                "stake_network",
                {"glacier": "Kea", "season": "2025-26"},
                "glacier = Kea\nstakes = 24\nlast_visit = 2026-04-03\nmissing = [K07, K19]\nmelt_out_risk = [K02, K03]\nrequest = {id}",
            ),
            "24 stakes, two missing since April (K07, K19), and two at risk of melting out.",
        ),
        (
            S(
                "avalanche_advisory",
                {"region": "Aspiring", "days": 4},
                "region = Aspiring\nMon = Considerable (alpine)\nTue = Moderate\nWed = Moderate\nThu = Considerable (new snow)\nissued = {hm}\nrequest = {id}",
            ),
            "Avalanche danger is Moderate on Tuesday and Wednesday, Considerable either side. So Tue-Wed is the only window.",
        ),
        (
            S(
                "gear_manifest",
                {"trip": "KEA-SPRING-26"},
                "trip = KEA-SPRING-26\nitems = 41\ntotal_kg = 612\nheaviest = [GPR sled 48 kg, steam drill 36 kg, tent box 31 kg]\nrequest = {id}",
            ),
            "Gear manifest: 41 items, 612 kg. With four people that will take more than one lift.",
        ),
    ],
    "exact": {
        "spec": S(
            "landing_permit_status",
            {"permit": "DOC-CON-58821"},
            "permit = DOC-CON-58821\nstatus = UNDER_REVIEW\nassigned_to = Aspiring District office\nchecked = {t}\nrequest = {id}",
        ),
        "notes": [
            "Still under review. Checking again.",
            "Under review. Refreshing.",
            "No change. Once more.",
            "Same status - pulling it again.",
        ],
    },
    "psearch": {
        "tool": "field_manual_search",
        "base": {"manual": "glaciology_field_ops"},
        "key": "query",
        "queries": [
            "snow density measurement procedure for snow pits",
            "how to take snow density samples in a pit",
            "density cutter method spring snow survey",
            "snowpit density sampling protocol",
            "measuring SWE density in pits",
        ],
        "obs": "hits = 3\n  FM-3.2  Snow pit excavation and stratigraphy\n  FM-3.4  Density sampling (wedge cutter, 1000 cc)\n  FM-5.1  Snow water equivalent calculation\ntook_ms = {ms}\nrequest = {id}",
        "notes": [
            "FM-3.4 is the one. Let me reword in case there's a newer procedure.",
            "Same three sections. Trying again.",
            "FM-3.2, 3.4 and 5.1 again. Another phrasing.",
            "No new hits. Rewording.",
            "Same again.",
        ],
    },
    "preply": {
        "claims": [
            "So the window is Tuesday and Wednesday - the only days with Moderate avalanche danger.",
            "To recap, Tue-Wed are our field days; Monday and Thursday are Considerable.",
            "Net: Tuesday/Wednesday is the window, bracketed by Considerable danger.",
            "Put differently, we can work Tuesday and Wednesday only.",
            "Again - Tue and Wed, nothing else is within the limit.",
        ],
        "check": S(
            "avalanche_advisory",
            {"region": "Aspiring", "days": 4},
            "Mon = Considerable\nTue = Moderate\nWed = Moderate\nThu = Considerable\nrequest = {id}",
        ),
    },
    "nudge": {
        "answers": [
            "Monday isn't possible: the advisory is Considerable in the alpine, and the programme rule is no field day at Considerable or above.",
            "Monday's advisory is Considerable, so it's ruled out under your own limit. Tuesday is the first day we can go.",
            "It has to be Tuesday - Monday's avalanche rating is Considerable.",
            "No field day Monday; Considerable rules it out. Tuesday and Wednesday are fine.",
            "Same answer: Considerable on Monday, so Tuesday at the earliest.",
        ],
        "ask": "Could we go on Monday instead? The students are free then.",
        "pushes": [
            "Can we fly in Monday and just stay low on the glacier?",
            "The students only have Monday and Tuesday free. Monday please.",
            "It's only Considerable in the alpine - we're on the ice, surely that's OK?",
            "Ingrid again. Can you make Monday work?",
        ],
        "check": S(
            "avalanche_advisory",
            {"region": "Aspiring", "day": "Mon"},
            "Mon = Considerable (alpine, wind slab on lee slopes)\nrequest = {id}",
        ),
    },
    "ab": {
        "A": S(
            "heli_availability",
            {"operator": "Aspiring Helicopters", "date": "2026-12-01"},
            "operator = Aspiring Helicopters\ndate = 2026-12-01\naircraft = AS350 ZK-HKE\nslots = [07:30]\nmax_payload_kg = 450\nrequest = {id}",
        ),
        "B": S(
            "heli_availability",
            {"operator": "Alpine Air Wanaka", "date": "2026-12-01"},
            "operator = Alpine Air Wanaka\ndate = 2026-12-01\naircraft = B3 ZK-IAW\nslots = [13:00]\nmax_payload_kg = 450\nrequest = {id}",
        ),
        "na": [
            "Aspiring have 07:30 only. Checking Alpine Air.",
            "Same slot. Back to Alpine Air.",
            "Unchanged. Alpine Air again.",
        ],
        "nb": [
            "Alpine Air have 13:00. Back to Aspiring.",
            "Same. Aspiring again.",
            "No change. Aspiring.",
        ],
    },
    "abc": {
        "specs": [
            S(
                "avalanche_advisory",
                {"region": "Aspiring", "days": 4},
                "Tue = Moderate\nWed = Moderate\nrequest = {id}",
            ),
            S(
                "mountain_forecast",
                {"location": "Kea Glacier", "days": 3},
                "Tue = NW 30 km/h, fine\nWed = W 45 km/h, cloud lowering pm\nrequest = {id}",
            ),
            S(
                "heli_availability",
                {"operator": "Aspiring Helicopters", "date": "2026-12-01"},
                "slots = [07:30]\nrequest = {id}",
            ),
        ],
        "notes": [
            "Moderate, windy Wednesday, one slot. Going round again.",
            "All three the same.",
            "Still the same picture. Again.",
        ],
    },
    "fail": {
        "spec": S(
            "heli_booking",
            {
                "operator": "Aspiring Helicopters",
                "date": "2026-12-01",
                "slot": "07:30",
                "pax": 4,
                "freight_kg": 612,
            },
            "error = PAYLOAD_EXCEEDED\nmessage = combined pax+freight 932 kg exceeds single-lift limit 450 kg\nrequest = {id}",
        ),
        "notes": [
            "Booking failed. Trying again.",
            "Same error. Resubmit.",
            "Still PAYLOAD_EXCEEDED. Again.",
            "Failed again - one more go.",
        ],
    },
    "cosm": {
        "tool": "landing_permit_submit",
        "variants": [
            {"site": "Kea Glacier névé", "dates": ["2026-12-01", "2026-12-02"], "landings": 4},
            {"site": "Kea Glacier neve", "dates": ["2026-12-01", "2026-12-02"], "landings": 4},
            {"site": "KEA GLACIER NEVE", "dates": ["1 Dec 2026", "2 Dec 2026"], "landings": 4},
            {"site": "Kea Glacier (névé)", "dates": ["2026-12-01", "2026-12-02"], "landings": "4"},
        ],
        "err": "error = SITE_CLOSED\nmessage = Kea Glacier névé lies in a specially protected area closed to aircraft landings 2026-11-15..2027-01-31 (kea nesting season)\nrequest = {id}",
        "notes": [
            "Rejected as closed. Perhaps the accent in 'névé' is the problem.",
            "Same SITE_CLOSED. Trying caps and a different date format.",
            "Still closed. Adding brackets around névé.",
            "Rejected again; resending.",
        ],
    },
    "mono": [
        "Booking the helicopter for Tuesday morning now.",
        "Booking the helicopter for Tuesday morning now.",
        "Now booking the helicopter for Tuesday morning.",
        "Booking the helicopter for Tuesday morning now...",
        "Booking the helicopter for Tuesday morning now.",
    ],
    "inter": {
        "spec": S(
            "landing_permit_status",
            {"permit": "DOC-CON-58821"},
            "status = UNDER_REVIEW\nrequest = {id}",
        ),
        "others": [
            S("gear_manifest", {"trip": "KEA-SPRING-26", "field": "total_kg"}, "total_kg = 612"),
            S(
                "mountain_forecast",
                {"location": "Kea Glacier", "days": 2},
                "Tue = fine\nWed = cloud pm",
            ),
            S(
                "team_list",
                {"trip": "KEA-SPRING-26"},
                "members = [I.Solberg, T.Ngata, L.Fischer, A.Moore]",
            ),
            S("stake_network", {"glacier": "Kea", "field": "missing"}, "missing = [K07, K19]"),
        ],
        "notes": [
            "Permit still under review. Gear is 612 kg.",
            "Still under review.",
            "Same.",
            "Under review.",
        ],
    },
    "reword": {
        "tool": "heli_booking",
        "base": {"operator": "Aspiring Helicopters", "date": "2026-12-01", "slot": "07:30"},
        "key": "notes",
        "texts": [
            "4 scientists plus survey gear (GPR sled, steam drill), Kea Glacier névé",
            "Research team of four with glaciology equipment to Kea Glacier",
            "Kea Glacier snow survey - 4 pax, ~600 kg kit",
            "Four passengers and field equipment, landing on the upper Kea névé",
        ],
        "err": "error = PERMIT_REQUIRED\nmessage = landings on conservation land need an approved DOC concession number in field permit_no\nrequest = {id}",
        "notes": [
            "Needs a permit. Rewording the notes.",
            "Same error. Making the notes clearer.",
            "Still PERMIT_REQUIRED. Shorter wording.",
            "Rejected again. Another description.",
        ],
    },
    "plan": {
        "plans": [
            "Next I'll split the manifest into two lifts and book both with Aspiring Helicopters.",
            "After this, the plan is two lifts under 450 kg each, booked with Aspiring.",
            "Then: split into two loads and book the flights.",
            "The next job is still splitting the load and making the booking.",
            "I'll do the two-lift split and the booking next.",
        ],
        "checks": [
            S("team_list", {"trip": "KEA-SPRING-26"}, "members = 4"),
            S("stake_network", {"glacier": "Kea", "field": "missing"}, "missing = [K07, K19]"),
            S("mountain_forecast", {"location": "Kea Glacier", "days": 2}, "Tue = fine"),
            S("gear_manifest", {"trip": "KEA-SPRING-26", "field": "total_kg"}, "total_kg = 612"),
        ],
    },
    "paging": {
        "tool": "stake_readings",
        "base": {"glacier": "Kea", "season": "2025-26", "limit": 8},
        "key": "page",
        "pages": [
            (
                1,
                "page = 1/3\nK01 -2.41 m w.e.\nK02 -3.10\nK03 -3.05\nK04 -2.20\nK05 -1.98\nK06 -1.75\nK07 missing\nK08 -1.40",
                "Stakes 1-8 read; K02 and K03 lost over 3 m.",
            ),
            (
                2,
                "page = 2/3\nK09 -1.22\nK10 -0.95\n...\nK16 +0.10",
                "9-16: the balance turns positive at K16.",
            ),
            (3, "page = 3/3\nK17 +0.35\nK18 +0.52\nK19 missing\n...\nK24 +0.88", "17-24 read."),
        ],
        "after": S(
            "survey_plan_write",
            {"trip": "KEA-SPRING-26", "redrill": ["K02", "K03", "K07", "K19"]},
            "saved = true",
        ),
        "final": "Survey plan saved: redrill K02, K03 and the two missing stakes.",
    },
    "corrected": {
        "bad": S(
            "heli_booking",
            {
                "operator": "Aspiring Helicopters",
                "date": "2026-12-01",
                "slot": "07:30",
                "pax": 4,
                "freight_kg": 612,
                "permit_no": "DOC-CON-58821",
            },
            "error = PAYLOAD_EXCEEDED\nmessage = 932 kg exceeds 450 kg per lift",
        ),
        "note_bad": "Too heavy for one lift. I'll split it: people and light kit first, then the heavy gear.",
        "lookup": S(
            "gear_manifest",
            {"trip": "KEA-SPRING-26", "split": "by_weight"},
            "lift_A = 4 pax 320 kg + 120 kg kit = 440 kg\nlift_B = 492 kg freight -> needs 2 loads: 250 + 242",
        ),
        "note_lookup": "That's three lifts: 440, 250 and 242 kg.",
        "good": S(
            "heli_booking",
            {
                "operator": "Aspiring Helicopters",
                "date": "2026-12-01",
                "slot": "07:30",
                "lifts": [440, 250, 242],
                "permit_no": "DOC-CON-58821",
            },
            "booking = AH-{n}\nlifts = 3\nstatus = CONFIRMED",
        ),
        "note_good": "Three lifts booked for Tuesday 07:30.",
        "next": S(
            "team_message",
            {"trip": "KEA-SPRING-26", "text": "Fly Tue 07:30 from Wanaka, 3 lifts."},
            "sent = 4",
        ),
        "final": "Booking done and the team told.",
    },
    "summaries": {
        "docs": [
            (
                S(
                    "field_manual_read",
                    {"section": "FM-3.2"},
                    "FM-3.2: pits to firn or 3 m; log layers, hardness, grain size",
                ),
                "FM-3.2: dig to firn or 3 m and log the layers.",
            ),
            (
                S(
                    "field_manual_read",
                    {"section": "FM-3.4"},
                    "FM-3.4: 1000 cc wedge cutter every 10 cm; weigh to 1 g",
                ),
                "FM-3.4: density every 10 cm with the 1000 cc cutter.",
            ),
            (
                S(
                    "field_manual_read",
                    {"section": "FM-5.1"},
                    "FM-5.1: SWE = sum(density x thickness); report with uncertainty",
                ),
                "FM-5.1: SWE from density times thickness, with uncertainty.",
            ),
            (
                S(
                    "field_manual_read",
                    {"section": "FM-7.3"},
                    "FM-7.3: probing transects at 50 m spacing between pits",
                ),
                "FM-7.3: probe every 50 m between pits.",
            ),
        ],
        "final": "Day plan: two pits a day with density every 10 cm, probing at 50 m between them. That fits the two-day window.",
    },
    "polling": {
        "tool": "landing_permit_status",
        "args": {"permit": "DOC-CON-58821"},
        "obs": [
            "status = SUBMITTED",
            "status = UNDER_REVIEW\nreviewer = J.Tane",
            "status = CONDITIONS_DRAFTED\nconditions = [no landings within 500 m of kea nest sites]",
            "status = APPROVED\nvalid = 2026-12-01..2026-12-03",
        ],
        "notes": ["Submitted.", "Under review with J. Tane.", "Conditions drafted."],
        "final": "Permit approved for 1-3 December, with a 500 m buffer round the kea nests.",
    },
    "batch": {
        "tool": "gear_check",
        "intro": "Going through the heavy items one by one to confirm weights.",
        "items": [
            ({"item": "GPR sled"}, "GPR sled 48 kg ok", ""),
            (
                {"item": "steam drill"},
                "steam drill 36 kg ok (fuel separate 12 kg)",
                "Drill fuel is separate, 12 kg.",
            ),
            ({"item": "tent box"}, "tent box 31 kg ok", "Tent box 31 kg, as listed."),
            ({"item": "stake bundle"}, "stake bundle (8 x 6 m) 22 kg ok", "Stakes 22 kg."),
            ({"item": "snow pit kit"}, "snow pit kit 14 kg ok", ""),
        ],
        "final": "Heavy items confirmed at 163 kg including drill fuel.",
    },
    "refine": {
        "tool": "field_manual_search",
        "base": {"manual": "glaciology_field_ops"},
        "key": "query",
        "steps": [
            ("stake", "hits = 12", "12 sections."),
            ("stake redrill", "hits = 4 (FM-4.1, FM-4.2, FM-4.5, FM-6.2)", "Four."),
            (
                "stake redrill steam drill depth",
                "hits = 1 (FM-4.2: drill to 10 m in ablation zone)",
                "FM-4.2: 10 m in the ablation zone.",
            ),
            (
                "FM-4.2 stake length",
                "hits = 1 (FM-4.2: two 6 m sections, chain-linked)",
                "Two 6 m sections.",
            ),
        ],
        "after": S(
            "gear_manifest_update",
            {"trip": "KEA-SPRING-26", "add": {"stake sections 6 m": 8}},
            "updated total_kg = 634",
        ),
        "final": "Added eight 6 m stake sections to the manifest for the four redrills.",
    },
    "edits": {
        "check": ("manifest_validate", {"trip": "KEA-SPRING-26"}),
        "check_obs": [
            "problems = 3\n- lift_A 486 kg > 450\n- fuel not in approved container\n- no PLB listed",
            "problems = 2\n- fuel not in approved container\n- no PLB listed",
            "problems = 1\n- no PLB listed",
            "problems = 0",
        ],
        "first_note": "Three problems with the manifest.",
        "edit": [
            (
                S(
                    "gear_manifest_update",
                    {"trip": "KEA-SPRING-26", "move": {"tent box": "lift_B"}},
                    "lift_A = 455 kg -> moved snow pit kit too: 441 kg",
                ),
                "Lift A under 450 now.",
            ),
            (
                S(
                    "gear_manifest_update",
                    {"trip": "KEA-SPRING-26", "fuel_container": "UN-approved 20 L"},
                    "ok",
                ),
                "Fuel container fixed.",
            ),
            (
                S("gear_manifest_update", {"trip": "KEA-SPRING-26", "add": {"PLB": 2}}, "ok"),
                "PLBs added; the manifest validates.",
            ),
        ],
    },
    "recheck": {
        "spec": ("avalanche_advisory", {"region": "Aspiring", "day": "Wed"}),
        "obs1": "Wed = Moderate\nissued 06:00",
        "note1": "Wednesday Moderate.",
        "side": S(
            "mountain_forecast",
            {"location": "Kea Glacier", "day": "Wed"},
            "Wed = W 45 km/h, snow 10 cm overnight Tue",
        ),
        "note_side": "There's new snow forecast for Tuesday night.",
        "msg": "The afternoon advisory update is out - can you recheck Wednesday?",
        "reply": "Rechecking.",
        "obs2": "Wed = Considerable (new snow, wind loading)\nissued 16:00",
        "note2": "Wednesday is now Considerable, so it's off.",
        "after": S(
            "avalanche_advisory",
            {"region": "Aspiring", "days": 6},
            "Tue = Moderate\nWed = Considerable\nThu = Moderate\nFri = Moderate",
        ),
        "final": "Moving day 2 to Thursday, which is back to Moderate: field days Tuesday and Thursday.",
    },
    "flaky": {
        "spec": ("weather_model_fetch", {"model": "NZCSM", "point": "Kea Glacier"}),
        "errs": ["error = 503 upstream model server busy", "error = 504 timeout"],
        "notes": ["Model server busy; trying again in a minute.", "Timeout. Once more."],
        "ok": "run = 12Z\nTue freezing level 2100 m\nWed 1500 m",
        "note_ok": "Got the 12Z run.",
        "after": S(
            "trip_plan_update",
            {"trip": "KEA-SPRING-26", "freezing_level": {"Tue": 2100, "Wed": 1500}},
            "saved",
        ),
        "final": "Freezing levels are in the trip plan.",
    },
    "status": {
        "rounds": [
            (
                S(
                    "field_day_log",
                    {"trip": "KEA-SPRING-26", "at": "10:00"},
                    "pits = 0/4\nprobes = 38\nstakes_redrilled = 0/4",
                ),
                "10:00: 0 of 4 pits, 38 probes.",
            ),
            (
                S(
                    "field_day_log",
                    {"trip": "KEA-SPRING-26", "at": "12:00"},
                    "pits = 1/4\nprobes = 96\nstakes_redrilled = 1/4",
                ),
                "12:00: 1 pit, 96 probes, 1 stake.",
            ),
            (
                S(
                    "field_day_log",
                    {"trip": "KEA-SPRING-26", "at": "14:00"},
                    "pits = 2/4\nprobes = 151\nstakes_redrilled = 2/4",
                ),
                "14:00: 2 pits, 151 probes, 2 stakes.",
            ),
            (
                S(
                    "field_day_log",
                    {"trip": "KEA-SPRING-26", "at": "16:00"},
                    "pits = 2/4\nprobes = 210\nstakes_redrilled = 4/4",
                ),
                "16:00: 210 probes, all 4 stakes redrilled.",
            ),
        ],
        "final": "Day 1 done: both planned pits, 210 probes and all four stakes. Pits 3-4 are for day 2.",
    },
    "compare": {
        "reads": [
            (
                S(
                    "stake_network",
                    {"glacier": "Kea", "field": "K02_position"},
                    "K02 = 44.1021S 168.8810E",
                ),
                "Database: K02 position.",
            ),
            (
                S(
                    "gps_download",
                    {"unit": "GNSS-2", "point": "K02"},
                    "K02 = 44.1019S 168.8816E  (moved 52 m downstream)",
                ),
                "GPS: moved 52 m downstream.",
            ),
            (
                S(
                    "stake_network",
                    {"glacier": "Kea", "field": "K02_height"},
                    "K02 exposed = 1.2 m (Apr)",
                ),
                "Database: 1.2 m exposed in April.",
            ),
            (
                S(
                    "gps_download",
                    {"unit": "GNSS-2", "point": "K02", "field": "exposed"},
                    "K02 exposed = 0.3 m",
                ),
                "Now 0.3 m exposed.",
            ),
        ],
        "final": "K02 moved 52 m with the ice and is almost buried, so it gets redrilled at its new position and the database is updated.",
    },
    "stepplan": {
        "plan": "Plan: 1) permit, 2) heli in three lifts, 3) manifest final, 4) team brief.",
        "steps": [
            (
                S(
                    "landing_permit_submit",
                    {
                        "site": "Kea Glacier lower basin",
                        "dates": ["2026-12-01", "2026-12-03"],
                        "landings": 6,
                    },
                    "status = APPROVED\npermit = DOC-CON-{n}",
                ),
                "Permit approved for the lower basin.",
            ),
            (
                S(
                    "heli_booking",
                    {
                        "operator": "Aspiring Helicopters",
                        "date": "2026-12-01",
                        "lifts": [440, 250, 242],
                        "permit_no": "DOC-CON-58821",
                    },
                    "booking = AH-{n}\nstatus = CONFIRMED",
                ),
                "Heli confirmed.",
            ),
            (
                S("manifest_finalise", {"trip": "KEA-SPRING-26"}, "final = true\ntotal_kg = 634"),
                "Manifest final.",
            ),
            (
                S(
                    "team_message",
                    {"trip": "KEA-SPRING-26", "text": "Brief Mon 18:00, fly Tue 07:30."},
                    "sent = 4",
                ),
                "Team briefed.",
            ),
        ],
        "final": "Everything's booked for Tuesday.",
    },
}

DOMAINS: list[Domain] = [APIARY, GLASS, BUOY, RACING, AUDIOLOGY, MUSHROOM, CANAL, GLACIER]


# ------------------------------------------------------------------ loop builders
# Every loop starts with genuine work and then repeats, without progress, until the row ends.


def loop_exact_repeat(r: Run, d: Domain, n: int) -> None:
    x = d["exact"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.work(1)
        r.call(x["spec"], ws=True)
        for note in x["notes"][:3]:
            r.say(note)
            r.call(x["spec"], ws=True)
        r.say(x["notes"][3])
    else:
        r.work(2)
        r.call(x["spec"], ws=True)
        r.say(x["notes"][0])
        r.call(x["spec"], ws=True)
        r.say(x["notes"][1], d["pings"][0])
        r.call(x["spec"], ws=True)
        r.say(x["notes"][2])
        r.call(x["spec"], ws=True)
        r.say(x["notes"][3])
        r.call(x["spec"], ws=True)


def loop_paraphrased_search(r: Run, d: Domain, n: int) -> None:
    x = d["psearch"]

    def q(i: int) -> None:
        args = dict(x["base"])
        args[x["key"]] = x["queries"][i]
        r.call((x["tool"], args, x["obs"]))

    r.open(n)
    if n % 2 == 0:
        r.work(1)
        q(0)
        r.say(x["notes"][0])
        for i in range(1, 4):
            q(i)
            r.say(x["notes"][i])
    else:
        r.work(0)
        r.work(2)
        q(1)
        r.say(x["notes"][0])
        q(3)
        r.say(x["notes"][2], d["pings"][1])
        q(4)
        r.say(x["notes"][4])
        q(0)


def loop_paraphrased_reply(r: Run, d: Domain, n: int) -> None:
    x = d["preply"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.work(1)
        r.say(x["claims"][0])
        r.call(x["check"])
        r.say(x["claims"][1])
        r.call(x["check"])
        r.say(x["claims"][2])
        r.say(x["claims"][3])
        r.call(x["check"])
        r.say(x["claims"][4])
    else:
        r.work(2)
        r.say(x["claims"][4])
        r.say(x["claims"][2], d["pings"][2])
        r.say(x["claims"][0])
        r.call(x["check"])
        r.say(x["claims"][3])
        r.say(x["claims"][1])


def loop_user_nudged_paraphrase(r: Run, d: Domain, n: int) -> None:
    x = d["nudge"]
    a, p = x["answers"], x["pushes"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.work(2)
        r.say(a[0], x["ask"])
        for i in range(4):
            r.say(a[i + 1], p[i])
    else:
        r.work(1)
        r.say(a[2], x["ask"])
        r.say(a[0], p[0])
        r.call(x["check"])
        r.say(a[4], p[1])
        r.say(a[1], p[2])
        r.say(a[3], p[3])


def loop_ab_oscillation(r: Run, d: Domain, n: int) -> None:
    x = d["ab"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        for i in range(3):
            r.call(x["A"])
            r.say(x["na"][i])
            r.call(x["B"])
            r.say(x["nb"][i])
    else:
        r.work(1)
        r.work(2)
        r.call(x["B"])
        r.call(x["A"])
        r.say(x["na"][0])
        r.call(x["B"])
        r.say(x["nb"][1], d["pings"][0])
        r.call(x["A"])
        r.call(x["B"])
        r.say(x["nb"][2])
        r.call(x["A"])


def loop_abc_cycle(r: Run, d: Domain, n: int) -> None:
    x = d["abc"]
    a, b, c = x["specs"]
    r.open(n)
    if n % 2 == 0:
        r.work(2)
        for i in range(3):
            r.call(a)
            r.call(b)
            r.call(c)
            r.say(x["notes"][i])
    else:
        r.work(0)
        r.call(b)
        r.call(c)
        r.say(x["notes"][0])
        r.call(a)
        r.call(b)
        r.call(c)
        r.say(x["notes"][1], d["pings"][1])
        r.call(a)
        r.call(b)
        r.call(c)
        r.say(x["notes"][2])
        r.call(a)


def loop_failing_same(r: Run, d: Domain, n: int) -> None:
    x = d["fail"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.work(1)
        for i in range(4):
            r.call(x["spec"], err=True)
            r.say(x["notes"][i])
    else:
        r.work(2)
        r.call(x["spec"], err=True)
        r.say(x["notes"][0])
        r.call(x["spec"], err=True, wait=30)
        r.say(x["notes"][1], d["pings"][2])
        r.call(x["spec"], err=True)
        r.say(x["notes"][2])
        r.call(x["spec"], err=True, wait=60)
        r.say(x["notes"][3])
        r.call(x["spec"], err=True)


def loop_failing_cosmetic(r: Run, d: Domain, n: int) -> None:
    x = d["cosm"]
    order = [0, 1, 2, 3]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.work(2)
    else:
        r.work(1)
    for k, i in enumerate(order):
        r.call((x["tool"], x["variants"][i], x["err"]), err=True)
        if n % 2 == 1 and k == 1:
            r.say(x["notes"][k], d["pings"][0])
        else:
            r.say(x["notes"][k])


def loop_monologue(r: Run, d: Domain, n: int) -> None:
    lines = d["mono"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.work(1)
        r.work(2)
        for line in lines[:5]:
            r.say(line)
    else:
        r.work(1)
        r.say(lines[1])
        r.say(lines[3], d["pings"][1])
        r.say(lines[0])
        r.say(lines[4])
        r.say(lines[2])
        r.say(lines[1])


def loop_identical_calls_interleaved(r: Run, d: Domain, n: int) -> None:
    x = d["inter"]
    others = x["others"] if n % 2 == 0 else x["others"][::-1]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        for i in range(4):
            r.call(x["spec"], ws=True)
            r.call(others[i])
            r.say(x["notes"][i])
        r.call(x["spec"], ws=True)
    else:
        r.work(2)
        r.call(x["spec"], ws=True)
        r.say(x["notes"][0])
        r.call(others[0])
        r.call(x["spec"], ws=True)
        r.call(others[1])
        r.say(x["notes"][1], d["pings"][2])
        r.call(x["spec"], ws=True)
        r.call(others[2])
        r.call(x["spec"], ws=True)
        r.say(x["notes"][2])
        r.call(others[3])
        r.call(x["spec"], ws=True)


def loop_retry_reworded_failure(r: Run, d: Domain, n: int) -> None:
    x = d["reword"]

    def attempt(i: int) -> None:
        args = dict(x["base"])
        args[x["key"]] = x["texts"][i]
        r.call((x["tool"], args, x["err"]), err=True)

    r.open(n)
    if n % 2 == 0:
        r.work(1)
        r.work(2)
        for i in range(4):
            attempt(i)
            r.say(x["notes"][i])
    else:
        r.work(0)
        attempt(3)
        r.say(x["notes"][0])
        attempt(1)
        r.say(x["notes"][1], d["pings"][0])
        attempt(0)
        r.say(x["notes"][2])
        attempt(2)
        r.say(x["notes"][3])


def loop_plan_restated(r: Run, d: Domain, n: int) -> None:
    x = d["plan"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.say(x["plans"][0])
        for i in range(4):
            r.call(x["checks"][i])
            r.say(x["plans"][i + 1])
    else:
        r.work(1)
        r.work(2)
        r.say(x["plans"][2])
        r.call(x["checks"][1])
        r.say(x["plans"][4])
        r.call(x["checks"][3])
        r.say(x["plans"][0], d["pings"][1])
        r.call(x["checks"][0])
        r.say(x["plans"][1])


# -------------------------------------------------------------- progress builders
# Each looks like a loop on the surface and moves the work forward or finishes it.


def prog_paging(r: Run, d: Domain, n: int) -> None:
    x = d["paging"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
    else:
        r.work(2)
    for i, (page, obs, note) in enumerate(x["pages"]):
        args = dict(x["base"])
        args[x["key"]] = page
        r.call((x["tool"], args, obs))
        if n % 2 == 1 and i == 1:
            r.say(note, d["pings"][0])
        else:
            r.say(note)
    r.call(x["after"])
    r.say(x["final"])


def prog_corrected_retry(r: Run, d: Domain, n: int) -> None:
    x = d["corrected"]
    r.open(n)
    if n % 2 == 0:
        r.work(1)
        r.work(0)
    else:
        r.work(2)
    r.call(x["bad"], err=True)
    r.say(x["note_bad"])
    if n % 2 == 1:
        r.call(x["lookup"])
        r.say(x["note_lookup"], d["pings"][1])
    r.call(x["good"])
    r.say(x["note_good"])
    r.call(x["next"])
    r.say(x["final"])


def prog_related_summaries(r: Run, d: Domain, n: int) -> None:
    x = d["summaries"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
    else:
        r.work(1)
        r.work(2)
    for i, (spec, summary) in enumerate(x["docs"]):
        r.call(spec)
        if n % 2 == 1 and i == 2:
            r.say(summary, d["pings"][2])
        else:
            r.say(summary)
    r.say(x["final"])


def prog_polling_with_waits(r: Run, d: Domain, n: int) -> None:
    x = d["polling"]
    waits = [5, 10, 10, 15] if n % 2 == 0 else [3, 6, 12, 12]
    r.open(n)
    if n % 2 == 0:
        r.work(1)
    else:
        r.work(0)
    for i, obs in enumerate(x["obs"]):
        r.call((x["tool"], x["args"], obs))
        if i == len(x["obs"]) - 1:
            break
        if n % 2 == 1 and i == 1:
            r.say(x["notes"][i], d["pings"][0])
        else:
            r.say(x["notes"][i])
        r.wait(waits[i])
    r.say(x["final"])


def prog_batch_items(r: Run, d: Domain, n: int) -> None:
    x = d["batch"]
    r.open(n)
    if n % 2 == 0:
        r.work(2)
        r.say(x["intro"])
    else:
        r.work(0)
    for i, (args, obs, note) in enumerate(x["items"]):
        r.call((x["tool"], args, obs))
        if n % 2 == 1 and i == 2:
            r.say(note, d["pings"][1])
        elif note:
            r.say(note)
    r.say(x["final"])


def prog_search_refinement(r: Run, d: Domain, n: int) -> None:
    x = d["refine"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.work(1)
    else:
        r.work(2)
    for i, (query, obs, note) in enumerate(x["steps"]):
        args = dict(x["base"])
        args[x["key"]] = query
        r.call((x["tool"], args, obs))
        if n % 2 == 1 and i == 0:
            r.say(note, d["pings"][2])
        else:
            r.say(note)
    r.call(x["after"])
    r.say(x["final"])


def prog_iterative_edits(r: Run, d: Domain, n: int) -> None:
    x = d["edits"]
    r.open(n)
    if n % 2 == 0:
        r.work(1)
    else:
        r.work(0)
        r.work(2)
    r.call((x["check"][0], x["check"][1], x["check_obs"][0]))
    r.say(x["first_note"])
    for i, (spec, note) in enumerate(x["edit"]):
        r.call(spec)
        r.call((x["check"][0], x["check"][1], x["check_obs"][i + 1]))
        if n % 2 == 1 and i == 0:
            r.say(note, d["pings"][0])
        else:
            r.say(note)


def prog_user_requested_recheck(r: Run, d: Domain, n: int) -> None:
    x = d["recheck"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
        r.work(2)
    else:
        r.work(1)
    r.call((x["spec"][0], x["spec"][1], x["obs1"]))
    r.say(x["note1"])
    if n % 2 == 1:
        r.call(x["side"])
        r.say(x["note_side"])
    r.say(x["reply"], x["msg"])
    r.call((x["spec"][0], x["spec"][1], x["obs2"]))
    r.say(x["note2"])
    r.call(x["after"])
    r.say(x["final"])


def prog_flaky_then_pass(r: Run, d: Domain, n: int) -> None:
    x = d["flaky"]
    r.open(n)
    if n % 2 == 0:
        r.work(1)
        r.work(2)
    else:
        r.work(0)
    for i, err in enumerate(x["errs"]):
        r.call((x["spec"][0], x["spec"][1], err), err=True, wait=20 * (i + 1))
        if n % 2 == 1 and i == 0:
            r.say(x["notes"][i], d["pings"][1])
        else:
            r.say(x["notes"][i])
    r.call((x["spec"][0], x["spec"][1], x["ok"]))
    r.say(x["note_ok"])
    r.call(x["after"])
    r.say(x["final"])


def prog_similar_status_updates(r: Run, d: Domain, n: int) -> None:
    x = d["status"]
    r.open(n)
    if n % 2 == 0:
        r.work(2)
    else:
        r.work(1)
    for i, (spec, note) in enumerate(x["rounds"]):
        r.call(spec)
        if n % 2 == 1 and i == 2:
            r.say(note, d["pings"][2])
        else:
            r.say(note)
    r.say(x["final"])


def prog_compare_two_sources(r: Run, d: Domain, n: int) -> None:
    x = d["compare"]
    r.open(n)
    if n % 2 == 0:
        r.work(0)
    else:
        r.work(1)
        r.work(0)
    for i, (spec, note) in enumerate(x["reads"]):
        r.call(spec)
        if n % 2 == 1 and i == 1:
            r.say(note, d["pings"][0])
        else:
            r.say(note)
    r.say(x["final"])


def prog_step_by_step_plan(r: Run, d: Domain, n: int) -> None:
    x = d["stepplan"]
    r.open(n)
    if n % 2 == 0:
        r.work(2)
        r.say(x["plan"])
    else:
        r.say(x["plan"])
    for i, (spec, note) in enumerate(x["steps"]):
        r.call(spec)
        if n % 2 == 1 and i == 1:
            r.say(note, d["pings"][1])
        else:
            r.say(note)
    r.say(x["final"])


LOOPS = {
    "exact_repeat": loop_exact_repeat,
    "paraphrased_search": loop_paraphrased_search,
    "paraphrased_reply": loop_paraphrased_reply,
    "user_nudged_paraphrase": loop_user_nudged_paraphrase,
    "ab_oscillation": loop_ab_oscillation,
    "abc_cycle": loop_abc_cycle,
    "failing_same": loop_failing_same,
    "failing_cosmetic": loop_failing_cosmetic,
    "monologue": loop_monologue,
    "identical_calls_interleaved": loop_identical_calls_interleaved,
    "retry_reworded_failure": loop_retry_reworded_failure,
    "plan_restated": loop_plan_restated,
}

PROGRESS = {
    "paging": prog_paging,
    "corrected_retry": prog_corrected_retry,
    "related_summaries": prog_related_summaries,
    "polling_with_waits": prog_polling_with_waits,
    "batch_items": prog_batch_items,
    "search_refinement": prog_search_refinement,
    "iterative_edits": prog_iterative_edits,
    "user_requested_recheck": prog_user_requested_recheck,
    "flaky_then_pass": prog_flaky_then_pass,
    "similar_status_updates": prog_similar_status_updates,
    "compare_two_sources": prog_compare_two_sources,
    "step_by_step_plan": prog_step_by_step_plan,
}


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for label, kinds in (("loop", LOOPS), ("progress", PROGRESS)):
        for k, (kind, fn) in enumerate(kinds.items()):
            # Row n of kind k uses domain (n + k) mod 8: every domain once per kind, and each
            # domain gets both shapes (even and odd rows) across the kinds.
            for n in range(len(DOMAINS)):
                d = DOMAINS[(n + k) % len(DOMAINS)]
                rid = f"thirtyfifth-{label}-{kind}-{n:03d}"
                r = Run(random.Random(f"{SEED}:{rid}"), d)
                fn(r, d, n)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": d["name"],
                        "steps": r.steps,
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
