"""The errors of the ``policies`` package.

Every error raised on purpose by this package derives from :class:`PolicyError`::

    PolicyError
    ├── PolicyFileError        a policy file (TOML) is unreadable or invalid
    ├── UnknownPrice           no price is known for a "provider:model" reference
    ├── InvalidModelRef        a model reference is not "provider:model"
    └── LedgerError            misuse of the budget ledger
        ├── DuplicateCall      reserve() with a call id that already holds a reservation
        └── UnknownCall        settle()/release() of a call id the ledger never saw

Messages are full sentences that say what went wrong and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "DuplicateCall",
    "InvalidModelRef",
    "LedgerError",
    "PolicyError",
    "PolicyFileError",
    "UnknownCall",
    "UnknownPrice",
]


class PolicyError(Exception):
    """Root of every error this package raises on purpose."""


class PolicyFileError(PolicyError):
    """A policy file could not be read, parsed or validated.

    Attributes:
        path: The file, or ``"<string>"`` when the policy came from a string or a mapping.
        problems: One line per problem; each names the field path, what was expected, what was
            found and the fix. ``str(error)`` joins them under a heading naming the file.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        body = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(f"Policy file {path} is invalid ({count} {noun}):\n{body}")


class UnknownPrice(PolicyError):
    """No price is known for a model, so its calls cannot be budgeted and are refused.

    Attributes:
        model_ref: The ``"provider:model"`` reference that had no price.
        summary: The message in one line, for a decision's reason (a log line): the fix is
            named in words, where the message shows it as a TOML example over several lines.
    """

    def __init__(self, model_ref: str, detail: str = "") -> None:
        self.model_ref = model_ref
        self.detail = detail
        extra = f" {detail}" if detail else ""
        lead = (
            f"No price is known for {model_ref!r}, so its calls cannot be budgeted and are "
            f"refused.{extra}"
        )
        self.summary = (
            f'{lead} Add a [prices."{model_ref}"] entry with input_per_mtok and '
            "output_per_mtok (dollars per million tokens) to the policy file."
        )
        super().__init__(
            f"{lead} Add an entry to the policy file, for example:\n"
            f'[prices."{model_ref}"]\ninput_per_mtok = 0.15\noutput_per_mtok = 0.60'
        )


class UnknownSearchPrice(UnknownPrice):
    """A request offers a server-side web search tool, and no price per search is known for
    its model, so the call's worst case cannot be bounded and it is refused."""

    def __init__(self, model_ref: str, searches: int) -> None:
        lead = (
            f"The call to {model_ref!r} offers a server-side web search tool (up to {searches} "
            "searches), and no price per search is known for it, so its worst case cannot be "
            "budgeted and it is refused."
        )
        self.summary = (
            f'{lead} Set web_search_per_k (dollars per thousand searches) in [prices."{model_ref}"]'
            " in the policy file."
        )
        PolicyError.__init__(
            self,
            f"{lead} Set the price in the policy file, for example:\n"
            f'[prices."{model_ref}"]\nweb_search_per_k = 10.0  # dollars per thousand searches',
        )
        self.model_ref = model_ref
        self.detail = ""
        self.searches = searches


class InvalidModelRef(PolicyError):
    """A model reference is not of the form ``"provider:model"``."""

    def __init__(self, model_ref: str) -> None:
        self.model_ref = model_ref
        # A gateway's 'provider/model' (LiteLLM, OpenRouter) names the same thing our way.
        head, slash, tail = model_ref.partition("/")
        if slash and head and tail and ":" not in model_ref and head.isidentifier():
            example = f"'{head}:{tail}' (a provider section named {head!r}, model {tail!r})"
        else:
            example = "'openai:gpt-4o-mini' or 'anthropic:claude-sonnet-5'"
        super().__init__(
            f"Model reference {model_ref!r} is not of the form 'provider:model'; write it as, "
            f"for example, {example}."
        )


class LedgerError(PolicyError):
    """Misuse of the budget ledger (a bug in the caller, not a budget decision)."""


class DuplicateCall(LedgerError):
    """``reserve()`` was given a call id that already holds an open reservation."""


class UnknownCall(LedgerError):
    """``settle()`` or ``release()`` was given a call id the ledger never reserved."""
