"""Evaluation against gold annotations (format: corpora/README.md).

Header fields: precision over the fields the system filled, recall over the fields the gold fills, after a
per-field canonical form (case, spacing, standard abbreviations). Citations: numbered ones matched as a
multiset on (number, date), named ones on (name, date); kind, issuer and context accuracy over matched pairs.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import regex

from vnadmin.extract.numbers import normalize_number
from vnadmin.model import Document
from vnadmin.pipeline import process_path

HEADER_FIELDS = ("number", "number_seq", "type_code", "issuer_code", "type", "issuer", "parent_issuer", "place",
                 "issue_date", "subject", "signer", "signer_title", "signing_authority", "recipients")

_ABBREVIATIONS = (
    (r"\bubnd\b", "ủy ban nhân dân"), (r"\bhđnd\b", "hội đồng nhân dân"), (r"\btp\.\s*", "thành phố "),
    (r"\btt\.\s*", "thừa thiên "), (r"\buỷ\b", "ủy"),
    (r"^(tm|kt|tl|tuq|q)\.(?=\w)", r"\1. "),  # a signing prefix with or without its space: "KT.CHỦ TỊCH"
)


def shared_corpora() -> Path | None:
    """../shared/corpora beside the project (or $VNADMIN_SHARED_CORPORA)."""
    candidates = [os.environ.get("VNADMIN_SHARED_CORPORA")]
    here = Path(__file__).resolve().parents[1]
    candidates += [str(here.parent / "shared" / "corpora"), str(Path.cwd().parent / "shared" / "corpora")]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def _text(value) -> str:
    from vnadmin.text.normalize import normalize

    text = normalize(str(value)).text.casefold()
    text = regex.sub(r"[*_|]", " ", text)
    for pattern, replacement in _ABBREVIATIONS:
        text = regex.sub(pattern, replacement, text)
    # spaces are layout, a space inside a bracket too ("Lưu: VT, UBCK ( b)")
    return " ".join(text.split()).replace("( ", "(").replace(" )", ")").strip(" .;,:")


def canonical(field_name: str, value):
    if value is None or value == [] or value == "":
        return None
    if field_name == "number":
        return normalize_number(value) or _text(value)
    if field_name == "number_seq":
        return int(value)
    if field_name in ("signing_authority", "recipients"):
        items = value if isinstance(value, list) else [value]
        return tuple(_text(v) for v in items)
    if field_name in ("type_code", "issuer_code", "issue_date"):
        return str(value)
    return _text(value)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentScore:
    gold_file: str
    text_file: str
    fields: dict[str, Counts] = field(default_factory=dict)
    numbered: Counts = field(default_factory=Counts)
    named: Counts = field(default_factory=Counts)
    kind_right: int = 0
    kind_total: int = 0
    issuer_right: int = 0
    issuer_total: int = 0
    context_right: int = 0
    context_total: int = 0
    lists: dict[str, Counts] = field(default_factory=dict)  # channels, difficulties, recommendations, quantities
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    field_errors: dict[str, tuple] = field(default_factory=dict)
    citation_errors: list[dict] = field(default_factory=list)  # matched, with another kind, issuer or context


def _citation_key(citation: dict) -> tuple:
    if citation.get("number"):
        return ("number", normalize_number(citation["number"]) or citation["number"], citation.get("date"))
    name = citation.get("name") or regex.split(r"\s+(?:ngày)\s", citation.get("text") or "")[0]
    return ("name", _text(name), citation.get("date"))


def score_document(gold: dict, document: Document, gold_file: str = "", text_file: str = "") -> DocumentScore:
    score = DocumentScore(gold_file, text_file)
    header = document.header.to_dict()
    for name in HEADER_FIELDS:
        if name not in gold.get("header", {}):
            continue
        expected = canonical(name, gold["header"][name])
        got = canonical(name, header.get(name))
        counts = Counts()
        if got is not None and got == expected:
            counts.tp = 1
        else:
            counts.fp = int(got is not None)
            counts.fn = int(expected is not None)
            if counts.fp or counts.fn:
                score.field_errors[name] = (gold["header"][name], header.get(name))
        score.fields[name] = counts
    if "citations" in gold:
        system = [{"number": c.number, "date": c.date, "name": c.name, "text": c.text, "kind": c.kind,
                   "issuer": c.issuer, "context": c.context} for c in document.citations]
        pool: dict[tuple, list[dict]] = {}
        for item in system:
            pool.setdefault(_citation_key(item), []).append(item)
        for expected in gold["citations"]:
            key = _citation_key(expected)
            counts = score.numbered if key[0] == "number" else score.named
            if pool.get(key):
                got = pool[key].pop(0)
                counts.tp += 1
                for name in ("kind", "issuer", "context"):
                    if expected.get(name):
                        right = _text(expected[name]) == _text(got[name] or "")
                        setattr(score, f"{name}_total", getattr(score, f"{name}_total") + 1)
                        setattr(score, f"{name}_right", getattr(score, f"{name}_right") + int(right))
                        if not right:
                            score.citation_errors.append({"citation": f"{key[1]} {key[2] or ''}".strip(),
                                                          "field": name, "gold": expected[name], "got": got[name]})
            else:
                counts.fn += 1
                score.missed.append(f"{key[1]} {key[2] or ''}".strip())
        for key, left in pool.items():
            counts = score.numbered if key[0] == "number" else score.named
            counts.fp += len(left)
            score.spurious += [f"{key[1]} {key[2] or ''}".strip()] * len(left)
    _score_lists(gold, document, score)
    return score


def _flat(text: str) -> str:
    return " ".join(str(text).split()).casefold().rstrip(" .;")


def _score_lists(gold: dict, document: Document, score: DocumentScore) -> None:
    """Channels by category (each gold category found or not) and by phrase (a gold phrase overlapping an
    extracted one); difficulties and recommendations verbatim; quantities on (value, unit)."""
    if gold.get("channels") is not None:
        got_categories = {c.category for c in document.channels}
        want_categories = {c["category"] for c in gold["channels"]}
        score.lists["channel categories"] = Counts(len(want_categories & got_categories),
                                                   len(got_categories - want_categories),
                                                   len(want_categories - got_categories))
        found = [_flat(c.text) for c in document.channels]
        hits = sum(1 for c in gold["channels"] if any(_flat(c["text"]) in f or f in _flat(c["text"]) for f in found))
        score.lists["channel phrases"] = Counts(hits, 0, len(gold["channels"]) - hits)
    for key, kind in (("difficulties", "difficulty"), ("recommendations", "recommendation")):
        if key in gold:  # null: the document has none (an item found there is a false positive)
            want = [_flat(x) for x in gold[key] or []]
            got = [_flat(i.text) for i in document.items if i.kind == kind]
            hits = sum(1 for w in want if w in got)
            score.lists[key] = Counts(hits, len(got) - hits, len(want) - hits)
    if gold.get("quantities") is not None:
        want = [(float(q["value"]), _flat(q["unit"])) for q in gold["quantities"]]
        got = [(q.value, _flat(q.unit)) for q in document.quantities]
        hits = sum(1 for w in want if w in got)
        score.lists["quantities"] = Counts(hits, max(0, len(got) - hits), len(want) - hits)


@dataclass
class EvalReport:
    documents: list[DocumentScore]
    skipped: list[tuple[str, str]]

    def fields(self) -> dict[str, Counts]:
        total: dict[str, Counts] = {}
        for doc in self.documents:
            for name, counts in doc.fields.items():
                total.setdefault(name, Counts()).add(counts)
        return {name: total[name] for name in HEADER_FIELDS if name in total}

    def citations(self) -> dict[str, Counts]:
        numbered, named = Counts(), Counts()
        for doc in self.documents:
            numbered.add(doc.numbered)
            named.add(doc.named)
        everything = Counts()
        everything.add(numbered)
        everything.add(named)
        return {"numbered": numbered, "named": named, "all": everything}

    def lists(self) -> dict[str, Counts]:
        total: dict[str, Counts] = {}
        for doc in self.documents:
            for name, counts in doc.lists.items():
                total.setdefault(name, Counts()).add(counts)
        return total

    def accuracy(self) -> dict[str, float | None]:
        """Over the matched citations whose gold states it: kind, issuer, and context (can_cu, thuc_hien, body)."""
        accuracy = {}
        for name in ("kind", "issuer", "context"):
            total = sum(getattr(d, f"{name}_total") for d in self.documents)
            accuracy[name] = sum(getattr(d, f"{name}_right") for d in self.documents) / total if total else None
        return accuracy

    def to_dict(self) -> dict:
        return {
            "documents": len(self.documents),
            "skipped": [list(s) for s in self.skipped],
            "fields": {k: {"precision": v.precision, "recall": v.recall, "tp": v.tp, "fp": v.fp, "fn": v.fn}
                       for k, v in self.fields().items()},
            "citations": {k: {"precision": v.precision, "recall": v.recall, "f1": v.f1, "tp": v.tp, "fp": v.fp,
                              "fn": v.fn} for k, v in self.citations().items()},
            "accuracy": self.accuracy(),
            "lists": {k: {"precision": v.precision, "recall": v.recall, "tp": v.tp, "fp": v.fp, "fn": v.fn}
                      for k, v in self.lists().items()},
            "per_document": [{"gold": d.gold_file, "missed": d.missed, "spurious": d.spurious,
                              "field_errors": {k: list(v) for k, v in d.field_errors.items()},
                              "citation_errors": d.citation_errors}
                             for d in self.documents],
        }


def gold_files(paths: list[str | os.PathLike]) -> list[Path]:
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        found += [path] if path.is_file() else sorted(path.rglob("*.gold.json"))
    return found


def resolve_text(gold_path: Path, gold: dict) -> Path | None:
    name = gold["file"]
    beside = gold_path.parent / name
    if beside.exists():
        return beside
    shared = shared_corpora()
    if shared and (shared / name).exists():
        return shared / name
    return None


def evaluate(paths: list[str | os.PathLike], text_override: dict[str, Path] | None = None,
             against: str | os.PathLike | None = None, read=process_path) -> EvalReport:
    """Score the tool on each gold file of ``paths``; with ``against`` (a folder of a second annotator's gold files
    of the same texts), score that annotation instead: how far two annotators agree, the ceiling of any figure the
    tool can be measured at. ``read`` makes a text's Document (``process_path``, the default pipeline; e.g.
    ``lambda path: process_path(path, load("fast"))`` scores another pipeline)."""
    scores: list[DocumentScore] = []
    skipped: list[tuple[str, str]] = []
    second = _annotations_by_text(against) if against is not None else None
    unpaired = 0  # gold files the second annotator did not annotate: no comparison, counted once
    for gold_path in gold_files(paths):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if second is not None:
            other = second.get(gold["file"])
            if other is None:
                unpaired += 1
            else:
                scores.append(score_document(_header_and_citations(gold), _AnnotationAsDocument(other[1]),
                                             str(gold_path), str(other[0])))
            continue
        text_path = (text_override or {}).get(str(gold_path)) or resolve_text(gold_path, gold)
        if text_path is None:
            skipped.append((str(gold_path), f"text {gold['file']} not found (../shared/corpora absent?)"))
            continue
        document = read(text_path)
        scores.append(score_document(gold, document, str(gold_path), str(text_path)))
    if unpaired:
        skipped.append((f"{unpaired} gold file(s)", f"not annotated in {against}: not compared"))
    return EvalReport(scores, skipped)


def _annotations_by_text(folder: str | os.PathLike) -> dict[str, tuple[Path, dict]]:
    """A folder's gold files by the text they annotate ("file")."""
    found = {}
    for path in gold_files([folder]):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        found[annotation["file"]] = (path, annotation)
    return found


def _header_and_citations(gold: dict) -> dict:
    """A gold annotation without its lists (channels, difficulties, ...), which a second annotator is not asked for."""
    return {key: gold[key] for key in ("file", "header", "citations") if key in gold}


class _AnnotationAsDocument:
    """A second annotation read as if the tool had produced it: the header and citations score_document reads."""

    def __init__(self, annotation: dict):
        header = dict(annotation.get("header") or {})
        self.header = SimpleNamespace(to_dict=lambda: header)
        self.citations = [SimpleNamespace(number=c.get("number"), date=c.get("date"), name=c.get("name"),
                                          text=c.get("text"), kind=c.get("kind"), issuer=c.get("issuer"),
                                          context=c.get("context"))
                          for c in annotation.get("citations") or []]
