"""The normalized text of a document as HTML with its extractions highlighted.

Spans of different kinds nest (a date inside a citation, a channel inside a difficulty) and may cross, so the
text is cut at every span boundary into non-overlapping segments; each segment is one ``<mark>`` carrying a
class per kind of the spans that cover it (``k-citation k-date``), so the markup stays well formed whatever the
spans do. The segment where a span starts also gets ``start-KIND`` (so spans of a kind can be counted; two of
one kind starting at the same offset count once), and an empty ``<a class="anchor" id="ID">`` is put before it,
so that ``#citation-3`` scrolls to the mention. Everything, text and attributes, is escaped.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # a CSS-safe word: citation, date, channel ...
    id: str = ""  # anchor id, unique in the page ("" for none)
    title: str = ""  # tooltip


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as escaped HTML, the ``spans`` (offsets into ``text``) marked; spans outside the text are clipped,
    empty ones only get their anchor."""
    n = len(text)
    clipped: list[tuple[int, int, Span]] = []
    for span in spans:
        start, end = max(0, min(int(span.start), n)), max(0, min(int(span.end), n))
        if end >= start:
            clipped.append((start, end, span))
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for index, (start, end, _span) in enumerate(clipped):
        starting.setdefault(start, []).append(index)
        ending.setdefault(end, []).append(index)
    boundaries = sorted({0, n, *starting, *ending})
    active: dict[int, Span] = {}  # index in clipped → span covering the current segment
    out: list[str] = []
    for position, following in zip(boundaries, boundaries[1:] + [n]):
        for index in ending.get(position, ()):
            active.pop(index, None)
        begun = set()
        for index in starting.get(position, ()):
            start, end, span = clipped[index]
            if span.id:
                out.append(f'<a class="anchor" id="{escape(span.id)}"></a>')
            if end > start:
                active[index] = span
                begun.add(span.kind)
        if following <= position:
            continue
        piece = escape(text[position:following])
        if not active:
            out.append(str(piece))
            continue
        covering = [active[i] for i in sorted(active)]
        kinds = sorted({s.kind for s in covering})
        classes = " ".join(["hl", *(f"k-{k}" for k in kinds), *(f"start-{k}" for k in sorted(begun))])
        titles = "\n".join(dict.fromkeys(s.title for s in covering if s.title))
        title = f' title="{escape(titles)}"' if titles else ""
        out.append(f'<mark class="{escape(classes)}" data-k="{escape(" ".join(kinds))}"{title}>{piece}</mark>')
    return Markup("".join(out))
