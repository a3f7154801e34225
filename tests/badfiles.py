"""Builders of bad and pathological inputs, made for real by the tests (nothing of this is stored)."""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

REPORT = """ỦY BAN NHÂN DÂN
HUYỆN PHONG ĐIỀN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phong Điền, ngày 05 tháng 3 năm 2024
BÁO CÁO
Kết quả công tác tuyên truyền năm 2023
Thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân huyện báo cáo
kết quả như sau.
"""


def report(seq: int = 215) -> str:
    """A short real-looking report whose number (and so whose bytes) depends on ``seq``."""
    return REPORT.replace("215/BC-UBND", f"{seq}/BC-UBND")


def raw_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF written object by object, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def _page_pdf(content: bytes, compress: bool = False) -> bytes:
    stream = zlib.compress(content, 9) if compress else content
    filters = b" /Filter /FlateDecode" if compress else b""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def ascii_pdf(text: str) -> bytes:
    """A one-page PDF with a text layer of ASCII lines (Helvetica, no embedded font)."""
    lines = b"".join(b"(%s) Tj T* " % line.encode("ascii") for line in text.splitlines())
    return _page_pdf(b"BT /F1 11 Tf 14 TL 50 800 Td " + lines + b"ET")


def pdf_bomb(expanded_mb: int = 300) -> bytes:
    """A 600 KB PDF whose one page holds ``expanded_mb`` MB of drawing operators: millions of objects, gigabytes
    of memory for whoever parses the page."""
    compressor = zlib.compressobj(9)
    unit = b"0 0 1 1 re f\n" * 10_000
    parts = [compressor.compress(unit) for _ in range(expanded_mb * (1 << 20) // len(unit))]
    stream = b"".join(parts) + compressor.flush()
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ])


def broken_xref_pdf(text: str) -> bytes:
    """A PDF whose cross-reference offsets all point to the wrong place (readers must rebuild it)."""
    data = bytearray(ascii_pdf(text))
    start = data.index(b"xref\n")
    table = bytes(data[start:data.index(b"trailer")])
    return bytes(data[:start]) + table.replace(b"00000 n", b"99999 n").replace(b"0000000", b"0000999") + \
        bytes(data[data.index(b"trailer"):])


def many_pages_pdf(pages: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def encrypted_pdf(font: Path, user_password: str) -> bytes:
    """A PDF of the report, encrypted (RC4) with an owner password and the given user password ('' = none)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, report())
    pdf.set_encryption(owner_password="chu-so-huu", user_password=user_password)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A page that is only a picture (no text layer)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1240, 1754), 255)
    ImageDraw.Draw(image).text((100, 100), "SCANNED PAGE", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


def huge_png(side: int = 20_000) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", (side, side), 1).save(buffer, format="PNG")
    return buffer.getvalue()


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def zip_bomb(member: str = "word/document.xml", expanded_mb: int = 600, extra: dict[str, bytes] | None = None) -> bytes:
    """A ZIP whose ``member`` expands ~1000-fold (a DOCX bomb with the default member name)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if member.startswith("word/"):
            archive.writestr("[Content_Types].xml", "<Types/>")
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
        with archive.open(member, "w", force_zip64=True) as handle:
            block = b" " * (1 << 20)
            for _ in range(expanded_mb):
                handle.write(block)
    return buffer.getvalue()


def docx_of(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
