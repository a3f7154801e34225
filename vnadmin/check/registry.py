"""The instrument registry: what the archive knows of each instrument — number, date, issuer, title — and
where that comes from.

Built from, in order of precedence: a user's list (CSV with columns number, date, issuer, title; imported with
``vnadmin registry import``), the documents' own headers, then the citations (the date most citing documents
agree on, with the count that agrees and the count that does not). Written to ``OUT/archive/registry.parquet``.
"""
from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

REGISTRY_FILE = "registry.parquet"
USER_FILE = "registry_user.csv"
REGISTRY_SCHEMA = pa.schema([
    ("number", pa.string()), ("date", pa.date32()), ("issuer", pa.string()), ("title", pa.string()),
    ("source", pa.string()), ("agreeing", pa.int64()), ("disagreeing", pa.int64()), ("doc_id", pa.string()),
])


def import_user_list(out: str | os.PathLike, csv_path: str | os.PathLike) -> int:
    """Check and keep a user's list of instruments in the dataset; returns its rows."""
    from vnadmin.extract.numbers import normalize_number

    rows = []
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"number", "date"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{csv_path}: missing columns {sorted(missing)} (number, date, issuer, title)")
        for line, row in enumerate(reader, start=2):
            number = normalize_number(row["number"] or "")
            if not number:
                raise ValueError(f"{csv_path}:{line}: {row['number']!r} is not a document number")
            try:
                date = pd.Timestamp(row["date"]).date() if row.get("date") else None
            except ValueError:
                raise ValueError(f"{csv_path}:{line}: {row['date']!r} is not a date (YYYY-MM-DD)") from None
            rows.append({"number": number, "date": date, "issuer": row.get("issuer") or None,
                         "title": row.get("title") or None})
    target = Path(out) / "archive"
    target.mkdir(exist_ok=True)
    shutil.copyfile(csv_path, target / USER_FILE)
    return len(rows)


def build_registry(out: str | os.PathLike, user_csv: str | os.PathLike | None = None) -> pd.DataFrame:
    from vnadmin.dataset import connect

    out = Path(out)
    (out / "archive").mkdir(exist_ok=True)
    if user_csv:
        import_user_list(out, user_csv)
    con = connect(out, read_only=False)
    try:
        headers = con.execute("""
            SELECT number, arg_min(issue_date, path) AS date, arg_min(issuer, path) AS issuer,
                   arg_min(subject, path) AS title, 'header' AS source, count(*) AS agreeing, 0 AS disagreeing,
                   arg_min(doc_id, path) AS doc_id
            FROM documents WHERE number IS NOT NULL AND status <> 'failed' GROUP BY number
        """).df()
        cited = con.execute("""
            WITH per_date AS (
                SELECT number, date, count(DISTINCT doc_id) AS n, arg_max(issuer, length(issuer)) AS issuer
                FROM citations WHERE number IS NOT NULL AND date IS NOT NULL GROUP BY number, date)
            SELECT number, arg_max(date, n) AS date, arg_max(issuer, n) AS issuer, NULL AS title,
                   'citations' AS source, max(n) AS agreeing, sum(n) - max(n) AS disagreeing, NULL AS doc_id
            FROM per_date GROUP BY number
        """).df()
    finally:
        con.close()
    frames = []
    user_path = out / "archive" / USER_FILE
    if user_path.exists():
        user = pd.read_csv(user_path, dtype=str, encoding="utf-8-sig").fillna("")
        from vnadmin.extract.numbers import normalize_number

        user = pd.DataFrame({
            "number": user["number"].map(normalize_number), "date": pd.to_datetime(user["date"]).dt.date,
            "issuer": user.get("issuer", pd.Series([None] * len(user))).replace("", None),
            "title": user.get("title", pd.Series([None] * len(user))).replace("", None),
            "source": "user", "agreeing": 0, "disagreeing": 0, "doc_id": None})
        frames.append(user)
    frames += [headers, cited]
    registry = pd.concat([f for f in frames if len(f)], ignore_index=True) if any(len(f) for f in frames) else \
        pd.DataFrame(columns=REGISTRY_SCHEMA.names)
    registry = registry.drop_duplicates("number", keep="first").sort_values("number").reset_index(drop=True)
    registry["date"] = pd.to_datetime(registry["date"]).dt.date
    table = pa.Table.from_pandas(registry, schema=REGISTRY_SCHEMA, preserve_index=False)
    temporary = out / "archive" / f".{REGISTRY_FILE}.tmp"
    pq.write_table(table, temporary)
    os.replace(temporary, out / "archive" / REGISTRY_FILE)
    return registry
