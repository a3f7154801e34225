"""Communication channels named in a report ("trang thông tin điện tử", "đài truyền thanh cơ sở", "Zalo"),
each with its category; the lexicon is data/channels.tsv."""
from __future__ import annotations

from functools import cache

import ahocorasick

from vnadmin.model import Channel
from vnadmin.resources import tsv_rows

PACKAGE = "vnadmin.extract"


@cache
def _lexicon() -> tuple[tuple[str, str], ...]:
    """(phrase in lower case, category), longest first."""
    categories = {" ".join(phrase.split()).lower(): category for category, phrase in tsv_rows(PACKAGE, "channels.tsv")}
    return tuple(sorted(categories.items(), key=lambda item: len(item[0]), reverse=True))


@cache
def _automaton() -> ahocorasick.Automaton:
    """Every phrase of the lexicon in one Aho-Corasick automaton: one pass over the text finds all of them."""
    automaton = ahocorasick.Automaton()
    for phrase, category in _lexicon():
        automaton.add_word(phrase, (len(phrase), category))
    automaton.make_automaton()
    return automaton


def find_channels(text: str) -> list[Channel]:
    """The phrases are looked for on the lower-cased text whose line breaks and tabs are spaces (lower() and those
    replacements keep every offset of Vietnamese text), all in one pass of an Aho-Corasick automaton, which
    reports every occurrence, overlapping ones included; each must stand between non-alphanumeric characters.
    Of those, the leftmost and then longest win, without overlaps."""
    flat = text.lower().replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if len(flat) != len(text):  # a character whose lower case is longer (not in Vietnamese)
        flat = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("\n", " ").replace("\t", " ")
    candidates: list[tuple[int, int, str]] = []
    size = len(flat)
    for last, (length, category) in _automaton().iter(flat):
        start, end = last + 1 - length, last + 1
        if (start == 0 or not flat[start - 1].isalnum()) and (end == size or not flat[end].isalnum()):
            candidates.append((start, end, category))
    found_channels: list[Channel] = []
    position = 0
    for start, end, category in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if start >= position:  # leftmost, then longest, no overlaps
            found_channels.append(Channel(start=start, end=end, text=text[start:end], category=category))
            position = end
    return found_channels
