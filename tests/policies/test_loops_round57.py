"""Round 57's rules (studied on the sixty-ninth set after its one unseen measurement), each
with a loop it catches and a look-alike of progress it spares.

A tool that answers in XML, one root element around child elements, can stamp each message on
the root's opening tag (``<reply n="7" call="Q40291577" at="1780000123">``): a sequence
number, a token minted per call, an epoch. The root's attributes stand beside the payload as a
JSON envelope's scalars do, so those of a stamp's class (a bare number, a short prefix of
letters before six digits or more, what :func:`_envelope_stamp` reads as a stamp, and beside
them a bare number) are dropped before results are compared (``_xml_envelope_dropped``). The same payload served
again is the same answer; a payload that changes (a new state, a new page) still differs,
and attributes of other shapes (a status word, a cursor) are kept.

A write set back and forth (A, B, A) with the same words after each change, each naming the
value just set ("Switched profile to crust-B; the other one seemed better."), is the same reason
each way (``_same_reason_each_way``, which read only the value about to be set); responses that
say what each try showed are spared.

A bracketed group before a result that names the node that answered and holds an epoch under
any label ("[loft.example.org node=w7 t=1780000004311]") is the serving's stamp (``_is_envelope``):
the epoch is when, a host's dotted name beside them who. Without a server named, it is kept.
"""

from __future__ import annotations

from loop_replay import replay

from policies._loops import LoopConfig, Step, _is_envelope, _result_key


def _levels(steps: list[Step]) -> list[str]:
    return [level for level, _ in replay(steps, LoopConfig(semantic_enabled=False))]


def _reply(n: int, body: str) -> str:
    return f'<reply n="{n}" call="Q{40291577 + 37 * n}" at="{1780000100 + 11 * n}">{body}</reply>'


def test_xml_root_stamps_dropped() -> None:
    a = _result_key(_reply(1, "<kiln>K-12</kiln><phase>cooling</phase>"))
    b = _result_key(_reply(2, "<kiln>K-12</kiln><phase>cooling</phase>"))
    assert a == b
    assert "1780000" not in a


def test_xml_root_other_attributes_kept() -> None:
    a = _result_key('<page cursor="c_ab" state="open"><row>K-12</row></page>')
    b = _result_key('<page cursor="c_cd" state="open"><row>K-12</row></page>')
    assert a != b


def test_xml_root_number_alone_kept() -> None:
    # A bare number alone on the root may be a cursor: kept.
    a = _result_key('<rows next="1244"><row>K-12</row></rows>')
    b = _result_key('<rows next="2253"><row>K-12</row></rows>')
    assert a != b


def test_same_xml_payload_polled_is_caught() -> None:
    steps = [
        Step.tool_call(
            "kilns/status",
            {"kiln": "K-12"},
            observation=_reply(n, "<kiln>K-12</kiln><phase>cooling</phase><temp>412</temp>"),
        )
        for n in range(1, 7)
    ]
    assert "act" in _levels(steps)


def test_changing_xml_payload_is_spared() -> None:
    phases = ["loading", "firing", "soaking", "cooling", "cooled", "unloaded"]
    steps = [
        Step.tool_call(
            "kilns/status",
            {"kiln": "K-12"},
            observation=_reply(n, f"<kiln>K-12</kiln><phase>{phase}</phase>"),
        )
        for n, phase in enumerate(phases, 1)
    ]
    assert "act" not in _levels(steps)


def _switches(reasons: list[str], values: list[str]) -> list[Step]:
    steps = [Step.tool_call("ovens/list", {"line": "L2"}, observation='{"ovens": ["OV-3"]}')]
    for reason, value in zip(reasons, values, strict=True):
        if reason:
            steps.append(Step.llm(reason))
        steps.append(
            Step.tool_call(
                "ovens/assign",
                {"id": "OV-3", "profile": value},
                observation=f'{{"id": "OV-3", "profile": "{value}"}}',
            )
        )
    return steps


def test_same_words_after_each_switch_is_caught() -> None:
    # Each response reports the value just set, in the same words each way.
    steps = _switches(
        [
            "",
            "Switched profile to crust-B; the other one seemed better.",
            "Switched profile to soft-A; the other one seemed better.",
        ],
        ["crust-B", "soft-A", "crust-B"],
    )
    assert "act" in _levels(steps) or "warn" in _levels(steps)
    fired = {
        f["detector"]
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }
    assert "alternation" in fired


def test_what_each_try_showed_is_spared() -> None:
    steps = _switches(
        [
            "",
            "Switched profile to crust-B; the crust burned at the edges.",
            "Switched profile to soft-A; the loaves came out pale, so a middle setting next.",
        ],
        ["crust-B", "soft-A", "crust-B"],
    )
    fired = {
        f["detector"]
        for _, found in replay(steps, LoopConfig(semantic_enabled=False))
        for f in found
    }
    assert "alternation" not in fired


def _served(n: int, body: str) -> str:
    return f"[loft.example.org node=w{n * 7} t={1780000000000 + 4311 * n}] | {body}"


def test_group_naming_server_and_epoch_is_envelope() -> None:
    assert _result_key(_served(1, "hive: H-4 | frames: 9")) == _result_key(
        _served(2, "hive: H-4 | frames: 9")
    )
    # Without a server named, a dotted name beside an epoch may be the answer's: kept.
    assert not _is_envelope("[ledger.csv t=1780000004311]")


def test_same_answer_from_other_nodes_is_caught() -> None:
    steps = [
        Step.tool_call("hives/get", {"id": "H-4"}, observation=_served(n, "hive: H-4 | frames: 9"))
        for n in range(1, 7)
    ]
    assert "act" in _levels(steps)


def test_new_answer_from_other_nodes_is_spared() -> None:
    steps = [
        Step.tool_call(
            "hives/get", {"id": f"H-{n}"}, observation=_served(n, f"hive: H-{n} | frames: {n + 3}")
        )
        for n in range(1, 7)
    ]
    assert "act" not in _levels(steps)
