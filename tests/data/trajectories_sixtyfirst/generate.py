"""Blind trajectory set 61 ("sixtyfirst"): 208 labelled agent trajectories.

Standard library only, deterministic: every row draws from a random.Random seeded from SEED
and the row id. Run `python tests/data/trajectories_sixtyfirst/generate.py`.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

SEED = 610061
PREFIX = "sixtyfirst"


def _rng(row_id: str) -> random.Random:
    digest = hashlib.sha256(("%d:%s" % (SEED, row_id)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


class Clock:
    """Per-row clock: every envelope moves it forward."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.t = 1_790_000_000 + rng.randrange(0, 8_000_000)
        self.n = 0
        self.left = 900 - rng.randrange(0, 300)

    def quota(self) -> int:
        self.left -= self.rng.randrange(1, 4)
        return self.left

    def tick(self) -> int:
        self.t += self.rng.randrange(2, 95)
        self.n += 1
        return self.t

    def iso(self) -> str:
        t = self.tick()
        days, rem = divmod(t - 1_790_000_000, 86400)
        h, rem = divmod(rem, 3600)
        m, s = divmod(rem, 60)
        day = 12 + days % 16
        return "2026-09-%02dT%02d:%02d:%02dZ" % (day, h, m, s)

    def hexid(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))


# --- envelopes: each domain's API wraps results its own way -------------------------------


def env_cask(c: Clock, tool: str, payload: dict) -> str:
    return json.dumps(
        {
            "ok": True,
            "data": payload,
            "_meta": {
                "req": "wh-" + c.hexid(10),
                "at": c.iso(),
                "elapsed_ms": c.rng.randrange(18, 240),
                "site": "bond-%s" % c.rng.choice(["A3", "A4", "C1"]),
            },
        }
    )


def env_geo(c: Clock, tool: str, payload: dict) -> str:
    return json.dumps(
        {
            "result": payload,
            "trace_id": c.hexid(32),
            "server": "hist-%02d.field" % c.rng.randrange(1, 9),
            "ts_epoch": c.tick(),
            "latency": "%.1fs" % (c.rng.randrange(3, 60) / 10),
        }
    )


def env_toll(c: Clock, tool: str, payload: dict) -> str:
    head = "HTTP/1.1 200 OK | x-request-id: %s | x-ratelimit-remaining: %d | date: %s" % (
        c.hexid(8) + "-" + c.hexid(4),
        c.quota(),
        c.iso(),
    )
    return head + "\n" + json.dumps(payload)


def env_notary(c: Clock, tool: str, payload: dict) -> str:
    return json.dumps(
        {
            "status": 200,
            "etag": 'W/"%s"' % c.hexid(12),
            "correlationId": c.hexid(8) + "-" + c.hexid(4) + "-" + c.hexid(4),
            "timestamp": c.iso(),
            "body": payload,
        }
    )


def env_carbon(c: Clock, tool: str, payload: dict) -> str:
    return json.dumps(
        {
            "apiVersion": "v3",
            "registryNode": "reg-%s" % c.rng.choice(["eu1", "eu2", "us1"]),
            "servedAt": c.iso(),
            "durationMs": c.rng.randrange(40, 900),
            "payload": payload,
            "requestRef": "RR%09d" % c.rng.randrange(10**8, 10**9),
        }
    )


def env_ppay(c: Clock, tool: str, payload: dict) -> str:
    return json.dumps(
        {
            "header": {
                "msgId": "PPX" + c.hexid(14).upper(),
                "creDtTm": c.iso(),
                "srvr": "cms-gw-%d" % c.rng.randrange(1, 5),
            },
            "rsp": payload,
            "rateLimit": {
                "remaining": c.rng.randrange(40, 120),
                "resetSec": c.rng.randrange(5, 60),
            },
        }
    )


def env_telerad(c: Clock, tool: str, payload: dict) -> str:
    return json.dumps(
        {
            "resourceType": "Bundle",
            "meta": {"lastUpdated": c.iso(), "versionId": str(c.rng.randrange(2, 40))},
            "x-trace": c.hexid(16),
            "x-served-by": "ris-edge-%s" % c.rng.choice(["a", "b", "c"]),
            "entry": payload,
        }
    )


def env_h2(c: Clock, tool: str, payload: dict) -> str:
    return json.dumps(
        {
            "seq": c.rng.randrange(10_000, 99_999) + c.n,
            "station_gw": "h2gw-%d" % c.rng.randrange(10, 30),
            "received": c.tick(),
            "rtt_ms": c.rng.randrange(30, 700),
            "reply": payload,
        }
    )


# --- domains ------------------------------------------------------------------------------

DOMAINS: list[dict] = [
    {
        "name": "whisky_cask_regauging",
        "about": "bonded-warehouse cask regauge, angel's share and HMRC duty records",
        "env": env_cask,
        "person": [
            "Cask 19/0412 in warehouse 4 looks light, can you check the regauge against the fill record?",
            "We need the bulk litres and RLA for the sherry butts in rack 7 before the duty return.",
        ],
        "get": ("bond.get_cask", "cask_no"),
        "ids": ["19/0412", "19/0413", "20/0077", "18/1190", "21/0031", "19/0588"],
        "rec": lambda i, k: {
            "cask_no": i,
            "abv": round(58.1 + k * 0.7, 1),
            "bulk_l": 198 - k * 3,
            "rack": "W4-R7-%d" % k,
        },
        "search": ("bond.search_casks", "filter"),
        "queries": [
            "type:sherry_butt rack:W4-R7",
            "fill_year:2019 type:butt",
            "distillery:GL rack:W4-R7 status:regauge_due",
        ],
        "list": ("bond.list_movements", "cursor"),
        "set": ("bond.set_cask_status", "status", "on_hold_leak", "released_to_mature"),
        "job": ("bond.get_regauge_job", "job_id", "RG-88213"),
        "err": "409 CASK_LOCKED: cask 19/0412 is locked by an open dip-stick session (operator ID W4-OPS-2)",
        "err_fix": "409 CASK_LOCKED cleared: session closed, regauge accepted",
        "field": ("bulk_l", 186, 184),
        "say": {
            "exact": "The regauge for cask 19/0412 shows 186.0 bulk litres at 58.1% ABV; that is within the expected angel's share for a 2019 butt.",
            "para": [
                "I'll pull the fill record for 19/0412 and compare it with the regauge.",
                "Let me compare the original fill for cask 19/0412 against today's regauge.",
                "Next I'm going to line up the 2019 fill figures with the new regauge for that cask.",
                "I'll check what 19/0412 was filled at and set it beside the regauge reading.",
                "Going to reconcile the fill record with the regauge for 19/0412 now.",
            ],
            "mono": "Waiting on the warehouse team to confirm the dip reading.",
            "ask": "Which warehouse is cask 19/0412 in, 4 or 4A?",
            "answer": "Warehouse 4, rack 7, tier 2.",
            "wrong": "Cask 19/0412 has lost 4.2% of its fill volume since 2019, which is outside tolerance.",
            "right": "You're right, I used the 2020 fill. Against the 2019 fill of 200 L it has lost 7.0%, still within the 2% a year allowance.",
            "correct": "That's wrong, the fill was 200 litres in March 2019, not 194.",
            "status": "Regauged %s: %s bulk litres, logged to the duty ledger.",
        },
    },
    {
        "name": "geothermal_well_testing",
        "about": "flow and injectivity tests on geothermal production wells, downhole P/T surveys",
        "env": env_geo,
        "person": [
            "Pull the last PTS survey on well KW-14 and tell me whether the feed zone at 1870 m is still the main one.",
            "The injectivity test on RJ-3 finished overnight, I need the index and whether the step rates look right.",
        ],
        "get": ("wellhist.get_survey", "survey_id"),
        "ids": [
            "PTS-KW14-2026-03",
            "PTS-KW14-2025-11",
            "PTS-RJ3-2026-01",
            "PTS-KW09-2026-02",
            "PTS-RJ5-2025-09",
            "PTS-KW21-2026-04",
        ],
        "rec": lambda i, k: {
            "survey_id": i,
            "max_temp_c": 284 - k * 4,
            "feed_zone_m": 1870 + k * 35,
            "spinner_rps": round(4.1 - k * 0.3, 2),
        },
        "search": ("wellhist.query", "q"),
        "queries": [
            "well=KW-14 kind=PTS since=2025",
            "well=KW-14 feedzone depth>1800",
            "well=KW-14 spinner anomaly",
        ],
        "list": ("wellhist.list_log_curves", "page_token"),
        "set": ("scada.set_wellhead_valve", "position", "throttled_40pct", "full_open"),
        "job": ("sim.get_tough_run", "run_id", "T3-55201"),
        "err": "504 Gateway Timeout from wellhist-archive (query exceeded 30s on curve table PTS_RAW)",
        "err_fix": "200: 412 samples returned",
        "field": ("choke_pct", 40, 100),
        "say": {
            "exact": "KW-14's main feed is still at 1870 m: the spinner and temperature inflection both sit there, and the shallower 1510 m zone contributes well under a fifth.",
            "para": [
                "Next step is to read the spinner log across 1800-1900 m on KW-14.",
                "I'm going to look at the spinner response between 1800 and 1900 m.",
                "Let me check the flowmeter signal over the 1800-1900 m interval of KW-14.",
                "I'll go through the spinner data around the 1870 m feed to confirm it.",
            ],
            "mono": "Still interpreting the temperature profile for KW-14.",
            "ask": "Do you want the static or the flowing PTS run for KW-14?",
            "answer": "The flowing one, from March.",
            "wrong": "Injectivity index for RJ-3 is 12 L/s/bar, which points to a strong permeable zone.",
            "right": "Sorry, I divided by gauge rather than overpressure. Using the 9 bar step the index is 4.3 L/s/bar, moderate permeability.",
            "correct": "No, that can't be right, you used wellhead gauge pressure not overpressure.",
            "status": "Survey %s processed: feed zone at %s m, logged.",
        },
    },
    {
        "name": "toll_plate_disputes",
        "about": "open-road tolling back office: plate-read disputes, video tolling invoices, transponder matches",
        "env": env_toll,
        "person": [
            "Customer says invoice VT-7731902 charged her for a car she sold in May. Plate is KPR-4471. Can you sort it?",
            "I have a dispute on three gantry reads, the customer's transponder was mounted. Please check and fix the invoice.",
        ],
        "get": ("tolling.get_transaction", "txn_id"),
        "ids": [
            "TX-20260514-88121",
            "TX-20260602-10277",
            "TX-20260603-55409",
            "TX-20260611-31020",
            "TX-20260619-70533",
            "TX-20260622-04418",
        ],
        "rec": lambda i, k: {
            "txn_id": i,
            "plate": "KPR-4471",
            "gantry": "G-%03d" % (112 + k * 7),
            "ocr_conf": round(0.91 - k * 0.04, 2),
            "amount": "%.2f" % (3.85 + k),
        },
        "search": ("tolling.search_reads", "criteria"),
        "queries": [
            "plate=KPR-4471 date>=2026-05-20",
            "plate=KPR4471 state=ON",
            "transponder=TG-550913 date>=2026-05-20",
        ],
        "list": ("tolling.list_invoice_lines", "offset"),
        "set": ("tolling.set_line_disposition", "disposition", "void_sold_vehicle", "billable"),
        "job": ("dmv.get_registration_lookup", "lookup_id", "DMV-Q-44190"),
        "err": "422 INVALID_PLATE_JURISDICTION: jurisdiction 'ONT' is not a recognised code",
        "err_fix": "200 registration found, owner since 2026-05-19",
        "field": ("disposition", "void_sold_vehicle", "billable"),
        "say": {
            "exact": "I've checked invoice VT-7731902: the plate was transferred on 19 May, so the June reads belong to the new owner and I've voided them from her account.",
            "para": [
                "I'll look up the ownership history for KPR-4471 to see when it changed hands.",
                "Let me confirm the transfer date for plate KPR-4471 with the registry.",
                "I'm checking the DMV record for KPR-4471 so we know who owned it in June.",
                "Going to verify when KPR-4471 was sold before touching the invoice.",
                "First I need the ownership change date for KPR-4471.",
            ],
            "mono": "Reviewing the gantry images for the disputed reads.",
            "ask": "Can you confirm the date she sold the car?",
            "answer": "She sold it on 19 May, bill of sale is attached to the case.",
            "wrong": "All three reads on VT-7731902 are valid and the balance of $21.55 stands.",
            "right": "My mistake, I missed the transponder match. The three reads matched TG-550913 and are rebilled at the ETC rate, so the balance drops to $8.40.",
            "correct": "That's not right, her transponder TG-550913 was read at the same gantries.",
            "status": "Transaction %s reviewed: gantry %s, disposition set.",
        },
    },
    {
        "name": "remote_online_notarization",
        "about": "RON platform operations: signer KBA, credential analysis, session recordings and journal entries",
        "env": env_notary,
        "person": [
            "Signer on session RON-55120 failed KBA twice and the closing is at 3pm. What are our options?",
            "Journal entry for yesterday's refinance signing is missing the recording link, please fix it before the audit export.",
        ],
        "get": ("ron.get_session", "session_id"),
        "ids": ["RON-55120", "RON-55121", "RON-55098", "RON-55133", "RON-55140", "RON-55102"],
        "rec": lambda i, k: {
            "session_id": i,
            "kba_attempts": k % 3,
            "state": ["scheduled", "in_progress", "completed"][k % 3],
            "commission": "TX-NP-%07d" % (1302204 + k),
        },
        "search": ("ron.search_journal", "query"),
        "queries": [
            "session:RON-55098 recording:missing",
            "notary:TX-NP-1302204 date:2026-09-10",
            "doc_type:refi_deed date:2026-09-10",
        ],
        "list": ("ron.list_journal_entries", "page"),
        "set": ("ron.set_session_state", "state", "paused_id_review", "resumed"),
        "job": ("ron.get_recording_transcode", "job_id", "TRC-7721"),
        "err": "400 KBA_LOCKOUT: signer has exhausted KBA attempts for this session (max 2 in 48h)",
        "err_fix": "200 new session link issued",
        "field": ("recording_url", "s3://ron-vault/RON-55098.mp4", ""),
        "say": {
            "exact": "Under the state rule the signer can't retry KBA on this session for 48 hours. The fastest route is a personal-knowledge identification by a credible witness, or moving the closing.",
            "para": [
                "I'll check the state's rules on retrying KBA after two failures.",
                "Let me look up what the Texas RON rules allow after a second KBA fail.",
                "I'm going to review the retry limits for knowledge-based authentication in this state.",
                "Checking what the statute says about a third KBA attempt.",
            ],
            "mono": "I'm reviewing the session details now.",
            "ask": "Is the signer on RON-55120 the borrower or the spouse?",
            "answer": "The spouse, Dana Ruiz.",
            "wrong": "The recording for RON-55098 is stored and linked; the journal entry is complete.",
            "right": "Apologies, I read the entry for RON-55089. RON-55098 has an empty recording_url; I've attached s3://ron-vault/RON-55098.mp4 and the entry now validates.",
            "correct": "No, the audit export still flags RON-55098 as missing the link.",
            "status": "Session %s checked: commission %s, journal OK.",
        },
    },
    {
        "name": "carbon_credit_retirements",
        "about": "voluntary carbon registry desk: serial-block retirements, beneficiary statements, buffer pool checks",
        "env": env_carbon,
        "person": [
            "Retire 2,500 VCUs from block 9012-401 on behalf of Northmoor Foods for their 2025 claim.",
            "Our auditor wants proof the 2024 retirements for Halden Air were not double counted. Can you pull that together?",
        ],
        "get": ("registry.get_block", "serial_block"),
        "ids": ["9012-401", "9012-402", "7744-118", "7744-119", "3310-005", "9012-415"],
        "rec": lambda i, k: {
            "serial_block": i,
            "vintage": 2019 + k % 4,
            "quantity": 5000 - k * 250,
            "status": "active",
            "methodology": "VM0042",
        },
        "search": ("registry.search_retirements", "q"),
        "queries": [
            'beneficiary:"Halden Air" year:2024',
            "retirement_reason:offsetting beneficiary:Halden",
            "account:HALDEN-01 type:retirement",
        ],
        "list": ("registry.list_serials", "next"),
        "set": ("registry.set_block_lock", "lock", "pending_retirement", "unlocked"),
        "job": ("registry.get_retirement_request", "request_id", "RET-2026-00918"),
        "err": "403 ACCOUNT_NOT_AUTHORISED: account NMF-02 has no retirement right on block 9012-401",
        "err_fix": "201 retirement accepted",
        "field": ("lock", "pending_retirement", "unlocked"),
        "say": {
            "exact": "Block 9012-401 has 5,000 active VCUs of vintage 2019; retiring 2,500 for Northmoor Foods leaves 2,500 and the beneficiary statement will name the 2025 claim.",
            "para": [
                "I'll check whether Halden Air's 2024 serials appear in any other retirement.",
                "Let me cross-check the 2024 Halden serial ranges against all other retirements.",
                "I'm going to confirm none of Halden's 2024 serials were retired twice.",
                "Next I'll verify the Halden serial blocks have a single retirement each.",
            ],
            "mono": "Looking into the serial ranges.",
            "ask": "Which account should the retirement come from, NMF-01 or NMF-02?",
            "answer": "NMF-01, the corporate holding account.",
            "wrong": "Block 9012-401 is vintage 2021 so it qualifies for the 2025 claim window.",
            "right": "You're right, I read the vintage off 9012-402. 9012-401 is vintage 2019, which falls outside the claim's 2020+ rule, so I've switched to 7744-118 (vintage 2021).",
            "correct": "The registry page says 9012-401 is a 2019 vintage, check again.",
            "status": "Block %s checked: vintage %s, no double retirement.",
        },
    },
    {
        "name": "positive_pay_exceptions",
        "about": "treasury cash management: cheque positive-pay exceptions, pay/return decisions, issue files",
        "env": env_ppay,
        "person": [
            "We have 6 positive pay exceptions on account 004-118822 today, cut-off is 11:00. Work them.",
            "Cheque 100482 shows as payee mismatch, we did issue it to Brightline Haulage. Please decide it.",
        ],
        "get": ("cms.get_exception", "item_id"),
        "ids": ["EXC-100482", "EXC-100497", "EXC-100503", "EXC-100511", "EXC-100520", "EXC-100538"],
        "rec": lambda i, k: {
            "item_id": i,
            "cheque_no": 100482 + k * 7,
            "reason": ["payee_mismatch", "amount_mismatch", "no_issue_record"][k % 3],
            "amount": "%.2f" % (1840.5 + k * 311),
        },
        "search": ("cms.search_issue_file", "query"),
        "queries": [
            "cheque_no=100482",
            "payee~Brightline amount=1840.50",
            "issue_date>=2026-09-01 account=004-118822",
        ],
        "list": ("cms.list_exceptions", "cursor"),
        "set": ("cms.decide_exception", "decision", "PAY", "RETURN"),
        "job": ("cms.get_issue_file_upload", "upload_id", "UPL-33019"),
        "err": "400 DECISION_REJECTED: decision window closed for item EXC-100482 (cutoff 11:00 ET)",
        "err_fix": "200 decision recorded",
        "field": ("decision", "PAY", "RETURN"),
        "say": {
            "exact": "Cheque 100482 for $1,840.50 matches issue record IR-55120 to Brightline Haulage Ltd; the payee line only differs by 'Ltd', so I've marked it PAY.",
            "para": [
                "I'll find the issue record for cheque 100482 and compare the payee.",
                "Let me pull the issued-cheque entry for 100482 to check the payee name.",
                "I'm going to match 100482 against our issue file before deciding.",
                "Checking the issue file line for cheque 100482 now.",
                "Next, compare cheque 100482's payee with what we issued.",
            ],
            "mono": "Reviewing exception EXC-100482.",
            "ask": "Do you want me to decide these as PAY by default if the amount matches?",
            "answer": "Yes, pay if amount and cheque number match, return otherwise.",
            "wrong": "EXC-100497 is an amount mismatch of $3.00, so I'd return it.",
            "right": "Sorry, that was the image-read amount. The encoded MICR amount is $2,151.50, matching the issue record exactly, so EXC-100497 is PAY.",
            "correct": "The MICR line says 2151.50, same as we issued. Look again.",
            "status": "Exception %s decided: cheque %s.",
        },
    },
    {
        "name": "teleradiology_stroke_reads",
        "about": "night teleradiology desk: code-stroke CT/CTA worklist, prelim reports, call-backs to ED",
        "env": env_telerad,
        "person": [
            "Code stroke at St Brendan's, accession A26-771203, CT head and CTA. Get it in front of the on-call neuro rad and page ED with the prelim.",
            "ED at Kilmore says they never got the prelim for last night's CTA. Find out what happened.",
        ],
        "get": ("ris.get_study", "accession"),
        "ids": ["A26-771203", "A26-771204", "A26-770988", "A26-771215", "A26-771220", "A26-771231"],
        "rec": lambda i, k: {
            "accession": i,
            "modality": ["CT", "CTA", "CTP"][k % 3],
            "priority": "STAT",
            "images": 312 + k * 41,
            "site": "STBRENDANS",
        },
        "search": ("ris.search_worklist", "filter"),
        "queries": [
            "site=KILMORE modality=CTA date=2026-09-14",
            "site=KILMORE report_status=prelim",
            "patient_mrn=K0099812",
        ],
        "list": ("ris.list_worklist", "page_token"),
        "set": ("ris.assign_study", "radiologist", "dr.okafor", "unassigned"),
        "job": ("pacs.get_transfer", "transfer_id", "XFER-55012"),
        "err": "503 PACS_UNAVAILABLE: C-MOVE to STBRENDANS-PACS refused (association rejected, reason 2)",
        "err_fix": "200 transfer queued",
        "field": ("radiologist", "dr.okafor", "unassigned"),
        "say": {
            "exact": "A26-771203 is on Dr Okafor's worklist as STAT; CT head is complete and the CTA series is still transferring, so the prelim will follow as soon as it lands.",
            "para": [
                "I'll check whether the CTA series for A26-771203 has arrived.",
                "Let me see if the CTA images for A26-771203 are in PACS yet.",
                "Checking on the transfer of the angiogram series for that accession.",
                "I'm going to confirm the CTA has landed before paging the radiologist.",
            ],
            "mono": "Monitoring the stroke worklist.",
            "ask": "Is the ED callback number for St Brendan's still extension 4410?",
            "answer": "Yes, 4410, ask for the charge nurse.",
            "wrong": "The Kilmore prelim was faxed at 02:14 and the fax log shows it delivered.",
            "right": "You're right, that fax was for A26-770998. For A26-770988 the prelim was signed at 02:31 but the HL7 ORU bounced; I've resent it and it is acknowledged.",
            "correct": "That fax was for a different patient, ED still has nothing for A26-770988.",
            "status": "Study %s checked: %s series, prelim routed.",
        },
    },
    {
        "name": "hydrogen_refuelling_stations",
        "about": "H2 refuelling station network ops: dispenser faults, compressor trips, SAE J2601 fill logs",
        "env": env_h2,
        "person": [
            "Dispenser D2 at the Eastgate station keeps aborting fills at 350 bar. Can you look at the logs and get it back up?",
            "Fleet customer says three of their buses got short fills at Harbour Rd this morning. Check the fill records.",
        ],
        "get": ("hrs.get_fill", "fill_id"),
        "ids": [
            "F-EG-D2-40112",
            "F-EG-D2-40113",
            "F-HR-D1-22087",
            "F-HR-D1-22090",
            "F-HR-D1-22094",
            "F-EG-D1-40101",
        ],
        "rec": lambda i, k: {
            "fill_id": i,
            "end_bar": 350 + k * 12,
            "target_bar": 700,
            "soc_pct": 48 + k * 5,
            "abort": ["precool_temp_high", "none", "comm_loss"][k % 3],
        },
        "search": ("hrs.search_events", "expr"),
        "queries": [
            "station=EASTGATE dispenser=D2 severity>=warn",
            "station=EASTGATE component=precooler",
            "station=EASTGATE alarm=PC-T-HI",
        ],
        "list": ("hrs.list_fill_log", "page"),
        "set": ("hrs.set_dispenser_mode", "mode", "out_of_service", "available"),
        "job": ("hrs.get_compressor_cycle", "cycle_id", "CMP-EG-7712"),
        "err": "409 INTERLOCK_ACTIVE: dispenser D2 cannot change mode while precooler alarm PC-T-HI is latched",
        "err_fix": "200 mode changed",
        "field": ("mode", "out_of_service", "available"),
        "say": {
            "exact": "D2's aborts are all precooler over-temperature: the gas is reaching -28 C instead of -40 C by 350 bar, so the protocol stops the fill. The precooler needs a service visit.",
            "para": [
                "I'll pull the precooler temperatures for D2's recent fills.",
                "Let me look at the precool outlet temps on D2's aborted fills.",
                "I'm going to check how cold the gas was on D2 when it aborted.",
                "Next: precooler readings for the D2 fills that stopped at 350 bar.",
                "Checking D2's precooling data around each abort.",
            ],
            "mono": "Checking the dispenser log.",
            "ask": "Is D2 at Eastgate the H70 or the H35 dispenser?",
            "answer": "H70, the car one. D1 is H35 for buses.",
            "wrong": "The three Harbour Rd fills ended at 350 bar, which is a full fill for H35 buses.",
            "right": "Sorry, I misread the end pressure column. Those fills ended at 302, 311 and 298 bar, short of the 350 bar H35 target, after comm_loss aborts on D1.",
            "correct": "They're H35 buses, yes, but the log says the fills ended around 300 bar.",
            "status": "Fill %s checked: ended at %s bar.",
        },
    },
]

# --- helpers ---------------------------------------------------------------------------------


def llm(text: str, observation: str = "") -> dict:
    return {"kind": "llm", "text": text, "observation": observation}


def tool(d: dict, c: Clock, name: str, args: dict, payload: dict, error: bool = False) -> dict:
    if error:
        obs = json.dumps({"error": payload, "at": c.iso(), "ref": c.hexid(10)})
    else:
        obs = d["env"](c, name, payload)
    return {"kind": "tool", "tool": name, "args": args, "observation": obs, "error": error}


def get_step(d: dict, c: Clock, k: int) -> dict:
    name, key = d["get"]
    rid = d["ids"][k % len(d["ids"])]
    return tool(d, c, name, {key: rid}, d["rec"](rid, k))


def opening(d: dict, c: Clock, rng: random.Random, which: int) -> list[dict]:
    steps = [llm(_ack(d, rng), d["person"][which % 2])]
    steps.append(get_step(d, c, 0))
    if rng.random() < 0.5:
        sname, skey = d["search"]
        steps.append(tool(d, c, sname, {skey: d["queries"][0]}, {"hits": 3, "ids": d["ids"][:3]}))
    return steps


ACKS = {
    "whisky_cask_regauging": [
        "On it, pulling the cask record.",
        "Sure, I'll start from the bond register.",
    ],
    "geothermal_well_testing": ["Pulling the survey now.", "OK, starting with the well history."],
    "toll_plate_disputes": ["I'll open the transaction first.", "Looking at the account now."],
    "remote_online_notarization": ["Opening the session.", "Let me look at the session record."],
    "carbon_credit_retirements": [
        "Checking the serial block.",
        "I'll start with the registry entry.",
    ],
    "positive_pay_exceptions": ["Opening the exception queue.", "Pulling the first item."],
    "teleradiology_stroke_reads": ["Opening the study now.", "Checking RIS for the accession."],
    "hydrogen_refuelling_stations": ["Pulling D2's fill log.", "Looking at the station records."],
}


def _ack(d: dict, rng: random.Random) -> str:
    return rng.choice(ACKS[d["name"]])


# Per-domain glue wording: what each product's agent says around its tool calls.
GLUE = {
    "whisky_cask_regauging": {
        "retry": "Dip session still open, trying the regauge post again.",
        "next": "More movements to read, fetching the next batch.",
        "recheck": "Re-reading the cask record to be sure the regauge saved.",
        "rewrite": "Bulk litres still shows the old figure, posting the regauge again.",
        "query": "Nothing matched, I'll phrase the cask filter differently.",
        "poll": "Regauge job still pending with Excise, checking again.",
        "fix": "The lock belongs to W4-OPS-2's session; I'll close it with their session id and post again.",
        "nudge": "Any news on the cask?",
    },
    "geothermal_well_testing": {
        "retry": "Archive timed out again; resubmitting the same curve query.",
        "next": "Log has more curves, requesting the next page.",
        "recheck": "Reading the valve state back to confirm.",
        "rewrite": "Choke reads unchanged, sending the setpoint again.",
        "query": "No records, trying another way of asking the well history.",
        "poll": "TOUGH3 run not finished, polling.",
        "fix": "Query is too wide for the archive; narrowing to 1800-1950 m and the March survey only.",
        "nudge": "Where are we on KW-14?",
    },
    "toll_plate_disputes": {
        "retry": "Registry lookup rejected, sending it again.",
        "next": "Invoice has more lines, loading the next set.",
        "recheck": "Reloading the line to confirm the disposition took.",
        "rewrite": "The line still says billable, setting the void again.",
        "query": "No reads found, let me try the search another way.",
        "poll": "DMV lookup still in queue.",
        "fix": "The registry wants the two-letter code ON, not ONT. Correcting the jurisdiction.",
        "nudge": "Customer is on hold, what should I tell her?",
    },
    "remote_online_notarization": {
        "retry": "Trying to start the KBA again.",
        "next": "Loading the next page of the journal.",
        "recheck": "Pulling the journal entry again to make sure it stuck.",
        "rewrite": "recording_url is still empty, I'll patch it again.",
        "query": "No journal hits, rewording the journal query.",
        "poll": "Transcode is still going.",
        "fix": "KBA is locked on this session, so instead I'll create a new session with a credible-witness ID path.",
        "nudge": "Closing team is asking for an update.",
    },
    "carbon_credit_retirements": {
        "retry": "Retirement refused, submitting again.",
        "next": "There are more serials, following the next link.",
        "recheck": "Re-fetching the block to confirm the lock state.",
        "rewrite": "Lock still shows unlocked; applying pending_retirement again.",
        "query": "Zero retirements returned, adjusting the registry query.",
        "poll": "Retirement request still under review.",
        "fix": "NMF-02 lacks the right; the person said NMF-01, resubmitting from that account.",
        "nudge": "Auditor is waiting, anything yet?",
    },
    "positive_pay_exceptions": {
        "retry": "Decision bounced, resending the PAY decision.",
        "next": "More exceptions on the queue, loading the next cursor.",
        "recheck": "Reading the exception back to confirm the decision.",
        "rewrite": "Item still shows undecided, sending PAY again.",
        "query": "Issue file has no match, searching with another key.",
        "poll": "Issue file upload still processing.",
        "fix": "Window closed for same-day; I'll file it through the late-decision endpoint with the treasury approver id.",
        "nudge": "It's 10:40, how many are left?",
    },
    "teleradiology_stroke_reads": {
        "retry": "C-MOVE refused, requesting the transfer again.",
        "next": "Worklist continues, fetching the next page.",
        "recheck": "Re-reading the study assignment.",
        "rewrite": "Assignment didn't show, assigning to Dr Okafor again.",
        "query": "No studies match, re-running the worklist filter differently.",
        "poll": "Transfer still not complete.",
        "fix": "STBRENDANS-PACS rejects our AE title on the primary node; using the DR node AE STB-PACS-DR.",
        "nudge": "ED is asking for the prelim, ETA?",
    },
    "hydrogen_refuelling_stations": {
        "retry": "Mode change refused, trying again.",
        "next": "Fill log has more pages, loading the next one.",
        "recheck": "Reading the dispenser status again.",
        "rewrite": "D2 still reports the old mode, commanding it again.",
        "query": "No events returned, rephrasing the event search.",
        "poll": "Compressor cycle still running, checking.",
        "fix": "Interlock is latched; acknowledging PC-T-HI first, then the mode change.",
        "nudge": "Drivers are queueing at Eastgate, what's the status?",
    },
}


# More per-product wording for the steps around the tool calls.
GLUE_MORE = {
    "whisky_cask_regauging": {
        "flip": "The cooper says the stave is sound after all; releasing it back to maturation.",
        "noted": "Logged: %s at %s.",
        "scope": "Got it. Does cask %s from the same parcel need regauging as well?",
        "last": "And the regauge should go on this month's W4 duty sheet, yes?",
        "updated": "Posted to the bond ledger. Shall I move on to rack 8?",
        "half": "Rack 7 top tier done, starting tier 2.",
        "narrow": "Too many casks on that filter, adding the distillery code.",
        "moving": "%s reads back correctly; next cask %s.",
    },
    "geothermal_well_testing": {
        "flip": "A throttled step won't give a clean injectivity figure; opening fully again.",
        "noted": "Recorded %s -> %s.",
        "scope": "OK. Should I include %s in the comparison as well?",
        "last": "Last one: report the index at reservoir datum, or at the feed zone depth?",
        "updated": "Valve state logged in the test record. Next well?",
        "half": "First half of the step-rate sequence is set.",
        "narrow": "Too broad, limiting to the spinner runs.",
        "moving": "%s set and confirmed at the wellhead; now %s.",
    },
    "toll_plate_disputes": {
        "flip": "Hmm, the read might still be hers; making it billable again.",
        "noted": "Added %s (%s) to the dispute.",
        "scope": "Thanks. Does the dispute cover %s too?",
        "last": "Should the case note go on the account or just the invoice?",
        "updated": "Invoice adjusted. Want me to email her the corrected statement?",
        "half": "First three lines handled, three to go.",
        "narrow": "That pulls every plate with those letters; adding the date range.",
        "moving": "%s now shows the new disposition; next is %s.",
    },
    "remote_online_notarization": {
        "flip": "The ID looks fine on a second look; resuming the session.",
        "noted": "Journal note added for %s: %s.",
        "scope": "Understood. Is %s part of the same closing package?",
        "last": "Should the replacement session keep the original notary?",
        "updated": "Journal entry saved. Shall I re-run the audit export?",
        "half": "Three sessions reviewed, moving through the rest.",
        "narrow": "That's every deed from the day; filtering to this notary.",
        "moving": "%s validated in the journal; opening %s.",
    },
    "carbon_credit_retirements": {
        "flip": "Better not hold these yet, the buyer hasn't signed; unlocking.",
        "noted": "Captured %s, vintage note %s.",
        "scope": "Right. Should block %s count toward the same claim?",
        "last": "Do you want the beneficiary statement to mention the 2025 reporting year explicitly?",
        "updated": "Retirement recorded with the registry. Anything else for Northmoor?",
        "half": "Half of the serial blocks are locked for retirement.",
        "narrow": "Too many retirements; restricting to Halden's holding account.",
        "moving": "%s shows the lock; continuing with %s.",
    },
    "positive_pay_exceptions": {
        "flip": "Wait, payee name differs; switching that one to RETURN.",
        "noted": "Noted %s, cheque %s.",
        "scope": "OK. Does the same rule apply to %s, which is a no-issue-record item?",
        "last": "Should returned items also go on the fraud desk's list?",
        "updated": "Decision sent before cut-off. Next exception?",
        "half": "Three decided, three left before 11:00.",
        "narrow": "Too many issued cheques match; adding the amount.",
        "moving": "%s shows the decision; next up %s.",
    },
    "teleradiology_stroke_reads": {
        "flip": "Dr Okafor may be scrubbed in; unassigning so the pool can pick it up.",
        "noted": "Added to handover: %s, %s.",
        "scope": "Thanks. Should %s go to the neuro rad as well?",
        "last": "Page ED on 4410 or call the stroke registrar directly?",
        "updated": "Prelim routed. Anything else on the worklist?",
        "half": "Half the overnight studies are assigned.",
        "narrow": "Whole night's CTAs returned; filtering to prelim status.",
        "moving": "%s assigned and visible on the worklist; next %s.",
    },
    "hydrogen_refuelling_stations": {
        "flip": "Alarm has cleared on the HMI; making D2 available again.",
        "noted": "Logged %s: %s.",
        "scope": "Right. Should I pull %s from the same morning too?",
        "last": "Do you want the customer credited for the short fills?",
        "updated": "Dispenser mode changed and logged. Anything else for Eastgate?",
        "half": "Half the dispensers are in the right mode now.",
        "narrow": "Every alarm at the station; narrowing to the precooler.",
        "moving": "%s confirmed in the new mode; switching %s.",
    },
}

SUMM = {
    "whisky_cask_regauging": lambda r: (
        "Cask %s sits in %s at %.1f%% ABV with %d L bulk."
        % (r["cask_no"], r["rack"], r["abv"], r["bulk_l"])
    ),
    "geothermal_well_testing": lambda r: (
        "%s: peak %d C, feed at %d m, spinner %.2f rps."
        % (r["survey_id"], r["max_temp_c"], r["feed_zone_m"], r["spinner_rps"])
    ),
    "toll_plate_disputes": lambda r: (
        "%s was read at %s with OCR confidence %.2f, $%s."
        % (r["txn_id"], r["gantry"], r["ocr_conf"], r["amount"])
    ),
    "remote_online_notarization": lambda r: (
        "%s is %s, %d KBA attempt(s), notary %s."
        % (r["session_id"], r["state"], r["kba_attempts"], r["commission"])
    ),
    "carbon_credit_retirements": lambda r: (
        "Block %s: vintage %d, %d credits active under %s."
        % (r["serial_block"], r["vintage"], r["quantity"], r["methodology"])
    ),
    "positive_pay_exceptions": lambda r: (
        "%s is cheque %d for $%s, flagged %s."
        % (r["item_id"], r["cheque_no"], r["amount"], r["reason"])
    ),
    "teleradiology_stroke_reads": lambda r: (
        "%s is a STAT %s with %d images from %s."
        % (r["accession"], r["modality"], r["images"], r["site"])
    ),
    "hydrogen_refuelling_stations": lambda r: (
        "%s stopped at %d of %d bar, SOC %d%%, abort %s."
        % (r["fill_id"], r["end_bar"], r["target_bar"], r["soc_pct"], r["abort"])
    ),
}


def _rec(d: dict, k: int) -> dict:
    rid = d["ids"][k % len(d["ids"])]
    return d["rec"](rid, k)


def _set_call(d: dict, c: Clock, value: str, k: int = 0, ok: bool = True) -> dict:
    name, field, _a, _b = d["set"]
    key = d["get"][1]
    rid = d["ids"][k % len(d["ids"])]
    payload = {key: rid, field: value, "applied": ok}
    return tool(d, c, name, {key: rid, field: value}, payload)


def _poll(d: dict, c: Clock, state: str, pct: int) -> dict:
    name, key, jid = d["job"]
    return tool(d, c, name, {key: jid}, {key: jid, "state": state, "progress_pct": pct})


def _page(d: dict, c: Clock, token: object, page_no: int, nxt: object) -> dict:
    name, key = d["list"]
    base = page_no * 3
    items = [d["ids"][(base + j) % len(d["ids"])] + "#%d" % (base + j) for j in range(3)]
    payload = {"items": items, "page": page_no, "has_more": nxt is not None, "next_" + key: nxt}
    return tool(d, c, name, {key: token}, payload)


def _tok(d: dict, n: int) -> object:
    key = d["list"][1]
    if key in ("page", "offset"):
        return n * (25 if key == "offset" else 1) + (0 if key == "offset" else 1)
    return None if n == 0 else "%s_%d" % (d["name"][:3], 4000 + n * 17)


def _err(d: dict, c: Clock, name: str, args: dict) -> dict:
    return tool(d, c, name, args, {"message": d["err"]}, error=True)


# The call that fails in each product, with the argument that makes it fail and the fix.
FAIL = {
    "whisky_cask_regauging": (
        "bond.post_regauge",
        {"cask_no": "19/0412", "bulk_l": 186.0, "session": "W4-OPS-1"},
        {"session": "W4-OPS-2", "close_session": True},
    ),
    "geothermal_well_testing": (
        "wellhist.get_curve",
        {"well": "KW-14", "curve": "PTS_RAW", "from_m": 0, "to_m": 2600},
        {"from_m": 1800, "to_m": 1950, "survey": "PTS-KW14-2026-03"},
    ),
    "toll_plate_disputes": (
        "dmv.lookup_registration",
        {"plate": "KPR-4471", "jurisdiction": "ONT"},
        {"jurisdiction": "ON"},
    ),
    "remote_online_notarization": (
        "ron.start_kba",
        {"session_id": "RON-55120", "signer": "dana.ruiz"},
        {"session_id": "RON-55161", "id_method": "credible_witness"},
    ),
    "carbon_credit_retirements": (
        "registry.retire",
        {"serial_block": "9012-401", "quantity": 2500, "account": "NMF-02"},
        {"account": "NMF-01"},
    ),
    "positive_pay_exceptions": (
        "cms.decide_exception",
        {"item_id": "EXC-100482", "decision": "PAY"},
        {"endpoint": "late_decision", "approver": "TRS-0417"},
    ),
    "teleradiology_stroke_reads": (
        "pacs.c_move",
        {"accession": "A26-771203", "dest_ae": "STBRENDANS-PACS"},
        {"dest_ae": "STB-PACS-DR"},
    ),
    "hydrogen_refuelling_stations": (
        "hrs.set_dispenser_mode",
        {"station": "EASTGATE", "dispenser": "D2", "mode": "available"},
        {"ack_alarm": "PC-T-HI"},
    ),
}


# --- loop kinds ------------------------------------------------------------------------------


def loop_exact_repeat(d, c, rng, di):
    s = opening(d, c, rng, di)
    if di % 3 == 0:
        s.append(get_step(d, c, 1))
    reps = 3 + (di + rng.randrange(3)) % 3
    for r in range(reps):
        obs = ""
        if di % 2 == 1 and r > 0:
            obs = [d["say"]["correct"], GLUE[d["name"]]["nudge"], "ok, and then?"][r % 3]
        s.append(llm(d["say"]["exact"], obs))
    return s


def loop_paraphrased_repeat(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    para = list(d["say"]["para"])
    rng.shuffle(para)
    n = min(len(para), 4 + di % 2)
    for j in range(n):
        obs = GLUE[d["name"]]["nudge"] if (di % 3 == 1 and j == 2) else ""
        s.append(llm(para[j], obs))
    if di % 4 == 0:
        s.append(llm(para[0], ""))
    return s


def loop_ab_oscillation(d, c, rng, di):
    s = opening(d, c, rng, di)
    _n, _f, a, b = d["set"]
    cycles = 3 + di % 3
    for j in range(cycles):
        s.append(_set_call(d, c, a))
        if di % 3 == 2 and j == 1:
            s.append(llm(GLUE_MORE[d["name"]]["flip"], ""))
        s.append(_set_call(d, c, b))
    return s[:15]


def loop_failing_tool_retry(d, c, rng, di):
    s = opening(d, c, rng, di)
    name, args, _fix = FAIL[d["name"]]
    reps = 3 + (di * 2 + rng.randrange(2)) % 4
    for r in range(reps):
        s.append(_err(d, c, name, args))
        if di % 2 == 0 and r < reps - 1:
            s.append(llm(GLUE[d["name"]]["retry"], ""))
    return s[:15]


def loop_same_action_same_observation(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    reps = 4 + (di + rng.randrange(3)) % 4
    pct = 30 + di * 5
    for r in range(reps):
        s.append(_poll(d, c, "running", pct))
        if di % 3 == 0 and r % 2 == 1:
            s.append(llm(GLUE[d["name"]]["poll"], ""))
    return s[:15]


def loop_identical_monologue(d, c, rng, di):
    s = opening(d, c, rng, di)
    if di % 2 == 0:
        s.append(llm(SUMM[d["name"]](_rec(d, 0)), ""))
    reps = 4 + (di + rng.randrange(2)) % 4
    s.extend(llm(d["say"]["mono"], "") for _ in range(reps))
    return s


def loop_identical_tool_calls(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    k = 1 + di % 3
    reps = 3 + (di + rng.randrange(3)) % 4
    for r in range(reps):
        s.append(get_step(d, c, k))
        if di % 4 == 3 and r == 1:
            s.append(llm(GLUE[d["name"]]["recheck"], ""))
    return s[:15]


def loop_pagination_reset(d, c, rng, di):
    s = opening(d, c, rng, di)
    first = _tok(d, 0)
    nxt = _tok(d, 1)
    reps = 4 + di % 3
    for r in range(reps):
        s.append(_page(d, c, first, 1, nxt))
        if r < reps - 1 and (di + r) % 2 == 0:
            s.append(llm(GLUE[d["name"]]["next"], ""))
    return s[:15]


def loop_zero_hit_query_churn(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    name, key = d["search"]
    base = d["queries"][1 + di % 2]
    variants = [
        base,
        base.replace(" ", "  "),
        base.upper(),
        base + " ",
        base.replace(":", "=") if ":" in base else base.replace("=", ":"),
        base.lower().replace(" ", " AND "),
        "(" + base + ")",
    ]
    n = 4 + (di + rng.randrange(3)) % 4
    for j in range(n):
        s.append(tool(d, c, name, {key: variants[j % len(variants)]}, {"hits": 0, "ids": []}))
        if j in (1, 3) and di % 2 == 0:
            s.append(llm(GLUE[d["name"]]["query"], ""))
    return s[:15]


def loop_reask_answered_question(d, c, rng, di):
    s = opening(d, c, rng, di)
    ask = d["say"]["ask"]
    ans = d["say"]["answer"]
    reps = 3 + di % 2
    replies = [ans, "I already said: " + ans, "As I said twice now, " + ans[0].lower() + ans[1:]]
    for r in range(reps):
        s.append(llm(ask, "" if r == 0 else replies[(r - 1) % 3]))
        if di % 2 == 0:
            s.append(get_step(d, c, 0))
    s.append(llm(ask, replies[2]))
    return s[:15]


def loop_three_step_cycle(d, c, rng, di):
    s = [llm(_ack(d, rng), d["person"][di % 2])]
    gname, gkey = d["get"]
    sname, skey = d["search"]
    rid = d["ids"][0]
    payload_get = d["rec"](rid, 0)
    cycles = 3 if di % 3 else 4
    for _ in range(cycles):
        s.append(tool(d, c, gname, {gkey: rid}, payload_get))
        s.append(tool(d, c, sname, {skey: d["queries"][0]}, {"hits": 3, "ids": d["ids"][:3]}))
        s.append(_poll(d, c, "running", 55))
    return s[:15]


def loop_apology_same_wrong_answer(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    wrong = d["say"]["wrong"]
    s.append(llm(wrong, ""))
    openers = ["You're right, apologies. ", "Sorry about that. ", "Thanks for catching that. "]
    pushes = [
        d["say"]["correct"],
        "Still wrong. Same mistake.",
        "You've said the same thing again.",
    ]
    reps = 3 + (di + rng.randrange(2)) % 2
    for r in range(reps):
        if di % 3 == 0 and r == 1:
            s.append(get_step(d, c, 0))
        s.append(llm(openers[r % 3] + wrong, pushes[r % 3]))
    return s


def loop_write_verify_rewrite(d, c, rng, di):
    s = opening(d, c, rng, di)
    _n, field, a, b = d["set"]
    gname, gkey = d["get"]
    rid = d["ids"][0]
    stale = dict(d["rec"](rid, 0))
    stale[field] = b
    reps = 3 + di % 2
    for r in range(reps):
        s.append(_set_call(d, c, a))
        s.append(tool(d, c, gname, {gkey: rid}, stale))
        if r < reps - 1 and di % 2 == 1:
            s.append(llm(GLUE[d["name"]]["rewrite"], ""))
    return s[:15]


# --- progress kinds (near misses) ------------------------------------------------------------


def prog_templated_batch_updates(d, c, rng, di):
    s = opening(d, c, rng, di)
    n = 4 + (di + rng.randrange(2)) % 2
    fmt = d["say"]["status"]
    for k in range(1, n + 1):
        rec = _rec(d, k)
        s.append(get_step(d, c, k))
        vals = list(rec.values())
        s.append(llm(fmt % (vals[0], vals[2]), "" if di % 3 else "next one"))
    return s[:15]


def prog_summarise_related_documents(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    n = 3 + di % 3
    for k in range(1, n + 1):
        s.append(get_step(d, c, k))
        s.append(llm(SUMM[d["name"]](_rec(d, k)), ""))
    return s[:15]


def prog_alternating_decisions_on_items(d, c, rng, di):
    s = opening(d, c, rng, di)
    _n, _f, a, b = d["set"]
    n = 5 + di % 2
    for k in range(1, n + 1):
        s.append(_set_call(d, c, a if k % 2 else b, k))
        if di % 3 == 2 and k == 3:
            s.append(llm(GLUE_MORE[d["name"]]["half"], ""))
    return s[:15]


def prog_retry_corrected_argument(d, c, rng, di):
    s = opening(d, c, rng, di)
    name, args, fix = FAIL[d["name"]]
    s.append(_err(d, c, name, args))
    if di % 2 == 1:
        s.append(get_step(d, c, 0))
    s.append(llm(GLUE[d["name"]]["fix"], ""))
    fixed = dict(args)
    fixed.update(fix)
    s.append(tool(d, c, name, fixed, {"result": d["err_fix"], "request": fixed}))
    s.append(get_step(d, c, 1))
    s.append(llm(SUMM[d["name"]](_rec(d, 1)) + " Done.", ""))
    return s


def prog_polling_until_done(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    n = 4 + (di + rng.randrange(3)) % 4
    states = ["queued"] + ["running"] * (n - 2) + ["completed"]
    for r in range(n):
        pct = 0 if r == 0 else min(100, int(100 * r / (n - 1)))
        s.append(_poll(d, c, states[r], pct))
        if di % 3 == 0 and r % 2 == 1 and r < n - 1:
            s.append(llm(GLUE[d["name"]]["poll"] + " Now %d%%." % pct, ""))
    s.append(llm(d["say"]["exact"], ""))
    return s[:15]


def prog_acknowledging_dictation(d, c, rng, di):
    s = opening(d, c, rng, di)
    notes = [_rec(d, k) for k in range(1, 5 + di % 2)]
    for rec in notes:
        vals = list(rec.values())
        s.append(
            llm(
                GLUE_MORE[d["name"]]["noted"] % (vals[0], vals[1]),
                "add %s: %s" % (vals[0], vals[1]),
            )
        )
    s.append(llm("That's %d noted; I'll file them together." % len(notes), "that's all"))
    return s[:15]


def prog_same_tool_distinct_args(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    n = 4 + (di + rng.randrange(2)) % 2
    for k in range(1, n + 1):
        s.append(get_step(d, c, k))
        if di % 4 == 3 and k == 2:
            s.append(llm(GLUE[d["name"]]["recheck"].split(",")[0] + " for the next one.", ""))
    return s[:15]


def prog_paging_through_results(d, c, rng, di):
    s = opening(d, c, rng, di)
    n = 4 + di % 3
    for r in range(n):
        last = r == n - 1
        s.append(_page(d, c, _tok(d, r), r + 1, None if last else _tok(d, r + 1)))
        if not last and (di + r) % 2 == 0:
            s.append(llm(GLUE[d["name"]]["next"], ""))
    return s[:15]


def prog_query_refinement_to_hits(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    name, key = d["search"]
    hits = [0, 14, 3, 1]
    qs = d["queries"] + [d["queries"][2] + " limit:1"]
    for j in range(4):
        ids = d["ids"][: min(hits[j], 6)]
        s.append(tool(d, c, name, {key: qs[j]}, {"hits": hits[j], "ids": ids}))
        if j in (0, 1) and di % 2 == 0:
            s.append(
                llm(GLUE[d["name"]]["query"] if j == 0 else GLUE_MORE[d["name"]]["narrow"], "")
            )
    s.append(get_step(d, c, 0))
    s.append(llm(SUMM[d["name"]](_rec(d, 0)), ""))
    return s[:15]


def prog_successive_distinct_clarifications(d, c, rng, di):
    s = opening(d, c, rng, di)
    s.append(llm(d["say"]["ask"], ""))
    rec = _rec(d, 2)
    vals = list(rec.values())
    s.append(llm(GLUE_MORE[d["name"]]["scope"] % vals[0], d["say"]["answer"]))
    if di % 2 == 0:
        s.append(get_step(d, c, 2))
    s.append(
        llm(
            GLUE_MORE[d["name"]]["last"],
            "Yes, do that.",
        )
    )
    s.append(_set_call(d, c, d["set"][2]))
    s.append(_set_call(d, c, d["set"][2], 2))
    s.append(llm(d["say"]["exact"], ""))
    return s[:15]


def prog_per_item_pipeline(d, c, rng, di):
    s = [llm(_ack(d, rng), d["person"][di % 2])]
    gname, gkey = d["get"]
    sname, skey = d["search"]
    cycles = 3 if di % 3 else 4
    for k in range(cycles):
        rid = d["ids"][k]
        s.append(tool(d, c, gname, {gkey: rid}, d["rec"](rid, k)))
        s.append(
            tool(d, c, sname, {skey: d["queries"][k % 3] + " id:" + rid}, {"hits": 1, "ids": [rid]})
        )
        s.append(_set_call(d, c, d["set"][2], k))
    return s[:15]


def prog_correction_applied(d, c, rng, di):
    s = opening(d, c, rng, di + 1)
    s.append(llm(d["say"]["wrong"], ""))
    s.append(get_step(d, c, 0))
    s.append(llm(d["say"]["right"], d["say"]["correct"]))
    s.append(_set_call(d, c, d["set"][2]))
    if di % 2 == 0:
        s.append(get_step(d, c, 1))
    s.append(llm(GLUE_MORE[d["name"]]["updated"], ""))
    return s


def prog_write_then_verify_records(d, c, rng, di):
    s = opening(d, c, rng, di)
    _n, field, a, _b = d["set"]
    gname, gkey = d["get"]
    n = 3 + di % 2
    for k in range(n):
        rid = d["ids"][k]
        fresh = dict(d["rec"](rid, k))
        fresh[field] = a
        s.append(_set_call(d, c, a, k))
        s.append(tool(d, c, gname, {gkey: rid}, fresh))
        if di % 2 == 1 and k < n - 1:
            s.append(llm(GLUE_MORE[d["name"]]["moving"] % (rid, d["ids"][k + 1]), ""))
    return s[:15]


LOOPS = [
    ("exact_repeat", loop_exact_repeat),
    ("paraphrased_repeat", loop_paraphrased_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_tool_retry", loop_failing_tool_retry),
    ("same_action_same_observation", loop_same_action_same_observation),
    ("identical_monologue", loop_identical_monologue),
    ("identical_tool_calls", loop_identical_tool_calls),
    ("pagination_reset", loop_pagination_reset),
    ("zero_hit_query_churn", loop_zero_hit_query_churn),
    ("reask_answered_question", loop_reask_answered_question),
    ("three_step_cycle", loop_three_step_cycle),
    ("apology_same_wrong_answer", loop_apology_same_wrong_answer),
    ("write_verify_rewrite", loop_write_verify_rewrite),
]

PROGRESS = [
    ("templated_batch_updates", prog_templated_batch_updates),
    ("summarise_related_documents", prog_summarise_related_documents),
    ("alternating_decisions_on_items", prog_alternating_decisions_on_items),
    ("retry_corrected_argument", prog_retry_corrected_argument),
    ("polling_until_done", prog_polling_until_done),
    ("acknowledging_dictation", prog_acknowledging_dictation),
    ("same_tool_distinct_args", prog_same_tool_distinct_args),
    ("paging_through_results", prog_paging_through_results),
    ("query_refinement_to_hits", prog_query_refinement_to_hits),
    ("successive_distinct_clarifications", prog_successive_distinct_clarifications),
    ("per_item_pipeline", prog_per_item_pipeline),
    ("correction_applied", prog_correction_applied),
    ("write_then_verify_records", prog_write_then_verify_records),
]


def build() -> list[dict]:
    rows = []
    for label, kinds in (("loop", LOOPS), ("progress", PROGRESS)):
        for kind, fn in kinds:
            for di, d in enumerate(DOMAINS):
                row_id = "%s-%s-%s-%03d" % (PREFIX, label, kind, di + 1)
                rng = _rng(row_id)
                steps = fn(d, Clock(rng), rng, di)
                if not 6 <= len(steps) <= 15:
                    raise ValueError("%s has %d steps" % (row_id, len(steps)))
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
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in build():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
