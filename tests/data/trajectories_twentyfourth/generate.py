"""Generate the twenty-fourth labelled trajectory set (written blind, alongside round twenty-two).

Eight domains, 192 rows: 96 loops and 96 progress rows, 12 categories per label, eight rows per
category (one per domain), two shapes per category (even and odd row numbers). See README.md.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 20261201
PER_CATEGORY = 8

Row = dict[str, Any]
Step = dict[str, Any]
Spec = dict[str, Any]
D = dict[str, Any]


# ---------------------------------------------------------------------------------------------
# per-row clock and step helpers


class Clock:
    """A per-row clock that only moves forward; also hands out volatile ids."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sec = rng.randint(7 * 3600, 14 * 3600)

    def tick(self, lo: int = 3, hi: int = 45) -> None:
        self.sec += self.rng.randint(lo, hi)

    def hms(self) -> str:
        self.tick()
        s = self.sec
        return f"{s // 3600 % 24:02d}:{s // 60 % 60:02d}:{s % 60:02d}"

    def hm(self) -> str:
        self.tick(20, 90)
        s = self.sec
        return f"{s // 3600 % 24:02d}:{s // 60 % 60:02d}"

    def iso(self, day: str) -> str:
        return f"{day}T{self.hms()}Z"

    def epoch_ms(self, base: int) -> int:
        self.tick()
        return base + self.sec * 1000 + self.rng.randint(0, 999)

    def hx(self, n: int = 8) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def sleep(self, seconds: int, text: str) -> str:
        self.sec += seconds
        return text


def llm(text: str, obs: str = "") -> Step:
    step: Step = {"kind": "llm", "text": text}
    if obs:
        step["observation"] = obs
    return step


def spec(
    tool: str, args: dict[str, Any], out: str | Callable[[], str], error: bool = False
) -> Spec:
    return {"tool": tool, "args": args, "out": out, "error": error}


def run(s: Spec) -> Step:
    out = s["out"]
    text = out() if callable(out) else out
    return {
        "kind": "tool",
        "tool": s["tool"],
        "args": json.loads(json.dumps(s["args"])),
        "observation": text,
        "error": s["error"],
    }


def join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def numbered(segs: list[str], a: int, b: int) -> tuple[int, int, str]:
    """Lines of segments a..b-1 with their line numbers (segments hold one or more lines)."""
    starts = []
    line = 1
    for seg in segs:
        starts.append(line)
        line += len(seg.split("\n"))
    first = starts[a]
    out = []
    n = first
    for seg in segs[a:b]:
        for text in seg.split("\n"):
            out.append(f"{n:>4}  {text}")
            n += 1
    return first, n - 1, "\n".join(out)


def as_observed(steps: list[Step]) -> list[Step]:
    """Drop an llm observation equal to the last one the agent saw."""
    seen = None
    out = []
    for step in steps:
        if step["kind"] == "llm" and "observation" in step:
            if step["observation"] == seen:
                step = {"kind": "llm", "text": step["text"]}
            else:
                seen = step["observation"]
        out.append(step)
    return out


# ---------------------------------------------------------------------------------------------
# domains: each returns all of a row's material (people, ids, lines, tools and observations)


def airflow_sensor_timeout(rng: random.Random, c: Clock) -> D:
    dag = "finance_daily_rollup"
    api = "airflow_api"
    mr = rng.choice([1412, 1417, 1423])
    pipe = rng.randint(88100, 88900)

    def runs_out() -> str:
        return (
            f"HTTP 200 (x-request-id: {c.hx(12)}, date: 2026-12-01 {c.hms()} UTC)\n"
            '{"dag_runs": [\n'
            ' {"dag_run_id": "scheduled__2026-11-30T02:00:00+00:00", "state": "failed", '
            '"end_date": "2026-11-30T08:00:41Z"},\n'
            ' {"dag_run_id": "scheduled__2026-11-29T02:00:00+00:00", "state": "failed", '
            '"end_date": "2026-11-29T08:00:37Z"},\n'
            ' {"dag_run_id": "scheduled__2026-11-28T02:00:00+00:00", "state": "failed", '
            '"end_date": "2026-11-28T08:00:52Z"},\n'
            ' {"dag_run_id": "scheduled__2026-11-27T02:00:00+00:00", "state": "success", '
            '"end_date": "2026-11-27T02:41:09Z"}],\n "total_entries": 214}'
        )

    def runs_after() -> str:
        return (
            f"HTTP 200 (x-request-id: {c.hx(12)}, date: 2026-12-01 {c.hms()} UTC)\n"
            '{"dag_runs": [\n'
            ' {"dag_run_id": "scheduled__2026-11-30T02:00:00+00:00", "state": "success", '
            f'"end_date": "2026-12-01T{c.hms()}Z"}},\n'
            ' {"dag_run_id": "scheduled__2026-11-29T02:00:00+00:00", "state": "failed", '
            '"end_date": "2026-11-29T08:00:37Z"},\n'
            ' {"dag_run_id": "scheduled__2026-11-28T02:00:00+00:00", "state": "failed", '
            '"end_date": "2026-11-28T08:00:52Z"}],\n "total_entries": 214}'
        )

    A = spec(
        api,
        {
            "method": "GET",
            "path": f"/api/v1/dags/{dag}/dagRuns",
            "params": {"order_by": "-execution_date", "limit": 4},
        },
        runs_out,
    )
    A_after = spec(A["tool"], A["args"], runs_after)
    B = spec(
        "task_log",
        {
            "dag_id": dag,
            "task_id": "wait_for_ledger",
            "run_id": "scheduled__2026-11-30T02:00:00+00:00",
            "try_number": 1,
            "tail": 4,
        },
        "[2026-11-30, 02:00:06 UTC] {external_task.py:241} INFO - Poking for tasks "
        "['load_done'] in dag ingest_ledger on 2026-11-30T01:00:00+00:00 ...\n"
        "[2026-11-30, 07:55:06 UTC] {taskinstance.py:2170} INFO - Rescheduling task, "
        "marking task as UP_FOR_RESCHEDULE\n"
        "[2026-11-30, 08:00:41 UTC] {taskinstance.py:2731} ERROR - Task failed with "
        "exception\nairflow.exceptions.AirflowSensorTimeout: Sensor has timed out; run "
        "duration of 21600.4 seconds exceeds the specified timeout of 21600.0.",
    )
    C = spec(
        api,
        {
            "method": "GET",
            "path": "/api/v1/dags/ingest_ledger/dagRuns",
            "params": {"order_by": "-execution_date", "limit": 3},
        },
        lambda: (
            f"HTTP 200 (x-request-id: {c.hx(12)})\n"
            '{"dag_runs": [{"dag_run_id": "scheduled__2026-11-30T00:30:00+00:00", "state": '
            '"success"}, {"dag_run_id": "scheduled__2026-11-29T00:30:00+00:00", "state": '
            '"success"}, {"dag_run_id": "scheduled__2026-11-28T00:30:00+00:00", "state": '
            '"success"}], "total_entries": 388}'
        ),
    )

    def perm(i: int) -> Spec:
        path = f"/api/v1/dags/{dag}/dagRuns" + ("/" if i == 3 else "")
        body: dict[str, Any] = {
            "dag_run_id": [
                "manual__rerun_1130",
                "manual__2026-11-30T02:00:00",
                "manual__rerun_1130",
                "manual__rerun_1130",
            ][i],
            "logical_date": "2026-11-30T02:00:00+00:00" if i == 2 else "2026-11-30T02:00:00Z",
        }
        if i == 2:
            body["conf"] = {}
        return spec(
            api,
            {"method": "POST", "path": path, "json": body},
            lambda: (
                f"HTTP 403 (x-request-id: {c.hx(12)})\n"
                '{"detail": "Access is denied: user svc-agent lacks can_create on DAG Runs '
                f'for {dag}", "status": 403, "title": "Forbidden", "type": '
                '"https://airflow.apache.org/docs/apache-airflow/2.9.3/stable-rest-api-ref.'
                'html#section/Errors/PermissionDenied"}'
            ),
            True,
        )

    segs = [
        "from datetime import timedelta\nfrom airflow import DAG",
        "from airflow.sensors.external_task import ExternalTaskSensor\n"
        "from finance.rollup import build_rollup",
        'default_args = {"owner": "finance-eng", "retries": 2,\n'
        '                "retry_delay": timedelta(minutes=10)}',
        'with DAG("finance_daily_rollup", schedule="0 2 * * *",\n'
        "         default_args=default_args, catchup=False) as dag:",
        "    # wait for the ledger load of the same night\n    wait_for_ledger = ExternalTaskSensor(",
        '        task_id="wait_for_ledger", external_dag_id="ingest_ledger",\n'
        '        external_task_id="load_done",',
        "        execution_delta=timedelta(hours=1),\n"
        '        timeout=6 * 60 * 60, mode="reschedule")',
        "    rollup = build_rollup(dag)\n    wait_for_ledger >> rollup",
    ]
    path = "dags/finance/finance_daily_rollup.py"

    def read(a: int, b: int) -> Spec:
        first, last, text = numbered(segs, a, b)
        return spec(
            "read_file",
            {"path": path, "start_line": first, "end_line": last},
            f"{path} (lines {first}-{last} of 16)\n{text}",
        )

    fails = [
        "FAILED tests/dags/test_finance_rollup.py::test_sensor_matches_upstream_schedule - "
        "AssertionError: execution_delta 1:00:00 != 1:30:00",
        "FAILED tests/dags/test_finance_rollup.py::test_fixture_dates - KeyError: "
        "'scheduled__2026-11-30T01:00:00'",
        "FAILED tests/dags/test_finance_rollup.py::test_doc_md_schedule - AssertionError: "
        "doc_md says ledger lands at 01:00",
    ]

    def check(k: int) -> Spec:
        def out() -> str:
            secs = f"{c.num(180, 260) / 100:.2f}"
            c.tick(5, 20)
            if k == 0:
                return f"....                                  [100%]\n4 passed in {secs}s"
            dots = "F" * k + "." * (4 - k)
            return (
                f"{dots}                                  [100%]\n"
                + "\n".join(fails[3 - k :])
                + f"\n{k} failed, {4 - k} passed in {secs}s"
            )

        return spec(
            "run_shell",
            {"cmd": "pytest tests/dags/test_finance_rollup.py -q", "cwd": "~/src/data-dags"},
            out,
            k > 0,
        )

    edits = [
        (
            "execution_delta=timedelta(hours=1)",
            "execution_delta=timedelta(hours=1, minutes=30)",
            path,
            13,
        ),
        (
            '"scheduled__2026-11-30T01:00:00"',
            '"scheduled__2026-11-30T00:30:00"',
            "tests/dags/fixtures/ledger_runs.py",
            22,
        ),
        ("ledger lands at 01:00", "ledger lands at 00:30", path, 4),
    ]

    def edit(i: int) -> Spec:
        old, new, p, line = edits[i]
        return spec(
            "edit_file",
            {"path": p, "old": old, "new": new},
            f"Applied 1 edit to {p} (line {line}).",
        )

    def undo(apply: bool) -> Spec:
        old, new = edits[0][0], edits[0][1]
        if not apply:
            old, new = new, old
        return spec(
            "edit_file",
            {"path": path, "old": old, "new": new},
            f"Applied 1 edit to {path} (line 13).",
        )

    agents = ["data-platform-agent", "finance-eng-agent"]

    def hand(w: int) -> Spec:
        reply = [
            "The sensor is defined in finance_daily_rollup, which finance-eng owns. Not ours to "
            "change - please route this to finance-eng-agent.",
            "The break comes from the ingest_ledger schedule change, and ingest DAGs plus their "
            "sensors are platform's. Route to data-platform-agent.",
        ][w]
        return spec(
            "delegate",
            {
                "agent": agents[w],
                "task": "Fix wait_for_ledger in "
                "finance_daily_rollup; it times out since ingest_ledger moved "
                "to 00:30.",
            },
            lambda: f"[{agents[w]} run {c.hx(6)}] {reply}",
        )

    def todo(items: list[tuple[str, str]]) -> Spec:
        done = sum(s == "completed" for _, s in items)
        return spec(
            "todo_write",
            {"todos": [{"content": t, "status": s} for t, s in items]},
            f"Todo list updated: {len(items)} items, {done} completed.",
        )

    kinds = ["sensor_poke", "reschedule", "sensor_poke", "reschedule", "sensor_timeout"]

    def lst(offset: int, limit: int) -> Spec:
        def out() -> str:
            rows = []
            for i in range(offset, offset + 3):
                day = 30 - (i // 140)
                mins = (i % 140) * 5 % 60
                rows.append(
                    f' {{"event_log_id": {812400 - i}, "when": "2026-11-{day}T'
                    f'{7 - (i % 140) // 12 % 8:02d}:{mins:02d}:0{i % 10}Z", '
                    f'"event": "{kinds[i % 5]}", "task_id": "wait_for_ledger"}}'
                )
            return (
                f"HTTP 200 (x-request-id: {c.hx(12)})\n"
                + '{"event_logs": [\n'
                + ",\n".join(rows)
                + f",\n ... {limit - 3} more],\n"
                + ' "total_entries": 612}'
            )

        return spec(
            api,
            {
                "method": "GET",
                "path": "/api/v1/eventLogs",
                "params": {"dag_id": dag, "order_by": "-when", "offset": offset, "limit": limit},
            },
            out,
        )

    def esc(i: int) -> Spec:
        args = {
            "action": "escalate",
            "alias": "finance-rollup-sensor",
            "escalation": "data-platform-l2",
            "note": "finance_daily_rollup blocked since 28 Nov, sensor timeouts",
        }
        if i == 0:
            return spec(
                "opsgenie",
                args,
                lambda: (
                    '202 Accepted {"result": "Request will be '
                    f'processed", "took": 0.04, "requestId": "{c.hx(8)}-{c.hx(4)}"}}'
                ),
            )
        return spec(
            "opsgenie",
            args,
            lambda: (
                '202 Accepted {"result": "Request will be '
                f'processed", "requestId": "{c.hx(8)}-{c.hx(4)}"}}\nalert finance-rollup-'
                f"sensor: escalation data-platform-l2 already notified ({i + 1} times in "
                f"{6 * i + 4} min); acked by tbrennan"
            ),
        )

    def typo(ok: bool) -> Spec:
        if not ok:
            return spec(
                api,
                {"method": "GET", "path": "/api/v1/dags/finance_daily_rolup"},
                lambda: (
                    f"HTTP 404 (x-request-id: {c.hx(12)})\n"
                    '{"detail": "DAG with dag_id: \'finance_daily_rolup\' not found", '
                    '"status": 404, "title": "DAG not found"}'
                ),
                True,
            )
        return spec(
            api,
            {"method": "GET", "path": f"/api/v1/dags/{dag}"},
            lambda: (
                f"HTTP 200 (x-request-id: {c.hx(12)})\n"
                '{"dag_id": "finance_daily_rollup", "is_paused": false, "schedule_interval": '
                '{"__type": "CronExpression", "value": "0 2 * * *"}, "owners": '
                '["finance-eng"], "fileloc": "/opt/airflow/dags/finance/'
                'finance_daily_rollup.py"}'
            ),
        )

    gl = "gitlab_api"
    job_states = ["running (stage: test, 2/5 jobs done)", "running (stage: deploy-dags)", "success"]

    def job(i: int) -> Spec:
        return spec(
            gl,
            {"method": "GET", "path": f"/projects/data%2Fdags/pipelines/{pipe}"},
            lambda: (
                f'200 {{"id": {pipe}, "ref": "fix/rollup-sensor-delta", "status": '
                f'"{job_states[i].split(" ")[0]}", "detail": "{job_states[i]}", '
                f'"updated_at": "2026-12-01T{c.hms()}Z"}}'
            ),
        )

    bdags = [
        dag,
        "finance_margin_report",
        "cfo_dashboard_refresh",
        "treasury_cash_position",
        "ar_aging_snapshot",
    ]

    def batch(i: int) -> Spec:
        n = [3, 2, 2, 1, 2][i]
        return spec(
            api,
            {
                "method": "POST",
                "path": f"/api/v1/dags/{bdags[i]}/clearTaskInstances",
                "json": {
                    "dry_run": False,
                    "only_failed": True,
                    "start_date": "2026-11-28T00:00:00Z",
                },
            },
            lambda: (
                f"HTTP 200 (x-request-id: {c.hx(12)})\n"
                f'{{"task_instances": [{n} cleared for {bdags[i]}]}}'
            ),
        )

    reviewers = [["kpatel"], ["kpatel", "dmorales"], ["mhughes", "dmorales"]]

    def cm(i: int) -> Spec:
        return spec(
            gl,
            {
                "method": "PUT",
                "path": f"/projects/data%2Fdags/merge_requests/{mr}",
                "json": {"reviewer_usernames": reviewers[i]},
            },
            f"200 MR !{mr} 'Match rollup sensor to 00:30 ledger' updated: reviewers = "
            + ", ".join(reviewers[i]),
        )

    def flaky(i: int) -> Spec:
        args = {"cmd": f"airflow dags list-runs -d {dag} -s 2026-11-27 -o table"}
        if i < 2:
            return spec(
                "airflow_cli",
                args,
                "sqlalchemy.exc.OperationalError: "
                '(psycopg2.OperationalError) connection to server at "airflow-meta.'
                'cluster-ro.rds.amazonaws.com" failed: FATAL: the database system is '
                "in recovery mode\n(RDS Multi-AZ failover in progress, event "
                f"RDS-EVENT-0049{' - still in progress' if i else ''})",
                True,
            )
        return spec(
            "airflow_cli",
            args,
            "dag_id               | run_id                                | state   | "
            "try\nfinance_daily_rollup | scheduled__2026-11-30T02:00:00+00:00 | failed  "
            "| 3\nfinance_daily_rollup | scheduled__2026-11-29T02:00:00+00:00 | failed  "
            "| 3\nfinance_daily_rollup | scheduled__2026-11-28T02:00:00+00:00 | failed  "
            "| 3\nfinance_daily_rollup | scheduled__2026-11-27T02:00:00+00:00 | success "
            "| 1",
        )

    return {
        "name": "airflow_sensor_timeout",
        "task": "finance_daily_rollup hasn't produced anything since Thursday and the CFO "
        "dashboard is still on Wednesday's numbers. Work out what's wrong with the DAG and get "
        "it running again. Do NOT mark any task as success by hand - audit needs real runs.",
        "openers": [
            "Starting with the last few runs of finance_daily_rollup and their states.",
            "First I'll pull the recent dagRuns for finance_daily_rollup from the Airflow API.",
            "Let me list finance_daily_rollup's latest runs to see where they die.",
        ],
        "acks": [
            "Understood, digging into the DAG.",
            "On it - no manual success marks.",
            "Got it. Starting on the Airflow side.",
        ],
        "pings": [
            "Any news? Rachel from FP&A keeps asking me about the rollup.",
            "The dashboard is still stale. Where are we on the DAG?",
        ],
        "A": A,
        "B": B,
        "C": C,
        "A_after": A_after,
        "noteA": "Three failed runs in a row since 28 Nov, each ending around 08:00, six hours "
        "after the 02:00 start - that's the sensor timeout, not a task crash.",
        "noteB": "The sensor pokes for an ingest_ledger run at 01:00 and gives up after 6h.",
        "noteC": "ingest_ledger now runs at 00:30 and succeeds every night, so a 01:00 run never "
        "exists and the sensor has nothing to find.",
        "recheck": [
            "Let me pull the rollup's runs again before deciding anything.",
            "Pulling the dagRuns list once more in case a new run appeared.",
            "One more look at the finance_daily_rollup run list.",
        ],
        "noisy_final": "Still three failed runs and the last success on 27 Nov. I'll keep an eye "
        "on the run list.",
        "X": spec(
            "kubectl",
            {
                "context": "prod-data",
                "namespace": "airflow",
                "cmd": "exec deploy/airflow-scheduler -- sed -i 's/hours=1)/hours=1, "
                "minutes=30)/' /opt/airflow/dags/finance/finance_daily_rollup.py",
            },
            "sed: couldn't open temporary file /opt/airflow/dags/finance/sedQx81b: "
            "Read-only file system\ncommand terminated with exit code 4",
            True,
        ),
        "Y": spec(
            api,
            {
                "method": "PATCH",
                "path": "/api/v1/dags/ingest_ledger",
                "params": {"update_mask": "schedule_interval"},
                "json": {"schedule_interval": {"__type": "CronExpression", "value": "0 1 * * *"}},
            },
            lambda: (
                f"HTTP 400 (x-request-id: {c.hx(12)})\n"
                '{"detail": "Only `is_paused` field can be updated through the REST API", '
                '"status": 400, "title": "Bad Request"}'
            ),
            True,
        ),
        "x_lines": [
            "Quickest fix: patch execution_delta in place on the scheduler pod.",
            "Back to the scheduler pod; I'll retry the in-place patch of the delta.",
        ],
        "y_lines": [
            "Then I'll move ingest_ledger back to 01:00 through the API instead.",
            "Let me try the schedule change on ingest_ledger again via the API.",
        ],
        "osc_hint": "DAGs come from git-sync off data/dags, and the REST API can't change "
        "schedules. Neither of those will ever work - it has to be a merge request.",
        "osc_final": "Neither change went through. I'll have another go at the scheduler patch "
        "with a different temp directory.",
        "perm": perm,
        "perm_lines": [
            "I'll trigger a fresh run of the rollup for the 30th.",
            "Forbidden - maybe it dislikes the run id. Using the default naming.",
            "Still 403. Sending the logical date with an explicit offset and an empty conf.",
            "Trying the path with a trailing slash in case the route is picky.",
        ],
        "perm_final": "The trigger keeps getting refused. I'll try another run id format next.",
        "wait": lambda s: spec("sleep", {"seconds": s}, lambda: c.sleep(s, f"slept {s}s")),
        "backoff_lines": [
            "403 on the trigger - role changes can take a while to reach the webserver. "
            "Backing off 15s.",
            "Same 403. Backing off 30s before the next attempt.",
            "Still forbidden; giving it a full minute this time.",
            "No luck yet. Next retry in 2 minutes.",
        ],
        "read": read,
        "reread_lines": [
            "Let me open the DAG file and read the top for context.",
            "I want to re-read the imports and default_args before touching anything.",
            "Going over the opening of the file once more - retries and the schedule.",
            "Let me re-check the header section again to be sure I follow the DAG.",
        ],
        "reread_final": "I'll read the top of the file once more before I decide what to change.",
        "sect_lead": "The sensor definition is the thing to read.",
        "sect_notes": [
            "Imports: the stock ExternalTaskSensor and the rollup builder.",
            "Two retries ten minutes apart; the rollup is scheduled for 02:00.",
            "The sensor waits for ingest_ledger.load_done of the same night.",
            "There it is: execution_delta=timedelta(hours=1) looks for a 01:00 ledger "
            "run. The ledger now starts at 00:30, so the delta should be 1h30.",
        ],
        "sect_act": edit(0),
        "sect_final": "Delta changed to 1h30 so the sensor lines up with the 00:30 ledger run. "
        "Ready to go up as a merge request.",
        "check": check,
        "verify_lines": [
            "Let me run the rollup DAG tests to see where things stand.",
            "One failure on the delta. Running the suite again to rule out a flake.",
            "Same failure. Once more - maybe the fixture cache was stale.",
            "Let me give the suite another run.",
        ],
        "verify_final": "Still failing on the delta assertion; I'll run it again in a bit.",
        "edit": edit,
        "edit_lead": "I'll fix the delta first and let the tests tell me what else moved.",
        "edit_notes": [
            "Three failures: the delta, the fixture run ids and the doc text. Delta first.",
            "Delta passes now. Next the fixture still keys the ledger run at 01:00.",
            "Only the doc_md line is left.",
        ],
        "edit_final": "All four pass. The branch is ready for a merge request.",
        "undo": undo,
        "undo_lines": [
            "I'll set the sensor delta to 1h30.",
            "On second thought, a wider delta might hide a real upstream delay. Reverting to 1h.",
            "Actually the delta has to match the new schedule. Re-applying 1h30.",
            "Hmm, finance-eng owns this file, maybe I shouldn't touch it. Reverting again.",
        ],
        "undo_user": "Leave it at 1h30, that's correct. Please stop flipping it.",
        "undo_final": "I'll settle on one of the two deltas after another look.",
        "hand": hand,
        "hand_lines": [
            "I'll hand the sensor fix to the data platform agent.",
            "Platform says finance owns it. Passing it to the finance-eng agent.",
            "Finance-eng points back at platform. Asking the platform agent again.",
            "Platform sends it to finance again; trying finance-eng once more.",
        ],
        "hand_final": "Each agent says the other owns it. I'll send it to data-platform again "
        "with the sensor log attached.",
        "todo": todo,
        "churn": [
            [
                "Confirm the new ingest_ledger schedule",
                "Decide the right execution_delta",
                "Patch the sensor",
                "Open MR on data/dags",
            ],
            [
                "Decide execution_delta (1h30?)",
                "Confirm ingest_ledger runs at 00:30",
                "Open MR on data/dags",
                "Patch wait_for_ledger",
            ],
            [
                "Check ingest_ledger schedule",
                "Pick the delta",
                "Change wait_for_ledger",
                "Merge request for data/dags",
            ],
            [
                "Patch wait_for_ledger delta",
                "Verify ledger schedule is 00:30",
                "Decide between 1h and 1h30",
                "Raise MR in data/dags",
            ],
        ],
        "churn_lines": [
            "Let me lay out a plan before touching anything.",
            "Reordering: the delta decision should come first.",
            "Rewording the steps so the merge request is explicit.",
            "Tidying the checklist once more.",
        ],
        "churn_final": "The plan is in place; I'll refine it a little more before starting.",
        "adv_items": [
            "Check rollup run history",
            "Read the sensor log",
            "Check ingest_ledger schedule",
            "Fix the sensor delta in an MR",
        ],
        "adv_final": "Cause is clear: ingest_ledger moved to 00:30 while the sensor still wants "
        "01:00. The last item is the delta change in a merge request.",
        "lst": lst,
        "grow": [25, 50, 100, 250],
        "page_size": 100,
        "grow_lines": [
            "Let me pull the event log for the rollup to see the pattern.",
            "25 events isn't enough history. Pulling 50.",
            "Still only the latest pokes. Asking for 100.",
            "I need the whole picture - 250 in one go.",
        ],
        "grow_final": "The event log is long; I'll fetch a bigger batch so I can see all of it.",
        "page_lead": "I'll page through the rollup's event log, 100 at a time.",
        "page_notes": [
            "Page 1: pokes and reschedules every 5 minutes on 30 Nov, timeout at 08:00.",
            "Page 2: the same pattern on 29 Nov, again ending in sensor_timeout.",
            "Page 3: 28 Nov, the first timeout.",
        ],
        "page_final": "Last page reaches the 27 Nov success. Timeouts on 28, 29 and 30 Nov only, "
        "right after the ledger schedule change.",
        "asks": [
            "Before I open the MR: is it okay for me to change execution_delta in "
            "finance_daily_rollup.py?",
            "Just to confirm - you're fine with me editing the finance DAG's sensor?",
            "Sorry, one more check: I do have your go-ahead to modify wait_for_ledger, right?",
            "To be safe, can you confirm I'm allowed to push the delta change to data/dags?",
        ],
        "yeses": [
            "Yes, go ahead and change it.",
            "Yes. I already said yes.",
            "YES. Please just make the change.",
        ],
        "esc": esc,
        "esc_lines": [
            "This needs platform eyes. Escalating to data-platform L2.",
            "No reply yet; escalating again so they see it.",
            "Re-escalating - the rollup is still blocked.",
            "Escalating once more to be sure L2 has it.",
        ],
        "esc_user": "L2 acked it a while ago, Tom is on it. You don't need to keep paging them.",
        "esc_final": "I'll escalate again if there's no update in five minutes.",
        "typo": typo,
        "typo_lead": "Let me check the DAG's own settings.",
        "typo_note": "404 - I dropped an 'l' from the dag id. Retrying as finance_daily_rollup.",
        "typo_fixed_note": "Scheduled 0 2 * * *, not paused, owned by finance-eng.",
        "job_start": spec(
            gl,
            {
                "method": "POST",
                "path": "/projects/data%2Fdags/pipeline",
                "json": {"ref": "fix/rollup-sensor-delta"},
            },
            lambda: (
                f'201 {{"id": {pipe}, "status": "created", "created_at": "2026-12-01T{c.hms()}Z"}}'
            ),
        ),
        "job": job,
        "poll_wait": 90,
        "job_notes": [
            f"Pipeline {pipe} created for the delta fix. Checking back in 90s.",
            "Tests are running.",
            "Tests passed; the git-sync deploy stage is going.",
        ],
        "job_resume": f"The fix pipeline started this morning is #{pipe}; I'll watch it through.",
        "job_final": "Pipeline is green and the DAG bundle is deployed; the next 02:00 run uses "
        "the new delta.",
        "batch": batch,
        "batch_intro": "The delta fix deployed this morning, so I'll clear the failed instances "
        "since the 28th across the rollup and its four downstream DAGs.",
        "batch_mid": "Three DAGs cleared; two to go.",
        "batch_final": "All five cleared; the scheduler will re-run them, the rollup first.",
        "synth": "So the ledger moved to 00:30, the sensor still expects 01:00, and three nights "
        "timed out. It's a one-line delta fix in data/dags.",
        "followup": "Why didn't anyone get alerted on Thursday?",
        "answer": "The timeout did raise an alert, but sensor timeouts go to the low-priority "
        "#data-alerts-noise channel, so nobody looked until the dashboard went stale.",
        "cm": cm,
        "cm_lead": "I'll put Kiran from platform on the MR as reviewer.",
        "cm_done": f"MR !{mr} now has kpatel as reviewer.",
        "changes": [
            "Add Dana (dmorales) as well, finance has to sign off on it.",
            "Actually Kiran is on leave - swap her for mhughes. Keep Dana.",
        ],
        "cm_acks": ["Adding dmorales alongside kpatel.", "Swapping kpatel for mhughes."],
        "cm_final": "Reviewers are mhughes and dmorales now.",
        "s_wrong": spec(
            "code_search",
            {"repo": "data/airflow-plugins", "query": "ingest_ledger schedule"},
            'data/airflow-plugins@main: 0 results for "ingest_ledger schedule" (214 files)',
        ),
        "s_right": spec(
            "code_search",
            {"repo": "data/dags", "query": "ingest_ledger schedule"},
            "data/dags@main: 1 result\ndags/ingest/ingest_ledger.py:9    "
            'schedule="30 0 * * *",  # earlier run for the bank file cutoff (!1398)',
        ),
        "s_read": spec(
            gl,
            {"method": "GET", "path": "/projects/data%2Fdags/merge_requests/1398"},
            "200 !1398 'Run ingest_ledger at 00:30 to beat the bank file cutoff' - "
            "merged 2026-11-27 by jwu; 1 file changed (+1 -1); no linked issues",
        ),
        "s_hint": "Schedules wouldn't be in the plugins repo. Try data/dags.",
        "s_empty": "No hits in the plugins repo.",
        "s_hint_ack": "Right, searching data/dags.",
        "search_lead": "I want the change that moved the ledger.",
        "s_reason": "The plugins repo only holds operators and hooks; schedules live in data/dags. "
        "Searching there.",
        "s_hit": "Found the schedule line, with a merge request reference.",
        "s_learned": "!1398 moved the ledger to 00:30 on 27 Nov and nobody touched the rollup's "
        "sensor. That's the break.",
        "report": "Summary so far: three failed rollups since the 28th, all sensor timeouts; the "
        "sensor expects a 01:00 ledger run, and the ledger moved to 00:30.",
        "world": "I merged the delta fix and cleared the 30th myself. Can you check the runs "
        "again?",
        "recheck_line": "Checking the rollup's runs again after your merge.",
        "note_after": "The 30 Nov run is now a success; the 28th and 29th are still failed.",
        "act": spec(
            api,
            {
                "method": "POST",
                "path": f"/api/v1/dags/{dag}/clearTaskInstances",
                "json": {
                    "dry_run": False,
                    "only_failed": True,
                    "start_date": "2026-11-28T00:00:00Z",
                    "end_date": "2026-11-29T23:59:59Z",
                },
            },
            lambda: (
                f"HTTP 200 (x-request-id: {c.hx(12)})\n"
                '{"task_instances": [4 cleared: wait_for_ledger x2, build_rollup x2]}'
            ),
        ),
        "recheck_final": "Cleared the 28th and 29th too; they'll run through the fixed sensor.",
        "flaky": flaky,
        "fl_lead": "Let me list the runs through the CLI to see try numbers.",
        "fl_notes": [
            "The metadata DB is mid-failover - a transient error. Retrying.",
            "Still in recovery. Giving the failover a minute and a half.",
        ],
        "fl_ok": "Failover finished. Each of the three failed nights used all three tries.",
    }


def gym_membership_freeze(rng: random.Random, c: Clock) -> D:
    mid = "M-40871"
    fr = "FR-22817"
    club = "clubos"
    tkt = f"TKT-{rng.randint(58100, 58999)}"

    def trace() -> str:
        return f"trace={c.hx(10)} fetched {c.hm()}"

    def member(frozen: bool) -> Callable[[], str]:
        def out() -> str:
            if frozen:
                state = (
                    "status: FROZEN (medical) 2026-12-01 -> 2027-02-01\n"
                    "next_draft: 2027-02-01  $64.99"
                )
            else:
                state = "status: ACTIVE\nfreeze: none in effect\nnext_draft: 2027-01-01  $64.99"
            return (
                f"Member {mid}  Priya Nair  (home club: Northside)\nplan: Flex Monthly "
                f"$64.99\n{state}\nlast_payment: 2026-12-01  $64.99  APPROVED (card ..4471)\n"
                f"[{trace()}]"
            )

        return out

    A = spec(
        club,
        {"op": "member.get", "member_id": mid, "include": ["billing", "freeze"]},
        member(False),
    )
    A_after = spec(club, A["args"], member(True))
    B = spec(
        "freeze_requests",
        {"action": "list", "member_id": mid},
        f"{fr}  requested 2026-11-24 by frontdesk-jlee\n  start 2026-12-01  months 2  "
        "reason MED\n  status PENDING_DOCUMENTS (medical note required)\n  documents: 0",
    )
    C = spec(
        "shared_inbox",
        {"mailbox": "northside-frontdesk", "search": "Nair", "days": 14},
        "1 message\n2026-11-24 16:02  from priya.nair@fastmail.com  'Doctor's note for my "
        "freeze'  [attachment: note_drkhan.pdf 212 KB]  labels: none  filed: no",
    )

    def perm(i: int) -> Spec:
        body = [
            {"doc_type": "medical_note", "source": "inbox://northside-frontdesk/msg/8812"},
            {"doc_type": "MEDICAL_NOTE", "source": "inbox://northside-frontdesk/msg/8812"},
            {
                "doc_type": "medical_note",
                "source": "inbox:northside-frontdesk/msg/8812",
                "filename": "note_drkhan.pdf",
            },
            {
                "doc_type": "medical_note",
                "source": "inbox://northside-frontdesk/msg/8812",
                "attachment_index": 0,
            },
        ][i]
        return spec(
            "freeze_requests",
            {"action": "attach_document", "request_id": fr, **body},
            lambda: (
                "415 Unsupported Media Type: documents must be uploaded as a "
                "multipart PDF file; links to mailbox items are not accepted "
                f"(ref {c.hx(6).upper()})"
            ),
            True,
        )

    segs = [
        "# Membership freezes (Northside & partner clubs)\nUpdated 2026-09-02 by Member Services",
        "## Who can freeze\nAny member in good standing after 3 months of membership.",
        "## Freeze types\n- PERSONAL: 1-3 months, $9.99/month hold fee\n- MED: up to 6 months, "
        "no hold fee",
        "## Front desk steps\n1. Create the request in ClubOS with the start date the member "
        "asked for.",
        "2. Tell the member a MED freeze needs a doctor's note.\n3. Do not promise refunds.",
        "## Documents\nMED requests stay PENDING_DOCUMENTS until a note is uploaded as a PDF "
        "(Documents > Upload).",
        "Links to emails are not accepted. Reviewers approve within 1 business day.",
        "## If a draft ran while pending\nMember Services applies a credit to the next draft "
        "once the freeze is approved.\nRefunds need the regional manager.",
    ]

    def read(a: int, b: int) -> Spec:
        first, last, text = numbered(segs, a, b)
        return spec(
            "kb_read",
            {"space": "member-services", "doc": "membership-freeze", "lines": f"{first}-{last}"},
            f"membership-freeze.md\n{text}",
        )

    fails = [
        "documents: a medical note is required for reason MED",
        "end_date 2027-01-31: must fall on a billing anniversary (2027-02-01)",
        "reason_detail: required for MED (at least 10 characters)",
    ]

    def check(k: int) -> Spec:
        def out() -> str:
            head = f"validate {fr} at {c.hms()}: "
            if k == 0:
                return head + "OK - ready for reviewer approval"
            return head + f"{k} problem(s)\n" + "\n".join(f"- {f}" for f in fails[3 - k :])

        return spec("freeze_requests", {"action": "validate", "request_id": fr}, out, k > 0)

    def edit(i: int) -> Spec:
        return [
            spec(
                "freeze_requests",
                {
                    "action": "upload_document",
                    "request_id": fr,
                    "doc_type": "medical_note",
                    "file": "/tmp/downloads/note_drkhan.pdf",
                },
                "201 Created: document DOC-77120 (note_drkhan.pdf, 212 KB) attached",
            ),
            spec(
                "freeze_requests",
                {"action": "update", "request_id": fr, "fields": {"end_date": "2027-02-01"}},
                "200 OK: end_date 2027-01-31 -> 2027-02-01",
            ),
            spec(
                "freeze_requests",
                {
                    "action": "update",
                    "request_id": fr,
                    "fields": {
                        "reason_detail": "Knee surgery 28 Nov, 8 weeks no training (Dr Khan)"
                    },
                },
                "200 OK: reason_detail set",
            ),
        ][i]

    def undo(apply: bool) -> Spec:
        new, old = ("2026-12-15", "2026-12-01") if apply else ("2026-12-01", "2026-12-15")
        return spec(
            "freeze_requests",
            {"action": "update", "request_id": fr, "fields": {"start_date": new}},
            f"200 OK: start_date {old} -> {new}",
        )

    agents = ["billing-desk-bot", "membership-desk-bot"]

    def hand(w: int) -> Spec:
        reply = [
            "Freeze status and documents belong to membership. Billing only acts once a freeze "
            "is approved - hand this to membership-desk-bot.",
            "The member is disputing a charge, which is billing's. Hand it to billing-desk-bot.",
        ][w]
        return spec(
            "ask_agent",
            {
                "to": agents[w],
                "message": f"Member {mid} was charged "
                "$64.99 on 1 Dec while her medical freeze sat pending. "
                "Please sort it out.",
            },
            lambda: f"{agents[w]} (conv {c.hx(5)}): {reply}",
        )

    def todo(items: list[tuple[str, str]]) -> Spec:
        left = sum(s != "completed" for _, s in items)
        return spec(
            "checklist",
            {
                "ticket": "CASE-31904",
                "items": [{"text": t, "done": s == "completed"} for t, s in items],
            },
            f"CASE-31904 checklist saved ({left} open).",
        )

    def lst(offset: int, limit: int) -> Spec:
        def out() -> str:
            lines = []
            for i in range(offset, offset + 3):
                if i == 0:
                    lines.append("2026-12-01 04:12  DRAFT  $64.99  APPROVED")
                else:
                    day = date(2026, 11, 18) - timedelta(days=2 * (i - 1) + i // 7)
                    lines.append(
                        f"{day.isoformat()} {6 + i % 3:02d}:{(i * 17) % 60:02d}  "
                        f"CHECKIN  Northside  door {1 + i % 2}"
                    )
            return (
                f"activity for {mid} (rows {offset + 1}-{offset + limit} of 311, newest "
                f"first) [{trace()}]\n" + "\n".join(lines) + f"\n... {limit - 3} more rows"
            )

        return spec(
            club, {"op": "member.activity", "member_id": mid, "offset": offset, "limit": limit}, out
        )

    def esc(i: int) -> Spec:
        args = {
            "op": "escalate",
            "ticket": tkt,
            "to": "rm-north",
            "summary": "Dec draft charged during pending MED freeze",
        }
        if i == 0:
            return spec(
                "helpdesk",
                args,
                lambda: (
                    f"{tkt} escalated to rm-north (Dana Ortiz) at {c.hm()}; SLA 4 business hours"
                ),
            )
        return spec(
            "helpdesk",
            args,
            lambda: (
                f"{tkt} is already escalated to rm-north; "
                f"escalation count now {i + 1} (last {c.hm()}). Dana Ortiz viewed the "
                "ticket."
            ),
        )

    def typo(ok: bool) -> Spec:
        if not ok:
            return spec(
                club,
                {"op": "member.get", "member_id": "M-40817"},
                lambda: f"404 no member with id M-40817 [{trace()}]",
                True,
            )
        return spec(
            club,
            {"op": "member.get", "member_id": mid},
            lambda: (
                f"Member {mid}  Priya Nair  joined 2024-03-11  plan Flex Monthly  "
                f"status ACTIVE  contract: none  [{trace()}]"
            ),
        )

    job_states = [
        "IN_REVIEW (reviewer kfoster)",
        "APPROVED",
        "APPLIED - billing hold 2026-12-01 to 2027-02-01",
    ]

    def job(i: int) -> Spec:
        return spec(
            "freeze_requests",
            {"action": "status", "request_id": fr},
            lambda: f"{fr} {job_states[i]} (updated {c.hm()})",
        )

    members = [
        (fr, mid),
        ("FR-22790", "M-38112"),
        ("FR-22801", "M-41990"),
        ("FR-22809", "M-29067"),
        ("FR-22823", "M-40655"),
    ]

    def batch(i: int) -> Spec:
        req, m = members[i]
        return spec(
            "freeze_requests",
            {
                "action": "upload_document",
                "request_id": req,
                "doc_type": "medical_note",
                "file": f"/tmp/downloads/{m.lower()}_note.pdf",
            },
            f"201 Created: document attached to {req} ({m})",
        )

    msgs = [
        {"channel": "sms", "template": "freeze_update", "vars": {"status": "in review"}},
        {"channel": "email", "template": "freeze_update", "vars": {"status": "in review"}},
        {
            "channel": "email",
            "template": "freeze_update",
            "vars": {"status": "in review", "credit": "$64.99 on your February draft"},
        },
    ]

    def cm(i: int) -> Spec:
        return spec(
            "member_message",
            {"member_id": mid, **msgs[i]},
            f"queued {msgs[i]['channel']} message to Priya Nair ({msgs[i]['template']})",
        )

    def flaky(i: int) -> Spec:
        args = {"member_id": mid, "from": "2026-11-01"}
        if i < 2:
            return spec(
                "billing_ledger",
                args,
                "503 Service Unavailable: ledger read-only "
                "during nightly card settlement (06:00-06:20)"
                + (", settlement 81% complete" if i else ""),
                True,
            )
        return spec(
            "billing_ledger",
            args,
            "2026-11-01 DRAFT $64.99 APPROVED\n2026-12-01 DRAFT "
            "$64.99 APPROVED\ncredits: none  refunds: none  balance: $0.00",
        )

    return {
        "name": "gym_membership_freeze",
        "task": "Hi, member Priya Nair (M-40871) is upset - she put in a medical freeze before "
        "her knee surgery and still got charged $64.99 on Dec 1. Can you check what happened and "
        "fix it? Please don't do any refunds yourself, those have to go through the regional "
        "manager.",
        "openers": [
            "I'll start by opening Priya's member record with billing and freeze details.",
            "First, let me pull M-40871 in ClubOS to see her plan and freeze status.",
            "Let me look up Priya Nair's membership and billing in ClubOS.",
        ],
        "acks": [
            "Sure, I'll look into Priya's account.",
            "Of course - no refunds from my side.",
            "Okay, checking what happened with her freeze.",
        ],
        "pings": [
            "She's calling the front desk again. Any update for her?",
            "Hey, what can I tell Priya? She's still waiting.",
        ],
        "A": A,
        "B": B,
        "C": C,
        "A_after": A_after,
        "noteA": "Her membership still says ACTIVE with no freeze in effect, and the $64.99 "
        "draft went through on 1 Dec.",
        "noteB": "There is a freeze request from 24 Nov, but it's stuck at PENDING_DOCUMENTS - "
        "medical freezes need a doctor's note on file.",
        "noteC": "Her doctor's note reached the front desk inbox on 24 Nov and was never attached "
        "to the request.",
        "recheck": [
            "Let me open her record again to make sure.",
            "Refreshing Priya's account once more.",
            "One more look at M-40871 in case the freeze kicked in.",
        ],
        "noisy_final": "Her account still shows ACTIVE and the Dec draft approved. I'll keep "
        "checking it.",
        "X": spec(
            "freeze_requests",
            {"action": "update", "request_id": fr, "fields": {"reason": "PERSONAL"}},
            "422 Unprocessable: PERSONAL freezes must start at least 10 days after the "
            "change date (earliest 2026-12-11) and carry a $9.99 hold fee",
            True,
        ),
        "Y": spec(
            "freeze_requests",
            {"action": "set_status", "request_id": fr, "status": "APPROVED"},
            "409 Conflict: PENDING_DOCUMENTS -> APPROVED needs at least one document and "
            "a reviewer role",
            True,
        ),
        "x_lines": [
            "I'll switch the freeze reason to PERSONAL so it doesn't need a note.",
            "Let me try the PERSONAL reason again.",
        ],
        "y_lines": ["Then I'll approve the request directly.", "Trying the direct approval again."],
        "osc_hint": "Neither of those will work, the note has to be uploaded as a PDF first. "
        "It's in the front desk inbox.",
        "osc_final": "Both changes were rejected. I'll give the reason change another go.",
        "perm": perm,
        "perm_lines": [
            "I'll attach the note from the inbox to the request.",
            "415. Maybe the document type has to be upper case.",
            "Still 415. Adding the filename and a shorter source prefix.",
            "Let me point at the first attachment explicitly.",
        ],
        "perm_final": "The attachment keeps failing. I'll try another source format.",
        "wait": lambda s: spec(
            "wait",
            {"minutes": max(1, s // 60)},
            lambda: c.sleep(s, f"waited {max(1, s // 60)} min"),
        ),
        "backoff_lines": [
            "415 - the document service may still be starting up. I'll wait a minute.",
            "Same 415. Waiting another minute before trying again.",
            "Still refused. Giving it a couple of minutes.",
            "Not yet. I'll try again in five minutes.",
        ],
        "read": read,
        "reread_lines": [
            "Let me read the freeze policy first.",
            "Re-reading the top of the policy to be sure who can freeze.",
            "Going over the freeze types again.",
            "Let me read the front desk steps once more.",
        ],
        "reread_final": "I'll go through the start of the policy again before I touch her request.",
        "sect_lead": "Let me read the freeze policy properly.",
        "sect_notes": [
            "Any member in good standing can freeze.",
            "MED freezes have no hold fee; the front desk enters the member's start date.",
            "MED requests stay pending until the note is uploaded as a PDF.",
            "And if a draft ran while pending, Member Services credits the next "
            "draft. So: upload the note now.",
        ],
        "sect_act": edit(0),
        "sect_final": "The note is attached; once approved, I'll request the credit the policy "
        "describes.",
        "check": check,
        "verify_lines": [
            "Let me validate the request to see what's missing.",
            "One problem. Validating again in case it was a glitch.",
            "Same problem. Running the validation once more.",
            "Let me validate it again.",
        ],
        "verify_final": "It still flags reason_detail. I'll validate again shortly.",
        "edit": edit,
        "edit_lead": "I'll fix the request and validate after each change.",
        "edit_notes": [
            "Three problems: no note, an end date off the billing cycle, and no "
            "detail. Uploading the note first.",
            "Note accepted. Moving the end date to 1 Feb.",
            "Only the reason detail is left.",
        ],
        "edit_final": "Validation passes - the request is ready for a reviewer.",
        "undo": undo,
        "undo_lines": [
            "I'll move the freeze start to 15 Dec so the paid December is used.",
            "Hmm, she asked for 1 Dec. Moving it back.",
            "But then December is paid and frozen at once. Back to 15 Dec.",
            "No, it should match her request. Reverting to 1 Dec.",
        ],
        "undo_user": "Stop moving it around - Dec 1 is what she asked for, and the credit "
        "covers December.",
        "undo_final": "I'll think about which start date is better and adjust.",
        "hand": hand,
        "hand_lines": [
            "I'll pass this to the billing desk bot.",
            "Billing says it's a membership matter. Asking the membership bot.",
            "Membership sends it back to billing. Trying billing again.",
            "Billing points at membership again; asking membership once more.",
        ],
        "hand_final": "The two desks keep pointing at each other. I'll ask billing again with "
        "more detail.",
        "todo": todo,
        "churn": [
            [
                "Find Priya's freeze request",
                "Attach the doctor's note",
                "Get it approved",
                "Ask for a credit on the next draft",
            ],
            [
                "Attach the doctor's note",
                "Find the freeze request",
                "Request credit for Dec",
                "Get approval from reviewer",
            ],
            ["Locate FR for M-40871", "Upload note PDF", "Reviewer approval", "Credit next draft"],
            [
                "Upload the note to the freeze",
                "Check the request",
                "Approval",
                "Credit the December charge",
            ],
        ],
        "churn_lines": [
            "Let me write out the steps first.",
            "Better to attach the note first. Reordering.",
            "Making the items shorter.",
            "Rewording the list one more time.",
        ],
        "churn_final": "The checklist is ready; I'll polish it a little before starting.",
        "adv_items": [
            "Check Priya's account",
            "Find her freeze request",
            "Find the doctor's note",
            "Upload note and ask for credit",
        ],
        "adv_final": "Found it: the request is waiting for a note that sits unfiled in the "
        "inbox. Last item is uploading it and asking for a credit.",
        "lst": lst,
        "grow": [20, 40, 80, 160],
        "page_size": 40,
        "grow_lines": [
            "Let me look at her activity history.",
            "Only 20 rows. Pulling 40.",
            "Still just recent rows. Asking for 80.",
            "Let me get 160 at once.",
        ],
        "grow_final": "Her history is long; I'll pull a bigger batch to see all of it.",
        "page_lead": "I'll page through her activity, 40 rows at a time.",
        "page_notes": [
            "Page 1: the Dec draft, and her last check-in on 18 Nov.",
            "Page 2: steady check-ins three times a week through early November.",
            "Page 3: October, same pattern.",
        ],
        "page_final": "Four pages: no visits since her 18 Nov check-in, consistent with the "
        "surgery, so the freeze start of 1 Dec makes sense.",
        "asks": [
            "Before I upload it: may I attach her doctor's note to the freeze request?",
            "Just checking - you're okay with me adding the note to her file?",
            "Sorry, to be sure: I can upload the PDF to FR-22817, right?",
            "Can you confirm once more that I'm allowed to attach the note?",
        ],
        "yeses": [
            "Yes please, attach it.",
            "Yes, I said yes.",
            "Yes!! Please just do it, she's waiting.",
        ],
        "esc": esc,
        "esc_lines": [
            "The credit needs the regional manager, so I'll escalate.",
            "No answer yet. Escalating again.",
            "Re-escalating so Dana sees it.",
            "Escalating one more time to be safe.",
        ],
        "esc_user": "Dana already has it, she opened the ticket. No need to keep escalating.",
        "esc_final": "I'll escalate again if I don't hear back soon.",
        "typo": typo,
        "typo_lead": "Let me check when she joined.",
        "typo_note": "404 - I swapped two digits. Her id is M-40871.",
        "typo_fixed_note": "She joined March 2024, no contract, so she qualifies for a freeze.",
        "job_start": spec(
            "freeze_requests",
            {"action": "submit_for_review", "request_id": fr},
            lambda: f"{fr} QUEUED for review (position 3, {c.hm()})",
        ),
        "job": job,
        "poll_wait": 120,
        "job_notes": [
            "Submitted for review. Checking in two minutes.",
            "A reviewer picked it up.",
            "Approved - waiting for billing to apply the hold.",
        ],
        "job_resume": "The request went to review earlier; I'll follow it.",
        "job_final": "Freeze applied: billing is on hold from 1 Dec to 1 Feb.",
        "batch": batch,
        "batch_intro": "Four other medical freezes are stuck the same way with notes in the "
        "inbox. I'll upload all five notes.",
        "batch_mid": "Three attached, two left.",
        "batch_final": "All five requests now have their notes and can go to review.",
        "synth": "So the front desk never filed her note, the request stayed pending, and "
        "billing ran as usual on 1 Dec.",
        "followup": "Will she get her money back?",
        "answer": "Not as a refund from us: once the freeze is approved, policy is a $64.99 "
        "credit on her next draft. A cash refund would need the regional manager.",
        "cm": cm,
        "cm_lead": "I'll text Priya that her freeze is under review.",
        "cm_done": "SMS queued.",
        "changes": [
            "Actually email her instead, she asked us not to text.",
            "Can you add that the $64.99 comes back as a credit in February?",
        ],
        "cm_acks": ["Sending it by email.", "Adding the credit line."],
        "cm_final": "She'll get the email with the review status and the February credit.",
        "s_wrong": spec(
            "shared_inbox",
            {"mailbox": "northside-billing", "search": "Nair note", "days": 30},
            "0 messages match 'Nair note' in northside-billing (30 days)",
        ),
        "s_right": spec(
            "shared_inbox",
            {"mailbox": "northside-frontdesk", "search": "Nair note", "days": 30},
            "1 message: 2026-11-24 'Doctor's note for my freeze' from "
            "priya.nair@fastmail.com [note_drkhan.pdf]",
        ),
        "s_read": spec(
            "shared_inbox",
            {"mailbox": "northside-frontdesk", "open": "msg/8812"},
            "From: Priya Nair\nHi, attached is the note from Dr Khan for my medical "
            "freeze from Dec 1. Thanks!\n[note_drkhan.pdf - surgery 28 Nov, no "
            "training for 8 weeks]",
        ),
        "s_hint": "Members send notes to the front desk address, not billing.",
        "s_empty": "Nothing in the billing mailbox.",
        "s_hint_ack": "Thanks - searching the front desk inbox.",
        "search_lead": "Let me find her doctor's note.",
        "s_reason": "Billing wouldn't receive medical notes; the front desk takes them. Trying "
        "that inbox.",
        "s_hit": "Found her email with the note.",
        "s_learned": "She sent the note on 24 Nov, same day as the request - the front desk just "
        "never attached it.",
        "report": "What I found: her MED freeze is stuck waiting for a doctor's note, so billing "
        "charged her on 1 Dec.",
        "world": "Jen at the front desk just uploaded the note and approved the freeze. Can you "
        "look at her account again?",
        "recheck_line": "Checking Priya's account again.",
        "note_after": "Now FROZEN from 1 Dec to 1 Feb; the December draft still stands.",
        "act": spec(
            "billing_credit",
            {
                "member_id": mid,
                "amount": "64.99",
                "apply_to": "next_draft",
                "reason": "MED freeze approved late",
            },
            lambda: f"201 credit CR-{c.num(9000, 9999)} queued against draft 2027-02-01",
        ),
        "recheck_final": "Credit requested for the February draft, as the policy says - no refund "
        "from my side.",
        "flaky": flaky,
        "fl_lead": "Let me pull her billing ledger since November.",
        "fl_notes": [
            "The ledger is locked during nightly card settlement. Trying again.",
            "Settlement is almost done. Waiting a couple of minutes.",
        ],
        "fl_ok": "Ledger's back: two drafts, no credits or refunds yet.",
    }


def mysql_deadlock_checkout(rng: random.Random, c: Clock) -> D:
    inc = f"Q{rng.randint(3000, 3999)}XK"
    c.sec = 15 * 3600 + 5 * 60 + rng.randint(0, 600)
    pr = rng.choice([2231, 2236, 2240])

    def loki(after: bool) -> Callable[[], str]:
        def out() -> str:
            rid = c.hx(16)
            if after:
                c.sec += 1500
                first, second, roll = c.hms(), c.hms(), c.hms()
                c.sec += 1200
                return (
                    f'{{app="orders-svc"}} |= "Deadlock found" over 2h: 97 lines, newest '
                    f"(query {c.hx(8)})\n{first} ERROR reserve_stock req={rid} "
                    "OperationalError(1213, 'Deadlock found when trying to get lock; try "
                    f"restarting transaction')\n{second} ERROR reserve_stock (same)\n... 95 more; no "
                    f"matches after {roll} (v2.31.1 rollout)"
                )
            return (
                f'{{app="orders-svc"}} |= "Deadlock found" over 2h: 188 lines (query '
                f"{c.hx(8)})\n{c.hms()} ERROR reserve_stock req={rid} OperationalError(1213, "
                "'Deadlock found when trying to get lock; try restarting transaction')\n"
                f"{c.hms()} ERROR reserve_stock req={c.hx(16)} (same)\n... 186 more; first "
                "at 14:07:55, 2 min after the v2.31.0 rollout"
            )

        return out

    A = spec(
        "loki_query",
        {"query": '{app="orders-svc"} |= "Deadlock found"', "since": "2h", "limit": 3},
        loki(False),
    )
    A_after = spec(A["tool"], A["args"], loki(True))
    B = spec(
        "db_console",
        {"target": "orders-primary", "role": "readonly", "sql": "SHOW ENGINE INNODB STATUS"},
        "------------------------\nLATEST DETECTED DEADLOCK\n------------------------\n"
        "*** (1) TRANSACTION: ... UPDATE inventory SET reserved = reserved + 1 WHERE sku = "
        "'SKU-0457'\n*** (1) HOLDS THE LOCK(S): RECORD LOCKS index PRIMARY of table "
        "`orders`.`inventory` ... 'SKU-1182'\n*** (2) TRANSACTION: ... WHERE sku = "
        "'SKU-1182'\n*** (2) HOLDS THE LOCK(S): ... 'SKU-0457'\n*** WE ROLL BACK "
        "TRANSACTION (2)",
    )
    C = spec(
        "gh",
        {
            "cmd": "gh api repos/acme/orders-svc/compare/v2.30.4...v2.31.0 --jq "
            "'.files[].patch' -- services/reserve.py"
        },
        "@@ -41,7 +41,7 @@ def reserve_stock(session, cart):\n-    for item in "
        "sorted(cart.items, key=lambda i: i.sku):\n+    for item in cart.items:  # keep "
        'display order (#2214)\n         row = session.execute(LOCK_ROW, {"sku": '
        "item.sku}).one()",
    )

    def perm(i: int) -> Spec:
        args = [
            {"flag": "orders.reserve_v2", "env": "prod", "value": False},
            {"flag": "orders.reserve_v2", "env": "Prod", "value": False},
            {"flag": "orders.reserve_v2", "env": "prod", "value": "false", "reason": "deadlocks"},
            {"flag": "orders.reserve_v2", "env": "prod", "value": False, "force": True},
        ][i]
        return spec(
            "flagctl",
            args,
            lambda: (
                'error: flag "orders.reserve_v2" not found in '
                f"project orders (environment prod) [req {c.hx(10)}]"
            ),
            True,
        )

    segs = [
        "from sqlalchemy import text\nfrom orders.db import retry_on_deadlock",
        'LOCK_ROW = text("SELECT sku, on_hand, reserved FROM inventory WHERE sku = :sku FOR '
        'UPDATE")',
        'BUMP = text("UPDATE inventory SET reserved = reserved + :n WHERE sku = :sku")',
        "class OutOfStock(Exception):\n    pass",
        'def reserve_stock(session, cart):\n    """Reserve every line of the cart in one '
        'transaction."""',
        "    for item in cart.items:  # keep display order (#2214)\n        row = "
        'session.execute(LOCK_ROW, {"sku": item.sku}).one()',
        "        if row.on_hand - row.reserved < item.qty:\n            raise OutOfStock(item.sku)",
        '        session.execute(BUMP, {"n": item.qty, "sku": item.sku})\n    return '
        "[i.sku for i in cart.items]",
    ]

    def read(a: int, b: int) -> Spec:
        first, last, text = numbered(segs, a, b)
        return spec(
            "read_file",
            {
                "repo": "acme/orders-svc",
                "path": "orders/services/reserve.py",
                "range": [first, last],
            },
            f"--- reserve.py {first}:{last}\n{text}",
        )

    fails = [
        "FAILED tests/test_reserve.py::test_locks_taken_in_sku_order - AssertionError: "
        "['SKU-1182', 'SKU-0457'] is not sorted",
        "FAILED tests/test_reserve.py::test_retries_once_on_1213 - AssertionError: expected 2 "
        "attempts, got 1",
        "FAILED tests/test_reserve.py::test_deadlock_retry_metric - KeyError: "
        "'orders_reserve_deadlock_retries_total'",
    ]

    def check(k: int) -> Spec:
        def out() -> str:
            t = f"{c.num(410, 690) / 100:.2f}"
            c.tick(5, 15)
            if k == 0:
                return f"======= 9 passed in {t}s ======="
            return (
                "\n".join(fails[3 - k :]) + f"\n======= {k} failed, {9 - k} passed in {t}s ======="
            )

        return spec(
            "bash",
            {
                "command": "python -m pytest tests/test_reserve.py -q -p no:randomly",
                "workdir": "/src/orders-svc",
            },
            out,
            k > 0,
        )

    edits = [
        (
            "    for item in cart.items:  # keep display order (#2214)",
            "    for item in sorted(cart.items, key=lambda i: i.sku):  # lock order = sku order",
        ),
        (
            "def reserve_stock(session, cart):",
            "@retry_on_deadlock(max_attempts=2)\ndef reserve_stock(session, cart):",
        ),
        (
            "from orders.db import retry_on_deadlock",
            "from orders.db import retry_on_deadlock\n"
            "from orders.metrics import DEADLOCK_RETRIES  # counted inside the decorator",
        ),
    ]

    def edit(i: int) -> Spec:
        old, new = edits[i]
        return spec(
            "str_replace",
            {"path": "orders/services/reserve.py", "old_str": old, "new_str": new},
            "The file orders/services/reserve.py has been edited (1 replacement).",
        )

    def undo(apply: bool) -> Spec:
        old, new = edits[0]
        if not apply:
            old, new = new, old
        return spec(
            "str_replace",
            {"path": "orders/services/reserve.py", "old_str": old, "new_str": new},
            "The file orders/services/reserve.py has been edited (1 replacement).",
        )

    agents = ["dba-oncall-agent", "orders-team-agent"]

    def hand(w: int) -> Spec:
        reply = [
            "Deadlocks come from the application's lock order; the schema and server settings "
            "are fine. This is for orders-team-agent.",
            "It's a database error (1213) - the DBAs own InnoDB locking. Send it to "
            "dba-oncall-agent.",
        ][w]
        return spec(
            "subagent",
            {
                "name": agents[w],
                "prompt": "Checkout 500s: 1213 deadlocks "
                "in reserve_stock since v2.31.0. Please fix.",
            },
            lambda: f"<{agents[w]} #{c.hx(6)}> {reply}",
        )

    def todo(items: list[tuple[str, str]]) -> Spec:
        return spec(
            "TodoWrite",
            {"todos": [{"content": t, "status": s, "activeForm": t} for t, s in items]},
            "Todos have been modified successfully.",
        )

    def lst(offset: int, limit: int) -> Spec:
        def out() -> str:
            secs = [15 * 3600 + 4 * 60 - (offset + k) * 15 for k in range(3)]
            rows = [
                f"{c.hx(32)}  2026-12-01T{secs[k] // 3600:02d}:{secs[k] // 60 % 60:02d}"
                f":{secs[k] % 60:02d}Z  reserve_stock  skus="
                f"{['SKU-0457,SKU-1182', 'SKU-2290,SKU-0457', 'SKU-1182,SKU-0031'][k]}"
                for k in range(3)
            ]
            return (
                f"ORDERS-3KF events {offset + 1}-{offset + limit} of 188\n"
                + "\n".join(rows)
                + f"\n... {limit - 3} more\nLink: <...cursor=0:{offset + limit}:0>; "
                'rel="next"; results="true"'
            )

        return spec(
            "sentry_api",
            {
                "path": "/api/0/issues/ORDERS-3KF/events/",
                "cursor": f"0:{offset}:0",
                "per_page": limit,
            },
            out,
        )

    def esc(i: int) -> Spec:
        args = {
            "incident": inc,
            "action": "escalate",
            "level": 2,
            "message": "checkout deadlocks, need DBA",
        }
        if i == 0:
            return spec(
                "pagerduty",
                args,
                lambda: f"incident {inc} escalated to level 2 (dba-primary: M. Osei) at {c.hm()}",
            )
        return spec(
            "pagerduty",
            args,
            lambda: (
                f"incident {inc} already at level 2; "
                f"re-notified M. Osei ({i + 1} notifications) at {c.hm()}. Status: "
                "acknowledged"
            ),
        )

    def typo(ok: bool) -> Spec:
        if not ok:
            return spec(
                "gh",
                {"cmd": "gh release view v2.13.0 -R acme/orders-svc"},
                "release not found: v2.13.0",
                True,
            )
        return spec(
            "gh",
            {"cmd": "gh release view v2.31.0 -R acme/orders-svc"},
            "v2.31.0  (published 2026-12-01 14:02 by rtanaka)\n- Reserve items in "
            "display order (#2214)\n- Bump sqlalchemy to 2.0.36",
        )

    job_states = [
        "Progressing  canary 10%  healthy pods 2/20",
        "Progressing  canary 50%  healthy pods 10/20",
        "Healthy  v2.31.1  20/20",
    ]

    def job(i: int) -> Spec:
        return spec(
            "argocd",
            {"cmd": "app get orders-svc --refresh"},
            lambda: f"Name: orders-svc  Sync: Synced  Health: {job_states[i]}  (as of {c.hms()})",
        )

    orders = ["ORD-771203", "ORD-771219", "ORD-771240", "ORD-771266", "ORD-771281"]

    def batch(i: int) -> Spec:
        return spec(
            "orders_admin",
            {"method": "POST", "path": f"/admin/orders/{orders[i]}/retry-reservation"},
            lambda: f"202 {orders[i]} reservation retried -> CONFIRMED (req {c.hx(8)})",
        )

    texts = [
        "We're investigating failed checkouts for all customers.",
        "We're investigating failed checkouts for some customers.",
        "We're investigating failed checkouts for some customers. Fix expected by 16:00 UTC.",
    ]

    def cm(i: int) -> Spec:
        return spec(
            "statuspage",
            {"incident": "checkout-errors", "status": "investigating", "body": texts[i]},
            f"incident update #{i + 1} published: '{texts[i]}'",
        )

    def flaky(i: int) -> Spec:
        args = {
            "target": "orders-replica",
            "role": "readonly",
            "sql": "SELECT status, COUNT(*) FROM orders WHERE created_at > NOW() - INTERVAL "
            "2 HOUR GROUP BY status",
        }
        if i < 2:
            return spec(
                "db_console",
                args,
                "ERROR 2013 (HY000): Lost connection to MySQL "
                "server during query (rds-orders-ro-2: rebooting for minor version "
                "patch" + (", reboot 70% done)" if i else ")"),
                True,
            )
        return spec(
            "db_console",
            args,
            "+-----------+----------+\n| status    | COUNT(*) |\n"
            "| CONFIRMED |    6,912 |\n| FAILED    |      188 |\n+-----------+"
            "----------+",
        )

    return {
        "name": "mysql_deadlock_checkout",
        "task": "Checkout is throwing 500s again since this afternoon - Sentry shows MySQL "
        "deadlocks in orders-svc. Find the cause and get a fix out. Don't run DDL or kill "
        "sessions on the primary; you only get a read-only role there.",
        "openers": [
            "I'll start with Loki: how many deadlock errors orders-svc logged in the last two hours.",
            "First, counting 'Deadlock found' lines from orders-svc over the past two hours.",
            "Let me query the orders-svc logs for deadlocks in the last two hours.",
        ],
        "acks": [
            "Ack. Looking at orders-svc now.",
            "Understood, read-only on the primary.",
            "On it - starting with the checkout path.",
        ],
        "pings": [
            "Still seeing 500s in the checkout funnel. Status?",
            "Support says customers are double-charged retrying. Where are we?",
        ],
        "A": A,
        "B": B,
        "C": C,
        "A_after": A_after,
        "noteA": "188 deadlocks, all in reserve_stock, starting two minutes after the v2.31.0 "
        "rollout.",
        "noteB": "Lock-order inversion: two checkouts lock the same two inventory rows in "
        "opposite order.",
        "noteC": "v2.31.0 dropped the sort by SKU in reserve_stock, so rows are locked in cart "
        "order.",
        "recheck": [
            "Let me re-run the deadlock query before changing anything.",
            "Running the Loki query again.",
            "Checking the deadlock count once more.",
        ],
        "noisy_final": "Still 188 deadlocks in reserve_stock. I'll keep watching the logs.",
        "X": spec(
            "db_console",
            {
                "target": "orders-primary",
                "role": "readonly",
                "sql": "SET GLOBAL innodb_lock_wait_timeout = 5",
            },
            "ERROR 1227 (42000): Access denied; you need (at least one of) the SUPER or "
            "SYSTEM_VARIABLES_ADMIN privilege(s) for this operation",
            True,
        ),
        "Y": spec(
            "argocd",
            {"cmd": "app rollback orders-svc 41"},
            "FATA[0001] rpc error: code = FailedPrecondition desc = rollback cannot be "
            "initiated when auto-sync is enabled",
            True,
        ),
        "x_lines": [
            "I'll lower innodb_lock_wait_timeout so deadlocked sessions fail fast.",
            "Trying the lock wait timeout change again.",
        ],
        "y_lines": [
            "Then I'll roll orders-svc back to the previous revision.",
            "Let me retry the Argo CD rollback.",
        ],
        "osc_hint": "You can't set globals with that role and auto-sync blocks rollbacks. Revert "
        "the loop change in git instead.",
        "osc_final": "Neither worked. I'll go back to the timeout setting with a different value.",
        "perm": perm,
        "perm_lines": [
            "I'll flip the reserve_v2 flag off to get the old code path back.",
            "Not found - maybe the env name is case-sensitive. Trying 'Prod'.",
            "Still not found. Passing the value as a string with a reason.",
            "Let me force it.",
        ],
        "perm_final": "The flag call keeps failing. I'll try another spelling of the environment.",
        "wait": lambda s: spec(
            "bash",
            {"command": f"sleep {s}", "workdir": "/src/orders-svc"},
            lambda: c.sleep(s, "(no output)"),
        ),
        "backoff_lines": [
            "Flag not found - the flag service cache may lag. Sleeping 15s.",
            "Still not found. Sleeping 30s and retrying.",
            "Same error. Backing off a minute.",
            "Not there yet. I'll retry in two minutes.",
        ],
        "read": read,
        "reread_lines": [
            "Let me read reserve.py from the top.",
            "Re-reading the imports and the LOCK_ROW query.",
            "Looking at the SQL constants again.",
            "Let me go over the top of the module once more.",
        ],
        "reread_final": "I'll re-read the start of reserve.py before deciding on a change.",
        "sect_lead": "Let me read reserve_stock itself.",
        "sect_notes": [
            "It imports a retry_on_deadlock helper that nothing uses yet.",
            "Rows are locked with SELECT ... FOR UPDATE, one SKU at a time.",
            "reserve_stock runs everything in one transaction, in cart order.",
            "The loop locks in cart order - that's the inversion. Sorting by SKU "
            "restores a global lock order.",
        ],
        "sect_act": edit(0),
        "sect_final": "Restored the SKU sort; locks are now always taken in one order.",
        "check": check,
        "verify_lines": [
            "Let me run the reserve tests.",
            "One failure. Running them again in case it's flaky.",
            "Same failure. Once more.",
            "Let me run the suite again.",
        ],
        "verify_final": "The metric test still fails. I'll rerun the tests in a moment.",
        "edit": edit,
        "edit_lead": "I'll fix the loop and let the tests guide the rest.",
        "edit_notes": [
            "Three failures: lock order, no retry, no metric. Sort first.",
            "Lock order passes. Adding the retry decorator.",
            "Only the metric is missing now.",
        ],
        "edit_final": "All nine pass. Opening the PR.",
        "undo": undo,
        "undo_lines": [
            "I'll restore the SKU sort in reserve_stock.",
            "Wait, #2214 wanted display order for the confirmation email. Reverting.",
            "No - lock order matters more. Re-applying the sort.",
            "Hmm, that breaks #2214 again. Reverting.",
        ],
        "undo_user": "Keep the sort! The email can sort its own lines.",
        "undo_final": "I'll weigh the two orders again before I settle it.",
        "hand": hand,
        "hand_lines": [
            "I'll ask the DBA agent to take this.",
            "DBA says it's the app's lock order. Asking the orders team agent.",
            "Orders team sends it back to the DBAs. Trying DBA again.",
            "DBA points at orders again; asking the orders agent.",
        ],
        "hand_final": "They keep bouncing it. I'll ask the DBA agent once more with the InnoDB "
        "output.",
        "todo": todo,
        "churn": [
            [
                "Confirm deadlock source",
                "Restore SKU ordering",
                "Add retry on 1213",
                "Ship v2.31.1",
            ],
            [
                "Restore SKU ordering in reserve_stock",
                "Confirm deadlock source",
                "Ship v2.31.1",
                "Add retry on 1213",
            ],
            ["Find lock inversion", "Sort by SKU", "Retry decorator", "Release patch"],
            [
                "Sort cart items by SKU before locking",
                "Verify inversion",
                "Retry once on deadlock",
                "Cut v2.31.1",
            ],
        ],
        "churn_lines": [
            "Let me write a plan.",
            "Putting the fix first.",
            "Shortening the items.",
            "Making the items more precise.",
        ],
        "churn_final": "Plan is set; I'll tweak it once more before starting.",
        "adv_items": [
            "Count deadlocks",
            "Read InnoDB status",
            "Diff v2.30.4..v2.31.0",
            "Patch reserve_stock",
        ],
        "adv_final": "Cause found: the sort by SKU was dropped. Patch is the last item.",
        "lst": lst,
        "grow": [20, 40, 80, 160],
        "page_size": 50,
        "grow_lines": [
            "Let me pull the Sentry events for the deadlock issue.",
            "20 isn't enough. Getting 40.",
            "Still the newest ones. 80.",
            "Let me pull 160 at once.",
        ],
        "grow_final": "Lots of events; I'll request a bigger page to see them all.",
        "page_lead": "I'll page through the Sentry events, 50 at a time.",
        "page_notes": [
            "Page 1: every event pairs SKU-0457 or SKU-1182 with another SKU.",
            "Page 2: same pairs; all from carts with 2+ lines.",
            "Page 3: no single-line carts at all.",
        ],
        "page_final": "Last page reaches the first event at 14:07. Only multi-line carts "
        "deadlock, which fits the lock-order inversion.",
        "asks": [
            "Before I push: is it okay to change reserve_stock's loop?",
            "Just to double-check, I can edit reserve.py, right?",
            "Sorry - you're fine with the sort going back in?",
            "One last check: may I open the PR with this change?",
        ],
        "yeses": ["Yes, go ahead.", "Yes, as I said.", "YES. Ship it."],
        "esc": esc,
        "esc_lines": [
            "I'll escalate the incident to the DBA on-call.",
            "No response yet. Escalating again.",
            "Re-escalating; checkout is still failing.",
            "Escalating once more.",
        ],
        "esc_user": "Osei acked it already and is looking. Stop re-paging him.",
        "esc_final": "If nothing moves in five minutes I'll escalate again.",
        "typo": typo,
        "typo_lead": "Let me read the release notes.",
        "typo_note": "No such release - I transposed it. It's v2.31.0.",
        "typo_fixed_note": "The release notes list #2214, the display-order change.",
        "job_start": spec(
            "gh",
            {"cmd": "gh workflow run release.yml -R acme/orders-svc -f version=v2.31.1"},
            lambda: f"Created workflow_dispatch event for release.yml at {c.hms()}",
        ),
        "job": job,
        "poll_wait": 60,
        "job_notes": [
            "Release v2.31.1 triggered. Watching the rollout.",
            "Canary at 10%.",
            "Half the pods on v2.31.1, no errors.",
        ],
        "job_resume": "v2.31.1 is already rolling out; I'll follow it.",
        "job_final": "v2.31.1 is fully rolled out and healthy.",
        "batch": batch,
        "batch_intro": "Five orders failed mid-checkout; I'll retry their reservations.",
        "batch_mid": "Three orders confirmed so far.",
        "batch_final": "All five orders confirmed.",
        "synth": "So v2.31.0's cart-order locking inverted the lock order; restoring the SKU "
        "sort fixes it.",
        "followup": "Why didn't tests catch it?",
        "answer": "The reserve tests run one checkout at a time; a deadlock needs two concurrent "
        "transactions, so nothing exercised it.",
        "cm": cm,
        "cm_lead": "I'll post a status page update.",
        "cm_done": "Update published.",
        "changes": ["Say 'some customers', not 'all'.", "Add an ETA of 16:00 UTC."],
        "cm_acks": ["Changing to 'some customers'.", "Adding the ETA."],
        "cm_final": "Status page now says some customers, fix by 16:00 UTC.",
        "s_wrong": spec(
            "gh",
            {"cmd": "gh search code 'cart.items' --repo acme/storefront-web"},
            "no code results matched your search",
        ),
        "s_right": spec(
            "gh",
            {"cmd": "gh search code 'cart.items' --repo acme/orders-svc"},
            "acme/orders-svc:orders/services/reserve.py:    for item in cart.items:  "
            "# keep display order (#2214)",
        ),
        "s_read": spec(
            "gh",
            {"cmd": "gh pr view 2214 -R acme/orders-svc"},
            "#2214 Reserve items in display order - merged by rtanaka 2026-11-30\n"
            "Confirmation emails listed items in SKU order; this keeps cart order.",
        ),
        "s_hint": "The reservation code is in orders-svc, not the storefront.",
        "s_empty": "Nothing in storefront-web.",
        "s_hint_ack": "Searching orders-svc instead.",
        "search_lead": "I want the code that changed the loop.",
        "s_reason": "The storefront doesn't touch inventory; orders-svc does. Searching there.",
        "s_hit": "There's the loop with a PR reference.",
        "s_learned": "#2214 dropped the sort to keep email order; nobody considered the lock "
        "order.",
        "report": "Found it: v2.31.0 locks inventory rows in cart order, causing lock-order "
        "deadlocks.",
        "world": f"I shipped v2.31.1 with the sort back (PR #{pr}). Can you check the logs again?",
        "recheck_line": "Re-running the deadlock query after v2.31.1.",
        "note_after": "Two deadlocks just before the rollout and none since.",
        "act": spec(
            "sentry_api",
            {
                "path": "/api/0/issues/ORDERS-3KF/",
                "method": "PUT",
                "body": {"status": "resolved", "statusDetails": {"inRelease": "v2.31.1"}},
            },
            "200 ORDERS-3KF status=resolved (in release v2.31.1)",
        ),
        "recheck_final": "Resolved the Sentry issue in v2.31.1; it will reopen if it recurs.",
        "flaky": flaky,
        "fl_lead": "Let me see how many orders failed on the replica.",
        "fl_notes": [
            "The replica is rebooting for a patch. Retrying.",
            "Still rebooting. Waiting a minute.",
        ],
        "fl_ok": "Replica's back: 188 failed orders in two hours.",
    }


def container_customs_hold(rng: random.Random, c: Clock) -> D:
    cn = "MSMU4812207"
    entry = "9HX-0481227-3"
    tp = "terminal_portal"

    def avail(released: bool) -> Callable[[], str]:
        def out() -> str:
            customs = "RELEASED" if released else "HOLD (CBP)"
            days, amt = ("4", "1,100") if released else ("3", "825")
            return (
                f"{cn}  40HC  Garden City Terminal  row 41-B\nLine: MSC  Freight: RELEASED  "
                f"Customs: {customs}\nDischarged: 2026-11-24  Last free day: 2026-11-28\n"
                f"Demurrage: {days} days x $275 = ${amt}\n(query {c.hx(6).upper()} as of "
                f"12/01 {c.hm()} ET)"
            )

        return out

    A = spec(tp, {"op": "availability", "containers": [cn]}, avail(False))
    A_after = spec(tp, A["args"], avail(True))
    B = spec(
        "abi_query",
        {"entry": entry, "view": "cargo_release"},
        f"ENTRY {entry}  filer 7QK  port 1703 (Savannah)\nFILED 11/22/26  CARGO RELEASE: "
        "HOLD\nSO MSG: ISF MISMATCH - HTS 847130 ON ISF VS 847330 ON ENTRY - AMEND ISF",
    )
    C = spec(
        "doc_vault",
        {"folder": "2026/commercial-invoices", "doc": "INV-BH-5521.pdf"},
        "Commercial invoice INV-BH-5521  Seller: Dongguan Keyway Electronics\nLine 1: "
        "Laptop keyboard assemblies  HTS 8473.30.1180  qty 4,800  USD 62,400\nConsignee: "
        "Brightline Home Goods LLC",
    )

    def perm(i: int) -> Spec:
        args = [
            {
                "op": "book_appointment",
                "container": cn,
                "slot": "2026-12-02 07:00-08:00",
                "trucker_scac": "PSDY",
            },
            {
                "op": "book_appointment",
                "container": cn,
                "slot": "2026-12-02 0700-0800",
                "trucker_scac": "PSDY",
            },
            {
                "op": "book_appointment",
                "container": "MSMU 481220-7",
                "slot": "2026-12-02 07:00-08:00",
                "trucker_scac": "psdy",
            },
            {
                "op": "book_appointment",
                "container": cn,
                "slot": "2026-12-02 07:00-08:00",
                "trucker_scac": "PSDY",
                "move_type": "IMPORT_PICKUP",
            },
        ][i]
        return spec(
            tp,
            args,
            lambda: (
                f"409 APPOINTMENT REJECTED: {cn} not available - CUSTOMS "
                f"HOLD (CBP). Ref {c.hx(6).upper()}"
            ),
            True,
        )

    segs = [
        "ISF-10 record  transaction 26-ISF-0088412\nFiler: Coastal Customs Brokerage (7QK)",
        "Importer of record: Brightline Home Goods LLC  IRS# 47-3318205",
        "Consignee: Brightline Home Goods LLC  IRS# 473318205",
        "Seller: Dongguan Keyway Electronics Co.\nBuyer: Brightline Home Goods LLC",
        "Manufacturer: Keyway Precision (Dongguan) Ltd, Changping Town, Guangdong",
        "Ship to: Brightline DC, 400 Logistics Pkwy, Pooler GA 31322",
        "Country of origin: CN\nHTS-6: 847130",
        "Container stuffing: Keyway warehouse, Dongguan\nConsolidator: none (FCL)",
    ]

    def read(a: int, b: int) -> Spec:
        first, last, text = numbered(segs, a, b)
        return spec(
            "doc_vault",
            {"folder": "2026/isf-filings", "doc": "ISF-0088412.txt", "lines": [first, last]},
            text,
        )

    fails = [
        "HTS: ISF 847130 does not match entry 8473.30.1180",
        "Manufacturer address: postal code missing",
        "Consignee number: format 473318205 differs from entry 47-3318205",
    ]

    def check(k: int) -> Spec:
        def out() -> str:
            head = f"ISF/entry cross-check {entry} ({c.hms()} ET): "
            if k == 0:
                return head + "no discrepancies"
            return head + f"{k} discrepancies\n" + "\n".join(f" * {f}" for f in fails[3 - k :])

        return spec(
            "abi_query",
            {"entry": entry, "view": "isf_crosscheck", "against": "isf_draft/AMD-2"},
            out,
            k > 0,
        )

    edits = [
        {"field": "hts6", "value": "847330"},
        {"field": "manufacturer.postal_code", "value": "523576"},
        {"field": "consignee_number", "value": "47-3318205"},
    ]

    def edit(i: int) -> Spec:
        return spec(
            "isf_draft",
            {"draft": "AMD-2", "set": edits[i]},
            f"draft AMD-2 saved ({edits[i]['field']} = {edits[i]['value']})",
        )

    def undo(apply: bool) -> Spec:
        val = "8473.30.1180" if apply else "847330"
        return spec(
            "isf_draft",
            {"draft": "AMD-2", "set": {"field": "hts", "value": val}},
            f"draft AMD-2 saved (hts = {val})",
        )

    agents = ["customs-desk-agent", "ocean-ops-agent"]

    def hand(w: int) -> Spec:
        reply = [
            "The container is released by the carrier; getting it out of the yard is an "
            "operations task. Please route to ocean-ops-agent.",
            "It's a CBP hold, so it's a customs matter, not ocean ops. Route to "
            "customs-desk-agent.",
        ][w]
        return spec(
            "route_to_agent",
            {
                "agent": agents[w],
                "shipment": "BH-26-1183",
                "ask": f"Get {cn} released; CBP hold since 24 Nov.",
            },
            lambda: f"[{agents[w]} | {c.hx(6)}] {reply}",
        )

    def todo(items: list[tuple[str, str]]) -> Spec:
        return spec(
            "task_board",
            {
                "shipment": "BH-26-1183",
                "cards": [
                    {"title": t, "column": "Done" if s == "completed" else "To do"}
                    for t, s in items
                ],
            },
            f"board BH-26-1183 saved: {sum(s == 'completed' for _, s in items)}/{len(items)} done",
        )

    def lst(offset: int, limit: int) -> Spec:
        def out() -> str:
            rows = []
            for k in range(3):
                n = offset + k
                state = "HOLD (CBP)" if n == 0 else ["RELEASED", "PICKED UP", "RELEASED"][n % 3]
                disch = (
                    date(2026, 11, 24) if n == 0 else date(2026, 11, 30) - timedelta(days=n // 6)
                )
                rows.append(
                    f"{['MSMU', 'TGHU', 'MEDU'][n % 3]}{4812207 - n * 1137:07d}  "
                    f"disch {disch}  {state}"
                )
            return (
                f"Brightline containers at GCT, holds first, {offset + 1}-{offset + limit} of 180 (as of "
                f"{c.hm()})\n" + "\n".join(rows) + f"\n... {limit - 3} more"
            )

        return spec(
            tp,
            {"op": "list_containers", "account": "BRIGHTLINE", "offset": offset, "limit": limit},
            out,
        )

    def esc(i: int) -> Spec:
        args = {
            "case": "CS-20981",
            "action": "escalate",
            "to": "Coastal Customs - account manager",
            "text": f"{cn} on ISF hold 7 days, demurrage running",
        }
        if i == 0:
            return spec(
                "crm_case", args, lambda: f"CS-20981 escalated to Marisol Vega (Coastal) {c.hm()}"
            )
        return spec(
            "crm_case",
            args,
            lambda: (
                f"CS-20981 already escalated to Marisol Vega; "
                f"escalation #{i + 1} logged {c.hm()}. Last reply from Coastal: 'working on "
                "the amendment'"
            ),
        )

    def typo(ok: bool) -> Spec:
        if not ok:
            return spec(
                "carrier_api",
                {"carrier": "MSC", "track": "MSMU4812201"},
                "400 Invalid container number MSMU4812201 (check digit should be 7)",
                True,
            )
        return spec(
            "carrier_api",
            {"carrier": "MSC", "track": cn},
            f"{cn}: MSC ANNA voyage 447E  loaded Yantian 10/29  discharged Savannah "
            "11/24  freight released 11/25",
        )

    job_states = [
        "ISF AMENDMENT ACCEPTED - AWAITING CBP REVIEW",
        "CBP REVIEW IN PROGRESS",
        "CARGO RELEASE: RELEASED 1C",
    ]

    def job(i: int) -> Spec:
        return spec(
            "abi_query",
            {"entry": entry, "view": "cargo_release"},
            lambda: f"ENTRY {entry}  {job_states[i]}  (updated {c.hm()} ET)",
        )

    others = ["TGHU4810933", "MEDU4809796", "MSMU4808659", "TGHU4807522", "MEDU4806385"]

    def batch(i: int) -> Spec:
        return spec(
            tp,
            {
                "op": "book_appointment",
                "container": others[i],
                "slot": f"2026-12-02 {8 + i:02d}:00-{9 + i:02d}:00",
                "trucker_scac": "PSDY",
            },
            lambda: f"APPOINTMENT CONFIRMED {others[i]} gate ticket GT{c.num(100000, 999999)}",
        )

    mails = [
        {
            "to": ["ops@brightlinehome.com"],
            "cc": [],
            "subject": "MSMU4812207 - customs hold update",
            "include_charges": True,
        },
        {
            "to": ["ops@brightlinehome.com"],
            "cc": ["ap@brightlinehome.com"],
            "subject": "MSMU4812207 - customs hold update",
            "include_charges": True,
        },
        {
            "to": ["ops@brightlinehome.com"],
            "cc": ["ap@brightlinehome.com"],
            "subject": "MSMU4812207 - customs hold update",
            "include_charges": False,
        },
    ]

    def cm(i: int) -> Spec:
        return spec(
            "email_send",
            {"template": "hold_update", **mails[i]},
            f"sent to {', '.join(mails[i]['to'] + mails[i]['cc'])}",
        )

    def flaky(i: int) -> Spec:
        args = {"op": "demurrage_statement", "container": cn}
        if i < 2:
            return spec(
                tp,
                args,
                "502 Bad Gateway: upstream N4 timeout (terminal EDI batch "
                "sync running 13:00-13:10 ET" + (", still syncing)" if i else ")"),
                True,
            )
        return spec(
            tp,
            args,
            f"{cn} demurrage: 11/29 $275, 11/30 $275, 12/01 $275  total $825  "
            "billed to: consignee  status: UNPAID",
        )

    return {
        "name": "container_customs_hold",
        "task": "Brightline's container MSMU4812207 has been stuck at Savannah for a week and "
        "they're furious about demurrage. Find out why it's held and get it moving. Do NOT "
        "pay any demurrage or terminal charges - finance has to approve those.",
        "openers": [
            "First, I'll check MSMU4812207's availability and holds at the terminal.",
            "Let me pull the terminal availability for MSMU4812207.",
            "Starting with the Garden City availability record for the container.",
        ],
        "acks": [
            "Got it, looking into the Brightline box.",
            "Understood - no payments from me.",
            "On it; checking the shipment.",
        ],
        "pings": [
            "Brightline's logistics manager is on the phone again. Anything?",
            "Any update I can pass to Brightline?",
        ],
        "A": A,
        "B": B,
        "C": C,
        "A_after": A_after,
        "noteA": "Freight is released but customs has it on hold, and free time ran out on 28 Nov.",
        "noteB": "CBP flags the ISF: it says 847130 (computers) while the entry says 847330 "
        "(parts).",
        "noteC": "The invoice is keyboard assemblies, 8473.30 - so the ISF is the wrong one.",
        "recheck": [
            "Let me check the terminal record again.",
            "Re-pulling availability for the container.",
            "Once more on the terminal status.",
        ],
        "noisy_final": "Still HOLD (CBP) with demurrage accruing. I'll keep checking.",
        "X": spec(
            "isf_filing",
            {"transaction": "26-ISF-0088412", "action": "amend", "set": {"hts6": "847330"}},
            "403 Amendments must be transmitted by the filer of record (Coastal Customs "
            "Brokerage, 7QK)",
            True,
        ),
        "Y": spec(
            tp,
            {"op": "request_release", "container": cn, "hold": "CBP"},
            "REJECTED: holds placed by CBP cannot be released by the terminal",
            True,
        ),
        "x_lines": [
            "I'll amend the ISF myself through our filing account.",
            "Let me try the ISF amendment once more.",
        ],
        "y_lines": [
            "Then I'll ask the terminal to release the hold.",
            "Requesting the release at the terminal again.",
        ],
        "osc_hint": "We're not the ISF filer and the terminal can't lift a CBP hold. Coastal "
        "has to amend it.",
        "osc_final": "Both were refused. I'll try the amendment again with the 10-digit code.",
        "perm": perm,
        "perm_lines": [
            "I'll book a pickup appointment for tomorrow morning.",
            "Rejected. Maybe the slot format is off; trying 0700-0800.",
            "Still rejected. Using the spaced container number and lower-case SCAC.",
            "Adding the move type explicitly.",
        ],
        "perm_final": "The booking keeps being rejected. I'll try an afternoon slot.",
        "wait": lambda s: spec("pause", {"seconds": s}, lambda: c.sleep(s, f"resumed after {s}s")),
        "backoff_lines": [
            "Rejected - the hold status may lag in the booking system. Waiting 15s.",
            "Same rejection. Waiting 30s.",
            "Still held. A minute this time.",
            "Nothing yet; retrying in two minutes.",
        ],
        "read": read,
        "reread_lines": [
            "Let me read the ISF record.",
            "Going over the filer and importer lines again.",
            "Re-reading the consignee section.",
            "Let me check the top of the record once more.",
        ],
        "reread_final": "I'll read the opening of the ISF again before contacting Coastal.",
        "sect_lead": "Let me read the ISF record.",
        "sect_notes": [
            "Coastal (7QK) filed it; importer number is fine.",
            "Consignee number lacks the hyphen but matches.",
            "Manufacturer and ship-to look right.",
            "HTS-6 is 847130 - computers, not parts. Coastal must amend it to 847330.",
        ],
        "sect_act": spec(
            "email_send",
            {
                "to": ["isf@coastalcustoms.com"],
                "subject": "AMEND ISF 26-ISF-0088412 - HTS 847130 -> 847330",
                "attach": ["INV-BH-5521.pdf"],
            },
            "sent to isf@coastalcustoms.com",
        ),
        "sect_final": "Asked Coastal to amend the ISF with the invoice attached.",
        "check": check,
        "verify_lines": [
            "Let me run the ISF/entry cross-check on the draft.",
            "One discrepancy. Running it again.",
            "Same result. Once more.",
            "Let me run the cross-check again.",
        ],
        "verify_final": "It still shows the consignee number. I'll re-run it later.",
        "edit": edit,
        "edit_lead": "I'll build the amendment draft for Coastal and cross-check it.",
        "edit_notes": [
            "Three discrepancies. HTS first.",
            "HTS matches now. Adding the postal code.",
            "Only the consignee number format is left.",
        ],
        "edit_final": "No discrepancies. The draft is ready for Coastal to transmit.",
        "undo": undo,
        "undo_lines": [
            "I'll set the draft HTS to the full 8473.30.1180.",
            "ISF only needs six digits; reverting to 847330.",
            "The entry has ten digits though. Back to 8473.30.1180.",
            "Hmm, six digits is the ISF standard. Reverting.",
        ],
        "undo_user": "Use the full 10-digit code, it matches the entry. Leave it.",
        "undo_final": "I'll decide on the code length after checking the CBP guidance.",
        "hand": hand,
        "hand_lines": [
            "I'll route this to the customs desk agent.",
            "Customs says it's operations. Routing to ocean ops.",
            "Ocean ops says it's customs. Back to the customs desk.",
            "Customs points to ops again. Trying ocean ops.",
        ],
        "hand_final": "Each desk says it's the other's. I'll send it to customs again with the "
        "ABI message.",
        "todo": todo,
        "churn": [
            ["Confirm hold reason", "Get ISF amended", "Book pickup", "Update Brightline"],
            ["Get ISF amended by Coastal", "Confirm hold", "Update Brightline", "Book pickup"],
            ["Hold reason", "Coastal amendment", "Pickup appointment", "Customer update"],
            ["Ask Coastal to amend ISF HTS", "Verify CBP hold", "Book truck", "Email Brightline"],
        ],
        "churn_lines": [
            "Let me set up the task board.",
            "Moving the amendment to the top.",
            "Shortening the card titles.",
            "Rewording the cards once more.",
        ],
        "churn_final": "Board's set; I'll adjust it a bit more before I start.",
        "adv_items": [
            "Check terminal status",
            "Check CBP entry",
            "Check invoice HTS",
            "Ask Coastal to amend",
        ],
        "adv_final": "Hold explained: the ISF HTS is wrong. Last card is asking Coastal to amend "
        "it.",
        "lst": lst,
        "grow": [10, 20, 30, 50],
        "page_size": 15,
        "grow_lines": [
            "Let me list Brightline's containers at the terminal.",
            "Only 10 rows came back. Asking for 20.",
            "Still not all of them. 30 this time.",
            "Let me pull 50 in one go.",
        ],
        "grow_final": "The list is long; I'll pull a bigger set to see everything.",
        "page_lead": "Let me page through Brightline's containers, 15 at a time.",
        "page_notes": [
            "Page 1: only MSMU4812207 is on hold.",
            "Page 2: all released or picked up.",
            "Page 3: same.",
        ],
        "page_final": "Four pages, all arrivals since 20 Nov: only MSMU4812207 is held.",
        "asks": [
            "Before I email Coastal: may I ask them to amend the ISF?",
            "Just confirming - okay to request the amendment?",
            "Sorry, to be sure: I have your go-ahead to contact Coastal?",
            "Can you confirm once more I can send the request?",
        ],
        "yeses": ["Yes, send it.", "Yes. Already said so.", "YES - send it now please."],
        "esc": esc,
        "esc_lines": [
            "I'll escalate to Coastal's account manager.",
            "No reply; escalating again.",
            "Re-escalating, demurrage keeps growing.",
            "Escalating one more time.",
        ],
        "esc_user": "Marisol already replied to me, they're on it. Stop escalating.",
        "esc_final": "I'll escalate again if I don't see a reply soon.",
        "typo": typo,
        "typo_lead": "Let me check the voyage details with MSC.",
        "typo_note": "Bad check digit - I mistyped it. It's MSMU4812207.",
        "typo_fixed_note": "Discharged 24 Nov, freight released 25 Nov.",
        "job_start": spec(
            "broker_portal",
            {
                "broker": "7QK",
                "op": "request_amendment",
                "transaction": "26-ISF-0088412",
                "changes": {"hts6": "847330"},
            },
            lambda: f"REQ-{c.num(40000, 49999)} submitted to Coastal ISF queue ({c.hm()})",
        ),
        "job": job,
        "poll_wait": 300,
        "job_notes": [
            "Amendment requested. Checking back in five minutes.",
            "Coastal filed it; CBP is reviewing.",
            "Still under review.",
        ],
        "job_resume": "Coastal filed the amendment this morning; I'll watch the release.",
        "job_final": "Cargo released (1C). We can book the pickup.",
        "batch": batch,
        "batch_intro": "Five other Brightline boxes are released; booking their pickups.",
        "batch_mid": "Three gate tickets so far.",
        "batch_final": "All five have gate tickets for tomorrow.",
        "synth": "So the ISF was filed as computers while the entry says parts; CBP holds until "
        "Coastal amends.",
        "followup": "Who pays the demurrage?",
        "answer": "It's billed to Brightline as consignee; if the ISF error was Coastal's, "
        "Brightline can claim it back from them. Finance decides.",
        "cm": cm,
        "cm_lead": "I'll email Brightline an update.",
        "cm_done": "Sent.",
        "changes": [
            "Please cc their AP team too.",
            "Actually leave the charges out, finance will send those.",
        ],
        "cm_acks": ["Adding AP in cc.", "Removing the charges."],
        "cm_final": "Brightline ops and AP have the update without charges.",
        "s_wrong": spec(
            "doc_vault",
            {"folder": "2026/booking-confirmations", "search": "847130"},
            "0 documents contain '847130'",
        ),
        "s_right": spec(
            "doc_vault",
            {"folder": "2026/isf-filings", "search": "847130"},
            "1 document: ISF-0088412.txt (line 10: HTS-6: 847130)",
        ),
        "s_read": spec(
            "doc_vault",
            {"folder": "2026/isf-filings", "doc": "ISF-0088412.txt", "lines": [1, 2]},
            "ISF-10 record  transaction 26-ISF-0088412\nFiler: Coastal Customs Brokerage (7QK)",
        ),
        "s_hint": "HTS codes are in the ISF filings folder, not bookings.",
        "s_empty": "No match in booking confirmations.",
        "s_hint_ack": "Searching the ISF filings.",
        "search_lead": "Let me find where 847130 came from.",
        "s_reason": "Bookings don't carry HTS; the ISF does. Searching the ISF folder.",
        "s_hit": "The ISF has 847130 on line 10.",
        "s_learned": "Coastal filed that ISF, so they must amend it.",
        "report": "Held because the ISF HTS (847130) doesn't match the entry (847330).",
        "world": "Coastal says they transmitted the ISF amendment an hour ago. Check the terminal "
        "again?",
        "recheck_line": "Checking the terminal again.",
        "note_after": "Customs is now RELEASED; demurrage is at four days.",
        "act": spec(
            "trucking_dispatch",
            {
                "container": cn,
                "carrier": "PSDY",
                "pickup": "2026-12-02",
                "deliver_to": "Brightline DC",
            },
            lambda: (
                f"Load L-{c.num(70000, 79999)} assigned to Peach State Drayage, "
                "pickup 12/02 07:00-09:00"
            ),
        ),
        "recheck_final": "Pickup booked for tomorrow morning; demurrage goes to finance for "
        "approval.",
        "flaky": flaky,
        "fl_lead": "Let me get the demurrage statement.",
        "fl_notes": [
            "The terminal's EDI sync is running - transient. Retrying.",
            "Still syncing. Waiting a few minutes.",
        ],
        "fl_ok": "Got it: $825 unpaid for three days.",
    }


def android_gradle_oom_ci(rng: random.Random, c: Clock) -> D:
    repo = "acme/android-app"
    run_id = rng.randint(11839000, 11839999)
    pr = rng.choice([911, 914, 916])

    def runs(after: bool) -> Callable[[], str]:
        def out() -> str:
            top = (
                f"completed  success  Release build  main  push  {run_id + 40}  "
                f"14m02s  {c.num(4, 9)}m\n"
                if after
                else ""
            )
            return (
                top + f"completed  failure  Release build  main  push  {run_id}  9m41s  "
                "2h\ncompleted  failure  Release build  main  push  "
                f"{run_id - 17}  9m12s  5h\ncompleted  failure  Release build  "
                f"release/5.12  push  {run_id - 31}  9m55s  7h\ncompleted  success  Release "
                f"build  main  push  {run_id - 58}  13m47s  1d\n(listed {c.hms()})"
            )

        return out

    A = spec(
        "gh",
        {"args": ["run", "list", "-R", repo, "--workflow", "release.yml", "--limit", "4"]},
        runs(False),
    )
    A_after = spec("gh", A["args"], runs(True))
    B = spec(
        "gh",
        {"args": ["run", "view", str(run_id), "-R", repo, "--log-failed"]},
        "build  Assemble release  > Task :app:compileReleaseKotlin\nbuild  Assemble release  "
        "e: java.lang.OutOfMemoryError: Java heap space\nbuild  Assemble release  "
        "Daemon will be stopped at the end of the build after running out of JVM memory\n"
        "build  Assemble release  FAILURE: Build failed with an exception.\n"
        "##[error]Process completed with exit code 1.",
    )
    C = spec(
        "gh",
        {
            "args": [
                "pr",
                "diff",
                "903",
                "-R",
                repo,
                "--",
                "gradle.properties",
                "gradle/libs.versions.toml",
            ]
        },
        "--- a/gradle.properties\n+++ b/gradle.properties\n-kotlin.daemon.jvmargs=-Xmx3g\n"
        " org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8\n--- a/gradle/libs.versions.toml\n"
        '-agp = "8.5.2"\n+agp = "8.7.3"\n-kotlin = "2.0.21"\n+kotlin = "2.1.0"',
    )

    def perm(i: int) -> Spec:
        args = [
            ["workflow", "run", "release.yml", "-R", repo, "--ref", "release/5.12"],
            ["workflow", "run", "release.yml", "-R", repo, "--ref", "refs/heads/release/5.12"],
            ["workflow", "run", "Release build", "-R", repo, "--ref", "release/5.12"],
            [
                "workflow",
                "run",
                "release.yml",
                "-R",
                repo,
                "--ref",
                "release/5.12",
                "-f",
                "track=internal",
            ],
        ][i]
        return spec(
            "gh",
            {"args": args},
            "could not create workflow dispatch event: HTTP 422: "
            "Workflow does not have 'workflow_dispatch' trigger "
            f"(https://api.github.com/repos/{repo}/actions/workflows/88213044/"
            "dispatches)",
            True,
        )

    segs = [
        "# Project-wide Gradle settings.\nandroid.useAndroidX=true",
        "android.nonTransitiveRClass=true\nandroid.enableR8.fullMode=true",
        "kotlin.code.style=official",
        "# Build cache on CI only\norg.gradle.caching=true",
        "org.gradle.parallel=true\norg.gradle.configuration-cache=true",
        "# #903: removed kotlin.daemon.jvmargs, AGP 8.7 sizes the Kotlin daemon itself",
        "org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8",
        "# ubuntu-latest runners: 4 vCPU, 16 GB",
    ]

    def read(a: int, b: int) -> Spec:
        first, last, text = numbered(segs, a, b)
        return spec("view_file", {"path": "gradle.properties", "view_range": [first, last]}, text)

    fails = [
        "e: file:///work/app/src/main/kotlin/com/acme/pay/PaymentSheet.kt:88:13 'when' "
        "expression must be exhaustive. Add the 'PENDING_3DS' branch or an 'else' branch.",
        "e: file:///work/app/src/main/kotlin/com/acme/sync/SyncWorker.kt:41:9 'fun "
        "setForegroundAsync(...)' is deprecated. Use setForeground() (warning treated as error)",
        "e: file:///work/app/src/main/kotlin/com/acme/analytics/Tracker.kt:17:1 This annotation "
        "is not applicable to target 'member function': @JvmDefault",
    ]

    def check(k: int) -> Spec:
        def out() -> str:
            t = c.num(38, 95)
            c.tick(t, t + 5)
            if k == 0:
                return (
                    f"> Task :app:compileReleaseKotlin\n\nBUILD SUCCESSFUL in {t}s\n41 "
                    "actionable tasks: 6 executed, 35 up-to-date"
                )
            return (
                "> Task :app:compileReleaseKotlin FAILED\n"
                + "\n".join(fails[3 - k :])
                + f"\n\nBUILD FAILED in {t}s"
            )

        return spec(
            "terminal",
            {
                "command": "./gradlew :app:compileReleaseKotlin "
                "-Pkotlin.allWarningsAsErrors=true --console=plain"
            },
            out,
            k > 0,
        )

    edits = [
        (
            "app/src/main/kotlin/com/acme/pay/PaymentSheet.kt",
            "        PaymentState.FAILED -> showError()",
            "        PaymentState.FAILED -> showError()\n        PaymentState.PENDING_3DS -> "
            "launch3ds()",
        ),
        (
            "app/src/main/kotlin/com/acme/sync/SyncWorker.kt",
            "setForegroundAsync(info).get()",
            "setForeground(info)",
        ),
        ("app/src/main/kotlin/com/acme/analytics/Tracker.kt", "@JvmDefault\n", ""),
    ]

    def edit(i: int) -> Spec:
        p, old, new = edits[i]
        return spec(
            "apply_patch", {"path": p, "find": old, "replace": new}, f"Success. Updated {p}"
        )

    def undo(apply: bool) -> Spec:
        old, new = "org.gradle.jvmargs=-Xmx2g", "org.gradle.jvmargs=-Xmx4g"
        if not apply:
            old, new = new, old
        return spec(
            "apply_patch",
            {"path": "gradle.properties", "find": old, "replace": new},
            "Success. Updated gradle.properties",
        )

    agents = ["mobile-ci-agent", "platform-infra-agent"]

    def hand(w: int) -> Spec:
        reply = [
            "Heap sizes on shared runners are an infrastructure setting. Please route to "
            "platform-infra-agent.",
            "gradle.properties lives in the app repo and belongs to the mobile team. Route to "
            "mobile-ci-agent.",
        ][w]
        return spec(
            "dispatch_agent",
            {
                "agent": agents[w],
                "brief": "Release build OOMs in :app:compileReleaseKotlin since #903. Please fix.",
            },
            lambda: f"{agents[w]} finished (session {c.hx(7)}): {reply}",
        )

    def todo(items: list[tuple[str, str]]) -> Spec:
        return spec(
            "update_plan",
            {
                "plan": [
                    {"step": t, "status": s if s == "completed" else "pending"} for t, s in items
                ]
            },
            "Plan updated",
        )

    def lst(offset: int, limit: int) -> Spec:
        page = offset // limit + 1

        def out() -> str:
            rows = []
            for k in range(3):
                n = offset + k
                concl = "failure" if n < 3 or n % 7 == 3 else "success"
                rows.append(
                    f'{{"id": {run_id - n * 13}, "head_branch": '
                    f'"{["main", "release/5.12", "feat/offline-cart"][n % 3]}", '
                    f'"conclusion": "{concl}"}}'
                )
            return (
                '{"total_count": 1243, "workflow_runs": [\n '
                + ",\n ".join(rows)
                + f",\n ... {limit - 3} more]}}\n(x-github-request-id: "
                f"{c.hx(4).upper()}:{c.hx(6).upper()})"
            )

        return spec(
            "gh", {"args": ["api", f"repos/{repo}/actions/runs?per_page={limit}&page={page}"]}, out
        )

    def esc(i: int) -> Spec:
        args = {
            "channel": "#mobile-release",
            "text": "@mobile-oncall release builds OOM since #903, 5.12 is blocked - please look",
        }
        if i == 0:
            return spec("slack_post", args, lambda: f"ok ts=1764{c.num(100000, 999999)}.0012")
        return spec(
            "slack_post",
            args,
            lambda: (
                f"ok ts=1764{c.num(100000, 999999)}.0013 "
                f"(same text posted {i} time(s) before; thread: ravi.k 'on it, looking at "
                "the heap')"
            ),
        )

    def typo(ok: bool) -> Spec:
        r = repo if ok else "acme/andriod-app"
        if not ok:
            return spec(
                "gh",
                {"args": ["pr", "view", "903", "-R", r]},
                "GraphQL: Could not resolve to a Repository with the name "
                "'acme/andriod-app'. (repository)",
                True,
            )
        return spec(
            "gh",
            {"args": ["pr", "view", "903", "-R", r]},
            "Bump AGP to 8.7.3 and Kotlin to 2.1.0 #903\nMerged - dlin merged 2 days "
            "ago\n  Also drops kotlin.daemon.jvmargs; AGP now sizes the daemon.",
        )

    job_states = [
        "in_progress  assemble (3/7 steps)",
        "in_progress  assembleRelease",
        "completed  success  13m58s",
    ]

    def job(i: int) -> Spec:
        return spec(
            "gh",
            {"args": ["run", "view", str(run_id + 40), "-R", repo]},
            lambda: f"{job_states[i]}  fix/kotlin-daemon-heap  (checked {c.hms()})",
        )

    reruns = [run_id, run_id - 17, run_id - 31, run_id - 44, run_id - 52]

    def batch(i: int) -> Spec:
        return spec(
            "gh",
            {"args": ["run", "rerun", str(reruns[i]), "-R", repo, "--failed"]},
            f"Requested rerun (failed jobs) of run {reruns[i]}",
        )

    prs = [
        ["pr", "edit", str(pr), "-R", repo, "--add-reviewer", "dlin"],
        ["pr", "edit", str(pr), "-R", repo, "--base", "release/5.12"],
        ["pr", "edit", str(pr), "-R", repo, "--add-label", "hotfix"],
    ]

    def cm(i: int) -> Spec:
        return spec("gh", {"args": prs[i]}, f"https://github.com/{repo}/pull/{pr}")

    def flaky(i: int) -> Spec:
        args = {
            "command": "./gradlew :app:dependencies --configuration releaseRuntimeClasspath "
            "-q | head -5"
        }
        if i < 2:
            return spec(
                "terminal",
                args,
                "Could not GET 'https://dl.google.com/dl/android/"
                "maven2/com/android/tools/build/gradle/8.7.3/gradle-8.7.3.pom'. Received "
                "status code 502 from server: Bad Gateway" + (" (retry 2)" if i else ""),
                True,
            )
        return spec(
            "terminal",
            args,
            "+--- androidx.core:core-ktx:1.15.0\n+--- org.jetbrains."
            "kotlin:kotlin-stdlib:2.1.0\n+--- com.squareup.okhttp3:okhttp:4.12.0",
        )

    return {
        "name": "android_gradle_oom_ci",
        "task": "Release builds for the Android app have been failing on CI since the AGP/Kotlin "
        "bump (#903) and 5.12 can't ship. Fix the build. Don't move us to the bigger paid "
        "runners - we're staying on ubuntu-latest.",
        "openers": [
            "I'll start by listing the latest Release build runs.",
            "First, the recent runs of release.yml.",
            "Let me check the last few Release build runs on GitHub Actions.",
        ],
        "acks": [
            "Okay, looking into the release build.",
            "Got it - staying on ubuntu-latest.",
            "On it.",
        ],
        "pings": ["QA is waiting on a 5.12 build. Progress?", "Any luck with the release build?"],
        "A": A,
        "B": B,
        "C": C,
        "A_after": A_after,
        "noteA": "Three failed release builds in a row since #903; the last success was a day ago.",
        "noteB": "The Kotlin compile runs out of heap in :app:compileReleaseKotlin.",
        "noteC": "#903 bumped AGP and Kotlin and also deleted kotlin.daemon.jvmargs=-Xmx3g.",
        "recheck": [
            "Let me list the runs again.",
            "Re-listing the release runs.",
            "Checking the run list once more.",
        ],
        "noisy_final": "Still three failures in a row. I'll keep watching the runs.",
        "X": spec(
            "gh",
            {"args": ["variable", "set", "GRADLE_OPTS", "-R", repo, "--body", "-Xmx4g"]},
            'failed to set variable "GRADLE_OPTS": HTTP 403: Resource not accessible by '
            "integration",
            True,
        ),
        "Y": spec(
            "gh",
            {"args": ["workflow", "run", "ci.yml", "-R", repo, "-f", "gradle_args=--no-daemon"]},
            "could not create workflow dispatch event: HTTP 422: Unexpected inputs "
            'provided: ["gradle_args"]',
            True,
        ),
        "x_lines": [
            "I'll raise the heap via a GRADLE_OPTS repo variable.",
            "Trying the GRADLE_OPTS variable again.",
        ],
        "y_lines": [
            "Then a CI run without the daemon.",
            "Let me dispatch the no-daemon run again.",
        ],
        "osc_hint": "The token can't write variables and ci.yml has no such input. Just restore "
        "the jvmargs in gradle.properties.",
        "osc_final": "Neither went through. I'll try the variable once more at org level.",
        "perm": perm,
        "perm_lines": [
            "I'll dispatch a release build on release/5.12.",
            "422. Maybe it wants the full ref.",
            "Same. Trying the workflow by its display name.",
            "Passing a track input too.",
        ],
        "perm_final": "Dispatch keeps failing. I'll try the workflow id next.",
        "wait": lambda s: spec(
            "terminal", {"command": f"sleep {s}"}, lambda: c.sleep(s, "(exit 0)")
        ),
        "backoff_lines": [
            "422 - maybe the workflow list is cached. Sleeping 15s.",
            "Still 422. Sleeping 30s.",
            "Same. One minute.",
            "Not yet; retrying in two minutes.",
        ],
        "read": read,
        "reread_lines": [
            "Let me look at gradle.properties.",
            "Re-reading the AndroidX flags.",
            "Looking at the top of the file again.",
            "Going over the code style and caching lines once more.",
        ],
        "reread_final": "I'll re-read the top of gradle.properties once more before editing.",
        "sect_lead": "Let me read gradle.properties.",
        "sect_notes": [
            "AndroidX and R8 full mode.",
            "Caching and the configuration cache are on.",
            "A comment says #903 removed the Kotlin daemon heap on purpose.",
            "And Gradle itself gets only 2 GB. I'll give Gradle 4 GB and the Kotlin "
            "daemon 3 GB back, which fits 16 GB.",
        ],
        "sect_act": spec(
            "apply_patch",
            {
                "path": "gradle.properties",
                "find": "org.gradle.jvmargs=-Xmx2g",
                "replace": "kotlin.daemon.jvmargs=-Xmx3g\norg.gradle.jvmargs=-Xmx4g",
            },
            "Success. Updated gradle.properties",
        ),
        "sect_final": "Heap settings restored; next is a CI run on the branch.",
        "check": check,
        "verify_lines": [
            "Let me compile the release Kotlin sources.",
            "One error. Building again to make sure.",
            "Same error. Once more with a warm daemon.",
            "Let me run the build again.",
        ],
        "verify_final": "It still fails on Tracker.kt. I'll try again shortly.",
        "edit": edit,
        "edit_lead": "Kotlin 2.1 also made some warnings fatal; fixing them one by one.",
        "edit_notes": [
            "Three errors. The missing when branch first.",
            "That one's gone. Replacing setForegroundAsync.",
            "Only the @JvmDefault annotation is left.",
        ],
        "edit_final": "BUILD SUCCESSFUL. Pushing to the branch.",
        "undo": undo,
        "undo_lines": [
            "I'll raise Gradle's heap to 4 GB.",
            "4 GB could starve the Kotlin daemon. Reverting to 2 GB.",
            "But 2 GB is what fails. Back to 4 GB.",
            "Hmm, memory on the runner is tight. Reverting again.",
        ],
        "undo_user": "4g is fine, the runner has 16 GB. Leave it.",
        "undo_final": "I'll work out the right heap before settling it.",
        "hand": hand,
        "hand_lines": [
            "I'll hand the OOM to the mobile CI agent.",
            "Mobile CI says it's infra. Handing to platform infra.",
            "Infra says it's the app repo. Back to mobile CI.",
            "Mobile CI points to infra again; trying infra.",
        ],
        "hand_final": "They keep sending it back and forth. I'll try mobile CI once more.",
        "todo": todo,
        "churn": [
            ["Find failing task", "Restore Kotlin daemon heap", "Run CI", "Ship 5.12"],
            ["Restore Kotlin daemon heap", "Find failing task", "Ship 5.12", "Run CI"],
            ["Failing task?", "kotlin.daemon.jvmargs", "CI run", "5.12 build"],
            [
                "Put back kotlin.daemon.jvmargs=-Xmx3g",
                "Confirm OOM task",
                "Green CI",
                "Release 5.12",
            ],
        ],
        "churn_lines": [
            "Let me make a plan.",
            "Reordering so the fix is first.",
            "Shortening the steps.",
            "Making them more specific.",
        ],
        "churn_final": "Plan's done; I'll tidy it once more first.",
        "adv_items": [
            "List release runs",
            "Read the failed log",
            "Diff #903",
            "Restore heap settings",
        ],
        "adv_final": "Cause: #903 dropped the Kotlin daemon heap. Last step is restoring it.",
        "lst": lst,
        "grow": [25, 50, 100, 200],
        "page_size": 100,
        "grow_lines": [
            "Let me list workflow runs via the API.",
            "25 is too few. 50.",
            "Still only recent ones. 100.",
            "Trying 200.",
        ],
        "grow_final": "There are many runs; I'll ask for a larger page to see them all.",
        "page_lead": "I'll page through all workflow runs, 100 per page.",
        "page_notes": [
            "Page 1: failures start at #903's merge.",
            "Page 2: occasional failures on feature branches, unrelated.",
            "Page 3: all green on main.",
        ],
        "page_final": "Four pages: main was green until #903, then every release build failed.",
        "asks": [
            "Before I push: okay to put the jvmargs back in gradle.properties?",
            "Just checking - I can edit gradle.properties?",
            "Sorry, to confirm: you're fine with restoring the Kotlin daemon heap?",
            "Can you confirm once more that I may push this change?",
        ],
        "yeses": ["Yes, go.", "Yes, I said so.", "YES. Push it."],
        "esc": esc,
        "esc_lines": [
            "I'll ping the mobile on-call in #mobile-release.",
            "No reply. Pinging again.",
            "Pinging once more - 5.12 is blocked.",
            "Another ping to make sure.",
        ],
        "esc_user": "Ravi answered in the thread already. Please stop pinging.",
        "esc_final": "I'll ping again if no one picks it up.",
        "typo": typo,
        "typo_lead": "Let me read PR #903.",
        "typo_note": "Repo name typo. It's acme/android-app.",
        "typo_fixed_note": "#903 says it dropped the daemon heap on purpose.",
        "job_start": spec(
            "gh",
            {"args": ["workflow", "run", "ci.yml", "-R", repo, "--ref", "fix/kotlin-daemon-heap"]},
            lambda: (
                f"Created workflow_dispatch event for ci.yml at fix/kotlin-daemon-heap ({c.hms()})"
            ),
        ),
        "job": job,
        "poll_wait": 120,
        "job_notes": [
            "Run started. Checking in two minutes.",
            "Assembling.",
            "In assembleRelease now, past the point it used to die.",
        ],
        "job_resume": "The branch run started earlier; I'll follow it.",
        "job_final": "Green in 13m58s.",
        "batch": batch,
        "batch_intro": "With the fix on main, re-running the failed jobs of five runs.",
        "batch_mid": "Three re-runs queued.",
        "batch_final": "All five re-runs requested.",
        "synth": "#903 removed the Kotlin daemon heap and Kotlin 2.1 needs more memory; restoring "
        "it fits the 16 GB runner.",
        "followup": "Do we need bigger runners later?",
        "answer": "Not for now: 4 GB Gradle plus 3 GB daemon leaves room on 16 GB.",
        "cm": cm,
        "cm_lead": "I'll add Dana as reviewer on the PR.",
        "cm_done": "Reviewer added.",
        "changes": ["Target release/5.12 instead of main.", "And add the hotfix label."],
        "cm_acks": ["Switching the base.", "Adding the label."],
        "cm_final": "PR targets release/5.12 with hotfix label.",
        "s_wrong": spec(
            "gh",
            {
                "args": [
                    "search",
                    "code",
                    "kotlin.daemon.jvmargs",
                    "--repo",
                    "acme/android-design-system",
                ]
            },
            "no code results matched your search",
        ),
        "s_right": spec(
            "gh",
            {"args": ["search", "prs", "kotlin.daemon.jvmargs", "--repo", repo]},
            f"{repo}#903  Bump AGP to 8.7.3 and Kotlin to 2.1.0  merged",
        ),
        "s_read": spec(
            "gh",
            {"args": ["pr", "view", "903", "-R", repo, "--comments"]},
            "dlin: dropping kotlin.daemon.jvmargs - AGP 8.7 should size the daemon\n"
            "ravi.k: are we sure on 16GB runners?",
        ),
        "s_hint": "That's the design system. The app repo has it.",
        "s_empty": "Nothing in the design system repo.",
        "s_hint_ack": "Searching the app repo PRs.",
        "search_lead": "Let me find where the jvmargs were removed.",
        "s_reason": "The design system doesn't build the app; the setting belongs to "
        "android-app. Searching its PRs.",
        "s_hit": "#903 matches.",
        "s_learned": "The removal was deliberate but untested on CI's memory.",
        "report": "Found it: #903 removed the Kotlin daemon heap, so compileReleaseKotlin OOMs.",
        "world": "I pushed the jvmargs fix to main myself. Can you check the runs again?",
        "recheck_line": "Re-listing the release runs.",
        "note_after": "Newest main run succeeded; release/5.12 still has the failed one.",
        "act": spec(
            "gh",
            {
                "args": [
                    "pr",
                    "create",
                    "-R",
                    repo,
                    "--base",
                    "release/5.12",
                    "--head",
                    "cherry-pick/daemon-heap",
                    "--title",
                    "Restore Kotlin daemon heap (5.12)",
                ]
            },
            f"https://github.com/{repo}/pull/{pr + 4}",
        ),
        "recheck_final": "Opened the cherry-pick to release/5.12.",
        "flaky": flaky,
        "fl_lead": "Let me check the resolved dependencies.",
        "fl_notes": [
            "Google's Maven returned 502 - transient. Retrying.",
            "Still 502. Waiting two minutes.",
        ],
        "fl_ok": "Resolved fine; Kotlin stdlib 2.1.0 as expected.",
    }


def visa_appointment_reschedule(rng: random.Random, c: Clock) -> D:
    ds_old, ds_new = "AA00B1C2D3", "AA00E5F6G7"
    case = f"MOB-{rng.randint(7100, 7999)}"
    ais = "ais_portal"

    def profile(fixed: bool) -> Callable[[], str]:
        def out() -> str:
            ds = ds_new if fixed else ds_old
            flag = "OK" if fixed else "MISMATCH - reschedule disabled"
            return (
                f"Applicant: WISNIEWSKI, Tomasz  |  Visa class B1  |  Post: Warsaw\n"
                f"Appointment: 2026-12-09 09:15 (Consular Section)  Reschedules left: 2\n"
                f"Profile passport: EJ7654321  DS-160: {ds}  Passport check: {flag}\n"
                f"MRV fee receipt: 8801-2231-77 (valid to 2027-10-02)\n[session {c.hx(10)} "
                f"{c.hms()} CET]"
            )

        return out

    A = spec(ais, {"action": "view_applicant", "group": "G-552109", "applicant": 1}, profile(False))
    A_after = spec(ais, A["args"], profile(True))
    B = spec(
        "ceac",
        {"lookup": "ds160", "confirmation": ds_old, "surname_first5": "WISNI", "birth_year": 1987},
        f"DS-160 {ds_old}  submitted 2026-10-02\nPassport number: AB1234567  issued "
        "2017-06-12  expires 2027-06-11\nPurpose: B1 - client meetings, Chicago",
    )
    C = spec(
        "hr_case",
        {"case": case, "list": "documents"},
        f"{case} documents:\n- passport_new_EJ7654321.pdf (issued 2026-11-05)\n- "
        "passport_old_AB1234567_cancelled.pdf\n- invitation_letter_acme_chicago.pdf",
    )

    def perm(i: int) -> Spec:
        args = [
            {
                "action": "reschedule",
                "group": "G-552109",
                "facility": "WAW",
                "slot": "2026-12-03T08:30",
            },
            {
                "action": "reschedule",
                "group": "G-552109",
                "facility": "waw",
                "slot": "2026-12-03T08:30",
            },
            {
                "action": "reschedule",
                "group": "G-552109",
                "facility": "WAW",
                "slot": "03.12.2026 08:30",
            },
            {
                "action": "reschedule",
                "group": "G-552109",
                "facility": "WAW",
                "slot": "2026-12-03T08:30",
                "applicants": [1],
            },
        ][i]
        return spec(
            ais,
            args,
            lambda: (
                "ERROR AIS-214: Passport number on profile (EJ7654321) "
                f"does not match DS-160 {ds_old} (AB1234567). Reschedule not permitted. "
                f"[ref {c.hx(8).upper()}]"
            ),
            True,
        )

    segs = [
        "Frequently asked questions - nonimmigrant visa appointments (Poland)",
        "Q: How many times can I reschedule?\nA: Twice. After that the MRV fee must be paid again.",
        "Q: How long is my MRV fee valid?\nA: 365 days from payment.",
        "Q: Can I change the applicant name?\nA: No. Create a new profile.",
        "Q: I lost my passport.\nA: Report it to the police and the passport office.",
        "Q: My passport changed after I submitted the DS-160.\nA: Complete a new DS-160 with the "
        "new passport number.",
        "Then use 'Update DS-160' on your profile. Your fee receipt stays valid; do not pay again.",
        "Bring the old passport too if it holds a valid visa.",
    ]

    def read(a: int, b: int) -> Spec:
        first, last, text = numbered(segs, a, b)
        return spec(
            "web_read",
            {
                "url": "https://www.ustraveldocs.example/pl/faq-appointments",
                "paragraphs": f"{first}-{last}",
            },
            text,
        )

    fails = [
        f"DS-160 {ds_old}: passport AB1234567 differs from profile EJ7654321",
        "Photo: uploaded 2026-03-14, older than 6 months",
        "US contact: postal code missing for Acme Corp, Chicago",
    ]

    def check(k: int) -> Spec:
        def out() -> str:
            head = f"Pre-check G-552109 ({c.hms()} CET): "
            if k == 0:
                return head + "eligible to reschedule"
            return head + f"{k} blocking item(s)\n" + "\n".join(f"  x {f}" for f in fails[3 - k :])

        return spec(ais, {"action": "precheck", "group": "G-552109"}, out, k > 0)

    edits = [
        spec(
            "ceac",
            {
                "draft": ds_new,
                "set": {"passport_number": "EJ7654321", "passport_issued": "2026-11-05"},
            },
            f"draft {ds_new} saved; submitted and linked to G-552109 as replacement",
        ),
        spec(
            "ceac",
            {"draft": ds_new, "upload_photo": "tw_photo_2026-11.jpg"},
            "photo accepted (600x600, taken 2026-11-20)",
        ),
        spec(
            "ceac",
            {"draft": ds_new, "set": {"us_contact.postal_code": "60601"}},
            f"draft {ds_new} saved",
        ),
    ]

    def edit(i: int) -> Spec:
        return edits[i]

    def undo(apply: bool) -> Spec:
        val = "courier_office" if apply else "dhl_point_mokotow"
        return spec(
            ais,
            {"action": "set_delivery", "group": "G-552109", "option": val},
            f"Passport delivery set to {val}",
        )

    agents = ["visa-desk-agent", "hr-mobility-agent"]

    def hand(w: int) -> Spec:
        reply = [
            "Traveller passport records are HR mobility's responsibility. Please pass this to "
            "hr-mobility-agent.",
            "Appointment scheduling errors belong to the visa desk. Pass it to visa-desk-agent.",
        ][w]
        return spec(
            "handoff",
            {
                "to": agents[w],
                "case": case,
                "request": "Reschedule Tomasz's B1 interview to an earlier "
                "date; portal blocks it (AIS-214).",
            },
            lambda: f"{agents[w]} [{c.hx(6)}]: {reply}",
        )

    def todo(items: list[tuple[str, str]]) -> Spec:
        return spec(
            "hr_case",
            {
                "case": case,
                "checklist": [f"[{'x' if s == 'completed' else ' '}] {t}" for t, s in items],
            },
            f"{case} checklist updated",
        )

    def lst(offset: int, limit: int) -> Spec:
        def out() -> str:
            rows = []
            for k in range(3):
                n = offset + k
                d = date(2026, 12, 3) + timedelta(days=n // 4)
                rows.append(
                    f"{d.isoformat()} {8 + n % 4:02d}:{30 if n % 2 else 0:02d}  WAW  B1/B2 queue"
                )
            return (
                f"free slots {offset + 1}-{offset + limit} of 96 (as of {c.hms()} CET)\n"
                + "\n".join(rows)
                + f"\n... {limit - 3} more"
            )

        return spec(
            ais,
            {
                "action": "list_slots",
                "facility": "WAW",
                "from": "2026-12-01",
                "offset": offset,
                "limit": limit,
            },
            out,
        )

    def esc(i: int) -> Spec:
        args = {
            "to": "support-pl@ustraveldocs.example",
            "subject": "ESCALATION: AIS-214 blocking reschedule G-552109",
            "priority": "high",
        }
        if i == 0:
            return spec("email", args, lambda: f"sent, message-id <{c.hx(12)}@acme.com>")
        return spec(
            "email",
            args,
            lambda: (
                f"sent, message-id <{c.hx(12)}@acme.com>\n"
                f"auto-reply: 'Ticket PL-448120 already open ({i + 1} messages). We reply "
                "within 2 business days.'"
            ),
        )

    def typo(ok: bool) -> Spec:
        conf = ds_old if ok else "AA00B1C2D8"
        args = {
            "lookup": "ds160",
            "confirmation": conf,
            "surname_first5": "WISNI",
            "birth_year": 1987,
        }
        if not ok:
            return spec("ceac", args, "No application found for AA00B1C2D8.", True)
        return spec(
            "ceac",
            args,
            f"DS-160 {ds_old}  status: SUBMITTED  location: WARSAW  case created 2026-10-02",
        )

    job_states = [
        "SUBMITTED - link pending",
        "LINKED - passport check running",
        "LINKED - passport check OK, reschedule enabled",
    ]

    def job(i: int) -> Spec:
        return spec(
            ais,
            {"action": "ds160_link_status", "group": "G-552109"},
            lambda: f"{ds_new}: {job_states[i]} ({c.hms()} CET)",
        )

    people = [
        "Tomasz Wisniewski",
        "Agata Nowak",
        "Piotr Zielinski",
        "Ewa Kaminska",
        "Marek Lewandowski",
    ]

    def batch(i: int) -> Spec:
        return spec(
            "email",
            {
                "to": f"{people[i].split()[0].lower()}.{people[i].split()[1].lower()}@acme.com",
                "template": "b1_interview_checklist",
                "vars": {"name": people[i].split()[0]},
            },
            lambda: f"sent, message-id <{c.hx(12)}@acme.com>",
        )

    mails = [
        {"to": "tomasz.wisniewski@acme.com", "cc": [], "lang": "en"},
        {"to": "tomasz.wisniewski@acme.com", "cc": ["k.mazur@acme.com"], "lang": "en"},
        {"to": "tomasz.wisniewski@acme.com", "cc": ["k.mazur@acme.com"], "lang": "pl"},
    ]

    def cm(i: int) -> Spec:
        return spec(
            "email",
            {"template": "appointment_update", **mails[i]},
            f"sent ({mails[i]['lang']}) to {mails[i]['to']}",
        )

    def flaky(i: int) -> Spec:
        args = {"action": "view_appointment_history", "group": "G-552109"}
        if i < 2:
            return spec(
                ais,
                args,
                "503 You are in a queue (waiting room active due to high "
                "traffic). Estimated wait: " + ("40 s" if i else "90 s"),
                True,
            )
        return spec(ais, args, "2026-10-03 booked 2026-12-09 09:15\nno reschedules yet")

    return {
        "name": "visa_appointment_reschedule",
        "task": "Tomasz needs his B1 visa interview in Warsaw moved earlier - he has to be in "
        "Chicago on Dec 8 now. The portal won't let us reschedule. Can you sort it? Don't pay "
        "any new visa fee and don't cancel his current appointment.",
        "openers": [
            "I'll open Tomasz's applicant profile in the appointment system first.",
            "First, his AIS profile and current appointment.",
            "Let me look at Tomasz's applicant record in the scheduling portal.",
        ],
        "acks": [
            "Sure, I'll take a look.",
            "Understood - no new fee, no cancellation.",
            "Okay, working on Tomasz's appointment.",
        ],
        "pings": [
            "Tomasz is asking whether to book his flights. Any news?",
            "Hi, how's the reschedule going?",
        ],
        "A": A,
        "B": B,
        "C": C,
        "A_after": A_after,
        "noteA": "His profile has the new passport, but the DS-160 check shows a mismatch and "
        "rescheduling is disabled.",
        "noteB": "The DS-160 was filed on 2 Oct with his old passport AB1234567.",
        "noteC": "HR has the new passport from 5 Nov and the old one marked cancelled.",
        "recheck": [
            "Let me view his profile again.",
            "Refreshing the applicant page.",
            "One more look at his profile.",
        ],
        "noisy_final": "Still mismatch, reschedule disabled. I'll keep checking his profile.",
        "X": spec(
            ais,
            {
                "action": "update_profile",
                "group": "G-552109",
                "applicant": 1,
                "passport": "AB1234567",
            },
            "ERROR AIS-118: passport AB1234567 is reported cancelled and cannot be used",
            True,
        ),
        "Y": spec(
            ais,
            {"action": "link_ds160", "group": "G-552109", "confirmation": ds_old, "override": True},
            "ERROR AIS-120: DS-160 passport does not match profile; override not "
            "available to applicants",
            True,
        ),
        "x_lines": [
            "I'll put the old passport number back on his profile.",
            "Trying the old passport number on the profile again.",
        ],
        "y_lines": [
            "Then I'll force-link the existing DS-160.",
            "Let me try the DS-160 link with override again.",
        ],
        "osc_hint": "The old passport is cancelled and there's no override. He needs a new "
        "DS-160 with the new passport.",
        "osc_final": "Both refused. I'll try the profile update once more with the issue date.",
        "perm": perm,
        "perm_lines": [
            "I'll move him to the free 3 December 08:30 slot.",
            "AIS-214. Maybe the facility code must be lower case.",
            "Same. Trying the local date format.",
            "Adding his applicant number explicitly.",
        ],
        "perm_final": "It keeps refusing. I'll try another slot.",
        "wait": lambda s: spec("wait", {"seconds": s}, lambda: c.sleep(s, f"{s} s elapsed")),
        "backoff_lines": [
            "AIS-214 - perhaps the profile change hasn't propagated. Waiting 15 seconds.",
            "Still AIS-214. 30 seconds.",
            "Same. Waiting a minute.",
            "Nothing yet; I'll retry in two minutes.",
        ],
        "read": read,
        "reread_lines": [
            "Let me read the appointment FAQ.",
            "Re-reading the reschedule limits.",
            "Going over the fee validity part again.",
            "Let me read the first questions once more.",
        ],
        "reread_final": "I'll go through the start of the FAQ again before acting.",
        "sect_lead": "Let me read the embassy FAQ.",
        "sect_notes": [
            "Two reschedules allowed; we have both left.",
            "The fee is valid for a year; name changes need a new profile.",
            "There's a question about a changed passport.",
            "New DS-160 with the new passport, then 'Update DS-160'; the fee stays "
            "valid. Drafting it now.",
        ],
        "sect_act": edits[0],
        "sect_final": "New DS-160 submitted and linked; the reschedule should open up.",
        "check": check,
        "verify_lines": [
            "Let me run the reschedule pre-check.",
            "One item. Running it again.",
            "Same. Once more.",
            "Running the pre-check again.",
        ],
        "verify_final": "Still the postal code item. I'll re-run the pre-check later.",
        "edit": edit,
        "edit_lead": "I'll fix what blocks the reschedule and re-check after each change.",
        "edit_notes": [
            "Three items. The DS-160 passport first.",
            "Passport fixed. Now a current photo.",
            "Only the US contact's postal code is left.",
        ],
        "edit_final": "Eligible to reschedule.",
        "undo": undo,
        "undo_lines": [
            "I'll set passport delivery to the Warsaw office courier.",
            "He may be travelling; DHL point is safer. Switching.",
            "But the office is where HR collects it. Back to courier.",
            "Hmm, DHL is closer to his home. Switching again.",
        ],
        "undo_user": "Courier to the office, he told us that. Leave it.",
        "undo_final": "I'll decide on the delivery option after checking with him.",
        "hand": hand,
        "hand_lines": [
            "I'll hand this to the visa desk agent.",
            "Visa desk says passports are HR's. Handing to HR mobility.",
            "HR mobility says scheduling is the visa desk's. Back to them.",
            "Visa desk sends it to HR again; trying HR.",
        ],
        "hand_final": "They keep bouncing it. I'll try the visa desk once more.",
        "todo": todo,
        "churn": [
            ["Check profile", "New DS-160", "Reschedule to 3 Dec", "Tell Tomasz"],
            ["New DS-160 with new passport", "Check profile", "Tell Tomasz", "Reschedule to 3 Dec"],
            ["Profile", "DS-160", "Reschedule", "Notify"],
            [
                "Submit replacement DS-160",
                "Confirm profile passport",
                "Move appointment",
                "Email traveller",
            ],
        ],
        "churn_lines": [
            "Let me write a checklist.",
            "DS-160 first. Reordering.",
            "Shorter items.",
            "Rewording it again.",
        ],
        "churn_final": "Checklist is set; I'll polish it before starting.",
        "adv_items": [
            "Check AIS profile",
            "Check DS-160 passport",
            "Check HR passport docs",
            "File new DS-160",
        ],
        "adv_final": "Clear now: the DS-160 carries his cancelled passport. Last item is the "
        "new DS-160.",
        "lst": lst,
        "grow": [20, 40, 60, 90],
        "page_size": 24,
        "grow_lines": [
            "Let me list free slots in Warsaw.",
            "20 slots isn't all. 40.",
            "Still more. 60.",
            "Pulling 90.",
        ],
        "grow_final": "I'll fetch an even larger list to see every slot.",
        "page_lead": "I'll page through the free slots, 24 at a time.",
        "page_notes": [
            "Page 1: 3-8 December, mornings.",
            "Page 2: 9-14 December.",
            "Page 3: 15-20 December.",
        ],
        "page_final": "Last page ends on 26 December; 3 December 08:30 is the earliest.",
        "asks": [
            "Before I submit: may I file a new DS-160 for Tomasz?",
            "Just to check - okay to replace his DS-160?",
            "Sorry, to be sure: I have your approval for the new DS-160?",
            "Could you confirm once more I'm allowed to submit it?",
        ],
        "yeses": ["Yes, please do.", "Yes, like I said before.", "Yes!! Please just submit it."],
        "esc": esc,
        "esc_lines": [
            "I'll escalate to the visa support centre.",
            "No answer; escalating again.",
            "Escalating again, he travels soon.",
            "One more escalation.",
        ],
        "esc_user": "They already opened a ticket for us. More emails won't speed it up.",
        "esc_final": "I'll escalate again tomorrow if there's no reply.",
        "typo": typo,
        "typo_lead": "Let me check his DS-160 status.",
        "typo_note": "Wrong last character - it's AA00B1C2D3.",
        "typo_fixed_note": "Submitted 2 Oct for Warsaw.",
        "job_start": spec(
            ais,
            {"action": "update_ds160", "group": "G-552109", "confirmation": ds_new},
            lambda: f"{ds_new}: SUBMITTED - queued for linking ({c.hms()} CET)",
        ),
        "job": job,
        "poll_wait": 120,
        "job_notes": [
            "Submitted for linking. Checking in two minutes.",
            "Linked; passport check running.",
            "Still running.",
        ],
        "job_resume": "The new DS-160 was submitted this morning; I'll watch the link.",
        "job_final": "Passport check OK - reschedule enabled.",
        "batch": batch,
        "batch_intro": "Sending the B1 interview checklist to all five travellers for Chicago.",
        "batch_mid": "Three sent.",
        "batch_final": "All five have the checklist.",
        "synth": "So the DS-160 has his cancelled passport; a new DS-160 fixes it without a new "
        "fee.",
        "followup": "Does he need to bring the old passport?",
        "answer": "Only if it has a valid US visa in it - his doesn't, so just the new one.",
        "cm": cm,
        "cm_lead": "I'll email Tomasz the update.",
        "cm_done": "Email sent.",
        "changes": ["Please cc his manager Kasia Mazur.", "Send it in Polish instead."],
        "cm_acks": ["Adding Kasia in cc.", "Sending the Polish version."],
        "cm_final": "Tomasz and Kasia have it in Polish.",
        "s_wrong": spec(
            "hr_case", {"search": "AB1234567", "year": 2025}, "0 cases mention AB1234567 in 2025"
        ),
        "s_right": spec(
            "hr_case",
            {"search": "AB1234567", "year": 2026},
            f"1 case: {case} (passport_old_AB1234567_cancelled.pdf)",
        ),
        "s_read": spec(
            "hr_case",
            {"case": case, "open": "passport_old_AB1234567_cancelled.pdf"},
            "Passport AB1234567 cancelled 2026-11-05 on issue of EJ7654321.",
        ),
        "s_hint": "His passport was renewed this year, look at 2026.",
        "s_empty": "Nothing in 2025 cases.",
        "s_hint_ack": "Searching 2026.",
        "search_lead": "Let me find where the old passport is on file.",
        "s_reason": "The renewal happened this autumn, so 2026 is the year to search.",
        "s_hit": "His 2026 case has it.",
        "s_learned": "The old passport was cancelled on 5 Nov, after the DS-160.",
        "report": "The DS-160 still has his cancelled passport, which blocks rescheduling.",
        "world": "Tomasz filled in a new DS-160 last night. Can you check his profile again?",
        "recheck_line": "Checking his profile again.",
        "note_after": "New DS-160 linked and the passport check is OK.",
        "act": spec(
            ais,
            {
                "action": "reschedule",
                "group": "G-552109",
                "facility": "WAW",
                "slot": "2026-12-03T08:30",
            },
            lambda: (
                f"CONFIRMED: 2026-12-03 08:30 Warsaw. Reschedules left: 1. [ref {c.hx(8).upper()}]"
            ),
        ),
        "recheck_final": "Moved to 3 December 08:30.",
        "flaky": flaky,
        "fl_lead": "Let me see his appointment history.",
        "fl_notes": [
            "The portal put us in a waiting room. Retrying.",
            "Still queued. Waiting two minutes.",
        ],
        "fl_ok": "Booked in October, never rescheduled.",
    }


def hubspot_webhook_signature(rng: random.Random, c: Clock) -> D:
    fn = "crm-sync-webhook"
    sec = "crm-sync/hubspot"
    jira = f"PLAT-{rng.randint(4100, 4999)}"

    def insights(after: bool) -> Callable[[], str]:
        def out() -> str:
            qid = f"{c.hx(8)}-{c.hx(4)}-{c.hx(4)}"
            rows = (
                "| 2026-12-01 10:00 | 38 |\n| 2026-12-01 10:30 | 4 |\n| 2026-12-01 11:00 | 0 |"
                if after
                else "| 2026-12-01 09:00 | 51 |\n| 2026-12-01 09:30 | 47 |\n"
                "| 2026-12-01 10:00 | 49 |"
            )
            return (
                f'{{"queryId": "{qid}", "status": "Complete", "statistics": '
                f'{{"recordsScanned": {c.num(180000, 190000)}}}}}\n| bin(30m) | count() |\n'
                f"{rows}\ntotal 401 'invalid signature' since 2026-11-30 16:20"
            )

        return out

    A = spec(
        "aws",
        {
            "cmd": "logs start-query --log-group-name /aws/lambda/crm-sync-webhook "
            '--query-string "filter status=401 and msg like /invalid '
            'signature/ | stats count() by bin(30m)" --start-time -3h'
        },
        insights(False),
    )
    A_after = spec("aws", A["args"], insights(True))
    B = spec(
        "aws",
        {"cmd": f"secretsmanager describe-secret --secret-id {sec}"},
        '{"Name": "crm-sync/hubspot", "VersionIdsToStages": {\n  "v7-1c2e": '
        '["AWSCURRENT"],\n  "v8-9af0": ["AWSPENDING"]},\n "LastChangedDate": '
        '"2026-11-30T16:18:44Z", "RotationEnabled": false}',
    )
    C = spec(
        "hubspot_api",
        {
            "method": "GET",
            "path": "/account-info/v3/activity/audit-logs",
            "params": {"limit": 2, "category": "APP_SETTINGS"},
        },
        '{"results": [{"occurredAt": "2026-11-30T16:17:02Z", "actingUser": '
        '"jmiller@acme.io", "action": "CLIENT_SECRET_ROTATED", "app": "crm-sync (id '
        '1844120)"}, {"occurredAt": "2026-09-12T08:40:11Z", "action": '
        '"WEBHOOK_SUBSCRIPTION_UPDATED"}]}',
    )

    def perm(i: int) -> Spec:
        cmd = [
            f"secretsmanager update-secret-version-stage --secret-id {sec} --version-stage "
            "AWSCURRENT --move-to-version-id v8-9af0 --remove-from-version-id v7-1c2e",
            f"secretsmanager update-secret-version-stage --secret-id {sec} --version-stage "
            "AWSCURRENT --move-to-version-id v8-9af0 --remove-from-version-id v7-1c2e "
            "--region eu-west-1",
            f"secretsmanager update-secret-version-stage --secret-id arn:aws:secretsmanager:"
            f"eu-west-1:482911:secret:{sec}-Qx1b --version-stage AWSCURRENT "
            "--move-to-version-id v8-9af0 --remove-from-version-id v7-1c2e",
            f"secretsmanager update-secret-version-stage --secret-id {sec} --version-stage "
            "AWSCURRENT --move-to-version-id v8-9af0 --remove-from-version-id v7-1c2e "
            "--output json",
        ][i]
        return spec(
            "aws",
            {"cmd": cmd},
            lambda: (
                "An error occurred (AccessDeniedException) "
                "when calling the UpdateSecretVersionStage operation: User: arn:aws:sts::"
                "482911:assumed-role/agent-readonly/session-"
                f"{c.hx(8)} is not authorized to perform: secretsmanager:"
                "UpdateSecretVersionStage because no identity-based policy allows it"
            ),
            True,
        )

    segs = [
        '"""Verify HubSpot v3 webhook signatures."""\nimport base64, hashlib, hmac, time',
        "from crm_sync.secrets import get_secret",
        "MAX_SKEW_MS = 5 * 60 * 1000",
        'def _expected(method, uri, body, ts, secret):\n    msg = f"{method}{uri}{body}{ts}"',
        "    digest = hmac.new(secret.encode(), msg.encode(), hashlib.sha256).digest()\n"
        "    return base64.b64encode(digest).decode()",
        "def verify(event):\n    ts = int(event['headers']['X-HubSpot-Request-Timestamp'])",
        '    secret = get_secret("crm-sync/hubspot", stage="AWSCURRENT", ttl=86400)',
        "    sig = event['headers']['X-HubSpot-Signature-v3']\n    return "
        "hmac.compare_digest(sig, _expected(...))",
    ]

    def read(a: int, b: int) -> Spec:
        first, last, text = numbered(segs, a, b)
        return spec("fs_read", {"file": "src/crm_sync/verify.py", "from": first, "to": last}, text)

    fails = [
        "FAILED tests/test_verify.py::test_falls_back_to_pending_during_rotation - assert False",
        "FAILED tests/test_verify.py::test_rejects_timestamp_older_than_5_min - assert True is "
        "False",
        "FAILED tests/test_verify.py::test_uri_includes_query_string - AssertionError: "
        "signature mismatch for /webhooks?portal=881",
    ]

    def check(k: int) -> Spec:
        def out() -> str:
            t = f"{c.num(80, 190) / 100:.2f}"
            c.tick(3, 9)
            if k == 0:
                return f"7 passed in {t}s"
            return "\n".join(fails[3 - k :]) + f"\n{k} failed, {7 - k} passed in {t}s"

        return spec(
            "sh", {"run": "pytest -q tests/test_verify.py", "dir": "services/crm-sync"}, out, k > 0
        )

    edits = [
        (
            'stage="AWSCURRENT", ttl=86400)',
            'stage="AWSCURRENT", ttl=300, fallback_stage="AWSPENDING")',
        ),
        (
            "    ts = int(event['headers']['X-HubSpot-Request-Timestamp'])",
            "    ts = int(event['headers']['X-HubSpot-Request-Timestamp'])\n    if abs(time.time() "
            "* 1000 - ts) > MAX_SKEW_MS:\n        return False",
        ),
        (
            "uri = event['rawPath']",
            "uri = event['rawPath'] + ('?' + event['rawQueryString'] "
            "if event.get('rawQueryString') else '')",
        ),
    ]

    def edit(i: int) -> Spec:
        old, new = edits[i]
        return spec(
            "fs_edit",
            {"file": "src/crm_sync/verify.py", "search": old, "replace": new},
            "edited src/crm_sync/verify.py (1 hunk)",
        )

    def undo(apply: bool) -> Spec:
        old, new = "ttl=86400", "ttl=300"
        if not apply:
            old, new = new, old
        return spec(
            "fs_edit",
            {"file": "src/crm_sync/verify.py", "search": old, "replace": new},
            "edited src/crm_sync/verify.py (1 hunk)",
        )

    agents = ["integrations-agent", "cloud-security-agent"]

    def hand(w: int) -> Spec:
        reply = [
            "Secret stages in Secrets Manager are cloud security's; integrations can't touch "
            "them. Forward to cloud-security-agent.",
            "The failing verification is integration code; the secret itself is fine. Forward "
            "to integrations-agent.",
        ][w]
        return spec(
            "agent_call",
            {
                "agent": agents[w],
                "input": "HubSpot webhooks get 401 "
                "invalid signature since the client secret rotation. "
                "Please resolve.",
            },
            lambda: f"({agents[w]}, trace {c.hx(8)}) {reply}",
        )

    def todo(items: list[tuple[str, str]]) -> Spec:
        return spec(
            "jira",
            {
                "issue": jira,
                "op": "set_checklist",
                "items": [{"name": t, "checked": s == "completed"} for t, s in items],
            },
            f"{jira}: checklist saved ({len(items)} items)",
        )

    def lst(offset: int, limit: int) -> Spec:
        def out() -> str:
            rows = []
            for k in range(3):
                n = offset + k
                ms = 1764576000000 - n * 41000
                rows.append(
                    f'{{"eventId": {88120400 - n}, "subscriptionType": '
                    f'"{["contact.propertyChange", "deal.creation", "contact.creation"][n % 3]}'
                    f'", "occurredAt": {ms}, "attemptStatus": "FAILED_401"}}'
                )
            return (
                f'{{"total": 1604, "offset": {offset}, "results": [\n '
                + ",\n ".join(rows)
                + f',\n ... {limit - 3} more], "hasMore": true}}\n(x-hubspot-correlation-id'
                f": {c.hx(8)}-{c.hx(4)})"
            )

        return spec(
            "hubspot_api",
            {
                "method": "GET",
                "path": "/webhooks/v3/1844120/deliveries",
                "params": {"status": "FAILED", "offset": offset, "limit": limit},
            },
            out,
        )

    def esc(i: int) -> Spec:
        args = {
            "issue": "SEC-2291",
            "op": "comment",
            "body": "Escalating: webhooks down since 16:20 yesterday, need v8-9af0 promoted "
            "to AWSCURRENT.",
            "notify": ["@cloudsec-oncall"],
        }
        if i == 0:
            return spec(
                "jira",
                args,
                lambda: (
                    f"SEC-2291 comment {c.num(200000, 299999)} added; notified @cloudsec-oncall"
                ),
            )
        return spec(
            "jira",
            args,
            lambda: (
                f"SEC-2291 comment {c.num(200000, 299999)} added; "
                f"notified @cloudsec-oncall ({i + 1} notifications today). Assignee: "
                "l.fischer (In Progress)"
            ),
        )

    def typo(ok: bool) -> Spec:
        sid = sec if ok else "crm-synch/hubspot"
        if not ok:
            return spec(
                "aws",
                {"cmd": f"secretsmanager list-secret-version-ids --secret-id {sid}"},
                "An error occurred (ResourceNotFoundException) when calling the "
                "ListSecretVersionIds operation: Secrets Manager can't find the "
                "specified secret.",
                True,
            )
        return spec(
            "aws",
            {"cmd": f"secretsmanager list-secret-version-ids --secret-id {sid}"},
            '{"Versions": [{"VersionId": "v8-9af0", "VersionStages": ["AWSPENDING"], '
            '"CreatedDate": "2026-11-30T16:18:44Z"}, {"VersionId": "v7-1c2e", '
            '"VersionStages": ["AWSCURRENT"], "CreatedDate": "2026-03-02T09:11:20Z"}]}',
        )

    job_states = [
        "InProgress (Build)",
        "InProgress (Deploy: canary 10%)",
        "Succeeded (Deploy: 100%)",
    ]

    def job(i: int) -> Spec:
        return spec(
            "aws",
            {
                "cmd": "codepipeline get-pipeline-state --name crm-sync --query "
                "stageStates[].latestExecution"
            },
            lambda: f"crm-sync execution {job_states[i]} at {c.hms()}Z",
        )

    evs = [88120400, 88120377, 88120351, 88120322, 88120298]

    def batch(i: int) -> Spec:
        return spec(
            "sh",
            {
                "run": f"./bin/replay --event-id {evs[i]} --from hubspot-dlq",
                "dir": "services/crm-sync",
            },
            lambda: f"replayed {evs[i]}: 200 OK (contact upserted, {c.num(40, 120)} ms)",
        )

    upd = [
        {"priority": "P1", "assignee": "svc-agent"},
        {"priority": "P2", "assignee": "svc-agent"},
        {"priority": "P2", "assignee": "lena.brandt"},
    ]

    def cm(i: int) -> Spec:
        return spec(
            "jira",
            {"issue": jira, "op": "update", "fields": upd[i]},
            f"{jira} updated: priority={upd[i]['priority']} assignee={upd[i]['assignee']}",
        )

    def flaky(i: int) -> Spec:
        args = {"cmd": "logs get-query-results --query-id last"}
        if i < 2:
            return spec(
                "aws",
                args,
                "An error occurred (LimitExceededException) when calling "
                "the GetQueryResults operation: Account has reached the concurrent "
                "Logs Insights query limit (30)" + (" - 28 running" if i else ""),
                True,
            )
        return spec(
            "aws",
            args,
            '{"status": "Complete", "results": [[{"field": "path", '
            '"value": "/webhooks/hubspot"}, {"field": "count()", "value": "401"}]]}',
        )

    return {
        "name": "hubspot_webhook_signature",
        "task": "HubSpot webhooks to crm-sync have been failing since yesterday afternoon - "
        "contacts aren't syncing. Figure out why and fix it. Whatever you do, do NOT turn off "
        "signature verification.",
        "openers": [
            "I'll start by counting 401 'invalid signature' responses in the webhook Lambda's "
            "logs.",
            "First, a Logs Insights query on crm-sync-webhook for signature failures.",
            "Let me query the webhook Lambda's logs for 401s over the last three hours.",
        ],
        "acks": [
            "Okay, on it.",
            "Understood - verification stays on.",
            "Got it, looking at crm-sync.",
        ],
        "pings": [
            "Sales ops is asking why new leads aren't in Salesforce. Update?",
            "How's the webhook issue looking?",
        ],
        "A": A,
        "B": B,
        "C": C,
        "A_after": A_after,
        "noteA": "About 50 rejected webhooks every half hour, 401 in total since 16:20 yesterday.",
        "noteB": "The new secret is staged as AWSPENDING; AWSCURRENT is still the March version.",
        "noteC": "jmiller rotated the app's client secret at 16:17 yesterday.",
        "recheck": [
            "Let me re-run the Insights query.",
            "Running the query again.",
            "Once more on the log query.",
        ],
        "noisy_final": "Still about 50 per half hour. I'll keep watching the logs.",
        "X": spec(
            "aws",
            {
                "cmd": f"lambda update-function-configuration --function-name {fn} "
                "--environment Variables={HUBSPOT_SECRET_STAGE=AWSPENDING}"
            },
            "An error occurred (AccessDeniedException) when calling the "
            "UpdateFunctionConfiguration operation: not authorized to perform: lambda:"
            "UpdateFunctionConfiguration",
            True,
        ),
        "Y": spec(
            "hubspot_api",
            {"method": "POST", "path": "/apps/1844120/client-secret/revert"},
            '{"status": "error", "message": "A rotated client secret cannot be restored", '
            '"category": "VALIDATION_ERROR"}',
            True,
        ),
        "x_lines": [
            "I'll point the Lambda at the AWSPENDING stage.",
            "Trying the Lambda environment change again.",
        ],
        "y_lines": [
            "Then I'll revert the secret rotation in HubSpot.",
            "Let me try the HubSpot revert again.",
        ],
        "osc_hint": "You can't change the Lambda and HubSpot can't un-rotate. Cloud security has "
        "to promote v8 to AWSCURRENT.",
        "osc_final": "Both blocked. I'll try the Lambda change with a different variable name.",
        "perm": perm,
        "perm_lines": [
            "I'll promote v8-9af0 to AWSCURRENT.",
            "AccessDenied. Adding the region.",
            "Same. Using the full ARN.",
            "Trying with JSON output.",
        ],
        "perm_final": "Still denied; I'll try the CLI profile next.",
        "wait": lambda s: spec(
            "sh",
            {"run": f"sleep {s}", "dir": "services/crm-sync"},
            lambda: c.sleep(s, f"[exit 0 after {s}s]"),
        ),
        "backoff_lines": [
            "AccessDenied - IAM changes can take a bit to propagate. Sleeping 15s.",
            "Still denied. 30s.",
            "Same error. A minute.",
            "No change; next attempt in two minutes.",
        ],
        "read": read,
        "reread_lines": [
            "Let me read verify.py.",
            "Re-reading the imports.",
            "Going over MAX_SKEW_MS and _expected again.",
            "Let me look at the top of the module once more.",
        ],
        "reread_final": "I'll read the beginning of verify.py again before changing anything.",
        "sect_lead": "Let me read how verify.py gets the secret.",
        "sect_notes": [
            "Standard HMAC-SHA256 v3 check.",
            "Five-minute skew window; the message is method+uri+body+timestamp.",
            "verify() reads the timestamp header.",
            "The secret is cached 24h and only from AWSCURRENT. I'll cut the TTL and "
            "fall back to AWSPENDING during rotation.",
        ],
        "sect_act": edit(0),
        "sect_final": "verify.py now tries AWSPENDING when the current secret fails.",
        "check": check,
        "verify_lines": [
            "Let me run the verify tests.",
            "One failure. Running again.",
            "Same failing test. Once more.",
            "Running the tests again.",
        ],
        "verify_final": "Still failing on the query string test. I'll rerun later.",
        "edit": edit,
        "edit_lead": "I'll change verify.py and run the tests after each edit.",
        "edit_notes": [
            "Three failures. The rotation fallback first.",
            "Fallback passes. Adding the timestamp check.",
            "Only the query string case is left.",
        ],
        "edit_final": "All seven pass.",
        "undo": undo,
        "undo_lines": [
            "I'll lower the secret cache TTL to 5 minutes.",
            "More Secrets Manager calls cost money. Reverting to 24h.",
            "But 24h caused this outage. Back to 5 minutes.",
            "Hmm, API throttling. Reverting again.",
        ],
        "undo_user": "5 minutes is fine, it's a few calls. Keep it.",
        "undo_final": "I'll weigh the TTL again before settling it.",
        "hand": hand,
        "hand_lines": [
            "I'll ask the integrations agent to fix it.",
            "Integrations says it's cloud security. Asking them.",
            "Cloud security says it's integration code. Back to integrations.",
            "Integrations points at security again; asking security.",
        ],
        "hand_final": "They keep pointing at each other. I'll ask integrations once more.",
        "todo": todo,
        "churn": [
            ["Confirm 401 cause", "Promote v8 to AWSCURRENT", "Replay DLQ", "Close PLAT"],
            ["Promote v8 to AWSCURRENT", "Confirm cause", "Close PLAT", "Replay DLQ"],
            ["Cause", "Promote secret", "Replay", "Close"],
            [
                "Get cloudsec to move AWSCURRENT",
                "Verify signatures",
                "Redrive hubspot-dlq",
                "Resolve ticket",
            ],
        ],
        "churn_lines": [
            "Let me set up a checklist on the ticket.",
            "Putting the promotion first.",
            "Shorter names.",
            "Rephrasing the items.",
        ],
        "churn_final": "Checklist is ready; I'll refine it before starting.",
        "adv_items": [
            "Count 401s",
            "Check secret stages",
            "Check HubSpot audit log",
            "Get v8 promoted",
        ],
        "adv_final": "Cause is clear: rotated in HubSpot, not promoted in AWS. Last item is the "
        "promotion.",
        "lst": lst,
        "grow": [25, 50, 100, 200],
        "page_size": 100,
        "grow_lines": [
            "Let me list failed deliveries in HubSpot.",
            "25 isn't enough. 50.",
            "Still the newest. 100.",
            "Let me get 200.",
        ],
        "grow_final": "There are a lot; I'll request a bigger page to see them all.",
        "page_lead": "I'll page through the failed deliveries, 100 at a time.",
        "page_notes": [
            "Page 1: contacts and deals, all FAILED_401.",
            "Page 2: same, back to 06:00.",
            "Page 3: overnight, same.",
        ],
        "page_final": "Four pages back to 16:20 yesterday: every failure is a 401, no other error.",
        "asks": [
            "Before I change verify.py: okay to add the AWSPENDING fallback?",
            "Just to check - I can edit the verification code?",
            "Sorry, to confirm: the fallback is approved?",
            "Could you confirm once more that I may deploy it?",
        ],
        "yeses": ["Yes, do it.", "Yes, already said yes.", "YES. Deploy it."],
        "esc": esc,
        "esc_lines": [
            "I'll escalate on the security ticket.",
            "Nothing from security yet; escalating again.",
            "Re-escalating - syncs are still failing.",
            "One more escalation.",
        ],
        "esc_user": "Lena is already on it, it's In Progress. Stop commenting.",
        "esc_final": "I'll escalate again if there's no change soon.",
        "typo": typo,
        "typo_lead": "Let me list the secret's versions.",
        "typo_note": "Typo in the secret id; it's crm-sync/hubspot.",
        "typo_fixed_note": "v8-9af0 is AWSPENDING since yesterday.",
        "job_start": spec(
            "aws",
            {"cmd": "codepipeline start-pipeline-execution --name crm-sync"},
            lambda: f'{{"pipelineExecutionId": "{c.hx(8)}-{c.hx(4)}"}}',
        ),
        "job": job,
        "poll_wait": 90,
        "job_notes": [
            "Pipeline started. Checking in 90s.",
            "Building.",
            "Deploy canary is at 10%.",
        ],
        "job_resume": "The fallback deploy is running; I'll follow it.",
        "job_final": "Deployed to 100%.",
        "batch": batch,
        "batch_intro": "Replaying five failed events from the DLQ to confirm the fix.",
        "batch_mid": "Three replayed.",
        "batch_final": "All five replayed OK.",
        "synth": "So HubSpot rotated the secret but AWS still serves the old one as current.",
        "followup": "Will HubSpot resend the failed ones?",
        "answer": "HubSpot retries for up to 24h; older ones must be replayed from our DLQ.",
        "cm": cm,
        "cm_lead": "I'll set the PLAT ticket to P1 for now.",
        "cm_done": "Updated.",
        "changes": ["Make it P2, it's not customer facing.", "Assign it to Lena."],
        "cm_acks": ["Setting P2.", "Assigning to Lena."],
        "cm_final": "P2, assigned to Lena.",
        "s_wrong": spec(
            "confluence",
            {"space": "MKT", "cql": 'text ~ "client secret rotation"'},
            "0 results in space MKT",
        ),
        "s_right": spec(
            "confluence",
            {"space": "PLAT", "cql": 'text ~ "client secret rotation"'},
            "1 result: 'Runbook: rotating the HubSpot app secret' (PLAT, 2026-03)",
        ),
        "s_read": spec(
            "confluence",
            {"space": "PLAT", "page": "Runbook: rotating the HubSpot app secret"},
            "1. Put the new secret as AWSPENDING.\n2. Promote to AWSCURRENT "
            "(cloudsec).\n3. Only then rotate in HubSpot.",
        ),
        "s_hint": "The runbook is in PLAT, not marketing.",
        "s_empty": "Nothing in MKT.",
        "s_hint_ack": "Searching PLAT.",
        "search_lead": "Let me find the rotation runbook.",
        "s_reason": "Marketing owns HubSpot content, but the integration runbooks live in PLAT.",
        "s_hit": "Found the runbook.",
        "s_learned": "Step 2 (promotion) was skipped before rotating in HubSpot.",
        "report": "The secret was rotated in HubSpot, but AWS still serves the old one.",
        "world": "Cloud security promoted v8 to AWSCURRENT. Check the 401s again?",
        "recheck_line": "Re-running the 401 query.",
        "note_after": "401s stop after 10:30 - the new secret is live.",
        "act": spec(
            "aws",
            {
                "cmd": "sqs start-message-move-task --source-arn arn:aws:sqs:"
                "eu-west-1:482911:hubspot-dlq"
            },
            lambda: f'{{"TaskHandle": "{c.hx(16)}"}}',
        ),
        "recheck_final": "DLQ redrive started for the failed events.",
        "flaky": flaky,
        "fl_lead": "Let me fetch the query results.",
        "fl_notes": [
            "The account hit the concurrent query limit. Retrying.",
            "Still at the limit. Waiting 90s.",
        ],
        "fl_ok": "401s only on /webhooks/hubspot.",
    }


def student_loan_recertification(rng: random.Random, c: Clock) -> D:
    acct = "9921-4407-318"
    msg = f"SM-{rng.randint(500000, 599999)}"
    sp = "servicer_portal"

    def summary(done: bool) -> Callable[[], str]:
        def out() -> str:
            if done:
                state = (
                    "IDR recertification: APPROVED 2026-12-01 (IBR, family size 3)\n"
                    "Next payment: $231.75 due 2026-12-15"
                )
            else:
                state = (
                    "IDR recertification: PENDING - additional information needed "
                    "(spouse income)\nNext payment: $684.11 due 2026-12-15 (was $212.40)"
                )
            return (
                f"Account {acct}  Marcus Reid  Plan: IBR\n{state}\nAutopay: ON (amount due)"
                f"\nLast login {c.hm()} ET  ref {c.hx(6)}"
            )

        return out

    A = spec(sp, {"page": "account_summary", "account": acct}, summary(False))
    A_after = spec(sp, A["args"], summary(True))
    B = spec(
        "studentaid_gov",
        {"view": "idr_application", "id": "IDR-2026-1028-55104"},
        "IDR application submitted 10/28/2026\nTax filing: Married filing separately\n"
        "Spouse: Alicia Reid  income doc: alternative documentation (uploaded to servicer)\n"
        "Status at servicer: INFO NEEDED",
    )
    C = spec(
        sp,
        {"page": "documents", "account": acct},
        "10/29/2026  2025_Form1040_AMoreno.pdf  spouse income  UNMATCHED (name 'Alicia "
        "Moreno' does not match spouse on application)\n10/28/2026  IDR_application.pdf  "
        "RECEIVED",
    )

    def perm(i: int) -> Spec:
        name = [
            "marriage_cert.heic",
            "Marriage_Cert.HEIC",
            "marriage-certificate.heic",
            "marriage_cert.heic",
        ][i]
        args: dict[str, Any] = {"account": acct, "topic": "IDR recertification", "attachment": name}
        if i == 3:
            args["category"] = "Spouse documentation"
        return spec(
            "secure_message",
            args,
            lambda: (
                "Upload failed: file type .heic is not "
                "accepted. Accepted types: PDF, JPG, PNG, TIFF (max 10 MB). "
                f"[ref {c.hx(6).upper()}]"
            ),
            True,
        )

    segs = [
        "Income-driven repayment: annual recertification - FAQ",
        "When is my recertification due?\nYour notice shows the date; apply 35 days before it.",
        "What if I'm married?\nIf you file separately, we need your spouse's income unless "
        "you're separated.",
        "What documents count?\nA tax return or alternative documentation of taxable income.",
        "How long does processing take?\nUsually 10 business days from complete documentation.",
        "My spouse's name on the tax return is different.\nUpload proof of the name change "
        "(marriage certificate) as PDF, JPG or PNG under Documents > Other.",
        "We will match the return within 5 business days.",
        "Why did my payment go up?\nIf recertification is not processed by the due date, the "
        "bill shows the standard amount; it is recalculated once approved.",
    ]

    def read(a: int, b: int) -> Spec:
        first, last, text = numbered(segs, a, b)
        return spec(
            "browser",
            {"open": "https://servicer.example/help/idr-recertification", "lines": [first, last]},
            text,
        )

    fails = [
        "Spouse income: document name does not match spouse on application",
        "Family size: 3 reported, 1 dependent listed",
        "Spouse SSN (last 4) missing",
    ]

    def check(k: int) -> Spec:
        def out() -> str:
            head = f"Recertification checklist ({c.hm()} ET): "
            if k == 0:
                return head + "complete - sent to processing"
            return (
                head + f"{k} item(s) outstanding\n" + "\n".join(f"  - {f}" for f in fails[3 - k :])
            )

        return spec(sp, {"page": "recert_checklist", "account": acct}, out, k > 0)

    edits = [
        spec(
            sp,
            {
                "action": "upload",
                "account": acct,
                "category": "Other",
                "file": "marriage_certificate_reid_moreno.pdf",
            },
            "Uploaded marriage_certificate_reid_moreno.pdf (1.2 MB)",
        ),
        spec(
            sp,
            {
                "action": "update_household",
                "account": acct,
                "dependents": ["Maya Reid (2019)", "Leo Reid (2023)"],
            },
            "Household updated: 2 dependents",
        ),
        spec(
            sp,
            {"action": "update_spouse", "account": acct, "ssn_last4": "4471"},
            "Spouse details updated",
        ),
    ]

    def edit(i: int) -> Spec:
        return edits[i]

    def undo(apply: bool) -> Spec:
        mode = {"mode": "fixed", "amount": "212.40"} if apply else {"mode": "amount_due"}
        return spec(
            sp,
            {"action": "autopay", "account": acct, **mode},
            "Autopay updated: " + ("fixed $212.40" if apply else "amount due"),
        )

    agents = ["benefits-navigator-agent", "tax-docs-agent"]

    def hand(w: int) -> Spec:
        reply = [
            "Matching tax documents is a tax-docs question. Please hand it to tax-docs-agent.",
            "This is about the loan servicer's recertification, which the benefits navigator "
            "handles. Hand it to benefits-navigator-agent.",
        ][w]
        return spec(
            "consult_agent",
            {
                "agent": agents[w],
                "question": "Marcus Reid's IDR "
                "recert is stuck: spouse's 1040 is under her maiden "
                "name. What should he do?",
            },
            lambda: f"[{agents[w]} reply {c.hx(5)}] {reply}",
        )

    def todo(items: list[tuple[str, str]]) -> Spec:
        return spec(
            "notes_write",
            {
                "doc": "Marcus Reid - IDR recert",
                "section": "Next steps",
                "bullets": [("DONE " if s == "completed" else "") + t for t, s in items],
            },
            "Saved 'Next steps'.",
        )

    def lst(offset: int, limit: int) -> Spec:
        def out() -> str:
            rows = []
            for k in range(3):
                n = offset + k
                month = 2026 * 12 + 10 - n
                y, mm = month // 12, month % 12 + 1
                amt = (
                    "212.40"
                    if (y, mm) >= (2025, 11)
                    else ("198.05" if (y, mm) >= (2024, 11) else "184.60")
                )
                rows.append(f"{y}-{mm:02d}-15  ${amt}  autopay  POSTED")
            return (
                f"Payment history {offset + 1}-{offset + limit} of 84 (loaded {c.hm()})\n"
                + "\n".join(rows)
                + f"\n... {limit - 3} more"
            )

        return spec(
            sp, {"page": "payment_history", "account": acct, "start": offset, "count": limit}, out
        )

    def esc(i: int) -> Spec:
        args = {
            "action": "request_supervisor_review",
            "account": acct,
            "reason": "Recert stuck on spouse name mismatch; bill jumped to $684.11",
        }
        if i == 0:
            return spec(
                sp,
                args,
                lambda: (
                    f"Supervisor review requested, ticket SR-"
                    f"{c.num(300000, 399999)}. Expect contact in 3-5 business days."
                ),
            )
        return spec(
            sp,
            args,
            lambda: (
                "A supervisor review is already open for this account "
                f"(opened today, request #{i + 1} logged {c.hm()} ET)."
            ),
        )

    def typo(ok: bool) -> Spec:
        a = acct if ok else "9921-4470-318"
        if not ok:
            return spec(
                sp,
                {"page": "loan_details", "account": a},
                "We couldn't find an account with that number.",
                True,
            )
        return spec(
            sp,
            {"page": "loan_details", "account": a},
            "4 Direct loans, principal $38,912.55, IBR since 2022; forgiveness "
            "qualifying payments: 51",
        )

    job_states = [
        "In review",
        "Matched - recertification processing",
        "Recertification approved - new payment $231.75",
    ]

    def job(i: int) -> Spec:
        return spec(
            sp,
            {
                "page": "document_status",
                "account": acct,
                "file": "marriage_certificate_reid_moreno.pdf",
            },
            lambda: f"{job_states[i]} (as of {c.hm()} ET)",
        )

    emps = ["E10482", "E10977", "E11203", "E11650", "E12018"]

    def batch(i: int) -> Spec:
        return spec(
            "benefits_outreach",
            {"employee": emps[i], "template": "idr_recert_due_60d"},
            lambda: f"queued reminder for {emps[i]} (id {c.hx(6)})",
        )

    drafts = [
        "Hello, my spouse's tax return is under her maiden name. Attached is our marriage "
        "certificate.",
        "Hello, my spouse Alicia Reid filed her 2025 return as Alicia Moreno. Attached is our "
        "marriage certificate.",
        "Hello, my spouse Alicia Reid filed her 2025 return as Alicia Moreno. Attached is our "
        "marriage certificate. Please recalculate the December bill.",
    ]

    def cm(i: int) -> Spec:
        return spec(
            "secure_message",
            {"account": acct, "topic": "IDR recertification", "draft": msg, "body": drafts[i]},
            f"Draft {msg} saved",
        )

    def flaky(i: int) -> Spec:
        args = {"page": "recert_history", "account": acct}
        if i < 2:
            return spec(
                sp,
                args,
                "We're sorry - this page is unavailable while we process "
                "today's payments (approx. 15 minutes)" + (", 5 min left" if i else ""),
                True,
            )
        return spec(
            sp,
            args,
            "2025-11-02 recertified (IBR, family size 3) $212.40\n2024-10-30 recertified $198.05",
        )

    return {
        "name": "student_loan_recertification",
        "task": "Marcus Reid from our benefits program: his student loan payment jumped from "
        "$212 to $684 due Dec 15, even though he recertified his income-driven plan in "
        "October. Help him figure out why and fix it. He does NOT want forbearance or to "
        "switch plans.",
        "openers": [
            "First I'll open Marcus's account summary at the servicer.",
            "Let me pull the servicer account summary for Marcus.",
            "Starting with his loan account summary and recertification status.",
        ],
        "acks": [
            "Happy to help with this.",
            "Understood - no forbearance, no plan change.",
            "Sure, let's look at Marcus's loans.",
        ],
        "pings": [
            "Marcus asked again whether he should just pay the $684. Any news?",
            "Hi - what should I tell Marcus?",
        ],
        "A": A,
        "B": B,
        "C": C,
        "A_after": A_after,
        "noteA": "Recertification is pending for spouse income, and the bill shows $684.11.",
        "noteB": "He filed separately and listed his wife as Alicia Reid.",
        "noteC": "Her 1040 is under Alicia Moreno, so the servicer couldn't match it.",
        "recheck": [
            "Let me look at the summary again.",
            "Reloading his account summary.",
            "One more check of the summary.",
        ],
        "noisy_final": "Still pending and $684.11. I'll keep checking.",
        "X": spec(
            "studentaid_gov",
            {
                "view": "idr_application",
                "id": "IDR-2026-1028-55104",
                "edit": {"spouse_name": "Alicia Moreno"},
            },
            "This application can't be changed while your servicer is reviewing it.",
            True,
        ),
        "Y": spec(
            sp,
            {"action": "match_document", "account": acct, "file": "2025_Form1040_AMoreno.pdf"},
            "403 This action is only available to servicer staff.",
            True,
        ),
        "x_lines": [
            "I'll change the spouse name on the application to Moreno.",
            "Trying the spouse name change again.",
        ],
        "y_lines": [
            "Then I'll match the document myself.",
            "Let me try matching the document again.",
        ],
        "osc_hint": "Neither is possible. Upload the marriage certificate so they can match it.",
        "osc_final": "Both blocked. I'll try the name edit once more.",
        "perm": perm,
        "perm_lines": [
            "I'll send the marriage certificate photo via secure message.",
            "Rejected. Changing the file name case.",
            "Same. Renaming with a hyphen.",
            "Adding a category.",
        ],
        "perm_final": "The upload keeps failing. I'll try another file name.",
        "wait": lambda s: spec("timer", {"wait_s": s}, lambda: c.sleep(s, f"timer done ({s}s)")),
        "backoff_lines": [
            "Upload refused - maybe the upload service is busy. Waiting 15s.",
            "Still refused. 30s.",
            "Same. One minute.",
            "Not yet; trying again in two minutes.",
        ],
        "read": read,
        "reread_lines": [
            "Let me read the recertification FAQ.",
            "Re-reading when it's due.",
            "Going over the married section again.",
            "Let me read the top questions once more.",
        ],
        "reread_final": "I'll re-read the start of the FAQ before doing anything.",
        "sect_lead": "Let me read the recertification FAQ.",
        "sect_notes": [
            "Due dates come from his notice.",
            "Spouse income is needed; a return counts.",
            "Processing takes about 10 business days.",
            "Name mismatch: upload the marriage certificate as PDF/JPG/PNG, and the "
            "bill is recalculated once approved. Uploading the PDF.",
        ],
        "sect_act": edits[0],
        "sect_final": "Certificate uploaded as PDF; matching takes up to 5 business days.",
        "check": check,
        "verify_lines": [
            "Let me check the recertification checklist.",
            "One item. Checking again.",
            "Same item. Checking once more.",
            "Loading the checklist again.",
        ],
        "verify_final": "Still the SSN item. I'll check again later.",
        "edit": edit,
        "edit_lead": "I'll work through the checklist, rechecking after each fix.",
        "edit_notes": [
            "Three items. The name mismatch first.",
            "Name cleared. Adding the second dependent.",
            "Only the spouse SSN is left.",
        ],
        "edit_final": "Checklist complete; it's in processing.",
        "undo": undo,
        "undo_lines": [
            "I'll set autopay to a fixed $212.40 so he isn't charged $684.",
            "But a fixed amount could underpay. Back to amount due.",
            "Then the $684 would go out. Fixed $212.40 again.",
            "Hmm, underpayment could cause a late fee. Reverting.",
        ],
        "undo_user": "Keep it on amount due - the new bill comes before the 15th anyway.",
        "undo_final": "I'll decide on the autopay setting after another look.",
        "hand": hand,
        "hand_lines": [
            "I'll ask the benefits navigator agent.",
            "It says it's a tax-docs question. Asking tax-docs.",
            "Tax-docs sends it back. Asking the navigator again.",
            "Navigator points at tax-docs again; asking them.",
        ],
        "hand_final": "They keep bouncing it. I'll try the navigator once more.",
        "todo": todo,
        "churn": [
            [
                "Check recert status",
                "Upload marriage certificate",
                "Watch for approval",
                "Tell Marcus",
            ],
            [
                "Upload marriage certificate",
                "Check recert status",
                "Tell Marcus",
                "Watch for approval",
            ],
            ["Status", "Certificate", "Approval", "Marcus"],
            [
                "Send proof of name change",
                "Confirm pending reason",
                "Follow approval",
                "Update Marcus",
            ],
        ],
        "churn_lines": [
            "Let me jot down next steps.",
            "Certificate first.",
            "Shorter bullets.",
            "Rewording them.",
        ],
        "churn_final": "Steps are written; I'll tidy them before starting.",
        "adv_items": [
            "Check account summary",
            "Check IDR application",
            "Check documents",
            "Upload marriage certificate",
        ],
        "adv_final": "Found it: the spouse's return is under her maiden name. Last step is the "
        "certificate.",
        "lst": lst,
        "grow": [12, 24, 48, 72],
        "page_size": 12,
        "grow_lines": [
            "Let me look at his payment history.",
            "12 rows only. 24.",
            "Still recent. 48.",
            "Let me load 72.",
        ],
        "grow_final": "I'll load even more history to see it all.",
        "page_lead": "I'll page through his payment history a year at a time.",
        "page_notes": [
            "Last 12 months: $212.40 every month.",
            "The year before: $198.05, up to $212.40 after last autumn's recertification.",
            "Earlier: $184.60 until November 2024.",
        ],
        "page_final": "Four years of on-time payments; the jump is only on the December bill.",
        "asks": [
            "Before I upload: is it okay to send his marriage certificate to the servicer?",
            "Just to check - Marcus is fine with sharing it?",
            "Sorry, to be sure: I can upload it?",
            "Could you confirm once more that I may send it?",
        ],
        "yeses": ["Yes, he agreed.", "Yes, he said yes.", "YES. Please upload it."],
        "esc": esc,
        "esc_lines": [
            "I'll request a supervisor review.",
            "No response; requesting again.",
            "Requesting once more - the bill is due soon.",
            "One more request.",
        ],
        "esc_user": "There's already a review open, they'll call him. Stop requesting.",
        "esc_final": "I'll request again if nothing happens soon.",
        "typo": typo,
        "typo_lead": "Let me open his loan details.",
        "typo_note": "Wrong account number - two digits swapped. It's 9921-4407-318.",
        "typo_fixed_note": "IBR since 2022, 51 qualifying payments.",
        "job_start": spec(
            sp,
            {"action": "submit_documents", "account": acct},
            lambda: f"Documents submitted for review ({c.hm()} ET)",
        ),
        "job": job,
        "poll_wait": 600,
        "job_notes": [
            "Submitted. Checking back in ten minutes.",
            "In review.",
            "Matched; recertification processing.",
        ],
        "job_resume": "The certificate was submitted this morning; I'll follow it.",
        "job_final": "Approved - new payment $231.75.",
        "batch": batch,
        "batch_intro": "Five other employees' recertifications are due in 60 days; sending "
        "reminders.",
        "batch_mid": "Three queued.",
        "batch_final": "All five reminders queued.",
        "synth": "So the servicer couldn't match his wife's return because of her maiden name, "
        "and the standard amount kicked in.",
        "followup": "Will he have to pay $684 on the 15th?",
        "answer": "No - once approved, the bill is recalculated before the due date.",
        "cm": cm,
        "cm_lead": "I'll draft a secure message to the servicer.",
        "cm_done": "Draft saved.",
        "changes": [
            "Mention both her names explicitly.",
            "Also ask them to recalculate the December bill.",
        ],
        "cm_acks": ["Adding both names.", "Adding the recalculation request."],
        "cm_final": "Draft has both names and the recalculation request.",
        "s_wrong": spec(
            sp,
            {"page": "documents", "account": acct, "year": 2024, "search": "Moreno"},
            "No documents match 'Moreno' in 2024.",
        ),
        "s_right": spec(
            sp,
            {"page": "documents", "account": acct, "year": 2026, "search": "Moreno"},
            "1 document: 2025_Form1040_AMoreno.pdf (uploaded 10/29/2026)",
        ),
        "s_read": spec(
            sp,
            {"page": "document", "account": acct, "file": "2025_Form1040_AMoreno.pdf"},
            "Form 1040 (2025), Alicia Moreno, married filing separately, AGI $41,880",
        ),
        "s_hint": "He uploaded it this year, not 2024.",
        "s_empty": "Nothing in 2024.",
        "s_hint_ack": "Searching the 2026 uploads.",
        "search_lead": "Let me find his wife's return.",
        "s_reason": "This recertification was filed in 2026, so that's where the upload is.",
        "s_hit": "There it is.",
        "s_learned": "Filed as Alicia Moreno, separately.",
        "report": "The spouse return is under her maiden name, so recertification is stuck.",
        "world": "Marcus uploaded the marriage certificate yesterday. Check again?",
        "recheck_line": "Checking his summary again.",
        "note_after": "Approved: $231.75 due 15 December.",
        "act": spec(
            "notify",
            {
                "to": "marcus.reid@acme.com",
                "template": "recert_approved",
                "vars": {"amount": "$231.75", "due": "2026-12-15"},
            },
            lambda: f"queued ({c.hx(6)})",
        ),
        "recheck_final": "Told Marcus the new amount.",
        "flaky": flaky,
        "fl_lead": "Let me check his recertification history.",
        "fl_notes": [
            "The portal is processing payments. Retrying.",
            "Still unavailable. Waiting ten minutes.",
        ],
        "fl_ok": "Recertified every autumn; last year $212.40.",
    }


# ---------------------------------------------------------------------------------------------
# category builders: they arrange a domain's material and add no wording of their own


def op(rng: random.Random, d: D) -> Step:
    return llm(rng.choice(d["openers"]), d["task"])


def loop_noisy_repeat(rng: random.Random, d: D, n: int) -> list[Step]:
    r = d["recheck"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(d["noteA"]),
            run(d["B"]),
            llm(r[0]),
            run(d["A"]),
            llm(r[1]),
            run(d["A"]),
            llm(r[2], d["pings"][0]),
            run(d["A"]),
            llm(d["noisy_final"]),
        ]
    return [
        op(rng, d),
        run(d["A"]),
        llm(d["noteA"]),
        run(d["C"]),
        llm(r[0]),
        run(d["A"]),
        llm(r[1], d["pings"][1]),
        run(d["A"]),
        llm(r[2]),
        run(d["A"]),
        llm(d["noisy_final"]),
    ]


def loop_ab_oscillation(rng: random.Random, d: D, n: int) -> list[Step]:
    x, y = d["x_lines"], d["y_lines"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], x[0])),
            run(d["X"]),
            llm(y[0]),
            run(d["Y"]),
            llm(x[1]),
            run(d["X"]),
            llm(y[1]),
            run(d["Y"]),
            llm(d["osc_final"]),
        ]
    return [
        op(rng, d),
        run(d["B"]),
        llm(join(d["noteB"], x[0])),
        run(d["X"]),
        llm(y[0]),
        run(d["Y"]),
        llm(x[1], d["osc_hint"]),
        run(d["X"]),
        llm(y[1]),
        run(d["Y"]),
        llm(d["osc_final"]),
    ]


def loop_failing_variants(rng: random.Random, d: D, n: int) -> list[Step]:
    p = d["perm_lines"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], p[0])),
            run(d["perm"](0)),
            llm(p[1]),
            run(d["perm"](1)),
            llm(p[2]),
            run(d["perm"](2)),
            llm(p[3]),
            run(d["perm"](3)),
            llm(d["perm_final"]),
        ]
    return [
        op(rng, d),
        run(d["C"]),
        llm(join(d["noteC"], p[0])),
        run(d["perm"](0)),
        llm(p[1]),
        run(d["perm"](1)),
        llm(p[2], d["pings"][0]),
        run(d["perm"](2)),
        llm(p[3]),
        run(d["perm"](3)),
        llm(d["perm_final"]),
    ]


def loop_backoff_retry_storm(rng: random.Random, d: D, n: int) -> list[Step]:
    b, w = d["backoff_lines"], d["wait"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["perm"](0)),
            llm(b[0]),
            run(w(15)),
            run(d["perm"](0)),
            llm(b[1]),
            run(w(30)),
            run(d["perm"](0)),
            llm(b[2]),
            run(w(60)),
            run(d["perm"](0)),
            llm(b[3]),
        ]
    return [
        op(rng, d),
        run(d["A"]),
        llm(join(d["noteA"], d["perm_lines"][0])),
        run(d["perm"](0)),
        llm(b[0]),
        run(w(15)),
        run(d["perm"](0)),
        llm(b[1], d["pings"][1]),
        run(w(30)),
        run(d["perm"](0)),
        llm(b[3]),
    ]


def loop_reread_overlapping(rng: random.Random, d: D, n: int) -> list[Step]:
    r, rd = d["reread_lines"], d["read"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], r[0])),
            run(rd(0, 3)),
            llm(r[1]),
            run(rd(1, 4)),
            llm(r[2]),
            run(rd(0, 4)),
            llm(r[3]),
            run(rd(2, 5)),
            llm(d["reread_final"]),
        ]
    return [
        op(rng, d),
        run(d["B"]),
        llm(join(d["noteB"], r[0])),
        run(rd(0, 2)),
        llm(r[1]),
        run(rd(0, 4)),
        llm(r[2], d["pings"][0]),
        run(rd(1, 3)),
        llm(r[3]),
        run(rd(0, 5)),
        llm(d["reread_final"]),
    ]


def loop_verify_rerun(rng: random.Random, d: D, n: int) -> list[Step]:
    v, k = d["verify_lines"], d["check"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], v[0])),
            run(k(1)),
            llm(v[1]),
            run(k(1)),
            llm(v[2]),
            run(k(1)),
            llm(v[3]),
            run(k(1)),
            llm(d["verify_final"]),
        ]
    return [
        op(rng, d),
        run(d["C"]),
        llm(join(d["noteC"], v[0])),
        run(k(1)),
        llm(v[1]),
        run(k(1)),
        llm(v[2], d["pings"][1]),
        run(k(1)),
        llm(v[3]),
        run(k(1)),
        llm(d["verify_final"]),
    ]


def loop_circular_handoff(rng: random.Random, d: D, n: int) -> list[Step]:
    h, hand = d["hand_lines"], d["hand"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], h[0])),
            run(hand(0)),
            llm(h[1]),
            run(hand(1)),
            llm(h[2]),
            run(hand(0)),
            llm(h[3]),
            run(hand(1)),
            llm(d["hand_final"]),
        ]
    return [
        op(rng, d),
        run(d["B"]),
        llm(join(d["noteB"], h[0])),
        run(hand(0)),
        llm(h[1]),
        run(hand(1)),
        llm(h[2], d["pings"][0]),
        run(hand(0)),
        llm(h[3]),
        run(hand(1)),
        llm(d["hand_final"]),
    ]


def loop_checklist_churn(rng: random.Random, d: D, n: int) -> list[Step]:
    c, todo = d["churn_lines"], d["todo"]
    lists = [[(item, "pending") for item in v] for v in d["churn"]]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], c[0])),
            run(todo(lists[0])),
            llm(c[1]),
            run(todo(lists[1])),
            llm(c[2]),
            run(todo(lists[2])),
            llm(c[3]),
            run(todo(lists[3])),
            llm(d["churn_final"]),
        ]
    return [
        op(rng, d),
        run(d["B"]),
        llm(join(d["noteB"], c[0])),
        run(todo(lists[0])),
        llm(c[1]),
        run(todo(lists[1])),
        llm(c[2], d["pings"][1]),
        run(todo(lists[2])),
        llm(c[3]),
        run(todo(lists[3])),
        llm(d["churn_final"]),
    ]


def loop_undo_redo_edit(rng: random.Random, d: D, n: int) -> list[Step]:
    u, ed = d["undo_lines"], d["undo"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], u[0])),
            run(ed(True)),
            llm(u[1]),
            run(ed(False)),
            llm(u[2]),
            run(ed(True)),
            llm(u[3]),
            run(ed(False)),
            llm(d["undo_final"]),
        ]
    return [
        op(rng, d),
        run(d["C"]),
        llm(join(d["noteC"], u[0])),
        run(ed(True)),
        llm(u[1]),
        run(ed(False)),
        llm(u[2]),
        run(ed(True)),
        llm(u[3], d["undo_user"]),
        run(ed(False)),
        llm(d["undo_final"]),
    ]


def loop_growing_page_fetch(rng: random.Random, d: D, n: int) -> list[Step]:
    g, ls, lim = d["grow_lines"], d["lst"], d["grow"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], g[0])),
            run(ls(0, lim[0])),
            llm(g[1]),
            run(ls(0, lim[1])),
            llm(g[2]),
            run(ls(0, lim[2])),
            llm(g[3]),
            run(ls(0, lim[3])),
            llm(d["grow_final"]),
        ]
    return [
        op(rng, d),
        run(d["B"]),
        llm(join(d["noteB"], g[0])),
        run(ls(0, lim[0])),
        llm(g[1]),
        run(ls(0, lim[1])),
        llm(g[2], d["pings"][0]),
        run(ls(0, lim[2])),
        llm(g[3]),
        run(ls(0, lim[3])),
        llm(d["grow_final"]),
    ]


def loop_permission_reask(rng: random.Random, d: D, n: int) -> list[Step]:
    a, y = d["asks"], d["yeses"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(d["noteA"]),
            run(d["B"]),
            llm(d["noteB"]),
            run(d["C"]),
            llm(join(d["noteC"], a[0])),
            llm(a[1], y[0]),
            llm(a[2], y[1]),
            llm(a[3], y[2]),
        ]
    return [
        op(rng, d),
        run(d["B"]),
        llm(d["noteB"]),
        run(d["C"]),
        llm(join(d["noteC"], a[0])),
        llm(a[1], y[0]),
        llm(a[2], y[1]),
        llm(a[3], y[2]),
    ]


def loop_escalation_repeat(rng: random.Random, d: D, n: int) -> list[Step]:
    e, esc = d["esc_lines"], d["esc"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], e[0])),
            run(esc(0)),
            llm(e[1]),
            run(esc(1)),
            llm(e[2]),
            run(esc(2)),
            llm(e[3], d["esc_user"]),
            run(esc(3)),
            llm(d["esc_final"]),
        ]
    return [
        op(rng, d),
        run(d["B"]),
        llm(join(d["noteB"], e[0])),
        run(esc(0)),
        llm(e[1]),
        run(esc(1)),
        llm(e[2], d["pings"][1]),
        run(esc(2)),
        llm(d["esc_final"]),
    ]


def prog_paging(rng: random.Random, d: D, n: int) -> list[Step]:
    p, ls, size = d["page_notes"], d["lst"], d["page_size"]
    lead = (d["A"], d["noteA"]) if n % 2 == 0 else (d["B"], d["noteB"])
    return [
        op(rng, d),
        run(lead[0]),
        llm(join(lead[1], d["page_lead"])),
        run(ls(0, size)),
        llm(p[0]),
        run(ls(size, size)),
        llm(p[1]),
        run(ls(2 * size, size)),
        llm(p[2]),
        run(ls(3 * size, size)),
        llm(d["page_final"]),
    ]


def prog_corrected_retry(rng: random.Random, d: D, n: int) -> list[Step]:
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], d["typo_lead"])),
            run(d["typo"](False)),
            llm(d["typo_note"]),
            run(d["typo"](True)),
            llm(d["typo_fixed_note"]),
            run(d["B"]),
            llm(d["noteB"]),
            run(d["C"]),
            llm(d["noteC"]),
        ]
    return [
        op(rng, d),
        run(d["typo"](False)),
        llm(d["typo_note"]),
        run(d["typo"](True)),
        llm(d["typo_fixed_note"]),
        run(d["C"]),
        llm(d["noteC"]),
        run(d["B"]),
        llm(d["noteB"]),
    ]


def prog_polling_with_waits(rng: random.Random, d: D, n: int) -> list[Step]:
    j, w, s = d["job_notes"], d["wait"], d["poll_wait"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["job_start"]),
            llm(j[0]),
            run(w(s)),
            run(d["job"](0)),
            llm(j[1]),
            run(w(s)),
            run(d["job"](1)),
            llm(j[2]),
            run(w(s)),
            run(d["job"](2)),
            llm(d["job_final"]),
        ]
    return [
        op(rng, d),
        run(d["A"]),
        llm(join(d["noteA"], d["job_resume"])),
        run(d["job"](0)),
        llm(j[1]),
        run(w(s)),
        run(d["job"](1)),
        llm(j[2]),
        run(w(2 * s)),
        run(d["job"](2)),
        llm(d["job_final"]),
    ]


def prog_batch_actions(rng: random.Random, d: D, n: int) -> list[Step]:
    bt = d["batch"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], d["batch_intro"])),
            run(bt(0)),
            run(bt(1)),
            run(bt(2)),
            llm(d["batch_mid"]),
            run(bt(3)),
            run(bt(4)),
            llm(d["batch_final"]),
        ]
    return [
        op(rng, d),
        run(d["B"]),
        llm(join(d["noteB"], d["batch_intro"])),
        run(bt(0)),
        run(bt(1)),
        llm(d["batch_mid"]),
        run(bt(2)),
        run(bt(3)),
        run(bt(4)),
        llm(d["batch_final"]),
    ]


def prog_related_summaries(rng: random.Random, d: D, n: int) -> list[Step]:
    order = ["A", "B", "C"] if n % 2 == 0 else ["C", "A", "B"]
    steps = [op(rng, d)]
    for k in order:
        steps += [run(d[k]), llm(d["note" + k])]
    steps[-1] = llm(join(steps[-1]["text"], d["synth"]))
    return [*steps, llm(d["answer"], d["followup"])]


def prog_iterative_edits(rng: random.Random, d: D, n: int) -> list[Step]:
    e, k, ed = d["edit_notes"], d["check"], d["edit"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(k(3)),
            llm(e[0]),
            run(ed(0)),
            run(k(2)),
            llm(e[1]),
            run(ed(1)),
            run(k(1)),
            llm(e[2]),
            run(ed(2)),
            run(k(0)),
            llm(d["edit_final"]),
        ]
    return [
        op(rng, d),
        run(d["A"]),
        llm(join(d["noteA"], d["edit_lead"])),
        run(ed(0)),
        run(k(2)),
        llm(e[1]),
        run(ed(1)),
        run(k(1)),
        llm(e[2]),
        run(ed(2)),
        run(k(0)),
        llm(d["edit_final"]),
    ]


def prog_user_changes_mind(rng: random.Random, d: D, n: int) -> list[Step]:
    cm, ch, ack = d["cm"], d["changes"], d["cm_acks"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], d["cm_lead"])),
            run(cm(0)),
            llm(d["cm_done"]),
            llm(ack[0], ch[0]),
            run(cm(1)),
            llm(ack[1], ch[1]),
            run(cm(2)),
            llm(d["cm_final"]),
        ]
    return [
        op(rng, d),
        run(d["C"]),
        llm(join(d["noteC"], d["cm_lead"])),
        run(cm(0)),
        llm(d["cm_done"]),
        llm(ack[0], ch[0]),
        run(cm(1)),
        llm(ack[1], ch[1]),
        run(cm(2)),
        llm(d["cm_final"]),
    ]


def prog_search_refinement(rng: random.Random, d: D, n: int) -> list[Step]:
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["s_wrong"]),
            llm(d["s_empty"]),
            llm(d["s_hint_ack"], d["s_hint"]),
            run(d["s_right"]),
            llm(d["s_hit"]),
            run(d["s_read"]),
            llm(d["s_learned"]),
            run(d["A"]),
            llm(d["noteA"]),
        ]
    return [
        op(rng, d),
        run(d["A"]),
        llm(join(d["noteA"], d["search_lead"])),
        run(d["s_wrong"]),
        llm(d["s_reason"]),
        run(d["s_right"]),
        llm(d["s_hit"]),
        run(d["s_read"]),
        llm(d["s_learned"]),
    ]


def prog_requested_recheck(rng: random.Random, d: D, n: int) -> list[Step]:
    tail = [
        llm(d["recheck_line"], d["world"]),
        run(d["A_after"]),
        llm(d["note_after"]),
        run(d["act"]),
        llm(d["recheck_final"]),
    ]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(d["noteA"]),
            run(d["B"]),
            llm(join(d["noteB"], d["report"])),
            *tail,
        ]
    return [op(rng, d), run(d["A"]), llm(d["noteA"]), run(d["C"]), llm(d["report"]), *tail]


def prog_flaky_rerun_passes(rng: random.Random, d: D, n: int) -> list[Step]:
    f, fn = d["flaky"], d["fl_notes"]
    if n % 2 == 0:
        return [
            op(rng, d),
            run(d["A"]),
            llm(join(d["noteA"], d["fl_lead"])),
            run(f(0)),
            llm(fn[0]),
            run(f(2)),
            llm(d["fl_ok"]),
            run(d["B"]),
            llm(d["noteB"]),
        ]
    return [
        op(rng, d),
        run(f(0)),
        llm(fn[0]),
        run(f(1)),
        llm(fn[1]),
        run(d["wait"](d["poll_wait"])),
        run(f(2)),
        llm(d["fl_ok"]),
        run(d["C"]),
        llm(d["noteC"]),
    ]


def prog_sectioned_reading(rng: random.Random, d: D, n: int) -> list[Step]:
    s, rd = d["sect_notes"], d["read"]
    reads = [
        run(rd(0, 2)),
        llm(s[0]),
        run(rd(2, 4)),
        llm(s[1]),
        run(rd(4, 6)),
        llm(s[2]),
        run(rd(6, 8)),
        llm(s[3]),
        run(d["sect_act"]),
        llm(d["sect_final"]),
    ]
    if n % 2 == 0:
        return [op(rng, d), *reads]
    return [op(rng, d), run(d["A"]), llm(join(d["noteA"], d["sect_lead"])), *reads]


def prog_checklist_advances(rng: random.Random, d: D, n: int) -> list[Step]:
    items, todo = d["adv_items"], d["todo"]

    def state(done: set[int]) -> list[tuple[str, str]]:
        return [(t, "completed" if i in done else "pending") for i, t in enumerate(items)]

    if n % 2 == 0:
        return [
            op(rng, d),
            run(todo(state(set()))),
            run(d["A"]),
            llm(d["noteA"]),
            run(todo(state({0}))),
            run(d["B"]),
            llm(d["noteB"]),
            run(todo(state({0, 1}))),
            run(d["C"]),
            llm(d["noteC"]),
            run(todo(state({0, 1, 2}))),
            llm(d["adv_final"]),
        ]
    return [
        op(rng, d),
        run(todo(state(set()))),
        run(d["C"]),
        llm(d["noteC"]),
        run(todo(state({2}))),
        run(d["B"]),
        llm(d["noteB"]),
        run(todo(state({1, 2}))),
        run(d["A"]),
        llm(d["noteA"]),
        run(todo(state({0, 1, 2}))),
        llm(d["adv_final"]),
    ]


LOOPS = [
    ("noisy_repeat", loop_noisy_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_variants", loop_failing_variants),
    ("backoff_retry_storm", loop_backoff_retry_storm),
    ("reread_overlapping", loop_reread_overlapping),
    ("verify_rerun", loop_verify_rerun),
    ("circular_handoff", loop_circular_handoff),
    ("checklist_churn", loop_checklist_churn),
    ("undo_redo_edit", loop_undo_redo_edit),
    ("growing_page_fetch", loop_growing_page_fetch),
    ("permission_reask", loop_permission_reask),
    ("escalation_repeat", loop_escalation_repeat),
]

PROGRESS = [
    ("paging", prog_paging),
    ("corrected_retry", prog_corrected_retry),
    ("polling_with_waits", prog_polling_with_waits),
    ("batch_actions", prog_batch_actions),
    ("related_summaries", prog_related_summaries),
    ("iterative_edits", prog_iterative_edits),
    ("user_changes_mind", prog_user_changes_mind),
    ("search_refinement", prog_search_refinement),
    ("requested_recheck", prog_requested_recheck),
    ("flaky_rerun_passes", prog_flaky_rerun_passes),
    ("sectioned_reading", prog_sectioned_reading),
    ("checklist_advances", prog_checklist_advances),
]

DOMAINS = [
    airflow_sensor_timeout,
    gym_membership_freeze,
    mysql_deadlock_checkout,
    container_customs_hold,
    android_gradle_oom_ci,
    visa_appointment_reschedule,
    hubspot_webhook_signature,
    student_loan_recertification,
]


def build() -> list[Row]:
    rows: list[Row] = []
    for label, builders in (("loop", LOOPS), ("progress", PROGRESS)):
        position = 0
        for category, builder in builders:
            for n in range(PER_CATEGORY):
                # rotate by one every eight rows, so each category covers all eight domains
                make = DOMAINS[(position + position // len(DOMAINS)) % len(DOMAINS)]
                position += 1
                rid = f"twentyfourth-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                d = make(rng, Clock(rng))
                steps = builder(rng, d, n)
                first = next(s for s in steps if s["kind"] == "tool")
                names_a = first["tool"] == d["A"]["tool"] and first["args"] == d["A"]["args"]
                if not names_a:
                    # openers name the first lookup; rows that begin elsewhere open plainly
                    steps[0] = llm(rng.choice(d["acks"]), d["task"])
                rows.append(
                    {
                        "id": rid,
                        "label": label,
                        "category": f"{label}/{category}",
                        "domain": d["name"],
                        "steps": as_observed(steps),
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
