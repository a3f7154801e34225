"""The document model: what every stage produces, and what the tables and the JSON are made from.

Every extracted item carries ``start``/``end``: offsets into the normalized text (``Document.text``), so a viewer
can highlight it and a test can check it; ``Document.normalized.to_raw`` maps them back to the raw text.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

STATUS_OK = "ok"
STATUS_PARTIAL = "partial"
STATUS_FAILED = "failed"


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Page:
    """One page (or the whole file, for formats without pages) and how its text was obtained."""

    number: int
    start: int = 0  # offsets of the page's text in the normalized text
    end: int = 0
    method: str = "txt"  # text_layer | ocr | docx | txt | html | none
    chars: int = 0
    needs_ocr: bool = False
    ocr_confidence: float | None = None


@dataclass(slots=True)
class DocumentNumber(Span):
    number: str  # normalized: 3457/BC-UBND
    seq: int | None
    year: int | None
    type_code: str | None
    issuer_code: str | None
    unit_code: str | None  # the drafting unit of a công văn (123/UBND-VP → VP) or further issuers


@dataclass(slots=True)
class DateMention(Span):
    iso: str | None  # YYYY-MM-DD when day, month and year are known and valid
    year: int | None
    month: int | None
    day: int | None
    precision: str  # day | month | year | period
    end_year: int | None = None  # for periods "giai đoạn 2021 - 2025"
    valid: bool = True  # False for 31/02, month 21 ...
    form: str = ""  # words | numeric | month | year | period


@dataclass(slots=True)
class Citation(Span):
    kind: str | None
    number: str | None  # normalized, None for a law cited by name
    name: str | None = None  # "Luật Báo chí" for a named mention
    is_normative: bool = False  # the number has a /YYYY/ segment (or the instrument is a law)
    type_code: str | None = None
    issuer_code: str | None = None
    date: str | None = None  # ISO
    date_valid: bool = True
    issuer: str | None = None
    issuer_source: str | None = None  # text | code | document
    context: str = "body"  # can_cu | thuc_hien | body
    kind_source: str = "words"  # words (before the number) | enumeration | code (from the type code)
    number_start: int | None = None
    number_end: int | None = None
    date_start: int | None = None
    date_end: int | None = None


@dataclass(slots=True)
class Section(Span):
    label: str  # I, 1, 1.2, a, -, Điều 3, Chương II
    level: int
    title: str = ""  # the heading without Markdown emphasis


@dataclass(slots=True)
class Channel(Span):
    category: str  # website | radio | television | press | social_media | print | meetings | events | other


@dataclass(slots=True)
class ListItem(Span):
    kind: str  # difficulty | recommendation
    heading: str  # the section heading it stands under
    order: int  # 1, 2, ... within its section


@dataclass(slots=True)
class Quantity(Span):
    value: float
    unit: str


@dataclass
class Finding:
    check: str
    severity: str  # error | warning | info
    message: str
    message_vi: str
    values: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Signature:
    """One signature block: its prefix lines (TM./KT./TL. …), the title over the name, the name, and the block's span
    (from its first line to the end of the name)."""

    signing_authority: list[str]
    signer_title: str | None
    signer: str | None
    start: int
    end: int


@dataclass
class Header:
    number: str | None = None
    number_seq: int | None = None
    type_code: str | None = None
    issuer_code: str | None = None
    type: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    issue_date: str | None = None
    subject: str | None = None
    signer: str | None = None
    signer_title: str | None = None
    signing_authority: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)  # "Kính gửi" of a công văn
    # the number an annex's heading calls the document by where it is not the header's ("PHỤ LỤC ⏎(Kèm theo Nghị định
    # số 66/2025/NĐ-CP …)" under "Số: 60/2025/NĐ-CP"): one of the two is misprinted
    annexed_as: str | None = None
    # every signature block in print order: the one of signer, signer_title and signing_authority for most documents;
    # one per body for a joint instrument signed by several (signer and its fields are one of them)
    signatures: list[Signature] = field(default_factory=list)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # field → offsets of its value

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("spans", "signatures")} | {
            "signatures": [asdict(s) for s in self.signatures],
            "spans": {k: list(v) for k, v in self.spans.items()},
        }


@dataclass
class Extraction:
    """What the extract stage finds in one normalized text."""

    header: Header
    citations: list[Citation]
    dates: list[DateMention]
    sections: list[Section]
    channels: list[Channel] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)  # difficulties and recommendations
    quantities: list[Quantity] = field(default_factory=list)

    def boundaries(self) -> set[int]:
        """Starts and ends of every extracted span: no word token may cross them (the segmenter cuts there)."""
        marks: set[int] = set()
        for items in (self.citations, self.dates, self.sections, self.channels, self.items, self.quantities):
            for item in items:
                marks.update((item.start, item.end))
        for start, end in self.header.spans.values():
            marks.update((start, end))
        return marks


@dataclass
class Document:
    source: str
    doc_id: str
    format: str
    status: str = STATUS_OK
    error: str | None = None
    error_code: str | None = None
    encoding: str | None = None
    size: int = 0
    text: str = ""
    pages: list[Page] = field(default_factory=list)
    header: Header = field(default_factory=Header)
    citations: list[Citation] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    tokens: list[tuple[int, int]] | None = None  # word spans from the segmenter (None: not segmented)
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    normalized: Any = None  # the NormalizedText (not serialized)

    @property
    def segmented(self) -> str | None:
        """The text as words joined with "_" (as Vietnamese NLP tools print them), when it was segmented."""
        if self.tokens is None:
            return None
        return " ".join(self.text[start:end].replace(" ", "_") for start, end in self.tokens)

    @property
    def ocr_pages(self) -> int:
        return sum(1 for page in self.pages if page.method == "ocr")

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "doc_id": self.doc_id,
            "format": self.format,
            "status": self.status,
            "error": self.error,
            "error_code": self.error_code,
            "encoding": self.encoding,
            "pages": len(self.pages),
            "ocr_pages": self.ocr_pages,
            "text_chars": len(self.text),
            "warnings": list(self.warnings),
            "header": self.header.to_dict(),
            "citations": [asdict(c) for c in self.citations],
            "dates": [asdict(d) for d in self.dates],
            "sections": [asdict(s) for s in self.sections],
            "channels": [asdict(c) for c in self.channels],
            "difficulties": [asdict(i) for i in self.items if i.kind == "difficulty"],
            "recommendations": [asdict(i) for i in self.items if i.kind == "recommendation"],
            "quantities": [asdict(q) for q in self.quantities],
            "segmented": self.segmented,
            "findings": [asdict(f) for f in self.findings],
            "page_methods": [p.method for p in self.pages],
        }
