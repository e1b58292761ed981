"""A faster ``__init__`` for the frozen dataclasses made on every governed call.

A frozen dataclass's generated ``__init__`` stores each field through
``object.__setattr__(self, name, value)`` (its own ``__setattr__`` refuses). A governed call
makes some thirty such values (its messages, context, reservation, settlement, result and
events), a few hundred fields in all. :func:`fast_init` replaces the generated ``__init__``
with one that stores each field through the slot's own setter (or the instance ``__dict__``
for a class without slots): the same signature, defaults, default factories and
``__post_init__``, the instances just as frozen, about half the cost per field.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

#: Each class :func:`fast_init` changed, with the ``__init__`` dataclasses generated for it (the
#: tests check that both build equal instances with the same signature).
ORIGINAL_INITS: dict[type, Any] = {}

_FACTORY = object()  # the default of a field built by its default_factory


def fast_init(cls: T) -> T:
    """Give the frozen dataclass ``cls`` a faster ``__init__`` with the same behaviour.

    Apply it above ``@dataclass(frozen=True, ...)``. Raises TypeError for what it does not
    handle: a class that is not a frozen dataclass, or ``InitVar`` fields.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or not params.init:
        raise TypeError(f"fast_init needs a frozen dataclass with an __init__, not {cls!r}")
    fields = dataclasses.fields(cls)
    if any(isinstance(v, dataclasses.InitVar) or "InitVar" in str(v) for v in _annotations(cls)):
        raise TypeError(f"fast_init does not handle InitVar fields ({cls!r})")
    if any(f.name == "self" or f.name.startswith("_fi_") for f in fields):
        raise TypeError(f"fast_init needs field names other than 'self' and '_fi_*' ({cls!r})")
    slotted = "__dict__" not in dir(cls)
    env: dict[str, Any] = {"_fi_FACTORY": _FACTORY}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = [] if slotted else ["    _fi_dict = self.__dict__"]

    def store(i: int, name: str, value: str) -> None:
        if slotted:
            env[f"_fi_s{i}"] = _slot(cls, name).__set__
            body.append(f"    _fi_s{i}(self, {value})")
        else:
            body.append(f"    _fi_dict[{name!r}] = {value}")

    for i, f in enumerate(fields):
        name = f.name
        if not f.init:  # not a parameter: set to its default, as the generated __init__ does
            if f.default is not dataclasses.MISSING:
                env[f"_fi_d{i}"] = f.default
                store(i, name, f"_fi_d{i}")
            elif f.default_factory is not dataclasses.MISSING:
                env[f"_fi_f{i}"] = f.default_factory
                store(i, name, f"_fi_f{i}()")
            continue
        if f.default is not dataclasses.MISSING:
            env[f"_fi_d{i}"] = f.default
            param = f"{name}=_fi_d{i}"
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_fi_f{i}"] = f.default_factory
            param = f"{name}=_fi_FACTORY"
            body.append(f"    if {name} is _fi_FACTORY: {name} = _fi_f{i}()")
        else:
            param = name
        (keyword if f.kw_only else positional).append(param)
        store(i, name, name)
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    signature = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    source = f"def __init__({signature}):\n" + "\n".join(body or ["    pass"]) + "\n"
    namespace: dict[str, Any] = {}
    exec(source, env, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    generated = cls.__dict__["__init__"]
    init.__doc__ = generated.__doc__
    ORIGINAL_INITS[cls] = generated
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses assigning a method
    return cls


def _annotations(cls: type) -> list[Any]:
    return [v for klass in cls.__mro__ for v in getattr(klass, "__annotations__", {}).values()]


def _slot(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    raise TypeError(f"{cls!r} has no slot {name!r}")
