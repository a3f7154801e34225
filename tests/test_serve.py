"""`vnadmin serve`: the web app over a dataset, through Starlette's TestClient (fast) and through a real server
driven by headless Chromium (slow). The dataset is corpora/ ingested and checked by the command line."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import lxml.html
import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin.dataset import TABLES, query
from vnadmin.serve import KINDS, create_app, is_loopback, trusted_hosts
from vnadmin.serve.highlight import Span, highlight

VNADMIN = str(Path(sys.executable).parent / "vnadmin")
SAMPLE = "corpora/seed/3457-BC-UBND.txt"


@pytest.fixture(scope="module")
def out(checked_dataset) -> Path:
    return checked_dataset


@pytest.fixture(scope="module")
def client(out):
    from starlette.testclient import TestClient

    with TestClient(create_app(out)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def sample(out) -> dict:
    """doc_id and path of the sample report's .txt copy, from the documents table."""
    frame = query(out, f"SELECT doc_id, path FROM documents WHERE path = '{SAMPLE}'")
    assert len(frame) == 1
    return frame.iloc[0].to_dict()


def html_of(response) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(response.text)


def count_shown(response) -> str:
    return " ".join(html_of(response).get_element_by_id("count").text_content().split())


def column(response, name: str) -> list[str]:
    """The text of one column of the data table of a page."""
    tree = html_of(response)
    table = tree.cssselect("table.data")[0]
    names = [th.text_content().strip(" ▲▼") for th in table.cssselect("thead th")]
    index = names.index(name)
    return [tr.cssselect("td")[index].text_content() for tr in table.cssselect("tbody tr")]


def mark_at(tree, anchor_id: str):
    """The highlighted segment an anchor stands before (other anchors may sit between them)."""
    element = tree.get_element_by_id(anchor_id).getnext()
    while element is not None and element.tag == "a":
        element = element.getnext()
    return element


def dataset_files(out: Path) -> dict[str, float]:
    return {str(p.relative_to(out)): p.stat().st_mtime for p in out.rglob("*")}


# --- pages ----------------------------------------------------------------------------------------------------------

def test_index_lists_every_table_and_the_documents(client, out):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    tree = html_of(response)
    links = {a.get("href") for a in tree.cssselect("a")}
    assert {f"/table/{t}" for t in TABLES} <= links
    assert "/sql" in links
    documents = query(out, "SELECT count(*) AS n FROM documents").n[0]
    assert len([a for a in tree.cssselect("a.doclink")]) == documents == 14
    assert SAMPLE in response.text and "BÁO CÁO" in response.text  # Vietnamese intact


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_page_answers_with_its_columns(client, out, table):
    response = client.get(f"/table/{table}")
    assert response.status_code == 200
    headers = [th.text_content().strip(" ▲▼") for th in html_of(response).cssselect("table.data thead th")]
    assert set(headers) >= {c.name for c in TABLES[table][1]}
    total = query(out, f"SELECT count(*) AS n FROM {table}").n[0]
    assert (f"of {total}" if total else "0 rows") in count_shown(response)


def test_filter_contains_and_equals(client, out):
    contains = client.get("/table/citations", params={"number": "407"})
    expected = query(out, "SELECT count(*) AS n FROM citations WHERE number LIKE '%407%'").n[0]
    assert expected == 8
    assert f"rows 1–{expected} of {expected}" in count_shown(contains)
    assert all("407" in n for n in column(contains, "number"))
    equals = client.get("/table/citations", params={"number": "=407/QĐ-TTg"})
    assert f"of {expected}" in count_shown(equals)
    assert set(column(equals, "number")) == {"407/QĐ-TTg"}
    assert "0 rows" in count_shown(client.get("/table/citations", params={"number": "=407"}))
    # case-insensitive, several filters together, Vietnamese letters
    both = client.get("/table/citations", params={"kind": "QUYẾT", "date": "2022-03-30"})
    expected = query(out, "SELECT count(*) AS n FROM citations WHERE kind ILIKE '%quyết%' "
                          "AND CAST(date AS VARCHAR) LIKE '%2022-03-30%'").n[0]
    assert expected > 0 and f"of {expected}" in count_shown(both)


def test_filter_values_are_parameters_not_sql(client, out):
    files = dataset_files(out)
    for value in ("'; DROP VIEW citations; --", "%", "_", "\\", '" OR 1=1 --'):
        response = client.get("/table/citations", params={"text": value})
        assert response.status_code == 200
        assert "0 rows" in count_shown(response), value
    assert client.get("/table/citations").status_code == 200
    assert dataset_files(out) == files


def test_unknown_column_sort_table_and_bad_numbers_are_refused(client):
    response = client.get("/table/citations", params={'number" IS NOT NULL OR "x': "1"})
    assert response.status_code == 400 and "no column" in response.text
    assert client.get("/table/citations", params={"sort": "nope"}).status_code == 400
    assert client.get("/table/citations", params={"limit": "ten"}).status_code == 400
    response = client.get("/table/no_such_table")
    assert response.status_code == 404 and "no table" in response.text
    assert client.get("/no/such/page").status_code == 404


def test_pagination_walks_every_row_once(client, out):
    total = query(out, "SELECT count(*) AS n FROM citations").n[0]
    assert total > 25
    seen = []
    for offset in range(0, total, 10):
        response = client.get("/table/citations", params={"limit": 10, "offset": offset})
        shown = count_shown(response)
        assert f"rows {offset + 1}–{min(offset + 10, total)} of {total}" in shown
        seen += list(zip(column(response, "path"), column(response, "ordinal")))
        rels = {a.get("rel") for a in html_of(response).cssselect("nav.pager a")}
        assert ("prev" in rels) == (offset > 0) and ("next" in rels) == (offset + 10 < total)
    assert len(seen) == len(set(seen)) == total


def test_sort_by_a_column(client, out):
    response = client.get("/table/documents", params={"sort": "-n_citations", "limit": 3})
    top = query(out, "SELECT n_citations FROM documents ORDER BY n_citations DESC LIMIT 3").n_citations
    assert [int(v) for v in column(response, "n_citations")] == list(top)


def test_table_rows_link_to_the_document_view_at_their_span(client, sample):
    response = client.get("/table/citations", params={"path": "=" + sample["path"], "number": "407"})
    links = [a.get("href") for a in html_of(response).cssselect("a.doc")]
    assert len(links) == 2 and all(link.startswith(f"/doc/{sample['doc_id']}?") for link in links)
    document = client.get(links[0])
    assert document.status_code == 200
    tree = html_of(document)
    assert tree.get_element_by_id("at") is not None
    selected = tree.cssselect("mark.k-selected")
    assert "407/QĐ-TTg" in "".join(m.text_content() for m in selected)


def test_findings_table_has_both_scopes_and_links(client, out):
    response = client.get("/table/findings")
    headers = [th.text_content().strip(" ▲▼") for th in html_of(response).cssselect("table.data thead th")]
    assert {"scope", "check", "spans", "message_vi"} <= set(headers)
    assert "same_instrument_different_dates" in response.text
    assert len(html_of(response).cssselect("a.doc")) == query(out, "SELECT count(*) AS n FROM findings").n[0]


# --- SQL --------------------------------------------------------------------------------------------------------

def test_sql_page_runs_a_query(client):
    assert client.get("/sql").status_code == 200
    sql = ("WITH c AS (SELECT number FROM citations WHERE number = '407/QĐ-TTg') "
           "SELECT number, count(*) AS n FROM c GROUP BY number")
    response = client.get("/sql", params={"q": sql})
    assert response.status_code == 200
    tree = html_of(response)
    rows = [[td.text_content() for td in tr.cssselect("td")] for tr in tree.cssselect("#sql-result tbody tr")]
    assert rows == [["407/QĐ-TTg", "8"]]
    assert tree.cssselect("textarea")[0].text_content() == sql  # the statement stays in the box, escaped
    assert "truncated" not in response.text


def test_sql_page_caps_the_rows_and_says_so(client):
    response = client.get("/sql", params={"q": "SELECT range AS i FROM range(5000)"})
    tree = html_of(response)
    assert len(tree.cssselect("#sql-result tbody tr")) == 1000
    assert "truncated" in tree.get_element_by_id("sql-count").text_content()


def test_sql_errors_are_shown(client):
    response = client.get("/sql", params={"q": "SELECT nope FROM citations"})
    assert response.status_code == 400
    assert "nope" in html_of(response).get_element_by_id("sql-error").text_content()


@pytest.mark.parametrize("sql", [
    "COPY citations TO '{tmp}/stolen.csv'",
    "COPY (SELECT * FROM texts) TO '{tmp}/stolen.parquet' (FORMAT parquet)",
    "ATTACH '{tmp}/other.db' AS other",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM glob('{tmp}/*')",
    "SET enable_external_access = true",
    "SET VARIABLE x = 1",
    "PRAGMA enable_profiling",
    "PRAGMA profiling_output = '{tmp}/profile.txt'",
    "INSTALL httpfs",
    "LOAD httpfs",
    "CREATE TABLE x AS SELECT 1",
    "EXPORT DATABASE '{tmp}/export'",
    "SELECT 1; SELECT 2",
    "SELECT 1; COPY citations TO '{tmp}/stolen.csv'",
])
def test_sql_page_refuses_anything_but_reading_the_dataset(client, out, tmp_path, sql):
    files = dataset_files(out)
    response = client.get("/sql", params={"q": sql.format(tmp=tmp_path)})
    assert response.status_code == 400
    assert html_of(response).get_element_by_id("sql-error").text_content().strip()
    assert not html_of(response).cssselect("#sql-result")
    assert list(tmp_path.iterdir()) == []  # nothing written
    assert dataset_files(out) == files


# --- CSV downloads ------------------------------------------------------------------------------------------------


def csv_rows(response) -> list[list[str]]:
    import csv
    import io

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    assert response.text.startswith("\ufeff")  # spreadsheet programs then read the Vietnamese right
    return list(csv.reader(io.StringIO(response.text[1:])))


def test_table_download_has_every_filtered_row_in_the_page_order(client, out):
    page = client.get("/table/citations", params={"kind": "=Quyết định", "sort": "-start", "limit": "5"})
    link = html_of(page).get_element_by_id("csv").get("href")
    assert "kind=%3DQuy%E1%BA%BFt+%C4%91%E1%BB%8Bnh" in link and "format=csv" in link
    rows = csv_rows(client.get(link))
    expected = query(out, "SELECT * FROM citations WHERE kind = 'Quyết định' ORDER BY start DESC NULLS LAST")
    assert rows[0] == list(expected.columns)
    assert len(rows) - 1 == len(expected) > 5  # not the page's 5 rows: all of them
    assert [r[rows[0].index("number")] for r in rows[1:]] == [v or "" for v in expected.number]
    dates = query(out, "SELECT CAST(date AS VARCHAR) AS d FROM citations WHERE kind = 'Quyết định' "
                       "ORDER BY start DESC NULLS LAST").d
    assert [r[rows[0].index("date")] for r in rows[1:]] == [v if isinstance(v, str) else "" for v in dates]


def test_table_download_writes_lists_as_json(client):
    import json

    rows = csv_rows(client.get("/table/findings", params={"check": "=same_instrument_different_dates",
                                                          "format": "csv"}))
    values = [json.loads(r[rows[0].index("values")]) for r in rows[1:]]
    assert ["407/QĐ-TTg", "2022-03-03", "2022-03-30"] in values


def test_sql_download_has_every_row_not_the_page_cap(client):
    rows = csv_rows(client.get("/sql", params={"q": "SELECT range AS i FROM range(2500)", "format": "csv"}))
    assert rows[0] == ["i"] and len(rows) == 2501 and rows[-1] == ["2499"]
    page = client.get("/sql", params={"q": "SELECT 1 AS x"})
    assert "format=csv" in html_of(page).get_element_by_id("sql-csv").get("href")


@pytest.mark.parametrize("sql", ["COPY citations TO '{tmp}/stolen.csv'", "SELECT 1; SELECT 2",
                                 "SELECT * FROM read_text('/etc/passwd')", "SELEC nonsense"])
def test_sql_download_refuses_what_the_page_refuses(client, out, tmp_path, sql):
    files = dataset_files(out)
    response = client.get("/sql", params={"q": sql.format(tmp=tmp_path), "format": "csv"})
    assert response.status_code == 400 and "root:" not in response.text
    assert html_of(response).cssselect("main, body")  # an error page, not a file
    assert list(tmp_path.iterdir()) == []
    assert dataset_files(out) == files


# --- the document view --------------------------------------------------------------------------------------------

def test_document_view_highlights_every_extraction(client, out, sample):
    response = client.get(f"/doc/{sample['doc_id']}")
    assert response.status_code == 200
    tree = html_of(response)
    key = f"doc_id = '{sample['doc_id']}' AND path = '{sample['path']}'"
    text = query(out, f"SELECT text FROM texts WHERE {key}").text[0]
    # the normalized text, intact (a newline right after <pre> is dropped by browsers, kept by libxml2)
    assert tree.get_element_by_id("doctext").text_content() == "\n" + text
    for kind, table, where in [("citation", "citations", ""), ("date", "dates", ""), ("channel", "channels", ""),
                               ("quantity", "quantities", ""), ("section", "sections", ""),
                               ("difficulty", "difficulties", " AND kind = 'difficulty'"),
                               ("recommendation", "difficulties", " AND kind = 'recommendation'")]:
        rows = query(out, f"SELECT count(*) AS n FROM {table} WHERE {key}{where}").n[0]
        assert len(tree.cssselect(f"mark.k-{kind}.start-{kind}")) == rows, kind
    assert query(out, f"SELECT count(*) AS n FROM citations WHERE {key}").n[0] == 13
    # each citation's text is what its offsets cover
    citations = query(out, f"SELECT ordinal, text FROM citations WHERE {key}")
    for row in citations.itertuples():
        first = mark_at(tree, f"citation-{row.ordinal}")
        assert "start-citation" in first.get("class").split()
        assert row.text.startswith(first.text_content())
    own = tree.cssselect("mark.k-number")
    assert [m.text_content() for m in own] == ["3457/BC-UBND"]
    legend = {i.get("data-kind") for i in tree.cssselect("#legend input")}
    assert legend == {k for k, _ in KINDS}


def test_document_view_links_each_header_field_to_where_it_is_written(client, out, sample):
    tree = html_of(client.get(f"/doc/{sample['doc_id']}", params={"path": sample["path"]}))
    links = {a.text_content(): a.get("href") for a in tree.cssselect("table.fields th a")}
    assert links["number"] == "#number" and links["place"] == "#header-place"
    assert {"issue_date", "type", "subject", "issuer", "signer", "signer_title"} <= set(links)
    written = {m.text_content() for m in tree.cssselect("mark.k-header")}
    assert {"Hương Trà", "BÁO CÁO", "Đỗ Ngọc An", "PHÓ CHỦ TỊCH"} <= written
    place = mark_at(tree, "header-place")
    assert place.text_content() == "Hương Trà"


def test_document_view_shows_header_and_the_407_finding_beside_the_text(client, out, sample):
    tree = html_of(client.get(f"/doc/{sample['doc_id']}", params={"path": sample["path"]}))
    fields = {tr.cssselect("th")[0].text_content(): tr.cssselect("td")[0].text_content()
              for tr in tree.cssselect("table.fields tr")}
    assert fields["number"] == "3457/BC-UBND" and fields["place"] == "Hương Trà"
    assert fields["issue_date"] == "2023-12-18" and fields["type"] == "BÁO CÁO"
    findings = tree.cssselect("aside .finding")
    expected = query(out, f"SELECT count(*) AS n FROM findings WHERE doc_id = '{sample['doc_id']}' "
                          f"AND path = '{sample['path']}'").n[0]
    assert len(findings) == expected >= 1
    conflict = [f for f in findings if "same_instrument_different_dates" in f.text_content()]
    assert len(conflict) == 1
    content = conflict[0].text_content()
    assert "407/QĐ-TTg" in content and "2022-03-03" in content and "2022-03-30" in content
    evidence = conflict[0].cssselect(".evidence a")
    assert len(evidence) == 2
    for link in evidence:  # each evidence link points at a highlighted passage of the text
        assert "k-finding" in mark_at(tree, link.get("href")[1:]).get("class").split()
        assert "407/QĐ-TTg" in link.text_content()


def test_document_view_refuses_unknown_documents(client, sample):
    assert client.get("/doc/" + "0" * 64).status_code == 404
    assert client.get("/doc/not-a-hash").status_code == 404
    assert client.get(f"/doc/{sample['doc_id']}", params={"path": "elsewhere.txt"}).status_code == 404
    assert client.get(f"/doc/{sample['doc_id']}", params={"at": "x"}).status_code == 400


def test_every_document_opens(client, out):
    for row in query(out, "SELECT doc_id, path FROM documents").itertuples():
        response = client.get(f"/doc/{row.doc_id}", params={"path": row.path})
        assert response.status_code == 200, row.path


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """Archive-level findings: test_checks' small archive (a dissenting date of 30/2020/NĐ-CP, a citation of the
    archive's công văn 1187/STTTT-TTBCXB with the wrong date) and the công văn itself."""
    import shutil

    from test_checks import archive_level

    from vnadmin.check.archive import run_archive_checks
    from vnadmin.run.ingest import run_ingest

    source = tmp_path_factory.mktemp("archive") / "in"
    source.mkdir()
    for name, text in archive_level():
        (source / name).write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "corpora" / "written" / "cv-so-tttt-lua-dao.txt", source)
    out = source.parent / "out"
    run_ingest([source], out, workers=1)
    run_archive_checks(out)
    return out


def test_archive_findings_are_shown_on_the_document_they_point_into(archive):
    from starlette.testclient import TestClient

    found = query(archive, 'SELECT doc_id, path, "check", spans FROM findings WHERE scope = \'archive\'')
    assert set(found.check) == {"cross_document_date_conflict", "cited_date_vs_document"}
    with TestClient(create_app(archive)) as local:
        for row in found.itertuples():
            tree = html_of(local.get(f"/doc/{row.doc_id}", params={"path": row.path}))
            boxes = [f for f in tree.cssselect("aside .finding") if row.check in f.text_content()]
            assert len(boxes) == 1 and "archive" in boxes[0].cssselect(".scope")[0].text_content()
            links = boxes[0].cssselect(".evidence a")
            assert len(links) == len(row.spans) >= 1
            for link in links:
                assert "k-finding" in mark_at(tree, link.get("href")[1:]).get("class").split()
        # the citation resolved to the archive's công văn links to it, and the công văn lists who cites it
        wrong = found[found.check == "cited_date_vs_document"].iloc[0]
        tree = html_of(local.get(f"/doc/{wrong.doc_id}"))
        target = [a.get("href") for a in tree.cssselect(".cites a.doc")]
        assert len(target) == 1
        cited = html_of(local.get(target[0]))
        assert "1187/STTTT-TTBCXB" in cited.cssselect("h1")[0].text_content()
        assert wrong.path in [a.text_content() for a in cited.cssselect(".citations-list ul a")]


# --- highlighting -------------------------------------------------------------------------------------------------

def test_highlight_nested_and_crossing_spans_stay_well_formed():
    text = "Căn cứ <Quyết định> số 407/QĐ-TTg ngày 03/3/2022 & \"x\""
    spans = [Span(0, len(text), "difficulty", "d"), Span(7, 48, "citation", "c"), Span(38, 48, "date", "t"),
             Span(30, 42, "finding", "f"), Span(45, 200, "quantity"), Span(5, 5, "empty", "e"), Span(9, 3, "bad")]
    markup = str(highlight(text, spans))
    root = ET.fromstring(f"<div>{markup}</div>")  # well formed
    assert "".join(root.itertext()) == text
    assert "<Quyết" not in markup and "&lt;Quyết định&gt;" in markup
    marks = root.findall("mark")
    assert all(m.find("mark") is None for m in marks)  # flat: no mark inside a mark
    starts = [m for m in marks if "start-citation" in m.get("class").split()]
    assert len(starts) == 1 and starts[0].text == text[7:30]  # up to where the finding starts
    assert starts[0].get("class").split() == ["hl", "k-citation", "k-difficulty", "start-citation"]
    assert {a.get("id") for a in root.findall("a")} == {"d", "c", "t", "f", "e"}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab<>&\"'ếĐ\n ", max_size=40),
       st.lists(st.tuples(st.integers(-5, 45), st.integers(-5, 45), st.sampled_from(["citation", "date", "x"])),
                max_size=8))
def test_highlight_keeps_the_text_and_one_start_per_span(text, raw):
    spans = [Span(a, b, kind, f"s{i}") for i, (a, b, kind) in enumerate(raw)]
    root = ET.fromstring(f"<div>{highlight(text, spans)}</div>")
    assert "".join(root.itertext()) == text
    for kind in ("citation", "date", "x"):
        starts = {max(0, min(a, len(text))) for a, b, k in raw
                  if k == kind and max(0, min(b, len(text))) > max(0, min(a, len(text)))}
        assert len([m for m in root.findall("mark") if f"start-{kind}" in m.get("class").split()]) == len(starts)


# --- binding and the command line ---------------------------------------------------------------------------------

def test_loopback_names():
    assert all(map(is_loopback, ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]))
    assert not any(map(is_loopback, ["0.0.0.0", "192.168.1.10", "::", "example.com", ""]))
    assert "attacker.example" not in trusted_hosts("127.0.0.1") and trusted_hosts("0.0.0.0", True) == ["*"]


def test_host_header_is_checked_when_bound_to_loopback(out):
    from starlette.testclient import TestClient

    with TestClient(create_app(out, trusted_hosts("127.0.0.1")), base_url="http://127.0.0.1:8000") as local:
        assert local.get("/").status_code == 200
        assert local.get("/", headers={"host": "localhost:8000"}).status_code == 200
        assert local.get("/", headers={"host": "attacker.example"}).status_code == 400  # DNS rebinding


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com"])
def test_cli_refuses_a_non_local_bind(out, host):
    result = subprocess.run([VNADMIN, "serve", str(out), "--host", host, "--port", "1"], capture_output=True,
                            text=True, timeout=60, env=os.environ | {"COLUMNS": "200"}, check=False)
    assert result.returncode == 2
    assert "not a loopback address" in result.stderr and "--allow-remote" in result.stderr


def test_cli_refuses_a_folder_that_is_not_a_dataset(tmp_path):
    result = subprocess.run([VNADMIN, "serve", str(tmp_path)], capture_output=True, text=True, timeout=60,
                            env=os.environ | {"COLUMNS": "200"}, check=False)
    assert result.returncode == 2 and "not a vnadmin dataset" in result.stderr


# --- a real server and a real browser ---------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(out):
    """`vnadmin serve OUT --port P` in a subprocess, until the test ends."""
    import httpx

    port = free_port()
    process = subprocess.Popen([VNADMIN, "serve", str(out), "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise AssertionError(f"vnadmin serve exited {process.returncode}:\n{process.stdout.read()}")
            try:
                if httpx.get(base + "/", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("vnadmin serve did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.slow
def test_in_a_browser(server, out, sample, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (scripts/setup.sh --test installs the Debian "
                    f"packages chromium and chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
            page.goto(server + "/")
            assert page.title() == "dataset · vnadmin"

            # filter a table
            page.click("header nav >> text=citations")
            page.fill("input[name=number]", "407")
            page.click("form.filters button[type=submit]")
            page.wait_for_url("**/table/citations?*number=407*")
            assert "rows 1–8 of 8" in " ".join(page.inner_text("#count").split())
            numbers = page.locator("table.data tbody tr td:nth-child(8)").all_inner_texts()
            assert numbers == ["407/QĐ-TTg"] * 8

            # run a query
            page.click("header nav >> text=SQL")
            page.fill("textarea[name=q]", "SELECT kind, count(*) AS n FROM citations WHERE number LIKE '407/%' "
                                          "GROUP BY kind")
            page.click("form.sql button[type=submit]")
            page.wait_for_selector("#sql-result")
            assert page.locator("#sql-result tbody tr").all_inner_texts() == ["Quyết định\t8"]

            # open the sample report from the index
            page.goto(server + "/")
            page.click(f"a.doclink:text-is('{sample['path']}')")
            page.wait_for_selector("#doctext")
            citations = query(out, f"SELECT count(*) AS n FROM citations WHERE doc_id = '{sample['doc_id']}' "
                                   f"AND path = '{sample['path']}'").n[0]
            text = query(out, f"SELECT text FROM texts WHERE doc_id = '{sample['doc_id']}'").text[0]
            assert page.locator("#doctext").text_content() == text  # as the browser reads it: exactly
            marks = page.locator("#doctext mark.k-citation.start-citation")
            assert marks.count() == citations == 13
            background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
            assert background not in ("rgba(0, 0, 0, 0)", "transparent")
            finding = page.locator("aside .finding", has_text="407/QĐ-TTg")
            assert finding.count() == 1 and finding.is_visible()
            assert "2022-03-03" in finding.inner_text() and "2022-03-30" in finding.inner_text()
            text_box, side_box = page.locator("#doctext").bounding_box(), page.locator("aside").bounding_box()
            assert side_box["x"] >= text_box["x"] + text_box["width"]  # beside the text
            assert side_box["y"] < text_box["y"] + 200  # at the same height, not below it

            # the legend toggles a kind off and on
            page.uncheck("#legend input[data-kind=citation]")
            assert page.locator("#doctext mark.k-citation").count() == 0
            page.check("#legend input[data-kind=citation]")
            assert page.locator("#doctext mark.k-citation.start-citation").count() == citations

            # an evidence link scrolls to the passage
            finding.locator(".evidence a").nth(1).click()
            assert page.url.endswith("#finding-0-1")
            passage = page.locator("#finding-0-1 ~ mark").first
            assert "407/QĐ-TTg" in passage.inner_text()
            page.wait_for_function("document.querySelector('#finding-0-1 ~ mark').getBoundingClientRect().top < 1000")
            legend, box = page.locator("#legend").bounding_box(), passage.bounding_box()
            assert legend["y"] + legend["height"] <= box["y"] < 1000  # in view, below the sticky legend

            shot = tmp_path / "document.png"
            page.screenshot(path=str(shot))
            print(f"screenshot: {shot}")
            assert shot.stat().st_size > 10_000
            assert errors == [], errors
        finally:
            browser.close()


# --- found by review, twenty-sixth session ---

def test_a_column_named_like_a_page_control_is_filtered(client, out):
    """documents.format could not be filtered: "?format=pdf" was taken for the download switch and dropped, and
    "?status=ok&format=csv" downloaded instead of filtering. The page's own parameters now begin with "_"."""
    pdfs = query(out, "SELECT count(*) AS n FROM documents WHERE contains(lower(format), 'pdf')").n[0]
    everything = query(out, "SELECT count(*) AS n FROM documents").n[0]
    assert 0 < pdfs < everything
    page = client.get("/table/documents", params={"format": "pdf"})
    assert page.status_code == 200 and f"<b>{pdfs}</b>" in page.text
    rows = csv_rows(client.get("/table/documents", params={"format": "=pdf", "_format": "csv"}))
    assert len(rows) - 1 == query(out, "SELECT count(*) AS n FROM documents WHERE format = 'pdf'").n[0]
    assert {r[rows[0].index("format")] for r in rows[1:]} == {"pdf"}
    link = html_of(page).get_element_by_id("csv").get("href")
    assert "format=pdf" in link and "_format=csv" in link


def test_an_offset_past_any_table_is_an_empty_page(client):
    """An offset past DuckDB's 64-bit range was a bare 500 Internal Server Error."""
    response = client.get("/table/documents", params={"_offset": "99999999999999999999999"})
    assert response.status_code == 200 and "<td" not in response.text


def test_a_dataset_moved_away_while_the_server_runs_is_said(out, tmp_path):
    """Every page was a bare 500 once the dataset's folder was moved or deleted."""
    from starlette.testclient import TestClient

    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    with TestClient(create_app(copy)) as moved:
        assert moved.get("/").status_code == 200
        shutil.rmtree(copy)
        response = moved.get("/table/documents")
        assert response.status_code == 503 and "the dataset is gone" in response.text
