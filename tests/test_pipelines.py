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


def test_segmenting_a_document_does_not_import_spacy():
    """Regression: the segmented ingest path imported spaCy (a second of every worker's start-up and 30 MB of its
    memory) for a helper that needs none of it; spaCy is the `vnadmin.load` container's, not the batch's."""
    import subprocess
    import sys

    script = ("import sys; from vnadmin.pipeline import process_path; from vnadmin.pipelines import load; "
              f"document = process_path({str(SEED / '3457-BC-UBND.txt')!r}, load('default')); "
              "print(len(document.tokens), 'spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    tokens, spacy_imported = result.stdout.split()
    assert int(tokens) > 1000 and spacy_imported == "False"
