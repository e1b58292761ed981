"""The ``supervise`` command line: run agents under supervision, check policies, read the ledger.

Commands:

- ``supervise run TARGET``: run the agents TARGET defines, with the live TUI on a terminal or JSON
  lines with ``--headless`` (or when stdout is not a terminal).
- ``supervise check-policy FILE``: validate a policy file and say in plain words what it does.
- ``supervise ledger``: spend per session, agent and model, from the store.
- ``supervise logs``: the audit log, filtered by session or agent; ``--verify`` checks its chain.

Every mistake a person can make (arguments, TARGET, policy file, store URL) ends in one message on
stderr and a non-zero exit status (see ``_exit_codes.ExitCode``), never a traceback; ``--debug``
shows the traceback for anything unexpected.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import importlib
import inspect
import json
import os
import signal
import sys
import textwrap
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import anyio
import anyio.abc

from ._console import end_startup, stopped_while_starting
from ._exit_codes import ExitCode

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence

    from rich.console import Console

    from ._approvals import ApprovalAnswer, Approver
    from ._target import TargetSpec
    from ._watchdog import StopWatch

__all__ = ["build_parser", "main"]

PROG = "supervise"
DEFAULT_STORE = "sqlite://"
"""The embedded default: a SQLite file (``.supervisor/ledger.db``) under the working directory."""
STORE_ENV = "SUPERVISE_STORE"


class CommandError(Exception):
    """A message for the person at the terminal, with the exit status to end with."""

    def __init__(self, message: str, code: ExitCode = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.code = code


# Help -----------------------------------------------------------------------------------------

_EXIT_TABLE = """\
exit status:
  0    every agent finished
  1    unexpected error (rerun with --debug for the traceback)
  2    bad usage or input: arguments, TARGET, policy file, store URL
  3    the run was stopped by policy (a rule's stop, or a budget refusal an
       agent did not catch)
  4    a failure escalated to the root of the supervision tree, or an agent
       stopped on an error no restart can cure (a rejected key, model or request)
       or, being temporary, not restarted after an error, or an agent's on_start
       failed
  5    the ledger store is unavailable or lost its data (or did not take a finished
       run's last charges)
  6    the audit log's hash chain is broken (logs --verify)
  130  interrupted (Ctrl-C, or SIGTERM or SIGHUP while starting or during a run)"""

_UNEXPECTED = "1    unexpected error (rerun with --debug for the traceback)"


def _exit_table(ok: str, *rows: str) -> str:
    """The exit statuses one command can end with (``_EXIT_TABLE`` is for `run` and the top)."""
    return "exit status:\n" + "\n".join(f"  {row}" for row in (f"0    {ok}", _UNEXPECTED, *rows))


_MAIN_EPILOG = f"""\
examples:
  supervise run examples/agents --policy examples/agents/policy.toml
  supervise run my_agents.py --headless > events.jsonl
  supervise check-policy policy.toml
  supervise ledger --session nightly
  supervise logs --agent researcher --verify

{_EXIT_TABLE}
"""

_RUN_EPILOG = f"""\
TARGET is a Python file, a folder of them (each file's agents get their own subtree; files
starting with '_' or 'test_' are skipped), or module:attribute (an agent class, a list of
them, a module, or a function returning a supervisor.Team: agents:tree runs that tree;
file.py:attribute works alike). A file defines agents (subclasses of
supervisor.Agent) and may define `tree` (a function returning a supervisor.Team),
`policy` (the path of a policy file) and `rules` (a list of policies.Rule instances: Python
rules, run alongside the policy file's).

examples:
  supervise run examples/agents --policy examples/agents/policy.toml
  supervise run agents.py --backend trio
  supervise run my_pkg.agents:Researcher --session nightly      # resume: spend carries over
  supervise run agents.py --headless --approve-timeout 10 --approve-default deny
  supervise run agents.py --store redis://localhost:6379/0      # budgets shared across hosts
  supervise run agents.py --tenant acme        # counts against acme's [budgets.tenant]

keys in the TUI when an agent asks for approval: a approve, d deny, s stop that agent.

{_EXIT_TABLE}
"""


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if value < 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected 0 or more seconds, got {text!r}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {text!r}")
    if value > _MOST:
        # The stores count in 64-bit integers: a larger number failed in SQLite's LIMIT
        # ("Python int too large to convert to SQLite INTEGER", exit 1).
        raise argparse.ArgumentTypeError(
            f"expected at most {_MOST:,}, got {text!r}; leave the option out for all of them"
        )
    return value


#: The largest count an option takes (``logs --limit``).
_MOST = 1_000_000_000


def _name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("expected a name, got an empty one")
    from ._names import name_problem

    unfit = name_problem(text)
    if unfit is not None:
        raise argparse.ArgumentTypeError(f"{text!r} cannot be a name: {unfit}")
    return text


def _add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        metavar="URL",
        default=None,
        help=(
            "the ledger store: sqlite:// (default, .supervisor/ledger.db here), "
            "sqlite:///relative/path.db, sqlite:////absolute/path.db (four slashes), "
            "memory:// or redis://host:port/db "
            f"(default: ${STORE_ENV} or {DEFAULT_STORE})"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``supervise`` and its subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Run LLM agents as supervised actors and govern every LLM and tool call they make, "
            "live: budgets, loop detection, rate limits, tool rules and human approval."
        ),
        epilog=_MAIN_EPILOG,
        formatter_class=_formatter,
    )
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback of unexpected errors"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    run = sub.add_parser(
        "run",
        help="run agents under supervision, with the live TUI",
        description=(
            "Run the agents TARGET defines under supervision. On a terminal a live view shows "
            "every agent, its spend against budget and each decision, and asks you when an "
            "agent needs approval; otherwise (or with --headless) events go to stdout as JSON "
            "lines."
        ),
        epilog=_RUN_EPILOG,
        formatter_class=_formatter,
    )
    run.add_argument("target", metavar="TARGET", help="a .py file, a folder, or module:attribute")
    run.add_argument(
        "--policy",
        metavar="FILE",
        type=Path,
        help="the policy file (TOML); overrides the `policy` the target names",
    )
    run.add_argument(
        "--backend",
        choices=("asyncio", "trio"),
        default="asyncio",
        help="the async backend (default: asyncio)",
    )
    run.add_argument(
        "--headless",
        action="store_true",
        help="no TUI: one JSON object per event on stdout; approvals follow --approve-default",
    )
    _add_store(run)
    run.add_argument(
        "--session",
        metavar="NAME",
        type=_name,
        help="the ledger session; naming an existing one resumes it with its spend "
        "(default: a new name from the date and time and a random suffix)",
    )
    run.add_argument(
        "--tenant",
        metavar="NAME",
        type=_name,
        default=None,
        help="the tenant this run's spend counts against: the policy's [budgets.tenant] "
        "limits every run given the same tenant together (default: none, and then no "
        "tenant budget applies)",
    )
    run.add_argument(
        "--approve-timeout",
        metavar="SECONDS",
        type=_positive_seconds,
        default=None,
        help="seconds before the default answer applies: in unattended runs always "
        "(default: the policy's escalation.timeout, else 30); at a terminal only when given, "
        "each question's from when it is shown (otherwise the prompt waits for a key)",
    )
    run.add_argument(
        "--approve-default",
        choices=("approve", "deny", "stop"),
        default=None,
        help="the answer given after the timeout (default: the policy's "
        "escalation.unattended_default, else deny)",
    )
    run.set_defaults(handler=_cmd_run)

    check = sub.add_parser(
        "check-policy",
        help="validate a policy file and explain what it does",
        description="Validate a policy file and say in plain words what it will do.",
        epilog="examples:\n  supervise check-policy examples/agents/policy.toml\n\n"
        + _exit_table("the policy is valid", "2    the file is missing or invalid"),
        formatter_class=_formatter,
    )
    check.add_argument("file", metavar="FILE", type=Path, help="the policy file (TOML)")
    check.set_defaults(handler=_cmd_check_policy)

    ledger = sub.add_parser(
        "ledger",
        help="spend per session, agent and model",
        description="Show spend per session, agent and model, read from the ledger store.",
        epilog=(
            "examples:\n  supervise ledger\n  supervise ledger --session nightly\n"
            "  supervise ledger --tenant acme\n"
            "  supervise ledger --store redis://localhost:6379/0\n\n"
            + _exit_table(
                "shown (also when there is no ledger here yet)",
                "2    bad usage: arguments, store URL, a session or tenant the store does not have",
                "5    the ledger store is unavailable",
            )
        ),
        formatter_class=_formatter,
    )
    _add_store(ledger)
    ledger.add_argument("--session", metavar="NAME", help="only this session")
    ledger.add_argument(
        "--tenant",
        metavar="NAME",
        help="also the tenant's spend across runs, against its budget (`run --tenant NAME`)",
    )
    ledger.set_defaults(handler=_cmd_ledger)

    logs = sub.add_parser(
        "logs",
        help="read (and verify) the audit log",
        description=(
            "Print the audit log: every decision but a plain allow (warnings, refusals, cuts, "
            "reroutes, stops, shadow-mode findings) with its reason, the rule that made it and "
            "the numbers it saw, every approval with its answer, and each restart of a crashed "
            "agent and each supervisor that gave up (agent.restarted, supervisor.gave_up). A run "
            "whose calls were all allowed and whose agents never crashed leaves no records; "
            "`supervise ledger` shows what it spent. Credentials are shown as [redacted]."
        ),
        epilog=(
            "examples:\n  supervise logs --session nightly\n"
            "  supervise logs --agent researcher --json | jq .\n"
            "  supervise logs --verify\n\n"
            + _exit_table(
                "shown (also when there is no ledger here yet)",
                "2    bad usage: arguments, store URL",
                "5    the ledger store is unavailable",
                "6    the audit log's hash chain is broken (--verify)",
            )
        ),
        formatter_class=_formatter,
    )
    _add_store(logs)
    logs.add_argument("--session", metavar="NAME", help="only this session")
    logs.add_argument("--agent", metavar="NAME", help="only this agent")
    logs.add_argument("--limit", metavar="N", type=_count, help="only the last N records")
    logs.add_argument(
        "--verify", action="store_true", help="check the hash chain; exit 6 if it is broken"
    )
    logs.add_argument("--json", action="store_true", help="one JSON object per record")
    logs.set_defaults(handler=_cmd_logs)

    stop = sub.add_parser(
        "stop",
        help="the kill switch: stop a session, an agent, or everything",
        description=(
            "Publish a stop on the ledger store. Every supervise process sharing that store "
            "(a Redis store reaches every host) cuts the matching agents' calls mid-stream and "
            "stops them within a second; the stop is recorded in the audit log with its reason."
        ),
        epilog=(
            "examples:\n  supervise stop --session nightly --reason 'runaway spend'\n"
            "  supervise stop --agent researcher --store redis://10.0.0.5:6379/0?prefix=team\n"
            "  supervise stop --all --reason 'provider incident'\n\n"
            + _exit_table(
                "the stop was published",
                "2    bad usage: arguments, store URL (a memory store cannot be reached)",
                "5    the ledger store is unavailable: nothing was stopped",
            )
        ),
        formatter_class=_formatter,
    )
    _add_store(stop)
    which = stop.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--session", metavar="NAME", type=_name, help="stop every agent of this session"
    )
    which.add_argument(
        "--agent", metavar="NAME", type=_name, help="stop this agent, in every session"
    )
    which.add_argument("--all", action="store_true", help="stop every agent everywhere")
    stop.add_argument("--reason", default="", help="why, for the audit log")
    stop.add_argument("--by", default="", help="who (default: the user name)")
    stop.set_defaults(handler=_cmd_stop)
    return parser


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("agent-supervisor")
    except Exception:
        return "unknown"


# Entry point -----------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``supervise`` console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)  # bad usage: argparse prints usage + message, exits 2
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    if handler is not _cmd_run:
        end_startup()  # the command's own handling from here (`run` ends it at its event loop)
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        _error("interrupted.")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`supervise ledger | head`): what it read was all it wanted.
        # Quietly, as a headless run's JSON lines do.
        _stdout_gone()
        return ExitCode.OK
    except BaseException as exc:
        if isinstance(exc, SystemExit | GeneratorExit):
            raise
        if args.debug:
            raise
        message, code = explain_error(exc)
        _error(_from_the_environment(args, exc, message))
        return code


def _from_the_environment(args: argparse.Namespace, exc: BaseException, message: str) -> str:
    """``message``, saying so when the store URL it is about came from $SUPERVISE_STORE: the
    person typed no URL, and would look for one in the command line in vain."""
    from ._store import InvalidStoreURL

    bad_url = any(
        isinstance(leaf, InvalidStoreURL) or isinstance(leaf.__cause__, InvalidStoreURL)
        for leaf in _leaves(exc)
    )
    if bad_url and getattr(args, "store", "") is None and os.environ.get(STORE_ENV):
        return (
            f"{message} (The URL is ${STORE_ENV}'s, as no --store was given: fix or unset it, "
            "or pass --store.)"
        )
    return message


def _stdout_gone() -> None:
    """Point stdout at devnull once its reader has gone, so that nothing written to it later
    (the interpreter's last flush included) raises BrokenPipeError again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _error(message: str) -> None:
    from policies import redact_text

    try:
        # Every message to stderr: one may quote a URL with its password, or an error's text.
        print(f"{PROG}: {redact_text(message)}", file=sys.stderr)
    except OSError:
        pass


def _leaves(exc: BaseException) -> list[BaseException]:
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for inner in exc.exceptions for leaf in _leaves(inner)]
    return [exc]


def explain_error(exc: BaseException) -> tuple[str, ExitCode]:
    """The one-line message and exit status for an error that reached the top.

    Known roots (``CommandError``, ``TargetError``, ``PolicyError``, store errors,
    ``SupervisorError``, ``ActorError``, ``OSError`` on files) get their own message; anything
    else gets a one-line summary and a hint to rerun with ``--debug``. Exception groups are
    unwrapped: Ctrl-C inside wins, then the first known error.
    """
    leaves = _leaves(exc)
    if any(isinstance(leaf, KeyboardInterrupt) for leaf in leaves):
        return "interrupted.", ExitCode.INTERRUPTED
    explained = [_explain_one(leaf) for leaf in leaves]
    known = [e for e in explained if e is not None]
    if known:
        return known[0]
    first = leaves[0]
    return (
        f"unexpected error: {type(first).__name__}: {first}. "
        f"Rerun with `{PROG} --debug ...` to see the traceback.",
        ExitCode.INTERNAL_ERROR,
    )


def _explain_one(exc: BaseException) -> tuple[str, ExitCode] | None:
    if isinstance(exc, CommandError):
        return str(exc), exc.code
    from actors import ActorError, StartError
    from policies import PolicyError

    from ._exceptions import ConfigurationError, SupervisorError
    from ._store import InvalidStoreURL, StoreError, StoreUnavailable

    if isinstance(exc, InvalidStoreURL):
        return str(exc), ExitCode.USAGE
    if isinstance(exc, StoreUnavailable):
        return f"the ledger store is unavailable: {exc}", ExitCode.STORE_UNAVAILABLE
    if isinstance(exc, StoreError):
        return f"ledger store error: {exc}", ExitCode.STORE_UNAVAILABLE
    if isinstance(exc, PolicyError):
        return str(exc), ExitCode.USAGE
    if isinstance(exc, ConfigurationError):
        return str(exc), ExitCode.USAGE
    if isinstance(exc, SupervisorError):
        return str(exc), ExitCode.INTERNAL_ERROR
    if isinstance(exc, StartError):
        return _start_failed(exc), ExitCode.ESCALATED
    if isinstance(exc, ActorError):
        return f"{type(exc).__name__}: {exc}", ExitCode.INTERNAL_ERROR
    if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError) and exc.filename:
        return f"{exc.filename}: {exc.strerror}.", ExitCode.USAGE
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}.", ExitCode.INTERNAL_ERROR
    return None


def _start_failed(exc: BaseException) -> str:
    """What failed to start (an agent whose ``on_start`` raised) and where, from the chain of
    ``StartError``s the supervisors raised, down to the error in the user's code."""
    from actors import StartError

    from ._exceptions import error_site

    path = getattr(exc, "path", "")
    cause: BaseException = exc
    while isinstance(cause, StartError) and cause.__cause__ is not None:
        cause = cause.__cause__
        path = getattr(cause, "path", path)
    if isinstance(cause, StartError):
        return f"{path} failed to start: {cause}."
    return (
        f"{path} failed to start: its on_start raised {type(cause).__name__}: {cause}"
        f"{error_site(cause)}. An agent that cannot start is not restarted (it would fail the "
        "same way); fix the error and run again."
    )


# check-policy ----------------------------------------------------------------------------------


def _load_policy(path: Path) -> Any:
    from policies import PolicyEngine, PolicyFileError, UnknownPrice, load_policy

    config = load_policy(path)
    # A [prices] entry that leaves out a token price keeps the table's: for a model the
    # table does not know (a misspelt name, a fine-tune) it prices nothing, and every call
    # to that model would be refused. Said now, as the schema says it for local models.
    partial = [
        ref
        for ref, price in config.prices.items()
        if price.input_per_mtok is None or price.output_per_mtok is None
    ]
    if partial:
        table = PolicyEngine.prices_for(config)
        problems: list[str] = []
        for ref in partial:
            try:
                table.price(ref)
            except UnknownPrice as exc:
                said = str(exc).split(" Add an entry", 1)[0]
                problems.append(
                    f'prices."{ref}": {said} Give the entry both input_per_mtok and '
                    "output_per_mtok, or correct the model's name."
                )
        if problems:
            raise PolicyFileError(str(path), problems)
    return config


def _unknown_price_refs(config: Any) -> list[str]:
    """Warnings for ``[prices]`` entries naming a model the price table does not know but
    spells much like one it does: the entry prices calls to exactly that name only, so the
    model meant keeps the table's price."""
    from policies import PriceTable
    from policies._prices import _close_names

    kinds = config.provider_kinds()
    table = PriceTable(provider_kinds=kinds)
    warnings: list[str] = []
    for ref in config.prices:
        provider, _, model = ref.partition(":")
        if kinds.get(provider, provider) in ("local", "scripted") or table.known(ref):
            continue
        close = _close_names(kinds.get(provider, provider), model, provider)
        if close:
            warnings.append(
                f'prices."{ref}" names a model the price table does not know.{close} The '
                "entry prices calls to exactly that name (right for a fine-tune or a model "
                "newer than the table); the model meant keeps the table's price."
            )
    return warnings


def _cmd_check_policy(args: argparse.Namespace) -> int:
    from policies import explain_policy

    config = _load_policy(args.file)
    print(f"{args.file}: valid.")
    print(explain_policy(config))
    for warning in _unknown_price_refs(config):
        print(f"Warning: {warning}")
    return ExitCode.OK


# run -------------------------------------------------------------------------------------------


def _store_url(args: argparse.Namespace) -> str:
    url = args.store or os.environ.get(STORE_ENV) or DEFAULT_STORE
    return str(url)


def _shown_store_url(args: argparse.Namespace) -> str:
    """The store URL as printed: a Redis URL's password is ``[redacted]``."""
    from policies import redact_text

    return redact_text(_store_url(args))


def _default_session() -> str:
    """A new session's name: the date and time, and a random suffix, so that runs started in
    the same second (a cron starting several jobs) never share one session and its budget."""
    import secrets

    return f"run-{dt.datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def _cmd_run(args: argparse.Namespace) -> int:
    try:
        run, headless = _prepared_run(args)
    except KeyboardInterrupt:
        # A stop signal while the target, its policy or the runtime loaded (see _console).
        return stopped_while_starting()
    finally:
        end_startup()  # the run takes the signals itself, in the first lines of _run_async
    with _terminal_restored(), _run_logging(headless):
        return anyio.run(run, backend=args.backend)


def _prepared_run(args: argparse.Namespace) -> tuple[Callable[[], Awaitable[int]], bool]:
    """What ``supervise run`` does before its event loop: load the target, its policy and the
    runtime. Returns the run, to pass to ``anyio.run``, and whether it is headless."""
    from ._target import load_target

    spec = load_target(args.target)
    policy_path: Path | None = args.policy or spec.policy_path
    if args.policy is None and policy_path is not None and not policy_path.exists():
        from ._target import TargetError

        raise TargetError(
            f"{spec.name} names the policy file {str(policy_path)!r} (its 'policy'), which "
            f"does not exist (looked for at {policy_path.absolute()}). Create it, pass "
            "--policy FILE, or remove 'policy' from the module to run without one."
        )
    if policy_path is not None:
        policy = _load_policy(policy_path)
    else:
        from policies import PolicyConfig

        policy = PolicyConfig()
    from ._runtime import Runtime

    headless = bool(args.headless) or not sys.stdout.isatty()
    interactive = not headless and sys.stdin.isatty()
    session = args.session or _default_session()
    run = partial(
        _run_async,
        runtime_cls=Runtime,
        spec=spec,
        policy=policy,
        policy_path=policy_path,
        store_url=_store_url(args),
        session=session,
        tenant=args.tenant,
        headless=headless,
        interactive=interactive,
        approve_timeout=_approve_timeout(args, policy),
        approve_default=_approve_default(args, policy),
        # At a terminal a person is waited for, unless --approve-timeout says how long.
        terminal_timeout=(
            float(args.approve_timeout) if args.approve_timeout is not None else None
        ),
        backend=args.backend,
        stop_signals=_stop_signals(),
    )
    # What _run_async imports before it takes the signals, loaded here, where a stop signal is
    # still start-up's (the TUI's modules take some 40 ms).
    for module in ("_approvals", "_events", "_store", "_tui", "_watchdog"):
        importlib.import_module(f"{__package__}.{module}")
    return run, headless


#: Environment variable naming the log level of ``supervise run`` (default ``info``).
LOG_LEVEL_ENV = "SUPERVISE_LOG_LEVEL"
#: Where ``supervise run`` writes its structured log: never stdout (JSON lines or the TUI).
LOG_FILE = Path(".supervisor") / "supervise.log"


class _RunLogger:
    """A structlog logger writing every record to the log file and errors also to stderr.

    stdout belongs to the JSON-lines events (headless) or the live display; a log line there
    would corrupt both. On a terminal the display owns stderr too, so only the file is used.

    No record is lost without a word. The file is reopened when it was deleted or rotated
    away (renamed) during the run, as ``logging.handlers.WatchedFileHandler`` does: one
    ``stat`` per record, and records are few (decisions, errors; never one per chunk). When
    it cannot be written (a full disk, a file size limit, no permission), stderr says so once
    (under the TUI, which owns stderr, only before it starts); headless, every record then goes
    to stderr instead; under the TUI the records are counted, and :meth:`close` says how many
    were lost.
    """

    def __init__(self, path: Path, echo_errors: bool) -> None:
        self._path = path
        self._echo = echo_errors
        self._file: IO[bytes] | None = None
        self._id: tuple[int, int] | None = None  # (device, inode) of the open file
        self._failure = ""  # why the last write failed; "" while writes work
        self._said = False  # stderr was told the file cannot be written
        self.lost = 0  # records neither in the file nor on stderr
        self.diverted = 0  # records written to stderr because the file could not be
        self._quiet = False  # stderr is not to be written now (the TUI's display owns it)
        self._open()
        # From here on, under the TUI, stderr is the display's: what failed is said at close.
        self._quiet = not echo_errors

    def _open(self) -> bool:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            # Unbuffered, one write per record: a short write (the disk filled in the middle
            # of a record) is a failure like any other, never a record left in a buffer.
            self._file = self._path.open("ab", buffering=0)
            stat = os.fstat(self._file.fileno())
        except OSError as exc:
            self._failed(exc)
            return False
        self._id = (stat.st_dev, stat.st_ino)
        return True

    def _current(self) -> bool:
        """Whether the open file is still the one at the path (not deleted, not rotated)."""
        try:
            stat = os.stat(self._path)
        except OSError:
            return False
        return (stat.st_dev, stat.st_ino) == self._id

    def _failed(self, exc: OSError) -> None:
        self._failure = exc.strerror or str(exc)
        if self._said or self._quiet:
            return
        self._said = True
        then = (
            "its records go to stderr instead"
            if self._echo
            else "records are lost until it can be written; the count is given at the end"
        )
        _say_on_stderr(f"cannot write the log file {self._path} ({self._failure}); {then}.")

    def msg(self, message: str) -> None:
        line = (message + "\n").encode("utf-8", "backslashreplace")
        written = False
        if (self._file is not None and self._current()) or self._open():
            assert self._file is not None
            try:
                count = self._file.write(line) or 0
                written = count == len(line)
                if not written:
                    # The disk filled in the middle of the record: take its start back out,
                    # so the file holds whole JSON lines only.
                    fd = self._file.fileno()
                    os.ftruncate(fd, max(os.fstat(fd).st_size - count, 0))
                    raise OSError(errno.EFBIG, "File too large")
            except OSError as exc:
                written = False
                self._failed(exc)
        error = '"level": "error"' in message or '"level": "critical"' in message
        if self._echo and (error or not written):
            with contextlib.suppress(OSError, ValueError):
                print(message, file=sys.stderr, flush=True)
            self.diverted += not written
        elif not written:
            self.lost += 1

    log = debug = info = warning = warn = error = critical = exception = fatal = msg

    def close(self) -> None:
        """Close the file; say on stderr what could not be written to it, if anything."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        if self.lost or self.diverted:
            where = f"{self.lost} lost" if self.lost else ""
            if self.diverted:
                where += ("; " if where else "") + f"{self.diverted} written to stderr instead"
            _say_on_stderr(
                f"log records that could not be written to {self._path} ({self._failure}): {where}."
            )


def _say_on_stderr(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(f"supervise: {text}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def _run_logging(headless: bool) -> Any:
    """Send structlog to ``.supervisor/supervise.log`` (JSON, one record a line) for the run.

    The level comes from ``$SUPERVISE_LOG_LEVEL`` (default ``info``). Headless runs also echo
    errors to stderr. Credentials are redacted from every record. The previous structlog
    configuration is restored afterwards, so tests that call :func:`main` in-process (and
    ``structlog.testing.capture_logs``) are unaffected.
    """
    import logging

    import structlog

    from ._events import redact_secrets

    level_name = os.environ.get(LOG_LEVEL_ENV, "info").strip().upper() or "INFO"
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        raise CommandError(
            f"${LOG_LEVEL_ENV}={level_name.lower()!r} is not a log level; use debug, info, "
            "warning or error."
        )
    saved = structlog.get_config()
    logger = _RunLogger(LOG_FILE, echo_errors=headless)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            redact_secrets,  # after the traceback is text: an error may quote a key
            structlog.processors.JSONRenderer(default=str),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=lambda *_args: logger,
        cache_logger_on_first_use=False,
    )
    try:
        yield
    finally:
        structlog.configure(**saved)
        logger.close()


def _approve_timeout(args: argparse.Namespace, policy: Any) -> float:
    """--approve-timeout, else the policy file's ``escalation.timeout`` if it sets one, else 30."""
    if args.approve_timeout is not None:
        return float(args.approve_timeout)
    escalation = getattr(policy, "escalation", None)
    if escalation is not None and "timeout" in escalation.model_fields_set:
        return float(escalation.timeout)
    return 30.0


def _approve_default(args: argparse.Namespace, policy: Any) -> ApprovalAnswer:
    """--approve-default, else the policy's ``escalation.unattended_default`` (deny)."""
    if args.approve_default is not None:
        return args.approve_default  # type: ignore[no-any-return]
    escalation = getattr(policy, "escalation", None)
    if escalation is not None:
        return escalation.unattended_default  # type: ignore[no-any-return]
    return "deny"


@contextlib.contextmanager
def _terminal_restored() -> Any:
    """Put the terminal back exactly as it was, whatever happens inside (belt and braces).

    The terminal is standard input's when that is one, else the one the live view draws on
    (``supervise run < /dev/null`` at a terminal turns its echo off too)."""
    saved: Any = None
    fd = -1
    try:
        import termios

        for stream in (sys.stdin, sys.stdout, sys.stderr):
            with contextlib.suppress(AttributeError, OSError, ValueError):
                if stream is not None and os.isatty(stream.fileno()):
                    fd = stream.fileno()
                    saved = termios.tcgetattr(fd)
                    break
    except (ImportError, OSError, ValueError):
        saved = None
    try:
        yield
    finally:
        if saved is not None:
            import termios

            with contextlib.suppress(OSError):
                termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def _build_router(policy: Any) -> Any:
    from ._providers import ModelRouter

    return ModelRouter.from_policy(policy)


#: Why each signal that stops a run came, for the run's last message.
_SIGNAL_WORDS = {"SIGINT": "Ctrl-C", "SIGTERM": "terminated", "SIGHUP": "hang-up"}


def _stop_signals() -> tuple[signal.Signals, ...]:
    """The signals that stop a run cleanly: Ctrl-C (SIGINT), SIGTERM (``docker stop``,
    systemd, ``timeout``, a cancelled CI job) and SIGHUP (the ssh session or terminal of a run
    in the foreground went away), unless this process was started with one ignored
    (``nohup``, a background job of a script), which is respected."""
    wanted = [signal.SIGINT, signal.SIGTERM]
    hang_up = getattr(signal, "SIGHUP", None)  # not on Windows
    if hang_up is not None:
        wanted.append(hang_up)
    return tuple(s for s in wanted if signal.getsignal(s) is not signal.SIG_IGN)


def _signal_receiver(
    stack: contextlib.ExitStack, signals: tuple[signal.Signals, ...]
) -> AsyncIterator[int] | None:
    """Take ``signals`` from now on (entered on ``stack``): each is queued for
    :func:`_stop_on_signals` instead of ending the process; None where they cannot be taken
    (not the main thread: the defaults stay), or when there are none."""
    if not signals:
        return None
    try:
        return stack.enter_context(anyio.open_signal_receiver(*signals))
    except (RuntimeError, ValueError, OSError):
        return None


async def _stop_on_signals(
    received: AsyncIterator[int] | None,
    runtime: Any,
    stack: contextlib.ExitStack,
    watchdog: StopWatch | None = None,
    *,
    task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED,
) -> None:
    """Interrupt ``runtime`` (``Runtime.interrupt``) at the first signal ``received``.

    Left to the backends, Ctrl-C cancels the run on asyncio and raises KeyboardInterrupt in
    whichever task is running on trio (an agent mid-stream, the governor); either can end the
    governor before a cut call settles, so its reservation stays open and the next open of the
    ledger charges it at its whole worst case. SIGTERM, by default, ends the process on the
    spot, with the same effect. ``Runtime.interrupt`` cuts every call while the governor still
    records what each used. The signals are taken before the ledger is opened (which can wait
    for another process's lock): one that came meanwhile is queued and acted on here, once the
    run is set up. Once it is asked, the handlers are removed (``stack`` is closed): a second
    Ctrl-C forces the exit the backend's way, or, with ``watchdog``, at once, saying so (an
    agent that catches the cancellation and goes on would hold the backend's way for ever).
    """
    task_status.started()
    if received is None:
        return
    async for signum in received:
        import structlog

        name = signal.Signals(signum).name
        structlog.get_logger("supervisor.cli").warning("cli.interrupted", signal=name)
        why = f"{name} ({_SIGNAL_WORDS.get(name, 'terminated')})"
        runtime.interrupt(why)
        stack.close()
        if watchdog is not None:
            watchdog.stopping(why, _stop_signals())
        return


async def _maybe_await(value: Any) -> Any:
    if inspect.isawaitable(value):
        return await value
    return value


async def _run_async(
    *,
    runtime_cls: Any,
    spec: TargetSpec,
    policy: Any,
    policy_path: Path | None,
    store_url: str,
    session: str,
    headless: bool,
    interactive: bool,
    tenant: str | None = None,
    approve_timeout: float,
    approve_default: ApprovalAnswer,
    backend: str,
    terminal_timeout: float | None = None,
    stop_signals: tuple[signal.Signals, ...] = (),
) -> int:
    from ._approvals import TerminalApprover, UnattendedApprover
    from ._events import FanOutSink, JsonLinesSink
    from ._store import open_store
    from ._tui import LiveDisplay, RunView
    from ._watchdog import StopWatch

    # From here a signal is queued for the run, not the end of the process (see
    # _stop_on_signals), also one that comes while the store opens or the providers load;
    # the handlers go when this function returns.
    signals = contextlib.ExitStack()
    received = _signal_receiver(signals, stop_signals)
    # Sees a stop signal that finds the loop held by code that does not await, and a run
    # that does not end after one (see StopWatch).
    watchdog: StopWatch | None = None
    if received is not None:
        watchdog = StopWatch()
        if not watchdog.install(stop_signals):
            watchdog = None
    try:
        sink = FanOutSink()
        view: RunView | None = None
        display: LiveDisplay | None = None
        lines: JsonLinesSink | None = None
        if headless:
            lines = JsonLinesSink(sys.stdout)
            sink.add(lines)
        else:
            view = RunView()
            sink.add(view)
            display = LiveDisplay(view)
        approver: Approver
        terminal: TerminalApprover | None = None
        if interactive:
            terminal = TerminalApprover(sink, timeout=terminal_timeout, default=approve_default)
            approver = terminal
        else:
            approver = UnattendedApprover(sink, timeout=approve_timeout, default=approve_default)

        try:
            store = open_store(store_url)
        except Exception as exc:
            raise CommandError(str(exc), ExitCode.USAGE) from exc
        router = _build_router(policy)
        return await _run_with_store(
            runtime_cls=runtime_cls,
            spec=spec,
            policy=policy,
            policy_path=policy_path,
            store=store,
            router=router,
            session=session,
            tenant=tenant,
            backend=backend,
            sink=sink,
            lines=lines,
            display=display,
            terminal=terminal,
            approver=approver,
            received=received,
            signals=signals,
            watchdog=watchdog,
        )
    finally:
        if watchdog is not None:
            watchdog.close()  # first: it holds the signals on top of the loop's receiver
        signals.close()


async def _run_with_store(
    *,
    runtime_cls: Any,
    spec: TargetSpec,
    policy: Any,
    policy_path: Path | None,
    store: Any,
    router: Any,
    session: str,
    backend: str,
    tenant: str | None = None,
    sink: Any,
    lines: Any,
    display: Any,
    terminal: Any,
    approver: Approver,
    received: AsyncIterator[int] | None,
    signals: contextlib.ExitStack,
    watchdog: StopWatch | None = None,
) -> int:
    """The rest of :func:`_run_async`, with the signals taken: open ``store``, run ``spec``."""
    from ._events import Notice, RunFinished, RunStarted
    from ._store import StoreUnavailable

    sink.emit(RunStarted(spec.name, session, str(policy_path) if policy_path else None, backend))
    for warning in getattr(policy, "warnings", ()):
        # What check-policy prints after "valid.": the person running it should see it too.
        sink.emit(Notice(f"{policy_path}: {warning}", "warning"))
    tenant_budget = getattr(policy, "budgets", {}).get("tenant")
    if tenant is None and tenant_budget is not None and tenant_budget.mode == "enforce":
        sink.emit(
            Notice(
                f"{policy_path}: budgets.tenant limits only runs given a tenant; this run has "
                "none, so no tenant budget applies to it. Pass --tenant NAME.",
                "warning",
            )
        )
    outcome: Any = None
    failed: tuple[str, int] | None = None
    opened = False  # what fails once the store is open is not its opening
    try:
        async with store:
            opened = True
            runtime = runtime_cls(
                policy=policy,
                store=store,
                router=router,
                approver=approver,
                sink=sink,
                session=session,
                tenant=tenant,
                rules=spec.rules,
                tune_gc=True,  # this process is ours: keep full collections off the loop
            )
            async with anyio.create_task_group() as tg:
                if lines is not None:
                    await tg.start(lines.run)  # the JSON lines are written behind the calls
                if display is not None:
                    await tg.start(display.run)
                if terminal is not None:
                    await tg.start(terminal.run)
                if watchdog is not None:
                    watchdog.interrupt = getattr(runtime, "interrupt", None)
                    await tg.start(watchdog.heartbeat)
                await tg.start(_stop_on_signals, received, runtime, signals, watchdog)
                outcome = await runtime.run(spec)
                tg.cancel_scope.cancel()
    except Exception as exc:
        # The run could not start (bad input found by the runtime, a store gone): the JSON
        # lines still end with RunFinished, saying what the exit status and message say.
        if not opened and isinstance(exc, StoreUnavailable):
            exc = CommandError(
                f"the ledger store is unavailable, so nothing started: {exc}",
                ExitCode.STORE_UNAVAILABLE,
            )
        message, code = explain_error(exc)
        failed = (message, int(code))
        if isinstance(exc, CommandError):
            raise exc from None
        raise
    except BaseException as exc:
        # Ctrl-C: trio raises KeyboardInterrupt in here; asyncio cancels this task and raises
        # it once the loop has stopped. Either way the JSON lines end with RunFinished too.
        leaves = _leaves(exc)
        cancelled = anyio.get_cancelled_exc_class()
        if any(isinstance(leaf, KeyboardInterrupt | cancelled) for leaf in leaves):
            failed = ("interrupted.", int(ExitCode.INTERRUPTED))
        raise
    finally:
        aclose = getattr(router, "aclose", None)
        if aclose is not None:
            with anyio.CancelScope(shield=True):
                await _maybe_await(aclose())
        if outcome is not None:
            sink.emit(RunFinished(int(outcome.exit_code), str(outcome.reason)))
        elif failed is not None:
            sink.emit(RunFinished(failed[1], failed[0]))
        if display is not None:
            display.print_summary()
    if outcome is None:
        return int(ExitCode.INTERNAL_ERROR)
    if outcome.exit_code == ExitCode.INTERRUPTED:
        _error(f"{outcome.reason}.")
    return int(outcome.exit_code)


# ledger and logs -------------------------------------------------------------------------------


def _with_store(
    args: argparse.Namespace,
    work: Callable[[Any], Any],
    *,
    reads: bool = True,
    unavailable: str = "",
) -> Any:
    """Run ``work(store)`` on the store ``args`` name. ``reads``: ``work`` needs a ledger a
    run has used (it reads it, or publishes a stop that only runs on that ledger would see),
    so a SQLite ledger that is not there is reported (NoLedger), not made. ``unavailable`` says
    what a store that cannot be reached means for this command (the kill switch: that
    nothing was stopped)."""
    import anyio

    from ._store import (
        DEFAULT_SQLITE_PATH,
        MemoryStore,
        SQLiteStore,
        StoreUnavailable,
        open_store,
    )

    url = _store_url(args)
    if url.partition(":")[0].lower() == "redis":
        # These commands spend nothing: a stop must get through, and the ledger and its log
        # be read, even from a Redis that lost data a run would refuse to count on. They
        # neither check nor write what this host remembers of the ledger.
        store = open_store(url, memory=None)
    else:
        store = open_store(url)
    if isinstance(store, MemoryStore):
        # A memory store lives and dies inside the one process that runs with it: another
        # process (this command) can neither read it nor stop what runs on it.
        raise CommandError(
            f"{_shown_store_url(args)} is a memory store: it lives only inside the run that "
            f"uses it and is gone when that run ends, so `{PROG} {args.command}` cannot reach "
            "it. Give the run and this command the same SQLite file or Redis (--store)"
            + (
                "; to stop a run on a memory store, press Ctrl-C in it or send it SIGTERM."
                if args.command == "stop"
                else "."
            )
        )

    async def go() -> Any:
        async with store:
            return await work(store)

    if reads and isinstance(store, SQLiteStore) and not store.path.exists():
        # Reading a ledger that is not there (often: run from another folder than the run
        # was) creates no empty one as a side effect.
        raise NoLedger(
            f"There is no ledger at {store.path} yet: no run has used this store. Runs write "
            f"{DEFAULT_SQLITE_PATH} in the folder they run in; run this there, or pass --store."
        )

    try:
        return anyio.run(go)
    except StoreUnavailable as exc:
        if not unavailable:
            raise
        raise CommandError(f"{unavailable}: {exc}", ExitCode.STORE_UNAVAILABLE) from exc


class NoLedger(Exception):
    """The SQLite ledger a read command names does not exist."""


def _console() -> Console:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich exits 1 here (SystemExit); main() ends a closed pipe quietly with 0 instead,
            # as it does for plain prints (`supervise logs | head`).
            self.quiet = True
            raise BrokenPipeError

    return _Console()


def _cmd_ledger(args: argparse.Namespace) -> int:
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    from policies import Scope, agent_name_of, format_usd

    shared_scopes = [Scope("global", "global")]
    if args.tenant:
        shared_scopes.insert(0, Scope("tenant", args.tenant))

    async def work(store: Any) -> Any:
        sessions = await store.list_sessions()
        # What people granted on each session's budget (approving calls that did not fit).
        granted = {}
        for s in sessions:
            if not args.session or s.session == args.session:
                balance = await store.balance(Scope("session", s.session))
                if not balance.granted.is_zero():
                    granted[s.session] = balance.granted
        return sessions, [await store.balance(scope) for scope in shared_scopes], granted

    try:
        listed, balances, granted = _with_store(args, work)
        sessions = list(listed)
    except NoLedger as exc:
        print(exc, file=sys.stderr)
        sessions, balances, granted = [], [], {}
        if not args.session and not args.tenant:
            return ExitCode.OK
    shared = dict(zip(shared_scopes, balances, strict=False))
    if args.tenant:
        tenant = shared.get(shared_scopes[0])
        if tenant is None or (
            tenant.limit.is_unlimited() and tenant.spent.is_zero() and tenant.reserved.is_zero()
        ):
            raise CommandError(
                f"the store {_shown_store_url(args)} has no spend or budget for the tenant "
                f"{args.tenant!r}. Runs are counted for a tenant when given `--tenant NAME` "
                "(`Runtime(tenant=...)`) and the policy has a `budgets.tenant`."
            )
    if args.session:
        sessions = [s for s in sessions if s.session == args.session]
        if not sessions:
            raise CommandError(
                f"the store {_shown_store_url(args)} has no session named {args.session!r}. "
                f"Run `{PROG} ledger` to list the sessions it has."
            )
    console = _console()
    if not sessions:
        console.print(f"The store {escape(_shown_store_url(args))} holds no sessions yet.")
        return ExitCode.OK
    from ._names import visible

    rows: list[tuple[str, Any, bool]] = []  # (name, amounts, a session's own row)
    for s in sessions:
        # Names from the store: shown with control and invisible characters as escapes.
        rows.append((visible(s.session), s, True))
        for agent, amounts in sorted(s.by_agent.items(), key=lambda kv: -kv[1].cost):
            rows.append((f"  agent {visible(agent_name_of(agent))}", amounts, False))
        for model, amounts in sorted(s.by_model.items(), key=lambda kv: -kv[1].cost):
            rows.append((f"  model {visible(model)}", amounts, False))
    # One name column that is never cut: a piped ledger is 80 columns wide, and a cut name
    # ("scripted:writ…") can stand for two models.
    table = Table(title="Spend per session", box=box.SIMPLE_HEAVY)
    width = max(len(name) for name, _, _ in rows)
    table.add_column("session / agent / model", no_wrap=True, min_width=width)
    for column in ("spent", "tokens", "calls", "reserved now"):
        table.add_column(column, justify="right", no_wrap=True)
    if granted:
        # Only where a person raised a session's budget: the column says by how much.
        table.add_column("granted", justify="right", no_wrap=True)
    extra = [""] if granted else []
    for name, of, own in rows:
        if own:
            more = granted.get(of.session)
            table.add_row(
                f"[bold]{escape(name)}[/bold]",
                f"[bold]{format_usd(of.spent.cost)}[/bold]",
                str(of.spent.tokens),
                str(of.calls),
                format_usd(of.reserved.cost),
                *([_granted_text(more)] if granted else []),
            )
        else:
            table.add_row(
                escape(name), format_usd(of.cost), str(of.tokens), str(of.calls), "", *extra
            )
    console.print(table)
    _print_shared_budgets(console, shared)
    return ExitCode.OK


def _granted_text(granted: Any) -> str:
    """What people granted on a budget, ``$0.42``, ``$0.42, 1,000 tokens``; "" for nothing."""
    from policies import format_usd

    if granted is None:
        return ""
    parts = [
        format_usd(granted.cost) if granted.cost else "",
        f"{granted.tokens:,} tokens" if granted.tokens else "",
        f"{granted.calls:,} calls" if granted.calls else "",
    ]
    return ", ".join(p for p in parts if p)


def _print_shared_budgets(console: Any, shared: Mapping[Any, Any]) -> None:
    """The budgets runs share (a tenant's, asked for; the global one, where anything counts
    on it): spend and what is held now against the limit, in the limit's current window."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    from policies import format_usd

    from ._names import visible

    rows = [
        (scope, balance)
        for scope, balance in shared.items()
        if scope.kind == "tenant"
        or not (balance.spent.is_zero() and balance.reserved.is_zero())
        or not balance.limit.is_unlimited()
    ]
    if not rows:
        return
    table = Table(title="Budgets shared across runs", box=box.SIMPLE_HEAVY)
    table.add_column("scope", no_wrap=True)
    for column in ("spent", "tokens", "calls", "reserved now", "limit"):
        table.add_column(column, justify="right", no_wrap=True)
    for scope, balance in rows:
        name = (
            "global (every run on this store)"
            if scope.kind == "global"
            else (f"tenant {visible(scope.id)}")
        )
        limit = balance.limit
        limits = [
            f"{format_usd(limit.cost)}" if limit.cost is not None else "",
            f"{limit.tokens:,} tokens" if limit.tokens is not None else "",
            f"{limit.calls:,} calls" if limit.calls is not None else "",
        ]
        shown = ", ".join(part for part in limits if part) or "none"
        if limit.window is not None and not limit.is_unlimited():
            shown += f" a {limit.window}"
        if not balance.granted.is_zero():
            shown += f" (granted {_granted_text(balance.granted)})"
        table.add_row(
            escape(name),
            format_usd(balance.spent.cost),
            str(balance.spent.tokens),
            str(balance.spent.calls),
            format_usd(balance.reserved.cost),
            escape(shown),
        )
    console.print(table)


def _cmd_stop(args: argparse.Namespace) -> int:
    import getpass

    from ._store import StopSignal

    if args.all:
        signal = StopSignal("all", "", args.reason, args.by or getpass.getuser())
        what = "every agent"
    elif args.session:
        signal = StopSignal("session", args.session, args.reason, args.by or getpass.getuser())
        what = f"session {args.session!r}"
    else:
        signal = StopSignal("agent", args.agent, args.reason, args.by or getpass.getuser())
        what = f"agent {args.agent!r}"

    async def work(store: Any) -> bool:
        await store.publish_stop(signal)
        if not args.session:
            return True
        return any(s.session == args.session for s in await store.list_sessions())

    not_published = f"the stop for {what} was NOT published, so nothing was stopped"
    try:
        # A stop into a ledger no run has used reaches nothing (a run reads the stops of its
        # own file): said, not published into a new, empty ledger with "stop published".
        known = _with_store(args, work, unavailable=not_published)
    except NoLedger as exc:
        raise CommandError(f"{not_published}: {exc}") from exc
    print(f"stop published for {what} on {_shown_store_url(args)}.", file=sys.stderr)
    if not known:
        # A misspelt name stops nothing that runs: the person must not leave believing the
        # runaway session is stopped.
        print(
            f"note: the store has no session named {args.session!r}, so no running agent was "
            "stopped. Check the name: `supervise ledger` lists the sessions.",
            file=sys.stderr,
        )
    return ExitCode.OK


def _cmd_logs(args: argparse.Namespace) -> int:
    async def work(store: Any) -> Any:
        records = await store.read_audit(session=args.session, agent=args.agent, limit=args.limit)
        verification = await store.verify_audit() if args.verify else None
        return records, verification

    try:
        records, verification = _with_store(args, work)
    except NoLedger as exc:
        print(exc, file=sys.stderr)
        return ExitCode.OK
    from policies import redact

    try:
        if args.json:
            for r in records:
                line = {
                    "seq": r.seq,
                    "time": r.time,
                    "event": r.event,
                    "session": r.session,
                    "agent": r.agent,
                    # Records are redacted when written; a record an older version wrote
                    # (its redaction knew fewer shapes) is redacted again when shown. Shown
                    # only: the stored record, and so its hash, is never changed.
                    "data": redact(dict(r.data)),
                    "hash": r.hash,
                }
                print(json.dumps(line, default=str, separators=(",", ":")))
        else:
            from rich.markup import escape

            from ._names import visible

            console = _console()
            if not records:
                console.print(
                    "No audit records match. The audit log keeps every decision but a plain "
                    "allow, so a run whose calls were all allowed leaves none there; "
                    "`supervise ledger` shows what it spent.",
                    style="dim",
                )
            for r in records:
                when = dt.datetime.fromtimestamp(r.time).strftime("%Y-%m-%d %H:%M:%S")
                # What a model wrote (a tool's name, its arguments) is in the records: shown
                # with control and invisible characters as escapes, as on the live screen.
                who = visible(" ".join(x for x in (r.session, r.agent) if x))
                data = visible(", ".join(f"{k}={v}" for k, v in redact(dict(r.data)).items()))
                console.print(
                    f"[dim]{r.seq:>6} {when}[/dim] [bold]{escape(who)}[/bold] "
                    f"{escape(visible(r.event))}"
                    + (f"  [dim]{escape(textwrap.shorten(data, 400))}[/dim]" if data else ""),
                    markup=True,
                    highlight=False,
                )
        sys.stdout.flush()  # a closed pipe is found here, not at the interpreter's exit
    except BrokenPipeError:
        # The reader went away (`| head`): the verdict of --verify still counts, on stderr.
        _stdout_gone()
    if verification is not None:
        if verification.ok:
            print(f"audit chain intact: {verification.records} records verified.", file=sys.stderr)
        else:
            where = (
                f" at record {verification.broken_at}" if verification.broken_at is not None else ""
            )
            _error(f"the audit chain is broken{where}: {verification.reason}")
            return ExitCode.AUDIT_BROKEN
    return ExitCode.OK
