"""The sample report in its born-digital forms: every gold header field and all 13 citations, exactly."""
import pytest

from conftest import SEED, SHARED_SEED
from vnadmin.eval import canonical
from vnadmin.pipeline import process_path

FORMS = ["3457-BC-UBND.txt", "3457-BC-UBND.docx", "3457-BC-UBND.text-layer.pdf"]
HEADER_FIELDS = ["number", "number_seq", "type_code", "issuer_code", "type", "place", "issue_date", "issuer",
                 "subject", "signer", "signer_title", "signing_authority", "recipients"]


@pytest.fixture(scope="module", params=FORMS)
def parsed(request):
    path = SEED / request.param
    if not path.exists():
        path = SHARED_SEED / request.param
    return process_path(path)


def test_status(parsed):
    assert parsed.status == "ok", parsed.error


@pytest.mark.parametrize("field", HEADER_FIELDS)
def test_header_field(parsed, seed_gold, field):
    got = getattr(parsed.header, field)
    assert got == seed_gold["header"][field] or canonical(field, got) == canonical(field, seed_gold["header"][field])


def test_header_fields_exact_on_txt(seed_gold):
    header = process_path(SEED / "3457-BC-UBND.txt").header
    for field in HEADER_FIELDS:
        assert getattr(header, field) == seed_gold["header"][field], field


def test_all_13_citations(parsed, seed_gold):
    got = [(c.number, c.name if c.number is None else None, c.date, c.issuer) for c in parsed.citations]
    expected = [(c["number"], c["text"] if c["number"] is None else None, c["date"], c["issuer"])
                for c in seed_gold["citations"]]
    assert got == expected


def test_citation_spans_match_the_gold_on_txt(seed_gold):
    document = process_path(SEED / "3457-BC-UBND.txt")
    assert [(c.start, c.end) for c in document.citations] == [tuple(c["span"]) for c in seed_gold["citations"]]


def test_the_407_conflict_is_found(parsed):
    (finding,) = [f for f in parsed.findings if f.check == "same_instrument_different_dates"]
    assert finding.values == ["407/QĐ-TTg", "2022-03-03", "2022-03-30"]
    assert len(finding.spans) == 2
    for start, end in finding.spans:
        assert "407/QĐ-TTg" in parsed.text[start:end]


def test_sections(parsed, seed_gold):
    top = [s.title for s in parsed.sections if s.level == 1]
    assert top == seed_gold["sections"]
