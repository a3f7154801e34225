"""underthesea's word-segmentation features, computed in Python: the same strings its CRF tagger reads.

underthesea segments a line by tagging each token with a CRF (underthesea_core, in Rust). The tagger reads, for
every token, one string per feature template of the model ("T[-1]=Bác", "T[0,1].lower=sĩ bây",
"T[0].is_in_dict=True"): 43 of them for the model underthesea ships. underthesea_core's featurizer builds those
strings in Rust and hands each back to Python: about 15 µs a token on real lines, where this module builds the same
strings in about 6.5, column by column from lists (benchmarks/run.py segment times the whole segmentation). The
tagger itself, the model, its templates and its dictionary are underthesea's own; only the strings are built here.

The template grammar and each function follow underthesea_core's featurizer: ``T[a]`` is the token at offset a,
``T[a,b]`` the tokens from a to b joined by spaces, "BOS" before the line's start and "EOS" past its end; ``lower``
is the lower case, ``isdigit`` whether the text parses as a 32-bit integer, ``istitle`` whether every
space-separated part begins with a character its upper case leaves unchanged, ``is_in_dict`` whether the lower case
is in the model's dictionary. :func:`crf_featurizer` checks its strings against underthesea_core's on probe lines
before it is used, and gives None (the caller keeps underthesea's featurizer) when the model's templates use
anything else or a probe differs. tests/test_crf_features.py compares the two on real, made and generated lines.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?")
_INT32 = re.compile(r"[+-]?[0-9]+")  # what Rust's str::parse::<i32> reads (range checked apart)
BOS, EOS = "BOS", "EOS"

# Lines the featurizer is checked on before use: one token, numbers that do and do not parse as a 32-bit integer,
# titles in Vietnamese capitals and small letters, a token holding spaces (a fixed word), words of the dictionary.
PROBES = (
    ["a"],
    ["Bác", "sĩ", "bây", "giờ", "có", "thể", "thản", "nhiên"],
    ["Ủy ban nhân dân", "tỉnh", "ĐÀ", "NẴNG", "đà", "1A", "+5", "-12", "007", "2147483647", "2147483648", "٣", "½"],
    ["Căn", "cứ", "Luật", "Tổ", "chức", "chính", "quyền", "địa", "phương", "ngày", "19", "/", "6", "/", "2015", ";"],
    ["ΑΣ", "Σ", "İstanbul", "ǅ", "ß", "x"],
)


def _is_int32(text: str) -> bool:
    return _INT32.fullmatch(text) is not None and -2 ** 31 <= int(text) < 2 ** 31


def _is_title(text: str) -> bool:
    for part in text.split(" "):
        first = part[0]
        if first != first.upper():
            return False
    return True


def _values(memo: dict, tokens: list[str], width: int, function: str | None, dictionary: frozenset[str]) -> list[str]:
    """The value of every ``width``-token window of the line (its first token at 0, 1, ...) after ``function``; each
    kind computed once per line, from the kinds it shares work with (a window's lower case from the window, its
    title flag from its tokens')."""
    key = (width, function)
    values = memo.get(key)
    if values is not None:
        return values
    if function is None:
        values = tokens if width == 1 else [window + " " + token for window, token in
                                           zip(_values(memo, tokens, width - 1, None, dictionary), tokens[width - 1:])]
    elif function == "lower":
        values = [window.lower() for window in _values(memo, tokens, width, None, dictionary)]
    elif function == "is_in_dict":
        values = ["True" if window in dictionary else "False"
                  for window in _values(memo, tokens, width, "lower", dictionary)]
    elif function == "title":  # (flags: every space-separated part of the window begins with an upper-case form)
        values = [_is_title(token) for token in tokens] if width == 1 else \
            [flag and last for flag, last in zip(_values(memo, tokens, width - 1, "title", dictionary),
                                                  _values(memo, tokens, 1, "title", dictionary)[width - 1:])]
    elif function == "istitle":
        values = ["True" if flag else "False" for flag in _values(memo, tokens, width, "title", dictionary)]
    else:  # isdigit
        values = ["True" if _is_int32(window) else "False" for window in _values(memo, tokens, width, None, dictionary)]
    memo[key] = values
    return values


def crf_featurizer(templates: Iterable[str], dictionary: Iterable[str],
                   reference: Callable[[list[str]], list[list[str]]] | None = None
                   ) -> Callable[[list[str]], list[tuple[str, ...]]] | None:
    """``tokens → one tuple of feature strings per token``, in the templates' order; None when a template is not of
    the grammar above, or when ``reference`` (underthesea_core's featurizer on one line) gives other strings on
    :data:`PROBES`."""
    plan = []  # per template: (its name and "=", its window's width, its function, its offset)
    for template in templates:
        parsed = _TEMPLATE.fullmatch(template)
        if parsed is None:
            return None
        first, last, function = parsed.groups()
        offset = int(first)
        width = int(last) - offset + 1 if last is not None else 1
        if width < 1:
            return None
        plan.append((template + "=", width, function, offset))
    if not plan:
        return None
    words = frozenset(dictionary)
    before = max(0, -min(offset for *_, offset in plan))
    after = max(0, max(offset + width for _, width, _, offset in plan))

    def featurize(tokens: list[str]) -> list[tuple[str, ...]]:
        count = len(tokens)
        memo: dict = {}
        padded: dict[tuple[int, str | None], list[str]] = {}
        columns = []
        for prefix, width, function, offset in plan:
            key = (width, function)
            values = padded.get(key)
            if values is None:
                # a window that begins before the line is BOS; one that begins in it and ends past it, EOS
                values = padded[key] = [BOS] * before + _values(memo, tokens, width, function, words) + \
                    [EOS] * (after + min(width, count + 1))
            start = before + offset
            columns.append([prefix + value for value in values[start:start + count]])
        return list(zip(*columns))

    if reference is not None:
        for probe in PROBES:
            if [list(features) for features in featurize(probe)] != reference(probe):
                return None
    return featurize
