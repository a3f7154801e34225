"""Exports of a dataset for the tools analysts already have: CSV (UTF-8 with BOM, so Excel reads Vietnamese
right), Excel (one sheet per table, dates as dates), SQLite (one table per table), Parquet (one file per table,
with the dataset's own types).

List columns (a finding's values and spans) become JSON text in CSV, Excel and SQLite; integers stay integers
(empty where there is none). Excel cells hold at most 32,767 characters: a longer text (the `texts` table) is cut
there and ends with "…[cut]"; control characters, which Excel refuses, are written as their symbols (␌, ␛). An Excel
or SQLite file is written under a temporary name and takes its name when it is complete.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from vnadmin.dataset import CONTROL_SYMBOLS, Dataset, csv_value
from vnadmin.dataset.schema import TABLES

FORMATS = ("csv", "xlsx", "sqlite", "parquet")
EXCEL_CELL = 32_767
CUT = " …[cut]"


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists and arrays as JSON text; dates stay dates."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object and frame[column].map(lambda v: hasattr(v, "__len__") and not isinstance(
                v, str)).any():
            frame[column] = frame[column].map(lambda v: None if v is None else csv_value(v))
    return frame


def _dates(frame: pd.DataFrame) -> pd.DataFrame:
    """Date columns as dates (not timestamps at midnight); time zones dropped for Excel."""
    frame = frame.copy()
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype):
            frame[column] = frame[column].dt.tz_localize(None)
    return frame


def _excel_text(value):
    if not isinstance(value, str):
        return value
    value = value.translate(CONTROL_SYMBOLS)
    return value[:EXCEL_CELL - len(CUT)] + CUT if len(value) > EXCEL_CELL else value


def _complete(target: Path, write) -> None:
    """``write(path)`` to a temporary file beside ``target``, which then takes its name (never half a file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.unlink(missing_ok=True)  # one a killed export left
    try:
        write(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def export(out: str | os.PathLike, target: str | os.PathLike, to: str) -> list[Path]:
    if to not in FORMATS:
        raise ValueError(f"--to must be one of {', '.join(FORMATS)}, not {to!r}")
    dataset = Dataset(out)
    target = Path(target)
    if to == "xlsx":
        def write_excel(path: Path) -> None:
            with pd.ExcelWriter(path, engine="openpyxl") as excel:
                for table in TABLES:
                    frame = _dates(_flat(dataset[table]))
                    for column in frame.columns:
                        if pd.api.types.is_string_dtype(frame[column]) or frame[column].dtype == object:
                            frame[column] = frame[column].map(_excel_text)
                    frame.to_excel(excel, sheet_name=table, index=False)

        _complete(target, write_excel)
        return [target]
    if to == "sqlite":
        def write_sqlite(path: Path) -> None:
            with sqlite3.connect(path) as con:
                for table in TABLES:
                    frame = _flat(dataset[table])
                    for column in frame.columns:
                        if pd.api.types.is_datetime64_any_dtype(frame[column]):
                            frame[column] = frame[column].astype(str).replace("NaT", None)
                    frame.to_sql(table, con, index=False)
            con.close()

        _complete(target, write_sqlite)
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table in TABLES:
        path = target / f"{table}.{to}"
        if to == "csv":
            _flat(dataset[table]).to_csv(path, index=False, encoding="utf-8-sig")
        else:
            pq.write_table(dataset.arrow(table), path)
        written.append(path)
    return written
