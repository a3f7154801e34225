"""Pipeline definitions (pipelines/*.toml): which stages and extractors run, and the run options.

A pipeline is named (``default``, ``fast``: files in the project's pipelines/ folder) or given as a path to a
TOML file of the same shape. Unknown stages or extractors are an error, not silently ignored.
"""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from vnadmin.ingest.limits import DEFAULT_LIMITS, Limits

STAGES = ("ingest", "normalize", "extract", "segment", "check", "write")
EXTRACTORS = ("header", "citations", "dates", "sections", "channels", "difficulties", "quantities")
REQUIRED_STAGES = ("ingest", "normalize", "write")
FOLDERS = (Path(__file__).resolve().parents[1] / "pipelines", Path.cwd() / "pipelines")


@dataclass(frozen=True)
class Pipeline:
    name: str = "default"
    description: str = ""
    stages: tuple[str, ...] = STAGES
    extractors: tuple[str, ...] = EXTRACTORS
    run: dict = field(default_factory=dict)
    ocr: str = "auto"  # auto | always | never: see vnadmin.ingest.read_bytes
    segmenter: str = "underthesea"  # underthesea | pyvi (used when "segment" is a stage)
    components: tuple[str, ...] = ()  # spaCy components of vnadmin.load(); empty: all
    limits: Limits = DEFAULT_LIMITS  # per-document limits (time, memory, pages, sizes)

    @property
    def segments(self) -> bool:
        return "segment" in self.stages

    def without_segmentation(self) -> "Pipeline":
        return dataclasses.replace(self, stages=tuple(s for s in self.stages if s != "segment"))

    def with_limits(self, **changes) -> "Pipeline":
        """The same pipeline with some limits changed (None values are ignored)."""
        changes = {name: value for name, value in changes.items() if value is not None}
        return dataclasses.replace(self, limits=dataclasses.replace(self.limits, **changes)) if changes else self

    @property
    def checks(self) -> bool:
        return "check" in self.stages


DEFAULT = Pipeline()


def load(name_or_path: str | None) -> Pipeline:
    if not name_or_path or name_or_path == "default" and not any((f / "default.toml").exists() for f in FOLDERS):
        return DEFAULT
    path = Path(name_or_path)
    if not path.suffix:
        path = next((folder / f"{name_or_path}.toml" for folder in FOLDERS if (folder / f"{name_or_path}.toml").exists()),
                    path)
    if not path.exists():
        known = sorted({p.stem for folder in FOLDERS if folder.exists() for p in folder.glob("*.toml")})
        raise ValueError(f"no pipeline {name_or_path!r}; known: {', '.join(known)}")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    stages = tuple(data.get("stages", STAGES))
    extractors = tuple(data.get("extractors", EXTRACTORS))
    unknown = [s for s in stages if s not in STAGES] + [e for e in extractors if e not in EXTRACTORS]
    if unknown:
        raise ValueError(f"{path}: unknown stages or extractors {unknown}")
    missing = [s for s in REQUIRED_STAGES if s not in stages]
    if missing:
        raise ValueError(f"{path}: a pipeline cannot leave out {missing}")
    ocr = data.get("ingest", {}).get("ocr", "auto")
    if ocr not in ("auto", "always", "never"):
        raise ValueError(f"{path}: ingest.ocr must be auto, always or never, not {ocr!r}")
    language = data.get("language", {})
    segmenter = language.get("segmenter", "underthesea")
    if segmenter not in ("underthesea", "pyvi"):
        raise ValueError(f"{path}: language.segmenter must be underthesea or pyvi, not {segmenter!r}")
    return Pipeline(name=data.get("name", path.stem), description=data.get("description", ""), stages=stages,
                    extractors=extractors, run=dict(data.get("run", {})), ocr=ocr, segmenter=segmenter,
                    components=tuple(language.get("components", ())),
                    limits=Limits.from_table(data.get("limits", {}), f"{path}: [limits]"))
