"""The dataset's tables hold exactly the document model's values: every column from the right attribute, rows in
the model's order (the tables are built column by column, so a column wired to the wrong attribute or shifted
against the others would go unnoticed elsewhere)."""
from __future__ import annotations

import datetime as dt

from conftest import CORPORA, SEED
from vnadmin.dataset.schema import TABLES, tables_of
from vnadmin.pipeline import process_bytes, process_path

NOW = dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc)


def _date(iso):
    return dt.date.fromisoformat(iso) if iso else None


def _documents():
    paths = [SEED / "3457-BC-UBND.txt", SEED / "3457-BC-UBND.docx", *sorted(CORPORA.glob("written/*.txt"))]
    documents = [process_path(p) for p in paths]
    documents.append(process_bytes(("An English text without a single Vietnamese letter. " * 10).encode(), "en.txt"))
    documents.append(process_bytes(b"%PDF-1.4 truncated", "bad.pdf"))
    return documents


def _rows(table, documents):
    out = []
    for d in documents:
        key = {"doc_id": d.doc_id, "path": d.source}
        if table == "citations":
            out += [{**key, "ordinal": i, "start": c.start, "end": c.end, "text": c.text, "kind": c.kind,
                     "number": c.number, "name": c.name, "is_normative": c.is_normative, "type_code": c.type_code,
                     "issuer_code": c.issuer_code, "date": _date(c.date), "issuer": c.issuer,
                     "issuer_source": c.issuer_source, "context": c.context, "resolved_doc_id": None}
                    for i, c in enumerate(d.citations)]
        elif table == "dates":
            out += [{**key, "start": m.start, "end": m.end, "text": m.text, "date": _date(m.iso), "year": m.year,
                     "month": m.month, "day": m.day, "end_year": m.end_year, "precision": m.precision,
                     "form": m.form, "valid": m.valid} for m in d.dates]
        elif table == "sections":
            out += [{**key, "ordinal": i, "start": s.start, "end": s.end, "label": s.label, "level": s.level,
                     "text": s.text, "title": s.title} for i, s in enumerate(d.sections)]
        elif table == "recipients":
            out += [{**key, "ordinal": i, "role": role, "text": text}
                    for role, items in (("noi_nhan", d.header.recipients), ("kinh_gui", d.header.addressees))
                    for i, text in enumerate(items)]
        elif table == "signatures":
            out += [{**key, "ordinal": i, "signing_authority": " / ".join(x.signing_authority) or None,
                     "signer_title": x.signer_title, "signer": x.signer, "start": x.start, "end": x.end}
                    for i, x in enumerate(d.header.signatures)]
        elif table == "quantities":
            out += [{**key, "start": q.start, "end": q.end, "text": q.text, "value": q.value, "unit": q.unit}
                    for q in d.quantities]
        elif table == "difficulties":
            out += [{**key, "kind": x.kind, "heading": x.heading, "ordinal": x.order, "start": x.start,
                     "end": x.end, "text": x.text} for x in d.items]
        elif table == "channels":
            out += [{**key, "start": c.start, "end": c.end, "text": c.text, "category": c.category}
                    for c in d.channels]
        elif table == "errors":
            problems = [("error", d.error_code, d.error)] if d.status != "ok" else []
            problems += [("warning", *w.split(": ", 1)) for w in d.warnings]
            out += [{**key, "status": d.status, "severity": s, "error_code": c, "message": m} for s, c, m in problems]
        elif table == "documents":
            h = d.header
            out.append({**key, "format": d.format, "encoding": d.encoding, "size_bytes": d.size,
                        "pages": len(d.pages), "ocr_pages": d.ocr_pages, "text_chars": len(d.text),
                        "number": h.number, "number_seq": h.number_seq, "type_code": h.type_code,
                        "issuer_code": h.issuer_code, "type": h.type, "issuer": h.issuer,
                        "parent_issuer": h.parent_issuer, "place": h.place, "issue_date": _date(h.issue_date),
                        "subject": h.subject, "signer": h.signer, "signer_title": h.signer_title,
                        "status": d.status, "error_code": d.error_code, "error": d.error})
    return out


def test_tables_hold_the_model_values():
    documents = _documents()
    assert any(d.status == "failed" for d in documents) and any(d.warnings for d in documents)
    tables = tables_of(documents, NOW)
    assert set(tables) == set(TABLES)
    for name in ("citations", "dates", "sections", "recipients", "signatures", "quantities", "difficulties",
                 "channels", "errors", "documents"):
        expected = _rows(name, documents)
        assert expected, name  # every table has rows in this set
        got = tables[name].to_pylist()
        assert [{k: row[k] for k in expected[0]} for row in got] == expected, name
    assert tables["texts"].column("text").to_pylist() == [d.text for d in documents]
    assert tables["pages"].num_rows == sum(len(d.pages) for d in documents)


def test_header_fields_are_where_their_values_are_written():
    """Each header value of documents comes with the span it was read from: the number, date and place written
    there read back to the same value; every other field's text holds its value's words."""
    from vnadmin.extract.dates import find_dates
    from vnadmin.extract.numbers import normalize_number
    from vnadmin.text.normalize import strip_markup

    documents = [process_path(p) for p in [SEED / "3457-BC-UBND.txt", *sorted(CORPORA.glob("written/*.txt"))]]
    tables = tables_of(documents, NOW)
    by_doc = {d.doc_id: d for d in documents}
    rows = tables["header_fields"].to_pylist()
    assert {r["field"] for r in rows} >= {"number", "issue_date", "place", "type", "subject", "issuer", "signer"}
    for row in rows:
        document = by_doc[row["doc_id"]]
        assert row["text"] == document.text[row["start"]:row["end"]]
        value = getattr(document.header, row["field"])
        assert row["value"] == (" / ".join(value) if isinstance(value, list) else value)
        if row["field"] == "number":
            assert normalize_number(row["text"]) == row["value"]
        elif row["field"] == "issue_date":
            assert [d.iso for d in find_dates(row["text"])] == [row["value"]]
        elif row["field"] in ("place", "type", "signer", "signer_title"):
            assert " ".join(strip_markup(row["text"]).split()) == row["value"], row
    assert len({(r["doc_id"], r["field"]) for r in rows}) == len(rows)  # one row per field
