"""Round 69's rules (studied on the eighty-first set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

All three are serving noise a detector read as news. A ``key=value`` record's field that
times the call ("elapsed_ms=412") is masked as a JSON result's ``elapsed_ms`` is dropped
(``_TIMING``). An HTTP header of W3C's Server-Timing ("app;dur=627"), the server's own timing
of the serving, is a stamp header (``_SERVER_TIMING``, in ``_stamp_header``). And an HTTP
message of failure ("HTTP/1.1 403 Forbidden", headers, a blank line, a body) drops its stamp
headers as a message of success does, keeping its status line and its ``Retry-After``
(``_HTTP_FAILURE``, ``_RETRY_ADVICE``).
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import LoopConfig, Step, _result_key


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _fired(steps: list[Step]) -> set[str]:
    return {
        str(f["detector"])
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }


# -- A record's field that times the call ----------------------------------------------------


def _status(elapsed: int, trace: str, node: str, state: str = "waiting") -> str:
    return (
        f"result=ok\nbatch=KB-2207\nstate={state}\nslot=4\ntrace_id={trace}\n"
        f"ts=2026-05-04T09:{10 + elapsed % 50}:07.118Z\nelapsed_ms={elapsed}\nnode={node}"
    )


def test_elapsed_field_of_a_record_is_masked() -> None:
    one = _status(412, "0f3a9b7c21d4e5f60718", "kiln-api-2")
    two = _status(95, "9e8d7c6b5a4f3e2d1c0b", "kiln-api-7")
    assert _result_key(one) == _result_key(two)


def test_record_whose_state_moved_is_kept_apart() -> None:
    one = _status(412, "0f3a9b7c21d4e5f60718", "kiln-api-2")
    moved = _status(95, "9e8d7c6b5a4f3e2d1c0b", "kiln-api-7", state="firing")
    assert _result_key(one) != _result_key(moved)
    # A field counted in other units than a call's timing is the record's own.
    assert _result_key("batch=KB-2207 soak_min=40") != _result_key("batch=KB-2207 soak_min=55")


_TRACES = ("0f3a9b7c21d4e5f60718", "9e8d7c6b5a4f3e2d1c0b", "a1b2c3d4e5f60718293a")


def _polls(states: list[str]) -> list[Step]:
    steps = [Step.llm("Firing batch KB-2207 is started; I'll check on it.", observation="Go.")]
    for k, state in enumerate(states):
        steps.append(
            Step.tool_call(
                "kiln.batch.status",
                {"batch": "KB-2207"},
                observation=_status(100 + 37 * k, _TRACES[k % 3], f"kiln-api-{k % 4}", state),
            )
        )
        steps.append(Step.llm(f"KB-2207 reads {state}; looking again shortly."))
    return steps


def test_job_polled_to_the_same_record_is_caught() -> None:
    steps = _polls(["waiting"] * 5)
    assert "act" in _levels(steps)
    assert "action_observation" in _fired(steps)


def test_job_polled_as_it_moves_is_spared() -> None:
    steps = _polls(["waiting", "heating", "soaking", "cooling", "done"])
    assert "act" not in _levels(steps)


# -- An HTTP Server-Timing header ------------------------------------------------------------


def _message(status: str, timing: str, rid: str, body: str, extra: str = "") -> str:
    return (
        f"{status}\nDate: Mon, 04 May 2026 09:1{len(rid) % 10}:07 GMT\n"
        f"Content-Type: application/json\nX-Request-Id: {rid}\nServer-Timing: {timing}\n"
        f"{extra}\n{body}"
    )


def test_server_timing_header_is_masked() -> None:
    body = '{"batch": "KB-2207", "cone": 6}'
    one = _message("HTTP/1.1 200 OK", "app;dur=627", "r_1a2b3c4d", body)
    two = _message("HTTP/1.1 200 OK", 'db;dur=53, cache;desc="Cache Read";dur=23.2', "r_9", body)
    assert _result_key(one) == _result_key(two)


def test_server_timing_spares_the_body_and_other_values() -> None:
    one = _message("HTTP/1.1 200 OK", "app;dur=627", "r_1a2b3c4d", '{"cone": 6}')
    moved = _message("HTTP/1.1 200 OK", "app;dur=12", "r_9e8d7c6b", '{"cone": 8}')
    assert _result_key(one) != _result_key(moved)
    # A header value with no duration in it is no timing.
    plain = _message("HTTP/1.1 200 OK", "miss", "r_1a2b3c4d", '{"cone": 6}')
    other = _message("HTTP/1.1 200 OK", "hit", "r_9e8d7c6b", '{"cone": 6}')
    assert _result_key(plain) != _result_key(other)


def _swing(values: list[int]) -> list[Step]:
    steps = [Step.llm("I'll tune the cone so the glaze check passes.", observation="Tune it.")]
    for k, cone in enumerate(values):
        timing = f"app;dur={40 + 91 * k}"
        steps.append(
            Step.tool_call(
                "PATCH /kiln/batches/{id}",
                {"id": "KB-2207", "cone": cone},
                observation=_message(
                    "HTTP/1.1 200 OK", timing, f"r_{k:02d}a1b2c3", f'{{"cone": {cone}}}'
                ),
            )
        )
        steps.append(
            Step.tool_call(
                "POST /kiln/batches/{id}/glaze-check",
                {"id": "KB-2207"},
                observation=_message(
                    "HTTP/1.1 200 OK",
                    f"app;dur={7 + 53 * k}",
                    f"r_{k:02d}d4e5f6",
                    f'{{"cone": {cone}, "passed": false, "crazing": {str(cone > 7).lower()}}}',
                ),
            )
        )
        steps.append(Step.llm(f"Cone {cone} fails the glaze check; trying the other setting."))
    return steps


def test_setting_swung_back_and_forth_behind_server_timing_is_caught() -> None:
    steps = _swing([6, 9, 6, 9, 6, 9])
    assert "act" in _levels(steps)
    assert "cycle" in _fired(steps)


def test_setting_searched_through_new_values_is_spared() -> None:
    steps = _swing([6, 9, 7, 8, 5, 10])
    assert "act" not in _levels(steps)


# -- An HTTP message of failure --------------------------------------------------------------


_DENIED = '{"error": {"code": "forbidden", "message": "key kiln:read may not write batches"}}'


def _failure(status: str, k: int, body: str = _DENIED, retry: str = "") -> str:
    extra = f"X-RateLimit-Remaining: {900 - 3 * k}\nVia: 1.1 kiln-edge-{k % 5}\n{retry}"
    return _message(status, f"app;dur={30 + 17 * k}", f"r_{k:02d}fe9a8b", body, extra)


def test_failure_message_drops_its_stamp_headers() -> None:
    one = _failure("HTTP/1.1 403 Forbidden", 1)
    two = _failure("HTTP/1.1 403 Forbidden", 4)
    assert _result_key(one) == _result_key(two)


def test_failure_message_keeps_its_status_and_retry_advice() -> None:
    assert _result_key(_failure("HTTP/1.1 403 Forbidden", 1)) != _result_key(
        _failure("HTTP/1.1 429 Too Many Requests", 4)
    )
    soon = _failure("HTTP/1.1 503 Service Unavailable", 1, retry="Retry-After: 5\n")
    later = _failure("HTTP/1.1 503 Service Unavailable", 4, retry="Retry-After: 60\n")
    assert _result_key(soon) != _result_key(later)


def _retries(outcomes: list[str]) -> list[Step]:
    steps = [Step.llm("Releasing batch KB-2207.", observation="Release KB-2207 today.")]
    for k, outcome in enumerate(outcomes, start=1):
        if outcome == "ok":
            result = _message(
                "HTTP/1.1 201 Created", "app;dur=44", f"r_{k:02d}0c0ffe", '{"released": true}'
            )
        else:
            result = _failure("HTTP/1.1 403 Forbidden", k)
        steps.append(
            Step.tool_call(
                "POST /kiln/releases",
                {"batch": "KB-2207", "attempt": k},
                observation=result,
                error=outcome != "ok",
            )
        )
        steps.append(Step.llm(f"Refused; waiting {2**k}s before attempt {k + 1}."))
    return steps


def test_same_payload_retried_against_the_same_refusal_is_caught() -> None:
    steps = _retries(["denied"] * 5)
    assert "act" in _levels(steps)
    assert "action_error" in _fired(steps)


def test_retry_that_goes_through_is_spared() -> None:
    steps = _retries(["denied", "denied", "ok"])
    assert "act" not in _levels(steps)
