"""Forty-third labelled trajectory set, written blind.

Standard library only and deterministic: every row seeds its own random.Random from a constant
and the row id. Running this file writes trajectories.jsonl beside it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEED = "fortythird-v1"
PREFIX = "fortythird"

Step = dict[str, Any]
Domain = dict[str, Any]


# --------------------------------------------------------------------------- domains

DOMAINS: list[Domain] = [
    {
        "name": "funeral_home_arrangements",
        "corrected_tool": "submit_cremation_form",
        "ts": "dmy",
        "requests": [
            "The Okafor family are coming in at 2pm about arrangements for their father, case "
            "FH-2291. Can you get the file ready and check what is still open?",
            "Mrs Lindqvist rang: she wants to know whether the chapel is free for her "
            "husband's service next Thursday and what the cremation paperwork status is.",
            "Please pull together everything on case FH-2304 before the director's review.",
        ],
        "read": ("get_case_file", "case_id"),
        "records": [
            (
                "FH-2291",
                "deceased=Emeka Okafor; released_by=St Mary's mortuary; "
                "disposition=burial; plot=Section C row 4; certificate=registered",
            ),
            (
                "FH-2304",
                "deceased=Agnes Whitlow; disposition=cremation; cremation_form_4=signed; "
                "form_5=pending second doctor; service=not booked",
            ),
            (
                "FH-2310",
                "deceased=Harold Lindqvist; disposition=cremation; chapel=requested; "
                "coroner_release=awaited",
            ),
            (
                "FH-2312",
                "deceased=Ruth Castellano; disposition=burial; casket=oak veneer; "
                "hearse=booked 10:15",
            ),
            (
                "FH-2315",
                "deceased=Dev Patel; disposition=cremation; priest=Hindu pandit "
                "requested; ashes=scattering at river",
            ),
        ],
        "search": ("search_obituary_notices", "query", "week of 9 March death notices"),
        "items": [
            "notice for E. Okafor (Gazette, Tue)",
            "notice for A. Whitlow (Echo, Wed)",
            "notice for H. Lindqvist (Gazette, Wed)",
            "notice for R. Castellano (Echo, Thu)",
            "notice for D. Patel (Asian Voice, Thu)",
            "notice for M. Byrne (Gazette, Fri)",
            "notice for T. Oduya (Echo, Fri)",
            "notice for S. Kaur (Gazette, Sat)",
            "notice for P. Walsh (Echo, Sat)",
        ],
        "ab": [
            (
                "get_chapel_diary",
                {"date": "2026-03-19"},
                "Chapel of Rest: 11:00 Castellano (booked), 14:00 free, 15:30 free",
            ),
            (
                "get_crematorium_slots",
                {"date": "2026-03-19"},
                "Westlea crematorium: 12:30 taken, 14:45 held (expires 17:00), 16:00 free",
            ),
        ],
        "fail": (
            "submit_cremation_form",
            {"case_id": "FH-2304", "form": "5"},
            "REJECTED: form 5 requires a second medical practitioner's GMC number",
        ),
        "cosmetic": [
            {"case_id": "fh-2304", "form": "5"},
            {"case_id": "FH-2304 ", "form": "05"},
            {"case_id": "FH2304", "form": "5"},
            {"form": "5", "case_id": "FH-2304"},
        ],
        "corrected": (
            {"case_id": "FH-2304", "form": "5", "gmc": "7 041 882"},
            "REJECTED: gmc must be 7 digits without spaces",
            {"case_id": "FH-2304", "form": "5", "gmc": "7041882"},
            "ACCEPTED: form 5 lodged with Westlea medical referee, ref MR-55810",
        ),
        "transient": (
            "register_with_registrar",
            {"case_id": "FH-2315"},
            "503 Tell Us Once gateway unavailable, retry later",
            "registered: entry 214, green form issued for burial/cremation",
        ),
        "setting": (
            "set_mortuary_cooler",
            "setpoint_c",
            "get_cooler_reading",
            "cabinet 2",
            [4.0, 2.0],
            [6.5, 5.1, 4.2, 3.6],
        ),
        "booking": (
            "hold_hearse",
            "release_hearse",
            "hearse",
            ["Thu 19 Mar 10:15", "Thu 19 Mar 13:30", "Fri 20 Mar 09:45"],
        ),
        "job": ("order_memorial_cards", "get_print_job", "memorial card print run"),
        "peers": [
            ("celebrant_agent", "confirm celebrant availability"),
            ("florist_agent", "price the casket spray"),
            ("registrar_agent", "check the death registration"),
        ],
        "clarify": (
            "Would the family prefer burial or cremation for Mr Lindqvist?",
            "Cremation - they said so on the phone this morning.",
        ),
        "intake": [
            ("What name should go on the order of service?", "Harold 'Harry' Lindqvist"),
            ("Which hymns have they chosen?", "Abide With Me and Jerusalem"),
            ("Will there be a wake, and where?", "Yes, at the Red Lion, about 60 people"),
            ("Donations in lieu of flowers?", "Yes, to the hospice"),
        ],
        "docs": [
            (
                "Cremation (England and Wales) Regulations 2008 note",
                "form 5 now optional since the medical examiner scheme",
            ),
            ("Westlea crematorium terms", "late arrival over 15 minutes forfeits the slot"),
            ("Green burial guidance", "no embalming for woodland plots"),
            ("Repatriation checklist", "out-of-England certificate needed from coroner"),
        ],
        "dictate": [
            "oak veneer casket",
            "two limousines",
            "order of service x120",
            "donation envelopes",
            "white lily spray",
            "live stream link",
        ],
    },
    {
        "name": "hydro_dam_spillway_ops",
        "corrected_tool": "set_gate_opening",
        "ts": "iso",
        "requests": [
            "Inflow forecast has gone up for tonight. Check reservoir level and spillway "
            "gate status at Glenmore and tell me whether we need to pre-release.",
            "Control room wants the gate 3 maintenance lock-out status and the downstream "
            "warning log before the 06:00 handover.",
            "Please reconcile the turbine discharge figures against the flow gauge for yesterday.",
        ],
        "read": ("read_gauge", "gauge_id"),
        "records": [
            ("RL-01", "reservoir level 214.62 m AOD; top water level 215.00 m; trend +4 cm/h"),
            ("DG-07", "downstream gauge Allt Bridge 1.34 m; warning threshold 2.10 m"),
            ("TG-02", "turbine 2 discharge 38.2 m3/s; load 21.4 MW"),
            ("SG-03", "spillway gate 3 opening 0.00 m; lock-out tag LO-448 active"),
            ("IN-12", "inflow estimate 96 m3/s; catchment rainfall 18 mm last 6 h"),
        ],
        "search": ("query_scada_events", "filter", "gate events last 24h"),
        "items": [
            "02:14 gate 1 raised 0.10 m",
            "02:31 gate 1 raised 0.20 m",
            "03:05 low oil pressure gate 4 (cleared)",
            "04:40 turbine 1 trip",
            "04:52 turbine 1 restart",
            "06:10 gate 2 lowered to 0.00 m",
            "09:33 trash screen alarm",
            "11:02 gate 3 lock-out applied",
            "14:18 siren test OK",
        ],
        "ab": [
            ("read_gauge", {"gauge_id": "RL-01"}, "reservoir level 214.62 m AOD; trend +4 cm/h"),
            ("read_gauge", {"gauge_id": "IN-12"}, "inflow estimate 96 m3/s"),
        ],
        "fail": (
            "set_gate_opening",
            {"gate": 3, "opening_m": 0.3},
            "INTERLOCK: gate 3 under lock-out LO-448; command refused",
        ),
        "cosmetic": [
            {"gate": "3", "opening_m": 0.3},
            {"gate": 3, "opening_m": 0.30},
            {"opening_m": 0.3, "gate": 3},
            {"gate": "G3", "opening_m": 0.3},
        ],
        "corrected": (
            {"gate": 2, "opening_m": 30},
            "RANGE: opening_m 30 exceeds gate travel 4.5 m (did you mean cm?)",
            {"gate": 2, "opening_m": 0.3},
            "gate 2 moving: target 0.30 m, eta 90 s",
        ),
        "transient": (
            "send_downstream_warning",
            {"zone": "Allt Bridge", "level": "amber"},
            "TIMEOUT: SMS gateway did not answer within 10 s",
            "warning sent to 43 subscribers, 2 failed numbers",
        ),
        "setting": (
            "set_turbine_load",
            "load_mw",
            "read_gauge",
            "RL-01 trend",
            [18.0, 24.0],
            [4.0, 2.5, 1.0, 0.0],
        ),
        "booking": (
            "book_dive_team",
            "cancel_dive_team",
            "diver inspection slot",
            ["Tue 07:00", "Tue 13:00", "Wed 07:00"],
        ),
        "job": ("run_flood_routing", "get_model_run", "flood routing model run"),
        "peers": [
            ("hydrology_agent", "forecast peak inflow"),
            ("comms_agent", "draft the community notice"),
            ("maintenance_agent", "confirm gate 3 return to service"),
        ],
        "clarify": (
            "Which release rule should I use: the winter curve or the storm rule?",
            "Storm rule - it was declared at 18:00.",
        ),
        "intake": [
            ("What is the maximum release the licence allows?", "150 m3/s"),
            ("Is the fish pass to stay open?", "Yes, minimum 2 m3/s"),
            ("Who signs off a pre-release?", "Duty reservoir engineer, J. Maclean"),
            ("When should I re-check?", "Every hour until the level turns"),
        ],
        "docs": [
            ("Reservoir safety report 2025", "spillway capacity 420 m3/s at TWL"),
            ("Gate 3 inspection note", "seal wear, lock-out until new seal fitted"),
            ("Flood plan section 4", "amber warning at 1.80 m at Allt Bridge"),
            ("Licence CAR/L/1140", "compensation flow 2.0 m3/s at all times"),
        ],
        "dictate": [
            "gate 1 at 0.40 m",
            "turbine 2 at 22 MW",
            "siren zone B armed",
            "fish pass open",
            "road closure request sent",
            "engineer on site 02:00",
        ],
    },
    {
        "name": "rail_wagon_inspection",
        "corrected_tool": "raise_defect",
        "ts": "rail",
        "requests": [
            "Train 6M42 is in the yard with 24 wagons. Run the fitness-to-run checks and tell "
            "me which wagons must be stopped.",
            "Check the defect history on wagon TEA 870214 before we release it.",
            "Can you prepare the consist for tomorrow's 4E18 and check every wagon's exam due "
            "date?",
        ],
        "read": ("get_wagon", "wagon_no"),
        "records": [
            (
                "TEA 870214",
                "type=tank; last VIE=2026-01-12; open defects=1 (brake block "
                "worn); status=in service",
            ),
            ("HTA 310447", "type=hopper; last VIE=2025-11-30; exam due=2026-03-01 (OVERDUE)"),
            ("FEA 640118", "type=intermodal flat; wheelset tread 28 mm; flange OK"),
            ("IIA 082006", "type=coil carrier; hood seal damaged; restriction=max 60 mph"),
            ("JNA 550310", "type=box; handbrake fault reported 2026-03-02"),
        ],
        "search": ("list_consist", "train_id", "6M42"),
        "items": [
            "pos 1 TEA 870214",
            "pos 2 TEA 870231",
            "pos 3 HTA 310447",
            "pos 4 HTA 310452",
            "pos 5 FEA 640118",
            "pos 6 FEA 640120",
            "pos 7 IIA 082006",
            "pos 8 JNA 550310",
            "pos 9 JNA 550322",
        ],
        "ab": [
            (
                "get_wheelset_measure",
                {"wagon_no": "FEA 640118"},
                "axle 2 flange height 29.1 mm; tread 28.0 mm",
            ),
            (
                "get_maintenance_limits",
                {"wagon_type": "FEA"},
                "flange height limit 36 mm; tread min 25 mm",
            ),
        ],
        "fail": (
            "release_wagon",
            {"wagon_no": "HTA 310447"},
            "BLOCKED: periodic exam overdue since 2026-03-01; wagon may not run",
        ),
        "cosmetic": [
            {"wagon_no": "HTA310447"},
            {"wagon_no": "hta 310447"},
            {"wagon_no": " HTA 310447"},
            {"wagon_no": "HTA-310447"},
        ],
        "corrected": (
            {"wagon_no": "JNA 550310", "defect_code": "handbrake"},
            "INVALID: defect_code must be a TOPS code such as 'HB01'",
            {"wagon_no": "JNA 550310", "defect_code": "HB01"},
            "defect HB01 raised, card DC-77120, wagon status set to 'stopped'",
        ),
        "transient": (
            "sync_tops",
            {"train_id": "6M42"},
            "TOPS link busy (code 57), try again",
            "consist 6M42 synced: 24 vehicles, 1642 t trailing",
        ),
        "setting": (
            "set_brake_test_pressure",
            "bar",
            "read_brake_pipe",
            "rear wagon",
            [5.0, 4.8],
            [4.2, 4.6, 4.8, 5.0],
        ),
        "booking": (
            "book_repair_road",
            "cancel_repair_road",
            "repair road",
            ["road 3 Mon AM", "road 3 Mon PM", "road 5 Tue AM"],
        ),
        "job": ("request_ultrasonic_test", "get_test_job", "axle ultrasonic test"),
        "peers": [
            ("brake_test_agent", "run the brake continuity test"),
            ("tops_agent", "update TOPS status"),
            ("shunter_agent", "detach the stopped wagons"),
        ],
        "clarify": (
            "Is 6M42 running under the heavy-axle-weight route or standard?",
            "Standard route, RA8 max.",
        ),
        "intake": [
            ("Which wagons were reported by the driver?", "pos 7 and pos 8"),
            ("Has the ground frame been released?", "Yes, at 14:02"),
            ("Do we have a spare JNA on site?", "One, JNA 550402"),
            ("When is departure?", "19:40 tonight"),
        ],
        "docs": [
            ("GM/RT2466 extract", "wheelset flange limits by wagon type"),
            ("Vehicle inspection manual ch.7", "handbrake must hold on 1-in-100"),
            ("Defect notice 26/011", "check coil carrier hood seals after storm"),
            ("Yard safety brief", "blue flag protection before any under-wagon work"),
        ],
        "dictate": [
            "pos 3 stop - exam overdue",
            "pos 7 restriction 60 mph",
            "pos 8 stop - handbrake",
            "pos 12 OK",
            "pos 19 brake block changed",
            "pos 24 tail lamp",
        ],
    },
    {
        "name": "glassblowing_studio_commissions",
        "corrected_tool": "reserve_glass_stock",
        "ts": "studio",
        "requests": [
            "A client wants 12 matching pendant shades in amber. Check the furnace schedule "
            "and glass stock and tell me a realistic delivery date.",
            "Order GS-518 (the chandelier) failed QC again. What went wrong and what do we "
            "do about the client's install date?",
            "Please check which commissions are waiting on annealing and when the lehr frees up.",
        ],
        "read": ("get_commission", "order_id"),
        "records": [
            (
                "GS-512",
                "client=Harbour Hotel; 12 pendant shades amber; status=quoted; deposit=paid",
            ),
            (
                "GS-518",
                "client=private; 40-piece chandelier; QC=2 cracked arms; install date 2026-04-02",
            ),
            ("GS-521", "client=gallery; 3 sculptural vessels; status=in lehr since 09:40"),
            ("GS-524", "client=restaurant; 200 tumblers; colour=cobalt rim; status=blowing"),
            ("GS-527", "client=architect; cast glass panel 900x600; status=mould drying"),
        ],
        "search": ("search_colour_stock", "colour", "amber"),
        "items": [
            "Reichenbach R-142 amber 2 kg",
            "Kugler K-119 amber 5 kg",
            "Gaffer 42 dark amber 1 kg",
            "Zimmermann Z-43 gold amber 3 kg",
            "Kugler K-117 light amber 4 kg",
            "Reichenbach R-8 amber frit 2 kg",
            "Gaffer 40 honey 2 kg",
            "Kugler K-122 topaz 1 kg",
            "Zimmermann Z-47 amber powder 500 g",
        ],
        "ab": [
            (
                "get_furnace_log",
                {"furnace": "F1"},
                "F1 1135 C; crucible 68% full; batch melted 06:30",
            ),
            ("get_lehr_schedule", {"lehr": "L2"}, "L2 holding 482 C; GS-521 in, cycle ends 03:10"),
        ],
        "fail": (
            "book_kiln_cycle",
            {"kiln": "K3", "program": "cast-900x600"},
            "ERROR: K3 controller offline (thermocouple open circuit)",
        ),
        "cosmetic": [
            {"kiln": "k3", "program": "cast-900x600"},
            {"kiln": "K3", "program": "CAST-900X600"},
            {"program": "cast-900x600", "kiln": "K3"},
            {"kiln": "K3 ", "program": "cast-900x600"},
        ],
        "corrected": (
            {"order_id": "GS-512", "colour": "amber"},
            "AMBIGUOUS: 6 amber colours in stock, give a catalogue code",
            {"order_id": "GS-512", "colour": "K-119"},
            "reserved 4.8 kg Kugler K-119 for GS-512",
        ),
        "transient": (
            "email_client_proof",
            {"order_id": "GS-512"},
            "SMTP 421 try again later",
            "proof sheet sent to client (3 renders, 1 colour chip photo)",
        ),
        "setting": (
            "set_glory_hole_temp",
            "temp_c",
            "get_gather_viscosity",
            "gather test",
            [1080.0, 1120.0],
            ["7.2 (stiff)", "6.1", "5.3", "4.9 (workable)"],
        ),
        "booking": (
            "reserve_bench",
            "release_bench",
            "hot shop bench",
            ["bench 2 Tue 08:00-12:00", "bench 2 Tue 13:00-17:00", "bench 1 Wed 08:00-12:00"],
        ),
        "job": ("start_anneal_cycle", "get_anneal_status", "annealing cycle"),
        "peers": [
            ("cold_shop_agent", "quote the cutting and polishing"),
            ("shipping_agent", "price crated delivery"),
            ("design_agent", "redraw the chandelier arm joint"),
        ],
        "clarify": (
            "Should the shades be clear-cased or solid amber?",
            "Clear-cased, as in the sample they approved.",
        ),
        "intake": [
            ("What fitting size do the shades need?", "E27, 42 mm gallery"),
            ("Height tolerance between shades?", "plus or minus 5 mm"),
            ("Will they collect or do we deliver?", "Deliver and install"),
            ("Any budget ceiling?", "GBP 4,800 ex VAT"),
        ],
        "docs": [
            ("Kugler colour compatibility chart", "K-119 COE 96, compatible with our clear"),
            ("Annealing schedule notes", "12 mm walls need 6 h soak"),
            ("QC log GS-518", "arm cracks at the punty scar, thermal shock"),
            ("Studio H&S", "no solo working at the glory hole"),
        ],
        "dictate": [
            "shade 1 blown 212 mm",
            "shade 2 blown 209 mm",
            "shade 3 rejected - seed",
            "shade 4 blown 211 mm",
            "shade 5 blown 214 mm",
            "shade 6 blown 210 mm",
        ],
    },
    {
        "name": "horse_livery_yard",
        "corrected_tool": "book_vaccination",
        "ts": "dmy",
        "requests": [
            "Bramble is lame on the near fore this morning. Check her vet history and get the "
            "farrier or vet booked, whichever is right.",
            "Can you sort out the turnout rota for next week? Three paddocks are being rested.",
            "Please check which liveries are behind on fees and which horses are due their "
            "flu jabs.",
        ],
        "read": ("get_horse", "horse"),
        "records": [
            (
                "Bramble",
                "mare 14y; livery=full; vet=Dr Haines; last shoe 2026-02-20; "
                "history=abscess NF 2025",
            ),
            ("Kestrel", "gelding 9y; livery=DIY; flu vacc due 2026-03-22; owner=P. Mensah"),
            ("Juniper", "mare 6y; livery=part; on box rest since 2026-03-01 (tendon)"),
            ("Oisin", "gelding 17y; livery=retirement; PPID on Prascend 1 mg"),
            ("Toffee", "pony 11y; livery=grass; laminitis risk, muzzle in turnout"),
        ],
        "search": ("list_livery_invoices", "month", "2026-02"),
        "items": [
            "INV-0211 Mensah GBP 420 paid",
            "INV-0212 Ruiz GBP 560 overdue",
            "INV-0213 Holt GBP 180 paid",
            "INV-0214 O'Neill GBP 610 paid",
            "INV-0215 Brady GBP 420 overdue",
            "INV-0216 Tan GBP 240 paid",
            "INV-0217 Kaur GBP 560 part-paid",
            "INV-0218 Weir GBP 180 paid",
            "INV-0219 Lamb GBP 420 paid",
        ],
        "ab": [
            (
                "get_paddock",
                {"paddock": "P4"},
                "P4 1.2 ha; grass cover 6 cm; resting until 2026-03-28",
            ),
            ("get_paddock", {"paddock": "P5"}, "P5 0.9 ha; grass cover 3 cm; poached at gateway"),
        ],
        "fail": (
            "book_vet_visit",
            {"horse": "Bramble", "vet": "Dr Haines"},
            "UNAVAILABLE: Dr Haines on leave until 2026-03-16",
        ),
        "cosmetic": [
            {"horse": "bramble", "vet": "Dr Haines"},
            {"horse": "Bramble", "vet": "dr haines"},
            {"vet": "Dr Haines", "horse": "Bramble"},
            {"horse": "Bramble", "vet": "Dr. Haines"},
        ],
        "corrected": (
            {"horse": "Kestrel", "vaccine": "flu", "date": "22/03/2026"},
            "INVALID DATE: expected YYYY-MM-DD",
            {"horse": "Kestrel", "vaccine": "flu", "date": "2026-03-22"},
            "vaccination booked: Kestrel, equine flu booster, 2026-03-22 AM round",
        ),
        "transient": (
            "send_owner_text",
            {"horse": "Bramble", "owner": "L. Ruiz"},
            "502 bad gateway from SMS provider",
            "text delivered to L. Ruiz at 07:52",
        ),
        "setting": (
            "set_haynet_ration",
            "kg_per_day",
            "get_weigh_tape",
            "Toffee",
            [8.0, 6.0],
            ["412 kg", "409 kg", "405 kg", "402 kg"],
        ),
        "booking": (
            "book_farrier",
            "cancel_farrier",
            "farrier slot",
            ["Tue 08:30", "Tue 11:00", "Thu 08:30"],
        ),
        "job": ("request_lab_bloods", "get_lab_result", "PPID ACTH blood test"),
        "peers": [
            ("vet_liaison_agent", "book the lameness work-up"),
            ("accounts_agent", "chase overdue invoices"),
            ("yard_manager_agent", "redo the turnout rota"),
        ],
        "clarify": (
            "Should Bramble be on box rest until the vet has seen her?",
            "Yes, box rest, and no bute until the vet says.",
        ),
        "intake": [
            ("Is she warm in the foot or is it higher up?", "Warm foot, strong digital pulse"),
            ("When was she last shod?", "20 February"),
            ("Has she been turned out since?", "Yes, yesterday in P2"),
            ("Insurance company?", "KBIS, policy ending 4471"),
        ],
        "docs": [
            ("BHS turnout guidance", "rest paddocks at least 6 weeks in spring"),
            ("Yard livery terms", "fees due by the 5th; 14 days grace"),
            ("Laminitis action plan", "restrict grazing when sugar spikes after frost"),
            ("Vaccination rules (FEI/BEF)", "flu booster within 6 months for competing"),
        ],
        "dictate": [
            "Kestrel in P1",
            "Toffee in the track system",
            "Juniper stays in",
            "Oisin in P3 with rug",
            "Bramble box rest",
            "Mensah's two in P6",
        ],
    },
    {
        "name": "marine_salvage_tug_dispatch",
        "corrected_tool": "open_salvage_case",
        "ts": "utc_z",
        "requests": [
            "Mayday relay: bulk carrier MV Corran Star lost propulsion 14 nm SW of the "
            "headland. Which tug can reach her first and what is the tow plan?",
            "Can you check the Lloyd's Open Form status on the Corran Star job and whether the "
            "P&I club has been notified?",
            "Please work out crew hours on Tug Gannet before we send her out again.",
        ],
        "read": ("get_vessel", "imo"),
        "records": [
            (
                "9410233",
                "MV Corran Star; bulk carrier; 32,400 dwt; position 50 02.1N 005 "
                "41.7W; drift 1.8 kn NE",
            ),
            ("9188702", "Tug Gannet; bollard pull 72 t; at anchor Falmouth; crew 7"),
            ("9265511", "Tug Skerry; bollard pull 55 t; alongside Plymouth; refuelling"),
            ("9301744", "AHTS Orca Endeavour; bollard pull 140 t; on charter, ETA free 18:00"),
            ("9503382", "MV Linnhe; coaster; standing by casualty"),
        ],
        "search": ("list_ais_targets", "area", "Lizard SW 20nm"),
        "items": [
            "Corran Star 0.3 kn",
            "Linnhe 1.1 kn",
            "FV Morwenna 6.0 kn",
            "Stena Nova 17.2 kn",
            "Atlantic Dawn 12.4 kn",
            "Gannet 11.8 kn",
            "Pilot boat Lizard 9.0 kn",
            "FV Ar Mor 4.2 kn",
            "Dart Scout 14.1 kn",
        ],
        "ab": [
            ("get_vessel", {"imo": "9188702"}, "Tug Gannet ETA casualty 2h10m"),
            ("get_vessel", {"imo": "9265511"}, "Tug Skerry ETA casualty 3h05m"),
        ],
        "fail": (
            "file_passage_plan",
            {"tug": "Gannet", "route": "FAL-CASUALTY"},
            "REJECTED: wind forecast Beaufort 9 exceeds tug's operating limit BF8",
        ),
        "cosmetic": [
            {"tug": "gannet", "route": "FAL-CASUALTY"},
            {"tug": "Gannet", "route": "fal-casualty"},
            {"route": "FAL-CASUALTY", "tug": "Gannet"},
            {"tug": "GANNET", "route": "FAL-CASUALTY"},
        ],
        "corrected": (
            {"imo": "941023", "form": "LOF2020"},
            "NOT FOUND: IMO numbers have 7 digits",
            {"imo": "9410233", "form": "LOF2020"},
            "LOF 2020 draft created for MV Corran Star, ref SAL-26-031",
        ),
        "transient": (
            "notify_coastguard",
            {"case": "SAL-26-031"},
            "MRCC link timeout after 15 s",
            "MRCC Falmouth acknowledged, incident 26/0412",
        ),
        "setting": (
            "set_tow_line_length",
            "metres",
            "get_tow_tension",
            "tow wire",
            [450.0, 650.0],
            ["58 t peak", "46 t peak", "39 t peak", "36 t peak"],
        ),
        "booking": (
            "charter_tug",
            "release_tug_charter",
            "tug charter",
            ["Orca Endeavour from 18:00", "Skerry from 15:00", "Orca Endeavour from 22:00"],
        ),
        "job": ("run_drift_model", "get_drift_run", "casualty drift model"),
        "peers": [
            ("weather_agent", "get the 24 h forecast for the tow route"),
            ("insurance_agent", "notify the P&I club"),
            ("crew_agent", "check Gannet crew rest hours"),
        ],
        "clarify": (
            "Is the master accepting a tow on LOF or asking for a fixed-price contract?",
            "LOF - the owners confirmed by email.",
        ),
        "intake": [
            ("What is the casualty's draught?", "10.4 m aft"),
            ("Any cargo hazards?", "No, iron ore, no IMDG cargo"),
            ("Anchors available?", "Port anchor only, starboard windlass failed"),
            ("Port of refuge?", "Falmouth, harbour master agreed"),
        ],
        "docs": [
            ("LOF 2020 summary", "no cure no pay; SCOPIC clause optional"),
            ("Gannet towing certificate", "max tow 40,000 dwt in BF7"),
            ("Falmouth port of refuge plan", "max draught 11.0 m at Carrick Roads"),
            ("MCA SOSREP guidance", "SOSREP may direct salvage in pollution risk"),
        ],
        "dictate": [
            "Gannet underway 13:42",
            "Linnhe standing by",
            "helicopter R924 on task",
            "casualty anchor holding",
            "tow line passed 16:05",
            "speed 4 kn",
        ],
    },
    {
        "name": "ice_cream_pasteurisation",
        "corrected_tool": "request_lab_test",
        "ts": "plant",
        "requests": [
            "Batch IC-7731 (salted caramel) flagged on the HTST chart. Check the records and "
            "tell me whether it can be released.",
            "We have a supermarket audit on Thursday. Pull the CCP records for this week's "
            "pasteuriser runs.",
            "Please plan tomorrow's mix runs so the nut-containing flavours go last.",
        ],
        "read": ("get_batch", "batch_id"),
        "records": [
            (
                "IC-7731",
                "flavour=salted caramel; mix 2,400 L; HTST 80.1 C/25 s; divert "
                "events=1 at 05:12; status=HOLD",
            ),
            ("IC-7732", "flavour=vanilla; mix 3,000 L; HTST 80.4 C/25 s; status=released"),
            ("IC-7733", "flavour=pistachio (nuts); mix 1,200 L; status=scheduled"),
            ("IC-7734", "flavour=strawberry; mix 2,000 L; overrun target 95%"),
            ("IC-7735", "flavour=vegan chocolate; oat base; allergen=oats (gluten-free)"),
        ],
        "search": ("list_ccp_records", "week", "2026-W11"),
        "items": [
            "Mon HTST run 1 OK",
            "Mon HTST run 2 OK",
            "Tue HTST run 1 divert 05:12",
            "Tue HTST run 2 OK",
            "Wed HTST run 1 OK",
            "Wed metal detector check OK",
            "Thu HTST run 1 OK",
            "Thu CIP verification OK",
            "Fri HTST run 1 OK",
        ],
        "ab": [
            (
                "get_chart_recorder",
                {"unit": "HTST-1"},
                "05:10-05:14 temp dip to 78.9 C; FDV diverted 05:12:06 to 05:12:41",
            ),
            (
                "get_divert_valve_log",
                {"unit": "HTST-1"},
                "FDV cycle test 2026-03-10 OK; response 0.8 s",
            ),
        ],
        "fail": (
            "release_batch",
            {"batch_id": "IC-7731"},
            "DENIED: batch has an open deviation DV-212 without QA sign-off",
        ),
        "cosmetic": [
            {"batch_id": "ic-7731"},
            {"batch_id": "IC-7731 "},
            {"batch_id": "IC7731"},
            {"batch_id": "IC-07731"},
        ],
        "corrected": (
            {"batch_id": "IC-7731", "sample": "micro", "test": "TVC"},
            "INVALID: test must be one of coliforms, enterobacteriaceae, listeria, tvc_30c",
            {"batch_id": "IC-7731", "sample": "micro", "test": "tvc_30c"},
            "sample request LAB-9922 logged, result due 48 h",
        ),
        "transient": (
            "print_batch_labels",
            {"batch_id": "IC-7732"},
            "printer PR-3 offline (paper out)",
            "1,120 labels printed, batch code IC7732 BBE 09/2027",
        ),
        "setting": (
            "set_freezer_overrun",
            "overrun_pct",
            "get_overrun_sample",
            "freezer line 2",
            [90.0, 100.0],
            [80.0, 86.0, 91.0, 94.0],
        ),
        "booking": (
            "schedule_line",
            "unschedule_line",
            "filling line slot",
            ["line 2 06:00-09:00", "line 2 09:30-12:00", "line 1 06:00-09:00"],
        ),
        "job": ("run_cip_cycle", "get_cip_status", "CIP clean cycle"),
        "peers": [
            ("qa_agent", "review deviation DV-212"),
            ("planning_agent", "sequence tomorrow's flavours"),
            ("lab_agent", "book micro tests"),
        ],
        "clarify": (
            "Is the auditor asking for paper charts or the digital export?",
            "Digital export is fine, plus the signed paper summary.",
        ),
        "intake": [
            ("Which flavours carry nuts tomorrow?", "pistachio and praline"),
            ("Is there a vegan run?", "Yes, oat chocolate first thing"),
            ("How long is the CIP between allergens?", "45 minutes full CIP"),
            ("Who is on QA tomorrow?", "Marta, 06:00 start"),
        ],
        "docs": [
            ("HACCP plan CCP2", "79.4 C for 25 s minimum, auto divert below"),
            ("Allergen matrix v14", "nuts last, full CIP before next day"),
            ("Deviation procedure", "QA sign-off and micro result before release"),
            ("Customer spec SPX-44", "overrun 90-100% for 1 L tubs"),
        ],
        "dictate": [
            "vanilla 3,000 L",
            "strawberry 2,000 L",
            "oat chocolate 1,000 L",
            "pistachio 1,200 L",
            "praline 800 L",
            "salted caramel re-run 2,400 L",
        ],
    },
    {
        "name": "mine_ventilation_survey",
        "corrected_tool": "get_station_trend",
        "ts": "iso",
        "requests": [
            "Methane reading on the 640 level has been creeping up. Check the fan and sensor "
            "data and tell me if we need to withdraw the crew.",
            "The quarterly ventilation survey is due. Pull the airflow readings for every "
            "station on the 580 and 640 levels.",
            "Please check which gas detectors are overdue for bump testing.",
        ],
        "read": ("read_station", "station"),
        "records": [
            ("V-640-03", "airflow 18.4 m3/s; CH4 0.62%; CO 4 ppm; temp 27.1 C"),
            ("V-640-07", "airflow 9.8 m3/s; CH4 0.91%; CO 6 ppm; regulator R-12 at 40%"),
            ("V-580-02", "airflow 22.1 m3/s; CH4 0.21%; CO 2 ppm"),
            ("MF-1", "main fan 1 speed 740 rpm; pressure 2.31 kPa; motor 1.42 MW"),
            ("BF-640", "booster fan 640; 82% duty; vibration 4.1 mm/s"),
        ],
        "search": ("list_detectors", "status", "bump test due"),
        "items": [
            "GD-1102 due 2026-03-11",
            "GD-1108 due 2026-03-12",
            "GD-1115 due 2026-03-12",
            "GD-1121 due 2026-03-13",
            "GD-1130 overdue 2026-03-05",
            "GD-1134 due 2026-03-14",
            "GD-1140 overdue 2026-03-08",
            "GD-1147 due 2026-03-15",
            "GD-1152 due 2026-03-16",
        ],
        "ab": [
            ("read_station", {"station": "V-640-07"}, "CH4 0.91%; airflow 9.8 m3/s"),
            ("read_station", {"station": "BF-640"}, "booster 82% duty; 4.1 mm/s"),
        ],
        "fail": (
            "set_regulator",
            {"regulator": "R-12", "open_pct": 70},
            "FAULT: R-12 actuator not responding (comms lost to PLC-6)",
        ),
        "cosmetic": [
            {"regulator": "r-12", "open_pct": 70},
            {"regulator": "R12", "open_pct": 70},
            {"open_pct": 70, "regulator": "R-12"},
            {"regulator": "R-12", "open_pct": 70.0},
        ],
        "corrected": (
            {"station": "V-640-7", "window": "8h"},
            "UNKNOWN STATION: did you mean V-640-07?",
            {"station": "V-640-07", "window": "8h"},
            "8 h trend: CH4 0.58% -> 0.91%, airflow 12.6 -> 9.8 m3/s",
        ),
        "transient": (
            "page_shift_boss",
            {"level": "640"},
            "leaky feeder channel busy",
            "shift boss R. Tembo acknowledged on channel 3",
        ),
        "setting": (
            "set_booster_fan_duty",
            "duty_pct",
            "read_station",
            "V-640-07 CH4",
            [70.0, 95.0],
            [0.91, 0.78, 0.66, 0.55],
        ),
        "booking": (
            "book_cage_run",
            "cancel_cage_run",
            "cage run",
            ["cage 10:20 down", "cage 11:00 down", "cage 13:40 down"],
        ),
        "job": ("run_ventsim_model", "get_ventsim_run", "VentSim network model"),
        "peers": [
            ("gas_agent", "analyse the CH4 trend"),
            ("fan_agent", "check booster fan vibration"),
            ("shift_agent", "confirm crew positions on 640"),
        ],
        "clarify": (
            "What CH4 level triggers withdrawal at this mine: 1.0% or 1.25%?",
            "1.0% in the working place, per the principal hazard plan.",
        ),
        "intake": [
            ("Which headings are active on 640?", "640-N2 and 640-S1"),
            ("Is the auxiliary fan in 640-N2 running?", "Yes, 45 kW, ducted"),
            ("When did blasting last happen?", "04:30, re-entry cleared 05:15"),
            ("How many crew underground on 640?", "11"),
        ],
        "docs": [
            ("Principal hazard management plan", "withdraw at 1.0% CH4 at the face"),
            ("Ventilation control plan", "min 0.3 m/s in all travelling roads"),
            ("Booster fan OEM manual", "trip at 7.1 mm/s vibration"),
            ("2025 survey report", "640 level leakage at stopping S-14"),
        ],
        "dictate": [
            "station V-640-03 18.4",
            "station V-640-05 14.0",
            "station V-640-07 9.8",
            "station V-580-02 22.1",
            "station V-580-04 19.6",
            "stopping S-14 leaking",
        ],
    },
]


# --------------------------------------------------------------------------- helpers


class Rng(random.Random):
    """A row's random source, carrying the row's clock so timestamps only move forward."""

    def __init__(self, seed: str) -> None:
        super().__init__(seed)
        self.clock = self.randint(9 * 86400 + 6 * 3600, 12 * 86400)
        self.extra = 0
        self.avoid: set[str] = set()
        self.padded: set[str] = set()


KindFn = Callable[[Rng, Domain, int], list[Step]]


def stamp(dom: Domain, rng: Rng) -> str:
    rng.clock += rng.randint(2, 95)
    day, rest = divmod(rng.clock, 86400)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    style = dom["ts"]
    if style == "dmy":
        return f"{day:02d}/03/2026 {h:02d}:{m:02d}"
    if style == "rail":
        return f"{day:02d}MAR26 {h:02d}{m:02d}"
    if style == "studio":
        return f"Mar {day} {h:02d}:{m:02d}:{s:02d}"
    if style == "plant":
        return f"2026-03-{day:02d} {h:02d}:{m:02d}:{s:02d}.{rng.randint(0, 999):03d}"
    if style == "utc_z":
        return f"{day:02d}{h:02d}{m:02d}Z MAR 26"
    return f"2026-03-{day:02d}T{h:02d}:{m:02d}:{s:02d}Z"


def noisy(dom: Domain, rng: Rng, body: str) -> str:
    rid = f"{rng.randrange(16**8):08x}"
    form = rng.randint(0, 2)
    if form == 0:
        return f"{body}\n(request {rid}, {rng.randint(12, 900)} ms, {stamp(dom, rng)})"
    if form == 1:
        return f"[{stamp(dom, rng)}] req={rid} latency={rng.randint(12, 900)}ms\n{body}"
    return json.dumps({"request_id": rid, "at": stamp(dom, rng), "result": body})


def tool(name: str, args: dict[str, Any], obs: str, error: bool = False) -> Step:
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}


def llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def opening(rng: Rng, dom: Domain, reads: int) -> list[Step]:
    """A person's request, an acknowledgement and some reads of the domain's records."""
    req = rng.choice(dom["requests"])
    ack = rng.choice(
        [
            "Understood. I'll start by pulling the relevant records.",
            "On it - reading the current records first so I work from facts.",
            "Sure. Let me look at what we have on file before deciding anything.",
            "Okay, I'll check the records and come back with a recommendation.",
            "Right, gathering the details now.",
        ]
    )
    steps = [llm(ack, observation=req)]
    name, key = dom["read"]
    for rid, body in rng.sample(dom["records"], reads):
        steps.append(tool(name, {key: rid}, noisy(dom, rng, body)))
    pad(rng, dom, steps)
    return steps


def unread(dom: Domain, steps: list[Step]) -> list[tuple[str, str]]:
    """The domain's records that the row has not read yet."""
    key = dom["read"][1]
    seen = {s["args"].get(key) for s in steps if s["kind"] == "tool"}
    return [r for r in dom["records"] if r[0] not in seen]


def say(rng: Rng, options: list[str]) -> str:
    return rng.choice(options)


# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """The same read, answered byte-identically from cache, made again and again."""
    steps = opening(rng, dom, 1 if shape == 0 else 3)
    name, key = dom["read"]
    rid, body = rng.choice(dom["records"])
    obs = noisy(dom, rng, body)
    reps = rng.randint(3, 4) if shape == 0 else rng.randint(4, 6)
    for i in range(reps):
        steps.append(tool(name, {key: rid}, obs))
        if shape == 1 and i == 1:
            steps.append(llm(f"I still need to confirm the details on {rid}."))
    return steps


def loop_noisy_repeat(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """The same call, whose answer changes only in request id, latency and timestamp."""
    steps = opening(rng, dom, 2)
    tname, args, body = rng.choice(dom["ab"])
    reps = rng.randint(3, 4) if shape == 0 else rng.randint(5, 7)
    if shape == 1:
        steps.append(
            llm(
                say(
                    rng,
                    [
                        "Let me re-check that live figure to be sure.",
                        "One more look at the live figure before I answer.",
                    ],
                )
            )
        )
    for _ in range(reps):
        steps.append(tool(tname, args, noisy(dom, rng, body)))
    return steps


def loop_paraphrased(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """The agent keeps announcing the same next step in new words and never takes it."""
    steps = opening(rng, dom, 2)
    rid = rng.choice(dom["records"])[0]
    lines = [
        f"Next I'll verify the status of {rid} before replying.",
        f"Before I answer, I want to double-check where {rid} stands.",
        f"Let me confirm the current state of {rid} first.",
        f"I should make sure I have {rid}'s status right before responding.",
        f"To be safe, I'll re-verify {rid} before giving an answer.",
        f"I'm going to check {rid} once more so the reply is accurate.",
        f"First, a quick confirmation of {rid}'s status.",
    ]
    rng.shuffle(lines)
    reps = rng.randint(3, 4) if shape == 0 else rng.randint(5, 7)
    name, key = dom["read"]
    body = dict(dom["records"])[rid]
    for i in range(reps):
        steps.append(llm(lines[i]))
        if shape == 1 and i % 2 == 1:
            steps.append(tool(name, {key: rid}, noisy(dom, rng, body)))
    return steps


def loop_ab_oscillation(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Two reads alternated, A-B-A-B, with nothing new learned from either."""
    steps = opening(rng, dom, 1 if shape == 0 else 2)
    (ta, aa, ba), (tb, ab, bb) = dom["ab"]
    cycles = rng.randint(2, 3) if shape == 0 else rng.randint(3, 4)
    oa, ob = noisy(dom, rng, ba), noisy(dom, rng, bb)
    for _ in range(cycles):
        if shape == 0:
            steps.append(tool(ta, aa, oa))
            steps.append(tool(tb, ab, ob))
        else:
            steps.append(tool(ta, aa, noisy(dom, rng, ba)))
            steps.append(tool(tb, ab, noisy(dom, rng, bb)))
    return steps


def loop_failing_call(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """The same call refused with the same error each time."""
    steps = opening(rng, dom, 2 if shape == 0 else 1)
    tname, args, err = dom["fail"]
    reps = rng.randint(3, 4) if shape == 0 else rng.randint(4, 6)
    for i in range(reps):
        steps.append(tool(tname, args, noisy(dom, rng, err), error=True))
        if shape == 1 and i < reps - 1:
            steps.append(
                llm(
                    say(
                        rng,
                        [
                            "That did not go through; trying again.",
                            "Retrying the same request.",
                            "Let me submit it again.",
                            "Another attempt.",
                        ],
                    )
                )
            )
    return steps


def loop_monologue(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """The same message repeated word for word with nothing said to the agent."""
    steps = opening(rng, dom, 2 if shape == 0 else 3)
    rid = rng.choice(dom["records"])[0]
    text = say(
        rng,
        [
            f"I am reviewing {rid} and will report back shortly.",
            f"Working on it. Checking {rid} now.",
            f"Still looking into {rid}; I'll have an answer in a moment.",
        ],
    )
    reps = rng.randint(3, 4) if shape == 0 else rng.randint(5, 7)
    for i in range(reps):
        steps.append(llm(text if shape == 0 or i % 2 == 0 else text + " "))
    return steps


def loop_cosmetic_retry(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """A refused call retried with arguments changed only in case, spacing or order."""
    steps = opening(rng, dom, 1 if shape == 0 else 2)
    tname, args, err = dom["fail"]
    steps.append(tool(tname, args, noisy(dom, rng, err), error=True))
    variants = list(dom["cosmetic"])
    rng.shuffle(variants)
    n = rng.randint(2, 3) if shape == 0 else 4
    for v in variants[:n]:
        if shape == 1:
            steps.append(
                llm(
                    say(
                        rng,
                        [
                            "Maybe the identifier format was the problem; adjusting it.",
                            "Trying a slightly different form of the arguments.",
                            "Reformatting and resubmitting.",
                        ],
                    )
                )
            )
        steps.append(tool(tname, v, noisy(dom, rng, err), error=True))
    return steps


def loop_stale_cursor(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Paging that never advances: the same cursor is sent back and the same page returns."""
    steps = opening(rng, dom, 1 if shape == 0 else 2)
    tname, field, value = dom["search"]
    page = dom["items"][:3]
    cursor = f"c_{rng.randrange(16**6):06x}"
    first = json.dumps({"items": page, "next_cursor": cursor})
    steps.append(tool(tname, {field: value}, first))
    reps = rng.randint(3, 4) if shape == 0 else rng.randint(4, 6)
    for _ in range(reps):
        if shape == 1:
            steps.append(
                llm(
                    say(
                        rng,
                        [
                            "Fetching the next page.",
                            "Continuing to the next page of results.",
                            "More results to read; next page.",
                        ],
                    )
                )
            )
        steps.append(tool(tname, {field: value, "cursor": cursor}, first))
    return steps


def loop_flipflop(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """A setting changed to X, back to Y, to X again, with no measurement in between."""
    steps = opening(rng, dom, 2)
    wtool, param, _mtool, target, (x, y), _ = dom["setting"]
    cycles = 2 if shape == 0 else 3
    for c in range(cycles):
        for val, why in (
            (x, "the lower value is the safer choice"),
            (y, "the higher value matches the procedure better"),
        ):
            if shape == 1 or c == 0:
                steps.append(llm(f"On reflection {why}; setting {target} {param} to {val}."))
            steps.append(
                tool(
                    wtool,
                    {"target": target, param: val},
                    noisy(dom, rng, f"{target} {param} set to {val}"),
                )
            )
    return steps


def loop_booking_churn(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """The same slot booked, cancelled and booked again without any new request."""
    steps = opening(rng, dom, 1 if shape == 0 else 2)
    book, cancel, what, slots = dom["booking"]
    slot = slots[0]
    cycles = 2 if shape == 0 else 3
    for _ in range(cycles):
        ref = f"BK-{rng.randint(10000, 99999)}"
        steps.append(tool(book, {"slot": slot}, noisy(dom, rng, f"{what} {slot} held, ref {ref}")))
        if shape == 1:
            steps.append(
                llm(
                    say(
                        rng,
                        [
                            f"Not sure {slot} is right after all; releasing it.",
                            "I'll free that up in case a better slot exists.",
                            f"Let me cancel {slot} and reconsider.",
                        ],
                    )
                )
            )
        steps.append(tool(cancel, {"ref": ref}, noisy(dom, rng, f"{ref} released")))
    if shape == 0:
        steps.append(tool(book, {"slot": slot}, noisy(dom, rng, f"{what} {slot} held")))
    return steps


def loop_handoff_pingpong(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """A task handed to a peer, handed straight back, handed over again."""
    steps = opening(rng, dom, 2 if shape == 0 else 1)
    (peer, task), (peer2, _) = dom["peers"][0], dom["peers"][1]
    bounce = f"{peer}: this is not mine to decide; returning to the coordinator."
    cycles = rng.randint(2, 3) if shape == 0 else 4
    for _ in range(cycles):
        steps.append(tool("delegate", {"to": peer, "task": task}, bounce))
        if shape == 1:
            steps.append(
                llm(
                    f"{peer} sent it back. {peer} is still the right owner for "
                    f"'{task}', so I'll hand it over again."
                )
            )
    if shape == 0:
        steps.append(
            llm(
                f"Still nothing back from {peer} on '{task}'; I'll keep it with "
                f"{peer} rather than {peer2}."
            )
        )
    return steps


def loop_reclarify(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """The agent asks the person a question that has already been answered."""
    steps = opening(rng, dom, 2)
    q, a = dom["clarify"]
    steps.append(llm(q))
    reps = rng.randint(2, 3) if shape == 0 else 4
    answers = [a, f"As I said: {a}", f"I already told you. {a}", a]
    for i in range(reps):
        if shape == 1:
            steps.append(
                tool(
                    dom["read"][0],
                    {dom["read"][1]: dom["records"][0][0]},
                    noisy(dom, rng, dom["records"][0][1]),
                )
            )
        steps.append(
            llm(
                say(
                    rng,
                    [
                        q,
                        f"Just to confirm: {q[0].lower()}{q[1:]}",
                        f"Sorry, one more check - {q[0].lower()}{q[1:]}",
                    ],
                ),
                observation=answers[i],
            )
        )
    return steps


def loop_terminal_polling(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Polling a job that has already reached a final state."""
    steps = opening(rng, dom, 1 if shape == 0 else 2)
    submit, status, what = dom["job"]
    job = f"J{rng.randint(1000, 9999)}"
    steps.append(
        tool(submit, {"for": dom["records"][0][0]}, noisy(dom, rng, f"{what} {job} queued"))
    )
    final = f"{what} {job}: FAILED (input rejected), will not be retried automatically"
    reps = rng.randint(3, 4) if shape == 0 else rng.randint(4, 6)
    for i in range(reps):
        steps.append(tool(status, {"job": job}, noisy(dom, rng, final)))
        if shape == 1 and i % 2 == 0:
            steps.append(
                llm(
                    say(
                        rng,
                        [
                            "Waiting for it to finish.",
                            "Not done yet, checking again shortly.",
                            "I'll poll again.",
                        ],
                    )
                )
            )
    return steps


# --------------------------------------------------------------------------- progress kinds


def prog_distinct_reads(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """The same read tool, called for different records, each with its own answer."""
    steps = opening(rng, dom, 1)
    name, key = dom["read"]
    recs = unread(dom, steps)
    rng.shuffle(recs)
    n = min(len(recs), rng.randint(4, 5))
    for i, (rid, body) in enumerate(recs[:n]):
        steps.append(tool(name, {key: rid}, noisy(dom, rng, body)))
        if shape == 1 and i % 2 == 1:
            steps.append(llm(f"Noted {rid}: {body.split(';')[0]}. Moving to the next one."))
    steps.append(
        llm(
            "I've read each record once. Summary: "
            + "; ".join(f"{rid} - {body.split(';')[-1].strip()}" for rid, body in recs[:n])
        )
    )
    return steps


def prog_verify_after_edit(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Re-reading one record after each of its own edits; the record differs each time."""
    steps = opening(rng, dom, 1 if shape == 0 else 2)
    name, key = dom["read"]
    rid, body = dom["records"][1]
    items = dom["dictate"][: rng.randint(3, 4)]
    notes: list[str] = []
    for it in items:
        steps.append(
            tool("append_note", {key: rid, "note": it}, noisy(dom, rng, f"note added to {rid}"))
        )
        notes.append(it)
        steps.append(tool(name, {key: rid}, noisy(dom, rng, f"{body}; notes=[{', '.join(notes)}]")))
    steps.append(llm(f"{rid} now carries all {len(notes)} notes and each one is confirmed."))
    return steps


def prog_doc_summaries(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Related documents read and summarised one by one, in similar words."""
    steps = opening(rng, dom, 1)
    docs = list(dom["docs"])
    if shape == 1:
        rng.shuffle(docs)
    for title, fact in docs:
        doc_id = f"DOC-{rng.randint(100, 999)}"
        steps.append(
            tool("fetch_document", {"doc_id": doc_id}, noisy(dom, rng, f"{title}: ... {fact} ..."))
        )
        steps.append(
            llm(
                say(
                    rng,
                    [
                        f"Summary of {title}: {fact}.",
                        f"{title} - key point: {fact}.",
                        f"From {title}: {fact}.",
                    ],
                )
            )
        )
    if shape == 0:
        steps.append(llm("Taken together these documents set the constraints for the plan."))
    return steps


def prog_cross_check(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Alternating two sources, but for a different item each round: a cross-check."""
    steps = opening(rng, dom, 1)
    name, key = dom["read"]
    recs = rng.sample(unread(dom, steps), 3 if shape == 0 else 4)
    for rid, body in recs:
        steps.append(tool(name, {key: rid}, noisy(dom, rng, body)))
        tag = rng.choice(["consistent", "matches", "agrees", "no discrepancy"])
        who = rng.choice(["AB", "KM", "RT", "JS"])
        steps.append(
            tool(
                "get_audit_trail",
                {key: rid},
                noisy(dom, rng, f"last change to {rid} by {who}; {tag} with live record"),
            )
        )
    steps.append(llm(f"All {len(recs)} records cross-check against the audit trail."))
    return steps


def prog_transient_retry(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """A call that fails on a transient error, retried with back-off, then succeeds."""
    steps = opening(rng, dom, 2 if shape == 0 else 1)
    tname, args, err, ok = dom["transient"]
    fails = 1 if shape == 0 else 2
    for i in range(fails):
        steps.append(tool(tname, args, noisy(dom, rng, err), error=True))
        steps.append(tool("wait", {"seconds": 5 * 2**i}, f"waited {5 * 2**i} s"))
    steps.append(tool(tname, args, noisy(dom, rng, ok)))
    steps.append(llm(f"That went through on attempt {fails + 1}: {ok}."))
    if shape == 0:
        rid, body = unread(dom, steps)[0]
        steps.append(tool(dom["read"][0], {dom["read"][1]: rid}, noisy(dom, rng, body)))
    return steps


def prog_dictation(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Short near-identical acknowledgements, each answering a new message from the person."""
    steps = opening(rng, dom, 1)
    items = dom["dictate"][: 5 if shape == 0 else 6]
    for it in items:
        steps.append(
            llm(say(rng, ["Noted.", "Got it, recorded.", "Recorded."]) + f" ({it})", observation=it)
        )
        if shape == 1:
            steps.append(tool("append_log", {"entry": it}, noisy(dom, rng, "logged")))
            if len(steps) > 16:
                break
    return steps


def prog_corrected_retry(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """A refused call retried with the argument the error message asked for."""
    steps = opening(rng, dom, 2 if shape == 0 else 3)
    bad, err, good, ok = dom["corrected"]
    tname = dom["corrected_tool"]
    steps.append(tool(tname, bad, noisy(dom, rng, err), error=True))
    steps.append(llm(f"The system says: {err.split(':', 1)[1].strip()} Correcting that."))
    steps.append(tool(tname, good, noisy(dom, rng, ok)))
    if shape == 1:
        rid, body = unread(dom, steps)[0]
        steps.append(tool(dom["read"][0], {dom["read"][1]: rid}, noisy(dom, rng, body)))
    steps.append(llm(f"Done: {ok}."))
    return steps


def prog_paging(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Paging through results with a cursor that advances until the last page."""
    steps = opening(rng, dom, 1)
    tname, field, value = dom["search"]
    items = dom["items"]
    size = 3 if shape == 0 else 2
    cursor: str | None = None
    pages = [items[i : i + size] for i in range(0, len(items), size)]
    for n, page in enumerate(pages):
        nxt = f"c_{rng.randrange(16**6):06x}" if n < len(pages) - 1 else None
        args = {field: value} if cursor is None else {field: value, "cursor": cursor}
        steps.append(tool(tname, args, json.dumps({"items": page, "next_cursor": nxt})))
        cursor = nxt
    steps.append(llm(f"All {len(items)} entries read across {len(pages)} pages."))
    return steps


def prog_tuning(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """A setting moved in steps, each followed by a measurement that changes, then stopped."""
    steps = opening(rng, dom, 1 if shape == 0 else 2)
    wtool, param, mtool, target, (x, y), readings = dom["setting"]
    vals = [x + (y - x) * k / 4 for k in range(1, 5)]
    for v, r in zip(vals, readings, strict=True):
        steps.append(
            tool(
                wtool,
                {"target": target, param: round(v, 2)},
                noisy(dom, rng, f"{target} {param} -> {round(v, 2)}"),
            )
        )
        steps.append(tool(mtool, {"target": target}, noisy(dom, rng, f"{target} reading {r}")))
    steps.append(
        llm(
            f"The reading has moved {readings[0]} -> {readings[-1]}, within limits; "
            f"leaving {param} at {round(vals[-1], 2)}."
        )
    )
    return steps


def prog_rebook(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Booking changed because the person changed the request, each time to a new slot."""
    steps = opening(rng, dom, 1)
    book, cancel, what, slots = dom["booking"]
    ref = f"BK-{rng.randint(10000, 99999)}"
    steps.append(
        tool(book, {"slot": slots[0]}, noisy(dom, rng, f"{what} {slots[0]} held, ref {ref}"))
    )
    steps.append(llm(f"I've held {slots[0]} for you (ref {ref})."))
    changes = slots[1:] if shape == 0 else slots[2:3]
    for s in changes:
        why = say(
            rng,
            [
                "Sorry, that clashes",
                "Change of plan, the owner can't make it",
                "We've just heard that slot won't work",
            ],
        )
        steps.append(
            llm(
                say(rng, [f"Understood, moving it to {s}.", f"No problem - switching to {s}."]),
                observation=f"{why} - can we do {s} instead?",
            )
        )
        steps.append(tool(cancel, {"ref": ref}, noisy(dom, rng, f"{ref} released")))
        ref = f"BK-{rng.randint(10000, 99999)}"
        steps.append(tool(book, {"slot": s}, noisy(dom, rng, f"{what} {s} held, ref {ref}")))
    steps.append(llm(f"Confirmed: {what} {changes[-1]}, ref {ref}."))
    return steps


def prog_delegated(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Different subtasks delegated to different peers, each returning its own result."""
    steps = opening(rng, dom, 1 if shape == 0 else 2)
    for peer, task in dom["peers"]:
        steps.append(
            tool(
                "delegate",
                {"to": peer, "task": task},
                noisy(dom, rng, f"{peer}: done - {task} ({rng.randint(1, 9)} items checked)"),
            )
        )
        if shape == 1:
            steps.append(llm(f"{peer} has finished; next subtask."))
    steps.append(llm("All subtasks are back; compiling the reply."))
    return steps


def prog_intake(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """A series of different questions to the person, each answered with new facts."""
    steps = opening(rng, dom, 1)
    qs = dom["intake"]
    steps.append(llm(qs[0][0]))
    for i in range(1, len(qs)):
        steps.append(llm(f"Thanks. {qs[i][0]}", observation=qs[i - 1][1]))
    steps.append(llm("That's everything I need; writing it up now.", observation=qs[-1][1]))
    if shape == 1:
        steps.append(tool("save_intake", {"answers": len(qs)}, noisy(dom, rng, "saved")))
    return steps


def prog_poll_done(rng: Rng, dom: Domain, shape: int) -> list[Step]:
    """Polling a running job whose state advances until it completes, then using it."""
    steps = opening(rng, dom, 1)
    submit, status, what = dom["job"]
    job = f"J{rng.randint(1000, 9999)}"
    steps.append(
        tool(submit, {"for": dom["records"][0][0]}, noisy(dom, rng, f"{what} {job} queued"))
    )
    states = ["QUEUED (position 2)", "RUNNING 15%", "RUNNING 55%", "RUNNING 90%", "COMPLETED"]
    if shape == 1:
        states = ["RUNNING 30%", "RUNNING 30% (stage 2 of 3)", "RUNNING 80%", "COMPLETED"]
    for s in states:
        steps.append(tool(status, {"job": job}, noisy(dom, rng, f"{what} {job}: {s}")))
    steps.append(llm(f"The {what} finished; using its output in the answer."))
    return steps


LOOP_KINDS: list[tuple[str, KindFn, str]] = [
    ("exact_repeat", loop_exact_repeat, ""),
    ("noisy_repeat", loop_noisy_repeat, ""),
    ("paraphrased_repeat", loop_paraphrased, ""),
    ("ab_oscillation", loop_ab_oscillation, ""),
    ("failing_call_repeat", loop_failing_call, ""),
    ("identical_monologue", loop_monologue, ""),
    ("cosmetic_arg_retry", loop_cosmetic_retry, ""),
    ("stale_cursor_paging", loop_stale_cursor, ""),
    ("setting_flipflop", loop_flipflop, ""),
    ("booking_churn", loop_booking_churn, ""),
    ("handoff_ping_pong", loop_handoff_pingpong, ""),
    ("reclarify_answered", loop_reclarify, ""),
    ("terminal_state_polling", loop_terminal_polling, ""),
]

PROGRESS_KINDS: list[tuple[str, KindFn, str]] = [
    ("distinct_record_reads", prog_distinct_reads, ""),
    ("verify_after_edit", prog_verify_after_edit, ""),
    ("related_doc_summaries", prog_doc_summaries, ""),
    ("cross_source_check", prog_cross_check, ""),
    ("transient_retry_success", prog_transient_retry, ""),
    ("dictation_acks", prog_dictation, ""),
    ("corrected_arg_retry", prog_corrected_retry, ""),
    ("cursor_paging", prog_paging, ""),
    ("stepwise_tuning", prog_tuning, ""),
    ("rebook_on_request", prog_rebook, ""),
    ("delegated_subtasks", prog_delegated, ""),
    ("intake_questions", prog_intake, ""),
    ("poll_until_done", prog_poll_done, ""),
]


def sig(step: Step) -> str:
    return json.dumps([step.get("tool"), step.get("args")], sort_keys=True)


def pad(rng: Rng, dom: Domain, steps: list[Step]) -> None:
    """Append `rng.extra` more genuine reads, none of them a call the row makes elsewhere."""
    name, key = dom["read"]
    pool: list[Step] = [tool(name, {key: rid}, body) for rid, body in dom["records"]]
    pool += [tool(t, a, b) for t, a, b in dom["ab"]]
    pool += [tool("fetch_document", {"title": t}, f"{t}: {f}") for t, f in dom["docs"]]
    rng.shuffle(pool)
    used = rng.avoid | {sig(s) for s in steps}
    added = 0
    for cand in pool:
        if added >= rng.extra:
            break
        if sig(cand) in used:
            continue
        cand["observation"] = noisy(dom, rng, cand["observation"])
        steps.append(cand)
        used.add(sig(cand))
        rng.padded.add(sig(cand))
        added += 1


def make_steps(seed: str, fn: KindFn, dom: Domain, shape: int) -> list[Step]:
    """Run a kind, adding reads to its opening until the row has at least 8 steps."""
    extra, avoid = 0, set[str]()
    for _ in range(20):
        rng = Rng(seed)
        rng.extra, rng.avoid = extra, avoid
        steps = fn(rng, dom, shape)
        sigs = [sig(s) for s in steps if s["kind"] == "tool"]
        clash = {x for x in rng.padded if sigs.count(x) > 1}
        if len(steps) >= 8 and not clash:
            return steps
        extra += max(0, 8 - len(steps))
        avoid = avoid | clash
    raise RuntimeError(f"could not pad {seed}")


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, fn, _ in kinds:
            for n, dom in enumerate(DOMAINS):
                row_id = f"{PREFIX}-{label}-{kind}-{n:03d}"
                steps = make_steps(f"{SEED}:{row_id}", fn, dom, n % 2)
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
