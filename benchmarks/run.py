"""Benchmarks: extraction speed, ingest throughput (texts, text-layer PDFs, scans; 1 and 2 workers, Dask), OCR (against
raw Tesseract; a page lying turned), checks, segmentation, peak memory over 10,000 documents.

    .venv/bin/python benchmarks/run.py                  # all scenarios, 5 repeats each, median reported
    .venv/bin/python benchmarks/run.py --repeat 3 extract
    .venv/bin/python benchmarks/run.py --report         # the README's table from the last results

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


def _extract_rates(raws: list[str]) -> dict:
    """normalize, then extract with the core extractors and the checks, then with every extractor, over ``raws`` in
    one process: MB/s of each pass."""
    from vnadmin.check import check_document
    from vnadmin.extract import extract
    from vnadmin.text import normalize

    megabytes = sum(len(raw.encode("utf-8")) for raw in raws) / 1e6
    extract(normalize(raws[0]).text)  # warm the caches (pattern compilation is start-up work)
    started = time.perf_counter()
    normalized = [normalize(raw).text for raw in raws]
    normalize_seconds = time.perf_counter() - started
    seconds = {}
    for name, extractors in (("extract", ("header", "citations", "dates", "sections")), ("extract_all", None)):
        started = time.perf_counter()
        for item in normalized:
            extraction = extract(item, extractors) if extractors else extract(item)
            check_document(extraction.header, extraction.citations, extraction.dates)
        seconds[name] = time.perf_counter() - started
    return {"documents": len(raws), "megabytes": megabytes, "normalize_mb_s": megabytes / normalize_seconds,
            "extract_mb_s": megabytes / seconds["extract"], "extract_all_mb_s": megabytes / seconds["extract_all"],
            "seconds": normalize_seconds + seconds["extract"], "peak_rss_mb": _peak_rss_mb()}


def scenario_extract() -> dict:
    """normalize + extract on the sample report replicated to 10 MB, as 10 KB documents, one process."""
    text = (ROOT / "corpora" / "seed" / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    copies = (10 * 1024 * 1024) // len(text.encode("utf-8")) + 1
    rates = _extract_rates([text] * copies)
    return {"input": f"sample report × {copies} ({rates['megabytes']:.1f} MB)", **rates}


def scenario_extract_real() -> dict:
    """normalize + extract (the same extractors and checks as ``extract``) on every text of ../shared/corpora/real,
    one process: the archive's own mix of sizes and layouts (gazette pages, tables, consolidated texts)."""
    raws = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SHARED_REAL.rglob("*.txt"))]
    rates = _extract_rates(raws)
    return {"input": f"the {len(raws):,} texts of ../shared/corpora/real ({rates['megabytes']:.1f} MB)", **rates}


def _ingest(inputs: list[Path], workers: int, segment: bool = False, dask: str | None = None,
            on_document=None) -> dict:
    """`vnadmin ingest` (the default pipeline; without segmentation unless ``segment``)."""
    from vnadmin.pipelines import load
    from vnadmin.run.ingest import run_ingest

    pipeline = load("default") if segment else load("default").without_segmentation()
    out = Path(tempfile.mkdtemp(prefix="vnadmin-bench-"))
    try:
        started = time.perf_counter()
        summary = run_ingest(inputs, out / "ds", workers=workers, pipeline=pipeline, dask=dask,
                             on_document=on_document)
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


def scenario_ingest_reports(workers: int, segment: bool = False) -> dict:
    """2,000 report-sized texts: the shipped corpora/ texts (the sample report and the written documents), cycled."""
    sources = sorted((ROOT / "corpora").rglob("*.txt"))
    folder = Path(tempfile.mkdtemp(prefix="vnadmin-reports-"))
    for index in range(2000):
        source = sources[index % len(sources)]
        # a distinct file each time (a line of its own), as in an archive: no two documents share bytes
        (folder / f"{index:05d}-{source.name}").write_bytes(source.read_bytes() + f"\n{index}\n".encode())
    try:
        result = _ingest([folder], workers, segment)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    size = sum(p.stat().st_size for p in sources) / len(sources) / 1024
    return {"input": f"2,000 report texts (the {len(sources)} corpora/ texts cycled, {size:.1f} KB on average)"
                     + (", with word segmentation" if segment else ""), "workers": workers, **result}


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


def _on_cores(count: int) -> None:
    """Run this scenario (and the processes it starts) on ``count`` cores: 1 worker on 1 core against 2 workers on
    2 cores is the scaling that matters (with 2 cores, one worker would otherwise run 2 Tesseracts)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:count]))


def _scanned_pdfs() -> list[Path]:
    metadata = [json.loads(line) for line in (SHARED_REAL / "metadata.jsonl").read_text().splitlines()]
    real = [SHARED_REAL / m["file"] for m in metadata if m["kind"] == "pdf" and "scanned" in str(m.get("pdf_kind", ""))]
    return sorted(real) + [SHARED_SEED / f"3457-BC-UBND.scan-{scan}.pdf" for scan in SCANS]


def scenario_archive(kind: str, workers: int, dask: bool = False) -> dict:
    """One kind of archive (texts, text-layer PDFs, scanned PDFs) at 1 worker on 1 core, 2 workers on 2 cores,
    or a Dask LocalCluster of 2 workers."""
    _on_cores(workers)
    folder = Path(tempfile.mkdtemp(prefix=f"vnadmin-{kind}-"))
    if kind == "text":
        shutil.rmtree(folder)
        folder = _text_archive(2000)
        about = "2,000 texts of ../shared/corpora/real (1,226 files, cycled)"
    elif kind == "pdf":
        pdfs = [p for p in sorted((SHARED_REAL / "pdf").glob("*.pdf")) if p not in set(_scanned_pdfs())]
        for p in pdfs:
            shutil.copyfile(p, folder / p.name)
        about = f"the {len(pdfs)} text-layer PDFs of ../shared/corpora/real/pdf"
    else:
        for p in _scanned_pdfs():
            shutil.copyfile(p, folder / p.name)
        about = "the 6 scanned PDFs of ../shared/corpora/real/pdf and the sample's 3 scans (OCR)"
    try:
        result = _ingest([folder], workers, dask="local" if dask else None)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"input": about, "workers": workers, "executor": "dask LocalCluster" if dask else "local", **result}


def scenario_memory(documents: int = 10_000) -> dict:
    """Peak memory over an archive of 10,000 documents (../shared/corpora/real texts cycled, each made distinct):
    resident memory of the supervising process and of its largest worker, sampled every 0.2 s, as reached after
    1,000, 2,500, 5,000 and 10,000 documents: flat means it does not grow with the archive."""
    import threading

    folder = Path(tempfile.mkdtemp(prefix="vnadmin-memory-"))
    sources = sorted(SHARED_REAL.rglob("*.txt"))
    for index in range(documents):
        source = sources[index % len(sources)]
        (folder / f"{index:05d}-{source.name}").write_bytes(source.read_bytes() + f"\n{index}\n".encode())
    peaks = {"supervisor": 0.0, "worker": 0.0}
    done = {"count": 0}
    checkpoints: dict[int, dict] = {}
    stop = threading.Event()

    def rss(pid: int) -> float:
        try:
            return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        except (OSError, ValueError, IndexError):
            return 0.0

    def children() -> list[int]:
        me, found = str(os.getpid()), []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    if Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1] == me:
                        found.append(int(entry))
                except (OSError, IndexError):
                    pass
        return found

    def sample() -> None:
        while not stop.wait(0.2):
            peaks["supervisor"] = max(peaks["supervisor"], rss(os.getpid()))
            peaks["worker"] = max([peaks["worker"]] + [rss(pid) for pid in children()])

    def counted(_document) -> None:
        done["count"] += 1
        if done["count"] in (1000, 2500, 5000, documents):
            checkpoints[done["count"]] = dict(peaks)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        result = _ingest([folder], 2, on_document=counted)
    finally:
        stop.set()
        shutil.rmtree(folder, ignore_errors=True)
    return {"input": f"{documents:,} texts (../shared/corpora/real cycled, each distinct), 2 workers, "
                     "default pipeline without segmentation", **result,
            "checkpoints": {str(k): v for k, v in sorted(checkpoints.items())},
            "supervisor_peak_mb": peaks["supervisor"], "worker_peak_mb": peaks["worker"],
            "growth_1k_to_10k": (checkpoints[documents]["supervisor"] + checkpoints[documents]["worker"])
            / (checkpoints[1000]["supervisor"] + checkpoints[1000]["worker"]) - 1}


SHARED_SEED = ROOT.parent / "shared" / "corpora" / "seed"
SCANS = ("clean-300dpi", "noisy-300dpi", "harsh-200dpi")


def _cer(text: str, reference: str) -> float:
    from rapidfuzz.distance import Levenshtein

    from vnadmin.text import normalize

    def flat(value: str) -> str:
        return " ".join(normalize(value).text.split())

    return Levenshtein.distance(flat(text), flat(reference)) / len(flat(reference))


def scenario_ocr() -> dict:
    """The sample's three scans through the OCR path (vnadmin, 2 cores) and through raw `tesseract` on the same
    page images (2 processes at a time): seconds per page and character error rate against the source text."""
    from concurrent.futures import ThreadPoolExecutor

    import pypdfium2 as pdfium

    from vnadmin.ingest.ocr import parse_tsv
    from vnadmin.ingest.readers import _page_image
    from vnadmin.pipeline import process_path

    from vnadmin.ingest.ocr import check_available
    from vnadmin.pipeline import process_text

    reference = (ROOT / "corpora" / "seed" / "3457-BC-UBND.txt").read_text(encoding="utf-8")
    check_available()  # start-up work (Tesseract's language list, pattern compilation) is not per-page work
    process_text(reference)
    out: dict = {"input": "the sample report's 3 scans (4 pages each)", "scans": {}}
    for scan in SCANS:
        path = SHARED_SEED / f"3457-BC-UBND.scan-{scan}.pdf"
        started = time.perf_counter()
        document = process_path(path)
        ours = time.perf_counter() - started
        folder = Path(tempfile.mkdtemp(prefix="vnadmin-raw-"))
        files = []
        source = path.read_bytes()
        for index, page in enumerate(pdfium.PdfDocument(source)):
            image = _page_image(page, source)
            target = folder / f"{index}{image.suffix if image.encoded else '.pgm'}"
            target.write_bytes(image.encoded) if image.encoded else image.image.save(target)
            files.append((target, image.dpi))

        def raw(item):
            target, dpi = item
            return subprocess.run(["tesseract", str(target), "stdout", "-l", "vie", "--psm", "3", "--dpi", str(dpi), "tsv"],
                                  capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=2) as pool:
            raw_text = "\n".join(parse_tsv(out).text for out in pool.map(raw, files))
        raw_seconds = time.perf_counter() - started
        shutil.rmtree(folder, ignore_errors=True)
        pages = len(document.pages)
        out["scans"][scan] = {"seconds_per_page": ours / pages, "raw_seconds_per_page": raw_seconds / pages,
                              "overhead": ours / raw_seconds - 1, "cer": _cer(document.text, reference),
                              "raw_cer": _cer(raw_text, reference),
                              "retried_pages": sum(1 for p in document.pages if (p.ocr_confidence or 0) < 88)}
    out["seconds"] = sum(v["seconds_per_page"] for v in out["scans"].values())
    out["overhead_clean_noisy"] = (sum(out["scans"][s]["seconds_per_page"] for s in SCANS[:2])
                                   / sum(out["scans"][s]["raw_seconds_per_page"] for s in SCANS[:2]) - 1)
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def scenario_ocr_turned() -> dict:
    """Page 1 of the sample's noisy 300 dpi scan as a PNG image, upright and lying turned by 90° and 180° (its
    pixels so, as a page fed sideways into a scanner leaves it): seconds through the OCR path (one Tesseract at a
    time), whether the header's number came out and whether the page was read turned."""
    import io

    import pypdfium2 as pdfium

    from vnadmin.ingest.ocr import check_available
    from vnadmin.ingest.readers import _page_image
    from vnadmin.pipeline import process_bytes, process_text

    check_available()
    process_text((ROOT / "corpora" / "seed" / "3457-BC-UBND.txt").read_text(encoding="utf-8"))
    source = (SHARED_SEED / "3457-BC-UBND.scan-noisy-300dpi.pdf").read_bytes()
    scan = pdfium.PdfDocument(source)
    page = _page_image(scan[0], source).pil()
    scan.close()
    out: dict = {"input": "page 1 of the sample's noisy 300 dpi scan as a PNG", "turns": {}}
    for turn in (0, 90, 180):
        buffer = io.BytesIO()
        page.rotate(turn, expand=True).save(buffer, format="PNG", dpi=(300, 300))  # (PIL turns counterclockwise)
        started = time.perf_counter()
        document = process_bytes(buffer.getvalue(), f"page-{turn}.png")
        out["turns"][str(turn)] = {"seconds": time.perf_counter() - started,
                                   "number_read": document.header.number == "3457/BC-UBND",
                                   "read_turned": any(w.startswith("ocr_page_turned") for w in document.warnings)}
    out["seconds"] = sum(v["seconds"] for v in out["turns"].values())
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def scenario_checks() -> dict:
    """The archive checks (`vnadmin check`) on a generated archive of 5,000 documents and 100,000 citations of
    20,000 instruments (national and local numbers, 3 % of citations with a dissenting date)."""
    import datetime as dt
    import random

    import pyarrow as pa

    from vnadmin.check.archive import run_archive_checks
    from vnadmin.dataset import DatasetWriter
    from vnadmin.dataset.schema import TABLES, schema

    rng = random.Random(30)
    out = Path(tempfile.mkdtemp(prefix="vnadmin-checks-")) / "ds"
    writer = DatasetWriter(out, part_size=1000)
    provinces = ["Thừa Thiên Huế", "Quảng Trị", "Quảng Nam", "Nghệ An", "Hà Tĩnh", "Đắk Lắk", "Cần Thơ", "Bắc Ninh"]
    instruments = []
    for index in range(20000):
        year = rng.randint(2015, 2025)
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        if index % 2:
            code, issuer = rng.choice([("NĐ-CP", "Chính phủ"), ("QĐ-TTg", "Thủ tướng Chính phủ"),
                                       ("TT-BTC", "Bộ Tài chính")])
        else:
            code, issuer = "KH-UBND", f"UBND tỉnh {rng.choice(provinces)}"
        instruments.append((f"{index + 1}/{year}/{code}" if index % 4 == 1 else f"{index + 1}/{code}", date, issuer))
    per_document = 20
    for first in range(0, 5000, 500):
        documents, citations = [], []
        for number in range(first, first + 500):
            doc_id, path = f"{number:064x}", f"generated/{number:05d}.txt"
            documents.append({"doc_id": doc_id, "path": path, "format": "txt", "status": "ok", "pages": 1,
                              "number": f"{number + 1}/BC-UBND", "issue_date": dt.date(2025, 6, 1),
                              "issuer": f"UBND huyện {number % 50}"})
            for ordinal in range(per_document):
                cited, date, issuer = rng.choice(instruments)
                if rng.random() < 0.03:
                    date = date + dt.timedelta(days=rng.choice((-30, -1, 1, 30)))
                citations.append({"doc_id": doc_id, "path": path, "ordinal": ordinal, "start": ordinal * 100,
                                  "end": ordinal * 100 + 60, "text": f"Kế hoạch số {cited}", "kind": "Kế hoạch",
                                  "number": cited, "date": date, "issuer": issuer, "context": "body",
                                  "issuer_code": cited.split("-")[-1]})
        tables = {name: schema(name).empty_table() for name in TABLES}
        tables["documents"] = pa.Table.from_pylist(documents, schema=schema("documents"))
        tables["citations"] = pa.Table.from_pylist(citations, schema=schema("citations"))
        writer.add_batch([(d["doc_id"], d["path"], "ok", 0) for d in documents], tables)
    writer.close()
    started = time.perf_counter()
    report = run_archive_checks(out)
    seconds = time.perf_counter() - started
    shutil.rmtree(out.parent, ignore_errors=True)
    return {"input": "generated archive: 5,000 documents, 100,000 citations of 20,000 instruments",
            "seconds": seconds, "findings": len(report.findings), "peak_rss_mb": _peak_rss_mb()}


def scenario_segment() -> dict:
    """Segmentation of real texts: raw underthesea.word_tokenize line by line (with the same fixed words) vs
    vnadmin's Segmenter without and with its line cache; the repeat rate of lines over the whole corpus."""
    from underthesea import word_tokenize

    from vnadmin.text import normalize
    from vnadmin.text.segment import Segmenter, fixed_words

    paths = sorted(SHARED_REAL.rglob("*.txt"))
    seen: set[str] = set()
    repeated = total = 0
    for path in paths:
        for line in normalize(path.read_text(encoding="utf-8")).text.split("\n"):
            if line.strip():
                total += len(line)
                if line in seen:
                    repeated += len(line)
                seen.add(line)
    rng = __import__("random").Random(4)
    sample = [normalize(p.read_text(encoding="utf-8")).text for p in rng.sample(paths, 150)]
    chars = sum(len(t) for t in sample)
    words = list(fixed_words())
    word_tokenize("khởi động")  # the model loads once per process: start-up work
    started = time.perf_counter()
    for text in sample:
        for line in text.split("\n"):
            if line.strip():
                word_tokenize(line, use_token_normalize=False, fixed_words=words)
    raw = time.perf_counter() - started
    plain = Segmenter("underthesea", cache_lines=0)
    started = time.perf_counter()
    for text in sample:
        plain.spans(text)
    ours = time.perf_counter() - started
    cached = Segmenter("underthesea")
    started = time.perf_counter()
    for text in sample:
        cached.spans(text)
    with_cache = time.perf_counter() - started
    return {"input": f"150 texts of ../shared/corpora/real ({chars / 1e6:.1f} M characters); repeat rate over all "
                     f"{len(paths)} texts", "seconds": ours, "raw_chars_s": chars / raw, "ours_chars_s": chars / ours,
            "cached_chars_s": chars / with_cache, "overhead": ours / raw - 1, "speedup_cached": raw / with_cache,
            "repeat_rate": repeated / total, "peak_rss_mb": _peak_rss_mb()}


def _repeated(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


# Inputs whose cost once grew with the square of a run's length (found by review; each a layout an archive can hold:
# a cell or a PDF line that lost its spaces, a rule of dashes, blanks before a "/", a web page's markup): normalize,
# every extractor and the checks on each at two sizes. Linear time gives a ratio of about 4 between them.
ADVERSARIAL = {
    "numbers without spaces after a %": lambda n: "đạt 30% " + _repeated("1/QĐ-UBND,", n),
    "a Cyrillic letter, then a rule of dashes": lambda n: "С\n" + "-" * n,
    "a Cyrillic letter, then a run of letters": lambda n: "С " + "a" * n,
    "blanks before a slash": lambda n: "x" + " " * n + "/",
    "codes joined by en dashes": lambda n: "1/" + _repeated("NĐ–CP–BTC–", n),
    "stars inside a run of letters": lambda n: _repeated("a*", n),
    "tabs at the head": lambda n: "\t" * min(n, 3400) + "\n" + _repeated("Căn cứ Nghị định số 9/2017/NĐ-CP. ", n),
}
ADVERSARIAL_SIZES = (20_000, 80_000)
# the same for word segmentation (underthesea), where one line without spaces grew with the square of its length
ADVERSARIAL_SEGMENTATION = {
    "segmentation of one line of '1-'": lambda n: _repeated("1-", n),
    "segmentation of one line of 'a.'": lambda n: _repeated("a.", n),
}


def scenario_adversarial() -> dict:
    """normalize + every extractor + the checks on each input of ADVERSARIAL, and word segmentation on each of
    ADVERSARIAL_SEGMENTATION, at 20 and 80 thousand characters."""
    from vnadmin.check import check_document
    from vnadmin.extract import ALL, extract
    from vnadmin.text import normalize
    from vnadmin.text.segment import Segmenter

    def extracted(text: str) -> None:
        extraction = extract(normalize(text).text, ALL)
        check_document(extraction.header, extraction.citations, extraction.dates)

    segment = Segmenter("underthesea", cache_lines=0).spans
    segment("khởi động")  # the model loads once per process: start-up work
    cases = {}
    for cases_of, run in ((ADVERSARIAL, extracted), (ADVERSARIAL_SEGMENTATION, segment)):
        for name, make in cases_of.items():
            seconds = []
            for size in ADVERSARIAL_SIZES:
                text = make(size)
                started = time.perf_counter()
                run(text)
                seconds.append(time.perf_counter() - started)
            cases[name] = {"small_s": seconds[0], "large_s": seconds[1], "ratio": seconds[1] / max(seconds[0], 1e-9)}
    return {"input": "; ".join([*ADVERSARIAL, *ADVERSARIAL_SEGMENTATION]), "cases": cases,
            "seconds": sum(c["large_s"] for c in cases.values()), "peak_rss_mb": _peak_rss_mb()}


SCENARIOS = {
    "extract": scenario_extract,
    "extract-real": scenario_extract_real,
    "ingest-reports-1": lambda: scenario_ingest_reports(1),
    "ingest-reports-2": lambda: scenario_ingest_reports(2),
    "ingest-reports-2-segment": lambda: scenario_ingest_reports(2, segment=True),
    "ingest-text-1": lambda: scenario_ingest_text(1),
    "ingest-text-2": lambda: scenario_ingest_text(2),
    "ingest-pdf-1": lambda: scenario_ingest_pdf(1),
    "ingest-pdf-2": lambda: scenario_ingest_pdf(2),
    "ocr": scenario_ocr,
    "ocr-turned": scenario_ocr_turned,
    "checks": scenario_checks,
    "segment": scenario_segment,
    "adversarial": scenario_adversarial,
    **{f"archive-{kind}-{how}": (lambda kind=kind, how=how: scenario_archive(kind, 1 if how == "1" else 2,
                                                                           dask=how == "dask"))
       for kind in ("text", "pdf", "scan") for how in ("1", "2", "dask")},
    "memory-10k": scenario_memory,
}
NEEDS_SHARED = {"extract-real", "ingest-text-1", "ingest-text-2", "ingest-pdf-1", "ingest-pdf-2", "ocr", "ocr-turned",
                "segment", "memory-10k",
                *(name for name in SCENARIOS if name.startswith("archive-"))}
KEYS = ("extract_mb_s", "extract_all_mb_s", "normalize_mb_s", "docs_s", "mb_s", "pages_s", "seconds", "peak_rss_mb",
        "overhead_clean_noisy", "supervisor_peak_mb", "worker_peak_mb")


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
    parser.add_argument("--report", action="store_true", help="print the table of the last results, run nothing")
    args = parser.parse_args()
    if args.report:
        print(markdown(json.loads((RESULTS / "latest.json").read_text())))
        return
    if args.one:
        print(json.dumps(SCENARIOS[args.one]()))
        return
    previous = json.loads((RESULTS / "latest.json").read_text()) if (RESULTS / "latest.json").exists() else {}
    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "scenarios": {}}
    if previous.get("machine") == results["machine"]:  # scenarios not run this time keep their last figures
        results["scenarios"] = {name: previous["scenarios"][name] for name in SCENARIOS
                                if name in previous.get("scenarios", {})}
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
        results["scenarios"][name] = {**runs[0], **median, **_per_part_medians(runs), "runs": len(runs)}
        print(f"{name}: " + ", ".join(f"{k} {v:.1f}" for k, v in median.items()), file=sys.stderr)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    print(markdown(results))


def _per_part_medians(runs: list[dict]) -> dict:
    """A scenario's figures by part (the ocr scenario's scans, ocr-turned's turns): each number the median of the
    runs, like the scenario's own figures; what is not a number (yes/no) as the first run gave it."""
    out = {}
    for key in ("scans", "turns", "cases"):
        if key in runs[0]:
            out[key] = {part: {field: statistics.median(r[key][part][field] for r in runs)
                               if isinstance(value, (int, float)) and not isinstance(value, bool) else value
                               for field, value in values.items()}
                        for part, values in runs[0][key].items()}
    return out


def markdown(results: dict) -> str:
    lines = [f"Machine: {results['machine']}; {results['date']}; median of the runs shown.", "",
             "| scenario | input | workers | median | peak RSS |", "|---|---|---|---|---|"]
    for name, r in results["scenarios"].items():
        if name == "ocr":
            for scan, v in r["scans"].items():
                lines.append(f"| `ocr` {scan} | {r['input']} | 2 | {v['seconds_per_page']:.2f} s/page (raw tesseract "
                             f"{v['raw_seconds_per_page']:.2f}, overhead {v['overhead'] * 100:+.0f} %); CER "
                             f"{v['cer'] * 100:.2f} % (raw {v['raw_cer'] * 100:.2f} %); {v['retried_pages']} pages "
                             f"retried | {r['peak_rss_mb']:.0f} MB |")
            continue
        if name == "ocr-turned":
            figure = "; ".join(f"{'upright' if turn == '0' else f'lying turned {turn}°'} {v['seconds']:.2f} s "
                               f"(number {'read' if v['number_read'] else 'missed'}"
                               + (", read turned" if v["read_turned"] else "") + ")"
                               for turn, v in r["turns"].items())
            lines.append(f"| `ocr-turned` | {r['input']} | 1 | {figure} ({r['runs']} runs) | "
                         f"{r['peak_rss_mb']:.0f} MB |")
            continue
        if name == "adversarial":
            figure = "; ".join(f"{case}: {v['small_s'] * 1000:.0f} → {v['large_s'] * 1000:.0f} ms (×{v['ratio']:.1f})"
                               for case, v in r["cases"].items())
            lines.append(f"| `adversarial` | each case at {ADVERSARIAL_SIZES[0]:,} → {ADVERSARIAL_SIZES[1]:,} "
                         f"characters | 1 | {figure} ({r['runs']} runs) | {r['peak_rss_mb']:.0f} MB |")
            continue
        if name == "segment":
            lines.append(f"| `segment` | {r['input']} | 1 | underthesea.word_tokenize {r['raw_chars_s'] / 1000:.0f} k "
                         f"chars/s; vnadmin {r['ours_chars_s'] / 1000:.0f} k chars/s "
                         f"({r['ours_chars_s'] / r['raw_chars_s']:.1f}× raw); with the line cache "
                         f"{r['cached_chars_s'] / 1000:.0f} k "
                         f"chars/s ({r['speedup_cached']:.1f}× raw); lines repeated: {r['repeat_rate'] * 100:.0f} % "
                         f"of characters ({r['runs']} runs) | {r['peak_rss_mb']:.0f} MB |")
            continue
        if name == "checks":
            lines.append(f"| `checks` | {r['input']} | 1 | {r['seconds']:.1f} s for the archive checks "
                         f"({r['findings']} findings) ({r['runs']} runs) | {r['peak_rss_mb']:.0f} MB |")
            continue
        if name == "memory-10k":
            points = "; ".join(f"after {int(k):,}: {v['supervisor']:.0f} MB + worker {v['worker']:.0f} MB"
                               for k, v in r["checkpoints"].items())
            last = list(r["checkpoints"].values())[-1]  # the run the checkpoints come from, not medians of others
            lines.append(f"| `memory-10k` | {r['input']} | 2 | {r['docs_s']:.0f} docs/s; peak RSS {points} "
                         f"(growth 1k→10k {r['growth_1k_to_10k'] * 100:+.0f} %) ({r['runs']} runs) | "
                         f"{last['supervisor']:.0f} + {last['worker']:.0f} MB |")
            continue
        if name.startswith("archive-"):
            kind, how = name.split("-")[1:]
            figure = (f"{r['docs_s']:.2f} docs/s, {r['mb_s']:.2f} MB/s, {r['pages_s']:.2f} pages/s" if kind == "scan"
                      else f"{r['docs_s']:.1f} docs/s, {r['mb_s']:.2f} MB/s"
                      + (f", {r['pages_s']:.0f} pages/s" if kind == "pdf" else ""))
            one = results["scenarios"].get(f"archive-{kind}-1")
            if how != "1" and one:
                figure += f"; scaling efficiency {r['docs_s'] / (2 * one['docs_s']):.2f}"
            workers = {"1": "1 (1 core)", "2": "2", "dask": "2 (Dask LocalCluster)"}[how]
            lines.append(f"| `{name}` | {r['input']} | {workers} | {figure} ({r['runs']} runs) | "
                         f"{r['peak_rss_mb']:.0f} MB |")
            continue
        if name in ("extract", "extract-real"):
            figure = (f"extract {r['extract_mb_s']:.1f} MB/s (header, citations, dates, outline, checks); "
                      f"{r['extract_all_mb_s']:.1f} MB/s with channels, difficulties, quantities; normalize "
                      f"{r['normalize_mb_s']:.1f} MB/s (one core)")
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
