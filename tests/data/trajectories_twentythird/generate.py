"""Generate the twenty-third trajectory set (written blind to the detectors).

Run ``python tests/data/trajectories_twentythird/generate.py`` to rewrite
``trajectories.jsonl`` next to this file. The output is deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 20261130
PER_CATEGORY = 8

Row = dict[str, Any]
Step = dict[str, Any]
D = dict[str, Any]


def llm(text: str, observation: str | None = None) -> Step:
    step: Step = {"kind": "llm", "text": text}
    if observation:
        step["observation"] = observation
    return step


def call(spec: D, obs: str | None = None) -> Step:
    return {
        "kind": "tool",
        "tool": spec["tool"],
        "args": spec["args"],
        "observation": spec["obs"] if obs is None else obs,
        "error": bool(spec.get("error", False)),
    }


def T(tool: str, args: dict[str, Any], obs: str, error: bool = False) -> D:
    return {"tool": tool, "args": args, "obs": obs, "error": error}


def stamp(r: random.Random, d: D) -> dict[str, str]:
    """Fresh volatile values: ids change, the row's clock moves forward a little."""
    t = d.setdefault("_clock", r.randint(8 * 3600, 15 * 3600)) + r.randint(4, 75)
    d["_clock"] = t
    return {
        "rid": f"{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-{r.getrandbits(16):04x}",
        "hex": f"{r.getrandbits(40):010x}",
        "ts": f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}",
        "ms": str(r.randint(11, 940)),
    }


def lookup_a(r: random.Random, d: D) -> Step:
    spec = d["A"]
    return call(spec, spec["obs"].format(**d["A_first"]))


def lookup_a_again(r: random.Random, d: D) -> Step:
    spec = d["A"]
    return call(spec, spec["obs"].format(**stamp(r, d)))


def opener(r: random.Random, d: D) -> Step:
    return llm(r.choice(d["openers"]), d["task"])


def as_observed(steps: list[Step]) -> list[Step]:
    """Keep an llm observation only when it differs from the last one an llm call saw."""
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


# ---------------------------------------------------------------- loops


def loop_search_paraphrase(r: random.Random, d: D, n: int) -> list[Step]:
    s = d["search"]
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    for i in range(4):
        args = {**s["args"], s["qkey"]: s["queries"][i]}
        steps.append(
            call({"tool": s["tool"], "args": args, "obs": s["empty"].format(q=s["queries"][i])})
        )
        text = s["conclude"] if i == 3 else s["lines"][i]
        steps.append(llm(text, s["hint"] if (n % 2 == 1 and i == 1) else None))
    return steps


def loop_noisy_repeat(r: random.Random, d: D, n: int) -> list[Step]:
    z = d["noisy"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B_note"])]
    steps += [llm(z["lines"][0]), lookup_a_again(r, d)]
    steps += [llm(z["lines"][1], z["ping"] if n % 2 == 0 else None), lookup_a_again(r, d)]
    steps.append(llm(z["lines"][2]))
    if n % 2 == 0:
        steps += [lookup_a_again(r, d), llm(z["lines"][3])]
    return steps


def loop_ab_oscillation(r: random.Random, d: D, n: int) -> list[Step]:
    o = d["osc"]
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    steps += [call(o["x"]), llm(o["xline"][0]), call(o["y"])]
    steps.append(llm(o["yline"][0], o["user"] if n % 2 == 1 else None))
    steps += [call(o["x"]), llm(o["xline"][1]), call(o["y"]), llm(o["yline"][1])]
    return steps


def loop_failing_variants(r: random.Random, d: D, n: int) -> list[Step]:
    f = d["fail"]
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    else:
        steps += [call(d["B"]), llm(d["B_note"])]
    for i in range(4):
        steps.append(call({**f, "args": f["variants"][i], "obs": f["obs"], "error": True}))
        steps.append(llm(f["lines"][i]))
    return steps


def loop_reask_answered(r: random.Random, d: D, n: int) -> list[Step]:
    a = d["ask"]
    steps = [
        opener(r, d),
        lookup_a(r, d),
        llm(d["A_note"]),
        llm(a["q"]),
        llm(a["thanks"], a["ans"]),
    ]
    steps += [
        call(d["B"]),
        llm(d["B_note"]),
        llm(a["reasks"][0]),
        llm(a["reasks"][1], a["annoyed"]),
    ]
    if n % 2 == 1:
        steps += [call(d["C"]), llm(a["reasks"][2])]
    return steps


def loop_redo_finished(r: random.Random, d: D, n: int) -> list[Step]:
    w = d["write"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"]), call(w), llm(w["done"])]
    steps += [llm(w["redo"][0]), call(w, w["again"]), llm(w["redo"][1], w["user_done"])]
    steps.append(call(w, w["again"]))
    if n % 2 == 1:
        steps += [llm(w["redo"][2]), call(w, w["again"])]
    steps.append(llm(w["wrap"]))
    return steps


def loop_promise_no_action(r: random.Random, d: D, n: int) -> list[Step]:
    p = d["promises"]
    nudges = d["nudges"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    if n % 2 == 1:
        steps += [call(d["C"]), llm(d["C_note"])]
    steps += [llm(p[0]), llm(p[1], nudges[0]), llm(p[2], nudges[1]), llm(p[3])]
    if n % 2 == 0:
        steps.append(llm(p[4], nudges[2]))
    return steps


def loop_restate_conclusion(r: random.Random, d: D, n: int) -> list[Step]:
    s = d["restates"]
    req = d["next_asks"]
    other = d["B"] if n % 2 == 0 else d["C"]
    note = d["B_note"] if n % 2 == 0 else d["C_note"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"]), call(other), llm(note)]
    steps += [llm(s[0]), llm(s[1], req[0]), llm(s[2]), llm(s[3], req[1])]
    if n % 2 == 0:
        steps.append(llm(s[4]))
    return steps


def loop_plan_flipflop(r: random.Random, d: D, n: int) -> list[Step]:
    p = d["plans"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B_note"])]
        steps += [llm(p[0]), llm(p[1]), llm(p[2], d["pick"]), llm(p[3]), llm(p[4])]
    else:
        steps += [llm(p[0]), llm(p[1]), llm(p[2]), llm(p[3], d["pick"]), llm(p[4]), llm(p[5])]
    return steps


def loop_delegation_echo(r: random.Random, d: D, n: int) -> list[Step]:
    g = d["deleg"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    for i in range(3):
        run = f"{r.getrandbits(24):06x}"
        spec = {"tool": g["tool"], "args": {**g["args"], "task": g["asks"][i]}}
        steps.append(call({**spec, "obs": g["reply"].format(run=run)}))
        steps.append(llm(g["lines"][i], g["user_same"] if (n % 2 == 1 and i == 2) else None))
    if n % 2 == 0:
        steps.insert(3, llm(g["intro"]))
    return steps


def loop_polling_no_wait(r: random.Random, d: D, n: int) -> list[Step]:
    j = d["job"]
    k = d["stuck"]
    poll = {"tool": j["poll"]["tool"], "args": j["poll"]["args"]}
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [call(j["start"]), llm(j["lines"][0])]
    else:
        steps.append(llm(j["resume"]))
    for i in range(4):
        steps.append(call({**poll, "obs": k["obs"].format(**stamp(r, d))}))
        steps.append(llm(k["lines"][i], k["ping"] if i == 2 else None))
    return steps


def loop_apology_repeat(r: random.Random, d: D, n: int) -> list[Step]:
    b = d["bad"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B_note"])]
    steps += [call(b), llm(b["claims"][0])]
    steps += [llm(b["retry"][0], b["objections"][0]), call(b), llm(b["claims"][1])]
    steps += [llm(b["retry"][1], b["objections"][1]), call(b)]
    steps.append(llm(b["claims"][2] if n % 2 == 0 else b["claims"][3]))
    return steps


# ---------------------------------------------------------------- progress


def prog_paging(r: random.Random, d: D, n: int) -> list[Step]:
    p = d["pages"]
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    for i in range(4):
        steps.append(call({"tool": p["tool"], "args": p["args"][i], "obs": p["obs"][i]}))
        steps.append(llm(p["notes"][i]))
    steps.append(llm(p["final"]))
    return steps


def prog_corrected_retry(r: random.Random, d: D, n: int) -> list[Step]:
    t = d["typo"]
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    steps += [call(t["bad"]), llm(t["fix"]), call(t["good"]), llm(t["next"])]
    if n % 2 == 0:
        steps += [call(d["C"]), llm(d["C_note"])]
    else:
        steps += [lookup_a(r, d), llm(d["A_note"]), call(d["B"]), llm(d["B_note"])]
    return steps


def prog_polling_with_waits(r: random.Random, d: D, n: int) -> list[Step]:
    j = d["job"]
    poll = {"tool": j["poll"]["tool"], "args": j["poll"]["args"]}
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [call(j["start"]), llm(j["lines"][0])]
        states = [0, 1, 3]
    else:
        steps.append(llm(j["resume"]))
        states = [1, 2, 3]
    for k, s in enumerate(states):
        steps.append(call({"tool": "sleep", "args": {"seconds": j["waits"][k]}, "obs": ""}))
        steps.append(call({**poll, "obs": j["states"][s]}))
        steps.append(llm(j["final"] if s == 3 else j["lines"][s + 1]))
    return steps


def prog_batch_actions(r: random.Random, d: D, n: int) -> list[Step]:
    b = d["batch"]
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    steps.append(llm(b["intro"]))
    for i in range(5):
        steps.append(call({"tool": b["tool"], "args": b["items"][i], "obs": b["obs"][i]}))
        if n % 2 == 1 and i == 1:
            steps.append(llm(b["mid"]))
    steps.append(llm(b["summary"]))
    return steps


def prog_related_summaries(r: random.Random, d: D, n: int) -> list[Step]:
    s = d["docs"]
    steps = [opener(r, d)]
    if n % 2 == 1:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    for i in range(3):
        steps += [call(s["reads"][i]), llm(s["notes"][i])]
    steps += [llm(s["synth"]), llm(s["reply"], s["follow"])]
    return steps


def prog_iterative_edits(r: random.Random, d: D, n: int) -> list[Step]:
    e = d["edits"]
    check = e["check"]
    steps = [opener(r, d)]
    if n % 2 == 1:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    steps += [call({**check, "obs": e["checks"][0], "error": True}), llm(e["lines"][0])]
    for i in range(3):
        steps.append(call(e["steps"][i]))
        steps.append(call({**check, "obs": e["checks"][i + 1], "error": i < 2}))
        if n % 2 == 0 or i == 2:
            steps.append(llm(e["lines"][i + 1]))
    return steps


def prog_user_changes_mind(r: random.Random, d: D, n: int) -> list[Step]:
    c = d["change"]
    tool = c["tool"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    steps += [call({"tool": tool, "args": c["args"][0], "obs": c["obs"][0]}), llm(c["lines"][0])]
    steps += [llm(c["lines"][1], c["users"][0])]
    steps += [call({"tool": tool, "args": c["args"][1], "obs": c["obs"][1]}), llm(c["lines"][2])]
    if n % 2 == 0:
        steps += [llm(c["lines"][3], c["users"][1])]
        steps += [
            call({"tool": tool, "args": c["args"][2], "obs": c["obs"][2]}),
            llm(c["lines"][4]),
        ]
    else:
        steps += [call(d["B"]), llm(d["B_note"])]
    return steps


def prog_search_refinement(r: random.Random, d: D, n: int) -> list[Step]:
    s = d["search"]
    args = {**s["args"], s["qkey"]: s["queries"][4]}
    steps = [opener(r, d)]
    if n % 2 == 0:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    steps.append(
        call({"tool": s["tool"], "args": args, "obs": s["empty"].format(q=s["queries"][4])})
    )
    if n % 2 == 0:
        steps += [llm(s["lines"][0]), llm(s["after_hint"], s["hint"])]
    else:
        steps.append(llm(s["own"]))
    steps += [call(s["narrow"]), llm(s["found"]), call(s["read"]), llm(s["learned"])]
    return steps


def prog_requested_recheck(r: random.Random, d: D, n: int) -> list[Step]:
    c = d["recheck"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B_note"])]
    steps += [llm(c["ask"]), llm(c["line"], c["user"]), call(d["A"], c["obs2"]), llm(c["diff"])]
    steps += [call(c["act"]), llm(c["done"])]
    return steps


def prog_flaky_rerun_passes(r: random.Random, d: D, n: int) -> list[Step]:
    f = d["flaky"]
    spec = {"tool": f["tool"], "args": f["args"]}
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    steps += [call({**spec, "obs": f["errs"][0], "error": True}), llm(f["lines"][0])]
    if n % 2 == 0:
        steps.append(call({"tool": "sleep", "args": {"seconds": f["wait"]}, "obs": ""}))
    else:
        steps += [call({**spec, "obs": f["errs"][1], "error": True}), llm(f["lines"][1])]
    steps += [call({**spec, "obs": f["ok"]}), llm(f["lines"][2])]
    steps += [call(d["C"]), llm(d["C_note"])]
    return steps


def prog_question_answered_used(r: random.Random, d: D, n: int) -> list[Step]:
    q = d["qa"]
    steps = [opener(r, d), lookup_a(r, d), llm(d["A_note"])]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B_note"])]
    steps += [llm(q["q"]), llm(q["line"], q["ans"]), call(q["next"]), llm(q["result"])]
    if n % 2 == 0:
        steps += [call(d["C"]), llm(d["C_note"])]
    return steps


def prog_delegated_subtasks(r: random.Random, d: D, n: int) -> list[Step]:
    g = d["deleg"]
    steps = [opener(r, d)]
    if n % 2 == 1:
        steps += [call(d["B"]), llm(d["B_note"])]
    else:
        steps += [lookup_a(r, d), llm(d["A_note"])]
    for i in range(2):
        ask, reply, line = g["subs"][i]
        run = f"{r.getrandbits(24):06x}"
        spec = {"tool": g["tool"], "args": {**g["args"], "task": ask}}
        steps += [call({**spec, "obs": reply.format(run=run)}), llm(line)]
    steps.append(llm(g["synth"]))
    return steps


# ---------------------------------------------------------------- domains


def celery_task_backlog(r: random.Random) -> D:
    pr = r.randint(2100, 2399)
    pod = f"celery-worker-{r.getrandbits(32):08x}"[:22]
    depth = r.randint(41000, 52000)
    sha = f"{r.getrandbits(28):07x}"
    accts = [f"acct_{r.getrandbits(36):09x}" for _ in range(5)]
    reviewer = r.choice(["dana.k", "m.osei", "priya-r", "tobias.h"])
    q = "rabbitmqctl list_queues -p /prod name messages_ready messages_unacknowledged consumers"
    return {
        "name": "celery_task_backlog",
        "task": "Invoices stopped going out after yesterday's billing-api v3.42.0 deploy. Flower shows nothing failing but customers are emailing. Find out why and fix it. Do NOT purge any queue - those are real invoices.",
        "openers": [
            "I'll start by listing the RabbitMQ queues on /prod with ready counts and consumers.",
            "First step: queue depths and consumer counts from rabbitmqctl.",
            "Let me look at the broker side first - list_queues with consumers.",
        ],
        "acks": [
            "Understood, no purging.",
            "Got it - nothing gets purged.",
            "OK, looking into it now.",
        ],
        "A": T(
            "rabbitmq_exec",
            {"vhost": "/prod", "cmd": q},
            "Timeout: 60.0 seconds ...\nListing queues for vhost /prod ... [req {rid}]\nname\tmessages_ready\tmessages_unacknowledged\tconsumers\ndefault\t3\t1\t24\nemails\t0\t0\t24\ninvoices\t"
            + str(depth)
            + "\t0\t0\ncelery.pidbox\t0\t0\t6\n(listed at {ts})",
        ),
        "A_note": f"There it is on the broker: the invoices queue holds {depth:,} ready messages and has zero consumers. Nothing is failing because nothing is even picking them up.",
        "B": T(
            "celery_inspect",
            {"app": "billing.celery", "command": "active_queues"},
            f"-> celery@{pod}: OK\n    * {{'name': 'default', 'exchange': 'default', 'routing_key': 'default'}}\n    * {{'name': 'emails', 'exchange': 'emails', 'routing_key': 'emails'}}\n(5 more nodes replied with the same 2 queues)\n6 nodes online.",
        ),
        "B_note": "All six workers are subscribed to default and emails only. None of them listens on invoices.",
        "C": T(
            "git_diff",
            {
                "repo": "acme/billing-api",
                "range": "v3.41.2..v3.42.0",
                "path": "billing/celery_config.py",
            },
            f"@@ -44,6 +44,9 @@ task_acks_late = True\n task_routes = {{\n     'billing.send_receipt': {{'queue': 'emails'}},\n+    # {sha}: keep slow PDF rendering off the default queue\n+    'billing.generate_invoice': {{'queue': 'invoices'}},\n+    'billing.render_invoice_pdf': {{'queue': 'invoices'}},\n }}",
        ),
        "C_note": f"v3.42.0 ({sha}) routes generate_invoice and render_invoice_pdf to a new invoices queue. The worker chart was never told about that queue.",
        "search": {
            "tool": "code_search",
            "args": {"repo": "acme/worker-chart", "ref": "main"},
            "qkey": "query",
            "queries": [
                "invoices queue",
                "generate_invoice routing",
                "queue for invoice tasks",
                "billing invoice consumer",
                "task_routes invoices",
            ],
            "empty": 'code search in acme/worker-chart@main: 0 results for "{q}" (38 files searched)',
            "lines": [
                "Nothing in the chart. Maybe the route name is different.",
                "Still nothing. Let me phrase it by task name instead.",
                "No hits again. Trying the consumer angle.",
            ],
            "conclude": "I've searched the worker chart four ways and nothing mentions an invoices queue, so the routing isn't configured anywhere. The tasks must be going to default and something else is wrong.",
            "hint": "The chart only lists what workers consume. Routes are defined in the app itself, in billing-api.",
            "after_hint": "Right - routes are app config. Searching billing-api for the route instead.",
            "own": "That's expected, actually: the chart only sets which queues the workers consume. The routes themselves live in the app, so I should search billing-api.",
            "narrow": T(
                "code_search",
                {"repo": "acme/billing-api", "ref": "v3.42.0", "query": "'queue': 'invoices'"},
                "code search in acme/billing-api@v3.42.0: 2 results\nbilling/celery_config.py:47:    'billing.generate_invoice': {'queue': 'invoices'},\nbilling/celery_config.py:48:    'billing.render_invoice_pdf': {'queue': 'invoices'},",
            ),
            "found": "Found it in billing/celery_config.py at v3.42.0, lines 47-48. Reading the surrounding config.",
            "read": T(
                "read_file",
                {
                    "repo": "acme/billing-api",
                    "ref": "v3.42.0",
                    "path": "billing/celery_config.py",
                    "lines": "40-52",
                },
                "40  broker_url = env('CELERY_BROKER_URL')\n41  task_default_queue = 'default'\n42  worker_prefetch_multiplier = 1\n43  task_acks_late = True\n44  task_routes = {\n45      'billing.send_receipt': {'queue': 'emails'},\n46      # keep slow PDF rendering off the default queue\n47      'billing.generate_invoice': {'queue': 'invoices'},\n48      'billing.render_invoice_pdf': {'queue': 'invoices'},\n49  }\n50  worker_enable_remote_control = False",
            ),
            "learned": "So invoice tasks go to a queue named invoices, and remote control is off, so I can't just add a consumer at runtime. The worker chart's queue list needs invoices added.",
        },
        "noisy": {
            "lines": [
                "Let me re-run list_queues to make sure that count is current.",
                "Running it once more to be certain the consumer count is really zero.",
                "Same picture. One more pass to confirm before I dig in.",
                "Confirmed again: invoices still has no consumers.",
            ],
            "ping": "Anything yet? Finance is asking.",
        },
        "osc": {
            "x": T(
                "kubectl",
                {"cmd": "scale deployment/celery-worker --replicas=12 -n prod-billing"},
                'Error from server (Forbidden): deployments.apps "celery-worker" is forbidden: User "system:serviceaccount:ops:agent-sre" cannot patch resource "deployments/scale" in API group "apps" in the namespace "prod-billing"',
                True,
            ),
            "y": T(
                "rabbitmq_exec",
                {
                    "vhost": "/prod",
                    "cmd": "rabbitmqctl set_policy -p /prod drain-invoices '^invoices$' '{\"federation-upstream\":\"default\"}'",
                },
                "Error:\nAccess refused for user 'agent-ro' to vhost '/prod': configure permission required (user tags: monitoring)",
                True,
            ),
            "xline": [
                "Can't scale the workers. I'll try moving the invoices messages over to a queue they do read.",
                "Scaling is still forbidden. Back to shifting the messages on the broker side.",
            ],
            "yline": [
                "No configure rights on the broker either. Let me try scaling the workers again, maybe with fewer replicas.",
                "Broker refused again. I'll try the scale once more.",
            ],
            "user": "More workers won't help if none of them subscribe to invoices. The fix is the worker's queue list in acme/worker-chart.",
        },
        "fail": {
            "tool": "celery_control",
            "variants": [
                {"app": "billing.celery", "command": "add_consumer", "queue": "invoices"},
                {
                    "app": "billing.celery",
                    "command": "add_consumer",
                    "queue": "invoices",
                    "timeout": 5,
                },
                {
                    "app": "billing.celery",
                    "command": "add_consumer",
                    "queue": "invoices",
                    "destination": [f"celery@{pod}"],
                },
                {
                    "app": "billing.celery",
                    "command": "add_consumer",
                    "queue": "Invoices",
                    "timeout": 10,
                },
            ],
            "obs": "Error: No nodes replied within time constraint.\n(hint: remote control is disabled on these workers: worker_enable_remote_control=False)",
            "lines": [
                "No reply. Maybe the default timeout is too short - giving it 5 seconds.",
                "Still no nodes. Let me target one worker directly.",
                "Same error. Maybe the queue name is case-sensitive - trying it capitalised with a longer timeout.",
                "The workers won't answer add_consumer. I'll keep trying variations.",
            ],
        },
        "ask": {
            "q": "Before I change anything: are the workers in namespace prod-billing or billing-prod?",
            "ans": "prod-billing. Same namespace as the web pods.",
            "thanks": "Thanks, prod-billing it is.",
            "reasks": [
                "Quick check - which namespace do the celery workers run in?",
                "Sorry, to be sure I target the right deployment: is it billing-prod for the workers?",
                "And the worker deployment lives in which namespace again?",
            ],
            "annoyed": "I told you, prod-billing.",
        },
        "write": {
            **T(
                "github_create_pr",
                {
                    "repo": "acme/worker-chart",
                    "head": "fix/consume-invoices-queue",
                    "base": "main",
                    "title": "celery-worker: consume invoices queue (billing-api v3.42.0 routes)",
                },
                f"Created pull request #{pr}: celery-worker: consume invoices queue (billing-api v3.42.0 routes)\nhttps://github.com/acme/worker-chart/pull/{pr}\nchecks: helm-lint queued, unittest queued",
            ),
            "done": f"PR #{pr} is open: it adds invoices to the worker's -Q list. Once it's merged and synced the backlog should drain.",
            "again": f"HTTP 422 Unprocessable Entity: A pull request already exists for acme:fix/consume-invoices-queue (#{pr}).",
            "redo": [
                "Let me make sure the PR actually went through by opening it again.",
                "I'll submit it one more time so it's definitely there.",
                "Re-creating the PR to be safe.",
            ],
            "user_done": f"#{pr} is right there, I can see it. You already opened it.",
            "wrap": f"PR #{pr} exists with the queue fix.",
        },
        "promises": [
            "Next I'll run celery inspect active_queues to see what each worker subscribes to.",
            "I'm going to check the workers' active queues now.",
            "Right, inspecting the worker queues next.",
            "Checking active_queues on all six nodes now.",
            "I'll pull the active_queues output and report back.",
        ],
        "nudges": [
            "Go on then, run it.",
            "You keep saying that. Please actually run the inspect.",
            "Still waiting on the active_queues output.",
        ],
        "restates": [
            "To sum up: invoice tasks are routed to the invoices queue and no worker consumes it.",
            "In short, the backlog is a routing gap: the tasks land in invoices and nobody reads from invoices.",
            "So the root cause is that v3.42.0 introduced the invoices queue without a consumer.",
            "Put simply, the workers don't listen on invoices, and that's where the invoice tasks go.",
            "Bottom line: the new route points at a queue with zero consumers.",
        ],
        "next_asks": [
            "OK, and what do we do about it?",
            "Yes, you've said. What's the fix, and can you make it?",
        ],
        "plans": [
            "Option one: add invoices to the existing celery-worker -Q list. Simple, but PDF rendering could slow emails.",
            "Option two: a separate celery-worker-invoices deployment. Cleaner isolation, but more chart changes.",
            "Thinking about it, option one is the fastest way to drain the backlog.",
            "Then again, a dedicated deployment avoids the slow-PDF problem the route was added to solve.",
            "Still, a one-line change to the queue list is lower risk right now.",
            "Though the separate worker is what the v3.42.0 author seems to have intended...",
        ],
        "pick": "Pick one and do it, please.",
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "infra-investigator"},
            "intro": "I'll hand the investigation to the infra sub-agent.",
            "asks": [
                "Find out why tasks in the invoices queue are not being processed.",
                "Investigate why the invoices backlog isn't draining.",
                "Work out what's stopping the invoices queue from being consumed.",
            ],
            "reply": "[run {run}] Checked the celery-worker deployment in prod-billing: 6/6 pods Running, CPU under 10%, no errors in the last hour. Workers look healthy and idle. Recommendation: scale the deployment up.",
            "lines": [
                "The sub-agent says the workers are healthy. Let me ask it more specifically about invoices.",
                "Same answer. I'll reword it so it looks at the queue rather than the pods.",
                "It keeps coming back with healthy workers. Let me try asking once more.",
            ],
            "user_same": "That's the same reply three times. It's not looking at the queue.",
            "subs": [
                (
                    "List every queue named in task_routes in acme/billing-api billing/celery_config.py at tag v3.42.0.",
                    "[run {run}] task_routes at v3.42.0: billing.send_receipt -> emails; billing.generate_invoice -> invoices; billing.render_invoice_pdf -> invoices; everything else -> default (task_default_queue).",
                    "Three queues are routed to: default, emails and the new invoices.",
                ),
                (
                    "List the queues each worker Deployment in acme/worker-chart values-prod.yaml consumes (-Q).",
                    "[run {run}] values-prod.yaml: celery-worker -Q default,emails (replicas 6); celery-beat: no -Q (scheduler only). No deployment lists invoices.",
                    "And the chart consumes only default and emails.",
                ),
            ],
            "synth": "Together: billing-api routes invoice work to invoices, and no worker deployment consumes it. Adding invoices to the worker chart is the fix, and nothing needs purging.",
        },
        "bad": {
            **T(
                "argocd_app_sync",
                {"app": "celery-worker-prod", "revision": "fix/consume-invoices-queue"},
                "rpc error: code = PermissionDenied desc = permission denied: applications, sync, prod-billing/celery-worker-prod, sub: agent-sre, iat: 2026-11-27T14:10:02Z",
                True,
            ),
            "claims": [
                "Synced. The workers will pick up the invoices queue now.",
                "Done - celery-worker-prod is synced with the branch.",
                "Sync triggered successfully; the backlog should start draining.",
                "The app is synced; invoices are being consumed.",
            ],
            "retry": [
                "You're right, sorry - I misread that. Let me run the sync again.",
                "Apologies, my mistake. Running the sync once more.",
            ],
            "objections": [
                "That says PermissionDenied. It did not sync.",
                "It failed again - read the output. You can't sync prod apps.",
            ],
        },
        "pages": {
            "tool": "rabbitmq_api",
            "args": [
                {
                    "method": "GET",
                    "path": "/api/queues/%2Fprod",
                    "query": {
                        "page": p,
                        "page_size": 25,
                        "columns": "name,messages_ready,consumers",
                    },
                }
                for p in (1, 2, 3, 4)
            ],
            "obs": [
                '{"page": 1, "page_count": 4, "filtered_count": 87, "items": [{"name": "audit", "messages_ready": 0, "consumers": 2}, {"name": "default", "messages_ready": 3, "consumers": 24}, "... 23 more, all consumers >= 1"]}',
                '{"page": 2, "page_count": 4, "filtered_count": 87, "items": [{"name": "emails", "messages_ready": 0, "consumers": 24}, {"name": "exports", "messages_ready": 12, "consumers": 4}, "... 23 more, all consumers >= 1"]}',
                f'{{"page": 3, "page_count": 4, "filtered_count": 87, "items": [{{"name": "invoices", "messages_ready": {depth}, "consumers": 0}}, {{"name": "invoices.retry", "messages_ready": 0, "consumers": 0}}, "... 23 more, all consumers >= 1"]}}',
                '{"page": 4, "page_count": 4, "filtered_count": 87, "items": [{"name": "reports-legacy", "messages_ready": 0, "consumers": 0}, {"name": "webhooks", "messages_ready": 41, "consumers": 8}, "... 10 more, all consumers >= 1"]}',
            ],
            "notes": [
                "Page 1 of 4: 25 queues, all consumed.",
                "Page 2: also fine, exports has 12 ready but 4 consumers.",
                f"Page 3 has the problem: invoices with {depth:,} ready and no consumers, and an empty invoices.retry.",
                "Page 4: reports-legacy has no consumers but is empty and was retired in June.",
            ],
            "final": f"Across all 87 queues only invoices has a backlog without consumers ({depth:,} messages). That's the one to fix.",
        },
        "typo": {
            "bad": T(
                "kubectl",
                {"cmd": "logs deploy/celery-wroker -n prod-billing --tail=20"},
                'Error from server (NotFound): deployments.apps "celery-wroker" not found',
                True,
            ),
            "fix": "Typo on my side - celery-wroker. The deployment is celery-worker.",
            "good": T(
                "kubectl",
                {"cmd": "logs deploy/celery-worker -n prod-billing --tail=20"},
                f"[2026-11-27 13:58:41,204: INFO/MainProcess] Connected to amqp://billing@rabbitmq-0.rabbitmq:5672//prod\n[2026-11-27 13:58:41,229: INFO/MainProcess] mingle: all alone\n[2026-11-27 13:58:41,301: INFO/MainProcess] celery@{pod} ready.\n -------------- [queues]\n  .> default  exchange=default(direct) key=default\n  .> emails   exchange=emails(direct) key=emails",
            ),
            "next": "The worker banner confirms it: it starts with -Q default,emails. invoices isn't in the list.",
        },
        "job": {
            "start": T(
                "github_pr_status",
                {"repo": "acme/worker-chart", "number": pr},
                f"#{pr} merged by {reviewer} at 14:31Z (squash {sha}). Argo CD app celery-worker-prod: Synced to {sha}, Health: Progressing",
            ),
            "poll": {
                "tool": "rabbitmq_exec",
                "args": {
                    "vhost": "/prod",
                    "cmd": "rabbitmqctl list_queues -p /prod name messages_ready consumers | grep ^invoices",
                },
            },
            "states": [
                f"invoices\t{depth}\t0",
                f"invoices\t{depth - 9120}\t6",
                f"invoices\t{depth - 31877}\t6",
                "invoices\t0\t6",
            ],
            "waits": [60, 120, 240],
            "lines": [
                "Merged and synced, pods are rolling. I'll watch the queue drain.",
                "New pods aren't ready yet: still no consumers on invoices.",
                "Workers have subscribed (6 consumers) and the count is coming down.",
                "Draining steadily, roughly 2.6k a minute.",
            ],
            "resume": f"The fix from #{pr} is rolling out. I'll poll the invoices queue with pauses until it's empty.",
            "final": "invoices is empty with 6 consumers. The backlog has been processed and nothing was purged.",
        },
        "stuck": {
            "obs": f"invoices\t{depth}\t0",
            "lines": [
                "Still no consumers on invoices. Checking again.",
                "Same count. Checking again right away.",
                "No change. Polling the queue again.",
                "Still the full backlog and no consumers; checking once more.",
            ],
            "ping": "Is it draining yet?",
        },
        "batch": {
            "tool": "billing_add_account_note",
            "items": [
                {
                    "account": a,
                    "note": "Invoice delayed 26-27 Nov by a queue routing fault (INC-8812); generated late, no action needed.",
                }
                for a in accts
            ],
            "obs": [
                f"note n_{r.getrandbits(24):06x} added to {a} (visible to support)" for a in accts
            ],
            "intro": "Support asked for a note on the five accounts that emailed in. Adding the same note to each.",
            "mid": "First two done, continuing.",
            "summary": f"All five accounts ({', '.join(accts[:2])} and three more) now carry the INC-8812 note.",
        },
        "docs": {
            "reads": [
                T(
                    "wiki_read",
                    {"space": "SRE", "page": "Runbook: Celery queues"},
                    "Runbook: Celery queues (updated 2026-08-02)\n- Every queue in task_routes must appear in a worker -Q list.\n- Alert CeleryQueueNoConsumers covers: default, emails.\n- Never purge; to move messages use the shovel (needs broker admin).",
                ),
                T(
                    "wiki_read",
                    {"space": "ENG", "page": "ADR-031 Isolate invoice rendering"},
                    "ADR-031 (accepted 2026-11-18): move generate_invoice and render_invoice_pdf to an 'invoices' queue consumed by a dedicated worker pool (concurrency 2). Owner: billing team. Follow-up: worker-chart change (not filed).",
                ),
                T(
                    "wiki_read",
                    {"space": "SRE", "page": "PM-2026-114 reports queue orphaned"},
                    "Postmortem PM-2026-114 (March): reports queue added in app, chart not updated, 6h of reports stuck. Action item: alert on any queue with ready > 0 and consumers == 0 - status: open.",
                ),
            ],
            "notes": [
                "The runbook says every routed queue needs a consumer, and the no-consumer alert only watches default and emails.",
                "ADR-031 planned a dedicated invoices pool, and the chart follow-up was never filed.",
                "PM-2026-114 was the same failure with the reports queue in March; its alert action item is still open.",
            ],
            "synth": "All three point the same way: the app added a queue the chart never consumed, and the alert that would have caught it was never widened.",
            "follow": "Should anything have paged us?",
            "reply": "It should have, but CeleryQueueNoConsumers only covers default and emails; PM-2026-114's generic alert (ready > 0 and consumers == 0) is still open. I'd close that action item now.",
        },
        "edits": {
            "check": {
                "tool": "shell",
                "args": {"cwd": "worker-chart", "cmd": "helm unittest charts/celery-worker"},
            },
            "checks": [
                "### Chart [ celery-worker ] charts/celery-worker\n FAIL  deployment_test.yaml: queues include invoices\n FAIL  deployment_test.yaml: invoices pool concurrency\n FAIL  snapshot_test.yaml: values-prod\nCharts: 1 failed; Test Suites: 2 failed; Tests: 3 failed, 14 passed",
                "### Chart [ celery-worker ] charts/celery-worker\n FAIL  deployment_test.yaml: invoices pool concurrency\n FAIL  snapshot_test.yaml: values-prod\nTests: 2 failed, 15 passed",
                "### Chart [ celery-worker ] charts/celery-worker\n FAIL  snapshot_test.yaml: values-prod\nTests: 1 failed, 16 passed",
                "### Chart [ celery-worker ] charts/celery-worker\nCharts: 1 passed; Test Suites: 3 passed; Tests: 17 passed",
            ],
            "steps": [
                T(
                    "edit_file",
                    {
                        "path": "charts/celery-worker/values-prod.yaml",
                        "old": "queues: [default, emails]",
                        "new": "queues: [default, emails]\ninvoicesPool:\n  enabled: true\n  queues: [invoices]",
                    },
                    "edited charts/celery-worker/values-prod.yaml (+3 -0)",
                ),
                T(
                    "edit_file",
                    {
                        "path": "charts/celery-worker/templates/deployment-invoices.yaml",
                        "old": "",
                        "new": 'args: ["-Q", "invoices", "--concurrency", "2"]',
                    },
                    "created charts/celery-worker/templates/deployment-invoices.yaml (41 lines)",
                ),
                T(
                    "shell",
                    {"cwd": "worker-chart", "cmd": "helm unittest -u charts/celery-worker"},
                    "updated 1 snapshot in snapshot_test.yaml",
                ),
            ],
            "lines": [
                "Three tests fail, as expected, against the new invoices expectations.",
                "Values now enable the pool; the concurrency test still fails because there's no template.",
                "Template added; only the snapshot is stale now.",
                "Snapshot refreshed and all 17 tests pass.",
            ],
        },
        "change": {
            "tool": "prometheus_rule_upsert",
            "args": [
                {
                    "group": "celery",
                    "alert": "CeleryInvoicesBacklog",
                    "expr": 'rabbitmq_queue_messages_ready{queue="invoices"} > 1000',
                    "for": "10m",
                    "labels": {"team": "sre"},
                },
                {
                    "group": "celery",
                    "alert": "CeleryInvoicesBacklog",
                    "expr": 'rabbitmq_queue_messages_ready{queue="invoices"} > 1000',
                    "for": "5m",
                    "labels": {"team": "billing-oncall"},
                },
                {
                    "group": "celery",
                    "alert": "CeleryQueueNoConsumers",
                    "expr": "rabbitmq_queue_messages_ready > 0 and rabbitmq_queue_consumers == 0",
                    "for": "5m",
                    "labels": {"team": "billing-oncall"},
                },
            ],
            "obs": [
                "rule group celery: alert CeleryInvoicesBacklog created (for 10m, team=sre); reloaded 3 prometheus replicas",
                "rule group celery: alert CeleryInvoicesBacklog updated (for 10m->5m, team sre->billing-oncall); reloaded",
                "rule group celery: alert CeleryQueueNoConsumers updated (expr changed, now all queues); reloaded",
            ],
            "lines": [
                "Added a backlog alert on invoices: more than 1000 ready for 10 minutes, routed to SRE.",
                "Changing it to 5 minutes and routing to billing-oncall.",
                "Updated: 5m, billing-oncall.",
                "Switching to the generic rule instead: any queue with ready messages and no consumers.",
                "Done - CeleryQueueNoConsumers now covers every queue, 5m, billing-oncall.",
            ],
            "users": [
                "Make it 5 minutes and page billing-oncall, not SRE.",
                "Actually, drop the depth threshold - alert on any queue with messages and zero consumers.",
            ],
        },
        "recheck": {
            "ask": f"The fix needs the worker-chart change merged; I can't sync prod myself. Can someone with rights merge #{pr}?",
            "line": "Thanks - re-checking the broker.",
            "user": f"{reviewer} merged #{pr} and Argo synced it. Check again.",
            "obs2": "Listing queues for vhost /prod ...\nname\tmessages_ready\tmessages_unacknowledged\tconsumers\ndefault\t2\t0\t24\nemails\t0\t0\t24\ninvoices\t12480\t12\t6\ncelery.pidbox\t0\t0\t8",
            "diff": "Now invoices has 6 consumers and is down to 12,480. It's draining. I'll update the incident.",
            "act": T(
                "statuspage_update",
                {
                    "incident": "INC-8812",
                    "status": "monitoring",
                    "body": "Invoice generation resumed; delayed invoices are being sent now.",
                },
                "INC-8812 updated: status investigating -> monitoring (notified 214 subscribers)",
            ),
            "done": "INC-8812 is in monitoring. I'll leave it there until the queue hits zero.",
        },
        "flaky": {
            "tool": "kubectl",
            "args": {"cmd": f"exec -n prod-billing {pod} -- celery -A billing.celery report"},
            "errs": [
                "Error from server: error dialing backend: dial tcp 10.42.7.19:10250: i/o timeout (node ip-10-42-7-19 is cordoned for the kernel patch window)",
                "Error from server: error dialing backend: dial tcp 10.42.7.19:10250: connect: connection refused",
            ],
            "ok": "software -> celery:5.4.0 (opalescent) kombu:5.4.2 py:3.12.7\n            billiard:4.2.1 py-amqp:5.3.1\nplatform -> system:Linux arch:64bit\nloader   -> celery.loaders.app.AppLoader\nsettings -> transport:amqp results:redis://redis-billing:6379/1\ntask_default_queue: 'default'\ntask_routes: {'billing.send_receipt': {'queue': 'emails'}, 'billing.generate_invoice': {'queue': 'invoices'}, 'billing.render_invoice_pdf': {'queue': 'invoices'}}",
            "lines": [
                "The node is cordoned for kernel patching, so kubelet isn't answering. Giving it a minute.",
                "Node still coming back. One more try shortly.",
                "Got the report: the running app has the invoices routes, so the workers are on v3.42.0 code but not consuming that queue.",
            ],
            "wait": 60,
        },
        "qa": {
            "q": "Should invoices be consumed by the existing worker pool, or a separate celery-worker-invoices deployment?",
            "ans": "Separate deployment, 2 replicas, concurrency 2, so slow PDFs can't block emails.",
            "line": "Separate pool, 2 replicas, concurrency 2. Adding it to values-prod.",
            "next": T(
                "edit_file",
                {
                    "path": "charts/celery-worker/values-prod.yaml",
                    "old": "queues: [default, emails]",
                    "new": "queues: [default, emails]\ninvoicesPool:\n  enabled: true\n  replicas: 2\n  concurrency: 2\n  queues: [invoices]",
                },
                "edited charts/celery-worker/values-prod.yaml (+6 -0)",
            ),
            "result": "values-prod.yaml now defines the invoices pool with 2 replicas at concurrency 2.",
        },
    }


def pharmacy_refill_rejection(r: random.Random) -> D:
    old_rx = r.randint(6100000, 6129999)
    new_rx = old_rx + r.randint(20000, 29000)
    pid = f"P{r.randint(100000, 999999)}"
    name = r.choice(["Mr Alvarez", "Mr Okonkwo", "Mr Lindqvist", "Mr Brennan"])
    card = f"ZX{r.randint(10000000, 99999999)}"
    others = [f"P{r.randint(100000, 999999)}" for _ in range(5)]
    return {
        "name": "pharmacy_refill_rejection",
        "task": f"{name} ({pid}) is at the counter saying his cholesterol refill 'got rejected by insurance' again. Find out what's going on and get it filled if you can. Don't call or message Dr Patel's office - the pharmacist handles prescriber contact.",
        "openers": [
            f"I'll pull the latest claim response on Rx {old_rx} first.",
            "First, the claim history for his refill to see the exact reject code.",
            f"Let me check what the PBM sent back for Rx {old_rx}.",
        ],
        "acks": [
            "Understood - no prescriber contact from me.",
            "OK, I'll leave Dr Patel's office to the pharmacist.",
            "Got it, looking now.",
        ],
        "A": T(
            "claim_status",
            {"rx": old_rx, "last": 1},
            f"Rx {old_rx}  LIPITOR 40MG TAB  qty 30  ds 30  DAW 1\nBIN 610014  PCN MEDDPRIME  grp RX4471  cardholder {card}\ntxn {{rid}}  submitted 2026-11-27 {{ts}}\nRESPONSE: REJECTED\n  75  Prior Authorization Required\n  569 Provide Beneficiary with CMS Notice of Appeal Rights\n  msg: NON-PREFERRED BRAND. GENERIC AVAILABLE W/O PA",
        ),
        "A_note": "Rejected 75, prior authorization required: the claim went out as brand Lipitor with DAW 1, and the plan says the generic needs no PA.",
        "B": T(
            "patient_profile",
            {"patient_id": pid, "section": "active_rx"},
            f"{pid}  {name.split()[1].upper()}, RAUL  DOB 1957-08-31\nRx {old_rx}  LIPITOR 40MG TAB   DAW 1  written 2026-02-11  refills left 2  status ACTIVE\nRx {new_rx}  ATORVASTATIN 40MG TAB  DAW 0  written 2026-11-20  Dr A. Patel  refills 5  status ON HOLD (new eRx, not yet reviewed)\nRx 6098812  METFORMIN 500MG TAB  DAW 0  refills 3  status ACTIVE",
        ),
        "B_note": f"There's a new eRx from Dr Patel, Rx {new_rx}, for generic atorvastatin with DAW 0. It's been sitting on hold since the 20th, and the refill was run on the old brand script.",
        "C": T(
            "formulary_lookup",
            {
                "bin": "610014",
                "group": "RX4471",
                "drugs": ["LIPITOR 40MG TAB", "ATORVASTATIN 40MG TAB"],
            },
            "plan year 2026 (effective change 2026-11-01)\nLIPITOR 40MG TAB       tier 3 non-preferred  PA required  (changed 11/01 from tier 2)\nATORVASTATIN 40MG TAB  tier 1 preferred      no PA  QL 90/90  copay $0.00",
        ),
        "C_note": "The plan moved Lipitor to non-preferred with PA on 1 November. Generic atorvastatin is tier 1, no PA, $0 copay.",
        "search": {
            "tool": "kb_search",
            "args": {"site": "store-sop"},
            "qkey": "q",
            "queries": [
                "reject 75 Lipitor",
                "prior auth required brand statin",
                "PA reject on refill what to do",
                "non-preferred brand generic available",
                "reject code 75 plan RX4471",
            ],
            "empty": 'store-sop: no documents match "{q}" (112 SOPs indexed)',
            "lines": [
                "Nothing. Rewording around prior authorisation.",
                "No SOP either. Trying a plainer phrasing.",
                "Still nothing. Maybe it's filed under formulary.",
            ],
            "conclude": "Our SOPs have nothing on this reject, so there's no documented way to get it through; it will have to wait for a PA.",
            "hint": "Our SOPs don't cover plan rules. The payer sheet for BIN 610014 does.",
            "after_hint": "Of course, plan-specific rules are in the payer sheet. Searching that for BIN 610014.",
            "own": "Store SOPs won't list plan-specific reject handling anyway; that's in the payer sheet for the BIN. Searching there.",
            "narrow": T(
                "payer_sheet_search",
                {"bin": "610014", "pcn": "MEDDPRIME", "q": "75"},
                "payer sheet 610014/MEDDPRIME v2026.4: 2 matches\n s.7.2  Reject 75 on non-preferred brands (eff. 2026-11-01)\n s.9.1  DAW codes accepted",
            ),
            "found": "Section 7.2 covers reject 75 on non-preferred brands. Reading it.",
            "read": T(
                "payer_sheet_read",
                {"bin": "610014", "section": "7.2"},
                "7.2 Non-preferred brands (effective 2026-11-01)\nClaims for brands with an A-rated generic submitted with DAW 1 or DAW 2 reject 75 unless a PA is on file. Submit the generic with DAW 0, or obtain PA via CoverMyMeds. Do not resubmit the brand claim with SCC or PA type codes; these reject 3Y.",
            ),
            "learned": "So the brand claim won't pass without PA, and resubmitting with override codes just rejects 3Y. The generic with DAW 0 is the route.",
        },
        "noisy": {
            "lines": [
                "Let me pull the claim status again in case the PBM has updated it.",
                "Checking the response once more.",
                "Identical reject. One more look to be sure.",
                "Still 75 on the latest transaction.",
            ],
            "ping": f"{name} is asking how long this will take.",
        },
        "osc": {
            "x": T(
                "claim_submit",
                {"rx": old_rx, "daw": 1, "pa_type_code": "1", "pa_number": ""},
                "RESPONSE: REJECTED\n  3Y Prior Authorization Denied\n  498 M/I Prior Authorization Number Submitted",
                True,
            ),
            "y": T(
                "claim_submit",
                {"rx": old_rx, "daw": 1, "submission_clarification_code": "08"},
                "RESPONSE: REJECTED\n  34 M/I Submission Clarification Code\n  msg: SCC 08 NOT ALLOWED FOR THIS PLAN",
                True,
            ),
            "xline": [
                "PA type rejected. I'll try a submission clarification code instead.",
                "3Y again. Let me go back to the clarification code.",
            ],
            "yline": [
                "SCC 08 isn't accepted. Back to the PA type code with a different value.",
                "Rejected 34 again. Trying the PA type once more.",
            ],
            "user": f"Stop resubmitting the Lipitor claim. There's a new eRx from Dr Patel on hold - Rx {new_rx}. Use that.",
        },
        "fail": {
            "tool": "claim_submit",
            "variants": [
                {"rx": old_rx, "daw": 1, "pa_number": "PENDING"},
                {"rx": old_rx, "daw": 1, "pa_number": "pending"},
                {"rx": old_rx, "daw": 1, "pa_number": "PA-PENDING", "note": "pt at counter"},
                {"rx": old_rx, "daw": 1, "pa_number": "0"},
            ],
            "obs": "RESPONSE: REJECTED\n  498 M/I Prior Authorization Number Submitted\n  75  Prior Authorization Required",
            "lines": [
                "Rejected. Maybe lower case is accepted.",
                "Still 498. Adding a note and a prefix.",
                "Same reject. I'll try a zero PA number.",
                "The PBM keeps rejecting the PA field. Let me try another format.",
            ],
        },
        "ask": {
            "q": f"Is {name} waiting at the counter, or would he rather come back later or have it delivered?",
            "ans": "He's waiting. He'll stay 20 minutes.",
            "thanks": "Thanks - I'll aim to have it sorted in that window.",
            "reasks": [
                "Does he want to wait for it or come back?",
                "To plan the fill: is he staying, or should I set up delivery?",
                "Sorry - is he still waiting in store?",
            ],
            "annoyed": "He is WAITING. I said that already.",
        },
        "write": {
            **T(
                "rx_activate",
                {
                    "rx": new_rx,
                    "reviewed_by": "tech-agent",
                    "note": "replaces brand Rx; plan change 11/01",
                },
                f"Rx {new_rx} ATORVASTATIN 40MG TAB: ON HOLD -> ACTIVE (queued for RPh data review)",
            ),
            "done": f"Rx {new_rx} is active and queued for the pharmacist's data review.",
            "again": f"409 Conflict: Rx {new_rx} is already ACTIVE (activated 2026-11-27 by tech-agent)",
            "redo": [
                "Let me activate it again to make sure it took.",
                "I'll run the activation once more so it's definitely queued.",
                "Activating again just in case.",
            ],
            "user_done": "It's active, I can see it in the queue.",
            "wrap": f"Rx {new_rx} is active.",
        },
        "promises": [
            "Next I'll pull his profile to see whether there's a newer prescription.",
            "I'm about to check his active prescriptions.",
            "Pulling the profile now.",
            "Checking his active Rx list next.",
            "I'll look at the profile and tell you what's there.",
        ],
        "nudges": [
            "Please check it.",
            "You said that. Open his profile.",
            "He's still waiting - the profile?",
        ],
        "restates": [
            "So the refill rejects because the plan now wants a PA for brand Lipitor.",
            "In other words, brand Lipitor needs prior authorisation since November and the refill was the brand.",
            "The summary is: non-preferred brand, PA required, generic available.",
            "Put plainly, the claim fails because it's the brand, and the plan only pays for the generic without PA.",
            "Again, the reject is the brand-versus-generic rule from 1 November.",
        ],
        "next_asks": [
            "Right. So what do we do for him today?",
            "You've said that. Can you get him filled or not?",
        ],
        "plans": [
            f"We could fill the new generic eRx, Rx {new_rx}; it's DAW 0 and $0.",
            "Or we start a PA for the brand so he stays on what he's used to.",
            "The generic is faster, he'd have it today.",
            "But his old script said DAW 1, so maybe he prefers the brand and we should go for the PA.",
            "Then again, Dr Patel's new script is generic, so that's the prescriber's current intent.",
            "Though a PA might be worth it if he reacts badly to generics...",
        ],
        "pick": "He needs a decision now. Which is it?",
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "claims-helper"},
            "intro": "I'll ask the claims sub-agent to work out the reject.",
            "asks": [
                f"Why is the refill on Rx {old_rx} rejecting?",
                f"Figure out what is causing the insurance reject for {name}'s Lipitor.",
                f"Explain the claim rejection for Rx {old_rx} and how to resolve it.",
            ],
            "reply": "[run {run}] Claim rejected with NCPDP 75 (Prior Authorization Required). Resolution: contact the prescriber to request a prior authorization.",
            "lines": [
                "It says to contact the prescriber, which I can't do. I'll ask it differently.",
                "Same recommendation. Let me frame it around the patient.",
                "Still 'contact prescriber'. One more try with more detail.",
            ],
            "user_same": "It keeps telling you to call the prescriber. Ask it something useful or do it yourself.",
            "subs": [
                (
                    "Look up plan BIN 610014 group RX4471 formulary status for LIPITOR 40MG TAB and ATORVASTATIN 40MG TAB.",
                    "[run {run}] LIPITOR 40MG: tier 3, PA required since 2026-11-01. ATORVASTATIN 40MG: tier 1, no PA, $0 copay, QL 90/90.",
                    "Formulary: brand needs PA since November, generic is tier 1 at $0.",
                ),
                (
                    f"List active and on-hold prescriptions for patient {pid} containing atorvastatin or Lipitor, with DAW codes.",
                    f"[run {{run}}] Rx {old_rx} LIPITOR 40MG DAW 1 active; Rx {new_rx} ATORVASTATIN 40MG DAW 0 on hold since 2026-11-20 (eRx from Dr A. Patel).",
                    f"And there's an on-hold generic eRx, Rx {new_rx}, from Dr Patel.",
                ),
            ],
            "synth": f"So the fix is already in the system: fill Rx {new_rx}, the generic with DAW 0, which the plan pays at $0 with no PA. No prescriber call needed.",
        },
        "bad": {
            **T(
                "claim_submit",
                {"rx": new_rx, "bin": "610014", "pcn": "MEDDPRIM", "group": "RX4471"},
                "RESPONSE: REJECTED\n  04 M/I Processor Control Number\n  msg: PCN MEDDPRIM NOT FOUND FOR BIN 610014",
                True,
            ),
            "claims": [
                f"Claim on Rx {new_rx} is paid, $0.00 copay.",
                "Paid - he's all set, $0 copay.",
                "The claim went through; the fill can proceed.",
                "It's approved now.",
            ],
            "retry": [
                "Sorry about that, you're right. Resubmitting the claim.",
                "My apologies - resubmitting it now.",
            ],
            "objections": [
                "It says REJECTED 04. That's not paid.",
                "Still rejected - the PCN is wrong.",
            ],
        },
        "pages": {
            "tool": "claim_history",
            "args": [
                {"patient_id": pid, "since": "2025-12-01", "page": p, "per_page": 10}
                for p in (1, 2, 3, 4)
            ],
            "obs": [
                f"page 1/4: 10 claims 2025-12-02..2026-02-09 - all PAID (metformin x3, Lipitor x3 on Rx 60{r.randint(10000, 99999)}, others x4)",
                f"page 2/4: 10 claims 2026-02-11..2026-06-08 - all PAID (Lipitor x4 on Rx {old_rx}, copay $25.00)",
                f"page 3/4: 10 claims 2026-06-10..2026-10-28 - all PAID (Lipitor x5 on Rx {old_rx}, copay $25.00)",
                f"page 4/4: 4 claims 2026-11-03..2026-11-27 - PAID metformin; REJECTED 75 Rx {old_rx} (11/24, 11/26, 11/27)",
            ],
            "notes": [
                "Page 1: all paid, nothing unusual.",
                f"Page 2: Rx {old_rx} started in February, paid at $25 each month.",
                "Page 3: same, paid monthly through October.",
                "Page 4: the first reject is 24 November, after the plan change on the 1st. Three rejects since.",
            ],
            "final": "So the brand refill paid fine for ten months and has rejected 75 every time since the 1 November formulary change.",
        },
        "typo": {
            "bad": T(
                "patient_lookup",
                {"last_name": name.split()[1], "dob": "1957-31-08"},
                "400 Bad Request: dob '1957-31-08' is not a valid date (expected YYYY-MM-DD)",
                True,
            ),
            "fix": "I swapped month and day. It's 1957-08-31.",
            "good": T(
                "patient_lookup",
                {"last_name": name.split()[1], "dob": "1957-08-31"},
                f"1 match: {pid}  {name.split()[1].upper()}, RAUL  DOB 1957-08-31  plan BIN 610014 / RX4471  cardholder {card}",
            ),
            "next": f"Confirmed he's {pid} on plan RX4471.",
        },
        "job": {
            "start": T(
                "fill_submit",
                {"rx": new_rx, "qty": 30, "days_supply": 30, "priority": "waiting"},
                f"fill F-{r.randint(400000, 499999)} created for Rx {new_rx}; claim PAID $0.00; routed to station 2 (priority: patient waiting)",
            ),
            "poll": {"tool": "fill_status", "args": {"rx": new_rx}},
            "states": [
                "QUEUED - station 2, position 3",
                "FILLING - 30 tabs counted (Eyecon), label printed",
                "VERIFICATION - awaiting RPh final check (J. Moreau)",
                "READY - bin C-12, will-call",
            ],
            "waits": [90, 120, 180],
            "lines": [
                "Paid at $0 and queued with waiting priority. I'll watch it.",
                "Third in the queue.",
                "Counted and labelled.",
                "With the pharmacist for final check.",
            ],
            "resume": "The generic fill was submitted a few minutes ago. I'll check its progress with short waits.",
            "final": f"Ready in bin C-12. {name} can pick it up now.",
        },
        "stuck": {
            "obs": "QUEUED - station 2, position 3 (updated {ts})",
            "lines": [
                "Still in the fill queue. Checking again.",
                "Same position. Checking the fill again.",
                "Still third. Polling again.",
                "No movement yet; I'll check once more.",
            ],
            "ping": "He's asking if it's ready.",
        },
        "batch": {
            "tool": "patient_flag_add",
            "items": [
                {
                    "patient_id": o,
                    "flag": "FORMULARY-1101",
                    "text": "Plan RX4471: Lipitor needs PA from 11/01. Generic atorvastatin tier 1 - RPh to review.",
                }
                for o in others
            ],
            "obs": [f"flag FORMULARY-1101 added to {o} (shows at next fill)" for o in others],
            "intro": "Five other patients on plan RX4471 have brand Lipitor refills due. Flagging each profile so they don't hit the same reject at the counter.",
            "mid": "Two flagged.",
            "summary": f"Flagged all five ({', '.join(others[:2])} and three more) for pharmacist review before their next fill.",
        },
        "docs": {
            "reads": [
                T(
                    "document_read",
                    {"source": "fax-inbox", "id": "PBM-LTR-20261015"},
                    "Express Scripts notice 2026-10-15: effective 2026-11-01, brands with A-rated generics move to non-preferred tier 3 and require PA for group RX4471. Affected: Lipitor, Crestor, Zetia...",
                ),
                T(
                    "document_read",
                    {"source": "erx", "id": str(new_rx)},
                    "eRx from Dr A. Patel 2026-11-20: atorvastatin 40 mg tablet, 1 daily, #30, RF5, substitution permitted. Note: 'switching to generic per plan change'.",
                ),
                T(
                    "document_read",
                    {"source": "store-sop", "id": "SOP-041"},
                    "SOP-041 New eRx on hold: techs review within 1 business day; if it replaces an active Rx, inactivate the old Rx after the first fill.",
                ),
            ],
            "notes": [
                "The PBM letter from October announced the brand-to-PA change for November.",
                "Dr Patel already sent a generic eRx on the 20th, substitution permitted.",
                "SOP-041 says on-hold eRx should be reviewed within a day and the old Rx inactivated after the first fill.",
            ],
            "synth": "Put together: the plan change was announced, the prescriber reacted, and we missed it because the eRx sat on hold for a week.",
            "follow": "Should we do anything about the old Lipitor script?",
            "reply": f"Yes - per SOP-041, inactivate Rx {old_rx} after the first generic fill so it can't be refilled by mistake.",
        },
        "edits": {
            "check": {"tool": "rx_validate", "args": {"rx": new_rx}},
            "checks": [
                "3 issues: sig missing days supply; quantity unit 'EA' vs package 'TAB'; prescriber DEA not on file for this location",
                "2 issues: quantity unit 'EA' vs package 'TAB'; prescriber DEA not on file for this location",
                "1 issue: prescriber DEA not on file for this location",
                "0 issues: ready for RPh data review",
            ],
            "steps": [
                T(
                    "rx_edit",
                    {"rx": new_rx, "field": "days_supply", "value": 30},
                    f"Rx {new_rx}: days_supply None -> 30",
                ),
                T(
                    "rx_edit",
                    {"rx": new_rx, "field": "qty_unit", "value": "TAB"},
                    f"Rx {new_rx}: qty_unit EA -> TAB",
                ),
                T(
                    "rx_edit",
                    {
                        "rx": new_rx,
                        "field": "prescriber_location",
                        "value": "NPI 1477 Main St clinic",
                    },
                    f"Rx {new_rx}: prescriber location linked (DEA on file)",
                ),
            ],
            "lines": [
                "The eRx has three data issues before it can be reviewed.",
                "Days supply set; two left.",
                "Unit fixed; one left, the prescriber location.",
                "Clean - ready for the pharmacist's review.",
            ],
        },
        "change": {
            "tool": "patient_notify",
            "args": [
                {
                    "patient_id": pid,
                    "channel": "sms",
                    "template": "ready_for_pickup",
                    "when": "on_ready",
                },
                {
                    "patient_id": pid,
                    "channel": "voice",
                    "template": "ready_for_pickup",
                    "when": "on_ready",
                },
                {
                    "patient_id": pid,
                    "channel": "email",
                    "to": "caregiver",
                    "template": "ready_for_pickup",
                    "when": "on_ready",
                },
            ],
            "obs": [
                "notification rule n-1 set: SMS to ***-***-4471 on READY",
                "notification rule n-1 updated: channel sms -> voice (IVR call to ***-***-4471)",
                "notification rule n-1 updated: channel voice -> email (caregiver M. Alvarez, m.alv***@gmail.com)",
            ],
            "lines": [
                "He'll get a text when it's ready.",
                "Switching the alert to a phone call.",
                "It will call him instead.",
                "Changing it to email his daughter.",
                "Done - the ready notice goes to his daughter's email.",
            ],
            "users": [
                "He doesn't read texts. Call him instead.",
                "Actually, email his daughter - she's listed as caregiver and she picks up for him.",
            ],
        },
        "recheck": {
            "ask": f"I can't get the brand claim through. Rx {new_rx} needs the pharmacist to release it from hold first.",
            "line": "Thanks, checking the latest claim now.",
            "user": f"Janine released Rx {new_rx} and ran the claim. Check again.",
            "obs2": f"Rx {new_rx}  ATORVASTATIN 40MG TAB  qty 30  ds 30  DAW 0\nBIN 610014  PCN MEDDPRIME  grp RX4471\nRESPONSE: PAID  ingredient $3.18  copay $0.00",
            "diff": "The new claim is paid at $0. I'll send it to fill with waiting priority.",
            "act": T(
                "fill_submit",
                {"rx": new_rx, "qty": 30, "days_supply": 30, "priority": "waiting"},
                "fill created; routed to station 2 (position 1)",
            ),
            "done": "Queued first at station 2; it should be ready in about ten minutes.",
        },
        "flaky": {
            "tool": "eligibility_check",
            "args": {"patient_id": pid, "bin": "610014", "transaction": "E1"},
            "errs": [
                "E1 FAILED: switch timeout - RelayHealth did not respond within 30s (status page: 'Delayed claim responses, investigating')",
                "E1 FAILED: 99 Host Processor Error (RelayHealth degraded)",
            ],
            "ok": f"E1 OK: cardholder {card} ACTIVE, BIN 610014 PCN MEDDPRIME group RX4471, coverage through 2026-12-31",
            "lines": [
                "The switch is having an incident. I'll wait a bit and retry.",
                "Still degraded. Trying once more.",
                "Eligibility is fine: active coverage through December, so this is a formulary reject, not a coverage lapse.",
            ],
            "wait": 45,
        },
        "qa": {
            "q": "Should I fill the generic as 30 days like before, or 90 days?",
            "ans": "90 days. The plan allows it at tier 1 and he asked for fewer trips.",
            "line": "90 days it is. Updating the quantity before the claim.",
            "next": T(
                "rx_edit",
                {"rx": new_rx, "field": "qty", "value": 90, "days_supply": 90},
                f"Rx {new_rx}: qty 30 -> 90, days_supply 30 -> 90 (within QL 90/90)",
            ),
            "result": "Set to 90 tablets for 90 days, inside the plan's quantity limit.",
        },
    }


def zoom_webinar_registration(r: random.Random) -> D:
    wid = f"8{r.randint(1000000000, 9999999999)}"
    shown = f"{wid[:3]} {wid[3:7]} {wid[7:]}"
    pending = 147
    ids = [
        f"{r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}{r.getrandbits(60):015x}"[
            :22
        ]
        for _ in range(5)
    ]
    chunks = [[f"{i}..(30 ids)"] for i in ids]
    tok = f"{r.getrandbits(64):016x}"
    host = r.choice(["Jenna Rowe", "Jenna Okafor", "Jenna Marsh"])
    api = "zoom_api"
    return {
        "name": "zoom_webinar_registration",
        "task": f"People who registered for Thursday's 'Q4 Product Roadmap' webinar (ID {shown}) say they never got a confirmation or join link. We've had about 150 sign-ups. Figure it out and fix it before Thursday. Do not cancel or recreate the webinar - the registration link is already in the newsletter.",
        "openers": [
            "I'll start by listing the webinar's registrants that are still pending.",
            "First, the pending registrants on the webinar via the API.",
            "Let me see how many registrants are stuck in pending.",
        ],
        "acks": [
            "Understood - the webinar stays as it is.",
            "Got it, no cancelling or recreating.",
            "OK, checking the webinar now.",
        ],
        "A": T(
            api,
            {
                "method": "GET",
                "path": f"/v2/webinars/{wid}/registrants",
                "query": {"status": "pending", "page_size": 30},
            },
            f'HTTP 200 (x-zm-trackingid: v=2.0;clid=us06;rid=WEB_{{hex}})\n{{{{"page_size": 30, "total_records": {pending}, "next_page_token": "{{rid}}", "registrants": [{{{{"email": "l.ferreira@northwind.io", "status": "pending", "create_time": "2026-11-25T09:14:02Z"}}}}, ... 29 more]}}}}',
        ),
        "A_note": f"{pending} registrants are in pending status. Pending registrants don't get the confirmation email or a join link until they're approved.",
        "B": T(
            api,
            {"method": "GET", "path": f"/v2/webinars/{wid}"},
            f'HTTP 200\n{{"id": {wid}, "topic": "Q4 Product Roadmap", "start_time": "2026-12-03T16:00:00Z", "settings": {{"approval_type": 1, "registration_type": 1, "registrants_confirmation_email": true, "registrants_email_notification": true}}, "template_id": "tmpl_PartnerBriefing"}}',
        ),
        "B_note": "approval_type is 1, manual approval. The webinar was created from the 'Partner briefing' template, which is invite-only, so every sign-up waits for a human to approve it.",
        "C": T(
            api,
            {
                "method": "GET",
                "path": f"/v2/webinars/{wid}/registrants",
                "query": {"status": "approved"},
            },
            'HTTP 200\n{"total_records": 9, "registrants": [{"email": "jenna@company.com"}, {"email": "pmm-team@company.com"}, "... 7 more @company.com"]}',
        ),
        "C_note": "Only nine approved, all internal addresses someone approved by hand. Every external registrant is pending.",
        "search": {
            "tool": "log_search",
            "args": {"source": "marketo/email-activity", "since": "7d"},
            "qkey": "query",
            "queries": [
                "Q4 Product Roadmap confirmation",
                "webinar join link email",
                "registration confirmation bounced",
                "zoom webinar confirmation not delivered",
                f"webinar {wid} confirmation",
            ],
            "empty": 'marketo/email-activity: 0 events matching "{q}" in 7d (scanned 48,210 events)',
            "lines": [
                "No send events. Maybe they bounced instead.",
                "Nothing. Searching for delivery failures.",
                "No events at all. Trying the generic wording.",
            ],
            "conclude": "Marketo has no trace of these emails being sent or failing, so I can't find where they went missing.",
            "hint": "Marketo doesn't send the Zoom confirmations. Zoom sends them itself, once a registrant is approved.",
            "after_hint": "Right - then the answer is on the Zoom side. Searching Zoom's admin audit log for this webinar's registration settings.",
            "own": "On reflection, Marketo wouldn't send these at all: Zoom sends the confirmation itself. I should look at Zoom's audit log for the webinar.",
            "narrow": T(
                "zoom_audit_search",
                {"resource": f"webinar {wid}", "query": "approval", "since": "30d"},
                f"1 event\n2026-11-18 10:02:44Z  j.rowe  webinar {wid} created from template 'Partner briefing (invite-only)'; inherited: approval_type=1 (Manually approve)",
            ),
            "found": "The webinar was created from the invite-only template on the 18th and inherited manual approval. Reading the template.",
            "read": T(
                api,
                {"method": "GET", "path": "/v2/users/me/webinar_templates/tmpl_PartnerBriefing"},
                '{"name": "Partner briefing (invite-only)", "settings": {"approval_type": 1, "registration_type": 1, "close_registration": true, "show_share_button": false}}',
            ),
            "learned": "The template is meant for invite-only partner sessions: manual approval and closed registration. A public webinar needs approval_type 0.",
        },
        "noisy": {
            "lines": [
                "Let me list the pending registrants again to confirm the number.",
                "Fetching the pending list again.",
                "Same count. Checking one more time in case it's moving.",
                "Still the same pending total.",
            ],
            "ping": "Marketing is asking for an update.",
        },
        "osc": {
            "x": T(
                "marketo_send_email",
                {
                    "program": "Q4 Roadmap Webinar",
                    "email": "Join link",
                    "list": "Webinar registrants",
                },
                "403 Forbidden: asset 'Join link' (id 18842) is not approved. Only Marketing Ops can approve email assets.",
                True,
            ),
            "y": T(
                api,
                {
                    "method": "POST",
                    "path": f"/v2/webinars/{wid}/registrants",
                    "body": {"email": "l.ferreira@northwind.io", "first_name": "Lucas"},
                },
                'HTTP 400\n{"code": 3027, "message": "Registrant already exists for this webinar."}',
                True,
            ),
            "xline": [
                "The Marketo asset isn't approved. I'll re-register the people in Zoom so it sends the email itself.",
                "Still blocked in Marketo. Trying the Zoom registration route again.",
            ],
            "yline": [
                "They already exist. Let me try sending the join link from Marketo again.",
                "Already exists again. Back to the Marketo send.",
            ],
            "user": "They're all pending approval. Approve them and fix the approval setting - don't send anything from Marketo.",
        },
        "fail": {
            "tool": api,
            "variants": [
                {"method": "GET", "path": f"/v2/past_webinars/{wid}/absentees"},
                {
                    "method": "GET",
                    "path": f"/v2/past_webinars/{shown.replace(' ', '')}/absentees",
                    "query": {"page_size": 300},
                },
                {
                    "method": "GET",
                    "path": f"/v2/past_webinars/{wid}/absentees",
                    "query": {"occurrence_id": "1733241600000"},
                },
                {"method": "GET", "path": f"/v2/past_webinars/%2F{wid}/absentees"},
            ],
            "obs": 'HTTP 404\n{"code": 3001, "message": "Webinar does not exist or has not ended."}',
            "lines": [
                "404. Maybe it wants a larger page size.",
                "Same. Trying with an occurrence id.",
                "Still 3001. Let me try the double-encoded form.",
                "It keeps saying it doesn't exist. I'll try another path form.",
            ],
        },
        "ask": {
            "q": f"Who should be the host contact on the confirmation email - you or {host}?",
            "ans": f"{host}. She's presenting.",
            "thanks": f"Thanks, {host.split()[0]} it is.",
            "reasks": [
                "Which contact name should appear on the confirmation?",
                f"Just checking: the host shown should be you, not {host.split()[0]}?",
                "And whose name goes on the email again?",
            ],
            "annoyed": f"{host}. I already told you.",
        },
        "write": {
            **T(
                api,
                {
                    "method": "PATCH",
                    "path": f"/v2/webinars/{wid}",
                    "body": {"settings": {"approval_type": 0}},
                },
                "HTTP 204 No Content",
            ),
            "done": "Approval is now automatic: new registrants will get their confirmation straight away.",
            "again": "HTTP 204 No Content\n(audit: settings.approval_type 0 -> 0, no change)",
            "redo": [
                "Let me set it again to be certain it saved.",
                "I'll patch the setting once more.",
                "Setting approval to automatic again just in case.",
            ],
            "user_done": "It's saved. The UI shows 'Automatically approve'.",
            "wrap": "Automatic approval is set.",
        },
        "promises": [
            "Next I'll pull the webinar's settings to see the approval type.",
            "I'm going to check the registration settings now.",
            "Fetching the webinar settings.",
            "Getting the settings next.",
            "I'll read the settings and report the approval mode.",
        ],
        "nudges": [
            "Fine, go ahead and fetch them.",
            "You keep announcing it. Check the settings.",
            "Still waiting for the settings.",
        ],
        "restates": [
            "So registrants aren't getting emails because they're stuck pending approval.",
            "In short, no confirmations go out until someone approves each registrant.",
            "The underlying issue is manual approval on a public webinar.",
            "Put another way: pending registrants never receive the join link.",
            "To repeat the finding, it's the approval mode.",
        ],
        "next_asks": ["OK. And the fix?", "I know that part. Can you fix it?"],
        "plans": [
            "Option A: switch to automatic approval and approve the pending ones.",
            "Option B: keep manual approval and approve in batches as they arrive.",
            "A is simpler and matches a public event.",
            "But B would let marketing screen out competitors, which the template was for.",
            "Still, A gets everyone their link today.",
            "Although B avoids changing a setting someone chose...",
        ],
        "pick": "Just choose. Thursday is close.",
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "zoom-admin"},
            "intro": "I'll have the Zoom admin sub-agent look at it.",
            "asks": [
                "Find out why webinar registrants are not receiving confirmation emails.",
                "Investigate the missing join links for the Q4 Product Roadmap webinar.",
                "Work out why people signing up for the roadmap webinar get no email.",
            ],
            "reply": "[run {run}] Checked account email settings: registrant confirmation emails are enabled and the sender domain is verified. Emails may be filtered by recipients' spam filters. Suggest asking registrants to check spam.",
            "lines": [
                "It blames spam filters. Let me ask more specifically.",
                "Same spam answer. Rewording around the webinar.",
                "It keeps saying spam. Once more.",
            ],
            "user_same": "Same spam answer three times. It's not looking at the webinar.",
            "subs": [
                (
                    f"Report approval_type, registration_type and template_id of webinar {wid}.",
                    f"[run {{run}}] webinar {wid}: approval_type 1 (manual), registration_type 1, template_id tmpl_PartnerBriefing.",
                    "The webinar is on manual approval, from the partner template.",
                ),
                (
                    f"Count registrants of webinar {wid} by status.",
                    f"[run {{run}}] approved 9, pending {pending}, denied 0.",
                    f"{pending} pending, 9 approved, none denied.",
                ),
            ],
            "synth": f"So {pending} people are waiting on a manual approval nobody is doing. Approving them and switching to automatic approval fixes it without touching the webinar link.",
        },
        "bad": {
            **T(
                api,
                {
                    "method": "PUT",
                    "path": f"/v2/webinars/{wid}/registrants/status",
                    "body": {"action": "approve", "registrants": f"[{pending} ids]"},
                },
                'HTTP 400\n{"code": 300, "message": "Validation Failed.", "errors": [{"field": "registrants", "message": "size must be between 0 and 30"}]}',
                True,
            ),
            "claims": [
                f"All {pending} registrants are approved; Zoom will send their confirmations.",
                "Done - everyone is approved.",
                "The approval went through for the whole list.",
                "Everyone has been approved now.",
            ],
            "retry": [
                "You're right, I'm sorry. Sending the approval again.",
                "Apologies - re-running the approval.",
            ],
            "objections": [
                "That's a 400 - 'size must be between 0 and 30'. Nothing got approved.",
                "Same validation error. You can only do 30 at a time.",
            ],
        },
        "pages": {
            "tool": api,
            "args": [
                {
                    "method": "GET",
                    "path": f"/v2/webinars/{wid}/registrants",
                    "query": {
                        "status": "pending",
                        "page_size": 40,
                        **({"next_page_token": f"{tok}{p}"} if p else {}),
                    },
                }
                for p in range(4)
            ],
            "obs": [
                f'{{"total_records": {pending}, "page_size": 40, "next_page_token": "{tok}1", "registrants": "[40: 31 external domains, earliest 2026-11-19]"}}',
                f'{{"total_records": {pending}, "page_size": 40, "next_page_token": "{tok}2", "registrants": "[40: 29 external domains]"}}',
                f'{{"total_records": {pending}, "page_size": 40, "next_page_token": "{tok}3", "registrants": "[40: 33 external domains, 2 gmail.com]"}}',
                f'{{"total_records": {pending}, "page_size": 40, "next_page_token": "", "registrants": "[27: latest 2026-11-27T08:40Z]"}}',
            ],
            "notes": [
                "First 40, starting from 19 November, the day after the webinar was created.",
                "Next 40, all external.",
                "Another 40, a couple of personal addresses.",
                "Last 27, newest this morning. That's all of them.",
            ],
            "final": f"{pending} pending across four pages, all signed up since 19 November; none has been approved or denied.",
        },
        "typo": {
            "bad": T(
                api,
                {"method": "GET", "path": f"/v2/webinars/{wid[:-2]}{wid[-1]}{wid[-2]}"},
                f'HTTP 404\n{{"code": 3001, "message": "Webinar does not exist: {wid[:-2]}{wid[-1]}{wid[-2]}."}}',
                True,
            ),
            "fix": "I transposed the last two digits of the ID. Retrying with the right one.",
            "good": T(
                api,
                {"method": "GET", "path": f"/v2/webinars/{wid}/registrants/questions"},
                '{"questions": [{"field_name": "org", "required": true}, {"field_name": "job_title", "required": false}], "custom_questions": [{"title": "Are you a current customer?", "type": "single", "required": true}]}',
            ),
            "next": "The form asks company, job title and a customer question. Nothing there would block confirmations.",
        },
        "job": {
            "start": T(
                "marketo_campaign_schedule",
                {"program": "Q4 Roadmap Webinar", "campaign": "Reminder-24h", "run_at": "now"},
                f"campaign run CR-{r.randint(90000, 99999)} scheduled (smart list: 156 people, email 'Reminder-24h' approved)",
            ),
            "poll": {
                "tool": "marketo_campaign_status",
                "args": {"program": "Q4 Roadmap Webinar", "campaign": "Reminder-24h"},
            },
            "states": [
                "SCHEDULED - waiting for batch slot",
                "RUNNING - 61/156 sent",
                "RUNNING - 138/156 sent",
                "COMPLETED - 156 sent, 3 bounced (hard: 1)",
            ],
            "waits": [60, 90, 120],
            "lines": [
                "Reminder campaign scheduled for the 156 now-approved registrants.",
                "Still waiting for a batch slot.",
                "Sending, 61 of 156.",
                "Most are out.",
            ],
            "resume": "The reminder with the join link was kicked off after the approvals. I'll poll it with pauses.",
            "final": "Completed: 156 sent, 3 bounced. Everyone approved now has a reminder with their link.",
        },
        "stuck": {
            "obs": "SCHEDULED - waiting for batch slot (checked {ts})",
            "lines": [
                "Still scheduled. Checking again.",
                "No change. Polling the campaign again.",
                "Still waiting for a slot. Checking again.",
                "Same status; one more check.",
            ],
            "ping": "Have the reminders gone out?",
        },
        "batch": {
            "tool": api,
            "items": [
                {
                    "method": "PUT",
                    "path": f"/v2/webinars/{wid}/registrants/status",
                    "body": {"action": "approve", "registrants": c},
                }
                for c in chunks
            ],
            "obs": ["HTTP 204 No Content"] * 5,
            "intro": f"Approving the {pending} pending registrants in chunks of 30, the API's maximum.",
            "mid": "60 done.",
            "summary": f"All five chunks returned 204: {pending} approved (30+30+30+30+27). Zoom sends their confirmations now.",
        },
        "docs": {
            "reads": [
                T(
                    "web_read",
                    {
                        "url": "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0061187"
                    },
                    "Approving or denying webinar registrants: with manual approval, registrants receive a confirmation email only after they are approved. Changing to automatic approval does not approve existing pending registrants.",
                ),
                T(
                    "wiki_read",
                    {"space": "MKT", "page": "Webinar playbook"},
                    "Public webinars: use template 'Public webinar (auto-approve)'. The 'Partner briefing' template is invite-only and must not be used for newsletter events.",
                ),
                T(
                    api,
                    {"method": "GET", "path": "/v2/users/me/webinar_templates"},
                    '{"templates": [{"id": "tmpl_PartnerBriefing", "name": "Partner briefing (invite-only)"}, {"id": "tmpl_Public", "name": "Public webinar (auto-approve)"}]}',
                ),
            ],
            "notes": [
                "Zoom's article: pending registrants get no email, and switching to auto-approve doesn't approve the existing ones.",
                "The playbook says public webinars should use the auto-approve template; partner briefing is invite-only.",
                "Both templates exist in the account, so the wrong one was picked.",
            ],
            "synth": "So: wrong template, manual approval, and switching the setting alone won't release the 147 already waiting - they need approving too.",
            "follow": "Will the people we approve today get the normal confirmation?",
            "reply": "Yes. Approval triggers Zoom's confirmation email with each person's unique join link, same as auto-approve would have.",
        },
        "edits": {
            "check": {
                "tool": "marketo_launchpoint_validate",
                "args": {"service": "Zoom", "program": "Q4 Roadmap Webinar"},
            },
            "checks": [
                "3 unmapped fields: Company -> org (missing), Job Title -> job_title (missing), 'Current customer?' (no Marketo field)",
                "2 unmapped fields: Job Title -> job_title (missing), 'Current customer?' (no Marketo field)",
                "1 unmapped field: 'Current customer?' (no Marketo field)",
                "OK: all registration fields mapped",
            ],
            "steps": [
                T(
                    "marketo_field_map",
                    {
                        "program": "Q4 Roadmap Webinar",
                        "zoom_field": "org",
                        "marketo_field": "Company",
                    },
                    "mapped org -> Company",
                ),
                T(
                    "marketo_field_map",
                    {
                        "program": "Q4 Roadmap Webinar",
                        "zoom_field": "job_title",
                        "marketo_field": "Title",
                    },
                    "mapped job_title -> Title",
                ),
                T(
                    "marketo_field_map",
                    {
                        "program": "Q4 Roadmap Webinar",
                        "zoom_field": "custom:Are you a current customer?",
                        "marketo_field": "isCustomer__c",
                    },
                    "mapped custom question -> isCustomer__c",
                ),
            ],
            "lines": [
                "The sync has three unmapped fields.",
                "Company mapped; two left.",
                "Title mapped; one left.",
                "All fields map now, so approved registrants will sync into Marketo cleanly.",
            ],
        },
        "change": {
            "tool": api,
            "args": [
                {
                    "method": "PATCH",
                    "path": f"/v2/webinars/{wid}",
                    "body": {
                        "settings": {
                            "attendees_and_panelists_reminder_email_notification": {
                                "enable": True,
                                "type": 2,
                            }
                        }
                    },
                },
                {
                    "method": "PATCH",
                    "path": f"/v2/webinars/{wid}",
                    "body": {
                        "settings": {
                            "attendees_and_panelists_reminder_email_notification": {
                                "enable": True,
                                "type": 3,
                            }
                        }
                    },
                },
                {
                    "method": "PATCH",
                    "path": f"/v2/webinars/{wid}",
                    "body": {
                        "settings": {
                            "attendees_and_panelists_reminder_email_notification": {
                                "enable": True,
                                "type": 6,
                            }
                        }
                    },
                },
            ],
            "obs": ["HTTP 204 No Content", "HTTP 204 No Content", "HTTP 204 No Content"],
            "lines": [
                "Reminder set for 1 day before.",
                "Changing it to both 1 hour and 1 day before.",
                "Set: reminders at 1 hour and 1 day.",
                "Switching to 1 week and 1 day instead.",
                "Reminders now go 1 week and 1 day before.",
            ],
            "users": [
                "Make it an hour before as well as the day before.",
                "Actually, drop the hour one - do a week before and a day before.",
            ],
        },
        "recheck": {
            "ask": f"To release the {pending} I'll need to approve them. Do you want me to, or will {host.split()[0]} do it in the UI?",
            "line": "OK, checking the pending list again.",
            "user": f"{host.split()[0]} just approved everyone from the web UI. Check again.",
            "obs2": 'HTTP 200\n{"page_size": 30, "total_records": 0, "next_page_token": "", "registrants": []}',
            "diff": "Pending is now zero. To stop it recurring, I'll switch the webinar to automatic approval.",
            "act": T(
                api,
                {
                    "method": "PATCH",
                    "path": f"/v2/webinars/{wid}",
                    "body": {"settings": {"approval_type": 0}},
                },
                "HTTP 204 No Content",
            ),
            "done": "Done: nobody is pending and new sign-ups will be approved automatically.",
        },
        "flaky": {
            "tool": api,
            "args": {"method": "GET", "path": f"/v2/webinars/{wid}/panelists"},
            "errs": [
                'HTTP 429\n{"code": 429, "message": "You have reached the maximum per-second rate limit for this API. Try again later."}\n(x-ratelimit-type: QPS; the HubSpot sync is bulk-reading this account)',
                'HTTP 429\n{"code": 429, "message": "You have reached the maximum per-second rate limit for this API. Try again later."}',
            ],
            "ok": '{"total_records": 2, "panelists": [{"name": "'
            + host
            + '", "email": "jenna@company.com"}, {"name": "Arun Mehta", "email": "arun@company.com"}]}',
            "lines": [
                "Rate limited while the HubSpot sync runs. Waiting briefly.",
                "Still limited; retrying once more.",
                f"Panelists are {host} and Arun Mehta, both set up correctly.",
            ],
            "wait": 20,
        },
        "qa": {
            "q": f"Should I approve all {pending}, or do you want anyone screened first? The template was invite-only.",
            "ans": "Approve everyone except the two gmail.com addresses - leave those for me to check.",
            "line": "Approving everyone but the two gmail.com sign-ups, starting with the first 30.",
            "next": T(
                api,
                {
                    "method": "PUT",
                    "path": f"/v2/webinars/{wid}/registrants/status",
                    "body": {"action": "approve", "registrants": ["[30 ids, gmail.com excluded]"]},
                },
                "HTTP 204 No Content",
            ),
            "result": "First 30 approved; the two gmail.com registrants stay pending for you.",
        },
    }


def git_lfs_quota_ci(r: random.Random) -> D:
    pr = r.randint(1880, 1990)
    runs = [r.randint(12070000000, 12079999999) for _ in range(5)]
    sha = f"{r.getrandbits(28):07x}"
    new = f"{r.getrandbits(28):07x}"
    owner = r.choice(["mfischer", "a-nakamura", "lena-ops", "r.batra"])
    repo = "acme/ios-app"
    return {
        "name": "git_lfs_quota_ci",
        "task": f"Every CI run on {repo} has failed at checkout since Friday with some LFS quota error. Nobody can merge. Get CI green again. Don't buy data packs or touch org billing - only {owner} (org owner) can, and she's away.",
        "openers": [
            "I'll open the log of the latest failed run to see the exact checkout error.",
            "First, the failing step's log from the most recent run.",
            "Let me read the checkout log of the newest failed run.",
        ],
        "acks": [
            "Understood, billing is off limits.",
            "OK - no data packs, no billing changes.",
            "Got it. Looking now.",
        ],
        "A": T(
            "gh_run_view",
            {"repo": repo, "run": "latest", "status": "failure", "log_failed": True},
            "e2e (iPhone 16, media)  Checkout  {ts}Z  Fetching LFS objects\ne2e (iPhone 16, media)  Checkout  {ts}Z  batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\ne2e (iPhone 16, media)  Checkout  {ts}Z  error: failed to fetch some objects from 'https://github.com/"
            + repo
            + ".git/info/lfs'\n(X-GitHub-Request-Id: {rid})\n##[error]The process '/opt/homebrew/bin/git' failed with exit code 2",
        ),
        "A_note": "Checkout dies fetching LFS objects: the org is over its LFS bandwidth quota, so every job that pulls LFS fails.",
        "B": T(
            "github_billing_usage",
            {"org": "acme", "product": "git_lfs"},
            "Git LFS (cycle 2026-11-01..2026-11-30)\n  bandwidth  512.4 GB of 500.0 GB (10 data packs)  OVER QUOTA since 2026-11-22\n  storage     38.1 GB of 500.0 GB\n  top repo by bandwidth: acme/ios-app 471.9 GB (Actions: 468.3 GB)",
        ),
        "B_note": "Bandwidth is 512 of 500 GB, and ios-app's Actions runs used 468 GB of it this month. CI is what burned the quota.",
        "C": T(
            "git_log",
            {"repo": repo, "path": ".github/workflows/e2e.yml", "n": 3},
            f"{sha} 2026-11-20 ci: run e2e on 12 simulators (matrix) (#{pr})\n4d02b19 2026-09-03 ci: bump xcode to 16.1\n91aa7c0 2026-06-14 ci: add media suite",
        ),
        "C_note": f"#{pr} on 20 November widened e2e to a 12-simulator matrix. With lfs: true in checkout and no cache, every job downloads all fixtures.",
        "search": {
            "tool": "code_search",
            "args": {"repo": "acme/ci-templates"},
            "qkey": "query",
            "queries": [
                "lfs: true",
                "checkout lfs fixtures",
                "git lfs pull in workflow",
                "large file fetch e2e",
                "e2e.yml lfs",
            ],
            "empty": 'acme/ci-templates: 0 code results for "{q}"',
            "lines": [
                "Nothing. Maybe it's phrased as an lfs pull step.",
                "No results. Trying a broader phrasing.",
                "Still nothing in the templates.",
            ],
            "conclude": "The shared templates never enable LFS, so I can't find where the LFS downloads come from.",
            "hint": "e2e.yml isn't from ci-templates - it's a local workflow in ios-app.",
            "after_hint": "Right, then search ios-app's own workflows.",
            "own": "Actually e2e isn't a reusable workflow; it's defined in ios-app itself. Searching there.",
            "narrow": T(
                "code_search",
                {"repo": repo, "query": "lfs: true path:.github/workflows"},
                ".github/workflows/e2e.yml:31:          lfs: true\n.github/workflows/unit.yml:18:          lfs: true",
            ),
            "found": "Both e2e.yml and unit.yml check out with lfs: true. Reading e2e.yml.",
            "read": T(
                "read_file",
                {"repo": repo, "path": ".github/workflows/e2e.yml", "lines": "12-34"},
                "12  strategy:\n13    matrix:\n14      device: [iPhone 16, iPhone 16 Pro, iPhone SE, iPad Air, ...12 total]\n15      suite: [smoke, media]\n...\n28      - uses: actions/checkout@v4\n29        with:\n30          fetch-depth: 0\n31          lfs: true",
            ),
            "learned": "24 jobs per push (12 devices x 2 suites), each checking out with LFS and no cache. Only the media suite needs the fixtures.",
        },
        "noisy": {
            "lines": [
                "Let me pull the latest failed log again to make sure it's the same error.",
                "Checking the newest run's log once more.",
                "Same quota error. Once more to be sure it isn't intermittent.",
                "Still the quota message on the latest run.",
            ],
            "ping": "Any news? Release branch is blocked.",
        },
        "osc": {
            "x": T(
                "gh_api",
                {
                    "method": "PATCH",
                    "path": "/orgs/acme/settings/billing/spending-limit",
                    "body": {"git_lfs": 50},
                },
                'HTTP 403\n{"message": "Must be an organization owner.", "documentation_url": "https://docs.github.com/rest/billing"}',
                True,
            ),
            "y": T(
                "gh_workflow_run",
                {
                    "repo": repo,
                    "workflow": "e2e.yml",
                    "ref": "main",
                    "inputs": {"lfs_skip": "true"},
                },
                'could not create workflow dispatch event: HTTP 422: Unexpected inputs provided: ["lfs_skip"]',
                True,
            ),
            "xline": [
                "Not allowed to change the limit. I'll try dispatching e2e without LFS.",
                "Billing is still forbidden. Trying the dispatch again.",
            ],
            "yline": [
                "The workflow has no such input. Let me try the spending limit again with a smaller value.",
                "422 again. Back to the spending limit.",
            ],
            "user": "Stop touching billing. Change the workflow: cache the LFS objects, or don't fetch them in jobs that don't need them.",
        },
        "fail": {
            "tool": "shell",
            "variants": [
                {"cwd": "ios-app", "cmd": "git lfs fetch --include='Tests/Fixtures/**'"},
                {"cwd": "ios-app", "cmd": "git lfs fetch --include=Tests/Fixtures/media"},
                {
                    "cwd": "ios-app",
                    "cmd": "git lfs fetch -I 'Tests/Fixtures/media/*.mov' origin main",
                },
                {
                    "cwd": "ios-app",
                    "cmd": "GIT_TRACE=0 git lfs fetch --include='Tests/Fixtures/**' --recent",
                },
            ],
            "obs": "fetch: Fetching reference refs/heads/main\nbatch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\nerror: failed to fetch some objects from 'https://github.com/acme/ios-app.git/info/lfs'",
            "lines": [
                "Quota error. Maybe a narrower include will get through.",
                "Same. Trying just the .mov files.",
                "Still over quota. Adding --recent.",
                "The fetch keeps failing; I'll try another include pattern.",
            ],
        },
        "ask": {
            "q": "Which suites actually need the LFS fixtures - all of them, or only media?",
            "ans": "Only media. Smoke tests use no fixtures.",
            "thanks": "Thanks - only media needs LFS.",
            "reasks": [
                "Does the smoke suite use any of the LFS fixtures?",
                "To be safe: which jobs should keep lfs: true?",
                "And smoke can skip LFS entirely, correct?",
            ],
            "annoyed": "Only media. I answered that.",
        },
        "write": {
            **T(
                "git_push",
                {"repo": repo, "branch": "ci/lfs-cache"},
                f"To github.com:{repo}.git\n   {sha}..{new}  ci/lfs-cache -> ci/lfs-cache",
            ),
            "done": "Pushed ci/lfs-cache: media jobs restore LFS objects from actions/cache, smoke jobs check out without LFS.",
            "again": "Everything up-to-date",
            "redo": [
                "Let me push again to make sure the branch is there.",
                "Pushing once more.",
                "One more push to be safe.",
            ],
            "user_done": f"It's pushed, I can see {new} on the branch.",
            "wrap": "The branch has the change.",
        },
        "promises": [
            "Next I'll check the org's LFS usage to see what used the bandwidth.",
            "I'm going to look at the billing usage now (read-only).",
            "Checking the usage numbers.",
            "Pulling LFS usage now.",
            "I'll get the usage breakdown and report back.",
        ],
        "nudges": ["Go on then.", "You keep saying you'll look. Look.", "Still no usage numbers?"],
        "restates": [
            "So CI fails because the org ran out of LFS bandwidth.",
            "In short: LFS quota exhausted, checkout can't fetch objects.",
            "The cause is the bandwidth cap being hit.",
            "To put it simply, we're over the LFS data quota, so every LFS checkout fails.",
            "Again - it's the LFS bandwidth quota.",
        ],
        "next_asks": [
            "Fine. How do we get green without buying packs?",
            "You've said that. What's the fix?",
        ],
        "plans": [
            "Plan one: cache LFS objects with actions/cache so each runner downloads once per fixture change.",
            "Plan two: set lfs: false for smoke jobs and keep LFS only in media jobs.",
            "Caching saves the most bandwidth.",
            "But turning LFS off for smoke is a one-line change and cuts half the jobs.",
            "Then again the cache also helps media jobs.",
            "Though the cache adds a moving part that can go stale...",
        ],
        "pick": "Pick one. People are waiting.",
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "ci-helper"},
            "intro": "I'll ask the CI sub-agent.",
            "asks": [
                "Find out why CI checkout is failing in acme/ios-app.",
                "Investigate the checkout failures on ios-app's CI.",
                "Work out what breaks the checkout step in ios-app workflows.",
            ],
            "reply": "[run {run}] The checkout step fails with a Git LFS quota error. The organisation needs to purchase additional data packs in billing settings.",
            "lines": [
                "It says buy data packs, which isn't allowed. Asking differently.",
                "Same answer. Let me phrase it around the workflow.",
                "Still 'buy packs'. Trying again.",
            ],
            "user_same": "Third time it says buy packs. We can't.",
            "subs": [
                (
                    f"Count Actions jobs per push in {repo} e2e.yml and say which use lfs: true.",
                    "[run {run}] e2e.yml: matrix 12 devices x 2 suites = 24 jobs, all with lfs: true. unit.yml: 1 job, lfs: true.",
                    "24 e2e jobs per push, all pulling LFS.",
                ),
                (
                    f"Measure the size of LFS objects checked out in {repo} at main.",
                    "[run {run}] git lfs ls-files -s: 61 objects, 1.91 GB total; 58 under Tests/Fixtures/media (1.88 GB).",
                    "About 1.9 GB per checkout, nearly all media fixtures.",
                ),
            ],
            "synth": "24 jobs x 1.9 GB is about 46 GB per push, which is how ios-app used 468 GB. Dropping LFS from smoke jobs and caching it for media cuts that by more than 95%.",
        },
        "bad": {
            **T(
                "gh_pr_create",
                {
                    "repo": repo,
                    "head": "ci/lfs-cache",
                    "base": "master",
                    "title": "ci: cache LFS, skip it for smoke",
                },
                "pull request create failed: GraphQL: Base ref must be a branch (createPullRequest)",
                True,
            ),
            "claims": [
                "PR opened for the LFS cache change.",
                "Done, the PR is up.",
                "The pull request is open and CI will run on it.",
                "PR is open now.",
            ],
            "retry": [
                "Sorry, my mistake. Opening the PR again.",
                "You're right, apologies. Creating it again.",
            ],
            "objections": [
                "That failed - 'Base ref must be a branch'. The default branch is main.",
                "Still failing. There's no master here.",
            ],
        },
        "pages": {
            "tool": "gh_api",
            "args": [
                {
                    "method": "GET",
                    "path": f"/repos/{repo}/actions/runs",
                    "query": {"status": "failure", "per_page": 30, "page": p},
                }
                for p in (1, 2, 3, 4)
            ],
            "obs": [
                '{"total_count": 104, "workflow_runs": "[30: e2e x24, unit x6; all failed at Checkout; 2026-11-26..27]"}',
                '{"total_count": 104, "workflow_runs": "[30: e2e x25, unit x5; Checkout; 2026-11-24..26]"}',
                '{"total_count": 104, "workflow_runs": "[30: e2e x22, unit x8; Checkout; 2026-11-22..24]"}',
                '{"total_count": 104, "workflow_runs": "[14: e2e x9 (Checkout, from 2026-11-22 06:10Z), e2e x5 (flaky UI test, Nov 15-18)]"}',
            ],
            "notes": [
                "30 failed runs in the last day, all at checkout.",
                "Another 30, same step.",
                "Same again back to the 22nd.",
                "The last page shows the checkout failures start on 22 November at 06:10; the five older ones are unrelated UI flakes.",
            ],
            "final": "99 of 104 failed runs are checkout failures since 22 November, when the quota ran out; five are older flakes.",
        },
        "typo": {
            "bad": T(
                "gh_run_view",
                {"repo": "acme/ios-ap", "run": runs[0]},
                "GraphQL: Could not resolve to a Repository with the name 'acme/ios-ap'. (repository)",
                True,
            ),
            "fix": "Missing a 'p' in the repo name. Retrying against acme/ios-app.",
            "good": T(
                "gh_run_view",
                {"repo": repo, "run": runs[0]},
                f"run {runs[0]} e2e.yml on main: failure\n 24 jobs: 24 failed at Checkout (LFS quota)\n billable: macos 24 x 3m",
            ),
            "next": f"Run {runs[0]}: all 24 jobs failed at checkout.",
        },
        "job": {
            "start": T(
                "gh_workflow_run",
                {"repo": repo, "workflow": "e2e.yml", "ref": "ci/lfs-cache"},
                "Created workflow_dispatch event for e2e.yml at ci/lfs-cache",
            ),
            "poll": {
                "tool": "gh_run_view",
                "args": {
                    "repo": repo,
                    "workflow": "e2e.yml",
                    "branch": "ci/lfs-cache",
                    "run": "latest",
                },
            },
            "states": [
                "status: queued (waiting for macos-15 runner)",
                "status: in_progress  jobs: 9/24 completed (9 success)",
                "status: in_progress  jobs: 20/24 completed (20 success)",
                "status: completed  conclusion: success  jobs: 24/24  LFS downloaded: 1.9 GB (cache miss x1, hit x11)",
            ],
            "waits": [60, 180, 240],
            "lines": [
                "Dispatched e2e on the branch. Waiting for it.",
                "Queued for a macOS runner.",
                "9 of 24 done, all green.",
                "20 of 24, still green.",
            ],
            "resume": "e2e was dispatched on ci/lfs-cache a few minutes ago. Polling with pauses.",
            "final": "All 24 jobs green, and the run downloaded LFS once (1.9 GB) instead of 24 times.",
        },
        "stuck": {
            "obs": "status: queued (waiting for macos-15 runner)",
            "lines": [
                "Run still queued. Checking again.",
                "Same - waiting for a runner. Checking again.",
                "Queued still. Polling again.",
                "No runner yet; checking once more.",
            ],
            "ping": "Is the branch build green?",
        },
        "batch": {
            "tool": "gh_run_rerun",
            "items": [{"repo": repo, "run": x, "failed_only": True} for x in runs],
            "obs": [f"Requested rerun of failed jobs in run {x}" for x in runs],
            "intro": "With the fix merged and quota restored, re-running the five blocked release PR runs.",
            "mid": "Two re-runs requested.",
            "summary": f"Re-runs requested for all five runs ({runs[0]} to {runs[4]}).",
        },
        "docs": {
            "reads": [
                T(
                    "web_read",
                    {
                        "url": "https://docs.github.com/en/billing/managing-billing-for-git-large-file-storage/about-billing-for-git-large-file-storage"
                    },
                    "Bandwidth used by GitHub Actions to download LFS objects counts toward the account's LFS bandwidth. If you exceed your quota, LFS is disabled for the account until the next cycle or until you buy data packs.",
                ),
                T(
                    "web_read",
                    {"url": "https://github.com/actions/checkout#usage"},
                    "lfs: Whether to download Git-LFS files. Default: false. Tip: cache LFS objects with actions/cache keyed on the output of 'git lfs ls-files -l'.",
                ),
                T(
                    "wiki_read",
                    {"space": "MOBILE", "page": "Test fixtures"},
                    "Media fixtures (about 1.9 GB) live in LFS and are only used by the media suite. Smoke tests must not depend on fixtures.",
                ),
            ],
            "notes": [
                "GitHub counts Actions LFS downloads against the quota; when exceeded, LFS stops until next cycle or more packs.",
                "actions/checkout defaults lfs to false and recommends caching keyed on the LFS file list.",
                "Our wiki: only media uses the fixtures.",
            ],
            "synth": "So the matrix expansion turned 1.9 GB per push into about 46 GB, and smoke jobs never needed it. Skip LFS in smoke and cache it in media.",
            "follow": "Will CI work again before the cycle resets on 1 December?",
            "reply": "Not for media jobs - LFS downloads stay blocked until 1 December or until someone buys packs. Smoke jobs will pass as soon as they stop fetching LFS.",
        },
        "edits": {
            "check": {
                "tool": "shell",
                "args": {"cwd": "ios-app", "cmd": "actionlint .github/workflows/e2e.yml"},
            },
            "checks": [
                '.github/workflows/e2e.yml:31:16: property "lfs_cache_key" is not defined in object type {} [expression]\n.github/workflows/e2e.yml:36:9: "with" section is missing "path" for actions/cache [action]\n.github/workflows/e2e.yml:44:20: condition "matrix.suite = \'media\'" is always true [if-cond]\n3 errors',
                '.github/workflows/e2e.yml:36:9: "with" section is missing "path" for actions/cache [action]\n.github/workflows/e2e.yml:44:20: condition "matrix.suite = \'media\'" is always true [if-cond]\n2 errors',
                ".github/workflows/e2e.yml:44:20: condition \"matrix.suite = 'media'\" is always true [if-cond]\n1 error",
                "(no output; exit 0)",
            ],
            "steps": [
                T(
                    "edit_file",
                    {
                        "path": ".github/workflows/e2e.yml",
                        "old": "key: ${{ steps.lfs.outputs.lfs_cache_key }}",
                        "new": "key: lfs-${{ hashFiles('.lfs-assets-id') }}",
                    },
                    "edited .github/workflows/e2e.yml (1 line)",
                ),
                T(
                    "edit_file",
                    {
                        "path": ".github/workflows/e2e.yml",
                        "old": "uses: actions/cache@v4\n        with:",
                        "new": "uses: actions/cache@v4\n        with:\n          path: .git/lfs",
                    },
                    "edited .github/workflows/e2e.yml (+1)",
                ),
                T(
                    "edit_file",
                    {
                        "path": ".github/workflows/e2e.yml",
                        "old": "if: matrix.suite = 'media'",
                        "new": "if: matrix.suite == 'media'",
                    },
                    "edited .github/workflows/e2e.yml (1 line)",
                ),
            ],
            "lines": [
                "actionlint finds three problems in my draft.",
                "Cache key fixed; two left.",
                "Cache path added; one left, the comparison.",
                "actionlint is clean.",
            ],
        },
        "change": {
            "tool": "edit_file",
            "args": [
                {
                    "path": ".github/workflows/e2e.yml",
                    "old": "device: [iPhone 16, iPhone 16 Pro, iPhone SE, iPad Air, ...]",
                    "new": "device: [iPhone 16]",
                },
                {
                    "path": ".github/workflows/e2e.yml",
                    "old": "device: [iPhone 16]",
                    "new": "device: [iPhone 16, iPhone SE]",
                },
                {
                    "path": ".github/workflows/e2e.yml",
                    "old": "device: [iPhone 16, iPhone SE]",
                    "new": "device: [iPad Air]",
                },
            ],
            "obs": [
                "edited .github/workflows/e2e.yml (1 line)",
                "edited .github/workflows/e2e.yml (1 line)",
                "edited .github/workflows/e2e.yml (1 line)",
            ],
            "lines": [
                "Media suite now runs on iPhone 16 only.",
                "Adding iPhone SE for the small screen.",
                "Media runs on iPhone 16 and iPhone SE.",
                "Switching media to iPad Air only.",
                "Media now runs on iPad Air alone.",
            ],
            "users": [
                "Add the SE too - small screens break the player.",
                "Actually, media only needs the iPad; the player code is iPad-only this release.",
            ],
        },
        "recheck": {
            "ask": "The workflow fix is ready, but media jobs stay blocked while we're over quota. Nothing else I can do there.",
            "line": "Checking the latest run again.",
            "user": f"{owner} came online and bought two data packs. Check the run again.",
            "obs2": "e2e (iPhone 16, media)  Checkout  Fetching LFS objects\ne2e (iPhone 16, media)  Checkout  Downloading LFS objects: 100% (61/61), 1.9 GB | 41 MB/s\ne2e (iPhone 16, media)  Test      ** TEST SUCCEEDED ** (118 tests)",
            "diff": "Checkout now downloads LFS and the media suite passes. Re-running the blocked runs.",
            "act": T(
                "gh_run_rerun",
                {"repo": repo, "run": runs[1], "failed_only": True},
                f"Requested rerun of failed jobs in run {runs[1]}",
            ),
            "done": "Re-run requested. The workflow change should still go in so this doesn't happen next month.",
        },
        "flaky": {
            "tool": "gh_api",
            "args": {
                "method": "GET",
                "path": f"/repos/{repo}/actions/caches",
                "query": {"key": "lfs-"},
            },
            "errs": [
                "HTTP 502 Bad Gateway (githubstatus.com: 'Disruption with some GitHub services - Actions')",
                "HTTP 503 Service Unavailable (Actions degraded)",
            ],
            "ok": '{"total_count": 0, "actions_caches": []}',
            "lines": [
                "GitHub has an Actions incident on the status page. Waiting and retrying.",
                "Still degraded. One more try.",
                "No caches at all: every job downloads LFS from scratch.",
            ],
            "wait": 60,
        },
        "qa": {
            "q": "Should the LFS cache be shared across branches (keyed only on fixtures), or per branch?",
            "ans": "Shared. Fixtures only change when someone adds one.",
            "line": "Shared key on the fixture list, then.",
            "next": T(
                "edit_file",
                {
                    "path": ".github/workflows/e2e.yml",
                    "old": "key: lfs-${{ github.ref }}-${{ hashFiles('.lfs-assets-id') }}",
                    "new": "key: lfs-${{ hashFiles('.lfs-assets-id') }}",
                },
                "edited .github/workflows/e2e.yml (1 line)",
            ),
            "result": "The cache key no longer includes the branch, so all branches share one entry.",
        },
    }


def laptop_warranty_rma(r: random.Random) -> D:
    rma = f"RMA-{r.randint(4400000, 4499999)}"
    good = f"5CD{r.randint(2, 3)}0{r.randint(10, 99)}K7Q"
    bad = good[:4] + "O" + good[5:]
    cust = r.choice(["Helen Okafor", "Marta Silva", "Grace Lindahl", "Priya Raman"])
    first = cust.split()[0]
    acct = f"B2B-{r.randint(10000, 99999)}"
    others = [f"RMA-{r.randint(4400000, 4499999)}" for _ in range(5)]
    track = f"1Z{r.getrandbits(40):010X}"
    inbound = f"1Z{r.getrandbits(40):010X}"
    return {
        "name": "laptop_warranty_rma",
        "task": f"{cust} at Brightline Architects ({acct}) sent her EliteBook in for warranty repair three weeks ago ({rma}) and has heard nothing. Find out where it is and get it moving. Do not issue a refund or ship a replacement unit - only the warranty manager can approve those.",
        "openers": [
            f"I'll pull up {rma} first to see its status and hold reason.",
            f"First, the RMA record for {rma}.",
            f"Let me look at {rma} in the RMA system.",
        ],
        "acks": [
            "Understood: no refund or replacement.",
            "OK - I won't touch refunds or replacements.",
            "Got it, I'll find the laptop.",
        ],
        "A": T(
            "rma_get",
            {"rma": rma},
            f"{rma}  account {acct}  product HP EliteBook 840 G9 (6Y7K2UT)\nserial (as entered) {bad}\nstatus ON_HOLD  reason SERIAL_MISMATCH  since 2026-11-07\ncreated 2026-11-04  inbound UPS delivered 2026-11-06\nlast sync {{ts}}  trace {{rid}}",
        ),
        "A_note": f"It's been on hold since 7 November for a serial mismatch. The serial on the RMA is {bad} - with a letter O in the fifth position.",
        "B": T(
            "asset_lookup",
            {"serial": good},
            f"serial {good}  HP EliteBook 840 G9  owner {acct} Brightline Architects\nwarranty: 3y Next Business Day + depot, valid to 2027-03-14\nopen cases: none linked",
        ),
        "B_note": f"The real serial, {good} with a zero, is under warranty until March 2027 and has no case linked to it.",
        "C": T(
            "depot_receiving_log",
            {"depot": "LEI", "date_from": "2026-11-05", "query": good},
            f"2026-11-06 10:41 received UPS inbound, chassis serial {good}\n  match: no open RMA for serial -> QUARANTINE bay Q3 (unmatched units)\n  note: 'box label says {rma}, serial differs'",
        ),
        "C_note": "The depot got the laptop on 6 November. Its chassis serial didn't match the RMA, so it's parked in quarantine bay Q3.",
        "search": {
            "tool": "ticket_search",
            "args": {"queue": "consumer-support"},
            "qkey": "text",
            "queries": [
                f"{rma}",
                "EliteBook repair status Brightline",
                f"{cust} laptop",
                "warranty repair no update three weeks",
                f"{acct} RMA",
            ],
            "empty": 'consumer-support: 0 tickets match "{q}"',
            "lines": [
                "No tickets. Trying the customer's company.",
                "Nothing. Searching by her name.",
                "Still nothing. Rewording.",
            ],
            "conclude": "There are no tickets about this anywhere, so nobody has worked on it. I can't find any record of the repair.",
            "hint": "Business customers are in the ProCare queue, not consumer-support.",
            "after_hint": "Ah - she's a business customer. Searching ProCare.",
            "own": "Of course, a B2B account wouldn't be in the consumer queue; business cases go to ProCare.",
            "narrow": T(
                "ticket_search",
                {"queue": "procare", "text": rma},
                f"1 ticket: PC-{r.randint(200000, 299999)}  '{rma} unit received, serial mismatch'  status Waiting on agent  age 20d",
            ),
            "found": "There's a ProCare ticket from the depot, waiting on an agent for 20 days. Reading it.",
            "read": T(
                "ticket_read",
                {"queue": "procare", "rma": rma},
                f"Depot LEI (2026-11-07): Received unit for {rma} but chassis serial {good} does not match RMA serial {bad}. Unit held in Q3. Please confirm the correct serial and update the RMA; hold releases automatically when they match.",
            ),
            "learned": "The depot has been waiting for us to correct the serial on the RMA. Once it matches, the hold releases by itself.",
        },
        "noisy": {
            "lines": [
                "Let me refresh the RMA to make sure the status is current.",
                "Pulling the RMA once more.",
                "Unchanged. Refreshing again just to be sure.",
                "Still on hold, same reason.",
            ],
            "ping": f"{first}'s office manager is on the phone - anything?",
        },
        "osc": {
            "x": T(
                "rma_update",
                {"rma": rma, "status": "IN_REPAIR"},
                "403 Forbidden: transition ON_HOLD -> IN_REPAIR can only be made by depot staff",
                True,
            ),
            "y": T(
                "rma_escalate",
                {"rma": rma, "priority": "P1", "reason": "customer waiting 3 weeks"},
                "409 Conflict: cannot escalate an RMA in ON_HOLD/SERIAL_MISMATCH; resolve the hold reason first",
                True,
            ),
            "xline": [
                "Can't move it to repair myself. I'll escalate it instead.",
                "Still forbidden. Trying the escalation again.",
            ],
            "yline": [
                "Escalation refused. Let me try setting the status again.",
                "409 again. Back to the status change.",
            ],
            "user": "The hold reason is the serial. Fix the serial on the RMA and the hold clears.",
        },
        "fail": {
            "tool": "rma_release_hold",
            "variants": [
                {"rma": rma, "hold_code": "SERIAL_MISMATCH"},
                {"rma": rma, "hold_code": "serial_mismatch"},
                {"rma": rma, "hold_code": "SERIAL-MISMATCH", "comment": "customer waiting"},
                {"rma": rma.lower(), "hold_code": "SERIAL_MISMATCH", "force": True},
            ],
            "obs": "403 Forbidden: releasing hold SERIAL_MISMATCH requires role depot_lead",
            "lines": [
                "Forbidden. Maybe the code is lower case.",
                "Same. Trying the hyphenated code with a comment.",
                "Still 403. Adding force.",
                "It keeps refusing. Let me try another form.",
            ],
        },
        "ask": {
            "q": f"Does {first} need a loaner while it's being repaired?",
            "ans": "Yes - she's been without a laptop for three weeks. A loaner if at all possible.",
            "thanks": "Thanks, I'll arrange a loaner.",
            "reasks": [
                "Should I also set up a temporary laptop for her?",
                "Quick one: does she want a loaner in the meantime?",
                "And a loaner - yes or no?",
            ],
            "annoyed": "YES. A loaner. I said so.",
        },
        "write": {
            **T(
                "rma_update",
                {
                    "rma": rma,
                    "field": "serial",
                    "value": good,
                    "comment": "O/0 typo at intake; matches chassis per depot LEI",
                },
                f"{rma}: serial {bad} -> {good}\nhold SERIAL_MISMATCH auto-released (serial matches depot unit)\nstatus ON_HOLD -> RECEIVED",
            ),
            "done": f"Serial corrected to {good}. The hold released itself and the RMA is now RECEIVED at the depot.",
            "again": f"200 OK: no change (serial already {good}; status RECEIVED)",
            "redo": [
                "Let me apply the serial correction again to be sure it stuck.",
                "Running the update once more.",
                "Once more, to be safe.",
            ],
            "user_done": "It says RECEIVED now. It's done.",
            "wrap": "The serial is correct.",
        },
        "promises": [
            f"Next I'll look up the real serial {good} in the asset registry.",
            "I'm going to check the asset record now.",
            "Looking up the asset next.",
            "Checking the serial in the registry now.",
            "I'll pull the asset record and report.",
        ],
        "nudges": [
            "Please do.",
            "You keep saying it. Look it up.",
            "Still waiting on the asset record.",
        ],
        "restates": [
            "So the repair is stuck because the RMA serial has a letter O instead of a zero.",
            "In short, the serial on file doesn't match the laptop, so the depot won't touch it.",
            "The root problem is the O/0 typo in the serial.",
            "Put another way, it's a data entry mistake at intake.",
            "Again: the serial mismatch is what's holding it.",
        ],
        "next_asks": ["Yes. What happens next?", "You've told me. Can you correct it yourself?"],
        "plans": [
            "Option one: correct the serial on the RMA so the hold releases.",
            "Option two: open a new RMA with the right serial and close the old one.",
            "Correcting it keeps the history in one place.",
            "But a fresh RMA might get picked up faster at the depot.",
            "Then again, the unit is already there under the old RMA number.",
            "Though the new RMA would have a clean status...",
        ],
        "pick": "Just pick one.",
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "warranty-assistant"},
            "intro": "I'll ask the warranty sub-agent to check the case.",
            "asks": [
                f"Find out why {rma} hasn't progressed.",
                f"Investigate the delay on {cust}'s repair.",
                f"Work out what's blocking {rma}.",
            ],
            "reply": "[run {run}] Depot LEI is currently at 140% of capacity; standard turnaround is 10-15 business days. The repair is likely queued. Suggest informing the customer of the backlog.",
            "lines": [
                "It blames depot capacity. Let me ask more precisely.",
                "Same capacity answer. Rewording.",
                "Still capacity. Once more.",
            ],
            "user_same": "That's the same capacity excuse three times. It isn't looking at the RMA.",
            "subs": [
                (
                    f"Report status, hold reason and serial of {rma}.",
                    f"[run {{run}}] {rma}: ON_HOLD, SERIAL_MISMATCH since 2026-11-07, serial {bad}.",
                    f"On hold since the 7th, serial {bad}.",
                ),
                (
                    f"Search depot LEI receiving for units whose box label says {rma}.",
                    f"[run {{run}}] 1 unit: received 2026-11-06, chassis {good}, in quarantine bay Q3.",
                    f"The depot has the laptop as {good}, quarantined.",
                ),
            ],
            "synth": f"So the laptop is at the depot, but the RMA says {bad} and the chassis says {good}. Correcting the serial releases it.",
        },
        "bad": {
            **T(
                "loaner_request",
                {
                    "account": acct,
                    "sku": "6Y7K2UT",
                    "depot": "LEI",
                    "ship_to": "Brightline Architects",
                },
                "422 Unprocessable Entity: depot LEI has no loaner stock for SKU 6Y7K2UT (loaners ship from depot MKE)",
                True,
            ),
            "claims": [
                f"A loaner EliteBook is on its way to {first}.",
                "Loaner arranged - it ships today.",
                "The loaner request went through.",
                "The loaner is booked.",
            ],
            "retry": [
                "Apologies, you're right. Resending the loaner request.",
                "Sorry - submitting the loaner request again.",
            ],
            "objections": [
                "That's a 422. LEI has no loaners.",
                "It failed again - loaners ship from MKE.",
            ],
        },
        "pages": {
            "tool": "rma_list",
            "args": [
                {"account": acct, "since": "2026-01-01", "page": p, "per_page": 20}
                for p in (1, 2, 3, 4)
            ],
            "obs": [
                "page 1/4: 20 RMAs, all CLOSED (repaired), avg 9.4 days",
                "page 2/4: 20 RMAs, 19 CLOSED, 1 CLOSED (replaced)",
                "page 3/4: 20 RMAs, all CLOSED, avg 11.2 days",
                f"page 4/4: 7 RMAs: 5 CLOSED, {others[0]} IN_REPAIR (day 4), {rma} ON_HOLD (day 23)",
            ],
            "notes": [
                "20 closed, about 9 days each.",
                "Another 20, one replacement.",
                "All closed, 11 days average.",
                f"The last page has one in repair and {rma}, on hold for 23 days.",
            ],
            "final": f"67 RMAs this year; {rma} is the only one on hold, and the only one past 15 days.",
        },
        "typo": {
            "bad": T(
                "asset_lookup", {"serial": bad}, f"404 Not Found: no asset with serial {bad}", True
            ),
            "fix": f"That's the serial from the RMA, with a letter O. Trying it with a zero: {good}.",
            "good": T(
                "asset_lookup",
                {"serial": good},
                f"serial {good}  HP EliteBook 840 G9  owner {acct}\nwarranty valid to 2027-03-14",
            ),
            "next": "With a zero it's found, owned by Brightline and under warranty.",
        },
        "job": {
            "start": T(
                "rma_update",
                {"rma": rma, "field": "serial", "value": good},
                f"{rma}: serial corrected; hold released; status RECEIVED",
            ),
            "poll": {
                "tool": "rma_get",
                "args": {"rma": rma, "fields": ["status", "status_detail"]},
            },
            "states": [
                "status RECEIVED  detail: queued for diagnosis (position 6)",
                "status IN_DIAGNOSIS  detail: fault: system board (no POST)",
                "status IN_REPAIR  detail: system board replaced; burn-in 4h",
                f"status SHIPPED  detail: UPS {track}, ETA 2026-11-29",
            ],
            "waits": [600, 1800, 3600],
            "lines": [
                "Serial fixed and hold released. I'll keep an eye on it.",
                "Queued for diagnosis.",
                "Diagnosed: system board.",
                "Board replaced, in burn-in.",
            ],
            "resume": "The serial was corrected earlier today. Checking its progress through the depot at intervals.",
            "final": f"Shipped back by UPS {track}, arriving 29 November.",
        },
        "stuck": {
            "obs": "status RECEIVED  detail: queued for diagnosis (position 6)  (synced {ts})",
            "lines": [
                "Still waiting for diagnosis. Checking again.",
                "Same position. Refreshing.",
                "Still sixth in the queue. Checking again.",
                "No movement; refreshing once more.",
            ],
            "ping": "Any progress on the repair?",
        },
        "batch": {
            "tool": "rma_validate_serial",
            "items": [{"rma": o} for o in others],
            "obs": [f"{o}: serial matches asset registry; no hold" for o in others],
            "intro": "Checking the account's other open RMAs for the same O/0 problem.",
            "mid": "Two checked, both fine.",
            "summary": "All five other RMAs have valid serials; this was a one-off.",
        },
        "docs": {
            "reads": [
                T(
                    "wiki_read",
                    {"space": "DEPOT", "page": "Unmatched units"},
                    "Units whose chassis serial doesn't match an open RMA go to quarantine and a ProCare ticket is raised. The hold clears automatically when the RMA serial is corrected.",
                ),
                T(
                    "contract_read",
                    {"account": acct, "section": "warranty service"},
                    "Depot repair turnaround target: 10 business days from receipt. If exceeded, customer is entitled to a loaner on request.",
                ),
                T(
                    "wiki_read",
                    {"space": "INTAKE", "page": "Serial entry"},
                    "HP serials never contain the letter O; always use zero. Intake form validation for this was removed in the October release (BUG-2291).",
                ),
            ],
            "notes": [
                "The depot's rule: unmatched units are quarantined and the hold clears once the serial is fixed.",
                "Her contract promises 10 business days and a loaner if that's exceeded - we're well past.",
                "Intake lost its O/0 validation in October (BUG-2291), which is how the typo got in.",
            ],
            "synth": "So: a typo that validation used to catch, a depot waiting on us, and a contract that now entitles her to a loaner.",
            "follow": "Is she owed anything under the contract?",
            "reply": "A loaner on request, since we're past 10 business days. Anything beyond that (credits, replacement) would need the warranty manager.",
        },
        "edits": {
            "check": {"tool": "rma_validate", "args": {"rma": rma}},
            "checks": [
                "3 issues: serial not in asset registry; ship-to missing suite number; contact phone fails E.164",
                "2 issues: ship-to missing suite number; contact phone fails E.164",
                "1 issue: contact phone fails E.164",
                "0 issues",
            ],
            "steps": [
                T(
                    "rma_update",
                    {"rma": rma, "field": "serial", "value": good},
                    f"serial {bad} -> {good}",
                ),
                T(
                    "rma_update",
                    {"rma": rma, "field": "ship_to.line2", "value": "Suite 400"},
                    "ship_to.line2 '' -> 'Suite 400'",
                ),
                T(
                    "rma_update",
                    {"rma": rma, "field": "contact_phone", "value": "+13125550148"},
                    "contact_phone '312 555 0148' -> '+13125550148'",
                ),
            ],
            "lines": [
                "The RMA has three validation issues.",
                "Serial fixed; two left.",
                "Suite added; one left.",
                "The RMA validates cleanly.",
            ],
        },
        "change": {
            "tool": "rma_update",
            "args": [
                {
                    "rma": rma,
                    "field": "return_ship_to",
                    "value": "Brightline Architects, 220 W Kinzie St, Suite 400, Chicago IL",
                },
                {"rma": rma, "field": "return_ship_to", "value": f"{cust}, home address on file"},
                {
                    "rma": rma,
                    "field": "return_ship_to",
                    "value": "Brightline Architects reception, hold for pickup Friday",
                },
            ],
            "obs": [
                "return_ship_to set (office)",
                "return_ship_to updated (office -> home)",
                "return_ship_to updated (home -> office reception, hold for pickup)",
            ],
            "lines": [
                "Return shipping set to her office.",
                "Changing it to her home address.",
                "It will go to her home.",
                "Back to the office reception, held for Friday.",
                "Updated: office reception, held for pickup.",
            ],
            "users": [
                "Send it to her home - she's working remotely.",
                "Actually, she's in the office Friday. Send it there and have reception hold it.",
            ],
        },
        "recheck": {
            "ask": "The depot lead or someone with RMA edit rights needs to correct the serial. Can you get that done?",
            "line": "Thanks, looking again.",
            "user": "The depot lead linked the unit and fixed the serial. Check it now.",
            "obs2": f"{rma}  serial {good}\nstatus IN_DIAGNOSIS  since 2026-11-27\nhold: none",
            "diff": f"It's in diagnosis now with the right serial. Letting {first} know.",
            "act": T(
                "customer_email_send",
                {
                    "account": acct,
                    "to": cust,
                    "template": "rma_update",
                    "vars": {"rma": rma, "status": "in diagnosis"},
                },
                "queued message msg_7f3a to Brightline contact",
            ),
            "done": "She's been emailed that the repair has started.",
        },
        "flaky": {
            "tool": "carrier_track",
            "args": {"carrier": "UPS", "tracking": inbound},
            "errs": [
                "503 Service Unavailable: UPS Tracking API scheduled maintenance 02:00-02:30 ET",
                "503 Service Unavailable: UPS Tracking API scheduled maintenance 02:00-02:30 ET",
            ],
            "ok": f"{inbound}: Delivered 2026-11-06 09:58 to LEI DEPOT DOCK 3, signed RECV-12",
            "lines": [
                "UPS's tracking API is in a maintenance window. I'll wait and retry.",
                "Still in maintenance; trying again.",
                "The inbound shipment was delivered to the depot on 6 November.",
            ],
            "wait": 120,
        },
        "qa": {
            "q": "Once repaired, should it ship to her office or home?",
            "ans": "Home. She's remote until January.",
            "line": "Home it is.",
            "next": T(
                "rma_update",
                {"rma": rma, "field": "return_ship_to", "value": f"{cust}, home address on file"},
                "return_ship_to set (home)",
            ),
            "result": "The return will go to her home address.",
        },
    }


def school_bus_route_change(r: random.Random) -> D:
    sid = str(r.randint(2040000, 2049999))
    sid_bad = sid[:3] + sid[4] + sid[3] + sid[5:]
    kid = r.choice(["Kenji", "Theo", "Mateo", "Ravi"])
    parent = r.choice(["Mrs Nakamura", "Ms Duarte", "Mrs Whitfield", "Mrs Adeyemi"])
    houses = r.sample([h for h in range(2, 61) if h != 14], 5)
    build = f"RB-{r.randint(3000, 3999)}"
    return {
        "name": "school_bus_route_change",
        "task": f"{parent} called: her son {kid} (student {sid}, Riverside Elementary, grade 3) hasn't been picked up by the bus since they moved to 14 Alder Crescent last week. Find out why and get him a stop. You can't add or move stops on a route - that needs the transport coordinator.",
        "openers": [
            f"I'll look up {kid}'s transport record first to see his stop assignment.",
            "First, the student's record in the routing system.",
            f"Let me pull student {sid} in the transport system.",
        ],
        "acks": [
            "Understood - no stop changes from me.",
            "Got it, I won't touch the stops.",
            "OK, I'll dig into his record.",
        ],
        "A": T(
            "transport_student",
            {"student_id": sid},
            f"student {sid}  {kid.upper()} (gr 3)  school RIVERSIDE ELEM\naddress 14 ALDER CRESCENT  geocoded: MILLBROOK 04412 (lat 44.1021, lon -70.5530)\neligibility: INELIGIBLE - address outside district boundary\nAM stop: none  PM stop: none\nsynced from SIS {{ts}} (batch {{hex}})",
        ),
        "A_note": "The new address was geocoded to Alder Crescent in Millbrook, the next town, which is outside the district. So he's marked ineligible and has no stop.",
        "B": T(
            "sis_student",
            {"student_id": sid, "section": "address_history"},
            f"{sid} {kid}\n2026-11-20  14 Alder Crescent, Riverside 04411  (entered by registrar, source: parent form)\n2025-08-14  9 Quarry Lane, Riverside 04411",
        ),
        "B_note": "The SIS has the right address, Riverside 04411, entered on 20 November. The mistake happened when the routing system geocoded it.",
        "C": T(
            "geocode_lookup",
            {"address": "14 Alder Crescent", "region": "ME"},
            "2 candidates\n 1. 14 Alder Crescent, Millbrook 04412   score 0.97   district: OUTSIDE\n 2. 14 Alder Crescent, Riverside 04411   score 0.95   district: RIVERSIDE SD  nearest stop S-1442 Alder Cres & Birch Rd (0.1 mi)",
        ),
        "C_note": "There are two Alder Crescents. The geocoder picked Millbrook because it scored slightly higher and the ZIP wasn't used. The Riverside one has an existing stop 0.1 miles away.",
        "search": {
            "tool": "doc_search",
            "args": {"library": "route-sheets-2025-26"},
            "qkey": "q",
            "queries": [
                "Alder Crescent",
                "Alder Cres stop",
                "Alder Crescent Birch Road pickup",
                "Riverside Elementary route Alder",
                "Alder Crescent bus stop Riverside",
            ],
            "empty": 'route-sheets-2025-26: 0 matches for "{q}" (64 route sheets)',
            "lines": [
                "No stop on Alder Crescent. Trying the abbreviation.",
                "Nothing. Maybe it's listed by the cross street.",
                "Still nothing. Searching by school.",
            ],
            "conclude": "No route sheet has a stop near Alder Crescent, so there's nothing he could be assigned to without a new stop.",
            "hint": "Those are last year's route sheets. This year's are in route-sheets-2026-27.",
            "after_hint": "Wrong year - searching the 2026-27 sheets.",
            "own": "Wait - that library is last school year's. Alder Crescent was only built out this year; searching the 2026-27 sheets.",
            "narrow": T(
                "doc_search",
                {"library": "route-sheets-2026-27", "q": "Alder Cres"},
                "1 match: Route 14 AM/PM - stop S-1442 'Alder Cres & Birch Rd' (added 2026-08-19), AM 7:22, PM 3:41",
            ),
            "found": "Route 14 has a stop at Alder Cres & Birch Rd since August. Opening the sheet.",
            "read": T(
                "doc_read",
                {"library": "route-sheets-2026-27", "doc": "Route 14"},
                "Route 14 (bus 214, driver D. Kowalski)\n...\nS-1440 Birch Rd & Elm St     AM 7:18  PM 3:45\nS-1442 Alder Cres & Birch Rd AM 7:22  PM 3:41  (riders 6)\nS-1450 Riverside Elem         AM 7:40",
            ),
            "learned": "So a stop already exists 0.1 miles from the house; no new stop is needed, just a correct geocode so he gets assigned to S-1442.",
        },
        "noisy": {
            "lines": [
                "Let me re-pull his record in case the nightly sync fixed it.",
                "Refreshing the student record once more.",
                "Same. Checking once more.",
                "Still ineligible with no stop.",
            ],
            "ping": f"{parent} is calling again - anything I can tell her?",
        },
        "osc": {
            "x": T(
                "transport_assign_stop",
                {"student_id": sid, "stop": "S-1442", "run": "AM"},
                "403 Forbidden: student is INELIGIBLE; assigning a stop requires a coordinator eligibility override",
                True,
            ),
            "y": T(
                "sis_update",
                {"student_id": sid, "field": "transport_eligibility", "value": "ELIGIBLE"},
                "400 Bad Request: field 'transport_eligibility' is computed by the routing system and cannot be set from SIS",
                True,
            ),
            "xline": [
                "Can't assign while he's ineligible. I'll set eligibility in the SIS.",
                "Still forbidden. Trying SIS again.",
            ],
            "yline": [
                "SIS won't accept it. Let me try the stop assignment again.",
                "Computed field again. Back to assigning the stop.",
            ],
            "user": "He's ineligible because the address points at Millbrook. Fix the geocode and the rest follows.",
        },
        "fail": {
            "tool": "transport_recompute",
            "variants": [
                {"student_id": sid},
                {"student_id": sid, "scope": "eligibility"},
                {"student_id": int(sid), "scope": "ELIGIBILITY", "force": True},
                {"student_ids": [sid], "scope": "eligibility"},
            ],
            "obs": "403 Forbidden: recompute requires role transport_admin (your role: transport_clerk)",
            "lines": [
                "Forbidden. Maybe scoping it to eligibility works.",
                "Same. Trying with force and a numeric id.",
                "Still 403. Trying the list form.",
                "It keeps refusing; I'll try another variation.",
            ],
        },
        "ask": {
            "q": f"Does {kid} ride both the morning and afternoon bus, or just one?",
            "ans": "Both, morning and afternoon.",
            "thanks": "Thanks - AM and PM.",
            "reasks": [
                "Is he on the PM run too, or AM only?",
                "Just to be sure: both runs?",
                "And afternoons as well?",
            ],
            "annoyed": "Both. Like I said.",
        },
        "write": {
            **T(
                "geocode_fix",
                {"student_id": sid, "candidate": "14 Alder Crescent, Riverside 04411"},
                f"student {sid}: address re-geocoded to Riverside 04411\neligibility recomputed: ELIGIBLE (1.6 mi from school)\nauto-assigned AM S-1442 7:22, PM S-1442 3:41 (route 14)",
            ),
            "done": "Geocode corrected to Riverside. He's eligible again and auto-assigned to stop S-1442 on route 14, 7:22 AM and 3:41 PM.",
            "again": "200 OK: no change (address already geocoded to Riverside 04411; stop S-1442)",
            "redo": [
                "Let me apply the geocode fix again to make sure it saved.",
                "Pulling it once more.",
                "Again, to be safe.",
            ],
            "user_done": "It shows S-1442 now. That's done.",
            "wrap": "He's on S-1442.",
        },
        "promises": [
            "Next I'll check the SIS address history to see what was entered.",
            "Checking the SIS record now.",
            "Pulling the SIS address next.",
            "I'll open his SIS address history now.",
            "Looking at the SIS entry and will report.",
        ],
        "nudges": [
            "Please, go ahead and check.",
            "You said that already - check it.",
            "She's still on hold. The SIS record?",
        ],
        "restates": [
            "So the bus doesn't stop because the address was placed in Millbrook.",
            "In short, the geocoder put him in the wrong town and marked him ineligible.",
            "The root cause is the Millbrook geocode.",
            "Put simply, the system thinks he lives outside the district.",
            "Again, it's the wrong Alder Crescent.",
        ],
        "next_asks": ["OK, and what do we do?", "Right, you said. Can you sort it?"],
        "plans": [
            "Option one: correct the geocode to the Riverside candidate.",
            "Option two: ask the coordinator for an eligibility override.",
            "The geocode fix addresses the real problem.",
            "But an override would get him on the bus by tomorrow regardless.",
            "Then again the override leaves the wrong town on file.",
            "Though the coordinator might prefer to review it...",
        ],
        "pick": "Pick one. She needs an answer today.",
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "transport-helper"},
            "intro": "I'll have the transport sub-agent look.",
            "asks": [
                f"Find out why student {sid} isn't being picked up.",
                f"Investigate the missing bus pickup for {kid}.",
                f"Work out why {kid} has no bus since moving.",
            ],
            "reply": "[run {run}] Route 14 ran on schedule all week (GPS: all stops served within 3 min). No service issue found. Suggest the parent confirm the stop time.",
            "lines": [
                "It says the route ran fine. Asking more specifically.",
                "Same answer. Rewording around the student.",
                "Still the route. Once more.",
            ],
            "user_same": "It keeps checking the bus, not the student.",
            "subs": [
                (
                    f"Report eligibility, geocode and stop assignment for student {sid}.",
                    f"[run {{run}}] {sid}: INELIGIBLE (outside district); geocode Millbrook 04412; no stops.",
                    "Ineligible, geocoded to Millbrook, no stops.",
                ),
                (
                    "List geocoder candidates for 14 Alder Crescent in Maine with district and nearest stop.",
                    "[run {run}] Millbrook 04412 (outside, 0.97); Riverside 04411 (Riverside SD, 0.95, S-1442 at 0.1 mi).",
                    "The Riverside candidate has stop S-1442 nearby.",
                ),
            ],
            "synth": "So he was geocoded to the wrong Alder Crescent. Picking the Riverside candidate makes him eligible and S-1442 is already there - no new stop needed.",
        },
        "bad": {
            **T(
                "parent_notify",
                {
                    "student_id": sid,
                    "guardian": "primary",
                    "channel": "email",
                    "template": "stop_assignment",
                },
                "422 Unprocessable Entity: primary guardian has no email address on file (phone only)",
                True,
            ),
            "claims": [
                f"{parent} has been emailed the new stop and times.",
                "Email sent with the stop details.",
                "The notification went out.",
                "She's been notified.",
            ],
            "retry": [
                "Sorry, you're right. Sending the email again.",
                "My apologies. Resending it now.",
            ],
            "objections": [
                "422 - she has no email on file. Nothing was sent.",
                "Same error. She's phone only.",
            ],
        },
        "pages": {
            "tool": "route_roster",
            "args": [{"route": 14, "run": "AM", "page": p, "per_page": 15} for p in (1, 2, 3, 4)],
            "obs": [
                "page 1/4: stops S-1401..S-1418, 15 riders",
                "page 2/4: stops S-1420..S-1436, 15 riders",
                "page 3/4: stops S-1438..S-1442, 15 riders (S-1442 Alder Cres & Birch Rd: 6 riders)",
                "page 4/4: stops S-1444..S-1450, 9 riders",
            ],
            "notes": [
                "First 15 riders, early stops.",
                "Next 15.",
                "S-1442 has six riders - his neighbours - but not him.",
                "Last nine. He's not on route 14 at all.",
            ],
            "final": "Route 14 AM has 54 riders and six at S-1442; he isn't on the roster, which fits an ineligible record.",
        },
        "typo": {
            "bad": T(
                "transport_student",
                {"student_id": sid_bad},
                f"404 Not Found: no student {sid_bad}",
                True,
            ),
            "fix": f"I swapped two digits. The id is {sid}.",
            "good": T(
                "sis_student",
                {"student_id": sid, "section": "contacts"},
                f"{sid} {kid}\nprimary guardian: {parent} (phone 207-555-0186, no email)\nsecondary: none",
            ),
            "next": f"{parent} is reachable by phone only.",
        },
        "job": {
            "start": T(
                "route_build_trigger",
                {"scope": "RIVERSIDE ELEM", "mode": "assign_only"},
                f"route build {build} queued (assign-only: no stop changes)",
            ),
            "poll": {"tool": "route_build_status", "args": {"build": build}},
            "states": [
                "QUEUED",
                "RUNNING - students 180/412 assigned",
                "RUNNING - students 390/412 assigned",
                f"COMPLETED - 412 students; 1 change: {sid} INELIGIBLE -> S-1442 (AM/PM)",
            ],
            "waits": [30, 60, 60],
            "lines": [
                "Assign-only build queued for Riverside Elementary.",
                "Queued.",
                "180 of 412.",
                "Almost through.",
            ],
            "resume": "An assign-only build for Riverside was started after the geocode fix. Polling with pauses.",
            "final": f"Build done: {kid} is assigned to S-1442 for AM and PM, and nothing else changed.",
        },
        "stuck": {
            "obs": "QUEUED (queue depth 2)",
            "lines": [
                "Build still queued. Checking again.",
                "Same. Polling the build again.",
                "Still queued behind two builds. Checking.",
                "No change; checking once more.",
            ],
            "ping": "Is he assigned yet?",
        },
        "batch": {
            "tool": "geocode_fix",
            "items": [
                {"address": f"{h} Alder Crescent", "candidate": "Riverside 04411"} for h in houses
            ],
            "obs": [
                f"{h} Alder Crescent: re-geocoded to Riverside 04411 (no students affected)"
                for h in houses
            ],
            "intro": "Other Alder Crescent addresses may have the same problem. Fixing the geocode on each address in the street index.",
            "mid": "Two done.",
            "summary": "All five other addresses on the street now point to Riverside. None had students yet.",
        },
        "docs": {
            "reads": [
                T(
                    "doc_read",
                    {"library": "policies", "doc": "Transportation eligibility 2026-27"},
                    "Students in grades K-5 living more than 0.5 mi from school within district boundaries are eligible. Eligibility is computed from the geocoded address.",
                ),
                T(
                    "doc_read",
                    {"library": "it-changes", "doc": "CHG-4471 address dataset import"},
                    "2026-11-15: imported new county address points including Millbrook. Known issue: duplicate street names across towns; ZIP not used in matching until patch 5.2.",
                ),
                T(
                    "doc_read",
                    {"library": "route-sheets-2026-27", "doc": "Route 14"},
                    "S-1442 Alder Cres & Birch Rd AM 7:22 PM 3:41 (riders 6)",
                ),
            ],
            "notes": [
                "Eligibility depends entirely on the geocode.",
                "A new address dataset on 15 November brought in Millbrook streets, and matching ignores ZIP until patch 5.2.",
                "Route 14 already serves Alder Cres & Birch Rd.",
            ],
            "synth": "The dataset import created the duplicate, the matcher ignored the ZIP, and the policy then marked him ineligible. The stop exists; only the geocode is wrong.",
            "follow": "Could this hit other families?",
            "reply": "Yes - any Riverside address whose street name also exists in Millbrook, until patch 5.2. Worth a report of recent address changes geocoded outside the district.",
        },
        "edits": {
            "check": {"tool": "address_validate", "args": {"student_id": sid}},
            "checks": [
                "3 issues: geocode town != SIS town; ZIP mismatch (04412 vs 04411); unit type missing",
                "2 issues: ZIP mismatch (04412 vs 04411); unit type missing",
                "1 issue: unit type missing",
                "0 issues",
            ],
            "steps": [
                T(
                    "geocode_fix",
                    {"student_id": sid, "candidate": "14 Alder Crescent, Riverside"},
                    "town MILLBROOK -> RIVERSIDE",
                ),
                T(
                    "transport_address_edit",
                    {"student_id": sid, "field": "zip", "value": "04411"},
                    "zip 04412 -> 04411",
                ),
                T(
                    "transport_address_edit",
                    {"student_id": sid, "field": "unit_type", "value": "single-family"},
                    "unit_type '' -> 'single-family'",
                ),
            ],
            "lines": [
                "His address has three validation issues.",
                "Town fixed; two left.",
                "ZIP fixed; one left.",
                "The address validates.",
            ],
        },
        "change": {
            "tool": "parent_notify",
            "args": [
                {
                    "student_id": sid,
                    "channel": "sms",
                    "message": f"{kid}'s bus: stop Alder Cres & Birch Rd, AM 7:22, PM 3:41, starting Monday.",
                },
                {
                    "student_id": sid,
                    "channel": "voice",
                    "message": f"{kid}'s bus: stop Alder Cres & Birch Rd, AM 7:22, PM 3:41, starting Monday.",
                },
                {
                    "student_id": sid,
                    "channel": "voice",
                    "message": f"{kid}'s bus: stop Alder Cres & Birch Rd, AM 7:22, PM 3:41, starting tomorrow.",
                },
            ],
            "obs": [
                "SMS queued to 207-555-0186",
                "voice call queued to 207-555-0186 (SMS cancelled)",
                "voice call message updated (start date: tomorrow)",
            ],
            "lines": [
                "Text queued with the stop and times.",
                "Switching to a voice call.",
                "She'll get a call instead.",
                "Changing the start date to tomorrow.",
                "Updated: the call says tomorrow.",
            ],
            "users": [
                "That number is a landline. Call her instead.",
                "Actually he can start tomorrow - update the message.",
            ],
        },
        "recheck": {
            "ask": "The geocode needs fixing, and my role can't recompute eligibility. Can the coordinator do it?",
            "line": "Thanks, checking his record again.",
            "user": "Coordinator fixed the address and rebuilt Riverside. Check again.",
            "obs2": f"student {sid}  {kid.upper()} (gr 3)\naddress 14 ALDER CRESCENT  geocoded: RIVERSIDE 04411\neligibility: ELIGIBLE\nAM stop: S-1442 7:22  PM stop: S-1442 3:41 (route 14)",
            "diff": "He's eligible now with S-1442 morning and afternoon. Calling his mother with the times.",
            "act": T(
                "parent_notify",
                {
                    "student_id": sid,
                    "channel": "voice",
                    "message": "Bus stop Alder Cres & Birch Rd, AM 7:22, PM 3:41, from tomorrow.",
                },
                "voice call queued to 207-555-0186",
            ),
            "done": "Call queued with the stop and times.",
        },
        "flaky": {
            "tool": "bus_gps_live",
            "args": {"bus": 214},
            "errs": [
                "503: Zonar gateway reconnecting (feed stale 4m)",
                "503: Zonar gateway reconnecting (feed stale 5m)",
            ],
            "ok": "bus 214 (route 14 PM): at S-1440 Birch Rd & Elm St 15:44, next S-1442 ETA 15:46",
            "lines": [
                "The GPS gateway is reconnecting. I'll retry shortly.",
                "Still reconnecting. One more try.",
                "Bus 214 is running and about to serve S-1442 - the stop is live.",
            ],
            "wait": 60,
        },
        "qa": {
            "q": f"Does {kid} ride both runs, or only the morning?",
            "ans": "Only mornings. His grandmother picks him up.",
            "line": "Morning only, then.",
            "next": T(
                "transport_set_riding",
                {"student_id": sid, "am": True, "pm": False},
                f"{sid}: riding AM only (PM seat released)",
            ),
            "result": "Set to morning only, which frees his afternoon seat.",
        },
    }


def restaurant_tip_payroll(r: random.Random) -> D:
    total = r.randint(3100, 3700) + r.randint(0, 99) / 100
    batch = f"PE-{r.randint(20000, 29999)}"
    staff = [
        (
            "E" + str(r.randint(1000, 1999)),
            r.choice(["Rosa", "Dev", "Kayla", "Tomas", "Amira", "Jonah", "Lucy", "Omar"]),
        )
        for _ in range(5)
    ]
    amounts = [round(r.uniform(180, 340), 2) for _ in range(5)]
    owner = r.choice(["Marco", "Denise", "Sam", "Ines"])
    run = f"PR-{r.randint(1100, 1199)}"
    return {
        "name": "restaurant_tip_payroll",
        "task": f"Servers at Harbor & Pine say their credit card tips weren't on Friday's paycheck (pay period Nov 10-23). Figure out what happened and make sure they get paid. Do not run an off-cycle payroll or pay anyone in cash - {owner} (the owner) has to approve those.",
        "openers": [
            "I'll check the payroll export log for that period first.",
            "First, the POS-to-payroll export log for Nov 10-23.",
            "Let me look at what the export sent to payroll for that period.",
        ],
        "acks": [
            f"Understood, no off-cycle or cash payouts without {owner}.",
            "OK - nothing off-cycle, nothing in cash.",
            "Got it - pulling the numbers.",
        ],
        "A": T(
            "payroll_export_log",
            {"location": "harbor-pine", "period": "2026-11-10..2026-11-23"},
            f"export {batch} to Gusto company 7781  run at 2026-11-24 {{ts}}  (req {{rid}})\nlines sent: 412  lines dropped: 46\n  dropped: earning code GRAT_CARD_V2 not mapped (46 lines, ${total:,.2f})\nstatus: COMPLETED WITH WARNINGS",
        ),
        "A_note": f"The export dropped 46 lines worth ${total:,.2f}: all under an earning code GRAT_CARD_V2 that isn't mapped to anything in payroll.",
        "B": T(
            "pos_tips_report",
            {
                "location": "harbor-pine",
                "from": "2026-11-10",
                "to": "2026-11-23",
                "group_by": "tip_code",
            },
            f"tip_code        employees  amount\nCASH_TIP        11         $1,904.00\nCARD_TIP        14         $412.35   (11/10-11/11)\nGRAT_CARD_V2    14         ${total:,.2f} (11/12-11/23)",
        ),
        "B_note": "Card tips switched codes mid-period: CARD_TIP until 11 November, then GRAT_CARD_V2 from the 12th. Only the old code made it to payroll.",
        "C": T(
            "payroll_earning_mapping",
            {"company": 7781, "source": "toast"},
            "POS code     -> Gusto earning type\nCASH_TIP     -> Cash tips\nCARD_TIP     -> Paycheck tips\nSVC_CHG      -> Service charge\nREG / OT     -> Regular / Overtime\n(GRAT_CARD_V2: no mapping)",
        ),
        "C_note": "The mapping has CARD_TIP but nothing for GRAT_CARD_V2.",
        "search": {
            "tool": "wiki_search",
            "args": {"space": "FOH"},
            "qkey": "q",
            "queries": [
                "card tips missing paycheck",
                "tips not on payroll",
                "credit card gratuity payroll",
                "server tips didn't pay out",
                "GRAT_CARD_V2",
            ],
            "empty": 'FOH wiki: 0 pages match "{q}"',
            "lines": [
                "Nothing. Rephrasing.",
                "Still nothing. Trying 'gratuity'.",
                "No pages. One more angle.",
            ],
            "conclude": "The FOH wiki has nothing on this, so there's no known change that would explain the missing tips.",
            "hint": "POS changes are announced in Toast's release notes, not our FOH wiki.",
            "after_hint": "Good point - searching Toast's release notes.",
            "own": "A new tip code would come from the POS vendor, not our own wiki. Searching Toast's release notes.",
            "narrow": T(
                "release_notes_search",
                {"vendor": "toast", "q": "gratuity card tip code"},
                "1 result: 'November 2026 release (rolled out Nov 12): Card tips are now recorded under GRAT_CARD_V2 to support tip pooling. Update payroll integrations.'",
            ),
            "found": "Toast's November release moved card tips to GRAT_CARD_V2 on 12 November. Reading it.",
            "read": T(
                "web_read",
                {"url": "https://central.toasttab.com/s/article/November-2026-release"},
                "Tip pooling: card tips are recorded under a new code, GRAT_CARD_V2. Payroll exports using custom mappings must add GRAT_CARD_V2; unmapped codes are skipped with a warning.",
            ),
            "learned": "Unmapped codes are skipped with a warning - exactly the 46 dropped lines. The mapping needs GRAT_CARD_V2.",
        },
        "noisy": {
            "lines": [
                "Let me pull the export log again to confirm.",
                "Refreshing the log once more.",
                "Same. One more look to be sure.",
                "Still 46 dropped lines.",
            ],
            "ping": "The servers are asking me what to tell them.",
        },
        "osc": {
            "x": T(
                "payroll_offcycle_create",
                {"company": 7781, "reason": "missed card tips", "pay_date": "2026-11-28"},
                "403 Forbidden: off-cycle payrolls require the Owner role",
                True,
            ),
            "y": T(
                "payroll_run_edit",
                {"run": run, "add_earnings": "tips correction"},
                f"409 Conflict: pay run {run} is closed and filed (paid 2026-11-21); corrections go in a future run",
                True,
            ),
            "xline": [
                "Off-cycle needs the owner. I'll edit the closed run instead.",
                "Still forbidden. Trying the run edit again.",
            ],
            "yline": [
                "Closed run can't be edited. Let me try the off-cycle again.",
                "409 again. Back to the off-cycle.",
            ],
            "user": f"Neither. {owner} already said the tips go in the next regular run. Map the new code so the export picks them up.",
        },
        "fail": {
            "tool": "payroll_export_retry",
            "variants": [
                {"batch": batch},
                {"batch": batch.lower()},
                {"batch": batch, "include_warnings": True},
                {"batch": batch, "period": "2026-11-10..2026-11-23", "force": True},
            ],
            "obs": "422 Unprocessable Entity: cannot re-export - pay period 2026-11-10..2026-11-23 is closed in Gusto",
            "lines": [
                "Closed period. Maybe lower case works.",
                "Same. Trying with warnings included.",
                "Still 422. Adding force.",
                "It keeps refusing; trying another variation.",
            ],
        },
        "ask": {
            "q": "Do bussers and runners get tips through payroll too, or only servers?",
            "ans": "Everyone tipped - bussers and runners included.",
            "thanks": "Thanks, all tipped staff.",
            "reasks": [
                "Are bussers paid tips via payroll as well?",
                "Just checking: runners' tip-out also goes through payroll?",
                "And that covers bussers, yes?",
            ],
            "annoyed": "Yes, everyone tipped. I answered this.",
        },
        "write": {
            **T(
                "payroll_earning_mapping_add",
                {
                    "company": 7781,
                    "source": "toast",
                    "pos_code": "GRAT_CARD_V2",
                    "earning_type": "Paycheck tips",
                },
                "mapping added: GRAT_CARD_V2 -> Paycheck tips (applies to exports from now)",
            ),
            "done": "GRAT_CARD_V2 now maps to Paycheck tips, so future exports include card tips.",
            "again": "409 Conflict: mapping for GRAT_CARD_V2 already exists (-> Paycheck tips)",
            "redo": [
                "Let me add the mapping again to be sure it saved.",
                "Adding it once more.",
                "One more time, to be safe.",
            ],
            "user_done": "It's in the mapping list. Done.",
            "wrap": "The mapping is in place.",
        },
        "promises": [
            "Next I'll pull the POS tips report by tip code.",
            "I'm going to run the tips report now.",
            "Running the tips report next.",
            "Pulling the POS tips by code.",
            "I'll get the tips report and tell you.",
        ],
        "nudges": [
            "Please run it.",
            "You keep saying that. Run it.",
            "Still waiting on the report.",
        ],
        "restates": [
            "So the card tips were dropped because the export doesn't know the new tip code.",
            "In short, GRAT_CARD_V2 isn't mapped, so those tips never reached payroll.",
            "The cause is the unmapped code.",
            "Put another way, payroll never received the card tips.",
            "Again, it's the mapping gap.",
        ],
        "next_asks": ["OK. How do they get paid?", "Yes, you said. What's the fix?"],
        "plans": [
            "Plan one: map the code and add the missed tips as adjustments on the next run.",
            "Plan two: ask the owner for an off-cycle run this week.",
            "Next run is cheaper and within what's approved.",
            "But off-cycle gets staff their money sooner.",
            "Then again, the owner already said next run.",
            "Though the state deadline might favour off-cycle...",
        ],
        "pick": "Pick one please.",
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "payroll-helper"},
            "intro": "I'll ask the payroll sub-agent to investigate.",
            "asks": [
                "Find out why card tips are missing from the Nov 10-23 paychecks.",
                "Investigate the missing credit card tips on last Friday's payroll.",
                "Work out where the servers' card tips went.",
            ],
            "reply": "[run {run}] Gusto pay run processed successfully; all employees paid on 2026-11-21 with no errors. Tips reported to Gusto were included. Suggest checking with the POS.",
            "lines": [
                "It says payroll ran fine. Asking more specifically.",
                "Same answer. Rewording.",
                "Still 'ran fine'. Once more.",
            ],
            "user_same": "Same reply three times. It's looking at Gusto, not the export.",
            "subs": [
                (
                    f"Summarise warnings in POS export {batch}.",
                    f"[run {{run}}] {batch}: 46 lines dropped, code GRAT_CARD_V2 not mapped, ${total:,.2f}.",
                    f"46 dropped lines, ${total:,.2f}, all GRAT_CARD_V2.",
                ),
                (
                    "When did Toast start recording card tips as GRAT_CARD_V2 at harbor-pine?",
                    "[run {run}] First GRAT_CARD_V2 entry 2026-11-12 11:31; last CARD_TIP entry 2026-11-11 23:02.",
                    "The switch happened on 12 November.",
                ),
            ],
            "synth": f"So from 12 November card tips came in under a code payroll didn't map, and ${total:,.2f} was skipped. Map it and add the missed amounts to the next run.",
        },
        "bad": {
            **T(
                "payroll_adjustment_add",
                {
                    "company": 7781,
                    "run": "next",
                    "employee": "E-0412",
                    "earning_type": "Paycheck tips",
                    "amount": amounts[0],
                },
                "422 Unprocessable Entity: employee 'E-0412' not found in company 7781 (employee ids are numeric Gusto ids)",
                True,
            ),
            "claims": [
                "Adjustment added; the tips will be on the next paycheck.",
                "Done, it's on the next run.",
                "The adjustment went in.",
                "All set for the next run.",
            ],
            "retry": [
                "You're right, sorry about that. Adding the adjustment again.",
                "Apologies - re-adding it.",
            ],
            "objections": [
                "422 - employee not found. Nothing was added.",
                "Same error. Those aren't Gusto ids.",
            ],
        },
        "pages": {
            "tool": "payroll_export_lines",
            "args": [
                {"batch": batch, "status": "dropped", "page": p, "per_page": 12}
                for p in (1, 2, 3, 4)
            ],
            "obs": [
                "page 1/4: 12 lines, GRAT_CARD_V2, 11/12-11/14, 9 employees",
                "page 2/4: 12 lines, GRAT_CARD_V2, 11/15-11/17, 11 employees",
                "page 3/4: 12 lines, GRAT_CARD_V2, 11/18-11/20, 10 employees",
                "page 4/4: 10 lines, GRAT_CARD_V2, 11/21-11/23, 12 employees",
            ],
            "notes": [
                "First 12 dropped lines, from the 12th.",
                "Next 12.",
                "Another 12.",
                "Last 10, through the 23rd.",
            ],
            "final": "All 46 dropped lines are GRAT_CARD_V2 from 12 to 23 November, covering 14 employees. Nothing else was dropped.",
        },
        "typo": {
            "bad": T(
                "pos_tips_report",
                {"location": "harbor-pnie", "from": "2026-11-10", "to": "2026-11-23"},
                "404 Not Found: location 'harbor-pnie' (did you mean 'harbor-pine'?)",
                True,
            ),
            "fix": "Typo in the location slug. It's harbor-pine.",
            "good": T(
                "pos_tips_report",
                {
                    "location": "harbor-pine",
                    "from": "2026-11-10",
                    "to": "2026-11-23",
                    "group_by": "employee",
                    "code": "GRAT_CARD_V2",
                },
                f"14 employees, total ${total:,.2f}; top: {staff[0][1]} ${amounts[0]}, {staff[1][1]} ${amounts[1]}",
            ),
            "next": "Per-employee card tips for the period, 14 people.",
        },
        "job": {
            "start": T(
                "payroll_export_run",
                {"location": "harbor-pine", "period": "2026-11-24..2026-12-07", "mode": "preview"},
                f"export preview {batch}-P queued",
            ),
            "poll": {"tool": "payroll_export_status", "args": {"batch": f"{batch}-P"}},
            "states": [
                "QUEUED",
                "RUNNING - mapping lines (180/420)",
                "RUNNING - validating with Gusto",
                "COMPLETED - 421 lines, 0 dropped (GRAT_CARD_V2 -> Paycheck tips: 48 lines)",
            ],
            "waits": [20, 40, 40],
            "lines": [
                "Preview export of the current period queued.",
                "Queued.",
                "Mapping.",
                "Validating.",
            ],
            "resume": "The preview export for the current period is running. Polling with short waits.",
            "final": "Preview completed with 0 dropped lines; the new code flows through as Paycheck tips.",
        },
        "stuck": {
            "obs": "QUEUED (worker busy)  checked {ts}",
            "lines": [
                "Export still queued. Checking again.",
                "Worker still busy. Polling again.",
                "No change. Checking the export again.",
                "Still queued; one more check.",
            ],
            "ping": "Did the preview run?",
        },
        "batch": {
            "tool": "payroll_adjustment_add",
            "items": [
                {
                    "company": 7781,
                    "run": "next",
                    "employee": e,
                    "earning_type": "Paycheck tips",
                    "amount": a,
                    "memo": "Card tips 11/12-11/23 correction",
                }
                for (e, _), a in zip(staff, amounts, strict=True)
            ],
            "obs": [
                f"adjustment added to next run ({run[:3]}{int(run[3:]) + 1}) for {e}: ${a}"
                for (e, _), a in zip(staff, amounts, strict=True)
            ],
            "intro": "Adding the missed card tips as a correction line on the next run, one employee at a time.",
            "mid": "Two added.",
            "summary": "Five adjustments added with the same memo. Nine employees to go.",
        },
        "docs": {
            "reads": [
                T(
                    "web_read",
                    {"url": "https://central.toasttab.com/s/article/November-2026-release"},
                    "Card tips now recorded as GRAT_CARD_V2 (from Nov 12). Custom payroll mappings must add it.",
                ),
                T(
                    "web_read",
                    {"url": "https://support.gusto.com/article/tips-earning-types"},
                    "Paycheck tips are taxable wages paid through payroll; missed tips can be added to a later regular payroll as a correction.",
                ),
                T(
                    "doc_read",
                    {"library": "hr", "doc": "State wage rules - tips"},
                    "Tips received by card must be paid no later than the next regular payday after the period in which they were received.",
                ),
            ],
            "notes": [
                "Toast moved card tips to GRAT_CARD_V2 on 12 November.",
                "Gusto allows missed tips as a correction on a later regular run.",
                "State rule: card tips due by the next regular payday.",
            ],
            "synth": "So a POS change broke the mapping; Gusto supports correcting it on a regular run; and that run must be the very next one to stay within the state rule.",
            "follow": "Is the next regular run soon enough legally?",
            "reply": "Yes, if the corrections go on the next regular payday (5 December). Any later and we'd be outside the rule.",
        },
        "edits": {
            "check": {
                "tool": "payroll_export_preview",
                "args": {"location": "harbor-pine", "period": "2026-11-24..2026-12-07"},
            },
            "checks": [
                "dropped: GRAT_CARD_V2 (48 lines), TIP_POOL_OUT (12 lines), SVC_CHG_V2 (3 lines) - 3 unmapped codes",
                "dropped: TIP_POOL_OUT (12 lines), SVC_CHG_V2 (3 lines) - 2 unmapped codes",
                "dropped: SVC_CHG_V2 (3 lines) - 1 unmapped code",
                "0 dropped; 484 lines ready",
            ],
            "steps": [
                T(
                    "payroll_earning_mapping_add",
                    {"company": 7781, "pos_code": "GRAT_CARD_V2", "earning_type": "Paycheck tips"},
                    "mapping added",
                ),
                T(
                    "payroll_earning_mapping_add",
                    {
                        "company": 7781,
                        "pos_code": "TIP_POOL_OUT",
                        "earning_type": "Paycheck tips (deduction)",
                    },
                    "mapping added",
                ),
                T(
                    "payroll_earning_mapping_add",
                    {"company": 7781, "pos_code": "SVC_CHG_V2", "earning_type": "Service charge"},
                    "mapping added",
                ),
            ],
            "lines": [
                "The preview shows three unmapped codes from the Toast release.",
                "Card tips mapped; two to go.",
                "Tip pool mapped; one left.",
                "Nothing dropped now.",
            ],
        },
        "change": {
            "tool": "team_message_post",
            "args": [
                {
                    "channel": "harbor-pine-staff",
                    "text": "Card tips for Nov 12-23 were missed on Friday's check. They'll be on the Dec 5 paycheck.",
                },
                {
                    "channel": "harbor-pine-staff",
                    "text": "Card tips for Nov 12-23 were missed on Friday's check because of a POS update. They'll be on the Dec 5 paycheck as a separate line. Sorry!",
                },
                {
                    "channel": "harbor-pine-managers",
                    "text": "Card tips for Nov 12-23 were missed on Friday's check because of a POS update. They'll be on the Dec 5 paycheck as a separate line.",
                },
            ],
            "obs": [
                "posted to #harbor-pine-staff",
                "message edited in #harbor-pine-staff",
                "posted to #harbor-pine-managers; deleted from #harbor-pine-staff",
            ],
            "lines": [
                "Posted a note to the staff channel.",
                "Adding the reason and the separate line, plus an apology.",
                "Edited.",
                "Moving it to the managers' channel instead.",
                "Done - it's with the managers now, removed from staff.",
            ],
            "users": [
                "Say why, and that it's a separate line. And apologise.",
                f"Actually, {owner} wants managers to tell staff in person. Post it to managers only.",
            ],
        },
        "recheck": {
            "ask": "The mapping needs admin rights in the integration. Can the bookkeeper add GRAT_CARD_V2?",
            "line": "Thanks, checking the export log again.",
            "user": "Bookkeeper added the mapping and re-exported Nov 10-23 as a correction batch. Check again.",
            "obs2": f"export {batch}-C (correction) to Gusto company 7781  run at 2026-11-27 11:02:40\nlines sent: 46  lines dropped: 0\n  GRAT_CARD_V2 -> Paycheck tips (46 lines, ${total:,.2f}) -> next regular run\nstatus: COMPLETED",
            "diff": "The correction batch went through with nothing dropped; all 46 tip lines are queued for the next regular run. Telling the managers.",
            "act": T(
                "team_message_post",
                {
                    "channel": "harbor-pine-managers",
                    "text": "Missed card tips (Nov 12-23) are queued for the Dec 5 paycheck as a correction line.",
                },
                "posted to #harbor-pine-managers",
            ),
            "done": "Managers have the note; the tips will be on the 5 December paycheck.",
        },
        "flaky": {
            "tool": "pos_api",
            "args": {
                "method": "GET",
                "path": "/labor/v1/timeEntries",
                "query": {"restaurant": "harbor-pine", "businessDate": "20261112"},
            },
            "errs": [
                "503 Service Unavailable: Toast API scheduled maintenance (status.toasttab.com: 'Labor API maintenance 14:00-14:20 ET')",
                "503 Service Unavailable: Toast API scheduled maintenance",
            ],
            "ok": "38 time entries for 2026-11-12; 14 with declaredCashTips; card tips recorded as GRAT_CARD_V2 from 11:31",
            "lines": [
                "Toast's labor API is in maintenance. Waiting and retrying.",
                "Still down. Once more.",
                "Confirmed: 12 November is the first day card tips show as GRAT_CARD_V2.",
            ],
            "wait": 300,
        },
        "qa": {
            "q": "Should the missed tips be a separate line, or merged into this period's tips?",
            "ans": "Separate line, labelled so staff can see it's the correction.",
            "line": "Separate line it is; creating a correction earning label.",
            "next": T(
                "payroll_earning_type_create",
                {
                    "company": 7781,
                    "name": "Card tips correction 11/12-11/23",
                    "category": "Paycheck tips",
                },
                "earning type created: 'Card tips correction 11/12-11/23' (taxable, paycheck tips)",
            ),
            "result": "The correction earning type exists; adjustments can use it.",
        },
    }


def jwt_clock_skew_auth(r: random.Random) -> D:
    skew = r.randint(80, 140)
    node = f"api-node-{r.randint(4, 6)}"
    inc = f"INC-{r.randint(9100, 9399)}"
    job = f"OA-{r.randint(50000, 59999)}"
    nodes = [f"api-node-{i}" for i in range(1, 7) if f"api-node-{i}" != node]
    ami = f"ami-0{r.getrandbits(60):015x}"
    return {
        "name": "jwt_clock_skew_auth",
        "task": f"Since about 08:00 roughly one in six API calls fails with 401 'token not yet valid'. Users get logged out at random. Find the cause and stop it ({inc}). Do not rotate signing keys or restart the auth service - security owns those.",
        "openers": [
            "I'll break the 401s down by API node first.",
            "First step: 401 counts per host from the API logs.",
            "Let me query the 401 errors grouped by node.",
        ],
        "acks": [
            "Understood - keys and auth service are off limits.",
            "OK, no key rotation, no auth restarts.",
            "Got it, starting on the logs.",
        ],
        "A": T(
            "log_query",
            {
                "index": "api-*",
                "query": 'status:401 AND error:"token not yet valid"',
                "since": "4h",
                "group_by": "host",
            },
            "host          count   first_seen\n"
            + node
            + "    18,422  08:01:13\n(other 5 hosts: 0)\nquery id {rid}  took {ms}ms  as of {ts}",
        ),
        "A_note": f"Every one of the 401s comes from {node}. The other five nodes have none, so this is one host, not the tokens.",
        "B": T(
            "ssh_exec",
            {"host": node, "cmd": "chronyc tracking; timedatectl | grep synchronized"},
            "506 Cannot talk to daemon\nSystem clock synchronized: no",
        ),
        "B_note": f"chronyd isn't running on {node} and its clock isn't synchronised.",
        "C": T(
            "ssh_exec",
            {
                "host": node,
                "cmd": "journalctl -u chronyd --since today | tail -3; cat /etc/ami-release",
            },
            f"Nov 27 07:52:10 {node} systemd[1]: Stopped chrony, an NTP client/server.\nNov 27 07:52:10 {node} systemd[1]: chronyd.service: Unit is disabled.\n{ami} base-2026.11.3 (rolled 2026-11-27 07:50)",
        ),
        "C_note": f"chronyd was stopped and disabled when {node} moved to the new base image at 07:50. With no NTP, it's drifted about {skew} seconds behind, so fresh tokens look issued in the future.",
        "search": {
            "tool": "log_query",
            "args": {"index": "auth-service-*", "since": "4h"},
            "qkey": "query",
            "queries": [
                "error AND token",
                "nbf OR iat",
                "clock skew",
                "token not yet valid",
                "ImmatureSignatureError",
            ],
            "empty": 'auth-service-*: 0 hits for "{q}" (4h, 1.2M events)',
            "lines": [
                "No token errors in auth. Trying the claim names.",
                "Nothing. Trying 'clock skew'.",
                "Still nothing. Searching the exact message.",
            ],
            "conclude": "The auth service logs show no token errors at all, so I can't see where the 401s come from.",
            "hint": "Auth only mints tokens. Validation happens in the API nodes - search the api-* indices.",
            "after_hint": "Right, validation is on the API side. Searching api-*.",
            "own": "That makes sense - auth only issues tokens; the API nodes validate them. Searching the api-* indices instead.",
            "narrow": T(
                "log_query",
                {"index": "api-*", "query": "ImmatureSignatureError", "since": "4h", "limit": 1},
                f"1 of 18,422: {node} 08:01:13 jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat) iat=1795766473 now=1795766{473 - skew}",
            ),
            "found": f"All the hits are ImmatureSignatureError on {node}. Reading the validation code to see its leeway.",
            "read": T(
                "read_file",
                {"repo": "acme/api", "path": "api/auth/jwt.py", "lines": "20-30"},
                "20  def decode(token: str) -> dict:\n21      return jwt.decode(\n22          token,\n23          PUBLIC_KEYS,\n24          algorithms=['RS256'],\n25          audience='api',\n26          leeway=0,\n27      )",
            ),
            "learned": "Leeway is 0, so any clock behind the issuer rejects new tokens. The node's clock is the problem.",
        },
        "noisy": {
            "lines": [
                "Let me re-run the per-host breakdown to confirm.",
                "Running the breakdown again.",
                f"Same, only {node}. Once more.",
                f"Still only {node}.",
            ],
            "ping": "Support queue is filling up. Update?",
        },
        "osc": {
            "x": T(
                "lb_drain",
                {"pool": "api-prod", "member": node},
                "403 Forbidden: lb_drain requires role lb-operator",
                True,
            ),
            "y": T(
                "ssh_exec",
                {"host": node, "cmd": "sudo systemctl enable --now chronyd"},
                "sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required",
                True,
            ),
            "xline": [
                "Can't drain it. I'll start chronyd directly.",
                "Drain still forbidden. Back to sudo.",
            ],
            "yline": [
                "No sudo. Let me try draining again.",
                "Sudo refused again. Trying the drain.",
            ],
            "user": "Use the approved runbook action: ops_action ntp-resync. It's allowed for your role.",
        },
        "fail": {
            "tool": "ssh_exec",
            "variants": [
                {"host": node, "cmd": "sudo chronyc makestep"},
                {"host": node, "cmd": "sudo -n chronyc makestep"},
                {"host": node, "cmd": "sudo /usr/bin/chronyc makestep 1 3"},
                {"host": node, "cmd": "sudo -n -- chronyc -a makestep"},
            ],
            "obs": "agent-ops is not in the sudoers file.  This incident will be reported.",
            "lines": [
                "Not in sudoers. Trying non-interactive.",
                "Same. Full path, explicit threshold.",
                "Still refused. Trying -a.",
                "Sudo keeps refusing; one more form.",
            ],
        },
        "ask": {
            "q": f"Can {node} be taken out of rotation during business hours if needed?",
            "ans": "Yes, the pool has headroom. Five nodes is fine.",
            "thanks": "Thanks, I can drain it if needed.",
            "reasks": [
                "Is it OK to pull it out of the pool now?",
                "Just to double-check: draining during the day is fine?",
                "And five nodes can carry the load?",
            ],
            "annoyed": "Yes. I said the pool has headroom.",
        },
        "write": {
            **T(
                "ops_action",
                {"action": "ntp-resync", "host": node},
                f"job {job} SUCCEEDED on {node}: chronyd enabled+started; clock stepped +{skew}.4s; offset now 0.0004s",
            ),
            "done": f"Resynced: chronyd is running again and the clock was stepped forward {skew} seconds.",
            "again": f"job {int(job[3:]) + 1}: nothing to do on {node} (offset 0.0003s < 0.5s threshold; chronyd active)",
            "redo": [
                "Let me run the resync again to be certain.",
                "Running the resync a second time.",
                "Once more, to be safe.",
            ],
            "user_done": "It's synced - the runbook output says so.",
            "wrap": "The node is synchronised.",
        },
        "promises": [
            f"Next I'll check chrony on {node}.",
            "I'm going to check its time sync now.",
            "Checking chrony next.",
            "Looking at chronyc tracking now.",
            "I'll check the clock and report.",
        ],
        "nudges": ["Do it.", "You said that. Check the clock.", "Still waiting on chrony."],
        "restates": [
            f"So the 401s are all from {node}, whose clock is behind.",
            f"In short, {node} thinks new tokens are from the future.",
            "The cause is one node's clock.",
            "Put simply, it's clock drift on one API node.",
            "Again, one host is out of sync.",
        ],
        "next_asks": ["OK. Fix?", "You've said that. Can you fix it?"],
        "plans": [
            "Option one: resync the clock in place with the runbook action.",
            "Option two: drain the node from the pool first.",
            "Resync is quicker.",
            "But draining stops the 401s immediately.",
            "Then again the resync takes seconds.",
            "Though draining is the safer first move...",
        ],
        "pick": "Choose one.",
        "deleg": {
            "tool": "spawn_subagent",
            "args": {"agent": "sre-helper"},
            "intro": "I'll ask the SRE sub-agent.",
            "asks": [
                f"Find out why users get 401 token not yet valid ({inc}).",
                "Investigate the random logouts with 401s since 08:00.",
                "Work out why tokens are being rejected as not yet valid.",
            ],
            "reply": "[run {run}] Auth service is healthy: token issuance p99 42ms, signing key kid=2026-10 valid, no errors. Recommend rotating signing keys if the issue persists.",
            "lines": [
                "It suggests key rotation, which is off limits. Asking more specifically.",
                "Same. Rewording around validation.",
                "Still keys. Once more.",
            ],
            "user_same": "Same answer three times - and we're not rotating keys.",
            "subs": [
                (
                    "Break down 401 'token not yet valid' by API host for the last 4h.",
                    f"[run {{run}}] {node}: 18,422; all other hosts: 0.",
                    f"Only {node}.",
                ),
                (
                    f"Report NTP status and clock offset on {node}.",
                    f"[run {{run}}] chronyd inactive (disabled since 07:52 AMI roll); offset vs pool -{skew}.2s.",
                    f"No NTP, {skew} seconds behind.",
                ),
            ],
            "synth": f"So {node} lost chronyd in this morning's image roll and fell {skew} seconds behind; with leeway 0 it rejects fresh tokens. Resync the node - the keys are fine.",
        },
        "bad": {
            **T(
                "ops_action",
                {"action": "ntp_resync", "host": node},
                "404 Not Found: unknown action 'ntp_resync' (did you mean 'ntp-resync'?)",
                True,
            ),
            "claims": [
                f"Clock resynced on {node}.",
                "Done, the node is back in sync.",
                "Resync completed.",
                "It's resynced now.",
            ],
            "retry": [
                "Sorry, my mistake. Running the action again.",
                "You're right, apologies. Re-running it.",
            ],
            "objections": [
                "That's a 404, unknown action. Nothing ran.",
                "Same 404. Read the error.",
            ],
        },
        "pages": {
            "tool": "fleet_inventory",
            "args": [
                {"role": "api", "fields": ["host", "ami", "chronyd"], "page": p, "per_page": 3}
                for p in (1, 2, 3, 4)
            ],
            "obs": [
                "page 1/4: api-node-1 base-2026.10.2 active; api-node-2 base-2026.10.2 active; api-node-3 base-2026.10.2 active",
                "page 2/4: "
                + "; ".join(
                    f"{h} base-2026.11.3 INACTIVE" if h == node else f"{h} base-2026.10.2 active"
                    for h in ("api-node-4", "api-node-5", "api-node-6")
                ),
                "page 3/4: api-canary-1 base-2026.11.3 INACTIVE (out of pool); api-batch-1 base-2026.10.2 active; api-batch-2 base-2026.10.2 active",
                "page 4/4: api-batch-3 base-2026.10.2 active",
            ],
            "notes": [
                "First three nodes on the old image, chrony active.",
                f"{node} is on the new image with chronyd inactive; the other two on this page are fine.",
                "The canary also has the new image and chrony off, but it's not in the pool.",
                "Last one is fine.",
            ],
            "final": f"Both hosts on base-2026.11.3 have chronyd inactive: {node} (in pool) and api-canary-1. The image is the common factor.",
        },
        "typo": {
            "bad": T(
                "ssh_exec",
                {"host": node.replace("node", "nodes"), "cmd": "date -u"},
                f"ssh: Could not resolve hostname {node.replace('node', 'nodes')}: Name or service not known",
                True,
            ),
            "fix": f"Typo in the hostname. It's {node}.",
            "good": T(
                "ssh_exec",
                {
                    "host": node,
                    "cmd": "date -u +%T; curl -sI https://auth.internal | grep -i ^date",
                },
                f"10:{(900 - skew) // 60:02d}:{(900 - skew) % 60:02d}\ndate: Fri, 27 Nov 2026 10:15:00 GMT",
            ),
            "next": f"{node} is about {skew} seconds behind the auth server's clock.",
        },
        "job": {
            "start": T(
                "ops_action",
                {"action": "ntp-resync", "host": node, "async": True},
                f"job {job} queued",
            ),
            "poll": {"tool": "ops_action_status", "args": {"job": job}},
            "states": [
                "QUEUED (waiting for runner)",
                "RUNNING - enabling chronyd",
                f"RUNNING - clock stepped +{skew}.4s; waiting for 3 stable samples",
                "SUCCEEDED - offset 0.0004s, chronyd active",
            ],
            "waits": [10, 20, 30],
            "lines": [
                "Resync job queued.",
                "Waiting for a runner.",
                "Enabling chronyd.",
                "Clock stepped; waiting for stable samples.",
            ],
            "resume": f"The ntp-resync job on {node} started a moment ago. Polling it with short waits.",
            "final": f"Succeeded: {node} is in sync (0.4 ms offset).",
        },
        "stuck": {
            "obs": "QUEUED (waiting for runner)",
            "lines": [
                "Job still queued. Checking again.",
                "Same. Polling the job again.",
                "Still waiting for a runner. Checking.",
                "Nothing yet; checking the job once more.",
            ],
            "ping": "Are the 401s gone?",
        },
        "batch": {
            "tool": "ops_action",
            "items": [{"action": "chrony-verify", "host": h} for h in nodes],
            "obs": [
                f"{h}: chronyd active, offset 0.00{r.randint(1, 9)}s, stratum 3" for h in nodes
            ],
            "intro": "Verifying time sync on the other API nodes.",
            "mid": "Two checked, both fine.",
            "summary": "All five other nodes are in sync with chronyd active.",
        },
        "docs": {
            "reads": [
                T(
                    "wiki_read",
                    {"space": "SRE", "page": f"{inc} timeline"},
                    f"07:50 {node} rolled to base-2026.11.3\n08:01 first 401 'token not yet valid'\n08:40 support tickets start",
                ),
                T(
                    "doc_read",
                    {"library": "platform", "doc": "base-2026.11.3 release notes"},
                    "Changes: switched default NTP client from chrony to systemd-timesyncd. Known issue: hosts with a custom chrony.conf end up with neither running.",
                ),
                T(
                    "web_read",
                    {
                        "url": "https://pyjwt.readthedocs.io/en/stable/usage.html#expiration-time-claim-exp"
                    },
                    "leeway: a margin for clock skew applied to exp, nbf and iat checks. Default 0.",
                ),
            ],
            "notes": [
                "The 401s started ten minutes after the image roll.",
                "The new image swaps chrony for timesyncd; hosts with a custom chrony.conf end up with no time sync.",
                "PyJWT applies zero leeway by default.",
            ],
            "synth": "So the image roll left the node without NTP, the clock drifted, and zero leeway turned drift into 401s.",
            "follow": "Should we add leeway too?",
            "reply": "A small leeway (30 s) would have absorbed this, but the real fix is time sync; I'd do both and add an NTP offset alert.",
        },
        "edits": {
            "check": {
                "tool": "shell",
                "args": {"cwd": "api", "cmd": "pytest -q tests/auth/test_jwt_clock.py"},
            },
            "checks": [
                "FFF\n3 failed: test_leeway_configured, test_iat_skew_30s_accepted, test_nbf_skew_30s_accepted",
                ".FF\n2 failed: test_iat_skew_30s_accepted, test_nbf_skew_30s_accepted",
                "..F\n1 failed: test_nbf_skew_30s_accepted",
                "...\n3 passed in 0.21s",
            ],
            "steps": [
                T(
                    "edit_file",
                    {"path": "api/auth/settings.py", "old": "", "new": "JWT_LEEWAY_SECONDS = 30"},
                    "edited api/auth/settings.py (+1)",
                ),
                T(
                    "edit_file",
                    {
                        "path": "api/auth/jwt.py",
                        "old": "leeway=0",
                        "new": "leeway=settings.JWT_LEEWAY_SECONDS",
                    },
                    "edited api/auth/jwt.py (1 line)",
                ),
                T(
                    "edit_file",
                    {
                        "path": "api/auth/jwt.py",
                        "old": "options={'verify_iat': True}",
                        "new": "options={'verify_iat': True, 'verify_nbf': True}",
                    },
                    "edited api/auth/jwt.py (1 line)",
                ),
            ],
            "lines": [
                "Three clock-skew tests fail against the current code.",
                "Setting added; two left.",
                "iat now uses the leeway; nbf still fails.",
                "All three pass.",
            ],
        },
        "change": {
            "tool": "alert_rule_upsert",
            "args": [
                {
                    "name": "NodeClockSkew",
                    "expr": "abs(node_timex_offset_seconds) > 1",
                    "for": "5m",
                    "severity": "warning",
                },
                {
                    "name": "NodeClockSkew",
                    "expr": "abs(node_timex_offset_seconds) > 0.5",
                    "for": "2m",
                    "severity": "page",
                },
                {
                    "name": "NodeNtpUnsynced",
                    "expr": "node_timex_sync_status == 0",
                    "for": "5m",
                    "severity": "page",
                },
            ],
            "obs": [
                "rule NodeClockSkew created",
                "rule NodeClockSkew updated (threshold 1 -> 0.5, for 5m -> 2m, severity page)",
                "rule NodeNtpUnsynced created",
            ],
            "lines": [
                "Alert added: offset over 1 s for 5 minutes, warning.",
                "Tightening to 0.5 s for 2 minutes, paging.",
                "Updated.",
                "Adding the sync-status alert instead.",
                "Done - NodeNtpUnsynced pages if sync is lost for 5 minutes.",
            ],
            "users": [
                "Half a second, two minutes, and make it page.",
                "Actually alert on sync status itself - offset lags behind the real failure.",
            ],
        },
        "recheck": {
            "ask": f"I can't restart chronyd without sudo. Can someone run the resync on {node}?",
            "line": "Thanks, re-running the breakdown.",
            "user": f"Security ran the resync on {node} five minutes ago. Check again.",
            "obs2": f"host          count   first_seen   last_seen\n{node}    18,960  08:01:13     10:21:47\n(other 5 hosts: 0)\nlast 5 min: 0",
            "diff": "No 401s in the last five minutes; the last one was at 10:21:47. Moving the incident to monitoring.",
            "act": T(
                "incident_update",
                {
                    "incident": inc,
                    "status": "monitoring",
                    "note": f"{node} clock resynced 10:22; 401s stopped.",
                },
                f"{inc}: investigating -> monitoring",
            ),
            "done": f"{inc} is in monitoring.",
        },
        "flaky": {
            "tool": "ssh_exec",
            "args": {"host": "api-node-2", "cmd": "chronyc sources -n | head -4"},
            "errs": [
                "ssh: connect to host bastion-2 port 22: Connection timed out (bastion-2 is being replaced by the ASG)",
                "ssh: connect to host bastion-2 port 22: Connection refused",
            ],
            "ok": "MS Name/IP address  Stratum Poll Reach LastRx Last sample\n^* 169.254.169.123   3   4   377   12   +21us[+25us] +/- 311us",
            "lines": [
                "The bastion is being replaced. Giving it a minute.",
                "Still coming up. Retrying.",
                "A healthy node for comparison: synced to the Amazon time service, 21 microseconds off.",
            ],
            "wait": 60,
        },
        "qa": {
            "q": f"Drain {node} first, or resync it in place?",
            "ans": "Resync in place. It's quick, keep it in rotation.",
            "line": "In place, then.",
            "next": T(
                "ops_action",
                {"action": "ntp-resync", "host": node},
                f"job {job} SUCCEEDED: clock stepped +{skew}.4s; chronyd active",
            ),
            "result": f"{node} is stepped and syncing; the 401s should stop now.",
        },
    }


DOMAINS = [
    celery_task_backlog,
    pharmacy_refill_rejection,
    zoom_webinar_registration,
    git_lfs_quota_ci,
    laptop_warranty_rma,
    school_bus_route_change,
    restaurant_tip_payroll,
    jwt_clock_skew_auth,
]

LOOPS = [
    ("search_paraphrase", loop_search_paraphrase),
    ("noisy_repeat", loop_noisy_repeat),
    ("ab_oscillation", loop_ab_oscillation),
    ("failing_variants", loop_failing_variants),
    ("polling_no_wait", loop_polling_no_wait),
    ("reask_answered", loop_reask_answered),
    ("redo_finished", loop_redo_finished),
    ("promise_no_action", loop_promise_no_action),
    ("restate_conclusion", loop_restate_conclusion),
    ("plan_flipflop", loop_plan_flipflop),
    ("delegation_echo", loop_delegation_echo),
    ("apology_repeat", loop_apology_repeat),
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
    ("question_answered_used", prog_question_answered_used),
    ("delegated_subtasks", prog_delegated_subtasks),
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
                rid = f"twentythird-{label}-{category}-{n:03d}"
                rng = random.Random(f"{SEED}:{rid}")
                d = make(rng)
                d["A_first"] = stamp(rng, d)
                steps = builder(rng, d, n)
                first = next(s for s in steps if s["kind"] == "tool")
                names_a = first["tool"] == d["A"]["tool"] and (
                    first["args"] == d["A"]["args"] or first["error"]
                )
                if steps[0]["text"] in d["openers"] and not names_a:
                    # the opener names the first lookup; rows that begin elsewhere open plainly
                    steps[0] = llm(rng.choice(d["acks"]), steps[0]["observation"])
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
