"""A batch never loses a document: pathological files become failed rows with their reason, stopped or crashed
workers are replaced, and a Dask run gives the same tables as a local one. Real files, real processes."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import badfiles
from conftest import CORPORA, SEED, dataset_rows
from vnadmin.dataset import open_dataset
from vnadmin.pipelines import DEFAULT
from vnadmin.run.ingest import EXIT_FAILED, run_ingest

FAST = DEFAULT.without_segmentation()


def _write_reports(folder: Path, count: int, first: int = 1) -> list[Path]:
    paths = []
    for seq in range(first, first + count):
        path = folder / f"z-report-{seq:03d}.txt"
        path.write_text(badfiles.report(seq), encoding="utf-8")
        paths.append(path)
    return paths


def _documents(out: Path):
    return open_dataset(out).documents.set_index("path")


@pytest.mark.slow
def test_pathological_files_become_failed_rows_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-pdf-bomb.pdf").write_bytes(badfiles.pdf_bomb(300))
    (inputs / "b-5000-pages.pdf").write_bytes(badfiles.many_pages_pdf(5000))
    (inputs / "c-20000x20000.png").write_bytes(badfiles.huge_png(20_000))
    (inputs / "d-docx-bomb.docx").write_bytes(badfiles.zip_bomb("word/document.xml", 600))
    (inputs / "e-one-line.txt").write_bytes(b"a" * (50 << 20))
    good = _write_reports(inputs, 4)
    summary = run_ingest([inputs], tmp_path / "out", workers=2, pipeline=FAST.with_limits(memory_mb=1024))
    documents = _documents(tmp_path / "out")
    expected = {"a-pdf-bomb.pdf": ("memory_limit", "1024 MB"), "b-5000-pages.pdf": ("too_many_pages", "5,000 pages"),
                "c-20000x20000.png": ("image_too_large", "20,000 × 20,000"),
                "d-docx-bomb.docx": ("zip_bomb", "word/document.xml expands to 629,145,600 bytes"),
                "e-one-line.txt": ("line_too_long", "52,428,800 characters")}
    for name, (code, said) in expected.items():
        row = documents.loc[str(inputs / name)]
        assert (row.status, row.error_code) == ("failed", code), name
        assert said in row.error, (name, row.error)
    for path in good:  # read after the bomb: the pool survived it
        assert documents.loc[str(path)].status == "ok"
        assert documents.loc[str(path)].number.endswith("/BC-UBND")
    assert len(documents) == 9 and summary.exit_code == EXIT_FAILED
    assert summary.worker_restarts == 1
    assert documents.loc[str(inputs / "a-pdf-bomb.pdf")].doc_id  # hashed, so a rerun skips it


@pytest.mark.slow
def test_a_document_past_the_timeout_is_stopped_and_the_next_ones_are_read(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.scan-clean-300dpi.pdf", inputs / "a-scan.pdf")  # OCR: seconds
    good = _write_reports(inputs, 3)
    started = time.monotonic()
    run_ingest([inputs], tmp_path / "out", workers=1, pipeline=FAST.with_limits(timeout_s=1))
    documents = _documents(tmp_path / "out")
    row = documents.loc[str(inputs / "a-scan.pdf")]
    assert (row.status, row.error_code) == ("failed", "timeout")
    assert "1 s" in row.error
    assert all(documents.loc[str(p)].status == "ok" for p in good)
    assert time.monotonic() - started < 30


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.slow
def test_a_worker_killed_from_outside_costs_one_document_not_the_batch(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.scan-clean-300dpi.pdf", inputs / "a-scan.pdf")
    good = _write_reports(inputs, 3)
    result = {}
    runner = threading.Thread(target=lambda: result.update(
        summary=run_ingest([inputs], tmp_path / "out", workers=1, pipeline=FAST)))
    before = set(_children(os.getpid()))
    runner.start()
    deadline = time.monotonic() + 20
    workers = []
    while not workers and time.monotonic() < deadline:
        workers = [pid for pid in _children(os.getpid()) if pid not in before]
        time.sleep(0.05)
    assert workers, "no worker process appeared"
    time.sleep(1.0)  # it is reading the scan (OCR takes a few seconds)
    os.kill(workers[0], signal.SIGKILL)
    runner.join(60)
    documents = _documents(tmp_path / "out")
    row = documents.loc[str(inputs / "a-scan.pdf")]
    assert (row.status, row.error_code) == ("failed", "worker_crashed")
    assert "signal 9" in row.error
    assert all(documents.loc[str(p)].status == "ok" for p in good)
    assert result["summary"].worker_restarts == 1


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_tables_as_a_local_run(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(CORPORA / "written", inputs, ignore=shutil.ignore_patterns("*.gold.json"))
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "one-line.txt").write_bytes(b"x" * 2_000_000)
    pipeline = FAST.with_limits(max_line_chars=1_000_000)
    local = run_ingest([inputs], tmp_path / "local", workers=2, pipeline=pipeline)
    dask = run_ingest([inputs], tmp_path / "dask", workers=2, pipeline=pipeline, dask="local")
    assert dask.status == local.status and dask.processed == local.processed == 12
    assert dataset_rows(tmp_path / "dask") == dataset_rows(tmp_path / "local")


@pytest.mark.slow
def test_dask_workers_stop_a_document_past_the_memory_cap(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-pdf-bomb.pdf").write_bytes(badfiles.pdf_bomb(300))
    good = _write_reports(inputs, 2)
    summary = run_ingest([inputs], tmp_path / "out", workers=2, pipeline=FAST.with_limits(memory_mb=1024),
                         dask="local")
    documents = _documents(tmp_path / "out")
    assert documents.loc[str(inputs / "a-pdf-bomb.pdf")].error_code == "memory_limit"
    assert summary.worker_restarts == 1  # the Dask worker's own process, killed and replaced
    assert all(documents.loc[str(p)].status == "ok" for p in good)


@pytest.mark.slow
def test_parse_reads_each_file_under_the_limits(tmp_path):
    """`vnadmin parse` reads in a supervised worker too: a PDF bomb past --memory-mb is a failed document with
    its reason, and the file after it is parsed."""
    import json

    bomb = tmp_path / "a-pdf-bomb.pdf"
    bomb.write_bytes(badfiles.pdf_bomb(300))
    report = CORPORA / "seed" / "3457-BC-UBND.txt"
    vnadmin = str(Path(sys.executable).parent / "vnadmin")
    result = subprocess.run([vnadmin, "parse", "--json", "--no-segment", "--memory-mb", "1024", str(bomb),
                             str(report)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 4, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["source"], first["status"], first["error_code"]) == (str(bomb), "failed", "memory_limit")
    assert second["status"] == "ok" and second["header"]["number"] == "3457/BC-UBND"
