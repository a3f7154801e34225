"""Dates: every date the text mentions, in ISO with its span, and the impossible ones kept with a flag.

Forms: "ngày 18 tháng 12 năm 2023", "ngày 01/8/2023", "18/12/2023", "18-12-2023", "18.12.2023",
"tháng 12/2023", "tháng 12 năm 2023", "năm 2023", periods "giai đoạn 2021 - 2025", "2022-2027".
Line breaks and runs of spaces between the words are allowed ("ngày 25⏎tháng 01 năm 2024").
"""
from __future__ import annotations

import calendar
from functools import lru_cache

import regex

from vnadmin.model import DateMention

_S = r"[ \t]*\n?[ \t]*"  # a space, possibly broken over one line
_W = r"[ \t]+\n?[ \t]*|\n[ \t]*"  # at least one space or a line break

_W0 = r"[ \t]*\n?[ \t]*"  # no space at all also occurs ("ngày 09tháng 5 năm 2025", "18 tháng 11năm 2025")
# a converter that made each printed line a paragraph leaves a blank line inside the date ("ngày 29 tháng⏎⏎4 năm 2025")
_W_OR_BLANK = rf"{_W}|[ \t]*\n[ \t]*\n[ \t]*"
# (between the month and "năm" a blank line too, the emphasis closed and opened again around it: "tháng 6*⏎⏎*năm")
_MONTH_BLANK_YEAR = r"[ \t*]*\n[ \t]*\n[ \t*]*"
DAY_WORDS = (rf"(?P<wd>\d{{1,2}}){_W0}tháng(?:{_W_OR_BLANK})(?P<wm>\d{{1,2}})(?:{_W0}|{_MONTH_BLANK_YEAR})năm"
             rf"(?:{_W_OR_BLANK})(?P<wy>\d{{4}})")
DAY_NUMERIC = r"(?P<nd>\d{1,2})(?P<sep>[/.\-])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4})"
# Numeric date with spaces around the separators, only after "ngày" (OCR and typing: "ngày 01 / 8 / 2023").
DAY_NUMERIC_SPACED = r"(?P<sd>\d{1,2})[ \t]*/[ \t]*(?P<sm>\d{1,2})(?:[ \t]*/[ \t]*|[ \t]+)(?P<sy>\d{4})"
MONTH_DIGITS = rf"(?P<mm>\d{{1,2}})(?:[ \t]*/[ \t]*|(?:{_W})năm(?:{_W}))(?P<my>\d{{4}})"
PERIOD = r"(?P<py1>(?:19|20)\d{2})[ \t]*[-–][ \t]*(?P<py2>(?:19|20)\d{2})"
YEAR_DIGITS = r"(?P<yy>(?:19|20)\d{2})"

# What may not follow a date: a digit, or a "/" that goes on with more digits ("18/12/2023/..." is no date); a "/"
# before a word is a bilingual form's separator ("ngày 29 tháng 11 năm 2005/Pursuant to ...")
DATE_END = r"(?!\d|/(?!\p{L}))"

# Every alternative starts with a digit (fast to scan for); the words before ("ngày", "tháng", "năm") are
# checked by lookbehind and taken into the span by find_dates. What every alternative needs next is checked first:
# one or two digits and a space, a separator or the "t" of "tháng", or a year of 19xx/20xx (a number of a table,
# "0304.43.00", "13,6", fails there, not in each of six alternatives: the scan a tenth faster, a fifth on tables).
DATE_NEXT = r"(?=\d{1,2}[\s/.\-t]|(?:19|20)\d\d)"
DATE_RE = regex.compile(
    r"(?=\d)(?<![\p{L}\d/.\-])" + DATE_NEXT + r"(?:"
    + rf"{DAY_WORDS}|{DAY_NUMERIC}|(?<=ngày[\s*]*){DAY_NUMERIC_SPACED}"
    + rf"|(?<=tháng(?:{_W})){MONTH_DIGITS}|{PERIOD}|(?<=năm[ \t]+){YEAR_DIGITS}"
    + r")" + DATE_END,
    regex.IGNORECASE,
)
_PREFIX_WORD = {"day": ("ngày", "ngay"), "month": ("tháng",), "year": ("năm",)}
_DAY_WORDS, _MONTH_WORDS, _YEAR_WORDS = _PREFIX_WORD["day"], _PREFIX_WORD["month"], _PREFIX_WORD["year"]


@lru_cache(maxsize=4096)
def _days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def make_date(text: str, start: int, end: int, day: int | None, month: int | None, year: int | None, precision: str,
              form: str, end_year: int | None = None) -> DateMention:
    """The date mention of ``text[start:end]``, flagged invalid when the day or month cannot be."""
    valid = True
    iso = None
    if month is not None and not 1 <= month <= 12 or year is not None and year < 1:  # (no year 0: "15/3/0000")
        valid = False
    if day is not None:
        if not valid or year is None or not 1 <= day <= _days_in_month(year, month):
            valid = False
        else:
            iso = "%04d-%02d-%02d" % (year, month, day)
    if end_year is not None and end_year < (year or 0):
        valid = False
    # positional, in the order of DateMention's fields: a third of the cost of the keyword call (hot path)
    return DateMention(start, end, text[start:end], iso, year, month, day, precision, end_year, valid, form)


_PREFIX_GAP = " \t*"


def _word_start(text: str, start: int, words: tuple[str, ...]) -> int:
    """Start of the mention with its word ("ngày 18 tháng 12 năm 2023", "tháng 12/2023", "năm 2023"): one of
    ``words`` (any case) that ends within 12 characters before ``start``, with spaces, "*" and one line break
    between (two when the second is the last character before the digits); else ``start``."""
    window_start = max(0, start - 12)
    head = text[window_start:start]
    if head.endswith("\n"):
        head = head[:-1]
    head = head.rstrip(_PREFIX_GAP)
    if head.endswith("\n"):
        head = head[:-1].rstrip(_PREFIX_GAP)
    for word in words:
        if head[-len(word):].casefold() == word:
            return window_start + len(head) - len(word)
    return start


def _word_and_space_before(text: str, start: int, word: str) -> int:
    """Start of ``word`` (any case) when it and one space stand right before ``start`` ("ngày 18", "tháng 12"),
    else -1: the common layout, where _word_start finds the same start (the tests check), without its search."""
    at = start - 1 - len(word)
    return at if text[start - 1:start] == " " and text[at:start - 1].casefold() == word else -1


# The last group of each alternative (its name, then its groups, precision and form): Match.lastindex tells which
# alternative matched, and its groups are read by number in one call (named groups cost five times more).
_ALTERNATIVES = (("wy", ("wd", "wm", "wy"), "day", "words"), ("ny", ("nd", "nm", "ny"), "day", "numeric"),
                 ("sy", ("sd", "sm", "sy"), "day", "numeric"), ("my", ("mm", "my"), "month", "month"),
                 ("py2", ("py1", "py2"), "period", "period"), ("yy", ("yy",), "year", "year"))
_LAYOUTS: dict[regex.Pattern, dict[int, tuple[tuple[int, ...], str, str]]] = {}


def _layout(pattern: regex.Pattern) -> dict[int, tuple[tuple[int, ...], str, str]]:
    """Group number of each alternative's last group → (its groups' numbers, precision, form)."""
    layout = _LAYOUTS.get(pattern)
    if layout is None:
        index = pattern.groupindex
        layout = _LAYOUTS[pattern] = {index[last]: (tuple(index[name] for name in names), precision, form)
                                      for last, names, precision, form in _ALTERNATIVES if last in index}
    return layout


def date_from_match(match: regex.Match) -> DateMention:
    return _date(match, *_layout(match.re)[match.lastindex])


def _date(match: regex.Match, groups: tuple[int, ...], precision: str, form: str) -> DateMention:
    text = match.string
    start, end = match.span()
    if precision == "day":
        day, month, year = match.group(*groups)
        if not text[start].isdecimal():
            pass  # a pattern that holds the word already (FULL_DATE_AT_START): not twice ("ngày ngày 09 tháng 11")
        elif (word := _word_and_space_before(text, start, "ngày")) >= 0:
            start = word
        elif "ngày" in text[max(0, start - 12):start].casefold():
            start = _word_start(text, start, _DAY_WORDS)
        return make_date(text, start, end, int(day), int(month), int(year), "day", form)
    if precision == "month":
        month, year = match.group(*groups)
        word = _word_and_space_before(text, start, "tháng")
        if word < 0:
            word = _word_start(text, start, _MONTH_WORDS)
        return make_date(text, word, end, None, int(month), int(year), "month", "month")
    if precision == "period":
        first, second = match.group(*groups)
        return make_date(text, start, end, None, None, int(first), "period", "period", end_year=int(second))
    # the pattern's lookbehind holds "năm" and spaces or tabs right before the year: its start is found without
    # _word_start's search (what it would find; the tests check)
    word = start - 1
    while text[word] in " \t":
        word -= 1
    return make_date(text, word - 2, end, None, None, int(match.group(groups[0])), "year", "year")


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order."""
    layout = _layout(DATE_RE)
    return [_date(match, *layout[match.lastindex]) for match in DATE_RE.finditer(text)]


# A full date (day, month and year) at the very start of a string: for attaching a date to a citation.
FULL_DATE_AT_START = regex.compile(
    rf"(?:ngày|ngay)[\s*]*(?:{DAY_WORDS}|{DAY_NUMERIC}|{DAY_NUMERIC_SPACED}){DATE_END}",
    regex.IGNORECASE,
)
