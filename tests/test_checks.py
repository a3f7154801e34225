"""Consistency checks on a generated archive: variants of the corpora/ documents with injected errors of every
kind, each with its known answer; the clean documents must give no finding at all."""
import shutil
from pathlib import Path

import pytest
import regex

from conftest import CORPORA
from vnadmin.check.archive import run_archive_checks
from vnadmin.dataset import connect, open_dataset
from vnadmin.model import Header
from vnadmin.run.ingest import run_ingest

WRITTEN = CORPORA / "written"


def report(number: str, date: str, issuer: str, place: str, body: str) -> str:
    """A short report of a district UBND: header, body, signature."""
    day, month, year = date.split("/")
    return (f"ỦY BAN NHÂN DÂN\n{issuer.upper()}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: {number}\n\n{place}, ngày {day} tháng {month} năm {year}\n\nBÁO CÁO\nKết quả công tác\n\n"
            f"{body}\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Bình\n")


def edit(name: str, old: str, new: str) -> str:
    text = (WRITTEN / f"{name}.txt").read_text(encoding="utf-8")
    assert old in text, (name, old)
    return text.replace(old, new, 1)


# (file name, text, the check that must fire on it)
def injected() -> list[tuple[str, str, str]]:
    return [
        ("dates-differ.txt", edit("qd-long-can-cu", "Căn cứ Luật Tổ chức chính quyền địa phương",
                                  "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 và Nghị định số 30/2020/NĐ-CP ngày "
                                  "15/3/2020 của Chính phủ;\n\nCăn cứ Luật Tổ chức chính quyền địa phương"),
         "same_instrument_different_dates"),
        ("year-segment.txt", edit("kh-huyen-luat-dat-dai", "Thực hiện Kế hoạch",
                                  "Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2016 của Chính phủ;\n\nThực hiện Kế hoạch"),
         "year_segment_mismatch"),
        ("implements-later.txt", edit("kh-huyen-luat-dat-dai", "Kế hoạch số 2318/KH-UBND ngày 02/4/2024",
                                      "Kế hoạch số 2318/KH-UBND ngày 02/5/2024"), "implements_later_instrument"),
        ("cited-after.txt", edit("bc-xa-chuyen-doi-so", "\nII.", "\nBáo cáo này cũng tham chiếu Công văn số "
                                 "45/UBND-VX ngày 20/12/2024 của UBND huyện.\n\nII."), "cited_after_document"),
        ("impossible-date.txt", edit("tb-ket-luan-chu-tich", "\nNơi nhận:", "\nThời hạn hoàn thành trước ngày "
                                     "21/21/2024.\n\nNơi nhận:"), "impossible_date"),
        ("own-type-code.txt", edit("qd-long-can-cu", "Số: 14/2024/QĐ-UBND", "Số: 14/2024/CT-UBND"),
         "own_type_code_vs_title"),
        ("own-year.txt", edit("qd-long-can-cu", "Số: 14/2024/QĐ-UBND", "Số: 14/2023/QĐ-UBND"),
         "own_year_vs_issue_date"),
        ("own-issuer-code.txt", edit("qd-long-can-cu", "Số: 14/2024/QĐ-UBND", "Số: 14/2024/QĐ-BTC"),
         "own_issuer_code_vs_issuer"),
        ("annex-number.txt", edit("qd-long-can-cu", "Trương Minh Khoa", "Trương Minh Khoa\n\nPHỤ LỤC\nDANH MỤC CƠ QUAN "
                                  "KẾT NỐI\n(Kèm theo Quyết định số 15/2024/QĐ-UBND ngày 28 tháng 3 năm 2024 của UBND "
                                  "tỉnh Bình Định)\n\n1. Sở Tư pháp.\n"), "own_number_vs_annex"),
        ("kind-vs-code.txt", edit("tb-ket-luan-chu-tich", "\nNơi nhận:", "\nThực hiện theo Quyết định số "
                                  "12/KH-UBND ngày 05/01/2024.\n\nNơi nhận:"), "kind_vs_type_code"),
        ("with-without-year.txt", edit("nq-hdnd-muc-chi-pbgdpl", "\nNơi nhận:", "\nBãi bỏ Nghị quyết số "
                                       "41/2022/NQ-HĐND; các nội dung khác của Nghị quyết số 41/NQ-HĐND giữ nguyên."
                                       "\n\nNơi nhận:"), "with_and_without_year"),
    ]


def archive_level() -> list[tuple[str, str]]:
    """Four reports cite Nghị định 30/2020/NĐ-CP as of 05/3/2020, one as of 15/3/2020 (the dissenter); a report
    cites the archive's công văn 1187/STTTT-TTBCXB of the Sở TT&TT Quảng Trị with the wrong date, another with the
    right one (a link, no finding)."""
    right = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
    wrong = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ về công tác văn thư;"
    docs = [(f"majority-{i}.txt", report(f"{10 + i}/BC-UBND", f"0{i + 1}/06/2024", "huyện Quế Sơn", "Quế Sơn", right))
            for i in range(4)]
    docs.append(("dissenter.txt", report("20/BC-UBND", "10/06/2024", "huyện Quế Sơn", "Quế Sơn", wrong)))
    cited = "Thực hiện Công văn số 1187/STTTT-TTBCXB ngày {} của Sở Thông tin và Truyền thông tỉnh Quảng Trị về phòng, chống lừa đảo."
    docs.append(("link-wrong-date.txt", report("31/BC-UBND", "01/10/2024", "huyện Cam Lộ", "Cam Lộ",
                                               cited.format("28/8/2024"))))
    docs.append(("link-right-date.txt", report("32/BC-UBND", "02/10/2024", "huyện Cam Lộ", "Cam Lộ",
                                               cited.format("26/8/2024"))))
    return docs


def build(folder: Path, files: dict[str, str], with_written: bool = True) -> Path:
    source = folder / "in"
    source.mkdir()
    if with_written:
        for path in WRITTEN.glob("*.txt"):
            shutil.copy(path, source / path.name)
    for name, text in files.items():
        (source / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    run_ingest([source], out, workers=1)
    return out


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    out = build(tmp_path_factory.mktemp("clean"), {})
    run_archive_checks(out)
    return out


@pytest.fixture(scope="module")
def dirty(tmp_path_factory):
    files = {name: text for name, text, _ in injected()} | dict(archive_level())
    out = build(tmp_path_factory.mktemp("dirty"), files)
    registry = tmp_path_factory.mktemp("registry") / "mine.csv"
    registry.write_text("number,date,issuer,title\n2318/KH-UBND,2024-04-03,UBND tỉnh Quảng Nam,Triển khai Luật Đất đai\n",
                        encoding="utf-8")
    run_archive_checks(out, registry)
    return out


def findings(out: Path):
    con = connect(out)
    try:
        return con.execute('SELECT path, "check", scope, "values", spans FROM findings').df()
    finally:
        con.close()


def test_clean_documents_give_no_finding(clean):
    assert findings(clean).empty


@pytest.mark.parametrize("name, check", [(name, check) for name, _, check in injected()])
def test_every_injected_error_is_found(dirty, name, check):
    found = findings(dirty)
    mine = found[found.path.str.endswith(name)]
    assert check in set(mine.check), (name, list(mine.check))


def test_no_other_finding_on_the_variants(dirty):
    """Each variant gives its own finding, plus at most the archive-wide echo of a changed date (the other
    documents cite that instrument with the original date)."""
    found = findings(dirty)
    expected = {name: check for name, _, check in injected()}
    echoes = {"cross_document_date_conflict", "cited_date_vs_registry"}
    for row in found.itertuples(index=False):
        name = Path(row.path).name
        if name in expected:
            assert row.check == expected[name] or row.check in echoes, (name, row.check)
        elif name.endswith(".txt") and not name.startswith(("dissenter", "link-")):
            # the untouched written documents: only the user registry's disagreement with their own text
            assert row.check == "cited_date_vs_registry", (name, row.check)


def test_cross_document_date_conflict_names_majority_and_dissenter(dirty):
    found = findings(dirty)
    conflict = found[(found.check == "cross_document_date_conflict")
                     & found["values"].map(lambda v: v[0] == "30/2020/NĐ-CP")]
    assert [Path(p).name for p in conflict.path] == ["dissenter.txt"]
    values = list(conflict.iloc[0]["values"])
    assert values[:3] == ["30/2020/NĐ-CP", "2020-03-15", "2020-03-05"]
    assert int(values[4]) >= 4  # the four reports, and the written decision that cites it the same way
    # the count of its date includes the document itself: "by N document(s), this one among them" (it read "here
    # and by N document(s)", as if N others gave that date too: review, twenty-sixth session)
    con = connect(dirty)
    try:
        message = con.execute("SELECT message FROM findings WHERE \"check\" = 'cross_document_date_conflict' AND "
                              "\"values\"[1] = '30/2020/NĐ-CP'").fetchone()[0]
    finally:
        con.close()
    assert regex.search(r"as of 2020-03-15 by \d+ document\(s\), this one among them, and as of 2020-03-05 by",
                        message)


def test_citation_resolves_to_the_archived_document_and_its_date_is_checked(dirty):
    found = findings(dirty)
    wrong = found[found.check == "cited_date_vs_document"]
    assert [Path(p).name for p in wrong.path] == ["link-wrong-date.txt"]
    assert list(wrong.iloc[0]["values"][:3]) == ["1187/STTTT-TTBCXB", "2024-08-28", "2024-08-26"]
    ds = open_dataset(dirty)
    con = connect(dirty)
    try:
        links = con.execute("""SELECT c.path, d.path AS target FROM citations c JOIN documents d
                               ON d.doc_id = c.resolved_doc_id WHERE c.number = '1187/STTTT-TTBCXB'""").df()
    finally:
        con.close()
    assert sorted(Path(p).name for p in links.path) == ["link-right-date.txt", "link-wrong-date.txt"]
    assert set(Path(p).name for p in links.target) == {"cv-so-tttt-lua-dao.txt"}
    assert len(ds.documents) == 10 + len(injected()) + len(archive_level())


def test_user_registry_dates_are_checked(dirty):
    found = findings(dirty)
    against = found[found.check == "cited_date_vs_registry"]
    assert set(Path(p).name for p in against.path) >= {"kh-huyen-luat-dat-dai.txt"}
    mine = against[against.path.str.endswith("kh-huyen-luat-dat-dai.txt")]
    assert list(mine.iloc[0]["values"][:3]) == ["2318/KH-UBND", "2024-04-02", "2024-04-03"]


def test_every_finding_has_evidence_inside_its_document(dirty):
    con = connect(dirty)
    try:
        rows = con.execute("""SELECT f.spans, t.text FROM findings f JOIN texts t USING (doc_id, path)""").df()
    finally:
        con.close()
    assert len(rows)
    for spans, text in zip(rows.spans, rows.text):
        assert len(spans) >= 1
        for start, end in spans:
            assert 0 <= start < end <= len(text)


def test_check_command_and_html_report(dirty, tmp_path):
    import subprocess
    import sys

    html = tmp_path / "report.html"
    result = subprocess.run([str(Path(sys.executable).parent / "vnadmin"), "check", str(dirty), "--html", str(html)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "cross_document_date_conflict" in result.stdout
    page = html.read_text(encoding="utf-8")
    assert "<mark>Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ</mark>" in page
    assert page.count("class='finding'") == len(findings(dirty))


def test_the_sample_407_conflict(tmp_path):
    out = build(tmp_path, {"seed.txt": (CORPORA / "seed" / "3457-BC-UBND.txt").read_text(encoding="utf-8")},
                with_written=False)
    run_archive_checks(out)
    found = findings(out)
    assert list(found.check) == ["same_instrument_different_dates"]
    assert list(found.iloc[0]["values"]) == ["407/QĐ-TTg", "2022-03-03", "2022-03-30"]


# --- regressions from the review of 30 findings on the real corpus (corpora/real-gold/findings-review.jsonl) ---

def test_ministry_name_is_not_a_kind_word():
    """'KẾ HOẠCH' in 'BỘ KẾ HOẠCH VÀ ĐẦU TƯ' was taken for the kind of the number that follows."""
    from vnadmin import parse

    document = parse("Căn cứ văn bản số 1234/BKHĐT-TH của Bộ Kế hoạch và Đầu tư; Quyết định số 12/QĐ-UBND.")
    assert [f.check for f in document.findings] == []
    assert document.citations[0].kind == "Công văn"


def test_a_number_without_year_restarts_every_year():
    """126/NQ-CP of 2021 and 126/NQ-CP of 2026 are two resolutions, not one cited with two dates."""
    from vnadmin import parse

    document = parse("Nghị quyết số 126/NQ-CP ngày 08/10/2021 và Nghị quyết số 126/NQ-CP ngày 05/5/2026 của Chính phủ.")
    assert [f.check for f in document.findings] == []
    document = parse("Quyết định số 167/QĐ-TTg ngày 08/02/2022 và Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008.")
    assert "with_and_without_year" not in [f.check for f in document.findings]


def test_consolidated_text_keeps_the_title_it_consolidates():
    from vnadmin import parse

    document = parse("Số: 57/VBHN-BCT\nHà Nội, ngày 10 tháng 10 năm 2025\n\nTHÔNG TƯ\nQuy định về ...\n")
    assert "own_type_code_vs_title" not in [f.check for f in document.findings]


def test_json_data_is_not_a_document():
    from vnadmin.pipeline import process_bytes

    document = process_bytes(b'{"file": "a.txt", "kind": "text"}\n{"file": "b.txt"}\n', "metadata.jsonl")
    assert (document.format, document.status, document.error_code) == ("json", "failed", "unsupported_format")


@pytest.mark.parametrize("source, numbers", [
    ("nghi-quyet-so-115-nq-cp-469452.pdf", [("115", "nq")]),
    ("/archive/3457-BC-UBND.pdf", [("3457", "bc")]),
    ("thong-tu-so-08-2024-tt-bldtbxh-42540.pdf", [("8", "tt")]),
    ("nghi-quyet-so-6616-2026-nq-cp.pdf", [("6616", "nq")]),
    ("scans.zip!/Số 12_KH_UBND.tif", [("12", "kh")]),
    ("QĐ 407-TTg.pdf", []),  # TTg is an issuer, not a type
    ("report-2024.pdf", []),
    ("bao-cao-12.pdf", []),
])
def test_numbers_in_file_names(source, numbers):
    from vnadmin.check.source import numbers_in_file_name

    assert numbers_in_file_name(source) == numbers


def _header_with_number(number: str, type_code: str) -> Header:
    header = Header(number=number, type_code=type_code)
    header.spans["number"] = (10, 10 + len(number))
    return header


@pytest.mark.parametrize("number, method, source, flagged", [
    ("445/NQ-CP", "ocr", "nghi-quyet-so-115-nq-cp-469452.pdf", True),  # a handwritten 115 read as 445
    ("115/NQ-CP", "ocr", "nghi-quyet-so-115-nq-cp-469452.pdf", False),
    ("66.16/2026/NQ-CP", "ocr", "nghi-quyet-so-6616-2026-nq-cp.pdf", False),
    ("445/NQ-CP", "text_layer", "nghi-quyet-so-115-nq-cp-469452.pdf", False),  # born-digital: not checked
    ("445/NQ-CP", "ocr", "scan-0001.pdf", False),  # the name gives no number
    ("445/QĐ-UBND", "ocr", "nghi-quyet-so-115-nq-cp.pdf", False),  # the name's number is of another type
])
def test_number_read_by_ocr_against_the_file_name(number, method, source, flagged):
    from vnadmin.check.source import check_source
    from vnadmin.model import Page

    findings = check_source(_header_with_number(number, number.split("/")[-1].split("-")[0]), source,
                            [Page(number=1, start=0, end=500, method=method)])
    assert [f.check for f in findings] == (["number_vs_file_name"] if flagged else [])
    if flagged:
        assert findings[0].values[:2] == [number, "115"] and findings[0].spans == [(10, 10 + len(number))]


def test_two_courts_judgments_of_one_sequence_are_two_instruments():
    """Each court numbers its own judgments: "Bản án số 5" of two courts, dated apart, is no conflict; one court's
    judgment cited with two dates is one."""
    from vnadmin.check import check_document
    from vnadmin.extract import extract
    from vnadmin.text import normalize

    def findings(text):
        extraction = extract(normalize(text).text)
        return [f.check for f in check_document(extraction.header, extraction.citations, extraction.dates)]

    two_courts = ("Theo Bản án số 5 ngày 1/2/2020 của Tòa án nhân dân huyện An Lão và Bản án số 5 ngày 3/4/2020 "
                  "của Tòa án nhân dân huyện Kiến Thụy.")
    assert "same_instrument_different_dates" not in findings(two_courts)
    one_court = ("Theo Bản án số 5 ngày 1/2/2020 của Tòa án nhân dân huyện An Lão; Bản án số 5 ngày 3/4/2020 "
                 "của Tòa án nhân dân huyện An Lão.")
    assert "same_instrument_different_dates" in findings(one_court)


@pytest.mark.parametrize("number, issuer_code, issuer, parent, fires", [
    ("97/2025/QĐ-UBND", "UBND", "BỘ TÀI CHÍNH", None, True),  # vbpl 97/2025/TT-BTC printed with a local number
    ("100/2025/TT-BCA", "BCA", "CHÍNH PHỦ", None, True),  # vbpl 369/2025/NĐ-CP printed with a circular's number
    ("30/2025/QĐ-TTg", "TTg", "CHÍNH PHỦ", None, True),  # the Prime Minister's decision under the Government's name
    ("30/2025/QĐ-TTg", "TTg", "THỦ TƯỚNG CHÍNH PHỦ", None, False),
    ("14/2024/QĐ-UBND", "UBND", "UBND TỈNH QUẢNG TRỊ", None, False),  # the abbreviation
    ("14/2024/QĐ-UBND", "UBND", "ỦY BAN NHÂN DÂN HUYỆN HƯƠNG TRÀ", None, False),
    ("1187/UBND-VX", "UBND-VX", "VĂN PHÒNG", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", False),  # the parent body names it
    ("123/2025/QĐ-CTUBND", "CTUBND", "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ", None, False),  # the Chairman's decision
    ("104/2025/UBTVQH15", "UBTVQH15", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", None, False),  # a term code
    ("09/VBHN-BTC", "BTC", "Bộ Tài chính", None, False),
    ("13/2023/TT-BLĐTBXH", "BLĐTBXH", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None, False),  # hyphen and spacing
    ("1187/STTTT-TTBCXB", "STTTT", "SỞ TT&TT QUẢNG TRỊ", None, False),  # a Sở's code is not checked
])
def test_own_issuer_code_against_the_header_issuer(number, issuer_code, issuer, parent, fires):
    from vnadmin.check.document import own_issuer_code_vs_issuer

    header = Header(number=number, issuer_code=issuer_code, issuer=issuer, parent_issuer=parent)
    found = list(own_issuer_code_vs_issuer(header, [], []))
    assert bool(found) is fires
    if fires:
        assert found[0].values == [number, found[0].values[1], issuer] and found[0].severity == "warning"


# --- a user's list of instruments (found by review, twenty-sixth session) ---

LIST_DATES = [  # as a user's list writes the date → the date read; Vietnamese writes the day first
    ("2017-02-09", "2017-02-09"), ("09/02/2017", "2017-02-09"), ("9/2/2017", "2017-02-09"),
    ("09-02-2017", "2017-02-09"),
    ("09.02.2017", "2017-02-09"), ("03/04/2022", "2022-04-03"), (" 30/3/2022 ", "2022-03-30"), ("", None),
]


@pytest.mark.parametrize("written, date", LIST_DATES)
def test_user_list_dates_are_read_day_first(written, date):
    """pandas read "09/02/2017" month first (2017-09-02) and the check then reported a conflict that was not."""
    from vnadmin.check.registry import list_date

    found = list_date(written)
    assert (found.isoformat() if found else None) == date


@pytest.mark.parametrize("written", ["02/13/2017", "31/02/2023", "2017/02/09", "ngày mai", "09/02/17", "2017-2"])
def test_user_list_dates_that_are_none_are_refused(written):
    from vnadmin.check.registry import list_date

    with pytest.raises(ValueError):
        list_date(written)


BAD_LISTS = {  # a user's list → what the error names
    "number,date\n407/QĐ-TTg,03/04/2022\n09/2017/NĐ-CP,2017-02-09\n": None,  # mixed forms: both read
    "number,date,issuer\n407/QĐ-TTg,03/04/2022,TTg,a,b\n": "5 fields",  # extra fields (a comma unquoted)
    'number,date,title\n407/QĐ-TTg,03/04/2022,"Đề án\n': "unexpected end of data",  # a quote never closed
    "number,date\n407/QĐ-TTg,02/13/2022\n": "not a date",
    "number,date\n407/QĐ-TTg,03/04/2022\n407/QĐ-TTg,30/03/2022\n": "listed again",
    "number,issuer\n407/QĐ-TTg,TTg\n": "missing columns",
}


@pytest.mark.parametrize("content", BAD_LISTS)
def test_a_list_that_does_not_read_leaves_the_dataset_as_it_was(clean, tmp_path, content):
    """Import checked a list row by row with one parser and the build read it with another: a list that passed
    the first broke the second, and with it every later `vnadmin check` (a traceback until the user found the
    copied file). Now one reader: a list is kept only when it reads, and what is kept reads again."""
    import subprocess
    import sys

    from vnadmin.check.registry import USER_FILE, build_registry

    out = tmp_path / "out"
    shutil.copytree(clean, out)
    (out / "archive" / USER_FILE).unlink(missing_ok=True)
    listed = tmp_path / "list.csv"
    listed.write_text(content, encoding="utf-8")
    result = subprocess.run([str(Path(sys.executable).parent / "vnadmin"), "registry", "import", str(out),
                             str(listed)], capture_output=True, text=True)
    expected = BAD_LISTS[content]
    if expected is None:
        assert result.returncode == 0, result.stderr
        registry = build_registry(out)
        user = registry[registry.source == "user"].set_index("number").date.map(str).to_dict()
        assert user == {"407/QĐ-TTg": "2022-04-03", "09/2017/NĐ-CP": "2017-02-09"}
    else:
        said = " ".join(result.stderr.split())  # (Rich wraps the message at the terminal's width)
        assert result.returncode == 2 and expected in said and "Traceback" not in said
        assert not (out / "archive" / USER_FILE).exists()
        build_registry(out)  # the dataset still builds


def test_user_list_not_in_utf8_is_refused_with_its_name(clean, tmp_path):
    from vnadmin.check.registry import import_user_list

    listed = tmp_path / "danh-muc.csv"
    listed.write_bytes("number,date,title\n407/QĐ-TTg,03/04/2022,Đề án\n".encode("utf-16"))
    with pytest.raises(ValueError, match="danh-muc.csv: not UTF-8"):
        import_user_list(clean, listed)


@pytest.mark.parametrize("command", [["build"], ["show"], ["import", "x.csv"]])
def test_registry_commands_on_a_folder_that_is_no_dataset(tmp_path, command):
    """They printed a FileNotFoundError traceback where query, status and export say what is wrong."""
    import subprocess
    import sys

    (tmp_path / "x.csv").write_text("number,date\n407/QĐ-TTg,03/04/2022\n", encoding="utf-8")
    result = subprocess.run([str(Path(sys.executable).parent / "vnadmin"), "registry", command[0],
                             str(tmp_path / "nothing"), *[str(tmp_path / c) for c in command[1:]]],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "not a vnadmin dataset" in result.stderr and "Traceback" not in result.stderr


def test_registry_show_of_a_list_an_earlier_version_kept_that_does_not_read(clean, tmp_path):
    """A list kept by an earlier version in a date form the reader refuses: show printed a traceback (review)."""
    import subprocess
    import sys

    from vnadmin.check.registry import REGISTRY_FILE, USER_FILE

    out = tmp_path / "out"
    shutil.copytree(clean, out)
    (out / "archive" / USER_FILE).write_text("number,date\n1/QĐ-UBND,2025/02/01\n", encoding="utf-8")
    (out / "archive" / REGISTRY_FILE).unlink(missing_ok=True)
    result = subprocess.run([str(Path(sys.executable).parent / "vnadmin"), "registry", "show", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "not a date" in result.stderr and "Traceback" not in result.stderr


def test_regression_the_report_shows_far_apart_evidence_in_excerpts():
    """A finding whose spans stand far apart (407/QĐ-TTg cited near the start and near the end of a long report)
    was shown as one passage from the first span to the last: 34,000 characters of a document. Each span (or group
    of close spans) is now an excerpt of its own."""
    from vnadmin.check.report import CONTEXT, _passage

    text = "a" * 500 + "407/QĐ-TTg ngày 03/3/2022" + "b" * 30_000 + "407/QĐ-TTg ngày 30/3/2022" + "c" * 500
    first, second = text.index("407"), text.rindex("407")
    passage = _passage(text, [[second, second + 25], [first, first + 25]])
    assert passage.count("<mark>") == 2 and "\n…\n" in passage
    assert len(passage) < 2 * (2 * CONTEXT + 25 + 20)
    close = _passage(text, [[first, first + 10], [first + 15, first + 25]])
    assert close.count("<mark>") == 2 and "\n…\n" not in close
    assert _passage(text, []) == ""


@pytest.mark.parametrize("text", [
    "Căn cứ Thông tri số 297/TT-TW ngày 01/01/2010 của Ban Bí thư.",  # a Party's Thông tri is numbered TT
    "Thông tri số 07-TT/TC ngày 1/1/2000",
    "Căn cứ Thông tư liên bộ số 12/TT-LB ngày 01/01/1990.",  # an old inter-ministerial circular
    "Căn cứ Thông tư số 23/2005/TTLT-BTC-BNV ngày 01/01/2005.",  # a joint circular is a circular
])
def test_regression_kinds_a_type_code_may_be_cited_as_are_no_finding(text):
    """Found by review of the real corpus's findings: six of nineteen kind_vs_type_code findings were these."""
    from vnadmin import parse

    assert [f.check for f in parse(text).findings] == []


def _archive_findings(out: Path):
    con = connect(out)
    try:
        return con.execute("SELECT path, \"check\", message, message_vi FROM findings WHERE scope = 'archive' "
                           "ORDER BY path").df()
    finally:
        con.close()


def test_regression_a_tie_is_no_majority_and_both_sides_are_said(tmp_path):
    """Two documents citing one decree with two dates: the earlier date won the tie and the other document was
    blamed, as if a majority had spoken; the first was never flagged (review of the real corpus's findings)."""
    files = {f"{i}.txt": report(f"{40 + i}/BC-UBND", "10/06/2024", "huyện Quế Sơn", "Quế Sơn",
                                f"Căn cứ Nghị định số 30/2020/NĐ-CP ngày {day} của Chính phủ.")
             for i, day in enumerate(["05/3/2020", "15/3/2020"])}
    out = build(tmp_path, files, with_written=False)
    run_archive_checks(out)
    found = _archive_findings(out)
    assert list(found.path.map(lambda p: Path(p).name)) == ["0.txt", "1.txt"]
    assert set(found.check) == {"cross_document_date_conflict"}
    assert all("no date has a majority" in m for m in found.message)
    assert "ngày 5/3/2020" in found.message_vi[0] and "không ngày nào" in found.message_vi[0]


def test_regression_an_instrument_the_archive_holds_is_judged_by_its_header(tmp_path):
    """Two documents cite a plan the archive holds, one with its header's date and one a day off: the vote among
    them (a tie) blamed the one that cites it right, and cited_date_vs_document blamed the other, two findings that
    contradict each other. The header decides: only the wrong citation is a finding."""
    held = report("12/KH-UBND", "26/06/2023", "huyện Quế Sơn", "Quế Sơn", "Nội dung kế hoạch.").replace(
        "BÁO CÁO\nKết quả công tác", "KẾ HOẠCH\nTriển khai công tác")
    files = {"held.txt": held}
    for i, day in enumerate(["26/6/2023", "25/6/2023"]):
        files[f"{i}.txt"] = report(f"{50 + i}/BC-UBND", "10/07/2023", "huyện Quế Sơn", "Quế Sơn",
                                   f"Thực hiện Kế hoạch số 12/KH-UBND ngày {day} của UBND huyện Quế Sơn.")
    out = build(tmp_path, files, with_written=False)
    run_archive_checks(out)
    found = _archive_findings(out)
    assert [(Path(p).name, c) for p, c in zip(found.path, found.check)] == [("1.txt", "cited_date_vs_document")]
    assert "văn bản được viện dẫn có trong kho" in found.message_vi[0] and "25/6/2023" in found.message_vi[0]


def test_regression_a_mistyped_own_year_is_one_finding_not_a_cascade():
    """106/2025/TT-BCA dated "17 tháng 11 năm 2015" (a typo in the real corpus): every instrument it rests on was
    "later", seven findings of one typo. The document's own year against its number is reported once; the date
    order checks leave a document whose own date is in doubt."""
    from vnadmin import parse

    text = ("BỘ CÔNG AN\n\nSố: 106/2025/TT-BCA\n\nHà Nội, ngày 17 tháng 11 năm 2015\n\nTHÔNG TƯ\nQuy định về việc A\n\n"
            "Căn cứ Luật Công an nhân dân số 72/2023/QH15 ngày 28/6/2023;\n"
            "Căn cứ Nghị định số 02/2025/NĐ-CP ngày 18/02/2025 của Chính phủ;\n\n"
            "Bộ Công an đã ban hành Quyết định số 15/QĐ-BCA ngày 03/3/2025 về việc B.\n")
    assert sorted(f.check for f in parse(text).findings) == ["own_year_vs_issue_date"]
    dated_in_its_year = text.replace("17 tháng 11 năm 2015", "17 tháng 01 năm 2025")  # before what it cites
    assert sorted(f.check for f in parse(dated_in_its_year).findings) == [
        "cited_after_document", "implements_later_instrument"]


def test_regression_a_precedent_cites_the_later_decision_that_published_it():
    from vnadmin import parse

    text = ("TÒA ÁN NHÂN DÂN TỐI CAO\n\nÁN LỆ SỐ 50/2021/AL\n\nVề việc A\n\nĐược Hội đồng Thẩm phán Tòa án nhân dân "
            "tối cao thông qua ngày 25 tháng 11 năm 2021 và được công bố theo Quyết định số 594/QĐ-CA ngày 31 tháng "
            "12 năm 2021 của Chánh án Tòa án nhân dân tối cao.\n")
    document = parse(text)
    assert document.header.type == "ÁN LỆ" and "cited_after_document" not in [f.check for f in document.findings]


def test_regression_a_yearless_number_cited_on_one_day_of_two_years_is_a_finding():
    """"Nghị quyết số 59-NQ/TW ngày 24 tháng 01 năm 2024" and, twice, "… năm 2025" in one real text: a number without
    a year names one instrument a year, so the two were two instruments and nothing was said (review). The same day
    and month in two years is one instrument with a year mistyped; two dates of one year stay the usual finding, and
    18-NQ/TW of 2017 and of 2022 (two resolutions, other days) none."""
    from vnadmin import parse

    text = ("Thực hiện Nghị quyết số 59-NQ/TW ngày 24 tháng 01 năm 2024 của Bộ Chính trị về hội nhập quốc tế; "
            "Nghị quyết số 59-NQ/TW ngày 24 tháng 01 năm 2025 của Bộ Chính trị.")
    found = [f for f in parse(text).findings if f.check == "same_instrument_different_dates"]
    assert [f.values for f in found] == [["59-NQ/TW", "2024-01-24", "2025-01-24"]]
    two = ("Thực hiện Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 và Nghị quyết số 18-NQ/TW ngày 16 tháng 6 "
           "năm 2022 của Ban Chấp hành Trung ương.")
    assert [f.check for f in parse(two).findings] == []
    # a state number restarts every year: the first plan of each year, on the same day (review of the change)
    yearly = ("Thực hiện Kế hoạch số 01/KH-UBND ngày 02/01/2024 của UBND huyện và Kế hoạch số 01/KH-UBND ngày "
              "02/01/2025 của UBND huyện.")
    assert [f.check for f in parse(yearly).findings] == []


def test_regression_a_linked_citation_without_an_instrument_key_leaves_the_conflicts(tmp_path):
    """A local number cited with an issuer that reduces to nothing ("của UBND huyện") has no instrument key, yet it
    links to its document: the NULL in the instruments the archive holds made NOT IN empty every conflict of the
    archive (review of the change)."""
    files = {f"{i}.txt": report(f"{60 + i}/BC-UBND", "10/06/2024", "huyện Quế Sơn", "Quế Sơn",
                                f"Căn cứ Nghị định số 30/2020/NĐ-CP ngày {day} của Chính phủ.")
             for i, day in enumerate(["05/3/2020", "15/3/2020"])}
    files["held.txt"] = report("12/KH-UBND", "26/06/2023", "huyện Quế Sơn", "Quế Sơn", "Nội dung.").replace(
        "BÁO CÁO\nKết quả công tác", "KẾ HOẠCH\nTriển khai công tác")
    files["citer.txt"] = report("70/BC-UBND", "10/07/2023", "huyện Quế Sơn", "Quế Sơn",
                                "Thực hiện Kế hoạch số 12/KH-UBND ngày 26/6/2023 của UBND huyện.")
    out = build(tmp_path, files, with_written=False)
    run_archive_checks(out)
    found = _archive_findings(out)
    assert sorted(Path(p).name for p, c in zip(found.path, found.check) if c == "cross_document_date_conflict") == \
        ["0.txt", "1.txt"]


def test_a_span_inside_a_long_one_stays_in_its_excerpt():
    from vnadmin.check.report import _passage

    text = "x" * 200 + "y" * 1000 + "z" * 200
    passage = _passage(text, [[200, 1200], [900, 910]])
    assert passage.count("<mark>") == 1 and "\n…\n" not in passage  # (the inner span is inside the marked one)


def test_regression_two_decrees_that_share_a_number_are_no_conflict(tmp_path):
    """01/2021/NĐ-CP is the decree on business registration of 4/1/2021 and, numbered apart, the one on the police's
    material standards of 21/10/2021: three real texts citing the second were told to change its date (review of
    the real corpus's findings). Mentions whose subjects share hardly a word are two instruments; the same subject
    with another date stays a conflict."""
    registration = "Căn cứ Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ về đăng ký doanh nghiệp;"
    police = ("Căn cứ Nghị định số 01/2021/NĐ-CP ngày 21/10/2021 của Chính phủ quy định tiêu chuẩn, định mức vật "
              "chất hậu cần trong Công an nhân dân;")
    misdated = "Căn cứ Nghị định số 01/2021/NĐ-CP ngày 14/01/2021 của Chính phủ về đăng ký doanh nghiệp;"
    files = {f"r{i}.txt": report(f"{80 + i}/BC-UBND", "10/06/2024", "huyện Quế Sơn", "Quế Sơn", registration)
             for i in range(3)}
    files["police.txt"] = report("90/BC-UBND", "10/06/2024", "huyện Quế Sơn", "Quế Sơn", police)
    files["misdated.txt"] = report("91/BC-UBND", "10/06/2024", "huyện Quế Sơn", "Quế Sơn", misdated)
    out = build(tmp_path, files, with_written=False)
    run_archive_checks(out)
    found = _archive_findings(out)
    assert [Path(p).name for p, c in zip(found.path, found.check) if c == "cross_document_date_conflict"] == \
        ["misdated.txt"]
