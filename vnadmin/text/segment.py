"""Word segmentation: underthesea (default) or pyvi, with legal tokens kept whole.

Both segmenters split ``09/2017/NĐ-CP`` and ``3457/BC-UBND`` at the slashes, and pyvi splits dates and hyphens,
so after the segmenter has read each line (with the names of bodies and places kept whole: underthesea's
``fixed_words``, ``data/fixed_words.txt`` and the province names of underthesea's own address data), the
*protected* spans — document numbers, numeric dates, abbreviations with dots, "&" or "/" inside (``TT.Huế``,
``VH&TT&TT``, ``V/v``) — replace the tokens they cover, one token each. The segmenter sees exactly the lines a
direct call would, so the wrapping costs little. ``boundaries`` (the starts
and ends of extracted spans) are never inside a token: a token that would cross one is cut there.

Administrative texts repeat whole lines ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm
2015;"), so each line's segmentation is cached (an LRU of the line's text → its word spans): identical output,
segmented once.
"""
from __future__ import annotations

import bisect
import json
import re
from collections import OrderedDict
from functools import cache
from importlib import resources
from pathlib import Path

import regex

from vnadmin.extract.dates import DATE_RE
from vnadmin.extract.numbers import iter_numbers
from vnadmin.resources import word_list

ENGINES = ("underthesea", "pyvi")
CACHE_LINES = 200_000
_ABBREVIATION = regex.compile(r"(?<![\p{L}\d])\p{L}+(?:[.&/]\p{L}+)+\.?(?![\p{L}\d])|(?<![\p{L}])(?:TP|Tp|TT|V/v)\.")
_LINE = regex.compile(r"[^\n]+")


@cache
def fixed_words() -> tuple[str, ...]:
    words = list(word_list("vnadmin.text", "fixed_words.txt"))
    try:
        mapping = json.loads(resources.files("underthesea").joinpath("address").joinpath("data")
                             .joinpath("mapping.json").read_text(encoding="utf-8"))
        for table in ("province_names", "old_province_names"):
            for entry in mapping.get(table, {}).values():
                words += [entry["name"], entry["short"]]
    except (FileNotFoundError, ModuleNotFoundError, KeyError, ValueError):
        pass  # an underthesea without its address data: the data file alone
    return tuple(sorted({w for w in words if " " in w}, key=len, reverse=True))


class Segmenter:
    """``spans(text, boundaries)`` → the (start, end) of every word of ``text``."""

    def __init__(self, engine: str = "underthesea", cache_lines: int = CACHE_LINES):
        if engine not in ENGINES:
            raise ValueError(f"segmenter must be one of {ENGINES}, not {engine!r}")
        self.engine = engine
        self.cache_lines = cache_lines
        self._cache: OrderedDict[str, tuple[tuple[int, int], ...]] = OrderedDict()
        self.hits = self.misses = 0
        if engine == "underthesea":
            self._words = underthesea_words(fixed_words())
        else:
            from pyvi import ViTokenizer

            self._words = lambda line: [w.replace("_", " ") for w in ViTokenizer.tokenize(line).split()]

    def __reduce__(self):
        """Pickled as its settings: the copy builds its own segmenter (a lambda or underthesea's tagger, neither
        picklable) and starts with an empty line cache."""
        return Segmenter, (self.engine, self.cache_lines)

    def spans(self, text: str, boundaries: set[int] | frozenset[int] = frozenset()) -> list[tuple[int, int]]:
        tokens: list[tuple[int, int]] = []
        for line in _LINE.finditer(text):
            piece = line.group(0)
            if piece.strip():
                offset = line.start()
                tokens += [(offset + a, offset + b) for a, b in self._line(piece)]
        tokens = _merge(tokens, _protected(text))
        return _cut(tokens, boundaries) if boundaries else tokens

    def _line(self, line: str) -> tuple[tuple[int, int], ...]:
        # Threads may share a segmenter (one spaCy pipeline called from several): each cache operation is atomic,
        # but another thread may evict the line between two of them, or empty the cache between the size check and
        # the eviction. Either is no error (the spans found are kept; the cache is a little smaller for a while),
        # and the try blocks cost nothing when nothing is raised.
        cached = self._cache.get(line)
        if cached is not None:
            self.hits += 1
            try:
                self._cache.move_to_end(line)
            except KeyError:
                pass  # evicted by another thread meanwhile
            return cached
        self.misses += 1
        if len(line) >= LONG_RUN and _LONG_RUN.search(line):
            spans = tuple(_spans_around_long_runs(line, self._words))
        else:
            spans = tuple(_align(line, self._words(line)))
        self._cache[line] = spans
        if len(self._cache) > self.cache_lines:
            try:
                self._cache.popitem(last=False)
            except KeyError:
                pass  # emptied by another thread meanwhile
        return spans


# A run without spaces this long is no word of any text (the longest of the 1,226 real texts is 341 characters, a web
# address): "1-1-1-…", "a.a.a.…" over thousands of characters, which underthesea's token pattern reads in a time that
# grows with the square of the run's length (20 s for 80,000 characters). Such a run is cut into its letters and
# digits and its other characters, one token each; the rest of its line is segmented as usual.
LONG_RUN = 500
_LONG_RUN = regex.compile(r"\S{%d,}" % LONG_RUN)
_RUN_PIECE = regex.compile(r"\w+|[^\w\s]")


def _spans_around_long_runs(line: str, words) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    done = 0
    for run in _LONG_RUN.finditer(line):
        piece = line[done:run.start()]
        if piece.strip():
            spans += [(done + a, done + b) for a, b in _align(piece, words(piece))]
        spans += [(run.start() + m.start(), run.start() + m.end()) for m in _RUN_PIECE.finditer(run.group())]
        done = run.end()
    piece = line[done:]
    if piece.strip():
        spans += [(done + a, done + b) for a, b in _align(piece, words(piece))]
    return spans


def underthesea_words(words: tuple[str, ...]):
    """``line → underthesea.word_tokenize(line, use_token_normalize=False, fixed_words=words)``, with the fixed words'
    pattern built once. underthesea builds it again on every call (a ``re.sub`` per fixed word, then the joined
    pattern looked up in ``re``'s cache): a third of its time on real lines, which run 1.6 times as fast without it
    (benchmarks/run.py segment). The same steps follow: its character normalization, its token pattern with the fixed
    words first, its CRF tagger (fed the features crf_features builds, the strings underthesea_core's featurizer
    builds, in less than half its time), words joined on "I-W" (tests/test_language.py compares the two on real
    lines). An underthesea whose internals moved is called as is."""
    from underthesea import word_tokenize

    try:
        import underthesea.pipeline.word_tokenize as package
        from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
        from underthesea.pipeline.word_tokenize import regex_tokenize

        word_tokenize("khởi động", use_token_normalize=False)  # loads its tagger
        tagger = package.word_tokenize_model
        pattern = token_pattern(words)
        extract_match = regex_tokenize.extract_match
        tagger.predict  # noqa: B018 (the attributes used below, checked before the first line)
    except (ImportError, AttributeError):
        listed = list(words)
        return lambda line: word_tokenize(line, use_token_normalize=False, fixed_words=listed)
    predict = _python_features_tagger(tagger) or \
        (lambda tokens: tagger.predict([[token] for token in tokens]))
    read = _whole_matches_reader(pattern, extract_match)

    def tokenize(line: str) -> list[str]:
        tokens = read(normalize_characters_in_text(line))
        out: list[str] = []
        for tag, token in zip(predict(tokens), tokens):
            if tag == "I-W" and out:
                out[-1] += " " + token
            else:
                out.append(token)
        return out

    return tokenize


def token_pattern(words: tuple[str, ...]) -> re.Pattern:
    """underthesea's token pattern with ``words`` (fixed words) as its first alternative, as its ``tokenize`` builds
    it on every call."""
    from underthesea.pipeline.word_tokenize import regex_tokenize

    escaped = [re.sub(" ", r"\ ", word) for word in words]
    fixed = "(?P<fixed_words>\\b" + "\\b|\\b".join(escaped) + "\\b)"
    alternatives = [fixed, *regex_tokenize.regex_patterns] if words else regex_tokenize.regex_patterns
    return re.compile(r"(" + "|".join(alternatives) + ")", re.VERBOSE | re.UNICODE)


def underthesea_model_folder() -> Path:
    """Where underthesea keeps the word-segmentation model its ``word_tokenize`` loads (its templates, dictionary
    and CRF weights)."""
    import underthesea.pipeline.word_tokenize as package

    return Path(package.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"


# Lines holding a match of every alternative of underthesea's token pattern (fixed words, abbreviations, addresses,
# numbers, dates, symbols, emoticons ...): the reader below is checked on them before it is used.
TOKEN_PROBES = (
    "Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ; UBND thành phố Hà Nội, Sở VH&TT.",
    "Liên hệ x.y@so.gov.vn, https://vbpl.vn/TW?a=1 hoặc 0234-382-2123 lúc 12:30:00 ngày 5-6-2024; T.Ư.",
    "Tổng 1.250,5 tỷ (3A, 2x3) -> 30°C v.v... 5% $ × ÷ = ^ _ :) ♥‿♥ <3 cán-bộ « » … ʺ",
)


def _whole_matches_reader(pattern: re.Pattern, extract_match):
    """``line → its tokens``: each match of underthesea's token pattern as a whole (``Match.group()``) in place of the
    value ``extract_match`` looks for among all its named groups, a third of the read's time. The two are the same
    when every alternative of the pattern is one named group around all of it, as underthesea writes them; checked
    on :data:`TOKEN_PROBES`, else ``extract_match`` is kept."""
    def whole(line: str) -> list[str]:
        return [match.group() for match in pattern.finditer(line)]

    def named(line: str) -> list[str]:
        return [extract_match(match)[0] for match in pattern.finditer(line)]

    return whole if all(whole(line) == named(line) for line in TOKEN_PROBES) else named


def _python_features_tagger(tagger):
    """``tokens → tags`` from underthesea's CRF tagger fed the features built by crf_features (the same strings as
    its own featurizer's, in less than half the time), with the templates and dictionary of the model underthesea
    loaded; None when those files are not where underthesea keeps them or the features differ on the probes."""
    from vnadmin.text.crf_features import crf_featurizer

    model = underthesea_model_folder()
    try:
        import joblib

        templates, dictionary = joblib.load(model / "features.bin"), joblib.load(model / "dictionary.bin")
        estimator, reference = tagger.estimator, tagger.featurizer.process
    except (ImportError, OSError, AttributeError, ValueError, EOFError):
        return None
    featurize = crf_featurizer(templates, dictionary, lambda tokens: reference([[[token] for token in tokens]])[0])
    if featurize is None:
        return None
    return lambda tokens: estimator.tag(featurize(tokens))


def _protected(text: str) -> list[tuple[int, int]]:
    """Numbers, numeric dates and dotted/ampersand abbreviations, left to right, without overlaps."""
    found = [m.span() for m in iter_numbers(text)]
    found += [m.span() for m in DATE_RE.finditer(text) if m.group("nd") or m.group("sd")]
    found += _abbreviations(text)
    out: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


# The characters an abbreviation is made of: letters and its separators. Every abbreviation holds a separator right
# after a letter, so the text is not scanned with _ABBREVIATION from end to end (about 100 ns a character: the
# pattern begins with a lookbehind), only each run of these characters around such a separator is.
_RUN_BEFORE = regex.compile(r"[\p{L}.&/]*", regex.REVERSE)
_RUN_AFTER = regex.compile(r"[\p{L}.&/]*")
_LETTER = regex.compile(r"\p{L}")


def _abbreviations(text: str) -> list[tuple[int, int]]:
    """The spans of ``_ABBREVIATION.finditer(text)``, found in the runs of letters and separators around each
    separator that follows a letter (str.find): ten times faster. A match holds only characters of its run; its
    lookbehind sees before the run, and its lookahead reads the one character after it."""
    separators = []
    for separator in ".&/":
        at = text.find(separator, 1)
        while at >= 0:
            before = text[at - 1]
            # a letter as \p{L} reads it: str.isalpha, or the regex module's own tables for a character outside ASCII
            # (they may be of a newer Unicode than Python's)
            if before.isalpha() or before > "\x7f" and _LETTER.match(before):
                separators.append(at)
            at = text.find(separator, at + 1)
    spans: list[tuple[int, int]] = []
    run_end = -1
    for at in sorted(separators):
        if at < run_end:
            continue  # in the run read already
        run_start = _RUN_BEFORE.match(text, 0, at).start()
        run_end = _RUN_AFTER.match(text, at).end()
        spans += [m.span() for m in _ABBREVIATION.finditer(text, run_start, min(len(text), run_end + 1))]
    return spans


def _merge(tokens: list[tuple[int, int]], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each protected span becomes one token: the segmenter's tokens inside it are dropped, and a token that
    reaches into it keeps only its part outside."""
    if not protected:
        return tokens
    # (tokens in text order, none overlapping, none empty: their ends rise, and each protected span finds the tokens
    # it touches by bisection; those before it are taken as one slice)
    ends = [end for _, end in tokens]
    count = len(tokens)
    out: list[tuple[int, int]] = []
    index = 0
    for start, end in protected:
        touched = bisect.bisect_right(ends, start, index)  # the first token that ends after the span's start
        out += tokens[index:touched]
        if touched < count and tokens[touched][0] < start:
            out.append((tokens[touched][0], start))  # the part before the protected span
        out.append((start, end))
        index = bisect.bisect_right(ends, end, touched)  # the first token that ends after the span
        if index < count and tokens[index][0] < end:
            tokens[index] = (end, tokens[index][1])  # the part after it goes on
    out += tokens[index:]
    return out


_SYLLABLE = regex.compile(r"\s*(\S+)")
_NON_SPACE = regex.compile(r"\S+")


def _align(line: str, words: list[str]) -> list[tuple[int, int]]:
    """Offsets of the segmenter's words in the line; a word the segmenter changed is replaced by the line's
    own syllables at that place (the text is never rewritten)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for word in words:
        if not word.strip():
            continue
        found = line.find(word, position)
        if found < 0 or line[position:found].strip():
            syllables = _SYLLABLE.match(line[position:])
            if not syllables:
                break
            found, word = position + syllables.start(1), syllables.group(1)
        spans.append((found, found + len(word)))
        position = found + len(word)
    rest = line[position:]
    for extra in _NON_SPACE.finditer(rest):
        spans.append((position + extra.start(), position + extra.end()))
    return spans


def _cut(tokens: list[tuple[int, int]], boundaries: set[int] | frozenset[int]) -> list[tuple[int, int]]:
    """``tokens`` (in text order, none overlapping, none empty) with each one that a boundary falls strictly inside
    cut there. Each boundary finds its token by bisection: a document has about five tokens for each boundary, and
    the few tokens cut are spliced between slices of the rest."""
    starts = [start for start, _ in tokens]
    inside: dict[int, list[int]] = {}
    for mark in boundaries:
        index = bisect.bisect_right(starts, mark) - 1
        if index >= 0 and tokens[index][0] < mark < tokens[index][1]:
            inside.setdefault(index, []).append(mark)
    if not inside:
        return tokens
    out: list[tuple[int, int]] = []
    done = 0
    for index in sorted(inside):
        out += tokens[done:index]
        start, end = tokens[index]
        for mark in sorted(inside[index]):
            out.append((start, mark))
            start = mark
        out.append((start, end))
        done = index + 1
    out += tokens[done:]
    return out


