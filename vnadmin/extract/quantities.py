"""Quantities with their unit ("210 cán bộ", "15 lớp", "1.250 lượt người", "30%"); units are data/units.txt."""
from __future__ import annotations

from functools import cache

import regex

from vnadmin.model import Quantity
from vnadmin.resources import word_list

PACKAGE = "vnadmin.extract"
NUMBER = r"(?P<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"


@cache
def _pattern() -> regex.Pattern:
    units = sorted(word_list(PACKAGE, "units.txt"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(regex.escape(w) for w in unit.split()) for unit in units)
    return regex.compile(r"(?<![\p{L}\d/.,\-])" + NUMBER + r"(?:\s*(?P<percent>%)|\s+(?P<unit>" + alternatives
                         + r"))(?![\p{L}\d])", regex.IGNORECASE)


def _value(number: str) -> float:
    """Vietnamese writing: "." groups thousands, "," marks decimals (1.250 = 1250; 2,5 = 2.5)."""
    return float(number.replace(".", "").replace(",", "."))


def find_quantities(text: str) -> list[Quantity]:
    out = []
    for match in _pattern().finditer(text):
        value = _value(match.group("number"))
        if value == float("inf"):
            continue  # 400 nines: no count a report gives (and no JSON number)
        unit = "%" if match.group("percent") else " ".join(match.group("unit").split())
        out.append(Quantity(start=match.start(), end=match.end(), text=match.group(0), value=value, unit=unit))
    return out
