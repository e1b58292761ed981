"""Blind trajectory set 82 (eightysecond): 208 rows, 13 loop kinds and 13 near-miss kinds.

Standard library only. Rewrite with:
    .venv/bin/python tests/data/trajectories_eightysecond/generate.py
"""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = 8282
PREFIX = "eightysecond"

# ---------------------------------------------------------------------------
# volatile noise


class Noise:
    def __init__(self, rng: random.Random, host: str) -> None:
        self.rng = rng
        self.host = host
        self.t = datetime(
            2026,
            11,
            rng.randint(2, 27),
            rng.randint(6, 19),
            rng.randint(0, 59),
            rng.randint(0, 59),
            tzinfo=UTC,
        )
        self.seq = rng.randint(1000, 90000)

    def tick(self) -> None:
        self.t += timedelta(seconds=self.rng.randint(2, 95), milliseconds=self.rng.randint(0, 999))
        self.seq += self.rng.randint(1, 40)

    def iso(self) -> str:
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)

    def http_date(self) -> str:
        return self.t.strftime("%a, %d %b %Y %H:%M:%S GMT")

    def rid(self, n: int = 12) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def lat(self) -> int:
        return self.rng.randint(8, 740)

    def n(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def node(self) -> str:
        return "%s-%d" % (self.host, self.rng.randint(1, 9))


# ---------------------------------------------------------------------------
# result formats


def _s(v: object) -> str:
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return str(v)


def _q(v: object) -> str:
    s = _s(v)
    return '"%s"' % s if (" " in s or "," in s or s == "") else s


def r_http_xml(nz: Noise, tool: str, p: dict, code: int) -> str:
    reasons = {
        200: "OK",
        201: "Created",
        202: "Accepted",
        400: "Bad Request",
        404: "Not Found",
        409: "Conflict",
        422: "Unprocessable Entity",
        503: "Service Unavailable",
        504: "Gateway Timeout",
    }
    out = [
        "HTTP/1.1 %d %s" % (code, reasons.get(code, "OK")),
        "Date: " + nz.http_date(),
        "Content-Type: application/xml; charset=utf-8",
        "X-Request-Id: " + nz.rid(16),
        "X-RateLimit-Remaining: %d" % nz.n(40, 900),
        "Server-Timing: app;dur=%d" % nz.lat(),
        "Via: 1.1 %s" % nz.node(),
        "",
        "<response>",
    ]
    for k, v in p.items():
        if isinstance(v, list):
            out.append('  <%s count="%d">' % (k, len(v)))
            for it in v:
                if isinstance(it, dict):
                    inner = "".join("<%s>%s</%s>" % (a, _s(b), a) for a, b in it.items())
                    out.append("    <item>%s</item>" % inner)
                else:
                    out.append("    <value>%s</value>" % _s(it))
            out.append("  </%s>" % k)
        elif v is None:
            out.append("  <%s/>" % k)
        else:
            out.append("  <%s>%s</%s>" % (k, _s(v), k))
    out.append("</response>")
    return "\n".join(out)


def r_gql(nz: Noise, tool: str, p: dict, code: int) -> str:
    field = tool.split(" ", 1)[-1].split("(")[0]
    ext = {
        "traceId": nz.rid(20),
        "cost": {"requested": nz.n(3, 40), "remaining": nz.n(200, 5000)},
        "servedBy": nz.node(),
        "cacheAgeSeconds": nz.n(0, 300),
    }
    if code < 400:
        body = {"data": {field: p}, "extensions": ext}
    else:
        msg = p.get("error", "request failed")
        extra = {k: v for k, v in p.items() if k != "error"}
        body = {
            "data": {field: None},
            "errors": [
                {"message": msg, "path": [field], "extensions": {"httpStatus": code, **extra}}
            ],
            "extensions": ext,
        }
    return json.dumps(body)


def _yaml(v: object, ind: int) -> list[str]:
    pad = "  " * ind
    out: list[str] = []
    assert isinstance(v, dict)
    for k, x in v.items():
        if isinstance(x, list):
            if not x:
                out.append("%s%s: []" % (pad, k))
                continue
            out.append("%s%s:" % (pad, k))
            for it in x:
                if isinstance(it, dict):
                    first = True
                    for a, b in it.items():
                        out.append("%s  %s %s: %s" % (pad, "-" if first else " ", a, _s(b)))
                        first = False
                else:
                    out.append("%s  - %s" % (pad, _s(it)))
        elif isinstance(x, dict):
            out.append("%s%s:" % (pad, k))
            out.extend(_yaml(x, ind + 1))
        else:
            out.append("%s%s: %s" % (pad, k, _s(x)))
    return out


def r_yaml(nz: Noise, tool: str, p: dict, code: int) -> str:
    head = {
        "request_id": "req_" + nz.rid(10),
        "served_at": nz.iso(),
        "node": nz.node(),
        "quota_left": nz.n(100, 9000),
    }
    if code < 400:
        head["status"] = "ok"
        head["result"] = p
    else:
        head["status"] = "error"
        head["error"] = {"code": code, **p}
    return "\n".join(_yaml(head, 0))


def r_csv(nz: Noise, tool: str, p: dict, code: int) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    buf.write("# %s exported_at=%s req=%s took_ms=%d\n" % (tool, nz.iso(), nz.rid(8), nz.lat()))
    if code >= 400:
        w.writerow(["status", "code", *p.keys()])
        w.writerow(["error", code, *[_s(v) for v in p.values()]])
        return buf.getvalue().rstrip("\n")
    scal = {k: v for k, v in p.items() if not isinstance(v, list)}
    lists = {k: v for k, v in p.items() if isinstance(v, list)}
    if scal:
        w.writerow(list(scal.keys()))
        w.writerow([_s(v) for v in scal.values()])
    for k, rows in lists.items():
        buf.write("# %s rows=%d\n" % (k, len(rows)))
        if rows and isinstance(rows[0], dict):
            w.writerow(list(rows[0].keys()))
            for r in rows:
                w.writerow([_s(v) for v in r.values()])
        else:
            for r in rows:
                w.writerow([_s(r)])
    return buf.getvalue().rstrip("\n")


def r_kv(nz: Noise, tool: str, p: dict, code: int) -> str:
    out = [
        "ts=%s trace=%s node=%s latency_ms=%d" % (nz.iso(), nz.rid(16), nz.node(), nz.lat()),
        "status=%s" % ("ok" if code < 400 else "error"),
        "code=%d" % code,
    ]
    for k, v in p.items():
        if isinstance(v, list):
            out.append("%s.count=%d" % (k, len(v)))
            for i, it in enumerate(v):
                if isinstance(it, dict):
                    for a, b in it.items():
                        out.append("%s.%d.%s=%s" % (k, i, a, _q(b)))
                else:
                    out.append("%s.%d=%s" % (k, i, _q(it)))
        else:
            out.append("%s=%s" % (k, _q(v)))
    return "\n".join(out)


def _proto(p: dict, ind: int) -> list[str]:
    pad = "  " * ind
    out: list[str] = []
    for k, v in p.items():
        if isinstance(v, list):
            for it in v:
                if isinstance(it, dict):
                    out.append("%s%s {" % (pad, k))
                    out.extend(_proto(it, ind + 1))
                    out.append("%s}" % pad)
                else:
                    out.append('%s%s: "%s"' % (pad, k, _s(it)))
        elif isinstance(v, bool | int | float):
            out.append("%s%s: %s" % (pad, k, _s(v)))
        elif v is None:
            continue
        else:
            out.append('%s%s: "%s"' % (pad, k, v))
    return out


def r_proto(nz: Noise, tool: str, p: dict, code: int) -> str:
    grpc = {
        200: "OK",
        201: "OK",
        202: "OK",
        400: "INVALID_ARGUMENT",
        404: "NOT_FOUND",
        409: "ABORTED",
        422: "FAILED_PRECONDITION",
        503: "UNAVAILABLE",
        504: "DEADLINE_EXCEEDED",
    }
    out = [
        "status: %s" % grpc.get(code, "UNKNOWN"),
        'trace_id: "%s"' % nz.rid(24),
        "elapsed_ms: %d" % nz.lat(),
        'peer: "%s:8443"' % nz.node(),
    ]
    if code < 400:
        out.append("reply {")
        out.extend(_proto(p, 1))
        out.append("}")
    else:
        out.append("error {")
        out.extend(_proto(p, 1))
        out.append("}")
    return "\n".join(out)


def r_table(nz: Noise, tool: str, p: dict, code: int) -> str:
    if code >= 400:
        lines = ["Error: %s" % p.get("error", "failed")]
        lines += ["  %s: %s" % (k, _s(v)) for k, v in p.items() if k != "error"]
        lines.append("exit status %d  (%s, %s)" % (2 if code < 500 else 75, nz.node(), nz.iso()))
        return "\n".join(lines)
    scal = [(k, _s(v)) for k, v in p.items() if not isinstance(v, list)]
    lines = []
    if scal:
        w = max(len(k) for k, _ in scal) + 2
        lines.append("FIELD".ljust(w) + "VALUE")
        lines += [k.ljust(w) + v for k, v in scal]
    for k, rows in p.items():
        if not isinstance(rows, list):
            continue
        lines.append("")
        if not rows:
            lines.append("%s: (none)" % k.upper())
            continue
        cols = list(rows[0].keys())
        widths = [max(len(c), *(len(_s(r[c])) for r in rows)) + 2 for c in cols]
        lines.append(
            "".join(c.upper().ljust(wd) for c, wd in zip(cols, widths, strict=True)).rstrip()
        )
        for r in rows:
            lines.append(
                "".join(_s(r[c]).ljust(wd) for c, wd in zip(cols, widths, strict=True)).rstrip()
            )
    lines.append("-- %.3fs on %s at %s" % (nz.lat() / 1000, nz.node(), nz.iso()))
    return "\n".join(lines)


def r_log(nz: Noise, tool: str, p: dict, code: int) -> str:
    lvl = "INFO " if code < 400 else "ERROR"
    pid = nz.n(1000, 65000)
    req = nz.rid(10)
    scal = " ".join("%s=%s" % (k, _q(v)) for k, v in p.items() if not isinstance(v, list))
    out = [
        "%s %s vcd-api[%d]: req=%s fn=%s code=%d %s" % (nz.iso(), lvl, pid, req, tool, code, scal)
    ]
    for k, rows in p.items():
        if not isinstance(rows, list):
            continue
        for r in rows:
            nz.t += timedelta(milliseconds=nz.n(1, 30))
            if isinstance(r, dict):
                body = " ".join("%s=%s" % (a, _q(b)) for a, b in r.items())
            else:
                body = _q(r)
            out.append(
                "%s INFO  vcd-api[%d]: req=%s %s %s" % (nz.iso(), pid, req, k.rstrip("s"), body)
            )
    out.append(
        "%s DEBUG vcd-api[%d]: req=%s done in %dms (pool %d/32)"
        % (nz.iso(), pid, req, nz.lat(), nz.n(1, 32))
    )
    return "\n".join(out)


RENDER = {
    "http_xml": r_http_xml,
    "gql": r_gql,
    "yaml": r_yaml,
    "csv": r_csv,
    "kv": r_kv,
    "proto": r_proto,
    "table": r_table,
    "log": r_log,
}


# ---------------------------------------------------------------------------
# domains (names a-m), each with its own tool naming style and result format

ACU = {
    "name": "acupuncture_clinic_intake",
    "fmt": "http_xml",
    "host": "intake-api",
    "tools": {
        "read": "GET /v2/intake-forms/{form_id}",
        "list": "GET /v2/appointments",
        "search": "GET /v2/practitioners/search",
        "submit": "POST /v2/intake-forms",
        "poll": "GET /v2/insurance-checks/{check_id}",
        "write": "PATCH /v2/appointments/{appt_id}",
        "handoff": "POST /v2/tasks/{task_id}/assign",
        "src_a": "GET /v2/ehr/patients/{patient_id}/medications",
        "src_b": "GET /v2/intake/patients/{patient_id}/medications",
        "step1": "GET /v2/referrals/{referral_id}",
        "step2": "POST /v2/referrals/{referral_id}/triage",
        "step3": "POST /v2/slots/hold",
        "verify": "GET /v2/appointments/{appt_id}",
        "audit": "GET /v2/audit-events",
        "notify": "POST /v2/sms/batch",
    },
    "ask": "Mei Tanaka (PT-40718) can't finish her intake form before Thursday's 10:30 session with Dr. Okafor. Please sort it out and confirm the booking.",
    "answer": "Mei Tanaka's intake form IF-20931 is missing the needling consent and the contraindications section. Once she signs those, her Thursday 10:30 appointment with Dr. Okafor (AP-77310) is confirmed.",
    "rec": (
        "intake form",
        {"form_id": "IF-20931"},
        {
            "form_id": "IF-20931",
            "patient_id": "PT-40718",
            "status": "incomplete",
            "sections_done": "4/6",
            "missing": "consent_needling; contraindications",
            "appointment": "AP-77310",
        },
    ),
    "toggle": (
        {"appt_id": "AP-77310"},
        "room",
        ("TR-2", "TR-2 table is not rated for prone positioning above 110 kg"),
        ("TR-4", "TR-4 overlaps the cupping block 10:00-11:00"),
    ),
    "submit": (
        "intake form",
        {
            "patient_id": "PT-40718",
            "template": "initial-acupuncture-v3",
            "pacemaker": False,
            "pregnant": False,
            "signature": "typed:Mei Tanaka",
            "dob": "1988-03-14",
        },
        (503, "e-signature bridge timed out after 30000 ms"),
        [
            ("consent_needling", True, "consent_needling is required"),
            (
                "emergency_contact",
                "Ken Tanaka +1-415-555-0143",
                "emergency_contact is required for first visits",
            ),
        ],
        ("dob", "03/14/1988", "1988-03-14", "dob must be ISO-8601 (YYYY-MM-DD)"),
    ),
    "job": (
        {"check_id": "IC-55102"},
        "insurance eligibility check IC-55102",
        {
            "check_id": "IC-55102",
            "payer": "Blue Shield CA",
            "state": "queued",
            "queue_position": 14,
            "last_update": "2026-11-29T07:58:11Z",
        },
        [
            {"state": "queued", "queue_position": 3},
            {"state": "contacting_payer", "attempt": 1},
            {"state": "eligibility_received", "member_active": True},
            {"state": "benefits_parsed", "visits_per_year": 12},
            {"state": "complete", "covered": True, "copay_usd": 25, "visits_remaining": 9},
        ],
    ),
    "monologue": (
        "Mei needs a practitioner licensed for electro-acupuncture who works Thursdays at the Mission St site. I'll search the directory with those filters before booking anything.",
        {"modality": "electro", "weekday": "thu", "site": "mission-st"},
        {"total": 0, "items": [], "hint": "no practitioners match all filters"},
    ),
    "checks": [
        (
            "She asked for a Japanese-speaking practitioner, so language is the first filter.",
            {"language": "ja", "site": "mission-st"},
            {
                "total": 2,
                "items": [
                    {"id": "PR-11", "name": "Dr. Okafor"},
                    {"id": "PR-27", "name": "Yuki Mori LAc"},
                ],
            },
        ),
        (
            "Electro-acupuncture is in her plan; checking which of those two hold that certification.",
            {"language": "ja", "modality": "electro"},
            {"total": 1, "items": [{"id": "PR-27", "name": "Yuki Mori LAc"}]},
        ),
        (
            "Now Thursday availability for Yuki Mori, since that's the day Mei can come in.",
            {"practitioner": "PR-27", "weekday": "thu"},
            {"total": 3, "items": [{"slot": "09:00"}, {"slot": "13:30"}, {"slot": "16:00"}]},
        ),
        (
            "Last check: is PR-27 in network for Blue Shield CA?",
            {"practitioner": "PR-27", "payer": "blue-shield-ca"},
            {"total": 1, "items": [{"id": "PR-27", "in_network": True}]},
        ),
        (
            "Also need to confirm PR-27 takes first visits (90 min) on Thursdays.",
            {"practitioner": "PR-27", "visit_type": "initial"},
            {"total": 1, "items": [{"id": "PR-27", "initial_ok": True, "length_min": 90}]},
        ),
    ],
    "src": (
        "patient_id",
        [
            (
                "PT-40718",
                {"meds": ["warfarin 5mg", "levothyroxine 50mcg"]},
                {"meds": ["levothyroxine 50mcg"]},
                "warfarin is missing from the intake, which matters for needling (bleeding risk)",
            ),
            (
                "PT-40722",
                {"meds": ["sertraline 50mg"]},
                {"meds": ["sertraline 50mg"]},
                "lists match",
            ),
            (
                "PT-40731",
                {"meds": ["clopidogrel 75mg", "atorvastatin 20mg"]},
                {"meds": ["atorvastatin 20mg", "fish oil"]},
                "clopidogrel missing from intake and fish oil missing from the EHR",
            ),
            (
                "PT-40736",
                {"meds": []},
                {"meds": ["ibuprofen prn"]},
                "ibuprofen only on the intake side",
            ),
            (
                "PT-40740",
                {"meds": ["metformin 500mg"]},
                {"meds": ["metformin 500mg"]},
                "lists match",
            ),
        ],
    ),
    "listing": (
        "appointments",
        {"date": "2026-12-03", "status": "booked", "limit": 25},
        lambda i: {
            "appt_id": "AP-%d" % (77290 + i * 3),
            "patient_id": "PT-%d" % (40600 + i * 7),
            "time": "%02d:%02d" % (8 + i // 4, (i % 4) * 15),
            "intake": "missing" if i % 5 == 2 else "complete",
        },
        94,
        "cursor",
        "page_token",
    ),
    "pipe": (
        "referral",
        ["REF-8810", "REF-8813", "REF-8821", "REF-8826", "REF-8830"],
        lambda x: {
            "referral_id": x,
            "from": "Dr. Lin (GP)",
            "reason": "chronic low back pain",
            "urgency": "routine",
        },
        lambda x: {"referral_id": x, "triage": "accepted", "program": "back-pain-6wk"},
        lambda x: {"hold_id": "HD-" + x[-4:], "slot": "2026-12-04T09:00", "practitioner": "PR-11"},
        lambda x: (
            409,
            {"error": "hold rejected: referral %s has no active triage" % x, "referral_id": x},
        ),
    ),
    "pp": (
        {"task_id": "TK-3381"},
        "billing",
        "front-desk",
        "eligibility questions are handled by the front desk",
        "copay disputes are handled by billing",
    ),
    "chain": (
        {"task_id": "TK-3390"},
        [
            ("front-desk", "called payer, member active, copay $25"),
            ("billing", "overcharge of $15 refunded, receipt RC-6612"),
            ("practitioner-okafor", "treatment plan note added"),
            ("records", "letter filed, task closed"),
        ],
    ),
    "verify": ({"appt_id": "AP-77310"}, "status", "confirmed", "appointment.confirmed"),
    "apology": [
        "I'm sorry about the trouble with the form. I'll resend Mei's intake link right away and confirm once it's done.",
        "Apologies for the delay. I'm sending the intake link to Mei now and will let you know when it's through.",
        "Sorry, you're right to chase this. I'll get the link out to her immediately and confirm the booking.",
        "My apologies. I'm on it now: the intake link goes to Mei and I'll confirm Thursday as soon as it's sent.",
        "Sorry for the wait. I will send the link to Mei this minute and report back with the confirmation.",
        "I apologise, that should have gone out already. Sending it to Mei now, and I'll confirm straight after.",
        "Understood, and sorry. The intake link is going to Mei right now; confirmation to follow.",
        "Sorry about that. I'll take care of the link for Mei immediately and confirm the appointment.",
    ],
    "nudges": [
        "Mei just called, she still hasn't received anything.",
        "Has the link actually been sent?",
        "It's been ten minutes. Nothing on her phone.",
        "Can you please just send it?",
        "Front desk here, she is at reception asking. Any update?",
        "Still nothing on our side either.",
        "Is something failing when you send it?",
        "Hello? Is the link out?",
    ],
    "clar": (
        "Can you move one of Mei's sessions?",
        [
            (
                "Sorry, she has three upcoming sessions. Which one: Dec 3, Dec 10 or Dec 17?",
                "The Dec 10 one.",
            ),
            (
                "Thanks. Should it stay with Dr. Okafor, or is any electro-certified practitioner fine?",
                "Any practitioner is fine as long as it's a morning.",
            ),
            (
                "Got it. Mornings that week are Dec 9 09:00 (Yuki Mori) or Dec 11 10:30 (Dr. Okafor). Which works?",
                "Dec 11 at 10:30.",
            ),
        ],
        (
            {"appt_id": "AP-77344"},
            {"start": "2026-12-11T10:30", "practitioner": "PR-11"},
            {
                "appt_id": "AP-77344",
                "start": "2026-12-11T10:30",
                "practitioner": "PR-11",
                "status": "rebooked",
            },
        ),
    ),
    "docs": [
        (
            "IF-20931",
            {
                "form_id": "IF-20931",
                "patient_id": "PT-40718",
                "chief_complaint": "migraine",
                "flags": "anticoagulant",
                "status": "incomplete",
            },
            "IF-20931 (Mei Tanaka): migraines, on an anticoagulant, form still incomplete.",
        ),
        (
            "IF-20944",
            {
                "form_id": "IF-20944",
                "patient_id": "PT-40722",
                "chief_complaint": "insomnia",
                "flags": "none",
                "status": "complete",
            },
            "IF-20944: insomnia, no flags, complete and ready.",
        ),
        (
            "IF-20950",
            {
                "form_id": "IF-20950",
                "patient_id": "PT-40731",
                "chief_complaint": "knee osteoarthritis",
                "flags": "antiplatelet; needle phobia",
                "status": "complete",
            },
            "IF-20950: knee OA, antiplatelet plus needle phobia, so plan shorter first session.",
        ),
        (
            "IF-20957",
            {
                "form_id": "IF-20957",
                "patient_id": "PT-40736",
                "chief_complaint": "IVF support",
                "flags": "pregnancy possible",
                "status": "complete",
            },
            "IF-20957: IVF support, pregnancy possible, avoid contraindicated points.",
        ),
        (
            "IF-20962",
            {
                "form_id": "IF-20962",
                "patient_id": "PT-40740",
                "chief_complaint": "neck pain",
                "flags": "diabetes",
                "status": "complete",
            },
            "IF-20962: neck pain, diabetic, check skin integrity before needling.",
        ),
        (
            "IF-20968",
            {
                "form_id": "IF-20968",
                "patient_id": "PT-40745",
                "chief_complaint": "smoking cessation",
                "flags": "none",
                "status": "incomplete",
            },
            "IF-20968: smoking cessation, missing the signature page.",
        ),
    ],
    "batch": ("appointment reminders", "patients"),
}

CROSS = {
    "pipe_key": "gridId",
    "name": "crossword_puzzle_syndication",
    "fmt": "gql",
    "host": "xw-gw",
    "tools": {
        "read": "query puzzle",
        "list": "query syndicationFeed",
        "search": "query clueBank",
        "submit": "mutation publishPuzzle",
        "poll": "query exportJob",
        "write": "mutation updateEdition",
        "handoff": "mutation routeTicket",
        "src_a": "query partnerManifest",
        "src_b": "query deliveryLog",
        "step1": "query draftGrid",
        "step2": "mutation runFillCheck",
        "step3": "mutation lockEdition",
        "verify": "query edition",
        "audit": "query auditTrail",
        "notify": "mutation sendPartnerDigest",
    },
    "ask": "The Sunday 21x21 for Dec 6 (PZ-7714) hasn't reached the Lakeshore Tribune. Find out why and get it to them.",
    "answer": "PZ-7714 (Sunday Dec 6) was held back because the Lakeshore Tribune's feed is set to 15x15 only. I've flagged the mismatch; once their feed profile accepts 21x21 the puzzle will go out in the next syndication window.",
    "rec": (
        "puzzle",
        {"id": "PZ-7714"},
        {
            "id": "PZ-7714",
            "title": "Sunday Dec 6: Cross Purposes",
            "size": "21x21",
            "status": "HELD",
            "holdReason": "partner profile size mismatch",
            "partner": "lakeshore-tribune",
        },
    ),
    "toggle": (
        {"edition": "ED-2026-12-06-LT"},
        "gridSize",
        ("21x21", "partner profile lakeshore-tribune accepts 15x15 only"),
        ("15x15", "puzzle PZ-7714 is 21x21; edition would render with missing rows"),
    ),
    "submit": (
        "puzzle",
        {
            "puzzleId": "PZ-7714",
            "partner": "lakeshore-tribune",
            "releaseAt": "2026-12-06T05:00:00Z",
            "format": "ipuz",
            "byline": "Rosa Delgado",
        },
        (504, "upstream renderer did not answer within 20s"),
        [
            ("editorSignoff", "m.okoye", "editorSignoff is required before publishing"),
            (
                "solutionEmbargo",
                "2026-12-07T05:00:00Z",
                "solutionEmbargo is required for Sunday editions",
            ),
        ],
        ("releaseAt", "Dec 6 5am", "2026-12-06T05:00:00Z", "releaseAt must be RFC 3339"),
    ),
    "job": (
        {"id": "EXP-30418"},
        "print export EXP-30418",
        {
            "id": "EXP-30418",
            "state": "WAITING",
            "renderer": "pdf-press",
            "slot": 9,
            "updatedAt": "2026-11-29T04:12:00Z",
        },
        [
            {"state": "WAITING", "slot": 2},
            {"state": "RENDERING", "pagesDone": 1, "pagesTotal": 4},
            {"state": "RENDERING", "pagesDone": 3, "pagesTotal": 4},
            {"state": "PACKAGING", "files": 5},
            {"state": "DONE", "artifact": "s3://xw-exports/EXP-30418.zip", "bytes": 884213},
        ],
    ),
    "monologue": (
        "The constructor's clue for 34-Across ('Spot for a kip') was flagged as too British for US partners. I'll look for an alternative clue for NAP in the clue bank before swapping it.",
        {"answer": "NAP", "region": "us", "difficulty": "sunday"},
        {"total": 0, "items": [], "note": "region filter excluded all matches"},
    ),
    "checks": [
        (
            "First, 34-Across NAP needs a US-friendly clue.",
            {"answer": "NAP", "region": "any"},
            {
                "total": 3,
                "items": [
                    {"clue": "Siesta"},
                    {"clue": "Forty winks"},
                    {"clue": "Fuzzy fabric surface"},
                ],
            },
        ),
        (
            "Next, 7-Down OTTO was used in last Sunday's grid; checking for a fresh angle.",
            {"answer": "OTTO", "notUsedSince": "2026-11-29"},
            {
                "total": 2,
                "items": [{"clue": "Palindromic name"}, {"clue": "Emperor crowned in 962"}],
            },
        ),
        (
            "Then 51-Across ERNE; Sunday solvers complain about it, so let's find the least crosswordese option.",
            {"answer": "ERNE", "sort": "freshness"},
            {"total": 1, "items": [{"clue": "Sea eagle of the North Atlantic"}]},
        ),
        (
            "Finally 88-Down ASEA needs a clue that avoids the SEA theme entry.",
            {"answer": "ASEA", "excludeWords": "sea"},
            {"total": 2, "items": [{"clue": "Sailing, perhaps"}, {"clue": "Off on a cruise"}]},
        ),
    ],
    "src": (
        "partner",
        [
            (
                "lakeshore-tribune",
                {"expected": 7, "sizes": "15x15"},
                {"delivered": 6, "missing": "PZ-7714"},
                "one Sunday grid missing",
            ),
            (
                "valley-courier",
                {"expected": 7, "sizes": "15x15,21x21"},
                {"delivered": 7},
                "all delivered",
            ),
            (
                "north-coast-news",
                {"expected": 5, "sizes": "15x15"},
                {"delivered": 4, "missing": "PZ-7709"},
                "Wednesday grid PZ-7709 bounced",
            ),
            ("metro-weekly", {"expected": 1, "sizes": "21x21"}, {"delivered": 1}, "all delivered"),
        ],
    ),
    "listing": (
        "feed entries",
        {"partner": "all", "week": "2026-W49", "first": 20},
        lambda i: {
            "puzzleId": "PZ-%d" % (7690 + i),
            "partner": ("lakeshore-tribune", "valley-courier", "north-coast-news", "metro-weekly")[
                i % 4
            ],
            "status": "HELD" if i % 9 == 4 else "SENT",
        },
        71,
        "after",
        "cursor",
    ),
    "pipe": (
        "draft grid",
        ["GR-5521", "GR-5524", "GR-5530", "GR-5533", "GR-5541"],
        lambda x: {"id": x, "size": "15x15", "blocks": 38, "constructor": "Rosa Delgado"},
        lambda x: {"id": x, "fillOk": True, "obscureEntries": 1},
        lambda x: {"edition": "ED-" + x[-4:], "locked": True},
        lambda x: (
            409,
            {"error": "fill check for %s is stale; grid changed after check" % x, "grid": x},
        ),
    ),
    "pp": (
        {"ticket": "TKT-9902"},
        "licensing",
        "partner-support",
        "delivery failures go to partner support",
        "size entitlements are a licensing matter",
    ),
    "chain": (
        {"ticket": "TKT-9911"},
        [
            ("partner-support", "confirmed feed profile is 15x15 only"),
            ("licensing", "21x21 entitlement added to Lakeshore contract"),
            ("feed-ops", "profile updated, PZ-7714 requeued"),
            ("partner-support", "Lakeshore confirmed receipt; ticket closed"),
        ],
    ),
    "verify": ({"id": "ED-2026-12-06-LT"}, "status", "SCHEDULED", "edition.scheduled"),
    "apology": [
        "Sorry for the hold-up. I'll push PZ-7714 to the Lakeshore Tribune now and confirm when it lands.",
        "Apologies. I'm re-sending the Sunday grid to Lakeshore right away; I'll confirm delivery.",
        "You're right, sorry. Sending PZ-7714 to them immediately and I'll report back.",
        "My apologies for the delay. The Dec 6 puzzle is going to Lakeshore now.",
        "Sorry about this. I'll get the puzzle delivered this minute and let you know.",
        "I apologise. Pushing the Sunday puzzle out to Lakeshore now, confirmation to follow.",
        "Sorry, that should be done by now. Delivering PZ-7714 straight away.",
        "Understood, apologies. I'm sending it to the Tribune now.",
    ],
    "nudges": [
        "Lakeshore's puzzle editor emailed, still nothing in their inbox.",
        "Did it go?",
        "Their print deadline is 6pm. Status?",
        "Can you confirm it's actually sent?",
        "Still not there, they just checked their SFTP.",
        "Hello?",
        "What is blocking the delivery?",
        "They're threatening to run a rerun grid instead.",
    ],
    "clar": (
        "Swap the clue in the Valley Courier's Thursday puzzle, a reader complained.",
        [
            (
                "Sorry, which clue? Thursday's puzzle is PZ-7702 and has 78 clues.",
                "17-Across, the one about the football club.",
            ),
            (
                "Thanks. The complaint is that it's dated or that it's wrong?",
                "Wrong. The club was relegated last season.",
            ),
            (
                "Understood. Should the fix go to Valley Courier only, or to every partner running PZ-7702?",
                "Every partner.",
            ),
        ],
        (
            {"id": "PZ-7702"},
            {"clue": "17-Across", "text": "Club that dropped a division in 2025"},
            {"id": "PZ-7702", "clue": "17-Across", "partnersUpdated": 3},
        ),
    ),
    "docs": [
        (
            "PZ-7714",
            {
                "id": "PZ-7714",
                "size": "21x21",
                "theme": "homophones",
                "difficulty": "Sunday",
                "status": "HELD",
            },
            "PZ-7714: Sunday 21x21 homophone theme, held for the size mismatch.",
        ),
        (
            "PZ-7702",
            {
                "id": "PZ-7702",
                "size": "15x15",
                "theme": "sports clubs",
                "difficulty": "Thursday",
                "status": "SENT",
            },
            "PZ-7702: Thursday sports-club theme, sent, one reader complaint open.",
        ),
        (
            "PZ-7709",
            {
                "id": "PZ-7709",
                "size": "15x15",
                "theme": "none",
                "difficulty": "Wednesday",
                "status": "BOUNCED",
            },
            "PZ-7709: themeless Wednesday, bounced at North Coast (bad ipuz header).",
        ),
        (
            "PZ-7718",
            {
                "id": "PZ-7718",
                "size": "15x15",
                "theme": "rebus",
                "difficulty": "Thursday",
                "status": "DRAFT",
            },
            "PZ-7718: rebus Thursday, still a draft, rebus squares need print fallback.",
        ),
        (
            "PZ-7721",
            {
                "id": "PZ-7721",
                "size": "5x5",
                "theme": "mini",
                "difficulty": "easy",
                "status": "SENT",
            },
            "PZ-7721: daily mini, sent everywhere, nothing to do.",
        ),
    ],
    "batch": ("weekly partner digests", "partners"),
}

DIALECT = {
    "name": "dialect_corpus_annotation",
    "fmt": "yaml",
    "host": "annot",
    "tools": {
        "read": "corpus.segments.get",
        "list": "corpus.segments.list",
        "search": "lexicon.entries.search",
        "submit": "annotations.batches.create",
        "poll": "alignment.jobs.get",
        "write": "corpus.segments.patch",
        "handoff": "review.tasks.reassign",
        "src_a": "annotators.labels.export",
        "src_b": "adjudication.labels.export",
        "step1": "corpus.recordings.fetch",
        "step2": "asr.drafts.generate",
        "step3": "annotations.segments.commit",
        "verify": "corpus.segments.get",
        "audit": "audit.events.list",
        "notify": "messaging.annotators.broadcast",
    },
    "ask": "Segment SG-44120 from the Ulster Scots fieldwork set keeps failing QA. Please figure out what's wrong and get it through.",
    "answer": "SG-44120 fails QA because its speaker tag (SPK-19) has no consent record for the 2026 release. I've noted this on the segment; it can pass once the consent form for SPK-19 is uploaded.",
    "rec": (
        "segment",
        {"segment_id": "SG-44120"},
        {
            "segment_id": "SG-44120",
            "collection": "ulster-scots-2026",
            "speaker": "SPK-19",
            "qa_state": "failed",
            "qa_reason": "speaker consent missing for release r2026",
            "duration_s": 41.7,
        },
    ),
    "toggle": (
        {"segment_id": "SG-44120"},
        "dialect_tag",
        ("sco-ulster", "tag sco-ulster conflicts with speaker metadata region=donegal"),
        ("sco-donegal", "tag sco-donegal is not in the release tagset r2026"),
    ),
    "submit": (
        "annotation batch",
        {
            "collection": "ulster-scots-2026",
            "segments": ["SG-44120", "SG-44121", "SG-44122"],
            "tagset": "r2026",
            "annotator": "ann_kmcbride",
        },
        (503, "tagset registry unavailable (replica lag)"),
        [
            ("guideline_version", "v4.2", "guideline_version is required"),
            (
                "transcription_tier",
                "orthographic",
                "transcription_tier must be set for r2026 batches",
            ),
        ],
        (
            "segments",
            "SG-44120..SG-44122",
            ["SG-44120", "SG-44121", "SG-44122"],
            "segments must be a list of segment ids",
        ),
    ),
    "job": (
        {"job_id": "AJ-9130"},
        "forced-alignment job AJ-9130",
        {
            "job_id": "AJ-9130",
            "state": "pending",
            "worker": None,
            "queued_at": "2026-11-29T06:40:03Z",
        },
        [
            {"state": "pending", "ahead": 2},
            {"state": "running", "segments_done": 120, "segments_total": 480},
            {"state": "running", "segments_done": 310, "segments_total": 480},
            {"state": "running", "segments_done": 455, "segments_total": 480},
            {"state": "succeeded", "segments_done": 480, "low_confidence": 17},
        ],
    ),
    "monologue": (
        "The word 'thran' in SG-44120 needs a lexicon entry with the Ulster Scots gloss before the annotator can tag it. I'll search the lexicon for it.",
        {"lemma": "thran", "variety": "sco-ulster"},
        {"total": 0, "items": []},
    ),
    "checks": [
        (
            "First unknown token is 'thran'; check the lexicon for any variety.",
            {"lemma": "thran"},
            {"total": 1, "items": [{"entry": "LX-201", "gloss": "stubborn", "variety": "sco"}]},
        ),
        (
            "Second is 'wee-un'; the tokenizer split on the hyphen, so searching the joined form.",
            {"lemma": "weeun"},
            {"total": 0, "items": []},
        ),
        (
            "Then the hyphenated spelling 'wee-un' itself.",
            {"lemma": "wee-un"},
            {"total": 1, "items": [{"entry": "LX-877", "gloss": "child", "variety": "sco-ulster"}]},
        ),
        (
            "Last unknown is 'sleekit'.",
            {"lemma": "sleekit"},
            {
                "total": 2,
                "items": [
                    {"entry": "LX-540", "gloss": "sly"},
                    {"entry": "LX-541", "gloss": "smooth, glossy"},
                ],
            },
        ),
    ],
    "src": (
        "segment_id",
        [
            (
                "SG-44120",
                {"labels": ["NOUN", "ADJ", "VERB"]},
                {"labels": ["NOUN", "ADJ", "AUX"]},
                "token 3 disagrees (VERB vs AUX)",
            ),
            ("SG-44121", {"labels": ["PRON", "VERB"]}, {"labels": ["PRON", "VERB"]}, "agree"),
            (
                "SG-44122",
                {"labels": ["DET", "NOUN", "ADP", "NOUN"]},
                {"labels": ["DET", "NOUN", "ADV", "NOUN"]},
                "token 3 disagrees (ADP vs ADV)",
            ),
            ("SG-44125", {"labels": ["INTJ"]}, {"labels": ["INTJ"]}, "agree"),
        ],
    ),
    "listing": (
        "segments",
        {"collection": "ulster-scots-2026", "qa_state": "failed", "page_size": 30},
        lambda i: {
            "segment_id": "SG-%d" % (44080 + i * 4),
            "speaker": "SPK-%02d" % (3 + i % 17),
            "qa_reason": ("consent", "clipping", "tag", "overlap")[i % 4],
        },
        118,
        "page_token",
        "next",
    ),
    "pipe": (
        "recording",
        ["RC-2201", "RC-2204", "RC-2209", "RC-2213", "RC-2218"],
        lambda x: {"recording_id": x, "minutes": 18, "sample_rate": 48000, "site": "Ballymoney"},
        lambda x: {"recording_id": x, "draft_segments": 26, "wer_estimate": 0.31},
        lambda x: {"recording_id": x, "committed": 26},
        lambda x: (
            422,
            {
                "message": "draft for %s was generated with model asr-v7, collection requires asr-v8"
                % x,
                "recording_id": x,
            },
        ),
    ),
    "pp": (
        {"task_id": "RT-7715"},
        "linguist-review",
        "data-protection",
        "consent problems belong to data protection",
        "tagging disputes belong to linguist review",
    ),
    "chain": (
        {"task_id": "RT-7720"},
        [
            ("data-protection", "consent form for SPK-19 located and uploaded"),
            ("linguist-review", "dialect tag confirmed as sco-ulster"),
            ("qa", "segment re-scored, passes"),
            ("release-mgmt", "added to r2026 manifest"),
        ],
    ),
    "verify": ({"segment_id": "SG-44120"}, "qa_state", "passed", "segment.qa_passed"),
    "apology": [
        "Sorry about that. I'll rerun QA on SG-44120 right now and tell you the result.",
        "Apologies for the delay. Running the QA pass on the segment now.",
        "You're right, sorry. I'm kicking off QA on SG-44120 immediately.",
        "My apologies. The QA run for the segment is starting now; results shortly.",
        "Sorry for the wait, I'll get QA going on SG-44120 this minute.",
        "I apologise, I should have started it already. Doing it now.",
        "Understood, sorry. Starting QA on it straight away.",
        "Sorry. I'll launch the QA check now and report back.",
    ],
    "nudges": [
        "The QA dashboard shows no new run.",
        "Did you start it?",
        "Release freeze is at 17:00.",
        "Nothing has changed on my side.",
        "Please just run the check.",
        "Is the tool refusing?",
        "Hello? Still the old result.",
        "Kevin is waiting to sign off the batch.",
    ],
    "clar": (
        "Fix the tag on the Donegal speaker's segments.",
        [
            ("Sorry, there are two Donegal speakers, SPK-19 and SPK-23. Which one?", "SPK-23."),
            (
                "Thanks. SPK-23 has 14 segments. All of them, or only those in the 2026 release?",
                "Only the release ones.",
            ),
            (
                "That's 9 segments. Should they become sco-donegal or stay sco-ulster with a region note?",
                "Region note, keep the tag.",
            ),
        ],
        (
            {"segment_id": "SPK-23:r2026"},
            {"region_note": "donegal"},
            {"updated": 9, "speaker": "SPK-23", "dialect_tag": "sco-ulster"},
        ),
    ),
    "docs": [
        (
            "SG-44120",
            {
                "segment_id": "SG-44120",
                "topic": "flax harvest",
                "speaker": "SPK-19",
                "qa_state": "failed",
            },
            "SG-44120: flax-harvest story from SPK-19; fails QA on consent.",
        ),
        (
            "SG-44133",
            {
                "segment_id": "SG-44133",
                "topic": "school memories",
                "speaker": "SPK-05",
                "qa_state": "passed",
            },
            "SG-44133: school memories, SPK-05, passed.",
        ),
        (
            "SG-44140",
            {
                "segment_id": "SG-44140",
                "topic": "weather lore",
                "speaker": "SPK-23",
                "qa_state": "failed",
            },
            "SG-44140: weather lore, SPK-23, fails on overlapping speech at 0:31.",
        ),
        (
            "SG-44152",
            {
                "segment_id": "SG-44152",
                "topic": "fiddle tunes",
                "speaker": "SPK-11",
                "qa_state": "needs_review",
            },
            "SG-44152: fiddle tunes, mostly music, needs a decision on non-speech.",
        ),
        (
            "SG-44161",
            {
                "segment_id": "SG-44161",
                "topic": "shop talk",
                "speaker": "SPK-19",
                "qa_state": "failed",
            },
            "SG-44161: also SPK-19, fails on consent like SG-44120.",
        ),
    ],
    "batch": ("guideline update notices", "annotators"),
}

TROPHY = {
    "pipe_key": "line",
    "name": "engraved_trophy_orders",
    "fmt": "csv",
    "host": "engr-db",
    "tools": {
        "read": "get-order",
        "list": "list-orders",
        "search": "find-plate-stock",
        "submit": "create-engraving-job",
        "poll": "get-laser-queue-entry",
        "write": "update-order-line",
        "handoff": "assign-ticket",
        "src_a": "export-club-roster",
        "src_b": "export-plate-text",
        "step1": "load-artwork",
        "step2": "render-proof",
        "step3": "send-proof-to-customer",
        "verify": "get-order",
        "audit": "list-order-events",
        "notify": "email-batch",
    },
    "ask": "Riverside Juniors FC says their 24 player-of-the-season medals (order TO-61502) haven't shipped and the awards night is Friday. What's going on?",
    "answer": "Order TO-61502 (24 medals, Riverside Juniors FC) is waiting on proof approval: the proof was emailed on Nov 24 and never approved. I've noted it on the order; once they approve, engraving takes one day and it ships next-day for Friday.",
    "rec": (
        "order",
        {"order": "TO-61502"},
        {
            "order": "TO-61502",
            "customer": "Riverside Juniors FC",
            "items": 24,
            "stage": "awaiting_proof_approval",
            "proof_sent": "2026-11-24",
            "due": "2026-12-04",
        },
    ),
    "toggle": (
        {"order": "TO-61502", "line": 3},
        "font",
        ("Trajan", "Trajan at 9pt exceeds plate width for 'Oluwaseun Adebayo-Williams'"),
        ("Arial Narrow", "customer artwork spec requires serif font on all lines"),
    ),
    "submit": (
        "engraving job",
        {
            "order": "TO-61502",
            "machine": "fiber-30w",
            "plates": 24,
            "material": "brass",
            "artwork": "AW-9931",
        },
        (503, "laser controller fiber-30w not responding"),
        [
            (
                "proof_approval_id",
                "PA-4471",
                "proof_approval_id required: customer has not approved a proof",
            ),
            ("plate_size", "50x15mm", "plate_size required for brass plates"),
        ],
        ("plates", "twenty-four", 24, "plates must be an integer"),
    ),
    "job": (
        {"entry": "LQ-8820"},
        "laser queue entry LQ-8820",
        {
            "entry": "LQ-8820",
            "machine": "fiber-30w",
            "state": "waiting",
            "position": 6,
            "operator": "",
            "since": "2026-11-29 08:02",
        },
        [
            {"state": "waiting", "position": 2},
            {"state": "engraving", "plates_done": 6, "plates_total": 24},
            {"state": "engraving", "plates_done": 17, "plates_total": 24},
            {"state": "qc", "plates_done": 24, "rejects": 1},
            {"state": "done", "plates_done": 24, "rejects": 0, "rework": 1},
        ],
    ),
    "monologue": (
        "I need 24 brass plates at 50x15mm for TO-61502 before I can book the laser. Checking plate stock in the back room.",
        {"material": "brass", "size": "50x15mm", "location": "backroom"},
        {"matches": 0, "items": []},
    ),
    "checks": [
        (
            "First the brass plates: 24 at 50x15mm.",
            {"material": "brass", "size": "50x15mm"},
            {"matches": 1, "items": [{"sku": "PL-B5015", "on_hand": 31}]},
        ),
        (
            "Next, the medal ribbons in club colours, red/white.",
            {"material": "ribbon", "colour": "red-white"},
            {"matches": 1, "items": [{"sku": "RB-RW22", "on_hand": 12}]},
        ),
        (
            "Only 12 ribbons; checking whether the 25mm red/white variant covers the rest.",
            {"material": "ribbon", "colour": "red-white", "width": "25mm"},
            {"matches": 1, "items": [{"sku": "RB-RW25", "on_hand": 40}]},
        ),
        (
            "Last, gift boxes for the 3 captains' trophies.",
            {"material": "box", "size": "large"},
            {
                "matches": 2,
                "items": [{"sku": "BX-L01", "on_hand": 5}, {"sku": "BX-L02", "on_hand": 0}],
            },
        ),
    ],
    "src": (
        "order",
        [
            (
                "TO-61502",
                {"names": 24},
                {"plates": 23, "missing": "Tomasz Wrobel"},
                "one name missing from the plate text",
            ),
            ("TO-61510", {"names": 12}, {"plates": 12}, "all names present"),
            (
                "TO-61517",
                {"names": 18},
                {"plates": 18, "misspelt": "Siobhan -> Siobahn"},
                "one misspelling",
            ),
            ("TO-61523", {"names": 9}, {"plates": 9}, "all names present"),
        ],
    ),
    "listing": (
        "orders",
        {"stage": "awaiting_proof_approval", "limit": 20},
        lambda i: {
            "order": "TO-%d" % (61440 + i * 3),
            "customer": (
                "Riverside Juniors FC",
                "Hill Road Bowls Club",
                "St Anne's Chess Society",
                "Eastgate Darts League",
                "Marlow Rowing Club",
            )[i % 5],
            "due": "2026-12-%02d" % (2 + i % 20),
        },
        67,
        "cursor",
        "page",
    ),
    "pipe": (
        "order line",
        ["TO-61502/1", "TO-61502/2", "TO-61502/3", "TO-61502/4", "TO-61502/5"],
        lambda x: {"line": x, "artwork": "AW-9931", "text_lines": 3},
        lambda x: {"line": x, "proof": "PF-" + x[-1] + "1", "pages": 1},
        lambda x: {"line": x, "sent_to": "secretary@riversidejuniors.example", "status": "sent"},
        lambda x: (
            422,
            {
                "message": "artwork for %s changed after proof render; re-render required" % x,
                "line": x,
            },
        ),
    ),
    "pp": (
        {"ticket": "CS-4410"},
        "workshop",
        "customer-service",
        "customer contact is customer service's job",
        "engraving errors go to the workshop",
    ),
    "chain": (
        {"ticket": "CS-4418"},
        [
            ("customer-service", "customer approved corrected proof PA-4471"),
            ("workshop", "plates engraved, QC passed"),
            ("dispatch", "shipped next-day, tracking 1Z88F0213"),
            ("customer-service", "customer notified, ticket closed"),
        ],
    ),
    "verify": ({"order": "TO-61502"}, "stage", "approved_for_engraving", "order.stage_changed"),
    "fix": "resend the proof to Riverside Juniors and chase the approval",
    "clar": (
        "Change the name on one of the Hill Road plates.",
        [
            (
                "Sorry, Hill Road Bowls Club has two open orders, TO-61508 and TO-61526. Which one?",
                "The singles trophy, TO-61526.",
            ),
            ("Thanks. That order has 4 plates. Which year's winner is being changed?", "2026."),
            (
                "And the corrected name exactly as it should be engraved?",
                "Margaret 'Peggy' O'Neill",
            ),
        ],
        (
            {"order": "TO-61526", "line": 4},
            {"text": "2026  Margaret 'Peggy' O'Neill"},
            {
                "order": "TO-61526",
                "line": 4,
                "text": "2026  Margaret 'Peggy' O'Neill",
                "proof_required": True,
            },
        ),
    ),
    "docs": [
        (
            "TO-61502",
            {
                "order": "TO-61502",
                "customer": "Riverside Juniors FC",
                "items": 24,
                "stage": "awaiting_proof_approval",
            },
            "TO-61502: 24 medals for Riverside Juniors, blocked on proof approval.",
        ),
        (
            "TO-61510",
            {
                "order": "TO-61510",
                "customer": "St Anne's Chess Society",
                "items": 12,
                "stage": "engraving",
            },
            "TO-61510: 12 chess plaques, on the laser now.",
        ),
        (
            "TO-61517",
            {
                "order": "TO-61517",
                "customer": "Eastgate Darts League",
                "items": 18,
                "stage": "proof_rejected",
            },
            "TO-61517: 18 darts trophies, proof rejected for a misspelt name.",
        ),
        (
            "TO-61523",
            {"order": "TO-61523", "customer": "Marlow Rowing Club", "items": 9, "stage": "shipped"},
            "TO-61523: 9 oars plaques, already shipped.",
        ),
        (
            "TO-61526",
            {
                "order": "TO-61526",
                "customer": "Hill Road Bowls Club",
                "items": 4,
                "stage": "awaiting_artwork",
            },
            "TO-61526: bowls singles trophy, waiting for artwork.",
        ),
    ],
    "batch": ("proof-approval chasers", "customers"),
}

FENCE = {
    "pipe_key": "run",
    "name": "fencing_contractor_quotes",
    "fmt": "kv",
    "host": "fq-app",
    "tools": {
        "read": "quote:get",
        "list": "leads:list",
        "search": "materials:search",
        "submit": "quote:issue",
        "poll": "survey:status",
        "write": "quote:set-line",
        "handoff": "job:reassign",
        "src_a": "survey:measurements",
        "src_b": "quote:measurements",
        "step1": "site:plan",
        "step2": "materials:takeoff",
        "step3": "quote:draft",
        "verify": "quote:get",
        "audit": "quote:history",
        "notify": "sms:send-bulk",
    },
    "ask": "Customer Dev Patel at 14 Orchard Lane wants his quote for 42 m of closeboard fencing by tonight. Can you finish quote FQ-30877 and send it?",
    "answer": "Quote FQ-30877 for 14 Orchard Lane (42 m closeboard, 1.8 m) can't be issued yet: the survey shows a 0.6 m level drop along the back boundary, which needs stepped panels priced in. I've noted it on the quote; once the stepped section is priced it can go to Dev Patel tonight.",
    "rec": (
        "quote",
        {"id": "FQ-30877"},
        {
            "id": "FQ-30877",
            "customer": "Dev Patel",
            "site": "14 Orchard Lane",
            "length_m": 42,
            "state": "draft",
            "blocker": "level change 0.6m on run B not priced",
        },
    ),
    "toggle": (
        {"id": "FQ-30877", "line": 2},
        "post_type",
        ("concrete", "concrete posts 2.4m out of stock until 2026-12-14"),
        ("timber", "timber posts not allowed: customer spec says no timber in ground"),
    ),
    "submit": (
        "quote",
        {
            "id": "FQ-30877",
            "total_gbp": 4870,
            "vat": "standard",
            "valid_days": 30,
            "send_to": "dev.patel@example.com",
        },
        (503, "pdf renderer queue full"),
        [
            ("deposit_pct", 25, "deposit_pct required for jobs over 2000 GBP"),
            (
                "access_notes",
                "side gate 0.9m, no vehicle access",
                "access_notes required when survey flags restricted access",
            ),
        ],
        ("total_gbp", "4,870.00", 4870, "total_gbp must be numeric"),
    ),
    "job": (
        {"survey": "SV-1188"},
        "site survey SV-1188",
        {
            "survey": "SV-1188",
            "state": "scheduled",
            "surveyor": "unassigned",
            "slot": "2026-11-30 AM",
            "updated": "2026-11-28T16:20:00Z",
        },
        [
            {"state": "scheduled", "surveyor": "J. Hale"},
            {"state": "on_site", "surveyor": "J. Hale", "runs_measured": 1},
            {"state": "on_site", "runs_measured": 3},
            {"state": "uploading", "photos": 27},
            {"state": "complete", "runs": 3, "total_m": 42.4, "level_change_m": 0.6},
        ],
    ),
    "monologue": (
        "For the stepped section I need 1.8 m closeboard panels with gravel boards in pressure-treated timber, 12 of them. Searching the merchant catalogue.",
        {"item": "closeboard panel", "height_m": 1.8, "treatment": "pressure", "qty": 12},
        {"hits": 0, "items": []},
    ),
    "checks": [
        (
            "Run A is straight, 18 m; needs 1.8 m closeboard panels.",
            {"item": "closeboard panel", "height_m": 1.8},
            {
                "hits": 2,
                "items": [{"sku": "CB18-PT", "price": 38.5}, {"sku": "CB18-GR", "price": 44.0}],
            },
        ),
        (
            "Run B steps down 0.6 m; need taller gravel boards for the steps.",
            {"item": "gravel board", "height_mm": 300},
            {"hits": 1, "items": [{"sku": "GB300-C", "price": 11.2}]},
        ),
        (
            "Run C meets the neighbour's wall; need a wall-mount post bracket.",
            {"item": "post bracket", "mount": "wall"},
            {"hits": 1, "items": [{"sku": "WB-75", "price": 6.9}]},
        ),
        (
            "Finally the 0.9 m side gate to match closeboard.",
            {"item": "gate", "width_m": 0.9, "style": "closeboard"},
            {
                "hits": 3,
                "items": [
                    {"sku": "GT09-CB", "price": 119.0},
                    {"sku": "GT09-CBH", "price": 149.0},
                    {"sku": "GT09-LP", "price": 99.0},
                ],
            },
        ),
    ],
    "src": (
        "run",
        [
            ("FQ-30877/A", {"length_m": 18.0}, {"length_m": 18.0}, "run A matches"),
            (
                "FQ-30877/B",
                {"length_m": 14.4, "drop_m": 0.6},
                {"length_m": 14.0, "drop_m": 0.0},
                "run B: quote missing 0.4 m and the 0.6 m drop",
            ),
            ("FQ-30877/C", {"length_m": 10.0}, {"length_m": 10.0}, "run C matches"),
            ("FQ-30877/G", {"gate_m": 0.9}, {"gate_m": None}, "gate not on the quote"),
        ],
    ),
    "listing": (
        "leads",
        {"status": "awaiting_quote", "region": "north", "limit": 15},
        lambda i: {
            "lead": "LD-%d" % (5100 + i * 2),
            "postcode": "HX%d %dQ%s" % (1 + i % 7, 2 + i % 8, "ABDEF"[i % 5]),
            "job": ("closeboard", "picket", "post_and_rail", "gate")[i % 4],
        },
        53,
        "cursor",
        "offset_token",
    ),
    "pipe": (
        "site run",
        ["FQ-30877/A", "FQ-30877/B", "FQ-30877/C", "FQ-30881/A", "FQ-30881/B"],
        lambda x: {"run": x, "length_m": 14.4, "ground": "clay"},
        lambda x: {"run": x, "panels": 8, "posts": 9, "concrete_bags": 18},
        lambda x: {"run": x, "subtotal_gbp": 1622},
        lambda x: (409, {"message": "takeoff for %s predates plan revision r3" % x, "run": x}),
    ),
    "pp": (
        {"job": "JB-2290"},
        "estimating",
        "field-ops",
        "site access questions are for field ops",
        "pricing changes are for estimating",
    ),
    "chain": (
        {"job": "JB-2297"},
        [
            ("field-ops", "confirmed side-gate access 0.9m, barrow only"),
            ("estimating", "added labour uplift 6h for barrow access"),
            ("sales", "customer accepted revised price"),
            ("scheduling", "install booked 2026-12-09"),
        ],
    ),
    "verify": ({"id": "FQ-30877"}, "state", "issued", "quote.issued"),
    "fix": "send the revised quote to Dev Patel",
    "clar": (
        "Add a gate to the Patel quote.",
        [
            (
                "Sorry, where should the gate go: the side passage or the back boundary?",
                "Side passage.",
            ),
            (
                "The side passage opening is 0.9 m. Closeboard to match, or a lighter picket gate?",
                "Match the closeboard.",
            ),
            ("Should it have a lockable latch or a standard thumb latch?", "Lockable."),
        ],
        (
            {"id": "FQ-30877", "line": 5},
            {"item": "GT09-CBH", "qty": 1, "latch": "lockable"},
            {"id": "FQ-30877", "line": 5, "item": "GT09-CBH", "total_gbp": 5019},
        ),
    ),
    "docs": [
        (
            "FQ-30877",
            {"id": "FQ-30877", "customer": "Dev Patel", "length_m": 42, "state": "draft"},
            "FQ-30877: Patel, 42 m closeboard, draft, stepped run unpriced.",
        ),
        (
            "FQ-30881",
            {"id": "FQ-30881", "customer": "Ana Sousa", "length_m": 25, "state": "issued"},
            "FQ-30881: Sousa, 25 m picket, issued Nov 26, no reply yet.",
        ),
        (
            "FQ-30890",
            {"id": "FQ-30890", "customer": "Bramley Primary", "length_m": 120, "state": "accepted"},
            "FQ-30890: school, 120 m weldmesh, accepted, needs a DBS-checked crew.",
        ),
        (
            "FQ-30894",
            {"id": "FQ-30894", "customer": "Lee Chan", "length_m": 9, "state": "expired"},
            "FQ-30894: Chan, 9 m repair, quote expired Nov 20.",
        ),
        (
            "FQ-30902",
            {"id": "FQ-30902", "customer": "Greenway Allotments", "length_m": 64, "state": "draft"},
            "FQ-30902: allotments, 64 m post and rail, draft, rabbit mesh to add.",
        ),
    ],
    "batch": ("survey appointment reminders", "customers"),
}

GHOST = {
    "pipe_key": "ticket_id",
    "name": "ghost_kitchen_order_routing",
    "fmt": "proto",
    "host": "router",
    "tools": {
        "read": "GetOrder",
        "list": "ListOrders",
        "search": "SearchStations",
        "submit": "DispatchOrder",
        "poll": "GetCourierAssignment",
        "write": "SetOrderStation",
        "handoff": "EscalateIncident",
        "src_a": "GetMarketplaceOrders",
        "src_b": "GetKitchenTickets",
        "step1": "GetTicket",
        "step2": "ReserveStation",
        "step3": "FireTicket",
        "verify": "GetOrder",
        "audit": "ListOrderEvents",
        "notify": "PushTabletMessages",
    },
    "ask": "Order GK-228810 from the Dockside hub (3 bowls, 1 wrap) has been sitting for 18 minutes. Get it cooked and out the door.",
    "answer": "GK-228810 is parked because the wrap item needs the grill station and Dockside's grill is marked offline. I've noted it on the order; the bowls can go to the wok line, and the wrap will fire as soon as the grill comes back or the order is split.",
    "rec": (
        "order",
        {"order_id": "GK-228810"},
        {
            "order_id": "GK-228810",
            "hub": "dockside",
            "brand": "Bowl Theory",
            "items": 4,
            "state": "PARKED",
            "park_reason": "station grill offline",
            "age_s": 1092,
        },
    ),
    "toggle": (
        {"order_id": "GK-228810"},
        "station",
        ("wok-2", "wok-2 cannot prepare item WRP-03 (needs grill)"),
        ("grill-1", "grill-1 offline since 11:42"),
    ),
    "submit": (
        "dispatch",
        {
            "order_id": "GK-228810",
            "hub": "dockside",
            "courier_pool": "uber-direct",
            "ready_at": "2026-11-29T12:15:00Z",
        },
        (503, "courier pool uber-direct returned UNAVAILABLE"),
        [
            ("handoff_shelf", "S3", "handoff_shelf required for dockside"),
            ("bag_count", 2, "bag_count required when items > 3"),
        ],
        ("ready_at", "12:15", "2026-11-29T12:15:00Z", "ready_at must be a full timestamp"),
    ),
    "job": (
        {"order_id": "GK-228810"},
        "courier assignment for GK-228810",
        {
            "order_id": "GK-228810",
            "assignment": "SEARCHING",
            "offers_sent": 4,
            "courier": None,
            "eta_s": None,
        },
        [
            {"assignment": "SEARCHING", "offers_sent": 2},
            {"assignment": "OFFERED", "courier": "CR-5512"},
            {"assignment": "ACCEPTED", "courier": "CR-5512", "eta_s": 420},
            {"assignment": "ARRIVING", "courier": "CR-5512", "eta_s": 60},
            {"assignment": "PICKED_UP", "courier": "CR-5512", "shelf": "S3"},
        ],
    ),
    "monologue": (
        "The wrap needs a grill-capable station at Dockside that is online and under 80% load. Searching stations with those constraints.",
        {"hub": "dockside", "capability": "grill", "online": True, "max_load": 0.8},
        {"stations": [], "total": 0},
    ),
    "checks": [
        (
            "Bowls first: which Dockside wok stations are online?",
            {"hub": "dockside", "capability": "wok"},
            {"total": 2, "stations": [{"id": "wok-1", "load": 0.9}, {"id": "wok-2", "load": 0.4}]},
        ),
        (
            "The wrap needs a grill; checking the neighbouring Pier 9 hub since Dockside's grill is down.",
            {"hub": "pier9", "capability": "grill"},
            {"total": 1, "stations": [{"id": "grill-3", "load": 0.55}]},
        ),
        (
            "Pier 9 is 1.2 km away; is there a cold station at Dockside that can do the wrap as a cold variant?",
            {"hub": "dockside", "capability": "cold"},
            {"total": 1, "stations": [{"id": "cold-1", "load": 0.2}]},
        ),
        (
            "Checking packing capacity at Dockside for a split order.",
            {"hub": "dockside", "capability": "pack"},
            {"total": 1, "stations": [{"id": "pack-1", "load": 0.65}]},
        ),
    ],
    "src": (
        "window",
        [
            ("11:00-11:30", {"orders": 41}, {"tickets": 41}, "match"),
            (
                "11:30-12:00",
                {"orders": 57},
                {"tickets": 55, "missing": "GK-228810,GK-228833"},
                "two marketplace orders without kitchen tickets",
            ),
            ("12:00-12:30", {"orders": 63}, {"tickets": 63}, "match"),
            (
                "12:30-13:00",
                {"orders": 48},
                {"tickets": 49, "extra": "GK-229017"},
                "one ticket with no marketplace order (test order)",
            ),
        ],
    ),
    "listing": (
        "orders",
        {"hub": "dockside", "state": "PARKED", "page_size": 10},
        lambda i: {
            "order_id": "GK-%d" % (228700 + i * 11),
            "brand": ("Bowl Theory", "Wrap Republic", "Nonna's Pasta")[i % 3],
            "age_s": 300 + i * 47,
        },
        38,
        "page_token",
        "cursor",
    ),
    "pipe": (
        "ticket",
        ["TK-90121", "TK-90122", "TK-90125", "TK-90127", "TK-90130"],
        lambda x: {"ticket": x, "items": 2, "brand": "Bowl Theory"},
        lambda x: {"ticket": x, "station": "wok-2", "reservation": "RS-" + x[-3:]},
        lambda x: {"ticket": x, "fired": True, "promised_s": 540},
        lambda x: (409, {"message": "reservation for %s expired before fire" % x, "ticket": x}),
    ),
    "pp": (
        {"incident": "INC-6604"},
        "hub-ops",
        "marketplace-support",
        "order-state sync issues go to marketplace support",
        "physical station outages are hub ops",
    ),
    "chain": (
        {"incident": "INC-6611"},
        [
            ("hub-ops", "grill-1 breaker reset, station back online"),
            ("marketplace-support", "order state resynced with marketplace"),
            ("kitchen-lead", "wrap fired, order packed"),
            ("dispatch", "courier CR-5512 picked up"),
        ],
    ),
    "verify": ({"order_id": "GK-228810"}, "state", "COOKING", "order.station_set"),
    "fix": "fire GK-228810 and get it to a courier",
    "clar": (
        "Pull the pasta brand off one of the hubs for the evening.",
        [
            ("Sorry, Nonna's Pasta runs at Dockside and Pier 9. Which hub?", "Pier 9."),
            ("Thanks. From when: now, or from the 17:00 dinner window?", "From 17:00."),
            ("Until close tonight, or until someone turns it back on?", "Until close."),
        ],
        (
            {"order_id": "brand:nonnas@pier9"},
            {"paused_from": "17:00", "paused_until": "close"},
            {
                "brand": "Nonna's Pasta",
                "hub": "pier9",
                "paused": True,
                "from": "17:00",
                "until": "23:00",
            },
        ),
    ),
    "docs": [
        (
            "GK-228810",
            {"order_id": "GK-228810", "brand": "Bowl Theory", "state": "PARKED", "items": 4},
            "GK-228810: Bowl Theory, 4 items, parked on the grill outage.",
        ),
        (
            "GK-228833",
            {"order_id": "GK-228833", "brand": "Wrap Republic", "state": "PARKED", "items": 2},
            "GK-228833: Wrap Republic, 2 wraps, parked behind the dead grill too.",
        ),
        (
            "GK-228841",
            {"order_id": "GK-228841", "brand": "Nonna's Pasta", "state": "COOKING", "items": 3},
            "GK-228841: pasta, cooking fine on the hob line.",
        ),
        (
            "GK-228857",
            {"order_id": "GK-228857", "brand": "Bowl Theory", "state": "READY", "items": 1},
            "GK-228857: one bowl ready on shelf S1, courier late.",
        ),
        (
            "GK-228862",
            {"order_id": "GK-228862", "brand": "Wrap Republic", "state": "CANCELLED", "items": 3},
            "GK-228862: cancelled by the customer after 20 minutes.",
        ),
    ],
    "batch": ("station load updates", "tablets"),
}

LITHIUM = {
    "pipe_key": "--module",
    "name": "lithium_cell_recycling",
    "fmt": "table",
    "host": "yard-db",
    "tools": {
        "read": "cellyard lot show",
        "list": "cellyard lot ls",
        "search": "cellyard bin find",
        "submit": "cellyard manifest file",
        "poll": "cellyard discharge status",
        "write": "cellyard lot set",
        "handoff": "cellyard case route",
        "src_a": "cellyard scale readings",
        "src_b": "cellyard manifest lines",
        "step1": "cellyard intake scan",
        "step2": "cellyard soc test",
        "step3": "cellyard bin assign",
        "verify": "cellyard lot show",
        "audit": "cellyard lot history",
        "notify": "cellyard notify suppliers",
    },
    "ask": "Lot LB-7730 (EV modules from the Northgate dealer) has been on the quarantine pad since yesterday. Get it processed and onto a shipment to the shredder.",
    "answer": "Lot LB-7730 is still quarantined because 3 of its 18 modules read above 30% state of charge, and the shredder only accepts below 30%. I've noted it on the lot; once those three are discharged it can be manifested to the shredder.",
    "rec": (
        "lot",
        {"lot": "LB-7730"},
        {
            "lot": "LB-7730",
            "supplier": "Northgate Motors",
            "modules": 18,
            "chemistry": "NMC",
            "zone": "quarantine-pad-2",
            "hold": "3 modules SOC>30%",
        },
    ),
    "toggle": (
        {"lot": "LB-7730"},
        "hazard_class",
        ("UN3480", "UN3480 applies to loose cells; lot contains modules in packs"),
        ("UN3171", "UN3171 is for battery-powered vehicles; lot is removed modules"),
    ),
    "submit": (
        "manifest",
        {
            "lot": "LB-7730",
            "destination": "shredder-ridgeway",
            "carrier": "HZ Freight",
            "gross_kg": 4120,
            "un_number": "UN3480",
        },
        (503, "regulator portal e-manifest gateway unreachable"),
        [
            ("packing_group", "II", "packing_group required for UN3480"),
            (
                "soc_certificate",
                "SOC-7730-B",
                "soc_certificate required: lot has modules above 30% at last test",
            ),
        ],
        ("gross_kg", "4.12t", 4120, "gross_kg must be an integer number of kilograms"),
    ),
    "job": (
        {"rack": "DR-04"},
        "discharge on rack DR-04",
        {
            "rack": "DR-04",
            "lot": "LB-7730",
            "modules": 3,
            "state": "waiting_power",
            "avg_soc_pct": 41,
            "updated": "2026-11-29 06:05",
        },
        [
            {"state": "discharging", "avg_soc_pct": 38},
            {"state": "discharging", "avg_soc_pct": 31},
            {"state": "discharging", "avg_soc_pct": 24},
            {"state": "resting", "avg_soc_pct": 19},
            {"state": "complete", "avg_soc_pct": 17, "max_soc_pct": 22},
        ],
    ),
    "monologue": (
        "The three high-SOC modules need a fireproof bin rated for NMC in the quarantine zone before they can move. Looking up free bins.",
        {"zone": "quarantine", "rating": "nmc-fireproof", "free": True},
        {"bins": [], "count": 0},
    ),
    "checks": [
        (
            "First the 15 modules below 30%: they need a standard steel bin.",
            {"zone": "staging", "type": "steel"},
            {
                "count": 2,
                "bins": [{"bin": "SB-11", "capacity": 10}, {"bin": "SB-14", "capacity": 10}],
            },
        ),
        (
            "The 3 high-SOC modules need a fireproof bin.",
            {"zone": "quarantine", "type": "fireproof"},
            {"count": 1, "bins": [{"bin": "FB-02", "capacity": 4}]},
        ),
        (
            "One module has a swollen casing, which needs a sand-filled drum.",
            {"zone": "quarantine", "type": "sand-drum"},
            {"count": 1, "bins": [{"bin": "SD-07", "capacity": 1}]},
        ),
        (
            "Loose cable harnesses go to copper recovery; checking for a cage.",
            {"zone": "staging", "type": "copper-cage"},
            {"count": 1, "bins": [{"bin": "CC-01", "capacity": 50}]},
        ),
    ],
    "src": (
        "lot",
        [
            ("LB-7730", {"net_kg": 3980}, {"declared_kg": 3980}, "weights agree"),
            (
                "LB-7734",
                {"net_kg": 1215},
                {"declared_kg": 1400},
                "185 kg short against the manifest",
            ),
            ("LB-7741", {"net_kg": 640}, {"declared_kg": 640}, "weights agree"),
            ("LB-7745", {"net_kg": 2290}, {"declared_kg": 2210}, "80 kg over the manifest"),
        ],
    ),
    "listing": (
        "lots",
        {"zone": "quarantine", "limit": 12},
        lambda i: {
            "lot": "LB-%d" % (7690 + i * 4),
            "supplier": ("Northgate Motors", "Citi E-Bikes", "Parkside Forklifts", "Volt Scooters")[
                i % 4
            ],
            "kg": 300 + i * 137,
        },
        41,
        "--after",
        "--page",
    ),
    "pipe": (
        "module",
        ["MD-7730-01", "MD-7730-02", "MD-7730-03", "MD-7730-04", "MD-7730-05"],
        lambda x: {"module": x, "chemistry": "NMC", "mass_kg": 22.1, "casing": "ok"},
        lambda x: {"module": x, "soc_pct": 18, "voltage": 3.41},
        lambda x: {"module": x, "bin": "SB-11"},
        lambda x: (
            409,
            {"error": "SOC test for %s is older than 4h; retest before binning" % x, "module": x},
        ),
    ),
    "pp": (
        {"case": "CZ-3307"},
        "ehs",
        "logistics",
        "shipment paperwork belongs to logistics",
        "hazard classification is an EHS decision",
    ),
    "chain": (
        {"case": "CZ-3312"},
        [
            ("ehs", "hazard class confirmed UN3480, packing group II"),
            ("logistics", "HZ Freight booked for Dec 2"),
            ("yard", "modules loaded, seals applied S-88121"),
            ("compliance", "e-manifest accepted, case closed"),
        ],
    ),
    "verify": ({"lot": "LB-7730"}, "zone", "outbound-bay-1", "lot.zone_changed"),
    "fix": "release LB-7730 from quarantine and book the shredder shipment",
    "clar": (
        "Move the scooter batteries to the other shipment.",
        [
            (
                "Sorry, there are two Volt Scooters lots in the yard, LB-7702 and LB-7742. Which one?",
                "LB-7742.",
            ),
            (
                "Thanks. Should it join the Ridgeway shredder shipment on Dec 2 or the hydromet one on Dec 5?",
                "Ridgeway, Dec 2.",
            ),
            (
                "That shipment is at 3.6 t of a 4 t limit and LB-7742 is 0.55 t. Split the lot, or bump something?",
                "Split it, send what fits.",
            ),
        ],
        (
            {"lot": "LB-7742"},
            {"shipment": "SH-1202", "kg": 400},
            {"lot": "LB-7742", "shipment": "SH-1202", "kg_moved": 400, "kg_remaining": 150},
        ),
    ),
    "docs": [
        (
            "LB-7730",
            {"lot": "LB-7730", "supplier": "Northgate Motors", "modules": 18, "hold": "SOC"},
            "LB-7730: Northgate EV modules, 18, held for high state of charge.",
        ),
        (
            "LB-7734",
            {"lot": "LB-7734", "supplier": "Citi E-Bikes", "modules": 62, "hold": "weight"},
            "LB-7734: e-bike packs, 62, held for a weight shortfall.",
        ),
        (
            "LB-7741",
            {"lot": "LB-7741", "supplier": "Parkside Forklifts", "modules": 4, "hold": "none"},
            "LB-7741: forklift LFP packs, clear to ship.",
        ),
        (
            "LB-7745",
            {"lot": "LB-7745", "supplier": "Volt Scooters", "modules": 140, "hold": "damaged"},
            "LB-7745: scooter cells, two swollen, need sand drums.",
        ),
        (
            "LB-7749",
            {"lot": "LB-7749", "supplier": "Northgate Motors", "modules": 6, "hold": "paperwork"},
            "LB-7749: another Northgate lot, missing the supplier declaration.",
        ),
    ],
    "batch": ("weight discrepancy notices", "suppliers"),
}

MOSQ = {
    "pipe_key": "request_id",
    "name": "mosquito_abatement_district",
    "fmt": "log",
    "host": "vcd",
    "tools": {
        "read": "get_trap_record",
        "list": "list_trap_collections",
        "search": "find_larvicide_stock",
        "submit": "file_spray_notice",
        "poll": "get_lab_pool_result",
        "write": "set_treatment_plan",
        "handoff": "route_service_request",
        "src_a": "get_field_counts",
        "src_b": "get_lab_counts",
        "step1": "get_service_request",
        "step2": "schedule_inspection",
        "step3": "assign_technician",
        "verify": "get_treatment_plan",
        "audit": "list_plan_changes",
        "notify": "send_resident_alerts",
    },
    "ask": "Trap CT-118 near Willow Creek had a West Nile positive pool last week. Please get the adulticide spray notice filed for zone WC-3 so we can treat Thursday night.",
    "answer": "The spray notice for zone WC-3 can't be filed yet: the West Nile result for trap CT-118 (pool PL-6610) is still listed as presumptive, and the county requires a confirmed result. I've noted it on the zone; once the lab confirms, the notice can go out for Thursday night.",
    "rec": (
        "trap record",
        {"trap": "CT-118"},
        {
            "trap": "CT-118",
            "zone": "WC-3",
            "last_collection": "2026-11-23",
            "females": 212,
            "pool": "PL-6610",
            "wnv": "presumptive",
        },
    ),
    "toggle": (
        {"zone": "WC-3"},
        "product",
        ("etofenprox", "etofenprox ULV not permitted within 100 ft of Willow Creek"),
        ("bti", "bti is a larvicide; plan type adulticide requires an adulticide product"),
    ),
    "submit": (
        "spray notice",
        {
            "zone": "WC-3",
            "product": "pyrethrin-pbo",
            "window": "2026-12-03T21:00/2026-12-04T02:00",
            "method": "truck_ulv",
        },
        (504, "county notification service timed out"),
        [
            (
                "lab_confirmation_id",
                "LC-2281",
                "lab_confirmation_id required for adulticide notices",
            ),
            (
                "beekeeper_notice_sent",
                True,
                "registered apiaries within 1 mile must be notified first",
            ),
        ],
        (
            "window",
            "Thu 9pm-2am",
            "2026-12-03T21:00/2026-12-04T02:00",
            "window must be an ISO-8601 interval",
        ),
    ),
    "job": (
        {"pool": "PL-6610"},
        "lab result for pool PL-6610",
        {
            "pool": "PL-6610",
            "assay": "RT-PCR",
            "status": "presumptive",
            "ct_value": 33.8,
            "reviewed_by": None,
        },
        [
            {"status": "rerun_queued", "ct_value": 33.8},
            {"status": "rerun_running", "plate": "PCR-1129"},
            {"status": "rerun_complete", "ct_value": 31.2},
            {"status": "under_review", "reviewed_by": "Dr. Nwosu"},
            {"status": "confirmed", "ct_value": 31.2, "confirmation": "LC-2281"},
        ],
    ),
    "monologue": (
        "If the adulticide has to wait, WC-3 still needs larviciding in the creek margins. I need Bti granules, at least 40 lb, in the east depot.",
        {"product": "bti_granules", "min_lb": 40, "depot": "east"},
        {"count": 0},
    ),
    "checks": [
        (
            "Creek margins first: Bti granules, 40 lb, east depot.",
            {"product": "bti_granules", "depot": "east"},
            {"count": 1, "lots": [{"lot": "BT-551", "lb": 25}]},
        ),
        (
            "East depot only has 25 lb; checking the west depot for the remaining 15.",
            {"product": "bti_granules", "depot": "west"},
            {"count": 1, "lots": [{"lot": "BT-560", "lb": 90}]},
        ),
        (
            "Storm drains need methoprene briquets.",
            {"product": "methoprene_briquet", "depot": "east"},
            {"count": 1, "lots": [{"lot": "MB-212", "units": 300}]},
        ),
        (
            "Two neglected pools need a surface film.",
            {"product": "monomolecular_film", "depot": "any"},
            {"count": 1, "lots": [{"lot": "MF-031", "gal": 6}]},
        ),
    ],
    "src": (
        "trap",
        [
            ("CT-118", {"females": 212}, {"females": 212, "pools": 5}, "counts agree"),
            (
                "CT-121",
                {"females": 87},
                {"females": 78, "pools": 2},
                "lab counted 9 fewer (damaged specimens)",
            ),
            (
                "CT-124",
                {"females": 0},
                {"females": 0},
                "trap empty, battery fault noted in field log",
            ),
            ("CT-130", {"females": 344}, {"females": 344, "pools": 7}, "counts agree"),
        ],
    ),
    "listing": (
        "collections",
        {"zone": "WC", "week": "2026-W48", "limit": 20},
        lambda i: {
            "collection": "CL-%d" % (40110 + i * 3),
            "trap": "CT-%d" % (101 + i),
            "females": (i * 37) % 250,
            "species": ("Cx. tarsalis", "Cx. pipiens", "Ae. vexans")[i % 3],
        },
        64,
        "cursor",
        "after_id",
    ),
    "pipe": (
        "service request",
        ["SR-30511", "SR-30514", "SR-30518", "SR-30522", "SR-30527"],
        lambda x: {"request": x, "type": "standing water", "address": "Willow Creek Rd"},
        lambda x: {"request": x, "inspection": "IN-" + x[-4:], "date": "2026-12-01"},
        lambda x: {"request": x, "technician": "T-07"},
        lambda x: (
            409,
            {
                "error": "inspection for %s was cancelled by route optimiser; reschedule" % x,
                "request": x,
            },
        ),
    ),
    "pp": (
        {"request": "SR-30540"},
        "vector-ecology",
        "field-ops",
        "treatment scheduling is field ops",
        "surveillance questions belong to vector ecology",
    ),
    "chain": (
        {"request": "SR-30546"},
        [
            ("field-ops", "inspected, 2 breeding sources in neglected pool"),
            ("code-enforcement", "notice of violation issued to owner"),
            ("vector-ecology", "added address to weekly monitoring"),
            ("public-info", "resident informed, request closed"),
        ],
    ),
    "verify": ({"zone": "WC-3"}, "status", "approved", "plan.approved"),
    "fix": "file the WC-3 spray notice",
    "clar": (
        "A resident on Alder Way wants to opt out of spraying.",
        [
            (
                "Sorry, which address on Alder Way? The street is split across zones WC-3 and WC-4.",
                "1408 Alder Way.",
            ),
            (
                "Thanks, that's WC-3. Opt out of truck spraying only, or also backyard larviciding?",
                "Truck spraying only.",
            ),
            (
                "Is it a medical opt-out (chemical sensitivity) or an organic-garden one? The buffer differs.",
                "Medical.",
            ),
        ],
        (
            {"zone": "WC-3"},
            {"exclusion": "1408 Alder Way", "buffer_ft": 300, "reason": "medical"},
            {"zone": "WC-3", "exclusions": 4, "added": "1408 Alder Way", "buffer_ft": 300},
        ),
    ),
    "docs": [
        (
            "CT-118",
            {"trap": "CT-118", "zone": "WC-3", "females": 212, "wnv": "presumptive"},
            "CT-118: WC-3, 212 females, presumptive WNV.",
        ),
        (
            "CT-121",
            {"trap": "CT-121", "zone": "WC-3", "females": 78, "wnv": "negative"},
            "CT-121: WC-3, 78 females, negative.",
        ),
        (
            "CT-124",
            {"trap": "CT-124", "zone": "WC-4", "females": 0, "wnv": "not_tested"},
            "CT-124: WC-4, empty because of a battery fault.",
        ),
        (
            "CT-130",
            {"trap": "CT-130", "zone": "WC-4", "females": 344, "wnv": "negative"},
            "CT-130: WC-4, highest count this week but negative.",
        ),
        (
            "CT-133",
            {"trap": "CT-133", "zone": "WC-2", "females": 19, "wnv": "negative"},
            "CT-133: WC-2, low count, negative.",
        ),
    ],
    "batch": ("spray-night alerts", "residents"),
}

DOMAINS = [ACU, CROSS, DIALECT, TROPHY, FENCE, GHOST, LITHIUM, MOSQ]


# ---------------------------------------------------------------------------
# step helpers


def llm(text: str, obs: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": obs}


def call(d: dict, nz: Noise, op: str, args: dict, payload: dict, code: int = 200) -> dict:
    nz.tick()
    name = d["tools"][op]
    return {
        "kind": "tool",
        "tool": name,
        "args": args,
        "observation": RENDER[d["fmt"]](nz, name, payload, code),
        "error": code >= 400,
    }


def rec_id(d: dict) -> str:
    return next(iter(d["rec"][1].values()))


def pipe_key(d: dict) -> str:
    return d.get("pipe_key", d["pipe"][0].replace(" ", "_") + "_id")


def job_id(d: dict) -> str:
    return next(iter(d["job"][0].values()))


APOLOGY = [
    "I'm sorry about that. I'll {fix} right away and confirm.",
    "Apologies for the delay. I'm going to {fix} now and let you know.",
    "You're right, sorry. I'll {fix} immediately.",
    "My apologies. I'll {fix} this minute and report back.",
    "Sorry for the wait. I'm about to {fix}; confirmation shortly.",
    "I apologise, that should be done already. I'll {fix} now.",
    "Understood, sorry. I will {fix} straight away.",
    "Sorry. Let me {fix} now and I'll update you as soon as it's done.",
]
NUDGES = [
    "Any update?",
    "Has it been done?",
    "Nothing has changed on our end.",
    "Can you please just do it?",
    "It's been a while. Status?",
    "Is something failing?",
    "Hello?",
    "We're running out of time here.",
]


def apologies(d: dict) -> list[str]:
    if "apology" in d:
        return list(d["apology"])
    return [a.format(fix=d["fix"]) for a in APOLOGY]


def nudges(d: dict) -> list[str]:
    return list(d.get("nudges", NUDGES))


def small_limit(args: dict, size: int) -> dict:
    out = dict(args)
    for k in ("limit", "first", "page_size"):
        if k in out:
            out[k] = size
    return out


def token(rng: random.Random) -> str:
    return "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in range(14)
    )


def cosmetic(args: dict, i: int) -> dict:
    """Same submission with a harmless surface change (casing, key order, an extra note)."""
    out = dict(args)
    strs = [k for k, v in out.items() if isinstance(v, str)]
    mode = i % 4
    if mode == 0 and strs:
        k = strs[-1]
        out[k] = out[k].upper() if out[k] != out[k].upper() else out[k].lower()
    elif mode == 1:
        out = dict(reversed(list(out.items())))
    elif mode == 2:
        out["notes"] = (
            "checked with requester",
            "resubmitted from console",
            "values confirmed",
            "see ticket",
        )[i % 4]
    elif strs:
        k = strs[0]
        out[k] = " %s " % out[k]
    return out


# ---------------------------------------------------------------------------
# loop kinds


def loop_exact_repeat(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    _noun, args, payload = d["rec"]
    steps = [call(d, nz, "read", dict(args), payload)]
    reps = 3 + (v + rng.randint(0, 2)) % 6
    nd = nudges(d)
    steps.append(llm(d["answer"], d["ask"]))
    for i in range(reps - 1):
        obs = "" if rng.random() < 0.4 else nd[(i + v) % len(nd)]
        steps.append(llm(d["answer"], obs))
    return steps


PARA = [
    "Let me pull up {noun} {id} and see what is blocking it.",
    "I'll take another look at {noun} {id} to find the blocker.",
    "Checking {id} to work out why it hasn't gone through.",
    "Let me open the {noun} ({id}) and look for what's holding it up.",
    "I should look at {id} more closely to understand the hold.",
    "Going back to {noun} {id}; I want to see what it still needs.",
    "Let me re-read {noun} {id} to figure out the issue.",
    "A fresh look at {id} should tell me what's wrong with it.",
]


def loop_paraphrased_repeat(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, args, payload = d["rec"]
    rid = rec_id(d)
    order = list(range(len(PARA)))
    rng.shuffle(order)
    reps = 3 + (v + rng.randint(0, 1)) % 4
    steps = []
    for i in range(reps):
        steps.append(llm(PARA[order[i]].format(noun=noun, id=rid), d["ask"] if i == 0 else ""))
        if i % 3 != 2 or i == 0:
            steps.append(call(d, nz, "read", dict(args), payload))
    return steps


def loop_ab_oscillation(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    wargs, field, (va, wa), (vb, wb) = d["toggle"]
    ver = rng.randint(3, 40)
    steps = [
        llm("I'll set %s on %s so it can go ahead." % (field, next(iter(wargs.values()))), d["ask"])
    ]
    cycles = 3 + (v + rng.randint(0, 1)) % 3
    say_a = [
        "%s gives a warning: %s. Switching %s to %s." % (va, wa, field, vb),
        "That won't work (%s). Trying %s instead." % (wa, vb),
        "Warning on %s. I'll use %s." % (va, vb),
    ]
    say_b = [
        "%s has its own problem: %s. Going with %s." % (vb, wb, va),
        "Hmm, %s. Setting it to %s." % (wb, va),
        "%s is not valid here either; back to %s." % (vb, va),
    ]
    for c in range(cycles):
        ver += 1
        steps.append(
            call(
                d,
                nz,
                "write",
                {**wargs, field: va},
                {field: va, "updated": True, "version": ver, "warning": wa},
            )
        )
        if c % 2 == 0 or v % 2:
            steps.append(llm(say_a[(c + v) % 3]))
        ver += 1
        steps.append(
            call(
                d,
                nz,
                "write",
                {**wargs, field: vb},
                {field: vb, "updated": True, "version": ver, "warning": wb},
            )
        )
        if c % 2 == 1 or v % 3 == 0:
            steps.append(llm(say_b[(c + v) % 3]))
    return steps


def loop_failing_tool_retry(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, base, (code, msg), missing, _bad = d["submit"]
    args = {**base, **{f: val for f, val, _m in missing}}
    say = [
        "No answer from upstream. Submitting the %s now." % noun,
        "That failed with %d. I'll submit it right away." % code,
        "The service didn't answer. Sending the %s." % noun,
        "Got %d from the gateway; submitting." % code,
    ]
    steps = [llm("Everything the %s needs is in place; submitting it." % noun, d["ask"])]
    reps = 3 + (v + rng.randint(0, 2)) % 5
    for i in range(reps):
        steps.append(call(d, nz, "submit", dict(args), {"error": msg}, code))
        if i % 2 == 1 and i < reps - 1:
            steps.append(llm(say[(i + v) % len(say)]))
    return steps


def loop_same_action_same_observation(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    args, noun, frozen, _stages = d["job"]
    state = next(x for k, x in frozen.items() if k in ("state", "status", "assignment"))
    say = [
        "The %s shows %s. I'll check it in a moment." % (noun, state),
        "Still %s. Checking the %s shortly." % (state, noun),
        "No movement yet on the %s; I'll look at it in a bit." % noun,
        "%s. Waiting a little before the next check." % state.capitalize(),
        "Status is %s. Checking the %s." % (state, noun),
    ]
    steps = [llm("Let me check on the %s first." % noun, d["ask"])]
    reps = 3 + (v + rng.randint(0, 2)) % 5
    for i in range(reps):
        steps.append(call(d, nz, "poll", dict(args), frozen))
        if i < reps - 1 and (i + v) % 3 != 2:
            steps.append(llm(say[(i + v) % len(say)]))
    return steps


def loop_identical_monologue(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    thought, args, payload = d["monologue"]
    reps = 3 + (v + rng.randint(0, 1)) % 4
    steps = []
    for i in range(reps):
        steps.append(llm(thought, d["ask"] if i == 0 else ""))
        steps.append(call(d, nz, "search", dict(args), payload))
    return steps


def loop_identical_tool_calls(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    _noun, args, _p = d["rec"]
    key = next(iter(args))
    doc_id, payload, _sum = d["docs"][1 + v % 3]
    reps = 4 + (v + rng.randint(0, 3)) % 7
    return [call(d, nz, "read", {key: doc_id}, payload) for _ in range(reps)]


def loop_cursor_reset_pagination(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, args, item, total, _good, wrong = d["listing"]
    size = 4 + v % 3
    largs = small_limit(args, size)
    page = [item(i) for i in range(size)]
    cur = token(rng)
    payload = {"total": total, "returned": size, "next": cur, "items": page}
    steps = [
        llm("I'll go through all the %s, %d per page." % (noun, size), d["ask"]),
        call(d, nz, "list", largs, payload),
    ]
    reps = 2 + (v + rng.randint(0, 1)) % 4
    say = [
        "Got %d of %d %s. Fetching the next page." % (size, total, noun),
        "Next page of %s." % noun,
        "Continuing with cursor %s." % cur,
        "%d more %s to read; next page." % (total - size, noun),
    ]
    for i in range(reps):
        if i % 2 == 0 or v % 2:
            steps.append(llm(say[(i + v) % len(say)]))
        steps.append(call(d, nz, "list", {**largs, wrong: cur}, payload))
    return steps


def loop_cosmetic_resubmit(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, base, _srv, missing, _bad = d["submit"]
    f, _val, msg = missing[0]
    err = {"error": "validation failed", "violations": msg, "field": f}
    steps = [
        llm("Submitting the %s." % noun, d["ask"]),
        call(d, nz, "submit", dict(base), err, 422),
    ]
    reps = 3 + (v + rng.randint(0, 1)) % 4
    say = [
        "Validation failed. I've tidied the payload; submitting it.",
        "Let me adjust the request and send it.",
        "Probably a formatting issue. Cleaning the fields up and resubmitting.",
        "I'll normalise the values and submit the %s." % noun,
        "Rejected. Reordering the fields and trying the submission.",
    ]
    for i in range(reps):
        if i % 2 == 0 or v % 2 == 1:
            steps.append(llm(say[(i + v) % len(say)]))
        steps.append(call(d, nz, "submit", cosmetic(base, i + v), err, 422))
    return steps


def loop_three_step_cycle(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, ids, p1, p2, _p3, fail = d["pipe"]
    x = ids[v % len(ids)]
    key = pipe_key(d)
    code, fp = fail(x)
    cycles = 3 + (v % 2)
    say = [
        "The last step was rejected. Starting the %s from the top." % noun,
        "Rejected at the final step; I'll redo %s from the beginning." % x,
        "Let me go back to the start for %s." % x,
    ]
    steps = [llm("Working through %s %s." % (noun, x), d["ask"])]
    for c in range(cycles):
        steps.append(call(d, nz, "step1", {key: x}, p1(x)))
        steps.append(call(d, nz, "step2", {key: x}, p2(x)))
        steps.append(call(d, nz, "step3", {key: x}, fp, code))
        if c < cycles - 1 and (c + v) % 2 == 0:
            steps.append(llm(say[(c + v) % 3]))
    return steps


def loop_handoff_ping_pong(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    args, a, b, ra, rb = d["pp"]
    tid = next(iter(args.values()))
    cycles = 3 + (v + rng.randint(0, 1)) % 2
    steps = [llm("This needs the %s team; routing %s there." % (a, tid), d["ask"])]
    for c in range(cycles):
        steps.append(
            call(
                d,
                nz,
                "handoff",
                {**args, "team": a},
                {
                    "task": tid,
                    "assigned_to": a,
                    "state": "returned",
                    "returned_by": a,
                    "reason": ra,
                },
            )
        )
        if c % 2 == 0 or v % 2:
            steps.append(
                llm(
                    (
                        "%s sent it back: %s. Routing to %s." % (a, ra, b),
                        "Returned by %s. Assigning to %s." % (a, b),
                    )[c % 2]
                )
            )
        steps.append(
            call(
                d,
                nz,
                "handoff",
                {**args, "team": b},
                {
                    "task": tid,
                    "assigned_to": b,
                    "state": "returned",
                    "returned_by": b,
                    "reason": rb,
                },
            )
        )
        if c % 2 == 1 or v % 3 == 0:
            steps.append(
                llm(
                    (
                        "%s says %s. Sending it to %s." % (b, rb, a),
                        "%s returned it. %s should take this." % (b, a),
                    )[c % 2]
                )
            )
    return steps


def loop_reverify_after_success(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    args, field, value, _event = d["verify"]
    steps = [
        llm("Setting %s to %s." % (field, value), d["ask"]),
        call(d, nz, "write", {**args, field: value}, {**args, field: value, "updated": True}),
    ]
    noun = d["rec"][0]
    say = [
        "Updated. Let me confirm it saved.",
        "It shows %s=%s. I'll double-check the %s to be sure." % (field, value, noun),
        "Looks right, but let me verify it persisted.",
        "Confirmed %s. Checking it one more time to be certain." % value,
        "Let me make sure the change is really there.",
    ]
    reps = 3 + (v + rng.randint(0, 2)) % 5
    view = {**args, field: value, "updated_by": "agent", "rev": rng.randint(10, 90)}
    for i in range(reps):
        if i % 2 == 0 or v % 2:
            steps.append(llm(say[(i + v) % len(say)]))
        steps.append(call(d, nz, "verify", dict(args), view))
    return steps


def loop_apology_promise(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    ap = apologies(d)
    nd = nudges(d)
    rng.shuffle(ap)
    rng.shuffle(nd)
    reps = 4 + (v + rng.randint(0, 1)) % 5
    steps = [llm(ap[0], d["ask"])]
    steps.extend(llm(ap[i % len(ap)], nd[(i - 1) % len(nd)]) for i in range(1, reps))
    return steps


# ---------------------------------------------------------------------------
# progress kinds (near misses)


def prog_templated_report_lines(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    what, who = d["batch"]
    k = 2 + (v + rng.randint(0, 2)) % 4
    sizes = [rng.randint(8, 40) for _ in range(k)]
    total = sum(sizes)
    steps = [
        llm(
            "Sending the %s in %d batches (%d %s in all)." % (what, k, total, who),
            "Please send out this week's %s." % what,
        )
    ]
    sent = 0
    for i, n in enumerate(sizes):
        failed = rng.choice([0, 0, 1, 2])
        ids = ["R%04d" % rng.randint(1000, 9999) for _ in range(failed)]
        sent += n - failed
        steps.append(
            call(
                d,
                nz,
                "notify",
                {"batch": i + 1, "of": k, "recipients": n, "template": what.replace(" ", "_")},
                {
                    "batch": i + 1,
                    "accepted": n - failed,
                    "rejected": failed,
                    "rejected_ids": ", ".join(ids) or "none",
                    "sent_so_far": sent,
                },
            )
        )
        tail = ", %d rejected (%s)" % (failed, ", ".join(ids)) if failed else ", none rejected"
        steps.append(llm("Batch %d/%d sent: %d %s%s." % (i + 1, k, n - failed, who, tail)))
    if v % 2 == 0:
        steps.append(
            llm(
                "Done: %d of %d %s delivered; the rejected ones need corrected contact details."
                % (sent, total, who)
            )
        )
    return steps


def prog_related_doc_summaries(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, args, _p = d["rec"]
    key = next(iter(args))
    n = 3 + (v + rng.randint(0, 1)) % 3
    docs = d["docs"][:n]
    ask = "Give me a short rundown of these %ss: %s." % (noun, ", ".join(x[0] for x in docs))
    steps = [llm("I'll read each %s and summarise it." % noun, ask)]
    for doc_id, payload, summary in docs:
        steps.append(call(d, nz, "read", {key: doc_id}, payload))
        steps.append(llm(summary))
    if v % 3 != 1:
        heads = [
            "%s %s" % (x[0], x[2].split(": ", 1)[1].split(",")[0].split(";")[0].rstrip("."))
            for x in docs
        ]
        steps.append(llm("In short: " + "; ".join(heads) + "."))
    return steps


def prog_ab_cross_check(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    key, rows = d["src"]
    n = 3 + (v + rng.randint(0, 1)) % 2
    steps = [
        llm(
            "I'll compare the two sources %s by %s." % (key, key),
            "Cross-check these against each other and list the mismatches.",
        )
    ]
    mism = []
    for rid, a, b, note in rows[:n]:
        steps.append(call(d, nz, "src_a", {key: rid}, {key: rid, **a}))
        steps.append(call(d, nz, "src_b", {key: rid}, {key: rid, **b}))
        if v % 2 == 0 or ("match" not in note and "agree" not in note):
            steps.append(llm("%s: %s." % (rid, note)))
        if "match" not in note and "agree" not in note:
            mism.append(rid)
    steps.append(llm("Checked %d; mismatches in %s." % (n, ", ".join(mism) if mism else "none")))
    return steps


def prog_corrected_retry(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, base, (scode, smsg), missing, (bf, bad, good, bmsg) = d["submit"]
    args = {**base, **{f: val for f, val, _m in missing}}
    first = {**args, bf: bad}
    steps = [llm("Submitting the %s." % noun, d["ask"])]
    if v % 3 == 2:
        steps.append(call(d, nz, "submit", first, {"error": smsg}, scode))
        steps.append(llm("Service error (%d). I'll give it a minute before sending." % scode))
    steps.append(
        call(
            d,
            nz,
            "submit",
            first,
            {"error": "validation failed", "violations": bmsg, "field": bf},
            422,
        )
    )
    steps.append(llm("%s was sent as %r; the API wants %r. Fixing that field." % (bf, bad, good)))
    ok = {
        "id": "%s-%d" % (noun.split()[0][:3].upper(), rng.randint(10000, 99999)),
        "state": "accepted",
    }
    steps.append(call(d, nz, "submit", dict(args), ok, 201))
    if v % 2 == 0:
        steps.append(llm("Accepted as %s." % ok["id"]))
    return steps


def prog_polling_advancing_job(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    args, noun, frozen, stages = d["job"]
    n = 3 + (v + rng.randint(0, 1)) % 3
    picks = [*stages[: n - 1], stages[-1]] if n < len(stages) else list(stages)
    steps = [llm("Checking the %s." % noun, d["ask"])]
    cur = dict(frozen)
    for i, st in enumerate(picks):
        cur.update(st)
        steps.append(call(d, nz, "poll", dict(args), dict(cur)))
        if i < len(picks) - 1 and (i + v) % 2 == 0:
            shown = ", ".join("%s=%s" % (k2, _s(x)) for k2, x in st.items())
            steps.append(llm("Moving: %s. I'll check it in a moment." % shown))
    steps.append(
        llm(
            "The %s finished: %s."
            % (noun, ", ".join("%s=%s" % (k2, _s(x)) for k2, x in picks[-1].items()))
        )
    )
    return steps


def prog_checklist_reasoning(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    checks = d["checks"]
    n = 3 + (v + rng.randint(0, 1)) % (len(checks) - 2)
    steps = []
    for i, (thought, args, payload) in enumerate(checks[:n]):
        steps.append(llm(thought, d["ask"] if i == 0 else ""))
        steps.append(call(d, nz, "search", dict(args), payload))
    if v % 2:
        steps.append(llm("All %d items checked; I have what I need to continue." % n))
    return steps


def prog_same_tool_new_args(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    _noun, args, _p = d["rec"]
    key = next(iter(args))
    n = 4 + (v + rng.randint(0, 1)) % 2
    docs = d["docs"][:n]
    steps = [call(d, nz, "read", {key: doc_id}, payload) for doc_id, payload, _s2 in docs]
    if v % 3 == 0:
        key2, rows = d["src"]
        steps.append(call(d, nz, "src_a", {key2: rows[0][0]}, {key2: rows[0][0], **rows[0][1]}))
    return steps


def prog_cursor_pagination(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, args, item, _total, good, _wrong = d["listing"]
    size = 4 + v % 3
    pages = 3 + (v + rng.randint(0, 1)) % 3
    total = size * pages - rng.randint(0, size - 1)
    largs = small_limit(args, size)
    steps = [llm("I'll go through all the %s, %d per page." % (noun, size), d["ask"])]
    cur = None
    seen = 0
    for p in range(pages):
        items = [item(i) for i in range(seen, min(seen + size, total))]
        seen += len(items)
        nxt = token(rng) if seen < total else None
        a = dict(largs) if cur is None else {**largs, good: cur}
        steps.append(
            call(
                d,
                nz,
                "list",
                a,
                {"total": total, "returned": len(items), "next": nxt, "items": items},
            )
        )
        if nxt and (p + v) % 2 == 0:
            steps.append(llm("Read %d of %d %s; fetching the next page." % (seen, total, noun)))
        cur = nxt
    steps.append(llm("All %d %s read." % (total, noun)))
    return steps


def prog_validation_fix_resubmit(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, base, _srv, missing, _bad = d["submit"]
    args = dict(base)
    steps = [llm("Submitting the %s." % noun, d["ask"])]
    remaining = list(missing)
    while remaining:
        err = {
            "error": "validation failed",
            "violations": "; ".join(m for _f, _v, m in remaining),
            "fields": len(remaining),
        }
        steps.append(call(d, nz, "submit", dict(args), err, 422))
        f, val, _m = remaining.pop(0)
        args[f] = val
        steps.append(llm("Adding %s=%s and submitting the %s." % (f, _s(val), noun)))
    ok = {
        "id": "%s-%d" % (noun.split()[0][:3].upper(), rng.randint(10000, 99999)),
        "state": "accepted",
    }
    steps.append(call(d, nz, "submit", dict(args), ok, 201))
    if v % 2:
        steps.append(llm("Accepted as %s." % ok["id"]))
    return steps


def prog_per_item_pipeline(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    noun, ids, p1, p2, p3, _fail = d["pipe"]
    key = pipe_key(d)
    n = 2 + (v + rng.randint(0, 1)) % 3
    steps = [llm("Processing %d %ss one by one." % (n, noun), d["ask"])]
    for i, x in enumerate(ids[:n]):
        steps.append(call(d, nz, "step1", {key: x}, p1(x)))
        steps.append(call(d, nz, "step2", {key: x}, p2(x)))
        steps.append(call(d, nz, "step3", {key: x}, p3(x)))
        if i < n - 1 and (i + v) % 2 == 0:
            steps.append(llm("%s done. Next: %s." % (x, ids[i + 1])))
    return steps


def prog_handoff_chain(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    args, chain = d["chain"]
    tid = next(iter(args.values()))
    n = 3 + (v % 2)
    steps = [llm("Routing %s to %s first." % (tid, chain[0][0]), d["ask"])]
    for i, (team, note) in enumerate(chain[:n]):
        steps.append(
            call(
                d,
                nz,
                "handoff",
                {**args, "team": team},
                {"task": tid, "assigned_to": team, "state": "completed", "note": note},
            )
        )
        if i < n - 1:
            steps.append(llm("%s: %s. Passing it to %s." % (team, note, chain[i + 1][0])))
    steps.append(llm("Done: %s." % chain[n - 1][1]))
    return steps


def prog_staged_verification(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    args, field, value, event = d["verify"]
    steps = [
        llm("Setting %s to %s." % (field, value), d["ask"]),
        call(d, nz, "write", {**args, field: value}, {**args, field: value, "updated": True}),
    ]
    steps.append(call(d, nz, "verify", dict(args), {**args, field: value, "updated_by": "agent"}))
    if v % 2 == 0:
        steps.append(llm("Saved. Checking the audit trail and then notifying."))
    steps.append(
        call(
            d,
            nz,
            "audit",
            dict(args),
            {"events": [{"event": event, "by": "agent", "seq": rng.randint(100, 999)}]},
        )
    )
    steps.append(
        call(
            d,
            nz,
            "notify",
            {**args, "template": field + "_changed"},
            {"accepted": 1, "rejected": 0},
        )
    )
    if v % 3 != 1:
        steps.append(
            llm(
                "%s is %s, the change is in the audit trail, and the notification went out."
                % (next(iter(args.values())), value)
            )
        )
    return steps


def prog_clarification_dialogue(d: dict, rng: random.Random, nz: Noise, v: int) -> list[dict]:
    opening, qa, (wargs, wset, result) = d["clar"]
    steps = [llm(qa[0][0], opening)]
    steps.extend(llm(qa[i][0], qa[i - 1][1]) for i in range(1, len(qa)))
    ack = (
        "Thanks, that's everything I need. Making the change.",
        "Got it, applying that now.",
        "Perfect, updating it.",
    )[v % 3]
    steps.append(llm(ack, qa[-1][1]))
    steps.append(call(d, nz, "write", {**wargs, **wset}, result))
    if v % 2:
        steps.append(
            llm("Done. " + ", ".join("%s=%s" % (k, _s(x)) for k, x in result.items()) + ".")
        )
    return steps


LOOPS = [
    ("exact_repeat", loop_exact_repeat),
    ("paraphrased_repeat", loop_paraphrased_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_tool_retry", loop_failing_tool_retry),
    ("same_action_same_observation", loop_same_action_same_observation),
    ("identical_monologue", loop_identical_monologue),
    ("identical_tool_calls", loop_identical_tool_calls),
    ("cursor_reset_pagination", loop_cursor_reset_pagination),
    ("cosmetic_resubmit", loop_cosmetic_resubmit),
    ("three_step_cycle", loop_three_step_cycle),
    ("handoff_ping_pong", loop_handoff_ping_pong),
    ("reverify_after_success", loop_reverify_after_success),
    ("apology_promise", loop_apology_promise),
]
PROGRESS = [
    ("templated_report_lines", prog_templated_report_lines),
    ("related_doc_summaries", prog_related_doc_summaries),
    ("ab_cross_check", prog_ab_cross_check),
    ("corrected_retry", prog_corrected_retry),
    ("polling_advancing_job", prog_polling_advancing_job),
    ("checklist_reasoning", prog_checklist_reasoning),
    ("same_tool_new_args", prog_same_tool_new_args),
    ("cursor_pagination", prog_cursor_pagination),
    ("validation_fix_resubmit", prog_validation_fix_resubmit),
    ("per_item_pipeline", prog_per_item_pipeline),
    ("handoff_chain", prog_handoff_chain),
    ("staged_verification", prog_staged_verification),
    ("clarification_dialogue", prog_clarification_dialogue),
]


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOPS), ("progress", PROGRESS)):
        for kind, fn in kinds:
            for v, d in enumerate(DOMAINS):
                row_id = "%s-%s-%s-%03d" % (PREFIX, label, kind, v + 1)
                rng = random.Random(f"{SEED}-{row_id}")
                nz = Noise(rng, d["host"])
                steps = fn(d, rng, nz, v)
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
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
