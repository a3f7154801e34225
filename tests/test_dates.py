"""Dates: table-driven cases, damaged forms and impossible dates."""
import pytest

from vnadmin.extract.dates import find_dates

# (text, mention as found, iso, precision, valid)
CASES = [
    ("Hương Trà, ngày 18 tháng 12 năm 2023", "ngày 18 tháng 12 năm 2023", "2023-12-18", "day", True),
    ("ban hành ngày 01/8/2023 của", "ngày 01/8/2023", "2023-08-01", "day", True),
    ("hết 18/12/2023.", "18/12/2023", "2023-12-18", "day", True),
    ("từ 18-12-2023", "18-12-2023", "2023-12-18", "day", True),
    ("từ 18.12.2023", "18.12.2023", "2023-12-18", "day", True),
    ("ngày 25\ntháng 01 năm 2024", "ngày 25\ntháng 01 năm 2024", "2024-01-25", "day", True),
    ("ngày 09tháng 5 năm 2025", "ngày 09tháng 5 năm 2025", "2025-05-09", "day", True),
    ("ngày 18 tháng 11năm 2025", "ngày 18 tháng 11năm 2025", "2025-11-18", "day", True),
    ("ngày 01 / 8 / 2023", "ngày 01 / 8 / 2023", "2023-08-01", "day", True),
    # each printed line made a paragraph by a converter: a blank line inside the date (tvpl_md/71-2025-qd-ubnd, vbpl)
    ("ngày 29 tháng\n\n4 năm 2025 của", "ngày 29 tháng\n\n4 năm 2025", "2025-04-29", "day", True),
    ("ngày 24 tháng 12 năm\n\n2025", "ngày 24 tháng 12 năm\n\n2025", "2025-12-24", "day", True),
    ("NGÀY 16 THÁNG \n \n11 NĂM 2022", "NGÀY 16 THÁNG \n \n11 NĂM 2022", "2022-11-16", "day", True),
    # ... also between the month and "năm", the emphasis closed and opened again around it (real-test-73: tvpl
    # 1663/NQ-UBTVQH15 "ngày 03 tháng 6*⏎⏎*năm 2025")
    ("ngày 03 tháng 6*\n\n*năm 2025 của", "ngày 03 tháng 6*\n\n*năm 2025", "2025-06-03", "day", True),
    ("ngày 03 tháng 6\n\nnăm 2025 của", "ngày 03 tháng 6\n\nnăm 2025", "2025-06-03", "day", True),
    ("ngày 16/6 2025;", "ngày 16/6 2025", "2025-06-16", "day", True),
    # a bilingual form: the English after a "/" (vbpl 13/2015/TT-BTC)
    ("ngày 29 tháng 11 năm 2005/Pursuant to", "ngày 29 tháng 11 năm 2005", "2005-11-29", "day", True),
    ("trong tháng 12/2023", "tháng 12/2023", None, "month", True),
    ("trong tháng 12 năm 2023", "tháng 12 năm 2023", None, "month", True),
    ("kết quả năm 2023", "năm 2023", None, "year", True),
    ("giai đoạn 2021 - 2025", "2021 - 2025", None, "period", True),
    ("giai đoạn 2022-2027", "2022-2027", None, "period", True),
    ("ngày 31/02/2023", "ngày 31/02/2023", None, "day", False),
    ("ngày 21/21/2023", "ngày 21/21/2023", None, "day", False),
    ("ngày 29/02/2024", "ngày 29/02/2024", "2024-02-29", "day", True),
    ("ngày 29/02/2023", "ngày 29/02/2023", None, "day", False),
    ("ngày 31 tháng 4 năm 2022", "ngày 31 tháng 4 năm 2022", None, "day", False),
    # there is no year 0: the date was valid, and its ISO form crashed the worker that wrote its rows (review)
    ("ngày 15/3/0000", "ngày 15/3/0000", None, "day", False),
    ("ngày 01 tháng 01 năm 0000", "ngày 01 tháng 01 năm 0000", None, "day", False),
]


@pytest.mark.parametrize("text, mention, iso, precision, valid", CASES)
def test_date_forms(text, mention, iso, precision, valid):
    found = find_dates(text)
    assert len(found) == 1, found
    date = found[0]
    assert (date.text, date.iso, date.precision, date.valid) == (mention, iso, precision, valid)
    assert text[date.start:date.end] == date.text


@pytest.mark.parametrize("text", [
    "Số: 3457/BC-UBND",  # a document number
    "Nghị định số 09/2017/NĐ-CP",  # its /2017/ is no date
    "trước ngày 26/3 hàng năm",  # no year: not a full date
    "210 cán bộ, 15 lớp",
    "điện thoại 0234.3861.234",
    "ngày 29 tháng\n\n\n4 năm 2025",  # two blank lines: two paragraphs, no date
    "ngày 03 tháng 6.\n\nNăm 2025",  # a sentence ends before the paragraph
    "mã 18/12/2023/01",  # a "/" and digits go on: a code, no date
    "ngày 18/12/2023/",
])
def test_not_dates(text):
    assert [d for d in find_dates(text) if d.precision in ("day", "month")] == []


def test_period_end_year():
    (period,) = find_dates("giai đoạn 2021-2025")
    assert (period.year, period.end_year) == (2021, 2025)


@pytest.mark.parametrize("text, damaged", [
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 15 tháng 9 tháng 2022 của UBND tỉnh;", ("ngày 15 tháng 9 tháng 2022",
                                                                                    "2022-09-15")),
    ("Luật Nhà ở số 27/2023/QH15 ngày 27 tháng 11 năm 20237 và", ("ngày 27 tháng 11 năm 20237", "2023-11-27")),
    ("theo Thông tư số 05/2018/TT-BTC ngày14/5/2013 của Bộ Tài chính", ("ngày14/5/2013", "2013-05-14")),
    ("Nghị định Số 140/2018/NĐ-CP ngày 08/10/20181 Sửa đổi", ("ngày 08/10/20181", "2018-10-08")),
])
def test_a_damaged_date_read_after_a_mention_is_in_the_dates_table(text, damaged):
    """Regression (17 dates of the real texts: tvpl 1630/QĐ-UBND, 87/2025/QĐ-UBND, congbao 148/2025/TT-BTC ...): a
    date only the mention's reader reads was the mention's date and missing from the dates table."""
    from vnadmin.extract import extract
    from vnadmin.text import normalize

    dates = extract(normalize(text).text).dates
    assert [(d.text, d.iso, d.form) for d in dates] == [(*damaged, "damaged")]


def test_an_english_date_after_a_mention_stays_out_of_the_dates_table():
    from vnadmin.extract import extract

    extraction = extract("Law 54/2014/QH13 on Customs dated 23 June 2014")
    assert [c.date for c in extraction.citations] == ["2014-06-23"]
    assert extraction.dates == []
