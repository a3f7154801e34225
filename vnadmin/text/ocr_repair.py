"""Repairs of legal tokens in OCR output: applied by normalize() only inside the spans of OCR'd pages.

- digits misread as letters inside numbers and dates: ``2O23`` → ``2023``, ``l2/KH-UBND`` → ``12/KH-UBND``,
  ``tháng I2 năm`` → ``tháng 12 năm``;
- code segments Tesseract reads without the stroke or the tail: ``ND-CP`` → ``NĐ-CP``, ``QD-UBND`` → ``QĐ-UBND``,
  ``02-NO/TW`` → ``02-NQ/TW``, ``NQ-UBTVOH14`` → ``NQ-UBTVQH14``;
- date words around numbers: ``ngày 18 thảng 12 nãm 2023`` → ``... tháng 12 năm 2023``;
- fixed administrative phrases misread ("ỦY BẠN NHÂN DÂN");
- spaces around "/" inside a number ("SỐ :269/KH- UBND-" is closed up by the general number pass).
Every table is in data/ocr_confusions.tsv.
"""
from __future__ import annotations

from functools import cache

import regex

from vnadmin.resources import tsv_rows

PACKAGE = "vnadmin.text"
_DIGIT_LIKE = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "ï": "1"}


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    tables: dict[str, dict[str, str]] = {"code": {}, "word": {}, "phrase": {}}
    for kind, misread, meant in tsv_rows(PACKAGE, "ocr_confusions.tsv"):
        if len(misread) != len(meant):
            raise ValueError(f"ocr_confusions.tsv: {misread!r} → {meant!r} changes the length")
        tables[kind][misread] = meant
    return tables["code"], tables["word"], tables["phrase"]


@cache
def phrase_pattern() -> regex.Pattern:
    phrases = sorted(_tables()[2], key=len, reverse=True)
    return regex.compile("|".join(map(regex.escape, phrases)))


def phrase(match: regex.Match) -> str:
    return _tables()[2][match.group(0)]


# a run of digits with letters that look like digits, right before "/" or between "/" (numbers and dates), or
# between a date's words ("ngày 0ï tháng 4", "tháng I2 năm 2020")
DIGITISH = regex.compile(r"(?<![\p{L}\d])(?=[0-9OolI|ï]*[0-9])[0-9OolI|ï]{1,5}(?=[ \t]*/)|(?<=/)(?=[0-9OolI|ï]*[0-9])"
                         r"[0-9OolI|ï]{1,4}(?=[ \t]*/|[ \t]*[.,;)\s]|$)"
                         r"|(?<=(?:ngày|tháng|Ngày|NGÀY|THÁNG)[ \t]{1,3})(?=[0-9OolI|ï]*[0-9])[0-9OolI|ï]{1,2}"
                         r"(?=[ \t]{1,3}(?:tháng|năm|THÁNG|NĂM)(?![\p{L}]))")


@cache
def code_pattern() -> regex.Pattern:
    codes = sorted(_tables()[0], key=len, reverse=True)
    return regex.compile(r"(?:(?<=\d[ \t]*/[ \t]*)|(?<=\d/\d{4}/)|(?<=[A-ZĐ]-)|(?<=\d-))(?:" + "|".join(codes)
                         + r")(?=\d{0,2}(?:[ \t]*[-/]|[ \t]*[,.;:)\s]|$))")  # "02-NO/TW", "NQ-UBTVOH14"


@cache
def word_pattern() -> regex.Pattern:
    words = sorted(_tables()[1], key=len, reverse=True)
    return regex.compile(r"(?:(?<=\d[ \t]{1,3})|(?<=^|\s))(?:" + "|".join(map(regex.escape, words))
                         + r")(?=[ \t]{1,3}\d)", regex.IGNORECASE)


def digitish(match: regex.Match) -> str:
    return "".join(_DIGIT_LIKE.get(c, c) for c in match.group(0))


def code(match: regex.Match) -> str:
    return _tables()[0][match.group(0)]


def word(match: regex.Match) -> str:
    found = match.group(0)
    meant = _tables()[1].get(found) or _tables()[1].get(found.lower(), found)
    return meant.capitalize() if found[:1].isupper() else meant
