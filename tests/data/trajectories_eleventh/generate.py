"""Build the eleventh loop-detection set: ``trajectories.jsonl`` next to this file.

Written before the tenth tuning round, as its unseen measure (see ``README.md``). Every row
draws from its own ``random.Random``, seeded with ``SEED`` and the row's id, so the output is
deterministic. Run ``python tests/data/trajectories_eleventh/generate.py`` to rewrite the file.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEED = 90731266

Row = dict[str, Any]
Step = dict[str, Any]
Dom = dict[str, Any]
Call = tuple[str, dict[str, Any], str]


# --------------------------------------------------------------------------- step helpers


def llm(text: str, observation: str = "") -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation:
        step["observation"] = observation
    return step


def tool(name: str, args: dict[str, Any], observation: str, error: bool = False) -> Step:
    return {"kind": "tool", "tool": name, "args": dict(args), "observation": observation,
            "error": error}  # fmt: skip


def call(c: Call) -> Step:
    return tool(c[0], c[1], c[2])


def hexid(rng: random.Random, n: int = 8) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def clock(rng: random.Random, base_h: int = 2) -> tuple[int, int, int]:
    return (base_h + rng.randint(0, 3)) % 24, rng.randint(0, 59), rng.randint(0, 59)


def hms(t: tuple[int, int, int], add: int = 0) -> str:
    s = t[0] * 3600 + t[1] * 60 + t[2] + add
    return f"{(s // 3600) % 24:02d}:{(s // 60) % 60:02d}:{s % 60:02d}"


def shuffled_json(rng: random.Random, data: dict[str, Any]) -> str:
    keys = list(data)
    rng.shuffle(keys)
    return json.dumps({k: data[k] for k in keys})


# --------------------------------------------------------------------------- domains
# Each domain is a dict of material. Calls are (tool, args, observation) triples.


def avalanche() -> Dom:
    def noise_obs(rng: random.Random, obs: str, k: int) -> str:
        t = clock(rng, 5)
        head = f"# polled {hms(t, k * 41)}Z  seq={3100 + k * rng.randint(1, 4)}"
        return f"{head}\n{obs}" if rng.random() < 0.6 else f"{obs}\n{head}"

    def noise_args(rng: random.Random, args: dict[str, Any], k: int) -> dict[str, Any]:
        out = dict(args)
        out["req"] = hexid(rng, 10)
        if rng.random() < 0.5:
            out["asof"] = f"2026-02-11T05:{10 + k * 3:02d}:{rng.randint(0, 59):02d}Z"
        return out

    st_kessel = (
        "STN KESSEL-2450 05:00 | HS 182cm | HN24 34cm | TA -7.4C | VW 14m/s NW | gust 23\n"
        "STN KESSEL-2450 trend: HS +31 since 17:00, TA steady"
    )
    pit = (
        "PIT #K-07 aspect NE 2380m slope 36deg\n"
        "layers: 0-34 F 4F new | 34-36 SH 2mm buried 09-Feb | 36-110 1F RG\n"
        "ECTP 14 @34cm  CT 12 SC @34cm"
    )
    road = (
        "ROAD L-219 Talpass: open | last control 04:40 | gallery G2 clear | "
        "barrier B3 manual | closure auth: district + forecaster"
    )
    return {
        "name": "avalanche_forecasting",
        "tasks": [
            "Morning. 34 cm new on NW wind overnight, surface hoar from the 9th is buried under "
            "it. Need the 07:30 bulletin for Unterkessel and a call on the Talpass road. Do NOT "
            "issue anything for the Gletscher zone, that's the neighbours' responsibility.",
            "Bulletin due 07:30. Kessel station shows a big HN24, pit team dug on NE at 2380. "
            "Decide the danger level for Unterkessel and whether L-219 closes. Gletscher zone is "
            "not ours, leave it alone.",
            "Forecaster on duty: the buried surface hoar worries me. Get the data together, set "
            "a level for Unterkessel, advise on the Talpass road by 07:00. Nothing for Gletscher.",
        ],
        "openers": [
            "Pulling the station data first.",
            "Starting with Kessel.",
            "Right. Station, then the pit.",
            "Checking the overnight numbers.",
        ],
        "remarks": [
            "Checking Kessel again.",
            "Again, the station.",
            "Once more.",
            "Let me re-pull that.",
            "Station again, maybe it updated.",
            "Reading it one more time.",
        ],
        "probe": ("get_station", {"station": "KESSEL-2450"}, st_kessel),
        "lookups": [
            ("get_station", {"station": "KESSEL-2450"}, st_kessel),
            ("get_snowpit", {"pit": "K-07"}, pit),
            ("get_road_status", {"road": "L-219"}, road),
        ],
        "noise_obs": noise_obs,
        "noise_args": noise_args,
        "para": [
            [
                "The buried surface hoar at 34 cm is the problem layer.",
                "What worries me is the SH layer under the new snow, 34 cm down.",
                "So the weak layer is that surface hoar from the 9th, now buried about 34 cm.",
                "Key point: persistent weak layer, surface hoar, roughly 34 cm below the surface.",
                "The hoar from 9 February is now capped by 34 cm - that's our weak layer.",
                "Problem is clearly the buried SH at ~34 cm.",
            ],
            [
                "Danger is probably considerable, maybe high on NE above 2200.",
                "I'd put it at level 3, possibly 4 on north-east slopes over 2200 m.",
                "Considerable, leaning high for NE aspects above 2200.",
                "Level three, with level four a real option on the NE high ground.",
                "Looks like a 3 going on 4 for north-easterly terrain above 2200.",
                "Considerable at least; high on NE above 2200 can't be ruled out.",
            ],
        ],
        "nudges": [
            "So what level?",
            "Bulletin is due in 20 min.",
            "Decide, please.",
            "You said that. Level?",
            "Need the number, not the analysis.",
            "Clock's running.",
        ],
        "job": {
            "start": (
                "run_snowpack_model",
                {"region": "unterkessel", "run": "0500"},
                "queued model run snp-0500-uk",
            ),
            "tool": "get_model_run",
            "args": {"run_id": "snp-0500-uk"},
            "stuck": "snp-0500-uk: WAITING_FOR_INPUT (station feed KESSEL-2450)",
            "moving": [
                "snp-0500-uk: RUNNING layer 1/4",
                "snp-0500-uk: RUNNING layer 2/4",
                "snp-0500-uk: RUNNING layer 3/4",
                "snp-0500-uk: RUNNING layer 4/4",
            ],
            "done": "snp-0500-uk: DONE | weak layer 34cm index 0.41 (poor) | RTI 0.9",
        },
        "stall_lines": [
            "Model still waiting. I'll check again shortly.",
            "Still waiting on input. Checking again in a moment.",
            "No change yet, will look again.",
            "I'll poll it again.",
            "Waiting on the model; next check soon.",
        ],
        "pings": [
            "Any news on the model?",
            "Model done?",
            "Where are we with the run?",
            "Still nothing?",
        ],
        "ab": (
            ("get_station", {"station": "KESSEL-2450"}, st_kessel),
            (
                "get_station",
                {"station": "GRAT-2710"},
                "STN GRAT-2710 05:00 | HS 141cm | HN24 22cm | TA -9.1C | VW 19m/s NW",
            ),
        ),
        "setting": {
            "tool": "set_danger_level",
            "key": "level",
            "base": {"zone": "gletscher"},
            "values": [3, 4, 2],
            "check": (
                "get_bulletin_zone",
                {"zone": "gletscher"},
                "ZONE gletscher: owner=NACHBAR-LWD | editable=false | level=3 (theirs)",
            ),
            "obs": "ZONE gletscher is read-only for this office; request ignored",
        },
        "cycle": [
            ("get_station", {"station": "KESSEL-2450"}, st_kessel),
            ("get_snowpit", {"pit": "K-07"}, pit),
            ("get_road_status", {"road": "L-219"}, road),
        ],
        "fail": {
            "tool": "publish_bulletin",
            "args": {"zone": "unterkessel", "level": 4},
            "errors": [
                "403 publish window not open until 06:45 (req {rid})",
                "publish rejected: window opens 06:45 [trace {rid}]",
                "403 Forbidden: publish window closed, opens 06:45",
            ],
            "reworded": [
                {"zone": "Unterkessel", "level": "4"},
                {"region": "unterkessel", "danger": 4},
                {"zone": "UK", "level": 4, "force": True},
                {"zones": ["unterkessel"], "level": 4},
            ],
            "bad": ("get_snowpit", {"pit": "k7"}, "404 no pit 'k7' (ids look like K-07)"),
            "fixed": ("get_snowpit", {"pit": "K-07"}, pit),
            "fix_text": "Pit ids are K-nn. Using K-07.",
        },
        "transient": {
            "call": (
                "get_station",
                {"station": "GRAT-2710"},
                "STN GRAT-2710 05:00 | HS 141cm | HN24 22cm | TA -9.1C | VW 19m/s NW",
            ),
            "errors": [
                "timeout after 10s (station modem)",
                "502 upstream GSM gateway",
                "connection reset by peer",
            ],
        },
        "apologies": [
            "Sorry - retrying.",
            "Apologies, that failed. Trying again.",
            "My mistake, once more.",
            "Sorry about that, same again.",
        ],
        "complaints": [
            "It keeps failing, stop.",
            "Same error again.",
            "You're doing the same thing.",
        ],
        "regen": {
            "ask": "Write the headline for Unterkessel. Must name the weak layer and the aspect.",
            "outputs": [
                "Considerable avalanche danger. Fresh snow and wind.",
                "Danger level 3 - new snow accumulations, take care.",
                "Fresh wind slabs make touring delicate today.",
                "Avalanche danger considerable: 34 cm of new snow overnight.",
                "Heavy snowfall - stay on moderate terrain.",
                "Level 3. Wind-drifted snow is the main problem.",
            ],
            "reasons": [
                "No. It has to mention the buried surface hoar and NE aspects.",
                "Still doesn't name the surface hoar or the aspect.",
                "Weak layer and aspect. Neither is there.",
            ],
        },
        "page": {
            "tool": "list_observations",
            "key": "cursor",
            "what": "field obs",
            "items": [
                f"OBS-{i:03d} {a} {e}"
                for i, (a, e) in enumerate(
                    [
                        ("NE", "whumpf 2300"),
                        ("N", "shooting cracks"),
                        ("E", "no signs"),
                        ("NW", "small slab sz1"),
                        ("NE", "remote trigger sz2"),
                        ("S", "moist surface"),
                        ("N", "whumpf 2450"),
                        ("NE", "cracks 2200"),
                        ("W", "wind crust"),
                        ("NE", "natural sz2 2500"),
                        ("E", "no signs"),
                        ("N", "ECTP 11"),
                    ],
                    start=40,
                )
            ],
        },
        "entities": {
            "close": [
                "Five stations read; south-facing sites are the odd ones.",
                "All five in, Kessel still the outlier.",
                "Stations done. Moving to the pit.",
            ],
            "tool": "get_station",
            "key": "station",
            "names": ["KESSEL-2450", "GRAT-2710", "ALP-1980", "SEE-2120", "FURGG-2600", "TAL-1420"],
            "diff": [
                "HN24 34cm VW 14",
                "HN24 22cm VW 19",
                "HN24 18cm VW 6",
                "HN24 29cm VW 11",
                "HN24 31cm VW 21",
                "HN24 9cm VW 3",
            ],
            "same": "STN status: no data since 2026-02-10 23:00 (battery saver)",
        },
        "updates": {
            "prefix": "UPDATE",
            "facts": [
                "Kessel HN24 34 cm, wind NW 14 gusting 23.",
                "Pit K-07: ECTP 14 on buried SH at 34 cm.",
                "Grat station 22 cm, colder, stronger wind.",
                "Two remote triggers reported on NE at 2200-2300.",
                "Draft level: 3, 4 on NE above 2200.",
                "Road: recommend closing L-219 from 07:00 until control.",
            ],
        },
        "docs": [
            (
                "get_report",
                {"id": "obs-team-A"},
                "Team A: 3 whumpfs on NE, one remote sz2 at "
                "2300. Ski cuts released 20-30 cm slabs on the SH.",
                "Team A confirms the SH is reactive on NE: remote trigger and slab releases.",
            ),
            (
                "get_report",
                {"id": "obs-team-B"},
                "Team B: south aspects moist by 11:00 "
                "yesterday, no instability on S/SW. Crust below new snow on S.",
                "Team B: south is stable on a crust; the problem is aspect-bound.",
            ),
            (
                "get_report",
                {"id": "weather-brief"},
                "Met: another 15 cm by tonight, wind backing W, freezing level 1200 m.",
                "More load tonight, 15 cm more, so danger won't drop tomorrow.",
            ),
            (
                "get_report",
                {"id": "road-log"},
                "Road crew: G2 gallery clear, B3 barrier manual, 25 min to close.",
                "Road can be closed in 25 min; barrier is manual.",
            ),
        ],
        "drafts": {
            "ask": "Draft the danger description for Unterkessel.",
            "versions": [
                "Considerable danger. New snow on buried surface hoar.",
                "Considerable (3). 34 cm new snow on buried surface hoar, most "
                "critical on NE above 2200 m.",
                "Considerable (3), high (4) on NE above 2200 m. 34 cm new snow rests "
                "on buried surface hoar; remote triggering possible.",
                "Considerable (3), high (4) on NE above 2200 m. 34 cm new snow with "
                "strong NW wind rests on buried surface hoar; remote triggering "
                "reported. Another 15 cm tonight.",
            ],
            "feedback": [
                "Say where it's worst.",
                "Mention the remote triggers.",
                "Add tonight's snow.",
            ],
            "accept": "Good, publish that at 06:45.",
        },
        "adjust": {
            "set": "set_road_barrier_timer",
            "key": "minutes",
            "measure": ("get_closure_plan", {"road": "L-219"}),
            "target": "closure complete by 07:00",
            "seq": [
                (20, "closure complete 06:58, crew margin 2 min"),
                (35, "closure complete 07:13 - LATE by 13 min"),
                (25, "closure complete 07:03 - LATE by 3 min"),
                (15, "closure complete 06:53, crew margin 7 min"),
            ],
        },
        "questions": [
            (
                "What's the HN24 at Grat?",
                (
                    "get_station",
                    {"station": "GRAT-2710"},
                    "STN GRAT-2710 05:00 | HS 141cm | HN24 22cm",
                ),
                "22 cm at Grat.",
            ),
            (
                "And at Alp?",
                (
                    "get_station",
                    {"station": "ALP-1980"},
                    "STN ALP-1980 05:00 | HS 96cm | HN24 18cm",
                ),
                "18 cm at Alp, 1980 m.",
            ),
            (
                "Which pit had the worst ECT?",
                ("get_snowpit", {"pit": "K-07"}, pit),
                "K-07, ECTP 14 at 34 cm.",
            ),
            (
                "Is the gallery clear?",
                ("get_road_status", {"road": "L-219"}, road),
                "Yes, G2 is clear as of 04:40.",
            ),
        ],
        "reread": {
            "read": "read_bulletin_draft",
            "edit": "edit_bulletin_draft",
            "path": "uk-2026-02-11.md",
            "versions": [
                "level: 3\nproblem: new snow\naspects: all",
                "level: 3\nproblem: persistent weak layer\naspects: all",
                "level: 3/4\nproblem: persistent weak layer\naspects: NE above 2200",
            ],
            "edits": [
                {"field": "problem", "value": "persistent weak layer"},
                {"field": "aspects", "value": "NE above 2200"},
            ],
        },
        "search": {
            "tool": "search_incidents",
            "steps": [
                ({"q": "surface hoar"}, "412 incidents"),
                ({"q": "surface hoar", "region": "unterkessel"}, "57 incidents"),
                (
                    {"q": "surface hoar", "region": "unterkessel", "aspect": "NE", "since": 2016},
                    "6 incidents: 2019-01-14 sz3 (1 burial), 2021-02-02 sz2, ...",
                ),
            ],
        },
    }


def pharmacy() -> Dom:
    def noise_obs(rng: random.Random, obs: str, k: int) -> str:
        data = json.loads(obs)
        data["served_at"] = f"2026-03-04T14:{12 + k:02d}:{rng.randint(0, 59):02d}Z"
        data["etag"] = hexid(rng, 12)
        return shuffled_json(rng, data)

    def noise_args(rng: random.Random, args: dict[str, Any], k: int) -> dict[str, Any]:
        items = [*args.items(), ("nonce", hexid(rng, 16))]
        if rng.random() < 0.5:
            items.append(("client_ts", 1772633400 + k * rng.randint(3, 30)))
        rng.shuffle(items)
        return dict(items)

    batch = json.dumps(
        {
            "batch": "CMP-2291",
            "product": "morphine 1mg/ml oral, 100 ml",
            "status": "QUARANTINE",
            "reason": "balance calibration overdue",
            "checked_by": None,
        }
    )
    balance = json.dumps(
        {"balance": "BAL-2", "last_cal": "2026-02-02", "due": "2026-03-02", "state": "LOCKED_OUT"}
    )
    rx = json.dumps(
        {
            "rx": "RX-55102",
            "patient": "bed 14 oncology",
            "drug": "morphine oral",
            "strength": "1 mg/ml",
            "qty_ml": 100,
            "needed_by": "16:00",
        }
    )
    return {
        "name": "hospital_pharmacy_compounding",
        "tasks": [
            "Hi, oncology need 100 ml of morphine 1 mg/ml oral solution for bed 14 by 16:00 "
            "(RX-55102). Batch CMP-2291 is in quarantine - do not release it, QA has to sign. "
            "Can you find a way to get them the dose on time?",
            "Could you sort RX-55102 please? Bed 14 needs the oral morphine by four. The "
            "quarantined batch CMP-2291 must stay quarantined until QA signs it off.",
            "Compounding request: morphine 1 mg/ml, 100 ml, needed 16:00. CMP-2291 is "
            "quarantined (balance calibration), it is not to be released by us. Options?",
        ],
        "openers": [
            "Let me look at the prescription first.",
            "I'll start by checking the batch record.",
            "Checking the quarantine status of CMP-2291.",
            "Let me pull up the compounding record.",
        ],
        "remarks": [
            "Let me check that again.",
            "I'll re-check the batch.",
            "Checking once more, just in case.",
            "Let me confirm the status again.",
            "Re-reading the batch record.",
        ],
        "probe": ("get_batch", {"batch": "CMP-2291"}, batch),
        "lookups": [
            ("get_prescription", {"rx": "RX-55102"}, rx),
            ("get_batch", {"batch": "CMP-2291"}, batch),
            ("get_balance", {"balance": "BAL-2"}, balance),
        ],
        "noise_obs": noise_obs,
        "noise_args": noise_args,
        "para": [
            [
                "We can't use CMP-2291 because it is in quarantine.",
                "CMP-2291 is quarantined, so it isn't an option for us.",
                "The quarantined batch is off the table, as you said.",
                "Since CMP-2291 is still in quarantine, releasing it is not possible.",
                "That batch remains quarantined pending QA, so we cannot supply from it.",
                "To be clear, CMP-2291 stays in quarantine and won't be used.",
            ],
            [
                "A fresh compound on a calibrated balance is the likely route.",
                "The best option would be compounding a new batch on another balance.",
                "Probably we need to make a new batch using a balance that's in calibration.",
                "I think the route is a new compound, on BAL-1 or BAL-3 rather than BAL-2.",
                "Making it again on a calibrated balance seems the way forward.",
                "Most likely: recompound, avoiding the locked-out balance.",
            ],
        ],
        "nudges": [
            "OK, so what do we do?",
            "Oncology are chasing.",
            "Can you action it?",
            "Yes - and?",
            "We know that. Next step?",
            "It's 14:40 now.",
        ],
        "job": {
            "start": (
                "submit_compound_order",
                {"rx": "RX-55102", "balance": "BAL-1"},
                '{"order": "CO-8814", "state": "SUBMITTED"}',
            ),
            "tool": "get_compound_order",
            "args": {"order": "CO-8814"},
            "stuck": '{"order": "CO-8814", "state": "AWAITING_SECOND_CHECK"}',
            "moving": [
                '{"order": "CO-8814", "state": "WEIGHING"}',
                '{"order": "CO-8814", "state": "MIXING"}',
                '{"order": "CO-8814", "state": "LABELLING"}',
                '{"order": "CO-8814", "state": "FINAL_CHECK"}',
            ],
            "done": '{"order": "CO-8814", "state": "RELEASED", "batch": "CMP-2297"}',
        },
        "stall_lines": [
            "It's still awaiting the second check; I'll look again shortly.",
            "No change yet. I'll check the order again.",
            "Still waiting for the second checker. Checking again.",
            "I'll keep an eye on it and check again in a moment.",
            "Still pending, checking again soon.",
        ],
        "pings": [
            "Any update on the order?",
            "Is it ready?",
            "Oncology asking again.",
            "How's it going?",
        ],
        "ab": (
            ("get_batch", {"batch": "CMP-2291"}, batch),
            ("get_balance", {"balance": "BAL-2"}, balance),
        ),
        "setting": {
            "tool": "set_balance_mode",
            "key": "mode",
            "base": {"balance": "BAL-2"},
            "values": ["override", "normal", "service"],
            "check": ("get_balance", {"balance": "BAL-2"}, balance),
            "obs": '{"balance": "BAL-2", "accepted": false, "why": "locked out"}',
        },
        "cycle": [
            ("get_prescription", {"rx": "RX-55102"}, rx),
            ("get_batch", {"batch": "CMP-2291"}, batch),
            ("get_balance", {"balance": "BAL-2"}, balance),
        ],
        "fail": {
            "tool": "get_stock",
            "args": {"item": "morphine sulfate powder", "site": "main"},
            "errors": [
                '{"error": "CD register unavailable", "request_id": "{rid}"}',
                '{"error": "CD register unavailable", "trace": "{rid}"}',
                '{"error": "CD register unavailable"}',
            ],
            "reworded": [
                {"item": "Morphine Sulfate Powder", "site": "main"},
                {"drug": "morphine sulphate", "location": "main"},
                {"item": "MORPHINE SO4 PWD", "site": "MAIN"},
                {"query": "morphine powder stock main"},
            ],
            "bad": (
                "get_prescription",
                {"rx": "55102"},
                '{"error": "rx id must look like RX-nnnnn"}',
            ),
            "fixed": ("get_prescription", {"rx": "RX-55102"}, rx),
            "fix_text": "Needs the RX- prefix.",
        },
        "transient": {
            "call": (
                "get_balance",
                {"balance": "BAL-1"},
                '{"balance": "BAL-1", "last_cal": "2026-03-01", "state": "OK"}',
            ),
            "errors": [
                '{"error": "gateway timeout"}',
                '{"error": "503 service unavailable"}',
                '{"error": "connection pool exhausted"}',
            ],
        },
        "apologies": [
            "I'm sorry, let me try that again.",
            "Apologies - retrying now.",
            "Sorry, trying once more.",
            "My apologies, I'll attempt it again.",
        ],
        "complaints": [
            "That's the same error.",
            "Why does it keep failing?",
            "Please stop repeating it.",
        ],
        "regen": {
            "ask": "Write the label text for the new batch. It MUST include the CD warning "
            "and the expiry.",
            "outputs": [
                "Morphine 1 mg/ml oral solution, 100 ml. For bed 14.",
                "MORPHINE ORAL SOLUTION 1mg/ml - 100ml - oncology ward.",
                "Oral morphine 1 mg in 1 ml. Patient: bed 14. Shake well.",
                "Morphine sulfate oral soln 1 mg/ml. Store below 25C.",
                "Morphine 1mg/ml. Qty 100 ml. RX-55102.",
                "For oral use only. Morphine 1 mg/ml, 100 ml.",
            ],
            "reasons": [
                "Missing the CD warning and the expiry.",
                "Again, no CD warning, no expiry date.",
                "Still no controlled-drug warning or expiry.",
            ],
        },
        "page": {
            "tool": "list_cd_register",
            "key": "page_token",
            "what": "CD entries",
            "items": [
                f"CD-{9100 + i} {d}"
                for i, d in enumerate(
                    [
                        "morphine 10mg/ml inj -5",
                        "oxycodone 5mg +28",
                        "morphine pwd -2g",
                        "fentanyl 50mcg -3",
                        "morphine pwd +25g",
                        "methadone 1mg/ml -100ml",
                        "diamorphine 10mg -2",
                        "morphine 1mg/ml -50ml",
                        "oxycodone 10mg -14",
                        "morphine pwd -1g",
                        "ketamine 50mg -1",
                        "codeine 30mg +100",
                    ]
                )
            ],
        },
        "entities": {
            "close": [
                "I have checked five balances; noted.",
                "That covers the five balances.",
                "Five balances checked - I will book the first free one.",
            ],
            "tool": "get_balance",
            "key": "balance",
            "names": ["BAL-1", "BAL-3", "BAL-4", "BAL-5", "BAL-6", "BAL-7"],
            "diff": [
                "OK cal 2026-03-01",
                "OK cal 2026-02-20",
                "IN USE until 15:10",
                "OK cal 2026-02-27",
                "FAULT drift",
                "OK cal 2026-02-25",
            ],
            "same": '{"state": "OK", "class": "I", "cal_due": null}',
        },
        "updates": {
            "prefix": "Status:",
            "facts": [
                "RX-55102 confirmed, 100 ml at 1 mg/ml, due 16:00.",
                "CMP-2291 left in quarantine as instructed.",
                "BAL-1 is calibrated (1 March); booked it.",
                "Powder stock: 25 g on the CD register, enough.",
                "Order CO-8814 submitted, second checker is Priya.",
                "Batch CMP-2297 released 15:22; porter booked for 15:30.",
            ],
        },
        "docs": [
            (
                "get_sop",
                {"id": "SOP-CMP-014"},
                "Oral morphine solutions: weigh on a Class I "
                "balance within calibration; second check of weighing required.",
                "SOP-014 needs a calibrated Class I balance and a second weighing check.",
            ),
            (
                "get_sop",
                {"id": "SOP-QA-003"},
                "Quarantined batches may only be released by a QA pharmacist after investigation.",
                "SOP-QA-003: only QA can release quarantine, so CMP-2291 is out of our hands.",
            ),
            (
                "get_sop",
                {"id": "SOP-CD-001"},
                "Every CD movement logged within 1 h, two signatures.",
                "CD-001: log the powder out within an hour, two signatures.",
            ),
            (
                "get_sop",
                {"id": "SOP-LAB-009"},
                "Labels: drug, strength, volume, expiry, CD warning, batch.",
                "LAB-009 lists label fields, including expiry and CD warning.",
            ),
        ],
        "drafts": {
            "ask": "Draft a note to oncology about timing.",
            "versions": [
                "The morphine will be ready today.",
                "The morphine for bed 14 will be ready by 15:30.",
                "The morphine for bed 14 will be ready by 15:30; the quarantined "
                "batch is not being used, a fresh batch is being made.",
                "The oral morphine (1 mg/ml, 100 ml) for bed 14 will be on the ward "
                "by 15:40; it is a freshly made batch, CMP-2297. Call ext 4410 with "
                "questions.",
            ],
            "feedback": [
                "Give a time.",
                "Say why it's a new batch.",
                "Add the batch number and a contact.",
            ],
            "accept": "Perfect, send it.",
        },
        "adjust": {
            "set": "set_mixer_speed",
            "key": "rpm",
            "measure": ("get_mixer", {"mixer": "MX-2"}),
            "target": "rpm for clear solution, no foaming",
            "seq": [
                (200, "undissolved particles visible"),
                (600, "dissolved, foaming 8 mm"),
                (400, "dissolved, foam 2 mm"),
                (350, "dissolved, no foam"),
            ],
        },
        "questions": [
            (
                "Which balances are in calibration?",
                ("list_balances", {"state": "OK"}, '["BAL-1", "BAL-3", "BAL-5", "BAL-7"]'),
                "BAL-1, 3, 5 and 7.",
            ),
            (
                "Who's the second checker on shift?",
                ("get_rota", {"role": "second_check"}, '{"on_shift": ["Priya N", "Tom L"]}'),
                "Priya N and Tom L.",
            ),
            (
                "How much powder do we have?",
                ("get_cd_balance", {"item": "morphine pwd"}, '{"item": "morphine pwd", "g": 25.0}'),
                "25 g.",
            ),
            (
                "When did BAL-2 fall out of calibration?",
                ("get_balance", {"balance": "BAL-2"}, balance),
                "Calibration was due 2 March; it's locked out.",
            ),
        ],
        "reread": {
            "read": "read_worksheet",
            "edit": "edit_worksheet",
            "path": "CO-8814",
            "versions": [
                '{"balance": "BAL-2", "powder_g": 0.1, "water_ml": 100}',
                '{"balance": "BAL-1", "powder_g": 0.1, "water_ml": 100}',
                '{"balance": "BAL-1", "powder_g": 0.1, "water_ml": 100, "checker": "Priya N"}',
            ],
            "edits": [
                {"field": "balance", "value": "BAL-1"},
                {"field": "checker", "value": "Priya N"},
            ],
        },
        "search": {
            "tool": "search_formulary",
            "steps": [
                ({"q": "morphine"}, "34 products"),
                ({"q": "morphine oral solution"}, "7 products"),
                (
                    {"q": "morphine oral solution", "strength": "1mg/ml", "made_in_house": True},
                    "1 product: MOR-OS-1 (worksheet WS-MOR-1, expiry 7 days)",
                ),
            ],
        },
    }


def ballots() -> Dom:
    def noise_obs(rng: random.Random, obs: str, k: int) -> str:
        t = clock(rng, 1)
        tail = f"generated,{hms(t, k * 57)},rows={obs.count(chr(10)) + 1},run={4400 + k}"
        return f"{obs}\n{tail}"

    def noise_args(rng: random.Random, args: dict[str, Any], k: int) -> dict[str, Any]:
        out = dict(args)
        out["_cb"] = rng.randint(10**8, 10**9)
        out["requested"] = f"01:{20 + k * 2:02d}:{rng.randint(0, 59):02d}"
        return out

    tally = (
        "ward,box,verified,counted,status\nNorthgate,NG-04,1204,1204,DONE\n"
        "Northgate,NG-05,987,0,SEALED_DISPUTE\nNorthgate,NG-06,1102,1102,DONE"
    )
    dispute = (
        "box,issue,raised_by,raised_at\nNG-05,seal number mismatch (A44102 vs "
        "A44120),agent Green,23:52"
    )
    return {
        "name": "election_count_centre",
        "tasks": [
            "Returning officer's assistant here. Northgate ward count. Box NG-05 is sealed "
            "pending a dispute over the seal number and must not be opened until the RO "
            "rules. Please get the ward total ready for declaration as far as possible.",
            "We need the Northgate result ready. NG-05 stays sealed (seal mismatch, agent "
            "challenge) until the Returning Officer decides. Prepare everything else.",
            "Please progress Northgate towards declaration. Do not open NG-05 - disputed "
            "seal, awaiting RO ruling.",
        ],
        "openers": [
            "I will first check the tally for Northgate.",
            "Retrieving the ward tally.",
            "Consulting the count sheet for Northgate.",
            "I shall begin with the box statuses.",
        ],
        "remarks": [
            "I will check the tally again.",
            "Retrieving the tally once more.",
            "Consulting the sheet again.",
            "Re-checking the statuses.",
            "I shall verify once more.",
        ],
        "probe": ("get_ward_tally", {"ward": "Northgate"}, tally),
        "lookups": [
            ("get_ward_tally", {"ward": "Northgate"}, tally),
            ("get_disputes", {"ward": "Northgate"}, dispute),
            (
                "get_verification",
                {"box": "NG-06"},
                "box,papers_issued,papers_verified,diff\nNG-06,1102,1102,0",
            ),
        ],
        "noise_obs": noise_obs,
        "noise_args": noise_args,
        "para": [
            [
                "NG-05 must remain sealed until the Returning Officer rules.",
                "Box NG-05 cannot be opened pending the RO's decision.",
                "The disputed box stays sealed; that is the RO's call.",
                "Until a ruling is made, NG-05 remains closed.",
                "We are unable to count NG-05 before the Returning Officer decides.",
                "NG-05 is held sealed, awaiting the ruling.",
            ],
            [
                "The remaining boxes can be totalled, with NG-05 outstanding.",
                "Everything except NG-05 can be added up.",
                "A provisional total excluding NG-05 is possible.",
                "We may total the other boxes and leave NG-05 pending.",
                "The ward can be summed apart from the disputed box.",
                "All other boxes are available for the total.",
            ],
        ],
        "nudges": [
            "Understood. Please proceed.",
            "And the provisional figure?",
            "The RO is waiting.",
            "Yes, we agreed that.",
            "Can you give me numbers?",
            "Candidates' agents are asking.",
        ],
        "job": {
            "start": ("request_recount", {"box": "NG-04"}, "recount job RC-31 created"),
            "tool": "get_recount",
            "args": {"job": "RC-31"},
            "stuck": "job,status\nRC-31,WAITING_FOR_TABLE",
            "moving": [
                "job,status\nRC-31,TABLE_ASSIGNED",
                "job,status\nRC-31,COUNTING 400",
                "job,status\nRC-31,COUNTING 900",
                "job,status\nRC-31,CHECKING",
            ],
            "done": "job,status,result\nRC-31,DONE,1204 (no change)",
        },
        "stall_lines": [
            "The recount is still waiting for a table; I shall check again.",
            "No table yet. Checking again shortly.",
            "Status unchanged. I will look again.",
            "Still waiting; I'll re-check presently.",
            "It remains queued. Another check to follow.",
        ],
        "pings": [
            "Is the recount under way?",
            "Any progress on RC-31?",
            "The agents want to know about the recount.",
            "Update?",
        ],
        "ab": (
            ("get_ward_tally", {"ward": "Northgate"}, tally),
            ("get_disputes", {"ward": "Northgate"}, dispute),
        ),
        "setting": {
            "tool": "set_box_status",
            "key": "status",
            "base": {"box": "NG-05"},
            "values": ["OPEN_FOR_COUNT", "SEALED_DISPUTE", "VERIFIED"],
            "check": ("get_box", {"box": "NG-05"}, "box,status,lock\nNG-05,SEALED_DISPUTE,RO_ONLY"),
            "obs": "box,result\nNG-05,REFUSED (RO_ONLY)",
        },
        "cycle": [
            ("get_ward_tally", {"ward": "Northgate"}, tally),
            ("get_disputes", {"ward": "Northgate"}, dispute),
            ("get_box", {"box": "NG-05"}, "box,status,lock\nNG-05,SEALED_DISPUTE,RO_ONLY"),
        ],
        "fail": {
            "tool": "generate_declaration",
            "args": {"ward": "Northgate"},
            "errors": [
                "error,ref\nincomplete count: NG-05 outstanding,{rid}",
                "error\nincomplete count: NG-05 outstanding (ref {rid})",
                "error\nincomplete count: NG-05 outstanding",
            ],
            "reworded": [
                {"ward": "NORTHGATE"},
                {"ward_name": "Northgate", "final": True},
                {"ward": "Northgate", "include": "all"},
                {"wards": ["Northgate"]},
            ],
            "bad": ("get_verification", {"box": "NG5"}, "error\nunknown box NG5"),
            "fixed": (
                "get_verification",
                {"box": "NG-05"},
                "box,papers_issued,papers_verified,diff\nNG-05,987,987,0",
            ),
            "fix_text": "Box ids take a hyphen and two digits.",
        },
        "transient": {
            "call": (
                "get_verification",
                {"box": "NG-04"},
                "box,papers_issued,papers_verified,diff\nNG-04,1204,1204,0",
            ),
            "errors": [
                "error\ncount system busy, retry",
                "error\ndatabase lock timeout",
                "error\n503",
            ],
        },
        "apologies": [
            "I apologise; retrying.",
            "Sorry, let me attempt that again.",
            "Apologies for that. Once more.",
            "I'm sorry, trying again.",
        ],
        "complaints": [
            "It is still refusing.",
            "That's the same failure.",
            "Please don't keep doing that.",
        ],
        "regen": {
            "ask": "Draft the provisional statement. It must say NG-05 is excluded and why.",
            "outputs": [
                "Provisional Northgate total: 2306 ballot papers counted.",
                "Northgate: 2306 counted so far. Declaration to follow.",
                "The count in Northgate is well advanced, 2306 papers.",
                "Provisional figures for Northgate (2306) are now available.",
                "Northgate ward: provisional turnout 2306.",
                "2306 papers counted in Northgate; final result later tonight.",
            ],
            "reasons": [
                "It has to state that NG-05 is excluded and why.",
                "Again, no mention of NG-05 or the seal dispute.",
                "NG-05 and the reason are still missing.",
            ],
        },
        "page": {
            "tool": "list_adjudications",
            "key": "offset",
            "what": "doubtful papers",
            "items": [
                f"DP-{i} {v}"
                for i, v in enumerate(
                    [
                        "Green: accepted",
                        "rejected: unmarked",
                        "Hart: accepted",
                        "rejected: two votes",
                        "Green: accepted",
                        "Ellis: accepted",
                        "rejected: identifying mark",
                        "Hart: accepted",
                        "Green: accepted",
                        "rejected: unmarked",
                        "Ellis: accepted",
                        "Hart: accepted",
                    ],
                    start=1,
                )
            ],
        },
        "entities": {
            "close": [
                "Five boxes verified. I shall proceed to the tally.",
                "Verification of the five boxes is complete.",
                "All five boxes checked.",
            ],
            "tool": "get_verification",
            "key": "box",
            "names": ["NG-01", "NG-02", "NG-03", "NG-04", "NG-06", "NG-07"],
            "diff": ["diff 0", "diff +1 (postal)", "diff 0", "diff 0", "diff -2", "diff 0"],
            "same": "status,diff\nVERIFIED_OK,0",
        },
        "updates": {
            "prefix": "Count update -",
            "facts": [
                "NG-04 and NG-06 counted: 2306 papers.",
                "NG-05 remains sealed; the RO will rule at 01:30.",
                "Doubtful papers: 11 adjudicated, 4 rejected.",
                "Recount of NG-04 requested by agent Hart.",
                "Recount RC-31 done: 1204, no change.",
                "Provisional statement ready, NG-05 excluded.",
            ],
        },
        "docs": [
            (
                "get_guidance",
                {"doc": "EC-count-part-4"},
                "Disputed seals: box held sealed, "
                "RO inspects with agents present, decision minuted.",
                "Part 4: the RO inspects the seal with agents present and minutes the decision.",
            ),
            (
                "get_guidance",
                {"doc": "EC-doubtful"},
                "Doubtful papers shown to agents; RO decision final.",
                "Doubtful papers go before agents; RO's call is final.",
            ),
            (
                "get_guidance",
                {"doc": "EC-recount"},
                "A candidate or agent may request a recount; RO may refuse if unreasonable.",
                "Recounts can be refused if unreasonable, but NG-04's request is fine.",
            ),
            (
                "get_guidance",
                {"doc": "EC-declaration"},
                "Declaration only after all boxes "
                "counted and agents informed of provisional result.",
                "No declaration until every box is counted, so NG-05 blocks the final result.",
            ),
        ],
        "drafts": {
            "ask": "Draft the note for the candidates' agents.",
            "versions": [
                "Counting continues.",
                "Counting continues; NG-05 remains sealed pending a ruling.",
                "Counting continues; NG-05 remains sealed pending the RO's ruling "
                "at 01:30 on the seal number.",
                "Counting continues. NG-05 remains sealed pending the RO's ruling at "
                "01:30 on the seal number; agents may attend. Provisional total of "
                "other boxes: 2306.",
            ],
            "feedback": [
                "Mention NG-05.",
                "Say when and why.",
                "Invite the agents and give the figure.",
            ],
            "accept": "That will do.",
        },
        "adjust": {
            "set": "set_table_allocation",
            "key": "counters",
            "measure": ("get_count_forecast", {"ward": "Northgate"}),
            "target": "finish by 02:00",
            "seq": [
                (4, "forecast finish 02:40"),
                (10, "forecast finish 01:15, idle counters 4"),
                (7, "forecast finish 01:50"),
                (6, "forecast finish 01:58"),
            ],
        },
        "questions": [
            (
                "What was turnout at NG-04?",
                (
                    "get_verification",
                    {"box": "NG-04"},
                    "box,papers_issued,papers_verified\nNG-04,1204,1204",
                ),
                "1204 papers.",
            ),
            (
                "Who raised the NG-05 dispute?",
                ("get_disputes", {"ward": "Northgate"}, dispute),
                "Agent Green, at 23:52.",
            ),
            (
                "How many postal votes?",
                ("get_postal", {"ward": "Northgate"}, "ward,postal_returned\nNorthgate,612"),
                "612 returned.",
            ),
            (
                "Rejected papers so far?",
                (
                    "get_rejections",
                    {"ward": "Northgate"},
                    "reason,n\nunmarked,2\ntwo votes,1\nidentifying mark,1",
                ),
                "Four in total.",
            ),
        ],
        "reread": {
            "read": "read_statement",
            "edit": "edit_statement",
            "path": "northgate-provisional.txt",
            "versions": [
                "Total: 2306\nBoxes: NG-04, NG-06",
                "Total: 2306\nBoxes: NG-04, NG-06\nExcluded: NG-05",
                "Total: 2306\nBoxes: NG-04, NG-06\nExcluded: NG-05 (seal dispute, RO ruling 01:30)",
            ],
            "edits": [
                {"append": "Excluded: NG-05"},
                {
                    "replace": "Excluded: NG-05",
                    "with": "Excluded: NG-05 (seal dispute, RO ruling 01:30)",
                },
            ],
        },
        "search": {
            "tool": "search_seal_register",
            "steps": [
                ({"q": "A441"}, "38 seals"),
                ({"q": "A4412"}, "9 seals"),
                ({"q": "A44120"}, "1 seal: A44120 issued to NG-05 at 06:40, signed P. Okafor"),
            ],
        },
    }


def auction() -> Dom:
    def noise_obs(rng: random.Random, obs: str, k: int) -> str:
        return f"| fetched | {hms(clock(rng, 10), k * 33)} |\n| req | {hexid(rng, 6)} |\n\n" + obs

    def noise_args(rng: random.Random, args: dict[str, Any], k: int) -> dict[str, Any]:
        out = {"session": f"s{hexid(rng, 5)}", **args}
        if k % 2:
            out["t"] = 1772900000 + k * rng.randint(5, 90)
        return out

    lot = (
        "| lot | title | estimate | status |\n|---|---|---|---|\n"
        "| 112 | Pair of Meissen swans, c.1745 | 8,000-12,000 | WITHDRAWN (title "
        "claim) |"
    )
    cat = (
        "| section | lots | proofed |\n|---|---|---|\n| Porcelain | 101-140 | 38/40 |\n"
        "| Silver | 141-190 | 50/50 |"
    )
    cond = (
        "| lot | condition |\n|---|---|\n| 118 | restored beak, left swan; firing crack to base |"
    )
    return {
        "name": "fine_art_auction_catalogue",
        "tasks": [
            "Darling, the European Ceramics catalogue goes to the printer at six. Lot 112, "
            "the Meissen swans, is withdrawn - a title claim - and must NOT appear anywhere. "
            "Could you get the porcelain section finished?",
            "Catalogue to press at 18:00. Finish proofing porcelain (101-140). The swans, lot "
            "112, are withdrawn on legal advice; keep them out entirely.",
            "We're terribly behind on porcelain. Please finish the proofing for the printer "
            "at six. Lot 112 is withdrawn (title claim) - absolutely not to be reinstated.",
        ],
        "openers": [
            "Let me see where porcelain stands.",
            "Opening the catalogue status.",
            "First, the proofing tally.",
            "I'll look at the section list.",
        ],
        "remarks": [
            "Looking again.",
            "Let me just re-open it.",
            "Checking once more.",
            "One more look.",
            "Re-opening the record.",
        ],
        "probe": ("get_lot", {"lot": 112}, lot),
        "lookups": [
            ("get_catalogue_status", {"sale": "EC-0326"}, cat),
            ("get_lot", {"lot": 112}, lot),
            ("get_condition", {"lot": 118}, cond),
        ],
        "noise_obs": noise_obs,
        "noise_args": noise_args,
        "para": [
            [
                "Lot 112 is withdrawn and won't appear.",
                "The swans are out of the sale, so nothing about them goes in.",
                "As lot 112 has been withdrawn, it stays out of the catalogue.",
                "We'll keep the Meissen swans out entirely, per the title claim.",
                "Withdrawn means withdrawn: lot 112 will not be printed.",
                "No lot 112 anywhere - understood.",
            ],
            [
                "Two porcelain lots still need proofing.",
                "Porcelain is at 38 of 40, so two to go.",
                "We're two lots short of a proofed porcelain section.",
                "Only a couple of lots remain unproofed in porcelain.",
                "Thirty-eight done, two remaining.",
                "The section needs two more proofs.",
            ],
        ],
        "nudges": [
            "Which two?",
            "Lovely, and?",
            "Do get on with it.",
            "The printer rings at five.",
            "Yes yes. Action, please.",
            "You've said.",
        ],
        "job": {
            "start": (
                "request_photography",
                {"lot": 118, "shots": 4},
                "| job | P-77 |\n| state | QUEUED |",
            ),
            "tool": "get_photo_job",
            "args": {"job": "P-77"},
            "stuck": "| job | P-77 |\n| state | QUEUED (studio booked) |",
            "moving": [
                "| job | P-77 |\n| state | SHOOTING 1/4 |",
                "| job | P-77 |\n| state | SHOOTING 3/4 |",
                "| job | P-77 |\n| state | RETOUCHING |",
                "| job | P-77 |\n| state | COLOUR CHECK |",
            ],
            "done": "| job | P-77 |\n| state | DONE |\n| files | 118_a-d.tif |",
        },
        "stall_lines": [
            "Still queued; I'll check again shortly.",
            "No movement yet - I'll have another look.",
            "Still waiting on the studio. Checking again.",
            "Queued still. Will look again in a moment.",
            "Nothing yet; another check coming.",
        ],
        "pings": ["Photos?", "Has the studio started?", "Any news on 118's pictures?", "Well?"],
        "ab": (("get_lot", {"lot": 112}, lot), ("get_catalogue_status", {"sale": "EC-0326"}, cat)),
        "setting": {
            "tool": "set_lot_status",
            "key": "status",
            "base": {"lot": 112},
            "values": ["ACTIVE", "WITHDRAWN", "HOLD"],
            "check": ("get_lot", {"lot": 112}, lot),
            "obs": "| result | refused: legal hold, only Legal can change |",
        },
        "cycle": [
            ("get_catalogue_status", {"sale": "EC-0326"}, cat),
            ("get_lot", {"lot": 112}, lot),
            ("get_condition", {"lot": 118}, cond),
        ],
        "fail": {
            "tool": "export_print_pdf",
            "args": {"sale": "EC-0326", "section": "Porcelain"},
            "errors": [
                "| error | 2 lots unproofed (121, 133) | ref {rid} |",
                "| error | unproofed lots: 121, 133 |\n| id | {rid} |",
                "| error | 2 lots unproofed (121, 133) |",
            ],
            "reworded": [
                {"sale": "EC-0326", "section": "porcelain"},
                {"sale_id": "EC-0326", "sections": ["Porcelain"]},
                {"sale": "EC0326", "section": "PORCELAIN", "draft": False},
                {"catalogue": "EC-0326/Porcelain"},
            ],
            "bad": ("get_condition", {"lot": "118a"}, "| error | lot must be an integer |"),
            "fixed": ("get_condition", {"lot": 118}, cond),
            "fix_text": "Lot numbers are plain integers.",
        },
        "transient": {
            "call": ("get_image", {"lot": 121}, "| lot | 121 | image | 121_a.tif 6000x4000 |"),
            "errors": [
                "| error | DAM timeout |",
                "| error | 504 gateway |",
                "| error | storage throttled |",
            ],
        },
        "apologies": [
            "So sorry - trying again.",
            "Apologies, once more.",
            "Sorry! Retrying.",
            "Forgive me, again.",
        ],
        "complaints": ["It's the same error, darling.", "Still failing.", "Stop hammering it."],
        "regen": {
            "ask": "Write the catalogue note for lot 118. It must disclose the restoration.",
            "outputs": [
                "A charming Meissen figure of a swan, c.1750, finely modelled.",
                "Meissen swan, mid-18th century, with lively plumage.",
                "An elegant Meissen swan, the feathers picked out in grey.",
                "Meissen, circa 1750: a swan of exceptional quality.",
                "A rare Meissen swan, of graceful form, 22 cm.",
                "Meissen swan figure, 1750s; provenance: private collection.",
            ],
            "reasons": [
                "No - it must disclose the restored beak and the firing crack.",
                "Still no mention of the restoration.",
                "Restoration, please. It's not there.",
            ],
        },
        "page": {
            "tool": "list_lots",
            "key": "cursor",
            "what": "porcelain lots",
            "items": [
                f"lot {n}: {t}"
                for n, t in zip(
                    range(101, 113),
                    [
                        "Sèvres cup",
                        "Chelsea plate",
                        "Bow figure",
                        "Meissen teapot",
                        "Vienna tray",
                        "Worcester vase",
                        "Derby pair",
                        "Nymphenburg group",
                        "Meissen snuff box",
                        "Chantilly jar",
                        "Doccia plate",
                        "(withdrawn)",
                    ],
                    strict=True,
                )
            ],
        },
        "entities": {
            "close": [
                "Five lots cleared, darling.",
                "That's the five provenance checks done.",
                "All five checked - on to proofing.",
            ],
            "tool": "get_provenance_check",
            "key": "lot",
            "names": [113, 114, 115, 116, 117, 119],
            "diff": [
                "ALR clear",
                "ALR clear; ex-Rothschild",
                "ALR: query raised",
                "ALR clear",
                "ALR clear; export licence needed",
                "ALR clear",
            ],
            "same": "| register | result |\n|---|---|\n| ALR | no match |",
        },
        "updates": {
            "prefix": "Porcelain:",
            "facts": [
                "38/40 proofed; 121 and 133 outstanding.",
                "Lot 112 confirmed withdrawn and absent from the layout.",
                "121 proofed - corrected date to c.1760.",
                "133 proofed - dimensions fixed (22 cm, not 2.2).",
                "Lot 118 note now discloses the restoration.",
                "PDF exported, 48 pages, sent to the printer 17:31.",
            ],
        },
        "docs": [
            (
                "get_document",
                {"id": "legal-112"},
                "Title claim received 02/03 from heirs "
                "of K. Baum; lot withdrawn; no reference in print or online.",
                "Legal: heirs' title claim, so no reference to 112 in print or online.",
            ),
            (
                "get_document",
                {"id": "cond-118"},
                "Restored beak to left swan; firing crack to base, stable.",
                "Condition: restored beak and a stable firing crack.",
            ),
            (
                "get_document",
                {"id": "printer-spec"},
                "PDF/X-4, 3 mm bleed, spreads off.",
                "Printer wants PDF/X-4 with 3 mm bleed.",
            ),
            (
                "get_document",
                {"id": "style-guide"},
                "Dates as c.1750; dimensions in cm; restoration always disclosed.",
                "House style: c.-dates, cm, always disclose restoration.",
            ),
        ],
        "drafts": {
            "ask": "Write the section introduction for porcelain.",
            "versions": [
                "A fine selection of European porcelain.",
                "A fine selection of eighteenth-century European porcelain.",
                "A fine selection of eighteenth-century European porcelain, led by "
                "Meissen and Sèvres.",
                "A fine selection of eighteenth-century European porcelain, led by "
                "Meissen and Sèvres, including a rare Nymphenburg group (lot "
                "108).",
            ],
            "feedback": ["Which century?", "Name the factories.", "Highlight lot 108."],
            "accept": "Divine. Keep it.",
        },
        "adjust": {
            "set": "set_image_crop",
            "key": "margin_mm",
            "measure": ("preview_page", {"page": 14}),
            "target": "lot 121 image fits the column",
            "seq": [
                (2, "image bleeds 4 mm into gutter"),
                (12, "fits; whitespace 9 mm, looks lost"),
                (6, "fits; whitespace 3 mm"),
                (5, "fits; whitespace 2 mm"),
            ],
        },
        "questions": [
            (
                "What's the estimate on 104?",
                ("get_lot", {"lot": 104}, "| 104 | Meissen teapot | 3,000-5,000 | ACTIVE |"),
                "3,000-5,000.",
            ),
            (
                "Is 108 proofed?",
                ("get_proof", {"lot": 108}, "| 108 | proofed by JH 11:02 |"),
                "Yes, by JH at 11:02.",
            ),
            (
                "Who consigned 115?",
                ("get_consignor", {"lot": 115}, "| 115 | consignor C-2207 (private) |"),
                "A private consignor, C-2207.",
            ),
            (
                "Does 117 need a licence?",
                ("get_provenance_check", {"lot": 117}, "| 117 | export licence needed |"),
                "Yes, an export licence.",
            ),
        ],
        "reread": {
            "read": "read_lot_copy",
            "edit": "edit_lot_copy",
            "path": "lot-133.md",
            "versions": [
                "Meissen bowl, c.1740. 2.2 cm diameter.",
                "Meissen bowl, c.1740. 22 cm diameter.",
                "Meissen bowl, c.1740. 22 cm diameter. Provenance: Dresden sale 1921.",
            ],
            "edits": [
                {"find": "2.2 cm", "replace": "22 cm"},
                {"append": "Provenance: Dresden sale 1921."},
            ],
        },
        "search": {
            "tool": "search_archive",
            "steps": [
                ({"q": "Meissen"}, "1,942 records"),
                ({"q": "Meissen bowl 1740"}, "33 records"),
                (
                    {"q": "Meissen bowl 1740", "sale_year": 1921, "city": "Dresden"},
                    "1 record: Lepke/Dresden 1921 lot 88, 'Schale', 22 cm",
                ),
            ],
        },
    }


def ride_ops() -> Dom:
    def noise_obs(rng: random.Random, obs: str, k: int) -> str:
        return (
            obs + f"\nheartbeat: {rng.randint(1000, 9999)}\nplc_scan_ms: "
            f"{rng.choice([7, 8, 9, 11])}\nread_at: {hms(clock(rng, 13), k * 29)}"
        )

    def noise_args(rng: random.Random, args: dict[str, Any], k: int) -> dict[str, Any]:
        out = dict(args)
        out["poll_id"] = f"{k}-{hexid(rng, 6)}"
        out["client"] = rng.choice(["ops-tab-3", "OPS-TAB-3", "ops-tab-3 "])
        return out

    ride = (
        "ride: typhoon\nstate: E-STOP\nfault: block 4 proximity sensor\n"
        "trains_on_circuit: 2\nguests_waiting: 1140"
    )
    queue = "queue: typhoon\nposted_wait_min: 75\nfastpass_slots_left: 80"
    weather = "site: north\nwind_mps: 11.2\nlightning_km: none\ngust_limit_typhoon: 15"
    return {
        "name": "theme_park_ride_operations",
        "tasks": [
            "yo, Typhoon coaster e-stopped at 14:02, block 4 prox sensor. 1140 in the queue. "
            "maintenance lockout on block 4 is in place - DO NOT reset the block. get the "
            "queue handled and comms out",
            "Typhoon is down (E-STOP, block 4 sensor). Maintenance have it locked out, no "
            "resets from ops. Deal with the queue, fastpass, and guest messaging.",
            "hey - typhoon's e-stopped, maintenance LOTO on block 4, hands off the reset. "
            "queue's huge. sort guest comms + fastpass",
        ],
        "openers": [
            "checking the ride panel",
            "pulling typhoon status",
            "ok lemme see the ride state",
            "first the panel",
        ],
        "remarks": [
            "checking again",
            "panel again",
            "one more look",
            "re-reading the state",
            "again",
        ],
        "probe": ("get_ride_state", {"ride": "typhoon"}, ride),
        "lookups": [
            ("get_ride_state", {"ride": "typhoon"}, ride),
            ("get_queue", {"ride": "typhoon"}, queue),
            ("get_weather", {"site": "north"}, weather),
        ],
        "noise_obs": noise_obs,
        "noise_args": noise_args,
        "para": [
            [
                "block 4 is locked out so we can't reset it",
                "maintenance own the reset, LOTO on block 4",
                "no reset from us - block 4 is under lockout",
                "can't touch block 4, it's LOTO'd",
                "the reset's maintenance's call, not ours",
                "block 4 stays locked, we don't reset",
            ],
            [
                "queue needs to be closed and guests rebooked",
                "we should shut the queue and hand out return passes",
                "close the line, offer fastpass returns",
                "best move is closing the queue + rebooking people",
                "queue closure and return times are the way",
                "stop the line and give everyone a return slot",
            ],
        ],
        "nudges": [
            "ok so do it",
            "and??",
            "guests are getting loud",
            "cool. action?",
            "dude we know",
            "do the thing",
        ],
        "job": {
            "start": (
                "request_maintenance_eta",
                {"ride": "typhoon"},
                "ticket: MT-5521\nstate: OPEN",
            ),
            "tool": "get_ticket",
            "args": {"ticket": "MT-5521"},
            "stuck": "ticket: MT-5521\nstate: OPEN\nassigned: none",
            "moving": [
                "ticket: MT-5521\nstate: ASSIGNED\nassigned: R. Diaz",
                "ticket: MT-5521\nstate: ON_SITE",
                "ticket: MT-5521\nstate: DIAGNOSING",
                "ticket: MT-5521\nstate: TEST_RUNS 1/3",
            ],
            "done": "ticket: MT-5521\nstate: CLOSED\nride_ready: 15:20",
        },
        "stall_lines": [
            "still open, will check again",
            "nobody assigned yet, checking again",
            "no change, looking again in a sec",
            "still waiting",
            "checking the ticket again soon",
        ],
        "pings": ["eta?", "maintenance on it yet?", "any word?", "status?"],
        "ab": (
            ("get_ride_state", {"ride": "typhoon"}, ride),
            ("get_queue", {"ride": "typhoon"}, queue),
        ),
        "setting": {
            "tool": "set_block_mode",
            "key": "mode",
            "base": {"ride": "typhoon", "block": 4},
            "values": ["reset", "bypass", "auto"],
            "check": ("get_ride_state", {"ride": "typhoon"}, ride),
            "obs": "result: ignored\nreason: LOTO active (maintenance)",
        },
        "cycle": [
            ("get_ride_state", {"ride": "typhoon"}, ride),
            ("get_queue", {"ride": "typhoon"}, queue),
            ("get_weather", {"site": "north"}, weather),
        ],
        "fail": {
            "tool": "send_guest_push",
            "args": {"segment": "typhoon_queue", "template": "ride_down"},
            "errors": [
                "error: template 'ride_down' not approved\nrequest: {rid}",
                "error: template 'ride_down' not approved (trace={rid})",
                "error: template 'ride_down' not approved",
            ],
            "reworded": [
                {"segment": "Typhoon_Queue", "template": "ride_down"},
                {"audience": "typhoon_queue", "template": "RIDE_DOWN"},
                {"segment": "typhoon_queue", "template": "ride-down", "urgent": True},
                {"segment": "typhoon_queue", "template_name": "ride_down"},
            ],
            "bad": (
                "issue_return_passes",
                {"ride": "typhoon", "count": "all"},
                "error: count must be an integer <= fastpass_slots_left (80)",
            ),
            "fixed": (
                "issue_return_passes",
                {"ride": "typhoon", "count": 80},
                "issued: 80\nwindow: 16:00-17:00",
            ),
            "fix_text": "needs a number, 80 slots left",
        },
        "transient": {
            "call": ("close_queue", {"ride": "typhoon"}, "queue: typhoon\nstate: CLOSED"),
            "errors": [
                "error: sign controller timeout",
                "error: 503 from queue-svc",
                "error: lock held by ops-tab-1, try again",
            ],
        },
        "apologies": ["sorry, trying again", "my bad, again", "oops - retry", "sorry, one more go"],
        "complaints": ["same error bro", "it's not gonna work", "stop spamming it"],
        "regen": {
            "ask": "write the push message. it MUST include the return-pass time window.",
            "outputs": [
                "Typhoon is temporarily closed. Sorry!",
                "Typhoon is taking a short break - check the app for updates.",
                "Sorry, Typhoon is down for a bit. Other rides are open!",
                "Heads up: Typhoon's paused for maintenance.",
                "Typhoon closed - grab a churro while we fix it!",
                "We're working on Typhoon. Thanks for your patience.",
            ],
            "reasons": [
                "needs the 16:00-17:00 return window",
                "no return window again",
                "where's the return time??",
            ],
        },
        "page": {
            "tool": "list_queue_scans",
            "key": "cursor",
            "what": "queue scans",
            "items": [
                f"scan {i}: {c}"
                for i, c in enumerate(
                    [
                        "band 44102 14:01",
                        "band 44811 14:01",
                        "band 45002 14:02",
                        "band 45210 14:02",
                        "band 45390 14:03",
                        "band 45411 14:03",
                        "band 45512 14:04",
                        "band 45540 14:04",
                        "band 45601 14:05",
                        "band 45777 14:05",
                        "band 45801 14:06",
                        "band 45920 14:06",
                    ],
                    start=1,
                )
            ],
        },
        "entities": {
            "close": ["five done", "ok that's all five", "checked em all, nothing weird"],
            "tool": "get_ride_state",
            "key": "ride",
            "names": ["cyclone", "tidal", "minecart", "skyswing", "rapids", "carousel"],
            "diff": [
                "OPEN wait 40",
                "OPEN wait 55",
                "OPEN wait 20",
                "CLOSED wind",
                "OPEN wait 65",
                "OPEN wait 5",
            ],
            "same": "state: OPEN\nfault: none\nlast_inspection: today",
        },
        "updates": {
            "prefix": "typhoon:",
            "facts": [
                "queue closed at 14:09.",
                "80 return passes issued, 16:00-17:00.",
                "push sent with the return window.",
                "maintenance (R. Diaz) on site 14:25.",
                "sensor replaced, test runs started 15:05.",
                "ride reopened 15:22, queue open.",
            ],
        },
        "docs": [
            (
                "get_procedure",
                {"id": "OPS-ESTOP"},
                "after e-stop: evacuate trains via platforms, close queue, notify guest services",
                "e-stop SOP: evacuate, close queue, tell guest services",
            ),
            (
                "get_procedure",
                {"id": "OPS-LOTO"},
                "only maintenance removes LOTO; ops may not reset blocks under LOTO",
                "LOTO: only maintenance resets",
            ),
            (
                "get_procedure",
                {"id": "GS-RETURN"},
                "return passes max = fastpass slots; one hour windows",
                "returns capped at fastpass slots, 1 h windows",
            ),
            (
                "get_procedure",
                {"id": "GS-PUSH"},
                "pushes use approved templates (ride_closed_v2)",
                "push must use ride_closed_v2 template",
            ),
        ],
        "drafts": {
            "ask": "draft the line for the queue entrance screen",
            "versions": [
                "Typhoon closed.",
                "Typhoon is temporarily closed.",
                "Typhoon is temporarily closed. Return passes at guest services.",
                "Typhoon is temporarily closed. Return passes (16:00-17:00) at "
                "guest services while they last.",
            ],
            "feedback": [
                "softer",
                "tell them about returns",
                "give the window + that they're limited",
            ],
            "accept": "nice, put it up",
        },
        "adjust": {
            "set": "set_queue_sign",
            "key": "posted_wait_min",
            "measure": ("get_queue_flow", {"ride": "cyclone"}),
            "target": "spread typhoon guests without swamping cyclone",
            "seq": [
                (40, "cyclone arrivals 18/min (capacity 22)"),
                (20, "cyclone arrivals 31/min - over capacity"),
                (30, "cyclone arrivals 24/min"),
                (35, "cyclone arrivals 21/min"),
            ],
        },
        "questions": [
            (
                "whats the wind at north?",
                ("get_weather", {"site": "north"}, weather),
                "11.2 m/s, under typhoon's 15 limit",
            ),
            ("how many fastpass left?", ("get_queue", {"ride": "typhoon"}, queue), "80"),
            (
                "cyclone wait?",
                ("get_ride_state", {"ride": "cyclone"}, "ride: cyclone\nstate: OPEN\nwait: 40"),
                "40 min",
            ),
            (
                "who's on the ticket?",
                ("get_ticket", {"ticket": "MT-5521"}, "ticket: MT-5521\nassigned: R. Diaz"),
                "R. Diaz",
            ),
        ],
        "reread": {
            "read": "read_screen_config",
            "edit": "edit_screen_config",
            "path": "typhoon-entrance.yaml",
            "versions": [
                "text: 'Typhoon open'\ncolour: green",
                "text: 'Typhoon temporarily closed'\ncolour: green",
                "text: 'Typhoon temporarily closed'\ncolour: amber",
            ],
            "edits": [
                {"key": "text", "value": "Typhoon temporarily closed"},
                {"key": "colour", "value": "amber"},
            ],
        },
        "search": {
            "tool": "search_guest_feedback",
            "steps": [
                ({"q": "typhoon"}, "2,104 comments"),
                ({"q": "typhoon", "since": "today"}, "88 comments"),
                (
                    {"q": "typhoon stuck train", "since": "today"},
                    "3 comments: 'stuck on lift hill 20 min' (14:20), ...",
                ),
            ],
        },
    }


def pigging() -> Dom:
    def noise_obs(rng: random.Random, obs: str, k: int) -> str:
        return (
            f"SCAN {1780 + k * rng.randint(1, 3):06d} T+{rng.randint(100, 999)}s "
            f"LAT={rng.randint(40, 260)}ms\n{obs}"
        )

    def noise_args(rng: random.Random, args: dict[str, Any], k: int) -> dict[str, Any]:
        keys = list(args)
        if k % 2:
            keys.reverse()
        out = {key: args[key] for key in keys}
        out["tx"] = f"TX{rng.randint(100000, 999999)}"
        return out

    pig = (
        "PIG    ID      LOC_KM  SPEED   DP_BAR  STATE\n"
        "       PG-19   14.72   0.00    7.9     STALLED"
    )
    valve = (
        "VALVE  ID      POS     MODE    PERMIT\n"
        "       MOV-31  CLOSED  LOCAL   PTW-4410 ACTIVE (do not operate)"
    )
    flow = (
        "LINE   ID      IN_SM3H OUT_SM3H  P_IN   P_OUT\n"
        "       L-7     2140    0         61.2   53.3"
    )
    return {
        "name": "gas_pipeline_pigging",
        "tasks": [
            "Control room: cleaning pig PG-19 on line L-7 has stalled at KP 14.7, DP 7.9 bar "
            "across it. MOV-31 is under a permit to work and must NOT be operated. Get the "
            "pig moving or get it to the receiver some other way.",
            "PG-19 stuck at 14.72 km on L-7. Work out how to free it without touching "
            "MOV-31 (PTW-4410 active). Receiver trap at KP 22.",
            "L-7 pigging run: PG-19 has stopped at KP 14.72. MOV-31 is isolated under "
            "permit, hands off. Recover the run.",
        ],
        "openers": [
            "Reading pig tracking.",
            "Pig location first.",
            "Pulling PG-19 telemetry.",
            "Checking the tracker.",
        ],
        "remarks": [
            "Re-reading tracker.",
            "Tracker again.",
            "Once more.",
            "Checking PG-19 again.",
            "Again.",
        ],
        "probe": ("get_pig", {"pig": "PG-19"}, pig),
        "lookups": [
            ("get_pig", {"pig": "PG-19"}, pig),
            ("get_valve", {"valve": "MOV-31"}, valve),
            ("get_line_flow", {"line": "L-7"}, flow),
        ],
        "noise_obs": noise_obs,
        "noise_args": noise_args,
        "para": [
            [
                "Pig is stalled at KP 14.72 with 7.9 bar across it.",
                "PG-19 has stopped at 14.72 km, DP 7.9.",
                "The pig is stuck at KP 14.7; differential is 7.9 bar.",
                "Stalled: PG-19, 14.72 km, 7.9 bar DP.",
                "We have a stationary pig at 14.72 with about 8 bar behind it.",
                "PG-19 not moving, KP 14.72, DP 7.9.",
            ],
            [
                "Raising the differential upstream should push it.",
                "More DP behind the pig ought to free it.",
                "We need more pressure behind PG-19.",
                "Increase upstream pressure to shove it through.",
                "Pushing harder from upstream is the likely fix.",
                "Bump the DP and it should move.",
            ],
        ],
        "nudges": [
            "Do it then.",
            "Plan?",
            "Shift lead wants an answer.",
            "Yes. What setpoint?",
            "Repeating yourself.",
            "Act.",
        ],
        "job": {
            "start": (
                "request_pressure_survey",
                {"line": "L-7"},
                "SURVEY  ID      STATE\n        SV-88   REQUESTED",
            ),
            "tool": "get_survey",
            "args": {"survey": "SV-88"},
            "stuck": "SURVEY  ID      STATE\n        SV-88   REQUESTED",
            "moving": [
                "SURVEY  ID      STATE\n        SV-88   CREW_DISPATCHED",
                "SURVEY  ID      STATE\n        SV-88   ON_SITE KP12",
                "SURVEY  ID      STATE\n        SV-88   MEASURING",
                "SURVEY  ID      STATE\n        SV-88   UPLOADING",
            ],
            "done": "SURVEY  ID      STATE  RESULT\n        SV-88   DONE   wax deposit KP14.6-14.8",
        },
        "stall_lines": [
            "Survey still requested. Checking again.",
            "No crew yet. Will check again.",
            "Unchanged, rechecking shortly.",
            "Still requested.",
            "Waiting on SV-88, next check soon.",
        ],
        "pings": ["Survey crew out?", "SV-88?", "Anything?", "Where's the survey?"],
        "ab": (("get_pig", {"pig": "PG-19"}, pig), ("get_line_flow", {"line": "L-7"}, flow)),
        "setting": {
            "tool": "set_valve_position",
            "key": "position",
            "base": {"valve": "MOV-31"},
            "values": ["OPEN", "CLOSED", "50%"],
            "check": ("get_valve", {"valve": "MOV-31"}, valve),
            "obs": "CMD    MOV-31  REJECTED  LOCAL MODE / PTW ACTIVE",
        },
        "cycle": [
            ("get_pig", {"pig": "PG-19"}, pig),
            ("get_valve", {"valve": "MOV-31"}, valve),
            ("get_line_flow", {"line": "L-7"}, flow),
        ],
        "fail": {
            "tool": "set_compressor_setpoint",
            "args": {"station": "CS-2", "p_out_bar": 68},
            "errors": [
                "ERR    CS-2    setpoint 68 > MAOP 65 bar   REF {rid}",
                "ERR    CS-2    above MAOP (65)   TX {rid}",
                "ERR    CS-2    setpoint 68 > MAOP 65 bar",
            ],
            "reworded": [
                {"station": "cs-2", "p_out_bar": 68.0},
                {"station": "CS-2", "p_out": "68 bar"},
                {"compressor": "CS-2", "setpoint_bar": 68, "confirm": True},
                {"station": "CS-2", "p_out_kpa": 6800},
            ],
            "bad": (
                "set_compressor_setpoint",
                {"station": "CS-2", "p_out_bar": 68},
                "ERR    CS-2    setpoint 68 > MAOP 65 bar",
            ),
            "fixed": (
                "set_compressor_setpoint",
                {"station": "CS-2", "p_out_bar": 64},
                "OK     CS-2    SP 64.0 bar   RAMP 0.5 bar/min",
            ),
            "fix_text": "MAOP is 65; 64 then.",
        },
        "transient": {
            "call": ("get_line_flow", {"line": "L-7"}, flow),
            "errors": [
                "ERR    RTU-14  comms timeout",
                "ERR    SCADA historian busy",
                "ERR    RTU-14  CRC error",
            ],
        },
        "apologies": [
            "Sorry. Again.",
            "Apologies, retrying.",
            "Sorry - one more.",
            "My error. Retrying.",
        ],
        "complaints": ["Same rejection.", "That won't change.", "Stop sending that."],
        "regen": {
            "ask": "Write the shift log entry. Must state MOV-31 was NOT operated and the "
            "permit number.",
            "outputs": [
                "PG-19 stalled KP 14.72, DP 7.9. Investigating.",
                "14:30 pig stuck on L-7. Options under review.",
                "L-7 pigging run halted at KP 14.7. Survey requested.",
                "PG-19 stationary. Compressor CS-2 considered.",
                "Pig stall on L-7; flow at receiver zero.",
                "PG-19 stopped 14.72 km. Wax suspected.",
            ],
            "reasons": [
                "Must say MOV-31 not operated and PTW-4410.",
                "Missing MOV-31 and the permit again.",
                "No MOV-31 statement, no permit number.",
            ],
        },
        "page": {
            "tool": "list_alarms",
            "key": "after",
            "what": "alarms",
            "items": [
                f"ALM{5500 + i} {a}"
                for i, a in enumerate(
                    [
                        "L-7 PIG SIG LOST KP14",
                        "CS-2 HI DISCH",
                        "L-7 LO FLOW RCV",
                        "MOV-31 LOCAL",
                        "RTU-14 COMMS",
                        "L-7 DP HI",
                        "CS-2 VIB WARN",
                        "L-7 PIG SIG KP14.7",
                        "RCV-22 LO P",
                        "L-7 DP HI-HI",
                        "CS-2 SURGE MARGIN",
                        "RTU-14 OK",
                    ]
                )
            ],
        },
        "entities": {
            "close": [
                "Five signallers read. Pig not past KP15.",
                "Signallers done.",
                "All five read; consistent with stall at 14.72.",
            ],
            "tool": "get_pig_signaller",
            "key": "kp",
            "names": [15.0, 16.0, 17.0, 18.0, 20.0, 21.0],
            "diff": [
                "NOT PASSED  batt 88%",
                "NOT PASSED  batt 12% (replace)",
                "NOT PASSED  comms lost 13:40",
                "NOT PASSED  batt 91%",
                "NOT PASSED  magnet test OK 09:00",
                "NOT PASSED  batt 76%",
            ],
            "same": "SIG    STATE       LAST_PIG\n       NOT PASSED  none today",
        },
        "updates": {
            "prefix": "L-7 >",
            "facts": [
                "PG-19 KP 14.72, DP 7.9, stalled 14:12.",
                "MOV-31 untouched, PTW-4410 active.",
                "CS-2 raised to 64 bar (MAOP 65).",
                "DP now 10.8, pig creeping 0.05 m/s.",
                "Signaller KP15 passed 15:02.",
                "PG-19 in receiver trap 16:40, wax 40 kg.",
            ],
        },
        "docs": [
            (
                "get_document",
                {"doc": "PIG-PROC-7"},
                "Stalled pig: raise DP in 1 bar steps to max MAOP, hold 10 min each.",
                "Procedure: 1 bar steps up to MAOP, hold 10 min.",
            ),
            (
                "get_document",
                {"doc": "PTW-4410"},
                "Work on MOV-31 actuator; valve isolated CLOSED LOCAL until permit closed.",
                "Permit: MOV-31 isolated, closed, local.",
            ),
            (
                "get_document",
                {"doc": "L-7-history"},
                "2023 wax stall KP 14.6, freed at DP 11 bar.",
                "History: same spot in 2023, freed at 11 bar.",
            ),
            (
                "get_document",
                {"doc": "CS-2-limits"},
                "MAOP 65 bar; ramp <= 0.5 bar/min.",
                "CS-2: 65 bar MAOP, 0.5 bar/min ramp.",
            ),
        ],
        "drafts": {
            "ask": "Draft the handover note.",
            "versions": [
                "Pig stalled, working on it.",
                "PG-19 stalled KP 14.72; CS-2 at 64 bar.",
                "PG-19 stalled KP 14.72; CS-2 at 64 bar, DP 10.8, pig creeping. "
                "MOV-31 untouched (PTW-4410).",
                "PG-19 stalled KP 14.72 at 14:12; CS-2 at 64 bar, DP 10.8, pig "
                "creeping. MOV-31 untouched (PTW-4410). Next: watch signaller KP15, "
                "receiver crew on standby.",
            ],
            "feedback": ["Numbers.", "Permit status.", "What's next?"],
            "accept": "Good handover.",
        },
        "adjust": {
            "set": "set_compressor_setpoint",
            "key": "p_out_bar",
            "station": "CS-2",
            "measure": ("get_pig", {"pig": "PG-19"}),
            "target": "pig speed 1-2 m/s",
            "seq": [
                (62, "SPEED 0.05 m/s DP 10.1"),
                (65, "SPEED 3.4 m/s DP 12.9 (too fast)"),
                (63, "SPEED 1.9 m/s DP 11.3"),
                (62.5, "SPEED 1.4 m/s DP 10.9"),
            ],
        },
        "questions": [
            ("Where's the pig now?", ("get_pig", {"pig": "PG-19"}, pig), "KP 14.72."),
            (
                "MOV-31 permit holder?",
                (
                    "get_permit",
                    {"permit": "PTW-4410"},
                    "PERMIT PTW-4410 HOLDER J.MBEKI EXPIRES 18:00",
                ),
                "J. Mbeki, till 18:00.",
            ),
            (
                "Receiver pressure?",
                ("get_receiver", {"trap": "RCV-22"}, "TRAP RCV-22 P 52.7 bar DOOR CLOSED"),
                "52.7 bar, door closed.",
            ),
            (
                "CS-2 discharge?",
                ("get_compressor", {"station": "CS-2"}, "CS-2 P_OUT 61.4 bar RPM 8800"),
                "61.4 bar.",
            ),
        ],
        "reread": {
            "read": "read_run_sheet",
            "edit": "edit_run_sheet",
            "path": "L-7-run-0311",
            "versions": [
                "PIG PG-19\nMAX_DP 8\nRECEIVER RCV-22",
                "PIG PG-19\nMAX_DP 12\nRECEIVER RCV-22",
                "PIG PG-19\nMAX_DP 12\nRECEIVER RCV-22\nNOTE MOV-31 PTW-4410",
            ],
            "edits": [
                {"field": "MAX_DP", "value": 12},
                {"field": "NOTE", "value": "MOV-31 PTW-4410"},
            ],
        },
        "search": {
            "tool": "search_pig_runs",
            "steps": [
                ({"q": "stall"}, "214 runs"),
                ({"q": "stall", "line": "L-7"}, "9 runs"),
                (
                    {"q": "stall", "line": "L-7", "kp_from": 14, "kp_to": 15},
                    "2 runs: 2023-06-02 freed DP 11; 2019-11-20 freed DP 10.5",
                ),
            ],
        },
    }


DOMAINS: list[Callable[[], Dom]] = [avalanche, pharmacy, ballots, auction, ride_ops, pigging]


# --------------------------------------------------------------------------- builders


def pick(rng: random.Random, items: list[Any]) -> Any:
    return items[rng.randrange(len(items))]


def start(rng: random.Random, d: Dom) -> list[Step]:
    return [llm(pick(rng, d["openers"]), pick(rng, d["tasks"]))]


def fmt_err(rng: random.Random, template: str) -> str:
    return template.replace("{rid}", hexid(rng, rng.choice([6, 8, 12])))


def remark(rng: random.Random, d: Dom, steps: list[Step], p: float = 0.5) -> None:
    if rng.random() < p:
        steps.append(llm(pick(rng, d["remarks"])))


# ---- loops


def l_exact(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    if rng.random() < 0.5:
        s.append(call(d["lookups"][rng.choice([1, 2])]))
    for _ in range(rng.randint(4, 5)):
        s.append(call(d["probe"]))
        remark(rng, d, s, 0.4)
    return s


def l_vol_result(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    name, args, obs = d["probe"]
    for k in range(rng.randint(4, 6)):
        s.append(tool(name, args, d["noise_obs"](rng, obs, k)))
        remark(rng, d, s, 0.3)
    return s


def l_vol_args(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    name, args, obs = d["probe"]
    for k in range(rng.randint(4, 6)):
        s.append(tool(name, d["noise_args"](rng, args, k), obs))
        remark(rng, d, s, 0.3)
    return s


def l_para_nudged(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    s.append(call(d["probe"]))
    lines = list(pick(rng, d["para"]))
    rng.shuffle(lines)
    mode = rng.randrange(3)
    fixed = pick(rng, d["nudges"])
    for i, line in enumerate(lines[: rng.randint(5, 6)]):
        if i == 0:
            s.append(llm(line))
        elif mode == 0:
            s.append(llm(line, pick(rng, d["nudges"])))
        elif mode == 1:
            s.append(llm(line, fixed))
        else:
            s.append(llm(line, pick(rng, d["nudges"]) if i % 2 else ""))
    return s


def l_para_mono(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    s.append(call(d["probe"]))
    lines = list(pick(rng, d["para"]))
    rng.shuffle(lines)
    if rng.random() < 0.5:
        forms = ["{x}", "- {x}", "Summary: {x}", "Note: {x}", "**{x}**", "So: {x}"]
        base = lines[0]
        lines = [f.format(x=base) for f in forms]
        rng.shuffle(lines)
    for line in lines[: rng.randint(5, 6)]:
        s.append(llm(line))
    return s


def l_stall(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    j = d["job"]
    s.append(call(j["start"]))
    mode = rng.randrange(3)
    for i in range(rng.randint(4, 5)):
        s.append(tool(j["tool"], j["args"], j["stuck"]))
        obs = pick(rng, d["pings"]) if mode and (mode == 1 or i % 2) else ""
        s.append(llm(pick(rng, d["stall_lines"]), obs))
    return s


def l_ab(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    a, b = d["ab"]
    for _ in range(rng.randint(3, 4)):
        s.append(call(a))
        remark(rng, d, s, 0.25)
        s.append(call(b))
    return s


def l_flip(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    st = d["setting"]
    a, b = st["values"][0], st["values"][1]
    s.append(call(st["check"]))
    for i in range(rng.randint(4, 5)):
        v = a if i % 2 == 0 else b
        s.append(tool(st["tool"], {**st["base"], st["key"]: v}, st["obs"]))
        if rng.random() < 0.6:
            s.append(call(st["check"]))
    return s


def l_revisit(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    st = d["setting"]
    vals = list(st["values"])
    order = [*vals, vals[0], vals[2], vals[1]]
    for v in order[: rng.randint(5, 6)]:
        s.append(tool(st["tool"], {**st["base"], st["key"]: v}, st["obs"]))
        s.append(call(st["check"]))
    return s


def l_cycle(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    cyc = list(d["cycle"])
    if rng.random() < 0.5:
        cyc = [cyc[1], cyc[2], cyc[0]]
    for r in range(3):
        for c in cyc:
            s.append(call(c))
        if r < 2:
            remark(rng, d, s, 0.4)
    return s


def l_fail(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    f = d["fail"]
    mode = rng.randrange(3)
    for _ in range(rng.randint(4, 5)):
        err = f["errors"][2] if mode == 0 else fmt_err(rng, f["errors"][rng.randrange(2)])
        s.append(tool(f["tool"], f["args"], err, True))
        if mode == 2:
            s.append(llm(pick(rng, d["remarks"])))
    return s


def l_fail_reworded(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    f = d["fail"]
    s.append(tool(f["tool"], f["args"], f["errors"][2], True))
    for args in f["reworded"]:
        s.append(tool(f["tool"], args, f["errors"][2], True))
    return s


def l_apology(rng: random.Random, d: Dom, complain: bool) -> list[Step]:
    s = start(rng, d)
    f = d["fail"]
    for i in range(4):
        s.append(tool(f["tool"], f["args"], f["errors"][2], True))
        obs = pick(rng, d["complaints"]) if complain and i else ""
        s.append(llm(pick(rng, d["apologies"]), obs))
    return s


def l_regen(rng: random.Random, d: Dom) -> list[Step]:
    r = d["regen"]
    s = start(rng, d)
    s.append(call(d["lookups"][0]))
    outs = list(r["outputs"])
    rng.shuffle(outs)
    same = rng.random() < 0.5
    reason = pick(rng, r["reasons"])
    s.append(llm(outs[0], r["ask"]))
    for out in outs[1:5]:
        s.append(llm(out, reason if same else pick(rng, r["reasons"])))
    return s


def l_after(rng: random.Random, d: Dom, n: int) -> list[Step]:
    s = start(rng, d)
    for c in d["lookups"]:
        s.append(call(c))
    mode = n % 8
    tail_builders: list[Callable[[random.Random, Dom], list[Step]]] = [
        l_exact,
        l_fail,
        l_stall,
        l_regen,
        l_ab,
        l_para_nudged,
        l_para_mono,
        l_cycle,
    ]
    if mode == 0:
        tail = []
        for _ in range(rng.randint(3, 4)):
            tail.append(call(d["probe"]))
            remark(rng, d, tail, 0.5)
    else:
        tail = tail_builders[mode](rng, d)[1:]
    return s + tail


# ---- progress


def p_paging(rng: random.Random, d: Dom) -> list[Step]:
    pg = d["page"]
    s = start(rng, d)
    items = pg["items"]
    size = rng.choice([3, 4])
    cursor: Any = None
    pages = [items[i : i + size] for i in range(0, len(items), size)]
    for i, page in enumerate(pages):
        nxt = (
            None
            if i == len(pages) - 1
            else hexid(rng, 8)
            if pg["key"] != "offset"
            else ((i + 1) * size)
        )
        args = {"limit": size} if cursor is None else {pg["key"]: cursor, "limit": size}
        obs = "\n".join(page) + f"\nnext: {nxt if nxt is not None else 'none'}"
        s.append(tool(pg["tool"], args, obs))
        cursor = nxt
    tail = pick(rng, ["summarising", "noting the relevant ones", "moving on"])
    s.append(llm(f"All {len(items)} {pg['what']} read; {tail}."))
    return s


def p_corrected(rng: random.Random, d: Dom) -> list[Step]:
    f = d["fail"]
    s = start(rng, d)
    bad = f["bad"]
    s.append(tool(bad[0], bad[1], bad[2], True))
    s.append(llm(f["fix_text"]))
    s.append(call(f["fixed"]))
    s.append(call(d["lookups"][rng.choice([0, 2])]))
    s.append(llm(pick(rng, d["updates"]["facts"])))
    return s


def p_polling(rng: random.Random, d: Dom, repeated: bool) -> list[Step]:
    j = d["job"]
    s = start(rng, d)
    s.append(call(j["start"]))
    seq = [j["stuck"], *j["moving"]]
    if repeated:
        seq = [
            j["stuck"],
            j["stuck"],
            j["moving"][0],
            j["moving"][0],
            j["moving"][0],
            j["moving"][2],
        ]
    waits = [30, 60, 120, 120, 120, 120]
    for i, status in enumerate(seq):
        s.append(tool(j["tool"], j["args"], status))
        if repeated:
            if rng.random() < 0.5:
                s.append(tool("wait", {"seconds": waits[i]}, f"waited {waits[i]}s"))
            else:
                line = pick(rng, BACKOFF).format(s=waits[i])
                s.append(llm(line))
    s.append(tool(j["tool"], j["args"], j["done"]))
    s.append(llm(pick(rng, d["updates"]["facts"])))
    return s


def p_entities(rng: random.Random, d: Dom, same: bool) -> list[Step]:
    e = d["entities"]
    s = start(rng, d)
    idx = list(range(len(e["names"])))
    rng.shuffle(idx)
    for i in idx[:5]:
        n = e["names"][i]
        obs = e["same"] if same else f"{n}: {e['diff'][i]}"
        s.append(tool(e["tool"], {e["key"]: n}, obs))
    s.append(
        llm(
            pick(
                rng,
                [
                    "Checked five; nothing unexpected.",
                    "That covers all five.",
                    "Five done; results noted.",
                ],
            )
        )
    )
    return s


def p_transient(rng: random.Random, d: Dom, twice: bool) -> list[Step]:
    t = d["transient"]
    s = start(rng, d)
    name, args, obs = t["call"]
    errs = list(t["errors"])
    rng.shuffle(errs)
    for e in errs[: 2 if twice else 1]:
        s.append(tool(name, args, e, True))
        if rng.random() < 0.5:
            s.append(
                llm(
                    pick(
                        rng,
                        [
                            "Transient, retrying.",
                            "Flaky link; once more.",
                            "Temporary error, trying again.",
                        ],
                    )
                )
            )
    s.append(tool(name, args, obs))
    s.append(call(d["lookups"][1]))
    s.append(llm(pick(rng, d["updates"]["facts"])))
    return s


def p_updates(rng: random.Random, d: Dom, pinged: bool) -> list[Step]:
    u = d["updates"]
    s = start(rng, d)
    for i, fact in enumerate(u["facts"]):
        if i < 3:
            s.append(call(d["lookups"][i]))
        obs = pick(rng, d["pings"]) if pinged else ""
        s.append(llm(f"{u['prefix']} {fact}", obs))
    return s


def p_summaries(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    docs = list(d["docs"])
    rng.shuffle(docs)
    for name, args, obs, summ in docs:
        s.append(tool(name, args, obs))
        s.append(llm(summ))
    return s


def p_drafts(rng: random.Random, d: Dom) -> list[Step]:
    dr = d["drafts"]
    s = start(rng, d)
    s.append(llm(dr["versions"][0], dr["ask"]))
    for v, fb in zip(dr["versions"][1:], dr["feedback"], strict=True):
        s.append(llm(v, fb))
    s.append(llm(pick(rng, ["Done.", "Thanks - filed.", "Saved."]), dr["accept"]))
    return s


def p_adjust(rng: random.Random, d: Dom) -> list[Step]:
    a = d["adjust"]
    s = start(rng, d)
    s.append(llm(f"Target: {a['target']}."))
    base = {"station": a["station"]} if "station" in a else {}
    for v, reading in a["seq"]:
        s.append(tool(a["set"], {**base, a["key"]: v}, f"{a['key']}={v} applied"))
        s.append(tool(a["measure"][0], a["measure"][1], reading))
    s.append(
        llm(pick(rng, ["In range now, leaving it.", "That's on target.", "Good there; holding."]))
    )
    return s


def p_questions(rng: random.Random, d: Dom) -> list[Step]:
    s = start(rng, d)
    s.append(call(d["lookups"][0]))
    s.append(llm(pick(rng, d["updates"]["facts"])))
    for q, c, ans in d["questions"]:
        s.append(llm(pick(rng, ["Looking.", "One sec.", "Checking."]), q))
        s.append(call(c))
        s.append(llm(ans))
    return s


def p_reread(rng: random.Random, d: Dom) -> list[Step]:
    r = d["reread"]
    s = start(rng, d)
    for i, v in enumerate(r["versions"]):
        s.append(tool(r["read"], {"path": r["path"]}, v))
        if i < len(r["edits"]):
            s.append(tool(r["edit"], {"path": r["path"], **r["edits"][i]}, "saved"))
    s.append(llm(pick(rng, ["Reads right now.", "Both edits in.", "File checks out."])))
    return s


def p_search(rng: random.Random, d: Dom) -> list[Step]:
    sr = d["search"]
    s = start(rng, d)
    last = len(sr["steps"]) - 1
    for i, (args, obs) in enumerate(sr["steps"]):
        s.append(tool(sr["tool"], args, obs))
        if i < last:
            s.append(
                llm(
                    pick(
                        rng, ["Too broad, narrowing.", "Narrower.", "Refining.", "Still too many."]
                    )
                )
            )
        else:
            s.append(llm(pick(rng, ["That's the one.", "Found it.", "There it is."])))
    return s


BACKOFF = [
    "Backing off {s} s before the next check.",
    "Same status. Waiting {s} s.",
    "Not moved yet; next look in {s} s.",
    "Giving it {s} seconds.",
    "Unchanged - doubling the wait to {s} s.",
]

Builder = Callable[[random.Random, Dom, int], list[Step]]


def w(fn: Callable[..., list[Step]], *extra: Any) -> Builder:
    return lambda rng, d, n: fn(rng, d, *extra)


PLAN: list[tuple[str, str, int, Builder]] = [
    ("loop", "exact_repeat", 8, w(l_exact)),
    ("loop", "volatile_result", 4, w(l_vol_result)),
    ("loop", "volatile_args", 4, w(l_vol_args)),
    ("loop", "paraphrase_nudged", 8, w(l_para_nudged)),
    ("loop", "paraphrase_monologue", 8, w(l_para_mono)),
    ("loop", "status_stall", 8, w(l_stall)),
    ("loop", "ab_oscillation", 8, w(l_ab)),
    ("loop", "setting_flip", 4, w(l_flip)),
    ("loop", "setting_revisit", 4, w(l_revisit)),
    ("loop", "cycle_of_three", 8, w(l_cycle)),
    ("loop", "failing_repeat", 8, w(l_fail)),
    ("loop", "failing_reworded", 4, w(l_fail_reworded)),
    ("loop", "apology_retry", 4, lambda rng, d, n: l_apology(rng, d, n % 2 == 1)),
    ("loop", "regenerate_unacceptable", 8, w(l_regen)),
    ("loop", "after_progress", 8, lambda rng, d, n: l_after(rng, d, n)),
    ("progress", "paging", 8, w(p_paging)),
    ("progress", "corrected_retry", 8, w(p_corrected)),
    ("progress", "polling", 4, w(p_polling, False)),
    ("progress", "polling_repeated_status", 4, w(p_polling, True)),
    ("progress", "entities", 4, w(p_entities, False)),
    ("progress", "entities_same_result", 4, w(p_entities, True)),
    ("progress", "transient_retry", 4, w(p_transient, False)),
    ("progress", "transient_retry_twice", 4, w(p_transient, True)),
    ("progress", "status_updates", 8, lambda rng, d, n: p_updates(rng, d, n in (2, 5))),
    ("progress", "summaries", 8, w(p_summaries)),
    ("progress", "draft_refinement", 8, w(p_drafts)),
    ("progress", "adjust_and_measure", 8, w(p_adjust)),
    ("progress", "user_questions", 8, w(p_questions)),
    ("progress", "reread_after_edit", 8, w(p_reread)),
    ("progress", "search_refinement", 8, w(p_search)),
]


def as_observed(steps: list[Step]) -> list[Step]:
    """Drop an ``llm`` observation equal to the last one an ``llm`` step saw."""
    last = None
    out = []
    for step in steps:
        step = dict(step)
        if step["kind"] == "llm" and "observation" in step:
            if step["observation"] == last:
                del step["observation"]
            else:
                last = step["observation"]
        out.append(step)
    return out


def build() -> list[Row]:
    domains = [make() for make in DOMAINS]
    rows: list[Row] = []
    for c, (label, category, count, builder) in enumerate(PLAN):
        for n in range(count):
            i = (c * 5 + n) % len(domains)
            rid = f"eleventh-{label}-{category}-{n:03d}"
            rng = random.Random(f"{SEED}:{rid}")
            steps = as_observed(builder(rng, domains[i], n))
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
