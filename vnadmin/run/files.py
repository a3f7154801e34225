"""The inputs of a run: files under folders, recursively, and the members of ZIP archives among them."""
from __future__ import annotations

import fnmatch
import hashlib
import os
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from vnadmin.ingest.sources import archive_members, is_archive, member_info, split_member

IGNORE_FILE = ".vnadminignore"


def iter_sources(inputs: Iterable[str | os.PathLike], exclude: Path | None = None) -> Iterator[str]:
    """Every document source under the inputs, in a stable order: files (recursively; hidden files, the patterns
    of any ``.vnadminignore`` met on the way, symlinked folders (so a symlink loop cannot trap the walk) and
    vnadmin datasets are skipped) and, for a ``.zip`` archive, each file inside it (``archive.zip!/member``).
    Files under ``exclude`` (the dataset being written) are left out."""
    for path in iter_files(inputs):
        if exclude is not None and exclude in Path(os.path.realpath(path)).parents:  # realpath: loops do not raise
            continue
        if is_archive(path):
            yield from archive_members(path)
        else:
            yield str(path)


def iter_files(inputs: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """The files under the inputs; a folder whose files cannot be listed (permissions, a path too long) is given
    itself, so that it gets a row saying why its files are not there."""
    for given in inputs:
        root = Path(given)
        if not root.is_dir():
            yield root  # a file, or something that is not there: it gets a row saying so
            continue
        patterns_by_dir: dict[Path, list[str]] = {}
        unlisted: list[OSError] = []
        for directory, dirnames, filenames in os.walk(root, onerror=unlisted.append, followlinks=False):
            yield from _unlisted_folders(unlisted)
            here = Path(directory)
            inherited = patterns_by_dir.get(here.parent, []) if here != root else []
            patterns = inherited + _ignore_patterns(here)
            patterns_by_dir[here] = patterns
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and not _ignored(here / d, root, patterns) and not is_dataset(here / d))
            for name in sorted(filenames):
                path = here / name
                if name.startswith(".") or _ignored(path, root, patterns):
                    continue
                yield path
        yield from _unlisted_folders(unlisted)


def _unlisted_folders(errors: list[OSError]) -> Iterator[Path]:
    for error in errors:
        yield Path(error.filename)
    errors.clear()


def is_dataset(directory: Path) -> bool:
    """A vnadmin dataset (its manifest and its documents' parts) met in the inputs: its files are no documents."""
    try:
        return (directory / "manifest.jsonl").is_file() and (directory / "documents").is_dir()
    except OSError:
        return False  # a folder that cannot be searched: the walk gives it its row


def _ignore_patterns(directory: Path) -> list[str]:
    path = directory / IGNORE_FILE
    try:
        if not path.is_file():
            return []
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []  # an ignore file that cannot be read ignores nothing (its folder's files are read)
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _ignored(path: Path, root: Path, patterns: list[str]) -> bool:
    relative = path.relative_to(root).as_posix()
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


def sha256_of_source(source: str) -> str | None:
    """The doc_id a source would get (SHA-256 of its bytes), streamed; None when it cannot be read."""
    digest = hashlib.sha256()
    member = split_member(source)
    try:
        if member is None:
            if not os.path.isfile(source):
                return None
            with open(source, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        else:
            with zipfile.ZipFile(member[0]) as archive, archive.open(member_info(archive, member[1])) as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
        return None
    return digest.hexdigest()
