"""Readers by sniffed format: plain text, PDF text layer, DOCX, HTML saved from legal portals."""
from __future__ import annotations

import codecs
import io
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import regex

from vnadmin.ingest.errors import IngestError
from vnadmin.ingest.sniff import sniff_format
from vnadmin.resources import word_list

PACKAGE = "vnadmin.ingest"
MIN_PAGE_LETTERS = 40  # fewer letters than this (after removing signature stamps) = no usable text layer


@dataclass
class RawPage:
    text: str
    method: str  # text_layer | ocr | docx | txt | html | none
    needs_ocr: bool = False
    ocr_confidence: float | None = None


@dataclass
class RawDocument:
    format: str
    pages: list[RawPage]
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_bytes(data: bytes, name: str = "") -> RawDocument:
    """Pages of text of a file's bytes; raises IngestError with a stable code."""
    kind = sniff_format(data)
    if kind == "empty":
        raise IngestError("empty_file", "the file is empty (0 bytes)")
    reader = _READERS.get(kind)
    if reader is None:
        if kind == "binary":
            raise IngestError("binary", "binary data, not a text, PDF, DOCX or HTML document")
        raise IngestError("unsupported_format", f"format '{kind}' is not read by this version")
    return reader(data)


# --- text -------------------------------------------------------------------------------------------------

_VIETNAMESE = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                            r"ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]")


def _plausible_vietnamese(text: str) -> bool:
    """A decoding is plausible when the non-ASCII letters it produces are Vietnamese letters."""
    composed = unicodedata.normalize("NFC", text)
    non_ascii = [c for c in composed if ord(c) > 127 and c.isalpha()]
    if not non_ascii:
        return True  # plain ASCII is plain ASCII
    vietnamese = len(_VIETNAMESE.findall(composed))
    return vietnamese >= 0.9 * len(non_ascii)


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then strict UTF-8, UTF-16 without BOM, Windows-1258 when plausible."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise IngestError("unknown_encoding", f"starts with a {encoding} BOM but does not decode: {error}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    if head[1::2].count(0) > len(head) * 0.3 or head[0::2].count(0) > len(head) * 0.3:
        encoding = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_vietnamese(text):
        return text, "cp1258"
    raise IngestError("unknown_encoding", "not UTF-8, UTF-16 or Windows-1258 Vietnamese; legacy font encodings "
                                          "(TCVN3, VNI) are not converted by this version")


def _read_text(data: bytes) -> RawDocument:
    text, encoding = decode_text(data)
    warnings = [] if encoding in ("utf-8", "utf-8-sig") else [f"decoded as {encoding}"]
    return RawDocument("txt", [RawPage(text, "txt")], encoding=encoding, warnings=warnings)


# --- PDF --------------------------------------------------------------------------------------------------


@cache
def _stamp_lines() -> regex.Pattern:
    lines = word_list(PACKAGE, "pdf_stamp_lines.txt")
    return regex.compile(r"(?im)^\s*(?:" + "|".join(lines) + r").*$")


def usable_letters(text: str) -> int:
    """Letters on a page once signature stamps and gazette running headers are removed."""
    return sum(1 for c in _stamp_lines().sub("", text) if c.isalpha())


def _read_pdf(data: bytes) -> RawDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error)
        if "password" in message.lower():
            raise IngestError("encrypted_pdf", "the PDF needs a password to open") from None
        raise IngestError("corrupt_pdf", f"the PDF cannot be parsed ({message})") from None
    try:
        pages: list[RawPage] = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                # a short page with no image is a short page (the signature on its own), not a scan
                needs_ocr = usable_letters(text) < MIN_PAGE_LETTERS and _has_image(page)
            finally:
                page.close()
            pages.append(RawPage(text, "none" if needs_ocr else "text_layer", needs_ocr=needs_ocr))
    finally:
        pdf.close()
    if not pages:
        raise IngestError("corrupt_pdf", "the PDF has no pages")
    return RawDocument("pdf", pages)


def _has_image(page) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


# --- DOCX -------------------------------------------------------------------------------------------------


def _read_docx(data: bytes) -> RawDocument:
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors ... for broken files
        raise IngestError("corrupt_docx", f"the DOCX cannot be read ({type(error).__name__}: {error})") from None
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_paragraph_text(child))
        elif child.tag == qn("w:tbl"):
            lines.extend(_table_lines(child))
    return RawDocument("docx", [RawPage("\n".join(lines), "docx")])


def _paragraph_text(paragraph) -> str:
    from docx.oxml.ns import qn

    parts: list[str] = []
    for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _table_lines(table) -> list[str]:
    """A layout table (2 columns, the header and the signature block) gives each cell as its own lines;
    a data table gives one line per row with " | " between cells."""
    from docx.oxml.ns import qn

    lines: list[str] = []
    for row in table.iterchildren(qn("w:tr")):
        cells = list(row.iterchildren(qn("w:tc")))
        texts = []
        for cell in cells:
            paragraphs = [_paragraph_text(p) for p in cell.iter(qn("w:p"))]
            texts.append(paragraphs)
        if len(cells) <= 2:
            for paragraphs in texts:
                lines.extend(paragraphs)
        else:
            lines.append(" | ".join(" ".join(p for p in paragraphs if p) for paragraphs in texts))
    return lines


# --- HTML -------------------------------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
               "blockquote", "pre", "ul", "ol", "dd", "dt", "center", "hr"}
_DROP_TAGS = ("script", "style", "nav", "header", "footer", "noscript", "form", "aside", "iframe", "button",
              "select", "svg", "menu")
_CONTENT_XPATH = (
    '//*[@data-vbpl-content-root="true"]',
    '//*[contains(@class,"toanvan") or contains(@id,"toanvan") or contains(@class,"fulltext")'
    ' or contains(@id,"fulltext") or contains(@class,"noidung") or contains(@id,"noidung")'
    ' or contains(@class,"content1") or contains(@id,"divContentDoc") or contains(@class,"vbContent")]',
    "//article", "//main",
)


_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", regex.IGNORECASE)
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")


def _decode_html(data: bytes) -> tuple[str, str]:
    """A BOM first, then the page's own <meta charset>, then the text rules (UTF-8, UTF-16, Windows-1258)."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            encoding = declared.group(1).decode("ascii").lower()
            try:
                return data.decode(encoding), encoding
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: fall back to detection
    return decode_text(data)


def _read_html(data: bytes) -> RawDocument:
    import lxml.html

    text, encoding = _decode_html(data)
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text))
    except Exception as error:
        raise IngestError("unsupported_format", f"the HTML cannot be parsed ({error})") from None
    for tag in _DROP_TAGS:
        for node in list(root.iter(tag)):
            node.drop_tree()
    content = root.find("body") if root.find("body") is not None else root
    best = 0
    for xpath in _CONTENT_XPATH:
        for node in root.xpath(xpath):
            length = len(node.text_content())
            if length > best:
                best, content = length, node
        if best:
            break
    pieces: list[str] = []
    _html_text(content, pieces)
    text = regex.sub(r"[ \u00a0]+", " ", "".join(pieces))
    text = regex.sub(r" *\t *", "\t", text)
    text = regex.sub(r"(?m)^[ \t]+|[ \t]+$", "", text)
    text = regex.sub(r"\n{3,}", "\n\n", text).strip()
    return RawDocument("html", [RawPage(text, "html")], encoding=encoding)


def _html_text(node, pieces: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _BLOCK_TAGS:
        pieces.append("\n")
    if tag in ("td", "th") and pieces and not pieces[-1].endswith("\n"):
        pieces.append("\t")
    if node.text and tag not in ("script", "style"):
        pieces.append(node.text)
    for child in node:
        _html_text(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    if tag in _BLOCK_TAGS and tag != "br":
        pieces.append("\n")


_READERS = {"text": _read_text, "pdf": _read_pdf, "docx": _read_docx, "html": _read_html}
