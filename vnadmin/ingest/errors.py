"""Errors of the ingest stage, each with a stable code for the errors table and the exit summary."""
from __future__ import annotations

# code → what an archive operator reads in the errors table
ERROR_CODES = {
    "empty_file": "the file is empty",
    "unreadable": "the file cannot be read (permissions, vanished, I/O error)",
    "unsupported_format": "not a format vnadmin reads (text, PDF, DOCX, HTML)",
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


class IngestError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
