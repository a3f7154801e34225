"""Checks of a document against where it came from: the number its header gives, read from a page image, against
the number its file's name says.

Archives name files after their numbers ("115-NQ-CP.pdf", "nghi-quyet-so-115-nq-cp-469452.pdf"). Where the
header's number was read by OCR, a file name that names another number of the same type is the cheapest sign of
a misreading: Tesseract reads a handwritten "115" as "445" with 90 % confidence, so its confidence cannot tell.
Born-digital numbers are not checked: there the file name is more often the wrong one (a title's slug naming the
instrument the document amends).
"""
from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import PurePath

import regex

from vnadmin.extract.numbers import type_codes
from vnadmin.model import Finding, Header, Page

# a number in a file name: its sequence, perhaps its year, then a type code ("so-115-nq-cp", "08-2024-tt-bldtbxh",
# "3457_BC_UBND"); the separators of file names between them
_NUMBER_IN_NAME = regex.compile(r"(?:^|[-_ .])(\d{1,5}(?:[.-]\d{1,3})?)(?:[-_ ]((?:19|20)\d{2}))?[-_ ]([a-z]{1,6})"
                                r"(?=$|[-_ .])")


def _ascii_fold(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


@cache
def _folded_type_codes() -> frozenset[str]:
    return frozenset(_ascii_fold(code) for code in type_codes())


def numbers_in_file_name(source: str) -> list[tuple[str, str]]:
    """(sequence digits, folded type code) of each number a file's name holds: "nghi-quyet-so-115-nq-cp-469452.pdf"
    → [("115", "nq")]."""
    stem = _ascii_fold(PurePath(source.split("!/")[-1]).stem)
    return [("".join(filter(str.isdigit, m.group(1))).lstrip("0"), m.group(3))
            for m in _NUMBER_IN_NAME.finditer(stem) if m.group(3) in _folded_type_codes()]


def number_vs_file_name(header: Header, source: str, pages: list[Page]):
    """The header's number, read by OCR, against the number of the same type its file's name gives."""
    span = header.spans.get("number")
    if not header.number or not header.type_code or not span or not _read_by_ocr(span[0], pages):
        return
    seq = "".join(filter(str.isdigit, header.number.split("/")[0])).lstrip("0")
    named = [number for number, code in numbers_in_file_name(source) if code == _ascii_fold(header.type_code)]
    if not named or seq in named:
        return
    name = PurePath(source.split("!/")[-1]).name
    yield Finding(
        check="number_vs_file_name", severity="warning",
        message=f"the number read from the page image is {header.number}, the file name {name} says {named[0]}: "
                f"check it against the scan",
        message_vi=f"Số văn bản đọc từ ảnh là {header.number}, tên tệp {name} ghi {named[0]}: cần đối chiếu với bản quét",
        values=[header.number, named[0], name], spans=[span],
    )


def _read_by_ocr(position: int, pages: list[Page]) -> bool:
    return any(page.start <= position < page.end and page.method == "ocr" for page in pages)


def check_source(header: Header, source: str, pages: list[Page]) -> list[Finding]:
    return list(number_vs_file_name(header, source, pages))


__all__ = ["check_source", "numbers_in_file_name", "number_vs_file_name"]
