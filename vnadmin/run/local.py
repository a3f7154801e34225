"""Batch runs on this machine: walk the inputs, process documents in a pool of processes, stream the results
into the dataset writer; resumable (files the dataset already holds, unchanged, are skipped)."""
from __future__ import annotations

import fnmatch
import hashlib
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import datetime as dt

import pyarrow as pa

from vnadmin.dataset import DatasetWriter
from vnadmin.dataset.schema import TABLES, rows_of, schema
from vnadmin.pipeline import process_path
from vnadmin.pipelines import DEFAULT, Pipeline

IGNORE_FILE = ".vnadminignore"


def _ignore_patterns(directory: Path) -> list[str]:
    path = directory / IGNORE_FILE
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def iter_files(inputs: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files under the inputs, recursively, in a stable order; hidden files, the patterns of any
    ``.vnadminignore`` met on the way, and symlinked directories (no loops) are skipped."""
    for given in inputs:
        root = Path(given)
        if root.is_file():
            yield root
            continue
        patterns_by_dir: dict[Path, list[str]] = {}
        for directory, dirnames, filenames in os.walk(root, followlinks=False):
            here = Path(directory)
            inherited = patterns_by_dir.get(here.parent, []) if here != root else []
            patterns = inherited + _ignore_patterns(here)
            patterns_by_dir[here] = patterns
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and not _ignored(here / d, root, patterns))
            for name in sorted(filenames):
                path = here / name
                if name.startswith(".") or _ignored(path, root, patterns):
                    continue
                yield path


def _ignored(path: Path, root: Path, patterns: list[str]) -> bool:
    relative = path.relative_to(root).as_posix()
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


def _sha256_of_file(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


@dataclass
class Processed:
    """What a worker reports of one document, for the summary and the progress bar."""

    doc_id: str
    source: str
    status: str
    error_code: str | None
    type: str | None
    citation_kinds: list[str]
    size: int
    text_chars: int


@dataclass
class Batch:
    """A chunk of documents processed by one worker: their facts and their rows, one Arrow table per dataset
    table (one pickle per chunk, not per document: cheap to send back)."""

    documents: list[Processed]
    tables: dict


def _work(paths: list[str], pipeline: Pipeline = DEFAULT) -> Batch:
    documents: list[Processed] = []
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for path in paths:
        document = process_path(path, pipeline)
        documents.append(Processed(document.doc_id, document.source, document.status, document.error_code,
                                   document.header.type, [c.kind or "(unknown)" for c in document.citations],
                                   document.size, len(document.text)))
        for name, table_rows in rows_of(document, now).items():
            rows[name].extend(table_rows)
    return Batch(documents, {name: pa.Table.from_pylist(table_rows, schema=schema(name))
                             for name, table_rows in rows.items()})


@dataclass
class RunSummary:
    total: int = 0
    skipped: int = 0
    processed: int = 0
    seconds: float = 0.0
    status: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    citation_kinds: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    bytes: int = 0

    @property
    def exit_code(self) -> int:
        """0 all ok; 3 some documents read only in part; 4 some documents failed."""
        if self.status.get("failed"):
            return 4
        if self.status.get("partial"):
            return 3
        return 0


def run_ingest(inputs: Iterable[str | os.PathLike], out: str | os.PathLike, workers: int | None = None,
               part_size: int | None = None, on_start: Callable[[int], None] | None = None,
               on_document: Callable[[Processed], None] | None = None, pipeline: Pipeline = DEFAULT) -> RunSummary:
    """Process every file under ``inputs`` into the dataset at ``out``; returns the run's summary."""
    started = time.perf_counter()
    part_size = part_size or int(pipeline.run.get("part_size", 2000))
    writer = DatasetWriter(out, part_size=part_size)
    out_resolved = Path(out).resolve()
    files = [p for p in iter_files(inputs) if out_resolved not in p.resolve().parents]
    summary = RunSummary(total=len(files))
    todo: list[str] = []
    for path in files:
        if str(path) in writer.done_paths and (_sha256_of_file(path), str(path)) in writer.done:
            summary.skipped += 1
            continue
        todo.append(str(path))
    if on_start:
        on_start(len(todo))
    workers = workers or int(pipeline.run.get("workers", 0)) or os.cpu_count() or 1
    os.environ["VNADMIN_WORKERS"] = str(workers)  # Tesseract processes per document: the cores divided among them
    for batch in _batches(todo, workers, pipeline):
        writer.add_batch([(d.doc_id, d.source, d.status, d.text_chars) for d in batch.documents], batch.tables)
        for done in batch.documents:
            _count(summary, done)
            if on_document:
                on_document(done)
    writer.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _count(summary: RunSummary, done: Processed) -> None:
    summary.processed += 1
    summary.bytes += done.size
    summary.status[done.status] += 1
    summary.types[done.type or "(unknown)"] += 1
    summary.citation_kinds.update(done.citation_kinds)
    if done.error_code:
        summary.errors[done.error_code] += 1


def _batches(paths: list[str], workers: int, pipeline: Pipeline) -> Iterator[Batch]:
    """Chunks of documents, in input order: in this process for one worker, else in a pool of processes."""
    size = max(1, min(32, len(paths) // (max(workers, 1) * 8) or 1))
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    work = partial(_work, pipeline=pipeline)
    if workers <= 1 or len(paths) <= 2:
        for chunk in chunks:
            yield work(chunk)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(work, chunks)
