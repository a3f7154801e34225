"""The extract stage: one module per kind of fact, each a function of the normalized text.

``extract(text)`` runs them in order (header first: its number is not a citation, its issuer is the issuer of
the document's own plans cited without one) and returns an :class:`~vnadmin.model.Extraction`.
"""
from __future__ import annotations

from vnadmin.extract.citations import find_citations
from vnadmin.extract.dates import find_dates
from vnadmin.extract.header import extract_header
from vnadmin.extract.sections import find_sections
from vnadmin.model import Extraction


def extract(text: str) -> Extraction:
    result = extract_header(text)
    header = result.header
    citations = find_citations(text, header.number)
    if header.issuer and header.issuer_code:
        for citation in citations:  # "Kế hoạch số 06/KH-UBND" in a UBND report: the reporting body's own plan
            if citation.issuer is None and citation.issuer_code == header.issuer_code:
                citation.issuer, citation.issuer_source = header.issuer, "document"
    return Extraction(header=header, citations=citations, dates=find_dates(text), sections=find_sections(text))


__all__ = ["extract"]
