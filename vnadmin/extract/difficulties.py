"""Difficulties and recommendations: the items under headings such as "HẠN CHẾ, KHÓ KHĂN", "TỒN TẠI, HẠN CHẾ",
"NGUYÊN NHÂN" or "ĐỀ XUẤT, KIẾN NGHỊ" (data/headings.tsv): each bullet ("- ", "+ ", "a) ") is an item; a
section without bullets gives one item per paragraph. Items keep their heading and their order."""
from __future__ import annotations

import bisect
from functools import cache

import regex

from vnadmin.model import ListItem, Section
from vnadmin.resources import tsv_rows
from vnadmin.text.normalize import strip_markup

PACKAGE = "vnadmin.extract"
_BULLET = regex.compile(r"(?m)^[ \t*>]*(?:[-–+•]|[a-zđ]\)|\d{1,2}\))[ \t]+(?P<item>[^\n]+)")
_LABEL = regex.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*")
_PARAGRAPH = regex.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # lines up to a blank line


@cache
def _headings() -> list[tuple[str, str]]:
    return sorted(((phrase.casefold(), kind) for kind, phrase in tsv_rows(PACKAGE, "headings.tsv")),
                  key=lambda row: len(row[0]), reverse=True)


def heading_kind(title: str) -> str | None:
    words = _LABEL.sub("", strip_markup(title)).casefold()
    if len(words) > 80:
        return None  # a sentence that happens to start with a label, not a heading
    for phrase, kind in _headings():
        if phrase in words:
            return kind
    return None


def find_items(text: str, sections: list[Section]) -> list[ListItem]:
    items: list[ListItem] = []
    headings = [s for s in sections if s.level <= 3 and s.label not in ("-", "–", "+", "•") and not s.label.isalpha()
                or s.level <= 1]
    closings = None  # where the closing words stand, found once (not searched again from each section)
    for index, section in enumerate(headings):
        kind = heading_kind(section.title)
        if kind is None:
            continue
        end = len(text)
        for later in headings[index + 1:]:
            if later.level <= section.level:
                end = later.start
                break
        if closings is None:
            closings = [m.start() for m in _CLOSING.finditer(text)]
        end = min(end, _closing_after(closings, section.end, len(text)))
        body_start = section.end
        bullets = list(_BULLET.finditer(text, body_start, end))
        order = 0
        if bullets:
            for bullet in bullets:
                order += 1
                start, stop = bullet.span("item")
                value = text[start:stop].rstrip(" \t*")
                items.append(ListItem(start=start, end=start + len(value), text=value, kind=kind,
                                      heading=section.title, order=order))
        else:
            for paragraph in _PARAGRAPH.finditer(text[body_start:end]):
                value = paragraph.group(0).strip()
                if len(value) < 15:
                    continue
                order += 1
                start = body_start + paragraph.start() + (len(paragraph.group(0)) - len(paragraph.group(0).lstrip()))
                items.append(ListItem(start=start, end=start + len(value), text=value, kind=kind,
                                      heading=section.title, order=order))
    return items


_CLOSING = regex.compile(r"\n[ \t*]*(?:Trên đây là|Nơi nhận|NƠI NHẬN|TM\.|KT\.)")


def _closing_after(closings: list[int], start: int, size: int) -> int:
    """``_closing(text, start)`` from the starts of every closing match (they cannot overlap: each holds one line
    break, at its start)."""
    i = bisect.bisect_left(closings, start)
    return closings[i] if i < len(closings) else size


def _closing(text: str, start: int) -> int:
    """The report's closing words end the last section."""
    found = _CLOSING.search(text, start)
    return found.start() if found else len(text)
