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


def find_channels(text: str) -> list[Channel]:
    """Each phrase is looked for with str.find on the lower-cased text whose line breaks and tabs are spaces
    (lower() and those replacements keep every offset of Vietnamese text): a few C-speed scans per phrase are
    much faster than a regular expression of sixty alternatives, case-insensitive."""
    flat = text.lower().replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if len(flat) != len(text):  # a character whose lower case is longer (not in Vietnamese)
        flat = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("\n", " ").replace("\t", " ")
    candidates: list[tuple[int, int, str]] = []
    for phrase, category in _lexicon():
        start = flat.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if (start == 0 or not flat[start - 1].isalnum()) and (end == len(flat) or not flat[end].isalnum()):
                candidates.append((start, end, category))
            start = flat.find(phrase, start + 1)
    found: list[Channel] = []
    position = 0
    for start, end, category in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if start >= position:  # leftmost, then longest, no overlaps
            found.append(Channel(start=start, end=end, text=text[start:end], category=category))
            position = end
    return found
