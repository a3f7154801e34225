"""One document through the whole flow: ingest → normalize → extract → check.

``process_bytes`` never raises: whatever goes wrong becomes a Document with status ``failed`` (or
``partial``) and an error code, so a batch never loses a document.
"""
from __future__ import annotations

import bisect
import hashlib
import os
import traceback
from functools import cache
from pathlib import Path

from vnadmin.check import check_document
from vnadmin.check.source import check_source
from vnadmin.extract import extract
from vnadmin.ingest import IngestError, RawDocument, RawPage, read_bytes
from vnadmin.ingest.errors import warning
from vnadmin.ingest.sources import read_source, split_member, unsafe_member_name
from vnadmin.ingest.readers import repair_legacy
from vnadmin.pipelines import DEFAULT, Pipeline
from vnadmin.model import STATUS_FAILED, STATUS_OK, STATUS_PARTIAL, Document, Page
from vnadmin.text.normalize import normalize

PAGE_SEPARATOR = "\n\n"


def doc_id_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def process_path(path: str | os.PathLike, pipeline: Pipeline = DEFAULT) -> Document:
    """A file, or a ZIP member given as ``archive.zip!/member`` (see vnadmin.ingest.sources)."""
    source = str(path)
    try:
        data = read_source(source, pipeline.limits)
    except IngestError as error:
        document = failed_document(source, error.code, error.message)
        try:
            document.size = os.stat(source).st_size  # (a file refused unread, too_large, has a size)
        except (OSError, ValueError):
            pass  # not there, or an archive's member
        return document
    document = process_bytes(data, source, pipeline)
    member = split_member(source)
    if member and unsafe_member_name(member[1]):
        document.warnings.append(warning("unsafe_member_name", f"{member[1]!r} would escape the folder it is "
                                                               "unpacked into; it was read in place"))
    return document


def failed_document(source: str, code: str, message: str, data: bytes | None = None) -> Document:
    """The row of a document that could not be read at all (its doc_id is the hash of the bytes, when known)."""
    return Document(source=source, doc_id=doc_id_of(data) if data is not None else "",
                    format=_format_guess(data) if data is not None else "unknown", status=STATUS_FAILED,
                    error_code=code, error=message, size=len(data) if data is not None else 0)


def process_text(text: str, source: str = "<text>", pipeline: Pipeline = DEFAULT) -> Document:
    """A document given as a string (already decoded)."""
    return _process_raw(text_document(text), source, doc_id_of(text.encode("utf-8")), len(text.encode("utf-8")),
                        pipeline)


def text_document(text: str) -> RawDocument:
    """A text given as a string, as every reader of strings takes it (``process_text``, the spaCy tokenizer): one
    page, its TCVN3/VNI mojibake converted to Unicode (``repair_legacy``)."""
    return repair_legacy(RawDocument("txt", [RawPage(text, "txt")], encoding=None))


def normalize_raw(raw: RawDocument):
    """The normalized text of a read document: its pages joined, pages read by OCR normalized as such."""
    return normalize(PAGE_SEPARATOR.join(page.text for page in raw.pages), _ocr_spans(raw))


def process_bytes(data: bytes, source: str = "<bytes>", pipeline: Pipeline = DEFAULT) -> Document:
    doc_id = doc_id_of(data)
    try:
        raw = read_bytes(data, source, ocr=pipeline.ocr, limits=pipeline.limits)
    except IngestError as error:
        return Document(source=source, doc_id=doc_id, format=_format_guess(data), status=STATUS_FAILED,
                        error_code=error.code, error=error.message, size=len(data))
    except Exception as error:  # a reader bug must not stop the batch
        return Document(source=source, doc_id=doc_id, format=_format_guess(data), status=STATUS_FAILED,
                        error_code="internal", error=_internal(error), size=len(data))
    return _process_raw(raw, source, doc_id, len(data), pipeline)


def _process_raw(raw: RawDocument, source: str, doc_id: str, size: int, pipeline: Pipeline) -> Document:
    document = Document(source=source, doc_id=doc_id, format=raw.format, encoding=raw.encoding, size=size,
                        warnings=list(raw.warnings))
    try:
        normalized = normalize_raw(raw)
        document.normalized = normalized
        document.text = normalized.text
        document.pages = _pages(raw, normalized)
        extraction = extract(normalized.text, pipeline.extractors) if "extract" in pipeline.stages else \
            extract(normalized.text, ())
        document.header = extraction.header
        document.citations = extraction.citations
        document.dates = extraction.dates
        document.sections = extraction.sections
        document.channels = extraction.channels
        document.items = extraction.items
        document.quantities = extraction.quantities
        if pipeline.segments:
            document.tokens = segmenter(pipeline.segmenter).spans(normalized.text, extraction.boundaries())
        if pipeline.checks:
            document.findings = check_document(extraction.header, extraction.citations, extraction.dates) + \
                check_source(extraction.header, source, document.pages)
    except Exception as error:
        document.status, document.error_code, document.error = STATUS_FAILED, "internal", _internal(error)
        return document
    if not looks_vietnamese(document.text):
        document.warnings.append(warning("not_vietnamese", "no Vietnamese letters in the text: another language, "
                                                           "or Vietnamese typed without diacritics"))
    missing = [page.number for page in document.pages if page.needs_ocr]
    if not document.text.strip():
        document.status, document.error_code = STATUS_FAILED, "needs_ocr" if missing else "no_text"
        document.error = ("no text layer and OCR is off (--ocr never)" if missing else "no text could be obtained")
    elif missing:
        document.status, document.error_code = STATUS_PARTIAL, "needs_ocr"
        document.error = f"{len(missing)} of {len(document.pages)} pages have no usable text layer and were not " \
                         f"OCR'd (--ocr never): pages {_ranges(missing)}"
    else:
        document.status = STATUS_OK
    return document


_VIETNAMESE_LETTERS = frozenset("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


_LANGUAGE_CHUNK = 2_000


def looks_vietnamese(text: str, sample: int = 20_000) -> bool:
    """Vietnamese prose has a letter of its own alphabet (đ, ư, a tone mark ...) in every few words: a text
    of 200 letters or more with almost none (under 2 % of the letters of its first ``sample`` characters) is
    another language (or Vietnamese typed without diacritics).

    The sample is counted in chunks, and the count stops as soon as the rest cannot change the answer: when
    the Vietnamese letters so far reach 2 % of the letters there could be at the end (most texts: at the
    first chunk). The characters read so far bound the letters among them: when the Vietnamese letters reach
    2 % of all the characters there could be, the letters need no count (Vietnamese prose: a fifth of its
    characters are such letters)."""
    size = min(len(text), sample)
    letters = vietnamese = 0
    for start in range(0, size, _LANGUAGE_CHUNK):
        end = min(start + _LANGUAGE_CHUNK, size)
        chunk = text[start:end].lower()  # (may be longer than the text it lowers: "İ" → "i̇")
        vietnamese += sum(map(chunk.count, _VIETNAMESE_LETTERS))  # map with str methods: no loop per character
        if vietnamese >= 0.02 * size:
            return True
        letters += sum(map(str.isalpha, chunk))
        if vietnamese >= 0.02 * (letters + size - end):
            return True
    return letters < 200 or vietnamese >= 0.02 * letters


@cache
def segmenter(engine: str):
    """One segmenter per process and engine (its model and line cache are start-up work, not per document)."""
    from vnadmin.text.segment import Segmenter

    return Segmenter(engine)


def _ocr_spans(raw: RawDocument) -> list[tuple[int, int]]:
    """Raw offsets of the pages whose text came from OCR."""
    spans = []
    position = 0
    for page in raw.pages:
        if page.method == "ocr":
            spans.append((position, position + len(page.text)))
        position += len(page.text) + len(PAGE_SEPARATOR)
    return spans


def _pages(raw: RawDocument, normalized) -> list[Page]:
    """Page spans in the normalized text, found by mapping the raw page starts through the offset map."""
    pages: list[Page] = []
    raw_start = 0
    length = len(normalized.text)
    for number, page in enumerate(raw.pages, start=1):
        raw_end = raw_start + len(page.text)
        start = bisect.bisect_left(range(length + 1), raw_start, key=normalized.to_raw)
        end = bisect.bisect_left(range(length + 1), raw_end, key=normalized.to_raw)
        pages.append(Page(number=number, start=start, end=end, method=page.method, chars=end - start,
                          needs_ocr=page.needs_ocr, ocr_confidence=page.ocr_confidence))
        raw_start = raw_end + len(PAGE_SEPARATOR)
    return pages


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = previous = numbers[0]
    for n in numbers[1:] + [None]:
        if n is not None and n == previous + 1:
            previous = n
            continue
        out.append(str(start) if start == previous else f"{start}-{previous}")
        if n is not None:
            start = previous = n
    return ", ".join(out)


def _internal(error: Exception) -> str:
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return f"{type(error).__name__}: {error}{where}"


def _format_guess(data: bytes) -> str:
    from vnadmin.ingest import sniff_format

    try:
        return sniff_format(data)
    except Exception:
        return "unknown"
