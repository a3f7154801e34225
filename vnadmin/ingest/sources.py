"""Where a document's bytes come from: a file on disk, or a member of a ZIP archive read in place.

A ZIP member's source is written ``archive.zip!/folder/report.pdf``. Nothing is ever unpacked to disk, so a
member named ``../../etc/passwd`` (zip-slip) is only a label; members that would expand past the limits (a ZIP
bomb) are refused by their declared sizes, which bound what zipfile reads.
"""
from __future__ import annotations

import errno
import os
import stat
import time
import zipfile
from pathlib import Path, PurePosixPath

from vnadmin.ingest.errors import IngestError
from vnadmin.ingest.limits import DEFAULT_LIMITS, Limits

MEMBER_SEPARATOR = "!/"
ARCHIVE_SUFFIXES = (".zip",)
CHANGE_RETRIES = 3


def is_archive(path: Path) -> bool:
    """A file read as an archive of documents: named .zip and a ZIP by its bytes (a .docx is a document)."""
    if path.suffix.lower() not in ARCHIVE_SUFFIXES:
        return False
    try:  # a named pipe called x.zip would block the listing until something writes to it
        return stat.S_ISREG(os.stat(path).st_mode) and zipfile.is_zipfile(path)
    except OSError:
        return False


def archive_members(path: Path) -> list[str]:
    """Sources of the files inside a ZIP archive, in the archive's order (folders and hidden files left out).
    An archive that cannot be listed gives itself, so it gets a row saying why."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [info.filename for info in archive.infolist() if not info.is_dir()]
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile):
        return [str(path)]
    seen: dict[str, int] = {}
    sources = []
    for name in names:
        if any(part.startswith(".") and part != ".." or part == "__MACOSX" for part in PurePosixPath(name).parts):
            continue
        seen[name] = seen.get(name, 0) + 1
        # a name the archive holds twice (appended to, or written by a careless tool): each entry its own source
        sources.append(f"{path}{MEMBER_SEPARATOR}{name}" + (f"{REPEAT_MARK}{seen[name]}" if seen[name] > 1 else ""))
    return sources


REPEAT_MARK = "!"  # "archive.zip!/report.txt!2": the second entry of that name in the archive


def member_info(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    """The entry a member's source names: "name" the first entry of that name, "name!N" the N-th of several entries
    of one name. KeyError if none."""
    if len(archive.filelist) == len(archive.NameToInfo):  # no name twice (the common case): no scan
        return archive.getinfo(name)
    entries = [info for info in archive.filelist if info.filename == name]
    if entries:
        return entries[0]
    base, mark, count = name.rpartition(REPEAT_MARK)
    nth = int(count) if mark and count.isdigit() else 0
    entries = [info for info in archive.filelist if info.filename == base] if nth > 1 else []
    if not 1 < nth <= len(entries):
        raise KeyError(name)
    return entries[nth - 1]


def split_member(source: str) -> tuple[str, str] | None:
    """(archive path, member name) of a member source; None for a plain file."""
    if MEMBER_SEPARATOR not in source or os.path.lexists(source):
        return None
    archive, member = source.split(MEMBER_SEPARATOR, 1)
    return archive, member


def unsafe_member_name(member: str) -> bool:
    """A name that would escape the folder it is unpacked into (absolute, drive letter, or with '..')."""
    path = PurePosixPath(member.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or (len(member) > 1 and member[1] == ":")


def read_source(source: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a file or archive member; raises IngestError (unreadable, not_regular_file, too_large,
    file_changing, zip_bomb, encrypted_archive)."""
    member = split_member(source)
    if member is not None:
        return _read_member(*member, limits)
    return _read_file(source, limits)


def _read_file(source: str, limits: Limits) -> bytes:
    for _attempt in range(CHANGE_RETRIES):
        try:
            before = os.stat(source)
            if stat.S_ISDIR(before.st_mode):
                _check_listable(source)
            if not stat.S_ISREG(before.st_mode):
                raise IngestError("not_regular_file", f"not a regular file ({_kind(before.st_mode)})")
            if before.st_size > limits.max_file_mb << 20:
                raise IngestError("too_large", f"{before.st_size:,} bytes (limit {limits.max_file_mb} MB)")
            with open(source, "rb") as handle:
                data = handle.read(before.st_size + 1)
                after = os.fstat(handle.fileno())
        except OSError as error:
            raise IngestError("unreadable", _os_reason(error)) from None
        if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns) and len(data) == after.st_size:
            return data
        time.sleep(0.05)  # being written: look again
    raise IngestError("file_changing", f"the file changed while it was read, {CHANGE_RETRIES} times: it is still "
                                       "being written; once it is complete, run again with --retry failed")


def _check_listable(folder: str) -> None:
    """A folder among the sources is one whose files the walk could not list: say why."""
    try:
        with os.scandir(folder):
            pass
    except OSError as error:
        raise IngestError("unreadable_folder", f"the folder's files cannot be listed ({_os_reason(error)}): none of "
                                               "them is in the dataset") from None


def _read_member(archive_path: str, name: str, limits: Limits) -> bytes:
    from vnadmin.ingest.readers import check_packing

    try:
        with zipfile.ZipFile(archive_path) as archive:
            info = member_info(archive, name)
            if info.flag_bits & 0x1:
                raise IngestError("encrypted_archive", f"{name} is encrypted in the ZIP archive")
            check_packing([info], limits, "the ZIP member")
            if info.file_size > limits.max_file_mb << 20:
                raise IngestError("too_large", f"{info.file_size:,} bytes (limit {limits.max_file_mb} MB)")
            with archive.open(info) as handle:
                return handle.read()
    except KeyError:
        raise IngestError("unreadable", f"no member {name!r} in {archive_path}") from None
    except (zipfile.BadZipFile, RuntimeError, EOFError, ValueError) as error:
        raise IngestError("corrupt_archive", f"the ZIP archive cannot be read ({error})") from None
    except OSError as error:
        raise IngestError("unreadable", _os_reason(error)) from None


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a loop of symbolic links"
    if error.errno == errno.ENOENT:
        return "the file does not exist (vanished, or a broken symbolic link)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot read the file: {error.strerror or error}"
