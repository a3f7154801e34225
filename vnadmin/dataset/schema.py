"""The tables of a dataset: their columns, types and meaning (the README's table reference is printed from here
by ``vnadmin tables --markdown``), and the conversion of Documents into rows."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from functools import cache

import pyarrow as pa

from vnadmin import __version__
from vnadmin.ingest.errors import split_warning
from vnadmin.model import Document


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    doc: str


S, I, B, F, D = pa.string(), pa.int64(), pa.bool_(), pa.float64(), pa.date32()
TS = pa.timestamp("s", tz="UTC")

TABLES: dict[str, tuple[str, list[Column]]] = {
    "documents": ("One row per input file, whatever happened to it.", [
        Column("doc_id", S, "SHA-256 of the file's bytes"),
        Column("path", S, "the file as given to vnadmin"),
        Column("format", S, "sniffed from the bytes: txt, pdf, docx, html, or what was found (binary, zip ...)"),
        Column("encoding", S, "text encoding when decoded from bytes (utf-8, utf-16, cp1258, tcvn3, vni ...; "
                                  "utf-8+tcvn3 when legacy-font mojibake was converted)"),
        Column("size_bytes", I, "file size"),
        Column("pages", I, "pages (1 for formats without pages)"),
        Column("ocr_pages", I, "pages whose text came from OCR"),
        Column("text_chars", I, "characters of normalized text"),
        Column("number", S, "document number, normalized (3457/BC-UBND)"),
        Column("number_seq", I, "its sequence (3457)"),
        Column("type_code", S, "type code of the number (BC); null for a công văn"),
        Column("issuer_code", S, "issuer code of the number (UBND)"),
        Column("type", S, "title line in capitals (BÁO CÁO, QUYẾT ĐỊNH, CÔNG VĂN ...)"),
        Column("issuer", S, "issuing body as the header prints it (the body's own name when the header lacks it)"),
        Column("parent_issuer", S, "the body above the issuer in a two-line header"),
        Column("place", S, "place as written before ', ngày' (Hương Trà)"),
        Column("issue_date", D, "date of issue"),
        Column("subject", S, "trích yếu (a công văn's 'V/v ...')"),
        Column("signer", S, "name of the signer"),
        Column("signer_title", S, "title printed above the name (PHÓ CHỦ TỊCH)"),
        Column("signing_authority", S, "TM./KT./TL./TUQ./Q. lines, joined with ' / '"),
        Column("n_citations", I, "citations found"),
        Column("n_findings", I, "consistency findings"),
        Column("status", S, "ok | partial (some pages unread, e.g. OCR needed) | failed"),
        Column("error_code", S, "stable code of the problem (see the errors table)"),
        Column("error", S, "what went wrong, for people"),
        Column("processed_at", TS, "when vnadmin processed the file"),
        Column("vnadmin_version", S, "version that produced the row"),
    ]),
    "pages": ("One row per page: how its text was obtained.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("page", I, "page number, from 1"),
        Column("start", I, "offset of the page's text in the normalized text"), Column("end", I, "end offset"),
        Column("method", S, "text_layer | ocr | docx | txt | html | none (no usable text)"),
        Column("needs_ocr", B, "the page has no usable text layer"),
        Column("ocr_confidence", F, "mean OCR word confidence (0-100) when OCR'd"),
    ]),
    "citations": ("One row per mention of a legal or administrative instrument.", [
        Column("doc_id", S, "citing document"), Column("path", S, "file"), Column("ordinal", I, "order in the text"),
        Column("start", I, "offset in the normalized text"), Column("end", I, "end offset"),
        Column("text", S, "the mention as written"),
        Column("kind", S, "Luật, Nghị định, Quyết định, Kế hoạch, Công văn ..."),
        Column("number", S, "normalized number; null for a law cited by name"),
        Column("name", S, "name of a law cited by name, or the name before 'số'"),
        Column("is_normative", B, "legal normative document (a /YYYY/ segment, or a law)"),
        Column("type_code", S, "type code of the number"), Column("issuer_code", S, "issuer code of the number"),
        Column("date", D, "date of the cited instrument as the text gives it"),
        Column("issuer", S, "issuing body: as written ('của ...'), or from the code, or the citing body"),
        Column("issuer_source", S, "text | code | document | kind: where the issuer came from"),
        Column("context", S, "can_cu (in a \"Căn cứ …\" sentence, one of its \";\" list or of a line a print "
                             "wrapped) | thuc_hien (after \"Thực hiện\", \"Triển khai\", \"Theo\" …) | body"),
        Column("resolved_doc_id", S, "doc_id of the cited document when the archive holds it (set by checks)"),
    ]),
    "dates": ("Every date mentioned.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("start", I, "offset"), Column("end", I, "end"),
        Column("text", S, "as written"), Column("date", D, "the date when day, month and year are valid"),
        Column("year", I, "year"), Column("month", I, "month"), Column("day", I, "day"),
        Column("end_year", I, "last year of a period (giai đoạn 2021 - 2025)"),
        Column("precision", S, "day | month | year | period"),
        Column("form", S, "words | numeric | month | year | period | damaged (a date only a mention's reader reads: "
                          "words mistyped, \"ngày 15 tháng 9 tháng 2022\"; broken over a blank line; glued to "
                          "\"ngày\"; a footnote's mark on its year)"),
        Column("valid", B, "false for impossible dates (31/02, month 21)"),
    ]),
    "sections": ("The outline: headings with their level.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("ordinal", I, "order"),
        Column("start", I, "offset"), Column("end", I, "end"), Column("label", S, "I, 1, 1.2, a, -, Điều 3, Chương II"),
        Column("level", I, "0 Phần/Chương, 1 I./Điều, 2 1., 3 1.1., 4 a), 5 bullets"),
        Column("text", S, "the heading line as written"), Column("title", S, "the heading without Markdown emphasis"),
    ]),
    "header_fields": ("Where each header value of `documents` is written: one row per field the header reader "
                      "found, with its span in the text (the evidence of the value).", [
        Column("doc_id", S, "document"), Column("path", S, "file"),
        Column("field", S, "number | issue_date | place | type | subject | issuer | signer | signer_title | "
                           "signing_authority (the column of documents); annexed_as (the number an annex's heading "
                           "calls the document by where it is not its own: finding `own_number_vs_annex`)"),
        Column("value", S, "the value, as in documents (issue_date in ISO)"),
        Column("start", I, "offset"), Column("end", I, "end"), Column("text", S, "the text at the span, as written"),
    ]),
    "recipients": ("Addressees: 'Nơi nhận' items and a công văn's 'Kính gửi'.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("ordinal", I, "order"),
        Column("role", S, "noi_nhan | kinh_gui"), Column("text", S, "the item as written"),
    ]),
    "signatures": ("Signature blocks, in print order: one for most documents (the signer columns of `documents`), "
                   "one per body for a joint instrument signed by several.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("ordinal", I, "order"),
        Column("signing_authority", S, "TM./KT./TL./TUQ./Q. lines, joined with ' / '"),
        Column("signer_title", S, "title line over the name"), Column("signer", S, "the name, without a rank"),
        Column("start", I, "offset of the block's first line"), Column("end", I, "end of the name"),
    ]),
    "findings": ("Consistency findings.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("check", S, "name of the check"),
        Column("severity", S, "error | warning | info"), Column("message", S, "English"),
        Column("message_vi", S, "Vietnamese"), Column("values", pa.list_(S), "the conflicting values"),
        Column("spans", pa.list_(pa.list_(I)), "evidence spans [start, end] in the normalized text"),
    ]),
    "channels": ("Communication channels a document names, with their category.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("start", I, "offset"), Column("end", I, "end"),
        Column("text", S, "as written"),
        Column("category", S, "website | radio | television | press | social_media | print | meetings | events | other"),
    ]),
    "difficulties": ("Difficulties and recommendations: the items under their headings, in order.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("kind", S, "difficulty | recommendation"),
        Column("heading", S, "the section heading (HẠN CHẾ, KHÓ KHĂN ...)"), Column("ordinal", I, "order, from 1"),
        Column("start", I, "offset"), Column("end", I, "end"), Column("text", S, "the item, verbatim"),
    ]),
    "quantities": ("Quantities with their unit (210 cán bộ, 15 lớp, 30%).", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("start", I, "offset"), Column("end", I, "end"),
        Column("text", S, "as written"), Column("value", F, "the number (1.250 → 1250; 2,5 → 2.5)"),
        Column("unit", S, "the unit"),
    ]),
    "texts": ("The normalized text of each document: every start/end offset of the other tables indexes it.", [
        Column("doc_id", S, "document"), Column("path", S, "file"), Column("text", S, "normalized text"),
        Column("segmented", S, "the words joined with '_' (null when the pipeline does not segment)"),
        Column("tokens", I, "number of words"),
    ]),
    "errors": ("One row per problem: the error of each document that failed or was read only in part, and the "
               "warnings of any document (what was done to read it).", [
        Column("doc_id", S, "document"), Column("path", S, "file"),
        Column("status", S, "the document's status: failed | partial | ok"),
        Column("severity", S, "error (the document's status is why) | warning"),
        Column("error_code", S, "stable code (README: problems and their codes)"),
        Column("message", S, "what happened, for people"),
    ]),
}


@cache
def schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, its columns' meanings in each field's metadata (built once: every batch's tables
    take it)."""
    return pa.schema([pa.field(c.name, c.type, metadata={"doc": c.doc}) for c in TABLES[table][1]])


def _date(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def _header_value(header, field: str) -> str | None:
    value = getattr(header, field)
    return " / ".join(value) or None if isinstance(value, list) else value


def stored_path(source: str) -> str:
    """A source's path as the dataset stores it (the tables' ``path``, the manifest's key): as given; a name that is
    not UTF-8 (an old archive's CP1258 or TCVN3 bytes, which Python holds as surrogates), with each byte that is not
    UTF-8 written \\xNN: Arrow and the manifest take only UTF-8."""
    try:
        source.encode("utf-8")
        return source
    except UnicodeEncodeError:
        return source.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def source_keys(path: str, base: str | None) -> tuple[str, ...]:
    """The names under which a stored path is one file across runs: its spelling as given, normalized ("docs/a.txt"
    for "./docs/a.txt": a project moved to another folder, run the same way, names its files alike), and, when the
    run's folder ``base`` is known, its absolute path ("docs/a.txt" run in /work and "/work/docs/a.txt" run from
    anywhere are one file). An archive's member by its archive's path."""
    archive, separator, member = path.partition("!/")
    given = os.path.normpath(archive) + separator + member
    if base is None or os.path.isabs(archive):
        return (given,)
    return given, os.path.normpath(os.path.join(base, archive)) + separator + member


def columns_of(document: Document, processed_at: dt.datetime) -> dict[str, dict[str, list]]:
    """What every table gets from one document, column by column (lists of values in row order): Arrow builds
    its tables from columns several times faster than from one dict per row, and a long text has hundreds of
    headings and dates."""
    d, p, h = document.doc_id, stored_path(document.source), document.header

    def per_row(items, **columns) -> dict[str, list]:
        """doc_id and path repeated on every row, then the given columns."""
        return {"doc_id": [d] * len(items), "path": [p] * len(items), **columns}

    def one_row(**values) -> dict[str, list]:
        return {"doc_id": [d], "path": [p], **{name: [value] for name, value in values.items()}}

    columns: dict[str, dict[str, list]] = {}
    columns["documents"] = one_row(
        format=document.format, encoding=document.encoding, size_bytes=document.size, pages=len(document.pages),
        ocr_pages=document.ocr_pages, text_chars=len(document.text), number=h.number, number_seq=h.number_seq,
        type_code=h.type_code, issuer_code=h.issuer_code, type=h.type, issuer=h.issuer,
        parent_issuer=h.parent_issuer, place=h.place, issue_date=_date(h.issue_date), subject=h.subject,
        signer=h.signer, signer_title=h.signer_title, signing_authority=" / ".join(h.signing_authority) or None,
        n_citations=len(document.citations), n_findings=len(document.findings), status=document.status,
        error_code=document.error_code, error=document.error, processed_at=processed_at,
        vnadmin_version=__version__)
    pages = document.pages
    columns["pages"] = per_row(
        pages, page=[x.number for x in pages], start=[x.start for x in pages], end=[x.end for x in pages],
        method=[x.method for x in pages], needs_ocr=[x.needs_ocr for x in pages],
        ocr_confidence=[x.ocr_confidence for x in pages])
    cited = document.citations
    columns["citations"] = per_row(
        cited, ordinal=list(range(len(cited))), start=[c.start for c in cited], end=[c.end for c in cited],
        text=[c.text for c in cited], kind=[c.kind for c in cited], number=[c.number for c in cited],
        name=[c.name for c in cited], is_normative=[c.is_normative for c in cited],
        type_code=[c.type_code for c in cited], issuer_code=[c.issuer_code for c in cited],
        date=[_date(c.date) for c in cited], issuer=[c.issuer for c in cited],
        issuer_source=[c.issuer_source for c in cited], context=[c.context for c in cited],
        resolved_doc_id=[None] * len(cited))
    dates = document.dates
    columns["dates"] = per_row(
        dates, start=[m.start for m in dates], end=[m.end for m in dates], text=[m.text for m in dates],
        date=[_date(m.iso) for m in dates], year=[m.year for m in dates], month=[m.month for m in dates],
        day=[m.day for m in dates], end_year=[m.end_year for m in dates], precision=[m.precision for m in dates],
        form=[m.form for m in dates], valid=[m.valid for m in dates])
    sections = document.sections
    columns["sections"] = per_row(
        sections, ordinal=list(range(len(sections))), start=[x.start for x in sections],
        end=[x.end for x in sections], label=[x.label for x in sections], level=[x.level for x in sections],
        text=[x.text for x in sections], title=[x.title for x in sections])
    spans = sorted(h.spans.items(), key=lambda item: item[1])
    columns["header_fields"] = per_row(
        spans, field=[name for name, _ in spans], value=[_header_value(h, name) for name, _ in spans],
        start=[span[0] for _, span in spans], end=[span[1] for _, span in spans],
        text=[document.text[span[0]:span[1]] for _, span in spans])
    recipients = [("noi_nhan", i, item) for i, item in enumerate(h.recipients)] + \
                 [("kinh_gui", i, item) for i, item in enumerate(h.addressees)]
    columns["recipients"] = per_row(
        recipients, ordinal=[r[1] for r in recipients], role=[r[0] for r in recipients],
        text=[r[2] for r in recipients])
    signatures = h.signatures
    columns["signatures"] = per_row(
        signatures, ordinal=list(range(len(signatures))),
        signing_authority=[" / ".join(x.signing_authority) or None for x in signatures],
        signer_title=[x.signer_title for x in signatures], signer=[x.signer for x in signatures],
        start=[x.start for x in signatures], end=[x.end for x in signatures])
    findings = document.findings
    columns["findings"] = per_row(
        findings, check=[f.check for f in findings], severity=[f.severity for f in findings],
        message=[f.message for f in findings], message_vi=[f.message_vi for f in findings],
        values=[list(f.values) for f in findings], spans=[[list(s) for s in f.spans] for f in findings])
    channels = document.channels
    columns["channels"] = per_row(
        channels, start=[c.start for c in channels], end=[c.end for c in channels],
        text=[c.text for c in channels], category=[c.category for c in channels])
    items = document.items
    columns["difficulties"] = per_row(
        items, kind=[x.kind for x in items], heading=[x.heading for x in items], ordinal=[x.order for x in items],
        start=[x.start for x in items], end=[x.end for x in items], text=[x.text for x in items])
    quantities = document.quantities
    columns["quantities"] = per_row(
        quantities, start=[q.start for q in quantities], end=[q.end for q in quantities],
        text=[q.text for q in quantities], value=[q.value for q in quantities], unit=[q.unit for q in quantities])
    columns["texts"] = one_row(text=document.text, segmented=document.segmented,
                               tokens=len(document.tokens) if document.tokens is not None else None)
    problems = [("error", document.error_code, document.error)] if document.status != "ok" else []
    problems += [("warning", *split_warning(text)) for text in document.warnings]
    columns["errors"] = per_row(
        problems, status=[document.status] * len(problems), severity=[x[0] for x in problems],
        error_code=[x[1] for x in problems], message=[x[2] for x in problems])
    return columns


def tables_of(documents: list[Document], processed_at: dt.datetime) -> dict[str, pa.Table]:
    """The documents' rows, in order, as one Arrow table per dataset table."""
    merged: dict[str, dict[str, list]] = {name: {c.name: [] for c in columns} for name, (_, columns) in TABLES.items()}
    for document in documents:
        for name, table_columns in columns_of(document, processed_at).items():
            target = merged[name]
            for column, values in table_columns.items():
                target[column].extend(values)
    return {name: pa.Table.from_pydict(table_columns, schema=schema(name)) for name, table_columns in merged.items()}


def markdown_reference() -> str:
    lines: list[str] = []
    for name, (about, columns) in TABLES.items():
        lines += [f"#### `{name}`", about, "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.doc.replace('|', '&#124;')} |" for c in columns]
        lines.append("")
    return "\n".join(lines)
