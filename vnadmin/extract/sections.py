"""The outline: headings with their level and span.

Levels: 0 Phần/Chương; 1 Mục, Điều, roman I., II.; 2 arabic 1., 2.; 3 1.1., 1.2.; 4 letters a), b);
5 bullets "-", "+". Markdown emphasis around a heading ("**I. KẾT QUẢ**") is allowed.
"""
from __future__ import annotations

import regex

from vnadmin.model import Section
from vnadmin.text.normalize import strip_markup

_LEAD = r"[ \t>#*|]*"
HEADING_RE = regex.compile(
    _LEAD + r"(?:"
    r"(?P<part>(?:Phần|PHẦN|Chương|CHƯƠNG)[ \t]+(?:[IVXLC]+|\d+|thứ[ \t]+\p{L}+|THỨ[ \t]+\p{L}+))\b"
    r"|(?P<article>(?:Mục|MỤC|Điều|ĐIỀU)[ \t]+\d+[a-z]?)[.:]"
    r"|(?P<roman>[IVX]{1,5})[.:][ \t]"
    r"|(?P<sub>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?[ \t]"
    r"|(?P<arabic>\d{1,2})[.)][ \t]"
    r"|(?P<letter>[a-zđ])\)[ \t]"
    r"|(?P<bullet>[-–+•])[ \t]"
    r")[^\n]*"
)


_LEVELS = {"part": 0, "article": 1, "roman": 1, "arabic": 2, "letter": 4, "bullet": 5}
_GROUP_LEVELS = {HEADING_RE.groupindex[name]: level for name, level in _LEVELS.items()}
_SUB = HEADING_RE.groupindex["sub"]
_HEADING_FIRST = frozenset("PpCcMmĐđIVX0123456789abcdefghijklmnopqrstuvwxyzđ-–+•")


_LETTER_LABEL = frozenset("abcdefghijklmnopqrstuvwxyzđ")  # a lower-case first letter only begins "a) "
# a digit only begins "1. ", "1) ", "1.2. " (one or two digits, then "." or ")"): a table's numbers ("13,6",
# "0304.43.00") are not tried
_DIGITS = frozenset("0123456789")
_NUMBER_ENDS = (".", ")")


def _heading_lines(text: str):
    """Matches of HEADING_RE at line starts; lines are walked in Python, the pattern tried only on lines
    whose first visible character can begin a heading (and, for a lower-case letter, is followed by ")"; for a
    digit, by "." or ")" after one or two digits)."""
    position = 0
    match_at = HEADING_RE.match
    for line in text.split("\n"):
        stripped = line.lstrip(" \t>#*|")
        if stripped:
            first = stripped[0]
            if first in _HEADING_FIRST and (first not in _LETTER_LABEL or stripped[1:2] == ")") and (
                    first not in _DIGITS or stripped[1:2] in _NUMBER_ENDS or stripped[1:2].isdecimal()
                    and stripped[2:3] in _NUMBER_ENDS):
                match = match_at(text, position, position + len(line))
                if match:
                    yield match
        position += len(line) + 1


def find_sections(text: str) -> list[Section]:
    sections: list[Section] = []
    append = sections.append
    for match in _heading_lines(text):
        group = match.lastindex  # each alternative has one group; by number, not by name (five times cheaper)
        label = match.group(group)
        level = 2 + label.count(".") if group == _SUB else _GROUP_LEVELS[group]
        start = match.start(group)
        line = text[start:match.end()].rstrip(" \t*|")
        # positional, in the order of Section's fields (a keyword call costs three times more)
        append(Section(start, start + len(line), line, label.strip(), level, strip_markup(line)))
    return sections
