"""The bad-input catalogue: every case an archive throws at vnadmin, through a real `vnadmin ingest` run, with
the status, error code and message its documents row gets. One folder holds them all, so the test also shows
that none of them stops the batch."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

import pytest

import badfiles
from conftest import ROOT, SEED
from vnadmin.dataset import open_dataset

VNADMIN = str(Path(sys.executable).parent / "vnadmin")
ENGLISH = ("The committee met on Tuesday to review the annual budget and the progress of the programme. " * 8)
UTF8_REPORT = badfiles.report(77)

# name → (status, error_code, words the message must hold); warnings are checked in their own test below
CATALOGUE = {
    "empty.txt": ("failed", "empty_file", "0 bytes"),
    "truncated.pdf": ("failed", "corrupt_pdf", "cannot be parsed"),
    "encrypted-user-password.pdf": ("failed", "encrypted_pdf", "user password"),
    "encrypted-owner-password-only.pdf": ("ok", None, None),
    "broken-xref.pdf": ("ok", None, None),
    "image-only.pdf": ("failed", "needs_ocr", "OCR is off"),
    "zip-of-something-else.docx": ("failed", "not_a_document", "without word/document.xml"),
    "cut-short.docx": ("failed", "corrupt_docx", "container is broken"),  # was "binary" (found by review)
    "cut-short.zip": ("failed", "corrupt_archive", "cut short or damaged"),  # was "binary" (found by review)
    "garbage.bin": ("failed", "binary", "binary data"),
    "nfd.txt": ("ok", None, None),
    "utf16.txt": ("ok", None, None),
    "english.txt": ("ok", None, None),
    "báo cáo số 77 của Ủy ban.txt": ("ok", None, None),
    "dangling-link.txt": ("failed", "unreadable", "does not exist"),
    "loop-a.txt": ("failed", "unreadable", "loop of symbolic links"),
    "loop-b.txt": ("failed", "unreadable", "loop of symbolic links"),
    "named-pipe": ("failed", "not_regular_file", "named pipe"),
    "growing.txt": ("failed", "file_changing", "changed while it was read"),
    "docx-bomb.docx": ("failed", "zip_bomb", "expands to"),
    "tcvn3-bytes.txt": ("ok", None, None),
    "vni-bytes.txt": ("ok", None, None),
}
WARNINGS = {
    "encrypted-owner-password-only.pdf": "owner_password",
    "utf16.txt": "decoded_as",
    "english.txt": "not_vietnamese",
    "tcvn3-bytes.txt": "legacy_encoding",
    "vni-bytes.txt": "legacy_encoding",
}


def _legacy_bytes(text: str, encoding: str) -> bytes:
    """The text as an old word processor saved it in a legacy Vietnamese font encoding."""
    from vnadmin.ingest import legacy

    inverse = legacy.inverse_table(encoding)
    # TCVN3 has no capitals with tone marks: typists set them in a capital font, which stores them in lower case
    return "".join(inverse.get(char, inverse.get(char.lower(), char)) for char in text).encode("cp1252")


def _build(folder: Path, font: Path) -> None:
    docx = (SEED / "3457-BC-UBND.docx").read_bytes()
    text_pdf = badfiles.ascii_pdf("So: 12/QD-UBND\nBao cao ket qua thuc hien nam 2023\n" * 3)
    files = {
        "empty.txt": b"",
        "truncated.pdf": text_pdf[: len(text_pdf) // 3],
        "encrypted-user-password.pdf": badfiles.encrypted_pdf(font, user_password="mat-khau"),
        "encrypted-owner-password-only.pdf": badfiles.encrypted_pdf(font, user_password=""),
        "broken-xref.pdf": badfiles.broken_xref_pdf("So: 12/QD-UBND\nBao cao ket qua nam 2023\n" * 3),
        "image-only.pdf": badfiles.image_only_pdf(),
        "zip-of-something-else.docx": badfiles.zip_of({"notes.txt": b"hello", "photo.jpg": b"\xff\xd8\xff"}),
        "cut-short.docx": docx[:len(docx) * 99 // 100],
        "cut-short.zip": badfiles.zip_of({"a.docx": docx})[:20_000],
        "garbage.bin": os.urandom(4096),
        "nfd.txt": unicodedata.normalize("NFD", UTF8_REPORT).encode("utf-8"),
        "utf16.txt": UTF8_REPORT.encode("utf-16-le"),
        "english.txt": ENGLISH.encode("ascii"),
        "báo cáo số 77 của Ủy ban.txt": UTF8_REPORT.encode("utf-8"),
        "docx-bomb.docx": badfiles.zip_bomb("word/document.xml", 600),
        "growing.txt": UTF8_REPORT.encode("utf-8") * 40_000,
        "tcvn3-bytes.txt": _legacy_bytes(UTF8_REPORT, "tcvn3"),
        "vni-bytes.txt": _legacy_bytes(UTF8_REPORT, "vni"),  # 30 MB: each read overlaps many appends
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "dangling-link.txt").symlink_to(folder / "gone.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    os.mkfifo(folder / "named-pipe")
    (folder / "sub").mkdir()
    (folder / "sub" / "back-to-top").symlink_to(folder, target_is_directory=True)  # a folder loop: not followed


@pytest.fixture(scope="module")
def catalogue_run(tmp_path_factory, dejavu_font):
    folder = tmp_path_factory.mktemp("bad-inputs")
    _build(folder, dejavu_font)
    out = tmp_path_factory.mktemp("out") / "ds"
    stop = threading.Event()

    def keep_writing():  # a file still being written while the run reads it
        with open(folder / "growing.txt", "ab", buffering=0) as handle:
            while not stop.is_set():
                handle.write(b"Th\xc3\xaam d\xc3\xb2ng.\n")

    writer = threading.Thread(target=keep_writing, daemon=True)
    writer.start()
    try:
        result = subprocess.run([VNADMIN, "ingest", str(folder), "-o", str(out), "--no-progress", "--ocr", "never",
                                 "--no-segment", "--workers", "2"], cwd=ROOT, capture_output=True, text=True,
                                timeout=600, env=os.environ | {"COLUMNS": "200"})
    finally:
        stop.set()
        writer.join()
    dataset = open_dataset(out)
    return folder, result, dataset.documents.set_index("path"), dataset.errors


def test_the_batch_goes_on_and_exits_with_the_failure_code(catalogue_run):
    folder, result, documents, _errors = catalogue_run
    assert result.returncode == 4, result.stderr
    assert sorted(Path(p).name for p in documents.index) == sorted(CATALOGUE)
    assert "back-to-top" not in result.stdout + result.stderr


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_catalogue_case(catalogue_run, name):
    folder, _result, documents, _errors = catalogue_run
    status, code, said = CATALOGUE[name]
    row = documents.loc[str(folder / name)].replace({float("nan"): None})
    assert (row.status, row.error_code) == (status, code), row.error
    if said:
        assert said in row.error
    if status == "ok":
        assert row.text_chars > 0


@pytest.mark.parametrize("name, code", sorted(WARNINGS.items()))
def test_warnings_are_rows_of_the_errors_table(catalogue_run, name, code):
    folder, _result, _documents, errors = catalogue_run
    rows = errors[(errors.path == str(folder / name)) & (errors.severity == "warning")]
    assert list(rows.error_code) == [code]
    assert rows.iloc[0].message and rows.iloc[0].status == "ok"


def test_nfd_utf16_and_legacy_encodings_read_like_the_utf8_file(catalogue_run):
    folder, _result, documents, _errors = catalogue_run
    utf8 = documents.loc[str(folder / "báo cáo số 77 của Ủy ban.txt")]
    for name in ("nfd.txt", "utf16.txt", "vni-bytes.txt"):
        row = documents.loc[str(folder / name)]
        assert (row.number, row.issue_date, row.place, row.n_citations) == \
               (utf8.number, utf8.issue_date, utf8.place, utf8.n_citations) == \
               ("77/BC-UBND", utf8.issue_date, "Phong Điền", 1)
    assert documents.loc[str(folder / "utf16.txt")].encoding == "utf-16-le"
    assert documents.loc[str(folder / "vni-bytes.txt")].encoding == "vni"
    tcvn3 = documents.loc[str(folder / "tcvn3-bytes.txt")]
    assert (tcvn3.encoding, tcvn3.n_citations, str(tcvn3.issue_date)[:10]) == ("tcvn3", 1, "2024-03-05")


def test_failed_documents_have_one_error_row_each(catalogue_run):
    folder, _result, documents, errors = catalogue_run
    failed = documents[documents.status == "failed"]
    error_rows = errors[errors.severity == "error"]
    assert sorted(error_rows.path) == sorted(failed.index)
    assert (error_rows.error_code.notna()).all()


def test_every_problem_code_is_known_and_documented():
    """A code raised anywhere in vnadmin is in the catalogue of codes, and the README's table lists them all."""
    import re

    from vnadmin.ingest.errors import ERROR_CODES, WARNING_CODES

    raised = set()
    for path in (ROOT / "vnadmin").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        raised |= set(re.findall(r'IngestError\(\s*"(\w+)"', source))
        raised |= set(re.findall(r'(?:failed_document|failed_batch|_stop)\([^,]+,\s*"(\w+)"', source))
        raised |= {code for code in re.findall(r'\bwarning\(\s*"(\w+)"', source)}
    assert raised - set(ERROR_CODES) - set(WARNING_CODES) == set()
    assert len(raised) > 25
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in [*ERROR_CODES, *WARNING_CODES]:
        assert f"| `{code}` |" in readme, code


def test_a_file_without_read_permission_is_an_unreadable_row(tmp_path):
    """The suite runs as root, who reads everything: the run drops the capabilities that let root ignore file
    permissions (setpriv, util-linux), as an archive operator's account would not have them."""
    import shutil

    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux, in every Debian) is missing"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "secret.txt").write_text(UTF8_REPORT, encoding="utf-8")
    (folder / "secret.txt").chmod(0)
    (folder / "open.txt").write_text(UTF8_REPORT.replace("77/BC", "78/BC"), encoding="utf-8")
    out = tmp_path / "out"
    command = [VNADMIN, "ingest", str(folder), "-o", str(out), "--no-progress", "--no-segment", "--workers", "1"]
    if os.geteuid() == 0:
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 4, result.stderr
    documents = open_dataset(out).documents.set_index("path")
    row = documents.loc[str(folder / "secret.txt")]
    assert (row.status, row.error_code, row.error) == ("failed", "unreadable", "permission denied")
    assert documents.loc[str(folder / "open.txt")].number == "78/BC-UBND"
