"""`vnadmin ingest --retry failed`: documents an earlier run could not read are read again (after a limit was
raised, a converter installed ...), and their new rows replace the old ones in every view."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import CORPORA, ROOT, dataset_rows
from vnadmin.dataset import connect, open_dataset, read_manifest
from vnadmin.pipelines import load
from vnadmin.run.ingest import run_ingest

TEXTS = sorted((CORPORA / "written").glob("*.txt"))[:3]
PIPELINE = load("default").without_segmentation()
TOO_SMALL = PIPELINE.with_limits(max_file_mb=0)  # every file is too large: each becomes a failed row


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in TEXTS:
        shutil.copyfile(path, folder / path.name)
    return folder


def test_retry_failed_replaces_the_failed_rows(tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "out"
    first = run_ingest([folder], out, workers=1, pipeline=TOO_SMALL)
    assert first.status == {"failed": 3} and first.exit_code == 4
    assert sorted(open_dataset(out).errors.error_code) == ["too_large"] * 3
    # refused unread, with their size (it was 0: review, twenty-sixth session)
    assert sorted(open_dataset(out).documents.size_bytes) == sorted(path.stat().st_size for path in TEXTS)

    again = run_ingest([folder], out, workers=1, pipeline=PIPELINE)  # without --retry: done is done
    assert again.processed == 0 and again.skipped_status == {"failed": 3} and again.exit_code == 4

    retried = run_ingest([folder], out, workers=1, pipeline=PIPELINE, retry=("failed",))
    assert retried.processed == 3 and retried.status == {"ok": 3} and retried.exit_code == 0
    dataset = open_dataset(out)
    assert sorted(dataset.documents.status) == ["ok"] * 3
    assert len(dataset.errors) == 0  # the too_large rows are gone from the views
    assert len(dataset.citations) > 0
    manifest = read_manifest(out)
    assert len(manifest) == 2  # the failed rows stay on disk, in the first part
    assert (out / "errors" / f"{manifest[0]['part']}.parquet").exists()

    # the views are those of a dataset that read the files right the first time
    fresh = tmp_path / "fresh"
    run_ingest([folder], fresh, workers=1, pipeline=PIPELINE)
    assert dataset_rows(out) == dataset_rows(fresh)

    last = run_ingest([folder], out, workers=1, pipeline=PIPELINE, retry=("failed",))
    assert last.processed == 0 and last.skipped_status == {"ok": 3} and last.exit_code == 0


def test_retry_touches_only_the_statuses_asked(tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "out"
    run_ingest([folder], out, workers=1, pipeline=TOO_SMALL)
    partial_only = run_ingest([folder], out, workers=1, pipeline=PIPELINE, retry=("partial",))
    assert partial_only.processed == 0 and partial_only.skipped_status == {"failed": 3}


def test_superseded_rows_are_left_out_of_every_view_and_sql(tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "out"
    run_ingest([folder], out, workers=1, pipeline=TOO_SMALL)
    run_ingest([folder], out, workers=1, pipeline=PIPELINE, retry=("failed",))
    con = connect(out)
    try:
        counts = con.execute("SELECT status, count(*) FROM documents GROUP BY ALL").fetchall()
        assert counts == [("ok", 3)]
        assert con.execute("SELECT count(DISTINCT doc_id) = count(*) FROM texts").fetchone() == (True,)
        columns = [row[0] for row in con.execute("DESCRIBE documents").fetchall()]
        assert "filename" not in columns  # the part a row comes from is not a column of the views
    finally:
        con.close()


def test_retry_from_the_command_line(tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "out"
    run_ingest([folder], out, workers=1, pipeline=TOO_SMALL)
    vnadmin = str(Path(sys.executable).parent / "vnadmin")
    env = os.environ | {"COLUMNS": "200"}
    base = [vnadmin, "ingest", str(folder), "-o", str(out), "--workers", "1", "--no-segment", "--no-progress"]
    refused = subprocess.run([*base, "--retry", "ok"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert refused.returncode == 2 and "--retry takes failed or partial" in refused.stderr
    result = subprocess.run([*base, "--retry", "failed"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 documents processed, 0 already in the dataset" in result.stdout


def test_which_rows_a_later_part_replaces():
    from vnadmin.dataset import superseded

    def part(name, *documents):
        return {"part": name, "documents": [list(d) for d in documents]}

    manifest = [part("part-000001", ("a", "x.txt", "failed"), ("", "y.txt", "failed"), ("c", "z.txt", "ok")),
                part("part-000002", ("a", "x.txt", "ok"), ("b", "y.txt", "ok"), ("d", "z.txt", "ok"))]
    # the same document read again, an unreadable file read at last, and a file whose content changed (c → d: a
    # damaged copy replaced, a text edited) are replaced: the dataset holds each path as it is now. (Until the
    # twenty-sixth session a changed file kept both versions in the views: two rows for one file, the old
    # failure still counted and offered to --retry, which then did nothing.)
    assert superseded(manifest) == [("part-000001", "a", "x.txt"), ("part-000001", "", "y.txt"),
                                    ("part-000001", "c", "z.txt")]
    assert superseded(manifest[:1]) == []


def test_dry_run_says_what_would_be_read_and_writes_nothing(tmp_path):
    from vnadmin.run.ingest import plan_ingest

    folder, out = _folder(tmp_path), tmp_path / "out"
    fresh = plan_ingest([folder], out)
    assert (fresh.total, len(fresh.todo), sum(fresh.skipped.values())) == (3, 3, 0)
    assert fresh.formats == {".txt": 3} and fresh.todo_bytes == sum(p.stat().st_size for p in TEXTS)
    assert not out.exists()  # nothing written, not even the folder

    run_ingest([folder], out, workers=1, pipeline=TOO_SMALL)
    (folder / "new.txt").write_text("Số: 1/BC-UBND\n", encoding="utf-8")
    manifest = (out / "manifest.jsonl").read_bytes()
    later = plan_ingest([folder], out)
    assert (later.total, later.todo, later.skipped) == (4, [str(folder / "new.txt")], {"failed": 3})
    assert len(plan_ingest([folder], out, retry=("failed",)).todo) == 4
    assert (out / "manifest.jsonl").read_bytes() == manifest

    vnadmin = str(Path(sys.executable).parent / "vnadmin")
    result = subprocess.run([vnadmin, "ingest", str(folder), "-o", str(out), "--dry-run"], capture_output=True,
                            text=True, cwd=ROOT, env=os.environ | {"COLUMNS": "200"})
    assert result.returncode == 0
    assert "4 files under the inputs: 1 to read" in result.stdout and "3 already in" in result.stdout
    assert "(3 failed)" in result.stdout and "nothing was read or written" in result.stdout
    assert (out / "manifest.jsonl").read_bytes() == manifest


def test_status_of_a_dataset(tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "out"
    run_ingest([folder], out, workers=1, pipeline=TOO_SMALL)
    vnadmin = str(Path(sys.executable).parent / "vnadmin")
    env = os.environ | {"COLUMNS": "200"}
    result = subprocess.run([vnadmin, "status", str(out)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert "3 documents, 0 citations, in 1 part written" in result.stdout
    assert "too_large" in result.stdout and "--retry failed" in result.stdout
    run_ingest([folder], out, workers=1, pipeline=PIPELINE, retry=("failed",))
    result = subprocess.run([vnadmin, "status", str(out)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert "3 documents" in result.stdout and "in 2 parts" in result.stdout
    assert "3 earlier rows replaced (read again with --retry" in " ".join(result.stdout.split())
    assert "Once their cause is fixed" not in result.stdout
    missing = subprocess.run([vnadmin, "status", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert missing.returncode == 2 and "not a vnadmin dataset" in missing.stderr


def test_a_file_replaced_by_a_good_copy_replaces_its_failed_row(tmp_path):
    """An operator replaces a damaged DOCX with a good copy and runs the same command again: the views hold the
    good document only, and status no longer counts the failure. (Found by review, twenty-sixth session.)"""
    from conftest import SEED

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    good = (SEED / "3457-BC-UBND.docx").read_bytes()
    (folder / "report.docx").write_bytes(good[:20_000])
    assert run_ingest([folder], out, workers=1, pipeline=PIPELINE).status == {"failed": 1}
    (folder / "report.docx").write_bytes(good)
    summary = run_ingest([folder], out, workers=1, pipeline=PIPELINE)
    assert summary.status == {"ok": 1} and summary.exit_code == 0
    documents = open_dataset(out).documents
    assert list(documents.status) == ["ok"] and documents.number.tolist() == ["3457/BC-UBND"]
    assert len(open_dataset(out).errors) == 0
    assert run_ingest([folder], out, workers=1, pipeline=PIPELINE).processed == 0  # held as it is now
