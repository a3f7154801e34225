"""Shared fixtures: where the shipped corpora and ../shared live, and cached parses of the sample report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
SEED = CORPORA / "seed"
SHARED = ROOT.parent / "shared" / "corpora"
SHARED_REAL = SHARED / "real"
SHARED_SEED = SHARED / "seed"


_READ_ONCE: dict[Path, object] = {}


def read_once(path: Path):
    """``process_path(path)``, a file of ../shared/corpora/real/pdf read once a test session: the gold sets of PDFs
    and scans and the OCR tests read the same scanned pages (56 of them, about two minutes of Tesseract on two
    cores). The Document is shared: its readers must not change it."""
    from vnadmin.pipeline import process_path

    path = Path(path).resolve()
    if path.parent != (SHARED_REAL / "pdf").resolve():
        return process_path(path)
    if path not in _READ_ONCE:
        _READ_ONCE[path] = process_path(path)
    return _READ_ONCE[path]


def need_shared(path: Path = SHARED) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora are not on this machine")
    return path


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((SEED / "3457-BC-UBND.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEED / "3457-BC-UBND.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dejavu_font() -> Path:
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                      "/usr/share/fonts/TTF/DejaVuSans.ttf"):
        if Path(candidate).exists():
            return Path(candidate)
    pytest.fail("DejaVuSans.ttf missing: scripts/setup.sh installs fonts-dejavu-core")


def make_pdf(path: Path, pages: list[str], font: Path, image_page: bool = False) -> Path:
    """A real PDF with a text layer (fpdf2, embedded Unicode font); with image_page, a page holding only an image."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    if image_page:
        from PIL import Image, ImageDraw

        image = Image.new("L", (1240, 1754), 255)
        ImageDraw.Draw(image).text((100, 100), "scanned page", fill=0)
        picture = path.with_suffix(".png")
        image.save(picture)
        pdf.add_page()
        pdf.image(str(picture), x=0, y=0, w=210)
    pdf.output(str(path))
    return path


def dataset_rows(out: Path) -> dict[str, list[tuple]]:
    """Every table of a dataset as sorted rows, without the time of processing: two runs over the same inputs
    must give equal results, whatever their order, parts or interruptions."""
    from vnadmin.dataset import connect
    from vnadmin.dataset.schema import TABLES

    con = connect(out)
    try:
        return {table: con.execute(f"SELECT * EXCLUDE (processed_at) FROM {table} ORDER BY ALL").fetchall()
                if table == "documents" else con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
                for table in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="session")
def checked_dataset(tmp_path_factory) -> Path:
    """corpora/ ingested and checked with the command line, once per session (`vnadmin ingest`, `vnadmin check`);
    tests must not change it."""
    import os
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("checked") / "out"
    vnadmin = str(Path(sys.executable).parent / "vnadmin")
    for args in (["ingest", "corpora/", "-o", str(out), "--workers", "2", "--no-progress"], ["check", str(out)]):
        result = subprocess.run([vnadmin, *args], capture_output=True, text=True, cwd=ROOT,
                                env=os.environ | {"COLUMNS": "200"})
        if result.returncode != 0:
            raise AssertionError(f"vnadmin {' '.join(args)} exited {result.returncode}\n{result.stdout}\n"
                                 f"{result.stderr}")
    return out
