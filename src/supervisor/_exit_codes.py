"""Exit statuses of ``supervise``, so scripts and CI can tell outcomes apart.

====  =====================================================================
0     every agent finished (``supervise run``); the command did what it was asked
1     an unexpected internal error (rerun with ``--debug`` for the traceback)
2     bad usage or input: arguments, TARGET, policy file, store URL
3     the run was stopped by policy (``StopSession``, a budget, an operator's stop)
4     a failure escalated to the root of the supervision tree, or an agent stopped on an
      error no restart can cure (the provider rejected its key, model or request), or a
      ``temporary`` agent ended on an error (it is never restarted), or an agent's
      ``on_start`` raised (it failed to start)
5     the ledger store is unavailable (the governor fails closed), lost the ledger's data
      under the run (Redis), or did not take a finished run's last charges or audit records
      (the ledger is not exact)
6     ``supervise logs --verify`` found the audit chain broken
130   interrupted by Ctrl-C (or SIGTERM or SIGHUP while ``supervise`` starts or during
      ``supervise run``)
====  =====================================================================
"""

from __future__ import annotations

import enum

__all__ = ["ExitCode"]


class ExitCode(enum.IntEnum):
    """What ``supervise`` exits with; see the module docstring for the table."""

    OK = 0
    INTERNAL_ERROR = 1
    USAGE = 2
    STOPPED_BY_POLICY = 3
    ESCALATED = 4
    STORE_UNAVAILABLE = 5
    AUDIT_BROKEN = 6
    INTERRUPTED = 130
