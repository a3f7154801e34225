"""Benchmarks of the foundation: extraction speed, ingest throughput on text and text-layer PDFs, peak memory.

    .venv/bin/python benchmarks/run.py                  # all scenarios, 5 repeats each, median reported
    .venv/bin/python benchmarks/run.py --repeat 3 extract

Each scenario runs in a fresh process (so peak RSS is its own); results go to benchmarks/results/latest.json and
a Markdown table is printed for the README. Inputs come from corpora/ and ../shared/corpora/real (scenarios
that need ../shared are skipped with a message when it is absent).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_REAL = ROOT.parent / "shared" / "corpora" / "real"
RESULTS = ROOT / "benchmarks" / "results"


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def scenario_extract() -> dict:
    """normalize + extract on the sample report replicated to 10 MB, as 10 KB documents, one process."""
    from vnadmin.check import check_document
    from vnadmin.extract import extract
    from vnadmin.text import normalize

    text = (ROOT / "corpora" / "seed" / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    copies = (10 * 1024 * 1024) // len(text.encode("utf-8")) + 1
    megabytes = copies * len(text.encode("utf-8")) / 1e6
    extract(normalize(text).text)  # warm the caches (pattern compilation is start-up work)
    started = time.perf_counter()
    normalized = [normalize(text).text for _ in range(copies)]
    normalize_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for item in normalized:
        extraction = extract(item)
        check_document(extraction.header, extraction.citations, extraction.dates)
    extract_seconds = time.perf_counter() - started
    return {"input": f"sample report × {copies} ({megabytes:.1f} MB)", "documents": copies, "megabytes": megabytes,
            "normalize_mb_s": megabytes / normalize_seconds, "extract_mb_s": megabytes / extract_seconds,
            "seconds": normalize_seconds + extract_seconds, "peak_rss_mb": _peak_rss_mb()}


def _ingest(inputs: list[Path], workers: int) -> dict:
    from vnadmin.run.local import run_ingest

    out = Path(tempfile.mkdtemp(prefix="vnadmin-bench-"))
    try:
        started = time.perf_counter()
        summary = run_ingest(inputs, out / "ds", workers=workers)
        seconds = time.perf_counter() - started
        from vnadmin.dataset import open_dataset

        pages = int(open_dataset(out / "ds").documents.pages.sum())
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {"documents": summary.processed, "megabytes": summary.bytes / 1e6, "pages": pages, "seconds": seconds,
            "docs_s": summary.processed / seconds, "mb_s": summary.bytes / 1e6 / seconds, "pages_s": pages / seconds,
            "status": dict(summary.status), "peak_rss_mb": _peak_rss_mb()}


def _text_archive(count: int) -> Path:
    sources = sorted(p for p in SHARED_REAL.rglob("*.txt"))
    folder = Path(tempfile.mkdtemp(prefix="vnadmin-texts-"))
    for index in range(count):
        source = sources[index % len(sources)]
        shutil.copyfile(source, folder / f"{index:05d}-{source.name}")
    return folder


def scenario_ingest_reports(workers: int) -> dict:
    """2,000 report-sized texts: the shipped corpora/ texts (the sample report and the written documents), cycled."""
    sources = sorted((ROOT / "corpora").rglob("*.txt"))
    folder = Path(tempfile.mkdtemp(prefix="vnadmin-reports-"))
    for index in range(2000):
        source = sources[index % len(sources)]
        # a distinct file each time (a line of its own), as in an archive: no two documents share bytes
        (folder / f"{index:05d}-{source.name}").write_bytes(source.read_bytes() + f"\n{index}\n".encode())
    try:
        result = _ingest([folder], workers)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    size = sum(p.stat().st_size for p in sources) / len(sources) / 1024
    return {"input": f"2,000 report texts (the {len(sources)} corpora/ texts cycled, {size:.1f} KB on average)",
            "workers": workers, **result}


def scenario_ingest_text(workers: int) -> dict:
    folder = _text_archive(2000)
    try:
        result = _ingest([folder], workers)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"input": "2,000 texts of ../shared/corpora/real (1,226 files, cycled)", "workers": workers, **result}


def scenario_ingest_pdf(workers: int) -> dict:
    import json as _json

    metadata = [_json.loads(line) for line in (SHARED_REAL / "metadata.jsonl").read_text().splitlines()]
    scanned = {m["file"] for m in metadata if m["kind"] == "pdf" and "scanned" in str(m.get("pdf_kind", ""))}
    pdfs = [p for p in sorted((SHARED_REAL / "pdf").glob("*.pdf")) if f"pdf/{p.name}" not in scanned]
    folder = Path(tempfile.mkdtemp(prefix="vnadmin-pdfs-"))
    for p in pdfs:
        shutil.copyfile(p, folder / p.name)
    try:
        result = _ingest([folder], workers)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"input": f"the {len(pdfs)} text-layer PDFs of ../shared/corpora/real/pdf", "workers": workers, **result}


SCENARIOS = {
    "extract": scenario_extract,
    "ingest-reports-1": lambda: scenario_ingest_reports(1),
    "ingest-reports-2": lambda: scenario_ingest_reports(2),
    "ingest-text-1": lambda: scenario_ingest_text(1),
    "ingest-text-2": lambda: scenario_ingest_text(2),
    "ingest-pdf-1": lambda: scenario_ingest_pdf(1),
    "ingest-pdf-2": lambda: scenario_ingest_pdf(2),
}
NEEDS_SHARED = {"ingest-text-1", "ingest-text-2", "ingest-pdf-1", "ingest-pdf-2"}
KEYS = ("extract_mb_s", "normalize_mb_s", "docs_s", "mb_s", "pages_s", "seconds", "peak_rss_mb")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("scenarios", nargs="*", default=list(SCENARIOS))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(SCENARIOS[args.one]()))
        return
    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "scenarios": {}}
    for name in args.scenarios:
        if name in NEEDS_SHARED and not SHARED_REAL.exists():
            print(f"skip {name}: {SHARED_REAL} is absent", file=sys.stderr)
            continue
        runs = []
        for _ in range(args.repeat):
            output = subprocess.run([sys.executable, __file__, "--one", name], capture_output=True, text=True,
                                    check=True).stdout
            runs.append(json.loads(output.strip().splitlines()[-1]))
        median = {k: statistics.median(r[k] for r in runs) for k in KEYS if k in runs[0]}
        results["scenarios"][name] = {**runs[0], **median, "runs": len(runs)}
        print(f"{name}: " + ", ".join(f"{k} {v:.1f}" for k, v in median.items()), file=sys.stderr)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    print(markdown(results))


def markdown(results: dict) -> str:
    lines = [f"Machine: {results['machine']}; {results['date']}; median of the runs shown.", "",
             "| scenario | input | workers | median | peak RSS |", "|---|---|---|---|---|"]
    for name, r in results["scenarios"].items():
        if name == "extract":
            figure = f"extract {r['extract_mb_s']:.1f} MB/s, normalize {r['normalize_mb_s']:.1f} MB/s (one core)"
        elif name.startswith("ingest-pdf"):
            figure = f"{r['pages_s']:.0f} pages/s, {r['docs_s']:.1f} docs/s"
        else:
            figure = f"{r['docs_s']:.0f} docs/s, {r['mb_s']:.1f} MB/s"
        if name.startswith("ingest-text"):
            r = {**r, "input": r["input"] + f", {r['megabytes'] / r['documents'] * 1000:.0f} KB on average"}
        lines.append(f"| `{name}` | {r['input']} | {r.get('workers', 1)} | {figure} ({r['runs']} runs) | "
                     f"{r['peak_rss_mb']:.0f} MB |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
