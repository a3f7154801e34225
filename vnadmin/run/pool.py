"""Worker processes that survive bad documents.

Each worker reads one chunk of documents at a time and tells the supervisor (this process) which document it
starts. A worker that takes longer than ``timeout_s`` on one document, or grows past ``memory_mb`` of resident
memory, is stopped; a worker that dies (a crash in a C library, the kernel's OOM killer) is noticed. In each
case the document it was reading becomes a failed row with the reason, the other documents of its chunk go back
to the queue, and a new worker takes its place: the batch goes on and the pool survives.

Inside the worker a timer stops a document cleanly at ``timeout_s`` when Python code is running; the supervisor
kills the worker up to ``KILL_GRACE_S`` later if a C library holds it.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from vnadmin.model import Document
from vnadmin.pipeline import process_path
from vnadmin.pipelines import DEFAULT, Pipeline
from vnadmin.run.work import Batch, stopped_document

KILL_GRACE_S = 10.0
POLL_S = 0.1
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class DocumentTimeout(BaseException):
    """Raised in a worker by its timer (a BaseException: the pipeline's own error handling must not catch it)."""


def _on_alarm(_signum, _frame):
    raise DocumentTimeout


def _serve(conn: Connection, pipeline: Pipeline, finish: Callable[[list[Document]], object] = Batch.of) -> None:
    """A worker's loop: chunks of sources in, one ``finish(documents)`` out per chunk (a Batch of rows)."""
    _exit_with_parent()
    for stop in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        # Ctrl-C, a service manager's stop, a closed terminal: the supervisor's to handle (it commits what is done
        # and ends its workers); a worker killed by them would leave its document as crashed
        signal.signal(stop, signal.SIG_IGN)
    signal.signal(signal.SIGALRM, _on_alarm)
    timeout = pipeline.limits.timeout_s
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return  # the supervisor is gone
        if chunk is None:
            return
        documents: list[Document] = []
        for index, source in enumerate(chunk):
            conn.send(("start", index))
            try:
                signal.setitimer(signal.ITIMER_REAL, timeout)
                try:
                    documents.append(process_path(source, pipeline))
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            except DocumentTimeout:
                documents.append(stopped_document(source, "timeout", f"not done after {timeout:g} s (limit timeout_s)"))
        conn.send(("done", finish(documents)))


PARENT_POLL_S = 1.0


def _exit_with_parent() -> None:
    """End the worker when its parent is gone (killed with SIGKILL, or by a signal it does not handle): it would
    otherwise wait forever on a socket that its siblings keep open, and hold what it inherited. A thread that
    looks once a second; the parent's process id changes when the worker is orphaned."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=watch, name="vnadmin-parent-watch", daemon=True).start()


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    chunk: list[str] | None = None
    index: int = 0  # the document of the chunk it is reading
    started: float = 0.0
    stopped_for: tuple[str, str] | None = None  # (code, message) when the supervisor stopped it


class WorkerPool:
    """``workers`` supervised processes; ``run(chunks)`` yields a Batch per chunk as chunks complete (a chunk
    whose worker was stopped comes back as several batches, none lost, none twice). ``finish`` turns a chunk's
    documents into what is sent back (``list``: the documents themselves, for `vnadmin parse`); a module-level
    function, so that it reaches a spawned worker."""

    def __init__(self, workers: int, pipeline: Pipeline = DEFAULT, context: str | None = None,
                 finish: Callable[[list[Document]], object] = Batch.of):
        self.size = max(1, workers)
        self.pipeline = pipeline
        self.finish = finish
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context(context or ("fork" if "fork" in methods else "spawn"))
        self._workers: list[_Worker] = []
        self.restarts = 0

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(target=_serve, args=(child, self.pipeline, self.finish), daemon=True,
                                        name="vnadmin-worker")
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, chunks: Iterable[list[str]]) -> Iterator[Batch]:
        queue: deque[list[str]] = deque(chunk for chunk in chunks if chunk)
        limits = self.pipeline.limits
        memory_cap = limits.memory_mb << 20
        while queue or any(w.chunk is not None for w in self._workers):
            for worker in [w for w in self._workers if w.chunk is None and not w.process.is_alive()]:
                worker.conn.close()  # died idle (killed from outside): replaced, no document to blame
                self._workers.remove(worker)
                self.restarts += 1
            while len(self._workers) < self.size and queue:
                self._workers.append(self._spawn())
            for worker in self._workers:
                if worker.chunk is None and queue:
                    worker.chunk, worker.index, worker.started = queue.popleft(), 0, time.monotonic()
                    try:
                        worker.conn.send(worker.chunk)
                    except (BrokenPipeError, OSError):
                        pass  # it died idle: noticed below, and the chunk goes back to the queue
            busy = [w for w in self._workers if w.chunk is not None]
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=POLL_S)
            now = time.monotonic()
            for worker in busy:
                batch = self._drain(worker)
                if batch is not None:
                    yield batch
                    continue
                if not worker.process.is_alive():
                    yield from self._replace(worker, queue)
                    continue
                elapsed = now - worker.started
                if elapsed > limits.timeout_s + min(KILL_GRACE_S, limits.timeout_s):
                    self._stop(worker, "timeout", f"not done after {limits.timeout_s:g} s (limit timeout_s); "
                                                  "the worker was stopped")
                elif _resident_bytes(worker.process.pid) > memory_cap:
                    self._stop(worker, "memory_limit", f"the worker grew past {limits.memory_mb} MB "
                                                       "(limit memory_mb) and was stopped")

    def _drain(self, worker: _Worker) -> Batch | None:
        """Read the worker's messages; its Batch when it has finished its chunk."""
        try:
            while worker.conn.poll():
                kind, payload = worker.conn.recv()
                if kind == "start":
                    worker.index, worker.started = payload, time.monotonic()
                elif kind == "done":
                    worker.chunk = None
                    return payload
        except (EOFError, OSError):
            pass  # it died mid-message: handled as a death
        return None

    def _stop(self, worker: _Worker, code: str, message: str) -> None:
        worker.stopped_for = (code, message)
        worker.process.kill()
        worker.process.join()

    def _replace(self, worker: _Worker, queue: deque[list[str]]) -> Iterator[Batch]:
        """A worker is gone: a failed row for the document it was reading, the rest of its chunk back to the
        front of the queue, and a new worker in its place."""
        worker.process.join()
        chunk, index = worker.chunk or [], worker.index
        if worker.stopped_for:
            code, message = worker.stopped_for
        else:
            code = "worker_crashed"
            exitcode = worker.process.exitcode
            how = f"killed by signal {-exitcode}" if exitcode and exitcode < 0 else f"exit status {exitcode}"
            if exitcode == -signal.SIGKILL:
                how += " (the kernel's out-of-memory killer, or an operator)"
            message = f"the worker process died while reading this document ({how})"
        worker.conn.close()
        self._workers.remove(worker)
        self.restarts += 1
        if chunk:
            rest = chunk[:index] + chunk[index + 1:]
            if rest:
                queue.appendleft(rest)
            yield self.finish([stopped_document(chunk[index], code, message)])

    def close(self) -> None:
        for worker in self._workers:
            try:
                worker.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + 5
        for worker in self._workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers = []


def _resident_bytes(pid: int | None) -> int:
    """Resident memory of a process (0 where /proc is not available)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0
