"""The dataset on disk: Parquet parts per table, a manifest of committed parts, DuckDB views over them.

Layout of OUT/::

    manifest.jsonl            one line per committed part: its name, documents [doc_id, path, status], status counts
    documents/part-000001.parquet
    citations/part-000001.parquet
    ...

A part is written table by table to a temporary name and renamed; it counts only once its manifest line is
written (appended and fsync'ed). A crashed run leaves at most an uncommitted part, which readers ignore and
the next run overwrites: the next run skips the files the manifest already holds, so it resumes.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from vnadmin.dataset.schema import TABLES, schema, source_keys, stored_path
from vnadmin.dataset.schema import tables_of as tables_of_documents


def tables_of(document: Document) -> dict[str, pa.Table]:
    """A document's rows as one Arrow table per dataset table (cheap to send between processes)."""
    return tables_of_documents([document], dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
from vnadmin.model import Document

MANIFEST = "manifest.jsonl"


def require_dataset(out: str | os.PathLike) -> Path:
    """``out`` as a Path; FileNotFoundError when it holds no vnadmin dataset."""
    out = Path(out)
    if not (out / MANIFEST).exists():
        raise FileNotFoundError(f"{out} is not a vnadmin dataset (no {MANIFEST})")
    return out


def read_manifest(out: Path) -> list[dict]:
    return _read_manifest(Path(out) / MANIFEST)[0]


def on_disk(manifest: list[dict], out: Path) -> list[dict]:
    """The manifest's parts whose files are there (a copy of the dataset left one out, a disk lost it): what the
    views show and what a rerun counts as done; the documents of a part gone are read again."""
    return [entry for entry in manifest if (Path(out) / "documents" / f"{entry['part']}.parquet").exists()]


def _read_manifest(path: Path) -> tuple[list[dict], int]:
    """The committed entries, and the byte length of the manifest they take (a line torn by a crash, without
    its newline, and whatever follows it are not committed)."""
    if not path.exists():
        return [], 0
    data = path.read_bytes()
    entries, committed, parts = [], 0, set()
    for line in data.splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break
        try:
            entry = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            break
        committed += len(line)
        if entry["part"] not in parts:  # a part committed twice (by an interrupted commit, before the fix) counts once
            parts.add(entry["part"])
            entries.append(entry)
    return entries, committed


def base_of(entry: dict) -> str | None:
    """The folder a part's relative paths start from: the run's working folder, in the manifest since the
    twenty-seventh session (None for older parts: their paths are matched as spelled, whatever folder reads them)."""
    return entry.get("base")


@dataclass
class HeldFile:
    """One file the dataset holds: the names it is known by (``source_keys``), its doc_ids and their statuses."""

    keys: set[str]
    status: dict[str, str]  # doc_id → status


@dataclass
class Holdings:
    """What a dataset holds, file by file, found by any of a file's names (its spelling as given, its absolute
    path): the same file under any spelling of its path."""

    files: dict[str, HeldFile] = field(default_factory=dict)  # every name of every file → the file

    @classmethod
    def of(cls, manifest: list[dict]) -> "Holdings":
        holdings = cls()
        for entry in manifest:
            base = base_of(entry)
            for doc_id, path, *status in entry["documents"]:
                holdings.record(doc_id, source_keys(path, base), status[0] if status else "ok")
            for path in entry.get("resolved", ()):
                holdings.forget(source_keys(path, base))
        return holdings

    def find(self, keys: tuple[str, ...]) -> HeldFile | None:
        return next((self.files[key] for key in keys if key in self.files), None)

    def record(self, doc_id: str, keys: tuple[str, ...], status: str) -> None:
        """A document the dataset now holds; it replaces what the dataset held of the same file (read again, or
        changed since), as in the views (see superseded). The file keeps the names it was known by."""
        earlier = {id(f): f for f in (self.files.get(key) for key in keys) if f is not None}
        names = set(keys).union(*(f.keys for f in earlier.values()))
        held = HeldFile(names, {doc_id: status})
        for name in names:
            self.files[name] = held

    def forget(self, keys: tuple[str, ...]) -> None:
        """A file whose rows no longer stand (a folder that could not be listed, and now can: its files are
        sources of their own)."""
        held = self.find(keys)
        for name in held.keys if held else ():
            self.files.pop(name, None)

    def held_files(self) -> list[HeldFile]:
        return list({id(f): f for f in self.files.values()}.values())


def holdings(out: str | os.PathLike) -> Holdings:
    """What the dataset at ``out`` holds, read without writing anything (none when there is no dataset)."""
    return Holdings.of(on_disk(_read_manifest(Path(out) / MANIFEST)[0], Path(out)))


class DatasetWriter:
    """Buffers rows and commits them as parts of ``part_size`` documents."""

    MAX_BUFFERED_ROWS = 100_000  # rows of all tables together: a part is committed before memory grows past this
    MAX_BUFFERED_TEXT = 32 * 1024 * 1024  # characters of normalized text

    def __init__(self, out: str | os.PathLike, part_size: int = 2000):
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self._lock = _lock(self.out)
        self.part_size = part_size
        try:
            manifest, committed = _read_manifest(self.out / MANIFEST)
            if (self.out / MANIFEST).exists() and (self.out / MANIFEST).stat().st_size > committed:
                with open(self.out / MANIFEST, "r+b") as handle:  # drop a line torn by a crash before appending
                    handle.truncate(committed)
        except BaseException:
            self._lock.close()
            raise
        self.holdings = Holdings.of(on_disk(manifest, self.out))  # (the parts' numbers go on after every part)
        self.base = os.getcwd()  # what this run's relative paths start from (kept in each part's manifest line)
        self._next = 1 + max([int(e["part"].split("-")[1]) for e in manifest] + [0])
        self._tables: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
        self._documents: list[tuple[str, str, str]] = []
        self._status: dict[str, int] = {}
        self._resolved: list[str] = []
        self._buffered_rows = 0
        self._buffered_text = 0
        self.committed_parts = len(manifest)

    def add(self, document: Document) -> None:
        self.add_tables(document.doc_id, document.source, document.status, tables_of(document), len(document.text))

    def add_tables(self, doc_id: str, source: str, status: str, tables: dict[str, pa.Table], text_chars: int) -> None:
        """One document's rows, already as Arrow tables."""
        self.add_batch([(doc_id, source, status, text_chars)], tables)

    def add_batch(self, documents: list[tuple[str, str, str, int]], tables: dict[str, pa.Table]) -> None:
        """Several documents' rows as one Arrow table per dataset table (built in the worker that processed
        them); ``documents`` holds (doc_id, path, status, text characters) of each."""
        for table, rows in tables.items():
            self._tables[table].append(rows)
            self._buffered_rows += rows.num_rows
        for doc_id, source, status, text_chars in documents:
            self._documents.append((doc_id, stored_path(source), status))
            self._status[status] = self._status.get(status, 0) + 1
            self._buffered_text += text_chars
        if (len(self._documents) >= self.part_size or self._buffered_rows >= self.MAX_BUFFERED_ROWS
                or self._buffered_text >= self.MAX_BUFFERED_TEXT):
            self.flush()

    def resolve(self, paths: list[str]) -> None:
        """Sources whose rows no longer stand: the next part's manifest line says so, and their rows are left out
        of the views as a superseded document's are (they stay on disk)."""
        self._resolved += paths

    def flush(self, allow_empty: bool = False) -> None:
        if not self._documents and not self._resolved and not allow_empty:
            return
        name = f"part-{self._next:06d}"
        for table in TABLES:
            directory = self.out / table
            directory.mkdir(exist_ok=True)
            target = directory / f"{name}.parquet"
            temporary = directory / f".{name}.parquet.tmp"
            pieces = self._tables[table]
            arrow = pa.concat_tables(pieces) if pieces else schema(table).empty_table()
            pq.write_table(arrow, temporary, compression="zstd")
            os.replace(temporary, target)
        entry = {"part": name, "documents": self._documents, "status": self._status, "base": self.base,
                 "written_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        if self._resolved:
            entry["resolved"] = self._resolved
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        path = self.out / MANIFEST
        before = path.stat().st_size if path.exists() else 0
        try:
            with open(path, "ab") as manifest:
                manifest.write(line)
                manifest.flush()
                os.fsync(manifest.fileno())
        finally:
            # Ctrl-C while the line is written (or fsync'ed) must not leave the part to be committed a second time
            # by close(): a manifest that lists a part twice supersedes its own rows (see superseded). The line is
            # on disk whole: the part is committed; in part: it is cut off again, and the part is not.
            after = path.stat().st_size if path.exists() else 0
            if after == before + len(line):
                self._committed()
            elif after > before:
                with open(path, "r+b") as manifest:
                    manifest.truncate(before)

    def _committed(self) -> None:
        """The bookkeeping of a part whose manifest line is written."""
        for doc_id, path, status in self._documents:
            self.holdings.record(doc_id, source_keys(path, self.base), status)
        for path in self._resolved:
            self.holdings.forget(source_keys(path, self.base))
        self._next += 1
        self.committed_parts += 1
        self._tables = {table: [] for table in TABLES}
        self._documents = []
        self._status = {}
        self._resolved = []
        self._buffered_rows = 0
        self._buffered_text = 0

    def close(self) -> None:
        try:
            self.flush(allow_empty=self.committed_parts == 0)
        finally:
            self._lock.close()  # (closing the file releases the lock)


LOCK = ".lock"


class DatasetBusy(RuntimeError):
    """Another run is writing the dataset."""


def _lock(out: Path):
    """An exclusive lock on the dataset for as long as a writer holds the returned file: two runs writing at once
    would number their parts alike and overwrite each other's (documents lost, others counted twice)."""
    import fcntl

    handle = open(out / LOCK, "a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise DatasetBusy(f"another run is writing {out}: wait until it ends (two runs writing one dataset at once "
                          "would overwrite each other's parts)") from None
    _HELD_LOCKS.add(handle)
    return handle


# The locks this process holds. A process forked while one is held (a worker) closes its copy of the file at once:
# the lock belongs to the run, and must end with it even when a worker outlives it.
_HELD_LOCKS: weakref.WeakSet = weakref.WeakSet()


def _drop_inherited_locks() -> None:
    for handle in list(_HELD_LOCKS):
        handle.close()  # the child's descriptor only: the parent's lock stays
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_drop_inherited_locks)


_DUCKDB_TYPES = {"string": "VARCHAR", "int64": "BIGINT", "double": "DOUBLE", "bool": "BOOLEAN",
                 "date32[day]": "DATE", "timestamp[s, tz=UTC]": "TIMESTAMPTZ", "list<item: string>": "VARCHAR[]",
                 "list<item: list<item: int64>>": "BIGINT[][]"}


def _empty(table: str) -> str:
    columns = ", ".join(f'CAST(NULL AS {_DUCKDB_TYPES[str(f.type)]}) AS "{f.name}"' for f in schema(table))
    return f"(SELECT {columns} WHERE false)"


def sql_string(text: str) -> str:
    """``text`` as an SQL string literal (a dataset's folder may be named "o'brien")."""
    return "'" + text.replace("'", "''") + "'"


def _quoted(paths: list[str]) -> str:
    return ", ".join(sql_string(p) for p in paths)


def part_files(manifest: list[dict], out: Path, table: str) -> list[str]:
    """The table's Parquet parts the manifest commits, in order (those on disk)."""
    paths = (out / table / f"{entry['part']}.parquet" for entry in manifest)
    return [str(path) for path in paths if path.exists()]


def superseded(manifest: list[dict]) -> list[tuple[str, str, str]]:
    """(part, doc_id, path) of every document whose path a later part holds again: read again (``vnadmin ingest
    --retry``), or changed since (a damaged copy replaced, a text edited: another doc_id), or resolved (a folder
    that could not be listed, and now is). The later rows are the path's rows; the earlier ones are kept on disk,
    as its history, but left out of the views."""
    dropped: list[tuple[str, str, str]] = []
    later_files: set[str] = set()
    for entry in reversed(manifest):
        base = base_of(entry)
        named = [(doc_id, path, source_keys(path, base)) for doc_id, path, *_ in entry["documents"]]
        dropped += [(entry["part"], doc_id, path) for doc_id, path, keys in named if later_files.intersection(keys)]
        for *_, keys in named:
            later_files.update(keys)
        for path in entry.get("resolved", ()):
            later_files.update(source_keys(path, base))
    return dropped


def _parts_source(parts: list[str], table: str, dropped: list[tuple[str, str, str]], out: Path) -> str:
    """The table's parts as one relation, without the rows of superseded documents (see superseded)."""
    if not dropped:
        return f"read_parquet([{_quoted(parts)}], union_by_name=true)"
    rows = ", ".join(f"({_quoted([str(out / table / f'{part}.parquet')])}, {_quoted([doc_id])}, {_quoted([path])})"
                     for part, doc_id, path in dropped)
    return (f"(SELECT t.* EXCLUDE (filename) FROM read_parquet([{_quoted(parts)}], union_by_name=true, "
            f"filename=true) t ANTI JOIN (VALUES {rows}) AS superseded(filename, doc_id, path) "
            f"USING (filename, doc_id, path))")


def connect(out: str | os.PathLike, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table. Read-only: it can read these Parquet files and nothing
    else, and cannot write files, attach databases or change that configuration."""
    out = require_dataset(Path(out).resolve())
    con = duckdb.connect(":memory:")
    files: list[str] = []
    archive = out / "archive"
    derived = {name: archive / f"{name}.parquet" for name in ("findings", "links", "registry")}
    derived = {name: path for name, path in derived.items() if path.exists()}
    manifest = on_disk(read_manifest(out), out)  # once: it lists every document of the archive
    dropped = superseded(manifest)
    for table in TABLES:
        parts = part_files(manifest, out, table)
        files += parts
        # a dataset written before this table existed has no parts of it: an empty view of the right shape
        source = _parts_source(parts, table, dropped, out) if parts else _empty(table)
        if table == "citations" and "links" in derived:  # resolved_doc_id from `vnadmin check`
            source = (f"(SELECT c.* REPLACE (l.resolved_doc_id AS resolved_doc_id) FROM {source} c LEFT JOIN "
                      f"read_parquet({_quoted([str(derived['links'])])}) l USING (doc_id, path, ordinal))")
        if table == "findings":
            source = f"(SELECT *, 'document' AS scope FROM {source})"
            if "findings" in derived:
                findings = _quoted([str(derived["findings"])])
                source = f"({source} UNION ALL BY NAME SELECT * FROM read_parquet({findings}))"
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM {source}")
    for name in ("registry", "links"):
        if name in derived:
            view = "citation_links" if name == "links" else name
            con.execute(f"CREATE VIEW {view} AS SELECT * FROM read_parquet({_quoted([str(derived[name])])})")
    files += [str(path) for path in derived.values()]
    if read_only:
        con.execute(f"SET allowed_paths=[{_quoted(files)}]")
        con.execute("SET enable_external_access=false")
        con.execute("SET lock_configuration=true")
    return con


READ_ONLY_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA"}


def read_only_statement(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """The type of ``sql`` (SELECT, EXPLAIN, PRAGMA) when it is exactly one read-only statement; ValueError for
    none or several, PermissionError for any other type (COPY, ATTACH, SET, INSTALL, CREATE ...)."""
    statements = con.extract_statements(sql)
    if len(statements) != 1:
        raise ValueError("give exactly one SQL statement")
    kind = statements[0].type.name
    if kind not in READ_ONLY_STATEMENTS:
        raise PermissionError(f"only read-only queries are allowed here, not {kind}")
    return kind


def query(out: str | os.PathLike, sql: str) -> pd.DataFrame:
    """Run one read-only SQL statement (SELECT, WITH ... SELECT, EXPLAIN, PRAGMA) over the dataset's views."""
    con = connect(out)
    try:
        read_only_statement(con, sql)
        return frame_of(con.sql(sql).to_arrow_table())
    finally:
        con.close()


def _nullable(arrow_type: pa.DataType):
    if pa.types.is_integer(arrow_type):
        return pd.Int64Dtype()
    if pa.types.is_boolean(arrow_type):
        return pd.BooleanDtype()
    return None


def _json_default(value):
    return value.tolist() if hasattr(value, "tolist") else str(value)  # numpy arrays and numbers Arrow gives


# Control characters a document's text may hold (a form feed, a terminal's escape sequence), as their symbols (␌, ␛):
# for a terminal, which would act on them, and a spreadsheet, which refuses them
CONTROL_SYMBOLS = {code: 0x2400 + code for code in range(32) if code not in (9, 10)} | {0x7F: 0x2421} \
    | {code: 0xFFFD for code in range(0x80, 0xA0)}


def csv_value(value):
    """A cell as CSV writes it: null empty, a date ISO, a list (a finding's values, its spans) as JSON."""
    if isinstance(value, (list, tuple, dict, np.ndarray)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    if value is None or value is pd.NA or value is pd.NaT or isinstance(value, float) and value != value:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def frame_of(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as pandas, its types kept: integers and booleans nullable (a number without a sequence,
    a date without a day stay integers, with <NA>: not floats), dates as dates; a DuckDB sum of integers (a
    128-bit integer, which Arrow gives as a decimal) an integer where it fits, else a float, as other decimals."""
    for index, column in enumerate(table.schema):
        if pa.types.is_decimal(column.type):
            try:
                values = table.column(index).cast(pa.int64()) if column.type.scale == 0 else None
            except (pa.ArrowInvalid, OverflowError):
                values = None
            table = table.set_column(index, column.name, values if values is not None
                                     else table.column(index).cast(pa.float64()))
    return table.to_pandas(types_mapper=_nullable)


class Dataset:
    """The tables of a dataset as pandas DataFrames: ``ds.documents``, ``ds["citations"]``, ``ds.sql(...)``."""

    def __init__(self, out: str | os.PathLike):
        self.out = require_dataset(out)
        self._cache: dict[str, pd.DataFrame] = {}

    @property
    def tables(self) -> list[str]:
        return list(TABLES)

    def __getitem__(self, table: str) -> pd.DataFrame:
        if table not in TABLES:
            raise KeyError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        if table not in self._cache:
            self._cache[table] = frame_of(self.arrow(table))
        return self._cache[table]

    def arrow(self, table: str) -> pa.Table:
        """The table as Arrow, with the dataset's own types (not cached)."""
        if table not in TABLES:
            raise KeyError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        con = connect(self.out)
        try:  # through DuckDB: parts written by older versions lack newer columns (union by name)
            return con.sql(f"SELECT * FROM {table}").to_arrow_table()
        finally:
            con.close()

    def __getattr__(self, table: str) -> pd.DataFrame:
        if table.startswith("_"):
            raise AttributeError(table)
        try:
            return self[table]
        except KeyError as error:
            raise AttributeError(str(error)) from None

    def sql(self, statement: str) -> pd.DataFrame:
        return query(self.out, statement)


def open_dataset(out: str | os.PathLike) -> Dataset:
    return Dataset(out)
