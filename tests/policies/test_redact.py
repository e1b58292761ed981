"""The one redactor every output uses: credentials of every common shape go, the numbers and
words the product writes stay."""

from __future__ import annotations

import pytest

from policies import REDACTED, is_secret_key, redact, redact_text

#: (text holding a credential, the credential). Each is a shape a key scanner knows.
LEAKS = [
    ("key sk-proj-abcdefghijklmnopqrstuv", "sk-proj-abcdefghijklmnopqrstuv"),
    ("key sk-ant-api03-abcdefghijklmnop", "sk-ant-api03-abcdefghijklmnop"),
    ("creds AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE"),
    ("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI"),
    ("clone https://deploy:hunter2hunter2@git.example.com/x.git", "hunter2hunter2"),
    ("store redis://:hunter2hunter2@10.0.0.5:6379/0", "hunter2hunter2"),
    ("GET https://api.example.com/v1?api_key=plainsecretvalue123&x=1", "plainsecretvalue123"),
    ("x-api-key: plainsecretvalue456", "plainsecretvalue456"),
    ("Authorization: Basic ZGVwbG95Omh1bnRlcjI=", "ZGVwbG95Omh1bnRlcjI="),
    ("Authorization: Bearer abc.def.ghi123456", "abc.def.ghi123456"),
    ("{'Authorization': 'token opaque-value-1'}", "opaque-value-1"),
    ('said {"password": "correct-horse-battery"}', "correct-horse-battery"),
    ("OPENAI_API_KEY=opaque-value-2 in the env", "opaque-value-2"),
    ("db_password='opaque-value-3'", "opaque-value-3"),
    ("token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz"),
    ("slack xoxb-123456789012-abcdefghij", "xoxb-123456789012"),
    ("google AIzaSyA-abcdefghijklmnopqrstuvwxyz12345", "AIzaSyA-abcdefghijklmnop"),
    ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJzdWIiOiIxIn0"),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
        "MIIEowIBAAKCAQEA",
    ),
]

#: What the product writes all the time: none of it may change.
SAFE = [
    "max_tokens=1200 lowered to fit the budget",
    "tokens: 500",
    "output_tokens: 30, input_tokens: 12",
    "budgets.session.tokens",
    "The call used more than it reserved ($0.0012 against $0.0010): more output than "
    "max_tokens, or a longer prompt than estimated.",
    "http://127.0.0.1:8000/v1",
    "see https://example.com/a?b=c",
    "a key: the answer",
    "Basic ideas are good",
    "passport control",
    "cache_key=abc",
    "openai:gpt-4o-mini",
    "call-7f3a9c",
    "task-oriented risk-adjusted",
]


@pytest.mark.parametrize(("text", "secret"), LEAKS)
def test_every_credential_shape_is_redacted(text: str, secret: str) -> None:
    shown = redact_text(text)
    assert secret not in shown
    assert REDACTED in shown
    assert redact_text(shown) == shown  # redacting twice changes nothing


def test_what_names_a_credential_stays_readable() -> None:
    """The name of what was hidden is kept, so a reader knows what was there."""
    assert redact_text("x-api-key: abcdef123") == "x-api-key: [redacted]"
    assert redact_text("https://u:pw12345@host/p") == "https://u:[redacted]@host/p"
    assert redact_text("?api_key=abc123&x=1") == "?api_key=[redacted]&x=1"
    assert redact_text("Authorization: Bearer abcdef123456") == "Authorization: [redacted]"


@pytest.mark.parametrize("text", SAFE)
def test_what_the_product_writes_is_left_alone(text: str) -> None:
    assert redact_text(text) == text


@pytest.mark.parametrize(
    "key",
    ["api_key", "OPENAI_API_KEY", "X-Api-Key", "Authorization", "db_password", "github_token",
     "aws_secret_access_key", "client_secret", "Cookie", "private_key"],
)  # fmt: skip
def test_keys_naming_credentials(key: str) -> None:
    assert is_secret_key(key)
    assert redact({key: "anything"}) == {key: REDACTED}


@pytest.mark.parametrize(
    "key", ["max_tokens", "input_tokens", "tokens", "cost", "reason", "keys", "secret_santa"]
)
def test_keys_that_are_not_credentials(key: str) -> None:
    assert not is_secret_key(key)
    assert redact({key: 7}) == {key: 7}


def test_structures_are_walked_and_made_json_ready() -> None:
    data = {
        "numbers": {"cost": 3, "similarity": 0.9, "limit": float("inf")},
        "args": ({"headers": {"Authorization": "x"}}, "sk-abcdefghijklmnop"),
        "flags": (True, None),
    }
    assert redact(data) == {
        "numbers": {"cost": 3, "similarity": 0.9, "limit": "inf"},
        "args": [{"headers": {"Authorization": REDACTED}}, REDACTED],
        "flags": [True, None],
    }


@pytest.mark.parametrize(
    "key",
    ["accessToken", "authToken", "refreshToken", "sessionToken", "clientSecret", "apiKey",
     "XApiKey", "dbPassword", "awsSecretAccessKey"],
)  # fmt: skip
def test_camel_case_keys_naming_credentials(key: str) -> None:
    # JavaScript's and JSON APIs' spelling (a tool's arguments, a provider's body, a field a
    # program logs): "accessToken" names a token as "access_token" does.
    assert is_secret_key(key)
    assert redact({"args": {key: "opaque-value-5"}}) == {"args": {key: REDACTED}}


@pytest.mark.parametrize(
    "key", ["maxTokens", "inputTokens", "outputTokens", "cacheKey", "tokenCount", "secretSanta"]
)
def test_camel_case_keys_that_are_not_credentials(key: str) -> None:
    assert not is_secret_key(key)
