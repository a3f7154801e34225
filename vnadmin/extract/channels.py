"""Communication channels named in a report ("trang thông tin điện tử", "đài truyền thanh cơ sở", "Zalo"),
each with its category; the lexicon is data/channels.tsv."""
from __future__ import annotations

from functools import cache

import regex

from vnadmin.model import Channel
from vnadmin.resources import tsv_rows

PACKAGE = "vnadmin.extract"


@cache
def _lexicon() -> tuple[regex.Pattern, dict[str, str]]:
    categories = {" ".join(phrase.split()).casefold(): category for category, phrase in tsv_rows(PACKAGE, "channels.tsv")}
    phrases = sorted(categories, key=len, reverse=True)
    words = [r"\s+".join(regex.escape(w) for w in phrase.split()) for phrase in phrases]
    return regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(words) + r")(?![\p{L}\d])", regex.IGNORECASE), categories


def find_channels(text: str) -> list[Channel]:
    pattern, categories = _lexicon()
    return [Channel(start=m.start(), end=m.end(), text=m.group(0),
                    category=categories[" ".join(m.group(0).split()).casefold()]) for m in pattern.finditer(text)]
