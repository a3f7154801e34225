"""Sniffing a file's format from its first bytes."""
from __future__ import annotations

import io
import zipfile

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<div", b"<meta", b"<table", b"<p>", b"<p ")


def sniff_format(data: bytes) -> str:
    """One of: empty, pdf, docx, zip, doc, rtf, html, png, jpeg, tiff, gif, bmp, webp, jp2, heif, json, text,
    binary."""
    if not data:
        return "empty"
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:  # cut short or damaged: a Word document's parts are named near its start
            return "docx" if b"word/" in data[:65536] else "zip"
        if "word/document.xml" in names:
            return "docx"
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    image = _other_image(head)
    if image:
        return image  # (before the text checks: a bottom-up BMP begins with the NULs of a black strip)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        probe = head.decode("utf-16", errors="ignore").lower()
        return "html" if any(m.decode() in probe for m in _HTML_MARKERS) else "text"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or (
        lowered.startswith(b"<") and sum(lowered.count(m) for m in _HTML_MARKERS) >= 2
    ):
        return "html"
    if _looks_binary(head):
        return "binary"
    if lowered[:1] in (b"{", b"[") and _looks_json(data):
        return "json"  # data, not a document (metadata.jsonl beside an archive)
    return "text"


_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis")


def _other_image(head: bytes) -> str | None:
    """BMP, WebP, JPEG 2000 and HEIF/AVIF (a phone's photos) by their signatures."""
    if head.startswith(b"BM") and len(head) >= 18 and int.from_bytes(head[14:18], "little") in (12, 40, 52, 56, 64,
                                                                                             108, 124):
        return "bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith((b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xffO\xffQ")):
        return "jp2"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heif"
    return None


def _looks_json(data: bytes) -> bool:
    import json

    first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    try:
        json.loads(first)
        return True
    except ValueError:
        try:
            json.loads(data)
            return True
        except ValueError:
            return False


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        # UTF-16 without BOM has a NUL in every other byte; anything else with NULs is binary
        even = head[0::2].count(0)
        odd = head[1::2].count(0)
        return not (odd > len(head) * 0.3 or even > len(head) * 0.3)
    control = len(head.translate(None, _ALL_BUT_CONTROL))  # the control bytes that text does not use
    return control > len(head) * 0.05


_ALL_BUT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))
