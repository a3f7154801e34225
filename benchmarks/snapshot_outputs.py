"""A snapshot of every extraction result, to prove that a speed change changes no output.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/snapshot_outputs.py before.jsonl
    ... change the extractors ...
    PYTHONPATH=$PWD .venv/bin/python benchmarks/snapshot_outputs.py after.jsonl
    cmp before.jsonl after.jsonl

Inputs: every document of corpora/ (txt, docx, pdf; gold files skipped) and every text of
../shared/corpora/real (when present). Each document goes through the default pipeline without word
segmentation (ingest → normalize → extract → check); one JSON line per document holds its status, a hash of the
normalized text and every extracted item with its offsets: header (with spans), citations, dates, sections,
channels, difficulties/recommendations, quantities and the per-document findings.

Ingest (PDF text layers, OCR of the scans, DOCX) is not what is measured here and is slow for the scans: the
raw pages are cached in a pickle (``--cache``, default in the system temp folder) keyed on the file's bytes, so
that a second snapshot only re-runs normalize, extract and check. ``--no-cache`` ingests everything again.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_REAL = ROOT.parent / "shared" / "corpora" / "real"


def inputs() -> list[Path]:
    local = sorted(p for p in (ROOT / "corpora").rglob("*") if p.is_file()
                   and p.suffix.lower() in (".txt", ".docx", ".pdf") and not p.name.endswith(".gold.json"))
    real = sorted(SHARED_REAL.rglob("*.txt")) if SHARED_REAL.exists() else []
    return local + real


def _raw(path: Path, cache: dict, pipeline):
    from vnadmin.ingest import IngestError, read_bytes

    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest()
    if key not in cache:
        try:
            cache[key] = ("ok", read_bytes(data, str(path), ocr=pipeline.ocr))
        except IngestError as error:
            cache[key] = ("error", (error.code, error.message))
    return key, data, cache[key]


def record(path: Path, cache: dict, pipeline) -> dict:
    from vnadmin.pipeline import _process_raw

    key, data, (state, raw) = _raw(path, cache, pipeline)
    name = str(path.relative_to(ROOT.parent))
    if state == "error":
        return {"path": name, "ingest_error": list(raw)}
    document = _process_raw(raw, name, key, len(data), pipeline)
    return {
        "path": name,
        "status": document.status,
        "error": document.error,
        "text_sha256": hashlib.sha256(document.text.encode("utf-8")).hexdigest(),
        "header": dataclasses.asdict(document.header),
        "citations": [dataclasses.asdict(c) for c in document.citations],
        "dates": [dataclasses.asdict(d) for d in document.dates],
        "sections": [dataclasses.asdict(s) for s in document.sections],
        "channels": [dataclasses.asdict(c) for c in document.channels],
        "items": [dataclasses.asdict(i) for i in document.items],
        "quantities": [dataclasses.asdict(q) for q in document.quantities],
        "findings": [dataclasses.asdict(f) for f in document.findings],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", help="the JSON-lines snapshot to write")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "vnadmin-snapshot-raw.pickle"))
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args()

    from vnadmin.pipelines import load

    pipeline = load("default").without_segmentation()
    cache_path = Path(args.cache)
    cache: dict = {}
    if cache_path.exists() and not args.no_cache:
        cache = pickle.loads(cache_path.read_bytes())
    before = len(cache)
    paths = inputs()
    started = time.perf_counter()
    counts = {"documents": 0, "citations": 0, "dates": 0, "sections": 0}
    with open(args.output, "w", encoding="utf-8") as out:
        for path in paths:
            row = record(path, cache, pipeline)
            counts["documents"] += 1
            for key in ("citations", "dates", "sections"):
                counts[key] += len(row.get(key, []))
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    seconds = time.perf_counter() - started
    if len(cache) != before and not args.no_cache:
        cache_path.write_bytes(pickle.dumps(cache))
    print(f"{counts['documents']} documents, {counts['citations']} citations, {counts['dates']} dates, "
          f"{counts['sections']} sections in {seconds:.1f} s → {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
