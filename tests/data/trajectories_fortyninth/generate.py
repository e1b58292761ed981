"""Generate trajectory set 49 (blind): loop vs progress rows for loop detectors."""

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

DOMAINS = [
    {
        "name": "oss_license_compliance",
        "request": "Before legal signs off on payments-sdk 4.2.0 on Thursday, can you check the release candidate's dependencies for copyleft licences and file the attestation?",
        "ack": "Sure. I'll pull the SBOM for payments-sdk 4.2.0-rc.3 first, then look at anything flagged as copyleft or unknown.",
        "search_tool": "license_db_search",
        "query": "licence of libxml2 2.11.5",
        "paraphrases": [
            "what licence does libxml2 2.11.5 use",
            "libxml2 v2.11.5 license terms",
            "license for libxml2 version 2.11.5",
            "libxml2 2.11.5 SPDX identifier",
            "check libxml2 2.11.5 licensing",
        ],
        "search_hit": "1. libxml2 2.11.5 -> SPDX: MIT (source: debian copyright file)\n2. libxml2 (all versions) -> MIT, see Copyright file\n3. libxml2-python bindings -> MIT",
        "refined": [
            (
                "readline license",
                "14 hits: readline 8.2 GPL-3.0-or-later; readline 6.3 GPL-3.0; gnureadline (PyPI) GPL-3.0; ...",
            ),
            (
                "readline 8.2 linked by which packages in payments-sdk",
                "2 hits: cli-tools 1.4.0 (dynamic link, optional extra [repl]); sqlite3-shell (vendored, build-only)",
            ),
            (
                "cli-tools 1.4.0 extra [repl] shipped in wheel",
                "cli-tools 1.4.0 wheel metadata: Provides-Extra: repl; readline only installed with extra; default wheel has no readline import",
            ),
            (
                "payments-sdk 4.2.0 install_requires cli-tools extras",
                "setup.cfg: install_requires = cli-tools>=1.4,<2 (no extras). readline not pulled in by default install.",
            ),
        ],
        "entity": "package",
        "ids": [
            "libxml2@2.11.5",
            "readline@8.2",
            "jszip@3.10.1",
            "chardet@5.2.0",
            "pyyaml@6.0.1",
            "ffmpeg-static@5.2.0",
        ],
        "get_tool": "sbom_component",
        "id_arg": "purl",
        "rec": "component: {id}\ndeclared_license: {v}\nconcluded_license: {v}\nfiles_scanned: {n}\ndepth: {m}",
        "vals": [
            "MIT",
            "GPL-3.0-or-later",
            "MIT OR GPL-3.0-or-later",
            "LGPL-2.1-or-later",
            "MIT",
            "GPL-3.0-or-later",
        ],
        "update_tool": "set_policy_decision",
        "field": "decision",
        "val_a": "allow",
        "val_b": "deny",
        "reason_a": "it is dual-licensed MIT, so we can pick MIT",
        "reason_b": "the bundled binary is GPL-3.0, so the dual licence may not apply to what we ship",
        "submit_tool": "submit_attestation",
        "submit_args": {
            "release": "payments-sdk@4.2.0-rc.3",
            "signer": "oss-review-bot",
            "scope": "runtime",
            "date": "2026-11-28",
        },
        "submit_error": "422 Unprocessable Entity: attestation rejected: 1 component(s) with unresolved license status (ffmpeg-static@5.2.0: NOASSERTION)",
        "cosmetic": [
            ("signer", "OSS Review Bot"),
            ("date", "28/11/2026"),
            ("scope", "Runtime"),
            ("release", "payments-sdk@4.2.0-rc.3 "),
        ],
        "prog_errors": [
            "422: field 'scope' must be one of [runtime, build, all]",
            "422: components with NOASSERTION: ffmpeg-static@5.2.0 (set a concluded license or exclude)",
            "422: 'approver' required when any component has decision=exception",
        ],
        "fixes": [
            ("scope", "all"),
            ("exclusions", ["ffmpeg-static@5.2.0"]),
            ("approver", "legal-oncall@corp"),
        ],
        "fix_notes": [
            "the scope value has to be lowercase 'all' for a full release",
            "ffmpeg-static is dev-only, so I'll exclude it with the reason from the SBOM",
            "the jszip exception needs a named approver; legal on-call is on the ticket",
        ],
        "job_tool": "get_scan_status",
        "job_args": {"scan_id": "scn_7f31c2"},
        "stuck": "state=QUEUED position=1 worker=none",
        "list_tool": "list_sbom_components",
        "list_args": {"release": "payments-sdk@4.2.0-rc.3", "license_class": "copyleft"},
        "queues": ("legal-oss", "appsec-triage"),
        "bounce": (
            "License questions about binaries should go through AppSec's SCA triage first.",
            "Licence decisions are owned by Legal OSS; we only triage vulnerabilities.",
        ),
        "ladder": ["oss-review-L1", "legal-oss", "legal-counsel"],
        "question": "Should the attestation cover build-time dependencies, or runtime only?",
        "answer": "Runtime only, like last release.",
        "clar": [
            (
                "Should the attestation cover build-time dependencies, or runtime only?",
                "Runtime only.",
            ),
            (
                "Do you want ffmpeg-static treated as shipped? It is in devDependencies.",
                "No, it's only used in the test fixtures.",
            ),
            (
                "Is a jszip exception acceptable if the MIT option is elected in NOTICE?",
                "Yes, that's what we did for 4.1.",
            ),
            ("Who should sign as approver?", "Put legal-oncall@corp."),
        ],
        "tangents": [
            (
                "license_db_search",
                {"query": "history of the GPL-3.0 anti-tivoisation clause"},
                "4 hits: FSF rationale document (2007); LWN article 'GPLv3 and hardware'; ...",
            ),
            (
                "license_db_search",
                {"query": "most popular licenses on npm 2026"},
                "MIT 61.2%, ISC 11.8%, Apache-2.0 9.9%, BSD-3-Clause 4.1%, ...",
            ),
            (
                "fetch_url",
                {"url": "https://spdx.org/licenses/exceptions-index.html"},
                "SPDX License Exceptions: 389-exception, Autoconf-exception-2.0, Bison-exception-2.2, ...",
            ),
            (
                "license_db_search",
                {"query": "Apache-2.0 patent retaliation clause explained"},
                "Section 3: patent licence terminates if you initiate litigation ...",
            ),
            (
                "fetch_url",
                {"url": "https://opensource.org/licenses/"},
                "OSI Approved Licenses (page 1 of 4): 0BSD, AAL, AFL-3.0, AGPL-3.0, ...",
            ),
        ],
        "narrow": [
            (
                "list_sbom_components",
                {"release": "payments-sdk@4.2.0-rc.3", "license_class": "copyleft"},
                "3 components: readline@8.2 (GPL-3.0-or-later), jszip@3.10.1 (MIT OR GPL-3.0-or-later), ffmpeg-static@5.2.0 (GPL-3.0-or-later)",
            ),
            (
                "sbom_component",
                {"purl": "readline@8.2"},
                "scope: optional (extra 'repl' of cli-tools); not in default install",
            ),
            (
                "sbom_component",
                {"purl": "ffmpeg-static@5.2.0"},
                "scope: devDependencies; used by test/fixtures/encode.spec.ts only; not in published tarball",
            ),
            (
                "sbom_component",
                {"purl": "jszip@3.10.1"},
                "scope: runtime; dual licence; NOTICE may elect MIT",
            ),
            (
                "grep_repo",
                {"pattern": "jszip", "path": "NOTICE"},
                "NOTICE:42: jszip 3.10.1 - used under the MIT License (dual-licensed MIT OR GPL-3.0-or-later)",
            ),
        ],
        "done": "Only jszip ships at runtime and NOTICE already elects MIT for it; readline and ffmpeg-static are not in the published artefact.",
    },
    {
        "name": "ria_tax_loss_harvesting",
        "request": "Please run tax-loss harvesting for the Okafor household accounts before the year-end cutoff, keep it wash-sale safe, and send me the trade list for approval.",
        "ack": "Will do. I'll start with the household's taxable positions and unrealised losses, then check the 30-day windows for wash-sale conflicts.",
        "search_tool": "research_search",
        "query": "substantially identical replacement for VTI",
        "paraphrases": [
            "is ITOT substantially identical to VTI",
            "replacement ETF for VTI wash sale",
            "VTI swap candidate not substantially identical",
            "what can replace VTI without wash sale",
            "VTI tax loss harvest substitute",
        ],
        "search_hit": "1. Firm guidance TLH-07: pairs approved for harvesting: VTI -> SCHB, ITOT; VXUS -> IXUS\n2. IRS Pub 550 p.56 'substantially identical' (no bright-line rule)\n3. Compliance memo 2024-11: avoid same-index swaps within one custodian",
        "refined": [
            (
                "Okafor household lots with unrealised loss over 1000",
                "7 lots: VXUS (2 lots), BND (3 lots), ARKK (1 lot), VTI (1 lot)",
            ),
            (
                "Okafor purchases in last 30 days VXUS BND ARKK VTI",
                "2 hits: BND bought 2026-11-12 via dividend reinvestment (IRA ...4411); VXUS none",
            ),
            (
                "BND DRIP in IRA wash sale rule",
                "Rev. Rul. 2008-5: purchase in IRA within window disallows loss permanently; turn off DRIP or skip BND",
            ),
            (
                "Okafor IRA ...4411 DRIP settings",
                "DRIP: ON for BND, VXUS. Next reinvestment 2026-12-10.",
            ),
        ],
        "entity": "lot",
        "ids": ["LOT-88213", "LOT-88214", "LOT-90102", "LOT-90355", "LOT-91007", "LOT-91562"],
        "get_tool": "get_tax_lot",
        "id_arg": "lot_id",
        "rec": "lot_id={id} symbol={v} qty={n} unrealised={sign}{d}{n}{m}.{c:02d} acquired=2025-0{d}-1{d}",
        "vals": ["VXUS", "BND", "ARKK", "VTI", "BND", "VXUS"],
        "update_tool": "set_replacement",
        "field": "replacement",
        "val_a": "IXUS",
        "val_b": "SPDW",
        "reason_a": "IXUS is on the firm's approved pair list",
        "reason_b": "IXUS tracks a very similar index, so SPDW is the safer choice for wash-sale purposes",
        "submit_tool": "stage_trades",
        "submit_args": {
            "household": "HH-OKAFOR-02",
            "basket": "tlh-2026-12",
            "account": "taxable-...9920",
            "approval": "advisor",
        },
        "submit_error": "409 Conflict: basket tlh-2026-12 blocked: wash-sale check failed for BND (purchase 2026-11-12 in account ira-...4411)",
        "cosmetic": [
            ("basket", "TLH-2026-12"),
            ("approval", "Advisor"),
            ("account", "taxable-9920"),
            ("household", "HH-OKAFOR-02 "),
        ],
        "prog_errors": [
            "400: account 'taxable-9920' not found; use full custodial account id",
            "409: wash-sale check failed for BND (purchase 2026-11-12 in ira-...4411)",
            "400: replacement for VXUS missing; every sell needs a replacement or 'cash'",
        ],
        "fixes": [
            ("account", "taxable-...9920"),
            ("exclude", ["BND"]),
            ("replacements", {"VXUS": "IXUS", "ARKK": "cash", "VTI": "SCHB"}),
        ],
        "fix_notes": [
            "it wants the full custodial id",
            "BND has a DRIP purchase in the IRA inside 30 days, so I'll drop BND from the basket",
            "I need to give a replacement for every sell",
        ],
        "job_tool": "get_optimizer_run",
        "job_args": {"run_id": "opt-5521"},
        "stuck": "status=WAITING_FOR_PRICES feed=closed market=US",
        "list_tool": "list_tax_lots",
        "list_args": {"household": "HH-OKAFOR-02", "min_loss": 1000},
        "queues": ("ops-trading", "compliance-review"),
        "bounce": (
            "Wash-sale determinations need Compliance sign-off before Trading will stage.",
            "Compliance reviews staged baskets only; please stage with Trading first.",
        ),
        "ladder": ["advisor-support", "compliance-review", "cco-office"],
        "question": "Do you want ARKK sold to cash, or replaced with another growth fund?",
        "answer": "Sell to cash, they asked to reduce it anyway.",
        "clar": [
            ("Do you want ARKK sold to cash, or replaced?", "Sell to cash."),
            (
                "The IRA has DRIP on for BND. Should I skip BND, or ask ops to turn off DRIP?",
                "Skip BND this year.",
            ),
            (
                "Is a minimum harvest of $1,000 per lot OK, or do you want a different threshold?",
                "1,000 is fine.",
            ),
            ("Should trades go in today or wait for Monday's open?", "Monday's open."),
        ],
        "tangents": [
            (
                "research_search",
                {"query": "2027 federal capital gains brackets proposals"},
                "3 hits: CBO options book; Tax Foundation blog; ...",
            ),
            (
                "research_search",
                {"query": "history of the wash sale rule 1921"},
                "Revenue Act of 1921 section 214(a)(5) introduced ...",
            ),
            ("get_quote", {"symbol": "NVDA"}, "NVDA last 141.22 chg +1.8% vol 211M"),
            (
                "research_search",
                {"query": "best performing ETFs 2026 YTD"},
                "1. SMH +48%; 2. ARKW +41%; ...",
            ),
            (
                "research_search",
                {"query": "direct indexing vs ETF tax alpha studies"},
                "Vanguard 2022 study: 0.5-1.0% annual tax alpha ...",
            ),
        ],
        "narrow": [
            (
                "list_tax_lots",
                {"household": "HH-OKAFOR-02", "min_loss": 1000},
                "7 lots across 2 taxable accounts, total harvestable loss $18,420.55",
            ),
            (
                "list_transactions",
                {"household": "HH-OKAFOR-02", "since": "2026-10-29"},
                "3 buys: BND (ira-...4411, DRIP, 2026-11-12), VTI (none), AAPL (taxable, unrelated)",
            ),
            (
                "get_account",
                {"account": "ira-...4411"},
                "DRIP enabled: BND, VXUS; next payable 2026-12-10",
            ),
            (
                "check_wash_sale",
                {"symbols": ["VXUS", "ARKK", "VTI"], "window_days": 30},
                "no conflicts for VXUS, ARKK, VTI",
            ),
            (
                "check_wash_sale",
                {"symbols": ["BND"], "window_days": 30},
                "CONFLICT: BND bought 2026-11-12 in ira-...4411",
            ),
        ],
        "done": "VXUS, ARKK and VTI are clean to harvest (about $14.1k); BND conflicts with the IRA DRIP buy on 11-12.",
    },
    {
        "name": "gpu_cloud_capacity_requests",
        "request": "We need 64 more H100s in us-east for the fine-tuning cluster by next week. Can you file the capacity request and get it through?",
        "ack": "Okay. I'll check current allocation and limits for the project in us-east first, then file the request.",
        "search_tool": "docs_search",
        "query": "H100 quota increase approval time us-east",
        "paraphrases": [
            "how long does an H100 limit increase take in us-east",
            "us-east H100 capacity request turnaround",
            "approval SLA for GPU limit increase us-east",
            "time to approve H100 increase request us-east region",
            "H100 us-east request processing time",
        ],
        "search_hit": "1. 'Requesting GPU capacity' - typical review 2-5 business days; large requests (>32 GPUs) need a commitment\n2. 'Regional capacity' - us-east-1 constrained for H100 through Q1\n3. FAQ: requests above 32 need an account team contact",
        "refined": [
            (
                "H100 capacity us-east",
                "12 results: regional availability, quota docs, reservations, ...",
            ),
            (
                "H100 capacity reservation us-east-1 64 GPUs",
                "3 results: 'Capacity blocks' (1-14 days); 'On-demand reservations' (needs commit); 'Quota increase'",
            ),
            (
                "on-demand capacity reservation H100 commitment term",
                "Reservations >= 32 GPUs require 1-month minimum term; approval by account team",
            ),
            (
                "account team contact for project ft-cluster-prod",
                "Account team: TAM j.reyes, case queue 'enterprise-capacity'",
            ),
        ],
        "entity": "request",
        "ids": ["CR-40112", "CR-40113", "CR-40118", "CR-40121", "CR-40127", "CR-40130"],
        "get_tool": "get_capacity_request",
        "id_arg": "request_id",
        "rec": "request {id}: region=us-east-1 family={v} count={n} state=SUBMITTED age_h={m}",
        "vals": ["h100-80gb", "h100-80gb", "a100-80gb", "h100-80gb", "l4", "h100-80gb"],
        "update_tool": "set_request_region",
        "field": "region",
        "val_a": "us-east-1",
        "val_b": "us-east-2",
        "reason_a": "the training data bucket is in us-east-1, so egress is cheaper there",
        "reason_b": "us-east-1 is constrained for H100 through Q1, so us-east-2 may be approved faster",
        "submit_tool": "submit_capacity_request",
        "submit_args": {
            "project": "ft-cluster-prod",
            "family": "h100-80gb",
            "count": 64,
            "region": "us-east-1",
            "justification": "fine-tuning cluster expansion",
        },
        "submit_error": "403 PERMISSION_DENIED: caller sa-capacity-bot lacks 'capacity.requests.create' on billing account 01A9-77C2-XX",
        "cosmetic": [
            ("justification", "Fine-tuning cluster expansion (64x H100)"),
            ("count", "64"),
            ("family", "H100-80GB"),
            ("region", "us-east-1 "),
        ],
        "prog_errors": [
            "400 INVALID_ARGUMENT: family 'h100' unknown; expected one of h100-80gb, h100-94gb",
            "400 FAILED_PRECONDITION: requests over 32 GPUs require 'commitment_months' >= 1",
            "400 FAILED_PRECONDITION: 'contact' required for requests routed to enterprise-capacity",
        ],
        "fixes": [
            ("family", "h100-80gb"),
            ("commitment_months", 1),
            ("contact", "ml-platform-oncall@corp"),
        ],
        "fix_notes": [
            "the family needs the memory suffix",
            "over 32 GPUs needs a commitment, and the user said next week through end of quarter, so one month",
            "it needs a contact; I'll use the ML platform on-call alias from the project labels",
        ],
        "job_tool": "get_request_status",
        "job_args": {"request_id": "CR-40131"},
        "stuck": "state=PENDING_CUSTOMER_ACTION action='attach commitment form'",
        "list_tool": "list_quota_usage",
        "list_args": {"project": "ft-cluster-prod", "region": "us-east-1"},
        "queues": ("enterprise-capacity", "quota-standard"),
        "bounce": (
            "Requests under the enterprise threshold are handled in quota-standard.",
            "Requests over 32 GPUs must go to enterprise-capacity.",
        ),
        "ladder": ["quota-standard", "enterprise-capacity", "tam-escalation"],
        "question": "Should the 64 GPUs be on-demand or is a 1-month commitment acceptable?",
        "answer": "1-month commit is fine, finance approved it.",
        "clar": [
            (
                "Should the 64 GPUs be on-demand or is a 1-month commitment acceptable?",
                "Commit is fine.",
            ),
            (
                "Is us-east-2 acceptable if us-east-1 cannot fit 64?",
                "Yes, but same zone for all 64.",
            ),
            ("Which cost centre should the commitment be billed to?", "CC-4410."),
            ("Who should be the technical contact?", "ml-platform-oncall@corp"),
        ],
        "tangents": [
            (
                "docs_search",
                {"query": "history of NVIDIA Hopper architecture"},
                "Hopper (2022) named after Grace Hopper; transformer engine; ...",
            ),
            (
                "docs_search",
                {"query": "TPU v5p vs H100 benchmarks"},
                "MLPerf 4.0 training results: ...",
            ),
            (
                "get_pricing",
                {"family": "b200", "region": "eu-west-4"},
                "b200: $9.81/GPU-h on-demand (preview)",
            ),
            (
                "docs_search",
                {"query": "liquid cooling data center design"},
                "Direct-to-chip cooling overview ...",
            ),
            ("get_pricing", {"family": "mi300x", "region": "us-central-1"}, "mi300x: $4.89/GPU-h"),
        ],
        "narrow": [
            (
                "list_quota_usage",
                {"project": "ft-cluster-prod", "region": "us-east-1"},
                "h100-80gb: limit 32, used 32; a100-80gb: limit 16, used 4",
            ),
            (
                "get_region_capacity",
                {"region": "us-east-1", "family": "h100-80gb"},
                "status=CONSTRAINED; earliest=2027-01-15",
            ),
            (
                "get_region_capacity",
                {"region": "us-east-2", "family": "h100-80gb"},
                "status=AVAILABLE; zones: us-east-2b (72 free), us-east-2c (16)",
            ),
            ("get_bucket_location", {"bucket": "ft-train-data"}, "location=US (multi-region)"),
            (
                "estimate_egress",
                {"from": "US", "to": "us-east-2"},
                "intra-US multi-region read: $0.00/GB",
            ),
        ],
        "done": "us-east-1 cannot fit 64 until mid-January, but us-east-2b has 72 free and data egress from the US multi-region bucket is free.",
    },
    {
        "name": "edi_purchase_order_rejects",
        "request": "Walmart rejected a bunch of our 855 PO acknowledgements overnight. Can you find out why and get them resent before the 10am cutoff?",
        "ack": "On it. I'll pull last night's 997 functional acks for the rejected 855s and see what the segment errors say.",
        "search_tool": "edi_spec_search",
        "query": "855 BAK02 code meaning AC",
        "paraphrases": [
            "what does BAK02 AC mean in 855",
            "855 acknowledgement type AC definition",
            "BAK segment element 02 value AC",
            "meaning of AC in BAK02 purchase order ack",
            "855 BAK02=AC",
        ],
        "search_hit": "1. BAK02 (353 Transaction Set Purpose / 587 Ack Type): AC = Acknowledge - With Detail and Change\n2. Walmart 855 guide v5.2 p.14: AC requires PO1/ACK loop for every changed line\n3. AD = Acknowledge - With Detail, No Change",
        "refined": [
            ("Walmart 855 rejects", "38 results across partner guides and error catalogues"),
            (
                "Walmart 855 reject AK3 ACK segment",
                "AK3*ACK*12**8 = segment has data element errors (ACK loop)",
            ),
            (
                "Walmart 855 ACK05 required when ACK01 IC",
                "Guide v5.2 p.21: ACK04/ACK05 (date qualifier/date) mandatory when ACK01 = IC (item changed)",
            ),
            (
                "ACK04 date qualifier 068 Walmart",
                "068 = Current Schedule Ship; required format CCYYMMDD",
            ),
        ],
        "entity": "PO",
        "ids": ["4581129933", "4581130012", "4581130107", "4581130288", "4581130391", "4581130455"],
        "get_tool": "get_edi_document",
        "id_arg": "po_number",
        "rec": "ST*855*{n}~BAK*00*AC*{id}*20261127~ ... ACK*IC*{m}*EA*{v}~ (997: AK5*R*5)",
        "vals": ["068", "", "068", "", "", "068"],
        "update_tool": "set_partner_map_option",
        "field": "ack_type",
        "val_a": "AC",
        "val_b": "AD",
        "reason_a": "lines changed quantities, so AC is the correct acknowledgement type",
        "reason_b": "AD avoids the per-line date requirement, so the documents would pass",
        "submit_tool": "resend_855",
        "submit_args": {
            "partner": "WALMART",
            "po_numbers": ["4581130012", "4581130288", "4581130391"],
            "map": "855_walmart_v52",
        },
        "submit_error": "AS2 send failed: MDN negative: 'decryption-failed' (partner cert 2026-11-27 rotated?) msg-id <20261128.0932@edi.acme>",
        "cosmetic": [
            ("map", "855_WALMART_V52"),
            ("po_numbers", ["4581130012", "4581130288", "4581130391", "4581130012"]),
            ("partner", "Walmart"),
            ("map", "855_walmart_v52 "),
        ],
        "prog_errors": [
            "997 AK5*R: AK3*ACK*12 AK4*5*373*1 (ACK05 missing)",
            "997 AK5*R: AK3*N1*4 AK4*4*67*7 (ship-from GLN invalid check digit)",
            "997 AK5*R: AK3*CTT*18 AK4*1*354*5 (CTT01 line count 11, expected 12)",
        ],
        "fixes": [
            ("ack_date_rule", "use_schedule_ship"),
            ("ship_from_gln", "0614141000036"),
            ("ctt_count_mode", "count_po1"),
        ],
        "fix_notes": [
            "ACK05 has to carry the schedule ship date when the line is IC",
            "the ship-from GLN in the partner profile has a wrong check digit",
            "CTT01 should count PO1 lines including the zero-quantity one",
        ],
        "job_tool": "get_batch_status",
        "job_args": {"batch": "855-20261128-0905"},
        "stuck": "state=HELD reason='awaiting_997' sent=0/24",
        "list_tool": "list_rejected_docs",
        "list_args": {"partner": "WALMART", "doc_type": "855", "since": "2026-11-27T18:00"},
        "queues": ("edi-mapping", "partner-onboarding"),
        "bounce": (
            "Partner spec questions belong to onboarding, not mapping.",
            "Map defects are handled by the mapping team.",
        ),
        "ladder": ["edi-l1", "edi-mapping", "vendor-van-support"],
        "question": "Which ship date should go in ACK05: the requested date or our scheduled ship date?",
        "answer": "Our scheduled ship date.",
        "clar": [
            ("Which ship date should go in ACK05?", "Our scheduled ship date."),
            (
                "For zero-quantity lines, send ACK*IR or drop them?",
                "Send IR, Walmart wants every line.",
            ),
            ("Resend all 24, or only the 11 that had changes?", "All 24."),
            ("Should I notify the Walmart EDI contact after resending?", "Yes, cc supply-chain@."),
        ],
        "tangents": [
            (
                "edi_spec_search",
                {"query": "history of ANSI X12 standard"},
                "X12 chartered 1979 by ANSI ...",
            ),
            (
                "edi_spec_search",
                {"query": "EDIFACT ORDRSP vs X12 855 comparison"},
                "ORDRSP (EDIFACT D.96A) equivalent to 855 ...",
            ),
            (
                "edi_spec_search",
                {"query": "Target 856 ASN label requirements"},
                "Target GS1-128 label spec v3 ...",
            ),
            (
                "fetch_url",
                {"url": "https://www.gs1.org/standards/id-keys/gln"},
                "Global Location Number (GLN) - 13 digits ...",
            ),
            (
                "edi_spec_search",
                {"query": "AS4 vs AS2 adoption 2026"},
                "AS4 used in EU e-invoicing ...",
            ),
        ],
        "narrow": [
            (
                "list_rejected_docs",
                {"partner": "WALMART", "doc_type": "855", "since": "2026-11-27T18:00"},
                "24 rejected; all with AK3*ACK*12",
            ),
            ("get_edi_document", {"po_number": "4581130012"}, "ACK*IC*48*EA*068~ (ACK05 empty)"),
            (
                "get_map_version",
                {"map": "855_walmart_v52"},
                "deployed 2026-11-27 17:42 by ci; change: 'refactor date rules'",
            ),
            (
                "diff_map",
                {"map": "855_walmart_v52", "from": "r41", "to": "r42"},
                "- ACK05 <- PO1.schedule_ship_date\n+ ACK05 <- PO1.requested_date (null for changed lines)",
            ),
            (
                "get_edi_document",
                {"po_number": "4581129933"},
                "accepted (sent 17:30, before map r42)",
            ),
        ],
        "done": "map r42, deployed at 17:42 yesterday, pulls ACK05 from the requested date, which is null on changed lines; every reject since then has ACK05 empty.",
    },
]
DOMAINS += [
    {
        "name": "bookkeeping_txn_categorisation",
        "request": "Can you categorise the uncategorised November bank transactions for Fernhill Bakery Ltd so I can close the month? Flag anything you're not sure about.",
        "ack": "Happy to. I'll pull the uncategorised November transactions from the ledger and the bakery's chart of accounts first.",
        "search_tool": "ledger_search",
        "query": "previous categorisation for payee SQ *MILLERS FLOUR",
        "paraphrases": [
            "how was SQ *MILLERS FLOUR categorised before",
            "past account used for Millers Flour payments",
            "Millers Flour prior transactions account code",
            "which account did we use for SQ MILLERS FLOUR",
            "Millers Flour categorisation history",
        ],
        "search_hit": "1. 2026-10-03 SQ *MILLERS FLOUR -412.80 -> 5000 Cost of Sales: Ingredients\n2. 2026-09-05 SQ *MILLERS FLOUR -398.10 -> 5000 Cost of Sales: Ingredients\n3. 2026-08-02 SQ *MILLERS FLOUR -405.55 -> 5000 Cost of Sales: Ingredients",
        "refined": [
            ("AMZN MKTP November", "9 transactions, GBP 1,284.17 total"),
            ("AMZN MKTP November with invoice attached", "6 have receipts in the inbox; 3 without"),
            (
                "AMZN receipts November items",
                "receipts: piping bags, cake boxes x2, label printer, printer rolls, mixer paddle",
            ),
            (
                "AMZN MKTP 2026-11-19 GBP 389.99",
                "receipt: Brother QL-820NWB label printer -> capital item? threshold GBP 250",
            ),
        ],
        "entity": "transaction",
        "ids": ["txn_9f2a11", "txn_9f2a3c", "txn_9f2a7e", "txn_9f2b05", "txn_9f2b41", "txn_9f2b9d"],
        "get_tool": "get_bank_txn",
        "id_arg": "txn_id",
        "rec": 'id={id} date=2026-11-{d:02d} amount=-{m}.{c:02d} payee="{v}" account=null',
        "vals": [
            "SQ *MILLERS FLOUR",
            "AMZN MKTP UK*2K4",
            "HMRC VAT",
            "BT GROUP PLC",
            "STRIPE PAYOUT",
            "TESCO STORES 2291",
        ],
        "update_tool": "set_txn_account",
        "field": "account",
        "val_a": "6300 Repairs & Maintenance",
        "val_b": "0030 Equipment (Fixed Asset)",
        "reason_a": "a mixer repair part is routine maintenance",
        "reason_b": "the invoice also lists the new motor assembly, which could be a capital improvement",
        "submit_tool": "post_journal",
        "submit_args": {
            "company": "fernhill-bakery",
            "period": "2026-11",
            "batch": "auto-cat-1128",
            "lines": 42,
        },
        "submit_error": "400 Bad Request: period 2026-11 is locked (lock date 2026-11-30 set by accountant j.patel); unlock required",
        "cosmetic": [
            ("batch", "AUTO-CAT-1128"),
            ("period", "Nov-2026"),
            ("lines", "42"),
            ("company", "Fernhill Bakery"),
        ],
        "prog_errors": [
            "400: line 17: account 6310 does not exist (did you mean 6300?)",
            "400: line 23: VAT code 'T20' invalid for account 7600 (exempt expense); use 'T2'",
            "400: journal out of balance by 0.01 (rounding on split line 31)",
        ],
        "fixes": [("line_17_account", "6300"), ("line_23_vat", "T2"), ("line_31_amount", "-58.34")],
        "fix_notes": [
            "6310 doesn't exist in this chart; 6300 is the maintenance account",
            "bank charges are exempt, so T2",
            "the split on line 31 needs the penny put back",
        ],
        "job_tool": "get_bank_feed_sync",
        "job_args": {"connection": "conn_barclays_4471"},
        "stuck": "status=AWAITING_REAUTH last_success=2026-11-21T06:00Z",
        "list_tool": "list_uncategorised",
        "list_args": {"company": "fernhill-bakery", "month": "2026-11"},
        "queues": ("bookkeeper-review", "client-queries"),
        "bounce": (
            "Needs client input on what this purchase was; moving to client queries.",
            "Client says ask the bookkeeper; moving back to bookkeeper review.",
        ),
        "ladder": ["auto-categoriser", "bookkeeper-review", "accountant-j.patel"],
        "question": "Was the GBP 389.99 Amazon purchase on 19 Nov the label printer, and is it a business asset?",
        "answer": "Yes, label printer for the shop, business use only.",
        "clar": [
            (
                "Was the GBP 389.99 Amazon purchase on 19 Nov the label printer?",
                "Yes, for the shop.",
            ),
            (
                "Is the Tesco spend on 12 Nov stock (butter/eggs) or staff refreshments?",
                "Stock, we ran out of butter.",
            ),
            (
                "The GBP 600 to 'D HUGHES' - is that a wage, a contractor, or drawings?",
                "Contractor, weekend delivery driver.",
            ),
            ("Should I treat the BT bill as 100% business?", "Yes, it's the shop line."),
        ],
        "tangents": [
            (
                "ledger_search",
                {"query": "2025 bakery industry average gross margin"},
                "BFBi report: 58-65% gross margin ...",
            ),
            (
                "fetch_url",
                {"url": "https://www.gov.uk/guidance/rates-and-allowances-hmrc-approved-mileage"},
                "Approved mileage rates: cars 45p first 10,000 miles ...",
            ),
            (
                "ledger_search",
                {"query": "Making Tax Digital for income tax timeline"},
                "MTD ITSA from April 2026 for income over GBP 50,000 ...",
            ),
            (
                "fetch_url",
                {"url": "https://www.gov.uk/vat-rates"},
                "Standard 20%, reduced 5%, zero 0% ...",
            ),
            ("ledger_search", {"query": "flour price index 2026"}, "ONS PPI flour: +3.2% y/y ..."),
        ],
        "narrow": [
            (
                "list_uncategorised",
                {"company": "fernhill-bakery", "month": "2026-11"},
                "42 uncategorised; 31 match a rule; 11 new payees",
            ),
            (
                "ledger_search",
                {"query": "payee rules fernhill-bakery"},
                "18 rules; 'AMZN MKTP' has no rule (mixed purchases)",
            ),
            (
                "get_bank_txn",
                {"txn_id": "txn_9f2a3c"},
                "AMZN MKTP UK*2K4 -389.99 2026-11-19, receipt: label printer",
            ),
            (
                "get_fixed_asset_policy",
                {"company": "fernhill-bakery"},
                "capitalise items >= GBP 250",
            ),
            (
                "get_bank_txn",
                {"txn_id": "txn_9f2b41"},
                "STRIPE PAYOUT +2,811.40 -> matches sales 2026-11-24..26",
            ),
        ],
        "done": "31 of 42 match existing payee rules; the Amazon label printer is over the GBP 250 threshold so it goes to fixed assets; the rest are ordinary.",
    },
    {
        "name": "property_tax_assessment_appeals",
        "request": "Our warehouse at 1400 Industrial Pkwy got a 38% jump in assessed value. Can you build the comparable-sales case and file the appeal with the county before Dec 15?",
        "ack": "Understood. I'll pull the county's assessment record for the parcel and the notice of value first.",
        "search_tool": "sales_comp_search",
        "query": "industrial warehouse sales within 3 miles 2025-2026",
        "paraphrases": [
            "warehouse sales near 1400 Industrial Pkwy last 2 years",
            "comparable industrial sales 3 mile radius 2025 2026",
            "recent warehouse transactions around the parcel",
            "industrial comps within three miles since 2025",
            "warehouse comparable sales nearby 2025-26",
        ],
        "search_hit": "1. 2210 Commerce Dr - 86,000 sf - $6.45M (2025-08-14) - $75/sf\n2. 55 Rail Spur Rd - 120,500 sf - $9.10M (2025-11-02) - $76/sf\n3. 901 Foundry Ln - 64,200 sf - $5.90M (2026-03-20) - $92/sf",
        "refined": [
            ("industrial sales county 2025-2026", "214 sales"),
            ("industrial sales county 2025-2026 60k-140k sf", "37 sales"),
            (
                "industrial sales 60k-140k sf clear height under 24ft built before 1990",
                "9 sales, median $74/sf",
            ),
            (
                "same filter, arms-length only, excluding sale-leasebacks",
                "6 sales, median $76/sf (subject assessed at $103/sf)",
            ),
        ],
        "entity": "parcel",
        "ids": [
            "14-22-301-007",
            "14-22-301-009",
            "14-27-118-002",
            "15-03-204-011",
            "14-21-455-018",
            "15-09-101-004",
        ],
        "get_tool": "get_parcel",
        "id_arg": "pin",
        "rec": "PIN {id} | class {v} | bldg_sf {n},{c:02d}0 | yr_built 19{m:02d} | assessed ${d}.{c:02d}M",
        "vals": ["5-93", "5-93", "5-90", "5-93", "5-83", "5-93"],
        "update_tool": "set_appeal_basis",
        "field": "basis",
        "val_a": "comparable_sales",
        "val_b": "income_approach",
        "reason_a": "there are six good arms-length sales",
        "reason_b": "the building is fully leased, so the income approach might show a lower value",
        "submit_tool": "file_appeal",
        "submit_args": {
            "pin": "14-22-301-007",
            "tax_year": 2026,
            "basis": "comparable_sales",
            "requested_value": 8150000,
            "filer": "agent-of-owner",
        },
        "submit_error": "403: filer 'agent-of-owner' has no authorisation on file for PIN 14-22-301-007 (Form PTAX-AGT missing)",
        "cosmetic": [
            ("requested_value", "8,150,000"),
            ("basis", "Comparable Sales"),
            ("tax_year", "2026"),
            ("pin", "14223010007"),
        ],
        "prog_errors": [
            "400: attachment 'evidence' required for basis=comparable_sales (min 3 comps)",
            "400: comp 55 Rail Spur Rd missing sale document number",
            "400: requested_value must be a whole number of dollars",
        ],
        "fixes": [
            ("evidence", "comps_1400_industrial.pdf"),
            ("comp_docs", {"55 Rail Spur Rd": "2025R0441982"}),
            ("requested_value", 8150000),
        ],
        "fix_notes": [
            "it needs the comps grid as an attachment",
            "the Rail Spur sale needs its recorder document number",
            "the requested value has to be whole dollars, not 8150000.0",
        ],
        "job_tool": "get_appeal_status",
        "job_args": {"appeal_id": "APL-2026-118842"},
        "stuck": "status=RECEIVED docket=unassigned hearing=null",
        "list_tool": "list_sales",
        "list_args": {"land_use": "industrial", "radius_mi": 3, "from": "2025-01-01"},
        "queues": ("assessor-commercial", "board-of-review"),
        "bounce": (
            "Appeals of the assessor's value must be filed with the Board of Review.",
            "The Board only accepts appeals after the assessor's informal review closes; contact the assessor first.",
        ),
        "ladder": ["assessor-informal-review", "board-of-review", "state-tax-appeal-board"],
        "question": "Do you have the current lease rent roll, in case we need the income approach?",
        "answer": "Yes, I'll attach it, it's one tenant at $6.10/sf NNN.",
        "clar": [
            ("Do you have the current rent roll?", "One tenant, $6.10/sf NNN."),
            (
                "Were there any capital improvements since the last reassessment?",
                "Just a roof patch in 2024, about $40k.",
            ),
            ("Should I request an in-person hearing or a written review?", "Written is fine."),
            ("Whose name goes on the agent authorisation?", "Mine - Dana Whitfield, CFO."),
        ],
        "tangents": [
            (
                "sales_comp_search",
                {"query": "residential sales downtown condos 2026"},
                "142 sales; median $412/sf ...",
            ),
            (
                "fetch_url",
                {"url": "https://en.wikipedia.org/wiki/Property_tax_in_the_United_States"},
                "Property tax in the United States ... history ...",
            ),
            (
                "sales_comp_search",
                {"query": "retail strip center cap rates midwest"},
                "avg cap 7.4% ...",
            ),
            (
                "fetch_url",
                {"url": "https://county.gov/treasurer/payment-options"},
                "Pay online, by mail, or at the Treasurer's office ...",
            ),
            (
                "sales_comp_search",
                {"query": "data center land prices northern virginia"},
                "$2.1M-$3.5M per acre ...",
            ),
        ],
        "narrow": [
            (
                "get_parcel",
                {"pin": "14-22-301-007"},
                "assessed 2025 $7.9M -> 2026 $10.9M; bldg_sf 106,000; yr_built 1978; clear height 20ft",
            ),
            (
                "get_assessor_worksheet",
                {"pin": "14-22-301-007"},
                "method: cost approach; replacement cost new $14.2M; depreciation 23%",
            ),
            (
                "get_assessor_worksheet_detail",
                {"pin": "14-22-301-007", "section": "depreciation"},
                "effective age 18 yrs (assumes 2008 renovation)",
            ),
            (
                "get_permits",
                {"pin": "14-22-301-007"},
                "2008: sign permit only; 2024: roof repair $40k",
            ),
            (
                "list_sales",
                {"land_use": "industrial", "radius_mi": 3, "from": "2025-01-01"},
                "6 arms-length comps 60k-140k sf pre-1990: median $76/sf",
            ),
        ],
        "done": "the assessor used an effective age of 18 years assuming a 2008 renovation that never happened (only a sign permit); the comps support about $76/sf, or $8.06M.",
    },
    {
        "name": "saas_dunning_recovery",
        "request": "Acme Robotics' renewal payment failed three times and their account suspends Friday. Can you work out what's wrong and recover the payment without upsetting them?",
        "ack": "Sure. I'll look up the subscription and the three failed charge attempts first.",
        "search_tool": "billing_search",
        "query": "Acme Robotics failed renewal charge decline code",
        "paraphrases": [
            "why did Acme Robotics renewal payment fail",
            "decline reason for Acme Robotics invoice",
            "Acme Robotics charge failure reason",
            "what is the decline code on the Acme renewal",
            "Acme Robotics payment declined why",
        ],
        "search_hit": "1. in_1QxR82 Acme Robotics - attempt 3 failed - decline_code=do_not_honor\n2. in_1QxR82 attempt 2 failed - do_not_honor\n3. in_1QxR82 attempt 1 failed - do_not_honor",
        "refined": [
            (
                "Acme Robotics payment methods",
                "2 cards: visa ...4242 (default, exp 11/26), amex ...1005 (exp 08/28)",
            ),
            (
                "Acme Robotics card 4242 expiry vs renewal date",
                "renewal 2026-11-20; card expires 11/26 (valid through 2026-11-30)",
            ),
            (
                "Acme Robotics renewal amount vs previous",
                "renewal $48,600 vs last year $12,150 (seat count 50 -> 200 on 2026-10-02)",
            ),
            (
                "issuer limits do_not_honor large amount corporate visa",
                "do_not_honor often returned for per-transaction limit; ask cardholder to call issuer or use ACH",
            ),
        ],
        "entity": "invoice",
        "ids": ["in_1QxR82", "in_1QxR90", "in_1Qy0A4", "in_1Qy0C9", "in_1Qy1F2", "in_1Qy1K7"],
        "get_tool": "get_invoice",
        "id_arg": "invoice_id",
        "rec": '{{"id": "{id}", "status": "{v}", "amount_due": {n}{m:02d}00, "attempt_count": {d}}}',
        "vals": ["open", "open", "paid", "open", "uncollectible", "open"],
        "update_tool": "set_retry_schedule",
        "field": "schedule",
        "val_a": "smart_retries",
        "val_b": "fixed_daily",
        "reason_a": "smart retries time attempts to when the issuer is likely to approve",
        "reason_b": "a fixed daily retry gets more attempts in before Friday",
        "submit_tool": "retry_payment",
        "submit_args": {
            "invoice": "in_1QxR82",
            "payment_method": "pm_visa_4242",
            "off_session": True,
        },
        "submit_error": "card_declined: do_not_honor (issuer: JPMORGAN CHASE) charge ch_3QyA..",
        "cosmetic": [
            ("off_session", "true"),
            ("payment_method", "pm_visa_4242 "),
            ("invoice", "IN_1QXR82"),
            ("idempotency_key", "retry-acme-2"),
        ],
        "prog_errors": [
            "invalid_request_error: payment_method pm_amex_1005 is not attached to customer cus_Acme01",
            "invalid_request_error: invoice in_1QxR82 has a pending payment intent; cancel it first",
            "authentication_required: card requires 3DS; use a hosted payment link",
        ],
        "fixes": [
            ("payment_method", "pm_amex_1005 (attached)"),
            ("cancel_pending", True),
            ("via", "hosted_link"),
        ],
        "fix_notes": [
            "the Amex isn't attached yet; I'll attach it from the saved setup intent",
            "the old payment intent is still pending; cancel it",
            "the Amex needs 3DS, so it has to be a hosted link the customer completes",
        ],
        "job_tool": "get_payment_intent",
        "job_args": {"payment_intent": "pi_3QyB11"},
        "stuck": "status=requires_action next_action=redirect_to_url",
        "list_tool": "list_invoices",
        "list_args": {"customer": "cus_Acme01", "status": "open"},
        "queues": ("billing-support", "customer-success"),
        "bounce": (
            "Customer relationship contact should come from their CSM.",
            "Payment failures are billing's to resolve.",
        ),
        "ladder": ["billing-support", "collections-specialist", "finance-controller"],
        "question": "Can I contact Acme's billing contact directly, or should it go through their CSM?",
        "answer": "Go through their CSM, Priya.",
        "clar": [
            (
                "Can I contact Acme's billing contact directly, or through their CSM?",
                "Through Priya, the CSM.",
            ),
            ("Can I offer to split the $48,600 into two charges?", "Yes, two halves is fine."),
            (
                "Can suspension be pushed past Friday if they're actively paying?",
                "Yes, up to 7 days.",
            ),
            ("Should I switch their default to the Amex afterwards?", "Only if they confirm."),
        ],
        "tangents": [
            (
                "billing_search",
                {"query": "industry average involuntary churn rate SaaS"},
                "Recurly benchmark: 0.8% monthly ...",
            ),
            (
                "fetch_url",
                {"url": "https://en.wikipedia.org/wiki/Interchange_fee"},
                "Interchange fee ... history ...",
            ),
            ("billing_search", {"query": "all customers with amex cards"}, "1,204 customers ..."),
            (
                "billing_search",
                {"query": "pricing page A/B test results Q3"},
                "variant B +4.1% trial starts ...",
            ),
            ("fetch_url", {"url": "https://stripe.com/blog"}, "Stripe blog: latest posts ..."),
        ],
        "narrow": [
            (
                "get_invoice",
                {"invoice_id": "in_1QxR82"},
                "amount_due 4860000 (USD 48,600.00); attempt_count 3; all do_not_honor",
            ),
            (
                "get_subscription_history",
                {"customer": "cus_Acme01"},
                "2026-10-02 seats 50 -> 200 (upgrade by admin)",
            ),
            (
                "list_charges",
                {"customer": "cus_Acme01", "limit": 10},
                "last successful: $12,150.00 (2025-11-20) on visa ...4242",
            ),
            (
                "get_card_details",
                {"payment_method": "pm_visa_4242"},
                "funding: credit; brand: visa; type: corporate; issuer: JPMORGAN CHASE",
            ),
            (
                "billing_search",
                {"query": "do_not_honor corporate card 4x previous amount"},
                "likely per-transaction limit at issuer",
            ),
        ],
        "done": "the renewal is four times last year's after the October seat upgrade, and a corporate Visa returning do_not_honor on every attempt points to a per-transaction limit at the issuer.",
    },
    {
        "name": "pos_terminal_support",
        "request": "Hi, our card terminal at the Elm Street cafe keeps saying 'Host unavailable' since this morning and we're losing sales. Can you help?",
        "ack": "Sorry about that, let's get you taking cards again. I'll look up the Elm Street terminal and its recent connection log.",
        "search_tool": "kb_search",
        "query": "Host unavailable error on terminal",
        "paraphrases": [
            "terminal shows Host unavailable",
            "fix for 'Host unavailable' on card reader",
            "card machine host unavailable message",
            "Host unavailable troubleshooting",
            "what causes Host unavailable on payment terminal",
        ],
        "search_hit": "1. KB-2231 'Host unavailable': check network, restart terminal, verify TID config\n2. KB-1907 Network troubleshooting for countertop terminals\n3. KB-2040 Reboot and parameter download",
        "refined": [
            ("Host unavailable", "KB-2231, KB-1907, KB-2040 ..."),
            (
                "Host unavailable model V400m firmware 4.9",
                "KB-2290: firmware 4.9.2 TLS cipher issue with acquirer host",
            ),
            (
                "V400m 4.9.2 TLS after 2026-11-27 acquirer change",
                "Acquirer disabled TLS_RSA ciphers on 2026-11-28 00:00 UTC; 4.9.2 affected",
            ),
            ("V400m upgrade to 4.9.5 remote", "remote update supported via TMS push; takes ~8 min"),
        ],
        "entity": "terminal",
        "ids": [
            "TID-40017731",
            "TID-40017732",
            "TID-40018120",
            "TID-40019544",
            "TID-40019545",
            "TID-40021002",
        ],
        "get_tool": "get_terminal",
        "id_arg": "tid",
        "rec": "TID {id} model=V400m fw={v} last_seen={m}m ago ip=10.0.{d}.{n} status=ONLINE",
        "vals": ["4.9.2", "4.9.2", "4.9.5", "4.9.2", "4.9.5", "4.9.2"],
        "update_tool": "set_terminal_network",
        "field": "network_mode",
        "val_a": "wifi",
        "val_b": "ethernet",
        "reason_a": "the log shows ethernet link flapping",
        "reason_b": "wifi had packet loss earlier, so ethernet may be more stable",
        "submit_tool": "push_parameter_download",
        "submit_args": {"tid": "TID-40017731", "profile": "cafe-standard-v7", "force": True},
        "submit_error": "TMS error 1043: terminal TID-40017731 did not respond to wake-up (last heartbeat 3h 12m ago)",
        "cosmetic": [
            ("profile", "CAFE-STANDARD-V7"),
            ("force", "yes"),
            ("tid", "40017731"),
            ("profile", "cafe-standard-v7 "),
        ],
        "prog_errors": [
            "TMS error 2001: profile 'cafe-standard-v6' retired; use v7",
            "TMS error 2010: merchant MID 8840012 not linked to profile v7",
            "TMS error 2204: terminal busy (transaction in progress); retry when idle",
        ],
        "fixes": [("profile", "cafe-standard-v7"), ("link_mid", "8840012"), ("when", "idle")],
        "fix_notes": [
            "v6 has been retired, use v7",
            "the MID needs linking to the v7 profile",
            "the terminal was mid-transaction; schedule it for idle",
        ],
        "job_tool": "get_tms_job",
        "job_args": {"job_id": "tms-77120"},
        "stuck": "state=PENDING target=TID-40017731 reason='device offline'",
        "list_tool": "list_terminal_events",
        "list_args": {"tid": "TID-40017731", "since": "2026-11-28T06:00:00Z"},
        "queues": ("merchant-support-l2", "acquirer-helpdesk"),
        "bounce": (
            "Host connectivity errors are on the acquirer side; transferring to acquirer helpdesk.",
            "Terminal configuration is managed by the terminal provider; returning to merchant support.",
        ),
        "ladder": ["merchant-support-l1", "merchant-support-l2", "terminal-engineering"],
        "question": "Is the terminal plugged into the router by cable, or on wifi?",
        "answer": "Cable, same as always.",
        "clar": [
            ("Is the terminal on cable or wifi?", "Cable."),
            ("Can you read me the firmware version under Menu > About?", "It says 4.9.2."),
            (
                "Is it OK if I push an update now? It takes about 8 minutes and you can't take cards during it.",
                "Yes, go ahead, it's quiet.",
            ),
            ("Could you run a test sale of 1.00 once it restarts?", "Done, it says APPROVED."),
        ],
        "tangents": [
            (
                "kb_search",
                {"query": "how to set up tipping on receipts"},
                "KB-1102 Enabling tip prompts ...",
            ),
            (
                "kb_search",
                {"query": "PCI DSS 4.0 changes summary"},
                "PCI DSS v4.0: 64 new requirements ...",
            ),
            (
                "kb_search",
                {"query": "Elm Street cafe loyalty program setup"},
                "KB-3300 loyalty integration ...",
            ),
            ("kb_search", {"query": "terminal paper roll sizes"}, "57x40mm thermal rolls ..."),
            (
                "fetch_url",
                {"url": "https://status.acquirer.example/history"},
                "Incident history: 2026-10-14 degraded auth (resolved) ...",
            ),
        ],
        "narrow": [
            (
                "list_terminal_events",
                {"tid": "TID-40017731", "since": "2026-11-28T06:00:00Z"},
                "06:58 TLS handshake failure (alert 40) x 212; network up",
            ),
            (
                "get_terminal",
                {"tid": "TID-40017731"},
                "fw=4.9.2; network ethernet up; gateway reachable",
            ),
            (
                "kb_search",
                {"query": "TLS alert 40 handshake failure V400m"},
                "KB-2290: fw 4.9.2 uses TLS_RSA ciphers",
            ),
            (
                "get_acquirer_notice",
                {"id": "AQ-2026-11-09"},
                "TLS_RSA_* ciphers disabled from 2026-11-28 00:00 UTC",
            ),
            (
                "list_terminals",
                {"merchant": "8840012", "fw": "4.9.2"},
                "2 terminals on 4.9.2: TID-40017731, TID-40017732",
            ),
        ],
        "done": "the acquirer disabled the old TLS ciphers at midnight and both Elm Street terminals are still on firmware 4.9.2, which only offers those.",
    },
]


SEED = 4949


class Row:
    def __init__(self, row_id, domain):
        self.rng = random.Random("%d:%s" % (SEED, row_id))
        self.d = domain
        self.t = datetime(2026, 11, 28, 7, 0, 0, tzinfo=UTC) + timedelta(
            minutes=self.rng.randint(0, 600)
        )
        self.style = self.rng.randrange(5)
        self.ts_style = self.rng.randrange(5)
        self.id_style = self.rng.randrange(5)
        self.steps = []
        self.recs = {}

    # noise -----------------------------------------------------------------
    def tick(self, lo=2, hi=40):
        self.t += timedelta(seconds=self.rng.randint(lo, hi), milliseconds=self.rng.randint(0, 999))

    def ts(self):
        t = self.t
        s = self.ts_style
        if s == 0:
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        if s == 1:
            return str(int(t.timestamp() * 1000))
        if s == 2:
            return t.strftime("%a, %d %b %Y %H:%M:%S GMT")
        if s == 3:
            return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
        return t.strftime("%d/%b/%Y:%H:%M:%S +0000")

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def rid(self):
        s = self.id_style
        if s == 0:
            return "req_" + self.hexs(14)
        if s == 1:
            return "%s-%s-4%s-%s-%s" % (
                self.hexs(8),
                self.hexs(4),
                self.hexs(3),
                self.rng.choice("89ab") + self.hexs(3),
                self.hexs(12),
            )
        if s == 2:
            return "01J" + "".join(
                self.rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23)
            )
        if s == 3:
            return "Root=1-%s-%s" % (self.hexs(8), self.hexs(24))
        return self.hexs(32)

    def wrap(self, tool, body, error=False, code=None):
        self.tick()
        ms = self.rng.randint(18, 1900)
        if self.rng.random() < 0.2:
            body = body + self.rng.choice(["\n", " ", "\n\n", "\t"])
        rid = self.rid()
        s = self.style
        if s == 0:
            key = "error" if error else "result"
            items = [("ok", not error), ("request_id", rid), (key, body), ("latency_ms", ms)]
            if self.rng.random() < 0.35:
                self.rng.shuffle(items)
            return json.dumps(dict(items))
        if s == 1:
            status = code or (500 if error else 200)
            reason = {200: "OK", 202: "Accepted", 400: "Bad Request", 403: "Forbidden"}.get(
                status, "Error" if error else "OK"
            )
            return "HTTP/1.1 %d %s\nx-request-id: %s\ndate: %s\nx-response-time: %dms\n\n%s" % (
                status,
                reason,
                rid,
                self.ts(),
                ms,
                body,
            )
        if s == 2:
            lvl = "ERROR" if error else "INFO"
            return "[%s] %s %s %s rid=%s dur=%.3fs\n%s" % (
                self.ts(),
                lvl,
                tool,
                "failed" if error else "ok",
                rid,
                ms / 1000,
                body,
            )
        if s == 3:
            pad = "  " if self.rng.random() < 0.3 else " "
            return "%s\n--%s%d ms | trace %s | %s" % (body, pad, ms, rid, self.ts())
        meta = {"trace": rid, "elapsed": "%.2fs" % (ms / 1000), "at": self.ts()}
        if error:
            return json.dumps({"meta": meta, "errors": [{"message": body}]}, indent=1)
        return json.dumps({"data": body, "meta": meta})

    def shuffled(self, args):
        items = list(args.items())
        if self.rng.random() < 0.5:
            self.rng.shuffle(items)
        return dict(items)

    # steps -----------------------------------------------------------------
    def say(self, text, obs=None):
        step = {"kind": "llm", "text": text}
        if obs is not None:
            step["observation"] = obs
        self.steps.append(step)

    def call(self, tool, args, body, error=False, code=None, raw=False):
        obs = body if raw else self.wrap(tool, body, error, code)
        self.steps.append(
            {"kind": "tool", "tool": tool, "args": args, "observation": obs, "error": error}
        )
        return obs

    # domain helpers --------------------------------------------------------
    def rec(self, i):
        if i in self.recs:
            return self.recs[i]
        d = self.d
        r = self.rng
        self.recs[i] = d["rec"].format(
            id=d["ids"][i],
            v=d["vals"][i],
            n=r.randint(11, 98),
            m=r.randint(10, 89),
            c=r.randint(0, 99),
            d=r.randint(1, 9),
            sign="-",
        )
        return self.recs[i]

    def get(self, i, extra=None, body=None):
        d = self.d
        args = {d["id_arg"]: d["ids"][i]}
        if extra:
            args.update(extra)
        return self.call(d["get_tool"], args, body if body is not None else self.rec(i))

    def search(self, q, body=None):
        d = self.d
        return self.call(d["search_tool"], {"query": q}, body or d["search_hit"])

    def listing(self, k=5):
        d = self.d
        lines = ["%s  %s" % (d["ids"][i], d["vals"][i]) for i in range(k)]
        return self.call(
            d["list_tool"],
            dict(d["list_args"]),
            "%d %ss\n%s" % (k, d["entity"], "\n".join(lines)),
        )

    def open(self, *what):
        d = self.d
        self.say(d["ack"], obs=d["request"])
        for w in what:
            if w == "get":
                self.get(0)
            elif w == "search":
                self.search(d["query"])
            elif w == "list":
                self.listing()


def tname(tool):
    return tool.replace("_", " ")


# loop kinds --------------------------------------------------------------------
def loop_exact_repeat(r):
    d = r.d
    r.open("get", "search")
    text = "Before I go further I want to re-read %s %s, since the decision depends on it." % (
        d["entity"],
        d["ids"][1],
    )
    args = {d["id_arg"]: d["ids"][1]}
    obs = r.wrap(d["get_tool"], r.rec(1))
    for _ in range(r.rng.randint(4, 6)):
        r.say(text)
        r.call(d["get_tool"], dict(args), obs, raw=True)


def loop_paraphrased_lookup(r):
    d = r.d
    r.open("get", "search")
    lines = [
        "That doesn't quite settle it. Let me look it up another way.",
        "I still need to confirm this before moving on; searching again with different wording.",
        "Let me double-check that with one more search.",
        "I want to be certain here, so I'll rephrase the query.",
        "One more lookup to make sure I have this right.",
    ]
    r.rng.shuffle(lines)
    for i, q in enumerate(d["paraphrases"][: r.rng.randint(4, 5)]):
        if i != 2:
            r.say(lines[i % len(lines)])
        r.search(q)


def loop_abab_oscillation(r):
    d = r.d
    r.open("get", "search")
    a, b = d["val_a"], d["val_b"]
    tool = d["update_tool"]
    cur = "unset"
    seq = [a, b, a, b, a, b, a]
    for i, v in enumerate(seq):
        if i in (0, 1, 2, 4, 5):
            why = d["reason_a"] if v == a else d["reason_b"]
            lead = (
                "I'll set"
                if i == 0
                else r.rng.choice(
                    [
                        "On reflection, I'll change it to",
                        "Actually, switching back to",
                        "Let me revert to",
                    ]
                )
            )
            r.say("%s %s = %s: %s." % (lead, d["field"], v, why))
        args = r.shuffled({d["id_arg"]: d["ids"][0], d["field"]: v})
        r.call(
            tool,
            args,
            "updated %s %s: %s %s -> %s" % (d["entity"], d["ids"][0], d["field"], cur, v),
        )
        cur = v


def loop_repeated_error(r):
    d = r.d
    r.open("get", "search")
    r.say("Everything checks out, so I'll submit now with %s." % d["submit_tool"])
    retry = [
        "That failed. Retrying.",
        "Still failing; trying again.",
        "Let me retry once more, it may be transient.",
        "Retrying the submission.",
    ]
    for i in range(5):
        if i in (1, 2, 4):
            r.say(retry[i % len(retry)])
        r.call(d["submit_tool"], dict(d["submit_args"]), d["submit_error"], error=True, code=400)


def loop_same_action_same_observation(r):
    d = r.d
    r.open("get", "search")
    r.say("Let me check where the %s stands." % tname(d["job_tool"]).replace("get ", ""))
    msgs = [
        "It's still showing the same state. Checking again.",
        "No change yet; I'll look again.",
        "Still the same. Let me re-check.",
        "Status unchanged. Checking once more.",
    ]
    for i in range(6):
        r.call(d["job_tool"], r.shuffled(dict(d["job_args"])), d["stuck"])
        if i < 5 and i != 2:
            r.say(msgs[i % len(msgs)])


def loop_identical_monologue(r):
    d = r.d
    r.open("get", "search")
    r.say(
        "Thanks for waiting. I've reviewed %s %s and the reference material."
        % (d["entity"], d["ids"][0])
    )
    text = (
        "I have what I need. Next I'll run %s for %s and then report back to you with the outcome."
        % (
            tname(d["submit_tool"]),
            d["ids"][0],
        )
    )
    for _ in range(r.rng.randint(5, 7)):
        r.say(text)


def loop_identical_tool_calls(r):
    d = r.d
    r.open("search", "list")
    r.say("I'll pull the full record for %s %s." % (d["entity"], d["ids"][2]))
    body = r.rec(2)
    for _ in range(r.rng.randint(6, 8)):
        args = r.shuffled(
            {d["id_arg"]: d["ids"][2], "include": ["history", "notes"], "fresh": True}
        )
        r.call(d["get_tool"], args, body)


def page_body(r, items, cursor):
    d = r.d
    lines = ["- %s (%s)" % (d["ids"][i], d["vals"][i] or "n/a") for i in items]
    return "items:\n%s\nnext_cursor: %s" % ("\n".join(lines), cursor or "null")


def loop_cursor_reset_pagination(r):
    d = r.d
    r.open("get")
    cur = "c_" + r.hexs(10)
    r.say("I'll page through the full list so nothing is missed.")
    r.call(d["list_tool"], dict(d["list_args"], limit=2), page_body(r, [0, 1], cur))
    notes = [
        "Got the first page. Fetching the next page.",
        "Moving on to the next page of results.",
        "Continuing to the next page.",
        "Fetching the remaining %ss." % d["entity"],
    ]
    for i in range(5):
        if i != 3:
            r.say(notes[i % len(notes)])
        args = dict(d["list_args"], limit=2)
        if i % 2:
            args["page"] = 1
        r.call(d["list_tool"], r.shuffled(args), page_body(r, [0, 1], "c_" + r.hexs(10)))


def loop_cosmetic_retry(r):
    d = r.d
    r.open("get", "search")
    r.say("Submitting now.")
    args = dict(d["submit_args"])
    r.call(d["submit_tool"], dict(args), d["submit_error"], error=True, code=400)
    leads = [
        "Perhaps the %s format is the problem. Trying %r.",
        "It might be picky about %s; let me send %r instead.",
        "Let me try %s as %r in case it's a formatting issue.",
        "One more variation: %s = %r.",
    ]
    for i, (k, v) in enumerate(d["cosmetic"]):
        r.say(leads[i % len(leads)] % (k, v))
        args = dict(args)
        args[k] = v
        r.call(d["submit_tool"], r.shuffled(args), d["submit_error"], error=True, code=400)


def loop_reverify_completed(r):
    d = r.d
    r.open("get", "search")
    r.say("I'll set %s to %s on %s." % (d["field"], d["val_a"], d["ids"][0]))
    r.call(
        d["update_tool"],
        {d["id_arg"]: d["ids"][0], d["field"]: d["val_a"]},
        "updated %s: %s=%s (version 7)" % (d["ids"][0], d["field"], d["val_a"]),
    )
    body = "%s %s: %s=%s version=7 updated_by=agent" % (
        d["entity"],
        d["ids"][0],
        d["field"],
        d["val_a"],
    )
    msgs = [
        "Let me verify the change took.",
        "Confirmed. Let me check once more just to be safe.",
        "It shows %s. I'll re-read it to be completely sure." % d["val_a"],
        "Looks right. One more verification before I report back.",
        "I want to be certain it persisted; checking again.",
    ]
    for m in msgs[: r.rng.randint(4, 5)]:
        r.say(m)
        r.get(0, body=body)


def loop_reasked_question(r):
    d = r.d
    r.open("get", "search")
    q = d["question"]
    r.say("Quick question before I continue: %s" % q)
    ans = d["answer"]
    replies = [
        ans,
        "I just told you: " + ans,
        "Same answer as before. " + ans,
        "As I said, " + ans[0].lower() + ans[1:],
        ans,
    ]
    leads = [
        "Thanks! Just to confirm:",
        "Got it. Before I proceed:",
        "Understood. One thing I need to check:",
        "Thanks. To make sure I get this right:",
        "Okay. Quick question:",
    ]
    for i in range(5):
        r.say("%s %s" % (leads[i], q), obs=replies[i])
        if i == 2:
            r.get(0)


def loop_handoff_ping_pong(r):
    d = r.d
    r.open("get", "search")
    tk = "SUP-%d" % r.rng.randint(10000, 99999)
    q1, q2 = d["queues"]
    b1, b2 = d["bounce"]
    r.say("This needs a specialist team. I'll route ticket %s to %s." % (tk, q1))
    for cyc in range(2):
        r.call(
            "route_ticket",
            r.shuffled({"ticket": tk, "queue": q1}),
            "ticket %s assigned to queue %s" % (tk, q1),
        )
        r.call(
            "get_ticket",
            {"ticket": tk},
            'status=RETURNED queue=triage note="%s: %s" suggested=%s' % (q1, b1, q2),
        )
        if cyc == 0:
            r.say("%s returned it and pointed to %s. Routing there." % (q1, q2))
        r.call(
            "route_ticket",
            r.shuffled({"ticket": tk, "queue": q2}),
            "ticket %s assigned to queue %s" % (tk, q2),
        )
        r.call(
            "get_ticket",
            {"ticket": tk},
            'status=RETURNED queue=triage note="%s: %s" suggested=%s' % (q2, b2, q1),
        )
        r.say("%s says it belongs with %s. Sending it back to %s." % (q2, q1, q1))
    r.call(
        "route_ticket",
        r.shuffled({"ticket": tk, "queue": q1}),
        "ticket %s assigned to queue %s" % (tk, q1),
    )


def loop_rabbit_hole_drift(r):
    d = r.d
    r.open("get", "search")
    leads = [
        "Before going further, some background would help.",
        "Interesting. While I'm at it, it's worth understanding the wider context.",
        "This is related, so I'll take a quick look.",
        "That raises another question worth checking.",
        "Let me also look into this, it could be relevant later.",
    ]
    for i, (tool, args, body) in enumerate(d["tangents"]):
        r.say(leads[i])
        r.call(tool, args, body)


# progress kinds ----------------------------------------------------------------
def prog_rerun_after_fix(r):
    d = r.d
    r.open("get")
    ids = d["ids"]
    open_ = [1, 2, 3]
    r.say(
        "I'll run the check over the whole list, fix each flagged %s, and re-run it." % d["entity"]
    )

    def check():
        lines = ["%s: needs %s" % (ids[i], d["field"]) for i in open_]
        r.call(
            d["list_tool"],
            dict(d["list_args"], flagged=True),
            "%d flagged\n%s" % (len(open_), "\n".join(lines) or "(none)"),
        )

    check()
    for i in [1, 2, 3]:
        v = d["val_a"] if i % 2 else d["val_b"]
        r.call(
            d["update_tool"],
            {d["id_arg"]: ids[i], d["field"]: v},
            "updated %s: %s=%s" % (ids[i], d["field"], v),
        )
        open_.remove(i)
        check()
        if i == 2:
            r.say("Two done, one left.")
    r.say(
        "The check is clean now: all three flagged %ss are fixed (%s)."
        % (d["entity"], ", ".join(ids[1:4]))
    )


def prog_refined_queries(r):
    d = r.d
    r.open("get")
    leads = [
        "That's too broad. Let me narrow it.",
        "Closer. I'll add the next constraint.",
        "Good, that points somewhere specific. One more refinement.",
    ]
    for i, (q, body) in enumerate(d["refined"]):
        if i > 0:
            r.say(leads[i - 1] + " Last result: " + body.split("\n")[0][:90])
        r.search(q, body)
    r.say("Found it. " + d["refined"][-1][1])


def prog_alternating_batch_work(r):
    d = r.d
    r.open("search", "list")
    r.say(
        "I'll go through them one at a time: read each %s, then set %s." % (d["entity"], d["field"])
    )
    for i in range(1, 5):
        r.get(i)
        v = d["val_a"] if i % 2 else d["val_b"]
        r.call(
            d["update_tool"],
            r.shuffled({d["id_arg"]: d["ids"][i], d["field"]: v}),
            "updated %s: %s=%s" % (d["ids"][i], d["field"], v),
        )
    r.say("All four are updated: %s." % ", ".join(d["ids"][1:5]))


def prog_retry_until_recovered(r):
    d = r.d
    r.open("get", "search")
    r.say("Submitting with %s." % d["submit_tool"])
    a = dict(d["submit_args"])
    r.call(
        d["submit_tool"],
        a,
        "503 Service Unavailable: upstream timeout; Retry-After: 2",
        error=True,
        code=503,
    )
    r.say("A 503 with Retry-After: 2. I'll wait and retry.")
    r.call("wait", {"seconds": 2}, "slept 2.0s", raw=True)
    r.call(
        d["submit_tool"],
        r.shuffled(a),
        "429 Too Many Requests: rate limit 5/min; Retry-After: 12",
        error=True,
        code=429,
    )
    r.say("Now rate-limited, a different error; it says 12 seconds. Backing off.")
    r.call("wait", {"seconds": 12}, "slept 12.0s", raw=True)
    r.call(
        d["submit_tool"],
        r.shuffled(a),
        "accepted: id=%s-%d state=SUBMITTED" % (d["entity"], r.rng.randint(1000, 9999)),
    )
    r.call(d["job_tool"], dict(d["job_args"]), "state=PROCESSING accepted_at=%s" % r.ts())
    r.say("It went through on the third attempt and is processing now.")


POLL = {
    "oss_license_compliance": ("get_scan_status", {"scan_id": "scn_7f31c2"}, "files"),
    "ria_tax_loss_harvesting": ("get_optimizer_run", {"run_id": "opt-5521"}, "lots"),
    "gpu_cloud_capacity_requests": ("get_provisioning_op", {"operation": "op-88112"}, "GPUs"),
    "edi_purchase_order_rejects": ("get_batch_status", {"batch": "855-20261128-0905"}, "documents"),
    "bookkeeping_txn_categorisation": ("get_import_job", {"job": "imp_nov_0412"}, "transactions"),
    "property_tax_assessment_appeals": ("get_evidence_upload", {"upload_id": "upl-7731"}, "pages"),
    "saas_dunning_recovery": ("get_bulk_retry_job", {"job": "bulk_retry_0931"}, "invoices"),
    "pos_terminal_support": ("get_tms_job", {"job_id": "tms-77120"}, "blocks"),
}


def prog_polling_with_progress(r):
    d = r.d
    tool, args, unit = POLL[d["name"]]
    r.open("get", "search")
    r.say("I'll call %s, then poll the job with a growing wait." % d["submit_tool"])
    total = r.rng.randint(40, 400)
    r.call(d["submit_tool"], dict(d["submit_args"]), "accepted; job=%s" % next(iter(args.values())))
    pct = [r.rng.randint(5, 15), r.rng.randint(30, 45), r.rng.randint(65, 85)]
    waits = [5, 10, 20]
    for p, w in zip(pct, waits, strict=True):
        r.call(
            tool,
            r.shuffled(dict(args)),
            "state=RUNNING processed=%d/%d %s (%d%%)" % (total * p // 100, total, unit, p),
        )
        r.call("wait", {"seconds": w}, "ok (%ds)" % w, raw=True)
    r.call(tool, dict(args), "state=COMPLETED processed=%d/%d %s errors=0" % (total, total, unit))
    r.say("Done: all %d %s processed with no errors." % (total, unit))


def prog_status_updates_to_user(r):
    d = r.d
    r.open("list")
    nudges = ["ok, next", "go on", "sounds good. next?", "ok", "and the last one?"]
    r.say(
        "There are five to go through. Starting with %s %s: %s"
        % (d["entity"], d["ids"][0], r.rec(0))
    )
    for i in range(1, 5):
        r.say(
            "Next, %s %s: %s. Shall I continue?" % (d["entity"], d["ids"][i], r.rec(i)),
            obs=nudges[i - 1],
        )
    r.say("That's all five. Summary: %s" % d["done"], obs=nudges[4])


def prog_per_item_batch_calls(r):
    d = r.d
    r.open("search", "list")
    r.say("I'll fetch each of the six %ss in turn." % d["entity"])
    for i in range(6):
        r.get(i, extra={"include": ["history", "notes"]})
    r.say("I have all six records. %s" % d["done"])


def prog_cursor_advancing_pagination(r):
    d = r.d
    r.open("get")
    r.say("I'll page through everything, two at a time.")
    cur = None
    for p in range(3):
        nxt = None if p == 2 else "c_" + r.hexs(10)
        args = dict(d["list_args"], limit=2)
        if cur:
            args["cursor"] = cur
        r.call(d["list_tool"], r.shuffled(args), page_body(r, [2 * p, 2 * p + 1], nxt))
        if nxt:
            r.say("Page %d done. Continuing from cursor %s." % (p + 1, nxt))
        cur = nxt
    r.say("That's the end of the list (next_cursor is null): 6 %ss in total." % d["entity"])


def prog_fix_each_validation_error(r):
    d = r.d
    r.open("get", "search")
    r.say("Submitting.")
    args = dict(d["submit_args"])
    for i in range(3):
        r.call(d["submit_tool"], r.shuffled(args), d["prog_errors"][i], error=True, code=400)
        r.say(
            "New error this time: %s. Fixing it."
            % (d["fix_notes"][i][0].upper() + d["fix_notes"][i][1:])
        )
        k, v = d["fixes"][i]
        args = dict(args)
        args[k] = v
    r.call(
        d["submit_tool"],
        r.shuffled(args),
        "accepted; reference %s-%d" % (d["entity"].upper()[:3], r.rng.randint(100000, 999999)),
    )
    r.say("It went through after three fixes, each a different problem.")


def prog_consistency_wait_readback(r):
    d = r.d
    r.open("get", "search")
    r.say("Setting %s to %s on %s." % (d["field"], d["val_a"], d["ids"][0]))
    r.call(
        d["update_tool"],
        {d["id_arg"]: d["ids"][0], d["field"]: d["val_a"]},
        "accepted (async); propagating to 3 regions",
    )
    for n, w in [(1, 4), (2, 8)]:
        r.get(
            0,
            body="%s=%s applied_regions=%d/3 pending=[%s]"
            % (d["field"], d["val_a"], n, ", ".join(["eu", "apac"][n - 1 :])),
        )
        r.say("Applied in %d of 3 regions so far; waiting %d s before reading again." % (n, w))
        r.call("wait", {"seconds": w}, "waited %ds" % w, raw=True)
    r.get(0, body="%s=%s applied_regions=3/3 pending=[]" % (d["field"], d["val_a"]))
    r.say("It's live everywhere now (3/3 regions).")


def prog_successive_clarifications(r):
    d = r.d
    r.open("get", "search")
    cl = d["clar"]
    r.say(cl[0][0])
    for i in range(1, 4):
        r.say("Thanks, noted. Next: %s" % cl[i][0], obs=cl[i - 1][1])
        if i in (1, 2):
            r.get(i)
    r.say("Great, that's everything I needed. Proceeding with those choices.", obs=cl[3][1])
    r.call(d["submit_tool"], dict(d["submit_args"]), "accepted")


def prog_escalation_ladder(r):
    d = r.d
    r.open("get", "search")
    tk = "SUP-%d" % r.rng.randint(10000, 99999)
    lad = d["ladder"]
    r.say("I'll open ticket %s with %s." % (tk, lad[0]))
    r.call(
        "route_ticket",
        {"ticket": tk, "queue": lad[0]},
        "ticket %s assigned to queue %s" % (tk, lad[0]),
    )
    for i in range(2):
        r.call(
            "get_ticket",
            {"ticket": tk},
            'status=ESCALATED from=%s to=%s finding="%s"' % (lad[i], lad[i + 1], d["narrow"][i][2]),
        )
        r.say("%s added a finding and escalated to %s. Following it there." % (lad[i], lad[i + 1]))
        r.call(
            "add_ticket_note",
            {"ticket": tk, "note": d["narrow"][i + 2][2]},
            "note added to %s" % tk,
        )
    r.call(
        "get_ticket", {"ticket": tk}, 'status=RESOLVED by=%s resolution="%s"' % (lad[2], d["done"])
    )
    r.say("Resolved by %s: %s" % (lad[2], d["done"]))


def prog_narrowing_investigation(r):
    d = r.d
    r.open("search")
    leads = [
        "Let me start broad.",
        "That narrows it.",
        "Now the detail behind that.",
        "That's a clue; let me confirm.",
        "One last check.",
    ]
    for i, (tool, args, body) in enumerate(d["narrow"]):
        r.say(leads[i])
        r.call(tool, args, body)
    r.say("Root cause: " + d["done"])


PAIRS = [
    ("exact_repeat", loop_exact_repeat, "rerun_after_fix", prog_rerun_after_fix),
    ("paraphrased_lookup", loop_paraphrased_lookup, "refined_queries", prog_refined_queries),
    (
        "abab_oscillation",
        loop_abab_oscillation,
        "alternating_batch_work",
        prog_alternating_batch_work,
    ),
    ("repeated_error", loop_repeated_error, "retry_until_recovered", prog_retry_until_recovered),
    (
        "same_action_same_observation",
        loop_same_action_same_observation,
        "polling_with_progress",
        prog_polling_with_progress,
    ),
    (
        "identical_monologue",
        loop_identical_monologue,
        "status_updates_to_user",
        prog_status_updates_to_user,
    ),
    (
        "identical_tool_calls",
        loop_identical_tool_calls,
        "per_item_batch_calls",
        prog_per_item_batch_calls,
    ),
    (
        "cursor_reset_pagination",
        loop_cursor_reset_pagination,
        "cursor_advancing_pagination",
        prog_cursor_advancing_pagination,
    ),
    (
        "cosmetic_retry",
        loop_cosmetic_retry,
        "fix_each_validation_error",
        prog_fix_each_validation_error,
    ),
    (
        "reverify_completed",
        loop_reverify_completed,
        "consistency_wait_readback",
        prog_consistency_wait_readback,
    ),
    (
        "reasked_question",
        loop_reasked_question,
        "successive_clarifications",
        prog_successive_clarifications,
    ),
    ("handoff_ping_pong", loop_handoff_ping_pong, "escalation_ladder", prog_escalation_ladder),
    (
        "rabbit_hole_drift",
        loop_rabbit_hole_drift,
        "narrowing_investigation",
        prog_narrowing_investigation,
    ),
]


def build():
    rows = []
    counters = {"loop": 0, "progress": 0}
    for lk, lf, pk, pf in PAIRS:
        for label, kind, fn in (("loop", lk, lf), ("progress", pk, pf)):
            for dom in DOMAINS:
                counters[label] += 1
                rid = "fortyninth-%s-%s-%03d" % (label, kind, counters[label])
                r = Row(rid, dom)
                fn(r)
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": dom["name"],
                        "steps": r.steps,
                    }
                )
    return rows


def main():
    out = Path(__file__).resolve().parent / "trajectories.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
