"""Ingest: formats sniffed from bytes, encodings detected (never guessed silently), bad input → clear errors."""
import io
import zipfile

import pytest

from conftest import SEED, SHARED_REAL, make_pdf, need_shared
from vnadmin.ingest import IngestError, read_bytes, sniff_format
from vnadmin.ingest.readers import decode_text
from vnadmin.pipeline import process_bytes, process_path

VIETNAMESE = "Số: 12/QĐ-UBND\nHuế, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch số 269/KH-UBND"


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 writes a tone as a combining mark after the (possibly accented) vowel."""
    import unicodedata

    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return out


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1258", "cp1258"),
])
def test_text_encodings(encoding, expected):
    data = to_cp1258(VIETNAMESE) if encoding == "cp1258" else VIETNAMESE.encode(encoding)
    text, found = decode_text(data)
    assert found == expected
    from vnadmin.text import normalize

    assert normalize(text).text == VIETNAMESE


def test_utf16_without_bom():
    text, found = decode_text(VIETNAMESE.encode("utf-16-le"))
    assert (text, found) == (VIETNAMESE, "utf-16-le")


def test_unknown_single_byte_encoding_is_an_error_not_a_guess():
    data = "Привет, мир. Это не вьетнамский текст".encode("koi8-r")
    with pytest.raises(IngestError) as error:
        decode_text(data)
    assert error.value.code == "unknown_encoding"


@pytest.mark.parametrize("data, kind", [
    (b"", "empty"), (b"%PDF-1.7\n", "pdf"), (b"\x89PNG\r\n\x1a\n....", "png"), (b"\xff\xd8\xff\xe0", "jpeg"),
    (b"II*\x00", "tiff"), (b"{\\rtf1 hello}", "rtf"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "html"), ("Số: 12".encode(), "text"),
    (bytes(range(256)) * 4, "binary"),
])
def test_sniffing(data, kind):
    assert sniff_format(data) == kind


def test_sniffing_ignores_the_extension(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text(VIETNAMESE, encoding="utf-8")
    document = process_path(path)
    assert (document.format, document.status, document.header.number) == ("txt", "ok", "12/QĐ-UBND")


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize("data, code", [
    (b"", "empty_file"),
    (bytes(range(256)) * 8, "binary"),
    (b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer\n%%EOF", "corrupt_pdf"),
    (_zip({"word/document.xml": b"<not-xml"}), "corrupt_docx"),
    (_zip({"a.txt": b"hello"}), "not_a_document"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "corrupt_image"),
])
def test_bad_input_gives_a_failed_document_with_a_code(data, code):
    document = process_bytes(data, "bad")
    assert (document.status, document.error_code) == ("failed", code)
    assert document.error


def test_truncated_pdf(tmp_path, dejavu_font):
    pdf = make_pdf(tmp_path / "a.pdf", [VIETNAMESE], dejavu_font).read_bytes()
    document = process_bytes(pdf[: len(pdf) // 2], "truncated.pdf")
    assert document.status in ("failed", "ok")  # pdfium may repair a cut xref; it must never raise
    if document.status == "failed":
        assert document.error_code == "corrupt_pdf"


def test_pdf_text_layer(tmp_path, dejavu_font):
    path = make_pdf(tmp_path / "born-digital.pdf", [VIETNAMESE, "Nơi nhận:\n- Lưu: VT."], dejavu_font)
    document = process_path(path)
    assert (document.format, document.status, len(document.pages)) == ("pdf", "ok", 2)
    assert document.header.number == "12/QĐ-UBND"
    assert [p.method for p in document.pages] == ["text_layer", "text_layer"]
    first, second = document.pages
    assert document.text[first.start:first.end].startswith("Số: 12/QĐ-UBND")
    assert second.start > first.end


def test_pdf_page_without_text_layer_is_reported_not_silently_empty(tmp_path, dejavu_font):
    from vnadmin.pipelines import Pipeline

    path = make_pdf(tmp_path / "mixed.pdf", [VIETNAMESE], dejavu_font, image_page=True)
    document = process_path(path, Pipeline(ocr="never"))
    assert (document.status, document.error_code) == ("partial", "needs_ocr")
    assert [p.needs_ocr for p in document.pages] == [False, True]
    assert "page" in document.error and "2" in document.error


def test_short_last_page_is_not_a_scan():
    """Regression: the sample's 4th page holds only the signer's title and name: a text page, not a scan."""
    document = process_path(SEED / "3457-BC-UBND.text-layer.pdf")
    assert document.status == "ok"
    assert document.pages[-1].method == "text_layer"


def test_docx_with_layout_tables(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "UBND TỈNH QUẢNG TRỊ"
    table.cell(0, 0).add_paragraph("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    table.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    table.cell(1, 0).text = "Số: 1234/STTTT-TTBCXB"
    table.cell(1, 1).text = "Quảng Trị, ngày 26 tháng 8 năm 2024"
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác thông tin")
    data = document.add_table(rows=2, cols=3)
    for column, value in enumerate(["TT", "Nội dung", "Số lượng"]):
        data.cell(0, column).text = value
    path = tmp_path / "report.docx"
    document.save(path)
    parsed = process_path(path)
    h = parsed.header
    assert (parsed.format, h.number, h.parent_issuer, h.issuer, h.place, h.issue_date, h.type) == (
        "docx", "1234/STTTT-TTBCXB", "UBND TỈNH QUẢNG TRỊ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Quảng Trị",
        "2024-08-26", "BÁO CÁO")
    assert "TT | Nội dung | Số lượng" in parsed.text


def test_html_keeps_the_document_not_the_menus():
    html = """<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head><body>
    <nav><a>Trang chủ</a><a>Văn bản mới</a></nav>
    <div class="header">Cổng thông tin</div>
    <div data-vbpl-content-root="true">
      <table><tr><td>CHÍNH PHỦ</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>
      <tr><td>Số: 249/2025/NĐ-CP</td><td>Hà Nội, ngày 19 tháng 9 năm 2025</td></tr></table>
      <p>NGHỊ ĐỊNH</p><p>Quy định chi tiết Luật Báo chí</p>
      <p>Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ;</p>
    </div>
    <footer>Bản quyền</footer></body></html>"""
    document = process_bytes(html.encode("utf-8"), "page.html")
    assert document.format == "html"
    assert "Trang chủ" not in document.text and "Bản quyền" not in document.text
    assert (document.header.number, document.header.issuer, document.header.type) == (
        "249/2025/NĐ-CP", "CHÍNH PHỦ", "NGHỊ ĐỊNH")
    assert [c.number or c.name for c in document.citations] == ["Luật Báo chí", "09/2017/NĐ-CP"]


def test_crlf_nfd_and_bom_text_gives_the_same_extraction(seed_text):
    import unicodedata

    variant = codecs_bom = "\ufeff" + unicodedata.normalize("NFD", seed_text).replace("\n", "\r\n")
    clean = process_bytes(seed_text.encode("utf-8"))
    damaged = process_bytes(variant.encode("utf-8"))
    assert damaged.encoding == "utf-8-sig" and codecs_bom
    assert [(c.number, c.date, c.issuer) for c in damaged.citations] == [
        (c.number, c.date, c.issuer) for c in clean.citations]
    assert damaged.header.to_dict() | {"spans": {}} == clean.header.to_dict() | {"spans": {}}


def test_read_bytes_raises_with_codes():
    with pytest.raises(IngestError) as error:
        read_bytes(b"")
    assert error.value.code == "empty_file"


def test_pdfium_line_break_hyphen_is_a_hyphen():
    """Regression (real/pdf: 4 gazette PDFs, 11 numbers): pdfium gives U+FFFE for a hyphen the PDF marks as
    breaking a line; "08/2021/NĐ\\ufffeCP" was cut to the number "08/2021/NĐ"."""
    pdf = need_shared(SHARED_REAL / "pdf") / "nghi-dinh-so-123-2026-nd-cp-469299.pdf"
    document = process_path(pdf)
    assert "\ufffe" not in document.text
    assert "08/2021/NĐ-CP" in [c.number for c in document.citations]
    assert not [c.number for c in document.citations if (c.number or "").endswith("/NĐ")]

