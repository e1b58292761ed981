"""Policy files found by the bad-input audit: numbers past what the ledger can count.

A price of ``1e20`` dollars per million tokens (or a ``max_tokens`` setting of ten billion)
used to pass ``check-policy``; the first call's worst case then overflowed the SQLite ledger's
64-bit integers, the governor failed on every call and the run ended (exit 4) on
``OverflowError('Python int too large to convert to SQLite INTEGER')``. Each is now refused
with the file, the field path, the largest value taken and what was found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from policies import PolicyFileError, load_policy, load_policy_text

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        (
            '[prices."openai:gpt-4o"]\ninput_per_mtok = 1e20\n',
            'prices."openai:gpt-4o".input_per_mtok',
            "expected less than or equal to 1000000, found 1e+20",
        ),
        (
            '[prices."local:llama"]\ninput_per_mtok = 0\noutput_per_mtok = 2000000\n',
            'prices."local:llama".output_per_mtok',
            "expected less than or equal to 1000000, found 2000000",
        ),
        (
            "[limits]\ndefault_max_tokens = 10000000000\n",
            "limits.default_max_tokens",
            "expected less than or equal to 1000000000, found 10000000000",
        ),
        (
            "[on_shortfall]\nmin_max_tokens = 10000000000\n",
            "on_shortfall.min_max_tokens",
            "expected less than or equal to 1000000000, found 10000000000",
        ),
    ],
)
def test_a_number_past_what_the_ledger_counts_is_refused(
    text: str, path: str, expected: str
) -> None:
    with pytest.raises(PolicyFileError) as caught:
        load_policy_text(text, source="policy.toml")
    message = str(caught.value)
    assert "policy.toml" in message
    assert f"{path}: {expected}; use a smaller number." in message


def test_the_largest_price_and_max_tokens_are_taken() -> None:
    config = load_policy_text(
        '[prices."local:llama"]\ninput_per_mtok = 1000000\noutput_per_mtok = 1000000\n'
        "[limits]\ndefault_max_tokens = 1000000000\n"
    )
    assert config.limits.default_max_tokens == 1_000_000_000


@pytest.mark.parametrize("pattern", ["(a+)+$", "(\\w+\\s?)*x", "(?:ok|(a*))+!"])
def test_a_stream_rule_that_backtracks_for_hours_is_refused(pattern: str) -> None:
    """Before: ``pattern = '(a+)+$'`` passed check-policy; a scripted answer of 40 a's and a
    b then froze ``supervise run`` for good: the rule ran on the event loop, so every agent,
    the governor and Ctrl-C waited on it (it had to be killed). Now the file is refused."""
    text = f"[[stream_rules]]\nname = \"r\"\npattern = '{pattern}'\n"
    with pytest.raises(PolicyFileError) as caught:
        load_policy_text(text, source="policy.toml")
    message = str(caught.value)
    assert "stream_rules[0].pattern: expected a pattern with no repeat inside a repeat" in message
    assert "catastrophic backtracking" in message
    assert "possessive ('a++') or atomic ('(?>a+)')" in message


@pytest.mark.parametrize(
    "pattern",
    ["sk-[A-Za-z0-9_-]{20,}", "-----BEGIN [A-Z ]*PRIVATE KEY-----", "(ab)+", "(a++)+", "(?>a+)+"],
)
def test_stream_rules_without_a_repeat_in_a_repeat_are_taken(pattern: str) -> None:
    text = f"[[stream_rules]]\nname = \"r\"\npattern = '{pattern}'\n"
    assert load_policy_text(text).stream_rules[0].pattern == pattern


@pytest.mark.parametrize(
    "url",
    [
        "localhost:8000",
        "http://",
        "not a url at all",
        "http://127.0.0.1:99999/v1",
        "ftp://files.example.com/v1",
    ],
)
def test_a_base_url_no_client_can_use_is_refused_before_anything_runs(url: str) -> None:
    """Before: these passed check-policy; the first call failed, was retried and restarted
    until the agent's supervisor gave up (exit 4), and port 99999 said only
    "ExceptionGroup('unhandled errors in a TaskGroup', [OverflowError('connect(): port must be
    0-65535.')])". Now the file is refused, naming the field, what is expected and found."""
    text = f'[providers.oai]\nkind = "openai"\nbase_url = "{url}"\n'
    with pytest.raises(PolicyFileError) as caught:
        load_policy_text(text, source="policy.toml")
    assert (
        'providers.oai.base_url: expected a URL such as "http://localhost:8000/v1" (http:// or '
        f"https://, a host, and a port of 0 to 65535 if any), found {url!r}; write the "
        "server's address in full."
    ) in str(caught.value)


def test_a_bad_base_url_is_quoted_without_its_password() -> None:
    text = '[providers.oai]\nkind = "openai"\nbase_url = "http://u:pw-secret-77@h:port/v1"\n'
    with pytest.raises(PolicyFileError) as caught:
        load_policy_text(text)
    assert "pw-secret-77" not in str(caught.value)
    assert "providers.oai.base_url: expected a URL" in str(caught.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/v1", "https://api.example.com", "http://[::1]:11434/v1"]
)
def test_a_usable_base_url_is_taken(url: str) -> None:
    text = f'[providers.oai]\nkind = "openai"\nbase_url = "{url}"\n'
    assert load_policy_text(text).providers["oai"].base_url == url


def test_a_path_to_something_far_larger_than_a_policy_is_refused_unread(tmp_path: Path) -> None:
    """Before: ``check-policy /dev/zero`` (or ``--policy`` given a log or a disk image) read
    the file whole: /dev/zero without end, until memory ran out. Now at most 1 MiB is read and
    the file is refused, saying to check the path."""
    big = tmp_path / "server.log"
    big.write_bytes(b"# a comment line, as a log's might be\n" * 40_000)  # 1.5 MB
    with pytest.raises(PolicyFileError) as caught:
        load_policy(big)
    assert "the file is larger than 1 MiB, far more than any policy (a few KB)" in str(caught.value)
    assert "check the path" in str(caught.value)
    small = tmp_path / "policy.toml"
    small.write_bytes(b"\xef\xbb\xbf[limits]\ncalls_per_minute = 5\n")  # UTF-8 with a BOM
    assert load_policy(small).limits.calls_per_minute == 5
