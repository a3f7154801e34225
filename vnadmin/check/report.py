"""Findings as a self-contained HTML page: grouped by check, each with its messages and the passages of the
document with the evidence highlighted."""
from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd

CONTEXT = 160  # characters shown on each side of an evidence span


def _passage(text: str, spans: list[list[int]]) -> str:
    """The evidence highlighted in its context: spans close together in one excerpt, spans far apart (a number cited
    on the first page and on the last) each in its own, with "…" where text is left out (one excerpt from the first
    span to the last could hold the whole document)."""
    excerpts: list[list[tuple[int, int]]] = []
    reach = -1  # the furthest end of the last excerpt's spans (a span inside a long one stays with it)
    for span in sorted((int(a), int(b)) for a, b in spans):
        if excerpts and span[0] - reach <= 2 * CONTEXT:
            excerpts[-1].append(span)
            reach = max(reach, span[1])
        else:
            excerpts.append([span])
            reach = span[1]
    return "\n…\n".join(_excerpt(text, group) for group in excerpts if group)


def _excerpt(text: str, spans: list[tuple[int, int]]) -> str:
    start = max(0, spans[0][0] - CONTEXT)
    end = min(len(text), max(b for _, b in spans) + CONTEXT)
    out, position = [], start
    for span_start, span_end in spans:
        if span_start < position or span_end > end:
            continue
        out.append(html.escape(text[position:span_start]))
        out.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        position = span_end
    out.append(html.escape(text[position:end]))
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")


def write_html(findings: pd.DataFrame, texts: dict[str, str], target: str | os.PathLike, title: str) -> Path:
    parts = [f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
             "<style>body{font-family:sans-serif;max-width:70em;margin:auto}mark{background:#ffd54f}"
             ".finding{border-top:1px solid #ccc;padding:.5em 0}.passage{white-space:pre-wrap;background:#f6f6f6;"
             "padding:.5em;font-family:serif}.error{color:#b00020}.warning{color:#8a6d00}</style></head><body>",
             f"<h1>{html.escape(title)}</h1><p>{len(findings)} findings</p>"]
    for check, group in findings.groupby("check", sort=True):
        parts.append(f"<h2 id='{html.escape(check)}'>{html.escape(check)} ({len(group)})</h2>")
        for row in group.itertuples(index=False):
            spans = [list(s) for s in (row.spans if row.spans is not None else [])]
            passage = _passage(texts.get((row.doc_id, row.path), ""), spans)
            parts.append(
                f"<div class='finding'><div class='{html.escape(row.severity)}'><b>{html.escape(row.severity)}</b> "
                f"· {html.escape(row.path)}</div><div>{html.escape(row.message_vi)}</div>"
                f"<div><i>{html.escape(row.message)}</i></div><div class='passage'>{passage}</div></div>")
    parts.append("</body></html>")
    path = Path(target)
    path.write_text("".join(parts), encoding="utf-8")
    return path
