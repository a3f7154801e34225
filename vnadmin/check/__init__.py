"""The check stage: findings about one document's citations and dates (the archive-wide checks build on these).

Each check is a function (header, citations, dates) → findings; CHECKS lists them in the order they run.
"""
from __future__ import annotations

from collections import defaultdict

from vnadmin.model import Citation, DateMention, Finding, Header


def same_instrument_different_dates(header: Header, citations: list[Citation], dates: list[DateMention]):
    by_number: dict[str, list[Citation]] = defaultdict(list)
    for citation in citations:
        if citation.number and citation.date:
            by_number[citation.number].append(citation)
    for number, cited in by_number.items():
        distinct = sorted({c.date for c in cited})
        if len(distinct) > 1:
            shown = ", ".join(distinct)
            yield Finding(
                check="same_instrument_different_dates", severity="error",
                message=f"{number} is cited with different dates: {shown}",
                message_vi=f"Văn bản {number} được viện dẫn với các ngày khác nhau: {shown}",
                values=[number, *distinct], spans=[(c.start, c.end) for c in cited],
            )


def year_segment_mismatch(header: Header, citations: list[Citation], dates: list[DateMention]):
    for citation in citations:
        if citation.number and citation.date and citation.is_normative:
            parts = citation.number.split("/")
            if len(parts) >= 3 and parts[1].isdigit() and parts[1] != citation.date[:4]:
                yield Finding(
                    check="year_segment_mismatch", severity="warning",
                    message=f"{citation.number} carries the year {parts[1]} but is cited as of {citation.date}",
                    message_vi=f"Văn bản {citation.number} mang năm {parts[1]} nhưng được viện dẫn ngày {citation.date}",
                    values=[citation.number, parts[1], citation.date], spans=[(citation.start, citation.end)],
                )


def cited_after_document(header: Header, citations: list[Citation], dates: list[DateMention]):
    if not header.issue_date:
        return
    for citation in citations:
        if citation.date and citation.date > header.issue_date:
            label = citation.number or citation.name
            yield Finding(
                check="cited_after_document", severity="warning",
                message=f"{label} is dated {citation.date}, after this document ({header.issue_date})",
                message_vi=f"{label} có ngày {citation.date}, sau ngày ban hành văn bản này ({header.issue_date})",
                values=[label, citation.date, header.issue_date], spans=[(citation.start, citation.end)],
            )


def impossible_date(header: Header, citations: list[Citation], dates: list[DateMention]):
    for date in dates:
        if not date.valid:
            yield Finding(
                check="impossible_date", severity="error",
                message=f"impossible date: {' '.join(date.text.split())}",
                message_vi=f"ngày không hợp lệ: {' '.join(date.text.split())}",
                values=[" ".join(date.text.split())], spans=[(date.start, date.end)],
            )


CHECKS = (same_instrument_different_dates, year_segment_mismatch, cited_after_document, impossible_date)


def check_document(header: Header, citations: list[Citation], dates: list[DateMention]) -> list[Finding]:
    return [finding for check in CHECKS for finding in check(header, citations, dates)]
