"""Blind trajectory set 83 ("eightythird"): 104 loop rows and 104 progress rows.

Standard library only. Rewrites trajectories.jsonl next to this script.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

SEED = 8383
SET = "eightythird"

# ---------------------------------------------------------------------------
# Context: one per row (its own Random, its own clock)
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, rng: random.Random, dom: dict, di: int) -> None:
        self.rng = rng
        self.d = dom
        self.di = di
        start = dt.datetime(2026, 11, rng.randint(2, 27), rng.randint(5, 20), rng.randint(0, 59))
        self.t = start + dt.timedelta(seconds=rng.randint(0, 59), milliseconds=rng.randint(0, 999))
        self.seq = rng.randint(10_000, 900_000)

    def tick(self, lo: int = 1, hi: int = 40) -> dt.datetime:
        self.t += dt.timedelta(
            seconds=self.rng.randint(lo, hi), milliseconds=self.rng.randint(0, 999)
        )
        self.seq += self.rng.randint(1, 37)
        return self.t

    def iso(self) -> str:
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)

    def hx(self, n: int = 8) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def reps(self, lo: int, hi: int) -> int:
        span = hi - lo + 1
        return lo + (self.di + self.rng.randint(0, 1)) % span

    def key(self, name: str) -> str:
        style = self.d["argstyle"]
        parts = name.split("_")
        if style == "cli":
            return "--" + "-".join(parts)
        if style == "kebab":
            return "-".join(parts)
        if style == "camel":
            return parts[0] + "".join(p.title() for p in parts[1:])
        if style == "pascal":
            return "".join(p.title() for p in parts)
        return name

    def args(self, **kw: object) -> dict:
        return {self.key(k): v for k, v in kw.items()}

    def tool(
        self, action: str, args: dict, data: dict | None = None, err: tuple | None = None
    ) -> dict:
        self.tick(1, 25)
        name = self.d["tools"][action]
        obs = self.d["render"](self, name, data, err)
        return {
            "kind": "tool",
            "tool": name,
            "args": args,
            "observation": obs,
            "error": err is not None,
        }

    def llm(self, text: str, obs: str = "") -> dict:
        self.tick(2, 14)
        return {"kind": "llm", "text": text, "observation": obs}

    def items(self, n: int, start: int | None = None) -> list[dict]:
        base = self.rng.randint(100, 900) * 10 if start is None else start
        return [
            self.d["item"](
                self, self.d["idfmt"] % (self.d["idbase"] + base + i * self.rng.randint(1, 4))
            )
            for i in range(n)
        ]


# ---------------------------------------------------------------------------
# Renderers: one result format per domain
# ---------------------------------------------------------------------------


def _split(data: dict | None) -> tuple[list, list]:
    scal, lists = [], []
    for k, v in (data or {}).items():
        (lists if isinstance(v, list) else scal).append((k, v))
    return scal, lists


def render_table(c: Ctx, name: str, data: dict | None, err: tuple | None) -> str:
    host = c.rng.choice(["nm-edge-01", "nm-edge-03", "nm-core-2", "nm-edge-07"])
    head = "# nmon 4.2.1 host=%s at=%s took=%dms req=%s" % (
        host,
        c.iso(),
        c.rng.randint(38, 940),
        c.hx(10),
    )
    if err:
        return "%s\nerror[%s]: %s\nexit status 2" % (head, err[0], err[1])
    out = [head]
    scal, lists = _split(data)
    out += ["%s: %s" % (k, v) for k, v in scal]
    for _k, rows in lists:
        if not rows:
            out.append("(no rows)")
            continue
        cols = list(rows[0])
        widths = [max(len(str(col)), *(len(str(r.get(col, ""))) for r in rows)) for col in cols]
        out.append(
            "  ".join(str(col).upper().ljust(w) for col, w in zip(cols, widths, strict=True))
        )
        for r in rows:
            out.append(
                "  ".join(
                    str(r.get(col, "")).ljust(w) for col, w in zip(cols, widths, strict=True)
                ).rstrip()
            )
        out.append("(%d rows)" % len(rows))
    return "\n".join(out)


def render_rpc_json(c: Ctx, name: str, data: dict | None, err: tuple | None) -> str:
    meta = {
        "latencyMs": c.rng.randint(9, 480),
        "server": "mrg-api-%d.use1" % c.rng.randint(1, 9),
        "ts": c.iso(),
        "quotaRemaining": c.rng.randint(200, 4800),
    }
    env: dict = {"rpcId": "%s-%s" % (c.hx(8), c.hx(4)), "method": name}
    if err:
        env["status"] = err[0]
        env["error"] = {"message": err[1], "retryable": err[0] == "UNAVAILABLE"}
    else:
        env["status"] = "OK"
        env["result"] = data
    env["meta"] = meta
    return json.dumps(env)


def render_kv(c: Ctx, name: str, data: dict | None, err: tuple | None) -> str:
    out = [
        "ts=%s node=plc-gw-%d seq=%d op=%s" % (c.iso(), c.rng.randint(1, 3), c.seq, name),
        "scan_ms=%d" % c.rng.randint(4, 90),
    ]
    if err:
        out += ["status=error", "code=%s" % err[0], 'msg="%s"' % err[1]]
        return "\n".join(out)
    out.append("status=ok")
    scal, lists = _split(data)
    out += ["%s=%s" % (k, v) for k, v in scal]
    for k, rows in lists:
        out.append("%s.count=%d" % (k, len(rows)))
        for i, r in enumerate(rows):
            out += ["%s[%d].%s=%s" % (k, i, f, v) for f, v in r.items()]
    return "\n".join(out)


def render_http(c: Ctx, name: str, data: dict | None, err: tuple | None) -> str:
    reasons = {
        "200": "OK",
        "400": "Bad Request",
        "409": "Conflict",
        "422": "Unprocessable Entity",
        "503": "Service Unavailable",
    }
    code = err[0] if err else "200"
    body = {"error": {"status": int(code), "detail": err[1]}} if err else data
    date = c.t.strftime("%a, %d %b %Y %H:%M:%S GMT")
    hdrs = [
        "HTTP/1.1 %s %s" % (code, reasons.get(code, "Error")),
        "Date: %s" % date,
        "Content-Type: application/json",
        "X-Request-Id: req_%s" % c.hx(16),
        "X-RateLimit-Remaining: %d" % c.rng.randint(40, 1200),
        "Via: 1.1 gw-%s" % c.rng.choice(["fra1", "fra2", "ams1"]),
    ]
    if not err and name.startswith("GET"):
        hdrs.append("Age: %d" % c.rng.randint(0, 90))
    if err and code == "503":
        hdrs.append("Retry-After: 30")
    return "\n".join(hdrs) + "\n\n" + json.dumps(body)


def _yaml(v: object, ind: int) -> list[str]:
    pad = "  " * ind
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, dict | list) and x:
                out.append("%s%s:" % (pad, k))
                out += _yaml(x, ind + 1)
            elif isinstance(x, list):
                out.append("%s%s: []" % (pad, k))
            else:
                out.append("%s%s: %s" % (pad, k, x))
    elif isinstance(v, list):
        for x in v:
            sub = _yaml(x, ind + 1)
            out.append("%s- %s" % (pad, sub[0].strip()))
            out += sub[1:]
    return out


def render_yaml(c: Ctx, name: str, data: dict | None, err: tuple | None) -> str:
    head = {
        "cmd": name,
        "served_by": "shopctl@%s" % c.rng.choice(["cell-a", "cell-b", "office-3"]),
        "at": c.iso(),
        "elapsed_ms": c.rng.randint(12, 700),
        "trace": c.hx(12),
    }
    body = {"error": {"code": err[0], "message": err[1]}} if err else {"result": data}
    return "\n".join(["---", *_yaml(head, 0), *_yaml(body, 0)])


def render_graphql(c: Ctx, name: str, data: dict | None, err: tuple | None) -> str:
    op = name.split(" ", 1)[1]
    ext = {
        "traceId": c.hx(16),
        "cost": {"requested": c.rng.randint(3, 60), "remaining": c.rng.randint(800, 9800)},
        "servedAt": c.iso(),
    }
    if err:
        env = {
            "data": {op: None},
            "errors": [{"message": err[1], "path": [op], "extensions": {"code": err[0]}}],
        }
    else:
        env = {"data": {op: data}}
    env["extensions"] = ext
    return json.dumps(env)


def render_log(c: Ctx, name: str, data: dict | None, err: tuple | None) -> str:
    pid = c.rng.randint(1000, 9999)
    rid = c.hx(6)

    def line(level: str, msg: str) -> str:
        c.t += dt.timedelta(milliseconds=c.rng.randint(1, 30))
        return "%s %-5s yms[%d] rid=%s %s" % (c.iso(), level, pid, rid, msg)

    out = [line("INFO", "cmd=%s" % name)]
    if err:
        out.append(line("ERROR", 'code=%s msg="%s"' % err))
        return "\n".join(out)
    scal, lists = _split(data)
    if scal:
        out.append(line("INFO", " ".join("%s=%s" % (k, str(v).replace(" ", "_")) for k, v in scal)))
    for k, rows in lists:
        out.append(line("INFO", "%s count=%d" % (k, len(rows))))
        out.extend(
            line("INFO", " ".join("%s=%s" % (f, str(v).replace(" ", "_")) for f, v in r.items()))
            for r in rows
        )
    out.append(line("DEBUG", "done in %dms" % c.rng.randint(3, 400)))
    return "\n".join(out)


def _xml_attrs(r: dict) -> str:
    return " ".join('%s="%s"' % (k, v) for k, v in r.items())


def render_xml(c: Ctx, name: str, data: dict | None, err: tuple | None) -> str:
    head = '<reply op="%s" seq="%d" node="kp-%d" t="%s" ms="%d">' % (
        name,
        c.seq,
        c.rng.randint(1, 4),
        c.iso(),
        c.rng.randint(6, 350),
    )
    if err:
        return '%s<fault code="%s">%s</fault></reply>' % (head, err[0], err[1])
    parts = [head, "<ok/>"]
    scal, lists = _split(data)
    parts += ["<%s>%s</%s>" % (k, v, k) for k, v in scal]
    for k, rows in lists:
        parts.append('<%s n="%d">' % (k, len(rows)))
        parts += ["<row %s/>" % _xml_attrs(r) for r in rows]
        parts.append("</%s>" % k)
    parts.append("</reply>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Domains (n-z)
# ---------------------------------------------------------------------------


def item_noise(c: Ctx, i: str) -> dict:
    r = c.rng
    return {
        "id": i,
        "terminal": "NMT-%02d" % r.randint(1, 14),
        "laeq_db": round(r.uniform(75.3, 86.9), 1),
        "limit_db": "75.0",
        "period": r.choice(["day", "evening", "night"]),
        "source": "unclassified",
        "state": "open",
    }


def item_margin(c: Ctx, i: str) -> dict:
    r = c.rng
    return {
        "callId": i,
        "member": "CM-0412",
        "account": "ACC-%05d" % r.randint(10000, 99999),
        "callAmountUsd": r.randint(180, 9400) * 1000 + r.randint(0, 999),
        "collateralPostedUsd": r.randint(0, 120) * 10000,
        "assetClass": r.choice(["EQUITY_OPTIONS", "INDEX_OPTIONS", "FUTURES"]),
        "collateralType": "UNSET",
        "status": "ISSUED",
    }


def item_silo(c: Ctx, i: str) -> dict:
    r = c.rng
    return {
        "order": i,
        "resin": r.choice(["HDPE-5502", "LLDPE-1018", "PP-H350", "PET-8874"]),
        "lot": "L26-%04d" % r.randint(1000, 9999),
        "from_silo": "S-%02d" % r.randint(1, 9),
        "to_silo": "S-%02d" % r.randint(10, 18),
        "kg": r.randint(80, 240) * 100,
        "route": "unassigned",
        "state": "planned",
    }


def item_bottle(c: Ctx, i: str) -> dict:
    r = c.rng
    n = r.randint(4000, 90000)
    return {
        "batch_id": i,
        "retailer": r.choice(
            ["Nordfrisch 114", "Kaufpunkt Mitte", "Spar-Eck 22", "Getraenke Hahn"]
        ),
        "rvm_units": r.randint(1, 6),
        "containers": n,
        "deposit_eur": "%.2f" % (n * 0.25),
        "count_source": "unset",
        "state": "pending_count",
    }


def item_coat(c: Ctx, i: str) -> dict:
    r = c.rng
    return {
        "job": i,
        "part": r.choice(["pump-sleeve-80", "gear-pin-L14", "blade-stage1", "boiler-panel-7"]),
        "coating": r.choice(["WC-10Co-4Cr", "Cr3C2-NiCr", "Al2O3-13TiO2", "NiCrAlY"]),
        "thickness_um": r.choice([150, 200, 250, 300]),
        "booth": r.choice(["B1", "B2", "B3"]),
        "process": "tbd",
        "status": "masked",
    }


def item_unclaimed(c: Ctx, i: str) -> dict:
    r = c.rng
    return {
        "propertyId": i,
        "ownerName": r.choice(
            ["R. Okafor", "M. Lindqvist", "J. Castellanos", "T. Nguyen", "A. Whitcombe"]
        ),
        "propertyType": r.choice(["CK01", "MS16", "AC01", "SC08"]),
        "amountUsd": "%.2f" % r.uniform(52, 8800),
        "lastContact": "20%02d-%02d-%02d" % (r.randint(17, 22), r.randint(1, 12), r.randint(1, 28)),
        "reportingState": "PENDING",
        "status": "DUE_DILIGENCE",
    }


def item_yard(c: Ctx, i: str) -> dict:
    r = c.rng
    return {
        "move": i,
        "trailer": "TRL-%05d" % r.randint(10000, 99999),
        "carrier": r.choice(["Kestrel Freight", "Nordline", "Bluecap Haul", "Ridgeway"]),
        "from": "spot-%s%02d" % (r.choice("DEFG"), r.randint(1, 40)),
        "to": "unassigned",
        "priority": r.choice(["hot", "normal", "normal"]),
        "state": "queued",
    }


def item_zinc(c: Ctx, i: str) -> dict:
    r = c.rng
    return {
        "batch": i,
        "customer": r.choice(
            ["Aldane Structures", "Pennick Rail", "Oxbow Fencing", "Tallis Steel"]
        ),
        "steel_grade": r.choice(["S355J2", "S275JR", "S235JR"]),
        "mass_kg": r.randint(900, 6400),
        "si_pct": "%.2f" % r.uniform(0.01, 0.28),
        "kettle": "none",
        "status": "pickled",
    }


DOMAINS: list[dict] = [
    {
        "name": "noise_monitoring_network",
        "argstyle": "cli",
        "render": render_table,
        "item": item_noise,
        "idfmt": "EXC-%05d",
        "idbase": 20000,
        "idkey": "event",
        "noun": "exceedance event",
        "nouns": "exceedance events",
        "tools": {
            "list": "nmon events ls",
            "get": "nmon events show",
            "update": "nmon events tag",
            "validate": "nmon report lint",
            "submit": "nmon report build",
            "status": "nmon jobs status",
            "search": "nmon events grep",
            "handoff": "nmon ticket assign",
            "next": "nmon triage next",
            "read": "nmon docs cat",
        },
        "scope": ("site", "harbour-rd-viaduct"),
        "listkey": "events",
        "request": "Classify the open exceedance events at harbour-rd-viaduct so the October Section 61 report can go out.",
        "flip": (
            "source",
            "piling_rig",
            "aircraft_departure",
            "the audio clip has a tonal jet whine and the piling log shows rig 3 idle 14:00-14:30",
            "the ATC log has no departures from runway 27 between 14:01 and 14:06 and the wind was 4 m/s from site",
        ),
        "fixes": [
            ("source unclassified", "source", "road_traffic"),
            ("19:40 event tagged period=day", "period", "evening"),
            ("attributable flag missing", "attributable", "no"),
            ("note longer than 280 chars", "note", "rig 2 pile 44"),
        ],
        "bad_arg": (
            "period",
            "daytime",
            "day",
            "E_ARG",
            "invalid value for --period: 'daytime' (choose from day, evening, night)",
        ),
        "hard_err": (
            "E_SCOPE",
            "token for project HRV-22 lacks scope events:write (issued to reviewer role)",
        ),
        "job": (
            "October compliance report",
            {"month": "2026-10", "format": "pdf"},
            ["collect", "aggregate", "render", "sign"],
        ),
        "search": (
            [
                "tonal night NMT-04",
                "night tonal exceedance NMT-04",
                "NMT-04 tonality 23:00-07:00",
                "terminal 4 tonal events night",
                "NMT-04 night penalty tonal",
                "tonal component NMT-04 after 23:00",
            ],
            [("period", "night"), ("terminal", "NMT-04"), ("min_laeq", "80")],
        ),
        "docs": [
            "Section 61 consent HRV-22",
            "Piling method statement rev C",
            "Noise insulation eligibility map",
            "Complaint log October",
            "Calibration certificate NMT-04",
            "Liaison meeting minutes 14 Oct",
        ],
        "facts": [
            "%d complaints logged, %d of them about night works",
            "%d sensitive receptors within %d0 m of the works",
            "a %d-minute break after every %d minutes of piling",
            "%d properties qualify for secondary glazing, %d already fitted",
            "field calibration on %d terminals, %d checks logged",
            "%d terminals moved after the %d m setback review",
        ],
        "desks": [
            ("triage", "first look at the event"),
            (
                "acoustics-consultant",
                "source attribution",
                "source=piling_rig, confidence 0.84, impulsive peaks at 14:02:11-14:02:40 match rig 2 blows",
            ),
            (
                "site-liaison",
                "resident notification",
                "letter drop to 38 addresses booked for Thursday",
            ),
        ],
        "schema": [("event", "id"), ("source", "flip"), ("attributable", "=no"), ("note", "note")],
        "metric": ("NMT-%02d", "LAeq,10min", " dB", 58, 79, 75),
    },
    {
        "name": "options_clearing_margin_calls",
        "argstyle": "camel",
        "render": render_rpc_json,
        "item": item_margin,
        "idfmt": "MC-%06d",
        "idbase": 481000,
        "idkey": "call_id",
        "noun": "margin call",
        "nouns": "margin calls",
        "tools": {
            "list": "MarginService.ListCalls",
            "get": "MarginService.GetCall",
            "update": "MarginService.AmendCall",
            "validate": "MarginService.ValidateBatch",
            "submit": "RiskJobs.StartRecalc",
            "status": "RiskJobs.GetJob",
            "search": "MarginService.SearchCalls",
            "handoff": "Routing.TransferCase",
            "next": "WorkQueue.Lease",
            "read": "DocStore.Fetch",
        },
        "scope": ("member_id", "CM-0412"),
        "listkey": "calls",
        "request": "Settle the open intraday margin calls for clearing member CM-0412 before the 16:00 ET deadline.",
        "flip": (
            "collateral_type",
            "US_TBILL",
            "CASH_USD",
            "the 2% T-bill haircut leaves a shortfall of $184,200 against the call",
            "the Fedwire cut-off for same-day cash passed at 14:00 ET, so cash would settle T+1",
        ),
        "fixes": [
            ("missing settlement instruction", "ssi", "SSI-USD-FED-03"),
            ("callAmountUsd must be whole dollars", "call_amount_usd", "2184900"),
            ("dueBy outside business hours", "due_by", "15:30 ET"),
            ("assetClass does not match account", "asset_class", "EQUITY_OPTIONS"),
        ],
        "bad_arg": (
            "call_id",
            "481233",
            "MC-481233",
            "INVALID_ARGUMENT",
            'callId must match ^MC-\\d{6}$, got "481233"',
        ),
        "hard_err": (
            "UNAVAILABLE",
            "upstream collateral-ledger connection refused (pool exhausted)",
        ),
        "job": (
            "intraday margin recalculation",
            {"runLabel": "ITD2", "memberId": "CM-0412"},
            ["snapshot", "scenario_pnl", "netting", "publish"],
        ),
        "search": (
            [
                "unpaid calls CM-0412 over 2m",
                "CM-0412 open calls above 2,000,000",
                "calls not met member 0412 large",
                "CM-0412 outstanding margin > 2m",
                "big unpaid margin CM-0412",
                "member CM-0412 unmet calls 2m+",
            ],
            [("status", "ISSUED"), ("min_amount_usd", "2000000"), ("asset_class", "INDEX_OPTIONS")],
        ),
        "docs": [
            "Rulebook ch.7 Margin",
            "Clearing notice 2026-118",
            "CM-0412 credit review",
            "Haircut schedule Q4",
            "Default management playbook",
            "Intraday call policy",
        ],
        "facts": [
            "intraday calls due within %d minutes, escalation after %d",
            "haircut tiers for %d maturity buckets across %d collateral types",
            "member limit raised to $%dm after the %d-day review",
            "%d members on watch, %d with late payments this quarter",
            "concentration add-on above %d%% of open interest for %d series",
            "cash wires accepted up to %d minutes before cut-off, at most %d per member a day",
        ],
        "desks": [
            ("margin-ops", "call handling"),
            (
                "collateral-desk",
                "collateral substitution",
                "T-bill CUSIP 912797KX4 pledged, value after haircut $2,205,000",
            ),
            (
                "credit-risk",
                "limit check",
                "member within limit after substitution, headroom $3.1m",
            ),
        ],
        "schema": [
            ("callId", "id"),
            ("collateralType", "flip"),
            ("amountUsd", "callAmountUsd"),
            ("comment", "note"),
        ],
        "metric": ("CM-%04d", "exposure", " m USD", 2, 48, 40),
    },
    {
        "name": "polymer_pellet_silo_transfers",
        "argstyle": "snake",
        "render": render_kv,
        "item": item_silo,
        "idfmt": "TO-%05d",
        "idbase": 31000,
        "idkey": "order",
        "noun": "transfer order",
        "nouns": "transfer orders",
        "tools": {
            "list": "silo.transfer.list",
            "get": "silo.transfer.get",
            "update": "silo.transfer.set",
            "validate": "silo.route.check",
            "submit": "blend.job.start",
            "status": "blend.job.get",
            "search": "silo.lot.search",
            "handoff": "agent.handoff",
            "next": "silo.queue.next",
            "read": "sop.doc.read",
        },
        "scope": ("shift", "late-2026-11"),
        "listkey": "orders",
        "request": "Route tonight's planned pellet transfer orders so the extruders on lines 4 and 5 do not starve.",
        "flip": (
            "route",
            "line_a",
            "line_b",
            "rotary valve RV-3 on line_a is flagged for PP residue, a purity risk for HDPE",
            "blower B-2 on line_b tops out at 9 t/h, so the transfer would overrun the 22:00 shift end",
        ),
        "fixes": [
            ("to_silo holds PET, resin mismatch", "to_silo", "S-14"),
            ("kg exceeds free capacity 11200", "kg", "11000"),
            ("purge step missing before resin change", "purge", "nitrogen_2min"),
            ("lot not released by QC", "lot", "L26-4471"),
        ],
        "bad_arg": (
            "to_silo",
            "S12",
            "S-12",
            "ERR_ARG",
            "to_silo 'S12' unknown; silo ids look like S-NN",
        ),
        "hard_err": (
            "ERR_INTERLOCK",
            "plc-gw-2 refused write: interlock IL-44 active (silo S-14 high level)",
        ),
        "job": (
            "masterbatch blend run",
            {"recipe": "MB-BLK-07", "target_kg": 6000},
            ["weigh", "feed", "mix", "discharge"],
        ),
        "search": (
            [
                "HDPE lot released for S-14",
                "released HDPE lots silo 14",
                "S-14 HDPE QC pass lots",
                "lots HDPE qc=released S-14",
                "HDPE-5502 released S-14",
                "QC released lots for silo S-14 HDPE",
            ],
            [("resin", "HDPE-5502"), ("qc", "released"), ("melt_index_max", "0.35")],
        ),
        "docs": [
            "SOP-112 pneumatic transfer",
            "Resin change purge matrix",
            "Silo S-14 level sensor note",
            "QC release log week 47",
            "Line B blower datasheet",
            "Dust explosion zoning plan",
        ],
        "facts": [
            "purge of %d min with nitrogen before any change, %d for PET",
            "blower rated %d t/h at %d mbar",
            "high-level trip delay %d s with a %d s alarm hold",
            "%d lots released this week, %d on hold",
            "maximum pellet velocity %d m/s, checked every %d minutes",
            "zone 22 around the cyclone, %d m radius, %d m above grade",
        ],
        "desks": [
            ("dispatcher", "route planning"),
            (
                "quality-lab",
                "lot release",
                "lot L26-4471 released, MFI 0.31 g/10min, moisture 0.02%",
            ),
            (
                "maintenance",
                "valve inspection",
                "RV-3 cleaned, residue test negative, line_a back in service",
            ),
        ],
        "schema": [
            ("order", "id"),
            ("route", "flip"),
            ("purge", "=nitrogen_2min"),
            ("remark", "note"),
        ],
        "metric": ("S-%02d", "level", "%", 12, 96, 90),
    },
    {
        "name": "returnable_bottle_deposit_clearing",
        "argstyle": "snake",
        "render": render_http,
        "item": item_bottle,
        "idfmt": "CB-2026-%05d",
        "idbase": 40000,
        "idkey": "batch_id",
        "noun": "clearing batch",
        "nouns": "clearing batches",
        "tools": {
            "list": "GET /v2/clearing/batches",
            "get": "GET /v2/clearing/batches/{batch_id}",
            "update": "PATCH /v2/clearing/batches/{batch_id}",
            "validate": "POST /v2/clearing/batches:validate",
            "submit": "POST /v2/settlement/runs",
            "status": "GET /v2/settlement/runs/{run_id}",
            "search": "GET /v2/search/batches",
            "handoff": "POST /v2/cases/{case_id}/transfer",
            "next": "POST /v2/queues/count-disputes:claim",
            "read": "GET /v2/docs/{doc_id}",
        },
        "scope": ("region", "DE-NW"),
        "listkey": "batches",
        "request": "Close week 47 deposit clearing for region DE-NW; the settlement run has to start before Friday noon.",
        "flip": (
            "count_source",
            "rvm_telemetry",
            "counting_centre",
            "RVM-0931 telemetry has a gap from 02:10 to 05:40 with 1,184 containers unaccounted",
            "the counting centre rejected 312 foreign-label cans that the retailer disputes",
        ),
        "fixes": [
            ("containers and deposit_eur disagree", "deposit_eur", "11842.25"),
            ("count_source not set", "count_source", "counting_centre"),
            ("retailer GLN missing", "retailer_gln", "4012345000016"),
            ("bag seal number duplicated", "seal_no", "SB-771204"),
        ],
        "bad_arg": (
            "period",
            "2026-11",
            "2026-W47",
            "422",
            "period must be an ISO week (YYYY-Www) for weekly clearing",
        ),
        "hard_err": ("503", "settlement-engine unavailable"),
        "job": (
            "week 47 settlement run",
            {"period": "2026-W47", "region": "DE-NW"},
            ["collect", "net", "invoice", "export_sepa"],
        ),
        "search": (
            [
                "Nordfrisch 114 short count",
                "short counts Nordfrisch 114",
                "Nordfrisch 114 missing containers",
                "count shortfall retailer Nordfrisch 114",
                "Nordfrisch store 114 under-count",
                "Nordfrisch 114 count discrepancy",
            ],
            [("retailer", "Nordfrisch 114"), ("period", "2026-W47"), ("min_gap", "500")],
        ),
        "docs": [
            "Clearing agreement annex 3",
            "RVM telemetry spec v4",
            "Counting centre SOP",
            "Retailer dispute policy",
            "SEPA export format",
            "Foreign-label handling note",
        ],
        "facts": [
            "handling fee %d cent per container, %d-day payment terms",
            "disputes must be raised within %d days, answered within %d",
            "telemetry gaps over %d minutes trigger a manual count of %d bags",
            "%d retailers in DE-NW, %d with more than 3 machines",
            "foreign-label share above %d%% triggers a manual count within %d hours",
            "SEPA files batched every %d hours, at most %d files a day",
        ],
        "desks": [
            ("clearing-agent", "batch handling"),
            (
                "retailer-support",
                "retailer contact",
                "retailer sent the local RVM-0931 log for 02:10-05:40, 1,184 containers accounted for",
            ),
            (
                "fraud-review",
                "pattern check",
                "no duplicate-bag pattern, RVM-0931 serial matches registry, telemetry backfill accepted",
            ),
        ],
        "schema": [
            ("batch_id", "id"),
            ("count_source", "flip"),
            ("containers", "containers"),
            ("note", "note"),
        ],
        "metric": ("RVM-%04d", "bin fill", "%", 5, 99, 92),
    },
    {
        "name": "thermal_spray_coating_shop",
        "argstyle": "kebab",
        "render": render_yaml,
        "item": item_coat,
        "idfmt": "CJ-%04d",
        "idbase": 6000,
        "idkey": "job",
        "noun": "coating job",
        "nouns": "coating jobs",
        "tools": {
            "list": "job-list",
            "get": "job-show",
            "update": "job-set",
            "validate": "spec-check",
            "submit": "booth-run-start",
            "status": "booth-run-status",
            "search": "job-search",
            "handoff": "route-to-team",
            "next": "queue-take",
            "read": "spec-read",
        },
        "scope": ("cell", "spray-cell-2"),
        "listkey": "jobs",
        "request": "Get the masked jobs in spray-cell-2 assigned a process and booth so the night shift can spray them.",
        "flip": (
            "process",
            "HVOF",
            "plasma",
            "the HVOF gun GH-2 nozzle is at 212 h of its 200 h life and the spec needs porosity under 1%",
            "plasma gives about 2.4% porosity on WC-Co and the drawing calls for HVOF-grade density",
        ),
        "fixes": [
            ("thickness outside drawing tolerance", "thickness_um", "250"),
            ("grit blast Ra not recorded", "ra_um", "4.1"),
            ("masking photo missing", "mask_photo", "IMG-88213"),
            ("powder lot expired", "powder_lot", "PW-26-118"),
        ],
        "bad_arg": (
            "thickness",
            "0.25mm",
            "250",
            "E_VALUE",
            "invalid --thickness '0.25mm': give micrometres as an integer",
        ),
        "hard_err": ("E_BOOTH", "booth B2 controller offline (OPC UA read timeout 5000 ms)"),
        "job": (
            "booth B2 spray run",
            {"booth": "B2", "recipe": "WC-CoCr-HVOF-3"},
            ["preheat", "spray", "cool", "inspect"],
        ),
        "search": (
            [
                "WC-CoCr jobs due Friday",
                "jobs WC-10Co-4Cr due friday",
                "friday due tungsten carbide jobs",
                "WC-10Co-4Cr due 2026-12-04",
                "carbide coating jobs friday",
                "due friday WC CoCr",
            ],
            [("coating", "WC-10Co-4Cr"), ("due", "2026-12-04"), ("status", "masked")],
        ),
        "docs": [
            "AMS 2447 summary",
            "Drawing 7731-C note 4",
            "Booth B2 maintenance log",
            "Powder lot certificate PW-26-118",
            "Masking work instruction",
            "Customer spec CS-19",
        ],
        "facts": [
            "bond strength tested on %d coupons per %d parts",
            "thickness measured at %d points per part and %d per coupon",
            "nozzle life %d h, last change %d h ago",
            "%d masking points, %d need high-temp tape",
            "grit media changed every %d hours, %d kg per change",
            "preheat hold of %d minutes, cool-down of %d minutes",
        ],
        "desks": [
            ("planner", "job planning"),
            (
                "metallurgy-lab",
                "process qualification",
                "coupon C-441 passed: porosity 0.7%, bond 74 MPa",
            ),
            ("booth-lead", "booth slot", "booth B2 slot 22:30 reserved, gun GH-2 nozzle swapped"),
        ],
        "schema": [("job", "id"), ("process", "flip"), ("booth", "booth"), ("comment", "note")],
        "metric": ("duct-%02d", "exhaust static pressure", " Pa", 140, 320, 300),
    },
    {
        "name": "unclaimed_property_escheatment",
        "argstyle": "camel",
        "render": render_graphql,
        "item": item_unclaimed,
        "idfmt": "PR-%06d",
        "idbase": 730000,
        "idkey": "property_id",
        "noun": "property record",
        "nouns": "property records",
        "tools": {
            "list": "query holderProperties",
            "get": "query property",
            "update": "mutation updateProperty",
            "validate": "mutation validateReport",
            "submit": "mutation startDueDiligenceMailing",
            "status": "query mailingJob",
            "search": "query searchOwners",
            "handoff": "mutation transferCase",
            "next": "mutation claimNextReview",
            "read": "query policyDocument",
        },
        "scope": ("holder_id", "HC-5521"),
        "listkey": "properties",
        "request": "Prepare holder HC-5521's unclaimed property report; every record needs a reporting state before the Nov 30 filing.",
        "flip": (
            "reporting_state",
            "TX",
            "DE",
            "the owner's last known address failed USPS validation, so priority rule 2 sends it to the holder's state of incorporation",
            "the CRM has a verified Austin, TX address from 2019, so priority rule 1 sends it to the owner's state",
        ),
        "fixes": [
            ("owner address missing ZIP", "ownerZip", "78704"),
            ("dormancy period not met for CK01", "reportDate", "2026-11-30"),
            ("amount negative after reversal", "amountUsd", "412.60"),
            ("relationship code missing", "relationshipCode", "SO"),
        ],
        "bad_arg": (
            "property_type",
            "vendor check",
            "CK01",
            "BAD_USER_INPUT",
            'Variable "$propertyType" got invalid value "vendor check"; expected a NAUPA code like CK01',
        ),
        "hard_err": (
            "UNAUTHENTICATED",
            "session for holder HC-5521 expired (SSO assertion older than 8h)",
        ),
        "job": (
            "due diligence mailing",
            {"holderId": "HC-5521", "minAmountUsd": 50},
            ["select", "address_check", "print", "post"],
        ),
        "search": (
            [
                "Castellanos Austin",
                "J Castellanos TX",
                "Castellanos J. Austin Texas",
                "owner Castellanos Austin",
                "Jorge Castellanos Austin",
                "Castellanos 787",
            ],
            [("last_name", "Castellanos"), ("state", "TX"), ("zip_prefix", "787")],
        ),
        "docs": [
            "NAUPA 2 format guide",
            "Texas holder reporting manual",
            "Delaware VDA letter",
            "Priority rules summary",
            "HC-5521 prior year filing",
            "Due diligence letter template",
        ],
        "facts": [
            "dormancy of %d years for vendor checks, %d for payroll",
            "due diligence letters %d to %d days before filing",
            "%d records in prior year filing, %d remitted to DE",
            "interest of %d%% a year on late remittance after %d days",
            "letters only for amounts over $%d, certified over $%d",
            "%d states require negative reports, %d accept NAUPA 2 only",
        ],
        "desks": [
            ("compliance-analyst", "report preparation"),
            (
                "owner-outreach",
                "owner contact",
                "owner replied to letter, address confirmed 1402 Cedar St, Austin TX 78704",
            ),
            ("tax-legal", "priority ruling", "rule 1 applies with verified address, report to TX"),
        ],
        "schema": [
            ("propertyId", "id"),
            ("reportingState", "flip"),
            ("amountUsd", "amountUsd"),
            ("rationale", "note"),
        ],
        "metric": ("batch-%02d", "address exceptions", "", 0, 40, 25),
    },
    {
        "name": "yard_jockey_trailer_moves",
        "argstyle": "pascal",
        "render": render_log,
        "item": item_yard,
        "idfmt": "MV-%05d",
        "idbase": 52000,
        "idkey": "move",
        "noun": "trailer move",
        "nouns": "trailer moves",
        "tools": {
            "list": "yard:moves:list",
            "get": "yard:moves:show",
            "update": "yard:moves:update",
            "validate": "yard:plan:check",
            "submit": "yard:optimizer:run",
            "status": "yard:optimizer:status",
            "search": "yard:trailer:find",
            "handoff": "desk:handoff",
            "next": "yard:moves:next",
            "read": "yard:sop:get",
        },
        "scope": ("zone", "north-yard"),
        "listkey": "moves",
        "request": "Assign dock doors to the queued trailer moves in north-yard; receiving starts unloading at 06:00.",
        "flip": (
            "to",
            "door-23",
            "door-31",
            "door 23's reefer plug is out of service (WO-5521) and this load is a reefer at -18 C",
            "door 31 is on the outbound side and the inbound crew only works doors 1-28 until 14:00",
        ),
        "fixes": [
            ("two moves target door-12 at 06:00", "to", "door-14"),
            ("hot load without jockey", "jockey", "YJ-07"),
            ("seal number missing", "seal", "SL-440912"),
            ("reefer trailer on dry door", "to", "door-08"),
        ],
        "bad_arg": (
            "trailer",
            "88412",
            "TRL-88412",
            "YMS-400",
            "Trailer '88412' not found; trailer ids look like TRL-nnnnn",
        ),
        "hard_err": ("YMS-409", "yard lock held by session gs-3 (gate checkpoint sync in flight)"),
        "job": (
            "door assignment optimisation",
            {"Zone": "north-yard", "Horizon": "6h"},
            ["load_state", "build_model", "solve", "publish"],
        ),
        "search": (
            [
                "TRL-5 Kestrel reefer",
                "Kestrel reefer trailer north",
                "reefer Kestrel Freight north-yard",
                "Kestrel Freight TRL reefer",
                "north-yard reefer Kestrel",
                "Kestrel reefer spot D",
            ],
            [("carrier", "Kestrel Freight"), ("type", "reefer"), ("row", "D")],
        ),
        "docs": [
            "Yard SOP 4.2 door rules",
            "Reefer plug map",
            "Carrier SLA Kestrel",
            "Gate checkpoint guide",
            "Jockey shift roster",
            "Hazmat parking rules",
        ],
        "facts": [
            "%d reefer plugs, %d out of service",
            "detention charged after %d hours, $%d per hour",
            "hot loads doored within %d minutes of check-in, at most %d an hour",
            "%d jockeys per shift, %d trucks",
            "hazmat kept %d m from doors, %d spots marked",
            "gate sync every %d minutes, %d s lock",
        ],
        "desks": [
            ("yard-control", "move planning"),
            (
                "gate-clerk",
                "seal and check-in",
                "seal SL-440912 verified at gate 2, check-in 05:12",
            ),
            (
                "dock-scheduler",
                "door slot",
                "door-23 slot 06:10-07:40 booked, reefer plug repaired under WO-5521",
            ),
        ],
        "schema": [("Move", "id"), ("To", "flip"), ("Jockey", "=YJ-07"), ("Note", "note")],
        "metric": ("door-%02d", "dwell", " min", 4, 95, 60),
    },
    {
        "name": "zinc_galvanizing_kettle_runs",
        "argstyle": "snake",
        "render": render_xml,
        "item": item_zinc,
        "idfmt": "DB-%05d",
        "idbase": 17000,
        "idkey": "batch",
        "noun": "dip batch",
        "nouns": "dip batches",
        "tools": {
            "list": "list_dip_batches",
            "get": "get_dip_batch",
            "update": "update_dip_batch",
            "validate": "check_batch_plan",
            "submit": "start_bath_analysis",
            "status": "get_analysis_job",
            "search": "search_batches",
            "handoff": "handoff_to_desk",
            "next": "claim_next_batch",
            "read": "read_procedure",
        },
        "scope": ("line", "line-2"),
        "listkey": "batches",
        "request": "Plan kettle assignments for the pickled batches on line-2 for the morning dip schedule.",
        "flip": (
            "kettle",
            "kettle_1",
            "kettle_2",
            "kettle_1 is at 441 C after the re-charge and S355J2 with Si 0.21% needs 449 C minimum",
            "kettle_2 is 7.0 m long and the 7.4 m beams would need a double dip the customer spec does not allow",
        ),
        "fixes": [
            ("immersion time missing", "immersion_s", "300"),
            ("vent holes not confirmed", "vent_check", "ok"),
            ("jig load over 4000 kg", "mass_kg", "3800"),
            ("flux strength not logged", "flux_be", "22"),
        ],
        "bad_arg": (
            "steel_grade",
            "S355",
            "S355J2",
            "E_GRADE",
            "steel_grade 'S355' is ambiguous; use the full designation, e.g. S355J2",
        ),
        "hard_err": ("PLC_TIMEOUT", "kettle PLC kp-2 did not acknowledge the write within 3000 ms"),
        "job": (
            "bath chemistry analysis",
            {"kettle": "kettle_1", "sample": "ZS-1129-A"},
            ["sample_prep", "icp_run", "calc", "report"],
        ),
        "search": (
            [
                "Pennick Rail beams 7.4",
                "7.4 m beams Pennick",
                "Pennick Rail long beams",
                "beams Pennick Rail 7.4 m",
                "long beams customer Pennick",
                "Pennick 7.4m S355J2",
            ],
            [("customer", "Pennick Rail"), ("min_length_m", "7.2"), ("status", "pickled")],
        ),
        "docs": [
            "ISO 1461 coating table",
            "Kettle 1 temperature log",
            "Customer spec Pennick PR-9",
            "Flux tank procedure",
            "Double dip approval form",
            "Sandelin range guidance",
        ],
        "facts": [
            "minimum coating %d0 um on steel over %d mm",
            "bath sampled every %d hours, %d samples a month",
            "%d beams on order, %d over 7 m",
            "flux tank topped up every %d days with %d kg",
            "%d Si-reactive grades listed, %d of them on current orders",
            "double dip allowed only with %d mm overlap and %d days notice",
        ],
        "desks": [
            ("shift-supervisor", "dip scheduling"),
            (
                "lab-chemist",
                "bath chemistry",
                "Al 0.006%, Fe 0.03%, Pb 0.9%; bath within ISO 1461 range",
            ),
            (
                "customer-service",
                "customer approval",
                "Pennick Rail accepts kettle_1 once the bath is back at 450 C, heat-up logged 05:40",
            ),
        ],
        "schema": [
            ("batch", "id"),
            ("kettle", "flip"),
            ("immersion_s", "=300"),
            ("remark", "note"),
        ],
        "metric": ("kettle_1 TC-%02d", "bath temp", " C", 438, 458, 456),
    },
]


# ---------------------------------------------------------------------------
# Helpers shared by the kinds
# ---------------------------------------------------------------------------


def ident(c: Ctx, it: dict) -> str:
    return next(iter(it.values()))


def id_args(c: Ctx, i: str, **more: object) -> dict:
    return c.args(**{c.d["idkey"]: i}, **more)


def scope_args(c: Ctx, **more: object) -> dict:
    k, v = c.d["scope"]
    return c.args(**{k: v}, **more)


def with_field(it: dict, field: str, value: object, style: Ctx) -> dict:
    out = dict(it)
    match = [k for k in it if _norm(k) == _norm(field)]
    out[match[0] if match else style.key(field).lstrip("-")] = value
    return out


def opener(c: Ctx, text: str) -> dict:
    return c.llm(text, c.d["request"])


def _norm(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def flip_field(c: Ctx) -> str:
    sample = c.d["item"](Ctx(random.Random(0), c.d, 0), "X")
    want = _norm(c.d["flip"][0])
    return next(k for k in sample if _norm(k) == want)


# ---------------------------------------------------------------------------
# Loop kinds
# ---------------------------------------------------------------------------


def loop_exact_repeat(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    f = flip_field(c)
    steps = [opener(c, "I'll start with %s %s, the oldest open one." % (d["noun"], x))]
    text = "Fetching %s %s to read its %s before assigning it." % (d["noun"], x, f)
    for _ in range(c.reps(3, 6)):
        steps.append(c.llm(text))
        steps.append(c.tool("get", id_args(c, x), it))
    return steps


def loop_paraphrased_repeat(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    f = flip_field(c)
    lines = [
        "Before I change anything I want to confirm the %s on %s %s." % (f, d["noun"], x),
        "Let me double-check what %s is currently set to for %s." % (f, x),
        "First I need to verify the current %s value of %s %s." % (f, d["noun"], x),
        "I should make sure I know the %s of %s before updating it." % (f, x),
        "Checking the existing %s for %s so I don't overwrite anything." % (f, x),
        "To be safe, I'll confirm %s's %s before going further." % (x, f),
        "I'm going to look at %s's current %s first, then decide." % (x, f),
    ]
    c.rng.shuffle(lines)
    steps = [opener(c, "Looking at the %s first." % d["nouns"]), c.tool("get", id_args(c, x), it)]
    steps.extend(c.llm(line) for line in lines[: c.reps(3, 6)])
    return steps


def loop_ab_oscillation(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    field, a, b, why_not_a, why_not_b = d["flip"]
    steps = [
        opener(c, "Assigning %s for %s %s." % (flip_field(c), d["noun"], x)),
        c.tool("get", id_args(c, x), it),
    ]
    cur = a
    for n in range(c.reps(4, 7)):
        steps.append(c.tool("update", id_args(c, x, **{field: cur}), with_field(it, field, cur, c)))
        other = b if cur == a else a
        reason = why_not_a if cur == a else why_not_b
        if n % 2 == 0:
            steps.append(
                c.llm(
                    "On reflection %s is wrong here: %s. Switching %s to %s."
                    % (cur, reason, flip_field(c), other)
                )
            )
        else:
            steps.append(
                c.llm(
                    "That won't work either, since %s. Setting %s back to %s."
                    % (reason, flip_field(c), other)
                )
            )
        cur = other
    return steps


def loop_failing_tool_retry(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    field, a = d["flip"][0], d["flip"][1]
    args = id_args(c, x, **{field: a})
    steps = [opener(c, "Setting %s=%s on %s %s." % (flip_field(c), a, d["noun"], x))]
    steps.append(c.llm("The record checks out; applying the update now."))
    n = c.reps(3, 6)
    notes = [
        "The update failed (%s). Trying the same call once more." % d["hard_err"][0],
        "Probably transient. Sending the update for %s one more time." % x,
        "Still %s; I'll give it another try." % d["hard_err"][0],
        "Let me resubmit the update.",
        "Retrying the update for %s." % x,
    ]
    for k in range(n):
        steps.append(c.tool("update", dict(args), err=d["hard_err"]))
        if k < n - 1:
            steps.append(c.llm(notes[k % len(notes)]))
    return steps


def loop_same_action_same_observation(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    f = flip_field(c)
    notes = [
        "%s still shows %s=%s. Checking the record." % (x, f, it[f]),
        "No %s on %s yet. I'll look at it once more." % (f, x),
        "The %s for %s is still %s; pulling the record to see if it changed." % (f, x, it[f]),
        "Hmm, %s hasn't been filled in. Checking %s." % (f, x),
        "Let me look at %s one more time." % x,
        "%s still unset on %s. Re-reading it." % (f, x),
    ]
    steps = [
        opener(
            c,
            "I'll check %s %s; its %s should have been set by the earlier step."
            % (d["noun"], x, f),
        )
    ]
    for k in range(c.reps(3, 6)):
        steps.append(c.tool("get", id_args(c, x), it))
        steps.append(c.llm(notes[k % len(notes)]))
    return steps


def loop_identical_monologue(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    f = flip_field(c)
    steps = [opener(c, "Reviewing %s %s." % (d["noun"], x)), c.tool("get", id_args(c, x), it)]
    text = (
        "I need to decide the %s for %s %s. The options are %s and %s; I'll weigh the constraints and then make the update."
        % (
            f,
            d["noun"],
            x,
            d["flip"][1],
            d["flip"][2],
        )
    )
    steps.extend(c.llm(text) for _ in range(c.reps(3, 7)))
    return steps


def loop_identical_tool_calls(c: Ctx) -> list[dict]:
    d = c.d
    its = c.items(c.rng.randint(2, 4))
    data = {"total": len(its), d["listkey"]: its}
    steps = [opener(c, "Listing the %s in %s." % (d["nouns"], d["scope"][1]))]
    status_key = list(its[0])[-1]
    args = scope_args(c, **{status_key: its[0][status_key]})
    steps.extend(c.tool("list", dict(args), data) for _ in range(c.reps(4, 8)))
    return steps


def loop_cursor_not_advanced(c: Ctx) -> list[dict]:
    d = c.d
    its = c.items(5)
    token = "%s%s" % (c.hx(6), c.hx(6))
    data = {
        "total": c.rng.randint(14, 40),
        "page_size": 5,
        d["listkey"]: its,
        c.key("next_page_token").lstrip("-"): token,
    }
    steps = [opener(c, "Collecting every %s in %s." % (d["noun"], d["scope"][1]))]
    steps.append(c.tool("list", scope_args(c, page_size=5), data))
    wrong = {"cli": "--cursor", "kebab": "cursor", "camel": "cursor", "pascal": "Cursor"}.get(
        d["argstyle"], "cursor"
    )
    notes = [
        "Got 5 of %d. Fetching the next page with token %s." % (data["total"], token),
        "Next page, using the token from the response.",
        "Requesting the following page (token %s)." % token,
        "Continuing to the next page of %s." % d["nouns"],
        "Pulling the next 5.",
    ]
    for k in range(c.reps(3, 5)):
        steps.append(c.llm(notes[k % len(notes)]))
        args = scope_args(c, page_size=5)
        args[wrong] = token
        steps.append(c.tool("list", args, data))
    return steps


def loop_stalled_job_polling(c: Ctx) -> list[dict]:
    d = c.d
    title, jargs, stages = d["job"]
    job_id = "job-%s" % c.hx(8)
    pct = c.rng.randint(31, 77)
    stage = stages[c.rng.randint(1, 2)]
    stamp = c.iso()
    steps = [opener(c, "Starting the %s." % title)]
    steps.append(
        c.tool(
            "submit",
            c.args(**dict(jargs)),
            {"job_id": job_id, "state": "queued"},
        )
    )
    waits = [
        "Job %s is running. Waiting a bit before checking." % job_id,
        "Still on %s. I'll check in 30 seconds." % stage,
        "Not finished yet; waiting.",
        "Giving it another minute.",
        "Checking the job status.",
        "Waiting for %s to finish." % job_id,
    ]
    for k in range(c.reps(3, 6)):
        steps.append(c.llm(waits[k % len(waits)]))
        c.tick(30, 90)
        status = {
            "job_id": job_id,
            "state": "running",
            "stage": stage,
            "pct_done": pct,
            "last_update": stamp,
            "worker": "w-%d" % c.rng.randint(1, 12),
        }
        steps.append(c.tool("status", c.args(job_id=job_id), status))
    return steps


def loop_handoff_ping_pong(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    f = flip_field(c)
    a_name = d["desks"][0][0]
    b_name = d["desks"][1][0]
    steps = [opener(c, "%s: taking %s %s." % (a_name, d["noun"], x))]
    a_lines = [
        "%s: the %s decision for %s belongs to %s. Transferring." % (a_name, f, x, b_name),
        "%s: %s sent %s back, but %s is %s's call. Handing it over."
        % (a_name, b_name, x, f, b_name),
        "%s: %s needs %s input on %s; routing to %s." % (a_name, x, b_name, f, b_name),
        "%s: transferring %s to %s for the %s question." % (a_name, x, b_name, f),
    ]
    for k in range(c.reps(3, 5)):
        steps.append(c.llm(a_lines[k % len(a_lines)]))
        obs = {
            "case": x,
            "to": b_name,
            "accepted": "true",
            "reply": "%s: %s on %s is set by %s per the desk matrix; returning the case to %s."
            % (b_name, f, x, a_name, a_name),
            "returned_to": a_name,
        }
        steps.append(c.tool("handoff", c.args(case_id=x, to=b_name, reason="%s decision" % f), obs))
    return steps


def loop_reformulated_query_same_hits(c: Ctx) -> list[dict]:
    d = c.d
    queries = list(d["search"][0])
    hits = c.items(3)
    total = c.rng.randint(180, 900)
    steps = [opener(c, "Searching for the record the request refers to.")]
    notes = [
        "None of these match. Rewording the query.",
        "Same top results. Trying different terms.",
        "Not it. Let me phrase it another way.",
        "Still not the one; adjusting the wording.",
        "These aren't relevant. New query.",
        "No luck. Trying another phrasing.",
    ]
    for k in range(c.reps(3, 6)):
        steps.append(
            c.tool("search", c.args(query=queries[k], limit=3), {"total": total, "hits": hits})
        )
        steps.append(c.llm(notes[k]))
    return steps


def _payload(c: Ctx, it: dict, value: object, note: str) -> dict:
    out = {}
    for key, src in c.d["schema"]:
        if src == "id":
            out[key] = ident(c, it)
        elif src == "flip":
            out[key] = value
        elif src == "note":
            out[key] = note
        elif src.startswith("="):
            out[key] = src[1:]
        else:
            out[key] = it[src]
    return out


def loop_malformed_output_resubmission(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    keys = [k for k, _ in d["schema"]]
    instr = d["request"] + " Reply only with a JSON object with keys %s." % ", ".join(keys)
    steps = [
        c.llm("Reading %s %s first." % (d["noun"], x), instr),
        c.tool("get", id_args(c, x), it),
    ]
    body = json.dumps(_payload(c, it, d["flip"][1], "per %s" % d["docs"][0]), indent=2)
    bad = body[:-2] + ",\n}"
    preambles = [
        "Here is the record:",
        "Corrected output:",
        "Here is the JSON:",
        "Updated JSON below:",
        "Here you go:",
    ]
    n = c.reps(4, 7)
    for k in range(n):
        obs = ""
        if k > 0:
            obs = (
                "OutputParserException: Invalid json output: Expecting property name enclosed in double quotes: line 6 column 1 (char %d) [attempt %d]"
                % (len(bad) - 1, k + 1)
            )
        steps.append(c.llm("%s\n```json\n%s\n```" % (preambles[k % len(preambles)], bad), obs))
    return steps


def loop_three_step_cycle(c: Ctx) -> list[dict]:
    d = c.d
    its = c.items(c.rng.randint(2, 3))
    first = its[0]
    x = ident(c, first)
    f = flip_field(c)
    val = d["flip"][1]
    status_key = list(first)[-1]
    data = {"total": len(its), d["listkey"]: its}
    steps = [opener(c, "Working through the %s in %s one by one." % (d["nouns"], d["scope"][1]))]
    for _ in range(c.reps(3, 4)):
        steps.append(c.tool("list", scope_args(c, **{status_key: first[status_key]}), data))
        steps.append(c.tool("get", id_args(c, x), first))
        steps.append(
            c.tool(
                "update",
                id_args(c, x, **{d["flip"][0]: val}),
                {"updated": x, f: val, "version": c.rng.randint(2, 9)},
            )
        )
    return steps


# ---------------------------------------------------------------------------
# Progress kinds (near misses)
# ---------------------------------------------------------------------------


def prog_rerun_after_fix(c: Ctx) -> list[dict]:
    d = c.d
    its = c.items(4)
    k = c.reps(2, 4)
    errs = [(ident(c, its[i]),) + d["fixes"][i] for i in range(k)]
    steps = [opener(c, "Checking the plan for %s before submitting." % d["scope"][1])]
    vargs = scope_args(c)

    def report(left: list) -> dict:
        return {
            "checked": len(its) + 8,
            "errors": len(left),
            "problems": [{"ref": e[0], "issue": e[1]} for e in left],
        }

    steps.append(c.tool("validate", dict(vargs), report(errs)))
    steps.append(
        c.llm(
            "%d problems. Fixing them in order, starting with %s (%s)."
            % (k, errs[0][0], errs[0][1])
        )
    )
    for i, e in enumerate(errs):
        steps.append(
            c.tool("update", id_args(c, e[0], **{e[2]: e[3]}), {"updated": e[0], e[2]: e[3]})
        )
        steps.append(c.tool("validate", dict(vargs), report(errs[i + 1 :])))
    steps.append(
        c.llm("The check passes with 0 errors after %d fixes; the plan can be submitted." % k)
    )
    return steps


def prog_summarising_related_documents(c: Ctx) -> list[dict]:
    d = c.d
    k = c.reps(2, 4)
    docs = c.rng.sample(d["docs"], k)
    facts = c.rng.sample(d["facts"], k * 2 if k * 2 <= len(d["facts"]) else len(d["facts"]))
    steps = [opener(c, "Reading the governing documents before changing any %s." % d["noun"])]
    summaries = []
    for i, doc in enumerate(docs):
        f1 = facts[(2 * i) % len(facts)] % (c.rng.randint(2, 30), c.rng.randint(3, 60))
        f2 = facts[(2 * i + 1) % len(facts)] % (c.rng.randint(2, 30), c.rng.randint(3, 60))
        doc_id = "DOC-%d" % c.rng.randint(1000, 9999)
        body = {
            "doc_id": doc_id,
            "title": doc,
            "rev": c.rng.choice("BCDE"),
            "pages": c.rng.randint(2, 40),
            "extract": "%s; %s." % (f1, f2),
        }
        steps.append(c.tool("read", c.args(doc_id=doc_id), body))
        summaries.append(doc)
        steps.append(
            c.llm(
                "Summary of %s (rev %s): %s. It also sets out that %s."
                % (doc, body["rev"], f1[0].upper() + f1[1:], f2)
            )
        )
    steps.append(
        c.llm(
            "Read %d documents (%s). Their limits go into the %s plan."
            % (k, "; ".join(summaries), d["noun"])
        )
    )
    return steps


def prog_alternating_apply_verify(c: Ctx) -> list[dict]:
    d = c.d
    k = c.reps(3, 5)
    its = c.items(k)
    f = flip_field(c)
    vals = [d["flip"][1], d["flip"][2]]
    steps = [opener(c, "Assigning %s across the queued %s." % (f, d["nouns"]))]
    steps.append(c.tool("list", scope_args(c), {"total": k, d["listkey"]: its}))
    for i, it in enumerate(its):
        x = ident(c, it)
        v = vals[c.rng.randint(0, 1)]
        steps.append(c.tool("update", id_args(c, x, **{d["flip"][0]: v}), {"updated": x, f: v}))
        steps.append(c.tool("get", id_args(c, x), with_field(it, d["flip"][0], v, c)))
        if i == k - 1:
            steps.append(
                c.llm(
                    "All %d %s now carry a %s and each one reads back correctly."
                    % (k, d["nouns"], f)
                )
            )
    return steps


def prog_retry_with_corrected_args(c: Ctx) -> list[dict]:
    d = c.d
    its = c.items(c.reps(1, 3))
    key, bad, good, code, msg = d["bad_arg"]
    x = ident(c, its[0])
    fld = d["flip"][0]
    val = d["flip"][1]
    shown = c.key(key).lstrip("-")
    if key == d["idkey"]:
        bad, good = x.split("-")[-1], x
        msg = msg.replace('"481233"', '"%s"' % bad)

        def upd(i: str, v: str) -> dict:
            return c.args(**{key: v, fld: val})

        steps = [opener(c, "Setting %s on the listed %s." % (flip_field(c), d["nouns"]))]
    else:

        def upd(i: str, v: str) -> dict:
            return id_args(c, i, **{key: v})

        steps = [opener(c, "Updating %s on the %s." % (shown, d["nouns"]))]
    steps.append(c.tool("update", upd(x, bad), err=(code, msg)))
    steps.append(
        c.llm("The call was rejected: %s. Sending %s=%s instead of %s." % (msg, shown, good, bad))
    )
    steps.append(c.tool("update", upd(x, good), {"updated": x, shown: good}))
    for it in its[1:]:
        y = ident(c, it)
        g = y if key == d["idkey"] else good
        steps.append(c.tool("update", upd(y, g), {"updated": y, shown: g}))
    steps.append(
        c.llm(
            "Done: %s updated with the corrected %s format."
            % (", ".join(ident(c, it) for it in its), shown)
        )
    )
    return steps


def prog_work_queue_draining(c: Ctx) -> list[dict]:
    d = c.d
    k = c.reps(2, 4)
    its = c.items(k)
    f = flip_field(c)
    steps = [opener(c, "Taking %s from the review queue until it is empty." % d["nouns"])]
    qargs = scope_args(c)
    for i, it in enumerate(its):
        claimed = {"claimed": ident(c, it)}
        claimed.update(list(it.items())[1:])
        claimed["remaining"] = k - 1 - i
        steps.append(c.tool("next", dict(qargs), claimed))
        v = d["flip"][1 + (i % 2)]
        x = ident(c, it)
        steps.append(c.tool("update", id_args(c, x, **{d["flip"][0]: v}), {"updated": x, f: v}))
    steps.append(c.tool("next", dict(qargs), {"claimed": "none", "remaining": 0}))
    steps.append(
        c.llm(
            "Queue empty. Handled %d %s: %s."
            % (k, d["nouns"], ", ".join(ident(c, it) for it in its))
        )
    )
    return steps


def prog_templated_status_updates(c: Ctx) -> list[dict]:
    d = c.d
    subj_fmt, metric, unit, lo, hi, limit = d["metric"]
    k = c.reps(4, 8)
    steps = [opener(c, "I'll report %s per unit as the readings come in." % metric)]
    used = set()
    for _ in range(k):
        n = c.rng.randint(1, 20)
        while n in used:
            n = c.rng.randint(1, 20)
        used.add(n)
        subj = subj_fmt % n
        val = c.rng.randint(lo, hi)
        obs = "[%s] reading %s %s=%d%s sample=%d" % (
            c.iso(),
            subj,
            metric,
            val,
            unit,
            c.rng.randint(100, 999),
        )
        if val > limit:
            verdict = "%d%s over the %d%s limit, raising a ticket" % (
                val - limit,
                unit,
                limit,
                unit,
            )
        else:
            verdict = "%d%s under the %d%s limit, no action" % (limit - val, unit, limit, unit)
        steps.append(c.llm("%s: %s %d%s, %s." % (subj, metric, val, unit, verdict), obs))
    return steps


def prog_fan_out_batch_calls(c: Ctx) -> list[dict]:
    d = c.d
    k = c.reps(3, 7)
    its = c.items(k)
    steps = [opener(c, "Pulling each of the %d flagged %s." % (k, d["nouns"]))]
    steps.extend(c.tool("get", id_args(c, ident(c, it)), it) for it in its)
    last = list(its[0])[2]
    vals = sorted({str(i[last]) for i in its})
    steps.append(
        c.llm(
            "Read %d records (%s to %s); %s values seen: %s."
            % (k, ident(c, its[0]), ident(c, its[-1]), last, ", ".join(vals))
        )
    )
    return steps


def prog_cursor_pagination(c: Ctx) -> list[dict]:
    d = c.d
    p = c.reps(3, 5)
    total = 5 * (p - 1) + c.rng.randint(1, 5)
    steps = [opener(c, "Collecting every %s in %s." % (d["noun"], d["scope"][1]))]
    token = None
    seen = 0
    tk = c.key("next_page_token").lstrip("-")
    for i in range(p):
        n = min(5, total - seen)
        its = c.items(n, start=seen * 4 + 40)
        seen += n
        nxt = "%s%s" % (c.hx(6), c.hx(6)) if i < p - 1 else ""
        data = {"total": total, "page_size": 5, d["listkey"]: its, tk: nxt or "null"}
        args = (
            scope_args(c, page_size=5)
            if token is None
            else scope_args(c, page_size=5, page_token=token)
        )
        steps.append(c.tool("list", args, data))
        if i < p - 1:
            steps.append(
                c.llm(
                    "%d of %d collected (last id %s). Next page token %s."
                    % (seen, total, ident(c, its[-1]), nxt)
                )
            )
        token = nxt
    steps.append(c.llm("All %d %s collected across %d pages." % (total, d["nouns"], p)))
    return steps


def prog_advancing_job_polling(c: Ctx) -> list[dict]:
    d = c.d
    title, jargs, stages = d["job"]
    job_id = "job-%s" % c.hx(8)
    k = c.reps(2, 4)
    steps = [opener(c, "Starting the %s." % title)]
    steps.append(
        c.tool("submit", c.args(**dict(jargs.items())), {"job_id": job_id, "state": "queued"})
    )
    pct = 0
    for i in range(k):
        steps.append(
            c.llm(
                "Job %s submitted; checking status." % job_id
                if i == 0
                else "Now at %d%%; checking in a minute." % pct
            )
        )
        c.tick(30, 90)
        pct = min(95, pct + c.rng.randint(15, 35))
        status = {
            "job_id": job_id,
            "state": "running",
            "stage": stages[min(i, len(stages) - 2)],
            "pct_done": pct,
            "last_update": c.iso(),
            "worker": "w-%d" % c.rng.randint(1, 12),
        }
        steps.append(c.tool("status", c.args(job_id=job_id), status))
    c.tick(30, 90)
    out = "out/%s/%s.%s" % (job_id, stages[-1], c.rng.choice(["json", "csv", "pdf"]))
    steps.append(
        c.tool(
            "status",
            c.args(job_id=job_id),
            {
                "job_id": job_id,
                "state": "succeeded",
                "stage": stages[-1],
                "pct_done": 100,
                "artifact": out,
            },
        )
    )
    steps.append(c.llm("%s finished; output at %s." % (title[0].upper() + title[1:], out)))
    return steps


def prog_specialist_handoff_chain(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    a = d["desks"][0][0]
    steps = [opener(c, "%s: taking %s %s." % (a, d["noun"], x))]
    if c.di % 2 == 0:
        steps.append(c.tool("get", id_args(c, x), it))
    for name, task, result in d["desks"][1:]:
        steps.append(c.llm("%s: %s needs %s; sending to %s." % (a, x, task, name)))
        obs = {
            "case": x,
            "to": name,
            "accepted": "true",
            "reply": "%s: done. %s" % (name, result),
            "returned_to": a,
        }
        steps.append(c.tool("handoff", c.args(case_id=x, to=name, reason=task), obs))
    v = d["flip"][1]
    steps.append(
        c.tool("update", id_args(c, x, **{d["flip"][0]: v}), {"updated": x, flip_field(c): v})
    )
    steps.append(c.llm("%s: both desks answered; %s closed with %s=%s." % (a, x, flip_field(c), v)))
    return steps


def prog_narrowing_search(c: Ctx) -> list[dict]:
    d = c.d
    base = d["search"][0][0]
    filters = d["search"][1]
    k = c.reps(2, 4)
    steps = [opener(c, "Searching for the record the request refers to.")]
    total = c.rng.randint(300, 900)
    applied: dict = {}
    best = None
    for i in range(k):
        if i > 0:
            fk, fv = filters[(i - 1) % len(filters)]
            applied[fk] = fv
        total = max(1, total // c.rng.randint(4, 9)) if i > 0 else total
        hits = c.items(min(3, total))
        for h in hits:
            for fk, fv in applied.items():
                for hk in h:
                    if _norm(hk) == _norm(fk):
                        h[hk] = fv
        best = hits[0]
        steps.append(
            c.tool("search", c.args(query=base, limit=3, **applied), {"total": total, "hits": hits})
        )
        if i < k - 1:
            fk, fv = filters[i % len(filters)]
            steps.append(
                c.llm("%d hits, too broad. Adding %s=%s." % (total, c.key(fk).lstrip("-"), fv))
            )
    x = ident(c, best)
    steps.append(c.tool("get", id_args(c, x), best))
    steps.append(c.llm("Down to %d hit(s); %s matches the request." % (total, x)))
    return steps


def prog_output_fixes_converging(c: Ctx) -> list[dict]:
    d = c.d
    it = c.items(1)[0]
    x = ident(c, it)
    keys = [k for k, _ in d["schema"]]
    field, good = d["flip"][0], d["flip"][1]
    instr = d["request"] + " Reply only with a JSON object with keys %s." % ", ".join(keys)
    steps = [
        c.llm("Reading %s %s first." % (d["noun"], x), instr),
        c.tool("get", id_args(c, x), it),
    ]
    ok = _payload(c, it, good, "per %s" % d["docs"][0])
    body = json.dumps(ok, indent=2)
    bad_enum = (
        good.replace("_", " ").title() if good.replace("_", " ").title() != good else good.lower()
    )
    no_note = {kk: v for kk, v in ok.items() if kk != keys[3]}
    attempts = [
        (body[:-2] + ",\n}", ""),
        (
            json.dumps(no_note, indent=2),
            "OutputParserException: Invalid json output: Expecting property name enclosed in double quotes: line 6 column 1",
        ),
        (
            json.dumps(dict(ok, **{keys[1]: bad_enum}), indent=2),
            "ValidationError: 1 error: field required: %s" % keys[3],
        ),
        (
            body,
            "ValidationError: 1 error: %s: value %r is not one of [%r, %r]"
            % (keys[1], bad_enum, d["flip"][1], d["flip"][2]),
        ),
    ]
    n = c.reps(2, 4)
    chosen = attempts[-n:]
    for k, (text, obs) in enumerate(chosen):
        steps.append(c.llm("```json\n%s\n```" % text, obs if k > 0 else ""))
    steps.append(
        c.tool(
            "update", id_args(c, x, **{field: good}), {"updated": x, keys[1]: good, "schema": "ok"}
        )
    )
    return steps


def prog_batch_item_walk(c: Ctx) -> list[dict]:
    d = c.d
    k = c.reps(2, 4)
    its = c.items(k)
    f = flip_field(c)
    status_key = list(its[0])[-1]
    steps = [opener(c, "Working through the %s in %s one by one." % (d["nouns"], d["scope"][1]))]
    steps.append(
        c.tool(
            "list",
            scope_args(c, **{status_key: its[0][status_key]}),
            {"total": k, d["listkey"]: its},
        )
    )
    for i, it in enumerate(its):
        x = ident(c, it)
        v = d["flip"][1 + (i % 2)]
        steps.append(c.tool("get", id_args(c, x), it))
        steps.append(
            c.tool(
                "update",
                id_args(c, x, **{d["flip"][0]: v, "status": "assigned"}),
                {"updated": x, f: v, "version": c.rng.randint(2, 9)},
            )
        )
    steps.append(
        c.tool(
            "list",
            scope_args(c, **{status_key: its[0][status_key]}),
            {"total": 0, d["listkey"]: []},
        )
    )
    steps.append(c.llm("No %s left in that state; %d assigned." % (d["nouns"], k)))
    return steps


LOOP_KINDS = {
    "exact_repeat": loop_exact_repeat,
    "paraphrased_repeat": loop_paraphrased_repeat,
    "ab_oscillation": loop_ab_oscillation,
    "failing_tool_retry": loop_failing_tool_retry,
    "same_action_same_observation": loop_same_action_same_observation,
    "identical_monologue": loop_identical_monologue,
    "identical_tool_calls": loop_identical_tool_calls,
    "cursor_not_advanced": loop_cursor_not_advanced,
    "stalled_job_polling": loop_stalled_job_polling,
    "handoff_ping_pong": loop_handoff_ping_pong,
    "reformulated_query_same_hits": loop_reformulated_query_same_hits,
    "malformed_output_resubmission": loop_malformed_output_resubmission,
    "three_step_cycle": loop_three_step_cycle,
}

PROGRESS_KINDS = {
    "rerun_after_fix": prog_rerun_after_fix,
    "summarising_related_documents": prog_summarising_related_documents,
    "alternating_apply_verify": prog_alternating_apply_verify,
    "retry_with_corrected_args": prog_retry_with_corrected_args,
    "work_queue_draining": prog_work_queue_draining,
    "templated_status_updates": prog_templated_status_updates,
    "fan_out_batch_calls": prog_fan_out_batch_calls,
    "cursor_pagination": prog_cursor_pagination,
    "advancing_job_polling": prog_advancing_job_polling,
    "specialist_handoff_chain": prog_specialist_handoff_chain,
    "narrowing_search": prog_narrowing_search,
    "output_fixes_converging": prog_output_fixes_converging,
    "batch_item_walk": prog_batch_item_walk,
}


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        for kind, fn in kinds.items():
            for di, dom in enumerate(DOMAINS):
                row_id = "%s-%s-%s-%03d" % (SET, label, kind, di + 1)
                ctx = Ctx(random.Random(f"{SEED}-{row_id}"), dom, di)
                rows.append(
                    {
                        "id": row_id,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": fn(ctx),
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
