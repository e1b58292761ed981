"""Build the fortieth labelled trajectory set (written blind) and write trajectories.jsonl.

Standard library only and deterministic: each row's ``random.Random`` is seeded from SEED and the
row id. ``build()`` returns the rows; running this file rewrites ``trajectories.jsonl`` beside it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = "fortieth-v1"

Step = dict[str, Any]


def tool(name: str, args: dict[str, Any], obs: str, error: bool = False) -> Step:
    return {"kind": "tool", "tool": name, "args": dict(args), "observation": obs, "error": error}


def llm(text: str, obs: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if obs:
        step["observation"] = obs
    return step


class Ctx:
    """Per-row state: the domain, the row's random source and a clock for volatile noise."""

    def __init__(self, d: dict[str, Any], rng: random.Random) -> None:
        self.d = d
        self.rng = rng
        self.minute = rng.randrange(6 * 60, 18 * 60)
        self.day = rng.randrange(3, 27)
        self.seen: dict[str, str] = {}  # last noise per call, for cached repeats
        self.open_len = 0  # steps of real work before the pattern, set by opening()

    def noise(self) -> str:
        self.minute += self.rng.randrange(1, 4)
        ts = "2026-11-%02dT%02d:%02d:%02dZ" % (
            self.day,
            self.minute // 60 % 24,
            self.minute % 60,
            self.rng.randrange(60),
        )
        rid = "%08x" % self.rng.getrandbits(32)
        return str(self.d["nz"] % {"rid": rid, "ms": self.rng.randrange(18, 900), "ts": ts})

    def call(self, spec: tuple[Any, ...], cached: bool = False, error: bool = False) -> Step:
        """A tool step; ``cached`` repeats this same call's last result byte for byte."""
        name, args, base = spec[0], spec[1], spec[2]
        key = "%s %s" % (name, json.dumps(args, sort_keys=True))
        noise = self.seen[key] if cached and key in self.seen else self.noise()
        self.seen[key] = noise
        return tool(name, args, base + noise, error)

    def wait(self, seconds: int) -> Step:
        self.minute += seconds // 60
        return tool("wait", {"seconds": seconds}, "waited %d s" % seconds)

    def pick(self, options: list[Any]) -> Any:
        return self.rng.choice(options)


# ---------------------------------------------------------------------------------------------
# Domains. Each gives the material the kinds are built from, in that domain's own words.
# ---------------------------------------------------------------------------------------------

D_PIGEON: dict[str, Any] = {
    "name": "pigeon_racing_clock_results",
    "nz": " [req %(rid)s, %(ms)d ms, %(ts)s]",
    "intro": "Saturday's Billingham race needs provisional results out tonight. Go through the clock downloads and sort anything odd before we publish.",
    "topic": "the clock variation on BENZ-44711",
    "warm": [
        (
            "get_race",
            {"race_id": "R26-14"},
            "race R26-14 Billingham, liberated 07:15:00 BST, wind SW 12 mph, 214 birds basketed by 31 lofts, status clocks_returned",
        ),
        (
            "get_loft",
            {"loft_id": "L-0917"},
            "loft L-0917 Harker & Son, 54.6021N 1.2874W, distance 162.418 km, 9 birds entered, clock BENZ-44711",
        ),
    ],
    "rec": (
        "get_clock_download",
        {"clock_id": "BENZ-44711"},
        "clock BENZ-44711 loft L-0917: 9 rings read, first GB26N04512 at 10:02:41, variation +3 s over 27 h, seal intact",
    ),
    "rec2": (
        "get_clock_download",
        {"clock_id": "UNIK-20933"},
        "clock UNIK-20933 loft L-0433: 7 rings read, first GB26N11873 at 10:05:09, variation -71 s over 27 h, seal intact",
    ),
    "search": {
        "tool": "search_federation_notices",
        "key": "query",
        "para": [
            "clock variation allowance",
            "permitted clock drift per race",
            "how much timer error is allowed",
            "ETS clock deviation tolerance rule",
            "maximum allowed variation on electronic clocks",
        ],
        "hits": "2 notices: NEHU-2026-07 'ETS variation over 60 s per 24 h voids times'; NEHU-2025-19 'variation applied pro rata to arrival'",
        "refine": [
            ("clock", 48, "NEHU-2024-02 clock setting"),
            ("clock variation", 11, "NEHU-2025-19 pro rata"),
            ("clock variation ETS 2026", 3, "NEHU-2026-07 voids times"),
            ("clock variation ETS 2026 void", 1, "NEHU-2026-07 voids times over 60 s/24 h"),
        ],
    },
    "page": {
        "tool": "list_clock_entries",
        "args": {"race_id": "R26-14", "order": "velocity_desc", "limit": 25},
        "item": lambda r, i: (
            "GB26N%05d L-%04d %d.%03d"
            % (
                r.randrange(1000, 99999),
                r.randrange(100, 999),
                1020 - i * 3 - r.randrange(3),
                r.randrange(1000),
            )
        ),
    },
    "fail": (
        "publish_results",
        {"race_id": "R26-14", "section": "open"},
        "403 results for R26-14 are locked: verification VR-8812 has not been signed off by the race secretary",
    ),
    "fix": (
        "lookup_ring",
        {"ring": "GB26-N-4512"},
        "400 invalid ring 'GB26-N-4512': expected country, year, letter and 5 digits, e.g. GB26N04512",
        {"ring": "GB26N04512"},
        "ring GB26N04512 registered to L-0917, blue chequer hen, vaccinated 2026-03-02",
    ),
    "flaky": (
        "fetch_clock_via_station",
        {"clock_id": "BENZ-44711"},
        "504 club clock station gateway timed out, try again shortly",
        "clock BENZ-44711 downloaded: 9 rings, variation +3 s, seal intact",
    ),
    "status": (
        "get_verification",
        {"job": "VR-8812"},
        [
            "queued",
            "checking clock variations 6/31 lofts",
            "checking clock variations 19/31 lofts",
            "checking clock variations 31/31 lofts",
            "awaiting secretary sign-off",
            "signed_off by J. Pybus",
        ],
        "awaiting secretary sign-off (assigned J. Pybus, no activity since 2026-11-27 19:40)",
    ),
    "docs": (
        "get_notice",
        "notice_id",
        [
            (
                "NEHU-2026-07",
                "ETS clocks showing variation over 60 s per 24 h have their times voided; under 60 s the variation is applied pro rata.",
                "variations over 60 s/24 h void times; UNIK-20933 at -71 s over 27 h is about -63 s/24 h, so its times are void",
            ),
            (
                "NEHU-2026-09",
                "Birds marked after the basket seal time are disqualified; marking sheets must carry the seal number.",
                "late-marked birds are out; check marking sheets carry seal numbers",
            ),
            (
                "NEHU-2026-11",
                "Velocities are published to three decimals in m/min; ties are split by earlier ring registration.",
                "publish velocity to 3 dp; ties go to the earlier-registered ring",
            ),
            (
                "NEHU-2026-12",
                "Provisional results must be marked provisional for 72 h to allow objections.",
                "publish as provisional, 72 h objection window",
            ),
        ],
    ),
    "act": (
        "apply_clock_variation",
        [
            (
                {"clock_id": "BENZ-44711", "seconds": 3},
                "BENZ-44711: 9 arrival times corrected by -3 s pro rata",
            ),
            (
                {"clock_id": "TIPES-5521", "seconds": 12},
                "TIPES-5521: 6 arrival times corrected by -11 s pro rata",
            ),
            (
                {"clock_id": "BENZ-40218", "seconds": -8},
                "BENZ-40218: 8 arrival times corrected by +7 s pro rata",
            ),
            (
                {"clock_id": "UNIK-20933", "seconds": -71},
                "UNIK-20933: variation over limit, 7 times voided",
            ),
            (
                {"clock_id": "BRI-77310", "seconds": 0},
                "BRI-77310: no correction needed, 5 times unchanged",
            ),
            (
                {"clock_id": "TIPES-5590", "seconds": 22},
                "TIPES-5590: 10 arrival times corrected by -20 s pro rata",
            ),
            (
                {"clock_id": "BENZ-41002", "seconds": 5},
                "BENZ-41002: 4 arrival times corrected by -5 s pro rata",
            ),
        ],
        "clocks",
    ),
    "flip": ("set_entry_status", {"ring": "GB26N11873"}, "status", ("void", "valid")),
    "cmp": (
        "get_club_sheet",
        "get_federation_result",
        "loft_id",
        [
            ("L-0917", "1st 1004.221", "1st 1004.221"),
            ("L-0433", "2nd 998.710", "void (clock variation)"),
            ("L-0588", "3rd 997.032", "2nd 997.032"),
            ("L-0271", "4th 995.880", "3rd 995.880"),
        ],
        ["L-0433", "L-0588", "L-0271"],
    ),
    "clar": (
        "Should birds from lofts whose clock variation is over the limit be left out of the provisional list, or listed with a note?",
        "Do you want lofts with clocks over the variation limit dropped from the provisional list or shown with a note?",
        [
            (
                "Should voided birds be listed with a note or left out?",
                "Leave them out, the secretary will add a note.",
            ),
            ("Do you want velocities to 3 dp or rounded to 2?", "Three, as the rules say."),
            (
                "Publish to the club site only, or the federation feed too?",
                "Club site only until Monday.",
            ),
        ],
    ),
    "nego": (
        "send_offer",
        {"to": "Wearside Transporters", "item": "2027 season convoy"},
        "per_bird_gbp",
        [0.48, 0.52, 0.55, 0.56],
        [0.64, 0.60, 0.57, 0.56],
    ),
    "slot": (
        "list_marking_slots",
        {"date": "2026-12-05", "venue": "Billingham club hut"},
        "book_marking_slot",
        "slot",
        ["19:30", "20:00", "20:30"],
        "409 slot %s is already held by Hartlepool Central",
        "slot %s booked for basket marking, ref MK-%d",
    ),
    "split": (
        (
            "split_section",
            {
                "race_id": "R26-14",
                "section": "open",
                "into": ["north", "south"],
                "boundary_km": 160,
            },
            "section open split: north 17 lofts, south 14 lofts",
        ),
        (
            "merge_sections",
            {"race_id": "R26-14", "sections": ["north", "south"], "into": "open"},
            "sections north, south merged into open: 31 lofts",
        ),
        [
            (
                "assign_section_steward",
                {"race_id": "R26-14", "section": "north", "steward": "D. Armstrong"},
                "north steward D. Armstrong",
            ),
            (
                "assign_section_steward",
                {"race_id": "R26-14", "section": "south", "steward": "K. Fell"},
                "south steward K. Fell",
            ),
        ],
    ),
    "calc": (
        "compute_velocity",
        {"distance_km": 162.418, "liberated": "07:15:00", "clocked": "10:02:41"},
        "velocity 968.600 m/min (162418 m / 167.683 min)",
    ),
}

D_BELLS: dict[str, Any] = {
    "name": "bell_tower_peal_bookings",
    "nz": " (request_id=%(rid)s; took %(ms)dms; at %(ts)s)",
    "intro": "The guild wants a peal attempt booked for the Advent weekend and the records tidied. Can you work out where we can ring and get it arranged?",
    "topic": "the St Oswald's tower booking",
    "warm": [
        (
            "get_tower",
            {"tower_id": "DOVE-11234"},
            "St Oswald, Durham: 8 bells, tenor 18-2-14 in E, ground-floor ring, peal bookings via captain, noise curfew 21:00",
        ),
        (
            "get_band",
            {"band_id": "DUR-PEAL-3"},
            "band DUR-PEAL-3: 8 ringers + 1 reserve, conductor M. Tindall, last peal 2026-09-19 (5040 Grandsire Triples)",
        ),
    ],
    "rec": (
        "get_tower_calendar",
        {"tower_id": "DOVE-11234", "month": "2026-12"},
        "St Oswald December: services Sun 09:15, practice Thu 19:30, weddings 12 Dec 13:00, closed 14-18 Dec (frame survey)",
    ),
    "rec2": (
        "get_tower_calendar",
        {"tower_id": "DOVE-11870", "month": "2026-12"},
        "St Cuthbert December: services Sun 10:00, practice Tue 19:30, open Sat afternoons on request, peal quota 2/2 used",
    ),
    "search": {
        "tool": "search_peal_archive",
        "key": "q",
        "para": [
            "Durham peals Advent weekend",
            "peals rung in Durham on the first weekend of Advent",
            "Advent Saturday peals Durham towers",
            "Durham towers peal history for Advent",
            "which Durham towers had Advent weekend peals",
        ],
        "hits": "3 peals: 2025-11-29 St Oswald 5040 Stedman Triples; 2024-11-30 St Oswald 5056 Yorkshire Major; 2023-12-02 St Giles 5040 Grandsire",
        "refine": [
            ("Durham peals", 312, "2026-09-19 St Oswald Grandsire"),
            ("Durham peals 2024..2026", 41, "2026-10-03 St Giles Plain Bob"),
            ("Durham peals 2024..2026 Stedman", 6, "2025-11-29 St Oswald"),
            ("Durham peals 2024..2026 Stedman Triples St Oswald", 2, "2025-11-29 and 2025-03-22"),
        ],
    },
    "page": {
        "tool": "list_peal_records",
        "args": {"guild": "Durham & Newcastle", "year": 2026, "per_page": 20},
        "item": lambda r, i: (
            "BB%07d %s %d changes"
            % (
                r.randrange(1400000, 1599999),
                r.choice(
                    [
                        "Grandsire Triples",
                        "Plain Bob Major",
                        "Stedman Triples",
                        "Cambridge Major",
                        "Yorkshire Major",
                    ]
                ),
                r.choice([5040, 5056, 5088, 5120]),
            )
        ),
    },
    "fail": (
        "book_tower_slot",
        {"tower_id": "DOVE-11234", "date": "2026-12-16", "start": "14:00"},
        "409 St Oswald is closed 14-18 Dec for the bell frame survey; no bookings can be taken in that window",
    ),
    "fix": (
        "register_peal",
        {"tower_id": "DOVE-11234", "method": "Stedman Triples", "changes": 5400},
        "422 Stedman Triples peal must be at least 5040 changes and a multiple of the plain course length 84; 5400 is not",
        {"tower_id": "DOVE-11234", "method": "Stedman Triples", "changes": 5040},
        "peal record draft PR-2231 created, 5040 Stedman Triples at St Oswald",
    ),
    "flaky": (
        "fetch_felstead_entry",
        {"tower_id": "DOVE-11234"},
        "503 Felstead database busy (nightly rebuild), retry in a minute",
        "Felstead: St Oswald 1,214 peals recorded, latest 2026-09-19",
    ),
    "status": (
        "get_booking_request",
        {"request_id": "BR-5581"},
        [
            "submitted",
            "seen by tower captain",
            "checked with incumbent",
            "approved, key holder assigned",
        ],
        "submitted (tower captain on leave until 2027-01-04, auto-reply)",
    ),
    "docs": (
        "get_tower_rules",
        "tower_id",
        [
            (
                "DOVE-11234",
                "St Oswald: peals by arrangement with captain, finish by 21:00, ringers to sign the tower book, no ringing during funerals.",
                "St Oswald allows peals by arrangement, curfew 21:00",
            ),
            (
                "DOVE-11870",
                "St Cuthbert: two peals a year, quota met for 2026; quarter peals welcome on Sat afternoons.",
                "St Cuthbert has used its 2026 peal quota; quarters only",
            ),
            (
                "DOVE-10442",
                "St Giles: peals Saturdays only, notify neighbours' association 14 days ahead, bells 6 only for quarters.",
                "St Giles takes Saturday peals with 14 days' notice to neighbours",
            ),
            (
                "DOVE-12007",
                "St Mary-le-Bow (Durham): ring of 8 currently silent pending rehanging, no bookings until spring.",
                "St Mary-le-Bow silent until spring",
            ),
        ],
    ),
    "act": (
        "send_ringer_invite",
        [
            ({"ringer": "M. Tindall", "bell": 8}, "invite sent to M. Tindall (tenor), accepted"),
            (
                {"ringer": "A. Rutherford", "bell": 1},
                "invite sent to A. Rutherford (treble), accepted",
            ),
            ({"ringer": "C. Hume", "bell": 2}, "invite sent to C. Hume (2), tentative"),
            ({"ringer": "J. Bell", "bell": 3}, "invite sent to J. Bell (3), accepted"),
            (
                {"ringer": "P. Ogle", "bell": 4},
                "invite sent to P. Ogle (4), declined: away that weekend",
            ),
            ({"ringer": "S. Wardle", "bell": 5}, "invite sent to S. Wardle (5), accepted"),
            ({"ringer": "R. Kell", "bell": 6}, "invite sent to R. Kell (6), accepted"),
        ],
        "ringers",
    ),
    "flip": (
        "set_peal_method",
        {"booking": "PK-3310"},
        "method",
        ("Stedman Triples", "Yorkshire Major"),
    ),
    "cmp": (
        "get_tower_book",
        "get_bellboard_entry",
        "peal_ref",
        [
            ("2026-09-19", "5040 Grandsire Triples, 2h 58m", "5040 Grandsire Triples, 2h 58m"),
            ("2026-06-13", "5056 Plain Bob Major, 3h 05m", "5056 Plain Bob Major, 3h 07m"),
            ("2026-03-21", "5040 Stedman Triples, 3h 01m", "not on BellBoard"),
            ("2025-11-29", "5040 Stedman Triples, 2h 59m", "5040 Stedman Triples, 2h 59m"),
        ],
        ["2026-06-13", "2026-03-21"],
    ),
    "clar": (
        "Should the peal be Stedman Triples or Yorkshire Major? It decides whether we need the back eight or all ten.",
        "Which method do you want, Stedman Triples or Yorkshire Major? That settles whether it is the back eight or all ten.",
        [
            ("Stedman Triples or Yorkshire Major?", "Stedman Triples."),
            ("Saturday 29th or Sunday 30th?", "Saturday, after 13:00."),
            ("Should the reserve be asked to stand by?", "Yes, ask Liz Coulson."),
        ],
    ),
    "nego": (
        "propose_tower_fee",
        {"tower_id": "DOVE-10442", "event": "Advent peal"},
        "fee_gbp",
        [40, 50, 55, 60],
        [80, 70, 64, 60],
    ),
    "slot": (
        "find_free_tower_slots",
        {"tower_id": "DOVE-10442", "date": "2026-11-29"},
        "book_tower_slot",
        "start",
        ["13:30", "14:00", "15:00"],
        "409 %s clashes with a wedding quarter already booked",
        "St Giles booked from %s, booking ref PK-%d",
    ),
    "split": (
        (
            "split_band",
            {"band_id": "DUR-PEAL-3", "into": 2, "purpose": "quarter peals"},
            "band DUR-PEAL-3 split into DUR-Q-A (6 ringers) and DUR-Q-B (6 ringers incl. 3 learners)",
        ),
        (
            "merge_bands",
            {"bands": ["DUR-Q-A", "DUR-Q-B"], "into": "DUR-PEAL-3"},
            "bands DUR-Q-A, DUR-Q-B merged back into DUR-PEAL-3 (12 ringers)",
        ),
        [
            (
                "assign_tower",
                {"band_id": "DUR-Q-A", "tower_id": "DOVE-11870"},
                "DUR-Q-A to St Cuthbert Sat 13:00",
            ),
            (
                "assign_tower",
                {"band_id": "DUR-Q-B", "tower_id": "DOVE-10442"},
                "DUR-Q-B to St Giles Sat 15:00",
            ),
        ],
    ),
    "calc": (
        "estimate_peal_duration",
        {"changes": 5040, "tenor_cwt": 18.2, "changes_per_minute": 28},
        "estimated 3 h 00 min (5040 / 28 per min)",
    ),
}

D_BOG: dict[str, Any] = {
    "name": "peat_bog_rewetting",
    "nz": " | rid=%(rid)s lat=%(ms)dms ts=%(ts)s",
    "intro": "We need the winter report on the Blackhill Moss rewetting: are the new dams holding water, and what still needs doing before the contractor leaves?",
    "topic": "the dipwell readings for compartment C4",
    "warm": [
        (
            "get_site",
            {"site_id": "BHM"},
            "Blackhill Moss, 212 ha blanket bog, 4 compartments, 318 peat dams planned, 271 installed, dipwell network 46 wells",
        ),
        (
            "get_compartment",
            {"site_id": "BHM", "compartment": "C4"},
            "C4: 58 ha, 84 dams planned, 61 installed, 12 dipwells, gully erosion on east flank",
        ),
    ],
    "rec": (
        "get_dipwell_series",
        {"well_id": "BHM-C4-DW07", "from": "2026-10-01"},
        "BHM-C4-DW07: 58 readings, mean water table -14.2 cm, min -22.8, max -3.1, logger battery 61%",
    ),
    "rec2": (
        "get_dipwell_series",
        {"well_id": "BHM-C4-DW11", "from": "2026-10-01"},
        "BHM-C4-DW11: 58 readings, mean water table -31.6 cm, min -40.2, max -19.7, logger battery 44%",
    ),
    "search": {
        "tool": "search_monitoring_notes",
        "key": "text",
        "para": [
            "dam leaking C4",
            "leaking peat dams in compartment C4",
            "C4 dams where water is getting past",
            "dams in C4 not holding water",
            "C4 dam seepage notes",
        ],
        "hits": "2 notes: 2026-10-22 'D-C4-033 piping under the dam, 20 cm flow'; 2026-11-09 'D-C4-041 overtopping at the spillway'",
        "refine": [
            ("dam", 208, "2026-11-20 D-C1-004 fine"),
            ("dam C4", 37, "2026-11-18 D-C4-052 fine"),
            ("dam C4 leak", 4, "2026-10-22 D-C4-033 piping"),
            ("dam C4 leak piping", 1, "2026-10-22 D-C4-033 piping under the dam"),
        ],
    },
    "page": {
        "tool": "list_dams",
        "args": {"site_id": "BHM", "compartment": "C4", "page_size": 15},
        "item": lambda r, i: (
            "D-C4-%03d %s %s"
            % (
                i + 1,
                r.choice(["peat", "plastic piling", "timber"]),
                r.choice(["holding", "holding", "holding", "overtopping", "piping"]),
            )
        ),
    },
    "fail": (
        "order_plastic_piling",
        {"site_id": "BHM", "sheets": 120, "supplier": "Dunmore Geo"},
        "402 purchase order refused: BHM capital budget line CAP-27 is closed for 2026, reopen needs the programme manager",
    ),
    "fix": (
        "log_dam_inspection",
        {"dam_id": "D-C4-33", "condition": "piping"},
        "404 no dam 'D-C4-33' at BHM; dam ids are zero-padded to three digits, e.g. D-C4-033",
        {"dam_id": "D-C4-033", "condition": "piping"},
        "inspection INS-20931 logged for D-C4-033: piping, repair priority high",
    ),
    "flaky": (
        "pull_logger_telemetry",
        {"gateway": "BHM-GW2"},
        "timeout: LoRa gateway BHM-GW2 did not answer within 30 s (uplink window)",
        "BHM-GW2: 12 loggers reported, 3 batteries below 50%",
    ),
    "status": (
        "get_contractor_job",
        {"job_id": "CJ-0412"},
        [
            "mobilising",
            "installing dams 61/84",
            "installing dams 70/84",
            "installing dams 84/84",
            "snagging",
            "complete",
        ],
        "on hold: excavator track failure, awaiting part (no update since 2026-11-21)",
    ),
    "docs": (
        "get_survey_report",
        "report_id",
        [
            (
                "SR-2026-03",
                "Spring vegetation survey: Sphagnum cover up 6% in C1 and C2, Molinia still dominant in C4.",
                "C1/C2 Sphagnum up 6%; C4 still Molinia-dominated",
            ),
            (
                "SR-2026-07",
                "Summer hydrology: water tables within 10 cm of surface in C1-C3, C4 drier by 15 cm near the gully.",
                "C1-C3 wet enough; C4 15 cm drier near the gully",
            ),
            (
                "SR-2026-09",
                "Erosion survey: east gully in C4 actively cutting back 0.4 m/yr, 6 more dams advised.",
                "C4 east gully eroding 0.4 m/yr, 6 extra dams advised",
            ),
            (
                "SR-2026-10",
                "Bird survey: golden plover breeding pairs 9 (7 in 2025), dunlin 3 pairs.",
                "golden plover up to 9 pairs, dunlin 3",
            ),
        ],
    ),
    "act": (
        "log_dam_inspection",
        [
            (
                {"dam_id": "D-C4-033", "condition": "piping"},
                "INS-20931 D-C4-033 piping, repair high",
            ),
            (
                {"dam_id": "D-C4-041", "condition": "overtopping"},
                "INS-20932 D-C4-041 overtopping, spillway lowering",
            ),
            (
                {"dam_id": "D-C4-044", "condition": "holding"},
                "INS-20933 D-C4-044 holding, pool 0.3 m",
            ),
            (
                {"dam_id": "D-C4-047", "condition": "holding"},
                "INS-20934 D-C4-047 holding, pool 0.2 m",
            ),
            (
                {"dam_id": "D-C4-052", "condition": "slumped"},
                "INS-20935 D-C4-052 slumped crest, repair medium",
            ),
            ({"dam_id": "D-C4-058", "condition": "holding"}, "INS-20936 D-C4-058 holding"),
            (
                {"dam_id": "D-C4-060", "condition": "holding"},
                "INS-20937 D-C4-060 holding, new Sphagnum",
            ),
        ],
        "dams",
    ),
    "flip": ("set_repair_priority", {"dam_id": "D-C4-041"}, "priority", ("high", "medium")),
    "cmp": (
        "get_field_sheet",
        "get_logger_reading",
        "well_id",
        [
            ("BHM-C4-DW03", "-12 cm (tape, 2026-11-20)", "-11.8 cm"),
            ("BHM-C4-DW07", "-15 cm (tape, 2026-11-20)", "-14.9 cm"),
            ("BHM-C4-DW11", "-30 cm (tape, 2026-11-20)", "-38.4 cm (sensor drift?)"),
            ("BHM-C4-DW12", "-9 cm (tape, 2026-11-20)", "no reading, battery flat"),
        ],
        ["BHM-C4-DW11", "BHM-C4-DW12"],
    ),
    "clar": (
        "Before I draft it, should the report count dams that are overtopping as holding water or as failed?",
        "Should overtopping dams go in the report as holding water, or as failed?",
        [
            (
                "Count overtopping dams as holding or failed?",
                "Holding, but flag them for spillway work.",
            ),
            (
                "Report C4 separately or inside the site totals?",
                "Separately, it is the problem compartment.",
            ),
            (
                "Include the bird survey or leave it for the ecology note?",
                "Leave it for the ecology note.",
            ),
        ],
    ),
    "nego": (
        "send_rate_offer",
        {"contractor": "Moorland Civils", "work": "6 extra gully dams C4"},
        "rate_per_dam_gbp",
        [380, 420, 440, 450],
        [520, 490, 460, 450],
    ),
    "slot": (
        "check_excavator_availability",
        {"depot": "Hexham", "model": "7t low ground pressure"},
        "hire_excavator",
        "week",
        ["2026-W49", "2026-W50", "2026-W51"],
        "409 excavator week %s was just reserved by another customer",
        "7t LGP excavator hired for %s, hire no. HX-%d",
    ),
    "split": (
        (
            "split_compartment",
            {"site_id": "BHM", "compartment": "C4", "into": ["C4a", "C4b"], "line": "east gully"},
            "C4 split: C4a 31 ha (gully side, 44 dams), C4b 27 ha (40 dams)",
        ),
        (
            "merge_compartments",
            {"site_id": "BHM", "compartments": ["C4a", "C4b"], "into": "C4"},
            "C4a, C4b merged back into C4: 58 ha, 84 dams",
        ),
        [
            (
                "assign_monitoring_lead",
                {"site_id": "BHM", "compartment": "C4a", "lead": "R. Dodd"},
                "C4a monitoring lead R. Dodd",
            ),
            (
                "assign_monitoring_lead",
                {"site_id": "BHM", "compartment": "C4b", "lead": "F. Milburn"},
                "C4b monitoring lead F. Milburn",
            ),
        ],
    ),
    "calc": (
        "mean_water_table",
        {"wells": ["BHM-C4-DW03", "BHM-C4-DW07", "BHM-C4-DW11"], "from": "2026-10-01"},
        "mean water table -19.4 cm over 3 wells (174 readings)",
    ),
}

D_FARRIER: dict[str, Any] = {
    "name": "farrier_shoeing_rounds",
    "nz": " <%(rid)s %(ms)dms %(ts)s>",
    "intro": "Can you sort out next week's round? Bramley Livery rang about their horses, and the vet wants remedial shoes on Juniper.",
    "topic": "Juniper's shoeing record",
    "warm": [
        (
            "get_round",
            {"week": "2026-W49", "farrier": "T. Ridley"},
            "T. Ridley W49: 23 horses booked across 7 yards, 2 gaps Thu pm, forge van service Fri am",
        ),
        (
            "get_yard",
            {"yard_id": "Y-BRAM"},
            "Bramley Livery: 11 horses on the books, 6 due this cycle, hard standing, contact S. Coates",
        ),
    ],
    "rec": (
        "get_horse_record",
        {"horse_id": "H-2281"},
        "Juniper (H-2281) 15.2 hh cob mare: last shod 2026-10-30 fronts only, size 4 fronts, vet note: heart-bar shoes RF for laminitis rehab",
    ),
    "rec2": (
        "get_horse_record",
        {"horse_id": "H-2302"},
        "Dandy (H-2302) 16.1 hh ISH gelding: last shod 2026-10-28 all round, size 5, no notes",
    ),
    "search": {
        "tool": "search_vet_referrals",
        "key": "query",
        "para": [
            "Juniper laminitis shoeing instructions",
            "what the vet said about shoeing Juniper",
            "vet guidance for Juniper's remedial shoes",
            "Juniper remedial shoeing referral",
            "referral notes on shoes for Juniper's laminitis",
        ],
        "hits": "1 referral: VR-7730 (Tynedale Equine, 2026-11-24) heart-bar RF, set back toe, 5-week cycle, x-ray after second set",
        "refine": [
            ("Juniper", 14, "2026-10-30 routine shoeing"),
            ("Juniper vet", 5, "2026-04-02 teeth"),
            ("Juniper vet laminitis", 2, "VR-7730 heart-bar RF"),
            ("Juniper vet laminitis 2026-11", 1, "VR-7730 heart-bar RF, set back toe"),
        ],
    },
    "page": {
        "tool": "list_due_horses",
        "args": {"farrier": "T. Ridley", "due_before": "2026-12-12", "limit": 10},
        "item": lambda r, i: (
            "H-%04d %s %s"
            % (
                r.randrange(2000, 2999),
                r.choice(["Y-BRAM", "Y-HOLM", "Y-WEST", "Y-KNOW"]),
                r.choice(["fronts", "all round", "trim only", "remedial"]),
            )
        ),
    },
    "fail": (
        "book_visit",
        {"yard_id": "Y-HOLM", "date": "2026-12-03", "horses": 4},
        "403 Holmfield Stables has an active strangles isolation notice until 2026-12-20; visits refused by the yard manager",
    ),
    "fix": (
        "order_shoes",
        {"pattern": "heart bar", "size": "4", "qty": 1},
        "400 heart-bar shoes are stocked by hoof: give 'side' as LF or RF and size as e.g. '4'",
        {"pattern": "heart bar", "size": "4", "side": "RF", "qty": 1},
        "order SO-5512: 1 x heart-bar RF size 4, in stock at Hexham forge supplies",
    ),
    "flaky": (
        "sync_round_app",
        {"device": "van-tablet-2"},
        "sync failed: no mobile signal at Knowesgate, queued",
        "synced van-tablet-2: 23 appointments, 3 changes pulled",
    ),
    "status": (
        "get_shoe_order",
        {"order_id": "SO-5512"},
        [
            "received",
            "picking",
            "dispatched, courier DPD",
            "out for delivery",
            "delivered to forge",
        ],
        "awaiting stock (supplier backorder, no date given)",
    ),
    "docs": (
        "get_vet_letter",
        "letter_id",
        [
            (
                "VR-7730",
                "Juniper: heart-bar shoe RF, set back toe, 5-week cycle, x-ray after second set.",
                "Juniper needs a heart-bar RF with toe set back, 5-week cycle",
            ),
            (
                "VR-7741",
                "Dandy: mild seedy toe LF, resect and pack, review in 3 weeks.",
                "Dandy has seedy toe LF: resect, pack, review in 3 weeks",
            ),
            (
                "VR-7749",
                "Rosie: navicular changes, egg-bar fronts trial for two cycles.",
                "Rosie trials egg-bar fronts for two cycles",
            ),
            (
                "VR-7752",
                "Barney: keep barefoot, trim every 6 weeks, hoof boots for roadwork.",
                "Barney stays barefoot, 6-weekly trims",
            ),
        ],
    ),
    "act": (
        "book_visit",
        [
            (
                {"yard_id": "Y-BRAM", "date": "2026-12-02", "horses": 6},
                "Bramley Livery Tue 08:00, 6 horses, ref RV-3301",
            ),
            (
                {"yard_id": "Y-WEST", "date": "2026-12-02", "horses": 3},
                "Westside Tue 13:30, 3 horses, ref RV-3302",
            ),
            (
                {"yard_id": "Y-KNOW", "date": "2026-12-03", "horses": 2},
                "Knowesgate Wed 09:00, 2 horses, ref RV-3303",
            ),
            (
                {"yard_id": "Y-CRAG", "date": "2026-12-03", "horses": 4},
                "Craghead Wed 11:00, 4 horses, ref RV-3304",
            ),
            (
                {"yard_id": "Y-ELSD", "date": "2026-12-04", "horses": 5},
                "Elsdon Thu 08:30, 5 horses, ref RV-3305",
            ),
            (
                {"yard_id": "Y-OTTE", "date": "2026-12-04", "horses": 1},
                "Otterburn Thu 14:00, 1 horse, ref RV-3306",
            ),
            (
                {"yard_id": "Y-RIDS", "date": "2026-12-05", "horses": 2},
                "Ridsdale Fri 13:00, 2 horses, ref RV-3307",
            ),
        ],
        "yards",
    ),
    "flip": (
        "set_shoe_plan",
        {"horse_id": "H-2281"},
        "front_shoes",
        ("heart bar RF", "standard fronts"),
    ),
    "cmp": (
        "get_yard_list",
        "get_farrier_records",
        "horse_id",
        [
            ("H-2281", "due 2026-12-04", "due 2026-12-04"),
            ("H-2302", "due 2026-12-02", "due 2026-11-25 (overdue)"),
            ("H-2317", "due 2026-12-09", "not on books (sold 2026-10)"),
            ("H-2344", "due 2026-12-02", "due 2026-12-02"),
        ],
        ["H-2302", "H-2317"],
    ),
    "clar": (
        "For the Bramley horses, does the yard want them done Tuesday morning, or after they come in from turnout in the afternoon?",
        "Does Bramley want their horses done on Tuesday morning, or in the afternoon after turnout?",
        [
            ("Bramley Tuesday morning or afternoon?", "Morning, they turn out at noon."),
            (
                "Should Juniper go first so the vet can see the shoe before she leaves?",
                "Yes, the vet is there at 08:30.",
            ),
            ("Invoice Bramley per horse or one bill?", "One bill to the yard."),
        ],
    ),
    "nego": (
        "send_quote",
        {"yard_id": "Y-BRAM", "work": "6-week contract, 11 horses"},
        "per_horse_gbp",
        [90, 86, 84, 84],
        [75, 80, 83, 84],
    ),
    "slot": (
        "list_open_slots",
        {"farrier": "T. Ridley", "week": "2026-W49"},
        "book_visit_slot",
        "slot",
        ["Thu 13:00", "Thu 15:00", "Fri 14:00"],
        "409 %s was taken a minute ago by Elsdon yard",
        "%s booked for Juniper at Bramley, ref RV-%d",
    ),
    "split": (
        (
            "split_round",
            {"week": "2026-W49", "farrier": "T. Ridley", "into": ["north", "south"]},
            "round split: north 12 horses (Elsdon, Otterburn, Ridsdale), south 11 horses (Bramley, Westside, Craghead)",
        ),
        (
            "merge_round",
            {"week": "2026-W49", "farrier": "T. Ridley", "parts": ["north", "south"]},
            "round parts merged: 23 horses, 7 yards",
        ),
        [
            (
                "assign_round_day",
                {"week": "2026-W49", "part": "north", "day": "Thu"},
                "north part on Thu",
            ),
            (
                "assign_round_day",
                {"week": "2026-W49", "part": "south", "day": "Tue"},
                "south part on Tue",
            ),
        ],
    ),
    "calc": (
        "price_visit",
        {"yard_id": "Y-BRAM", "horses": 6, "remedial": 1, "callout_miles": 14},
        "total GBP 602.00 (5 x 84.00 + 1 x 142.00 remedial + 40.00 call-out)",
    ),
}

D_TRUFFLE: dict[str, Any] = {
    "name": "truffle_orchard_grading",
    "nz": " {trace %(rid)s, %(ms)d ms, %(ts)s}",
    "intro": "This week's Périgord harvest needs grading and selling. The restaurants want extra grade, and the wholesaler has been chasing us on price.",
    "topic": "lot TB-1147's grading",
    "warm": [
        (
            "get_harvest_week",
            {"orchard": "Combe Basse", "week": "2026-W48"},
            "Combe Basse W48: 3 dog hunts, 41 truffles, 2.318 kg gross, 4 lots open, cold store at 2.1 C",
        ),
        (
            "get_dog_log",
            {"dog": "Pepa", "week": "2026-W48"},
            "Pepa W48: 3 hunts, 29 finds, 2 false marks, rows 4-11 of the oak block",
        ),
    ],
    "rec": (
        "get_lot",
        {"lot_id": "TB-1147"},
        "lot TB-1147: 14 truffles, 782 g, provisional grade extra 5 / cat I 7 / cat II 2, brushed, not yet weighed after drying",
    ),
    "rec2": (
        "get_lot",
        {"lot_id": "TB-1149"},
        "lot TB-1149: 11 truffles, 604 g, ungraded, 2 with slug damage",
    ),
    "search": {
        "tool": "search_buyer_orders",
        "key": "query",
        "para": [
            "restaurants wanting extra grade this week",
            "which restaurants ordered extra grade truffles for this week",
            "extra grade orders from restaurants W48",
            "restaurant buyers asking for top grade this week",
            "this week's extra-category restaurant orders",
        ],
        "hits": "2 orders: RO-884 Le Vieux Logis 200 g extra; RO-891 Maison Arnaud 150 g extra",
        "refine": [
            ("extra", 22, "RO-801 Sept"),
            ("extra W48", 6, "RO-880 wholesaler"),
            ("extra W48 restaurant", 2, "RO-884, RO-891"),
            ("extra W48 restaurant Sarlat", 1, "RO-884 Le Vieux Logis 200 g"),
        ],
    },
    "page": {
        "tool": "list_truffle_weights",
        "args": {"orchard": "Combe Basse", "week": "2026-W48", "page_size": 12},
        "item": lambda r, i: (
            "T-%05d %dg row %d %s"
            % (
                r.randrange(30000, 39999),
                r.randrange(12, 120),
                r.randrange(1, 20),
                r.choice(["extra", "cat I", "cat I", "cat II"]),
            )
        ),
    },
    "fail": (
        "issue_sale_certificate",
        {"lot_id": "TB-1147", "buyer": "RO-884"},
        "422 certificate refused: lot TB-1147 has no dried weight; record it with record_dried_weight before certifying",
    ),
    "fix": (
        "record_dried_weight",
        {"lot_id": "TB-1147", "weight": "0,761 kg"},
        "400 weight must be a number of grams, e.g. 761",
        {"lot_id": "TB-1147", "weight": 761},
        "TB-1147 dried weight 761 g (loss 2.7%)",
    ),
    "flaky": (
        "fetch_market_price",
        {"market": "Sainte-Alvère", "grade": "extra"},
        "502 market bulletin feed unavailable, try again",
        "Sainte-Alvère 2026-11-24 extra EUR 1,050/kg, cat I EUR 820/kg",
    ),
    "status": (
        "get_shipment",
        {"shipment_id": "SHP-3307"},
        [
            "label created",
            "collected 06:10",
            "at Périgueux hub",
            "out for delivery",
            "delivered, signed C. Arnaud",
        ],
        "held at Périgueux hub: temperature check pending (no scan since 2026-11-26 07:02)",
    ),
    "docs": (
        "get_lab_report",
        "report_id",
        [
            (
                "LAB-5521",
                "TB-1147: DNA confirms Tuber melanosporum 14/14, no brumale.",
                "TB-1147 all T. melanosporum",
            ),
            (
                "LAB-5522",
                "TB-1148: 9/10 melanosporum, 1 T. brumale (T-31187) to be removed.",
                "TB-1148 has one brumale, T-31187 out",
            ),
            (
                "LAB-5523",
                "TB-1149: 11/11 melanosporum, slug damage on 2 noted.",
                "TB-1149 all melanosporum, 2 damaged",
            ),
            (
                "LAB-5524",
                "TB-1150: 6/6 melanosporum, maturity low on 3 (grey gleba).",
                "TB-1150 authentic but 3 immature",
            ),
        ],
    ),
    "act": (
        "grade_truffle",
        [
            ({"truffle_id": "T-31180", "grade": "extra"}, "T-31180 extra, 74 g"),
            ({"truffle_id": "T-31181", "grade": "cat I"}, "T-31181 cat I, 52 g"),
            ({"truffle_id": "T-31182", "grade": "extra"}, "T-31182 extra, 91 g"),
            ({"truffle_id": "T-31183", "grade": "cat II"}, "T-31183 cat II, 33 g, irregular"),
            ({"truffle_id": "T-31184", "grade": "cat I"}, "T-31184 cat I, 47 g"),
            ({"truffle_id": "T-31185", "grade": "extra"}, "T-31185 extra, 66 g"),
            ({"truffle_id": "T-31186", "grade": "cat I"}, "T-31186 cat I, 58 g"),
        ],
        "truffles",
    ),
    "flip": ("set_lot_grade", {"lot_id": "TB-1149"}, "grade", ("cat I", "cat II")),
    "cmp": (
        "get_scale_log",
        "get_lot_ledger",
        "lot_id",
        [
            ("TB-1146", "540 g", "540 g"),
            ("TB-1147", "782 g", "782 g"),
            ("TB-1148", "655 g", "612 g (brumale removed?)"),
            ("TB-1149", "604 g", "604 g"),
        ],
        ["TB-1148"],
    ),
    "clar": (
        "For Le Vieux Logis, do you want me to fill the 200 g with extra only, or can I make it up with cat I if extra runs short?",
        "Should the Le Vieux Logis 200 g be extra only, or may I top it up with cat I if extra is short?",
        [
            ("Extra only for Le Vieux Logis?", "Extra only, they pay for it."),
            ("Send the cat II to the wholesaler or keep for the farm shop?", "Wholesaler."),
            ("Ship Tuesday or Wednesday?", "Tuesday, before the market."),
        ],
    ),
    "nego": (
        "send_price_offer",
        {"buyer": "Truffes du Quercy", "lot_id": "TB-1149", "grade": "cat I"},
        "eur_per_kg",
        [860, 840, 825, 820],
        [720, 770, 805, 820],
    ),
    "slot": (
        "list_courier_pickups",
        {"depot": "Sarlat", "date": "2026-12-01"},
        "book_courier_pickup",
        "window",
        ["07:00-08:00", "08:00-09:00", "11:00-12:00"],
        "409 pickup window %s is full (chilled van capacity)",
        "chilled pickup %s booked, ref CP-%d",
    ),
    "split": (
        (
            "split_lot",
            {"lot_id": "TB-1147", "into": 2, "by": "grade"},
            "TB-1147 split: TB-1147A extra 5 truffles 352 g, TB-1147B cat I/II 9 truffles 409 g",
        ),
        (
            "merge_lots",
            {"lots": ["TB-1147A", "TB-1147B"], "into": "TB-1147"},
            "TB-1147A, TB-1147B merged into TB-1147: 14 truffles 761 g",
        ),
        [
            (
                "allocate_lot",
                {"lot_id": "TB-1147A", "order": "RO-884"},
                "TB-1147A allocated to RO-884 (200 g) and RO-891 (150 g), 2 g over",
            ),
            (
                "allocate_lot",
                {"lot_id": "TB-1147B", "order": "RO-880"},
                "TB-1147B allocated to wholesaler RO-880",
            ),
        ],
    ),
    "calc": (
        "lot_value",
        {
            "lot_id": "TB-1147",
            "extra_g": 352,
            "cat1_g": 321,
            "cat2_g": 88,
            "prices": "SA-2026-11-24",
        },
        "lot value EUR 683.86 (352 g x 1,050 + 321 g x 820 + 88 g x 580 per kg)",
    ),
}

D_BOATYARD: dict[str, Any] = {
    "name": "wooden_boat_yard_refits",
    "nz": " -- id:%(rid)s %(ms)dms %(ts)s",
    "intro": "The owner of Kittiwake wants a firm quote and slipway date for the winter refit. The surveyor's report came in yesterday.",
    "topic": "Kittiwake's survey findings",
    "warm": [
        (
            "get_vessel",
            {"vessel_id": "KITTIWAKE"},
            "Kittiwake: 1936 Falmouth working boat, 28 ft, larch on oak, gaff cutter, owner R. Penrose, last refit 2019",
        ),
        (
            "get_yard_board",
            {"yard": "Mylor"},
            "Mylor winter board: 3 of 4 slipway berths booked Dec-Feb, shed 2 free from 2027-01-11, shipwrights 4",
        ),
    ],
    "rec": (
        "get_survey",
        {"survey_id": "SV-2026-118"},
        "SV-2026-118 Kittiwake: 4 planks soft port garboard to 3rd strake amidships, 2 cracked frames 11-12, keel bolts not drawn, stern gland weeping",
    ),
    "rec2": (
        "get_survey",
        {"survey_id": "SV-2019-044"},
        "SV-2019-044 Kittiwake: port garboard refastened, frames sound, keel bolts drawn 2 of 6, all fine",
    ),
    "search": {
        "tool": "search_timber_stock",
        "key": "spec",
        "para": [
            "larch planking 20 ft clear",
            "clear larch boards 20 feet for planking",
            "20ft knot-free larch for hull planks",
            "larch planking stock at least 6 m long",
            "long clear larch suitable for garboards",
        ],
        "hits": "2 boards: LX-2231 larch 6.4 m x 230 mm x 25 mm, air dried 3 yr; LX-2240 larch 6.1 m x 200 mm x 25 mm, small knot at 4.9 m",
        "refine": [
            ("larch", 64, "LX-2002 offcuts"),
            ("larch 25 mm", 19, "LX-2113 3.2 m"),
            ("larch 25 mm over 6 m", 2, "LX-2231, LX-2240"),
            ("larch 25 mm over 6 m clear", 1, "LX-2231 6.4 m x 230 mm"),
        ],
    },
    "page": {
        "tool": "list_fastenings_stock",
        "args": {"material": "copper", "yard": "Mylor", "per_page": 10},
        "item": lambda r, i: (
            "CU-%04d %s %d mm x%d"
            % (
                r.randrange(1000, 9999),
                r.choice(["rove", "boat nail", "clench nail", "silicon bronze screw"]),
                r.choice([38, 50, 63, 75]),
                r.randrange(20, 800),
            )
        ),
    },
    "fail": (
        "book_slipway",
        {"berth": "S1", "from": "2026-12-07", "to": "2027-02-20", "vessel_id": "KITTIWAKE"},
        "409 slipway S1 has a hauled-out vessel (Morwenna) whose owner has not paid yard fees; berth locked by the harbour office",
    ),
    "fix": (
        "order_timber",
        {"board": "LX-2231", "length": "21ft"},
        "400 length must be in millimetres, e.g. 6400",
        {"board": "LX-2231", "length": 6400},
        "LX-2231 reserved, 6400 mm, invoice TM-7710 to follow",
    ),
    "flaky": (
        "fetch_tide_table",
        {"port": "Falmouth", "date": "2026-12-07"},
        "503 tide service rate-limited, retry after a pause",
        "Falmouth 2026-12-07: HW 10:41 5.1 m, HW 23:02 5.0 m",
    ),
    "status": (
        "get_haul_out",
        {"job": "HO-0931"},
        [
            "scheduled",
            "cradle prepared",
            "vessel on trolley",
            "hauled, pressure washing",
            "chocked in shed 2",
        ],
        "scheduled: waiting on spring tide (no change since booking 2026-11-18)",
    ),
    "docs": (
        "get_survey_section",
        "section",
        [
            (
                "hull planking",
                "Soft larch at port garboard, 2nd and 3rd strakes between frames 9 and 14; starboard sound.",
                "replace 4 port planks frames 9-14",
            ),
            (
                "frames",
                "Frames 11 and 12 port cracked at turn of bilge, sister or replace.",
                "sister or replace port frames 11-12",
            ),
            (
                "keel and bolts",
                "Keel bolts not inspected since 2019 (2 of 6 drawn). Draw remaining 4.",
                "draw the remaining 4 keel bolts",
            ),
            (
                "stern gear",
                "Stern gland weeping, repack; cutless bearing at limit.",
                "repack gland, renew cutless bearing",
            ),
        ],
    ),
    "act": (
        "add_quote_line",
        [
            ({"item": "replace port planks x4", "hours": 64}, "line 1: 64 h, GBP 3,520 + timber"),
            ({"item": "sister frames 11-12", "hours": 22}, "line 2: 22 h, GBP 1,210"),
            ({"item": "draw keel bolts x4", "hours": 14}, "line 3: 14 h, GBP 770 + bolts"),
            ({"item": "repack stern gland", "hours": 3}, "line 4: 3 h, GBP 165"),
            ({"item": "cutless bearing", "hours": 5}, "line 5: 5 h, GBP 275 + part"),
            ({"item": "caulk and pay seams", "hours": 18}, "line 6: 18 h, GBP 990"),
            ({"item": "antifoul and boot top", "hours": 8}, "line 7: 8 h, GBP 440"),
        ],
        "quote lines",
    ),
    "flip": (
        "set_refit_plan",
        {"vessel_id": "KITTIWAKE"},
        "frames",
        ("sister frames 11-12", "replace frames 11-12"),
    ),
    "cmp": (
        "get_job_sheet",
        "get_timesheet_total",
        "task",
        [
            ("planking", "64 h quoted", "58 h booked"),
            ("frames", "22 h quoted", "22 h booked"),
            ("keel bolts", "14 h quoted", "31 h booked (seized bolt)"),
            ("gland", "3 h quoted", "3 h booked"),
        ],
        ["planking", "keel bolts"],
    ),
    "clar": (
        "Should the frames be sistered or fully replaced? Replacing them means taking out the planks over them, and that changes the quote a lot.",
        "Do you want frames 11 and 12 sistered or fully replaced? Replacement means lifting the planks over them, which moves the quote a long way.",
        [
            ("Sister or replace frames 11-12?", "Sister them, the owner wants to keep cost down."),
            ("Quote antifouling or will the owner do it?", "Owner does it himself."),
            ("Is the cutless bearing in the quote?", "Yes, include it."),
        ],
    ),
    "nego": (
        "send_counter_offer",
        {"supplier": "Tamar Boatbuilding Timber", "board": "LX-2231"},
        "price_gbp",
        [280, 300, 310, 315],
        [360, 340, 325, 315],
    ),
    "slot": (
        "list_slipway_slots",
        {"yard": "Mylor", "from": "2026-12-01"},
        "book_slipway",
        "start",
        ["2026-12-07", "2026-12-14", "2027-01-11"],
        "409 slipway start %s clashes with a prior haul-out",
        "slipway from %s booked for Kittiwake, ref SL-%d",
    ),
    "split": (
        (
            "split_work_order",
            {"order": "WO-4410", "into": ["hull", "mechanical"]},
            "WO-4410 split: WO-4410H hull 108 h, WO-4410M mechanical 8 h",
        ),
        (
            "merge_work_orders",
            {"orders": ["WO-4410H", "WO-4410M"], "into": "WO-4410"},
            "WO-4410H, WO-4410M merged into WO-4410: 116 h",
        ),
        [
            (
                "assign_shipwright",
                {"order": "WO-4410H", "shipwright": "J. Trethewey"},
                "WO-4410H to J. Trethewey",
            ),
            (
                "assign_shipwright",
                {"order": "WO-4410M", "shipwright": "N. Pascoe"},
                "WO-4410M to N. Pascoe",
            ),
        ],
    ),
    "calc": (
        "estimate_caulking",
        {"seam_length_m": 142, "cotton_g_per_m": 9, "oakum_g_per_m": 22},
        "cotton 1.28 kg, oakum 3.12 kg for 142 m of seam",
    ),
}

D_GROOMING: dict[str, Any] = {
    "name": "nordic_trail_grooming",
    "nz": " [rq:%(rid)s | %(ms)d ms | %(ts)s]",
    "intro": "The Lapland Loppet is on Sunday. The organisers need the 30 km race loop groomed for classic and skate, and I need to know which machines and drivers we have.",
    "topic": "the snow depth on the Kuusikko climb",
    "warm": [
        (
            "get_trail_network",
            {"area": "Ylläs west"},
            "Ylläs west: 14 trails, 212 km, 9 open, race loop RL-30 (30.4 km) closed to public Sun 08:00-15:00",
        ),
        (
            "get_fleet",
            {"depot": "Äkäslompolo"},
            "depot Äkäslompolo: 4 groomers (PB100 x2, PB400 x1, snowmobile+drag x1), drivers on roster 5",
        ),
    ],
    "rec": (
        "get_snow_profile",
        {"segment": "RL-30-07", "name": "Kuusikko climb"},
        "RL-30-07 Kuusikko climb: depth 34 cm, base hardness 2.1 kPa, air -9 C, snow -11 C, wind-scoured on upper 300 m",
    ),
    "rec2": (
        "get_snow_profile",
        {"segment": "RL-30-03", "name": "Lake crossing"},
        "RL-30-03 Lake crossing: ice 41 cm, snow 18 cm, slush pockets none, last checked 2026-11-27",
    ),
    "search": {
        "tool": "search_grooming_log",
        "key": "query",
        "para": [
            "last grooming pass Kuusikko",
            "when was the Kuusikko climb last groomed",
            "most recent groomer run on Kuusikko",
            "Kuusikko climb previous grooming",
            "latest pass logged on the Kuusikko segment",
        ],
        "hits": "1 pass: 2026-11-26 21:40 PB400 #3 driver H. Niemi, RL-30-07, tiller depth 6 cm, classic tracks set",
        "refine": [
            ("RL-30", 96, "2026-11-27 RL-30-01"),
            ("RL-30-07", 12, "2026-11-26 PB400"),
            ("RL-30-07 classic tracks", 4, "2026-11-26 PB400"),
            ("RL-30-07 classic tracks November", 1, "2026-11-26 21:40 PB400 #3"),
        ],
    },
    "page": {
        "tool": "list_gps_passes",
        "args": {"machine": "PB400-3", "since": "2026-11-20", "page_size": 8},
        "item": lambda r, i: (
            "P-%05d %s %.1f km %s"
            % (
                r.randrange(10000, 99999),
                r.choice(["RL-30-01", "RL-30-03", "RL-30-07", "RL-30-11", "KL-12-02"]),
                r.uniform(1.2, 9.8),
                r.choice(["skate", "classic", "skate+classic"]),
            )
        ),
    },
    "fail": (
        "dispatch_groomer",
        {"machine": "PB100-1", "segment": "RL-30-07", "start": "2026-11-29T02:00"},
        "423 PB100-1 is locked out: hydraulic leak reported by workshop (WS-558), machine tagged out of service",
    ),
    "fix": (
        "set_track_profile",
        {"segment": "RL-30-07", "style": "classic+skate", "width": "4m"},
        "400 width must be a number of metres, e.g. 4.0; style must be 'classic', 'skate' or 'dual'",
        {"segment": "RL-30-07", "style": "dual", "width": 4.0},
        "RL-30-07 profile set: dual, 4.0 m, classic tracks on the right",
    ),
    "flaky": (
        "pull_weather_station",
        {"station": "Ylläs summit"},
        "timeout: FMI station Ylläs summit did not answer (satellite link)",
        "Ylläs summit: -12 C, wind NW 9 m/s, 3 cm new snow forecast Sat night",
    ),
    "status": (
        "get_grooming_job",
        {"job": "GJ-2029"},
        [
            "queued",
            "machine warming up",
            "grooming 8/30 km",
            "grooming 19/30 km",
            "grooming 30/30 km",
            "done, tracks set",
        ],
        "queued: waiting for driver assignment (roster empty for 02:00 shift)",
    ),
    "docs": (
        "get_race_requirement",
        "section",
        [
            (
                "course",
                "30 km loop, dual track: 4 m skate lane plus two classic tracks; climbs over 12% skate only.",
                "dual 4 m, classic off on climbs over 12%",
            ),
            (
                "timing",
                "Tracks set no later than 06:00 on race day, no machine on course after 07:30.",
                "finish grooming by 06:00, machines off by 07:30",
            ),
            (
                "safety",
                "Lake crossing only if ice over 30 cm, checked within 24 h.",
                "lake needs 30 cm ice, checked within 24 h",
            ),
            (
                "feed stations",
                "Groomed turnaround pads at km 10 and km 21 for service vehicles.",
                "groomed pads at km 10 and 21",
            ),
        ],
    ),
    "act": (
        "groom_segment",
        [
            ({"segment": "RL-30-01", "style": "dual"}, "RL-30-01 groomed 4.2 km, 38 min"),
            ({"segment": "RL-30-02", "style": "dual"}, "RL-30-02 groomed 3.1 km, 27 min"),
            (
                {"segment": "RL-30-03", "style": "skate"},
                "RL-30-03 groomed 2.4 km, lake crossing, 19 min",
            ),
            ({"segment": "RL-30-04", "style": "dual"}, "RL-30-04 groomed 3.8 km, 35 min"),
            ({"segment": "RL-30-05", "style": "dual"}, "RL-30-05 groomed 2.9 km, 26 min"),
            ({"segment": "RL-30-06", "style": "dual"}, "RL-30-06 groomed 3.3 km, 31 min"),
            (
                {"segment": "RL-30-07", "style": "skate"},
                "RL-30-07 groomed 2.2 km, wind-scoured, 30 min",
            ),
        ],
        "segments",
    ),
    "flip": ("set_segment_style", {"segment": "RL-30-07"}, "style", ("skate", "dual")),
    "cmp": (
        "get_gps_pass",
        "get_driver_log",
        "segment",
        [
            ("RL-30-01", "pass 02:14-02:52", "02:15-02:50"),
            ("RL-30-02", "pass 02:53-03:20", "02:52-03:21"),
            ("RL-30-05", "no pass recorded", "03:40-04:05 (GPS unit off?)"),
            ("RL-30-07", "pass 04:31-05:01", "04:30-05:02"),
        ],
        ["RL-30-05"],
    ),
    "clar": (
        "Should the Kuusikko climb get classic tracks as well, or skate only because it is over 12%?",
        "Do you want classic tracks set on the Kuusikko climb too, or is it skate only since the gradient is over 12%?",
        [
            ("Classic tracks on Kuusikko or skate only?", "Skate only, per the race rules."),
            ("Groom the lake crossing if the ice is at 31 cm?", "Yes, over 30 is fine."),
            (
                "Should the public trails be done too, or race loop only?",
                "Race loop only before the race.",
            ),
        ],
    ),
    "nego": (
        "send_fee_proposal",
        {"to": "Lapland Loppet ry", "item": "race-day grooming and closure"},
        "fee_eur",
        [2400, 2250, 2150, 2100],
        [1600, 1850, 2000, 2100],
    ),
    "slot": (
        "list_driver_shifts",
        {"date": "2026-11-29", "depot": "Äkäslompolo"},
        "assign_driver_shift",
        "shift",
        ["02:00-06:00", "01:00-05:00", "22:00-02:00"],
        "409 shift %s conflicts with the driver's rest period (11 h rule)",
        "shift %s assigned to H. Niemi, roster id DR-%d",
    ),
    "split": (
        (
            "split_grooming_job",
            {"job": "GJ-2029", "into": ["north loop", "south loop"]},
            "GJ-2029 split: GJ-2029N 16.1 km, GJ-2029S 14.3 km",
        ),
        (
            "merge_grooming_jobs",
            {"jobs": ["GJ-2029N", "GJ-2029S"], "into": "GJ-2029"},
            "GJ-2029N, GJ-2029S merged into GJ-2029: 30.4 km",
        ),
        [
            ("assign_machine", {"job": "GJ-2029N", "machine": "PB400-3"}, "GJ-2029N on PB400-3"),
            ("assign_machine", {"job": "GJ-2029S", "machine": "PB100-2"}, "GJ-2029S on PB100-2"),
        ],
    ),
    "calc": (
        "estimate_fuel",
        {"km": 30.4, "passes": 2, "litres_per_km": 4.6},
        "fuel 279.7 l for 2 passes of 30.4 km",
    ),
}

D_OYSTER: dict[str, Any] = {
    "name": "oyster_hatchery_larvae",
    "nz": " ~ req=%(rid)s dur=%(ms)dms t=%(ts)s",
    "intro": "Can you check on this week's larval run? The growers in Loch Creran want to know if we can ship 2 million spat before Christmas.",
    "topic": "the larval count in tank L3",
    "warm": [
        (
            "get_hatchery_status",
            {"site": "Ardtoe"},
            "Ardtoe hatchery: 6 larval tanks (4 running), 2 setting tanks, algae culture Chaetoceros 3.1 M cells/ml, water 24.1 C",
        ),
        (
            "get_spawn_batch",
            {"batch": "SB-2611"},
            "SB-2611: Crassostrea gigas, spawned 2026-11-12, 41 M D-larvae stocked in L1-L4",
        ),
    ],
    "rec": (
        "get_tank_count",
        {"tank": "L3", "batch": "SB-2611"},
        "tank L3: 6.8 M larvae, mean length 212 um, 18% eyed, survival since stocking 66%, sieve 180 um",
    ),
    "rec2": (
        "get_tank_count",
        {"tank": "L4", "batch": "SB-2611"},
        "tank L4: 5.1 M larvae, mean length 188 um, 4% eyed, survival since stocking 49%, sieve 150 um",
    ),
    "search": {
        "tool": "search_husbandry_notes",
        "key": "q",
        "para": [
            "L4 slow growth cause",
            "why the larvae in L4 are growing slowly",
            "reasons for poor growth in tank L4",
            "L4 larvae lagging behind",
            "what is holding back tank L4",
        ],
        "hits": "2 notes: 2026-11-19 'L4 heater cycling, 1.5 C swings'; 2026-11-22 'L4 algal ration cut to 60% after vibrio scare'",
        "refine": [
            ("L4", 53, "2026-11-26 drain-down"),
            ("L4 growth", 9, "2026-11-24 measure"),
            ("L4 growth ration", 3, "2026-11-22 ration 60%"),
            ("L4 growth ration vibrio", 1, "2026-11-22 ration cut after vibrio scare"),
        ],
    },
    "page": {
        "tool": "list_sieve_records",
        "args": {"batch": "SB-2611", "tank": "L3", "limit": 10},
        "item": lambda r, i: (
            "SV-%05d %d um %.2f M %s"
            % (
                r.randrange(10000, 99999),
                r.choice([100, 120, 150, 180, 212]),
                r.uniform(0.3, 6.8),
                r.choice(["retained", "retained", "discarded"]),
            )
        ),
    },
    "fail": (
        "issue_movement_document",
        {"consignee": "Creran Oysters", "batch": "SB-2611", "qty": 2000000},
        "403 movement document refused: SB-2611 has no current health certificate from the Fish Health Inspectorate (last certificate expired 2026-11-01)",
    ),
    "fix": (
        "set_algae_ration",
        {"tank": "L4", "cells_per_ml": "80k"},
        "400 cells_per_ml must be an integer, e.g. 80000",
        {"tank": "L4", "cells_per_ml": 80000},
        "L4 ration set to 80,000 cells/ml from next feed",
    ),
    "flaky": (
        "read_probe",
        {"tank": "L3", "probe": "DO"},
        "probe gateway busy (calibration cycle), no value returned",
        "L3 DO 7.4 mg/l, 98% saturation",
    ),
    "status": (
        "get_setting_run",
        {"run": "SET-114"},
        [
            "filling setting tank S1",
            "eyed larvae added 2.4 M",
            "settling day 2",
            "settling day 4, 61% set",
            "spat on micro-cultch, ready to grade",
        ],
        "waiting for eyed larvae (L3 eyed fraction not yet over 40%, no change since 2026-11-25)",
    ),
    "docs": (
        "get_grower_order",
        "order_id",
        [
            (
                "GO-301",
                "Creran Oysters: 2 M spat 2-4 mm, delivery before 2026-12-20, triploid not required.",
                "Creran wants 2 M spat 2-4 mm by 20 Dec",
            ),
            (
                "GO-302",
                "Loch Fyne Shellfish: 500 k spat 6 mm, January, diploid.",
                "Loch Fyne wants 500 k 6 mm spat in January",
            ),
            (
                "GO-305",
                "Whitstable Co-op: 1 M spat 4-6 mm, March, needs movement document to England.",
                "Whitstable wants 1 M 4-6 mm spat in March, cross-border paperwork",
            ),
            (
                "GO-307",
                "Skye trial site: 200 k spat any size, flexible timing.",
                "Skye wants 200 k spat, flexible",
            ),
        ],
    ),
    "act": (
        "sieve_tank",
        [
            (
                {"tank": "L1", "mesh_um": 180},
                "L1 sieved: 5.9 M retained at 180 um, 0.8 M discarded",
            ),
            ({"tank": "L2", "mesh_um": 180}, "L2 sieved: 6.2 M retained, 0.5 M discarded"),
            ({"tank": "L3", "mesh_um": 180}, "L3 sieved: 6.1 M retained, 0.7 M discarded"),
            (
                {"tank": "L4", "mesh_um": 150},
                "L4 sieved: 4.3 M retained at 150 um, 0.8 M discarded",
            ),
            ({"tank": "L5", "mesh_um": 100}, "L5 sieved: 9.8 M retained at 100 um (batch SB-2618)"),
            ({"tank": "L6", "mesh_um": 100}, "L6 sieved: 8.7 M retained at 100 um (batch SB-2618)"),
            ({"tank": "S1", "mesh_um": 240}, "S1 sieved: 1.4 M eyed larvae at 240 um"),
        ],
        "tanks",
    ),
    "flip": ("set_tank_temperature", {"tank": "L4"}, "setpoint_c", (24.0, 25.5)),
    "cmp": (
        "get_microscope_count",
        "get_flow_cytometer_count",
        "tank",
        [
            ("L1", "5.9 M", "6.0 M"),
            ("L2", "6.2 M", "6.1 M"),
            ("L3", "6.1 M", "6.1 M"),
            ("L4", "4.3 M", "2.9 M (clumping?)"),
        ],
        ["L4"],
    ),
    "clar": (
        "For the Creran order, do they accept diploid spat, or does it have to be triploid?",
        "Does Creran take diploid spat for this order, or must it be triploid?",
        [
            ("Diploid OK for Creran?", "Yes, diploid."),
            ("Ship at 2 mm or hold to 4 mm?", "Hold to at least 3 mm."),
            ("Should we keep a reserve from SB-2618 in case?", "Yes, 500 k."),
        ],
    ),
    "nego": (
        "send_spat_quote",
        {"grower": "Creran Oysters", "qty": 2000000, "size_mm": "2-4"},
        "gbp_per_thousand",
        [14.0, 13.2, 12.8, 12.5],
        [10.5, 11.5, 12.2, 12.5],
    ),
    "slot": (
        "list_wellboat_slots",
        {"route": "Ardtoe-Creran", "week": "2026-W51"},
        "book_wellboat",
        "slot",
        ["Tue 06:00", "Wed 06:00", "Thu 14:00"],
        "409 wellboat slot %s already allocated to a salmon smolt move",
        "wellboat %s booked, charter ref WB-%d",
    ),
    "split": (
        (
            "split_batch",
            {"batch": "SB-2611", "into": ["fast", "slow"], "by": "sieve"},
            "SB-2611 split: SB-2611F (L1-L3, 18.2 M), SB-2611S (L4, 4.3 M)",
        ),
        (
            "merge_batches",
            {"batches": ["SB-2611F", "SB-2611S"], "into": "SB-2611"},
            "SB-2611F, SB-2611S merged into SB-2611: 22.5 M",
        ),
        [
            (
                "assign_setting_tank",
                {"batch": "SB-2611F", "tank": "S1"},
                "SB-2611F to setting tank S1",
            ),
            (
                "assign_setting_tank",
                {"batch": "SB-2611S", "tank": "L4"},
                "SB-2611S stays in L4 with ration raised",
            ),
        ],
    ),
    "calc": (
        "setting_density",
        {"eyed_larvae": 2400000, "cultch_area_m2": 6.0},
        "density 400,000 eyed larvae per m2",
    ),
}

DOMAINS = [D_PIGEON, D_BELLS, D_BOG, D_FARRIER, D_TRUFFLE, D_BOATYARD, D_GROOMING, D_OYSTER]


# ---------------------------------------------------------------------------------------------
# Shared pieces.
# ---------------------------------------------------------------------------------------------

ACKS = [
    "Understood. I'll pull the current records first, then work through it.",
    "On it. Starting with what the system has now.",
    "Right, let me look at where things stand before changing anything.",
    "Got it. First the records, then I'll come back with what needs doing.",
]


def opening(c: Ctx) -> list[Step]:
    """Real work that starts every row: often a person's request, then reads of the records."""
    d, r = c.d, c.rng
    steps: list[Step] = []
    if r.random() < 0.7:
        steps.append(llm(r.choice(ACKS), d["intro"]))
    steps.append(c.call(d["warm"][0]))
    if r.random() < 0.75:
        steps.append(c.call(d["warm"][1]))
    c.open_len = len(steps)
    return steps


def nouns(d: dict[str, Any]) -> str:
    return str(d["act"][2])


def upd(field: str, new: Any, old: Any) -> str:
    return "updated %s=%s (was %s)" % (field, new, old)


def page_items(c: Ctx, n: int, start: int) -> list[str]:
    item = c.d["page"]["item"]
    return [item(c.rng, start + i) for i in range(n)]


# ---------------------------------------------------------------------------------------------
# Loop kinds.
# ---------------------------------------------------------------------------------------------

RECHECK_NOTES = [
    "Let me check %s again.",
    "Checking %s once more before I go on.",
    "I'll re-read %s to be sure.",
    "One more look at %s.",
]


def loop_exact_repeat(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    s.append(c.call(d["rec"]))
    k = r.randint(3, 5)
    for _ in range(k):
        if shape == 1:
            s.append(llm(r.choice(RECHECK_NOTES) % d["topic"]))
        s.append(c.call(d["rec"], cached=r.random() < 0.35))
    return s


PARA_TALK = [
    "I'll look into %s again to make sure nothing was missed.",
    "Let me take another look at %s.",
    "Going back over %s once more.",
    "I want to re-examine %s before moving on.",
    "Let me review %s one more time.",
    "Before continuing, a further look at %s.",
]


def loop_paraphrased_repeat(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    if shape == 0:
        sd = d["search"]
        paras = list(sd["para"])
        r.shuffle(paras)
        for q in paras[: r.randint(4, 5)]:
            s.append(c.call((sd["tool"], {sd["key"]: q}, sd["hits"])))
    else:
        s.append(c.call(d["rec"]))
        talk = list(PARA_TALK)
        r.shuffle(talk)
        for t in talk[: r.randint(4, 6)]:
            s.append(llm(t % d["topic"]))
    return s


def loop_ab_oscillation(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    if shape == 0:
        for i in range(r.randint(5, 7)):
            s.append(c.call(d["rec"] if i % 2 == 0 else d["rec2"], cached=r.random() < 0.25))
    else:
        name, args, field, (a, b) = d["flip"]
        vals = [a, b]
        for i in range(r.randint(4, 6)):
            new, old = vals[i % 2], vals[(i + 1) % 2]
            if i in (1, 2) and r.random() < 0.6:
                s.append(
                    llm(
                        "On reflection %s should be %s. Changing it."
                        % (field.replace("_", " "), new)
                    )
                )
            s.append(c.call((name, {**args, field: new}, upd(field, new, old))))
    return s


def loop_failing_call_repeat(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    for i in range(r.randint(3, 5)):
        if shape == 1 and i > 0:
            s.append(
                llm(
                    r.choice(
                        [
                            "That failed. Retrying.",
                            "Trying that again.",
                            "It errored; one more attempt.",
                        ]
                    )
                )
            )
        s.append(c.call(d["fail"], error=True))
    return s


def loop_interleaved_repeat(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    others = [d["warm"][0], d["warm"][1], d["rec2"], d["calc"]]
    r.shuffle(others)
    k = r.randint(3, 4)
    for i in range(k):
        s.append(c.call(d["rec"]))
        if i < k - 1:
            s.append(c.call(others[i % 2 if shape == 0 else i % 3]))
            if shape == 1 and r.random() < 0.5:
                s.append(llm("Nothing new there; back to %s." % d["topic"]))
    return s


def loop_monologue(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    s.append(c.call(d["rec"]))
    text = (
        r.choice(
            [
                "Still working on %s. I'll report back shortly.",
                "Working on %s now; an update will follow.",
                "I'm on %s and will share results soon.",
            ]
        )
        % d["topic"]
    )
    for _ in range(r.randint(4, 6)):
        if shape == 0:
            s.append(llm(text))
        else:
            c.minute += r.randrange(1, 3)
            stamp = "[%02d:%02d]" % (c.minute // 60 % 24, c.minute % 60)
            s.append(
                llm("%s%s %s" % (stamp, r.choice([" ", "  "]), text + r.choice(["", " ", "\n"])))
            )
    return s


def loop_clarifying_question_repeat(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    s.append(c.call(d["rec"]))
    q, q_alt, qas = d["clar"]
    ans = qas[0][1]
    replies = [
        ans,
        "I already answered that: %s" % ans,
        "As I said: %s Please get on with it." % ans,
        "Same answer as before. %s" % ans,
    ]
    k = r.randint(3, 4)
    for i in range(k):
        text = q if shape == 0 or i % 2 == 0 else q_alt
        s.append(llm(text, replies[i - 1] if i > 0 else None))
    return s


def loop_reordered_args_repeat(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    p = d["page"]
    obs = "; ".join(page_items(c, 4, 0)) + "; next_cursor=c2"
    keys = list(p["args"])
    for i in range(r.randint(3, 5)):
        r.shuffle(keys)
        if shape == 1 and i > 0:
            s.append(
                llm(
                    r.choice(
                        [
                            "Let me pull that list again.",
                            "Fetching the list afresh.",
                            "I'll request the entries again.",
                        ]
                    )
                )
            )
        s.append(c.call((p["tool"], {k: p["args"][k] for k in keys}, obs)))
    return s


def cosmetic_variants(args: dict[str, Any]) -> list[dict[str, Any]]:
    key = next(k for k, v in args.items() if isinstance(v, str))
    v = args[key]
    return [
        dict(args),
        {**args, key: v.lower()},
        {**args, key: " %s " % v},
        {**args, "dry_run": False},
        {**args, key: v.upper()},
        {k: args[k] for k in reversed(list(args))},
    ]


def loop_cosmetic_arg_retry(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    name, args, err = d["fail"]
    variants = cosmetic_variants(args)
    k = r.randint(3, 5)
    chosen = [variants[0], *r.sample(variants[1:], k - 1)]
    notes = [
        "Perhaps the formatting of the identifier is the problem; trying it another way.",
        "Maybe it wants the value written differently.",
        "Let me send it again with the arguments tidied up.",
        "Trying a variant of the same request.",
    ]
    for i, a in enumerate(chosen):
        if shape == 1 and i > 0:
            s.append(llm(notes[(i - 1) % len(notes)]))
        s.append(c.call((name, a, err), error=True))
    return s


def loop_offer_counter_stalemate(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    name, args, key, ours, theirs = d["nego"]
    reply = "declined: counter-offer %s=%s stands, will not move below it" % (key, theirs[0])
    for i in range(r.randint(3, 5)):
        if shape == 1 and i > 0:
            s.append(
                llm(
                    "They came back at %s again. I'll put our offer of %s to them once more."
                    % (theirs[0], ours[0])
                )
            )
        s.append(c.call((name, {**args, key: ours[0]}, reply)))
    return s


def loop_stale_slot_rebook(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    sname, sargs, bname, bkey, slots, conflict, _ok = d["slot"]
    listing = "available (cached %s): %s" % (
        r.choice(["40 min ago", "at 06:00", "earlier today"]),
        ", ".join(slots),
    )
    for i in range(r.randint(3, 4)):
        s.append(c.call((sname, sargs, listing), cached=i > 0 and r.random() < 0.3))
        if shape == 1:
            s.append(llm("%s still shows as free, so I'll book it." % slots[0]))
        s.append(c.call((bname, {**sargs, bkey: slots[0]}, conflict % slots[0]), error=True))
    return s


def loop_split_merge_churn(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    split, merge, _assign = d["split"]
    for i in range(r.randint(4, 5)):
        if i % 2 == 0:
            if shape == 0:
                s.append(
                    llm(
                        r.choice(
                            [
                                "Splitting it will make the work easier to hand out.",
                                "Two parts will be easier to schedule; splitting.",
                            ]
                        )
                    )
                )
            s.append(c.call(split))
        else:
            if shape == 0:
                s.append(
                    llm(
                        r.choice(
                            [
                                "On second thoughts one is simpler to track; merging back.",
                                "Keeping it whole is tidier after all. Merging.",
                            ]
                        )
                    )
                )
            else:
                s.append(c.call(d["warm"][0], cached=r.random() < 0.3))
            s.append(c.call(merge))
    return s


def loop_rederive_same_result(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    for i in range(r.randint(3, 5)):
        if shape == 0 and i > 0:
            s.append(
                llm(
                    r.choice(
                        [
                            "Let me double-check that figure.",
                            "I'll work that out again to be safe.",
                            "Recomputing to confirm.",
                        ]
                    )
                )
            )
        if shape == 1:
            s.append(c.call(d["rec"], cached=r.random() < 0.3))
        s.append(c.call(d["calc"]))
    return s


# ---------------------------------------------------------------------------------------------
# Progress kinds.
# ---------------------------------------------------------------------------------------------


def prog_paging_results(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    p = d["page"]
    pages = r.randint(3, 6)
    total = 0
    for i in range(pages):
        n = r.randint(3, 5) if i < pages - 1 else r.randint(1, 3)
        items = "; ".join(page_items(c, n, total))
        total += n
        last = i == pages - 1
        if shape == 0:
            args = dict(p["args"]) if i == 0 else {**p["args"], "cursor": "c%d" % (i + 1)}
            tail = "next_cursor=null" if last else "next_cursor=c%d" % (i + 2)
        else:
            args = {**p["args"], "page": i + 1}
            tail = "page %d of %d" % (i + 1, pages)
        s.append(c.call((p["tool"], args, "%s; %s" % (items, tail))))
    s.append(
        llm(
            "That is the full list: %d entries over %d pages. Working from it now." % (total, pages)
        )
    )
    return s


def prog_corrected_retry(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    name, bad, err, good, ok = d["fix"]
    s.append(c.call((name, bad, err), error=True))
    if shape == 1:
        s.append(
            llm("The error says what it expects; correcting the argument and sending it once.")
        )
    s.append(c.call((name, good, ok)))
    act, items, _n = d["act"]
    for a, o in r.sample(items, r.randint(2, 4)):
        s.append(c.call((act, a, o)))
    return s


def prog_summarise_documents(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    name, key, docs = d["docs"]
    chosen = docs[: r.randint(3, 4)]
    for doc_id, text, summary in chosen:
        s.append(c.call((name, {key: doc_id}, text)))
        if shape == 0:
            s.append(llm("%s: %s." % (doc_id, summary)))
    if shape == 1:
        s.append(llm("Summary: " + "; ".join("%s: %s" % (x[0], x[2]) for x in chosen) + "."))
    return s


def prog_batch_items(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    act, items, noun = d["act"]
    chosen = items[: r.randint(5, 7)]
    for i, (a, o) in enumerate(chosen):
        s.append(c.call((act, a, o)))
        if shape == 1 and i == len(chosen) // 2:
            s.append(llm("Halfway: %d of %d %s done." % (i + 1, len(chosen), noun)))
    s.append(llm("All %d %s done." % (len(chosen), noun)))
    return s


def prog_polling_advances(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    name, args, stages, _stuck = d["status"]
    start = r.randint(0, max(0, len(stages) - 4))
    for i, st in enumerate(stages[start:]):
        s.append(c.call((name, args, "status: %s" % st)))
        if i < len(stages) - start - 1:
            if shape == 0:
                secs = r.choice([120, 300, 600])
                s.append(c.wait(secs))
            else:
                s.append(llm("Now '%s'. I'll check again in a few minutes." % st.split(",")[0]))
    s.append(llm("It reached '%s'." % stages[-1]))
    return s


def prog_search_refinement(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    s = opening(c)
    sd = d["search"]
    steps = sd["refine"] if shape == 0 else sd["refine"][1:]
    for q, n, top in steps:
        s.append(
            c.call(
                (
                    sd["tool"],
                    {sd["key"]: q},
                    "%d result%s, top: %s" % (n, "" if n == 1 else "s", top),
                )
            )
        )
        if shape == 1 and n > 1:
            s.append(llm("%d is still too many; narrowing the query." % n))
    s.append(c.call(d["rec"]))
    return s


def prog_compare_sources(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    s = opening(c)
    # Which records really differ is the domain's judgement (tape against logger, counting error).
    ta, tb, key, rows, diffs = d["cmp"]
    for rid, a, b in rows:
        s.append(c.call((ta, {key: rid}, "%s: %s" % (rid, a))))
        s.append(c.call((tb, {key: rid}, "%s: %s" % (rid, b))))
        if rid in diffs and shape == 1:
            s.append(llm("%s differs between the two: '%s' against '%s'. Noting it." % (rid, a, b)))
    s.append(
        llm("Compared %d records; the two sources disagree on %s." % (len(rows), ", ".join(diffs)))
    )
    return s


def prog_flaky_retry_passes(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    name, args, err, ok = d["flaky"]
    for _ in range(1 + shape):
        s.append(c.call((name, args, err), error=True))
        if r.random() < 0.5:
            secs = r.choice([20, 30, 60])
            s.append(c.wait(secs))
    s.append(c.call((name, args, ok)))
    act, items, _n = d["act"]
    for a, o in r.sample(items, r.randint(2, 4)):
        s.append(c.call((act, a, o)))
    return s


def prog_status_counts_advance(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    act, items, noun = d["act"]
    chosen = items[: r.randint(5, 7)]
    for i, (a, o) in enumerate(chosen):
        s.append(c.call((act, a, o)))
        if shape == 0 or i % 2 == 1 or i == len(chosen) - 1:
            s.append(llm("Progress: %d of %d %s done." % (i + 1, len(chosen), noun)))
    return s


def prog_clarifications_answered(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    s.append(c.call(d["rec"]))
    _q, _qa, qas = d["clar"]
    prev = None
    for q, a in qas:
        s.append(llm(q, prev))
        prev = a
    s.append(llm("Thanks, that settles it. Going ahead on that basis.", prev))
    act, items, _n = d["act"]
    for a, o in items[: r.randint(2, 3) + shape]:
        s.append(c.call((act, a, o)))
    return s


def prog_negotiation_converges(c: Ctx, shape: int) -> list[Step]:
    d = c.d
    s = opening(c)
    name, args, key, ours, theirs = d["nego"]
    for i, (o, t) in enumerate(zip(ours, theirs, strict=True)):
        last = i == len(ours) - 1
        reply = "accepted at %s=%s" % (key, t) if last else "counter-offer %s=%s" % (key, t)
        s.append(c.call((name, {**args, key: o}, reply)))
        if shape == 1 and not last:
            s.append(llm("They moved to %s; I'll come up to %s." % (t, ours[i + 1])))
    s.append(llm("Agreed at %s. Recording the deal." % ours[-1]))
    return s


def prog_conflict_rebooked(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    sname, sargs, bname, bkey, slots, conflict, ok = d["slot"]
    fails = 1 + shape
    for i in range(fails + 1):
        free = slots[i:]
        s.append(c.call((sname, sargs, "available (live): %s" % ", ".join(free))))
        if i < fails:
            s.append(c.call((bname, {**sargs, bkey: slots[i]}, conflict % slots[i]), error=True))
            s.append(llm("%s has gone; refreshing the listing and taking the next one." % slots[i]))
        else:
            s.append(
                c.call((bname, {**sargs, bkey: slots[i]}, ok % (slots[i], r.randrange(1000, 9999))))
            )
    s.append(llm("Booked %s." % slots[fails]))
    return s


def prog_split_then_assign(c: Ctx, shape: int) -> list[Step]:
    d, r = c.d, c.rng
    s = opening(c)
    split, _merge, assign = d["split"]
    if shape == 0:
        s.append(llm("Splitting it in two so each part can be handed to one person."))
    s.append(c.call(split))
    for a in assign:
        s.append(c.call(a))
    act, items, _n = d["act"]
    for a, o in items[: r.randint(2, 3)]:
        s.append(c.call((act, a, o)))
    s.append(llm("Split once and both parts assigned; work is under way."))
    return s


LOOP_KINDS = {
    "exact_repeat": loop_exact_repeat,
    "paraphrased_repeat": loop_paraphrased_repeat,
    "ab_oscillation": loop_ab_oscillation,
    "failing_call_repeat": loop_failing_call_repeat,
    "interleaved_repeat": loop_interleaved_repeat,
    "monologue": loop_monologue,
    "clarifying_question_repeat": loop_clarifying_question_repeat,
    "reordered_args_repeat": loop_reordered_args_repeat,
    "cosmetic_arg_retry": loop_cosmetic_arg_retry,
    "offer_counter_stalemate": loop_offer_counter_stalemate,
    "stale_slot_rebook": loop_stale_slot_rebook,
    "split_merge_churn": loop_split_merge_churn,
    "rederive_same_result": loop_rederive_same_result,
}

PROGRESS_KINDS = {
    "paging_results": prog_paging_results,
    "corrected_retry": prog_corrected_retry,
    "summarise_documents": prog_summarise_documents,
    "batch_items": prog_batch_items,
    "polling_advances": prog_polling_advances,
    "search_refinement": prog_search_refinement,
    "compare_sources": prog_compare_sources,
    "flaky_retry_passes": prog_flaky_retry_passes,
    "status_counts_advance": prog_status_counts_advance,
    "clarifications_answered": prog_clarifications_answered,
    "negotiation_converges": prog_negotiation_converges,
    "conflict_rebooked": prog_conflict_rebooked,
    "split_then_assign": prog_split_then_assign,
}


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, fn in kinds.items():
            order = list(DOMAINS)
            random.Random("%s/%s/%s" % (SEED, label, kind)).shuffle(order)
            for n, d in enumerate(order):
                row_id = "fortieth-%s-%s-%03d" % (label, kind, n)
                c = Ctx(d, random.Random("%s/%s" % (SEED, row_id)))
                steps = fn(c, n % 2)
                doc_tool, doc_key, docs = d["docs"]
                extras = [
                    (doc_tool, {doc_key: docs[0][0]}, docs[0][1]),
                    d["calc"],
                    d["warm"][1],
                    d["rec2"],
                ]
                while len(steps) < 8:
                    # Short rows get more real work before the pattern, never inside it.
                    steps.insert(c.open_len, c.call(extras.pop()))
                    c.open_len += 1
                if len(steps) > 18:
                    raise ValueError(
                        "%s has %d steps; the builders must keep rows to 18" % (row_id, len(steps))
                    )
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": steps,
                    }
                )
    return rows


def main() -> None:
    out = Path(__file__).with_name("trajectories.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for row in build():
            f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
