"""Readers by sniffed format: plain text, PDF text layer, DOCX, HTML saved from legal portals."""
from __future__ import annotations

import codecs
import io
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import regex

from vnadmin.ingest import legacy
from vnadmin.ingest.errors import IngestError, warning
from vnadmin.ingest.limits import DEFAULT_LIMITS, Limits
from vnadmin.ingest.sniff import sniff_format
from vnadmin.resources import word_list

PACKAGE = "vnadmin.ingest"
MIN_PAGE_LETTERS = 40  # fewer letters than this (after removing signature stamps) = no usable text layer
OCR_DPI = 300
SCAN_COVERAGE = 0.2  # an image covering a fifth of the page or more ...
SCAN_MAX_LETTERS = 300  # ... with fewer letters of text layer than this: the page is a scan


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


OCR_MODES = ("auto", "always", "never")


def read_bytes(data: bytes, name: str = "", ocr: str = "auto", limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    """Pages of text of a file's bytes; raises IngestError with a stable code.

    ``ocr``: ``auto`` reads pages without a usable text layer (and images) with Tesseract; ``always`` OCRs every
    PDF page that holds an image, whatever its text layer; ``never`` reports such pages as needing OCR.
    ``limits``: past one of them the file raises IngestError (too_many_pages, image_too_large, zip_bomb ...)."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    kind = sniff_format(data)
    if kind == "empty":
        raise IngestError("empty_file", "the file is empty (0 bytes)")
    if kind in ("pdf", "png", "jpeg", "tiff", "gif", "bmp", "webp", "jp2"):
        return (_read_pdf if kind == "pdf" else _read_image)(data, ocr, limits)
    if kind == "heif":
        raise IngestError("unsupported_format", "a HEIF/HEIC or AVIF image (a phone's photo format), which this "
                                                "version does not decode: convert it to JPEG or PNG")
    reader = _READERS.get(kind)
    if reader is None:
        if kind == "binary":
            raise IngestError("binary", "binary data, not a text, PDF, DOCX or HTML document")
        if kind == "zip":
            import zipfile

            if not zipfile.is_zipfile(io.BytesIO(data)):
                raise IngestError("corrupt_archive", "a ZIP archive cut short or damaged: its directory cannot be read")
            raise IngestError("not_a_document", "a ZIP archive without word/document.xml, so not a Word document "
                                                "(only .zip files given as inputs are opened as archives)")
        raise IngestError("unsupported_format", f"format '{kind}' is not read by this version")
    return repair_legacy(reader(data, limits))


# --- legacy font encodings (TCVN3, VNI) in text that is already Unicode -----------------------------------

_REPAIRED_METHODS = ("txt", "docx", "html", "text_layer")


def repair_legacy(raw: RawDocument) -> RawDocument:
    """Pages whose words are TCVN3 or VNI mojibake (``QuyÕt ®Þnh``) converted to Unicode, word by word (see
    ingest/legacy.py); the conversion is recorded in ``encoding`` (``utf-8+tcvn3``) and ``warnings``.
    Pages read by OCR and texts decoded from legacy bytes are left alone."""
    if raw.format == "txt" and raw.encoding in legacy.ENCODINGS:  # decoded from legacy bytes: already Unicode
        return raw
    converted: dict[int, tuple[str, int]] = {}
    for index, page in enumerate(raw.pages):
        if page.method not in _REPAIRED_METHODS:
            continue
        result = legacy.repair(page.text)
        if result.encoding:
            page.text = result.text
            converted[index] = (result.encoding, result.words)
    _record_legacy(raw, converted)
    return raw


def _record_legacy(raw: RawDocument, converted: dict[int, tuple[str, int]]) -> None:
    if not converted:
        return
    for encoding in legacy.ENCODINGS:
        pages = [index + 1 for index, (found, _) in converted.items() if found == encoding]
        if not pages:
            continue
        words = sum(n for found, n in converted.values() if found == encoding)
        where = f" on page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))}" if len(raw.pages) > 1 else ""
        raw.warnings.append(warning("legacy_encoding", f"converted from {legacy.NAMES[encoding]} to Unicode: "
                                                       f"{words} words of legacy-font text{where}"))
        if encoding not in (raw.encoding or "").split("+"):
            raw.encoding = f"{raw.encoding}+{encoding}" if raw.encoding else encoding


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
    guess = legacy.guess_bytes(data)  # TCVN3 / VNI bytes: (text, encoding, share of Vietnamese words)
    if text is not None and _plausible_vietnamese(text):
        good, total = legacy.vietnamese_share(text)
        if guess is None or guess[2] <= (good / total if total else 1.0):
            return text, "cp1258"
    if guess is not None:
        return guess[0], guess[1]
    raise IngestError("unknown_encoding", "not UTF-8, UTF-16, Windows-1258, TCVN3 (ABC) or VNI-Windows text that "
                                          "reads as Vietnamese")


def _read_text(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    text, encoding = decode_text(data)
    longest = longest_line(text)
    if longest > limits.max_line_chars:
        raise IngestError("line_too_long", f"a line of {longest:,} characters without a line break (limit "
                                           f"{limits.max_line_chars:,}): data or a dump, not a document text")
    warnings = [] if encoding in ("utf-8", "utf-8-sig") else [warning("decoded_as", f"decoded as {encoding}")]
    if encoding in legacy.ENCODINGS:
        warnings = [warning("legacy_encoding", f"converted from {legacy.NAMES[encoding]} to Unicode: the bytes are in "
                                               "that legacy font encoding")]
    return RawDocument("txt", [RawPage(text, "txt")], encoding=encoding, warnings=warnings)


_SPLIT_MAX_CHARS = 8_000_000  # up to this size the lines are split out at once (a copy of the text, briefly)


def longest_line(text: str) -> int:
    """The length of the longest line (characters between line breaks)."""
    if len(text) <= _SPLIT_MAX_CHARS:
        return max(map(len, text.split("\n")))  # no Python step per line
    longest = start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            return max(longest, len(text) - start)
        longest = max(longest, end - start)
        start = end + 1


# --- PDF --------------------------------------------------------------------------------------------------


@cache
def _stamp_lines() -> regex.Pattern:
    lines = word_list(PACKAGE, "pdf_stamp_lines.txt")
    return regex.compile(r"(?im)^\s*(?:" + "|".join(lines) + r").*$")


def usable_letters(text: str) -> int:
    """Letters on a page once signature stamps and gazette running headers are removed."""
    return sum(1 for c in _stamp_lines().sub("", text) if c.isalpha())


_LEGACY_FONT_WORDS = regex.compile(r"(?:ViÖt|QuyÕt|ngµy|th¸ng|n¨m|Céng|®Þnh|cña|vµ)(?!\p{L})")


def _unusable_text_layer(text: str) -> bool:
    """Mojibake from legacy (TCVN3/.Vn) fonts: words such as "ngµy", "th¸ng", "n¨m" instead of Vietnamese, left
    after legacy.repair found too little evidence to convert the page (then OCR reads it)."""
    return len(_LEGACY_FONT_WORDS.findall(text)) >= 3


def _read_pdf(data: bytes, ocr: str = "auto", limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error)
        if "password" in message.lower():
            raise IngestError("encrypted_pdf", "the PDF is encrypted with a user password: it cannot be opened "
                                               "without it") from None
        raise IngestError("corrupt_pdf", f"the PDF cannot be parsed ({message})") from None
    import pypdfium2.raw as pdfium_c

    from vnadmin.ingest.ocr import OcrQueue

    warnings = []
    if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:  # opened without a password: owner password only
        warnings.append(warning("owner_password", "the PDF is encrypted with an owner password only (no password "
                                                  "is needed to open it); its text was read"))
    if len(pdf) > limits.max_pages:
        pages = len(pdf)
        pdf.close()
        raise IngestError("too_many_pages", f"{pages:,} pages (limit {limits.max_pages:,})")
    converted: dict[int, tuple[str, int]] = {}
    try:
        pages: list[RawPage] = []
        with OcrQueue() as queue:  # Tesseract reads page n while this thread renders page n + 1
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    textpage = page.get_textpage()
                    # pdfium gives U+FFFE (a noncharacter) for a hyphen the PDF marks as breaking a line:
                    # "08/2021/NĐ\ufffeCP", "TT\ufffeBLĐTBXH" in the gazette's text layers
                    text = textpage.get_text_range().replace("\ufffe", "-")
                    textpage.close()
                    repaired = legacy.repair(text)  # a .VnTime font's text layer: convert it, OCR only if not
                    if repaired.encoding:
                        text = repaired.text
                        converted[index] = (repaired.encoding, repaired.words)
                    coverage = _image_coverage(page)
                    has_image = coverage > 0
                    letters = usable_letters(text)
                    # a short page with no image is a short page (the signature on its own), not a scan; a page
                    # that is one big image with a few lines of text (a gazette's signature stamp) is a scan
                    needs_ocr = has_image and (letters < MIN_PAGE_LETTERS or _unusable_text_layer(text)
                                               or coverage >= SCAN_COVERAGE and letters < SCAN_MAX_LETTERS)
                    if ocr == "always" and has_image or ocr == "auto" and needs_ocr:
                        queue.submit(index, _page_image(page, data, index, limits))
                finally:
                    page.close()
                pages.append(RawPage(text, "none" if needs_ocr else "text_layer", needs_ocr=needs_ocr))
            for index, result in queue.results():
                pages[index] = RawPage(result.text, "ocr", needs_ocr=False, ocr_confidence=result.confidence)
                converted.pop(index, None)
                warnings += _turned_warning(index, result)
    finally:
        pdf.close()
    if not pages:
        raise IngestError("corrupt_pdf", "the PDF has no pages")
    document = RawDocument("pdf", pages, warnings=warnings)
    _record_legacy(document, converted)
    return document


def _image_dpi(image) -> int:
    """The image's own DPI; without one, the DPI at which its longer side spans an A4 page (clamped)."""
    dpi = image.info.get("dpi")
    if dpi and dpi[0] and dpi[0] > 1:
        return int(round(float(dpi[0])))
    longer = max(image.size)
    return int(min(600, max(100, round(longer / 11.69))))


def _read_image(data: bytes, ocr: str = "auto", limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    """PNG, JPEG, TIFF (every frame), GIF, BMP, WebP, JPEG 2000: each frame a page, read by OCR."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from vnadmin.ingest.ocr import OcrQueue, PageImage

    pil_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None  # the limit below is ours, with our message
    try:
        image = Image.open(io.BytesIO(data))  # reads the header only: the size is known before decoding
        count = getattr(image, "n_frames", 1)
        if count > limits.max_pages:  # (a TIFF or GIF of thousands of frames, refused before any is decoded)
            raise IngestError("too_many_pages", f"{count:,} frames (limit {limits.max_pages:,} pages)")
        frames = []
        for frame in ImageSequence.Iterator(image):
            width, height = frame.size  # each frame's: a small first frame may hide a bomb behind it
            if width * height > limits.max_image_pixels:
                raise IngestError("image_too_large", f"{width:,} × {height:,} pixels (limit "
                                                     f"{limits.max_image_pixels:,} pixels)")
            frames.append(_grey_page(frame))
        dpi = _image_dpi(image)
    except Image.DecompressionBombError as error:
        raise IngestError("image_too_large", str(error)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise IngestError("corrupt_image", f"the image cannot be decoded ({error})") from None
    finally:
        Image.MAX_IMAGE_PIXELS = pil_limit
    kind = (image.format or "image").lower()
    if ocr == "never":
        return RawDocument(kind, [RawPage("", "none", needs_ocr=True) for _ in frames])
    with OcrQueue() as queue:
        for index, frame in enumerate(frames):
            queue.submit(index, PageImage(dpi, image=frame))
        results = list(queue.results())
    pages = [RawPage(r.text, "ocr", ocr_confidence=r.confidence) for _, r in results]
    return RawDocument(kind, pages, warnings=[w for index, r in results for w in _turned_warning(index, r)])


def _grey_page(frame):
    """A frame as the grey page Tesseract reads: turned as its EXIF tag says (a camera stores a photo as the sensor
    saw it), transparent parts on white (a scan saved with its paper made transparent is black ink on nothing),
    16-bit grey scaled to 8 bits (Pillow's conversion clips it: every grey but black became white)."""
    from PIL import Image, ImageOps

    frame = ImageOps.exif_transpose(frame)
    if frame.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        high = 65535 if frame.mode.startswith("I;16") else max(1, frame.getextrema()[1])
        return frame.point(lambda value: value * (255 / high)).convert("L")
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("L")
    return frame.convert("L")


def _turned_warning(index: int, result) -> list[str]:
    """The warning that a page was read turned (a scan lying sideways or upside down), if it was."""
    if not result.turned:
        return []
    return [warning("ocr_page_turned", f"page {index + 1} lies turned: it was read turned {result.turned}° "
                                       "clockwise (Tesseract's orientation detection)")]


def _page_image(page, source: bytes, index: int = 0, limits: Limits = DEFAULT_LIMITS):
    """What to OCR of a PDF page (``source``: the PDF's bytes): its own JPEG, as it is, when the page shows that one
    image covering it at 150–600 dpi and nothing else, as the image is stored (a scan: Tesseract reads it at its own
    resolution, without decoding and encoding again); else the page rendered at 300 dpi in grey, as it is shown
    (turned by the page's rotation or the image's placement, cut by a clip or the crop box, masked, with its colours
    mapped, with what is drawn over the image)."""
    import pypdfium2.raw as pdfium_c

    from vnadmin.ingest.ocr import PageImage

    width, height = page.get_size()
    images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    if len(images) == 1 and images[0].get_filters() == ["DCTDecode"] and _image_coverage(page) >= 0.9:
        image = images[0]
        dpi = _shows_only(page, image)
        pixels_wide, pixels_high = image.get_px_size()
        if 150 <= dpi <= 600 and pixels_wide * pixels_high <= limits.max_image_pixels:
            buffer = io.BytesIO()
            image.extract(buffer)
            data = buffer.getvalue()
            # a whole JPEG (its end marker there: Tesseract fails on a truncated one, which pdfium renders in part)
            # of the size the PDF states, which its dictionary does not mask, map or hide
            if data[:3] == b"\xff\xd8\xff" and data.rstrip(b"\0\r\n\t ").endswith(b"\xff\xd9") \
                    and _jpeg_size(data) == (pixels_wide, pixels_high) and _plain_dictionary(source, data):
                return PageImage(dpi, encoded=data, suffix=".jpg")
    pixels = round(width * OCR_DPI / 72) * round(height * OCR_DPI / 72)
    if pixels > limits.max_image_pixels:
        raise IngestError("image_too_large", f"page {index + 1} is {width / 72:.0f} × {height / 72:.0f} inches: "
                                             f"{pixels:,} pixels at {OCR_DPI} dpi (limit {limits.max_image_pixels:,})")
    return PageImage(OCR_DPI, image=page.render(scale=OCR_DPI / 72, grayscale=True).to_pil())


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """A JPEG's own size, from its header (not decoded): the PDF's /Width and /Height may say otherwise."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as header:
            return header.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None


# The colour spaces and bits per pixel of a JPEG that Tesseract reads as the page shows it: 8-bit grey (DeviceGray),
# 24-bit RGB (DeviceRGB). CMYK and ICC-based ones are rendered, as pdfium converts them. (A /Decode array, a mask
# or optional content, which pdfium does not report, are read from the image's dictionary: _plain_dictionary.)
_PLAIN_COLOURS = {(1, 8), (2, 24)}

# What in an image's dictionary makes the page show it otherwise than stored: a soft mask or a mask (parts of it
# transparent), a /Decode array (its values mapped: [1 0] shows it inverted), optional content (it may be hidden),
# a stencil mask. A /Decode array that maps nothing ([0 1], [0 1 0 1 0 1]) is harmless.
_NOT_AS_STORED = regex.compile(rb"/(?:SMask|Mask|OC|Decode(?!Parms)|ImageMask[ \t\r\n]*true)(?![A-Za-z])")
_IDENTITY_DECODE = regex.compile(rb"/Decode[ \t\r\n]*\[[ \t\r\n]*(?:0(?:\.0*)?[ \t\r\n]+1(?:\.0*)?[ \t\r\n]*)+\]")
# the object's start ("12 0 obj") and the keyword that opens its stream, right before the stream's bytes
_OBJECT_START = regex.compile(rb"\d+[ \t\r\n]+\d+[ \t\r\n]+obj", regex.REVERSE)
_STREAM_KEYWORD = regex.compile(rb"stream(?:\r\n|\n|\r)\Z")


def _plain_dictionary(source: bytes, stored: bytes) -> bool:
    """Whether the image stored as ``stored`` (its stream's bytes, as the PDF stores them) is shown as stored, by
    its dictionary in ``source`` (the PDF's bytes): no mask, no /Decode array that maps its values, no optional
    content. False when the stream is not found as it is (an encrypted PDF's streams), or its dictionary: the page
    is then rendered, as it is shown."""
    start = source.find(stored[:256])
    while start >= 0 and not source.startswith(stored, start):  # another image with the same header
        start = source.find(stored[:256], start + 1)
    if start < 0:
        return False
    keyword = _STREAM_KEYWORD.search(source, max(0, start - 10), start)
    opening = _OBJECT_START.search(source, max(0, start - 4096), keyword.start()) if keyword else None
    if not opening:
        return False
    dictionary = source[opening.end():keyword.start()]
    return all(_IDENTITY_DECODE.match(dictionary, found.start()) for found in _NOT_AS_STORED.finditer(dictionary))


def _shows_only(page, image) -> int:
    """The resolution at which the page shows ``image`` as it is stored and nothing else; 0 when it does not. As
    stored: the page is not rotated; the image is drawn on the page itself (not through a form, whose matrix would
    place it too), unturned, unflipped, unstretched (its pixels square), unclipped, inside the crop box, without
    transparency, in plain grey or RGB. Nothing else: every other object of the page is invisible text (an OCR'd
    scan's text layer), and the page has no annotations (a stamp, a note, a signature's appearance)."""
    import pypdfium2.raw as pdfium_c

    matrix = image.get_matrix()
    if page.get_rotation() != 0 or pdfium_c.FPDFPage_GetAnnotCount(page.raw) > 0 \
            or not (matrix.b == matrix.c == 0 and matrix.a > 0 and matrix.d > 0) \
            or pdfium_c.FPDFPageObj_HasTransparency(image.raw):
        return 0
    metadata = image.get_metadata()
    if (metadata.colorspace, metadata.bits_per_pixel) not in _PLAIN_COLOURS:
        return 0
    clip = pdfium_c.FPDFPageObj_GetClipPath(image.raw)
    if clip and pdfium_c.FPDFClipPath_CountPaths(clip) > 0:
        return 0
    left, bottom, right, top = image.get_bounds()
    box_left, box_bottom, box_right, box_top = page.get_bbox()
    if left < box_left - 1 or bottom < box_bottom - 1 or right > box_right + 1 or top > box_top + 1:
        return 0  # the crop box cuts it
    pixels_wide, pixels_high = image.get_px_size()
    across, down = pixels_wide / ((right - left) / 72), pixels_high / ((top - bottom) / 72)
    if abs(across - down) > 0.02 * across:
        return 0  # stretched
    for item in page.get_objects(max_depth=1):
        if item.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue  # the page holds one image: this one
        if item.type != pdfium_c.FPDF_PAGEOBJ_TEXT or \
                pdfium_c.FPDFTextObj_GetTextRenderMode(item.raw) != pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
            return 0
    return round(across)


def _image_coverage(page) -> float:
    """Share of the page's area (its crop box) that its images cover (0 when it holds none)."""
    import pypdfium2.raw as pdfium_c

    box_left, box_bottom, box_right, box_top = page.get_bbox()
    area = 0.0
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=_FORM_DEPTH):
        left, bottom, right, top = _bounds_on_page(image)
        area += max(0.0, min(right, box_right) - max(left, box_left)) * \
            max(0.0, min(top, box_top) - max(bottom, box_bottom))
    box_area = (box_right - box_left) * (box_top - box_bottom)
    return min(1.0, area / box_area) if box_area > 0 else 0.0


_FORM_DEPTH = 4  # images drawn through forms drawn through forms ...: as deep as a scanner's or a printer's PDF goes


def _bounds_on_page(item) -> tuple[float, float, float, float]:
    """A page object's bounds in the page's space: pdfium gives an object drawn through a form (an XObject, whose
    matrix places its content: a scan drawn as a unit square scaled to the page) in the form's space."""
    bounds = item.get_bounds()
    container = item.container
    while container is not None:
        bounds = container.get_matrix().on_rect(*bounds)
        container = container.container
    return bounds


# --- DOCX -------------------------------------------------------------------------------------------------


def check_packing(members: list, limits: Limits, what: str) -> None:
    """Refuse ZIP members (zipfile.ZipInfo) that would expand past the limits (a ZIP bomb). zipfile never reads
    more than a member's declared size, so checking the declared sizes bounds what reading can cost."""
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.max_unpacked_mb << 20 or (info.file_size > 8 << 20
                                                              and ratio > limits.max_packing_ratio):
            raise IngestError("zip_bomb", f"{what}: {info.filename} expands to {info.file_size:,} bytes from "
                                          f"{info.compress_size:,} (limits: {limits.max_unpacked_mb} MB, "
                                          f"ratio {limits.max_packing_ratio})")
    if total > 2 * (limits.max_unpacked_mb << 20):
        raise IngestError("zip_bomb", f"{what}: its parts expand to {total:,} bytes in all")


def _read_docx(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    import zipfile

    import docx
    from docx.oxml.ns import qn

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_packing(archive.infolist(), limits, "the DOCX")
    except zipfile.BadZipFile as error:
        raise IngestError("corrupt_docx", f"the DOCX (ZIP) container is broken ({error})") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors ... for broken files
        raise IngestError("corrupt_docx", f"the DOCX cannot be read ({type(error).__name__}: {error})") from None
    lines: list[str] = []
    legacy_runs: dict[str, int] = {}
    fonts = _DocxFonts(document)
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_paragraph_text(child, legacy_runs, fonts))
        elif child.tag == qn("w:tbl"):
            lines.extend(_table_lines(child, legacy_runs, fonts))
    raw = RawDocument("docx", [RawPage("\n".join(lines), "docx")])
    for encoding, runs in legacy_runs.items():
        raw.warnings.append(warning("legacy_encoding", f"converted from {legacy.NAMES[encoding]} to Unicode: {runs} "
                                                       f"run{'s' if runs > 1 else ''} set in its fonts"))
    raw.encoding = "+".join(legacy_runs) or None
    return raw


@cache
def _legacy_fonts() -> list[tuple[str, str]]:
    from vnadmin.resources import tsv_rows

    return [(prefix.lower(), encoding) for prefix, encoding in tsv_rows(PACKAGE, "legacy_fonts.tsv")]


class _DocxFonts:
    """The font each run is shown in, as Word resolves it: the run's own (w:rFonts ascii, else hAnsi), else its
    character style's, else its paragraph style's (each through its basedOn chain), else the document's
    default. Old documents often set .VnTime on the Normal style and nothing on the runs."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._own: dict[str, str | None] = {}
        self._based_on: dict[str, str] = {}
        self.default_paragraph_style: str | None = None
        self.default_font: str | None = None
        try:
            styles = document.styles.element
        except Exception:  # a DOCX without a styles part
            return
        defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
        self.default_font = self.font_of(defaults)
        for style in styles.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if not style_id:
                continue
            self._own[style_id] = self.font_of(style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}"))
            based = style.find(qn("w:basedOn"))
            if based is not None and based.get(qn("w:val")):
                self._based_on[style_id] = based.get(qn("w:val"))
            if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in ("1", "true", "on"):
                self.default_paragraph_style = style_id

    def font_of(self, fonts) -> str | None:
        """The font an w:rFonts element names for Latin text (None when it names none)."""
        if fonts is None:
            return None
        return fonts.get(self._qn("w:ascii")) or fonts.get(self._qn("w:hAnsi")) or None

    def style_font(self, style_id: str | None) -> str | None:
        seen: set[str] = set()
        while style_id and style_id not in seen:  # a basedOn loop in a damaged file ends here
            seen.add(style_id)
            font = self._own.get(style_id)
            if font:
                return font
            style_id = self._based_on.get(style_id)
        return None

    def paragraph_font(self, paragraph) -> str | None:
        """The font a paragraph's runs get when they name none (and their character style neither)."""
        qn = self._qn
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        style_id = style.get(qn("w:val")) if style is not None else self.default_paragraph_style
        return self.style_font(style_id) or self.default_font

    def run_font(self, run, paragraph_font: str | None) -> str | None:
        qn = self._qn
        properties = run.find(qn("w:rPr")) if run is not None else None
        if properties is not None:
            own = self.font_of(properties.find(qn("w:rFonts")))
            if own:
                return own
            style = properties.find(qn("w:rStyle"))
            if style is not None:
                font = self.style_font(style.get(qn("w:val")))
                if font:
                    return font
        return paragraph_font


def _run_text(node, legacy_runs: dict[str, int] | None, fonts: _DocxFonts | None = None,
              paragraph_font: str | None = None) -> str:
    """A w:t's text; converted to Unicode when its run is shown in a legacy font (.VnTime, VNI-Times), its own or
    one it inherits from its styles, unless it already holds Vietnamese letters of Unicode (a text converted
    to Unicode whose font was left as it was)."""
    from docx.oxml.ns import qn

    text = node.text or ""
    if legacy_runs is None or not text:
        return text
    if fonts is not None:
        font = fonts.run_font(node.getparent(), paragraph_font)
    else:
        own = node.getparent().find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        font = own.get(qn("w:ascii")) or own.get(qn("w:hAnsi")) if own is not None else None
    if not font:
        return text
    font = font.lower()
    encoding = next((e for prefix, e in _legacy_fonts() if font.startswith(prefix)), None)
    if encoding is None or any(ord(c) > 0xFF and c.isalpha() for c in text):
        return text
    converted = legacy.convert(text, encoding)
    if encoding == "tcvn3" and font.endswith("h"):  # a capital font: small letters stored, capitals shown
        converted = converted.upper()
    if converted != text:
        legacy_runs[encoding] = legacy_runs.get(encoding, 0) + 1
    return converted


def _paragraph_text(paragraph, legacy_runs: dict[str, int] | None = None, fonts: _DocxFonts | None = None) -> str:
    from docx.oxml.ns import qn

    parts: list[str] = []
    paragraph_font = fonts.paragraph_font(paragraph) if fonts is not None else None
    for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if node.tag == qn("w:t"):
            parts.append(_run_text(node, legacy_runs, fonts, paragraph_font))
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _table_lines(table, legacy_runs: dict[str, int] | None = None, fonts: _DocxFonts | None = None) -> list[str]:
    """A layout table (2 columns, the header and the signature block) gives each cell as its own lines;
    a data table gives one line per row with " | " between cells."""
    from docx.oxml.ns import qn

    lines: list[str] = []
    for row in table.iterchildren(qn("w:tr")):
        cells = list(row.iterchildren(qn("w:tc")))
        texts = []
        for cell in cells:
            paragraphs = [_paragraph_text(p, legacy_runs, fonts) for p in cell.iter(qn("w:p"))]
            texts.append(paragraphs)
        if len(cells) <= 2:
            for paragraphs in texts:
                lines.extend(paragraphs)
        else:
            lines.append(" | ".join(" ".join(p for p in paragraphs if p) for paragraphs in texts))
    return lines


# --- legacy Word (.doc) and RTF, through LibreOffice ------------------------------------------------------

CONVERSION_TIMEOUT_S = 300
_OFFICE_FILTERS = {"doc": "MS Word 97", "rtf": "Rich Text Format"}


def _read_converted(data: bytes, limits: Limits = DEFAULT_LIMITS, kind: str = "doc") -> RawDocument:
    """A .doc or .rtf file, converted to DOCX by LibreOffice headless (in a folder of its own, with this
    process's own LibreOffice profile so that workers do not share one), then read as a DOCX."""
    import os
    import shutil
    import signal
    import subprocess
    import tempfile
    from pathlib import Path

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise IngestError("converter_unavailable", f"a .{kind} file needs LibreOffice to be read, and soffice is not "
                                                   "installed (scripts/setup.sh installs libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="vnadmin-convert-") as folder:
        source = Path(folder) / f"document.{kind}"
        source.write_bytes(data)
        command = [soffice, f"-env:UserInstallation={_office_profile().as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", f"--infilter={_OFFICE_FILTERS[kind]}",  # no fallback to importing it as text
                   "--convert-to", "docx", "--outdir", folder, str(source)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            output, _ = process.communicate(timeout=min(limits.timeout_s, CONVERSION_TIMEOUT_S))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise IngestError("conversion_failed", f"LibreOffice did not convert the .{kind} file within "
                                                   f"{min(limits.timeout_s, CONVERSION_TIMEOUT_S):g} s") from None
        converted = Path(folder) / "document.docx"
        if process.returncode != 0 or not converted.exists():
            lines = output.decode("utf-8", "replace").strip().splitlines()
            said = next((line for line in lines if line.startswith("Error")), lines[-1] if lines else "no output")
            raise IngestError("conversion_failed", f"LibreOffice could not convert the .{kind} file "
                                                   f"(exit {process.returncode}: {said[:200]})")
        raw = _read_docx(converted.read_bytes(), limits)
    raw.format = kind
    raw.warnings.append(warning("converted", f"converted from .{kind} to DOCX with LibreOffice"))
    return raw


@cache
def _office_profile():
    """A LibreOffice profile folder for this process, removed when it exits."""
    import atexit
    import shutil
    import tempfile
    from pathlib import Path

    from multiprocessing import util

    folder = Path(tempfile.mkdtemp(prefix="vnadmin-office-profile-"))
    atexit.register(shutil.rmtree, folder, True)
    util.Finalize(None, shutil.rmtree, args=(folder, True), exitpriority=0)  # worker processes skip atexit
    return folder


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


def _read_html(data: bytes, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
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


_READERS = {"text": _read_text, "docx": _read_docx, "html": _read_html,
            "doc": lambda data, limits: _read_converted(data, limits, "doc"),
            "rtf": lambda data, limits: _read_converted(data, limits, "rtf")}
