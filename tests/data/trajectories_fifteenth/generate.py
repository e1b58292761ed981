"""Write the fifteenth labelled set of agent trajectories (the unseen measure of round fourteen).

``python tests/data/trajectories_fifteenth/generate.py`` rewrites ``trajectories.jsonl`` next to
this file. The output is deterministic: every row draws from its own ``random.Random`` seeded
with ``SEED`` and the row's id, and nothing else varies between runs.

Each domain is a function of a row's generator that returns the row's material (task, tools,
observations, voice), so the numbers inside one row agree across its lookups. Each category is a
builder that turns one domain's material into a list of steps.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 58203916

Row = dict[str, Any]
Step = dict[str, Any]
Dom = dict[str, Any]
R = random.Random


def llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def call(tool: str, args: dict[str, Any], observation: str, error: bool = False) -> Step:
    return {
        "kind": "tool",
        "tool": tool,
        "args": dict(args),
        "observation": observation,
        "error": error,
    }


def lookup(spec: tuple[str, dict[str, Any], str]) -> Step:
    return call(spec[0], spec[1], spec[2])


def hexid(r: R, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def token(r: R, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid(r: R) -> str:
    return (
        f"{hexid(r, 8)}-{hexid(r, 4)}-4{hexid(r, 3)}-{r.choice('89ab')}{hexid(r, 3)}-{hexid(r, 12)}"
    )


def hms(seconds: int) -> str:
    seconds %= 86400
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def hm(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def human(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} seconds"
    if seconds < 7200:
        return f"{seconds // 60} minutes"
    return f"{seconds // 3600} hours"


def pick(r: R, items: list[Any]) -> Any:
    return items[r.randrange(len(items))]


def shuffled(r: R, items: list[Any]) -> list[Any]:
    out = list(items)
    r.shuffle(out)
    return out


def cycle_pick(r: R, items: list[Any], k: int) -> list[Any]:
    """k items, drawn without repeats until the list is used up, then again."""
    out: list[Any] = []
    while len(out) < k:
        out.extend(shuffled(r, items))
    return out[:k]


# ---------------------------------------------------------------------------------------------
# Domains. Each returns one row's material; the keys are the same for every domain.
# ---------------------------------------------------------------------------------------------


def tls_certificate_renewal(r: R) -> Dom:
    host = "api.kestrel-pay.com"
    exp = r.randint(3, 9)
    acct = r.randint(1400000000, 1499999999)
    order = r.randint(180000000, 189999999)
    old_order = order - r.randint(4000, 90000)
    old_tok, new_tok = token(r, 43), token(r, 43)
    serial = hexid(r, 18).upper()
    ttl = pick(r, [3600, 1800, 7200])
    ms = r.randint(11, 48)
    resolvers = 12
    seen = sorted(r.sample(range(1, resolvers), 3))
    now = r.randint(7 * 3600, 10 * 3600)
    task = pick(
        r,
        [
            f"the cert on {host} runs out Dec {exp:02d} and the ACME renewal has failed twice. figure "
            "out why and get it renewed before the change freeze. don't touch the *.legacy wildcard "
            "on f5-legacy-01, that box is network-core's.",
            f"renewal for {host} keeps failing (cert expires Dec {exp:02d}). need root cause + a fresh "
            "cert before freeze. hands off the legacy wildcard on f5-legacy-01 - network-core owns it.",
        ],
    )
    a = (
        "cert_inspect",
        {"host": host, "port": 443},
        (
            f"subject=CN = {host}\nissuer=C = US, O = Let's Encrypt, CN = R11\n"
            f"notBefore=Sep {exp + 1:02d} 08:14:02 2026 GMT\nnotAfter=Dec {exp:02d} 08:14:01 2026 GMT\n"
            f"serial={serial}\nSAN=DNS:{host}, DNS:api-eu.kestrel-pay.com"
        ),
    )
    b = (
        "acme_order",
        {"order_id": order},
        (
            f"order: https://acme-v02.api.letsencrypt.org/acme/order/{acct}/{order}\nstatus: invalid\n"
            f"challenge[0]: dns-01 {host} -> invalid\n"
            f'  detail: Incorrect TXT record "{old_tok[:16]}..." found at _acme-challenge.{host}\n'
            "challenge[1]: dns-01 api-eu.kestrel-pay.com -> valid"
        ),
    )
    c = (
        "dns_query",
        {"name": f"_acme-challenge.{host}", "type": "TXT"},
        (
            ";; ANSWER SECTION:\n"
            f'_acme-challenge.{host}. {ttl} IN TXT "{old_tok}"\n'
            f'_acme-challenge.{host}. {ttl} IN TXT "{new_tok}"\n'
            f";; Query time: {ms} msec\n;; SERVER: 10.40.0.2#53(10.40.0.2)"
        ),
    )

    def prop(k: int) -> str:
        return (
            f"record=_acme-challenge.{host}\nresolvers_total={resolvers}\n"
            f"resolvers_new_only={k}\nresolvers_still_stale={resolvers - k}"
        )

    series_vals = [seen[0], seen[1], seen[2], resolvers]
    hosts = [
        (host, exp, "R11"),
        ("api-eu.kestrel-pay.com", exp + r.randint(1, 3), "R11"),
        ("status.kestrel-pay.com", exp + r.randint(20, 30), "E6"),
        ("checkout.kestrel-pay.com", exp + r.randint(31, 50), "R10"),
    ]
    entities = []
    for h, e, iss in hosts:
        month, day, year = ("Dec", e, 2026) if e <= 31 else ("Jan", e - 31, 2027)
        entities.append(
            (
                {"host": h, "port": 443},
                f"subject=CN = {h}\nissuer=C = US, O = Let's Encrypt, CN = {iss}\n"
                f"notAfter={month} {day:02d} 08:14:01 {year} GMT",
                f"{h}: {iss}, expires {month} {day:02d}.",
            )
        )
    cursors = [None, token(r, 10), token(r, 10), token(r, 10)]
    names = [
        "api",
        "api-eu",
        "status",
        "checkout",
        "hooks",
        "docs",
        "auth",
        "cdn-origin",
        "grafana",
        "vault",
        "ci",
        "pay-sandbox",
        "merchants",
        "ledger",
        "admin",
        "sso",
    ]
    page_obs = []
    expiring = 0
    for p in range(4):
        lines = []
        for j, nm in enumerate(names[p * 4 : p * 4 + 4]):
            # days left from Nov 27; the first four hosts are the ones cert_inspect shows
            d = hosts[j][1] + 4 if p == 0 else r.randint(3, 80)
            expiring += d <= 30
            lines.append(f"{nm}.kestrel-pay.com  days_left={d}  renew=auto")
        nxt = f"next_cursor={cursors[p + 1]}" if p < 3 else "next_cursor=null"
        page_obs.append("\n".join([*lines, nxt]))
    fail_err = (
        "403 Forbidden: f5-legacy-01 is managed by team network-core (change lock NETCHG-only); "
        "this token has no write scope on it"
    )
    return {
        "name": "tls_certificate_renewal",
        "lock_ack": "right, f5-legacy-01 is network-core's. backing off that and fixing the renewal on our side.",
        "task": task,
        "acks": ["ack. pulling the live cert first.", "ok, checking what's served.", "on it."],
        "go": ["on it.", "ack.", "looking."],
        "A": a,
        "B": b,
        "C": c,
        "notes": {
            "A": f"live cert valid till Dec {exp:02d}, issuer R11, SANs api + api-eu.",
            "B": f"order {order} invalid: api challenge saw an old TXT, api-eu passed.",
            "C": f"two TXT records at _acme-challenge, ttl {ttl}; the first is the stale token.",
        },
        "series": (
            "dns_propagation",
            {"name": f"_acme-challenge.{host}"},
            [(prop(k), f"{k}/{resolvers} resolvers see only the new token.") for k in series_vals],
        ),
        "entities": ("cert_inspect", entities),
        "B2": (
            "acme_order",
            {"order_id": old_order},
            (
                f"order: https://acme-v02.api.letsencrypt.org/acme/order/{acct}/{old_order}\n"
                f"status: invalid\nchallenge[0]: dns-01 {host} -> invalid\n"
                "  detail: DNS problem: NXDOMAIN looking up TXT"
            ),
        ),
        "stamp": lambda obs, rr, i: (
            f"{obs}\n;; WHEN: Fri Nov 27 {hms(now + 17 * i + rr.randint(0, 9))} UTC 2026"
        ),
        "remarks": [
            "checking again.",
            "once more.",
            "re-reading.",
            "want to be sure here.",
            "again, in case it was a cache hit.",
            "one more pull.",
        ],
        "promises": [
            "next: query the TXT records on _acme-challenge.",
            "going to dig the challenge record now.",
            "will check dns for the challenge TXT next.",
            "the TXT lookup is next on my list.",
            "let me look at the _acme-challenge record.",
            "ok, dns query for the challenge name coming up.",
            "next step is the TXT record check.",
            "I'll pull the challenge TXT now.",
        ],
        "nudges": [
            "so? did you check dns?",
            "still waiting on the dns check",
            "just run the query",
            "?",
        ],
        "conclusions": [
            f"root cause: a stale TXT from the first attempt, ttl {ttl}. delete it, wait out the ttl, re-order.",
            "the challenge fails because the old token is still published next to the new one.",
            "LE is reading the leftover TXT value; clearing that record should let the order validate.",
            f"stale _acme-challenge record (ttl {ttl}s) is what breaks validation. remove it and retry.",
            "summary: old TXT left behind by attempt 1, validator picks it up, order goes invalid.",
            "so it's dns, not the client: two TXT values, the stale one wins. clean up and re-run.",
        ],
        "wrong": [
            "the cert has already expired, so clients are failing now.",
            "since the cert is expired we're in an outage already.",
            "the served cert is past its notAfter, that's why this is urgent.",
            "we're serving an expired cert at the moment.",
            "it's expired already, which explains the failures.",
        ],
        "corrections": [
            f"no. notAfter is Dec {exp:02d}. it has NOT expired.",
            "read the notAfter again, it's still valid.",
            "it's not expired. stop saying that.",
        ],
        "apologies": ["sorry, my mistake.", "my bad.", "apologies.", "right, sorry."],
        "right": f"correct, the cert is valid until Dec {exp:02d}; we have {exp + 4} days of margin before it bites.",
        "draft": {
            "tool": "post_update",
            "key": "body",
            "base": {"channel": "#inc-certs"},
            "sentences": [
                f"renewal for {host} failed on dns-01 validation.",
                "cause: a stale TXT record from the first attempt is still published.",
                f"the live cert is valid until Dec {exp:02d}, so no customer impact yet.",
                "we'll remove the record and re-run the order.",
                "no change needed on the legacy f5.",
            ],
            "missing": "the ETA for the new cert",
            "rejections": [
                "where's the ETA? people want to know when the new cert lands.",
                "still no ETA in there.",
                "I asked for an ETA. add it.",
            ],
            "added": f"ETA for the new cert: {hm(now // 60 + ttl // 60 + 20)} UTC today, after the ttl runs out.",
            "shorter_ask": "good. make it shorter, it's slack.",
            "short": f"{host} renewal: stale TXT blocking dns-01. removing it; new cert ETA {hm(now // 60 + ttl // 60 + 20)} UTC. no impact.",
            "ok": lambda n, chars: (
                f"posted ts={1795000000 + n * 13}.{r.randint(100000, 999999)} chars={chars}"
            ),
        },
        "status": {
            "tool": "acme_order",
            "args": {"order_id": order + 1},
            "stuck": f"order: .../order/{acct}/{order + 1}\nstatus: pending\nauthorizations: 0/2 valid",
            "moving": [
                f"order: .../order/{acct}/{order + 1}\nstatus: pending\nauthorizations: 0/2 valid",
                f"order: .../order/{acct}/{order + 1}\nstatus: pending\nauthorizations: 1/2 valid",
                f"order: .../order/{acct}/{order + 1}\nstatus: ready\nauthorizations: 2/2 valid",
                f"order: .../order/{acct}/{order + 1}\nstatus: valid\ncertificate: .../cert/{hexid(r, 14)}",
            ],
            "done": "new order valid, cert issued.",
        },
        "pings": ["any news on the order?", "is it valid yet", "status?"],
        "fail": (
            "lb_cert_bind",
            {"lb": "f5-legacy-01", "profile": "clientssl-legacy", "cert": "wildcard-legacy"},
            fail_err,
        ),
        "fail_variants": [
            {"lb": "F5-LEGACY-01", "profile": "clientssl-legacy", "cert": "wildcard-legacy"},
            {
                "device": "f5-legacy-01",
                "ssl_profile": "clientssl-legacy",
                "certificate": "wildcard-legacy",
            },
            {
                "lb": "f5-legacy-01",
                "profile": "clientssl-legacy",
                "cert": "wildcard-legacy",
                "force": True,
            },
            {"lb": ["f5-legacy-01"], "profiles": ["clientssl-legacy"], "cert": "wildcard-legacy"},
            {
                "lb": "f5-legacy-01.mgmt.internal",
                "profile": "/Common/clientssl-legacy",
                "cert": "wildcard-legacy",
            },
            {
                "lb": "f5-legacy-01",
                "profile": "clientssl-legacy",
                "cert": "wildcard-legacy",
                "as_user": "admin",
            },
        ],
        "fail_trace": lambda rr: f"{fail_err} (trace {hexid(rr, 16)})",
        "toggle": {
            "tool": "set_acme_option",
            "key": "value",
            "base": {"option": "preferred_chain"},
            "values": ["ISRG Root X1", "ISRG Root X2", "default"],
            "ok": lambda v: f"preferred_chain = {v!r} (saved)",
            "check": b,
        },
        "write": {
            "tool": "set_acme_option",
            "key": "value",
            "base": {"option": "dns_propagation_wait_s"},
            "value": 120,
            "ok": lambda v, rev: f"dns_propagation_wait_s = {v} (saved, config rev {rev})",
            "read": ("get_acme_option", {"option": "dns_propagation_wait_s"}),
            "read_obs": lambda v: f"dns_propagation_wait_s = {v}",
            "rev": r.randint(30, 90),
        },
        "converge": {
            "check": ("acme_dry_run", {"host": host}),
            "values": [30, 600, 180],
            "obs": [
                "dry-run: challenge checked after 30s -> FAIL (validators saw 2/4 records)",
                "dry-run: challenge checked after 600s -> FAIL (job timeout 300s exceeded)",
                "dry-run: challenge checked after 180s -> OK (validators saw 4/4 records)",
            ],
            "notes": [
                "30s is too short for the validators.",
                "600s blows the 300s job timeout.",
                "180s passes, under the timeout.",
            ],
        },
        "pages": {
            "tool": "list_certs",
            "key": "cursor",
            "base": {"zone": "kestrel-pay.com", "limit": 4},
            "cursors": cursors,
            "obs": page_obs,
            "summary": f"16 certs on the zone; {expiring} of them within 30 days of expiry, all on auto-renew.",
        },
        "search": {
            "tool": "search_runbooks",
            "queries": [
                (
                    "certificate renewal",
                    "7 hits: cert-rotation.md, acme-client.md, f5-legacy.md, hsm.md, ...",
                ),
                (
                    "acme dns-01 failure",
                    "3 hits: acme-client.md#dns-01, dns-hygiene.md, postmortem-2025-03.md",
                ),
                ("stale _acme-challenge TXT", "1 hit: dns-hygiene.md#stale-challenge-records"),
            ],
            "spin": [
                "acme renewal stuck",
                "letsencrypt renewal not working",
                "cert renewal failing acme",
                "why does acme renewal fail",
                "ACME renew error",
                "renewal failed letsencrypt",
            ],
            "spin_obs": "0 hits",
            "read": (
                "read_runbook",
                {"path": "dns-hygiene.md#stale-challenge-records"},
                "Stale challenge records: delete every TXT at _acme-challenge before re-ordering; wait one TTL.",
            ),
            "read_note": "runbook says delete all old TXT values and wait one ttl.",
        },
        "transient": "503 Service Unavailable: upstream resolver timed out, retry later",
        "agents": ("dns-agent", "pki-agent"),
        "handoff_task": f"fix the failing dns-01 validation for {host}",
        "bounce": (
            "dns-agent: certificate issuance is not in my scope. route to pki-agent.",
            "pki-agent: validation failure is a DNS record problem. route to dns-agent.",
        ),
        "pipeline": [
            (
                "dns-agent",
                f"list TXT records at _acme-challenge.{host}",
                f"2 records; {old_tok[:8]}... is from order {old_order}",
            ),
            (
                "dns-agent",
                f"delete TXT {old_tok[:8]}... at _acme-challenge.{host}",
                "deleted; zone serial bumped",
            ),
            (
                "pki-agent",
                f"re-run ACME order for {host}",
                f"order {order + 1} created, status pending",
            ),
        ],
        "edit": {
            "path": "deploy/acme/renew.yaml",
            "a": "dns_cleanup: before_order",
            "b": "dns_cleanup: after_order",
            "test": ("acme_dry_run", {"host": host, "config": "deploy/acme/renew.yaml"}),
            "err_a": "dry-run FAIL: cleanup hook deleted the new token before validation",
            "err_b": "dry-run FAIL: Incorrect TXT record found (old token still present)",
            "steps": [
                (
                    "add dns_cleanup: stale_only",
                    "dry-run FAIL: hook 'stale_only' needs record_owner_tag",
                ),
                (
                    "set record_owner_tag: acme-renewer",
                    "dry-run FAIL: 1 stale record has no owner tag",
                ),
                ("add legacy_tokens: [match_prefix]", "dry-run OK: 2/2 challenges valid"),
            ],
            "first": "dry-run FAIL: Incorrect TXT record found; hook missing",
        },
        "questions": [
            (
                "is api-eu affected too?",
                "cert_inspect",
                entities[1][0],
                entities[1][1],
                "api-eu is fine: separate cert, expires a bit later; its challenge passed.",
            ),
            (
                "how long until the stale record ages out of caches?",
                "dns_query",
                c[1],
                c[2],
                f"up to {ttl} seconds after we delete it; the ttl is {ttl}.",
            ),
        ],
        "clarify": {
            "q": [
                "which host exactly, api or api-eu?",
                "just to confirm - is this the api or the api-eu cert?",
                "before I start: api.kestrel-pay.com or api-eu?",
                "sorry, which hostname should I renew?",
                "to be safe, can you confirm the host?",
            ],
            "a": [
                f"{host}. it's in the message.",
                "api. the first one.",
                f"{host}, as I said",
                "api!!",
            ],
        },
        "recheck": {
            "spec": c[:2],
            "obs": [
                c[2],
                f';; ANSWER SECTION:\n_acme-challenge.{host}. {ttl} IN TXT "{new_tok}"\n;; Query time: {ms + 3} msec',
                f';; ANSWER SECTION:\n_acme-challenge.{host}. 60 IN TXT "{new_tok}"\n;; Query time: {ms + 1} msec',
            ],
            "fixes": [
                "deleted the old TXT in route53, check again",
                "dropped the ttl to 60 as well, look again",
            ],
            "notes": [
                "two values still published.",
                "only the new token now.",
                "single record, ttl 60. good to re-order.",
            ],
        },
        "plan": [
            "inspect the live cert",
            "read the failed order",
            "query the challenge TXT",
            "post an update",
        ],
        "verify": [
            ("acme_dry_run", {"host": host}, "dry-run: challenge checked after 120s -> OK"),
            (
                "renewal_schedule",
                {"host": host},
                "next renewal run 12:00 UTC using config rev current; wait 120s",
            ),
        ],
        "typo": (
            {"host": "api.kestral-pay.com", "port": 443},
            "error: getaddrinfo ENOTFOUND api.kestral-pay.com",
        ),
    }


def jdump(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


def mobile_crash_triage(r: R) -> Dom:
    issue = f"ANDR-{token(r, 4).upper().replace('-', 'X').replace('_', 'Y')}"
    events = r.randint(3800, 9400)
    users = events // r.randint(3, 6)
    cfs = round(r.uniform(97.2, 98.3), 2)
    adoption = pick(r, [10, 20, 25])
    sessions = r.randint(410000, 880000)
    sha = hexid(r, 7)
    models = r.randint(11, 23)
    now = r.randint(9 * 3600, 16 * 3600)
    task = pick(
        r,
        [
            f"android crash-free sessions dropped to {cfs}% since 5.12.0 went to {adoption}% staged. "
            "find the culprit and tell me if we should halt. don't touch the iOS 5.12.0 submission, "
            "it's in App Review and Priya owns it.",
            f"hey - 5.12.0 android is at {adoption}% rollout and crashes spiked ({cfs}% crash-free). "
            "what broke, and do we halt? leave the iOS submission alone, Priya's got it in review.",
        ],
    )
    a_obj = {
        "id": issue,
        "title": "IllegalStateException: Fragment PaymentSheetFragment not attached to a context",
        "first_seen_release": "5.12.0 (51200)",
        "events_24h": events,
        "users_24h": users,
        "device_models": models,
        "top_device": "Pixel 7",
    }
    a = ("crash_issue", {"issue_id": issue}, jdump(a_obj))
    b = (
        "release_health",
        {"platform": "android", "release": "5.12.0"},
        jdump(
            {
                "release": "5.12.0",
                "crash_free_sessions": cfs,
                "adoption_pct": adoption,
                "sessions_24h": sessions,
            }
        ),
    )
    c = (
        "stack_trace",
        {"issue_id": issue, "event": "latest"},
        (
            "java.lang.IllegalStateException: Fragment PaymentSheetFragment{a1f} not attached to a context.\n"
            "  at androidx.fragment.app.Fragment.requireContext(Fragment.java:972)\n"
            "  at com.finch.pay.PaymentSheetFragment.onResult(PaymentSheetFragment.kt:214)\n"
            f"  at com.finch.pay.PaymentLauncher$launch$1.invokeSuspend(PaymentLauncher.kt:88)  [{sha}]"
        ),
    )
    series = []
    val = cfs
    for k in range(4):
        val = round(val + r.uniform(0.25, 0.45), 2) if k else val
        series.append(
            (
                jdump(
                    {
                        "release": "5.12.0",
                        "crash_free_sessions": val,
                        "adoption_pct": adoption,
                        "rollout": "halted",
                    }
                ),
                f"crash-free now {val}%, rollout still halted at {adoption}%.",
            )
        )
    titles = [
        (issue, a_obj["title"], events, "5.12.0"),
        (
            f"ANDR-{hexid(r, 4).upper()}",
            "NullPointerException in CartAdapter.onBindViewHolder",
            r.randint(90, 400),
            "5.9.2",
        ),
        (
            f"ANDR-{hexid(r, 4).upper()}",
            "OutOfMemoryError decoding bitmap in ReceiptView",
            r.randint(60, 300),
            "5.11.0",
        ),
        (
            f"ANDR-{hexid(r, 4).upper()}",
            "SQLiteDatabaseLockedException in OfflineQueue",
            r.randint(20, 120),
            "5.12.0",
        ),
    ]
    entities = [
        (
            {"issue_id": iid},
            jdump({"id": iid, "title": t, "events_24h": ev, "first_seen_release": rel}),
            f"{iid}: {ev} events, first seen {rel}.",
        )
        for iid, t, ev, rel in titles
    ]
    cursors = [
        None,
        f"0:{r.randint(10, 99)}:0",
        f"0:{r.randint(100, 199)}:0",
        f"0:{r.randint(200, 299)}:0",
    ]
    kinds = [
        "ANR in SyncWorker",
        "NPE in CartAdapter",
        "OOM in ReceiptView",
        "ISE in PaymentSheetFragment",
        "SQLiteLocked in OfflineQueue",
        "IOOBE in PromoCarousel",
        "SecurityException in NfcReader",
        "ClassCast in DeepLinkRouter",
        "NPE in ProfileHeader",
        "ANR in SplashActivity",
        "TransactionTooLarge in Checkout",
        "IAE in DateParser",
        "OOM in MapTiles",
        "NPE in PushReceiver",
        "ISE in OnboardingPager",
        "BadParcelable in OrderDetail",
    ]
    page_obs = []
    new = 0
    for p in range(4):
        rows = []
        for kname in kinds[p * 4 : p * 4 + 4]:
            rel = pick(r, ["5.10.1", "5.11.0", "5.11.4", "5.12.0"])
            if kname == "ISE in PaymentSheetFragment":
                rel = "5.12.0"
            new += rel == "5.12.0"
            ev = events if kname == "ISE in PaymentSheetFragment" else r.randint(5, 900)
            rows.append({"title": kname, "first_seen": rel, "events_24h": ev})
        page_obs.append(jdump({"issues": rows, "next": cursors[p + 1] if p < 3 else None}))
    fail_err = jdump(
        {
            "error": "forbidden",
            "message": "iOS submission 5.12.0 is In Review and locked to its owner (priya.n); only the owner can withdraw or edit it",
        }
    )
    return {
        "name": "mobile_crash_triage",
        "lock_ack": "ah, that's Priya's submission and it's locked. leaving iOS alone, sticking to android.",
        "task": task,
        "acks": [
            "yep, pulling the top 5.12.0 issue.",
            "on it, looking at the crash group first.",
            "cool, starting with the issue.",
        ],
        "go": ["on it!", "yep, looking.", "sure, digging in."],
        "A": a,
        "B": b,
        "C": c,
        "notes": {
            "A": f"{issue}: {events} events from {users} users, first seen in 5.12.0.",
            "B": f"5.12.0 at {adoption}% adoption, {cfs}% crash-free over {sessions} sessions.",
            "C": "crash is requireContext() in PaymentSheetFragment.onResult after the fragment detached.",
        },
        "series": ("release_health", {"platform": "android", "release": "5.12.0"}, series),
        "entities": ("crash_issue", entities),
        "B2": (
            "release_health",
            {"platform": "android", "release": "5.11.4"},
            jdump(
                {
                    "release": "5.11.4",
                    "crash_free_sessions": round(cfs + 1.4, 2),
                    "adoption_pct": 100 - adoption,
                }
            ),
        ),
        "stamp": lambda obs, rr, i: (
            obs[:-1] + f', "x_request_id": "{uuid(rr)}", "served_at": "{hms(now + 23 * i)}Z"}}'
            if obs.startswith("{")
            else f"{obs}\n  -- served {hms(now + 23 * i)}Z request {uuid(rr)}"
        ),
        "remarks": [
            "lemme refresh that.",
            "pulling it again real quick.",
            "one more look.",
            "double-checking.",
            "just making sure.",
            "refreshing in case it's stale.",
        ],
        "promises": [
            "next I'll grab the stack trace for it.",
            "gonna pull the latest event's stack now.",
            "I'll check the trace next.",
            "stack trace is the next thing to look at.",
            "let me fetch the latest stack trace.",
            "ok, pulling the trace for that issue now.",
            "trace next, then I'll call it.",
            "I'll open up the stack trace.",
        ],
        "nudges": ["did you get the trace?", "still nothing?", "pls just pull the trace", "hello?"],
        "conclusions": [
            "it's the payment sheet: onResult calls requireContext() after the fragment is gone. halt the rollout.",
            f"{issue} is new in 5.12.0 and it's a detached-fragment crash in checkout. I'd halt at {adoption}%.",
            "the crash is a lifecycle bug in PaymentSheetFragment, introduced in 5.12.0. halting is the safe call.",
            "root cause: the async payment result lands after detach and requireContext() throws. halt and fix.",
            "so: new checkout crash, only in 5.12.0, real users paying. recommend halting the staged rollout.",
            "bottom line - lifecycle crash in the payment flow; stop the rollout and ship a guard in 5.12.1.",
        ],
        "wrong": [
            "this looks Samsung-only, so it's probably a vendor ROM bug.",
            "it's only Samsung devices, likely their fragment handling.",
            "since it's just Samsung, halting seems overkill.",
            "I still think it's confined to Samsung phones.",
            "it's a Samsung-specific crash.",
        ],
        "corrections": [
            f"it's not samsung. top device is Pixel 7 and it's on {models} models.",
            "where are you getting samsung from? read the issue.",
            f"NOT samsung only. {models} device models.",
        ],
        "apologies": ["ah sorry!", "oops, my bad.", "sorry about that.", "you're right, sorry."],
        "right": f"right, it spans {models} models with Pixel 7 on top, so it's our code, not a vendor ROM.",
        "draft": {
            "tool": "create_ticket",
            "key": "description",
            "base": {"project": "ANDR", "type": "bug"},
            "sentences": [
                "5.12.0 crashes in PaymentSheetFragment.onResult when the fragment is already detached.",
                f"{users} users hit it in the last 24h.",
                f"crash-free sessions dropped to {cfs}% at {adoption}% rollout.",
                "fix: check isAdded before requireContext, or move the callback to the view lifecycle.",
                "rollout is halted until 5.12.1.",
            ],
            "missing": "repro steps",
            "rejections": [
                "needs repro steps or QA will bounce it.",
                "no repro steps still.",
                "repro steps please!",
            ],
            "added": "repro: open checkout, start a card payment, rotate the phone before the sheet returns.",
            "shorter_ask": "nice. trim it down, it's too long for the summary field.",
            "short": "5.12.0 crash: PaymentSheetFragment.onResult after detach. repro: rotate during card payment. rollout halted.",
            "ok": lambda n, chars: jdump(
                {"key": f"ANDR-{4400 + n}", "status": "created", "chars": chars}
            ),
        },
        "status": {
            "tool": "rollout_status",
            "args": {"track": "production", "release": "5.12.0"},
            "stuck": jdump(
                {"release": "5.12.0", "state": "halt_requested", "user_fraction": adoption / 100}
            ),
            "moving": [
                jdump(
                    {
                        "release": "5.12.0",
                        "state": "halt_requested",
                        "user_fraction": adoption / 100,
                    }
                ),
                jdump({"release": "5.12.0", "state": "halting", "user_fraction": adoption / 100}),
                jdump({"release": "5.12.0", "state": "halting", "user_fraction": 0.0}),
                jdump({"release": "5.12.0", "state": "halted", "user_fraction": 0.0}),
            ],
            "done": "rollout halted, no new installs of 5.12.0.",
        },
        "pings": ["is it halted yet?", "status on the halt?", "any movement?"],
        "fail": (
            "app_store_submission",
            {"platform": "ios", "version": "5.12.0", "action": "withdraw"},
            fail_err,
        ),
        "fail_variants": [
            {"platform": "iOS", "version": "5.12.0", "action": "withdraw"},
            {"platform": "ios", "version": "5.12.0 (512004)", "action": "withdraw"},
            {
                "platform": "ios",
                "version": "5.12.0",
                "action": "withdraw",
                "reason": "crash on android",
            },
            {"platform": "ios", "version": "5.12.0", "action": "cancel_review"},
            {"app_id": "com.finch.pay", "platform": "ios", "build": "512004", "action": "withdraw"},
            {"platform": "ios", "version": "5.12.0", "action": "withdraw", "override_owner": True},
        ],
        "fail_trace": lambda rr: fail_err[:-1] + f', "request_id": "{uuid(rr)}"}}',
        "toggle": {
            "tool": "set_remote_flag",
            "key": "enabled",
            "base": {"flag": "dark_mode_v2"},
            "values": [False, True],
            "ok": lambda v: jdump({"flag": "dark_mode_v2", "enabled": v, "propagation": "~60s"}),
            "check": a,
        },
        "write": {
            "tool": "set_remote_config",
            "key": "value",
            "base": {"key": "payment_sheet_timeout_ms"},
            "value": 15000,
            "ok": lambda v, rev: jdump(
                {"key": "payment_sheet_timeout_ms", "value": v, "version": rev}
            ),
            "read": ("get_remote_config", {"key": "payment_sheet_timeout_ms"}),
            "read_obs": lambda v: jdump({"key": "payment_sheet_timeout_ms", "value": v}),
            "rev": r.randint(200, 400),
        },
        "converge": {
            "check": ("ingest_projection", {"project": "android"}),
            "values": [1.0, 0.05, 0.25],
            "obs": [
                jdump(
                    {
                        "sample_rate": 1.0,
                        "projected_events_day": 4100000,
                        "quota": 1500000,
                        "verdict": "over",
                    }
                ),
                jdump(
                    {
                        "sample_rate": 0.05,
                        "projected_events_day": 205000,
                        "alerting_min": 500000,
                        "verdict": "under",
                    }
                ),
                jdump({"sample_rate": 0.25, "projected_events_day": 1025000, "verdict": "ok"}),
            ],
            "notes": [
                "1.0 is way over quota.",
                "0.05 is too thin for alerting.",
                "0.25 fits both.",
            ],
            "tool": "set_sampling_rate",
            "key": "rate",
            "base": {"project": "android"},
        },
        "pages": {
            "tool": "list_issues",
            "key": "cursor",
            "base": {"project": "android", "query": "is:unresolved", "per_page": 4},
            "cursors": cursors,
            "obs": page_obs,
            "summary": f"16 unresolved android issues; {new} first seen in 5.12.0, the payment sheet one by far the loudest.",
        },
        "search": {
            "tool": "search_commits",
            "queries": [
                ("payment", jdump({"hits": 41, "top": ["a1c09e2", "7d2e110", sha]})),
                ("PaymentSheetFragment", jdump({"hits": 4, "top": [sha, "b88f0c3"]})),
                ("PaymentSheetFragment onResult requireContext", jdump({"hits": 1, "top": [sha]})),
            ],
            "spin": [
                "fragment not attached crash",
                "fix fragment not attached",
                "not attached to a context fix",
                "fragment detached crash fix",
                "requireContext crash",
                "crash fragment not attached to context",
            ],
            "spin_obs": jdump({"hits": 0, "top": []}),
            "read": (
                "show_commit",
                {"sha": sha},
                f"{sha} move payment result handling into PaymentSheetFragment.onResult (+42 -9)",
            ),
            "read_note": f"{sha} moved the result handling into the fragment, which is where the crash lives.",
        },
        "transient": "502 Bad Gateway (crash backend), try again",
        "agents": ("release-agent", "triage-agent"),
        "handoff_task": f"decide whether to halt 5.12.0 given {issue}",
        "bounce": (
            "release-agent: crash analysis isn't my job. send it to triage-agent.",
            "triage-agent: rollout decisions belong to release-agent. send it there.",
        ),
        "pipeline": [
            (
                "triage-agent",
                f"analyse {issue}",
                "lifecycle crash in PaymentSheetFragment.onResult, new in 5.12.0",
            ),
            ("release-agent", "halt 5.12.0 android rollout", f"halt requested at {adoption}%"),
            ("triage-agent", "open a bug for the fix", f"ANDR-{4400 + r.randint(1, 90)} created"),
        ],
        "edit": {
            "path": "app/src/main/java/com/finch/pay/PaymentSheetFragment.kt",
            "a": "return early if (!isAdded) before requireContext()",
            "b": "collect results in viewLifecycleOwner.lifecycleScope",
            "test": ("run_tests", {"module": ":app:payments"}),
            "err_a": "PaymentSheetFragmentTest > resultAfterDetach FAILED: result dropped, expected replay",
            "err_b": "PaymentSheetFragmentTest > resultAfterDetach FAILED: IllegalStateException",
            "steps": [
                (
                    "guard onResult with isAdded",
                    "2 failed: resultAfterDetach (dropped), resultAfterRotate",
                ),
                (
                    "buffer the result in the ViewModel",
                    "1 failed: resultAfterRotate (double delivery)",
                ),
                ("consume the buffered result once", "BUILD SUCCESSFUL: 38 tests, 0 failed"),
            ],
            "first": "3 failed: resultAfterDetach, resultAfterRotate, resultTwice",
        },
        "questions": [
            (
                "how bad is 5.11.4 by comparison?",
                "release_health",
                {"platform": "android", "release": "5.11.4"},
                jdump({"release": "5.11.4", "crash_free_sessions": round(cfs + 1.4, 2)}),
                f"5.11.4 sits at {round(cfs + 1.4, 2)}%, so 5.12.0 is clearly worse.",
            ),
            (
                "which line blows up?",
                "stack_trace",
                c[1],
                c[2],
                "PaymentSheetFragment.kt line 214, the requireContext() in onResult.",
            ),
        ],
        "clarify": {
            "q": [
                "quick q: android or ios?",
                "just checking - this is the android build, right?",
                "to confirm, we're talking android 5.12.0?",
                "which platform should I look at?",
                "before I dig in, android or ios?",
            ],
            "a": [
                "android.",
                "android, like I said",
                "ANDROID",
                "it's android. the message says android.",
            ],
        },
        "recheck": {
            "spec": (
                "release_health",
                {"platform": "android", "release": "5.12.1", "track": "internal"},
            ),
            "obs": [
                jdump(
                    {
                        "release": "5.12.1",
                        "track": "internal",
                        "crash_free_sessions": 98.9,
                        "sessions_24h": 212,
                    }
                ),
                jdump(
                    {
                        "release": "5.12.1",
                        "track": "internal",
                        "crash_free_sessions": 99.6,
                        "sessions_24h": 540,
                    }
                ),
                jdump(
                    {
                        "release": "5.12.1",
                        "track": "internal",
                        "crash_free_sessions": 99.8,
                        "sessions_24h": 1190,
                    }
                ),
            ],
            "fixes": [
                "pushed build 51202 to internal with the guard, check again",
                "QA ran the checkout suite on it, look again",
            ],
            "notes": [
                "98.9% on 212 sessions, too early.",
                "99.6% on 540 sessions.",
                "99.8% on 1190 sessions, looks fixed.",
            ],
        },
        "plan": [
            "open the crash issue",
            "check release health",
            "read the stack trace",
            "file the bug",
        ],
        "verify": [
            ("ingest_projection", {"project": "android"}, jdump({"verdict": "ok"})),
            (
                "remote_config_audit",
                {"key": "payment_sheet_timeout_ms"},
                jdump({"last_change": "you", "clients_synced_pct": 97}),
            ),
        ],
        "typo": (
            {"issue_id": issue.replace("ANDR", "ADNR")},
            jdump({"error": "not_found", "issue_id": issue.replace("ANDR", "ADNR")}),
        ),
    }


def money(x: float) -> str:
    return f"${x:,.2f}"


def household_tax_return(r: R) -> Dom:
    cents = r.randint(10, 99)
    hi = r.choice([2, 3, 4, 5])
    lo = r.randrange(0, hi)
    last = r.randint(1, 9)
    true_int = float(f"1{hi}{lo}{last}.{cents}")
    typed = float(f"1{lo}{hi}{last}.{cents}")
    diff = round(true_int - typed, 2)
    sweep = round(r.uniform(180, 420), 2)
    div1a = round(r.uniform(2100, 3900), 2)
    div1b = round(div1a * r.uniform(0.6, 0.8), 2)
    cgd = round(r.uniform(300, 900), 2)
    mort = round(r.uniform(9000, 14000), 2)
    refund = r.randint(900, 2100)
    req = r.randint(100000, 999999)
    now = r.randint(9 * 3600, 20 * 3600)
    task = pick(
        r,
        [
            "I'm doing our 2025 joint return this weekend. Could you reconcile the 1099-INT and 1099-DIV "
            "forms against the worksheet and tell me whether the numbers match before Sunday? Please "
            "don't open or change anything in Sam's HSA account, that one's his.",
            "Before I sit down with the 2025 taxes on Sunday, can you check the interest and dividend "
            "forms against my worksheet and tell me what doesn't match? Leave Sam's HSA alone please, "
            "he handles it himself.",
        ],
    )

    def form_int(payer: str, amt: float) -> str:
        return (
            f"Form 1099-INT (2025)\nPayer: {payer}\nBox 1  Interest income .............. {money(amt)}\n"
            "Box 3  U.S. Savings Bond interest ..... $0.00\nBox 4  Federal tax withheld ....... $0.00"
        )

    def form_div(a1: float, b1: float, c2: float, corrected: bool = False) -> str:
        head = "Form 1099-DIV (2025) CORRECTED" if corrected else "Form 1099-DIV (2025)"
        return (
            f"{head}\nPayer: Ridge Brokerage\nBox 1a Total ordinary dividends ... {money(a1)}\n"
            f"Box 1b Qualified dividends ........ {money(b1)}\nBox 2a Total capital gain distr. .. {money(c2)}\n"
            "Box 4  Federal tax withheld ....... $0.00"
        )

    a = (
        "read_form",
        {"form": "1099-INT", "payer": "Harbor Credit Union"},
        form_int("Harbor Credit Union", true_int),
    )
    b = (
        "worksheet_line",
        {"sheet": "Schedule B", "part": "I", "line": 1},
        (
            f"Schedule B, Part I, line 1\n  Harbor Credit Union ....... {money(typed)}\n"
            f"  Ridge Brokerage (sweep) ... {money(sweep)}\nline 2 total ................ {money(typed + sweep)}"
        ),
    )
    c = ("read_form", {"form": "1099-DIV", "payer": "Ridge Brokerage"}, form_div(div1a, div1b, cgd))
    series = []
    est = refund
    for k in range(4):
        items = 3 + 2 * k
        if k:
            est += r.randint(40, 160)
        series.append(
            (
                f"Estimated federal refund (2025): {money(est)}\nCharitable receipts entered: {items}\nLast recalculated: just now",
                f"refund estimate {money(est)} with {items} receipts in.",
            )
        )
    forms = [
        (
            "1099-INT",
            "Harbor Credit Union",
            form_int("Harbor Credit Union", true_int),
            f"Harbor interest {money(true_int)}, no withholding.",
        ),
        (
            "1099-INT",
            "Ridge Brokerage",
            form_int("Ridge Brokerage", sweep),
            f"Ridge sweep interest {money(sweep)}.",
        ),
        (
            "1099-DIV",
            "Ridge Brokerage",
            form_div(div1a, div1b, cgd),
            f"dividends {money(div1a)}, {money(div1b)} qualified.",
        ),
        (
            "1098",
            "Northgate Mortgage",
            f"Form 1098 (2025)\nLender: Northgate Mortgage\nBox 1  Mortgage interest ........... {money(mort)}\nBox 10 Property tax paid ........... $0.00",
            f"mortgage interest {money(mort)}.",
        ),
    ]
    entities = [({"form": f, "payer": p}, o, nt) for f, p, o, nt in forms]
    cursors = [None, f"pg_{hexid(r, 6)}", f"pg_{hexid(r, 6)}", f"pg_{hexid(r, 6)}"]
    docs = [
        "W-2 Lakeside Schools (Ana)",
        "W-2 Ferro Design (Sam)",
        "1099-INT Harbor Credit Union",
        "1099-INT Ridge Brokerage",
        "1099-DIV Ridge Brokerage",
        "1099-B Ridge Brokerage",
        "1098 Northgate Mortgage",
        "1098-T State College",
        "Charity receipt Food Bank",
        "Charity receipt Animal Rescue",
        "Daycare statement Little Oaks",
        "Property tax bill 2025",
        "5498 IRA Ridge",
        "1095-C Lakeside Schools",
        "Dental receipts (scan)",
        "Estimated payment confirmations",
    ]
    page_obs = []
    for p in range(4):
        lines = [
            f"  {i + 1 + p * 4:>2}. {nm}  (uploaded {r.randint(1, 28)} Feb)"
            for i, nm in enumerate(docs[p * 4 : p * 4 + 4])
        ]
        more = f"Next page token: {cursors[p + 1]}" if p < 3 else "End of list."
        page_obs.append("Documents, tax year 2025\n" + "\n".join(lines) + "\n" + more)
    fail_err = (
        "Access denied: account HSA-****4410 belongs to Sam Okafor. Shared access has not been granted "
        "to this profile; only the account holder can view or change it."
    )
    new_div1a = round(div1a - r.uniform(40, 120), 2)
    return {
        "name": "household_tax_return",
        "lock_ack": "I'm sorry, that's Sam's HSA and I shouldn't have tried it. I'll stay with your own forms.",
        "task": task,
        "acks": [
            "Of course. I'll start with the Harbor interest form.",
            "Happy to. Let me open the 1099-INT first.",
            "Sure thing, starting with the interest forms.",
        ],
        "go": [
            "Of course, let me take a look.",
            "Happy to help with that.",
            "Sure, let me look into it.",
        ],
        "A": a,
        "B": b,
        "C": c,
        "notes": {
            "A": f"Harbor's 1099-INT shows {money(true_int)} in box 1 and nothing withheld.",
            "B": f"The worksheet has Harbor at {money(typed)} and the Ridge sweep at {money(sweep)}.",
            "C": f"Ridge's 1099-DIV: {money(div1a)} ordinary, {money(cgd)} capital gain distributions.",
        },
        "series": ("refund_estimate", {"year": 2025}, series),
        "entities": ("read_form", entities),
        "B2": (
            "worksheet_line",
            {"sheet": "Schedule B", "part": "II", "line": 5},
            (
                f"Schedule B, Part II, line 5\n  Ridge Brokerage ........... {money(div1a)}\nline 6 total ................ {money(div1a)}"
            ),
        ),
        "stamp": lambda obs, rr, i: (
            f"{obs}\nRetrieved {hms(now + 31 * i + rr.randint(0, 20))} · session {hexid(rr, 10)}"
        ),
        "remarks": [
            "Let me just look at that once more.",
            "Opening it again to be careful.",
            "I'd like to double-check this.",
            "One more look, just to be safe.",
            "Opening that again.",
            "Let me confirm that figure again.",
        ],
        "promises": [
            "Next I'll open the worksheet's Schedule B to compare.",
            "I'll check what the worksheet says for Harbor next.",
            "Now let me pull up Schedule B on your worksheet.",
            "The next step is comparing against your worksheet.",
            "I'm going to look at Schedule B line 1 now.",
            "Let me open your worksheet next.",
            "Comparing with the worksheet is next.",
            "I'll bring up the Schedule B figures now.",
        ],
        "nudges": [
            "Did you look at the worksheet?",
            "Any luck with Schedule B?",
            "Hello? The worksheet?",
            "Just compare them please.",
        ],
        "conclusions": [
            f"The Harbor interest is transposed on the worksheet: {money(typed)} instead of {money(true_int)}, {money(diff)} short.",
            f"Everything matches except Harbor: the worksheet has the digits swapped, so line 1 is {money(diff)} low.",
            f"One mismatch: Schedule B line 1 shows {money(typed)} for Harbor, the form says {money(true_int)}.",
            "The dividends agree; the only problem is a transposition in the Harbor interest on the worksheet.",
            f"In short, fix Harbor to {money(true_int)} and your interest total will match the forms.",
            f"So the worksheet under-reports interest by {money(diff)} because two digits were swapped.",
        ],
        "wrong": [
            "It looks like Harbor Credit Union reported the wrong amount on their form.",
            "The bank's 1099-INT seems to be in error.",
            "I believe Harbor made a mistake on the form you received.",
            "Harbor's form appears to be wrong, so you may need a corrected one.",
            "The credit union seems to have misreported the interest.",
        ],
        "corrections": [
            "No, the bank's form is right. It's OUR worksheet that has the typo.",
            "Harbor didn't make a mistake. Look at what I typed in the worksheet.",
            "The form is fine! The worksheet is wrong.",
        ],
        "apologies": [
            "I'm so sorry.",
            "Apologies for the confusion.",
            "Sorry about that.",
            "You're right, my apologies.",
        ],
        "right": f"You're right: the form is correct at {money(true_int)} and the worksheet entry {money(typed)} is the typo.",
        "draft": {
            "tool": "save_note",
            "key": "text",
            "base": {"title": "2025 return - reconciliation"},
            "sentences": [
                "I compared the 1099-INT and 1099-DIV forms with the worksheet.",
                f"Harbor's interest is {money(true_int)} on the form and {money(typed)} on Schedule B.",
                f"The Ridge dividends match at {money(div1a)}.",
                "No tax was withheld on any of these forms.",
                "Sam's HSA was not opened.",
            ],
            "missing": "the corrected Schedule B total",
            "rejections": [
                "Can you put the corrected line 2 total in there?",
                "The corrected total still isn't in the note.",
                "I need the corrected total, that's the whole point.",
            ],
            "added": f"Corrected Schedule B line 2 total: {money(true_int + sweep)}.",
            "shorter_ask": "Thanks! Could you make it a bit shorter?",
            "short": f"Harbor interest should be {money(true_int)} (worksheet had {money(typed)}); line 2 becomes {money(true_int + sweep)}. Dividends match.",
            "ok": lambda n, chars: f"Note saved (version {n}, {chars} characters).",
        },
        "status": {
            "tool": "transcript_request_status",
            "args": {"request_id": req},
            "stuck": f"Request {req}: Wage & Income transcript 2025\nStatus: Submitted\nEstimated availability: not yet",
            "moving": [
                f"Request {req}: Wage & Income transcript 2025\nStatus: Submitted",
                f"Request {req}: Wage & Income transcript 2025\nStatus: Processing",
                f"Request {req}: Wage & Income transcript 2025\nStatus: Processing (2 of 3 sources)",
                f"Request {req}: Wage & Income transcript 2025\nStatus: Available (download ready)",
            ],
            "done": "The transcript is ready to download.",
        },
        "pings": ["Is the transcript in yet?", "Anything on the transcript?", "Still waiting?"],
        "fail": ("account_summary", {"account": "HSA-4410", "year": 2025}, fail_err),
        "fail_variants": [
            {"account": "hsa-4410", "year": 2025},
            {"account_id": "HSA-****4410", "tax_year": "2025"},
            {"account": "HSA-4410", "year": 2025, "read_only": True},
            {"accounts": ["HSA-4410"], "year": 2025},
            {"account": "HSA-4410", "year": 2025, "on_behalf_of": "Sam Okafor"},
            {"holder": "Sam Okafor", "type": "HSA", "year": 2025},
        ],
        "fail_trace": lambda rr: f"{fail_err} Reference: {hexid(rr, 8).upper()}",
        "toggle": {
            "tool": "set_return_option",
            "key": "value",
            "base": {"option": "rounding"},
            "values": ["whole_dollars", "cents"],
            "ok": lambda v: f"Option 'rounding' set to {v}.",
            "check": b,
        },
        "write": {
            "tool": "set_worksheet_line",
            "key": "amount",
            "base": {"sheet": "Schedule B", "part": "I", "line": 1, "payer": "Harbor Credit Union"},
            "value": true_int,
            "ok": lambda v, rev: (
                f"Saved {money(v)} for Harbor Credit Union (worksheet revision {rev})."
            ),
            "read": ("worksheet_line", {"sheet": "Schedule B", "part": "I", "line": 1}),
            "read_obs": lambda v: (
                f"Schedule B, Part I, line 1\n  Harbor Credit Union ....... {money(v)}\n"
                f"  Ridge Brokerage (sweep) ... {money(sweep)}\nline 2 total ................ {money(v + sweep)}"
            ),
            "rev": r.randint(12, 40),
        },
        "converge": {
            "check": ("safe_harbor_check", {"year": 2025}),
            "values": [900, 2400, 1650],
            "obs": [
                "Q4 estimated payment $900.00 -> total payments short of safe harbour by $612.00",
                "Q4 estimated payment $2,400.00 -> safe harbour met; overpaying by $888.00",
                "Q4 estimated payment $1,650.00 -> safe harbour met; overpayment $138.00",
            ],
            "notes": [
                "$900 falls short.",
                "$2,400 overshoots by a lot.",
                "$1,650 clears it with a small cushion.",
            ],
            "tool": "set_estimated_payment",
            "key": "amount",
            "base": {"quarter": "Q4", "year": 2025},
        },
        "pages": {
            "tool": "list_documents",
            "key": "page_token",
            "base": {"year": 2025, "page_size": 4},
            "cursors": cursors,
            "obs": page_obs,
            "summary": "Sixteen documents for 2025; five are 1099s and all of them are accounted for.",
        },
        "search": {
            "tool": "search_documents",
            "queries": [
                ("2025", "34 results (forms, receipts, statements)"),
                (
                    "1099 2025",
                    "6 results: 1099-INT x2, 1099-DIV, 1099-B, 1099-R (2024, misfiled), 1099-INT (2024)",
                ),
                ("1099-INT Harbor 2025", "1 result: 1099-INT Harbor Credit Union (uploaded 3 Feb)"),
            ],
            "spin": [
                "harbor interest statement",
                "interest statement harbor credit union",
                "harbor tax form interest",
                "credit union interest 2025",
                "harbor year end interest",
                "interest form harbor",
            ],
            "spin_obs": "0 results",
            "read": a,
            "read_note": f"Harbor's form: {money(true_int)} interest.",
        },
        "transient": "The document service is temporarily unavailable (429 Too Many Requests). Please retry.",
        "agents": ("documents-agent", "calculator-agent"),
        "handoff_task": "reconcile Schedule B line 1 against the 1099-INT forms",
        "bounce": (
            "documents-agent: I only retrieve documents; reconciliation goes to calculator-agent.",
            "calculator-agent: I need the source forms first; please ask documents-agent.",
        ),
        "pipeline": [
            (
                "documents-agent",
                "fetch all 2025 1099-INT forms",
                f"2 forms: Harbor {money(true_int)}, Ridge {money(sweep)}",
            ),
            (
                "calculator-agent",
                "compare forms with Schedule B line 1",
                f"Harbor differs by {money(diff)} (digits transposed)",
            ),
            (
                "calculator-agent",
                "recompute line 2 with the form values",
                f"line 2 = {money(true_int + sweep)}",
            ),
        ],
        "edit": {
            "path": "worksheet/Schedule B",
            "a": "list the Ridge sweep interest on line 1",
            "b": "move the Ridge sweep interest to Part II line 5",
            "test": ("validate_return", {"year": 2025}),
            "err_a": f"Diagnostic SB-102: line 1 total differs from 1099-INT box 1 sum by {money(diff)}",
            "err_b": "Diagnostic SB-210: Part II line 5 accepts ordinary dividends only; interest found",
            "steps": [
                (
                    f"correct Harbor to {money(true_int)}",
                    "2 diagnostics: SB-110 line 2 total stale; F1040-2b not updated",
                ),
                ("recalculate line 2", "1 diagnostic: F1040-2b not updated"),
                ("refresh Form 1040 line 2b", "0 diagnostics. Return ready for review."),
            ],
            "first": f"3 diagnostics: SB-102 ({money(diff)} difference), SB-110, F1040-2b",
        },
        "questions": [
            (
                "Did Ridge withhold anything on the dividends?",
                "read_form",
                c[1],
                c[2],
                "No, box 4 is $0.00 on the 1099-DIV.",
            ),
            (
                "And the mortgage interest, what's on the 1098?",
                "read_form",
                entities[3][0],
                entities[3][1],
                f"The 1098 shows {money(mort)} of mortgage interest and no property tax in box 10.",
            ),
        ],
        "clarify": {
            "q": [
                "Just to check: is this the joint return or a separate one?",
                "Before I begin, are we filing jointly?",
                "Could you confirm whether this is the joint return?",
                "Sorry, one more question: joint or separate?",
                "To be sure I look at the right worksheet, joint return?",
            ],
            "a": ["Joint, like every year.", "Joint. I said so.", "Yes, joint!", "JOINT."],
        },
        "recheck": {
            "spec": c[:2],
            "obs": [
                c[2],
                form_div(new_div1a, div1b, cgd, corrected=True),
                form_div(new_div1a, div1b, cgd, corrected=True)
                + "\nWorksheet Part II line 5 now matches box 1a.",
            ],
            "fixes": [
                "Ridge sent a corrected 1099-DIV, I just uploaded it. Check again?",
                "I updated the worksheet with the corrected figure, look once more.",
            ],
            "notes": [
                f"original form: {money(div1a)} ordinary dividends.",
                f"corrected form: {money(new_div1a)} ordinary dividends.",
                "worksheet and corrected form now agree.",
            ],
        },
        "plan": [
            "open the Harbor 1099-INT",
            "compare Schedule B",
            "check the Ridge 1099-DIV",
            "write you a note",
        ],
        "verify": [
            ("validate_return", {"year": 2025}, "0 diagnostics on Schedule B."),
            (
                "form_1040_line",
                {"line": "2b"},
                f"Form 1040 line 2b (taxable interest): {money(true_int + sweep)}",
            ),
        ],
        "typo": (
            {"form": "1099-INT", "payer": "Harbour Credit Union"},
            "No document found for payer 'Harbour Credit Union'. Did you mean 'Harbor Credit Union'?",
        ),
    }


def table(header: list[str], rows: list[list[Any]]) -> str:
    cols = [header, *[[str(v) for v in row] for row in rows]]
    widths = [max(len(row[i]) for row in cols) for i in range(len(header))]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cols[1:]]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


def dbt_model_backfill(r: R) -> Dom:
    days = ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"]
    counts = [r.randint(18000, 26000) for _ in days]
    bad = counts[1] + counts[2] + counts[3]
    fx_rows = [r.randint(150, 170) for _ in days]
    run_id = r.randint(880000, 899999)
    qid = hexid(r, 6)
    sha = hexid(r, 7)
    author = pick(r, ["mkowalski", "jfeng", "a.osei", "tbrandt"])
    task = pick(
        r,
        [
            "fct_orders has NULL revenue_usd for Nov 21-23, ever since the currency change. Work out why "
            "and backfill those three days before finance's month-end run on Monday. Do NOT full-refresh "
            "dim_customers: analytics owns it and it takes six hours.",
            "Finance flagged NULL revenue in fct_orders for 21-23 Nov. Root-cause it and backfill the three "
            "days before Monday's month-end close. dim_customers is analytics' model, no full refresh on it.",
        ],
    )
    q_orders = (
        "select order_date, count(*) as orders, count(revenue_usd) as with_revenue from analytics.fct_orders "
        "where order_date between '2026-11-20' and '2026-11-24' group by 1 order by 1"
    )
    a = (
        "run_sql",
        {"sql": q_orders},
        table(
            ["order_date", "orders", "with_revenue"],
            [
                [d, n, n if i in (0, 4) else 0]
                for i, (d, n) in enumerate(zip(days, counts, strict=True))
            ],
        ),
    )
    b = (
        "dbt_model_info",
        {"model": "stg_fx_rates"},
        (
            "model: stg_fx_rates\nmaterialized: incremental (unique_key: [rate_date, currency])\n"
            f"last_run: 2026-11-24 02:10 UTC (success, 0 rows inserted)\nupstream: source('fx', 'daily_rates')\n"
            f"source schema change: column date -> rate_date in {sha} by {author} (2026-11-21)"
        ),
    )
    q_fx = (
        "select rate_date, count(*) from staging.stg_fx_rates where rate_date between '2026-11-20' and "
        "'2026-11-24' group by 1 order by 1"
    )
    c = (
        "run_sql",
        {"sql": q_fx},
        table(["rate_date", "count"], [[days[0], fx_rows[0]], [days[4], fx_rows[4]]]),
    )
    series = []
    done = 0
    for k in range(4):
        done = bad if k == 3 else min(bad, done + r.randint(bad // 5, bad // 3))
        series.append(
            (
                table(
                    ["backfilled_rows", "target_rows", "null_revenue"], [[done, bad, bad - done]]
                ),
                f"{done} of {bad} rows backfilled, {bad - done} still null.",
            )
        )
    q_progress = (
        "select count(revenue_usd) as backfilled_rows, count(*) as target_rows, count(*) - count(revenue_usd) "
        "as null_revenue from analytics.fct_orders where order_date between '2026-11-21' and '2026-11-23'"
    )
    models = [
        ("stg_fx_rates", "incremental", "success, 0 rows", "0 rows inserted since the 21st"),
        ("int_orders_enriched", "ephemeral", "n/a", "left joins stg_fx_rates on order_date"),
        (
            "fct_orders",
            "incremental",
            f"success, {counts[4]} rows",
            "revenue_usd = amount * usd_rate",
        ),
        ("dim_customers", "table", "success (6h 02m)", "owned by analytics, full refresh only"),
    ]
    entities = [
        (
            {"model": m},
            f"model: {m}\nmaterialized: {mat}\nlast_run: {lr}",
            f"{m}: {mat}, {note}.",
        )
        for m, mat, lr, note in models
    ]
    cursors = [None, f"{r.randint(4, 9)}", f"{r.randint(10, 15)}", f"{r.randint(16, 21)}"]
    names = [
        "stg_orders",
        "stg_payments",
        "stg_fx_rates",
        "stg_customers",
        "int_orders_enriched",
        "int_refunds",
        "fct_orders",
        "fct_refunds",
        "dim_customers",
        "dim_products",
        "dim_dates",
        "mart_finance_daily",
        "mart_finance_monthly",
        "mart_marketing_attrib",
        "snap_customers",
        "rpt_revenue_recon",
    ]
    page_obs = []
    failing = 0
    for p in range(4):
        rows = []
        for nm in names[p * 4 : p * 4 + 4]:
            status = pick(r, ["pass", "pass", "pass", "warn", "fail"])
            if nm in ("fct_orders", "rpt_revenue_recon"):
                status = "fail"
            failing += status == "fail"
            rows.append([nm, status])
        tail = f"\nnext_offset: {cursors[p + 1]}" if p < 3 else "\nnext_offset: null"
        page_obs.append(table(["model", "tests"], rows) + tail)
    fail_err = (
        "Refused: dim_customers is owned by @analytics-eng (CODEOWNERS) and prod full-refresh requires "
        "their approval. Your role TRANSFORMER_CI may not run --full-refresh on it."
    )
    return {
        "name": "dbt_model_backfill",
        "lock_ack": "Right, dim_customers belongs to analytics. Not touching it; I'll work on the FX side instead.",
        "task": task,
        "acks": [
            "Alright, first the null counts per day.",
            "Right. Checking the damage in fct_orders first.",
            "Starting with a count by day.",
        ],
        "go": ["Alright, looking into it.", "Right, on it.", "Sure."],
        "A": a,
        "B": b,
        "C": c,
        "notes": {
            "A": f"{bad} orders on 21-23 Nov with no revenue_usd; the 20th and 24th are complete.",
            "B": f"stg_fx_rates inserted 0 rows since {sha} renamed date to rate_date on the 21st.",
            "C": f"stg_fx_rates has {fx_rows[0]} rates on the 20th and {fx_rows[4]} on the 24th, nothing between.",
        },
        "series": ("run_sql", {"sql": q_progress}, series),
        "entities": ("dbt_model_info", entities),
        "B2": (
            "dbt_model_info",
            {"model": "int_orders_enriched"},
            "model: int_orders_enriched\nmaterialized: ephemeral\njoins: stg_fx_rates on order_date = rate_date (left)",
        ),
        "stamp": lambda obs, rr, i: (
            f"{obs}\nQuery ID: 01b{hexid(rr, 5)}-{qid}  elapsed {rr.randint(200, 900)} ms"
        ),
        "remarks": [
            "Re-running that to be safe.",
            "Let me run it again.",
            "Running the query once more.",
            "Alright, again.",
            "Checking that one more time.",
            "Going to confirm that.",
        ],
        "promises": [
            "Next I'll look at stg_fx_rates coverage for those days.",
            "Going to check the FX staging table now.",
            "I'll query stg_fx_rates for the missing dates next.",
            "Right, the FX rates table is next.",
            "Let me see whether stg_fx_rates has those days.",
            "Checking FX coverage comes next.",
            "Alright, on to the rates table.",
            "I'll pull the rate counts by day now.",
        ],
        "nudges": [
            "Did you check the fx table?",
            "Any update on the rates?",
            "Just run the query.",
            "Still waiting.",
        ],
        "conclusions": [
            f"The rename of date to rate_date ({sha}) left stg_fx_rates empty for 21-23, so the left join gave NULL revenue.",
            "Cause: the FX source column was renamed; staging silently inserted nothing and fct_orders joined to nothing.",
            "No FX rates for the 21st to the 23rd because the staging model still reads the old column name.",
            f"So revenue is NULL on {bad} orders because there were no rates to join to after the schema change.",
            "Summary: fix stg_fx_rates to read rate_date, backfill those three days, then rebuild fct_orders for them.",
            "It's a silent upstream rename: staging found no 'date' rows, the join came back empty, revenue went NULL.",
        ],
        "wrong": [
            "The orders for 21-23 Nov are missing from fct_orders.",
            "So fct_orders simply has no rows for those three days.",
            "Those days' orders never landed in the model.",
            "The three days are absent from fct_orders entirely.",
            "fct_orders is missing the orders from the 21st to the 23rd.",
        ],
        "corrections": [
            f"They're not missing. There are {counts[1]} rows on the 21st alone; revenue is NULL.",
            "Rows are there! Only revenue_usd is null. Look at the orders column.",
            "Again: the orders exist. It's the revenue column.",
        ],
        "apologies": ["Sorry, you're right.", "Apologies.", "My mistake.", "Sorry about that."],
        "right": f"Right, the {bad} rows exist; only revenue_usd is NULL on them, because the FX join found nothing.",
        "draft": {
            "tool": "post_message",
            "key": "text",
            "base": {"channel": "#data-finance"},
            "sentences": [
                f"fct_orders had NULL revenue_usd on 21-23 Nov ({bad} orders).",
                f"Cause: the FX source renamed date to rate_date ({sha}) and stg_fx_rates stopped loading.",
                "The orders themselves are complete.",
                "stg_fx_rates is fixed and the three days are being backfilled.",
                "dim_customers is not touched.",
            ],
            "missing": "when the backfill will be done",
            "rejections": [
                "Finance will ask when it's done. Add a time.",
                "Still no completion time in there.",
                "When will the backfill be finished? That has to be in it.",
            ],
            "added": "The backfill will be complete by 16:00 UTC today, well before Monday's run.",
            "shorter_ask": "Good. Can you cut it down to two lines?",
            "short": f"NULL revenue on 21-23 Nov ({bad} orders) came from an FX column rename; fixed, backfill done by 16:00 UTC.",
            "ok": lambda n, chars: f"message posted (id {r.randint(10**9, 10**10)}, {chars} chars)",
        },
        "status": {
            "tool": "job_run_status",
            "args": {"run_id": run_id},
            "stuck": f"run {run_id}: Queued (position 3)\nwaiting for a free worker",
            "moving": [
                f"run {run_id}: Queued (position 3)",
                f"run {run_id}: Starting",
                f"run {run_id}: Running (step 2/4: dbt run --select stg_fx_rates+)",
                f"run {run_id}: Success (4/4 steps, 11m 40s)",
            ],
            "done": "Backfill run finished successfully.",
        },
        "pings": ["Has the run started?", "Where's the backfill at?", "Any progress on the run?"],
        "fail": (
            "dbt_run",
            {"select": "dim_customers", "full_refresh": True, "target": "prod"},
            fail_err,
        ),
        "fail_variants": [
            {"select": "dim_customers", "full_refresh": "true", "target": "prod"},
            {"models": ["dim_customers"], "full-refresh": True, "target": "prod"},
            {"select": "dim_customers+", "full_refresh": True, "target": "prod"},
            {
                "select": "analytics.dim_customers",
                "full_refresh": True,
                "target": "prod",
                "threads": 4,
            },
            {
                "select": "dim_customers",
                "full_refresh": True,
                "target": "prod",
                "vars": {"force": True},
            },
            {"command": "dbt run -s dim_customers --full-refresh", "target": "prod"},
        ],
        "fail_trace": lambda rr: f"{fail_err} (request {uuid(rr)})",
        "toggle": {
            "tool": "set_model_config",
            "key": "value",
            "base": {"model": "dim_customers", "key": "snowflake_warehouse"},
            "values": ["TRANSFORM_L", "TRANSFORM_M"],
            "ok": lambda v: (
                f"dim_customers.config.snowflake_warehouse = '{v}' (written to dbt_project.yml)"
            ),
            "check": a,
        },
        "write": {
            "tool": "set_job_setting",
            "key": "threads",
            "base": {"job": "backfill-fx"},
            "value": 8,
            "ok": lambda v, rev: f"job backfill-fx: threads={v} (job version {rev})",
            "read": ("get_job_setting", {"job": "backfill-fx", "key": "threads"}),
            "read_obs": lambda v: f"job backfill-fx: threads={v}",
            "rev": r.randint(5, 30),
        },
        "converge": {
            "check": ("dbt_run_preview", {"select": "stg_fx_rates", "target": "prod"}),
            "values": [1, 14, 4],
            "obs": [
                "preview: lookback_days=1 -> 2 gap days remain (22, 23)",
                "preview: lookback_days=14 -> 0 gaps; est. runtime 3h10m (SLA 1h)",
                "preview: lookback_days=4 -> 0 gaps; est. runtime 38m",
            ],
            "notes": [
                "1 day leaves gaps.",
                "14 days blows the SLA.",
                "4 days: no gaps, 38 minutes.",
            ],
            "tool": "set_model_var",
            "key": "value",
            "base": {"model": "stg_fx_rates", "var": "lookback_days"},
        },
        "pages": {
            "tool": "list_models",
            "key": "offset",
            "base": {"project": "finance_dw", "limit": 4},
            "cursors": cursors,
            "obs": page_obs,
            "summary": f"16 models in finance_dw; {failing} with failing tests, including fct_orders and the revenue recon.",
        },
        "search": {
            "tool": "search_repo",
            "queries": [
                ("fx", "23 matches in 9 files"),
                (
                    "rate_date",
                    "4 matches: sources.yml, stg_fx_rates.sql (x2), int_orders_enriched.sql",
                ),
                (
                    "rename date rate_date daily_rates",
                    f"1 commit: {sha} 'fx source: rename date -> rate_date' ({author})",
                ),
            ],
            "spin": [
                "revenue null",
                "why revenue_usd null",
                "null revenue fct_orders",
                "revenue missing orders",
                "revenue_usd is null",
                "fct_orders revenue null cause",
            ],
            "spin_obs": "0 matches",
            "read": (
                "read_file",
                {"path": "models/staging/stg_fx_rates.sql"},
                "select date as rate_date, currency, usd_rate\nfrom {{ source('fx', 'daily_rates') }}\n{% if is_incremental() %} where date > (select max(rate_date) from {{ this }}) {% endif %}",
            ),
            "read_note": "stg_fx_rates still selects and filters on the old 'date' column.",
        },
        "transient": "Warehouse TRANSFORM_M is resuming; statement was queued and cancelled after 30s. Retry.",
        "agents": ("lineage-agent", "orchestration-agent"),
        "handoff_task": "backfill stg_fx_rates and fct_orders for 2026-11-21..23",
        "bounce": (
            "lineage-agent: I map dependencies but can't trigger runs. Route to orchestration-agent.",
            "orchestration-agent: I need the model selection first. Route to lineage-agent.",
        ),
        "pipeline": [
            (
                "lineage-agent",
                "list models downstream of stg_fx_rates",
                "int_orders_enriched, fct_orders, mart_finance_daily",
            ),
            ("orchestration-agent", "run stg_fx_rates+ for 2026-11-21..23", f"run {run_id} queued"),
            (
                "lineage-agent",
                "confirm dim_customers is not in the selection",
                "not downstream; untouched",
            ),
        ],
        "edit": {
            "path": "models/staging/stg_fx_rates.sql",
            "a": "select date as rate_date (keep the alias)",
            "b": "select rate_date directly and filter on rate_date",
            "test": ("dbt_build", {"select": "stg_fx_rates+", "target": "dev"}),
            "err_a": "Database Error in model stg_fx_rates: invalid identifier 'DATE'",
            "err_b": "Compilation Error in int_orders_enriched: ambiguous column name 'rate_date'",
            "steps": [
                (
                    "select rate_date in staging",
                    "2 errors: ambiguous rate_date in int_orders_enriched; not_null revenue_usd",
                ),
                (
                    "qualify fx.rate_date in the join",
                    "1 error: not_null_fct_orders_revenue_usd (3 days)",
                ),
                (
                    "backfill with --vars '{start: 2026-11-21, end: 2026-11-23}'",
                    "PASS=41 WARN=0 ERROR=0",
                ),
            ],
            "first": "3 errors: invalid identifier 'DATE'; not_null revenue_usd; recon mismatch",
        },
        "questions": [
            (
                "How many orders are affected?",
                "run_sql",
                a[1],
                a[2],
                f"{bad} orders: {counts[1]}, {counts[2]} and {counts[3]} on the three days.",
            ),
            (
                "Who made the rename?",
                "read_commit",
                {"sha": sha},
                f"{sha} fx source: rename date -> rate_date\nAuthor: {author}\nDate: 2026-11-21",
                f"{author}, in {sha} on the 21st.",
            ),
        ],
        "clarify": {
            "q": [
                "Should the backfill cover the 21st to the 23rd inclusive?",
                "Just to confirm, inclusive of the 23rd?",
                "Is it 21-23 inclusive, or up to the 23rd?",
                "Sorry, to be precise: does the range include the 23rd?",
                "Confirming the range once more: 21 through 23?",
            ],
            "a": ["Yes, inclusive.", "Inclusive. Yes.", "21, 22 and 23. All three.", "yes."],
        },
        "recheck": {
            "spec": c[:2],
            "obs": [
                c[2],
                table(
                    ["rate_date", "count"],
                    [[days[0], fx_rows[0]], [days[1], fx_rows[1]], [days[4], fx_rows[4]]],
                ),
                table(["rate_date", "count"], [[d, n] for d, n in zip(days, fx_rows, strict=True)]),
            ],
            "fixes": [
                "I re-ran the fx ingestion for the 21st, check again",
                "and the 22nd and 23rd now, look again",
            ],
            "notes": [
                "rates only on the 20th and 24th.",
                "the 21st is back, 22-23 still empty.",
                "all five days have rates now.",
            ],
        },
        "plan": [
            "count nulls by day in fct_orders",
            "check stg_fx_rates",
            "query FX coverage",
            "post to #data-finance",
        ],
        "verify": [
            ("dbt_test", {"select": "fct_orders"}, "PASS=12 WARN=0 ERROR=0"),
            (
                "job_history",
                {"job": "backfill-fx", "limit": 1},
                f"last run {run_id}: success, threads=8",
            ),
        ],
        "typo": (
            {"sql": q_orders.replace("fct_orders", "fct_order")},
            "SQL compilation error: Object 'ANALYTICS.FCT_ORDER' does not exist or not authorized.",
        ),
    }


def warehouse_robot_fleet(r: R) -> Dom:
    bat = r.randint(55, 78)
    x, y = round(r.uniform(30, 60), 1), round(r.uniform(4, 11), 1)
    since = r.randint(13 * 3600 + 1800, 14 * 3600 + 1800)
    replans = r.randint(11, 19)
    occ = 3
    pph = r.randint(58, 70)
    mission = f"M-{r.randint(40000, 49999)}"
    task = pick(
        r,
        [
            "AMR-17 keeps stalling in aisle A12 during the afternoon wave. Find out why and get it moving "
            "before the 15:30 truck cut-off. Don't change anything on fire-door zone FZ-3, site safety has it locked.",
            "Afternoon wave: AMR-17 is stuck in A12 again. I need it working before the 15:30 cut-off. "
            "FZ-3 (fire doors) is under a safety lock, leave its config alone.",
        ],
    )

    def robot(rid: str, state: str, b: int, pose: str, err: str) -> str:
        return f'<robot id="{rid}" state="{state}" battery="{b}" pose="{pose}" error="{err}" since="{hms(since)}"/>'

    a = (
        "robot_state",
        {"robot": "AMR-17"},
        robot("AMR-17", "blocked", bat, f"A12:{x},{y}", "E214 path blocked"),
    )
    b = (
        "zone_info",
        {"zone": "A12"},
        f'<zone id="A12" max_robots="2" occupancy="{occ}" speed_limit_mps="0.8" congestion="high" wave="PM-2"/>',
    )
    c = (
        "path_log",
        {"robot": "AMR-17", "minutes": 30},
        (
            f'<replans robot="AMR-17" count="{replans}" window_min="30">\n'
            f'  <reason code="OCC_LIMIT" zone="A12" n="{replans - 2}"/>\n  <reason code="OBSTACLE" zone="A12" n="2"/>\n</replans>'
        ),
    )
    series = []
    v = pph
    for k in range(4):
        if k:
            v += r.randint(6, 12)
        series.append(
            (
                f'<throughput wave="PM-2" picks_per_hour="{v}" target="90" robots_active="{14 + k}"/>',
                f"{v} picks/h against 90, {14 + k} robots active.",
            )
        )
    bots = [
        ("AMR-17", "blocked", bat, f"A12:{x},{y}", "E214 path blocked"),
        ("AMR-09", "moving", r.randint(40, 90), "A11:12.0,3.3", "none"),
        ("AMR-22", "waiting", r.randint(40, 90), "A12:5.5,9.1", "W101 zone full"),
        ("AMR-31", "charging", r.randint(10, 30), "CH-2", "none"),
    ]
    entities = [
        ({"robot": rid}, robot(rid, st, bb, pose, err), f"{rid} {st}, battery {bb}%, {err}.")
        for rid, st, bb, pose, err in bots
    ]
    cursors = [
        None,
        str(r.randint(1000, 1999)),
        str(r.randint(2000, 2999)),
        str(r.randint(3000, 3999)),
    ]
    codes = [
        "E214",
        "W101",
        "E214",
        "E330",
        "W101",
        "E214",
        "W220",
        "E214",
        "W101",
        "E101",
        "E214",
        "W101",
        "E214",
        "E330",
        "W220",
        "E214",
    ]
    page_obs = []
    e214 = 0
    for p in range(4):
        items = []
        for i, code in enumerate(codes[p * 4 : p * 4 + 4]):
            rid = pick(r, ["AMR-17", "AMR-22", "AMR-09", "AMR-05"]) if code != "E214" else "AMR-17"
            e214 += code == "E214"
            items.append(
                f'  <alarm t="{hms(since - 3600 + (p * 4 + i) * 211)}" robot="{rid}" code="{code}"/>'
            )
        nxt = f' next="{cursors[p + 1]}"' if p < 3 else ""
        page_obs.append(f"<alarms{nxt}>\n" + "\n".join(items) + "\n</alarms>")
    fail_err = '<error code="423" reason="LOCKED">Zone FZ-3 is a fire-door zone under site-safety lock (owner: EHS). Changes need a signed permit.</error>'
    return {
        "name": "warehouse_robot_fleet",
        "lock_ack": "FZ-3 is safety-locked. Leaving it; the fix has to come from the wave plan.",
        "task": task,
        "acks": [
            "Got it. Checking AMR-17's state first.",
            "Right, pulling AMR-17.",
            "On it. Robot first.",
        ],
        "go": ["Got it.", "On it.", "Right, looking."],
        "A": a,
        "B": b,
        "C": c,
        "notes": {
            "A": f"AMR-17 blocked in A12 since {hms(since)}, battery {bat}%.",
            "B": f"A12 allows 2 robots, {occ} are in it; congestion high.",
            "C": f"{replans} replans in 30 min, {replans - 2} of them on the occupancy limit.",
        },
        "series": ("fleet_throughput", {"wave": "PM-2"}, series),
        "entities": ("robot_state", entities),
        "B2": (
            "zone_info",
            {"zone": "A13"},
            '<zone id="A13" max_robots="2" occupancy="1" speed_limit_mps="1.2" congestion="low" wave="PM-2"/>',
        ),
        "stamp": lambda obs, rr, i: obs.replace(
            "/>",
            f' polled="{hms(since + 900 + 7 * i + rr.randint(0, 5))}" seq="{rr.randint(10000, 99999)}"/>',
            1,
        ),
        "remarks": [
            "Polling it again.",
            "Once more.",
            "Let me refresh that.",
            "Checking again.",
            "Another look.",
            "Refreshing.",
        ],
        "promises": [
            "Next I'll pull AMR-17's path log.",
            "Going to check the replanning history now.",
            "I'll look at the path log next.",
            "Path log is next.",
            "Let me get the last 30 minutes of replans.",
            "Right, the path history comes next.",
            "Checking why it replans, next.",
            "I'll fetch the path log for AMR-17.",
        ],
        "nudges": [
            "Well?",
            "Did you get the path log?",
            "Truck leaves at 15:30, come on.",
            "Still waiting on that log.",
        ],
        "conclusions": [
            f"A12 is capped at 2 robots and the wave put {occ} in it, so AMR-17 keeps replanning and stalls.",
            "It's congestion, not the robot: the occupancy limit in A12 blocks its path over and over.",
            "AMR-17 is healthy; A12 is over its robot cap, hence the E214 stalls.",
            f"Cause: wave PM-2 sends {occ} robots into a 2-robot aisle. Move some picks to A13 and it clears.",
            "Summary: occupancy limit, repeated replans, blocked. Rebalance the wave away from A12.",
            "The stalls come from A12 being full, so the fix is in the wave plan, not the robot.",
        ],
        "wrong": [
            "AMR-17's battery is low, that's why it keeps stopping.",
            "It's stalling because the battery is nearly flat.",
            "Low battery is the cause here.",
            "The robot is running out of charge in the aisle.",
            "I'd say the battery is too low to finish the route.",
        ],
        "corrections": [
            f"Battery is {bat}%. That's not low.",
            f"Read it again, {bat} percent.",
            "It's NOT the battery.",
        ],
        "apologies": ["Sorry.", "My mistake.", "Apologies.", "Sorry, you're right."],
        "right": f"Right, {bat}% is plenty; the stall is the A12 occupancy limit, not charge.",
        "draft": {
            "tool": "send_shift_note",
            "key": "text",
            "base": {"to": "shift-leads"},
            "sentences": [
                "AMR-17 stalls in A12 because the aisle is over its 2-robot limit.",
                f"{replans} replans in the last half hour.",
                "The robot itself is fine.",
                "Wave PM-2 picks in A12 will be moved to A13.",
                "FZ-3 is untouched.",
            ],
            "missing": "the expected clear time",
            "rejections": [
                "When will it be clear? Put a time in.",
                "Still no time.",
                "I need the clear time in the note.",
            ],
            "added": "A12 should be clear by 15:05, ahead of the 15:30 cut-off.",
            "shorter_ask": "OK. Shorter please, they read it on handhelds.",
            "short": "AMR-17: A12 over robot limit. Picks moved to A13, clear by 15:05.",
            "ok": lambda n, chars: f'<sent id="{r.randint(100000, 999999)}" chars="{chars}"/>',
        },
        "status": {
            "tool": "mission_status",
            "args": {"mission": mission},
            "stuck": f'<mission id="{mission}" state="queued" robot="" eta=""/>',
            "moving": [
                f'<mission id="{mission}" state="queued" robot="" eta=""/>',
                f'<mission id="{mission}" state="assigned" robot="AMR-17" eta="{hm(since // 60 + 50)}"/>',
                f'<mission id="{mission}" state="executing" robot="AMR-17" eta="{hm(since // 60 + 47)}"/>',
                f'<mission id="{mission}" state="completed" robot="AMR-17" eta=""/>',
            ],
            "done": "Mission completed; AMR-17 is clear of A12.",
        },
        "pings": ["Has it moved?", "Mission status?", "Anything?"],
        "fail": (
            "set_zone_config",
            {"zone": "FZ-3", "param": "door_hold", "value": "open"},
            fail_err,
        ),
        "fail_variants": [
            {"zone": "fz-3", "param": "door_hold", "value": "open"},
            {"zone_id": "FZ-3", "settings": {"door_hold": "open"}},
            {"zone": "FZ-3", "param": "door_hold", "value": "open", "override": True},
            {"zone": "FZ3", "param": "door_hold", "value": True},
            {"zones": ["FZ-3"], "param": "door_hold", "value": "open"},
            {"zone": "FZ-3", "param": "door_hold", "value": "open", "permit": ""},
        ],
        "fail_trace": lambda rr: fail_err.replace("<error ", f'<error trace="{hexid(rr, 12)}" ', 1),
        "toggle": {
            "tool": "set_robot_param",
            "key": "value",
            "base": {"robot": "AMR-17", "param": "speed_profile"},
            "values": ["eco", "normal", "fast"],
            "ok": lambda v: f'<ok robot="AMR-17" param="speed_profile" value="{v}"/>',
            "check": a,
        },
        "write": {
            "tool": "set_wave_cap",
            "key": "max_picks",
            "base": {"wave": "PM-2", "zone": "A12"},
            "value": 40,
            "ok": lambda v, rev: f'<ok wave="PM-2" zone="A12" max_picks="{v}" plan_rev="{rev}"/>',
            "read": ("wave_cap", {"wave": "PM-2", "zone": "A12"}),
            "read_obs": lambda v: f'<cap wave="PM-2" zone="A12" max_picks="{v}"/>',
            "rev": r.randint(100, 300),
        },
        "converge": {
            "check": ("simulate_wave", {"wave": "PM-2", "minutes": 30}),
            "values": [4, 1, 2],
            "obs": [
                '<sim max_robots="4" deadlocks="2" picks_per_hour="71"/>',
                '<sim max_robots="1" deadlocks="0" picks_per_hour="63"/>',
                '<sim max_robots="2" deadlocks="0" picks_per_hour="94"/>',
            ],
            "notes": ["4 deadlocks twice.", "1 is too slow, 63/h.", "2 gives 94/h, no deadlocks."],
            "tool": "set_zone_limit",
            "key": "max_robots",
            "base": {"zone": "A12", "scenario": "sim"},
        },
        "pages": {
            "tool": "alarm_history",
            "key": "after",
            "base": {"since": hms(since - 3600), "limit": 4},
            "cursors": cursors,
            "obs": page_obs,
            "summary": f"16 alarms in the last hour; {e214} are E214 on AMR-17, the rest are zone-full waits.",
        },
        "search": {
            "tool": "search_incidents",
            "queries": [
                ("stall", "38 incidents"),
                ("A12 stall", "5 incidents: INC-2231, INC-2240, INC-2302, INC-2315, INC-2318"),
                ("A12 occupancy replan E214", "1 incident: INC-2302 'A12 cap vs wave plan'"),
            ],
            "spin": [
                "robot stuck aisle",
                "AMR stuck",
                "robot not moving aisle",
                "stuck robot fix",
                "AMR stopped aisle",
                "robot halted in aisle",
            ],
            "spin_obs": "0 incidents",
            "read": (
                "read_incident",
                {"id": "INC-2302"},
                "INC-2302: wave plan ignored A12 max_robots=2; fix was to cap picks per wave in A12.",
            ),
            "read_note": "INC-2302 had the same cause and was fixed with a wave cap.",
        },
        "transient": '<error code="429">fleet manager busy, retry in 5 s</error>',
        "agents": ("traffic-agent", "maintenance-agent"),
        "handoff_task": "clear AMR-17's repeated stalls in A12",
        "bounce": (
            "maintenance-agent: AMR-17 passes diagnostics; stalls are a traffic issue. Route to traffic-agent.",
            "traffic-agent: E214 is a robot fault code; route to maintenance-agent.",
        ),
        "pipeline": [
            (
                "maintenance-agent",
                "run diagnostics on AMR-17",
                "all checks pass (lidar, drive, battery)",
            ),
            ("traffic-agent", "rebalance wave PM-2 away from A12", "12 picks moved to A13"),
            ("traffic-agent", "confirm A12 occupancy", "occupancy 2/2, AMR-17 moving"),
        ],
        "edit": {
            "path": "maps/DUB2/zones.yaml",
            "a": "A12 one_way: northbound",
            "b": "A12 one_way: none",
            "test": ("map_validate", {"site": "DUB2"}),
            "err_a": "validation FAIL: one-way A12 leaves dock lane D4 unreachable",
            "err_b": "simulation FAIL: head-on deadlock in A12 at t=312s",
            "steps": [
                ("add passing bay A12-PB1", "2 issues: PB1 overlaps rack R12-07; A12 cap not set"),
                ("move PB1 to x=48.0", "1 issue: A12 cap not set"),
                (
                    "set A12 max_robots: 2 with queue at A12-IN",
                    "validation OK, 0 deadlocks in 30 min sim",
                ),
            ],
            "first": "3 issues: deadlock A12, no passing bay, cap unset",
        },
        "questions": [
            (
                "Is AMR-22 stuck too?",
                "robot_state",
                entities[2][0],
                entities[2][1],
                "AMR-22 is waiting at the A12 entrance for a free slot, not faulted.",
            ),
            (
                "What about A13, could it take the overflow?",
                "zone_info",
                {"zone": "A13"},
                '<zone id="A13" max_robots="2" occupancy="1" speed_limit_mps="1.2" congestion="low"/>',
                "A13 has one robot of two and low congestion, so yes.",
            ),
        ],
        "clarify": {
            "q": [
                "Which wave, the afternoon one?",
                "Just to be sure: PM-2?",
                "Is this wave PM-2 or PM-1?",
                "Sorry, which wave again?",
                "Confirming: afternoon wave?",
            ],
            "a": ["PM-2. Afternoon.", "Yes, PM-2.", "The afternoon one, PM-2!", "PM-2"],
        },
        "recheck": {
            "spec": a[:2],
            "obs": [
                a[2],
                robot("AMR-17", "waiting", bat, f"A12:{x},{y}", "W101 zone full"),
                robot("AMR-17", "moving", bat - 1, f"A12:{round(x + 6.5, 1)},{y}", "none"),
            ],
            "fixes": [
                "Picker pulled the pallet out of A12, check it now",
                "AMR-22 has left the aisle too, check again",
            ],
            "notes": ["still blocked.", "now just waiting for the zone.", "moving again."],
        },
        "plan": [
            "read AMR-17's state",
            "check zone A12",
            "pull the path log",
            "send the shift note",
        ],
        "verify": [
            (
                "simulate_wave",
                {"wave": "PM-2", "minutes": 30},
                '<sim deadlocks="0" picks_per_hour="92"/>',
            ),
            (
                "zone_info",
                {"zone": "A12"},
                '<zone id="A12" max_robots="2" occupancy="2" congestion="medium"/>',
            ),
        ],
        "typo": ({"robot": "AMR-71"}, '<error code="404">unknown robot AMR-71</error>'),
    }


def dairy_herd_milking(r: R) -> Dom:
    cow = 4471
    avg7 = round(r.uniform(32.0, 37.0), 1)
    last = round(avg7 * r.uniform(0.76, 0.82), 1)
    rf = round(r.uniform(5.9, 6.6), 1)
    others = (round(r.uniform(4.6, 4.8), 1), round(r.uniform(4.9, 5.1), 1))
    scc = r.randint(480, 820)
    visits = 3
    sample = f"S-{r.randint(20000, 29999)}"
    dim = r.randint(110, 170)
    task = pick(
        r,
        [
            f"Cow {cow}'s yield is down about a fifth this week. Is it mastitis or a robot problem? The vet's "
            "here at 11 and I want an answer before then. Don't touch robot 2's teat-cup calibration, the "
            "Lely engineer is mid-service on it.",
            f"{cow} has dropped roughly 20% in milk this week. Mastitis or the robot? Need to know before the "
            "vet at 11. Robot 2 is in service with the engineer, leave its calibration alone.",
        ],
    )

    def cowtxt(cid: int, y: float, a7: float, cond: tuple[float, float, float]) -> str:
        return (
            f"Cow {cid} (Holstein, lactation 3, {dim} DIM). Last 24 h: {visits} milkings, {y} kg. "
            f"7-day average {a7} kg. Conductivity RF {cond[0]} mS/cm, LF {cond[1]}, RR {cond[2]}, LR {cond[2]}."
        )

    a = ("cow_record", {"cow": cow}, cowtxt(cow, last, avg7, (rf, *others)))
    b = (
        "robot_visits",
        {"cow": cow, "days": 3},
        (
            f"Cow {cow}, last 3 days: {visits * 3} visits, all on robot 1. Attach attempts per visit 1.0 to 1.3, "
            "no failed attachments, no kick-offs. Average box time 7 min 40 s."
        ),
    )
    c = (
        "milk_quality",
        {"cow": cow},
        (
            f"Cow {cow}: estimated SCC {scc}k cells/ml (herd median 140k). Colour deviation flagged on RF "
            "at the last two milkings. Milk diverted: no."
        ),
    )
    series = []
    y = last
    cond = rf
    times = ["05:10", "13:05", "21:20", "05:15 next day"]
    for k in range(4):
        if k:
            y = round(y + r.uniform(0.3, 0.9), 1)
            cond = round(cond - r.uniform(0.1, 0.25), 1)
        series.append(
            (
                f"Cow {cow}, milking at {times[k]}: {round(y / 3, 1)} kg. RF conductivity {cond} mS/cm.",
                f"{times[k]} milking: {round(y / 3, 1)} kg, RF {'at' if k == 0 else 'down to'} {cond}.",
            )
        )
    cows = [(cow, last, avg7, (rf, *others))]
    for cid in (4468, 4502, 4519):
        a7c = round(r.uniform(30, 38), 1)
        cows.append(
            (
                cid,
                round(a7c * r.uniform(0.95, 1.03), 1),
                a7c,
                (
                    round(r.uniform(4.6, 5.1), 1),
                    round(r.uniform(4.6, 5.1), 1),
                    round(r.uniform(4.6, 5.1), 1),
                ),
            )
        )
    entities = [
        (
            {"cow": cid},
            cowtxt(cid, yy, aa, cc),
            f"{cid}: {yy} kg vs {aa} average, max conductivity {max(cc)}.",
        )
        for cid, yy, aa, cc in cows
    ]
    cursors = [
        None,
        f"a{r.randint(100, 199)}",
        f"a{r.randint(200, 299)}",
        f"a{r.randint(300, 399)}",
    ]
    kinds = [
        "conductivity",
        "yield drop",
        "late for milking",
        "activity high",
        "rumination low",
        "colour",
        "conductivity",
        "yield drop",
        "late for milking",
        "activity high",
        "colour",
        "rumination low",
        "yield drop",
        "conductivity",
        "late for milking",
        "activity high",
    ]
    page_obs = []
    udder = 0
    for p in range(4):
        parts = []
        for kname in kinds[p * 4 : p * 4 + 4]:
            cid = (
                r.choice([4471, 4388, 4502, 4610, 4455])
                if kname in ("conductivity", "colour")
                else r.randint(4300, 4700)
            )
            udder += kname in ("conductivity", "colour")
            parts.append(f"{kname} on cow {cid}")
        more = f" More alerts after {cursors[p + 1]}." if p < 3 else " No more alerts."
        page_obs.append("Alerts: " + "; ".join(parts) + "." + more)
    fail_err = "Robot 2 is in SERVICE mode (engineer login active since 08:12). Remote calibration is disabled until the service session ends."
    return {
        "name": "dairy_herd_milking",
        "lock_ack": "Robot 2 is in service, so I'll leave it be and look at the cow instead.",
        "task": task,
        "acks": [
            f"Right. I'll pull {cow}'s record first.",
            "Will do. Starting with her milk record.",
            f"Okay, looking at {cow} now.",
        ],
        "go": ["Will do.", "Right, I'll have a look.", "Okay."],
        "A": a,
        "B": b,
        "C": c,
        "notes": {
            "A": f"{cow} gave {last} kg against a {avg7} kg average; RF conductivity {rf} vs about {others[1]} elsewhere.",
            "B": f"{visits} visits a day on robot 1, no failed attachments.",
            "C": f"SCC about {scc}k with a colour flag on RF.",
        },
        "series": ("cow_record", {"cow": cow, "view": "today"}, series),
        "entities": ("cow_record", entities),
        "B2": (
            "robot_visits",
            {"cow": 4468, "days": 3},
            "Cow 4468, last 3 days: 8 visits, robot 1 and robot 3. No failed attachments.",
        ),
        "stamp": lambda obs, rr, i: (
            f"{obs} (Report generated {hms(8 * 3600 + 1800 + 13 * i + rr.randint(0, 9))}, ref {rr.randint(100000, 999999)}.)"
        ),
        "remarks": [
            "Let me look at that again.",
            "Once more.",
            "Checking that again.",
            "Another look.",
            "Just to be certain.",
            "Re-reading it.",
        ],
        "promises": [
            "Next I'll check her milk quality readings.",
            "I'll pull the SCC estimate now.",
            "Milk quality is next.",
            "Let me get her cell count.",
            "Going to look at the SCC and colour flags next.",
            "I'll check the quality data now.",
            "Right, quality readings next.",
            "Next up: her somatic cell count.",
        ],
        "nudges": ["And the cell count?", "Did you get it?", "Vet's due soon.", "Well?"],
        "conclusions": [
            f"It looks like mastitis in the right front quarter: high conductivity, SCC {scc}k, colour flag. The robot is fine.",
            "Her robot visits are normal, so it isn't the robot; the RF quarter has the mastitis signs.",
            "Right front quarter mastitis is the likely cause of the drop, not milking problems.",
            f"Conductivity {rf} on RF plus SCC around {scc}k points to clinical mastitis; ask the vet to check RF.",
            "So: robot attaching fine, RF quarter inflamed. Treat it as mastitis and divert her milk.",
            "The evidence says mastitis (RF), not the robot.",
        ],
        "wrong": [
            "Her yield is down because she's visiting the robot less often.",
            "She's coming to the robot less, that explains the drop.",
            "Fewer robot visits look like the cause.",
            "She isn't getting milked as often.",
            "I think her visit frequency has fallen.",
        ],
        "corrections": [
            f"No, she's on {visits} visits a day like always. Look at the visits.",
            "Her visits are normal!",
            "Visits haven't changed. Read it again.",
        ],
        "apologies": ["Sorry.", "Apologies.", "You're right, sorry.", "My mistake."],
        "right": f"You're right, {visits} visits a day as usual; the drop comes with the RF conductivity and cell count.",
        "draft": {
            "tool": "save_vet_note",
            "key": "text",
            "base": {"cow": cow},
            "sentences": [
                f"Yield down to {last} kg from a {avg7} kg average.",
                f"RF conductivity {rf} mS/cm; other quarters normal.",
                f"Estimated SCC {scc}k, colour flag on RF.",
                "Robot visits and attachments normal.",
                "Robot 2 not involved.",
            ],
            "missing": "whether her milk is diverted",
            "rejections": [
                "Vet will ask if her milk's being diverted. Put that in.",
                "Still nothing on diverting.",
                "Diverted or not? Add it.",
            ],
            "added": "Her milk is diverted from the tank as of this morning.",
            "shorter_ask": "Good. Shorter please, it goes on the whiteboard.",
            "short": f"{cow}: RF mastitis suspected (cond {rf}, SCC {scc}k). Robot fine. Milk diverted.",
            "ok": lambda n, chars: f"Note {n} saved to cow {cow} ({chars} characters).",
        },
        "status": {
            "tool": "lab_sample_status",
            "args": {"sample": sample},
            "stuck": f"Sample {sample} (cow {cow}, RF): received at lab, awaiting culture.",
            "moving": [
                f"Sample {sample} (cow {cow}, RF): received at lab, awaiting culture.",
                f"Sample {sample} (cow {cow}, RF): culture started.",
                f"Sample {sample} (cow {cow}, RF): growth seen at 18 h, identification pending.",
                f"Sample {sample} (cow {cow}, RF): Streptococcus uberis identified; sensitivity attached.",
            ],
            "done": "Culture result is in: S. uberis.",
        },
        "pings": ["Any result from the lab?", "Lab back yet?", "Anything on the sample?"],
        "fail": (
            "calibrate_robot",
            {"robot": 2, "component": "teat_cups", "mode": "auto"},
            fail_err,
        ),
        "fail_variants": [
            {"robot": "2", "component": "teat_cups", "mode": "auto"},
            {"robot_id": "R2", "component": "teat-cups", "mode": "auto"},
            {"robot": 2, "component": "teat_cups", "mode": "manual", "offset_mm": 0},
            {"robot": 2, "components": ["teat_cups", "laser"], "mode": "auto"},
            {"robot": 2, "component": "teat_cups", "mode": "auto", "force": True},
            {"robot": 2, "component": "teat_cups", "mode": "auto", "end_service": False},
        ],
        "fail_trace": lambda rr: f"{fail_err} Event {rr.randint(10**6, 10**7)}.",
        "toggle": {
            "tool": "set_alert_threshold",
            "key": "value",
            "base": {"cow": cow, "metric": "yield_drop_pct"},
            "values": [15, 25],
            "ok": lambda v: f"Yield-drop alert for cow {cow} set to {v}%.",
            "check": a,
        },
        "write": {
            "tool": "set_milk_divert",
            "key": "hours",
            "base": {"cow": cow},
            "value": 72,
            "ok": lambda v, rev: f"Cow {cow}: milk divert for {v} h (setting version {rev}).",
            "read": ("cow_settings", {"cow": cow}),
            "read_obs": lambda v: (
                f"Cow {cow}: milk divert {v} h remaining; milking permission 6 h; feed table B."
            ),
            "rev": r.randint(10, 60),
        },
        "converge": {
            "check": ("feed_balance", {"cow": cow}),
            "values": [6.0, 3.0, 4.5],
            "obs": [
                "Concentrate 6.0 kg/day: 1.8 kg above what her yield supports.",
                "Concentrate 3.0 kg/day: 1.2 kg below her requirement.",
                "Concentrate 4.5 kg/day: within 0.2 kg of requirement.",
            ],
            "notes": ["6 kg is too much.", "3 kg is too little.", "4.5 kg fits."],
            "tool": "set_concentrate",
            "key": "kg_per_day",
            "base": {"cow": cow},
        },
        "pages": {
            "tool": "list_alerts",
            "key": "after",
            "base": {"herd": "main", "count": 4},
            "cursors": cursors,
            "obs": page_obs,
            "summary": f"Sixteen alerts overnight; {udder} are udder-health alerts (conductivity or colour).",
        },
        "search": {
            "tool": "search_herd_notes",
            "queries": [
                (f"{cow}", f"27 notes for cow {cow} since 2023."),
                (
                    f"{cow} udder",
                    "3 notes: 2024-03 dry-off tube, 2025-06 RF swelling, 2025-06 treatment.",
                ),
                (
                    f"{cow} right front",
                    "1 note: 2025-06-14 RF clinical mastitis, treated, recovered.",
                ),
            ],
            "spin": [
                "cow yield problem",
                "yield down cow",
                "low milk cow",
                "milk drop",
                "dropping milk",
                "cow giving less milk",
            ],
            "spin_obs": "No notes found.",
            "read": (
                "read_herd_note",
                {"id": "2025-06-14-4471"},
                "RF clinical mastitis, S. uberis, treated 3 days intramammary, recovered.",
            ),
            "read_note": "she had RF mastitis last June too.",
        },
        "transient": "Herd database sync in progress, please try again shortly.",
        "agents": ("herd-health-agent", "robot-service-agent"),
        "handoff_task": f"decide whether cow {cow}'s drop is health or equipment",
        "bounce": (
            "herd-health-agent: this looks like an equipment question; route to robot-service-agent.",
            "robot-service-agent: attachments are normal; health questions go to herd-health-agent.",
        ),
        "pipeline": [
            (
                "robot-service-agent",
                f"check robot 1 attachment logs for {cow}",
                "no failed attachments, box time normal",
            ),
            ("herd-health-agent", f"assess {cow} udder health", f"RF mastitis likely, SCC {scc}k"),
            ("herd-health-agent", "book a milk sample", f"sample {sample} booked"),
        ],
        "edit": {
            "path": "rules/divert_milk.rule",
            "a": "divert if conductivity > 5.5 mS/cm",
            "b": "divert if conductivity > 6.5 mS/cm",
            "test": ("rule_simulate", {"rule": "divert_milk", "days": 7}),
            "err_a": "Simulation: would divert 41 cows; tank volume short by 2,900 l",
            "err_b": f"Simulation: misses cow {cow} (RF {rf})",
            "steps": [
                (
                    "use relative conductivity (quarter vs cow mean)",
                    "2 problems: 9 false diverts; fresh cows included",
                ),
                ("exclude cows under 10 DIM", "1 problem: 3 false diverts from single spikes"),
                ("require two milkings in a row", f"OK: diverts 4 cows including {cow}"),
            ],
            "first": "3 problems: absolute threshold, fresh cows, single spikes",
        },
        "questions": [
            (
                "Has she had this before?",
                "read_herd_note",
                {"id": "2025-06-14-4471"},
                "RF clinical mastitis, S. uberis, treated 3 days intramammary, recovered.",
                "Yes, RF mastitis last June, S. uberis, and she recovered.",
            ),
            (
                "Is her neighbour 4468 alright?",
                "cow_record",
                entities[1][0],
                entities[1][1],
                "4468 is milking normally with normal conductivity.",
            ),
        ],
        "clarify": {
            "q": [
                f"Just to be sure, cow {cow} and not 4417?",
                f"Is it {cow}?",
                f"Sorry, {cow} or 4417?",
                "Which cow number again?",
                f"Confirming: {cow}?",
            ],
            "a": [f"{cow}.", f"{cow}, yes.", f"It's {cow}, I said.", f"{cow}!"],
        },
        "recheck": {
            "spec": c[:2],
            "obs": [
                c[2],
                f"Cow {cow}: estimated SCC {scc - 120}k cells/ml. Colour deviation flagged on RF at the last milking.",
                f"Cow {cow}: estimated SCC {scc - 260}k cells/ml. No colour deviation. Milk diverted: yes.",
            ],
            "fixes": [
                "I stripped out the RF quarter and cleaned the sensor. Check again?",
                "And it's been a milking since. Look once more.",
            ],
            "notes": [
                f"SCC {scc}k.",
                f"SCC {scc - 120}k, still flagged.",
                f"SCC {scc - 260}k, no colour flag.",
            ],
        },
        "plan": [
            "read her milk record",
            "check robot visits",
            "look at milk quality",
            "write the vet note",
        ],
        "verify": [
            (
                "cow_record",
                {"cow": cow, "view": "flags"},
                f"Cow {cow}: DIVERT active; alert threshold unchanged.",
            ),
            (
                "tank_plan",
                {"date": "today"},
                f"Tank plan: cow {cow} excluded; expected volume -{last} kg.",
            ),
        ],
        "typo": ({"cow": 4417}, "Cow 4417 not found in the active herd (sold 2025-09-02)."),
    }


def podcast_post_production(r: R) -> Dom:
    integ = round(r.uniform(-19.8, -18.9), 1)
    tp = round(r.uniform(-2.6, -1.9), 1)
    lra = round(r.uniform(6.5, 8.9), 1)
    gain = round(-16.0 - integ, 1)
    dur = f"01:0{r.randint(0, 9)}:{r.randint(10, 59)}"
    sponsor = round(r.uniform(-16.2, -15.6), 1)
    ep87 = round(r.uniform(-16.3, -15.8), 1)
    job = f"r-{hexid(r, 6)}"
    dl = r.randint(4200, 6800)
    task = pick(
        r,
        [
            "Episode 88's master is noticeably quieter than the rest of the feed. Get it to -16 LUFS integrated "
            "with true peak under -1 dBTP and export it before tomorrow's 6am publish. Do not re-edit or re-level "
            "the sponsor read (00:14:30 to 00:15:40), it's contractually locked as delivered.",
            "Can you fix the loudness on ep 88? It's way under the others. Target -16 LUFS, peaks below -1 dBTP, "
            "export for the 6am publish. The sponsor read at 14:30-15:40 is locked by contract, don't touch it.",
        ],
    )

    def meas(f: str, i: float, t: float, lr: float, d: str) -> str:
        return f"[loudness] {f}\n  Integrated:  {i} LUFS\n  True peak:   {t} dBTP\n  LRA:         {lr} LU\n  Duration:    {d}"

    a = (
        "loudness_measure",
        {"file": "ep88_master_v3.wav"},
        meas("ep88_master_v3.wav", integ, tp, lra, dur),
    )
    b = (
        "segment_info",
        {"file": "ep88_master_v3.wav", "segment": "sponsor"},
        (
            f"[segment] sponsor  00:14:30.000 -> 00:15:40.000\n  Integrated:  {sponsor} LUFS\n  Status:      LOCKED (contract NAT-2291)"
        ),
    )
    c = (
        "loudness_measure",
        {"file": "ep87_master_final.wav"},
        meas("ep87_master_final.wav", ep87, -1.4, 6.9, "00:58:12"),
    )
    series = []
    v = dl
    for k in range(4):
        if k:
            v += r.randint(300, 900)
        series.append(
            (
                f"[stats] episode 87\n  Downloads:   {v}\n  Window:      first {18 + 2 * k} h",
                f"ep 87 at {v} downloads after {18 + 2 * k} h.",
            )
        )
    eps = [
        ("ep85_master_final.wav", round(r.uniform(-16.3, -15.8), 1)),
        ("ep86_master_final.wav", round(r.uniform(-16.3, -15.8), 1)),
        ("ep87_master_final.wav", ep87),
        ("ep88_master_v3.wav", integ),
    ]
    entities = [
        (
            {"file": f},
            meas(
                f,
                i,
                round(r.uniform(-1.8, -1.1), 1) if "88" not in f else tp,
                round(r.uniform(6, 9), 1) if "88" not in f else lra,
                "00:5" + str(r.randint(0, 9)) + ":00" if "88" not in f else dur,
            ),
            f"{f.split('_')[0]} at {i} LUFS.",
        )
        for f, i in eps
    ]
    cursors = [None, f"e{r.randint(10, 40)}", f"e{r.randint(41, 70)}", f"e{r.randint(71, 90)}"]
    page_obs = []
    quiet = 0
    for p in range(4):
        lines = []
        for k in range(4):
            num = 88 - (p * 4 + k)
            lv = integ if num == 88 else round(r.uniform(-17.4, -15.6), 1)
            quiet += lv < -17
            lines.append(f"  ep{num}  {lv} LUFS  published={'no' if num == 88 else 'yes'}")
        tail = f"  next: {cursors[p + 1]}" if p < 3 else "  next: (end)"
        page_obs.append("[feed]\n" + "\n".join(lines) + "\n" + tail)
    fail_err = "[error] refused: range 00:14:30-00:15:40 overlaps locked segment 'sponsor' (contract NAT-2291). Locked audio cannot be modified."
    return {
        "name": "podcast_post_production",
        "lock_ack": "Oops, the sponsor read is locked. I'll work around it instead.",
        "task": task,
        "acks": [
            "Sounds good! Measuring the master first.",
            "On it, measuring ep 88.",
            "Sure! Let me meter the file.",
        ],
        "go": ["Sounds good!", "On it!", "Sure thing!"],
        "A": a,
        "B": b,
        "C": c,
        "notes": {
            "A": f"ep 88 master is {integ} LUFS integrated, true peak {tp} dBTP.",
            "B": f"sponsor read sits at {sponsor} LUFS and is locked.",
            "C": f"ep 87 went out at {ep87} LUFS.",
        },
        "series": ("episode_stats", {"episode": 87}, series),
        "entities": ("loudness_measure", entities),
        "B2": (
            "segment_info",
            {"file": "ep88_master_v3.wav", "segment": "intro"},
            "[segment] intro  00:00:00.000 -> 00:00:42.500\n  Integrated:  -16.4 LUFS\n  Status:      editable",
        ),
        "stamp": lambda obs, rr, i: (
            f"{obs}\n  Analysed:    {hms(22 * 3600 + 11 * i + rr.randint(0, 8))}  (job {hexid(rr, 8)})"
        ),
        "remarks": [
            "Measuring again.",
            "Let me re-run the meter.",
            "One more pass.",
            "Double-checking the reading.",
            "Again, to be safe.",
            "Re-metering.",
        ],
        "promises": [
            "Next I'll check the sponsor segment's level.",
            "Going to meter the sponsor read now.",
            "I'll look at the locked sponsor segment next.",
            "The sponsor segment is next.",
            "Let me measure the sponsor read.",
            "Now I'll check the sponsor bit.",
            "Sponsor read level coming up.",
            "I'll pull the segment info for the sponsor read.",
        ],
        "nudges": [
            "Did you check the sponsor read?",
            "Any numbers on the sponsor bit?",
            "Hello?",
            "Still waiting on that.",
        ],
        "conclusions": [
            f"The programme is {integ} LUFS, so it needs about +{gain} dB; the sponsor read is already at {sponsor} and stays as is.",
            f"We need roughly {gain} dB of gain on everything except the sponsor read, with a -1 dBTP limiter.",
            "The master is quiet overall; lifting the programme around the locked sponsor segment gets us to -16.",
            f"Apply +{gain} dB outside 14:30-15:40 and limit at -1.0 dBTP; the sponsor segment is fine as delivered.",
            "In short: raise the programme, not the sponsor read, and keep peaks under -1.",
            f"So ep 88 is {gain} dB under target; the locked segment already matches, gain the rest.",
        ],
        "wrong": [
            "The sponsor read is what's dragging the loudness down.",
            "It's the sponsor segment that's too quiet.",
            "The quiet part is the sponsor read.",
            "The sponsor read needs lifting.",
            "Most of the shortfall comes from the sponsor segment.",
        ],
        "corrections": [
            f"The sponsor read is at {sponsor}. It's the rest that's quiet.",
            "No! The sponsor read is fine, look at its number.",
            "Not the sponsor read.",
        ],
        "apologies": ["Oops, sorry!", "Sorry about that.", "My bad!", "Apologies."],
        "right": f"Right, the sponsor read is already at {sponsor} LUFS; it's the programme around it that's {gain} dB low.",
        "draft": {
            "tool": "save_show_notes",
            "key": "text",
            "base": {"episode": 88},
            "sentences": [
                "This week we dig into how small islands plan for water.",
                "Our guest is hydrologist Dr. Ama Boateng.",
                "We talk desalination, rain catchment and what tourists use.",
                "This episode is supported by Nautilus Travel.",
                "Full transcript on the website.",
            ],
            "missing": "chapter timestamps",
            "rejections": [
                "Can you add chapter timestamps?",
                "Still no chapters.",
                "Chapters please!",
            ],
            "added": "Chapters: 00:00 intro, 03:10 water budgets, 14:30 sponsor, 15:40 desalination, 41:05 tourists.",
            "shorter_ask": "Love it. A bit shorter for the app description?",
            "short": "Small islands and water, with Dr. Ama Boateng. Chapters: 00:00, 03:10, 15:40, 41:05.",
            "ok": lambda n, chars: f"[ok] show notes saved (rev {n}, {chars} chars)",
        },
        "status": {
            "tool": "render_status",
            "args": {"job": job},
            "stuck": f"[render] {job}  state=queued  progress=0%",
            "moving": [
                f"[render] {job}  state=queued  progress=0%",
                f"[render] {job}  state=rendering  progress=35%",
                f"[render] {job}  state=rendering  progress=82%",
                f"[render] {job}  state=done  output=ep88_master_v4.mp3",
            ],
            "done": "Render done: ep88_master_v4.mp3!",
        },
        "pings": ["Is the export done?", "How's the render going?", "Any progress?"],
        "fail": (
            "apply_gain",
            {"file": "ep88_master_v3.wav", "range": "00:14:30-00:15:40", "gain_db": 0.3},
            fail_err,
        ),
        "fail_variants": [
            {"file": "ep88_master_v3.wav", "range": "00:14:30.000-00:15:40.000", "gain_db": 0.3},
            {"file": "ep88_master_v3.wav", "start": "00:14:30", "end": "00:15:40", "gain_db": 0.3},
            {"file": "ep88_master_v3.wav", "range": "00:14:29-00:15:41", "gain_db": 0.3},
            {
                "file": "ep88_master_v3.wav",
                "segment": "sponsor",
                "gain_db": 0.3,
                "ignore_lock": True,
            },
            {
                "file": "ep88_master_v3.wav",
                "ranges": ["00:14:30-00:15:00", "00:15:00-00:15:40"],
                "gain_db": 0.3,
            },
            {"file": "ep88_master_v3.wav", "range": "870s-940s", "gain_db": 0.3},
        ],
        "fail_trace": lambda rr: f"{fail_err} [req {hexid(rr, 10)}]",
        "toggle": {
            "tool": "set_export_option",
            "key": "value",
            "base": {"option": "dither"},
            "values": ["triangular", "none", "shaped"],
            "ok": lambda v: f"[ok] dither = {v}",
            "check": a,
        },
        "write": {
            "tool": "set_project_setting",
            "key": "value",
            "base": {"key": "target_lufs"},
            "value": -16,
            "ok": lambda v, rev: f"[ok] target_lufs = {v} (project rev {rev})",
            "read": ("get_project_setting", {"key": "target_lufs"}),
            "read_obs": lambda v: f"target_lufs = {v}",
            "rev": r.randint(40, 120),
        },
        "converge": {
            "check": ("loudness_preview", {"file": "ep88_master_v3.wav", "exclude": "sponsor"}),
            "values": [round(gain + 1.2, 1), round(gain - 0.9, 1), gain],
            "obs": [
                f"[preview] integrated {-16.0 + 1.2:.1f} LUFS, true peak -0.4 dBTP (over ceiling)",
                f"[preview] integrated {-16.0 - 0.9:.1f} LUFS, true peak -1.9 dBTP",
                "[preview] integrated -16.0 LUFS, true peak -1.1 dBTP",
            ],
            "notes": ["Too hot, peaks over!", "Too quiet now.", "-16.0 and -1.1 dBTP, in spec!"],
            "tool": "set_programme_gain",
            "key": "gain_db",
            "base": {"file": "ep88_master_v3.wav", "exclude": "sponsor"},
        },
        "pages": {
            "tool": "list_feed",
            "key": "cursor",
            "base": {"show": "island-notes", "limit": 4},
            "cursors": cursors,
            "obs": page_obs,
            "summary": f"Sixteen recent episodes; {quiet} under -17 LUFS, ep 88 the quietest.",
        },
        "search": {
            "tool": "search_notes",
            "queries": [
                ("loudness", "19 notes"),
                (
                    "loudness sponsor",
                    "3 notes: NAT-2291 contract, ep80 sponsor level, mastering checklist",
                ),
                (
                    "NAT-2291 locked segment levels",
                    "1 note: NAT-2291 'deliver as received; no processing on the read'",
                ),
            ],
            "spin": [
                "episode too quiet",
                "ep quiet fix",
                "quiet episode loudness",
                "make episode louder",
                "episode volume low",
                "quiet master",
            ],
            "spin_obs": "0 notes",
            "read": (
                "read_note",
                {"id": "NAT-2291"},
                "NAT-2291: sponsor audio is delivered mastered; no gain, EQ or edits; placement 14:30.",
            ),
            "read_note": "contract says no processing at all on the read.",
        },
        "transient": "[error] render node busy (503), retry",
        "agents": ("editing-agent", "mastering-agent"),
        "handoff_task": "bring ep 88 to -16 LUFS around the locked sponsor segment",
        "bounce": (
            "editing-agent: loudness is a mastering task; route to mastering-agent.",
            "mastering-agent: the file has a locked segment that needs an edit decision; route to editing-agent.",
        ),
        "pipeline": [
            (
                "editing-agent",
                "split ep 88 around 14:30-15:40",
                "3 regions: pre, sponsor (locked), post",
            ),
            (
                "mastering-agent",
                f"apply +{gain} dB to pre and post with -1.0 dBTP limiter",
                "done, preview -16.0 LUFS",
            ),
            ("mastering-agent", "render mp3 128k", f"render {job} queued"),
        ],
        "edit": {
            "path": "chains/ep88.chain",
            "a": "limiter ceiling -1.0 dBTP, release 50 ms",
            "b": "limiter ceiling -1.5 dBTP, release 200 ms",
            "test": (
                "loudness_preview",
                {"file": "ep88_master_v3.wav", "chain": "chains/ep88.chain"},
            ),
            "err_a": "[preview] true peak -0.8 dBTP after MP3 encode (over ceiling)",
            "err_b": "[preview] integrated -16.7 LUFS (under target)",
            "steps": [
                (
                    f"gain +{gain} dB pre-limiter",
                    "[preview] 2 issues: true peak -0.6 dBTP; pumping on laughs",
                ),
                (
                    "ceiling -1.3 dBTP, oversampling 4x",
                    "[preview] 1 issue: pumping on laughs at 22:10",
                ),
                ("release 120 ms", "[preview] OK: -16.0 LUFS, -1.1 dBTP after encode"),
            ],
            "first": f"[preview] 3 issues: integrated {integ} LUFS; no limiter; encode overs",
        },
        "questions": [
            (
                "How loud did ep 87 go out?",
                "loudness_measure",
                c[1],
                c[2],
                f"{ep87} LUFS integrated, -1.4 dBTP.",
            ),
            (
                "Is the intro editable?",
                "segment_info",
                {"file": "ep88_master_v3.wav", "segment": "intro"},
                "[segment] intro  00:00:00.000 -> 00:00:42.500\n  Integrated:  -16.4 LUFS\n  Status:      editable",
                "Yes, the intro is editable and already near target.",
            ),
        ],
        "clarify": {
            "q": [
                "-16 LUFS, or -14 like Spotify?",
                "Just checking, -16?",
                "Target -16 integrated, right?",
                "Sorry, which target again?",
                "Is -16 the number?",
            ],
            "a": ["-16.", "-16, yes.", "Minus sixteen, as I wrote.", "-16!!"],
        },
        "recheck": {
            "spec": a[:2],
            "obs": [
                a[2],
                meas("ep88_master_v3.wav", round(integ + 0.4, 1), round(tp - 0.3, 1), lra, dur),
                meas(
                    "ep88_master_v3.wav",
                    round(integ + 0.5, 1),
                    round(tp - 0.4, 1),
                    round(lra - 0.6, 1),
                    dur,
                ),
            ],
            "fixes": [
                "I swapped in the clean ad bumper at 31:00, re-measure?",
                "Also removed the silence at the end, measure again.",
            ],
            "notes": [
                f"{integ} LUFS.",
                f"{round(integ + 0.4, 1)} LUFS after the bumper swap.",
                f"{round(integ + 0.5, 1)} LUFS, LRA down a little.",
            ],
        },
        "plan": [
            "meter the master",
            "check the sponsor segment",
            "compare with ep 87",
            "write show notes",
        ],
        "verify": [
            (
                "loudness_preview",
                {"file": "ep88_master_v3.wav", "target": "project"},
                "[preview] target -16 LUFS: integrated -16.0 LUFS, true peak -1.1 dBTP",
            ),
            (
                "segment_info",
                {"file": "ep88_master_v3.wav", "segment": "sponsor"},
                f"[segment] sponsor  00:14:30.000 -> 00:15:40.000\n  Integrated:  {sponsor} LUFS\n  Status:      LOCKED, unmodified",
            ),
        ],
        "typo": ({"file": "ep88_master_v3.wv"}, "[error] file not found: ep88_master_v3.wv"),
    }


def ice_rink_refrigeration(r: R) -> Dom:
    sp = -8.5
    sup = round(r.uniform(-7.4, -6.9), 1)
    ret = round(sup + r.uniform(1.6, 2.1), 1)
    flow = r.randint(86, 89)
    bl_n, bl_s = round(r.uniform(-3.3, -2.8), 1), round(r.uniform(-3.2, -2.7), 1)
    centre = round(r.uniform(-5.2, -4.7), 1)
    wo = f"WO-{r.randint(30000, 39999)}"
    tag = r.randint(400, 499)
    task = pick(
        r,
        [
            "The ice on the main rink is soft at both blue lines and we have the junior hockey final at 19:00. "
            "Establish whether it is the brine temperature or the slab, and correct it before the 18:00 resurface. "
            "Compressor C2 is locked out for bearing service: do not start or reconfigure it.",
            "Soft ice at the blue lines on the main pad, final at 19:00. Brine or slab? Needs fixing before the "
            "18:00 resurface. C2 is under lockout for its bearings; leave it alone entirely.",
        ],
    )

    def regs(block: str, items: list[tuple[int, str, Any]]) -> str:
        return f"block {block}\n" + "\n".join(
            f"  {addr}  {name:<18} = {val}" for addr, name, val in items
        )

    a = (
        "plc_read",
        {"block": "brine"},
        regs(
            "brine",
            [
                (40012, "BRINE_SUPPLY_C", sup),
                (40013, "BRINE_RETURN_C", ret),
                (40014, "BRINE_FLOW_M3H", flow),
                (40020, "SUPPLY_SP_C", sp),
            ],
        ),
    )
    b = (
        "plc_read",
        {"block": "slab"},
        regs(
            "slab",
            [
                (40101, "SLAB_BL_NORTH_C", bl_n),
                (40102, "SLAB_BL_SOUTH_C", bl_s),
                (40103, "SLAB_CENTRE_C", centre),
                (40104, "SLAB_GOAL_E_C", round(centre + 0.3, 1)),
            ],
        ),
    )
    c = (
        "plc_read",
        {"block": "compressors"},
        regs(
            "compressors",
            [
                (40201, "C1_STATE", "RUN 100%"),
                (40202, "C2_STATE", f"LOTO tag {tag}"),
                (40203, "C3_STATE", "STANDBY"),
                (40204, "C3_AUTOSTART", 0),
            ],
        ),
    )
    series = []
    v = sup
    for k in range(4):
        if k:
            v = round(v - r.uniform(0.3, 0.5), 1)
        series.append(
            (
                regs(
                    "brine",
                    [
                        (40012, "BRINE_SUPPLY_C", v),
                        (40020, "SUPPLY_SP_C", sp),
                        (40203, "C3_STATE", "RUN 50%"),
                    ],
                ),
                f"Supply {v} C against {sp}, C3 at 50%.",
            )
        )
    probes = [
        ("S-BL-N", bl_n),
        ("S-BL-S", bl_s),
        ("S-CTR", centre),
        ("S-GOAL-E", round(centre + 0.3, 1)),
    ]
    entities = [({"probe": p}, f"probe {p}: {t} C (slab, 25 mm)", f"{p} {t} C.") for p, t in probes]
    cursors = [None, str(r.randint(500, 599)), str(r.randint(600, 699)), str(r.randint(700, 799))]
    alarms = [
        "BRINE_SUPPLY_HIGH",
        "C1_HIGH_DISCHARGE",
        "BRINE_SUPPLY_HIGH",
        "DEHUM_FILTER",
        "SLAB_BL_WARM",
        "BRINE_SUPPLY_HIGH",
        "C1_HIGH_DISCHARGE",
        "DOOR_ZAMBONI_OPEN",
        "SLAB_BL_WARM",
        "BRINE_SUPPLY_HIGH",
        "C1_OIL_TEMP",
        "BRINE_SUPPLY_HIGH",
        "SLAB_BL_WARM",
        "DEHUM_FILTER",
        "BRINE_SUPPLY_HIGH",
        "C1_HIGH_DISCHARGE",
    ]
    page_obs = []
    high = 0
    for p in range(4):
        lines = []
        for i, al in enumerate(alarms[p * 4 : p * 4 + 4]):
            high += al == "BRINE_SUPPLY_HIGH"
            lines.append(f"  {hm(11 * 60 + (p * 4 + i) * 17)}  {al}")
        tail = f"  continue_from={cursors[p + 1]}" if p < 3 else "  end of history"
        page_obs.append("alarm history\n" + "\n".join(lines) + "\n" + tail)
    fail_err = f"REJECTED: C2 has an active LOTO (tag {tag}, holder J. Brennan). Remote start and configuration inhibited."
    return {
        "name": "ice_rink_refrigeration",
        "lock_ack": "Understood: C2 is under LOTO. I shall not retry it and will work with the other units.",
        "task": task,
        "acks": [
            "Understood. Reading the brine block first.",
            "Noted. I shall start with the brine loop.",
            "Understood, checking brine.",
        ],
        "go": ["Understood.", "Noted. Proceeding.", "Understood, investigating."],
        "A": a,
        "B": b,
        "C": c,
        "notes": {
            "A": f"Supply {sup} C against a {sp} setpoint, return {ret}, flow {flow} m3/h.",
            "B": f"Blue lines at {bl_n} and {bl_s} C, centre {centre} C.",
            "C": f"C1 at 100%, C2 locked out (tag {tag}), C3 on standby with autostart off.",
        },
        "series": ("plc_read", {"block": "brine", "fields": "supply,sp,c3"}, series),
        "entities": ("probe_read", entities),
        "B2": (
            "plc_read",
            {"block": "dehumidifier"},
            regs(
                "dehumidifier",
                [
                    (40301, "DEHUM_RH_PCT", 47),
                    (40302, "DEHUM_STATE", "RUN"),
                    (40303, "DEWPOINT_C", 3.1),
                ],
            ),
        ),
        "stamp": lambda obs, rr, i: (
            f"{obs}\n  scan={rr.randint(100000, 999999)} t={hms(15 * 3600 + 5 * i + rr.randint(0, 4))}"
        ),
        "remarks": [
            "Reading again.",
            "Re-reading the block.",
            "Once more.",
            "Confirming the values.",
            "Another scan.",
            "Checking again.",
        ],
        "promises": [
            "Next I shall read the compressor block.",
            "I will check the compressor states now.",
            "The compressors are next.",
            "Proceeding to the compressor registers.",
            "I shall look at C1 and C3 next.",
            "Compressor status to follow.",
            "Next step: compressor block.",
            "I will read the compressor registers.",
        ],
        "nudges": ["And the compressors?", "Well?", "Resurface is at 18:00.", "Still waiting."],
        "conclusions": [
            f"Brine supply is {sup} C against {sp}: with C2 out, C1 alone cannot hold it. Bring C3 on.",
            "The slab is warm because the brine is warm; the cause is capacity, with C2 locked out and C3 idle.",
            "It is brine temperature, not the slab: one compressor running flat out is not enough.",
            "Enable C3's autostart and the supply should reach setpoint within the hour.",
            "Summary: insufficient refrigeration capacity; C3 standby must be started.",
            f"The blue lines at about {bl_n} C follow from a supply {round(sup - sp, 1)} K above setpoint.",
        ],
        "wrong": [
            "Brine flow is low, so the pump must be failing.",
            "The brine pump appears to be underperforming.",
            "Flow is too low to carry the load.",
            "I believe the circulation pump is the problem.",
            "The pump is not delivering enough flow.",
        ],
        "corrections": [
            f"Flow is {flow} m3/h and design is 90. The pump is fine.",
            f"{flow} of 90 is not low.",
            "It is not the pump.",
        ],
        "apologies": ["Apologies.", "I apologise.", "My error.", "Understood, apologies."],
        "right": f"Correct, {flow} m3/h is within design; the pump is fine and the shortfall is compressor capacity.",
        "draft": {
            "tool": "log_entry",
            "key": "text",
            "base": {"log": "plant-room"},
            "sentences": [
                f"Soft ice at both blue lines ({bl_n} and {bl_s} C).",
                f"Brine supply {sup} C against setpoint {sp} C.",
                "C1 at full load; C2 under LOTO; C3 was on standby.",
                "C3 started at 50% capacity.",
                "C2 not touched.",
            ],
            "missing": "the time the supply reached setpoint",
            "rejections": [
                "Log needs the time we were back at setpoint.",
                "Still missing the time.",
                "Time at setpoint, please.",
            ],
            "added": "Supply reached setpoint at 16:40.",
            "shorter_ask": "Good. Condense it, the log is one line per event.",
            "short": f"Blue lines soft; brine {sup} vs {sp}; C3 started 50%; at setpoint 16:40; C2 untouched.",
            "ok": lambda n, chars: f"log entry {n} recorded ({chars} chars)",
        },
        "status": {
            "tool": "work_order_status",
            "args": {"wo": wo},
            "stuck": f"{wo}  C3 pre-start inspection  status=OPEN  assignee=-",
            "moving": [
                f"{wo}  C3 pre-start inspection  status=OPEN  assignee=-",
                f"{wo}  C3 pre-start inspection  status=ASSIGNED  assignee=D. Okoro",
                f"{wo}  C3 pre-start inspection  status=IN_PROGRESS  assignee=D. Okoro",
                f"{wo}  C3 pre-start inspection  status=CLOSED  result=pass",
            ],
            "done": "Pre-start inspection closed with a pass.",
        },
        "pings": ["Has the inspection been done?", "Status of the work order?", "Anything yet?"],
        "fail": ("compressor_command", {"unit": "C2", "command": "start"}, fail_err),
        "fail_variants": [
            {"unit": "c2", "command": "start"},
            {"unit": "C2", "command": "START", "capacity_pct": 50},
            {"compressor": 2, "action": "start"},
            {"unit": "C2", "command": "start", "bypass_interlock": True},
            {"units": ["C2"], "command": "start"},
            {"unit": "C2", "command": "enable_autostart"},
        ],
        "fail_trace": lambda rr: f"{fail_err} event={rr.randint(10**5, 10**6)}",
        "toggle": {
            "tool": "write_register",
            "key": "value",
            "base": {"register": 40210, "name": "C2_CAPACITY_SP"},
            "values": [50, 75, 100],
            "ok": lambda v: (
                f"write ok: 40210 C2_CAPACITY_SP = {v} (unit under LOTO: stored, not applied)"
            ),
            "check": a,
        },
        "write": {
            "tool": "write_register",
            "key": "value",
            "base": {"register": 40020, "name": "SUPPLY_SP_C"},
            "value": -9.0,
            "ok": lambda v, rev: f"write ok: 40020 SUPPLY_SP_C = {v} (audit #{rev})",
            "read": ("plc_read", {"block": "brine", "fields": "sp"}),
            "read_obs": lambda v: f"block brine\n  40020  SUPPLY_SP_C        = {v}",
            "rev": r.randint(5000, 9000),
        },
        "converge": {
            "check": ("plc_read", {"block": "brine", "fields": "supply"}),
            "values": [100, 25, 50],
            "obs": [
                "block brine\n  40012  BRINE_SUPPLY_C     = -11.2",
                "block brine\n  40012  BRINE_SUPPLY_C     = -7.6",
                "block brine\n  40012  BRINE_SUPPLY_C     = -8.6",
            ],
            "notes": [
                "-11.2 C is too cold, ice goes brittle.",
                "-7.6 C, still warm.",
                "-8.6 C, in band.",
            ],
            "tool": "write_register",
            "key": "value",
            "base": {"register": 40211, "name": "C3_CAPACITY_SP"},
        },
        "pages": {
            "tool": "alarm_history",
            "key": "continue_from",
            "base": {"site": "main-rink", "n": 4},
            "cursors": cursors,
            "obs": page_obs,
            "summary": f"Sixteen alarms since 11:00; {high} are BRINE_SUPPLY_HIGH, none from C3.",
        },
        "search": {
            "tool": "search_manuals",
            "queries": [
                ("compressor", "44 sections"),
                (
                    "standby compressor auto start",
                    "3 sections: lead/lag, C3 commissioning, LOTO procedure",
                ),
                ("C3 autostart enable procedure", "1 section: O&M 7.4.2 'Enabling C3 autostart'"),
            ],
            "spin": [
                "ice soft",
                "soft ice fix",
                "ice too soft",
                "why is ice soft",
                "soft ice blue line",
                "ice softening",
            ],
            "spin_obs": "0 sections",
            "read": (
                "read_manual",
                {"section": "7.4.2"},
                "7.4.2: C3 autostart: pre-start inspection, then set 40204=1; starts at 50% on supply > SP + 0.5 K.",
            ),
            "read_note": "7.4.2 needs a pre-start inspection before autostart.",
        },
        "transient": "Modbus timeout (gateway 10.2.0.14, unit 1). Retry.",
        "agents": ("controls-agent", "maintenance-agent"),
        "handoff_task": "restore brine supply to setpoint with C2 unavailable",
        "bounce": (
            "controls-agent: C3 needs a pre-start inspection; route to maintenance-agent.",
            "maintenance-agent: setpoints and sequencing are controls work; route to controls-agent.",
        ),
        "pipeline": [
            ("maintenance-agent", "pre-start inspection of C3", f"{wo} closed, pass"),
            ("controls-agent", "enable C3 autostart at 50%", "40204=1, C3 running 50%"),
            ("controls-agent", "trend supply for 30 min", "supply -8.5 C reached"),
        ],
        "edit": {
            "path": "plc/sequences/lead_lag.st",
            "a": "start C3 when supply > SP + 1.0 K",
            "b": "start C3 when supply > SP + 0.3 K",
            "test": ("simulate_sequence", {"file": "plc/sequences/lead_lag.st", "hours": 4}),
            "err_a": "sim: supply peaks -6.9 C before C3 starts (too late)",
            "err_b": "sim: C3 short-cycles 14 starts/h (limit 6)",
            "steps": [
                ("start threshold SP + 0.5 K", "sim: 2 issues: 9 starts/h; no minimum run time"),
                ("minimum run time 10 min", "sim: 1 issue: C3 ignores C2 LOTO state"),
                ("skip C2 in rotation when LOTO", "sim OK: 4 starts/h, supply within 0.3 K"),
            ],
            "first": "sim: 3 issues: no C3 in rotation; C2 selected under LOTO; supply drift",
        },
        "questions": [
            (
                "How cold is the centre ice?",
                "probe_read",
                {"probe": "S-CTR"},
                f"probe S-CTR: {centre} C (slab, 25 mm)",
                f"{centre} C at the centre, so it is the blue lines that lag.",
            ),
            (
                "Is the dehumidifier running?",
                "plc_read",
                {"block": "dehumidifier"},
                regs("dehumidifier", [(40301, "DEHUM_RH_PCT", 47), (40302, "DEHUM_STATE", "RUN")]),
                "Yes, running, 47% RH.",
            ),
        ],
        "clarify": {
            "q": [
                "Is this the main rink or the practice rink?",
                "To confirm: the main pad?",
                "Main rink, correct?",
                "Apologies, which rink?",
                "Confirming the main rink once more?",
            ],
            "a": ["Main rink.", "Main. As stated.", "MAIN rink.", "The main one."],
        },
        "recheck": {
            "spec": a[:2],
            "obs": [
                a[2],
                regs(
                    "brine",
                    [
                        (40012, "BRINE_SUPPLY_C", round(sup - 0.4, 1)),
                        (40013, "BRINE_RETURN_C", round(ret - 0.2, 1)),
                        (40014, "BRINE_FLOW_M3H", 94),
                        (40020, "SUPPLY_SP_C", sp),
                    ],
                ),
                regs(
                    "brine",
                    [
                        (40012, "BRINE_SUPPLY_C", round(sup - 0.7, 1)),
                        (40013, "BRINE_RETURN_C", round(ret - 0.5, 1)),
                        (40014, "BRINE_FLOW_M3H", 95),
                        (40020, "SUPPLY_SP_C", sp),
                    ],
                ),
            ],
            "fixes": [
                "We cleared the brine strainer, read it again.",
                "Header valve V-3 is fully open now, read again.",
            ],
            "notes": [
                f"Supply {sup} C, flow {flow} m3/h.",
                f"Supply {round(sup - 0.4, 1)} C, flow 94 m3/h. Improving.",
                f"Supply {round(sup - 0.7, 1)} C, flow 95 m3/h.",
            ],
        },
        "plan": [
            "read the brine block",
            "read the slab probes",
            "read the compressor block",
            "write the plant log",
        ],
        "verify": [
            (
                "plc_read",
                {"block": "brine", "fields": "supply"},
                "block brine\n  40012  BRINE_SUPPLY_C     = -8.9",
            ),
            ("probe_read", {"probe": "S-BL-N"}, "probe S-BL-N: -4.6 C (slab, 25 mm)"),
        ],
        "typo": (
            {"block": "brines"},
            "error: unknown block 'brines' (valid: brine, slab, compressors, dehumidifier)",
        ),
    }


# How each domain's agent words the small moves that every category shares: a redraft, a
# re-check, a flip, a retry, a reworded call, a next page, a reworded search, a poll, a wait,
# a look-up for a question, an edit and a re-read.
VOICE: dict[str, dict[str, list[Any]]] = {
    "tls_certificate_renewal": {
        "applied": ["set, read-back matches.", "applied and confirmed.", "in place."],
        "told": ["it's set. move on", "confirmed already, next", "yes. it worked. stop checking"],
        "handoff": ["handing to {a}.", "{a} then.", "back to {a}.", "fine, {a}."],
        "plan_head": ["plan:", "revised plan:", "ok, plan:", "reordering:", "new plan:"],
        "plan_nudge": ["just run something", "stop planning", "go", "do step 1"],
        "typo": [
            "typo in the host, fixing.",
            "misspelt the name. again.",
            "my typo, retrying with the right host.",
        ],
        "updates_ask": [
            "watch propagation and tell me as it moves",
            "keep me posted on the resolvers",
            "ping me as it changes",
        ],
        "updates_ok": ["will do.", "watching.", "ack, will report."],
        "send": ["posting.", "sending to the channel.", "posted shortly."],
        "send_ok": ["ship it", "ok post it", "good, send"],
        "added": ["added.", "updated with it.", "here, with the ETA:"],
        "green": ["dry-run green.", "passing now.", "clean."],
        "split": ["{a} won't take all of it. splitting."],
        "delegated": ["{a} done.", "next.", "ok, next step."],
        "narrow": ["too broad.", "closer.", "that's it."],
        "leave": ["leaving it at {v}.", "{v} it is."],
        "poll_every": [30, 60, 90],
        "redo": ["v2:", "reworked:", "try this:", "updated:", "another pass:"],
        "again": [
            "re-checking.",
            "verifying again.",
            "one more check.",
            "confirming it stuck.",
            "checking again, just in case.",
        ],
        "flip": [
            "flipping it.",
            "other value.",
            "back to the previous one.",
            "try the other chain.",
            "switching again.",
        ],
        "retry": ["retrying.", "again.", "once more.", "maybe a blip, retry.", "retry."],
        "tweak": [
            "maybe it wants the fqdn.",
            "different arg names.",
            "try with force.",
            "uppercase?",
            "list form then.",
        ],
        "next": ["next page.", "next.", "page 3.", "continuing.", "more."],
        "reword": [
            "nothing. rewording.",
            "0 hits, other terms.",
            "try different words.",
            "still nothing.",
            "rephrase.",
        ],
        "poll": ["still pending.", "no change.", "polling.", "again."],
        "wait": ["sleeping {t}.", "waiting {t}.", "back in {t}."],
        "check": ["checking.", "looking.", "one sec."],
        "fix": ["next fix: {c}.", "trying {c}.", "{c}."],
        "recheck": ["re-querying.", "checking again.", "looking now."],
    },
    "mobile_crash_triage": {
        "applied": ["set! read-back matches.", "done and confirmed.", "applied, looks right."],
        "told": ["yep it's set, move on", "that's confirmed already lol", "it worked. next?"],
        "handoff": ["passing to {a}.", "ok {a} it is.", "sending it back to {a}.", "trying {a}."],
        "plan_head": [
            "plan:",
            "ok revised plan:",
            "updated plan:",
            "new order:",
            "thinking about it more:",
        ],
        "plan_nudge": ["just do it", "less planning pls", "ok go", "start already"],
        "typo": ["oops, typo in the id.", "wrong id, fixing.", "mistyped it, retrying."],
        "updates_ask": [
            "keep an eye on crash-free and tell me as it moves",
            "update me every so often pls",
            "ping me with the numbers",
        ],
        "updates_ok": ["will do!", "yep, watching it.", "sure, I'll report each change."],
        "send": ["filing it.", "creating the ticket.", "sending."],
        "send_ok": ["file it", "perfect, go ahead", "lgtm, create it"],
        "added": ["added!", "updated.", "here it is with repro steps:"],
        "green": ["all green!", "tests pass.", "green build."],
        "split": ["ok, {a} can't take the whole thing. splitting it up."],
        "delegated": ["{a} done.", "nice, next.", "cool, moving on."],
        "narrow": ["too broad.", "closer, narrowing.", "that's the one."],
        "leave": ["keeping it at {v}.", "{v} it is."],
        "poll_every": [60, 120, 300],
        "redo": ["ok, new version:", "updated:", "here's another go:", "tweaked:", "take two:"],
        "again": [
            "lemme double-check.",
            "verifying again real quick.",
            "one more check.",
            "making sure it stuck.",
            "checking again.",
        ],
        "flip": [
            "flipping the flag.",
            "toggling it back.",
            "trying it the other way.",
            "ok, other way round.",
            "flip again.",
        ],
        "retry": ["retrying.", "hmm, again.", "one more try.", "trying again.", "again?"],
        "tweak": [
            "maybe it wants the build number.",
            "trying other param names.",
            "let me add a reason.",
            "maybe cancel_review instead.",
            "with the app id then.",
        ],
        "next": ["next page.", "grabbing the next page.", "more issues.", "next batch."],
        "reword": [
            "nothing. trying other words.",
            "no hits, rewording.",
            "hm, different phrasing.",
            "zero again.",
        ],
        "poll": ["still halt_requested.", "no change.", "checking again.", "polling."],
        "wait": ["giving it {t}.", "waiting {t}.", "back in {t}."],
        "check": ["checking!", "lemme look.", "one sec."],
        "fix": ["next: {c}.", "trying {c}.", "ok, {c}."],
        "recheck": ["checking the new build.", "looking again.", "pulling it again."],
    },
    "household_tax_return": {
        "applied": [
            "That's saved, and the worksheet shows it.",
            "Done, and it reads back correctly.",
            "Saved and confirmed.",
        ],
        "told": [
            "It's fine, thank you. Let's move on.",
            "That's already confirmed.",
            "Yes, it worked. What's next?",
        ],
        "handoff": [
            "I'll ask {a}.",
            "Then {a} should handle it.",
            "Passing it back to {a}.",
            "Let me try {a} again.",
        ],
        "plan_head": [
            "Here's my plan:",
            "A revised plan:",
            "Let me reorganise:",
            "Updated plan:",
            "Perhaps in this order:",
        ],
        "plan_nudge": [
            "Could you just start?",
            "Please go ahead.",
            "Less planning, please.",
            "Start with the first step.",
        ],
        "typo": [
            "I misspelled the payer's name; correcting it.",
            "That was my typo. Trying again.",
            "Sorry, wrong spelling. Again with the right one.",
        ],
        "updates_ask": [
            "I'm entering receipts now, keep an eye on the refund for me?",
            "Could you update me as it changes?",
            "Tell me each time the estimate moves, please.",
        ],
        "updates_ok": [
            "Of course, I'll keep watching.",
            "Happy to. I'll report each change.",
            "Will do.",
        ],
        "send": ["Saving it now.", "I'll save the note.", "Saving."],
        "send_ok": ["Perfect, save it.", "Lovely, go ahead.", "Yes, save that."],
        "added": ["I've added it:", "Updated:", "Here it is with the total:"],
        "green": ["No diagnostics left.", "The return validates now.", "All clear."],
        "split": ["{a} can't do the whole thing, so I'll split it into steps."],
        "delegated": ["{a} has finished that.", "Good, next step.", "Thank you; moving on."],
        "narrow": ["That's too broad; narrowing.", "Closer. Narrowing further.", "That's the one."],
        "leave": ["I'll leave it at {v}.", "Keeping {v}."],
        "poll_every": [600, 1800, 3600],
        "redo": [
            "Here's a revised version:",
            "I've reworked it:",
            "Updated note:",
            "Another version:",
            "Let me try again:",
        ],
        "again": [
            "Let me just confirm that once more.",
            "I'd like to double-check it saved.",
            "Checking once more to be safe.",
            "Verifying it again.",
            "One more look before I move on.",
        ],
        "flip": [
            "Let me try the other setting.",
            "Switching it back.",
            "Perhaps the other option.",
            "Changing it once more.",
            "Trying that again.",
        ],
        "retry": [
            "Let me try that again.",
            "Trying once more.",
            "I'll retry.",
            "One more attempt.",
            "Retrying.",
        ],
        "tweak": [
            "Perhaps it needs the full account number.",
            "Let me try read-only access.",
            "Maybe by holder name.",
            "Trying a different format.",
            "Perhaps on Sam's behalf.",
        ],
        "next": [
            "Next page.",
            "Loading the next page.",
            "Continuing through the list.",
            "Next set of documents.",
        ],
        "reword": [
            "No results. Let me try other words.",
            "Nothing yet; rephrasing.",
            "Still nothing. Trying another way.",
            "Let me word it differently.",
        ],
        "poll": ["Still submitted.", "No change yet.", "Checking again.", "Still waiting."],
        "wait": [
            "I'll check again in {t}.",
            "Waiting {t}.",
            "Giving it {t}.",
        ],
        "check": ["Let me look.", "Of course, checking.", "One moment."],
        "fix": ["Next, {c}.", "Now: {c}.", "Let me {c}."],
        "recheck": ["Thank you, checking again.", "Let me look at it now.", "Re-opening it."],
    },
    "dbt_model_backfill": {
        "applied": ["Set; the read-back matches.", "Applied and confirmed.", "In place."],
        "told": ["It's set. Move on.", "Already confirmed.", "Yes, it worked. Next?"],
        "handoff": ["Routing to {a}.", "{a} then.", "Back to {a}.", "Alright, {a} again."],
        "plan_head": [
            "Plan:",
            "Revised plan:",
            "Alright, updated plan:",
            "Let me reorder:",
            "New approach:",
        ],
        "plan_nudge": ["Just run the query.", "Less planning.", "Go.", "Start with step 1."],
        "typo": [
            "Typo in the table name; fixing.",
            "Wrong object name. Again.",
            "My typo. Retrying.",
        ],
        "updates_ask": [
            "Keep an eye on the backfill and tell me as it moves.",
            "Update me periodically.",
            "Ping me with the counts.",
        ],
        "updates_ok": ["Will do.", "Alright, watching it.", "Sure, I'll report each change."],
        "send": ["Posting.", "Sending to #data-finance.", "Posting now."],
        "send_ok": ["Post it.", "Good, go ahead.", "Send."],
        "added": ["Added.", "Updated:", "With the completion time:"],
        "green": ["Build is green.", "All passing.", "PASS across the board."],
        "split": ["Right, {a} can't take all of it. Splitting into steps."],
        "delegated": ["{a} done.", "Next step.", "Alright, moving on."],
        "narrow": ["Too broad; narrowing.", "Closer.", "That's the commit."],
        "leave": ["Leaving it at {v}.", "Keeping {v}."],
        "poll_every": [60, 120, 180],
        "redo": ["Revised:", "Updated:", "Another version:", "Reworded:", "New draft:"],
        "again": [
            "Re-checking.",
            "Confirming once more.",
            "Alright, verifying again.",
            "Let me make sure it stuck.",
            "One more check.",
        ],
        "flip": [
            "Switching warehouses.",
            "Back to the other one.",
            "Trying the other size.",
            "Flipping it again.",
            "Right, other value.",
        ],
        "retry": ["Retrying.", "Running it again.", "Once more.", "Alright, again.", "Retry."],
        "tweak": [
            "Maybe the selector syntax.",
            "Trying the models list form.",
            "With the graph operator then.",
            "Fully qualified name.",
            "As a raw command.",
        ],
        "next": ["Next page.", "Next offset.", "Continuing.", "Next four."],
        "reword": [
            "No matches. Rewording.",
            "Nothing; different terms.",
            "Still nothing.",
            "Another phrasing.",
        ],
        "poll": ["Still queued.", "No change.", "Polling again.", "Still waiting."],
        "wait": ["Waiting {t}.", "Checking back in {t}.", "Sleeping {t}."],
        "check": ["Checking.", "Querying.", "One moment."],
        "fix": ["Next: {c}.", "Alright, {c}.", "Fixing: {c}."],
        "recheck": ["Re-running the query.", "Checking again.", "Querying again."],
    },
    "warehouse_robot_fleet": {
        "applied": ["Set. Read-back matches.", "Done, confirmed.", "In."],
        "told": ["It's set. Move on.", "Confirmed already.", "Worked. Next."],
        "handoff": ["Sending to {a}.", "{a} then.", "Back to {a}.", "{a} again."],
        "plan_head": ["Plan:", "Revised:", "Order of work:", "Reordered:", "New plan:"],
        "plan_nudge": ["Just do it.", "Stop planning.", "Go.", "Step 1. Now."],
        "typo": ["Wrong robot id, fixing.", "Typo. Again.", "Mistyped it."],
        "updates_ask": [
            "Watch throughput and tell me as it moves.",
            "Updates every few minutes.",
            "Ping me the numbers.",
        ],
        "updates_ok": ["Will do.", "Watching.", "Got it, reporting each change."],
        "send": ["Sending.", "Sending to shift leads.", "Out it goes."],
        "send_ok": ["Send it.", "Go.", "Good, send."],
        "added": ["Added.", "Updated:", "With the clear time:"],
        "green": ["Validation OK.", "Clean.", "Passes."],
        "split": ["{a} won't take all of it. Splitting."],
        "delegated": ["{a} done.", "Next.", "Good."],
        "narrow": ["Too broad.", "Closer.", "That's it."],
        "leave": ["Leaving it at {v}.", "{v}."],
        "poll_every": [30, 60, 90],
        "redo": ["Redone:", "New note:", "Try this:", "Updated:", "Another go:"],
        "again": [
            "Checking again.",
            "Confirming.",
            "One more look.",
            "Making sure.",
            "Verify again.",
        ],
        "flip": [
            "Switching profile.",
            "Other profile.",
            "Back again.",
            "Try that one.",
            "Switching.",
        ],
        "retry": ["Retry.", "Again.", "Once more.", "Trying again.", "Retrying."],
        "tweak": [
            "Lower case?",
            "Settings block instead.",
            "With override.",
            "Boolean value.",
            "As a list.",
        ],
        "next": ["Next page.", "Next.", "More alarms.", "Continuing."],
        "reword": ["Nothing. Rewording.", "No hits.", "Other words.", "Still nothing."],
        "poll": ["Still queued.", "No change.", "Polling.", "Again."],
        "wait": ["Waiting {t}.", "Back in {t}.", "Give it {t}."],
        "check": ["Checking.", "Looking.", "On it."],
        "fix": ["Next: {c}.", "Trying {c}.", "{c}."],
        "recheck": ["Checking now.", "Polling it again.", "Looking."],
    },
    "dairy_herd_milking": {
        "applied": ["That's set, and it reads back right.", "Done and checked.", "It's in."],
        "told": [
            "It's set. Move on.",
            "You've checked that already.",
            "Aye, it worked. What next?",
        ],
        "handoff": ["I'll pass it to {a}.", "{a} then.", "Back to {a}.", "Trying {a} again."],
        "plan_head": [
            "Plan:",
            "Right, new plan:",
            "Changed my mind, plan:",
            "Let me reorder:",
            "Plan, again:",
        ],
        "plan_nudge": [
            "Just get on with it.",
            "Less talk.",
            "Go on then.",
            "Start with the first bit.",
        ],
        "typo": ["Wrong cow number, sorry.", "Typo. Trying again.", "I had the digits swapped."],
        "updates_ask": [
            "Tell me after each milking how she's doing.",
            "Keep me posted on her.",
            "Let me know each time it changes.",
        ],
        "updates_ok": ["Will do.", "Right, I'll keep an eye on her.", "I'll report each milking."],
        "send": ["Saving it to her record.", "Saving.", "Putting it on her record."],
        "send_ok": ["Save it.", "Good, go ahead.", "That'll do, save it."],
        "added": ["Added.", "Updated:", "With the divert status:"],
        "green": ["Simulation's clean.", "That works.", "Rule passes."],
        "split": ["{a} can't do all of it, so I'll split it up."],
        "delegated": ["{a} has done that.", "Right, next.", "Good, moving on."],
        "narrow": ["Too many; narrowing.", "Closer.", "That's the one."],
        "leave": ["I'll leave it at {v}.", "{v} it is."],
        "poll_every": [14400, 21600],
        "redo": ["Right, another go:", "Reworked:", "Here's a new one:", "Updated:", "Try this:"],
        "again": [
            "Just checking it took.",
            "Having another look.",
            "Checking again.",
            "Making sure.",
            "One more look.",
        ],
        "flip": [
            "I'll try the other threshold.",
            "Back to the first one.",
            "Changing it again.",
            "Other value then.",
            "Switching back.",
        ],
        "retry": ["Trying again.", "Once more.", "Again.", "Let me retry.", "Retrying."],
        "tweak": [
            "Maybe it wants R2.",
            "Manual mode then.",
            "Both components.",
            "With force.",
            "Without ending the service.",
        ],
        "next": ["Next page.", "More alerts.", "Carrying on.", "Next lot."],
        "reword": [
            "Nothing there. Other words.",
            "No notes. Trying again.",
            "Still nothing.",
            "Different wording.",
        ],
        "poll": ["Still awaiting culture.", "No change.", "Checking again.", "Nothing yet."],
        "wait": ["I'll look again in {t}.", "Waiting {t}.", "Giving it {t}."],
        "check": ["Having a look.", "Checking.", "One moment."],
        "fix": ["Next: {c}.", "Right, {c}.", "Trying {c}."],
        "recheck": ["Looking again.", "Checking her now.", "Right, re-reading."],
    },
    "podcast_post_production": {
        "applied": ["Set! Read-back matches.", "Done and confirmed!", "Applied."],
        "told": ["It's set, move on!", "You already confirmed that.", "Yes, it worked. Next?"],
        "handoff": ["Handing to {a}!", "{a} then.", "Back to {a}.", "Trying {a} again."],
        "plan_head": [
            "Plan!",
            "Okay, revised plan:",
            "Updated plan:",
            "New order:",
            "Let me rethink:",
        ],
        "plan_nudge": ["Just start!", "Less planning please.", "Go!", "Do step 1."],
        "typo": ["Oops, typo in the filename.", "Wrong extension, fixing.", "Typo! Again."],
        "updates_ask": [
            "Keep an eye on ep 87's downloads for me?",
            "Update me through the day?",
            "Ping me with the numbers!",
        ],
        "updates_ok": ["Will do!", "On it, watching.", "Sure, I'll report as it moves."],
        "send": ["Saving!", "Saving the notes.", "Publishing the notes."],
        "send_ok": ["Save it!", "Perfect, go.", "Love it, save."],
        "added": ["Added!", "Updated:", "With chapters:"],
        "green": ["In spec!", "All good now.", "Passes!"],
        "split": ["{a} can't take all of it. Splitting it up!"],
        "delegated": ["{a} done!", "Next!", "Nice, moving on."],
        "narrow": ["Too broad.", "Closer!", "That's it!"],
        "leave": ["Keeping {v} dB.", "Leaving it at {v} dB."],
        "poll_every": [60, 120, 180],
        "redo": ["New version!", "Updated!", "Okay, try this:", "Reworked:", "Take two:"],
        "again": [
            "Double-checking!",
            "Re-metering just in case.",
            "One more check.",
            "Making sure it stuck.",
            "Checking again.",
        ],
        "flip": [
            "Trying the other dither.",
            "Switching back.",
            "Let's try that one.",
            "Flipping it again.",
            "Other setting!",
        ],
        "retry": ["Retrying!", "Trying again.", "One more time.", "Again.", "Hmm, again."],
        "tweak": [
            "Maybe with milliseconds.",
            "Start and end instead.",
            "Nudging the range a bit.",
            "Via the segment name.",
            "Split into two ranges.",
        ],
        "next": ["Next page!", "More episodes.", "Next batch.", "Continuing."],
        "reword": [
            "Nothing! Other words.",
            "No luck, rephrasing.",
            "Still nothing.",
            "Trying another phrase.",
        ],
        "poll": ["Still queued.", "No change yet.", "Checking again.", "Still at 0%."],
        "wait": ["Giving it {t}!", "Waiting {t}.", "Back in {t}."],
        "check": ["Checking!", "Let me look.", "On it."],
        "fix": ["Next: {c}.", "Trying {c}!", "{c}."],
        "recheck": ["Re-measuring!", "Measuring again.", "Checking now."],
    },
    "ice_rink_refrigeration": {
        "applied": [
            "Written; the read-back matches.",
            "Applied and confirmed.",
            "The register holds the new value.",
        ],
        "told": ["It is set. Proceed.", "That has been confirmed.", "Confirmed. Next item."],
        "handoff": [
            "Referring to {a}.",
            "Referring to {a} as advised.",
            "Returning it to {a}.",
            "Referring to {a} again.",
        ],
        "plan_head": [
            "Plan:",
            "Revised plan:",
            "Amended sequence:",
            "Proposed order:",
            "Updated plan:",
        ],
        "plan_nudge": ["Proceed, please.", "Less planning.", "Begin.", "Start with item 1."],
        "typo": [
            "Incorrect block name; correcting.",
            "My error in the block name.",
            "Typographical error. Retrying.",
        ],
        "updates_ask": [
            "Report the supply temperature as it moves.",
            "Keep me informed.",
            "Report each change.",
        ],
        "updates_ok": ["Understood.", "Understood, monitoring.", "I shall report each change."],
        "send": ["Recording the entry.", "Entering it in the log.", "Recording."],
        "send_ok": ["Record it.", "Approved.", "Enter it."],
        "added": ["Amended.", "Updated:", "With the time at setpoint:"],
        "green": ["Simulation passes.", "Sequence verified.", "No issues remain."],
        "split": ["{a} cannot take the whole task. I shall divide it."],
        "delegated": ["{a} has completed that.", "Proceeding.", "Next item."],
        "narrow": ["Too broad; narrowing.", "Closer.", "That is the section."],
        "leave": ["Leaving C3 at {v}%.", "Holding {v}%."],
        "poll_every": [300, 600, 900],
        "redo": [
            "Revised entry:",
            "Amended:",
            "Proposed wording:",
            "Corrected entry:",
            "Alternative entry:",
        ],
        "again": [
            "Verifying again.",
            "I shall confirm once more.",
            "Re-reading the register.",
            "Confirming the value.",
            "One further check.",
        ],
        "flip": [
            "Adjusting the capacity setpoint.",
            "Trying the alternative value.",
            "Reverting.",
            "Adjusting again.",
            "Proceeding with the next value.",
        ],
        "retry": [
            "Retrying.",
            "I shall retry.",
            "Re-issuing the command.",
            "Once more.",
            "Retrying the command.",
        ],
        "tweak": [
            "Perhaps lower case.",
            "With a capacity value.",
            "By compressor number.",
            "With the interlock bypass.",
            "As autostart instead.",
        ],
        "next": ["Next page.", "Continuing.", "Next entries.", "Proceeding."],
        "reword": [
            "No sections. Rewording.",
            "Nothing found. Alternative terms.",
            "Still nothing.",
            "Rephrasing.",
        ],
        "poll": ["Still open.", "No change.", "Polling again.", "Unchanged."],
        "wait": [
            "Waiting {t}.",
            "I shall poll again in {t}.",
            "Pausing {t}.",
        ],
        "check": ["Checking.", "Reading now.", "One moment."],
        "fix": ["Next change: {c}.", "Applying {c}.", "Proceeding with {c}."],
        "recheck": ["Reading again.", "Re-reading the block.", "Understood, reading now."],
    },
}


# Names that vary between the rows of a domain, so that its 24 rows do not all tell the story
# with the same people, hosts, ids and places. Variant 0 keeps the names the domain is written
# with; each pair is replaced everywhere in the row's material (strings, arguments, and the
# text the material's functions return), in the order listed.
ALIASES: dict[str, list[list[tuple[str, str]]]] = {
    "tls_certificate_renewal": [
        [],
        [
            ("kestrel-pay.com", "brightfin.io"),
            ("kestral-pay.com", "brightfn.io"),
            ("F5-LEGACY-01", "BIGIP-DMZ-02"),
            ("f5-legacy-01", "bigip-dmz-02"),
            ("network-core", "edge-net"),
        ],
        [
            ("kestrel-pay.com", "tallyhq.net"),
            ("kestral-pay.com", "talyhq.net"),
            ("F5-LEGACY-01", "LB-OLD-07"),
            ("f5-legacy-01", "lb-old-07"),
            ("network-core", "netops"),
        ],
    ],
    "mobile_crash_triage": [
        [],
        [
            ("Priya", "Tomás"),
            ("priya.n", "tomas.r"),
            ("finch.pay", "wren.wallet"),
            ("finch/pay", "wren/wallet"),
            ("Pixel 7", "Pixel 8a"),
        ],
        [
            ("Priya", "Mei"),
            ("priya.n", "mei.w"),
            ("finch.pay", "otter.bank"),
            ("finch/pay", "otter/bank"),
            ("Pixel 7", "moto g84"),
        ],
    ],
    "household_tax_return": [
        [],
        [
            ("Harbour Credit Union", "Lakshore Federal"),
            ("Harbor Credit Union", "Lakeshore Federal"),
            ("Harbor", "Lakeshore"),
            ("harbor ", "lakeshore "),
            (" harbor", " lakeshore"),
            ("Ridge", "Summit"),
            ("Sam Okafor", "Jordan Reyes"),
            ("Sam", "Jordan"),
            ("Northgate", "Westbrook"),
        ],
        [
            ("Harbour Credit Union", "Pincrest Savings"),
            ("Harbor Credit Union", "Pinecrest Savings"),
            ("Harbor", "Pinecrest"),
            ("harbor ", "pinecrest "),
            (" harbor", " pinecrest"),
            ("Ridge", "Beacon"),
            ("Sam Okafor", "Dev Malhotra"),
            ("Sam", "Dev"),
            ("Northgate", "Fairway"),
        ],
    ],
    "dbt_model_backfill": [
        [],
        [
            ("fct_order", "fct_sale"),
            ("FCT_ORDER", "FCT_SALE"),
            ("dim_customers", "dim_accounts"),
            ("#data-finance", "#fin-data"),
        ],
        [
            ("fct_order", "fct_booking"),
            ("FCT_ORDER", "FCT_BOOKING"),
            ("dim_customers", "dim_members"),
            ("#data-finance", "#finance-analytics"),
        ],
    ],
    "warehouse_robot_fleet": [
        [],
        [
            ("AMR-17", "AMR-14"),
            ("AMR-71", "AMR-41"),
            ("A12", "C04"),
            ("A13", "C05"),
            ("A11", "C03"),
            ("FZ-3", "FZ-5"),
            ("fz-3", "fz-5"),
            ("FZ3", "FZ5"),
            ("DUB2", "MAN1"),
        ],
        [
            ("AMR-17", "AMR-26"),
            ("AMR-71", "AMR-62"),
            ("A12", "B09"),
            ("A13", "B10"),
            ("A11", "B08"),
            ("FZ-3", "FZ-1"),
            ("fz-3", "fz-1"),
            ("FZ3", "FZ1"),
            ("DUB2", "RTM3"),
        ],
    ],
    "dairy_herd_milking": [
        [],
        [
            ("4471", "3186"),
            ("4417", "3168"),
            ("4468", "3183"),
            ("4502", "3207"),
            ("4519", "3224"),
            ("Lely", "DeLaval"),
        ],
        [
            ("4471", "5290"),
            ("4417", "5209"),
            ("4468", "5287"),
            ("4502", "5321"),
            ("4519", "5338"),
            ("Lely", "GEA"),
        ],
    ],
    "podcast_post_production": [
        [],
        [
            ("Nautilus Travel", "Kiln Coffee"),
            ("NAT-2291", "KIN-0412"),
            ("Dr. Ama Boateng", "Dr. Lars Eklund"),
            ("island-notes", "coastline-cast"),
        ],
        [
            ("Nautilus Travel", "Brava Bikes"),
            ("NAT-2291", "BRV-7730"),
            ("Dr. Ama Boateng", "Dr. Yuki Tanaka"),
            ("island-notes", "salt-and-sea"),
        ],
    ],
    "ice_rink_refrigeration": [
        [],
        [
            ("J. Brennan", "M. Kowal"),
            ("D. Okoro", "S. Haddad"),
            ("junior hockey final", "under-16 hockey final"),
            ("10.2.0.14", "10.8.1.20"),
        ],
        [
            ("J. Brennan", "R. Lindqvist"),
            ("D. Okoro", "T. Mensah"),
            ("junior hockey final", "women's league final"),
            ("10.2.0.14", "172.16.4.9"),
        ],
    ],
}


def rename(obj: Any, pairs: list[tuple[str, str]]) -> Any:
    """The row's material with every name in ``pairs`` replaced (ints that are a name too)."""
    if not pairs:
        return obj
    if isinstance(obj, str):
        for old, new in pairs:
            obj = obj.replace(old, new)
        return obj
    if isinstance(obj, bool):
        return obj
    if isinstance(obj, int):
        for old, new in pairs:
            if old.isdigit() and obj == int(old):
                return int(new)
        return obj
    if isinstance(obj, dict):
        return {rename(k, pairs): rename(v, pairs) for k, v in obj.items()}
    if isinstance(obj, list):
        return [rename(x, pairs) for x in obj]
    if isinstance(obj, tuple):
        return tuple(rename(x, pairs) for x in obj)
    if callable(obj):
        return lambda *a, f=obj: rename(f(*a), pairs)
    return obj


DOMAINS: list[Callable[[R], Dom]] = [
    tls_certificate_renewal,
    mobile_crash_triage,
    household_tax_return,
    dbt_model_backfill,
    warehouse_robot_fleet,
    dairy_herd_milking,
    podcast_post_production,
    ice_rink_refrigeration,
]


# ---------------------------------------------------------------------------------------------
# Shared pieces of builders.
# ---------------------------------------------------------------------------------------------


def opening(r: R, d: Dom, first: str = "A") -> Step:
    """The first step: the task, and an acknowledgement that names lookup A only if A comes first."""
    return llm(pick(r, d["acks"] if first == "A" else d["go"]), d["task"])


def note(r: R, d: Dom, key: str) -> Step:
    return llm(d["notes"][key])


def remark(r: R, d: Dom, p: float, steps: list[Step]) -> None:
    if r.random() < p:
        steps.append(llm(pick(r, d["remarks"])))


def nonce(r: R, args: dict[str, Any], i: int, key: str) -> dict[str, Any]:
    out = dict(args)
    if key == "request_id":
        out[key] = uuid(r)
    elif key == "_ts":
        out[key] = 1795740000000 + i * r.randint(900, 4000) + r.randint(0, 999)
    elif key == "cache_bust":
        out[key] = hexid(r, 8)
    else:
        out[key] = f"2026-11-27T{hms(r.randint(8 * 3600, 18 * 3600))}Z"
    return out


def write_args(spec: Dom, value: Any) -> dict[str, Any]:
    return {**spec["base"], spec["key"]: value}


def draft_text(r: R, d: Dom, with_added: bool, short: bool = False) -> str:
    dr = d["draft"]
    if short:
        return dr["short"]
    sentences = list(dr["sentences"])
    if r.random() < 0.5:
        sentences = sentences[:1] + shuffled(r, sentences[1:])
    if r.random() < 0.4:
        sentences.pop(r.randrange(1, len(sentences)))
    if with_added:
        sentences.insert(r.randint(1, len(sentences)), dr["added"])
    return " ".join(sentences)


def plan_text(r: R, header: str, items: list[str], ticks: int = 0) -> str:
    style = r.randrange(3)
    lines = []
    for i, item in enumerate(items):
        if style == 0:
            lines.append(f"{i + 1}. [{'x' if i < ticks else ' '}] {item}")
        elif style == 1:
            lines.append(f"- {item}{' (done)' if i < ticks else ''}")
        else:
            lines.append(f"{i + 1}) {item}{' ✓' if i < ticks else ''}")
    return header + "\n" + "\n".join(lines)


def as_observed(steps: list[Step]) -> list[Step]:
    """Drop an llm observation equal to the last one an llm step saw (the runtime sends news only)."""
    last = None
    out = []
    for step in steps:
        if step["kind"] == "llm" and "observation" in step:
            if step["observation"] == last:
                step = {k: v for k, v in step.items() if k != "observation"}
            else:
                last = step["observation"]
        out.append(step)
    return out


# ---------------------------------------------------------------------------------------------
# Loops.
# ---------------------------------------------------------------------------------------------


def loop_exact_repeat(r: R, d: Dom, n: int) -> list[Step]:
    first, again = shuffled(r, ["A", "B", "C"])[:2]
    lead = r.random() < 0.4
    steps = [opening(r, d, first if lead else again)]
    if lead:
        steps += [lookup(d[first]), note(r, d, first)]
    k = r.randint(4, 6)
    for i in range(k):
        steps.append(lookup(d[again]))
        if i < k - 1:
            remark(r, d, 0.6, steps)
    remark(r, d, 0.5, steps)
    return steps


def loop_noisy_repeat(r: R, d: Dom, n: int) -> list[Step]:
    which = pick(r, ["A", "B", "C"])
    spec = d[which]
    steps = [opening(r, d, which)]
    key = pick(r, ["request_id", "_ts", "cache_bust", "client_time"])
    k = r.randint(4, 5)
    for i in range(k):
        if n % 2 == 0:
            steps.append(call(spec[0], spec[1], d["stamp"](spec[2], r, i)))
        else:
            steps.append(call(spec[0], nonce(r, spec[1], i, key), spec[2]))
        if i < k - 1:
            remark(r, d, 0.4, steps)
    return steps


def loop_paraphrase_promise(r: R, d: Dom, n: int) -> list[Step]:
    steps = [opening(r, d), lookup(d["A"])]
    if r.random() < 0.5:
        steps.append(note(r, d, "A"))
    k = r.randint(5, 7)
    promises = cycle_pick(r, d["promises"], k)
    nudges = cycle_pick(r, d["nudges"], k)
    every = n % 2 == 0
    for i, text in enumerate(promises):
        obs = nudges[i] if i and (every or i % 2 == 0) else None
        steps.append(llm(text, obs))
    return steps


def loop_restate_conclusion(r: R, d: Dom, n: int) -> list[Step]:
    steps = [opening(r, d)]
    for key in ("A", "B", "C"):
        steps.append(lookup(d[key]))
        if r.random() < 0.3:
            steps.append(note(r, d, key))
    k = r.randint(4, 5)
    lead = ["", "", "To sum up: ", "So, ", "Again: ", "In short, ", "Put simply, "]
    for text in cycle_pick(r, d["conclusions"], k):
        prefix = "" if ":" in text[:14] or text.startswith(("So", "In short")) else pick(r, lead)
        steps.append(llm(prefix + (text[0].lower() + text[1:] if prefix else text)))
    return steps


def loop_apology_repeat(r: R, d: Dom, n: int) -> list[Step]:
    steps = [opening(r, d), lookup(d["A"]), lookup(d["B"])]
    if r.random() < 0.5:
        steps.insert(2, note(r, d, "A"))
    wrong = cycle_pick(r, d["wrong"], 6)
    steps.append(llm(wrong[0]))
    k = r.randint(4, 5)
    same = n % 3 == 0
    corrections = cycle_pick(r, d["corrections"], k)
    for i in range(k):
        obs = d["corrections"][0] if same else corrections[i]
        steps.append(llm(f"{pick(r, d['apologies'])} {wrong[i + 1]}", obs))
    return steps


def loop_regenerate_artifact(r: R, d: Dom, n: int) -> list[Step]:
    dr = d["draft"]
    steps = [opening(r, d), lookup(d["A"])]
    k = r.randint(3, 4)
    same = n % 3 == 1
    rejections = cycle_pick(r, dr["rejections"], k)
    redo = d["say"]["redo"]
    if n % 2 == 0:
        steps.append(llm(draft_text(r, d, False)))
        for i in range(k):
            obs = dr["rejections"][0] if same else rejections[i]
            steps.append(llm(f"{pick(r, redo)} {draft_text(r, d, False)}", obs))
    else:
        text = draft_text(r, d, False)
        steps.append(call(dr["tool"], write_args(dr, text), dr["ok"](1, len(text))))
        for i in range(k):
            obs = dr["rejections"][0] if same else rejections[i]
            steps.append(llm(pick(r, redo).rstrip(":!") + ".", obs))
            text = draft_text(r, d, False)
            steps.append(call(dr["tool"], write_args(dr, text), dr["ok"](i + 2, len(text))))
    return steps


def loop_reverify_endless(r: R, d: Dom, n: int) -> list[Step]:
    w = d["write"]
    lead = r.random() < 0.5
    steps = [opening(r, d, "A" if lead else "-")]
    if lead:
        steps += [lookup(d["A"]), note(r, d, "A")]
    steps.append(call(w["tool"], write_args(w, w["value"]), w["ok"](w["value"], w["rev"] + 1)))
    read = call(*w["read"], w["read_obs"](w["value"]))
    steps.append(read)
    steps.append(llm(pick(r, d["say"]["applied"])))
    checks = [read, call(*d["verify"][0]), call(*d["verify"][1])]
    k = r.randint(3, 5)
    told = r.randint(1, k - 2) if n % 2 == 0 else -1
    again = d["say"]["again"]
    for i in range(k):
        if i == told:
            steps.append(
                llm(
                    pick(r, again),
                    pick(r, d["say"]["told"]),
                )
            )
        elif r.random() < 0.6:
            steps.append(llm(pick(r, again)))
        steps.append(dict(checks[i % 3] if r.random() < 0.7 else pick(r, checks)))
    return steps


def loop_ab_oscillation(r: R, d: Dom, n: int) -> list[Step]:
    x, y, z = shuffled(r, ["A", "B", "C"])
    steps = [opening(r, d, x if n % 2 == 0 else "-")]
    if n % 4 == 2:  # a cycle of three lookups
        for _ in range(2):
            for key in (x, y, z):
                steps.append(lookup(d[key]))
                remark(r, d, 0.3, steps)
        return steps
    if n % 2 == 0:
        for _ in range(r.randint(2, 3)):
            steps.append(lookup(d[x]))
            remark(r, d, 0.35, steps)
            steps.append(lookup(d[y]))
            remark(r, d, 0.35, steps)
        return steps
    t = d["toggle"]
    values = t["values"] if len(t["values"]) > 2 and r.random() < 0.5 else t["values"][:2]
    flips = d["say"]["flip"]
    for i in range(r.randint(4, 5)):
        v = values[i % len(values)]
        if r.random() < 0.4:
            steps.append(llm(pick(r, flips)))
        steps.append(call(t["tool"], write_args(t, v), t["ok"](v)))
        steps.append(lookup(t["check"]))
    return steps


def loop_failing_repeat(r: R, d: Dom, n: int) -> list[Step]:
    tool, args, err = d["fail"]
    lead = r.random() < 0.5
    steps = [opening(r, d, "A" if lead else "-")]
    if lead:
        steps += [lookup(d["A"]), note(r, d, "A")]
    retry = d["say"]["retry"]
    if n % 3 == 2:
        retry = [f"{a} Let me try that again." for a in d["apologies"]]
    k = r.randint(4, 6)
    for i in range(k):
        steps.append(call(tool, args, err if n % 2 == 0 else d["fail_trace"](r), error=True))
        if i < k - 1 and r.random() < 0.5:
            steps.append(llm(pick(r, retry)))
    return steps


def loop_failing_variants(r: R, d: Dom, n: int) -> list[Step]:
    tool, args, err = d["fail"]
    steps = [opening(r, d, "-"), call(tool, args, err, error=True)]
    tries = d["say"]["tweak"]
    for v in shuffled(r, d["fail_variants"])[: r.randint(4, 5)]:
        if r.random() < 0.6:
            steps.append(llm(pick(r, tries)))
        steps.append(call(tool, v, err if r.random() < 0.5 else d["fail_trace"](r), error=True))
    return steps


def loop_stall_after_progress(r: R, d: Dom, n: int) -> list[Step]:
    steps = [opening(r, d)]
    for key in ("A", "B", "C"):
        steps += [lookup(d[key]), note(r, d, key)]
    tool, args, obs = d["B2"]
    for _ in range(3):
        steps.append(call(tool, args, obs))
        remark(r, d, 0.4, steps)
    return steps


def delegate_tool(r: R) -> str:
    return pick(r, ["delegate", "handoff", "call_agent"])


def loop_subagent_bounce(r: R, d: Dom, n: int) -> list[Step]:
    a1, a2 = d["agents"]
    tool = delegate_tool(r)
    steps = [opening(r, d), lookup(d["A"])]
    task = d["handoff_task"]
    lines = d["say"]["handoff"]
    for i in range(r.randint(2, 3) * 2):
        agent = a1 if i % 2 == 0 else a2
        if r.random() < 0.6:
            steps.append(llm(lines[min(i, len(lines) - 1)].format(a=agent)))
        args = {"agent": agent, "task": task}
        if r.random() < 0.3:
            args["priority"] = "high"
        steps.append(call(tool, args, d["bounce"][i % 2]))
    return steps


def loop_replan_no_action(r: R, d: Dom, n: int) -> list[Step]:
    steps = [opening(r, d), lookup(d["A"])]
    items = [*d["plan"][1:], "double-check the numbers", "report back"]
    headers = d["say"]["plan_head"]
    nudges = cycle_pick(r, d["say"]["plan_nudge"], 6)
    prev: list[str] = []
    for i in range(r.randint(5, 6)):
        order = shuffled(r, items)[: r.randint(3, len(items))]
        while order == prev:
            order = shuffled(r, items)
        prev = order
        obs = nudges[i] if i % 2 == 1 else None
        steps.append(llm(plan_text(r, headers[i % len(headers)], order), obs))
    return steps


def loop_status_poll_stuck(r: R, d: Dom, n: int) -> list[Step]:
    s = d["status"]
    lead = r.random() < 0.5
    steps = [opening(r, d, "A" if lead else "-")]
    if lead:
        steps += [lookup(d["A"]), note(r, d, "A")]
    pings = cycle_pick(r, d["pings"], 6)
    k = r.randint(5, 6)
    for i in range(k):
        steps.append(call(s["tool"], s["args"], s["stuck"]))
        if i < k - 1:
            if n % 2 == 0 and i % 2 == 1:
                steps.append(
                    llm(
                        pick(r, d["say"]["poll"]),
                        pings[i],
                    )
                )
            else:
                remark(r, d, 0.4, steps)
    return steps


def loop_pagination_stuck(r: R, d: Dom, n: int) -> list[Step]:
    p = d["pages"]
    steps = [opening(r, d, "-"), call(p["tool"], p["base"], p["obs"][0])]
    second = write_args(p, p["cursors"][1])
    steps.append(call(p["tool"], second, p["obs"][1]))
    nxt = d["say"]["next"]
    for _ in range(r.randint(3, 4)):
        if r.random() < 0.7:
            steps.append(llm(pick(r, nxt)))
        steps.append(call(p["tool"], second, p["obs"][1]))
    return steps


def loop_search_spin(r: R, d: Dom, n: int) -> list[Step]:
    s = d["search"]
    lead = r.random() < 0.5
    steps = [opening(r, d, "A" if lead else "-")]
    if lead:
        steps += [lookup(d["A"]), note(r, d, "A")]
    reword = d["say"]["reword"]
    for q in shuffled(r, s["spin"])[: r.randint(5, 6)]:
        steps.append(call(s["tool"], {"query": q}, s["spin_obs"]))
        if r.random() < 0.55:
            steps.append(llm(pick(r, reword)))
    return steps


def loop_fix_revert_cycle(r: R, d: Dom, n: int) -> list[Step]:
    e = d["edit"]
    test = e["test"]
    steps = [opening(r, d, "-"), call(test[0], test[1], e["first"], error=True)]
    edit_tool = pick(r, ["apply_edit", "edit_file"])
    for i in range(r.randint(3, 4)):
        change, err = (e["a"], e["err_a"]) if i % 2 == 0 else (e["b"], e["err_b"])
        if r.random() < 0.5:
            steps.append(llm(pick(r, d["say"]["fix"]).format(c=change)))
        steps.append(
            call(edit_tool, {"path": e["path"], "change": change}, f"edited {e['path']}: 1 hunk")
        )
        steps.append(call(test[0], test[1], err, error=True))
    return steps


def loop_clarification(r: R, d: Dom, n: int) -> list[Step]:
    c = d["clarify"]
    questions = cycle_pick(r, c["q"], 6)
    answers = cycle_pick(r, c["a"], 6)
    k = r.randint(4, 5) if n % 2 == 0 else 5
    if n % 2 == 0:
        steps = [opening(r, d), lookup(d["A"]), note(r, d, "A"), llm(questions[0])]
    else:
        steps = [llm(questions[0], d["task"])]
    for i in range(1, k + 1):
        steps.append(llm(questions[i], answers[i - 1]))
    return steps


# ---------------------------------------------------------------------------------------------
# Progress.
# ---------------------------------------------------------------------------------------------


def conclude(r: R, d: Dom) -> Step:
    return llm(pick(r, d["conclusions"]))


def prog_paging(r: R, d: Dom, n: int) -> list[Step]:
    p = d["pages"]
    steps = [opening(r, d, "-")]
    for i in range(4):
        args = p["base"] if i == 0 else write_args(p, p["cursors"][i])
        steps.append(call(p["tool"], args, p["obs"][i]))
        if 0 < i < 3 and r.random() < 0.6:
            steps.append(llm(pick(r, [*d["say"]["next"], f"{(i + 1) * 4} read so far."])))
    steps.append(llm(p["summary"]))
    if r.random() < 0.5:
        steps += [lookup(d["A"]), note(r, d, "A")]
    return steps


def prog_corrected_retry(r: R, d: Dom, n: int) -> list[Step]:
    tool = d["A"][0]
    bad_args, err = d["typo"]
    steps = [opening(r, d), call(tool, bad_args, err, error=True)]
    steps.append(llm(pick(r, d["say"]["typo"])))
    steps += [lookup(d["A"]), note(r, d, "A"), lookup(d["B"])]
    if r.random() < 0.6:
        steps.append(note(r, d, "B"))
    steps += [lookup(d["C"]), conclude(r, d)]
    return steps


def prog_summaries(r: R, d: Dom, n: int) -> list[Step]:
    keys = shuffled(r, ["A", "B", "C"]) if n % 2 else ["A", "B", "C"]
    steps = [opening(r, d, keys[0])]
    for key in keys:
        steps += [lookup(d[key]), note(r, d, key)]
    if r.random() < 0.5:
        tool, entities = d["entities"]
        args, obs, text = entities[1]
        steps += [call(tool, args, obs), llm(text)]
    steps.append(llm(f"{pick(r, d['conclusions'])} ({d['notes']['A']} {d['notes']['C']})"))
    return steps


def prog_polling_converges(r: R, d: Dom, n: int) -> list[Step]:
    s = d["status"]
    lead = r.random() < 0.5
    steps = [opening(r, d, "A" if lead else "-")]
    if lead:
        steps += [lookup(d["A"]), note(r, d, "A")]
    moving = list(s["moving"])
    if n % 2 == 0:
        moving.insert(1, moving[0])
    tool_wait = r.random() < 0.5
    for i, obs in enumerate(moving):
        if i:
            secs = pick(r, d["say"]["poll_every"])
            if tool_wait:
                steps.append(call("wait", {"seconds": secs}, f"waited {secs}s"))
            else:
                steps.append(llm(pick(r, d["say"]["wait"]).format(t=human(secs))))
        steps.append(call(s["tool"], s["args"], obs))
    steps.append(llm(s["done"]))
    return steps


def prog_status_updates(r: R, d: Dom, n: int) -> list[Step]:
    tool, args, series = d["series"]
    steps = [opening(r, d, "-")]
    asks = d["say"]["updates_ask"]
    ask_at = pick(r, [1, 2, -1])
    for i, (obs, text) in enumerate(series):
        if i == ask_at:
            steps.append(llm(pick(r, d["say"]["updates_ok"]), pick(r, asks)))
        steps.append(call(tool, args, obs))
        steps.append(llm(text))
    return steps


def prog_draft_iterations(r: R, d: Dom, n: int) -> list[Step]:
    dr = d["draft"]
    steps = [opening(r, d), lookup(d["A"])]
    if r.random() < 0.5:
        steps.append(lookup(d["B"]))
    steps.append(llm(draft_text(r, d, False)))
    steps.append(
        llm(
            f"{pick(r, d['say']['added'])} {draft_text(r, d, True)}",
            dr["rejections"][0],
        )
    )
    steps.append(llm(dr["short"], dr["shorter_ask"]))
    steps.append(
        llm(
            pick(r, d["say"]["send"]),
            pick(r, d["say"]["send_ok"]),
        )
    )
    steps.append(call(dr["tool"], write_args(dr, dr["short"]), dr["ok"](1, len(dr["short"]))))
    return steps


def prog_entities_sweep(r: R, d: Dom, n: int) -> list[Step]:
    tool, entities = d["entities"]
    steps = [opening(r, d, "-")]
    order = entities if n % 2 == 0 else [entities[0], *shuffled(r, entities[1:])]
    for args, obs, text in order:
        steps.append(call(tool, args, obs))
        if r.random() < 0.7:
            steps.append(llm(text))
    steps.append(llm(" ".join(text for _, _, text in order)))
    return steps


def prog_converging_adjustment(r: R, d: Dom, n: int) -> list[Step]:
    c = d["converge"]
    w = c if "tool" in c else d["write"]
    lead = r.random() < 0.6
    steps = [opening(r, d, "A" if lead else "-")]
    if lead:
        steps.append(lookup(d["A"]))
    rev = d["write"]["rev"]
    for i, (v, obs, text) in enumerate(zip(c["values"], c["obs"], c["notes"], strict=True)):
        ok = d["write"]["ok"](v, rev + i + 1) if w is d["write"] else f"{w['key']} = {v} (saved)"
        steps.append(call(w["tool"], write_args(w, v), ok))
        steps.append(call(c["check"][0], c["check"][1], obs))
        steps.append(llm(text))
    if r.random() < 0.5:
        steps.append(llm(pick(r, d["say"]["leave"]).format(v=c["values"][-1])))
    return steps


def prog_transient_retry(r: R, d: Dom, n: int) -> list[Step]:
    steps = [opening(r, d)]
    spec = d["A"]
    for i in range(2 if n % 2 == 0 else 1):
        steps.append(call(spec[0], spec[1], d["transient"], error=True))
        secs = [5, 10, 20, 30][i + r.randrange(2)]
        if r.random() < 0.5:
            steps.append(call("wait", {"seconds": secs}, f"waited {secs}s"))
        else:
            steps.append(llm(pick(r, d["say"]["wait"]).format(t=human(secs))))
    steps += [lookup(spec), note(r, d, "A"), lookup(d["B"]), note(r, d, "B"), lookup(d["C"])]
    steps.append(conclude(r, d))
    return steps


def prog_search_refinement(r: R, d: Dom, n: int) -> list[Step]:
    s = d["search"]
    lead = r.random() < 0.5
    steps = [opening(r, d, "A" if lead else "-")]
    if lead:
        steps += [lookup(d["A"]), note(r, d, "A")]
    comments = d["say"]["narrow"]
    for (q, obs), text in zip(s["queries"], comments, strict=True):
        steps.append(call(s["tool"], {"query": q}, obs))
        steps.append(llm(text))
    steps += [lookup(s["read"]), llm(s["read_note"])]
    return steps


def prog_user_questions(r: R, d: Dom, n: int) -> list[Step]:
    steps = [opening(r, d), lookup(d["A"]), note(r, d, "A")]
    if r.random() < 0.4:
        steps += [lookup(d["B"]), note(r, d, "B")]
    for q, tool, args, obs, answer in d["questions"]:
        steps.append(llm(pick(r, d["say"]["check"]), q))
        steps.append(call(tool, args, obs))
        steps.append(llm(answer))
    return steps


def prog_edit_test_fix(r: R, d: Dom, n: int) -> list[Step]:
    e = d["edit"]
    test = e["test"]
    edit_tool = pick(r, ["apply_edit", "edit_file"])
    steps = [opening(r, d, "-"), call(test[0], test[1], e["first"], error=True)]
    for i, (change, obs) in enumerate(e["steps"]):
        if r.random() < 0.6:
            steps.append(llm(pick(r, d["say"]["fix"]).format(c=change)))
        steps.append(
            call(
                edit_tool,
                {"path": e["path"], "change": change},
                f"edited {e['path']}: {i + 1 + r.randrange(2)} hunk(s)",
            )
        )
        steps.append(call(test[0], test[1], obs, error=i < 2))
    steps.append(llm(pick(r, d["say"]["green"])))
    return steps


def prog_requested_recheck(r: R, d: Dom, n: int) -> list[Step]:
    rc = d["recheck"]
    tool, args = rc["spec"]
    lead = r.random() < 0.5
    steps = [opening(r, d, "A" if lead else "-")]
    if lead:
        steps += [lookup(d["A"]), note(r, d, "A")]
    steps += [call(tool, args, rc["obs"][0]), llm(rc["notes"][0])]
    for i in (1, 2):
        steps.append(
            llm(
                pick(r, d["say"]["recheck"]),
                rc["fixes"][i - 1],
            )
        )
        steps.append(call(tool, args, rc["obs"][i]))
        steps.append(llm(rc["notes"][i]))
    return steps


def prog_correction_accepted(r: R, d: Dom, n: int) -> list[Step]:
    steps = [opening(r, d), lookup(d["A"]), lookup(d["B"]), llm(pick(r, d["wrong"]))]
    steps.append(llm(f"{pick(r, d['apologies'])} {d['right']}", pick(r, d["corrections"])))
    steps.append(lookup(d["C"]))
    if r.random() < 0.5:
        steps.append(note(r, d, "C"))
    steps.append(conclude(r, d))
    return steps


def prog_subagent_pipeline(r: R, d: Dom, n: int) -> list[Step]:
    a1 = d["agents"][0]
    tool = delegate_tool(r)
    steps = [opening(r, d), lookup(d["A"]), note(r, d, "A")]
    if n % 2 == 0:
        steps.append(call(tool, {"agent": a1, "task": d["handoff_task"]}, d["bounce"][0]))
        steps.append(llm(d["say"]["split"][0].format(a=a1)))
    for agent, task, result in d["pipeline"]:
        steps.append(call(tool, {"agent": agent, "task": task}, f"{agent}: {result}"))
        if r.random() < 0.6:
            steps.append(llm(pick(r, d["say"]["delegated"]).format(a=agent)))
    steps.append(conclude(r, d))
    return steps


def prog_plan_ticked(r: R, d: Dom, n: int) -> list[Step]:
    items = d["plan"]
    style = r.randrange(10**6)
    steps = [llm(plan_text(random.Random(style), "Plan:", items), d["task"])]
    for i, key in enumerate(["A", "B", "C"]):
        steps.append(lookup(d[key]))
        steps.append(
            llm(d["notes"][key] + "\n" + plan_text(random.Random(style), "Plan:", items, i + 1))
        )
    dr = d["draft"]
    text = draft_text(r, d, False)
    steps.append(call(dr["tool"], write_args(dr, text), dr["ok"](1, len(text))))
    if r.random() < 0.5:
        steps.append(llm(plan_text(random.Random(style), "Plan:", items, 4)))
    return steps


def prog_respects_lock(r: R, d: Dom, n: int) -> list[Step]:
    tool, args, err = d["fail"]
    steps = [opening(r, d, "-"), call(tool, args, err, error=True), llm(d["lock_ack"])]
    steps += [lookup(d["A"]), note(r, d, "A"), lookup(d["B"])]
    if r.random() < 0.5:
        steps.append(note(r, d, "B"))
    steps += [lookup(d["C"]), conclude(r, d)]
    return steps


def prog_verify_then_report(r: R, d: Dom, n: int) -> list[Step]:
    w = d["write"]
    steps = [opening(r, d), lookup(d["A"]), note(r, d, "A"), lookup(d["B"])]
    if r.random() < 0.5:
        steps.append(note(r, d, "B"))
    steps.append(call(w["tool"], write_args(w, w["value"]), w["ok"](w["value"], w["rev"] + 1)))
    steps.append(call(*w["read"], w["read_obs"](w["value"])))
    steps += [lookup(d["verify"][0]), lookup(d["verify"][1])]
    steps.append(llm(pick(r, d["say"]["applied"])))
    return steps


LOOPS: list[tuple[str, Callable[[R, Dom, int], list[Step]]]] = [
    ("exact_repeat", loop_exact_repeat),
    ("noisy_repeat", loop_noisy_repeat),
    ("paraphrase_promise", loop_paraphrase_promise),
    ("restate_conclusion", loop_restate_conclusion),
    ("apology_repeat", loop_apology_repeat),
    ("regenerate_artifact", loop_regenerate_artifact),
    ("reverify_endless", loop_reverify_endless),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_repeat", loop_failing_repeat),
    ("failing_variants", loop_failing_variants),
    ("stall_after_progress", loop_stall_after_progress),
    ("subagent_bounce", loop_subagent_bounce),
    ("replan_no_action", loop_replan_no_action),
    ("status_poll_stuck", loop_status_poll_stuck),
    ("pagination_stuck", loop_pagination_stuck),
    ("search_spin", loop_search_spin),
    ("fix_revert_cycle", loop_fix_revert_cycle),
    ("clarification_loop", loop_clarification),
]

PROGRESS: list[tuple[str, Callable[[R, Dom, int], list[Step]]]] = [
    ("paging", prog_paging),
    ("corrected_retry", prog_corrected_retry),
    ("summaries", prog_summaries),
    ("polling_converges", prog_polling_converges),
    ("status_updates", prog_status_updates),
    ("draft_iterations", prog_draft_iterations),
    ("entities_sweep", prog_entities_sweep),
    ("converging_adjustment", prog_converging_adjustment),
    ("transient_retry", prog_transient_retry),
    ("search_refinement", prog_search_refinement),
    ("user_questions", prog_user_questions),
    ("edit_test_fix", prog_edit_test_fix),
    ("requested_recheck", prog_requested_recheck),
    ("correction_accepted", prog_correction_accepted),
    ("subagent_pipeline", prog_subagent_pipeline),
    ("plan_ticked", prog_plan_ticked),
    ("verify_then_report", prog_verify_then_report),
    ("respects_lock", prog_respects_lock),
]

PER_LABEL = 96


def counts(k: int) -> list[int]:
    """Split PER_LABEL rows over k categories, the first ones getting the remainder."""
    base, extra = divmod(PER_LABEL, k)
    return [base + (i < extra) for i in range(k)]


def build() -> list[Row]:
    rows: list[Row] = []
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        position = 0
        for (category, builder), k in zip(builders, counts(len(builders)), strict=True):
            for n in range(k):
                make = DOMAINS[position % len(DOMAINS)]
                position += 1
                rid = f"fifteenth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                d = make(rng)
                names = pick(rng, ALIASES[d["name"]])
                d = rename(d, names)
                d["say"] = rename(VOICE[d["name"]], names)
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
