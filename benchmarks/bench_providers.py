"""Per-chunk parse cost of the provider layer: SSE decoding, ``json.loads`` and event mapping.

Run: ``.venv/bin/python benchmarks/bench_providers.py``. No network: it feeds recorded chunks
straight to the decoder and parser the providers use.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from supervisor._providers._anthropic import _MessagesParser
from supervisor._providers._common import SSEDecoder
from supervisor._providers._openai import _ChatParser

DATA = Path(__file__).parent.parent / "tests" / "data" / "sse"


def bench(name: str, fixture: str, parser_factory: type, rounds: int = 2000) -> None:
    blocks = [b + "\n\n" for b in (DATA / fixture).read_text().split("\n\n") if b.strip()]
    middle = [b.encode() for b in blocks[1:-3]]
    start = time.perf_counter()
    chunks = 0
    for _ in range(rounds):
        decoder = SSEDecoder()
        parser = parser_factory("bench")
        for raw in middle:
            for event, text in decoder.feed(raw):
                parser.feed(event, json.loads(text))
                chunks += 1
    elapsed = time.perf_counter() - start
    print(f"{name:10s} {elapsed / chunks * 1e6:6.2f} us per chunk ({chunks} chunks)")


if __name__ == "__main__":
    bench("openai", "openai_chat_text_usage.sse", _ChatParser)
    bench("anthropic", "anthropic_text.sse", _MessagesParser)
