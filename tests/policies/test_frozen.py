"""``fast_init`` builds the same frozen values as the ``__init__`` dataclasses generate."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field
from typing import Any

import pytest

import policies
import supervisor

# The modules whose classes use fast_init (supervisor's load on first use: import them here,
# so that the parametrised test below sees their classes, whatever ran before).
import supervisor._events
import supervisor._messages
import supervisor._providers._base
import supervisor._results
from policies._frozen import ORIGINAL_INITS, fast_init


def _build(cls: type, init: Any, args: dict[str, Any]) -> Any:
    obj = object.__new__(cls)
    init(obj, **args)
    return obj


def _values(cls: type, obj: Any) -> list[Any]:
    return [getattr(obj, f.name, "<unset>") for f in dataclasses.fields(cls)]


def test_the_hot_values_of_a_governed_call_use_it() -> None:
    assert policies.Amounts in ORIGINAL_INITS
    assert supervisor.LLMResult in ORIGINAL_INITS
    assert len(ORIGINAL_INITS) >= 20


@pytest.mark.parametrize("cls", sorted(ORIGINAL_INITS, key=lambda c: c.__qualname__))
def test_each_changed_class_builds_what_its_generated_init_builds(cls: type) -> None:
    original, fast = ORIGINAL_INITS[cls], cls.__init__
    old_sig, new_sig = inspect.signature(original), inspect.signature(fast)
    assert [(p.name, p.kind) for p in old_sig.parameters.values()] == [
        (p.name, p.kind) for p in new_sig.parameters.values()
    ]
    factories = {
        f.name for f in dataclasses.fields(cls) if f.default_factory is not dataclasses.MISSING
    }
    for name, param in old_sig.parameters.items():
        if name not in factories:
            assert new_sig.parameters[name].default is param.default

    # Required parameters get a fresh marker object (dataclasses do not check types); the
    # rest keep their defaults, so both inits must agree on each default and factory.
    required = {
        name: object()
        for name, p in old_sig.parameters.items()
        if name != "self" and p.default is inspect.Parameter.empty
    }
    old, new = _build(cls, original, required), _build(cls, fast, required)
    for f, a, b in zip(dataclasses.fields(cls), _values(cls, old), _values(cls, new), strict=True):
        if f.name == "time":  # events stamp the time they were made
            continue
        if f.default_factory is not dataclasses.MISSING or not f.init:
            assert a == b, f.name  # made afresh by each (a factory, a __post_init__)
        else:
            assert a is b, f.name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(new, dataclasses.fields(cls)[0].name, 1)


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _Slotted:
    a: int
    b: list[int] = field(default_factory=list)
    c: int = 5
    d: tuple[int, ...] | None = field(default=None, init=False)


@fast_init
@dataclass(frozen=True)
class _Plain:
    a: int
    b: int = 2
    seen: list[str] = field(default_factory=list, compare=False)

    def __post_init__(self) -> None:
        self.seen.append(f"post {self.a}")


@fast_init
@dataclass(frozen=True, slots=True)
class _Child(_Slotted):
    e: str = "e"


def test_defaults_factories_init_false_fields_and_post_init() -> None:
    one, two = _Slotted(a=1), _Slotted(a=1)
    assert one == two
    assert one.b == []
    assert one.b is not two.b  # a fresh list each time
    assert one.c == 5
    assert one.d is None
    assert _Slotted(a=1, b=[2], c=3) == _Slotted(a=1, b=[2], c=3)
    with pytest.raises(TypeError):
        _Slotted(1)  # type: ignore[misc]  # keyword-only stays keyword-only
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.a = 2  # type: ignore[misc]

    plain = _Plain(7)
    assert plain.seen == ["post 7"]
    assert plain == _Plain(7, 2)
    assert pickle.loads(pickle.dumps(plain)) == plain
    assert hash(plain) == hash(_Plain(7))

    child = _Child(a=1, e="x")
    assert (child.a, child.b, child.c, child.d, child.e) == (1, [], 5, None, "x")


def test_it_refuses_what_it_does_not_handle() -> None:
    @dataclass
    class Mutable:
        a: int

    with pytest.raises(TypeError, match="frozen dataclass"):
        fast_init(Mutable)

    @dataclass(frozen=True)
    class WithInitVar:
        a: int
        b: dataclasses.InitVar[int]

    with pytest.raises(TypeError, match="InitVar"):
        fast_init(WithInitVar)


def test_field_names_cannot_clash_with_the_generated_code() -> None:
    @fast_init
    @dataclass(frozen=True)
    class Named:
        d: int
        self_: int = 0
        _d0: int = 5

    value = Named(1, 2)
    assert (value.d, value.self_, value._d0) == (1, 2, 5)

    @dataclass(frozen=True)
    class Clashing:
        _fi_dict: int

    with pytest.raises(TypeError, match="field names"):
        fast_init(Clashing)
