"""``vnadmin serve OUT``: a local web app over a dataset — browse and filter every table, run read-only SQL, read
a document with its extractions highlighted and its findings beside the text.

A small Starlette app with Jinja2 templates (``templates/``, ``static/``), served by uvicorn. Every request opens
the dataset with :func:`vnadmin.dataset.connect` (an in-memory DuckDB, one view per table, external access
disabled, configuration locked; ~30 ms), so a dataset rewritten by ``vnadmin check`` is seen at once. Filters are
SQL parameters on column names checked against the view; the SQL page takes one SELECT/WITH/EXPLAIN/PRAGMA
statement (:func:`vnadmin.dataset.read_only_statement`), shows at most ``SQL_ROWS`` rows and is interrupted after
``SQL_SECONDS``.
"""
from __future__ import annotations

import ipaddress
import math
import os
import re
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import duckdb
from markupsafe import Markup

from vnadmin.dataset import MANIFEST, TABLES, connect, csv_value, read_only_statement
from vnadmin.serve.highlight import Span, highlight

HERE = Path(__file__).parent
PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
SQL_ROWS = 1000  # rows shown by the SQL page
SQL_SECONDS = 30.0  # a query running longer is interrupted
CELL_CHARS = 300  # longer values are cut in the table views
EXTRA_VIEWS = ("registry", "citation_links")  # written by `vnadmin check` / `vnadmin registry`
DEFAULT_ORDER = ("path", "page", "ordinal", "start", "check", "number")
LOOPBACK_NAMES = ("localhost",)

# kinds highlighted in the document view: (kind, label) in legend order
KINDS = [
    ("number", "Số hiệu · document number"),
    ("header", "Đầu văn bản · other header fields"),
    ("citation", "Viện dẫn · citations"),
    ("date", "Ngày tháng · dates"),
    ("channel", "Kênh · channels"),
    ("difficulty", "Khó khăn · difficulties"),
    ("recommendation", "Kiến nghị · recommendations"),
    ("quantity", "Số lượng · quantities"),
    ("section", "Đề mục · sections"),
    ("finding", "Bằng chứng phát hiện · finding evidence"),
]
HEADER_FIELDS = ("number", "type", "issuer", "parent_issuer", "place", "issue_date", "subject", "signer",
                 "signer_title", "signing_authority", "format", "encoding", "pages", "ocr_pages", "text_chars",
                 "n_citations", "n_findings", "status", "error_code", "error")


class Refused(Exception):
    """A request the app answers with an error page (status, message)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


# --- binding ------------------------------------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ::1 (with or without brackets)."""
    host = host.strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # any other name may resolve to a public address


def trusted_hosts(host: str, allow_remote: bool = False) -> list[str]:
    """Host headers the app answers when bound to ``host``: with a loopback bind only loopback names (so a web
    page cannot reach the dataset through DNS rebinding); anything with ``--allow-remote``."""
    if allow_remote:
        return ["*"]
    return sorted({"localhost", "127.0.0.1", "::1", "[::1]", host.strip()})


# --- values -------------------------------------------------------------------------------------------------------

def _null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def text_of(value: Any) -> str:
    """A cell as text: as a CSV download writes it ('' for null, ISO for dates, JSON for lists)."""
    return str(csv_value(value))


def _is_doc_id(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}", value) is not None


def doc_url(doc_id: str, path: str | None = None, span: tuple[int, int] | None = None) -> str:
    query: dict[str, str] = {}
    if path:
        query["path"] = path
    if span is not None:
        query["at"] = f"{int(span[0])}-{int(span[1])}"
    return f"/doc/{doc_id}" + ("?" + urlencode(query) if query else "") + ("#at" if span is not None else "")


def cell(value: Any, column: str = "", row: dict | None = None) -> Markup:
    """One cell of a table view, escaped; a doc_id links to the document view (at the row's span when the row has
    one), long values are cut."""
    if _null(value):
        return Markup('<span class="null">∅</span>')
    if column in ("doc_id", "resolved_doc_id") and _is_doc_id(value):
        row = row or {}
        path = row.get("path") if column == "doc_id" else row.get("resolved_path")
        span = None
        if column == "doc_id":
            if isinstance(row.get("start"), int) and isinstance(row.get("end"), int):
                span = (row["start"], row["end"])
            elif row.get("spans"):
                first = row["spans"][0]
                if first is not None and len(first) == 2:
                    span = (first[0], first[1])
        return Markup('<a class="doc" href="{}" title="{}">{}…</a>').format(
            doc_url(value, path if isinstance(path, str) else None, span), value, value[:10])
    text = text_of(value)
    if len(text) > CELL_CHARS:
        return Markup('<span title="{} characters">{}<span class="cut">…</span></span>').format(
            len(text), text[:CELL_CHARS])
    return Markup("{}").format(text)


# --- data access --------------------------------------------------------------------------------------------------

class Data:
    """One request's view of the dataset."""

    def __init__(self, out: Path):
        self.out = out
        self.con = connect(out)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Data:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def rows(self, sql: str, params: list | None = None) -> list[dict]:
        cursor = self.con.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]

    def tables(self) -> list[str]:
        views = {r["name"] for r in self.rows("SELECT view_name AS name FROM duckdb_views() WHERE NOT internal")}
        return [t for t in TABLES if t in views] + [v for v in EXTRA_VIEWS if v in views]

    def columns(self, table: str) -> list[tuple[str, str]]:
        return [(r["column_name"], r["column_type"]) for r in self.rows(f'DESCRIBE "{table}"')]


def _doc(table: str) -> dict[str, str]:
    """Column → meaning, from the schema."""
    if table not in TABLES:
        return {}
    return {c.name: c.doc for c in TABLES[table][1]}


PAGE_CONTROLS = ("limit", "offset", "sort", "format")
MAX_OFFSET = 2 ** 62  # (DuckDB's OFFSET is a signed 64-bit number)


def _page_controls(params: dict[str, str], columns: list[str]) -> dict[str, str | None]:
    """The page's own parameters (``_limit``, ``_offset``, ``_sort``, ``_format``), taken out of ``params``, which
    keeps the filters: a table may have a column of the same name (``documents.format``), filtered as any other.
    Without the underscore they are read too where no column has that name (links made before they had it)."""
    control: dict[str, str | None] = {}
    for key in PAGE_CONTROLS:
        control[key] = params.pop(f"_{key}", None)
        if control[key] is None and key not in columns:
            control[key] = params.pop(key, None)
    return control


def table_query(table: str, columns: list[str], params: dict[str, str], limit: int, offset: int,
                sort: str | None) -> tuple[str, str, list, list]:
    """SELECT and COUNT statements for a filtered page of ``table``: filters are parameters; column names have
    been checked against ``columns``. A value ``=x`` means equal to x, anything else contains it (case-insensitive);
    both compare the column's text."""
    where, values, filters = [], [], []
    for column, value in params.items():
        if column not in columns:
            raise Refused(400, f"no column {column!r} in {table}; columns: {', '.join(columns)}")
        if value == "":
            continue
        if value.startswith("="):
            where.append(f'CAST("{column}" AS VARCHAR) = ?')
            values.append(value[1:])
        else:
            where.append(f'contains(lower(CAST("{column}" AS VARCHAR)), lower(?))')
            values.append(value)
        filters.append((column, value))
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    if sort:
        name = sort.lstrip("-")
        if name not in columns:
            raise Refused(400, f"cannot sort by {name!r}: no such column in {table}")
        order = f' ORDER BY "{name}" {"DESC" if sort.startswith("-") else "ASC"} NULLS LAST'
    else:
        keys = [c for c in DEFAULT_ORDER if c in columns]
        order = (" ORDER BY " + ", ".join(f'"{c}"' for c in keys)) if keys else ""
    select = f'SELECT * FROM "{table}"{clause}{order}'  # the page adds LIMIT ? OFFSET ?, the CSV takes all
    count = f'SELECT count(*) AS n FROM "{table}"{clause}'
    return select, count, values, filters


CSV_BATCH = 10_000  # rows fetched at a time for a download


def csv_download(out: Path, sql: str, params: list, filename: str, seconds: float | None = None):
    """A streamed CSV of every row of ``sql``: UTF-8 with a byte-order mark (spreadsheet programs then read
    Vietnamese right), a header row, lists as JSON. The query runs before the response starts, so that an error
    is an error page, on a connection closed when the last row is sent; ``seconds`` limits the query's run, not
    the download."""
    import csv
    import io

    from starlette.responses import StreamingResponse

    data = Data(out)
    timer = threading.Timer(seconds, data.con.interrupt) if seconds else None
    try:
        if timer:
            timer.start()
        cursor = data.con.execute(sql, params)
    except duckdb.InterruptException:
        data.close()
        raise Refused(400, f"the query ran longer than {seconds:.0f} s and was stopped") from None
    except duckdb.Error as problem:
        data.close()
        raise Refused(400, f"{type(problem).__name__}: {problem}") from None
    finally:
        if timer:
            timer.cancel()

    def lines():
        try:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow([d[0] for d in cursor.description])
            yield "\ufeff" + buffer.getvalue()
            while rows := cursor.fetchmany(CSV_BATCH):
                buffer.seek(0)
                buffer.truncate()
                writer.writerows([csv_value(v) for v in row] for row in rows)
                yield buffer.getvalue()
        finally:
            data.close()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def run_sql(out: Path, sql: str, max_rows: int = SQL_ROWS, seconds: float = SQL_SECONDS) -> dict:
    """One read-only statement: {columns, rows (at most max_rows), truncated, kind}. Raises ValueError,
    PermissionError or a DuckDB error for the page to show."""
    with Data(out) as data:
        kind = read_only_statement(data.con, sql)
        timer = threading.Timer(seconds, data.con.interrupt)
        timer.start()
        try:
            cursor = data.con.execute(sql)
            columns = [d[0] for d in cursor.description] if cursor.description else []
            rows = cursor.fetchmany(max_rows + 1)
        except duckdb.InterruptException:
            raise TimeoutError(f"the query ran longer than {seconds:.0f} s and was stopped") from None
        finally:
            timer.cancel()
    # rows as (values, {column: value}): values keep duplicate column names, the dict lets doc_id cells link
    return {"columns": columns, "rows": [(r, dict(zip(columns, r))) for r in rows[:max_rows]],
            "truncated": len(rows) > max_rows, "kind": kind}


def _own_number_span(text: str, number: str | None) -> tuple[int, int] | None:
    """Where the document's own number is written: the dataset keeps no header offsets, so the first occurrence of
    the normalized number in the normalized text (the header comes first), case-insensitive as a fallback."""
    if not number:
        return None
    at = text.find(number)
    if at < 0:
        match = re.search(re.escape(number), text, re.IGNORECASE)
        if not match:
            return None
        return match.span()
    return at, at + len(number)


def document_page(out: Path, doc_id: str, path: str | None, at: str | None) -> dict:
    """Everything the document view shows."""
    if not _is_doc_id(doc_id):
        raise Refused(404, f"no document {doc_id!r}")
    with Data(out) as data:
        documents = data.rows("SELECT * FROM documents WHERE doc_id = ? ORDER BY path", [doc_id])
        if not documents:
            raise Refused(404, f"no document {doc_id}")
        chosen = next((d for d in documents if d["path"] == path), None) if path else documents[0]
        if chosen is None:
            raise Refused(404, f"document {doc_id} has no copy at {path!r}")
        key = [doc_id, chosen["path"]]
        where = "WHERE doc_id = ? AND path = ?"
        texts = data.rows(f"SELECT text FROM texts {where}", key)
        text = (texts[0]["text"] if texts else None) or ""
        citations = data.rows(f"SELECT * FROM citations {where} ORDER BY ordinal", key)
        dates = data.rows(f"SELECT * FROM dates {where} ORDER BY start", key)
        channels = data.rows(f"SELECT * FROM channels {where} ORDER BY start", key)
        items = data.rows(f"SELECT * FROM difficulties {where} ORDER BY kind, ordinal", key)
        quantities = data.rows(f"SELECT * FROM quantities {where} ORDER BY start", key)
        sections = data.rows(f"SELECT * FROM sections {where} ORDER BY ordinal", key)
        recipients = data.rows(f"SELECT * FROM recipients {where} ORDER BY role, ordinal", key)
        findings = data.rows(f'SELECT * FROM findings {where} ORDER BY scope DESC, severity, "check"', key)
        pages = data.rows(f"SELECT * FROM pages {where} ORDER BY page", key)
        header_fields = data.rows(f"SELECT * FROM header_fields {where} ORDER BY start", key)
        cited_by = data.rows("SELECT DISTINCT doc_id, path FROM citations WHERE resolved_doc_id = ? ORDER BY path",
                             [doc_id])

    spans: list[Span] = []
    # header values where the header reader found them (a dataset written before header_fields existed: the
    # number is searched for)
    read_at = {f["field"]: (f["start"], f["end"]) for f in header_fields}
    own = read_at.get("number") or _own_number_span(text, chosen.get("number"))
    if own:
        spans.append(Span(*own, "number", "number", f"số hiệu · number {chosen['number']}"))
    for f in header_fields:
        if f["field"] != "number":
            spans.append(Span(f["start"], f["end"], "header", f"header-{f['field']}",
                              f"{f['field']}: {text_of(f['value'])}"))
    for c in citations:
        about = " · ".join(text_of(c[k]) for k in ("kind", "number", "name", "date", "issuer") if c.get(k))
        spans.append(Span(c["start"], c["end"], "citation", f"citation-{c['ordinal']}", f"citation: {about}"))
    for i, d in enumerate(dates):
        about = text_of(d["date"]) or f"{d['precision']}" + ("" if d["valid"] else " (invalid)")
        spans.append(Span(d["start"], d["end"], "date", f"date-{i}", f"date: {about}"))
    for i, c in enumerate(channels):
        spans.append(Span(c["start"], c["end"], "channel", f"channel-{i}", f"channel: {c['category']}"))
    for item in items:
        kind = "recommendation" if item["kind"] == "recommendation" else "difficulty"
        spans.append(Span(item["start"], item["end"], kind, f"{kind}-{item['ordinal']}",
                          f"{item['kind']}: {item['heading'] or ''}"))
    for i, q in enumerate(quantities):
        spans.append(Span(q["start"], q["end"], "quantity", f"quantity-{i}",
                          f"quantity: {text_of(q['value'])} {q['unit'] or ''}"))
    for s in sections:
        spans.append(Span(s["start"], s["end"], "section", f"section-{s['ordinal']}",
                          f"section {s['label']} (level {s['level']})"))
    for i, f in enumerate(findings):
        f["anchors"] = []
        for j, evidence in enumerate(f.get("spans") or []):
            if evidence is None or len(evidence) != 2:
                continue
            anchor = f"finding-{i}-{j}"
            f["anchors"].append((anchor, text[int(evidence[0]):int(evidence[1])]))
            spans.append(Span(evidence[0], evidence[1], "finding", anchor, f"{f['check']}: {f['message']}"))
    selected = None
    if at:
        match = re.fullmatch(r"(\d+)-(\d+)", at)
        if not match:
            raise Refused(400, f"at must be START-END, not {at!r}")
        selected = (int(match[1]), int(match[2]))
        spans.append(Span(*selected, "selected", "at", "selected"))
    counts = {kind: sum(1 for s in spans if s.kind == kind) for kind, _ in KINDS}
    return {"doc": chosen, "copies": documents, "text": text, "html": highlight(text, spans), "counts": counts,
            "read_at": {name: "number" if name == "number" else f"header-{name}" for name in read_at},
            "citations": citations, "findings": findings, "recipients": recipients, "pages": pages,
            "items": items, "cited_by": cited_by, "selected": selected}


# --- the app ------------------------------------------------------------------------------------------------------

def create_app(out: str | os.PathLike, allowed_hosts: list[str] | None = None):
    """The Starlette app over the dataset folder ``out``; ``allowed_hosts`` limits the Host header (see
    :func:`trusted_hosts`; None: any)."""
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles
    from starlette.templating import Jinja2Templates

    out = Path(out).resolve()
    if not (out / MANIFEST).exists():
        raise FileNotFoundError(f"{out} is not a vnadmin dataset (no {MANIFEST}); make one with "
                                f"`vnadmin ingest DIR -o {out}`")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(cell=cell, text_of=text_of, doc_url=doc_url, KINDS=KINDS, out=str(out),
                                 HEADER_FIELDS=HEADER_FIELDS)

    def page(request: Request, name: str, context: dict, status: int = 200) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def index(request: Request) -> Response:
        with Data(out) as data:
            tables = [(t, data.rows(f'SELECT count(*) AS n FROM "{t}"')[0]["n"]) for t in data.tables()]
            documents = data.rows("SELECT doc_id, path, format, status, number, type, issue_date, n_citations, "
                                  "n_findings FROM documents ORDER BY path LIMIT 500")
            total = data.rows("SELECT count(*) AS n FROM documents")[0]["n"]
        return page(request, "index.html", {"tables": tables, "documents": documents, "total": total,
                                            "about": {t: TABLES[t][0] for t in TABLES}})

    def table(request: Request) -> Response:
        name = request.path_params["name"]
        params = dict(request.query_params)
        with Data(out) as data:
            if name not in data.tables():
                raise Refused(404, f"no table {name!r}; tables: {', '.join(data.tables())}")
            columns = data.columns(name)
            names = [c for c, _t in columns]
            control = _page_controls(params, names)
            try:
                limit = min(max(int(control["limit"] or PAGE_SIZE), 1), MAX_PAGE_SIZE)
                offset = min(max(int(control["offset"] or 0), 0), MAX_OFFSET)
            except ValueError:
                raise Refused(400, "_limit and _offset must be whole numbers") from None
            sort, download = control["sort"] or None, control["format"] == "csv"
            select, count, values, filters = table_query(name, names, params, limit, offset, sort)
            if download:  # every matching row, in the page's order
                return csv_download(out, select, values, f"{name}.csv")
            total = data.rows(count, values)[0]["n"]
            rows = data.rows(select + " LIMIT ? OFFSET ?", values + [limit, offset])

        def link(**change) -> str:
            query = {c: v for c, v in filters} | {"_sort": sort or "", "_limit": limit, "_offset": offset} \
                | {f"_{key}": value for key, value in change.items()}
            if query["_limit"] == PAGE_SIZE:
                query.pop("_limit")
            return f"/table/{name}?" + urlencode({k: v for k, v in query.items() if v not in ("", None, 0)})

        return page(request, "table.html", {
            "name": name, "about": TABLES[name][0] if name in TABLES else "", "columns": columns,
            "doc": _doc(name), "rows": rows, "total": total, "limit": limit, "offset": offset, "sort": sort,
            "filters": dict(filters), "link": link})

    def sql(request: Request) -> Response:
        statement = request.query_params.get("q", "")
        result, error, status = None, None, 200
        if statement.strip() and "csv" in (request.query_params.get("_format"), request.query_params.get("format")):
            try:
                with Data(out) as data:
                    read_only_statement(data.con, statement)
            except (ValueError, PermissionError, duckdb.Error) as problem:
                raise Refused(400, str(problem)) from None
            return csv_download(out, statement, [], "query.csv", SQL_SECONDS)
        if statement.strip():
            try:
                result = run_sql(out, statement)
            except (ValueError, PermissionError, TimeoutError) as problem:
                error, status = str(problem), 400
            except duckdb.Error as problem:
                error, status = f"{type(problem).__name__}: {problem}", 400
        return page(request, "sql.html", {"q": statement, "result": result, "error": error, "max_rows": SQL_ROWS,
                                          "tables": {t: [c.name for c in TABLES[t][1]] for t in TABLES}},
                    status)

    def document(request: Request) -> Response:
        context = document_page(out, request.path_params["doc_id"], request.query_params.get("path"),
                                request.query_params.get("at"))
        return page(request, "doc.html", context)

    async def refused(request: Request, problem: Refused) -> Response:
        return page(request, "error.html", {"status": problem.status, "message": str(problem)}, problem.status)

    async def http_error(request: Request, problem: HTTPException) -> Response:
        return page(request, "error.html", {"status": problem.status_code, "message": problem.detail},
                    problem.status_code)

    async def dataset_gone(request: Request, problem: FileNotFoundError) -> Response:
        return page(request, "error.html", {"status": 503, "message": f"the dataset is gone ({problem}): was it "
                                            "moved or deleted while this server ran?"}, 503)

    async def query_error(request: Request, problem: duckdb.Error) -> Response:
        return page(request, "error.html", {"status": 400, "message": f"{type(problem).__name__}: {problem}"}, 400)

    class Headers:
        """Security headers on every answer: no inline scripts, no framing, no sniffing."""

        def __init__(self, app):
            self.app = app

        async def __call__(self, scope, receive, send):
            async def with_headers(message):
                if message["type"] == "http.response.start":
                    message.setdefault("headers", [])
                    message["headers"] = list(message["headers"]) + [
                        (b"content-security-policy", (b"default-src 'self'; script-src 'self'; style-src 'self'; "
                                                      b"img-src 'self' data:; frame-ancestors 'none'")),
                        (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                await send(message)
            await self.app(scope, receive, with_headers if scope["type"] == "http" else send)

    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or ["*"]), Middleware(Headers)]
    routes = [
        Route("/", index),
        Route("/table/{name}", table),
        Route("/sql", sql),
        Route("/doc/{doc_id}", document),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    return Starlette(routes=routes, middleware=middleware,
                     exception_handlers={Refused: refused, HTTPException: http_error,
                                         FileNotFoundError: dataset_gone, duckdb.Error: query_error})


def serve(out: str | os.PathLike, host: str = "127.0.0.1", port: int = 8000, allow_remote: bool = False) -> None:
    """Run the app with uvicorn until interrupted; a host other than loopback needs ``allow_remote``."""
    import uvicorn

    if not allow_remote and not is_loopback(host):
        raise PermissionError(f"refusing to listen on {host}: not a loopback address, so anyone on the network "
                              f"could read the dataset; pass --allow-remote to do it anyway")
    app = create_app(out, trusted_hosts(host, allow_remote))
    uvicorn.run(app, host=host, port=port, log_level="info")
