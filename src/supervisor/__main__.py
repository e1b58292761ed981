"""``python -m supervisor``: the ``supervise`` command, where its console script is not on PATH."""

from __future__ import annotations

import sys

from ._console import main

if __name__ == "__main__":
    sys.exit(main())
