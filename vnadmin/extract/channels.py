"""Communication channels named in a report ("trang thông tin điện tử", "đài truyền thanh cơ sở", "Zalo"),
each with its category; the lexicon is data/channels.tsv."""
from __future__ import annotations

from functools import cache

from vnadmin.model import Channel
from vnadmin.resources import tsv_rows

PACKAGE = "vnadmin.extract"


@cache
def _lexicon() -> tuple[tuple[str, str], ...]:
    """(phrase in lower case, category), longest first."""
    categories = {" ".join(phrase.split()).lower(): category for category, phrase in tsv_rows(PACKAGE, "channels.tsv")}
    return tuple(sorted(categories.items(), key=lambda item: len(item[0]), reverse=True))


@cache
def _plan() -> tuple[tuple[str, str, str | None, int], ...]:
    """The phrases shortest first, each with a shorter phrase of the lexicon it contains (or None) and where:
    a phrase that holds another ("đài truyền thanh" holds "truyền thanh") can only occur where that one does,
    so it is checked at those places instead of being looked for through the whole text."""
    plan: list[tuple[str, str, str | None, int]] = []
    for phrase, category in sorted(_lexicon(), key=lambda item: len(item[0])):
        inner = next((other for other, _, _, _ in plan if len(other) < len(phrase) and other in phrase), None)
        plan.append((phrase, category, inner, phrase.find(inner) if inner else 0))
    return tuple(plan)


def _occurrences(flat: str, phrase: str, inner: str | None, offset: int, found: dict[str, list[int]]) -> list[int]:
    """Every start of ``phrase`` in ``flat``, overlapping ones included."""
    if inner is not None:
        return [start - offset for start in found[inner]
                if start >= offset and flat.startswith(phrase, start - offset)]
    starts = []
    start = flat.find(phrase)
    while start >= 0:
        starts.append(start)
        start = flat.find(phrase, start + 1)
    return starts


def find_channels(text: str) -> list[Channel]:
    """Each phrase is looked for with str.find on the lower-cased text whose line breaks and tabs are spaces
    (lower() and those replacements keep every offset of Vietnamese text): a few C-speed scans per phrase are
    much faster than a regular expression of sixty alternatives, case-insensitive. A phrase that holds a shorter
    one is only checked where the shorter one occurs."""
    flat = text.lower().replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if len(flat) != len(text):  # a character whose lower case is longer (not in Vietnamese)
        flat = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("\n", " ").replace("\t", " ")
    candidates: list[tuple[int, int, str]] = []
    found: dict[str, list[int]] = {}
    size = len(flat)
    for phrase, category, inner, offset in _plan():
        starts = found[phrase] = _occurrences(flat, phrase, inner, offset, found)
        for start in starts:
            end = start + len(phrase)
            if (start == 0 or not flat[start - 1].isalnum()) and (end == size or not flat[end].isalnum()):
                candidates.append((start, end, category))
    found_channels: list[Channel] = []
    position = 0
    for start, end, category in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if start >= position:  # leftmost, then longest, no overlaps
            found_channels.append(Channel(start=start, end=end, text=text[start:end], category=category))
            position = end
    return found_channels
