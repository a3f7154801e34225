"""What `vnadmin ingest` refuses before it writes anything, and what it keeps right across runs: an operator's
mistakes (a typed path, the input given as the dataset, two runs at once, inputs that overlap) and what old
archives hold (names that are not UTF-8). Found by review in the twenty-sixth session; each test failed before."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import vnadmin
from conftest import CORPORA, SEED


def _vnadmin(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "vnadmin"), *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env=os.environ | {"COLUMNS": "200"})


def test_a_file_name_that_is_not_utf8_is_stored_and_resumed(tmp_path):
    """An old archive's names in CP1258 bytes ("Quy\\xeat định"): Arrow refused the name, the worker and then the
    supervisor crashed, and the whole run stopped (every rerun too)."""
    folder = tmp_path / "in"
    folder.mkdir()
    report = (SEED / "3457-BC-UBND.txt").read_bytes()
    (folder / "a.txt").write_bytes(report)
    with open(os.path.join(os.fsencode(folder), b"Quy\xeat_dinh.txt"), "wb") as handle:
        handle.write(report)
    out = tmp_path / "out"
    first = _vnadmin("ingest", folder, "-o", out, "--no-progress", "--no-segment")
    assert first.returncode == 0, first.stderr
    paths = sorted(Path(p).name for p in vnadmin.open_dataset(out).documents.path)
    assert paths == ["Quy\\xeat_dinh.txt", "a.txt"]
    assert "0 documents processed, 2 already in the dataset" in _vnadmin("ingest", folder, "-o", out,
                                                                         "--no-progress").stdout


@pytest.mark.parametrize("case", ["missing input", "dataset folder is the input", "input inside the dataset",
                                  "dataset folder holds other files", "dataset folder is a file"])
def test_a_run_that_cannot_be_what_was_meant_is_refused_before_anything_is_written(tmp_path, case):
    """A typed path that is not there was recorded as a failed document; the input given as the dataset folder was
    left out as the dataset's own files, a run of nothing that exited 0; a folder of the user's own files got the
    tables mixed into it."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "notes.txt").write_text("ghi chú", encoding="utf-8")
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    inputs, out, says = {
        "missing input": ([tmp_path / "typo"], tmp_path / "out", "no such file or folder"),
        "dataset folder is the input": ([folder], folder, "is the dataset folder"),
        "input inside the dataset": ([folder], tmp_path, "is the dataset folder"),
        "dataset folder holds other files": ([folder], tmp_path / "notes", "holds other files than a dataset"),
        "dataset folder is a file": ([folder], tmp_path / "file.txt", "is a file"),
    }[case]
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = _vnadmin("ingest", *inputs, "-o", out, "--no-progress")
    assert result.returncode == 2 and says in " ".join(result.stderr.split()) and "Traceback" not in result.stderr
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_an_empty_input_folder_is_said(tmp_path):
    (tmp_path / "empty").mkdir()
    result = _vnadmin("ingest", tmp_path / "empty", "-o", tmp_path / "out", "--no-progress")
    assert result.returncode == 0 and "no file found under the inputs" in result.stderr


def test_inputs_that_overlap_give_each_file_once(tmp_path):
    """"ingest docs docs docs/a.txt" wrote the file three times (its citations tripled)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "a.txt")
    shutil.copy(CORPORA / "written" / sorted(p.name for p in (CORPORA / "written").glob("*.txt"))[0], folder / "b.txt")
    result = _vnadmin("ingest", "docs", "docs", "docs/a.txt", "./docs/b.txt", tmp_path / "docs", "-o", "out",
                      "--no-progress", "--no-segment", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(vnadmin.open_dataset(tmp_path / "out").documents) == 2


def test_a_folder_given_relative_then_absolute_is_not_read_again(tmp_path):
    """The dataset keyed its files by the path as given: "ingest docs" in /work then "ingest /work/docs" read every
    file again, and each was in the tables twice, under both spellings. A file changed since replaces its rows under
    either spelling."""
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "a.txt")
    shutil.copy(CORPORA / "written" / sorted(p.name for p in (CORPORA / "written").glob("*.txt"))[0], folder / "b.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert _vnadmin("ingest", "docs", "-o", "out", "--no-progress", "--no-segment", cwd=tmp_path).returncode == 0
    again = _vnadmin("ingest", folder, "-o", tmp_path / "out", "--no-progress", "--no-segment", cwd=elsewhere)
    assert "0 documents processed, 2 already in the dataset" in again.stdout, again.stdout + again.stderr
    (folder / "b.txt").write_text("Số: 12/BC-UBND\nBÁO CÁO\nvề một việc đã sửa", encoding="utf-8")
    changed = _vnadmin("ingest", folder, "-o", tmp_path / "out", "--no-progress", "--no-segment", cwd=elsewhere)
    assert "1 documents processed, 1 already in the dataset" in changed.stdout, changed.stdout + changed.stderr
    documents = vnadmin.open_dataset(tmp_path / "out").documents
    assert sorted(documents.path) == [str(folder / "b.txt"), "docs/a.txt"]
    assert list(documents[documents.path == str(folder / "b.txt")].number) == ["12/BC-UBND"]


def test_a_dataset_written_before_its_manifest_kept_the_runs_folder_is_read_as_before(tmp_path):
    """Parts written before the manifest kept each run's folder: their paths are matched as spelled, from whatever
    folder vnadmin runs in (the views must not depend on it): the same spelling is the same file, an absolute one
    is read again, as it was."""
    import json

    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "a.txt")
    assert _vnadmin("ingest", "docs", "-o", "out", "--no-progress", "--no-segment", cwd=tmp_path).returncode == 0
    manifest = tmp_path / "out" / "manifest.jsonl"
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    assert all(entry.pop("base") == str(tmp_path) for entry in entries)
    manifest.write_text("".join(json.dumps(entry, ensure_ascii=False) + "\n" for entry in entries), encoding="utf-8")
    again = _vnadmin("ingest", "./docs", "-o", "out", "--no-progress", "--no-segment", cwd=tmp_path)
    assert "0 documents processed, 1 already in the dataset" in again.stdout, again.stdout + again.stderr
    absolute = _vnadmin("ingest", folder, "-o", "out", "--no-progress", "--no-segment", cwd=tmp_path)
    assert "1 documents processed, 0 already in the dataset" in absolute.stdout, absolute.stdout + absolute.stderr


def test_regression_a_project_moved_to_another_folder_is_not_read_again(tmp_path):
    """Keyed by absolute paths alone, a project ingested as "ingest docs -o out" and moved (a CI checkout, a container
    mounting it elsewhere) was read again in full, and every document stood twice in the views (review of the
    change). Its files keep their spelling as given as one of their names."""
    project = tmp_path / "A"
    (project / "docs").mkdir(parents=True)
    shutil.copy(SEED / "3457-BC-UBND.txt", project / "docs" / "a.txt")
    assert _vnadmin("ingest", "docs", "-o", "out", "--no-progress", "--no-segment", cwd=project).returncode == 0
    moved = tmp_path / "B"
    project.rename(moved)
    (moved / "docs" / "b.txt").write_text("Số: 12/BC-UBND\nBÁO CÁO\nvề một việc", encoding="utf-8")
    again = _vnadmin("ingest", "docs", "-o", "out", "--no-progress", "--no-segment", cwd=moved)
    assert "1 documents processed, 1 already in the dataset" in again.stdout, again.stdout + again.stderr
    assert sorted(vnadmin.open_dataset(moved / "out").documents.path) == ["docs/a.txt", "docs/b.txt"]


def test_a_second_run_writing_the_same_dataset_is_refused(tmp_path):
    """Two runs into one dataset numbered their parts alike and overwrote each other's: documents lost, others
    counted twice, and both said they succeeded. The writer holds a lock on the dataset for as long as it runs."""
    from vnadmin.dataset import DatasetWriter

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder)
    writer = DatasetWriter(tmp_path / "out")
    try:
        result = _vnadmin("ingest", folder, "-o", tmp_path / "out", "--no-progress")
        assert result.returncode == 1 and "another run is writing" in result.stderr
    finally:
        writer.close()
    assert _vnadmin("ingest", folder, "-o", tmp_path / "out", "--no-progress").returncode == 0  # released


def test_a_part_missing_on_disk_is_said_and_its_documents_are_read_again(tmp_path):
    """A copy of a dataset that left a part out: status counted the documents that were left, a rerun said the
    missing ones were done, and their citations stayed in the views (review)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for index, path in enumerate(sorted((CORPORA / "written").glob("*.txt"))[:4]):
        shutil.copy(path, folder / f"{index}.txt")
    out = tmp_path / "out"
    assert _vnadmin("ingest", folder, "-o", out, "--no-progress", "--no-segment", "--part-size", "2").returncode == 0
    (out / "documents" / "part-000002.parquet").unlink()
    assert len(vnadmin.open_dataset(out).documents) == 2
    assert set(vnadmin.open_dataset(out).citations.path) == set(vnadmin.open_dataset(out).documents.path)
    status = _vnadmin("status", out)
    assert "1 part(s) the manifest lists are not on disk (part-000002): their 2 documents" in " ".join(
        status.stderr.split())
    rerun = _vnadmin("ingest", folder, "-o", out, "--no-progress", "--no-segment")
    assert "2 documents processed, 2 already in the dataset" in rerun.stdout
    assert len(vnadmin.open_dataset(out).documents) == 4


def test_a_dataset_inside_the_inputs_is_not_read_as_documents(tmp_path):
    """Another dataset in the input tree: its Parquet parts and manifest became failed rows (review)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder)
    assert _vnadmin("ingest", folder, "-o", folder / "old-dataset", "--no-progress", "--no-segment").returncode == 0
    out = tmp_path / "out"
    result = _vnadmin("ingest", folder, "-o", out, "--no-progress", "--no-segment")
    assert result.returncode == 0, result.stdout
    assert [Path(p).name for p in vnadmin.open_dataset(out).documents.path] == ["3457-BC-UBND.txt"]


@pytest.mark.parametrize("option", [["--workers", "0"], ["--part-size", "-5"], ["--timeout", "0"],
                                    ["--memory-mb", "0"]])
def test_limits_that_cannot_be_are_usage_errors(tmp_path, option):
    """They were taken, and every document then failed ("not done after -1 s")."""
    result = _vnadmin("ingest", SEED / "3457-BC-UBND.txt", "-o", tmp_path / "out", *option)
    assert result.returncode == 2 and not (tmp_path / "out").exists()


def test_the_lock_is_released_when_a_run_fails_before_its_first_document(tmp_path):
    """A run that failed while it listed its sources (Ctrl-C while a rerun hashes the files) kept the lock until
    the writer was collected: the next run in the same process was refused (review)."""
    from vnadmin.pipelines import load
    from vnadmin.run.ingest import run_ingest

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder)
    pipeline = load("default").without_segmentation()
    with pytest.raises(ZeroDivisionError) as kept:  # the traceback, kept, holds the writer's frame
        run_ingest([folder], tmp_path / "out", workers=1, pipeline=pipeline, on_start=lambda todo: 1 / 0)
    assert run_ingest([folder], tmp_path / "out", workers=1, pipeline=pipeline).processed == 1
    del kept  # (held until here, as a notebook holds its last traceback)


def test_a_dataset_given_as_an_input_is_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder)
    assert _vnadmin("ingest", folder, "-o", tmp_path / "ds", "--no-progress", "--no-segment").returncode == 0
    result = _vnadmin("ingest", tmp_path / "ds", "-o", tmp_path / "ds2", "--no-progress")
    assert result.returncode == 2 and "is a vnadmin dataset" in result.stderr


def _as_unprivileged():
    """A preexec_fn that makes the child an ordinary user when the tests run as root (CI does): permissions do
    not bite root."""
    if os.geteuid() != 0:
        return None

    def drop():
        os.setgid(65534)
        os.setuid(65534)
    return drop


@pytest.fixture
def open_folder():
    """A folder every user can write (pytest's own is its user's alone), removed afterwards."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="vnadmin-perm-"))
    folder.chmod(0o777)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


def test_regression_a_folder_that_cannot_be_listed_gets_a_row_and_the_batch_goes_on(open_folder):
    """One folder without permissions anywhere in the archive stopped the whole run with a traceback, nothing
    ingested (the dataset check raised on it); one that could be searched but not listed lost its files without a
    word. The folder now gets a failed row (unreadable_folder), the other files are read, and once it can be
    listed a rerun reads its files and its row goes."""
    folder = open_folder / "in"
    for name in ("open", "locked", "unlisted"):
        (folder / name).mkdir(parents=True)
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "open" / "a.txt")
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "locked" / "b.txt")
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "unlisted" / "c.txt")
    (folder / "locked").chmod(0o000)
    (folder / "unlisted").chmod(0o111)
    out = open_folder / "out"
    command = [str(Path(sys.executable).parent / "vnadmin"), "ingest", "in", "-o", "out", "--no-progress",
               "--no-segment", "--workers", "1"]
    env = os.environ | {"HOME": str(open_folder), "COLUMNS": "200"}
    first = subprocess.run(command, cwd=open_folder, env=env, capture_output=True, text=True,
                           preexec_fn=_as_unprivileged())
    assert first.returncode == 4 and "Traceback" not in first.stderr, first.stdout + first.stderr
    documents = vnadmin.open_dataset(out).documents.set_index("path")
    assert sorted(documents.index) == ["in/locked", "in/open/a.txt", "in/unlisted"]
    assert list(documents.loc[["in/locked", "in/unlisted"], "error_code"]) == ["unreadable_folder"] * 2
    assert "permission denied" in documents.loc["in/locked", "error"]
    for name in ("locked", "unlisted"):
        (folder / name).chmod(0o755)
    again = subprocess.run(command, cwd=open_folder, env=env, capture_output=True, text=True,
                           preexec_fn=_as_unprivileged())
    assert again.returncode == 0, again.stdout + again.stderr
    documents = vnadmin.open_dataset(out).documents
    assert sorted(documents.path) == ["in/locked/b.txt", "in/open/a.txt", "in/unlisted/c.txt"]
    assert set(documents.status) == {"ok"}
    assert "0 documents processed" in subprocess.run(command, cwd=open_folder, env=env, capture_output=True,
                                                     text=True, preexec_fn=_as_unprivileged()).stdout


def test_regression_a_named_pipe_called_zip_does_not_hang_the_run(tmp_path):
    """A named pipe named x.zip was opened to see whether it is a ZIP: the listing blocked until something wrote
    to it, and the run (and --dry-run) hung with the dataset locked."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "a.txt")
    os.mkfifo(folder / "pipe.zip")
    result = subprocess.run([str(Path(sys.executable).parent / "vnadmin"), "ingest", folder, "-o", tmp_path / "out",
                             "--no-progress", "--no-segment"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 4
    documents = vnadmin.open_dataset(tmp_path / "out").documents.set_index("path")
    assert documents.loc[str(folder / "pipe.zip"), "error_code"] == "not_regular_file"


def test_regression_a_dataset_that_cannot_be_written_is_said_without_a_traceback(open_folder):
    """A full disk or a dataset folder without write permission ended the run with one or two tracebacks of 50 to
    150 lines (review): it is said in one message, exit 1, and what was committed stays."""
    folder = open_folder / "in"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "a.txt")
    out = open_folder / "out"
    out.mkdir(mode=0o555)
    out.chmod(0o555)
    if os.geteuid() == 0:
        os.chown(out, 0, 0)
    result = subprocess.run([str(Path(sys.executable).parent / "vnadmin"), "ingest", "in", "-o", "out",
                             "--no-progress", "--no-segment"], cwd=open_folder, capture_output=True, text=True,
                            env=os.environ | {"HOME": str(open_folder), "COLUMNS": "200"},
                            preexec_fn=_as_unprivileged())
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "the dataset cannot be written (Permission denied" in " ".join(result.stderr.split())


def test_regression_a_full_disk_is_said_and_the_rerun_resumes(tmp_path):
    """The run on a full disk: one message, exit 1; once there is room the same command completes the dataset."""
    small = tmp_path / "small"
    small.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(small)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root and a tmpfs mount to fill a disk")
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        for index, path in enumerate(sorted((CORPORA / "written").glob("*.txt"))):
            shutil.copy(path, folder / f"{index:02d}.txt")
        (small / "ballast").write_bytes(b"\0" * 500_000)
        command = ["ingest", folder, "-o", small / "out", "--no-progress", "--no-segment", "--part-size", "2"]
        full = _vnadmin(*command)
        assert full.returncode == 1 and "Traceback" not in full.stderr, full.stderr
        assert "No space left on device" in " ".join(full.stderr.split())
        (small / "ballast").unlink()
        assert _vnadmin(*command).returncode == 0
        documents = vnadmin.open_dataset(small / "out").documents
        assert len(documents) == len(set(documents.path)) == len(list(folder.iterdir()))
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)


def test_regression_an_input_that_cannot_be_read_is_not_blamed_on_the_dataset(open_folder):
    """An unreadable .vnadminignore in an input folder stopped the run with "the dataset cannot be written" (review
    of the change): an input's problem is not the dataset's. The file ignores nothing; the folder is read."""
    folder = open_folder / "docs"
    folder.mkdir()
    shutil.copy(SEED / "3457-BC-UBND.txt", folder / "a.txt")
    (folder / ".vnadminignore").write_text("*.pdf\n", encoding="utf-8")
    (folder / ".vnadminignore").chmod(0o000)
    result = subprocess.run([str(Path(sys.executable).parent / "vnadmin"), "ingest", "docs", "-o", "out",
                             "--no-progress", "--no-segment"], cwd=open_folder, capture_output=True, text=True,
                            env=os.environ | {"HOME": str(open_folder), "COLUMNS": "200"},
                            preexec_fn=_as_unprivileged())
    assert result.returncode == 0 and "cannot be written" not in result.stderr, result.stderr
    assert list(vnadmin.open_dataset(open_folder / "out").documents.path) == ["docs/a.txt"]
