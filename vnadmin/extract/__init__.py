"""The extract stage: one module per kind of fact, each a function of the normalized text.

``extract(text)`` runs them in order (header first: its number is not a citation, its issuer is the issuer of
the document's own plans cited without one) and returns an :class:`~vnadmin.model.Extraction`.
"""
from __future__ import annotations

import regex

from vnadmin.extract.channels import find_channels
from vnadmin.extract.citations import find_citations
from vnadmin.extract.difficulties import find_items
from vnadmin.extract.quantities import find_quantities
from vnadmin.extract.dates import find_dates, make_date
from vnadmin.extract.header import extract_header
from vnadmin.extract.sections import find_sections
from vnadmin.model import DateMention, Extraction, Header


ALL = ("header", "citations", "dates", "sections", "channels", "difficulties", "quantities")


def extract(text: str, extractors: tuple[str, ...] = ALL) -> Extraction:
    """Run the named extractors (all by default) over a normalized text."""
    header = extract_header(text) if "header" in extractors else Header()
    dates = find_dates(text) if "dates" in extractors or "citations" in extractors else []
    citations = find_citations(text, header.number, dates) if "citations" in extractors else []
    for citation in citations:
        if citation.issuer is None:
            own = _own_body(header, citation.issuer_code)
            if own:  # "Kế hoạch số 06/KH-UBND" in a UBND report: the reporting body's own plan
                citation.issuer, citation.issuer_source = own, "document"
    if citations and header.type in _LAW_TITLES and header.subject:
        citations = _without_own_title(text, citations, header)
    if citations and "dates" in extractors:
        dates = _with_damaged_dates(text, dates, citations)
    sections = find_sections(text) if "sections" in extractors or "difficulties" in extractors else []
    return Extraction(header=header, citations=citations,
                      dates=dates if "dates" in extractors else [],
                      sections=sections if "sections" in extractors else [],
                      channels=find_channels(text) if "channels" in extractors else [],
                      items=find_items(text, sections) if "difficulties" in extractors else [],
                      quantities=find_quantities(text) if "quantities" in extractors else [])


_LAW_TITLES = frozenset(("LUẬT", "BỘ LUẬT", "PHÁP LỆNH"))


def _with_damaged_dates(text: str, dates: list[DateMention], citations: list) -> list[DateMention]:
    """The dates table with the dates a mention reads where the date scan reads none, of form "damaged": a date's words
    mistyped ("ngày 15 tháng 9 tháng 2022", "ngày 27 năm 12 năm 2019"), broken over a blank line ("ngày 30⏎⏎tháng 11
    năm 2018"), glued to its word ("ngày14/5/2013"), a footnote's mark on its year ("năm 20237"). An English date
    ("dated 23 June 2014") stays out: the table keeps to Vietnamese."""
    starts = {date.start for date in dates}
    extra = []
    for citation in citations:
        start = citation.date_start
        if start is None or start in starts or not citation.date or not text.startswith(("ngày", "Ngày", "ngay"), start):
            continue
        year, month, day = map(int, citation.date.split("-"))
        extra.append(make_date(text, start, citation.date_end, day, month, year, "day", "damaged"))
        starts.add(start)
    return sorted(dates + extra, key=lambda date: date.start) if extra else dates


def _without_own_title(text: str, citations: list, header: Header) -> list:
    """A law's own title cited by name ("LUẬT⏎THUẾ THU NHẬP CÁ NHÂN" over its text, "Quốc hội ban hành Luật Thuế thu
    nhập cá nhân.") is the document itself, no citation; with another year after it, it is the law it replaces
    ("Luật Công đoàn năm 1990 hết hiệu lực" in the Luật Công đoàn of 2012)."""
    own = " ".join(f"{header.type} {header.subject}".split()).casefold()
    own_year = header.issue_date[:4] if header.issue_date else None
    return [c for c in citations if c.number is not None or " ".join((c.name or "").split()).casefold() != own
            or _year_after(text, c.end) not in (None, own_year)]


_YEAR_AFTER = regex.compile(r"[ \t]+năm[ \t]+((?:19|20)\d\d)(?!\d)")


def _year_after(text: str, end: int) -> str | None:
    found = _YEAR_AFTER.match(text, end)
    return found.group(1) if found else None


def _own_body(header, issuer_code: str | None) -> str | None:
    """The document's own issuer, or its parent body, when a citation's issuer code names it."""
    if not issuer_code:
        return None
    if header.issuer and header.issuer_code == issuer_code:
        return header.issuer
    body = {"UBND": ("UBND", "ỦY BAN NHÂN DÂN"), "HĐND": ("HĐND", "HỘI ĐỒNG NHÂN DÂN")}.get(issuer_code)
    if body and header.parent_issuer and header.parent_issuer.upper().startswith(body):
        return header.parent_issuer
    return None


__all__ = ["extract"]
