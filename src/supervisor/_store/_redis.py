"""Placeholder: the Redis store is being written."""

from __future__ import annotations

from typing import Any

__all__ = ["RedisStore"]


class RedisStore:
    """Not available yet."""

    def __init__(self, **options: Any) -> None:
        raise NotImplementedError("RedisStore is not written yet.")
