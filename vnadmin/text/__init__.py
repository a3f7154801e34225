"""The text layer: normalization (and, with the language layer, segmentation and the spaCy Language)."""
from vnadmin.text.normalize import NormalizedText, collapse_spaces, normalize, strip_markup

__all__ = ["NormalizedText", "normalize", "collapse_spaces", "strip_markup"]
