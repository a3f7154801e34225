"""The ruled table of a scanned page, found from its rule lines, so that OCR text is read cell by cell.

Tesseract's page layout makes one line of the words side by side in a table's row ("117/2020/TT-BTC
156/2020/NĐ-CP"), so a cell's text comes out interleaved with its neighbours' and a citation loses its date
("ngày 31/12/2020" two lines below, between words of the next column). Gazette tables are ruled: long vertical
rules bound the columns, horizontal rules across the table bound the rows. They are found in the page image
(runs of dark pixels far longer than any letter's stroke); each word Tesseract read inside the grid is then put in
its cell by its centre, and the caller writes the table cell by cell, row by row.

One table per page: the one of the tallest vertical rule (a gazette page holds one, continued from the page
before or onto the next). A page without at least three long vertical rules side by side (two columns) has none.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

DARK = 170  # a grey level below this is ink (a scanned rule is often grey)
VERTICAL_RULE_MIN = 0.12  # of the page's height: a letter's stroke is 1 %, a column rule of a table 20-80 %
HORIZONTAL_RULE_MIN = 0.4  # of the table's width: a row rule crosses the table (broken in places: 50-80 % in one
# run on a real gazette scan), a line of text makes runs of a word or two (12 % at most there)
MIN_CELL = 0.02  # of the page's width: rules closer than this are one (a skewed or doubled rule)
RULE_GAP = 4  # pixels: columns (or rows) of ink closer than this are one rule drawn several pixels wide
RULE_BREAK = 8  # pixels: a gap in a scanned rule up to this long is bridged
MIN_COLUMNS = 2


@dataclass(frozen=True)
class TableGrid:
    """Cell boundaries in page pixels: ``columns`` the x of the vertical rules, ``rows`` the y of the horizontal
    ones, the table's top and bottom first and last (a table cut by the page's edge ends at its last rule)."""

    columns: tuple[float, ...]
    rows: tuple[float, ...]

    @property
    def top(self) -> float:
        return self.rows[0]

    @property
    def bottom(self) -> float:
        return self.rows[-1]

    def cell_of(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, column) of the cell holding the point, None outside the table."""
        if not (self.columns[0] < x < self.columns[-1] and self.top < y < self.bottom):
            return None
        return bisect_right(self.rows, y) - 1, bisect_right(self.columns, x) - 1


def _longest_runs(ink, axis: int):
    """For each column (axis 0) or row (axis 1) of the boolean image: the length of its longest run of ink, gaps
    of up to RULE_BREAK pixels bridged (a scanned rule is broken and a little skewed: the image is thickened by
    RULE_GAP pixels across the run first), and where that run ends."""
    import numpy as np

    lines = ink if axis == 0 else ink.T
    thick = lines.copy()
    for shift in range(1, RULE_GAP):
        thick[:, shift:] |= lines[:, :-shift]
    run = np.zeros(lines.shape[1], dtype=np.int32)
    gap = np.zeros_like(run)
    best = np.zeros_like(run)
    end = np.zeros_like(run)
    for index, row in enumerate(thick):
        gap = np.where(row, 0, gap + 1)
        run = np.where(gap > RULE_BREAK, 0, run + 1)
        longer = row & (run - gap > best)
        best[longer] = run[longer]
        end[longer] = index
    return best, end


def _group(positions) -> list[list[int]]:
    """Adjacent positions (closer than RULE_GAP) as one rule each."""
    groups: list[list[int]] = []
    for position in positions:
        if groups and position - groups[-1][-1] < RULE_GAP:
            groups[-1].append(position)
        else:
            groups.append([position])
    return groups


LAYOUT_SIDE = 2000  # pixels: a page larger than this (300 dpi) is looked at in half: rules stay, the cost quarters


def find_table_grid(image) -> TableGrid | None:
    """The ruled table of a page image (PIL), or None. Whether a page of 300 dpi has one is seen in half (its rules
    are 3 pixels wide or more): 12 ms instead of 50 on the pages without a table, most pages; a page with one is
    read again in full, where the rules' ends and breaks are placed more exactly."""
    grey = image if image.mode == "L" else image.convert("L")
    if min(grey.size) >= LAYOUT_SIDE and _grid(grey.reduce(2)) is None:
        return None
    return _grid(grey)


def _grid(image) -> TableGrid | None:
    import numpy as np

    ink = np.asarray(image) < DARK
    height, width = ink.shape
    lengths, ends = _longest_runs(ink, 0)
    tall = np.flatnonzero(lengths >= VERTICAL_RULE_MIN * height)
    if len(tall) < MIN_COLUMNS + 1:
        return None
    rules = []  # (x, top, bottom) of each vertical rule, from its longest pixel column
    for group in _group(tall.tolist()):
        strongest = max(group, key=lambda x: lengths[x])
        bottom = int(ends[strongest])
        rules.append((sum(group) / len(group), bottom - int(lengths[strongest]) + 1, bottom))
    # the table of the tallest rule: the rules that overlap it over most of their length
    _, top, bottom = max(rules, key=lambda rule: rule[2] - rule[1])
    columns: list[float] = []
    for x, start, end in rules:
        if min(end, bottom) - max(start, top) >= 0.5 * (end - start):
            if columns and x - columns[-1] < MIN_CELL * width:
                columns[-1] = (columns[-1] + x) / 2
            else:
                columns.append(x)
    if len(columns) < MIN_COLUMNS + 1:
        return None
    left, right = columns[0], columns[-1]
    x0, x1 = int(left), int(right) + 1
    band = ink[max(0, top - RULE_GAP):min(height, bottom + RULE_GAP + 1), x0:x1]
    widths, _ = _longest_runs(band, 1)
    across = np.flatnonzero(widths >= HORIZONTAL_RULE_MIN * (x1 - x0))
    rows = [top] + [max(0, top - RULE_GAP) + sum(g) / len(g) for g in _group(across.tolist())] + [bottom]
    rows = sorted(rows)
    merged = [rows[0]]
    for y in rows[1:]:  # the table's own top and bottom rules are in the list twice
        if y - merged[-1] >= RULE_GAP:
            merged.append(y)
        else:
            merged[-1] = max(merged[-1], y) if len(merged) > 1 else merged[-1]
    return TableGrid(tuple(columns), tuple(merged))


__all__ = ["TableGrid", "find_table_grid"]
