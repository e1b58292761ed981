"""Write the fourteenth labelled set of agent trajectories (the unseen measure of round thirteen).

Run ``python tests/data/trajectories_fourteenth/generate.py`` to rewrite ``trajectories.jsonl``.
Deterministic: every row draws from its own ``random.Random`` seeded with SEED and the row id.
"""

# ruff: noqa: B007, PERF401, RUF005, RUF059
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 31860427
Row = dict[str, Any]
Step = dict[str, Any]
Dom = dict[str, Any]


# ---------------------------------------------------------------- steps


def llm(text: str, obs: str | None = None) -> Step:
    s: Step = {"kind": "llm", "text": text}
    if obs is not None:
        s["observation"] = obs
    return s


def tool(name: str, args: dict[str, Any], obs: str, error: bool = False) -> Step:
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}


def as_observed(steps: list[Step]) -> list[Step]:
    """Drop an llm observation equal to the last one the agent saw."""
    last = None
    out = []
    for s in steps:
        if s["kind"] == "llm" and "observation" in s:
            if s["observation"] == last:
                s = {k: v for k, v in s.items() if k != "observation"}
            else:
                last = s["observation"]
        out.append(s)
    return out


# ---------------------------------------------------------------- renderers


def noise(rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "served",
            f"2026-03-{rng.randint(10, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
        ),
        ("req", f"{rng.getrandbits(40):010x}"),
    ]


def r_kv(pairs, rng, vol):
    p = pairs + (noise(rng) if vol else [])
    return "\n".join(f"{k}={v}" for k, v in p)


def r_csv(pairs, rng, vol):
    p = pairs + (noise(rng) if vol else [])
    return ",".join(k for k, _ in p) + "\n" + ",".join(str(v) for _, v in p)


def r_fixed(pairs, rng, vol):
    p = pairs + (noise(rng) if vol else [])
    return "CHANNEL             VALUE\n" + "\n".join(f"{k:<20}{v}" for k, v in p)


def r_tf(pairs, rng, vol):
    head = [f"# refreshed {noise(rng)[0][1]}"] if vol else []
    return "\n".join(head + [f'  {k:<16} = "{v}"' for k, v in pairs])


def r_json(pairs, rng, vol):
    p = pairs + (noise(rng) if vol else [])
    if vol:
        p = p[:]
        rng.shuffle(p)
    return json.dumps(dict(p))


def r_pipe(pairs, rng, vol):
    p = pairs + (noise(rng) if vol else [])
    return " | ".join(f"{k} {v}" for k, v in p)


def r_sr(pairs, rng, vol):
    p = pairs + (noise(rng) if vol else [])
    return "\n".join(f"[{k}] {v}" for k, v in p)


def r_yaml(pairs, rng, vol):
    p = pairs + (noise(rng) if vol else [])
    return "---\n" + "\n".join(f"{k}: {v}" for k, v in p)


def f(rng: random.Random, a: float, b: float, dp: int = 1) -> str:
    return f"{rng.uniform(a, b):.{dp}f}"


# ---------------------------------------------------------------- domains


def vertical_farm() -> Dom:
    return {
        "name": "vertical_farm_climate",
        "B_ents": ["NL-R7", "NL-R5", "NL-R6", "NL-R8", "NL-R9", "NL-R4"],
        "render": r_kv,
        "task": "Basil on rack R7 in grow room GR-2 is showing tip burn since Tuesday. Work out whether it's humidity or the nutrient EC, and give me a recommendation before the 14:00 harvest planning call. Don't touch the GR-3 dosing pump, it's mid-calibration.",
        "acks": [
            "Understood, looking at GR-2 now.",
            "Sure. Starting with the rack sensors.",
            "Okay, I'll work through the climate data.",
            "On it; checking R7 first.",
            "Right, pulling the grow-room telemetry.",
        ],
        "remarks": [
            "VPD is the thing I want to pin down.",
            "Checking the rack again.",
            "Let me confirm the reading on R7.",
            "Looking at the climate numbers once more.",
            "I want to be sure about the humidity trend.",
            "Re-reading the sensor block.",
        ],
        "ents": ["R7", "R5", "R6", "R8", "R9", "R4"],
        "A": (
            "rack_climate",
            "rack",
            lambda r, e: [
                ("rack", e),
                ("room", "GR-2"),
                ("temp_c", f(r, 21, 25)),
                ("rh_pct", f(r, 62, 84)),
                ("vpd_kpa", f(r, 0.5, 1.1, 2)),
                ("co2_ppm", r.randint(780, 1100)),
                ("airflow_mps", f(r, 0.2, 0.7, 2)),
            ],
        ),
        "B": (
            "nutrient_reading",
            "line",
            lambda r, e: [
                ("line", e),
                ("ec_ms", f(r, 1.2, 2.6, 2)),
                ("ph", f(r, 5.6, 6.4, 2)),
                ("water_temp_c", f(r, 18, 22)),
                ("ca_ppm", r.randint(120, 210)),
            ],
        ),
        "C": (
            "crop_batch",
            "rack",
            lambda r, e: [
                ("batch", f"BSL-{r.randint(300, 399)}"),
                ("rack", e),
                ("crop", "basil_genovese"),
                ("day", r.randint(18, 31)),
                ("symptom", r.choice(["tip_burn", "none", "mild_tip_burn"])),
                ("harvest_due", f"03-{r.randint(12, 20)}"),
            ],
        ),
        "status": (
            "work_order",
            "wo",
            "WO-5512",
            ["open", "assigned", "in_progress", "done"],
            "assigned (awaiting technician)",
        ),
        "fail": (
            "set_dosing_target",
            {"pump": "GR3-P1", "ec_ms": 1.6},
            "DENIED: pump GR3-P1 locked (calibration session CAL-77 open by m.ortega)",
            [
                {"pump": "gr3-p1", "ec_ms": 1.6},
                {"pump_id": "GR3-P1", "target_ec": "1.6"},
                {"pump": "GR3-P1", "ec_ms": 1.6, "force": True},
                {"pumps": ["GR3-P1"], "ec_ms": 1.60},
            ],
        ),
        "setting": (
            "set_fan_mode",
            "mode",
            "GR-3",
            ["auto", "high", "eco"],
            "rack_climate",
            {"rack": "R7"},
        ),
        "write": ("set_rh_setpoint", "rh_pct", 68, "read_setpoint"),
        "list": (
            "list_alarms",
            [
                "RH_HIGH R7 09:12",
                "EC_DRIFT NL-R7 09:40",
                "LIGHT_FAULT R2 10:03",
                "RH_HIGH R7 11:30",
                "DOOR_OPEN GR-2 11:52",
                "CO2_LOW R9 12:10",
                "RH_HIGH R6 12:44",
                "PUMP_CAL GR3 13:01",
            ],
        ),
        "search": ("search_logbook", ["tip burn", "tip burn basil", "tip burn basil R7 humidity"]),
        "thing": "the humidity trend on R7",
        "draft": (
            [
                "Tip burn on R7 looks humidity-driven: RH has sat near 80% for three days.",
                "EC is within band, so I'd leave the nutrient recipe alone.",
                "Recommend lowering the RH setpoint and raising airflow for the next 48 hours.",
                "Harvest can go ahead for the unaffected trays.",
                "The batch is on day 24, so the loss is cosmetic rather than yield.",
            ],
            "the calcium figure",
            [
                "You still haven't given me the calcium number, that's the whole point.",
                "Where's Ca? I asked for it.",
                "No - calcium. Put the Ca ppm in.",
                "Again, the calcium reading is missing.",
            ],
        ),
        "wrong": (
            [
                "R7's VPD is 0.55, which is high, so the air is too dry.",
                "The VPD of 0.55 kPa means the room is on the dry side.",
                "At 0.55 kPa the leaves are losing water too fast - dry air.",
                "So dryness is the problem: VPD 0.55 is elevated.",
            ],
            "No, 0.55 kPa is LOW VPD - that means humid air, not dry.",
            "You're right: 0.55 kPa is low, so the air is humid and transpiration is suppressed - that fits tip burn from poor calcium uptake.",
        ),
        "conclusion": [
            "It's humidity, not EC.",
            "So the cause is the high RH on R7, not the nutrients.",
            "Humidity is the driver here; EC is fine.",
            "The nutrient side checks out, it's the moist air.",
            "Everything points at humidity rather than the feed.",
            "Bottom line: RH, not EC.",
        ],
        "transient": "503 telemetry gateway busy, retry after 10s",
    }


def cruise_provisioning() -> Dom:
    return {
        "name": "cruise_ship_provisioning",
        "render": r_csv,
        "task": "We turn around in Civitavecchia Saturday and the chef says we're short on fresh dairy for the Med sailing. Reconcile the dairy order PO-88417 against stores and tell me what to add before the 16:00 supplier cut-off. Don't amend the wine order, that's with the sommelier.",
        "acks": [
            "Happy to help - let's start with the order.",
            "Of course! Pulling PO-88417.",
            "Sure thing, I'll look at the stores first.",
            "Absolutely, starting with dairy.",
            "Got it, checking provisions now.",
        ],
        "remarks": [
            "Just checking the order line again.",
            "Let me look at the stores count once more.",
            "One more look at the dairy line.",
            "I'll re-check that quantity.",
            "Making sure I've read the order right.",
            "Back to the provisioning sheet.",
        ],
        "ents": ["MILK-UHT", "CREAM-35", "BUTTER-82", "YOG-GRK", "MOZZ-FRS", "PARM-24"],
        "A": (
            "po_line",
            "sku",
            lambda r, e: [
                ("po", "PO-88417"),
                ("sku", e),
                ("ordered", r.randint(40, 400)),
                ("unit", r.choice(["case", "kg", "crate"])),
                ("supplier", "Latte Lazio SRL"),
                ("eta", "SAT-0600"),
            ],
        ),
        "B": (
            "stores_count",
            "sku",
            lambda r, e: [
                ("store", "COLD-3"),
                ("sku", e),
                ("on_hand", r.randint(5, 120)),
                ("par", r.randint(80, 200)),
                ("expiring_72h", r.randint(0, 20)),
            ],
        ),
        "C": (
            "menu_forecast",
            "sku",
            lambda r, e: [
                ("voyage", "MED-0412"),
                ("sku", e),
                ("pax", 2841),
                ("forecast_use", r.randint(60, 300)),
                ("confidence", f(r, 0.6, 0.95, 2)),
            ],
        ),
        "status": (
            "supplier_ack",
            "po",
            "PO-88417",
            ["sent", "received", "reviewing", "confirmed"],
            "received",
        ),
        "fail": (
            "amend_po",
            {"po": "PO-88390", "sku": "WINE-BRL", "qty": 12},
            "REJECTED: PO-88390 owned by beverage dept (sommelier approval required)",
            [
                {"po": "po-88390", "sku": "WINE-BRL", "qty": 12},
                {"po_number": "PO-88390", "line": "WINE-BRL", "quantity": "12"},
                {"po": "PO-88390", "sku": "WINE-BRL", "qty": 12, "override": True},
                {"orders": ["PO-88390"], "sku": "WINE-BRL", "qty": 12},
            ],
        ),
        "setting": (
            "set_reefer_temp",
            "temp_c",
            "REEFER-9 (wine)",
            ["12", "14", "13"],
            "stores_count",
            {"sku": "CREAM-35"},
        ),
        "write": ("set_par_level", "par", 160, "read_par_level"),
        "list": (
            "list_po_lines",
            [
                "MILK-UHT 320 case",
                "CREAM-35 60 case",
                "BUTTER-82 90 kg",
                "YOG-GRK 140 case",
                "MOZZ-FRS 75 kg",
                "PARM-24 30 kg",
                "RICOTTA 40 kg",
                "EGGS-L 200 crate",
            ],
        ),
        "search": ("search_supplier_catalog", ["cream", "cream 35%", "cream 35% 1L UHT Lazio"]),
        "thing": "the cream shortfall against forecast",
        "draft": (
            [
                "Dairy is short mainly on cream and Greek yoghurt for MED-0412.",
                "Stores in COLD-3 cover roughly two days of forecast use.",
                "I'd add cream and yoghurt to PO-88417 before the cut-off.",
                "Butter and Parmesan are fine at current par.",
                "Latte Lazio can still deliver Saturday 06:00.",
            ],
            "case quantities",
            [
                "I need the number of cases to add, not a description.",
                "How many cases? Give me figures.",
                "Quantities, please - per SKU.",
                "Still no case counts.",
            ],
        ),
        "wrong": (
            [
                "Cream's fine - 60 on hand against a par of 80 is plenty.",
                "We have 60 cases of cream, so no need to add any.",
                "Cream is covered with 60 in COLD-3.",
                "60 cases on hand means cream doesn't need topping up.",
            ],
            "The 60 is ordered, not on hand - on hand is 12. Read the columns.",
            "Sorry, you're right: 60 is the order quantity; COLD-3 has only 12 cases, so cream is well short of par.",
        ),
        "conclusion": [
            "We need more cream and yoghurt.",
            "So the gap is cream and Greek yoghurt.",
            "Cream and yoghurt are what's short.",
            "The shortfall comes down to cream plus yoghurt.",
            "It's the cream and the yoghurt lines we need to top up.",
            "In short: add cream and yoghurt.",
        ],
        "transient": "504 supplier portal timeout",
    }


def bridge_monitoring() -> Dom:
    return {
        "name": "bridge_structural_monitoring",
        "B_ents": ["lane-1", "lane-2", "lane-3", "lane-4", "lane-1-hs", "lane-2-hs"],
        "C_ents": ["AC-3", "AC-2", "AC-4", "AC-5", "AC-1", "AC-6"],
        "render": r_fixed,
        "task": "Strain gauge SG-14 on span 3 of the Hallam viaduct jumped overnight. Determine whether it is a genuine load event or a sensor fault and advise whether the 40 t weight restriction should stay. Do not re-zero any gauges on span 2; that span is under the consultant's baseline campaign.",
        "acks": [
            "Understood. I shall begin with SG-14.",
            "Very well; reviewing span 3 data.",
            "Noted. Starting with the gauge history.",
            "I will examine the overnight record first.",
            "Acknowledged. Retrieving the span 3 channels.",
        ],
        "remarks": [
            "I shall re-examine the gauge channel.",
            "Reviewing SG-14 once more.",
            "Confirming the strain value.",
            "Re-reading the span 3 record.",
            "For completeness, checking the channel again.",
            "Verifying the reading.",
        ],
        "ents": ["SG-14", "SG-13", "SG-15", "SG-16", "SG-12", "SG-17"],
        "A": (
            "gauge_channel",
            "gauge",
            lambda r, e: [
                ("GAUGE", e),
                ("SPAN", "3"),
                ("STRAIN_UE", f(r, 80, 260)),
                ("TEMP_C", f(r, 4, 14)),
                ("BRIDGE_V", f(r, 2.48, 2.52, 3)),
                ("QUALITY", r.choice(["OK", "OK", "SUSPECT"])),
            ],
        ),
        "B": (
            "weigh_in_motion",
            "lane",
            lambda r, e: [
                ("LANE", e),
                ("AXLES_24H", r.randint(900, 4000)),
                ("MAX_GVW_T", f(r, 28, 52)),
                ("OVERWEIGHT", r.randint(0, 7)),
            ],
        ),
        "C": (
            "accelerometer",
            "node",
            lambda r, e: [
                ("NODE", e),
                ("F1_HZ", f(r, 2.1, 2.6, 3)),
                ("DAMPING_PCT", f(r, 1.2, 2.4, 2)),
                ("RMS_MG", f(r, 3, 15, 2)),
            ],
        ),
        "status": (
            "inspection_request",
            "ref",
            "IR-2207",
            ["logged", "triaged", "crew_dispatched", "closed"],
            "triaged",
        ),
        "fail": (
            "rezero_gauge",
            {"gauge": "SG-08", "span": 2},
            "FORBIDDEN: span 2 channels frozen for baseline campaign BC-3 (contact Arup lead)",
            [
                {"gauge": "sg-08", "span": 2},
                {"gauge_id": "SG-08", "span": "2"},
                {"gauge": "SG-08", "span": 2, "force": True},
                {"gauges": ["SG-08"], "span": 2},
            ],
        ),
        "setting": (
            "set_sample_rate",
            "hz",
            "span 2 logger DL-2",
            ["50", "100", "200"],
            "gauge_channel",
            {"gauge": "SG-14"},
        ),
        "write": ("set_alarm_threshold", "strain_ue", 220, "read_alarm_threshold"),
        "list": (
            "list_events",
            [
                "EVT 01:12 SG-14 step",
                "EVT 01:13 SG-15 step",
                "EVT 02:40 AC-3 rms",
                "EVT 03:05 SG-14 drift",
                "EVT 04:18 WIM lane2 45t",
                "EVT 04:19 SG-14 step",
                "EVT 05:02 TEMP drop",
                "EVT 05:30 SG-13 step",
            ],
        ),
        "search": (
            "search_inspection_reports",
            ["span 3", "span 3 strain", "span 3 strain SG-14 bearing"],
        ),
        "thing": "the SG-14 step against the weigh-in-motion record",
        "draft": (
            [
                "SG-14 shows a step at 01:12 without a matching axle load.",
                "Neighbouring gauges moved far less, which suggests a sensor issue.",
                "Bridge excitation voltage was stable throughout.",
                "The restriction can stay as is pending an inspection.",
                "Natural frequency is unchanged at span 3.",
            ],
            "the inspection date",
            [
                "When is the inspection? I asked for a date.",
                "Date of the visit, please.",
                "You still haven't said when the crew goes out.",
                "No date again.",
            ],
        ),
        "wrong": (
            [
                "The step is a load event: 45 t crossed at 01:12.",
                "A 45 t vehicle at 01:12 explains SG-14.",
                "So the heavy vehicle at 01:12 caused the jump.",
                "The overnight jump lines up with the 45 t truck at 01:12.",
            ],
            "The 45 t vehicle was at 04:18, not 01:12. Look at the event list.",
            "Apologies - the 45 t axle load was at 04:18; nothing heavy crossed at 01:12, so the step is not load-driven.",
        ),
        "conclusion": [
            "It looks like a sensor fault rather than load.",
            "The evidence points to a gauge fault.",
            "SG-14's jump is instrumental, not structural.",
            "I read it as a faulty gauge.",
            "This is a sensor problem, not a load event.",
            "Conclusion: gauge fault.",
        ],
        "transient": "ERR 0x31 logger link busy",
    }


def terraform_drift() -> Dom:
    return {
        "name": "terraform_drift_cleanup",
        "render": r_tf,
        "task": "plan on the payments-prod workspace shows drift on the ALB and two security groups. figure out what changed out-of-band and get the plan clean before the 17:00 change window. don't touch the shared-vpc workspace, that belongs to netops.",
        "acks": [
            "ok, looking at the plan.",
            "sure, pulling state for payments-prod.",
            "on it.",
            "k, starting with the alb.",
            "yep, checking drift.",
        ],
        "remarks": [
            "checking state again.",
            "one more look.",
            "re-reading the resource.",
            "let me look at that again.",
            "double-checking.",
            "again, the sg.",
        ],
        "ents": [
            "aws_lb.public",
            "aws_security_group.api",
            "aws_security_group.worker",
            "aws_lb_listener.https",
            "aws_route53_record.api",
            "aws_iam_role.deploy",
        ],
        "A": (
            "tf_state_show",
            "address",
            lambda r, e: [
                ("address", e),
                ("id", f"sg-{r.getrandbits(32):08x}"),
                ("ingress_rules", str(r.randint(2, 9))),
                ("tags.owner", "payments"),
                ("last_modified_by", r.choice(["terraform", "console:j.kim", "terraform"])),
            ],
        ),
        "B": (
            "cloudtrail_lookup",
            "resource",
            lambda r, e: [
                ("resource", e),
                ("event", r.choice(["AuthorizeSecurityGroupIngress", "ModifyListener", "none"])),
                ("actor", r.choice(["j.kim", "ci-deploy", "-"])),
                ("at", f"2026-03-1{r.randint(0, 9)}T0{r.randint(0, 9)}:00Z"),
            ],
        ),
        "C": (
            "tf_plan_resource",
            "address",
            lambda r, e: [
                ("address", e),
                ("action", r.choice(["update in-place", "no-op", "update in-place"])),
                ("changes", str(r.randint(0, 4))),
            ],
        ),
        "status": (
            "run_status",
            "run",
            "run-8Hq2",
            ["pending", "planning", "planned", "applied"],
            "pending (queued behind run-7Zx1)",
        ),
        "fail": (
            "tf_apply",
            {"workspace": "shared-vpc", "target": "aws_vpc.main"},
            "Error: workspace shared-vpc is locked by netops (lock id 4f1c); you lack write on this workspace",
            [
                {"workspace": "Shared-VPC", "target": "aws_vpc.main"},
                {"ws": "shared-vpc", "targets": ["aws_vpc.main"]},
                {"workspace": "shared-vpc", "target": "aws_vpc.main", "auto_approve": True},
                {"workspace": "shared-vpc", "target": "module.vpc.aws_vpc.main"},
            ],
        ),
        "setting": (
            "set_workspace_var",
            "value",
            "shared-vpc",
            ["true", "false"],
            "tf_plan_resource",
            {"address": "aws_lb.public"},
        ),
        "write": ("set_workspace_var", "alb_idle_timeout", 60, "read_workspace_var"),
        "list": (
            "list_plan_changes",
            [
                "~ aws_lb.public",
                "~ aws_security_group.api",
                "~ aws_security_group.worker",
                "  aws_lb_listener.https",
                "~ aws_route53_record.api",
                "  aws_iam_role.deploy",
                "  aws_s3_bucket.logs",
                "  aws_kms_key.app",
            ],
        ),
        "search": (
            "search_runbooks",
            ["drift", "drift security group", "drift security group console change payments"],
        ),
        "thing": "the cloudtrail events for the sg changes",
        "draft": (
            [
                "drift came from a console edit on aws_security_group.api by j.kim.",
                "alb listener change was a ci-deploy run, already in code on main.",
                "plan: import the extra ingress rule into code, re-plan, expect 0 changes.",
                "worker sg has no real diff, just tag ordering.",
                "nothing touches shared-vpc.",
            ],
            "the rule's CIDR",
            [
                "which CIDR did he add? that's what I need.",
                "cidr pls.",
                "still no cidr.",
                "the actual cidr block, not 'an extra rule'.",
            ],
        ),
        "wrong": (
            [
                "the alb drift is a console change by j.kim.",
                "so j.kim changed the alb in the console.",
                "alb was edited by hand, j.kim.",
                "the alb diff traces to j.kim's console session.",
            ],
            "no - j.kim touched the api sg. the alb change was ci-deploy.",
            "right, my bad: j.kim's event was on the api sg; the alb listener change came from ci-deploy, so it's already in code.",
        ),
        "conclusion": [
            "it's the console edit on the api sg.",
            "so the drift is j.kim's console change.",
            "cause: a manual sg change.",
            "drift = manual ingress rule on api sg.",
            "basically someone clicked in the console.",
            "the console edit explains it.",
        ],
        "transient": "Error: 429 Too Many Requests from TFC API",
    }


def translation_agency() -> Dom:
    return {
        "name": "translation_agency_projects",
        "C_ents": ["K. Braun", "A. Moreau", "Y. Sato", "L. Ruiz", "G. Conti", "R. Souza"],
        "render": r_json,
        "task": "The client Hartwell Medical wants the IFU leaflet project TR-4471 delivered in all five languages by Thursday. Check where each language is, flag anything at risk, and draft an update for the client. Please don't reassign the Japanese linguist - she's contracted exclusively through the partner agency.",
        "acks": [
            "Of course - I'll check TR-4471 now.",
            "Certainly, starting with the project overview.",
            "Happy to. Looking at the language jobs.",
            "Sure, I'll go through each language.",
            "Thank you, I'll begin with the schedule.",
        ],
        "remarks": [
            "Let me check the job once more.",
            "Just re-reading the German job.",
            "Having another look at that status.",
            "Checking that record again, thank you.",
            "I'd like to confirm that figure.",
            "One more look at the job card.",
        ],
        "ents": ["de-DE", "fr-FR", "ja-JP", "es-ES", "it-IT", "pt-BR"],
        "A": (
            "job_status",
            "lang",
            lambda r, e: [
                ("project", "TR-4471"),
                ("lang", e),
                ("stage", r.choice(["translation", "review", "dtp", "qa"])),
                ("words_done", r.randint(800, 5200)),
                ("words_total", 5240),
                ("linguist", r.choice(["K. Braun", "A. Moreau", "Y. Sato", "L. Ruiz"])),
            ],
        ),
        "B": (
            "qa_report",
            "lang",
            lambda r, e: [
                ("lang", e),
                ("errors_major", r.randint(0, 4)),
                ("errors_minor", r.randint(0, 15)),
                ("terminology_hits", r.randint(80, 140)),
            ],
        ),
        "C": (
            "linguist_calendar",
            "linguist",
            lambda r, e: [
                ("linguist", e),
                ("available_hours", r.randint(0, 30)),
                ("next_free", f"2026-03-{r.randint(12, 20)}"),
            ],
        ),
        "status": (
            "dtp_ticket",
            "ticket",
            "DTP-931",
            ["queued", "in_layout", "proofing", "done"],
            "queued",
        ),
        "fail": (
            "reassign_job",
            {"job": "TR-4471-ja", "linguist": "M. Ito"},
            "Not permitted: ja-JP job is bound to partner contract PC-12 (exclusive)",
            [
                {"job": "tr-4471-ja", "linguist": "M. Ito"},
                {"job_id": "TR-4471-ja", "to": "M. Ito"},
                {"job": "TR-4471-ja", "linguist": "M. Ito", "note": "urgent"},
                {"jobs": ["TR-4471-ja"], "linguist": "Ito, M."},
            ],
        ),
        "setting": (
            "set_job_priority",
            "priority",
            "TR-4471-ja",
            ["high", "normal"],
            "job_status",
            {"lang": "de-DE"},
        ),
        "write": ("set_word_quota", "words_per_day", 2500, "read_word_quota"),
        "list": (
            "list_segments",
            [
                "seg 101 translated",
                "seg 102 translated",
                "seg 103 review",
                "seg 104 review",
                "seg 105 untranslated",
                "seg 106 untranslated",
                "seg 107 locked",
                "seg 108 untranslated",
            ],
        ),
        "search": ("search_termbase", ["catheter", "catheter hub", "catheter hub luer lock de-DE"]),
        "thing": "the German review status",
        "draft": (
            [
                "Dear Hartwell team, TR-4471 is progressing in all five languages.",
                "French and Spanish are in final QA.",
                "German review is ongoing, with minor terminology queries.",
                "Japanese translation is on schedule with our partner linguist.",
                "We expect to deliver on Thursday as planned.",
            ],
            "the Italian DTP risk",
            [
                "You haven't mentioned that Italian layout is late.",
                "Where's the Italian DTP issue?",
                "Please say something about Italian.",
                "Italian is still missing from this.",
            ],
        ),
        "wrong": (
            [
                "German is finished - 5,240 words done.",
                "The German job is complete at 5,240 words.",
                "German is fully translated; 5,240 of 5,240.",
                "So de-DE is done.",
            ],
            "5,240 is the total. Done is 3,910. German isn't finished.",
            "I'm sorry, you're right - 5,240 is the total; 3,910 are done, so German still has 1,330 words to go.",
        ),
        "conclusion": [
            "Italian is the one at risk.",
            "The risk sits with the Italian DTP.",
            "Italian layout is what could slip.",
            "It's Italian that threatens Thursday.",
            "The weak point is Italian.",
            "So: Italian is the problem.",
        ],
        "transient": "502 Bad Gateway from TMS",
    }


def motorsport_pits() -> Dom:
    return {
        "name": "motorsport_pit_telemetry",
        "B_ents": ["27", "14", "8", "31", "5", "22"],
        "C_ents": ["27", "14", "8", "31", "5", "22"],
        "render": r_pipe,
        "task": "Car 27's rear-left is losing pressure, lap 31 of 58. Tell me if it's a slow puncture or heat, and whether we pit this lap or next. Do NOT change car 14's brake bias map - FIA sealed it after scrutineering.",
        "acks": [
            "Copy. Checking RL.",
            "Copy that, pulling tyre data.",
            "Roger, on it.",
            "Copy, looking now.",
            "Understood. Tyres first.",
        ],
        "remarks": [
            "Re-checking RL.",
            "Again on tyres.",
            "Confirm RL value.",
            "Looking at the tyre feed.",
            "Checking again.",
            "Tyre sensor again.",
        ],
        "ents": ["RL", "RR", "FL", "FR", "RL-inner", "RR-inner"],
        "A": (
            "tyre_sensor",
            "corner",
            lambda r, e: [
                ("car", 27),
                ("corner", e),
                ("psi", f(r, 18.5, 23.5)),
                ("temp_c", r.randint(88, 118)),
                ("lap", 31),
                ("delta_psi_5lap", f(r, -1.6, 0.2, 2)),
            ],
        ),
        "B": (
            "lap_times",
            "car",
            lambda r, e: [
                ("car", e),
                ("last", f"1:{r.randint(31, 34)}.{r.randint(100, 999)}"),
                ("best", "1:31.204"),
                ("gap_ahead", f(r, 0.3, 4.0, 2)),
            ],
        ),
        "C": (
            "pit_window",
            "car",
            lambda r, e: [
                ("car", e),
                ("window_open", "lap 29"),
                ("traffic_out", r.choice(["clear", "P9 train", "clear"])),
                ("loss_s", f(r, 21, 24)),
            ],
        ),
        "status": (
            "race_control",
            "msg",
            "RC-58",
            ["submitted", "under review", "noted", "no further action"],
            "under review",
        ),
        "fail": (
            "set_brake_map",
            {"car": 14, "bias": 57.5},
            "BLOCKED: car 14 ECU map sealed by FIA (seal S-2291)",
            [
                {"car": "14", "bias": 57.5},
                {"car_no": 14, "brake_bias": "57.5"},
                {"car": 14, "bias": 57.5, "override": True},
                {"cars": [14], "bias": 57.5},
            ],
        ),
        "setting": (
            "set_engine_mode",
            "mode",
            "car 14",
            ["push", "save"],
            "tyre_sensor",
            {"corner": "RL"},
        ),
        "write": ("set_target_psi", "psi", 21.5, "read_target_psi"),
        "list": (
            "list_radio",
            [
                "L28 'rear feels loose'",
                "L29 'box box? negative'",
                "L29 'RL temp up'",
                "L30 'push now'",
                "L30 'traffic T4'",
                "L31 'rear stepping'",
                "L31 'copy'",
                "L32 'box this lap?'",
            ],
        ),
        "search": ("search_telemetry_notes", ["RL", "RL pressure", "RL pressure drop puncture"]),
        "thing": "the RL pressure trend",
        "draft": (
            [
                "RL losing 1.4 psi over five laps, temp normal.",
                "Looks like slow puncture, not heat.",
                "Recommend box this lap.",
                "Traffic out is clear.",
                "Pit loss about 22 s.",
            ],
            "the tyre compound",
            [
                "Which compound do we fit? Say it.",
                "Compound!",
                "Still no compound.",
                "Tell me the compound.",
            ],
        ),
        "wrong": (
            [
                "RL is 23.1 psi, fine.",
                "RL at 23.1, no drop.",
                "Pressure 23.1 on RL, all good.",
                "RL holding 23.1.",
            ],
            "23.1 is RR. RL is 19.4. Read the corner column.",
            "Sorry - 23.1 was RR. RL is 19.4 and falling, that's a puncture.",
        ),
        "conclusion": [
            "Slow puncture.",
            "It's a puncture, not heat.",
            "RL's a slow leak.",
            "Not heat - puncture.",
            "Puncture on RL.",
            "Call it a puncture.",
        ],
        "transient": "TIMEOUT telemetry uplink",
    }


def city_311() -> Dom:
    return {
        "name": "city_311_helpline",
        "B_ents": ["Crew-L3", "Crew-P1", "Crew-L1", "Crew-P2", "Crew-S1", "Crew-L2"],
        "C_ents": ["555-0142", "555-0177", "555-0190", "555-0111", "555-0123", "555-0168"],
        "render": r_sr,
        "task": "A resident on Maple Ave has called three times about a streetlight out near number 214 and a pothole. Find their service requests, tell them honestly when crews will come, and log a callback. Don't close any requests owned by Public Works - only they can close them.",
        "acks": [
            "Hi! Let me look that up for you.",
            "Sure thing, finding the requests.",
            "Happy to help - searching now.",
            "Okay! Checking Maple Ave.",
            "Absolutely, one moment.",
        ],
        "remarks": [
            "Let me check that request again.",
            "Taking another look.",
            "Just confirming the status.",
            "One more check on that one.",
            "Re-checking the request.",
            "Looking at it again.",
        ],
        "ents": ["SR-60412", "SR-60455", "SR-60501", "SR-60533", "SR-60578", "SR-60610"],
        "A": (
            "sr_lookup",
            "sr",
            lambda r, e: [
                ("SR", e),
                ("Type", r.choice(["Streetlight out", "Pothole", "Graffiti", "Missed pickup"])),
                ("Address", f"{r.randint(100, 400)} Maple Ave"),
                ("Status", r.choice(["Open", "Assigned", "Scheduled"])),
                ("Owner", "Public Works"),
                ("Opened", f"2026-03-0{r.randint(1, 9)}"),
            ],
        ),
        "B": (
            "crew_schedule",
            "crew",
            lambda r, e: [
                ("Crew", e),
                ("Next slot", f"2026-03-{r.randint(12, 22)} AM"),
                ("Backlog", r.randint(4, 40)),
            ],
        ),
        "C": (
            "caller_history",
            "phone",
            lambda r, e: [
                ("Phone", e),
                ("Calls 30d", r.randint(1, 5)),
                ("Last call", f"2026-03-{r.randint(8, 11)}"),
                ("Language", r.choice(["en", "es"])),
            ],
        ),
        "status": (
            "sr_status",
            "sr",
            "SR-60412",
            ["Open", "Assigned", "Scheduled", "Completed"],
            "Open",
        ),
        "fail": (
            "close_sr",
            {"sr": "SR-60455"},
            "Error 403: SR-60455 owned by Public Works; agents cannot close",
            [
                {"sr": "sr-60455"},
                {"sr_id": "SR-60455", "reason": "duplicate"},
                {"sr": "SR-60455", "force": True},
                {"srs": ["SR-60455"]},
            ],
        ),
        "setting": (
            "set_sr_priority",
            "priority",
            "SR-60455 (Public Works)",
            ["P2", "P3", "P1"],
            "sr_lookup",
            {"sr": "SR-60412"},
        ),
        "write": ("set_callback_window", "hours", 24, "read_callback_window"),
        "list": (
            "list_srs",
            [
                "SR-60412 Streetlight 214 Maple",
                "SR-60455 Pothole 220 Maple",
                "SR-60501 Graffiti 30 Oak",
                "SR-60533 Pothole 218 Maple",
                "SR-60578 Missed pickup 12 Elm",
                "SR-60610 Streetlight 9 Pine",
                "SR-60644 Tree 214 Maple",
                "SR-60689 Noise 5 Elm",
            ],
        ),
        "search": ("search_srs", ["Maple", "Maple Ave streetlight", "214 Maple Ave streetlight"]),
        "thing": "the crew slot for the streetlight",
        "draft": (
            [
                "Thanks for your patience about Maple Ave.",
                "Your streetlight request SR-60412 is assigned to Public Works.",
                "The pothole request SR-60455 is also open.",
                "We've noted your three calls.",
                "We'll call you back once a crew is scheduled.",
            ],
            "a crew date",
            [
                "They want to know WHEN. Give a date.",
                "When will the crew come?",
                "Still no date in there.",
                "Date, please.",
            ],
        ),
        "wrong": (
            [
                "The streetlight is scheduled - SR-60412 says Scheduled.",
                "Good news, SR-60412 has a crew scheduled.",
                "SR-60412 is scheduled, so a crew is booked.",
                "The streetlight one is already on the schedule.",
            ],
            "SR-60412 says Assigned, not Scheduled. The scheduled one is the graffiti.",
            "You're right, I'm sorry - SR-60412 is only Assigned; no crew date yet. The scheduled one was SR-60501.",
        ),
        "conclusion": [
            "Nothing is scheduled yet for the streetlight.",
            "So the streetlight has no crew date yet.",
            "No crew date so far for the light.",
            "The light is assigned but not scheduled.",
            "There's no date yet on the streetlight.",
            "Short answer: no crew booked yet.",
        ],
        "transient": "503 CRM temporarily unavailable",
    }


def space_debris() -> Dom:
    return {
        "name": "space_debris_conjunction",
        "B_ents": ["NOVA-3", "NOVA-2", "NOVA-4", "NOVA-5", "NOVA-6", "NOVA-7"],
        "render": r_yaml,
        "task": "CDM for our satellite NOVA-3 against debris object 48213 shows Pc 3e-4 at TCA 2026-03-14 02:17 UTC. Assess whether we need a collision avoidance manoeuvre and propose one if so. Don't task the NOVA-1 thrusters; it's in safe mode under anomaly review.",
        "acks": [
            "Acknowledged. Reviewing the CDM.",
            "Copy. Starting with the conjunction data.",
            "Understood, I'll assess the event.",
            "Right, pulling the latest CDM.",
            "Affirm. Checking covariance first.",
        ],
        "remarks": [
            "Re-checking the CDM.",
            "Reviewing the conjunction again.",
            "Confirming Pc.",
            "Pulling the CDM once more.",
            "Another pass over the event.",
            "Checking the numbers again.",
        ],
        "ents": ["48213", "48217", "51002", "39915", "44420", "50133"],
        "A": (
            "cdm_fetch",
            "object",
            lambda r, e: [
                ("primary", "NOVA-3"),
                ("secondary", e),
                ("tca", "2026-03-14T02:17:09Z"),
                ("miss_distance_m", r.randint(90, 900)),
                ("radial_m", r.randint(-200, 200)),
                ("pc", f"{r.uniform(1, 9):.1f}e-{r.randint(4, 7)}"),
                ("cdm_id", f"CDM-{r.randint(70000, 79999)}"),
            ],
        ),
        "B": (
            "orbit_state",
            "sat",
            lambda r, e: [
                ("sat", e),
                ("sma_km", f(r, 6920, 6940, 2)),
                ("ecc", f(r, 0.0001, 0.0012, 5)),
                ("propellant_kg", f(r, 3, 12, 2)),
            ],
        ),
        "C": (
            "covariance_check",
            "object",
            lambda r, e: [
                ("object", e),
                ("sigma_r_m", r.randint(20, 300)),
                ("sigma_t_m", r.randint(200, 3000)),
                ("realism", r.choice(["ok", "ok", "inflated"])),
            ],
        ),
        "status": (
            "manoeuvre_approval",
            "req",
            "CAM-2026-07",
            ["drafted", "submitted", "under review", "approved"],
            "submitted",
        ),
        "fail": (
            "command_burn",
            {"sat": "NOVA-1", "dv_mps": 0.05},
            "REFUSED: NOVA-1 in SAFE mode; commanding restricted (anomaly AR-19)",
            [
                {"sat": "nova-1", "dv_mps": 0.05},
                {"spacecraft": "NOVA-1", "delta_v": "0.05"},
                {"sat": "NOVA-1", "dv_mps": 0.05, "override": True},
                {"sats": ["NOVA-1"], "dv_mps": 0.05},
            ],
        ),
        "setting": (
            "set_attitude_mode",
            "mode",
            "NOVA-1",
            ["sun_point", "nadir"],
            "cdm_fetch",
            {"object": "48213"},
        ),
        "write": ("set_screening_volume", "radial_km", 2, "read_screening_volume"),
        "list": (
            "list_cdms",
            [
                "CDM-70112 48213 Pc3e-4",
                "CDM-70140 51002 Pc2e-7",
                "CDM-70188 48217 Pc5e-6",
                "CDM-70201 39915 Pc1e-8",
                "CDM-70233 48213 Pc4e-4",
                "CDM-70260 44420 Pc7e-7",
                "CDM-70291 50133 Pc9e-9",
                "CDM-70302 48213 Pc2e-4",
            ],
        ),
        "search": ("search_catalog", ["48213", "48213 fragment", "48213 fragment Fengyun RCS"]),
        "thing": "the latest Pc for 48213",
        "draft": (
            [
                "Pc remains above our 1e-4 threshold at 3e-4.",
                "Miss distance is 210 m, mostly in-track.",
                "I propose a small along-track burn about one orbit before TCA.",
                "Post-burn Pc drops below 1e-6.",
                "NOVA-3 has ample propellant.",
            ],
            "the burn time",
            [
                "Give me the actual burn epoch.",
                "When exactly do we burn?",
                "Burn time is still missing.",
                "Epoch of the burn, please.",
            ],
        ),
        "wrong": (
            [
                "Pc is 3e-4, below the 1e-4 threshold, so no action.",
                "3e-4 is under 1e-4; no manoeuvre needed.",
                "We're below threshold at 3e-4.",
                "No CAM: 3e-4 doesn't reach 1e-4.",
            ],
            "3e-4 is three times LARGER than 1e-4. We're above threshold.",
            "Apologies - 3e-4 exceeds 1e-4 by a factor of three, so we are above threshold and a manoeuvre is warranted.",
        ),
        "conclusion": [
            "We need a manoeuvre.",
            "A CAM is warranted.",
            "This event needs an avoidance burn.",
            "We should manoeuvre NOVA-3.",
            "The risk justifies a burn.",
            "Recommend a CAM.",
        ],
        "transient": "HTTP 503 from Space-Track, retry later",
    }


DOMAINS = [
    vertical_farm,
    cruise_provisioning,
    bridge_monitoring,
    terraform_drift,
    translation_agency,
    motorsport_pits,
    city_311,
    space_debris,
]


# ---------------------------------------------------------------- helpers


def look(d: Dom, which: str, ent: str, rng: random.Random, vol: bool = False, vals=None):
    name, key, gen = d[which]
    if which != "A" and ent in d["ents"]:
        ent = d.get(which + "_ents", d["ents"])[d["ents"].index(ent)]
    pairs = vals if vals is not None else gen(rng, ent)
    return tool(name, {key: ent}, d["render"](pairs, rng, vol)), pairs


def opener(d: Dom, rng: random.Random, task: str | None = None) -> Step:
    return llm(rng.choice(d["acks"]), task or d["task"])


def note(d: Dom, pairs, rng: random.Random) -> str:
    (k, v), (k2, v2) = rng.sample(pairs[1:], 2)
    first = rng.choice(
        [
            f"Noted {k} {v}.",
            f"{k} is {v}; moving on.",
            f"Got {k} = {v}.",
            f"So {k} {v}, recorded.",
            f"{k}: {v}.",
        ]
    )
    second = rng.choice(
        [f" Also {k2} {v2}.", f" {k2} reads {v2}.", f" And {k2} = {v2}, worth keeping.", ""]
    )
    return first + second


NUDGES = [
    "and?",
    "still waiting",
    "you said that already",
    "ok?",
    "well?",
    "any update?",
    "go on then",
    "?",
]


# ---------------------------------------------------------------- loops


def L_exact_repeat(rng, d, n):
    s = [opener(d, rng)]
    e = d["ents"][0]
    vals = d["A"][2](rng, e)
    for i in range(rng.randint(4, 5)):
        st, _ = look(d, "A", e, rng, vals=vals)
        s.append(st)
        if rng.random() < 0.6:
            s.append(llm(rng.choice(d["remarks"])))
    return s


def L_volatile_result(rng, d, n):
    s = [opener(d, rng)]
    e = d["ents"][0]
    vals = d["A"][2](rng, e)
    for _ in range(rng.randint(4, 5)):
        st, _ = look(d, "A", e, rng, vol=True, vals=vals)
        s.append(st)
        if rng.random() < 0.6:
            s.append(llm(rng.choice(d["remarks"])))
    return s


def L_volatile_args(rng, d, n):
    s = [opener(d, rng)]
    e = d["ents"][0]
    name, key, gen = d["A"]
    vals = gen(rng, e)
    obs = d["render"](vals, rng, False)
    for _ in range(rng.randint(4, 5)):
        extra = rng.choice(
            [
                ("nonce", f"{rng.getrandbits(32):08x}"),
                ("client_ts", rng.randint(1773000000, 1773999999)),
                ("cb", rng.randint(1000, 9999)),
            ]
        )
        s.append(tool(name, {key: e, extra[0]: extra[1]}, obs))
        if rng.random() < 0.6:
            s.append(llm(rng.choice(d["remarks"])))
    return s


PROMISES = [
    "I'll pull {t} next.",
    "Next I'm going to look at {t}.",
    "Give me a moment, I'm checking {t}.",
    "Let me get {t} for you.",
    "Looking into {t} now.",
    "I'm about to fetch {t}.",
    "One sec - {t} is next.",
    "Checking {t} right away.",
]


def L_paraphrase_nudged(rng, d, n):
    s = [opener(d, rng)]
    st, _ = look(d, "A", d["ents"][0], rng)
    s.append(st)
    ps = PROMISES[:]
    rng.shuffle(ps)
    for i in range(rng.randint(5, 7)):
        s.append(
            llm(
                ps[i % len(ps)].format(t=d["thing"]),
                rng.choice(NUDGES) if n % 2 == 0 or i % 2 else None,
            )
        )
    return s


def L_paraphrase_monologue(rng, d, n):
    s = [opener(d, rng)]
    st, _ = look(d, "A", d["ents"][0], rng)
    s.append(st)
    cs = d["conclusion"][:]
    rng.shuffle(cs)
    for c in cs[: rng.randint(5, 6)]:
        s.append(
            llm(c + " " + rng.choice(["", "", "That's my read.", "I'm fairly confident."])).copy()
        )
    for x in s:
        if x["kind"] == "llm":
            x["text"] = x["text"].strip()
    return s


def draft_text(d, rng, include_missing=False, fix=""):
    sents = d["draft"][0][:]
    rng.shuffle(sents)
    body = " ".join(sents[: rng.randint(3, 5)])
    return body + (" " + fix if include_missing else "")


def L_regenerate_rejected(rng, d, n):
    s = [opener(d, rng)]
    st, _ = look(d, "A", d["ents"][0], rng)
    s.append(st)
    rej = d["draft"][2]
    s.append(llm("Draft: " + draft_text(d, rng)))
    for i in range(rng.randint(4, 5)):
        r = rej[0] if n % 3 == 0 else rej[i % len(rej)]
        s.append(
            llm(
                rng.choice(
                    ["Revised: ", "Here's another version: ", "Updated draft: ", "Try this: "]
                )
                + draft_text(d, rng),
                r,
            )
        )
    return s


def L_apology_repeat(rng, d, n):
    s = [opener(d, rng)]
    st, _ = look(d, "B", d["ents"][0], rng)
    s.append(st)
    wrongs, corr, _ = d["wrong"]
    s.append(llm(wrongs[0]))
    for i in range(rng.randint(4, 5)):
        s.append(
            llm(
                rng.choice(
                    ["Sorry about that. ", "Apologies. ", "You're right, my mistake. ", "Sorry! "]
                )
                + wrongs[(i + 1) % len(wrongs)],
                corr
                if i == 0
                else rng.choice([corr, "No. Same mistake.", "You're doing it again."]),
            )
        )
    return s


def L_status_stall(rng, d, n):
    s = [opener(d, rng)]
    name, key, ref, _, stuck = d["status"]
    for i in range(rng.randint(4, 5)):
        s.append(
            tool(
                name,
                {key: ref},
                d["render"](
                    [(key, ref), ("status", stuck), ("updated", "2026-03-11 08:02")], rng, False
                ),
            )
        )
        s.append(
            llm(
                rng.choice(
                    [
                        "Still " + stuck.split(" ")[0] + ". I'll check again.",
                        "No change yet; checking again.",
                        "Same status. Polling once more.",
                        "Hasn't moved. Another check.",
                    ]
                ),
                rng.choice(NUDGES) if n % 3 == 1 else None,
            )
        )
    return s


def L_ab_oscillation(rng, d, n):
    s = [opener(d, rng)]
    e = d["ents"][0]
    va = d["A"][2](rng, e)
    vb = d["B"][2](rng, d.get("B_ents", d["ents"])[0])
    for _ in range(rng.randint(3, 4)):
        s.append(look(d, "A", e, rng, vals=va)[0])
        s.append(look(d, "B", e, rng, vals=vb)[0])
    s.insert(rng.randint(2, 5), llm(rng.choice(d["remarks"])))
    return s


def L_cycle_of_three(rng, d, n):
    s = [opener(d, rng)]
    e = d["ents"][0]
    vs = {w: d[w][2](rng, d.get(w + "_ents", d["ents"])[0]) for w in "ABC"}
    for _ in range(3):
        for w in "ABC":
            s.append(look(d, w, e, rng, vals=vs[w])[0])
    return s


def L_failing_repeat(rng, d, n):
    s = [opener(d, rng)]
    name, args, err, _ = d["fail"]
    for _ in range(rng.randint(4, 5)):
        e = err if n % 2 == 0 else f"{err} [trace {rng.getrandbits(24):06x}]"
        s.append(tool(name, dict(args), e, True))
        s.append(
            llm(
                rng.choice(
                    ["Retrying.", "Let me try that again.", "Trying once more.", "Again."]
                    + d["remarks"][:2]
                )
            )
        )
    return s


def L_failing_reworded(rng, d, n):
    s = [opener(d, rng)]
    name, args, err, variants = d["fail"]
    s.append(tool(name, dict(args), err, True))
    s.append(
        llm(
            rng.choice(
                [
                    "Maybe the arguments are off. Adjusting.",
                    "Let me rephrase the call.",
                    "Trying a different form.",
                ]
            )
        )
    )
    vs = variants[:]
    rng.shuffle(vs)
    for v in vs:
        s.append(tool(name, dict(v), err, True))
        if rng.random() < 0.6:
            s.append(
                llm(
                    rng.choice(
                        [
                            "Different shape, let's see.",
                            "Try another format.",
                            "Maybe this spelling.",
                            "Hmm. Another variant.",
                        ]
                    )
                )
            )
    return s


def L_setting_flip(rng, d, n):
    s = [opener(d, rng)]
    name, key, target, values, ck, ckargs = d["setting"]
    vals = d["A"][2](rng, d["ents"][0])
    check = d["render"](vals, rng, False)
    seq = values[:2] if n % 2 == 0 else values
    for i in range(rng.randint(3, 4)):
        v = seq[i % len(seq)]
        s.append(tool(name, {"target": target, key: v}, f"ok: {target} {key} -> {v}"))
        s.append(tool(ck, dict(ckargs), check))
        if rng.random() < 0.6:
            s.append(
                llm(
                    rng.choice(
                        [
                            "No change. Switching it back.",
                            "Didn't help; trying the other value.",
                            "Same reading. Flip it.",
                            "Hmm, not it. Toggle again.",
                        ]
                    )
                )
            )
    return s


def L_write_verify_churn(rng, d, n):
    s = [opener(d, rng)]
    name, key, value, read = d["write"]
    rev = rng.randint(10, 90)
    for i in range(rng.randint(3, 4)):
        rev += 1
        s.append(tool(name, {key: value}, f"updated {key}={value} rev {rev}"))
        s.append(tool(read, {"key": key}, d["render"]([(key, value), ("rev", rev)], rng, False)))
        if i == 0 or rng.random() < 0.6:
            s.append(
                llm(
                    rng.choice(
                        [
                            "It's set. Writing it again to be sure.",
                            "Looks right; setting it once more to be safe.",
                            "Confirmed. I'll reapply to be certain.",
                            "Value is there. Re-applying.",
                        ]
                    )
                )
            )
    return s


def L_cursor_stuck(rng, d, n):
    s = [opener(d, rng)]
    name, items = d["list"]
    s.append(tool(name, {"limit": 3}, "\n".join(items[:3]) + "\nnext_cursor=c2"))
    for _ in range(rng.randint(3, 4)):
        s.append(
            llm(
                rng.choice(
                    [
                        "Next page.",
                        "Getting the next page.",
                        "Moving on to the next batch.",
                        "Continuing through the list.",
                    ]
                )
            )
        )
        s.append(
            tool(name, {"limit": 3, "cursor": "c2"}, "\n".join(items[3:6]) + "\nnext_cursor=c3")
        )
    return s


def L_after_progress(rng, d, n):
    s = [opener(d, rng)]
    for w in "ABC":
        st, p = look(d, w, d["ents"][0], rng)
        s += [st, llm(note(d, p, rng))]
    e = d["ents"][1]
    vals = d["B"][2](rng, d.get("B_ents", d["ents"])[1])
    for _ in range(3):
        s.append(look(d, "B", e, rng, vals=vals)[0])
        if rng.random() < 0.5:
            s.append(llm(rng.choice(d["remarks"])))
    return s


def L_plan_churn(rng, d, n):
    """Own kind: the agent rewrites its plan every turn and never executes a step."""
    s = [opener(d, rng)]
    st, _ = look(d, "A", d["ents"][0], rng)
    s.append(st)
    names = [d[w][0] for w in "ABC"]
    for i in range(rng.randint(5, 6)):
        order = names[:]
        rng.shuffle(order)
        s.append(
            llm(
                rng.choice(
                    ["Plan: ", "Revised plan: ", "Updated plan: ", "Let me restructure. Plan: "]
                )
                + "; ".join(f"({j + 1}) {o}" for j, o in enumerate(order))
                + "."
                + rng.choice(
                    [" Then I'll summarise.", " Then report back.", " Then write it up.", ""]
                ),
                rng.choice(NUDGES) if i % 2 else None,
            )
        )
    return s


def L_handoff_bounce(rng, d, n):
    """Own kind: a request handed to another queue bounces for a missing field; resent unchanged."""
    s = [opener(d, rng)]
    ref = d["status"][2]
    for i in range(rng.randint(4, 5)):
        s.append(
            tool(
                "submit_escalation",
                {"ref": ref, "summary": d["conclusion"][0]},
                f"RETURNED to sender: escalation for {ref} missing required field 'impact'",
            )
        )
        s.append(
            llm(
                rng.choice(
                    [
                        "Resubmitting the escalation.",
                        "Sending it back to them.",
                        "Escalating again.",
                        "Let me push it through once more.",
                    ]
                )
            )
        )
    return s


LOOPS = [
    ("exact_repeat", L_exact_repeat),
    ("volatile_result", L_volatile_result),
    ("volatile_args", L_volatile_args),
    ("paraphrase_nudged", L_paraphrase_nudged),
    ("paraphrase_monologue", L_paraphrase_monologue),
    ("regenerate_rejected", L_regenerate_rejected),
    ("apology_repeat", L_apology_repeat),
    ("status_stall", L_status_stall),
    ("ab_oscillation", L_ab_oscillation),
    ("cycle_of_three", L_cycle_of_three),
    ("failing_repeat", L_failing_repeat),
    ("failing_reworded", L_failing_reworded),
    ("setting_flip", L_setting_flip),
    ("write_verify_churn", L_write_verify_churn),
    ("cursor_stuck", L_cursor_stuck),
    ("after_progress", L_after_progress),
    ("plan_churn", L_plan_churn),
    ("handoff_bounce", L_handoff_bounce),
]


# ---------------------------------------------------------------- progress


def P_paging(rng, d, n):
    s = [opener(d, rng)]
    name, items = d["list"]
    for i, cur in enumerate([None, "c2", "c3", "c4"]):
        args: dict[str, Any] = {"limit": 2}
        if cur:
            args["cursor"] = cur
        tail = f"\nnext_cursor=c{i + 2}" if i < 3 else "\nnext_cursor=null"
        s.append(tool(name, args, "\n".join(items[i * 2 : i * 2 + 2]) + tail))
        if i < 3:
            s.append(
                llm(
                    rng.choice(
                        [
                            "Next page.",
                            "Continuing with the next page.",
                            "More to read.",
                            "On to the following page.",
                        ]
                    )
                    + " "
                    + f"Relevant so far: {items[i * 2]}."
                )
            )
        else:
            s.append(
                llm(
                    f"That's all {len(items)} entries; {items[0]} and {items[3]} are the ones that matter for this."
                )
            )
    return s


def P_corrected_retry(rng, d, n):
    s = [opener(d, rng)]
    name, key, gen = d["A"]
    e = d["ents"][0]
    s.append(tool(name, {key: e.lower() + "x"}, f"error: unknown {key} '{e.lower()}x'", True))
    s.append(llm(f"Typo in the {key}. Using {e}."))
    st, p = look(d, "A", e, rng)
    s += [st, llm(note(d, p, rng))]
    st, p = look(d, "B", e, rng)
    s += [st, llm(note(d, p, rng))]
    st, p = look(d, "C", e, rng)
    s += [st, llm(note(d, p, rng) + " " + rng.choice(d["conclusion"]))]
    return s


def P_summaries(rng, d, n):
    s = [opener(d, rng)]
    for w in "ABC":
        st, p = look(d, w, d["ents"][0], rng)
        s += [st, llm(note(d, p, rng))]
    s.append(llm(rng.choice(d["conclusion"]) + " " + " ".join(d["draft"][0][:2])))
    return s


def P_polling_converges(rng, d, n):
    s = [opener(d, rng)]
    name, key, ref, states, _ = d["status"]
    seq = [states[0], states[0], *states[1:]] if n % 2 == 0 else states
    for i, st in enumerate(seq):
        s.append(
            tool(
                name,
                {key: ref},
                d["render"](
                    [
                        (key, ref),
                        ("status", st),
                        ("updated", f"2026-03-11 {8 + i:02d}:{rng.randint(0, 59):02d}"),
                    ],
                    rng,
                    False,
                ),
            )
        )
        s.append(
            llm(
                f"Status {st}. "
                + ("Waiting a bit longer." if i < len(seq) - 1 else "Done - moving on.")
            )
        )
    return s


def P_status_updates(rng, d, n):
    s = [opener(d, rng)]
    for _ in range(4):
        st, p = look(d, "A", d["ents"][0], rng)
        s += [st, llm(note(d, p, rng))]
    return s


def P_draft_iterations(rng, d, n):
    s = [opener(d, rng)]
    st, _ = look(d, "A", d["ents"][0], rng)
    s.append(st)
    sents, missing, rej = d["draft"]
    s.append(llm("Draft: " + draft_text(d, rng)))
    s.append(
        llm(
            f"Revised, now with {missing}: "
            + draft_text(d, rng, True, f"({missing} added as requested)"),
            rej[0],
        )
    )
    s.append(
        llm(
            "Tightened: " + draft_text(d, rng, True, f"({missing} kept, shorter intro)"),
            "Better. Shorter opening, please.",
        )
    )
    s.append(tool("send_message", {"to": "requester"}, "sent"))
    s.append(llm("Sent the final version."))
    return s


def P_entities(rng, d, n):
    s = [opener(d, rng)]
    for e in d["ents"][:4]:
        st, p = look(d, "A", e, rng)
        s += [st, llm(note(d, p, rng))]
    return s


def P_converging_checks(rng, d, n):
    s = [opener(d, rng)]
    name, key, value, read = d["write"]
    for i, v in enumerate([value, round(value * 1.15, 1), round(value * 0.97, 1)]):
        s.append(tool(name, {key: v}, f"updated {key}={v}"))
        st, p = look(d, "A", d["ents"][0], rng)
        s += [
            st,
            llm(
                ["Overshot; nudging back.", "Closer. One more adjustment.", "In band now. Done."][i]
            ),
        ]
    return s


def P_transient_retry(rng, d, n):
    s = [opener(d, rng)]
    name, key, _ = d["A"]
    e = d["ents"][0]
    for i in range(2):
        s.append(tool(name, {key: e}, d["transient"], True))
        s.append(llm(["Transient error; waiting 10s.", "Still busy; backing off 30s."][i]))
    st, p = look(d, "A", e, rng)
    s += [st, llm(note(d, p, rng))]
    st, p = look(d, "B", e, rng)
    s += [st, llm(note(d, p, rng))]
    return s


def P_search_refinement(rng, d, n):
    s = [opener(d, rng)]
    name, qs = d["search"]
    for i, q in enumerate(qs):
        hits = [412, 37, 3][i]
        s.append(
            tool(
                name,
                {"q": q},
                f"{hits} results\n"
                + "\n".join(f"- {q} #{rng.randint(100, 999)}" for _ in range(min(hits, 3))),
            )
        )
        s.append(
            llm(
                [
                    "Too broad; narrowing.",
                    "Better; one more term.",
                    "Three hits - reading the first.",
                ][i]
            )
        )
    st, p = look(d, "C", d["ents"][0], rng)
    s += [st, llm(note(d, p, rng))]
    return s


def P_user_questions(rng, d, n):
    s = [opener(d, rng)]
    qs = ["And what about the second one?", "One more: the third?"]
    for i, w in enumerate("ABC"):
        if i:
            s.append(
                llm(
                    rng.choice(["Good question, checking.", "Sure, looking.", "Let me see."]),
                    qs[i - 1],
                )
            )
        st, p = look(d, w, d["ents"][i], rng)
        s.append(st)
        s.append(llm(note(d, p, rng) + " " + rng.choice(d["conclusion"])))
    return s


def P_reread_after_edit(rng, d, n):
    s = [opener(d, rng)]
    name, key, value, read = d["write"]
    s.append(tool(read, {"key": key}, d["render"]([(key, "unset"), ("rev", 4)], rng, False)))
    s.append(tool(name, {key: value}, f"updated {key}={value} rev 5"))
    s.append(tool(read, {"key": key}, d["render"]([(key, value), ("rev", 5)], rng, False)))
    s.append(llm("Set and confirmed. Now the second field."))
    s.append(tool(name, {"note": "per request"}, "updated note rev 6"))
    s.append(
        tool(read, {"key": "note"}, d["render"]([("note", "per request"), ("rev", 6)], rng, False))
    )
    s.append(
        llm(
            f"Both edits confirmed: {key} is {value} at rev 6 with the note attached. "
            + rng.choice(d["conclusion"])
        )
    )
    return s


def P_requested_recheck(rng, d, n):
    s = [opener(d, rng)]
    e = d["ents"][0]
    fixes = ["I've reseated the connector, check again.", "Swapped the cable too - again please."]
    for i in range(3):
        if i:
            s.append(
                llm(
                    rng.choice(
                        ["Thanks, re-checking.", "Okay, looking again.", "Checking after your fix."]
                    ),
                    fixes[i - 1],
                )
            )
        st, p = look(d, "A", e, rng)
        s.append(st)
        s.append(llm(note(d, p, rng) + (" Over to you." if i < 2 else " Looks good now.")))
    return s


def P_bisect_narrowing(rng, d, n):
    s = [opener(d, rng)]
    name, key, gen = d["A"]
    lo, hi = 1, 16
    while hi - lo > 1:
        mid = (lo + hi) // 2
        bad = rng.random() < 0.5
        s.append(
            tool(
                name,
                {key: d["ents"][0], "day": mid},
                d["render"](
                    gen(rng, d["ents"][0]) + [("day", mid), ("anomaly", "yes" if bad else "no")],
                    rng,
                    False,
                ),
            )
        )
        s.append(
            llm(
                f"Day {mid} {'shows' if bad else 'does not show'} it; range now {lo if bad else mid}-{mid if bad else hi}."
            )
        )
        lo, hi = (lo, mid) if bad else (mid, hi)
    return s


def P_plan_ticked(rng, d, n):
    """Own kind: the plan is restated each turn, but with a step executed and ticked off."""
    s = [opener(d, rng)]
    names = [d[w][0] for w in "ABC"]
    for i, w in enumerate("ABC"):
        st, p = look(d, w, d["ents"][0], rng)
        s.append(st)
        s.append(
            llm(
                "Plan: "
                + "; ".join(("[x] " if j <= i else "[ ] ") + nm for j, nm in enumerate(names))
                + ". "
                + note(d, p, rng)
            )
        )
    s.append(llm("All three done. " + rng.choice(d["conclusion"]) + " " + d["draft"][0][0]))
    return s


def P_handoff_fixed(rng, d, n):
    """Own kind: an escalation bounces once, the missing field is added, it is accepted."""
    s = [opener(d, rng)]
    ref = d["status"][2]
    s.append(
        tool(
            "submit_escalation",
            {"ref": ref, "summary": d["conclusion"][0]},
            f"RETURNED to sender: escalation for {ref} missing required field 'impact'",
        )
    )
    s.append(llm("They need an impact statement. Adding it."))
    s.append(
        tool(
            "submit_escalation",
            {"ref": ref, "summary": d["conclusion"][0], "impact": "medium"},
            f"ACCEPTED: escalation ESC-{rng.randint(1000, 9999)} queued",
        )
    )
    s.append(llm("Accepted. Checking it landed."))
    st, p = look(d, "A", d["ents"][0], rng)
    s += [st, llm(note(d, p, rng))]
    st, p = look(d, "B", d["ents"][0], rng)
    s += [st, llm(note(d, p, rng) + " " + rng.choice(d["conclusion"]))]
    return s


PROGRESS = [
    ("paging", P_paging),
    ("corrected_retry", P_corrected_retry),
    ("summaries", P_summaries),
    ("polling_converges", P_polling_converges),
    ("status_updates", P_status_updates),
    ("draft_iterations", P_draft_iterations),
    ("entities", P_entities),
    ("converging_checks", P_converging_checks),
    ("transient_retry", P_transient_retry),
    ("search_refinement", P_search_refinement),
    ("user_questions", P_user_questions),
    ("reread_after_edit", P_reread_after_edit),
    ("requested_recheck", P_requested_recheck),
    ("bisect_narrowing", P_bisect_narrowing),
    ("plan_ticked", P_plan_ticked),
    ("handoff_fixed", P_handoff_fixed),
]


def counts(n_categories: int, total: int = 96) -> list[int]:
    base, extra = divmod(total, n_categories)
    return [base + (1 if i < extra else 0) for i in range(n_categories)]


def build() -> list[Row]:
    domains = [make() for make in DOMAINS]
    rows: list[Row] = []
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        position = 0
        for (category, builder), k in zip(builders, counts(len(builders)), strict=True):
            for n in range(k):
                d = domains[position % len(domains)]
                position += 1
                rid = f"fourteenth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{category}",
                        "domain": d["name"],
                        "steps": as_observed(builder(rng, d, n)),
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
