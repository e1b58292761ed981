"""A result's cursor keys and a call's cursor arguments are two patterns.

The result's pattern (``_CURSOR_KEY``: ``next_marker``, ``next_token``, ``page_cursor``...) was
bound a second time, further down the module, to the arguments' narrower one, so a page served
again under a freshly minted ``next_marker`` or ``next_token`` read as a new page. Each now has a
name of its own (``_ARG_CURSOR_KEY`` for arguments).
"""

from __future__ import annotations

import json

import pytest

from policies._loops import _ARG_CURSOR_KEY, _CURSOR_KEY, _result_key


def _page(ids: list[str], **cursor: str) -> str:
    return json.dumps({"items": [{"id": i} for i in ids], **cursor})


@pytest.mark.parametrize("key", ["next_marker", "next_token", "page_cursor", "next_page"])
def test_the_same_page_under_a_fresh_cursor_is_the_same_result(key: str) -> None:
    first = _page(["A-1", "A-2"], **{key: "eyJvZmZzZXQiOjJ9Qm"})
    again = _page(["A-1", "A-2"], **{key: "kX9aQm2LpW7zR0"})
    assert _result_key(first) == _result_key(again)


def test_another_page_stays_another_result() -> None:
    first = _page(["A-1", "A-2"], next_marker="eyJvZmZzZXQiOjJ9Qm")
    second = _page(["A-3", "A-4"], next_marker="kX9aQm2LpW7zR0")
    assert _result_key(first) != _result_key(second)


def test_the_two_patterns_are_not_one() -> None:
    assert _CURSOR_KEY is not _ARG_CURSOR_KEY
    assert _CURSOR_KEY.fullmatch("next_marker") is not None
    assert _ARG_CURSOR_KEY.fullmatch("starting_after") is not None
