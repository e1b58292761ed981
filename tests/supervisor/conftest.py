"""Fixtures for the governor tests; the helpers live in ``test_governor_support``.

``tests/supervisor`` is not a package, so the test modules import the helpers by module name
(pytest puts this folder on ``sys.path``).
"""

from __future__ import annotations

import pytest
from test_governor_support import Harness


@pytest.fixture
def harness() -> Harness:
    """A fresh in-process provider and event sink for one test."""
    return Harness()
