"""A run killed with SIGKILL at any moment and started again gives exactly the tables of an uninterrupted run:
parts are committed by the manifest, a rerun skips what is committed and does the rest."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import badfiles
from conftest import ROOT, dataset_rows
from vnadmin.dataset import MANIFEST, read_manifest

VNADMIN = str(Path(sys.executable).parent / "vnadmin")
DOCUMENTS = 120


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for seq in range(DOCUMENTS):
        sub = folder / f"nam-{2020 + seq % 4}"
        sub.mkdir(exist_ok=True)
        (sub / f"bao cáo {seq:03d}.txt").write_text(badfiles.report(seq + 1), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")  # a failed row must survive a kill too
    return folder


def _ingest(archive: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([VNADMIN, "ingest", str(archive), "-o", str(out), "--no-progress", "--no-segment",
                             "--workers", "2", "--part-size", "4"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def _finish(archive: Path, out: Path) -> subprocess.CompletedProcess:
    result = subprocess.run([VNADMIN, "ingest", str(archive), "-o", str(out), "--no-progress", "--no-segment",
                             "--workers", "2", "--part-size", "4"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 4, result.stderr  # 4: the empty file failed, as it should
    return result


def _kill_when(process: subprocess.Popen, ready, timeout: float = 60) -> None:
    """SIGKILL the run and its workers (as a power cut would) as soon as ``ready()`` holds."""
    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.002)
    assert process.poll() is None, "the run ended before the moment to kill it"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _parts(out: Path) -> int:
    return len(read_manifest(out))


def _writing(out: Path) -> bool:
    return any(out.glob("*/.part-*.tmp"))


@pytest.fixture(scope="module")
def reference(archive, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("reference") / "out"
    _finish(archive, out)
    return dataset_rows(out)


@pytest.mark.slow
@pytest.mark.parametrize("moment", [
    "at-start", "after-first-part", "while-writing-a-part", "after-several-parts", "twice",
])
def test_killed_run_resumes_to_the_same_tables(archive, reference, tmp_path, moment):
    out = tmp_path / "out"
    process = _ingest(archive, out)
    if moment == "at-start":
        time.sleep(0.3)
        _kill_when(process, lambda: True)
    elif moment == "after-first-part":
        _kill_when(process, lambda: _parts(out) >= 1)
    elif moment == "while-writing-a-part":
        _kill_when(process, lambda: _writing(out) or _parts(out) >= 6)
    elif moment == "after-several-parts":
        _kill_when(process, lambda: _parts(out) >= 10)
    else:
        _kill_when(process, lambda: _parts(out) >= 3)
        committed = _parts(out)
        process = _ingest(archive, out)
        _kill_when(process, lambda: _parts(out) >= committed + 3)
    committed = _parts(out)
    result = _finish(archive, out)
    if committed:
        assert "already in the dataset" in result.stdout and not result.stdout.startswith(f"{DOCUMENTS + 1} docu")
    assert dataset_rows(out) == reference
    documents = [pair for entry in read_manifest(out) for pair in entry["documents"]]
    assert len(documents) == len(set(map(tuple, documents))) == DOCUMENTS + 1  # none lost, none twice


@pytest.mark.slow
def test_a_manifest_line_torn_by_a_crash_is_not_committed(archive, reference, tmp_path):
    out = tmp_path / "out"
    _kill_when(_ingest(archive, out), lambda: _parts(out) >= 2)
    with open(out / MANIFEST, "ab") as manifest:  # what a crash in the middle of an append leaves
        manifest.write(b'{"part": "part-000099", "documents": [["abc", "x.txt"]')
    assert len(read_manifest(out)) == _parts(out)
    _finish(archive, out)
    assert dataset_rows(out) == reference
    assert all(line.endswith(b"}") for line in (out / MANIFEST).read_bytes().splitlines())


@pytest.mark.slow
def test_a_rerun_skips_everything_and_a_new_file_is_picked_up(archive, reference, tmp_path):
    out = tmp_path / "out"
    _finish(archive, out)
    again = _finish(archive, out)
    assert again.stdout.startswith("0 documents processed")
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "new.txt").write_text(badfiles.report(9999), encoding="utf-8")
    result = subprocess.run([VNADMIN, "ingest", str(archive), str(extra), "-o", str(out), "--no-progress",
                             "--no-segment"], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.startswith("1 documents processed"), result.stdout
    assert len(dataset_rows(out)["documents"]) == DOCUMENTS + 2


@pytest.mark.slow
def test_ctrl_c_commits_what_is_done_and_exits_130(archive, reference, tmp_path):
    out = tmp_path / "out"
    process = subprocess.Popen([VNADMIN, "ingest", str(archive), "-o", str(out), "--no-progress", "--no-segment",
                                "--workers", "2", "--part-size", "4"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while _parts(out) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "run the same command again to resume" in stderr
    assert _parts(out) >= 2
    _finish(archive, out)
    assert dataset_rows(out) == reference


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the dropped KeyboardInterrupt
def test_regression_ctrl_c_during_a_finalizer_is_not_lost(tmp_path):
    """A SIGINT that arrives while the garbage collector runs a __del__ (the regex module has some) raises its
    KeyboardInterrupt there, where the interpreter prints it and drops it: a CI run once finished instead of
    stopping. The signal also sets a flag, and the run stops at the next batch, with what is done committed."""
    from vnadmin.pipelines import DEFAULT
    from vnadmin.run.ingest import run_ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(12):
        (folder / f"{index:02d}.txt").write_text(badfiles.report(index), encoding="utf-8")

    class SignalInFinalizer:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # the handler runs here, in the finalizer: its KeyboardInterrupt is dropped
                pass

    seen = []

    def on_document(done):
        seen.append(done)
        if len(seen) == 1:
            SignalInFinalizer()  # collected at once

    with pytest.raises(KeyboardInterrupt):
        run_ingest([folder], tmp_path / "out", workers=1, part_size=1, pipeline=DEFAULT.without_segmentation(),
                   on_document=on_document)
    assert 1 <= len(seen) < 12
    assert len(read_manifest(tmp_path / "out")) == len(seen)  # what was done is committed
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_while_a_part_is_committed_loses_no_document(tmp_path, monkeypatch):
    """Regression (CI, test_ctrl_c_commits_what_is_done_and_exits_130, about 1 run in 5): Ctrl-C during the fsync of
    a manifest line left the part counted as not written; close() committed it a second time, and a part listed
    twice superseded its own rows, so its documents were gone from the tables."""
    from conftest import CORPORA
    from vnadmin import open_dataset, parse
    from vnadmin.dataset import DatasetWriter

    documents = [parse(path) for path in sorted((CORPORA / "written").glob("*.txt"))[:4]]
    real_fsync = os.fsync
    calls = []

    def interrupted_fsync(fd):
        calls.append(fd)
        real_fsync(fd)
        if len(calls) == 1:
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted_fsync)
    writer = DatasetWriter(tmp_path / "out", part_size=2)
    with pytest.raises(KeyboardInterrupt):
        for document in documents:
            writer.add(document)
    writer.close()  # what run_ingest does on Ctrl-C
    monkeypatch.setattr(os, "fsync", real_fsync)
    lines = (tmp_path / "out" / MANIFEST).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1  # the part was committed once, by the interrupted flush; close() had nothing left
    assert len(open_dataset(tmp_path / "out")["documents"]) == 2


def test_a_part_listed_twice_counts_once(tmp_path):
    """A dataset written before that fix, whose manifest lists a part twice, keeps the part's rows."""
    from conftest import CORPORA
    from vnadmin import open_dataset, parse
    from vnadmin.dataset import DatasetWriter

    writer = DatasetWriter(tmp_path / "out", part_size=10)
    writer.add(parse(CORPORA / "seed" / "3457-BC-UBND.txt"))
    writer.close()
    manifest = tmp_path / "out" / MANIFEST
    manifest.write_bytes(manifest.read_bytes() * 2)
    assert len(read_manifest(tmp_path / "out")) == 1
    assert len(open_dataset(tmp_path / "out")["documents"]) == 1


def _group(pgid: int) -> list[int]:
    """The processes of a process group that are still there (zombies aside)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry.name))
    return members


@pytest.mark.slow
def test_regression_workers_of_a_run_killed_alone_end_and_free_the_dataset(archive, reference, tmp_path):
    """kill -9 of the run's own process only (an OOM kill, `timeout -s KILL`, a service manager's stop of its main
    process): its workers waited forever on their sockets, each holding the dataset's lock it inherited, and every
    rerun was refused as "another run is writing" (review)."""
    out = tmp_path / "out"
    process = _ingest(archive, out)
    deadline = time.monotonic() + 60
    while (_parts(out) < 2 or len(_group(process.pid)) < 3) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before the moment to kill it"
    process.kill()  # the supervisor alone
    process.wait()
    deadline = time.monotonic() + 10
    while _group(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _group(process.pid)
    if left:
        os.killpg(process.pid, signal.SIGKILL)  # not to leave them to the rest of the suite
    assert left == [], "the workers outlived the run"
    _finish(archive, out)
    assert dataset_rows(out) == reference


@pytest.mark.slow
@pytest.mark.parametrize("whom", ["the run", "its process group"])
def test_sigterm_commits_what_is_done_and_exits_143(archive, reference, tmp_path, whom):
    """SIGTERM (a service manager's stop, `kill`) ended the run without a word and exit 143, its workers orphaned;
    sent to the group, it killed the workers, and their documents could be recorded as crashed. It is now handled
    as Ctrl-C is."""
    out = tmp_path / "out"
    process = _ingest(archive, out)
    deadline = time.monotonic() + 60
    while _parts(out) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    if whom == "the run":
        process.send_signal(signal.SIGTERM)
    else:
        os.killpg(process.pid, signal.SIGTERM)
    stderr = process.communicate(timeout=60)[1].decode()
    assert process.returncode == 143 and "stopped by SIGTERM" in stderr and "resume" in stderr, stderr
    rows = dataset_rows(out)["documents"] if _parts(out) else []
    assert not any("worker_crashed" in str(row) for row in rows)
    _finish(archive, out)
    assert dataset_rows(out) == reference
    assert _group(process.pid) == []
