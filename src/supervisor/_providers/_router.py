"""Model refs (``"provider:model"``) to provider instances, from configuration.

The policy file's ``[providers.NAME]`` tables (``kind``, ``base_url``, ``api_key_env``) map onto
:class:`ProviderConfig`; a policy can then reroute a call across providers by naming another
ref. Providers are built on first use, so a configured provider whose key is not set only fails
when a call actually routes to it, with an error naming the variable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast

from policies._config import ENV_NAME

from ._base import Provider, ProviderConfigError, UnknownProvider
from ._common import redact, redact_url
from ._scripted import ScriptedProvider

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["DEFAULT_PROVIDERS", "ModelRouter", "ProviderConfig", "ProviderKind"]

ProviderKind: TypeAlias = Literal["openai", "openai-responses", "anthropic", "local", "scripted"]
"""``openai``: Chat Completions (any compatible server with ``base_url``); ``openai-responses``:
the Responses API; ``anthropic``: Messages; ``local``: Chat Completions at ``base_url`` with no
key required (vLLM, llama.cpp, Ollama); ``scripted``: the offline :class:`ScriptedProvider`."""

_KINDS: frozenset[str] = frozenset(ProviderKind.__args__)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ProviderConfig:
    """How to build one provider.

    Attributes:
        kind: Which implementation (see :data:`ProviderKind`).
        base_url: The endpoint; required for ``local``.
        api_key_env: The environment variable holding the key (defaults per kind:
            ``OPENAI_API_KEY``, ``ANTHROPIC_API_KEY``; none for ``local``).
        api_key: A key given in a config file. Prefer ``api_key_env``; never shown in reprs.
        script: For ``scripted``: the :meth:`ScriptedProvider.from_dict` mapping.
    """

    kind: ProviderKind
    base_url: str | None = None
    api_key_env: str | None = None
    api_key: str | None = field(default=None, repr=False)
    script: Mapping[str, Any] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ProviderConfigError(
                f"Unknown provider kind {self.kind!r}; use one of {sorted(_KINDS)}."
            )
        if self.api_key_env is not None and ENV_NAME.fullmatch(self.api_key_env) is None:
            # The key itself, written where its variable's name goes: never quoted back.
            raise ProviderConfigError(
                "api_key_env must be the name of an environment variable, such as "
                "OPENAI_API_KEY, and the value given is not one (not shown: it may be the key "
                "itself); put the key in an environment variable and give its name."
            )
        if self.kind == "local" and not self.base_url:
            raise ProviderConfigError(
                "A provider of kind 'local' needs base_url, e.g. 'http://localhost:11434/v1' "
                "for Ollama or 'http://localhost:8000/v1' for vLLM."
            )

    def __repr__(self) -> str:
        return (
            f"ProviderConfig(kind={self.kind!r}, base_url={redact_url(self.base_url)}, "
            f"api_key_env={self.api_key_env!r}, api_key={redact(self.api_key)})"
        )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, name: str = "?") -> ProviderConfig:
        """Build from a plain mapping (a parsed ``[providers.NAME]`` table).

        Raises:
            ProviderConfigError: An unknown field or a bad kind; the message names
                ``providers.NAME``.
        """
        known = {"kind", "base_url", "api_key_env", "api_key", "script"}
        unknown = set(data) - known
        if unknown:
            raise ProviderConfigError(
                f"providers.{name} has unknown fields {sorted(unknown)}; known fields are "
                f"{sorted(known)}."
            )
        if "kind" not in data:
            raise ProviderConfigError(f"providers.{name} needs a kind, one of {sorted(_KINDS)}.")
        try:
            return cls(**dict(data))
        except ProviderConfigError as exc:
            raise ProviderConfigError(f"providers.{name}: {exc}") from exc

    def build(self, name: str) -> Provider:
        """Construct the provider.

        Raises:
            ProviderConfigError: A required key is not set, or a scripted provider has no
                script.
        """
        # The SDKs take seconds to import: only when a call first routes to them.
        from ._anthropic import AnthropicProvider
        from ._openai import OpenAIChatProvider, OpenAIResponsesProvider

        if self.kind == "openai":
            return OpenAIChatProvider(
                name=name,
                api_key=self.api_key,
                api_key_env=self.api_key_env or "OPENAI_API_KEY",
                base_url=self.base_url,
            )
        if self.kind == "openai-responses":
            return OpenAIResponsesProvider(
                name=name,
                api_key=self.api_key,
                api_key_env=self.api_key_env or "OPENAI_API_KEY",
                base_url=self.base_url,
            )
        if self.kind == "local":
            return OpenAIChatProvider(
                name=name,
                api_key=self.api_key,
                api_key_env=self.api_key_env,
                base_url=self.base_url,
                require_key=False,
            )
        if self.kind == "anthropic":
            return AnthropicProvider(
                name=name,
                api_key=self.api_key,
                api_key_env=self.api_key_env or "ANTHROPIC_API_KEY",
                base_url=self.base_url,
            )
        if self.script is None:
            raise ProviderConfigError(
                f"providers.{name} is scripted but has no script; give it a 'script' table "
                "with 'models', or pass a ScriptedProvider instance to ModelRouter."
            )
        return ScriptedProvider.from_dict(self.script, name=name)


DEFAULT_PROVIDERS: Mapping[str, ProviderConfig] = {
    "openai": ProviderConfig(kind="openai", api_key_env="OPENAI_API_KEY"),
    "anthropic": ProviderConfig(kind="anthropic", api_key_env="ANTHROPIC_API_KEY"),
}
"""Used when a router is given no configuration: the two hosted APIs, keys from the usual
variables."""


class ModelRouter:
    """Resolves ``"provider:model"`` refs to ``(provider instance, model name)``.

    Args:
        config: Provider name to :class:`ProviderConfig` (or a plain mapping, as parsed from
            ``[providers.NAME]``). Defaults to :data:`DEFAULT_PROVIDERS`.
        providers: Ready-built provider instances by name (e.g. a :class:`ScriptedProvider`
            with a Python script); they win over ``config`` entries of the same name. The
            router closes them too.

    Raises:
        ProviderConfigError: A config entry is invalid.
    """

    def __init__(
        self,
        config: Mapping[str, ProviderConfig | Mapping[str, Any]] | None = None,
        *,
        providers: Mapping[str, Provider] | None = None,
    ) -> None:
        source = DEFAULT_PROVIDERS if config is None else config
        self._config: dict[str, ProviderConfig] = {
            name: entry
            if isinstance(entry, ProviderConfig)
            else ProviderConfig.from_mapping(_router_fields(entry), name=name)
            for name, entry in source.items()
        }
        self._providers: dict[str, Provider] = dict(providers or {})
        self._closed = False

    @classmethod
    def from_policy(
        cls, policy: Any, *, providers: Mapping[str, Provider] | None = None
    ) -> ModelRouter:
        """The router a policy's ``[providers.NAME]`` sections describe, on top of the
        defaults (``openai``, ``anthropic``), as ``supervise run`` builds it.

        Raises:
            ProviderConfigError: A provider entry is invalid.
        """
        config: dict[str, ProviderConfig | Mapping[str, Any]] = dict(DEFAULT_PROVIDERS)
        config.update(getattr(policy, "providers", None) or {})
        return cls(config, providers=providers)

    def __repr__(self) -> str:
        return f"ModelRouter(providers={self.names!r}, built={sorted(self._providers)!r})"

    @property
    def names(self) -> list[str]:
        """Every configured provider name, sorted."""
        return sorted(set(self._config) | set(self._providers))

    @staticmethod
    def split(model_ref: str) -> tuple[str, str]:
        """Split ``"provider:model"``; the model part may itself contain colons.

        Raises:
            UnknownProvider: The ref has no ``provider:`` prefix or no model.
        """
        provider, sep, model = model_ref.partition(":")
        if not sep or not provider or not model:
            raise UnknownProvider(
                f"The model ref {model_ref!r} is not of the form 'provider:model' "
                "(e.g. 'openai:gpt-4o-mini')."
            )
        return provider, model

    def check(self, model_ref: str) -> tuple[str, str]:
        """``(provider name, model)`` of ``model_ref``, whose provider is configured; builds
        nothing (a missing key is found when the provider is built).

        Raises:
            UnknownProvider: The ref is not ``provider:model``, or names no configured provider.
        """
        if ":" not in model_ref and model_ref.strip():
            raise UnknownProvider(
                f"The model ref {model_ref!r} has no provider: write it as 'provider:model'"
                f"{_provider_hint(model_ref, self.names)}."
            )
        name, model = self.split(model_ref)
        if name not in self._providers and name not in self._config:
            raise UnknownProvider(
                f"The model ref {model_ref!r} names the provider {name!r}, which is not "
                f"configured; configured providers are {self.names}. Add a "
                f"[providers.{name}] section or use one of those."
            )
        return name, model

    def resolve(self, model_ref: str) -> tuple[Provider, str]:
        """The provider instance and the provider's own model name for ``model_ref``.

        Builds the provider on first use and reuses it afterwards.

        Raises:
            UnknownProvider: The prefix names no configured provider; the message lists them.
            ProviderConfigError: The provider cannot be built (e.g. its key is not set).
            RuntimeError: The router was closed.
        """
        if self._closed:
            raise RuntimeError("The model router is closed; build a new one.")
        name, model = self.check(model_ref)
        provider = self._providers.get(name)
        if provider is not None:
            return provider, model
        provider = self._config[name].build(name)
        self._providers[name] = provider
        return provider, model

    def add_provider(self, name: str, provider: Provider, *, replace: bool = True) -> bool:
        """Register a ready-built provider under ``name`` (the router closes it too).

        With ``replace=False`` a provider already built, or configured so that it can be built,
        under that name is kept, so a policy's ``[providers.NAME]`` wins over the runtime's
        offline default; a ``scripted`` section without a script of its own is filled in.

        Returns:
            True when ``provider`` was registered.
        """
        if self._closed:
            raise RuntimeError("The model router is closed; build a new one.")
        if not replace:
            config = self._config.get(name)
            buildable = config is not None and (
                config.kind != "scripted" or config.script is not None
            )
            if name in self._providers or buildable:
                return False
        self._providers[name] = provider
        return True

    async def aclose(self) -> None:
        """Close every provider built or given. Idempotent."""
        if self._closed:
            return
        self._closed = True
        providers, self._providers = list(self._providers.values()), {}
        for provider in providers:
            await provider.aclose()


#: What a provider is built from; a policy's ``[providers.NAME]`` also holds the agents'
#: timeouts (``timeout``, ``chunk_timeout``: LLMRequest's), which are not the router's.
_ROUTER_FIELDS = frozenset({"kind", "base_url", "api_key_env", "api_key", "script"})


def _router_fields(entry: Any) -> Mapping[str, Any]:
    """A config entry as a mapping: a policy's provider section (a pydantic model, which
    iterates as ``(field, value)`` pairs, not as a mapping) becomes its router fields."""
    dump = getattr(entry, "model_dump", None)
    if callable(dump):
        fields: dict[str, Any] = dump(exclude_none=True)
        return {k: v for k, v in fields.items() if k in _ROUTER_FIELDS}
    return cast("Mapping[str, Any]", entry)


#: Model names that only one provider serves, by how they start: a bare "gpt-4o" or "claude-..."
#: is most likely meant for it.
_MODEL_MAKERS = (
    (("gpt-", "chatgpt-", "o1", "o3", "o4", "text-embedding-"), "openai"),
    (("claude-",), "anthropic"),
)


def _provider_hint(model: str, configured: list[str]) -> str:
    """What a model ref given without its provider most likely meant: the provider whose
    models are named so, where one of that name is configured, else the only one configured;
    otherwise the configured ones listed. Said as the end of a sentence."""
    lowered = model.strip().lower()
    for starts, maker in _MODEL_MAKERS:
        if lowered.startswith(starts) and maker in configured:
            return f", most likely '{maker}:{model.strip()}'"
    if len(configured) == 1:
        return f", most likely '{configured[0]}:{model.strip()}'"
    if configured:
        return f", with one of the configured providers ({', '.join(configured)})"
    return " (e.g. 'openai:gpt-4o-mini')"
