"""Load what ``supervise run TARGET`` runs.

TARGET is one of:

- a Python file (``agents.py``): every agent class *defined* in it (not imported) runs as one agent;
- a folder of Python files: each file is loaded as above and its agents get their own subtree,
  named after the file (files starting with ``_`` are helpers and are skipped);
- ``module:attribute`` (``pkg.agents:Researcher``): an agent class, or a list/tuple of them, a
  module, or a function taking no arguments that returns a ``supervisor.Team`` (``agents:tree``:
  that tree runs, with the agents it names); ``module`` alone loads a whole importable module.
  ``file.py:attribute`` works alike.

A loaded module may also define ``tree`` (a callable returning a ``supervisor.Team``, to lay out
its agents in a supervision tree), ``policy`` (a path to a policy file; relative paths are taken
from the module's folder) and ``rules`` (a list of ``policies.Rule`` instances: Python policy rules,
run alongside the policy file's for every agent of the run; a folder's files' rules all apply).

Every mistake (a missing file, a syntax error, an import that fails inside the user's code, a
missing attribute, no agents) raises :class:`TargetError` with one message that names the file or
attribute and says how to fix it.
"""

from __future__ import annotations

import difflib
import importlib
import importlib.util
import inspect
import re
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["AgentSpec", "TargetError", "TargetSpec", "is_agent_class", "load_target"]


class TargetError(ConfigurationError):
    """The TARGET of ``supervise run`` cannot be loaded; the message says why and how to fix it."""


@dataclass(frozen=True, slots=True)
class AgentSpec:
    """One agent class found in a target.

    Attributes:
        name: The agent's id: the class's ``name`` attribute if it sets one, else the class name in
            snake_case (``CodeReviewer`` -> ``code_reviewer``).
        cls: The agent class; the runtime makes a fresh instance per (re)start.
        group: The subtree the agent belongs to: the file's stem for a folder target, else ``""``.
        source: The file it was defined in, if known.
    """

    name: str
    cls: type[Any]
    group: str = ""
    source: Path | None = None


@dataclass(frozen=True, slots=True)
class TargetSpec:
    """What to run.

    Attributes:
        name: A short label for the screen and the audit log (the file, folder or module).
        agents: Every agent, in definition order (files in name order for a folder).
        tree: The module's ``tree`` callable, if it defines one (for a folder: ``None``; see
            ``parts``).
        policy_path: The policy file the target names, if any (``--policy`` overrides it).
        parts: For a folder, one ``TargetSpec`` per file (each with its own ``tree``), so the
            runtime can give each file its own subtree; empty otherwise.
        rules: The Python policy rules (``policies.Rule`` instances) the target's modules
            define as ``rules``, in file order; they run alongside the policy file's.
    """

    name: str
    agents: tuple[AgentSpec, ...]
    tree: Callable[[], Any] | None = None
    policy_path: Path | None = None
    parts: tuple[TargetSpec, ...] = field(default=())
    rules: tuple[Any, ...] = field(default=())


def _agent_base() -> type[Any] | None:
    """``supervisor.Agent`` once it exists; until then ``actors.Actor`` (minus supervisors)."""
    import supervisor

    agent = getattr(supervisor, "Agent", None)
    if isinstance(agent, type):
        return agent
    try:
        import actors
    except ImportError:  # pragma: no cover - actors ships with this package
        return None
    actor = getattr(actors, "Actor", None)
    return actor if isinstance(actor, type) else None


def is_agent_class(obj: object) -> bool:
    """True for a concrete subclass of ``supervisor.Agent`` (not the base class, not a supervisor)."""
    if not isinstance(obj, type) or inspect.isabstract(obj):
        return False
    base = _agent_base()
    if base is None or obj is base or not issubclass(obj, base):
        return False
    try:
        import actors

        sup = getattr(actors, "Supervisor", None)
        if isinstance(sup, type) and issubclass(obj, sup):
            return False
    except ImportError:  # pragma: no cover
        pass
    # Library base classes (defined inside supervisor or actors) are not agents to run.
    return obj.__module__.split(".")[0] not in ("supervisor", "actors")


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _agent_name(cls: type[Any]) -> str:
    name = vars(cls).get("name")
    return name if isinstance(name, str) and name else _snake(cls.__name__)


_HERE = Path(__file__).parent


def _user_frame(exc: BaseException, path: Path | None) -> str:
    """``file.py, line 12`` of the innermost frame in the user's code, for error messages."""
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(frames):
        if "importlib" in frame.filename or Path(frame.filename).parent == _HERE:
            continue
        if path is None or Path(frame.filename).resolve().is_relative_to(path.parent.resolve()):
            return f"{frame.filename}, line {frame.lineno}"
    return ""


def _exec_file(path: Path) -> ModuleType:
    """Import ``path`` as a fresh module (its folder goes on ``sys.path`` for sibling imports)."""
    stem = re.sub(r"\W", "_", path.stem)
    module_name = f"supervise_target_{stem}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise TargetError(f"{path} cannot be loaded as Python; give a .py file.")
    module = importlib.util.module_from_spec(spec)
    folder = str(path.parent.resolve())
    if folder not in sys.path:
        sys.path.insert(0, folder)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as exc:
        sys.modules.pop(module_name, None)
        where = f"line {exc.lineno}" + (f", column {exc.offset}" if exc.offset else "")
        raise TargetError(
            f"{path} has a syntax error at {where}: {exc.msg}. Fix the file and run again."
        ) from exc
    except Exception as exc:
        sys.modules.pop(module_name, None)
        raise _import_failure(str(path), exc, path) from exc
    except SystemExit as exc:
        sys.modules.pop(module_name, None)
        raise _import_exited(str(path), exc, path) from None
    return module


def _import_exited(what: str, exc: SystemExit, path: Path | None) -> TargetError:
    """Code run at import called ``sys.exit()`` (often: a script's argparse reading
    supervise's own arguments); left alone, supervise would end with its status and no word."""
    where = _user_frame(exc, path)
    at = f" at {where}" if where else ""
    return TargetError(
        f"Importing {what} exited{at} (SystemExit({exc.code!r})), so there are no agents to run. "
        "Code that runs a script (sys.exit, argparse reading the command line) must not run "
        'on import: put it under `if __name__ == "__main__":`.'
    )


def _import_failure(what: str, exc: Exception, path: Path | None) -> TargetError:
    where = _user_frame(exc, path)
    at = f" (at {where})" if where else ""
    if isinstance(exc, ModuleNotFoundError):
        return TargetError(
            f"Importing {what} failed{at}: no module named {exc.name!r}. Install it into this "
            "environment, or check the import's spelling."
        )
    return TargetError(
        f"Importing {what} failed{at}: {type(exc).__name__}: {exc}. Fix the error in that code "
        "and run again (--debug shows the full traceback)."
    )


def _from_module(module: ModuleType, *, label: str, group: str, source: Path | None) -> TargetSpec:
    agents = tuple(
        AgentSpec(_agent_name(obj), obj, group, source)
        for obj in vars(module).values()
        if is_agent_class(obj) and obj.__module__ == module.__name__
    )
    if not agents and not group:
        _refuse_abstract_only(module, label)
    tree = getattr(module, "tree", None)
    if tree is not None and not callable(tree):
        raise TargetError(
            f"{label} defines 'tree' as {type(tree).__name__}; it must be a function returning "
            "a supervisor.Team, or be left out."
        )
    policy_path: Path | None = None
    policy = getattr(module, "policy", None)
    if policy is not None:
        if not isinstance(policy, str | Path):
            raise TargetError(
                f"{label} defines 'policy' as {type(policy).__name__}; it must be the path of a "
                "policy file (a str or pathlib.Path), or be left out."
            )
        policy_path = Path(policy)
        if not policy_path.is_absolute() and source is not None:
            policy_path = source.parent / policy_path
    return TargetSpec(label, agents, tree, policy_path, rules=_module_rules(module, label))


def _refuse_abstract_only(module: ModuleType, label: str) -> None:
    """Raise TargetError if the agent classes ``module`` defines are all abstract: "defines no
    agents" would send a person looking for a class that is there, left out for an
    ``@abstractmethod`` (an ``abc.ABC`` base's ``run``) it does not implement."""
    base = _agent_base()
    if base is None:
        return
    abstract = [
        obj
        for obj in vars(module).values()
        if isinstance(obj, type)
        and issubclass(obj, base)
        and obj.__module__ == module.__name__
        and inspect.isabstract(obj)
    ]
    if not abstract:
        return
    listed = "; ".join(
        f"{cls.__qualname__} leaves {', '.join(sorted(getattr(cls, '__abstractmethods__', ())))} "
        "abstract"
        for cls in abstract
    )
    raise TargetError(
        f"{label} defines no agents that can run: {listed}, so it cannot be started. Implement "
        "what each leaves abstract (run as 'async def run(self) -> None'), or point at the "
        "file whose agents subclass it."
    )


def _module_rules(module: ModuleType, label: str) -> tuple[Any, ...]:
    """The ``policies.Rule`` instances ``module`` lists as ``rules`` (none if it lists none)."""
    from policies import Rule
    from policies._rules import rule_problem

    value = getattr(module, "rules", None)
    if value is None:
        # Rules listed under another name (rule = [...], RULES = [...]) would never run, and
        # nothing would say so: the calls they were written to refuse would go through.
        for attr, held in vars(module).items():
            items = held if isinstance(held, list | tuple) else (held,)
            if (
                items
                and all(isinstance(item, Rule) for item in items)
                and difflib.get_close_matches(attr.lower(), ["rules"], cutoff=0.75)
            ):
                raise TargetError(
                    f"{label} lists Python rules as {attr!r}, which is read by nobody: only "
                    "'rules' is, so they would not run. Rename it: rules = [...]."
                )
        return ()

    how = "it must be a list of policies.Rule instances (rules = [MyRule()]), or be left out"
    if isinstance(value, Rule):
        value = (value,)  # one rule on its own: checked as a list's are
    if not isinstance(value, list | tuple):
        raise TargetError(f"{label} defines 'rules' as {type(value).__name__}; {how}.")
    for item in value:
        if isinstance(item, type) and issubclass(item, Rule):
            raise TargetError(
                f"{label} lists the class {item.__name__} in 'rules'; list an instance of it "
                f"instead: rules = [{item.__name__}()]."
            )
        if not isinstance(item, Rule):
            raise TargetError(
                f"{label} lists {type(item).__name__} {item!r:.60} in 'rules'; {how}."
            )
        problem = rule_problem(item)
        if problem is not None:
            raise TargetError(f"{label} lists a rule it cannot use in 'rules': {problem}.")
    seen: dict[str, Any] = {}
    for item in value:
        other = seen.setdefault(item.name, item)
        if other is item and value.count(item) == 1:
            continue
        # The audit log, the events and the slow-rule warnings name a rule by its name: two
        # of one name could not be told apart, and one instance listed twice judges twice
        # (a counting rule counting each call twice, each decision recorded twice).
        raise TargetError(
            f"{label} lists the rule {item.name!r} twice"
            + (
                ""
                if other is item
                else f" ({type(other).__qualname__} and {type(item).__qualname__})"
            )
            + ": the audit log names a rule by its name, so the two could not be told apart, "
            "and each would judge every call. List each rule once, and give each its own "
            "name = '...'."
        )
    return tuple(value)


def _no_agents(label: str) -> TargetError:
    return TargetError(
        f"{label} defines no agents. Define a class that subclasses supervisor.Agent in it "
        "(classes imported from elsewhere do not count), or point at the file that does."
    )


def _load_file(path: Path, *, group: str = "") -> TargetSpec:
    module = _exec_file(path)
    return _from_module(module, label=str(path), group=group, source=path)


def _load_folder(folder: Path) -> TargetSpec:
    files = sorted(
        p
        for p in folder.glob("*.py")
        if not p.name.startswith(("_", ".")) and not p.name.startswith("test_")
    )
    if not files:
        raise TargetError(
            f"{folder} holds no Python files to load (files starting with '_' or 'test_' are skipped). "
            "Put agent files in it, or point at one file."
        )
    loaded = [_load_file(f, group=f.stem) for f in files]
    parts = tuple(p for p in loaded if p.agents)
    if not parts:
        raise TargetError(
            f"No file in {folder} defines an agent. Define a class that subclasses "
            "supervisor.Agent in one of them (classes imported from elsewhere do not count), "
            "or point at the file that does."
        )
    agents = tuple(a for part in parts for a in part.agents)
    names: dict[str, Path | None] = {}
    for agent in agents:
        key = f"{agent.group}/{agent.name}"
        if key in names:
            raise TargetError(
                f"Two agents in {agent.source} are both named {agent.name!r}; give one a "
                "different class name or 'name' attribute."
            )
        names[key] = agent.source
    policy_path = _folder_policy(folder, parts)
    return TargetSpec(str(folder), agents, None, policy_path, parts, _folder_rules(loaded))


def _folder_rules(loaded: list[TargetSpec]) -> tuple[Any, ...]:
    """The rules a folder's files list (a file may hold only rules), each judging once.

    Files sharing rules import them (``from common_rules import rules``): one instance listed
    by two files is one rule, taken once. But a rule file of the folder is loaded as a file of
    its own and imported as a module too, which makes two instances of one rule: each would
    judge every call (a counting rule counting twice, every decision recorded twice), so two
    rules of one name from different files are refused.
    """
    rules: list[Any] = []
    listed: dict[str, list[str]] = {}
    twice: list[str] = []
    for part in loaded:
        for rule in part.rules:
            labels = listed.setdefault(rule.name, [])
            if Path(part.name).name not in labels:
                labels.append(Path(part.name).name)
            if any(rule is taken for taken in rules):
                continue  # the same instance, listed by another file too
            if any(rule.name == taken.name for taken in rules) and rule.name not in twice:
                twice.append(rule.name)
            rules.append(rule)
    if twice:
        name = twice[0]
        files = listed[name]
        raise TargetError(
            f"The Python rule {name!r} is listed by {', '.join(files[:-1])} and {files[-1]}, "
            "as two "
            "different instances (a rule file loaded as a file of the folder and imported by "
            "another makes two): each would judge every call, so a call would be decided "
            "and recorded twice. List each rule in one file only (name a shared module "
            "_rules.py: files starting with '_' are not loaded as parts, but can be "
            "imported), or give the two rules different names."
        )
    return tuple(rules)


def _folder_policy(folder: Path, parts: tuple[TargetSpec, ...]) -> Path | None:
    named = {p.policy_path.resolve(): p for p in parts if p.policy_path is not None}
    if len(named) > 1:
        files = ", ".join(sorted(p.name for p in named.values()))
        raise TargetError(
            f"The files {files} in {folder} name different policy files; a run has one policy. "
            "Pass the one to use with --policy."
        )
    if named:
        return next(iter(named))
    default = folder / "policy.toml"
    return default if default.is_file() else None


def _load_import(target: str) -> TargetSpec:
    module_name, _, attribute = target.partition(":")
    if not module_name or (":" in target and not attribute):
        raise TargetError(
            f"{target!r} is not a valid TARGET; write module:attribute (e.g. my_agents:Researcher), "
            "a path to a .py file, or a folder."
        )
    if module_name.endswith(".py"):
        file = Path(module_name)
        if not file.is_file():
            raise TargetError(f"{file} does not exist. Check the path before the colon.")
        module = _exec_file(file)
        return _pick(module, target, module_name, attribute, file)
    # Like ``python -m``: modules in the working directory are importable.
    cwd = str(Path.cwd())
    if cwd not in sys.path and "" not in sys.path:
        sys.path.insert(0, cwd)
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module_name.startswith(exc.name):
            raise TargetError(
                f"No module named {module_name!r} (from TARGET {target!r}). Check the spelling, "
                "run from the folder that contains it, or give the path to a .py file instead."
            ) from exc
        raise _import_failure(module_name, exc, None) from exc
    except SyntaxError as exc:
        raise TargetError(
            f"{exc.filename} has a syntax error at line {exc.lineno}: {exc.msg}. Fix the file and "
            "run again."
        ) from exc
    except Exception as exc:
        raise _import_failure(module_name, exc, None) from exc
    except SystemExit as exc:
        raise _import_exited(module_name, exc, None) from None
    source = Path(module.__file__) if module.__file__ else None
    return _pick(module, target, module_name, attribute, source)


def _pick(
    module: ModuleType, target: str, module_name: str, attribute: str, source: Path | None
) -> TargetSpec:
    if not attribute:
        spec = _from_module(module, label=module_name, group="", source=source)
        if not spec.agents:
            raise _no_agents(f"The module {module_name!r}")
        return spec
    try:
        value = getattr(module, attribute)
    except AttributeError:
        found = sorted(n for n, v in vars(module).items() if is_agent_class(v))
        hint = f" It defines these agents: {', '.join(found)}." if found else ""
        raise TargetError(
            f"The module {module_name!r} has no attribute {attribute!r}.{hint} Check the name "
            "after the colon."
        ) from None
    if isinstance(value, ModuleType):
        spec = _from_module(value, label=target, group="", source=source)
        if not spec.agents:
            raise _no_agents(f"The module {target!r}")
        return spec
    if callable(value) and not isinstance(value, type):
        return _from_tree_function(value, module, target, source)
    values = list(value) if isinstance(value, list | tuple) else [value]
    bad = [v for v in values if not is_agent_class(v)]
    if bad or not values:
        what = getattr(bad[0], "__name__", repr(bad[0])) if bad else "an empty list"
        raise TargetError(f"{target} is {what}, which is not an agent class. {_ACCEPTED}")
    agents = tuple(AgentSpec(_agent_name(v), v, "", source) for v in values)
    base = _from_module(module, label=target, group="", source=source)
    return TargetSpec(target, agents, None, base.policy_path, rules=base.rules)


_ACCEPTED = (
    "After the colon, name an agent class, a list of them, a module, or a function returning a "
    "supervisor.Team (taking no arguments, like a file's `tree`)."
)


def _from_tree_function(
    build: Callable[..., Any], module: ModuleType, target: str, source: Path | None
) -> TargetSpec:
    """``module:tree``: a function building the supervision tree, as a file's ``tree`` is.
    Called once here to learn its agents (the runtime calls it again to build the tree)."""
    from ._runtime import Team

    try:
        inspect.signature(build).bind()
    except TypeError:
        raise TargetError(
            f"{target} takes arguments, so it cannot build the tree. {_ACCEPTED}"
        ) from None
    except ValueError:
        pass  # no signature to read (a builtin): calling it says
    try:
        team = build()
    except Exception as exc:
        where = _user_frame(exc, source)
        at = f" (at {where})" if where else ""
        raise TargetError(
            f"{target} raised {type(exc).__name__}: {exc}{at}. Fix it and run again (--debug "
            "shows the full traceback)."
        ) from exc
    if not isinstance(team, Team):
        raise TargetError(f"{target} returned {_a(team)}, not a supervisor.Team. {_ACCEPTED}")
    agents: list[AgentSpec] = []

    def walk(node: Team) -> None:
        for member in node.members:
            if isinstance(member, Team):
                walk(member)
            elif is_agent_class(member):
                agents.append(AgentSpec(_agent_name(member), member, "", source))

    walk(team)
    if not agents:
        raise TargetError(f"{target} returned a Team with no agent classes in it. {_ACCEPTED}")
    base = _from_module(module, label=target, group="", source=source)
    return TargetSpec(target, tuple(agents), build, base.policy_path, rules=base.rules)


def _a(value: object) -> str:
    name = type(value).__name__
    return "None" if value is None else f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def load_target(target: str) -> TargetSpec:
    """Load ``target`` (a file, a folder, or ``module:attribute``).

    Raises:
        TargetError: with one sentence naming the file or attribute and the fix.
    """
    if not target.strip():
        raise TargetError("TARGET is empty; give a .py file, a folder, or module:attribute.")
    path = Path(target)
    looks_like_path = (
        target.endswith(".py") or "/" in target or "\\" in target or target.startswith(".")
    )
    if path.is_dir():
        return _load_folder(path)
    if path.is_file():
        if path.suffix != ".py":
            raise TargetError(
                f"{path} is not a Python file; give a .py file, a folder, or module:attribute."
            )
        spec = _load_file(path)
        if not spec.agents:
            raise _no_agents(str(path))
        return spec
    if looks_like_path and ":" not in target:
        raise TargetError(
            f"{target} does not exist. Check the path (relative paths start from "
            f"{Path.cwd()}), or give module:attribute."
        )
    return _load_import(target)
