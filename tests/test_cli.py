"""The command line and the Python API, end to end, as a user runs them."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPORA, ROOT, SEED
import vnadmin

VNADMIN = [str(Path(sys.executable).parent / "vnadmin")]
JSON_FIELDS = {"source", "doc_id", "format", "status", "error", "header", "citations", "dates", "sections", "findings"}
HEADER_FIELDS = {"number", "number_seq", "type_code", "issuer_code", "type", "issuer", "place", "issue_date",
                 "subject", "signer", "signer_title", "signing_authority", "recipients"}
CITATION_FIELDS = {"start", "end", "text", "kind", "number", "date", "issuer", "context"}


def run(*args, check=True, cwd=ROOT):
    result = subprocess.run([*args], capture_output=True, text=True, cwd=cwd, env=os.environ | {"COLUMNS": "200"})
    if check and result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def test_parse_json_lines():
    files = [SEED / "3457-BC-UBND.txt", SEED / "3457-BC-UBND.docx"]
    result = run(*VNADMIN, "parse", *map(str, files), "--json")
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    for line, path in zip(lines, files):
        record = json.loads(line)
        assert JSON_FIELDS <= set(record)
        assert HEADER_FIELDS <= set(record["header"])
        assert record["source"] == str(path)
        import hashlib

        assert record["doc_id"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert record["header"]["number"] == "3457/BC-UBND"
        assert record["header"]["issue_date"] == "2023-12-18"
        assert len(record["citations"]) == 13
        assert CITATION_FIELDS <= set(record["citations"][0])


def test_offsets_index_the_text_that_parse_text_prints():
    path = str(SEED / "3457-BC-UBND.text-layer.pdf")
    text = run(*VNADMIN, "parse", "--text", path).stdout
    record = json.loads(run(*VNADMIN, "parse", "--json", path).stdout)
    for citation in record["citations"]:
        assert text[citation["start"]:citation["end"]] == citation["text"]


def test_python_m_is_the_same_command():
    path = str(SEED / "3457-BC-UBND.txt")
    a = run(sys.executable, "-m", "vnadmin", "parse", "--json", path).stdout
    b = run(*VNADMIN, "parse", "--json", path).stdout
    assert a == b


def test_readable_summary():
    out = run(*VNADMIN, "parse", str(SEED / "3457-BC-UBND.txt")).stdout
    assert "3457/BC-UBND" in out and "13 citations" in out and "407/QĐ-TTg" in out


def test_parse_of_a_bad_file_exits_non_zero(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run(*VNADMIN, "parse", "--json", str(bad), check=False)
    assert result.returncode == 4
    assert json.loads(result.stdout)["error_code"] == "empty_file"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("ds") / "out"
    result = run(*VNADMIN, "ingest", str(CORPORA), "-o", str(out), "--workers", "2")
    return out, result


def test_ingest_corpora(dataset):
    out, result = dataset
    assert "14 documents processed" in result.stdout
    assert "citations by kind" in result.stdout
    ds = vnadmin.open_dataset(out)
    assert set(ds.tables) >= {"documents", "pages", "citations", "dates", "sections", "findings", "errors",
                              "recipients", "texts"}
    documents = ds.documents
    assert len(documents) == 14 and set(documents.status) == {"ok"}
    scan = documents[documents.path.str.endswith("scan-clean-300dpi.pdf")].iloc[0]
    assert (scan.ocr_pages, scan.number, scan.n_citations) == (4, "3457/BC-UBND", 13)
    assert not any(p.endswith(".gold.json") or p.endswith("README.md") for p in documents.path)
    seed = documents[documents.path.str.endswith("3457-BC-UBND.txt")].iloc[0]
    assert (seed.number, seed.type, seed.place, str(seed.issue_date)[:10]) == (
        "3457/BC-UBND", "BÁO CÁO", "Hương Trà", "2023-12-18")
    assert str(documents.issue_date.dtype).startswith(("datetime64", "date", "object"))


def test_query_table_and_csv(dataset):
    out, _ = dataset
    sql = "SELECT number, count(*) AS n FROM citations WHERE number = '407/QĐ-TTg' GROUP BY number"
    table = run(*VNADMIN, "query", str(out), sql).stdout
    assert "407/QĐ-TTg" in table
    csv = run(*VNADMIN, "query", str(out), sql, "--csv").stdout.splitlines()
    assert csv == ["number,n", "407/QĐ-TTg,8"]


@pytest.mark.parametrize("sql", [
    "CREATE TABLE x AS SELECT 1",
    "COPY citations TO '/tmp/stolen.csv'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "ATTACH '/tmp/other.db'",
    "SELECT 1; SELECT 2",
])
def test_query_is_read_only(dataset, sql):
    out, _ = dataset
    result = run(*VNADMIN, "query", str(out), sql, check=False)
    assert result.returncode == 2
    assert "error" in result.stderr.lower()


def test_rerun_skips_what_is_done_and_picks_up_new_files(dataset, tmp_path):
    out, _ = dataset
    again = run(*VNADMIN, "ingest", str(CORPORA), "-o", str(out))
    assert "0 documents processed, 14 already in the dataset" in again.stdout
    extra = tmp_path / "new"
    extra.mkdir()
    (extra / "a.txt").write_text("Số: 5/KH-UBND\nHuế, ngày 01 tháng 02 năm 2024\nKẾ HOẠCH\nThử", encoding="utf-8")
    run(*VNADMIN, "ingest", str(extra), "-o", str(out))
    assert len(vnadmin.open_dataset(out).documents) == 15


def test_one_bad_file_never_stops_the_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((SEED / "3457-BC-UBND.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.docx").write_bytes(b"")
    (folder / "garbage.pdf").write_bytes(os.urandom(3000))
    (folder / "tên có dấu và khoảng trắng.txt").write_text("Số: 7/TB-UBND", encoding="utf-8")
    out = tmp_path / "out"
    result = run(*VNADMIN, "ingest", str(folder), "-o", str(out), "--no-progress", check=False)
    assert result.returncode == 4  # some failed
    ds = vnadmin.open_dataset(out)
    status = dict(zip(ds.documents.path.map(lambda p: Path(p).name), ds.documents.status))
    assert status == {"good.txt": "ok", "empty.docx": "failed", "garbage.pdf": "failed",
                      "tên có dấu và khoảng trắng.txt": "ok"}
    errors = dict(zip(ds.errors.path.map(lambda p: Path(p).name), ds.errors.error_code))
    assert errors == {"empty.docx": "empty_file", "garbage.pdf": "binary"}


def test_python_api(seed_text):
    document = vnadmin.parse(SEED / "3457-BC-UBND.txt")
    assert document.to_dict()["header"]["number"] == "3457/BC-UBND"
    from_text = vnadmin.parse(seed_text)
    assert [c.number for c in from_text.citations] == [c.number for c in document.citations]
    from_bytes = vnadmin.parse(seed_text.encode("utf-8"))
    assert from_bytes.doc_id == document.doc_id


def test_tables_reference():
    out = run(*VNADMIN, "tables", "--markdown").stdout
    assert "#### `citations`" in out and "| `number` |" in out
    # the README's reference is what the command prints (its dates' `form` had gone ahead of the schema's)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("#### `documents`")
    assert readme[start:readme.index("\n## ", start)].strip() == out.strip()


def test_eval_command():
    out = run(*VNADMIN, "eval", str(CORPORA / "seed")).stdout
    assert "1 documents scored" in out and "numbered" in out
    report = json.loads(run(*VNADMIN, "eval", str(CORPORA / "seed"), "--json").stdout)
    assert report["citations"]["all"]["recall"] == 1.0


def test_eval_details_name_each_disagreement(tmp_path):
    """`eval --details` lists, per document, the header fields, the missed and spurious citations and the matched
    citations whose kind or issuer differ from the gold."""
    text = (CORPORA / "seed" / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    gold = {"file": "doc.txt", "header": {"place": "Huế"},
            "citations": [{"number": "09/2017/NĐ-CP", "date": "2017-02-09", "kind": "Nghị định", "issuer": "Quốc hội"},
                          {"number": "1/KH-UBND", "date": None}]}
    (tmp_path / "doc.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = run(*VNADMIN, "eval", str(tmp_path), "--details").stdout
    assert "place: gold 'Huế' · got 'Hương Trà'" in out
    assert "missed: 1/KH-UBND" in out
    assert "09/2017/NĐ-CP 2017-02-09 issuer: gold 'Quốc hội' · got 'Chính phủ'" in out


def test_eval_against_a_second_annotation_scores_the_agreement(tmp_path):
    """`eval GOLD --against OTHER`: a second annotator's files of the same texts scored against the gold, matched by
    the text they annotate; no text is read, so it runs without ../shared."""
    gold = {"file": "real/x/doc.txt", "header": {"number": "12/QĐ-UBND", "place": "Huế"},
            "channels": [{"category": "zalo", "text": "Zalo"}],
            "citations": [{"number": "09/2017/NĐ-CP", "date": "2017-02-09", "kind": "Nghị định", "issuer": "Chính phủ"},
                          {"number": "1/KH-UBND", "date": None},
                          {"name": "Luật Đất đai", "date": None, "kind": "Luật"}]}
    second = {"file": "real/x/doc.txt", "header": {"number": "12/QĐ-UBND", "place": "Thừa Thiên Huế"},
              "citations": [{"number": "09/2017/NĐ-CP", "date": "2017-02-09", "kind": "Nghị định",
                             "issuer": "Bộ Tài chính"},
                            {"name": "Luật Đất đai", "date": None, "kind": "Luật"},
                            {"number": "2/KH-UBND", "date": None}]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "second").mkdir()
    (tmp_path / "gold" / "doc.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "second" / "any-name.gold.json").write_text(json.dumps(second), encoding="utf-8")
    from vnadmin.eval import evaluate

    report = evaluate([tmp_path / "gold"], against=tmp_path / "second")
    citations, fields = report.citations(), report.fields()
    assert (citations["numbered"].tp, citations["numbered"].fp, citations["numbered"].fn) == (1, 1, 1)
    assert citations["named"].tp == 1
    assert fields["number"].tp == 1 and (fields["place"].fp, fields["place"].fn) == (1, 1)
    assert report.accuracy()["issuer"] == 0.0 and report.lists() == {}  # (lists are not a second annotator's task)
    out = run(*VNADMIN, "eval", str(tmp_path / "gold"), "--against", str(tmp_path / "second"), "--details").stdout
    assert "1 documents scored (the annotation in" in out and "missed: 1/KH-UBND" in out
    assert run(*VNADMIN, "eval", str(tmp_path / "gold"), "--against", str(tmp_path / "gold")).stdout.count("1.000") >= 6


def test_a_dataset_written_before_a_table_existed_still_opens(dataset, tmp_path):
    """Regression: `vnadmin query` failed on a dataset whose parts predate the channels table."""
    import shutil

    out = tmp_path / "old"
    shutil.copytree(dataset[0], out)
    shutil.rmtree(out / "channels")
    frame = vnadmin.open_dataset(out).channels
    assert len(frame) == 0 and "category" in frame.columns
    assert run(*VNADMIN, "query", str(out), "SELECT count(*) AS n FROM channels", "--csv").stdout.splitlines() == ["n", "0"]


@pytest.mark.parametrize("to", ["csv", "xlsx", "sqlite", "parquet"])
def test_export(dataset, tmp_path, to):
    import sqlite3

    import pandas as pd

    out, _ = dataset
    target = tmp_path / (f"x.{to}" if to in ("xlsx", "sqlite") else "x")
    run(*VNADMIN, "export", str(out), "--to", to, "-o", str(target))
    if to == "csv":
        raw = (target / "documents.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel opens UTF-8 right
        documents = pd.read_csv(target / "documents.csv", encoding="utf-8-sig")
        findings = pd.read_csv(target / "findings.csv", encoding="utf-8-sig")
        assert json.loads(findings["values"].iloc[0])[0] == "407/QĐ-TTg"
    elif to == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(target)
        assert {"documents", "citations", "findings", "texts"} <= set(book.sheetnames)
        sheet = book["documents"]
        header = [c.value for c in sheet[1]]
        dates = [row[header.index("issue_date")].value for row in sheet.iter_rows(min_row=2)]
        assert any(hasattr(d, "year") for d in dates)  # dates as dates, not text
        documents = pd.read_excel(target, sheet_name="documents")
    elif to == "sqlite":
        with sqlite3.connect(target) as con:
            documents = pd.read_sql("SELECT * FROM documents", con)
            assert con.execute("SELECT count(*) FROM citations WHERE number = '407/QĐ-TTg'").fetchone()[0] == 8
    else:
        documents = pd.read_parquet(target / "documents.parquet")
    assert len(documents) == len(vnadmin.open_dataset(out).documents)  # 14, or 15 after the rerun test
    assert "Hương Trà" in set(documents.place)


def test_eval_ignores_a_space_inside_a_bracket():
    """Regression (real-test-27: "Lưu: VT, UBCK ( b)" as written against the reader's "(b)")."""
    from vnadmin.eval import canonical

    assert canonical("recipients", ["Lưu: VT, UBCK ( b)"]) == canonical("recipients", ["Lưu: VT, UBCK (b)"])


# --- what an analyst's values may hold (found by review, twenty-sixth session) ---

ODD_TEXT = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/QĐ-UBND\n\nQuảng Nam, ngày 3 tháng 4 năm 2024\n\nQUYẾT ĐỊNH\n"
            "Về việc thử\n\nPhiếu (đánh dấu [x] vào ô), mục [/], [red]đỏ[/red], :warning:, trang\fhai, mã \x1b[31mđỏ.\n"
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\n" + "Nội dung dài. " * 2600 + "\n")


@pytest.fixture(scope="module")
def odd_dataset(tmp_path_factory):
    """A dataset in a folder named with an apostrophe, of one text holding Rich markup, an emoji code, a form feed,
    a terminal escape sequence and more than an Excel cell's 32,767 characters."""
    root = tmp_path_factory.mktemp("odd")
    (root / "in").mkdir()
    (root / "in" / "odd.txt").write_text(ODD_TEXT, encoding="utf-8")
    out = root / "o'brien"
    run(*VNADMIN, "ingest", str(root / "in"), "-o", str(out), "--no-progress")
    return out


def test_query_table_view_prints_values_as_written(odd_dataset):
    """Cells were read as Rich markup: "[x]" vanished, "[/]" crashed the command, ":warning:" became an emoji and
    an escape sequence reached the terminal."""
    sql = ("SELECT '[/]' AS a, '[red]d' AS b, ':warning:' AS c, strpos(text, '[x]') > 0 AS has_x, "
           "substr(text, strpos(text, 'mã'), 12) AS d, DATE '2024-04-03' AS e FROM texts")
    result = run(*VNADMIN, "query", str(odd_dataset), sql)
    assert "[/]" in result.stdout and "[red]d" in result.stdout and ":warning:" in result.stdout
    assert "\x1b" not in result.stdout and "␛[31mđỏ" in result.stdout
    assert "2024-04-03" in result.stdout and "00:00:00" not in result.stdout
    shown = run(*VNADMIN, "query", str(odd_dataset), "SELECT substr(text, strpos(text, 'Phiếu'), 30) AS s FROM texts")
    assert "(đánh dấu [x] vào ô)" in shown.stdout


def test_query_csv_writes_lists_as_json(dataset):
    """--csv printed a finding's values and spans as numpy's repr ("[array([1128, 1191]) ...]")."""
    out, _ = dataset
    csv = run(*VNADMIN, "query", str(out), 'SELECT "values", spans FROM findings WHERE "check" = '
              "'same_instrument_different_dates' LIMIT 1", "--csv").stdout
    import csv as csv_module
    import io

    row = next(csv_module.DictReader(io.StringIO(csv)))
    assert json.loads(row["values"])[0] == "407/QĐ-TTg"
    spans = json.loads(row["spans"])
    assert len(spans) == 2 and all(isinstance(x, int) for span in spans for x in span)


def test_integer_columns_with_nulls_stay_integers(dataset, tmp_path):
    """number_seq, month, day, end_year came out as floats (207.0) in open_dataset and in every export."""
    import sqlite3

    import pandas as pd
    import pyarrow.parquet as pq

    out, _ = dataset
    ds = vnadmin.open_dataset(out)
    assert str(ds.dates.month.dtype) == "Int64" and ds.dates.month.isna().any()  # "năm 2023": no month
    assert str(ds.documents.number_seq.dtype) == "Int64" and str(ds.pages.needs_ocr.dtype) == "boolean"
    run(*VNADMIN, "export", str(out), "--to", "csv", "-o", str(tmp_path / "csv"))
    months = pd.read_csv(tmp_path / "csv" / "dates.csv", encoding="utf-8-sig", dtype=str).month.dropna()
    assert len(months) and not months.str.contains(r"\.").any()
    run(*VNADMIN, "export", str(out), "--to", "sqlite", "-o", str(tmp_path / "x.sqlite"))
    with sqlite3.connect(tmp_path / "x.sqlite") as con:
        assert {t for (t,) in con.execute("SELECT DISTINCT typeof(month) FROM dates")} == {"integer", "null"}
    run(*VNADMIN, "export", str(out), "--to", "parquet", "-o", str(tmp_path / "pq"))
    assert str(pq.read_schema(tmp_path / "pq" / "dates.parquet").field("month").type) == "int64"


def test_excel_export_marks_cut_texts_and_writes_control_characters_as_symbols(odd_dataset, tmp_path):
    """A text past 32,767 characters was cut by openpyxl without a mark (pandas 3's string columns are not of
    dtype object), and a form feed or an escape made the export fail half-written."""
    import openpyxl

    target = tmp_path / "odd.xlsx"
    run(*VNADMIN, "export", str(odd_dataset), "--to", "xlsx", "-o", str(target))
    sheet = openpyxl.load_workbook(target, read_only=True)["texts"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    text = next(sheet.iter_rows(min_row=2, values_only=True))[header.index("text")]
    assert len(text) == 32_767 and text.endswith(" …[cut]")
    assert "trang␌hai" in text and "␛[31m" in text
    assert [p.name for p in tmp_path.iterdir()] == ["odd.xlsx"]  # no temporary file left


def test_a_dataset_folder_named_with_an_apostrophe_works_after_check(odd_dataset):
    """The archive's Parquet paths went into SQL unquoted: after `vnadmin check`, every command failed on
    "o'brien"."""
    run(*VNADMIN, "check", str(odd_dataset))
    assert run(*VNADMIN, "query", str(odd_dataset), "SELECT count(*) AS n FROM registry", "--csv").stdout.splitlines() \
        == ["n", "2"]  # its own number and the decree it cites
    run(*VNADMIN, "status", str(odd_dataset))


def test_parse_of_a_string_is_a_path_only_when_it_names_a_file(tmp_path, monkeypatch):
    """A one-line text longer than a file name may be raised OSError (File name too long); a mistyped path was
    read as a text of one line, status ok (review, twenty-sixth session)."""
    line = ("Trong năm, toàn tỉnh đã tổ chức 125 hội nghị tuyên truyền, phổ biến giáo dục pháp luật cho cán bộ, "
            "công chức, viên chức và nhân dân trên địa bàn, góp phần nâng cao nhận thức và ý thức chấp hành pháp luật")
    assert len(line.encode()) > 255
    assert vnadmin.parse(line).status == "ok" and vnadmin.parse(line).source == "<text>"
    assert vnadmin.parse("Số: 12/QĐ-UBND").header.number == "12/QĐ-UBND"
    monkeypatch.chdir(tmp_path)
    missing = vnadmin.parse("corpora/seed/3457-BC-UBND.txt")
    assert (missing.status, missing.error_code) == ("failed", "unreadable")
    assert vnadmin.parse(str(SEED / "3457-BC-UBND.txt")).header.number == "3457/BC-UBND"


def test_a_document_whose_rows_cannot_be_made_is_a_failed_row_not_a_lost_batch():
    """A value no table can take (here a date of year 0, as the dates reader gave before it was mended) crashed
    the worker while it wrote its batch's rows: every document of the batch was lost as worker_crashed."""
    from vnadmin.pipeline import process_text
    from vnadmin.run.work import Batch

    good, bad = process_text("Số: 12/QĐ-UBND\nngày 02/3/2024"), process_text("Số: 13/QĐ-UBND\nngày 03/3/2024")
    bad.dates[0].iso = "0000-03-03"
    batch = Batch.of([good, bad])
    assert [(d.status, d.error_code) for d in batch.documents] == [("ok", None), ("failed", "internal")]
    assert batch.tables["documents"].num_rows == 2 and batch.tables["dates"].num_rows == 1


def test_parse_text_of_a_file_that_cannot_be_read_says_why(tmp_path):
    """--text printed an empty line and nothing else for a missing, empty or binary file (review)."""
    result = run(*VNADMIN, "parse", "--text", str(tmp_path / "missing.txt"), check=False)
    assert result.returncode == 4 and result.stdout == "" and "unreadable" in result.stderr
    assert run(*VNADMIN, "parse", "--text", "--json", str(SEED / "3457-BC-UBND.txt"), check=False).returncode == 2
    (tmp_path / "empty").mkdir()
    nothing = run(*VNADMIN, "parse", str(tmp_path / "empty"), check=False)
    assert nothing.returncode == 0 and "no file found" in nothing.stderr


def test_parse_reads_standard_input_given_as_a_dash():
    """`vnadmin parse -` took "-" for a file name: unreadable, where a shell pipeline (`pdftotext x.pdf - | vnadmin
    parse -`) meant its input."""
    report = (SEED / "3457-BC-UBND.txt").read_bytes()
    result = subprocess.run([*VNADMIN, "parse", "--json", "-"], input=report, capture_output=True, cwd=ROOT)
    record = json.loads(result.stdout)
    import hashlib

    assert result.returncode == 0 and record["source"] == "-"
    assert record["doc_id"] == hashlib.sha256(report).hexdigest() and record["header"]["number"] == "3457/BC-UBND"


def test_parse_of_a_zip_on_standard_input_reads_its_files_and_dot_slash_dash_is_a_file(tmp_path):
    """A ZIP on standard input was read as a broken DOCX (its copy had no .zip name), and "./-", the usual way to
    name a file called "-", read standard input too (review of the change)."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "in.zip", "w") as archive:
        archive.writestr("a.txt", (SEED / "3457-BC-UBND.txt").read_text(encoding="utf-8"))
        archive.writestr("b.txt", "Số: 1/BC-UBND\nBÁO CÁO\nvề một việc")
    result = subprocess.run([*VNADMIN, "parse", "--json", "-"], input=(tmp_path / "in.zip").read_bytes(),
                            capture_output=True, cwd=ROOT)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source"], r["header"]["number"]) for r in records] == [("-!/a.txt", "3457/BC-UBND"),
                                                                       ("-!/b.txt", "1/BC-UBND")]
    (tmp_path / "-").write_text("Số: 7/BC-UBND\nBÁO CÁO\nvề một việc", encoding="utf-8")
    named = subprocess.run([*VNADMIN, "parse", "--json", "./-"], input=b"", capture_output=True, cwd=tmp_path)
    assert json.loads(named.stdout)["header"]["number"] == "7/BC-UBND"


def test_parse_text_of_several_files_marks_where_each_begins():
    """The texts of several files were printed one after the other with nothing between them: no telling where one
    ended, and no offsets to read. Each now follows a line "==> FILE <==", as head(1) marks its files."""
    first, second = str(SEED / "3457-BC-UBND.txt"), str(CORPORA / "written" / sorted(
        p.name for p in (CORPORA / "written").glob("*.txt"))[0])
    both = run(*VNADMIN, "parse", "--text", first, second).stdout
    alone = [run(*VNADMIN, "parse", "--text", path).stdout for path in (first, second)]
    assert both == f"==> {first} <==\n{alone[0]}==> {second} <==\n{alone[1]}"
    assert not alone[0].startswith("==>")


def test_sql_sums_are_numbers(dataset):
    """DuckDB sums integers as 128-bit integers, which Arrow gives as decimals: ds.sql() returned Decimal objects
    that arithmetic with a float refused (review)."""
    out, _ = dataset
    frame = vnadmin.open_dataset(out).sql("SELECT sum(text_chars) AS s, avg(text_chars) AS a, "
                                          "sum(text_chars)::DECIMAL(18, 2) AS d FROM documents")
    assert str(frame.s.dtype) == "Int64" and frame.s[0] > 0 and frame.s[0] * 0.5 > 0
    assert str(frame.d.dtype) == "float64"


def test_a_url_on_one_line_is_a_text():
    document = vnadmin.parse("Xem chi tiết tại https://vanban.gov.vn/van-ban.pdf")
    assert document.status == "ok" and document.source == "<text>"


def test_an_export_after_a_killed_one(dataset, tmp_path):
    """A killed SQLite export left its temporary file, and the next export failed on it ("Table 'documents'
    already exists") (review)."""
    import sqlite3

    out, _ = dataset
    with sqlite3.connect(tmp_path / ".x.sqlite.tmp") as stale:
        stale.execute("CREATE TABLE documents (x)")
    stale.close()
    run(*VNADMIN, "export", str(out), "--to", "sqlite", "-o", str(tmp_path / "x.sqlite"))
    assert [p.name for p in tmp_path.iterdir()] == ["x.sqlite"]
