"""Normalization: each pass, and the map from normalized offsets back to the raw text."""
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin.text import normalize
from vnadmin.text.normalize import strip_markup


@pytest.mark.parametrize("raw, expected", [
    ("Văn hoà\r\nxã hội", "Văn hòa\nxã hội"),
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("thuý, quý, khoẻ", "thúy, quý, khỏe"),
    ("hoàn thành", "hoàn thành"),  # a final consonant: nothing to move
    ("dòng 1\\r\\ndòng 2", "dòng 1\ndòng 2"),  # literal escapes from a database export
    ("a\rb", "a\nb"),
    ("Số:\u00a03457/BC-UBND", "Số: 3457/BC-UBND"),
    ("quy\u200bết định", "quyết định"),
    ("s\u00adố", "số"),
    ("NÐ-CP", "NĐ-CP"),
    # a number's hyphen as another dash (review, twenty-sixth session: the number was cut at it, its date and issuer
    # lost); dashes elsewhere stay
    ("34/2016/NĐ\u2011CP", "34/2016/NĐ-CP"), ("34/2016/NĐ\u2010CP", "34/2016/NĐ-CP"),
    ("34/2016/NĐ\u2013CP", "34/2016/NĐ-CP"), ("34/2016/NĐ\u2212CP", "34/2016/NĐ-CP"),
    ("Số: 12/QĐ\u2013UBND", "Số: 12/QĐ-UBND"), ("01/2014/TTLT\u2013BNV\u2013BXD", "01/2014/TTLT-BNV-BXD"),
    ("45/TTr\u2013UBND", "45/TTr-UBND"),
    ("giai đoạn 2021\u20132025", "giai đoạn 2021\u20132025"), ("Hà Nội \u2013 Huế", "Hà Nội \u2013 Huế"),
    ("ngày 12/3/2024 \u2013 Báo cáo", "ngày 12/3/2024 \u2013 Báo cáo"),
    ("40/2026/NĐ-СР", "40/2026/NĐ-CP"),
    ("Москва", "Москва"),  # Cyrillic words stay Cyrillic
    # Cyrillic letters of a code on the line after its hyphen (4 mentions of congbao 17/2026/NQ-CP)
    ("Nghị định số 40/2026/NĐ-\nСР; 06 ngày", "Nghị định số 40/2026/NĐ-CP; 06 ngày"),
    ("số 40/2026/NĐ-\nСР và Москва", "số 40/2026/NĐ-CP và Москва"),
    ("2033 /QĐ-UBND", "2033/QĐ-UBND"),
    ("118/TTr- STTTT", "118/TTr-STTTT"),
    ("Tờ trình số 409\n/TTr-SVHTTDL ngày", "Tờ trình số 409/TTr-SVHTTDL ngày"),  # broken before the "/"
    ("năm 2025\n/2026 và", "năm 2025\n/2026 và"),  # no code after the "/": not a number
    ("ngày 13 tháng* *11 năm 2025", "ngày 13 tháng 11 năm 2025"),  # italics closed and opened at a wrap
    ("Báo cáo số* *136/BC-STP", "Báo cáo số 136/BC-STP"),
    ("*a* *b*", "*a b*"),  # the same italics
    ("Thông tư số 152/2025/TT-\nBTCngày 31 tháng 12", "Thông tư số 152/2025/TT-BTC ngày 31 tháng 12"),  # a PDF's glue
    ("Tờ trình số 2269/TTr-BNG-\nQLDA ngày", "Tờ trình số 2269/TTr-BNG-QLDA ngày"),  # a hyphen ending the line
    ("Công văn số 123/UBND-\nNội dung", "Công văn số 123/UBND-\nNội dung"),  # a word, no code, on the next line
    # a page saved from the web: each printed line its own paragraph (real-test-20: vbpl 69/2025/TT-NHNN)
    ("THÔNG TƯ SỐ 19/2013/TT-\n\nNHNN CỦA THỐNG ĐỐC", "THÔNG TƯ SỐ 19/2013/TT-NHNN CỦA THỐNG ĐỐC"),
    ("Kế hoạch số 12/KH-UBND-\n\nNỘI DUNG", "Kế hoạch số 12/KH-UBND-\n\nNỘI DUNG"),  # no code after the blank line
    ("Hôm nayngày 5", "Hôm nayngày 5"),
    # a month or a year glued to its word (real-test-31: vbpl 51/2025/TT-BYT, whose issue date was not read)
    ("Hà Nội, ngày 31 tháng12 năm 2025", "Hà Nội, ngày 31 tháng 12 năm 2025"),
    ("ngày 5 tháng 6 năm2025 và", "ngày 5 tháng 6 năm 2025 và"),
    ("tháng12 và năm2025", "tháng12 và năm2025"),  # no date around them
    ("473/TTr -\nNN&PTNT", "473/TTr-NN&PTNT"),
    # a joint resolution's codes spaced out, the Front's presidium's among them (real-test-44: vbpl 102/2025/NQLT)
    ("Số: 102/2025/NQLT - UBTVQH15 - CP - ĐCTUBTWMTQVN \tHà Nội", "Số: 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTQVN \tHà Nội"),
    ("Nghị định số 54/2019/NĐ_CP ngày", "Nghị định số 54/2019/NĐ-CP ngày"),  # real-test-32: vbpl 360/2025/NĐ-CP
    # the slash after the year typed twice (real-test-61: congbao VBHN 06/VBHN-BTC; 2 more texts); a web address stays
    ("Thông tư số 86/2024//TT-BTC ngày", "Thông tư số 86/2024/TT-BTC ngày"),
    ("https://vbpl.vn/2024//TT-BTC", "https://vbpl.vn/2024//TT-BTC"),
    ("CHÍNH PHỦ______ Số", "CHÍNH PHỦ______ Số"),
    ("Nghị định số 306/2025/NĐ- -CP)", "Nghị định số 306/2025/NĐ-CP)"),  # a hyphen read twice (real-scans 109/QĐ-BTC)
    ("số 12/KH-UBND - - Nội dung", "số 12/KH-UBND - - Nội dung"),  # a word, no code
    # a table's cell wrapped before a code's hyphen (real-test-56: congbao 02/2025/TT-BLĐTBXH); a list's item stays
    ("định số \n27/2018/QĐ\n-TTg ngày \n06/7/2018", "định số \n27/2018/QĐ-TTg ngày \n06/7/2018"),
    ("Số 12/QĐ\n- UBND tỉnh", "Số 12/QĐ\n- UBND tỉnh"),
    ("số 12/QĐ\n-Các cơ quan", "số 12/QĐ\n-Các cơ quan"),
    ("Báo cáo số 4123⁄BC-BNNMT", "Báo cáo số 4123/BC-BNNMT"),  # a fraction slash (an OCR's; U+2044)
    # a digital signature's stamp in a PDF's text layer (234 gazette texts)
    ("Nghị định số 120/2020/NĐ-CP \nNgười ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: thongtinchinhphu@chinhphu.vn\n"
     "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 04.01.2024 16:24:40 +07:00\nngày 07 tháng 10",
     "Nghị định số 120/2020/NĐ-CP \nngày 07 tháng 10"),
    ("Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
     "Ngày ký: 2026-06-26 13:48:23 +07:00\nCHÍNH PHỦ", "CHÍNH PHỦ"),
    ("Người ký: Nguyễn Văn A\nlà người ký văn bản.", "Người ký: Nguyễn Văn A\nlà người ký văn bản."),  # no stamp
    # a space typed for the hyphen before a ministry's code, after a type code alone (vbpl 89/2025/TT-BNNMT)
    ("Thông tư 13/2025/TT BNNMT ngày", "Thông tư 13/2025/TT-BNNMT ngày"),
    ("Thông tư số 13/2020/TT BTC như sau", "Thông tư số 13/2020/TT-BTC như sau"),
    ("Kế hoạch 12/KH-UBND BTC", "Kế hoạch 12/KH-UBND BTC"),  # a complete number: what follows is not its code
    ("Quyết định 12/QĐ Ban", "Quyết định 12/QĐ Ban"),  # a word, not a code
    ("giai đoạn 2022 - 2027", "giai đoạn 2022 - 2027"),
    # Markdown emphasis inside numbers (digits bolded by a converter) is dropped; elsewhere it stays
    ("Luật Thủ đô số 39/2024/QH**1**5;", "Luật Thủ đô số 39/2024/QH15;"),
    ("Nghị định số **1**52/2025/NĐ-CP", "Nghị định số **152/2025/NĐ-CP"),
    ("số 1**04/2012/NĐ-CP", "số 104/2012/NĐ-CP"),
    ("số 12/2025/**NĐ-CP**", "số 12/2025/NĐ-CP**"),  # opened after the "/" (real-test-23: "395/**ĐA-CP")
    ("Số: **3457**/BC-UBND", "Số: **3457/BC-UBND"),  # closed before the "/" too ("Tờ trình số **394**/TTr-CP")
    ("Văn bản *số 794*/SDTTG-VP ngày", "Văn bản *số 794/SDTTG-VP ngày"),  # closed before the "/"
    ("nhiệm vụ**2**: và", "nhiệm vụ**2**: và"),  # a footnote mark
    # a word cut between italic paragraphs by a page saved from the web (real-test-31: tvpl 158/2025/NĐ-CP, whose
    # annexes' reference back to its number was not read, nor their forms told from its own end)
    ("*(Kèm theo Ngh*\n\n*ị định số 158/2025/NĐ-CP*\n\n\n*ng*\n\n*ày 25 c*\n\n*ủa Ch*\n\n*ính ph*\n\n*ủ)*",
     "*(Kèm theo Nghị định số 158/2025/NĐ-CP*\n\n\n*ngày 25 của Chính phủ)*"),
    ("*theo đề nghị của*\n\n*các cơ quan*", "*theo đề nghị của*\n\n*các cơ quan*"),  # whole words: two paragraphs
    # bold closed and opened again inside a word (real-test-31: tvpl 158/2025/NĐ-CP, "Luật Bảo hiểm x" read)
    ("của Luật Bảo hiểm x****ã h****ội về", "của Luật Bảo hiểm xã hội về"),
    ("**C****ỘNG HO****À XÃ**", "**CỘNG HÒA XÃ**"),
    ("**NGHỊ QUYẾT****Về việc**", "**NGHỊ QUYẾT****Về việc**"),
    ("điều **** của", "điều **** của"),
    ("mức RWA1*COR", "mức RWA1*COR"),  # a product
    ("**Điều 1.** Ban hành", "**Điều 1.** Ban hành"),
    # bold text hard-wrapped by a converter is one line again; not across a paragraph or a table's cells
    ("**QUYẾT\nĐỊNH**\n\nVỀ VIỆC", "**QUYẾT ĐỊNH**\n\nVỀ VIỆC"),
    ("**PHÓ CHỦ TỊCH**\n**Dương\nĐức Tuấn**", "**PHÓ CHỦ TỊCH**\n**Dương Đức Tuấn**"),
    ("**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA\nVIỆT NAM**", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"),
    ("**Điều\n1.** Ban hành", "**Điều 1.** Ban hành"),
    ("**a\n\nb**", "**a\n\nb**"),
    ("**TM. ỦY BAN\\\n  Nơi nhận:\\**", "**TM. ỦY BAN\\\n  Nơi nhận:\\**"),
    ("**một\nhai\nba\nbốn**", "**một\nhai\nba\nbốn**"),
    ("**TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH **", "**TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH **"),  # a signature
    # a Markdown grid table is read cell by cell, its borders dropped, a blank line after each cell; a table whose
    # rows leave its columns stays as it is
    ("+-----+------+\n| a;\\ | TM.\\ |\n| b   | Tên  |\n+-----+------+\n", "a;\\\nb\n\nTM.\\\nTên\n\n"),
    ("x\n+---+---+\n| 1 | 2 |\n+---+---+\n| 3 | 4 |\n+---+---+\ny", "x\n1\n\n2\n\n3\n\n4\n\ny"),
    ("+---+---+\n| 1 | 22 |\n+---+---+\n", "+---+---+\n| 1 | 22 |\n+---+---+\n"),
    ("a +-- b", "a +-- b"),
    # a Markdown multiline table: its columns where the dashes stand, rows apart by a blank line, each row cell by
    # cell; its dashed rules stay; text across a column's edge leaves it as it is
    ("  ----- -----\n  a;\\   TM.\\\n  b      Tên\n\n  c      d\n  ----- -----",
     "  ----- -----\na;\\\nb\n\nTM.\\\nTên\n\nc\n\nd\n\n  ----- -----"),
    ("  ----- -----\n  abcdefghij\n  ----- -----", "  ----- -----\n  abcdefghij\n  ----- -----"),
    # a gazette's page break inside a sentence or a date gives way to one line break; the header at the start stays
    ("Luật Ban hành văn bản \n\nCÔNG BÁO/Số 273/Ngày 14-05-2026 \n4 \n \n \nquy phạm pháp luật số 64/2025/QH15",
     "Luật Ban hành văn bản \nquy phạm pháp luật số 64/2025/QH15"),
    ("ngày 21 tháng 10 \n\n \nCÔNG BÁO/Số 659 + 660/Ngày 05-7-2021 \n21 \n \nnăm 2013", "ngày 21 tháng 10 \nnăm 2013"),
    ("a; \n \n2 \nCÔNG BÁO/Số 483 + 484/Ngày 04-4-2024 \n  \n4. Hướng", "a; \n4. Hướng"),
    ("CÔNG BÁO/Số 483 + 484/Ngày 04-4-2024 \n3 \nCHÍNH PHỦ", "CÔNG BÁO/Số 483 + 484/Ngày 04-4-2024 \n3 \nCHÍNH PHỦ"),
    # blank lines between the header and its number, the number on the header's line, blank lines around a number
    # over the header (congbao 88/2025/TT-BCA "Luật Bảo ⏎⏎ CÔNG BÁO/… ⏎ ⏎14 ⏎ ⏎hiểm xã hội", 6619/2026/NQ-CP)
    ("Luật Bảo \n\n \n \n     CÔNG BÁO/Số 1459 + 1460/Ngày 19-10-2025  \n \n14 \n \nhiểm xã hội;",
     "Luật Bảo \nhiểm xã hội;"),
    ("Môi \ntrường \n \n\n \n          CÔNG BÁO/Số 298/Ngày 01-06-2026                 45 \n \n \nPhụ lục VI",
     "Môi \ntrường \nPhụ lục VI"),
    ("định. \n\n  \n  \n \n \n4 \n \n \nCÔNG BÁO/Số 755 + 756/Ngày 17-6-2025 \n  \nĐiều 2.", "định. \nĐiều 2."),
    # a table page's number printed again under the header (real-test-56: congbao 02/2025/TT-BLĐTBXH, "… ngày
    # 06/5/2024 ⏎85 ⏎của Bộ trưởng …" cut a mention from its issuer; 18 gazette texts); another figure stays
    ("ngày 06/5/2024 \n\n\nCÔNG BÁO/Số 233 + 234/Ngày 02-02-2025 \n85 \n \n \n85 \ncủa Bộ trưởng",
     "ngày 06/5/2024 \ncủa Bộ trưởng"),
    ("ngày 06/5/2024 \n\n\nCÔNG BÁO/Số 233 + 234/Ngày 02-02-2025 \n85 \n \n \n86 \ncủa Bộ trưởng",
     "ngày 06/5/2024 \n86 \ncủa Bộ trưởng"),
    # a table's heading row each page repeats under the gazette's running header (real-test-57: congbao
    # 08/2023/TT-BLĐTBXH, "… của Bộ ⏎[page]⏎TT ⏎Mẫu giấy tờ ⏎…⏎trưởng Bộ Lao động"); a form's own header repeated on
    # its pages stays, and so do the repeated lines of a text's outline
    ("của Bộ " + "".join(f"\n\n \nCÔNG BÁO/Số 1053 + 1054/Ngày 11-10-2023 \n{page} \n \nTT \nMẫu giấy tờ \nÁp dụng \n{cell}"
                         for page, cell in ((27, "trưởng Bộ Lao động"), (28, "x y"), (29, "z"))),
     "của Bộ \ntrưởng Bộ Lao động\nx y\nz"),
    ("a" + "".join(f"\n\nCÔNG BÁO/Số 9/Ngày 1-6-2026 \n{page} \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập \nb"
                   for page in (5, 6, 7)),
     "a" + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập \nb" * 3),
    ("a" + "".join(f"\n\nCÔNG BÁO/Số 9/Ngày 1-6-2026 \n{page} \nB. QUY ĐỊNH \nSTT \nb" for page in (5, 6, 7)),
     "a" + "\nB. QUY ĐỊNH \nSTT \nb" * 3),
    # a run of breaks over pages without text, each page's
    ("a \n\nCÔNG BÁO/Số 9/Ngày 1-6-2026 \n5\nCÔNG BÁO/Số 9/Ngày 1-6-2026 \n7\nCÔNG BÁO/Số 9/Ngày 1-6-2026 \n9\nb",
     "a \nb"),
    # a table's page break in a gazette's annex (congbao 225/QĐ-BLĐTBXH): the page's number printed twice, the running
    # title and the heading row every page repeats give way to a blank line; the first page's heading stays (and the
    # gazette's header at the text's start)
    ("CÔNG BÁO/Số 1/Ngày 1-1-2024 \nDanh mục\nTT \nTên loại \nGhi chú \n1 \nSố 38/2015/TT-BLĐTBXH \n\n \n \n64 \n64\nDanh mục \nTT \nTên loại \n"
     "Ghi chú \nngày 19/10/2015 \n\n \n \n66\n66 \nDanh mục \nTT \nTên loại \nGhi chú \n2 \nThông tư",
     "CÔNG BÁO/Số 1/Ngày 1-1-2024 \nDanh mục\nTT \nTên loại \nGhi chú \n1 \nSố 38/2015/TT-BLĐTBXH \n\nngày 19/10/2015 \n\n2 \nThông tư"),
    # a page's lines that only two of three pages repeat stay; its number goes
    ("CÔNG BÁO/Số 1/Ngày 1-1-2024 \na \n\n \n5 \n5\nX \nb \n\n6\n6\nX \nc \n\n7\n7\nY \nd",
     "CÔNG BÁO/Số 1/Ngày 1-1-2024 \na \n\nX \nb \n\nX \nc \n\nY \nd"),
    # a figure a table prints twice after a blank line, pages apart from no other, is no page's number
    ("CÔNG BÁO/Số 1/Ngày 1-1-2024 \nSố lượng \n\n2 \n2 \nTổng \n\n40\n40\nHết",
     "CÔNG BÁO/Số 1/Ngày 1-1-2024 \nSố lượng \n\n2 \n2 \nTổng \n\n40\n40\nHết"),
    # a table's cell that is a number, right under the header's line, with no blank line above it, stays
    ("Số lượng\n4\n\nCÔNG BÁO/Số 9/Ngày 1-6-2026 \n12\nTổng", "Số lượng\n4\nTổng"),
    # emphasis around a few letters inside a word goes (real-test-11 tvpl 89/VBHN-BQP: "Luật Kh**á**m bệnh"); around
    # a title glued to its subject, or a span closed before the next word, it stays
    ("Luật Kh**á**m bệnh; qu**á** cảnh", "Luật Khám bệnh; quá cảnh"),
    ("**NGHỊ QUYẾT****Về việc x**", "**NGHỊ QUYẾT****Về việc x**"),
    ("*Căn cứ*Luật X; *Căn cứ*luật *X*", "*Căn cứ*Luật X; *Căn cứ*luật *X*"),
    # emphasis that closes after a number's sequence or opens after a code's hyphen (real-test-11 tvpl 1682/NQ-UBTVQH15)
    ("Nghị quyết **số 203**/2025/QH15", "Nghị quyết **số 203/2025/QH15"),
    ("Tờ trình số 349/TTr-**CP và", "Tờ trình số 349/TTr-CP và"),
])
def test_passes(raw, expected):
    assert normalize(raw).text == expected


def test_number_with_emphasis_inside_is_read_whole():
    """A converter bolded single digits of numbers (tvpl_md/83-2025-nq-hdnd: "39/2024/QH**1**5",
    "**1**52/2025/NĐ-CP"): they were read as 39/2024/QH and 52/2025/NĐ-CP."""
    from vnadmin import parse

    document = parse("Căn cứ Luật Thủ đô số 39/2024/QH**1**5;\nCăn cứ Nghị định số **1**52/2025/NĐ-CP ngày 02/7/2025.")
    assert [c.number for c in document.citations] == ["39/2024/QH15", "152/2025/NĐ-CP"]
    result = normalize("số 39/2024/QH**1**5 và")
    assert result.text == "số 39/2024/QH15 và"
    assert result.to_raw(result.text.index(" và")) == "số 39/2024/QH**1**5 và".index(" và")


def test_decomposed_text_is_composed():
    decomposed = unicodedata.normalize("NFD", "Quyết định số 12")
    result = normalize(decomposed)
    assert result.text == "Quyết định số 12"
    assert result.to_raw(len(result.text)) == len(decomposed)


def test_offsets_map_back_to_the_raw_text():
    raw = "Số: 2033 /QĐ-UBND\r\nngày 25\r\ntháng 01 năm 2024"
    result = normalize(raw)
    start = result.text.index("QĐ-UBND")
    raw_start, raw_end = result.span_to_raw(start, start + len("QĐ-UBND"))
    assert raw[raw_start:raw_end].replace(" ", "") in ("/QĐ-UBND", "QĐ-UBND")
    date_start = result.text.index("ngày")
    assert raw[result.to_raw(date_start):].startswith("ngày 25")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâđêôơưáàảãạ ốộ/-\r\n\\rn0123456789QĐUBNDTtr\u0301\u0300\u00a0\u200b")),
               max_size=120))
def test_offset_map_is_monotonic_and_in_range(raw):
    result = normalize(raw)
    previous = 0
    for pos in range(len(result.text) + 1):
        mapped = result.to_raw(pos)
        assert 0 <= mapped <= len(raw)
        assert mapped >= previous
        previous = mapped
    assert result.to_raw(len(result.text)) == len(raw) or result.text == "" or raw.endswith((" ", "\t"))


@pytest.mark.parametrize("value, expected", [
    ("CHỦ TỊCH\\", "CHỦ TỊCH"),  # Markdown's hard line break
    ("ỦY BAN THƯỜNG VỤ\\ QUỐC HỘI\\", "ỦY BAN THƯỜNG VỤ QUỐC HỘI"),
    ("\\-\\-\\-", "- - -"),  # escaped marks keep the mark
    ("a\\b", "a\\b"),  # a backslash inside a word stays
    ("**Nơi nhận:**", "Nơi nhận:"),
    # emphasis closed and opened again inside a word, after a capital (real-test-23: tvpl 1654/NQ-UBTVQH15)
    ("**V****ề việc s****ắp xếp các đơn vị**", "Về việc sắp xếp các đơn vị"),
    ("**ỦY**** BAN THƯỜNG VỤ QUỐC HỘI**", "ỦY BAN THƯỜNG VỤ QUỐC HỘI"),
])
def test_strip_markup(value, expected):
    assert strip_markup(value) == expected


def test_glued_signature_cell_gets_its_line_breaks_back_with_offsets():
    """A signature cell without its line breaks gets them back (only in a cell that begins with TM./KT.), and the
    offset map still points every character at the raw text."""
    from vnadmin.text.normalize import normalize

    raw = "Số: 21/CT-TTg | TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc |"
    result = normalize(raw)
    assert result.text == "Số: 21/CT-TTg | TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n(Đã ký)\nHồ Đức Phớc |"
    name = result.text.index("Hồ Đức Phớc")
    assert raw[result.to_raw(name):result.to_raw(name + len("Hồ Đức Phớc"))] == "Hồ Đức Phớc"
    assert normalize("Quyết định 08/2022/QĐ-TTg của Thủ tướng").text == "Quyết định 08/2022/QĐ-TTg của Thủ tướng"


@pytest.mark.parametrize("raw, date", [
    ("Hà Nội, ngày **24** tháng** 11** năm 2025", "2025-11-24"),
    ("Hà Nội, ng**ày 21 tháng\n11 năm 2025", "2025-11-21"),
    ("Hà Nội, ngày **24** tháng 11 năm\n202**5*", "2025-11-24"),
    ("ban hành ngày 23 tháng** 1**1 năm 2009;", "2009-11-23"),
    ("thông qua **ngày** 16 **tháng** 6* *năm 2025.", "2025-06-16"),
])
def test_emphasis_inside_a_date(raw, date):
    """Regression (tvpl 1760/QĐ-KTNN, 54/2025/TT-BCT, 89/VBHN-BQP, 1658/NQ-UBTVQH15 and 3 more): Markdown emphasis
    inside a date kept it from being read; the markers inside a word or number go, the others become spaces."""
    from vnadmin.extract.dates import find_dates
    from vnadmin.text.normalize import normalize

    assert [d.iso for d in find_dates(normalize(raw).text) if d.precision == "day"] == [date]


def test_emphasis_between_digits_elsewhere_stays():
    from vnadmin.text.normalize import normalize

    assert normalize("2*3 và **Điều 5.** năm **2025**").text == "2*3 và **Điều 5.** năm **2025**"


def test_a_number_and_date_printed_one_word_an_italic_paragraph_read_through():
    """Regression (real-test-23, -26: tvpl 1654 and 1658/NQ-UBTVQH15): a table cell's line breaks saved as italic
    paragraphs, one word each, cut the review report's number and date apart."""
    from vnadmin.extract.citations import find_citations
    from vnadmin.text.normalize import normalize

    raw = ("*Xét đề nghị của Chính phủ, Báo cáo thẩm tra số *\n\n*413*\n\n*/BC-UBPLTP15 ngày*\n\n*03*\n\n*tháng*\n\n*6*\n\n"
           "*năm 2025 của Ủy ban Pháp luật và Tư pháp*\n\n*,*\n\n**QUYẾT NGHỊ:**\n\n*2025*\n\n*1. Phạm vi*")
    text = normalize(raw).text
    assert [(c.number, c.date) for c in find_citations(text)] == [("413/BC-UBPLTP15", "2025-06-03")]
    assert text.endswith("*2025*\n\n*1. Phạm vi*")  # paragraphs that go on with no number or date stay apart
