"""Generate the forty-sixth blind trajectory set (loop vs. progress).

Standard library only and deterministic: every row seeds its own random.Random from
SEED plus the row id. Run: python3 tests/data/trajectories_fortysixth/generate.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 46_046
HERE = Path(__file__).resolve().parent
OUT = HERE / "trajectories.jsonl"

# --------------------------------------------------------------------------- noise helpers


def rid(r: random.Random) -> str:
    return "req_" + "".join(r.choice("0123456789abcdef") for _ in range(12))


def uuid(r: random.Random) -> str:
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def ts(r: random.Random) -> str:
    style = r.randrange(4)
    d, hh, mm, ss = r.randint(3, 27), r.randint(7, 19), r.randint(0, 59), r.randint(0, 59)
    if style == 0:
        return f"2025-03-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{r.randint(0, 999):03d}Z"
    if style == 1:
        return f"Tue, {d:02d} Mar 2025 {hh:02d}:{mm:02d}:{ss:02d} GMT"
    if style == 2:
        return str(1741000000000 + r.randint(0, 2_000_000_000))
    return f"2025-03-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}+00:00"


def lat(r: random.Random) -> str:
    return f"{r.randint(38, 1900)}ms"


def meta(r: random.Random) -> str:
    kind = r.randrange(3)
    if kind == 0:
        return f"[request_id={rid(r)} latency={lat(r)}]"
    if kind == 1:
        return f"(trace {uuid(r)}, {ts(r)})"
    return f"-- x-request-id: {rid(r)}; served_at: {ts(r)}; took {lat(r)}"


def llm(text: str, observation: str | None = None) -> dict:
    step: dict = {"kind": "llm", "text": text}
    if observation is not None:
        step["observation"] = observation
    return step


def tool(name: str, args: dict, observation: str, error: bool = False) -> dict:
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


# --------------------------------------------------------------------------- domains

DOMAINS: list[dict] = [
    {
        "domain": "charity_gift_aid_claims",
        "request": "Can you get the Q1 Gift Aid claim ready for HMRC? Check the declarations are valid and tell me the total we can claim back.",
        "plan": "I'll pull the Q1 donations with Gift Aid flags, check each donor's declaration, then total the eligible amounts and prepare the claim schedule.",
        "warm": [
            (
                "crm_query",
                {"report": "donations", "from": "2025-01-01", "to": "2025-03-31", "gift_aid": True},
                "412 donations flagged Gift Aid, gross £38,240.50, 17 with missing postcode",
            ),
            (
                "crm_get_settings",
                {"section": "hmrc"},
                "charity_ref=XR48213; claim_frequency=quarterly; last_claim=2024-12-31 (£8,904.00)",
            ),
        ],
        "rec": ("crm_get_donor", "donor_id"),
        "items": [
            ("D-10421", "declaration 2019-05-02, postcode SW9 8QH present"),
            ("D-10458", "declaration missing postcode"),
            ("D-10502", "declaration cancelled 2024-11-12"),
            ("D-10533", "declaration 2023-01-19, valid"),
            ("D-10577", "oral declaration, confirmation letter sent"),
            ("D-10610", "postcode BS3 4LP, valid"),
            ("D-10644", "declaration 2021-08-30, house number missing"),
            ("D-10689", "valid, enduring declaration"),
        ],
        "upd": ("crm_update_donor", "claim_status"),
        "upd_vals": [
            "eligible",
            "hold_missing_postcode",
            "excluded_cancelled",
            "eligible",
            "eligible_pending_letter",
            "eligible",
            "hold_missing_address",
            "eligible",
        ],
        "search": ("hmrc_guidance_search", "query"),
        "q_loop": [
            "gift aid declaration missing postcode still valid",
            "is a Gift Aid declaration valid without postcode",
            "gift aid postcode missing declaration validity",
            "validity of declarations lacking a postcode gift aid",
            "Gift Aid: declaration without post code acceptable?",
        ],
        "refine": [
            ("gift aid declaration", "1,204 results; top: 'Gift Aid declarations: overview'"),
            (
                "gift aid declaration postcode requirement",
                "37 results; top: 'Chapter 3.3 Donor details'",
            ),
            (
                "chapter 3.3 donor details overseas donors postcode",
                "4 results; top: 'Donors without a UK postcode: enter X in the postcode field'",
            ),
            (
                "claim schedule postcode field X overseas",
                "1 result: 'Charities Online schedule: use X for overseas donors'",
            ),
        ],
        "figure": (
            "the eligible Q1 donation total",
            "crm_query",
            {"report": "gift_aid_eligible", "quarter": "2025Q1"},
            "eligible_gross=£36,112.00; donors=388",
        ),
        "fail": (
            "hmrc_submit_claim",
            {"charity_ref": "XR48213", "schedule": "q1_2025.ods", "period_end": "31/03/2025"},
            "400 Bad Request: period_end must be ISO 8601 (YYYY-MM-DD)",
            {"charity_ref": "XR48213", "schedule": "q1_2025.ods", "period_end": "2025-03-31"},
            "202 Accepted: submission_id=GA-2025-77812, status=received",
        ),
        "fail_hard": "503 Service Unavailable: Charities Online gateway maintenance window",
        "job": ("hmrc_claim_status", "submission_id", "GA-2025-77812"),
        "job_states": [
            "received",
            "validating schedule",
            "validated, 388 rows accepted",
            "approved, repayment £9,028.00 scheduled",
        ],
        "answer": "The Q1 claim covers 388 donors and £36,112.00 of eligible donations, so the repayment is £9,028.00. 24 donations are held back for missing address details.",
        "feedback": [
            (
                "That's not right, we also had the Easter appeal donations in March.",
                "You're right, I left out the Easter appeal batch. Including its 41 eligible donations (£2,310.00), the Q1 claim is 429 donors and £38,422.00, a repayment of £9,605.50.",
            ),
            (
                "The sponsored walk money can't be claimed, it was sponsorship with a benefit.",
                "Agreed, sponsorship where the donor received a benefit is not eligible. Removing the 12 sponsored-walk gifts (£640.00) leaves £37,782.00 and a repayment of £9,445.50.",
            ),
            (
                "Also list the held-back donors so I can chase them.",
                "Here are the 24 held donations by donor: D-10458, D-10644 and 22 more from the 'missing address' report, totalling £1,318.50; once fixed they can go on the Q2 claim.",
            ),
        ],
        "cfg": (
            "edit_schedule_column",
            "q1_2025.ods",
            "postcode",
            "blank",
            "X",
            "validate_schedule",
            "row 14: postcode required for UK donors",
            "row 14: house name or number missing",
        ),
        "cfg_progress": [
            ("trim_whitespace", "3 errors: rows 14, 88, 201 house number missing"),
            ("fill_from_address_line1", "1 error: row 201 date of donation after period end"),
            ("move_row_201_to_q2", "0 errors, schedule valid: 388 rows"),
        ],
        "docs": [
            (
                "HMRC-CH3",
                "Chapter 3: Gift Aid",
                "sets out who can make a declaration and what donor details must be kept",
            ),
            (
                "HMRC-CH3.3",
                "Chapter 3.3: Donor details",
                "requires the donor's full name and home address, with postcode where one exists",
            ),
            (
                "HMRC-SMALLDON",
                "Gift Aid Small Donations Scheme",
                "lets charities claim on cash gifts of £30 or less without declarations, up to £8,000 a year",
            ),
            (
                "HMRC-CLAIMS",
                "Making a claim online",
                "explains the schedule format and the four-year limit on claims",
            ),
            (
                "HMRC-BENEFITS",
                "Donor benefits limits",
                "caps benefits at 25% of the first £100 and 5% above it",
            ),
        ],
        "page": ("crm_list_donations", "DN-", "donation"),
        "pipe": ("crm_get_donor", "check_declaration", "crm_update_donor"),
    },
    {
        "domain": "sailing_school_course_bookings",
        "request": "We need to move everyone on the cancelled 12 April Day Skipper course onto the 26 April course or refund them. Can you sort it out?",
        "plan": "I'll list the bookings on the 12 April course, check space on 26 April, then move or refund each student and email them.",
        "warm": [
            (
                "bookings_list",
                {"course_id": "DS-0412"},
                "8 students booked; course status=cancelled (instructor unavailable)",
            ),
            (
                "course_get",
                {"course_id": "DS-0426"},
                "Day Skipper 26-27 Apr, boat 'Kittiwake', capacity 10, booked 3, instructor R. Hale",
            ),
        ],
        "rec": ("student_get", "student_id"),
        "items": [
            ("ST-3301", "paid in full £495, prefers to move"),
            ("ST-3302", "deposit £150 only"),
            ("ST-3305", "asked for refund"),
            ("ST-3309", "RYA Competent Crew done, moving"),
            ("ST-3314", "medical form outstanding"),
            ("ST-3318", "paid £495 by voucher"),
            ("ST-3321", "asked to switch to May"),
            ("ST-3327", "paid in full, moving"),
        ],
        "upd": ("booking_transfer", "to_course"),
        "upd_vals": [
            "DS-0426",
            "DS-0426",
            "refund",
            "DS-0426",
            "DS-0426",
            "DS-0426",
            "DS-0510",
            "DS-0426",
        ],
        "search": ("help_centre_search", "query"),
        "q_loop": [
            "voucher refund policy cancelled course",
            "refund a course paid with gift voucher when we cancel",
            "cancelled course voucher payment refund rules",
            "how to refund voucher-paid booking after cancellation",
            "policy: course cancelled by school, voucher refund",
        ],
        "refine": [
            ("refund policy", "52 results; top: 'Cancellations and refunds (students)'"),
            ("school cancels course refund", "9 results; top: 'If we cancel your course'"),
            (
                "school cancels course voucher paid",
                "2 results; top: 'Vouchers: reissue instead of cash refund'",
            ),
            (
                "voucher reissue validity extension",
                "1 result: 'Reissued vouchers valid 12 months from reissue'",
            ),
        ],
        "figure": (
            "the free places on the 26 April course",
            "course_get",
            {"course_id": "DS-0426"},
            "capacity 10, booked 3, free 7",
        ),
        "fail": (
            "payments_refund",
            {"booking_id": "BK-88213", "amount": "495"},
            "422 Unprocessable Entity: amount must be an integer number of pence",
            {"booking_id": "BK-88213", "amount": 49500},
            "refund re_3Pq81 created, £495.00 to card ending 4412",
        ),
        "fail_hard": "502 Bad Gateway: payment provider timeout",
        "job": ("email_batch_status", "batch_id", "EB-5521"),
        "job_states": ["queued", "sending 3/8", "sending 7/8", "sent 8/8, 0 bounces"],
        "answer": "Seven students move to the 26 April course and one (ST-3305) gets a full refund of £495. The 26 April course will then have 10 of 10 places booked.",
        "feedback": [
            (
                "ST-3321 wanted May, not April.",
                "Sorry, my mistake. ST-3321 moves to the 10 May course (DS-0510) instead, so 26 April has 6 transfers and 9 of 10 places booked.",
            ),
            (
                "The voucher student should get a new voucher, not cash.",
                "Right, voucher payments are reissued. ST-3318 gets a new £495 voucher valid to April 2026 rather than a card refund.",
            ),
            (
                "And ST-3314 can't sail without the medical form.",
                "Understood. ST-3314 is moved provisionally with a note that the ML5 form must arrive before 19 April, and I've added a reminder email.",
            ),
        ],
        "cfg": (
            "edit_course",
            "DS-0426",
            "capacity",
            "10",
            "11",
            "validate_course",
            "capacity 11 exceeds boat 'Kittiwake' berth limit 10",
            "10 booked + 1 instructor exceeds 10 berths",
        ),
        "cfg_progress": [
            (
                "capacity=10, instructor on support RIB",
                "1 warning: ratio 1:10 above RYA max 1:5 on board",
            ),
            ("add second instructor J. Moss", "1 warning: J. Moss ticket expires 2025-04-20"),
            ("swap to instructor T. Iqbal", "valid: 10 students, 2 instructors, ratio 1:5"),
        ],
        "docs": [
            (
                "POL-01",
                "Cancellations by the school",
                "promises a transfer or full refund when the school cancels",
            ),
            ("POL-02", "Vouchers", "says voucher-paid bookings are reissued as vouchers, not cash"),
            (
                "RYA-DS",
                "RYA Day Skipper syllabus",
                "requires practical time at the helm and a minimum of 5 days aboard",
            ),
            (
                "POL-07",
                "Medical declarations",
                "requires an ML5 or self-declaration before any time on the water",
            ),
            ("OPS-3", "Boat allocation", "limits each yacht to its berth count including crew"),
        ],
        "page": ("bookings_search", "BK-", "booking"),
        "pipe": ("student_get", "check_eligibility", "booking_transfer"),
    },
    {
        "domain": "sentry_release_regression",
        "request": "Since release web@4.18.0 went out the checkout error rate doubled. Find out what broke and whether we should roll back.",
        "plan": "I'll compare issue counts between 4.17.3 and 4.18.0, look at the new top issues, and tie them to the commits in the release.",
        "warm": [
            (
                "sentry_release_health",
                {"project": "web", "release": "web@4.18.0"},
                "crash_free_sessions=97.1% (prev 99.2%), new_issues=6, adoption=64%",
            ),
            (
                "sentry_list_issues",
                {"project": "web", "query": "firstRelease:web@4.18.0", "sort": "freq"},
                "6 issues: WEB-8K2 (4,102 events), WEB-8K7 (611), WEB-8K9 (88), 3 more under 20",
            ),
        ],
        "rec": ("sentry_get_issue", "issue_id"),
        "items": [
            (
                "WEB-8K2",
                "TypeError: Cannot read properties of undefined (reading 'currency') in CartSummary",
            ),
            ("WEB-8K7", "ChunkLoadError: Loading chunk 771 failed"),
            ("WEB-8K9", "AbortError in PaymentSheet fetch"),
            ("WEB-8KA", "ResizeObserver loop limit exceeded"),
            ("WEB-8KC", "Hydration failed: text content mismatch"),
            ("WEB-8KD", "401 from /api/cart/promo"),
            ("WEB-8KF", "SecurityError in localStorage access"),
            ("WEB-8KH", "RangeError: Invalid time value in DeliveryDate"),
        ],
        "upd": ("sentry_update_issue", "assignedTo"),
        "upd_vals": [
            "team:checkout",
            "team:platform",
            "team:payments",
            "ignore",
            "team:web-core",
            "team:payments",
            "team:web-core",
            "team:checkout",
        ],
        "search": ("github_code_search", "q"),
        "q_loop": [
            "cart.currency undefined CartSummary",
            "CartSummary currency undefined",
            "currency of undefined cart summary",
            "CartSummary.tsx cart currency",
            "undefined currency CartSummary component",
        ],
        "refine": [
            ("CartSummary", "14 hits across 6 files"),
            ("CartSummary currency", "3 hits: CartSummary.tsx:41, useCart.ts:88, money.ts:12"),
            (
                "useCart currency default",
                "1 hit: useCart.ts:88 `const { currency } = cart.totals` (changed in a81f3c2)",
            ),
            (
                "a81f3c2 totals optional",
                "commit a81f3c2 'make cart.totals lazy' by dlee, in web@4.18.0",
            ),
        ],
        "figure": (
            "the event count for WEB-8K2",
            "sentry_get_issue",
            {"issue_id": "WEB-8K2"},
            "events=4,102; users=1,377; first_seen=web@4.18.0",
        ),
        "fail": (
            "sentry_query_events",
            {"project": "web", "query": "issue:WEB-8K2", "statsPeriod": "48 hours"},
            "400: Invalid statsPeriod '48 hours', expected e.g. '48h'",
            {"project": "web", "query": "issue:WEB-8K2", "statsPeriod": "48h"},
            "4,102 events; 92% on /checkout; 100% release web@4.18.0",
        ),
        "fail_hard": "429 Too Many Requests: rate limit exceeded for organization",
        "job": ("deploy_status", "deploy_id", "dpl_7f2a"),
        "job_states": [
            "pending",
            "building",
            "rolling out 40%",
            "rolled out 100%, health checks passing",
        ],
        "answer": "WEB-8K2 is the regression: commit a81f3c2 made cart.totals lazy, so CartSummary reads currency before totals load. Roll back to web@4.17.3.",
        "feedback": [
            (
                "We can't roll back, 4.18.0 has the tax fix legal needs.",
                "Fair point, a rollback would drop the tax fix. Instead, hotfix 4.18.1 with a guard in CartSummary (`cart.totals?.currency ?? defaultCurrency`) and keep 4.18.0's tax change.",
            ),
            (
                "What about WEB-8K7, is that related?",
                "WEB-8K7 is separate: ChunkLoadError after the deploy, from clients holding old chunk names. It falls off as adoption rises; a reload-on-chunk-error handler would clear it sooner.",
            ),
            (
                "Give me numbers for the status page.",
                "Status page: since 09:12 UTC about 1,377 users (3.1% of checkouts) saw an error on the cart page; a fix is deploying, ETA 30 minutes.",
            ),
        ],
        "cfg": (
            "apply_patch",
            "src/cart/CartSummary.tsx",
            "currency",
            "cart.totals.currency",
            "cart.currency",
            "run_tests",
            "FAIL CartSummary.test.tsx: Cannot read properties of undefined (reading 'currency')",
            "FAIL CartSummary.test.tsx: expected 'EUR' received undefined",
        ),
        "cfg_progress": [
            ("cart.totals?.currency", "2 failed: renders currency; renders total"),
            (
                "cart.totals?.currency ?? cart.defaultCurrency",
                "1 failed: renders total (expected '€12.00', got 'NaN')",
            ),
            ("guard total with isLoaded", "all 48 tests passed"),
        ],
        "docs": [
            (
                "PR-2231",
                "PR #2231 make cart.totals lazy",
                "defers the totals request until the cart drawer opens",
            ),
            (
                "PR-2240",
                "PR #2240 tax rounding fix",
                "rounds VAT per line instead of per order for DE and AT",
            ),
            (
                "PR-2244",
                "PR #2244 upgrade react-query 5",
                "changes isLoading to isPending across hooks",
            ),
            (
                "PR-2247",
                "PR #2247 promo code endpoint",
                "moves promo validation to /api/cart/promo with auth",
            ),
            ("PR-2252", "PR #2252 delivery date picker", "parses dates with date-fns parseISO"),
        ],
        "page": ("sentry_list_events", "evt_", "event"),
        "pipe": ("sentry_get_issue", "git_blame", "sentry_update_issue"),
    },
    {
        "domain": "county_library_ebook_licensing",
        "request": "Our OverDrive budget runs out in May. Which ebook licences expire this quarter, and which should we renew based on holds?",
        "plan": "I'll pull the licences expiring this quarter, join them with current holds and checkouts, and rank renewals by demand per pound.",
        "warm": [
            (
                "marketplace_expiring",
                {"from": "2025-04-01", "to": "2025-06-30"},
                "143 licences expiring (98 metered-by-checkouts, 45 metered-by-time)",
            ),
            (
                "budget_get",
                {"account": "ebooks_fy25"},
                "allocated £42,000; spent £37,650; remaining £4,350",
            ),
        ],
        "rec": ("title_get", "isbn"),
        "items": [
            ("9780593321201", "Tomorrow, and Tomorrow: 14 holds, 2 copies, £55 per licence"),
            ("9780008435875", "The Thursday Murder Club: 3 holds, £45"),
            ("9781529354331", "Lessons in Chemistry: 22 holds, 3 copies, £60"),
            ("9780241460894", "Klara and the Sun: 0 holds, £42"),
            ("9781398515697", "Yellowface: 9 holds, £58"),
            ("9780593135204", "Project Hail Mary: 11 holds, £52"),
            ("9780571365463", "The Marriage Portrait: 1 hold, £48"),
            ("9781526643537", "Demon Copperhead: 6 holds, £55"),
        ],
        "upd": ("cart_add", "licence_model"),
        "upd_vals": [
            "OC/OU 24m",
            "skip",
            "OC/OU 24m",
            "skip",
            "26 checkouts",
            "OC/OU 24m",
            "skip",
            "26 checkouts",
        ],
        "search": ("catalogue_search", "q"),
        "q_loop": [
            "cheaper licence Lessons in Chemistry",
            "Lessons in Chemistry lower price licence",
            "Lessons in Chemistry licence cheaper option",
            "alternative cheaper licence for Lessons in Chemistry",
            "Lessons In Chemistry discounted licence",
        ],
        "refine": [
            (
                "Lessons in Chemistry",
                "4 formats: ebook OC/OU £60, ebook 26-circ £38, audiobook £75, large print",
            ),
            ("Lessons in Chemistry ebook 26-circ", "1 offer: £38, 26 checkouts or 24 months"),
            (
                "Lessons in Chemistry ebook simultaneous use",
                "1 offer: cost-per-circ £1.99, cap £500/month",
            ),
            (
                "cost per circ cap consortium",
                "consortium plan: shared cap £2,000/month across 4 libraries",
            ),
        ],
        "figure": (
            "the remaining ebook budget",
            "budget_get",
            {"account": "ebooks_fy25"},
            "allocated £42,000; spent £37,650; remaining £4,350",
        ),
        "fail": (
            "marketplace_holds_report",
            {"collection": "ebooks", "min_holds": "5+"},
            "400: min_holds must be an integer",
            {"collection": "ebooks", "min_holds": 5},
            "31 titles with 5 or more holds; ratio holds:copies above 4 for 12 titles",
        ),
        "fail_hard": "504 Gateway Timeout: marketplace reporting service",
        "job": ("marketplace_order_status", "order_id", "PO-25-0419"),
        "job_states": [
            "submitted",
            "awaiting publisher approval",
            "partially fulfilled 18/27",
            "fulfilled 27/27",
        ],
        "answer": "Renew 27 of the 143 expiring licences for £1,410: every title with 5 or more holds, choosing the 26-checkout model where it is cheaper. That leaves £2,940 in the budget.",
        "feedback": [
            (
                "The committee said no more than £1,000 this quarter.",
                "Sorry, I didn't have that cap. Keeping to £1,000 means renewing the 19 titles with the highest holds-per-copy ratio (£992), and the other 8 go on the July list.",
            ),
            (
                "Keep the book club titles regardless of holds.",
                "Noted. The 6 book-club titles (£288) stay in; to hold the £1,000 cap I've dropped the 5 lowest-ratio titles, total £994.",
            ),
            (
                "Can you also say what we lose if we don't renew Klara?",
                "Klara and the Sun has had 2 checkouts in 12 months and no holds; letting it lapse saves £42 with little effect, and a 26-circ licence can be bought later.",
            ),
        ],
        "cfg": (
            "edit_cart_rule",
            "q2_renewals",
            "min_holds",
            "5",
            "3",
            "cart_check",
            "total £1,410 exceeds cap £1,000",
            "total £1,980 exceeds cap £1,000",
        ),
        "cfg_progress": [
            ("min_holds=5, prefer 26-circ", "total £1,120 exceeds cap £1,000"),
            ("min_holds=5, ratio>=3", "total £1,020 exceeds cap £1,000"),
            ("min_holds=5, ratio>=3, drop large print duplicates", "total £994 within cap"),
        ],
        "docs": [
            (
                "CDP-2024",
                "Collection development policy 2024",
                "prioritises demand (holds ratio above 4) and local authors",
            ),
            (
                "OD-LIC",
                "OverDrive licence models",
                "compares one copy/one user, 26-checkout and cost-per-circ licences",
            ),
            (
                "BOARD-MIN-03",
                "Board minutes, March",
                "caps Q2 ebook renewals at £1,000 pending the budget review",
            ),
            (
                "BC-LIST",
                "Book club list 2025",
                "lists 6 titles reserved for reading groups until December",
            ),
            (
                "CONS-MOU",
                "Consortium memorandum",
                "shares a cost-per-circ cap with three neighbouring counties",
            ),
        ],
        "page": ("marketplace_list_licences", "LIC-", "licence"),
        "pipe": ("title_get", "holds_ratio", "cart_add"),
    },
    {
        "domain": "pet_food_recall_notices",
        "request": "The supplier just recalled Hearty Paws chicken kibble lots 24C11 to 24C19 for salmonella. Find which customers bought those lots and notify them.",
        "plan": "I'll map the recalled lots to our SKUs and stock movements, find the orders that shipped those lots, then notify customers and pull remaining stock.",
        "warm": [
            (
                "supplier_notice_get",
                {"notice_id": "HP-RC-2025-03"},
                "Hearty Paws Adult Chicken 2kg and 7kg, lots 24C11-24C19, best before 11/2026, Salmonella Infantis",
            ),
            (
                "inventory_lots",
                {"sku_prefix": "HP-CHK", "lots": "24C11-24C19"},
                "lots 24C12, 24C14, 24C17 received; 212 units shipped, 96 on hand in DC-North",
            ),
        ],
        "rec": ("order_get", "order_id"),
        "items": [
            ("SO-551203", "2 x 7kg lot 24C14, shipped 03 Mar"),
            ("SO-551219", "1 x 2kg lot 24C12, subscription"),
            ("SO-551240", "1 x 7kg lot 24C17, returned 10 Mar"),
            ("SO-551266", "3 x 2kg lot 24C12, shelter account"),
            ("SO-551281", "1 x 7kg lot 24C14, vet clinic"),
            ("SO-551302", "1 x 2kg lot 24C17, marketplace order"),
            ("SO-551330", "1 x 7kg lot 24C12, guest checkout"),
            ("SO-551347", "2 x 2kg lot 24C14, subscription paused"),
        ],
        "upd": ("recall_notify", "template"),
        "upd_vals": [
            "recall_consumer",
            "recall_consumer_sub",
            "recall_returned_fyi",
            "recall_b2b",
            "recall_b2b",
            "recall_marketplace",
            "recall_guest_email",
            "recall_consumer_sub",
        ],
        "search": ("order_search", "query"),
        "q_loop": [
            "lot 24C15 shipped orders",
            "orders containing lot 24C15",
            "24C15 lot shipments",
            "shipped with lot number 24C15",
            "lot:24C15 orders shipped",
        ],
        "refine": [
            ("sku:HP-CHK-7", "1,932 orders since 2024"),
            ("sku:HP-CHK-7 shipped:2025-02..2025-03", "148 orders"),
            ("sku:HP-CHK-7 lot:24C1*", "131 orders (lots 24C12, 24C14, 24C17)"),
            ("sku:HP-CHK-2 lot:24C1*", "81 orders (lots 24C12, 24C17)"),
        ],
        "figure": (
            "the number of units shipped from the recalled lots",
            "inventory_lots",
            {"sku_prefix": "HP-CHK", "lots": "24C11-24C19"},
            "212 units shipped, 96 on hand",
        ),
        "fail": (
            "inventory_hold",
            {"location": "DC North", "lots": ["24C12", "24C14", "24C17"]},
            "404: unknown location 'DC North'",
            {"location": "DC-NORTH", "lots": ["24C12", "24C14", "24C17"]},
            "hold placed on 96 units, reason=recall HP-RC-2025-03",
        ),
        "fail_hard": "500 Internal Server Error: WMS integration unavailable",
        "job": ("notify_batch_status", "batch_id", "NB-20250314-02"),
        "job_states": [
            "queued",
            "sending 61/148",
            "sending 140/148",
            "done 146 delivered, 2 bounced",
        ],
        "answer": "148 orders shipped recalled lots to 139 customers. I've drafted one notice for consumers and one for trade accounts, both offering a full refund and disposal guidance.",
        "feedback": [
            (
                "The notice needs the FSA wording about symptoms in pets and people.",
                "You're right, it was missing. I've added the FSA paragraph on symptoms in pets (lethargy, diarrhoea) and the advice to wash hands after handling the food.",
            ),
            (
                "Don't tell customers to bring it back to store, we're online only.",
                "Sorry, fixed: customers now keep the product out of reach and dispose of it sealed in household waste; no return is needed for the refund.",
            ),
            (
                "Trade accounts should get a credit note, not a refund.",
                "Changed: the trade notice now offers a credit note for the unit cost plus £4.50 disposal per bag, issued automatically.",
            ),
        ],
        "cfg": (
            "edit_template",
            "recall_consumer",
            "refund_method",
            "original_payment",
            "store_credit",
            "template_lint",
            "placeholder {{refund_amount}} not defined for guest orders",
            "policy check failed: recalls must refund to original payment",
        ),
        "cfg_progress": [
            ("add refund_amount to guest context", "1 issue: subject line over 78 characters"),
            ("shorten subject", "1 issue: missing unsubscribe exemption flag for safety notices"),
            ("mark as safety notice", "lint passed"),
        ],
        "docs": [
            (
                "FSA-PN",
                "FSA pet food recall guidance",
                "asks firms to tell customers promptly and to explain the risk to people",
            ),
            (
                "SUP-NOTICE",
                "Supplier recall notice",
                "identifies lots 24C11 to 24C19 and the Salmonella Infantis finding",
            ),
            (
                "SOP-RC",
                "Internal recall SOP",
                "requires a hold within 2 hours and customer notice within 24",
            ),
            ("TRADE-TERMS", "Trade account terms", "settles product faults by credit note"),
            ("INS-POL", "Product liability policy", "covers recall costs above a £5,000 excess"),
        ],
        "page": ("order_list", "SO-", "order"),
        "pipe": ("order_get", "lot_check", "recall_notify"),
    },
    {
        "domain": "rooftop_solar_interconnection",
        "request": "The DNO rejected our G99 application for the Hadley Farm 48 kW rooftop system. Work out why and get it resubmitted.",
        "plan": "I'll read the rejection, compare it with what we submitted, fix the forms and single-line diagram, and resubmit through the DNO portal.",
        "warm": [
            (
                "dno_portal_get_application",
                {"ref": "G99-2025-11837"},
                "status=rejected 2025-03-12; reasons: (1) export limitation scheme not described (2) fault level data missing",
            ),
            (
                "project_get",
                {"project": "HADLEY-48"},
                "48.6 kWp, 2 x 20 kW inverters + 1 x 8 kW, export limit requested 30 kW, 3-phase 100A supply",
            ),
        ],
        "rec": ("equipment_get", "model"),
        "items": [
            ("SE20K-RW", "SolarEdge 20 kW, G99 type-tested, ENA ref 0133"),
            ("SE8K-RW", "SolarEdge 8 kW, type-tested"),
            ("SE-ECU-EXPORT", "export control unit, G100 certified"),
            ("CT-SPLIT-200", "200A CT clamp for export meter"),
            ("ISO-63A-4P", "4-pole isolator 63A"),
            ("SPD-T2", "type 2 surge protection"),
            ("MET-3PH-MID", "3-phase MID meter"),
            ("G100-RELAY", "fail-safe export relay"),
        ],
        "upd": ("form_set_equipment", "section"),
        "upd_vals": [
            "A2-inverter",
            "A2-inverter",
            "G100-scheme",
            "G100-scheme",
            "isolation",
            "protection",
            "metering",
            "G100-scheme",
        ],
        "search": ("ena_register_search", "query"),
        "q_loop": [
            "SE20K-RW G100 certificate",
            "G100 certificate for SE20K-RW",
            "SolarEdge SE20K-RW G100 compliance cert",
            "SE20K RW export limitation G100 certificate",
            "certificate G100 SE20K-RW inverter",
        ],
        "refine": [
            ("SE20K-RW", "1 result: ENA type test ref 0133 (G99)"),
            ("SolarEdge export control", "3 results: SE-ECU-EXPORT G100 cert ENA-G100-0211"),
            ("ENA-G100-0211 fail-safe", "cert covers CT loss and comms loss, response under 5 s"),
            (
                "ENA-G100-0211 multiple inverters",
                "approved for up to 4 inverters on one controller",
            ),
        ],
        "figure": (
            "the requested export limit",
            "project_get",
            {"project": "HADLEY-48"},
            "export limit requested 30 kW, 3-phase 100A",
        ),
        "fail": (
            "dno_portal_upload",
            {
                "ref": "G99-2025-11837",
                "file": "SLD_HADLEY_rev3.pdf",
                "doc_type": "single line diagram",
            },
            "400: doc_type must be one of SLD, G100_SCHEME, FAULT_LEVEL, OTHER",
            {"ref": "G99-2025-11837", "file": "SLD_HADLEY_rev3.pdf", "doc_type": "SLD"},
            "uploaded doc_id=D-55120 (SLD_HADLEY_rev3.pdf, 412 KB)",
        ),
        "fail_hard": "503: portal under maintenance until 18:00",
        "job": ("dno_portal_get_application", "ref", "G99-2025-11837R"),
        "job_states": [
            "submitted",
            "completeness check",
            "with design engineer",
            "offer issued: connection approved with 30 kW export limit",
        ],
        "answer": "The rejection was for the missing G100 export limitation description and fault level data. I've added the SolarEdge export control certificate and the fault level figures and can resubmit.",
        "feedback": [
            (
                "The fault level has to come from the DNO's own data, not our estimate.",
                "You're right. I've replaced our estimate with the DNO's published fault level for the Hadley secondary substation (11.2 kA) and cited the source.",
            ),
            (
                "The SLD still shows the old 6 kW battery inverter.",
                "Sorry, the battery inverter was removed in rev 2. The SLD is now rev 4 without it, and the total inverter capacity reads 48 kW.",
            ),
            (
                "Put the schedule of works in too, they asked last time.",
                "Added a schedule of works: scaffold 7 April, panels 8-10 April, commissioning 14 April, witness test if required.",
            ),
        ],
        "cfg": (
            "edit_form_field",
            "G99 form A2-1",
            "export_limit_kw",
            "30",
            "30.0",
            "portal_validate",
            "A2-1: export limit must match G100 scheme setting (30 kW per phase?)",
            "A2-1: export limit must match G100 scheme setting (30 kW per phase?)",
        ),
        "cfg_progress": [
            (
                "export_limit_kw=30, basis=total",
                "2 errors: fault level missing; G100 setting unspecified",
            ),
            ("add G100 setting 30 kW total", "1 error: fault level missing"),
            ("attach DNO fault level 11.2 kA", "validation passed"),
        ],
        "docs": [
            (
                "ENA-G99",
                "ENA EREC G99 Issue 1 Amd 9",
                "sets the connection process for generation over 16 A per phase",
            ),
            (
                "ENA-G100",
                "ENA EREC G100 Issue 2",
                "defines export limitation schemes and their fail-safe tests",
            ),
            (
                "DNO-GUIDE",
                "DNO G99 application guide",
                "lists the documents needed, including SLD and fault level",
            ),
            (
                "REJ-LETTER",
                "Rejection letter 12 March",
                "names the missing G100 description and fault level data",
            ),
            (
                "SE-CERT",
                "SolarEdge G100 certificate",
                "certifies the export control unit for up to 4 inverters",
            ),
        ],
        "page": ("dno_portal_list_documents", "D-", "document"),
        "pipe": ("equipment_get", "ena_check", "form_set_equipment"),
    },
    {
        "domain": "cold_storage_reefer_alarms",
        "request": "Reefer alarms have been going off all night at bay 4. Figure out which containers are actually warming and what to do before the pharma cargo spoils.",
        "plan": "I'll pull the alarm log for bay 4, check each container's supply and return air temperatures against its setpoint, and prioritise the pharma units.",
        "warm": [
            (
                "alarm_log",
                {"bay": "4", "since": "2025-03-18T20:00Z"},
                "63 alarms from 8 containers; 41 are 'power interruption' between 02:10 and 02:25",
            ),
            (
                "manifest_get",
                {"bay": "4"},
                "8 reefers: 3 pharma (+2 to +8 C), 4 frozen fish (-18 C), 1 bananas (+13.3 C)",
            ),
        ],
        "rec": ("reefer_telemetry", "container"),
        "items": [
            ("MSKU 902114-6", "pharma, setpoint +5.0, supply +5.1, return +6.0, ok"),
            ("TGHU 771203-4", "pharma, setpoint +5.0, supply +9.4, return +11.2, rising"),
            ("CAIU 553812-0", "pharma, setpoint +5.0, supply +4.9, ok"),
            ("MNBU 300177-2", "fish, setpoint -18.0, supply -17.6, ok"),
            ("SZLU 918422-7", "fish, setpoint -18.0, supply -12.3, defrost stuck"),
            ("TRIU 660921-5", "fish, ok after power loss"),
            ("MWCU 118830-1", "fish, ok"),
            ("CXRU 145520-9", "bananas, setpoint +13.3, supply +13.5, ok"),
        ],
        "upd": ("work_order_create", "action"),
        "upd_vals": [
            "none",
            "urgent_pti_and_plug_swap",
            "none",
            "none",
            "defrost_reset",
            "none",
            "none",
            "none",
        ],
        "search": ("kb_search", "query"),
        "q_loop": [
            "TGHU reefer supply air high after power loss",
            "reefer supply temperature high after power interruption TGHU",
            "supply air rising post power outage reefer TGHU",
            "TGHU container warming after power cut",
            "high supply air after outage reefer unit TGHU",
        ],
        "refine": [
            ("supply air high", "212 articles"),
            ("supply air high alarm AL20", "14 articles; top: 'AL20 high supply air: causes'"),
            (
                "AL20 Carrier ThinLINE after power loss",
                "3 articles; top: 'Compressor fails to restart after brownout'",
            ),
            (
                "ThinLINE compressor restart brownout reset",
                "1 article: 'Clear AL20 then power-cycle at the plug; if no restart, swap plug and call tech'",
            ),
        ],
        "figure": (
            "the supply air temperature of TGHU 771203-4",
            "reefer_telemetry",
            {"container": "TGHU 771203-4"},
            "supply +9.4 C, return +11.2 C, setpoint +5.0 C, alarm AL20",
        ),
        "fail": (
            "reefer_command",
            {"container": "TGHU7712034", "command": "clear_alarm", "code": "20"},
            "400: container id must be 'XXXU 123456-7' format",
            {"container": "TGHU 771203-4", "command": "clear_alarm", "code": "AL20"},
            "ack: AL20 cleared, compressor restart requested",
        ),
        "fail_hard": "timeout: no response from reefer gateway RG-04 (modem offline)",
        "job": ("reefer_telemetry", "container", "TGHU 771203-4"),
        "job_states": [
            "supply +9.1 C, compressor running",
            "supply +7.6 C, compressor running",
            "supply +5.9 C",
            "supply +5.0 C, at setpoint, no alarms",
        ],
        "answer": "Only two containers are really warming: TGHU 771203-4 (pharma, supply +9.4 C) and SZLU 918422-7 (fish, defrost stuck). The other alarms were the 02:10 power cut and have cleared.",
        "feedback": [
            (
                "How long has the pharma box been above 8 degrees? QA needs that.",
                "Sorry, I should have said. TGHU 771203-4 went above +8.0 C supply at 03:42 and has been out of range for 5 h 18 min; its return air passed +8 at 03:05.",
            ),
            (
                "Don't send a tech for the fish one, the terminal crew can reset defrost.",
                "Understood. I've changed SZLU 918422-7 to a crew task: manual defrost termination and reset, no technician call-out.",
            ),
            (
                "Who is the shipper contact for the pharma box?",
                "The shipper is Halvorsen Pharma Logistics; the 24 h cold chain contact on the booking is +47 22 81 40 10 (duty QA).",
            ),
        ],
        "cfg": (
            "reefer_set",
            "TGHU 771203-4",
            "setpoint_c",
            "5.0",
            "2.0",
            "reefer_telemetry_check",
            "supply +9.3 C, compressor not running",
            "supply +9.4 C, compressor not running",
        ),
        "cfg_progress": [
            ("clear AL20 and power-cycle", "compressor starts then trips after 40 s"),
            ("move to plug 4-17", "compressor running, supply +8.8 C falling"),
            ("wait 30 min", "supply +5.2 C, at setpoint"),
        ],
        "docs": [
            (
                "SOP-REEF-2",
                "Reefer alarm response SOP",
                "requires checking supply and return air against setpoint before escalating",
            ),
            (
                "GDP-CH9",
                "GDP chapter 9 transport",
                "requires temperature excursions on medicines to be reported to the consignor",
            ),
            (
                "CARRIER-AL20",
                "Carrier AL20 bulletin",
                "explains that AL20 follows failed compressor restarts after brownouts",
            ),
            (
                "TERM-POWER",
                "Terminal power incident 19 March",
                "records the 02:10 to 02:25 interruption on bays 3 and 4",
            ),
            (
                "INS-CARGO",
                "Cargo insurance clause",
                "requires excursion logs for any temperature claim",
            ),
        ],
        "page": ("alarm_log_page", "ALM-", "alarm"),
        "pipe": ("reefer_telemetry", "setpoint_check", "work_order_create"),
    },
    {
        "domain": "university_chemical_inventory",
        "request": "The fire officer wants a list of every flammable solvent over 2.5 L in the Chemistry building and which cabinets they're in, by Friday.",
        "plan": "I'll query the chemical inventory for flammables above 2.5 L, check each container's location against the cabinet register, and build the list by room.",
        "warm": [
            (
                "inventory_query",
                {"building": "CHEM", "hazard": "H225", "min_volume_l": 2.5},
                "187 containers, 41 distinct substances, 23 rooms",
            ),
            (
                "cabinet_register",
                {"building": "CHEM"},
                "58 flammable cabinets; 6 flagged 'over capacity' at last audit",
            ),
        ],
        "rec": ("container_get", "barcode"),
        "items": [
            ("CH0041287", "acetone 4 L, room 2.14, cabinet FC-2.14-A"),
            ("CH0041302", "ethanol absolute 2.5 L, room 2.14, bench"),
            ("CH0041355", "diethyl ether 2.5 L, room 3.02, cabinet FC-3.02-B, opened 2023"),
            ("CH0041390", "hexane 4 L, room 1.08, cabinet FC-1.08-A"),
            ("CH0041411", "THF 4 L, room 3.02, cabinet over capacity"),
            ("CH0041436", "methanol 20 L drum, solvent store"),
            ("CH0041459", "toluene 2.5 L, room 2.21, fridge (not spark-proof)"),
            ("CH0041483", "ethyl acetate 5 L, room 1.08, cabinet FC-1.08-B"),
        ],
        "upd": ("inventory_flag", "flag"),
        "upd_vals": [
            "ok",
            "move_to_cabinet",
            "peroxide_test_due",
            "ok",
            "cabinet_over_capacity",
            "ok",
            "remove_from_domestic_fridge",
            "ok",
        ],
        "search": ("inventory_search", "q"),
        "q_loop": [
            "diethyl ether opened before 2024",
            "ether containers opened earlier than 2024",
            "diethyl ether open date < 2024",
            "opened diethyl ether older than one year",
            "Et2O opened before 2024",
        ],
        "refine": [
            ("diethyl ether", "23 containers"),
            ("diethyl ether >= 2.5 L", "9 containers"),
            ("diethyl ether >= 2.5 L opened", "6 containers opened, oldest 2022-11-04"),
            (
                "diethyl ether opened peroxide test overdue",
                "3 containers: CH0041355, CH0039911, CH0040120",
            ),
        ],
        "figure": (
            "the total flammable volume in room 3.02",
            "inventory_query",
            {"room": "3.02", "hazard": "H225"},
            "total 38.5 L across 12 containers",
        ),
        "fail": (
            "inventory_query",
            {"room": "3.02", "hazard": "flammable"},
            "400: hazard must be a GHS H-code, e.g. H225",
            {"room": "3.02", "hazard": "H225"},
            "12 containers, total 38.5 L",
        ),
        "fail_hard": "502 Bad Gateway: ChemTrack API",
        "job": ("report_status", "report_id", "RPT-3381"),
        "job_states": [
            "queued",
            "running: 61/187 containers",
            "running: 150/187 containers",
            "complete: chem_flammables_by_room.xlsx",
        ],
        "answer": "There are 187 flammable containers over 2.5 L in 23 rooms. 9 are outside a flammables cabinet and 6 cabinets are over their 50 L limit; the list by room is attached.",
        "feedback": [
            (
                "The fire officer counts 2.5 L bottles too, not just over.",
                "Sorry, I used 'over 2.5 L'. Including exactly 2.5 L adds 64 containers, so the list is 251 containers in 24 rooms, and 13 are outside a cabinet.",
            ),
            (
                "Room 1.08 was refurbished, those cabinets are new.",
                "Updated: room 1.08 now shows cabinets FC-1.08-C and FC-1.08-D from the refurbishment register, and nothing there is over capacity.",
            ),
            (
                "Sort by risk, not by room.",
                "Re-sorted: first the 13 containers outside cabinets, then the 6 over-capacity cabinets, then the peroxide formers with overdue tests, then the rest by room.",
            ),
        ],
        "cfg": (
            "edit_report_filter",
            "flammables_fire_officer",
            "volume",
            "> 2.5",
            ">= 2.5",
            "report_preview",
            "187 rows; fire officer template needs >= 251",
            "251 rows; column 'cabinet' blank for 13 rows, template rejects blanks",
        ),
        "cfg_progress": [
            ("volume >= 2.5", "251 rows; 13 blank cabinets"),
            ("map blanks to 'NOT IN CABINET'", "251 rows; 2 unknown rooms"),
            ("fix rooms from move log", "251 rows, template valid"),
        ],
        "docs": [
            (
                "DSEAR-RA",
                "DSEAR risk assessment CHEM",
                "limits flammables outside cabinets to what is in use that day",
            ),
            (
                "HSG51",
                "HSE HSG51 flammable liquids",
                "recommends no more than 50 L in a cabinet in a workroom",
            ),
            (
                "UNI-POL-7",
                "University chemical storage policy",
                "requires peroxide formers to be tested every 6 months once opened",
            ),
            (
                "FIRE-LETTER",
                "Fire officer's letter",
                "asks for flammables of 2.5 L and over by room and cabinet",
            ),
            (
                "AUDIT-24",
                "Cabinet audit 2024",
                "flags 6 cabinets over capacity and 2 with broken self-closers",
            ),
        ],
        "page": ("inventory_list", "CH00", "container"),
        "pipe": ("container_get", "cabinet_check", "inventory_flag"),
    },
]

# --------------------------------------------------------------------------- shared pieces


def opening(p: dict, r: random.Random, n_warm: int | None = None) -> list[dict]:
    steps = [llm(p["plan"], observation=p["request"])]
    n = n_warm if n_warm is not None else r.choice([1, 2])
    for name, args, obs in p["warm"][:n]:
        steps.append(tool(name, dict(args), f"{obs} {meta(r)}"))
    return steps


def fig_tool(p: dict, r: random.Random) -> dict:
    _, name, args, obs = p["figure"]
    return tool(name, dict(args), f"{obs} {meta(r)}")


def has_fig(p: dict, steps: list[dict]) -> bool:
    _, name, args, _ = p["figure"]
    return any(s["kind"] == "tool" and s["tool"] == name and s["args"] == args for s in steps)


def add_fig_once(p: dict, r: random.Random, steps: list[dict]) -> None:
    """Fetch the domain's key figure unless the opening already did."""
    if not has_fig(p, steps):
        steps.append(fig_tool(p, r))


PARA_T = [
    "Let me look up {f} again.",
    "I'll check {f} once more to be sure.",
    "Let me search for {f} again before I go on.",
    "Going to re-query {f} to confirm it.",
    "I'll pull {f} one more time.",
    "Just to double-check, fetching {f} again.",
    "Let me verify {f} again.",
    "I want to be certain about {f}, so I'll look it up once more.",
]

# --------------------------------------------------------------------------- loop kinds


def loop_exact_repeat(p, r):
    s = opening(p, r)
    f = p["figure"][0]
    text = (
        f"I have {f} ({p['figure'][3]}). Before writing it up I'll confirm it against the source."
    )
    reps = r.randint(3, 5)
    for _i in range(reps):
        s.append(fig_tool(p, r))
        s.append(llm(text))
    return s


def loop_paraphrased_repeat(p, r):
    s = opening(p, r)
    f = p["figure"][0]
    ts_ = r.sample(PARA_T, r.randint(4, 6))
    add_fig_once(p, r, s)
    for t in ts_:
        s.append(llm(t.format(f=f)))
        if r.random() < 0.75:
            s.append(fig_tool(p, r))
    return s


def loop_ab_oscillation(p, r):
    s = opening(p, r)
    item, detail = p["items"][1]
    s.append(tool(p["rec"][0], {p["rec"][1]: item}, f"{item}: {detail} {meta(r)}"))
    ups = p["upd"]
    v1, v2 = p["upd_vals"][1], p["upd_vals"][0]
    cycles = r.randint(3, 4)
    remark = r.random() < 0.5
    for c in range(cycles):
        s.append(
            tool(
                ups[0], {p["rec"][1]: item, ups[1]: v1}, f"updated {item}: {ups[1]}={v1} {meta(r)}"
            )
        )
        if remark and c == 1:
            s.append(llm(f"On reflection {item} should be '{v2}' rather than '{v1}'. Changing it."))
        s.append(
            tool(
                ups[0], {p["rec"][1]: item, ups[1]: v2}, f"updated {item}: {ups[1]}={v2} {meta(r)}"
            )
        )
        if remark and c == 2:
            s.append(llm(f"Actually, given '{detail}', '{v1}' is the right value for {item}."))
    return s


def loop_repeated_failing_tool(p, r):
    s = opening(p, r)
    name, bad, err, good, ok = p["fail"]
    hard = p["fail_hard"]
    reps = r.randint(4, 6)
    i = 0
    while i < reps or len(s) < 9:
        s.append(tool(name, dict(bad), f"{err} {meta(r)}", error=True))
        if r.random() < 0.4:
            s.append(
                llm(
                    r.choice(
                        [
                            "That failed; retrying.",
                            "The call errored, I'll try it again.",
                            "Trying the same request again.",
                            "Retrying the request.",
                        ]
                    )
                )
            )
        i += 1
    del hard, good, ok
    return s[:18]


def loop_same_action_same_observation(p, r):
    s = opening(p, r)
    name, args = p["rec"]
    item, detail = p["items"][r.randrange(8)]
    reps = r.randint(3, 5)
    remarks = [
        f"{item}: {detail}. I still need to confirm this before moving on.",
        f"Same result for {item}. Let me check it again in case it was cached.",
        f"The record for {item} hasn't changed. Checking once more.",
        f"Still '{detail}'. I'll query {item} again.",
        f"No change on {item}. One more look.",
    ]
    for i in range(reps):
        s.append(tool(name, {args: item}, f"{item}: {detail} {meta(r)}"))
        s.append(llm(remarks[i % len(remarks)]))
    return s


def loop_identical_monologue(p, r):
    s = opening(p, r)
    add_fig_once(p, r, s)
    s.append(llm(f"Got {p['figure'][0]}. Now I'll write up the result."))
    text = f"I'm now preparing the summary for you based on {p['figure'][0]}. One moment while I put it together."
    reps = r.randint(4, 7)
    for _i in range(reps):
        t = (
            text
            if r.random() < 0.6
            else text.replace(". ", ".  ") + ("\n" if r.random() < 0.5 else " ")
        )
        s.append(llm(t))
    return s


def loop_identical_tool_calls(p, r):
    s = opening(p, r)
    name, args, obs = p["warm"][0]
    s.append(llm("Now I'll re-run the first query to build the list."))
    reps = r.randint(4, 7)
    for i in range(reps):
        a = dict(args)
        if r.random() < 0.4:
            a = dict(reversed(list(a.items())))
        if i == 2 and r.random() < 0.5:
            s.append(llm("Running it again."))
        s.append(tool(name, a, f"{obs} {meta(r)}"))
    return s


def loop_stuck_pagination(p, r):
    s = opening(p, r)
    name, pre, noun = p["page"]
    cur = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(14))
    ids = [f"{pre}{r.randint(10000, 99999)}" for _ in range(5)]
    shape = r.randrange(2)
    reps = r.randint(4, 6)
    for i in range(reps):
        args = {"limit": 5} if shape == 0 else {"limit": 5, "cursor": cur}
        body = f"{len(ids)} {noun}s: {', '.join(ids)}; next_cursor={cur}; total=187"
        s.append(tool(name, args, f"{body} {meta(r)}"))
        if i == 0:
            s.append(llm(f"Got the first {noun}s. Fetching the next page."))
        elif r.random() < 0.4:
            s.append(
                llm(
                    r.choice(
                        ["Next page.", f"Continuing through the {noun}s.", "Fetching more results."]
                    )
                )
            )
    return s[:18]


def loop_rephrased_search_no_results(p, r):
    s = opening(p, r)
    name, key = p["search"]
    qs = list(p["q_loop"])
    r.shuffle(qs)
    reps = r.randint(4, 5)
    for i in range(reps):
        s.append(tool(name, {key: qs[i]}, f"0 results {meta(r)}"))
        if i == reps - 1 and len(s) < 8:
            s.append(llm("No results again. Trying another phrasing."))
            s.append(tool(name, {key: qs[0].lower().replace(" ", "  ", 1)}, f"0 results {meta(r)}"))
        if r.random() < 0.6:
            s.append(
                llm(
                    r.choice(
                        [
                            "No results. Let me phrase it differently.",
                            "Nothing found; trying another wording.",
                            "Still nothing. I'll rephrase the search.",
                            "Let me try different terms.",
                        ]
                    )
                )
            )
    return s


def loop_fix_revert_cycle(p, r):
    s = opening(p, r)
    et, target, key, va, vb, ct, fa, fb = p["cfg"]
    cycles = r.randint(2, 3)
    for c in range(cycles):
        s.append(
            tool(
                et,
                {"target": target, "field": key, "value": vb},
                f"saved {target}: {key}={vb} {meta(r)}",
            )
        )
        s.append(tool(ct, {"target": target}, f"{fb} {meta(r)}", error=True))
        if c == 0 or r.random() < 0.5:
            s.append(
                llm(
                    f"Setting {key} to {vb} didn't work. Going back to {va}, which should be correct."
                )
            )
        s.append(
            tool(
                et,
                {"target": target, "field": key, "value": va},
                f"saved {target}: {key}={va} {meta(r)}",
            )
        )
        s.append(tool(ct, {"target": target}, f"{fa} {meta(r)}", error=True))
        if r.random() < 0.5:
            s.append(llm(f"With {va} it fails too. Trying {vb} instead."))
    return s[:18]


def loop_apology_same_answer(p, r):
    s = opening(p, r, n_warm=2)
    ans = p["answer"]
    add_fig_once(p, r, s)
    s.append(llm(ans))
    complaints = [
        p["feedback"][0][0],
        "That's the same thing you said before. " + p["feedback"][0][0],
        "You haven't changed anything.",
        "No. Please actually fix it.",
        "Again, the same answer. Read what I wrote.",
    ]
    preambles = [
        "You're right, I apologise for the oversight. Here is the corrected answer: ",
        "I'm sorry about that. Corrected: ",
        "Apologies for the confusion. Here's the updated answer: ",
        "You're absolutely right, my mistake. ",
        "Sorry again. Here it is corrected: ",
    ]
    reps = r.randint(4, 5)
    for i in range(reps):
        s.append(llm(preambles[i] + ans, observation=complaints[i]))
    return s


def loop_three_step_cycle(p, r):
    s = opening(p, r)
    a, b, c = p["pipe"]
    item, detail = p["items"][r.randrange(8)]
    key = p["rec"][1]
    cycles = 3
    for k in range(cycles):
        s.append(tool(a, {key: item}, f"{item}: {detail} {meta(r)}"))
        s.append(tool(b, {key: item}, f"check {item}: needs review {meta(r)}"))
        s.append(tool(c, {key: item, p["upd"][1]: "needs_review"}, f"{item} updated {meta(r)}"))
        if k == 0 and r.random() < 0.6:
            s.append(llm(f"{item} is marked for review. Let me re-check it from the start."))
    return s


def loop_status_nudge_stall(p, r):
    s = opening(p, r)
    nudges = [
        "Any update?",
        "How's it going?",
        "Still waiting on this, is it done?",
        "Hello? Where are we with this?",
        "Can I get the result now please?",
        "Is anything actually happening?",
    ]
    replies = [
        "I'm working on it now and will have the full result for you shortly.",
        "Still on it! I'll share the complete result as soon as it's ready.",
        "Thanks for your patience, I'm finishing it up and will send it over shortly.",
        "Working on it. You'll have the result very soon.",
        "Almost there, I'll have everything for you in a moment.",
        "I'm on it and will report back shortly with the full result.",
    ]
    add_fig_once(p, r, s)
    s.append(llm(f"I have {p['figure'][0]}; the rest of the work is next."))
    reps = r.randint(4, 6)
    start = r.randrange(3)
    for i in range(reps):
        s.append(llm(replies[(start + i) % len(replies)], observation=nudges[i]))
    return s


# --------------------------------------------------------------------------- progress kinds


def prog_templated_status_updates(p, r):
    s = opening(p, r, n_warm=1)
    name, key = p["rec"]
    n = r.randint(4, 7)
    for item, detail in p["items"][:n]:
        s.append(tool(name, {key: item}, f"{item}: {detail} {meta(r)}"))
        s.append(llm(f"Checked {item}: {detail}. Moving to the next one."))
    return s[:18]


def prog_related_document_summaries(p, r):
    s = opening(p, r, n_warm=1)
    docs = p["docs"][: r.randint(4, 5)]
    for did, title, summ in docs:
        s.append(
            tool(
                "doc_get",
                {"doc_id": did},
                f"{title} ({r.randint(2, 38)} pages) retrieved {meta(r)}",
            )
        )
        s.append(llm(f"Summary of '{title}': it {summ}."))
    if len(s) < 17:
        s.append(
            llm(
                "Taken together these documents set the rules I'll apply to the remaining work; I'll note where each one applies."
            )
        )
    return s


def prog_alternating_per_item(p, r):
    s = opening(p, r, n_warm=1)
    name, key = p["rec"]
    un, uf = p["upd"]
    n = r.randint(4, 6)
    order = list(range(8))
    r.shuffle(order)
    for i in order[:n]:
        item, detail = p["items"][i]
        s.append(tool(name, {key: item}, f"{item}: {detail} {meta(r)}"))
        s.append(
            tool(
                un,
                {key: item, uf: p["upd_vals"][i]},
                f"updated {item}: {uf}={p['upd_vals'][i]} {meta(r)}",
            )
        )
    return s


def prog_retry_with_corrected_argument(p, r):
    s = opening(p, r)
    name, bad, err, good, ok = p["fail"]
    s.append(tool(name, dict(bad), f"{err} {meta(r)}", error=True))
    s.append(
        llm(
            "The error says what is wrong with the request; I'll correct that argument and try again."
        )
    )
    if r.random() < 0.5:
        s.append(tool(name, dict(good), f"{p['fail_hard']} {meta(r)}", error=True))
        s.append(llm("That is a transient server error, not the argument. Retrying once."))
    s.append(tool(name, dict(good), f"{ok} {meta(r)}"))
    s.append(llm("That worked. Continuing with the next step."))
    item, detail = p["items"][r.randrange(8)]
    s.append(tool(p["rec"][0], {p["rec"][1]: item}, f"{item}: {detail} {meta(r)}"))
    s.append(llm(f"{item}: {detail}. Noted for the final report."))
    return s


def prog_poll_until_change(p, r):
    s = opening(p, r)
    name, key, jid = p["job"]
    states = p["job_states"]
    s.append(llm(f"Waiting for {jid} to finish; I'll check its status periodically."))
    seq = [states[0]] + [states[1]] * r.randint(1, 2) + [states[2]] + [states[3]]
    for i, st in enumerate(seq):
        s.append(tool(name, {key: jid}, f"{jid}: {st} (checked {ts(r)}) {meta(r)}"))
        if i < len(seq) - 1 and r.random() < 0.5:
            s.append(
                llm(
                    r.choice(
                        [
                            "Still in progress; checking again in a minute.",
                            "Progressing. Waiting a bit longer.",
                            "Moving along; polling again shortly.",
                        ]
                    )
                )
            )
    s.append(llm(f"{jid} is complete: {states[3]}."))
    return s[:18]


def prog_templated_drafts(p, r):
    s = opening(p, r, n_warm=2)
    n = r.randint(4, 6)
    order = list(range(8))
    r.shuffle(order)
    s.append(
        llm(
            "I'll draft a short message for each affected record, using the same structure so they're consistent."
        )
    )
    for i in order[:n]:
        item, detail = p["items"][i]
        s.append(
            llm(
                f"Draft for {item}:\nSubject: {item}: review outcome\nWe've reviewed {item} ({detail}). Outcome: {p['upd_vals'][i].replace('_', ' ')}. Reply to this message if anything here is wrong."
            )
        )
    return s


def prog_batch_distinct_ids(p, r):
    s = opening(p, r)
    name, key = p["rec"]
    s.append(llm("Fetching each record in turn."))
    n = r.randint(5, 8)
    for item, detail in p["items"][:n]:
        s.append(tool(name, {key: item}, f"{item}: {detail} {meta(r)}"))
    s.append(
        llm(
            "All records fetched; "
            + "; ".join(f"{i}: {d}" for i, d in p["items"][:3])
            + "; and the rest as listed."
        )
    )
    return s[:18]


def prog_paging_through_results(p, r):
    s = opening(p, r, n_warm=2)
    name, pre, noun = p["page"]
    pages = r.randint(4, 6)
    cursor = None
    base = r.randint(10000, 60000)
    total = pages * 5 - r.randint(0, 4)
    seen = 0
    for pg in range(pages):
        k = min(5, total - seen)
        ids = [f"{pre}{base + seen + j}" for j in range(k)]
        seen += k
        nxt = (
            None
            if pg == pages - 1
            else "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(14))
        )
        args = {"limit": 5} if cursor is None else {"limit": 5, "cursor": cursor}
        s.append(
            tool(
                name,
                args,
                f"{k} {noun}s: {', '.join(ids)}; next_cursor={nxt}; total={total} {meta(r)}",
            )
        )
        if r.random() < 0.4 and pg < pages - 1:
            s.append(llm(f"{seen} of {total} {noun}s read. Next page."))
        cursor = nxt
    s.append(llm(f"Read all {total} {noun}s across {pages} pages."))
    return s[:18]


def prog_search_refinement_converging(p, r):
    s = opening(p, r)
    name, key = p["search"]
    for i, (q, res) in enumerate(p["refine"]):
        s.append(tool(name, {key: q}, f"{res} {meta(r)}"))
        if i < 3:
            s.append(
                llm(
                    r.choice(
                        [
                            "Too broad; narrowing the query.",
                            "Closer. Adding the detail from that result.",
                            "That points somewhere specific; following it.",
                            "Refining with the term from the top hit.",
                        ]
                    )
                )
            )
    s.append(llm(f"Found it: {p['refine'][-1][1]}."))
    return s


def prog_iterative_fix_progress(p, r):
    s = opening(p, r)
    et, target, _key, _va, _vb, ct, fa, _fb = p["cfg"]
    s.append(tool(ct, {"target": target}, f"{fa} {meta(r)}", error=True))
    steps = p["cfg_progress"]
    for i, (change, res) in enumerate(steps):
        s.append(llm(f"Next change: {change}."))
        s.append(tool(et, {"target": target, "change": change}, f"saved {target} {meta(r)}"))
        s.append(tool(ct, {"target": target}, f"{res} {meta(r)}", error=i < len(steps) - 1))
    s.append(llm("The check passes now."))
    return s[:18]


def prog_revision_on_feedback(p, r):
    s = opening(p, r, n_warm=2)
    add_fig_once(p, r, s)
    s.append(llm(p["answer"]))
    n = r.randint(2, 3)
    if len(s) + n + 1 < 8:
        n = 3
    for fb, rev in p["feedback"][:n]:
        s.append(llm(rev, observation=fb))
    s.append(
        llm(
            "Glad that's right. I'll file it as the final version.",
            observation="Good, that's what I needed. Thanks.",
        )
    )
    return s


def prog_per_item_pipeline(p, r):
    s = opening(p, r, n_warm=1)
    a, b, c = p["pipe"]
    key = p["rec"][1]
    n = r.randint(3, 5)
    order = list(range(8))
    r.shuffle(order)
    for i in order[:n]:
        item, detail = p["items"][i]
        v = p["upd_vals"][i]
        s.append(tool(a, {key: item}, f"{item}: {detail} {meta(r)}"))
        s.append(tool(b, {key: item}, f"check {item}: result {v} {meta(r)}"))
        s.append(tool(c, {key: item, p["upd"][1]: v}, f"{item} updated: {v} {meta(r)}"))
    return s[:18]


def prog_long_task_updates(p, r):
    s = opening(p, r, n_warm=1)
    name, key = p["rec"]
    nudges = ["Any update?", "How's it going?", "Where are we now?", "Nearly done?"]
    done = 0
    rounds = r.randint(3, 4)
    it = iter(p["items"])
    for k in range(rounds):
        batch = [next(it) for _ in range(2)]
        for item, detail in batch:
            s.append(tool(name, {key: item}, f"{item}: {detail} {meta(r)}"))
        done += 2
        latest = "; ".join(f"{i} {d}" for i, d in batch)
        s.append(llm(f"{done} of 8 done. Latest: {latest}.", observation=nudges[k]))
    return s[:18]


KINDS = [
    (
        "loop",
        "exact_repeat",
        loop_exact_repeat,
        "The same tool call and the same assistant message repeated verbatim (result differs only in request ids and timestamps).",
    ),
    (
        "loop",
        "paraphrased_repeat",
        loop_paraphrased_repeat,
        "The agent keeps announcing, in new words, that it will look up the same figure again, and re-fetches it.",
    ),
    (
        "loop",
        "ab_oscillation",
        loop_ab_oscillation,
        "The agent flips one record's field between two values, A-B-A-B.",
    ),
    (
        "loop",
        "repeated_failing_tool",
        loop_repeated_failing_tool,
        "The same call with the same arguments fails again and again; the agent only retries.",
    ),
    (
        "loop",
        "same_action_same_observation",
        loop_same_action_same_observation,
        "One lookup repeated with an unchanged result, the agent's remarks rephrased between.",
    ),
    (
        "loop",
        "identical_monologue",
        loop_identical_monologue,
        "The agent emits the same message (up to whitespace) over and over with nothing new said to it.",
    ),
    (
        "loop",
        "identical_tool_calls",
        loop_identical_tool_calls,
        "A burst of the same tool call (same arguments, key order varied) back to back.",
    ),
    (
        "loop",
        "stuck_pagination",
        loop_stuck_pagination,
        "Paging that never advances: the same cursor or no cursor, the same page of ids each time.",
    ),
    (
        "loop",
        "rephrased_search_no_results",
        loop_rephrased_search_no_results,
        "Search reworded again and again for the same thing, every query returning 0 results.",
    ),
    (
        "loop",
        "fix_revert_cycle",
        loop_fix_revert_cycle,
        "Edit a setting to B, check fails, revert to A, check fails, back to B: a four-step cycle.",
    ),
    (
        "loop",
        "apology_same_answer",
        loop_apology_same_answer,
        "The user complains; the agent apologises and repeats the same answer word for word.",
    ),
    (
        "loop",
        "three_step_cycle",
        loop_three_step_cycle,
        "The same fetch-check-update sequence on the same record, repeated (period three).",
    ),
    (
        "loop",
        "status_nudge_stall",
        loop_status_nudge_stall,
        "The user asks for an update; the agent says it is working on it, and never calls a tool.",
    ),
    (
        "progress",
        "templated_status_updates",
        prog_templated_status_updates,
        "Near miss of exact_repeat: the same message template after each lookup, but about a different record each time.",
    ),
    (
        "progress",
        "related_document_summaries",
        prog_related_document_summaries,
        "Near miss of paraphrased_repeat: similar 'Summary of ...' messages about different documents.",
    ),
    (
        "progress",
        "alternating_per_item",
        prog_alternating_per_item,
        "Near miss of ab_oscillation: get/update alternating, each pair on a new record.",
    ),
    (
        "progress",
        "retry_with_corrected_argument",
        prog_retry_with_corrected_argument,
        "Near miss of repeated_failing_tool: a failure, the argument corrected (maybe a transient error), then success.",
    ),
    (
        "progress",
        "poll_until_change",
        prog_poll_until_change,
        "Near miss of same_action_same_observation: polling a job whose status advances to done.",
    ),
    (
        "progress",
        "templated_drafts",
        prog_templated_drafts,
        "Near miss of identical_monologue: consecutive assistant messages with one template, each for a different record.",
    ),
    (
        "progress",
        "batch_distinct_ids",
        prog_batch_distinct_ids,
        "Near miss of identical_tool_calls: the same tool back to back over distinct ids.",
    ),
    (
        "progress",
        "paging_through_results",
        prog_paging_through_results,
        "Near miss of stuck_pagination: the cursor advances, new ids on each page, ends with no next cursor.",
    ),
    (
        "progress",
        "search_refinement_converging",
        prog_search_refinement_converging,
        "Near miss of rephrased_search_no_results: narrowing queries with changing results that find the answer.",
    ),
    (
        "progress",
        "iterative_fix_progress",
        prog_iterative_fix_progress,
        "Near miss of fix_revert_cycle: successive different edits, the check's error changing until it passes.",
    ),
    (
        "progress",
        "revision_on_feedback",
        prog_revision_on_feedback,
        "Near miss of apology_same_answer: apologies with genuinely revised answers that address each complaint.",
    ),
    (
        "progress",
        "per_item_pipeline",
        prog_per_item_pipeline,
        "Near miss of three_step_cycle: fetch-check-update, each round on a new record.",
    ),
    (
        "progress",
        "long_task_updates",
        prog_long_task_updates,
        "Near miss of status_nudge_stall: the user nudges, the agent does tool work between and reports concrete counts.",
    ),
]


def build() -> list[dict]:
    rows: list[dict] = []
    counters: dict[str, int] = {}
    for label, kind, fn, _ in KINDS:
        for p in DOMAINS:
            n = counters.get(label, 0) + 1
            counters[label] = n
            rid_ = f"fortysixth-{label}-{kind}-{n:03d}"
            r = random.Random(f"{SEED}:{rid_}")
            steps = fn(p, r)
            rows.append(
                {
                    "id": rid_,
                    "label": label,
                    "category": f"{label}/{kind}",
                    "domain": p["domain"],
                    "steps": steps,
                }
            )
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
