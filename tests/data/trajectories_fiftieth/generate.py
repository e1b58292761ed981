"""Blind trajectory set 50: 208 rows, 13 loop kinds and 13 near-miss progress kinds.

Standard library only and deterministic: each row seeds its own ``random.Random`` from
``SEED`` plus the row id, so the output is byte for byte the same on every run.
Run as a script to (re)write ``trajectories.jsonl`` next to this file.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = "set50-blind-2026"
HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- noise


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _trace(rng: random.Random) -> tuple[str, str]:
    style = rng.randrange(6)
    if style == 0:
        return "request_id", "req_" + _hex(rng, 24)
    if style == 1:
        return (
            "x-request-id",
            f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}",
        )
    if style == 2:
        return "traceparent", f"00-{_hex(rng, 32)}-{_hex(rng, 16)}-01"
    if style == 3:
        return "X-Amzn-Trace-Id", f"Root=1-{_hex(rng, 8)}-{_hex(rng, 24)}"
    if style == 4:
        return "trace_id", _hex(rng, 16)
    return "correlationId", f"corr-{rng.randrange(10**9):09d}"


def _stamp(rng: random.Random, t: datetime) -> str:
    style = rng.randrange(5)
    if style == 0:
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == 1:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}+00:00"
    if style == 2:
        return str(int(t.timestamp()))
    if style == 3:
        return t.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{rng.randrange(10**6):06d}"


class Clock:
    def __init__(self, rng: random.Random) -> None:
        self.t = datetime(
            2026,
            rng.randint(1, 10),
            rng.randint(1, 27),
            rng.randint(6, 20),
            rng.randint(0, 59),
            tzinfo=UTC,
        )

    def tick(self, rng: random.Random, lo: int = 2, hi: int = 40) -> datetime:
        self.t += timedelta(seconds=rng.randint(lo, hi))
        return self.t


def render(rng: random.Random, clock: Clock, payload: dict, noise: bool = True) -> str:
    """A JSON body as a real client would show it: meta fields, shuffled keys, stray whitespace."""
    body = dict(payload)
    if noise:
        k, v = _trace(rng)
        body[k] = v
        when = clock.tick(rng)
        style = rng.randrange(3)
        if style == 0:
            body["latency_ms"] = rng.randint(18, 2400)
        elif style == 1:
            body["took"] = f"{rng.randint(9, 1900)}ms"
        else:
            body["elapsed_s"] = round(rng.uniform(0.01, 3.5), 3)
        body[rng.choice(["ts", "timestamp", "served_at", "date"])] = _stamp(rng, when)
    keys = list(body)
    rng.shuffle(keys)
    ordered = {key: body[key] for key in keys}
    if rng.random() < 0.3:
        text = json.dumps(ordered, indent=2)
    elif rng.random() < 0.5:
        text = json.dumps(ordered, separators=(",", ":"))
    else:
        text = json.dumps(ordered)
    return text + rng.choice(["", "", " ", "\n", "  \n"])


def render_error(
    rng: random.Random, clock: Clock, status: str, message: str, noise: bool = True
) -> str:
    body: dict = {"error": message, "status": status}
    if noise:
        k, v = _trace(rng)
        body[k] = v
        body["at"] = _stamp(rng, clock.tick(rng))
    keys = list(body)
    rng.shuffle(keys)
    prefix = rng.choice(["", f"HTTP {status.split()[0]} ", "ToolError: "])
    return prefix + json.dumps({key: body[key] for key in keys}) + rng.choice(["", " ", "\n"])


def llm(text: str, observation: str | None = None) -> dict:
    step: dict = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def tool(name: str, args: dict, observation: str, error: bool = False) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


def shuffled(rng: random.Random, args: dict) -> dict:
    keys = list(args)
    rng.shuffle(keys)
    return {k: args[k] for k in keys}


# --------------------------------------------------------------------------- domains
# Each domain names its own tools, ids, documents and sentences; the kinds below use them.


def _price(rng: random.Random) -> str:
    return f"{rng.randint(89, 1299)}.{rng.choice(['00', '49', '99', '95'])}"


DOMAINS: list[dict] = [
    {
        "name": "retail_competitor_price_watch",
        "noun": "SKU",
        "ids": [
            "SKU-104882",
            "SKU-221904",
            "SKU-310077",
            "SKU-118430",
            "SKU-402215",
            "SKU-377019",
            "SKU-129950",
            "SKU-260331",
            "SKU-415502",
            "SKU-098764",
        ],
        "requests": [
            "Tuesday's price-match run flagged a bunch of grill SKUs. Pull Brandmart and HomeCove prices and tell me where we're more than 5% above them.",
            "Can you check whether Brandmart undercut us on the grills category this week and put together the repricing list for Pricing Council?",
        ],
        "opening": [
            (
                "catalog.list_skus",
                {"category": "grills", "status": "active", "limit": 50},
                {"total": 38, "skus": ["SKU-104882", "SKU-221904", "SKU-310077", "..."]},
            ),
            (
                "pricewatch.get_rules",
                {"rule_set": "price_match_v3"},
                {
                    "max_gap_pct": 5,
                    "floor_margin_pct": 18,
                    "competitors": ["brandmart", "homecove", "gridline"],
                },
            ),
        ],
        "get": ("pricewatch.get_competitor_offer", "sku"),
        "item": lambda r, i: {
            "sku": i,
            "competitor": r.choice(["brandmart", "homecove", "gridline"]),
            "their_price": _price(r),
            "our_price": _price(r),
            "in_stock": r.choice([True, False]),
            "scraped": "2026-03-03",
        },
        "search": ("scraper.search_listings", "q", {"site": "brandmart.com", "max_results": 10}),
        "queries": [
            "weber spirit e-325 propane",
            "Weber Spirit E325 gas grill",
            "spirit e-325 3 burner",
            "weber e325 grill black",
            "Weber 46810001",
            "spirit e 325 weber grill propane",
        ],
        "hits": [
            "Weber Spirit II E-310 (2023)",
            "Weber Genesis E-325s",
            "Grill cover for Spirit series",
            "Weber Spirit E-210 Liquid Propane",
        ],
        "goal": "Brandmart's listing for SKU-104882, the Weber Spirit E-325",
        "lister": (
            "pricewatch.list_price_changes",
            {"competitor": "brandmart", "since": "2026-03-02"},
            "cursor",
        ),
        "update": ("pricing.set_price", "list_price", "649.00", "619.00"),
        "toggle": (
            "pricing.set_price_rule",
            "SKU-221904",
            "strategy",
            "hold_margin",
            "match_lowest",
            "Matching the lowest offer puts SKU-221904 at 14% margin, under the 18% floor, so I'll set it back to hold_margin.",
            "On hold_margin we sit 9% above Brandmart, which breaks the 5% gap rule, so switching to match_lowest.",
        ),
        "check": ("pricing.validate_price_file", {"file": "reprice_2026w10.csv"}, "rows below MAP"),
        "job": (
            "scraper.start_crawl",
            {"site": "homecove.com", "category": "outdoor-grills", "depth": 2},
            "scraper.get_crawl",
            "crawl_id",
            "crawl-",
        ),
        "fail": (
            "pricing.bulk_reprice",
            {"file": "reprice_2026w10.csv", "effective": "03/10/2026"},
            "400 Bad Request",
            "effective: expected ISO-8601 date (YYYY-MM-DD), got '03/10/2026'",
            {"file": "reprice_2026w10.csv", "effective": "2026-03-10"},
            [
                {"file": "reprice_2026w10.csv", "effective": " 03/10/2026"},
                {"effective": "03/10/2026", "file": "reprice_2026w10.csv", "dry_run": False},
                {"file": "Reprice_2026w10.csv", "effective": "03/10/2026"},
            ],
            "the effective date has to be ISO-8601, 2026-03-10",
            {"accepted": 31, "rejected": 0, "job": "rp-55102"},
        ),
        "cycle": [
            ("catalog.get_sku", "sku"),
            ("pricewatch.get_competitor_offer", "sku"),
            ("pricing.get_margin", "sku"),
        ],
        "bisect": (
            "pricewatch.query_history",
            "from",
            "to",
            [f"2026-02-{d:02d}" for d in range(13, 29)],
            "zero-price rows from the Brandmart feed",
            "the first day Brandmart's feed sent $0.00 prices",
        ),
        "docs": [
            (
                "pm-0211",
                "Pricing Council minutes 11 Feb",
                "agreed to stop matching Gridline on anything under $200 because their shipping is not free",
            ),
            (
                "pm-0225",
                "Pricing Council minutes 25 Feb",
                "raised the margin floor on grills from 16% to 18% for the spring season",
            ),
            (
                "ci-brandmart-q1",
                "Brandmart Q1 promo calendar (scraped)",
                "runs a 'Grill Week' from 9 to 15 March with 10% off Weber and Char-Broil",
            ),
            (
                "ci-homecove-q1",
                "HomeCove Q1 promo calendar (scraped)",
                "has no grill promotions until Memorial Day, only patio furniture",
            ),
            (
                "map-weber-2026",
                "Weber 2026 MAP policy",
                "forbids advertised prices under MAP but allows in-cart discounts",
            ),
            (
                "pr-playbook-v4",
                "Repricing playbook v4",
                "says any price drop over 8% needs a category manager's sign-off",
            ),
        ],
        "sections": [
            (
                "Scope",
                "38 active grill SKUs checked against Brandmart, HomeCove and Gridline on 3 March.",
            ),
            (
                "Headline",
                "We are more than 5% above Brandmart on 11 SKUs, almost all Weber, because of their Grill Week promotion.",
            ),
            (
                "Margin impact",
                "Matching all 11 would cost about 2.1 points of category margin for the week.",
            ),
            (
                "MAP constraints",
                "Four of the 11 are at MAP already, so we can only match them in cart.",
            ),
            ("HomeCove", "HomeCove is above us on every grill; no action needed there."),
            (
                "Gridline",
                "Gridline undercuts on three sub-$200 items, which Council agreed not to chase.",
            ),
            (
                "Recommendation",
                "Temporary in-cart match on 7 SKUs for 9-15 March, hold price on the rest.",
            ),
            ("Sign-off", "Two drops exceed 8% and need the category manager's approval."),
        ],
        "batch": ("pricing.apply_reprice_batch", "batch", "price rows"),
        "mixup": ("gas grills", "patio heaters"),
        "filters": [
            ("in_stock", True, "only SKUs Brandmart actually has in stock"),
            ("min_gap_pct", 8, "a gap of at least 8%"),
            ("brand", "Weber", "Weber only"),
            ("margin_ok", True, "ones that stay above the margin floor after matching"),
        ],
        "done": "the repricing list is ready for Pricing Council",
    },
    {
        "name": "hospital_revenue_cycle_denials",
        "noun": "claim",
        "ids": [
            "CLM-0048812",
            "CLM-0048907",
            "CLM-0049133",
            "CLM-0049201",
            "CLM-0049376",
            "CLM-0049410",
            "CLM-0049588",
            "CLM-0049622",
            "CLM-0049734",
            "CLM-0049901",
        ],
        "requests": [
            "We got a batch of CO-197 denials from Aetna on last month's outpatient MRIs. Work the queue and get the ones with valid auths resubmitted.",
            "Please go through the Aetna denials in the rework queue (mostly CO-197, missing precert) and tell me which ones we can appeal.",
        ],
        "opening": [
            (
                "rcm.list_denials",
                {"payer": "AETNA", "carc": "197", "status": "open"},
                {"count": 23, "oldest_dos": "2026-01-06", "queue": "OP-IMAGING"},
            ),
            (
                "availity.eligibility",
                {"payer_id": "60054", "member_id": "W2291-0047"},
                {
                    "active": True,
                    "plan": "Aetna Choice POS II",
                    "precert_required": ["70553", "72148"],
                },
            ),
        ],
        "get": ("rcm.get_claim", "claim_id"),
        "item": lambda r, i: {
            "claim_id": i,
            "cpt": r.choice(["70553", "72148", "73721"]),
            "billed": f"{r.randint(900, 4200)}.00",
            "carc": "CO-197",
            "auth_on_file": r.choice([None, f"A{r.randint(10**7, 10**8 - 1)}"]),
            "dos": f"2026-01-{r.randint(6, 30):02d}",
        },
        "search": ("epic.search_auths", "query", {"department": "RADIOLOGY", "days_back": 60}),
        "queries": [
            "precert MRI brain W2291-0047",
            "prior auth 70553 Aetna member W2291",
            "authorization brain MRI with contrast Aetna",
            "W2291-0047 auth number",
            "Aetna precert radiology January",
            "MRI auth for patient MRN 8834102",
        ],
        "hits": [
            "Auth A61029384 - CT abdomen (expired)",
            "Auth A61230017 - PT 12 visits",
            "Referral R-88120 - ortho consult",
        ],
        "goal": "the precert number for CLM-0048812's brain MRI",
        "lister": (
            "rcm.list_remits",
            {"payer": "AETNA", "era_date_from": "2026-02-01", "format": "835"},
            "page_token",
        ),
        "update": ("rcm.update_claim", "auth_on_file", None, "A61884402"),
        "toggle": (
            "rcm.set_claim_field",
            "CLM-0049133",
            "place_of_service",
            "22",
            "19",
            "POS 19 triggered an edit that the MRI was done on campus, so I'll put it back to 22.",
            "With POS 22 the scrubber says the facility is off-campus, so changing it to 19.",
        ),
        "check": ("rcm.run_claim_scrubber", {"batch": "AETNA-RW-0303"}, "claim edits"),
        "job": (
            "rcm.submit_837_batch",
            {"batch": "AETNA-RW-0303", "clearinghouse": "waystar"},
            "waystar.get_batch_status",
            "batch_ref",
            "WS-",
        ),
        "fail": (
            "payer_portal.submit_appeal",
            {
                "claim_id": "CLM-0048907",
                "reason_code": "precert obtained",
                "attachments": ["auth_A61884402.pdf"],
            },
            "422 Unprocessable Entity",
            "reason_code must be one of ['AUTH_ON_FILE','RETRO_AUTH','MED_NEC','TIMELY_FILING']",
            {
                "claim_id": "CLM-0048907",
                "reason_code": "AUTH_ON_FILE",
                "attachments": ["auth_A61884402.pdf"],
            },
            [
                {
                    "claim_id": "CLM-0048907",
                    "reason_code": "Precert Obtained",
                    "attachments": ["auth_A61884402.pdf"],
                },
                {
                    "attachments": ["auth_A61884402.pdf"],
                    "claim_id": "CLM-0048907",
                    "reason_code": "precert obtained ",
                },
                {
                    "claim_id": "CLM-0048907",
                    "reason_code": "precert_obtained",
                    "attachments": ["auth_A61884402.pdf"],
                    "priority": "normal",
                },
            ],
            "reason_code takes an enum, AUTH_ON_FILE",
            {"appeal_id": "APL-7730291", "status": "received"},
        ),
        "cycle": [
            ("rcm.get_claim", "claim_id"),
            ("epic.get_order", "claim_id"),
            ("availity.claim_status", "claim_id"),
        ],
        "bisect": (
            "rcm.query_denials",
            "dos_from",
            "dos_to",
            [f"2026-01-{d:02d}" for d in range(6, 22)],
            "CO-197 denials",
            "the first date of service Aetna started denying",
        ),
        "docs": [
            (
                "pol-aetna-rad-2026",
                "Aetna radiology precert policy 2026",
                "requires precert for 70553 and 72148 but not for 73721 in Choice POS II",
            ),
            (
                "memo-evicore",
                "Memo: Aetna moved radiology auth to eviCore",
                "since 1 January auths must be requested through eviCore, not the Aetna portal",
            ),
            (
                "cms-1500-guide",
                "Corrected claim guide (frequency code 7)",
                "says a corrected claim must cite the original ICN in loop 2300 REF*F8",
            ),
            (
                "appeal-sla",
                "Aetna provider appeal timelines",
                "gives 180 days from the denial date to appeal",
            ),
            (
                "retro-auth",
                "Retro-authorization rules",
                "allows retro auth within 14 days only for emergent cases",
            ),
            (
                "qbr-denials-jan",
                "January denial trend deck",
                "shows CO-197 denials up 3x since the eviCore switch",
            ),
        ],
        "sections": [
            ("Queue", "23 open CO-197 denials from Aetna, dates of service 6-31 January."),
            (
                "Root cause",
                "Orders placed after 1 January went to the old Aetna portal; eviCore never saw them.",
            ),
            (
                "Auth found",
                "14 claims have a valid eviCore auth that was never attached to the claim.",
            ),
            ("No auth", "6 claims have no auth at all and are outside the 14-day retro window."),
            (
                "Not required",
                "3 claims are 73721, which does not need precert under Choice POS II.",
            ),
            (
                "Action",
                "Resubmit 14 as corrected claims (freq 7), appeal the 3 as billed in error.",
            ),
            ("Write-off", "The 6 without auth go to the denial write-off workflow for sign-off."),
            ("Prevention", "Scheduling needs the eviCore step added to the order workflow."),
        ],
        "batch": ("rcm.resubmit_corrected", "chunk", "corrected claims"),
        "mixup": ("Aetna CO-197 denials", "UnitedHealthcare CO-16 denials"),
        "filters": [
            ("cpt", "70553", "only the brain MRIs"),
            ("dos_before", "2026-01-15", "dates of service before the 15th"),
            ("auth_found", True, "ones where we found an eviCore auth"),
            ("billed_min", 2000, "billed over $2,000"),
        ],
        "done": "the resubmission list is ready",
    },
    {
        "name": "linux_fleet_cve_patching",
        "noun": "host",
        "ids": [
            "i-0a3f91c2e7b4d1180",
            "i-07c2b8e14f93a6d52",
            "i-0e61d0a9b3c7f2241",
            "i-0b94f7e2c1d8a3306",
            "i-02d8c6b1e9f4a7713",
            "i-0f13a2d7c6b9e0845",
            "i-09e4b3f1a8d2c6617",
            "i-0c7a5e8d2b1f9d392",
            "i-04b1f9c3e6a8d0524",
            "i-0d2e7a6c9f1b3e488",
        ],
        "requests": [
            "Security wants CVE-2026-21422 (openssl) patched on the prod web tier by Friday. Can you roll it out with SSM and confirm every host is on the fixed package?",
            "Patch the prod-web fleet for the openssl CVE from this morning's advisory and give me a list of anything that didn't take.",
        ],
        "opening": [
            (
                "nvd.get_cve",
                {"id": "CVE-2026-21422"},
                {
                    "cvss": 8.1,
                    "package": "openssl",
                    "fixed_in": "3.0.13-0ubuntu3.4",
                    "published": "2026-03-02",
                },
            ),
            (
                "ec2.describe_instances",
                {"Filters": [{"Name": "tag:tier", "Values": ["prod-web"]}]},
                {"count": 42, "amis": ["ami-0c1f0a4e", "ami-09b7d2c1"]},
            ),
        ],
        "get": ("ssm.describe_instance_information", "InstanceId"),
        "item": lambda r, i: {
            "InstanceId": i,
            "PingStatus": r.choice(["Online", "Online", "ConnectionLost"]),
            "PlatformVersion": "22.04",
            "AgentVersion": "3.3.40.0",
            "openssl": r.choice(["3.0.13-0ubuntu3.1", "3.0.13-0ubuntu3.4"]),
        },
        "search": ("inventory.search_packages", "expr", {"fleet": "prod-web"}),
        "queries": [
            "openssl version on prod-web hosts",
            "hosts with libssl3 < 3.0.13-0ubuntu3.4",
            "package:openssl fleet:prod-web",
            "openssl installed version inventory",
            "libssl3 versions prod",
            "which hosts still have vulnerable openssl",
        ],
        "hits": [
            "libssl3 3.0.2-0ubuntu1.15 (staging-web, 6 hosts)",
            "openssl 1.1.1f (bastion, 2 hosts)",
            "libssl-dev 3.0.2 (build, 4 hosts)",
        ],
        "goal": "the openssl version on each prod-web host",
        "lister": (
            "ssm.list_command_invocations",
            {"CommandId": "5c2e1f9a-7d3b-4a18-9e0c-2b6f8d4a1c37", "Details": False},
            "NextToken",
        ),
        "update": ("ssm.put_parameter", "Value", "patch-window=sat-0200", "patch-window=now"),
        "toggle": (
            "asg.update_auto_scaling_group",
            "prod-web-asg",
            "MaxUnavailable",
            "10%",
            "50%",
            "50% at once dropped the ALB below healthy threshold, so I'll go back to 10%.",
            "At 10% the rollout won't finish before the window closes, so setting it to 50%.",
        ),
        "check": (
            "config.get_compliance_details_by_config_rule",
            {"ConfigRuleName": "prod-web-patch-window", "ComplianceTypes": ["NON_COMPLIANT"]},
            "non-compliant resources",
        ),
        "job": (
            "ssm.send_command",
            {
                "DocumentName": "AWS-RunPatchBaseline",
                "Targets": [{"Key": "tag:tier", "Values": ["prod-web"]}],
                "Parameters": {"Operation": ["Install"]},
            },
            "ssm.list_commands",
            "CommandId",
            "cmd-",
        ),
        "fail": (
            "ssm.send_command",
            {
                "DocumentName": "AWS-RunPatchBaseline",
                "InstanceIds": ["i-0a3f91c2e7b4d1180"],
                "Parameters": {"Operation": "Install"},
            },
            "400 InvalidParameters",
            "Parameters: value for 'Operation' must be a list of strings",
            {
                "DocumentName": "AWS-RunPatchBaseline",
                "InstanceIds": ["i-0a3f91c2e7b4d1180"],
                "Parameters": {"Operation": ["Install"]},
            },
            [
                {
                    "DocumentName": "AWS-RunPatchBaseline",
                    "InstanceIds": ["i-0a3f91c2e7b4d1180"],
                    "Parameters": {"Operation": "install"},
                },
                {
                    "InstanceIds": ["i-0a3f91c2e7b4d1180"],
                    "DocumentName": "AWS-RunPatchBaseline",
                    "Parameters": {"Operation": "Install"},
                },
                {
                    "DocumentName": "AWS-RunPatchBaseline",
                    "InstanceIds": ["i-0a3f91c2e7b4d1180"],
                    "Parameters": {"Operation": "Install"},
                    "TimeoutSeconds": 600,
                },
            ],
            'SSM wants every parameter value as a list, so Operation becomes ["Install"]',
            {"CommandId": "a81f0c3e-2b7d-4c59-8e16-f04d9b2a7c15", "Status": "Pending"},
        ),
        "cycle": [
            ("ssm.describe_instance_information", "InstanceId"),
            ("ssm.get_command_invocation", "InstanceId"),
            ("elbv2.describe_target_health", "InstanceId"),
        ],
        "bisect": (
            "cloudtrail.lookup_events",
            "StartTime",
            "EndTime",
            [f"2026-02-{d:02d}T00:00Z" for d in range(10, 26)],
            "ModifyInstanceAttribute events on the AMI",
            "when the golden AMI lost the unattended-upgrades config",
        ),
        "docs": [
            (
                "usn-7012-1",
                "Ubuntu USN-7012-1 openssl",
                "fixes CVE-2026-21422 in 3.0.13-0ubuntu3.4 for 22.04 and needs a restart of services linked to libssl",
            ),
            (
                "runbook-patch",
                "Prod patching runbook",
                "says to drain from the ALB first and never patch more than 25% of a target group at once",
            ),
            (
                "change-cab-0302",
                "CAB decision 2 March",
                "approved an emergency change for CVE-2026-21422 outside the Saturday window",
            ),
            (
                "ami-pipeline",
                "Golden AMI pipeline README",
                "notes the AMI is rebuilt weekly, so new instances after Thursday get the fix for free",
            ),
            (
                "nginx-reload",
                "Nginx reload note",
                "warns that nginx keeps the old libssl mapped until a full restart, not a reload",
            ),
            (
                "sec-sla",
                "Vulnerability SLA",
                "gives 7 days for CVSS 7-8.9 on internet-facing hosts",
            ),
        ],
        "sections": [
            ("Scope", "42 prod-web instances on Ubuntu 22.04, two AMIs."),
            ("Vulnerability", "CVE-2026-21422 in openssl, CVSS 8.1, fixed in 3.0.13-0ubuntu3.4."),
            (
                "Rollout",
                "AWS-RunPatchBaseline in four waves of 25%, each drained from the ALB first.",
            ),
            (
                "Restarts",
                "nginx and the app servers were fully restarted, not reloaded, so the new libssl is mapped.",
            ),
            ("Results", "40 hosts on the fixed package, Inspector findings closed for them."),
            (
                "Exceptions",
                "2 hosts lost their SSM agent and were replaced from the new AMI instead.",
            ),
            ("Risk", "No 5xx increase during the waves; p99 latency flat."),
            ("Follow-up", "Rebuild the golden AMI so scale-out instances start patched."),
        ],
        "batch": ("ssm.start_patch_wave", "wave", "instances"),
        "mixup": ("the prod-web tier", "the staging bastions"),
        "filters": [
            ("az", "us-east-1a", "us-east-1a only"),
            ("ping", "Online", "only hosts the SSM agent can reach"),
            ("ami", "ami-0c1f0a4e", "the older AMI"),
            ("needs_reboot", True, "hosts that still need a reboot"),
        ],
        "done": "the fleet patch status is confirmed",
    },
    {
        "name": "smart_meter_data_validation",
        "noun": "meter",
        "ids": [
            "MTR-88410231",
            "MTR-88410577",
            "MTR-88411902",
            "MTR-88412046",
            "MTR-88413318",
            "MTR-88414470",
            "MTR-88415129",
            "MTR-88416683",
            "MTR-88417250",
            "MTR-88418014",
        ],
        "requests": [
            "Billing can't close cycle 07 because about 60 residential meters failed VEE on the interval data. Can you sort out which ones need estimates and which need a field visit?",
            "Cycle 07 is stuck in MDM with VEE failures on the Eastgate feeder meters. Please get the intervals validated or estimated so billing can run tonight.",
        ],
        "opening": [
            (
                "mdm.get_bill_cycle",
                {"cycle": "07", "period": "2026-02"},
                {"status": "BLOCKED", "meters": 11840, "vee_failures": 61},
            ),
            (
                "mdm.list_vee_failures",
                {"cycle": "07", "rule": "*"},
                {"by_rule": {"GAP_CHECK": 38, "SPIKE_CHECK": 15, "ZERO_CONSUMPTION": 8}},
            ),
        ],
        "get": ("mdm.get_meter", "meter_id"),
        "item": lambda r, i: {
            "meter_id": i,
            "premise": f"PRM-{r.randint(100000, 999999)}",
            "last_read": f"{r.randint(10000, 99999)}.{r.randint(0, 9)} kWh",
            "comm_status": r.choice(["OK", "OK", "NO_COMM_72H"]),
            "feeder": "EASTGATE-4",
        },
        "search": ("mdm.search_events", "text", {"source": "head_end", "days": 30}),
        "queries": [
            "meter MTR-88410231 tamper",
            "MTR-88410231 power outage event",
            "last gasp MTR-88410231",
            "MTR-88410231 reverse flow",
            "events for premise of MTR-88410231",
            "MTR-88410231 relay open",
        ],
        "hits": [
            "FW upgrade complete (fleet-wide)",
            "Time sync adjusted +2s",
            "Daily register read OK",
        ],
        "goal": "why MTR-88410231 reported zero consumption for six days",
        "lister": (
            "mdm.list_interval_reads",
            {
                "meter_id": "MTR-88411902",
                "from": "2026-02-01",
                "to": "2026-02-28",
                "interval": "15m",
            },
            "offset",
        ),
        "update": ("mdm.set_meter_status", "billing_status", "HOLD", "RELEASED"),
        "toggle": (
            "mdm.set_vee_rule",
            "SPIKE_CHECK",
            "threshold_kwh",
            "4.0",
            "9.0",
            "At 9 kWh per interval the EV chargers pass but real spikes slip through, so back to 4.0.",
            "At 4 kWh every home with an EV charger fails SPIKE_CHECK, so raising it to 9.0.",
        ),
        "check": (
            "mdm.run_vee",
            {"cycle": "07", "rules": ["GAP_CHECK", "SPIKE_CHECK", "ZERO_CONSUMPTION"]},
            "VEE failures",
        ),
        "job": (
            "mdm.start_estimation",
            {"cycle": "07", "method": "historical_like_day"},
            "mdm.get_job",
            "job_id",
            "EST-",
        ),
        "fail": (
            "mdm.estimate_gaps",
            {
                "meter_id": "MTR-88410577",
                "from": "2026-02-10",
                "to": "2026-02-12",
                "method": "linear",
            },
            "409 Conflict",
            "linear interpolation not allowed for gaps > 6h; use historical_like_day",
            {
                "meter_id": "MTR-88410577",
                "from": "2026-02-10",
                "to": "2026-02-12",
                "method": "historical_like_day",
            },
            [
                {
                    "meter_id": "MTR-88410577",
                    "from": "2026-02-10",
                    "to": "2026-02-12",
                    "method": "LINEAR",
                },
                {
                    "method": "linear",
                    "meter_id": "MTR-88410577",
                    "to": "2026-02-12",
                    "from": "2026-02-10",
                },
                {
                    "meter_id": "MTR-88410577",
                    "from": "2026-02-10T00:00",
                    "to": "2026-02-12T00:00",
                    "method": "linear",
                },
            ],
            "a gap over 6 hours needs method historical_like_day",
            {"estimated_intervals": 192, "flag": "E"},
        ),
        "cycle": [
            ("mdm.get_meter", "meter_id"),
            ("head_end.ping_meter", "meter_id"),
            ("mdm.get_interval_summary", "meter_id"),
        ],
        "bisect": (
            "mdm.count_gaps",
            "from",
            "to",
            [f"2026-02-{d:02d}" for d in range(1, 17)],
            "missing intervals on EASTGATE-4",
            "the day the collector on EASTGATE-4 stopped forwarding",
        ),
        "docs": [
            (
                "vee-std-2024",
                "VEE standard (rev 2024)",
                "requires historical-like-day estimation for any gap over 6 hours",
            ),
            (
                "puc-rule-18",
                "PUC estimated bill rule 18",
                "caps consecutive estimated bills at two before a field read is mandatory",
            ),
            (
                "eastgate-ticket",
                "Field ticket FT-22871 Eastgate collector",
                "shows the EASTGATE-4 collector was replaced on 9 February",
            ),
            (
                "ev-tariff",
                "EV tariff load note",
                "says level-2 chargers draw up to 11.5 kW, so 2.9 kWh per 15 minutes is normal",
            ),
            (
                "zero-use-proc",
                "Zero consumption procedure",
                "treats more than 5 days of zero reads on an occupied premise as a possible meter fault",
            ),
            (
                "billing-cal",
                "Billing calendar February",
                "gives cycle 07 a hard close at 22:00 on the 4th",
            ),
        ],
        "sections": [
            ("Summary", "61 meters failed VEE in cycle 07, 58 on feeder EASTGATE-4."),
            (
                "Cause",
                "The EASTGATE-4 collector was swapped on 9 February and stopped forwarding for 3 days.",
            ),
            (
                "Gaps",
                "38 GAP_CHECK failures were estimated with historical-like-day and flagged E.",
            ),
            (
                "Spikes",
                "15 SPIKE_CHECK failures are EV chargers; the reads are real and were accepted.",
            ),
            ("Zero use", "8 zero-consumption meters need field checks; two are vacant premises."),
            ("Billing", "Cycle 07 released at 21:10 with 53 estimated bills."),
            ("Compliance", "None of the estimated accounts hit a third consecutive estimate."),
            (
                "Next",
                "Field orders raised for 6 meters; SPIKE_CHECK threshold review with the VEE owner.",
            ),
        ],
        "batch": ("mdm.release_meters", "group", "meters"),
        "mixup": ("residential meters on EASTGATE-4", "commercial CT meters"),
        "filters": [
            ("rule", "GAP_CHECK", "only gap failures"),
            ("comm_status", "NO_COMM_72H", "meters not talking for 72h"),
            ("rate", "R-EV", "the EV tariff customers"),
            ("gap_hours_min", 24, "gaps of a day or more"),
        ],
        "done": "cycle 07 can be released to billing",
    },
    {
        "name": "pim_product_attribute_enrichment",
        "noun": "product",
        "ids": [
            "AKN-55120",
            "AKN-55134",
            "AKN-55187",
            "AKN-55203",
            "AKN-55219",
            "AKN-55260",
            "AKN-55291",
            "AKN-55305",
            "AKN-55348",
            "AKN-55372",
        ],
        "requests": [
            "The spring footwear drop has 140 products stuck under 80% completeness in Akeneo, so they can't go to the Shopify channel. Fill in what you can from the supplier feed.",
            "Please enrich the new trail running shoes in the PIM (materials, drop, weight, care) so they pass the Shopify channel completeness check.",
        ],
        "opening": [
            (
                "akeneo.list_products",
                {
                    "search": {
                        "family": [{"operator": "IN", "value": ["footwear_running"]}],
                        "completeness": [{"operator": "<", "value": 80, "scope": "shopify"}],
                    },
                    "limit": 100,
                },
                {"items_count": 140, "first": "AKN-55120"},
            ),
            (
                "akeneo.get_family",
                {"code": "footwear_running"},
                {
                    "required_shopify": [
                        "upper_material",
                        "heel_drop_mm",
                        "weight_g",
                        "care_instructions",
                        "description_en",
                    ]
                },
            ),
        ],
        "get": ("akeneo.get_product", "identifier"),
        "item": lambda r, i: {
            "identifier": i,
            "family": "footwear_running",
            "completeness_shopify": r.choice([60, 60, 80]),
            "values": {
                "upper_material": None,
                "heel_drop_mm": r.choice([None, 6, 8]),
                "weight_g": r.choice([None, 268, 291]),
            },
            "enabled": True,
        },
        "search": (
            "supplier_feed.search",
            "keywords",
            {"supplier": "stridecorp", "feed": "spring26"},
        ),
        "queries": [
            "TrailFlex 3 upper material",
            "TrailFlex3 mesh upper",
            "trail flex 3 materials composition",
            "TF3 upper fabric",
            "TrailFlex 3 men's spec sheet material",
            "stridecorp trailflex 3 fabric",
        ],
        "hits": [
            "TrailFlex 2 (FW25) spec sheet",
            "RoadFlex 3 size chart",
            "TrailFlex 3 colour swatches",
        ],
        "goal": "the upper material for the TrailFlex 3 (AKN-55120)",
        "lister": (
            "supplier_feed.list_items",
            {"supplier": "stridecorp", "feed": "spring26", "category": "trail"},
            "page",
        ),
        "update": ("akeneo.patch_product", "care_instructions", None, "Hand wash cold, air dry"),
        "toggle": (
            "akeneo.patch_product",
            "AKN-55187",
            "size_system",
            "UK",
            "US",
            "US sizing makes the Shopify variant titles clash with the EU store, so back to UK.",
            "UK sizing fails the US channel's size-chart validation, so switching it to US.",
        ),
        "check": (
            "akeneo.get_completeness",
            {"identifiers_family": "footwear_running", "channel": "shopify", "locale": "en_US"},
            "incomplete products",
        ),
        "job": (
            "akeneo.launch_export",
            {"profile": "shopify_spring26", "channel": "shopify"},
            "akeneo.get_job_execution",
            "execution_id",
            "",
        ),
        "fail": (
            "akeneo.patch_product",
            {"identifier": "AKN-55134", "values": {"weight_g": "291 g"}},
            "422 Unprocessable Entity",
            'Property "weight_g" expects a number, "291 g" given',
            {
                "identifier": "AKN-55134",
                "values": {"weight_g": [{"locale": None, "scope": None, "data": 291}]},
            },
            [
                {"identifier": "AKN-55134", "values": {"weight_g": "291g"}},
                {"values": {"weight_g": "291 G"}, "identifier": "AKN-55134"},
                {"identifier": "AKN-55134", "values": {"weight_g": "291 g "}},
            ],
            "Akeneo wants a number in the locale/scope/data envelope, not a string with the unit",
            {"status_code": 204},
        ),
        "cycle": [
            ("akeneo.get_product", "identifier"),
            ("supplier_feed.get_item", "identifier"),
            ("akeneo.get_product_completeness", "identifier"),
        ],
        "bisect": (
            "akeneo.count_products",
            "updated_from",
            "updated_to",
            [f"2026-03-{d:02d}" for d in range(1, 17)],
            "products whose heel_drop_mm was wiped",
            "the import that wiped heel_drop_mm",
        ),
        "docs": [
            (
                "guide-footwear",
                "Footwear attribute guide",
                "defines heel_drop_mm as heel stack minus forefoot stack, whole millimetres",
            ),
            (
                "stridecorp-spec",
                "StrideCorp spring 26 spec pack",
                "lists TrailFlex 3 upper as 92% recycled polyester, 8% TPU",
            ),
            (
                "shopify-map",
                "Shopify channel mapping",
                "maps weight_g to variant weight and needs it on every variant, not the model",
            ),
            (
                "care-copy",
                "Care copy standards",
                "only allows the six approved care phrases, e.g. 'Hand wash cold, air dry'",
            ),
            (
                "seo-desc",
                "SEO description brief",
                "asks for 80-120 word descriptions with the activity in the first sentence",
            ),
            (
                "import-log-0312",
                "Import log 12 March",
                "shows the stridecorp CSV import mapped an empty column onto heel_drop_mm",
            ),
        ],
        "sections": [
            (
                "Status",
                "140 running products under 80% Shopify completeness at the start; 9 remain.",
            ),
            (
                "Materials",
                "Upper and outsole materials filled from the StrideCorp spec pack for 131 products.",
            ),
            (
                "Drop and weight",
                "heel_drop_mm and weight_g set per variant; 12 values restored after the 12 March import wiped them.",
            ),
            ("Care", "Care instructions use the approved phrases only."),
            (
                "Descriptions",
                "English descriptions drafted for 44 products and queued for copy review.",
            ),
            ("Blocked", "9 products lack supplier data for weight; asked StrideCorp for samples."),
            ("Channel", "The shopify_spring26 export ran clean for the 131 complete products."),
            ("Fix", "The import profile no longer maps the empty drop column."),
        ],
        "batch": ("akeneo.patch_products_bulk", "batch", "products"),
        "mixup": ("the trail running shoes", "the hiking boots"),
        "filters": [
            ("gender", "women", "the women's models only"),
            ("missing", "weight_g", "ones missing weight"),
            ("colourway_count_min", 3, "models with 3+ colourways"),
            ("launch", "2026-03-20", "the 20 March launch wave"),
        ],
        "done": "the footwear drop can go to the Shopify channel",
    },
    {
        "name": "warehouse_cycle_count_variance",
        "noun": "location",
        "ids": [
            "A-12-03-B",
            "A-12-04-A",
            "B-07-11-C",
            "B-07-12-A",
            "C-02-01-D",
            "C-02-05-B",
            "D-19-08-A",
            "D-19-09-C",
            "E-03-14-B",
            "E-03-15-A",
        ],
        "requests": [
            "Last night's cycle count in DC-7 left 27 locations with variances over the $500 threshold. Work out which are real shrink and which are mis-slots before finance posts them.",
            "Can you investigate the high-value cycle count variances from zone A-E in DC-7 and tell me what to adjust versus recount?",
        ],
        "opening": [
            (
                "wms.list_variances",
                {"site": "DC7", "count_date": "2026-03-03", "min_value": 500},
                {"count": 27, "net_value": -18422.55, "currency": "USD"},
            ),
            (
                "wms.get_count_policy",
                {"site": "DC7"},
                {
                    "auto_post_under": 500,
                    "recount_required_over": 2500,
                    "approver": "inventory-control",
                },
            ),
        ],
        "get": ("wms.get_location", "location"),
        "item": lambda r, i: {
            "location": i,
            "sku": f"{r.randint(100000, 999999)}",
            "system_qty": r.randint(10, 240),
            "counted_qty": r.randint(0, 240),
            "uom": r.choice(["EA", "CS"]),
            "last_move": "2026-03-02T22:41:10Z",
        },
        "search": ("wms.search_transactions", "filter", {"site": "DC7", "days": 14}),
        "queries": [
            "sku 448120 putaway",
            "putaway 448120 zone A",
            "448120 moves last week",
            "receipt 448120 ASN",
            "transfer of 448120 into A-12-03-B",
            "448120 replen to pick face",
        ],
        "hits": [
            "PICK 448120 from A-12-03-B qty 6",
            "PICK 448120 from A-12-03-B qty 2",
            "CYCLE_COUNT A-12-03-B qty 0",
        ],
        "goal": "where the 96 cases of SKU 448120 went from A-12-03-B",
        "lister": (
            "wms.list_item_ledger",
            {"site": "DC7", "sku": "448120", "from": "2026-02-01"},
            "next",
        ),
        "update": ("wms.set_location_status", "status", "COUNT_HOLD", "AVAILABLE"),
        "toggle": (
            "wms.set_location_uom",
            "B-07-11-C",
            "count_uom",
            "CS",
            "EA",
            "Counting B-07-11-C in EA shows 11 loose units that don't exist in cases, so back to CS.",
            "In CS the variance looks like -3 cases but the pickers break cases, so switching to EA.",
        ),
        "check": (
            "wms.run_variance_report",
            {"site": "DC7", "count_date": "2026-03-03", "min_value": 500},
            "locations over threshold",
        ),
        "job": (
            "wms.release_recount_wave",
            {"site": "DC7", "locations": 12, "priority": "high"},
            "wms.get_wave",
            "wave_id",
            "RW-",
        ),
        "fail": (
            "wms.post_adjustment",
            {"location": "C-02-01-D", "sku": "512077", "qty": -14, "reason": "shrink"},
            "400 Bad Request",
            "reason must be a reason code (e.g. CC01 damage, CC02 shrink, CC03 mis-slot)",
            {"location": "C-02-01-D", "sku": "512077", "qty": -14, "reason": "CC02"},
            [
                {"location": "C-02-01-D", "sku": "512077", "qty": -14, "reason": "Shrink"},
                {"sku": "512077", "location": "C-02-01-D", "reason": "shrink", "qty": -14},
                {"location": "C-02-01-D", "sku": "512077", "qty": "-14", "reason": "SHRINK"},
            ],
            "the reason has to be a code, CC02 for shrink",
            {"adjustment_id": "ADJ-3381042", "value": -421.40},
        ),
        "cycle": [
            ("wms.get_location", "location"),
            ("wms.get_item_ledger", "location"),
            ("wms.get_count_history", "location"),
        ],
        "bisect": (
            "wms.sum_ledger",
            "from",
            "to",
            [f"2026-02-{d:02d}" for d in range(12, 28)],
            "unconfirmed picks from A-12-03-B",
            "the shift when the A-12-03-B stock started going missing",
        ),
        "docs": [
            (
                "sop-cc-04",
                "SOP CC-04 cycle count variance",
                "requires a blind recount by a second counter for any variance over $2,500",
            ),
            (
                "reason-codes",
                "Adjustment reason codes",
                "lists CC01 damage, CC02 shrink, CC03 mis-slot, CC04 UOM error",
            ),
            (
                "audit-q4",
                "Q4 inventory audit findings",
                "found most large variances in zone A were mis-slots from the night replen shift",
            ),
            (
                "finance-close",
                "Month-end close note",
                "says finance posts inventory adjustments on the 5th, so investigations must close by the 4th",
            ),
            (
                "rf-outage",
                "RF gun outage report 28 Feb",
                "shows zone B scanners were offline for 3 hours, picks were confirmed on paper",
            ),
            (
                "slotting-plan",
                "Spring slotting plan",
                "moved 40 SKUs between A and C zones on 1 March",
            ),
        ],
        "sections": [
            ("Overview", "27 locations over $500 variance from the 3 March count, net -$18,422."),
            (
                "Mis-slots",
                "11 variances are mis-slots from the 1 March re-slot; stock found in C-zone.",
            ),
            ("UOM", "4 are case-versus-each errors on break-pack SKUs."),
            (
                "Paper picks",
                "5 zone B variances match picks confirmed on paper during the RF outage.",
            ),
            (
                "Shrink",
                "4 locations show real loss, -$6,118 total, all high-value electronics in A-12.",
            ),
            ("Recounts", "3 variances over $2,500 are waiting on blind recounts."),
            (
                "Adjustments",
                "Posted 19 adjustments with reason codes; 8 held for recount or transfer.",
            ),
            ("Controls", "Asked LP to review camera footage for A-12 between 22:00 and 02:00."),
        ],
        "batch": ("wms.post_adjustments_bulk", "batch", "adjustments"),
        "mixup": ("the DC-7 variances over $500", "the DC-4 variances under $100"),
        "filters": [
            ("zone", "A", "zone A only"),
            ("min_value", 2500, "over $2,500"),
            ("category", "electronics", "electronics only"),
            ("exclude_recount", True, "leaving out the ones already set for recount"),
        ],
        "done": "the variance list is ready for finance",
    },
    {
        "name": "sre_postmortem_drafting",
        "noun": "incident",
        "ids": [
            "PD-Q2X8Y1",
            "PD-Q2X9A4",
            "PD-Q2XB7C",
            "PD-Q2XD02",
            "PD-Q2XE5K",
            "PD-Q2XF1M",
            "PD-Q2XG8P",
            "PD-Q2XH3R",
            "PD-Q2XJ6T",
            "PD-Q2XK9V",
        ],
        "requests": [
            "Can you draft the postmortem for Sunday's checkout outage (PD-Q2X8Y1)? Timeline, impact, root cause, action items. It's due at Thursday's review.",
            "I need a first draft of the SEV-1 writeup for the checkout 502s on Sunday night. Pull from PagerDuty, Datadog and the #inc-checkout channel.",
        ],
        "opening": [
            (
                "pagerduty.get_incident",
                {"id": "PD-Q2X8Y1", "include": ["log_entries"]},
                {
                    "title": "checkout-api 5xx > 5%",
                    "urgency": "high",
                    "created_at": "2026-03-01T21:14:03Z",
                    "resolved_at": "2026-03-01T22:51:40Z",
                },
            ),
            (
                "slack.conversations_history",
                {"channel": "C07INCCHK", "oldest": "1772399640", "limit": 200},
                {"messages": 184, "has_more": False},
            ),
        ],
        "get": ("pagerduty.get_incident", "id"),
        "item": lambda r, i: {
            "id": i,
            "service": r.choice(["checkout-api", "payments-gw", "cart-svc"]),
            "status": "resolved",
            "urgency": r.choice(["high", "low"]),
            "alerts": r.randint(1, 40),
            "duration_min": r.randint(4, 120),
        },
        "search": (
            "github.search_pull_requests",
            "q",
            {"repo": "shop/checkout-api", "state": "merged"},
        ),
        "queries": [
            "connection pool size change",
            "db pool max connections checkout",
            "pgbouncer pool_size",
            "HikariCP maximumPoolSize",
            "pool config checkout-api March",
            "reduce pool size checkout db",
        ],
        "hits": [
            "#4471 Bump aws-sdk to 2.25",
            "#4468 Add retries to tax client",
            "#4465 Feature flag cleanup",
        ],
        "goal": "the PR that changed checkout-api's database pool size before the outage",
        "lister": (
            "datadog.list_events",
            {
                "query": "service:checkout-api",
                "start": "2026-03-01T20:00:00Z",
                "end": "2026-03-01T23:30:00Z",
            },
            "page[cursor]",
        ),
        "update": ("confluence.update_page", "status", "DRAFT", "IN REVIEW"),
        "toggle": (
            "confluence.update_page_property",
            "PM-2026-014",
            "severity",
            "SEV-1",
            "SEV-2",
            "Revenue loss was over the $50k SEV-1 line, so putting it back to SEV-1.",
            "Only 8% of checkouts failed, under the 10% SEV-1 threshold, so changing it to SEV-2.",
        ),
        "check": (
            "postmortem.lint",
            {"page_id": "PM-2026-014", "template": "sev1-v3"},
            "template checks failing",
        ),
        "job": (
            "datadog.export_logs",
            {
                "query": "service:checkout-api status:error",
                "from": "2026-03-01T21:00:00Z",
                "to": "2026-03-01T23:00:00Z",
            },
            "datadog.get_export",
            "export_id",
            "exp_",
        ),
        "fail": (
            "datadog.query_metrics",
            {
                "query": "avg:checkout.request.errors{*}",
                "from": "2026-03-01 21:00",
                "to": "2026-03-01 23:00",
            },
            "400 Bad Request",
            "from/to must be POSIX seconds",
            {
                "query": "sum:checkout.request.errors{env:prod}.as_count()",
                "from": 1772398800,
                "to": 1772406000,
            },
            [
                {
                    "query": "avg:checkout.request.errors{*}",
                    "from": "2026-03-01T21:00",
                    "to": "2026-03-01T23:00",
                },
                {
                    "to": "2026-03-01 23:00",
                    "from": "2026-03-01 21:00",
                    "query": "avg:checkout.request.errors{*}",
                },
                {
                    "query": "avg:checkout.request.errors{*}",
                    "from": "2026-03-01 21:00:00",
                    "to": "2026-03-01 23:00:00",
                },
            ],
            "Datadog wants epoch seconds, and errors should be summed as counts",
            {"series": 1, "pointlist_len": 120, "max": 1841},
        ),
        "cycle": [
            ("pagerduty.get_incident", "id"),
            ("pagerduty.list_log_entries", "incident_id"),
            ("statuspage.get_incident", "pagerduty_id"),
        ],
        "bisect": (
            "github.compare_commits",
            "base",
            "head",
            [f"v3.{n}.0" for n in range(40, 56)],
            "commits touching db pool config",
            "the release that shrank the pool",
        ),
        "docs": [
            (
                "slack-inc",
                "#inc-checkout thread",
                "says the first page went to the payments on-call, not checkout, costing 11 minutes",
            ),
            (
                "pr-4459",
                "PR #4459 pool tuning",
                "cut maximumPoolSize from 40 to 10 to reduce load on the new Aurora reader",
            ),
            (
                "dd-dash",
                "Datadog checkout dashboard export",
                "shows connection wait time hitting 30s at 21:12 when traffic peaked",
            ),
            (
                "status-page",
                "Status page history",
                "posted the customer notice at 21:38, 24 minutes after the alert",
            ),
            (
                "rollback-log",
                "Argo rollout history",
                "shows v3.52.0 rolled back at 22:31 and errors clearing by 22:44",
            ),
            (
                "finance-est",
                "Finance impact estimate",
                "puts lost orders at about 3,900 and $212k GMV",
            ),
        ],
        "sections": [
            ("Summary", "From 21:12 to 22:44 UTC on 1 March, 8% of checkouts failed with 502s."),
            ("Impact", "About 3,900 lost orders, $212k GMV, 1,140 support contacts."),
            (
                "Timeline",
                "Alert 21:14, mis-routed page until 21:25, status page 21:38, rollback 22:31, clear 22:44.",
            ),
            (
                "Root cause",
                "PR #4459 cut the DB pool from 40 to 10; Sunday peak exhausted it and requests timed out.",
            ),
            ("Detection", "Alerting worked, but the page went to the wrong rotation."),
            ("What went well", "Rollback was one command and clean."),
            (
                "Action items",
                "Load-test pool changes, fix PagerDuty routing, alert on pool wait time.",
            ),
            ("Lessons", "Config changes to shared resources need the same review as code."),
        ],
        "batch": ("jira.create_issues_bulk", "batch", "action items"),
        "mixup": ("Sunday's checkout outage", "last Tuesday's search latency blip"),
        "filters": [
            ("window", "21:00-22:00", "just the first hour"),
            ("region", "eu-west-1", "EU traffic only"),
            ("payment_method", "card", "card payments only"),
            ("exclude_bots", True, "without bot traffic"),
        ],
        "done": "the postmortem draft is ready for Thursday's review",
    },
    {
        "name": "us_sales_tax_filing",
        "noun": "return",
        "ids": ["TX", "WA", "CO", "IL", "GA", "NC", "AZ", "PA", "OH", "TN"],
        "requests": [
            "February sales tax returns are due on the 20th. Can you reconcile Shopify and Avalara for our nexus states and get the returns ready to file?",
            "Please prep the February state sales tax filings. Finance says the Avalara liability doesn't match what Shopify collected in a few states.",
        ],
        "opening": [
            (
                "avalara.list_nexus",
                {"companyId": 118224},
                {
                    "states": ["TX", "WA", "CO", "IL", "GA", "NC", "AZ", "PA", "OH", "TN"],
                    "economic_nexus": 10,
                },
            ),
            (
                "shopify.get_tax_report",
                {"period": "2026-02", "group_by": "province"},
                {"collected_total": "184220.41", "currency": "USD", "orders": 23118},
            ),
        ],
        "get": ("avalara.get_liability", "state"),
        "item": lambda r, i: {
            "state": i,
            "period": "2026-02",
            "taxable_sales": f"{r.randint(20000, 900000)}.{r.randint(10, 99)}",
            "tax_due": f"{r.randint(1000, 60000)}.{r.randint(10, 99)}",
            "shopify_collected": f"{r.randint(1000, 60000)}.{r.randint(10, 99)}",
            "filing_frequency": r.choice(["monthly", "quarterly"]),
        },
        "search": (
            "avalara.search_transactions",
            "filter",
            {"companyId": 118224, "period": "2026-02"},
        ),
        "queries": [
            "state eq 'CO' and status eq 'Uncommitted'",
            "CO uncommitted transactions February",
            "status eq 'Uncommitted' and region eq 'CO'",
            "Colorado uncommitted docs 2026-02",
            "region eq 'CO' and docStatus ne 'Committed'",
            "CO transactions not committed",
        ],
        "hits": [
            "INV-90211 CO Committed 2026-02-03",
            "INV-90347 CO Committed 2026-02-05",
            "INV-90412 CO Committed 2026-02-06",
        ],
        "goal": "the Colorado orders Shopify taxed but Avalara never committed",
        "lister": (
            "avalara.list_transactions",
            {
                "companyId": 118224,
                "region": "CO",
                "date_from": "2026-02-01",
                "date_to": "2026-02-28",
            },
            "$skip",
        ),
        "update": ("avalara.set_filing_status", "status", "NOT_READY", "APPROVED"),
        "toggle": (
            "avalara.set_location_code",
            "CO-DEN-01",
            "sourcing",
            "origin",
            "destination",
            "Destination sourcing splits the Denver warehouse orders across 40 home-rule jurisdictions the return doesn't list, so back to origin.",
            "Colorado is destination-based for remote sellers, so origin sourcing under-reports local tax; switching to destination.",
        ),
        "check": (
            "avalara.reconcile_period",
            {"period": "2026-02", "source": "shopify"},
            "states out of balance",
        ),
        "job": (
            "avalara.generate_returns",
            {"period": "2026-02", "companyId": 118224},
            "avalara.get_worksheet_job",
            "jobId",
            "wks-",
        ),
        "fail": (
            "avalara.file_return",
            {"state": "TX", "period": "Feb 2026", "amount": "28411.07"},
            "400 Bad Request",
            "period must be YYYY-MM and amount must be a number",
            {"state": "TX", "period": "2026-02", "amount": 28411.07},
            [
                {"state": "TX", "period": "February 2026", "amount": "28411.07"},
                {"amount": "28411.07", "period": "Feb 2026", "state": "TX"},
                {"state": "tx", "period": "Feb 2026", "amount": "28,411.07"},
            ],
            "period needs YYYY-MM and the amount a plain number",
            {"confirmation": "TX-20260219-0004412", "status": "FILED"},
        ),
        "cycle": [
            ("avalara.get_liability", "state"),
            ("shopify.get_tax_report", "state"),
            ("avalara.get_filing_calendar", "state"),
        ],
        "bisect": (
            "avalara.sum_variance",
            "date_from",
            "date_to",
            [f"2026-02-{d:02d}" for d in range(1, 17)],
            "Shopify-vs-Avalara variance in CO",
            "the day the CO variance started",
        ),
        "docs": [
            (
                "co-dr0100",
                "Colorado DR 0100 instructions",
                "requires home-rule city tax to be reported separately for destination-sourced sales",
            ),
            (
                "wa-mff",
                "Washington marketplace facilitator note",
                "says Amazon-collected WA sales must be excluded from our gross",
            ),
            (
                "tx-prepay",
                "Texas prepayment discount rule",
                "gives a 1.25% discount when the prepayment is made by the 15th",
            ),
            (
                "il-rot",
                "Illinois ROT changes 2026",
                "switched remote sellers to destination sourcing from 1 January",
            ),
            (
                "ga-vol",
                "Georgia filing calendar",
                "moved us to monthly filing after crossing $200k",
            ),
            (
                "shopify-avalara",
                "Shopify-Avalara connector release notes",
                "mention a bug that left refunds after 8 February uncommitted",
            ),
        ],
        "sections": [
            ("Scope", "February returns for 10 nexus states; 8 monthly, 2 quarterly (not due)."),
            (
                "Reconciliation",
                "Shopify collected $184,220.41; Avalara shows $181,905.12 liability.",
            ),
            (
                "Colorado",
                "$1,611 of the gap is 212 refunds the connector never committed after 8 February.",
            ),
            (
                "Washington",
                "$704 is Amazon-facilitated WA sales that Shopify counted and Avalara correctly excluded.",
            ),
            ("Illinois", "Destination sourcing since January is applied correctly; no variance."),
            ("Texas", "Prepayment made by the 15th, so the 1.25% discount applies."),
            ("Ready to file", "TX, WA, IL, GA, NC, AZ approved; CO after the refund fix."),
            ("Follow-up", "Open a ticket with the connector vendor about uncommitted refunds."),
        ],
        "batch": ("avalara.commit_transactions", "batch", "transactions"),
        "mixup": ("February's returns", "the January amended returns"),
        "filters": [
            ("frequency", "monthly", "monthly filers only"),
            ("variance_min", 500, "states off by more than $500"),
            ("marketplace", "excluded", "excluding marketplace-facilitated sales"),
            ("due_before", "2026-03-20", "returns due before the 20th"),
        ],
        "done": "the February returns are ready to file",
    },
]

# Where each domain keeps its documents, what its list endpoints return, and how a write reads back.
DOCTOOL = {
    "retail_competitor_price_watch": ("sharepoint.get_file", "item_id"),
    "hospital_revenue_cycle_denials": ("policy_library.get", "doc_id"),
    "linux_fleet_cve_patching": ("confluence.get_page", "page_id"),
    "smart_meter_data_validation": ("docs.get", "doc_id"),
    "pim_product_attribute_enrichment": ("gdrive.files_export", "fileId"),
    "warehouse_cycle_count_variance": ("sop_portal.get_document", "doc_no"),
    "sre_postmortem_drafting": ("notion.retrieve_page", "page_id"),
    "us_sales_tax_filing": ("box.get_file_text", "file_id"),
}

ROWFN = {
    "retail_competitor_price_watch": lambda r: {
        "sku": f"SKU-{r.randint(100000, 499999)}",
        "old": _price(r),
        "new": _price(r),
        "seen": f"2026-03-0{r.randint(2, 4)}",
    },
    "hospital_revenue_cycle_denials": lambda r: {
        "clp01": f"CLM-00{r.randint(48000, 49999)}",
        "clp02": r.choice(["1", "4", "22"]),
        "paid": f"{r.randint(0, 3000)}.00",
        "cas": r.choice(["CO-197", "CO-45", "PR-2", "CO-97"]),
    },
    "linux_fleet_cve_patching": lambda r: {
        "InstanceId": "i-0" + _hex(r, 16),
        "Status": r.choice(["Success", "Success", "Success", "Failed", "TimedOut"]),
        "ResponseCode": r.choice([0, 0, 0, 1, 100]),
    },
    "smart_meter_data_validation": lambda r: {
        "t": f"2026-02-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}",
        "kwh": round(r.uniform(0, 2.9), 3),
        "flag": r.choice(["A", "A", "A", "E", "M"]),
    },
    "pim_product_attribute_enrichment": lambda r: {
        "item_no": f"SC-{r.randint(10000, 99999)}",
        "name": r.choice(["TrailFlex 3", "TrailFlex 3 GTX", "RidgeRun 2", "Scree 5", "MudLark"]),
        "upper": r.choice(["recycled polyester", "engineered mesh", "TPU overlay"]),
        "weight_g": r.randint(240, 340),
    },
    "warehouse_cycle_count_variance": lambda r: {
        "txn": f"T{r.randint(10**7, 10**8 - 1)}",
        "type": r.choice(["PICK", "PUTAWAY", "MOVE", "ADJ", "REPLEN"]),
        "qty": r.randint(-24, 48),
        "user": f"rf{r.randint(100, 299)}",
    },
    "sre_postmortem_drafting": lambda r: {
        "id": r.randint(10**9, 10**10),
        "title": r.choice(
            [
                "Deploy v3.52.0 to prod",
                "Monitor triggered: checkout 5xx",
                "Autoscaling: +6 pods",
                "Config change: db.pool",
                "Rollback v3.52.0",
            ]
        ),
        "date_happened": 1772398800 + r.randint(0, 9000),
    },
    "us_sales_tax_filing": lambda r: {
        "code": f"INV-{r.randint(90000, 99999)}",
        "status": r.choice(["Committed", "Committed", "Adjusted"]),
        "totalTax": round(r.uniform(0.5, 180), 2),
        "date": f"2026-02-{r.randint(1, 28):02d}",
    },
}

AUX = {
    "catalog.get_sku": lambda r, i: {
        "sku": i,
        "brand": "Weber",
        "status": "active",
        "cost": _price(r),
        "map_price": _price(r),
    },
    "pricing.get_margin": lambda r, i: {
        "sku": i,
        "margin_pct": round(r.uniform(9, 31), 1),
        "floor_pct": 18,
    },
    "epic.get_order": lambda r, i: {
        "order_id": f"ORD-{r.randint(10**6, 10**7)}",
        "claim": i,
        "cpt": "70553",
        "auth_status": r.choice(["NOT_REQUESTED", "APPROVED", "PENDING"]),
    },
    "availity.claim_status": lambda r, i: {
        "claim": i,
        "statusCategory": r.choice(
            ["F2 Finalized/Denial", "F1 Finalized/Payment", "A1 Acknowledged"]
        ),
        "payerClaimNumber": f"E{r.randint(10**9, 10**10)}",
    },
    "ssm.get_command_invocation": lambda r, i: {
        "InstanceId": i,
        "Status": r.choice(["Success", "Failed"]),
        "ResponseCode": r.choice([0, 1]),
        "StandardOutputContent": "Installed: openssl 3.0.13-0ubuntu3.4",
    },
    "elbv2.describe_target_health": lambda r, i: {
        "Target": {"Id": i, "Port": 443},
        "TargetHealth": {"State": r.choice(["healthy", "draining", "unhealthy"])},
    },
    "head_end.ping_meter": lambda r, i: {
        "meter": i,
        "reachable": r.choice([True, False]),
        "rssi_dbm": -r.randint(70, 104),
        "hops": r.randint(1, 6),
    },
    "mdm.get_interval_summary": lambda r, i: {
        "meter": i,
        "expected": 2688,
        "received": r.randint(2300, 2688),
        "estimated": r.randint(0, 300),
    },
    "supplier_feed.get_item": lambda r, i: {
        "identifier": i,
        "upper": r.choice(["92% recycled polyester, 8% TPU", "engineered mesh"]),
        "weight_g": r.randint(240, 340),
        "drop_mm": r.choice([4, 6, 8]),
    },
    "akeneo.get_product_completeness": lambda r, i: {
        "identifier": i,
        "channel": "shopify",
        "ratio": r.choice([60, 80, 100]),
        "missing": r.sample(["upper_material", "weight_g", "care_instructions"], 2),
    },
    "wms.get_item_ledger": lambda r, i: {
        "location": i,
        "net_qty_14d": r.randint(-90, 40),
        "txns": r.randint(3, 60),
    },
    "wms.get_count_history": lambda r, i: {
        "location": i,
        "counts": [
            {"date": "2026-02-03", "variance": r.randint(-8, 8)},
            {"date": "2026-03-03", "variance": r.randint(-96, 12)},
        ],
    },
    "pagerduty.list_log_entries": lambda r, i: {
        "incident": i,
        "entries": r.randint(8, 60),
        "first_ack_after_s": r.randint(40, 900),
    },
    "statuspage.get_incident": lambda r, i: {
        "pagerduty_id": i,
        "impact": r.choice(["major", "minor", "none"]),
        "updates": r.randint(1, 6),
    },
    "shopify.get_tax_report": lambda r, i: {
        "province": i,
        "period": "2026-02",
        "collected": f"{r.randint(1000, 60000)}.{r.randint(10, 99)}",
    },
    "avalara.get_filing_calendar": lambda r, i: {
        "region": i,
        "frequency": r.choice(["MONTHLY", "QUARTERLY"]),
        "due": "2026-03-20",
    },
}

UPD = {
    "retail_competitor_price_watch": ("sku", "pricing.get_price", lambda r: _price(r)),
    "hospital_revenue_cycle_denials": (
        "claim_id",
        "rcm.get_claim",
        lambda r: f"A6{r.randint(10**6, 10**7 - 1)}",
    ),
    "linux_fleet_cve_patching": ("Name", "ssm.get_parameter", lambda r: "patch-window=now"),
    "smart_meter_data_validation": ("meter_id", "mdm.get_meter", lambda r: "RELEASED"),
    "pim_product_attribute_enrichment": (
        "identifier",
        "akeneo.get_product",
        lambda r: r.choice(
            ["Hand wash cold, air dry", "Wipe clean with a damp cloth", "Remove insoles to dry"]
        ),
    ),
    "warehouse_cycle_count_variance": ("location", "wms.get_location", lambda r: "AVAILABLE"),
    "sre_postmortem_drafting": ("page_id", "confluence.get_page", lambda r: "IN REVIEW"),
    "us_sales_tax_filing": ("state", "avalara.get_filing", lambda r: "APPROVED"),
}
UPD_TARGETS = {
    "linux_fleet_cve_patching": [
        "/patch/prod-web/window",
        "/patch/prod-web-eu/window",
        "/patch/prod-api/window",
        "/patch/prod-worker/window",
        "/patch/prod-cron/window",
    ],
    "sre_postmortem_drafting": [
        "PM-2026-014",
        "PM-2026-013",
        "PM-2026-012",
        "PM-2026-011",
        "PM-2026-010",
    ],
}


REFINE = {
    "retail_competitor_price_watch": (
        "pricewatch.compare",
        {"category": "grills", "competitors": ["brandmart", "homecove"]},
    ),
    "hospital_revenue_cycle_denials": (
        "rcm.list_denials",
        {"payer": "AETNA", "carc": "197", "status": "open"},
    ),
    "linux_fleet_cve_patching": (
        "inventory.search_packages",
        {"fleet": "prod-web", "expr": "openssl<3.0.13-0ubuntu3.4"},
    ),
    "smart_meter_data_validation": ("mdm.list_vee_failures", {"cycle": "07", "rule": "*"}),
    "pim_product_attribute_enrichment": (
        "akeneo.list_products",
        {"family": "footwear_running", "channel": "shopify"},
    ),
    "warehouse_cycle_count_variance": (
        "wms.list_variances",
        {"site": "DC7", "count_date": "2026-03-03", "min_value": 500},
    ),
    "sre_postmortem_drafting": (
        "datadog.logs_aggregate",
        {"query": "service:checkout-api status:error", "group_by": "endpoint"},
    ),
    "us_sales_tax_filing": ("avalara.list_filings", {"period": "2026-02", "companyId": 118224}),
}
TOPS = {
    "sre_postmortem_drafting": [
        "POST /checkout/confirm",
        "POST /cart/price",
        "GET /checkout/session",
        "POST /payments/authorize",
        "GET /shipping/quote",
    ],
}


# --------------------------------------------------------------------------- row context


class Ctx:
    def __init__(self, d: dict, rng: random.Random) -> None:
        self.d = d
        self.rng = rng
        self.clock = Clock(rng)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def obs(self, payload: dict, noise: bool = True) -> str:
        return render(self.rng, self.clock, payload, noise)

    def call(self, name: str, args: dict, payload: dict, noise: bool = True) -> dict:
        return tool(name, args, self.obs(payload, noise))

    def fail(self, name: str, args: dict, status: str, message: str, noise: bool = True) -> dict:
        return tool(name, args, render_error(self.rng, self.clock, status, message, noise), True)

    def fixed_rng(self, key: str) -> random.Random:
        return random.Random(f"{SEED}:{self.d['name']}:{key}")

    def item(self, i: str) -> dict:
        return self.d["item"](self.fixed_rng(i), i)

    def get(self, i: str, noise: bool = True) -> dict:
        name, key = self.d["get"]
        return self.call(name, {key: i}, self.item(i), noise)

    def aux(self, name: str, key: str, i: str) -> dict:
        if name == self.d["get"][0]:
            return self.get(i)
        return self.call(name, {key: i}, AUX[name](self.fixed_rng(name + i), i))

    def ids(self, k: int) -> list[str]:
        ids = list(self.d["ids"])
        self.rng.shuffle(ids)
        return ids[:k]

    def targets(self) -> list[str]:
        return list(UPD_TARGETS.get(self.d["name"], self.d["ids"]))

    def key_fact(self, i: str) -> str:
        it = self.item(i)
        field = next(k for k in it if k != self.d["get"][1])
        return f"{i} {field}={it[field]}"


def _cursor(rng: random.Random, key: str, k: int, size: int) -> object:
    if key in ("offset", "$skip"):
        return k * size
    if key == "page":
        return k + 1
    if key == "next":
        return f"/v2/ledger?after=T{rng.randint(10**7, 10**8 - 1)}"
    return _hex(rng, 6) + "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789=") for _ in range(18)
    )


# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(c: Ctx, m: int) -> list[dict]:
    d = c.d
    i = c.rng.choice(d["ids"][:5])
    name, key = d["get"]
    text = c.pick(
        f"Pulling {d['noun']} {i} again to confirm the details before I go on.",
        f"I need to re-read {i} before the next step; fetching it now.",
        f"Before I continue with {d['mixup'][0]}, let me fetch {i} once more.",
    )
    block = [llm(text), tool(name, {key: i}, c.obs(c.item(i), noise=False))]
    return (block * m)[:m]


def loop_paraphrased_repeat(c: Ctx, m: int) -> list[dict]:
    d = c.d
    goal = d["goal"]
    name, qkey, extra = d["search"]
    says = [
        f"Let me search for {goal} once more.",
        f"I'll try looking up {goal} again.",
        f"One more pass to find {goal}.",
        f"Going to query again for {goal}; it has to be in there.",
        f"Searching again for {goal}.",
        f"Let me have another look for {goal}.",
        f"I still need {goal}, so I'll run the search again.",
        f"Trying once more to locate {goal}.",
        f"Perhaps a different wording will surface {goal}.",
    ]
    c.rng.shuffle(says)
    queries = list(d["queries"])
    hits = [{"title": h, "score": round(0.61 - 0.07 * n, 2)} for n, h in enumerate(d["hits"])]
    steps: list[dict] = []
    n = 0
    while len(steps) < m:
        steps.append(llm(says[n % len(says)]))
        args = {qkey: queries[n % len(queries)], **extra}
        steps.append(c.call(name, shuffled(c.rng, args), {"total": len(hits), "results": hits}))
        n += 1
    return steps[:m]


def loop_ab_oscillation(c: Ctx, m: int) -> list[dict]:
    name, target, field, a, b, to_a, to_b = c.d["toggle"]
    steps: list[dict] = []
    flip = True
    while len(steps) < m:
        value, why = (b, to_b) if flip else (a, to_a)
        lead = "" if len(steps) < 4 else c.pick("", "", "Hmm. ", "Looking at it again: ")
        steps.append(llm(lead + why))
        steps.append(
            c.call(
                name, {"id": target, field: value}, {"id": target, field: value, "updated": True}
            )
        )
        flip = not flip
    return steps[:m]


def loop_repeated_failing_call(c: Ctx, m: int) -> list[dict]:
    name, bad, status, msg = c.d["fail"][:4]
    steps: list[dict] = []
    while len(steps) < m:
        steps.append(c.fail(name, bad, status, msg))
        if len(steps) < m and c.rng.random() < 0.35:
            steps.append(
                llm(
                    c.pick(
                        "Retrying.",
                        "That failed; trying again.",
                        f"Calling {name} again.",
                        "Let me retry the same request.",
                    )
                )
            )
    return steps[:m]


def loop_same_action_same_obs(c: Ctx, m: int) -> list[dict]:
    name, args, what = c.d["check"]
    n = c.rng.randint(4, 19)
    payload = {"failing": n, "what": what, "sample": c.d["ids"][:3], "cached": True}
    obs = c.obs(payload, noise=False)
    notes = [
        f"Still {n} {what}. Maybe the last change hasn't propagated; running it again.",
        f"Same {n} {what}. Let me re-run to be sure.",
        f"The count of {what} hasn't moved. I'll check again.",
        "Running the check one more time before I touch anything.",
        f"{n} again. Possibly a stale read; re-running.",
        "Let me verify that result once more.",
        f"Odd that it's exactly {n} every time. Checking again.",
    ]
    c.rng.shuffle(notes)
    steps: list[dict] = []
    k = 0
    while len(steps) < m:
        steps.append(tool(name, args, obs))
        steps.append(llm(notes[k % len(notes)]))
        k += 1
    return steps[:m]


def loop_identical_monologue(c: Ctx, m: int) -> list[dict]:
    d = c.d
    text = c.pick(
        f"Continuing with {d['mixup'][0]}. I'll report back once the next step is done.",
        f"Still working through {d['mixup'][0]}; more shortly.",
        f"I'm on it and will let you know when {d['done']}.",
    )
    return [llm(text) for _ in range(m)]


def loop_identical_tool_calls(c: Ctx, m: int) -> list[dict]:
    i = c.rng.choice(c.d["ids"])
    steps: list[dict] = []
    if c.rng.random() < 0.5:
        steps.append(llm(c.pick(f"Let me check {i}.", f"Checking {c.d['noun']} {i}.")))
    while len(steps) < m:
        steps.append(c.get(i))
    return steps


def loop_stuck_poll(c: Ctx, m: int) -> list[dict]:
    submit, args, status_tool, idkey, prefix = c.d["job"]
    jid = prefix + _hex(c.rng, 10)
    pct = c.rng.randint(23, 71)
    beat = c.clock.tick(c.rng)
    steps = [c.call(submit, args, {idkey: jid, "state": "QUEUED"})]
    age = c.rng.randint(30, 90)
    while len(steps) < m:
        age += c.rng.randint(35, 120)
        steps.append(
            c.call(
                status_tool,
                {idkey: jid},
                {
                    idkey: jid,
                    "state": "RUNNING",
                    "progress": pct,
                    "last_heartbeat": beat.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "heartbeat_age_s": age,
                },
            )
        )
        if len(steps) < m and c.rng.random() < 0.4:
            steps.append(
                llm(
                    c.pick(
                        f"Still running at {pct}%. Checking again.",
                        f"{pct}% — waiting a bit longer.",
                        "Not finished yet; polling again.",
                    )
                )
            )
    return steps[:m]


def loop_cursor_not_advancing(c: Ctx, m: int) -> list[dict]:
    name, base, ckey = c.d["lister"]
    row = ROWFN[c.d["name"]]
    r = c.fixed_rng("page1")
    rows = [row(r) for _ in range(c.rng.randint(3, 5))]
    nxt = _cursor(r, ckey, 1, len(rows))
    steps = [c.call(name, base, {"data": rows, ckey: nxt, "has_more": True})]
    while len(steps) < m:
        if c.rng.random() < 0.4:
            steps.append(
                llm(
                    c.pick(
                        "Fetching the next page.",
                        "More results; continuing to the next page.",
                        f"Next page with {ckey}={nxt}.",
                    )
                )
            )
        steps.append(c.call(name, {**base, ckey: nxt}, {"data": rows, ckey: nxt, "has_more": True}))
    return steps[:m]


def loop_cosmetic_arg_retry(c: Ctx, m: int) -> list[dict]:
    name, bad, status, msg, _fixed, variants = c.d["fail"][:6]
    notes = [
        "Maybe it's case-sensitive; adjusting and retrying.",
        "Reordering the fields and trying again.",
        "Could be stray whitespace. Resubmitting.",
        "Adding an explicit option in case the default is the problem.",
        "Tweaking the format slightly and sending it again.",
        "Let me try a slightly different formatting.",
    ]
    c.rng.shuffle(notes)
    tries = [bad, *variants]
    steps = [c.fail(name, bad, status, msg)]
    k = 0
    while len(steps) < m:
        steps.append(llm(notes[k % len(notes)]))
        steps.append(c.fail(name, tries[(k + 1) % len(tries)], status, msg))
        k += 1
    return steps[:m]


def loop_long_cycle(c: Ctx, m: int) -> list[dict]:
    i = c.rng.choice(c.d["ids"][:6])
    note = c.pick(
        f"The three sources still disagree on {i}; starting over from the first one.",
        f"That doesn't reconcile for {i}. Going back to re-read it from the top.",
        f"Numbers for {i} still don't line up, so let me re-check all three again.",
    )
    steps: list[dict] = []
    while len(steps) < m:
        for name, key in c.d["cycle"]:
            steps.append(c.aux(name, key, i))
        steps.append(llm(note))
    return steps[:m]


def loop_write_not_sticking(c: Ctx, m: int) -> list[dict]:
    name, field, old, _new = c.d["update"]
    key, readback, newval = UPD[c.d["name"]]
    target = c.targets()[0]
    new = newval(c.fixed_rng("new"))
    shown = "empty" if old is None else repr(old)
    base = c.item(target) if key == c.d["get"][1] else {key: target}
    steps: list[dict] = []
    k = 0
    while len(steps) < m:
        steps.append(c.call(name, {key: target, field: new}, {"ok": True, key: target}))
        steps.append(c.call(readback, {key: target}, {**base, field: old}))
        if k:
            text = c.pick(
                f"{field} on {target} still reads {shown}; applying the change again.",
                f"The update didn't take, {field} is still {shown}. Re-sending it.",
                f"Still the old {field}. Writing {new!r} once more.",
            )
        else:
            text = f"The write said ok but {field} still shows {shown}. Let me set it again."
        steps.append(llm(text))
        k += 1
    return steps[:m]


def loop_user_correction_ignored(c: Ctx, m: int) -> list[dict]:
    d = c.d
    wanted, given = d["mixup"]
    name, base = REFINE[d["name"]]
    pool = TOPS.get(d["name"], d["ids"])
    n = c.rng.randint(6, 40)
    top = c.rng.sample(pool, 3)
    pushes = [
        f"That's {given}. I asked about {wanted}.",
        f"No, {wanted}, not {given}.",
        f"You're still showing me {given}.",
        f"Again: {wanted}. Please don't give me {given}.",
        f"This is the same answer. {wanted}!",
        f"Stop. I need {wanted}.",
    ]
    answers = [
        f"Here's what I found for {given}: {n} items, led by {top[0]} and {top[1]}.",
        f"Sorry about that. Looking at {given}, there are {n} to review, starting with {top[0]}.",
        f"Understood. Re-checking {given}: still {n}, {top[0]} is the largest.",
        f"Apologies for the confusion! For {given} the list is {n} long; {top[1]} and {top[2]} stand out.",
        f"Got it. The {n} items in {given} are unchanged; {top[0]} first.",
    ]
    args = {**base, "filter": {"scope": given}}
    steps = [c.call(name, args, {"scope": given, "count": n, "top": top}), llm(answers[0])]
    k = 0
    while len(steps) < m:
        k += 1
        steps.append(llm(answers[k % len(answers)], observation=pushes[(k - 1) % len(pushes)]))
        if len(steps) < m and c.rng.random() < 0.3:
            steps.append(c.call(name, args, {"scope": given, "count": n, "top": top}))
    return steps[:m]


# --------------------------------------------------------------------------- progress kinds


def prog_batch_progress(c: Ctx, m: int) -> list[dict]:
    name, key, unit = c.d["batch"]
    steps: list[dict] = []
    k = m // 2
    size = c.rng.choice([25, 40, 50, 100])
    total = size * (k - 1) + c.rng.randint(3, size)
    if m % 2:
        steps.append(llm(f"{total} {unit} to apply; sending them in {k} batches of up to {size}."))
    left = total
    for b in range(1, k + 1):
        n = min(size, left)
        left -= n
        steps.append(
            c.call(
                name,
                {key: b, "of": k, "size": n},
                {key: b, "applied": n, "failed": 0, "remaining": left},
            )
        )
        if b < k:
            steps.append(llm(f"Batch {b}/{k} applied: {n} {unit}, {left} left."))
        else:
            steps.append(
                llm(
                    f"Batch {b}/{k} applied: {n} {unit}, none left. All {total} {unit} are in, so {c.d['done']}."
                )
            )
    return steps


def prog_summarise_docs(c: Ctx, m: int) -> list[dict]:
    d = c.d
    tname, tkey = DOCTOOL[d["name"]]
    k = min(len(d["docs"]), (m - 1) // 2)
    docs = d["docs"][:k]
    steps: list[dict] = []
    if m - 1 - 2 * k >= 1:
        steps.append(
            llm(
                f"There are {k} related documents; I'll read each and note what matters for {d['mixup'][0]}."
            )
        )
    for doc_id, title, fact in docs:
        steps.append(
            c.call(
                tname,
                {tkey: doc_id},
                {
                    "id": doc_id,
                    "title": title,
                    "excerpt": f"...{fact}...",
                    "pages": c.rng.randint(1, 14),
                },
            )
        )
        steps.append(
            llm(
                c.pick(
                    f"{title}: it {fact}.",
                    f"Read {title}. Key point: it {fact}.",
                    f"Noted from {title} - it {fact}.",
                )
            )
        )
    while len(steps) < m - 1:
        steps.append(
            llm(f"Cross-checking: {docs[0][1]} and {docs[-1][1]} do not contradict each other.")
        )
    steps.append(
        llm(
            f"Putting the {k} together: {docs[0][2]}; {docs[1][2] if k > 1 else ''}. That is the basis I'll use, and {d['done']} once these are applied."
        )
    )
    return steps


def prog_bisection(c: Ctx, m: int) -> list[dict]:
    name, lo_key, hi_key, units, what, finding = c.d["bisect"]
    culprit = c.rng.randint(3, 12)
    per_unit = [0] * culprit + [c.rng.randint(4, 60) for _ in range(len(units) - culprit)]
    extra = m - 9
    steps: list[dict] = []
    if extra >= 2:
        total = sum(per_unit)
        steps.append(
            c.call(name, {lo_key: units[0], hi_key: units[-1]}, {"count": total, "what": what})
        )
        steps.append(
            llm(f"{total} {what} across the whole range; halving it to find where they start.")
        )
    lo, hi = 0, len(units) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        count = sum(per_unit[lo : mid + 1])
        steps.append(
            c.call(name, {lo_key: units[lo], hi_key: units[mid]}, {"count": count, "what": what})
        )
        span = f"on {units[lo]}" if lo == mid else f"between {units[lo]} and {units[mid]}"
        if count:
            steps.append(llm(f"{count} {what} {span}, so it starts there."))
            hi = mid
        else:
            steps.append(llm(f"None {span}; it starts after {units[mid]}."))
            lo = mid + 1
    if extra % 2:
        steps.append(
            c.call(name, {lo_key: units[lo - 1], hi_key: units[lo - 1]}, {"count": 0, "what": what})
        )
    steps.append(
        llm(
            f"Found it: {finding} is {units[lo]} ({per_unit[lo]} there, none before it). That's where to look."
        )
    )
    return steps


def prog_transient_then_success(c: Ctx, m: int) -> list[dict]:
    name, _bad, _s, _msg, fixed, _v, _note, ok = c.d["fail"]
    steps: list[dict] = []
    waits = [2, 4, 8]
    errs = [
        ("503 Service Unavailable", "upstream temporarily unavailable"),
        ("504 Gateway Timeout", "upstream request timeout"),
        ("429 Too Many Requests", "rate limit exceeded, retry after 8s"),
    ]
    for n in range(min(c.rng.randint(2, 3), (m - 2) // 2)):
        status, msg = errs[(n + c.rng.randint(0, 2)) % 3]
        steps.append(c.fail(name, fixed, status, msg))
        steps.append(
            llm(f"{status.split()[0]} from the service; backing off {waits[n]}s before retrying.")
        )
    steps.append(c.call(name, fixed, ok))
    rest = c.ids(10)
    k = 0
    while len(steps) < m - 1:
        steps.append(c.get(rest[k]))
        k += 1
    steps = steps[: m - 1]
    tail = f" and I've checked {k} more {c.d['noun']}s since" if k else ""
    steps.append(
        llm(f"The call went through after the retries ({json.dumps(ok)}){tail}; moving on.")
    )
    return steps


def prog_rerun_after_fix(c: Ctx, m: int) -> list[dict]:
    name, args, what = c.d["check"]
    uname, field, _old, _new = c.d["update"]
    key, _rb, newval = UPD[c.d["name"]]
    f = max(1, (m - 2) // 3)
    extra = m - 2 - 3 * f
    bad = c.targets()[:f]
    steps = [c.call(name, args, {"failing": f, "what": what, "items": bad})]
    if extra >= 1:
        steps.append(
            llm(
                f"{f} {what}; each needs {field} corrected. Fixing them one at a time and re-running the check."
            )
        )
    for n, t in enumerate(bad):
        if extra >= 2 and n == 0:
            steps.append(
                c.call(c.d["get"][0], {c.d["get"][1]: t}, c.item(t))
                if key == c.d["get"][1]
                else llm(f"{t} is the first; its {field} is wrong.")
            )
        steps.append(llm(c.pick(f"Correcting {field} on {t}.", f"Next: {t}.", f"Fixing {t}.")))
        steps.append(c.call(uname, {key: t, field: newval(c.rng)}, {"ok": True, key: t}))
        left = bad[n + 1 :]
        steps.append(c.call(name, args, {"failing": len(left), "what": what, "items": left}))
    steps.append(llm(f"The check is clean now: 0 {what} after fixing {', '.join(bad)}."))
    return steps[:m] if len(steps) <= m else [*steps[: m - 1], steps[-1]]


def prog_sectioned_drafting(c: Ctx, m: int) -> list[dict]:
    secs = c.d["sections"][: m - 2]
    style = c.rng.randrange(3)
    steps = [llm("Outline: " + "; ".join(h for h, _ in secs) + ".")]
    for n, (head, body) in enumerate(secs, 1):
        if style == 0:
            steps.append(llm(f"## {head}\n{body}"))
        elif style == 1:
            steps.append(llm(f"Section {n} of {len(secs)}, {head}: {body}"))
        else:
            steps.append(llm(f"{head.upper()}. {body}"))
    steps.append(
        llm(f"That's the full draft, {len(secs)} sections; {c.d['done']} once you've had a look.")
    )
    return steps


def prog_batch_lookup(c: Ctx, m: int) -> list[dict]:
    ids = c.ids(m - 1)
    steps = [c.get(i) for i in ids]
    steps.append(llm("Checked each one: " + "; ".join(c.key_fact(i) for i in ids) + "."))
    return steps


def prog_poll_until_done(c: Ctx, m: int) -> list[dict]:
    submit, args, status_tool, idkey, prefix = c.d["job"]
    jid = prefix + _hex(c.rng, 10)
    steps = [c.call(submit, args, {idkey: jid, "state": "QUEUED"})]
    polls = m - 2
    notes = c.rng.randint(0, max(0, (polls - 1) // 2))
    polls -= notes
    marks = [*sorted(c.rng.sample(range(4, 99), polls - 1)), 100]
    for n, pct in enumerate(marks):
        state = "SUCCEEDED" if pct == 100 else "RUNNING"
        steps.append(
            c.call(
                status_tool,
                {idkey: jid},
                {
                    idkey: jid,
                    "state": state,
                    "progress": pct,
                    "heartbeat_age_s": c.rng.randint(1, 20),
                },
            )
        )
        if notes and n < len(marks) - 1:
            steps.append(llm(f"{pct}% and moving; checking back shortly."))
            notes -= 1
    steps.append(llm(f"{jid} finished (SUCCEEDED at 100%); picking up its output next."))
    return steps


def prog_paging(c: Ctx, m: int) -> list[dict]:
    name, base, ckey = c.d["lister"]
    row = ROWFN[c.d["name"]]
    pages = m - 1
    notes = c.rng.randint(0, pages // 3)
    pages -= notes
    size = c.rng.choice([3, 4, 5])
    steps: list[dict] = []
    cursor = None
    seen = 0
    for p in range(pages):
        rows = [row(c.rng) for _ in range(size if p < pages - 1 else c.rng.randint(1, size))]
        seen += len(rows)
        nxt = _cursor(c.rng, ckey, p + 1, size) if p < pages - 1 else None
        args = dict(base) if cursor is None else {**base, ckey: cursor}
        steps.append(c.call(name, args, {"data": rows, ckey: nxt, "has_more": nxt is not None}))
        cursor = nxt
        if notes and p < pages - 1:
            steps.append(llm(f"{seen} rows so far; next page."))
            notes -= 1
    steps.append(
        llm(
            f"Read all {pages} pages, {seen} rows in total, last page had no cursor. Tallying them now."
        )
    )
    return steps


def prog_retry_corrected(c: Ctx, m: int) -> list[dict]:
    name, bad, status, msg, fixed, _v, note, ok = c.d["fail"]
    steps = [
        c.fail(name, bad, status, msg),
        llm(f"The error is explicit: {msg}. So {note}; correcting that."),
        c.call(name, fixed, ok),
    ]
    rest = c.ids(10)
    k = 0
    if len(steps) < m - 1:
        steps.append(llm("That worked. Checking the remaining ones the same way."))
    while len(steps) < m - 1:
        steps.append(c.get(rest[k]))
        k += 1
    steps.append(
        llm(f"Fixed the argument and the call succeeded; {k} more {c.d['noun']}s checked after it.")
    )
    return steps


def prog_pipeline(c: Ctx, m: int) -> list[dict]:
    k = -(-(m - 1) // 4)
    drop = 4 * k - (m - 1)
    ids = c.ids(k)
    steps: list[dict] = []
    for n, i in enumerate(ids):
        for name, key in c.d["cycle"]:
            steps.append(c.aux(name, key, i))
        if n >= drop:
            steps.append(
                llm(
                    c.pick(
                        f"{i} reconciled; next.",
                        f"Done with {i}, all three sources agree.",
                        f"{i} checked. Moving on.",
                    )
                )
            )
    steps.append(
        llm(
            f"Went through {k} {c.d['noun']}s ({', '.join(ids)}), three sources each; summary is ready."
        )
    )
    return steps


def prog_read_after_write(c: Ctx, m: int) -> list[dict]:
    name, field, old, _new = c.d["update"]
    key, readback, newval = UPD[c.d["name"]]
    targets = c.targets()
    c.rng.shuffle(targets)
    r = m - 1 - 5
    short_first = r == 1
    r += int(short_first)
    sizes = []
    while r:
        size = 2 if r in (2, 4) else 3
        sizes.append(size)
        r -= size
    steps: list[dict] = []
    for n, size in enumerate([5, *sizes]):
        t = targets[n % len(targets)]
        v = newval(c.rng)
        base = c.item(t) if key == c.d["get"][1] else {key: t}
        steps.append(c.call(name, {key: t, field: v}, {"ok": True, key: t}))
        if n == 0:
            lag = c.rng.randint(3, 12)
            steps.append(
                c.call(
                    readback,
                    {key: t},
                    {**base, field: old, "served_from": "replica", "replica_lag_s": lag},
                )
            )
            steps.append(
                llm(
                    f"That read came from a replica {lag}s behind, so {field} still shows the old value; waiting a few seconds."
                )
            )
            steps.append(c.call(readback, {key: t}, {**base, field: v, "served_from": "primary"}))
            if not short_first:
                steps.append(llm(f"{t}: {field} is now {v!r}, confirmed. On to the next."))
        else:
            steps.append(c.call(readback, {key: t}, {**base, field: v}))
            if size == 3:
                steps.append(llm(f"{t} confirmed ({field}={v!r})."))
    steps.append(
        llm(
            f"Updated and read back {field} on {len(sizes) + 1} records; only the first needed the replica to catch up."
        )
    )
    return steps


def prog_user_refinement(c: Ctx, m: int) -> list[dict]:
    d = c.d
    wanted = d["mixup"][0]
    name, base = REFINE[d["name"]]
    pool = TOPS.get(d["name"], d["ids"])
    filters = list(d["filters"])
    count = c.rng.randint(30, 140)
    top = c.rng.sample(pool, 3)
    steps = [
        c.call(name, base, {"scope": wanted, "count": count, "top": top}),
        llm(f"For {wanted} there are {count}; the top three are {', '.join(top)}."),
    ]
    applied: dict = {}
    asks = ["Can you narrow that to {p}?", "Now just {p}, please.", "And {p}.", "Only {p}?"]
    for n, (fk, fv, phrase) in enumerate(filters):
        if len(steps) + 3 > m - 1:
            break
        applied[fk] = fv
        count = max(4, count * c.rng.randint(35, 75) // 100)
        top = c.rng.sample(pool, 3)
        steps.append(
            llm(
                c.pick(f"Adding {fk}={fv}.", f"Filtering on {fk}.", f"Applying {phrase}."),
                observation=asks[n % len(asks)].format(p=phrase),
            )
        )
        steps.append(c.call(name, {**base, "filter": dict(applied)}, {"count": count, "top": top}))
        steps.append(llm(f"Filtered ({phrase}): {count} left, led by {', '.join(top)}."))
    extras = [
        (
            "Are they all really in scope?",
            f"Yes, all {count} meet every filter you gave ({', '.join(applied) or 'none yet'}).",
        ),
        ("Which one is the biggest?", f"{top[0]} is the largest of the {count}."),
    ]
    for ask, answer in extras[: m - 1 - len(steps)]:
        steps.append(llm(answer, observation=ask))
    steps.append(
        llm(
            f"Great. Locking in those {count}; {d['done']}.",
            observation="Perfect, that's the list. Go with it.",
        )
    )
    return steps


# --------------------------------------------------------------------------- registry

# (kind, generator, shortest body, longest body)
LOOP_KINDS = [
    ("exact_repeat", loop_exact_repeat, 7, 16),
    ("paraphrased_repeat", loop_paraphrased_repeat, 8, 16),
    ("ab_oscillation", loop_ab_oscillation, 8, 16),
    ("repeated_failing_tool_call", loop_repeated_failing_call, 5, 16),
    ("same_action_same_observation", loop_same_action_same_obs, 7, 16),
    ("identical_message_monologue", loop_identical_monologue, 6, 16),
    ("identical_tool_calls", loop_identical_tool_calls, 6, 16),
    ("stuck_job_poll", loop_stuck_poll, 7, 16),
    ("cursor_not_advancing", loop_cursor_not_advancing, 6, 16),
    ("cosmetic_argument_retry", loop_cosmetic_arg_retry, 7, 16),
    ("three_step_cycle", loop_long_cycle, 10, 16),
    ("write_not_sticking", loop_write_not_sticking, 9, 16),
    ("user_correction_ignored", loop_user_correction_ignored, 7, 16),
]
PROGRESS_KINDS = [
    ("templated_batch_progress", prog_batch_progress, 6, 16),
    ("summarising_related_documents", prog_summarise_docs, 6, 14),
    ("bisection_narrowing", prog_bisection, 9, 12),
    ("transient_error_then_success", prog_transient_then_success, 7, 16),
    ("rerun_check_after_fix", prog_rerun_after_fix, 6, 16),
    ("sectioned_drafting", prog_sectioned_drafting, 5, 10),
    ("batch_lookup_distinct_ids", prog_batch_lookup, 5, 11),
    ("poll_until_done", prog_poll_until_done, 5, 16),
    ("paging_through_results", prog_paging, 5, 16),
    ("retry_corrected_argument", prog_retry_corrected, 5, 16),
    ("per_item_pipeline", prog_pipeline, 8, 16),
    ("read_after_write_settles", prog_read_after_write, 7, 16),
    ("user_driven_refinement", prog_user_refinement, 7, 16),
]


def _row(label: str, kind: str, gen, lo: int, hi: int, d: dict, nnn: int) -> dict:
    rid = f"fiftieth-{label}-{kind}-{nnn:03d}"
    rng = random.Random(f"{SEED}:{rid}")
    c = Ctx(d, rng)
    n_open = rng.choice([1, 2])
    total = rng.randint(8, 18)
    body = max(lo, min(hi, total - 1 - n_open))
    if 1 + n_open + body > 18:
        n_open = 1
    if 1 + n_open + body < 8:
        n_open = 2
    request = rng.choice(d["requests"])
    ack = c.pick(
        f"On it. I'll start by pulling {d['mixup'][0]}.",
        f"Sure. First the current state of {d['mixup'][0]}.",
        "Okay, let me look at what's there first.",
        f"Understood; starting with {d['opening'][0][0]}.",
    )
    steps = [llm(ack, observation=request)]
    for name, args, payload in d["opening"][:n_open]:
        steps.append(c.call(name, args, payload))
    steps.extend(gen(c, body))
    assert len(steps) == 1 + n_open + body, (rid, len(steps), body)
    return {
        "id": rid,
        "label": label,
        "category": f"{label}/{kind}",
        "domain": d["name"],
        "steps": steps,
    }


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOP_KINDS), ("progress", PROGRESS_KINDS)):
        nnn = 0
        for kind, gen, lo, hi in kinds:
            for d in DOMAINS:
                nnn += 1
                rows.append(_row(label, kind, gen, lo, hi, d, nnn))
    return rows


def main() -> None:
    with (HERE / "trajectories.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
