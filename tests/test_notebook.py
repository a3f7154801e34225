"""The analyst notebook runs end to end on the dataset built from corpora/ (ingested and checked)."""
import os

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import CORPORA, ROOT
from vnadmin.check.archive import run_archive_checks
from vnadmin.run.ingest import run_ingest


@pytest.mark.slow
def test_archive_overview_notebook(tmp_path):
    out = tmp_path / "out"
    run_ingest([CORPORA], out, workers=2)
    run_archive_checks(out)
    notebook = nbformat.read(ROOT / "notebooks" / "archive-overview.ipynb", as_version=4)
    os.environ["VNADMIN_DATASET"] = str(out)
    try:
        NotebookClient(notebook, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    finally:
        del os.environ["VNADMIN_DATASET"]
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "407/QĐ-TTg" in text and "same_instrument_different_dates" in text
    assert "14 documents" in text
