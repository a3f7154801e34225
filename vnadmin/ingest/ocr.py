"""OCR with Tesseract (Debian's tesseract-ocr + tesseract-ocr-vie), one single-threaded process per page.

Tesseract runs as a subprocess with ``OMP_THREAD_LIMIT=1`` (its own threading costs more than it gives on a
busy machine: 2.4 s/page single-threaded vs 5–8 s with the default); parallelism comes from running one
process per core. Its TSV output gives the words with their confidence; the text is rebuilt from it line by
line, with a blank line between paragraphs.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from vnadmin.ingest.errors import IngestError
from vnadmin.ingest.ocr_tables import TableGrid, find_table_grid

LANGUAGE = "vie"

NOISE_CONFIDENCE = 60.0  # a word of symbols only, read with less confidence than this, is a speck
TIMEOUT_SECONDS = 300


@dataclass
class OcrPage:
    text: str
    confidence: float | None  # mean word confidence, 0–100
    words: int
    turned: int = 0  # degrees clockwise the page was turned to be read (a scan lying sideways or upside down)


@cache
def tesseract_path() -> str | None:
    return shutil.which("tesseract")


@cache
def languages() -> frozenset[str]:
    path = tesseract_path()
    if not path:
        return frozenset()
    result = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=60)
    return frozenset(line.strip() for line in result.stdout.splitlines()[1:] if line.strip())


def check_available() -> None:
    if not tesseract_path():
        raise IngestError("ocr_unavailable", "tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-vie; "
                                             "`make demo` or scripts/setup.sh installs them)")
    if LANGUAGE not in languages():
        raise IngestError("ocr_unavailable", "Tesseract's Vietnamese model is missing (Debian: tesseract-ocr-vie)")


@dataclass
class PageImage:
    """A page to OCR: a PIL image, or the bytes of an image file Tesseract reads as they are (the JPEG a scanned
    PDF page holds: no decoding and re-encoding on our side)."""

    dpi: int | None
    image: object = None
    encoded: bytes | None = None
    suffix: str = ".jpg"

    def pil(self):
        if self.image is None:
            from PIL import Image

            self.image = Image.open(io.BytesIO(self.encoded)).convert("L")
        return self.image


def ocr_image(page: PageImage) -> OcrPage:
    """OCR one page image with Tesseract (TSV output). On a page with a ruled table (ocr_tables), each column of
    the table is read again on its own: Tesseract's page layout joins the words side by side in a row into one
    line and misreads a cell whose lines are not level with its neighbour's."""
    check_available()
    with tempfile.TemporaryDirectory(prefix="vnadmin-ocr-") as folder:
        tsv = _tesseract_tsv(_page_file(page, Path(folder)), "3", page.dpi)
        # decoded here, not kept on the page: a long scan's pages stay as their JPEG bytes while they wait
        image = page.image if page.image is not None else PageImage(page.dpi, encoded=page.encoded).pil()
        grid = find_table_grid(image)
        if grid is not None:
            tsv, grid = _with_table_columns_read_alone(tsv, grid, image, page.dpi, Path(folder))
    return parse_tsv(tsv, grid)


def _page_file(page: PageImage, folder: Path) -> Path:
    """The page as the image file Tesseract reads: a scan's JPEG as it is, else the image uncompressed."""
    if page.encoded is not None:
        source = folder / f"page{page.suffix}"
        source.write_bytes(page.encoded)
        return source
    return _save(page.image, folder / "page")


def _save(image, stem: Path) -> Path:
    if image.mode not in ("L", "RGB"):
        image = image.convert("L" if image.mode in ("1", "LA", "I", "I;16") else "RGB")
    path = stem.with_suffix(".pgm" if image.mode == "L" else ".ppm")
    image.save(path)  # uncompressed: PNG encoding would cost a third of Tesseract's own time
    return path


def _tesseract_tsv(source: Path, psm: str, dpi: int | None) -> str:
    result = _tesseract(source, ["-l", LANGUAGE, "--psm", psm], dpi, "tsv")
    if result.returncode != 0:
        raise IngestError("ocr_failed", f"tesseract failed: {result.stderr.strip()[-300:]}")
    return result.stdout


def _tesseract(source: Path, options: list[str], dpi: int | None, *configs: str) -> subprocess.CompletedProcess:
    """One single-threaded Tesseract run on an image file, its output on stdout."""
    command = [tesseract_path(), str(source), "stdout", *options, *(["--dpi", str(dpi)] if dpi else []), *configs]
    environment = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, env=environment)
    except subprocess.TimeoutExpired:
        raise IngestError("ocr_failed", f"tesseract took more than {TIMEOUT_SECONDS} s on a page") from None


TABLE_CELL_MARGIN = 6  # pixels inside a column's rules: the rules themselves are no text


def _with_table_columns_read_alone(tsv: str, grid: TableGrid, image, dpi: int | None,
                                   folder: Path) -> tuple[str, TableGrid | None]:
    """The page's TSV with the words inside the table replaced by those of each column read on its own (as a block
    of text, --psm 6), moved to page coordinates, each column its own block; and the grid. The page's own reading
    and no grid when the columns read alone are read with less confidence (a list whose rules the grid found only
    in part: its number column read with the rules around it)."""
    rows = tsv.splitlines()
    kept = [rows[0]]
    inside: list[float] = []
    for row in rows[1:]:
        fields = row.split("\t")
        if len(fields) >= 12 and fields[0] == "5" and grid.cell_of(
                int(fields[6]) + int(fields[8]) / 2, int(fields[7]) + int(fields[9]) / 2) is not None:
            inside.append(float(fields[10]))
            continue
        kept.append(row)
    alone: list[float] = []
    top, bottom = int(grid.top) + TABLE_CELL_MARGIN, int(grid.bottom) - TABLE_CELL_MARGIN
    for index, (left, right) in enumerate(zip(grid.columns, grid.columns[1:])):
        x0, x1 = int(left) + TABLE_CELL_MARGIN, int(right) - TABLE_CELL_MARGIN
        if x1 - x0 < 2 * TABLE_CELL_MARGIN or bottom <= top:
            continue
        strip = _save(image.crop((x0, top, x1, bottom)), folder / f"column{index}")
        for row in _tesseract_tsv(strip, "6", dpi).splitlines()[1:]:
            fields = row.split("\t")
            if len(fields) < 12 or fields[0] != "5":
                continue
            fields[2] = f"c{index}-{fields[2]}"  # a block of its own: no line joins two columns
            fields[6], fields[7] = str(int(fields[6]) + x0), str(int(fields[7]) + top)
            kept.append("\t".join(fields))
            if fields[11].strip():
                alone.append(float(fields[10]))
    if not alone or _mean(alone) < _mean(inside):
        return tsv, None
    return "\n".join(kept), grid


def _mean(confidences: list[float]) -> float:
    known = [c for c in confidences if c >= 0]
    return sum(known) / len(known) if known else 0.0


def parse_tsv(tsv: str, grid: TableGrid | None = None) -> OcrPage:
    """Text and mean confidence from Tesseract's TSV. Words are joined by spaces within a line and lines by line
    breaks; a blank line goes where the page has vertical white space (a gap of more than 0.75 of the median
    line height) or where reading jumps back up (a second column). Tesseract's own blocks and paragraphs are
    not used for that: a centred two-line trích yếu comes out as two blocks. The words inside a ruled table
    (``grid``, see ocr_tables) are written cell by cell, row by row, each cell a paragraph, where the table
    stands among the page's lines."""
    lines: list[tuple[str, int, int]] = []  # text, top, bottom
    cells: dict[tuple[int, int], list[tuple[int, int, str]]] = {}  # (row, column) → (line top, left, word)
    confidences: list[float] = []
    words: list[str] = []
    key = None
    top = bottom = 0
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5" or not fields[11].strip():
            continue
        line_key = (fields[2], fields[3], fields[4])
        word_left, word_top, word_width, height = int(fields[6]), int(fields[7]), int(fields[8]), int(fields[9])
        if line_key != key:
            if words:
                lines.append((" ".join(words), top, bottom))
            words, key, top, bottom = [], line_key, word_top, word_top + height
            line_top = word_top
        try:
            confidence = float(fields[10])
        except ValueError:
            confidence = -1.0
        if confidence < NOISE_CONFIDENCE and not any(c.isalnum() for c in fields[11]):
            continue  # specks read as "_", "`", "ˆ", "." with low confidence
        if confidence >= 0:
            confidences.append(confidence)
        cell = grid.cell_of(word_left + word_width / 2, word_top + height / 2) if grid else None
        if cell is not None:
            cells.setdefault(cell, []).append((line_top, word_left, fields[11]))
            continue
        words.append(fields[11])
        top, bottom = min(top, word_top), max(bottom, word_top + height)
    if words:
        lines.append((" ".join(words), top, bottom))
    heights = sorted(b - t for _, t, b in lines)
    line_height = heights[len(heights) // 2] if heights else 0
    out: list[str] = []
    table_written = not cells
    for index, (text, line_top, _) in enumerate(lines):
        if not table_written and line_top >= grid.top:
            out.extend(["", *_table_text(cells), ""])
            table_written = True
        elif index:
            gap = line_top - lines[index - 1][2]
            if gap > 0.75 * line_height or line_top < lines[index - 1][1]:
                out.append("")
        out.append(text)
    if not table_written:
        out.extend(["", *_table_text(cells)])
    mean = sum(confidences) / len(confidences) if confidences else None
    return OcrPage("\n".join(out).strip("\n"), mean, len(confidences))


def _table_text(cells: dict[tuple[int, int], list[tuple[int, int, str]]]) -> list[str]:
    """A table's lines: each cell's words by Tesseract's line (in the order of its top) and from left to right,
    cells in reading order, a blank line after each."""
    out: list[str] = []
    for cell in sorted(cells):
        by_line: dict[int, list[tuple[int, str]]] = {}
        for line_top, left, word in cells[cell]:
            by_line.setdefault(line_top, []).append((left, word))
        for line_top in sorted(by_line):
            out.append(" ".join(word for _, word in sorted(by_line[line_top])))
        out.append("")
    return out[:-1]


RETRY_BELOW_CONFIDENCE = 88.0
RETRY_MIN_WORDS = 20


def ocr_page(page: PageImage) -> OcrPage:
    """OCR a page; when Tesseract is unsure (mean confidence below 88), read it again through a 3×3 median
    filter and keep the more confident reading. Before that, a page read very unsurely (below 70) is looked at by
    Tesseract's orientation detection, and read again turned upright when it lies sideways or upside down.
    Measured on the sample's scans (character error rate): clean 300 dpi 0.05 % either way (no retry: confidence
    95.7); noisy 300 dpi 0.20 % → 0.12 % with the filter; harsh 200 dpi 37 % → 4.3 % (speckles break Tesseract's
    layout analysis). Binarization (Otsu) did not help (0.11 %, 0.34 %, 4.0 %) and is not used. (Those figures
    are for pages rendered at 300 dpi; the harsh scan's own 200 dpi JPEG, which is what vnadmin now reads, needs
    no retry.)"""
    from PIL import ImageFilter

    first = ocr_image(page)
    if _sure_or_empty(first):
        return first  # confident, or a page with next to nothing on it (a filter will not find more)
    if (first.confidence or 0) < TURN_BELOW_CONFIDENCE:
        turn = page_orientation(page)
        if turn:
            upright = PageImage(page.dpi, image=page.pil().rotate(-turn, expand=True))
            turned = ocr_image(upright)
            turned.turned = turn
            if (turned.confidence or 0) > (first.confidence or 0):
                page, first = upright, turned
                if _sure_or_empty(first):
                    return first
    second = ocr_image(PageImage(page.dpi, image=page.pil().filter(ImageFilter.MedianFilter(3))))
    second.turned = first.turned
    return second if (second.confidence or 0) > (first.confidence or 0) else first


def _sure_or_empty(reading: OcrPage) -> bool:
    return reading.words < RETRY_MIN_WORDS or reading.confidence is not None and \
        reading.confidence >= RETRY_BELOW_CONFIDENCE


# A page read at a mean confidence below this may lie sideways or upside down: Tesseract's orientation detection is
# asked (about 1 s a page). The upright pages of the sample's three scans and of four real gazette scans read at
# 90.7–96.2; the sample's noisy page turned by 90° or 180° at about 41.
TURN_BELOW_CONFIDENCE = 70.0
# The least orientation confidence Tesseract must give to have the page turned (OCRmyPDF's default threshold
# for --rotate-pages is 14; the sample's turned pages give 17–20; an unsure detection leaves the page as it is,
# and the turned reading is kept only when it is the more confident one).
TURN_MIN_CONFIDENCE = 10.0


def page_orientation(page: PageImage) -> int:
    """How far, in degrees clockwise, the page must be turned to stand upright, as Tesseract's orientation and
    script detection reads it (``--psm 0``, its osd model, which Debian's tesseract-ocr depends on); 0 when it is
    upright, when the detection is unsure or when it cannot run (too few letters, no osd model)."""
    with tempfile.TemporaryDirectory(prefix="vnadmin-osd-") as folder:
        try:
            result = _tesseract(_page_file(page, Path(folder)), ["--psm", "0"], page.dpi)
        except IngestError:
            return 0  # (timed out: the page is read as it lies)
    return parse_osd(result.stdout)


def parse_osd(output: str) -> int:
    """The turn ("Rotate: 90") of Tesseract's --psm 0 output when its orientation confidence reaches
    TURN_MIN_CONFIDENCE; else 0."""
    fields = dict(line.split(":", 1) for line in output.splitlines() if ":" in line)
    try:
        turn = int(fields.get("Rotate", "0").strip())
        confidence = float(fields.get("Orientation confidence", "0").strip())
    except ValueError:
        return 0
    return turn if turn in (90, 180, 270) and confidence >= TURN_MIN_CONFIDENCE else 0


def ocr_images(pages: list[PageImage], jobs: int) -> list[OcrPage]:
    """OCR several page images, ``jobs`` Tesseract processes at a time, results in page order."""
    if jobs <= 1 or len(pages) <= 1:
        return [ocr_page(page) for page in pages]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(ocr_page, pages))


class OcrQueue:
    """Pages submitted as they are rendered, read by ``jobs`` Tesseract processes at a time; ``results()``
    gives (key, OcrPage) in submission order. The pool starts on the first page: documents without scans
    pay nothing."""

    def __init__(self, jobs: int | None = None):
        self.jobs = jobs or default_jobs()
        self._pool: ThreadPoolExecutor | None = None
        self._futures: list = []

    def submit(self, key, page: PageImage) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.jobs)
        self._futures.append((key, self._pool.submit(ocr_page, page)))

    def results(self):
        for key, future in self._futures:
            yield key, future.result()

    def __enter__(self) -> "OcrQueue":
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def default_jobs() -> int:
    """Tesseract processes per document: the cores this process may use, divided among the batch's workers."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = int(os.environ.get("VNADMIN_WORKERS", "1") or 1)
    return max(1, cores // max(1, workers))
