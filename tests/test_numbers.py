"""Document numbers: table-driven cases, clean and damaged."""
import pytest

from vnadmin.extract.numbers import NUMBER_RE, issuer_of_code, normalize_number, parse_number

# (as written, normalized, type code, issuer code, sequence, year)
CASES = [
    ("3457/BC-UBND", "3457/BC-UBND", "BC", "UBND", 3457, None),
    ("407/QĐ-TTg", "407/QĐ-TTg", "QĐ", "TTg", 407, None),
    ("407/QĐ-TTG", "407/QĐ-TTg", "QĐ", "TTg", 407, None),
    ("09/2017/NĐ-CP", "09/2017/NĐ-CP", "NĐ", "CP", 9, 2017),
    ("01/2011/TT-BNV", "01/2011/TT-BNV", "TT", "BNV", 1, 2011),
    ("44/2005/QĐ-UBND", "44/2005/QĐ-UBND", "QĐ", "UBND", 44, 2005),
    ("55/2005/TTLT-BNV-VPCP", "55/2005/TTLT-BNV-VPCP", "TTLT", "BNV-VPCP", 55, 2005),
    ("80/2015/QH13", "80/2015/QH13", None, "QH13", 80, 2015),
    ("123/UBND-VP", "123/UBND-VP", None, "UBND", 123, None),
    ("3360/STTTT-TTBCXB", "3360/STTTT-TTBCXB", None, "STTTT", 3360, None),
    ("37-CT/TW", "37-CT/TW", "CT", "TW", 37, None),
    ("18-NQ/TW", "18-NQ/TW", "NQ", "TW", 18, None),
    ("473/TTr-NN&PTNT", "473/TTr-NN&PTNT", "TTr", "NN&PTNT", 473, None),
    ("12/QyĐ-UBND", "12/QyĐ-UBND", "QyĐ", "UBND", 12, None),
    ("5/CTr-UBND", "5/CTr-UBND", "CTr", "UBND", 5, None),
    ("1654/NQ-UBTVQH15", "1654/NQ-UBTVQH15", "NQ", "UBTVQH15", 1654, None),
    ("01/VBHN-BNV", "01/VBHN-BNV", "VBHN", "BNV", 1, None),
    # damaged forms
    ("2033 /QĐ-UBND", "2033/QĐ-UBND", "QĐ", "UBND", 2033, None),
    ("118/TTr- STTTT", "118/TTr-STTTT", "TTr", "STTTT", 118, None),
    ("473/TTr -\nNN&PTNT", "473/TTr-NN&PTNT", "TTr", "NN&PTNT", 473, None),
    ("66/2021/NÐ-CP", "66/2021/NĐ-CP", "NĐ", "CP", 66, 2021),  # U+00D0 eth
    ("40/2026/NĐ-СР", "40/2026/NĐ-CP", "NĐ", "CP", 40, 2026),  # Cyrillic С and Р
    ("06/2022/TT-BТС", "06/2022/TT-BTC", "TT", "BTC", 6, 2022),  # Cyrillic Т and С
    ("57- NQ/TW", "57-NQ/TW", "NQ", "TW", 57, None),
    ("3457 / BC-UBND", "3457/BC-UBND", "BC", "UBND", 3457, None),
    ("269/KH- UBND", "269/KH-UBND", "KH", "UBND", 269, None),
    ("409\n/TTr-SVHTTDL", "409/TTr-SVHTTDL", "TTr", "SVHTTDL", 409, None),  # broken before the "/"
    ("92/2017/NĐCP", "92/2017/NĐ-CP", "NĐ", "CP", 92, 2017),  # the hyphen left out
    ("12/2020/TTBTC", "12/2020/TT-BTC", "TT", "BTC", 12, 2020),
    ("27/2016/TTBLĐTBXH", "27/2016/TT-BLĐTBXH", "TT", "BLĐTBXH", 27, 2016),
    ("39/2024/QH**1**5", "39/2024/QH15", None, "QH15", 39, 2024),  # a bolded digit
    # the Government's special resolutions of 2025-2026 number a series with a dot
    ("66.13/2026/NQ-CP", "66.13/2026/NQ-CP", "NQ", "CP", 66, 2026),
    ("66.3/2025/NQ-CP", "66.3/2025/NQ-CP", "NQ", "CP", 66, 2025),
    # numbers of the 1990s: an issuer code alone (data/bare_issuer_codes.txt)
    ("12/CP", "12/CP", None, "CP", 12, None),
    ("118/TTg", "118/TTg", None, "TTg", 118, None),
    ("769/TTg", "769/TTg", None, "TTg", 769, None),
    ("235/HĐBT", "235/HĐBT", None, "HĐBT", 235, None),
    ("45/CP-VX", "45/CP-VX", None, "CP", 45, None),  # with a unit: a công văn's form, as before
    # letters of the National Assembly's bodies: the term's code alone (vbpl 105/2025/UBTVQH15, 95/2025/UBTVQH15)
    ("702/UBQPANĐN15", "702/UBQPANĐN15", None, "UBQPANĐN15", 702, None),
    ("95/UBTVQH15", "95/UBTVQH15", None, "UBTVQH15", 95, None),
    ("12/HĐDT15", "12/HĐDT15", None, "HĐDT15", 12, None),
    # a joint circular of before 1996 with its type code alone (vbpl 06/2026/TT-BCA)
    ("11/TTLB", "11/TTLB", "TTLB", None, 11, None),
    # court judgments of old: a case code alone (data/court_case_codes.txt), no code of Nghị định 30/2020
    ("43/DSPT", "43/DSPT", None, None, 43, None),
    ("12/HSST", "12/HSST", None, None, 12, None),
    # a joint circular's codes after a "/" (88/2016/TTLT/BTC-BTNMT in tvpl 95/2025/QĐ-UBND; 9 in the real texts)
    ("88/2016/TTLT/BTC-BTNMT", "88/2016/TTLT-BTC-BTNMT", "TTLT", "BTC-BTNMT", 88, 2016),
    # a footnote's mark glued to the last code (real-test-13 congbao 97/NQ-CP); not a term's number
    ("140/NQ-CP2", "140/NQ-CP", "NQ", "CP", 140, None),
    ("09/2026/NĐ-CP4", "09/2026/NĐ-CP", "NĐ", "CP", 9, 2026),
    ("12-CTr/BCĐ3", "12-CTr/BCĐ", "CTr", "BCĐ", 12, None),
    ("66-NQ/TW1", "66-NQ/TW", "NQ", "TW", 66, None),
    ("432/BC-UBPLTP15", "432/BC-UBPLTP15", "BC", "UBPLTP15", 432, None),
    ("10-LCT/HĐNN7", "10-LCT/HĐNN7", "LCT", "HĐNN7", 10, None),
    # a National Assembly's code after a line break (real-test-13 congbao 97/NQ-CP)
    ("119/2026/ \nUBTVQH15", "119/2026/UBTVQH15", None, "UBTVQH15", 119, 2026),
    # the slash after the year typed as a hyphen or left out (tvpl 1630/QĐ-UBND, 3361/QĐ-BCT, vbpl 342/2025/NĐ-CP)
    ("255/2025-NĐ-CP", "255/2025/NĐ-CP", "NĐ", "CP", 255, 2025),
    ("49/2025TT-BCT", "49/2025/TT-BCT", "TT", "BCT", 49, 2025),
    ("98/2021NĐ-CP", "98/2021/NĐ-CP", "NĐ", "CP", 98, 2021),
    ("144/2025QH15", "144/2025/QH15", None, "QH15", 144, 2025),
    ("54/2014/QH-13", "54/2014/QH13", None, "QH13", 54, 2014),
    # a type code typed without its Vietnamese letter (vbpl 25/2025/TT-BVHTTDL; 4 in the real texts)
    ("215/2025/ND-CP", "215/2025/NĐ-CP", "NĐ", "CP", 215, 2025),
    ("12/QD-UBND", "12/QĐ-UBND", "QĐ", "UBND", 12, None),
    ("123/UBND-ND", "123/UBND-ND", None, "UBND", 123, None),  # a unit's code: as typed  # the term after a hyphen (vbpl 13/2015/TT-BTC)
]


@pytest.mark.parametrize("written, normalized, type_code, issuer_code, seq, year", CASES)
def test_number_parts(written, normalized, type_code, issuer_code, seq, year):
    from vnadmin.text import normalize

    text = normalize(written).text
    match = NUMBER_RE.search(text)
    assert match, f"no number found in {text!r}"
    parsed = parse_number(match)
    assert parsed is not None
    assert (parsed.number, parsed.type_code, parsed.issuer_code, parsed.seq, parsed.year) == (
        normalized, type_code, issuer_code, seq, year)
    assert normalize_number(written) == normalized


@pytest.mark.parametrize("text", [
    "giai đoạn 2022 - 2027",  # a period
    "ngày 01/8/2023",  # a date
    "Điều 5/Khoản 2",  # words, not codes
    "tỷ lệ 1/2 số hộ",
    "12/Ban chỉ đạo",  # a word is not a code
    "https://example.vn/2024/KH-abc",
    "Mẫu số 11/QTDA",  # a form's code alone: no number of the 1990s
    "Phụ lục số 01/PLI",
    "12/CPX",
    "12/DSPTX",  # a case code is read whole or not at all
    "12/UBND15",  # a term's number only after an Assembly's body: "UB" + two capitals at least, or HĐDT
    "12/UB15",
    "12/QH15",  # the Assembly's own laws carry their year
    "12/2020/TT/BTC",  # only a joint circular's codes follow a "/"
    "Số: 03/2026-BCT",  # one code after a hyphened year: a circular's TT lost or a unit's number, not read as either
    "12/2025-2030",
    "biểu số 0806-N/BTNMT",  # a statistical report's code: "N", yearly (real-test-13 vbpl 89/2025/TT-BNNMT)
])
def test_not_a_number(text):
    from vnadmin.text import normalize

    found = [parse_number(m) for m in NUMBER_RE.finditer(normalize(text).text)]
    assert [p for p in found if p is not None] == []


def test_spaced_hyphen_after_complete_number_is_not_joined():
    """Regression: "12/KH-UBND - BAN HÀNH" must not become 12/KH-UBND-BAN."""
    from vnadmin.text import normalize

    text = normalize("Kế hoạch 12/KH-UBND - BAN HÀNH KẾ HOẠCH").text
    assert "12/KH-UBND - BAN" in text


@pytest.mark.parametrize("code, issuer", [("CP", "Chính phủ"), ("TTg", "Thủ tướng Chính phủ"), ("QH15", "Quốc hội"),
                                          ("BTC", "Bộ Tài chính"), ("UBND", None), ("STTTT", None),
                                          # old national codes of the real texts' mentions, read without an issuer
                                          # before the twenty-fourth session (27 mentions)
                                          ("HĐNN7", "Hội đồng Nhà nước"), ("TCCP", "Ban Tổ chức - Cán bộ Chính phủ"),
                                          ("BKH", "Bộ Kế hoạch và Đầu tư"),
                                          ("BNN-QLCL", "Bộ Nông nghiệp và Phát triển nông thôn")])
def test_national_issuer_codes_name_their_body(code, issuer):
    assert issuer_of_code(code) == issuer
