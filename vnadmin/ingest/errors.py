"""Problems of the ingest stage, each with a stable code for the errors table and the exit summary.

An error makes a document ``failed`` (or ``partial``); a warning leaves it ``ok`` but says what was done to
read it (decoded from Windows-1258, converted from TCVN3, not Vietnamese ...). Both are rows of the errors
table, with their severity."""
from __future__ import annotations

# code → what an archive operator reads in the errors table
ERROR_CODES = {
    "empty_file": "the file is empty",
    "unreadable": "the file cannot be read (permissions, vanished, I/O error)",
    "unsupported_format": "not a format vnadmin reads (text, PDF, DOCX, HTML, images, .doc/.rtf, ZIP)",
    "not_a_document": "a container that holds no document (a ZIP named like a document, a ZIP inside a ZIP)",
    "not_regular_file": "a named pipe, socket or device, not a file",
    "unreadable_folder": "a folder whose files cannot be listed (permissions): its files are not in the dataset",
    "file_changing": "the file kept changing while it was read (still being written)",
    "too_large": "the file is larger than the limit max_file_mb",
    "too_many_pages": "the PDF (or the image's frames) has more pages than the limit max_pages",
    "line_too_long": "a text with a line longer than the limit max_line_chars (data or a dump, not a document)",
    "zip_bomb": "a DOCX part or ZIP member that would expand past max_unpacked_mb or max_packing_ratio",
    "corrupt_archive": "the ZIP archive cannot be read",
    "encrypted_archive": "the ZIP member is encrypted",
    "conversion_failed": "LibreOffice could not convert the .doc/.rtf file",
    "converter_unavailable": "a .doc/.rtf file and LibreOffice (soffice) is not installed",
    "timeout": "the document took longer than the limit timeout_s; its worker was stopped",
    "memory_limit": "reading the document took more memory than the limit memory_mb; its worker was stopped",
    "worker_crashed": "the worker process died while reading the document (a crash in a library)",
    "binary": "binary data that is not a document",
    "unknown_encoding": "text in an encoding that could not be identified with confidence (UTF-8, UTF-16, "
                        "Windows-1258, TCVN3 and VNI are recognised)",
    "corrupt_pdf": "the PDF cannot be parsed",
    "encrypted_pdf": "the PDF is encrypted and cannot be opened without a password",
    "corrupt_docx": "the DOCX (ZIP) container or its XML cannot be read",
    "needs_ocr": "pages without a usable text layer: OCR is needed",
    "no_text": "no text could be obtained from the document",
    "ocr_unavailable": "the document needs OCR and Tesseract or its Vietnamese model is not installed",
    "ocr_failed": "Tesseract failed or timed out on a page",
    "image_too_large": "an image too large to decode safely (a decompression bomb?)",
    "corrupt_image": "the image cannot be decoded",
    "internal": "an unexpected error inside vnadmin (a bug: please report it with the file)",
}


WARNING_CODES = {
    "decoded_as": "the text was not UTF-8: it was decoded with the encoding named",
    "legacy_encoding": "text in a legacy Vietnamese font encoding (TCVN3, VNI) was converted to Unicode",
    "not_vietnamese": "the text does not look Vietnamese; it was processed anyway",
    "owner_password": "the PDF carries an owner password only: it opens, and its text was read",
    "unsafe_member_name": "a ZIP member named to escape its folder (zip-slip); read in place, never unpacked",
    "converted": "a .doc/.rtf file converted to DOCX with LibreOffice before reading",
    "ocr_page_turned": "a scanned page lay sideways or upside down: it was read turned upright",
}


def warning(code: str, message: str) -> str:
    """A warning as stored on a Document: ``code: message``."""
    assert code in WARNING_CODES, code
    return f"{code}: {message}"


def split_warning(text: str) -> tuple[str, str]:
    """(code, message) of a stored warning; warnings without a known code get ``note``."""
    code, _, message = text.partition(": ")
    return (code, message) if code in WARNING_CODES else ("note", text)


class IngestError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
