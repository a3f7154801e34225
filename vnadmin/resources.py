"""Loading the data files (patterns, code tables, lexicons) that live beside the modules that use them.

Every table is a UTF-8 text file: lines starting with ``#`` are comments, blank lines are ignored, TSV columns
are separated by one TAB. Loaded once per process and cached.
"""
from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(package: str, name: str) -> list[str]:
    text = resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def word_list(package: str, name: str) -> tuple[str, ...]:
    """The non-comment lines of ``package/data/name``, stripped."""
    return tuple(line.strip() for line in _lines(package, name))


@cache
def tsv_rows(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``package/data/name`` split on TAB (trailing empty cells kept)."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(package, name))
