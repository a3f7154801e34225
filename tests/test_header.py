"""The header and signature block in the layouts archives hold."""
import pytest

from conftest import CORPORA
from vnadmin.extract import extract
from vnadmin.extract.header import extract_header
from vnadmin.text import normalize


def header_of(text):
    return extract_header(normalize(text).text)


PLAIN = """ỦY BAN NHÂN DÂN
TỈNH THỪA THIÊN HUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/QĐ-UBND
Thừa Thiên Huế, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch truyền thông
năm 2024

ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

(Đã ký)

Nguyễn Văn Phương
"""

TWO_LINE_ISSUER = """UBND TỈNH QUẢNG TRỊ
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/STTTT-TTBCXB
V/v tăng cường tuyên truyền phòng,
chống lừa đảo trên không gian mạng
Quảng Trị, ngày 26 tháng 8 năm 2024

Kính gửi:
- Ủy ban nhân dân các huyện, thị xã, thành phố;
- Các sở, ban, ngành cấp tỉnh.

Nội dung.

Nơi nhận:
- Như trên;
- Lưu: VT, TTBCXB.

GIÁM ĐỐC

Lê Văn Minh
"""

VBPL_TABS = """CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 249/2025/NĐ-CP\tHà Nội, ngày 19 tháng 9 năm 2025

NGHỊ ĐỊNH

Quy định chi tiết một số điều của Luật Báo chí

Căn cứ Luật Tổ chức Chính phủ;

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu: VT, KGVX (2b).\tTM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Mai Văn Chính
"""

MARKDOWN_PIPES = """|
**ỦY BAN NHÂN
DÂN **
THÀNH PHỐ HỒ CHÍ MINH
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
2820/QĐ-UBND
|
*Thành phố Hồ
Chí Minh, ngày 19 tháng 11 năm 2025*
|


**QUYẾT ĐỊNH**

BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ
06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025

**ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

|
Nơi nhận:
- Thường trực Thành ủy;
- VPCP: BTCN, các PCN, Cổng TTĐTCP,
Thư ký của PTTgCP;
- Lưu: VT.
|
**TM. ỦY BAN NHÂN
DÂN
KT. CHỦ TỊCH **
PHÓ CHỦ TỊCH
**Trần Thị Diệu Thúy**
|
"""


def test_plain_layout():
    h = header_of(PLAIN)
    assert (h.number, h.type, h.issuer, h.place, h.issue_date) == (
        "12/QĐ-UBND", "QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "Thừa Thiên Huế", "2024-03-05")
    assert h.subject == "Về việc ban hành Kế hoạch truyền thông năm 2024"
    assert h.signing_authority == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert (h.signer_title, h.signer) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn Phương")
    assert h.recipients == ["Như Điều 3", "Lưu: VT, VX"]


def test_cong_van_with_two_line_issuer():
    h = header_of(TWO_LINE_ISSUER)
    assert (h.type, h.type_code, h.issuer_code) == ("CÔNG VĂN", None, "STTTT")
    assert (h.parent_issuer, h.issuer) == ("UBND TỈNH QUẢNG TRỊ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    assert h.subject == "V/v tăng cường tuyên truyền phòng, chống lừa đảo trên không gian mạng"
    assert h.addressees == ["Ủy ban nhân dân các huyện, thị xã, thành phố", "Các sở, ban, ngành cấp tỉnh"]
    assert (h.signer_title, h.signer, h.signing_authority) == ("GIÁM ĐỐC", "Lê Văn Minh", [])


def test_tab_separated_cells():
    h = header_of(VBPL_TABS)
    assert (h.number, h.issuer, h.place, h.issue_date, h.type) == (
        "249/2025/NĐ-CP", "CHÍNH PHỦ", "Hà Nội", "2025-09-19", "NGHỊ ĐỊNH")
    assert h.signing_authority == ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"]
    assert (h.signer_title, h.signer) == ("PHÓ THỦ TƯỚNG", "Mai Văn Chính")
    assert h.recipients == ["Ban Bí thư Trung ương Đảng", "Lưu: VT, KGVX (2b)"]


def test_markdown_flattened_header():
    h = header_of(MARKDOWN_PIPES)
    assert (h.number, h.issuer, h.place, h.issue_date, h.type) == (
        "2820/QĐ-UBND", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", "2025-11-19", "QUYẾT ĐỊNH")
    assert h.subject == "BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025"
    assert h.signing_authority == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert (h.signer_title, h.signer) == ("PHÓ CHỦ TỊCH", "Trần Thị Diệu Thúy")
    assert h.recipients == ["Thường trực Thành ủy", "VPCP: BTCN, các PCN, Cổng TTĐTCP, Thư ký của PTTgCP", "Lưu: VT"]


def test_title_glued_to_subject():
    """Regression: "**NGHỊ QUYẾT****Về việc ...**" from a converter."""
    h = header_of("Số: 1670/NQ-UBTVQH15 |\n|\n\n**NGHỊ QUYẾT****Về việc sắp xếp các đơn vị hành chính**\n\n")
    assert (h.type, h.subject) == ("NGHỊ QUYẾT", "Về việc sắp xếp các đơn vị hành chính")


def test_issuer_from_the_body_when_the_header_lacks_it(seed_text):
    assert header_of(seed_text).issuer == "UBND thị xã Hương Trà"


def test_signer_name_in_capitals():
    h = header_of("...\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNGUYỄN VĂN AN\n")
    assert (h.signer_title, h.signer) == ("PHÓ GIÁM ĐỐC", "NGUYỄN VĂN AN")


def test_header_spans_index_the_text():
    text = normalize(MARKDOWN_PIPES).text
    h = extract_header(text)
    assert text[slice(*h.spans["number"])] == "2820/QĐ-UBND"
    assert "ngày 19 tháng 11 năm 2025" in text[slice(*h.spans["issue_date"])]


@pytest.mark.parametrize("block, parent, issuer", [
    ("UBND TỈNH QUẢNG TRỊ\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG", "UBND TỈNH QUẢNG TRỊ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
    # the provincial tax offices of 2025 ("Thuế tỉnh ...") under the Cục Thuế
    ("CỤC THUẾ\nTHUẾ TỈNH VĨNH LONG", "CỤC THUẾ", "THUẾ TỈNH VĨNH LONG"),
    ("CỤC THUẾ\nTHUẾ THÀNH PHỐ HÀ NỘI", "CỤC THUẾ", "THUẾ THÀNH PHỐ HÀ NỘI"),
    # a wrapped name is one body
    ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA", None, "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"),
    ("CHI CỤC THUẾ KHU VỰC\nTHÀNH PHỐ NHA TRANG", None, "CHI CỤC THUẾ KHU VỰC THÀNH PHỐ NHA TRANG"),
    # a typing error in the national motto does not join it to the issuer (vbpl Thông tư 07/2025/TT-TTCP)
    ("THANH TRA CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NCHĨA VIỆT NAM", None, "THANH TRA CHÍNH PHỦ"),
    ("BỘ TÀI CHÍNH\nCỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None, "BỘ TÀI CHÍNH"),  # OCR of a gazette scan
])
def test_issuer_blocks(block, parent, issuer):
    h = header_of(block + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/TB-X\n"
                  "Nha Trang, ngày 05 tháng 3 năm 2025\n\nTHÔNG BÁO\nVề việc x\n")
    assert (h.parent_issuer, h.issuer) == (parent, issuer)


def test_signer_after_a_rank():
    """Regression (vbpl Thông tư 124/2025/TT-BCA): "Đại tướng Lương Tam Quang" was no name; the rank is not part
    of it (signer_ranks.txt)."""
    h = header_of("BỘ CÔNG AN\nSố: 124/2025/TT-BCA\n\nTHÔNG TƯ\n\nNội dung.\n\nNơi nhận:\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\n"
                  "Đại tướng Lương Tam Quang\n")
    assert (h.signer_title, h.signer) == ("BỘ TRƯỞNG", "Lương Tam Quang")


def test_signature_before_the_annexes():
    """Regression (tvpl_md/83-2025-nq-hdnd): a resolution signed by a bare "CHỦ TỊCH", its annexes after the
    signature: the signature is looked for around the last "Nơi nhận" when the text's tail has none."""
    annex = "\n\nPHỤ LỤC I\n\n" + "Nội dung của phụ lục, dòng dài để đẩy chữ ký ra khỏi phần cuối.\n" * 120
    h = header_of("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 83/2025/NQ-HĐND\n\nNGHỊ QUYẾT\n\nNội dung./.\n\n|\n"
                  "Nơi nhận:\n- Chính phủ;\n- Lưu: VT.\n|\n**CHỦ\nTỊCH**\nPhùng Thị Hồng Hà\n|" + annex)
    assert (h.signer_title, h.signer) == ("CHỦ TỊCH", "Phùng Thị Hồng Hà")
    assert h.recipients == ["Chính phủ", "Lưu: VT"]


def test_issuer_printed_twice_by_a_gazette():
    """Regression (congbao_txt, 168 texts): the gazette's running header prints the issuer above the document's own
    header, and its section title above both; the issuer was the name twice ("BỘ TÀI CHÍNH BỘ TÀI CHÍNH")."""
    h = header_of("CÔNG BÁO/Số 971 + 972/Ngày 22-8-2024\n41\n\nVĂN BẢN QUY PHẠM PHÁP LUẬT\n\n"
                  "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nBỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n\n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 08/2024/TT-BLĐTBXH\n"
                  "Hà Nội, ngày 31 tháng 7 năm 2024\n\nTHÔNG TƯ\nQuy định tiêu chí\n")
    assert (h.issuer, h.parent_issuer) == ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None)


def test_recipients_not_taken_from_a_form_in_an_annex():
    """Regression (tvpl_md/83-2025-nq-hdnd): the last "Nơi nhận" was an annex's form ("Như trên; …"); the
    document's own list is the last one that is not all placeholders."""
    h = header_of("HỘI ĐỒNG NHÂN DÂN\nSố: 83/2025/NQ-HĐND\n\nNGHỊ QUYẾT\n\nNội dung./.\n\nNơi nhận:\n- Chính phủ;\n"
                  "- Lưu: VT, CT. 08 KH.\n\nCHỦ TỊCH\n\nPhụ lục\nMẫu báo cáo\n\nNơi nhận:\n- Như trên; …\n- Lưu: VT, …\n")
    assert h.recipients == ["Chính phủ", "Lưu: VT, CT. 08 KH"]


def test_signature_under_a_laws_closing_formula_with_annexes_after():
    """Regression (real-test-18: vbpl 250/2025/QH15; congbao Luật 61/2020/QH14): no "Nơi nhận", no prefixed line, no
    "./.", annexes after: the signature stands under the closing formula ("... thông qua ngày 10 tháng 12 năm 2025.")."""
    annex = "\n\nPHỤ LỤC 1\n\n" + "Nội dung của phụ lục, dòng dài để đẩy chữ ký ra khỏi phần cuối.\n" * 120
    h = header_of("QUỐC HỘI\nNghị quyết số: 250/2025/QH15\n\nNGHỊ QUYẾT\nVề một số cơ chế\n\nĐiều 1. Nội dung.\n\n"
                  "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ 10 thông "
                  "qua ngày 10 tháng 12 năm 2025.\n\nCHỦ TỊCH QUỐC HỘI\n\n( Đã ký)\n\nTrần Thanh Mẫn" + annex)
    assert (h.issue_date, h.signer_title, h.signer) == ("2025-12-10", "CHỦ TỊCH QUỐC HỘI", "Trần Thanh Mẫn")


@pytest.mark.parametrize("enacting, issuer", [
    ("Thủ tướng Chính phủ ban hành Quyết định quy định tiêu chí môi trường.", "Thủ tướng Chính phủ"),
    ("Chính phủ ban hành Nghị định quy định chi tiết.", "Chính phủ"),
    ("Bộ trưởng ban hành Thông tư.", None),  # a minister's: which ministry is not said
    # a minister's or the State Bank's governor's, the body named (real-test-27: vbpl 109/2025/TT-BCA; 6 more)
    ("Bộ trưởng Bộ Công an ban hành Thông tư quy định về phân công trách nhiệm.", "Bộ Công an"),
    ("Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư sửa đổi.", "Bộ Nông nghiệp và Môi trường"),
    ("Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư sửa đổi.", "Ngân hàng Nhà nước Việt Nam"),
    # run into the line of the "Theo đề nghị …" before it (real-test-48: vbpl 86/2025/TT-BNNMT)
    ("Theo đề nghị của Cục trưởng Cục Trồng trọt; Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư ban hành "
     "Quy chuẩn.", "Bộ Nông nghiệp và Môi trường"),
    ("Theo đề nghị của Vụ trưởng Vụ Pháp chế, Bộ trưởng Bộ Công an ban hành Thông tư.", None),  # (no ";" before it)
    # a circular that issues technical regulations (real-test-60: vbpl 57/2025/TT-BNNMT)
    ("Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành 02 quy chuẩn kỹ thuật quốc gia về tàu cá.",
     "Bộ Nông nghiệp và Môi trường"),
])
def test_issuer_from_the_enacting_formula_of_a_copy_without_its_issuer_block(enacting, issuer):
    """Regression (real-test-22: vbpl 21/2025/QĐ-TTg, 6 more web copies that start at their title)."""
    h = header_of("QUYẾT ĐỊNH\n\nQuy định tiêu chí môi trường\n\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm "
                  "2025;\n\n" + enacting + "\n\nĐiều 1. Nội dung.\n")
    assert h.issuer == issuer


@pytest.mark.parametrize("line, issuer", [
    ("Bộ trưởng Bộ Xây dựng", "Bộ Xây dựng"),  # real-test-72: vbpl 1408/QĐ-BXD (a TCVN3 copy)
    ("BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ"),
    ("Thống đốc Ngân hàng Nhà nước", "Ngân hàng Nhà nước"),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN", None),  # which province is not said
])
def test_issuer_from_the_enacting_line_over_the_grounds_of_a_copy_without_its_issuer_block(line, issuer):
    """Regression (real-test-72: vbpl 1408/QĐ-BXD): in the older layout the enacting office stands alone on its line
    over the "Căn cứ" lines; a copy that lost its issuer block names its issuer there."""
    h = header_of(f"QUYẾT ĐỊNH\n\nV/v: Đính chính Quyết định số 29/2007/QĐ-BXD\n\n{line}\n\nCăn cứ Luật ban hành văn "
                  "bản quy phạm pháp luật ngày 12/11/1996;\n\nQuyết định\n\nĐiều 1. Nội dung.\n")
    assert h.issuer == issuer
    assert header_of(f"QUYẾT ĐỊNH\n\nV/v: Đính chính\n\n{line}\n\nĐiều 1. Nội dung.\n").issuer is None


def test_recipients_not_taken_from_a_form_with_one_real_item_and_a_blank_archive_item():
    """Regression (real-test-16: vbpl 13/2015/TT-BTC): an annexed form's list with one real item ("Cục GSQL; …") and
    its archive's codes left blank ("- Lưu ………..") was taken for the document's own."""
    h = header_of("BỘ TÀI CHÍNH\nSố: 13/2015/TT-BTC\n\nTHÔNG TƯ\n\nNội dung./.\n\nNơi nhận:\n- Công báo;\n"
                  "- Lưu VT; TCHQ.\n\nKT. BỘ TRƯỞNG\n\nMẫu 06\n\nNơi nhận:\n- Công ty …………….;\n- Như trên;\n"
                  "- Cục GSQL; Cục Điều tra CBL (để phối hợp)\n- Lưu ………..\n\nCHI CỤC TRƯỞNG\n")
    assert h.recipients == ["Công báo", "Lưu VT; TCHQ"]


@pytest.mark.parametrize("line, number", [
    ("Số: 27/2026/NQ-CP. Hà Nội, ngày 12 tháng 02 năm 2026", "27/2026/NQ-CP"),
    # (real-test-18: vbpl 34/2025/QĐ-TTg, the cells a tab apart: "QĐ-TTg Hà Nội")
    ("Số: 34/2025/QĐ-TTg \tHà Nội, ngày 12 tháng 02 năm 2026", "34/2025/QĐ-TTg"),
])
def test_place_after_a_number_on_its_line(line, number):
    """Regression (OCR of a gazette scan, 27/2026/NQ-CP): "Số: 27/2026/NQ-CP. Hà Nội, ngày ..." on one line gave the
    place "NQ-CP. Hà Nội"."""
    h = header_of("CHÍNH PHỦ\n" + line + "\n\nNGHỊ QUYẾT\nVề việc x\n")
    assert (h.place, h.issue_date, h.number) == ("Hà Nội", "2026-02-12", number)


@pytest.mark.parametrize("lines, number", [
    ("Số: 45/TTr-UBND\nHà Nội, ngày 12 tháng 02 năm 2026", "45/TTr-UBND"),  # a code in mixed case
    ("Số: 12/Qđ-UBND\nHà Nội, ngày 12 tháng 02 năm 2026", "12/QĐ-UBND"),
    ("Số: 45/TTr-UBND Hà\nNội, ngày 12 tháng 02 năm 2026", "45/TTr-UBND"),  # the place wrapped after the number
])
def test_place_on_the_line_after_the_number(lines, number):
    """Regression (review, twenty-sixth session): the number's code in mixed case is capitalized like a place's
    words one line break away: the place was "TTr-UBND Hà Nội" (and, in this session's first mend, "Nội" where
    the place wrapped)."""
    h = header_of("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n" + lines + "\n\nTỜ TRÌNH\nVề việc x\n")
    assert (h.place, h.issue_date, h.number) == ("Hà Nội", "2026-02-12", number)
    start, end = h.spans["place"]
    assert h.spans["number"][1] <= start


@pytest.mark.parametrize("title_block, subject", [
    # a page saved from the web puts each printed line of the title in its own paragraph
    ("Ban hành Quy chế hoạt động của Hội đồng\n\ntheo quy định của Nghị quyết số 206/2025/QH15\n\nCăn cứ Luật X;",
     "Ban hành Quy chế hoạt động của Hội đồng theo quy định của Nghị quyết số 206/2025/QH15"),
    ("Sửa đổi Nghị định số 282/2025/NĐ-CP ngày 30 tháng 10 năm 2025 của\n\nChính phủ quy định xử phạt\n\nCăn cứ Luật X;",
     "Sửa đổi Nghị định số 282/2025/NĐ-CP ngày 30 tháng 10 năm 2025 của Chính phủ quy định xử phạt"),
    ("QUY ĐỊNH VÙNG PHÁT THẢI THẤP\n\n*(Thực hiện điểm a khoản 2 Điều 28 Luật Thủ đô)*\n\n*Căn cứ Luật X;*",
     "QUY ĐỊNH VÙNG PHÁT THẢI THẤP (Thực hiện điểm a khoản 2 Điều 28 Luật Thủ đô)"),
    # a new paragraph in capitals or a body's opening still ends it
    ("Về việc ban hành Kế hoạch\n\nỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật X;", "Về việc ban hành Kế hoạch"),
    # ... but in capitals, a body's name over the enacting body's own line goes on (real-test-18: 106/2025/UBTVQH15)
    ("QUY ĐỊNH SỐ LƯỢNG PHÓ CHỦ TỊCH VÀ VIỆC BỐ TRÍ ĐẠI BIỂU\n\nHỘI ĐỒNG NHÂN DÂN CẤP TỈNH HOẠT ĐỘNG CHUYÊN TRÁCH\n\n"
     "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp;",
     "QUY ĐỊNH SỐ LƯỢNG PHÓ CHỦ TỊCH VÀ VIỆC BỐ TRÍ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CẤP TỈNH HOẠT ĐỘNG CHUYÊN TRÁCH"),
    ("VỀ VIỆC BAN HÀNH KẾ HOẠCH\n\nỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật X;", "VỀ VIỆC BAN HÀNH KẾ HOẠCH"),
    # a list's semicolon at a line's end stays when the subject goes on after a blank line (real-test-21: vbpl
    # 15/2026/TT-BQP; 2 more texts)
    ("Quy định về cấp phép cho tàu quân sự đi nước ngoài;\n\nthủ tục nhập cảnh đối với tàu quân sự\n\nCăn cứ Luật X;",
     "Quy định về cấp phép cho tàu quân sự đi nước ngoài; thủ tục nhập cảnh đối với tàu quân sự"),
    # a body's name a web copy cut over paragraphs, the last in small letters though it begins like a body's
    # ("chi nhánh …"; real-test-54: vbpl 52/2025/TT-NHNN)
    ("Sửa đổi Thông tư số 39/2016/TT-NHNN\n\nngày 30 tháng 12 năm 2016 của Thống đốc Ngân hàng Nhà nước\n\nViệt Nam quy "
     "định về hoạt động cho vay của tổ chức tín dụng,\n\nchi nhánh ngân hàng nước ngoài đối với khách hàng\n\n"
     "Căn cứ Luật X;", "Sửa đổi Thông tư số 39/2016/TT-NHNN ngày 30 tháng 12 năm 2016 của Thống đốc Ngân hàng Nhà "
     "nước Việt Nam quy định về hoạt động cho vay của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài đối với khách "
     "hàng"),
    # a line ending with an office goes on with its body's name (real-test-20: vbpl 69/2025/TT-NHNN)
    ("Sửa đổi một số Thông tư của Thống đốc\n\nNgân hàng Nhà nước Việt Nam trong lĩnh vực ngân hàng\n\nliên quan đến "
     "cắt giảm điều kiện kinh doanh,\n\nđơn giản hóa thủ tục hành chính\n\nCăn cứ Luật X;",
     "Sửa đổi một số Thông tư của Thống đốc Ngân hàng Nhà nước Việt Nam trong lĩnh vực ngân hàng liên quan đến cắt giảm "
     "điều kiện kinh doanh, đơn giản hóa thủ tục hành chính"),
    ("Về việc bổ nhiệm Phó Giám đốc\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật X;", "Về việc bổ nhiệm Phó Giám đốc"),
    ("Về việc ban hành Kế hoạch\n\n(Căn cứ Luật X)\n", "Về việc ban hành Kế hoạch"),
    ("Về việc ban hành Kế hoạch của\n-----\nkhông phải tiêu đề", "Về việc ban hành Kế hoạch của"),
    # the rule under the trích yếu closes it: the paragraph before the rule is the subject's (vbpl 108/2025/UBTVQH15)
    ("Quy định tiêu chuẩn, điều kiện thành lập\n\nBan Dân tộc của Hội đồng nhân dân cấp tỉnh\n\n-----------\n\n"
     "Căn cứ Luật X;", "Quy định tiêu chuẩn, điều kiện thành lập Ban Dân tộc của Hội đồng nhân dân cấp tỉnh"),
    ("Về việc ban hành Kế hoạch\n\nBan Dân tộc\n\nCăn cứ Luật X;", "Về việc ban hành Kế hoạch"),
    # "thuộc" ends no title (real-test-62: vbpl 328/2025/NĐ-CP)
    ("Về Trung tâm trọng tài quốc tế thuộc\n\nTrung tâm tài chính quốc tế tại Việt Nam\n\nCăn cứ Luật X;",
     "Về Trung tâm trọng tài quốc tế thuộc Trung tâm tài chính quốc tế tại Việt Nam"),
    # a date the paragraphs cut before its year (real-test-61: vbpl 94/2025/TT-BTC; 1 more text)
    ("Sửa đổi Thông tư số 80/2021/TT-BTC hướng dẫn Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 "
     "năm\n\n2020 của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế và\n\nsửa đổi, bổ sung một số mẫu "
     "biểu của Thông tư số 40/2021/TT-BTC ngày 01\n\ntháng 6 năm 2021 của Bộ Tài chính hướng dẫn thuế giá trị gia "
     "tăng, thuế thu\n\nnhập cá nhân và quản lý thuế đối với hộ kinh doanh.\n\nCăn cứ Luật X;",
     "Sửa đổi Thông tư số 80/2021/TT-BTC hướng dẫn Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 "
     "năm 2020 của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế và sửa đổi, bổ sung một số mẫu biểu "
     "của Thông tư số 40/2021/TT-BTC ngày 01 tháng 6 năm 2021 của Bộ Tài chính hướng dẫn thuế giá trị gia tăng, thuế "
     "thu nhập cá nhân và quản lý thuế đối với hộ kinh doanh."),
])
def test_subject_over_several_paragraphs(title_block, subject):
    """Regressions (vbpl Quyết định 23/2025/QĐ-TTg, Thông tư 53/2025/TT-BXD, tvpl 57/2025/NQ-HĐND): the subject
    stopped at the first blank line, before a line going on in lower case, after "của", or before its bracket."""
    h = header_of("CHÍNH PHỦ\nSố: 5/2025/QĐ-TTg\nHà Nội, ngày 14 tháng 7 năm 2025\n\nQUYẾT ĐỊNH\n\n" + title_block + "\n")
    assert h.subject == subject


def _grid_table(rows: list[tuple[str, str]], width: int = 34) -> str:
    border = "+" + "-" * width + "+" + "-" * width + "+\n"
    return border + "".join(f"|{left:<{width}}|{right:<{width}}|\n" for left, right in rows) + border


def test_signature_in_a_markdown_grid_table():
    """Regression (dvhcvn_md, 32 resolutions of the UBTVQH): the signature block is a pandoc grid table whose cells
    end in Markdown hard line breaks; the signer was lost, the title read "CHỦ TỊCH\\" and the right column ran
    into the recipients."""
    table = _grid_table([(" ***Nơi nhận:\\***", " **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\"),
                         (" - Chính phủ;\\", " CHỦ TỊCH\\"), (" - Ủy ban TW Mặt trận", " \\"),
                         (" Việt Nam;\\", " Trần Thanh Mẫn**"), (" - Lưu: HC, PLTP.", "")])
    h = header_of("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1666/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\n\n"
                  "Nội dung.\n\n" + table)
    assert (h.signing_authority, h.signer_title, h.signer) == (["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"], "CHỦ TỊCH",
                                                                "Trần Thanh Mẫn")
    assert h.recipients == ["Chính phủ", "Ủy ban TW Mặt trận Việt Nam", "Lưu: HC, PLTP"]


def test_signature_in_a_markdown_multiline_table_with_a_partys_prefix():
    """Regression (blind set real-test-5: dvhcvn_md 60-NQ/TW; 1662 and 1671/NQ-UBTVQH15): the signature block is a
    pandoc multiline table (dashed rules, cells side by side), read line by line across both columns, and a party's
    documents write "T/M" for "TM.": no signer, the title and the name among the recipients."""
    left = ["***Nơi nhận:\\***", "- Các tỉnh ủy, thành ủy,\\", "- Lưu Văn phòng Trung ương Đảng."]
    right = ["**T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\**", "TỔNG BÍ THƯ\\", "Tô Lâm**"]
    rule = "  " + "-" * 35 + " " + "-" * 35 + "\n"
    table = rule + "".join(f"  {a:<36}{b}\n" for a, b in zip(left, right)) + "\n" + rule
    h = header_of("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 60-NQ/TW\nHà Nội, ngày 12 tháng 4 năm 2025\n\nNGHỊ QUYẾT\n\n"
                  "Nội dung.\n\n" + table)
    assert (h.signing_authority, h.signer_title, h.signer) == (["T/M BAN CHẤP HÀNH TRUNG ƯƠNG"], "TỔNG BÍ THƯ",
                                                                "Tô Lâm")
    assert h.recipients == ["Các tỉnh ủy, thành ủy", "Lưu Văn phòng Trung ương Đảng"]


def test_signature_not_taken_from_a_form_in_an_annex():
    """Regression (tvpl_md/125-2025-qd-ubnd, 2 vbpl Thông tư): the annexes' forms end in their own signature block
    ("TM. ỦY BAN NHÂN DÂN⏎CHỦ TỊCH", no name); the signature is the one under the document's own "Nơi nhận"."""
    form = ("\n\nPhụ lục\nMẫu 04\n\nQUYẾT ĐỊNH\nVề việc …\n\nNơi nhận:\n- Như trên;\n- Lưu: VT,…...\n\n"
            "TM. ỦY BAN NHÂN DÂN XÃ…..\nCHỦ TỊCH\n")
    h = header_of("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 125/2025/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc x\n\nNội dung.\n\n"
                  "Nơi nhận:\n- HĐND thành phố;\n- Lưu: VT, XH.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
                  "Nguyễn Thanh Bình\n" + form * 2)
    assert (h.signing_authority, h.signer_title, h.signer) == (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                                                                "PHÓ CHỦ TỊCH", "Nguyễn Thanh Bình")
    assert h.recipients == ["HĐND thành phố", "Lưu: VT, XH"]


@pytest.mark.parametrize("signature, expected", [
    ("|\n**GIÁM ĐỐC**\n**Cù Ngọc Trang**\n|", ([], "GIÁM ĐỐC", "Cù Ngọc Trang")),
    ("KT. BỘ TRƯỞNG\n\nTHỨ TRƯỞNG\n\nNguyễn Sinh Nhật Tân\n", (["KT. BỘ TRƯỞNG"], "THỨ TRƯỞNG", "Nguyễn Sinh Nhật Tân")),
])
def test_signature_not_taken_from_an_annex_form_without_its_own_recipients(signature, expected):
    """Regression (tvpl_md/1594-qd-ttpvhcc, vbpl Thông tư 63/2025/TT-BCT): a form in an annex, pages after the
    document's "Nơi nhận", ends in a signature template ("TM. TỔ CHỨC (3)", "TM. UBND TỈNH/THÀNH PHỐ…") and has no
    "Nơi nhận" of its own; it was taken for the document's signature, printed under the label without a prefix or
    with one."""
    annex = "\n\nPHỤ LỤC\n\n" + "Nội dung của biểu mẫu trong phụ lục, dòng dài để đẩy mẫu ra xa.\n" * 80
    h = header_of("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 1594/QĐ-TTPVHCC\n\nQUYẾT ĐỊNH\nVề việc x\n\nNội dung./.\n\n"
                  "|\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n" + signature + annex
                  + "\n|\n**TM. TỔ CHỨC **(3)\n*(Chữ ký, dấu*)\n|\n\n(3) Tổ chức tôn giáo.\n")
    assert (h.signing_authority, h.signer_title, h.signer) == expected


@pytest.mark.parametrize("block, title", [
    ("**TRƯỞNG BAN**\nPHÓ THỦ TƯỚNG\nMai Văn Chính\n", "TRƯỞNG BAN"),
    ("CHỦ TỊCH HỘI ĐỒNG\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nNguyễn Văn Thắng\n", "CHỦ TỊCH HỘI ĐỒNG"),
    ("CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n", "PHÓ CHỦ TỊCH"),  # a deputy whose "KT." line was lost
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n", "PHÓ CHỦ TỊCH"),
])
def test_signing_capacity_over_the_signers_office(block, title):
    """Regression (tvpl_md/170-qd-bcdnndl): the head of a steering committee signs as "TRƯỞNG BAN" with the office
    he holds printed under it ("PHÓ THỦ TƯỚNG"); the title was the office."""
    h = header_of("BAN CHỈ ĐẠO\nSố: 170/QĐ-BCĐNNDL\n\nQUYẾT ĐỊNH\nVề việc x\n\nNội dung./.\n\n|\nNơi nhận:\n"
                  "- Lưu: VT.\n|\n" + block)
    assert h.signer_title == title


@pytest.mark.parametrize("block, recipients", [
    # "+" lines under an item ending in ":" are its parts; "+ Lưu" is the list's own Lưu item
    ("Nơi nhận:\n- Như Điều 3;\n- VP UBND tỉnh:\n+ LĐVP, KGVX;\n+ TTTT: 01 bản giấy;\n- Lưu: VT, KGVX.\n",
     ["Như Điều 3", "VP UBND tỉnh: LĐVP, KGVX; TTTT: 01 bản giấy", "Lưu: VT, KGVX"]),
    ("Nơi nhận:\n- Các sở;\n- VP UBND tỉnh:\n+ LĐVP;\n+ Lưu: VT.\n", ["Các sở", "VP UBND tỉnh: LĐVP", "Lưu: VT"]),
    ("Nơi nhận:\n- Các sở;\n+ UBND xã;\n- Lưu: VT.\n", ["Các sở", "UBND xã", "Lưu: VT"]),  # no ":" above
    # the label wrapped between its words by a converter (tvpl_md/2608-qd-ubnd)
    ("*Nơi\nnhận:*\n- Như Điều 3;\n- Lưu: VT, HHC, HG\n", ["Như Điều 3", "Lưu: VT, HHC, HG"]),
    # a note wrapped after the item's ";" stays as written
    ("Nơi nhận:\n- Bộ Tài chính;\n(Báo cáo)\n- Lưu: VT.\n", ["Bộ Tài chính; (Báo cáo)", "Lưu: VT"]),
    # two items printed on one line (real-test-66: vbpl 44/2025/TT-BKHCN; 1 more text); a body's "-" inside its name
    ("Nơi nhận:\n- UBND, Sở Tài chính cấp tỉnh; - Mặt trận Tổ quốc;\n- Cục Kiểm tra văn bản - Bộ Tư pháp;\n"
     "- Lưu: VT.\n", ["UBND, Sở Tài chính cấp tỉnh", "Mặt trận Tổ quốc", "Cục Kiểm tra văn bản - Bộ Tư pháp", "Lưu: VT"]),
])
def test_recipient_lists(block, recipients):
    h = header_of("ỦY BAN NHÂN DÂN\nSố: 78/2025/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc x\n\nNội dung.\n\n" + block +
                  "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n")
    assert h.recipients == recipients


def test_date_and_body_from_the_closing_formula():
    """Regression (congbao Luật 26/2012/QH13, vbpl Nghị quyết 248/2025/QH15, 64 more): a law or resolution whose
    header gives no date is dated by its closing formula, and a law without a header block is the body's."""
    h = header_of("LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT THUẾ THU NHẬP CÁ NHÂN\n\nCăn cứ Hiến pháp;\n\nĐiều 1.\n\n"
                  "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 4 thông qua "
                  "ngày 22 tháng 11 năm 2012.\n\nCHỦ TỊCH QUỐC HỘI\nNguyễn Sinh Hùng\n")
    assert (h.issuer, h.issue_date) == ("Quốc hội", "2012-11-22")
    dated = header_of("ỦY BAN NHÂN DÂN\nSố: 5/2025/QĐ-UBND\nHà Nội, ngày 02 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nVề việc x\n\n"
                      "Nghị quyết này được Quốc hội thông qua ngày 10 tháng 12 năm 2024.\n")
    assert dated.issue_date == "2025-03-02"  # the header's own date comes first


def test_place_before_a_date_left_blank():
    """Regression (congbao Quyết định 372/QĐ-BTC): the gazette prints "Hà Nội, ngày    tháng    năm 2026" (signed
    before the day was written in); the place is read, the date is not made up."""
    h = header_of("BỘ TÀI CHÍNH\nSố: 372/QĐ-BTC\nHà Nội, ngày       tháng      năm 2026\n\nQUYẾT ĐỊNH\nVề việc đính chính\n")
    assert (h.place, h.issue_date, h.type) == ("Hà Nội", None, "QUYẾT ĐỊNH")


def test_cong_van_number_holds_no_type_code():
    """Regression (tvpl_md/5680-ct-cs): "5680/CT-CS" of a Cục Thuế is a công văn (V/v); "CT" is its issuer, not the
    type code of a Chỉ thị."""
    h = header_of("CỤC THUẾ\nSố: 5680/CT-CS\nV/v chính sách thuế\nHà Nội, ngày 12 tháng 3 năm 2025\n\nKính gửi: Công ty A\n")
    assert (h.type, h.type_code, h.issuer_code) == ("CÔNG VĂN", None, "CT")


_CONSOLIDATED_TOP = ("CÔNG BÁO/Số 359 + 360/Ngày 27-02-2025 76\n\nVĂN BẢN HỢP NHẤT - \nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \nTHÔNG TƯ1 \n"
                     "Hướng dẫn thực hiện quản lý lao động, tiền lương \nđối với Quỹ đầu tư phát triển địa phương \n"
                     "Thông tư số 45/2016/TT-BLĐTBXH ngày 28 tháng 12 năm 2016 của Bộ\ntrưởng Bộ Lao động - Thương binh và"
                     " Xã hội, được sửa đổi, bổ sung bởi: \nThông tư số 12/2024/TT-BLĐTBXH ngày 14 tháng 11 năm 2024.\n"
                     "Căn cứ Nghị định số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ;\n")
_CONSOLIDATED_BODY = "Điều 1. Phạm vi điều chỉnh\nNội dung. Thông tư số 45/2016/TT-BLĐTBXH hết hiệu lực.\n" * 20
_ANNEX_FORM = ("\nPhụ lục\nMẪU QUYẾT ĐỊNH\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT,…..\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
               "(Ký, ghi rõ họ tên)\n")


@pytest.mark.parametrize("block", [
    "BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \nSố: 466/VBHN-BLĐTBXH \n. \nXÁC THỰC VĂN BẢN HỢP NHẤT \n"
    "Hà Nội, ngày 10 tháng 02 năm 2025 \nKT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \nLê Văn Thanh \n",
    # the phrase over the number, a rule under the body
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n_____________\nXÁC THỰC VĂN BẢN HỢP NHẤT\n\nSố: 466/VBHN-BLĐTBXH\n\n"
    "Hà Nội, ngày 10 tháng 02 năm 2025\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Văn Thanh\n",
    # "XÁC NHẬN" for "XÁC THỰC" (real-test-48: congbao 4246/VBHN-BLĐTBXH)
    "BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \nSố: 466/VBHN-BLĐTBXH \n. \nXÁC NHẬN VĂN BẢN HỢP NHẤT \n"
    "Hà Nội, ngày 10 tháng 02 năm 2025 \nKT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \nLê Văn Thanh \n",
])
def test_consolidated_text_read_from_its_authentication_block(block):
    """Regression (81 consolidated texts of congbao_txt, real/pdf 466/VBHN-BLĐTBXH): a văn bản hợp nhất prints its
    own number, place, date and body in the authentication block at its end, after the text and before the
    annexes; the header took the number of an instrument it consolidates from the preamble (so that its mentions
    were dropped as the document's own), the gazette's section heading "VĂN BẢN HỢP NHẤT -" for the title, the
    preamble for the subject, and an annexed form's template for the signature."""
    h = header_of(_CONSOLIDATED_TOP + _CONSOLIDATED_BODY + block + _ANNEX_FORM * 2)
    assert (h.number, h.type_code, h.issuer_code) == ("466/VBHN-BLĐTBXH", "VBHN", "BLĐTBXH")
    assert (h.type, h.issuer, h.parent_issuer) == ("THÔNG TƯ", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None)
    assert (h.place, h.issue_date) == ("Hà Nội", "2025-02-10")
    assert h.subject == "Hướng dẫn thực hiện quản lý lao động, tiền lương đối với Quỹ đầu tư phát triển địa phương"
    assert (h.signing_authority, h.signer_title, h.signer) == (["KT. BỘ TRƯỞNG"], "THỨ TRƯỞNG", "Lê Văn Thanh")
    assert h.recipients == []


def test_consolidated_text_keeps_the_citations_of_what_it_consolidates():
    normalized = normalize(_CONSOLIDATED_TOP + _CONSOLIDATED_BODY + "BỘ Y TẾ\nSố: 04/VBHN-BYT\n"
                           "XÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 13 tháng 4 năm 2018\nBỘ TRƯỞNG\nNguyễn Thị Kim Tiến\n").text
    extraction = extract(normalized)
    assert extraction.header.number == "04/VBHN-BYT"
    assert [c.number for c in extraction.citations].count("45/2016/TT-BLĐTBXH") == 21


def test_a_text_that_only_mentions_authentication_is_no_consolidated_text():
    h = header_of("ỦY BAN NHÂN DÂN\nSố: 12/QĐ-UBND\nHà Nội, ngày 01 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\nVề việc x\n\n"
                  "Giao Sở Tư pháp xác thực văn bản hợp nhất theo quy định.\n")
    assert (h.number, h.issue_date, h.type) == ("12/QĐ-UBND", "2024-02-01", "QUYẾT ĐỊNH")


def test_consolidated_text_printed_in_parts_has_no_number_of_its_own_in_this_part():
    """Regression (real/pdf 147294, congbao 19/VBHN-VPQH): the first part of a consolidated law, its authentication
    block in the next gazette issue: the number of the amending law in its preamble was taken for its own."""
    h = header_of("64 CÔNG BÁO/Số 1093 + 1094/Ngày 21-11-2020\n \nVĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI \n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \nLUẬT \n"
                  " BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT \nLuật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 "
                  "tháng 6 \nnăm 2015 của Quốc hội, được sửa \nđổi, bổ sung bởi: \nLuật số 63/2020/QH14 ngày 18 tháng 6 "
                  "năm 2020 của Quốc hội.\nĐiều 1. Phạm vi\n")
    assert (h.number, h.type, h.subject) == (None, "LUẬT", "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT")
    assert (h.issuer, h.parent_issuer) == (None, None)


def test_constitution_header():
    """Regression (real/pdf: the 2013 constitution as the gazette prints it): no title was known for it, the date of
    a sentence of its preamble (", ngày 02 tháng 9 năm 1945") was its issue date, and its closing formula was not
    read."""
    h = header_of("CÔNG BÁO/Số 1003 + 1004/Ngày 29-12-2013 3\nQUỐC HỘI \n \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
                  "Độc lập - Tự do - Hạnh phúc \nHIẾN PHÁP \nNước Cộng hòa xã hội chủ nghĩa Việt Nam \nLỜI NÓI ĐẦU \n"
                  "Cách mạng tháng Tám thành công, ngày 02 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc \nTuyên ngôn.\n"
                  "Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam \nkhóa XIII, kỳ họp thứ 6 "
                  "thông qua ngày 28 tháng 11 năm 2013./. \nCHỦ TỊCH QUỐC HỘI \nNguyễn Sinh Hùng\n")
    assert (h.type, h.issuer, h.issue_date) == ("HIẾN PHÁP", "QUỐC HỘI", "2013-11-28")
    assert (h.subject, h.signer_title, h.signer) == ("Nước Cộng hòa xã hội chủ nghĩa Việt Nam", "CHỦ TỊCH QUỐC HỘI",
                                                     "Nguyễn Sinh Hùng")


@pytest.mark.parametrize("heading", ["PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT \nCHỦ TỊCH NƯỚC - QUỐC HỘI", "ĐIỀU ƯỚC QUỐC TẾ",
                                     "VĂN BẢN HỢP NHẤT - "])
def test_gazette_headings_are_no_issuer(heading):
    """Regression (real/pdf 101/2015/QH13, 02/2023/TB-LPQT): the gazette's part and section headings were read as
    the issuer's lines ("PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT CHỦ TỊCH NƯỚC - QUỐC HỘI")."""
    h = header_of("CÔNG BÁO/Số 577 + 578/Ngày 07-3-2023 68\n\n" + heading + "\nBỘ NGOẠI GIAO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                  "VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 02/2023/TB-LPQT\nHà Nội, ngày 18 tháng 01 năm 2023\n"
                  "THÔNG BÁO\nVề việc điều ước quốc tế có hiệu lực\n")
    assert h.issuer == "BỘ NGOẠI GIAO"


def test_an_unreadable_number_line_is_no_part_of_the_issuer():
    """Regression (OCR of real/pdf 02/2023/TB-LPQT, vbpl Thông tư with the number left blank): the "Số:" line under
    the body, its number handwritten or blank, was read as the issuer's second line."""
    h = header_of("BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Số: J2/2023/TB-IL.PQT\nHà Nội. ngập TS tháng 0D năm 2023\n\nTHÔNG BÁO\nVề việc x\n")
    assert (h.issuer, h.type) == ("BỘ NGOẠI GIAO", "THÔNG BÁO")


def test_signature_under_the_body_of_a_gazette_print_with_annexes():
    """Regression (27 texts of congbao_txt, real/pdf 169/QĐ-BLĐTBXH): a minister's signature without prefix, no
    "Nơi nhận" in the gazette's print, long annexes after it: the signature is under the body's closing "./."."""
    annex = "\nDANH MỤC VĂN BẢN\n" + "STT Tên văn bản Số ký hiệu Ngày ban hành Lý do hết hiệu lực\n" * 120
    h = header_of("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 169/QĐ-BLĐTBXH\nHà Nội, ngày 24 tháng 01 năm 2025\n"
                  "QUYẾT ĐỊNH\nVề việc x\nĐiều 3. Các đơn vị chịu trách nhiệm thi hành Quyết định này./. \nBỘ TRƯỞNG \n"
                  "Đào Ngọc Dung\n" + annex)
    assert (h.signer_title, h.signer) == ("BỘ TRƯỞNG", "Đào Ngọc Dung")


@pytest.mark.parametrize("block, issuer", [
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - \nTÒA ÁN NHÂN DÂN TỐI CAO - \nBỘ CÔNG AN - BỘ QUỐC PHÒNG - \n"
     "BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \n",
     "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ LAO ĐỘNG - "
     "THƯƠNG BINH VÀ XÃ HỘI"),
    ("BỘ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI\n", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
])
def test_a_line_ending_in_a_dash_goes_on_with_the_issuer(block, issuer):
    """Regression (real/pdf Thông tư liên tịch 01/2022, 8 gazette Thông tư of the BLĐTBXH): the dash that ends a
    line of a joint issuer's list (or wraps a ministry's name) was dropped, and the bodies ran together
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO TÒA ÁN NHÂN DÂN TỐI CAO BỘ CÔNG AN - ...")."""
    h = header_of(block + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n"
                  "Số: 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH\nHà Nội, ngày 18 tháng 02 năm 2022\n"
                  "THÔNG TƯ LIÊN TỊCH \nQuy định về phối hợp\n")
    assert (h.issuer, h.parent_issuer) == (issuer, None)


def test_court_precedent_header():
    """Regression (real/pdf án lệ 50/2021/AL and 56/2022/AL): a court precedent prints its title before its number
    ("ÁN LỆ SỐ 56/2022/AL", a footnote's mark glued to the code in the PDF) and is dated and issued by the line that
    says who adopted it; nothing of its header was read."""
    text = ("1\nÁN LỆ SỐ 56/2022/AL1\nVề việc giải quyết tranh chấp di dời mồ mả\nĐược Hội đồng Thẩm phán Tòa án "
            "nhân dân tối cao thông qua ngày 07 tháng 9 \nnăm 2022 và được công bố theo Quyết định số 323/QĐ-CA ngày "
            "14 tháng 10\nnăm 2022 của Chánh án Tòa án nhân dân tối cao. \nNguồn án lệ:\nBản án dân sự sơ thẩm.\n")
    extraction = extract(normalize(text).text)
    h = extraction.header
    assert (h.number, h.type_code, h.issuer_code, h.type) == ("56/2022/AL", "AL", None, "ÁN LỆ")
    assert (h.issuer, h.issue_date) == ("Hội đồng Thẩm phán Tòa án nhân dân tối cao", "2022-09-07")
    assert h.subject == "Về việc giải quyết tranh chấp di dời mồ mả"
    assert [c.number for c in extraction.citations] == ["323/QĐ-CA"]  # not its own number with the mark


@pytest.mark.parametrize("line, number", [
    ("Số: 80/2015/QH13", "80/2015/QH13"),  # a code that numbers its terms keeps its digits
    ("Số: 1656/NQ-UBTVQH15", "1656/NQ-UBTVQH15"),
    # digits after an issuer code that takes none are a footnote's mark too: the real texts have "140/NQ-CP2",
    # "09/2026/NĐ-CP4" (real-test-13 congbao 97/NQ-CP), "353/1997/QĐ-NHNN2" and no such code with a term
    ("Số: 09/2017/NĐ-CP1", "09/2017/NĐ-CP"),
])
def test_digits_after_a_code_are_a_footnote_mark_unless_it_numbers_its_terms(line, number):
    assert header_of(line + "\nHà Nội, ngày 01 tháng 02 năm 2024\n").number == number


@pytest.mark.parametrize("title_block, subject", [
    ("THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2025 -\n2035, ĐỊNH HƯỚNG ĐẾN NĂM 2045", "THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2025 - "
     "2035, ĐỊNH HƯỚNG ĐẾN NĂM 2045"),
    ("Quy định danh mục thuộc trách nhiệm của Bộ Lao động -\nThương binh và Xã hội",
     "Quy định danh mục thuộc trách nhiệm của Bộ Lao động - Thương binh và Xã hội"),
    ("Hướng dẫn chức năng của Hội đồng quản lý;\ntiêu chuẩn, điều kiện bổ nhiệm thành viên",
     "Hướng dẫn chức năng của Hội đồng quản lý; tiêu chuẩn, điều kiện bổ nhiệm thành viên"),
    ("- Về việc ban hành Kế hoạch -", "Về việc ban hành Kế hoạch"),
    # ... and a colon, the subject going on after a blank line (real-test-49: vbpl 297/2025/NĐ-CP)
    ("Quy định thực hiện liên thông điện tử nhóm thủ tục hành chính:\n\nĐăng ký thành lập hộ kinh doanh - cấp Giấy "
     "chứng nhận", "Quy định thực hiện liên thông điện tử nhóm thủ tục hành chính: Đăng ký thành lập hộ kinh doanh - cấp "
     "Giấy chứng nhận"),
])
def test_subject_keeps_a_dash_or_semicolon_ending_a_line(title_block, subject):
    """Regression (tvpl 624/KH-UBND, congbao 07/2024/TT-BLĐTBXH and 15 more): a range's dash or a list's semicolon
    ending a line of the trích yếu was dropped with the line's decoration ("GIAI ĐOẠN 2025 2035")."""
    h = header_of("BỘ X\nSố: 5/2025/TT-BX\nHà Nội, ngày 14 tháng 7 năm 2025\n\nTHÔNG TƯ\n\n" + title_block + "\n\n"
                  "Căn cứ Luật X;\n")
    assert h.subject == subject


def test_district_in_an_annex_address_is_no_signing_authority():
    """Regression (OCR of the scanned 58/2021/TT-BQP, its annex table read cell by cell): an address cell "Q. Long
    Biên, TP. Hà Nội" ("Quận") at a line's start was taken for a "Q." (quyền) line and became the signature."""
    h = header_of("BỘ QUỐC PHÒNG\nSố: 58/2021/TT-BQP\nHà Nội, ngày 31 tháng 5 năm 2021\n\nTHÔNG TƯ\nVề x\n\n"
                  "Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nVũ Hải Sản\n\n"
                  "Phụ lục\n\nCông ty TNHH MTV 23\n\nQ. Long Biên, TP. Hà Nội\n\nCông ty X\n\nQ. Tân Bình, TP. Hồ Chí Minh\n")
    assert (h.signing_authority, h.signer_title, h.signer) == (["KT. BỘ TRƯỞNG"], "THỨ TRƯỞNG", "Vũ Hải Sản")
    assert header_of("UBND\nSố: 1/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề x\n\nNơi nhận:\n- Lưu: VT.\n\nQ. CHỦ TỊCH\n\n"
                     "Nguyễn Văn A\n").signing_authority == ["Q. CHỦ TỊCH"]


@pytest.mark.parametrize("line, authority", [
    ("K.T THỐNG ĐỐC", "K.T THỐNG ĐỐC"),  # real-test-72: vbpl 51/2025/TT-NHNN, the prefix without its last dot
    ("T.M ỦY BAN NHÂN DÂN", "T.M ỦY BAN NHÂN DÂN"),
    ("K.T. CHỦ TỊCH", "K.T. CHỦ TỊCH"),
    ("KT. THỐNG ĐỐC", "KT. THỐNG ĐỐC"),
])
def test_authority_prefix_with_dots_between_its_letters(line, authority):
    h = header_of("NGÂN HÀNG NHÀ NƯỚC\nSố: 51/2025/TT-NHNN\nHà Nội, ngày 10 tháng 11 năm 2025\n\nTHÔNG TƯ\nVề x\n\n"
                  f"Thông tư này có hiệu lực từ ngày 25 tháng 12 năm 2025./.\n\n{line}\n\nPHÓ THỐNG ĐỐC\n\n(Đã ký)\n\n"
                  "Phạm Thanh Hà\n")
    assert (h.signing_authority, h.signer_title, h.signer) == ([authority], "PHÓ THỐNG ĐỐC", "Phạm Thanh Hà")


JOINT_SIGNATURES = (
    "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO - BỘ CÔNG AN\nSố: 01/2022/TTLT-VKSNDTC-TANDTC-BCA\n"
    "Hà Nội, ngày 20 tháng 01 năm 2022\n\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn x\n\nĐiều 1. Nội dung./. \n \n"
    "KT. CHÁNH ÁN \nTÒA ÁN NHÂN DÂN TỐI CAO \nPHÓ CHÁNH ÁN \n \n \nNguyễn Trí Tuệ \n \n"
    "KT. VIỆN TRƯỞNG \nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO \nPHÓ VIỆN TRƯỞNG \n(Đã ký)\n \nNguyễn Duy Giảng \n \n \n \n"
    "KT. BỘ TRƯỞNG BỘ CÔNG AN \nTHỨ TRƯỞNG \n \n \nTrung tướng Nguyễn Duy Ngọc \n{after}")


@pytest.mark.parametrize("after", ["", "\nNơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT.\n"])
def test_a_joint_instruments_parallel_signature_blocks(after):
    """Regression (real-test-73: congbao 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH; vbpl 29/2025/TTLT-…,
    102/2025/NQLT-…): one signature block per body, printed one under another; the header's signer fields hold one of
    them, `signatures` all, in print order."""
    text = normalize(JOINT_SIGNATURES.format(after=after)).text
    h = extract_header(text)
    assert [(s.signing_authority, s.signer_title, s.signer) for s in h.signatures] == [
        (["KT. CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO"], "PHÓ CHÁNH ÁN", "Nguyễn Trí Tuệ"),
        (["KT. VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"], "PHÓ VIỆN TRƯỞNG", "Nguyễn Duy Giảng"),
        (["KT. BỘ TRƯỞNG BỘ CÔNG AN"], "THỨ TRƯỞNG", "Nguyễn Duy Ngọc")]
    assert (h.signer, h.signer_title) in [(s.signer, s.signer_title) for s in h.signatures]
    for s in h.signatures:
        assert text[s.start:s.end].startswith("KT. ") and text[s.start:s.end].endswith(s.signer)


@pytest.mark.parametrize("text, blocks", [
    # one block of two prefix lines is one signature
    ("UBND\nSố: 1/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề x\n\nNội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
     "Đỗ Ngọc An\n", [(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Đỗ Ngọc An")]),
    # a title alone over the name
    ("BỘ Y TẾ\nSố: 5/2025/TT-BYT\n\nTHÔNG TƯ\nVề x\n\nNội dung./.\n\nBỘ TRƯỞNG\n\nĐào Hồng Lan\n",
     [([], "BỘ TRƯỞNG", "Đào Hồng Lan")]),
    # no signature printed
    ("UBND\nSố: 1/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề x\n\nNội dung.\n", []),
    # a signature line printed inside the body (a form in an article) is no second block: text stands between
    ("UBND\nSố: 1/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề x\n\nĐiều 1. Mẫu:\n\nTM. HỘI ĐỒNG\nCHỦ TỊCH\n\nNguyễn Văn A\n\n"
     "Điều 2. Thi hành./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐỗ Ngọc An\n",
     [(["KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Đỗ Ngọc An")]),
])
def test_signatures_of_a_document_signed_once(text, blocks):
    h = header_of(text)
    assert [(s.signing_authority, s.signer_title, s.signer) for s in h.signatures] == blocks


@pytest.mark.parametrize("cell, authority, title, signer", [
    ("TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc", ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"],
     "PHÓ THỦ TƯỚNG", "Hồ Đức Phớc"),
    ("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH", ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"], "CHỦ TỊCH", None),
    ("KT. BỘ TRƯỞNGTHỨ TRƯỞNGNguyễn Văn A", ["KT. BỘ TRƯỞNG"], "THỨ TRƯỞNG", "Nguyễn Văn A"),
])
def test_signature_cell_without_its_line_breaks(cell, authority, title, signer):
    """Regression (tvpl 158, 170, 171, 172/2025/NĐ-CP, 1654-1663/NQ-UBTVQH15): a converter put the signature block
    in one table cell without its line breaks; the whole cell was one authority line, no title, no signer."""
    h = header_of("CHÍNH PHỦ\nSố: 171/2025/NĐ-CP\nHà Nội, ngày 30 tháng 6 năm 2025\n\nNGHỊ ĐỊNH\nVề x\n\nĐiều 1. Nội dung./.\n\n"
                  "- Như trên; - Lưu: VT | " + cell + " |\n")
    assert (h.signing_authority, h.signer_title, h.signer) == (authority, title, signer)


@pytest.mark.parametrize("row, authority, title, signer", [
    # the consolidating office's block after its recipients (real-test-76: congbao Bộ luật Lao động, 125/VBHN-VPQH)
    ("Nơi nhận: - Văn phòng Chính phủ (để đăng Công báo); - Lưu: HC, TH. | XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Lê Quang "
     "Tùng", [], "CHỦ NHIỆM", "Lê Quang Tùng"),
    ("Nơi nhận: - Như trên; - Lưu: VT. | TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Đức Phớc |",
     ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "PHÓ THỦ TƯỚNG", "Hồ Đức Phớc"),
    ("| Nơi nhận: - Như trên; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An |", ["KT. BỘ TRƯỞNG"], "THỨ TRƯỞNG",
     "Nguyễn Văn An"),
    ("- Như trên; - Lưu: VT | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An |", ["KT. BỘ TRƯỞNG"], "THỨ TRƯỞNG", "Nguyễn Văn An"),
    ("Nơi nhận: - Như trên; - Lưu: VT. | BỘ TRƯỞNG Đào Hồng Lan", [], "BỘ TRƯỞNG", "Đào Hồng Lan"),
    # capitals without an office's title, or no name after them, are no signature
    ("Nơi nhận: - Như trên; - Lưu: VT. | CÔNG TY Nguyễn Văn An", [], None, None),
    ("Nơi nhận: - Như trên; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG", ["KT. BỘ TRƯỞNG THỨ TRƯỞNG"], None, None),
])
def test_signature_block_flattened_into_the_recipients_row(row, authority, title, signer):
    """Regression (real-test-76: congbao Bộ luật Lao động, 125/VBHN-VPQH): a row flattened into one line, its words
    spaced, held the recipients' list and the signature block; the list's last item ran into the block and no signer
    was read. The list ends at the cell's mark, and the block is read from its cell."""
    text = normalize("CHÍNH PHỦ\nSố: 171/2025/NĐ-CP\nHà Nội, ngày 30 tháng 6 năm 2025\n\nNGHỊ ĐỊNH\nVề x\n\nĐiều 1. Nội "
                     "dung./.\n\n" + row + "\n").text
    h = extract_header(text)
    assert (h.signing_authority, h.signer_title, h.signer) == (authority, title, signer)
    assert not any("|" in item or "CHỦ NHIỆM" in item or "TRƯỞNG" in item for item in h.recipients)
    for field in ("signer", "signer_title"):
        if getattr(h, field):
            assert text[slice(*h.spans[field])] == getattr(h, field)


def test_emphasis_inside_the_signers_name():
    """Regression (tvpl 54/2025/TT-BCT): "Nguyễn Ho**àng Long**" lost its signer: the bold marks inside the word
    became a space."""
    h = header_of("BỘ CÔNG THƯƠNG\nSố: 54/2025/TT-BCT\n\nTHÔNG TƯ\nVề x\n\nNơi nhận:\n- Lưu: VT.\n|\n**KT. BỘ TRƯỞNG**\n"
                  "THỨ TRƯỞNG\nNguyễn Ho**àng Long**\n|\n")
    assert (h.signer_title, h.signer) == ("THỨ TRƯỞNG", "Nguyễn Hoàng Long")


def test_rule_glued_to_the_number_line():
    """Regression (tvpl 170, 171, 172/2025/NĐ-CP): "CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP" on one line: no number
    was read (it was not at a line's start) and the issuer held the rule and "Số"."""
    h = header_of("CHÍNH PHỦ__________ Số: 171/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                  "Hà Nội, ngày 30 tháng 6 năm 2025\n\n**NGHỊ ĐỊNH**\n\n**Về x**\n")
    assert (h.number, h.issuer, h.issue_date) == ("171/2025/NĐ-CP", "CHÍNH PHỦ", "2025-06-30")


ANNEXED = ("CHÍNH PHỦ\nSố: 343/2025/NĐ-CP\nHà Nội, ngày 28 tháng 12 năm 2025\n\nNGHỊ ĐỊNH\nQuy định chế độ x\n\n"
           "Điều 1. Nội dung.\n{inline}\nĐiều 2. Hiệu lực./.\n\n{own}"
           "PHỤ LỤC\nMẪU BIỂU\n(Kèm theo Nghị định số 343/2025/NĐ-CP ngày 28 tháng 12 năm 2025 của Chính phủ)\n\n"
           "QUYẾT ĐỊNH\nĐiều 2. Đồng chí ...... chịu trách nhiệm thi hành.\n\nNơi nhận:\n- Như Điều 2;\n"
           "- Sở Nội vụ (để biết);\n- Lưu: VT.\n\nTM. HỘI ĐỒNG\nCHỦ TỊCH7\n\nTM. UBND XÃ.........\n"
           "(Ký, ghi rõ họ tên)\n")
OWN_BLOCK = ("Nơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT, KGVX (2b)\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nĐã ký\n\n"
             "Phạm Minh Chính\n\n")


@pytest.mark.parametrize("own, recipients, authority, title, signer", [
    (OWN_BLOCK, ["Ban Bí thư Trung ương Đảng", "Lưu: VT, KGVX (2b)"], ["TM. CHÍNH PHỦ"], "THỦ TƯỚNG", "Phạm Minh Chính"),
    # a gazette print: no "Nơi nhận" of its own, its signature above the annexes
    ("TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nHồ Quốc Dũng\n\n", None, ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"],
     "PHÓ THỦ TƯỚNG", "Hồ Quốc Dũng"),
    # ... a minister's title alone over the name: only the body's closing "./." stands above the annexes (real-test-31:
    # congbao 05/2025/TT-BKHĐT, whose form's "TM. ỦY BAN NHÂN DÂN TỈNH" was read, with "PHỤ LỤC C" for the signer;
    # 12 more of the ministry's circulars)
    (" BỘ TRƯỞNG \n Nguyễn Chí Dũng \n\n", None, None, "BỘ TRƯỞNG", "Nguyễn Chí Dũng"),
])
def test_annexed_forms_are_not_the_documents_signature(own, recipients, authority, title, signer):
    """Regression (vbpl 343/2025/NĐ-CP, 356/2025/NĐ-CP, congbao 17/2026/NQ-CP and 11 more): the forms of the annexes
    ("(Kèm theo Nghị định số 343/2025/NĐ-CP ...)") hold their own "Nơi nhận" and signature blocks, which were taken
    for the document's; the document now ends where an annex refers back to its number."""
    h = header_of(ANNEXED.format(inline="", own=own))
    found = (h.recipients or None, h.signing_authority or None, h.signer_title, h.signer)
    assert found == (recipients, authority, title, signer)


def test_a_form_inside_an_article_does_not_end_the_document():
    """A form printed inside an article refers back to the number too (congbao 152/2025/TT-BTC): with no "Nơi
    nhận" and no signature above it, it is no annex, and the signature at the end is the document's."""
    inline = "Mẫu số S1a-HKD\n(Kèm theo Thông tư số 343/2025/NĐ-CP ngày 31 tháng 12 năm 2025)\nSỔ DOANH THU\n"
    text = ("BỘ TÀI CHÍNH\nSố: 343/2025/NĐ-CP\nHà Nội, ngày 28 tháng 12 năm 2025\n\nTHÔNG TƯ\nQuy định x\n\nĐiều 1. "
            "Nội dung.\n" + inline.replace("Thông tư số", "Nghị định số") + "\nĐiều 2. Hiệu lực./.\n\nKT. BỘ TRƯỞNG\n"
            "THỨ TRƯỞNG\n\nNguyễn Đức Tâm\n")
    h = header_of(text)
    assert (h.signing_authority, h.signer) == (["KT. BỘ TRƯỞNG"], "Nguyễn Đức Tâm")


def test_a_form_signature_to_fill_in_is_no_signature():
    """"TM. UBND XÃ........." is a form's line to fill in: no signing authority."""
    h = header_of("UBND\nSố: 1/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề x\n\nNội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
                  "Nguyễn Văn A\n\nMẫu 01\n\nTM. UBND XÃ.........\nCHỦ TỊCH\n(Ký, ghi rõ họ tên)\n")
    assert (h.signing_authority, h.signer) == (["TM. ỦY BAN NHÂN DÂN"], "Nguyễn Văn A")


@pytest.mark.parametrize("stamp", ["y]", "ký]", "]"])
def test_signature_stamp_left_before_the_signers_name(stamp):
    """Regression (blind set real-test-60: congbao 19/2026/NQ-CP, "y]Phạm Thị Thanh Trà"): the stamp's rest glued before
    the name lost the signer."""
    h = header_of("CHÍNH PHỦ\nSố: 19/2026/NQ-CP\n\nNGHỊ QUYẾT\nVề x\n\nNội dung./.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\n"
                  f"PHÓ THỦ TƯỚNG\n{stamp}Phạm Thị Thanh Trà \n")
    assert (h.signer_title, h.signer) == ("PHÓ THỦ TƯỚNG", "Phạm Thị Thanh Trà")


@pytest.mark.parametrize("stamp", ["ky]", "y]", "]"])
def test_signature_stamp_left_on_the_title_line(stamp):
    """Regression (congbao 143/2026/NĐ-CP, 66.16/2026/NQ-CP, 892/QĐ-TTg; real-test-45: 140/2026/NĐ-CP, "]" alone): the
    gazette's text layer keeps "ky]", "y]" or "]" of the signature stamp glued to the title ("PHÓ THỦ TƯỚNGky]"), which
    became part of the title."""
    h = header_of("CHÍNH PHỦ\nSố: 143/2026/NĐ-CP\n\nNGHỊ ĐỊNH\nVề x\n\nNội dung./.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\n"
                  f"    PHÓ THỦ TƯỚNG{stamp} \n\nNguyễn Văn Thắng\n")
    assert (h.signer_title, h.signer) == ("PHÓ THỦ TƯỚNG", "Nguyễn Văn Thắng")


@pytest.mark.parametrize("block, title, signer", [
    # a title wrapped over two lines
    ("CHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n(đã ký)\n\nTô Lâm", "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "Tô Lâm"),
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTHƯỜNG TRỰC\n\nNguyễn Văn A", "THỨ TRƯỞNG THƯỜNG TRỰC", "Nguyễn Văn A"),
    # a deputy's title under the office, in small letters
    ("THỐNG ĐỐC\n\nPhó Thống Đốc\n\n(đã ký)\n\nPhạm Thanh Hà", "Phó Thống Đốc", "Phạm Thanh Hà"),
    ("KT. THỐNG ĐỐC\nPHÓ THỐNG ĐỐC\n\nPhạm Thanh Hà", "PHÓ THỐNG ĐỐC", "Phạm Thanh Hà"),
    # a form's title to fill in is none
    ("TRƯỞNG BAN QUẢN LÝ..............\n(Ký, ghi rõ họ tên)", None, None),
])
def test_signer_titles_as_printed(block, title, signer):
    """Regressions (vbpl Luật Trẻ em 102/2016/QH13, 03/2026/TT-BYT, 51 and 76/2025/TT-NHNN, congbao 06/2025/TT-BKHĐT):
    a title wrapped over two lines gave its second line; "Phó Thống Đốc" in small letters was taken for the signer;
    a form's title to fill in was taken for the document's."""
    h = header_of("NGÂN HÀNG NHÀ NƯỚC\nSố: 76/2025/TT-NHNN\n\nTHÔNG TƯ\nVề x\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\n"
                  + block + "\n")
    assert (h.signer_title, h.signer) == (title, signer)


@pytest.mark.parametrize("block, authority", [
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTHƯỜNG TRỰC\n\nVũ Mạnh Hà", ["KT. BỘ TRƯỞNG"]),
    # the Government Inspectorate's deputy (blind set real-test-70: vbpl 06/2025/TT-TTCP)
    ("KT. TỔNG THANH TRA\nPHÓ TỔNG THANH TRA\nTHƯỜNG TRỰC\n\n(Đã ký)\n\nVũ Mạnh Hà", ["KT. TỔNG THANH TRA"]),
    ("TM. ỦY BAN NHÂN\nDÂN\nCHỦ TỊCH\n\nVũ Mạnh Hà", ["TM. ỦY BAN NHÂN DÂN"]),  # a wrapped authority still joins
])
def test_a_title_wrapped_over_two_lines_is_no_part_of_the_authority(block, authority):
    """Regression (blind set real-test-59: vbpl 03/2026/TT-BYT): the first line of the title "THỨ TRƯỞNG⏎THƯỜNG TRỰC"
    was also joined to the authority above it ("KT. BỘ TRƯỞNG THỨ TRƯỞNG")."""
    h = header_of("BỘ Y TẾ\nSố: 03/2026/TT-BYT\n\nTHÔNG TƯ\nVề x\n\nNội dung./.\n\n" + block + "\n")
    assert (h.signing_authority, h.signer) == (authority, "Vũ Mạnh Hà")


@pytest.mark.parametrize("mark_line", ["( đã kí)", "(Đã ký)", "( Đã ký) Trần Thanh Mẫn"])
def test_signature_mark_spelled_ki_or_with_the_name(mark_line):
    """Regression (vbpl 95, 96, 97/2025/UBTVQH15): "( đã kí)" (kí for ký) was taken for the signer's line, and
    the name after it lost; a name after the mark on the same line is the signer's."""
    name = "" if "Mẫn" in mark_line else "\n\nTrần Thanh Mẫn"
    h = header_of("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 95/2025/UBTVQH15\n\nNGHỊ QUYẾT\nVề x\n\nNội dung./.\n\n"
                  "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\n" + mark_line + name + "\n\nPHỤ LỤC 1\n")
    assert (h.signer_title, h.signer) == ("CHỦ TỊCH", "Trần Thanh Mẫn")


def test_year_of_the_place_date_line_with_a_mark_after_it():
    """Regression (the gazette PDF of 333/QĐ-BTC): "Hà Nội, ngày 23 tháng 02 năm 20264", a mark printed after the
    year in the text layer, gave no place and no date."""
    h = header_of("BỘ TÀI CHÍNH\nSố: 333/QĐ-BTC\n Hà Nội, ngày 23 tháng 02 năm 20264\nQUYẾT ĐỊNH\nVề việc x\n")
    assert (h.place, h.issue_date) == ("Hà Nội", "2026-02-23")
    assert header_of("BỘ TÀI CHÍNH\nSố: 333/QĐ-BTC\nHà Nội, ngày 23 tháng 02 năm 202645 x\n").issue_date is None


def test_adoption_at_a_named_session():
    """Regression (vbpl 105/2025/UBTVQH15): "... khóa XV thông qua tại Phiên họp thứ 49 ngày 26 tháng 9 năm 2025":
    the closing formula with its session before the date gave no date."""
    h = header_of("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNghị quyết số: 105/2025/UBTVQH15\n\nNGHỊ QUYẾT\nVề x\n\nNội dung.\n\n"
                  "Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua "
                  "tại Phiên họp thứ 49 ngày 26 tháng 9 năm 2025.\n")
    assert (h.issue_date, h.issuer) == ("2025-09-26", "ỦY BAN THƯỜNG VỤ QUỐC HỘI")


@pytest.mark.parametrize("line, number, seq, issuer_code", [
    ("Số: 03/2026-BCT", "03/2026-BCT", 3, "BCT"),
    ("Số: 12/2025-BTC", "12/2025-BTC", 12, "BTC"),
    ("Số: 03/2026-XYZ", None, None, None),  # no issuer's code: nothing read
    ("Số: 03/2026/TT-BCT", "03/2026/TT-BCT", 3, "BCT"),
])
def test_a_number_typed_without_its_type_code_and_slash_in_the_number_line(line, number, seq, issuer_code):
    """Regression (blind set real-test-56: vbpl 03/2026/TT-BCT, its web copy printing "Số: 03/2026-BCT"): the header
    had no number; in the number line, where nothing else stands, it is read as printed."""
    h = header_of(f"BỘ CÔNG THƯƠNG\n{line}\nHà Nội, ngày 26 tháng 01 năm 2026\n\nTHÔNG TƯ\nQuy định về X\n")
    assert (h.number, h.number_seq, h.issuer_code) == (number, seq, issuer_code)
    assert h.issue_date == "2026-01-26"


@pytest.mark.parametrize("line, type_code, issuer_code", [
    ("Số: /2024/TT-BGDĐT", "TT", "BGDĐT"),
    ("Số: ......./QĐ-UBND", "QĐ", "UBND"),
    ("Số:        /UBND-VP", None, "UBND"),
])
def test_a_number_with_its_sequence_left_blank_gives_its_codes(line, type_code, issuer_code):
    """Regression (blind set real-test-5: vbpl 24/2025/TT-BGDĐT, an unsigned copy printing "Số: /2024/TT-BGDĐT"): no
    number, and the codes that tell its type and issuer were lost with it."""
    h = header_of(f"BỘ GIÁO DỤC VÀ ĐÀO TẠO\n{line}\nHà Nội, ngày    tháng    năm 2024\n\nTHÔNG TƯ\nVề việc X\n")
    assert (h.number, h.number_seq, h.type_code, h.issuer_code) == (None, None, type_code, issuer_code)
    text = normalize(f"BỘ GIÁO DỤC VÀ ĐÀO TẠO\n{line}\nHà Nội, ngày    tháng    năm 2024\n\nTHÔNG TƯ\nVề việc X\n").text
    assert issuer_code in text[slice(*h.spans["issuer_code"])]


def test_a_title_in_capitals_printed_a_line_a_paragraph():
    """Regression (real-test-6: vbpl 47/2025/TT-NHNN; 6 more vbpl texts): a title in capitals whose printed lines a
    web page put in paragraphs of their own was cut at the first; the body's name or the signer's title over the
    "Căn cứ" lines is not part of it."""
    h = header_of("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\nSố: 47/2025/TT-NHNN\nHà Nội, ngày 15 tháng 12 năm 2025\n\nTHÔNG TƯ\n\n"
                  "HƯỚNG DẪN THỦ TỤC CHẤP THUẬN CỦA NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n\nĐỐI VỚI VIỆC NIÊM YẾT CỔ PHIẾU\n\n"
                  "NƯỚC NGOÀI CỦA TỔ CHỨC TÍN DỤNG CỔ PHẦN\n\nCăn cứ Luật Ngân hàng Nhà nước Việt Nam;\n")
    assert h.subject == ("HƯỚNG DẪN THỦ TỤC CHẤP THUẬN CỦA NGÂN HÀNG NHÀ NƯỚC VIỆT NAM ĐỐI VỚI VIỆC NIÊM YẾT CỔ PHIẾU "
                         "NƯỚC NGOÀI CỦA TỔ CHỨC TÍN DỤNG CỔ PHẦN")
    h = header_of("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1654/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\n\n"
                  "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ NĂM 2025\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp;\n")
    assert h.subject == "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ NĂM 2025"


def test_a_title_in_capitals_of_three_paragraphs_with_a_word_cut():
    """Regression (real-test-72: vbpl 45/2025/TT-BYT): a title in capitals printed in three paragraphs was cut after
    the first two (only the paragraph right over "Căn cứ" was read as its last line), and a word the page cut
    between two of them ("ĐỐI VỚI T" ⏎⏎ "ỪNG LOẠI") stays one word; a body's name over "Căn cứ" still ends it."""
    h = header_of("BỘ Y TẾ\nSố: 45/2025/TT-BYT\nHà Nội, ngày 25 tháng 11 năm 2025\n\nTHÔNG TƯ\n\n"
                  "BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015\n\n"
                  "CỦA BỘ TRƯỞNG BỘ Y TẾ QUY ĐỊNH VIỆC ÁP DỤNG CHẾ ĐỘ BỒI\n\n"
                  "DƯỠNG, THỜI GIAN VÀ SỐ NGƯỜI THỰC HIỆN GIÁM ĐỊNH ĐỐI VỚI T\n\n"
                  "ỪNG LOẠI VIỆC GIÁM ĐỊNH PHÁP Y, PHÁP Y TÂM THẦN\n\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật;\n")
    assert h.subject == ("BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015 CỦA BỘ TRƯỞNG BỘ Y TẾ QUY ĐỊNH VIỆC "
                         "ÁP DỤNG CHẾ ĐỘ BỒI DƯỠNG, THỜI GIAN VÀ SỐ NGƯỜI THỰC HIỆN GIÁM ĐỊNH ĐỐI VỚI TỪNG LOẠI VIỆC "
                         "GIÁM ĐỊNH PHÁP Y, PHÁP Y TÂM THẦN")
    h = header_of("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1654/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\n\n"
                  "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH\n\nCẤP XÃ NĂM 2025\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp;\n")
    assert h.subject == "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ NĂM 2025"


def test_recipients_printed_without_dashes():
    """Regression (real-test-7: vbpl 115/2025/TT-BTC; vbpl 360/2025/NĐ-CP with en dashes): a "Nơi nhận" list printed
    without dashes, an item a line, was read as one item; an item's ";" ends it when the next line begins in
    capitals outside brackets, and a line in small letters or a bracket goes on with it."""
    h = header_of("BỘ TÀI CHÍNH\nSố: 115/2025/TT-BTC\nHà Nội, ngày 15 tháng 12 năm 2025\n\nTHÔNG TƯ\nSửa đổi X\n\nNội dung.\n\n"
                  "Nơi nhận:\nBan Bí thư Trung ương Đảng;\nVăn phòng Chính phủ (Phòng Công báo;\nCổng thông tin điện tử);\n"
                  "VPCP: BTCN, các PCN;\ncác Vụ: CN, KTTH;\nBộ Tư pháp;\n(B/c);\nLưu: VT, UBCK (300b).\n")
    assert h.recipients == ["Ban Bí thư Trung ương Đảng", "Văn phòng Chính phủ (Phòng Công báo; Cổng thông tin điện tử)",
                            "VPCP: BTCN, các PCN; các Vụ: CN, KTTH", "Bộ Tư pháp; (B/c)", "Lưu: VT, UBCK (300b)"]
    h = header_of("CHÍNH PHỦ\nSố: 360/2025/NĐ-CP\nHà Nội, ngày 31 tháng 12 năm 2025\n\nNGHỊ ĐỊNH\nQuy định X\n\nNội dung.\n\n"
                  "Nơi nhận:\n– Ban Bí thư Trung ương Đảng;\n– Thủ tướng, các Phó Thủ tướng Chính phủ;\n– Lưu: VT, KTTH.\n")
    assert h.recipients == ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ", "Lưu: VT, KTTH"]


GAZETTE_FIRST_PAGE_FIRST = (
    "CÔNG BÁO/Số 245/Ngày 23-04-2026\n2\n\nNGHỊ ĐỊNH\nQuy định cơ chế, chính sách ưu đãi cho đơn vị điều độ\n"
    "hệ thống điện quốc gia\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
    "Căn cứ Luật Điện lực số 61/2024/QH15 được sửa đổi, bổ sung bởi Luật\nsố 94/2025/QH15 và Luật số 135/2025/QH15;\n"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về các cơ chế.\n"
    "CHÍNH PHỦ\n_________\n\nSố: 135/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 07 tháng 4 năm 2026\nĐiều 2. Đối tượng áp dụng\n")


def test_gazette_print_with_its_first_page_before_the_header_block():
    """Regression (congbao_txt Nghị định 135/2026, Thông tư 09/2026/TT-BNV, 41/2026/TT-BTC, 32/2026/TT-BKHCN): the
    text layer put the title, subject and preamble above the header block; a wrapped "Luật⏎số 94/2025/QH15" was read as
    the number, the title as the issuer, and the subject was lost."""
    h = header_of(GAZETTE_FIRST_PAGE_FIRST)
    assert (h.number, h.type, h.issuer, h.issue_date) == ("135/2026/NĐ-CP", "NGHỊ ĐỊNH", "CHÍNH PHỦ", "2026-04-07")
    assert h.subject == "Quy định cơ chế, chính sách ưu đãi cho đơn vị điều độ hệ thống điện quốc gia"


@pytest.mark.parametrize("block, number", [
    ("QUỐC HỘI\n\nBộ luật số: 45/2019/QH14\n\nBỘ LUẬT\nLAO ĐỘNG\n", "45/2019/QH14"),
    ("------------------ Số: 1661/NQ-UBTVQH15 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNGHỊ QUYẾT\nVề việc x\n",
     "1661/NQ-UBTVQH15"),
    # a lower-case label continuing a sentence is no label; under a header line in capitals it is one
    ("được sửa đổi bởi Luật\nsố 94/2025/QH15;\nBỘ CÔNG THƯƠNG\nSố: 12/2026/TT-BCT\n\nTHÔNG TƯ\nQuy định x\n",
     "12/2026/TT-BCT"),
    ("QUỐC HỘI\nLuật số 50/2024/QH15\n\nLUẬT CÔNG ĐOÀN\n", "50/2024/QH15"),
])
def test_number_labels(block, number):
    """Regressions (congbao Bộ luật Lao động 45/2019/QH14, tvpl_md/1661-nq-ubtvqh15, congbao Thông tư 41/2026)."""
    assert header_of(block).number == number


@pytest.mark.parametrize("block, title, subject", [
    ("QUỐC HỘI\nLuật số: 50/2024/QH15\n\nLUẬT CÔNG ĐOÀN\n\nCăn cứ Hiến pháp;\n", "LUẬT", "CÔNG ĐOÀN"),
    ("QUỐC HỘI\nBộ luật số: 45/2019/QH14\n\nBỘ LUẬT\nLAO ĐỘNG\n\nCăn cứ Hiến pháp;\n", "BỘ LUẬT", "LAO ĐỘNG"),
])
def test_law_titles(block, title, subject):
    """Regression (congbao Luật Công đoàn 50/2024, Bộ luật Dân sự 91/2015, Bộ luật Lao động): no type, no subject."""
    h = header_of(block)
    assert (h.type, h.subject) == (title, subject)


UNLABELLED_END = (
    "Điều 4. Trách nhiệm thi hành\nCác Bộ trưởng chịu trách nhiệm thi hành Nghị định này./.\n\n"
    "- Thủ tướng, các Phó Thủ tướng Chính phủ; - Các bộ, cơ quan ngang bộ; - HĐND, UBND các tỉnh; "
    "- Lưu: VT, NC (02). MC\n( Đã ký) Lê Thành Long |\n")


def test_recipients_and_signer_of_a_copy_without_its_label_and_signature_block():
    """Regression (real-test-8 tvpl_md/16-2025-nd-cp, 1675-nq-ubtvqh15 and 18 more web copies): the "Nơi nhận" label
    and the signature block were lost but for the dashed list ending with the archive's "Lưu" and "(Đã ký) Name"."""
    h = header_of("CHÍNH PHỦ\nSố: 16/2025/NĐ-CP\n\nNGHỊ ĐỊNH\nSửa đổi x\n\n" + UNLABELLED_END)
    assert h.recipients == ["Thủ tướng, các Phó Thủ tướng Chính phủ", "Các bộ, cơ quan ngang bộ", "HĐND, UBND các tỉnh",
                            "Lưu: VT, NC (02). MC"]
    assert h.signer == "Lê Thành Long"
    # without the archive's item, right above "(đã ký)", the space after a dash lost (real-gold 1670-nq-ubtvqh15,
    # real-test-5 1665-nq-ubtvqh15)
    h = header_of("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1670/NQ-UBTVQH15\n\nNGHỊ QUYẾT\nVề việc x\n\nNội dung.\n\n"
                  "- Chính phủ; -Ban Tổ chức Trung ương; - Kiểm toán nhà nước; - Tỉnh ủy, HĐND, UBND tỉnh Lai Châu; |\n"
                  "(đã ký)\n|\n")
    assert h.recipients == ["Chính phủ", "Ban Tổ chức Trung ương", "Kiểm toán nhà nước",
                            "Tỉnh ủy, HĐND, UBND tỉnh Lai Châu"]
    # a dashed list that does not end with the archive's item is no recipients' list
    h = header_of("CHÍNH PHỦ\nSố: 16/2025/NĐ-CP\n\nNGHỊ ĐỊNH\nSửa đổi x\n\n- một;\n- hai;\n- ba.\n")
    assert h.recipients == []


def test_place_and_date_with_emphasis_between_the_words():
    """Regression (real-test-10 tvpl 58/2025/TT-BCT): "*Hà Nội,⏎ngày*⏎*02 tháng 12 năm 2025*" gave no place."""
    h = header_of("BỘ CÔNG THƯƠNG\n|\nSố:\n58/2025/TT-BCT\n|\n*Hà Nội,\nngày*\n*02 tháng 12 năm 2025*\n|\n\n"
                  "**THÔNG TƯ**\n\nQuy định x\n")
    assert (h.place, h.issue_date) == ("Hà Nội", "2025-12-02")


@pytest.mark.parametrize("signature, authority, title, signer", [
    # the prefix glued to its body (real-test-10 tvpl 223/2025/QĐ-UBND, 20 more texts): written with its space
    ("TM.ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Anh Quân\n",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Lê Anh Quân"),
    # a stamp's mark on a line of its own between the title and the name (real-test-10 congbao 844/QĐ-TTg)
    ("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n [\nPhạm Thị Thanh Trà\n", ["KT. THỦ TƯỚNG"], "PHÓ THỦ TƯỚNG",
     "Phạm Thị Thanh Trà"),
])
def test_signature_blocks(signature, authority, title, signer):
    h = header_of("ỦY BAN NHÂN DÂN\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc x\n\nNội dung.\n\nNơi nhận:\n- Lưu: VT.\n\n"
                  + signature)
    assert (h.signing_authority, h.signer_title, h.signer) == (authority, title, signer)


def test_recipients_not_taken_from_a_form_whose_archive_item_is_blank():
    """Regression (real-test-11 tvpl 89/VBHN-BQP): an annexed form's "Nơi nhận: - Như trên; - Lưu:" was read as the
    document's recipients."""
    h = header_of("BỘ QUỐC PHÒNG\nSố: 89/VBHN-BQP\n\nQUYẾT ĐỊNH\nVề việc x\n\nNội dung.\n\nNơi nhận:\n"
                  "- Văn phòng Chính phủ;\n- Lưu: VT, NCTH.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A\n\n"
                  "QUY CHẾ\n\nMẫu số 07\nNơi nhận:\n- Như trên;\n- Lưu:\n\nCHỈ HUY TRƯỞNG\n")
    assert h.recipients == ["Văn phòng Chính phủ", "Lưu: VT, NCTH"]


def test_recipients_without_their_label_stop_at_a_cell_break():
    """Regression (real-test-10 tvpl 171/2025/NĐ-CP, 20 UBTVQH resolutions): the archive's item took the signature
    block glued after a "|" ("- Lưu: VT, TCCV (2) | TM. CHÍNH PHỦKT. THỦ TƯỚNG...")."""
    h = header_of("CHÍNH PHỦ\nSố: 171/2025/NĐ-CP\n\nNGHỊ ĐỊNH\nQuy định x\n\nNội dung.\n\n\n"
                  "- Thủ tướng; - Các bộ; - Văn phòng Quốc hội; - Lưu: VT, TCCV (2) | TM. CHÍNH PHỦ\n")
    assert h.recipients == ["Thủ tướng", "Các bộ", "Văn phòng Quốc hội", "Lưu: VT, TCCV (2)"]


@pytest.mark.parametrize("block, subject", [
    # a title printed a line a paragraph whose last line begins with a capital, the body right after it (real-test-12
    # vbpl 61/2025/TT-BXD, 67/2025/TT-NHNN; 5 more vbpl texts)
    ("THÔNG TƯ\n\nCông bố vùng nước cảng biển thuộc địa phận tỉnh\n\nKhánh Hòa và khu vực quản lý của Cảng vụ\n\n"
     "Căn cứ Bộ luật Hàng hải Việt Nam;\n",
     "Công bố vùng nước cảng biển thuộc địa phận tỉnh Khánh Hòa và khu vực quản lý của Cảng vụ"),
    # not a web page's link printed as an item, nor a body's name over the preamble
    ("THÔNG TƯ\n\nQuy định về Danh mục loài ngoại lai xâm hại\n\n- Nội dung được hướng dẫn\n\nCăn cứ Luật Đa dạng sinh học;\n",
     "Quy định về Danh mục loài ngoại lai xâm hại"),
    ("QUYẾT ĐỊNH\n\nVề việc ban hành Quy chế x\n\nChủ tịch Ủy ban nhân dân tỉnh\n\nCăn cứ Luật Tổ chức;\n",
     "Về việc ban hành Quy chế x"),
    # its last lines, up to three, a body's name or a title at their start going on in small letters (real-test-32:
    # vbpl 300/2025/NĐ-CP; 5 more vbpl texts: "… Thông tư số 16/2025/TT-BXD ngày⏎⏎30/6/2025 của Bộ trưởng …")
    ("NGHỊ ĐỊNH\n\nQuy định thủ tục đề nghị phê chuẩn kết quả\n\nHội đồng nhân dân bầu, miễn nhiệm Chủ tịch\n\n"
     "Ủy ban nhân dân; trình tự điều động Chủ tịch,\n\nPhó Chủ tịch Ủy ban nhân dân và giao quyền Chủ tịch\n\n"
     "Căn cứ Luật Tổ chức Chính phủ;\n", "Quy định thủ tục đề nghị phê chuẩn kết quả Hội đồng nhân dân bầu, miễn nhiệm "
     "Chủ tịch Ủy ban nhân dân; trình tự điều động Chủ tịch, Phó Chủ tịch Ủy ban nhân dân và giao quyền Chủ tịch"),
    ("QUYẾT ĐỊNH\n\nVề việc ban hành Quy chế x\n\nSở Văn hóa, Thể thao và Du lịch\n\nCăn cứ Luật Tổ chức;\n",
     "Về việc ban hành Quy chế x"),
    ("QUYẾT ĐỊNH\n\nVề việc ban hành Quy chế x\n\nA b c\n\nD e g\n\nH i k\n\nL m n\n\nCăn cứ Luật Tổ chức;\n",
     "Về việc ban hành Quy chế x"),  # four: a preamble's lines, no title's
])
def test_subject_whose_last_line_stands_before_the_body(block, subject):
    assert header_of("BỘ XÂY DỰNG\nSố: 61/2025/TT-BXD\nHà Nội, ngày 30 tháng 12 năm 2025\n\n" + block).subject == subject


def test_recipients_not_taken_from_a_form_with_an_item_left_blank():
    """Regression (real-test-12 tvpl 4001/QĐ-BKHCN, 2 vbpl texts): an annexed form's "Nơi nhận: - Như Điều 3; -
    …………; - Lưu: VT,…" was read as the document's recipients."""
    h = header_of("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 4001/QĐ-BKHCN\n\nQUYẾT ĐỊNH\nVề việc x\n\nNội dung.\n\n"
                  "Nơi nhận:\n- Như Điều 3;\n- Văn phòng Chính phủ;\n- Lưu: VT, CNHaiNN.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n"
                  "Vũ Hải Quân\n\nMẪU QUYẾT ĐỊNH\nNơi nhận:\n- Như Điều 3;\n- …………;\n- Lưu: VT,…\n\nBỘ TRƯỞNG\n")
    assert h.recipients == ["Như Điều 3", "Văn phòng Chính phủ", "Lưu: VT, CNHaiNN"]


def test_a_resolution_dated_by_a_closing_formula_with_emphasis_before_the_date():
    """Regression (real-test-23: tvpl 1654/NQ-UBTVQH15): "thông qua **ngày 16 tháng 6 năm 2025.*" gave neither the
    issue date nor, in a copy without its issuer block, the issuer; "**V****ề việc s****ắp xếp**" was the subject
    "V ề việc s ắp xếp"."""
    h = header_of("| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 1654/NQ-UBTVQH15 |\n\n**NGHỊ QUYẾT**\n\n"
                  "**V****ề việc s****ắp xếp các đơn vị hành chính cấp xã**\n\n**ỦY**** BAN THƯỜNG VỤ QUỐC HỘI**\n\n"
                  "*Căn cứ Hiến pháp;*\n\nĐiều 1. Nội dung.\n\n*Nghị quyết này được Ủy ban Thường vụ Quốc hội nước "
                  "Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua **ngày   16   tháng   6 năm 2025.*\n")
    assert (h.issuer, h.issue_date) == ("Ủy ban Thường vụ Quốc hội", "2025-06-16")
    assert h.subject == "Về việc sắp xếp các đơn vị hành chính cấp xã"


def test_a_subject_line_ending_with_so_goes_on_with_the_number_in_the_next_paragraph():
    """Regression (real-test-27: vbpl 08/2026/TT-BTC): "… Thông tư số⏎⏎121/2020/TT-BTC ngày 31 tháng 12 năm 2020 …" cut
    the subject at "Thông tư số"."""
    h = header_of("BỘ TÀI CHÍNH\n\nSố: 08/2026/TT-BTC\n\nHà Nội, ngày 03 tháng 02 năm 2026\n\nTHÔNG TƯ\n\nSửa đổi, bổ sung "
                  "bởi Thông tư số 68/2024/TT-BTC, Thông tư số\n\n121/2020/TT-BTC ngày 31 tháng 12 năm 2020 của Bộ "
                  "trưởng\n\nBộ Tài chính quy định về hoạt động của công ty chứng khoán\n\nđược sửa đổi, bổ sung bởi "
                  "Thông tư số 68/2024/TT-BTC\n\nCăn cứ Luật Chứng khoán số 54/2019/QH14;\n")
    assert h.subject == ("Sửa đổi, bổ sung bởi Thông tư số 68/2024/TT-BTC, Thông tư số 121/2020/TT-BTC ngày 31 tháng "
                         "12 năm 2020 của Bộ trưởng Bộ Tài chính quy định về hoạt động của công ty chứng khoán được sửa "
                         "đổi, bổ sung bởi Thông tư số 68/2024/TT-BTC")


@pytest.mark.parametrize("wrapped, item", [
    ("- VPCP: BTCN, các PCN, TGĐ Cổng TTĐT,\n\ncác Vụ, Cục, Công báo;", "VPCP: BTCN, các PCN, TGĐ Cổng TTĐT, các Vụ, Cục, "
     "Công báo"),
    # without its punctuation (real-test-50: vbpl 100/2025/TT-BCA; 3 more web copies)
    ("- Các doanh nghiệp, đơn vị sự nghiệp công lập\n\ntrong CAND, ban quản lý dự án trong CAND;",
     "Các doanh nghiệp, đơn vị sự nghiệp công lập trong CAND, ban quản lý dự án trong CAND"),
])
def test_a_recipient_ending_with_a_comma_goes_on_after_a_blank_line(wrapped, item):
    """Regression (real-test-27: vbpl 26/2026/NĐ-CP; 6 more web copies): "- VPCP: BTCN, …, TGĐ Cổng TTĐT,⏎⏎các Vụ,
    Cục, đơn vị trực thuộc, Công báo;" lost its second line and the archive's item after it."""
    h = header_of("CHÍNH PHỦ\nSố: 26/2026/NĐ-CP\n\nNGHỊ ĐỊNH\nQuy định x\n\nNội dung./.\n\nNơi nhận:\n\n"
                  "- Ban Bí thư Trung ương Đảng;\n\n" + wrapped + "\n\n- Lưu: VT, CN (2).\n\nTM. CHÍNH PHỦ\n")
    assert h.recipients == ["Ban Bí thư Trung ương Đảng", item, "Lưu: VT, CN (2)"]


def test_a_footnote_mark_glued_to_the_subjects_last_word_is_no_part_of_it():
    """Regression (real-test-29: congbao VBHN 2091/VBHN-BLĐTBXH; VBHN 5640, 06/VBHN-BTC): "… Viễn thông Quân đội1"."""
    h = header_of("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 2091/VBHN-BLĐTBXH\n\nNGHỊ ĐỊNH\nThực hiện thí điểm quản lý lao "
                  "động, tiền lương đối với\nTập đoàn Công nghiệp - Viễn thông Quân đội1\n\nNghị định số 121/2016/NĐ-CP ngày "
                  "24 tháng 8 năm 2016 thực hiện thí điểm\n")
    assert h.subject == "Thực hiện thí điểm quản lý lao động, tiền lương đối với Tập đoàn Công nghiệp - Viễn thông Quân đội"
    assert header_of("UBND TỈNH X\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2025\n\nNội dung\n").subject == \
        "Triển khai nhiệm vụ năm 2025"


@pytest.mark.parametrize("subject_line, subject", [
    ("Quy định tiền lương đối với người quản lý, Kiểm soát viên1 công ty trách nhiệm hữu hạn",
     "Quy định tiền lương đối với người quản lý, Kiểm soát viên công ty trách nhiệm hữu hạn"),
    ("Quy định giá nước sạch 15 nghìn đồng/m3 tại các xã", "Quy định giá nước sạch 15 nghìn đồng/m3 tại các xã"),
    ("Quy định mật độ xây dựng tối đa trên 1000 m2 đất ở", "Quy định mật độ xây dựng tối đa trên 1000 m2 đất ở"),
    ("Ban hành Quy chế phòng, chống COVID-19 tại cơ quan", "Ban hành Quy chế phòng, chống COVID-19 tại cơ quan"),
])
def test_a_footnote_mark_glued_to_a_word_inside_the_subject_is_no_part_of_it(subject_line, subject):
    """Regression (real-test-38: congbao VBHN 2650/VBHN-BLĐTBXH; VBHN 6659): "… Kiểm soát viên1 công ty …", whose
    footnote 1 follows; a unit's digit ("m2") or a mark without its footnote stays."""
    h = header_of("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 2650/VBHN-BLĐTBXH\n\nNGHỊ ĐỊNH\n" + subject_line +
                  "\n\nNghị định số 52/2016/NĐ-CP ngày 13 tháng 6 năm 2016\n\n1 Cụm từ “người quản lý” được thay thế\n"
                  "\n3 Theo quy định\n")
    assert h.subject == subject


@pytest.mark.parametrize("annex, issue_date", [
    ("PHỤ LỤC\n(Kèm theo Nghị định số 158/2025/NĐ-CP ngày 25 tháng 6 năm 2025 của Chính phủ)\n", "2025-06-25"),
    ("*(Kèm theo Nghị định số 158/2025/NĐ-CP*\n\n\n*ngày 25 tháng 6 năm 2025 của Chính phủ)*\n", "2025-06-25"),
    ("PHỤ LỤC\n(Kèm theo Nghị định số 159/2025/NĐ-CP ngày 25 tháng 6 năm 2025 của Chính phủ)\n", None),  # another's
    ("Nghị định số 158/2025/NĐ-CP ngày 25 tháng 6 năm 2025 được sửa đổi\n", None),  # no annex's reference
])
def test_issue_date_from_the_annexes_reference_when_the_copy_lost_its_date_line(annex, issue_date):
    """Regression (real-test-31: tvpl 158/2025/NĐ-CP; tvpl 170/2025/NĐ-CP): a web copy without its place-and-date line
    had no issue date, though its annexes give it with the number they refer back to."""
    h = header_of("CHÍNH PHỦ\nSố: 158/2025/NĐ-CP\n\nNGHỊ ĐỊNH\nQuy định x\n\nĐiều 1. Nội dung./.\n\nTM. CHÍNH PHỦ\n"
                  "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nHồ Đức Phớc\n\n" + annex)
    assert (h.issue_date, h.place) == (issue_date, None)


def test_a_title_in_capitals_cut_after_a_day_goes_on_with_its_month():
    """Regression (cross-source check, vbpl 148/2025/TT-BTC; its gazette print reads whole): a title in capitals
    printed a line a paragraph was cut after "… NGÀY 06", before "THÁNG 11 NĂM 2025 …" (subject_continuations.txt)."""
    h = header_of("BỘ TÀI CHÍNH\n\nSố: 148/2025/TT-BTC\n\nHà Nội, ngày 31 tháng 12 năm 2025\n\nTHÔNG TƯ\n\n"
                  "HƯỚNG DẪN MỘT SỐ NỘI DUNG TẠI NGHỊ ĐỊNH SỐ 289/2025/NĐ-CP NGÀY 06\n\nTHÁNG 11 NĂM 2025 CỦA CHÍNH PHỦ "
                  "HƯỚNG DẪN THI HÀNH NGHỊ QUYẾT SỐ\n\n197/2025/QH15 NGÀY 17 THÁNG 5 NĂM 2025 CỦA QUỐC HỘI\n\n"
                  "Căn cứ Nghị quyết số 197/2025/QH15;\n")
    assert h.subject == ("HƯỚNG DẪN MỘT SỐ NỘI DUNG TẠI NGHỊ ĐỊNH SỐ 289/2025/NĐ-CP NGÀY 06 THÁNG 11 NĂM 2025 CỦA CHÍNH "
                         "PHỦ HƯỚNG DẪN THI HÀNH NGHỊ QUYẾT SỐ 197/2025/QH15 NGÀY 17 THÁNG 5 NĂM 2025 CỦA QUỐC HỘI")


@pytest.mark.parametrize("last_lines, subject_end", [
    # the number on its own line under "số" goes on (cross-source check: congbao 06/2026/TT-BTC; vbpl reads whole)
    ("xâm phạm quyền sở hữu trí tuệ được sửa đổi, bổ sung bởi Thông tư số\n13/2020/TT-BTC\n",
     "được sửa đổi, bổ sung bởi Thông tư số 13/2020/TT-BTC"),
    # a line in capitals under one in small letters still ends it
    ("xâm phạm quyền sở hữu trí tuệ\nBỘ TRƯỞNG BỘ TÀI CHÍNH\n", "xâm phạm quyền sở hữu trí tuệ"),
    ("xâm phạm quyền sở hữu trí tuệ\n13/2020/TT-BTC\n", "xâm phạm quyền sở hữu trí tuệ"),
])
def test_a_number_alone_on_the_subjects_last_line(last_lines, subject_end):
    h = header_of("BỘ TÀI CHÍNH\nSố: 06/2026/TT-BTC\nHà Nội, ngày 26 tháng 01 năm 2026\n\nTHÔNG TƯ\nSửa đổi, bổ sung "
                  "một số điều của Thông tư số 13/2015/TT-BTC về kiểm soát hàng giả và hàng hóa\n" + last_lines +
                  "\n\nCăn cứ Luật Hải quan số 54/2014/QH13;\n")
    assert h.subject.endswith(subject_end) and h.subject.startswith("Sửa đổi, bổ sung")


def test_signature_before_annexes_whose_reference_is_in_emphasis():
    """Regression (cross-source check, tvpl_md/308-2025-nd-cp; the vbpl copy reads right): the annexes' reference
    "*(Kèm theo*** ***Nghị định số⏎308/2025/NĐ-CP …)*" has emphasis marks between its words, so the annexes were not
    found and a form's "TM. BAN CHỦ NHIỆM⏎TRƯỞNG BAN" and its "Nơi nhận" (filled in, no placeholders) were taken for
    the decree's."""
    h = header_of("CHÍNH PHỦ\nSố: 308/2025/NĐ-CP\nHà Nội, ngày 28 tháng 11 năm 2025\n\nNGHỊ ĐỊNH\nQuy định x\n\n"
                  "Nội dung.\n\n|\n*Nơi nhận:*\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT, KGVX (2).\n|\n**TM. CHÍNH\n"
                  "PHỦ**\n**KT. THỦ TƯỚNG**\n**PHÓ THỦ TƯỚNG**\n**Mai Văn Chính**\n|\n\n\n**PHỤ\nLỤC I**\n\n"
                  "*(Kèm theo*** ***Nghị định số\n308/2025/NĐ-CP ngày 28 tháng 11 năm 2025 của Chính phủ)*\n\n|\n"
                  "Mẫu số 01\n|\nQuyết định công nhận\n\n|\n*Nơi nhận:*\n- Như Điều 4;\n- Bộ Văn hóa, Thể thao và Du lịch;\n"
                  "- Lưu: VT.\n|\n**TM. BAN\nCHỦ NHIỆM**\n"
                  "**TRƯỞNG BAN**\n*(Ký, đóng dấu và ghi rõ họ tên,*\n*chức vụ người ký)*\n|\n")
    assert (h.signing_authority, h.signer_title, h.signer) == (["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"], "PHÓ THỦ TƯỚNG",
                                                                "Mai Văn Chính")
    assert h.recipients == ["Ban Bí thư Trung ương Đảng", "Lưu: VT, KGVX (2)"]


@pytest.mark.parametrize("under_number, issue_date", [
    # a web copy that lost the place: the date alone on its line under the number (real-test-36: vbpl 66.9/2025/NQ-CP)
    ("\n\nNgày 8 tháng 12 năm 2025\n\n", "2025-12-08"),
    ("\n*Ngày 08 tháng 12 năm 2025*\n", "2025-12-08"),
    # a date that goes on in a sentence, or is not whole, is no issue date
    ("\n\nNgày 8 tháng 12 năm 2025 các bộ họp\n", None),
    ("\n\nNgày    tháng 12 năm 2025\n", None),
])
def test_a_date_alone_under_the_number(under_number, issue_date):
    h = header_of("CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 66.9/2025/NQ-CP" + under_number +
                  "NGHỊ QUYẾT\n\nXử lý khó khăn, vướng mắc\n\nCăn cứ Luật Tổ chức Chính phủ;\n")
    assert (h.issue_date, h.place) == (issue_date, None)


@pytest.mark.parametrize("text, expected", [
    ("## **Phụ lục I DANH MỤC VÀ MÃ SỐ CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ**\n\n_(Ban hành kèm theo Công văn số 1027/CTK-CSCL "
     "ngày 25 tháng 6 năm 2025 của Cục Thống kê)_\n\n| Stt | Mã số | Tên đơn vị hành chính |\n",
     ("1027/CTK-CSCL", None, "CTK", "CÔNG VĂN", "Cục Thống kê", "2025-06-25")),
    ("(Tiếp theo Công báo số 201 + 202)\n\nPhụ lục số 04\nHỆ THỐNG BÁO CÁO TÀI CHÍNH\n(Ban hành kèm theo Thông tư số "
     "102/2018/TT-BTC ngày 14 tháng 11 năm 2018 \ncủa Bộ Tài chính) \n\nMẫu số: B11-BH\n",
     ("102/2018/TT-BTC", "TT", "BTC", "THÔNG TƯ", "Bộ Tài chính", "2018-11-14")),
    # a document with a header of its own keeps it; an annex far down the text is not its header
    ("BỘ TÀI CHÍNH\nSố: 12/2025/TT-BTC\n\nTHÔNG TƯ\nQuy định x\n\nPhụ lục I\n(Ban hành kèm theo Thông tư số "
     "102/2018/TT-BTC ngày 14 tháng 11 năm 2018 của Bộ Tài chính)\n",
     ("12/2025/TT-BTC", "TT", "BTC", "THÔNG TƯ", "BỘ TÀI CHÍNH", None)),
    ("Báo cáo tình hình\n" + "Nội dung dài.\n" * 80 + "Phụ lục I\n(Kèm theo Công văn số 12/UBND-VP ngày 01 tháng 02 "
     "năm 2025 của UBND tỉnh)\n", (None, None, None, None, None, None)),
])
def test_the_header_of_an_annex_alone_is_the_document_it_is_attached_to(text, expected):
    """Regression (real-test-40: dvhcvn 1027/CTK-CSCL, the list of communes annexed to the statistics office's
    letter; congbao 102/2018/TT-BTC, a gazette issue that goes on with the circular's annexes): no header was read,
    and the reference to the document's own number was a citation."""
    h = header_of(text)
    assert (h.number, h.type_code, h.issuer_code, h.type, h.issuer, h.issue_date) == expected


def test_recipients_printed_after_the_signature_of_a_web_copy():
    """Regression (real-test-52: vbpl 38/2025/TT-BKHCN, 1 more): the page put the signature between "Nơi nhận:" and its
    items, which were lost."""
    h = header_of("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 38/2025/TT-BKHCN\n\nTHÔNG TƯ\nQuy định x\n\nNội dung./.\n\n"
                  "Nơi nhận:\n\nBỘ TRƯỞNG\n\n(Đã ký)\n\nNguyễn Mạnh Hùng\n\n- Văn phòng Tổng bí thư;\n\n"
                  "- Văn phòng Quốc hội;\n\n- Lưu: VT, TTTK.\n")
    assert h.recipients == ["Văn phòng Tổng bí thư", "Văn phòng Quốc hội", "Lưu: VT, TTTK"]
    assert (h.signer_title, h.signer) == ("BỘ TRƯỞNG", "Nguyễn Mạnh Hùng")


def test_a_forms_list_with_its_archive_codes_left_blank_is_not_the_documents():
    """Regression (real-test-52: congbao 10/2021/TT-NHNN): the gazette print has no list of its own; the last form's
    ("- Lưu:...⏎Hướng dẫn lập biểu: …") was taken for it, the form's next line run into its archive item."""
    h = header_of("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 10/2021/TT-NHNN\n\nTHÔNG TƯ\nQuy định x\n\nNội dung./.\n\n"
                  "KT. THỐNG ĐỐC\nPHÓ THỐNG ĐỐC\n\nĐào Minh Tú\n\nPhụ lục\nMẫu báo cáo\n\nNơi nhận: \n"
                  "- Ban Lãnh đạo NHNN (để báo cáo); \n- Vụ Chính sách tiền tệ; \n- Lưu:... \n"
                  "Hướng dẫn lập biểu: Thời gian chốt số liệu từ ngày 01.\n")
    assert not h.recipients


def test_annex_forms_recipients_after_a_misprinted_reference_are_not_the_documents():
    """Regression (blind set real-test-70: vbpl 60/2025/NĐ-CP): its annex, headed "(Kèm theo Nghị định số
    66/2025/NĐ-CP …)", a misprint of its own number, holds forms with their own "Nơi nhận", taken for the decree's."""
    text = ("CHÍNH PHỦ\nSố: 60/2025/NĐ-CP\n\nNGHỊ ĐỊNH\nVề x\n\nĐiều 1. Nội dung./.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\n"
            "Phạm Minh Chính\n\nPHỤ LỤC\n(Kèm theo Nghị định số 66/2025/NĐ-CP ngày 12 tháng 3 năm 2025 của Chính "
            "phủ)\n\nMẫu số 01\nĐƠN ĐỀ NGHỊ\n\nNơi nhận:\n- Như Điều ….;\n- Lưu: VT, (6) A.xx (7)\n\nCHỦ TỊCH\n")
    h = header_of(text)
    assert (h.signer, h.recipients) == ("Phạm Minh Chính", [])


def test_annex_forms_recipients_after_a_reference_without_the_year_are_not_the_documents():
    """Regression (blind set real-test-73: vbpl 58/2025/TT-BKHCN): its annex, headed "(Kèm theo Thông tư số
    58/TT-BKHCN …)", its own number printed without the year, holds forms with their own "Nơi nhận" and signature
    lines, taken for the circular's."""
    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 58/2025/TT-BKHCN\n\nTHÔNG TƯ\nVề x\n\nĐiều 1. Nội dung./.\n\nNơi nhận:\n"
            "- Văn phòng Chính phủ;\n- Lưu: VT, PC.\n\nBỘ TRƯỞNG\n\n(Đã ký)\n\nNguyễn Mạnh Hùng\n\nPhụ lục\n\nBIỂU MẪU\n\n"
            "(Kèm theo Thông tư số 58/TT-BKHCN ngày 31 tháng 12 năm 2025\n\ncủa Bộ Khoa học và Công nghệ)\n\n"
            "Mẫu số 01\nBÁO CÁO\n\nNơi nhận:\n\n- Như trên;\n\n- Lưu: VT;...\n\nNgười đứng đầu cơ sở\n\n"
            "(Họ tên, chữ ký, đóng dấu)\n")
    h = header_of(text)
    assert (h.signer_title, h.signer, h.recipients) == ("BỘ TRƯỞNG", "Nguyễn Mạnh Hùng",
                                                         ["Văn phòng Chính phủ", "Lưu: VT, PC"])


_MISNUMBERED_ANNEX_DOCUMENT = (
    "CHÍNH PHỦ\nSố: 60/2025/NĐ-CP\n\nNGHỊ ĐỊNH\nVề x\n\nĐiều 1. {body}./.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\n"
    "Phạm Minh Chính\n\nPHỤ LỤC\nDANH MỤC\n({reference} ngày 12 tháng 3 năm 2025 của Chính phủ)\n\nMẫu số 01\n")


@pytest.mark.parametrize("body, reference, annexed_as", [
    # vbpl 60/2025/NĐ-CP (set 70): the annex's heading calls the decree 66/2025/NĐ-CP
    ("Nội dung", "Kèm theo Nghị định số 66/2025/NĐ-CP", "66/2025/NĐ-CP"),
    ("Nội dung", "Ban hành kèm theo Nghị định số 66/2025/NĐ-CP", "66/2025/NĐ-CP"),
    ("Nội dung", "KÈM THEO NGHỊ ĐỊNH SỐ 66/2025/NĐ-CP", "66/2025/NĐ-CP"),
    ("Nội dung", "Kèm theo Nghị định số 60/2025/NĐ-CP", None),  # its own number
    ("Nội dung", "Kèm theo Nghị định số 66/2024/NĐ-CP", None),  # another year: another decree
    ("Nội dung", "Kèm theo Thông tư số 66/2025/TT-BTC", None),  # another instrument
    # a misprinted number in the body, not under an annex's heading, is no annex's reference
    ("Thay thế mẫu ban hành kèm theo Nghị định số 61/2025/NĐ-CP", "Kèm theo Nghị định số 60/2025/NĐ-CP", None),
])
def test_the_number_an_annex_calls_the_document_by(body, reference, annexed_as):
    text = _MISNUMBERED_ANNEX_DOCUMENT.format(body=body, reference=reference)
    h = header_of(text)
    assert h.annexed_as == annexed_as
    if annexed_as:
        start, end = h.spans["annexed_as"]
        assert text[start:end] == annexed_as
    else:
        assert "annexed_as" not in h.spans


def test_unlabelled_recipients_above_annexes_of_a_copy_without_its_signature():
    """Regression (real-test-76: tvpl 170/2025/NĐ-CP): a web copy lost its "Nơi nhận" label, its signature block and
    the body's "./."; its annex, under a "Phụ lục" heading that refers back to the decree, was not told from the body,
    and the recipients were looked for in the annex's form (its own "Lưu" item) and none were read."""
    h = header_of("CHÍNH PHỦ\nSố: 170/2025/NĐ-CP\n\nNGHỊ ĐỊNH\nQuy định về x\n\nĐiều 73. Trách nhiệm thi hành\n\nCác Bộ trưởng "
                  "chịu trách nhiệm thi hành Nghị định này.\n\n* *\n\n- Thủ tướng, các Phó Thủ tướng Chính phủ; - Các Bộ, cơ "
                  "quan ngang Bộ; - Văn phòng Quốc hội; - Lưu: VT, TCCV (2). |\n\n**Phụ lục**\n\n*(Kèm theo Nghị định số "
                  "170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ)*\n\nMẫu số 01\n\nNơi nhận:\n- Như trên;\n- Lưu: VT,"
                  " Hồ sơ công chức, TCCB.\n\nTHỦ TRƯỞNG CƠ QUAN\n")
    assert h.recipients == ["Thủ tướng, các Phó Thủ tướng Chính phủ", "Các Bộ, cơ quan ngang Bộ", "Văn phòng Quốc hội",
                            "Lưu: VT, TCCV (2)"]


def test_signer_span_covers_a_name_with_markup_inside():
    """Regression (review, twenty-sixth session; tvpl 54/2025/TT-BCT): "Nguyễn Ho**àng Long**" gave the span of
    "Nguyễn Ho**àng Lo", the name's length without its markup counted from its start."""
    text = ("BỘ CÔNG THƯƠNG\nSố: 5/2025/TT-BCT\nHà Nội, ngày 1 tháng 2 năm 2025\nTHÔNG TƯ\nQuy định abc\n\n"
            "Điều 1. abc\n\n"
            "Nơi nhận:\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Ho**àng Long**\n")
    normalized = normalize(text).text
    h = extract_header(normalized)
    start, end = h.spans["signer"]
    assert (h.signer, normalized[start:end]) == ("Nguyễn Hoàng Long", "Nguyễn Ho**àng Long")


def test_regression_header_spans_hold_no_blanks_at_their_ends():
    """A header cell's trailing space was in the field's span ('CHÍNH PHỦ ', 'NGHỊ ĐỊNH ', 'PHÓ THỦ TƯỚNG '): spaCy's
    char_span of it was None, and the span group took a blank token in (review of the spaCy layer)."""
    from vnadmin.text import normalize

    text = normalize("CHÍNH PHỦ \n\nSố: 74/2025/NĐ-CP\n\nNGHỊ ĐỊNH \nVề việc A\n\nKT. THỦ TƯỚNG \nPHÓ THỦ TƯỚNG \n\n\n"
                     "Nguyễn Văn A\n").text
    header = extract_header(text)
    assert {field: text[a:b] for field, (a, b) in header.spans.items()
            if field in ("issuer", "type", "signer_title", "signer")} == \
        {"issuer": "CHÍNH PHỦ", "type": "NGHỊ ĐỊNH", "signer_title": "PHÓ THỦ TƯỚNG", "signer": "Nguyễn Văn A"}
    for path in sorted(CORPORA.rglob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8")).text
        for field, (a, b) in extract_header(text).spans.items():
            assert text[a:b] == text[a:b].strip(), (path.name, field, text[a:b])
