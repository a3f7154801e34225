"""Per-document limits: what a single file may cost before it becomes a failed row instead of a stuck or
crashed batch. Set in a pipeline's ``[limits]`` table (pipelines/default.toml documents each one)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 600.0  # wall time for one document in a worker (OCR of a long scan included)
    memory_mb: int = 4096  # resident memory of a worker process while it reads one document
    max_file_mb: int = 1024  # bigger files are refused before they are read
    max_pages: int = 2000  # PDF pages (a 5,000-page PDF is a book or a bomb, not a report)
    max_image_pixels: int = 150_000_000  # one image or rendered page (A0 at 300 dpi is 140 million)
    max_unpacked_mb: int = 512  # what a DOCX part or a ZIP member may expand to
    max_packing_ratio: int = 200  # ... and its ratio of expanded to stored size (a ZIP bomb's is in the 1000s)
    max_line_chars: int = 1_000_000  # a "text" with a longer line is data or a dump, not a document

    @classmethod
    def from_table(cls, table: dict, where: str = "[limits]") -> "Limits":
        names = {f.name: f.type for f in dataclasses.fields(cls)}
        unknown = sorted(set(table) - set(names))
        if unknown:
            raise ValueError(f"{where}: unknown limits {unknown}; known: {sorted(names)}")
        values = {}
        for name, value in table.items():
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"{where}: {name} must be a positive number, not {value!r}")
            values[name] = float(value) if name == "timeout_s" else int(value)
        return cls(**values)


DEFAULT_LIMITS = Limits()
