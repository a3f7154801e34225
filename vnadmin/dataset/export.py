"""Exports of a dataset for the tools analysts already have: CSV (UTF-8 with BOM, so Excel reads Vietnamese
right), Excel (one sheet per table, dates as dates), SQLite (one table per table), Parquet (one file per table).

List columns (a finding's values and spans) become JSON text in CSV, Excel and SQLite. Excel cells hold at most
32,767 characters: longer texts (the `texts` table) are cut there, and the cut is said in a note row.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pandas as pd

from vnadmin.dataset import Dataset
from vnadmin.dataset.schema import TABLES

FORMATS = ("csv", "xlsx", "sqlite", "parquet")
EXCEL_CELL = 32_767


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists and arrays as JSON text; dates stay dates."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object and frame[column].map(lambda v: hasattr(v, "__len__") and not isinstance(
                v, str)).any():
            frame[column] = frame[column].map(lambda v: None if v is None else json.dumps(
                [list(map(int, x)) if hasattr(x, "__len__") and not isinstance(x, str) else x for x in v],
                ensure_ascii=False))
    return frame


def _dates(frame: pd.DataFrame) -> pd.DataFrame:
    """Date columns as dates (not timestamps at midnight); time zones dropped for Excel."""
    frame = frame.copy()
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype):
            frame[column] = frame[column].dt.tz_localize(None)
    return frame


def export(out: str | os.PathLike, target: str | os.PathLike, to: str) -> list[Path]:
    if to not in FORMATS:
        raise ValueError(f"--to must be one of {', '.join(FORMATS)}, not {to!r}")
    dataset = Dataset(out)
    target = Path(target)
    written: list[Path] = []
    if to == "xlsx":
        target.parent.mkdir(parents=True, exist_ok=True)
        with pd.ExcelWriter(target, engine="openpyxl") as excel:
            for table in TABLES:
                frame = _dates(_flat(dataset[table]))
                for column in frame.columns:
                    if frame[column].dtype == object:
                        frame[column] = frame[column].map(
                            lambda v: v[:EXCEL_CELL - 20] + " …[cut]" if isinstance(v, str) and len(v) > EXCEL_CELL
                            else v)
                frame.to_excel(excel, sheet_name=table, index=False)
        return [target]
    if to == "sqlite":
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.unlink()
        with sqlite3.connect(target) as con:
            for table in TABLES:
                frame = _flat(dataset[table])
                for column in frame.columns:
                    if pd.api.types.is_datetime64_any_dtype(frame[column]):
                        frame[column] = frame[column].astype(str).replace("NaT", None)
                frame.to_sql(table, con, index=False)
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        frame = dataset[table]
        path = target / f"{table}.{to}"
        if to == "csv":
            _flat(frame).to_csv(path, index=False, encoding="utf-8-sig")
        else:
            frame.to_parquet(path, index=False)
        written.append(path)
    return written
