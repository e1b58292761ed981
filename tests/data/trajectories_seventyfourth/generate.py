"""Blind trajectory set 74: loop and near-miss progress rows in eight production domains.

Standard library only. Rewrite the data with
`.venv/bin/python tests/data/trajectories_seventyfourth/generate.py`.
"""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

SEED = 7474
HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- noise helpers


def hx(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


class Clock:
    def __init__(self, r: random.Random) -> None:
        self.t = r.randint(6, 19) * 3600 + r.randint(0, 3599)
        self.day = r.randint(3, 27)

    def tick(self, r: random.Random) -> str:
        self.t += r.randint(2, 140)
        h, rem = divmod(self.t, 3600)
        m, s = divmod(rem, 60)
        return f"2026-10-{self.day:02d}T{h % 24:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z"


def flat(payload: dict) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for k, v in payload.items():
        if isinstance(v, list):
            for i, item in enumerate(v):
                if isinstance(item, dict):
                    out.extend((f"{k}[{i}].{ik}", iv) for ik, iv in item.items())
                else:
                    out.append((f"{k}[{i}]", item))
        else:
            out.append((k, v))
    return out


# ---------------------------------------------------------------- formatters


def fmt_json_env(r, clk, payload, err):
    env: dict = {"request_id": f"req_{hx(r, 16)}", "served_at": clk.tick(r)}
    if err:
        env["error"] = {"status": int(err[0]), "message": err[1]}
    else:
        env["data"] = payload
    env["rate_limit"] = {"remaining": r.randint(140, 599), "reset_s": r.randint(1, 59)}
    return json.dumps(env)


def fmt_xml(r, clk, payload, err):
    head = f'<Response requestId="{hx(r, 8)}-{hx(r, 4)}" served="{clk.tick(r)}" node="leg-app-0{r.randint(1, 6)}">'
    if err:
        return f'{head}\n  <Fault code="{err[0]}"><Message>{err[1]}</Message></Fault>\n</Response>'
    lines = [head]
    for k, v in payload.items():
        if isinstance(v, list):
            lines.append(f"  <{k}>")
            for item in v:
                if isinstance(item, dict):
                    attrs = " ".join(f'{ik}="{iv}"' for ik, iv in item.items())
                    lines.append(f"    <Item {attrs}/>")
                else:
                    lines.append(f"    <Item>{item}</Item>")
            lines.append(f"  </{k}>")
        else:
            lines.append(f"  <{k}>{v}</{k}>")
    lines.append("</Response>")
    return "\n".join(lines)


def kvq(v: object) -> str:
    s = str(v)
    return f'"{s}"' if (" " in s or not s) else s


def fmt_kv(r, clk, payload, err):
    head = f"ts={clk.tick(r)} gw=cryo-gw-{r.randint(1, 4)} corr={hx(r, 12)}"
    if err:
        return f"{head} level=error code={err[0]} msg={kvq(err[1])}"
    body = " ".join(f"{k}={kvq(v)}" for k, v in flat(payload))
    return f"{head} level=info {body} cache_age_s={r.randint(0, 300)}"


def fmt_yaml(r, clk, payload, err):
    lines = ["meta:", f"  trace: {hx(r, 24)}", f"  fetched: {clk.tick(r)}"]
    lines.append(f"  replica: hoodcert-db-{r.choice('abc')}{r.randint(1, 3)}")
    if err:
        lines += ["error:", f"  code: {err[0]}", f"  detail: {err[1]}"]
        return "\n".join(lines)
    lines.append("result:")
    for k, v in payload.items():
        if isinstance(v, list):
            lines.append(f"  {k}:")
            for item in v:
                if isinstance(item, dict):
                    first = True
                    for ik, iv in item.items():
                        lines.append(f"    {'- ' if first else '  '}{ik}: {iv}")
                        first = False
                else:
                    lines.append(f"    - {item}")
        else:
            lines.append(f"  {k}: {v}")
    return "\n".join(lines)


def fmt_table(r, clk, payload, err):
    foot = f"({{n}} row(s), {r.randint(11, 480)}ms, api=cyl-{r.choice(['east', 'west', 'north'])}-{r.randint(1, 3)}, at {clk.tick(r)})"
    if err:
        return f"error[{err[0]}]: {err[1]}\nhint: run with --verbose for request id {hx(r, 10)}"
    rows = None
    for v in payload.values():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            rows = v
    if rows is None:
        rows = [{k: v for k, v in payload.items() if not isinstance(v, list)}]
    extra = [
        f"{k}: {', '.join(map(str, v))}"
        for k, v in payload.items()
        if isinstance(v, list) and v and not isinstance(v[0], dict)
    ]
    cols = list(rows[0].keys())
    width = {c: max(len(c), *(len(str(x.get(c, ""))) for x in rows)) for c in cols}
    out = ["  ".join(c.upper().ljust(width[c]) for c in cols)]
    out += ["  ".join(str(x.get(c, "")).ljust(width[c]) for c in cols) for x in rows]
    for k, v in payload.items():
        if isinstance(v, list) and not v:
            out.append(f"{k}: (none)")
    out += extra
    out.append(foot.format(n=len(rows)))
    return "\n".join(out)


def fmt_graphql(r, clk, payload, err):
    ext = {
        "traceId": hx(r, 32),
        "cost": {"requested": r.randint(3, 40), "throttleRemaining": r.randint(800, 1000)},
        "at": clk.tick(r),
    }
    if err:
        return json.dumps(
            {
                "data": None,
                "errors": [{"message": err[1], "extensions": {"code": err[0]}}],
                "extensions": ext,
            }
        )
    return json.dumps({"data": payload, "extensions": ext})


def fmt_http(r, clk, payload, err):
    status = (
        f"{err[0]} {'Service Unavailable' if err[0] == '503' else 'Unprocessable Entity' if err[0] == '422' else 'Conflict' if err[0] == '409' else 'Error'}"
        if err
        else "200 OK"
    )
    body = json.dumps({"error": err[1]} if err else payload)
    return (
        f"HTTP/1.1 {status}\nDate: {clk.tick(r)}\nServer: wt-edge-{r.randint(10, 29)}\n"
        f"X-Request-Id: {hx(r, 8)}-{hx(r, 4)}-{hx(r, 4)}\nX-RateLimit-Remaining: {r.randint(20, 300)}\n"
        f"Age: {r.randint(0, 90)}\nContent-Type: application/json\n\n{body}"
    )


def fmt_csv(r, clk, payload, err):
    head = f"# export={hx(r, 10)} generated={clk.tick(r)} host=vivarium-app{r.randint(1, 4)} seq={r.randint(10000, 99999)}"
    if err:
        return f"{head}\n# ERROR {err[0]}: {err[1]}"
    rows = None
    for v in payload.values():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            rows = v
    if rows is None:
        rows = [
            {k: (";".join(map(str, v)) if isinstance(v, list) else v) for k, v in payload.items()}
        ]
    cols = list(rows[0].keys())
    lines = [head, ",".join(cols)]
    lines += [",".join(str(x.get(c, "")).replace(",", ";") for c in cols) for x in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- call styles


def call_rest(d, op, params):
    return d["ops"][op], dict(params)


def call_rpc(d, op, params):
    return f"LegalisationService.{d['ops'][op]}", dict(params)


def call_dotted(d, op, params):
    return d["ops"][op], dict(params)


def call_cli(d, op, params):
    argv = list(d["ops"][op].split())
    for k, v in params.items():
        argv += [f"--{k.replace('_', '-')}", str(v)]
    return "cylctl", {"argv": argv}


def call_graphql(d, op, params):
    fields = d["gql"][op]
    return "graphql", {"query": fields, "variables": dict(params)}


def call_kebab(d, op, params):
    return d["ops"][op], dict(params)


# ---------------------------------------------------------------- domains

DOMAINS: list[dict] = [
    {
        "name": "additive_manufacturing_build_queue",
        "call": call_rest,
        "fmt": fmt_json_env,
        "idk": "build_id",
        "mkid": lambda r: f"BJ-{r.randint(40100, 48999)}",
        "thing": "build",
        "ops": {
            "get": "GET /v2/builds/{build_id}",
            "events": "GET /v2/builds/{build_id}/events",
            "status": "GET /v2/builds/{build_id}/status",
            "update": "PATCH /v2/builds/{build_id}",
            "list": "GET /v2/queue",
            "search": "GET /v2/parts",
            "submit": "POST /v2/builds/{build_id}/release",
            "validate": "POST /v2/builds/{build_id}/preflight",
            "ask": "POST /v2/requester/questions",
        },
        "attrs": [
            ("machine", ["EOS M290 #3", "Farsoon FS273M #1", "RenAM 500Q #2", "EOS M400-4 #1"]),
            ("material", ["Ti6Al4V Gr23", "AlSi10Mg", "316L", "IN718"]),
            ("part_count", [6, 12, 18, 24, 40, 52]),
            (
                "customer",
                ["Halvorsen Medical", "Quorra Aero", "Tibbett Motorsport", "Lindqvist Dental"],
            ),
        ],
        "states": ["queued", "slicing", "printing", "stress_relief", "complete"],
        "fail": "aborted: recoater blade contact at layer 1044 (short powder feed)",
        "errors": [
            ("503", "machine controller did not answer within 10s"),
            ("503", "upstream MES timeout talking to controller"),
            ("504", "gateway timeout (controller link)"),
        ],
        "catkey": "part_no",
        "catalog": [
            "BRK-2210 hinge bracket",
            "MAN-0471 manifold",
            "IMP-3302 acetabular cup",
            "HSG-118 sensor housing",
            "NOZ-0093 fuel nozzle",
            "LAT-550 lattice spacer",
        ],
        "filters": [("material", "Ti6Al4V Gr23"), ("customer", "Halvorsen Medical")],
        "search_q": [
            "hinge bracket Halvorsen",
            "Halvorsen hinge bracket part number",
            "part no for the Halvorsen hinge bracket",
            "bracket hinge Halvorsen Medical",
        ],
        "flip": (
            "layer_thickness_um",
            30,
            60,
            "estimated build time 61h exceeds the 48h slot on the machine",
            "60um is not qualified for this alloy on this machine (qual sheet QS-118)",
        ),
        "fix": (
            "submit",
            {"slot": "2026-10-18T06:00"},
            ("422", "field 'powder_lot' is required for release"),
            {"powder_lot": "PL-TI-0911"},
            {"released": True, "slot": "2026-10-18T06:00", "powder_lot": "PL-TI-0911"},
        ),
        "staged": [
            (
                {"support_strategy": "cone_v2"},
                "warning: orientation not set; parts 4-9 exceed 45deg overhang",
            ),
            (
                {"orientation": "tilt_12deg"},
                "warning: build height 212mm exceeds recoater clearance with tilt; lower plate offset",
            ),
            ({"plate_offset_mm": 4}, "ok: preflight passed, est. 41h"),
        ],
        "plan": [
            "confirm the build record and material",
            "check the preflight result",
            "release it to the open slot",
        ],
        "plan_ops": ["get", "validate", "submit"],
        "clarify": [
            (
                "Should the lattice spacers go on the same plate as the housings, or separate?",
                "Separate plate, the housings need HIP.",
            ),
            ("Is Ti6Al4V Gr23 fine, or does the customer need Gr5?", "Gr23 is what the PO says."),
            ("Any deadline I should plan the slot around?", "They need parts in hand by the 24th."),
        ],
        "reconfirm": "Shall I release {eid} to the Thursday 06:00 slot on {machine}?",
        "yes": [
            "Yes, release it.",
            "yes please",
            "Yes - go ahead with Thursday 06:00.",
            "Yep, release it to that slot.",
        ],
        "req": [
            "Can you find out why build {eid} hasn't gone to print yet and get it released?",
            "Halvorsen are chasing {eid}. Where is it and what's blocking it?",
            "Please sort out {eid} in the print queue, it should have started yesterday.",
        ],
    },
    {
        "name": "apostille_document_legalisation",
        "call": call_rpc,
        "fmt": fmt_xml,
        "idk": "case_ref",
        "mkid": lambda r: f"APO/{r.randint(2026, 2026)}/{r.randint(10000, 99999)}",
        "thing": "case",
        "ops": {
            "get": "GetCase",
            "events": "ListCaseHistory",
            "status": "GetCaseStatus",
            "update": "AmendCase",
            "list": "ListPendingCases",
            "search": "SearchSignatories",
            "submit": "SubmitToAuthority",
            "validate": "ValidateCase",
            "ask": "SendClientQuery",
        },
        "attrs": [
            (
                "DocumentType",
                [
                    "birth certificate",
                    "degree certificate",
                    "power of attorney",
                    "certificate of incorporation",
                ],
            ),
            (
                "Destination",
                ["Mexico", "UAE (embassy legalisation)", "Spain", "Vietnam (embassy legalisation)"],
            ),
            (
                "Signatory",
                [
                    "J. Okafor, Notary Public",
                    "Registrar, Univ. of Leeds",
                    "M. Brandt, Notary",
                    "Companies House",
                ],
            ),
            ("Pages", [1, 2, 4, 7]),
        ],
        "states": ["received", "signature_check", "with_authority", "apostilled", "dispatched"],
        "fail": "rejected by authority: signatory specimen not on file (notary commission expired 2025-03)",
        "errors": [
            ("AUTHORITY_UNAVAILABLE", "FCDO e-apostille endpoint returned 503"),
            ("AUTHORITY_UNAVAILABLE", "authority gateway connection reset"),
            ("TIMEOUT", "authority did not acknowledge within 30s"),
        ],
        "catkey": "Signatory",
        "catalog": [
            "J. Okafor (Notary, Leeds)",
            "J. Okafor-Reid (Solicitor, Bradford)",
            "Jane Okafor (Commissioner for Oaths)",
            "J. O'Kafor (Notary, Leeds, legacy)",
            "J. Okafor (Notary, Wakefield)",
            "Dr J. Okafor (Registrar)",
        ],
        "filters": [("Region", "Yorkshire"), ("Role", "Notary Public")],
        "search_q": [
            "J Okafor notary",
            "Okafor notary public signature specimen",
            "notary named Okafor",
            "specimen signature for Okafor, notary",
        ],
        "flip": (
            "TranslationRequired",
            "true",
            "false",
            "certified translation attached but destination accepts English originals only",
            "destination requires certified Spanish translation before apostille",
        ),
        "fix": (
            "submit",
            {"Service": "standard"},
            ("MISSING_FIELD", "ReturnAddress is required for paper apostille"),
            {"ReturnAddress": "14 Calder Row, Leeds LS1 4PQ"},
            {"Accepted": "true", "AuthorityRef": "FCDO-EA-7719203"},
        ),
        "staged": [
            ({"Service": "premium"}, "warning: premium service requires appointment slot"),
            (
                {"AppointmentSlot": "2026-10-21T10:30"},
                "warning: premium appointment needs client ID document on file",
            ),
            ({"ClientIdDoc": "passport, uploaded 2026-10-12"}, "ok: case valid for submission"),
        ],
        "plan": [
            "pull the case and the document details",
            "validate the signatory and translation",
            "submit to the authority",
        ],
        "plan_ops": ["get", "validate", "submit"],
        "clarify": [
            (
                "Is the document going to Spain for residency or for a marriage registration?",
                "Marriage registration in Valencia.",
            ),
            (
                "Do you have the original, or only a certified copy?",
                "Certified copy, signed by the notary.",
            ),
            ("Where should we post it back to?", "Courier to the Madrid office, address on file."),
        ],
        "reconfirm": "Can I submit {eid} to the authority under standard service?",
        "yes": [
            "Yes, submit it.",
            "yes, standard is fine",
            "Yes please go ahead.",
            "Yes - standard service.",
        ],
        "req": [
            "The client needs {eid} apostilled this week. What's holding it up?",
            "Can you push {eid} through to the authority? Deadline is Friday.",
            "Please check case {eid} and get it submitted if it's ready.",
        ],
    },
    {
        "name": "cryogenic_helium_dewar_logistics",
        "call": call_dotted,
        "fmt": fmt_kv,
        "idk": "dewar",
        "mkid": lambda r: f"DW-{r.choice(['250L', '450L', '100L'])}-{r.randint(1000, 9999)}",
        "thing": "dewar",
        "ops": {
            "get": "dewar.get",
            "events": "dewar.telemetry",
            "status": "fill.status",
            "update": "dewar.set",
            "list": "route.manifest",
            "search": "site.lookup",
            "submit": "fill.order",
            "validate": "fill.precheck",
            "ask": "ops.ask_requester",
        },
        "attrs": [
            (
                "site",
                [
                    "St Aldric Hospital MRI",
                    "Kestrel Uni NMR Lab",
                    "Marrow Physics Dept",
                    "Vance Imaging Centre",
                ],
            ),
            ("level_pct", [18, 22, 31, 44]),
            ("boiloff_lpd", [1.1, 1.4, 2.0, 2.6]),
            ("depot", ["Rugby", "Widnes", "Thurrock"]),
        ],
        "states": ["ordered", "allocated", "on_vehicle", "filling", "delivered"],
        "fail": "cancelled: vehicle LHe-14 returned to depot, transfer line fault",
        "errors": [
            ("DEPOT_LINK", "Widnes depot scheduler unreachable"),
            ("DEPOT_LINK", "scheduler session expired mid-call"),
            ("DEPOT_LINK", "upstream 502 from depot scheduler"),
        ],
        "catkey": "site",
        "catalog": [
            "St Aldric Hospital MRI (bay 2)",
            "St Aldric Hospital MRI (bay 1)",
            "St Aldric Research Wing",
            "Aldric Community Imaging",
            "St Aldric Hospital loading dock",
            "St Aldric MRI (legacy code SAH01)",
        ],
        "filters": [("postcode", "CV21"), ("access", "tail-lift")],
        "search_q": [
            "St Aldric MRI delivery address",
            "delivery point St Aldric hospital MRI",
            "St Aldric MRI site code",
            "where to deliver St Aldric MRI helium",
        ],
        "flip": (
            "fill_target_pct",
            90,
            70,
            "90% exceeds safe fill for a dewar this age (max 80%)",
            "70% below customer contract minimum 75%",
        ),
        "fix": (
            "submit",
            {"litres": 180},
            ("VALIDATION", "litres exceeds remaining capacity 142 at current level"),
            {"litres": 140},
            {"order": "FO-88213", "litres": 140, "eta": "2026-10-16 AM"},
        ),
        "staged": [
            ({"quench_valve_checked": "yes"}, "warn: relief valve cert expired, renew before fill"),
            (
                {"relief_cert": "RV-2026-0311"},
                "warn: site contact missing for out-of-hours delivery",
            ),
            ({"site_contact": "D. Mensah 07700 900412"}, "ok: precheck passed"),
        ],
        "plan": ["check the dewar level and boil-off", "run the fill precheck", "book the fill"],
        "plan_ops": ["get", "validate", "submit"],
        "clarify": [
            (
                "Is the MRI in service over the weekend, or can we deliver Saturday?",
                "Saturday morning works, scanner is down for service.",
            ),
            ("Do you want the 250L swapped or topped up in place?", "Top up in place please."),
            ("Who signs for it on site?", "Physics on-call, Dami Mensah."),
        ],
        "reconfirm": "Shall I order a fill for {eid} from {depot}?",
        "yes": ["Yes, order it.", "yes", "Yes, from {depot} is fine.", "Yes please order it."],
        "req": [
            "Dewar {eid} at the hospital is getting low. Can you get a fill booked?",
            "Can you check where the helium top-up for {eid} is and chase it?",
            "Please arrange helium for {eid}, they're worried about the magnet.",
        ],
    },
    {
        "name": "fume_hood_certification",
        "call": call_rest,
        "fmt": fmt_yaml,
        "idk": "hood_id",
        "mkid": lambda r: f"FH-{r.choice(['CHEM', 'BIO', 'MAT'])}-{r.randint(100, 999)}",
        "thing": "hood",
        "ops": {
            "get": "get_hood_record",
            "events": "get_test_history",
            "status": "get_certification_status",
            "update": "update_hood_record",
            "list": "list_due_hoods",
            "search": "search_technicians",
            "submit": "issue_certificate",
            "validate": "check_test_results",
            "ask": "ask_lab_manager",
        },
        "attrs": [
            ("building", ["Bragg Building", "Franklin Wing", "Hodgkin Lab", "Curie Annex"]),
            ("room", ["B2.14", "F1.07", "H3.22", "C0.05"]),
            ("face_velocity_fpm", [84, 96, 102, 118]),
            ("sash_type", ["vertical", "combination", "horizontal"]),
        ],
        "states": ["scheduled", "tested", "under_review", "certified"],
        "fail": "test void: anemometer calibration lapsed (cal cert expired 2026-09-30)",
        "errors": [
            ("503", "BMS integration unavailable"),
            ("503", "BMS integration unavailable (pool exhausted)"),
            ("504", "BMS read timed out"),
        ],
        "catkey": "technician",
        "catalog": [
            "A. Petrov (ASHRAE 110)",
            "L. Nwosu (EN 14175)",
            "K. Sato (ASHRAE 110)",
            "R. Almeida (trainee)",
            "M. Greer (ASHRAE 110, BSL3)",
            "T. Ilyas (EN 14175)",
        ],
        "filters": [("qualification", "ASHRAE 110"), ("site", "Bragg Building")],
        "search_q": [
            "technician for ASHRAE 110 test",
            "who can do ASHRAE 110 tracer gas",
            "ASHRAE 110 qualified tech available",
            "tracer gas test technician",
        ],
        "flip": (
            "sash_stop_in",
            18,
            14,
            "face velocity at 18in sash is 84 fpm, below 100 fpm minimum",
            "14in sash stop conflicts with the bottle rack clearance noted for this hood",
        ),
        "fix": (
            "submit",
            {"valid_months": 12},
            ("VALIDATION", "technician_id missing from test record"),
            {"technician_id": "T-0417"},
            {"certificate": "CERT-FH-26-3381", "expires": "2027-10-14"},
        ),
        "staged": [
            ({"alarm_tested": True}, "warning: smoke visualisation result missing"),
            ({"smoke_test": "pass, no reverse flow"}, "warning: sash height label not recorded"),
            ({"sash_label_in": 18}, "ok: all results present"),
        ],
        "plan": ["load the hood record", "check the test results", "issue the certificate"],
        "plan_ops": ["get", "validate", "submit"],
        "clarify": [
            (
                "Is the hood in use with perchloric acid, or general chemistry only?",
                "General chemistry only.",
            ),
            ("Can the lab shut it down for an hour on Tuesday?", "Tuesday after 2pm."),
            (
                "Should the certificate go to you or to building services?",
                "Both, cc building services.",
            ),
        ],
        "reconfirm": "OK to issue the certificate for {eid} in {building}?",
        "yes": ["Yes, issue it.", "yes go ahead", "Yes - issue the certificate.", "Yes please."],
        "req": [
            "Hood {eid} shows as overdue for certification. Can you sort it?",
            "EHS flagged {eid}. Get it certified or tell me what's missing.",
            "Please finish the annual cert for {eid}, the lab can't use it until it's done.",
        ],
    },
    {
        "name": "gas_cylinder_rental_returns",
        "call": call_cli,
        "fmt": fmt_table,
        "idk": "serial",
        "mkid": lambda r: f"{r.choice(['AR', 'CO2', 'N2', 'O2'])}{r.randint(100000, 999999)}",
        "thing": "cylinder",
        "ops": {
            "get": "cylinder show",
            "events": "cylinder history",
            "status": "return status",
            "update": "cylinder set",
            "list": "account holdings",
            "search": "account search",
            "submit": "return book",
            "validate": "return check",
            "ask": "ticket ask-customer",
        },
        "attrs": [
            (
                "account",
                [
                    "ACC-20417 Brennan Fabrication",
                    "ACC-33190 Weld & Co",
                    "ACC-11872 Northgate Brewing",
                    "ACC-40051 Rivermead Labs",
                ],
            ),
            ("size", ["W", "V", "L", "K"]),
            ("depot", ["Doncaster", "Crewe", "Avonmouth"]),
            ("rent_days", [41, 88, 203, 366]),
        ],
        "states": ["booked", "collected", "in_transit", "received", "credited"],
        "fail": "rejected: cylinder not on this account (registered to ACC-90120)",
        "errors": [
            ("503", "route planner unavailable"),
            ("503", "route planner unavailable"),
            ("500", "route planner returned empty response"),
        ],
        "catkey": "account",
        "catalog": [
            "ACC-20417 Brennan Fabrication",
            "ACC-20481 Brennan Fab (old)",
            "ACC-31007 Brennan Engineering",
            "ACC-20417-B Brennan Fabrication (site 2)",
            "ACC-66310 Brennan & Sons",
            "ACC-20999 Brenan Fabrication",
        ],
        "filters": [("postcode", "DN4"), ("status", "active")],
        "search_q": [
            "Brennan Fabrication",
            "brennan fab",
            "Brennan Fabrication Ltd Doncaster",
            "brennan fabrication account",
        ],
        "flip": (
            "collection_window",
            "AM",
            "PM",
            "AM slots full on that route for the week",
            "customer site closes 13:00, PM collection not possible",
        ),
        "fix": (
            "submit",
            {"date": "2026-10-17"},
            ("422", "collection address required for non-depot returns"),
            {"address": "Unit 4, Carr Hill Ind Est, DN4 8DE"},
            {"return_ref": "RET-551902", "date": "2026-10-17"},
        ),
        "staged": [
            ({"condition": "valve_damaged"}, "warning: damaged valve needs hazard note for driver"),
            (
                {"hazard_note": "valve guard bent, do not lift by valve"},
                "warning: damaged returns need photo",
            ),
            ({"photo": "IMG_4471.jpg"}, "ok: return can be booked"),
        ],
        "plan": ["look up the cylinder", "check the return is allowed", "book the collection"],
        "plan_ops": ["get", "validate", "submit"],
        "clarify": [
            (
                "Are all four cylinders at the Carr Hill unit, or some at the second site?",
                "Three at Carr Hill, one at the Balby yard.",
            ),
            ("Are any of them still partly full?", "The argon one is about half."),
            (
                "Do you want the rental stopped from today or from collection?",
                "From today, we've stopped using them.",
            ),
        ],
        "reconfirm": "Book the collection of {eid} from {account}?",
        "yes": ["Yes, book it.", "yes", "Yes, please book the collection.", "Yes go ahead."],
        "req": [
            "We're still being charged rent on cylinder {eid}. Can you sort the return?",
            "Please book a collection for {eid} and stop the rental.",
            "Customer says {eid} went back weeks ago but it's still on their bill. Check it?",
        ],
    },
    {
        "name": "hunting_licence_draw",
        "call": call_graphql,
        "fmt": fmt_graphql,
        "idk": "applicationId",
        "mkid": lambda r: f"HD26-{r.randint(100000, 999999)}",
        "thing": "application",
        "ops": {},
        "gql": {
            "get": "query App($applicationId: ID!) { application(id: $applicationId) { id hunter unit species status points } }",
            "events": "query Hist($applicationId: ID!) { application(id: $applicationId) { history { at event } } }",
            "status": "query St($applicationId: ID!) { drawStatus(applicationId: $applicationId) { state } }",
            "update": "mutation Upd($applicationId: ID!, $input: ApplicationInput!) { updateApplication(id: $applicationId, input: $input) { id } }",
            "list": "query Pend($after: String) { pendingApplications(first: 5, after: $after) { edges { node { id } } pageInfo { endCursor } } }",
            "search": "query Units($q: String!) { huntUnits(search: $q) { code name } }",
            "submit": "mutation Sub($applicationId: ID!, $input: SubmitInput) { submitApplication(id: $applicationId, input: $input) { ok } }",
            "validate": "query Val($applicationId: ID!) { validateApplication(id: $applicationId) { ok messages } }",
            "ask": "mutation Ask($applicationId: ID!, $text: String!) { messageApplicant(id: $applicationId, text: $text) { reply } }",
        },
        "attrs": [
            ("hunter", ["R. Castellanos", "D. Whitehorse", "M. Lindgren", "S. Abernathy"]),
            ("unit", ["GMU 61", "GMU 201", "Unit 4A", "GMU 76"]),
            ("species", ["elk (antlerless)", "mule deer (buck)", "pronghorn", "bighorn sheep"]),
            ("points", [0, 3, 7, 11]),
        ],
        "states": ["submitted", "eligibility_check", "in_draw", "drawn"],
        "fail": "disqualified: hunter education number not verified",
        "errors": [
            ("UPSTREAM_UNAVAILABLE", "license vendor system unavailable"),
            ("UPSTREAM_UNAVAILABLE", "license vendor system unavailable"),
            ("TIMEOUT", "license vendor call exceeded 8000ms"),
        ],
        "catkey": "unit",
        "catalog": [
            "GMU 61 Uncompahgre Plateau",
            "GMU 62 Uncompahgre South",
            "GMU 611 Uncompahgre (private land only)",
            "GMU 61-A Dry Creek",
            "GMU 16 (similar name)",
            "GMU 161 Roubideau",
        ],
        "filters": [("species", "elk"), ("season", "2nd rifle")],
        "search_q": [
            "Uncompahgre elk unit",
            "elk unit on the Uncompahgre Plateau",
            "Uncompahgre plateau hunt unit",
            "unit code Uncompahgre elk",
        ],
        "flip": (
            "party",
            "solo",
            "group",
            "group leader points override selected but applicant is applying solo",
            "group application requires a second member id",
        ),
        "fix": (
            "submit",
            {"paymentMethod": "card"},
            ("BAD_USER_INPUT", "huntEdNumber required before submission"),
            {"huntEdNumber": "CO-HE-2211093"},
            {"submitApplication": {"ok": True}},
        ),
        "staged": [
            (
                {"firstChoice": "GMU 61 E-E-061-O2-R"},
                "second choice missing; preference point will be used",
            ),
            ({"secondChoice": "GMU 62 E-F-062-O2-R"}, "residency proof not attached"),
            ({"residencyProof": "driver licence, verified"}, "ok"),
        ],
        "plan": ["read the application", "validate it", "submit it to the draw"],
        "plan_ops": ["get", "validate", "submit"],
        "clarify": [
            ("Do you want to use your 7 preference points this year or save them?", "Use them."),
            ("Is 2nd rifle the only season you can do?", "2nd or 3rd rifle."),
            ("Is anyone applying with you as a group?", "Just me."),
        ],
        "reconfirm": "Should I submit {eid} into the draw for {unit}?",
        "yes": ["Yes submit it", "yes", "Yes, {unit} is right.", "Yes, submit."],
        "req": [
            "My application {eid} says incomplete. Can you fix it before the deadline?",
            "Can you check {eid} is in the elk draw? Deadline is April 7.",
            "Please get {eid} submitted, I keep getting an error on the website.",
        ],
    },
    {
        "name": "kitchen_worktop_templating",
        "call": call_kebab,
        "fmt": fmt_http,
        "idk": "job",
        "mkid": lambda r: f"KW{r.randint(20000, 29999)}",
        "thing": "job",
        "ops": {
            "get": "fetch-job-sheet",
            "events": "fetch-job-timeline",
            "status": "fetch-cnc-status",
            "update": "patch-job-sheet",
            "list": "list-slab-allocations",
            "search": "search-slab-stock",
            "submit": "send-to-cnc",
            "validate": "check-template",
            "ask": "message-customer",
        },
        "attrs": [
            (
                "material",
                [
                    "Calacatta quartz 20mm",
                    "Nero granite 30mm",
                    "Iroko oak 40mm",
                    "Dekton Kelya 12mm",
                ],
            ),
            ("pieces", [2, 3, 4, 5]),
            ("fitter", ["Gav & Lee", "Ross team", "Marek"]),
            (
                "address",
                ["7 Orchard Close, Ely", "22 Mill Lane, Bury", "Flat 3, 9 Quay St, Ipswich"],
            ),
        ],
        "states": ["templated", "nesting", "cutting", "polishing", "ready_to_fit"],
        "fail": "halted: slab cracked on waterjet, piece 2 (sink run)",
        "errors": [
            ("503", "CNC cell controller busy, no handshake"),
            ("503", "CNC cell controller busy, no handshake"),
            ("504", "CNC gateway timeout"),
        ],
        "catkey": "slab",
        "catalog": [
            "SLB-7781 Calacatta 3050x1440 bay C2",
            "SLB-7790 Calacatta 3200x1600 bay C4",
            "SLB-7642 Calacatta offcut 1400x640",
            "SLB-7803 Calacatta Gold 3050x1440",
            "SLB-7811 Calacatta 3050x1440 bay D1",
            "SLB-7455 Calacatta (damaged edge)",
        ],
        "filters": [("min_length_mm", 3000), ("thickness_mm", 20)],
        "search_q": [
            "Calacatta 20mm slab",
            "Calacatta quartz slab in stock",
            "20mm Calacatta available",
            "stock Calacatta quartz 20",
        ],
        "flip": (
            "sink_cutout",
            "undermount",
            "inset",
            "undermount needs 40mm min from joint; joint is 28mm away",
            "customer sheet signed for undermount; inset contradicts it",
        ),
        "fix": (
            "submit",
            {"program": "nest_v3"},
            ("422", "slab_id must be allocated before cutting"),
            {"slab_id": "SLB-7790"},
            {"queued": True, "cell": "CNC-2", "slot": 3},
        ),
        "staged": [
            ({"upstand_mm": 100}, "warning: hob position not measured"),
            ({"hob_centre_mm": 1420}, "warning: wall out of square 6mm, scribe allowance missing"),
            ({"scribe_mm": 8}, "ok: template ready for nesting"),
        ],
        "plan": ["open the job sheet", "check the template", "send it to the CNC"],
        "plan_ops": ["get", "validate", "submit"],
        "clarify": [
            ("Do you want the hob cut-out done here or on site?", "Here please."),
            ("Polished edge or pencil round on the breakfast bar?", "Pencil round."),
            ("Is the tap hole 35mm?", "Yes 35."),
        ],
        "reconfirm": "Shall I send {eid} to the CNC for cutting?",
        "yes": ["Yes send it", "yes", "Yes, send it through.", "Yep, cut it."],
        "req": [
            "Job {eid} has been templated a week. Why isn't it cut yet?",
            "Fitters are booked for {eid} Monday. Can you get it through the CNC?",
            "Please check {eid} and get it moving, customer rang twice.",
        ],
    },
    {
        "name": "laboratory_animal_colony_census",
        "call": call_kebab,
        "fmt": fmt_csv,
        "idk": "cage",
        "mkid": lambda r: f"C{r.randint(1, 9)}-{r.randint(100, 999)}",
        "thing": "cage",
        "ops": {
            "get": "getCageCard",
            "events": "getCageEvents",
            "status": "getCensusStatus",
            "update": "updateCageCard",
            "list": "listRackCages",
            "search": "searchStrains",
            "submit": "submitCensus",
            "validate": "validateCensus",
            "ask": "askInvestigator",
        },
        "attrs": [
            ("strain", ["C57BL/6J", "BALB/cJ", "Ai14 x Pvalb-Cre", "NSG"]),
            ("protocol", ["IACUC-24-117", "IACUC-25-009", "IACUC-23-231"]),
            ("count", [2, 3, 4, 5]),
            ("rack", ["R12 room 3B", "R07 room 3A", "R21 room 4C"]),
        ],
        "states": ["open", "counted", "reconciled", "approved"],
        "fail": "rejected: protocol IACUC-23-231 expired, cages cannot be censused under it",
        "errors": [
            ("503", "LDAP lookup for PI failed"),
            ("503", "LDAP lookup for PI failed"),
            ("500", "census service internal error"),
        ],
        "catkey": "strain",
        "catalog": [
            "Pvalb-Cre (JAX 017320)",
            "Pvalb-IRES-Cre (JAX 008069)",
            "Pvalb-2A-Cre",
            "Pvalb-T2A-FlpO",
            "Pvalb-Cre x Ai14",
            "PV-Cre (internal)",
        ],
        "filters": [("vendor", "JAX"), ("background", "C57BL/6J")],
        "search_q": [
            "Pvalb-Cre strain",
            "parvalbumin Cre line",
            "Pvalb Cre JAX",
            "PV-Cre mouse line",
        ],
        "flip": (
            "housing",
            "breeding",
            "holding",
            "breeding cage has 5 adults, max 3 for breeding trio",
            "holding cage contains litter under P21",
        ),
        "fix": (
            "submit",
            {"week": "2026-W42"},
            ("400", "census_taker required"),
            {"census_taker": "tech.aokoro"},
            {"accepted": True, "week": "2026-W42"},
        ),
        "staged": [
            ({"litter_count": 7}, "warning: litter DOB missing"),
            ({"litter_dob": "2026-10-02"}, "warning: wean date not scheduled"),
            ({"wean_date": "2026-10-23"}, "ok"),
        ],
        "plan": ["read the cage card", "validate counts against the protocol", "submit the census"],
        "plan_ops": ["get", "validate", "submit"],
        "clarify": [
            ("Are the two unlabeled cages on R12 yours?", "Yes, they're from the Pvalb cross."),
            ("Should the pups be counted under the breeding protocol?", "Yes, IACUC-24-117."),
            ("When do you plan to wean?", "Day 21, so the 23rd."),
        ],
        "reconfirm": "Can I submit the census for {eid} under {protocol}?",
        "yes": ["Yes, submit it.", "yes", "Yes - {protocol} is right.", "yes please submit"],
        "req": [
            "Census for cage {eid} is flagged by the vivarium. Can you reconcile it?",
            "Please check {eid}'s card and get the weekly census submitted.",
            "The vet office says {eid} doesn't match our counts. Fix it?",
        ],
    },
]


# ---------------------------------------------------------------- row builder

GQL_ROOT = {
    "get": "application",
    "events": "application",
    "status": "drawStatus",
    "update": "updateApplication",
    "list": "pendingApplications",
    "search": "huntUnits",
    "submit": "submitApplication",
    "validate": "validateApplication",
    "ask": "messageApplicant",
}


ASIDES = [
    "Nothing else is waiting on this, so I can move on it once it's clear.",
    "The requester wants an answer by this morning's cut-off.",
    "I should get this done before the slot goes.",
    "Noted for the handover log.",
    "Going through it carefully, since the submission is what they care about.",
    "That may take a bit.",
    "Each of these is recorded under the {thing} as well.",
    "Which settings apply here is set by the account, not by me.",
    "Only the action on {eid} matters for the requester's timing.",
    "Confirming by the record, not from memory.",
    "Others on the team have the page open too.",
    "Anything that went in earlier is left as it was.",
    "I'll keep the reference handy for the requester.",
]


class Row:
    def __init__(self, d: dict, r: random.Random) -> None:
        self.d = d
        self.r = r
        self.clk = Clock(r)
        self.eid = d["mkid"](r)
        self.attrs = {k: r.choice(v) for k, v in d["attrs"]}
        self.steps: list[dict] = []
        self.asides: dict[str, str] = {}

    def other_ids(self, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            x = self.d["mkid"](self.r)
            if x != self.eid and x not in out:
                out.append(x)
        return out

    def f(self, text: str, **kw: object) -> str:
        vals = {"eid": self.eid, "thing": self.d["thing"], **self.attrs, **kw}
        return text.format(**vals)

    def say(self, text: str, obs: str = "", **kw: object) -> None:
        if text not in self.asides:
            self.asides[text] = self.r.choice(ASIDES) if self.r.random() < 0.3 else ""
        if self.asides[text]:
            text = text + " " + self.asides[text]
        self.steps.append({"kind": "llm", "text": self.f(text, **kw), "observation": obs})

    def p(self, eid: str | None = None, **extra: object) -> dict:
        return {self.d["idk"]: eid or self.eid, **extra}

    def rec(self, state: str, eid: str | None = None, fresh: bool = False, **extra: object) -> dict:
        attrs = {k: self.r.choice(v) for k, v in self.d["attrs"]} if fresh else dict(self.attrs)
        return {self.d["idk"]: eid or self.eid, **attrs, "state": state, **extra}

    def tool(
        self, op: str, params: dict, payload: dict, err: tuple[str, str] | None = None
    ) -> None:
        d = self.d
        name, args = d["call"](d, op, params)
        if d["call"] is call_graphql and not err:
            payload = {GQL_ROOT[op]: payload}
        obs = d["fmt"](self.r, self.clk, payload, err)
        self.steps.append(
            {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": bool(err)}
        )

    def events(self, upto: int) -> dict:
        st = self.d["states"]
        base = [
            "created by " + self.r.choice(["portal", "ops", "import"]),
            *(f"state -> {s}" for s in st[1 : upto + 1]),
        ]
        return {
            "events": [
                {"at": f"2026-10-0{i + 1} {9 + i:02d}:{(i * 17) % 60:02d}", "event": e}
                for i, e in enumerate(base)
            ]
        }

    def page(self, ids: list[str], nxt: str | None) -> dict:
        st = self.d["states"]
        items = [
            {self.d["idk"]: x, "state": st[(i + len(x)) % (len(st) - 1)]} for i, x in enumerate(ids)
        ]
        return {"items": items, "next_cursor": nxt or ""}


FIRST = [
    "I'll look into {eid} and see what's blocking it.",
    "On it - pulling up {thing} {eid} first.",
    "Sure. Let me start with the {thing} record for {eid}.",
    "Okay, I'll check {eid} and come back with what I find.",
    "Let me take a look at {eid}.",
]


def start(R: Row) -> None:
    d, r = R.d, R.r
    req = R.f(r.choice(d["req"]))
    R.say(r.choice(FIRST), obs=req)


def cursor(r: random.Random) -> str:
    return "c_" + hx(r, 10)


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(R: Row) -> None:
    r = R.r
    start(R)
    st = R.d["states"][1]
    text = r.choice(
        [
            "Let me check the {thing} record for {eid} to see where it stands.",
            "I'll pull up {eid} to confirm its current state before changing anything.",
            "Checking {eid} now so I know what to do about it.",
            "Let me check again what {eid} looks like right now.",
            "Checked the list; the one that matters is {eid}. Pulling its record.",
        ]
    )
    for i in range(r.randint(2, 5)):
        if i:
            R.say(text)
        R.tool("get", R.p(), R.rec(st))
    R.say(text)


def loop_paraphrased_repeat(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    ck = d["catkey"]
    lines = [
        "Let me search for the right {ck}.",
        "I'll look up the {ck} in the directory.",
        "Searching for the matching {ck} entry.",
        "Let me find which one is the right {ck}.",
        "Nothing found that fits yet; checking the {ck} records.",
        "That's not the one; searching the {ck} list with a different wording.",
        "I'll query the {ck} list to pin it down.",
    ]
    r.shuffle(lines)
    hits = [{ck: x} for x in d["catalog"][:2]]
    for i in range(r.randint(3, 5)):
        R.say(lines[i], ck=ck.replace("_", " ").lower())
        R.tool("search", {"q": d["search_q"][i % 4]}, {"results": hits, "total": 2})


def loop_ab_oscillation(R: Row) -> None:
    r = R.r
    start(R)
    st = R.d["states"][1]
    n = r.randint(2, 4)
    for i in range(n):
        R.tool("get", R.p(), R.rec(st))
        R.tool("events", R.p(), R.events(1))
        if i == 0 and n < 4:
            R.say(
                r.choice(
                    [
                        "Between the record and its history I should be able to see the blocker.",
                        "The history should explain the current state. Comparing both.",
                        "Let me line the record up against the timeline.",
                    ]
                )
            )


def loop_failing_tool_retry(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    params = R.p(**d["fix"][1])
    texts = [
        "The {thing} service didn't respond; sending the request.",
        "That was an error on their side. Submitting it.",
        "It failed upstream, I'll send it through.",
        "Let me submit it so it isn't held up any longer.",
        "Sending the submission for {eid}.",
        "It isn't submitted; sending it through.",
    ]
    n = r.randint(3, 5)
    for i in range(n):
        R.tool("submit", params, {}, err=d["errors"][i % len(d["errors"])])
        if i < n - 1:
            R.say(r.choice(texts))


POLL_TEXTS = [
    "It's showing {st}. I'll check the status.",
    "Status is {st}. Let me look at it in a minute.",
    "{st} at the moment. Checking on it.",
    "Let me check again whether it has moved past {st}.",
    "Okay, {st}. I'll keep an eye on it.",
    "{st}. I'll give it a few minutes and check the status.",
]


def loop_same_action_same_observation(R: Row) -> None:
    r = R.r
    start(R)
    st = R.d["states"][r.randint(1, 2)]
    n = r.randint(3, 5)
    for i in range(n):
        R.tool("status", R.p(), {"state": st, R.d["idk"]: R.eid})
        if i < n - 1 or r.random() < 0.5:
            R.say(r.choice(POLL_TEXTS), st=st)


def loop_identical_monologue(R: Row) -> None:
    r = R.r
    start(R)
    st = R.d["states"][1]
    if r.random() < 0.6:
        R.tool("get", R.p(), R.rec(st))
    text = r.choice(
        [
            "Drafting the update for {eid}: it shows {st}. I need to find the one thing holding it and clear it.",
            "Writing up where {eid} stands for the requester: it shows {st}. I need to find the one thing holding it and clear it.",
            "Right. {eid} is at {st}. To get this done I should find out what it's waiting on and then submit it.",
            "I need to work out why {eid} is held before I can move it on. It shows {st}, so the first thing is to find the blocker and clear it.",
            "Summary so far: the {thing} is sitting at {st}. I'll figure out what's blocking it, then apply the fix needed.",
        ]
    )
    for _ in range(r.randint(3, 6)):
        R.say(text, st=st)


def loop_identical_tool_calls(R: Row) -> None:
    r = R.r
    start(R)
    st = R.d["states"][1]
    op = r.choice(["get", "status"])
    payload = R.rec(st) if op == "get" else {"state": st, R.d["idk"]: R.eid}
    for _ in range(r.randint(4, 8)):
        R.tool(op, R.p(), payload)


def loop_three_tool_rotation(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    st = d["states"][1]
    cycles = r.randint(2, 3)
    for c in range(cycles):
        R.tool("get", R.p(), R.rec(st))
        R.tool("events", R.p(), R.events(1))
        R.tool("validate", R.p(), {"ok": False, "messages": [d["staged"][0][1]]})
        if c < cycles - 1:
            R.say(
                r.choice(
                    [
                        "Checked the record, history and checks. Going through them carefully.",
                        "Let me cross-check those three views of {eid} to work out why.",
                        "Nothing contradicts anything there. Reviewing the record, timeline and checks together.",
                    ]
                )
            )


def loop_flip_flop_update(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    field, a, b, msg_a, msg_b = d["flip"]
    vals = [a, b, a, b][: r.choice([3, 3, 4])]
    for i, v in enumerate(vals):
        R.tool("update", R.p(**{field: v}), {"updated": True, field: v})
        msg = msg_a if v == a else msg_b
        R.tool("validate", R.p(), {"ok": False, "messages": [msg]})
        if i < len(vals) - 1:
            nv = b if v == a else a
            R.say(
                r.choice(
                    [
                        "The check rejects {field}={v}. Setting it to {nv}.",
                        "So {v} won't pass. Switching {field} to {nv}.",
                        "That rules out {v}; changing {field} to {nv} as the fix.",
                        "Setting {field} to {nv}; that should be the last gap.",
                    ]
                ),
                field=field,
                v=v,
                nv=nv,
            )


def plan_text(R: Row, style: int, done: int = 0, facts: list[str] | None = None) -> str:
    items = R.d["plan"]
    facts = facts or []
    if style == 0:
        body = "\n".join(
            f"{i + 1}. [{'x' if i < done else ' '}] {t}" + (f" ({facts[i]})" if i < done else "")
            for i, t in enumerate(items)
        )
        return "Plan for {eid}:\n" + body
    if style == 1:
        body = "\n".join(
            f"- {t}" + (f": done, {facts[i]}" if i < done else "") for i, t in enumerate(items)
        )
        return "Here's how I'll handle {eid}:\n" + body
    parts = [t + (f" (done: {facts[i]})" if i < done else "") for i, t in enumerate(items)]
    return "Steps for {eid}: " + "; then ".join(parts) + "."


def loop_replanning_without_acting(R: Row) -> None:
    r = R.r
    start(R)
    st = R.d["states"][1]
    styles = [0, 1, 2]
    r.shuffle(styles)
    cycles = r.randint(2, 3)
    for c in range(cycles):
        R.say(plan_text(R, styles[c % 3]))
        R.tool("get", R.p(), R.rec(st))
    R.say(plan_text(R, styles[cycles % 3]))


def loop_stale_cursor_pagination(R: Row) -> None:
    r = R.r
    start(R)
    c1, c2 = cursor(r), cursor(r)
    first = R.other_ids(5)
    second = R.other_ids(5)
    R.tool("list", {"limit": 5}, R.page(first, c1))
    n = r.randint(3, 4)
    for i in range(n):
        R.say(
            r.choice(
                [
                    "Got {k} more; fetching the ones after that.",
                    "{k} entries here, none of them {eid}. Fetching further.",
                    "Not in this batch of {k}. Continuing through the list.",
                ]
            ),
            k=5,
        )
        R.tool("list", {"limit": 5, "cursor": c1}, R.page(second, c2))
        if i == n - 1:
            break


def loop_polling_terminal_state(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    payload = {d["idk"]: R.eid, "state": "failed", "reason": d["fail"], "terminal": True}
    texts = [
        "It reports failed. I'll give it a few minutes and check the status.",
        "Let me check again in a bit; it may clear.",
        "Checking whether it has gone through yet.",
        "Waiting for it to update; it may have reached a later state by now.",
        "Letting it run; I'll check the status shortly.",
    ]
    r.shuffle(texts)
    n = r.randint(3, 5)
    for i in range(n):
        R.tool("status", R.p(), payload)
        if i < n - 1:
            R.say(texts[i])


def loop_reconfirm_with_user(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    R.tool("get", R.p(), R.rec(d["states"][1]))
    q = R.f(d["reconfirm"])
    n = r.randint(3, 4)
    for i in range(n):
        R.tool("ask", R.p(text=q), {"reply": R.f(d["yes"][i % len(d["yes"])])})
        if i < n - 1:
            R.say(
                r.choice(
                    [
                        "Noted. One more detail to confirm before I go ahead.",
                        "Good. I want to be sure, so confirming the slot and the {thing}.",
                        "Understood. Just double-checking with them before I submit.",
                    ]
                )
            )


# ---------------------------------------------------------------- progress kinds


def prog_opener_new_targets(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    ids = [R.eid, *R.other_ids(r.randint(1, 3))]
    R.tool("list", {"limit": len(ids)}, R.page(ids, None))
    text = r.choice(
        [
            "Let me check the {thing} record for {x} to see where it stands.",
            "I'll pull up {x} to confirm its current state before changing anything.",
            "Checking {x} now so I know what to do about it.",
            "Let me check again where {x} stands.",
        ]
    )
    seen = []
    for i, x in enumerate(ids):
        st = d["states"][(i + 1) % len(d["states"])]
        R.say(text, x=x)
        R.tool("get", R.p(x), R.rec(st, eid=x, fresh=i > 0))
        seen.append(f"{x} is {st}")
    R.say("Summary: " + "; ".join(seen) + ". {eid} is the one held up; the others can move on.")


def prog_refined_search(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    ck = d["catkey"]
    cat = d["catalog"]
    (k1, v1), (k2, v2) = d["filters"]
    q = d["search_q"][r.randint(0, 3)]
    R.say(
        r.choice(
            [
                "Let me search for the right {ck}.",
                "Searching the {ck} directory for a matching entry.",
            ]
        ),
        ck=ck.replace("_", " ").lower(),
    )
    R.tool("search", {"q": q}, {"results": [{ck: x} for x in cat], "total": len(cat)})
    R.say(
        r.choice(
            [
                "{n} hits. Narrowing by {k}={v}.",
                "Too broad ({n} results); adding {k}={v} to the query to pin it down.",
            ]
        ),
        n=len(cat),
        k=k1,
        v=v1,
    )
    R.tool("search", {"q": q, k1: v1}, {"results": [{ck: x} for x in cat[:3]], "total": 3})
    R.say(
        r.choice(["Down to 3. Adding {k}={v}.", "Three left; filtering on {k}={v} as well."]),
        k=k2,
        v=v2,
    )
    R.tool("search", {"q": q, k1: v1, k2: v2}, {"results": [{ck: cat[0]}], "total": 1})
    R.say("That's the one: {x}. Linking it to {eid}.", x=cat[0])
    R.tool("update", R.p(**{ck: cat[0].split(" (")[0]}), {"updated": True})


def prog_alternating_tools_advancing(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    field = next(iter(d["staged"][0][0]))
    val = d["staged"][0][0][field]
    ids = [R.eid, *R.other_ids(r.randint(1, 3))]
    for i, x in enumerate(ids):
        R.tool("get", R.p(x), R.rec(d["states"][1], eid=x, fresh=i > 0))
        R.tool("update", R.p(x, **{field: val}), {"updated": True, d["idk"]: x, field: val})
    R.say("Set {field} on {n} records: {ids}.", field=field, n=len(ids), ids=", ".join(ids))


def prog_retry_with_fix(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    op, base, err, add, ok = d["fix"]
    if r.random() < 0.6:
        R.tool(op, R.p(**base), {}, err=err)
        key = next(iter(add))
        R.say(
            r.choice(
                [
                    "It wants {key}. Checking the record for that.",
                    "Rejected: {key} is missing. Let me figure out where to get it.",
                ]
            ),
            key=key,
        )
        R.tool("get", R.p(), R.rec(d["states"][1], **add))
        R.say("Record has {key}={val}. Submitting with it.", key=key, val=add[key])
        R.tool(op, R.p(**{**base, **add}), ok)
    else:
        R.tool(op, R.p(**base), {}, err=d["errors"][0])
        R.say(
            "The service didn't respond, an error on their side and it hasn't gone through yet. Let me check the status before sending the request."
        )
        R.tool(
            "status",
            R.p(),
            {
                d["idk"]: R.eid,
                "state": d["states"][1],
                "upstream": "healthy",
                "queue_depth": r.randint(0, 4),
            },
        )
        R.say("Upstream reports healthy now. Submitting with a fresh idempotency key.")
        R.tool(op, R.p(**base, idempotency_key=hx(r, 12)), ok)
    R.say(
        r.choice(
            ["Done - {eid} is submitted.", "{eid} went through; I'll confirm with the requester."]
        )
    )


def prog_polling_until_ready(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    sts = d["states"][1:]
    for i, st in enumerate(sts):
        R.tool("status", R.p(), {"state": st, d["idk"]: R.eid})
        if i < len(sts) - 1:
            R.say(r.choice(POLL_TEXTS), st=st)
    R.say(
        r.choice(
            [
                "It reached {st}. Letting the requester know.",
                "{st} now; I'll report back to the requester shortly.",
            ]
        ),
        st=sts[-1],
    )


def prog_stepwise_drafting(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    st = d["states"][2]
    R.tool("get", R.p(), R.rec(st))
    R.tool("events", R.p(), R.events(2))
    opener = r.choice(["Drafting the update for {eid}.", "Writing up {eid} for the requester."])
    keys = list(R.attrs.keys())
    parts = [
        "Status: it shows {st} as of this morning, so it can move on once the checks clear.",
        f"Details: {keys[0]} is {{{keys[0]}}}, {keys[1]} is {{{keys[1]}}}.",
        "Timeline: created, then {s1}, then {s2}; no blocker in the history so far.",
        f"What's holding it: I need {keys[2]} {{{keys[2]}}} confirmed; I'll work out the timing with the requester.",
    ]
    for part in parts[: r.randint(3, 4)]:
        R.say(opener + " " + part, st=st, s1=d["states"][1], s2=st)


def prog_batched_distinct_calls(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    ids = [R.eid, *R.other_ids(r.randint(3, 6))]
    op = r.choice(["get", "status"])
    for i, x in enumerate(ids):
        st = d["states"][(i * 3 + 1) % len(d["states"])]
        payload = R.rec(st, eid=x, fresh=True) if op == "get" else {"state": st, d["idk"]: x}
        R.tool(op, R.p(x), payload)
    R.say("Checked {n}. Looks like {eid} is the only one sitting there needing action.", n=len(ids))


def prog_pipeline_stage_cycle(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    ids = [R.eid, *R.other_ids(r.randint(1, 2))]
    _op, base, _err, add, ok = d["fix"]
    for i, x in enumerate(ids):
        R.tool("get", R.p(x), R.rec(d["states"][1], eid=x, fresh=i > 0))
        R.tool("validate", R.p(x), {"ok": True, "messages": ["ok"]})
        R.tool("submit", R.p(x, **{**base, **add}), {**ok, d["idk"]: x})
        if i < len(ids) - 1:
            R.say("{x} is done; {y} is up.", x=x, y=ids[i + 1])


def prog_staged_field_updates(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    for i, (params, msg) in enumerate(d["staged"]):
        R.tool("update", R.p(**params), {"updated": True, **params})
        ok = msg.startswith("ok") or msg == "ok"
        R.tool("validate", R.p(), {"ok": ok, "messages": [msg]})
        if i == 1:
            R.say(
                r.choice(
                    [
                        "Each check surfaces a different gap. Setting the last one.",
                        "The check rejects it for a different reason this time; addressing it.",
                    ]
                )
            )
    _op, base, _err, add, ok = d["fix"]
    R.tool("submit", R.p(**{**base, **add}), ok)


def prog_plan_then_execute(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    style = r.randint(0, 2)
    facts: list[str] = []
    R.say(plan_text(R, style))
    _op, base, _err, add, ok = d["fix"]
    for i, op_i in enumerate(d["plan_ops"]):
        if op_i == "get":
            R.tool("get", R.p(), R.rec(d["states"][1]))
            facts.append(f"at {d['states'][1]}")
        elif op_i == "validate":
            R.tool("validate", R.p(), {"ok": True, "messages": ["ok"]})
            facts.append("checks pass")
        else:
            R.tool("submit", R.p(**{**base, **add}), ok)
            facts.append("submitted")
        R.say(plan_text(R, style, done=i + 1, facts=facts))


def prog_cursor_pagination_advancing(R: Row) -> None:
    r = R.r
    start(R)
    pages = r.randint(2, 4)
    cur = None
    for i in range(pages):
        ids = R.other_ids(5)
        last = i == pages - 1
        if last:
            ids[r.randint(0, 4)] = R.eid
        nxt = None if last else cursor(r)
        R.tool("list", {"limit": 5, **({"cursor": cur} if cur else {})}, R.page(ids, nxt))
        if not last:
            R.say(
                r.choice(
                    [
                        "Got {k} more; fetching the ones after that.",
                        "{k} entries here, none of them {eid}. Fetching further.",
                        "Not in this batch of {k}. Continuing through the list.",
                    ]
                ),
                k=5,
            )
        cur = nxt
    R.say("Found {eid} on page {n} of the list.", n=pages)


REFIX = {
    "additive_manufacturing_build_queue": {"powder_dose_factor": 1.4, "restart": "new_plate"},
    "apostille_document_legalisation": {
        "Signatory": "J. Okafor (Notary, Leeds), commission renewed 2025-04, specimen on file"
    },
    "cryogenic_helium_dewar_logistics": {"vehicle": "LHe-09", "depot": "Rugby"},
    "fume_hood_certification": {
        "anemometer": "TSI 9565 SN 22071 (cal 2026-10-02)",
        "retest": "2026-10-20",
    },
    "gas_cylinder_rental_returns": {"account": "ACC-90120"},
    "hunting_licence_draw": {"huntEdNumber": "CO-HE-2211093"},
    "kitchen_worktop_templating": {"slab_id": "SLB-7811", "recut_pieces": "2"},
    "laboratory_animal_colony_census": {"protocol": "IACUC-24-117"},
}


def prog_failure_diagnosed_resubmitted(R: Row) -> None:
    d = R.d
    start(R)
    R.tool(
        "status", R.p(), {d["idk"]: R.eid, "state": "failed", "reason": d["fail"], "terminal": True}
    )
    R.say(
        "It failed: {why}. I need to work out why before I can move it; checking the history.",
        why=d["fail"].split(": ", 1)[-1],
    )
    R.tool("events", R.p(), R.events(1))
    params = REFIX[d["name"]]
    R.say(
        "The history shows it reached {s1} before it failed. Applying the fix ({fix}) and resubmitting.",
        s1=d["states"][1],
        fix=", ".join(f"{k}={v}" for k, v in params.items()),
    )
    R.tool("update", R.p(**params), {"updated": True, **params})
    _op, base, _err, add, ok = d["fix"]
    R.tool("submit", R.p(**{**base, **add}), ok)
    R.tool("status", R.p(), {d["idk"]: R.eid, "state": d["states"][1]})
    R.say("Resubmitted; it is at {st} now, not failed.", st=d["states"][1])


def prog_clarifying_questions_answered(R: Row) -> None:
    r, d = R.r, R.d
    start(R)
    R.tool("get", R.p(), R.rec(d["states"][1]))
    qs = d["clarify"][: r.randint(2, 3)]
    for i, (q, a) in enumerate(qs):
        R.tool("ask", R.p(text=q), {"reply": a})
        if i < len(qs) - 1:
            R.say(
                r.choice(
                    [
                        "Good, that helps. One more detail before I go ahead.",
                        "Understood. Just double-checking one thing before I submit.",
                    ]
                )
            )
    R.tool("update", R.p(notes=" / ".join(a for _, a in qs)), {"updated": True})
    R.say("Recorded their answers on {eid}; submitting with the settings needed.")


LOOP_KINDS = {
    "exact_repeat": loop_exact_repeat,
    "paraphrased_repeat": loop_paraphrased_repeat,
    "ab_oscillation": loop_ab_oscillation,
    "failing_tool_retry": loop_failing_tool_retry,
    "same_action_same_observation": loop_same_action_same_observation,
    "identical_monologue": loop_identical_monologue,
    "identical_tool_calls": loop_identical_tool_calls,
    "three_tool_rotation": loop_three_tool_rotation,
    "flip_flop_update": loop_flip_flop_update,
    "replanning_without_acting": loop_replanning_without_acting,
    "stale_cursor_pagination": loop_stale_cursor_pagination,
    "polling_terminal_state": loop_polling_terminal_state,
    "reconfirm_with_user": loop_reconfirm_with_user,
}

PROGRESS_KINDS = {
    "opener_new_targets": prog_opener_new_targets,
    "refined_search": prog_refined_search,
    "alternating_tools_advancing": prog_alternating_tools_advancing,
    "retry_with_fix": prog_retry_with_fix,
    "polling_until_ready": prog_polling_until_ready,
    "stepwise_drafting": prog_stepwise_drafting,
    "batched_distinct_calls": prog_batched_distinct_calls,
    "pipeline_stage_cycle": prog_pipeline_stage_cycle,
    "staged_field_updates": prog_staged_field_updates,
    "plan_then_execute": prog_plan_then_execute,
    "cursor_pagination_advancing": prog_cursor_pagination_advancing,
    "failure_diagnosed_resubmitted": prog_failure_diagnosed_resubmitted,
    "clarifying_questions_answered": prog_clarifying_questions_answered,
}


def build() -> list[dict]:
    rows: list[dict] = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, fn in kinds.items():
            for n, d in enumerate(DOMAINS, start=1):
                rid = f"seventyfourth-{label}-{kind}-{n:03d}"
                r = random.Random(SEED * 1_000_003 + zlib.crc32(rid.encode()))
                R = Row(d, r)
                fn(R)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{kind}",
                        "domain": d["name"],
                        "steps": R.steps,
                    }
                )
    return rows


def main() -> None:
    rows = build()
    with (HERE / "trajectories.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows")


if __name__ == "__main__":
    main()
