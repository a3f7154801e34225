"""Pipeline definitions in pipelines/: stages and extractors named there are what runs."""
import pytest

from conftest import SEED
from vnadmin.pipeline import process_path
from vnadmin.pipelines import load


def test_default_runs_everything():
    document = process_path(SEED / "3457-BC-UBND.txt", load("default"))
    assert document.citations and document.dates and document.sections and document.findings


def test_fast_skips_the_outline_dates_and_checks():
    document = process_path(SEED / "3457-BC-UBND.txt", load("fast"))
    assert len(document.citations) == 13 and document.header.number == "3457/BC-UBND"
    assert (document.dates, document.sections, document.findings) == ([], [], [])


def test_unknown_names_are_errors(tmp_path):
    with pytest.raises(ValueError, match="no pipeline"):
        load("no-such-pipeline")
    bad = tmp_path / "bad.toml"
    bad.write_text('stages = ["ingest", "normalize", "extract", "write"]\nextractors = ["header", "signatures"]\n')
    with pytest.raises(ValueError, match="signatures"):
        load(str(bad))
    bad.write_text('stages = ["ingest", "extract"]\n')
    with pytest.raises(ValueError, match="cannot leave out"):
        load(str(bad))
