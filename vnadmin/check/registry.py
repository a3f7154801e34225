"""The instrument registry: what the archive knows of each instrument — number, date, issuer, title — and
where that comes from.

Built from, in order of precedence: a user's list (CSV with columns number, date, issuer, title; imported with
``vnadmin registry import``), the documents' own headers, then the citations (the date most citing documents
agree on, with the count that agrees and the count that does not). Written to ``OUT/archive/registry.parquet``.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import regex

REGISTRY_FILE = "registry.parquet"
USER_FILE = "registry_user.csv"
REGISTRY_SCHEMA = pa.schema([
    ("number", pa.string()), ("date", pa.date32()), ("issuer", pa.string()), ("title", pa.string()),
    ("source", pa.string()), ("agreeing", pa.int64()), ("disagreeing", pa.int64()), ("doc_id", pa.string()),
])


USER_COLUMNS = ("number", "date", "issuer", "title")
# a date as a user's list writes it: ISO, or day first as Vietnamese writes it (09/02/2017, 9-2-2017, 09.02.2017)
_ISO_DATE = regex.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = regex.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})")


def list_date(text: str) -> dt.date | None:
    """The date a user's list gives ("" → None): ISO (2017-02-09) or day first (09/02/2017, as Vietnamese
    writes it: never month first); ValueError for anything else, or a day the month does not have."""
    text = text.strip()
    if not text:
        return None
    iso, day_first = _ISO_DATE.fullmatch(text), _DAY_FIRST.fullmatch(text)
    if iso:
        year, month, day = map(int, iso.groups())
    elif day_first:
        day, month, year = int(day_first.group(1)), int(day_first.group(3)), int(day_first.group(4))
    else:
        raise ValueError(f"{text!r} is not a date (2017-02-09, or day first: 09/02/2017)")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a date: {year} has no day {day} in month {month}") from None


def read_user_list(csv_path: str | os.PathLike) -> pd.DataFrame:
    """A user's list of instruments (CSV, UTF-8, a header naming at least number and date; issuer, title and
    other columns optional), checked row by row: ValueError naming the file and line of the first problem."""
    from vnadmin.extract.numbers import normalize_number

    rows, seen = [], {}
    try:
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            header = [name.strip().lower() for name in next(reader, [])]
            missing = {"number", "date"} - set(header)
            if missing:
                raise ValueError(f"{csv_path}: missing columns {sorted(missing)} (number, date, issuer, title)")
            for fields in reader:
                line = reader.line_num
                if not any(field.strip() for field in fields):
                    continue  # a blank line
                if len(fields) > len(header):
                    raise ValueError(f"{csv_path}:{line}: {len(fields)} fields, the header names {len(header)} "
                                     "(a comma inside a value needs quotes)")
                row = dict(zip(header, fields))
                number = normalize_number(row["number"] or "")
                if not number:
                    raise ValueError(f"{csv_path}:{line}: {row['number']!r} is not a document number")
                try:
                    date = list_date(row.get("date") or "")
                except ValueError as error:
                    raise ValueError(f"{csv_path}:{line}: {error}") from None
                if number in seen and seen[number][1] != date:
                    raise ValueError(f"{csv_path}:{line}: {number} is listed again with another date (line "
                                     f"{seen[number][0]})")
                seen.setdefault(number, (line, date))
                rows.append({"number": number, "date": date, "issuer": (row.get("issuer") or "").strip() or None,
                             "title": (row.get("title") or "").strip() or None})
    except UnicodeDecodeError as error:
        raise ValueError(f"{csv_path}: not UTF-8 (byte {error.start}); save the list as CSV UTF-8") from None
    except csv.Error as error:
        raise ValueError(f"{csv_path}:{reader.line_num}: {error}") from None
    return pd.DataFrame(rows, columns=list(USER_COLUMNS))


def import_user_list(out: str | os.PathLike, csv_path: str | os.PathLike) -> int:
    """Check a user's list of instruments and keep it in the dataset (as read: numbers normalized, ISO dates);
    returns its rows. A list that does not read leaves the dataset as it was."""
    from vnadmin.dataset import require_dataset

    require_dataset(out)
    rows = read_user_list(csv_path)
    target = Path(out) / "archive"
    target.mkdir(exist_ok=True)
    temporary = target / f".{USER_FILE}.tmp"
    rows.assign(date=rows.date.map(lambda date: date.isoformat() if date else "")).to_csv(
        temporary, index=False, encoding="utf-8")
    os.replace(temporary, target / USER_FILE)
    return len(rows)


def build_registry(out: str | os.PathLike, user_csv: str | os.PathLike | None = None) -> pd.DataFrame:
    from vnadmin.dataset import connect, require_dataset

    out = require_dataset(out)
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
    if user_path.exists():  # (read as import read it: a dataset of an earlier version keeps the user's own file)
        frames.append(read_user_list(user_path).assign(source="user", agreeing=0, disagreeing=0, doc_id=None))
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
