"""Blind trajectory set 77: 208 labelled agent trajectories (standard library only)."""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7777
OUT = Path(__file__).with_name("trajectories.jsonl")
PREFIX = "seventyseventh"

SERVERS = ["edge-a1", "edge-b4", "api-7f", "api-2c", "node-03", "node-11", "lb-east-2", "lb-west-1"]


def hexid(r: random.Random, n: int = 12) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


class Clock:
    def __init__(self, r: random.Random) -> None:
        self.day = r.randint(3, 27)
        self.sec = r.randint(7 * 3600, 17 * 3600)

    def tick(self, r: random.Random) -> str:
        self.sec += r.randint(2, 95)
        h, rem = divmod(self.sec, 3600)
        m, s = divmod(rem, 60)
        return "2026-11-%02dT%02d:%02d:%02dZ" % (self.day, h % 24, m, s)


# ---------------------------------------------------------------- formatters


def flat(payload: dict, prefix: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for k, v in payload.items():
        key = prefix + k
        if isinstance(v, dict):
            out.extend(flat(v, key + "."))
        elif isinstance(v, list):
            if v and isinstance(v[0], dict):
                for i, item in enumerate(v):
                    out.extend(flat(item, "%s[%d]." % (key, i)))
            else:
                out.append((key, ",".join(str(x) for x in v) if v else "-"))
        elif v is None:
            out.append((key, "null"))
        else:
            out.append((key, str(v)))
    return out


def fmt_json_envelope(r, ts, payload, error):
    env = {"ok": not error, "request_id": "req_" + hexid(r, 16), "served_at": ts}
    if error:
        env["error"] = payload
    else:
        env["data"] = payload
    env["meta"] = {"cache_age_s": r.randint(0, 240), "region": r.choice(["eu-west", "us-east"])}
    return json.dumps(env)


def fmt_table(r, ts, payload, error):
    head = "[%s] INFO oresults host=%s took=%dms trace=%s" % (
        ts,
        r.choice(SERVERS),
        r.randint(12, 480),
        hexid(r, 10),
    )
    if error:
        return "%s\nERROR %s: %s\nexit status 2" % (head, payload["code"], payload["message"])
    rows = None
    extra = {}
    for k, v in payload.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            rows = v
        else:
            extra[k] = v
    lines = [head]
    for k, v in flat(extra):
        lines.append("%-14s %s" % (k + ":", v))
    if rows:
        cols = list(rows[0].keys())
        widths = [max(len(c), *(len(str(x[c])) for x in rows)) for c in cols]
        lines.append("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths, strict=True)))
        lines.extend(
            "  ".join(str(x[c]).ljust(w) for c, w in zip(cols, widths, strict=True)) for x in rows
        )
    elif isinstance(payload.get("rows"), list):
        lines.append("(no rows)")
    return "\n".join(lines)


def fmt_kv(r, ts, payload, error):
    head = "rid=%s at=%s srv=%s seq=%d" % (
        hexid(r, 8),
        ts,
        r.choice(SERVERS),
        r.randint(1000, 99999),
    )
    if error:
        return "%s status=error code=%s msg=%r" % (head, payload["code"], payload["message"])
    body = " ".join("%s=%s" % (k, v.replace(" ", "_")) for k, v in flat(payload))
    return "%s status=ok %s" % (head, body)


def fmt_http(r, ts, payload, error):
    code = payload.get("http", 500) if error else 200
    reason = {200: "OK", 409: "Conflict", 422: "Unprocessable Entity", 503: "Service Unavailable"}
    body = {k: v for k, v in payload.items() if k != "http"}
    return (
        "HTTP/1.1 %d %s\nDate: %s\nContent-Type: application/json\nX-Request-Id: %s\n"
        "X-RateLimit-Remaining: %d\nAge: %d\nVia: 1.1 %s\n\n%s"
        % (
            code,
            reason.get(code, "Error"),
            ts,
            hexid(r, 8) + "-" + hexid(r, 4) + "-" + hexid(r, 4),
            r.randint(40, 599),
            r.randint(0, 90),
            r.choice(SERVERS),
            json.dumps(body),
        )
    )


def fmt_graphql(r, ts, payload, error):
    ext = {"traceId": hexid(r, 24), "cost": {"requested": r.randint(3, 40), "throttleStatus": {}}}
    ext["cost"]["throttleStatus"] = {"currentlyAvailable": r.randint(200, 1000), "at": ts}
    if error:
        doc = {
            "data": None,
            "errors": [{"message": payload["message"], "extensions": {"code": payload["code"]}}],
            "extensions": ext,
        }
    else:
        doc = {"data": payload, "extensions": ext}
    return json.dumps(doc)


def xml(payload) -> str:
    parts = []
    for k, v in payload.items():
        if isinstance(v, dict):
            parts.append("<%s>%s</%s>" % (k, xml(v), k))
        elif isinstance(v, list):
            inner = "".join("<item>%s</item>" % (xml(x) if isinstance(x, dict) else x) for x in v)
            parts.append('<%s count="%d">%s</%s>' % (k, len(v), inner, k))
        else:
            parts.append("<%s>%s</%s>" % (k, v, k))
    return "".join(parts)


def fmt_xml(r, ts, payload, error):
    attrs = 'rid="%s" node="%s" generated="%s"' % (hexid(r, 10), r.choice(SERVERS), ts)
    if error:
        return "<fault %s><code>%s</code><text>%s</text></fault>" % (
            attrs,
            payload["code"],
            payload["message"],
        )
    return "<response %s>%s</response>" % (attrs, xml(payload))


def yaml(payload, ind: int = 0) -> list[str]:
    pad = "  " * ind
    out = []
    for k, v in payload.items():
        if isinstance(v, dict):
            out.append("%s%s:" % (pad, k))
            out.extend(yaml(v, ind + 1))
        elif isinstance(v, list):
            if not v:
                out.append("%s%s: []" % (pad, k))
                continue
            out.append("%s%s:" % (pad, k))
            for x in v:
                if isinstance(x, dict):
                    sub = yaml(x, ind + 2)
                    out.append("%s  - %s" % (pad, sub[0].strip()))
                    out.extend(sub[1:])
                else:
                    out.append("%s  - %s" % (pad, x))
        else:
            out.append("%s%s: %s" % (pad, k, "null" if v is None else v))
    return out


def fmt_yaml(r, ts, payload, error):
    head = ["---", "trace: %s" % hexid(r, 12), "at: %s" % ts, "mes_node: %s" % r.choice(SERVERS)]
    if error:
        return "\n".join([*head, "error:", *yaml(payload, 1)])
    return "\n".join([*head, "result:", *yaml(payload, 1)])


def fmt_csv(r, ts, payload, error):
    head = "# shopctl %s req=%s cache=%ds" % (ts, hexid(r, 8), r.randint(0, 300))
    if error:
        return '%s\nerror,code,message\ntrue,%s,"%s"' % (head, payload["code"], payload["message"])
    rows = None
    extra = {}
    for k, v in payload.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            rows = v
        else:
            extra[k] = v
    lines = [head]
    if extra:
        kv = flat(extra)
        lines.append(",".join(k for k, _ in kv))
        lines.append(",".join('"%s"' % v if "," in v else v for _, v in kv))
    if rows:
        cols = list(rows[0].keys())
        lines.append(",".join(cols))
        lines.extend(",".join(str(x[c]) for c in cols) for x in rows)
    return "\n".join(lines)


# ---------------------------------------------------------------- domains


def dom(**kw):
    return kw


DOMAINS = [
    dom(
        name="newspaper_obituary_desk",
        who="family",
        what="a regional paper's paid death-notice desk",
        style="snake_case",
        fmt=fmt_json_envelope,
        fmt_name="JSON envelope (ok, request_id, data, meta)",
        tools={
            "get": "obit_get_notice",
            "search": "obit_search_notices",
            "update": "obit_update_notice",
            "list": "obit_list_print_queue",
            "status": "obit_typeset_status",
            "submit": "obit_send_to_typeset",
            "validate": "obit_preflight_check",
            "wait": "obit_sleep",
            "handoff": "obit_route_ticket",
        },
        idkey="notice_id",
        noun="notice",
        nouns="notices",
        mkid=lambda r: "OB-2026-%05d" % r.randint(10000, 99999),
        names=[
            "Margaret Ellery",
            "Desmond Okafor",
            "Ruth Vandermeer",
            "Patrick Nolan",
            "Ivy Szabo",
        ],
        attrs=lambda r: {
            "funeral_home": r.choice(["Hartley & Sons", "Greenwood FH", "St. Anne Chapels"]),
            "run_date": "2026-12-%02d" % r.randint(1, 20),
            "words": r.randint(110, 420),
            "photo": r.choice(["yes", "no"]),
        },
        queries=["surname Okafor run week 48", "Hartley & Sons unpaid", "photo pending Thursday"],
        flip=(
            "run_date",
            "2026-12-03",
            "2026-12-05",
            "run_date precedes service_date 2026-12-04 by more than 1 day",
            "run_date is after the service on 2026-12-04; family asked for it before",
        ),
        fix2=(
            "photo_credit",
            "",
            "Courtesy of the family",
            "photo attached but photo_credit empty",
        ),
        teams=["classifieds", "newsroom-copydesk", "billing"],
        stages=["queued", "hyphenating", "column-fit", "proof-ready"],
        errors=("TYPESET_UNAVAILABLE", "typeset bridge timed out after 30000 ms"),
        badarg=("run_date", "12/05/2026", "2026-12-05", "run_date must be YYYY-MM-DD"),
        req_find="A funeral home says they sent a notice for %s last week but it never ran. Can you find it?",
        req_fix="Notice %s is bouncing at preflight. Please get it ready for Saturday's edition.",
        req_list="I need every notice in the print queue for Friday with word counts, for billing.",
        req_job="Please push notice %s to typesetting and tell me when the proof is ready.",
        req_route="The family of notice %s is disputing the invoice. Get it to whoever handles that.",
    ),
    dom(
        name="orienteering_event_results",
        who="runner",
        what="results office for a weekend orienteering event (SI punch data)",
        style="CLI subcommands (oresults ...)",
        fmt=fmt_table,
        fmt_name="log line header plus fixed-width table",
        tools={
            "get": "oresults runner show",
            "search": "oresults punches grep",
            "update": "oresults runner set",
            "list": "oresults class dump",
            "status": "oresults publish status",
            "submit": "oresults publish push",
            "validate": "oresults course verify",
            "wait": "sleep",
            "handoff": "oresults ticket assign",
        },
        idkey="si_card",
        noun="runner",
        nouns="runners",
        mkid=lambda r: "%d" % r.randint(2000000, 8999999),
        names=["Linnea Holm", "Tomas Rydberg", "Aoife Brennan", "Kasper Dahl", "Nina Petrova"],
        attrs=lambda r: {
            "class": r.choice(["M21E", "W35", "M45", "W21A"]),
            "time": "%d:%02d:%02d" % (r.randint(0, 1), r.randint(10, 59), r.randint(0, 59)),
            "controls": "%d/%d" % (r.randint(14, 19), 19),
            "club": r.choice(["OK Linne", "Bishopstown OC", "Tampere SK"]),
        },
        queries=["control 147 missing M21E", "card 5512 duplicate start", "late finish W35"],
        flip=(
            "course",
            "M21E-long",
            "M21E-short",
            "punch sequence mismatches M21E-long at control 8 (expected 147, got 152)",
            "punch sequence mismatches M21E-short at control 3 (expected 131, got 147)",
        ),
        fix2=("start_time", "", "10:42:00", "start_time empty for a non-punching start"),
        teams=["event-controller", "timing-team", "entries-secretary"],
        stages=["queued", "merging splits", "rendering HTML", "uploaded"],
        errors=("EHOSTUNREACH", "cannot reach results server 10.4.0.12:443"),
        badarg=("class", "M21 Elite", "M21E", "unknown class 'M21 Elite'"),
        req_find="SI card %s shows a mispunch but the runner swears she visited every control. Look into it.",
        req_fix="Runner with card %s fails course verification. Sort it before we publish provisional results.",
        req_list="Dump the full M21E class with times and controls for the prize-giving sheet.",
        req_job="Publish provisional results including card %s and tell me when they're live.",
        req_route="Runner on card %s filed a protest about control 147. Route it properly.",
    ),
    dom(
        name="rodeo_stock_draws",
        who="contestant",
        what="a stock contractor's draw office for rodeo rough-stock events",
        style="RPC verbs (Draws.Get, Stock.Update)",
        fmt=fmt_kv,
        fmt_name="single-line key=value with rid/srv/seq noise",
        tools={
            "get": "Draws.Get",
            "search": "Stock.Find",
            "update": "Draws.Amend",
            "list": "Draws.List",
            "status": "Sheets.PrintStatus",
            "submit": "Sheets.Print",
            "validate": "Draws.Validate",
            "wait": "Clock.Sleep",
            "handoff": "Desk.Assign",
        },
        idkey="draw_id",
        noun="draw",
        nouns="draws",
        mkid=lambda r: "DR-%s-%03d" % (r.choice(["BB", "SB", "BR"]), r.randint(100, 999)),
        names=["Colt Harlan", "Jesse Ortega", "Wade McCrae", "Tanner Boyd", "Luis Saldana"],
        attrs=lambda r: {
            "animal": r.choice(["Smoke Signal #412", "Dirt Road #87", "Mesa Queen #233"]),
            "perf": "perf%d" % r.randint(1, 6),
            "chute": r.randint(1, 8),
            "vet": r.choice(["cleared", "cleared", "recheck"]),
        },
        queries=["bulls not vetted perf3", "saddle bronc unassigned chute", "rider scratch Boyd"],
        flip=(
            "animal",
            "Smoke Signal #412",
            "Dirt Road #87",
            "Smoke Signal #412 already drawn in perf2 slot 4",
            "Dirt Road #87 bucked in perf1; rest rule requires 48h",
        ),
        fix2=("rider_card", "", "PRCA-44817", "rider_card missing for entered contestant"),
        teams=["rodeo-secretary", "stock-vet", "judges-desk"],
        stages=["queued", "rendering", "spooling", "printed"],
        errors=("SPOOLER_BUSY", "printer office-1 rejected job: spool locked"),
        badarg=("perf", "Performance 3", "perf3", "perf must match perf[1-9]"),
        req_find="Rider says draw %s lists the wrong bull. Check what's actually on the sheet.",
        req_fix="Draw %s won't validate. The sheets go to the chutes in an hour.",
        req_list="Give me every bareback draw for the weekend with chute numbers.",
        req_job="Print the day sheets including draw %s and confirm they came out.",
        req_route="Contestant on draw %s is protesting a re-ride call. Get it to the right desk.",
    ),
    dom(
        name="surfboard_shaping_orders",
        who="customer",
        what="a custom surfboard shaper's order pipeline (CNC blank cutting, glassing)",
        style="REST paths (GET /v2/orders/{id})",
        fmt=fmt_http,
        fmt_name="raw HTTP response with headers and JSON body",
        tools={
            "get": "GET /v2/orders/{id}",
            "search": "GET /v2/orders?q=",
            "update": "PATCH /v2/orders/{id}",
            "list": "GET /v2/glassing-queue",
            "status": "GET /v2/cnc-jobs/{id}",
            "submit": "POST /v2/cnc-jobs",
            "validate": "POST /v2/orders/{id}/validate",
            "wait": "POST /internal/sleep",
            "handoff": "POST /v2/orders/{id}/assign",
        },
        idkey="order_id",
        noun="order",
        nouns="orders",
        mkid=lambda r: "SB-%d" % r.randint(14000, 19999),
        names=["Kai Mahoe", "Sofia Reyes", "Jack Thorne", "Mele Fonoti", "Ben Castillo"],
        attrs=lambda r: {
            "model": r.choice(["fish 5'8", "step-up 6'6", "mid 7'2", "longboard 9'1"]),
            "volume_l": round(r.uniform(28, 62), 1),
            "fins": r.choice(["thruster", "quad", "twin+stab"]),
            "glass": r.choice(["4+4 volan", "6+4 poly", "epoxy 4oz"]),
        },
        queries=["fish quad unpaid deposit", "volume > 40 epoxy", "Reyes step-up"],
        flip=(
            "fins",
            "quad",
            "thruster",
            "quad box layout needs tail width >= 14.5in; template is 14.1in",
            "thruster needs centre box; rocker file has no centre plug",
        ),
        fix2=("rail_profile", "", "50/50 soft", "rail_profile required before CNC"),
        teams=["shaping-bay", "glassing", "front-desk"],
        stages=["queued", "roughing", "finishing pass", "done"],
        errors=("503", "cnc-controller unavailable"),
        badarg=("volume_l", "32,5", "32.5", "volume_l must be a number"),
        req_find="Customer says order %s was paid but the board never went to CNC. Find out what happened.",
        req_fix="Order %s is failing validation, please fix it so it can be cut this week.",
        req_list="List everything waiting for glassing with models and glass schedule.",
        req_job="Send order %s to the CNC and tell me when the blank is cut.",
        req_route="Customer on order %s wants a refund over a ding. Route it to whoever owns that.",
    ),
    dom(
        name="velodrome_track_bookings",
        who="rider",
        what="an indoor velodrome's track-time booking and accreditation system",
        style="GraphQL operations (query TrackSession, mutation BookSlot)",
        fmt=fmt_graphql,
        fmt_name="GraphQL JSON with data/errors and extensions.traceId/cost",
        tools={
            "get": "query TrackSession",
            "search": "query SearchBookings",
            "update": "mutation UpdateBooking",
            "list": "query SlotsConnection",
            "status": "query RosterExportJob",
            "submit": "mutation StartRosterExport",
            "validate": "query ValidateBooking",
            "wait": "mutation Sleep",
            "handoff": "mutation AssignCase",
        },
        idkey="bookingId",
        noun="booking",
        nouns="bookings",
        mkid=lambda r: "VB%07d" % r.randint(1000000, 9999999),
        names=["Harriet Lowe", "Matteo Ricci", "Ama Boateng", "Jonas Weber", "Priya Nair"],
        attrs=lambda r: {
            "session": r.choice(["open-track", "accreditation-2", "team-pursuit", "keirin-club"]),
            "start": "2026-12-%02dT%02d:00" % (r.randint(1, 20), r.randint(6, 21)),
            "bikeHire": r.choice([True, False]),
            "accreditation": r.choice(["level1", "level2", "none"]),
        },
        queries=["level2 missing December", "team pursuit block hire", "bike hire 54cm"],
        flip=(
            "session",
            "open-track",
            "accreditation-2",
            "rider accreditation level1 below open-track minimum level2",
            "accreditation-2 requires completed accreditation-1 within 90 days",
        ),
        fix2=("emergencyContact", "", "+44 7700 900412", "emergencyContact required"),
        teams=["coaching", "front-of-house", "membership"],
        stages=["QUEUED", "COLLECTING", "RENDERING_PDF", "COMPLETE"],
        errors=("UPSTREAM_TIMEOUT", "membership service did not answer in 10s"),
        badarg=("start", "Tue 7pm", "2026-12-08T19:00", "start must be an ISO-8601 datetime"),
        req_find="Rider says booking %s vanished from their account. Where is it?",
        req_fix="Booking %s keeps failing validation. Can you make it valid for Tuesday?",
        req_list="I need every slot booked for December with accreditation levels.",
        req_job="Export the coaching roster including booking %s and tell me when it's ready.",
        req_route="Booking %s: the rider crashed and wants a refund. Send it to the right team.",
    ),
    dom(
        name="waterbird_ringing_records",
        who="ringer",
        what="a national bird-ringing scheme's encounter database for waterbirds",
        style="dotted namespaces (ringing.encounter.get)",
        fmt=fmt_xml,
        fmt_name="XML-ish <response rid node generated> documents",
        tools={
            "get": "ringing.encounter.get",
            "search": "ringing.encounter.search",
            "update": "ringing.encounter.amend",
            "list": "ringing.batch.list",
            "status": "ringing.export.status",
            "submit": "ringing.export.start",
            "validate": "ringing.encounter.validate",
            "wait": "util.sleep",
            "handoff": "ringing.query.assign",
        },
        idkey="ring",
        noun="encounter",
        nouns="encounters",
        mkid=lambda r: "%s%d" % (r.choice(["GR", "FA", "EA", "CT"]), r.randint(10000, 99999)),
        names=["Whooper Swan", "Eurasian Teal", "Black-tailed Godwit", "Greylag Goose", "Redshank"],
        attrs=lambda r: {
            "site": r.choice(["Loch Leven", "Ouse Washes", "Slimbridge", "Montrose Basin"]),
            "date": "2026-%02d-%02d" % (r.randint(1, 10), r.randint(1, 28)),
            "age_code": r.choice(["3", "4", "5", "6"]),
            "condition": r.choice(["alive", "alive", "dead-fresh"]),
        },
        queries=["GR colour ring Slimbridge 2026", "teal recovered abroad", "godwit age 3"],
        flip=(
            "age_code",
            "3",
            "5",
            "age_code 3 (first-year) conflicts with ringing as adult in 2023",
            "age_code 5 conflicts with moult score recorded as juvenile",
        ),
        fix2=("ringer_permit", "", "C-3318", "ringer_permit missing for ringing event"),
        teams=["data-validation", "colour-ring-coordinator", "recoveries-desk"],
        stages=["queued", "selecting", "writing", "ready"],
        errors=("DB_LOCK", "encounter table locked by nightly reindex"),
        badarg=("date", "14/03/26", "2026-03-14", "date must be ISO yyyy-mm-dd"),
        req_find="A birder reported ring %s on a swan at Loch Leven; the lookup says unknown. Check it.",
        req_fix="Encounter for ring %s fails validation. Please correct it before the quarterly submit.",
        req_list="Give me every encounter in the Ouse Washes batch with age codes.",
        req_job="Run the EURING export for ring %s's scheme and tell me when it's ready.",
        req_route="The finder of ring %s is asking for the bird's history. Route it to the right desk.",
    ),
    dom(
        name="yarn_spinning_mill_orders",
        who="buyer",
        what="a worsted spinning mill's order and spin-lot MES",
        style="camelCase methods (getSpinLot, amendOrder)",
        fmt=fmt_yaml,
        fmt_name="YAML-ish documents with trace/at/mes_node",
        tools={
            "get": "getSpinLot",
            "search": "findOrders",
            "update": "amendOrder",
            "list": "listFrameQueue",
            "status": "getDoffJob",
            "submit": "startDoffJob",
            "validate": "checkOrderSpec",
            "wait": "sleepSeconds",
            "handoff": "assignToDesk",
        },
        idkey="lotNo",
        noun="lot",
        nouns="lots",
        mkid=lambda r: "L%d-%02d" % (r.randint(4100, 4999), r.randint(1, 40)),
        names=[
            "Harrogate Knitwear",
            "Brodie & Pike",
            "Nordstrik AS",
            "Tweedside Mills",
            "Ona Yarns",
        ],
        attrs=lambda r: {
            "count": r.choice(["2/28 Nm", "2/48 Nm", "1/15 Nm", "3/9 Nm"]),
            "fibre": r.choice(["merino 19.5um", "lambswool", "merino/silk 70/30"]),
            "twist_tpm": r.randint(380, 720),
            "kg": r.randint(120, 1800),
        },
        queries=["merino 2/48 unshipped", "twist out of spec week 47", "Nordstrik outstanding"],
        flip=(
            "twist_tpm",
            "640",
            "540",
            "twist 640 tpm above max 600 for 2/28 Nm knitting spec",
            "twist 540 tpm below pilling minimum 560 agreed with buyer",
        ),
        fix2=("dye_ref", "", "PANTONE 19-4052", "dye_ref required for piece-dyed order"),
        teams=["planning", "quality-lab", "customer-service"],
        stages=["queued", "spinning", "doffing", "complete"],
        errors=("PLC_TIMEOUT", "ring frame 7 PLC did not answer"),
        badarg=("count", "2-48", "2/48 Nm", "count must look like 2/48 Nm"),
        req_find="Customer says lot %s shipped short. Find out what the mill recorded.",
        req_fix="Lot %s fails spec check. Please make it pass before it goes on the frame.",
        req_list="List everything queued on the ring frames with counts and kilos.",
        req_job="Start the doff job for lot %s and tell me when it's complete.",
        req_route="Buyer on lot %s is claiming pilling. Route it to the right desk.",
    ),
    dom(
        name="zero_waste_refill_shop",
        who="customer",
        what="a zero-waste refill shop's stock, jar deposit and supplier system",
        style="colon CLI (shopctl stock:get)",
        fmt=fmt_csv,
        fmt_name="CSV with a '# shopctl' comment header",
        tools={
            "get": "shopctl stock:get",
            "search": "shopctl stock:search",
            "update": "shopctl stock:set",
            "list": "shopctl bins:list",
            "status": "shopctl reorder:status",
            "submit": "shopctl reorder:send",
            "validate": "shopctl stock:lint",
            "wait": "shopctl util:wait",
            "handoff": "shopctl issue:assign",
        },
        idkey="sku",
        noun="bin",
        nouns="bins",
        mkid=lambda r: (
            "ZW-%s-%03d" % (r.choice(["OAT", "LEN", "SOAP", "RICE", "NUT"]), r.randint(1, 400))
        ),
        name_for=lambda rid: {
            "OAT": "rolled oats",
            "LEN": "red lentils",
            "SOAP": "castile soap",
            "RICE": "basmati rice",
            "NUT": "cashews",
        }[rid.split("-")[1]],
        names=["rolled oats", "red lentils", "castile soap", "basmati rice", "cashews"],
        attrs=lambda r: {
            "on_hand_kg": round(r.uniform(0.4, 24.0), 2),
            "par_kg": r.choice([5, 8, 10, 15]),
            "supplier": r.choice(["Suma", "Infinity Foods", "Greencity", "BulkBarn"]),
            "organic": r.choice(["y", "n"]),
        },
        queries=["below par organic", "Suma lentils", "soap refill low"],
        flip=(
            "unit",
            "kg",
            "l",
            "unit kg invalid for liquid product class SOAP",
            "unit l conflicts with supplier price list (per kg)",
        ),
        fix2=("allergen", "", "tree nuts", "allergen field required for NUT class"),
        teams=["buying", "floor-staff", "accounts"],
        stages=["drafted", "sent", "acknowledged", "confirmed"],
        errors=("SMTP_421", "supplier mail relay deferred message"),
        badarg=("qty", "ten", "10", "qty must be an integer"),
        req_find="A customer says %s was empty all weekend but the till still sold it. What's going on?",
        req_fix="SKU %s fails the stock lint. Can you fix it before the weekly reorder?",
        req_list="Give me every bin on the floor with on-hand and par levels.",
        req_job="Send the reorder that covers %s and tell me when the supplier confirms.",
        req_route="A customer wants their jar deposits refunded for %s purchases. Route it.",
    ),
]


# ---------------------------------------------------------------- row context


class Row:
    def __init__(self, d: dict, r: random.Random) -> None:
        self.d = d
        self.r = r
        self.clock = Clock(r)
        self.steps: list[dict] = []

    def newid(self) -> str:
        return self.d["mkid"](self.r)

    def record(self, rid: str, attrs: dict | None = None, name: str | None = None) -> dict:
        if name is None:
            name = (
                self.d["name_for"](rid) if "name_for" in self.d else self.r.choice(self.d["names"])
            )
        rec = {self.d["idkey"]: rid, "name": name}
        rec.update(attrs if attrs is not None else self.d["attrs"](self.r))
        return rec

    def tname(self, op: str, rid: str = "") -> str:
        t = self.d["tools"][op]
        return t.replace("{id}", rid) if rid and "{id}" in t else t

    def obs(self, payload: dict, error: bool = False) -> str:
        return self.d["fmt"](self.r, self.clock.tick(self.r), payload, error)

    def llm(self, text: str, observation: str = "") -> None:
        self.steps.append({"kind": "llm", "text": text, "observation": observation})

    def tool(self, op: str, args: dict, payload: dict, error: bool = False) -> None:
        rid = str(args.get(self.d["idkey"], ""))
        if op == "wait":
            self.clock.sec += int(args.get("seconds", 0))
        self.steps.append(
            {
                "kind": "tool",
                "tool": self.tname(op, rid),
                "args": args,
                "observation": self.obs(payload, error),
                "error": error,
            }
        )

    def pick(self, options: list[str]) -> str:
        return self.r.choice(options)


def fill(text: str, **kw) -> str:
    return text.format(**kw)


OPENERS = [
    "On it.",
    "Sure, looking into it now.",
    "Understood. I'll start with what the system has.",
    "Okay, let me pull the details.",
    "Got it, I'll take a look.",
]


def finish(row: Row, n: int, lines: list[str]) -> None:
    need = n - len(row.steps)
    if need > 0:
        for text in lines[len(lines) - need :]:
            row.llm(text)


def start(row: Row, req: str, rid: str = "") -> None:
    text = row.pick(OPENERS)
    row.llm(text, req % rid if "%s" in req else req)


# ---------------------------------------------------------------- loop kinds


def loop_exact_repeat(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_find"], rid)
    rec = row.record(rid)
    line = row.pick(
        [
            "I'll pull {noun} {rid} and confirm what's on file before changing anything.",
            "Let me open {noun} {rid} to see the current details.",
            "Checking the {noun} record for {rid} first.",
            "Checking that {rid} matches the request before I touch it.",
            "Found {rid}. Let me confirm what's on file; once that's done I'll fix it.",
            "The {noun} {rid} is the one the request is about. Checking the details before I update it.",
        ]
    )
    line = fill(line, noun=d["noun"], rid=rid)
    while len(row.steps) < n:
        row.llm(line)
        if len(row.steps) < n:
            row.tool("get", {d["idkey"]: rid}, dict(rec))


def loop_paraphrased_repeat(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_find"], rid)
    q = row.r.choice(d["queries"])
    hits = {"query": q, "total": 0, "hits": []}
    lines = [
        "Let me search the {nouns} for this.",
        "I'll look it up in the {noun} index.",
        "Searching for the matching {noun} now.",
        "Let me run a lookup for it in the {nouns}.",
        "I'll query the {nouns} to track this down.",
        "Going to find the {noun} through search.",
    ]
    row.r.shuffle(lines)
    i = 0
    while len(row.steps) < n:
        row.llm(fill(lines[i % len(lines)], noun=d["noun"], nouns=d["nouns"]))
        i += 1
        if len(row.steps) < n:
            row.tool("search", {"q": q}, dict(hits))


def loop_ab_oscillation(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_find"], rid)
    rec = row.record(rid)
    q = row.r.choice(d["queries"])
    srch = {"query": q, "total": 1, "hits": [rid]}
    k = 0
    while len(row.steps) < n:
        if k % 2 == 0:
            row.tool("get", {d["idkey"]: rid}, dict(rec))
        else:
            row.tool("search", {"q": q}, dict(srch))
        k += 1
        if k == 2 and len(row.steps) < n - 1:
            row.llm(
                row.pick(
                    [
                        "The search points to %s; I'll cross-check it against the record.",
                        "Search and record both mention %s. Cross-referencing.",
                    ]
                )
                % rid
            )


def loop_failing_tool_retry(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_job"], rid)
    code, msg = d["errors"]
    args = {d["idkey"]: rid, "priority": "normal"}
    notes = [
        "The call didn't go through. Sending it through to the {noun} pipeline.",
        "That failed upstream; submitting the job for {rid}.",
        "No luck there. I'll submit {rid} so the job can start.",
        "Submitting the job for {rid}; the {who} is waiting on it.",
        "Upstream wasn't ready. Sending {rid} through so it's done today.",
    ]
    i = 0
    while len(row.steps) < n:
        row.tool("submit", dict(args), {"code": code, "message": msg, "http": 503}, error=True)
        if len(row.steps) < n and i % 2 == 0:
            row.llm(fill(notes[(i // 2) % len(notes)], noun=d["noun"], rid=rid, who=d["who"]))
        i += 1


def loop_same_action_same_observation(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_job"], rid)
    job = "job-" + hexid(row.r, 6)
    payload = {"job": job, "state": d["stages"][1], "pct": 35, "detail": "waiting on worker"}
    lines = [
        "Let me check the status of {job}.",
        "Checking {job} again.",
        "I'll look at where {job} stands.",
        "Not done yet. Checking the job state for {rid}.",
        "Once {job} has finished I'll report back. Checking where it is.",
    ]
    i = 0
    while len(row.steps) < n:
        if i % 2 == 1:
            row.llm(fill(lines[(i // 2) % len(lines)], job=job, rid=rid))
        else:
            row.tool("status", {"job_id": job}, dict(payload))
        i += 1


def loop_identical_monologue(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_fix"], rid)
    text = row.pick(
        [
            "I need to review the {noun} {rid} and work out which field is causing the failure, "
            "then fix it.",
            "Plan: look at {rid}, find the failing field, correct it, and run the check.",
            "To resolve this I'll inspect {noun} {rid}, identify the invalid value and correct it.",
        ]
    )
    text = fill(text, noun=d["noun"], rid=rid)
    while len(row.steps) < n:
        row.llm(text)


def loop_identical_tool_calls(row: Row, n: int) -> None:
    d = row.d
    start(row, d["req_list"])
    items = [row.record(row.newid()) for _ in range(3)]
    row.llm(
        row.pick(
            ["Pulling the full listing.", "I'll fetch the list first.", "Getting the table ready."]
        )
    )
    while len(row.steps) < n:
        row.tool("list", {"limit": 3}, {"rows": [dict(x) for x in items], "next_cursor": None})


def loop_validation_fix_revert(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_fix"], rid)
    field, v1, v2, m1, m2 = d["flip"]
    cur = v1
    while len(row.steps) < n:
        msg = m1 if cur == v1 else m2
        row.tool(
            "validate",
            {d["idkey"]: rid},
            {"valid": False, "violations": [{"field": field, "rule": msg}]},
        )
        if len(row.steps) >= n:
            break
        new = v2 if cur == v1 else v1
        row.llm(
            row.pick(
                [
                    "The check rejects %s=%s. Changing it to %s should satisfy it."
                    % (field, cur, new),
                    "%s is the problem (%s). Setting %s to %s." % (field, cur, field, new),
                    "It rejected %s=%s as the wrong value for this rule. Trying %s instead."
                    % (field, cur, new),
                ]
            )
        )
        if len(row.steps) >= n:
            break
        row.tool(
            "update",
            {d["idkey"]: rid, "set": {field: new}},
            {d["idkey"]: rid, "updated": [field], field: new},
        )
        cur = new


def loop_stale_cursor_pagination(row: Row, n: int) -> None:
    d = row.d
    start(row, d["req_list"])
    first = [row.record(row.newid()) for _ in range(2)]
    second = [row.record(row.newid()) for _ in range(2)]
    c1 = "c_" + hexid(row.r, 10)
    c2 = "c_" + hexid(row.r, 10)
    row.tool("list", {"limit": 2}, {"rows": first, "next_cursor": c1})
    notes = [
        "Got {k} {nouns} so far. Continuing from the cursor.",
        "Collected those. Fetching the following batch with the cursor.",
        "Adding these to the sheet and continuing the listing.",
    ]
    i = 0
    while len(row.steps) < n:
        row.llm(fill(notes[i % len(notes)], k=2 * (i + 2), nouns=d["nouns"]))
        i += 1
        if len(row.steps) < n:
            row.tool(
                "list",
                {"limit": 2, "cursor": c1},
                {"rows": [dict(x) for x in second], "next_cursor": c2},
            )


def loop_confirmation_seeking_stall(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_fix"], rid)
    field, v1, v2, _m1, _m2 = d["flip"]
    asks = [
        "Before I change anything: I'd set {field} on {rid} from {v1} to {v2}. Shall I go ahead?",
        "To confirm, the change is {field}: {v1} -> {v2} on {noun} {rid}. Is that what you want?",
        "Just so we're aligned, I'll update {field} to {v2} for {rid}. Okay to proceed?",
        "I want to be careful here. Setting {field}={v2} on {rid} - please confirm.",
        "Ready to update {rid}: {field} becomes {v2}. Once you confirm, I'll make the change and tell the {who}.",
    ]
    replies = [
        "Yes, go ahead.",
        "Yes, that's right. Please do it.",
        "Confirmed. Go ahead and make the change.",
        "Yes - I already said yes, just do it please.",
        "Yes.",
    ]
    row.tool("get", {d["idkey"]: rid}, row.record(rid, {field: v1}))
    i = 0
    while len(row.steps) < n:
        row.llm(
            fill(
                asks[i % len(asks)],
                field=field,
                rid=rid,
                v1=v1,
                v2=v2,
                noun=d["noun"],
                who=d["who"],
            ),
            replies[i % len(replies)],
        )
        i += 1


def loop_frozen_job_polling(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_job"], rid)
    job = "J" + hexid(row.r, 8)
    row.tool("submit", {d["idkey"]: rid}, {"job": job, "state": d["stages"][0]})
    hb = row.clock.tick(row.r)
    frozen = {"job": job, "state": d["stages"][2], "pct": 62, "last_heartbeat": hb}
    secs = row.r.choice([30, 45, 60])
    while len(row.steps) < n:
        row.tool("wait", {"seconds": secs}, {"slept_s": secs})
        if len(row.steps) < n:
            row.tool("status", {"job_id": job}, dict(frozen))
        if len(row.steps) < n - 1 and row.r.random() < 0.4:
            row.llm(
                row.pick(
                    [
                        "Not finished yet - %s at 62%%. Giving it a bit longer." % d["stages"][2],
                        "Once it reaches the end I'll tell you. Checking in a moment.",
                        "Job %s is working through %s; waiting for it to finish."
                        % (job, d["stages"][2]),
                    ]
                )
            )


def loop_verify_rewrite_spiral(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_fix"], rid)
    field, _cur, val, _msg = d["fix2"]
    rec = row.record(rid)
    rec[field] = val
    row.tool("update", {d["idkey"]: rid, "set": {field: val}}, {"updated": [field], "version": 4})
    notes = [
        "Updated; {field} was empty before. Let me confirm the value is stored.",
        "Confirmed {field} reads '{val}'. Writing it through a second time to be safe.",
        "Reading {rid} back to make sure the write held.",
        "It's there. I'll push the value through the update so the cache picks it up.",
    ]
    i = 0
    while len(row.steps) < n:
        row.llm(fill(notes[i % len(notes)], field=field, val=val, rid=rid))
        if len(row.steps) >= n:
            break
        if i % 2 == 0:
            row.tool("get", {d["idkey"]: rid}, dict(rec))
        else:
            row.tool(
                "update",
                {d["idkey"]: rid, "set": {field: val}},
                {"updated": [], "unchanged": [field], "version": 4},
            )
        i += 1


def loop_handoff_ping_pong(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_route"], rid)
    a, b = d["teams"][0], d["teams"][1]
    notes = [
        "{t} doesn't take these. Assigning to {o}.",
        "Routing to {o} as suggested.",
        "{o} should own it - assigning there.",
        "{t} declined; the reason says {o} owns it. Once {o} has accepted I'll tell the requester.",
    ]
    cur, other = a, b
    i = 0
    while len(row.steps) < n:
        row.tool(
            "handoff",
            {d["idkey"]: rid, "queue": cur},
            {"queue": cur, "result": "declined", "reason": "not in remit; owner is %s" % other},
        )
        if len(row.steps) < n:
            row.llm(fill(notes[i % len(notes)], t=cur, o=other))
        cur, other = other, cur
        i += 1


# ---------------------------------------------------------------- progress kinds


def prog_same_opener_new_records(row: Row, n: int) -> None:
    d = row.d
    ids = [row.newid() for _ in range(6)]
    start(row, d["req_find"], ids[0])
    i = 0
    while len(row.steps) < n - 1:
        rid = ids[i]
        row.llm(
            fill("Let me open {noun} {rid} to see the current details.", noun=d["noun"], rid=rid)
        )
        if len(row.steps) < n - 1:
            row.tool("get", {d["idkey"]: rid}, row.record(rid))
        i += 1
    row.llm(
        "Found it: %s is the one that matches; the other %d were unrelated. Details above."
        % (ids[max(i - 1, 0)], max(i - 1, 0))
    )


def prog_paraphrased_new_queries(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_find"], rid)
    qs = [*d["queries"], "%s %s" % (d["idkey"], rid), "name %s" % d["names"][0]]
    row.r.shuffle(qs)
    lines = [
        "Let me search the {nouns} for this.",
        "I'll look it up in the {noun} index, narrowing the terms.",
        "Searching with the {idkey} this time.",
        "Let me run a lookup with a tighter filter.",
        "Let me search again, just the {nouns} from this week.",
        "I'll query the {nouns} by name instead.",
    ]
    total = row.r.randint(30, 90)
    i = 0
    while len(row.steps) < n - 1:
        row.llm(fill(lines[i % len(lines)], noun=d["noun"], nouns=d["nouns"], idkey=d["idkey"]))
        if len(row.steps) < n - 1:
            total = max(1, total // 3)
            hits = [row.newid() for _ in range(min(total, 3))]
            if total == 1:
                hits = [rid]
            row.tool(
                "search",
                {"q": qs[i % len(qs)]},
                {"query": qs[i % len(qs)], "total": total, "hits": hits},
            )
        i += 1
    row.llm("The narrowed search returned %s; that's the %s you asked about." % (rid, d["noun"]))


def prog_alternating_tools_advancing(row: Row, n: int) -> None:
    d = row.d
    start(row, d["req_fix"], row.newid())
    field, _c, val, _m = d["fix2"]
    k = 0
    rid = row.newid()
    while len(row.steps) < n:
        if k % 2 == 0:
            rid = row.newid()
            rec = row.record(rid)
            rec[field] = ""
            row.tool("get", {d["idkey"]: rid}, rec)
        else:
            row.tool(
                "update",
                {d["idkey"]: rid, "set": {field: val}},
                {d["idkey"]: rid, "updated": [field], "version": row.r.randint(2, 9)},
            )
        k += 1


def prog_retry_with_fixed_args(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_job"], rid)
    arg, bad, good, msg = d["badarg"]
    f2, _c, v2, m2 = d["fix2"]
    code, emsg = d["errors"]
    ok = {"job": "J" + hexid(row.r, 8), "accepted": True}
    bad1 = ("tool", {arg: bad}, {"code": "VALIDATION", "message": msg, "http": 422}, True)
    fix1 = ("llm", "The %s value was in the wrong format. Sending %s instead." % (arg, good))
    bad2 = ("tool", {arg: good}, {"code": "VALIDATION", "message": m2, "http": 422}, True)
    fix2 = ("llm", "Now it wants %s. Adding %s=%s." % (f2, f2, v2))
    bad3 = ("tool", {arg: good, f2: v2}, {"code": code, "message": emsg, "http": 503}, True)
    fix3 = ("llm", "That one was an upstream outage, not our input. Switching to the backup route.")
    done = ("llm", "Accepted; job %s created for %s." % (ok["job"], rid))
    plans = {
        5: [bad1, fix1, ("tool", {arg: good}, ok, False), done],
        6: [bad1, fix1, bad2, fix2, ("tool", {arg: good, f2: v2}, ok, False)],
        7: [bad1, fix1, bad2, fix2, ("tool", {arg: good, f2: v2}, ok, False), done],
        8: [
            bad1,
            fix1,
            bad2,
            fix2,
            bad3,
            fix3,
            ("tool", {arg: good, f2: v2, "route": "backup"}, ok, False),
        ],
    }
    plans[9] = [*plans[8], done]
    for st in plans[n]:
        if st[0] == "llm":
            row.llm(st[1])
        else:
            row.tool("submit", {d["idkey"]: rid, **st[1]}, st[2], error=st[3])


def prog_polling_that_advances(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_job"], rid)
    job = "job-" + hexid(row.r, 6)
    polls = n - 2
    lines = ["Let me check the status of {job}.", "Checking {job} again."]
    for i in range(polls):
        pct = min(100, int((i + 1) * 100 / polls))
        stage = d["stages"][min(2, (i * 4) // polls)] if pct < 100 else d["stages"][3]
        if i == polls // 2 and len(row.steps) < n - 2:
            row.llm(fill(lines[i % 2], job=job))
            continue
        row.tool("status", {"job_id": job}, {"job": job, "state": stage, "pct": pct})
    row.llm("%s reached %s; %s is done." % (job, d["stages"][3], rid))


def prog_checklist_narration(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_fix"], rid)
    rec = row.record(rid)
    row.tool("get", {d["idkey"]: rid}, rec)
    items = [(k, v) for k, v in rec.items() if k != d["idkey"]]
    field, _c, val, _m = d["fix2"]
    for k, v in items[: n - 3]:
        row.llm(
            row.pick(["Checked %s: %s. ", "Reviewed %s -> %s. "]) % (k, v)
            + row.pick(["Fine.", "Within spec.", "Matches the request."])
        )
    row.llm("Checked %s: empty, needs '%s'. This is the gap." % (field, val))


def prog_same_tool_batch(row: Row, n: int) -> None:
    d = row.d
    start(row, d["req_list"])
    row.llm(
        row.pick(
            [
                "Pulling each record in turn.",
                "I'll fetch the list through the record endpoint, one at a time.",
                "Let me check each one first, then build the table.",
            ]
        )
    )
    while len(row.steps) < n:
        rid = row.newid()
        row.tool("get", {d["idkey"]: rid}, row.record(rid))


def prog_validation_fix_converges(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_fix"], rid)
    field, v1, v2, m1, _m2 = d["flip"]
    f2, _c, val2, m3 = d["fix2"]
    row.tool(
        "validate",
        {d["idkey"]: rid},
        {"valid": False, "violations": [{"field": field, "rule": m1}]},
    )
    row.llm(
        row.pick(
            [
                "%s=%s is rejected. Setting %s to %s." % (field, v1, field, v2),
                "%s is the problem (%s). Setting %s to %s." % (field, v1, field, v2),
            ]
        )
    )
    row.tool("update", {d["idkey"]: rid, "set": {field: v2}}, {"updated": [field], field: v2})
    if n >= 7:
        row.tool(
            "validate",
            {d["idkey"]: rid},
            {"valid": False, "violations": [{"field": f2, "rule": m3}]},
        )
        row.tool("update", {d["idkey"]: rid, "set": {f2: val2}}, {"updated": [f2], f2: val2})
    row.tool("validate", {d["idkey"]: rid}, {"valid": True, "violations": []})
    while len(row.steps) < n:
        row.llm(
            row.pick(
                [
                    "Validation passes now. %s is ready." % rid,
                    "All checks green for %s; it can go ahead." % rid,
                ]
            )
            if len(row.steps) == n - 1
            else "Changes: %s -> %s%s." % (field, v2, ", %s filled" % f2 if n >= 7 else "")
        )


def prog_pagination_advances(row: Row, n: int) -> None:
    d = row.d
    start(row, d["req_list"])
    cursor = None
    notes = [
        "Got {k} {nouns} so far. Continuing from the cursor.",
        "Collected those. Fetching the following batch with the cursor.",
        "Adding these to the sheet and continuing the listing.",
    ]
    got = 0
    i = 0
    batches = (n - 2) // 2 + 1
    while len(row.steps) < n - 1:
        last = i == batches - 1 or len(row.steps) >= n - 2
        nxt = None if last else "c_" + hexid(row.r, 10)
        args = {"limit": 2} if cursor is None else {"limit": 2, "cursor": cursor}
        rows = [row.record(row.newid()) for _ in range(2 if not last else 1)]
        row.tool("list", args, {"rows": rows, "next_cursor": nxt})
        got += len(rows)
        cursor = nxt
        i += 1
        if last:
            break
        if len(row.steps) < n - 1:
            row.llm(fill(notes[i % len(notes)], k=got, nouns=d["nouns"]))
    row.llm("That's the full set: %d %s, no cursor left. Table ready." % (got, d["nouns"]))


def prog_clarifying_questions(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_fix"], rid)
    field, v1, v2, _m1, _m2 = d["flip"]
    f2, _c, val2, _m = d["fix2"]
    qa = [
        (
            "Before I proceed: should {field} on {rid} be {v1} or {v2}? The record has {v1}.",
            "Use {v2}, the {who} changed it on the phone.",
        ),
        (
            "Got it. {f2} is empty as well - do you have the value?",
            "Yes: {val2}.",
        ),
        (
            "Okay. Just to confirm the last part - should I tell the {who} once it passes, or leave that to you?",
            "Leave it to me.",
        ),
        (
            "Last question: should the {noun} history carry a note about the change?",
            "Yes, note 'changed per {who} call'.",
        ),
    ]
    kw = {
        "who": d["who"],
        "noun": d["noun"],
        "field": field,
        "rid": rid,
        "v1": v1,
        "v2": v2,
        "f2": f2,
        "val2": val2,
    }
    for q, a in qa[: n - 3]:
        row.llm(fill(q, **kw), fill(a, **kw))
    row.tool("update", {d["idkey"]: rid, "set": {field: v2, f2: val2}}, {"updated": [field, f2]})
    row.llm(
        "Updated %s: %s=%s and %s set. I won't contact the %s." % (rid, field, v2, f2, d["who"])
    )


def prog_wait_poll_completes(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_job"], rid)
    job = "J" + hexid(row.r, 8)
    row.tool("submit", {d["idkey"]: rid}, {"job": job, "state": d["stages"][0]})
    secs = row.r.choice([30, 45, 60])
    polls = max(1, (n - 3) // 2)
    for i in range(polls):
        row.tool("wait", {"seconds": secs}, {"slept_s": secs})
        pct = int((i + 1) * 100 / polls)
        stage = d["stages"][3] if pct >= 100 else d["stages"][1 + (i * 2) // polls]
        row.tool(
            "status",
            {"job_id": job},
            {"job": job, "state": stage, "pct": pct, "last_heartbeat": row.clock.tick(row.r)},
        )
    finish(
        row,
        n,
        [
            "Output for %s is attached to job %s; went through %d checks." % (rid, job, polls),
            "Job %s finished (%s). %s is done." % (job, d["stages"][3], rid),
        ],
    )


def prog_write_then_verify_each(row: Row, n: int) -> None:
    d = row.d
    start(row, d["req_fix"], row.newid())
    field, _c, val, _m = d["fix2"]
    k = 0
    rid = ""
    while len(row.steps) < n:
        if k % 2 == 0:
            rid = row.newid()
            row.tool(
                "update",
                {d["idkey"]: rid, "set": {field: val}},
                {"updated": [field], "version": row.r.randint(2, 12)},
            )
        else:
            rec = row.record(rid)
            rec[field] = val
            row.tool("get", {d["idkey"]: rid}, rec)
        k += 1


def prog_handoff_accepted(row: Row, n: int) -> None:
    d = row.d
    rid = row.newid()
    start(row, d["req_route"], rid)
    teams = d["teams"]
    hops = max(1, min(len(teams) - 1, (n - 3) // 2))
    for i in range(hops):
        row.tool(
            "handoff",
            {d["idkey"]: rid, "queue": teams[i]},
            {
                "queue": teams[i],
                "result": "declined",
                "reason": "not in remit; owner is %s" % teams[i + 1],
            },
        )
        row.llm(
            row.pick(["%s doesn't take these. Assigning to %s.", "Routing to %s's suggestion, %s."])
            % (teams[i], teams[i + 1])
        )
    case = "CASE-%d" % row.r.randint(10000, 99999)
    row.tool(
        "handoff",
        {d["idkey"]: rid, "queue": teams[hops]},
        {
            "queue": teams[hops],
            "result": "accepted",
            "case": case,
            "owner": row.r.choice(d["names"]),
        },
    )
    finish(
        row,
        n,
        [
            "%s accepted it as %s." % (teams[hops], case),
            "I've told the requester it sits with %s under %s." % (teams[hops], case),
        ],
    )


LOOP = [
    ("exact_repeat", loop_exact_repeat, 5, 9),
    ("paraphrased_repeat", loop_paraphrased_repeat, 5, 10),
    ("ab_oscillation", loop_ab_oscillation, 6, 12),
    ("failing_tool_retry", loop_failing_tool_retry, 5, 10),
    ("same_action_same_observation", loop_same_action_same_observation, 5, 10),
    ("identical_monologue", loop_identical_monologue, 4, 9),
    ("identical_tool_calls", loop_identical_tool_calls, 5, 10),
    ("validation_fix_revert", loop_validation_fix_revert, 6, 11),
    ("stale_cursor_pagination", loop_stale_cursor_pagination, 5, 10),
    ("confirmation_seeking_stall", loop_confirmation_seeking_stall, 5, 9),
    ("frozen_job_polling", loop_frozen_job_polling, 6, 12),
    ("verify_rewrite_spiral", loop_verify_rewrite_spiral, 6, 11),
    ("handoff_ping_pong", loop_handoff_ping_pong, 5, 10),
]

PROGRESS = [
    ("same_opener_new_records", prog_same_opener_new_records, 5, 9),
    ("paraphrased_new_queries", prog_paraphrased_new_queries, 5, 10),
    ("alternating_tools_advancing", prog_alternating_tools_advancing, 6, 12),
    ("retry_with_fixed_args", prog_retry_with_fixed_args, 5, 9),
    ("polling_that_advances", prog_polling_that_advances, 5, 10),
    ("checklist_narration", prog_checklist_narration, 5, 8),
    ("same_tool_batch", prog_same_tool_batch, 5, 10),
    ("validation_fix_converges", prog_validation_fix_converges, 6, 9),
    ("pagination_advances", prog_pagination_advances, 5, 10),
    ("clarifying_questions", prog_clarifying_questions, 5, 8),
    ("wait_poll_job_completes", prog_wait_poll_completes, 6, 11),
    ("write_then_verify_each", prog_write_then_verify_each, 6, 12),
    ("handoff_accepted", prog_handoff_accepted, 5, 9),
]


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOP), ("progress", PROGRESS)):
        for ki, (kind, fn, lo, hi) in enumerate(kinds):
            for di, d in enumerate(DOMAINS):
                rid = "%s-%s-%s-%03d" % (PREFIX, label, kind, di + 1)
                r = random.Random("%d:%s" % (SEED, rid))
                n = lo + (di * 5 + ki * 3 + di // 2) % (hi - lo + 1)
                row = Row(d, r)
                fn(row, n)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": d["name"],
                        "steps": row.steps,
                    }
                )
    return rows


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
