"""The work of a run, whoever does it (this process, a worker process, a Dask worker): documents in, one
Arrow table per dataset table out, with a short report of each document for the summary and progress bar."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

import pyarrow as pa

from vnadmin.dataset.schema import TABLES, tables_of
from vnadmin.model import Document
from vnadmin.pipeline import failed_document


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
    """Documents processed together: their reports and their rows, one Arrow table per dataset table (one
    pickle per batch, not per document: cheap to send between processes)."""

    documents: list[Processed]
    tables: dict[str, pa.Table]
    restarts: int = 0  # worker processes replaced while processing them (on a Dask worker: its own pool's)

    @classmethod
    def of(cls, documents: list[Document]) -> "Batch":
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        try:
            tables = tables_of(documents, now)
        except Exception:  # a value a table cannot take (a bug): that document becomes a failed row, not the batch
            documents = [_tabled(document, now) for document in documents]
            tables = tables_of(documents, now)
        reports = [Processed(document.doc_id, document.source, document.status, document.error_code,
                             document.header.type, [c.kind or "(unknown)" for c in document.citations],
                             document.size, len(document.text)) for document in documents]
        return cls(reports, tables)

    @classmethod
    def merge(cls, batches: list["Batch"]) -> "Batch":
        return cls([d for b in batches for d in b.documents],
                   {name: pa.concat_tables([b.tables[name] for b in batches]) for name in TABLES},
                   sum(b.restarts for b in batches))


def _tabled(document: Document, now: dt.datetime) -> Document:
    """The document, if its rows can be made; else its failed row (code internal), with its doc_id and size."""
    try:
        tables_of([document], now)
        return document
    except Exception as error:
        failed = failed_document(document.source, "internal", f"its rows could not be written: "
                                                              f"{type(error).__name__}: {error}")
        failed.doc_id, failed.size, failed.format = document.doc_id, document.size, document.format
        return failed


def stopped_document(source: str, code: str, message: str) -> Document:
    """The row of a document whose reading was stopped (timeout, memory) or whose worker died, with its doc_id
    and size when the file can still be hashed."""
    from vnadmin.run.files import sha256_of_source

    document = failed_document(source, code, message)
    document.doc_id = sha256_of_source(source) or ""
    try:
        document.size = os.stat(source).st_size
    except OSError:
        pass  # an archive member, or gone
    return document


def failed_batch(source: str, code: str, message: str) -> Batch:
    return Batch.of([stopped_document(source, code, message)])
