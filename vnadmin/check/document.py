"""Checks of one document: each a function (header, citations, dates) → findings; CHECKS lists them in order.

Every finding carries the check's name, a severity, the conflicting values, the evidence spans (offsets in the
normalized text) and a message in English and in Vietnamese.
"""
from __future__ import annotations

import re
from collections import defaultdict

from vnadmin.extract.numbers import issuer_of_code, kind_of_type_code, type_titles
from vnadmin.model import Citation, DateMention, Finding, Header
from vnadmin.resources import tsv_rows


def vi_date(iso: str | None) -> str:
    """An ISO date as a Vietnamese reader writes it ("2025-07-05" → "5/7/2025"), for the messages in Vietnamese (the
    values keep the ISO form); anything else as it is."""
    if isinstance(iso, str) and len(iso) == 10 and iso[4] == "-" and iso[7] == "-" and iso.replace("-", "").isdigit():
        return f"{int(iso[8:])}/{int(iso[5:7])}/{iso[:4]}"
    return str(iso)


def instrument_key(citation: Citation) -> tuple[str, str] | None:
    """What names one instrument inside a document: a normative number (with its /YYYY/) names one; a number
    without a year restarts every year (126/NQ-CP of 2021 and of 2026 are two resolutions), so its year is part
    of the key. A court's judgment cited by a sequence or a case code alone (43, 43/DSPT) is one of that court's."""
    if not citation.number or not citation.date:
        return None
    if citation.issuer_code is None and citation.kind == "Bản án":  # each court numbers its judgments: "số 43"
        return (f"{citation.number} @ {citation.issuer or ''}", citation.date[:4])
    return (citation.number, "" if citation.is_normative and "/" in citation.number.split("/", 1)[1]
            else citation.date[:4])


_PARTY_NUMBER = re.compile(r"\d+-[^/\s]+/")  # "59-NQ/TW", "02-TT/TU"


def same_instrument_different_dates(header: Header, citations: list[Citation], dates: list[DateMention]):
    by_number: dict[tuple, list[Citation]] = defaultdict(list)
    for citation in citations:
        key = instrument_key(citation)
        if key:
            by_number[key].append(citation)
    yield from _cited_apart(by_number, "error", "is cited with different dates", "được viện dẫn với các ngày khác nhau")
    # a Party's number (59-NQ/TW: numbered over a term, not a year) cited as of the same day and month in two years is
    # one instrument with a year mistyped ("Nghị quyết số 59-NQ/TW ngày 24 tháng 01 năm 2024" and "… năm 2025", a
    # real text); a state number without a year restarts every year (01/KH-UBND of 2/1/2024 and of 2/1/2025 are two)
    by_day: dict[tuple[str, str], list[Citation]] = defaultdict(list)
    for (number, year), cited in by_number.items():
        for citation in cited if year and _PARTY_NUMBER.match(number) else ():
            by_day[number, citation.date[5:]].append(citation)
    yield from _cited_apart(by_day, "warning", "is cited as of the same day in different years",
                            "được viện dẫn cùng ngày, tháng nhưng khác năm")


def _cited_apart(groups: dict[tuple, list[Citation]], severity: str, says: str, says_vi: str):
    """A same_instrument_different_dates finding for each group of citations of one instrument with several dates."""
    for (number, _), cited in groups.items():
        distinct = sorted({c.date for c in cited})
        if len(distinct) > 1:
            yield Finding(
                check="same_instrument_different_dates", severity=severity,
                message=f"{number} {says}: {', '.join(distinct)}",
                message_vi=f"Văn bản {number} {says_vi}: {', '.join(map(vi_date, distinct))}",
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
                    message_vi=f"Văn bản {citation.number} mang năm {parts[1]} nhưng được viện dẫn ngày "
                               f"{vi_date(citation.date)}",
                    values=[citation.number, parts[1], citation.date], spans=[(citation.start, citation.end)],
                )


def implements_later_instrument(header: Header, citations: list[Citation], dates: list[DateMention]):
    """A document dated before an instrument it gives as its basis or says it implements."""
    if not _dated_reliably(header):
        return
    for citation in citations:
        if citation.date and citation.date > header.issue_date and citation.context in ("can_cu", "thuc_hien"):
            label = citation.number or citation.name
            word = "Căn cứ" if citation.context == "can_cu" else "Thực hiện"
            yield Finding(
                check="implements_later_instrument", severity="error",
                message=f"dated {header.issue_date}, this document rests on {label} of {citation.date}, a later date",
                message_vi=f"Văn bản ban hành ngày {vi_date(header.issue_date)} nhưng {word.lower()} {label} ngày "
                           f"{vi_date(citation.date)}, là ngày sau đó",
                values=[label, citation.date, header.issue_date], spans=[(citation.start, citation.end)],
            )


def _dated_reliably(header: Header) -> bool:
    """Whether the document's own date can judge the dates it cites: there is one, and its own number's year does not
    contradict it (106/2025/TT-BCA dated 17/11/2015: one mistyped year made every instrument it rests on "later",
    seven findings of one typo, which own_year_vs_issue_date reports once)."""
    if not header.issue_date:
        return False
    parts = (header.number or "").split("/")
    return not (len(parts) >= 3 and len(parts[1]) == 4 and parts[1].isdecimal() and parts[1] != header.issue_date[:4])


def cited_after_document(header: Header, citations: list[Citation], dates: list[DateMention]):
    if not _dated_reliably(header) or header.type == "ÁN LỆ":
        return  # (a precedent is dated by its adoption, and cites the later decision that published it)
    for citation in citations:
        if citation.date and citation.date > header.issue_date and citation.context == "body":
            label = citation.number or citation.name
            yield Finding(
                check="cited_after_document", severity="warning",
                message=f"{label} is dated {citation.date}, after this document ({header.issue_date})",
                message_vi=f"{label} có ngày {vi_date(citation.date)}, sau ngày ban hành văn bản này "
                           f"({vi_date(header.issue_date)})",
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


def own_type_code_vs_title(header: Header, citations: list[Citation], dates: list[DateMention]):
    """The type code of the document's own number against its title line (55/2007/CT-UBND on a QUYẾT ĐỊNH)."""
    if not (header.type_code and header.type and header.type != "CÔNG VĂN") or header.type_code.upper() == "VBHN":
        return  # a consolidated text (VBHN) keeps the title of the text it consolidates
    title_code = type_titles().get(header.type, (None, None))[0]
    kind = kind_of_type_code(header.type_code)
    if title_code and kind and title_code.upper() != header.type_code.upper():
        spans = [header.spans[k] for k in ("number", "type") if k in header.spans]
        yield Finding(
            check="own_type_code_vs_title", severity="error",
            message=f"the number {header.number} says {kind}, the title says {header.type}",
            message_vi=f"Số ký hiệu {header.number} là của {kind} nhưng tên loại văn bản là {header.type}",
            values=[header.number, header.type], spans=spans,
        )


def own_year_vs_issue_date(header: Header, citations: list[Citation], dates: list[DateMention]):
    """The year of the document's own number against its issue date (106/2025/TT-BCA dated 17/11/2015): one of the
    two is mistyped (3 texts of the real corpus)."""
    parts = (header.number or "").split("/")
    if header.issue_date and not _dated_reliably(header):
        spans = [header.spans[k] for k in ("number", "issue_date") if k in header.spans]
        yield Finding(
            check="own_year_vs_issue_date", severity="warning",
            message=f"the number {header.number} carries the year {parts[1]}, the document is dated {header.issue_date}",
            message_vi=f"Số ký hiệu {header.number} mang năm {parts[1]} nhưng văn bản ghi ngày "
                       f"{vi_date(header.issue_date)}",
            values=[header.number, parts[1], header.issue_date], spans=spans,
        )


def own_issuer_code_vs_issuer(header: Header, citations: list[Citation], dates: list[DateMention]):
    """The issuer code of the document's own number against the body its header names (97/2025/QĐ-UBND under BỘ TÀI
    CHÍNH, 100/2025/TT-BCA under CHÍNH PHỦ: 8 texts of the real corpus, each a copy's misprint of one or the other).
    Only codes that name one kind of body are checked: national ones (BTC, CP ...) and UBND, HĐND; a Sở's code is
    written too many ways."""
    if not (header.issuer_code and header.issuer):
        return
    body = issuer_of_code(header.issuer_code) or _LOCAL_BODIES.get(header.issuer_code.split("-")[0].upper())
    if body is None or _folded(body) in " | ".join(_folded(name) for name in (header.issuer, header.parent_issuer)
                                                    if name):
        return
    spans = [header.spans[k] for k in ("number", "issuer") if k in header.spans]
    yield Finding(
        check="own_issuer_code_vs_issuer", severity="warning",
        message=f"the number {header.number} names {body} as its issuer, the header names {header.issuer}",
        message_vi=f"Số ký hiệu {header.number} là của {body} nhưng cơ quan ban hành ghi là {header.issuer}",
        values=[header.number, body, header.issuer], spans=spans,
    )


def own_number_vs_annex(header: Header, citations: list[Citation], dates: list[DateMention]):
    """The number an annex's heading calls the document by against its own ("PHỤ LỤC ⏎(Kèm theo Nghị định số
    66/2025/NĐ-CP …)" in 60/2025/NĐ-CP, "Thông tư số 56/2025/TT-BXD" in 57/2025/TT-BXD: web copies of the real corpus):
    one of the two is misprinted, and a citation of either may be meant for the other."""
    if header.annexed_as and header.number:
        spans = [header.spans[k] for k in ("number", "annexed_as") if k in header.spans]
        yield Finding(
            check="own_number_vs_annex", severity="warning",
            message=f"an annex calls this document {header.annexed_as}, its header {header.number}",
            message_vi=f"Phụ lục ghi kèm theo văn bản số {header.annexed_as} nhưng số ký hiệu của văn bản là "
                       f"{header.number}",
            values=[header.number, header.annexed_as], spans=spans,
        )


# local codes that name one kind of body (the Chairman's decisions are issued under the People's Committee's name)
_LOCAL_BODIES = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "CTUBND": "Ủy ban nhân dân"}
_BODY_ABBREVIATIONS = (("ubnd", "ủy ban nhân dân"), ("hđnd", "hội đồng nhân dân"))


def _folded(name: str) -> str:
    """A body's name compared without case, hyphens, spacing or the two common abbreviations."""
    folded = " ".join(name.replace("-", " ").replace("–", " ").split()).casefold()
    for short, full in _BODY_ABBREVIATIONS:
        folded = folded.replace(short, full)
    return folded


def kind_vs_type_code(header: Header, citations: list[Citation], dates: list[DateMention]):
    """The words before a number against its type code ("Quyết định số 12/KH-UBND")."""
    for citation in citations:
        if citation.kind_source != "words" or not citation.type_code or not citation.kind:
            continue
        by_code = kind_of_type_code(citation.type_code)
        if by_code and by_code != citation.kind and citation.kind not in _COMPATIBLE.get(by_code, ()):
            yield Finding(
                check="kind_vs_type_code", severity="warning",
                message=f"cited as {citation.kind} but {citation.number} is the number of a {by_code}",
                message_vi=f"Viện dẫn là {citation.kind} nhưng số {citation.number} là số của {by_code}",
                values=[citation.number, citation.kind, by_code], spans=[(citation.start, citation.end)],
            )


_COMPATIBLE: dict[str, set[str]] = defaultdict(set)  # the kinds a type code's number may also be cited as
for _by_code, _cited_as in tsv_rows("vnadmin.check", "kind_compatible.tsv"):
    _COMPATIBLE[_by_code].add(_cited_as)


def with_and_without_year(header: Header, citations: list[Citation], dates: list[DateMention]):
    """One resolution cited with and without its year segment (41/2022/NQ-HĐND and 41/NQ-HĐND)."""
    by_key: dict[tuple, dict[bool, list[Citation]]] = {}
    for citation in citations:
        number = citation.number
        if number and citation.type_code and citation.issuer_code:
            head, _, rest = number.partition("/")
            segment, slash, _ = rest.partition("/")
            forms = by_key.setdefault((head.split("-")[0].lstrip("0"), citation.type_code, citation.issuer_code), {})
            forms.setdefault(bool(slash) and segment.isdigit(), []).append(citation)  # True: with its year
    for forms in by_key.values():
        if len(forms) == 2:
            year = forms[True][0].number.split("/")[1]
            if any(c.date and c.date[:4] != year for c in forms[False]):
                continue  # 167/QĐ-TTg of 2022 is not 167/2008/QĐ-TTg: numbers without a year restart yearly
            numbers = sorted({c.number for c in forms[True] + forms[False]})
            cited = forms[True] + forms[False]
            yield Finding(
                check="with_and_without_year", severity="warning",
                message=f"the same instrument seems cited as {' and '.join(numbers)}",
                message_vi=f"Cùng một văn bản có vẻ được viện dẫn với số {' và '.join(numbers)}",
                values=numbers, spans=[(c.start, c.end) for c in sorted(cited, key=lambda c: c.start)],
            )


CHECKS = (same_instrument_different_dates, year_segment_mismatch, implements_later_instrument, cited_after_document,
          impossible_date, own_type_code_vs_title, own_year_vs_issue_date, own_issuer_code_vs_issuer, own_number_vs_annex,
          kind_vs_type_code, with_and_without_year)


def check_document(header: Header, citations: list[Citation], dates: list[DateMention]) -> list[Finding]:
    return [finding for check in CHECKS for finding in check(header, citations, dates)]
