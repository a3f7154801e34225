"""Archives and legacy office formats as inputs: ZIP files read in place (safe against zip-slip names and ZIP
bombs), .doc and .rtf converted by LibreOffice headless. Real files, the real converter."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import badfiles
from conftest import ROOT, SEED
from vnadmin import parse
from vnadmin.dataset import open_dataset
from vnadmin.pipelines import DEFAULT
from vnadmin.run.ingest import run_ingest

FAST = DEFAULT.without_segmentation()
VNADMIN = str(Path(sys.executable).parent / "vnadmin")
RTF_DECISION = (r"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs26 "
                r"\u7910?Y BAN NH\u194?N D\u194?N T\u7880?NH\par "
                r"S\u7889?: 12/Q\u272?-UBND\par "
                r"Hu\u7871?, ng\u224?y 05 th\u225?ng 3 n\u259?m 2024\par "
                r"QUY\u7870?T \u272?\u7882?NH\par "
                r"C\u259?n c\u7913? Ngh\u7883? \u273?\u7883?nh s\u7889? 09/2017/N\u272?-CP ng\u224?y 09/02/2017 "
                r"c\u7911?a Ch\u237?nh ph\u7911?;\par}")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("zip")
    members = {
        "2023/bao-cao-3457.docx": (SEED / "3457-BC-UBND.docx").read_bytes(),
        "2023/bao-cao-3457.pdf": (SEED / "3457-BC-UBND.text-layer.pdf").read_bytes(),
        "2024/báo cáo 12.txt": badfiles.report(12).encode("utf-8"),
        "../../escaped.txt": badfiles.report(13).encode("utf-8"),
        "inner.zip": badfiles.zip_of({"a.txt": badfiles.report(14).encode("utf-8")}),
        "__MACOSX/2023/._bao-cao-3457.docx": b"\x00\x05\x16\x07",
    }
    buffer = folder / "kho-luu-tru.zip"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as handle:
        for name, data in members.items():
            handle.writestr(name, data)
    bomb = badfiles.zip_bomb("2024/bom.txt", 600, extra={"2024/ok.txt": badfiles.report(15).encode("utf-8")})
    (folder / "bom.zip").write_bytes(bomb)
    (folder / "not-a-zip.zip").write_text(badfiles.report(16), encoding="utf-8")  # named .zip, is a text
    return folder


def test_zip_members_are_documents_read_in_place(archive, tmp_path):
    before = set(os.listdir(tmp_path.parent))
    summary = run_ingest([archive], tmp_path / "out", workers=2, pipeline=FAST)
    documents = open_dataset(tmp_path / "out").documents.set_index("path")
    zipped = f"{archive / 'kho-luu-tru.zip'}!/"
    assert documents.loc[zipped + "2023/bao-cao-3457.docx"].number == "3457/BC-UBND"
    assert documents.loc[zipped + "2023/bao-cao-3457.pdf"].number == "3457/BC-UBND"
    assert documents.loc[zipped + "2024/báo cáo 12.txt"].number == "12/BC-UBND"
    assert documents.loc[zipped + "inner.zip"].error_code == "not_a_document"
    assert not any("__MACOSX" in p for p in documents.index)
    bomb = documents.loc[f"{archive / 'bom.zip'}!/2024/bom.txt"]
    assert (bomb.status, bomb.error_code) == ("failed", "zip_bomb")
    assert documents.loc[f"{archive / 'bom.zip'}!/2024/ok.txt"].status == "ok"
    assert documents.loc[str(archive / "not-a-zip.zip")].number == "16/BC-UBND"
    assert summary.processed == 8
    # doc_id is the hash of the member's bytes: the same file inside or outside an archive is one document
    import hashlib

    assert documents.loc[zipped + "2023/bao-cao-3457.docx"].doc_id == \
        hashlib.sha256((SEED / "3457-BC-UBND.docx").read_bytes()).hexdigest()
    assert set(os.listdir(tmp_path.parent)) == before  # nothing unpacked next to the output


def test_zip_slip_member_is_read_in_place_with_a_warning(archive, tmp_path):
    run_ingest([archive / "kho-luu-tru.zip"], tmp_path / "out", workers=1, pipeline=FAST)
    dataset = open_dataset(tmp_path / "out")
    path = f"{archive / 'kho-luu-tru.zip'}!/../../escaped.txt"
    assert dataset.documents.set_index("path").loc[path].number == "13/BC-UBND"
    warning = dataset.errors[(dataset.errors.path == path)]
    assert list(warning.error_code) == ["unsafe_member_name"] and list(warning.severity) == ["warning"]
    assert not (archive.parent / "escaped.txt").exists() and not (archive.parent.parent / "escaped.txt").exists()


def test_a_rerun_skips_the_members_already_done(archive, tmp_path):
    run_ingest([archive], tmp_path / "out", workers=1, pipeline=FAST)
    again = run_ingest([archive], tmp_path / "out", workers=1, pipeline=FAST)
    assert (again.processed, again.skipped) == (0, 8)


@pytest.fixture(scope="module")
def legacy_files(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("legacy")
    (folder / "quyet-dinh.rtf").write_text(RTF_DECISION, encoding="ascii")
    profile = folder / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "doc",
                    "--outdir", str(folder), str(SEED / "3457-BC-UBND.docx")], check=True, capture_output=True,
                   timeout=180)
    shutil.rmtree(profile)
    return folder


@pytest.mark.slow
def test_word_97_doc_is_converted_and_read(legacy_files):
    document = parse(legacy_files / "3457-BC-UBND.doc")
    assert (document.format, document.status) == ("doc", "ok")
    assert (document.header.number, document.header.issue_date) == ("3457/BC-UBND", "2023-12-18")
    assert len(document.citations) == 13
    assert any(w.startswith("converted:") for w in document.warnings)


@pytest.mark.slow
def test_rtf_is_converted_and_read(legacy_files):
    document = parse(legacy_files / "quyet-dinh.rtf")
    assert (document.format, document.status) == ("rtf", "ok")
    assert (document.header.number, document.header.type) == ("12/QĐ-UBND", "QUYẾT ĐỊNH")
    assert [(c.number, c.date) for c in document.citations] == [("09/2017/NĐ-CP", "2017-02-09")]


@pytest.mark.slow
def test_without_libreoffice_a_doc_gets_a_clear_error(legacy_files):
    result = subprocess.run([VNADMIN, "parse", "--json", str(legacy_files / "quyet-dinh.rtf")], cwd=ROOT,
                            capture_output=True, text=True, env=os.environ | {"PATH": str(Path(VNADMIN).parent)})
    import json

    record = json.loads(result.stdout)
    assert (record["status"], record["error_code"]) == ("failed", "converter_unavailable")
    assert "libreoffice" in record["error"].lower()


@pytest.mark.slow
def test_a_doc_that_is_not_a_word_file_fails_the_conversion(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4000)  # an OLE2 header, then garbage
    (tmp_path / "hong.doc").write_bytes(ole)
    document = parse(tmp_path / "hong.doc")
    assert (document.status, document.error_code) == ("failed", "conversion_failed")


def test_parse_gives_one_record_per_zip_member_and_reads_a_member_path(archive):
    import json

    zipped = archive / "kho-luu-tru.zip"
    result = subprocess.run([VNADMIN, "parse", "--json", "--no-segment", str(zipped)], cwd=ROOT, capture_output=True,
                            text=True)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"].split("!/", 1)[1] for r in records] == [
        "2023/bao-cao-3457.docx", "2023/bao-cao-3457.pdf", "2024/báo cáo 12.txt", "../../escaped.txt", "inner.zip"]
    one = subprocess.run([VNADMIN, "parse", "--json", "--no-segment", f"{zipped}!/2024/báo cáo 12.txt"], cwd=ROOT,
                         capture_output=True, text=True)
    assert json.loads(one.stdout)["header"]["number"] == "12/BC-UBND"


def test_regression_entries_of_one_name_in_a_zip_are_each_read(tmp_path):
    """A ZIP that holds two entries named alike (appended to, or written by a careless tool) gave one row: the
    first entry's document was lost without a word (review). Each entry is now a source, the second written
    "name!2", and a rerun reads neither again."""
    import warnings

    first, second = badfiles.report(21).encode("utf-8"), badfiles.report(22).encode("utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name
        with zipfile.ZipFile(tmp_path / "dup.zip", "w") as handle:
            handle.writestr("same.txt", first)
            handle.writestr("same.txt", second)
            handle.writestr("other.txt", first)
    out = tmp_path / "out"
    run_ingest([tmp_path / "dup.zip"], out, workers=1, pipeline=FAST)
    documents = open_dataset(out).documents.set_index("path")
    base = str(tmp_path / "dup.zip")
    assert sorted(documents.index) == [f"{base}!/other.txt", f"{base}!/same.txt", f"{base}!/same.txt!2"]
    assert documents.loc[f"{base}!/same.txt", "number"] == parse(first).header.number
    assert documents.loc[f"{base}!/same.txt!2", "number"] == parse(second).header.number
    assert set(documents.status) == {"ok"}
    assert run_ingest([tmp_path / "dup.zip"], out, workers=1, pipeline=FAST).processed == 0
