"""The ingest stage: file bytes in, pages of raw text out, with how each page's text was obtained.

The format is sniffed from the bytes, never from the file name. Every failure is an :class:`IngestError` with
a stable code (``empty_file``, ``unsupported_format``, ``encrypted_pdf`` ...) that the errors table keeps.
"""
from __future__ import annotations

from vnadmin.ingest.errors import IngestError
from vnadmin.ingest.readers import RawDocument, RawPage, read_bytes
from vnadmin.ingest.sniff import sniff_format

__all__ = ["IngestError", "RawDocument", "RawPage", "read_bytes", "sniff_format"]
