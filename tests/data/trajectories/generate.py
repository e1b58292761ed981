"""Compose the labelled loop-detection evaluation set from hand-written material.

Run ``python tests/data/trajectories/generate.py`` to rewrite ``trajectories.jsonl``; the
output is committed, so the evaluation does not depend on this script. See ``README.md`` for
how the set is made and what it can and cannot tell.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("trajectories.jsonl")
SEED = 20240611

# ---------------------------------------------------------------------------------------------
# Hand-written material, one block per domain.
# ---------------------------------------------------------------------------------------------


@dataclass
class Domain:
    name: str
    task: str
    topic: str  # what a looping agent keeps looking for
    search_tool: str
    queries: list[str]  # paraphrases of the same question
    results: list[str]  # what the search keeps returning for them
    pager_tool: str
    pager_arg: str
    item_fmt: str  # one line per item; fields filled from `fields`
    fields: dict[str, list[str]]
    page_notes: list[str]  # agent remarks while paging ({p}, {n}, {what})
    what: str
    docs: list[tuple[str, str]]  # (title, body) of related documents
    fail_tool: str
    bad_args: dict[str, Any]
    good_args: dict[str, Any]
    fail_error: str
    fix_note: str
    success: str
    ab: tuple[tuple[str, dict[str, Any], str], tuple[str, dict[str, Any], str]]
    entity_tool: str
    entity_arg: str
    entities: list[tuple[str, str]] = field(default_factory=list)  # (entity, observation)


DOMAINS: list[Domain] = [
    Domain(
        name="finance",
        task="Find ACME Corp's 2023 revenue and compare it with 2022.",
        topic="ACME Corp's 2023 revenue",
        search_tool="web_search",
        queries=[
            "ACME Corp revenue 2023",
            "ACME Corporation total revenue fiscal year 2023",
            "how much revenue did ACME make in 2023",
            "ACME 2023 annual revenue figure",
            "ACME Corp FY2023 sales total",
            "revenue of ACME Corp for 2023",
        ],
        results=[
            "ACME Corp Investor Relations - Quarterly results archive",
            "ACME Corp (ACME) stock price, news and quote",
            "ACME announces leadership changes - press release",
            "Top 10 industrial suppliers by market share, 2023",
            "ACME Corp careers: join our engineering team",
        ],
        pager_tool="list_filings",
        pager_arg="page",
        item_fmt="{form} filed {date} by {company} - {desc}",
        fields={
            "form": ["10-K", "10-Q", "8-K", "DEF 14A", "S-3", "4", "13F", "SC 13G"],
            "date": [f"2023-{m:02d}-{d:02d}" for m in range(1, 13) for d in (3, 11, 19, 27)],
            "company": ["ACME Corp", "Apex Tools", "Brightline Inc", "Corvid Holdings", "Dunmore"],
            "desc": [
                "annual report",
                "quarterly report",
                "change in officers",
                "proxy statement",
                "shelf registration",
                "insider transaction",
                "holdings report",
                "beneficial ownership",
            ],
        },
        page_notes=[
            "Page {p} has {n} filings, still no 10-K for fiscal 2023. Moving on to page {q}.",
            "Nothing relevant on page {p} besides routine {what}. Checking page {q}.",
            "Page {p}: {n} more {what}; the annual report is not among them yet. Next page.",
            "Scanned page {p} of the {what}. Continuing with page {q}.",
        ],
        what="filings",
        docs=[
            (
                "ACME 10-K 2023, Item 7",
                "Net revenue rose 8% to $4.1 billion, driven by the industrial segment. Gross margin "
                "fell to 31% on higher steel costs.",
            ),
            (
                "ACME 10-K 2022, Item 7",
                "Net revenue was $3.8 billion, up 5%. Gross margin held at 33% thanks to price "
                "increases in the consumer segment.",
            ),
            (
                "ACME Q4 2023 earnings call transcript",
                "The CFO expects mid-single-digit growth in 2024 and flagged currency headwinds in "
                "Europe. Backlog reached a record $1.2 billion.",
            ),
            (
                "Analyst note: ACME downgrade",
                "Analysts cut ACME to hold, citing margin compression and slowing orders in the "
                "consumer segment despite record backlog.",
            ),
        ],
        fail_tool="get_financials",
        bad_args={"ticker": "ACME Corp", "year": 2023},
        good_args={"ticker": "ACME", "year": 2023},
        fail_error="ValueError: unknown ticker 'ACME Corp'; tickers are 1-5 upper-case letters",
        fix_note="The tool wants the ticker symbol, not the company name. Retrying with ACME.",
        success="ACME FY2023: revenue 4,102,000,000 USD; net income 388,000,000 USD",
        ab=(
            ("get_financials", {"ticker": "ACME", "year": 2023}, "revenue 4,102,000,000 USD"),
            ("get_financials", {"ticker": "ACME", "year": 2022}, "revenue 3,797,000,000 USD"),
        ),
        entity_tool="get_quote",
        entity_arg="ticker",
        entities=[
            ("ACME", "ACME 112.40 USD +0.8%"),
            ("APXT", "APXT 41.05 USD -1.2%"),
            ("BRLN", "BRLN 9.87 USD +3.4%"),
            ("CRVD", "CRVD 230.10 USD +0.1%"),
            ("DNMR", "DNMR 15.66 USD -0.4%"),
        ],
    ),
    Domain(
        name="support",
        task="Resolve ticket #4821: a customer cannot reset their password.",
        topic="the password reset email logs for this customer",
        search_tool="search_logs",
        queries=[
            "password reset email jane.doe@example.com",
            "reset mail sent to jane.doe@example.com",
            "jane.doe@example.com password reset delivery",
            "outgoing password-reset messages for jane.doe",
            "did we send a reset link to jane.doe@example.com",
            "email log reset jane doe",
        ],
        results=[
            "mailer: queued template=welcome to=jane.doe@example.com",
            "auth: login failed user=jane.doe reason=bad_password",
            "auth: login failed user=jane.doe reason=bad_password",
            "mailer: bounce to=jane.d@example.com code=550",
        ],
        pager_tool="list_tickets",
        pager_arg="page",
        item_fmt="#{num} [{status}] {subject} - {customer}",
        fields={
            "num": [str(n) for n in range(4700, 4900)],
            "status": ["open", "pending", "solved", "on-hold"],
            "subject": [
                "Cannot log in after update",
                "Invoice shows wrong VAT",
                "App crashes on export",
                "Refund not received",
                "Two-factor code never arrives",
                "Feature request: dark mode",
                "Password reset link expired",
                "Data missing after sync",
            ],
            "customer": [
                "Jane Doe",
                "Ravi Patel",
                "Mia Chen",
                "Omar Haddad",
                "Lena Berg",
                "Tom Ode",
            ],
        },
        page_notes=[
            "Page {p}: {n} {what}, none from the same customer. Looking at page {q}.",
            "No duplicates of #4821 on page {p}. Next, page {q}.",
            "Page {p} done ({n} {what}); one similar subject but a different account. Continuing.",
            "Still looking for related {what}; page {p} had {n}. On to page {q}.",
        ],
        what="tickets",
        docs=[
            (
                "KB-112: Password reset emails not arriving",
                "Most missing reset emails are caught by corporate spam filters. Ask the customer "
                "to allow-list no-reply@ourapp.com and retry.",
            ),
            (
                "KB-187: Reset links expire after 30 minutes",
                "Reset links are single-use and expire after 30 minutes. Customers clicking an old "
                "email see 'link expired' and must request a new one.",
            ),
            (
                "KB-205: Accounts with SSO cannot reset passwords",
                "Accounts managed by single sign-on have no local password. The customer must reset "
                "it with their identity provider.",
            ),
            (
                "Incident 2024-03: mailer outage",
                "For three hours the mailer dropped messages to Outlook domains. Affected users "
                "needed to request a new reset email after the fix.",
            ),
        ],
        fail_tool="get_customer",
        bad_args={"email": "jane.doe@example"},
        good_args={"email": "jane.doe@example.com"},
        fail_error="404 Not Found: no customer with email 'jane.doe@example'",
        fix_note="The address was truncated. Retrying with jane.doe@example.com.",
        success="customer 88213 Jane Doe plan=pro sso=false created=2021-06-02",
        ab=(
            ("get_ticket", {"id": 4821}, "#4821 Password reset link never arrives (Jane Doe)"),
            ("get_customer", {"email": "jane.doe@example.com"}, "customer 88213 Jane Doe plan=pro"),
        ),
        entity_tool="get_customer",
        entity_arg="email",
        entities=[
            ("jane.doe@example.com", "customer 88213 Jane Doe plan=pro sso=false"),
            ("ravi.patel@example.com", "customer 77102 Ravi Patel plan=free sso=false"),
            ("mia.chen@contoso.com", "customer 90551 Mia Chen plan=enterprise sso=true"),
            ("omar@haddad.io", "customer 66020 Omar Haddad plan=pro sso=false"),
            ("lena.berg@example.org", "customer 81234 Lena Berg plan=team sso=false"),
        ],
    ),
    Domain(
        name="devops",
        task="Find out why the checkout service returns 502 errors since this morning.",
        topic="the root cause of the checkout 502 errors",
        search_tool="query_logs",
        queries=[
            "service:checkout status:502",
            "checkout 502 bad gateway",
            "502 errors from checkout-service",
            "status=502 app=checkout",
            "checkout service gateway errors 502",
            "bad gateway responses checkout",
        ],
        results=[
            "nginx: upstream timed out (110) while reading response header from checkout:8080",
            "nginx: upstream timed out (110) while reading response header from checkout:8080",
            "nginx: 502 upstream prematurely closed connection checkout:8080",
            "checkout: health check ok",
        ],
        pager_tool="list_deploys",
        pager_arg="page",
        item_fmt="{svc} {ver} deployed by {who} ({result})",
        fields={
            "svc": ["checkout", "cart", "payments", "search", "auth", "inventory", "gateway"],
            "ver": [f"v2.{a}.{b}" for a in range(10, 30) for b in range(9)],
            "who": ["ci-bot", "alice", "bob", "carol", "dmitri", "eve"],
            "result": ["succeeded", "succeeded", "rolled back", "succeeded", "canary 10%"],
        },
        page_notes=[
            "Page {p} of the {what}: {n} entries, no checkout change before 08:00. Next page {q}.",
            "Nothing suspicious among the {n} {what} on page {p}. Fetching page {q}.",
            "Page {p} lists {n} {what} for other services. Continuing to page {q}.",
            "Reviewed page {p}; still looking for the checkout rollout. Page {q} next.",
        ],
        what="deploys",
        docs=[
            (
                "Runbook: checkout 502s",
                "502s usually mean the checkout pods are saturated. Check CPU throttling and the "
                "connection pool size before scaling out.",
            ),
            (
                "Postmortem 2023-11: payments timeouts",
                "A new database index made payment writes slow; checkout timed out waiting and "
                "nginx returned 502. Fixed by dropping the index.",
            ),
            (
                "Runbook: nginx upstream timeouts",
                "Upstream timeouts appear when the backend takes longer than proxy_read_timeout, "
                "60 seconds by default. Find the slow dependency first.",
            ),
            (
                "Change log: checkout v2.19.0",
                "Adds synchronous fraud scoring to every checkout request, calling the risk "
                "service with a 90 second timeout.",
            ),
        ],
        fail_tool="kubectl",
        bad_args={"cmd": "logs deploy/checkout -n prod --since 1h"},
        good_args={"cmd": "logs deploy/checkout -n production --since 1h"},
        fail_error='Error from server (NotFound): namespaces "prod" not found',
        fix_note="The namespace is called production, not prod. Running it again with that.",
        success="2024-05-02T08:14:07Z WARN risk-client: call to risk:9000 took 71.3s",
        ab=(
            (
                "kubectl",
                {"cmd": "get pods -n production -l app=checkout"},
                "checkout-7f9 Running 0",
            ),
            ("kubectl", {"cmd": "describe svc checkout -n production"}, "Port 8080 Endpoints 3"),
        ),
        entity_tool="get_metrics",
        entity_arg="service",
        entities=[
            ("checkout", "checkout p99=61.2s cpu=35% errors=12.1%"),
            ("payments", "payments p99=0.4s cpu=22% errors=0.0%"),
            ("risk", "risk p99=70.8s cpu=97% errors=0.3%"),
            ("cart", "cart p99=0.2s cpu=18% errors=0.0%"),
            ("gateway", "gateway p99=61.0s cpu=40% errors=11.9%"),
        ],
    ),
    Domain(
        name="ecommerce",
        task="Find all orders from Globex shipped to the wrong address in May.",
        topic="Globex orders with a wrong shipping address",
        search_tool="search_orders",
        queries=[
            "customer:Globex address mismatch May",
            "Globex orders shipped to wrong address",
            "wrong shipping address Globex May 2024",
            "Globex misdelivered orders",
            "orders for Globex with address errors",
            "Globex delivery to incorrect address",
        ],
        results=[
            "order 55120 Globex - delivered - 12 Elm St, Springfield",
            "order 55188 Globex - delivered - 12 Elm St, Springfield",
            "order 55231 Globex - in transit - 12 Elm St, Springfield",
        ],
        pager_tool="list_orders",
        pager_arg="page",
        item_fmt="order {num} {cust} {status} {city}",
        fields={
            "num": [str(n) for n in range(55000, 56000)],
            "cust": ["Globex", "Initech", "Umbrella", "Hooli", "Soylent", "Vandelay"],
            "status": ["delivered", "in transit", "returned", "processing"],
            "city": [
                "Springfield",
                "Shelbyville",
                "Ogdenville",
                "Capital City",
                "North Haverbrook",
            ],
        },
        page_notes=[
            "Page {p}: {n} {what}, two from Globex with the right address. Going to page {q}.",
            "Checked {n} {what} on page {p}; no mismatches. Page {q} next.",
            "Page {p} has {n} more {what}. None shipped to the wrong place; continuing.",
            "Going through the {what}: page {p} done, {n} rows. Now page {q}.",
        ],
        what="orders",
        docs=[
            (
                "Globex account notes",
                "Globex moved its warehouse from 12 Elm St to 400 Industrial Way on May 1st. Orders "
                "placed before the move may carry the old address.",
            ),
            (
                "Shipping policy: address changes",
                "Address changes apply to new orders only. Open orders keep the address they were "
                "placed with unless support edits them manually.",
            ),
            (
                "Carrier report May",
                "The carrier reported four Globex parcels delivered to an unstaffed building at 12 "
                "Elm St; two were returned to sender.",
            ),
            (
                "Globex contract summary",
                "Globex is billed monthly and has a 48-hour reshipping guarantee for parcels lost or "
                "misdelivered by our fault.",
            ),
        ],
        fail_tool="get_order",
        bad_args={"order_id": "#55120"},
        good_args={"order_id": 55120},
        fail_error="TypeError: order_id must be an integer, got '#55120'",
        fix_note="It takes a plain integer id. Calling it again with 55120.",
        success="order 55120 Globex placed 2024-04-29 ship_to='12 Elm St' status=delivered",
        ab=(
            ("get_order", {"order_id": 55120}, "order 55120 ship_to='12 Elm St'"),
            ("get_customer", {"name": "Globex"}, "Globex address='400 Industrial Way'"),
        ),
        entity_tool="get_order",
        entity_arg="order_id",
        entities=[
            (55120, "order 55120 Globex ship_to='12 Elm St' status=delivered"),
            (55188, "order 55188 Globex ship_to='12 Elm St' status=delivered"),
            (55231, "order 55231 Globex ship_to='12 Elm St' status=in transit"),
            (55302, "order 55302 Globex ship_to='400 Industrial Way' status=processing"),
            (55310, "order 55310 Globex ship_to='400 Industrial Way' status=delivered"),
        ],
    ),
    Domain(
        name="research",
        task="Summarise recent work on retrieval-augmented generation for legal question answering.",
        topic="papers on retrieval-augmented generation for legal QA",
        search_tool="search_papers",
        queries=[
            "retrieval augmented generation legal question answering",
            "RAG for legal QA",
            "legal question answering with retrieval-augmented LLMs",
            "retrieval-augmented language models law questions",
            "RAG legal domain question answering benchmark",
            "using retrieval to answer legal questions with LLMs",
        ],
        results=[
            "LegalBench-RAG: a benchmark for retrieval in the legal domain (2024)",
            "Hallucination-free? Assessing legal research AI tools (2024)",
            "Retrieval-augmented generation for knowledge-intensive NLP tasks (2020)",
            "CaseHOLD: a legal holding dataset (2021)",
        ],
        pager_tool="list_citations",
        pager_arg="page",
        item_fmt="{title} ({year}) - {venue}",
        fields={
            "title": [
                "Dense passage retrieval for statutes",
                "Chunking strategies for contracts",
                "Citation-aware generation",
                "Legal entailment with LLMs",
                "Evaluating faithfulness in legal summaries",
                "Long-context models for case law",
                "Query rewriting for legal search",
                "Hybrid BM25 and dense retrieval",
                "Precedent retrieval in common law",
                "Multilingual EU law QA",
            ],
            "year": ["2021", "2022", "2023", "2024"],
            "venue": ["ACL", "EMNLP", "NAACL", "ICAIL", "JURIX", "arXiv"],
        },
        page_notes=[
            "Page {p} of the {what}: {n} entries, two are on retrieval. Fetching page {q}.",
            "Collected the relevant {what} from page {p}. Next page.",
            "Page {p}: {n} {what}, mostly about statutes. Continuing with page {q}.",
            "Noted {n} {what} from page {p}. Looking at page {q}.",
        ],
        what="citations",
        docs=[
            (
                "LegalBench-RAG (2024)",
                "Introduces a benchmark of 6,858 legal queries with precise snippet-level relevance "
                "labels; shows that chunking strategy changes retrieval recall by up to 20 points.",
            ),
            (
                "Hallucination-free? (2024)",
                "Finds that commercial legal research tools built on RAG still hallucinate on 17-33% "
                "of queries, mostly by citing real cases for wrong propositions.",
            ),
            (
                "Citation-aware generation (2023)",
                "Trains the generator to cite retrieved passages inline; citation precision rises "
                "but answers get shorter and sometimes omit exceptions.",
            ),
            (
                "Hybrid BM25 and dense retrieval (2023)",
                "On statute retrieval, lexical BM25 beats dense retrievers on exact section "
                "references while dense models win on paraphrased questions; a hybrid is best.",
            ),
        ],
        fail_tool="fetch_pdf",
        bad_args={"arxiv_id": "2408.10343v9"},
        good_args={"arxiv_id": "2408.10343"},
        fail_error="HTTP 404: arXiv has no version 9 of 2408.10343",
        fix_note="There is no v9; fetching the latest version without the suffix.",
        success="Fetched 18 pages, 54,210 characters: LegalBench-RAG: A Benchmark for ...",
        ab=(
            ("open_paper", {"id": "legalbench-rag"}, "Abstract: We introduce LegalBench-RAG ..."),
            ("open_paper", {"id": "hallucination-free"}, "Abstract: Legal practice has seen ..."),
        ),
        entity_tool="get_citation_count",
        entity_arg="paper",
        entities=[
            ("LegalBench-RAG", "cited by 41"),
            ("Hallucination-free?", "cited by 187"),
            ("Citation-aware generation", "cited by 23"),
            ("Hybrid BM25 and dense retrieval", "cited by 12"),
            ("CaseHOLD", "cited by 310"),
        ],
    ),
    Domain(
        name="travel",
        task="Book the cheapest direct flight from Lisbon to Berlin on 14 June.",
        topic="direct flights from Lisbon to Berlin on 14 June",
        search_tool="search_flights",
        queries=[
            "LIS BER 2024-06-14 direct",
            "Lisbon to Berlin nonstop June 14",
            "direct flights Lisbon Berlin 14/06",
            "nonstop LIS-BER on the 14th of June",
            "flights from Lisbon to Berlin without stops 14 June",
            "Lisbon Berlin direct 14 June 2024",
        ],
        results=[
            "TP 538 LIS 06:05 -> BER 10:40, 1 stop, 212 EUR",
            "FR 7421 LIS 13:20 -> BER 18:55, 1 stop, 149 EUR",
            "LH 1167 LIS 07:00 -> FRA 11:00 -> BER 13:10, 1 stop, 305 EUR",
        ],
        pager_tool="list_hotels",
        pager_arg="page",
        item_fmt="{hotel}, {area} - {price} EUR/night, rating {rating}",
        fields={
            "hotel": [
                "Hotel Adlon",
                "Motel One Alexanderplatz",
                "Generator Mitte",
                "Hotel Zoo",
                "Park Inn",
                "Circus Hotel",
                "Michelberger",
                "Hotel Oderberger",
            ],
            "area": ["Mitte", "Kreuzberg", "Friedrichshain", "Charlottenburg", "Prenzlauer Berg"],
            "price": [str(p) for p in range(69, 420, 7)],
            "rating": ["7.8", "8.1", "8.4", "8.7", "9.0", "9.2"],
        },
        page_notes=[
            "Page {p}: {n} {what}, the cheapest still above budget. Checking page {q}.",
            "Noted two options on page {p}. Fetching page {q}.",
            "Page {p} has {n} {what} in other districts. Moving to page {q}.",
            "Compared {n} {what} on page {p}. Page {q} next.",
        ],
        what="hotels",
        docs=[
            (
                "Fare rules: TAP Discount",
                "Discount fares allow one change for 70 EUR and no refunds. Seat selection is paid "
                "and a cabin bag up to 8 kg is included.",
            ),
            (
                "Fare rules: Ryanair Regular",
                "Regular fares include a small under-seat bag only; a cabin bag costs 25 EUR and "
                "changes cost 60 EUR plus any fare difference.",
            ),
            (
                "Fare rules: Lufthansa Light",
                "Light fares carry hand luggage only; changes are not allowed and the fare is not "
                "refundable except for taxes.",
            ),
            (
                "Company travel policy",
                "Book economy for flights under six hours, prefer refundable fares under 300 EUR "
                "and direct flights when the price difference is below 80 EUR.",
            ),
        ],
        fail_tool="book_flight",
        bad_args={"flight": "TP538", "date": "14-06-2024"},
        good_args={"flight": "TP538", "date": "2024-06-14"},
        fail_error="ValidationError: date must be YYYY-MM-DD",
        fix_note="Dates are ISO formatted. Booking again with 2024-06-14.",
        success="Booking confirmed: PNR K7Q2ZD, TP 538, seat 14C",
        ab=(
            ("get_fare", {"flight": "TP538"}, "TP538 212 EUR discount"),
            ("get_fare", {"flight": "FR7421"}, "FR7421 149 EUR regular"),
        ),
        entity_tool="get_weather",
        entity_arg="city",
        entities=[
            ("Berlin", "Berlin 14 June: 22C, light rain"),
            ("Lisbon", "Lisbon 14 June: 27C, sunny"),
            ("Frankfurt", "Frankfurt 14 June: 20C, cloudy"),
            ("Munich", "Munich 14 June: 19C, showers"),
            ("Porto", "Porto 14 June: 23C, windy"),
        ],
    ),
    Domain(
        name="hr",
        task="Shortlist three backend engineers with Go and Kubernetes experience.",
        topic="backend candidates with Go and Kubernetes experience",
        search_tool="search_candidates",
        queries=[
            "backend engineer Go Kubernetes",
            "golang k8s backend developer",
            "candidates with Go and Kubernetes",
            "software engineer backend golang kubernetes experience",
            "Go developers who know Kubernetes",
            "backend Go + K8s profiles",
        ],
        results=[
            "Priya N. - frontend engineer, React, TypeScript, 6 years",
            "Marco S. - data engineer, Python, Spark, Airflow, 4 years",
            "Ana L. - backend engineer, Java, Spring, 8 years",
        ],
        pager_tool="list_applicants",
        pager_arg="page",
        item_fmt="{name} - {role}, {skills}, {years} years",
        fields={
            "name": ["Kenji T.", "Sara M.", "Luis G.", "Hana K.", "Olu A.", "Ines F.", "Piotr W."],
            "role": ["backend engineer", "SRE", "platform engineer", "full-stack developer"],
            "skills": [
                "Go, gRPC",
                "Rust, AWS",
                "Go, Kubernetes, Postgres",
                "Python, Django",
                "Java",
            ],
            "years": [str(y) for y in range(2, 15)],
        },
        page_notes=[
            "Page {p}: {n} {what}; one fits, added to the list. Looking at page {q}.",
            "No Go plus Kubernetes match among the {n} {what} on page {p}. Next page.",
            "Page {p} reviewed, {n} {what}. Continuing with page {q}.",
            "Shortlist grows slowly; page {p} had {n} {what}. On to page {q}.",
        ],
        what="applicants",
        docs=[
            (
                "CV: Kenji T.",
                "Seven years building payment APIs in Go; ran the company's move from VMs to "
                "Kubernetes and wrote its Helm charts.",
            ),
            (
                "CV: Hana K.",
                "Platform engineer; maintains a multi-region Kubernetes fleet, writes operators in Go "
                "and leads the on-call rotation.",
            ),
            (
                "CV: Luis G.",
                "Backend engineer with five years of Go microservices on GKE; contributed to an open "
                "source service mesh.",
            ),
            (
                "CV: Sara M.",
                "SRE focused on observability; strong in Prometheus and Terraform, some Go, little "
                "Kubernetes beyond deploying apps.",
            ),
        ],
        fail_tool="schedule_interview",
        bad_args={"candidate": "Kenji T.", "slot": "Tuesday 3pm"},
        good_args={"candidate": "Kenji T.", "slot": "2024-06-11T15:00"},
        fail_error="Invalid slot 'Tuesday 3pm': use an ISO date-time",
        fix_note="The calendar wants an ISO date-time. Scheduling again for 2024-06-11T15:00.",
        success="Interview scheduled with Kenji T. on 2024-06-11 15:00 (45 min)",
        ab=(
            ("get_profile", {"candidate": "Kenji T."}, "Kenji T. Go, Kubernetes, 7 years"),
            ("get_profile", {"candidate": "Hana K."}, "Hana K. Go, Kubernetes, 9 years"),
        ),
        entity_tool="check_references",
        entity_arg="candidate",
        entities=[
            ("Kenji T.", "2 references, both positive"),
            ("Hana K.", "3 references, all positive"),
            ("Luis G.", "1 reference, positive, 1 pending"),
            ("Sara M.", "2 references, mixed"),
            ("Olu A.", "no references on file"),
        ],
    ),
    Domain(
        name="data",
        task="Compute monthly active users for Q1 from the events table.",
        topic="the monthly active users for Q1",
        search_tool="run_sql",
        queries=[
            "SELECT COUNT(DISTINCT user_id) FROM events WHERE month BETWEEN 1 AND 3",
            "SELECT COUNT(DISTINCT user_id) AS mau FROM events WHERE month IN (1, 2, 3)",
            "select count(distinct user_id) from events where month >= 1 and month <= 3",
            "SELECT COUNT(DISTINCT e.user_id) FROM events e WHERE e.month BETWEEN 1 AND 3",
            "SELECT count(DISTINCT user_id) mau FROM events WHERE month<=3",
        ],
        results=['error: column "month" does not exist', "hint: perhaps you meant event_time"],
        pager_tool="preview_table",
        pager_arg="offset",
        item_fmt="{uid} | {event} | 2024-0{m}-{d}",
        fields={
            "uid": [f"u{n}" for n in range(1000, 9999, 37)],
            "event": ["login", "view", "purchase", "logout", "share", "search"],
            "m": ["1", "2", "3"],
            "d": [f"{d:02d}" for d in range(1, 29)],
        },
        page_notes=[
            "Rows {p}: {n} {what}, timestamps look fine. Reading the next block.",
            "Block {p} shows {n} {what}; no nulls so far. Next offset.",
            "Checked {n} more {what} (block {p}). Continuing.",
            "Block {p}: {n} {what}, event types as expected. Moving on.",
        ],
        what="rows",
        docs=[
            (
                "Table docs: events",
                "One row per client event. event_time is UTC; user_id is null for anonymous "
                "visitors and must be excluded from active-user counts.",
            ),
            (
                "Metric definition: MAU",
                "A monthly active user performed at least one login or view event in the calendar "
                "month; internal test accounts are excluded.",
            ),
            (
                "Table docs: test_accounts",
                "Lists user ids created by QA and load tests. Join on user_id and exclude them from "
                "every product metric.",
            ),
            (
                "Dashboard notes: Q4 MAU",
                "Q4 MAU was computed per month and then averaged; the finance team prefers the "
                "December figure as the quarter's headline.",
            ),
        ],
        fail_tool="run_sql",
        bad_args={
            "query": "SELECT COUNT(DISTINCT user_id) FROM event WHERE event_time >= '2024-01-01'"
        },
        good_args={
            "query": "SELECT COUNT(DISTINCT user_id) FROM events WHERE event_time >= '2024-01-01'"
        },
        fail_error='error: relation "event" does not exist',
        fix_note="The table is events, plural. Running the query again.",
        success="count: 48213",
        ab=(
            (
                "describe_table",
                {"table": "events"},
                "user_id text, event text, event_time timestamptz",
            ),
            ("describe_table", {"table": "users"}, "id text, created_at timestamptz, plan text"),
        ),
        entity_tool="run_sql",
        entity_arg="query",
        entities=[
            (
                "SELECT COUNT(DISTINCT user_id) FROM events WHERE event_time >= '2024-01-01' AND event_time < '2024-02-01'",
                "count: 31022",
            ),
            (
                "SELECT COUNT(DISTINCT user_id) FROM events WHERE event_time >= '2024-02-01' AND event_time < '2024-03-01'",
                "count: 33541",
            ),
            (
                "SELECT COUNT(DISTINCT user_id) FROM events WHERE event_time >= '2024-03-01' AND event_time < '2024-04-01'",
                "count: 35980",
            ),
            ("SELECT COUNT(*) FROM test_accounts", "count: 212"),
            ("SELECT COUNT(*) FROM events WHERE user_id IS NULL", "count: 90112"),
        ],
    ),
]

# Generic material shared by all domains (filled with the domain's topic).
SEARCH_AGAIN = [
    "Let me search for {topic} again.",
    "I'll look up {topic} once more.",
    "I still don't have {topic}. Searching again.",
    "Let me try to find {topic} one more time.",
    "I haven't found {topic} yet, so I'll run the search again.",
    "Searching again for {topic}.",
    "Let me double-check by searching for {topic}.",
    "I'll query for {topic} another time.",
    "One more search for {topic} should do it.",
    "Let me look for {topic} again with a slightly different query.",
    "The results didn't include {topic}. Trying the search again.",
    "I need {topic}; let me search again.",
]
STUCK_SAYINGS = [
    [
        "I'm sorry, I couldn't find {topic}. Could you give me more details?",
        "Apologies, I wasn't able to locate {topic}. Can you provide more information?",
        "Unfortunately I can't find {topic}. Could you share more details so I can help?",
        "Sorry, {topic} doesn't seem to be available to me. Could you tell me more?",
        "I apologise, but I was unable to find {topic}. Please provide additional details.",
        "I couldn't locate {topic}, sorry. More details would help me continue.",
    ],
    [
        "My plan: first gather {topic}, then analyse it and report back.",
        "Plan: collect {topic}, analyse the findings, then write the report.",
        "Here is how I'll proceed: find {topic}, analyse it, and report.",
        "Next steps: get {topic}, review it, then summarise for you.",
        "I'll start by gathering {topic}, then I'll analyse it and report the results.",
        "The plan is to obtain {topic} first, analyse it, and then give you a report.",
    ],
    [
        "I am now working on finding {topic}.",
        "Working on it: I'm looking into {topic} now.",
        "I'm currently looking into {topic}.",
        "Still working on {topic}; I'll have it shortly.",
        "I'm in the middle of finding {topic}.",
        "Give me a moment, I'm looking into {topic}.",
    ],
]
RETRY_FAIL_NOTES = [
    "That failed. Trying again.",
    "The call errored; retrying.",
    "Another failure. Let me retry the same request.",
    "It failed again, retrying once more.",
    "Retrying the request.",
    "Let me try that call again.",
]
TRANSIENT_ERRORS = [
    "TimeoutError: request timed out after 30s",
    "503 Service Unavailable",
    "ConnectionResetError: connection reset by peer",
    "TimeoutError: request timed out after 30s",
    "502 Bad Gateway",
]
POLL_NOTES = [
    "The job is at {pct}%. Waiting a bit before checking again.",
    "Progress {pct}%; still running.",
    "Now {pct}% done. I'll check again shortly.",
    "Still going, {pct}% complete.",
    "{pct}% finished so far.",
]
CODE_SCENARIOS = [
    {
        "file": "src/parser.py",
        "errors": [
            "FAILED tests/test_parser.py::test_dates - ValueError: time data '2024/05/01' does not match format '%Y-%m-%d'",
            "FAILED tests/test_parser.py::test_dates - AssertionError: assert datetime(2024, 1, 5) == datetime(2024, 5, 1)",
            "FAILED tests/test_parser.py::test_empty - TypeError: 'NoneType' object is not subscriptable",
        ],
        "fixes": [
            "Accept slashes as separators by normalising them to dashes before parsing.",
            "Day and month were swapped; parse as year/month/day explicitly.",
            "Return None early for empty input instead of indexing it.",
        ],
        "code": [
            "def parse(s):\n    s = s.replace('/', '-')\n    return datetime.strptime(s, '%Y-%m-%d')",
            "def parse(s):\n    y, m, d = re.split('[-/]', s)\n    return datetime(int(y), int(m), int(d))",
            "def parse(s):\n    if not s:\n        return None\n    y, m, d = re.split('[-/]', s)\n    return datetime(int(y), int(m), int(d))",
        ],
    },
    {
        "file": "app/cache.py",
        "errors": [
            "FAILED tests/test_cache.py::test_expiry - AssertionError: expected miss after ttl, got hit",
            "FAILED tests/test_cache.py::test_eviction - AssertionError: len(cache) == 4, expected 3",
            "FAILED tests/test_cache.py::test_thread_safety - RuntimeError: dictionary changed size during iteration",
        ],
        "fixes": [
            "The expiry check compared with the insertion time instead of now; fix the comparison.",
            "Eviction runs before insertion, so the cache can exceed its size; evict after inserting.",
            "Guard the sweep with the lock and iterate over a copy of the keys.",
        ],
        "code": [
            "def get(self, k):\n    v, t = self._d[k]\n    if now() - t > self.ttl: del self._d[k]; return None\n    return v",
            "def put(self, k, v):\n    self._d[k] = (v, now())\n    while len(self._d) > self.size: self._d.popitem(last=False)",
            "def sweep(self):\n    with self._lock:\n        for k in list(self._d): self._expire(k)",
        ],
    },
    {
        "file": "billing/invoice.py",
        "errors": [
            "FAILED tests/test_invoice.py::test_total - AssertionError: Decimal('107.99') != Decimal('108.00')",
            "FAILED tests/test_invoice.py::test_vat_exempt - KeyError: 'vat_rate'",
            "FAILED tests/test_invoice.py::test_currency - AssertionError: 'EUR' != 'USD'",
        ],
        "fixes": [
            "Round each line with ROUND_HALF_UP before summing, not only the total.",
            "Exempt customers have no vat_rate key; default it to zero.",
            "Take the currency from the customer's contract instead of the account default.",
        ],
        "code": [
            "total = sum(l.amount.quantize(CENT, ROUND_HALF_UP) for l in lines)",
            "rate = customer.get('vat_rate', Decimal(0))",
            "currency = contract.currency or account.currency",
        ],
    },
    {
        "file": "web/routes.py",
        "errors": [
            "FAILED tests/test_routes.py::test_login - AssertionError: 500 != 302",
            "FAILED tests/test_routes.py::test_login - AssertionError: Location '/home' != '/dashboard'",
            "FAILED tests/test_routes.py::test_logout - AttributeError: 'Session' object has no attribute 'clear_all'",
        ],
        "fixes": [
            "The handler crashed on a missing template variable; pass the user into the template.",
            "Redirect to /dashboard as the spec says, not /home.",
            "Session has clear(), not clear_all(); use that.",
        ],
        "code": [
            "return render('login.html', user=user)",
            "return redirect('/dashboard')",
            "session.clear()",
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Composition.
# ---------------------------------------------------------------------------------------------


def llm(text: str, observation: str = "") -> dict[str, Any]:
    step: dict[str, Any] = {"kind": "llm", "text": text}
    if observation:
        step["observation"] = observation
    return step


def tool(name: str, args: Any, observation: str, error: bool = False) -> dict[str, Any]:
    return {"kind": "tool", "tool": name, "args": args, "observation": observation, "error": error}


def noise_id(rng: random.Random) -> str:
    return "req_" + "".join(rng.choice("abcdef0123456789") for _ in range(12))


def stamp(rng: random.Random) -> str:
    return f"2024-05-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def prefix(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    """A short, legitimate start: the agent restates the task and makes one useful call."""
    openers = [
        f"Task: {d.task} I'll start by gathering what I need.",
        f"Understood. {d.task} First, some context.",
        f"Starting on this: {d.task}",
        f"Okay. To do this ({d.task.rstrip('.').lower()}), I'll begin with a lookup.",
    ]
    ent, obs = rng.choice(d.entities)
    steps = [llm(rng.choice(openers), observation=d.task)]
    if rng.random() < 0.8:
        steps.append(tool(d.entity_tool, {d.entity_arg: ent}, obs))
    return steps


def page_items(d: Domain, rng: random.Random, n: int) -> str:
    lines = []
    for _ in range(n):
        values = {k: rng.choice(v) for k, v in d.fields.items()}
        lines.append(d.item_fmt.format(**values))
    return "\n".join(lines)


def search_obs(d: Domain, rng: random.Random, swap: bool) -> str:
    items = list(d.results)
    rng.shuffle(items)
    if swap and len(items) > 2:
        items[-1] = rng.choice(
            [
                f"{d.topic.capitalize()} - forum thread (no answer)",
                f"Related: {d.topic} FAQ",
                "Sponsored result",
            ]
        )
    return f"{len(items)} results ({noise_id(rng)}):\n" + "\n".join(items)


# --- loops --------------------------------------------------------------------------------


def loop_exact(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    q = rng.choice(d.queries)
    obs = "\n".join(d.results)
    say = rng.choice(SEARCH_AGAIN).format(topic=d.topic)
    for _ in range(rng.randint(5, 7)):
        if rng.random() < 0.7:
            steps.append(llm(say))
        steps.append(
            tool(
                d.search_tool,
                {"query": q, "request_id": noise_id(rng)},
                f"[{stamp(rng)}] {obs}",
            )
        )
    return steps


def loop_paraphrased_search(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    sayings = rng.sample(SEARCH_AGAIN, k=min(len(SEARCH_AGAIN), 7))
    queries = rng.sample(d.queries, k=len(d.queries))
    swap_rate = rng.choice([0.0, 0.2, 0.4])
    for i in range(rng.randint(5, 6)):
        steps.append(llm(sayings[i % len(sayings)].format(topic=d.topic)))
        steps.append(
            tool(
                d.search_tool,
                {"query": queries[i % len(queries)]},
                search_obs(d, rng, rng.random() < swap_rate),
            )
        )
    return steps


def loop_paraphrased_monologue(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    bank = rng.choice(STUCK_SAYINGS)
    picks = rng.sample(bank, k=len(bank))
    user_nudges = ["", "", "Please continue.", "Go on.", "Continue with the task."]
    nudge = rng.choice(user_nudges)
    verbatim = rng.random() < 0.25  # some agents repeat themselves word for word
    for i in range(rng.randint(5, 6)):
        text = picks[0 if verbatim else i % len(picks)].format(topic=d.topic)
        steps.append(llm(text, observation=nudge))
    return steps


def loop_ab(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    (ta, aa, oa), (tb, ab, ob) = d.ab
    talk = rng.random() < 0.5
    for i in range(rng.randint(4, 5)):
        if talk:
            steps.append(llm(f"Let me compare again ({'first' if i % 2 == 0 else 'once more'})."))
        steps.append(tool(ta, aa, oa))
        if talk:
            steps.append(llm("Now the other one."))
        steps.append(tool(tb, ab, ob))
    return steps


def loop_failing(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    transient = rng.random() < 0.5
    for _ in range(rng.randint(4, 6)):
        if rng.random() < 0.6:
            steps.append(llm(rng.choice(RETRY_FAIL_NOTES)))
        err = rng.choice(TRANSIENT_ERRORS) if transient else d.fail_error
        steps.append(tool(d.fail_tool, d.bad_args, f"{err} ({noise_id(rng)})", error=True))
    return steps


def loop_paraphrased_failing(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    """The agent rewords the same failing request; the error never changes."""
    steps = prefix(d, rng)
    queries = rng.sample(d.queries, k=len(d.queries))
    err = d.fail_error if d.search_tool == d.fail_tool else "400 Bad Request: query rejected"
    for i in range(rng.randint(5, 6)):
        steps.append(llm(rng.choice(RETRY_FAIL_NOTES)))
        steps.append(tool(d.search_tool, {"query": queries[i % len(queries)]}, err, error=True))
    return steps


# --- progress -----------------------------------------------------------------------------


def prog_paging(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    pages = rng.randint(5, 8)
    size = rng.choice([5, 8, 10])
    talk = rng.random() < 0.8
    for p in range(1, pages + 1):
        value = p if d.pager_arg == "page" else (p - 1) * size
        steps.append(
            tool(d.pager_tool, {d.pager_arg: value, "size": size}, page_items(d, rng, size))
        )
        if talk:
            note = rng.choice(d.page_notes).format(p=p, q=p + 1, n=size, what=d.what)
            steps.append(llm(note))
    steps.append(llm(f"Done: went through {pages} pages of {d.what}."))
    return steps


def prog_corrected_retry(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    steps.append(llm(f"Calling {d.fail_tool}."))
    steps.append(tool(d.fail_tool, d.bad_args, d.fail_error, error=True))
    steps.append(llm(d.fix_note))
    steps.append(tool(d.fail_tool, d.good_args, d.success))
    for ent, obs in rng.sample(d.entities, k=rng.randint(1, 3)):
        steps.append(tool(d.entity_tool, {d.entity_arg: ent}, obs))
    steps.append(llm(f"That worked: {d.success}. Continuing with the task."))
    return steps


def prog_summaries(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    docs = rng.sample(d.docs, k=rng.randint(3, 4))
    leads = ["Summary of {t}: ", "{t} in short: ", "Key points from {t}: ", "{t} says: "]
    for i, (title, body) in enumerate(docs):
        steps.append(tool("read_document", {"title": title}, body))
        first = body.split(". ")[0].rstrip(".")
        rest = body.split(". ")[1].rstrip(".") if ". " in body else ""
        summary = rng.choice(leads).format(t=title) + first + "."
        if rest and rng.random() < 0.7:
            summary += f" Also: {rest[0].lower()}{rest[1:]}."
        if i < len(docs) - 1:
            summary += " Next document."
        steps.append(llm(summary))
    steps.append(llm(f"Those {len(docs)} documents together answer the question."))
    return steps


def prog_code(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    sc = rng.choice(CODE_SCENARIOS)
    steps = [llm(f"Running the tests for {sc['file']} first.")]
    steps.append(tool("run_tests", {"path": "tests/"}, sc["errors"][0], error=True))
    for i, (fix, code) in enumerate(zip(sc["fixes"], sc["code"], strict=True)):
        steps.append(llm(fix))
        steps.append(tool("edit_file", {"path": sc["file"], "content": code}, "ok"))
        nxt = sc["errors"][i + 1] if i + 1 < len(sc["errors"]) else "12 passed in 0.84s"
        steps.append(tool("run_tests", {"path": "tests/"}, nxt, error=i + 1 < len(sc["errors"])))
    steps.append(llm("All tests pass now."))
    return steps


def prog_polling(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = prefix(d, rng)
    job = f"job-{rng.randint(100, 999)}"
    steps.append(tool("start_export", {"what": d.what}, f"started {job}"))
    pct = 0
    talk = rng.random() < 0.7
    while pct < 100:
        pct = min(100, pct + rng.randint(12, 30))
        state = "done" if pct == 100 else "running"
        rows = pct * rng.randint(90, 110)
        steps.append(
            tool(
                "job_status",
                {"job": job},
                f"{job} {state} {pct}% rows_written={rows} eta={max(0, 100 - pct) // 7}m",
            )
        )
        if talk and pct < 100:
            steps.append(llm(rng.choice(POLL_NOTES).format(pct=pct)))
    steps.append(llm(f"The export finished: {job} wrote all {d.what}."))
    return steps


def prog_entities(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    steps = [llm(f"{d.task} I'll check each candidate item in turn.", observation=d.task)]
    for ent, obs in rng.sample(d.entities, k=len(d.entities)):
        steps.append(tool(d.entity_tool, {d.entity_arg: ent}, obs))
        if rng.random() < 0.6:
            steps.append(llm(f"Noted {str(ent)[:40]}: {obs[:60]}. Next one."))
    steps.append(llm("I have all the figures now."))
    return steps


def prog_refinement(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    """The search is refined step by step, and each refinement brings new results."""
    steps = prefix(d, rng)
    queries = rng.sample(d.queries, k=3)
    notes = [
        "Too broad; narrowing the query.",
        "Better, but still noisy. Adding a filter.",
        "These results look right.",
    ]
    for i, q in enumerate(queries):
        steps.append(llm(notes[i]))
        steps.append(tool(d.search_tool, {"query": q, "filter": i}, page_items(d, rng, 4)))
    steps.append(llm("Found what I needed in the refined results."))
    return steps


def prog_drafting(d: Domain, rng: random.Random) -> list[dict[str, Any]]:
    """No tools and no new input: the agent writes one report section after another.

    The sections share the topic and vocabulary, so only the similarity threshold keeps the
    semantic detector quiet here (no observation changes to lean on).
    """
    docs = rng.sample(d.docs, k=4)
    brief = " ".join(f"[{t}] {b}" for t, b in docs)
    steps = [
        llm(f"I'll write the report on this task ({d.task}) section by section.", observation=brief)
    ]
    heads = ["Section {i} - {t}.", "{i}. {t}:", "Part {i}, {t}.", "## {i} {t}\n"]
    head = rng.choice(heads)
    for i, (title, body) in enumerate(docs, start=1):
        sentences = [x.strip().rstrip(".") for x in body.split(". ") if x.strip()]
        rng.shuffle(sentences)
        text = head.format(i=i, t=title) + " " + ". ".join(sentences) + "."
        if rng.random() < 0.5:
            text += " " + rng.choice(
                [
                    "This matters for the recommendation at the end.",
                    "I'll come back to this in the conclusion.",
                    "Keep this in mind for the next section.",
                ]
            )
        steps.append(llm(text))
    steps.append(llm("Conclusion: the sections above answer the task; the key figures are cited."))
    return steps


LOOPS = [
    ("exact_repeat", loop_exact, 20),
    ("paraphrased_search", loop_paraphrased_search, 30),
    ("paraphrased_monologue", loop_paraphrased_monologue, 24),
    ("ab_oscillation", loop_ab, 16),
    ("repeated_failing_call", loop_failing, 16),
    ("paraphrased_failing_call", loop_paraphrased_failing, 14),
]
PROGRESS = [
    ("paging", prog_paging, 22),
    ("corrected_retry", prog_corrected_retry, 18),
    ("summarising_related_documents", prog_summaries, 20),
    ("code_iteration", prog_code, 12),
    ("polling_with_progress", prog_polling, 12),
    ("same_tool_different_entities", prog_entities, 14),
    ("search_refinement", prog_refinement, 14),
    ("report_drafting", prog_drafting, 16),
]


def main() -> None:
    rng = random.Random(SEED)
    rows: list[dict[str, Any]] = []
    for label, table in (("loop", LOOPS), ("progress", PROGRESS)):
        for category, make, count in table:
            for i in range(count):
                d = DOMAINS[(i + rng.randint(0, 7)) % len(DOMAINS)]
                steps = make(d, rng)
                rows.append(
                    {
                        "id": f"{label}-{category}-{i:03d}",
                        "label": label,
                        "category": category,
                        "domain": "code" if make is prog_code else d.name,
                        "steps": steps,
                    }
                )
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    loops = sum(r["label"] == "loop" for r in rows)
    print(f"wrote {len(rows)} trajectories ({loops} loops, {len(rows) - loops} progress) to {OUT}")


if __name__ == "__main__":
    main()
