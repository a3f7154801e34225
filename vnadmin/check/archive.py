"""Checks across an archive, as DuckDB group-bys over the dataset (no Python loops over pairs of citations).

- ``cross_document_date_conflict``: an instrument cited with different dates by different documents: the
  majority date, the dissenting documents and the counts;
- links: a citation resolves to a document the archive holds when the number is the same and the issuer is
  compatible (a national code such as CP or TTg names one body; a local number such as 12/KH-UBND exists in every
  province, so the cited issuer must name the document's own issuer or place); the cited date and the document's
  own header date are then compared (``cited_date_vs_document``);
- ``cited_date_vs_registry``: a cited date against the registry's date (a user's list, or the headers);
- the per-document findings written at ingest are kept beside these.

``run_archive_checks(OUT)`` writes ``OUT/archive/findings.parquet`` and ``OUT/archive/links.parquet``; the
dataset's views then show them (``findings`` holds both scopes, ``citations.resolved_doc_id`` is filled).
"""
from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from vnadmin.check.document import vi_date
from vnadmin.check.registry import REGISTRY_FILE, build_registry
from vnadmin.dataset import connect, sql_string
from vnadmin.dataset.schema import schema
from vnadmin.resources import word_list

ARCHIVE = "archive"
FINDINGS_FILE = "findings.parquet"
LINKS_FILE = "links.parquet"
LINK_SCHEMA = pa.schema([("doc_id", pa.string()), ("path", pa.string()), ("ordinal", pa.int64()),
                         ("resolved_doc_id", pa.string()), ("resolved_path", pa.string())])


@dataclass
class ArchiveReport:
    findings: pd.DataFrame
    links: int
    seconds: float


def _national_codes() -> list[str]:
    from vnadmin.resources import tsv_rows

    return sorted(row[0] for row in tsv_rows("vnadmin.extract", "issuer_codes.tsv") if row[4:5] == ("national",))


def issuer_key(text: str | None) -> str:
    """An issuer or place reduced for comparison: no case, no tone marks, no administrative words."""
    if not isinstance(text, str) or not text:
        return ""  # None, or a pandas NaN for a missing value
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    for long, short in (("uy ban nhan dan", "ubnd"), ("hoi dong nhan dan", "hdnd"), ("thanh pho", "tp"),
                        ("tp.", "tp"), ("tt.", "thua thien ")):
        text = text.replace(long, short)
    for word in ("ubnd", "hdnd", "tinh", "tp", "huyen", "quan", "thi xa", "xa", "phuong", "thi tran", "chu tich",
                 "thuong truc", "cua", "so"):
        text = f" {text} ".replace(f" {word} ", " ")
    return " ".join(text.split())


def run_archive_checks(out: str | os.PathLike, user_registry: str | os.PathLike | None = None) -> ArchiveReport:
    started = time.perf_counter()
    out = Path(out)
    (out / ARCHIVE).mkdir(exist_ok=True)
    build_registry(out, user_registry)
    con = connect(out, read_only=False)
    try:
        linked = _links_and_their_dates(con, out)  # (writes the links, which the conflicts leave to it)
        findings = [_date_conflicts(con, out / ARCHIVE / LINKS_FILE), *linked, _registry_dates(con, out)]
    finally:
        con.close()
    frame = pd.concat([f for f in findings if f is not None and len(f)], ignore_index=True) if any(
        f is not None and len(f) for f in findings) else pd.DataFrame(columns=[c.name for c in schema("findings")])
    frame["scope"] = "archive"
    _write(out / ARCHIVE / FINDINGS_FILE, pa.Table.from_pandas(frame, schema=_archive_findings_schema(),
                                                                  preserve_index=False))
    links = pq.read_table(out / ARCHIVE / LINKS_FILE).num_rows
    return ArchiveReport(frame, links, time.perf_counter() - started)


def _archive_findings_schema() -> pa.Schema:
    return schema("findings").append(pa.field("scope", pa.string()))


def _write(path: Path, table: pa.Table) -> None:
    temporary = path.with_name("." + path.name + ".tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def _instrument_key(con: duckdb.DuckDBPyConnection) -> str:
    """SQL for the key that names one instrument: the number when its issuer code is national (CP, TTg, BTC ...);
    with a local code (12/KH-UBND exists in every province) the number and the cited issuer, or NULL when the
    citation names no issuer."""
    try:
        con.create_function("issuer_key", issuer_key, ["VARCHAR"], "VARCHAR",
                            null_handling="special", side_effects=False)
    except (duckdb.CatalogException, duckdb.NotImplementedException):
        pass  # already registered on this connection
    national = ", ".join(f"'{code.upper()}'" for code in _national_codes())
    # a number without a /YYYY/ segment restarts every year: its year is part of the key
    year = "CASE WHEN regexp_matches(number, '^[^/]+/[0-9]{4}/') THEN '' ELSE ' #' || CAST(year(date) AS VARCHAR) END"
    return (f"CASE WHEN upper(regexp_replace(split_part(issuer_code, '-', 1), '[0-9]+$', '')) IN ({national}) "
            f"THEN number || {year} WHEN issuer IS NOT NULL AND issuer_key(issuer) <> '' "
            f"THEN number || ' @ ' || issuer_key(issuer) || {year} END")


def _date_conflicts(con: duckdb.DuckDBPyConnection, links: Path) -> pd.DataFrame:
    """One finding per document whose citation of an instrument disagrees with the date most documents give; where
    no date has a majority (two documents, two dates), every side is a finding, and the message says so. An
    instrument the archive holds is left to ``cited_date_vs_document``, which compares each citation with the
    instrument's own header (a vote among the citing documents could blame the one that cites it right)."""
    return con.execute("""
        WITH keyed AS (
            SELECT INSTRUMENT_KEY AS instrument, number, date, doc_id, path, ordinal, start, "end"
            FROM citations WHERE number IS NOT NULL AND date IS NOT NULL),
        held AS (
            SELECT DISTINCT k.instrument FROM keyed k JOIN read_parquet(LINKS) l USING (doc_id, path, ordinal)
            JOIN documents d ON d.doc_id = l.resolved_doc_id
            WHERE d.issue_date IS NOT NULL AND k.instrument IS NOT NULL),  -- (a NULL would empty NOT IN)
        cited AS (
            SELECT instrument, any_value(number) AS number, date, doc_id, any_value(path) AS path,
                   list([start, "end"]) AS spans
            FROM keyed WHERE instrument IS NOT NULL AND instrument NOT IN (SELECT instrument FROM held)
            GROUP BY instrument, date, doc_id),
        per_date AS (
            SELECT instrument, any_value(number) AS number, date, count(*) AS documents FROM cited
            GROUP BY instrument, date),
        citing AS (SELECT instrument, count(DISTINCT doc_id) AS total FROM cited GROUP BY instrument),
        top AS (SELECT instrument, max(documents) AS top, count(*) AS dates FROM per_date GROUP BY instrument),
        top_dates AS (
            SELECT p.instrument, list(p.date ORDER BY p.date) AS top_dates
            FROM per_date p JOIN top t ON p.instrument = t.instrument AND p.documents = t.top GROUP BY p.instrument),
        dissent AS (
            SELECT p.instrument, p.number, p.date, p.documents, t.top, c.total,
                   list_filter(d.top_dates, lambda x: x <> p.date) AS others,
                   len(d.top_dates) > 1 AS tie
            FROM per_date p JOIN top t USING (instrument) JOIN top_dates d USING (instrument)
            JOIN citing c USING (instrument)
            WHERE t.dates > 1 AND (p.documents < t.top OR len(d.top_dates) > 1)),
        -- the words of what follows each mention of a conflicted instrument when it is its subject ("về đăng ký
        -- doanh nghiệp", "quy định chức năng, nhiệm vụ … của Bộ Công an"), without figures and the words every
        -- subject or mention holds
        subject AS (
            SELECT k.instrument, k.date, list_filter(string_split(trim(regexp_replace(lower(
                       regexp_extract(regexp_replace(substr(t.text, k."end" + 1, 240), '\\s+', ' ', 'g'),
                                      '^[ ,]*((về|quy định|hướng dẫn|sửa đổi|ban hành|phê duyệt) [^;.:]*)', 1)),
                       '[^\\p{L} ]+', ' ', 'g')), ' '), lambda w: length(w) > 1 AND w NOT IN (STOP_WORDS))
                   AS words
            FROM keyed k JOIN texts t USING (doc_id, path)
            WHERE k.instrument IN (SELECT instrument FROM dissent)),
        subjects AS (
            SELECT * FROM (SELECT instrument, date, list_distinct(flatten(list(words))) AS words FROM subject
                           GROUP BY instrument, date) WHERE len(words) >= 3),
        -- a date whose mentions name another subject than every other date's (hardly a word in common) is another
        -- instrument that shares the number (the Government's decrees on a ministry's organisation are numbered
        -- apart: 02/2025/NĐ-CP of 1/1/2025 on health insurance, of 18/2/2025 on the Ministry of Public Security)
        two_instruments AS (
            SELECT d.instrument, d.date FROM dissent d JOIN subjects own USING (instrument, date)
            WHERE EXISTS (SELECT 1 FROM subjects o
                          WHERE o.instrument = d.instrument AND list_contains(d.others, o.date))
              AND NOT EXISTS (SELECT 1 FROM subjects o WHERE o.instrument = d.instrument
                              AND list_contains(d.others, o.date)
                              AND len(list_intersect(o.words, own.words)) >= 0.2 * least(len(o.words), len(own.words))))
        SELECT c.doc_id, c.path, 'cross_document_date_conflict' AS "check", 'warning' AS severity,
               format('{} is cited as of {} by {} document(s), this one among them, and as of {} by {} {}of the {} '
                      'citing it{}', d.number, strftime(d.date, '%Y-%m-%d'), d.documents,
                      array_to_string(list_transform(d.others, lambda x: strftime(x, '%Y-%m-%d')), ' and '), d.top,
                      CASE WHEN len(d.others) > 1 THEN 'each ' ELSE '' END, d.total,
                      CASE WHEN d.tie THEN ': no date has a majority' ELSE '' END) AS message,
               format('{} được viện dẫn ngày {} trong {} văn bản (kể cả văn bản này), và ngày {} trong {} văn bản{} '
                      'trên {} văn bản viện dẫn{}',
                      d.number, strftime(d.date, '%-d/%-m/%Y'), d.documents,
                      array_to_string(list_transform(d.others, lambda x: strftime(x, '%-d/%-m/%Y')), ' và '), d.top,
                      CASE WHEN len(d.others) > 1 THEN ' mỗi ngày' ELSE '' END, d.total,
                      CASE WHEN d.tie THEN ': không ngày nào được đa số văn bản viện dẫn' ELSE '' END) AS message_vi,
               [d.number, strftime(d.date, '%Y-%m-%d'), strftime(d.others[1], '%Y-%m-%d'),
                CAST(d.documents AS VARCHAR), CAST(d.top AS VARCHAR)] AS "values",
               c.spans AS spans
        FROM dissent d JOIN cited c ON c.instrument = d.instrument AND c.date = d.date
        ANTI JOIN two_instruments x ON x.instrument = d.instrument AND x.date = d.date
        -- a document that also cites a date of the majority is already flagged within itself
        WHERE NOT EXISTS (SELECT 1 FROM cited o WHERE o.instrument = d.instrument AND o.doc_id = c.doc_id
                          AND list_contains(d.others, o.date))
        ORDER BY d.number, c.path
    """.replace("INSTRUMENT_KEY", _instrument_key(con)).replace("LINKS", sql_string(str(links)))
        .replace("STOP_WORDS", ", ".join(sql_string(word) for word in _SUBJECT_STOP_WORDS))).df()


_SUBJECT_STOP_WORDS = word_list("vnadmin.check", "subject_stopwords.txt")


def _links_and_their_dates(con: duckdb.DuckDBPyConnection, out: Path) -> list[pd.DataFrame]:
    """Resolve citations to documents of the archive; compare the cited date with the document's own."""
    pairs = con.execute("""
        SELECT c.doc_id, c.path, c.ordinal, c.start, c."end", c.number, c.date, c.issuer, c.issuer_code,
               d.doc_id AS target_id, d.path AS target_path, d.issue_date, d.issuer AS target_issuer,
               d.place AS target_place, cd.issuer AS citing_issuer, cd.parent_issuer AS citing_parent,
               cd.place AS citing_place
        FROM citations c
        JOIN documents d ON d.number = c.number AND d.doc_id <> c.doc_id AND d.status <> 'failed'
        JOIN documents cd ON cd.doc_id = c.doc_id AND cd.path = c.path
    """).df()
    national = {code.upper() for code in _national_codes()}
    if len(pairs):
        stems = pairs.issuer_code.fillna("").str.split("-").str[0].str.replace(r"\d+$", "", regex=True).str.upper()
        is_national = stems.isin(national)
        cited = pairs.issuer.map(issuer_key)
        target = pairs.target_issuer.map(issuer_key)
        target_place = pairs.target_place.map(issuer_key)
        citing = pairs.citing_issuer.map(issuer_key)
        same_body = [bool(t) and (t in c or c.endswith(t) or (p and p in c)) if c else False
                     for c, t, p in zip(cited, target, target_place)]
        # no issuer written: a local number resolves inside the citing body's own archive ("Kế hoạch số 06/KH-UBND")
        own_body = [not c and bool(t) and t == s for c, t, s in zip(cited, target, citing)]
        pairs = pairs[is_national | pd.Series(same_body, index=pairs.index) | pd.Series(own_body, index=pairs.index)]
        # a number without a year names a document of the cited year only
        normative = pairs.number.str.match(r"^[^/]+/\d{4}/")
        same_year = pairs.date.isna() | (pd.to_datetime(pairs.date).dt.year == pd.to_datetime(pairs.issue_date).dt.year)
        pairs = pairs[normative | same_year]
        # several documents of the archive share the number: keep the one dated as cited, else none
        pairs = pairs.assign(same_date=pairs.date == pairs.issue_date)
        counts = pairs.groupby(["doc_id", "path", "ordinal"]).target_id.transform("count")
        pairs = pairs[(counts == 1) | pairs.same_date]
        pairs = pairs.drop_duplicates(["doc_id", "path", "ordinal"])
    links = pa.Table.from_pandas(
        pairs.rename(columns={"target_id": "resolved_doc_id", "target_path": "resolved_path"})[
            ["doc_id", "path", "ordinal", "resolved_doc_id", "resolved_path"]] if len(pairs) else
        pd.DataFrame(columns=LINK_SCHEMA.names), schema=LINK_SCHEMA, preserve_index=False)
    _write(out / ARCHIVE / LINKS_FILE, links)
    if not len(pairs):
        return []
    wrong = pairs[pairs.date.notna() & pairs.issue_date.notna() & (pairs.date != pairs.issue_date)]
    rows = []
    for row in wrong.itertuples(index=False):
        cited, own = str(row.date)[:10], str(row.issue_date)[:10]
        rows.append({
            "doc_id": row.doc_id, "path": row.path, "check": "cited_date_vs_document", "severity": "error",
            "message": f"{row.number} is cited as of {cited}; the archive holds it ({row.target_path}) dated {own}",
            "message_vi": f"{row.number} được viện dẫn ngày {vi_date(cited)}; văn bản được viện dẫn có trong kho "
                          f"({row.target_path}) với ngày ban hành {vi_date(own)}",
            "values": [row.number, cited, own, row.target_path], "spans": [[int(row.start), int(row.end)]],
        })
    return [pd.DataFrame(rows)] if rows else []


def _registry_dates(con: duckdb.DuckDBPyConnection, out: Path) -> pd.DataFrame | None:  # noqa: D401
    """Cited dates against the dates a user's registry gives (the registry built from headers is covered by the
    links above)."""
    path = out / ARCHIVE / REGISTRY_FILE
    if not path.exists():
        return None
    con.execute(f"CREATE OR REPLACE TEMP VIEW registry AS SELECT * FROM read_parquet({sql_string(str(path))})")
    return con.execute("""
        SELECT c.doc_id, c.path, 'cited_date_vs_registry' AS "check", 'warning' AS severity,
               format('{} is cited as of {}; the registry ({}) gives {}', c.number, strftime(c.date, '%Y-%m-%d'),
                      r.source, strftime(r.date, '%Y-%m-%d')) AS message,
               format('{} được viện dẫn ngày {}; danh mục ({}) ghi ngày {}', c.number,
                      strftime(c.date, '%-d/%-m/%Y'), r.source, strftime(r.date, '%-d/%-m/%Y')) AS message_vi,
               [c.number, strftime(c.date, '%Y-%m-%d'), strftime(r.date, '%Y-%m-%d'), r.source] AS "values",
               [[c.start, c."end"]] AS spans
        FROM citations c JOIN registry r ON r.number = c.number
        WHERE r.source = 'user' AND c.date IS NOT NULL AND r.date IS NOT NULL AND c.date <> r.date
        ORDER BY c.number, c.path
    """).df()
