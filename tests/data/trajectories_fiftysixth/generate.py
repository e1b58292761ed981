"""Generate trajectory set 56 (blind): 208 rows, 13 loop and 13 progress kinds, 8 domains.

Standard library only and deterministic: every row gets its own ``random.Random`` seeded from
SEED and the row id; the randomness only sets envelope noise (ids, timings, timestamps) and how
many times a loop pattern repeats. Run as a script to write ``trajectories.jsonl`` next to it.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path

SEED = 5656
HERE = Path(__file__).resolve().parent

LOOP_KINDS = [
    "exact_repeat",
    "paraphrased_repeat",
    "ab_oscillation",
    "failing_tool_retry",
    "same_action_same_observation",
    "identical_monologue",
    "identical_tool_calls",
    "restart_from_first_page",
    "clarification_loop",
    "verification_spiral",
    "broadening_search_no_hits",
    "tool_hopping_same_blocker",
    "scope_creep_drift",
]
PROGRESS_KINDS = [
    "templated_progress_report",
    "summarise_related_documents",
    "edit_validate_cycle",
    "retry_corrected_argument",
    "polling_until_complete",
    "acknowledging_new_inputs",
    "paging_through_results",
    "requery_after_filter_change",
    "successive_clarifications",
    "verify_then_close",
    "refined_search_hits",
    "fallback_tool_succeeds",
    "justified_detour",
]


# --- script items ---------------------------------------------------------------------------


def U(obs, text):
    """An agent message written after new input from a person."""
    return ("u", obs, text)


def C(tool, args, body):
    """A tool call that succeeds."""
    return ("c", tool, args, body, False)


def E(tool, args, body):
    """A tool call that fails."""
    return ("c", tool, args, body, True)


def R(lo, hi, items):
    """Repeat a block of items k times, lo <= k <= hi."""
    return ("r", lo, hi, items)


def CY(lo, hi, items):
    """Cycle through single-step items until n steps, lo <= n <= hi."""
    return ("cy", lo, hi, items)


def N(lo, hi, text, nudges):
    """The same agent text k times; from the second on, after the person's next nudge."""
    return ("n", lo, hi, text, nudges)


def P(lo, items):
    """The first k items of a list, lo <= k <= len(items)."""
    return ("p", lo, items)


# --- envelope noise -------------------------------------------------------------------------


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _uuid(rng):
    h = _hex(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])


def _iso(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ts.microsecond // 1000)


def env_kiln(rng, body, err, ts):
    out = dict(body)
    out["_server"] = "PIWEB-KLN0%d" % rng.randint(1, 2)
    out["_elapsed_ms"] = rng.randint(14, 390)
    out["_retrieved"] = _iso(ts)
    return out


def env_aml(rng, body, err, ts):
    key = "error" if err else "data"
    meta = {"request_id": "req_" + _hex(rng, 14), "duration_ms": rng.randint(40, 900)}
    meta["api_version"] = "2024-09-01"
    return {key: body, "meta": meta}


def env_asc(rng, body, err, ts):
    out = dict(body)
    if "errors" in out:
        out["errors"] = [dict(e, id=_uuid(rng)) for e in out["errors"]]
    rem = rng.randint(2900, 3580)
    out["_http"] = {
        "x-apple-request-uuid": _uuid(rng),
        "x-rate-limit": "user-hour-lim:3600;user-hour-rem:%d;" % rem,
    }
    return out


def env_ukg(rng, body, err, ts):
    out = {"status": "FAILURE" if err else "SUCCESS", "correlationId": _uuid(rng)}
    out["serverTime"] = _iso(ts)
    out["errors" if err else "result"] = body
    return out


def env_crane(rng, body, err, ts):
    out = {"ok": not err, "trace_id": _hex(rng, 16), "latency_ms": rng.randint(60, 1400)}
    out.update(body)
    return out


def env_lidar(rng, body, err, ts):
    out = dict(body)
    out["ResponseMetadata"] = {
        "RequestId": _hex(rng, 16).upper(),
        "HostId": _hex(rng, 40),
        "HTTPStatusCode": out.pop("_status", 200),
        "RetryAttempts": 0,
    }
    return out


def env_cdp(rng, body, err, ts):
    out = dict(body)
    out["_headers"] = {
        "x-request-id": _uuid(rng),
        "x-ratelimit-remaining": str(rng.randint(40, 990)),
        "date": ts.strftime("%a, %d %b %Y %H:%M:%S GMT"),
    }
    return out


def env_escrow(rng, body, err, ts):
    out = {"success": not err, "requestId": _hex(rng, 24), "timestamp": _iso(ts)}
    out["error" if err else "data"] = body
    return out


# --- rendering ------------------------------------------------------------------------------


def _tool_step(rng, dom, item, clock):
    _, tool, args, body, err = item
    clock[0] += timedelta(seconds=rng.randint(1, 9), milliseconds=rng.randint(0, 999))
    if callable(body):
        body = body(rng, clock[0])
    if isinstance(body, str):
        obs = body
    else:
        obs = json.dumps(dom["env"](rng, body, err, clock[0]), ensure_ascii=False)
    return {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": err}


def _render(rng, dom, script, clock):
    steps = []
    for item in script:
        if isinstance(item, str):
            clock[0] += timedelta(seconds=rng.randint(2, 20))
            steps.append({"kind": "llm", "text": item, "observation": ""})
        elif item[0] == "u":
            clock[0] += timedelta(seconds=rng.randint(20, 300))
            steps.append({"kind": "llm", "text": item[2], "observation": item[1]})
        elif item[0] == "c":
            steps.append(_tool_step(rng, dom, item, clock))
        elif item[0] == "r":
            for _ in range(rng.randint(item[1], item[2])):
                steps.extend(_render(rng, dom, item[3], clock))
        elif item[0] == "cy":
            n = rng.randint(item[1], item[2])
            cyc = [item[3][i % len(item[3])] for i in range(n)]
            steps.extend(_render(rng, dom, cyc, clock))
        elif item[0] == "n":
            k = rng.randint(item[1], item[2])
            for i in range(k):
                obs = item[4][(i - 1) % len(item[4])] if i and item[4] else ""
                steps.extend(_render(rng, dom, [U(obs, item[3])], clock))
        elif item[0] == "p":
            k = rng.randint(item[1], len(item[2]))
            steps.extend(_render(rng, dom, item[2][:k], clock))
        else:
            raise ValueError(item[0])
    return steps


def build():
    rows = []
    by_kind = {}
    for dom in DOMAINS:
        for kind, script in dom["rows"]():
            by_kind.setdefault(kind, []).append((dom, script))
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind in kinds:
            entries = by_kind[kind]
            assert len(entries) == 8, (kind, len(entries))
            for n, (dom, script) in enumerate(entries, start=1):
                row_id = "fiftysixth-%s-%s-%03d" % (label, kind, n)
                rng = random.Random("%d:%s" % (SEED, row_id))
                clock = [dom["t0"] + timedelta(days=n % 4, minutes=rng.randint(0, 600))]
                script = script + FOLLOW_UPS.get((dom["name"], kind), [])
                steps = _render(rng, dom, script, clock)
                assert 6 <= len(steps) <= 20, (row_id, len(steps))
                assert steps[0]["kind"] == "llm", row_id
                assert steps[0]["observation"], row_id
                assert all(s["text"] for s in steps if s["kind"] == "llm"), row_id
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": steps,
                    }
                )
    return rows


# --- domain 1: cement kiln process control --------------------------------------------------


def kiln_rows():
    snap = C(
        "pi_get_snapshot",
        {"tags": ["K1.BZT.PV", "K1.FEED.TPH", "K1.O2.INLET", "K1.MAINBURNER.COAL.SP"]},
        {
            "Items": [
                {"Name": "K1.BZT.PV", "Value": 1447.8, "UnitsAbbreviation": "°C", "Good": True},
                {"Name": "K1.FEED.TPH", "Value": 312.4, "UnitsAbbreviation": "t/h", "Good": True},
                {"Name": "K1.O2.INLET", "Value": 2.71, "UnitsAbbreviation": "%", "Good": True},
                {
                    "Name": "K1.MAINBURNER.COAL.SP",
                    "Value": 9.8,
                    "UnitsAbbreviation": "t/h",
                    "Good": True,
                },
            ]
        },
    )
    lims = C(
        "lims_sample_results",
        {"sample_point": "CLK-K1-COOLER", "last": 3},
        {
            "samples": [
                {"id": "S-88412", "taken": "05:58", "fCaO_pct": 2.94, "LSF": 97.1, "SM": 2.41},
                {"id": "S-88396", "taken": "03:57", "fCaO_pct": 2.31, "LSF": 96.4, "SM": 2.44},
                {"id": "S-88381", "taken": "01:59", "fCaO_pct": 1.62, "LSF": 95.8, "SM": 2.46},
            ]
        },
    )
    wo = C(
        "maximo_query_workorders",
        {"siteid": "PLT2", "location": "K1-IDFAN", "status": ["WAPPR", "APPR", "INPRG"]},
        {
            "member": [
                {
                    "wonum": "WO-417723",
                    "description": "ID fan bearing DE temp trending up",
                    "status": "APPR",
                    "wopriority": 2,
                }
            ],
            "responseInfo": {"totalCount": 1},
        },
    )
    hist_nox = C(
        "pi_get_recorded",
        {
            "tag": "K1.STACK.NOX",
            "start": "*-8h",
            "end": "*",
            "summary": "Average",
            "interval": "1h",
        },
        {
            "Items": [
                {"Timestamp": "0%d:00" % h, "Value": v}
                for h, v in zip(range(8), [612, 640, 655, 701, 744, 790, 812, 836], strict=True)
            ],
            "UnitsAbbreviation": "mg/Nm³",
        },
    )
    return [
        (
            "exact_repeat",
            [
                U(
                    "Free lime on K1 clinker is 2.94 on the 06:00 grab. Trim the main burner if the APC lets you and tell me what you did.",
                    "Looking at the kiln now before I touch anything.",
                ),
                snap,
                lims,
                N(
                    5,
                    12,
                    "Free lime is trending up over the last three samples, so I'm going to increase main burner coal by 0.2 t/h and confirm on the next cooler sample.",
                    [
                        "ok, do it",
                        "Did the setpoint go in? I don't see it moving on the faceplate.",
                        "Still 9.8 on my screen.",
                        "Are you actually writing it or just telling me?",
                    ],
                ),
            ],
        ),
        (
            "paraphrased_repeat",
            [
                U(
                    "NOx on the K1 stack has been climbing all night, we're close to the 800 permit limit. Can you pull the trend and suggest an ammonia dose change for the SNCR?",
                    "On it, pulling the stack trend first.",
                ),
                hist_nox,
                P(
                    5,
                    [
                        "The average crossed 800 at 05:00. I'll now work out the new ammonia water flow for the SNCR lances.",
                        "Next I'm going to calculate a dose change for the SNCR based on that trend.",
                        "Let me figure out how much the 25% ammonia water flow should go up.",
                        "I'll put together the SNCR dosing recommendation right away.",
                        "Working out the ammonia increase for you now; it should take a moment.",
                        "Going to compute the lance flow adjustment so NOx drops back under the limit.",
                        "I will prepare the SNCR ammonia suggestion next.",
                        "Right, the dose recommendation is what I'm doing now.",
                    ],
                ),
            ],
        ),
        (
            "ab_oscillation",
            [
                U(
                    "K1 inlet O2 keeps swinging. Tune the ID fan speed so we hold 2.5-3.0% at the inlet, the APC is off for now.",
                    "Understood, APC is off. Reading current O2 and fan speed.",
                ),
                snap,
                CY(
                    7,
                    15,
                    [
                        C(
                            "dcs_write_setpoint",
                            {"tag": "K1.IDFAN.SPEED.SP", "value": 84.0, "unit": "%"},
                            {
                                "Written": True,
                                "Tag": "K1.IDFAN.SPEED.SP",
                                "Value": 84.0,
                                "Previous": 82.0,
                                "ReadBack": {"K1.O2.INLET": 3.21},
                            },
                        ),
                        C(
                            "dcs_write_setpoint",
                            {"tag": "K1.IDFAN.SPEED.SP", "value": 82.0, "unit": "%"},
                            {
                                "Written": True,
                                "Tag": "K1.IDFAN.SPEED.SP",
                                "Value": 82.0,
                                "Previous": 84.0,
                                "ReadBack": {"K1.O2.INLET": 2.38},
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "failing_tool_retry",
            [
                U(
                    "Burning zone looks cold, 1430 and dropping. Put the main burner coal up to 10.2 t/h please.",
                    "Checking the kiln state before writing the setpoint.",
                ),
                snap,
                CY(
                    5,
                    13,
                    [
                        E(
                            "dcs_write_setpoint",
                            {"tag": "K1.MAINBURNER.COAL.SP", "value": 10.2},
                            {
                                "Errors": [
                                    "OPC UA BadUserAccessDenied (0x801F0000): write rejected, node ns=2;s=K1.MAINBURNER.COAL.SP is in CASCADE mode owned by APC"
                                ]
                            },
                        ),
                        "Write was rejected; trying it again.",
                        E(
                            "dcs_write_setpoint",
                            {"tag": "K1.MAINBURNER.COAL.SP", "value": 10.2},
                            {
                                "Errors": [
                                    "OPC UA BadUserAccessDenied (0x801F0000): write rejected, node ns=2;s=K1.MAINBURNER.COAL.SP is in CASCADE mode owned by APC"
                                ]
                            },
                        ),
                        E(
                            "dcs_write_setpoint",
                            {"tag": "K1.MAINBURNER.COAL.SP", "value": 10.2},
                            {
                                "Errors": [
                                    "OPC UA BadUserAccessDenied (0x801F0000): write rejected, node ns=2;s=K1.MAINBURNER.COAL.SP is in CASCADE mode owned by APC"
                                ]
                            },
                        ),
                        "Might be a transient OPC hiccup, one more attempt.",
                    ],
                ),
            ],
        ),
        (
            "same_action_same_observation",
            [
                U(
                    "The 08:00 clinker sample should be through the XRF by now. Tell me the free lime as soon as it's in.",
                    "I'll watch LIMS for the 08:00 result.",
                ),
                lims,
                CY(
                    8,
                    16,
                    [
                        C(
                            "lims_sample_results",
                            {"sample_point": "CLK-K1-COOLER", "last": 1},
                            {
                                "samples": [
                                    {
                                        "id": "S-88412",
                                        "taken": "05:58",
                                        "fCaO_pct": 2.94,
                                        "LSF": 97.1,
                                        "SM": 2.41,
                                    }
                                ]
                            },
                        ),
                        "Latest is still the 05:58 sample. Checking again.",
                        C(
                            "lims_sample_results",
                            {"sample_point": "CLK-K1-COOLER", "last": 1},
                            {
                                "samples": [
                                    {
                                        "id": "S-88412",
                                        "taken": "05:58",
                                        "fCaO_pct": 2.94,
                                        "LSF": 97.1,
                                        "SM": 2.41,
                                    }
                                ]
                            },
                        ),
                        "No 08:00 entry yet.",
                    ],
                ),
            ],
        ),
        (
            "identical_monologue",
            [
                U(
                    "Raw mill 2 tripped on high vibration. Work out whether we need to cut kiln feed given the blending silo level, and by how much.",
                    "Pulling silo level and feed first.",
                ),
                C(
                    "pi_get_snapshot",
                    {"tags": ["BS1.LEVEL.PCT", "RM2.STATUS", "K1.FEED.TPH"]},
                    {
                        "Items": [
                            {"Name": "BS1.LEVEL.PCT", "Value": 41.5, "Good": True},
                            {"Name": "RM2.STATUS", "Value": "TRIPPED", "Good": True},
                            {"Name": "K1.FEED.TPH", "Value": 312.4, "Good": True},
                        ]
                    },
                ),
                N(
                    5,
                    14,
                    "Silo is at 41.5% with RM2 down. Calculating how long the silo lasts at 312 t/h feed.",
                    [],
                ),
            ],
        ),
        (
            "identical_tool_calls",
            [
                U(
                    "Shell scanner is showing a hot spot around 38 m on K1. Is it coating loss or refractory? Give me a view.",
                    "Getting the shell temperature profile.",
                ),
                C(
                    "maximo_query_workorders",
                    {"siteid": "PLT2", "location": "K1-SHELL", "status": ["APPR", "INPRG"]},
                    {"member": [], "responseInfo": {"totalCount": 0}},
                ),
                R(
                    5,
                    14,
                    [
                        C(
                            "shell_scanner_profile",
                            {"kiln": "K1", "from_m": 30, "to_m": 45},
                            lambda rng, ts: {
                                "scan_id": "SS-%d" % rng.randint(700000, 799999),
                                "max_c": 388 + rng.randint(-3, 3),
                                "at_m": 38.2,
                                "sector_deg": 210,
                                "profile": [301, 318, 355, 388, 362, 320],
                            },
                        )
                    ],
                ),
            ],
        ),
        (
            "restart_from_first_page",
            [
                U(
                    "I need every alarm on K1 over the last 24 hours for the shift report, grouped by area.",
                    "Exporting the alarm journal from the DCS.",
                ),
                snap,
                CY(
                    7,
                    14,
                    [
                        C(
                            "dcs_alarm_journal",
                            {"unit": "K1", "since": "-24h", "page": 1, "page_size": 50},
                            {
                                "page": 1,
                                "pages": 3,
                                "alarms": [
                                    {"tag": "K1.CYC4.DRAFT", "type": "LO", "count": 17},
                                    {"tag": "K1.BZT.PV", "type": "LO", "count": 4},
                                ],
                            },
                        ),
                        C(
                            "dcs_alarm_journal",
                            {"unit": "K1", "since": "-24h", "page": 2, "page_size": 50},
                            {
                                "page": 2,
                                "pages": 3,
                                "alarms": [
                                    {"tag": "K1.COOLER.GRATE1.PRESS", "type": "HI", "count": 9}
                                ],
                            },
                        ),
                        "Some of these repeat across pages; I'll re-export from the start so the grouping is clean.",
                    ],
                ),
            ],
        ),
        (
            "clarification_loop",
            [
                U(
                    "Prepare a work order for the ID fan bearing, WO-417723 is already approved, we just need the lubrication task added for Tuesday night shift.",
                    "Let me pull the existing work order.",
                ),
                wo,
                P(
                    5,
                    [
                        "Before I add anything: which asset is this for exactly, the ID fan or the cooler exhaust fan?",
                        U(
                            "ID fan. K1-IDFAN. It's in the work order.",
                            "Thanks. And is this a new work order or should it go onto an existing one?",
                        ),
                        U(
                            "Existing. WO-417723, like I said.",
                            "Understood. To be sure I get it right, which shift do you want the lubrication task scheduled on?",
                        ),
                        U(
                            "Tuesday night shift.",
                            "Got it. Just confirming the equipment: is it K1-IDFAN or a different fan?",
                        ),
                        U(
                            "K1-IDFAN. Please just add the task.",
                            "Okay. Should I create a new work order for the lubrication, or attach it to one that exists?",
                        ),
                        U("WO-417723!!", "Noted. Which night would you like it planned for?"),
                    ],
                ),
            ],
        ),
        (
            "verification_spiral",
            [
                U(
                    "Switch K1 alternative fuel feeder from tyre chips to RDF at 4 t/h, the tyre line is down for maintenance.",
                    "Checking the feeders before switching.",
                ),
                C(
                    "pi_get_snapshot",
                    {"tags": ["AF.TYRE.TPH", "AF.RDF.TPH"]},
                    {
                        "Items": [
                            {"Name": "AF.TYRE.TPH", "Value": 3.9, "Good": True},
                            {"Name": "AF.RDF.TPH", "Value": 0.0, "Good": True},
                        ]
                    },
                ),
                C(
                    "dcs_write_setpoint",
                    {"tag": "AF.RDF.TPH.SP", "value": 4.0},
                    {"Written": True, "Tag": "AF.RDF.TPH.SP", "Value": 4.0, "Previous": 0.0},
                ),
                CY(
                    6,
                    15,
                    [
                        C(
                            "pi_get_snapshot",
                            {"tags": ["AF.RDF.TPH"]},
                            {"Items": [{"Name": "AF.RDF.TPH", "Value": 4.02, "Good": True}]},
                        ),
                        "RDF is at setpoint. Let me just make sure by checking the weigh belt too.",
                        C(
                            "pi_get_recorded",
                            {"tag": "AF.RDF.BELT.TPH", "start": "*-10m", "end": "*"},
                            {"Items": [{"Value": 3.98}, {"Value": 4.01}, {"Value": 4.03}]},
                        ),
                        C(
                            "pi_get_snapshot",
                            {"tags": ["AF.TYRE.TPH"]},
                            {"Items": [{"Name": "AF.TYRE.TPH", "Value": 0.0, "Good": True}]},
                        ),
                        "Both look right. I'll verify once more in case the reading was stale.",
                    ],
                ),
            ],
        ),
        (
            "broadening_search_no_hits",
            [
                U(
                    "Find me the last time we changed the burner pipe on K1, I need the date and who did it.",
                    "Searching maintenance history.",
                ),
                wo,
                CY(
                    6,
                    13,
                    [
                        C(
                            "maximo_search_history",
                            {"siteid": "PLT2", "text": "burner pipe K1 replace"},
                            {"member": [], "responseInfo": {"totalCount": 0}},
                        ),
                        C(
                            "maximo_search_history",
                            {"siteid": "PLT2", "text": "burner pipe"},
                            {"member": [], "responseInfo": {"totalCount": 0}},
                        ),
                        "Nothing yet, widening the wording.",
                        C(
                            "maximo_search_history",
                            {"siteid": "PLT2", "text": "burner"},
                            {"member": [], "responseInfo": {"totalCount": 0}},
                        ),
                        C(
                            "maximo_search_history",
                            {"siteid": "PLT2", "text": "main burner lance"},
                            {"member": [], "responseInfo": {"totalCount": 0}},
                        ),
                        C(
                            "maximo_search_history",
                            {"siteid": "PLT2", "text": "K1 burner nozzle tip"},
                            {"member": [], "responseInfo": {"totalCount": 0}},
                        ),
                        "Still empty. Trying broader terms.",
                    ],
                ),
            ],
        ),
        (
            "tool_hopping_same_blocker",
            [
                U(
                    "Get me yesterday's kiln 1 clinker production total and the specific heat consumption for the daily report.",
                    "Pulling the production figures.",
                ),
                lims,
                CY(
                    6,
                    13,
                    [
                        E(
                            "pi_get_summary",
                            {
                                "tag": "K1.CLK.PROD.TPD",
                                "start": "y",
                                "end": "t",
                                "summary": "Total",
                            },
                            {
                                "Errors": [
                                    "[-10401] No Write Access - Secure Object. Identity PLT2\\svc-agent is not mapped to PI Data Archive PIDA-KLN"
                                ]
                            },
                        ),
                        "PI summary was refused. I'll get it from the historian SQL view instead.",
                        E(
                            "pi_sql_query",
                            {
                                "sql": "SELECT SUM(value) FROM piarchive..picomp2 WHERE tag='K1.CLK.PROD.TPD' AND time >= 'y'"
                            },
                            {
                                "Errors": [
                                    "[-10401] No Read Access - Secure Object. Identity PLT2\\svc-agent is not mapped to PI Data Archive PIDA-KLN"
                                ]
                            },
                        ),
                        "Trying the recorded values endpoint then.",
                        E(
                            "pi_get_recorded",
                            {"tag": "K1.CLK.PROD.TPD", "start": "y", "end": "t"},
                            {
                                "Errors": [
                                    "[-10401] No Read Access - Secure Object. Identity PLT2\\svc-agent is not mapped to PI Data Archive PIDA-KLN"
                                ]
                            },
                        ),
                        E(
                            "pi_get_snapshot",
                            {"tags": ["K1.SHC.KCALKG"]},
                            {
                                "Errors": [
                                    "[-10401] No Read Access - Secure Object. Identity PLT2\\svc-agent is not mapped to PI Data Archive PIDA-KLN"
                                ]
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "scope_creep_drift",
            [
                U(
                    "Can you confirm the cooler grate 1 speed setpoint we ran during last night's upset? Just the number, it's for the incident log.",
                    "I'll look at the grate history.",
                ),
                snap,
                P(
                    5,
                    [
                        "Before that, I noticed the cyclone 4 draft alarm count is high; let me look at those.",
                        C(
                            "dcs_alarm_journal",
                            {"unit": "K1", "tag": "K1.CYC4.DRAFT", "since": "-7d"},
                            {"alarms": [{"type": "LO", "count": 61}], "page": 1, "pages": 1},
                        ),
                        "Interesting. The cyclone drafts may relate to the raw meal chemistry, checking the LSF history.",
                        C(
                            "lims_sample_results",
                            {"sample_point": "KILNFEED", "last": 12},
                            {
                                "samples": [
                                    {"id": "S-88%03d" % i, "LSF": 96 + (i % 3) * 0.4}
                                    for i in range(300, 312)
                                ]
                            },
                        ),
                        "LSF is fine. Let me also check the quarry blend plan, since limestone quality drives it.",
                        C(
                            "quarry_blend_plan",
                            {"week": "current"},
                            {
                                "faces": [
                                    {"face": "Q3-North", "CaO_pct": 49.8, "share": 0.62},
                                    {"face": "Q1-East", "CaO_pct": 47.1, "share": 0.38},
                                ]
                            },
                        ),
                        "While I'm here, the coal mill fineness could be worth a look.",
                        C(
                            "lims_sample_results",
                            {"sample_point": "COALMILL-OUT", "last": 5},
                            {
                                "samples": [
                                    {"id": "S-87990", "R90_pct": 11.2},
                                    {"id": "S-88001", "R90_pct": 12.8},
                                ]
                            },
                        ),
                    ],
                ),
            ],
        ),
        # progress
        (
            "templated_progress_report",
            [
                U(
                    "Backfill the missing hourly kiln KPIs into the monthly energy report for the 3rd to the 6th, the historian gap got fixed.",
                    "I'll fill the report one day at a time.",
                ),
                C(
                    "energy_report_get",
                    {"month": "2026-11", "sheet": "K1-hourly"},
                    {
                        "missing_days": ["2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"],
                        "rows": 720,
                    },
                ),
                C(
                    "energy_report_fill",
                    {"day": "2026-11-03", "source": "PIDA-KLN"},
                    {"inserted_rows": 24, "shc_kcal_per_kg_avg": 742},
                ),
                "Day 3 filled: 24 rows, SHC 742 kcal/kg.",
                C(
                    "energy_report_fill",
                    {"day": "2026-11-04", "source": "PIDA-KLN"},
                    {"inserted_rows": 24, "shc_kcal_per_kg_avg": 751},
                ),
                "Day 4 filled: 24 rows, SHC 751 kcal/kg.",
                C(
                    "energy_report_fill",
                    {"day": "2026-11-05", "source": "PIDA-KLN"},
                    {"inserted_rows": 22, "shc_kcal_per_kg_avg": 768, "gaps": ["13:00", "14:00"]},
                ),
                "Day 5 filled: 22 rows, SHC 768 kcal/kg (13:00 and 14:00 still blank in PI, flagged).",
                C(
                    "energy_report_fill",
                    {"day": "2026-11-06", "source": "PIDA-KLN"},
                    {"inserted_rows": 24, "shc_kcal_per_kg_avg": 739},
                ),
                "Day 6 filled: 24 rows, SHC 739 kcal/kg. The backfill is done; 94 rows added and two hours on the 5th remain genuinely missing in the historian.",
            ],
        ),
        (
            "summarise_related_documents",
            [
                U(
                    "We had three ring formation events on K1 this year. Read the RCAs and tell me what they have in common before tomorrow's reliability meeting.",
                    "Finding the RCA documents.",
                ),
                C(
                    "sharepoint_search",
                    {"site": "PLT2-Reliability", "query": "K1 ring formation RCA", "year": 2026},
                    {
                        "hits": [
                            {"id": "RCA-2026-004", "title": "K1 mid-kiln ring, Feb"},
                            {"id": "RCA-2026-011", "title": "K1 ring at 22m, May"},
                            {"id": "RCA-2026-019", "title": "K1 inlet ring, Sep"},
                        ]
                    },
                ),
                C(
                    "sharepoint_get_document",
                    {"id": "RCA-2026-004"},
                    {
                        "title": "K1 mid-kiln ring, Feb",
                        "pages": 9,
                        "sections": {
                            "cause": "SO3/K2O ratio above 1.2 after petcoke share raised to 60%",
                            "action": "limit petcoke to 45%",
                        },
                    },
                ),
                "February: sulphur excess from a high petcoke share; they capped petcoke at 45%.",
                C(
                    "sharepoint_get_document",
                    {"id": "RCA-2026-011"},
                    {
                        "title": "K1 ring at 22m, May",
                        "pages": 6,
                        "sections": {
                            "cause": "reducing conditions, inlet O2 below 1.5% for 9 h during ID fan derate",
                            "action": "O2 interlock alarm at 1.8%",
                        },
                    },
                ),
                "May: reducing conditions from low inlet O2 while the ID fan was derated, which also volatilises sulphur.",
                C(
                    "sharepoint_get_document",
                    {"id": "RCA-2026-019"},
                    {
                        "title": "K1 inlet ring, Sep",
                        "pages": 11,
                        "sections": {
                            "cause": "sulphur cycle build-up, bypass closed for repair; SO3 in hot meal 4.1%",
                            "action": "bypass availability KPI",
                        },
                    },
                ),
                "September: sulphur cycle again, with the bypass out of service.",
                "Common thread: all three are sulphur-driven. Too much SO3 relative to alkalis (Feb, Sep) or reducing conditions freeing sulphur (May). I'd bring SO3 in hot meal as a leading indicator with an alarm near 3%, plus the bypass availability KPI from the September action.",
            ],
        ),
        (
            "edit_validate_cycle",
            [
                U(
                    "Update the K1 APC model config for the new ID fan curve and get it to pass validation before the 14:00 engineering review.",
                    "Fetching the current config.",
                ),
                C(
                    "apc_get_config",
                    {"controller": "K1_EXPERT_OPT"},
                    {
                        "version": 57,
                        "mvs": ["IDFAN.SPEED", "COAL.MB", "COAL.PC", "FEED"],
                        "gain_matrix_rows": 6,
                    },
                ),
                C(
                    "apc_patch_config",
                    {
                        "controller": "K1_EXPERT_OPT",
                        "path": "mvs.IDFAN.SPEED.limits",
                        "value": [70, 92],
                    },
                    {"draft_version": 58},
                ),
                C(
                    "apc_validate",
                    {"controller": "K1_EXPERT_OPT", "version": 58},
                    {
                        "valid": False,
                        "errors": [
                            "gain O2/IDFAN.SPEED sign mismatch vs step test ST-2026-31",
                            "IDFAN.SPEED rate limit 2.0 exceeds VFD ramp 1.5 %/min",
                        ],
                    },
                ),
                C(
                    "apc_patch_config",
                    {"controller": "K1_EXPERT_OPT", "path": "gains.O2.IDFAN.SPEED", "value": 0.064},
                    {"draft_version": 59},
                ),
                C(
                    "apc_validate",
                    {"controller": "K1_EXPERT_OPT", "version": 59},
                    {
                        "valid": False,
                        "errors": ["IDFAN.SPEED rate limit 2.0 exceeds VFD ramp 1.5 %/min"],
                    },
                ),
                C(
                    "apc_patch_config",
                    {
                        "controller": "K1_EXPERT_OPT",
                        "path": "mvs.IDFAN.SPEED.max_rate",
                        "value": 1.5,
                    },
                    {"draft_version": 60},
                ),
                C(
                    "apc_validate",
                    {"controller": "K1_EXPERT_OPT", "version": 60},
                    {"valid": True, "errors": [], "warnings": ["condition number 41 (ok < 100)"]},
                ),
                "Draft v60 validates: new fan limits 70-92%, O2 gain re-signed from step test ST-2026-31, rate limited to the VFD's 1.5 %/min. Ready for the 14:00 review; not deployed.",
            ],
        ),
        (
            "retry_corrected_argument",
            [
                U(
                    "Give me the hourly average burning zone temperature for last night, 22:00 to 06:00.",
                    "Querying the historian.",
                ),
                snap,
                E(
                    "pi_get_recorded",
                    {
                        "tag": "K1.BZT",
                        "start": "y+22h",
                        "end": "t+6h",
                        "summary": "Average",
                        "interval": "1h",
                    },
                    {"Errors": ["[-12010] Point not found: 'K1.BZT'. Did you mean 'K1.BZT.PV'?"]},
                ),
                "The tag needs the .PV suffix; retrying with it.",
                C(
                    "pi_get_recorded",
                    {
                        "tag": "K1.BZT.PV",
                        "start": "y+22h",
                        "end": "t+6h",
                        "summary": "Average",
                        "interval": "1h",
                    },
                    {
                        "Items": [
                            {"Timestamp": "%02d:00" % (h % 24), "Value": v}
                            for h, v in zip(
                                range(22, 30),
                                [1451, 1449, 1446, 1438, 1431, 1429, 1436, 1444],
                                strict=True,
                            )
                        ],
                        "UnitsAbbreviation": "°C",
                    },
                ),
                "Hourly BZT from 22:00: 1451, 1449, 1446, 1438, 1431, 1429, 1436, 1444 °C. The dip bottoms out around 03:00, which matches the rising free lime on the 04:00 sample.",
            ],
        ),
        (
            "polling_until_complete",
            [
                U(
                    "Lab says the 10:00 clinker sample is on the XRF now. Once it's in, tell me if we need to adjust the raw mix.",
                    "Checking LIMS.",
                ),
                lims,
                C(
                    "lims_sample_results",
                    {"sample_point": "CLK-K1-COOLER", "status": "all", "last": 1},
                    {"samples": [{"id": "S-88440", "taken": "10:01", "status": "IN_ANALYSIS"}]},
                ),
                "10:01 sample is logged, still in analysis.",
                C(
                    "lims_sample_results",
                    {"sample_point": "CLK-K1-COOLER", "status": "all", "last": 1},
                    {"samples": [{"id": "S-88440", "taken": "10:01", "status": "IN_ANALYSIS"}]},
                ),
                C(
                    "lims_sample_results",
                    {"sample_point": "CLK-K1-COOLER", "status": "all", "last": 1},
                    {
                        "samples": [
                            {
                                "id": "S-88440",
                                "taken": "10:01",
                                "status": "REVIEW",
                                "fCaO_pct": 1.48,
                                "LSF": 95.2,
                            }
                        ]
                    },
                ),
                C(
                    "lims_sample_results",
                    {"sample_point": "CLK-K1-COOLER", "status": "all", "last": 1},
                    {
                        "samples": [
                            {
                                "id": "S-88440",
                                "taken": "10:01",
                                "status": "RELEASED",
                                "fCaO_pct": 1.48,
                                "LSF": 95.2,
                                "SM": 2.47,
                                "AM": 1.52,
                            }
                        ]
                    },
                ),
                "Released: free lime 1.48%, LSF 95.2, SM 2.47. That's inside the 1.0-2.0 band, so no raw mix change is needed; the fuel trim from this morning did its job.",
            ],
        ),
        (
            "acknowledging_new_inputs",
            [
                U(
                    "I'm walking the kiln now, I'll shout out defects and you log them as notifications in Maximo.",
                    "Ready. I'll confirm each one as it goes in.",
                ),
                C(
                    "maximo_whoami",
                    {},
                    {"personid": "AGENT-PLT2", "defsite": "PLT2", "can_create": ["SR", "NOTIF"]},
                ),
                U("Tyre 2 support roller, oil drip on the DE side.", "Logged."),
                C(
                    "maximo_create_notification",
                    {
                        "location": "K1-TYRE2-SR",
                        "description": "Support roller oil drip DE side",
                        "priority": 3,
                    },
                    {"ticketid": "SR-90211"},
                ),
                U("Kiln inlet seal, a couple of the leaf plates are bent.", "Logged."),
                C(
                    "maximo_create_notification",
                    {
                        "location": "K1-INLET-SEAL",
                        "description": "Bent inlet seal leaf plates",
                        "priority": 2,
                    },
                    {"ticketid": "SR-90212"},
                ),
                U("Girth gear guard, bolt missing at 4 o'clock.", "Logged."),
                C(
                    "maximo_create_notification",
                    {
                        "location": "K1-GIRTH-GUARD",
                        "description": "Guard bolt missing at 4 o'clock position",
                        "priority": 3,
                    },
                    {"ticketid": "SR-90213"},
                ),
                U(
                    "That's all for now.",
                    "Three notifications raised: SR-90211 (roller oil drip), SR-90212 (inlet seal plates, priority 2), SR-90213 (girth gear guard bolt).",
                ),
            ],
        ),
        (
            "paging_through_results",
            [
                U(
                    "Export every K1 refractory work order from 2024 onwards so I can build the brick life table.",
                    "Querying Maximo for refractory work.",
                ),
                wo,
                C(
                    "maximo_query_workorders",
                    {
                        "siteid": "PLT2",
                        "worktype": "REFR",
                        "reportdate_gte": "2024-01-01",
                        "pageno": 1,
                        "pagesize": 25,
                    },
                    {
                        "member": [{"wonum": "WO-3%05d" % i} for i in range(3)],
                        "responseInfo": {"totalCount": 61, "pagenum": 1, "totalPages": 3},
                    },
                ),
                C(
                    "maximo_query_workorders",
                    {
                        "siteid": "PLT2",
                        "worktype": "REFR",
                        "reportdate_gte": "2024-01-01",
                        "pageno": 2,
                        "pagesize": 25,
                    },
                    {
                        "member": [{"wonum": "WO-3%05d" % i} for i in range(25, 28)],
                        "responseInfo": {"totalCount": 61, "pagenum": 2, "totalPages": 3},
                    },
                ),
                C(
                    "maximo_query_workorders",
                    {
                        "siteid": "PLT2",
                        "worktype": "REFR",
                        "reportdate_gte": "2024-01-01",
                        "pageno": 3,
                        "pagesize": 25,
                    },
                    {
                        "member": [{"wonum": "WO-3%05d" % i} for i in range(50, 53)],
                        "responseInfo": {"totalCount": 61, "pagenum": 3, "totalPages": 3},
                    },
                ),
                C("sheet_write", {"file": "K1_brick_life.xlsx", "rows": 61}, {"written": 61}),
                "All 61 refractory work orders across 3 pages are in K1_brick_life.xlsx, one row each with install date and zone.",
            ],
        ),
        (
            "requery_after_filter_change",
            [
                U(
                    "List the K1 trips from the last 90 days with their first-out cause.",
                    "Pulling the trip log.",
                ),
                snap,
                C(
                    "dcs_trip_log",
                    {"unit": "K1", "since": "-90d", "page": 1},
                    {
                        "page": 1,
                        "pages": 2,
                        "trips": [
                            {"t": "09-02 04:11", "first_out": "ID fan VFD fault"},
                            {"t": "09-19 22:40", "first_out": "Cooler grate 1 overpressure"},
                        ],
                    },
                ),
                C(
                    "dcs_trip_log",
                    {"unit": "K1", "since": "-90d", "page": 2},
                    {
                        "page": 2,
                        "pages": 2,
                        "trips": [{"t": "10-27 13:05", "first_out": "Main burner flame failure"}],
                    },
                ),
                U(
                    "Sorry, I meant feed trips too, not just full kiln trips. Can you include the kiln feed interlocks?",
                    "Okay, re-running with feed interlocks included; that's a different event class so I'll start from page 1.",
                ),
                C(
                    "dcs_trip_log",
                    {
                        "unit": "K1",
                        "since": "-90d",
                        "classes": ["KILN_TRIP", "FEED_INTERLOCK"],
                        "page": 1,
                    },
                    {
                        "page": 1,
                        "pages": 2,
                        "trips": [
                            {
                                "t": "08-30 10:02",
                                "class": "FEED_INTERLOCK",
                                "first_out": "Cyclone 4 draft low",
                            },
                            {
                                "t": "09-02 04:11",
                                "class": "KILN_TRIP",
                                "first_out": "ID fan VFD fault",
                            },
                        ],
                    },
                ),
                C(
                    "dcs_trip_log",
                    {
                        "unit": "K1",
                        "since": "-90d",
                        "classes": ["KILN_TRIP", "FEED_INTERLOCK"],
                        "page": 2,
                    },
                    {
                        "page": 2,
                        "pages": 2,
                        "trips": [
                            {
                                "t": "10-11 18:47",
                                "class": "FEED_INTERLOCK",
                                "first_out": "Cyclone 4 draft low",
                            },
                            {
                                "t": "10-27 13:05",
                                "class": "KILN_TRIP",
                                "first_out": "Main burner flame failure",
                            },
                        ],
                    },
                ),
                "With feed interlocks: 6 events in 90 days. 3 full trips (ID fan VFD, cooler grate overpressure, flame failure) and 3 feed interlocks, all on cyclone 4 low draft. That draft is the repeat offender.",
            ],
        ),
        (
            "successive_clarifications",
            [
                U(
                    "Set up a test burn for the new biomass fuel next week.",
                    "Checking the alternative fuel permit first.",
                ),
                C(
                    "permit_register_get",
                    {"permit": "EA-EPR-KLN2"},
                    {
                        "alt_fuels_authorised": ["tyres", "RDF", "SRF", "biomass (clean wood)"],
                        "trial_notice_days": 5,
                    },
                ),
                "Clean wood biomass is on the permit with 5 days' notice. Which feed point do you want: the calciner or the main burner?",
                U("Calciner.", "And what rate should the trial start at, and for how many hours?"),
                U(
                    "1.5 t/h for 8 hours, then 3 t/h if emissions are okay.",
                    "Thanks. Who should be the responsible engineer on the trial notice?",
                ),
                U("Priya Nair.", "Drafting the notice now."),
                C(
                    "trial_notice_create",
                    {
                        "fuel": "biomass (clean wood)",
                        "point": "calciner",
                        "stages": [{"tph": 1.5, "h": 8}, {"tph": 3.0, "h": 8}],
                        "engineer": "Priya Nair",
                        "earliest_start": "+5d",
                    },
                    {"notice_id": "TN-2026-027", "earliest_start": "2026-12-04"},
                ),
                "Trial notice TN-2026-027 created: calciner biomass at 1.5 t/h for 8 h, then 3 t/h, Priya Nair responsible, earliest start 4 December because of the 5-day notice.",
            ],
        ),
        (
            "verify_then_close",
            [
                U(
                    "Put K1 kiln feed back up to 320 t/h now that the raw mill is back.",
                    "Checking silo level and raw mill status first.",
                ),
                C(
                    "pi_get_snapshot",
                    {"tags": ["BS1.LEVEL.PCT", "RM2.STATUS"]},
                    {
                        "Items": [
                            {"Name": "BS1.LEVEL.PCT", "Value": 58.2, "Good": True},
                            {"Name": "RM2.STATUS", "Value": "RUNNING", "Good": True},
                        ]
                    },
                ),
                C(
                    "dcs_write_setpoint",
                    {"tag": "K1.FEED.TPH.SP", "value": 320},
                    {"Written": True, "Tag": "K1.FEED.TPH.SP", "Value": 320, "Previous": 290},
                ),
                C(
                    "pi_get_recorded",
                    {"tag": "K1.FEED.TPH", "start": "*-5m", "end": "*"},
                    {"Items": [{"Value": 301.2}, {"Value": 313.8}, {"Value": 319.6}]},
                ),
                C(
                    "pi_get_snapshot",
                    {"tags": ["K1.O2.INLET", "K1.BZT.PV"]},
                    {
                        "Items": [
                            {"Name": "K1.O2.INLET", "Value": 2.64, "Good": True},
                            {"Name": "K1.BZT.PV", "Value": 1449.1, "Good": True},
                        ]
                    },
                ),
                "Feed is at 320 t/h (read back 319.6), inlet O2 2.64% and BZT 1449 °C are steady. Done; I'm not watching further unless you want me to.",
            ],
        ),
        (
            "refined_search_hits",
            [
                U(
                    "Find the vendor manual for the K1 cooler clinker crusher, I need the hammer tip clearance spec.",
                    "Searching the document library.",
                ),
                wo,
                C(
                    "doc_library_search",
                    {"q": "cooler crusher manual"},
                    {"results": [], "total": 0},
                ),
                C("doc_library_search", {"q": "clinker breaker"}, {"results": [], "total": 0}),
                "No hits under generic names; the OEM calls it a roll crusher. Searching by manufacturer and model from the asset register.",
                C(
                    "maximo_asset_get",
                    {"assetnum": "K1-CLK-CRUSH"},
                    {"manufacturer": "IKN", "model": "HRC 4x5", "serial": "18-0442"},
                ),
                C(
                    "doc_library_search",
                    {"q": "IKN HRC"},
                    {
                        "results": [
                            {
                                "doc": "DOC-55210",
                                "title": "IKN Heavy Roll Crusher HRC O&M Manual rev D",
                            }
                        ],
                        "total": 1,
                    },
                ),
                C(
                    "doc_library_get_section",
                    {"doc": "DOC-55210", "section": "7.3"},
                    {
                        "text": "Hammer/roll tooth tip to anvil clearance: 20 mm nominal, replace at 35 mm."
                    },
                ),
                "Found it in the IKN HRC O&M manual (DOC-55210, section 7.3): 20 mm nominal tip clearance, replace teeth at 35 mm.",
            ],
        ),
        (
            "fallback_tool_succeeds",
            [
                U(
                    "Quick one: what was the average cement mill 3 Blaine yesterday?",
                    "Checking LIMS.",
                ),
                snap,
                E(
                    "lims_sample_results",
                    {"sample_point": "CM3-OUT", "date": "yesterday"},
                    {
                        "Errors": [
                            "HTTP 503 Service Unavailable: LabWare LIMS Web Service is in maintenance until 14:00"
                        ]
                    },
                ),
                "LIMS web service is down for maintenance. The QCX robot lab pushes Blaine to PI as well, so I'll use that.",
                C(
                    "pi_get_summary",
                    {"tag": "CM3.BLAINE.QCX", "start": "y", "end": "t", "summary": "Average"},
                    {"Items": [{"Value": 3862, "Count": 12}], "UnitsAbbreviation": "cm²/g"},
                ),
                "Cement mill 3 averaged 3862 cm²/g Blaine yesterday over 12 QCX samples (taken from PI because LIMS is down until 14:00).",
            ],
        ),
        (
            "justified_detour",
            [
                U(
                    "Why did the K1 coal consumption jump 6% this week with the same clinker output?",
                    "Comparing fuel and output first.",
                ),
                C(
                    "pi_get_summary",
                    {
                        "tags": ["K1.COAL.TOTAL.TPH", "K1.CLK.PROD.TPD"],
                        "start": "-14d",
                        "interval": "7d",
                    },
                    {
                        "Items": [
                            {"tag": "K1.COAL.TOTAL.TPH", "values": [14.1, 14.95]},
                            {"tag": "K1.CLK.PROD.TPD", "values": [6020, 6010]},
                        ]
                    },
                ),
                "Output flat, coal up. Before blaming the kiln, I want to check the coal itself: the calorific value may have dropped.",
                C(
                    "lims_sample_results",
                    {"sample_point": "COAL-FINE", "last": 6},
                    {
                        "samples": [
                            {"id": "S-8790%d" % i, "NCV_kcal_kg": v}
                            for i, v in enumerate([6410, 6395, 6402, 6020, 6011, 5998])
                        ]
                    },
                ),
                C(
                    "stock_receipts",
                    {"material": "COAL", "since": "-10d"},
                    {
                        "receipts": [
                            {
                                "date": "11-21",
                                "supplier": "Ridgeline",
                                "vessel": "MV Orkney",
                                "t": 18000,
                            }
                        ]
                    },
                ),
                "NCV fell from ~6400 to ~6010 kcal/kg when the MV Orkney cargo started feeding on the 21st. That's about 6%.",
                C(
                    "pi_get_summary",
                    {
                        "tag": "K1.SHC.KCALKG",
                        "start": "-14d",
                        "interval": "7d",
                        "summary": "Average",
                    },
                    {"Items": [{"values": [744, 746]}]},
                ),
                "Answer: the kiln isn't less efficient (specific heat consumption 744 vs 746 kcal/kg). The new Ridgeline cargo has about 6% lower calorific value, so the same heat needs 6% more tonnes of coal.",
            ],
        ),
    ]


# --- domain 2: AML transaction monitoring ---------------------------------------------------


def aml_rows():
    alert = C(
        "tm_get_alert",
        {"alert_id": "ALR-2026-118934"},
        {
            "alert_id": "ALR-2026-118934",
            "scenario": "RAPID_MOVEMENT_OF_FUNDS",
            "customer_id": "C-00472291",
            "score": 78,
            "window": "2026-11-01/2026-11-14",
            "status": "OPEN",
            "assigned_to": "l1-queue",
        },
    )
    kyc = C(
        "kyc_get_customer",
        {"customer_id": "C-00472291"},
        {
            "customer_id": "C-00472291",
            "name": "Halvorsen Trading ApS",
            "type": "SME",
            "risk_rating": "MEDIUM",
            "nature_of_business": "import of used machinery",
            "expected_monthly_turnover_eur": 40000,
            "onboarded": "2023-04-12",
        },
    )
    txns = C(
        "core_txn_search",
        {"customer_id": "C-00472291", "from": "2026-11-01", "to": "2026-11-14", "min_amount": 5000},
        {
            "count": 4,
            "items": [
                {
                    "id": "TX-91F2",
                    "date": "11-03",
                    "dir": "IN",
                    "amount": 48500,
                    "ccy": "EUR",
                    "counterparty": "Brightmoor Ltd (GB)",
                },
                {
                    "id": "TX-91F9",
                    "date": "11-03",
                    "dir": "OUT",
                    "amount": 47900,
                    "ccy": "EUR",
                    "counterparty": "Sarkis General Trading FZE (AE)",
                },
                {
                    "id": "TX-9311",
                    "date": "11-10",
                    "dir": "IN",
                    "amount": 51200,
                    "ccy": "EUR",
                    "counterparty": "Brightmoor Ltd (GB)",
                },
                {
                    "id": "TX-9318",
                    "date": "11-10",
                    "dir": "OUT",
                    "amount": 50600,
                    "ccy": "EUR",
                    "counterparty": "Sarkis General Trading FZE (AE)",
                },
            ],
        },
    )
    screen_hit = C(
        "screening_check",
        {
            "name": "Sarkis General Trading FZE",
            "country": "AE",
            "lists": ["OFAC_SDN", "EU_CONS", "UK_HMT"],
        },
        {"matches": [], "screened_lists": 3, "fuzzy_threshold": 0.85},
    )
    return [
        (
            "exact_repeat",
            [
                U(
                    "Alert ALR-2026-118934 is yours. Decide whether it goes to L2 or gets closed, and write the disposition.",
                    "Pulling the alert and the customer profile.",
                ),
                alert,
                kyc,
                N(
                    4,
                    12,
                    "The pattern is in-and-out within the same day at roughly the same amounts, so I will escalate to L2 with a rapid-movement narrative once I have reviewed the counterparties.",
                    [
                        "Fine, go ahead and review them.",
                        "Have you looked at the counterparties yet?",
                        "The SLA on this alert ends at 17:00.",
                        "Please post the disposition.",
                    ],
                ),
            ],
        ),
        (
            "paraphrased_repeat",
            [
                U(
                    "Draft the SAR narrative for case CASE-77120, the L2 decision was to file. FIU deadline is Friday.",
                    "Opening the case.",
                ),
                C(
                    "case_get",
                    {"case_id": "CASE-77120"},
                    {
                        "case_id": "CASE-77120",
                        "decision": "FILE_SAR",
                        "subjects": ["C-00472291"],
                        "total_suspicious_eur": 198200,
                        "attachments": 6,
                    },
                ),
                P(
                    5,
                    [
                        "Got the case. I'll write the who/what/when/where/why narrative now.",
                        "Next up is drafting the narrative section for the SAR.",
                        "I'm going to start on the SAR text, covering the subject, the flows and why they're suspicious.",
                        "Let me put the narrative together for the FIU submission.",
                        "I'll compose the suspicious activity description shortly.",
                        "Now turning to the narrative write-up.",
                        "Going to produce the SAR narrative draft next so it's ready before Friday.",
                    ],
                ),
            ],
        ),
        (
            "ab_oscillation",
            [
                U(
                    "Set the risk rating for Halvorsen Trading after this review. Use the scoring tool, don't eyeball it.",
                    "Loading the profile.",
                ),
                kyc,
                CY(
                    6,
                    14,
                    [
                        C(
                            "risk_rating_set",
                            {
                                "customer_id": "C-00472291",
                                "rating": "HIGH",
                                "reason": "high-risk corridor AE, pass-through pattern",
                            },
                            {
                                "customer_id": "C-00472291",
                                "rating": "HIGH",
                                "previous": "MEDIUM",
                                "edd_required": True,
                            },
                        ),
                        C(
                            "risk_rating_set",
                            {
                                "customer_id": "C-00472291",
                                "rating": "MEDIUM",
                                "reason": "counterparty screening clear, documented trade",
                            },
                            {
                                "customer_id": "C-00472291",
                                "rating": "MEDIUM",
                                "previous": "HIGH",
                                "edd_required": False,
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "failing_tool_retry",
            [
                U(
                    "Attach the bank statements for November to CASE-77120, they're in the shared drive under Halvorsen.",
                    "Finding the statements.",
                ),
                C(
                    "drive_list",
                    {"path": "/aml/cases/Halvorsen/"},
                    {"files": [{"name": "stmt_2026-11.pdf", "size": 48213112}]},
                ),
                CY(
                    5,
                    14,
                    [
                        E(
                            "case_attach_file",
                            {
                                "case_id": "CASE-77120",
                                "path": "/aml/cases/Halvorsen/stmt_2026-11.pdf",
                            },
                            {
                                "code": "payload_too_large",
                                "status": 413,
                                "message": "Attachment exceeds maximum size of 25 MB (got 48.2 MB)",
                            },
                        ),
                        "Upload failed, retrying.",
                        E(
                            "case_attach_file",
                            {
                                "case_id": "CASE-77120",
                                "path": "/aml/cases/Halvorsen/stmt_2026-11.pdf",
                            },
                            {
                                "code": "payload_too_large",
                                "status": 413,
                                "message": "Attachment exceeds maximum size of 25 MB (got 48.2 MB)",
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "same_action_same_observation",
            [
                U(
                    "We asked the relationship manager for the invoices behind the Brightmoor payments. Close the RFI task when they land in the case.",
                    "Looking at the RFI.",
                ),
                C(
                    "case_get",
                    {"case_id": "CASE-77120"},
                    {
                        "case_id": "CASE-77120",
                        "open_tasks": [{"id": "RFI-3391", "to": "rm.jensen", "due": "2026-11-28"}],
                    },
                ),
                CY(
                    8,
                    17,
                    [
                        C(
                            "case_list_attachments",
                            {"case_id": "CASE-77120"},
                            {
                                "attachments": [
                                    {"name": "kyc_pack.pdf"},
                                    {"name": "tm_alert_export.csv"},
                                ],
                                "count": 2,
                            },
                        ),
                        "Invoices not attached yet.",
                        C(
                            "case_list_attachments",
                            {"case_id": "CASE-77120"},
                            {
                                "attachments": [
                                    {"name": "kyc_pack.pdf"},
                                    {"name": "tm_alert_export.csv"},
                                ],
                                "count": 2,
                            },
                        ),
                        "Still only two attachments; I'll check again.",
                    ],
                ),
            ],
        ),
        (
            "identical_monologue",
            [
                U(
                    "Is the Brightmoor/Sarkis flow consistent with 'import of used machinery'? Give me a yes or no with reasons.",
                    "Reading the transactions.",
                ),
                txns,
                N(
                    5,
                    14,
                    "Assessing whether the EUR flows match the declared machinery import business.",
                    [],
                ),
            ],
        ),
        (
            "identical_tool_calls",
            [
                U(
                    "Screen the new beneficiary on the outgoing wire WR-55821 before release, ops is holding it.",
                    "Getting the wire.",
                ),
                C(
                    "payments_get_wire",
                    {"wire_id": "WR-55821"},
                    {
                        "wire_id": "WR-55821",
                        "beneficiary": "Oleg Tarasenko",
                        "bank": "BIC UNJSUAUKXXX",
                        "amount": 9800,
                        "ccy": "USD",
                        "status": "HELD_COMPLIANCE",
                    },
                ),
                R(
                    5,
                    14,
                    [
                        C(
                            "screening_check",
                            {
                                "name": "Oleg Tarasenko",
                                "country": "UA",
                                "lists": ["OFAC_SDN", "EU_CONS", "UK_HMT"],
                            },
                            lambda rng, ts: {
                                "matches": [
                                    {
                                        "list": "EU_CONS",
                                        "entry": "TARASENKO, Oleh",
                                        "score": 0.87,
                                        "dob": "1971-03-02",
                                    }
                                ],
                                "screened_lists": 3,
                                "screening_id": "SCR-%d" % rng.randint(10**6, 10**7),
                            },
                        )
                    ],
                ),
            ],
        ),
        (
            "restart_from_first_page",
            [
                U(
                    "Pull all cash deposits over 9,000 EUR across the branch network last month so we can look for structuring.",
                    "Running the search.",
                ),
                C(
                    "tm_scenario_list",
                    {"family": "STRUCTURING"},
                    {"scenarios": ["CASH_NEAR_THRESHOLD", "MULTI_BRANCH_CASH"]},
                ),
                CY(
                    7,
                    15,
                    [
                        C(
                            "core_txn_search",
                            {
                                "channel": "BRANCH_CASH",
                                "from": "2026-10-01",
                                "to": "2026-10-31",
                                "min_amount": 9000,
                                "cursor": None,
                            },
                            {
                                "count": 100,
                                "has_more": True,
                                "next_cursor": "eyJvIjoxMDB9",
                                "items": [
                                    {"id": "TX-7A01", "amount": 9450},
                                    {"id": "TX-7A0C", "amount": 9900},
                                ],
                            },
                        ),
                        C(
                            "core_txn_search",
                            {
                                "channel": "BRANCH_CASH",
                                "from": "2026-10-01",
                                "to": "2026-10-31",
                                "min_amount": 9000,
                                "cursor": "eyJvIjoxMDB9",
                            },
                            {
                                "count": 100,
                                "has_more": True,
                                "next_cursor": "eyJvIjoyMDB9",
                                "items": [{"id": "TX-7B3E", "amount": 9200}],
                            },
                        ),
                        "The cursor results look out of order; I'd better start over from the first page to be safe.",
                    ],
                ),
            ],
        ),
        (
            "clarification_loop",
            [
                U(
                    "Close ALR-2026-120055 as false positive, the customer is a payroll bureau and the pattern is their normal salary run. Reason code FP-BUSINESS.",
                    "Pulling the alert.",
                ),
                C(
                    "tm_get_alert",
                    {"alert_id": "ALR-2026-120055"},
                    {
                        "alert_id": "ALR-2026-120055",
                        "scenario": "FAN_OUT",
                        "customer_id": "C-00110382",
                        "status": "OPEN",
                    },
                ),
                P(
                    5,
                    [
                        "Before I close it: what disposition do you want, escalate or close?",
                        U("Close. False positive.", "Okay. Which reason code should I record?"),
                        U(
                            "FP-BUSINESS.",
                            "Thanks. Just to double check the rationale, what's the customer's business?",
                        ),
                        U(
                            "Payroll bureau. Their salary run fans out to hundreds of employees.",
                            "Understood. Do you want this closed or sent to L2?",
                        ),
                        U(
                            "CLOSED. As I said at the start.",
                            "Noted. Which reason code applies here?",
                        ),
                        U(
                            "FP-BUSINESS. Third time.",
                            "Thanks. And what does the customer do, so the rationale is accurate?",
                        ),
                    ],
                ),
            ],
        ),
        (
            "verification_spiral",
            [
                U(
                    "Release the held wire WR-55821, the screening match was cleared by L2 as a different person (different DOB).",
                    "Checking the L2 clearance before release.",
                ),
                C(
                    "screening_get_decision",
                    {"wire_id": "WR-55821"},
                    {
                        "decision": "FALSE_MATCH",
                        "by": "l2.okafor",
                        "note": "DOB differs 1971 vs 1988",
                    },
                ),
                C(
                    "payments_release_wire",
                    {"wire_id": "WR-55821", "reason": "screening false match cleared by L2"},
                    {"wire_id": "WR-55821", "status": "RELEASED", "released_at": "14:02:11"},
                ),
                CY(
                    6,
                    15,
                    [
                        C(
                            "payments_get_wire",
                            {"wire_id": "WR-55821"},
                            {"wire_id": "WR-55821", "status": "RELEASED"},
                        ),
                        "Shows released. Let me confirm it actually left via SWIFT.",
                        C(
                            "swift_gpi_tracker",
                            {"uetr": "3f1d9c2a-77b0-4d61-9f2e-0a8b5c11e4d7"},
                            {"transaction_status": "ACCC", "last_update": "14:03:40"},
                        ),
                        C(
                            "screening_get_decision",
                            {"wire_id": "WR-55821"},
                            {"decision": "FALSE_MATCH", "by": "l2.okafor"},
                        ),
                        "Everything checks out; I'll verify one more time to be certain.",
                    ],
                ),
            ],
        ),
        (
            "broadening_search_no_hits",
            [
                U(
                    "Do we have any adverse media on Sarkis General Trading FZE or its owners? Needed for the EDD memo.",
                    "Checking screening first.",
                ),
                screen_hit,
                CY(
                    6,
                    13,
                    [
                        C(
                            "adverse_media_search",
                            {
                                "query": '"Sarkis General Trading FZE" fraud OR laundering OR sanctions'
                            },
                            {"articles": [], "total": 0},
                        ),
                        C(
                            "adverse_media_search",
                            {"query": '"Sarkis General Trading"'},
                            {"articles": [], "total": 0},
                        ),
                        "No articles. Relaxing the query.",
                        C(
                            "adverse_media_search",
                            {"query": "Sarkis Trading Dubai"},
                            {"articles": [], "total": 0},
                        ),
                        C(
                            "adverse_media_search",
                            {"query": "Sarkis FZE"},
                            {"articles": [], "total": 0},
                        ),
                        C(
                            "adverse_media_search",
                            {"query": "Sarkis UAE trading company investigation"},
                            {"articles": [], "total": 0},
                        ),
                        "Still nothing; trying other spellings.",
                    ],
                ),
            ],
        ),
        (
            "tool_hopping_same_blocker",
            [
                U(
                    "Get the UBO chain for Sarkis General Trading FZE, we need to know who owns it.",
                    "Starting with the counterparty record.",
                ),
                screen_hit,
                CY(
                    6,
                    13,
                    [
                        E(
                            "opencorporates_search",
                            {"q": "Sarkis General Trading FZE", "jurisdiction_code": "ae"},
                            {"status": 401, "message": "Invalid or expired api_token"},
                        ),
                        "OpenCorporates refused. I'll try the registry data vendor.",
                        E(
                            "registry_vendor_lookup",
                            {"entity_name": "Sarkis General Trading FZE", "country": "AE"},
                            {"status": 401, "message": "Invalid or expired api_token"},
                        ),
                        E(
                            "ubo_graph_query",
                            {"entity": "Sarkis General Trading FZE"},
                            {"status": 401, "message": "Invalid or expired api_token"},
                        ),
                        "Same problem. Let me use a different source for the ownership data.",
                        E(
                            "lei_lookup",
                            {"name": "Sarkis General Trading FZE"},
                            {"status": 401, "message": "Invalid or expired api_token"},
                        ),
                    ],
                ),
            ],
        ),
        (
            "scope_creep_drift",
            [
                U(
                    "Just confirm whether Halvorsen Trading's EDD review is overdue. Yes or no and the due date.",
                    "Opening the profile.",
                ),
                kyc,
                P(
                    5,
                    [
                        "The turnover looks high against the expected 40k. Let me check all of their counterparties this year.",
                        C(
                            "core_txn_search",
                            {
                                "customer_id": "C-00472291",
                                "from": "2026-01-01",
                                "group_by": "counterparty",
                            },
                            {
                                "groups": [
                                    {"cp": "Brightmoor Ltd", "n": 22},
                                    {"cp": "Sarkis General Trading FZE", "n": 19},
                                    {"cp": "Nordic Leasing A/S", "n": 4},
                                ]
                            },
                        ),
                        "Brightmoor is interesting; let me see who else at the bank transacts with Brightmoor.",
                        C(
                            "core_txn_search",
                            {
                                "counterparty": "Brightmoor Ltd",
                                "from": "2026-01-01",
                                "group_by": "customer",
                            },
                            {
                                "groups": [
                                    {"customer_id": "C-00588120", "n": 7},
                                    {"customer_id": "C-00472291", "n": 22},
                                ]
                            },
                        ),
                        "C-00588120 could be linked. Pulling their profile.",
                        kyc_other(),
                        "Their director might overlap with Halvorsen's; checking the companies registry.",
                        C(
                            "cvr_registry_lookup",
                            {"cvr": "41182230"},
                            {"name": "Brightmoor Nordic IVS", "directors": ["M. Lund"]},
                        ),
                    ],
                ),
            ],
        ),
        # progress
        (
            "templated_progress_report",
            [
                U(
                    "Run the quarterly re-screening for the high-risk book, all five segments, and keep me posted.",
                    "Loading the segment list.",
                ),
                C(
                    "kyc_segments",
                    {"risk_rating": "HIGH"},
                    {
                        "segments": ["PEP", "MSB", "CRYPTO_VASP", "CORRESPONDENT", "HRTC"],
                        "customers": 1184,
                    },
                ),
                C("screening_batch_run", {"segment": "PEP"}, {"screened": 312, "new_hits": 2}),
                "PEP segment done: 312 screened, 2 new hits.",
                C("screening_batch_run", {"segment": "MSB"}, {"screened": 221, "new_hits": 0}),
                "MSB segment done: 221 screened, 0 new hits.",
                C(
                    "screening_batch_run",
                    {"segment": "CRYPTO_VASP"},
                    {"screened": 97, "new_hits": 1},
                ),
                "CRYPTO_VASP segment done: 97 screened, 1 new hit.",
                C(
                    "screening_batch_run",
                    {"segment": "CORRESPONDENT"},
                    {"screened": 44, "new_hits": 0},
                ),
                "CORRESPONDENT segment done: 44 screened, 0 new hits.",
                C("screening_batch_run", {"segment": "HRTC"}, {"screened": 510, "new_hits": 4}),
                "HRTC segment done: 510 screened, 4 new hits. All 1,184 high-risk customers re-screened; 7 new hits are queued for L1.",
            ],
        ),
        (
            "summarise_related_documents",
            [
                U(
                    "Halvorsen sent three supporting documents for the Sarkis payments. Summarise them and say if they explain the flows.",
                    "Listing what they sent.",
                ),
                C(
                    "case_list_attachments",
                    {"case_id": "CASE-77120"},
                    {
                        "attachments": [
                            {"name": "invoice_BM-2211.pdf"},
                            {"name": "bill_of_lading_MSKU771.pdf"},
                            {"name": "sales_contract_Sarkis.pdf"},
                        ]
                    },
                ),
                C(
                    "doc_extract",
                    {"case_id": "CASE-77120", "name": "invoice_BM-2211.pdf"},
                    {
                        "issuer": "Brightmoor Ltd",
                        "buyer": "Halvorsen Trading ApS",
                        "goods": "2x used CNC lathes",
                        "amount_eur": 48500,
                        "date": "2026-11-02",
                    },
                ),
                "Invoice: Brightmoor sells Halvorsen two used CNC lathes for 48,500 EUR. So the inbound money is Brightmoor paying... no, this says Halvorsen is the buyer, which contradicts the inbound direction.",
                C(
                    "doc_extract",
                    {"case_id": "CASE-77120", "name": "bill_of_lading_MSKU771.pdf"},
                    {
                        "shipper": "Brightmoor Ltd, Felixstowe",
                        "consignee": "Sarkis General Trading FZE, Jebel Ali",
                        "cargo": "machinery, 2 pkgs",
                        "gross_kg": 9400,
                    },
                ),
                "Bill of lading: the lathes ship from Brightmoor in the UK directly to Sarkis in Jebel Ali; Halvorsen never takes the goods.",
                C(
                    "doc_extract",
                    {"case_id": "CASE-77120", "name": "sales_contract_Sarkis.pdf"},
                    {
                        "seller": "Halvorsen Trading ApS",
                        "buyer": "Sarkis General Trading FZE",
                        "price_eur": 47900,
                        "signed": "2026-11-04",
                    },
                ),
                "Contract: Halvorsen sells the same lathes to Sarkis for 47,900 EUR, signed a day after the money already moved.",
                "Together they don't explain the flows: the invoice direction contradicts the payment, Halvorsen sells at a loss, and the contract postdates the transfer. Recommend keeping the SAR decision and adding these inconsistencies to the narrative.",
            ],
        ),
        (
            "edit_validate_cycle",
            [
                U(
                    "Tune the CASH_NEAR_THRESHOLD rule so it stops flagging the casino's cage deposits but still catches real structuring; it must pass the backtest gate.",
                    "Getting the rule definition.",
                ),
                C(
                    "tm_rule_get",
                    {"rule": "CASH_NEAR_THRESHOLD"},
                    {
                        "version": 12,
                        "threshold_eur": 9000,
                        "window_days": 3,
                        "min_count": 2,
                        "exclusions": [],
                    },
                ),
                C(
                    "tm_rule_draft",
                    {"rule": "CASH_NEAR_THRESHOLD", "patch": {"exclusions": ["MCC_7995"]}},
                    {"draft": 13},
                ),
                C(
                    "tm_backtest",
                    {"rule": "CASH_NEAR_THRESHOLD", "version": 13, "period": "2026-Q3"},
                    {
                        "alerts": 412,
                        "baseline": 1280,
                        "known_sar_recall": 0.91,
                        "gate": {"recall_min": 0.95, "pass": False},
                    },
                ),
                C(
                    "tm_rule_draft",
                    {
                        "rule": "CASH_NEAR_THRESHOLD",
                        "patch": {"exclusions": ["MCC_7995"], "window_days": 5},
                    },
                    {"draft": 14},
                ),
                C(
                    "tm_backtest",
                    {"rule": "CASH_NEAR_THRESHOLD", "version": 14, "period": "2026-Q3"},
                    {
                        "alerts": 455,
                        "baseline": 1280,
                        "known_sar_recall": 0.96,
                        "gate": {"recall_min": 0.95, "pass": True},
                    },
                ),
                "Draft 14 passes the gate: casino cage deposits (MCC 7995) excluded and the window widened to 5 days. Alerts drop from 1,280 to 455 per quarter while recall on known SAR cases goes to 0.96 (gate is 0.95). It needs model-risk sign-off before activation.",
            ],
        ),
        (
            "retry_corrected_argument",
            [
                U(
                    "Pull the GBP wires for customer C-00588120 in Q3 for the lookback.",
                    "Searching payments.",
                ),
                C(
                    "kyc_get_customer",
                    {"customer_id": "C-00588120"},
                    {
                        "customer_id": "C-00588120",
                        "name": "Lund Maskin ApS",
                        "risk_rating": "MEDIUM",
                    },
                ),
                E(
                    "core_txn_search",
                    {
                        "customer_id": "C-00588120",
                        "from": "2026-07-01",
                        "to": "2026-09-30",
                        "channel": "WIRE",
                        "ccy": "GB",
                    },
                    {
                        "code": "invalid_parameter",
                        "status": 400,
                        "message": "ccy must be an ISO 4217 alphabetic code (e.g. 'GBP'), got 'GB'",
                        "param": "ccy",
                    },
                ),
                "Wrong currency code; using GBP.",
                C(
                    "core_txn_search",
                    {
                        "customer_id": "C-00588120",
                        "from": "2026-07-01",
                        "to": "2026-09-30",
                        "channel": "WIRE",
                        "ccy": "GBP",
                    },
                    {
                        "count": 3,
                        "items": [
                            {"id": "TX-6C10", "amount": 12000},
                            {"id": "TX-6F22", "amount": 8800},
                            {"id": "TX-7011", "amount": 15400},
                        ],
                    },
                ),
                "Three GBP wires in Q3 for Lund Maskin: 12,000, 8,800 and 15,400, total 36,200 GBP. Added to the lookback sheet.",
            ],
        ),
        (
            "polling_until_complete",
            [
                U(
                    "Submit the SAR for CASE-77120 to the FIU portal and give me the reference once it's accepted.",
                    "Checking the draft is final.",
                ),
                C(
                    "sar_get_draft",
                    {"case_id": "CASE-77120"},
                    {"status": "APPROVED_BY_MLRO", "schema": "goAML 5.0"},
                ),
                C(
                    "fiu_submit",
                    {"case_id": "CASE-77120", "format": "goAML_XML"},
                    {"submission_id": "SUB-4471902", "state": "RECEIVED"},
                ),
                C(
                    "fiu_submission_status",
                    {"submission_id": "SUB-4471902"},
                    {"state": "VALIDATING"},
                ),
                "Received, validating.",
                C(
                    "fiu_submission_status",
                    {"submission_id": "SUB-4471902"},
                    {"state": "VALIDATING"},
                ),
                C(
                    "fiu_submission_status",
                    {"submission_id": "SUB-4471902"},
                    {"state": "ACCEPTED", "fiu_reference": "DK-SAR-2026-0093317"},
                ),
                C(
                    "case_update",
                    {
                        "case_id": "CASE-77120",
                        "fields": {"fiu_reference": "DK-SAR-2026-0093317", "status": "FILED"},
                    },
                    {"updated": True},
                ),
                "Accepted by the FIU, reference DK-SAR-2026-0093317. The case is marked FILED with the reference recorded.",
            ],
        ),
        (
            "acknowledging_new_inputs",
            [
                U(
                    "I'll read you the L2 decisions from this morning's huddle, record each one against its alert.",
                    "Ready when you are.",
                ),
                C(
                    "tm_queue",
                    {"queue": "l2-huddle", "date": "today"},
                    {"alerts": ["ALR-2026-118934", "ALR-2026-119002", "ALR-2026-119377"]},
                ),
                U("118934: escalate to case, rapid movement confirmed.", "Recorded."),
                C(
                    "tm_disposition",
                    {
                        "alert_id": "ALR-2026-118934",
                        "decision": "ESCALATE",
                        "note": "rapid movement confirmed",
                    },
                    {"case_id": "CASE-77120"},
                ),
                U(
                    "119002: close, FP-BUSINESS, it's the dental chain's card settlements.",
                    "Recorded.",
                ),
                C(
                    "tm_disposition",
                    {
                        "alert_id": "ALR-2026-119002",
                        "decision": "CLOSE",
                        "reason": "FP-BUSINESS",
                        "note": "dental chain card settlements",
                    },
                    {"closed": True},
                ),
                U("119377: hold, waiting on RFI.", "Recorded."),
                C(
                    "tm_disposition",
                    {"alert_id": "ALR-2026-119377", "decision": "PEND_RFI"},
                    {"pended_until": "2026-12-05"},
                ),
                "All three huddle decisions are in: 118934 escalated (CASE-77120), 119002 closed FP-BUSINESS, 119377 pending RFI until 5 December.",
            ],
        ),
        (
            "paging_through_results",
            [
                U(
                    "List every open alert older than 30 days for the regulator's backlog return.",
                    "Querying the alert store.",
                ),
                C("tm_queue_stats", {}, {"open": 2318, "older_than_30d": 143}),
                C(
                    "tm_alert_search",
                    {"status": "OPEN", "created_before": "-30d", "limit": 50, "offset": 0},
                    {
                        "total": 143,
                        "items": [{"alert_id": "ALR-2026-09%04d" % i} for i in range(3)],
                    },
                ),
                C(
                    "tm_alert_search",
                    {"status": "OPEN", "created_before": "-30d", "limit": 50, "offset": 50},
                    {
                        "total": 143,
                        "items": [{"alert_id": "ALR-2026-10%04d" % i} for i in range(3)],
                    },
                ),
                C(
                    "tm_alert_search",
                    {"status": "OPEN", "created_before": "-30d", "limit": 50, "offset": 100},
                    {
                        "total": 143,
                        "items": [{"alert_id": "ALR-2026-10%04d" % i} for i in range(50, 53)],
                    },
                ),
                C(
                    "report_write",
                    {"template": "REG_BACKLOG", "rows": 143},
                    {"file": "reg_backlog_2026-11.xlsx"},
                ),
                "143 alerts over 30 days old, fetched in three pages of 50, are in reg_backlog_2026-11.xlsx; the oldest is from 9 September.",
            ],
        ),
        (
            "requery_after_filter_change",
            [
                U(
                    "Show me SARs we filed on crypto exchanges this year.",
                    "Searching filed cases.",
                ),
                C("case_stats", {"year": 2026}, {"filed_sar": 418}),
                C(
                    "case_search",
                    {"status": "FILED", "year": 2026, "tag": "CRYPTO_VASP", "page": 1},
                    {
                        "page": 1,
                        "total_pages": 2,
                        "items": [{"case_id": "CASE-70115"}, {"case_id": "CASE-71220"}],
                    },
                ),
                C(
                    "case_search",
                    {"status": "FILED", "year": 2026, "tag": "CRYPTO_VASP", "page": 2},
                    {"page": 2, "total_pages": 2, "items": [{"case_id": "CASE-75003"}]},
                ),
                U(
                    "Hmm, include cases where the counterparty was a VASP, not only customers that are VASPs.",
                    "That's a different filter; rerunning from the first page with counterparty type included.",
                ),
                C(
                    "case_search",
                    {
                        "status": "FILED",
                        "year": 2026,
                        "any_tag": ["CRYPTO_VASP", "CP_VASP"],
                        "page": 1,
                    },
                    {
                        "page": 1,
                        "total_pages": 1,
                        "items": [
                            {"case_id": "CASE-70115"},
                            {"case_id": "CASE-71220"},
                            {"case_id": "CASE-73390"},
                            {"case_id": "CASE-74481"},
                            {"case_id": "CASE-75003"},
                        ],
                    },
                ),
                "Five SARs this year: three on customers that are VASPs (70115, 71220, 75003) and two where the VASP was the counterparty (73390, 74481).",
            ],
        ),
        (
            "successive_clarifications",
            [
                U(
                    "Set up a one-off lookback on Lund Maskin.",
                    "Checking whether one exists.",
                ),
                C("lookback_list", {"customer_id": "C-00588120"}, {"lookbacks": []}),
                "None exist. What period should it cover?",
                U(
                    "Last 12 months.",
                    "Which transaction types, wires only or everything including card?",
                ),
                U("Wires and cash, no card.", "Who should own it?"),
                U("Put it on Mette.", "Creating it."),
                C(
                    "lookback_create",
                    {
                        "customer_id": "C-00588120",
                        "from": "2025-11-29",
                        "to": "2026-11-28",
                        "channels": ["WIRE", "BRANCH_CASH"],
                        "owner": "mette.holm",
                    },
                    {"lookback_id": "LB-2026-0312"},
                ),
                "Lookback LB-2026-0312 created for Lund Maskin: 12 months, wires and cash, owned by Mette Holm.",
            ],
        ),
        (
            "verify_then_close",
            [
                U(
                    "Add the EDD flag to Halvorsen Trading and set next review to 6 months.",
                    "Reading the current profile.",
                ),
                kyc,
                C(
                    "kyc_update_customer",
                    {"customer_id": "C-00472291", "edd": True, "next_review": "2027-05-28"},
                    {"updated": ["edd", "next_review"]},
                ),
                C(
                    "kyc_get_customer",
                    {"customer_id": "C-00472291", "fields": ["edd", "next_review"]},
                    {"edd": True, "next_review": "2027-05-28"},
                ),
                C(
                    "tm_customer_segments",
                    {"customer_id": "C-00472291"},
                    {"segments": ["SME", "EDD"], "effective": "next batch 02:00"},
                ),
                "Done: EDD flag set, next review 28 May 2027, and the customer lands in the EDD monitoring segment from tonight's 02:00 batch.",
            ],
        ),
        (
            "refined_search_hits",
            [
                U(
                    "Did we ever onboard anyone connected to 'Brightmoor'? Check the customer base.",
                    "Searching KYC.",
                ),
                txns,
                C("kyc_search", {"name": "Brightmoor Ltd"}, {"results": []}),
                C("kyc_search", {"name": "Brightmoor", "fuzzy": False}, {"results": []}),
                "No exact names. Trying fuzzy matching and related parties, since a connected company might be registered differently.",
                C(
                    "kyc_search",
                    {"name": "Brightmoor", "fuzzy": True, "include_related_parties": True},
                    {
                        "results": [
                            {
                                "customer_id": "C-00588120",
                                "match": "related party: director M. Lund, also director of Brightmoor Nordic IVS",
                                "score": 0.82,
                            }
                        ]
                    },
                ),
                C(
                    "kyc_get_customer",
                    {"customer_id": "C-00588120"},
                    {
                        "name": "Lund Maskin ApS",
                        "directors": ["Mikkel Lund"],
                        "risk_rating": "MEDIUM",
                    },
                ),
                "Yes: Lund Maskin ApS (C-00588120). Its director Mikkel Lund also directs Brightmoor Nordic IVS. Worth adding as a linked party on CASE-77120.",
            ],
        ),
        (
            "fallback_tool_succeeds",
            [
                U(
                    "Screen 'Aurum Nexus Holdings' against sanctions before tomorrow's onboarding call.",
                    "Running the check.",
                ),
                C("kyc_search", {"name": "Aurum Nexus Holdings"}, {"results": []}),
                E(
                    "screening_check",
                    {"name": "Aurum Nexus Holdings", "lists": ["OFAC_SDN", "EU_CONS", "UK_HMT"]},
                    {
                        "status": 504,
                        "message": "Gateway Timeout: upstream list service did not respond within 30000 ms",
                    },
                ),
                "The primary screening gateway timed out; the batch screening engine uses the same lists and is up, so I'll run it there.",
                C(
                    "screening_batch_adhoc",
                    {"names": ["Aurum Nexus Holdings"], "lists": ["OFAC_SDN", "EU_CONS", "UK_HMT"]},
                    {
                        "results": [{"name": "Aurum Nexus Holdings", "matches": []}],
                        "list_versions": {
                            "OFAC_SDN": "2026-11-27",
                            "EU_CONS": "2026-11-26",
                            "UK_HMT": "2026-11-27",
                        },
                    },
                ),
                "Aurum Nexus Holdings: no matches on OFAC SDN, EU consolidated or UK HMT (lists as of 26-27 Nov). Screened through the batch engine because the real-time gateway timed out.",
            ],
        ),
        (
            "justified_detour",
            [
                U(
                    "Why is the FAN_OUT scenario suddenly generating triple the alerts this week?",
                    "Pulling the alert volume.",
                ),
                C(
                    "tm_scenario_stats",
                    {"scenario": "FAN_OUT", "weeks": 3},
                    {"weekly_alerts": [140, 152, 461]},
                ),
                "Before blaming customers, I want to check whether the rule or its reference data changed.",
                C(
                    "tm_rule_history",
                    {"rule": "FAN_OUT"},
                    {
                        "changes": [
                            {
                                "version": 7,
                                "date": "2026-11-24",
                                "by": "deploy-bot",
                                "diff": "payroll_bureau_exclusion list reference -> v2",
                            }
                        ]
                    },
                ),
                C(
                    "reference_list_get",
                    {"list": "payroll_bureau_exclusion", "version": 2},
                    {
                        "entries": 0,
                        "loaded": "2026-11-24",
                        "source_file": "payroll_bureaux_v2.csv",
                        "load_warning": "0 rows parsed: delimiter ';' expected ','",
                    },
                ),
                "Found it: Monday's deploy swapped in v2 of the payroll-bureau exclusion list, which loaded empty because of a delimiter error. Every payroll bureau's salary run now alerts.",
                C(
                    "ticket_create",
                    {
                        "queue": "TM-PLATFORM",
                        "summary": "payroll_bureau_exclusion v2 loaded 0 rows (delimiter); FAN_OUT alerts x3",
                        "priority": "P2",
                    },
                    {"key": "TMP-2291"},
                ),
                "Cause: the exclusion list v2 loaded with 0 rows on 24 Nov. Ticket TMP-2291 raised to reload it; the ~300 extra alerts can be bulk-closed as FP-BUSINESS once it's fixed.",
            ],
        ),
    ]


def kyc_other():
    return C(
        "kyc_get_customer",
        {"customer_id": "C-00588120"},
        {
            "customer_id": "C-00588120",
            "name": "Lund Maskin ApS",
            "type": "SME",
            "risk_rating": "MEDIUM",
            "directors": ["Mikkel Lund"],
        },
    )


# --- domain 3: iOS TestFlight distribution --------------------------------------------------


def _asc_build(num, state, ver="3.8.0"):
    return {
        "type": "builds",
        "id": "b%07d" % (int(num) * 7919 % 10**7),
        "attributes": {
            "version": num,
            "processingState": state,
            "expired": False,
            "minOsVersion": "16.0",
            "uploadedDate": "2026-11-%02dT09:14:02-08:00" % (int(num) % 28 + 1),
        },
        "relationships": {"preReleaseVersion": {"data": {"type": "preReleaseVersions", "id": ver}}},
    }


def ios_rows():
    builds = C(
        "asc_list_builds",
        {
            "app_id": "1482203317",
            "filter[preReleaseVersion.version]": "3.8.0",
            "sort": "-uploadedDate",
            "limit": 3,
        },
        {
            "data": [
                _asc_build("412", "VALID"),
                _asc_build("411", "VALID"),
                _asc_build("409", "INVALID"),
            ],
            "meta": {"paging": {"total": 14, "limit": 3}},
        },
    )
    groups = C(
        "asc_list_beta_groups",
        {"app_id": "1482203317"},
        {
            "data": [
                {
                    "type": "betaGroups",
                    "id": "g-int-01",
                    "attributes": {"name": "Internal QA", "isInternalGroup": True},
                },
                {
                    "type": "betaGroups",
                    "id": "g-ext-07",
                    "attributes": {
                        "name": "Pharmacy Partners",
                        "isInternalGroup": False,
                        "publicLinkEnabled": False,
                    },
                },
            ]
        },
    )
    ci = C(
        "xcode_cloud_get_run",
        {"workflow": "Release-TestFlight", "run": 388},
        {
            "data": {
                "type": "ciBuildRuns",
                "id": "388",
                "attributes": {
                    "number": 388,
                    "executionProgress": "COMPLETE",
                    "completionStatus": "SUCCEEDED",
                    "sourceCommit": {
                        "commitSha": "9be41f07c2",
                        "message": "Refill reminders: snooze sheet",
                    },
                },
            }
        },
    )
    redundant = E(
        "altool_upload_app",
        {"file": "build/MediRefill.ipa", "type": "ios", "apiKey": "7X2KQ9LM3D"},
        "*** Error: Error uploading 'build/MediRefill.ipa'.\n*** Error: ITMS-90189: Redundant Binary Upload. You've already uploaded a build with build number '412' for version number '3.8.0'. Make sure you increment the build string before you upload your app to App Store Connect. (-19232)",
    )
    return [
        (
            "exact_repeat",
            [
                U(
                    "Build 412 of 3.8.0 needs to go to the Pharmacy Partners external group today. Can you get it there?",
                    "Checking the build and the groups.",
                ),
                builds,
                groups,
                N(
                    4,
                    11,
                    "Build 412 is VALID, so the next step is to submit it for Beta App Review and then add it to Pharmacy Partners once approved.",
                    [
                        "Great, submit it.",
                        "Submitted yet?",
                        "I don't see it under 'Waiting for Review' in App Store Connect.",
                        "Please actually do the submission.",
                    ],
                ),
            ],
        ),
        (
            "paraphrased_repeat",
            [
                U(
                    "Write the 'What to Test' notes for build 412 from the commits since 405, then set them on the build.",
                    "Fetching the CI run.",
                ),
                ci,
                P(
                    5,
                    [
                        "I'll go through the commits between 405 and 412 and write tester notes.",
                        "Next I'll summarise what changed since build 405 for the testers.",
                        "Let me collect the changes since 405 and turn them into What to Test text.",
                        "I'm going to draft the tester-facing notes from the commit history now.",
                        "Putting together the What to Test copy for 412 next.",
                        "I'll write up the changes for TestFlight testers shortly.",
                        "Now I'll prepare the localized notes for the build.",
                    ],
                ),
            ],
        ),
        (
            "ab_oscillation",
            [
                U(
                    "Testers say the public TestFlight link is letting too many people in. Sort out the public link for Pharmacy Partners.",
                    "Looking at the group settings.",
                ),
                groups,
                CY(
                    6,
                    14,
                    [
                        C(
                            "asc_update_beta_group",
                            {"group_id": "g-ext-07", "attributes": {"publicLinkEnabled": False}},
                            {
                                "data": {
                                    "type": "betaGroups",
                                    "id": "g-ext-07",
                                    "attributes": {
                                        "publicLinkEnabled": False,
                                        "publicLinkLimitEnabled": False,
                                    },
                                }
                            },
                        ),
                        C(
                            "asc_update_beta_group",
                            {"group_id": "g-ext-07", "attributes": {"publicLinkEnabled": True}},
                            {
                                "data": {
                                    "type": "betaGroups",
                                    "id": "g-ext-07",
                                    "attributes": {
                                        "publicLinkEnabled": True,
                                        "publicLink": "https://testflight.apple.com/join/Qm7XkP2a",
                                        "publicLinkLimitEnabled": False,
                                    },
                                }
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "failing_tool_retry",
            [
                U(
                    "Upload the 3.8.0 IPA that's in build/ to App Store Connect, QA wants it in TestFlight.",
                    "Checking what's already up there.",
                ),
                builds,
                CY(
                    5,
                    14,
                    [
                        redundant,
                        "Upload error from altool; retrying the upload.",
                        redundant,
                        redundant,
                        "Transporter can be flaky, trying again.",
                    ],
                ),
            ],
        ),
        (
            "same_action_same_observation",
            [
                U(
                    "Xcode Cloud uploaded build 413 about twenty minutes ago. Tell me when processing finishes so I can send it to QA.",
                    "Looking for build 413.",
                ),
                builds,
                CY(
                    8,
                    17,
                    [
                        C(
                            "asc_list_builds",
                            {"app_id": "1482203317", "filter[version]": "413"},
                            {"data": [], "meta": {"paging": {"total": 0, "limit": 50}}},
                        ),
                        "413 doesn't appear yet.",
                        C(
                            "asc_list_builds",
                            {"app_id": "1482203317", "filter[version]": "413"},
                            {"data": [], "meta": {"paging": {"total": 0, "limit": 50}}},
                        ),
                        "Still no build 413 in the list. Checking again.",
                    ],
                ),
            ],
        ),
        (
            "identical_monologue",
            [
                U(
                    "Apple rejected the beta review for 411 with Guideline 2.1 - Information Needed. Work out what they want and draft a reply.",
                    "Reading the review submission.",
                ),
                C(
                    "asc_get_beta_app_review_submission",
                    {"build_id": "b3254969"},
                    {
                        "data": {
                            "type": "betaAppReviewSubmissions",
                            "attributes": {"betaReviewState": "REJECTED"},
                        },
                        "included": [
                            {
                                "type": "reviewMessages",
                                "attributes": {
                                    "body": "Guideline 2.1 - Information Needed. We were unable to sign in. Please provide a demo account with pharmacy access."
                                },
                            }
                        ],
                    },
                ),
                N(
                    5,
                    14,
                    "They need demo credentials with pharmacy access. Drafting the reply to App Review with the demo account details.",
                    [],
                ),
            ],
        ),
        (
            "identical_tool_calls",
            [
                U(
                    "How many testers in Pharmacy Partners have actually installed 412? Leadership wants the number.",
                    "Getting the group's testers.",
                ),
                groups,
                R(
                    5,
                    14,
                    [
                        C(
                            "asc_get_beta_build_usages",
                            {"build_id": "b3262628", "metrics": "betaBuildUsages"},
                            lambda rng, ts: {
                                "data": [
                                    {
                                        "dataPoints": [
                                            {
                                                "start": "2026-11-27",
                                                "end": "2026-11-28",
                                                "values": {
                                                    "installCount": 57,
                                                    "sessionCount": 121 + rng.randint(0, 4),
                                                    "crashCount": 2,
                                                    "feedbackCount": 3,
                                                },
                                            }
                                        ]
                                    }
                                ]
                            },
                        )
                    ],
                ),
            ],
        ),
        (
            "restart_from_first_page",
            [
                U(
                    "Export all external testers with their status into a CSV; we're cleaning out people who never accepted.",
                    "Listing the beta testers.",
                ),
                groups,
                CY(
                    7,
                    15,
                    [
                        C(
                            "asc_list_beta_testers",
                            {"filter[betaGroups]": "g-ext-07", "limit": 200},
                            {
                                "data": [
                                    {
                                        "type": "betaTesters",
                                        "id": "t-%04d" % i,
                                        "attributes": {
                                            "state": "INVITED" if i % 3 else "INSTALLED"
                                        },
                                    }
                                    for i in range(3)
                                ],
                                "links": {
                                    "next": "https://api.appstoreconnect.apple.com/v1/betaTesters?cursor=Mg.ANm2Zr0&limit=200"
                                },
                                "meta": {"paging": {"total": 611, "limit": 200}},
                            },
                        ),
                        C(
                            "asc_list_beta_testers",
                            {
                                "filter[betaGroups]": "g-ext-07",
                                "limit": 200,
                                "cursor": "Mg.ANm2Zr0",
                            },
                            {
                                "data": [
                                    {
                                        "type": "betaTesters",
                                        "id": "t-%04d" % i,
                                        "attributes": {"state": "ACCEPTED"},
                                    }
                                    for i in range(200, 203)
                                ],
                                "links": {
                                    "next": "https://api.appstoreconnect.apple.com/v1/betaTesters?cursor=Mg.AOp8kT1&limit=200"
                                },
                                "meta": {"paging": {"total": 611, "limit": 200}},
                            },
                        ),
                        "Cursor pagination makes it hard to be sure nothing was skipped; restarting the export from the beginning.",
                    ],
                ),
            ],
        ),
        (
            "clarification_loop",
            [
                U(
                    "Expire build 409 in TestFlight, it has the broken login. 3.8.0 (409). Nobody should be able to install it.",
                    "Finding the build.",
                ),
                builds,
                P(
                    5,
                    [
                        "Which build number do you want expired?",
                        U("409.", "Thanks. Which version train is it under?"),
                        U(
                            "3.8.0.",
                            "Okay. Should I expire it or just remove it from the external group?",
                        ),
                        U(
                            "Expire it. Nobody should be able to install it.",
                            "Got it. Can you confirm the build number once more?",
                        ),
                        U("409!", "And that's for version 3.8.0 or 3.7.x?"),
                        U(
                            "3.8.0. Please just do it.",
                            "Understood. Do you want it expired, or only pulled from Pharmacy Partners?",
                        ),
                    ],
                ),
            ],
        ),
        (
            "verification_spiral",
            [
                U(
                    "Add build 412 to the Internal QA group.",
                    "Getting the group.",
                ),
                groups,
                C(
                    "asc_add_builds_to_beta_group",
                    {"group_id": "g-int-01", "builds": ["b3262628"]},
                    "HTTP/1.1 204 No Content",
                ),
                CY(
                    6,
                    15,
                    [
                        C(
                            "asc_list_beta_group_builds",
                            {"group_id": "g-int-01", "limit": 5},
                            {"data": [_asc_build("412", "VALID"), _asc_build("411", "VALID")]},
                        ),
                        "412 is in the group. Let me confirm from the build side too.",
                        C(
                            "asc_get_build_beta_groups",
                            {"build_id": "b3262628"},
                            {
                                "data": [
                                    {
                                        "type": "betaGroups",
                                        "id": "g-int-01",
                                        "attributes": {"name": "Internal QA"},
                                    }
                                ]
                            },
                        ),
                        C(
                            "asc_get_build_beta_detail",
                            {"build_id": "b3262628"},
                            {
                                "data": {
                                    "attributes": {
                                        "internalBuildState": "IN_BETA_TESTING",
                                        "externalBuildState": "READY_FOR_BETA_SUBMISSION",
                                    }
                                }
                            },
                        ),
                        "All consistent. I'll re-check the group list once more to be thorough.",
                    ],
                ),
            ],
        ),
        (
            "broadening_search_no_hits",
            [
                U(
                    "A tester says the app crashes when opening the prescription scanner on 412. Find the crash report.",
                    "Looking at TestFlight feedback.",
                ),
                builds,
                CY(
                    6,
                    13,
                    [
                        C(
                            "asc_list_beta_feedback_crash_submissions",
                            {
                                "app_id": "1482203317",
                                "filter[build]": "b3262628",
                                "filter[deviceModel]": "iPhone15,2",
                            },
                            {"data": [], "meta": {"paging": {"total": 0}}},
                        ),
                        C(
                            "asc_list_beta_feedback_crash_submissions",
                            {"app_id": "1482203317", "filter[build]": "b3262628"},
                            {"data": [], "meta": {"paging": {"total": 0}}},
                        ),
                        "No crash submissions. Widening.",
                        C(
                            "asc_list_beta_feedback_crash_submissions",
                            {"app_id": "1482203317"},
                            {"data": [], "meta": {"paging": {"total": 0}}},
                        ),
                        C(
                            "asc_list_beta_feedback_crash_submissions",
                            {
                                "app_id": "1482203317",
                                "filter[platform]": "IOS",
                                "sort": "-createdDate",
                            },
                            {"data": [], "meta": {"paging": {"total": 0}}},
                        ),
                        "Still empty; maybe a different filter shape will catch it.",
                    ],
                ),
            ],
        ),
        (
            "tool_hopping_same_blocker",
            [
                U(
                    "Invite the 40 pharmacists in partners.csv to the Pharmacy Partners group.",
                    "Reading the CSV.",
                ),
                C(
                    "fs_read_csv",
                    {"path": "partners.csv"},
                    {"rows": 40, "columns": ["email", "firstName", "lastName"]},
                ),
                CY(
                    6,
                    13,
                    [
                        E(
                            "asc_create_beta_tester",
                            {"email": "a.okoye@lakeviewrx.com", "betaGroups": ["g-ext-07"]},
                            {
                                "errors": [
                                    {
                                        "status": "403",
                                        "code": "FORBIDDEN_ERROR",
                                        "title": "This request is forbidden for security reasons",
                                        "detail": "The API key in use does not allow this request",
                                    }
                                ]
                            },
                        ),
                        "API refused the invite. I'll use fastlane pilot instead.",
                        E(
                            "fastlane_pilot_add",
                            {"email": "a.okoye@lakeviewrx.com", "groups": "Pharmacy Partners"},
                            "[!] The request could not be completed because:\n\tThis request is forbidden for security reasons - The API key in use does not allow this request",
                        ),
                        E(
                            "asc_bulk_invite",
                            {"group_id": "g-ext-07", "csv": "partners.csv"},
                            {
                                "errors": [
                                    {
                                        "status": "403",
                                        "code": "FORBIDDEN_ERROR",
                                        "title": "This request is forbidden for security reasons",
                                        "detail": "The API key in use does not allow this request",
                                    }
                                ]
                            },
                        ),
                        "Let me try adding them through the group relationship endpoint.",
                        E(
                            "asc_add_testers_to_group",
                            {"group_id": "g-ext-07", "emails": ["a.okoye@lakeviewrx.com"]},
                            {
                                "errors": [
                                    {
                                        "status": "403",
                                        "code": "FORBIDDEN_ERROR",
                                        "title": "This request is forbidden for security reasons",
                                        "detail": "The API key in use does not allow this request",
                                    }
                                ]
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "scope_creep_drift",
            [
                U(
                    "What's the expiry date of build 411? Just the date.",
                    "Looking up 411.",
                ),
                builds,
                P(
                    5,
                    [
                        "Build 409 is INVALID; worth finding out why before anything else.",
                        C(
                            "asc_get_build",
                            {"build_id": "b3238831", "include": "diagnosticSignatures"},
                            {
                                "data": _asc_build("409", "INVALID"),
                                "included": [
                                    {
                                        "type": "diagnosticSignatures",
                                        "attributes": {
                                            "signature": "ITMS-90683: Missing purpose string in Info.plist"
                                        },
                                    }
                                ],
                            },
                        ),
                        "A missing purpose string. Let me audit the whole Info.plist for privacy keys.",
                        C(
                            "repo_read_file",
                            {"path": "MediRefill/Info.plist"},
                            "<key>NSCameraUsageDescription</key><string>Scan prescription labels</string>\n<key>NSLocationWhenInUseUsageDescription</key><string>Find nearby pharmacies</string>",
                        ),
                        "While here, the privacy manifest should be checked for required-reason APIs.",
                        C(
                            "repo_read_file",
                            {"path": "MediRefill/PrivacyInfo.xcprivacy"},
                            "<key>NSPrivacyAccessedAPITypes</key><array><dict><key>NSPrivacyAccessedAPIType</key><string>NSPrivacyAccessedAPICategoryUserDefaults</string></dict></array>",
                        ),
                        "Third-party SDKs might need manifests too; listing the package dependencies.",
                        C(
                            "repo_read_file",
                            {
                                "path": "MediRefill.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved"
                            },
                            '{"pins": [{"identity": "firebase-ios-sdk", "state": {"version": "10.29.0"}}, {"identity": "lottie-ios", "state": {"version": "4.4.3"}}]}',
                        ),
                    ],
                ),
            ],
        ),
        # progress
        (
            "templated_progress_report",
            [
                U(
                    "Roll build 412 out to our four external groups, one at a time so I can watch crash rates.",
                    "Listing the external groups.",
                ),
                C(
                    "asc_list_beta_groups",
                    {"app_id": "1482203317", "filter[isInternalGroup]": False},
                    {
                        "data": [
                            {"id": "g-ext-07", "attributes": {"name": "Pharmacy Partners"}},
                            {"id": "g-ext-08", "attributes": {"name": "Caregivers Panel"}},
                            {"id": "g-ext-09", "attributes": {"name": "Clinic Pilot"}},
                            {"id": "g-ext-10", "attributes": {"name": "Accessibility Testers"}},
                        ]
                    },
                ),
                C(
                    "asc_add_builds_to_beta_group",
                    {"group_id": "g-ext-07", "builds": ["b3262628"]},
                    "HTTP/1.1 204 No Content",
                ),
                "Added 412 to Pharmacy Partners (1 of 4).",
                C(
                    "asc_add_builds_to_beta_group",
                    {"group_id": "g-ext-08", "builds": ["b3262628"]},
                    "HTTP/1.1 204 No Content",
                ),
                "Added 412 to Caregivers Panel (2 of 4).",
                C(
                    "asc_add_builds_to_beta_group",
                    {"group_id": "g-ext-09", "builds": ["b3262628"]},
                    "HTTP/1.1 204 No Content",
                ),
                "Added 412 to Clinic Pilot (3 of 4).",
                C(
                    "asc_add_builds_to_beta_group",
                    {"group_id": "g-ext-10", "builds": ["b3262628"]},
                    "HTTP/1.1 204 No Content",
                ),
                "Added 412 to Accessibility Testers (4 of 4). All external groups have build 412 now.",
            ],
        ),
        (
            "summarise_related_documents",
            [
                U(
                    "Go through the TestFlight screenshot feedback on 412 and tell me the main themes.",
                    "Listing the feedback.",
                ),
                C(
                    "asc_list_beta_feedback_screenshot_submissions",
                    {"app_id": "1482203317", "filter[build]": "b3262628"},
                    {
                        "data": [{"id": "fb-1"}, {"id": "fb-2"}, {"id": "fb-3"}, {"id": "fb-4"}],
                        "meta": {"paging": {"total": 4}},
                    },
                ),
                C(
                    "asc_get_beta_feedback_screenshot_submission",
                    {"id": "fb-1"},
                    {
                        "data": {
                            "attributes": {
                                "comment": "Snooze sheet covers the Confirm button on iPhone SE",
                                "deviceModel": "iPhone14,6",
                                "osVersion": "17.6",
                            }
                        }
                    },
                ),
                "fb-1: the snooze sheet overlaps the confirm button on the small iPhone SE screen.",
                C(
                    "asc_get_beta_feedback_screenshot_submission",
                    {"id": "fb-2"},
                    {
                        "data": {
                            "attributes": {
                                "comment": "Dynamic Type XL cuts off the dosage text",
                                "deviceModel": "iPhone15,3",
                                "osVersion": "18.1",
                            }
                        }
                    },
                ),
                "fb-2: dosage text truncates with extra-large Dynamic Type.",
                C(
                    "asc_get_beta_feedback_screenshot_submission",
                    {"id": "fb-3"},
                    {
                        "data": {
                            "attributes": {
                                "comment": "Reminder time shows 24h even though my phone is 12h",
                                "deviceModel": "iPhone13,2",
                                "osVersion": "17.5",
                            }
                        }
                    },
                ),
                "fb-3: reminder time ignores the 12-hour clock setting.",
                C(
                    "asc_get_beta_feedback_screenshot_submission",
                    {"id": "fb-4"},
                    {
                        "data": {
                            "attributes": {
                                "comment": "On SE the bottom sheet hides the button again",
                                "deviceModel": "iPhone12,8",
                                "osVersion": "16.7",
                            }
                        }
                    },
                ),
                "Themes: layout on small screens (2 of 4, the snooze sheet hiding the button on SE), accessibility with large Dynamic Type (1), and locale formatting of times (1). The SE sheet issue is the one to fix before wider rollout.",
            ],
        ),
        (
            "edit_validate_cycle",
            [
                U(
                    "Get the 3.8.0 build through export compliance so it stops sitting in 'Missing Compliance'.",
                    "Checking the build.",
                ),
                builds,
                C(
                    "repo_edit_plist",
                    {
                        "path": "MediRefill/Info.plist",
                        "set": {"ITSAppUsesNonExemptEncryption": False},
                    },
                    {"changed": 1},
                ),
                C(
                    "xcodebuild_validate",
                    {"scheme": "MediRefill", "action": "archive-validate"},
                    "** VALIDATION FAILED **\nerror: ITMS-90078: Missing Push Notification Entitlement - the app uses APNs but aps-environment is absent.",
                ),
                C(
                    "repo_edit_entitlements",
                    {
                        "path": "MediRefill/MediRefill.entitlements",
                        "set": {"aps-environment": "production"},
                    },
                    {"changed": 1},
                ),
                C(
                    "xcodebuild_validate",
                    {"scheme": "MediRefill", "action": "archive-validate"},
                    "** VALIDATION SUCCEEDED **\nNo errors. 0 warnings.",
                ),
                C(
                    "git_commit",
                    {
                        "message": "Declare non-exempt encryption = NO; add aps-environment",
                        "paths": ["MediRefill/Info.plist", "MediRefill/MediRefill.entitlements"],
                    },
                    {"sha": "c41d2e8"},
                ),
                "Export compliance is declared in Info.plist so future builds skip the question, and the missing aps-environment entitlement found by validation is added. Archive validation passes; committed as c41d2e8. The next CI build should go straight to Ready to Test.",
            ],
        ),
        (
            "retry_corrected_argument",
            [
                U(
                    "Upload the new IPA from CI, it's build 414.",
                    "Checking the archive.",
                ),
                C(
                    "fs_stat",
                    {"path": "build/MediRefill-414.ipa"},
                    {"size": 61233118, "modified": "2026-11-28T10:02:11Z"},
                ),
                E(
                    "altool_upload_app",
                    {"file": "build/MediRefill-414.ipa", "type": "osx", "apiKey": "7X2KQ9LM3D"},
                    "*** Error: Unable to determine the application type. The platform 'osx' does not match the package contents (iOS app). (-19208)",
                ),
                "Wrong platform flag; it's an iOS package.",
                C(
                    "altool_upload_app",
                    {"file": "build/MediRefill-414.ipa", "type": "ios", "apiKey": "7X2KQ9LM3D"},
                    "No errors uploading 'build/MediRefill-414.ipa'\nDelivery UUID: 5a2f0c61-8f3d-4a7e-b019-2c4e77d1a0f9\nTransferred 61233118 bytes in 38.412 seconds (1.6MB/s)",
                ),
                "Build 414 uploaded (delivery 5a2f0c61). It will show up in TestFlight once Apple finishes processing, usually 10-30 minutes.",
            ],
        ),
        (
            "polling_until_complete",
            [
                U(
                    "Let me know when 414 is processed and then put it in Internal QA.",
                    "Checking status.",
                ),
                builds,
                C(
                    "asc_list_builds",
                    {"app_id": "1482203317", "filter[version]": "414"},
                    {"data": [_asc_build("414", "PROCESSING")]},
                ),
                "414 is processing.",
                C(
                    "asc_list_builds",
                    {"app_id": "1482203317", "filter[version]": "414"},
                    {"data": [_asc_build("414", "PROCESSING")]},
                ),
                C(
                    "asc_list_builds",
                    {"app_id": "1482203317", "filter[version]": "414"},
                    {"data": [_asc_build("414", "PROCESSING")]},
                ),
                C(
                    "asc_list_builds",
                    {"app_id": "1482203317", "filter[version]": "414"},
                    {"data": [_asc_build("414", "VALID")]},
                ),
                C(
                    "asc_add_builds_to_beta_group",
                    {"group_id": "g-int-01", "builds": ["b3278466"]},
                    "HTTP/1.1 204 No Content",
                ),
                "414 finished processing (VALID) and is now in Internal QA.",
            ],
        ),
        (
            "acknowledging_new_inputs",
            [
                U(
                    "I'll give you the internal testers to add one by one from the offsite sign-up sheet.",
                    "Go ahead.",
                ),
                C(
                    "asc_list_users",
                    {"filter[roles]": "DEVELOPER,MARKETING", "limit": 200},
                    {
                        "data": [
                            {"attributes": {"username": "j.ruiz@medirefill.io"}},
                            {"attributes": {"username": "k.tanaka@medirefill.io"}},
                            {"attributes": {"username": "s.bello@medirefill.io"}},
                        ],
                        "meta": {"paging": {"total": 23}},
                    },
                ),
                U("Jorge Ruiz.", "Added."),
                C(
                    "asc_add_internal_tester",
                    {"group_id": "g-int-01", "email": "j.ruiz@medirefill.io"},
                    "HTTP/1.1 204 No Content",
                ),
                U("Keiko Tanaka.", "Added."),
                C(
                    "asc_add_internal_tester",
                    {"group_id": "g-int-01", "email": "k.tanaka@medirefill.io"},
                    "HTTP/1.1 204 No Content",
                ),
                U("Sade Bello.", "Added."),
                C(
                    "asc_add_internal_tester",
                    {"group_id": "g-int-01", "email": "s.bello@medirefill.io"},
                    "HTTP/1.1 204 No Content",
                ),
                U(
                    "That's the list.",
                    "Jorge Ruiz, Keiko Tanaka and Sade Bello are in Internal QA and will get build 412 automatically.",
                ),
            ],
        ),
        (
            "paging_through_results",
            [
                U(
                    "List every 3.x build that's still not expired, I want to expire the old ones.",
                    "Listing builds.",
                ),
                builds,
                C(
                    "asc_list_builds",
                    {"app_id": "1482203317", "filter[expired]": False, "limit": 50},
                    {
                        "data": [{"id": "b%07d" % i} for i in range(3)],
                        "links": {
                            "next": "https://api.appstoreconnect.apple.com/v1/builds?cursor=Mg.AKF2&limit=50"
                        },
                        "meta": {"paging": {"total": 112, "limit": 50}},
                    },
                ),
                C(
                    "asc_list_builds",
                    {
                        "app_id": "1482203317",
                        "filter[expired]": False,
                        "limit": 50,
                        "cursor": "Mg.AKF2",
                    },
                    {
                        "data": [{"id": "b%07d" % i} for i in range(50, 53)],
                        "links": {
                            "next": "https://api.appstoreconnect.apple.com/v1/builds?cursor=Mg.ALq9&limit=50"
                        },
                        "meta": {"paging": {"total": 112, "limit": 50}},
                    },
                ),
                C(
                    "asc_list_builds",
                    {
                        "app_id": "1482203317",
                        "filter[expired]": False,
                        "limit": 50,
                        "cursor": "Mg.ALq9",
                    },
                    {
                        "data": [{"id": "b%07d" % i} for i in range(100, 103)],
                        "links": {},
                        "meta": {"paging": {"total": 112, "limit": 50}},
                    },
                ),
                "112 unexpired builds across three pages: 97 are from 3.0-3.6 and older than 60 days, 15 are 3.7/3.8. Shall I expire the 97 old ones?",
            ],
        ),
        (
            "requery_after_filter_change",
            [
                U(
                    "Show me TestFlight crash submissions from this week.",
                    "Querying crash feedback.",
                ),
                builds,
                C(
                    "asc_list_beta_feedback_crash_submissions",
                    {"app_id": "1482203317", "filter[createdDate]": ">=2026-11-23", "limit": 20},
                    {
                        "data": [
                            {"id": "cr-%d" % i, "attributes": {"build": "412"}} for i in range(3)
                        ],
                        "links": {
                            "next": "https://api.appstoreconnect.apple.com/v1/apps/1482203317/betaFeedbackCrashSubmissions?cursor=Mg.AA&limit=20"
                        },
                        "meta": {"paging": {"total": 26}},
                    },
                ),
                C(
                    "asc_list_beta_feedback_crash_submissions",
                    {
                        "app_id": "1482203317",
                        "filter[createdDate]": ">=2026-11-23",
                        "limit": 20,
                        "cursor": "Mg.AA",
                    },
                    {
                        "data": [{"id": "cr-%d" % i} for i in range(20, 23)],
                        "links": {},
                        "meta": {"paging": {"total": 26}},
                    },
                ),
                U(
                    "Only iOS 18 devices please, the 17 ones are a known issue.",
                    "Re-running with an OS filter, starting over from the first page.",
                ),
                C(
                    "asc_list_beta_feedback_crash_submissions",
                    {
                        "app_id": "1482203317",
                        "filter[createdDate]": ">=2026-11-23",
                        "filter[osVersion]": "18",
                        "limit": 20,
                    },
                    {
                        "data": [
                            {"id": "cr-4", "attributes": {"osVersion": "18.1", "build": "412"}},
                            {"id": "cr-9", "attributes": {"osVersion": "18.0.1", "build": "412"}},
                        ],
                        "links": {},
                        "meta": {"paging": {"total": 2}},
                    },
                ),
                "On iOS 18 only 2 of this week's 26 crashes remain, both on build 412 (cr-4 on 18.1, cr-9 on 18.0.1).",
            ],
        ),
        (
            "successive_clarifications",
            [
                U(
                    "Set up a new external group for the hospital pilot.",
                    "Checking existing groups.",
                ),
                groups,
                "What should the group be called?",
                U("St Mary's Pilot.", "Should it have a public link, or invite by email only?"),
                U("Email only.", "Which build should it start with, 412 or the upcoming 414?"),
                U("412 for now.", "Creating it."),
                C(
                    "asc_create_beta_group",
                    {
                        "app_id": "1482203317",
                        "name": "St Mary's Pilot",
                        "publicLinkEnabled": False,
                        "builds": ["b3262628"],
                    },
                    {
                        "data": {
                            "type": "betaGroups",
                            "id": "g-ext-11",
                            "attributes": {"name": "St Mary's Pilot"},
                        }
                    },
                ),
                "Group St Mary's Pilot (g-ext-11) created, email invitations only, with build 412 attached. Send me the tester emails when you have them.",
            ],
        ),
        (
            "verify_then_close",
            [
                U(
                    "Expire build 409, it has the broken login.",
                    "Finding 409.",
                ),
                builds,
                C(
                    "asc_update_build",
                    {"build_id": "b3238831", "attributes": {"expired": True}},
                    {
                        "data": {
                            "type": "builds",
                            "id": "b3238831",
                            "attributes": {"version": "409", "expired": True},
                        }
                    },
                ),
                C(
                    "asc_get_build_beta_detail",
                    {"build_id": "b3238831"},
                    {
                        "data": {
                            "attributes": {
                                "internalBuildState": "EXPIRED",
                                "externalBuildState": "EXPIRED",
                            }
                        }
                    },
                ),
                C(
                    "asc_list_beta_group_builds",
                    {"group_id": "g-ext-07", "limit": 10},
                    {
                        "data": [_asc_build("412", "VALID"), _asc_build("411", "VALID")],
                        "meta": {"paging": {"total": 2}},
                    },
                ),
                "Build 409 is expired for both internal and external testers and no longer listed in Pharmacy Partners; nobody can install it any more.",
            ],
        ),
        (
            "refined_search_hits",
            [
                U(
                    "Find the Xcode Cloud run that produced build 410, I need its logs.",
                    "Searching CI runs.",
                ),
                ci,
                C(
                    "xcode_cloud_list_runs",
                    {"workflow": "Release-TestFlight", "filter[number]": "410"},
                    {"data": [], "meta": {"paging": {"total": 0}}},
                ),
                "CI run numbers aren't build numbers. Let me search by the build's commit instead.",
                C(
                    "asc_get_build",
                    {"build_id": "b3246750", "fields": "version,uploadedDate"},
                    {
                        "data": {
                            "attributes": {
                                "version": "410",
                                "uploadedDate": "2026-11-19T16:40:55-08:00",
                            }
                        }
                    },
                ),
                C(
                    "xcode_cloud_list_runs",
                    {
                        "workflow": "Release-TestFlight",
                        "filter[createdDate]": "2026-11-19",
                        "limit": 10,
                    },
                    {
                        "data": [
                            {
                                "id": "381",
                                "attributes": {"number": 381, "completionStatus": "SUCCEEDED"},
                                "relationships": {"builds": {"data": [{"id": "b3246750"}]}},
                            }
                        ]
                    },
                ),
                C(
                    "xcode_cloud_get_logs",
                    {"run": 381},
                    {
                        "artifacts": [
                            {
                                "fileName": "Logs for MediRefill Archive - iOS.zip",
                                "downloadUrl": "https://…/381/logs.zip",
                            }
                        ]
                    },
                ),
                "Build 410 came from Xcode Cloud run 381 on 19 November; the archive logs bundle is linked above.",
            ],
        ),
        (
            "fallback_tool_succeeds",
            [
                U(
                    "Upload build 415 now, release manager is waiting.",
                    "Checking the IPA.",
                ),
                C("fs_stat", {"path": "build/MediRefill-415.ipa"}, {"size": 61409922}),
                E(
                    "altool_upload_app",
                    {"file": "build/MediRefill-415.ipa", "type": "ios", "apiKey": "7X2KQ9LM3D"},
                    "*** Error: Error uploading 'build/MediRefill-415.ipa'.\n*** Error: Could not connect to the server. (-19000) NSURLErrorDomain -1004",
                ),
                "altool couldn't reach the server; Transporter uses a different transfer path (Aspera/HTTPS), trying that.",
                C(
                    "itms_transporter_upload",
                    {"assetFile": "build/MediRefill-415.ipa", "apiKey": "7X2KQ9LM3D"},
                    "[2026-11-28 11:22:08 PST] <main> INFO: Transporter transfer succeeded.\n[2026-11-28 11:22:08 PST] <main>  DBG-X: Package Summary: 1 package(s) were uploaded successfully",
                ),
                "Build 415 uploaded through Transporter. It's processing in App Store Connect now.",
            ],
        ),
        (
            "justified_detour",
            [
                U(
                    "Why are external testers saying 412 isn't showing up in their TestFlight app?",
                    "Checking the build's beta state.",
                ),
                C(
                    "asc_get_build_beta_detail",
                    {"build_id": "b3262628"},
                    {
                        "data": {
                            "attributes": {
                                "internalBuildState": "IN_BETA_TESTING",
                                "externalBuildState": "IN_BETA_TESTING",
                            }
                        }
                    },
                ),
                "It's in beta testing externally, so the build itself is fine. Checking the minimum OS and the testers' devices.",
                C(
                    "asc_get_build",
                    {"build_id": "b3262628", "fields": "minOsVersion"},
                    {"data": {"attributes": {"minOsVersion": "17.0"}}},
                ),
                C(
                    "asc_get_beta_tester_metrics",
                    {"group_id": "g-ext-07"},
                    {
                        "data": [
                            {"attributes": {"osVersions": {"16.7": 19, "17.x": 33, "18.x": 12}}}
                        ]
                    },
                ),
                "Build 412's minimum OS went from 16.0 to 17.0, so the 19 testers on iOS 16.7 can't see it. That traces back to the deployment target change in commit 9be41f07c2.",
                C(
                    "repo_show_commit",
                    {"sha": "9be41f07c2", "path": "MediRefill.xcodeproj/project.pbxproj"},
                    "-\t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = 16.0;\n+\t\t\t\tIPHONEOS_DEPLOYMENT_TARGET = 17.0;",
                ),
                "The snooze sheet commit raised the deployment target to 17.0, so 19 Pharmacy Partners testers on iOS 16.7 can't see 412. Either revert the target or tell those testers to update.",
            ],
        ),
    ]


# --- domain 4: hospital nurse shift swaps and staffing --------------------------------------


def nurse_rows():
    sched = C(
        "ukg_get_schedule",
        {
            "orgPath": "./StLukes/Inpatient/4West",
            "startDate": "2026-12-05",
            "endDate": "2026-12-05",
        },
        {
            "shifts": [
                {
                    "employee": "Dana Whitfield RN",
                    "personNumber": "104882",
                    "start": "19:00",
                    "end": "07:30",
                    "job": "RN-MedSurg",
                },
                {
                    "employee": "Marcus Ojo RN",
                    "personNumber": "109113",
                    "start": "07:00",
                    "end": "19:30",
                    "job": "RN-MedSurg",
                },
                {
                    "employee": "Leah Brandt LPN",
                    "personNumber": "111250",
                    "start": "19:00",
                    "end": "07:30",
                    "job": "LPN",
                },
            ],
            "count": 3,
        },
    )
    census = C(
        "census_get_unit",
        {"unit": "4W", "asOf": "now"},
        {
            "unit": "4W",
            "beds": 32,
            "occupied": 29,
            "acuity_hours": 231.5,
            "pending_admits": 3,
            "target_ratio_rn": "1:5",
        },
    )
    swap_req = C(
        "ukg_get_swap_request",
        {"requestId": "SW-558201"},
        {
            "requestId": "SW-558201",
            "from": {"personNumber": "104882", "shift": "2026-12-05 19:00-07:30"},
            "to": {"personNumber": "109113", "shift": "2026-12-07 07:00-19:30"},
            "status": "PENDING_MANAGER",
        },
    )
    ot_err = {
        "errorCode": "WFP-01306",
        "message": "Shift swap violates rule 'Max 60 hours per pay week' for employee 109113 (projected 66.5 h)",
    }
    return [
        (
            "exact_repeat",
            [
                U(
                    "4 West is short an RN tonight. Find someone from the float pool who's qualified for med-surg and offer them the 19:00 shift.",
                    "Checking tonight's schedule and the census.",
                ),
                sched,
                census,
                N(
                    4,
                    12,
                    "Census is 29 of 32 with three admits pending, so at 1:5 you need one more RN. I'm going to pull the float pool list and send the open-shift offer to the first med-surg RN who's available.",
                    [
                        "Yes please.",
                        "Who did you offer it to?",
                        "Charge nurse is asking, did anyone accept?",
                        "Hello? It's 17:40 already.",
                    ],
                ),
            ],
        ),
        (
            "paraphrased_repeat",
            [
                U(
                    "Draft the January schedule for 4 West from the self-scheduling requests and flag any holes.",
                    "Pulling the self-scheduling period.",
                ),
                C(
                    "ukg_get_self_schedule_requests",
                    {"orgPath": "./StLukes/Inpatient/4West", "period": "2027-01"},
                    {"requests": 214, "employees": 38, "period_status": "CLOSED"},
                ),
                P(
                    5,
                    [
                        "214 requests from 38 staff. Next I'll lay them into a draft grid and look for gaps.",
                        "I'm going to build the January draft from those requests now.",
                        "Let me put the requests into the schedule and find the uncovered shifts.",
                        "Working on turning the self-schedule into a balanced draft next.",
                        "I'll produce the draft and the list of holes shortly.",
                        "Going to start placing the requested shifts and checking coverage.",
                        "Now I'll assemble the January schedule draft for 4 West.",
                    ],
                ),
            ],
        ),
        (
            "ab_oscillation",
            [
                U(
                    "Leah Brandt and Dana Whitfield are both on nights on the 5th. Move one of them so we have an LPN on days instead.",
                    "Looking at the 5th.",
                ),
                sched,
                CY(
                    6,
                    14,
                    [
                        C(
                            "ukg_move_shift",
                            {
                                "personNumber": "111250",
                                "date": "2026-12-05",
                                "newStart": "07:00",
                                "newEnd": "19:30",
                            },
                            {
                                "personNumber": "111250",
                                "shift": "2026-12-05 07:00-19:30",
                                "warnings": ["Night coverage LPN: 0 of 1 required"],
                            },
                        ),
                        C(
                            "ukg_move_shift",
                            {
                                "personNumber": "111250",
                                "date": "2026-12-05",
                                "newStart": "19:00",
                                "newEnd": "07:30",
                            },
                            {
                                "personNumber": "111250",
                                "shift": "2026-12-05 19:00-07:30",
                                "warnings": ["Day coverage LPN: 0 of 1 required"],
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "failing_tool_retry",
            [
                U(
                    "Approve swap SW-558201 between Dana and Marcus, I've already talked to both.",
                    "Looking at the swap.",
                ),
                swap_req,
                CY(
                    5,
                    13,
                    [
                        E(
                            "ukg_approve_swap",
                            {"requestId": "SW-558201", "comment": "Approved per manager"},
                            ot_err,
                        ),
                        "Approval didn't go through; trying again.",
                        E(
                            "ukg_approve_swap",
                            {"requestId": "SW-558201", "comment": "Approved per manager"},
                            ot_err,
                        ),
                        E(
                            "ukg_approve_swap",
                            {"requestId": "SW-558201", "comment": "Approved per manager"},
                            ot_err,
                        ),
                    ],
                ),
            ],
        ),
        (
            "same_action_same_observation",
            [
                U(
                    "I posted the open night shift on the 5th to the float pool an hour ago. Let me know when someone picks it up.",
                    "Finding the posting.",
                ),
                C(
                    "ukg_list_open_shifts",
                    {"orgPath": "./StLukes/Inpatient/4West", "date": "2026-12-05"},
                    {
                        "openShifts": [
                            {
                                "id": "OS-77310",
                                "start": "19:00",
                                "end": "07:30",
                                "job": "RN-MedSurg",
                                "status": "POSTED",
                                "interested": 0,
                            }
                        ]
                    },
                ),
                CY(
                    8,
                    17,
                    [
                        C(
                            "ukg_get_open_shift",
                            {"id": "OS-77310"},
                            {
                                "id": "OS-77310",
                                "status": "POSTED",
                                "interested": 0,
                                "posted_to": "FloatPool-RN",
                            },
                        ),
                        "No one has picked it up yet.",
                        C(
                            "ukg_get_open_shift",
                            {"id": "OS-77310"},
                            {
                                "id": "OS-77310",
                                "status": "POSTED",
                                "interested": 0,
                                "posted_to": "FloatPool-RN",
                            },
                        ),
                        "Still open with zero interest. I'll look again.",
                    ],
                ),
            ],
        ),
        (
            "identical_monologue",
            [
                U(
                    "Work out whether 4 West can absorb the 3 pending admits tonight with current staff, using our acuity grid.",
                    "Getting the census.",
                ),
                census,
                N(
                    5,
                    14,
                    "29 patients plus 3 admits at 231.5 acuity hours; working through the grid against tonight's 6 RNs.",
                    [],
                ),
            ],
        ),
        (
            "identical_tool_calls",
            [
                U(
                    "Is Marcus Ojo's ACLS current? He's down as charge on the 7th.",
                    "Checking his profile.",
                ),
                C(
                    "ukg_get_employee",
                    {"personNumber": "109113"},
                    {
                        "personNumber": "109113",
                        "name": "Marcus Ojo",
                        "jobs": ["RN-MedSurg", "Charge-RN"],
                        "homeUnit": "4W",
                    },
                ),
                R(
                    5,
                    14,
                    [
                        C(
                            "credential_tracker_get",
                            {"employeeId": "109113", "credential": "ACLS"},
                            lambda rng, ts: {
                                "employeeId": "109113",
                                "credential": "ACLS",
                                "issuer": "AHA",
                                "expires": "2026-12-31",
                                "verified": True,
                                "lookup_id": "CT-%d" % rng.randint(100000, 999999),
                            },
                        )
                    ],
                ),
            ],
        ),
        (
            "restart_from_first_page",
            [
                U(
                    "Get me every RN across the med-surg units whose BLS expires before February so education can book classes.",
                    "Querying the credential tracker.",
                ),
                C(
                    "ukg_list_units",
                    {"service": "MedSurg"},
                    {"units": ["3E", "3W", "4E", "4W", "5N"]},
                ),
                CY(
                    7,
                    15,
                    [
                        C(
                            "credential_tracker_search",
                            {
                                "credential": "BLS",
                                "expiresBefore": "2027-02-01",
                                "units": ["3E", "3W", "4E", "4W", "5N"],
                                "page": 1,
                            },
                            {
                                "page": 1,
                                "totalPages": 3,
                                "results": [
                                    {"employeeId": "104882", "expires": "2027-01-14"},
                                    {"employeeId": "102277", "expires": "2026-12-20"},
                                ],
                            },
                        ),
                        C(
                            "credential_tracker_search",
                            {
                                "credential": "BLS",
                                "expiresBefore": "2027-02-01",
                                "units": ["3E", "3W", "4E", "4W", "5N"],
                                "page": 2,
                            },
                            {
                                "page": 2,
                                "totalPages": 3,
                                "results": [{"employeeId": "108031", "expires": "2027-01-29"}],
                            },
                        ),
                        "I lost track of which page I stopped on; going back to page 1 to rebuild the list.",
                    ],
                ),
            ],
        ),
        (
            "clarification_loop",
            [
                U(
                    "Give Leah Brandt PTO for the 24th, 8 hours, she's already approved by me verbally.",
                    "Checking her accruals.",
                ),
                C(
                    "ukg_get_accruals",
                    {"personNumber": "111250", "code": "PTO"},
                    {"balance_hours": 62.0, "pending_hours": 0},
                ),
                P(
                    5,
                    [
                        "Which day is the PTO for?",
                        U("December 24th.", "How many hours should I request?"),
                        U(
                            "8 hours.",
                            "And who is the employee, to be sure I pick the right record?",
                        ),
                        U("Leah Brandt, LPN on 4 West.", "Thanks. Which date was that again?"),
                        U("THE 24TH.", "Understood. Is it a full shift or partial hours?"),
                        U("8 hours. I already said.", "Okay. Can you confirm the employee name?"),
                    ],
                ),
            ],
        ),
        (
            "verification_spiral",
            [
                U(
                    "Cancel Dana Whitfield's shift on the 9th, she's on bereavement leave.",
                    "Finding the shift.",
                ),
                C(
                    "ukg_get_schedule",
                    {"personNumber": "104882", "startDate": "2026-12-09", "endDate": "2026-12-09"},
                    {"shifts": [{"id": "SH-9901442", "start": "19:00", "end": "07:30"}]},
                ),
                C(
                    "ukg_cancel_shift",
                    {"shiftId": "SH-9901442", "payCode": "BEREAVEMENT", "hours": 12},
                    {
                        "shiftId": "SH-9901442",
                        "status": "CANCELLED",
                        "payCodeEdit": "BEREAVEMENT 12.0",
                    },
                ),
                CY(
                    6,
                    15,
                    [
                        C(
                            "ukg_get_schedule",
                            {
                                "personNumber": "104882",
                                "startDate": "2026-12-09",
                                "endDate": "2026-12-09",
                            },
                            {
                                "shifts": [],
                                "payCodeEdits": [{"code": "BEREAVEMENT", "hours": 12.0}],
                            },
                        ),
                        "Shift gone and bereavement recorded. Let me make sure it shows on the timecard as well.",
                        C(
                            "ukg_get_timecard",
                            {"personNumber": "104882", "date": "2026-12-09"},
                            {"payCodes": [{"code": "BEREAVEMENT", "hours": 12.0}], "worked": 0},
                        ),
                        C(
                            "ukg_get_open_shifts_for_unit",
                            {"orgPath": "./StLukes/Inpatient/4West", "date": "2026-12-09"},
                            {
                                "openShifts": [
                                    {"id": "OS-77402", "start": "19:00", "job": "RN-MedSurg"}
                                ]
                            },
                        ),
                        "Looks right. One more check on the schedule so I'm certain.",
                    ],
                ),
            ],
        ),
        (
            "broadening_search_no_hits",
            [
                U(
                    "Find an agency RN with telemetry competency for 4 West nights on the 5th.",
                    "Searching the agency vendor portal.",
                ),
                census,
                CY(
                    6,
                    13,
                    [
                        C(
                            "vms_search_clinicians",
                            {
                                "specialty": "Telemetry",
                                "shift": "NIGHT",
                                "date": "2026-12-05",
                                "radius_mi": 25,
                            },
                            {"results": [], "total": 0},
                        ),
                        C(
                            "vms_search_clinicians",
                            {
                                "specialty": "Telemetry",
                                "shift": "NIGHT",
                                "date": "2026-12-05",
                                "radius_mi": 50,
                            },
                            {"results": [], "total": 0},
                        ),
                        "None nearby. Broadening.",
                        C(
                            "vms_search_clinicians",
                            {"specialty": "MedSurg/Tele", "date": "2026-12-05", "radius_mi": 75},
                            {"results": [], "total": 0},
                        ),
                        C(
                            "vms_search_clinicians",
                            {"specialty": "Telemetry", "date": "2026-12-05"},
                            {"results": [], "total": 0},
                        ),
                        C(
                            "vms_search_clinicians",
                            {
                                "specialty": "PCU",
                                "shift": "NIGHT",
                                "date": "2026-12-05",
                                "radius_mi": 100,
                            },
                            {"results": [], "total": 0},
                        ),
                        "Nothing. Trying other specialty labels.",
                    ],
                ),
            ],
        ),
        (
            "tool_hopping_same_blocker",
            [
                U(
                    "Send a text to the float pool RNs about the open night shift on the 5th.",
                    "Getting the float pool roster.",
                ),
                C("ukg_list_employees", {"group": "FloatPool-RN"}, {"employees": 27}),
                CY(
                    6,
                    13,
                    [
                        E(
                            "ukg_send_notification",
                            {
                                "group": "FloatPool-RN",
                                "channel": "SMS",
                                "message": "Open RN night shift 4W Dec 5, 19:00. Reply in app.",
                            },
                            {
                                "errorCode": "WFP-00401",
                                "message": "Access denied: function access profile 'Agent-Readonly' does not grant 'Notifications.Send'",
                            },
                        ),
                        "Notification blocked. I'll post it via the mobile broadcast instead.",
                        E(
                            "ukg_broadcast_create",
                            {
                                "audience": "FloatPool-RN",
                                "text": "Open RN night shift 4W Dec 5, 19:00.",
                            },
                            {
                                "errorCode": "WFP-00401",
                                "message": "Access denied: function access profile 'Agent-Readonly' does not grant 'Broadcast.Create'",
                            },
                        ),
                        E(
                            "ukg_open_shift_notify",
                            {"openShiftId": "OS-77310", "audience": "FloatPool-RN"},
                            {
                                "errorCode": "WFP-00401",
                                "message": "Access denied: function access profile 'Agent-Readonly' does not grant 'OpenShift.Notify'",
                            },
                        ),
                        "Trying the messaging endpoint directly.",
                        E(
                            "ukg_message_send",
                            {"to": "FloatPool-RN", "body": "Open night shift on 4W, Dec 5"},
                            {
                                "errorCode": "WFP-00401",
                                "message": "Access denied: function access profile 'Agent-Readonly' does not grant 'Messages.Send'",
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "scope_creep_drift",
            [
                U(
                    "How many overtime hours did 4 West pay last pay period? One number please, for the budget meeting.",
                    "Pulling the pay period totals.",
                ),
                C(
                    "ukg_get_pay_periods",
                    {"current": True},
                    {"previous": {"start": "2026-11-09", "end": "2026-11-22"}},
                ),
                P(
                    5,
                    [
                        "Before totalling, I want to see which employees are driving OT.",
                        C(
                            "ukg_timecard_report",
                            {
                                "orgPath": "./StLukes/Inpatient/4West",
                                "period": "previous",
                                "group_by": "employee",
                            },
                            {
                                "rows": [
                                    {"personNumber": "109113", "ot": 22.5},
                                    {"personNumber": "102277", "ot": 18.0},
                                ]
                            },
                        ),
                        "Marcus has a lot of OT; let me look at his last three months of schedules.",
                        C(
                            "ukg_get_schedule",
                            {
                                "personNumber": "109113",
                                "startDate": "2026-09-01",
                                "endDate": "2026-11-30",
                            },
                            {"shifts": 41},
                        ),
                        "His pattern may be due to open shifts that never fill. Checking the unit's fill rate for open shifts this quarter.",
                        C(
                            "ukg_open_shift_stats",
                            {"orgPath": "./StLukes/Inpatient/4West", "quarter": "2026-Q4"},
                            {
                                "posted": 64,
                                "filled_internal": 39,
                                "filled_agency": 11,
                                "unfilled": 14,
                            },
                        ),
                        "Agency usage could be compared with 4 East too.",
                        C(
                            "ukg_open_shift_stats",
                            {"orgPath": "./StLukes/Inpatient/4East", "quarter": "2026-Q4"},
                            {
                                "posted": 48,
                                "filled_internal": 40,
                                "filled_agency": 6,
                                "unfilled": 2,
                            },
                        ),
                    ],
                ),
            ],
        ),
        # progress
        (
            "templated_progress_report",
            [
                U(
                    "Publish the approved December schedules for the five med-surg units and tell me as each one goes out.",
                    "Checking which are approved.",
                ),
                C(
                    "ukg_schedule_status",
                    {"period": "2026-12", "service": "MedSurg"},
                    {
                        "units": {
                            "3E": "APPROVED",
                            "3W": "APPROVED",
                            "4E": "APPROVED",
                            "4W": "APPROVED",
                            "5N": "APPROVED",
                        }
                    },
                ),
                C(
                    "ukg_publish_schedule",
                    {"orgPath": "./StLukes/Inpatient/3East", "period": "2026-12"},
                    {"published": True, "employees_notified": 41},
                ),
                "3 East published, 41 staff notified.",
                C(
                    "ukg_publish_schedule",
                    {"orgPath": "./StLukes/Inpatient/3West", "period": "2026-12"},
                    {"published": True, "employees_notified": 36},
                ),
                "3 West published, 36 staff notified.",
                C(
                    "ukg_publish_schedule",
                    {"orgPath": "./StLukes/Inpatient/4East", "period": "2026-12"},
                    {"published": True, "employees_notified": 39},
                ),
                "4 East published, 39 staff notified.",
                C(
                    "ukg_publish_schedule",
                    {"orgPath": "./StLukes/Inpatient/4West", "period": "2026-12"},
                    {"published": True, "employees_notified": 38},
                ),
                "4 West published, 38 staff notified.",
                C(
                    "ukg_publish_schedule",
                    {"orgPath": "./StLukes/Inpatient/5North", "period": "2026-12"},
                    {"published": True, "employees_notified": 44},
                ),
                "5 North published, 44 staff notified. All five December schedules are out (198 staff).",
            ],
        ),
        (
            "summarise_related_documents",
            [
                U(
                    "We got three incident reports about unsafe staffing on 4 West last month. Summarise them for the staffing committee.",
                    "Finding the reports.",
                ),
                C(
                    "incident_search",
                    {"unit": "4W", "category": "STAFFING", "month": "2026-10"},
                    {"reports": [{"id": "IR-30221"}, {"id": "IR-30307"}, {"id": "IR-30388"}]},
                ),
                C(
                    "incident_get",
                    {"id": "IR-30221"},
                    {
                        "date": "2026-10-04",
                        "shift": "night",
                        "narrative": "Ratio 1:7 for 5 hours after sick call, no float available. Two call lights > 15 min.",
                    },
                ),
                "IR-30221 (4 Oct, nights): 1:7 for five hours after a sick call with no float, and delayed call lights.",
                C(
                    "incident_get",
                    {"id": "IR-30307"},
                    {
                        "date": "2026-10-17",
                        "shift": "night",
                        "narrative": "Admission from ED arrived 03:00 with no RN assignment; charge took 6 patients.",
                    },
                ),
                "IR-30307 (17 Oct, nights): a 03:00 ED admit with nobody assigned, so the charge nurse carried six patients.",
                C(
                    "incident_get",
                    {"id": "IR-30388"},
                    {
                        "date": "2026-10-26",
                        "shift": "day",
                        "narrative": "Sitter pulled to cover RN tasks; fall risk patient unattended 20 min, no injury.",
                    },
                ),
                "IR-30388 (26 Oct, days): a sitter was pulled to cover, leaving a fall-risk patient unattended for 20 minutes (no injury).",
                "For the committee: two of three events are nights and both follow unplanned absences with no float pool backup; all three show the unit running without any slack. Suggest a standing night float for 4W/4E and a rule that sitters are never redeployed.",
            ],
        ),
        (
            "edit_validate_cycle",
            [
                U(
                    "Fix the 4 West rotation pattern for the night team so it passes the rule check before we roll it forward.",
                    "Loading the pattern.",
                ),
                C(
                    "ukg_get_pattern",
                    {"pattern": "4W-NIGHT-A"},
                    {"weeks": 6, "shifts_per_week": [3, 3, 4, 3, 3, 4]},
                ),
                C(
                    "ukg_validate_pattern",
                    {"pattern": "4W-NIGHT-A"},
                    {
                        "violations": [
                            {"rule": "Min 10h rest", "week": 3, "count": 2},
                            {"rule": "Max 3 consecutive nights", "week": 6, "count": 1},
                        ]
                    },
                ),
                C(
                    "ukg_edit_pattern",
                    {"pattern": "4W-NIGHT-A", "week": 3, "move": {"from": "Thu", "to": "Sat"}},
                    {"saved": True},
                ),
                C(
                    "ukg_validate_pattern",
                    {"pattern": "4W-NIGHT-A"},
                    {"violations": [{"rule": "Max 3 consecutive nights", "week": 6, "count": 1}]},
                ),
                C(
                    "ukg_edit_pattern",
                    {"pattern": "4W-NIGHT-A", "week": 6, "move": {"from": "Wed", "to": "Sun"}},
                    {"saved": True},
                ),
                C("ukg_validate_pattern", {"pattern": "4W-NIGHT-A"}, {"violations": []}),
                "Pattern 4W-NIGHT-A passes: moved week 3 Thursday to Saturday (restores 10 h rest) and week 6 Wednesday to Sunday (breaks the 4-night run). Hours per nurse are unchanged.",
            ],
        ),
        (
            "retry_corrected_argument",
            [
                U(
                    "Pull Dana Whitfield's hours for the current pay period.",
                    "Finding her record.",
                ),
                C(
                    "ukg_search_employee",
                    {"name": "Whitfield"},
                    {"results": [{"personNumber": "104882", "name": "Dana Whitfield"}]},
                ),
                E(
                    "ukg_get_timecard",
                    {"personNumber": "104882", "startDate": "11/23/2026", "endDate": "12/06/2026"},
                    {
                        "errorCode": "WCO-101208",
                        "message": "Invalid date format '11/23/2026'. Expected yyyy-MM-dd",
                    },
                ),
                "The API wants ISO dates.",
                C(
                    "ukg_get_timecard",
                    {"personNumber": "104882", "startDate": "2026-11-23", "endDate": "2026-12-06"},
                    {"totals": {"REG": 48.0, "OT": 4.5, "NIGHT_DIFF": 36.0}},
                ),
                "Dana has 48 regular hours, 4.5 overtime and 36 night-differential hours so far this pay period.",
            ],
        ),
        (
            "polling_until_complete",
            [
                U(
                    "Run the staffing forecast for next week and send the result to the nursing supervisor.",
                    "Kicking it off.",
                ),
                census,
                C(
                    "ukg_forecast_run",
                    {"orgPath": "./StLukes/Inpatient", "week": "2026-12-06"},
                    {"jobId": "FC-22910", "state": "QUEUED"},
                ),
                C(
                    "ukg_forecast_status",
                    {"jobId": "FC-22910"},
                    {"state": "RUNNING", "progress": 0.35},
                ),
                "Running, 35% done.",
                C(
                    "ukg_forecast_status",
                    {"jobId": "FC-22910"},
                    {"state": "RUNNING", "progress": 0.35},
                ),
                C(
                    "ukg_forecast_status",
                    {"jobId": "FC-22910"},
                    {
                        "state": "COMPLETED",
                        "progress": 1.0,
                        "summary": {"rn_gap_shifts": 9, "worst_day": "2026-12-08"},
                    },
                ),
                C(
                    "teams_send_message",
                    {
                        "to": "nursing-supervisor@stlukes.org",
                        "text": "Forecast wk of Dec 6: 9 RN shifts short, worst Mon Dec 8.",
                    },
                    {"id": "1732792811044"},
                ),
                "The forecast finished: next week is 9 RN shifts short, worst on Monday 8 December. I've sent that to the nursing supervisor on Teams.",
            ],
        ),
        (
            "acknowledging_new_inputs",
            [
                U(
                    "Huddle's starting. I'll tell you tonight's call-outs; mark each as a sick call in UKG.",
                    "Ready.",
                ),
                sched,
                U("Dana Whitfield, 4 West.", "Done."),
                C(
                    "ukg_add_paycode_edit",
                    {
                        "personNumber": "104882",
                        "date": "2026-12-05",
                        "payCode": "SICK",
                        "hours": 12,
                    },
                    {"id": "PCE-441020"},
                ),
                U("Arjun Mehta, 3 East.", "Done."),
                C(
                    "ukg_add_paycode_edit",
                    {
                        "personNumber": "102277",
                        "date": "2026-12-05",
                        "payCode": "SICK",
                        "hours": 12,
                    },
                    {"id": "PCE-441021"},
                ),
                U("Rosa Iglesias, 5 North, just her first 4 hours.", "Done."),
                C(
                    "ukg_add_paycode_edit",
                    {"personNumber": "108031", "date": "2026-12-05", "payCode": "SICK", "hours": 4},
                    {"id": "PCE-441022"},
                ),
                "Three sick calls recorded: Whitfield 12 h (4W), Mehta 12 h (3E), Iglesias 4 h (5N). That opens two full night RN shifts and four hours on 5 North.",
            ],
        ),
        (
            "paging_through_results",
            [
                U(
                    "I need all punch exceptions for the hospital from yesterday so payroll can clear them.",
                    "Querying exceptions.",
                ),
                C("ukg_exception_summary", {"date": "2026-11-27"}, {"total": 187}),
                C(
                    "ukg_list_exceptions",
                    {"date": "2026-11-27", "limit": 75, "offset": 0},
                    {
                        "total": 187,
                        "items": [
                            {"personNumber": "10%04d" % i, "type": "MISSED_OUT"} for i in range(2)
                        ],
                    },
                ),
                C(
                    "ukg_list_exceptions",
                    {"date": "2026-11-27", "limit": 75, "offset": 75},
                    {
                        "total": 187,
                        "items": [
                            {"personNumber": "10%04d" % i, "type": "EARLY_IN"}
                            for i in range(75, 77)
                        ],
                    },
                ),
                C(
                    "ukg_list_exceptions",
                    {"date": "2026-11-27", "limit": 75, "offset": 150},
                    {
                        "total": 187,
                        "items": [
                            {"personNumber": "10%04d" % i, "type": "LATE_OUT"}
                            for i in range(150, 152)
                        ],
                    },
                ),
                C(
                    "sheet_write",
                    {"file": "punch_exceptions_2026-11-27.xlsx", "rows": 187},
                    {"written": 187},
                ),
                "All 187 exceptions are in punch_exceptions_2026-11-27.xlsx: 92 missed punch-outs, 58 early ins, 37 late outs.",
            ],
        ),
        (
            "requery_after_filter_change",
            [
                U(
                    "Who's on call for the OR tonight?",
                    "Checking the on-call schedule.",
                ),
                C(
                    "ukg_list_units",
                    {"service": "Perioperative"},
                    {"units": ["MainOR", "ASC", "PACU"]},
                ),
                C(
                    "ukg_get_oncall",
                    {"orgPath": "./StLukes/Perioperative/MainOR", "date": "2026-12-05", "page": 1},
                    {
                        "page": 1,
                        "totalPages": 2,
                        "oncall": [{"name": "Tom Reyes RN", "role": "Circulator"}],
                    },
                ),
                C(
                    "ukg_get_oncall",
                    {"orgPath": "./StLukes/Perioperative/MainOR", "date": "2026-12-05", "page": 2},
                    {
                        "page": 2,
                        "totalPages": 2,
                        "oncall": [{"name": "Anh Pham CST", "role": "Scrub"}],
                    },
                ),
                U(
                    "Actually I need the cardiac OR team, not the main OR.",
                    "Different org path; running it again for the cardiac OR from the first page.",
                ),
                C(
                    "ukg_get_oncall",
                    {"orgPath": "./StLukes/Perioperative/CVOR", "date": "2026-12-05", "page": 1},
                    {
                        "page": 1,
                        "totalPages": 1,
                        "oncall": [
                            {"name": "Gail Sutter RN", "role": "Circulator"},
                            {"name": "Ben Fox CST", "role": "Scrub"},
                            {"name": "Irene Cho CCP", "role": "Perfusionist"},
                        ],
                    },
                ),
                "Cardiac OR on call tonight: Gail Sutter (circulator), Ben Fox (scrub), Irene Cho (perfusion).",
            ],
        ),
        (
            "successive_clarifications",
            [
                U(
                    "Set up a new shift template for the observation unit.",
                    "Checking existing templates.",
                ),
                C(
                    "ukg_list_shift_templates",
                    {"orgPath": "./StLukes/Inpatient/Obs"},
                    {"templates": []},
                ),
                "No templates yet. What hours should the main shift cover?",
                U("10:00 to 22:30.", "Which job codes can work it, RN only or RN and PCT?"),
                U("RN and PCT.", "Should it carry a meal break deduction?"),
                U("Yes, 30 minutes unpaid.", "Creating it."),
                C(
                    "ukg_create_shift_template",
                    {
                        "orgPath": "./StLukes/Inpatient/Obs",
                        "name": "OBS-MID-12",
                        "start": "10:00",
                        "end": "22:30",
                        "jobs": ["RN", "PCT"],
                        "mealBreak": {"minutes": 30, "paid": False},
                    },
                    {"templateId": "ST-8812"},
                ),
                "Template OBS-MID-12 (ST-8812): 10:00-22:30 for RN and PCT, with a 30-minute unpaid meal break.",
            ],
        ),
        (
            "verify_then_close",
            [
                U(
                    "Approve Marcus's PTO request for the 20th.",
                    "Finding the request.",
                ),
                C(
                    "ukg_list_timeoff_requests",
                    {"personNumber": "109113", "status": "SUBMITTED"},
                    {"requests": [{"id": "TOR-66120", "date": "2026-12-20", "hours": 12}]},
                ),
                C(
                    "ukg_approve_timeoff",
                    {"id": "TOR-66120"},
                    {"id": "TOR-66120", "status": "APPROVED"},
                ),
                C(
                    "ukg_get_schedule",
                    {"personNumber": "109113", "startDate": "2026-12-20", "endDate": "2026-12-20"},
                    {"shifts": [], "payCodeEdits": [{"code": "PTO", "hours": 12}]},
                ),
                C(
                    "ukg_list_open_shifts",
                    {"orgPath": "./StLukes/Inpatient/4West", "date": "2026-12-20"},
                    {
                        "openShifts": [
                            {
                                "id": "OS-77519",
                                "start": "07:00",
                                "end": "19:30",
                                "job": "RN-MedSurg",
                                "status": "DRAFT",
                            }
                        ]
                    },
                ),
                "Approved: Marcus has 12 h PTO on 20 December and his shift is off the schedule. That day is now one RN short on days; UKG drafted open shift OS-77519 for it.",
            ],
        ),
        (
            "refined_search_hits",
            [
                U(
                    "Find a nurse who can cover a pediatric sedation case on 3 East tomorrow morning.",
                    "Searching competencies.",
                ),
                census,
                C(
                    "credential_tracker_search",
                    {"competency": "Pediatric Sedation", "units": ["3E"]},
                    {"results": [], "totalPages": 0},
                ),
                C(
                    "credential_tracker_search",
                    {"competency": "Pediatric Sedation", "units": ["3E", "3W"]},
                    {"results": [], "totalPages": 0},
                ),
                "No one on the med-surg units has it. PALS plus the moderate sedation competency is the combination that qualifies, so I'll search house-wide for that.",
                C(
                    "credential_tracker_search",
                    {"all_of": ["PALS", "Moderate Sedation"], "scope": "house"},
                    {
                        "results": [
                            {"employeeId": "113402", "name": "Nia Ellison RN", "home": "PACU"}
                        ],
                        "totalPages": 1,
                    },
                ),
                C(
                    "ukg_get_schedule",
                    {"personNumber": "113402", "startDate": "2026-12-06", "endDate": "2026-12-06"},
                    {"shifts": [], "availability": "AVAILABLE"},
                ),
                "Nia Ellison (PACU) has PALS and moderate sedation and is unscheduled tomorrow. She's the one to ask.",
            ],
        ),
        (
            "fallback_tool_succeeds",
            [
                U(
                    "Get tonight's staffing grid for 4 West posted to the unit's Teams channel.",
                    "Pulling the grid.",
                ),
                sched,
                E(
                    "ukg_staffing_grid_export",
                    {"orgPath": "./StLukes/Inpatient/4West", "date": "2026-12-05", "format": "png"},
                    {
                        "errorCode": "WFP-50301",
                        "message": "Report service temporarily unavailable. Retry after 600 seconds.",
                    },
                ),
                "The report service is down for ten minutes. I'll build the grid from the schedule data and post it as a table instead.",
                C(
                    "teams_post_table",
                    {
                        "channel": "4West-Charge",
                        "title": "Tonight 4W staffing",
                        "rows": [
                            ["Whitfield", "RN", "19:00-07:30"],
                            ["Brandt", "LPN", "19:00-07:30"],
                        ],
                    },
                    {"messageId": "1733426400112"},
                ),
                "Tonight's 4 West grid is posted to 4West-Charge as a table. The graphical export wasn't available, so I built it from the schedule.",
            ],
        ),
        (
            "justified_detour",
            [
                U(
                    "Why is Leah Brandt's paycheck missing her holiday premium for Thanksgiving?",
                    "Checking her timecard for the 27th.",
                ),
                C(
                    "ukg_get_timecard",
                    {"personNumber": "111250", "date": "2026-11-27"},
                    {"worked": 12.0, "payCodes": [{"code": "REG", "hours": 12.0}]},
                ),
                "She worked 12 hours but no HOLIDAY code applied. Before editing her card, I want to see whether the holiday rule fired for anyone on the unit.",
                C(
                    "ukg_timecard_report",
                    {
                        "orgPath": "./StLukes/Inpatient/4West",
                        "date": "2026-11-27",
                        "payCode": "HOLIDAY",
                    },
                    {
                        "rows": [
                            {"personNumber": "104882", "hours": 12.0},
                            {"personNumber": "109113", "hours": 12.0},
                        ]
                    },
                ),
                C(
                    "ukg_get_employee",
                    {"personNumber": "111250", "fields": ["payRule"]},
                    {"payRule": "LPN-PartTime-2019"},
                ),
                "Others got it. Leah is on the legacy pay rule LPN-PartTime-2019, which has no holiday premium; she should be on LPN-PartTime-2024.",
                C(
                    "ukg_update_employee",
                    {
                        "personNumber": "111250",
                        "payRule": "LPN-PartTime-2024",
                        "effective": "2026-11-01",
                    },
                    {"updated": True, "retro_recalc": {"HOLIDAY": 12.0}},
                ),
                "Fixed at the source: Leah was on an old pay rule with no holiday premium. I moved her to the 2024 rule from 1 November, and the retro recalculation adds 12 holiday hours for Thanksgiving on the next pay run.",
            ],
        ),
    ]


# --- domain 5: mobile crane lift planning ---------------------------------------------------


def crane_rows():
    job = C(
        "lift_job_get",
        {"job": "LJ-24-0871"},
        {
            "job": "LJ-24-0871",
            "site": "Harbour Quay Block C",
            "load": "AHU-3 rooftop air handler",
            "load_t": 14.2,
            "rigging_t": 0.9,
            "radius_m": 28,
            "lift_height_m": 41,
            "crane": "Liebherr LTM 1160-5.2",
            "date": "2026-12-03",
        },
    )
    chart = C(
        "crane_chart_lookup",
        {
            "model": "LTM 1160-5.2",
            "boom_m": 52.2,
            "counterweight_t": 50,
            "outriggers": "8.3x8.3",
            "radius_m": 28,
        },
        {
            "model": "LTM 1160-5.2",
            "config": "T-boom 52.2 m, 50 t CW, 360°",
            "rated_capacity_t": 19.1,
            "source": "Tab 2.1.1.2 p.47",
        },
    )
    wind = C(
        "site_wind_forecast",
        {"lat": 51.5047, "lon": -0.0197, "date": "2026-12-03", "height_m": 50},
        {
            "hourly": [
                {"t": "07:00", "mean_ms": 6.1, "gust_ms": 9.8},
                {"t": "09:00", "mean_ms": 7.4, "gust_ms": 11.9},
                {"t": "11:00", "mean_ms": 9.2, "gust_ms": 14.6},
            ],
            "model": "UKV 2km",
            "issued": "2026-11-28T06:00Z",
        },
    )
    gb = C(
        "ground_bearing_calc",
        {
            "crane": "LTM 1160-5.2",
            "config": "52.2m/50t",
            "radius_m": 28,
            "load_t": 15.1,
            "mat_m": [2.0, 2.0],
        },
        {
            "max_outrigger_kN": 1184,
            "bearing_kPa": 296,
            "allowable_kPa": 250,
            "utilisation": 1.18,
            "status": "FAIL",
        },
    )
    return [
        (
            "exact_repeat",
            [
                U(
                    "LJ-24-0871 needs a lift plan for the AHU on Wednesday. Can you check the 1160 can do it at 28 m and write it up?",
                    "Pulling the job and the load chart.",
                ),
                job,
                chart,
                N(
                    4,
                    12,
                    "Rated 19.1 t at 28 m against 15.1 t gross gives about 79% utilisation, under our 85% limit. I'll check ground bearing next and then write up the lift plan.",
                    [
                        "Good. Carry on.",
                        "Where are we with ground bearing?",
                        "The appointed person needs the plan by 3pm.",
                        "Is the ground check done or not?",
                    ],
                ),
            ],
        ),
        (
            "paraphrased_repeat",
            [
                U(
                    "Write the method statement section for the tandem lift of the footbridge span, job LJ-24-0903.",
                    "Getting the job details.",
                ),
                C(
                    "lift_job_get",
                    {"job": "LJ-24-0903"},
                    {
                        "job": "LJ-24-0903",
                        "load": "footbridge span BR2",
                        "load_t": 62.0,
                        "cranes": ["LTM 1250-5.1", "LTM 1230-5.1"],
                        "type": "TANDEM",
                    },
                ),
                P(
                    5,
                    [
                        "It's a tandem lift with two cranes. I'll write the sequence of operations for the method statement now.",
                        "Next I'll draft the step-by-step method for the tandem pick.",
                        "Let me prepare the method statement text covering the lift sequence and load sharing.",
                        "I'm going to write the sequence section now.",
                        "Working on the tandem method statement next, starting with the pre-lift checks.",
                        "I'll get the step-by-step lift method written up.",
                        "Now turning to the method statement for LJ-24-0903.",
                    ],
                ),
            ],
        ),
        (
            "ab_oscillation",
            [
                U(
                    "Pick the counterweight for the AHU lift. Less is better for transport, but keep us under 85% utilisation.",
                    "Looking at the job.",
                ),
                job,
                CY(
                    6,
                    14,
                    [
                        C(
                            "crane_chart_lookup",
                            {
                                "model": "LTM 1160-5.2",
                                "boom_m": 52.2,
                                "counterweight_t": 50,
                                "radius_m": 28,
                            },
                            {"rated_capacity_t": 19.1, "utilisation": 0.79, "transport_loads": 4},
                        ),
                        C(
                            "crane_chart_lookup",
                            {
                                "model": "LTM 1160-5.2",
                                "boom_m": 52.2,
                                "counterweight_t": 36,
                                "radius_m": 28,
                            },
                            {"rated_capacity_t": 16.4, "utilisation": 0.92, "transport_loads": 3},
                        ),
                    ],
                ),
            ],
        ),
        (
            "failing_tool_retry",
            [
                U(
                    "Save the AHU lift plan to the 3D planner so the AP can review it.",
                    "Getting the job.",
                ),
                job,
                CY(
                    5,
                    13,
                    [
                        E(
                            "liftplanner_save",
                            {
                                "job": "LJ-24-0871",
                                "crane": "LTM 1160-5.2",
                                "config": "52.2m/50t",
                                "radius_m": 28,
                            },
                            {
                                "code": "E_CONFIG_UNKNOWN",
                                "message": "Crane configuration '52.2m/50t' not found for model 'LTM 1160-5.2' in chart library v2024.3",
                            },
                        ),
                        "Save failed; retrying.",
                        E(
                            "liftplanner_save",
                            {
                                "job": "LJ-24-0871",
                                "crane": "LTM 1160-5.2",
                                "config": "52.2m/50t",
                                "radius_m": 28,
                            },
                            {
                                "code": "E_CONFIG_UNKNOWN",
                                "message": "Crane configuration '52.2m/50t' not found for model 'LTM 1160-5.2' in chart library v2024.3",
                            },
                        ),
                        E(
                            "liftplanner_save",
                            {
                                "job": "LJ-24-0871",
                                "crane": "LTM 1160-5.2",
                                "config": "52.2m/50t",
                                "radius_m": 28,
                            },
                            {
                                "code": "E_CONFIG_UNKNOWN",
                                "message": "Crane configuration '52.2m/50t' not found for model 'LTM 1160-5.2' in chart library v2024.3",
                            },
                        ),
                        "Might be a planner hiccup, trying once more.",
                    ],
                ),
            ],
        ),
        (
            "same_action_same_observation",
            [
                U(
                    "The highways permit for the road closure on Wednesday should be approved today. Confirm it before we book the crane.",
                    "Finding the permit application.",
                ),
                C(
                    "council_permit_search",
                    {"ref": "TTRO-HQ-4471"},
                    {
                        "ref": "TTRO-HQ-4471",
                        "type": "Road closure for crane",
                        "status": "UNDER_REVIEW",
                        "submitted": "2026-11-14",
                    },
                ),
                CY(
                    8,
                    17,
                    [
                        C(
                            "council_permit_status",
                            {"ref": "TTRO-HQ-4471"},
                            {
                                "ref": "TTRO-HQ-4471",
                                "status": "UNDER_REVIEW",
                                "officer": "Highways Network Mgmt",
                                "last_updated": "2026-11-21",
                            },
                        ),
                        "Still under review.",
                        C(
                            "council_permit_status",
                            {"ref": "TTRO-HQ-4471"},
                            {
                                "ref": "TTRO-HQ-4471",
                                "status": "UNDER_REVIEW",
                                "officer": "Highways Network Mgmt",
                                "last_updated": "2026-11-21",
                            },
                        ),
                        "No change; checking again.",
                    ],
                ),
            ],
        ),
        (
            "identical_monologue",
            [
                U(
                    "Wind looks marginal Wednesday. Work out a go/no-go window for the AHU lift given its sail area.",
                    "Getting the forecast.",
                ),
                wind,
                N(
                    5,
                    14,
                    "Computing the permissible wind speed for the AHU's sail area with the LTM 1160 chart limits, then I'll compare it with the hourly gusts.",
                    [],
                ),
            ],
        ),
        (
            "identical_tool_calls",
            [
                U(
                    "Check the outrigger pad position at grid C4 isn't over the drainage run. The survey is in the BIM model.",
                    "Opening the site model.",
                ),
                C(
                    "bim_model_get",
                    {"project": "HQ-BlockC", "discipline": "Civils"},
                    {"model": "HQ-C-CIV-M3-0041", "revision": "P07"},
                ),
                R(
                    5,
                    14,
                    [
                        C(
                            "bim_clash_check",
                            {
                                "model": "HQ-C-CIV-M3-0041",
                                "objects": ["OUTRIGGER_PAD_C4"],
                                "against": ["DRAINAGE"],
                            },
                            lambda rng, ts: {
                                "clashes": [
                                    {
                                        "object": "OUTRIGGER_PAD_C4",
                                        "against": "SW-MH-07 run",
                                        "clearance_m": -0.35,
                                    }
                                ],
                                "run_id": "CK-%d" % rng.randint(10000, 99999),
                            },
                        )
                    ],
                ),
            ],
        ),
        (
            "restart_from_first_page",
            [
                U(
                    "List every crane in the fleet with a LOLER thorough examination due before year end.",
                    "Querying the fleet register.",
                ),
                C(
                    "fleet_summary",
                    {},
                    {"cranes": 64, "depots": ["Thurrock", "Avonmouth", "Trafford"]},
                ),
                CY(
                    7,
                    15,
                    [
                        C(
                            "fleet_search",
                            {"loler_due_before": "2026-12-31", "page": 1, "per_page": 20},
                            {
                                "page": 1,
                                "pages": 2,
                                "items": [
                                    {
                                        "fleet_no": "C-112",
                                        "model": "LTM 1090-4.2",
                                        "due": "2026-12-11",
                                    },
                                    {
                                        "fleet_no": "C-118",
                                        "model": "AC 100-4L",
                                        "due": "2026-12-19",
                                    },
                                ],
                            },
                        ),
                        C(
                            "fleet_search",
                            {"loler_due_before": "2026-12-31", "page": 2, "per_page": 20},
                            {
                                "page": 2,
                                "pages": 2,
                                "items": [
                                    {"fleet_no": "C-207", "model": "GMK5150L", "due": "2026-12-28"}
                                ],
                            },
                        ),
                        "The depot column looks inconsistent between pages; rerunning from page 1 to make sure the list is complete.",
                    ],
                ),
            ],
        ),
        (
            "clarification_loop",
            [
                U(
                    "Book the LTM 1090 for the plant room lift at Trafford on 9 December, 07:00 start, with a slinger/signaller.",
                    "Checking availability.",
                ),
                C(
                    "fleet_availability",
                    {"model": "LTM 1090-4.2", "date": "2026-12-09", "depot": "Trafford"},
                    {"available": ["C-112"]},
                ),
                P(
                    5,
                    [
                        "Which crane do you want for this one?",
                        U("The LTM 1090, C-112 is free.", "Thanks. What date is the lift?"),
                        U(
                            "9 December.",
                            "Got it. Do you need a slinger/signaller as well, or just the operator?",
                        ),
                        U(
                            "Slinger/signaller, yes.",
                            "Okay. What time should the crane be on site?",
                        ),
                        U(
                            "07:00. It was all in my first message.",
                            "Understood. Which crane model was it again?",
                        ),
                        U("LTM 1090!!", "Thanks. And which day?"),
                    ],
                ),
            ],
        ),
        (
            "verification_spiral",
            [
                U(
                    "Issue the approved lift plan for LJ-24-0871 to site, the AP signed it this morning.",
                    "Checking the sign-off.",
                ),
                C(
                    "liftplan_get",
                    {"job": "LJ-24-0871"},
                    {
                        "revision": "C",
                        "status": "APPROVED",
                        "approved_by": "R. Okonkwo (AP)",
                        "approved_at": "2026-11-28T08:12Z",
                    },
                ),
                C(
                    "docs_issue",
                    {
                        "job": "LJ-24-0871",
                        "doc": "LP-0871-C",
                        "distribution": ["site-manager", "crane-supervisor", "operator"],
                    },
                    {"transmittal": "TR-10443", "sent": 3},
                ),
                CY(
                    6,
                    15,
                    [
                        C(
                            "docs_transmittal_status",
                            {"transmittal": "TR-10443"},
                            {
                                "recipients": [
                                    {"role": "site-manager", "status": "DELIVERED"},
                                    {"role": "crane-supervisor", "status": "DELIVERED"},
                                    {"role": "operator", "status": "DELIVERED"},
                                ]
                            },
                        ),
                        "Delivered to all three. Let me double-check the revision that went out.",
                        C(
                            "docs_get",
                            {"doc": "LP-0871-C"},
                            {"revision": "C", "status": "ISSUED_FOR_CONSTRUCTION"},
                        ),
                        C(
                            "liftplan_get",
                            {"job": "LJ-24-0871"},
                            {"revision": "C", "status": "APPROVED"},
                        ),
                        "Consistent. I'll confirm the delivery once more to be safe.",
                    ],
                ),
            ],
        ),
        (
            "broadening_search_no_hits",
            [
                U(
                    "Find the load test certificate for the 2 m spreader beam we're using on the AHU.",
                    "Searching the rigging register.",
                ),
                job,
                CY(
                    6,
                    13,
                    [
                        C(
                            "rigging_register_search",
                            {"item_type": "spreader beam", "length_m": 2.0, "swl_t": 16},
                            {"items": [], "count": 0},
                        ),
                        C(
                            "rigging_register_search",
                            {"item_type": "spreader beam", "length_m": 2.0},
                            {"items": [], "count": 0},
                        ),
                        "Nothing matches. Loosening the criteria.",
                        C(
                            "rigging_register_search",
                            {"item_type": "spreader"},
                            {"items": [], "count": 0},
                        ),
                        C(
                            "rigging_register_search",
                            {"text": "beam 2m"},
                            {"items": [], "count": 0},
                        ),
                        C(
                            "rigging_register_search",
                            {"text": "lifting beam"},
                            {"items": [], "count": 0},
                        ),
                        "Still no results; trying other names for it.",
                    ],
                ),
            ],
        ),
        (
            "tool_hopping_same_blocker",
            [
                U(
                    "Raise an RFI to the structural engineer about the mat sizes for the AHU lift.",
                    "Getting the ground bearing numbers first.",
                ),
                gb,
                CY(
                    6,
                    13,
                    [
                        E(
                            "procore_rfi_create",
                            {
                                "project_id": 4471,
                                "subject": "Outrigger mat sizing AHU lift",
                                "assignee": "struct-eng",
                            },
                            {"status": 401, "errors": "The access token expired"},
                        ),
                        "Procore rejected the RFI. I'll log it as a submittal question instead.",
                        E(
                            "procore_submittal_create",
                            {"project_id": 4471, "title": "Outrigger mats AHU lift"},
                            {"status": 401, "errors": "The access token expired"},
                        ),
                        E(
                            "procore_correspondence_create",
                            {
                                "project_id": 4471,
                                "type": "Technical Query",
                                "subject": "Outrigger mats",
                            },
                            {"status": 401, "errors": "The access token expired"},
                        ),
                        "Let me try the observations tool in Procore then.",
                        E(
                            "procore_observation_create",
                            {"project_id": 4471, "name": "Mat size query"},
                            {"status": 401, "errors": "The access token expired"},
                        ),
                    ],
                ),
            ],
        ),
        (
            "scope_creep_drift",
            [
                U(
                    "What's the operator's name on the crane booking for Wednesday? Site security needs it.",
                    "Opening the booking.",
                ),
                job,
                P(
                    5,
                    [
                        "I see the 11:00 gusts are forecast at 14.6 m/s; worth checking the wind limits first.",
                        wind,
                        "Gusts at 11:00 exceed what I'd expect for the AHU. Let me rework the sail area calculation.",
                        C(
                            "wind_calc",
                            {"load_area_m2": 18.5, "cw": 1.2, "crane": "LTM 1160-5.2"},
                            {"v_max_ms": 11.3},
                        ),
                        "While on it, the ground bearing looked tight too.",
                        gb,
                        "Bigger mats may fix that. Checking what the yard has in stock.",
                        C(
                            "yard_stock",
                            {"item": "crane mats", "depot": "Thurrock"},
                            {
                                "items": [
                                    {"size": "2.5x2.5 m", "qty": 4},
                                    {"size": "3x3 m", "qty": 0},
                                ]
                            },
                        ),
                    ],
                ),
            ],
        ),
        # progress
        (
            "templated_progress_report",
            [
                U(
                    "Run the pre-use chart checks for all four cranes going to the stadium job next week and tell me each result.",
                    "Getting the allocation.",
                ),
                C(
                    "job_allocation",
                    {"job": "LJ-24-0910"},
                    {"cranes": ["C-112", "C-118", "C-207", "C-231"]},
                ),
                C(
                    "chart_check",
                    {"fleet_no": "C-112", "job": "LJ-24-0910"},
                    {"worst_case_utilisation": 0.71, "pass": True},
                ),
                "C-112 checked: worst case 71%, pass.",
                C(
                    "chart_check",
                    {"fleet_no": "C-118", "job": "LJ-24-0910"},
                    {"worst_case_utilisation": 0.83, "pass": True},
                ),
                "C-118 checked: worst case 83%, pass.",
                C(
                    "chart_check",
                    {"fleet_no": "C-207", "job": "LJ-24-0910"},
                    {"worst_case_utilisation": 0.64, "pass": True},
                ),
                "C-207 checked: worst case 64%, pass.",
                C(
                    "chart_check",
                    {"fleet_no": "C-231", "job": "LJ-24-0910"},
                    {
                        "worst_case_utilisation": 0.88,
                        "pass": False,
                        "note": "exceeds 85% at 34 m radius, lift 6",
                    },
                ),
                "C-231 checked: worst case 88%, fail on lift 6 at 34 m. Three of four pass; lift 6 needs a shorter radius or a bigger crane.",
            ],
        ),
        (
            "summarise_related_documents",
            [
                U(
                    "Read the three near-miss reports from our crawler and mobile cranes this quarter and give me lessons for the toolbox talk.",
                    "Finding the reports.",
                ),
                C(
                    "she_search",
                    {"type": "NEAR_MISS", "category": "LIFTING", "quarter": "2026-Q4"},
                    {"results": [{"id": "NM-1182"}, {"id": "NM-1207"}, {"id": "NM-1240"}]},
                ),
                C(
                    "she_get",
                    {"id": "NM-1182"},
                    {
                        "site": "Avonmouth",
                        "summary": "Tag line snagged on scaffold; load swung toward operative",
                        "cause": "tag line too short, exclusion zone not maintained",
                    },
                ),
                "NM-1182: a short tag line snagged on scaffold and the load swung toward someone inside the exclusion zone.",
                C(
                    "she_get",
                    {"id": "NM-1207"},
                    {
                        "site": "Trafford",
                        "summary": "Outrigger pad settled 40 mm during lift",
                        "cause": "pad placed over backfilled trench not on ground survey",
                    },
                ),
                "NM-1207: an outrigger pad settled 40 mm over an unsurveyed backfilled trench.",
                C(
                    "she_get",
                    {"id": "NM-1240"},
                    {
                        "site": "Thurrock",
                        "summary": "Lift continued as gusts hit 13 m/s",
                        "cause": "anemometer reading at cab height only, no site wind plan",
                    },
                ),
                "NM-1240: lifting carried on in 13 m/s gusts because wind was only read at cab height.",
                "Toolbox lessons: 1) keep the exclusion zone and use tag lines long enough to control from outside it; 2) check ground conditions under every pad against the survey, with buried services and backfill marked; 3) set wind limits in the plan and read wind at hook height. Two of the three started with incomplete planning information rather than operator error.",
            ],
        ),
        (
            "edit_validate_cycle",
            [
                U(
                    "Get the AHU lift plan past the automated checks so the AP can sign it.",
                    "Running the checker on the current draft.",
                ),
                job,
                C(
                    "liftplan_validate",
                    {"job": "LJ-24-0871", "revision": "B"},
                    {
                        "errors": [
                            "Ground bearing 296 kPa > allowable 250 kPa",
                            "No exclusion zone drawing attached",
                        ],
                        "warnings": [],
                    },
                ),
                C(
                    "liftplan_edit",
                    {"job": "LJ-24-0871", "set": {"mats": "2.5x2.5m steel", "revision": "B1"}},
                    {"saved": True},
                ),
                C(
                    "liftplan_validate",
                    {"job": "LJ-24-0871", "revision": "B1"},
                    {
                        "errors": ["No exclusion zone drawing attached"],
                        "warnings": ["Ground bearing 190 kPa (76%)"],
                    },
                ),
                C(
                    "liftplan_attach",
                    {"job": "LJ-24-0871", "file": "HQ-C-EZ-0871.pdf", "type": "EXCLUSION_ZONE"},
                    {"attached": True, "revision": "B2"},
                ),
                C(
                    "liftplan_validate",
                    {"job": "LJ-24-0871", "revision": "B2"},
                    {"errors": [], "warnings": ["Ground bearing 190 kPa (76%)"]},
                ),
                "Revision B2 passes: 2.5 m steel mats bring ground bearing to 190 kPa (76% of allowable) and the exclusion zone drawing is attached. Ready for the AP.",
            ],
        ),
        (
            "retry_corrected_argument",
            [
                U(
                    "What's the 1160's capacity at 32 m on the 60.0 m boom with full counterweight?",
                    "Looking it up.",
                ),
                job,
                E(
                    "crane_chart_lookup",
                    {
                        "model": "LTM 1160-5.2",
                        "boom_m": 60.0,
                        "counterweight_t": 50,
                        "radius_m": 32,
                    },
                    {
                        "code": "E_BOOM_LENGTH",
                        "message": "Boom length 60.0 not in telescoping table; valid lengths: 11.5, 15.8, 20.1, 24.5, 28.8, 33.2, 37.5, 41.9, 46.2, 50.5, 54.8, 62.0",
                    },
                ),
                "60.0 m isn't a chart length; the nearest is 62.0 m.",
                C(
                    "crane_chart_lookup",
                    {
                        "model": "LTM 1160-5.2",
                        "boom_m": 62.0,
                        "counterweight_t": 50,
                        "radius_m": 32,
                    },
                    {"rated_capacity_t": 12.6, "config": "T-boom 62.0 m, 50 t CW, 360°"},
                ),
                "At 32 m on the 62.0 m boom (there's no 60 m length) with 50 t counterweight, the 1160 is rated for 12.6 t.",
            ],
        ),
        (
            "polling_until_complete",
            [
                U(
                    "The ground investigation lab is running the plate bearing test results for pad C4. Tell me when they're in and whether we're okay.",
                    "Checking the lab portal.",
                ),
                gb,
                C("lab_job_status", {"job": "GI-22817"}, {"status": "TESTING", "eta": "today"}),
                "Still testing.",
                C("lab_job_status", {"job": "GI-22817"}, {"status": "TESTING", "eta": "today"}),
                C("lab_job_status", {"job": "GI-22817"}, {"status": "REPORTING"}),
                C(
                    "lab_job_status",
                    {"job": "GI-22817"},
                    {"status": "COMPLETE", "results": {"C4": {"allowable_kPa": 320}}},
                ),
                "Results are in: pad C4 allows 320 kPa. Our 296 kPa with 2 m mats fits, at 93% utilisation. That works but it's tight; 2.5 m mats would give more margin.",
            ],
        ),
        (
            "acknowledging_new_inputs",
            [
                U(
                    "I'm at the site walk, I'll call out the hazards and you add them to the lift plan's risk register.",
                    "Ready, I'll add each one.",
                ),
                C("liftplan_get", {"job": "LJ-24-0871", "section": "risk_register"}, {"risks": 6}),
                U("Overhead power line on the east boundary, about 18 m from slew path.", "Added."),
                C(
                    "risk_add",
                    {
                        "job": "LJ-24-0871",
                        "hazard": "Overhead line east boundary ~18 m from slew",
                        "control": "Slew limiter + banksman",
                    },
                    {"risk_id": "R-7"},
                ),
                U("School pick-up traffic on Quay Road at 15:00.", "Added."),
                C(
                    "risk_add",
                    {
                        "job": "LJ-24-0871",
                        "hazard": "School traffic Quay Road 15:00",
                        "control": "Complete lift before 14:30",
                    },
                    {"risk_id": "R-8"},
                ),
                U("Soft verge where the trailer parks.", "Added."),
                C(
                    "risk_add",
                    {
                        "job": "LJ-24-0871",
                        "hazard": "Soft verge at trailer standing",
                        "control": "Trackway mats",
                    },
                    {"risk_id": "R-9"},
                ),
                "Risk register now at R-9: overhead line (slew limiter + banksman), school traffic (finish by 14:30), soft verge (trackway).",
            ],
        ),
        (
            "paging_through_results",
            [
                U(
                    "Export all lifts we've done with the 1160 this year with max utilisation, for the insurer.",
                    "Querying completed jobs.",
                ),
                C(
                    "fleet_search",
                    {"model": "LTM 1160-5.2"},
                    {"items": [{"fleet_no": "C-201"}, {"fleet_no": "C-214"}]},
                ),
                C(
                    "lift_job_search",
                    {"cranes": ["C-201", "C-214"], "year": 2026, "status": "COMPLETE", "page": 1},
                    {
                        "page": 1,
                        "pages": 3,
                        "items": [
                            {"job": "LJ-24-01%02d" % i, "max_util": 0.6 + i / 100} for i in range(3)
                        ],
                    },
                ),
                C(
                    "lift_job_search",
                    {"cranes": ["C-201", "C-214"], "year": 2026, "status": "COMPLETE", "page": 2},
                    {
                        "page": 2,
                        "pages": 3,
                        "items": [
                            {"job": "LJ-24-04%02d" % i, "max_util": 0.7 + i / 100} for i in range(3)
                        ],
                    },
                ),
                C(
                    "lift_job_search",
                    {"cranes": ["C-201", "C-214"], "year": 2026, "status": "COMPLETE", "page": 3},
                    {
                        "page": 3,
                        "pages": 3,
                        "items": [
                            {"job": "LJ-24-07%02d" % i, "max_util": 0.65 + i / 100}
                            for i in range(2)
                        ],
                    },
                ),
                "Export complete: 127 lifts on the two 1160s across three pages. Maximum utilisation was 84% (LJ-24-0455) and none went over the 85% policy.",
            ],
        ),
        (
            "requery_after_filter_change",
            [
                U(
                    "Which cranes are free on 15 December?",
                    "Checking availability.",
                ),
                C("fleet_summary", {}, {"cranes": 64}),
                C(
                    "fleet_availability",
                    {"date": "2026-12-15", "page": 1},
                    {"page": 1, "pages": 2, "available": ["C-112", "C-118", "C-125"]},
                ),
                C(
                    "fleet_availability",
                    {"date": "2026-12-15", "page": 2},
                    {"page": 2, "pages": 2, "available": ["C-207", "C-231", "C-240"]},
                ),
                U(
                    "Only ones that can do at least 100 t, and from the Thurrock depot.",
                    "Narrower query; rerunning it from the first page with the capacity and depot filters.",
                ),
                C(
                    "fleet_availability",
                    {"date": "2026-12-15", "min_capacity_t": 100, "depot": "Thurrock", "page": 1},
                    {"page": 1, "pages": 1, "available": ["C-118", "C-231"]},
                ),
                "On 15 December, the free Thurrock cranes of 100 t or more are C-118 (AC 100-4L) and C-231 (LTM 1230-5.1).",
            ],
        ),
        (
            "successive_clarifications",
            [
                U(
                    "Quote a contract lift for the new customer in Leeds.",
                    "Opening their enquiry.",
                ),
                C(
                    "crm_enquiry_get",
                    {"id": "ENQ-5521"},
                    {
                        "customer": "Aire Valley Mechanical",
                        "site": "Leeds LS11",
                        "description": "chiller onto roof",
                    },
                ),
                "What does the chiller weigh, and at what radius?",
                U("9.8 t, about 24 m radius.", "What height is the roof?"),
                U(
                    "22 m.",
                    "Do they want a contract lift, where we do the planning and supervision, or CPA hire only?",
                ),
                U("Contract lift.", "Sizing it and pricing."),
                C(
                    "crane_select",
                    {"load_t": 9.8, "radius_m": 24, "height_m": 22, "util_max": 0.85},
                    {"recommended": "LTM 1090-4.2", "utilisation": 0.78},
                ),
                C(
                    "quote_create",
                    {
                        "enquiry": "ENQ-5521",
                        "crane": "LTM 1090-4.2",
                        "type": "CONTRACT_LIFT",
                        "days": 1,
                    },
                    {"quote": "Q-24-1109", "total_gbp": 4860},
                ),
                "Quote Q-24-1109 for Aire Valley Mechanical: contract lift with an LTM 1090-4.2 (78% utilisation for 9.8 t at 24 m), one day, £4,860.",
            ],
        ),
        (
            "verify_then_close",
            [
                U(
                    "Book crane C-112 for the plant room lift at Trafford on 9 December.",
                    "Checking it's free.",
                ),
                C(
                    "fleet_availability",
                    {"fleet_no": "C-112", "date": "2026-12-09"},
                    {"available": True},
                ),
                C(
                    "booking_create",
                    {
                        "fleet_no": "C-112",
                        "date": "2026-12-09",
                        "site": "Trafford Plant Room",
                        "start": "07:00",
                    },
                    {"booking": "BK-38811"},
                ),
                C(
                    "booking_get",
                    {"booking": "BK-38811"},
                    {
                        "fleet_no": "C-112",
                        "date": "2026-12-09",
                        "status": "CONFIRMED",
                        "operator": "D. Walsh",
                    },
                ),
                C(
                    "booking_send_confirmation",
                    {"booking": "BK-38811", "to": ["site-manager", "appointed-person"]},
                    {"sent": 2},
                ),
                "Booked: BK-38811, C-112 at Trafford Plant Room on 9 December from 07:00, operator D. Walsh. Confirmation sent to the site manager and the AP.",
            ],
        ),
        (
            "refined_search_hits",
            [
                U(
                    "Find the previous lift plan we did at Harbour Quay, they said we lifted something similar there last year.",
                    "Searching past plans.",
                ),
                job,
                C("liftplan_search", {"site": "Harbour Quay Block C"}, {"results": []}),
                C(
                    "liftplan_search",
                    {"site": "Harbour Quay Block C", "year": 2025},
                    {"results": []},
                ),
                "Block C is new. Last year's lift would have been on another block, so I'll search by the site postcode.",
                C(
                    "liftplan_search",
                    {"postcode": "E14 9GE"},
                    {
                        "results": [
                            {
                                "job": "LJ-23-0612",
                                "site": "Harbour Quay Block A",
                                "load": "AHU-1, 12.8 t",
                                "crane": "LTM 1160-5.2",
                            }
                        ]
                    },
                ),
                C(
                    "liftplan_get",
                    {"job": "LJ-23-0612"},
                    {
                        "radius_m": 26,
                        "mats": "2.5x2.5 m",
                        "notes": "Quay Road closure needed, TTRO took 3 weeks",
                    },
                ),
                "Found LJ-23-0612 (Block A, last year): a 12.8 t AHU with the same 1160 at 26 m, on 2.5 m mats. Note it needed a Quay Road closure whose TTRO took three weeks.",
            ],
        ),
        (
            "fallback_tool_succeeds",
            [
                U(
                    "Get Wednesday's wind forecast at hook height for the AHU lift.",
                    "Pulling the forecast.",
                ),
                job,
                E(
                    "site_wind_forecast",
                    {"lat": 51.5047, "lon": -0.0197, "date": "2026-12-03", "height_m": 50},
                    {"code": "UPSTREAM_503", "message": "Met data provider unavailable (HTTP 503)"},
                ),
                "The met provider is down. The crane telematics service has its own forecast feed; using that.",
                C(
                    "telematics_wind_forecast",
                    {"site": "HQ-BlockC", "date": "2026-12-03", "height_m": 50},
                    {
                        "hourly": [
                            {"t": "07:00", "gust_ms": 9.5},
                            {"t": "09:00", "gust_ms": 11.4},
                            {"t": "11:00", "gust_ms": 14.1},
                        ],
                        "source": "ECMWF via telematics",
                    },
                ),
                "Wednesday at 50 m: gusts of 9.5 m/s at 07:00, 11.4 at 09:00 and 14.1 at 11:00 (ECMWF via telematics; the usual provider is down). The AHU's limit is 11.3 m/s, so lift before about 09:00.",
            ],
        ),
        (
            "justified_detour",
            [
                U(
                    "Why did the planner reject the 1160 for the stadium lift 6 when it's only 11 t?",
                    "Opening lift 6.",
                ),
                C(
                    "lift_job_get",
                    {"job": "LJ-24-0910", "lift": 6},
                    {"load_t": 11.0, "radius_m": 34, "crane": "C-231", "util": 0.88},
                ),
                "That's 88% at 34 m. Before accepting it, I want to know why the radius is 34 m; the stand roof is only 25 m from the crane pad on the drawings.",
                C(
                    "site_layout_get",
                    {"job": "LJ-24-0910"},
                    {
                        "crane_pad": "P2",
                        "original_pad": "P1",
                        "change_note": "P1 moved to P2 after drainage clash (CK-48811)",
                    },
                ),
                C(
                    "bim_clash_check",
                    {"model": "STADIUM-CIV", "objects": ["PAD_P1"], "against": ["DRAINAGE"]},
                    {
                        "clashes": [{"against": "SW-MH-12", "clearance_m": 0.6}],
                        "note": "0.6 m clearance meets the 0.5 m minimum",
                    },
                ),
                "The pad was moved to P2 over a drainage clash, but at P1 the clearance is 0.6 m against a 0.5 m minimum, so P1 is fine.",
                C(
                    "chart_check",
                    {"fleet_no": "C-231", "job": "LJ-24-0910", "lift": 6, "pad": "P1"},
                    {"radius_m": 25, "worst_case_utilisation": 0.61, "pass": True},
                ),
                "Lift 6 failed because the pad was moved unnecessarily. From the original pad P1 (0.6 m drainage clearance, above the minimum) the radius is 25 m and utilisation 61%. I'd switch back to P1.",
            ],
        ),
    ]


# --- domain 6: aerial lidar survey processing -----------------------------------------------


def lidar_rows():
    ls = C(
        "s3_list_objects",
        {"Bucket": "aerosurvey-raw", "Prefix": "2026/P-1187_Riverbend/flight_03/", "MaxKeys": 1000},
        {
            "KeyCount": 3,
            "IsTruncated": False,
            "Contents": [
                {"Key": "2026/P-1187_Riverbend/flight_03/L003_0001.laz", "Size": 1843221004},
                {"Key": "2026/P-1187_Riverbend/flight_03/L003_0002.laz", "Size": 1790332117},
                {"Key": "2026/P-1187_Riverbend/flight_03/trajectory.sbet", "Size": 402113536},
            ],
        },
    )
    info = C(
        "pdal_info",
        {"file": "L003_0001.laz", "summary": True},
        '{"file_size": 1843221004, "summary": {"num_points": 412877301, "srs": {"horizontal": "EPSG:6350", "vertical": "EPSG:5703"}, "bounds": {"minx": 651220.4, "maxx": 655480.9, "miny": 4182003.2, "maxy": 4186220.7, "minz": 118.2, "maxz": 402.6}, "dimensions": "X, Y, Z, Intensity, ReturnNumber, NumberOfReturns, Classification, GpsTime, ScanAngleRank"}, "pdal_version": "2.7.2 (git-version: 6a6b3b)"}',
    )
    qc = C(
        "qc_swath_overlap",
        {"project": "P-1187", "flight": 3},
        "swath-overlap QC P-1187 flight 3\n  pairs: 14\n  median dz: 0.041 m  RMSDz: 0.058 m  (spec <= 0.080)\n  worst pair: L003_0007/L003_0008 RMSDz 0.071 m\nPASS",
    )
    return [
        (
            "exact_repeat",
            [
                U(
                    "Flight 3 for Riverbend is on S3. Process it to a classified LAZ tile set and a 1 m DTM, same spec as flights 1-2.",
                    "Checking what landed in the bucket.",
                ),
                ls,
                info,
                N(
                    4,
                    12,
                    "Flight 3 has 412M points in EPSG:6350 with NAVD88 heights, matching flights 1-2. I'll start the ground classification pipeline and then build the 1 m DTM.",
                    [
                        "Sounds right, go.",
                        "Is the pipeline running?",
                        "I don't see a job in the queue.",
                        "The client wants the DTM tomorrow.",
                    ],
                ),
            ],
        ),
        (
            "paraphrased_repeat",
            [
                U(
                    "Write the processing report for P-1187 flight 3 using the QC numbers. Client template.",
                    "Getting the QC summary.",
                ),
                qc,
                P(
                    5,
                    [
                        "Swath overlap passes with 0.058 m RMSDz. I'll now write the processing report in the client template.",
                        "Next I'll draft the report sections: acquisition, calibration, classification, accuracy.",
                        "Let me assemble the processing report from these QC results.",
                        "I'm going to start the report write-up now.",
                        "Working on the P-1187 flight 3 report next.",
                        "I'll put the accuracy and QC numbers into the template shortly.",
                        "Now moving to the report document for the client.",
                    ],
                ),
            ],
        ),
        (
            "ab_oscillation",
            [
                U(
                    "The ground classification on tile 0412 is eating the levee crest. Tune the CSF parameters until the levee stays ground.",
                    "Looking at the tile.",
                ),
                C(
                    "pdal_info",
                    {"file": "tiles/0412.laz", "stats": "Classification"},
                    '{"stats": {"Classification": {"2": 18422110, "1": 30221877, "7": 1102}}}',
                ),
                CY(
                    6,
                    14,
                    [
                        C(
                            "pdal_pipeline_run",
                            {
                                "pipeline": "csf_ground.json",
                                "in": "tiles/0412.laz",
                                "filters.csf": {
                                    "resolution": 0.5,
                                    "threshold": 0.3,
                                    "rigidness": 3,
                                },
                            },
                            "PDAL pipeline finished in 41.8 s\nground pts: 17,981,220  levee crest profile: MISSING (gap 2.1 m)",
                        ),
                        C(
                            "pdal_pipeline_run",
                            {
                                "pipeline": "csf_ground.json",
                                "in": "tiles/0412.laz",
                                "filters.csf": {
                                    "resolution": 1.0,
                                    "threshold": 0.5,
                                    "rigidness": 1,
                                },
                            },
                            "PDAL pipeline finished in 39.2 s\nground pts: 19,204,775  levee crest profile: OK  vegetation-as-ground: 6.4% (limit 2%)",
                        ),
                    ],
                ),
            ],
        ),
        (
            "failing_tool_retry",
            [
                U(
                    "Run the PPK trajectory for flight 3 against the CORS base, then we can strip-align.",
                    "Finding the trajectory and base files.",
                ),
                ls,
                CY(
                    5,
                    13,
                    [
                        E(
                            "rtklib_rnx2rtkp",
                            {
                                "rover": "flight_03/gnss_rover.obs",
                                "base": "cors/P271_3320.26o",
                                "nav": "cors/brdc3320.26n",
                                "conf": "ppk_kinematic.conf",
                            },
                            "rnx2rtkp: error : no obs data\n*** ERROR: base station obs file cors/P271_3320.26o: time span 00:00-06:00 does not cover rover 17:42-19:10 GPST",
                        ),
                        "The PPK run failed; running it again.",
                        E(
                            "rtklib_rnx2rtkp",
                            {
                                "rover": "flight_03/gnss_rover.obs",
                                "base": "cors/P271_3320.26o",
                                "nav": "cors/brdc3320.26n",
                                "conf": "ppk_kinematic.conf",
                            },
                            "rnx2rtkp: error : no obs data\n*** ERROR: base station obs file cors/P271_3320.26o: time span 00:00-06:00 does not cover rover 17:42-19:10 GPST",
                        ),
                        E(
                            "rtklib_rnx2rtkp",
                            {
                                "rover": "flight_03/gnss_rover.obs",
                                "base": "cors/P271_3320.26o",
                                "nav": "cors/brdc3320.26n",
                                "conf": "ppk_kinematic.conf",
                            },
                            "rnx2rtkp: error : no obs data\n*** ERROR: base station obs file cors/P271_3320.26o: time span 00:00-06:00 does not cover rover 17:42-19:10 GPST",
                        ),
                    ],
                ),
            ],
        ),
        (
            "same_action_same_observation",
            [
                U(
                    "The vendor said they'd re-upload the corrupted swath L003_0005 this morning. Start reprocessing as soon as it's there.",
                    "Checking the bucket.",
                ),
                ls,
                CY(
                    8,
                    17,
                    [
                        C(
                            "s3_head_object",
                            {
                                "Bucket": "aerosurvey-raw",
                                "Key": "2026/P-1187_Riverbend/flight_03/L003_0005.laz",
                            },
                            {"_status": 404, "Error": {"Code": "404", "Message": "Not Found"}},
                        ),
                        "Not uploaded yet.",
                        C(
                            "s3_head_object",
                            {
                                "Bucket": "aerosurvey-raw",
                                "Key": "2026/P-1187_Riverbend/flight_03/L003_0005.laz",
                            },
                            {"_status": 404, "Error": {"Code": "404", "Message": "Not Found"}},
                        ),
                        "Still 404; I'll check again.",
                    ],
                ),
            ],
        ),
        (
            "identical_monologue",
            [
                U(
                    "The client's checkpoints came in. Work out whether flight 3 meets ASPRS 10 cm NVA.",
                    "Loading the checkpoints.",
                ),
                C(
                    "fs_read_csv",
                    {"path": "P-1187/control/checkpoints_nva.csv"},
                    {"rows": 31, "columns": ["id", "x", "y", "z", "landcover"]},
                ),
                N(
                    5,
                    14,
                    "31 NVA checkpoints loaded. Computing RMSEz against the TIN of ground points and comparing with the 10 cm class threshold.",
                    [],
                ),
            ],
        ),
        (
            "identical_tool_calls",
            [
                U(
                    "How many tiles in the delivery folder are missing their .prj? The client's GIS refuses them.",
                    "Listing the delivery.",
                ),
                C(
                    "s3_list_objects",
                    {"Bucket": "aerosurvey-deliver", "Prefix": "P-1187/tiles/", "MaxKeys": 1000},
                    {"KeyCount": 842, "IsTruncated": False},
                ),
                R(
                    5,
                    14,
                    [
                        C(
                            "lastools_lasinfo",
                            {"i": "P-1187/tiles/0412.laz", "nh": True, "nv": True},
                            lambda rng, ts: (
                                "lasinfo (240319) report for 'P-1187/tiles/0412.laz'\n  point data format: 6\n  number of point records: %d\n  WKT OGC COORDINATE SYSTEM: NAD83(2011) / UTM zone 10N + NAVD88 height\n  took %.2f sec."
                                % (49_624_089, rng.uniform(0.3, 0.9))
                            ),
                        )
                    ],
                ),
            ],
        ),
        (
            "restart_from_first_page",
            [
                U(
                    "Give me an inventory of every flight folder in the raw bucket for 2026 with their total size, finance is chasing storage costs.",
                    "Listing the bucket.",
                ),
                C(
                    "s3_get_bucket_metrics",
                    {"Bucket": "aerosurvey-raw"},
                    {"BucketSizeBytes": 412339221004411, "NumberOfObjects": 88120},
                ),
                CY(
                    7,
                    15,
                    [
                        C(
                            "s3_list_objects_v2",
                            {
                                "Bucket": "aerosurvey-raw",
                                "Prefix": "2026/",
                                "Delimiter": "/",
                                "MaxKeys": 1000,
                            },
                            {
                                "KeyCount": 1000,
                                "IsTruncated": True,
                                "NextContinuationToken": "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI/EyIJg==",
                                "CommonPrefixes": [
                                    {"Prefix": "2026/P-1101_Coastline/"},
                                    {"Prefix": "2026/P-1187_Riverbend/"},
                                ],
                            },
                        ),
                        C(
                            "s3_list_objects_v2",
                            {
                                "Bucket": "aerosurvey-raw",
                                "Prefix": "2026/",
                                "MaxKeys": 1000,
                                "ContinuationToken": "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI/EyIJg==",
                            },
                            {
                                "KeyCount": 1000,
                                "IsTruncated": True,
                                "NextContinuationToken": "1ZTn7rlmXkVxNXQ2Pqwe8kbpbYv6/ZzrDdxHOdkz5c2Bme7nGTr4vTg==",
                                "Contents": [
                                    {
                                        "Key": "2026/P-1187_Riverbend/flight_01/L001_0001.laz",
                                        "Size": 1722004119,
                                    }
                                ],
                            },
                        ),
                        "The second page mixes object keys with prefixes; I'll start the listing over from the top.",
                    ],
                ),
            ],
        ),
        (
            "clarification_loop",
            [
                U(
                    "Reproject the Riverbend DTM to California State Plane zone 3 in US survey feet for the county, EPSG:2227.",
                    "Checking the DTM's current CRS.",
                ),
                C(
                    "gdal_info",
                    {"file": "P-1187/dtm/riverbend_dtm_1m.tif"},
                    'Driver: GTiff/GeoTIFF\nSize is 8421, 9007\nCoordinate System is:\nCOMPOUNDCRS["NAD83(2011) / UTM zone 10N + NAVD88 height"...\nPixel Size = (1.000000000000000,-1.000000000000000)',
                ),
                P(
                    5,
                    [
                        "Which coordinate system should the output be in?",
                        U(
                            "EPSG:2227, State Plane zone 3, US feet.",
                            "Thanks. Should the vertical units change to feet as well?",
                        ),
                        U(
                            "Yes, NAVD88 in US survey feet.",
                            "Got it. What target CRS did you want again, zone 3 or zone 4?",
                        ),
                        U(
                            "Zone 3. EPSG:2227.",
                            "Understood. And the vertical should stay in metres, or go to feet?",
                        ),
                        U("FEET. Both.", "Okay. Just to be sure, which EPSG code?"),
                        U(
                            "2227. I've said it three times.",
                            "Thanks. Horizontal units: international feet or US survey feet?",
                        ),
                    ],
                ),
            ],
        ),
        (
            "verification_spiral",
            [
                U(
                    "Copy the final Riverbend deliverables to the client's SFTP.",
                    "Checking the delivery folder.",
                ),
                C(
                    "s3_list_objects",
                    {"Bucket": "aerosurvey-deliver", "Prefix": "P-1187/final/"},
                    {
                        "KeyCount": 4,
                        "Contents": [
                            {"Key": "P-1187/final/tiles.zip"},
                            {"Key": "P-1187/final/dtm_1m.tif"},
                            {"Key": "P-1187/final/report.pdf"},
                            {"Key": "P-1187/final/metadata.xml"},
                        ],
                    },
                ),
                C(
                    "sftp_put",
                    {
                        "host": "sftp.countygis.ca.gov",
                        "remote_dir": "/incoming/riverbend/",
                        "files": ["tiles.zip", "dtm_1m.tif", "report.pdf", "metadata.xml"],
                    },
                    "Uploading 4 files...\ntiles.zip 100% 38GB 88.1MB/s 07:21\ndtm_1m.tif 100% 292MB\nreport.pdf 100% 11MB\nmetadata.xml 100% 41KB\n4 files transferred",
                ),
                CY(
                    6,
                    15,
                    [
                        C(
                            "sftp_ls",
                            {"host": "sftp.countygis.ca.gov", "remote_dir": "/incoming/riverbend/"},
                            "-rw-r--r-- 1 upload upload 40802117632 Nov 28 12:04 tiles.zip\n-rw-r--r-- 1 upload upload   306184219 Nov 28 12:05 dtm_1m.tif\n-rw-r--r-- 1 upload upload    11533221 Nov 28 12:05 report.pdf\n-rw-r--r-- 1 upload upload       41988 Nov 28 12:05 metadata.xml",
                        ),
                        "All four are on the server. I'll verify the checksums to be sure.",
                        C(
                            "sftp_checksum",
                            {
                                "host": "sftp.countygis.ca.gov",
                                "file": "/incoming/riverbend/tiles.zip",
                                "algo": "sha256",
                            },
                            "sha256 9f3c1e...a01b  OK (matches local)",
                        ),
                        C(
                            "sftp_checksum",
                            {
                                "host": "sftp.countygis.ca.gov",
                                "file": "/incoming/riverbend/dtm_1m.tif",
                                "algo": "sha256",
                            },
                            "sha256 41d0aa...77c2  OK (matches local)",
                        ),
                        "Matches. Let me list the remote folder once more just to confirm.",
                    ],
                ),
            ],
        ),
        (
            "broadening_search_no_hits",
            [
                U(
                    "Find the boresight calibration file for the sensor we flew on Riverbend, I need it for the report appendix.",
                    "Checking the flight metadata.",
                ),
                C(
                    "flight_log_get",
                    {"project": "P-1187", "flight": 3},
                    {"sensor": "RIEGL VQ-1560 II-S", "serial": "S2224719", "aircraft": "N741AS"},
                ),
                CY(
                    6,
                    13,
                    [
                        C(
                            "s3_list_objects",
                            {
                                "Bucket": "aerosurvey-calib",
                                "Prefix": "RIEGL/VQ-1560II-S/S2224719/2026/",
                            },
                            {"KeyCount": 0},
                        ),
                        C(
                            "s3_list_objects",
                            {"Bucket": "aerosurvey-calib", "Prefix": "RIEGL/VQ-1560II-S/S2224719/"},
                            {"KeyCount": 0},
                        ),
                        "No calibration under that serial. Broadening.",
                        C(
                            "s3_list_objects",
                            {"Bucket": "aerosurvey-calib", "Prefix": "RIEGL/VQ-1560II-S/"},
                            {"KeyCount": 0},
                        ),
                        C(
                            "s3_list_objects",
                            {"Bucket": "aerosurvey-calib", "Prefix": "RIEGL/"},
                            {"KeyCount": 0},
                        ),
                        C(
                            "s3_list_objects",
                            {"Bucket": "aerosurvey-calib", "Prefix": "boresight"},
                            {"KeyCount": 0},
                        ),
                        "Nothing. Trying other prefixes.",
                    ],
                ),
            ],
        ),
        (
            "tool_hopping_same_blocker",
            [
                U(
                    "Pull the flight 3 raw files down to the processing box.",
                    "Listing them.",
                ),
                ls,
                CY(
                    6,
                    13,
                    [
                        E(
                            "s3_get_object",
                            {
                                "Bucket": "aerosurvey-raw",
                                "Key": "2026/P-1187_Riverbend/flight_03/L003_0001.laz",
                                "dest": "/data/p1187/",
                            },
                            {
                                "_status": 403,
                                "Error": {
                                    "Code": "InvalidObjectState",
                                    "Message": "The operation is not valid for the object's storage class",
                                    "StorageClass": "DEEP_ARCHIVE",
                                },
                            },
                        ),
                        "Direct download refused. I'll use aws s3 cp instead.",
                        E(
                            "shell",
                            {
                                "cmd": "aws s3 cp s3://aerosurvey-raw/2026/P-1187_Riverbend/flight_03/ /data/p1187/ --recursive"
                            },
                            "download failed: s3://aerosurvey-raw/2026/P-1187_Riverbend/flight_03/L003_0001.laz to ../data/p1187/L003_0001.laz An error occurred (InvalidObjectState) when calling the GetObject operation: The operation is not valid for the object's storage class",
                        ),
                        E(
                            "shell",
                            {
                                "cmd": "rclone copy s3raw:aerosurvey-raw/2026/P-1187_Riverbend/flight_03 /data/p1187 -P"
                            },
                            "ERROR : L003_0001.laz: Failed to copy: failed to open source object: InvalidObjectState: Object is of storage class DEEP_ARCHIVE. Unable to perform download operations on DEEP_ARCHIVE objects.",
                        ),
                        "Trying s5cmd, it's faster with big files.",
                        E(
                            "shell",
                            {
                                "cmd": "s5cmd cp 's3://aerosurvey-raw/2026/P-1187_Riverbend/flight_03/*' /data/p1187/"
                            },
                            'ERROR "cp s3://aerosurvey-raw/2026/P-1187_Riverbend/flight_03/L003_0001.laz /data/p1187/L003_0001.laz": InvalidObjectState: The operation is not valid for the object\'s storage class status code: 403',
                        ),
                    ],
                ),
            ],
        ),
        (
            "scope_creep_drift",
            [
                U(
                    "What point density did we achieve on flight 3? Just the number, pts/m², for the invoice.",
                    "Reading the header.",
                ),
                info,
                P(
                    5,
                    [
                        "Before computing density, I noticed the scan angle dimension; let me check the scan angle distribution.",
                        C(
                            "pdal_info",
                            {"file": "L003_0001.laz", "stats": "ScanAngleRank"},
                            '{"stats": {"ScanAngleRank": {"minimum": -29, "maximum": 29, "average": 0.4}}}',
                        ),
                        "Angles are wide. Let me look at the intensity normalisation across swaths too.",
                        C(
                            "pdal_info",
                            {"file": "L003_0001.laz", "stats": "Intensity"},
                            '{"stats": {"Intensity": {"average": 31211, "stddev": 9880}}}',
                        ),
                        "Intensity varies a lot. I could check the trajectory quality for roll artefacts.",
                        C(
                            "sbet_stats",
                            {"file": "flight_03/trajectory.sbet"},
                            "SBET stats: duration 5280 s, roll std 1.9 deg, max roll 14.2 deg",
                        ),
                        "The roll is high in places; let me check the flight lines against the plan.",
                        C(
                            "flight_plan_compare",
                            {"project": "P-1187", "flight": 3},
                            {"lines_planned": 18, "lines_flown": 18, "max_cross_track_m": 22.4},
                        ),
                    ],
                ),
            ],
        ),
        # progress
        (
            "templated_progress_report",
            [
                U(
                    "Run the ground classification over the six Riverbend blocks and post progress as each block finishes.",
                    "Listing blocks.",
                ),
                C(
                    "tile_index",
                    {"project": "P-1187"},
                    {"blocks": ["A", "B", "C", "D", "E", "F"], "tiles": 842},
                ),
                C(
                    "pdal_batch",
                    {"pipeline": "ground_v4.json", "block": "A"},
                    "block A: 141 tiles, 312.4 s, ground 38.1%",
                ),
                "Block A classified: 141 tiles, ground 38.1%.",
                C(
                    "pdal_batch",
                    {"pipeline": "ground_v4.json", "block": "B"},
                    "block B: 139 tiles, 298.0 s, ground 41.7%",
                ),
                "Block B classified: 139 tiles, ground 41.7%.",
                C(
                    "pdal_batch",
                    {"pipeline": "ground_v4.json", "block": "C"},
                    "block C: 140 tiles, 305.9 s, ground 22.9%",
                ),
                "Block C classified: 140 tiles, ground 22.9% (dense riparian canopy).",
                C(
                    "pdal_batch",
                    {"pipeline": "ground_v4.json", "block": "D"},
                    "block D: 142 tiles, 320.2 s, ground 35.0%",
                ),
                "Block D classified: 142 tiles, ground 35.0%.",
                C(
                    "pdal_batch",
                    {"pipeline": "ground_v4.json", "block": "E"},
                    "block E: 140 tiles, 301.7 s, ground 44.3%",
                ),
                "Block E classified: 140 tiles, ground 44.3%.",
                C(
                    "pdal_batch",
                    {"pipeline": "ground_v4.json", "block": "F"},
                    "block F: 140 tiles, 299.4 s, ground 46.0%",
                ),
                "Block F classified: 140 tiles, ground 46.0%. All 842 tiles done; block C's low ground fraction is worth a visual check.",
            ],
        ),
        (
            "summarise_related_documents",
            [
                U(
                    "Read the three USGS LBS spec revisions we have and tell me what changed that affects our Riverbend deliverable.",
                    "Listing the spec documents.",
                ),
                C(
                    "s3_list_objects",
                    {"Bucket": "aerosurvey-docs", "Prefix": "specs/usgs-lbs/"},
                    {
                        "KeyCount": 3,
                        "Contents": [
                            {"Key": "specs/usgs-lbs/LBS_2022_rev_A.pdf"},
                            {"Key": "specs/usgs-lbs/LBS_2023_rev_A.pdf"},
                            {"Key": "specs/usgs-lbs/LBS_2024_rev_A.pdf"},
                        ],
                    },
                ),
                C(
                    "pdf_extract",
                    {"key": "specs/usgs-lbs/LBS_2022_rev_A.pdf", "sections": ["Changes"]},
                    {
                        "changes": [
                            "Point Data Record Format 6 required",
                            "Swath-separation images required",
                        ]
                    },
                ),
                "2022: PDRF 6 becomes mandatory and swath separation images are required.",
                C(
                    "pdf_extract",
                    {"key": "specs/usgs-lbs/LBS_2023_rev_A.pdf", "sections": ["Changes"]},
                    {
                        "changes": [
                            "Tile naming tied to USNG",
                            "Breaklines required for hydro-flattening only where water > 30 m wide",
                        ]
                    },
                ),
                "2023: tile names follow USNG and hydro breaklines only for water wider than 30 m.",
                C(
                    "pdf_extract",
                    {"key": "specs/usgs-lbs/LBS_2024_rev_A.pdf", "sections": ["Changes"]},
                    {
                        "changes": [
                            "GeoTIFF DEM must use Cloud Optimized GeoTIFF",
                            "Vertical CRS must be WKT2 in LAS",
                        ]
                    },
                ),
                "2024: DEMs as Cloud Optimized GeoTIFF and WKT2 CRS in the LAS headers.",
                "For Riverbend (contracted to the 2024 spec): our tiles are already PDRF 6 with swath images, but we must rename tiles to USNG, convert the DTM to COG, and rewrite LAS headers with WKT2. The river is 45 m wide, so it needs hydro breaklines.",
            ],
        ),
        (
            "edit_validate_cycle",
            [
                U(
                    "The client validator rejects our tile headers. Fix the pipeline so the delivery passes their lasvalidate profile.",
                    "Running their validator on a sample tile.",
                ),
                C(
                    "lasvalidate",
                    {"i": "P-1187/tiles/0412.laz", "profile": "county_2024.json"},
                    "FAIL: global_encoding bit 4 (WKT) not set\nFAIL: system_identifier empty\nFAIL: file_creation_day 0",
                ),
                C(
                    "edit_pipeline",
                    {
                        "file": "pipelines/deliver.json",
                        "set": {
                            "writers.las.a_srs": "EPSG:6350+5703",
                            "writers.las.global_encoding": 17,
                        },
                    },
                    {"saved": True},
                ),
                C(
                    "pdal_pipeline_run",
                    {"pipeline": "pipelines/deliver.json", "in": "tiles/0412.laz"},
                    "PDAL pipeline finished in 12.1 s",
                ),
                C(
                    "lasvalidate",
                    {"i": "P-1187/out/0412.laz", "profile": "county_2024.json"},
                    "PASS: global_encoding\nFAIL: system_identifier empty\nFAIL: file_creation_day 0",
                ),
                C(
                    "edit_pipeline",
                    {
                        "file": "pipelines/deliver.json",
                        "set": {
                            "writers.las.system_id": "RIEGL VQ-1560 II-S",
                            "writers.las.creation_doy": "now",
                        },
                    },
                    {"saved": True},
                ),
                C(
                    "pdal_pipeline_run",
                    {"pipeline": "pipelines/deliver.json", "in": "tiles/0412.laz"},
                    "PDAL pipeline finished in 11.8 s",
                ),
                C(
                    "lasvalidate",
                    {"i": "P-1187/out/0412.laz", "profile": "county_2024.json"},
                    "PASS: all 27 checks",
                ),
                "The delivery pipeline now writes WKT2 global encoding, the system identifier and the creation date. Tile 0412 passes all 27 county checks; ready to run the full tile set.",
            ],
        ),
        (
            "retry_corrected_argument",
            [
                U(
                    "Clip the DTM to the Riverbend AOI polygon.",
                    "Finding the AOI.",
                ),
                C(
                    "s3_list_objects",
                    {"Bucket": "aerosurvey-docs", "Prefix": "P-1187/aoi/"},
                    {"KeyCount": 1, "Contents": [{"Key": "P-1187/aoi/riverbend_aoi.gpkg"}]},
                ),
                E(
                    "gdal_warp",
                    {
                        "src": "dtm/riverbend_dtm_1m.tif",
                        "dst": "dtm/riverbend_dtm_1m_aoi.tif",
                        "cutline": "aoi/riverbend_aoi.gpkg",
                        "cl": "riverbend_aoi",
                    },
                    "ERROR 1: Failed to identify source layer from datasource.\nERROR 1: Cannot find layer 'riverbend_aoi'. Layers present: 'aoi_2026'",
                ),
                "The layer is called aoi_2026 inside the GeoPackage.",
                C(
                    "gdal_warp",
                    {
                        "src": "dtm/riverbend_dtm_1m.tif",
                        "dst": "dtm/riverbend_dtm_1m_aoi.tif",
                        "cutline": "aoi/riverbend_aoi.gpkg",
                        "cl": "aoi_2026",
                        "crop_to_cutline": True,
                    },
                    "Creating output file that is 8102P x 8660L.\nProcessing dtm/riverbend_dtm_1m.tif [1/1] : 0...10...20...30...40...50...60...70...80...90...100 - done.",
                ),
                "The DTM is clipped to the AOI (layer aoi_2026): dtm/riverbend_dtm_1m_aoi.tif, 8102 x 8660 cells at 1 m.",
            ],
        ),
        (
            "polling_until_complete",
            [
                U(
                    "Restore flight 1 from Glacier, we need to reprocess it. Let me know when it's downloadable.",
                    "Requesting the restore.",
                ),
                C(
                    "s3_restore_object",
                    {
                        "Bucket": "aerosurvey-raw",
                        "Prefix": "2026/P-1187_Riverbend/flight_01/",
                        "Days": 7,
                        "Tier": "Bulk",
                    },
                    {"_status": 202, "Restored": 31},
                ),
                C(
                    "s3_head_object",
                    {
                        "Bucket": "aerosurvey-raw",
                        "Key": "2026/P-1187_Riverbend/flight_01/L001_0001.laz",
                    },
                    {"StorageClass": "DEEP_ARCHIVE", "Restore": 'ongoing-request="true"'},
                ),
                "Restore is in progress (bulk tier, up to 48 h).",
                C(
                    "s3_head_object",
                    {
                        "Bucket": "aerosurvey-raw",
                        "Key": "2026/P-1187_Riverbend/flight_01/L001_0001.laz",
                    },
                    {"StorageClass": "DEEP_ARCHIVE", "Restore": 'ongoing-request="true"'},
                ),
                C(
                    "s3_head_object",
                    {
                        "Bucket": "aerosurvey-raw",
                        "Key": "2026/P-1187_Riverbend/flight_01/L001_0001.laz",
                    },
                    {
                        "StorageClass": "DEEP_ARCHIVE",
                        "Restore": 'ongoing-request="false", expiry-date="Fri, 06 Dec 2026 00:00:00 GMT"',
                    },
                ),
                C(
                    "shell",
                    {
                        "cmd": "aws s3 cp s3://aerosurvey-raw/2026/P-1187_Riverbend/flight_01/ /data/p1187/f1/ --recursive --force-glacier-transfer"
                    },
                    "download: s3://aerosurvey-raw/2026/P-1187_Riverbend/flight_01/L001_0001.laz to ../data/p1187/f1/L001_0001.laz\n... 31 files, 54.2 GiB",
                ),
                "Flight 1 is restored (available until 6 December) and all 31 files, 54.2 GiB, are on the processing box under /data/p1187/f1/.",
            ],
        ),
        (
            "acknowledging_new_inputs",
            [
                U(
                    "I'm reviewing tiles in the viewer; I'll call out ones with misclassified bridges. Queue each for manual edit.",
                    "Ready.",
                ),
                C("edit_queue_get", {"project": "P-1187"}, {"queued": 0}),
                U("Tile 0388, the rail bridge is classed as ground.", "Queued."),
                C(
                    "edit_queue_add",
                    {
                        "project": "P-1187",
                        "tile": "0388",
                        "issue": "rail bridge classed as ground (2)",
                    },
                    {"position": 1},
                ),
                U("0391, same bridge continues.", "Queued."),
                C(
                    "edit_queue_add",
                    {
                        "project": "P-1187",
                        "tile": "0391",
                        "issue": "rail bridge continuation classed as ground",
                    },
                    {"position": 2},
                ),
                U("0455, footbridge deck missing from class 17.", "Queued."),
                C(
                    "edit_queue_add",
                    {
                        "project": "P-1187",
                        "tile": "0455",
                        "issue": "footbridge deck not in class 17 (bridge deck)",
                    },
                    {"position": 3},
                ),
                "Three tiles queued for manual edit: 0388 and 0391 (rail bridge in ground) and 0455 (footbridge deck missing from class 17).",
            ],
        ),
        (
            "paging_through_results",
            [
                U(
                    "List every delivered tile for P-1187 with its size so I can build the manifest.",
                    "Listing the delivery bucket.",
                ),
                C(
                    "s3_get_bucket_metrics",
                    {"Bucket": "aerosurvey-deliver", "Prefix": "P-1187/"},
                    {"NumberOfObjects": 2204},
                ),
                C(
                    "s3_list_objects_v2",
                    {"Bucket": "aerosurvey-deliver", "Prefix": "P-1187/tiles/", "MaxKeys": 1000},
                    {
                        "KeyCount": 1000,
                        "IsTruncated": True,
                        "NextContinuationToken": "1a2Bx9Qe==",
                        "Contents": [{"Key": "P-1187/tiles/0001.laz", "Size": 98112004}],
                    },
                ),
                C(
                    "s3_list_objects_v2",
                    {
                        "Bucket": "aerosurvey-deliver",
                        "Prefix": "P-1187/tiles/",
                        "MaxKeys": 1000,
                        "ContinuationToken": "1a2Bx9Qe==",
                    },
                    {
                        "KeyCount": 1000,
                        "IsTruncated": True,
                        "NextContinuationToken": "1q8Zr4Pt==",
                        "Contents": [{"Key": "P-1187/tiles/1001.laz", "Size": 87220441}],
                    },
                ),
                C(
                    "s3_list_objects_v2",
                    {
                        "Bucket": "aerosurvey-deliver",
                        "Prefix": "P-1187/tiles/",
                        "MaxKeys": 1000,
                        "ContinuationToken": "1q8Zr4Pt==",
                    },
                    {
                        "KeyCount": 204,
                        "IsTruncated": False,
                        "Contents": [{"Key": "P-1187/tiles/2001.laz", "Size": 90022318}],
                    },
                ),
                C(
                    "fs_write",
                    {"path": "P-1187/final/manifest.csv", "rows": 2204},
                    {"bytes": 118220},
                ),
                "The manifest has all 2,204 tiles from three listing pages (1,000 + 1,000 + 204) and is written to P-1187/final/manifest.csv.",
            ],
        ),
        (
            "requery_after_filter_change",
            [
                U(
                    "Which of our 2026 projects used the VQ-1560?",
                    "Searching flight logs.",
                ),
                C("flight_log_summary", {"year": 2026}, {"flights": 211}),
                C(
                    "flight_log_search",
                    {"year": 2026, "sensor": "RIEGL VQ-1560 II-S", "page": 1},
                    {"page": 1, "pages": 2, "projects": ["P-1101", "P-1124", "P-1187"]},
                ),
                C(
                    "flight_log_search",
                    {"year": 2026, "sensor": "RIEGL VQ-1560 II-S", "page": 2},
                    {"page": 2, "pages": 2, "projects": ["P-1203", "P-1219"]},
                ),
                U(
                    "Only the ones where we flew it on the King Air, not the Cessna.",
                    "Adding the aircraft filter, so starting again at page 1.",
                ),
                C(
                    "flight_log_search",
                    {"year": 2026, "sensor": "RIEGL VQ-1560 II-S", "aircraft": "N741AS", "page": 1},
                    {"page": 1, "pages": 1, "projects": ["P-1124", "P-1187"]},
                ),
                "On the King Air (N741AS) the VQ-1560 flew two 2026 projects: P-1124 and P-1187 Riverbend.",
            ],
        ),
        (
            "successive_clarifications",
            [
                U(
                    "Make contours for Riverbend.",
                    "Checking the DTM is final.",
                ),
                C(
                    "gdal_info",
                    {"file": "P-1187/dtm/riverbend_dtm_1m_aoi.tif"},
                    "Driver: GTiff/GeoTIFF\nSize is 8102, 8660\nBand 1 Block=256x256 Type=Float32, NoData=-9999",
                ),
                "The DTM is ready. What contour interval do you want?",
                U("1 foot.", "Should the index contours be every 5 feet?"),
                U("Yes.", "Output format: DWG for CAD or a GeoPackage?"),
                U("DWG.", "Generating."),
                C(
                    "gdal_contour",
                    {
                        "src": "dtm/riverbend_dtm_1m_aoi.tif",
                        "dst": "contours/riverbend_1ft.gpkg",
                        "interval": 0.3048,
                        "attr": "elev_ft",
                    },
                    "0...10...20...30...40...50...60...70...80...90...100 - done.",
                ),
                C(
                    "ogr2ogr",
                    {
                        "f": "DXF",
                        "dst": "contours/riverbend_1ft.dwg",
                        "src": "contours/riverbend_1ft.gpkg",
                        "index_every": 5,
                    },
                    "Converted 412,008 features",
                ),
                "Contours are done: 1 ft interval with index contours every 5 ft, exported to contours/riverbend_1ft.dwg (412k lines).",
            ],
        ),
        (
            "verify_then_close",
            [
                U(
                    "Make the Riverbend tiles public-read for the county's download portal.",
                    "Checking the bucket policy.",
                ),
                C(
                    "s3_get_bucket_policy",
                    {"Bucket": "aerosurvey-deliver"},
                    {"Policy": '{"Statement": []}'},
                ),
                C(
                    "s3_put_bucket_policy",
                    {
                        "Bucket": "aerosurvey-deliver",
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Principal": "*",
                                "Action": "s3:GetObject",
                                "Resource": "arn:aws:s3:::aerosurvey-deliver/P-1187/tiles/*",
                            }
                        ],
                    },
                    {"_status": 204},
                ),
                C(
                    "http_head",
                    {
                        "url": "https://aerosurvey-deliver.s3.us-west-2.amazonaws.com/P-1187/tiles/0412.laz"
                    },
                    "HTTP/1.1 200 OK\nContent-Length: 98230110\nx-amz-storage-class: STANDARD",
                ),
                C(
                    "http_head",
                    {
                        "url": "https://aerosurvey-deliver.s3.us-west-2.amazonaws.com/P-1187/final/report.pdf"
                    },
                    "HTTP/1.1 403 Forbidden\nx-amz-request-id: 7Q2KD1R0B9XH3M4P",
                ),
                "Only the P-1187/tiles/ prefix is public-read now, nothing else in the bucket. A test tile returns 200 anonymously. Done.",
            ],
        ),
        (
            "refined_search_hits",
            [
                U(
                    "Find the ground control survey report for Riverbend, the surveyor sent it in October.",
                    "Searching docs.",
                ),
                C("flight_log_get", {"project": "P-1187", "flight": 1}, {"date": "2026-10-09"}),
                C(
                    "docs_search",
                    {"project": "P-1187", "q": "ground control report"},
                    {"results": []},
                ),
                C("docs_search", {"project": "P-1187", "q": "GCP survey"}, {"results": []}),
                "Nothing filed under the project. The surveyor's reports usually come by email and get filed under their company name, so I'll search the inbox archive.",
                C(
                    "mail_search",
                    {"q": "from:(@deltasurveying.com) has:attachment after:2026/10/01 Riverbend"},
                    {
                        "messages": [
                            {
                                "id": "18c2f1",
                                "subject": "Riverbend GCP report + coords",
                                "attachments": ["RB_GCP_Report_v2.pdf", "RB_GCPs.csv"],
                            }
                        ]
                    },
                ),
                C(
                    "mail_save_attachments",
                    {"id": "18c2f1", "dest": "aerosurvey-docs/P-1187/control/"},
                    {"saved": 2},
                ),
                "Found it by email from Delta Surveying: RB_GCP_Report_v2.pdf plus RB_GCPs.csv. Both are now filed under P-1187/control/.",
            ],
        ),
        (
            "fallback_tool_succeeds",
            [
                U(
                    "Build the Potree viewer for Riverbend so the client can look at it in a browser.",
                    "Checking the classified tiles.",
                ),
                C("tile_index", {"project": "P-1187", "stage": "classified"}, {"tiles": 842}),
                E(
                    "potree_convert",
                    {"src": "P-1187/classified/*.laz", "out": "viewer/riverbend"},
                    "PotreeConverter 2.1.1\nERROR: could not open 'P-1187/classified/0001.laz': LAZ 1.4 point format 6 with chunked compression is not supported by this build (LASzip 3.2 required)",
                ),
                "This PotreeConverter build can't read these LAZ files. Entwine produces an EPT index that Potree also reads, so I'll go that way.",
                C(
                    "entwine_build",
                    {
                        "input": "P-1187/classified/",
                        "output": "viewer/riverbend-ept",
                        "threads": 16,
                    },
                    "Entwine 3.1.1\nAdding 842 files...\nPoints inserted: 35,211,480,912\nSaved. Elapsed 2h 11m",
                ),
                C(
                    "potree_page_create",
                    {"ept": "viewer/riverbend-ept/ept.json", "title": "Riverbend 2026"},
                    {"url": "https://viewer.aerosurvey.io/riverbend-2026/"},
                ),
                "The viewer is live at https://viewer.aerosurvey.io/riverbend-2026/, built from an Entwine EPT index because PotreeConverter couldn't read LAZ 1.4.",
            ],
        ),
        (
            "justified_detour",
            [
                U(
                    "Why does the Riverbend DTM have a 30 cm step along a straight line near the bridge?",
                    "Looking at the area.",
                ),
                C(
                    "gdal_profile",
                    {
                        "file": "dtm/riverbend_dtm_1m.tif",
                        "line": [[653010, 4184100], [653010, 4184300]],
                    },
                    {"step_at": [653010, 4184212], "dz_m": 0.31},
                ),
                "There's a 0.31 m step. It lines up with a flight-line boundary, so before editing the DTM I'll check the strip alignment there.",
                qc,
                C(
                    "qc_swath_overlap",
                    {
                        "project": "P-1187",
                        "flight": 3,
                        "pair": ["L003_0011", "L003_0012"],
                        "detail": True,
                    },
                    "pair L003_0011/L003_0012: RMSDz 0.29 m  FAIL\n  cause hint: L003_0012 GPS week rollover, trajectory offset 1 epoch",
                ),
                "Lines 11 and 12 disagree by 0.29 m: line 12's trajectory has a one-epoch time offset from a GPS week rollover. Reprocessing that line's trajectory.",
                C(
                    "rtklib_rnx2rtkp",
                    {
                        "rover": "flight_03/gnss_rover.obs",
                        "base": "cors/P271_3330.26o",
                        "conf": "ppk_kinematic.conf",
                        "week_fix": True,
                    },
                    "rnx2rtkp: 5281 epochs, fix ratio 99.2%",
                ),
                C(
                    "qc_swath_overlap",
                    {"project": "P-1187", "flight": 3, "pair": ["L003_0011", "L003_0012"]},
                    "pair L003_0011/L003_0012: RMSDz 0.047 m  PASS",
                ),
                "The step came from line L003_0012's trajectory being one epoch out after a GPS week rollover, not from the terrain. With the rollover fix the pair agrees to 0.047 m; regenerate the DTM tiles around the bridge and the step goes away.",
            ],
        ),
    ]


# --- domain 7: customer data platform identity resolution -----------------------------------


def cdp_rows():
    prof = C(
        "segment_profiles_external_ids",
        {"space_id": "spa_2Fq8kLm0", "identifier": "email:r.castellano@fastmail.com"},
        {
            "data": [
                {
                    "id": "use_2ZkQ1aP9",
                    "type": "user_id",
                    "source_id": "src_web",
                    "created_at": "2025-03-02T10:11:07Z",
                },
                {"id": "r.castellano@fastmail.com", "type": "email", "source_id": "src_web"},
                {"id": "8f2c1d7e-ios", "type": "ios.idfv", "source_id": "src_ios"},
            ],
            "cursor": {"has_more": False, "next": ""},
        },
    )
    sf = C(
        "snowflake_query",
        {
            "warehouse": "ANALYTICS_XS",
            "sql": "select count(*) n, count(distinct canonical_id) c from IDR.PROFILE_MERGES where merged_at >= dateadd(day,-1,current_timestamp())",
        },
        {
            "rowtype": ["N", "C"],
            "data": [[18441, 17902]],
            "queryId": "01b8c3e1-0004-51aa-0000-4a1d0021b4f2",
            "stats": {"executionTime": 1830},
        },
    )
    braze = C(
        "braze_users_export_ids",
        {
            "external_ids": ["use_2ZkQ1aP9"],
            "fields_to_export": ["external_id", "email", "push_tokens", "email_subscribe"],
        },
        {
            "users": [
                {
                    "external_id": "use_2ZkQ1aP9",
                    "email": "r.castellano@fastmail.com",
                    "email_subscribe": "opted_in",
                    "push_tokens": [{"app": "Loop iOS", "platform": "ios"}],
                }
            ],
            "message": "success",
        },
    )
    return [
        (
            "exact_repeat",
            [
                U(
                    "Customer r.castellano@fastmail.com has two Braze profiles and is getting every campaign twice. Merge them into the right one.",
                    "Looking up the identity graph.",
                ),
                prof,
                braze,
                N(
                    4,
                    12,
                    "The canonical profile is use_2ZkQ1aP9 (web sign-up, has the email and iOS push). I'll merge the duplicate guest profile into it with /users/merge and keep the opted-in subscription.",
                    [
                        "Yes, that's the one. Merge it.",
                        "Done?",
                        "She just got the Black Friday email twice again.",
                        "Please run the merge now.",
                    ],
                ),
            ],
        ),
        (
            "paraphrased_repeat",
            [
                U(
                    "Document our identity resolution rules for the new data engineer: which identifiers merge, priorities and limits.",
                    "Getting the current Unify settings.",
                ),
                C(
                    "segment_unify_get_settings",
                    {"space_id": "spa_2Fq8kLm0"},
                    {
                        "identifiers": [
                            {"type": "user_id", "priority": 1, "limit": 1},
                            {"type": "email", "priority": 2, "limit": 5},
                            {"type": "ios.idfv", "priority": 3, "limit": 10},
                            {"type": "anonymous_id", "priority": 4, "limit": 100},
                        ]
                    },
                ),
                P(
                    5,
                    [
                        "I have the four identifier rules. I'll write the explainer doc now.",
                        "Next I'll turn the priorities and limits into a readable guide.",
                        "Let me write up how merging works with these settings.",
                        "I'm going to draft the identity resolution doc.",
                        "Working on the documentation for the new engineer next.",
                        "I'll prepare the write-up covering identifiers, priority and limits.",
                        "Now I'll put the explanation together.",
                    ],
                ),
            ],
        ),
        (
            "ab_oscillation",
            [
                U(
                    "The email identifier limit is causing shared family inboxes to merge people. Set it to whatever stops that without breaking real multi-email users.",
                    "Checking the current setting.",
                ),
                sf,
                CY(
                    6,
                    14,
                    [
                        C(
                            "segment_unify_update_identifier",
                            {"space_id": "spa_2Fq8kLm0", "type": "email", "limit": 1},
                            {
                                "type": "email",
                                "limit": 1,
                                "previous_limit": 5,
                                "simulated_impact": {
                                    "blocked_merges_24h": 1210,
                                    "legit_multi_email_users_affected": 340,
                                },
                            },
                        ),
                        C(
                            "segment_unify_update_identifier",
                            {"space_id": "spa_2Fq8kLm0", "type": "email", "limit": 5},
                            {
                                "type": "email",
                                "limit": 5,
                                "previous_limit": 1,
                                "simulated_impact": {
                                    "blocked_merges_24h": 0,
                                    "shared_inbox_overmerges_24h": 96,
                                },
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "failing_tool_retry",
            [
                U(
                    "Send the loyalty tier trait from the warehouse to Braze for all members, the Hightouch sync is set up.",
                    "Checking the sync.",
                ),
                C(
                    "hightouch_get_sync",
                    {"sync_id": 48213},
                    {
                        "id": 48213,
                        "model": "loyalty_tiers",
                        "destination": "Braze",
                        "status": "failed",
                        "last_run": "2026-11-28T03:00:12Z",
                    },
                ),
                CY(
                    5,
                    13,
                    [
                        E(
                            "hightouch_trigger_sync",
                            {"sync_id": 48213, "fullResync": False},
                            {
                                "error": "Model query failed: SQL compilation error:\ninvalid identifier 'LOYALTY_TIER_V2' (line 3, position 8)",
                                "run_id": None,
                            },
                        ),
                        "Sync failed; retrying it.",
                        E(
                            "hightouch_trigger_sync",
                            {"sync_id": 48213, "fullResync": False},
                            {
                                "error": "Model query failed: SQL compilation error:\ninvalid identifier 'LOYALTY_TIER_V2' (line 3, position 8)",
                                "run_id": None,
                            },
                        ),
                        E(
                            "hightouch_trigger_sync",
                            {"sync_id": 48213, "fullResync": False},
                            {
                                "error": "Model query failed: SQL compilation error:\ninvalid identifier 'LOYALTY_TIER_V2' (line 3, position 8)",
                                "run_id": None,
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "same_action_same_observation",
            [
                U(
                    "I submitted a GDPR deletion for customer use_7RtP2mX1 in Segment. Confirm when it's complete so I can reply to them.",
                    "Finding the regulation request.",
                ),
                C(
                    "segment_list_regulations",
                    {"workspace": "loop-prod", "subject": "use_7RtP2mX1"},
                    {
                        "regulations": [
                            {
                                "id": "reg_2Hx9",
                                "type": "SUPPRESS_WITH_DELETE",
                                "status": "RUNNING",
                                "created_at": "2026-11-27T09:00:00Z",
                            }
                        ]
                    },
                ),
                CY(
                    8,
                    17,
                    [
                        C(
                            "segment_get_regulation",
                            {"regulation_id": "reg_2Hx9"},
                            {
                                "id": "reg_2Hx9",
                                "overallStatus": "RUNNING",
                                "streamStatus": [
                                    {"destination": "Braze", "status": "RUNNING"},
                                    {"destination": "Snowflake", "status": "RUNNING"},
                                ],
                            },
                        ),
                        "Still running.",
                        C(
                            "segment_get_regulation",
                            {"regulation_id": "reg_2Hx9"},
                            {
                                "id": "reg_2Hx9",
                                "overallStatus": "RUNNING",
                                "streamStatus": [
                                    {"destination": "Braze", "status": "RUNNING"},
                                    {"destination": "Snowflake", "status": "RUNNING"},
                                ],
                            },
                        ),
                        "No change. Checking again.",
                    ],
                ),
            ],
        ),
        (
            "identical_monologue",
            [
                U(
                    "Yesterday we had 18k merges, way above normal. Is that a real spike or a tracking bug?",
                    "Pulling merge counts.",
                ),
                sf,
                N(
                    5,
                    14,
                    "18,441 merges in 24 hours against a normal ~2,500. Comparing by source and identifier type to see what's driving it.",
                    [],
                ),
            ],
        ),
        (
            "identical_tool_calls",
            [
                U(
                    "Which audiences is use_2ZkQ1aP9 in right now? Support needs to know why she got the win-back email.",
                    "Reading her profile.",
                ),
                prof,
                R(
                    5,
                    14,
                    [
                        C(
                            "segment_profiles_get_traits",
                            {
                                "space_id": "spa_2Fq8kLm0",
                                "identifier": "user_id:use_2ZkQ1aP9",
                                "class": "audience",
                                "limit": 50,
                            },
                            lambda rng, ts: {
                                "traits": {
                                    "winback_60d": True,
                                    "vip_tier_gold": False,
                                    "cart_abandoners_7d": False,
                                },
                                "cursor": {"has_more": False},
                                "_served_by": "profiles-api-%d" % rng.randint(1, 9),
                            },
                        )
                    ],
                ),
            ],
        ),
        (
            "restart_from_first_page",
            [
                U(
                    "Export every profile that has more than 3 emails attached, we think they're overmerged.",
                    "Querying the identity tables.",
                ),
                sf,
                CY(
                    7,
                    15,
                    [
                        C(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select canonical_id, n_emails from IDR.PROFILE_STATS where n_emails > 3 order by n_emails desc limit 500 offset 0",
                            },
                            {
                                "data": [["use_9aQ", 41], ["use_1Zk", 27]],
                                "rowcount": 500,
                                "queryId": "01b8c3e1-0004-51aa-0000-4a1d0021c001",
                            },
                        ),
                        C(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select canonical_id, n_emails from IDR.PROFILE_STATS where n_emails > 3 order by n_emails desc limit 500 offset 500",
                            },
                            {
                                "data": [["use_P0x", 4], ["use_Hh2", 4]],
                                "rowcount": 500,
                                "queryId": "01b8c3e1-0004-51aa-0000-4a1d0021c00f",
                            },
                        ),
                        "Ties on n_emails make offset paging unstable; restarting from the first batch.",
                    ],
                ),
            ],
        ),
        (
            "clarification_loop",
            [
                U(
                    "Unsubscribe kaito.ueda@proton.me from all marketing email in Braze. He asked by phone. Transactional stays on.",
                    "Finding him in Braze.",
                ),
                C(
                    "braze_users_export_ids",
                    {
                        "email_address": "kaito.ueda@proton.me",
                        "fields_to_export": ["external_id", "email_subscribe"],
                    },
                    {
                        "users": [{"external_id": "use_4LmB8", "email_subscribe": "opted_in"}],
                        "message": "success",
                    },
                ),
                P(
                    5,
                    [
                        "Which email address should I unsubscribe?",
                        U(
                            "kaito.ueda@proton.me.",
                            "Thanks. Should I unsubscribe him from everything, or marketing only?",
                        ),
                        U(
                            "Marketing only. Transactional stays.",
                            "Got it. Just to confirm, which customer is this?",
                        ),
                        U(
                            "Kaito Ueda. kaito.ueda@proton.me.",
                            "Understood. Is that all email, or just marketing?",
                        ),
                        U("Marketing. I told you.", "Okay. And what was the address again?"),
                        U(
                            "Seriously? kaito.ueda@proton.me",
                            "Thanks. Should transactional email also be turned off?",
                        ),
                    ],
                ),
            ],
        ),
        (
            "verification_spiral",
            [
                U(
                    "Merge the guest profile into use_2ZkQ1aP9 in Braze.",
                    "Checking both profiles.",
                ),
                braze,
                C(
                    "braze_users_merge",
                    {
                        "merge_updates": [
                            {
                                "identifier_to_merge": {
                                    "user_alias": {
                                        "alias_name": "guest_51e0",
                                        "alias_label": "shopify_guest",
                                    }
                                },
                                "identifier_to_keep": {"external_id": "use_2ZkQ1aP9"},
                            }
                        ]
                    },
                    {"message": "success"},
                ),
                CY(
                    6,
                    15,
                    [
                        C(
                            "braze_users_export_ids",
                            {
                                "user_aliases": [
                                    {"alias_name": "guest_51e0", "alias_label": "shopify_guest"}
                                ]
                            },
                            {"users": [], "invalid_user_ids": ["guest_51e0"], "message": "success"},
                        ),
                        "Guest alias is gone. I'll confirm the kept profile has the purchase history too.",
                        C(
                            "braze_users_export_ids",
                            {
                                "external_ids": ["use_2ZkQ1aP9"],
                                "fields_to_export": ["purchases", "user_aliases"],
                            },
                            {
                                "users": [
                                    {
                                        "external_id": "use_2ZkQ1aP9",
                                        "purchases": [{"name": "order_51e0", "count": 1}],
                                        "user_aliases": [{"alias_name": "guest_51e0"}],
                                    }
                                ],
                                "message": "success",
                            },
                        ),
                        braze,
                        "Looks merged. Let me double-check the alias lookup once more.",
                    ],
                ),
            ],
        ),
        (
            "broadening_search_no_hits",
            [
                U(
                    "A customer says she signed up in the app with 'sofia.b' something at gmail. Find her profile so we can fix her loyalty points.",
                    "Searching profiles.",
                ),
                sf,
                CY(
                    6,
                    13,
                    [
                        C(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select canonical_id from IDR.IDENTIFIERS where type='email' and value ilike 'sofia.b%@gmail.com' and source='src_ios'",
                            },
                            {"data": [], "rowcount": 0},
                        ),
                        C(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select canonical_id from IDR.IDENTIFIERS where type='email' and value ilike 'sofia.b%@gmail.com'",
                            },
                            {"data": [], "rowcount": 0},
                        ),
                        "No matches. Loosening the pattern.",
                        C(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select canonical_id from IDR.IDENTIFIERS where type='email' and value ilike 'sofia%@gmail.com' and value ilike '%b%'",
                            },
                            {"data": [], "rowcount": 0},
                        ),
                        C(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select canonical_id from IDR.IDENTIFIERS where value ilike '%sofia%'",
                            },
                            {"data": [], "rowcount": 0},
                        ),
                        "Still nothing. Broadening further.",
                    ],
                ),
            ],
        ),
        (
            "tool_hopping_same_blocker",
            [
                U(
                    "Pull the last 30 days of events for use_2ZkQ1aP9, support wants to see what she did before the complaint.",
                    "Getting her identifiers.",
                ),
                prof,
                CY(
                    6,
                    13,
                    [
                        E(
                            "segment_profiles_get_events",
                            {
                                "space_id": "spa_2Fq8kLm0",
                                "identifier": "user_id:use_2ZkQ1aP9",
                                "limit": 200,
                            },
                            {
                                "error": {
                                    "code": "forbidden",
                                    "message": "Access token does not have the 'Profile API: Read events' permission",
                                }
                            },
                        ),
                        "Events API refused. I'll read them from the Segment warehouse schema instead.",
                        E(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select event, timestamp from SEGMENT_WEB.TRACKS where user_id='use_2ZkQ1aP9' and timestamp > dateadd(day,-30,current_date)",
                            },
                            {
                                "error": "SQL access control error:\nInsufficient privileges to operate on schema 'SEGMENT_WEB'",
                                "code": "003001",
                            },
                        ),
                        E(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select event, timestamp from SEGMENT_IOS.TRACKS where user_id='use_2ZkQ1aP9'",
                            },
                            {
                                "error": "SQL access control error:\nInsufficient privileges to operate on schema 'SEGMENT_IOS'",
                                "code": "003001",
                            },
                        ),
                        "Let me try Braze's user export, it includes custom events.",
                        E(
                            "braze_users_export_ids",
                            {
                                "external_ids": ["use_2ZkQ1aP9"],
                                "fields_to_export": ["custom_events"],
                            },
                            {
                                "message": "Insufficient permissions: API key lacks 'users.export.ids' for field 'custom_events' (PII restricted)"
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "scope_creep_drift",
            [
                U(
                    "Quick check: is the Braze 'email_subscribe' for use_2ZkQ1aP9 opted_in or subscribed?",
                    "Looking her up.",
                ),
                prof,
                P(
                    5,
                    [
                        "She has an iOS IDFV on the profile; I want to see whether push tokens are healthy first.",
                        C(
                            "braze_users_export_ids",
                            {"external_ids": ["use_2ZkQ1aP9"], "fields_to_export": ["push_tokens"]},
                            {
                                "users": [
                                    {
                                        "push_tokens": [
                                            {
                                                "app": "Loop iOS",
                                                "token": "a1f0…",
                                                "notification_enabled": True,
                                            }
                                        ]
                                    }
                                ],
                                "message": "success",
                            },
                        ),
                        "Push is fine. Since we're here, let me look at how many iOS users lack a user_id overall.",
                        C(
                            "snowflake_query",
                            {
                                "warehouse": "ANALYTICS_XS",
                                "sql": "select count(*) from IDR.PROFILES where has_idfv and user_id is null",
                            },
                            {"data": [[221044]], "rowcount": 1},
                        ),
                        "That's a lot of anonymous app users. Checking the app's identify call implementation.",
                        C(
                            "github_search_code",
                            {"repo": "loop/ios-app", "q": "Analytics.shared().identify"},
                            {
                                "total_count": 3,
                                "items": [
                                    {"path": "Loop/Auth/SessionManager.swift"},
                                    {"path": "Loop/Onboarding/SignupVC.swift"},
                                ],
                            },
                        ),
                        "Let me read the session manager to see when identify fires.",
                        C(
                            "github_get_file",
                            {"repo": "loop/ios-app", "path": "Loop/Auth/SessionManager.swift"},
                            'func didLogin(user: User) {\n    // TODO: identify after token refresh\n    Analytics.shared().track("Logged In")\n}',
                        ),
                    ],
                ),
            ],
        ),
        # progress
        (
            "templated_progress_report",
            [
                U(
                    "Backfill the 'preferred_store' trait into Braze in chunks of 50k; report after each chunk.",
                    "Sizing the backfill.",
                ),
                C(
                    "snowflake_query",
                    {
                        "warehouse": "ANALYTICS_XS",
                        "sql": "select count(*) from MART.PREFERRED_STORE",
                    },
                    {"data": [[186230]], "rowcount": 1},
                ),
                C(
                    "hightouch_trigger_sync",
                    {"sync_id": 48990, "model_filter": "row_num between 1 and 50000"},
                    {"run_id": 99120, "status": "success", "rows": {"added": 50000, "failed": 0}},
                ),
                "Chunk 1/4: 50,000 profiles updated, 0 failed.",
                C(
                    "hightouch_trigger_sync",
                    {"sync_id": 48990, "model_filter": "row_num between 50001 and 100000"},
                    {"run_id": 99121, "status": "success", "rows": {"added": 49988, "failed": 12}},
                ),
                "Chunk 2/4: 49,988 profiles updated, 12 failed.",
                C(
                    "hightouch_trigger_sync",
                    {"sync_id": 48990, "model_filter": "row_num between 100001 and 150000"},
                    {"run_id": 99122, "status": "success", "rows": {"added": 50000, "failed": 0}},
                ),
                "Chunk 3/4: 50,000 profiles updated, 0 failed.",
                C(
                    "hightouch_trigger_sync",
                    {"sync_id": 48990, "model_filter": "row_num between 150001 and 186230"},
                    {"run_id": 99123, "status": "success", "rows": {"added": 36227, "failed": 3}},
                ),
                "Chunk 4/4: 36,227 profiles updated, 3 failed. 186,215 of 186,230 done; the 15 failures are external_ids Braze doesn't know.",
            ],
        ),
        (
            "summarise_related_documents",
            [
                U(
                    "Read the three incident postmortems about identity overmerges and tell me what we keep getting wrong.",
                    "Finding the postmortems.",
                ),
                C(
                    "confluence_search",
                    {"cql": "label = 'idr-incident' and type = page", "limit": 10},
                    {
                        "results": [
                            {"id": "88120331", "title": "PM: Shared device overmerge (Mar)"},
                            {"id": "88412290", "title": "PM: Test email merge storm (Jul)"},
                            {"id": "88790012", "title": "PM: Call-centre email placeholder (Oct)"},
                        ],
                        "size": 3,
                    },
                ),
                C(
                    "confluence_get_page",
                    {"id": "88120331", "body": "storage"},
                    {
                        "title": "PM: Shared device overmerge (Mar)",
                        "summary": "Kiosk iPads in stores shared one IDFV; 4,100 shoppers merged into 12 profiles. Fix: IDFV limit 10 -> 3.",
                    },
                ),
                "March: store kiosk iPads shared one device ID, so thousands of shoppers collapsed into a dozen profiles.",
                C(
                    "confluence_get_page",
                    {"id": "88412290", "body": "storage"},
                    {
                        "title": "PM: Test email merge storm (Jul)",
                        "summary": "QA used test@loop.com across 9k test signups in prod; all merged. Fix: blocklist test@ addresses.",
                    },
                ),
                "July: a QA test address used for 9,000 production sign-ups merged them all.",
                C(
                    "confluence_get_page",
                    {"id": "88790012", "body": "storage"},
                    {
                        "title": "PM: Call-centre email placeholder (Oct)",
                        "summary": "Agents typed noemail@loop.com for phone orders; 2,700 customers merged. Fix: blocklist placeholder.",
                    },
                ),
                "October: call-centre agents typed a placeholder email for phone orders and 2,700 customers merged.",
                "The repeat mistake: every incident is a non-personal identifier (a shared device, a test address, a placeholder) treated as personal, and each fix was a one-off blocklist entry. A generic guard would have caught all three: block any identifier value seen on more than N distinct user_ids in a day.",
            ],
        ),
        (
            "edit_validate_cycle",
            [
                U(
                    "The dbt identity graph model fails tests after the email-normalisation change. Fix it so `dbt build -s idr_graph` is green.",
                    "Running the build to see what fails.",
                ),
                C(
                    "dbt_build",
                    {"select": "idr_graph"},
                    "Completed with 2 errors:\nFAIL 37 unique_idr_graph_identifier_key\nFAIL 1204 not_null_idr_graph_canonical_id",
                ),
                C(
                    "repo_edit",
                    {
                        "path": "models/idr/idr_graph.sql",
                        "replace": "lower(email)",
                        "with": "lower(trim(email))",
                    },
                    {"changed_lines": 2},
                ),
                C(
                    "dbt_build",
                    {"select": "idr_graph"},
                    "Completed with 1 error:\nPASS unique_idr_graph_identifier_key\nFAIL 1204 not_null_idr_graph_canonical_id",
                ),
                C(
                    "repo_edit",
                    {
                        "path": "models/idr/idr_graph.sql",
                        "replace": "left join canon c on c.key = i.key",
                        "with": "left join canon c on c.key = i.key_normalised",
                    },
                    {"changed_lines": 1},
                ),
                C(
                    "dbt_build",
                    {"select": "idr_graph"},
                    "Completed successfully\nPASS=9 WARN=0 ERROR=0 SKIP=0 TOTAL=9",
                ),
                "`dbt build -s idr_graph` is green (9/9). Trimming whitespace before lowercasing fixed the 37 duplicate keys, and joining on the normalised key fixed the 1,204 null canonical ids.",
            ],
        ),
        (
            "retry_corrected_argument",
            [
                U(
                    "Add the 'beta_tester' alias to user use_2ZkQ1aP9 in Braze.",
                    "Checking the profile exists.",
                ),
                braze,
                E(
                    "braze_users_alias_new",
                    {
                        "user_aliases": [
                            {"external_id": "use_2ZkQ1aP9", "alias_name": "beta_tester"}
                        ]
                    },
                    {
                        "message": "Invalid 'user_aliases' object: 'alias_label' is required",
                        "errors": ["alias_label required"],
                    },
                ),
                "Braze requires an alias label as well as the name.",
                C(
                    "braze_users_alias_new",
                    {
                        "user_aliases": [
                            {
                                "external_id": "use_2ZkQ1aP9",
                                "alias_name": "beta_tester",
                                "alias_label": "program",
                            }
                        ]
                    },
                    {"message": "success", "aliases_processed": 1},
                ),
                "Done: use_2ZkQ1aP9 has alias beta_tester with label program.",
            ],
        ),
        (
            "polling_until_complete",
            [
                U(
                    "Kick off the full identity graph rebuild in Segment after the IDFV limit change and tell me the new profile count when it's done.",
                    "Starting the rebuild.",
                ),
                C(
                    "segment_unify_get_settings",
                    {"space_id": "spa_2Fq8kLm0"},
                    {"identifiers": [{"type": "ios.idfv", "limit": 3}]},
                ),
                C(
                    "segment_unify_rebuild",
                    {"space_id": "spa_2Fq8kLm0"},
                    {"job_id": "idr_rb_7731", "state": "QUEUED"},
                ),
                C(
                    "segment_unify_job",
                    {"job_id": "idr_rb_7731"},
                    {"state": "RUNNING", "processed": 0.42},
                ),
                "Rebuild 42% done.",
                C(
                    "segment_unify_job",
                    {"job_id": "idr_rb_7731"},
                    {"state": "RUNNING", "processed": 0.42},
                ),
                C(
                    "segment_unify_job",
                    {"job_id": "idr_rb_7731"},
                    {"state": "RUNNING", "processed": 0.88},
                ),
                C(
                    "segment_unify_job",
                    {"job_id": "idr_rb_7731"},
                    {
                        "state": "SUCCEEDED",
                        "processed": 1.0,
                        "profiles": {"before": 4120331, "after": 4128774},
                    },
                ),
                "Rebuild finished: profiles went from 4,120,331 to 4,128,774 (+8,443) as the IDFV limit split overmerged device profiles.",
            ],
        ),
        (
            "acknowledging_new_inputs",
            [
                U(
                    "I'm going through the suppression complaints inbox; for each address I read out, add it to the global email suppression list.",
                    "Ready.",
                ),
                C("braze_email_blocklist_count", {}, {"count": 18211}),
                U("moreau.j@orange.fr", "Added."),
                C(
                    "braze_email_blocklist",
                    {"email": ["moreau.j@orange.fr"]},
                    {"message": "success"},
                ),
                U("d.kowalczyk@wp.pl", "Added."),
                C(
                    "braze_email_blocklist",
                    {"email": ["d.kowalczyk@wp.pl"]},
                    {"message": "success"},
                ),
                U("anna.lindqvist@telia.se", "Added."),
                C(
                    "braze_email_blocklist",
                    {"email": ["anna.lindqvist@telia.se"]},
                    {"message": "success"},
                ),
                U(
                    "That's today's batch.",
                    "Three addresses added; the global blocklist now has 18,214.",
                ),
            ],
        ),
        (
            "paging_through_results",
            [
                U(
                    "List every Braze segment that references the old 'loyalty_tier' attribute, we're renaming it.",
                    "Listing segments.",
                ),
                C("braze_segments_count", {}, {"count": 262}),
                C(
                    "braze_segments_list",
                    {"page": 0, "sort_direction": "desc"},
                    {
                        "segments": [
                            {"id": "seg_%03d" % i, "name": "Loyalty %d" % i} for i in range(2)
                        ],
                        "message": "success",
                    },
                ),
                C(
                    "braze_segments_list",
                    {"page": 1, "sort_direction": "desc"},
                    {"segments": [{"id": "seg_1%02d" % i} for i in range(2)], "message": "success"},
                ),
                C(
                    "braze_segments_list",
                    {"page": 2, "sort_direction": "desc"},
                    {"segments": [{"id": "seg_2%02d" % i} for i in range(2)], "message": "success"},
                ),
                C(
                    "braze_segments_details_batch",
                    {"ids": "all_listed", "filter": "loyalty_tier"},
                    {
                        "matches": [
                            "Gold lapsers",
                            "Tier upgrade nudge",
                            "VIP early access",
                            "Silver to Gold",
                        ]
                    },
                ),
                "Read all 262 segments across three pages. Four reference loyalty_tier: Gold lapsers, Tier upgrade nudge, VIP early access and Silver to Gold.",
            ],
        ),
        (
            "requery_after_filter_change",
            [
                U(
                    "How many profiles were merged today because of a shared email?",
                    "Querying merge logs.",
                ),
                sf,
                C(
                    "snowflake_query",
                    {
                        "warehouse": "ANALYTICS_XS",
                        "sql": "select reason, count(*) from IDR.PROFILE_MERGES where merged_at::date = current_date and reason = 'email' group by 1 limit 1000 offset 0",
                    },
                    {"data": [["email", 2210]], "rowcount": 1},
                ),
                C(
                    "snowflake_query",
                    {
                        "warehouse": "ANALYTICS_XS",
                        "sql": "select source_id, count(*) from IDR.PROFILE_MERGES where merged_at::date = current_date and reason = 'email' group by 1",
                    },
                    {"data": [["src_web", 1490], ["src_ios", 720]], "rowcount": 2},
                ),
                U(
                    "Wait, I only care about merges that joined two different user_ids, not anonymous-to-known.",
                    "That's a narrower question; re-running from scratch with that condition.",
                ),
                C(
                    "snowflake_query",
                    {
                        "warehouse": "ANALYTICS_XS",
                        "sql": "select count(*) from IDR.PROFILE_MERGES where merged_at::date = current_date and reason = 'email' and left_user_id is not null and right_user_id is not null and left_user_id <> right_user_id",
                    },
                    {"data": [[41]], "rowcount": 1},
                ),
                "Of the 2,210 email merges today, only 41 joined two different known user_ids. The rest were anonymous visitors being identified, which is expected.",
            ],
        ),
        (
            "successive_clarifications",
            [
                U(
                    "Set up a merge blocklist for the call centre placeholder emails.",
                    "Checking what's blocked today.",
                ),
                C(
                    "segment_unify_get_blocklist",
                    {"space_id": "spa_2Fq8kLm0"},
                    {"email": ["test@loop.com", "noemail@loop.com"]},
                ),
                "test@ and noemail@ are already there. Which other placeholders do agents use?",
                U(
                    "none@loop.com and phoneorder@loop.com.",
                    "Should I also block the pattern *@example.com?",
                ),
                U(
                    "Yes.",
                    "Should existing merges caused by these be split, or only future ones blocked?",
                ),
                U("Future only for now.", "Applying."),
                C(
                    "segment_unify_update_blocklist",
                    {
                        "space_id": "spa_2Fq8kLm0",
                        "add": {"email": ["none@loop.com", "phoneorder@loop.com", "*@example.com"]},
                    },
                    {
                        "email": [
                            "test@loop.com",
                            "noemail@loop.com",
                            "none@loop.com",
                            "phoneorder@loop.com",
                            "*@example.com",
                        ]
                    },
                ),
                "Blocklist updated with none@loop.com, phoneorder@loop.com and *@example.com. Only future merges are affected; existing profiles stay as they are.",
            ],
        ),
        (
            "verify_then_close",
            [
                U(
                    "Unsubscribe kaito.ueda@proton.me from marketing email in Braze.",
                    "Finding him.",
                ),
                C(
                    "braze_users_export_ids",
                    {
                        "email_address": "kaito.ueda@proton.me",
                        "fields_to_export": ["external_id", "email_subscribe"],
                    },
                    {
                        "users": [{"external_id": "use_4LmB8", "email_subscribe": "opted_in"}],
                        "message": "success",
                    },
                ),
                C(
                    "braze_users_track",
                    {
                        "attributes": [
                            {"external_id": "use_4LmB8", "email_subscribe": "unsubscribed"}
                        ]
                    },
                    {"attributes_processed": 1, "message": "success"},
                ),
                C(
                    "braze_users_export_ids",
                    {
                        "external_ids": ["use_4LmB8"],
                        "fields_to_export": ["email_subscribe", "subscription_groups"],
                    },
                    {
                        "users": [
                            {
                                "email_subscribe": "unsubscribed",
                                "subscription_groups": [
                                    {"name": "Order updates", "status": "subscribed"}
                                ],
                            }
                        ],
                        "message": "success",
                    },
                ),
                C(
                    "segment_profiles_get_traits",
                    {
                        "space_id": "spa_2Fq8kLm0",
                        "identifier": "user_id:use_4LmB8",
                        "include": ["email_subscribe"],
                    },
                    {"traits": {"email_subscribe": "unsubscribed"}, "cursor": {"has_more": False}},
                ),
                "Kaito is unsubscribed from marketing email in Braze (and Segment has the same value, so the next sync won't undo it), and still subscribed to Order updates (transactional).",
            ],
        ),
        (
            "refined_search_hits",
            [
                U(
                    "Find the profile for the customer who called about order #LP-88120, support only has the order number.",
                    "Looking in Braze purchases first.",
                ),
                prof,
                C(
                    "braze_users_export_segment",
                    {"filter": {"purchase_property": {"order_id": "LP-88120"}}},
                    {"users": [], "message": "success"},
                ),
                C(
                    "segment_profiles_lookup",
                    {"space_id": "spa_2Fq8kLm0", "identifier": "order_id:LP-88120"},
                    {"error": {"code": "not_found", "message": "Profile not found"}},
                ),
                "Order ids aren't identifiers. The orders live in the warehouse with the checkout email, so I'll go through there.",
                C(
                    "snowflake_query",
                    {
                        "warehouse": "ANALYTICS_XS",
                        "sql": "select email, user_id from SHOPIFY.ORDERS where name = '#LP-88120'",
                    },
                    {"data": [["m.adeyemi@outlook.com", None]], "rowcount": 1},
                ),
                C(
                    "segment_profiles_external_ids",
                    {"space_id": "spa_2Fq8kLm0", "identifier": "email:m.adeyemi@outlook.com"},
                    {
                        "data": [
                            {"id": "use_6Nq2Vb", "type": "user_id"},
                            {"id": "m.adeyemi@outlook.com", "type": "email"},
                        ],
                        "cursor": {"has_more": False},
                    },
                ),
                "Order #LP-88120 was placed as a guest with m.adeyemi@outlook.com, which resolves to profile use_6Nq2Vb.",
            ],
        ),
        (
            "fallback_tool_succeeds",
            [
                U(
                    "What's the consent status of use_6Nq2Vb across channels? Legal is asking.",
                    "Checking the profile.",
                ),
                C(
                    "segment_profiles_external_ids",
                    {"space_id": "spa_2Fq8kLm0", "identifier": "user_id:use_6Nq2Vb"},
                    {
                        "data": [{"id": "use_6Nq2Vb", "type": "user_id"}],
                        "cursor": {"has_more": False},
                    },
                ),
                E(
                    "segment_profiles_get_traits",
                    {
                        "space_id": "spa_2Fq8kLm0",
                        "identifier": "user_id:use_6Nq2Vb",
                        "include": ["consent"],
                    },
                    {
                        "error": {
                            "code": "service_unavailable",
                            "message": "upstream connect error or disconnect/reset before headers. reset reason: overflow",
                        }
                    },
                ),
                "The Profiles API is overloaded. Consent is also stored in our OneTrust consent log table in Snowflake, so I'll read it there.",
                C(
                    "snowflake_query",
                    {
                        "warehouse": "ANALYTICS_XS",
                        "sql": "select purpose, status, updated_at from CONSENT.ONETRUST_LATEST where user_id='use_6Nq2Vb'",
                    },
                    {
                        "data": [
                            ["email_marketing", "granted", "2026-03-01"],
                            ["sms_marketing", "denied", "2026-03-01"],
                            ["analytics", "granted", "2026-03-01"],
                        ],
                        "rowcount": 3,
                    },
                ),
                "use_6Nq2Vb consent (OneTrust, 1 March 2026): email marketing granted, SMS marketing denied, analytics granted. Read from the warehouse because the Profiles API was unavailable.",
            ],
        ),
        (
            "justified_detour",
            [
                U(
                    "Why did the win-back campaign go to 4,000 people who bought last week?",
                    "Looking at the campaign's segment.",
                ),
                C(
                    "braze_campaign_details",
                    {"campaign_id": "cmp_winback_60d"},
                    {"segment": "winback_60d", "sent": 52110, "last_sent": "2026-11-27T15:00:00Z"},
                ),
                "The segment is 'no purchase in 60 days'. Before touching the campaign, I'll check whether recent purchases are reaching Braze at all.",
                C(
                    "hightouch_get_sync",
                    {"sync_id": 47711},
                    {
                        "model": "purchases_to_braze",
                        "status": "failed",
                        "last_success": "2026-11-19T03:00:00Z",
                        "error": "Braze 401: Invalid API key",
                    },
                ),
                C(
                    "braze_users_export_ids",
                    {"external_ids": ["use_6Nq2Vb"], "fields_to_export": ["purchases"]},
                    {
                        "users": [{"purchases": [{"name": "order", "last": "2026-11-18"}]}],
                        "message": "success",
                    },
                ),
                "The purchases sync has been failing since 19 November on a revoked Braze key, so buyers since then still look lapsed to Braze.",
                C(
                    "hightouch_update_destination",
                    {"destination_id": 3120, "api_key_secret": "braze/prod/rest_key_2026_11"},
                    {"status": "ok", "test_connection": "passed"},
                ),
                C(
                    "hightouch_trigger_sync",
                    {"sync_id": 47711, "fullResync": True},
                    {"run_id": 99201, "status": "success", "rows": {"changed": 61204}},
                ),
                "Cause: the purchase sync to Braze broke on 19 November (revoked API key), so recent buyers looked lapsed. The key is rotated and a full resync pushed 61,204 purchase updates; the win-back segment will drop them on its next refresh.",
            ],
        ),
    ]


# --- domain 8: residential escrow closing coordination --------------------------------------


def escrow_rows():
    order = C(
        "qualia_get_order",
        {"order_number": "ESC-26-04417"},
        {
            "order_number": "ESC-26-04417",
            "property": "2291 Larkspur Ln, Boise ID 83706",
            "buyer": "Ngozi & Peter Anand",
            "seller": "Hollis Family Trust",
            "price": 612000,
            "lender": "Summit Ridge Mortgage",
            "closing_date": "2026-12-05",
            "status": "CLEAR_TO_CLOSE_PENDING",
        },
    )
    tasks = C(
        "qualia_list_tasks",
        {"order_number": "ESC-26-04417", "status": "open"},
        {
            "tasks": [
                {"id": "T-881", "name": "Payoff statement - Idaho Central CU", "due": "2026-12-01"},
                {"id": "T-884", "name": "Seller wire instructions verified", "due": "2026-12-03"},
                {
                    "id": "T-889",
                    "name": "Closing disclosure balanced with lender",
                    "due": "2026-12-02",
                },
            ]
        },
    )
    env = C(
        "docusign_envelope_status",
        {"envelope_id": "5f1c2a7e-3b9d-4e11-a0c4-7d21b6e9f0aa"},
        {
            "status": "sent",
            "recipients": {
                "signers": [
                    {"name": "Ngozi Anand", "status": "completed"},
                    {"name": "Peter Anand", "status": "delivered"},
                ]
            },
            "sentDateTime": "2026-11-26T17:02:11Z",
        },
    )
    return [
        (
            "exact_repeat",
            [
                U(
                    "Closing on Larkspur is Friday. Get the seller's payoff from Idaho Central ordered and tell me when it's in the file.",
                    "Opening the order and its tasks.",
                ),
                order,
                tasks,
                N(
                    4,
                    12,
                    "The payoff task T-881 is due Monday. I'll request the payoff statement from Idaho Central Credit Union good through 5 December and attach it to the file when it comes back.",
                    [
                        "Perfect, please send the request.",
                        "Did the request go out?",
                        "The seller's agent is asking for the payoff figure.",
                        "I still don't see anything in the file.",
                    ],
                ),
            ],
        ),
        (
            "paraphrased_repeat",
            [
                U(
                    "Balance the closing disclosure against the lender's CD for Larkspur and tell me any differences.",
                    "Getting our settlement statement.",
                ),
                C(
                    "qualia_get_settlement",
                    {"order_number": "ESC-26-04417"},
                    {"buyer_cash_to_close": 128441.17, "lines": 64, "version": 7},
                ),
                P(
                    5,
                    [
                        "Our figure is 128,441.17 cash to close. Next I'll line it up against Summit Ridge's CD.",
                        "I'm going to compare our statement with the lender's closing disclosure now.",
                        "Let me go through both documents line by line for differences.",
                        "I'll reconcile the two CDs next.",
                        "Working on the balancing with the lender's figures now.",
                        "I'll check each fee section against Summit Ridge's version shortly.",
                        "Going to do the CD comparison next.",
                    ],
                ),
            ],
        ),
        (
            "ab_oscillation",
            [
                U(
                    "Set the closing appointment for Larkspur. The buyers want the afternoon but the seller trustee can only do mornings; sort it.",
                    "Checking the order.",
                ),
                order,
                CY(
                    6,
                    14,
                    [
                        C(
                            "qualia_schedule_closing",
                            {
                                "order_number": "ESC-26-04417",
                                "datetime": "2026-12-05T10:00:00-07:00",
                                "location": "Boise office, room 2",
                            },
                            {
                                "appointment_id": "AP-2231",
                                "conflicts": ["buyers unavailable 09:00-12:00"],
                            },
                        ),
                        C(
                            "qualia_schedule_closing",
                            {
                                "order_number": "ESC-26-04417",
                                "datetime": "2026-12-05T14:30:00-07:00",
                                "location": "Boise office, room 2",
                            },
                            {
                                "appointment_id": "AP-2231",
                                "conflicts": ["seller trustee unavailable after 12:00"],
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "failing_tool_retry",
            [
                U(
                    "Record the Larkspur deed with Ada County through Simplifile, the package is ready.",
                    "Checking the package.",
                ),
                C(
                    "simplifile_get_package",
                    {"package_id": "PKG-7712093"},
                    {
                        "documents": [{"type": "Warranty Deed", "pages": 3}],
                        "county": "Ada County, ID",
                        "status": "DRAFT",
                    },
                ),
                CY(
                    5,
                    13,
                    [
                        E(
                            "simplifile_submit_package",
                            {"package_id": "PKG-7712093"},
                            {
                                "code": "VALIDATION_FAILED",
                                "message": "Document 'Warranty Deed': Ada County requires a 1-inch top margin on page 1 for recording information; found 0.5 in.",
                            },
                        ),
                        "Submission failed, trying again.",
                        E(
                            "simplifile_submit_package",
                            {"package_id": "PKG-7712093"},
                            {
                                "code": "VALIDATION_FAILED",
                                "message": "Document 'Warranty Deed': Ada County requires a 1-inch top margin on page 1 for recording information; found 0.5 in.",
                            },
                        ),
                        E(
                            "simplifile_submit_package",
                            {"package_id": "PKG-7712093"},
                            {
                                "code": "VALIDATION_FAILED",
                                "message": "Document 'Warranty Deed': Ada County requires a 1-inch top margin on page 1 for recording information; found 0.5 in.",
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "same_action_same_observation",
            [
                U(
                    "Peter Anand still has to sign the escrow instructions in DocuSign. Tell me as soon as he does.",
                    "Checking the envelope.",
                ),
                order,
                CY(
                    8,
                    17,
                    [
                        env,
                        "Peter hasn't signed yet.",
                        env,
                        "Still delivered, not completed. Checking again.",
                    ],
                ),
            ],
        ),
        (
            "identical_monologue",
            [
                U(
                    "The title commitment came back with a mechanic's lien on Larkspur. Figure out what we need to clear it before Friday.",
                    "Reading the commitment.",
                ),
                C(
                    "qualia_get_title_commitment",
                    {"order_number": "ESC-26-04417"},
                    {
                        "schedule_b1_requirements": [
                            {
                                "no": 7,
                                "text": "Release of Claim of Lien recorded 2026-09-14 Instr. 2026-071122, Treasure Valley Roofing LLC, $18,400",
                            }
                        ]
                    },
                ),
                N(
                    5,
                    14,
                    "Requirement 7 is an $18,400 roofing lien. Working out the release options for Friday: payoff at closing, bonding around it, or the contractor's release.",
                    [],
                ),
            ],
        ),
        (
            "identical_tool_calls",
            [
                U(
                    "What's the per-diem on the seller's payoff? The CD needs it.",
                    "Finding the payoff.",
                ),
                tasks,
                R(
                    5,
                    14,
                    [
                        C(
                            "qualia_get_document",
                            {"order_number": "ESC-26-04417", "doc_type": "PAYOFF_STATEMENT"},
                            lambda rng, ts: {
                                "lender": "Idaho Central CU",
                                "principal": 287110.42,
                                "good_through": "2026-12-05",
                                "per_diem": 41.73,
                                "document_id": "DOC-%d" % rng.randint(900000, 999999),
                            },
                        )
                    ],
                ),
            ],
        ),
        (
            "restart_from_first_page",
            [
                U(
                    "Pull every open order closing in December with its status, I'm doing capacity planning for the team.",
                    "Searching orders.",
                ),
                C("qualia_user", {}, {"user": "agent.escrow@gemtitle.com", "office": "Boise"}),
                CY(
                    7,
                    15,
                    [
                        C(
                            "qualia_search_orders",
                            {
                                "closing_date_from": "2026-12-01",
                                "closing_date_to": "2026-12-31",
                                "status": "open",
                                "page": 1,
                                "per_page": 25,
                            },
                            {
                                "page": 1,
                                "total_pages": 3,
                                "orders": [
                                    {"order_number": "ESC-26-04417", "closing": "2026-12-05"},
                                    {"order_number": "ESC-26-04422", "closing": "2026-12-08"},
                                ],
                            },
                        ),
                        C(
                            "qualia_search_orders",
                            {
                                "closing_date_from": "2026-12-01",
                                "closing_date_to": "2026-12-31",
                                "status": "open",
                                "page": 2,
                                "per_page": 25,
                            },
                            {
                                "page": 2,
                                "total_pages": 3,
                                "orders": [
                                    {"order_number": "ESC-26-04510", "closing": "2026-12-15"}
                                ],
                            },
                        ),
                        "New orders are being opened while I page, so the pages may shift; starting from page 1 again.",
                    ],
                ),
            ],
        ),
        (
            "clarification_loop",
            [
                U(
                    "Send the buyers their wire instructions for cash to close, 128,441.17, via the secure portal, not email.",
                    "Checking the buyers' contact details.",
                ),
                C(
                    "qualia_get_contacts",
                    {"order_number": "ESC-26-04417", "role": "buyer"},
                    {
                        "contacts": [
                            {
                                "name": "Ngozi Anand",
                                "email": "ngozi.anand@gmail.com",
                                "portal": True,
                            },
                            {"name": "Peter Anand", "email": "p.anand@icloud.com", "portal": True},
                        ]
                    },
                ),
                P(
                    5,
                    [
                        "How should I send the wire instructions, email or the portal?",
                        U(
                            "The secure portal. Never email.",
                            "Got it. What amount should the instructions show?",
                        ),
                        U(
                            "128,441.17.",
                            "Thanks. Who are the recipients, both buyers or just one?",
                        ),
                        U("Both buyers.", "Understood. Should I deliver these by email?"),
                        U("NO. Portal. As I said.", "Okay. And the amount was?"),
                        U("128,441.17!", "Thanks. Is this for the buyer side or seller side?"),
                    ],
                ),
            ],
        ),
        (
            "verification_spiral",
            [
                U(
                    "Disburse the seller proceeds for Larkspur now that it's recorded, the wire instructions were verified through CertifID.",
                    "Confirming recording and verification.",
                ),
                C(
                    "certifid_get_verification",
                    {"order_number": "ESC-26-04417", "party": "seller"},
                    {
                        "status": "VERIFIED",
                        "method": "bank account ownership + voice",
                        "verified_at": "2026-12-03T16:40:00Z",
                    },
                ),
                C(
                    "bank_send_wire",
                    {
                        "order_number": "ESC-26-04417",
                        "payee": "Hollis Family Trust",
                        "amount": 301884.55,
                        "instructions_ref": "CFD-88210",
                    },
                    {
                        "wire_ref": "FW26120500931",
                        "status": "RELEASED",
                        "fed_imad": "20261205MMQFMP9X000214",
                    },
                ),
                CY(
                    6,
                    15,
                    [
                        C(
                            "bank_wire_status",
                            {"wire_ref": "FW26120500931"},
                            {"status": "COMPLETED", "imad": "20261205MMQFMP9X000214"},
                        ),
                        "Wire completed. Let me confirm the ledger in Qualia matches.",
                        C(
                            "qualia_ledger",
                            {"order_number": "ESC-26-04417"},
                            {
                                "balance": 0.0,
                                "disbursements": 14,
                                "last": {"payee": "Hollis Family Trust", "amount": 301884.55},
                            },
                        ),
                        C(
                            "certifid_get_verification",
                            {"order_number": "ESC-26-04417", "party": "seller"},
                            {"status": "VERIFIED"},
                        ),
                        "Balanced at zero. I'll check the wire status once more to be sure.",
                    ],
                ),
            ],
        ),
        (
            "broadening_search_no_hits",
            [
                U(
                    "Find the HOA for Larkspur so we can order the resale certificate.",
                    "Looking at the property.",
                ),
                order,
                CY(
                    6,
                    13,
                    [
                        C(
                            "hoa_directory_search",
                            {"address": "2291 Larkspur Ln, Boise ID 83706"},
                            {"results": [], "total": 0},
                        ),
                        C(
                            "hoa_directory_search",
                            {"street": "Larkspur Ln", "city": "Boise"},
                            {"results": [], "total": 0},
                        ),
                        "Nothing. Widening the search.",
                        C("hoa_directory_search", {"zip": "83706"}, {"results": [], "total": 0}),
                        C(
                            "hoa_directory_search",
                            {"name": "Larkspur"},
                            {"results": [], "total": 0},
                        ),
                        C(
                            "hoa_directory_search",
                            {"city": "Boise", "state": "ID", "name": "Larkspur Estates"},
                            {"results": [], "total": 0},
                        ),
                        "Still no HOA. Trying other name variants.",
                    ],
                ),
            ],
        ),
        (
            "tool_hopping_same_blocker",
            [
                U(
                    "Get the recorded deed's instrument number from Ada County for the final policy.",
                    "Checking the Simplifile package.",
                ),
                C(
                    "simplifile_get_package",
                    {"package_id": "PKG-7712093"},
                    {"status": "RECORDED", "recorded_at": "2026-12-05T11:12:00-07:00"},
                ),
                CY(
                    6,
                    13,
                    [
                        E(
                            "simplifile_get_recording_info",
                            {"package_id": "PKG-7712093"},
                            {
                                "code": "UNAUTHORIZED",
                                "message": "Session expired. Please log in again. (SSO token invalid)",
                            },
                        ),
                        "Simplifile wants a new session. I'll pull it from the recorded documents download instead.",
                        E(
                            "simplifile_download_recorded",
                            {"package_id": "PKG-7712093"},
                            {
                                "code": "UNAUTHORIZED",
                                "message": "Session expired. Please log in again. (SSO token invalid)",
                            },
                        ),
                        E(
                            "simplifile_list_packages",
                            {"status": "RECORDED", "since": "2026-12-05"},
                            {
                                "code": "UNAUTHORIZED",
                                "message": "Session expired. Please log in again. (SSO token invalid)",
                            },
                        ),
                        "Trying the notification feed in Simplifile.",
                        E(
                            "simplifile_get_notifications",
                            {"package_id": "PKG-7712093"},
                            {
                                "code": "UNAUTHORIZED",
                                "message": "Session expired. Please log in again. (SSO token invalid)",
                            },
                        ),
                    ],
                ),
            ],
        ),
        (
            "scope_creep_drift",
            [
                U(
                    "What time is the Larkspur closing appointment? Just the time.",
                    "Checking the order.",
                ),
                order,
                P(
                    5,
                    [
                        "I see open tasks; let me look at whether the CD is balanced first.",
                        C(
                            "qualia_get_settlement",
                            {"order_number": "ESC-26-04417"},
                            {"buyer_cash_to_close": 128441.17, "version": 7},
                        ),
                        "Version 7 of the settlement. Let me compare it to the lender's latest CD.",
                        C(
                            "lender_portal_get_cd",
                            {"loan_number": "SRM-3381902"},
                            {"cash_to_close": 128391.17, "version": 4},
                        ),
                        "There's a $50 difference. Let me look into the recording fees to find it.",
                        C(
                            "county_fee_calculator",
                            {
                                "county": "Ada",
                                "state": "ID",
                                "documents": [{"type": "Deed of Trust", "pages": 18}],
                            },
                            {"total": 15.0},
                        ),
                        "Recording fees are fine. Maybe it's the courier fee; checking the invoices.",
                        C(
                            "qualia_list_invoices",
                            {"order_number": "ESC-26-04417"},
                            {"invoices": [{"vendor": "Treasure Valley Courier", "amount": 50.0}]},
                        ),
                    ],
                ),
            ],
        ),
        # progress
        (
            "templated_progress_report",
            [
                U(
                    "Send the 'three days to closing' reminder to each party on Larkspur and confirm as you go.",
                    "Getting the contacts.",
                ),
                C(
                    "qualia_get_contacts",
                    {"order_number": "ESC-26-04417"},
                    {
                        "contacts": [
                            {"role": "buyer", "name": "Ngozi Anand"},
                            {"role": "buyer", "name": "Peter Anand"},
                            {"role": "seller", "name": "Hollis Family Trust (R. Hollis, trustee)"},
                            {"role": "lender", "name": "Summit Ridge Mortgage"},
                        ]
                    },
                ),
                C(
                    "qualia_send_message",
                    {
                        "order_number": "ESC-26-04417",
                        "to": "Ngozi Anand",
                        "template": "3_DAYS_TO_CLOSE",
                    },
                    {"message_id": "M-55101", "channel": "portal"},
                ),
                "Reminder sent to Ngozi Anand (portal, M-55101).",
                C(
                    "qualia_send_message",
                    {
                        "order_number": "ESC-26-04417",
                        "to": "Peter Anand",
                        "template": "3_DAYS_TO_CLOSE",
                    },
                    {"message_id": "M-55102", "channel": "portal"},
                ),
                "Reminder sent to Peter Anand (portal, M-55102).",
                C(
                    "qualia_send_message",
                    {
                        "order_number": "ESC-26-04417",
                        "to": "R. Hollis",
                        "template": "3_DAYS_TO_CLOSE_SELLER",
                    },
                    {"message_id": "M-55103", "channel": "portal"},
                ),
                "Reminder sent to R. Hollis, trustee (portal, M-55103).",
                C(
                    "qualia_send_message",
                    {
                        "order_number": "ESC-26-04417",
                        "to": "Summit Ridge Mortgage",
                        "template": "3_DAYS_TO_CLOSE_LENDER",
                    },
                    {"message_id": "M-55104", "channel": "email"},
                ),
                "Reminder sent to Summit Ridge Mortgage (email, M-55104). All four parties have the three-day notice.",
            ],
        ),
        (
            "summarise_related_documents",
            [
                U(
                    "Read the three amendments to the Larkspur purchase contract and tell me what terms changed for escrow.",
                    "Listing the contract documents.",
                ),
                C(
                    "qualia_list_documents",
                    {"order_number": "ESC-26-04417", "category": "CONTRACT"},
                    {
                        "documents": [
                            {"id": "D-1", "name": "RE-21 Purchase Agreement"},
                            {"id": "D-2", "name": "Addendum #1"},
                            {"id": "D-3", "name": "Addendum #2"},
                            {"id": "D-4", "name": "Addendum #3"},
                        ]
                    },
                ),
                C(
                    "qualia_get_document_text",
                    {"id": "D-2"},
                    {
                        "text": "Addendum #1: Seller to credit Buyer $6,500 toward closing costs in lieu of roof repair."
                    },
                ),
                "Addendum 1: a $6,500 seller credit to the buyers instead of a roof repair.",
                C(
                    "qualia_get_document_text",
                    {"id": "D-3"},
                    {
                        "text": "Addendum #2: Closing date moved from 11/26/2026 to 12/05/2026. Earnest money increased to $15,000."
                    },
                ),
                "Addendum 2: closing moved to 5 December and earnest money raised to $15,000.",
                C(
                    "qualia_get_document_text",
                    {"id": "D-4"},
                    {
                        "text": "Addendum #3: Seller to pay Treasure Valley Roofing lien in full from proceeds at closing."
                    },
                ),
                "Addendum 3: the roofing lien is paid from the seller's proceeds at closing.",
                "For escrow: add a $6,500 seller credit on the CD, confirm we hold $15,000 earnest money (we receipted $10,000, so $5,000 is outstanding), keep the 5 December date, and add an $18,400 lien payoff to Treasure Valley Roofing on the seller side against a recorded release.",
            ],
        ),
        (
            "edit_validate_cycle",
            [
                U(
                    "Get the Larkspur CD to balance with the lender's before we send it for their approval.",
                    "Running the balance check.",
                ),
                order,
                C(
                    "qualia_cd_balance_check",
                    {"order_number": "ESC-26-04417", "lender_cd_version": 4},
                    {
                        "balanced": False,
                        "differences": [
                            {"line": "B.03 Courier fee", "ours": 50.0, "lender": 0.0},
                            {"line": "H.02 HOA transfer fee", "ours": 0.0, "lender": 250.0},
                        ],
                    },
                ),
                C(
                    "qualia_edit_settlement_line",
                    {"order_number": "ESC-26-04417", "line": "B.03", "paid_by": "seller"},
                    {"version": 8},
                ),
                C(
                    "qualia_cd_balance_check",
                    {"order_number": "ESC-26-04417", "lender_cd_version": 4},
                    {
                        "balanced": False,
                        "differences": [
                            {"line": "H.02 HOA transfer fee", "ours": 0.0, "lender": 250.0}
                        ],
                    },
                ),
                C(
                    "qualia_edit_settlement_line",
                    {
                        "order_number": "ESC-26-04417",
                        "line": "H.02",
                        "payee": "Larkspur Commons HOA",
                        "amount": 250.0,
                        "paid_by": "buyer",
                    },
                    {"version": 9},
                ),
                C(
                    "qualia_cd_balance_check",
                    {"order_number": "ESC-26-04417", "lender_cd_version": 4},
                    {"balanced": True, "differences": []},
                ),
                "Balanced at settlement v9. The courier fee moved to the seller side (the lender had it off the buyer's CD) and the $250 HOA transfer fee was added on the buyer side. Ready to send to Summit Ridge for approval.",
            ],
        ),
        (
            "retry_corrected_argument",
            [
                U(
                    "Pull the recorded deed of trust for the prior owner's loan so we can request the reconveyance.",
                    "Searching county records.",
                ),
                order,
                E(
                    "county_recorder_search",
                    {
                        "county": "Ada",
                        "state": "ID",
                        "grantor": "Hollis Family Trust",
                        "doc_type": "DOT",
                        "date_from": "2019",
                    },
                    {"code": "BAD_REQUEST", "message": "date_from must be YYYY-MM-DD"},
                ),
                "Needs a full date.",
                C(
                    "county_recorder_search",
                    {
                        "county": "Ada",
                        "state": "ID",
                        "grantor": "Hollis Family Trust",
                        "doc_type": "DOT",
                        "date_from": "2019-01-01",
                    },
                    {
                        "results": [
                            {
                                "instrument": "2019-044812",
                                "recorded": "2019-05-22",
                                "beneficiary": "Idaho Central Credit Union",
                                "amount": 340000,
                            }
                        ]
                    },
                ),
                "Deed of trust instrument 2019-044812, recorded 22 May 2019, beneficiary Idaho Central Credit Union, $340,000. That's the one to reconvey after payoff.",
            ],
        ),
        (
            "polling_until_complete",
            [
                U(
                    "The deed went to Ada County this morning. Once it records, send the recording info to the lender.",
                    "Checking the package.",
                ),
                C(
                    "simplifile_get_package",
                    {"package_id": "PKG-7712093"},
                    {"status": "SUBMITTED", "submitted_at": "2026-12-05T08:02:00-07:00"},
                ),
                C("simplifile_get_package", {"package_id": "PKG-7712093"}, {"status": "SUBMITTED"}),
                "Submitted, not recorded yet.",
                C("simplifile_get_package", {"package_id": "PKG-7712093"}, {"status": "SUBMITTED"}),
                C(
                    "simplifile_get_package",
                    {"package_id": "PKG-7712093"},
                    {
                        "status": "RECORDED",
                        "recording": {
                            "instrument": "2026-098811",
                            "book_page": None,
                            "recorded_at": "2026-12-05T11:12:00-07:00",
                            "fees": 15.0,
                        },
                    },
                ),
                C(
                    "qualia_send_message",
                    {
                        "order_number": "ESC-26-04417",
                        "to": "Summit Ridge Mortgage",
                        "body": "Deed recorded 12/05/2026 11:12, Ada County instr. 2026-098811.",
                    },
                    {"message_id": "M-55190"},
                ),
                "Recorded at 11:12 as Ada County instrument 2026-098811, and Summit Ridge has the recording details.",
            ],
        ),
        (
            "acknowledging_new_inputs",
            [
                U(
                    "I'm on the phone with the seller's agent, she's giving me the utility accounts to put in the file. Add each as a note.",
                    "Ready.",
                ),
                C(
                    "qualia_list_notes",
                    {"order_number": "ESC-26-04417", "tag": "utilities"},
                    {"notes": []},
                ),
                U("Idaho Power, account 5510-221-084.", "Noted."),
                C(
                    "qualia_add_note",
                    {
                        "order_number": "ESC-26-04417",
                        "tag": "utilities",
                        "text": "Idaho Power acct 5510-221-084",
                    },
                    {"note_id": "N-701"},
                ),
                U("Intermountain Gas, 0918-4477-2.", "Noted."),
                C(
                    "qualia_add_note",
                    {
                        "order_number": "ESC-26-04417",
                        "tag": "utilities",
                        "text": "Intermountain Gas acct 0918-4477-2",
                    },
                    {"note_id": "N-702"},
                ),
                U("Veolia water, 30022816.", "Noted."),
                C(
                    "qualia_add_note",
                    {
                        "order_number": "ESC-26-04417",
                        "tag": "utilities",
                        "text": "Veolia Water acct 30022816",
                    },
                    {"note_id": "N-703"},
                ),
                "Three utility accounts are in the file under 'utilities': Idaho Power, Intermountain Gas and Veolia Water.",
            ],
        ),
        (
            "paging_through_results",
            [
                U(
                    "List all disbursements from the escrow trust account yesterday for the three-way reconciliation.",
                    "Querying the trust account.",
                ),
                C(
                    "bank_account_summary",
                    {"account": "TRUST-0041", "date": "2026-12-04"},
                    {"debits": 118, "credits": 61},
                ),
                C(
                    "bank_list_transactions",
                    {
                        "account": "TRUST-0041",
                        "date": "2026-12-04",
                        "type": "debit",
                        "page": 1,
                        "per_page": 50,
                    },
                    {
                        "page": 1,
                        "total_pages": 3,
                        "items": [{"ref": "FW261204%05d" % i} for i in range(2)],
                    },
                ),
                C(
                    "bank_list_transactions",
                    {
                        "account": "TRUST-0041",
                        "date": "2026-12-04",
                        "type": "debit",
                        "page": 2,
                        "per_page": 50,
                    },
                    {
                        "page": 2,
                        "total_pages": 3,
                        "items": [{"ref": "FW261204%05d" % i} for i in range(50, 52)],
                    },
                ),
                C(
                    "bank_list_transactions",
                    {
                        "account": "TRUST-0041",
                        "date": "2026-12-04",
                        "type": "debit",
                        "page": 3,
                        "per_page": 50,
                    },
                    {
                        "page": 3,
                        "total_pages": 3,
                        "items": [{"ref": "CK%06d" % i} for i in range(2)],
                    },
                ),
                "All 118 disbursements from 4 December are pulled (pages of 50/50/18): 97 wires and 21 checks, totalling $4,118,220.63. Ready to match against the Qualia ledger.",
            ],
        ),
        (
            "requery_after_filter_change",
            [
                U(
                    "Show me orders where the payoff statement is still missing.",
                    "Searching open tasks.",
                ),
                C("qualia_user", {}, {"user": "agent.escrow@gemtitle.com", "office": "Boise"}),
                C(
                    "qualia_search_tasks",
                    {"name": "Payoff statement", "status": "open", "page": 1},
                    {
                        "page": 1,
                        "total_pages": 2,
                        "tasks": [
                            {"order_number": "ESC-26-04417"},
                            {"order_number": "ESC-26-04422"},
                        ],
                    },
                ),
                C(
                    "qualia_search_tasks",
                    {"name": "Payoff statement", "status": "open", "page": 2},
                    {"page": 2, "total_pages": 2, "tasks": [{"order_number": "ESC-26-03980"}]},
                ),
                U(
                    "Only ones closing in the next 7 days, the rest can wait.",
                    "Adding the closing-date window and starting from page 1.",
                ),
                C(
                    "qualia_search_tasks",
                    {
                        "name": "Payoff statement",
                        "status": "open",
                        "closing_within_days": 7,
                        "page": 1,
                    },
                    {
                        "page": 1,
                        "total_pages": 1,
                        "tasks": [
                            {"order_number": "ESC-26-04417", "closing": "2026-12-05"},
                            {"order_number": "ESC-26-04422", "closing": "2026-12-08"},
                        ],
                    },
                ),
                "Two orders closing within 7 days still lack payoffs: ESC-26-04417 (Larkspur, Friday) and ESC-26-04422 (Monday).",
            ],
        ),
        (
            "successive_clarifications",
            [
                U(
                    "Open a new order for the refinance on Sage Creek.",
                    "Looking for the property first.",
                ),
                C(
                    "qualia_search_orders",
                    {"property": "Sage Creek"},
                    {
                        "orders": [
                            {
                                "order_number": "ESC-24-01182",
                                "type": "PURCHASE",
                                "closed": "2024-06-11",
                                "property": "88 Sage Creek Way, Meridian ID",
                            }
                        ]
                    },
                ),
                "We closed the purchase of 88 Sage Creek Way in 2024. Is this refinance for the same owners?",
                U("Yes, the Delgados.", "Who is the new lender?"),
                U(
                    "Gem State Credit Union.",
                    "Do they want a lender's policy only, or an owner's endorsement too?",
                ),
                U("Lender's only.", "Opening the order."),
                C(
                    "qualia_create_order",
                    {
                        "type": "REFINANCE",
                        "property": "88 Sage Creek Way, Meridian ID 83642",
                        "borrowers": ["Luis Delgado", "Marisol Delgado"],
                        "lender": "Gem State Credit Union",
                        "policies": ["LENDERS"],
                        "prior_order": "ESC-24-01182",
                    },
                    {"order_number": "ESC-26-04551"},
                ),
                "Order ESC-26-04551 is open: refinance for the Delgados on 88 Sage Creek Way, lender Gem State Credit Union, lender's policy only, linked to the 2024 purchase file for the prior title work.",
            ],
        ),
        (
            "verify_then_close",
            [
                U(
                    "Mark the earnest money received on Larkspur, the $5,000 top-up cleared this morning.",
                    "Checking the bank.",
                ),
                C(
                    "bank_list_transactions",
                    {
                        "account": "TRUST-0041",
                        "date": "2026-12-02",
                        "type": "credit",
                        "memo_contains": "04417",
                    },
                    {
                        "items": [
                            {
                                "ref": "DEP-7711",
                                "amount": 5000.0,
                                "memo": "EMD ESC-26-04417 Anand",
                                "status": "CLEARED",
                            }
                        ]
                    },
                ),
                C(
                    "qualia_receipt_funds",
                    {
                        "order_number": "ESC-26-04417",
                        "amount": 5000.0,
                        "bank_ref": "DEP-7711",
                        "type": "EARNEST_MONEY",
                    },
                    {"receipt": "R-33018"},
                ),
                C(
                    "qualia_ledger",
                    {"order_number": "ESC-26-04417"},
                    {"earnest_money_total": 15000.0},
                ),
                C(
                    "qualia_update_task",
                    {
                        "order_number": "ESC-26-04417",
                        "task": "Earnest money received in full",
                        "status": "complete",
                    },
                    {"updated": True},
                ),
                "Receipted as R-33018. Earnest money on Larkspur now totals $15,000, matching Addendum #2, and the EMD task is closed.",
            ],
        ),
        (
            "refined_search_hits",
            [
                U(
                    "Find the HOA for Larkspur so we can order the resale certificate.",
                    "Checking the property record.",
                ),
                order,
                C(
                    "hoa_directory_search",
                    {"address": "2291 Larkspur Ln, Boise ID 83706"},
                    {"results": [], "total": 0},
                ),
                C(
                    "hoa_directory_search",
                    {"street": "Larkspur Ln", "city": "Boise"},
                    {"results": [], "total": 0},
                ),
                "The directory is keyed by subdivision, not street. The plat name is on the vesting deed's legal description.",
                C(
                    "qualia_get_document_text",
                    {"order_number": "ESC-26-04417", "doc_type": "VESTING_DEED"},
                    {
                        "text": "Lot 14, Block 3, LARKSPUR COMMONS SUBDIVISION NO. 2, according to the official plat thereof..."
                    },
                ),
                C(
                    "hoa_directory_search",
                    {"subdivision": "Larkspur Commons"},
                    {
                        "results": [
                            {
                                "name": "Larkspur Commons HOA",
                                "manager": "Boise Community Management",
                                "resale_cert_fee": 250,
                                "order_url": "https://bcm.homewisedocs.com",
                            }
                        ],
                        "total": 1,
                    },
                ),
                "The HOA is Larkspur Commons HOA, managed by Boise Community Management. The resale certificate costs $250 and is ordered through HomeWiseDocs.",
            ],
        ),
        (
            "fallback_tool_succeeds",
            [
                U(
                    "Verify the seller's new wire instructions before we disburse tomorrow.",
                    "Pulling the instructions on file.",
                ),
                C(
                    "qualia_get_document",
                    {"order_number": "ESC-26-04417", "doc_type": "WIRE_INSTRUCTIONS_SELLER"},
                    {
                        "bank": "Zions Bank",
                        "aba": "124000054",
                        "account_last4": "6620",
                        "received": "2026-12-03",
                    },
                ),
                E(
                    "certifid_create_verification",
                    {
                        "order_number": "ESC-26-04417",
                        "party": "seller",
                        "aba": "124000054",
                        "account_last4": "6620",
                    },
                    {
                        "code": "SERVICE_UNAVAILABLE",
                        "message": "CertifID is experiencing an outage. Status: https://status.certifid.com",
                    },
                ),
                "CertifID is down. Our procedure allows a call-back verification to a number from an independent source, so I'll use the phone number from the original listing agreement, not the email.",
                C(
                    "voice_callback_log",
                    {
                        "order_number": "ESC-26-04417",
                        "party": "R. Hollis, trustee",
                        "phone_source": "listing agreement 2026-08-30",
                        "confirmed": {"aba": "124000054", "account_last4": "6620"},
                    },
                    {"log_id": "CB-1182", "recorded": True},
                ),
                "Seller wire instructions verified by call-back (log CB-1182) to R. Hollis at the number on the August listing agreement: Zions Bank, ABA 124000054, account ending 6620. CertifID was down, so this followed the manual procedure.",
            ],
        ),
        (
            "justified_detour",
            [
                U(
                    "Why is the Larkspur title commitment still showing requirement 7 when the lien was paid?",
                    "Checking requirement 7.",
                ),
                C(
                    "qualia_get_title_commitment",
                    {"order_number": "ESC-26-04417"},
                    {
                        "schedule_b1_requirements": [
                            {
                                "no": 7,
                                "text": "Release of Claim of Lien Instr. 2026-071122",
                                "status": "OPEN",
                            }
                        ]
                    },
                ),
                "Still open. Before chasing the underwriter, I'll check whether the release was ever recorded.",
                C(
                    "county_recorder_search",
                    {
                        "county": "Ada",
                        "state": "ID",
                        "grantor": "Treasure Valley Roofing LLC",
                        "date_from": "2026-11-01",
                    },
                    {"results": []},
                ),
                C(
                    "qualia_list_documents",
                    {"order_number": "ESC-26-04417", "category": "RELEASES"},
                    {
                        "documents": [
                            {
                                "id": "D-19",
                                "name": "Lien release - Treasure Valley Roofing (signed, not notarized)",
                            }
                        ]
                    },
                ),
                "The release was never recorded because the copy we got isn't notarized, and Ada County rejects unacknowledged releases.",
                C(
                    "qualia_send_message",
                    {
                        "order_number": "ESC-26-04417",
                        "to": "Treasure Valley Roofing LLC",
                        "template": "NOTARIZED_RELEASE_REQUEST",
                    },
                    {"message_id": "M-55212"},
                ),
                "Requirement 7 stays open because the lien release was never recorded: the signed release isn't notarized. I've asked Treasure Valley Roofing for a notarized original (M-55212). Once it records, the underwriter can clear the requirement.",
            ],
        ),
    ]


# --- follow-ups: a person's next request after some progress rows, so lengths vary ----------

FOLLOW_UPS = {
    ("cement_kiln_process_control", "retry_corrected_argument"): [
        U("Can you put that on the shift log?", "Adding it."),
        C(
            "shift_log_append",
            {
                "unit": "K1",
                "shift": "night",
                "entry": "BZT dipped to 1429 °C at 03:00; hourly means 1451-1429-1444",
            },
            {"entry_id": "SL-20331"},
        ),
        "On the night shift log as SL-20331.",
    ],
    ("cement_kiln_process_control", "verify_then_close"): [
        U("And the raw mill feed ratio, is it back to normal?", "Checking the proportioning."),
        C(
            "pi_get_snapshot",
            {"tags": ["RM2.LIMESTONE.PCT", "RM2.CLAY.PCT", "RM2.IRON.PCT"]},
            {
                "Items": [
                    {"Name": "RM2.LIMESTONE.PCT", "Value": 81.2},
                    {"Name": "RM2.CLAY.PCT", "Value": 16.9},
                    {"Name": "RM2.IRON.PCT", "Value": 1.9},
                ]
            },
        ),
        "Yes: 81.2 / 16.9 / 1.9, the standard recipe.",
    ],
    ("cement_kiln_process_control", "fallback_tool_succeeds"): [
        U("And cement mill 2?", "Same route through PI."),
        C(
            "pi_get_summary",
            {"tag": "CM2.BLAINE.QCX", "start": "y", "end": "t", "summary": "Average"},
            {"Items": [{"Value": 4210, "Count": 11}], "UnitsAbbreviation": "cm²/g"},
        ),
        "Cement mill 2 averaged 4210 cm²/g over 11 samples. That's the CEM I 52.5 grind, so it's higher as expected.",
    ],
    ("cement_kiln_process_control", "paging_through_results"): [
        U("Add the brick supplier for each one too.", "Joining the purchase orders."),
        C(
            "maximo_query_po_lines",
            {"wonum_in": "K1_brick_life.xlsx:wonum", "fields": ["vendor", "itemnum"]},
            {"matched": 58, "unmatched": 3},
        ),
        C(
            "sheet_write",
            {"file": "K1_brick_life.xlsx", "column": "supplier", "rows": 58},
            {"written": 58},
        ),
        "Supplier added for 58 of 61 work orders; the 3 without a PO line were stores issues.",
    ],
    ("aml_transaction_monitoring", "retry_corrected_argument"): [
        U("Any EUR wires for them in the same quarter?", "Same query in EUR."),
        C(
            "core_txn_search",
            {
                "customer_id": "C-00588120",
                "from": "2026-07-01",
                "to": "2026-09-30",
                "channel": "WIRE",
                "ccy": "EUR",
            },
            {"count": 1, "items": [{"id": "TX-6D02", "amount": 22000}]},
        ),
        "One EUR wire, 22,000 (TX-6D02), also added to the lookback sheet.",
    ],
    ("aml_transaction_monitoring", "verify_then_close"): [
        U("Let the RM know.", "Sending it."),
        C(
            "mail_send",
            {
                "to": "rm.jensen@bank.example",
                "subject": "Halvorsen Trading moved to EDD",
                "body": "EDD flag set today; next review 2027-05-28. Please refresh the source-of-funds documents.",
            },
            {"message_id": "<7a1f@mx.bank.example>"},
        ),
        "RM Jensen has been told and asked to refresh the source-of-funds documents.",
    ],
    ("aml_transaction_monitoring", "requery_after_filter_change"): [
        U(
            "Which of those five had a law enforcement follow-up?",
            "Checking production orders on each.",
        ),
        C(
            "case_search",
            {
                "case_ids": ["CASE-70115", "CASE-71220", "CASE-73390", "CASE-74481", "CASE-75003"],
                "has": "PRODUCTION_ORDER",
            },
            {"items": [{"case_id": "CASE-73390", "order": "PO-2026-118"}]},
        ),
        "Only CASE-73390 got a production order (PO-2026-118).",
    ],
    ("aml_transaction_monitoring", "successive_clarifications"): [
        U("Also copy me on the kick-off.", "Adding you as a watcher."),
        C(
            "lookback_update",
            {"lookback_id": "LB-2026-0312", "watchers_add": ["requester"]},
            {"watchers": ["mette.holm", "requester"]},
        ),
        "You're a watcher on LB-2026-0312 and will get the kick-off note.",
    ],
    ("aml_transaction_monitoring", "summarise_related_documents"): [
        U("Add that to the case.", "Adding a case note."),
        C(
            "case_add_note",
            {
                "case_id": "CASE-77120",
                "note": "Supporting docs inconsistent: invoice direction reversed, loss-making resale, contract postdates transfer.",
            },
            {"note_id": "NT-55120"},
        ),
        "Case note NT-55120 added to CASE-77120.",
    ],
    ("ios_testflight_distribution", "retry_corrected_argument"): [
        U("Also bump the build number in the repo so CI doesn't collide.", "Bumping it."),
        C(
            "shell",
            {"cmd": "agvtool new-version -all 415"},
            'Setting version of project MediRefill to:\n    415.\n\nAlso setting CFBundleVersion key (assuming it exists)\nUpdated CFBundleVersion in "MediRefill.xcodeproj/../MediRefill/Info.plist" to 415',
        ),
        C(
            "git_commit",
            {
                "message": "Bump build number to 415",
                "paths": ["MediRefill.xcodeproj/project.pbxproj", "MediRefill/Info.plist"],
            },
            {"sha": "e08b7f1"},
        ),
        "The build number is now 415 (commit e08b7f1), so the next CI upload won't collide.",
    ],
    ("ios_testflight_distribution", "fallback_tool_succeeds"): [
        U("Add it to Internal QA once it's processed.", "Checking processing."),
        C(
            "asc_list_builds",
            {"app_id": "1482203317", "filter[version]": "415"},
            {"data": [_asc_build("415", "VALID")]},
        ),
        C(
            "asc_add_builds_to_beta_group",
            {"group_id": "g-int-01", "builds": ["b3286385"]},
            "HTTP/1.1 204 No Content",
        ),
        "415 is VALID and in Internal QA.",
    ],
    ("ios_testflight_distribution", "paging_through_results"): [
        U("Yes, expire the old ones.", "Expiring the 97 builds from 3.0-3.6."),
        C(
            "asc_bulk_update_builds",
            {"ids": "old_97", "attributes": {"expired": True}},
            {"updated": 97, "failed": 0},
        ),
        "All 97 old builds are expired; 15 builds from 3.7/3.8 remain installable.",
    ],
    ("ios_testflight_distribution", "requery_after_filter_change"): [
        U("Symbolicate those two please.", "Fetching the crash logs."),
        C(
            "asc_get_crash_log",
            {"id": "cr-4"},
            "Thread 0 Crashed:\n0 MediRefill  SnoozeSheetView.body.getter + 412 (SnoozeSheetView.swift:88)",
        ),
        C(
            "asc_get_crash_log",
            {"id": "cr-9"},
            "Thread 0 Crashed:\n0 MediRefill  SnoozeSheetView.body.getter + 412 (SnoozeSheetView.swift:88)",
        ),
        "Both crash at SnoozeSheetView.swift:88 in the new snooze sheet, so it's the same bug.",
    ],
    ("nurse_shift_swap_staffing", "verify_then_close"): [
        U("Post that open shift to the float pool.", "Posting it."),
        C(
            "ukg_post_open_shift",
            {"id": "OS-77519", "audience": "FloatPool-RN"},
            {"id": "OS-77519", "status": "POSTED"},
        ),
        "OS-77519 (20 December, days) is posted to the RN float pool.",
    ],
    ("nurse_shift_swap_staffing", "fallback_tool_succeeds"): [
        U("Pin it please.", "Pinning."),
        C(
            "teams_pin_message",
            {"channel": "4West-Charge", "messageId": "1733426400112"},
            {"pinned": True},
        ),
        "Pinned in 4West-Charge.",
    ],
    ("nurse_shift_swap_staffing", "refined_search_hits"): [
        U("Ask her.", "Sending Nia the request."),
        C(
            "teams_send_message",
            {
                "to": "nia.ellison@stlukes.org",
                "text": "Can you cover a pediatric sedation case on 3 East tomorrow 07:30? Pay at PACU rate + shift diff.",
            },
            {"id": "1733429901877"},
        ),
        "Request sent to Nia on Teams.",
    ],
    ("nurse_shift_swap_staffing", "successive_clarifications"): [
        U("Assign it to the unit's schedule group too.", "Adding it to the group."),
        C(
            "ukg_shift_template_groups",
            {"templateId": "ST-8812", "add_group": "OBS-Unit"},
            {"groups": ["OBS-Unit"]},
        ),
        "ST-8812 is now in the OBS-Unit schedule group, so managers can drag it onto the grid.",
    ],
    ("mobile_crane_lift_planning", "retry_corrected_argument"): [
        U("And on the 54.8?", "Checking 54.8 m."),
        C(
            "crane_chart_lookup",
            {"model": "LTM 1160-5.2", "boom_m": 54.8, "counterweight_t": 50, "radius_m": 32},
            {"rated_capacity_t": 13.4},
        ),
        "13.4 t on the 54.8 m boom at 32 m.",
    ],
    ("mobile_crane_lift_planning", "fallback_tool_succeeds"): [
        U("Put that window into the lift plan.", "Updating the plan."),
        C(
            "liftplan_edit",
            {"job": "LJ-24-0871", "set": {"wind_window": "07:00-09:00", "wind_limit_ms": 11.3}},
            {"saved": True, "revision": "C1"},
        ),
        "Lift plan C1 now states a 07:00-09:00 window and an 11.3 m/s gust limit.",
    ],
    ("mobile_crane_lift_planning", "requery_after_filter_change"): [
        U("Hold C-231 for me.", "Placing a provisional hold."),
        C(
            "booking_create",
            {"fleet_no": "C-231", "date": "2026-12-15", "status": "PROVISIONAL"},
            {"booking": "BK-38840", "expires": "2026-12-01T17:00:00Z"},
        ),
        "C-231 is provisionally held for 15 December (BK-38840) until 1 December at 17:00.",
    ],
    ("mobile_crane_lift_planning", "summarise_related_documents"): [
        U("Make it a one-page toolbox talk.", "Generating it from the template."),
        C(
            "docs_generate",
            {"template": "TOOLBOX_TALK", "title": "Lifting near misses Q4", "points": 3},
            {"doc": "TBT-2026-044.pdf", "pages": 1},
        ),
        "TBT-2026-044.pdf, one page, ready to print.",
    ],
    ("lidar_survey_processing", "retry_corrected_argument"): [
        U("Make a hillshade from it too.", "Running gdaldem."),
        C(
            "gdal_dem",
            {
                "mode": "hillshade",
                "src": "dtm/riverbend_dtm_1m_aoi.tif",
                "dst": "dtm/riverbend_hs.tif",
                "z": 2,
                "multidirectional": True,
            },
            "0...10...20...30...40...50...60...70...80...90...100 - done.",
        ),
        "Hillshade written to dtm/riverbend_hs.tif (multidirectional, 2x vertical exaggeration).",
    ],
    ("lidar_survey_processing", "verify_then_close"): [
        U("Send the county the link.", "Emailing their GIS contact."),
        C(
            "mail_send",
            {
                "to": "gis@countygis.ca.gov",
                "subject": "Riverbend 2026 lidar tiles",
                "body": "Public tiles: https://aerosurvey-deliver.s3.us-west-2.amazonaws.com/P-1187/tiles/",
            },
            {"message_id": "<b71c@aerosurvey.io>"},
        ),
        "Sent to gis@countygis.ca.gov.",
    ],
    ("lidar_survey_processing", "acknowledging_new_inputs"): [
        U("0460, a powerline pylon is in class 1.", "Queued."),
        C(
            "edit_queue_add",
            {
                "project": "P-1187",
                "tile": "0460",
                "issue": "transmission tower in class 1, should be 15",
            },
            {"position": 4},
        ),
        "Tile 0460 added (tower to class 15); four tiles in the queue.",
    ],
    ("lidar_survey_processing", "paging_through_results"): [
        U(
            "Include checksums in the manifest.",
            "Adding the ETags as MD5 where they are single-part.",
        ),
        C(
            "s3_head_objects_batch",
            {"Bucket": "aerosurvey-deliver", "Prefix": "P-1187/tiles/"},
            {"single_part": 1911, "multipart": 293},
        ),
        C(
            "fs_write",
            {"path": "P-1187/final/manifest.csv", "rows": 2204, "columns_add": ["md5_or_etag"]},
            {"bytes": 196004},
        ),
        "Checksums are in the manifest: MD5 for the 1,911 single-part objects and a multipart ETag, flagged as such, for the other 293.",
    ],
    ("cdp_identity_resolution", "fallback_tool_succeeds"): [
        U("Export that as a PDF for legal.", "Generating the export."),
        C(
            "docs_generate",
            {"template": "CONSENT_RECORD", "subject": "use_6Nq2Vb", "rows": 3},
            {"file": "consent_use_6Nq2Vb_2026-11-28.pdf"},
        ),
        "consent_use_6Nq2Vb_2026-11-28.pdf is ready for legal.",
    ],
    ("cdp_identity_resolution", "refined_search_hits"): [
        U("Link the order to her profile in Braze.", "Logging the purchase on her profile."),
        C(
            "braze_users_track",
            {
                "purchases": [
                    {
                        "external_id": "use_6Nq2Vb",
                        "product_id": "order",
                        "currency": "USD",
                        "price": 84.5,
                        "time": "2026-11-21T18:02:00Z",
                        "properties": {"order_id": "LP-88120"},
                    }
                ]
            },
            {"purchases_processed": 1, "message": "success"},
        ),
        "Order LP-88120 is now on use_6Nq2Vb in Braze.",
    ],
    ("cdp_identity_resolution", "edit_validate_cycle"): [
        U("Open the PR.", "Pushing the branch and opening it."),
        C(
            "github_create_pull_request",
            {
                "repo": "loop/dbt",
                "head": "fix/idr-email-trim",
                "base": "main",
                "title": "idr_graph: trim emails, join on normalised key",
            },
            {"number": 1843, "url": "https://github.com/loop/dbt/pull/1843"},
        ),
        "PR #1843 is open.",
    ],
    ("escrow_closing_coordination", "retry_corrected_argument"): [
        U("Send the reconveyance request to Idaho Central.", "Sending it."),
        C(
            "qualia_send_message",
            {
                "order_number": "ESC-26-04417",
                "to": "Idaho Central Credit Union",
                "template": "RECONVEYANCE_REQUEST",
                "fields": {"instrument": "2019-044812"},
            },
            {"message_id": "M-55230"},
        ),
        "Reconveyance request for instrument 2019-044812 is sent (M-55230).",
    ],
    ("escrow_closing_coordination", "requery_after_filter_change"): [
        U("Chase both lenders.", "Sending payoff requests."),
        C(
            "qualia_send_message",
            {
                "order_number": "ESC-26-04417",
                "to": "Idaho Central Credit Union",
                "template": "PAYOFF_REQUEST_URGENT",
            },
            {"message_id": "M-55241"},
        ),
        C(
            "qualia_send_message",
            {
                "order_number": "ESC-26-04422",
                "to": "Mountain West Bank",
                "template": "PAYOFF_REQUEST_URGENT",
            },
            {"message_id": "M-55242"},
        ),
        "Urgent payoff requests sent to Idaho Central (04417) and Mountain West Bank (04422).",
    ],
    ("escrow_closing_coordination", "refined_search_hits"): [
        U("Order it, rush.", "Ordering the resale certificate."),
        C(
            "homewise_order",
            {
                "association": "Larkspur Commons HOA",
                "property": "2291 Larkspur Ln",
                "product": "Resale Certificate",
                "rush": True,
            },
            {"order_id": "HW-5521801", "eta": "2026-12-03", "fee": 350},
        ),
        "Ordered HW-5521801, due 3 December. The rush brings the fee to $350, which I'll put on the buyer side.",
    ],
    ("escrow_closing_coordination", "polling_until_complete"): [
        U("Close the recording task.", "Closing it."),
        C(
            "qualia_update_task",
            {"order_number": "ESC-26-04417", "task": "Record deed", "status": "complete"},
            {"updated": True},
        ),
        "Recording task closed.",
    ],
    ("escrow_closing_coordination", "justified_detour"): [
        U("Put a reminder on it for Wednesday.", "Adding a follow-up task."),
        C(
            "qualia_create_task",
            {
                "order_number": "ESC-26-04417",
                "name": "Chase notarized lien release - TV Roofing",
                "due": "2026-12-03",
            },
            {"id": "T-902"},
        ),
        "Task T-902 is due Wednesday.",
    ],
    ("nurse_shift_swap_staffing", "acknowledging_new_inputs"): [
        U("One more, Tom Reyes in the main OR, full shift.", "Done."),
        C(
            "ukg_add_paycode_edit",
            {"personNumber": "113088", "date": "2026-12-05", "payCode": "SICK", "hours": 12},
            {"id": "PCE-441023"},
        ),
        "Tom Reyes added too: four sick calls in all, and the main OR is now short a circulator.",
    ],
    ("escrow_closing_coordination", "acknowledging_new_inputs"): [
        U("Oh, and trash is Republic Services, 7731-0042.", "Noted."),
        C(
            "qualia_add_note",
            {
                "order_number": "ESC-26-04417",
                "tag": "utilities",
                "text": "Republic Services acct 7731-0042",
            },
            {"note_id": "N-704"},
        ),
        "Four utility accounts are on file now, Republic Services included.",
    ],
}


# --- domains --------------------------------------------------------------------------------

DOMAINS = [
    {
        "name": "cement_kiln_process_control",
        "env": env_kiln,
        "t0": datetime(2026, 11, 24, 5, 40),
        "rows": kiln_rows,
    },
    {
        "name": "aml_transaction_monitoring",
        "env": env_aml,
        "t0": datetime(2026, 11, 24, 8, 15),
        "rows": aml_rows,
    },
    {
        "name": "ios_testflight_distribution",
        "env": env_asc,
        "t0": datetime(2026, 11, 25, 16, 0),
        "rows": ios_rows,
    },
    {
        "name": "nurse_shift_swap_staffing",
        "env": env_ukg,
        "t0": datetime(2026, 11, 25, 6, 30),
        "rows": nurse_rows,
    },
    {
        "name": "mobile_crane_lift_planning",
        "env": env_crane,
        "t0": datetime(2026, 11, 24, 7, 0),
        "rows": crane_rows,
    },
    {
        "name": "lidar_survey_processing",
        "env": env_lidar,
        "t0": datetime(2026, 11, 25, 9, 20),
        "rows": lidar_rows,
    },
    {
        "name": "cdp_identity_resolution",
        "env": env_cdp,
        "t0": datetime(2026, 11, 24, 13, 45),
        "rows": cdp_rows,
    },
    {
        "name": "escrow_closing_coordination",
        "env": env_escrow,
        "t0": datetime(2026, 11, 30, 8, 5),
        "rows": escrow_rows,
    },
]


def main():
    rows = build()
    with open(HERE / "trajectories.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(rows))


if __name__ == "__main__":
    main()
