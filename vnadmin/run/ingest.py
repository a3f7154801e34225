"""``vnadmin ingest``: list the sources, skip what the dataset already holds, process the rest (in supervised
worker processes here, or on a Dask cluster), stream the rows into the dataset, and summarise the run."""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from vnadmin.dataset import DatasetWriter, Holdings, holdings
from vnadmin.dataset.schema import source_keys, stored_path
from vnadmin.pipelines import DEFAULT, Pipeline
from vnadmin.run.files import is_dataset, iter_sources, sha256_of_source
from vnadmin.run.work import Batch, Processed

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 3, 4


@dataclass
class RunSummary:
    total: int = 0
    skipped: int = 0
    processed: int = 0
    seconds: float = 0.0
    status: Counter = field(default_factory=Counter)
    skipped_status: Counter = field(default_factory=Counter)  # statuses the skipped documents got before
    types: Counter = field(default_factory=Counter)
    citation_kinds: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    bytes: int = 0
    worker_restarts: int = 0

    @property
    def exit_code(self) -> int:
        """0 all ok; 3 some documents read only in part; 4 some documents failed: of all the inputs, those done
        in an earlier run included (a rerun does not hide a failure)."""
        statuses = self.status + self.skipped_status
        if statuses.get("failed"):
            return EXIT_FAILED
        if statuses.get("partial"):
            return EXIT_PARTIAL
        return EXIT_OK

    def count(self, done: Processed) -> None:
        self.processed += 1
        self.bytes += done.size
        self.status[done.status] += 1
        self.types[done.type or "(unknown)"] += 1
        self.citation_kinds.update(done.citation_kinds)
        if done.error_code:
            self.errors[done.error_code] += 1


def pending_sources(sources: list[str], held: Holdings, retry: Iterable[str] = ()) -> tuple[list[str], Counter]:
    """The sources still to process, and the statuses of those skipped: a source is done when the dataset
    holds it with the same content (SHA-256), or holds it as unreadable (nothing to compare), unless its
    status is one of ``retry`` ("failed", "partial"): then it is read again, and its new rows replace the old
    ones in the views."""
    retry = frozenset(retry)
    todo, skipped = [], Counter()
    base = os.getcwd()
    for source in sources:
        file = held.find(source_keys(stored_path(source), base))
        doc_id = ("" if "" in file.status else sha256_of_source(source)) if file is not None else None
        if doc_id is not None and doc_id in file.status and file.status[doc_id] not in retry:
            skipped[file.status[doc_id]] += 1
        else:
            todo.append(source)
    return todo, skipped


class UsageError(ValueError):
    """A run asked for what it cannot do: inputs that are not there, a dataset folder that is no dataset."""


def check_inputs(inputs: Iterable[str | os.PathLike], out: str | os.PathLike) -> None:
    """Refuse, before anything is written: an input that is not there (a typing error, not a document to record
    as failed); an input that is the dataset's folder or inside it (left out as the dataset's own files, it would
    give an empty run that says it succeeded); a dataset folder that is a file, or a folder holding other things
    than a dataset (its files would be mixed with the tables')."""
    from vnadmin.dataset import MANIFEST
    from vnadmin.dataset.schema import TABLES

    inputs = [str(given) for given in inputs]
    missing = [given for given in inputs if not os.path.lexists(given)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    out = Path(out)
    dataset = Path(os.path.realpath(out))
    for given in inputs:
        real = Path(os.path.realpath(given))
        if real == dataset or dataset in real.parents:
            raise UsageError(f"{given} is the dataset folder {out} or inside it: write the dataset elsewhere (-o)")
        if is_dataset(real):
            raise UsageError(f"{given} is a vnadmin dataset: its files are no documents (give the folders it was "
                             "made from)")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file: the dataset is a folder (-o)")
    if out.is_dir() and not (out / MANIFEST).exists():
        own = set(TABLES) | {"archive", MANIFEST}
        others = sorted(entry.name for entry in out.iterdir()
                        if entry.name not in own and not entry.name.startswith("."))
        if others:
            raise UsageError(f"{out} holds other files than a dataset ({', '.join(others[:3])}"
                             f"{' …' if len(others) > 3 else ''}): give a new or empty folder, or a dataset (-o)")


def _sources_and_pending(inputs, out, held: Holdings, retry: Iterable[str]) -> tuple[list[str], list[str], Counter]:
    """Every source under the inputs (the dataset's own folder left out), those to read, largest first (the last
    documents to finish are short ones), and the statuses of those skipped."""
    sources, seen, base = [], set(), os.getcwd()
    for source in iter_sources(inputs, exclude=Path(out).resolve()):
        key = source_keys(source, base)[-1]  # (its absolute path)
        if key not in seen:  # inputs that overlap give each file once
            seen.add(key)
            sources.append(source)
    todo, skipped = pending_sources(sources, held, retry)
    todo.sort(key=_size, reverse=True)
    return sources, todo, skipped


def _listed_again(inputs: list, sources: list[str], held: Holdings) -> list[str]:
    """Folders under the inputs that the dataset holds as failed without content (a folder whose files could not
    be listed) and that this run listed: their files are sources now, and the folder's row no longer stands."""
    base = os.getcwd()
    roots = [source_keys(str(given), base)[-1].rstrip("/") + "/" for given in inputs]
    listed = {source_keys(source, base)[-1] for source in sources}
    again = []
    for file in held.held_files():
        if set(file.status) != {""} or file.status[""] != "failed":
            continue
        where = max(file.keys, key=os.path.isabs)  # its absolute name, where the manifest gave one
        if os.path.isabs(where) and where not in listed and any(where.startswith(root) for root in roots) and \
                os.path.isdir(where):
            again.append(where)
    return again


@dataclass
class Plan:
    """What `vnadmin ingest` would do (``--dry-run``)."""

    total: int  # sources found under the inputs
    todo: list[str]  # to read, largest first
    skipped: Counter  # statuses of those the dataset holds already (and that are not retried)
    todo_bytes: int
    formats: Counter  # of those to read, by file name extension


def plan_ingest(inputs: Iterable[str | os.PathLike], out: str | os.PathLike, retry: Iterable[str] = ()) -> Plan:
    """What a run would read and skip, without reading a document or writing anything: the sources are listed
    and those the dataset holds are hashed, as a run does before it starts."""
    inputs = list(inputs)
    check_inputs(inputs, out)
    sources, todo, skipped = _sources_and_pending(inputs, out, holdings(out), retry)
    formats = Counter(Path(source.rsplit("!/", 1)[-1]).suffix.lower() or "(none)" for source in todo)
    return Plan(len(sources), todo, skipped, sum(_size(source) for source in todo), formats)


def run_ingest(inputs: Iterable[str | os.PathLike], out: str | os.PathLike, workers: int | None = None,
               part_size: int | None = None, on_start: Callable[[int], None] | None = None,
               on_document: Callable[[Processed], None] | None = None, pipeline: Pipeline = DEFAULT,
               dask: str | None = None, retry: Iterable[str] = ()) -> RunSummary:
    """Process every document under ``inputs`` into the dataset at ``out``; returns the run's summary.

    ``retry``: statuses ("failed", "partial") of documents done by an earlier run to read again.

    ``dask``: None runs supervised worker processes on this machine; ``"local"`` starts a Dask LocalCluster;
    ``"tcp://host:8786"`` uses that cluster's scheduler."""
    started = time.perf_counter()
    inputs = list(inputs)
    check_inputs(inputs, out)
    part_size = part_size or int(pipeline.run.get("part_size", 2000))
    writer = DatasetWriter(out, part_size=part_size)
    try:  # from here on the writer holds the dataset's lock: released by close(), whatever happens
        sources, todo, skipped = _sources_and_pending(inputs, out, writer.holdings, retry)
        writer.resolve(_listed_again(inputs, sources, writer.holdings))
        summary = RunSummary(total=len(sources), skipped=sum(skipped.values()), skipped_status=skipped)
        if on_start:
            on_start(len(todo))
        workers = workers or int(pipeline.run.get("workers", 0)) or os.cpu_count() or 1
        os.environ["VNADMIN_WORKERS"] = str(workers)  # Tesseract processes a document: the cores divided among them
        with _interrupt_flag() as interrupted:
            for batch in _batches(todo, workers, pipeline, dask, summary):
                writer.add_batch([(d.doc_id, d.source, d.status, d.text_chars) for d in batch.documents],
                                 batch.tables)
                for done in batch.documents:
                    summary.count(done)
                    if on_document:
                        on_document(done)
                if interrupted.is_set():
                    raise KeyboardInterrupt  # one the interpreter lost (see _interrupt_flag)
            if interrupted.is_set():
                raise KeyboardInterrupt
    finally:
        writer.close()  # on Ctrl-C too: what is done is committed, and the next run resumes after it
    summary.seconds = time.perf_counter() - started
    return summary


class Stopped(KeyboardInterrupt):
    """The run was asked to stop by a signal other than Ctrl-C: SIGTERM (a service manager's stop, ``kill``) or
    SIGHUP (the terminal closed). Handled as Ctrl-C is: what is done is committed."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextmanager
def _interrupt_flag() -> Iterator[threading.Event]:
    """Ctrl-C (SIGINT), SIGTERM and SIGHUP set a flag as well as raising KeyboardInterrupt (``Stopped`` for the
    last two). When the signal arrives while the garbage collector runs an object's __del__ (the regex module has
    some), the interpreter prints that exception and drops it: the flag still stops the run at the next batch.
    Only in the main thread, and only over the default handlers (``nohup`` keeps SIGHUP ignored)."""
    flag = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return

    def on_interrupt(signum, _frame):
        flag.set()
        raise KeyboardInterrupt if signum == signal.SIGINT else Stopped(signum)

    defaults = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: signal.SIG_DFL,
                signal.SIGHUP: signal.SIG_DFL}
    taken = [signum for signum, default in defaults.items() if signal.getsignal(signum) is default]
    for signum in taken:
        signal.signal(signum, on_interrupt)
    try:
        yield flag
    finally:
        for signum in taken:
            signal.signal(signum, defaults[signum])


def _size(source: str) -> int:
    """Bytes of a file (0 for archive members and vanished files: they keep their place among the small)."""
    try:
        return os.stat(source).st_size
    except OSError:
        return 0


def chunked(sources: list[str], workers: int) -> list[list[str]]:
    """Chunks small enough to balance the workers and to lose little when one is stopped, big enough to
    make sending them cheap."""
    size = max(1, min(32, len(sources) // (max(workers, 1) * 8) or 1))
    return [sources[i:i + size] for i in range(0, len(sources), size)]


def _batches(sources: list[str], workers: int, pipeline: Pipeline, dask: str | None,
             summary: RunSummary) -> Iterator[Batch]:
    if not sources:
        return
    if dask:
        from vnadmin.run.distributed import dask_batches

        for batch in dask_batches(chunked(sources, workers), dask, pipeline, workers):
            summary.worker_restarts += batch.restarts
            yield batch
        return
    from vnadmin.run.pool import WorkerPool

    with WorkerPool(min(workers, len(sources)), pipeline) as pool:
        try:
            yield from pool.run(chunked(sources, workers))
        finally:
            summary.worker_restarts = pool.restarts
