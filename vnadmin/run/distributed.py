"""Runs on a Dask distributed cluster: the same per-document work as a local run, on the cluster's workers.

Each task is one chunk of sources. Inside a Dask worker the chunk goes through the same supervised worker
process as locally (vnadmin.run.pool, one per Dask worker, forked from a forkserver), so the per-document
timeout and memory cap hold there too. The client keeps a bounded number of tasks in flight and writes the
batches as they come back, so memory stays flat whatever the archive's size.

Dask workers must not be daemonic to have that child process (``distributed.worker.daemon: false``, or
``DASK_DISTRIBUTED__WORKER__DAEMON=False`` in the workers' environment); a daemonic worker still processes its
chunks, in its own process, without the per-document limits.
"""
from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator

from vnadmin.pipelines import Pipeline
from vnadmin.run.work import Batch, failed_batch

TASKS_PER_WORKER = 4  # tasks in flight per Dask worker thread: enough to keep them busy, few to hold in memory

_pools: dict[str, object] = {}
_pools_lock = threading.Lock()


def process_chunk(sources: list[str], pipeline: Pipeline) -> Batch:
    """The Dask task: one chunk of sources → one Batch."""
    pool = _pool_for(pipeline)
    if pool is None:  # a daemonic Dask worker cannot have children: no isolation, same rows
        from vnadmin.pipeline import process_path

        return Batch.of([process_path(source, pipeline) for source in sources])
    with pool["lock"]:
        before = pool["pool"].restarts
        batch = Batch.merge(list(pool["pool"].run([sources])))
        batch.restarts = pool["pool"].restarts - before
        return batch


def _pool_for(pipeline: Pipeline):
    from vnadmin.run.pool import WorkerPool

    if multiprocessing.current_process().daemon:
        return None
    key = repr(pipeline)
    with _pools_lock:
        if key not in _pools:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["vnadmin.run.pool"])
            _pools[key] = {"pool": WorkerPool(1, pipeline, context="forkserver"), "lock": threading.Lock()}
        return _pools[key]


def dask_batches(chunks: list[list[str]], address: str, pipeline: Pipeline, workers: int) -> Iterator[Batch]:
    """Batches of the chunks, processed on the cluster at ``address`` (``local``: a LocalCluster of
    ``workers`` processes started here and stopped at the end)."""
    import dask
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if address == "local":
        with dask.config.set({"distributed.worker.daemon": False}):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address, timeout="30s")
    try:
        threads = sum(client.nthreads().values()) or 1
        pending = list(reversed(chunks))
        running = as_completed()
        chunk_of: dict[str, list[str]] = {}

        def submit(chunk: list[str]) -> None:
            future = client.submit(process_chunk, chunk, pipeline, pure=False)
            chunk_of[future.key] = chunk
            running.add(future)

        for _ in range(min(len(pending), threads * TASKS_PER_WORKER)):
            submit(pending.pop())
        for future in running:
            chunk = chunk_of.pop(future.key)
            try:
                batch = future.result()
            except Exception as error:  # the Dask worker died on it (KilledWorker) or the task failed
                future.release()
                if len(chunk) > 1:  # find the document to blame: one task per document
                    for source in chunk:
                        submit([source])
                    continue
                batch = failed_batch(chunk[0], "worker_crashed", f"the Dask worker failed on this document "
                                                                 f"({type(error).__name__}: {error})")
                batch.restarts = 1  # the cluster's nanny starts a new worker in its place
            future.release()
            yield batch
            if pending:
                submit(pending.pop())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
