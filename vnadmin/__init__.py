"""vnadmin: Vietnamese administrative documents in, tables people can trust out.

    >>> import vnadmin
    >>> doc = vnadmin.parse("corpora/seed/3457-BC-UBND.txt")
    >>> doc.header.number
    '3457/BC-UBND'
    >>> ds = vnadmin.open_dataset("out/")       # after `vnadmin ingest corpora/ -o out/`
    >>> ds.citations.groupby("kind").size()
"""
from __future__ import annotations

import os
from pathlib import Path

__version__ = "0.1.0"


def parse(path_or_text: str | os.PathLike | bytes):
    """The document model of a file (path), of bytes, or of a text given as a string."""
    from vnadmin.pipeline import process_bytes, process_path, process_text

    if isinstance(path_or_text, bytes):
        return process_bytes(path_or_text)
    if isinstance(path_or_text, os.PathLike):
        return process_path(path_or_text)
    if "\n" not in path_or_text and len(path_or_text) < 4096 and _names_a_file(path_or_text):
        return process_path(path_or_text)
    return process_text(path_or_text)


# the names of the files vnadmin reads: a one-line string ending so is a path, even one that is not there
FILE_SUFFIXES = frozenset((".txt", ".pdf", ".docx", ".doc", ".rtf", ".odt", ".html", ".htm", ".zip", ".png", ".jpg",
                           ".jpeg", ".tif", ".tiff", ".gif"))


def _names_a_file(line: str) -> bool:
    """Whether a one-line string is a path: a file there, a ZIP's member (``archive.zip!/member``), or a name
    ending as the files vnadmin reads do (a mistyped path is then a failed document, not a one-line text)."""
    try:
        if Path(line).exists():
            return True
    except OSError:  # a line longer than a file name may be: a text
        return False
    return "://" not in line and ("!/" in line or Path(line).suffix.lower() in FILE_SUFFIXES)


def load(pipeline: str = "default"):
    """The spaCy ``Language`` of a pipeline (pipelines/NAME.toml): vnadmin's tokenizer and components."""
    from vnadmin.pipelines import load as load_pipeline
    from vnadmin.text.language import COMPONENTS, build

    chosen = load_pipeline(pipeline)
    return build(chosen.segmenter, chosen.components or COMPONENTS)


def open_dataset(out: str | os.PathLike):
    """The tables of a dataset written by ``vnadmin ingest`` (pandas DataFrames)."""
    from vnadmin.dataset import open_dataset as _open

    return _open(out)


__all__ = ["parse", "load", "open_dataset", "__version__"]
