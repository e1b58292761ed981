"""Round 30's rules, each with a loop it catches and a look-alike of progress it spares.

Two agents trading thanks and acknowledgements, each answering the other's, with nothing
asked or told, is idle talk (the thank-you loop of multi-agent chats).

The same call asked again with the items of a list argument in another order, answered the
same, asked for nothing new. A result's request id or duration under another spelling
("req_id", "traceId", "dur_ms") is per-call noise, as "request_id" is. And a clock time
written into a short name (the 10:15 train, the 07:30 class) names another entity, where a
clock time standing as a value of its own is a client's stamp.
"""

from __future__ import annotations

import json

import pytest
from loop_replay import STRUCTURAL, replay

from policies._loops import LoopTracker, Step, differ_in_entity

TASK = "Pull the assay results for the five cores from Tuesday's drilling."
CORES = ["DH-114", "DH-115", "DH-117", "DH-120", "DH-121"]
RESULT = json.dumps(
    {
        "cores": [{"core": c, "au_gpt": 1.2 + k / 10} for k, c in enumerate(CORES)],
        "lab": "Kalgoorlie",
    }
)


def _assays(order: list[int], result: str = RESULT) -> Step:
    cores = [CORES[k] for k in order]
    return Step.tool_call(
        "get_assays", {"cores": cores, "elements": ["Au"], "lab": "KAL"}, observation=result
    )


ORDERS = [[0, 1, 2, 3, 4], [4, 2, 0, 1, 3], [1, 3, 4, 0, 2], [2, 0, 3, 4, 1], [3, 4, 1, 2, 0]]


def test_the_same_list_in_another_order_with_the_same_result_is_the_same_call() -> None:
    steps = [Step.llm("Pulling the assays.", observation=TASK)]
    steps += [_assays(order) for order in ORDERS]
    levels = replay(steps)
    found = [f for _, fs in levels for f in fs if f["detector"] == "action_observation"]
    assert found, levels
    assert "act" in [level for level, _ in levels]


def test_another_order_of_the_list_answered_otherwise_is_not_a_repeat() -> None:
    # A list whose order matters (a route, a sort order) changes the result when reordered.
    steps = [Step.llm("Pulling the assays.", observation=TASK)]
    for k, order in enumerate(ORDERS):
        ranked = json.dumps({"cores": [CORES[i] for i in order], "page": 1, "run": k})
        steps.append(_assays(order, ranked))
    assert all(level == "none" for level, _ in replay(steps))


@pytest.mark.parametrize(("tool", "same"), [("get_assays", True), ("todo_write", False)])
def test_only_a_read_with_its_list_reordered_is_the_same_call(tool: str, same: bool) -> None:
    # A write's reply may not show the order it wrote (a plan's steps reordered).
    one = Step.tool_call(tool, {"items": ["a", "b", "c"]}, observation="ok: 3 items")
    two = Step.tool_call(tool, {"items": ["c", "a", "b"]}, observation="ok: 3 items")
    tracker = LoopTracker(STRUCTURAL)
    tracker.observe(one)
    tracker.observe(two)
    assert (two.action_key == one.action_key) is same


def test_other_cores_each_time_are_progress() -> None:
    steps = [Step.llm("Pulling the assays core by core.", observation=TASK)]
    for core in CORES:
        result = json.dumps({"cores": [{"core": core, "au_gpt": 1.5}], "lab": "Kalgoorlie"})
        steps.append(
            Step.tool_call("get_assays", {"cores": [core], "elements": ["Au"]}, observation=result)
        )
    assert all(level == "none" for level, _ in replay(steps))


def _stock(req: str, took: int, spelling: tuple[str, str]) -> Step:
    rid, dur = spelling
    result = {"sku": "LAMB-12", "on_hand": 14, "reserved": 3, rid: req, dur: took}
    return Step.tool_call("stock_get", {"sku": "LAMB-12"}, observation=json.dumps(result))


@pytest.mark.parametrize(
    "spelling",
    [("req_id", "dur_ms"), ("requestId", "durationMs"), ("X-Request-Id", "latency_ms")],
)
def test_a_request_id_and_a_duration_under_other_spellings_are_noise(
    spelling: tuple[str, str],
) -> None:
    one, two = _stock("sb6d6eeb00", 262, spelling), _stock("sbbdba2301", 744, spelling)
    assert one.observation_key == two.observation_key
    moved = Step.tool_call(
        "stock_get",
        {"sku": "LAMB-12"},
        observation=json.dumps({"sku": "LAMB-12", "on_hand": 11, spelling[0]: "x"}),
    )
    assert moved.observation_key != one.observation_key


def test_a_record_read_again_and_again_with_only_its_req_id_changing_acts() -> None:
    steps = [Step.llm("Checking the stock.", observation="Is LAMB-12 back in stock?")]
    for k in range(5):
        steps += [
            _stock(f"sb{k}f{k}a9c{k}0", 200 + 37 * k, ("req_id", "dur_ms")),
            Step.llm(f"Still 14 on hand. Reading it again ({k})."),
        ]
    assert "act" in [level for level, _ in replay(steps)]


def test_a_req_id_argument_still_names_what_is_looked_up() -> None:
    one = Step.tool_call("request_get", {"req_id": "PR-0931"}, observation="state PENDING")
    two = Step.tool_call("request_get", {"req_id": "PR-0944"}, observation="state PENDING")
    assert one.action_key != two.action_key


def _register(train: str, departed: str, arrived: str) -> Step:
    result = {"train": train, "departed": departed, "arrived": arrived, "checked_at": "x"}
    return Step.tool_call("register_get", {"train": train}, observation=json.dumps(result))


def test_a_clock_time_inside_a_short_name_names_another_entity() -> None:
    one = _register("10:15 Sheffield Park", "10:16", "10:58")
    two = _register("12:30 Sheffield Park", "12:41", "13:22")
    assert differ_in_entity(one, two)
    respelled = _register("10:15 sheffield  park", "10:16", "10:58")
    assert not differ_in_entity(one, respelled)


def test_two_registers_compared_train_by_train_are_progress() -> None:
    trains = [
        ("10:15 Sheffield Park", "10:16", "10:58"),
        ("11:15 Kingscote", "11:15", "12:02"),
        ("12:30 Sheffield Park", "12:41", "13:22"),
        ("13:45 Kingscote", "13:46", "14:30"),
        ("15:00 Sheffield Park", "15:02", "15:44"),
    ]
    steps = [Step.llm("Comparing the register with the journals.", observation=TASK)]
    for train, dep, arr in trains:
        steps.append(_register(*(train, dep, arr)))
        journal = {"train": train, "departed": dep, "arrived": arr, "checked_at": "y"}
        steps.append(
            Step.tool_call("journal_get", {"train": train}, observation=json.dumps(journal))
        )
    assert all(level == "none" for level, _ in replay(steps))


HANDOVER = "Hand the night's intake figures to the day-shift agent."


def _send(body: str, reply: str, to: str = "day-shift-agent") -> Step:
    result = {"delivered": True, "reply_from": to, "reply": reply, "request_id": "r-1"}
    return Step.tool_call("send_message", {"to": to, "body": body}, observation=json.dumps(result))


def _handover() -> list[Step]:
    return [
        Step.llm("Sending the intake figures.", observation=HANDOVER),
        _send("Night intake: 14 admissions, 3 transfers, bed 12 needs a deep clean.", "Got it."),
    ]


COURTESIES = [
    ("Thanks for confirming.", "Acknowledged."),
    ("Great, thank you.", "Thanks for the acknowledgement."),
    ("Noted, cheers.", "Noted your reply, all good here."),
    ("You're welcome, received.", "Received, thank you."),
]


def test_two_agents_trading_thanks_is_idle_talk_that_warns_then_acts() -> None:
    steps = _handover() + [_send(body, reply) for body, reply in COURTESIES]
    results = replay(steps)
    levels = [level for level, _ in results]
    assert levels[:4] == ["none"] * 4
    assert levels[4:] == ["warn", "act"]
    assert any(f.get("courtesy") == 1 for f in results[4][1])


@pytest.mark.parametrize(
    "exchange",
    [
        # Thanks, each answered with news: the other side tells something.
        [(body, f"Thanks. Bed {n} is clean now.") for n, (body, _) in enumerate(COURTESIES)],
        # Courtesies that carry a question or a figure are work.
        [
            ("Thanks, can you take bed 12 first?", "Yes."),
            ("Thanks, 14 admissions confirmed.", "Acknowledged."),
            ("Great, is the transfer list final?", "Thanks, it is."),
            ("Noted. Who signs the handover?", "Thank you."),
        ],
    ],
)
def test_messages_that_say_something_are_no_courtesy_loop(exchange: list[tuple[str, str]]) -> None:
    steps = _handover() + [_send(body, reply) for body, reply in exchange]
    assert all(level == "none" for level, _ in replay(steps))


def test_thanking_each_volunteer_once_is_progress() -> None:
    steps = [Step.llm("Thanking tonight's volunteers.", observation=HANDOVER)]
    steps += [
        _send("Thank you so much!", "Thanks, glad to help.", to=f"{name}@shelter")
        for name in ("ana", "bilal", "chen", "dora", "eli")
    ]
    assert all(level == "none" for level, _ in replay(steps))
