#!/usr/bin/env python3
"""Generate the forty-fifth blind trajectory set (loop vs progress).

Standard library only and deterministic: every row seeds its own random.Random
from a constant plus the row id.  Run from anywhere:

    python3 tests/data/trajectories_fortyfifth/generate.py

Observation texts may hold noise markers that are filled per use:
@RID@ request id, @ISO@ ISO-8601 timestamp, @RFC@ RFC 2822 date, @CLF@ access-log
time, @EPOCH@ epoch milliseconds, @MS@ latency in ms, @TRACE@ trace id.
"""

from __future__ import annotations

import copy
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = "agent-supervisor/fortyfifth/2026"
BASE_TIME = datetime(2026, 11, 24, 8, 0, 0, tzinfo=UTC)

DOMAINS: list[dict] = []

# ---------------------------------------------------------------- software engineering / CI
DOMAINS.append(
    {
        "name": "spring_boot3_upgrade_ci",
        "req": "CI is red on PR #4821 (Spring Boot 2.7.18 -> 3.2.5 upgrade of the orders monorepo). "
        "The integration-tests job fails. Can you find out why and get it green?",
        "plan": "I'll start from the failing job: pull its log, find the first real error, then look at "
        "the module's build file and the code it points at.",
        "warm": [
            (
                "ci_get_job",
                {"run_id": 9184412, "job": "integration-tests"},
                "job integration-tests (run 9184412) conclusion=failure duration=6m41s runner=ubuntu-22.04-8core\n"
                "failed step: ./gradlew integrationTests --no-daemon\nannotations: 3 errors, 12 warnings",
            ),
            (
                "ci_get_job_log",
                {"run_id": 9184412, "job": "integration-tests", "tail": 120},
                "@ISO@ > Task :billing-api:integrationTests\n"
                "OrderRepositoryIT > initializationError FAILED\n"
                "    java.lang.NoClassDefFoundError: javax/servlet/Filter\n"
                "        at com.acme.billing.config.AuditFilterConfig.auditFilter(AuditFilterConfig.java:31)\n"
                "InvoiceControllerIT > createsInvoice() FAILED\n"
                "    org.springframework.beans.factory.BeanCreationException at AuditFilterConfig.java:31\n"
                "42 tests completed, 17 failed\nBUILD FAILED in 6m 12s",
            ),
            (
                "read_file",
                {
                    "path": "billing-api/src/main/java/com/acme/billing/config/AuditFilterConfig.java"
                },
                "1  package com.acme.billing.config;\n3  import javax.servlet.Filter;\n4  import javax.servlet.FilterChain;\n"
                "5  import org.springframework.boot.web.servlet.FilterRegistrationBean;\n...\n"
                "30   @Bean\n31   public FilterRegistrationBean<Filter> auditFilter(AuditLogger log) {\n"
                "32     return new FilterRegistrationBean<>(new LegacyAuditFilter(log));",
            ),
        ],
        "warm_note": "The integration tests die on javax/servlet/Filter: Boot 3 moved to Jakarta EE 10, "
        "and AuditFilterConfig still imports javax.servlet.",
        "fig": {
            "tool": "ci_get_job_log",
            "args": {"run_id": 9184412, "job": "integration-tests", "grep": "LegacyAuditFilter"},
            "obs": "@ISO@ 0 matching lines in 2,318 (filter: LegacyAuditFilter)",
            "exact": "Let me check the integration-tests log again to see where LegacyAuditFilter is loaded from.",
            "again": [
                "Let me search the job log for LegacyAuditFilter again.",
                "I'll look through the integration-tests output once more for where LegacyAuditFilter comes from.",
                "Checking the CI log again for any LegacyAuditFilter lines.",
                "One more pass over the log to find the LegacyAuditFilter reference.",
                "Let me grep the failing job's log for LegacyAuditFilter one more time.",
                "I'll re-check the log for the LegacyAuditFilter class loading.",
            ],
        },
        "mono": "I need to figure out which dependency still drags in javax.servlet. The upgrade changed the "
        "servlet namespace, so something on the classpath must still reference javax. Let me think "
        "about which dependency that could be.",
        "sections": [
            "## Migration notes for PR #4821\n\n### 1. Namespace\nAll `javax.servlet`, `javax.persistence` and "
            "`javax.validation` imports move to `jakarta.*`. 23 files in billing-api and orders-core are affected.",
            "### 2. Security configuration\n`WebSecurityConfigurerAdapter` is gone in Spring Security 6. "
            "`SecurityConfig` becomes a `SecurityFilterChain` bean; `antMatchers` becomes `requestMatchers`.",
            "### 3. Third-party libraries\n`com.acme:legacy-audit:1.4.2` is compiled against javax.servlet and "
            "must go to 2.0.0 (Jakarta build). springdoc-openapi moves from 1.7.0 to 2.5.0.",
            "### 4. Rollout\nMerge behind the `boot3` branch protection, run the nightly contract suite twice, "
            "then deploy billing-api to staging first; orders-core follows after 24 h without 5xx regressions.",
        ],
        "rec": {
            "tool": "gradle_test_report",
            "key": "module",
            "items": [
                (
                    "billing-api",
                    "billing-api: 42 tests, 17 failed, 0 skipped (NoClassDefFoundError javax/servlet/Filter x17)",
                    "billing-api carries the javax.servlet failures, 17 of them.",
                ),
                (
                    "orders-core",
                    "orders-core: 128 tests, 0 failed, 4 skipped",
                    "orders-core is clean apart from 4 skipped tests.",
                ),
                (
                    "notifications",
                    "notifications: 36 tests, 2 failed: EmailTemplateTest (Thymeleaf 3.1 expression restriction)",
                    "notifications has 2 Thymeleaf 3.1 failures, unrelated to servlet.",
                ),
                (
                    "auth-gateway",
                    "auth-gateway: 57 tests, 5 failed: SecurityConfigTest (antMatchers removed)",
                    "auth-gateway fails on the removed antMatchers API.",
                ),
                ("reporting", "reporting: 19 tests, 0 failed, 0 skipped", "reporting passes."),
            ],
            "act": {
                "tool": "create_issue_comment",
                "args": {
                    "pr": 4821,
                    "body": "Triage: module @ID@ checked, see details in the thread.",
                },
                "obs": "comment 1873@K@21 created on PR #4821",
            },
        },
        "page": {
            "tool": "ci_list_runs",
            "args": {"branch": "upgrade/spring-boot-3.2", "per_page": 6},
            "items": [
                "run 91%d%02d integration-tests failure" % (84 + i // 40, i) for i in range(30)
            ],
            "size": 6,
            "what": "CI runs on the upgrade branch",
        },
        "fail": {
            "tool": "run_shell",
            "bad": {"cmd": "./gradlew :billing-api:integrationTest --tests 'OrderRepositoryIT'"},
            "err": "FAILURE: Build failed with an exception.\n* What went wrong:\nTask 'integrationTest' not found in "
            "project ':billing-api'. Some candidates are: 'integrationTests'.\nBUILD FAILED in 3s",
            "hint": "The task is called integrationTests (plural) in this repo; rerunning with the right name.",
            "fixed": {"cmd": "./gradlew :billing-api:integrationTests --tests 'OrderRepositoryIT'"},
            "ok": "> Task :billing-api:integrationTests\nOrderRepositoryIT > initializationError FAILED\n"
            "    java.lang.NoClassDefFoundError: javax/servlet/Filter\n1 test completed, 1 failed",
        },
        "cmp": {
            "toolA": "git_show",
            "toolB": "git_show",
            "pairs": [
                (
                    {"ref": "main", "path": "billing-api/build.gradle.kts", "lines": "1-40"},
                    'implementation("com.acme:legacy-audit:1.4.2")\nimplementation("org.springdoc:springdoc-openapi-ui:1.7.0")',
                    {
                        "ref": "upgrade/spring-boot-3.2",
                        "path": "billing-api/build.gradle.kts",
                        "lines": "1-40",
                    },
                    'implementation("com.acme:legacy-audit:1.4.2")\nimplementation("org.springdoc:springdoc-openapi-starter-webmvc-ui:2.5.0")',
                ),
                (
                    {"ref": "main", "path": "gradle/libs.versions.toml", "section": "versions"},
                    'spring-boot = "2.7.18"\nhibernate = "5.6.15.Final"\nflyway = "8.5.13"',
                    {
                        "ref": "upgrade/spring-boot-3.2",
                        "path": "gradle/libs.versions.toml",
                        "section": "versions",
                    },
                    'spring-boot = "3.2.5"\nhibernate = "6.4.4.Final"\nflyway = "9.22.3"',
                ),
                (
                    {
                        "ref": "main",
                        "path": "billing-api/src/main/resources/application.yml",
                        "lines": "1-25",
                    },
                    "spring.jpa.properties.hibernate.dialect: org.hibernate.dialect.PostgreSQL10Dialect",
                    {
                        "ref": "upgrade/spring-boot-3.2",
                        "path": "billing-api/src/main/resources/application.yml",
                        "lines": "1-25",
                    },
                    "spring.jpa.properties.hibernate.dialect: org.hibernate.dialect.PostgreSQL10Dialect  # unchanged",
                ),
            ],
            "notes": [
                "The branch bumped springdoc but left legacy-audit at 1.4.2, which is a javax build.",
                "Hibernate jumps to 6.4, so the PostgreSQL10Dialect name will need checking too.",
                "The dialect line was not touched on the branch; Hibernate 6 deprecates that class.",
            ],
            "concl": "Two things to change: legacy-audit 1.4.2 -> 2.0.0 (Jakarta build) and drop the explicit "
            "PostgreSQL10Dialect, which Hibernate 6 detects on its own.",
        },
        "poll": {
            "tool": "ci_get_run",
            "args": {"run_id": 9184977},
            "stages": [
                "run 9184977 status=queued position=3 (@ISO@)",
                "run 9184977 status=in_progress jobs: build=success unit-tests=in_progress integration-tests=queued",
                "run 9184977 status=in_progress jobs: build=success unit-tests=success integration-tests=in_progress (2m10s)",
                "run 9184977 status=in_progress jobs: integration-tests=in_progress (5m02s) 38/42 tests done",
                "run 9184977 status=completed conclusion=success duration=9m48s",
            ],
            "done": "Run 9184977 is green: build, unit and integration tests all pass on the upgrade branch.",
        },
        "fix": {
            "edit_tool": "edit_file",
            "test_tool": "run_shell",
            "test_args": {"cmd": "./gradlew :auth-gateway:test --tests 'SecurityConfigTest'"},
            "stuck_args": {
                "path": "auth-gateway/src/main/java/com/acme/auth/SecurityConfig.java",
                "old": '.antMatchers("/actuator/health").permitAll()',
                "new": '.requestMatchers("/actuator/health").permitAll()',
            },
            "stuck_fail": "SecurityConfigTest > permitsHealthEndpoint() FAILED\n    java.lang.AssertionError: "
            "Status expected:<200> but was:<401>\n5 tests completed, 1 failed",
            "steps": [
                (
                    {
                        "path": "auth-gateway/src/main/java/com/acme/auth/SecurityConfig.java",
                        "old": "extends WebSecurityConfigurerAdapter",
                        "new": "/* SecurityFilterChain bean below */",
                    },
                    "SecurityConfig.java:48: error: method does not override or implement a method from a supertype\n"
                    "1 error\nBUILD FAILED",
                    True,
                    "Compilation now fails on the old @Override configure(HttpSecurity); converting it to a bean.",
                ),
                (
                    {
                        "path": "auth-gateway/src/main/java/com/acme/auth/SecurityConfig.java",
                        "old": "@Override\n  protected void configure(HttpSecurity http)",
                        "new": "@Bean\n  SecurityFilterChain filterChain(HttpSecurity http)",
                    },
                    "SecurityConfigTest > permitsHealthEndpoint() FAILED  expected:<200> but was:<401>\n"
                    "SecurityConfigTest > rejectsAnonymousOrders() PASSED\n5 tests completed, 2 failed",
                    True,
                    "Compiles now; 2 failures left, both about request matching.",
                ),
                (
                    {
                        "path": "auth-gateway/src/main/java/com/acme/auth/SecurityConfig.java",
                        "old": '.antMatchers("/actuator/health")',
                        "new": '.requestMatchers("/actuator/health", "/actuator/health/**")',
                    },
                    "SecurityConfigTest > permitsHealthEndpoint() PASSED\nSecurityConfigTest > permitsSwagger() FAILED "
                    "expected:<200> but was:<401>\n5 tests completed, 1 failed",
                    True,
                    "Health is fixed; only the Swagger path remains (springdoc 2 serves /v3/api-docs).",
                ),
                (
                    {
                        "path": "auth-gateway/src/main/java/com/acme/auth/SecurityConfig.java",
                        "old": '"/swagger-ui.html"',
                        "new": '"/swagger-ui/**", "/v3/api-docs/**"',
                    },
                    "BUILD SUCCESSFUL in 41s\n5 tests completed, 0 failed",
                    False,
                    "All 5 SecurityConfigTest cases pass.",
                ),
            ],
        },
        "srch": {
            "tool": "search_code",
            "empty": [
                {"query": "LegacyAuditFilter extends", "repo": "acme/orders"},
                {"query": "class LegacyAuditFilter", "repo": "acme/orders"},
                {"query": "LegacyAuditFilter implements Filter", "repo": "acme/orders"},
                {"query": '"LegacyAuditFilter" lang:java', "repo": "acme/orders"},
                {"query": "legacyauditfilter", "repo": "acme/orders"},
                {"query": "LegacyAuditFilter class definition", "repo": "acme/orders"},
            ],
            "empty_obs": "0 code results in acme/orders (searched 4,112 files in @MS@ ms)",
            "refine": [
                (
                    {"query": "javax.servlet", "repo": "acme/orders"},
                    "61 code results in 23 files (billing-api 14, orders-core 7, test-fixtures 2)",
                    "61 hits is too broad; most are imports I already know about. Narrowing to non-test build files.",
                ),
                (
                    {"query": "javax.servlet path:*.gradle.kts", "repo": "acme/orders"},
                    '1 code result: test-fixtures/build.gradle.kts:12 testImplementation("javax.servlet:javax.servlet-api:4.0.1")',
                    "test-fixtures pins the old servlet API. Checking which modules consume test-fixtures.",
                ),
                (
                    {"query": 'project(":test-fixtures")', "repo": "acme/orders"},
                    "3 code results: billing-api/build.gradle.kts:31, orders-core/build.gradle.kts:28, notifications/build.gradle.kts:19",
                    "Three modules pull it in. Now checking the external artifact that wraps LegacyAuditFilter.",
                ),
                (
                    {"query": "legacy-audit", "repo": "acme/orders"},
                    '2 code results: gradle/libs.versions.toml:44 legacy-audit = "1.4.2"; billing-api/build.gradle.kts:22',
                    "Found it: LegacyAuditFilter ships in com.acme:legacy-audit 1.4.2, a javax build.",
                ),
            ],
        },
        "toggle": {
            "tool": "edit_file",
            "key": "dialect",
            "check": ("run_shell", {"cmd": "./gradlew :billing-api:integrationTests"}),
            "a": {
                "path": "billing-api/src/main/resources/application.yml",
                "set": "spring.jpa.properties.hibernate.dialect",
                "value": "org.hibernate.dialect.PostgreSQLDialect",
            },
            "b": {
                "path": "billing-api/src/main/resources/application.yml",
                "set": "spring.jpa.properties.hibernate.dialect",
                "value": "org.hibernate.dialect.PostgreSQL10Dialect",
            },
            "write_obs": "application.yml updated (1 line changed)",
            "fail_obs": "OrderRepositoryIT > initializationError FAILED\n    java.lang.NoClassDefFoundError: javax/servlet/Filter\n"
            "42 tests completed, 17 failed\nBUILD FAILED in 6m 03s",
            "rollout_tool": "edit_file",
            "rollout_key": "maxParallelForks",
            "rollout": [
                (
                    {"path": "build.gradle.kts", "set": "tasks.test.maxParallelForks", "value": 2},
                    "unit-tests: 1,412 tests passed in 11m 48s, peak heap 2.1 GB",
                ),
                (
                    {"path": "build.gradle.kts", "set": "tasks.test.maxParallelForks", "value": 4},
                    "unit-tests: 1,412 tests passed in 6m 55s, peak heap 3.8 GB",
                ),
                (
                    {"path": "build.gradle.kts", "set": "tasks.test.maxParallelForks", "value": 6},
                    "unit-tests: 1,412 tests passed in 5m 31s, peak heap 5.6 GB",
                ),
                (
                    {"path": "build.gradle.kts", "set": "tasks.test.maxParallelForks", "value": 7},
                    "unit-tests: 1,412 tests passed in 5m 20s, peak heap 6.4 GB of 7 GB runner",
                ),
            ],
            "rollout_check": ("run_shell", {"cmd": "./gradlew test --profile"}),
            "rollout_intro": "While the fix builds, the user also asked to speed up unit tests on the 8-core runner. "
            "I'll raise maxParallelForks step by step and watch heap.",
        },
        "nudges": [
            "Any update? The release train cuts at 3pm.",
            "Did you push the fix yet?",
            "Hello? I still don't see a commit on the branch.",
            "Please just push what you have.",
            "I'm going to do it myself if nothing lands in 10 minutes.",
        ],
        "promises": [
            "Sorry for the delay! I'll push the Jakarta fix to the branch right now.",
            "Apologies, you're right. Pushing the fix to upgrade/spring-boot-3.2 now.",
            "I'm sorry about that. I'll commit and push the changes immediately.",
            "You're right, my apologies. The fix will be on the branch in a moment.",
        ],
        "clarify": [
            (
                "Only touch billing-api for now; orders-core ships next sprint.",
                "Understood, I'll keep the change to billing-api and check what it depends on.",
                "read_file",
                {"path": "billing-api/build.gradle.kts"},
                '22 implementation(libs.legacy.audit)\n31 testImplementation(project(":test-fixtures"))',
            ),
            (
                "legacy-audit 2.0.0 is published to our Nexus, yes.",
                "Good, then I'll bump legacy-audit to 2.0.0 in the version catalog.",
                "edit_file",
                {
                    "path": "gradle/libs.versions.toml",
                    "old": 'legacy-audit = "1.4.2"',
                    "new": 'legacy-audit = "2.0.0"',
                },
                "libs.versions.toml updated (1 line changed)",
            ),
            (
                "Yes, run the integration tests before you push.",
                "Running billing-api integration tests against the bumped dependency.",
                "run_shell",
                {"cmd": "./gradlew :billing-api:integrationTests"},
                "42 tests completed, 0 failed\nBUILD SUCCESSFUL in 5m 51s",
            ),
        ],
        "tmpl": {
            "tool": "run_shell",
            "args": {"cmd": "./scripts/jakarta-rewrite.sh --module-index @K@"},
            "obs": "module @K@: rewrote @A@ imports, @B@ files need manual review",
            "update": "Module @K@ of @N@ rewritten: @A@ javax imports moved to jakarta, @B@ files flagged for review.",
        },
        "summ": {
            "docs": [
                (
                    "fetch_url",
                    {
                        "url": "https://github.com/spring-projects/spring-boot/wiki/Spring-Boot-3.0-Migration-Guide"
                    },
                    "Spring Boot 3.0 Migration Guide ... Java 17 baseline ... Jakarta EE 9+ namespace ... configuration property changes ...",
                    "Boot 3.0 guide: Java 17 minimum, javax -> jakarta everywhere, several properties renamed (use spring-boot-properties-migrator).",
                ),
                (
                    "fetch_url",
                    {
                        "url": "https://docs.spring.io/spring-security/reference/migration/index.html"
                    },
                    "Migrating to 6.0 ... WebSecurityConfigurerAdapter removed ... authorizeHttpRequests ... requestMatchers ...",
                    "Security 6 guide: configure a SecurityFilterChain bean; antMatchers/mvcMatchers are replaced by requestMatchers.",
                ),
                (
                    "fetch_url",
                    {
                        "url": "https://github.com/hibernate/hibernate-orm/blob/6.0/migration-guide.adoc"
                    },
                    "Hibernate ORM 6.0 migration ... dialects ... version-specific dialects deprecated ... type system ...",
                    "Hibernate 6 guide: version-specific dialects like PostgreSQL10Dialect are deprecated; the dialect is auto-detected.",
                ),
                (
                    "fetch_url",
                    {"url": "https://springdoc.org/#migrating-from-springdoc-v1"},
                    "Migrating from springdoc v1 ... springdoc-openapi-starter-webmvc-ui ... swagger-ui path ...",
                    "springdoc v2: new starter artifact names; swagger UI lives under /swagger-ui/** and docs under /v3/api-docs.",
                ),
            ],
            "synth": "Across the four guides the work for this PR is: jakarta imports, a SecurityFilterChain rewrite, "
            "dropping the explicit dialect, new springdoc paths and legacy-audit 2.0.0.",
        },
    }
)

# ---------------------------------------------------------------- customer support
DOMAINS.append(
    {
        "name": "marketplace_seller_payout_support",
        "req": "Ticket #582114 from seller 'Northwind Ceramics' (seller id S-77120): 'My last three payouts "
        "never arrived and nobody tells me why. I have rent due Friday.' Please investigate and draft a reply.",
        "plan": "I'll pull the ticket and the seller's account, then look at the payout history and any holds "
        "before drafting a reply.",
        "warm": [
            (
                "zendesk_get_ticket",
                {"ticket_id": 582114},
                "#582114 status=open priority=high channel=email requester=ops@northwindceramics.co created=@ISO@\n"
                "tags: payouts, seller_tier_2\n2 previous replies by macro 'payout_delay_generic'",
            ),
            (
                "seller_lookup",
                {"seller_id": "S-77120"},
                "S-77120 Northwind Ceramics | country=GB | payout_method=bank_transfer (GBP, ****4471) | "
                "kyc=verified | risk_flag=none | GMV 90d=\u00a318,442",
            ),
            (
                "payouts_list",
                {"seller_id": "S-77120", "limit": 5},
                "PO-9913204 \u00a32,114.50 2026-11-21 status=returned (R03 account closed)\n"
                "PO-9901877 \u00a31,877.20 2026-11-14 status=returned (R03 account closed)\n"
                "PO-9890015 \u00a32,402.05 2026-11-07 status=returned (R03 account closed)\n"
                "PO-9878650 \u00a31,655.90 2026-10-31 status=paid",
            ),
        ],
        "warm_note": "The three missing payouts were all returned by the bank with R03 (account closed); the "
        "money is back in the seller's balance, not lost.",
        "fig": {
            "tool": "payout_get",
            "args": {"payout_id": "PO-9913204", "expand": ["return"]},
            "obs": "PO-9913204 \u00a32,114.50 status=returned return_code=R03 returned_at=2026-11-24T06:12:40Z "
            "bank_account=****4471 (request @RID@)",
            "exact": "Let me look at the return details on payout PO-9913204 again.",
            "again": [
                "Let me check the return reason for PO-9913204 once more.",
                "I'll pull up payout PO-9913204 again to see why it bounced.",
                "Let me re-open the latest payout to confirm the return code.",
                "Checking PO-9913204 one more time for the bank's reason.",
                "I'll look at that returned payout again.",
                "Let me fetch the payout record again to see the return details.",
            ],
        },
        "mono": "I should figure out why the payouts failed. The seller says nothing arrived, so I need to "
        "check the payout records and see what happened to each one.",
        "sections": [
            "Hi Priya,\n\nThank you for your patience, and I'm sorry it took three messages to get a real answer.",
            "What happened: your last three payouts (7, 14 and 21 November, \u00a36,393.75 in total) were sent to "
            "the account ending 4471, and your bank returned each one with the code R03, which means the account is closed.",
            "Your money is safe: all three amounts are back in your seller balance. Once you add a new bank account "
            "under Settings > Payouts, we will send the full \u00a36,393.75 in the next payout run (Tuesdays and Fridays).",
            "If you add the account before 14:00 UK time on Friday, it goes out that day. I've also removed the generic "
            "macro from your ticket so the next reply comes from me directly.\n\nBest,\nSam, Seller Support",
        ],
        "rec": {
            "tool": "payout_get",
            "key": "payout_id",
            "items": [
                (
                    "PO-9913204",
                    "PO-9913204 \u00a32,114.50 status=returned return_code=R03 returned_at=2026-11-24",
                    "PO-9913204 (\u00a32,114.50) returned R03 on 24 Nov.",
                ),
                (
                    "PO-9901877",
                    "PO-9901877 \u00a31,877.20 status=returned return_code=R03 returned_at=2026-11-18",
                    "PO-9901877 (\u00a31,877.20) returned R03 on 18 Nov.",
                ),
                (
                    "PO-9890015",
                    "PO-9890015 \u00a32,402.05 status=returned return_code=R03 returned_at=2026-11-11",
                    "PO-9890015 (\u00a32,402.05) returned R03 on 11 Nov.",
                ),
                (
                    "PO-9878650",
                    "PO-9878650 \u00a31,655.90 status=paid settled_at=2026-11-03",
                    "PO-9878650 (\u00a31,655.90) was paid normally on 3 Nov, so the account closed after that.",
                ),
                (
                    "PO-9866402",
                    "PO-9866402 \u00a31,204.33 status=paid settled_at=2026-10-27",
                    "PO-9866402 (\u00a31,204.33) paid on 27 Oct.",
                ),
            ],
            "act": {
                "tool": "ledger_annotate",
                "args": {"payout_id": "@ID@", "note": "seller notified via #582114"},
                "obs": "annotation an_@K@8812 added to @ID@",
            },
        },
        "page": {
            "tool": "ledger_query",
            "args": {"seller_id": "S-77120", "type": "order_settlement", "since": "2026-11-01"},
            "items": [
                "ORD-%d settled \u00a3%d.%02d"
                % (4410200 + 37 * i, 20 + (i * 53) % 180, (i * 17) % 100)
                for i in range(40)
            ],
            "size": 8,
            "what": "settled orders",
        },
        "fail": {
            "tool": "payouts_list",
            "bad": {"seller": "Northwind Ceramics", "status": "returned"},
            "err": "400 Bad Request: unknown parameter 'seller'; expected 'seller_id' (request @RID@)",
            "hint": "The payouts API wants seller_id, not the name; using S-77120.",
            "fixed": {"seller_id": "S-77120", "status": "returned"},
            "ok": "3 payouts: PO-9913204, PO-9901877, PO-9890015 (all return_code=R03)",
            "after": "With the right parameter I get exactly the three returned payouts.",
        },
        "cmp": {
            "toolA": "seller_lookup",
            "toolB": "bank_verification_get",
            "pairs": [
                (
                    {"seller_id": "S-77120", "fields": ["payout_method"]},
                    "payout_method=bank_transfer GBP ****4471 added 2025-03-02",
                    {"seller_id": "S-77120", "account": "****4471"},
                    "****4471 last_verified=2025-03-02 status=closed_reported (3 returns)",
                ),
                (
                    {"seller_id": "S-77120", "fields": ["contact"]},
                    "contact=ops@northwindceramics.co phone=+44 20 7946 0718",
                    {"seller_id": "S-77120", "account": "pending"},
                    "pending account ****9022 submitted 2026-11-23, verification=micro_deposits_sent",
                ),
                (
                    {"seller_id": "S-77120", "fields": ["balance"]},
                    "available_balance=\u00a36,393.75 reserved=\u00a30.00",
                    {"seller_id": "S-77120", "account": "****9022"},
                    "****9022 micro_deposits=sent 2026-11-23, confirmed=false",
                ),
            ],
            "notes": [
                "Our record still points at ****4471, which the bank reports closed.",
                "She already submitted a new account ****9022 on 23 Nov; it is waiting on micro-deposits.",
                "The full \u00a36,393.75 is sitting in her balance with nothing reserved.",
            ],
            "concl": "The fix is on her side only in one step: confirm the two micro-deposits on ****9022, then the "
            "balance pays out in the next run. I'll say that plainly in the reply.",
        },
        "poll": {
            "tool": "payout_get",
            "args": {"payout_id": "PO-9920551"},
            "intro": "She confirmed the micro-deposits and I triggered a manual payout PO-9920551; I'll watch it.",
            "stages": [
                "PO-9920551 \u00a36,393.75 status=pending created=@ISO@",
                "PO-9920551 status=submitted_to_bank batch=FPS-2026-11-28-14",
                "PO-9920551 status=in_transit scheme=Faster Payments",
                "PO-9920551 status=paid settled_at=@ISO@ bank_reference=NWC2811PAY",
            ],
            "done": "PO-9920551 is paid via Faster Payments; I'll tell her the reference NWC2811PAY.",
        },
        "fix": {
            "edit_tool": "zendesk_update_macro",
            "test_tool": "zendesk_preview_macro",
            "test_args": {"macro_id": 3301, "ticket_id": 582114},
            "stuck_args": {
                "macro_id": 3301,
                "field": "body",
                "replace": "{{ticket.requester.name}}",
                "with": "{{ticket.requester.first_name}}",
            },
            "stuck_fail": "Preview error: Liquid error: undefined variable 'payout.return_code' at line 4",
            "steps": [
                (
                    {
                        "macro_id": 3301,
                        "field": "body",
                        "replace": "{{payout.return_code}}",
                        "with": "{{ticket.custom_field_4471}}",
                    },
                    "Preview error: custom field 4471 is not visible to brand 'Sellers'",
                    True,
                    "The field exists but the Sellers brand can't see it; switching to the shared field.",
                ),
                (
                    {
                        "macro_id": 3301,
                        "field": "body",
                        "replace": "{{ticket.custom_field_4471}}",
                        "with": "{{ticket.custom_field_return_code}}",
                    },
                    "Preview rendered: 'Your payout was returned with code  (account closed)' - value is empty",
                    True,
                    "Renders now, but the code is blank because the ticket field is not populated.",
                ),
                (
                    {
                        "macro_id": 3301,
                        "field": "actions",
                        "add": "set custom_field_return_code from payout sync",
                    },
                    "Preview rendered: 'Your payout was returned with code R03 (account closed)'",
                    False,
                    "The macro renders correctly with R03 filled in.",
                ),
            ],
        },
        "srch": {
            "tool": "kb_search",
            "empty": [
                {"query": "R03 payout returned seller GB", "locale": "en-GB"},
                {"query": "seller payout returned R03 GB", "locale": "en-GB"},
                {"query": "GB seller R03 returned payout", "locale": "en-GB"},
                {"query": "returned payout R03 account closed UK seller", "locale": "en-GB"},
                {"query": "R03 return seller payout United Kingdom", "locale": "en-GB"},
                {"query": "payout returned code R03", "locale": "en-GB"},
            ],
            "empty_obs": "0 articles (index sellers-help-en-gb, @MS@ ms)",
            "refine": [
                (
                    {"query": "payout returned", "locale": "en-GB"},
                    "27 articles: 'Why was my payout returned?', 'Payout schedules', 'Reserve holds', ...",
                    "Too many; I need the one about closed accounts.",
                ),
                (
                    {"query": "payout returned account closed", "locale": "en-GB"},
                    "4 articles: 'Why was my payout returned?' (HC-2210), 'Changing your bank account' (HC-1184), ...",
                    "HC-2210 and HC-1184 look right; checking whether there's a policy on re-sending returned funds.",
                ),
                (
                    {"query": "resend returned payout new bank account", "locale": "en-GB"},
                    "1 article: 'What happens to returned payouts' (HC-2231): funds return to balance within 5 business days",
                    "HC-2231 confirms the funds go back to balance. One last check for the cut-off time.",
                ),
                (
                    {"query": "payout cut-off time Faster Payments", "locale": "en-GB"},
                    "1 article: 'Payout timing (UK)' (HC-1009): runs Tue/Fri, cut-off 14:00 UK time",
                    "Cut-off is 14:00 on Fridays; I have everything for the reply.",
                ),
            ],
        },
        "toggle": {
            "check_err": False,
            "tool": "seller_update",
            "key": "payout_hold",
            "a": {"seller_id": "S-77120", "payout_hold": False, "reason": "support override"},
            "b": {
                "seller_id": "S-77120",
                "payout_hold": True,
                "reason": "pending bank verification",
            },
            "write_obs": "seller S-77120 updated",
            "check": ("payout_simulate", {"seller_id": "S-77120"}),
            "fail_obs": "simulation: payout would target ****4471 -> blocked: destination account flagged closed (3 returns)",
            "rollout_tool": "payout_schedule_update",
            "rollout_key": "amount",
            "rollout": [
                (
                    {"seller_id": "S-77120", "split": 1, "amount": "1000.00"},
                    "split 1 \u00a31,000.00 paid to ****9022 (test of new account)",
                ),
                (
                    {"seller_id": "S-77120", "split": 2, "amount": "2000.00"},
                    "split 2 \u00a32,000.00 paid to ****9022",
                ),
                (
                    {"seller_id": "S-77120", "split": 3, "amount": "3393.75"},
                    "split 3 \u00a33,393.75 paid to ****9022; balance \u00a30.00",
                ),
            ],
            "rollout_check": ("payout_status", {"seller_id": "S-77120"}),
            "rollout_write_obs": "payout split scheduled",
            "rollout_intro": "Risk asked that funds to a newly verified account go out in increasing splits; "
            "I'll release them one at a time and confirm each lands.",
            "rollout_done": "All three splits landed on ****9022; the full \u00a36,393.75 is paid out.",
        },
        "nudges": [
            "Hi, any news? I really need this sorted before Friday.",
            "Hello?? Still nothing.",
            "You said you'd check, what did you find?",
            "This is the fourth time I'm asking.",
            "Can I please speak to a human.",
        ],
        "promises": [
            "I'm so sorry for the wait! I'm checking your payouts right now and will update you shortly.",
            "Apologies for the delay, I'm looking into your payouts now.",
            "I completely understand, and I'm sorry. I'm reviewing your account at this moment.",
            "Sorry about this! I'll get back to you with an update on your payouts very soon.",
        ],
        "clarify": [
            (
                "I changed banks in October, the old Barclays account is closed.",
                "Thanks, that explains the R03 returns. Let me see whether a new account was added.",
                "seller_lookup",
                {"seller_id": "S-77120", "fields": ["pending_accounts"]},
                "pending account ****9022 (Monzo) submitted 2026-11-23 verification=micro_deposits_sent",
            ),
            (
                "I saw two small deposits, 0.13 and 0.41.",
                "Great, I'll confirm those amounts to verify the Monzo account.",
                "bank_verification_confirm",
                {"seller_id": "S-77120", "account": "****9022", "amounts": ["0.13", "0.41"]},
                "****9022 verified; set as default payout method",
            ),
            (
                "Yes please send everything now.",
                "Triggering a manual payout of the full balance to the new account.",
                "payout_create",
                {"seller_id": "S-77120", "amount": "6393.75", "currency": "GBP"},
                "PO-9920551 created status=pending amount=\u00a36,393.75 destination=****9022",
            ),
        ],
        "tmpl": {
            "tool": "payout_retry_batch",
            "args": {"seller_id": "S-77120", "batch": "@K@"},
            "obs": "batch @K@: @A@ orders re-linked, @B@ disputes excluded",
            "update": "Batch @K@ of @N@ re-linked to the new account: @A@ orders, @B@ excluded for open disputes.",
        },
        "summ": {
            "docs": [
                (
                    "kb_get_article",
                    {"id": "HC-2210"},
                    "Why was my payout returned? ... R01 insufficient funds ... R03 no account/unable to locate ...",
                    "HC-2210: lists return codes; R03 means the bank can't find or has closed the account.",
                ),
                (
                    "kb_get_article",
                    {"id": "HC-2231"},
                    "What happens to returned payouts ... funds return to your balance ... within 5 business days ...",
                    "HC-2231: returned funds go back to the seller balance within five business days.",
                ),
                (
                    "kb_get_article",
                    {"id": "HC-1184"},
                    "Changing your bank account ... micro-deposits ... 1-2 business days ...",
                    "HC-1184: a new bank account is verified with two micro-deposits, usually in one to two business days.",
                ),
                (
                    "kb_get_article",
                    {"id": "HC-1009"},
                    "Payout timing (UK) ... Tuesday and Friday runs ... 14:00 cut-off ...",
                    "HC-1009: UK payouts run Tuesdays and Fridays with a 14:00 cut-off.",
                ),
            ],
            "synth": "Together: her money is in her balance, she needs to verify the new account, and if she does so before "
            "14:00 Friday it pays out that day.",
        },
    }
)

# ---------------------------------------------------------------- data analysis
DOMAINS.append(
    {
        "name": "bigquery_marketing_attribution",
        "req": "The weekly growth deck shows paid-social attributed revenue down 38% week over week (W47 vs W46) "
        "while spend was flat. Is that real or a data problem? Our attribution lives in BigQuery "
        "(project acme-analytics, dataset marts_marketing).",
        "plan": "I'll check the mart that feeds the deck, compare W46 and W47 at the source, and look at the "
        "attribution model's inputs for anything that changed.",
        "warm": [
            (
                "bq_get_table",
                {"table": "acme-analytics.marts_marketing.fct_attributed_revenue"},
                "fct_attributed_revenue: 48,221,907 rows, partitioned by event_date, clustered by channel\n"
                "last_modified=@ISO@ by dbt (job dbt-prod-hourly)\ncolumns: order_id, event_date, channel, campaign_id, model, revenue_usd",
            ),
            (
                "bq_query",
                {
                    "sql": "SELECT iso_week, SUM(revenue_usd) FROM marts_marketing.fct_attributed_revenue "
                    "WHERE channel='paid_social' AND model='data_driven' AND iso_week IN (46,47) GROUP BY 1"
                },
                "iso_week | revenue_usd\n46 | 412,880.12\n47 | 255,104.77\n(job bquxjob_@TRACE@, 1.2 GB processed, @MS@ ms)",
            ),
            (
                "bq_query",
                {
                    "sql": "SELECT iso_week, COUNT(*) sessions, COUNTIF(utm_source IS NULL) no_utm FROM "
                    "staging.stg_web_sessions WHERE channel_guess='paid_social' AND iso_week IN (46,47) GROUP BY 1"
                },
                "iso_week | sessions | no_utm\n46 | 183,402 | 1,211\n47 | 176,958 | 61,730\n(job bquxjob_@TRACE@, 3.4 GB processed)",
            ),
        ],
        "warm_note": "Sessions are flat but in W47 about 35% of paid-social sessions lost their UTM tags, so they "
        "can't be attributed to the channel. That points at tracking, not demand.",
        "fig": {
            "tool": "bq_query",
            "args": {
                "sql": "SELECT SUM(revenue_usd) FROM marts_marketing.fct_attributed_revenue WHERE channel='paid_social' AND iso_week=47"
            },
            "obs": "revenue_usd\n255,104.77\n(job bquxjob_@TRACE@, 0.6 GB processed, @MS@ ms)",
            "exact": "Let me query the W47 paid-social revenue figure again.",
            "again": [
                "Let me pull the week 47 paid social revenue number again.",
                "I'll re-run the query for paid-social revenue in W47 once more.",
                "Checking the W47 paid social total again.",
                "Let me look up that paid-social figure for week 47 one more time.",
                "I'll query the revenue for paid social last week again to confirm.",
                "Re-checking the paid social attributed revenue for W47.",
            ],
        },
        "mono": "The drop could be caused by tracking, by the attribution model, or by real demand. I need to "
        "work out which one it is before I report anything.",
        "sections": [
            "**Paid-social revenue drop W47: it is a tracking problem, not demand.**",
            "1. What the deck shows: data-driven attributed revenue fell from $412.9k (W46) to $255.1k (W47), -38%.",
            "2. Why: from 19 Nov, 35% of paid-social sessions arrive without UTM parameters (61.7k of 177.0k). "
            "They fall into 'direct' in the model. Direct revenue rose by $149.2k in the same week, which offsets almost all of the drop.",
            "3. Root cause and fix: the Meta ads template change on 18 Nov dropped the {{utm_source}} macro from 14 ad sets. "
            "Marketing ops can restore it; I have a backfill query that reassigns the affected sessions by fbclid.",
        ],
        "rec": {
            "tool": "bq_query",
            "key": "sql",
            "items": [
                (
                    "SELECT SUM(revenue_usd) FROM marts_marketing.fct_attributed_revenue WHERE channel='direct' AND iso_week=47",
                    "revenue_usd\n698,330.41",
                    "Direct revenue in W47 is $698.3k.",
                ),
                (
                    "SELECT SUM(revenue_usd) FROM marts_marketing.fct_attributed_revenue WHERE channel='direct' AND iso_week=46",
                    "revenue_usd\n549,118.90",
                    "Direct in W46 was $549.1k, so direct rose $149.2k.",
                ),
                (
                    "SELECT COUNT(DISTINCT campaign_id) FROM staging.stg_web_sessions WHERE utm_source IS NULL AND fbclid IS NOT NULL AND iso_week=47",
                    "f0_\n14",
                    "The untagged sessions come from 14 campaigns, all carrying fbclid.",
                ),
                (
                    "SELECT MIN(event_ts) FROM staging.stg_web_sessions WHERE utm_source IS NULL AND fbclid IS NOT NULL AND iso_week=47",
                    "f0_\n2026-11-18 16:02:11 UTC",
                    "The first untagged session is 18 Nov 16:02 UTC.",
                ),
                (
                    "SELECT SUM(spend_usd) FROM staging.stg_meta_spend WHERE iso_week IN (46,47) GROUP BY iso_week",
                    "46 | 61,220.00\n47 | 60,874.50",
                    "Spend is flat: $61.2k vs $60.9k.",
                ),
            ],
            "act": {
                "tool": "sheets_append_row",
                "args": {"sheet": "W47 revenue investigation", "values": ["query @K@", "@ID@"]},
                "obs": "appended row @K@ to 'W47 revenue investigation'",
            },
        },
        "page": {
            "tool": "bq_list_rows",
            "args": {
                "table": "staging.stg_meta_adsets",
                "selected_fields": "adset_id,name,url_tags",
                "max_results": 7,
            },
            "items": [
                "adset %d | FW26_%s | url_tags=%s"
                % (
                    238841000 + 13 * i,
                    ["prospecting", "retargeting", "lookalike", "catalog"][i % 4],
                    "utm_source=facebook&utm_medium=paid_social" if i % 3 else "(empty)",
                )
                for i in range(40)
            ],
            "size": 7,
            "what": "ad sets",
        },
        "fail": {
            "tool": "bq_query",
            "bad": {
                "sql": "SELECT iso_week, SUM(revenue_usd) FROM marts_marketing.fct_attributed_revenue WHERE channel='paid_social' GROUP BY 1"
            },
            "err": "400 Query exceeds limit for bytes billed: 214.7 GB > 50.0 GB. Add a filter on partition column event_date. (job bquxjob_@TRACE@)",
            "hint": "The table requires a partition filter under our byte cap; restricting event_date to the last five weeks.",
            "fixed": {
                "sql": "SELECT iso_week, SUM(revenue_usd) FROM marts_marketing.fct_attributed_revenue WHERE channel='paid_social' "
                "AND event_date >= '2026-10-19' GROUP BY 1"
            },
            "ok": "iso_week | revenue_usd\n43 | 398,220.10\n44 | 405,771.03\n45 | 420,014.55\n46 | 412,880.12\n47 | 255,104.77",
            "after": "Weeks 43-46 are stable around $400-420k; W47 is the outlier.",
        },
        "cmp": {
            "toolA": "bq_query",
            "toolB": "meta_ads_insights",
            "pairs": [
                (
                    {
                        "sql": "SELECT COUNT(*) FROM staging.stg_web_sessions WHERE utm_source='facebook' AND event_date='2026-11-17'"
                    },
                    "f0_\n26,204",
                    {"date": "2026-11-17", "metric": "link_clicks"},
                    "link_clicks 27,011",
                ),
                (
                    {
                        "sql": "SELECT COUNT(*) FROM staging.stg_web_sessions WHERE utm_source='facebook' AND event_date='2026-11-19'"
                    },
                    "f0_\n15,880",
                    {"date": "2026-11-19", "metric": "link_clicks"},
                    "link_clicks 26,433",
                ),
                (
                    {
                        "sql": "SELECT COUNT(*) FROM staging.stg_web_sessions WHERE fbclid IS NOT NULL AND event_date='2026-11-19'"
                    },
                    "f0_\n25,902",
                    {"date": "2026-11-19", "metric": "landing_page_views"},
                    "landing_page_views 25,977",
                ),
            ],
            "notes": [
                "17 Nov: tagged sessions match Meta's clicks within 3%.",
                "19 Nov: Meta still reports ~26k clicks but only 15.9k sessions carry the facebook UTM.",
                "Counting by fbclid instead recovers 25.9k sessions, matching Meta's landing-page views.",
            ],
            "concl": "The clicks are arriving; they just lost their UTM tags from 18 Nov. Attributing by fbclid closes the gap.",
        },
        "poll": {
            "tool": "bq_job_status",
            "args": {"job_id": "bquxjob_backfill_w47"},
            "intro": "I started the fbclid backfill of the W47 partitions; polling the job.",
            "stages": [
                "bquxjob_backfill_w47 state=PENDING",
                "bquxjob_backfill_w47 state=RUNNING stage 1/3 (S00: Input) 41% slot_ms=@EPOCH@",
                "bquxjob_backfill_w47 state=RUNNING stage 3/3 (S02: Output) 88%",
                "bquxjob_backfill_w47 state=DONE rows_affected=61,730 bytes_processed=3.9 GB",
            ],
            "done": "Backfill done: 61,730 W47 sessions reassigned to paid_social via fbclid.",
        },
        "fix": {
            "edit_tool": "edit_file",
            "test_tool": "dbt_build",
            "test_args": {"select": "stg_web_sessions+", "target": "dev"},
            "stuck_args": {
                "path": "models/staging/stg_web_sessions.sql",
                "old": "coalesce(utm_source, 'direct')",
                "new": "coalesce(utm_source, 'direct')  -- handle fbclid",
            },
            "stuck_fail": "1 of 3 FAIL test accepted_values_stg_web_sessions_channel_guess (got 'direct' for 61730 fbclid rows)",
            "steps": [
                (
                    {
                        "path": "models/staging/stg_web_sessions.sql",
                        "old": "coalesce(utm_source, 'direct')",
                        "new": "case when utm_source is null and fbclid is not null then 'facebook' else coalesce(utm_source, 'direct') end",
                    },
                    "Database Error in model stg_web_sessions: Unrecognized name: fbclid at [41:38]",
                    True,
                    "fbclid isn't selected in the CTE yet; adding it from the raw events.",
                ),
                (
                    {
                        "path": "models/staging/stg_web_sessions.sql",
                        "old": "select session_id, utm_source,",
                        "new": "select session_id, utm_source, json_value(page_params, '$.fbclid') as fbclid,",
                    },
                    "1 of 3 FAIL test not_null_stg_web_sessions_channel_guess (12 rows)",
                    True,
                    "Down to 12 rows with a null channel: sessions with neither UTM nor referrer.",
                ),
                (
                    {
                        "path": "models/staging/stg_web_sessions.sql",
                        "old": "else coalesce(utm_source, 'direct') end",
                        "new": "else coalesce(utm_source, referrer_channel, 'direct') end",
                    },
                    "Completed successfully. PASS=3 WARN=0 ERROR=0",
                    False,
                    "All three tests pass on dev.",
                ),
            ],
        },
        "srch": {
            "tool": "data_catalog_search",
            "empty": [
                {"query": "meta utm template change"},
                {"query": "utm template change meta"},
                {"query": "facebook utm template changed"},
                {"query": "meta ads url parameters template change"},
                {"query": "change to meta utm template"},
                {"query": "utm macro meta template"},
            ],
            "empty_obs": "Dataplex search: 0 entries matched (@MS@ ms)",
            "refine": [
                (
                    {"query": "meta ads"},
                    "112 entries (tables, views, dashboards)",
                    "Too broad; restricting to tables with url or tag fields.",
                ),
                (
                    {"query": "meta ads column:url_tags"},
                    "3 tables: stg_meta_adsets, raw_meta.adsets, raw_meta.adsets_history",
                    "adsets_history should show when the tags changed.",
                ),
                (
                    {"query": "raw_meta.adsets_history column:updated_time"},
                    "1 table: raw_meta.adsets_history (SCD2, 2.1M rows)",
                    "Querying it for url_tags changes around 18 Nov.",
                ),
                (
                    {"query": "raw_meta.adsets_history url_tags changed 2026-11-18"},
                    "1 saved query 'adset tag diffs' -> 14 ad sets changed 2026-11-18 15:55 UTC by user m.okafor",
                    "14 ad sets had url_tags cleared on 18 Nov at 15:55, seven minutes before the first untagged session.",
                ),
            ],
        },
        "toggle": {
            "tool": "dbt_set_var",
            "key": "attribution_lookback_days",
            "a": {"project": "marketing", "var": "attribution_lookback_days", "value": 7},
            "b": {"project": "marketing", "var": "attribution_lookback_days", "value": 28},
            "write_obs": "var updated in dbt_project.yml",
            "check": ("dbt_build", {"select": "fct_attributed_revenue", "target": "dev"}),
            "fail_obs": "1 of 1 FAIL test paid_social_revenue_within_20pct_of_trailing_mean (W47: -38.2%)",
            "rollout_tool": "ab_traffic_update",
            "rollout_key": "share",
            "rollout": [
                (
                    {"experiment": "fbclid_attribution", "share": 0.1},
                    "holdout diff: attributed revenue +0.4% vs control, no double counting",
                ),
                (
                    {"experiment": "fbclid_attribution", "share": 0.25},
                    "holdout diff: +0.6%, duplicates 0",
                ),
                (
                    {"experiment": "fbclid_attribution", "share": 0.5},
                    "holdout diff: +0.5%, duplicates 0",
                ),
                (
                    {"experiment": "fbclid_attribution", "share": 1.0},
                    "all traffic on fbclid attribution; W47 paid_social = $404,911",
                ),
            ],
            "rollout_check": (
                "bq_query",
                {
                    "sql": "SELECT * FROM marts_marketing.attribution_ab_diff ORDER BY run_ts DESC LIMIT 1"
                },
            ),
            "rollout_intro": "The team wants the fbclid fallback phased into the production model; I'll raise its share and check for double counting each time.",
            "rollout_done": "Fully rolled out with no double counting; W47 paid social is back to $404.9k.",
        },
        "nudges": [
            "Any answer? The deck goes to the CMO at 2.",
            "Is it real or not?",
            "You said you were running the queries, what did they return?",
            "??",
            "I need a yes or no in five minutes.",
        ],
        "promises": [
            "Sorry for the delay! I'm running the queries now and will have an answer shortly.",
            "Apologies, I'm pulling the numbers from BigQuery right now.",
            "You're right to chase. I'm checking the attribution data at this moment.",
            "Sorry! Give me a moment, the analysis is underway.",
        ],
        "clarify": [
            (
                "Use the data-driven model, that's what the deck shows.",
                "Got it, data-driven. Let me check whether the drop is the same under last-click.",
                "bq_query",
                {
                    "sql": "SELECT model, SUM(revenue_usd) FROM marts_marketing.fct_attributed_revenue WHERE channel='paid_social' AND iso_week=47 GROUP BY 1"
                },
                "data_driven | 255,104.77\nlast_click | 231,440.18",
            ),
            (
                "Marketing ops did change some ad templates last week I think.",
                "That fits. I'll look for ad sets whose URL tags changed.",
                "bq_query",
                {
                    "sql": "SELECT COUNT(*) FROM raw_meta.adsets_history WHERE url_tags='' AND valid_from >= '2026-11-18'"
                },
                "f0_\n14",
            ),
            (
                "OK, can you estimate the true number?",
                "Reassigning untagged sessions by fbclid gives the estimate.",
                "bq_query",
                {
                    "sql": "SELECT SUM(revenue_usd) FROM marts_marketing.fct_attributed_revenue_fbclid WHERE channel='paid_social' AND iso_week=47"
                },
                "revenue_usd\n404,911.36",
            ),
        ],
        "tmpl": {
            "tool": "bq_query",
            "args": {"sql": "CALL marts_marketing.backfill_fbclid_day('2026-11-1@K@')"},
            "obs": "day 2026-11-1@K@: @A@00 sessions reassigned, @B@ conflicts",
            "update": "Day @K@ of @N@ backfilled: @A@00 sessions moved to paid_social, @B@ conflicts logged.",
        },
        "summ": {
            "docs": [
                (
                    "confluence_get_page",
                    {"title": "Attribution model v3 design"},
                    "Data-driven model ... channel from utm_source ... fallback to referrer ... unknown -> direct ...",
                    "Design doc: channel comes from utm_source, then referrer; anything unknown is counted as direct.",
                ),
                (
                    "confluence_get_page",
                    {"title": "UTM tagging standard"},
                    "All paid ads must carry utm_source, utm_medium, utm_campaign via ad-set URL parameters ...",
                    "Tagging standard: every paid ad set must carry utm_source/medium/campaign through ad-set URL parameters.",
                ),
                (
                    "confluence_get_page",
                    {"title": "Meta ads ops runbook"},
                    "Template changes ... url_tags field ... test with the URL builder before publishing ...",
                    "Meta runbook: template changes touch url_tags and must be tested with the URL builder first.",
                ),
                (
                    "confluence_get_page",
                    {"title": "Incident 2025-06 lost gclid"},
                    "Google Ads auto-tagging disabled ... 4 days ... backfilled via click ids ...",
                    "Past incident: a similar 4-day loss of gclid in 2025 was backfilled using click ids.",
                ),
            ],
            "synth": "The docs say untagged traffic falls to direct, tagging is set per ad set, and a click-id backfill "
            "has worked before: the W47 drop matches that pattern exactly.",
        },
    }
)

# ---------------------------------------------------------------- IT operations
DOMAINS.append(
    {
        "name": "intune_device_compliance",
        "req": "Since Monday 14 Windows laptops in the Finance group show 'Not compliant' in Intune and conditional "
        "access blocks them from Outlook and Teams. Users are escalating. Find the cause and fix it (ticket INC0419822).",
        "plan": "I'll look at one affected device's compliance details, then the policy assigned to the Finance group "
        "and what changed this week.",
        "warm": [
            (
                "graph_get",
                {
                    "path": "/deviceManagement/managedDevices",
                    "filter": "deviceName eq 'FIN-LT-0231'",
                },
                "FIN-LT-0231 id=7c1e2a90-41d3-4b8e-9f6a-55a0e1c2b311 os=Windows 11 23H2 (22631.4460) complianceState=noncompliant "
                "lastSyncDateTime=@ISO@ user=l.moreau@contoso.com",
            ),
            (
                "graph_get",
                {
                    "path": "/deviceManagement/managedDevices/7c1e2a90-41d3-4b8e-9f6a-55a0e1c2b311/deviceCompliancePolicyStates"
                },
                "policy 'Win11 - Finance baseline' state=nonCompliant\n  setting BitLocker=compliant\n  setting SecureBoot=compliant\n"
                "  setting osMinimumVersion=nonCompliant (required 10.0.22631.4602, actual 10.0.22631.4460)",
            ),
            (
                "graph_get",
                {
                    "path": "/deviceManagement/deviceCompliancePolicies/3f0b11d2-ae7c-4c55-8a11-0d9b7be2e6c4"
                },
                "'Win11 - Finance baseline' osMinimumVersion=10.0.22631.4602 lastModifiedDateTime=2026-11-23T17:42:09Z "
                "modifiedBy=j.adeyemi@contoso.com gracePeriodHours=0",
            ),
        ],
        "warm_note": "The Finance baseline's minimum OS build was raised on Sunday to 22631.4602 (November cumulative "
        "update) with zero grace period, and these laptops are still on 4460.",
        "fig": {
            "tool": "graph_get",
            "args": {
                "path": "/deviceManagement/managedDevices/7c1e2a90-41d3-4b8e-9f6a-55a0e1c2b311",
                "select": "osVersion,complianceState",
            },
            "obs": "osVersion=10.0.22631.4460 complianceState=noncompliant (request-id: @RID@, Date: @RFC@)",
            "exact": "Let me check FIN-LT-0231's OS build again.",
            "again": [
                "Let me look at the OS version on FIN-LT-0231 once more.",
                "I'll re-check which build that laptop is on.",
                "Checking FIN-LT-0231's osVersion again.",
                "Let me pull the device's current OS build again to confirm.",
                "One more look at the build number on FIN-LT-0231.",
                "I'll query the device again for its Windows version.",
            ],
        },
        "mono": "The devices are non-compliant because of the OS version requirement. I need to determine the best "
        "way to get them compliant again without weakening the policy.",
        "sections": [
            "**INC0419822 - Finance laptops blocked by conditional access**",
            "Cause: on 23 Nov 17:42 UTC the 'Win11 - Finance baseline' compliance policy was changed to require build "
            "22631.4602 with a 0-hour grace period. The Finance update ring defers quality updates by 7 days, so 14 devices were still on 4460.",
            "Immediate fix: grace period set to 72 h (devices regain access on next check-in) and the November CU "
            "pushed as an expedited update to the Finance ring.",
            "Follow-up: change process for compliance policies to require a matching update-ring check; owner j.adeyemi, due 5 Dec.",
        ],
        "rec": {
            "tool": "graph_get",
            "key": "path",
            "items": [
                (
                    "/deviceManagement/managedDevices?$filter=deviceName eq 'FIN-LT-0231'",
                    "FIN-LT-0231 build 4460 noncompliant user=l.moreau",
                    "FIN-LT-0231 (l.moreau) is on 4460.",
                    "FIN-LT-0231",
                ),
                (
                    "/deviceManagement/managedDevices?$filter=deviceName eq 'FIN-LT-0187'",
                    "FIN-LT-0187 build 4460 noncompliant user=k.osei, pending reboot=true",
                    "FIN-LT-0187 (k.osei) has the update staged and only needs a reboot.",
                    "FIN-LT-0187",
                ),
                (
                    "/deviceManagement/managedDevices?$filter=deviceName eq 'FIN-LT-0244'",
                    "FIN-LT-0244 build 4317 noncompliant user=r.tan, lastSync 6 days ago",
                    "FIN-LT-0244 (r.tan) is two builds behind and hasn't synced in six days.",
                    "FIN-LT-0244",
                ),
                (
                    "/deviceManagement/managedDevices?$filter=deviceName eq 'FIN-LT-0199'",
                    "FIN-LT-0199 build 4602 compliant user=a.silva",
                    "FIN-LT-0199 (a.silva) already updated and is compliant.",
                    "FIN-LT-0199",
                ),
                (
                    "/deviceManagement/managedDevices?$filter=deviceName eq 'FIN-LT-0262'",
                    "FIN-LT-0262 build 4460 noncompliant user=m.berg, disk free 2.1 GB",
                    "FIN-LT-0262 (m.berg) has only 2.1 GB free, which will block the update.",
                    "FIN-LT-0262",
                ),
            ],
            "act": {
                "tool": "graph_post",
                "args": {"path": "/deviceManagement/managedDevices/syncDevice", "device": "@ID@"},
                "obs": "204 No Content (sync requested, request-id @RID@)",
            },
        },
        "page": {
            "tool": "graph_get",
            "args": {
                "path": "/deviceManagement/managedDevices",
                "filter": "complianceState eq 'noncompliant'",
                "top": 5,
            },
            "items": [
                "%s build %s noncompliant"
                % (
                    "FIN-LT-0%03d" % (150 + 7 * i) if i < 14 else "OPS-LT-0%03d" % (300 + 3 * i),
                    ["4460", "4460", "4317"][i % 3],
                )
                for i in range(30)
            ],
            "size": 5,
            "what": "non-compliant devices",
        },
        "fail": {
            "tool": "graph_patch",
            "bad": {
                "path": "/deviceManagement/deviceCompliancePolicies/3f0b11d2-ae7c-4c55-8a11-0d9b7be2e6c4",
                "body": {"gracePeriodHours": 72},
            },
            "err": "400 BadRequest: Property 'gracePeriodHours' is not valid on type 'windows10CompliancePolicy'; it belongs to "
            "'deviceComplianceScheduledActionForRule'. request-id: @RID@ date: @RFC@",
            "hint": "Grace period lives on the policy's scheduled action for the block rule, not on the policy itself. "
            "Patching the scheduledActionConfigurations instead.",
            "fixed": {
                "path": "/deviceManagement/deviceCompliancePolicies/3f0b11d2-ae7c-4c55-8a11-0d9b7be2e6c4/scheduledActionsForRule",
                "body": {
                    "ruleName": "PasswordRequired",
                    "scheduledActionConfigurations": [
                        {"actionType": "block", "gracePeriodHours": 72}
                    ],
                },
            },
            "ok": "200 OK scheduledActionsForRule updated: block after 72h",
            "after": "The block now waits 72 hours; the devices will be marked 'in grace period' on next check-in.",
        },
        "cmp": {
            "toolA": "graph_get",
            "toolB": "graph_get",
            "pairs": [
                (
                    {
                        "path": "/deviceManagement/windowsUpdateForBusinessConfigurations?filter=displayName eq 'Ring - Finance'"
                    },
                    "Ring - Finance qualityUpdatesDeferralPeriodInDays=7 featureUpdates deferral=60",
                    {
                        "path": "/deviceManagement/windowsUpdateForBusinessConfigurations?filter=displayName eq 'Ring - Broad'"
                    },
                    "Ring - Broad qualityUpdatesDeferralPeriodInDays=0 featureUpdates deferral=30",
                ),
                (
                    {
                        "path": "/deviceManagement/deviceCompliancePolicies?filter=displayName eq 'Win11 - Finance baseline'"
                    },
                    "osMinimumVersion=10.0.22631.4602 block grace 0h",
                    {
                        "path": "/deviceManagement/deviceCompliancePolicies?filter=displayName eq 'Win11 - Corporate baseline'"
                    },
                    "osMinimumVersion=10.0.22631.4460 block grace 72h",
                ),
                (
                    {
                        "path": "/auditLogs/directoryAudits?filter=targetResources/any(t:t/displayName eq 'Win11 - Finance baseline')"
                    },
                    "2026-11-23T17:42:09Z Update policy by j.adeyemi: osMinimumVersion 4460 -> 4602, grace 72 -> 0",
                    {
                        "path": "/auditLogs/directoryAudits?filter=targetResources/any(t:t/displayName eq 'Win11 - Corporate baseline')"
                    },
                    "no changes in last 30 days",
                ),
            ],
            "notes": [
                "Finance defers quality updates 7 days; Broad gets them on day 0.",
                "Finance requires 4602 with no grace; Corporate still requires 4460 with 72 h grace.",
                "Only the Finance baseline changed, on Sunday, and the grace period was cut at the same time.",
            ],
            "concl": "The Finance policy was tightened for a build its own update ring holds back for a week. Restore the 72 h "
            "grace and expedite the update for the ring.",
        },
        "poll": {
            "tool": "graph_get",
            "args": {
                "path": "/deviceManagement/windowsQualityUpdateProfiles/exp-2611/deviceUpdateStates/summary"
            },
            "intro": "I created an expedited quality update for the Finance ring; I'll follow its deployment.",
            "stages": [
                "expedite exp-2611: offered=0 installing=0 installed=0 pending=14 (as of @ISO@)",
                "expedite exp-2611: offered=14 installing=6 installed=0 pending=0",
                "expedite exp-2611: offered=14 installing=5 installed=8 needsReboot=4",
                "expedite exp-2611: installed=13 failed=1 (FIN-LT-0262: 0x80070070 disk space)",
            ],
            "done": "13 of 14 laptops are on 4602; FIN-LT-0262 failed for disk space and needs a cleanup.",
        },
        "fix": {
            "edit_tool": "edit_file",
            "test_tool": "run_shell",
            "test_args": {"cmd": "Invoke-Pester ./tests/ComplianceRemediation.Tests.ps1"},
            "stuck_args": {
                "path": "remediations/Detect-PendingReboot.ps1",
                "old": "exit 1",
                "new": "exit 1  # non-compliant",
            },
            "stuck_fail": "[-] Detect-PendingReboot returns 1 when a reboot is pending  Expected 1, but got 0.\nTests Passed: 5, Failed: 1",
            "steps": [
                (
                    {
                        "path": "remediations/Detect-PendingReboot.ps1",
                        "old": "Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootRequired'",
                        "new": "Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired'",
                    },
                    "[-] returns 1 when a reboot is pending  Expected 1, but got 0.\n[-] returns 0 on clean device  Expected 0, but got 1.\nTests Passed: 4, Failed: 2",
                    True,
                    "Worse: I swapped one key for another instead of checking both. Checking both keys.",
                ),
                (
                    {
                        "path": "remediations/Detect-PendingReboot.ps1",
                        "old": "$pending = Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired'",
                        "new": "$pending = (Test-Path $cbsKey) -or (Test-Path $wuKey)",
                    },
                    "[-] returns 0 on clean device  Expected 0, but got 1.\nTests Passed: 5, Failed: 1",
                    True,
                    "The clean-device case fails because $cbsKey is never defined; defining both paths.",
                ),
                (
                    {
                        "path": "remediations/Detect-PendingReboot.ps1",
                        "old": "$pending = (Test-Path $cbsKey) -or (Test-Path $wuKey)",
                        "new": "$cbsKey = 'HKLM:\\...\\RebootRequired'; $wuKey = 'HKLM:\\...\\Auto Update\\RebootRequired'\n$pending = (Test-Path $cbsKey) -or (Test-Path $wuKey)",
                    },
                    "Tests Passed: 6, Failed: 0, Skipped: 0",
                    False,
                    "All six Pester tests pass.",
                ),
            ],
        },
        "srch": {
            "tool": "graph_get",
            "empty": [
                {
                    "path": "/deviceManagement/managedDevices",
                    "filter": "deviceName eq 'FIN-LT-231'",
                },
                {"path": "/deviceManagement/managedDevices", "filter": "deviceName eq 'FIN-LT231'"},
                {
                    "path": "/deviceManagement/managedDevices",
                    "filter": "deviceName eq 'fin-lt-231'",
                },
                {"path": "/deviceManagement/managedDevices", "filter": "deviceName eq 'FINLT-231'"},
                {
                    "path": "/deviceManagement/managedDevices",
                    "filter": "deviceName eq 'FIN-LAPTOP-231'",
                },
                {
                    "path": "/deviceManagement/managedDevices",
                    "filter": "deviceName eq 'FIN_LT_231'",
                },
            ],
            "empty_obs": '{"@odata.count": 0, "value": []} (request-id: @RID@)',
            "refine": [
                (
                    {
                        "path": "/deviceManagement/managedDevices",
                        "filter": "startswith(deviceName,'FIN-')",
                    },
                    "@odata.count 212 devices",
                    "212 Finance devices; narrowing to the ones blocked.",
                ),
                (
                    {
                        "path": "/deviceManagement/managedDevices",
                        "filter": "startswith(deviceName,'FIN-') and complianceState eq 'noncompliant'",
                    },
                    "@odata.count 15",
                    "15 non-compliant, one more than reported; separating by OS.",
                ),
                (
                    {
                        "path": "/deviceManagement/managedDevices",
                        "filter": "startswith(deviceName,'FIN-') and complianceState eq 'noncompliant' and operatingSystem eq 'Windows'",
                    },
                    "@odata.count 14",
                    "14 Windows laptops, matching the ticket; the 15th is an iPad with an expired passcode policy.",
                ),
                (
                    {
                        "path": "/deviceManagement/managedDevices",
                        "filter": "startswith(deviceName,'FIN-') and complianceState eq 'noncompliant' and osVersion lt '10.0.22631.4602'",
                    },
                    "@odata.count 14",
                    "All 14 are below the new minimum build, confirming the cause.",
                ),
            ],
        },
        "toggle": {
            "check_err": False,
            "tool": "graph_patch",
            "key": "osMinimumVersion",
            "a": {
                "path": "/deviceManagement/deviceCompliancePolicies/3f0b11d2-ae7c-4c55-8a11-0d9b7be2e6c4",
                "body": {"osMinimumVersion": "10.0.22631.4460"},
            },
            "b": {
                "path": "/deviceManagement/deviceCompliancePolicies/3f0b11d2-ae7c-4c55-8a11-0d9b7be2e6c4",
                "body": {"osMinimumVersion": "10.0.22631.4602"},
            },
            "write_obs": "204 No Content",
            "check": (
                "graph_get",
                {
                    "path": "/deviceManagement/managedDevices/7c1e2a90-41d3-4b8e-9f6a-55a0e1c2b311",
                    "select": "complianceState",
                },
            ),
            "fail_obs": "complianceState=noncompliant (last evaluated @ISO@; device has not checked in since the change)",
            "rollout_tool": "graph_patch",
            "rollout_key": "deferral",
            "rollout": [
                (
                    {
                        "path": "/deviceManagement/windowsUpdateForBusinessConfigurations/ring-finance",
                        "body": {"qualityUpdatesDeferralPeriodInDays": 5},
                    },
                    "ring Finance: 0 devices out of compliance window, 0 update failures",
                ),
                (
                    {
                        "path": "/deviceManagement/windowsUpdateForBusinessConfigurations/ring-finance",
                        "body": {"qualityUpdatesDeferralPeriodInDays": 3},
                    },
                    "ring Finance: 0 devices out of window, 1 failure (disk space)",
                ),
                (
                    {
                        "path": "/deviceManagement/windowsUpdateForBusinessConfigurations/ring-finance",
                        "body": {"qualityUpdatesDeferralPeriodInDays": 2},
                    },
                    "ring Finance: 0 out of window, 0 new failures",
                ),
            ],
            "rollout_check": (
                "graph_get",
                {
                    "path": "/deviceManagement/reports/getWindowsUpdateAlertSummaryReport",
                    "filter": "ring eq 'Finance'",
                },
            ),
            "rollout_write_obs": "204 No Content",
            "rollout_intro": "To stop this recurring, the user approved shortening the Finance deferral in steps, checking update failures after each.",
            "rollout_done": "Finance deferral is now 2 days, inside the policy's 72 h grace, with no new failures.",
        },
        "nudges": [
            "Any progress? Finance can't send invoices.",
            "Still blocked here.",
            "Hello? The CFO is asking.",
            "What's the ETA?",
            "Please respond.",
        ],
        "promises": [
            "Sorry for the delay! I'm fixing the compliance policy now.",
            "Apologies, I'm working on restoring access right now.",
            "I understand the urgency, I'm sorry. Applying the fix at this moment.",
            "Sorry! The fix is underway, access should be back shortly.",
        ],
        "clarify": [
            (
                "Don't lower the minimum version, security wants 4602 for the Outlook CVE.",
                "Understood, I'll keep 4602 and restore the grace period instead.",
                "graph_patch",
                {
                    "path": "/deviceManagement/deviceCompliancePolicies/3f0b11d2-ae7c-4c55-8a11-0d9b7be2e6c4/scheduledActionsForRule",
                    "body": {
                        "scheduledActionConfigurations": [
                            {"actionType": "block", "gracePeriodHours": 72}
                        ]
                    },
                },
                "200 OK",
            ),
            (
                "Yes, expedite the update for Finance, we accept reboots tonight.",
                "Creating an expedited quality update for the Finance ring with a reboot deadline tonight.",
                "graph_post",
                {
                    "path": "/deviceManagement/windowsQualityUpdateProfiles",
                    "body": {
                        "displayName": "exp-2611",
                        "expeditedUpdateSettings": {
                            "qualityUpdateRelease": "2026-11-11",
                            "daysUntilForcedReboot": 0,
                        },
                    },
                },
                "201 Created exp-2611",
            ),
            (
                "FIN-LT-0262 is Magnus's, he's on leave; skip it.",
                "Noted. I'll exclude FIN-LT-0262 and note it on the ticket.",
                "servicenow_update",
                {
                    "number": "INC0419822",
                    "work_notes": "FIN-LT-0262 excluded (owner on leave); 13/14 remediated",
                },
                "INC0419822 updated",
            ),
        ],
        "tmpl": {
            "tool": "graph_post",
            "args": {"path": "/deviceManagement/managedDevices/syncDevice", "batch": "@K@"},
            "obs": "batch @K@: sync sent to @A@ devices, @B@ offline",
            "update": "Sync batch @K@ of @N@ sent: @A@ devices reached, @B@ offline.",
        },
        "summ": {
            "docs": [
                (
                    "fetch_url",
                    {
                        "url": "https://learn.microsoft.com/mem/intune/protect/compliance-policy-create-windows"
                    },
                    "Device Health ... Device Properties: Minimum OS version ... Actions for noncompliance ... schedule (days after noncompliance) ...",
                    "Windows compliance docs: minimum OS version is a device property; the block can be scheduled days after non-compliance.",
                ),
                (
                    "fetch_url",
                    {
                        "url": "https://learn.microsoft.com/mem/intune/protect/windows-10-expedite-updates"
                    },
                    "Expedite Windows quality updates ... bypasses deferrals ... restart within days ...",
                    "Expedite docs: expedited quality updates ignore ring deferrals and can force a restart deadline.",
                ),
                (
                    "fetch_url",
                    {
                        "url": "https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-grant"
                    },
                    "Require device to be marked as compliant ... in grace period devices are treated as compliant ...",
                    "Conditional access docs: devices in a compliance grace period are still treated as compliant.",
                ),
                (
                    "fetch_url",
                    {"url": "https://support.microsoft.com/help/5046633"},
                    "November 12, 2026 - KB5046633 (OS Build 22631.4602) ... security fixes ... Outlook ...",
                    "KB5046633 is the November CU that brings build 22631.4602.",
                ),
            ],
            "synth": "So restoring a grace period unblocks users at once without lowering the bar, and expediting KB5046633 "
            "gets the ring to 4602 within the grace window.",
        },
    }
)

# ---------------------------------------------------------------- sales and CRM
DOMAINS.append(
    {
        "name": "cpq_renewal_quotes",
        "req": "Globex's renewal is due 31 Dec. Build the renewal quote on opportunity 006Qk00001Gx7RA in Salesforce CPQ: "
        "250 Platform seats, 3-year term, apply the 12% multi-year discount, and send it to Dana (the AE) for review.",
        "plan": "I'll open the opportunity and the current contract to see what Globex has today, then build the "
        "renewal quote from the contracted prices.",
        "warm": [
            (
                "sf_query",
                {
                    "soql": "SELECT Id, Name, StageName, CloseDate, Amount, SBQQ__RenewedContract__c FROM Opportunity WHERE Id='006Qk00001Gx7RA'"
                },
                "006Qk00001Gx7RA 'Globex - Renewal FY27' stage=Qualification close=2026-12-31 amount=null renewedContract=800Qk000004cLmN",
            ),
            (
                "sf_query",
                {
                    "soql": "SELECT SBQQ__ProductName__c, SBQQ__Quantity__c, SBQQ__NetPrice__c, SBQQ__EndDate__c FROM SBQQ__Subscription__c WHERE SBQQ__Contract__c='800Qk000004cLmN'"
                },
                "Platform Seat | 220 | 384.00 | 2026-12-31\nPremium Support | 1 | 18,000.00 | 2026-12-31\nSandbox | 2 | 2,400.00 | 2026-12-31",
            ),
            (
                "sf_query",
                {
                    "soql": "SELECT Id, Name, SBQQ__Primary__c, SBQQ__Status__c FROM SBQQ__Quote__c WHERE SBQQ__Opportunity2__c='006Qk00001Gx7RA'"
                },
                "a0xQk00000Rn4Tb Q-08817 primary=true status=Draft (auto-created renewal quote, 3 lines)",
            ),
        ],
        "warm_note": "Globex has 220 Platform seats at $384, Premium Support and 2 sandboxes. CPQ already created a draft "
        "renewal quote Q-08817 with those three lines.",
        "fig": {
            "tool": "sf_query",
            "args": {
                "soql": "SELECT SBQQ__NetTotal__c, SBQQ__Status__c FROM SBQQ__Quote__c WHERE Id='a0xQk00000Rn4Tb'"
            },
            "obs": "Q-08817 SBQQ__NetTotal__c=106,680.00 status=Draft (sforce-request-id @RID@)",
            "exact": "Let me check the net total on Q-08817 again.",
            "again": [
                "Let me look at the quote total on Q-08817 once more.",
                "I'll pull the net amount for the Globex renewal quote again.",
                "Checking Q-08817's total again.",
                "Let me re-query the quote to see its net total.",
                "One more check of the Q-08817 net total.",
                "I'll query the renewal quote's total again to confirm it.",
            ],
        },
        "mono": "The quote needs 250 seats for three years with the multi-year discount. I need to work out how CPQ "
        "applies the discount so that the total comes out right.",
        "sections": [
            "Hi Dana,\n\nThe Globex renewal quote Q-08817 is ready for your review.",
            "Lines: Platform Seat x250 (was 220, +30 per their headcount plan) at the contracted $384 list-after-uplift, "
            "Premium Support, 2 Sandboxes. Term 1 Jan 2027 - 31 Dec 2029, billed annually.",
            "Pricing: the 12% multi-year discount applies to seats and sandboxes (support is excluded by the discount "
            "schedule). Year-1 net $101,740.80; 3-year TCV $305,222.40. The 5% renewal uplift cap in their MSA is respected.",
            "Approval: the discount is within your authority (up to 15%), so no deal desk approval is needed. I've "
            "attached the PDF; say the word and I'll mark it Presented.\n\nThanks!",
        ],
        "rec": {
            "tool": "sf_query",
            "key": "soql",
            "items": [
                (
                    "SELECT SBQQ__ListPrice__c FROM SBQQ__QuoteLine__c WHERE SBQQ__Quote__c='a0xQk00000Rn4Tb' AND SBQQ__ProductCode__c='PLAT-SEAT'",
                    "SBQQ__ListPrice__c=420.00 SBQQ__RenewalPrice__c=384.00 uplift_cap=5%",
                    "Seat list is $420; contracted renewal price $384 with a 5% cap.",
                    "PLAT-SEAT",
                ),
                (
                    "SELECT SBQQ__ListPrice__c FROM SBQQ__QuoteLine__c WHERE SBQQ__Quote__c='a0xQk00000Rn4Tb' AND SBQQ__ProductCode__c='SUP-PREM'",
                    "SBQQ__ListPrice__c=18,000.00 discount_schedule=none",
                    "Premium Support is $18,000 with no discount schedule.",
                    "SUP-PREM",
                ),
                (
                    "SELECT SBQQ__ListPrice__c FROM SBQQ__QuoteLine__c WHERE SBQQ__Quote__c='a0xQk00000Rn4Tb' AND SBQQ__ProductCode__c='SBX'",
                    "SBQQ__ListPrice__c=1,200.00 SBQQ__Quantity__c=2",
                    "Sandboxes are $1,200 each, 2 of them.",
                    "SBX",
                ),
                (
                    "SELECT Name, SBQQ__Type__c FROM SBQQ__DiscountSchedule__c WHERE Name LIKE 'Multi-Year%'",
                    "Multi-Year Term | Term | 24m: 8%, 36m: 12%",
                    "The multi-year schedule gives 12% at 36 months.",
                    "Multi-Year Term schedule",
                ),
                (
                    "SELECT Renewal_Uplift_Cap__c, Payment_Terms__c FROM Contract WHERE Id='800Qk000004cLmN'",
                    "Renewal_Uplift_Cap__c=5 Payment_Terms__c=Net 45",
                    "Their MSA caps uplift at 5% and pays Net 45.",
                    "contract 800Qk000004cLmN",
                ),
            ],
            "act": {
                "tool": "sf_create_task",
                "args": {
                    "what_id": "a0xQk00000Rn4Tb",
                    "subject": "Renewal check: @ID@ verified",
                    "status": "Completed",
                },
                "obs": "task 00TQk00000@K@xR2 created (sforce-request-id @RID@)",
            },
        },
        "page": {
            "tool": "sf_query_more",
            "args": {
                "soql": "SELECT Id, Name, SBQQ__RenewalOpportunity__c FROM Contract WHERE EndDate = THIS_QUARTER"
            },
            "items": [
                "800Qk0000%05d %s renewal=%s"
                % (
                    41000 + 17 * i,
                    ["Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne"][i % 6]
                    + " Inc. FY%d" % (24 + i % 3),
                    "none" if i % 5 == 0 else "006Qk0000%05d" % (52000 + 11 * i),
                )
                for i in range(40)
            ],
            "size": 10,
            "what": "contracts ending this quarter",
        },
        "fail": {
            "tool": "cpq_calculate_quote",
            "bad": {"quote_id": "Q-08817"},
            "err": "INVALID_ID_FIELD: invalid cross reference id 'Q-08817' (expected 18-char SBQQ__Quote__c Id) [sforce-request-id @RID@]",
            "hint": "The calculate API wants the record Id, not the quote number. Using a0xQk00000Rn4TbIAJ.",
            "fixed": {"quote_id": "a0xQk00000Rn4TbIAJ"},
            "ok": "calculated: lines=3 SBQQ__NetTotal__c=101,740.80 SBQQ__ListAmount__c=125,400.00",
            "after": "Calculated: year-1 net $101,740.80 after the 12% multi-year discount.",
        },
        "cmp": {
            "toolA": "sf_query",
            "toolB": "sf_query",
            "pairs": [
                (
                    {
                        "soql": "SELECT SBQQ__Quantity__c FROM SBQQ__Subscription__c WHERE SBQQ__Contract__c='800Qk000004cLmN' AND SBQQ__ProductName__c='Platform Seat'"
                    },
                    "220",
                    {
                        "soql": "SELECT SBQQ__Quantity__c FROM SBQQ__QuoteLine__c WHERE SBQQ__Quote__c='a0xQk00000Rn4Tb' AND SBQQ__ProductCode__c='PLAT-SEAT'"
                    },
                    "250",
                ),
                (
                    {
                        "soql": "SELECT SBQQ__NetPrice__c FROM SBQQ__Subscription__c WHERE SBQQ__Contract__c='800Qk000004cLmN' AND SBQQ__ProductName__c='Platform Seat'"
                    },
                    "384.00",
                    {
                        "soql": "SELECT SBQQ__NetPrice__c FROM SBQQ__QuoteLine__c WHERE SBQQ__Quote__c='a0xQk00000Rn4Tb' AND SBQQ__ProductCode__c='PLAT-SEAT'"
                    },
                    "354.82",
                ),
                (
                    {
                        "soql": "SELECT SBQQ__EndDate__c FROM SBQQ__Subscription__c WHERE SBQQ__Contract__c='800Qk000004cLmN' LIMIT 1"
                    },
                    "2026-12-31",
                    {
                        "soql": "SELECT SBQQ__StartDate__c, SBQQ__EndDate__c FROM SBQQ__Quote__c WHERE Id='a0xQk00000Rn4Tb'"
                    },
                    "2027-01-01 | 2029-12-31",
                ),
            ],
            "notes": [
                "Seats go from 220 on the contract to 250 on the quote, as asked.",
                "Net seat price is $354.82: $384 x 1.05 uplift x 0.88 multi-year discount.",
                "The term runs on from 1 Jan 2027 with no gap.",
            ],
            "concl": "Quote and contract line up: +30 seats, uplift within the 5% cap, 12% discount applied, continuous term.",
        },
        "poll": {
            "tool": "sf_query",
            "args": {
                "soql": "SELECT Status FROM ProcessInstance WHERE TargetObjectId='a0xQk00000Rn4Tb' ORDER BY CreatedDate DESC LIMIT 1"
            },
            "intro": "Dana asked for 14% instead, which needs deal-desk approval; I submitted it and will watch the approval.",
            "stages": [
                "Status=Pending step='Deal Desk' assigned=deal-desk-queue submitted=@ISO@",
                "Status=Pending step='Deal Desk' assigned=r.chen (accepted from queue)",
                "Status=Pending step='Finance' assigned=m.gupta",
                "Status=Approved completed=@ISO@ comments='OK at 14% given +30 seats'",
            ],
            "done": "Approved at 14% by deal desk and finance; the quote is unlocked for Dana to present.",
        },
        "fix": {
            "edit_tool": "sf_update",
            "test_tool": "cpq_calculate_quote",
            "test_args": {"quote_id": "a0xQk00000Rn4TbIAJ"},
            "stuck_args": {
                "object": "SBQQ__QuoteLine__c",
                "where": "PLAT-SEAT",
                "fields": {"SBQQ__Discount__c": 12},
            },
            "stuck_edit_obs": "1 record updated",
            "stuck_fail": "Price rule 'Max Discount by Segment' error: Platform Seat discount 12% + multi-year 12% exceeds 15% for segment Enterprise-Renewal",
            "steps": [
                (
                    {
                        "object": "SBQQ__QuoteLine__c",
                        "where": "PLAT-SEAT",
                        "fields": {"SBQQ__Discount__c": None},
                    },
                    "Price rule warning: SBQQ__SubscriptionTerm__c=12 on line PLAT-SEAT; multi-year schedule not applied",
                    True,
                    "The manual discount is gone, but the line still has a 12-month term so the schedule doesn't fire.",
                ),
                (
                    {
                        "object": "SBQQ__QuoteLine__c",
                        "where": "PLAT-SEAT",
                        "fields": {"SBQQ__SubscriptionTerm__c": 36},
                    },
                    "calculated: PLAT-SEAT discount 12% (Multi-Year Term), SBX discount 0% (term 12)",
                    True,
                    "Seats are right now; the sandbox line still has a 12-month term.",
                ),
                (
                    {
                        "object": "SBQQ__QuoteLine__c",
                        "where": "SBX",
                        "fields": {"SBQQ__SubscriptionTerm__c": 36},
                    },
                    "calculated: PLAT-SEAT 12%, SBX 12%, SUP-PREM 0% (excluded); NetTotal=101,740.80",
                    False,
                    "Both discountable lines carry 12%; support is correctly excluded.",
                ),
            ],
        },
        "srch": {
            "tool": "sf_search",
            "empty": [
                {
                    "sosl": "FIND {Globex Multi Year Addendum} IN ALL FIELDS RETURNING ContentDocument"
                },
                {
                    "sosl": "FIND {Globex Multi-Year Addendum} IN ALL FIELDS RETURNING ContentDocument"
                },
                {
                    "sosl": "FIND {Multi Year Addendum Globex} IN ALL FIELDS RETURNING ContentDocument"
                },
                {
                    "sosl": "FIND {Globex addendum multi year} IN ALL FIELDS RETURNING ContentDocument"
                },
                {"sosl": "FIND {Globex MY Addendum} IN ALL FIELDS RETURNING ContentDocument"},
                {
                    "sosl": "FIND {Globex Multiyear Addendum} IN ALL FIELDS RETURNING ContentDocument"
                },
            ],
            "empty_obs": "searchRecords: [] (sforce-request-id @RID@)",
            "refine": [
                (
                    {"sosl": "FIND {Globex} IN NAME FIELDS RETURNING ContentDocument(Title)"},
                    "38 documents: 'Globex MSA 2023.pdf', 'Globex Order Form 2024.pdf', 'Globex SOC2 request.docx', ...",
                    "38 files; I want the signed contract papers only.",
                ),
                (
                    {
                        "sosl": "FIND {Globex} IN NAME FIELDS RETURNING ContentDocument(Title WHERE FileType='PDF' AND Title LIKE '%Order%')"
                    },
                    "3 documents: 'Globex Order Form 2024.pdf', 'Globex Order Form 2024 - Amendment 1.pdf', 'Globex Order Form 2021.pdf'",
                    "The 2024 amendment might hold the renewal terms.",
                ),
                (
                    {
                        "soql": "SELECT Title, Description FROM ContentVersion WHERE Title='Globex Order Form 2024 - Amendment 1.pdf'"
                    },
                    "Description: 'Adds renewal uplift cap 5% and multi-year option (24m 8% / 36m 12%)'",
                    "That amendment is the 'multi-year addendum' the AE means.",
                ),
                (
                    {
                        "soql": "SELECT ContentDocumentId FROM ContentDocumentLink WHERE LinkedEntityId='800Qk000004cLmN'"
                    },
                    "069Qk00000Ab12C (Amendment 1) linked to the contract",
                    "It's already linked to the contract, so CPQ's terms come from it. Good to go.",
                ),
            ],
        },
        "toggle": {
            "check_err": False,
            "tool": "sf_update",
            "key": "SBQQ__RenewalPricingMethod__c",
            "a": {
                "object": "Contract",
                "where": "800Qk000004cLmN",
                "fields": {"SBQQ__RenewalPricingMethod__c": "List"},
            },
            "b": {
                "object": "Contract",
                "where": "800Qk000004cLmN",
                "fields": {"SBQQ__RenewalPricingMethod__c": "Same"},
            },
            "write_obs": "1 record updated",
            "check": ("cpq_calculate_quote", {"quote_id": "a0xQk00000Rn4TbIAJ"}),
            "fail_obs": "calculated: PLAT-SEAT NetPrice 384.00 (renewal quote lines are not repriced from contract changes; regenerate the quote)",
            "rollout_tool": "sf_update",
            "rollout_key": "SBQQ__Quantity__c",
            "rollout": [
                (
                    {
                        "object": "SBQQ__QuoteLine__c",
                        "where": "PLAT-SEAT",
                        "fields": {"SBQQ__Quantity__c": 230},
                    },
                    "NetTotal=94,581.60 tier=201-250",
                ),
                (
                    {
                        "object": "SBQQ__QuoteLine__c",
                        "where": "PLAT-SEAT",
                        "fields": {"SBQQ__Quantity__c": 240},
                    },
                    "NetTotal=98,130.00 tier=201-250",
                ),
                (
                    {
                        "object": "SBQQ__QuoteLine__c",
                        "where": "PLAT-SEAT",
                        "fields": {"SBQQ__Quantity__c": 250},
                    },
                    "NetTotal=101,740.80 tier=201-250",
                ),
                (
                    {
                        "object": "SBQQ__QuoteLine__c",
                        "where": "PLAT-SEAT",
                        "fields": {"SBQQ__Quantity__c": 251},
                    },
                    "NetTotal=101,017.34 tier=251-500 (tier price 340.00 applies)",
                ),
            ],
            "rollout_check": ("cpq_calculate_quote", {"quote_id": "a0xQk00000Rn4TbIAJ"}),
            "rollout_write_obs": "1 record updated",
            "rollout_intro": "Dana wants the price curve around 250 seats for the negotiation; I'll step the quantity and record the total at each point.",
            "rollout_done": "Useful finding: at 251 seats the next tier makes the quote cheaper than at 250. I'll tell Dana.",
        },
        "nudges": [
            "Where's the quote? Globex call is at 4.",
            "Dana here, still nothing in my inbox.",
            "Did it get stuck?",
            "Ping.",
            "Need it now please.",
        ],
        "promises": [
            "Sorry for the wait! I'm finishing the Globex quote and will send it right away.",
            "Apologies, Dana. The quote is being prepared now.",
            "Sorry about that, I'm generating the PDF at this moment.",
            "You're right, my apologies. Sending the quote to you shortly.",
        ],
        "clarify": [
            (
                "Keep Premium Support, but they want only 1 sandbox now.",
                "OK: Premium Support stays, sandboxes go from 2 to 1.",
                "sf_update",
                {
                    "object": "SBQQ__QuoteLine__c",
                    "where": "SBX",
                    "fields": {"SBQQ__Quantity__c": 1},
                },
                "1 record updated",
            ),
            (
                "Billing should be annual in advance, not quarterly.",
                "Setting billing frequency to annual on the quote.",
                "sf_update",
                {
                    "object": "SBQQ__Quote__c",
                    "where": "a0xQk00000Rn4Tb",
                    "fields": {"SBQQ__BillingFrequency__c": "Annual"},
                },
                "1 record updated",
            ),
            (
                "Looks good, generate the PDF with the Enterprise template.",
                "Generating the quote document with the Enterprise template.",
                "cpq_generate_document",
                {"quote_id": "a0xQk00000Rn4TbIAJ", "template": "Enterprise Renewal v4"},
                "document Q-08817-v2.pdf created (4 pages), attached to opportunity",
            ),
        ],
        "tmpl": {
            "tool": "cpq_renew_contracts",
            "args": {"batch": "@K@", "segment": "Enterprise"},
            "obs": "batch @K@: @A@ renewal quotes created, @B@ errors",
            "update": "Renewal batch @K@ of @N@ done: @A@ quotes created, @B@ contracts need manual review.",
        },
        "summ": {
            "docs": [
                (
                    "read_document",
                    {"id": "069Qk00000Ab12C"},
                    "Amendment 1 ... renewal uplift not to exceed 5% ... multi-year option 24m 8%, 36m 12% ...",
                    "Amendment 1: renewal uplift capped at 5%; multi-year discount 8% for 24 months, 12% for 36.",
                ),
                (
                    "read_document",
                    {"id": "069Qk00000Ab09Z"},
                    "Master Subscription Agreement ... Net 45 ... auto-renewal 12 months unless notice 60 days ...",
                    "MSA: Net 45 payment, auto-renews for 12 months unless notice 60 days before end.",
                ),
                (
                    "read_document",
                    {"id": "069Qk00000Ab0F1"},
                    "Order Form 2024 ... Platform Seat 220 @ 384 ... Premium Support ... 2 sandboxes ...",
                    "2024 order form: 220 seats at $384, Premium Support, 2 sandboxes.",
                ),
                (
                    "read_document",
                    {"id": "069Qk00000Ab3K7"},
                    "Deal desk policy FY27 ... AE authority up to 15% ... renewal discounts stack ... ",
                    "Deal-desk policy: AEs can approve up to 15% total discount; above that needs deal desk.",
                ),
            ],
            "synth": "So a 36-month renewal at +5% uplift and 12% off is within both the contract and Dana's authority.",
        },
    }
)

# ---------------------------------------------------------------- research assistance
DOMAINS.append(
    {
        "name": "sec_filing_equity_research",
        "req": "For tomorrow's initiation note on Halvorsen Systems (ticker HALV, CIK 0001789342): what was data-centre "
        "segment revenue in fiscal Q3 2026, how did it grow year over year, and what did management say about "
        "Q4 guidance? Cite the filings.",
        "plan": "I'll find the latest 10-Q on EDGAR, take the segment table from it, then the earnings call transcript "
        "for the guidance.",
        "warm": [
            (
                "edgar_search",
                {"cik": "0001789342", "forms": ["10-Q", "8-K"], "since": "2026-09-01"},
                "10-Q filed 2026-11-06 accession 0001789342-26-000041 (period 2026-10-03)\n"
                "8-K filed 2026-11-05 accession 0001789342-26-000040 (Item 2.02 Results of Operations, Ex. 99.1)",
            ),
            (
                "edgar_get_filing",
                {"accession": "0001789342-26-000041", "section": "Note 14 - Segment Information"},
                "Three months ended Oct 3, 2026 / Sep 27, 2025 (in millions)\nData Center  $1,412.6 / $1,018.3\n"
                "Industrial   $388.0 / $402.7\nAutomotive   $201.4 / $166.9\nTotal        $2,002.0 / $1,587.9",
            ),
            (
                "edgar_get_filing",
                {"accession": "0001789342-26-000040", "exhibit": "99.1", "section": "Outlook"},
                "Outlook: For the fourth quarter of fiscal 2026, Halvorsen expects revenue of $2.10 billion, plus or minus 2%, "
                "and non-GAAP gross margin of 61.5%, plus or minus 50 basis points.",
            ),
        ],
        "warm_note": "Data Center was $1,412.6M in fiscal Q3 2026 against $1,018.3M a year earlier, up 38.7%. The 8-K "
        "guides Q4 total revenue to $2.10B \u00b12%.",
        "fig": {
            "tool": "xbrl_frames",
            "args": {
                "cik": "0001789342",
                "concept": "us-gaap:Revenues",
                "dimension": "srt:SegmentsAxis=DataCenterMember",
                "period": "Q3FY2026",
            },
            "obs": "no facts found for us-gaap:Revenues with dimension DataCenterMember in 0001789342-26-000041 (x-request-id @RID@)",
            "exact": "Let me search for the data-centre revenue figure again in the XBRL data.",
            "again": [
                "Let me search for the data center revenue again.",
                "I'll look up that segment revenue figure once more.",
                "Let me try finding the Q3 data-centre revenue number again.",
                "I'll query the XBRL facts for Data Center revenue one more time.",
                "Checking the segment revenue figure again in the structured data.",
                "Let me pull the data centre revenue for the quarter again.",
            ],
        },
        "mono": "I need to find the data-centre segment revenue for the third quarter. The best source would be the "
        "10-Q segment note, so I should look there for the figure.",
        "sections": [
            "**Halvorsen Systems (HALV): fiscal Q3 2026 data-centre revenue and Q4 outlook**",
            "Data Center revenue was $1,412.6 million in the quarter ended 3 October 2026, up 38.7% from $1,018.3 million "
            "(10-Q, Note 14, accession 0001789342-26-000041). It is now 70.6% of total revenue, up from 64.1%.",
            "Guidance: management expects Q4 revenue of $2.10 billion \u00b12% and non-GAAP gross margin of 61.5% \u00b150 bp "
            "(8-K Ex. 99.1). On the call the CFO said data centre will be 'the majority of the sequential growth'.",
            "Caveats: Industrial declined 3.7% year over year; the Q3 quarter had 13 weeks in both years, so no "
            "calendar adjustment is needed.",
        ],
        "rec": {
            "tool": "edgar_get_filing",
            "key": "accession",
            "items": [
                (
                    "0001789342-25-000038",
                    "10-Q Q3 FY2025: Data Center $1,018.3M, total $1,587.9M",
                    "A year ago Data Center was $1,018.3M.",
                ),
                (
                    "0001789342-26-000021",
                    "10-Q Q1 FY2026: Data Center $1,150.2M, total $1,771.0M",
                    "Q1 FY2026 Data Center $1,150.2M.",
                ),
                (
                    "0001789342-26-000031",
                    "10-Q Q2 FY2026: Data Center $1,276.9M, total $1,884.5M",
                    "Q2 FY2026 Data Center $1,276.9M.",
                ),
                (
                    "0001789342-26-000041",
                    "10-Q Q3 FY2026: Data Center $1,412.6M, total $2,002.0M",
                    "Q3 FY2026 Data Center $1,412.6M, about 10.6% sequential growth.",
                ),
                (
                    "0001789342-26-000009",
                    "10-K FY2025: Data Center $4,203.7M for the year",
                    "FY2025 Data Center total was $4,203.7M.",
                ),
            ],
            "act": {
                "tool": "notes_append",
                "args": {"doc": "HALV initiation - sources", "text": "@ID@ checked and cited"},
                "obs": "appended line @K@ to 'HALV initiation - sources'",
            },
        },
        "page": {
            "tool": "transcript_search",
            "args": {
                "ticker": "HALV",
                "event": "Q3 FY2026 earnings call",
                "query": "data center",
                "page_size": 4,
            },
            "items": [
                "[%02d:%02d] %s: ...%s..."
                % (
                    3 + i * 2,
                    (i * 17) % 60,
                    ["CFO Ines Kaur", "CEO Tomas Halvorsen", "Analyst (MS)", "Analyst (GS)"][i % 4],
                    [
                        "data center grew 39% year over year",
                        "hyperscaler backlog extends into fiscal 2028",
                        "data center to be the majority of sequential growth",
                        "gross margin mix benefits from data center",
                        "lead times on data center modules are 26 weeks",
                    ][i % 5],
                )
                for i in range(24)
            ],
            "size": 4,
            "what": "transcript passages",
        },
        "fail": {
            "tool": "edgar_get_filing",
            "bad": {"accession": "000178934226000041", "section": "Note 14 - Segment Information"},
            "err": "404 Not Found: https://www.sec.gov/Archives/edgar/data/1789342/000178934226000041/ - accession must be "
            "formatted 0001789342-26-000041 for the index endpoint (x-request-id @RID@)",
            "hint": "The accession needs the dashes for this endpoint; retrying with 0001789342-26-000041.",
            "fixed": {
                "accession": "0001789342-26-000041",
                "section": "Note 14 - Segment Information",
            },
            "ok": "Data Center $1,412.6 / $1,018.3 (three months ended Oct 3, 2026 / Sep 27, 2025)",
            "after": "Got the segment note: $1,412.6M vs $1,018.3M.",
        },
        "cmp": {
            "toolA": "edgar_get_filing",
            "toolB": "transcript_get",
            "pairs": [
                (
                    {"accession": "0001789342-26-000041", "section": "Note 14"},
                    "Data Center $1,412.6M",
                    {
                        "ticker": "HALV",
                        "event": "Q3 FY2026 earnings call",
                        "speaker": "CFO",
                        "topic": "segment revenue",
                    },
                    "'Data center revenue was $1.41 billion, up 39% year on year.'",
                ),
                (
                    {"accession": "0001789342-26-000040", "exhibit": "99.1", "section": "Outlook"},
                    "Q4 revenue $2.10B \u00b12%",
                    {
                        "ticker": "HALV",
                        "event": "Q3 FY2026 earnings call",
                        "speaker": "CFO",
                        "topic": "guidance",
                    },
                    "'We expect revenue of $2.1 billion, plus or minus 2%, with data center the majority of sequential growth.'",
                ),
                (
                    {"accession": "0001789342-26-000041", "section": "MD&A - Backlog"},
                    "remaining performance obligations $6.8B, 58% within 12 months",
                    {
                        "ticker": "HALV",
                        "event": "Q3 FY2026 earnings call",
                        "speaker": "CEO",
                        "topic": "backlog",
                    },
                    "'Our backlog with the hyperscalers now extends into fiscal 2028.'",
                ),
            ],
            "notes": [
                "Filing and call agree on $1.41B and ~39% growth.",
                "Guidance wording matches; the call adds the colour that data centre drives most of the sequential step.",
                "The CEO's backlog claim is backed by $6.8B of RPO in the 10-Q, 58% due within a year.",
            ],
            "concl": "The 10-Q and 8-K give the numbers; the call adds qualitative guidance. Everything cross-checks.",
        },
        "poll": {
            "tool": "edgar_full_text_status",
            "args": {"job": "fts-8812"},
            "intro": "I started an EDGAR full-text search across HALV filings since 2023 for 'data center' in risk factors; polling it.",
            "stages": [
                "fts-8812 status=queued",
                "fts-8812 status=running scanned=14/31 filings",
                "fts-8812 status=running scanned=27/31 filings hits=9",
                "fts-8812 status=complete scanned=31/31 hits=12 (first mention: 10-K FY2023 risk factor 'customer concentration')",
            ],
            "done": "Full-text search done: 12 mentions, starting with a customer-concentration risk factor in the FY2023 10-K.",
        },
        "fix": {
            "edit_tool": "sheet_set_formula",
            "test_tool": "sheet_read_range",
            "test_args": {"sheet": "HALV model", "range": "Segments!F12:F14"},
            "stuck_args": {"sheet": "HALV model", "cell": "Segments!F12", "formula": "=F10/F11-1"},
            "stuck_edit_obs": "formula set",
            "stuck_fail": "F12 #DIV/0!  F13 #DIV/0!  F14 #DIV/0!",
            "steps": [
                (
                    {"sheet": "HALV model", "cell": "Segments!F12", "formula": "=F10/B10-1"},
                    "F12 38.7%  F13 #REF!  F14 #REF!",
                    True,
                    "F12 is right; the copied formulas in F13:F14 point off the sheet.",
                ),
                (
                    {
                        "sheet": "HALV model",
                        "range": "Segments!F13:F14",
                        "formula": "=F{row}/B{row}-1",
                    },
                    "F12 38.7%  F13 -3.7%  F14 #VALUE!",
                    True,
                    "Automotive fails because B14 holds the text '166.9 (restated)'.",
                ),
                (
                    {
                        "sheet": "HALV model",
                        "cell": "Segments!B14",
                        "value": 166.9,
                        "note": "restated, see 10-Q Q3 FY2025 Note 14",
                    },
                    "F12 38.7%  F13 -3.7%  F14 20.7%",
                    False,
                    "All three growth rates compute: +38.7%, -3.7%, +20.7%.",
                ),
            ],
        },
        "srch": {
            "tool": "edgar_full_text_search",
            "empty": [
                {"q": '"data center revenue" Halvorsen fourth quarter guidance', "forms": ["8-K"]},
                {"q": 'Halvorsen "data center revenue" guidance fourth quarter', "forms": ["8-K"]},
                {"q": '"data center revenue" guidance Q4 Halvorsen', "forms": ["8-K"]},
                {"q": "Halvorsen Q4 data center revenue guidance", "forms": ["8-K"]},
                {"q": '"data center revenue" "fourth quarter" Halvorsen outlook', "forms": ["8-K"]},
                {"q": "Halvorsen data-center revenue guidance fourth-quarter", "forms": ["8-K"]},
            ],
            "empty_obs": "0 hits (efts.sec.gov, @MS@ ms)",
            "refine": [
                (
                    {"q": "Halvorsen", "forms": ["8-K"], "dateRange": "2026"},
                    "9 hits: Item 2.02 (x3), Item 5.02, Item 7.01 (x3), Item 8.01 (x2)",
                    "The Item 2.02 filings are the earnings releases.",
                ),
                (
                    {"q": "Halvorsen outlook", "forms": ["8-K"], "dateRange": "2026"},
                    "3 hits: Ex. 99.1 of 2026-02-12, 2026-05-07, 2026-11-05",
                    "The 5 Nov exhibit is the Q3 release. Checking whether it guides by segment.",
                ),
                (
                    {"q": "Halvorsen outlook segment", "forms": ["8-K"], "dateRange": "2026-11"},
                    "0 hits",
                    "No segment-level guidance in the release, so Q4 guidance is total revenue only.",
                ),
                (
                    {
                        "q": 'Halvorsen "majority of the sequential growth"',
                        "forms": ["8-K", "425"],
                        "dateRange": "2026-11",
                    },
                    "1 hit: 8-K Item 7.01 filed 2026-11-06, Ex. 99.2 (call transcript)",
                    "The only data-centre colour on Q4 is in the filed transcript; I'll cite Ex. 99.2 for it.",
                ),
            ],
        },
        "toggle": {
            "check_err": False,
            "tool": "sheet_set_value",
            "key": "fiscal_calendar",
            "a": {"sheet": "HALV model", "cell": "Settings!B2", "value": "calendar"},
            "b": {"sheet": "HALV model", "cell": "Settings!B2", "value": "fiscal_52_53"},
            "write_obs": "value set",
            "check": ("sheet_read_range", {"sheet": "HALV model", "range": "Checks!A1:B3"}),
            "fail_obs": "Checks!B1 'Q3 revenue ties to 10-Q' = FALSE (model $1,998.4M vs filed $2,002.0M)",
            "rollout_tool": "sheet_set_value",
            "rollout_key": "coverage",
            "rollout": [
                (
                    {"sheet": "HALV comps", "cell": "Universe!B2", "value": 5},
                    "comps EV/Sales NTM median 7.9x (5 peers)",
                ),
                (
                    {"sheet": "HALV comps", "cell": "Universe!B2", "value": 8},
                    "comps EV/Sales NTM median 7.4x (8 peers)",
                ),
                (
                    {"sheet": "HALV comps", "cell": "Universe!B2", "value": 12},
                    "comps EV/Sales NTM median 7.3x (12 peers)",
                ),
            ],
            "rollout_check": ("sheet_read_range", {"sheet": "HALV comps", "range": "Summary!B4"}),
            "rollout_write_obs": "value set",
            "rollout_intro": "The PM wants to see how the valuation median moves as the peer set widens; I'll widen it in steps.",
            "rollout_done": "The median settles around 7.3-7.4x once the set passes eight peers; I'll use 12 peers.",
        },
        "nudges": [
            "Do you have the numbers yet? The note locks at 6pm.",
            "Still waiting on the segment figure.",
            "What's taking so long?",
            "Hello?",
            "Just give me what you have.",
        ],
        "promises": [
            "Sorry for the delay! I'm pulling the segment figures from the 10-Q now.",
            "Apologies, I'm getting the data-centre revenue right now.",
            "Sorry! I'm on it and will have the numbers for you shortly.",
            "You're right, I apologise. Retrieving the figures at this moment.",
        ],
        "clarify": [
            (
                "Use fiscal quarters, not calendar.",
                "Fiscal it is; Q3 FY2026 ended 3 October 2026. Pulling the matching 10-Q.",
                "edgar_get_filing",
                {"accession": "0001789342-26-000041", "section": "Cover"},
                "Quarterly period ended October 3, 2026; Commission File Number 001-39871",
            ),
            (
                "Also give me the prior quarter so I can show sequential growth.",
                "Adding Q2 FY2026 from the previous 10-Q.",
                "edgar_get_filing",
                {"accession": "0001789342-26-000031", "section": "Note 14 - Segment Information"},
                "Data Center $1,276.9M (three months ended Jul 4, 2026)",
            ),
            (
                "And the analyst consensus for Q4 if you can get it.",
                "Checking the consensus feed for Q4 FY2026 revenue.",
                "consensus_get",
                {"ticker": "HALV", "metric": "revenue", "period": "Q4FY2026"},
                "mean $2,071M, high $2,140M, low $1,990M, 22 estimates (as of @ISO@)",
            ),
        ],
        "tmpl": {
            "tool": "edgar_get_filing",
            "args": {"accession": "0001789342-2@K@-000041", "section": "Note 14"},
            "obs": "FY202@K@ Q3: segments parsed, @A@ line items, @B@ restatement notes",
            "update": "Filing @K@ of @N@ parsed: @A@ segment line items, @B@ restatement notes.",
        },
        "summ": {
            "docs": [
                (
                    "sell_side_report_get",
                    {"id": "MS-2026-11-07-HALV"},
                    "HALV: Data center beat, raise PT ... $2.10B guide in line ... margins ...",
                    "Morgan Stanley (7 Nov): data centre beat, guide in line, price target raised; focus on margin mix.",
                ),
                (
                    "sell_side_report_get",
                    {"id": "GS-2026-11-06-HALV"},
                    "HALV: strong DC, industrial soft ... inventory digestion ...",
                    "Goldman (6 Nov): strong data centre, industrial soft on inventory digestion.",
                ),
                (
                    "sell_side_report_get",
                    {"id": "JPM-2026-11-06-HALV"},
                    "HALV: backlog into FY28 ... capacity constraints ... lead times 26 weeks ...",
                    "JPMorgan (6 Nov): backlog into FY28 but capacity-constrained, 26-week lead times.",
                ),
                (
                    "sell_side_report_get",
                    {"id": "BARC-2026-11-08-HALV"},
                    "HALV: downgrade to EW on valuation ... concentration risk top 3 customers 61% ...",
                    "Barclays (8 Nov): downgrade to equal-weight on valuation and customer concentration (top three = 61%).",
                ),
            ],
            "synth": "The street agrees on data-centre strength; the debate is valuation, capacity and concentration, which "
            "the initiation should address head-on.",
        },
    }
)

# ---------------------------------------------------------------- back-office finance
DOMAINS.append(
    {
        "name": "intercompany_eliminations_close",
        "req": "November close, day 3. The intercompany balance between Acme Inc. (entity 1000, USD) and Acme UK Ltd "
        "(entity 2100, GBP) doesn't eliminate: consolidation shows a $48,210.55 difference on account 1450/2450. "
        "Reconcile it and propose the correcting entry so consolidation can run tonight.",
        "plan": "I'll pull both sides of the intercompany balance at month-end rates, then match the November "
        "transactions to find what's on one side only.",
        "warm": [
            (
                "erp_gl_balance",
                {"entity": "1000", "account": "1450-2100", "period": "2026-11"},
                "entity 1000 acct 1450-2100 (IC receivable from 2100) balance USD 1,284,330.10 dr",
            ),
            (
                "erp_gl_balance",
                {
                    "entity": "2100",
                    "account": "2450-1000",
                    "period": "2026-11",
                    "translate_to": "USD",
                    "rate_type": "period_end",
                },
                "entity 2100 acct 2450-1000 (IC payable to 1000) GBP 978,401.22 cr -> USD 1,236,119.55 cr at 1.26341 (period_end 2026-11-30)",
            ),
            (
                "blackline_ic_match",
                {"pair": "1000-2100", "period": "2026-11"},
                "matched 212 transactions USD 1,236,119.55 | unmatched entity 1000: 2 items USD 48,210.55 | unmatched entity 2100: 0 items\n"
                "run @RID@ at @ISO@",
            ),
        ],
        "warm_note": "Every UK-side item matches; the $48,210.55 is two transactions booked by the US entity with no "
        "counterpart in the UK ledger.",
        "fig": {
            "tool": "blackline_ic_unmatched",
            "args": {"pair": "1000-2100", "period": "2026-11", "side": "2100"},
            "obs": "unmatched entity 2100: 0 items (run @RID@, generated @ISO@)",
            "exact": "Let me check the UK side for unmatched items again.",
            "again": [
                "Let me look for unmatched items on the 2100 side once more.",
                "I'll re-check whether the UK entity has any unmatched transactions.",
                "Checking entity 2100 for open intercompany items again.",
                "Let me pull the UK unmatched list again to find the counterpart.",
                "One more look at the 2100 unmatched items.",
                "I'll query the UK ledger's unmatched intercompany items again.",
            ],
        },
        "mono": "The difference of $48,210.55 must come from transactions recorded on one side only or from FX. I "
        "need to determine which, and then work out the correcting entry.",
        "sections": [
            "**IC reconciliation 1000/2100, November 2026**",
            "Difference: $48,210.55 = two US-side charges not booked in the UK: management fee MF-2611 ($41,500.00, "
            "booked 28 Nov) and a software recharge SR-2611-07 ($6,710.55, booked 30 Nov).",
            "Cause: both invoices were raised after the UK's AP cut-off (27 Nov) and are sitting unapproved in the UK "
            "AP inbox; FX is not a factor (both sides translate at 1.26341).",
            "Proposed entry (entity 2100, period Nov-26): Dr 6420 Management fees GBP 32,847.61; Dr 6510 Software GBP 5,311.49; "
            "Cr 2450-1000 IC payable GBP 38,159.10. After posting, the pair eliminates to zero.",
        ],
        "rec": {
            "tool": "erp_je_lookup",
            "key": "document",
            "items": [
                (
                    "MF-2611",
                    "MF-2611 entity 1000 2026-11-28 Dr 1450-2100 USD 41,500.00 / Cr 4810 mgmt fee income; memo 'Q4 mgmt fee UK'",
                    "MF-2611: $41,500 management fee, booked 28 Nov.",
                ),
                (
                    "SR-2611-07",
                    "SR-2611-07 entity 1000 2026-11-30 Dr 1450-2100 USD 6,710.55 / Cr 4820 recharge income; memo 'Datadog Nov UK share'",
                    "SR-2611-07: $6,710.55 software recharge, booked 30 Nov.",
                ),
                (
                    "AP-UK-88412",
                    "AP-UK-88412 entity 2100 status=pending_approval vendor=Acme Inc. GBP 32,847.61 received 2026-11-29",
                    "The UK has the management-fee invoice as AP-UK-88412, pending approval since 29 Nov.",
                ),
                (
                    "AP-UK-88419",
                    "AP-UK-88419 entity 2100 status=pending_approval vendor=Acme Inc. GBP 5,311.49 received 2026-12-01",
                    "The recharge is AP-UK-88419, received 1 Dec, also pending.",
                ),
                (
                    "CAL-2611",
                    "AP cut-off calendar Nov-26: entity 2100 cut-off 2026-11-27 17:00 GMT; entity 1000 cut-off 2026-11-30",
                    "UK AP cut off on 27 Nov, before both invoices arrived.",
                ),
            ],
            "act": {
                "tool": "blackline_add_comment",
                "args": {"pair": "1000-2100", "item": "@ID@", "comment": "traced, see recon note"},
                "obs": "comment added to @ID@",
            },
        },
        "page": {
            "tool": "erp_gl_detail",
            "args": {"entity": "1000", "account": "1450-2100", "period": "2026-11", "limit": 8},
            "items": [
                "%s 2026-11-%02d USD %s.%02d %s"
                % (
                    ["INV-IC-", "SR-2611-", "MF-", "TP-"][i % 4] + str(3300 + i),
                    1 + i % 30,
                    f"{1000 + (i * 7919) % 90000:,}",
                    (i * 37) % 100,
                    "matched" if i not in (26, 29) else "unmatched",
                )
                for i in range(40)
            ],
            "size": 8,
            "what": "GL lines",
        },
        "fail": {
            "tool": "fx_rate_get",
            "bad": {"from": "GBP", "to": "USD", "date": "2026-11-30", "rate_type": "month_end"},
            "err": "422 Unprocessable: rate_type 'month_end' unknown; valid: spot, period_end, period_average, historical (trace @TRACE@)",
            "hint": "Our rate table calls it period_end; retrying.",
            "fixed": {"from": "GBP", "to": "USD", "date": "2026-11-30", "rate_type": "period_end"},
            "ok": "GBP/USD period_end 2026-11-30 = 1.26341 (source: WM/Reuters 16:00 London)",
            "after": "Both entities use 1.26341, so FX doesn't explain the difference.",
        },
        "cmp": {
            "toolA": "erp_gl_detail",
            "toolB": "erp_gl_detail",
            "pairs": [
                (
                    {"entity": "1000", "account": "1450-2100", "period": "2026-11", "source": "AR"},
                    "AR-sourced lines: 198, USD 1,112,404.00",
                    {
                        "entity": "2100",
                        "account": "2450-1000",
                        "period": "2026-11",
                        "source": "AP",
                        "translate_to": "USD",
                    },
                    "AP-sourced lines: 198, USD 1,112,404.00",
                ),
                (
                    {"entity": "1000", "account": "1450-2100", "period": "2026-11", "source": "GL"},
                    "GL-sourced lines: 16, USD 171,926.10 (incl. MF-2611, SR-2611-07)",
                    {
                        "entity": "2100",
                        "account": "2450-1000",
                        "period": "2026-11",
                        "source": "GL",
                        "translate_to": "USD",
                    },
                    "GL-sourced lines: 14, USD 123,715.55",
                ),
                (
                    {
                        "entity": "1000",
                        "account": "1450-2100",
                        "period": "2026-11",
                        "source": "REVAL",
                    },
                    "revaluation lines: 0 (receivable held in USD)",
                    {
                        "entity": "2100",
                        "account": "2450-1000",
                        "period": "2026-11",
                        "source": "REVAL",
                    },
                    "revaluation lines: 1, GBP -4,118.20 posted 2026-11-30 to 7900 FX",
                ),
            ],
            "notes": [
                "The AR/AP-sourced lines agree exactly.",
                "Manual GL lines differ by 2 entries, $48,210.55: MF-2611 and SR-2611-07.",
                "The UK revaluation went to 7900 P&L, not the IC account, so it doesn't affect the pair.",
            ],
            "concl": "The whole difference is the two manual US charges; the UK needs to accrue them in November.",
        },
        "poll": {
            "tool": "consolidation_job_status",
            "args": {"job": "CONS-2026-11-R2"},
            "intro": "The UK accrual is posted; I reran consolidation and will watch the elimination step.",
            "stages": [
                "CONS-2026-11-R2 state=queued",
                "CONS-2026-11-R2 state=running step=translate (14/31 entities)",
                "CONS-2026-11-R2 state=running step=eliminate_ic pairs=22/40",
                "CONS-2026-11-R2 state=complete ic_differences: none above $500 threshold (1000-2100: $0.00)",
            ],
            "done": "Consolidation completed and 1000-2100 now eliminates to $0.00.",
        },
        "fix": {
            "edit_tool": "erp_je_update",
            "test_tool": "erp_je_validate",
            "test_args": {"journal": "JE-2100-2611-0091"},
            "stuck_args": {"journal": "JE-2100-2611-0091", "line": 3, "account": "2450-1000"},
            "stuck_edit_obs": "journal line updated",
            "stuck_fail": "Validation failed: line 3 intercompany account 2450-1000 requires trading partner segment; got '000'",
            "steps": [
                (
                    {"journal": "JE-2100-2611-0091", "line": 3, "trading_partner": "1000"},
                    "Validation failed: journal out of balance by GBP 0.01 (rounding on line 1)",
                    True,
                    "Trading partner fixed; now a one-penny imbalance from rounding GBP 32,847.605.",
                ),
                (
                    {"journal": "JE-2100-2611-0091", "line": 1, "amount": "32847.61"},
                    "Validation failed: period 2026-11 closed for source 'Manual' in entity 2100; use source 'Close Adjustment'",
                    True,
                    "Balanced now; the period only accepts close adjustments.",
                ),
                (
                    {"journal": "JE-2100-2611-0091", "source": "Close Adjustment"},
                    "Validation passed: 3 lines, GBP 38,159.10 dr = cr; approval route: UK Financial Controller",
                    False,
                    "The journal validates and is routed to the UK controller for approval.",
                ),
            ],
        },
        "srch": {
            "tool": "erp_ap_search",
            "empty": [
                {"entity": "2100", "vendor": "Acme Inc.", "amount": "41500.00", "currency": "USD"},
                {"entity": "2100", "vendor": "Acme Inc", "amount": "41500", "currency": "USD"},
                {"entity": "2100", "vendor": "ACME INC.", "amount": "41,500.00", "currency": "USD"},
                {
                    "entity": "2100",
                    "vendor": "Acme Incorporated",
                    "amount": "41500.00",
                    "currency": "USD",
                },
                {"entity": "2100", "vendor": "Acme Inc.", "amount": "41500.0", "currency": "USD"},
                {
                    "entity": "2100",
                    "vendor": "Acme Inc. (US)",
                    "amount": "41500.00",
                    "currency": "USD",
                },
            ],
            "empty_obs": "0 invoices found (query took @MS@ ms)",
            "refine": [
                (
                    {"entity": "2100", "vendor": "Acme Inc."},
                    "61 invoices in 2026 (58 paid, 3 pending_approval)",
                    "61 from the US parent; the pending ones are the candidates.",
                ),
                (
                    {"entity": "2100", "vendor": "Acme Inc.", "status": "pending_approval"},
                    "3 invoices: AP-UK-88412 GBP 32,847.61; AP-UK-88419 GBP 5,311.49; AP-UK-88201 GBP 1,120.00",
                    "They're in GBP, which is why searching for USD 41,500 found nothing. 32,847.61 x 1.26341 = 41,500.00.",
                ),
                (
                    {"entity": "2100", "invoice": "AP-UK-88201"},
                    "AP-UK-88201 GBP 1,120.00 invoice_date 2026-12-02 (December service)",
                    "AP-UK-88201 is a December charge, so it belongs to next month.",
                ),
                (
                    {"entity": "2100", "invoice": "AP-UK-88419"},
                    "AP-UK-88419 GBP 5,311.49 invoice_date 2026-11-30 ref SR-2611-07",
                    "AP-UK-88419 references SR-2611-07; both missing items are found.",
                ),
            ],
        },
        "toggle": {
            "check_err": False,
            "tool": "consolidation_set_rule",
            "key": "ic_rate_type",
            "a": {"pair": "1000-2100", "rule": "translation_rate", "value": "period_average"},
            "b": {"pair": "1000-2100", "rule": "translation_rate", "value": "period_end"},
            "write_obs": "rule updated",
            "check": ("consolidation_preview", {"pair": "1000-2100", "period": "2026-11"}),
            "fail_obs": "preview: IC difference 1000-2100 = USD 48,210.55 (threshold $500) -> FAIL",
            "rollout_tool": "consolidation_set_rule",
            "rollout_key": "auto_match_tolerance",
            "rollout": [
                (
                    {"pair": "*", "rule": "auto_match_tolerance_usd", "value": 1},
                    "auto-matched 4,102 of 4,388 IC lines (93.5%), false matches in sample: 0",
                ),
                (
                    {"pair": "*", "rule": "auto_match_tolerance_usd", "value": 5},
                    "auto-matched 4,251 of 4,388 (96.9%), false matches in sample: 0",
                ),
                (
                    {"pair": "*", "rule": "auto_match_tolerance_usd", "value": 10},
                    "auto-matched 4,266 of 4,388 (97.2%), false matches in sample: 1",
                ),
            ],
            "rollout_check": (
                "blackline_ic_match",
                {"pair": "*", "period": "2026-11", "mode": "dry_run"},
            ),
            "rollout_write_obs": "rule updated",
            "rollout_intro": "Separately, the controller asked to raise the auto-match rounding tolerance carefully; I'll step it up and sample for false matches.",
            "rollout_done": "At $10 the first false match appears, so I'm setting the tolerance back to $5 and recommending that.",
        },
        "nudges": [
            "Any luck? Consolidation runs at 8pm.",
            "Status?",
            "The CFO wants the recon before she leaves.",
            "Hello?",
            "Please send something, even partial.",
        ],
        "promises": [
            "Sorry for the delay! I'm reconciling the 1000/2100 pair now.",
            "Apologies, working on the intercompany difference right now.",
            "Sorry! I'm preparing the correcting entry at this moment.",
            "You're right, my apologies. The reconciliation will be with you shortly.",
        ],
        "clarify": [
            (
                "The UK controller says they never received the November mgmt fee invoice.",
                "Then it may be sitting unassigned. Let me search the UK AP inbox for it.",
                "erp_ap_inbox",
                {"entity": "2100", "from": "ar@acme.com", "since": "2026-11-25"},
                "2 documents: 'MF-2611.pdf' received 2026-11-29 (unassigned), 'SR-2611-07.pdf' received 2026-12-01 (unassigned)",
            ),
            (
                "OK, accrue both in November, don't wait for AP approval.",
                "Drafting a November accrual in entity 2100 for both charges.",
                "erp_je_create",
                {
                    "entity": "2100",
                    "period": "2026-11",
                    "source": "Close Adjustment",
                    "lines": [
                        {"account": "6420", "dr": "32847.61"},
                        {"account": "6510", "dr": "5311.49"},
                        {"account": "2450-1000", "cr": "38159.10", "trading_partner": "1000"},
                    ],
                },
                "JE-2100-2611-0091 created (draft)",
            ),
            (
                "Reverse it on 1 December.",
                "Setting auto-reversal for 1 December.",
                "erp_je_update",
                {"journal": "JE-2100-2611-0091", "auto_reverse_date": "2026-12-01"},
                "JE-2100-2611-0091 auto-reversal set 2026-12-01",
            ),
        ],
        "tmpl": {
            "tool": "blackline_ic_match",
            "args": {"pair": "1000-21@K@0", "period": "2026-11"},
            "obs": "pair 1000-21@K@0: @A@ matched, @B@ unmatched",
            "update": "Pair @K@ of @N@ reconciled: @A@ transactions matched, @B@ left for review.",
        },
        "summ": {
            "docs": [
                (
                    "policy_get",
                    {"id": "FIN-POL-014"},
                    "Intercompany policy ... both parties record in the same period ... receiving entity accrues ...",
                    "FIN-POL-014: both sides must book IC charges in the same period; the receiving entity accrues if the invoice is late.",
                ),
                (
                    "policy_get",
                    {"id": "FIN-POL-022"},
                    "Foreign currency ... IC balances translated at period_end rate ... differences to CTA ...",
                    "FIN-POL-022: IC balances translate at the period-end rate; residual FX goes to CTA.",
                ),
                (
                    "policy_get",
                    {"id": "CLOSE-CAL-2611"},
                    "Close calendar November ... AP cut-off UK 27 Nov ... consolidation day 3 20:00 ...",
                    "Close calendar: UK AP cut off 27 Nov; consolidation runs day 3 at 20:00.",
                ),
                (
                    "policy_get",
                    {"id": "FIN-POL-031"},
                    "Elimination thresholds ... pairs with difference above $500 block consolidation sign-off ...",
                    "FIN-POL-031: any pair more than $500 out blocks consolidation sign-off.",
                ),
            ],
            "synth": "So the UK must accrue both charges in November at the period-end rate before 20:00, or the pair blocks sign-off.",
        },
    }
)

# ---------------------------------------------------------------- security / access governance
DOMAINS.append(
    {
        "name": "aws_iam_access_review",
        "req": "Q4 access review for the prod AWS account (481226709315) is due Friday for SOC 2. List IAM users and "
        "roles unused for 90+ days and any access keys older than 180 days, and prepare a removal list for "
        "Sam (security lead) to approve. Don't delete anything yourself.",
        "plan": "I'll generate the IAM credential report, check role last-used data, and cross-check service roles "
        "against what's actually deployed before proposing removals.",
        "warm": [
            (
                "aws_cli",
                {"cmd": "aws iam generate-credential-report --profile prod-audit"},
                '{"State": "STARTED", "Description": "No report exists. Starting a new report generation."}',
            ),
            (
                "aws_cli",
                {
                    "cmd": "aws iam get-credential-report --profile prod-audit --query Content --output text | base64 -d | csvcut -c 1,4,5,9,10,11"
                },
                "user,password_enabled,password_last_used,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date\n"
                "ci-deployer,false,N/A,true,2025-02-11T09:12:44+00:00,@ISO@\n"
                "j.alvarez,true,2026-11-20T08:01:12+00:00,false,N/A,N/A\n"
                "legacy-backup,false,N/A,true,2023-06-02T14:40:10+00:00,2025-12-30T02:00:07+00:00\n"
                "m.kowalski,true,2026-05-14T16:22:51+00:00,true,2024-09-18T10:05:33+00:00,2026-05-14T16:30:02+00:00\n"
                "tableau-export,false,N/A,true,2026-03-01T11:11:11+00:00,2026-11-27T23:00:04+00:00",
            ),
            (
                "aws_cli",
                {
                    "cmd": "aws iam list-roles --profile prod-audit --query 'Roles[].{n:RoleName,last:RoleLastUsed.LastUsedDate}' --output text"
                },
                "AdminSSO-Breakglass 2026-08-02T11:41:09Z\nDataPipelineRole 2026-11-28T06:00:13Z\nOldEtlRole None\n"
                "ReportingLambdaRole 2026-07-19T03:12:55Z\nTerraformCIRole 2026-11-27T21:40:37Z\n(38 more)",
            ),
        ],
        "warm_note": "First candidates: legacy-backup (key 3.5 years old, unused since Dec 2025), m.kowalski (inactive "
        "since May, key 26 months old), OldEtlRole (never used) and ReportingLambdaRole (last used July).",
        "fig": {
            "tool": "aws_cli",
            "args": {
                "cmd": "aws iam get-role --role-name OldEtlRole --profile prod-audit --query Role.RoleLastUsed"
            },
            "obs": "{}\n(RequestId: @RID@)",
            "exact": "Let me check when OldEtlRole was last used again.",
            "again": [
                "Let me look up OldEtlRole's last-used date once more.",
                "I'll re-check whether OldEtlRole has ever been assumed.",
                "Checking OldEtlRole's RoleLastUsed again.",
                "Let me query the last activity for OldEtlRole again.",
                "One more look at when OldEtlRole was last used.",
                "I'll pull OldEtlRole's usage data again to confirm.",
            ],
        },
        "mono": "OldEtlRole shows no last-used date. Before recommending removal I need to be certain it is unused, "
        "so I should consider what else could be using it.",
        "sections": [
            "**Prod account 481226709315 - Q4 IAM access review (for Sam's approval)**",
            "Remove (unused 90+ days): IAM user legacy-backup (last key use 30 Dec 2025); role OldEtlRole (never assumed, "
            "created 2023-04, no trust from any live service); role ReportingLambdaRole (last used 19 Jul; its Lambda was deleted 2 Aug).",
            "Disable, then remove after manager confirmation: m.kowalski (left Platform team in May per HRIS; console "
            "and key inactive since 14 May).",
            "Rotate (key older than 180 days but in use): ci-deployer (key from Feb 2025, used daily by the deploy pipeline). "
            "Keep: AdminSSO-Breakglass (used in the 2 Aug incident; break-glass exempt per policy SEC-07).",
        ],
        "rec": {
            "tool": "aws_cli",
            "key": "cmd",
            "items": [
                (
                    "aws iam list-access-keys --user-name legacy-backup --profile prod-audit",
                    "AKIAXQ4...7LQ2 Active created 2023-06-02",
                    "legacy-backup has one active key from June 2023.",
                ),
                (
                    "aws iam list-attached-user-policies --user-name legacy-backup --profile prod-audit",
                    "AmazonS3FullAccess; legacy-backup-glacier (customer managed)",
                    "It has S3FullAccess, a broad grant worth removing.",
                ),
                (
                    "aws iam list-groups-for-user --user-name m.kowalski --profile prod-audit",
                    "platform-engineers; prod-readonly",
                    "m.kowalski is still in platform-engineers.",
                ),
                (
                    "aws iam get-role --role-name ReportingLambdaRole --profile prod-audit --query Role.AssumeRolePolicyDocument",
                    "Principal: lambda.amazonaws.com",
                    "ReportingLambdaRole trusts only Lambda.",
                ),
                (
                    "aws lambda list-functions --profile prod-audit --query \"Functions[?Role=='arn:aws:iam::481226709315:role/ReportingLambdaRole']\"",
                    "[]",
                    "No function uses ReportingLambdaRole any more.",
                ),
            ],
            "act": {
                "tool": "jira_add_comment",
                "args": {"issue": "SEC-2291", "body": "Evidence collected: @ID@"},
                "obs": "comment 10@K@442 added to SEC-2291",
            },
        },
        "page": {
            "tool": "aws_cli",
            "args": {"cmd": "aws iam list-roles --profile prod-audit --max-items 9"},
            "items": [
                "%s last_used=%s"
                % (
                    name,
                    ["2026-11-2%d" % (i % 9), "2026-0%d-1%d" % (1 + i % 9, i % 10), "None"][i % 3],
                )
                for i, name in enumerate(
                    [
                        "AWSServiceRoleForECS",
                        "AWSServiceRoleForRDS",
                        "AdminSSO-Breakglass",
                        "AthenaQueryRole",
                        "CloudTrailToCWLogs",
                        "DataPipelineRole",
                        "DatadogIntegration",
                        "EcsTaskExecution",
                        "EksNodeRole",
                        "FirehoseToS3",
                        "GlueCrawlerRole",
                        "GrafanaReadOnly",
                        "KarpenterController",
                        "KmsKeyAdmin",
                        "LambdaEdgeRole",
                        "OldEtlRole",
                        "OpsgenieIntegration",
                        "RdsMonitoringRole",
                        "ReportingLambdaRole",
                        "S3ReplicationRole",
                        "SagemakerExec",
                        "SecretsRotation",
                        "SnowflakeStorageIntegration",
                        "SsmPatchRole",
                        "StepFunctionsExec",
                        "TerraformCIRole",
                        "TerraformStateRO",
                        "VpcFlowLogsRole",
                        "WafLogsRole",
                        "XrayDaemonRole",
                        "ZendeskExport",
                        "backup-restore-test",
                        "cost-explorer-ro",
                        "github-oidc-deploy",
                        "guardduty-member",
                        "inspector-scan",
                        "lakeformation-admin",
                        "macie-discovery",
                        "org-audit-ro",
                        "redshift-spectrum",
                    ]
                )
            ],
            "size": 9,
            "what": "roles",
            "next_label": "NextToken: ",
        },
        "fail": {
            "tool": "aws_cli",
            "bad": {
                "cmd": "aws iam get-service-last-accessed-details --job-id 7f1c9b2e-0d1a-4e55-9c38-21b77a0f4e10 --profile prod-audit"
            },
            "err": "An error occurred (NoSuchEntity) when calling the GetServiceLastAccessedDetails operation: Job ID "
            "7f1c9b2e-0d1a-4e55-9c38-21b77a0f4e10 not found (RequestId: @RID@)",
            "hint": "A job id is only valid after generating it; generating the service-last-accessed report for OldEtlRole first.",
            "fixed": {
                "cmd": "aws iam generate-service-last-accessed-details --arn arn:aws:iam::481226709315:role/OldEtlRole --profile prod-audit"
            },
            "ok": '{"JobId": "b93d0e55-61f2-4a07-8f6c-0c1d2e3f4a5b"}',
            "after": "Job created; its details will show whether any service was ever accessed through the role.",
        },
        "cmp": {
            "toolA": "aws_cli",
            "toolB": "terraform_state",
            "pairs": [
                (
                    {
                        "cmd": "aws iam get-role --role-name OldEtlRole --profile prod-audit --query Role.CreateDate"
                    },
                    "2023-04-11T10:02:17Z",
                    {"workspace": "prod-iam", "address": "aws_iam_role.old_etl"},
                    "resource not in state (removed in commit 4e1a9d2, 2024-02-06)",
                ),
                (
                    {
                        "cmd": "aws iam get-role --role-name ReportingLambdaRole --profile prod-audit --query Role.Tags"
                    },
                    "owner=analytics, app=weekly-report",
                    {"workspace": "prod-analytics", "address": "aws_lambda_function.weekly_report"},
                    "resource not in state (destroyed 2026-08-02)",
                ),
                (
                    {
                        "cmd": "aws iam get-user --user-name legacy-backup --profile prod-audit --query User.Tags"
                    },
                    "owner=infra, ticket=OPS-1120",
                    {"workspace": "prod-iam", "address": "aws_iam_user.legacy_backup"},
                    "resource not in state (created by hand)",
                ),
            ],
            "notes": [
                "OldEtlRole was dropped from Terraform in Feb 2024 but never deleted: an orphan.",
                "ReportingLambdaRole's function was destroyed in August; the role was left behind.",
                "legacy-backup was created by hand under OPS-1120 and never managed in code.",
            ],
            "concl": "All three removal candidates are orphans of resources that no longer exist in code, which strengthens the case.",
        },
        "poll": {
            "tool": "aws_cli",
            "args": {
                "cmd": "aws iam get-service-last-accessed-details --job-id b93d0e55-61f2-4a07-8f6c-0c1d2e3f4a5b --profile prod-audit --query '{s:JobStatus,n:length(ServicesLastAccessed)}'"
            },
            "intro": "The last-accessed report for OldEtlRole is generating; I'll check it until it completes.",
            "stages": [
                '{"s": "IN_PROGRESS", "n": 0}',
                '{"s": "IN_PROGRESS", "n": 0}  (JobCreationDate @ISO@)',
                '{"s": "COMPLETED", "n": 6}  all six services: LastAuthenticated=null',
            ],
            "done": "Complete: OldEtlRole has permissions for six services and has never authenticated to any of them.",
        },
        "fix": {
            "edit_tool": "edit_file",
            "test_tool": "run_shell",
            "test_args": {"cmd": "python3 access_review.py --account 481226709315 --dry-run"},
            "stuck_args": {
                "path": "access_review.py",
                "old": "if last_used < cutoff:",
                "new": "if last_used and last_used < cutoff:",
            },
            "stuck_fail": 'Traceback (most recent call last):\n  File "access_review.py", line 58, in <module>\n    age = (now - last_used).days\n'
            "TypeError: unsupported operand type(s) for -: 'datetime.datetime' and 'str'",
            "steps": [
                (
                    {
                        "path": "access_review.py",
                        "old": "last_used = row['access_key_1_last_used_date']",
                        "new": "last_used = parse_ts(row['access_key_1_last_used_date'])",
                    },
                    "ValueError: Invalid isoformat string: 'N/A' (row 2, j.alvarez)",
                    True,
                    "Dates parse now, but N/A values (no key) break it.",
                ),
                (
                    {
                        "path": "access_review.py",
                        "old": "def parse_ts(s):\n    return datetime.fromisoformat(s)",
                        "new": "def parse_ts(s):\n    return None if s in ('N/A', 'no_information') else datetime.fromisoformat(s)",
                    },
                    "candidates: 3 users, 0 roles (roles skipped: KeyError 'RoleLastUsed')",
                    True,
                    "Users work; roles that were never used have no RoleLastUsed key.",
                ),
                (
                    {
                        "path": "access_review.py",
                        "old": "role['RoleLastUsed']['LastUsedDate']",
                        "new": "role.get('RoleLastUsed', {}).get('LastUsedDate')",
                    },
                    "candidates: 3 users (legacy-backup, m.kowalski, svc-old-sftp), 2 roles (OldEtlRole, ReportingLambdaRole); keys >180d: 3",
                    False,
                    "The dry run lists everything, including svc-old-sftp, which the manual pass missed.",
                ),
            ],
        },
        "srch": {
            "tool": "cloudtrail_lookup",
            "empty": [
                {"attribute": "Username", "value": "OldEtlRole", "start": "2026-08-30"},
                {"attribute": "Username", "value": "oldetlrole", "start": "2026-08-30"},
                {"attribute": "Username", "value": "OldEtlRole", "start": "2026-08-29"},
                {"attribute": "Username", "value": "role/OldEtlRole", "start": "2026-08-30"},
                {"attribute": "Username", "value": "OldEtlRole ", "start": "2026-08-30"},
                {"attribute": "Username", "value": "OldETLRole", "start": "2026-08-30"},
            ],
            "empty_obs": "Events: [] (NextToken: null, RequestId @RID@)",
            "refine": [
                (
                    {"attribute": "EventName", "value": "AssumeRole", "start": "2026-08-30"},
                    "Events: 48,112 (paginated)",
                    "Far too many; filtering to the role ARN.",
                ),
                (
                    {
                        "attribute": "ResourceName",
                        "value": "arn:aws:iam::481226709315:role/OldEtlRole",
                        "start": "2026-08-30",
                    },
                    "Events: 2 - UpdateAssumeRolePolicy 2026-09-14 by user m.kowalski; GetRole 2026-11-28 by prod-audit",
                    "Only two events: an admin change by m.kowalski in September, and my own read today.",
                ),
                (
                    {
                        "attribute": "EventName",
                        "value": "UpdateAssumeRolePolicy",
                        "start": "2026-09-14",
                        "end": "2026-09-15",
                    },
                    "Events: 1 - m.kowalski from 203.0.113.44, trust changed to allow account 739012288410",
                    "m.kowalski opened the role's trust to an external account 739012288410 in September.",
                ),
                (
                    {
                        "attribute": "AccessKeyId",
                        "value": "ASIA*",
                        "resource": "OldEtlRole",
                        "start": "2026-09-14",
                    },
                    "Events: 0 assumptions from 739012288410",
                    "The external trust was never used, but it's a finding for Sam in its own right.",
                ),
            ],
        },
        "toggle": {
            "check_err": False,
            "tool": "aws_cli",
            "key": "status",
            "a": {
                "cmd": "aws iam update-access-key --user-name tableau-export --access-key-id AKIAXQ4TBLX9 --status Inactive --profile prod-admin"
            },
            "b": {
                "cmd": "aws iam update-access-key --user-name tableau-export --access-key-id AKIAXQ4TBLX9 --status Active --profile prod-admin"
            },
            "write_obs": "(no output)",
            "check": (
                "aws_cli",
                {
                    "cmd": "aws iam get-access-key-last-used --access-key-id AKIAXQ4TBLX9 --profile prod-audit"
                },
            ),
            "fail_obs": '{"UserName": "tableau-export", "AccessKeyLastUsed": {"LastUsedDate": "2026-11-27T23:00:04Z", "ServiceName": "s3"}}',
            "rollout_tool": "aws_cli",
            "rollout_key": "scp",
            "rollout": [
                (
                    {
                        "cmd": "aws organizations attach-policy --policy-id p-denyoldkeys --target-id ou-sbx-1"
                    },
                    "sandbox OU: 0 access-denied events in 24 h",
                ),
                (
                    {
                        "cmd": "aws organizations attach-policy --policy-id p-denyoldkeys --target-id ou-dev-2"
                    },
                    "dev OU: 2 denied (both stale CI keys, owners notified)",
                ),
                (
                    {
                        "cmd": "aws organizations attach-policy --policy-id p-denyoldkeys --target-id ou-stg-3"
                    },
                    "staging OU: 0 denied",
                ),
                (
                    {
                        "cmd": "aws organizations attach-policy --policy-id p-denyoldkeys --target-id ou-prod-4"
                    },
                    "prod OU: 1 denied (legacy-backup), as expected",
                ),
            ],
            "rollout_check": (
                "aws_cli",
                {
                    "cmd": "aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AccessDenied --max-results 50"
                },
            ),
            "rollout_write_obs": "(no output)",
            "rollout_intro": "Sam approved the deny-old-keys SCP, to go out OU by OU; I'll attach it and check denied calls after each.",
            "rollout_done": "The SCP is attached to every OU; the only prod denial is the key we're removing anyway.",
        },
        "nudges": [
            "Sam here. Is the list ready?",
            "Auditors asked again this morning.",
            "Any update on the removal list?",
            "Hello?",
            "I need it before my 3pm.",
        ],
        "promises": [
            "Sorry for the delay! I'm compiling the removal list now.",
            "Apologies Sam, I'm finishing the access review at this moment.",
            "Sorry! The list will be ready for you shortly.",
            "You're right, apologies. I'm putting the removal list together now.",
        ],
        "clarify": [
            (
                "Break-glass roles are exempt, leave them off.",
                "Noted; I'll confirm which roles are tagged break-glass and exclude them.",
                "aws_cli",
                {
                    "cmd": "aws iam list-roles --profile prod-audit --query \"Roles[?Tags[?Key=='breakglass']].RoleName\""
                },
                '["AdminSSO-Breakglass"]',
            ),
            (
                "m.kowalski moved to the data team, check with HR before removing.",
                "I'll look him up in the HR system.",
                "hris_lookup",
                {"email": "m.kowalski@acme.com"},
                "Marek Kowalski, Data Engineering since 2026-05-20, manager a.nguyen, status=active",
            ),
            (
                "Open a ticket per removal so we have evidence.",
                "Creating the removal tickets under the SOC 2 epic.",
                "jira_create_issues",
                {
                    "project": "SEC",
                    "epic": "SEC-2291",
                    "summaries": [
                        "Remove legacy-backup",
                        "Remove OldEtlRole",
                        "Remove ReportingLambdaRole",
                        "Review m.kowalski access",
                    ],
                },
                "created SEC-2302, SEC-2303, SEC-2304, SEC-2305",
            ),
        ],
        "tmpl": {
            "tool": "aws_cli",
            "args": {"cmd": "python3 access_review.py --account-index @K@ --dry-run"},
            "obs": "account @K@: @A@ principals scanned, @B@ candidates",
            "update": "Account @K@ of @N@ scanned: @A@ principals, @B@ removal candidates.",
        },
        "summ": {
            "docs": [
                (
                    "confluence_get_page",
                    {"title": "SEC-07 Access management policy"},
                    "Access reviews quarterly ... unused 90 days removed ... break-glass exempt ...",
                    "SEC-07: quarterly reviews; principals unused for 90 days are removed; break-glass accounts are exempt.",
                ),
                (
                    "confluence_get_page",
                    {"title": "SEC-09 Key management standard"},
                    "Access keys rotated every 180 days ... prefer roles/OIDC ...",
                    "SEC-09: access keys rotate at 180 days; roles or OIDC are preferred over keys.",
                ),
                (
                    "confluence_get_page",
                    {"title": "SOC 2 CC6.2 evidence guide"},
                    "Evidence: reviewer, date, list reviewed, actions, ticket references ...",
                    "CC6.2 evidence guide: record reviewer, date, list reviewed, actions taken and tickets.",
                ),
                (
                    "confluence_get_page",
                    {"title": "Offboarding runbook"},
                    "Transfers: access from previous team removed within 30 days ...",
                    "Offboarding runbook: on a team transfer, old-team access is removed within 30 days.",
                ),
            ],
            "synth": "So the review needs the 90-day removals, key rotations over 180 days, the transfer case for m.kowalski, "
            "and a ticket per action for the CC6.2 evidence.",
        },
    }
)


# ====================================================================== engine
def _noise(rng: random.Random, text: str, k: int = 0, extra: dict | None = None) -> str:
    t = BASE_TIME + timedelta(minutes=40 + k * rng.randint(1, 4), seconds=rng.randint(0, 59))
    reps = {
        "@RID@": "req_" + "".join(rng.choice("0123456789abcdef") for _ in range(16)),
        "@TRACE@": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
        "@ISO@": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999),
        "@RFC@": t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
        "@CLF@": t.strftime("%d/%b/%Y:%H:%M:%S +0000"),
        "@EPOCH@": str(int(t.timestamp() * 1000) + rng.randint(0, 999)),
        "@MS@": str(rng.randint(18, 950)),
        "@K@": str(k),
    }
    if extra:
        reps.update(extra)
    for a, b in reps.items():
        text = text.replace(a, b)
    return text


def fill(rng, obj, k=0, extra=None):
    if isinstance(obj, str):
        return _noise(rng, obj, k, extra)
    if isinstance(obj, dict):
        return {key: fill(rng, v, k, extra) for key, v in obj.items()}
    if isinstance(obj, list):
        return [fill(rng, v, k, extra) for v in obj]
    return obj


def L(text, obs=None):
    d = {"kind": "llm", "text": text}
    if obs is not None:
        d["observation"] = obs
    return d


def T(tool, args, obs, err=False):
    return {
        "kind": "tool",
        "tool": tool,
        "args": copy.deepcopy(args),
        "observation": obs,
        "error": bool(err),
    }


def W(rng, text):
    """Whitespace-only variation of a repeated message."""
    return rng.choice([text, text + " ", " " + text, text + "\n", text.replace(". ", ".  ", 1)])


_WARM: dict[int, list[str]] = {}


def warm_obs(D, rng):
    """The warm-up observations of this row, filled once so a re-read sees the same text."""
    key = id(rng)
    if key not in _WARM:
        _WARM[key] = [fill(rng, w[2], i) for i, w in enumerate(D["warm"])]
    return _WARM[key]


def opening(D, rng, nwarm=None, note=None):
    steps = [L(D["plan"], obs=D["req"])]
    n = nwarm if nwarm is not None else rng.choice([2, 3])
    wo = warm_obs(D, rng)
    for i, (tool, args, _obs) in enumerate(D["warm"][:n]):
        steps.append(T(tool, args, wo[i]))
    if note if note is not None else rng.random() < 0.6:
        steps.append(L(D["warm_note"]))
    return steps


FILLER = [
    "Nothing new there.",
    "Same as before.",
    "Hmm.",
    "Still not what I need.",
    "That didn't change anything.",
    "Let me try that once more.",
    "Checking again.",
    "I'll look at it one more time to be sure.",
]
AB_NOTES = [
    "Let me compare that with the other one again.",
    "Switching back to double-check.",
    "Going back to the first source to confirm.",
    "Let me cross-check against the other view again.",
]
RETRY_NOTES = [
    "Retrying.",
    "That failed; trying again.",
    "Let me run it again.",
    "Transient error probably. Retrying the same call.",
    "Trying once more.",
]
FIX_NOTES = [
    "That should fix it. Running the test again.",
    "Applied the change; re-running.",
    "OK, this edit should resolve it.",
    "Let me re-apply the fix and test again.",
]
PAGE_NOTES = [
    "Fetching the next page.",
    "Next page.",
    "Continuing with the next cursor.",
    "Getting more results.",
]


# ------------------------------------------------------------------ loop builders
def loop_exact_repeat(D, rng):
    s = opening(D, rng)
    f = D["fig"]
    n = rng.randint(3, 5)
    for i in range(n):
        s.append(L(f["exact"] if i == 0 or rng.random() < 0.5 else W(rng, f["exact"])))
        s.append(T(f["tool"], f["args"], fill(rng, f["obs"], i)))
        if i == 1 and rng.random() < 0.4:
            s.append(L(rng.choice(FILLER)))
    return s


def loop_paraphrased_repeat(D, rng):
    s = opening(D, rng)
    f = D["fig"]
    n = rng.randint(4, 6)
    with_tool = rng.random() < 0.75
    for i, p in enumerate(rng.sample(f["again"], n)):
        s.append(L(p))
        if with_tool or i % 2 == 0:
            s.append(T(f["tool"], f["args"], fill(rng, f["obs"], i)))
    return s


def loop_ab_oscillation(D, rng):
    s = opening(D, rng, nwarm=3)
    a, b = D["warm"][0], D["warm"][1]
    oa, ob = warm_obs(D, rng)[0], warm_obs(D, rng)[1]
    for _i in range(rng.randint(3, 4)):
        s.append(T(a[0], a[1], oa))
        s.append(T(b[0], b[1], ob))
        if rng.random() < 0.4:
            s.append(L(rng.choice(AB_NOTES)))
    return s


def loop_repeated_failing_tool(D, rng):
    s = opening(D, rng)
    f = D["fail"]
    n = rng.randint(max(4, 8 - len(s)), 6)
    for i in range(n):
        s.append(T(f["tool"], f["bad"], fill(rng, f["err"], i), True))
        if i < n - 1 and rng.random() < 0.5:
            s.append(L(rng.choice(RETRY_NOTES)))
    return s


def loop_same_action_same_observation(D, rng):
    s = opening(D, rng, nwarm=rng.choice([2, 3]))
    tool, args, _obs = D["warm"][2]
    o = warm_obs(D, rng)[2]
    n = rng.randint(4, 5)
    notes = rng.sample(FILLER, n)
    for i in range(n):
        s.append(T(tool, args, o))
        s.append(L(notes[i]))
    return s


def loop_identical_monologue(D, rng):
    s = opening(D, rng)
    n = rng.randint(max(4, 8 - len(s)), 7)
    for i in range(n):
        s.append(L(D["mono"] if i == 0 or rng.random() < 0.6 else W(rng, D["mono"])))
    return s


def loop_identical_tool_calls(D, rng):
    s = opening(D, rng)
    r = D["rec"]
    item = rng.choice(r["items"][:3])
    tokened = rng.random() < 0.4
    for i in range(rng.randint(max(4, 8 - len(s)), 7)):
        args = {r["key"]: item[0]}
        if tokened:
            args["client_request_id"] = fill(rng, "@RID@", i)
        s.append(
            T(
                r["tool"],
                args,
                fill(rng, item[1] + rng.choice(["", "\n(request @RID@, @MS@ ms)", "\n@ISO@"]), i),
            )
        )
    return s


def loop_edit_test_same_failure(D, rng):
    s = opening(D, rng)
    f = D["fix"]
    n = rng.randint(3, 4)
    for i in range(n):
        s.append(
            T(f["edit_tool"], f["stuck_args"], f.get("stuck_edit_obs", "edit applied (1 change)"))
        )
        s.append(T(f["test_tool"], f["test_args"], fill(rng, f["stuck_fail"], i), True))
        if i < n - 1:
            s.append(L(rng.choice(FIX_NOTES)))
    return s


def _page_obs(p, items, cursor):
    body = "\n".join(items)
    label = p.get("next_label", "next_cursor=")
    return body + ("\n" + label + cursor if cursor else "\n" + label + "null (end of results)")


def _page_args(p, cursor):
    args = dict(p["args"])
    if cursor is None:
        return args
    if "cmd" in args:
        args["cmd"] += " --starting-token " + cursor
    else:
        args["cursor"] = cursor
    return args


def loop_cursor_stuck_pagination(D, rng):
    s = opening(D, rng)
    p = D["page"]
    first = p["items"][: p["size"]]
    cur = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    s.append(T(p["tool"], p["args"], _page_obs(p, first, cur)))
    for _i in range(rng.randint(4, 6)):
        if rng.random() < 0.5:
            s.append(L(rng.choice(PAGE_NOTES)))
        s.append(T(p["tool"], _page_args(p, cur), _page_obs(p, first, cur)))
    return s


def loop_three_step_cycle(D, rng):
    s = opening(D, rng, nwarm=3, note=False)
    obs = warm_obs(D, rng)
    for _c in range(rng.randint(2, 3)):
        if rng.random() < 0.5:
            s.append(
                L(
                    rng.choice(
                        [
                            "Let me go through it again from the top.",
                            "Starting over to be thorough.",
                            "I'll re-check each piece once more.",
                        ]
                    )
                )
            )
        for i, (tool, args, _) in enumerate(D["warm"]):
            s.append(T(tool, args, obs[i]))
    return s


def loop_apology_promise(D, rng):
    s = opening(D, rng)
    s.append(L(D["promises"][0]))
    n = rng.randint(4, 5)
    for i in range(n):
        s.append(L(D["promises"][(i + 1) % len(D["promises"])], obs=D["nudges"][i]))
    return s


def loop_empty_search_reformulation(D, rng):
    s = opening(D, rng)
    q = D["srch"]
    n = rng.randint(5, 6)
    for i, args in enumerate(q["empty"][:n]):
        s.append(T(q["tool"], args, fill(rng, q["empty_obs"], i)))
        if i in (1, 3) and rng.random() < 0.5:
            s.append(L("No results. Let me rephrase the query."))
    return s


def loop_undo_redo_flipflop(D, rng):
    s = opening(D, rng)
    t = D["toggle"]
    n = rng.randint(3, 4)
    for i in range(n):
        s.append(T(t["tool"], t["a"] if i % 2 == 0 else t["b"], t["write_obs"]))
        s.append(
            T(t["check"][0], t["check"][1], fill(rng, t["fail_obs"], i), t.get("check_err", True))
        )
        if rng.random() < 0.5:
            s.append(
                L(
                    rng.choice(
                        [
                            "That didn't help; switching the value back.",
                            "Still failing. Let me try the other setting.",
                            "Reverting to the previous value.",
                        ]
                    )
                )
            )
    return s


# -------------------------------------------------------------- progress builders
def _rand_numbers(rng, k):
    return {"@A@": str(rng.randint(12, 400)), "@B@": str(rng.randint(0, 9))}


def prog_templated_progress_updates(D, rng):
    s = opening(D, rng)
    t = D["tmpl"]
    n = rng.randint(4, 6)
    for k in range(1, n + 1):
        ex = _rand_numbers(rng, k)
        ex["@N@"] = str(n)
        s.append(T(t["tool"], fill(rng, t["args"], k, ex), fill(rng, t["obs"], k, ex)))
        s.append(L(fill(rng, t["update"], k, ex)))
    return s


def prog_summarising_related_docs(D, rng):
    s = opening(D, rng, nwarm=rng.choice([1, 2]), note=False)
    docs = D["summ"]["docs"][:]
    n = rng.randint(3, 4)
    for tool, args, obs, summary in docs[:n]:
        s.append(T(tool, args, obs))
        s.append(L(summary))
    s.append(L(D["summ"]["synth"]))
    return s


def prog_compare_two_sources(D, rng):
    s = opening(D, rng)
    c = D["cmp"]
    for i, (aa, oa, ab, ob) in enumerate(c["pairs"]):
        s.append(T(c["toolA"], aa, fill(rng, oa, i)))
        s.append(T(c["toolB"], ab, fill(rng, ob, i)))
        if rng.random() < 0.7:
            s.append(L(c["notes"][i]))
    s.append(L(c["concl"]))
    return s


def prog_retry_with_corrected_argument(D, rng):
    s = opening(D, rng, note=True)
    f = D["fail"]
    s.append(T(f["tool"], f["bad"], fill(rng, f["err"], 0), True))
    s.append(L(f["hint"]))
    s.append(T(f["tool"], f["fixed"], fill(rng, f["ok"], 1)))
    s.append(
        L(f.get("after", "That worked with the corrected argument; carrying on from the result."))
    )
    return s


def prog_polling_until_change(D, rng):
    s = opening(D, rng)
    p = D["poll"]
    stages = p["stages"]
    s.append(L(p.get("intro", "I've kicked that off; I'll check its status until it finishes.")))
    for i, st in enumerate(stages):
        s.append(T(p["tool"], p["args"], fill(rng, st, i)))
        if 0 < i < len(stages) - 1 and rng.random() < 0.5:
            s.append(
                L(
                    rng.choice(
                        [
                            "Progressing; checking again shortly.",
                            "It moved on a stage.",
                            "Still running but further along.",
                        ]
                    )
                )
            )
    s.append(L(p["done"]))
    return s


def prog_multi_part_drafting(D, rng):
    s = opening(D, rng, nwarm=3)
    for sec in D["sections"]:
        s.append(L(sec))
    return s


def prog_batch_distinct_records(D, rng):
    s = opening(D, rng)
    r = D["rec"]
    items = r["items"][:]
    n = rng.randint(4, 5)
    for i, item in enumerate(items[:n]):
        s.append(T(r["tool"], {r["key"]: item[0]}, fill(rng, item[1], i)))
    s.append(L("Summary: " + " ".join(item[2] for item in items[:n])))
    return s


def prog_iterative_fix_converging(D, rng):
    s = opening(D, rng)
    f = D["fix"]
    for i, (args, obs, err, note) in enumerate(f["steps"]):
        s.append(T(f["edit_tool"], args, f.get("stuck_edit_obs", "edit applied (1 change)")))
        s.append(T(f["test_tool"], f["test_args"], fill(rng, obs, i), err))
        s.append(L(note))
    return s


def prog_paging_through_results(D, rng):
    s = opening(D, rng)
    p = D["page"]
    size = p["size"]
    pages = rng.randint(4, 5)
    total = size * (pages - 1) + rng.randint(1, size - 1)
    items = p["items"][:total]
    cur = None
    for i in range(pages):
        chunk = items[i * size : (i + 1) * size]
        nxt = (
            None
            if i == pages - 1
            else "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
        )
        args = _page_args(p, cur)
        s.append(T(p["tool"], args, _page_obs(p, chunk, nxt)))
        cur = nxt
        if i == 1 and rng.random() < 0.6:
            s.append(
                L("Page %d done, %d %s so far; continuing." % (i + 1, (i + 1) * size, p["what"]))
            )
    s.append(L("Collected all %d %s across %d pages." % (total, p["what"], pages)))
    return s


def prog_per_item_workflow(D, rng):
    s = opening(D, rng)
    r = D["rec"]
    a = r["act"]
    n = rng.randint(3, 4)
    for i, item in enumerate(r["items"][:n]):
        ident, obs, note = item[:3]
        label = item[3] if len(item) > 3 else ident
        s.append(T(r["tool"], {r["key"]: ident}, fill(rng, obs, i)))
        s.append(
            T(
                a["tool"],
                fill(rng, a["args"], i + 1, {"@ID@": label}),
                fill(rng, a["obs"], i + 1, {"@ID@": label}),
            )
        )
        s.append(L(note))
    return s


def prog_clarification_dialogue(D, rng):
    s = opening(D, rng)
    for user, text, tool, args, obs in D["clarify"]:
        s.append(L(text, obs=user))
        s.append(T(tool, args, fill(rng, obs, 1)))
    return s


def prog_query_refinement_converging(D, rng):
    s = opening(D, rng)
    q = D["srch"]
    for i, (args, obs, note) in enumerate(q["refine"]):
        s.append(T(q["tool"], args, fill(rng, obs, i)))
        s.append(L(note))
    return s


def prog_staged_rollout(D, rng):
    s = opening(D, rng)
    t = D["toggle"]
    s.append(L(t["rollout_intro"]))
    for i, (args, ok) in enumerate(t["rollout"]):
        s.append(T(t["rollout_tool"], args, t.get("rollout_write_obs", "updated (1 change)")))
        s.append(T(t["rollout_check"][0], t["rollout_check"][1], fill(rng, ok, i)))
    s.append(
        L(
            t.get(
                "rollout_done",
                "Done: the last step is where the gains flatten out, so I'm stopping there.",
            )
        )
    )
    return s


PAIRS = [
    (
        "exact_repeat",
        loop_exact_repeat,
        "templated_progress_updates",
        prog_templated_progress_updates,
    ),
    (
        "paraphrased_repeat",
        loop_paraphrased_repeat,
        "summarising_related_docs",
        prog_summarising_related_docs,
    ),
    ("ab_oscillation", loop_ab_oscillation, "compare_two_sources", prog_compare_two_sources),
    (
        "repeated_failing_tool",
        loop_repeated_failing_tool,
        "retry_with_corrected_argument",
        prog_retry_with_corrected_argument,
    ),
    (
        "same_action_same_observation",
        loop_same_action_same_observation,
        "polling_until_change",
        prog_polling_until_change,
    ),
    (
        "identical_monologue",
        loop_identical_monologue,
        "multi_part_drafting",
        prog_multi_part_drafting,
    ),
    (
        "identical_tool_calls",
        loop_identical_tool_calls,
        "batch_distinct_records",
        prog_batch_distinct_records,
    ),
    (
        "edit_test_same_failure",
        loop_edit_test_same_failure,
        "iterative_fix_converging",
        prog_iterative_fix_converging,
    ),
    (
        "cursor_stuck_pagination",
        loop_cursor_stuck_pagination,
        "paging_through_results",
        prog_paging_through_results,
    ),
    ("three_step_cycle", loop_three_step_cycle, "per_item_workflow", prog_per_item_workflow),
    (
        "apology_promise",
        loop_apology_promise,
        "clarification_dialogue",
        prog_clarification_dialogue,
    ),
    (
        "empty_search_reformulation",
        loop_empty_search_reformulation,
        "query_refinement_converging",
        prog_query_refinement_converging,
    ),
    ("undo_redo_flipflop", loop_undo_redo_flipflop, "staged_rollout", prog_staged_rollout),
]


def build():
    rows = []
    for loop_kind, loop_fn, prog_kind, prog_fn in PAIRS:
        for label, kind, fn in (("loop", loop_kind, loop_fn), ("progress", prog_kind, prog_fn)):
            for n, D in enumerate(DOMAINS, start=1):
                rid = "fortyfifth-%s-%s-%03d" % (label, kind, n)
                rng = random.Random(SEED + ":" + rid)
                _WARM.clear()
                steps = fn(D, rng)
                if not 8 <= len(steps) <= 18:
                    raise SystemExit("%s has %d steps" % (rid, len(steps)))
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": "%s/%s" % (label, kind),
                        "domain": D["name"],
                        "steps": steps,
                    }
                )
    return rows


def main():
    rows = build()
    out = Path(__file__).resolve().parent / "trajectories.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
