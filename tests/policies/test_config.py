from __future__ import annotations

from pathlib import Path

import pytest

from policies import (
    PolicyConfig,
    PolicyFileError,
    explain_policy,
    format_usd,
    load_policy,
    load_policy_text,
    parse_policy,
    usd,
)

DATA = Path(__file__).parent / "data"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text)
    return path


def problems(tmp_path: Path, text: str) -> tuple[str, PolicyFileError]:
    path = write(tmp_path, text)
    with pytest.raises(PolicyFileError) as info:
        load_policy(path)
    message = str(info.value)
    assert str(path) in message, "the message names the file"
    assert "Traceback" not in message
    assert "pydantic" not in message, "never a raw pydantic message"
    return message, info.value


def test_full_example_is_valid_and_explained() -> None:
    config = load_policy(DATA / "full_policy.toml")
    assert config.budgets["session"].cost == usd(1)
    assert config.budgets["tenant"].window == "day"
    assert config.reroute[0].from_model == "openai:gpt-4o"
    assert len(config.stream_rules) == 4
    assert config.warnings == []
    text = explain_policy(config)
    assert "each session: at most $1.00, 2,000,000 tokens, 500 calls" in text
    assert "all sessions together: at most $500.00 per month" in text
    assert "[shadow: recorded only]" in text
    assert "lower max tokens -> reroute -> refuse" in text
    assert "Reroute openai:gpt-4o -> openai:gpt-4o-mini when the budget is short." in text
    assert "Tools denied: shell, delete_*" in text
    assert "Stream rule openai-key" in text
    assert "After 3600s the session's running calls are cut and later ones refused." in text


def test_empty_policy_is_valid() -> None:
    config = load_policy_text("")
    assert config == PolicyConfig()
    assert "Budgets: none" in explain_policy(config)


def test_wrong_type(tmp_path: Path) -> None:
    message, error = problems(tmp_path, '[budgets.session]\ntokens = "lots"\n')
    assert error.problems == [
        "budgets.session.tokens: expected a valid integer, found 'lots'; "
        "write a whole number without quotes, e.g. 1000."
    ]
    assert "1 problem" in message


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    message, _ = problems(tmp_path, '[budgets.session]\ncots = "1.00"\n')
    assert "budgets.session.cots: unknown key 'cots'; did you mean 'cost'?" in message
    message, _ = problems(tmp_path, "[limtis]\ncalls_per_minute = 3\n")
    assert "limtis: unknown key 'limtis'; did you mean 'limits'?" in message
    message, _ = problems(tmp_path, '[[stream_rules]]\nname = "a"\npatern = "x"\n')
    assert "stream_rules[0].patern: unknown key 'patern'; did you mean 'pattern'?" in message


def test_unknown_scope_names_the_choices(tmp_path: Path) -> None:
    message, _ = problems(tmp_path, '[budgets.sesion]\ncost = "1"\n')
    # The key itself is wrong: the path ends at it (no pydantic "[key]" marker) and the fix
    # is a rename, not a new value.
    assert (
        "budgets.sesion: expected one of 'call', 'agent', 'session', 'tenant' or 'global', "
        "found 'sesion'; rename it to one of those." in message
    )
    assert "[key]" not in message


def test_negative_budget(tmp_path: Path) -> None:
    message, _ = problems(tmp_path, '[budgets.session]\ncost = "-1.00"\n')
    assert (
        "budgets.session.cost: expected a dollar amount of at least 0, found '-1.00'; "
        "budgets cannot be negative." in message
    )
    message, _ = problems(tmp_path, "[budgets.agent]\ncalls = -3\n")
    assert "budgets.agent.calls: expected a whole number of at least 0, found -3" in message


def test_not_a_dollar_amount(tmp_path: Path) -> None:
    message, _ = problems(tmp_path, '[budgets.session]\ncost = "one dollar"\n')
    assert 'budgets.session.cost: expected a dollar amount such as "1.50"' in message
    assert "found 'one dollar'" in message


def test_bad_regex(tmp_path: Path) -> None:
    message, _ = problems(
        tmp_path, "[[stream_rules]]\nname = \"k\"\npattern = 'sk-[A-Za-z0-9{20,}'\n"
    )
    assert "stream_rules[0].pattern: expected a valid regular expression" in message
    assert "found 'sk-[A-Za-z0-9{20,}'" in message
    assert "fix the pattern" in message


@pytest.mark.parametrize("pattern", ["", "x*", "^", "(?m)$", "(secret)?"])
def test_a_stream_rule_that_matches_empty_text_is_refused(tmp_path: Path, pattern: str) -> None:
    """Before, ``pattern = ""`` was valid and cut every call at its first chunk."""
    message, _ = problems(tmp_path, f"[[stream_rules]]\nname = \"k\"\npattern = '{pattern}'\n")
    assert (
        f"stream_rules[0].pattern: expected a pattern that matches some text, found {pattern!r}"
        in (message)
    )
    assert "would cut every stream at its first chunk" in message


def test_a_stream_rule_that_needs_text_is_valid(tmp_path: Path) -> None:
    config = load_policy(write(tmp_path, "[[stream_rules]]\nname = \"k\"\npattern = 'sk-\\w+'\n"))
    assert config.stream_rules[0].pattern == "sk-\\w+"


def test_toml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    message, _ = problems(tmp_path, '[budgets.session]\ncost = "1.00\n')
    assert "TOML syntax error" in message
    assert "line 2" in message
    assert "column" in message


def test_a_file_saved_as_utf8_with_a_bom_loads(tmp_path: Path) -> None:
    """Before, the byte-order mark Windows editors write was "TOML syntax error: Invalid
    statement (at line 1, column 1)"."""
    path = tmp_path / "policy.toml"
    path.write_bytes(b"\xef\xbb\xbf[budgets.session]\ncost = 1\n")
    assert load_policy(path).budgets["session"].cost == usd(1)


def test_settings_that_do_nothing_are_warned_about(tmp_path: Path) -> None:
    config = load_policy(
        write(
            tmp_path,
            '[budgets.call]\ncost = 1\nwindow = "day"\n'
            '[tools]\nallow = ["search_*", "rm"]\ndeny = ["rm", "search_web"]\n',
        )
    )
    assert config.warnings == [
        "budgets.call.window = 'day' does nothing: a call's budget is its own, with no window "
        "to reset; remove it (or move the budget to another scope).",
        "tools.allow and tools.deny both list 'rm'; deny wins, so remove it from one of them.",
    ]
    assert "Warning: budgets.call.window = 'day' does nothing" in explain_policy(config)


def test_a_default_max_tokens_of_0_is_refused(tmp_path: Path) -> None:
    """Before, ``default_max_tokens = 0`` was valid: every call without its own max_tokens was
    answered with nothing, and charged for its prompt."""
    message, _ = problems(tmp_path, "[limits]\ndefault_max_tokens = 0\n")
    assert "limits.default_max_tokens: expected greater than or equal to 1, found 0" in message


def test_loop_settings_that_cannot_work_are_refused_and_ones_that_do_nothing_warned(
    tmp_path: Path,
) -> None:
    """A semantic threshold above 1 (a cosine similarity never reaches it) silently turned the
    semantic detector off, a window below 2 failed the run at start-up, and a structural
    threshold of 1 was quietly taken as 2; check-policy called them all valid."""
    message, error = problems(
        tmp_path,
        "[loops.semantic]\nthreshold = 1.5\nwindow = 1\n[loops.structural]\nthreshold = 1\n",
    )
    assert len(error.problems) == 3
    assert "loops.semantic.threshold: expected less than or equal to 1, found 1.5" in message
    assert "loops.semantic.window: expected greater than or equal to 2, found 1" in message
    assert "loops.structural.threshold: expected greater than or equal to 2, found 1" in message

    config = load_policy(
        write(tmp_path, "[loops.structural]\nwindow = 0\nthreshold = 4\n[loops.semantic]\n")
    )
    assert config.warnings == [
        "loops.structural sets window, which do nothing: each structural pattern keeps its "
        "own window; remove them (threshold sets the repeats)."
    ]
    explained = explain_policy(config)
    assert "Loop detector structural: 4 repeats make a loop;" in explained
    # What the file leaves out is the detectors' measured default, and is said to be.
    assert "Loop detector semantic: its measured defaults;" in explained


@pytest.mark.parametrize("amount", ['"inf"', '"nan"', '"Infinity"'])
def test_a_budget_that_is_not_a_number_of_dollars_says_so(tmp_path: Path, amount: str) -> None:
    message, _ = problems(tmp_path, f"[budgets.session]\ncost = {amount}\n")
    assert "expected a finite dollar amount" in message
    assert "leave the budget out for no limit" in message


def test_a_reroute_to_the_same_model_is_refused(tmp_path: Path) -> None:
    message, _ = problems(tmp_path, '[[reroute]]\nfrom = "openai:gpt-4o"\nto = "openai:gpt-4o"\n')
    assert "reroute[0]: expected a reroute to another model" in message


def test_missing_file() -> None:
    with pytest.raises(PolicyFileError, match="cannot read the file"):
        load_policy("/nonexistent/policy.toml")


def test_bad_literal_lists_choices(tmp_path: Path) -> None:
    message, _ = problems(
        tmp_path, '[[stream_rules]]\nname = "k"\npattern = "x"\naction = "kill"\n'
    )
    assert "stream_rules[0].action: expected one of 'warn', 'refuse'" in message
    assert "found 'kill'" in message


def test_bad_model_ref_in_prices_and_reroute(tmp_path: Path) -> None:
    message, _ = problems(tmp_path, "[prices.llama3]\ninput_per_mtok = 0\noutput_per_mtok = 0\n")
    assert 'expected keys "provider:model"' in message
    message, _ = problems(tmp_path, '[[reroute]]\nfrom = "gpt-4o"\nto = "openai:gpt-4o-mini"\n')
    assert "reroute[0].from: expected a model reference" in message


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    _, error = problems(
        tmp_path, '[budgets.session]\ncost = "-1"\n[limits]\ncalls_per_minute = "x"\n'
    )
    assert len(error.problems) == 2


def test_literal_api_key_is_allowed_but_warned() -> None:
    config = parse_policy({"providers": {"openai": {"kind": "openai", "api_key": "sk-test"}}})
    assert config.warnings
    assert "api_key_env" in config.warnings[0]
    assert "sk-test" not in repr(config.providers["openai"])
    assert "Warning:" in explain_policy(config)


def test_duplicate_stream_rule_names() -> None:
    with pytest.raises(PolicyFileError, match="unique stream rule names"):
        parse_policy(
            {"stream_rules": [{"name": "a", "pattern": "x"}, {"name": "a", "pattern": "y"}]}
        )


def test_two_reroutes_of_one_model_are_refused(tmp_path: Path) -> None:
    """Only one rule per model and 'when' can apply: the engine kept the last one, so an
    enforced reroute followed by a shadow one for the same model silently did nothing."""
    message, _ = problems(
        tmp_path,
        '[[reroute]]\nfrom = "openai:gpt-4o"\nto = "openai:gpt-4o-mini"\nwhen = "always"\n'
        '[[reroute]]\nfrom = "openai:gpt-4o"\nto = "openai:gpt-4.1-nano"\nwhen = "always"\n'
        'mode = "shadow"\n',
    )
    assert "reroute: expected one [[reroute]] rule per model and 'when'" in message
    assert "'openai:gpt-4o' (when = 'always') in reroute[0] and reroute[1]" in message
    # One model may still be rerouted always and, differently, on a shortfall.
    config = load_policy(
        write(
            tmp_path,
            '[[reroute]]\nfrom = "openai:gpt-4o"\nto = "openai:gpt-4o-mini"\nwhen = "always"\n'
            '[[reroute]]\nfrom = "openai:gpt-4o"\nto = "openai:gpt-4.1-nano"\n',
        )
    )
    assert [r.when for r in config.reroute] == ["always", "shortfall"]


def test_one_bracket_where_two_go_says_to_write_two(tmp_path: Path) -> None:
    """[tools.rate_limits] (one table) where a list of tables goes said "write a list, e.g.
    ["a", "b"]", which is not how a list of tables is written in TOML."""
    message, _ = problems(
        tmp_path,
        '[tools.rate_limits]\npattern = "x"\nper_minute = 3\n'
        '[stream_rules]\nname = "k"\npattern = "sk-"\n',
    )
    assert (
        "tools.rate_limits: expected a valid list, found {'pattern': 'x', 'per_minute': 3}; "
        "write each entry under [[tools.rate_limits]], with two brackets, one such header "
        "per entry." in message
    )
    assert "stream_rules: expected a valid list" in message
    assert "write each entry under [[stream_rules]]" in message
    # A list of plain values keeps its own advice.
    message, _ = problems(tmp_path, "[tools]\ndeny = { shell = true }\n")
    assert (
        'tools.deny: expected a valid list, found {\'shell\': True}; write a list, e.g. ["a", "b"].'
        in message
    )


def test_dollars_as_numbers_and_strings() -> None:
    config = parse_policy({"budgets": {"session": {"cost": 1.1}, "agent": {"cost": "$0.10"}}})
    assert config.budgets["session"].cost == usd("1.1")
    assert config.budgets["agent"].cost == usd("0.1")


def test_per_minute_limits_say_they_are_counted_per_process() -> None:
    """check-policy says what a per-minute limit is not: a rate shared by processes on one
    store (each process keeps its own window), and how to get one."""
    limited = explain_policy(parse_policy({"limits": {"tokens_per_minute": 10_000}}))
    assert "counted by each process" in limited
    assert 'window = "minute"' in limited
    tools = explain_policy(
        parse_policy({"tools": {"rate_limits": [{"pattern": "run_*", "per_minute": 5}]}})
    )
    assert "counted by each process" in tools
    assert "counted by each process" not in explain_policy(parse_policy({}))


def test_check_policy_says_an_agent_budget_belongs_to_its_session() -> None:
    """The agent scope is the agent within its session (agent_scope_id): a new session starts
    its agents' budgets afresh. The explanation says so (the example policy said the
    opposite: 'agent scopes outlive sessions')."""
    text = explain_policy(parse_policy({"budgets": {"agent": {"cost": "0.50"}}}))
    assert "each agent within its session: at most $0.50" in text
    example = Path(__file__).resolve().parents[2] / "examples" / "agents" / "policy.toml"
    assert "outlive sessions" not in example.read_text()


def test_a_stream_rule_cannot_escalate(tmp_path: Path) -> None:
    """A stream cannot wait for a person: a stream rule with action = "escalate" cut the
    stream and asked nobody (the agent got StreamCut), while check-policy said it escalates.
    It is bad input, named with its field path and the actions that work."""
    message, _ = problems(
        tmp_path, '[[stream_rules]]\nname = "s"\npattern = "SECRET"\naction = "escalate"\n'
    )
    assert "stream_rules[0].action" in message
    assert "found 'escalate'" in message
    assert "cannot wait for a person's answer" in message
    assert "'interrupt'" in message


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[providers]\nopenai = "sk-live-0123456789abcdef"\n', "providers.openai"),
        ('[providers.oai]\nkind = "openai"\napi_key = ["opaque-value-42"]\n', "api_key"),
        ('[providers.oai]\nkind = "openai"\napi_key = 4242424242\n', "api_key"),
        ('[providers.oai]\nkind = "openai"\nbase_url = ["https://u:pw-0042@h/v1"]\n', "base_url"),
    ],
)
def test_a_key_in_the_wrong_place_is_not_quoted_back(text: str, where: str) -> None:
    """'found ...' quotes what was written; a credential written there is not printed."""
    with pytest.raises(PolicyFileError) as caught:
        load_policy_text(text, source="p.toml")
    message = str(caught.value)
    assert where in message
    for secret in ("sk-live-0123456789abcdef", "opaque-value-42", "4242424242", "pw-0042"):
        assert secret not in message


def test_the_explanation_shows_where_a_provider_is_without_its_credentials() -> None:
    config = load_policy_text(
        '[providers.proxy]\nkind = "openai"\n'
        'base_url = "https://svc:pw-0042@proxy.example.com/v1?api_key=qk-0043"\n'
    )
    text = explain_policy(config)
    assert "proxy.example.com" in text
    assert "pw-0042" not in text
    assert "qk-0043" not in text


@pytest.mark.parametrize("value", ["sk-proj-abcdefghijklmnop1234", "my secret/key+42="])
def test_a_key_written_where_its_variable_name_goes_is_refused_unquoted(value: str) -> None:
    """api_key_env names a variable; the key itself there would be printed wherever the
    variable is named (check-policy, 'the environment variable ... is not set')."""
    with pytest.raises(PolicyFileError) as caught:
        load_policy_text(f'[providers.oai]\nkind = "openai"\napi_key_env = "{value}"\n')
    message = str(caught.value)
    assert "providers.oai.api_key_env" in message
    assert "name of an environment variable" in message
    assert value not in message
    assert "abcdefghijklmnop" not in message


def test_a_policys_repr_shows_no_credential() -> None:
    config = load_policy_text(
        '[providers.p]\nkind = "openai"\napi_key = "sk-abcdefghijklmnop"\n'
        'base_url = "https://u:pw-7788@h.example/v1?api_key=qk-99"\n'
    )
    for text in (repr(config), str(config), repr(config.providers["p"])):
        assert "h.example" in text
        for secret in ("pw-7788", "qk-99", "sk-abcdefghijklmnop"):
            assert secret not in text
    assert config.providers["p"].base_url == "https://u:pw-7788@h.example/v1?api_key=qk-99"


def test_a_tiny_budget_is_not_explained_as_zero() -> None:
    """``cost = "0.0000001"`` (100 nano-dollars) is a valid budget, and check-policy said
    "at most $0.00", as for a budget of nothing; a refusal under it said "has $0.00 left".
    A non-zero amount is never shown as zero."""
    text = explain_policy(parse_policy({"budgets": {"session": {"cost": "0.0000001"}}}))
    assert "each session: at most $0.0000001;" in text
    assert format_usd(1) == "$0.000000001"
    assert format_usd(0) == "$0.00"
    assert format_usd(1_500) == "$0.000002"  # six decimals are enough to show it
    assert format_usd(150_000_000) == "$0.15"


@pytest.mark.parametrize("value", ["inf", "nan", "-inf"])
def test_a_price_that_is_not_a_finite_number_is_refused_when_the_file_is_loaded(
    tmp_path: Path, value: str
) -> None:
    """``input_per_mtok = inf`` passed check-policy ("Price of local:m: $inf/M input") and
    ended the run's first call with "unexpected error: OverflowError: cannot convert Infinity
    to integer" (exit 1); ``nan`` was refused as "expected greater than or equal to 0 ... use
    a larger number". A price must be a finite number of dollars, as a budget must."""
    _, error = problems(
        tmp_path,
        f'version = 1\n[prices."local:m"]\ninput_per_mtok = {value}\noutput_per_mtok = 1\n',
    )
    assert len(error.problems) == 1
    (problem,) = error.problems
    expected = "a number" if value == "nan" else "a finite number"
    assert problem.startswith(f'prices."local:m".input_per_mtok: expected {expected}, found')
    assert "larger" not in problem


@pytest.mark.parametrize(
    ("section", "key"),
    [("limits", "max_session_seconds"), ("budgets.session", "warn_at"), ("escalation", "timeout")],
)
def test_nan_is_refused_as_not_a_number(tmp_path: Path, section: str, key: str) -> None:
    """``nan`` was refused as "expected greater than 0, found nan; use a larger number" (or
    "less than or equal to 1 ... use a smaller number"): no larger or smaller number is nan."""
    _, error = problems(tmp_path, f"version = 1\n[{section}]\n{key} = nan\n")
    (problem,) = error.problems
    assert problem == f"{section}.{key}: expected a number, found nan; write a number, e.g. 0.5."


def test_a_small_price_is_explained_in_dollars_not_in_exponent_notation() -> None:
    """``input_per_mtok = 0.0000001`` was explained as "$1e-07/M input"."""
    config = parse_policy(
        {"prices": {"local:m": {"input_per_mtok": 0.0000001, "output_per_mtok": 2}}}
    )
    text = explain_policy(config)
    assert "Price of local:m: $0.0000001/M input, $2.0/M output tokens." in text


def test_warn_at_is_explained_only_where_it_warns() -> None:
    """warn_at warns when a budget's cost crosses the mark; a budget of calls or tokens alone
    never warns, yet check-policy said "at most 2 calls; warns at 80%"."""
    config = parse_policy(
        {"budgets": {"agent": {"calls": 2}, "session": {"cost": "1", "tokens": 1000}}}
    )
    text = explain_policy(config)
    assert "each agent within its session: at most 2 calls\n" in text
    assert "each session: at most $1.00, 1,000 tokens; warns at 80% of the cost\n" in text
