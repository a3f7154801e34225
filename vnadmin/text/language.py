"""The spaCy container: a Vietnamese ``Language`` whose tokenizer keeps legal tokens whole, and vnadmin's
extractors as registered components.

    >>> import vnadmin
    >>> nlp = vnadmin.load("default")            # pipelines/default.toml: segmenter and components
    >>> doc = nlp(open("corpora/seed/3457-BC-UBND.txt").read())
    >>> [(s.text, s.label_) for s in doc.spans["citations"]][:1]
    [('Kế hoạch số 269/KH-UBND ngày 01/8/2023 của UBND tỉnh Thừa Thiên Huế', 'Kế hoạch')]
    >>> doc._.header["number"], doc._.citations[0]["date"]
    ('3457/BC-UBND', '2023-08-01')

The tokenizer reads the text as ``vnadmin.parse`` does (legacy-font text converted) and normalizes it (``doc.text``
is the normalized text, the one every offset indexes), segments it into words (underthesea or pyvi, see
``segment.py``) and never lets a token cross the start or end of an extracted number, date, citation, channel,
quantity or item. Each component puts its results in ``doc.spans[NAME]`` (labels: the kind, precision, category,
unit ...) and in ``doc._.NAME`` as plain dicts, so a ``DocBin(store_user_data=True)`` round-trip keeps both (with
the lists read back as tuples: msgpack).

The tokenizer is registered (``vnadmin.tokenizer.v1``) and saves its settings, so ``nlp.to_disk`` and
``spacy.load`` work; the components are module-level classes, so the pipeline pickles (``nlp.pipe(n_process=2)``).
"""
from __future__ import annotations

from dataclasses import asdict
from functools import partial

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from vnadmin.text.segment import ENGINES, Segmenter

EXTENSIONS = ("header", "citations", "dates", "sections", "channels", "difficulties", "recommendations",
              "quantities", "findings")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


TOKENIZER = "vnadmin.tokenizer.v1"


class VietnameseTokenizer:
    """Read the text as ``vnadmin.parse`` does (TCVN3/VNI mojibake converted), normalize, then segment into words,
    legal tokens whole. It holds no weights: saved (``nlp.to_disk``, ``nlp.to_bytes``) as its settings, the
    segmenter's name."""

    def __init__(self, vocab, segmenter: str = "underthesea"):
        self.vocab = vocab
        self.segmenter = Segmenter(segmenter)

    def settings(self) -> dict:
        return {"segmenter": self.segmenter.engine}

    def _set(self, settings: dict) -> "VietnameseTokenizer":
        engine = settings.get("segmenter", self.segmenter.engine)
        if engine != self.segmenter.engine:
            self.segmenter = Segmenter(engine, self.segmenter.cache_lines)
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return srsly.json_dumps(self.settings()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude=()) -> "VietnameseTokenizer":
        return self._set(srsly.json_loads(data))

    def to_disk(self, path, *, exclude=()) -> None:
        srsly.write_json(util.ensure_path(path), self.settings())

    def from_disk(self, path, *, exclude=()) -> "VietnameseTokenizer":
        return self._set(srsly.read_json(util.ensure_path(path)))

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __call__(self, text: str) -> Doc:
        from vnadmin.extract import extract
        from vnadmin.pipeline import normalize_raw, text_document

        normalized = normalize_raw(text_document(text)).text  # as vnadmin.parse(text): legacy fonts converted
        spans = self.segmenter.spans(normalized, extract(normalized).boundaries())
        words = [normalized[start:end] for start, end in spans]
        spaces = [bool(normalized[end:next_start]) for (_, end), (next_start, _) in zip(spans, spans[1:] + [(len(normalized), 0)])]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if doc.text != normalized:  # whitespace other than one space between words: keep the text exact
            doc = _exact_doc(self.vocab, normalized, spans)
        return doc


@registry.tokenizers(TOKENIZER)
def create_tokenizer(segmenter: str = "underthesea"):
    """``[nlp.tokenizer] @tokenizers = "vnadmin.tokenizer.v1"``, ``segmenter = "underthesea"`` (or "pyvi"): the
    function spaCy calls with the ``Language`` to make its tokenizer."""
    if segmenter not in ENGINES:
        raise ValueError(f"segmenter must be one of {ENGINES}, not {segmenter!r}")
    return partial(_make_tokenizer, segmenter=segmenter)


def _make_tokenizer(nlp: Language, segmenter: str) -> VietnameseTokenizer:
    return VietnameseTokenizer(nlp.vocab, segmenter)


def _exact_doc(vocab, text: str, spans: list[tuple[int, int]]) -> Doc:
    """A Doc whose text is exactly ``text``: one space after a word is that word's trailing space, any other
    whitespace becomes a whitespace token, as spaCy does."""
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for start, end in [*spans, (len(text), len(text))]:
        gap = text[position:start]
        if words and gap.startswith(" "):
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
        if end > start:
            words.append(text[start:end])
            spaces.append(False)
        position = end
    return Doc(vocab, words=words, spaces=spaces)


def _span_group(doc: Doc, name: str, items, label) -> None:
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, label=label(item), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[name] = spans


def _plain(items) -> list[dict]:
    return [asdict(item) for item in items]


# The components are instances of module-level classes holding module-level functions, not closures: a pipeline
# pickles (pickle.dumps(nlp); nlp.pipe(texts, n_process=2) under the spawn start method sends it to each process).

class HeaderComponent:
    """``doc._.header`` (the header's fields) and ``doc.spans["header"]`` (one span per field found, labelled by
    the field)."""

    def __call__(self, doc: Doc) -> Doc:
        from vnadmin.extract.header import extract_header

        result = extract_header(doc.text)
        doc._.header = {k: v for k, v in result.to_dict().items() if k != "spans"}
        spans = []
        for field, (start, end) in result.spans.items():
            span = doc.char_span(start, end, label=field, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["header"] = spans
        return doc


class ExtractorComponent:
    """Runs one extractor (``find(text)``) and keeps its results as ``doc.spans[group]`` (labelled by
    ``label(item)``) and ``doc._.<group>``. ``find`` and ``label`` are module-level functions (picklable)."""

    def __init__(self, group: str, find, label):
        self.group, self.find, self.label = group, find, label

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc.text)
        setattr(doc._, self.group, _plain(found))
        _span_group(doc, self.group, found, self.label)
        return doc


class DifficultiesComponent:
    """``doc._.difficulties`` and ``doc._.recommendations``, and their span groups (labelled by their heading)."""

    def __call__(self, doc: Doc) -> Doc:
        from vnadmin.extract.difficulties import find_items
        from vnadmin.extract.sections import find_sections

        found = find_items(doc.text, find_sections(doc.text))
        for kind, group in (("difficulty", "difficulties"), ("recommendation", "recommendations")):
            mine = [item for item in found if item.kind == kind]
            setattr(doc._, group, _plain(mine))
            _span_group(doc, group, mine, _heading)
        return doc


class ChecksComponent:
    """``doc._.findings``: the per-document checks of the header, citations and dates."""

    def __call__(self, doc: Doc) -> Doc:
        from vnadmin.check.document import check_document
        from vnadmin.extract import extract

        extraction = extract(doc.text, ("header", "citations", "dates"))
        doc._.findings = _plain(check_document(extraction.header, extraction.citations, extraction.dates))
        return doc


def _citations(text: str):
    from vnadmin.extract import extract

    return extract(text, ("header", "citations")).citations


def _dates(text: str):
    """The dates table as extract() makes it (as vnadmin.parse gives it): with the "damaged" dates its citations
    read (``_with_damaged_dates``), which needs the header and the citations."""
    from vnadmin.extract import extract

    return extract(text, ("header", "citations", "dates")).dates


def _sections(text: str):
    from vnadmin.extract.sections import find_sections

    return find_sections(text)


def _channels(text: str):
    from vnadmin.extract.channels import find_channels

    return find_channels(text)


def _quantities(text: str):
    from vnadmin.extract.quantities import find_quantities

    return find_quantities(text)


def _kind(citation) -> str:
    return citation.kind or ""


def _precision(date) -> str:
    return date.precision


def _level(section) -> str:
    return f"level{section.level}"


def _category(channel) -> str:
    return channel.category


def _unit(quantity) -> str:
    return quantity.unit


def _heading(item) -> str:
    return item.heading


# The factories (module-level functions: pyproject.toml's spacy_factories entry points name them).

@Language.factory("vnadmin_header")
def make_header(nlp: Language, name: str) -> HeaderComponent:
    return HeaderComponent()


@Language.factory("vnadmin_citations")
def make_citations(nlp: Language, name: str) -> ExtractorComponent:
    return ExtractorComponent("citations", _citations, _kind)


@Language.factory("vnadmin_dates")
def make_dates(nlp: Language, name: str) -> ExtractorComponent:
    return ExtractorComponent("dates", _dates, _precision)


@Language.factory("vnadmin_sections")
def make_sections(nlp: Language, name: str) -> ExtractorComponent:
    return ExtractorComponent("sections", _sections, _level)


@Language.factory("vnadmin_channels")
def make_channels(nlp: Language, name: str) -> ExtractorComponent:
    return ExtractorComponent("channels", _channels, _category)


@Language.factory("vnadmin_difficulties")
def make_difficulties(nlp: Language, name: str) -> DifficultiesComponent:
    return DifficultiesComponent()


@Language.factory("vnadmin_quantities")
def make_quantities(nlp: Language, name: str) -> ExtractorComponent:
    return ExtractorComponent("quantities", _quantities, _unit)


@Language.factory("vnadmin_checks")
def make_checks(nlp: Language, name: str) -> ChecksComponent:
    return ChecksComponent()


COMPONENTS = ("vnadmin_header", "vnadmin_citations", "vnadmin_dates", "vnadmin_sections", "vnadmin_channels",
              "vnadmin_difficulties", "vnadmin_quantities", "vnadmin_checks")


def build(segmenter: str = "underthesea", components: tuple[str, ...] = COMPONENTS) -> Language:
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER, "segmenter": segmenter}}})
    for component in components:
        nlp.add_pipe(component)
    return nlp
